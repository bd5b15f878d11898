#!/usr/bin/env python3
"""Regenerate blind batch n1 (Dutch / Brazilian Portuguese / Polish).

Writes mail/n1001.eml ... and labels.json next to this script.
Everything is deterministic (fixed seed). Only the standard library is used.
"""
import base64
import html
import io
import json
import os
import quopri
import random
import re
import textwrap
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr, format_datetime
from email import policy as email_policy

SEED = 4411
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
FIRST_NO = 1001
PREFIX = "n1"

# --------------------------------------------------------------------------
# marketplaces
# --------------------------------------------------------------------------
MP = {
    "amazon.nl": dict(brand="Amazon.nl", lang="nl", cur="eur", ses="eu-west-1",
                      prefixes=["402", "403", "404", "405", "406", "407", "028", "171", "302", "303", "305"]),
    "amazon.com.be": dict(brand="Amazon.com.be", lang="nl", cur="eur", ses="eu-west-1",
                          prefixes=["403", "404", "406", "408", "028", "171", "304", "306"]),
    "amazon.com.br": dict(brand="Amazon.com.br", lang="pt", cur="brl", ses="us-east-1",
                          prefixes=["701", "702"]),
    "amazon.pl": dict(brand="Amazon.pl", lang="pl", cur="pln", ses="eu-west-1",
                      prefixes=["402", "403", "404", "405", "407", "028", "171", "302", "304", "305"]),
}


def order_no(mp):
    p = R.choice(MP[mp]["prefixes"])
    return "%s-%07d-%07d" % (p, R.randrange(10 ** 7), R.randrange(10 ** 7))


def fmt_money(v, cur):
    s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "eur":
        return "€ " + s
    if cur == "brl":
        return "R$ " + s
    return s.replace(".", " ") + " zł"


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
LEGACY_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "”": '"', "“": '"', "’": "'",
              "‘": "'", "…": "...", "•": "*", "\u00a0": " ", "×": "x", "º": "o", "ª": "a"}


def plain_for_charset(text, cs):
    if cs.lower() in ("utf-8", "us-ascii"):
        return text
    for k, v in LEGACY_MAP.items():
        try:
            k.encode(cs)
        except UnicodeEncodeError:
            text = text.replace(k, v)
    out = []
    for ch in text:        # e.g. "à" in iso-8859-2: fall back to the bare letter
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii") or "?")
    return "".join(out)


def leaf(text, subtype, cs, cte):
    """A text/* MIME leaf with an explicit charset and transfer encoding."""
    if subtype == "html":
        raw = text.encode(cs, "xmlcharrefreplace")
    else:
        raw = plain_for_charset(text, cs).encode(cs, "replace")
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, cs) if R.random() < 0.5 \
        else "text/%s; charset=%s" % (subtype, cs)
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:  # 7bit / 8bit: keep the raw bytes
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


# --------------------------------------------------------------------------
# little markup:  [[text|url]]  and  **bold**
# --------------------------------------------------------------------------
LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def md_plain(s, link_mode="paren"):
    def rep(m):
        t, u = m.group(1), m.group(2)
        if link_mode == "text" or t == u:
            return t
        if link_mode == "colon":
            return "%s: %s" % (t, u)
        if link_mode == "angle":
            return "%s <%s>" % (t, u)
        return "%s (%s)" % (t, u)
    s = LINK.sub(rep, s)
    return BOLD.sub(lambda m: m.group(1), s)


def md_html(s, ctx, link_style="color:#0066c0;text-decoration:none;"):
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        url = ctx["wrap"](m.group(2))
        out.append('<a href="%s" style="%s">%s</a>' % (html.escape(url), link_style,
                                                       html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    t = "".join(out)
    t = BOLD.sub(r"<b>\1</b>", t)
    return t.replace("\n", "<br />\n")


def rtok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def make_wrapper(home, track):
    if not track:
        return lambda u: u
    C, K = rtok(13), rtok(13)
    M = "urn:rtn:msg:%d%s" % (R.randrange(10 ** 13, 10 ** 14), rtok(24, "0123456789abcdef") + "p0eu")
    ref = "pe_%d_%d" % (R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 8, 10 ** 9))

    def wrap(u):
        if not u.startswith(home):
            return u
        return "%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s" % (
            home, C, K, M, rtok(12), quote(u, safe=""), rtok(28), ref)
    return wrap


# --------------------------------------------------------------------------
# per-language boilerplate
# --------------------------------------------------------------------------
L = {}
L["nl"] = dict(
    order="Bestelling", order_no="Bestelnummer", qty="Aantal", price="Prijs", sold_by="Verkocht door",
    total="Totaal", item_col="Artikel", nav=("Jouw bestellingen", "Jouw account"),
    buttons=["Bestelgegevens bekijken", "Naar Jouw bestellingen", "Bestelling bekijken"],
    ih=["Geannuleerde artikelen", "Geannuleerd", "Details van de annulering", "Overzicht van wat is geannuleerd"],
    money=[
        "Er is niets van je rekening afgeschreven voor de geannuleerde artikelen.",
        "We brengen je betaalmethode pas in rekening wanneer een artikel wordt verzonden. Voor deze annulering betaal je dus niets.",
        "Als het bedrag al was afgeschreven, storten we het binnen 3 tot 5 werkdagen terug via de betaalmethode die je bij het bestellen hebt gekozen.",
        "Zie je op je creditcardoverzicht een reservering voor deze bestelling? Die vervalt vanzelf. Afhankelijk van je bank kan dat een paar dagen duren.",
        "Het volledige bedrag krijg je terug. Meestal staat de terugbetaling binnen een week op je rekening.",
    ],
    help=[
        "Heb je nog vragen? Ga naar [[Klantenservice|{home}/gp/help/customer/display.html]].",
        "In [[Jouw bestellingen|{home}/gp/css/order-history]] zie je altijd de actuele status van al je bestellingen.",
        "Meer informatie over annuleringen vind je op onze [[hulppagina's|{home}/gp/help/customer/display.html?nodeId=GZUNFXRW5SAZKUNK]].",
        "Hulp nodig? Neem contact op met onze klantenservice via [[{dom}/contact-us|{home}/hz/contact-us]].",
    ],
    signoff=["Met vriendelijke groet,\n{brand}", "We hopen je snel weer te zien.\n{brand}",
             "Bedankt voor je begrip.\nKlantenservice {brand}", "Hartelijke groeten,\nhet team van {brand}"],
    footers=[
        "Deze e-mail is verzonden vanaf een adres dat alleen meldingen verstuurt en geen inkomende berichten kan ontvangen. Beantwoord deze e-mail niet.",
        "Amazon vraagt je nooit per e-mail om je wachtwoord, je pincode of je volledige creditcardgegevens te bevestigen. Krijg je een verdachte e-mail die van ons lijkt te komen? [[Meld phishing|{home}/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
        "Je betaalmethoden en je wachtwoord beheer je op elk moment in [[Jouw account|{home}/gp/css/homepage.html]].",
        "Bescherm je account extra door verificatie in twee stappen in te schakelen.",
        "Amazon vraagt nooit om een betaling buiten de website om, bijvoorbeeld via een overschrijving of cadeaukaarten van andere winkels.",
    ],
    legal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Maatschappelijk kapitaal: EUR 125.000. Ingeschreven in het handelsregister van Luxemburg (RCS) onder nummer B 101818. Btw-nummer LU 20260743.",
    order_total="Totaal geannuleerd", hello_title="Annuleringsbevestiging",
)
L["pt"] = dict(
    order="Pedido", order_no="Número do pedido", qty="Qtd.", price="Preço", sold_by="Vendido por",
    total="Total", item_col="Item", nav=("Seus pedidos", "Sua conta"),
    buttons=["Ver detalhes do pedido", "Acessar Seus pedidos", "Ver pedido"],
    ih=["Itens cancelados", "Cancelado", "Detalhes do cancelamento", "Resumo do que foi cancelado"],
    money=[
        "Nenhum valor foi cobrado pelos itens cancelados.",
        "A cobrança só é feita quando o pedido é enviado; portanto, você não pagará nada por este pedido.",
        "Se o pagamento já tiver sido processado, o reembolso será feito na mesma forma de pagamento. No cartão de crédito, o estorno pode aparecer em até duas faturas, conforme a administradora.",
        "Caso apareça uma pré-autorização na fatura do seu cartão, ela será desfeita automaticamente pelo emissor em alguns dias.",
        "Você receberá o reembolso integral. O prazo depende da forma de pagamento utilizada na compra.",
    ],
    help=[
        "Dúvidas? Acesse o [[Atendimento ao Cliente|{home}/gp/help/customer/display.html]].",
        "Você pode acompanhar todos os seus pedidos em [[Seus pedidos|{home}/gp/css/order-history]].",
        "Para saber mais sobre cancelamentos, consulte nossas [[páginas de ajuda|{home}/gp/help/customer/display.html?nodeId=GQ6FPPXEWNH3Q4KW]].",
        "Precisa de ajuda? Fale com a gente em [[{dom}/contato|{home}/hz/contact-us]].",
    ],
    signoff=["Atenciosamente,\n{brand}", "Esperamos vê-lo novamente em breve.\n{brand}",
             "Obrigado pela compreensão.\nAtendimento ao Cliente {brand}", "Até logo,\nEquipe {brand}"],
    footers=[
        "Este e-mail foi enviado de um endereço usado apenas para notificações, que não recebe mensagens. Por favor, não responda.",
        "A Amazon nunca pede por e-mail sua senha, o código de segurança do cartão ou seus dados bancários completos. Recebeu uma mensagem suspeita em nome da Amazon? Saiba como [[identificar e-mails falsos|{home}/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
        "Gerencie suas formas de pagamento e sua senha a qualquer momento em [[Sua conta|{home}/gp/css/homepage.html]].",
        "Para mais segurança, ative a verificação em duas etapas na sua conta.",
        "A Amazon não solicita pagamentos por Pix, boleto ou transferência fora do site para liberar pedidos.",
    ],
    legal="Amazon Serviços de Varejo do Brasil Ltda. - CNPJ 15.436.940/0001-03 - Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo/SP, CEP 04543-011.",
    order_total="Total cancelado", hello_title="Confirmação de cancelamento",
)
L["pl"] = dict(
    order="Zamówienie", order_no="Numer zamówienia", qty="Ilość", price="Cena", sold_by="Sprzedawca",
    total="Suma", item_col="Produkt", nav=("Twoje zamówienia", "Twoje konto"),
    buttons=["Wyświetl szczegóły zamówienia", "Przejdź do Twoich zamówień", "Zobacz zamówienie"],
    ih=["Anulowane produkty", "Anulowano", "Szczegóły anulowania", "Podsumowanie anulowanych pozycji"],
    money=[
        "Za anulowane produkty nie pobrano żadnej opłaty.",
        "Metodę płatności obciążamy dopiero w chwili wysyłki, dlatego za to zamówienie nie pobierzemy od Ciebie żadnej kwoty.",
        "Jeśli płatność została już zaksięgowana, zwrócimy pieniądze na użytą metodę płatności w ciągu 3–5 dni roboczych.",
        "Jeżeli na wyciągu z karty widzisz blokadę środków związaną z tym zamówieniem, bank zwolni ją automatycznie – zwykle trwa to kilka dni.",
        "Otrzymasz pełny zwrot kwoty. Czas zaksięgowania środków zależy od Twojego banku.",
    ],
    help=[
        "Masz pytania? Odwiedź [[Obsługę Klienta|{home}/gp/help/customer/display.html]].",
        "Status wszystkich zamówień sprawdzisz w sekcji [[Twoje zamówienia|{home}/gp/css/order-history]].",
        "Więcej informacji o anulowaniu zamówień znajdziesz na [[stronach pomocy|{home}/gp/help/customer/display.html?nodeId=GZUNFXRW5SAZKUNK]].",
        "Potrzebujesz pomocy? Skontaktuj się z nami: [[{dom}/kontakt|{home}/hz/contact-us]].",
    ],
    signoff=["Pozdrawiamy,\n{brand}", "Mamy nadzieję, że wkrótce znów nas odwiedzisz.\n{brand}",
             "Dziękujemy za wyrozumiałość.\nObsługa Klienta {brand}", "Z poważaniem,\nZespół {brand}"],
    footers=[
        "Ta wiadomość została wysłana z adresu, który służy wyłącznie do powiadomień i nie odbiera poczty. Prosimy na nią nie odpowiadać.",
        "Amazon nigdy nie poprosi Cię w wiadomości e-mail o hasło, kod BLIK ani pełne dane karty. Jeśli dostaniesz podejrzaną wiadomość podszywającą się pod Amazon, [[zgłoś ją|{home}/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
        "Metodami płatności i hasłem możesz w każdej chwili zarządzać w sekcji [[Twoje konto|{home}/gp/css/homepage.html]].",
        "Zalecamy włączenie weryfikacji dwuetapowej – to dodatkowa ochrona Twojego konta.",
        "Amazon nie prosi o dopłaty przelewem, SMS-em ani przez linki do płatności wysyłane poza stroną Amazon.pl.",
    ],
    legal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Kapitał zakładowy: 125 000 EUR. RCS Luxembourg nr B 101818. Numer VAT: LU 20260743.",
    order_total="Razem anulowano", hello_title="Potwierdzenie anulowania",
)

# customers: (display name, address)
CUST = {
    "nl": [("Sanne de Vries", "sanne.devries@ziggo.nl"), ("Jeroen Bakker", "jeroen.bakker82@gmail.com"),
           ("Femke Jansen", "f.jansen@kpnmail.nl"), ("Lotte Visser", "lotte_visser@hotmail.com"),
           ("Bram van Leeuwen", "bram@vanleeuwen.nu"), ("Thijs Mulder", "thijs.mulder@outlook.com"),
           ("Lien Peeters", "lien.peeters@telenet.be"), ("Wout Janssens", "wout.janssens@skynet.be"),
           ("Ine Maes", "ine.maes@gmail.com"), ("Ruben Smit", "rsmit@xs4all.nl")],
    "pt": [("Mariana Souza", "mariana.souza@gmail.com"), ("Thiago Ferreira", "thiago.ferreira@hotmail.com"),
           ("Camila Rocha", "camila.rocha@uol.com.br"), ("Rafael Lima", "rafael.lima87@outlook.com"),
           ("Juliana Almeida", "ju.almeida@bol.com.br"), ("Lucas Carvalho", "lucas.carvalho@yahoo.com.br"),
           ("Fernanda Ribeiro", "fe.ribeiro@gmail.com"), ("Gustavo Martins", "gustavo.martins@terra.com.br")],
    "pl": [("Katarzyna Nowak", "k.nowak@wp.pl"), ("Tomasz Wiśniewski", "tomasz.wisniewski@gmail.com"),
           ("Agnieszka Wójcik", "agnieszka.wojcik@onet.pl"), ("Paweł Kamiński", "pawel.kaminski@interia.pl"),
           ("Magdalena Lewandowska", "magda.lewandowska@o2.pl"), ("Michał Zieliński", "michal.zielinski@gmail.com"),
           ("Joanna Szymańska", "j.szymanska@op.pl"), ("Łukasz Dąbrowski", "lukasz.dabrowski@outlook.com")],
}

MX = {"gmail.com": "mx.google.com", "hotmail.com": "outlook", "outlook.com": "outlook",
      "ziggo.nl": "mx.ziggo.nl", "kpnmail.nl": "mx.kpnmail.nl", "telenet.be": "mx.telenet-ops.be",
      "skynet.be": "mx.proximus.be", "xs4all.nl": "mx.xs4all.nl", "uol.com.br": "mx.uol.com.br",
      "bol.com.br": "mx.bol.com.br", "yahoo.com.br": "mta7.am0.yahoodns.net", "terra.com.br": "mx.terra.com.br",
      "wp.pl": "mx.wp.pl", "onet.pl": "mx.poczta.onet.pl", "interia.pl": "mx.poczta.interia.pl",
      "o2.pl": "mx.o2.pl", "op.pl": "mx.poczta.onet.pl", "vanleeuwen.nu": "mail.vanleeuwen.nu"}


def mx_for(addr):
    return MX.get(addr.split("@")[1], "mx." + addr.split("@")[1])


def auth_results(rcpt, dom, ip, mailfrom, dkim_ok=True, dmarc_ok=True, spf="pass"):
    mx = mx_for(rcpt)
    sel = R.choice(["rte02", "rte2", "4vu5ibrdthlhzvgmwyhkqvslvfwylxjt", "ae6ya2rhpdvmkrw3vnxeb6e3ofhjqkgv"])
    bh = rtok(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
    dk = "pass" if dkim_ok else "none"
    dm = "pass" if dmarc_ok else "fail"
    if mx == "outlook":
        return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
                "dmarc=%s action=none header.from=%s;compauth=%s reason=%s" % (
                    spf, ip, mailfrom, dk, dom, dm, dom, "pass" if dmarc_ok else "fail", "100" if dmarc_ok else "000"))
    if mx == "mx.google.com":
        return ("mx.google.com;\n       dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
                    dk, dom, dom, sel, bh, spf, mailfrom, ip, mailfrom, dm, dom))
    return "%s;\n\tdkim=%s header.d=%s header.s=%s header.b=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (
        mx, dk, dom, sel, bh, spf, mailfrom, dm, dom)


