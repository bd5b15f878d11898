#!/usr/bin/env python3
"""Generate blind test batch r1 (Dutch + Brazilian Portuguese Amazon cancellation mails).

Run:  python3 make.py     -> writes mail/r1001.eml ... and labels.json next to this script.
Everything is deterministic (fixed random seed).
"""
import base64
import datetime as dt
import html as H
import json
import os
import quopri
import random
import urllib.parse
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

SEED = 20241101
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "r1"
START = 1001


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def rnd_alnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(chars) for _ in range(n))


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def onum(prefix=None):
    p = prefix or R.choice(["403", "402", "404", "171", "305", "028"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


def onum_br(prefix=None):
    p = prefix or R.choice(["701", "702", "703", "171", "114"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


def trk(mp, target, ref="pe_3310731"):
    """Amazon-style click-tracking redirect."""
    u = urllib.parse.quote(target, safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=%s_%d"
            % (mp, rnd_alnum(13), rnd_alnum(13), dt.date(2025, 1, 1).strftime("%Y%m%d"), rnd_hex(24),
               rnd_alnum(12), u, rnd_alnum(28), ref, R.randint(100000000, 999999999)))


def pixel(mp):
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com"
            "%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&H=%s&ref_=pe_%d_opens"
            % (mp, rnd_alnum(13), rnd_alnum(13), rnd_hex(40), rnd_alnum(13), rnd_alnum(28), R.randint(1000000, 9999999)))


LATIN1_FIX = {"\u20ac": "EUR", "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'",
              "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2022": "*", "\u00a0": " ", "\u2122": "(TM)"}


def encode_text(text, charset, is_html):
    cs = charset.lower()
    if cs != "utf-8":
        if is_html:
            return text.encode(cs, "xmlcharrefreplace")
        for k, v in LATIN1_FIX.items():
            if k == "\u20ac":
                text = text.replace("\u20ac ", "EUR ").replace("\u20ac", "EUR ")
            else:
                text = text.replace(k, v)
        return text.encode(cs)
    return text.encode("utf-8")


def text_part(text, subtype, charset="utf-8", cte="quoted-printable"):
    data = encode_text(text, charset, subtype == "html")
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
        payload = data.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def auth_results(domain, good=True, mailfrom=None, receiver="mx.google.com"):
    sel = rnd_alnum(32, upper=False)
    mf = mailfrom or ("%s@" + ("us-east-1" if domain.endswith(".br") else "eu-west-1") + ".amazonses.com") % ( ("0102" + rnd_hex(12) + "-" + rnd_hex(8) + "-" + rnd_hex(4) + "-000000"))
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 250))
    if good:
        return ("%s;\n\tdkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "\tdkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
                "\tspf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (receiver, domain, sel, rnd_alnum(8, False), rnd_alnum(32, False), rnd_alnum(8, False),
                   mf, ip, mf, domain))
    return good


def build(spec):
    """spec: dict with headers + text/html bodies; returns bytes."""
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, html = spec.get("text"), spec.get("html")
    if text and html:
        msg = MIMEMultipart("alternative")
        msg.set_boundary("----=_Part_%d_%d.%d" % (R.randint(1000000, 99999999), R.randint(100000000, 2147483647),
                                                  R.randint(1600000000000, 1760000000000)))
        msg.attach(text_part(text, "plain", cs, spec.get("text_cte", cte)))
        msg.attach(text_part(html, "html", cs, spec.get("html_cte", cte)))
    elif html:
        msg = text_part(html, "html", cs, cte)
        msg["MIME-Version"] = "1.0"
    else:
        msg = text_part(text, "plain", cs, cte)
        msg["MIME-Version"] = "1.0"
    # headers (order matters for realism: put trace headers first)
    body_headers = [(k, msg[k]) for k in msg.keys()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in spec.get("trace", []):
        if k == "Received" and v.endswith(";"):
            v = v + " " + format_datetime(spec["date"] + dt.timedelta(seconds=R.randint(1, 20)))
        msg[k] = v
    if spec.get("auth"):
        msg["Authentication-Results"] = spec["auth"]
    msg["Date"] = format_datetime(spec["date"])
    msg["From"] = spec["from"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = spec["to"]
    msg["Message-ID"] = spec["msgid"]
    for k, v in spec.get("extra", []):
        msg[k] = v
    msg["Subject"] = hdr(spec["subject"], spec.get("hdr_charset", cs))
    for k, v in body_headers:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue().replace(b"\r\n", b"\n")


def ses_msgid(region="eu-west-1"):
    return "<%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "0102019" + rnd_hex(9), rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(12), region)


def amazon_trace(mp, region=None):
    region = region or ("us-east-1" if mp.endswith(".br") else "eu-west-1")
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 60), R.randint(1, 250), region)
    return [("Received", "from %s (%s [%s])\n\tby mx.google.com with ESMTPS id %s\n\tfor <recipient>;" % (host, host, ip, rnd_alnum(20, False)))]


# ----------------------------------------------------------------------------
# Amazon-style renderers
# ----------------------------------------------------------------------------
UI = {
    "nl": dict(orders="Je bestellingen", account="Je account", order_no="Bestelnummer", order_hash="Bestelling #",
               qty="Aantal", sold_by="Verkocht door", price="Prijs", total="Totaalbedrag", logo_alt="Amazon",
               button="Naar Je bestellingen", help="Klantenservice", lang="nl"),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order_no="Número do pedido", order_hash="Pedido nº ",
               qty="Quantidade", sold_by="Vendido por", price="Preço", total="Total do pedido", logo_alt="Amazon.com.br",
               button="Ver seus pedidos", help="Atendimento ao cliente", lang="pt-BR"),
}