# --------------------------------------------------------------------------
# body renderers
# --------------------------------------------------------------------------
def item_lines_plain(c, style):
    T = c["T"]
    out = []
    for it in c["items"]:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        if style == "p2":
            s = "* %s (%dx) - %s" % (name, qty, fmt_money(price, c["cur"]))
            if seller:
                s += "\n  %s: %s" % (T["sold_by"], seller)
        else:
            s = "  %s\n  %s: %d   %s: %s" % (name, T["qty"], qty, T["price"], fmt_money(price, c["cur"]))
            if seller:
                s += "\n  %s: %s" % (T["sold_by"], seller)
        out.append(s)
    return out


def render_plain(c):
    if c.get("raw"):
        return c["raw"].strip("\n") + "\n"
    lm = c.get("link_mode", "colon")
    P = lambda s: md_plain(s, lm)
    style = c["pstyle"]
    T = c["T"]
    blocks = []
    rule = "_" * 75
    if style == "p1":
        head = "%s %s" % (c["brand"], c["title"])
        if c.get("order"):
            head += "\n%s #%s" % (T["order"], c["order"])
        head += "\n%s/ref=TE_tex_g" % c["home"] if c.get("genuine", True) else ""
        blocks += [head, rule]
    elif style == "p3":
        head = "%s\n%s\n%s" % (c["brand"], c["title"], "=" * 60)
        if c.get("order"):
            head += "\n%s: %s\n%s" % (T["order_no"], c["order"], "=" * 60)
        blocks.append(head)
    if c.get("greet"):
        blocks.append(P(c["greet"]))
    blocks += [P(p) for p in c["paras"]]
    if c.get("items"):
        il = item_lines_plain(c, style)
        if style == "p2":
            blocks.append("-" * 40 + "\n" + c["ih"] + "\n" + "-" * 40 + "\n" + "\n".join(il) + "\n" + "-" * 40)
        else:
            blocks.append(c["ih"] + ":\n\n" + "\n\n".join(il))
    blocks += [P(p) for p in c["money"]]
    blocks += [P(p) for p in c["help"]]
    if c.get("signoff"):
        blocks.append(P(c["signoff"]))
    if style == "p1":
        blocks.append(rule)
    elif style == "p3":
        blocks.append("=" * 60)
    else:
        blocks.append("--")
    blocks += [P(p) for p in c["footers"]]
    text = "\n\n".join(blocks) + "\n"
    if c.get("wrap_plain"):
        text = "\n".join(textwrap.fill(l, 76, break_long_words=False, break_on_hyphens=False) if len(l) > 76 else l for l in text.split("\n")) + "\n"
    return text


def img_url():
    return "https://m.media-amazon.com/images/I/%s%s._SS135_.jpg" % (
        rtok(2, "45678"), rtok(9, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))


def html_head(c, extra_css=""):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="format-detection" content="telephone=no" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<title>%s</title>\n<style type="text/css">\n'
            'body{margin:0;font:13px/18px Arial,sans-serif;}\n'
            'a{text-decoration:none;color:#006699;}\na img{border:0;}\n'
            'table{border-collapse:collapse;}\n'
            'td{vertical-align:top;font-size:13px;line-height:18px;font-family:Arial,sans-serif;}\n'
            '%s</style>\n</head>\n' % (c["hl"], c["cs"].upper(), html.escape(c["title"]), extra_css))


def items_html_rows(c, with_img):
    T = c["T"]
    rows = []
    for it in c["items"]:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        link = c["wrap"]("%s/dp/B0%s" % (c["home"], rtok(8)))
        sold = ('<br /><span style="color:#565959;font-size:12px;">%s: %s</span>' % (
            T["sold_by"], html.escape(seller))) if seller else ""
        img = ('<td style="width:90px;padding:8px 12px 8px 0;"><a href="%s"><img src="%s" width="80" alt="" style="width:80px;" /></a></td>\n'
               % (html.escape(link), img_url())) if with_img else ""
        rows.append(
            '<tr>\n%s<td style="padding:8px 0;"><a href="%s" style="color:#0066c0;">%s</a>%s<br />'
            '<span style="font-size:12px;color:#565959;">%s: %d</span></td>\n'
            '<td style="padding:8px 0;text-align:right;white-space:nowrap;"><b>%s</b></td>\n</tr>'
            % (img, html.escape(link), html.escape(name), sold, T["qty"], qty, fmt_money(price, c["cur"])))
    return "\n".join(rows)


def total_of(c):
    return sum(i[1] * i[2] for i in c["items"])


def html_classic(c):
    T, H = c["T"], lambda s: md_html(s, c)
    css = ("h2{font-size:20px;line-height:24px;margin:0;padding:0;font-weight:normal;color:#000 !important;}\n"
           "h3{font-size:18px;color:#cc6600;margin:15px 0 0 0;font-weight:normal;}\n"
           "p{margin:4px 0 0 0;font:13px/18px Arial,sans-serif;}\n"
           "#container{width:640px;}\n#footer p{font-size:11px;color:#666;}\n")
    o = [html_head(c, css), "<body>"]
    if c.get("pixel", True):
        o.append('<img width="1" height="1" src="%s/gp/r.html?R=%s&T=O&U=%s" />' % (
            c["home"], rtok(13), quote("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", safe="")))
    order_html = ""
    if c.get("order"):
        order_html = ' %s #<a href="%s">%s</a>' % (
            T["order"], html.escape(c["wrap"]("%s/gp/your-account/order-details?orderID=%s" % (c["home"], c["order"]))), c["order"])
    o.append('<table id="container" cellpadding="0" style="width:640px;"><tbody><tr><td class="frame">\n'
             '<table id="main" cellpadding="0"><tbody>\n<tr><td>\n'
             '<table id="header" cellpadding="0" style="width:100%%;"><tbody>\n<tr>\n'
             '<td rowspan="2" class="logo" style="width:180px;"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/logo._V1_.gif" alt="%s" width="130" /></a></td>\n'
             '<td class="navigation" style="text-align:right;"><a href="%s">%s</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="%s">%s</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="%s">%s</a></td>\n</tr>\n'
             '<tr><td class="title" style="text-align:right;"><h2>%s</h2>%s</td></tr>\n</tbody></table>\n</td></tr>\n'
             % (html.escape(c["wrap"](c["home"])), c["brand"],
                html.escape(c["wrap"](c["home"] + "/gp/css/order-history")), T["nav"][0],
                html.escape(c["wrap"](c["home"] + "/gp/css/homepage.html")), T["nav"][1],
                html.escape(c["wrap"](c["home"])), c["dom"].capitalize() if False else c["brand"],
                html.escape(c["title"]), order_html))
    body = ""
    if c.get("greet"):
        body += '<span class="heading" style="font-size:16px;color:#cc6600;">%s</span>\n' % H(c["greet"])
    body += "\n".join("<p>%s</p>" % H(p) for p in c["paras"])
    o.append('<tr><td>\n<table id="summary" cellpadding="0" style="width:100%%;border-top:1px solid #ccc;padding-top:10px;"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>\n' % body)
    if c.get("items"):
        o.append('<tr><td>\n<h3>%s</h3>\n<table id="orderDetails" cellpadding="0" style="width:100%%;border-top:1px solid #eaeaea;"><tbody>\n%s\n'
                 '<tr><td colspan="%d" style="border-top:1px solid #eaeaea;padding-top:6px;text-align:right;">%s: <b>%s</b></td></tr>\n</tbody></table>\n</td></tr>\n'
                 % (html.escape(c["ih"]), items_html_rows(c, False), 2, html.escape(c["total_label"]),
                    fmt_money(total_of(c), c["cur"])))
    closing = "\n".join("<p>%s</p>" % H(p) for p in c["money"] + c["help"])
    if c.get("signoff"):
        so = c["signoff"].split("\n")
        closing += '\n<p><br />%s<br /><span class="signature"><strong>%s</strong></span></p>' % (
            html.escape(so[0]), html.escape(" ".join(so[1:])))
    o.append('<tr><td>\n<table id="closing" cellpadding="0" style="width:100%%;margin-top:18px;"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>\n' % closing)
    o.append('<tr><td>\n<table id="footer" cellpadding="0" style="width:100%%;margin-top:20px;border-top:1px solid #ccc;"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>\n'
             % "\n".join('<p style="font-size:11px;color:#666;">%s</p>' % H(f) for f in c["footers"]))
    o.append("</tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n")
    return "".join(o)


CARD_TD = "border-collapse:collapse !important;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;font-family:Arial,sans-serif"


def html_card(c):
    T, H = c["T"], lambda s: md_html(s, c, "color:#007185;text-decoration:none;")
    o = [html_head(c, ".card{background-color:#ffffff;}\n@media only screen and (max-width:600px){.emailBody{width:100% !important;}}\n")]
    o.append('<body style="width:100% !important;height:100% !important;margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%">')
    if c.get("preheader"):
        o.append('<span style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">%s</span>' % html.escape(c["preheader"]))
    if c.get("pixel", True):
        o.append('<img width="1" height="1" src="%s/gp/r.html?C=%s&R=%s&T=O&U=%s&ref_=pe_opens" />' % (
            c["home"], rtok(13), rtok(13), quote("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", safe="")))
    o.append('\n<table id="OutlookWrapper" style="width:100%%;%s"><tbody><tr><td align="center" style="%s">\n'
             '<table id="EmailWrapper" dir="ltr" style="width:100%% !important;%s"><tbody><tr><td align="center" style="%s">\n'
             '<table class="emailBody" style="width:600px;background-color:rgb(250,250,250);%s"><tbody><tr>\n'
             '<td class="emailBodyTD" style="width:100%%;padding:23px 18px 21px 17px;%s">\n'
             % (CARD_TD, CARD_TD, CARD_TD, CARD_TD, CARD_TD, CARD_TD))
    o.append('<a href="%s"><table class="brandTable" style="margin-bottom:20px;width:100%%;%s"><tbody><tr><td align="center" style="%s">'
             '<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="%s" title="%s" class="brandImage" border="0" width="130" style="width:130px" />'
             '</td></tr></tbody></table></a>\n' % (html.escape(c["wrap"](c["home"])), CARD_TD, CARD_TD, c["brand"], c["brand"]))
    o.append('<table class="card grayTopBorder" style="background-color:rgb(255,255,255);width:100%%;border-top:2px solid rgb(213,219,219);%s"><tbody><tr>\n'
             '<td class="cardTD" align="left" style="width:100%%;padding:30px 20px;%s">\n' % (CARD_TD, CARD_TD))
    if c.get("greet"):
        o.append('<table class="greetingTable" style="font-size:18px;font-weight:bold;line-height:24px;color:rgb(0,46,54);margin-bottom:4px;width:100%%;%s"><tbody><tr><td style="%s"><span>%s</span></td></tr></tbody></table>\n'
                 % (CARD_TD, CARD_TD, H(c["greet"])))
    o.append('<table class="informationTable" style="font-size:15px;line-height:22px;color:rgb(0,46,54);width:100%%;%s"><tbody>\n' % CARD_TD)
    for p in c["paras"]:
        o.append('<tr><td style="padding-bottom:10px;%s"><span>%s</span></td></tr>\n' % (CARD_TD, H(p)))
    o.append("</tbody></table>\n")
    if c.get("order"):
        o.append('<table style="width:100%%;margin:8px 0;%s"><tbody><tr><td style="font-size:13px;color:#565959;%s">%s<br /><span style="color:#0F1111;font-size:15px;">%s</span></td></tr></tbody></table>\n'
                 % (CARD_TD, CARD_TD, T["order_no"], c["order"]))
    if c.get("items"):
        o.append('<table class="itemsTable" style="width:100%%;border-top:1px solid #D5D9D9;margin-top:8px;%s"><tbody>\n'
                 '<tr><td colspan="3" style="padding-top:12px;font-size:16px;font-weight:bold;color:#0F1111;%s">%s</td></tr>\n%s\n</tbody></table>\n'
                 % (CARD_TD, CARD_TD, html.escape(c["ih"]), items_html_rows(c, True)))
    if c.get("button"):
        o.append('<table class="buttonComponent" style="margin:18px 0 6px 0;border-radius:20px;background-color:#FFD814;border:1px solid #FCD200;%s"><tbody><tr>'
                 '<td align="center" style="padding:10px 26px;%s"><a href="%s" style="color:#0F1111;font-size:15px;text-decoration:none;">%s</a></td></tr></tbody></table>\n'
                 % (CARD_TD, CARD_TD, html.escape(c["wrap"](c["button_url"])), html.escape(c["button"])))
    for p in c["money"] + c["help"]:
        o.append('<p style="font-size:14px;line-height:20px;color:#0F1111;margin:12px 0 0 0;">%s</p>\n' % H(p))
    if c.get("signoff"):
        o.append('<p style="font-size:14px;line-height:20px;color:#0F1111;margin:16px 0 0 0;">%s</p>\n' % H(c["signoff"]))
    o.append("</td></tr></tbody></table>\n")
    o.append('<table class="footerTable" style="width:100%%;margin-top:14px;%s"><tbody>\n' % CARD_TD)
    for f in c["footers"]:
        o.append('<tr><td style="font-size:11px;line-height:15px;color:#565959;padding:4px 0;%s">%s</td></tr>\n' % (CARD_TD, H(f)))
    o.append("</tbody></table>\n</td></tr></tbody></table>\n</td></tr></tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n")
    return "".join(o)


def html_simple(c):
    T, H = c["T"], lambda s: md_html(s, c)
    o = [html_head(c)]
    o.append('<body bgcolor="#ffffff">\n<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:Arial,Helvetica,sans-serif;">\n')
    o.append('<tr><td bgcolor="#232F3E" style="padding:12px 20px;"><a href="%s" style="color:#FF9900;font-size:22px;font-weight:bold;text-decoration:none;">%s</a></td></tr>\n'
             % (html.escape(c["wrap"](c["home"])), c["dom"]))
    o.append('<tr><td style="padding:20px 20px 0 20px;"><h1 style="font-size:20px;font-weight:normal;color:#111;margin:0 0 6px 0;">%s</h1>' % html.escape(c["title"]))
    if c.get("order"):
        o.append('<div style="font-size:12px;color:#555;">%s: <a href="%s">%s</a></div>' % (
            T["order_no"], html.escape(c["wrap"]("%s/gp/your-account/order-details?orderID=%s" % (c["home"], c["order"]))), c["order"]))
    o.append("</td></tr>\n<tr><td style=\"padding:14px 20px;font-size:14px;line-height:20px;color:#111;\">\n")
    if c.get("greet"):
        o.append("<p>%s</p>\n" % H(c["greet"]))
    o.extend("<p>%s</p>\n" % H(p) for p in c["paras"])
    o.append("</td></tr>\n")
    if c.get("items"):
        o.append('<tr><td style="padding:0 20px;">\n<table width="100%%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;">\n'
                 '<tr bgcolor="#f3f3f3"><td style="font-weight:bold;">%s</td><td style="font-weight:bold;text-align:center;">%s</td><td style="font-weight:bold;text-align:right;">%s</td></tr>\n'
                 % (html.escape(c["ih"]), T["qty"], T["price"]))
        for it in c["items"]:
            seller = it[3] if len(it) > 3 else None
            o.append('<tr><td style="border-top:1px solid #ddd;">%s%s</td><td style="border-top:1px solid #ddd;text-align:center;">%d</td><td style="border-top:1px solid #ddd;text-align:right;">%s</td></tr>\n'
                     % (html.escape(it[0]), ('<br /><small>%s: %s</small>' % (T["sold_by"], html.escape(seller))) if seller else "",
                        it[1], fmt_money(it[2], c["cur"])))
        o.append("</table>\n</td></tr>\n")
    o.append('<tr><td style="padding:14px 20px;font-size:14px;line-height:20px;color:#111;">\n')
    o.extend("<p>%s</p>\n" % H(p) for p in c["money"] + c["help"])
    if c.get("button"):
        o.append('<p><a href="%s" style="display:inline-block;background:#FFA41C;border:1px solid #FF8F00;border-radius:3px;padding:8px 18px;color:#111;text-decoration:none;">%s</a></p>\n'
                 % (html.escape(c["wrap"](c["button_url"])), html.escape(c["button"])))
    if c.get("signoff"):
        o.append("<p>%s</p>\n" % H(c["signoff"]))
    o.append('</td></tr>\n<tr><td style="padding:14px 20px;border-top:1px solid #ddd;font-size:11px;color:#777;line-height:15px;">\n')
    o.extend("<p>%s</p>\n" % H(f) for f in c["footers"])
    o.append("</td></tr>\n</table>\n</body>\n</html>\n")
    return "".join(o)


def html_raw(c):
    """Free-form HTML body given by the spec (newsletters, phishing)."""
    return c["raw_html"]


LAYOUTS = {"classic": html_classic, "card": html_card, "simple": html_simple, "raw": html_raw}


# --------------------------------------------------------------------------
# assembling one message
# --------------------------------------------------------------------------
MAILS = []   # list of units; a unit is a list of specs (threads are 2 specs)


def pick(pool, spec_val, k=1):
    """spec_val None -> k random picks; list -> ints index the pool, strings are literal."""
    if spec_val is None:
        return R.sample(pool, k)
    return [pool[v] if isinstance(v, int) else v for v in spec_val]


def subst(s, ctx):
    for k in ("order", "home", "dom", "brand", "name"):
        s = s.replace("{" + k + "}", ctx.get(k) or "")
    return s


def ses_ip(region):
    if region == "us-east-1":
        return "54.240.%d.%d" % (R.choice([8, 9, 10, 11, 13, 15, 48]), R.randrange(1, 254))
    return "54.240.%d.%d" % (R.choice([3, 4, 5, 6, 7, 27]), R.randrange(1, 254))


def rand_ip():
    return "%d.%d.%d.%d" % (R.choice([45, 91, 103, 141, 146, 152, 176, 185, 193, 194, 212]),
                            R.randrange(1, 255), R.randrange(1, 255), R.randrange(2, 254))


def body_part(s, ctx):
    fmt = s.get("fmt", "alt")
    cs = s.get("cs", "utf-8")
    cte = CTE[s.get("cte", "qp")]
    cte_plain = CTE[s.get("cte_plain", s.get("cte", "qp"))]
    if fmt == "plain":
        return leaf(render_plain(ctx), "plain", cs, cte)
    html_text = LAYOUTS[s.get("layout", "card")](ctx)
    if fmt == "html":
        return leaf(html_text, "html", cs, cte)
    alt = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 8, 2 * 10 ** 9), R.randrange(16 * 10 ** 11, 17 * 10 ** 11)))
    del alt["MIME-Version"]
    alt.attach(leaf(render_plain(ctx), "plain", cs, cte_plain))
    alt.attach(leaf(html_text, "html", cs, cte))
    return alt


def make_context(s, order):
    lang = s["lang"]
    T = L[lang]
    mp = s.get("mp") or s.get("imitates")
    dom = s.get("dom") or mp
    home = s.get("home") or ("https://www." + dom)
    brand = s.get("brand") or MP[mp]["brand"]
    amazon = s.get("hdr", "amazon") == "amazon"
    ctx = dict(T=T, lang=lang, hl={"nl": "nl", "pt": "pt-BR", "pl": "pl"}[lang], cs=s.get("cs", "utf-8"),
               dom=dom, home=home, brand=brand, order=order, cur=MP[mp]["cur"] if mp in MP else s.get("cur", "eur"),
               genuine=amazon)
    ctx["wrap"] = make_wrapper(home, amazon and s.get("layout") == "card")
    sb = lambda x: subst(x, ctx)
    ctx["title"] = sb(s.get("title", T["hello_title"]))
    ctx["greet"] = sb(s["greet"]) if s.get("greet") else None
    ctx["paras"] = [sb(p) for p in s.get("paras", [])]
    ctx["items"] = s.get("items", [])
    ctx["ih"] = sb(s.get("ih") or R.choice(T["ih"]))
    if amazon:
        ctx["money"] = [sb(p) for p in pick(T["money"], s.get("money"))]
        ctx["help"] = [sb(p) for p in pick(T["help"], s.get("help"))]
        so = s.get("signoff")
        ctx["signoff"] = sb(R.choice(T["signoff"]) if so is None else so)
        f = s.get("footers")
        if f is None:
            f = sorted(R.sample(range(len(T["footers"])), R.choice([2, 2, 3])))
            f = [T["footers"][i] for i in f] + ([T["legal"]] if R.random() < 0.6 else [])
        else:
            f = [T["footers"][v] if isinstance(v, int) else (T["legal"] if v == "legal" else v) for v in f]
        ctx["footers"] = [sb(x) for x in f]
    else:
        ctx["money"] = [sb(p) for p in s.get("money") or []]
        ctx["help"] = [sb(p) for p in s.get("help") or []]
        ctx["signoff"] = sb(s.get("signoff") or "")
        ctx["footers"] = [sb(p) for p in s.get("footers") or []]
    if s.get("layout") in ("card", "simple") and s.get("button", True):
        ctx["button"] = sb(s["button"]) if isinstance(s.get("button"), str) else R.choice(T["buttons"])
        ctx["button_url"] = sb(s.get("button_url") or "%s/gp/your-account/order-details?orderID=%s" % (home, order or ""))
    ctx["preheader"] = sb(s["preheader"]) if s.get("preheader") else None
    ctx["pstyle"] = s.get("pstyle", "p1")
    ctx["link_mode"] = s.get("link_mode", R.choice(["colon", "paren", "angle"]))
    ctx["wrap_plain"] = s.get("wrap_plain", R.random() < 0.4)
    ctx["raw"] = sb(s["raw"]) if s.get("raw") else None
    ctx["raw_html"] = sb(s["raw_html"]) if s.get("raw_html") else None
    ctx["pixel"] = amazon
    ctx["total_label"] = s.get("total_label") or (T["total"] if s["kind"] == "non_notice" else T["order_total"])
    return ctx


def addr_header(name, addr, cs):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs if cs != "us-ascii" else "utf-8")


def build(s, order, when):
    ctx = make_context(s, order)
    cs = s.get("cs", "utf-8")
    lang = s["lang"]
    body = body_part(s, ctx)
    content_headers = list(body.items())
    for k in set(k for k, _ in content_headers):
        del body[k]
    hdr = s.get("hdr", "amazon")
    dom = ctx["dom"]
    fname, faddr = s["frm"]
    if "@" not in faddr:
        faddr = "%s@%s" % (faddr, dom)
    to = s["to"] if isinstance(s["to"], tuple) else CUST[lang][s["to"]]
    rcpt = to[1]
    mx = mx_for(rcpt)
    mxname = "mx.google.com" if mx == "mx.google.com" else (
        "%s.mail.protection.outlook.com" % R.choice(["AM3PEPF0000A791", "DB1PEPF000509E4", "CP2PR80MB4468", "GV1PEPF00011C2B"])
        if mx == "outlook" else mx)
    date_s = format_datetime(when)
    hs = []
    if hdr == "amazon":
        region = MP[s["mp"]]["ses"]
        ip = ses_ip(region)
        bounce_dom = "bounces." + dom if s.get("bounce_sub", True) else dom
        ts = when.strftime("%Y%m%d%H%M%S")
        ret = "%s%s@%s" % (ts, rtok(16, "0123456789abcdef"), bounce_dom)
        hs.append(("Return-Path", "<%s>" % ret))
        host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.choice([4, 6, 7, 8, 9, 27]), R.randrange(1, 250), region) \
            if region != "us-east-1" else "a%d-%d.smtp-out.amazonses.com" % (R.choice([8, 9, 10, 11]), R.randrange(1, 250))
        hs.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mxname, rtok(14, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt,
            format_datetime(when + timedelta(seconds=R.randrange(1, 9))))))
        if s.get("auth"):
            hs.append(("Authentication-Results", auth_results(rcpt, dom, ip, bounce_dom)))
            if R.random() < 0.5:
                hs.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=rte02; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
                    dom, int(when.timestamp()), rtok(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"),
                    rtok(60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"))))
        hs.append(("Date", date_s))
        hs.append(("From", addr_header(fname, faddr, cs)))
        if s.get("reply_to", R.random() < 0.5):
            hs.append(("Reply-To", "no-reply@" + dom))
        hs.append(("To", addr_header(to[0], rcpt, cs) if R.random() < 0.4 else rcpt))
        hs.append(("Message-ID", "<%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
            "0102" + rtok(12, "0123456789abcdef"), rtok(8, "0123456789abcdef"), rtok(4, "0123456789abcdef"),
            rtok(4, "0123456789abcdef"), rtok(4, "0123456789abcdef"), rtok(12, "0123456789abcdef"), region)))
        hs.append(("Subject", None))
        hs.append(("MIME-Version", "1.0"))
        hs.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        hs.append(("Bounces-to", ret))
        hs.append(("X-AMAZON-RTE-VERSION", "2.0"))
        hs.append(("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (rtok(12), rtok(13))))
        hs.append(("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, rtok(44, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"))))
    else:
        mailhost = s.get("mailhost") or ("mail." + faddr.split("@")[1])
        ip = s.get("ip") or rand_ip()
        hs.append(("Return-Path", "<%s>" % s.get("return_path", faddr)))
        hs.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            mailhost, mailhost, ip, mxname, rtok(14, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt,
            format_datetime(when + timedelta(seconds=R.randrange(1, 30))))))
        if s.get("auth_raw"):
            hs.append(("Authentication-Results", s["auth_raw"]))
        elif s.get("auth"):
            sdom = faddr.split("@")[1]
            hs.append(("Authentication-Results", auth_results(rcpt, sdom, ip, s.get("return_path", faddr).split("@")[1])))
        hs.append(("Date", date_s if hdr != "friend" else format_datetime(when.astimezone(timezone(timedelta(hours=s.get("tz", 1)))))))
        hs.append(("From", addr_header(fname, faddr, s.get("hdr_cs", cs))))
        if s.get("reply_to"):
            hs.append(("Reply-To", s["reply_to"]))
        hs.append(("To", addr_header(to[0], rcpt, cs) if hdr == "friend" or R.random() < 0.5 else rcpt))
        hs.append(("Subject", None))
        hs.append(("Message-ID", "<%s@%s>" % (rtok(24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                              s.get("msgid_dom", faddr.split("@")[1]))))
        if s.get("in_reply_to"):
            hs.append(("In-Reply-To", s["in_reply_to"]))
        hs.append(("MIME-Version", "1.0"))
        for k, v in s.get("extra_headers", []):
            hs.append((k, v))
    subj = subst(s["subj"], ctx)
    try:
        subj.encode("ascii")
        subj_h = subj
    except UnicodeEncodeError:
        subj_h = Header(plain_for_charset(subj, s.get("hdr_cs", cs)), s.get("hdr_cs", cs))
    for k, v in hs:
        body[k] = subj_h if k == "Subject" else v
    for k, v in content_headers:
        body[k] = v
    return body, subj


def serialize(msg):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=email_policy.compat32.clone(linesep="\r\n" if False else "\n"))
    g.flatten(msg)
    return buf.getvalue()


# ==========================================================================
# DATA
# ==========================================================================
def unit(*specs):
    MAILS.append(list(specs))


def retail_html(color, logo, title, paras, rows, footer, cs="utf-8", accent="#ffffff"):
    """Small non-Amazon retailer template (bol.com, Coolblue, Mercado Livre, Allegro ...)."""
    r = "".join('<tr><td style="padding:6px 0;border-bottom:1px solid #e6e6e6;">%s</td>'
                '<td style="padding:6px 0;border-bottom:1px solid #e6e6e6;text-align:right;">%s</td></tr>\n'
                % (html.escape(a), html.escape(b)) for a, b in rows)
    p = "".join('<p style="margin:0 0 12px 0;">%s</p>\n' % md_html(x, {"wrap": lambda u: u}, "color:%s;" % color) for x in paras)
    f = "".join('<p style="margin:0 0 6px 0;">%s</p>\n' % md_html(x, {"wrap": lambda u: u}, "color:#777;") for x in footer)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />'
            '<meta name="viewport" content="width=device-width" /><title>%s</title></head>\n'
            '<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n'
            '<tr><td bgcolor="%s" style="padding:16px 24px;font-size:24px;font-weight:bold;color:%s;">%s</td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">\n<h1 style="font-size:22px;margin:0 0 16px 0;">%s</h1>\n%s'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="margin:12px 0;">%s</table>\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:12px;color:#777;background:#fafafa;">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n' % (cs, html.escape(title), color, accent, html.escape(logo),
                                                              html.escape(title), p, r, f))


# ---------------------------------------------------------------- Dutch ---
def NL(**k):
    k.setdefault("lang", "nl")
    k.setdefault("mp", "amazon.nl")
    return k


# -- inventory_shortage
unit(NL(kind="notice", cause="inventory_shortage", sr=True, note="supplier can no longer deliver one item; rest ships",
        frm=("Amazon.nl", "order-update"), to=0, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Een artikel uit je bestelling #{order} is geannuleerd",
        title="Artikel geannuleerd", greet="Hallo Sanne,",
        preheader="Een artikel uit je bestelling kan niet worden geleverd.",
        paras=["We moeten je helaas laten weten dat we het onderstaande artikel uit je bestelling hebben geannuleerd. Onze leverancier kan het niet meer aan ons leveren, en we verwachten ook niet dat het binnenkort weer op voorraad komt.",
               "De andere artikelen uit deze bestelling worden gewoon verzonden zoals gepland. Je ontvangt een aparte e-mail zodra ze onderweg zijn."],
        items=[("Philips Hue White Ambiance E27 slimme lamp, 2-pack", 1, 54.99)],
        money=["Voor het geannuleerde artikel wordt niets in rekening gebracht."], help=[1], footers=[1, 2, "legal"]))

unit(NL(kind="notice", cause="inventory_shortage", sr=True, note="third-party seller cancelled, quoted seller message: damaged stock, discontinued",
        frm=("Amazon.nl Marketplace", "marketplace-messages"), to=1, auth=False, fmt="plain", pstyle="p2", cs="iso-8859-1", cte="qp",
        subj="Je bestelling {order} is geannuleerd door de verkoper",
        title="Bestelling geannuleerd door verkoper", greet="Beste Jeroen,",
        paras=["Fietsonderdelen Direct, de verkoper van het onderstaande artikel, heeft je bestelling {order} geannuleerd.",
               "Toelichting van de verkoper:\n\"Onze excuses. De laatste exemplaren in ons magazijn bleken bij controle beschadigd, en de fabrikant maakt dit model niet meer. We kunnen uw bestelling daarom niet uitvoeren.\"",
               "Heb je vragen over deze annulering? Via Jouw bestellingen kun je rechtstreeks contact opnemen met de verkoper."],
        ih="Geannuleerd artikel",
        items=[("ABUS Bordo 6000/90 vouwslot, zwart", 1, 79.95, "Fietsonderdelen Direct")],
        money=["Omdat de verkoper de bestelling heeft geannuleerd voordat die werd verzonden, is er geen bedrag van je rekening afgeschreven."],
        help=[], signoff="Met vriendelijke groet,\nAmazon.nl", footers=[0, 1]))

unit(NL(kind="notice", cause="inventory_shortage", sr=True, mp="amazon.com.be", note="pre-order: publisher sent too few copies (BE)",
        frm=("Amazon.com.be", "order-update"), to=6, auth=True, fmt="html", layout="classic", cs="utf-8", cte="b64",
        subj="Je voorbestelling bij Amazon.com.be is geannuleerd",
        title="Voorbestelling geannuleerd", greet="Beste Lien,",
        paras=["Het spijt ons, maar we kunnen je voorbestelling niet leveren.",
               "De uitgever heeft ons veel minder exemplaren van de gelimiteerde editie toegestuurd dan aangekondigd, en alle exemplaren die we wel kregen, waren al toegewezen aan eerdere voorbestellingen. Daarom hebben we jouw voorbestelling moeten annuleren.",
               "De gewone gebonden editie is wel leverbaar. Je vindt ze op de productpagina als je ze alsnog wilt bestellen."],
        items=[("Het smelt – Lize Spit (gelimiteerde editie, gesigneerd)", 1, 34.99)],
        money=[2], help=[0]))

# thread 1 (NL): delay -> cancellation without reason  => inventory_shortage
unit(NL(kind="non_notice", note="thread", okey="nl-t2", thread_pos=0,
        frm=("Amazon.nl", "order-update"), to=4, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="qp",
        subj="Vertraging bij je Amazon.nl-bestelling #{order}",
        title="Vertraagde levering", greet="Hallo Bram,",
        paras=["We hebben helaas minder goed nieuws over je bestelling. Het lukt ons op dit moment niet om het onderstaande artikel bij onze leverancier te verkrijgen, en we kunnen je nog geen nieuwe leverdatum geven.",
               "We blijven proberen het artikel binnen te krijgen. Binnen 7 dagen laten we je weten of we het alsnog kunnen verzenden; lukt dat niet, dan annuleren we het en brengen we niets in rekening."],
        ih="Artikel met vertraging", items=[("Kärcher WV 6 Plus ruitenreiniger, incl. sproeifles", 1, 89.99)],
        money=[], help=[1]),
     NL(kind="notice", cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", okey="nl-t2", thread_pos=1,
        frm=("Amazon.nl", "order-update"), to=4, auth=False, fmt="plain", pstyle="p1", cs="utf-8", cte="8bit",
        subj="Je Amazon.nl-bestelling #{order} is geannuleerd",
        title="Annulering", greet="Hallo Bram,",
        paras=["Je bestelling #{order} is geannuleerd. Hieronder vind je de details."],
        items=[("Kärcher WV 6 Plus ruitenreiniger, incl. sproeifles", 1, 89.99)],
        money=[0], help=[1]))

# -- payment_issue
unit(NL(kind="notice", cause="payment_issue", sr=True, note="card declined by issuer",
        frm=("Amazon.nl", "payments-messages"), to=2, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Betaling geweigerd: bestelling #{order} geannuleerd",
        title="Bestelling geannuleerd", greet="Hallo Femke,",
        paras=["Toen we de betaling voor je bestelling wilden afronden, werd je creditcard (Mastercard eindigend op 4821) door de kaartuitgever geweigerd. Daarom hebben we de bestelling moeten annuleren.",
               "Wil je de artikelen nog steeds hebben? Controleer dan je betaalgegevens in Jouw account en plaats de bestelling opnieuw."],
        items=[("Tefal Ingenio Emotion pannenset, 10-delig", 1, 129.99), ("Tefal Ingenio afneembare handgreep", 1, 14.99)],
        money=["Er is geen geld van je rekening afgeschreven."], help=[0], footers=[2, 1, "legal"]))

unit(NL(kind="notice", cause="payment_issue", sr=True, mp="amazon.com.be", note="labelled reason: payment revision not made in time (BE)",
        frm=("Amazon.com.be", "payments-update"), to=7, auth=False, fmt="plain", pstyle="p3", cs="iso-8859-1", cte="qp",
        subj="Annulering van je bestelling {order}",
        title="Je bestelling is geannuleerd", greet="Beste klant,",
        paras=["Reden van annulering: geen geldige betaalgegevens ontvangen",
               "Op 3 maart vroegen we je om de betaalgegevens voor deze bestelling bij te werken. Omdat we binnen de gestelde termijn geen nieuwe of bijgewerkte betaalmethode hebben ontvangen, is de bestelling vervallen.",
               "Als je de artikelen nog wilt, kun je ze opnieuw bestellen met een andere betaalmethode, zoals Bancontact of een andere kaart."],
        items=[("Samsung EVO Select microSDXC-geheugenkaart 256 GB", 2, 22.49), ("Anker PowerCore 10000 powerbank", 1, 25.99)],
        money=[0], help=[3], footers=[0, 4]))