FOOTERS = {
    "nl": [
        ["Deze e-mail is verzonden vanaf een adres dat alleen meldingen verstuurt en geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet.",
         "Amazon vraagt je nooit per e-mail om je wachtwoord, je bankgegevens of de gegevens van je creditcard te bevestigen. Heb je zo'n bericht ontvangen? Klik dan nergens op en meld het via {mp}/phishing.",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg: B 101818. Btw-nummer: LU 20260743."],
        ["Betalingen voor bestellingen op {MP} worden verwerkt door Amazon Payments Europe S.C.A. Je betaalgegevens worden versleuteld opgeslagen.",
         "Let op: wees alert op phishing. Een echte e-mail van Amazon bevat altijd je bestelgegevens, die je ook terugvindt onder 'Je bestellingen'. Deel nooit je wachtwoord of verificatiecode met iemand die daarom vraagt.",
         "Dit bericht is automatisch verzonden. Antwoorden op dit adres worden niet gelezen."],
        ["Beveiligingstip: wijzig je wachtwoord alleen rechtstreeks op {mp} en nooit via een link in een e-mail of sms die je niet verwachtte.",
         "Vragen over je betaling of een terugbetaling? Kijk op {mp}/betalingen of neem contact op met onze Klantenservice.",
         "© 1996-2025, Amazon.com, Inc. of gelieerde ondernemingen. Amazon, {MP} en het Amazon-logo zijn handelsmerken van Amazon.com, Inc. of gelieerde ondernemingen."],
        ["Je ontvangt deze e-mail omdat je een bestelling hebt geplaatst op {MP}. Dit is een servicebericht; je kunt je hiervoor niet afmelden.",
         "Twijfel je of een bericht echt van Amazon komt? Open dan zelf de Amazon-app of ga naar {mp} en bekijk je berichten in het Berichtencentrum. Amazon zal je nooit vragen om betalingen buiten de website om te doen.",
         "Amazon EU S.à r.l. – Vennootschap met beperkte aansprakelijkheid naar Luxemburgs recht, 38 avenue John F. Kennedy, L-1855 Luxemburg."],
    ],
    "pt": [
        ["Este e-mail foi enviado de um endereço que apenas envia notificações e não pode receber mensagens. Por favor, não responda.",
         "A Amazon nunca pedirá sua senha, o número completo do seu cartão ou códigos de verificação por e-mail, SMS ou telefone. Se receber uma mensagem suspeita, não clique em links e denuncie em {mp}/phishing.",
         "Amazon Serviços de Varejo do Brasil Ltda. · CNPJ 15.436.940/0001-03 · Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar · São Paulo - SP · CEP 04543-011"],
        ["Dica de segurança: a Amazon não solicita pagamentos por Pix, boleto ou transferência fora do site. Confira sempre seus pedidos diretamente em {mp} ou no app.",
         "Informações sobre pagamentos, estornos e parcelamento estão disponíveis na página de Ajuda: {mp}/ajuda/pagamentos.",
         "Mensagem automática. Respostas enviadas para este endereço não são lidas."],
        ["Proteja sua conta: ative a verificação em duas etapas e nunca compartilhe sua senha ou o código enviado por SMS com ninguém, nem mesmo com quem diga ser da Amazon.",
         "© 1996-2025, Amazon.com, Inc. ou suas afiliadas. Amazon, {MP} e o logotipo da Amazon são marcas registradas da Amazon.com, Inc. ou de suas afiliadas.",
         "Você está recebendo este e-mail porque fez um pedido em {MP}. Por se tratar de uma mensagem de serviço, não é possível cancelar a inscrição."],
        ["Desconfie de mensagens que pedem dados do cartão, CPF ou senha para 'liberar reembolso'. Reembolsos da Amazon são processados automaticamente para a forma de pagamento original.",
         "Este é um e-mail automático, não responda. Em caso de dúvidas, acesse {mp}/contato.",
         "Amazon Serviços de Varejo do Brasil Ltda. – CNPJ 15.436.940/0001-03."],
    ],
}


def footer_lines(lang, mp, idx):
    return [l.replace("{mp}", "www." + mp).replace("{MP}", mp[0].upper() + mp[1:]) for l in FOOTERS[lang][idx % len(FOOTERS[lang])]]


def esc(s):
    return H.escape(s, quote=False)


def para_html(p):
    # paragraphs may contain simple **bold** markers
    out = esc(p)
    while "**" in out:
        out = out.replace("**", "<b>", 1).replace("**", "</b>", 1)
    return out


def para_text(p):
    return p.replace("**", "")


def items_text(s, ui):
    lines = []
    for it in s.get("items", []):
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        lines.append("  %s" % name)
        sub = "  %s: %s" % (ui["qty"], qty)
        if seller:
            sub += "   %s: %s" % (ui["sold_by"], seller)
        lines.append(sub)
        lines.append("  %s" % price)
        lines.append("")
    return lines


def render_text(s):
    lang, mp = s["lang"], s["mp"]
    ui = UI[lang]
    MP = mp[0].upper() + mp[1:]
    style = s.get("text_style", 1)
    L = []
    if style == 1:
        L += ["%s %s" % (MP, s["title"]), "%s%s" % (ui["order_hash"], s["order"]) if s.get("order") else "",
              "https://www.%s/ref=TE_tex_g" % mp, "", "_" * 75, ""]
    elif style == 2:
        L += [s["title"], ""]
    L += [s["greet"], ""]
    for p in s["body"]:
        L += [para_text(p), ""]
    if s.get("items"):
        if style == 1 and s.get("order"):
            L += ["%s: %s" % (ui["order_no"], s["order"]), ""]
        L += [s.get("items_heading", "") + ":" if s.get("items_heading") else "", ""]
        L += items_text(s, ui)
        if s.get("total"):
            L += ["%s: %s" % (ui["total"], s["total"]), ""]
    for p in s.get("after", []):
        L += [para_text(p), ""]
    if s.get("links"):
        for label, url in s["links"]:
            L += ["%s: %s" % (label, url)]
        L += [""]
    L += s.get("sign", [MP]) + [""]
    if style == 1:
        L += ["_" * 75, ""]
    else:
        L += ["--", ""]
    for f in footer_lines(lang, mp, s.get("footer", 0)):
        L += [f, ""]
    return "\n".join(L).rstrip() + "\n"


def item_rows_card(s, ui):
    rows = []
    for it in s.get("items", []):
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        img = "https://m.media-amazon.com/images/I/%s._SS142_.jpg" % (rnd_alnum(11, False)[:3] + rnd_alnum(8))
        rows.append(
            '<tr>\n <td style="width:90px;padding:8px 10px 8px 0;vertical-align:top"><a href="%s"><img src="%s" width="80" height="80" alt="" style="border:0" /></a></td>\n'
            ' <td style="padding:8px 0;vertical-align:top;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#0F1111">'
            '<a href="%s" style="color:#007185;text-decoration:none">%s</a><br />'
            '<span style="color:#565959">%s: %s</span>%s<br /><b>%s</b></td>\n</tr>'
            % (trk(s["mp"], "https://www.%s/dp/%s" % (s["mp"], "B0" + rnd_alnum(8))), img,
               trk(s["mp"], "https://www.%s/dp/%s" % (s["mp"], "B0" + rnd_alnum(8))), esc(name), ui["qty"], qty,
               ('<br /><span style="color:#565959">%s: %s</span>' % (ui["sold_by"], esc(seller))) if seller else "",
               esc(price)))
    return "\n".join(rows)


def render_html_card(s):
    lang, mp = s["lang"], s["mp"]
    ui = UI[lang]
    ps = "\n".join('<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#0F1111">%s</p>' % para_html(p) for p in s["body"])
    after = "\n".join('<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#0F1111">%s</p>' % para_html(p) for p in s.get("after", []))
    foot = "\n".join('<p style="margin:0 0 10px 0;font-family:Arial,sans-serif;font-size:12px;line-height:16px;color:#565959">%s</p>' % esc(f) for f in footer_lines(lang, mp, s.get("footer", 0)))
    items = ""
    if s.get("items"):
        items = ('<table class="itemsHeading" style="width:100%%;margin-top:14px"><tr><td style="font-family:Arial,sans-serif;font-size:16px;font-weight:bold;color:#0F1111;padding-bottom:6px;border-bottom:1px solid #D5D9D9">%s</td></tr></table>\n'
                 '<table class="itemTable" style="width:100%%;border-collapse:collapse">\n%s\n</table>\n'
                 % (esc(s.get("items_heading", "")), item_rows_card(s, ui)))
        if s.get("total"):
            items += ('<table style="width:100%%;margin-top:6px"><tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#0F1111">%s</td>'
                      '<td align="right" style="font-family:Arial,sans-serif;font-size:14px;font-weight:bold">%s</td></tr></table>\n' % (ui["total"], esc(s["total"])))
    order = ""
    if s.get("order"):
        order = ('<table class="orderNumberTable" style="width:100%%;margin:10px 0"><tr><td style="font-family:Arial,sans-serif;font-size:12px;color:#565959">%s</td></tr>'
                 '<tr><td style="font-family:Arial,sans-serif;font-size:14px"><a href="%s" style="color:#007185;text-decoration:none">%s</a></td></tr></table>\n'
                 % (ui["order_no"], trk(mp, "https://www.%s/gp/your-account/order-details?orderID=%s" % (mp, s["order"])), s["order"]))
    button = ('<table class="buttonComponent" style="margin-top:18px;border-collapse:separate;border-radius:8px;background-color:#FFD814;border:1px solid #FCD200" width="100%%">'
              '<tr><td align="center" style="padding:12px 0"><a href="%s" style="font-family:Arial,sans-serif;font-size:15px;color:#0F1111;text-decoration:none">%s</a></td></tr></table>\n'
              % (trk(mp, "https://www.%s/gp/css/order-history" % mp), esc(s.get("button", ui["button"]))))
    return """<!DOCTYPE html>
<html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>%(title)s</title>
 </head>
 <body style="width:100%% !important;margin:0;padding:0;-webkit-text-size-adjust:100%%"><img width="1" height="1" src="%(pixel)s" />
  <table id="OutlookWrapper" style="width:100%%;border-collapse:collapse !important">
   <tr><td align="center" style="font-family:Arial,sans-serif">
    <table class="emailBody" style="width:375px;background-color:rgb(250,250,250);border-collapse:collapse !important">
     <tr><td class="emailBodyTD" style="width:100%%;padding:23px 18px 21px 17px;font-family:Arial,sans-serif">
      <a href="%(home)s"><table class="brandTable" style="margin-bottom:20px;width:100%%"><tr><td align="center"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="%(logo)s" title="%(logo)s" width="130" style="width:130px" border="0" /></td></tr></table></a>
      <table class="card grayTopBorder" style="background-color:rgb(255,255,255);width:100%%;border-top:2px solid rgb(213,219,219);border-collapse:collapse !important">
       <tr><td class="cardTD" align="left" style="padding:30px 20px;font-family:Arial,sans-serif">
        <table class="greetingTable" style="font-size:18px;font-weight:bold;line-height:24px;color:rgb(0,46,54);margin-bottom:4px;width:100%%"><tr><td><span>%(greet)s</span></td></tr></table>
        <table class="informationTable" style="font-size:18px;line-height:24px;color:rgb(0,46,54);width:100%%"><tr><td style="padding-bottom:12px"><span>%(headline)s</span></td></tr></table>
%(ps)s
%(order)s%(items)s%(after)s
%(button)s
       </td></tr>
      </table>
      <table class="footerCard" style="width:100%%;margin-top:14px"><tr><td style="padding:0 6px">
%(foot)s
      </td></tr></table>
     </td></tr>
    </table>
   </td></tr>
  </table>
 </body>
</html>
""" % dict(lang=UI[lang]["lang"], title=esc(s["subject"]), pixel=pixel(mp), home=trk(mp, "https://www.%s" % mp),
           logo=ui["logo_alt"], greet=esc(s["greet"]), headline=esc(s.get("headline", s["title"])), ps=ps,
           order=order, items=items, after=after, button=button, foot=foot)


def render_html_classic(s):
    lang, mp = s["lang"], s["mp"]
    ui = UI[lang]
    MP = mp[0].upper() + mp[1:]
    ps = "\n".join("<p> %s </p>" % para_html(p) for p in s["body"])
    after = "\n".join("<p> %s </p>" % para_html(p) for p in s.get("after", []))
    rows = []
    for it in s.get("items", []):
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        rows.append('<tr><td class="name"> %s <br /><span class="sans">%s%s</span></td><td class="qty"> %s </td><td class="price"> <strong>%s</strong> </td></tr>'
                    % (esc(name), ui["qty"] + ": " + str(qty),
                       ("<br />%s: %s" % (ui["sold_by"], esc(seller))) if seller else "", qty, esc(price)))
    total = ""
    if s.get("total"):
        total = '<tr><td colspan="2" class="total"> %s: </td><td class="total price"> <strong>%s</strong> </td></tr>' % (ui["total"], esc(s["total"]))
    details = ""
    if rows:
        details = """<table id="orderDetails" cellpadding="0">
           <tr><td colspan="3"><h3>%s</h3></td></tr>
           %s
           %s
          </table>""" % (esc(s.get("items_heading", "")), "\n           ".join(rows), total)
    foot = "\n".join("<p>%s</p>" % esc(f) for f in footer_lines(lang, mp, s.get("footer", 0)))
    order_line = ""
    if s.get("order"):
        order_line = '%s<a href="%s">%s</a>' % (ui["order_hash"], trk(mp, "https://www.%s/gp/your-account/order-details?orderID=%s" % (mp, s["order"])), s["order"])
    return """<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title></title>
  <style type="text/css">
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align:top; font-size:13px; line-height:18px; font-family:Arial, sans-serif; }
#container { width:640px; color:#333; }
#header .logo { width:220px; padding-bottom:12px; }
#orderDetails td.price, #orderDetails td.total { text-align:right; white-space:nowrap; }
#legalCopy p { font-size:11px; color:#666; }
  </style>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
  <table id="container" cellpadding="0">
   <tr><td class="frame">
    <table id="main" cellpadding="0">
     <tr><td>
      <table id="header" cellpadding="0">
       <tr>
        <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/logo._CB485948470_.png" alt="%(MP)s" border="0" /></a></td>
        <td class="navigation"><table align="right"><tr>
         <td> <a href="%(orders_url)s">%(orders)s</a> </td><td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
         <td> <a href="%(acct_url)s">%(account)s</a> </td><td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
         <td> <a class="last" href="%(home)s">%(MP)s</a> </td>
        </tr></table></td>
       </tr>
       <tr><td class="title"> <h2>%(title)s</h2> %(order_line)s </td></tr>
      </table>
     </td></tr>
     <tr><td>
      <table id="summary" cellpadding="0"><tr><td><span class="heading">%(greet)s</span>
%(ps)s
      </td></tr></table>
     </td></tr>
     <tr><td>
          %(details)s
     </td></tr>
     <tr><td>
      <table id="closing" cellpadding="0"><tr><td>
%(after)s
       <p><br />%(sign)s</p>
      </td></tr></table>
     </td></tr>
     <tr><td>
      <table id="legalCopy"><tr><td>
%(foot)s
      </td></tr></table>
     </td></tr>
    </table>
   </td></tr>
  </table>
 </body>
</html>
""" % dict(pixel=pixel(mp), home=trk(mp, "https://www.%s" % mp), MP=MP, orders=ui["orders"], account=ui["account"],
           orders_url=trk(mp, "https://www.%s/gp/css/order-history" % mp), acct_url=trk(mp, "https://www.%s/gp/css/homepage.html" % mp),
           title=esc(s["title"]), order_line=order_line, greet=esc(s["greet"]), ps=ps, details=details, after=after,
           sign="<br />".join(esc(x) for x in s.get("sign", [MP])), foot=foot)


def render_html_minimal(s):
    lang, mp = s["lang"], s["mp"]
    ui = UI[lang]
    MP = mp[0].upper() + mp[1:]
    ps = "".join("<p style=\"margin:0 0 14px 0\">%s</p>\n" % para_html(p) for p in s["body"])
    after = "".join("<p style=\"margin:0 0 14px 0\">%s</p>\n" % para_html(p) for p in s.get("after", []))
    lis = "".join("<li style=\"margin-bottom:6px\">%s &ndash; %s x &ndash; %s</li>\n" % (esc(i[0]), i[1], esc(i[2])) for i in s.get("items", []))
    items = ("<h4 style=\"margin:18px 0 6px 0;font-size:15px\">%s</h4>\n<ul style=\"padding-left:18px;margin:0 0 14px 0\">\n%s</ul>\n" % (esc(s.get("items_heading", "")), lis)) if lis else ""
    foot = "".join("<p style=\"margin:0 0 8px 0\">%s</p>\n" % esc(f) for f in footer_lines(lang, mp, s.get("footer", 0)))
    return """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:0 auto;padding:16px">
<div style="border-bottom:3px solid #FF9900;padding-bottom:8px;margin-bottom:16px"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/amazon_logo._CB1198675309_.png" alt="%s" height="28" border="0"></a></div>
<h1 style="font-size:20px;font-weight:normal;margin:0 0 14px 0">%s</h1>
%s
<p style="margin:0 0 14px 0">%s</p>
%s%s%s<p style="margin:0 0 14px 0">%s</p>
<div style="border-top:1px solid #ddd;margin-top:20px;padding-top:10px;font-size:11px;color:#777">
%s</div>
</div>
</body>
</html>
""" % (trk(mp, "https://www.%s" % mp), MP, esc(s["title"]),
       ("<p style=\"color:#555\">%s <a href=\"%s\">%s</a></p>" % (ui["order_no"], trk(mp, "https://www.%s/gp/your-account/order-details?orderID=%s" % (mp, s["order"])), s["order"])) if s.get("order") else "",
       esc(s["greet"]), ps, items, after, "<br>".join(esc(x) for x in s.get("sign", [MP])), foot)


RENDER_HTML = {"card": render_html_card, "classic": render_html_classic, "minimal": render_html_minimal}


def amazon_mail(s):
    """Turn an Amazon-style spec into a build() spec."""
    fmt = s.get("fmt", "alt")          # alt | html | text
    layout = s.get("layout", "card")
    out = dict(s)
    mp = s["mp"]
    out["text"] = render_text(s) if fmt in ("alt", "text") else None
    out["html"] = RENDER_HTML[layout](s) if fmt in ("alt", "html") else None
    name, address = s["sender"]
    out["from"] = addr(name, address)
    out.setdefault("reply_to", "no-reply@" + mp if not s.get("no_reply_to") else None)
    out["msgid"] = s.get("msgid") or ses_msgid("us-east-1" if mp.endswith(".br") else "eu-west-1")
    trace = amazon_trace(mp)
    out["trace"] = [(k, v.replace("<recipient>", "<" + s["to_addr"] + ">")) for k, v in trace] + s.get("trace", [])
    out["to"] = s["to_addr"] if not s.get("to_name") else addr(s["to_name"], s["to_addr"])
    extra = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
             ("Feedback-ID", "1.%s.%s=:AmazonSES" % ("us-east-1" if mp.endswith(".br") else "eu-west-1", rnd_alnum(44))),
             ("X-SES-Outgoing", "2025.%02d.%02d-54.240.%d.%d" % (s["date"].month, s["date"].day, R.randint(0, 60), R.randint(1, 250)))]
    if s.get("auth_ok"):
        out["auth"] = auth_results(mp)
    out["extra"] = extra + s.get("extra", [])
    return out


# ----------------------------------------------------------------------------
# dates / spec helpers
# ----------------------------------------------------------------------------
UTC = dt.timezone.utc


def rdate():
    base = dt.datetime(2025, 1, 6, tzinfo=UTC)
    return base + dt.timedelta(days=R.randint(0, 290), hours=R.randint(5, 22), minutes=R.randint(0, 59), seconds=R.randint(0, 59))


def later(d, days):
    return d + dt.timedelta(days=days, hours=R.randint(1, 9), minutes=R.randint(0, 59))


def notice(**kw):
    s = dict(kind="notice", fmt="alt", layout="card", charset="utf-8", cte="quoted-printable", footer=R.randint(0, 3))
    s.update(kw)
    s.setdefault("date", rdate())
    s.setdefault("title", s.get("headline", ""))
    return s


MAILS = []        # list of units; a unit is a list of specs (threads have 2)


def add(*specs):
    MAILS.append(list(specs))