unit(NL(kind="notice", cause="payment_issue", sr=True, note="gift card balance insufficient, no second payment method",
        frm=("Amazon.nl", "payments-messages"), to=3, auth=False, fmt="html", layout="simple", cs="utf-8", cte="8bit",
        subj="Er is een probleem met je bestelling #{order}",
        title="We konden je bestelling niet afronden", greet="Beste Lotte,",
        paras=["Bij de definitieve afrekening bleek het saldo van de cadeaubon die je hebt gebruikt niet meer toereikend om het volledige orderbedrag te dekken. Er was geen tweede betaalmethode aan de bestelling gekoppeld om het verschil te betalen.",
               "Daardoor konden we de bestelling niet afronden en is ze geannuleerd. Het resterende cadeaubontegoed staat nog gewoon op je account."],
        items=[("LEGO Technic 42151 Bugatti Bolide", 1, 44.99), ("LEGO Friends 41730 Autumns huis", 1, 59.99)],
        money=[], help=[2]))

# thread 2 (NL): payment failed -> cancellation without reason => payment_issue
unit(NL(kind="non_notice", note="thread", okey="nl-t1", thread_pos=0,
        frm=("Amazon.nl", "payments-messages"), to=5, auth=True, fmt="alt", layout="card", cs="utf-8", cte="b64",
        subj="Actie vereist: werk je betaalgegevens bij voor bestelling #{order}",
        title="We konden je betaling niet verwerken", greet="Hallo Thijs,",
        paras=["We konden de betaling voor je bestelling niet verwerken. De Visa-kaart eindigend op 0937 werd geweigerd.",
               "Werk je betaalgegevens uiterlijk op 21 oktober bij via Jouw bestellingen, zodat we je bestelling kunnen verzenden. Kies daar de bestelling en klik op \"Betaalmethode wijzigen\". Als we tegen die tijd geen geldige betaalgegevens hebben, kunnen we de bestelling niet verzenden."],
        items=[("Logitech MX Master 3S draadloze muis, grafiet", 1, 99.99)], ih="Je bestelling", button="Betaalmethode bijwerken",
        money=[], help=[]),
     NL(kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail", okey="nl-t1", thread_pos=1,
        frm=("Amazon.nl", "order-update"), to=5, auth=False, fmt="plain", pstyle="p2", cs="utf-8", cte="qp",
        subj="Annulering van je bestelling #{order}",
        title="Annulering", greet="Hallo Thijs,",
        paras=["We bevestigen dat de onderstaande bestelling is geannuleerd.",
               "Al je bestellingen kun je altijd terugvinden in Jouw bestellingen."],
        items=[("Logitech MX Master 3S draadloze muis, grafiet", 1, 99.99)], money=[], help=[0]))

# -- technical_issue
unit(NL(kind="notice", cause="technical_issue", sr=True, note="pricing error 14,99 instead of 149,99",
        frm=("Amazon.nl", "order-update"), to=9, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="b64",
        subj="Informatie over je Amazon.nl-bestelling #{order}",
        title="Je bestelling is geannuleerd", greet="Beste Ruben,",
        paras=["Toen je je bestelling plaatste, stond het onderstaande artikel met een verkeerde prijs op onze website: € 14,99 in plaats van € 149,99. Die fout ontstond bij het bijwerken van onze prijsgegevens.",
               "Omdat de getoonde prijs duidelijk onjuist was, hebben we besloten je bestelling te annuleren. Het artikel staat inmiddels weer met de juiste prijs op de site."],
        items=[("Sonos Era 100 slimme speaker, zwart", 1, 14.99)],
        money=[0, "Onze excuses voor het ongemak."], help=[2]))

unit(NL(kind="notice", cause="technical_issue", sr=True, mp="amazon.com.be", note="listing error: wrong picture/description (BE)",
        frm=("Amazon.com.be", "no-reply"), to=8, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Artikel verwijderd uit je bestelling {order}",
        title="Wijziging in je bestelling", greet="Dag Ine,",
        paras=["Wat is er gebeurd?\nDe productpagina waarop je hebt besteld, toonde foto's en een omschrijving van de 65 inch-uitvoering, terwijl het artikelnummer bij de 50 inch-uitvoering hoort. Die fout in de productinformatie hebben we intussen rechtgezet.",
               "Om te voorkomen dat je een ander toestel ontvangt dan je verwachtte, hebben we dit artikel uit je bestelling gehaald en geannuleerd."],
        items=[("Philips Ambilight 50PUS8519 4K-tv", 1, 549.00)],
        money=[1], help=[3], wrap_plain=True))

unit(NL(kind="notice", cause="technical_issue", sr=True, note="system failure during checkout; explicitly not your payment",
        frm=("Amazon.nl", "order-update"), to=0, auth=False, fmt="html", layout="simple", cs="iso-8859-1", cte="qp",
        subj="Bestelling #{order} geannuleerd",
        title="Je bestelling is geannuleerd", greet="Hallo Sanne,",
        paras=["Door een storing in ons bestelsysteem op 14 november is je bestelling niet volledig verwerkt: een deel van de gegevens is tijdens het afrekenen verloren gegaan.",
               "Amazon heeft daarom besloten de bestelling te annuleren. Dit ligt niet aan jou en ook niet aan je betaalmethode. Je kunt de artikelen gewoon opnieuw bestellen."],
        items=[("Douwe Egberts Aroma Rood koffiebonen, 4 x 1 kg", 1, 47.96), ("Brita Marella waterfilterkan 2,4 l", 1, 21.99)],
        money=[3], help=[0], footers=[0, 3, "legal"]))

# -- fraud_prevention
unit(NL(kind="notice", cause="fraud_prevention", sr=True, note="unusual activity, account temporarily locked",
        frm=("Amazon.nl", "no-reply"), to=2, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Je account is tijdelijk geblokkeerd en bestelling #{order} is geannuleerd",
        title="Belangrijk bericht over je account", greet="Hallo Femke,",
        paras=["Bij een routinecontrole zagen we ongebruikelijke activiteit op je Amazon-account. Om je te beschermen hebben we je account tijdelijk geblokkeerd en de openstaande bestelling hieronder geannuleerd.",
               "Log in op amazon.nl (typ het adres zelf in je browser) en volg de instructies op het scherm om te bevestigen dat het account van jou is. Daarna kun je weer gewoon bestellen."],
        items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 1, 249.00)], button=False,
        money=[1], help=[], footers=[1, 3, "legal"]))

unit(NL(kind="notice", cause="fraud_prevention", sr=True, note="denies payment problem; flagged by security system and not verifiable",
        frm=("Amazon.nl", "cs-reply"), to=1, auth=False, fmt="plain", pstyle="p3", cs="iso-8859-1", cte="b64",
        subj="Je bestelling {order}",
        title="Annulering van je bestelling", greet="Beste Jeroen,",
        paras=["Je vroeg ons waarom je bestelling niet is verzonden. Dit is geen probleem met je betaling: je kaart is niet geweigerd en er is niets afgeschreven.",
               "Je bestelling werd door ons beveiligingssysteem gemarkeerd voor een extra controle. Omdat we de gegevens van de bestelling niet konden verifiëren, hebben we haar uit voorzorg geannuleerd.",
               "We begrijpen dat dit vervelend is. Je kunt opnieuw bestellen; we raden aan daarbij het factuuradres te gebruiken dat bij je bank bekend is."],
        items=[("Nintendo Switch OLED, wit", 1, 329.99)], money=[], help=[0], signoff="Met vriendelijke groet,\nMarloes\nKlantenservice Amazon.nl", footers=[1, 2, "legal"]))

unit(NL(kind="notice", cause="fraud_prevention", sr=True, mp="amazon.com.be", note="cardholder verification not completed within 48h (BE)",
        frm=("Amazon.com.be", "order-update"), to=6, auth=True, fmt="html", layout="classic", cs="utf-8", cte="qp",
        subj="Je bestelling bij Amazon.com.be werd geannuleerd",
        title="Bestelling geannuleerd", greet="Beste Lien,",
        paras=["We konden niet bevestigen dat jij de houder bent van de betaalkaart waarmee deze bestelling werd geplaatst. We hebben je daarom gevraagd om je identiteit te bevestigen, maar die verificatie werd niet binnen 48 uur afgerond.",
               "Uit voorzorg werd de bestelling geannuleerd."],
        items=[("Garmin Forerunner 265 sporthorloge", 1, 399.99)], money=[0], help=[2]))

# -- customer_request
unit(NL(kind="notice", cause="customer_request", sr=True, note="successful cancellation of one item at customer's request",
        frm=("Amazon.nl", "auto-confirm"), to=3, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Annulering gelukt: \"Brabantia Bo pedaalemmer 36 l\" uit je bestelling #{order}",
        title="Annulering gelukt", greet="Hallo Lotte,",
        paras=["Je hebt ons gevraagd om het volgende artikel te annuleren. Dat is gelukt: het wordt niet verzonden.",
               "De rest van je bestelling blijft ongewijzigd."],
        items=[("Brabantia Bo pedaalemmer 36 l, Matt Black", 1, 119.00)], money=[1], help=[1]))

unit(NL(kind="notice", cause="customer_request", sr=True, note="whole order cancelled as requested",
        frm=("Amazon.nl", "auto-confirm"), to=5, auth=False, fmt="alt", layout="card", cs="utf-8", cte="b64",
        subj="Je annuleringsverzoek voor bestelling #{order} is verwerkt",
        title="Bestelling geannuleerd", greet="Hoi Thijs,",
        paras=["Zoals je hebt aangevraagd, hebben we je volledige bestelling geannuleerd. Er worden geen artikelen verzonden."],
        items=[("Sennheiser HD 450BT koptelefoon, zwart", 1, 99.00), ("Hama hoesje voor koptelefoon", 1, 12.99),
               ("AmazonBasics 3,5 mm audiokabel, 1,2 m", 2, 6.49)], money=[0], help=[1]))

unit(NL(kind="notice", cause="customer_request", sr=True, mp="amazon.com.be", note="old style: 'Je hebt zojuist ... geannuleerd', Annuleringsreden: Geannuleerd door klant (BE)",
        frm=("Amazon.com.be", "auto-confirm"), to=7, auth=False, fmt="plain", pstyle="p2", cs="iso-8859-1", cte="8bit",
        subj="Amazon.com.be - Je annulering ({order})",
        title="Je annulering", greet="Beste Wout,",
        paras=["Je hebt zojuist bestelling #{order} geannuleerd.\nStatus: GEANNULEERD\nAnnuleringsreden: Geannuleerd door klant"],
        items=[("Weber Original Kettle E-5710 houtskoolbarbecue 57 cm", 1, 229.00)],
        money=[4], help=[2], footers=[0, 2]))

# -- unknown (no reason)
unit(NL(kind="notice", cause="unknown", sr=False, note="no reason given",
        frm=("Amazon.nl", "order-update"), to=4, auth=True, fmt="html", layout="classic", cs="utf-8", cte="qp",
        subj="Je bestelling bij Amazon.nl is geannuleerd",
        title="Annuleringsbevestiging", greet="Hallo Bram,",
        paras=["We laten je weten dat de volgende artikelen uit je bestelling #{order} zijn geannuleerd."],
        items=[("Gardena Comfort tuinslang 20 m", 1, 36.95), ("Gardena spuitpistool", 1, 12.49)],
        money=[2], help=[0], footers=[0, 1, 2, 4]))

unit(NL(kind="notice", cause="unknown", sr=False, note="no reason given; footer mentions payment/phishing",
        frm=("Amazon.nl", "no-reply"), to=9, auth=False, fmt="plain", pstyle="p3", cs="utf-8", cte="b64",
        subj="Bestelling #{order}: annulering",
        title="Annulering van je bestelling", greet="Goedendag,",
        paras=["Hierbij bevestigen we dat je bestelling is geannuleerd."],
        items=[("Tony's Chocolonely melkchocolade, 6 x 180 g", 1, 21.54)], money=[3], help=[3], footers=[1, 2, 4, "legal"]))

unit(NL(kind="notice", cause="unknown", sr=False, mp="amazon.com.be", note="no reason given (BE)",
        frm=("Amazon.com.be", "order-update"), to=8, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="8bit",
        subj="Artikelen uit je Amazon.com.be-bestelling #{order} zijn geannuleerd",
        title="Annulering", greet="Hallo Ine,",
        paras=["Een of meer artikelen zijn uit je bestelling #{order} verwijderd en geannuleerd.",
               "Wil je ze toch nog? Je kunt ze gewoon opnieuw bestellen."],
        items=[("Moleskine Classic notitieboek, gelinieerd, A5", 3, 18.95)], money=[1], help=[1]))

# -- unknown (other reason)
unit(NL(kind="notice", cause="unknown", sr=True, note="other reason: delivery address (PO box) cannot be served",
        frm=("Amazon.nl", "order-update"), to=2, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="We hebben je bestelling #{order} geannuleerd",
        title="Bestelling geannuleerd", greet="Hallo Femke,",
        paras=["Het afleveradres dat je hebt opgegeven, is een postbus. Onze vervoerders kunnen pakketten van dit formaat niet bij een postbusadres bezorgen, en daarom hebben we de bestelling geannuleerd.",
               "Plaats de bestelling opnieuw met een straatadres of kies een afhaalpunt in de buurt."],
        items=[("IKEA-compatibele wandplank, eiken, 80 cm", 2, 34.50)], money=[0], help=[3]))

unit(NL(kind="notice", cause="unknown", sr=True, note="other reason: lithium battery cannot be shipped to Belgium",
        frm=("Amazon.nl", "order-update"), to=7, auth=False, fmt="plain", pstyle="p2", cs="utf-8", cte="qp",
        subj="Je bestelling #{order} kan niet naar België worden verzonden",
        title="Bestelling geannuleerd", greet="Dag Wout,",
        paras=["We kunnen dit artikel helaas niet naar je adres in België sturen. Het bevat een losse lithiumbatterij die volgens de regels van onze vervoerder niet over de grens mag worden vervoerd.",
               "We hebben de bestelling daarom geannuleerd. Op Amazon.com.be vind je mogelijk een uitvoering die wel naar België kan worden geleverd."],
        items=[("Ryobi ONE+ 18V accu 4,0 Ah", 1, 79.99)], money=[0], help=[0], wrap_plain=True))

# -- non-notices
unit(NL(kind="non_notice", note="shipping confirmation with 14-day cancellation/withdrawal footer",
        frm=("Amazon.nl", "shipment-tracking"), to=1, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="qp",
        subj="Je Amazon.nl-bestelling #{order} van 2 artikelen is verzonden",
        title="Verzendbevestiging", greet="Hallo Jeroen,",
        paras=["Goed nieuws: we hebben je artikelen verzonden. Je bestelling is onderweg en kan niet meer worden gewijzigd.",
               "Verwachte bezorging: **donderdag 7 november**\nBezorgd door PostNL, track-and-trace-code 3SAMZN0417822."],
        ih="Verzonden artikelen", items=[("Bosch Serie 4 stofzuiger BGL41", 1, 149.99), ("Bosch stofzuigerzakken type G, 4 stuks", 1, 13.49)],
        money=[], help=["Een artikel terugsturen is eenvoudig. Ga naar het [[Retourcentrum|{home}/returns]]."],
        footers=["Je kunt deze overeenkomst binnen 14 dagen na ontvangst van het product zonder opgave van redenen herroepen (annuleren). We betalen dan alle ontvangen betalingen terug, inclusief de standaardverzendkosten. Een annulering kun je aanvragen via het [[Retourcentrum|{home}/returns]] of met het [[modelformulier voor herroeping|{home}/cancellationform]].", 0, "legal"]))

unit(NL(kind="non_notice", note="Prime membership ended (subscription cancellation)",
        frm=("Amazon Prime", "prime@amazon.nl"), to=3, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        no_order=True,
        subj="Je Prime-lidmaatschap is opgezegd",
        title="Je Prime-lidmaatschap is opgezegd", greet="Hallo Lotte,",
        paras=["We bevestigen dat je Amazon Prime-lidmaatschap is opgezegd. Je kunt de voordelen nog gebruiken tot en met **12 januari**; daarna wordt je lidmaatschap niet verlengd en betaal je niets meer.",
               "Je bestellingen die al onderweg zijn, worden gewoon geleverd. Van gedachten veranderd? Je kunt je lidmaatschap op elk moment weer activeren via [[Prime beheren|{home}/gp/primecentral]]."],
        items=[], money=[], help=[], button="Prime opnieuw activeren", button_url="{home}/gp/primecentral", footers=[0, 2]))

unit(NL(kind="non_notice", note="other retailer (bol.com) order cancellation",
        hdr="other", dom="bol.com", home="https://www.bol.com", brand="bol.com", mailhost="mta-out-12.bol.com",
        frm=("bol.com", "klantenservice@service.bol.com"), to=0, auth=True, fmt="html", layout="raw", cs="utf-8", cte="qp",
        subj="Je bestelling 4098327715 is geannuleerd",
        title="Je bestelling is geannuleerd",
        raw_html=retail_html("#0000a4", "bol.", "Je bestelling is geannuleerd",
                             ["Hoi Sanne,", "De partner die dit artikel zou leveren, heeft je bestelling geannuleerd omdat het artikel niet meer op voorraad is. Het bedrag van € 64,95 storten we binnen 3 werkdagen terug.",
                              "Bekijk [[vergelijkbare artikelen|https://www.bol.com/nl/nl/]] of ga naar [[Mijn bestellingen|https://www.bol.com/nl/rnwy/account/bestellingen/overzicht]]."],
                             [("Bestelnummer", "4098327715"), ("Philips Airfryer XL HD9270/90", "€ 64,95"), ("Verkoper", "Keukenshop Nederland")],
                             ["Groetjes, het team van bol.", "bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht"])))

unit(NL(kind="non_notice", note="Coolblue delivery slot cancelled/rescheduled, not an order cancellation",
        hdr="other", dom="coolblue.nl", home="https://www.coolblue.nl", brand="Coolblue", mailhost="mail-out3.coolblue.nl",
        frm=("Coolblue", "bezorging@coolblue.nl"), to=5, auth=False, fmt="plain", cs="utf-8", cte="8bit",
        subj="Je bezorgmoment van zaterdag is geannuleerd",
        raw="""Hoi Thijs,

Vervelend nieuws: we kunnen je wasmachine zaterdag 16 november tussen 08.00 en 12.00 uur niet bezorgen. Door ziekte rijdt er die dag een bezorgbus minder, en daarom hebben we dit bezorgmoment moeten annuleren.

Je bestelling (ordernummer 84210553) blijft gewoon staan. Kies hieronder een nieuw moment dat jou uitkomt:
https://www.coolblue.nl/mijn-coolblue/bestellingen/84210553/bezorgmoment

Samsung WW90T534AAW wasmachine 9 kg
Installatie en afvoer oude machine: ja

Sorry voor het ongemak. Als goedmaker krijg je de installatie deze keer van ons.

Groetjes,
Lisa van Coolblue

Alles voor een glimlach.
"""))

unit(NL(kind="non_notice", note="friend writes that she cancelled her own Amazon order",
        hdr="friend", frm=("Annelies Kok", "annelies.kok@gmail.com"), to=0, fmt="plain", cs="iso-8859-1", cte="qp",
        mailhost="mail-sor-f41.google.com",
        subj="Re: verjaardagscadeau voor mama",
        raw="""Hoi Sanne,

Ik heb mijn Amazon-bestelling van die espressomachine geannuleerd hoor, hij zou pas over drie weken geleverd worden en dat is te laat voor haar verjaardag. Ik heb meteen een mail gekregen dat het geld teruggaat, dus dat zit goed.

Zullen we dan toch samen die high tea-bon geven? Ik kan zaterdag wel even langskomen om het kaartje te schrijven.

Liefs,
Annelies

Op di 12 nov 2024 om 19:42 schreef Sanne de Vries <sanne.devries@ziggo.nl>:
> Zal ik de helft betalen van die machine? Of heb je al iets anders?
"""))

# -- lookalikes (phishing)
unit(NL(kind="lookalike", cause="payment_issue", sr=True, note="homoglyph display name (Cyrillic A), look-alike domain, link text amazon.nl but href elsewhere",
        hdr="phish", imitates="amazon.nl", dom="amazon.nl", home="https://www.amazon.nl",
        frm=("Аmazon.nl", "no-reply@amazon-nl-bestellingen.com"), hdr_cs="utf-8", to=9, fmt="html", layout="simple",
        cs="utf-8", cte="b64", mailhost="vps-5519.hostingcloud.eu", return_path="bounce@amazon-nl-bestellingen.com",
        auth_raw="mx.xs4all.nl; dkim=none; spf=pass smtp.mailfrom=amazon-nl-bestellingen.com; dmarc=none header.from=amazon-nl-bestellingen.com",
        extra_headers=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
        subj="Uw bestelling #403-8817620-5520174 is geannuleerd - betaling mislukt",
        title="Uw bestelling is geannuleerd", greet="Geachte klant,",
        paras=["Wij konden de betaling voor uw recente bestelling niet verwerken. Uw bestelling is daarom geannuleerd en uw account is beperkt.",
               "Om uw account te herstellen en uw bestelling alsnog te ontvangen, moet u binnen 24 uur uw kaartgegevens bevestigen via onderstaande link:\n[[https://www.amazon.nl/gp/css/account/payment|http://amazon-nl-bestellingen.com/nl/verify/?id=88120]]",
               "Als u dit niet doet, worden uw account en alle openstaande bestellingen definitief gesloten."],
        items=[("Apple iPhone 15 128GB Zwart", 1, 969.00)], ih="Geannuleerd artikel", button="Betaling bevestigen",
        button_url="http://amazon-nl-bestellingen.com/nl/verify/?id=88120",
        footers=["© 1996-2024, Amazon.com, Inc. of gelieerde ondernemingen"], signoff="Met vriendelijke groet,\nAmazon.nl Klantenservice"))

unit(NL(kind="lookalike", cause="fraud_prevention", sr=True, note="free-mail sender, account suspended + order cancelled, callback phone number",
        hdr="phish", imitates="amazon.nl", frm=("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com"),
        to=3, fmt="plain", cs="utf-8", cte="8bit", mailhost="mail-sor-f69.google.com", auth=True,
        subj="Account opgeschort - bestelling geannuleerd",
        raw="""Beste klant,

Wegens verdachte activiteiten is uw Amazon account tijdelijk opgeschort en uw laatste bestelling (Samsung Galaxy Tab S9, € 799,00) is geannuleerd.

Heeft u deze bestelling niet zelf geplaatst? Bel dan direct onze fraudeafdeling op 085 - 208 41 77 (gratis, 24/7 bereikbaar). Een medewerker helpt u om uw account te herstellen en het bedrag terug te boeken.

Let op: als wij binnen 12 uur niets van u horen, wordt het bedrag definitief afgeschreven.

Met vriendelijke groet,
Afdeling Beveiliging
Amazon.nl
"""))

unit(NL(kind="lookalike", cause="unknown", sr=False, note="no order number, refund bait, link text amazon.nl href elsewhere, look-alike domain",
        hdr="phish", imitates="amazon.nl", frm=("Amazon.nl", "info@amaz0n-service.nl"), to=4, fmt="alt", layout="card",
        dom="amazon.nl", home="https://www.amazon.nl", cs="iso-8859-1", cte="qp", mailhost="mail.amaz0n-service.nl",
        subj="Je bestelling is geannuleerd - terugbetaling staat klaar",
        title="Terugbetaling", greet="Hallo,",
        paras=["Je bestelling is geannuleerd. Er staat een terugbetaling van € 349,00 voor je klaar.",
               "Om het bedrag te ontvangen, moet je je bankgegevens bevestigen op [[www.amazon.nl/terugbetaling|https://amaz0n-service.nl/refund/claim.php]]. De terugbetaling vervalt na 48 uur."],
        items=[], button="Terugbetaling ontvangen", button_url="https://amaz0n-service.nl/refund/claim.php",
        footers=["Amazon.nl | Privacyverklaring"], link_mode="text"))

unit(NL(kind="lookalike", cause="customer_request", sr=True, note="'you cancelled, not you? call', malformed order number, look-alike domain",
        hdr="phish", imitates="amazon.com.be", frm=("Amazon.com.be", "annulering@amazon-be-support.com"), to=6, fmt="html",
        layout="raw", cs="utf-8", cte="qp", mailhost="smtp.amazon-be-support.com",
        auth_raw="mx.telenet-ops.be; dkim=pass header.d=amazon-be-support.com; spf=pass smtp.mailfrom=amazon-be-support.com; dmarc=pass header.from=amazon-be-support.com",
        subj="Bevestiging: uw bestelling #40-33812-99201 werd geannuleerd op uw verzoek",
        raw_html="""<html><body style="font-family:Arial;font-size:14px;">
<div style="background:#131921;padding:10px;"><span style="color:#fff;font-size:22px;font-weight:bold;">amazon</span><span style="color:#ff9900;">.com.be</span></div>
<p>Beste klant,</p>
<p>Uw bestelling <b>#40-33812-99201</b> werd <b>op uw verzoek geannuleerd</b>. Het bedrag van <b>&euro; 1.249,00</b> wordt binnen 5 werkdagen teruggestort.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;"><tr><td>Artikel</td><td>MacBook Air 13" M3 (2024)</td></tr><tr><td>Status</td><td style="color:red;">Geannuleerd door klant</td></tr></table>
<p>Heeft u deze annulering <u>niet</u> aangevraagd? Bel dan onmiddellijk onze klantendienst: <b>+32 2 808 71 45</b>, of klik op <a href="http://amazon-be-support.com/annulering/stop?ref=9921">https://www.amazon.com.be/gp/your-account/order-history</a> om de annulering te stoppen.</p>
<p>Met vriendelijke groeten,<br/>Amazon.com.be Klantendienst</p>
<p style="font-size:10px;color:#888;">Dit bericht werd automatisch verzonden.</p>
</body></html>
"""))


# ----------------------------------------------------- Brazilian Portuguese ---
def PT(**k):
    k.setdefault("lang", "pt")
    k.setdefault("mp", "amazon.com.br")
    return k


# -- inventory_shortage
unit(PT(kind="notice", cause="inventory_shortage", sr=True, note="item became unavailable, cancelled from order; rest ships",
        frm=("Amazon.com.br", "order-update"), to=0, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Item cancelado do seu pedido nº {order}",
        title="Item cancelado", greet="Olá, Mariana,",
        preheader="Um item do seu pedido não poderá ser enviado.",
        paras=["Infelizmente, o item abaixo ficou indisponível e não conseguiremos enviá-lo. Por esse motivo, ele foi cancelado do seu pedido.",
               "Os demais itens continuam com a entrega prevista normalmente. Avisaremos você assim que forem enviados."],
        items=[("Echo Dot (5ª Geração) | Smart speaker com Alexa | Cor Preta", 1, 399.00)],
        money=[0], help=[1], footers=[0, 1, "legal"]))

unit(PT(kind="notice", cause="inventory_shortage", sr=True, note="marketplace seller cancelled: sold out in seller's stock",
        frm=("Amazon.com.br Marketplace", "marketplace-messages"), to=1, auth=False, fmt="plain", pstyle="p2", cs="iso-8859-1", cte="qp",
        subj="O vendedor cancelou seu pedido {order}",
        title="Pedido cancelado pelo vendedor", greet="Olá, Thiago,",
        paras=["O vendedor Casa & Cozinha Store cancelou o pedido {order}.",
               "Segundo o vendedor, o produto esgotou no estoque dele antes que a sua compra pudesse ser separada para envio, e não há previsão de reposição.",
               "Se tiver dúvidas sobre este cancelamento, entre em contato com o vendedor em Seus pedidos."],
        ih="Item cancelado", items=[("Jogo de Panelas Tramontina Paris Antiaderente, 5 peças, Vermelho", 1, 299.90, "Casa & Cozinha Store")],
        money=["Como o pedido foi cancelado antes do envio, você não foi cobrado."], help=[], signoff="Atenciosamente,\nAmazon.com.br", footers=[0, 4]))

unit(PT(kind="notice", cause="inventory_shortage", sr=True, note="pre-sale cannot be fulfilled: supplier reduced shipment",
        frm=("Amazon.com.br", "order-update"), to=2, auth=True, fmt="html", layout="classic", cs="utf-8", cte="b64",
        subj="Sua pré-venda foi cancelada",
        title="Pré-venda cancelada", greet="Olá, Camila,",
        paras=["Lamentamos, mas tivemos que cancelar a sua reserva.",
               "O fornecedor reduziu a quantidade de unidades enviadas ao Brasil, e o lote destinado à Amazon não foi suficiente para atender todas as pré-vendas. Como as reservas são atendidas por ordem de compra, a sua ficou de fora.",
               "Se o produto voltar a ficar disponível, ele aparecerá normalmente na página de detalhes."],
        items=[("Nintendo Switch 2 + Mario Kart World (Bundle)", 1, 4499.00)], money=[2], help=[2]))

unit(PT(kind="notice", cause="inventory_shortage", sr=True, note="labelled reason line: manufacturer discontinued product",
        frm=("Amazon.com.br", "no-reply"), to=3, auth=True, fmt="plain", pstyle="p3", cs="utf-8", cte="b64",
        subj="Pedido {order} cancelado",
        title="Cancelamento de pedido", greet="Prezado Rafael,",
        paras=["Informamos que o pedido abaixo foi cancelado.",
               "Motivo: o fabricante descontinuou o produto e não temos mais unidades disponíveis para envio."],
        items=[("Fone de Ouvido JBL Tune 520BT Bluetooth, Preto", 1, 229.00)], money=[1], help=[3]))

# -- payment_issue
unit(PT(kind="notice", cause="payment_issue", sr=True, note="card issuer refused the transaction",
        frm=("Amazon.com.br", "payments-messages"), to=4, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Seu pedido {order} foi cancelado",
        title="Pedido cancelado", greet="Olá, Juliana,",
        paras=["A administradora do seu cartão Visa final 3307 recusou a transação. Como não foi possível concluir o pagamento, o seu pedido foi cancelado.",
               "Se ainda quiser os produtos, confira os dados do cartão em Sua conta ou escolha outra forma de pagamento e faça um novo pedido."],
        items=[("Kindle Paperwhite 16 GB - Tela de 7\", à prova d'água", 1, 899.00)],
        money=["Nenhum valor foi debitado."], help=[0], footers=[2, 1, "legal"]))

unit(PT(kind="notice", cause="payment_issue", sr=True, note="boleto expired without payment",
        frm=("Amazon.com.br", "payments-update"), to=5, auth=False, fmt="plain", pstyle="p1", cs="iso-8859-1", cte="8bit",
        subj="Pedido {order} cancelado: boleto não pago",
        title="Pedido cancelado", greet="Olá, Lucas,",
        paras=["O boleto bancário deste pedido venceu em 12/03 e não identificamos o pagamento até a data de vencimento. Por isso, o pedido foi cancelado automaticamente.",
               "Se você já pagou o boleto depois do vencimento, o valor será devolvido. Para comprar os itens novamente, basta fazer um novo pedido."],
        items=[("Fritadeira Air Fryer Mondial AF-30 Family, 4L, 110V", 1, 349.90)],
        money=[], help=[1], footers=[0, 4, "legal"]))

unit(PT(kind="notice", cause="payment_issue", sr=True, note="Pix code expired before payment",
        frm=("Amazon.com.br", "payments-messages"), to=6, auth=False, fmt="html", layout="simple", cs="utf-8", cte="8bit",
        subj="Não recebemos o pagamento via Pix do pedido {order}",
        title="Pedido cancelado", greet="Oi, Fernanda,",
        paras=["O código Pix gerado para esta compra expirou sem que o pagamento fosse confirmado, e o pedido acabou cancelado.",
               "Quer tentar de novo? Os itens continuam no site. No novo pedido, lembre-se de que o código Pix vale por 30 minutos."],
        items=[("Garrafa Térmica Stanley Classic 1L, Verde", 1, 359.00), ("Copo Térmico Stanley Quencher 887ml", 1, 249.00)],
        money=[], help=[2]))

# thread (PT): payment not authorized -> cancellation without reason => payment_issue
unit(PT(kind="non_notice", note="thread", okey="pt-t2", thread_pos=0,
        frm=("Amazon.com.br", "payments-messages"), to=7, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Não foi possível processar o pagamento do seu pedido nº {order}",
        title="Atualize sua forma de pagamento", greet="Olá, Gustavo,",
        paras=["A cobrança no seu cartão Mastercard final 5512 não foi autorizada.",
               "Atualize a forma de pagamento até 18 de setembro para que possamos enviar o seu pedido. Acesse Seus pedidos, selecione o pedido e clique em \"Revisar pagamento\"."],
        items=[("Controle Sem Fio DualSense PS5 - Branco", 1, 429.00), ("Base de carregamento DualSense", 1, 199.90)],
        ih="Itens do pedido", button="Revisar pagamento", money=[], help=[]),
     PT(kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail", okey="pt-t2", thread_pos=1,
        frm=("Amazon.com.br", "order-update"), to=7, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Cancelamos o pedido nº {order}",
        title="Pedido cancelado", greet="Olá, Gustavo,",
        paras=["O pedido nº {order} foi cancelado. Veja abaixo os itens."],
        items=[("Controle Sem Fio DualSense PS5 - Branco", 1, 429.00), ("Base de carregamento DualSense", 1, 199.90)],
        money=[0], help=[1]))

# -- technical_issue
unit(PT(kind="notice", cause="technical_issue", sr=True, note="pricing error R$ 299,90 vs R$ 2.999,00",
        frm=("Amazon.com.br", "order-update"), to=1, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="b64",
        subj="Informação importante sobre o seu pedido {order}",
        title="Pedido cancelado", greet="Olá, Thiago,",
        paras=["Devido a um erro no nosso sistema, o preço exibido para o produto abaixo estava incorreto no momento da sua compra: R$ 299,90 em vez de R$ 2.999,00.",
               "Como o valor anunciado não correspondia ao preço real, decidimos cancelar o pedido. Pedimos desculpas pelo transtorno."],
        items=[("Smart TV Samsung 55\" Crystal UHD 4K 55DU7700", 1, 299.90)], money=[1], help=[0]))