# ============================================================================
# DUTCH (amazon.nl / amazon.com.be)
# ============================================================================
def dutch():
    NL, BE = "amazon.nl", "amazon.com.be"
    AEU = "Amazon EU S.à r.l."

    # ---------------- inventory_shortage ----------------
    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="inventory_shortage", states_reason=True, note="out of stock, no restock",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="sanne.devries@ziggo.nl", to_name="Sanne de Vries",
               subject="Je Amazon.nl-bestelling #%s is geannuleerd" % o, order=o,
               headline="Je bestelling is geannuleerd.", greet="Hallo Sanne,",
               body=["Helaas moeten we je laten weten dat we je bestelling hebben moeten annuleren. Het onderstaande artikel is niet meer op voorraad en we verwachten ook geen nieuwe levering van de fabrikant."],
               items_heading="Geannuleerde artikelen",
               items=[("Philips Sonicare ProtectiveClean 4300 HX6807/24 elektrische tandenborstel, wit", 1, "€ 49,99", AEU)],
               after=["Je bent niets verschuldigd: er is geen bedrag van je rekening afgeschreven. Als je bank een reservering heeft gemaakt, vervalt die binnen enkele werkdagen vanzelf.",
                      "Op zoek naar een alternatief? Bekijk vergelijkbare producten op www.amazon.nl."],
               sign=["Met vriendelijke groet,", "Amazon.nl"], layout="card", fmt="alt", auth_ok=True))

    o = onum("171")
    add(notice(lang="nl", mp=BE, cause="inventory_shortage", states_reason=True, note="supplier could not deliver, partial cancellation, reason-first",
               sender=("Amazon.com.be", "auto-confirm@amazon.com.be"), to_addr="jens.peeters@telenet.be",
               subject="Artikel geannuleerd uit je Amazon.com.be-bestelling %s" % o, order=o,
               title="Gedeeltelijke annulering", greet="Beste Jens,",
               body=["Onze leverancier heeft ons laten weten dat hij het volgende artikel niet kan leveren. Daarom hebben we het uit je bestelling %s verwijderd en geannuleerd. De overige artikelen worden gewoon verzonden zoals gepland." % o],
               items_heading="Geannuleerd artikel",
               items=[("Tefal Ingenio Emotion pannenset 10-delig, geschikt voor inductie", 1, "€ 119,99", AEU)],
               after=["Voor dit artikel wordt niets aangerekend. Voor de artikelen die nog onderweg zijn, betaal je pas op het moment van verzending.",
                      "Je kunt de status van je bestelling altijd volgen via Je bestellingen: https://www.amazon.com.be/gp/css/order-history"],
               sign=["Vriendelijke groeten,", "Klantenservice Amazon.com.be"], fmt="text", text_style=1,
               charset="iso-8859-1", cte="quoted-printable"))

    o = onum("402")
    add(notice(lang="nl", mp=NL, cause="inventory_shortage", states_reason=True, note="pre-order cannot be filled",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="thijs.jansen@gmail.com",
               subject="Je pre-order bij Amazon.nl kan niet worden geleverd", order=o,
               title="Pre-order geannuleerd", greet="Hoi Thijs,",
               body=["Je hebt onlangs een pre-order geplaatst voor het onderstaande artikel. De uitgever heeft ons inmiddels gemeld dat de Collector's Edition in veel kleinere aantallen wordt geproduceerd dan aangekondigd, en wij krijgen geen exemplaren toegewezen.",
                     "Dit betekent dat we je pre-order niet kunnen uitvoeren. We hebben hem daarom geannuleerd."],
               items_heading="Geannuleerde pre-order",
               items=[("Assassin's Creed Shadows – Collector's Edition (PS5)", 1, "€ 229,99", AEU)],
               after=["Omdat we bij pre-orders pas betaling vragen op het moment van verzending, is er niets van je afgeschreven.",
                      "De standaardeditie is nog wel leverbaar; je vindt hem via de zoekfunctie op Amazon.nl."],
               sign=["Tot ziens op Amazon.nl"], layout="classic", fmt="html", cte="base64", auth_ok=True))

    o = onum("402")
    add(notice(lang="nl", mp=NL, cause="inventory_shortage", states_reason=True, note="seller cancelled, labelled reason line",
               sender=("Amazon.nl Marketplace", "marketplace-messages@amazon.nl"), to_addr="lotte.mulder@hotmail.com",
               subject="Bestelling %s geannuleerd door verkoper HomeTech Benelux" % o, order=o,
               title="Annulering door de verkoper", greet="Beste Lotte,",
               body=["De verkoper HomeTech Benelux heeft je bestelling %s geannuleerd." % o,
                     "Reden van annulering: artikel niet leverbaar",
                     "Toelichting van de verkoper: 'Bij een telling in ons magazijn bleek de voorraad niet te kloppen; de laatste exemplaren waren al verkocht. Excuses voor het ongemak.'"],
               items_heading="Geannuleerd",
               items=[("Dyson V8 Absolute snoerloze steelstofzuiger", 1, "€ 329,00", "HomeTech Benelux")],
               after=["Voor deze bestelling is geen betaling geïnd. Heb je vragen over deze annulering, neem dan contact op met de verkoper via Je bestellingen > Verkoper contacteren.",
                      "Bestellingen die niet zijn verzonden, worden op Amazon.nl nooit in rekening gebracht."],
               sign=["Met vriendelijke groet,", "Amazon.nl namens HomeTech Benelux"], fmt="text", text_style=2,
               cte="8bit", no_reply_to=True))

    # ---------------- payment_issue ----------------
    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="payment_issue", states_reason=True, note="card declined by bank",
               sender=("Amazon.nl", "payments-messages@amazon.nl"), to_addr="bram.visser@kpnmail.nl", to_name="Bram Visser",
               subject="Je Amazon.nl-bestelling %s is geannuleerd" % o, order=o,
               headline="We hebben je bestelling geannuleerd", greet="Hallo Bram,",
               body=["Je bank heeft de betaling met je Mastercard eindigend op 4417 geweigerd. Omdat we het bedrag niet konden innen, is je bestelling geannuleerd."],
               items_heading="Artikelen in deze bestelling",
               items=[("Garmin Forerunner 265 GPS-sporthorloge, zwart", 1, "€ 349,99", AEU)],
               after=["Er is geen geld van je rekening afgeschreven.",
                      "Wil je het artikel alsnog kopen? Controleer dan eerst je betaalmethoden onder Je account > Je betalingen en plaats de bestelling opnieuw.",
                      "Tip: banken weigeren een betaling vaak vanwege een bestedingslimiet of een verlopen kaart. Neem bij twijfel contact op met je bank."],
               sign=["Amazon.nl"], layout="card", fmt="alt", auth_ok=True))

    o = onum("171")
    add(notice(lang="nl", mp=BE, cause="payment_issue", states_reason=True, note="payment revision not made in time",
               sender=("Amazon.com.be", "payments-messages@amazon.com.be"), to_addr="elke.claes@skynet.be",
               subject="Bestelling %s geannuleerd" % o, order=o,
               title="Annulering", greet="Beste Elke,",
               body=["Op 3 maart vroegen we je om de betaalgegevens voor je bestelling %s bij te werken, omdat de betaling met je Visa-kaart niet kon worden verwerkt. Binnen de termijn van zeven dagen hebben we geen nieuwe betaalgegevens ontvangen." % o,
                     "Daardoor is de bestelling vervallen en hebben we ze geannuleerd."],
               items_heading="Geannuleerde artikelen",
               items=[("Nespresso Vertuo Next koffiemachine van Krups, mat zwart", 1, "€ 99,00"),
                      ("Nespresso Vertuo capsules Variety Box, 40 stuks", 1, "€ 34,50")],
               total="€ 133,50",
               after=["Er werd geen bedrag van je rekening afgeschreven.",
                      "Je kunt de artikelen opnieuw bestellen via www.amazon.com.be. Zorg er dan voor dat je betaalmethode geldig is en dat je kaart niet vervallen is."],
               sign=["Met vriendelijke groeten,", "Amazon.com.be"], fmt="text", text_style=1,
               charset="iso-8859-1", cte="quoted-printable",
               date=dt.datetime(2025, 3, 11, 6, 42, 17, tzinfo=UTC)))

    o = onum("404")
    add(notice(lang="nl", mp=NL, cause="payment_issue", states_reason=True, note="iDEAL payment not received in time, labelled reason",
               sender=("Amazon.nl", "auto-confirm@amazon.nl"), to_addr="wouter.smit@xs4all.nl",
               subject="Geannuleerd: bestelling %s" % o, order=o,
               title="We hebben geen betaling ontvangen", greet="Beste Wouter,",
               body=["Bedankt voor je bestelling bij Amazon.nl. Je had 48 uur de tijd om de betaling via iDEAL af te ronden, maar die termijn is verstreken zonder dat we je betaling hebben ontvangen.",
                     "Reden van annulering: betaling niet ontvangen binnen de betaaltermijn."],
               items_heading="Geannuleerde artikelen",
               items=[("LEGO Technic 42151 Bugatti Bolide", 2, "€ 89,98"),
                      ("Ravensburger puzzel 1000 stukjes – Amsterdam bij nacht", 1, "€ 14,99")],
               after=["Heb je de betaling toch net gedaan? Dan storten we het bedrag automatisch binnen 5 werkdagen terug op de rekening waarmee je hebt betaald."],
               sign=["Groet,", "Het team van Amazon.nl"], layout="minimal", fmt="html", cte="8bit"))

    # thread: payment problem -> cancellation without reason
    o = onum("403")
    d0 = rdate()
    first = dict(kind="non_notice", cause=None, states_reason=False, note="thread",
                 lang="nl", mp=NL, sender=("Amazon.nl", "payments-messages@amazon.nl"), to_addr="ilse.vandam@gmail.com",
                 subject="Actie vereist: betaalprobleem met je bestelling %s" % o, order=o,
                 title="Werk je betaalgegevens bij", headline="Er is een probleem met je betaling", greet="Hallo Ilse,",
                 body=["We hebben geprobeerd je bestelling %s af te rekenen, maar de betaling met je Visa eindigend op 0921 werd niet geaccepteerd." % o,
                       "Werk je betaalgegevens vóór %s bij, zodat we je bestelling kunnen verzenden. Je kunt een andere kaart kiezen of de vervaldatum van je huidige kaart aanpassen." % later(d0, 4).strftime("%d-%m-%Y")],
                 items_heading="Artikelen in deze bestelling",
                 items=[("Bosch Professional GSR 18V-55 accuschroefboormachine, 2 x 2,0 Ah accu, L-BOXX", 1, "€ 189,00", AEU)],
                 after=["Ga naar Je bestellingen, kies de betreffende bestelling en klik op 'Betaalmethode wijzigen'. Typ het adres van Amazon.nl zelf in je browser als je twijfelt aan deze e-mail."],
                 sign=["Met vriendelijke groet,", "Amazon.nl"], layout="card", fmt="alt", charset="utf-8", cte="quoted-printable",
                 footer=1, date=d0, auth_ok=True)
    second = notice(lang="nl", mp=NL, cause="payment_issue", states_reason=False, note="thread: cause from earlier mail",
                    sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="ilse.vandam@gmail.com",
                    subject="Je bestelling %s is geannuleerd" % o, order=o,
                    title="Annulering van je bestelling", greet="Hallo Ilse,",
                    body=["Je bestelling %s is geannuleerd. Hieronder vind je een overzicht van de geannuleerde artikelen." % o],
                    items_heading="Geannuleerde artikelen",
                    items=[("Bosch Professional GSR 18V-55 accuschroefboormachine, 2 x 2,0 Ah accu, L-BOXX", 1, "€ 189,00", AEU)],
                    after=["Er wordt niets in rekening gebracht voor deze artikelen. Wil je ze nog steeds hebben? Plaats dan een nieuwe bestelling op Amazon.nl."],
                    sign=["Amazon.nl"], fmt="text", text_style=1, date=later(d0, 5))
    add(first, second)

    # ---------------- technical_issue ----------------
    o = onum("402")
    add(notice(lang="nl", mp=NL, cause="technical_issue", states_reason=True, note="pricing error",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="noor.bakker@outlook.com",
               subject="Je bestelling %s is geannuleerd" % o, order=o,
               title="Annulering van je bestelling", greet="Beste Noor,",
               body=["Door een fout bij het invoeren van de prijs stond de Sony WH-1000XM5 korte tijd voor € 29,90 in plaats van € 299,00 op onze website. Volgens onze verkoopvoorwaarden kunnen we bestellingen met een duidelijk onjuiste prijs niet uitvoeren, en daarom hebben we je bestelling geannuleerd.",
                     "Onze excuses voor de teleurstelling."],
               items_heading="Geannuleerde artikelen",
               items=[("Sony WH-1000XM5 draadloze noise-cancelling koptelefoon, zwart", 1, "€ 29,90", AEU)],
               after=["Het bedrag is niet afgeschreven. Eventueel gereserveerde bedragen op je creditcard worden automatisch vrijgegeven.",
                      "Je kunt het artikel uiteraard opnieuw bestellen tegen de actuele prijs."],
               sign=["Met vriendelijke groet,", "Amazon.nl"], layout="classic", fmt="alt", auth_ok=True))

    o = onum("028")
    add(notice(lang="nl", mp=NL, cause="technical_issue", states_reason=True, note="system outage during order processing",
               sender=("Amazon.nl", "auto-confirm@amazon.nl"), to_addr="femke.dekker@ziggo.nl",
               subject="Bestelling %s kon niet worden verwerkt" % o, order=o,
               title="Informatie over je bestelling %s" % o, greet="Hallo Femke,",
               body=["We sturen je dit bericht omdat er bij het verwerken van je bestelling iets is misgegaan. Een storing in ons bestelsysteem zorgde ervoor dat een aantal bestellingen die op 12 februari tussen 14:05 en 14:40 uur zijn geplaatst niet correct zijn vastgelegd. Jouw bestelling is daar een van.",
                     "We annuleren de bestelling, zodat je niet dubbel betaalt of een onvolledig pakket ontvangt."],
               items_heading="Artikelen",
               items=[("Douwe Egberts Aroma Rood koffiebonen, 4 x 1 kg", 1, "€ 52,96"),
                      ("Brabantia PerfectFit afvalzakken code G, 23 liter, 3 rollen", 2, "€ 13,98")],
               after=["Je bent hiervoor niets verschuldigd en er is niets afgeschreven.",
                      "Als excuus hebben we een tegoedbon van € 5,00 aan je account toegevoegd, die je bij je volgende bestelling kunt gebruiken."],
               sign=["Onze excuses voor het ongemak,", "Amazon.nl"], fmt="text", text_style=2, cte="base64",
               date=dt.datetime(2025, 2, 12, 16, 3, 51, tzinfo=UTC)))

    o = onum("305")
    add(notice(lang="nl", mp=BE, cause="technical_issue", states_reason=True, note="listing error; explicitly not a payment problem",
               sender=("Amazon.com.be", "order-update@amazon.com.be"), to_addr="lien.willems@telenet.be",
               subject="Informatie over je Amazon.com.be-bestelling %s" % o, order=o,
               headline="Je bestelling is geannuleerd", greet="Dag Lien,",
               body=["We willen je meteen geruststellen: dit is geen probleem met je betaling of met je account. Op de productpagina van het artikel dat je kocht, stonden door een fout in de productgegevens een verkeerde afbeelding en beschrijving (de 128 GB-versie werd getoond als 256 GB).",
                     "Omdat je dus niet het product zou ontvangen dat je dacht te kopen, hebben we besloten je bestelling te annuleren."],
               items_heading="Geannuleerd artikel",
               items=[("Samsung Galaxy Tab S9 FE, 10,9 inch, 256 GB, grijs", 1, "€ 449,00", AEU)],
               after=["Er werd niets aangerekend. Indien er al een bedrag op je kaart gereserveerd werd, verdwijnt die reservering binnen 3 tot 5 werkdagen.",
                      "De productpagina is inmiddels aangepast."],
               sign=["Vriendelijke groeten,", "Amazon.com.be"], layout="card", fmt="html",
               charset="iso-8859-1", cte="quoted-printable", auth_ok=True))

    # ---------------- fraud_prevention ----------------
    o = onum("403")
    d0 = rdate()
    first = dict(kind="non_notice", cause=None, states_reason=False, note="thread",
                 lang="nl", mp=NL, sender=("Amazon.nl", "account-update@amazon.nl"), to_addr="koen.hendriks@gmail.com",
                 subject="Je Amazon.nl-account is tijdelijk in de wacht gezet", order=o,
                 title="Verificatie van je account", greet="Beste Koen,",
                 body=["Tijdens een controle van recente activiteit hebben we je account tijdelijk in de wacht gezet. Je openstaande bestelling %s wordt niet verwerkt totdat we je gegevens hebben kunnen verifiëren." % o,
                       "Log in op Amazon.nl (typ het adres zelf in je browser) en volg de instructies onder Je account om je identiteit te bevestigen. Je hebt hiervoor drie dagen de tijd."],
                 items=[], after=["Amazon zal je nooit vragen om je wachtwoord of betaalgegevens per e-mail of telefoon door te geven."],
                 sign=["Met vriendelijke groet,", "Team Accountbeveiliging Amazon.nl"], fmt="text", text_style=2,
                 charset="iso-8859-1", cte="quoted-printable", footer=0, date=d0)
    second = notice(lang="nl", mp=NL, cause="fraud_prevention", states_reason=False, note="thread: cause from earlier mail",
                    sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="koen.hendriks@gmail.com",
                    subject="Je Amazon.nl-bestelling %s is geannuleerd" % o, order=o,
                    title="Bestelling geannuleerd", greet="Beste Koen,",
                    body=["We hebben je bestelling %s geannuleerd." % o],
                    items_heading="Geannuleerde artikelen",
                    items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 2, "€ 498,00", AEU),
                           ("Belkin BoostCharge Pro 3-in-1 draadloze oplader", 1, "€ 129,99", AEU)],
                    total="€ 627,99",
                    after=["Voor geannuleerde artikelen wordt niets in rekening gebracht."],
                    sign=["Amazon.nl"], layout="classic", fmt="alt", date=later(d0, 4))
    add(first, second)

    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="fraud_prevention", states_reason=True, note="unusual activity on account",
               sender=("Amazon.nl", "no-reply@amazon.nl"), to_addr="ruben.meijer@live.nl",
               subject="Je bestelling bij Amazon.nl is geannuleerd", order=o,
               headline="Je bestelling is uit voorzorg geannuleerd", greet="Hallo Ruben,",
               body=["Uit voorzorg hebben we je recente bestelling geannuleerd. Onze systemen hebben ongebruikelijke activiteit op je account gezien, waaronder een aanmelding vanaf een apparaat en locatie die we niet kennen, kort voordat deze bestelling werd geplaatst.",
                     "Heb je deze bestelling zelf geplaatst? Dan kun je hem na het controleren van je accountgegevens gewoon opnieuw plaatsen."],
               items_heading="Geannuleerde artikelen",
               items=[("Apple iPad Air 11-inch (M2), wifi, 128 GB, spacegrijs", 1, "€ 699,00", AEU),
                      ("Apple Pencil Pro", 1, "€ 149,00", AEU)],
               after=["We raden je aan je wachtwoord te wijzigen en tweestapsverificatie in te schakelen via Je account > Inloggen en beveiliging.",
                      "Er is niets van je betaalmethode afgeschreven."],
               sign=["Amazon.nl"], layout="card", fmt="alt", auth_ok=True))

    o = onum("171")
    add(notice(lang="nl", mp=NL, cause="fraud_prevention", states_reason=True, note="flagged in security review; denies payment problem",
               sender=("Amazon.nl", "no-reply@amazon.nl"), to_addr="marieke.vos@planet.nl",
               subject="Je bestelling %s is geannuleerd" % o, order=o,
               title="Annulering", greet="Beste Marieke,",
               body=["Tijdens een routinematige veiligheidscontrole is je bestelling %s gemarkeerd voor nader onderzoek. We hebben die controle niet kunnen afronden en daarom heeft Amazon besloten de bestelling te annuleren." % o,
                     "Dit wil niet zeggen dat er iets mis is met je betaalmethode. We doen dit om jou en andere klanten te beschermen tegen misbruik."],
               items_heading="Geannuleerde artikelen",
               items=[("Nintendo Switch – OLED-model, wit", 1, "€ 329,99", AEU),
                      ("Nintendo eShop-tegoed 50 euro (code per e-mail)", 2, "€ 100,00", AEU)],
               after=["Je wordt niets in rekening gebracht.",
                      "Je hoeft verder niets te doen. Heb je vragen, neem dan via de Klantenservice-pagina contact met ons op; bel nooit een telefoonnummer dat in een onverwachte e-mail staat."],
               sign=["Met vriendelijke groet,", "Amazon.nl"], fmt="text", text_style=1,
               charset="iso-8859-1", cte="8bit"))

    # ---------------- customer_request ----------------
    o = onum("404")
    add(notice(lang="nl", mp=NL, cause="customer_request", states_reason=True, note="cancelled as the customer asked",
               sender=("Amazon.nl", "auto-confirm@amazon.nl"), to_addr="pieter.bos@gmail.com",
               subject='Annulering geslaagd: "Kindle Paperwhite (16 GB)" uit je Amazon.nl-bestelling', order=o,
               title="Annulering bevestigd", greet="Hallo Pieter,",
               body=["Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling %s geannuleerd. Dit bericht is de bevestiging van je annuleringsverzoek." % o],
               items_heading="Geannuleerde artikelen",
               items=[("Kindle Paperwhite (16 GB) – 7-inch scherm, zonder advertenties, zwart", 1, "€ 169,99", AEU)],
               after=["Omdat het artikel nog niet was verzonden, wordt er niets in rekening gebracht.",
                      "Heb je je vergist? Je kunt het artikel op elk moment opnieuw bestellen."],
               sign=["Tot ziens,", "Amazon.nl"], layout="classic", fmt="alt", auth_ok=True))

    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="customer_request", states_reason=True, note="old-style customer cancellation with Reden line",
               sender=("Amazon.nl", "auto-confirm@amazon.nl"), to_addr="daan.vanleeuwen@hetnet.nl",
               subject="Amazon.nl - Je annulering (%s)" % o, order=o,
               title="Je annulering", greet="Beste Daan,",
               body=["Je hebt zojuist bestelling #%s geannuleerd." % o, "Status: GEANNULEERD", "Reden van annulering: Geannuleerd door klant"],
               items_heading="Artikelen",
               items=[("Rituals The Ritual of Sakura – geschenkset M", 1, "€ 29,90"),
                      ("Moleskine Classic notitieboek, A5, gelinieerd, zwart", 1, "€ 19,95")],
               after=["Heb je met een cadeaubon betaald, dan staat het tegoed binnen enkele minuten weer op je account. Andere betaalmethoden worden niet belast."],
               sign=["Bedankt voor het winkelen bij Amazon.nl"], fmt="text", text_style=2,
               charset="iso-8859-1", cte="base64"))

    o = onum("171")
    add(notice(lang="nl", mp=BE, cause="customer_request", states_reason=True, note="customer service agent cancelled after chat request",
               sender=("Amazon.com.be", "cs-reply@amazon.com.be"), to_addr="wout.maes@proximus.be",
               subject="Je contact met de Klantenservice van Amazon.com.be", order=o,
               title="", greet="Hallo Wout,",
               body=["Bedankt voor je bericht via de chat van vanmiddag.",
                     "Naar aanleiding van je vraag heb ik bestelling %s voor je geannuleerd. Dat is gelukt, omdat het pakket nog niet klaargemaakt was voor verzending." % o],
               items_heading="Geannuleerd",
               items=[("JBL Flip 6 draagbare bluetooth-speaker, blauw", 1, "€ 99,00")],
               after=["In Je bestellingen zie je nu de status 'Geannuleerd'. Er wordt niets aangerekend.",
                      "Was dit antwoord nuttig? Laat het ons weten: https://www.amazon.com.be/gp/help/survey?ref=cs_reply"],
               sign=["Met vriendelijke groeten,", "Inès", "Amazon.com.be Klantenservice"], fmt="text", text_style=0, footer=2,
               auth_ok=True, no_reply_to=True))

    # ---------------- unknown ----------------
    o = onum("402")
    add(notice(lang="nl", mp=NL, cause="unknown", states_reason=False, note="no reason given",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="anouk.degroot@gmail.com",
               subject="Je bestelling #%s is geannuleerd" % o, order=o,
               headline="Je bestelling is geannuleerd.", greet="Hallo Anouk,",
               body=["We laten je weten dat de onderstaande bestelling is geannuleerd."],
               items_heading="Artikelen",
               items=[("Tefal Easy Fry & Grill XXL EY8018 heteluchtfriteuse, 6,5 l", 1, "€ 129,99", AEU)],
               after=["Er wordt geen bedrag in rekening gebracht.", "De details vind je in Je bestellingen."],
               sign=["Amazon.nl"], layout="card", fmt="html", cte="base64", auth_ok=True))

    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="unknown", states_reason=False, note="partial item cancellation, no reason",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="jeroen.kok@ziggo.nl",
               subject="1 artikel is geannuleerd uit je Amazon.nl-bestelling %s" % o, order=o,
               title="Artikel geannuleerd", greet="Hallo Jeroen,",
               body=["Het volgende artikel is uit je bestelling geannuleerd. De rest van je bestelling wordt verwerkt zoals gebruikelijk."],
               items_heading="Geannuleerd artikel",
               items=[("AXA Defender ringslot met insteekketting, zwart", 1, "€ 39,95", AEU)],
               after=["Voor het geannuleerde artikel betaal je niets. Heb je voor de overige artikelen al een verzendbevestiging gekregen, dan geldt de bezorgdatum die daarin staat."],
               sign=["Met vriendelijke groet,", "Amazon.nl"], fmt="text", text_style=1))

    o = onum("305")
    add(notice(lang="nl", mp=BE, cause="unknown", states_reason=False, note="'Informatie van' bulk style, no reason",
               sender=("Amazon.com.be", "no-reply@amazon.com.be"), to_addr="tuur.desmet@telenet.be",
               subject="Informatie van Amazon.com.be", order=o,
               title="Je bestelling werd geannuleerd", greet="Beste klant,",
               body=["Met dit bericht laten we je weten dat we je bestelling %s hebben geannuleerd." % o],
               items_heading="Betrokken artikelen",
               items=[("Brabantia Bo Touch Bin afvalemmer 2 x 30 l, Matt Black", 1, "€ 199,00")],
               after=["Het bedrag van de bestelling wordt niet van je rekening gehaald. Heb je met een cadeaubon betaald, dan wordt het saldo teruggezet."],
               sign=["Vriendelijke groeten,", "Amazon.com.be"], layout="minimal", fmt="alt",
               charset="iso-8859-1", cte="quoted-printable", auth_ok=True))

    o = onum("402")
    add(notice(lang="nl", mp=NL, cause="unknown", states_reason=True, note="address undeliverable (other reason)",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="stijn.vandenberg@gmail.com",
               subject="Je bestelling %s is geannuleerd en terugbetaald" % o, order=o,
               title="Bestelling geannuleerd", greet="Beste Stijn,",
               body=["Onze bezorgpartner kon het afleveradres dat je hebt opgegeven niet vinden: de combinatie van postcode en huisnummer bestaat niet volgens de adresgegevens van PostNL. Het pakket is daarom naar ons teruggestuurd.",
                     "We hebben de bestelling geannuleerd en je betaling teruggestort."],
               items_heading="Geannuleerde artikelen",
               items=[("Garmin Edge 540 fietscomputer", 1, "€ 299,99", AEU)],
               after=["Terugbetaling: € 299,99 op je oorspronkelijke betaalmethode. Afhankelijk van je bank zie je het bedrag binnen 3 tot 5 werkdagen terug.",
                      "Controleer je adressen in Je account > Je adressen voordat je opnieuw bestelt."],
               sign=["Met vriendelijke groet,", "Amazon.nl"], layout="classic", fmt="html"))

    o = onum("403")
    add(notice(lang="nl", mp=NL, cause="unknown", states_reason=True, note="item cannot be shipped to Bonaire (other reason)",
               sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="yara.martina@gmail.com",
               subject="Annulering van je Amazon.nl-bestelling %s" % o, order=o,
               title="Bestelling geannuleerd", greet="Hoi Yara,",
               body=["Omdat het onderstaande artikel niet naar je afleveradres op Bonaire verzonden mag worden, hebben we je bestelling geannuleerd. Vanwege de vervoersregels voor lithium-ionaccu's bezorgen we dit product alleen in Europees Nederland."],
               items_heading="Geannuleerde artikelen",
               items=[("Makita DC18RC snellader + 2 x BL1850B accu 18 V 5,0 Ah", 1, "€ 159,00", AEU)],
               after=["Je betaalt niets voor deze bestelling.",
                      "Artikelen zonder accu's kunnen we in veel gevallen wel naar Caribisch Nederland verzenden. Op de productpagina zie je of een artikel naar jouw adres kan worden geleverd."],
               sign=["Groeten,", "Amazon.nl"], fmt="text", text_style=2, cte="8bit", auth_ok=True))