unit(PT(kind="notice", cause="technical_issue", sr=True, note="processing failure: shipping not calculated correctly",
        frm=("Amazon.com.br", "order-update"), to=2, auth=False, fmt="plain", pstyle="p2", cs="utf-8", cte="8bit",
        subj="Problema no processamento do pedido {order}",
        title="Pedido cancelado", greet="Olá, Camila,",
        paras=["Uma instabilidade no nosso sistema de processamento fez com que o seu pedido fosse registrado sem o cálculo correto do frete.",
               "Por esse motivo, a Amazon cancelou o pedido. Você pode refazê-lo normalmente: o problema já foi corrigido."],
        items=[("Ventilador de Mesa Arno Silence Force 40cm, 127V", 1, 269.90), ("Whey Protein Concentrado Growth 1kg - Chocolate", 2, 119.90)],
        money=[0], help=[2], wrap_plain=True))

unit(PT(kind="notice", cause="technical_issue", sr=True, note="denies payment problem; product page listing error (kit of 2 vs single)",
        frm=("Amazon.com.br", "order-update"), to=0, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Atualização sobre o seu pedido {order}",
        title="Item cancelado", greet="Olá, Mariana,",
        paras=["Queremos deixar claro: não houve nenhum problema com o seu pagamento.",
               "O cancelamento aconteceu porque a página do produto exibia informações erradas. A descrição anunciava um kit com duas unidades, mas o código do produto corresponde a apenas uma. Para que você não receba algo diferente do que comprou, cancelamos o item."],
        items=[("Kit 2 Travesseiros Nasa Viscoelástico Duoflex", 1, 189.90)], money=[3], help=[1]))

# thread (PT): account on hold -> cancellation without reason => fraud_prevention
unit(PT(kind="non_notice", note="thread", okey="pt-t1", thread_pos=0,
        frm=("Amazon.com.br", "account-update"), to=3, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="qp",
        subj="Sua conta Amazon.com.br está temporariamente em espera",
        title="Sua conta está em espera", greet="Olá, Rafael,",
        paras=["Detectamos uma atividade incomum na sua conta e, por segurança, colocamos a conta em espera. Enquanto isso, o pedido nº {order} ficará retido e não será enviado.",
               "Para liberar a conta, acesse o site ou o aplicativo da Amazon digitando o endereço você mesmo, faça login e siga as instruções na tela para confirmar suas informações. Podemos pedir um documento com foto."],
        items=[("Apple iPhone 15 (128 GB) - Preto", 1, 4799.00)], ih="Pedido retido", money=[], help=[]),
     PT(kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", okey="pt-t1", thread_pos=1,
        frm=("Amazon.com.br", "order-update"), to=3, auth=False, fmt="plain", pstyle="p3", cs="utf-8", cte="b64",
        subj="Seu pedido {order} foi cancelado",
        title="Pedido cancelado", greet="Olá, Rafael,",
        paras=["Seu pedido nº {order} foi cancelado."],
        items=[("Apple iPhone 15 (128 GB) - Preto", 1, 4799.00)], money=[4], help=[0]))

# -- fraud_prevention
unit(PT(kind="notice", cause="fraud_prevention", sr=True, note="security review, cardholder data not confirmed",
        frm=("Amazon.com.br", "no-reply"), to=4, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Pedido {order} cancelado após análise de segurança",
        title="Pedido cancelado", greet="Olá, Juliana,",
        paras=["Para proteger a sua conta, este pedido passou por uma análise de segurança antes do envio.",
               "Como não conseguimos confirmar os dados do titular do cartão utilizado, o pedido foi cancelado."],
        items=[("Notebook Lenovo IdeaPad Slim 3 Ryzen 7, 16 GB, 512 GB SSD", 1, 3899.00)], money=[0], help=[3]))

unit(PT(kind="notice", cause="fraud_prevention", sr=True, note="login from unknown device, account temporarily blocked, order cancelled",
        frm=("Amazon.com.br", "account-update"), to=5, auth=False, fmt="html", layout="card", cs="iso-8859-1", cte="qp",
        subj="Bloqueamos sua conta por precaução",
        title="Bloqueio preventivo", greet="Olá, Lucas,",
        paras=["Notamos tentativas de acesso à sua conta a partir de um dispositivo desconhecido pouco antes desta compra. Por precaução, bloqueamos a conta temporariamente e cancelamos o pedido que estava em aberto.",
               "Para voltar a usar a conta, redefina sua senha pelo site ou aplicativo da Amazon. Se foi você quem fez a compra, basta repeti-la depois de redefinir a senha."],
        items=[("Cartão Presente Digital Amazon.com.br - R$ 500", 2, 500.00)], button=False, money=[1], help=[], footers=[1, 3, "legal"]))

# -- customer_request
unit(PT(kind="notice", cause="customer_request", sr=True, note="successful cancellation as requested",
        frm=("Amazon.com.br", "auto-confirm"), to=6, auth=True, fmt="plain", pstyle="p2", cs="utf-8", cte="qp",
        subj="Cancelamento realizado com sucesso: \"Torto Arado\" do pedido {order}",
        title="Cancelamento realizado", greet="Olá, Fernanda,",
        paras=["Conforme sua solicitação, o item abaixo foi cancelado e não será enviado.",
               "Os outros itens do pedido continuam sendo processados normalmente."],
        items=[("Torto Arado - Itamar Vieira Junior (Capa comum)", 1, 49.90)], money=[1], help=[1]))

unit(PT(kind="notice", cause="customer_request", sr=True, note="you requested cancellation of whole order",
        frm=("Amazon.com.br", "auto-confirm"), to=7, auth=False, fmt="html", layout="classic", cs="iso-8859-1", cte="qp",
        subj="Pedido {order} cancelado",
        title="Seu cancelamento foi concluído", greet="Olá, Gustavo,",
        paras=["Você solicitou o cancelamento do pedido nº {order}, e ele foi concluído. Nenhum item será enviado."],
        items=[("Tênis Olympikus Corre 3, Masculino, Preto, 42", 1, 399.99), ("Meia Esportiva Lupo, kit com 3 pares", 1, 59.90)],
        money=[2], help=[0]))

unit(PT(kind="notice", cause="customer_request", sr=True, note="labelled: Motivo do cancelamento: Cancelado pelo cliente",
        frm=("Amazon.com.br", "auto-confirm"), to=0, auth=False, fmt="plain", pstyle="p3", cs="utf-8", cte="b64",
        subj="Amazon.com.br - Seu cancelamento ({order})",
        title="Seu cancelamento", greet="Olá, Mariana,",
        paras=["Você acabou de cancelar o pedido nº {order}.\nStatus: CANCELADO\nMotivo do cancelamento: Cancelado pelo cliente"],
        items=[("Cafeteira Expresso Nespresso Essenza Mini, Preta, 110V", 1, 449.00)], money=[0], help=[2], footers=[0, 2]))

# -- unknown (no reason)
unit(PT(kind="notice", cause="unknown", sr=False, note="no reason given",
        frm=("Amazon.com.br", "order-update"), to=1, auth=True, fmt="alt", layout="card", cs="utf-8", cte="b64",
        subj="Seu pedido nº {order} foi cancelado",
        title="Pedido cancelado", greet="Olá, Thiago,",
        paras=["Estamos escrevendo para avisar que o seu pedido nº {order} foi cancelado."],
        items=[("Mochila Samsonite Ikonn para notebook 15,6\"", 1, 459.00)], money=[2], help=[0], footers=[0, 1, 2, 4]))

unit(PT(kind="notice", cause="unknown", sr=False, note="no reason given; 'Informações da Amazon.com.br' subject",
        frm=("Amazon.com.br", "no-reply"), to=2, auth=False, fmt="plain", pstyle="p1", cs="iso-8859-1", cte="b64",
        subj="Informações da Amazon.com.br",
        title="Informações sobre o seu pedido", greet="Prezada cliente,",
        paras=["Informamos que o pedido abaixo foi cancelado. Pedimos desculpas por qualquer inconveniente."],
        items=[("Protetor Solar La Roche-Posay Anthelios XL-Protect FPS 60, 120 ml", 2, 89.90)], money=[3], help=[3], footers=[1, 2, 4, "legal"]))

unit(PT(kind="notice", cause="unknown", sr=False, note="no reason given",
        frm=("Amazon.com.br", "order-update"), to=4, auth=False, fmt="html", layout="simple", cs="utf-8", cte="qp",
        subj="Um item foi cancelado do seu pedido {order}",
        title="Item cancelado", greet="Olá, Juliana,",
        paras=["O item abaixo foi cancelado do seu pedido. Se quiser, você pode comprá-lo novamente a qualquer momento."],
        items=[("Luminária de Mesa LED Articulada Intelbras, Branca", 1, 129.90)], money=[1], help=[1]))

# -- unknown (other reason)
unit(PT(kind="notice", cause="unknown", sr=True, note="other reason: CEP not served by carriers",
        frm=("Amazon.com.br", "order-update"), to=5, auth=True, fmt="plain", pstyle="p2", cs="utf-8", cte="qp",
        subj="Não conseguimos entregar no CEP informado - pedido {order}",
        title="Pedido cancelado", greet="Olá, Lucas,",
        paras=["Infelizmente, o CEP informado no pedido (69980-000) não é atendido pelas nossas transportadoras para produtos deste tamanho.",
               "Por isso, cancelamos o pedido. Se tiver outro endereço de entrega, como o do trabalho, você pode fazer um novo pedido usando esse endereço."],
        items=[("Geladeira Brastemp Frost Free Duplex 375L, Inox, 127V", 1, 3599.00)], money=[0], help=[0]))

unit(PT(kind="notice", cause="unknown", sr=True, note="other reason: aerosol cannot be shipped by air to customer's state",
        frm=("Amazon.com.br", "order-update"), to=3, auth=False, fmt="alt", layout="classic", cs="iso-8859-1", cte="qp",
        subj="Cancelamento do pedido {order}",
        title="Pedido cancelado", greet="Olá, Rafael,",
        paras=["O produto abaixo é um aerossol, classificado como produto inflamável. Para o seu estado (AM), as entregas só podem ser feitas por transporte aéreo, que não aceita esse tipo de carga.",
               "Como não existe outra forma de levar o produto até o endereço informado, o pedido foi cancelado."],
        items=[("Desodorante Aerossol Rexona Men Active Dry 150 ml, kit com 6", 1, 89.94)], money=[1], help=[2]))

# -- non-notices
unit(PT(kind="non_notice", note="return received, refund issued",
        frm=("Amazon.com.br", "return@amazon.com.br"), to=6, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Seu reembolso de R$ 229,00 foi processado",
        title="Reembolso processado", greet="Olá, Fernanda,",
        paras=["Recebemos a devolução do item abaixo e processamos o seu reembolso de **R$ 229,00**.",
               "O valor será estornado no cartão de crédito usado na compra. Dependendo da data de fechamento da fatura, o crédito pode aparecer em até duas faturas."],
        ih="Item devolvido", items=[("Fone de Ouvido JBL Tune 520BT Bluetooth, Azul", 1, 229.00)],
        money=[], help=[1], button="Ver detalhes do reembolso"))

unit(PT(kind="non_notice", note="Kindle Unlimited subscription cancelled",
        frm=("Kindle Unlimited", "digital-no-reply@amazon.com.br"), to=2, auth=True, fmt="html", layout="simple", cs="utf-8", cte="b64",
        no_order=True, subj="Sua assinatura do Kindle Unlimited foi cancelada",
        title="Assinatura cancelada", greet="Olá, Camila,",
        paras=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você continuará tendo acesso aos títulos do catálogo até **3 de dezembro**. Depois dessa data, os livros emprestados pelo Kindle Unlimited serão devolvidos automaticamente.",
               "Não será feita nenhuma nova cobrança. Os eBooks que você comprou continuam na sua biblioteca."],
        button="Reativar assinatura", button_url="{home}/kindle-dbs/hz/subscribe/ku", money=[], help=[0], footers=[0]))

unit(PT(kind="non_notice", note="other retailer (Mercado Livre) purchase cancelled",
        hdr="other", dom="mercadolivre.com.br", home="https://www.mercadolivre.com.br", brand="Mercado Livre", cur="brl",
        mailhost="mail-out.mercadolivre.com", auth=True,
        frm=("Mercado Livre", "noreply@mercadolivre.com.br"), to=4, fmt="html", layout="raw", cs="utf-8", cte="qp",
        subj="Sua compra foi cancelada",
        raw_html=retail_html("#fff159", "mercado livre", "Sua compra foi cancelada",
                             ["Olá, Juliana.", "O vendedor cancelou a sua compra porque não tinha mais o produto em estoque. Já estamos devolvendo o dinheiro: ele estará disponível no Mercado Pago em até 2 dias úteis.",
                              "Veja [[outras opções do mesmo produto|https://www.mercadolivre.com.br/]]."],
                             [("Compra nº", "2000008712345566"), ("Liquidificador Oster 1400 Full 3,2L", "R$ 289,90")],
                             ["Mercado Livre - Av. das Nações Unidas, 3003, Osasco/SP"], accent="#333333")))

unit(PT(kind="non_notice", note="Amazon newsletter mentioning easy cancellation",
        frm=("Amazon.com.br", "store-news@amazon.com.br"), to=0, auth=True, fmt="html", layout="raw", cs="utf-8", cte="b64",
        no_order=True, subj="Semana do Consumidor: ofertas com entrega grátis e cancelamento fácil",
        raw_html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Semana do Consumidor</title></head>
<body style="margin:0;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#232F3E" style="padding:14px 20px;"><img src="https://m.media-amazon.com/images/G/32/gno/sprites/nav-sprite-global-1x-hm-dsk-reorg._CB405937547_.png" alt="Amazon.com.br" width="100" /></td></tr>
<tr><td style="padding:20px;"><h1 style="font-size:24px;color:#0F1111;">Semana do Consumidor chegou</h1>
<p style="font-size:15px;color:#0F1111;">Até 40% off em eletrônicos, casa e livros, com entrega grátis para membros Prime.</p>
<p style="font-size:15px;color:#0F1111;"><b>Compre com tranquilidade:</b> mudou de ideia? Você pode cancelar seu pedido em Seus pedidos enquanto ele ainda não foi enviado, e devolver produtos em até 7 dias após o recebimento.</p>
<p><a href="https://www.amazon.com.br/semanadoconsumidor?ref_=pe_2305040_1" style="background:#FFD814;padding:10px 20px;border-radius:20px;color:#0F1111;text-decoration:none;">Ver ofertas</a></p>
<table width="100%"><tr><td width="50%" style="padding:6px;"><b>Echo Pop</b><br/>R$ 249,00 <s>R$ 399,00</s></td><td width="50%" style="padding:6px;"><b>Kindle 16 GB</b><br/>R$ 499,00 <s>R$ 599,00</s></td></tr></table>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#666;">Você está recebendo este e-mail porque se inscreveu para receber novidades da Amazon.com.br. <a href="https://www.amazon.com.br/gp/gss/manage">Cancelar inscrição</a>.<br/>Amazon Serviços de Varejo do Brasil Ltda. - CNPJ 15.436.940/0001-03</td></tr>
</table></body></html>
"""))

unit(PT(kind="non_notice", note="boleto reminder before cancellation ('pay or the order will be cancelled')",
        frm=("Amazon.com.br", "payments-messages"), to=1, auth=False, fmt="plain", pstyle="p2", cs="iso-8859-1", cte="qp",
        subj="Lembrete: o boleto do pedido {order} vence amanhã",
        title="Lembrete de pagamento", greet="Olá, Thiago,",
        paras=["O boleto do seu pedido nº {order} vence amanhã, 22/05.",
               "Para garantir seus produtos, faça o pagamento até a data de vencimento. Se não identificarmos o pagamento, o pedido será cancelado automaticamente.",
               "Segunda via do boleto: [[Seus pedidos|{home}/gp/css/order-history]]"],
        items=[("Livro A Biblioteca da Meia-Noite - Matt Haig", 1, 44.90), ("Marcador de página magnético, kit 6", 1, 19.90)],
        ih="Itens do pedido", money=[], help=[], footers=[0, 1]))

# -- lookalikes
unit(PT(kind="lookalike", cause="payment_issue", sr=True, note="look-alike domain, link text amazon.com.br, href elsewhere",
        hdr="phish", imitates="amazon.com.br", dom="amazon.com.br", home="https://www.amazon.com.br",
        frm=("Amazon.com.br", "pedidos@amazon-com-br.net"), to=5, fmt="alt", layout="card", cs="utf-8", cte="qp",
        mailhost="srv1.amazon-com-br.net", return_path="bounce@amazon-com-br.net", link_mode="text",
        subj="Pedido cancelado: pagamento não aprovado",
        title="Pagamento não aprovado", greet="Prezado cliente,",
        paras=["O pagamento do seu pedido #702-5581934-2271 não foi aprovado pela operadora e o pedido foi cancelado.",
               "Para reativar o pedido e manter o preço promocional, atualize os dados do seu cartão em até 24 horas: [[https://www.amazon.com.br/gp/css/account/payment|https://amazon-com-br.net/atualizar/cartao?uid=55312]]"],
        items=[("Smartphone Samsung Galaxy S24 256GB", 1, 3299.00)], button="Atualizar pagamento",
        button_url="https://amazon-com-br.net/atualizar/cartao?uid=55312",
        footers=["Amazon.com.br - Todos os direitos reservados."], signoff="Equipe Amazon"))

unit(PT(kind="lookalike", cause="fraud_prevention", sr=True, note="homoglyph display name (Greek omicron), account suspended + order cancelled, 'use this code'",
        hdr="phish", imitates="amazon.com.br", frm=("Amazοn Segurança", "suporte@amazonbr-seguranca.com"), hdr_cs="utf-8",
        to=6, fmt="html", layout="raw", cs="utf-8", cte="b64", mailhost="mail.amazonbr-seguranca.com",
        auth_raw="mx.google.com; dkim=pass header.d=amazonbr-seguranca.com; spf=pass smtp.mailfrom=amazonbr-seguranca.com; dmarc=pass (p=NONE) header.from=amazonbr-seguranca.com",
        subj="Conta suspensa e pedido cancelado - ação necessária",
        raw_html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">
<table width="580" align="center"><tr><td style="border-bottom:3px solid #ff9900;padding:8px 0;"><b style="font-size:22px;">amazon</b><span style="color:#888;">.com.br</span></td></tr>
<tr><td style="padding:16px 0;">
<p>Olá,</p>
<p>Identificamos uma compra suspeita em sua conta. Por segurança, <b>sua conta foi suspensa</b> e o pedido foi <b>cancelado</b>.</p>
<p>Para reativar sua conta, acesse o link abaixo e informe o <b>código de verificação</b>:</p>
<p style="font-size:26px;letter-spacing:6px;font-weight:bold;text-align:center;background:#f3f3f3;padding:10px;">AMZ-48213</p>
<p style="text-align:center;"><a href="https://amazonbr-seguranca.com/reativar" style="background:#ff9900;color:#fff;padding:10px 24px;text-decoration:none;">Reativar minha conta</a></p>
<p>Se a conta não for reativada em 48 horas, ela será encerrada definitivamente e o saldo do vale-presente será perdido.</p>
<p>Atenciosamente,<br/>Central de Segurança Amazon</p>
</td></tr></table></body></html>
"""))

unit(PT(kind="lookalike", cause="technical_issue", sr=True, note="free-mail sender, 'system error' claim, asks to reply with card details for refund",
        hdr="phish", imitates="amazon.com.br", frm=("Atendimento Amazon", "atendimento.amazon.brasil@hotmail.com"),
        to=7, fmt="plain", cs="iso-8859-1", cte="8bit", mailhost="EUR05-VI1-obe.outbound.protection.outlook.com", auth=True,
        subj="Seu pedido foi cancelado por erro no sistema",
        raw="""Prezado(a) cliente,

Devido a um erro em nosso sistema, seu pedido 701-2283-110982 foi cancelado e o valor de R$ 1.249,00 ficou retido.

Para receber o estorno, responda este e-mail informando:
- Nome completo e CPF
- Número do cartão, validade e código de segurança (CVV)

O reembolso será feito em até 24 horas após a confirmação dos dados.

Atenciosamente,
Atendimento Amazon Brasil
"""))

unit(PT(kind="lookalike", cause="unknown", sr=False, note="no order number, callback WhatsApp/0800 number, look-alike domain",
        hdr="phish", imitates="amazon.com.br", frm=("Amazon Brasil", "no-reply@amazon-pedidos-br.com"), to=0,
        fmt="html", layout="simple", dom="amazon.com.br", home="https://www.amazon.com.br", cs="utf-8", cte="qp",
        mailhost="vps41822.publiccloud.com.br", link_mode="text",
        subj="Seu pedido foi cancelado",
        title="Pedido cancelado", greet="Olá,",
        paras=["Seu pedido foi cancelado. Se você não reconhece este cancelamento ou deseja reativar a compra, ligue agora para nossa central: **0800 591 4427** ou chame no WhatsApp **(11) 94412-8830**.",
               "Nossos atendentes vão confirmar seus dados e liberar a compra."],
        items=[("Air Fryer Philips Walita 4,1L", 1, 599.00)], button="Falar com atendente",
        button_url="https://wa.me/5511944128830", footers=["© Amazon.com.br"], signoff="Atenciosamente,\nAmazon"))


# ---------------------------------------------------------------- Polish ---
def PL(**k):
    k.setdefault("lang", "pl")
    k.setdefault("mp", "amazon.pl")
    return k


# -- inventory_shortage
unit(PL(kind="notice", cause="inventory_shortage", sr=True, note="supplier can no longer deliver; item cancelled, rest ships",
        frm=("Amazon.pl", "order-update"), to=0, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Produkt z Twojego zamówienia nr {order} został anulowany",
        title="Anulowano produkt", greet="Dzień dobry, Katarzyno,",
        preheader="Jeden z produktów nie zostanie wysłany.",
        paras=["Niestety musieliśmy anulować poniższy produkt, ponieważ nasz dostawca nie jest już w stanie go nam dostarczyć. Nie spodziewamy się też, że wkrótce wróci do sprzedaży.",
               "Pozostałe produkty z tego zamówienia wyślemy zgodnie z planem."],
        items=[("Xiaomi Robot Vacuum S10+ odkurzacz automatyczny z mopem", 1, 1299.00)],
        money=[0], help=[1], footers=[0, 1, "legal"]))

unit(PL(kind="notice", cause="inventory_shortage", sr=True, note="marketplace seller cancelled: no stock (labelled seller reason)",
        frm=("Amazon.pl Marketplace", "marketplace-messages"), to=1, auth=False, fmt="plain", pstyle="p2", cs="iso-8859-2", cte="qp",
        subj="Sprzedawca anulował Twoje zamówienie {order}",
        title="Zamówienie anulowane przez sprzedawcę", greet="Dzień dobry,",
        paras=["Sprzedawca ElektroHurt24 anulował Twoje zamówienie {order}.\nPowód podany przez sprzedawcę: brak towaru w magazynie.",
               "Jeśli masz pytania dotyczące anulowania, skontaktuj się ze sprzedawcą w sekcji Twoje zamówienia."],
        ih="Anulowany produkt", items=[("Czajnik elektryczny Bosch TWK3P420 1,7 l, czarny", 1, 189.99, "ElektroHurt24")],
        money=["Zamówienie anulowano przed wysyłką, więc nie pobrano od Ciebie żadnej kwoty."], help=[],
        signoff="Pozdrawiamy,\nAmazon.pl", footers=[0, 4]))

# thread (PL): delay, can't obtain -> cancellation without reason => inventory_shortage
unit(PL(kind="non_notice", note="thread", okey="pl-t1", thread_pos=0,
        frm=("Amazon.pl", "order-update"), to=2, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="qp",
        subj="Opóźnienie dostawy zamówienia nr {order}",
        title="Opóźnienie dostawy", greet="Dzień dobry, Agnieszko,",
        paras=["Przykro nam, ale nie udało nam się jeszcze pozyskać poniższego produktu od dostawcy i na razie nie możemy podać nowej daty dostawy.",
               "Nadal próbujemy go zdobyć. W ciągu 7 dni poinformujemy Cię, czy wyślemy produkt. Jeśli się to nie uda, anulujemy go bez żadnych kosztów dla Ciebie."],
        ih="Opóźniony produkt", items=[("Gra planszowa Wsiąść do Pociągu: Europa (edycja polska)", 1, 189.95)],
        money=[], help=[1]),
     PL(kind="notice", cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", okey="pl-t1", thread_pos=1,
        frm=("Amazon.pl", "order-update"), to=2, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="8bit",
        subj="Twoje zamówienie Amazon.pl nr {order} zostało anulowane",
        title="Anulowanie zamówienia", greet="Dzień dobry, Agnieszko,",
        paras=["Zamówienie nr {order} zostało anulowane. Szczegóły znajdziesz poniżej."],
        items=[("Gra planszowa Wsiąść do Pociągu: Europa (edycja polska)", 1, 189.95)], money=[0], help=[1]))

unit(PL(kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled: publisher postponed indefinitely, no copies",
        frm=("Amazon.pl", "order-update"), to=3, auth=True, fmt="html", layout="classic", cs="utf-8", cte="b64",
        subj="Anulowaliśmy Twoje zamówienie przedpremierowe",
        title="Zamówienie przedpremierowe anulowane", greet="Witaj, Pawle,",
        paras=["Wydawca bezterminowo przesunął premierę tej edycji i poinformował nas, że nie otrzymamy zamówionych egzemplarzy.",
               "W tej sytuacji nie jesteśmy w stanie zrealizować Twojego zamówienia przedpremierowego, dlatego je anulowaliśmy. Wersja w miękkiej oprawie jest dostępna od ręki."],
        items=[("Wiedźmin: Rozstaje kruków - Andrzej Sapkowski (wydanie kolekcjonerskie)", 1, 129.90)], money=[1], help=[2]))

# -- payment_issue
unit(PL(kind="notice", cause="payment_issue", sr=True, note="issuing bank declined the card payment",
        frm=("Amazon.pl", "payments-messages"), to=4, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Zamówienie nr {order} zostało anulowane",
        title="Zamówienie anulowane", greet="Dzień dobry, Magdaleno,",
        paras=["Bank, który wydał Twoją kartę (Visa kończąca się na 2290), odrzucił płatność. Nie mogliśmy więc sfinalizować zamówienia i zostało ono anulowane.",
               "Jeśli nadal chcesz kupić te produkty, sprawdź dane karty w sekcji Twoje konto albo wybierz inną metodę płatności i złóż zamówienie ponownie."],
        items=[("Słuchawki bezprzewodowe Sony WH-1000XM5, czarne", 1, 1349.00)],
        money=["Nie pobraliśmy żadnej kwoty."], help=[0], footers=[2, 1, "legal"]))

unit(PL(kind="notice", cause="payment_issue", sr=True, note="card expired and no new payment method added in time",
        frm=("Amazon.pl", "payments-update"), to=5, auth=False, fmt="plain", pstyle="p3", cs="iso-8859-2", cte="8bit",
        subj="Anulowanie zamówienia {order}",
        title="Zamówienie zostało anulowane", greet="Dzień dobry, Michale,",
        paras=["Karta Mastercard zakończona cyframi 7741 straciła ważność z końcem lutego, a w wyznaczonym terminie nie dodano do zamówienia nowej metody płatności.",
               "W związku z tym anulowaliśmy zamówienie. Możesz złożyć je ponownie, dodając aktualną kartę lub płacąc BLIK-iem."],
        items=[("Karta pamięci SanDisk Extreme microSDXC 512 GB", 1, 219.00), ("Czytnik kart SanDisk MobileMate USB 3.0", 1, 39.99)],
        money=[], help=[3], footers=[0, 4, "legal"]))

unit(PL(kind="notice", cause="payment_issue", sr=True, note="BLIK payment not confirmed in time",
        frm=("Amazon.pl", "payments-messages"), to=6, auth=False, fmt="html", layout="simple", cs="utf-8", cte="8bit",
        subj="Nie otrzymaliśmy płatności za zamówienie {order}",
        title="Zamówienie anulowane", greet="Cześć Joanno,",
        paras=["Płatność BLIK nie została potwierdzona w aplikacji bankowej w wymaganym czasie, więc zamówienie pozostało nieopłacone i je anulowaliśmy.",
               "Produkty wciąż są dostępne. Przy kolejnej próbie pamiętaj, aby zatwierdzić płatność w aplikacji banku w ciągu 2 minut."],
        items=[("Patelnia Tefal Unlimited 28 cm", 1, 149.99), ("Zestaw noży Fiskars Hard Edge, 3 szt.", 1, 199.00)],
        money=[], help=[2]))

unit(PL(kind="notice", cause="payment_issue", sr=True, note="labelled reason: insufficient gift card balance",
        frm=("Amazon.pl", "payments-messages"), to=7, auth=True, fmt="plain", pstyle="p2", cs="utf-8", cte="b64",
        subj="Informacja o zamówieniu {order}",
        title="Anulowanie zamówienia", greet="Dzień dobry, Łukaszu,",
        paras=["Zamówienie {order} zostało anulowane.\nPowód: niewystarczające saldo karty podarunkowej Amazon.pl",
               "Saldo karty nie pokrywało całej kwoty zamówienia, a do konta nie była przypisana inna metoda płatności. Niewykorzystane środki pozostały na Twoim koncie."],
        items=[("Kawa ziarnista Lavazza Qualità Oro 1 kg", 3, 79.99)], money=[], help=[1]))

# -- technical_issue
unit(PL(kind="notice", cause="technical_issue", sr=True, note="pricing error 19,99 zł instead of 1 999 zł",
        frm=("Amazon.pl", "order-update"), to=0, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="b64",
        subj="Ważna informacja dotycząca zamówienia {order}",
        title="Zamówienie anulowane", greet="Dzień dobry, Katarzyno,",
        paras=["Z powodu błędu przy aktualizacji cen poniższy produkt był przez krótki czas wyświetlany w naszym sklepie w cenie 19,99 zł zamiast 1 999,00 zł.",
               "Ponieważ cena była wyraźnie nieprawidłowa, zdecydowaliśmy się anulować Twoje zamówienie. Przepraszamy za zamieszanie."],
        items=[("Ekspres ciśnieniowy De'Longhi Magnifica Evo ECAM290.61.B", 1, 19.99)], money=[0], help=[0]))

unit(PL(kind="notice", cause="technical_issue", sr=True, note="system error during processing; order not passed to fulfilment",
        frm=("Amazon.pl", "order-update"), to=1, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Problem z realizacją zamówienia {order}",
        title="Anulowanie zamówienia", greet="Dzień dobry, Tomaszu,",
        paras=["Podczas przetwarzania zamówienia w naszym systemie wystąpił błąd: zamówienie zapisało się bez przypisanego centrum wysyłkowego i nie mogło zostać przekazane do realizacji.",
               "Musieliśmy je anulować. Błąd został już usunięty, więc możesz bez przeszkód złożyć zamówienie jeszcze raz."],
        items=[("Zestaw LEGO City 60337 Pociąg pasażerski", 1, 549.99)], money=[1], help=[2], wrap_plain=True))

unit(PL(kind="notice", cause="technical_issue", sr=True, note="listing error: wrong colour variant on product page",
        frm=("Amazon.pl", "order-update"), to=2, auth=False, fmt="html", layout="card", cs="utf-8", cte="b64",
        subj="Zmiana w Twoim zamówieniu {order}",
        title="Anulowano produkt", greet="Dzień dobry, Agnieszko,",
        paras=["Na stronie produktu przez pomyłkę pokazano zdjęcia wariantu w kolorze szałwiowym, podczas gdy numer produktu, który zamówiłaś, odpowiada wersji grafitowej.",
               "Nie chcemy, żebyś otrzymała coś innego, niż się spodziewasz, dlatego anulowaliśmy ten produkt. Opis został już poprawiony."],
        items=[("Plecak Fjällräven Kånken 16 l", 1, 379.00)], money=[3], help=[1]))

# thread (PL): account on hold -> cancellation without reason => fraud_prevention
unit(PL(kind="non_notice", note="thread", okey="pl-t2", thread_pos=0,
        frm=("Amazon.pl", "account-update"), to=3, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Twoje konto Amazon.pl zostało tymczasowo wstrzymane",
        title="Konto wstrzymane", greet="Dzień dobry, Pawle,",
        paras=["W ramach rutynowej kontroli wstrzymaliśmy Twoje konto do czasu weryfikacji. Dopóki jej nie zakończysz, zamówienie nr {order} nie zostanie wysłane.",
               "Zaloguj się na stronie Amazon.pl lub w aplikacji (wpisz adres samodzielnie w przeglądarce) i postępuj zgodnie z instrukcjami. Możemy poprosić o potwierdzenie danych rozliczeniowych."],
        items=[("Konsola Sony PlayStation 5 Slim Digital", 1, 1999.00)], ih="Wstrzymane zamówienie", button=False, money=[], help=[]),
     PL(kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", okey="pl-t2", thread_pos=1,
        frm=("Amazon.pl", "order-update"), to=3, auth=False, fmt="html", layout="simple", cs="iso-8859-2", cte="qp",
        subj="Anulowano zamówienie {order}",
        title="Zamówienie anulowane", greet="Dzień dobry,",
        paras=["Informujemy, że Twoje zamówienie zostało anulowane."],
        items=[("Konsola Sony PlayStation 5 Slim Digital", 1, 1999.00)], money=[4], help=[0]))

# -- fraud_prevention
unit(PL(kind="notice", cause="fraud_prevention", sr=True, note="denies payment problem; security flag, verification not completed",
        frm=("Amazon.pl", "cs-reply"), to=4, auth=False, fmt="plain", pstyle="p3", cs="iso-8859-2", cte="qp",
        subj="Re: Dlaczego moje zamówienie {order} zostało anulowane?",
        title="Odpowiedź Obsługi Klienta", greet="Dzień dobry, Magdaleno,",
        paras=["dziękujemy za wiadomość. Od razu wyjaśnię: to nie był problem z płatnością – Twoja karta działa prawidłowo i nie została obciążona.",
               "Zamówienie zostało oznaczone przez nasz system bezpieczeństwa do dodatkowej weryfikacji. Ponieważ nie udało się jej zakończyć, zamówienie anulowano, aby chronić Twoje konto.",
               "Możesz złożyć zamówienie ponownie. Jeśli znów zostanie wstrzymane, zadzwoń do nas z poziomu strony Kontakt na Amazon.pl."],
        items=[("Smartwatch Garmin Venu 3, 45 mm", 1, 1899.00)], money=[], help=[],
        signoff="Pozdrawiam serdecznie,\nAnna\nObsługa Klienta Amazon.pl", footers=[1, 2, "legal"]))

unit(PL(kind="notice", cause="fraud_prevention", sr=True, note="unusual activity; password reset; order cancelled",
        frm=("Amazon.pl", "no-reply"), to=5, auth=True, fmt="alt", layout="card", cs="utf-8", cte="b64",
        subj="Wykryliśmy nietypową aktywność na Twoim koncie",
        title="Zabezpieczyliśmy Twoje konto", greet="Dzień dobry, Michale,",
        paras=["Wykryliśmy na Twoim koncie nietypową aktywność: zmieniono adres dostawy i kilka minut później złożono poniższe zamówienie z nowego urządzenia.",
               "Dla bezpieczeństwa anulowaliśmy to zamówienie i zresetowaliśmy Twoje hasło. Aby znowu się zalogować, wybierz „Nie pamiętasz hasła?” na stronie logowania Amazon.pl."],
        items=[("Karta podarunkowa Amazon.pl - e-mail, 500 zł", 2, 500.00)], button=False, money=[1], help=[], footers=[1, 3, "legal"]))