def nn(**kw):
    s = notice(**kw)
    s["kind"] = "non_notice"
    s.setdefault("cause", None)
    s.setdefault("states_reason", False)
    return s


def raw(**kw):
    s = dict(raw=True, charset="utf-8", cte="quoted-printable")
    s.update(kw)
    s.setdefault("date", rdate())
    s.setdefault("states_reason", False)
    return s


def generic_msgid(domain):
    return "<%s.%s@%s>" % (rnd_hex(16), R.randint(100000, 999999), domain)


def phish_trace(host, ip, rcpt):
    return [("Received", "from %s (%s [%s])\n\tby mx.google.com with ESMTP id %s\n\tfor <%s>;" % (host, host, ip, rnd_alnum(20, False), rcpt))]


def phish_auth(domain, dkim="pass", spf="pass", dmarc="none"):
    return ("mx.google.com;\n\tdkim=%s header.i=@%s header.s=default header.b=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
            % (dkim, domain, rnd_alnum(8, False), spf, domain, dmarc, domain))


def phish_html(lang, heading, paras, button=None, foot=None):
    ps = "\n".join('<p style="font-size:14px;line-height:20px;margin:0 0 12px 0">%s</p>' % p for p in paras)
    b = ""
    if button:
        b = ('<p style="text-align:center;margin:22px 0"><a href="%s" style="background:#FF9900;color:#111;padding:12px 26px;border-radius:4px;'
             'text-decoration:none;font-weight:bold;font-size:15px">%s</a></p>' % (button[0], button[1]))
    f = ('<p style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px">%s</p>' % foot) if foot else ""
    return """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#111;background:#f3f3f3;margin:0;padding:20px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://i.imgur.com/%s.png" alt="amazon" height="30"></td></tr>
<tr><td style="padding:24px 28px">
<h2 style="font-size:20px;font-weight:normal;margin:0 0 16px 0">%s</h2>
%s
%s
%s
</td></tr></table>
</body></html>
""" % (rnd_alnum(7), heading, ps, b, f)