# -- customer_request
unit(PL(kind="notice", cause="customer_request", sr=True, note="successful cancellation of one item",
        frm=("Amazon.pl", "auto-confirm"), to=6, auth=True, fmt="plain", pstyle="p1", cs="utf-8", cte="qp",
        subj="Pomyślnie anulowano „Fiskars X27 siekiera” z zamówienia {order}",
        title="Anulowanie zakończone powodzeniem", greet="Dzień dobry, Joanno,",
        paras=["Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt. Nie zostanie on wysłany.",
               "Pozostałe produkty z zamówienia realizujemy bez zmian."],
        items=[("Fiskars X27 siekiera rozłupująca XXL", 1, 329.00)], money=[1], help=[1]))

unit(PL(kind="notice", cause="customer_request", sr=True, note="whole order cancelled at customer's request",
        frm=("Amazon.pl", "auto-confirm"), to=7, auth=False, fmt="html", layout="classic", cs="iso-8859-2", cte="qp",
        subj="Twoja prośba o anulowanie zamówienia {order} została zrealizowana",
        title="Zamówienie anulowane", greet="Dzień dobry, Łukaszu,",
        paras=["Na Twoją prośbę anulowaliśmy całe zamówienie. Żaden produkt nie zostanie wysłany."],
        items=[("Rower treningowy Zipro Drift", 1, 899.00), ("Mata pod sprzęt fitness 120 x 60 cm", 1, 59.99)],
        money=[2], help=[0]))

unit(PL(kind="notice", cause="customer_request", sr=True, note="old style: 'Właśnie anulowałeś', Powód anulowania: Anulowane przez klienta",
        frm=("Amazon.pl", "auto-confirm"), to=0, auth=False, fmt="plain", pstyle="p2", cs="utf-8", cte="8bit",
        subj="Amazon.pl - Twoje anulowanie ({order})",
        title="Twoje anulowanie", greet="Dzień dobry,",
        paras=["Właśnie anulowano zamówienie nr {order} z Twojego konta.\nStatus: ANULOWANE\nPowód anulowania: Anulowane przez klienta"],
        items=[("Pasta do zębów Elmex Przeciw Próchnicy 75 ml, 6 szt.", 1, 59.94)], money=[0], help=[2], footers=[0, 2]))

# -- unknown (no reason)
unit(PL(kind="notice", cause="unknown", sr=False, note="no reason given",
        frm=("Amazon.pl", "order-update"), to=1, auth=True, fmt="alt", layout="card", cs="utf-8", cte="qp",
        subj="Twoje zamówienie {order} zostało anulowane",
        title="Zamówienie anulowane", greet="Dzień dobry, Tomaszu,",
        paras=["Piszemy, aby poinformować, że poniższe zamówienie zostało anulowane."],
        items=[("Wiertarko-wkrętarka Makita DDF485Z 18V (bez akumulatora)", 1, 429.00)], money=[2], help=[0], footers=[0, 1, 2, 4]))

unit(PL(kind="notice", cause="unknown", sr=False, note="no reason given; 'Informacja od Amazon.pl'",
        frm=("Amazon.pl", "no-reply"), to=2, auth=False, fmt="plain", pstyle="p3", cs="iso-8859-2", cte="b64",
        subj="Informacja od Amazon.pl",
        title="Informacja o zamówieniu", greet="Szanowna Klientko,",
        paras=["uprzejmie informujemy, że poniższe zamówienie zostało anulowane. Przepraszamy za ewentualne niedogodności."],
        items=[("Krem do twarzy La Roche-Posay Toleriane 40 ml", 2, 69.99)], money=[3], help=[3], footers=[1, 2, 4, "legal"]))

unit(PL(kind="notice", cause="unknown", sr=False, note="no reason given",
        frm=("Amazon.pl", "order-update"), to=4, auth=False, fmt="plain", pstyle="p1", cs="utf-8", cte="b64",
        subj="Anulowano produkt z zamówienia {order}",
        title="Anulowanie", greet="Dzień dobry, Magdaleno,",
        paras=["Poniższy produkt został usunięty z Twojego zamówienia i anulowany. W każdej chwili możesz go zamówić ponownie."],
        items=[("Lampka nocna LED z czujnikiem ruchu, 2 szt.", 1, 45.99)], money=[1], help=[1]))

# -- unknown (other reason)
unit(PL(kind="notice", cause="unknown", sr=True, note="other reason: parcel too large for the chosen parcel locker",
        frm=("Amazon.pl", "order-update"), to=5, auth=True, fmt="plain", pstyle="p2", cs="utf-8", cte="qp",
        subj="Nie możemy dostarczyć zamówienia {order} do wybranego automatu paczkowego",
        title="Zamówienie anulowane", greet="Dzień dobry, Michale,",
        paras=["Wymiary tej przesyłki przekraczają rozmiar największej skrytki w automacie paczkowym, który wybrałeś jako miejsce dostawy, a zamówienia nie można już przekierować na inny adres.",
               "Dlatego anulowaliśmy zamówienie. Złóż je ponownie, wybierając dostawę kurierem pod adres domowy."],
        items=[("Fotel gamingowy Diablo X-One 2.0, czarno-czerwony", 1, 799.00)], money=[0], help=[0]))

unit(PL(kind="notice", cause="unknown", sr=True, note="other reason: seeds cannot be shipped to Poland (phytosanitary rules)",
        frm=("Amazon.pl", "order-update"), to=6, auth=False, fmt="alt", layout="classic", cs="iso-8859-2", cte="qp",
        subj="Anulowanie zamówienia {order}",
        title="Zamówienie anulowane", greet="Dzień dobry, Joanno,",
        paras=["Sprzedawca wysyła ten produkt z Wielkiej Brytanii, a przepisy fitosanitarne nie pozwalają na wysyłkę nasion roślin z tego kraju do Polski.",
               "Ponieważ produktu nie da się legalnie dostarczyć na Twój adres, zamówienie zostało anulowane."],
        items=[("Nasiona pomidorów koktajlowych, zestaw 10 odmian", 1, 49.90, "Heritage Seeds UK")], money=[1], help=[2]))

# -- non-notices
unit(PL(kind="non_notice", note="shipping confirmation with 14-day withdrawal footer",
        frm=("Amazon.pl", "shipment-tracking"), to=7, auth=True, fmt="alt", layout="classic", cs="utf-8", cte="qp",
        subj="Wysłano: Twoje zamówienie Amazon.pl nr {order}",
        title="Potwierdzenie wysyłki", greet="Dzień dobry, Łukaszu,",
        paras=["Twoja przesyłka jest w drodze i nie można już zmienić zamówienia.",
               "Przewidywana dostawa: **piątek, 22 listopada**\nPrzewoźnik: InPost, numer przesyłki 520113049928713452110."],
        ih="Wysłane produkty", items=[("Kabel USB-C Anker 240 W, 1,8 m", 2, 49.99)], money=[],
        help=["Zwrot produktu jest prosty: odwiedź [[Centrum zwrotów|{home}/returns]]."],
        footers=["Możesz odstąpić od umowy w ciągu 14 dni od otrzymania produktu bez podawania przyczyny. Zwrócimy wszystkie otrzymane płatności, w tym koszt najtańszej dostawy. Odstąpienie zgłosisz w [[Centrum zwrotów|{home}/returns]] lub za pomocą [[formularza odstąpienia|{home}/cancellationform]].", 0, "legal"]))

unit(PL(kind="non_notice", note="Prime membership cancelled",
        frm=("Amazon Prime", "prime@amazon.pl"), to=0, auth=True, fmt="html", layout="card", cs="utf-8", cte="b64",
        no_order=True, subj="Twoje członkostwo Amazon Prime zostało anulowane",
        title="Członkostwo Prime anulowane", greet="Dzień dobry, Katarzyno,",
        paras=["Potwierdzamy anulowanie Twojego członkostwa Amazon Prime. Z korzyści, w tym z darmowej dostawy i Prime Video, możesz korzystać do **28 lutego**. Po tym dniu nie pobierzemy już opłaty.",
               "Zamówienia w drodze zostaną dostarczone normalnie."],
        button="Wznów członkostwo", button_url="{home}/gp/primecentral", money=[], help=[], footers=[0, 2]))

unit(PL(kind="non_notice", note="other retailer (Allegro) order cancelled by seller",
        hdr="other", dom="allegro.pl", home="https://allegro.pl", brand="Allegro", cur="pln", mailhost="mx-out.allegro.pl",
        auth=True, frm=("Allegro", "powiadomienia@allegro.pl"), to=3, fmt="html", layout="raw", cs="iso-8859-2", cte="qp",
        subj="Sprzedający anulował Twoje zamówienie",
        raw_html=retail_html("#ff5a00", "allegro", "Sprzedający anulował Twoje zamówienie",
                             ["Cześć Paweł,", "sprzedający TechStore_PL anulował zamówienie z powodu braku towaru. Zwrot 239,00 zł trafi na Twoje konto w ciągu kilku dni roboczych.",
                              "Szczegóły znajdziesz w zakładce [[Moje zakupy|https://allegro.pl/moje-allegro/zakupy/kupione]]."],
                             [("Numer zamówienia", "8f3a21c0-55d1-11ef"), ("Głośnik JBL Flip 6", "239,00 zł")],
                             ["Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań"], cs="ISO-8859-2")))

unit(PL(kind="non_notice", note="friend says she cancelled her Amazon order",
        hdr="friend", frm=("Ola Kowalczyk", "ola.kowalczyk@gmail.com"), to=0, fmt="plain", cs="utf-8", cte="qp",
        mailhost="mail-sor-f65.google.com",
        subj="prezent dla Marty",
        raw="""Hej Kasia,

słuchaj, anulowałam to zamówienie na Amazonie, te słuchawki dla Marty. Dostawa przesunęła się na grudzień, a urodziny ma w sobotę. Pieniądze już wróciły na kartę, więc spoko.

Może kupimy jej coś na miejscu w Arkadii? Mogę w czwartek po pracy.

Buziaki,
Ola

Wysłane z iPhone'a
"""))

unit(PL(kind="non_notice", note="refund issued after return",
        frm=("Amazon.pl", "return@amazon.pl"), to=1, auth=False, fmt="plain", pstyle="p1", cs="iso-8859-2", cte="qp",
        subj="Zwrot pieniędzy za zamówienie {order}",
        title="Zwrot pieniędzy", greet="Dzień dobry, Tomaszu,",
        paras=["Otrzymaliśmy zwrócony produkt i zleciliśmy zwrot pieniędzy w wysokości 159,00 zł.",
               "Środki trafią na kartę użytą przy zakupie w ciągu 3–5 dni roboczych."],
        ih="Zwrócony produkt", items=[("Buty trekkingowe Columbia Peakfreak II, rozmiar 43", 1, 159.00)], money=[], help=[1]))

# -- lookalikes
unit(PL(kind="lookalike", cause="payment_issue", sr=True, note="look-alike domain, link text amazon.pl but href elsewhere",
        hdr="phish", imitates="amazon.pl", dom="amazon.pl", home="https://www.amazon.pl",
        frm=("Amazon.pl", "powiadomienia@amazon-pl-zamowienia.com"), to=2, fmt="alt", layout="card", cs="utf-8", cte="qp",
        mailhost="mail.amazon-pl-zamowienia.com", link_mode="text",
        subj="Płatność nieudana - zamówienie anulowane",
        title="Płatność nieudana", greet="Szanowny Kliencie,",
        paras=["Płatność za Twoje zamówienie #405-6612389-90 nie powiodła się, dlatego zamówienie zostało anulowane.",
               "Aby przywrócić zamówienie w tej samej cenie, zaktualizuj dane karty w ciągu 24 godzin: [[https://www.amazon.pl/gp/css/account/payment|https://amazon-pl-zamowienia.com/platnosc/aktualizacja?ref=77412]]"],
        items=[("Telewizor LG OLED55C34LA 55\"", 1, 4299.00)], button="Zaktualizuj płatność",
        button_url="https://amazon-pl-zamowienia.com/platnosc/aktualizacja?ref=77412",
        footers=["© 1996-2024 Amazon.com, Inc."], signoff="Zespół Amazon"))

unit(PL(kind="lookalike", cause="fraud_prevention", sr=True, note="homoglyph (Cyrillic A) display name, free-mail sender, BLIK code request",
        hdr="phish", imitates="amazon.pl", frm=("Аmazon.pl Bezpieczeństwo", "amazon.pl.pomoc@wp.pl"), hdr_cs="utf-8",
        to=5, fmt="plain", cs="iso-8859-2", cte="8bit", mailhost="smtpo.poczta.wp.pl", auth=True,
        subj="Konto zawieszone, zamówienie anulowane",
        raw="""Szanowny Kliencie,

z powodu nietypowej aktywności Twoje konto Amazon zostało zawieszone, a ostatnie zamówienie anulowane.

Aby odblokować konto, odpowiedz na tę wiadomość i podaj 6-cyfrowy kod BLIK wygenerowany w aplikacji bankowej. Kod posłuży do weryfikacji tożsamości (nie pobierzemy żadnej kwoty).

Brak odpowiedzi w ciągu 12 godzin spowoduje trwałe usunięcie konta.

Dział Bezpieczeństwa Amazon.pl
"""))

unit(PL(kind="lookalike", cause="inventory_shortage", sr=True, note="malformed order number, refund bait link (text amazon.pl, href elsewhere)",
        hdr="phish", imitates="amazon.pl", frm=("Amazon Zwroty", "zwroty@amazon-pl.eu"), to=6, fmt="html", layout="raw",
        cs="utf-8", cte="b64", mailhost="srv07.amazon-pl.eu",
        auth_raw="mx.poczta.onet.pl; dkim=none; spf=softfail smtp.mailfrom=amazon-pl.eu; dmarc=none header.from=amazon-pl.eu",
        subj="Produkt niedostępny - odbierz zwrot pieniędzy",
        raw_html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<div style="background:#232f3e;padding:12px;color:#fff;font-size:20px;">amazon<span style="color:#ff9900;">.pl</span></div>
<p>Dzień dobry,</p>
<p>Twoje zamówienie <b>#302-88412-771</b> zostało anulowane, ponieważ produkt jest niedostępny w magazynie.</p>
<p>Przysługuje Ci zwrot w wysokości <b>849,00 zł</b>. Aby go odebrać, zaloguj się i potwierdź numer rachunku:</p>
<p><a href="http://amazon-pl.eu/zwrot/odbierz.php?id=302884">https://www.amazon.pl/zwroty/odbierz</a></p>
<p>Link wygasa po 24 godzinach.</p>
<p>Pozdrawiamy,<br/>Obsługa Klienta Amazon</p>
</body></html>
"""))

unit(PL(kind="lookalike", cause="customer_request", sr=True, note="'you cancelled - if not you, call' callback phone, look-alike domain, no valid order number",
        hdr="phish", imitates="amazon.pl", frm=("Amazon.pl", "no-reply@amazonpl-obsluga.com"), to=4, fmt="html", layout="simple",
        dom="amazon.pl", home="https://www.amazon.pl", cs="iso-8859-2", cte="qp", mailhost="vps812.hostpark.pl", link_mode="text",
        subj="Potwierdzenie anulowania zamówienia",
        title="Anulowanie zamówienia", greet="Dzień dobry,",
        paras=["Potwierdzamy anulowanie Twojego zamówienia na Twoją prośbę. Zwrot 2 349,00 zł zostanie zlecony po weryfikacji.",
               "Jeśli nie anulowałeś tego zamówienia, natychmiast zadzwoń na naszą infolinię: **+48 22 307 18 54** (pon.–niedz., 24h). Konsultant zatrzyma anulowanie i zabezpieczy Twoje środki."],
        items=[("Apple iPad Air 11\" M2 128 GB", 1, 2349.00)], button="Nie anulowałem zamówienia", button_url="tel:+48223071854",
        footers=["Amazon.pl"], signoff="Pozdrawiamy,\nZespół Amazon.pl"))


# ==========================================================================
# main
# ==========================================================================
def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    units = list(MAILS)
    R.shuffle(units)
    start = datetime(2024, 2, 1, 6, 0, 0, tzinfo=timezone.utc)
    labels = []
    n = FIRST_NO
    for u in units:
        base = start + timedelta(seconds=R.randrange(600 * 86400))
        gap = timedelta(days=R.randint(2, 6), seconds=R.randrange(4 * 3600))
        order = None
        for i, s in enumerate(u):
            when = base - gap * (len(u) - 1 - i)
            amazon = s.get("hdr", "amazon") == "amazon"
            o = None
            if amazon and not s.get("no_order"):
                if order is None:
                    order = order_no(s["mp"])
                o = order
            msg, subj = build(s, o, when)
            name = "n%d.eml" % n
            with open(os.path.join(MAILDIR, name), "wb") as fh:
                fh.write(serialize(msg))
            kind = s["kind"]
            labels.append({
                "file": name,
                "kind": kind,
                "language": s["lang"],
                "cause": None if kind == "non_notice" else s["cause"],
                "states_reason": bool(s.get("sr")) if kind != "non_notice" else False,
                "marketplace": s["mp"] if kind == "notice" or (kind == "non_notice" and amazon) else None,
                "note": s.get("note", ""),
            })
            n += 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), MAILDIR))


if __name__ == "__main__":
    main()