# ---------------- Dutch non-notices and look-alikes ----------------
def dutch_other():
    NL, BE = "amazon.nl", "amazon.com.be"
    AEU = "Amazon EU S.à r.l."

    o = onum("403")
    add(nn(lang="nl", mp=NL, note="shipping confirmation; footer mentions 14-day cancellation right",
           sender=("Amazon.nl", "shipment-tracking@amazon.nl"), to_addr="fleur.smits@gmail.com",
           subject="Verzonden: je Amazon.nl-bestelling #%s met 'JBL Flip 6 draagbare...'" % o, order=o,
           headline="Je pakket is onderweg!", title="Verzendbevestiging", greet="Hallo Fleur,",
           body=["Goed nieuws: je bestelling is verzonden en kan niet meer worden gewijzigd.",
                 "Verwachte bezorging: **donderdag 17 april**", "Bezorger: PostNL – track & trace 3SAMZ%s" % R.randint(10000000, 99999999)],
           items_heading="Verzonden artikelen",
           items=[("JBL Flip 6 draagbare bluetooth-speaker, blauw", 1, "€ 99,00", AEU)], total="€ 99,00",
           after=["Je kunt je aankoop binnen 14 dagen na ontvangst zonder opgave van redenen herroepen of annuleren. Meer informatie over retourneren en je herroepingsrecht vind je in ons Retourcentrum.",
                  "Betaald met iDEAL: € 99,00"],
           button="Pakket volgen", sign=["Amazon.nl"], layout="card", fmt="alt", auth_ok=True))

    o = onum("402")
    add(nn(lang="nl", mp=NL, note="delivery appointment cancelled; order stays active",
           sender=("Amazon.nl", "order-update@amazon.nl"), to_addr="sven.dejong@kpnmail.nl",
           subject="Je bezorgafspraak voor bestelling %s is geannuleerd" % o, order=o,
           title="Nieuwe bezorgafspraak nodig", greet="Beste Sven,",
           body=["Je afspraak voor de bezorging en installatie op vrijdag 6 juni tussen 08:00 en 12:00 uur is geannuleerd, omdat onze bezorgpartner op die dag geen bezorgers beschikbaar heeft in jouw regio.",
                 "Je bestelling zelf blijft gewoon staan en wordt niet geannuleerd. Kies via de link hieronder een nieuw tijdvak dat je uitkomt."],
           items_heading="Artikel",
           items=[("Bosch WGG244A9NL Serie 6 wasmachine, 9 kg, 1400 tpm", 1, "€ 649,00", AEU)],
           links=[("Nieuwe afspraak kiezen", "https://www.amazon.nl/gp/your-account/appointments?orderID=%s" % o)],
           after=["Excuses voor het ongemak. Kies je binnen 7 dagen geen nieuwe afspraak, dan nemen we telefonisch contact met je op."],
           sign=["Met vriendelijke groet,", "Amazon.nl"], fmt="text", text_style=1))

    add(nn(lang="nl", mp=NL, note="Prime membership cancelled",
           sender=("Amazon Prime", "digital-no-reply@amazon.nl"), to_addr="lieke.kuipers@hotmail.com",
           subject="Je Prime-lidmaatschap is opgezegd",
           headline="Je lidmaatschap is opgezegd", title="Amazon Prime", greet="Hallo Lieke,",
           body=["We hebben je verzoek om je Prime-lidmaatschap op te zeggen verwerkt. Je kunt de voordelen van Prime nog gebruiken tot en met **22 augustus 2025**; daarna wordt je lidmaatschap niet meer verlengd en betaal je geen € 4,99 per maand meer.",
                 "Openstaande bestellingen worden gewoon geleverd. Je Prime Video-watchlist blijft bewaard voor als je terugkomt."],
           items=[], button="Toch lid blijven",
           after=["Opgezegd per ongeluk? Je kunt je lidmaatschap tot 22 augustus met één klik hervatten."],
           sign=["Het Prime-team"], layout="card", fmt="html", cte="base64", auth_ok=True))

    bol = "%d" % R.randint(4900000000, 4999999999)
    add(raw(kind="non_notice", lang="nl", cause=None, marketplace=None, note="other retailer (bol.com) order cancellation",
            **{"from": addr("bol", "no-reply@info.bol.com"), "to": "bram.visser@kpnmail.nl",
               "subject": "Je bestelling %s is geannuleerd" % bol, "msgid": generic_msgid("info.bol.com"),
               "auth": phish_auth("info.bol.com", dmarc="pass"),
               "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f6f6f6;margin:0">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#0000a4;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">bol</td></tr>
<tr><td style="padding:24px">
<p>Hoi Bram,</p>
<p>Helaas kan de partner bij wie je bestelde het artikel niet meer leveren. Daarom is je bestelling <b>%s</b> geannuleerd.</p>
<table style="border-top:1px solid #ddd;width:100%%;margin:14px 0"><tr><td style="padding:10px 0">Philips Airfryer XXL HD9650/90<br><span style="color:#666">Verkoper: KeukenPlaza</span></td><td align="right">&euro; 189,-</td></tr></table>
<p>Je krijgt het bedrag van &euro; 189,- binnen 2 werkdagen teruggestort op je rekening. Betaalde je achteraf, dan vervalt de betaalopdracht.</p>
<p>Groetjes,<br>de klantenservice van bol</p>
<p style="font-size:11px;color:#888">bol, Papendorpseweg 100, 3528 BJ Utrecht. Let op: bol vraagt je nooit om via een link je inloggegevens of bankgegevens in te vullen.</p>
</td></tr></table></body></html>
""" % bol, "charset": "utf-8", "cte": "quoted-printable"}))

    o = onum("403")
    add(raw(kind="non_notice", lang="nl", cause=None, marketplace=None, note="friend says he cancelled his Amazon order",
            **{"from": addr("Joost Vermeulen", "joost.vermeulen@kpnmail.nl"), "to": addr("Fleur Smits", "fleur.smits@gmail.com"),
               "subject": "Re: dat statief voor zaterdag", "msgid": generic_msgid("kpnmail.nl"),
               "extra": [("In-Reply-To", generic_msgid("mail.gmail.com")), ("User-Agent", "Mozilla Thunderbird")],
               "text": """Hoi Fleur,

Kleine update: ik heb mijn Amazon-bestelling geannuleerd (%s, dat Manfrotto-statief). Die zou pas over drie weken komen en bij Coolblue kan ik hem morgen gewoon ophalen. Annuleren ging trouwens supersnel via de app, binnen een minuut had ik al de bevestiging dat het geannuleerd was en dat er niks werd afgeschreven.

Dus zaterdag neem ik het nieuwe statief mee, jij de lampen?

Groetjes,
Joost

Op di 8 apr 2025 om 21:14 schreef Fleur Smits <fleur.smits@gmail.com>:
> Heb jij dat statief al binnen? Anders leen ik die van mijn broer.
""" % o, "charset": "iso-8859-1", "cte": "quoted-printable"}))

    # ---------------- look-alikes ----------------
    add(raw(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
            note="look-alike domain, callback phone number",
            **{"from": addr("Amazon.nl", "no-reply@amazon-nl-bestelling.com"), "to": "daan.vanleeuwen@hetnet.nl",
               "subject": "Uw bestelling #403-7719240-5531806 is geannuleerd - betaling mislukt",
               "msgid": generic_msgid("amazon-nl-bestelling.com"),
               "auth": phish_auth("amazon-nl-bestelling.com"),
               "trace": phish_trace("mail.amazon-nl-bestelling.com", "185.212.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "daan.vanleeuwen@hetnet.nl"),
               "text": """Geachte klant,

Uw bestelling #403-7719240-5531806 is geannuleerd omdat uw betaling niet kon worden verwerkt.

Artikel: Apple iPhone 16 Pro 256GB - Woestijntitanium
Bedrag: EUR 1.329,00

Door een fout in onze betaalomgeving is het bedrag mogelijk toch gereserveerd op uw rekening. Om een dubbele afschrijving te voorkomen moet u BINNEN 24 UUR contact opnemen met onze afdeling Betalingen:

   Tel: 085 208 41 93 (ma-zo, 24/7 bereikbaar)

Houd uw bankpas en bestelnummer bij de hand. Onze medewerker helpt u de transactie te annuleren.

Met vriendelijke groet,
Amazon.nl Klantenservice
""", "charset": "utf-8", "cte": "8bit"}))

    add(raw(kind="lookalike", lang="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
            note="homoglyph display name (Cyrillic), free-mail sender, 'use this code'",
            **{"from": addr("\u0410m\u0430zon.nl Beveiliging", "klantenservice.amazon.nl@gmail.com"), "to": "marieke.vos@planet.nl",
               "subject": "Account opgeschort – bestelling geannuleerd", "msgid": generic_msgid("mail.gmail.com"),
               "auth": "mx.google.com;\n\tdkim=pass header.i=@gmail.com header.s=20230601 header.b=%s;\n\tspf=pass smtp.mailfrom=klantenservice.amazon.nl@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % rnd_alnum(8, False),
               "text": """Beste klant,

Wegens verdachte activiteiten is uw Amazon account opgeschort en is uw laatste bestelling automatisch geannuleerd.

Om uw account te herstellen en de bestelling opnieuw te activeren gebruikt u de volgende herstelcode:

    HERSTELCODE: NL-58213-AZ

Vul deze code in op http://amazon-herstel.nl-account.info/verify samen met uw inloggegevens en de gegevens van uw betaalkaart. Doet u dit niet binnen 48 uur, dan wordt uw account definitief gesloten.

Amazon Beveiligingsteam
""", "charset": "utf-8", "cte": "quoted-printable"}))

    add(raw(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
            note="link text shows amazon.nl, href elsewhere; malformed order number",
            **{"from": addr("Amazon Klantenservice", "service@amazon.nl-orders.support"), "to": "noor.bakker@outlook.com",
               "subject": "Uw bestelling is geannuleerd: bevestig uw kaartgegevens",
               "msgid": generic_msgid("amazon.nl-orders.support"),
               "auth": phish_auth("amazon.nl-orders.support", dkim="none", spf="softfail"),
               "html": phish_html("nl", "Uw bestelling is geannuleerd",
                                  ["Beste klant,",
                                   "Uw bestelling <b>#403-281736-45509</b> is geannuleerd omdat de vervaldatum van uw betaalkaart niet kon worden geverifieerd.",
                                   "Om de annulering ongedaan te maken en uw artikel (Dyson Airwrap Multi-styler Complete) alsnog te ontvangen, bevestigt u uw kaartgegevens via onze beveiligde pagina:",
                                   '<a href="http://nl-amazn-verificatie.top/login?id=%s">https://www.amazon.nl/mijn-account/betalingen</a>' % rnd_alnum(10, False),
                                   "Na bevestiging wordt uw bestelling binnen 1 werkdag verzonden."],
                                  button=('http://nl-amazn-verificatie.top/login?id=%s' % rnd_alnum(10, False), 'Kaartgegevens bevestigen'),
                                  foot="© 2025 Amazon.nl. Alle rechten voorbehouden."),
               "charset": "utf-8", "cte": "base64"}))

    add(raw(kind="lookalike", lang="nl", cause="technical_issue", states_reason=True, marketplace=None,
            note="free-mail sender, asks to reply with card details",
            **{"from": addr("Amazon.nl Support", "amazon.support.nl@outlook.com"), "to": "jeroen.kok@ziggo.nl",
               "subject": "Annulering bestelling 402-5518230-0917342",
               "msgid": "<AM0PR0%dMB%d%s@AM0PR0%dMB%d.eurprd0%d.prod.outlook.com>" % (R.randint(1, 9), R.randint(1000, 9999), rnd_alnum(6), R.randint(1, 9), R.randint(1000, 9999), R.randint(1, 9)),
               "text": """Geachte heer/mevrouw,

Door een systeemfout in ons bestelsysteem is uw bestelling 402-5518230-0917342 (Samsung 55" QLED tv) geannuleerd. Het bedrag van EUR 749,00 is al van uw rekening afgeschreven en moet aan u worden terugbetaald.

Om de terugbetaling te kunnen verwerken hebben wij de volgende gegevens nodig. Beantwoord deze e-mail met:

- volledige naam
- kaartnummer (16 cijfers)
- vervaldatum
- CVC-code (3 cijfers achterop)

Zonder deze gegevens kunnen wij de terugbetaling helaas niet uitvoeren.

Met vriendelijke groet,
Afdeling Terugbetalingen
Amazon.nl
""", "charset": "iso-8859-1", "cte": "quoted-printable"}))

    add(raw(kind="lookalike", lang="nl", cause="unknown", states_reason=False, marketplace=None,
            note="digit-swap domain, no order number, refund-claim link",
            **{"from": addr("Amazon.com.be Terugbetaling", "refunds@amaz0n-be.com"), "to": "tuur.desmet@telenet.be",
               "subject": "Uw bestelling werd geannuleerd - terugbetaling in behandeling",
               "msgid": generic_msgid("amaz0n-be.com"),
               "trace": phish_trace("vps-%d.hostinger.io" % R.randint(1000, 9999), "89.116.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "tuur.desmet@telenet.be"),
               "html": phish_html("nl", "Uw bestelling werd geannuleerd",
                                  ["Beste klant,",
                                   "Uw recente bestelling werd geannuleerd. U heeft recht op een terugbetaling van <b>&euro; 127,45</b>.",
                                   "Klik op de knop hieronder om uw terugbetaling te claimen. Deze link is 24 uur geldig."],
                                  button=('https://amaz0n-be.com/refund/claim?c=%s' % rnd_alnum(12, False), 'Terugbetaling claimen'),
                                  foot="Amazon.com.be &middot; Dit is een automatisch bericht."),
               "charset": "utf-8", "cte": "quoted-printable"}))


# ============================================================================
# BRAZILIAN PORTUGUESE (amazon.com.br)
# ============================================================================
def portuguese():
    BR = "amazon.com.br"
    ABR = "Amazon.com.br"

    # ---------------- inventory_shortage ----------------
    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="inventory_shortage", states_reason=True, note="out of stock, no restock forecast",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="juliana.ferreira@gmail.com", to_name="Juliana Ferreira",
               subject="Seu pedido Amazon.com.br nº %s foi cancelado" % o, order=o,
               headline="Seu pedido foi cancelado", greet="Olá, Juliana,",
               body=["Infelizmente, o produto abaixo esgotou e o fabricante não tem previsão de reposição. Por isso, precisamos cancelar o seu pedido."],
               items_heading="Itens cancelados",
               items=[("Fritadeira Elétrica Air Fryer Mondial Family AFN-40-BI, 4 L, Preta, 127 V", 1, "R$ 349,90", ABR)],
               after=["Nenhum valor foi cobrado no seu cartão. Se aparecer uma pré-autorização na fatura, ela será liberada automaticamente pelo banco em até 7 dias úteis.",
                      "Pedimos desculpas pelo transtorno."],
               sign=["Atenciosamente,", "Amazon.com.br"], layout="card", fmt="alt", auth_ok=True))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="inventory_shortage", states_reason=True, note="marketplace seller out of stock",
               sender=("Amazon.com.br Marketplace", "marketplace-messages@amazon.com.br"), to_addr="rafael.souza@uol.com.br",
               subject="O vendedor cancelou seu pedido %s" % o, order=o,
               title="Pedido cancelado pelo vendedor", greet="Prezado(a) Rafael,",
               body=["O vendedor Eletro Mega Store cancelou o pedido %s porque não conseguiu atender à compra: o produto acabou no estoque dele antes do envio." % o,
                     "Mensagem do vendedor: \"Olá! Infelizmente a última unidade foi vendida em outro canal minutos antes da sua compra. Sentimos muito.\""],
               items_heading="Item cancelado",
               items=[("Ventilador de Coluna Arno Turbo Silêncio Maxx 40 cm, 127 V", 1, "R$ 279,90", "Eletro Mega Store")],
               after=["Como o pedido não foi enviado, não haverá cobrança. Se você pagou com Pix ou boleto, o valor será devolvido em até 5 dias úteis.",
                      "Dúvidas? Fale com o vendedor em Seus pedidos > Entrar em contato com o vendedor."],
               sign=["Atenciosamente,", "Equipe Amazon.com.br"], fmt="text", text_style=2,
               charset="iso-8859-1", cte="quoted-printable", no_reply_to=True))

    o = onum_br("703")
    add(notice(lang="pt", mp=BR, cause="inventory_shortage", states_reason=True, note="pre-order allocation not received",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="thiago.lima@hotmail.com",
               subject="Atualização sobre sua pré-venda na Amazon.com.br", order=o,
               title="Pré-venda cancelada", greet="Olá, Thiago,",
               body=["Escrevemos para avisar que não vamos conseguir entregar o item da sua pré-venda. A distribuidora nos informou que a edição de colecionador teve tiragem reduzida e que a cota reservada para a Amazon não será enviada.",
                     "Com isso, a sua pré-venda foi cancelada."],
               items_heading="Pré-venda cancelada",
               items=[("EA SPORTS FC 26 – Edição Ultimate – PlayStation 5 (pré-venda)", 1, "R$ 459,90", ABR)],
               after=["Como a cobrança de pré-vendas só acontece no momento do envio, nada foi cobrado.",
                      "A edição padrão do jogo continua disponível em pré-venda no site."],
               sign=["Obrigado por comprar na Amazon.com.br"], layout="classic", fmt="html", cte="base64", auth_ok=True))

    # thread: delayed item -> cancellation without reason
    o = onum_br("703")
    d0 = rdate()
    first = dict(kind="non_notice", cause=None, states_reason=False, note="thread",
                 lang="pt", mp=BR, sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="larissa.campos@gmail.com",
                 subject="Seu pedido %s está atrasado" % o, order=o,
                 title="Atraso na entrega", headline="Seu pedido vai atrasar", greet="Olá, Larissa,",
                 body=["Estamos com dificuldade para obter o item abaixo junto ao nosso fornecedor e, por isso, a data de entrega prevista não será cumprida.",
                       "Continuamos tentando conseguir o produto. Se não for possível até %s, avisaremos você por e-mail." % later(d0, 6).strftime("%d/%m")],
                 items_heading="Item atrasado",
                 items=[("Cadeira Gamer ThunderX3 TGC12 EVO, Preta/Vermelha", 1, "R$ 899,90", ABR)],
                 after=["Você não precisa fazer nada por enquanto. Se preferir, pode cancelar o item em Seus pedidos sem nenhum custo."],
                 sign=["Atenciosamente,", "Amazon.com.br"], layout="card", fmt="alt", charset="utf-8", cte="quoted-printable",
                 footer=2, date=d0)
    second = notice(lang="pt", mp=BR, cause="inventory_shortage", states_reason=False, note="thread: cause from earlier mail",
                    sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="larissa.campos@gmail.com",
                    subject="Seu pedido %s foi cancelado" % o, order=o,
                    title="Cancelamento", greet="Olá, Larissa,",
                    body=["Seu pedido %s foi cancelado." % o],
                    items_heading="Itens cancelados",
                    items=[("Cadeira Gamer ThunderX3 TGC12 EVO, Preta/Vermelha", 1, "R$ 899,90", ABR)],
                    after=["Não houve cobrança referente a este pedido."],
                    sign=["Amazon.com.br"], fmt="text", text_style=1, date=later(d0, 7), auth_ok=True)
    add(first, second)

    # ---------------- payment_issue ----------------
    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="payment_issue", states_reason=True, note="credit card declined by issuer",
               sender=("Amazon.com.br", "payments-messages@amazon.com.br"), to_addr="camila.rocha@gmail.com",
               subject="Pedido %s cancelado" % o, order=o,
               headline="Seu pedido foi cancelado", greet="Olá, Camila,",
               body=["A administradora do seu cartão de crédito não autorizou a cobrança da compra abaixo e, por isso, o pedido foi cancelado.",
                     "Cartão utilizado: Visa terminado em 3382"],
               items_heading="Itens do pedido",
               items=[("Smartphone Samsung Galaxy A55 5G 256 GB, 8 GB RAM, Azul Escuro", 1, "R$ 2.099,00", ABR),
                      ("Capa de silicone para Galaxy A55, Preta", 1, "R$ 39,90", "Case Mania BR")],
               total="R$ 2.138,90",
               after=["Nenhuma cobrança foi feita.",
                      "Se quiser, faça um novo pedido com outra forma de pagamento ou procure o banco emissor para saber por que a transação foi recusada."],
               sign=["Amazon.com.br"], layout="card", fmt="alt", auth_ok=True))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="payment_issue", states_reason=True, note="boleto not paid by due date",
               sender=("Amazon.com.br", "auto-confirm@amazon.com.br"), to_addr="bruno.almeida@terra.com.br",
               subject="Seu pedido %s foi cancelado" % o, order=o,
               title="Pedido cancelado", greet="Olá, Bruno,",
               body=["Não identificamos o pagamento do boleto bancário referente ao pedido %s até a data de vencimento (10/04). Por esse motivo, o pedido foi cancelado automaticamente." % o],
               items_heading="Itens cancelados",
               items=[("Jogo de Panelas Tramontina Paris 7 peças, Alumínio com revestimento antiaderente", 1, "R$ 399,00", ABR)],
               after=["Se você pagou o boleto depois do vencimento, o valor será reembolsado em até 10 dias úteis na conta bancária cadastrada.",
                      "Ainda quer os produtos? Basta fazer um novo pedido em www.amazon.com.br."],
               sign=["Atenciosamente,", "Amazon.com.br"], fmt="text", text_style=1,
               charset="iso-8859-1", cte="quoted-printable",
               date=dt.datetime(2025, 4, 11, 9, 12, 40, tzinfo=UTC)))

    o = onum_br("114")
    add(notice(lang="pt", mp=BR, cause="payment_issue", states_reason=True, note="gift card balance insufficient, labelled 'Motivo' line",
               sender=("Amazon.com.br", "payments-messages@amazon.com.br"), to_addr="lucas.martins@bol.com.br",
               subject="Cancelamento do pedido %s" % o, order=o,
               title="Cancelamento do pedido", greet="Oi, Lucas,",
               body=["Motivo do cancelamento: o saldo do seu vale-presente não cobria o valor total do pedido e não havia outra forma de pagamento cadastrada para a diferença.",
                     "Pedido cancelado em 22/08/2025."],
               items_heading="Itens",
               items=[("Kindle 16 GB – tela antirreflexo de 6\", Preto", 1, "R$ 549,00"),
                      ("Capa oficial para Kindle, Tecido, Azul", 1, "R$ 129,00")],
               after=["O saldo do vale-presente que havia sido reservado para esta compra (R$ 150,00) já voltou para a sua conta."],
               sign=["Equipe Amazon.com.br"], layout="minimal", fmt="html", cte="8bit",
               date=dt.datetime(2025, 8, 22, 14, 20, 5, tzinfo=UTC)))

    o = onum_br("703")
    add(notice(lang="pt", mp=BR, cause="payment_issue", states_reason=True, note="payment revision (expired card) not done within 7 days",
               sender=("Amazon.com.br", "payments-messages@amazon.com.br"), to_addr="mariana.costa@yahoo.com.br",
               subject="Informação da Amazon.com.br sobre o pedido %s" % o, order=o,
               title="Cancelamento de pedido", greet="Prezada Mariana,",
               body=["Há alguns dias pedimos que você revisasse a forma de pagamento do pedido %s, pois o cartão Mastercard terminado em 7710 está vencido." % o,
                     "Como a revisão não foi feita dentro do prazo de 7 dias, tivemos que cancelar o pedido."],
               items_heading="Itens cancelados",
               items=[("Cafeteira Nespresso Essenza Mini, Branca, 127 V", 1, "R$ 499,00", ABR)],
               after=["Não houve cobrança. Para que isso não aconteça de novo, atualize a validade do cartão em Sua conta > Suas formas de pagamento."],
               sign=["Atenciosamente,", "Amazon.com.br"], layout="classic", fmt="alt", auth_ok=True))

    # ---------------- technical_issue ----------------
    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="technical_issue", states_reason=True, note="pricing error in system",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="gustavo.ribeiro@gmail.com",
               subject="Sobre o seu pedido %s" % o, order=o,
               headline="Cancelamos seu pedido", greet="Olá, Gustavo,",
               body=["Um erro no nosso sistema de precificação fez com que o Mouse Logitech MX Master 3S aparecesse por R$ 64,90, quando o preço correto é R$ 649,00. Por se tratar de um preço claramente incorreto, cancelamos os pedidos feitos com esse valor, incluindo o seu."],
               items_heading="Item cancelado",
               items=[("Mouse sem fio Logitech MX Master 3S, Grafite", 1, "R$ 64,90", ABR)],
               after=["O valor não foi cobrado e, se houve pré-autorização no cartão, ela será desfeita automaticamente.",
                      "Lamentamos o ocorrido e agradecemos a compreensão."],
               sign=["Amazon.com.br"], layout="card", fmt="html", auth_ok=True))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="technical_issue", states_reason=True, note="processing glitch, duplicated orders",
               sender=("Amazon.com.br", "auto-confirm@amazon.com.br"), to_addr="aline.barbosa@outlook.com",
               subject="Problema no processamento do pedido %s" % o, order=o,
               title="Aviso sobre o seu pedido", greet="Olá, Aline,",
               body=["Estamos cancelando o seu pedido %s por causa de uma falha técnica no processamento. Durante uma instabilidade nos nossos servidores, alguns pedidos foram registrados em duplicidade e sem o endereço completo, e o seu foi um deles." % o],
               items_heading="Itens",
               items=[("Garrafa Térmica Stanley Classic 1 L, Verde", 1, "R$ 299,00"),
                      ("Tênis Olympikus Corre 3, Masculino, Preto, 41", 1, "R$ 399,99")],
               after=["Não se preocupe: nada foi cobrado e você pode refazer a compra normalmente.",
                      "Como pedido de desculpas, creditamos R$ 20,00 na sua conta para usar na próxima compra."],
               sign=["Desculpe o transtorno,", "Amazon.com.br"], fmt="text", text_style=2, cte="base64"))

    o = onum_br("171")
    add(notice(lang="pt", mp=BR, cause="technical_issue", states_reason=True, note="listing error; explicitly not card/account related",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="diego.santos@gmail.com",
               subject="Seu pedido Amazon.com.br %s foi cancelado" % o, order=o,
               title="Pedido cancelado", greet="Olá, Diego,",
               body=["Queremos deixar claro que o cancelamento não tem relação com o seu cartão nem com a sua conta. O anúncio do produto que você comprou tinha um erro de cadastro: a página informava voltagem 220 V, mas o item em estoque é 127 V.",
                     "Para que você não receba um produto diferente do anunciado, a Amazon decidiu cancelar o pedido."],
               items_heading="Item cancelado",
               items=[("Panela de Pressão Elétrica Electrolux 6 L, Inox, 220 V", 1, "R$ 429,90", ABR)],
               after=["Nada foi cobrado.", "O anúncio já foi corrigido e o produto pode ser comprado novamente na voltagem desejada."],
               sign=["Atenciosamente,", "Amazon.com.br"], layout="classic", fmt="alt",
               charset="iso-8859-1", cte="quoted-printable"))

    # ---------------- fraud_prevention ----------------
    o = onum_br("114")
    d0 = rdate()
    first = dict(kind="non_notice", cause=None, states_reason=False, note="thread",
                 lang="pt", mp=BR, sender=("Amazon.com.br", "account-update@amazon.com.br"), to_addr="vinicius.araujo@gmail.com",
                 subject="Sua conta Amazon.com.br está em espera", order=o,
                 title="Verificação de conta", greet="Olá, Vinícius,",
                 body=["Colocamos sua conta em espera até que possamos verificar algumas informações. Os pedidos em aberto, incluindo o %s, ficarão retidos até a conclusão da verificação." % o,
                       "Para continuar, acesse a sua conta digitando www.amazon.com.br diretamente no navegador e siga as instruções exibidas. O prazo é de 72 horas."],
                 items=[], after=["A Amazon nunca pede senha, código de verificação ou dados de cartão por e-mail ou telefone."],
                 sign=["Atenciosamente,", "Equipe de Segurança da Conta – Amazon.com.br"], fmt="text", text_style=2,
                 charset="iso-8859-1", cte="8bit", footer=0, date=d0, auth_ok=True)
    second = notice(lang="pt", mp=BR, cause="fraud_prevention", states_reason=False, note="thread: cause from earlier mail",
                    sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="vinicius.araujo@gmail.com",
                    subject="O pedido %s foi cancelado" % o, order=o,
                    headline="Pedido cancelado", greet="Olá, Vinícius,",
                    body=["Informamos o cancelamento do pedido %s." % o],
                    items_heading="Itens cancelados",
                    items=[("Notebook Lenovo IdeaPad 1 AMD Ryzen 5 7520U, 8 GB, 512 GB SSD, 15,6\"", 1, "R$ 2.899,00", ABR)],
                    after=["Nenhum valor foi cobrado."],
                    sign=["Amazon.com.br"], layout="card", fmt="html", date=later(d0, 4), auth_ok=True)
    add(first, second)

    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="fraud_prevention", states_reason=True, note="unusual account activity",
               sender=("Amazon.com.br", "no-reply@amazon.com.br"), to_addr="fernanda.oliveira@gmail.com",
               subject="Pedido %s cancelado para sua proteção" % o, order=o,
               title="Cancelamento preventivo", greet="Olá, Fernanda,",
               body=["Para proteger você, cancelamos o pedido abaixo. Notamos atividades incomuns na sua conta pouco antes da compra: o endereço de entrega foi alterado e um novo cartão foi cadastrado a partir de um dispositivo que não reconhecemos."],
               items_heading="Itens",
               items=[("Apple iPhone 15 (128 GB) – Preto", 1, "R$ 5.299,00", ABR)],
               after=["Se foi você mesma, tudo bem: confira seus dados em Sua conta > Login e segurança e faça o pedido de novo.",
                      "Recomendamos trocar sua senha. Nenhum valor foi cobrado."],
               sign=["Atenciosamente,", "Amazon.com.br"], fmt="text", text_style=1, auth_ok=True))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="fraud_prevention", states_reason=True, note="security review, identity verification not completed",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="renata.gomes@ig.com.br",
               subject="Seu pedido na Amazon.com.br foi cancelado", order=o,
               headline="Não foi possível concluir seu pedido", greet="Olá, Renata,",
               body=["Seu pedido foi selecionado para uma análise de segurança e, como não conseguimos concluir a verificação de identidade do titular da conta, a Amazon decidiu cancelá-lo."],
               items_heading="Itens cancelados",
               items=[("Console PlayStation 5 Slim Digital, 1 TB", 1, "R$ 3.399,00", ABR),
                      ("Cartão-presente PlayStation Store R$ 250", 2, "R$ 500,00", ABR)],
               total="R$ 3.899,00",
               after=["Essa análise faz parte dos procedimentos que usamos para evitar o uso indevido de contas e cartões. O cancelamento não gera cobrança."],
               sign=["Amazon.com.br"], layout="card", fmt="alt", charset="iso-8859-1", cte="base64"))

    # ---------------- customer_request ----------------
    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="customer_request", states_reason=True, note="successful cancellation requested by customer",
               sender=("Amazon.com.br", "auto-confirm@amazon.com.br"), to_addr="beatriz.carvalho@gmail.com",
               subject='Cancelamento bem-sucedido de "Echo Dot (5ª geração)" do seu pedido Amazon.com.br', order=o,
               title="Cancelamento confirmado", greet="Olá, Beatriz,",
               body=["Recebemos sua solicitação e cancelamos o item abaixo do pedido %s, conforme você pediu." % o],
               items_heading="Item cancelado",
               items=[("Echo Dot (5ª geração) | Smart speaker com Alexa | Cor Preta", 1, "R$ 379,05", ABR)],
               after=["Como o item ainda não havia sido enviado, não haverá cobrança.",
                      "Mudou de ideia? Você pode comprar o item novamente quando quiser."],
               sign=["Obrigado,", "Amazon.com.br"], layout="classic", fmt="alt", auth_ok=True))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="customer_request", states_reason=True, note="old-style 'Você cancelou', labelled Motivo line",
               sender=("Amazon.com.br", "auto-confirm@amazon.com.br"), to_addr="rodrigo.pereira@uol.com.br",
               subject="Amazon.com.br - Seu cancelamento (%s)" % o, order=o,
               title="Seu cancelamento", greet="Prezado Rodrigo,",
               body=["Você acabou de cancelar o pedido nº %s." % o, "Status: CANCELADO", "Motivo do cancelamento: Cancelado pelo cliente"],
               items_heading="Itens",
               items=[("Livro: Torto Arado – Itamar Vieira Junior (brochura)", 1, "R$ 44,90"),
                      ("Livro: Tudo é rio – Carla Madeira (brochura)", 1, "R$ 39,90")],
               after=["Se a compra foi paga com Pix, o estorno será feito na mesma conta em até 2 dias úteis."],
               sign=["Amazon.com.br"], fmt="text", text_style=1, charset="iso-8859-1", cte="8bit"))

    o = onum_br("703")
    add(notice(lang="pt", mp=BR, cause="customer_request", states_reason=True, note="CS agent cancelled as agreed in chat",
               sender=("Amazon.com.br", "cs-reply@amazon.com.br"), to_addr="patricia.nunes@gmail.com",
               subject="Seu contato com o Atendimento ao Cliente da Amazon.com.br", order=o,
               title="", greet="Olá, Patrícia,",
               body=["Obrigado por falar com a gente pelo chat hoje.",
                     "Conforme combinado, cancelei o seu pedido %s. Deu tudo certo, porque o pacote ainda não tinha sido separado no centro de distribuição." % o],
               items_heading="Item",
               items=[("Ventilador de Mesa Mondial NV-15-6P, 30 cm, 127 V", 1, "R$ 139,90")],
               after=["Em Seus pedidos, o status já aparece como Cancelado. O estorno no cartão pode levar até duas faturas para aparecer, dependendo do banco.",
                      "Sua opinião é importante: https://www.amazon.com.br/gp/help/survey?ref=cs_reply"],
               sign=["Um abraço,", "Henrique", "Atendimento Amazon.com.br"], fmt="text", text_style=0, footer=2, auth_ok=True, no_reply_to=True))

    # ---------------- unknown ----------------
    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="unknown", states_reason=False, note="no reason given",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="joao.henrique.silva@gmail.com",
               subject="Seu pedido %s foi cancelado" % o, order=o,
               headline="Seu pedido foi cancelado", greet="Olá, João,",
               body=["Informamos que o pedido abaixo foi cancelado."],
               items_heading="Itens",
               items=[("Fone de Ouvido JBL Tune 520BT, Bluetooth, Azul", 1, "R$ 249,00", ABR)],
               after=["Você não será cobrado por este pedido."],
               sign=["Amazon.com.br"], layout="card", fmt="alt", cte="base64", auth_ok=True))

    o = onum_br("703")
    add(notice(lang="pt", mp=BR, cause="unknown", states_reason=False, note="partial item cancellation, no reason",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="leticia.moreira@hotmail.com",
               subject="1 item foi cancelado do seu pedido Amazon.com.br %s" % o, order=o,
               title="Item cancelado", greet="Olá, Letícia,",
               body=["O item a seguir foi cancelado do seu pedido. Os demais itens seguem normalmente para entrega."],
               items_heading="Item cancelado",
               items=[("Max Titanium Top Whey 3W Mais Performance, Baunilha, 900 g", 1, "R$ 129,90")],
               after=["Você só será cobrado pelos itens enviados."],
               sign=["Atenciosamente,", "Amazon.com.br"], fmt="text", text_style=1))

    o = onum_br("114")
    add(notice(lang="pt", mp=BR, cause="unknown", states_reason=False, note="'Informação da Amazon' bulk style, no reason",
               sender=("Amazon.com.br", "no-reply@amazon.com.br"), to_addr="marcelo.teixeira@terra.com.br",
               subject="Informação da Amazon.com.br", order=o,
               title="Cancelamento de pedido", greet="Prezado cliente,",
               body=["Estamos escrevendo para informar que o seu pedido %s foi cancelado." % o],
               items_heading="Itens do pedido",
               items=[("Mochila Samsonite Guardit 2.0 para notebook 15,6\", Preta", 1, "R$ 689,00")],
               after=["Caso algum valor tenha sido cobrado, o reembolso será feito na forma de pagamento original."],
               sign=["Atenciosamente,", "Amazon.com.br"], layout="minimal", fmt="html",
               charset="iso-8859-1", cte="quoted-printable"))

    o = onum_br("702")
    add(notice(lang="pt", mp=BR, cause="unknown", states_reason=True, note="address not found by carrier, returned (other reason)",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="ana.paula.rezende@gmail.com",
               subject="Pedido %s cancelado e reembolsado" % o, order=o,
               title="Pedido cancelado", greet="Olá, Ana Paula,",
               body=["A transportadora não conseguiu localizar o endereço de entrega informado após três tentativas, e o pacote voltou para o nosso centro de distribuição.",
                     "Por isso, o pedido foi cancelado e o reembolso já foi emitido."],
               items_heading="Itens",
               items=[("Kit 3 Camisetas Básicas Hering Masculinas, Algodão, M", 1, "R$ 119,97", ABR)],
               after=["Reembolso: R$ 119,97 na forma de pagamento original. O prazo para aparecer depende da sua instituição financeira.",
                      "Antes de comprar novamente, confira o número, o complemento e o CEP em Sua conta > Seus endereços."],
               sign=["Atenciosamente,", "Amazon.com.br"], layout="classic", fmt="html", auth_ok=True))

    o = onum_br("701")
    add(notice(lang="pt", mp=BR, cause="unknown", states_reason=True, note="cannot ship lithium battery to Amazonas (other reason)",
               sender=("Amazon.com.br", "order-update@amazon.com.br"), to_addr="felipe.cardoso@gmail.com",
               subject="Não conseguimos enviar seu pedido %s" % o, order=o,
               title="Pedido cancelado", greet="Oi, Felipe,",
               body=["Por restrições ao transporte aéreo de baterias de lítio, este produto não pode ser enviado para o estado do Amazonas, onde fica o seu endereço de entrega. Por esse motivo, cancelamos o pedido."],
               items_heading="Item",
               items=[("Carregador Portátil Power Bank Anker 20000 mAh, USB-C 30 W", 1, "R$ 259,00", ABR)],
               after=["Nenhum valor será cobrado.",
                      "Na página de cada produto você pode conferir se ele é entregue no seu CEP antes de finalizar a compra."],
               sign=["Amazon.com.br"], fmt="text", text_style=2, cte="8bit"))


def portuguese_other():
    BR = "amazon.com.br"
    ABR = "Amazon.com.br"

    o = onum_br("702")
    add(nn(lang="pt", mp=BR, note="return received, refund confirmation",
           sender=("Amazon.com.br", "return@amazon.com.br"), to_addr="camila.rocha@gmail.com",
           subject="Reembolso confirmado: sua devolução do pedido %s" % o, order=o,
           headline="Seu reembolso foi processado", title="Confirmação de reembolso", greet="Olá, Camila,",
           body=["Recebemos o item que você devolveu e já processamos o seu reembolso.",
                 "Valor reembolsado: **R$ 189,90**, no cartão Visa terminado em 3382. O crédito pode aparecer em até duas faturas."],
           items_heading="Item devolvido",
           items=[("Tênis Olympikus Corre 3, Feminino, Rosa, 37", 1, "R$ 189,90", ABR)],
           after=["Lembre-se: se quiser trocar de tamanho, é só fazer um novo pedido."],
           sign=["Amazon.com.br"], layout="card", fmt="alt", auth_ok=True))

    add(nn(lang="pt", mp=BR, note="Kindle Unlimited subscription cancelled",
           sender=("Amazon.com.br", "digital-no-reply@amazon.com.br"), to_addr="rafael.souza@uol.com.br",
           subject="Sua assinatura do Kindle Unlimited foi cancelada",
           title="Kindle Unlimited", greet="Olá, Rafael,",
           body=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você continua tendo acesso aos títulos até 14 de setembro de 2025, data em que termina o período já pago.",
                 "Depois disso, os livros emprestados pelo Kindle Unlimited serão removidos dos seus dispositivos, mas suas anotações e marcadores ficam salvos.",
                 "Não haverá novas cobranças de R$ 24,90 por mês."],
           items=[], links=[("Reativar assinatura", "https://www.amazon.com.br/kindle-dbs/hz/subscribe/ku")],
           sign=["Equipe Kindle"], fmt="text", text_style=1, charset="iso-8859-1", cte="quoted-printable"))

    ml = "2000%d" % R.randint(100000000000, 999999999999)
    add(raw(kind="non_notice", lang="pt", cause=None, marketplace=None, note="other retailer (Mercado Livre) purchase cancelled",
            **{"from": addr("Mercado Livre", "info@e-mail.mercadolivre.com.br"), "to": "diego.santos@gmail.com",
               "subject": "Sua compra foi cancelada", "msgid": generic_msgid("e-mail.mercadolivre.com.br"),
               "auth": phish_auth("e-mail.mercadolivre.com.br", dmarc="pass"),
               "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#ededed;margin:0">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#fff159;padding:16px 24px;font-size:20px;font-weight:bold;color:#2d3277">mercado livre</td></tr>
<tr><td style="padding:24px">
<h2 style="font-weight:normal">Diego, sua compra foi cancelada</h2>
<p>O vendedor <b>INFOSHOP_SP</b> cancelou a venda porque não tinha o produto em estoque.</p>
<p style="background:#f5f5f5;padding:12px">Monitor Gamer LG UltraGear 24" 144Hz IPS<br><span style="color:#666">Compra #%s</span></p>
<p>Devolvemos o dinheiro para você: <b>R$ 899,00</b> já está disponível no seu saldo do Mercado Pago.</p>
<p><a href="https://www.mercadolivre.com.br/minhas-compras">Ir para Minhas compras</a></p>
<p style="font-size:11px;color:#999">O Mercado Livre nunca pede senhas ou dados do cartão por e-mail. Ebazar.com.br LTDA. CNPJ 03.007.331/0001-41 / Av. das Nações Unidas, 3.003, Bonfim, Osasco/SP - CEP 06233-903.</p>
</td></tr></table></body></html>
""" % ml, "charset": "utf-8", "cte": "base64"}))

    o = onum_br("703")
    add(nn(lang="pt", mp=BR, note="payment reminder: pay boleto or the order will be cancelled (nothing cancelled yet)",
           sender=("Amazon.com.br", "payments-messages@amazon.com.br"), to_addr="bruno.almeida@terra.com.br",
           subject="Lembrete: seu boleto do pedido %s vence amanhã" % o, order=o,
           title="Pagamento pendente", greet="Olá, Bruno,",
           body=["Ainda não identificamos o pagamento do boleto do seu pedido %s. O vencimento é amanhã, 12/06." % o,
                 "Se o pagamento não for confirmado até essa data, o pedido será cancelado automaticamente e os itens voltarão para o estoque.",
                 "Já pagou? Pode desconsiderar esta mensagem: a compensação do boleto leva até 3 dias úteis."],
           items_heading="Itens aguardando pagamento",
           items=[("Smart TV Samsung 50\" Crystal UHD 4K 50DU7700", 1, "R$ 2.349,00", ABR)],
           links=[("Imprimir boleto", "https://www.amazon.com.br/gp/css/summary/print.html?orderID=%s" % o)],
           sign=["Atenciosamente,", "Amazon.com.br"], fmt="text", text_style=2, cte="quoted-printable", auth_ok=True))

    add(raw(kind="non_notice", lang="pt", cause=None, marketplace=None, note="Amazon newsletter mentioning how to cancel orders",
            **{"from": addr("Amazon.com.br", "store-news@amazon.com.br"), "to": "leticia.moreira@hotmail.com",
               "subject": "Novidades da semana: ofertas de Casa e Cozinha + cancele pedidos em dois toques",
               "msgid": ses_msgid("sa-east-1"), "auth": auth_results("amazon.com.br"),
               "extra": [("List-Unsubscribe", "<https://www.amazon.com.br/gp/gss/o/unsubscribe?token=%s>" % rnd_alnum(24)),
                         ("X-AMAZON-MAIL-RELAY-TYPE", "marketing")],
               "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:14px"><img src="https://m.media-amazon.com/images/G/32/gno/sprites/nav-sprite-global-1x-hm-dsk-reorg._CB405937547_.png" alt="Amazon.com.br" height="30"></td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Semana da Casa: até 40%% off</h1>
<p>Air fryers, cafeteiras, jogos de panelas e muito mais com frete GRÁTIS para membros Prime.</p>
<p><a href="%s">Ver ofertas</a></p>
<h2 style="font-size:18px;margin-top:24px">Novidade no app</h2>
<p>Agora ficou mais fácil cancelar um pedido: em <i>Seus pedidos</i>, toque no item e em <b>Cancelar itens</b>. Se o pedido ainda não foi enviado, o cancelamento é imediato e você não é cobrado. Também dá para acompanhar devoluções e reembolsos no mesmo lugar.</p>
<h2 style="font-size:18px;margin-top:24px">Dica de segurança</h2>
<p>Recebeu um e-mail dizendo que seu pedido foi cancelado e pedindo para ligar para um número ou informar dados do cartão? É golpe. Confira sempre em Seus pedidos.</p>
<p style="font-size:11px;color:#777;margin-top:30px">Você recebeu este e-mail porque se inscreveu nas novidades da Amazon.com.br. <a href="https://www.amazon.com.br/gp/gss/o/unsubscribe">Cancelar inscrição</a>. Amazon Serviços de Varejo do Brasil Ltda.</p>
</td></tr></table></body></html>
""" % trk("amazon.com.br", "https://www.amazon.com.br/casa"), "charset": "utf-8", "cte": "quoted-printable"}))

    # ---------------- look-alikes ----------------
    add(raw(kind="lookalike", lang="pt", cause="payment_issue", states_reason=True, marketplace=None,
            note="look-alike domain, callback phone numbers",
            **{"from": addr("Amazon Brasil", "pedidos@amazon-br-cancelamentos.com"), "to": "fernanda.oliveira@gmail.com",
               "subject": "Pedido nº 701-3391820-4471902 cancelado - falha no pagamento",
               "msgid": generic_msgid("amazon-br-cancelamentos.com"),
               "auth": phish_auth("amazon-br-cancelamentos.com"),
               "trace": phish_trace("smtp.amazon-br-cancelamentos.com", "45.88.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "fernanda.oliveira@gmail.com"),
               "text": """Prezado(a) cliente,

Seu pedido nº 701-3391820-4471902 foi CANCELADO devido a uma falha no pagamento.

Produto: Smart TV LG 65" OLED evo C4 4K
Valor: R$ 8.999,00 (10x sem juros)

Identificamos que a cobrança pode ter sido lançada em duplicidade no seu cartão. Para evitar o débito indevido, entre em contato IMEDIATAMENTE com a nossa central de estornos:

   0800 591 2287  ou  (11) 4003-9182
   Atendimento 24 horas

Tenha em mãos o cartão utilizado na compra.

Atenciosamente,
Central de Atendimento Amazon
""", "charset": "utf-8", "cte": "8bit"}))

    add(raw(kind="lookalike", lang="pt", cause="fraud_prevention", states_reason=True, marketplace=None,
            note="homoglyph display name (Cyrillic A), free-mail sender, unlock code",
            **{"from": addr("\u0410mazon.com.br Segurança", "amazon.conta.br@hotmail.com"), "to": "renata.gomes@ig.com.br",
               "subject": "Conta suspensa e pedido cancelado", "msgid": "<%s@%s.namprd%02d.prod.outlook.com>" % (rnd_alnum(30), rnd_alnum(10), R.randint(1, 20)),
               "text": """Olá,

Detectamos atividade suspeita na sua conta. Por segurança sua conta foi SUSPENSA e o seu último pedido foi cancelado.

Para reativar a conta e liberar o pedido utilize o código de desbloqueio abaixo:

    CÓDIGO: 7731-BR-X

Acesse http://amazon-desbloqueio.com.br-conta.site e informe o código, seu CPF e os dados do cartão cadastrado. O prazo para regularização é de 24 horas, depois disso a conta será excluída.

Equipe Amazon
""", "charset": "iso-8859-1", "cte": "quoted-printable"}))

    add(raw(kind="lookalike", lang="pt", cause="payment_issue", states_reason=True, marketplace=None,
            note="link text shows amazon.com.br, href elsewhere; malformed order number",
            **{"from": addr("Amazon.com.br", "atendimento@amazon.com.br.verificacao-conta.net"), "to": "gustavo.ribeiro@gmail.com",
               "subject": "Seu pedido foi cancelado: confirme os dados do cartão",
               "msgid": generic_msgid("verificacao-conta.net"),
               "auth": phish_auth("verificacao-conta.net", dkim="none", spf="softfail"),
               "html": phish_html("pt", "Seu pedido foi cancelado",
                                  ["Olá,",
                                   "O pedido <b>#702-44120-889</b> foi cancelado porque não conseguimos validar o cartão de crédito cadastrado.",
                                   "Para reativar o pedido (Apple Watch Series 10 GPS 46 mm) e evitar o bloqueio da sua conta, confirme os dados do cartão em:",
                                   '<a href="http://amzn-br.verificacao-conta.net/cartao?u=%s">https://www.amazon.com.br/minha-conta/pagamentos</a>' % rnd_alnum(10, False),
                                   "Após a confirmação, o envio será feito em até 24 horas."],
                                  button=("http://amzn-br.verificacao-conta.net/cartao?u=%s" % rnd_alnum(10, False), "Confirmar dados"),
                                  foot="© 2025 Amazon.com.br. Todos os direitos reservados."),
               "charset": "utf-8", "cte": "base64"}))

    add(raw(kind="lookalike", lang="pt", cause="inventory_shortage", states_reason=True, marketplace=None,
            note="free-mail sender, asks to reply with CPF/Pix/card data",
            **{"from": addr("Suporte Amazon", "suporte.amazonbr@gmail.com"), "to": "aline.barbosa@outlook.com",
               "subject": "Cancelamento do pedido 702-6620917-3385514",
               "msgid": "<CA+%s@mail.gmail.com>" % rnd_alnum(40),
               "auth": "mx.google.com;\n\tdkim=pass header.i=@gmail.com header.s=20230601 header.b=%s;\n\tspf=pass smtp.mailfrom=suporte.amazonbr@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % rnd_alnum(8, False),
               "text": """Prezada cliente,

Informamos que o seu pedido 702-6620917-3385514 foi cancelado por falta de estoque do produto.

Para receber o reembolso de R$ 1.249,00, responda este e-mail com:

- Nome completo
- CPF
- Chave Pix
- Número do cartão usado na compra, validade e código de segurança

O reembolso será feito em até 24 horas após o envio dos dados.

Atenciosamente,
Suporte Amazon Brasil
""", "charset": "utf-8", "cte": "quoted-printable"}))

    add(raw(kind="lookalike", lang="pt", cause="unknown", states_reason=False, marketplace=None,
            note="typo domain, no order number, refund button",
            **{"from": addr("Amazon Reembolsos", "reembolso@amazom-br.com"), "to": "marcelo.teixeira@terra.com.br",
               "subject": "Reembolso pendente - pedido cancelado",
               "msgid": generic_msgid("amazom-br.com"),
               "trace": phish_trace("vps%d.contaboserver.net" % R.randint(10000, 99999), "161.97.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "marcelo.teixeira@terra.com.br"),
               "html": phish_html("pt", "Seu pedido foi cancelado",
                                  ["Prezado cliente,",
                                   "Seu pedido recente foi cancelado e há um reembolso pendente de <b>R$ 346,80</b> em seu nome.",
                                   "Clique no botão abaixo para solicitar o reembolso via Pix. O link expira em 12 horas."],
                                  button=("https://amazom-br.com/reembolso/pix?t=%s" % rnd_alnum(12, False), "Solicitar reembolso"),
                                  foot="Amazon.com.br &middot; Mensagem automática, não responda."),
               "charset": "utf-8", "cte": "quoted-printable"}))


# ============================================================================
# main
# ============================================================================
def finalize(s):
    if s.get("raw"):
        out = dict(s)
        out.setdefault("trace", [])
        return out
    return amazon_mail(s)


def main():
    dutch()
    dutch_other()
    portuguese()
    portuguese_other()
    units = MAILS[:]
    R.shuffle(units)
    flat = [s for u in units for s in u]   # thread mails stay in order (earlier first)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, s in enumerate(flat):
        fname = "%s%03d.eml" % (PREFIX, START - 1000 + i) if False else "r%d.eml" % (START + i)
        b = finalize(s)
        data = build(b)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        kind = s["kind"]
        labels.append({"file": fname, "kind": kind, "language": s["lang"],
                       "cause": s.get("cause") if kind != "non_notice" else None,
                       "states_reason": bool(s.get("states_reason")) if kind != "non_notice" else False,
                       "marketplace": s.get("mp") if kind == "notice" else None,
                       "note": s.get("note", "")})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
