#!/usr/bin/env python3
"""Regenerate blind batch q1 (Dutch nl + Brazilian Portuguese pt).

Writes mail/q1001.eml ... and labels.json next to this script.
All texts live in the data structures below; a fixed random seed makes the
output reproducible (order numbers, dates, message ids, boundaries).
"""
import html
import json
import os
import random
from datetime import datetime, timedelta, timezone

from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import formataddr, format_datetime

SEED = 1_2024_1201
random.seed(SEED)
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "q1"
FIRST = 1001

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

_used_orders = set()


def order_no(prefix):
    while True:
        o = "%s-%07d-%07d" % (prefix, rng.randrange(10**7), rng.randrange(10**7))
        if o not in _used_orders:
            _used_orders.add(o)
            return o


LATIN1_FIX_PLAIN = {"€": "EUR", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-"}
LATIN1_FIX_HTML = {"€": "&euro;", "’": "&rsquo;", "‘": "&lsquo;", "“": "&ldquo;", "”": "&rdquo;", "–": "&ndash;",
                   "—": "&mdash;", "…": "&hellip;", "•": "&bull;"}


def fit_plain(text, charset):
    if charset.lower() in ("iso-8859-1", "latin-1"):
        for k, v in LATIN1_FIX_PLAIN.items():
            text = text.replace(k, v)
        text = text.replace("EUR ", "EUR ").replace("EUR\u00a0", "EUR ")
    return text


def fit_html(text, charset):
    if charset.lower() in ("iso-8859-1", "latin-1"):
        for k, v in LATIN1_FIX_HTML.items():
            text = text.replace(k, v)
    return text


def esc(s):
    return html.escape(s, quote=False)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, up=False):
    pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def rdate(year, month, day_lo, day_hi):
    d = datetime(year, month, rng.randint(day_lo, day_hi), rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59),
                 tzinfo=timezone.utc)
    return d


# ---------------------------------------------------------------------------
# language furniture
# ---------------------------------------------------------------------------

UI = {
    "nl": dict(orders_je="Je bestellingen", orders_u="Uw bestellingen", account_je="Je account", account_u="Uw account",
               order="Bestelling", qty="Aantal", price="Prijs", soldby="Verkocht door", item="Artikel",
               view_je="Bestelling bekijken", view_u="Bekijk uw bestelling", help="Klantenservice",
               ordno="Bestelnummer", date="Besteldatum", total="Totaal geannuleerd", lang="nl"),
    "pt": dict(orders_je="Seus pedidos", orders_u="Seus pedidos", account_je="Sua conta", account_u="Sua conta",
               order="Pedido", qty="Qtd.", price="Preço", soldby="Vendido por", item="Produto",
               view_je="Ver detalhes do pedido", view_u="Ver pedido", help="Atendimento ao Cliente",
               ordno="Número do pedido", date="Data do pedido", total="Total cancelado", lang="pt-BR"),
}

FOOTERS = {
    "nl": [
        # 0 (je)
        ["Dit bericht is verzonden vanaf een adres dat geen e-mail kan ontvangen. Beantwoord deze e-mail dus niet.",
         "Amazon.nl vraagt je nooit om je wachtwoord, je volledige creditcardnummer of een inlogcode per e-mail, sms "
         "of telefoon door te geven. Twijfel je of een bericht echt van ons komt? Op amazon.nl/phishing lees je hoe "
         "je phishing herkent en meldt."],
        # 1 (je)
        ["Betaalmethoden beheren: via Je account > Je betalingen kun je een kaart toevoegen, bijwerken of verwijderen.",
         "Bescherm je account: kies een sterk, uniek wachtwoord en zet tweestapsverificatie aan onder Inloggen en "
         "beveiliging.",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Ingeschreven in het handelsregister van "
         "Luxemburg."],
        # 2 (u)
        ["Wij hopen u binnenkort opnieuw te mogen verwelkomen.",
         "Let op: e-mails waarin naar uw wachtwoord of betaalgegevens wordt gevraagd, of waarin u wordt verzocht een "
         "bijlage te openen, zijn niet afkomstig van Amazon. Verdachte berichten kunt u melden via "
         "amazon.com.be/reportascam.",
         "Deze e-mail werd automatisch aangemaakt. Antwoorden op dit adres worden niet gelezen."],
        # 3 (je)
        ["Vragen over een terugbetaling of een afschrijving? Bekijk de hulppagina's op amazon.nl/hulp.",
         "Veiligheidstip: Amazon vraagt je nooit om buiten de website of de app te betalen en accepteert nooit "
         "cadeaukaarten van derden als betaling voor een bestelling.",
         "© 1996-2024, Amazon.com, Inc. of gelieerde ondernemingen."],
        # 4 (u)
        ["Wilt u uw betaalgegevens wijzigen? Meld u aan bij Uw account en kies Betaalopties.",
         "Amazon zal u nooit per e-mail vragen om uw wachtwoord, pincode of beveiligingscode te bevestigen. Klik niet "
         "op links in berichten die u niet vertrouwt.",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."],
    ],
    "pt": [
        # 0
        ["Este e-mail foi enviado de um endereço que não recebe mensagens. Por favor, não responda.",
         "A Amazon nunca solicita sua senha, os dados completos do seu cartão ou códigos de verificação por e-mail, "
         "SMS ou telefone. Recebeu uma mensagem suspeita? Saiba como identificar tentativas de phishing em "
         "amazon.com.br/seguranca."],
        # 1
        ["Gerencie suas formas de pagamento em Sua conta > Suas formas de pagamento.",
         "Dica de segurança: use uma senha forte e exclusiva e ative a verificação em duas etapas em Login e "
         "segurança.",
         "Amazon Serviços de Varejo do Brasil Ltda. - Av. Presidente Juscelino Kubitschek, 2041, Torre E, "
         "São Paulo - SP."],
        # 2
        ["Dúvidas sobre reembolsos ou cobranças? Acesse a Central de Ajuda em amazon.com.br/ajuda.",
         "Atenção: a Amazon nunca pede pagamento por Pix, boleto ou cartão-presente fora do site ou do aplicativo, "
         "nem liga para confirmar dados bancários. Desconfie de mensagens com links ou telefones desconhecidos.",
         "© 1996-2024, Amazon.com, Inc. ou suas afiliadas."],
        # 3
        ["Esta mensagem foi gerada automaticamente. Respostas a este endereço não são monitoradas.",
         "Proteja sua conta: nunca compartilhe sua senha nem o código de verificação (OTP) com ninguém, nem mesmo "
         "com quem disser ser funcionário da Amazon."],
    ],
}

LOGO = {
    "amazon.nl": "https://m.media-amazon.com/images/G/40/x-locale/common/amazon-nl-logo._CB1198675309_.png",
    "amazon.com.be": "https://m.media-amazon.com/images/G/57/x-locale/common/amazon-be-logo._CB1198675309_.png",
    "amazon.com.br": "https://m.media-amazon.com/images/G/32/x-locale/common/amazon-br-logo._CB1198675309_.png",
}

BRAND = {"amazon.nl": "Amazon.nl", "amazon.com.be": "Amazon.com.be", "amazon.com.br": "Amazon.com.br"}


def links(mp, order):
    base = "https://www.%s" % mp
    return dict(
        home=base + "/ref=TE_tex_h",
        orders=base + "/gp/css/order-history?ref_=pe_%s_%s" % (rng.randint(10**6, 10**7), rng.randint(10**7, 10**8)),
        order=base + "/gp/css/summary/edit.html?orderID=%s&ref_=pe_cncl_%s" % (order, alnum(6)),
        account=base + "/gp/css/homepage.html?ref_=pe_acct",
        help=base + "/gp/help/customer/display.html?nodeId=%d&ref_=pe_hlp" % rng.randint(200000000, 209999999),
        track=base + "/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=%s&H=%s&ref_=pe_%s" % (
            alnum(12, True), hexs(16), alnum(10, True), hexs(10), alnum(14, True), rng.randint(10**6, 10**7)),
        img=lambda: "https://m.media-amazon.com/images/I/%d%s%sL._SS110_.jpg" % (
            rng.randint(31, 91), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-")
                                         for _ in range(8)), rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    )


# ---------------------------------------------------------------------------
# renderers for structured (Amazon-like) mails
# ---------------------------------------------------------------------------

def _ui_forms(m):
    ui = UI[m["lang"]]
    f = "u" if m.get("formal") else "je"
    return ui, ui["orders_" + f], ui["account_" + f], ui["view_" + f]


def render_plain(m):
    ui, orders, account, view = _ui_forms(m)
    mp, order = m["mp"], m.get("order")
    brand = BRAND[mp]
    v = m.get("pvariant", 1)
    out = []
    if v == 1:
        out += [brand, "-" * 72]
        if m.get("title"):
            out.append(m["title"])
        if order:
            out.append("%s #%s" % (ui["order"], order))
        out += ["https://www.%s/ref=TE_tex_g" % mp, "_" * 72, ""]
    else:
        out += ["%s" % (m.get("title") or brand), ""]
        if order:
            out += ["%s: %s" % (ui["ordno"], order)]
        if m.get("odate"):
            out += ["%s: %s" % (ui["date"], m["odate"])]
        out += [""]
    if m.get("greeting"):
        out += [m["greeting"], ""]
    for p in m.get("intro", []):
        out += [p, ""]
    if m.get("items"):
        if m.get("items_heading"):
            out += [m["items_heading"] + ":" if v == 1 else m["items_heading"].upper(), ""]
        for it in m["items"]:
            title, qty, price = it[0], it[1], it[2]
            seller = it[3] if len(it) > 3 else None
            if v == 1:
                out.append("    " + title)
                line = "    %s: %s    %s: %s" % (ui["qty"], qty, ui["price"], price)
                out.append(line)
                if seller:
                    out.append("    %s %s" % (ui["soldby"], seller))
                out.append("")
            else:
                out.append("%s x %s" % (qty, title))
                out.append("   %s" % price + ("   (%s %s)" % (ui["soldby"], seller) if seller else ""))
                out.append("")
        if m.get("total"):
            out += ["%s: %s" % (ui["total"], m["total"]), ""]
    for p in m.get("outro", []):
        out += [p, ""]
    if m.get("show_links", True):
        out += ["%s: %s" % (orders, "https://www.%s/gp/css/order-history" % mp)]
        out += ["%s: %s" % (ui["help"], "https://www.%s/gp/help/customer/display.html" % mp), ""]
    if m.get("signoff"):
        out += [m["signoff"], ""]
    out.append("=" * 72 if v == 1 else "-" * 40)
    out.append("")
    for p in footer_paras(m):
        out += [p, ""]
    return "\n".join(out).rstrip() + "\n"


def _items_rows_A(m, L, ui):
    rows = []
    for it in m.get("items", []):
        title, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else BRAND[m["mp"]]
        rows.append(
            '        <tr>\n'
            '         <td class="photo"><a href="%s"><img src="%s" width="90" height="90" alt="" border="0" /></a></td>\n'
            '         <td class="name"><a href="%s">%s</a><br /><span class="sold">%s %s</span></td>\n'
            '         <td class="qty">%s: %s</td>\n'
            '         <td class="price"><strong>%s</strong></td>\n'
            '        </tr>' % (L["track"], L["img"](), L["track"], esc(title), esc(ui["soldby"]), esc(seller),
                              esc(ui["qty"]), qty, esc(price)))
    return "\n".join(rows)


def _ps(paras, cls=None, style=None):
    attr = (' class="%s"' % cls if cls else "") + (' style="%s"' % style if style else "")
    return "\n".join("<p%s>%s</p>" % (attr, esc(p).replace("\n", "<br />")) for p in paras)


def render_html_A(m):
    """Classic table layout (container / main / header / summary / orderDetails / closing)."""
    ui, orders, account, view = _ui_forms(m)
    mp, order = m["mp"], m.get("order")
    L = links(mp, order or "")
    brand = BRAND[mp]
    title = m.get("title") or ""
    parts = []
    parts.append('<html xmlns="https://www.w3.org/1999/xhtml" lang="%s">\n <head>\n'
                 '  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                 '  <style type="text/css">\n'
                 '#container { width: 640px; margin: 10px auto; font: 12px/18px Arial, sans-serif; color: #333; }\n'
                 '#header .logo img { width: 120px; } #header .navigation a { color: #0066c0; text-decoration: none; }\n'
                 '#header .title h2 { font-size: 20px; color: #cc6600; margin: 0; }\n'
                 '#summary .heading { font-size: 16px; color: #cc6600; }\n'
                 '#orderDetails { border-top: 3px solid #cccccc; width: 100%%; margin-top: 12px; }\n'
                 '#orderDetails h3 { font-size: 14px; color: #cc6600; }\n'
                 '#orderDetails td.name a { color: #0066c0; text-decoration: none; }\n'
                 '#orderDetails .sold { color: #666; font-size: 11px; }\n'
                 '#closing { border-top: 1px solid #eaeaea; margin-top: 14px; }\n'
                 '#legal { font-size: 10px; line-height: 14px; color: #666; }\n'
                 '  </style>\n  <title>%s</title>\n </head>\n' % (UI[m["lang"]]["lang"], m["charset"], esc(title)))
    parts.append(' <body><img width="1" height="1" src="%s" />\n'
                 '  <table id="container" cellpadding="0"><tbody><tr><td class="frame">\n'
                 '   <table id="main" cellpadding="0"><tbody>\n'
                 '    <tr><td>\n'
                 '     <table id="header" cellpadding="0"><tbody>\n'
                 '      <tr>\n'
                 '       <td rowspan="2" class="logo"><a href="%s"><img src="%s" alt="%s" border="0" /></a></td>\n'
                 '       <td class="navigation"><table align="right"><tbody><tr>\n'
                 '        <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
                 '        <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
                 '        <td><a class="last" href="%s">%s</a></td>\n'
                 '       </tr></tbody></table></td>\n'
                 '      </tr>\n' % (L["track"], L["home"], LOGO[mp], brand, L["orders"], esc(orders), L["account"],
                                    esc(account), L["home"], brand))
    t = '      <tr><td class="title">'
    if title:
        t += '<h2>%s</h2> ' % esc(title)
    if order:
        t += '%s #<a href="%s">%s</a>' % (esc(ui["order"]), L["order"], order)
    parts.append(t + '</td></tr>\n     </tbody></table>\n    </td></tr>\n')
    parts.append('    <tr><td>\n     <table id="summary" cellpadding="0"><tbody><tr><td>\n'
                 '      <span class="heading">%s</span>\n%s\n'
                 '     </td></tr></tbody></table>\n    </td></tr>\n' % (esc(m.get("greeting", "")), _ps(m.get("intro", []))))
    if m.get("items"):
        parts.append('    <tr><td>\n     <table id="orderDetails" cellpadding="0"><tbody>\n'
                     '        <tr><td colspan="4"><h3>%s</h3></td></tr>\n%s\n' % (esc(m.get("items_heading", "")),
                                                                             _items_rows_A(m, L, ui)))
        if m.get("total"):
            parts.append('        <tr><td colspan="3" align="right">%s:</td><td class="price"><strong>%s</strong>'
                         '</td></tr>\n' % (esc(ui["total"]), esc(m["total"])))
        parts.append('     </tbody></table>\n    </td></tr>\n')
    parts.append('    <tr><td>\n     <table id="closing" cellpadding="0"><tbody><tr><td>\n%s\n'
                 '      <p><a href="%s">%s</a> &nbsp;|&nbsp; <a href="%s">%s</a></p>\n'
                 '      <p>%s</p>\n'
                 '     </td></tr></tbody></table>\n    </td></tr>\n' % (
                     _ps(m.get("outro", [])), L["order"], esc(view), L["help"], esc(ui["help"]),
                     esc(m.get("signoff", "")).replace("\n", "<br />")))
    parts.append('    <tr><td>\n     <table id="legal" cellpadding="0"><tbody><tr><td>\n%s\n'
                 '     </td></tr></tbody></table>\n    </td></tr>\n' % _ps(footer_paras(m)))
    parts.append('   </tbody></table>\n  </td></tr></tbody></table>\n </body>\n</html>\n')
    return "".join(parts)


def render_html_B(m):
    """Narrow 'emailBody' layout (brandTable / greetingTable / informationTable / orderDetailsTable)."""
    ui, orders, account, view = _ui_forms(m)
    mp, order = m["mp"], m.get("order")
    L = links(mp, order or "")
    brand = BRAND[mp]
    rows = []
    for it in m.get("items", []):
        title, qty, price = it[0], it[1], it[2]
        rows.append('         <tr>\n'
                    '          <td class="itemImage"><a href="%s"><img src="%s" alt="" /></a></td>\n'
                    '          <td class="itemTitle"><a class="orderDetailsTableLink" href="%s">%s</a><br />'
                    '<span style="color:#565959">%s: %s</span></td>\n'
                    '          <td style="white-space:nowrap; text-align:right">%s</td>\n'
                    '         </tr>' % (L["track"], L["img"](), L["track"], esc(title), esc(ui["qty"]), qty,
                                        esc(price)))
    info = "\n".join('         <tr><td>%s</td></tr>' % esc(p) for p in m.get("intro", []))
    outro = "\n".join('         <tr><td>%s</td></tr>' % esc(p) for p in m.get("outro", []))
    foot = "<br /><br />\n".join(esc(p) for p in footer_paras(m))
    return ('<!DOCTYPE html>\n<html lang="%s">\n <head>\n'
            '  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '  <meta name="format-detection" content="telephone=no" />\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1.0;" />\n'
            '  <style>\n'
            'body { width:100%% !important; margin:0; padding:0; }\n'
            'td { font-family: Arial, sans-serif; }\n'
            '.emailBody { width: 375px; background-color: #fafafa; }\n'
            '.emailBodyTD { padding: 23px 18px 21px 17px; }\n'
            '.brandImage { width: 130px; }\n'
            '.emailContainer { background-color: #ffffff; border: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }\n'
            '.emailContainerTD { padding: 25px 23px 33px 23px; }\n'
            '.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }\n'
            '.informationTable { font-size: 16px; line-height: 22px; color: #002E36; }\n'
            '.informationTable td { padding-bottom: 16px; }\n'
            '.orderIdTable { font-size: 15px; color: #879596; margin-bottom: 18px; }\n'
            '.orderIdTable a { text-decoration: none; color: #879596; }\n'
            '.orderDetailsTable { font-size: 15px; line-height: 20px; }\n'
            '.orderDetailsTableLink { text-decoration: none; color: #008296; }\n'
            '.itemImage img { max-height: 84px; max-width: 84px; }\n'
            '.itemTitle { padding-left: 20px; padding-right: 16px; }\n'
            '.textWithUnderlinedLink { color: #002E36; text-decoration: none; border-bottom: 2px solid #00DFFC; }\n'
            '.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }\n'
            '  </style>\n </head>\n'
            ' <body>\n'
            '  <table class="emailBody" cellpadding="0" cellspacing="0" align="center"><tr><td class="emailBodyTD">\n'
            '   <table class="brandTable"><tr><td><a href="%s"><img class="brandImage" src="%s" alt="%s" /></a>'
            '</td></tr></table>\n'
            '   <table class="emailContainer" cellpadding="0" cellspacing="0"><tr><td class="emailContainerTD">\n'
            '     <table class="greetingTable"><tr><td>%s</td></tr></table>\n'
            '     <table class="informationTable">\n%s\n     </table>\n'
            '     <table class="orderIdTable"><tr><td>%s <a href="%s">#%s</a></td></tr></table>\n'
            '     <table class="orderDetailsTable">\n%s\n     </table>\n'
            '     <table class="informationTable">\n%s\n'
            '         <tr><td><a class="textWithUnderlinedLink" href="%s">%s</a></td></tr>\n'
            '     </table>\n'
            '     <p style="font-size:15px;color:#002E36">%s</p>\n'
            '   </td></tr></table>\n'
            '   <table class="emailClosing"><tr><td>\n%s\n   </td></tr></table>\n'
            '  </td></tr></table>\n'
            ' </body>\n</html>\n' % (
                UI[m["lang"]]["lang"], m["charset"], L["home"], LOGO[mp], brand, esc(m.get("greeting", "")), info,
                esc(ui["order"]), L["order"], order or "", "\n".join(rows), outro, L["order"], esc(view),
                esc(m.get("signoff", "")).replace("\n", "<br />"), foot))


def render_html_C(m):
    """Modern single-column layout with dark header bar and inline styles."""
    ui, orders, account, view = _ui_forms(m)
    mp, order = m["mp"], m.get("order")
    L = links(mp, order or "")
    brand = BRAND[mp]
    rows = []
    for it in m.get("items", []):
        title, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        rows.append('   <tr>\n'
                    '    <td style="padding:10px 6px;border-bottom:1px solid #e7e7e7;width:70px">'
                    '<img src="%s" width="64" alt="" /></td>\n'
                    '    <td style="padding:10px 6px;border-bottom:1px solid #e7e7e7">%s%s</td>\n'
                    '    <td style="padding:10px 6px;border-bottom:1px solid #e7e7e7;text-align:center">%s</td>\n'
                    '    <td style="padding:10px 6px;border-bottom:1px solid #e7e7e7;text-align:right;'
                    'white-space:nowrap">%s</td>\n'
                    '   </tr>' % (L["img"](), esc(title),
                                  ('<br /><span style="color:#767676;font-size:12px">%s %s</span>' % (
                                      esc(ui["soldby"]), esc(seller))) if seller else "", qty, esc(price)))
    ps = 'margin:0 0 14px 0;font-size:14px;line-height:20px;color:#0f1111'
    return ('<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#eaeded">\n'
            '<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif">\n'
            ' <div style="background:#232f3e;padding:14px 20px"><a href="%s"><img src="%s" alt="%s" height="28" '
            'style="border:0" /></a></div>\n'
            ' <div style="padding:22px 20px 8px 20px">\n'
            '  <h1 style="font-size:22px;font-weight:normal;color:#c45500;margin:0 0 6px 0">%s</h1>\n'
            '  <p style="margin:0 0 18px 0;font-size:13px;color:#565959">%s <a href="%s" style="color:#007185">%s</a>'
            '</p>\n'
            '  <p style="%s">%s</p>\n%s\n'
            '  <table width="100%%" cellpadding="0" cellspacing="0" style="border-top:2px solid #e7e7e7;'
            'font-size:14px;margin:6px 0 16px 0">\n'
            '   <tr><th colspan="2" align="left" style="padding:8px 6px;color:#565959">%s</th>'
            '<th style="padding:8px 6px;color:#565959">%s</th><th align="right" style="padding:8px 6px;'
            'color:#565959">%s</th></tr>\n%s\n  </table>\n%s\n'
            '  <p style="margin:18px 0"><a href="%s" style="background:#ffd814;border:1px solid #fcd200;'
            'border-radius:8px;padding:9px 18px;color:#0f1111;text-decoration:none;font-size:14px">%s</a></p>\n'
            '  <p style="%s">%s</p>\n'
            ' </div>\n'
            ' <div style="background:#f3f3f3;padding:16px 20px;font-size:11px;line-height:16px;color:#565959">\n%s\n'
            ' </div>\n'
            '</div>\n</body>\n</html>\n' % (
                UI[m["lang"]]["lang"], m["charset"], esc(m.get("title", "")), L["home"], LOGO[mp], brand,
                esc(m.get("title", "")), esc(ui["order"]), L["order"], "#" + order if order else "",
                ps, esc(m.get("greeting", "")), _ps(m.get("intro", []), style=ps), esc(m.get("items_heading", "")),
                esc(ui["qty"]), esc(ui["price"]), "\n".join(rows), _ps(m.get("outro", []), style=ps),
                L["order"], esc(view), ps, esc(m.get("signoff", "")).replace("\n", "<br />"),
                _ps(footer_paras(m), style="margin:0 0 8px 0")))


def footer_paras(m):
    """Footer boilerplate, with the marketplace's own domain and brand filled in."""
    mp = m["mp"]
    out = []
    for p in FOOTERS[m["lang"]][m.get("footer", 0)]:
        for dom in ("amazon.nl", "amazon.com.be"):
            p = p.replace(dom + "/", mp + "/")
        if mp == "amazon.com.be":
            p = p.replace("Amazon.nl ", "Amazon.com.be ")
        out.append(p)
    return out


RENDER_HTML = {"A": render_html_A, "B": render_html_B, "C": render_html_C}

# ---------------------------------------------------------------------------
# header helpers
# ---------------------------------------------------------------------------


def auth_results(domain, variant, fail=False, dkim_domain=None, spf_domain=None, host=None):
    d = dkim_domain or domain
    bounce = spf_domain or ("bounces." + domain)
    ip = "54.240.%d.%d" % (rng.randint(0, 15), rng.randint(2, 250))
    sel = alnum(32)
    b = alnum(8)
    dk = "fail" if fail else "pass"
    dm = "fail" if fail else "pass"
    if variant == 0:
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s@%s designates %s as permitted sender) "
                "smtp.mailfrom=%s@%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dk, d, d, sel, b, hexs(26), bounce, ip, hexs(26), bounce, dm, domain))
    if variant == 1:
        return ("Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was "
                "verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100"
                % (ip, bounce, d, dm, domain)).replace("dkim=pass", "dkim=" + dk)
    if variant == 2:
        return ("Authentication-Results: mx3.messagingengine.com;\n"
                "    dkim=%s (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 "
                "header.s=%s;\n"
                "    dmarc=%s policy.published-domain-policy=quarantine header.from=%s;\n"
                "    spf=pass smtp.mailfrom=%s@%s" % (dk, d, d, b, sel, dm, domain, hexs(24), bounce))
    host = host or rng.choice(["mx.kpnmail.nl", "mx.ziggo.nl", "mx.uol.com.br", "mx.terra.com.br"])
    return ("Authentication-Results: %s; dkim=%s header.d=%s header.s=%s;\n"
            "\tspf=pass smtp.mailfrom=%s; dmarc=%s (p=quarantine dis=none) header.from=%s"
            % (host, dk, d, sel[:20], bounce, dm, domain))


def ext_auth_results(domain, mailfrom, rcpt, fail=False):
    """Authentication-Results for a non-Amazon sender (retailer, friend, phisher)."""
    ip = "%d.%d.%d.%d" % (rng.choice([185, 193, 209, 45, 91]), rng.randint(1, 254), rng.randint(1, 254),
                          rng.randint(2, 250))
    rdom = rcpt.rsplit("@", 1)[1]
    if fail:
        body = ("dkim=none (message not signed) header.d=none;\n"
                "       spf=softfail (domain of transitional %s does not designate %s as permitted sender) "
                "smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s" % (mailfrom, ip, mailfrom, domain))
    else:
        body = ("dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
                % (domain, domain, rng.choice(["s1", "selector1", "20230601", "k1", "mail"]), alnum(8), mailfrom, ip,
                   mailfrom, domain))
    host = "mx.google.com" if rdom == "gmail.com" else "mx." + rdom
    return "Authentication-Results: %s;\n       %s" % (host, body)


def enc_header(name, value, charset="utf-8", q=False):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, Header(value, "us-ascii", header_name=name).encode(linesep="\n"))
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = QP if q else BASE64
        return "%s: %s" % (name, Header(value, cs, header_name=name).encode(linesep="\n"))


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def amazon_msgid(mp):
    region = "eu-west-1" if mp != "amazon.com.br" else "us-east-1"
    return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(12), region)


# ---------------------------------------------------------------------------
# build one message
# ---------------------------------------------------------------------------


def build(m):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    msg = EmailMessage(policy=POLICY)
    if "raw_text" in m or "raw_html" in m:
        text = m.get("raw_text")
        htm = m.get("raw_html")
    else:
        text = render_plain(m) if fmt in ("plain", "alt") else None
        htm = RENDER_HTML[m.get("layout", "A")](m) if fmt in ("html", "alt") else None
    if text is not None:
        text = fit_plain(text.replace("{order}", m.get("order") or ""), cs)
    if htm is not None:
        htm = fit_html(htm.replace("{order}", m.get("order") or ""), cs)
    if fmt == "plain":
        msg.set_content(text, charset=cs, cte=cte)
    elif fmt == "html":
        msg.set_content(htm, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=m.get("cte_text", cte))
        msg.add_alternative(htm, subtype="html", charset=cs, cte=cte)
        msg.set_boundary("----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 2 * 10**9),
                                                   int(m["date"].timestamp() * 1000)))
    body = msg.as_bytes(policy=POLICY)

    subj = m["subject"].replace("{order}", m.get("order") or "")
    hcs = m.get("hcharset", cs if cs != "iso-8859-1" else "iso-8859-1")
    lines = []
    if m.get("return_path"):
        lines.append("Return-Path: <%s>" % m["return_path"])
    if m.get("delivered_to", True):
        lines.append("Delivered-To: %s" % m["to"][1])
    if m.get("auth"):
        lines.append(m["auth"])
    lines.append("From: %s" % addr(*m["from"]))
    if m.get("reply_to"):
        lines.append("Reply-To: %s" % m["reply_to"])
    lines.append("To: %s" % addr(*m["to"]))
    lines.append(enc_header("Subject", subj, hcs, q=m.get("subj_q", False)))
    lines.append("Date: %s" % format_datetime(m["date"]))
    lines.append("Message-ID: %s" % m["msgid"])
    for h in m.get("extra_headers", []):
        lines.append(h)
    head = ("\n".join(lines) + "\n").encode("ascii")
    return head + body


# ---------------------------------------------------------------------------
# common defaults for Amazon-originated mails
# ---------------------------------------------------------------------------


def receiver_for(address):
    """Pick an Authentication-Results style that fits the recipient's mailbox provider."""
    dom = address.rsplit("@", 1)[1].lower()
    if dom == "gmail.com":
        return 0, None
    if dom in ("outlook.com", "hotmail.com", "live.nl", "live.com"):
        return 1, None
    if dom in ("icloud.com", "xs4all.nl", "yahoo.com.br"):
        return 2, None
    return 3, "mx." + dom


def amazon_defaults(m):
    mp = m["mp"]
    m.setdefault("reply_to", "no-reply@%s" % mp if not m["from"][1].startswith("cs-reply") else None)
    m.setdefault("return_path", "%s%s@bounces.%s" % (m["date"].strftime("%Y%m%d%H%M%S"), hexs(20), mp))
    m.setdefault("msgid", amazon_msgid(mp))
    eh = m.setdefault("extra_headers", [])
    if rng.random() < 0.6:
        eh.append("X-AMAZON-MAIL-RELAY-TYPE: notification")
    if rng.random() < 0.5:
        region = "eu-west-1" if mp != "amazon.com.br" else "us-east-1"
        eh.append("Feedback-ID: 1.%s.%s=:AmazonSES" % (region, alnum(43)))
    if m.pop("auth_pass", False):
        m["auth"] = auth_results(mp, *receiver_for(m["to"][1]))
    return m


# ===========================================================================
# DUTCH (nl) — amazon.nl / amazon.com.be
# ===========================================================================

NL = [
    # ---------------- inventory_shortage ----------------
    dict(id="nl_inv1", kind="notice", cause="inventory_shortage", sr=True, note="out of stock, no restock expected",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Sanne Bakker", "sanne.bakker@ziggo.nl"),
         oprefix="403", dt=(2024, 2, 3, 9),
         subject="Je Amazon.nl-bestelling #{order} is geannuleerd",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="Annuleringsbevestiging", greeting="Hallo Sanne,",
         intro=["Helaas moeten we je laten weten dat we je bestelling hebben moeten annuleren. Het artikel hieronder "
                "is niet meer leverbaar, en we verwachten ook niet dat het binnenkort weer op voorraad komt."],
         items_heading="Geannuleerde artikelen",
         items=[("Kärcher WV 6 Plus raamreiniger, incl. 100 ml glasreinigerconcentraat", 1, "€ 89,99")],
         outro=["Er is niets afgeschreven voor deze bestelling. Zie je op je creditcardoverzicht toch een reservering "
                "staan? Die vervalt binnen enkele werkdagen vanzelf.",
                "Het spijt ons dat we je deze keer niet verder konden helpen. Misschien vind je een vergelijkbaar "
                "product op Amazon.nl."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_inv2", kind="notice", cause="inventory_shortage", sr=True,
         note="seller cancelled one item, last stock sold; partial",
         mp="amazon.com.be", frm=("Amazon.com.be", "marketplace-messages@amazon.com.be"),
         to=("Wouter Claes", "wouter.claes@telenet.be"), oprefix="171", dt=(2024, 3, 4, 12),
         subject="Artikel geannuleerd uit uw bestelling {order}",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="quoted-printable", auth_pass=False, footer=2,
         formal=True, title="Annulering door de verkoper", greeting="Beste klant,",
         intro=["De verkoper TechHuis Benelux heeft ons laten weten dat het onderstaande artikel uit uw bestelling niet "
                "kan worden geleverd. Volgens de verkoper is de laatste voorraad al verkocht en komt er geen nieuwe "
                "levering meer binnen. Het artikel werd daarom geannuleerd."],
         items_heading="Geannuleerd artikel",
         items=[("Samsung 980 PRO 1 TB M.2 NVMe interne SSD", 1, "€ 104,90", "TechHuis Benelux")],
         outro=["De overige artikelen in uw bestelling worden gewoon verzonden zoals gepland. Voor het geannuleerde "
                "artikel wordt u niets aangerekend.",
                "Wilt u de verkoper een vraag stellen? Dat kan via Uw bestellingen > Contact opnemen met verkoper."],
         signoff="Met vriendelijke groeten,\nAmazon.com.be"),
    dict(id="nl_inv3", kind="notice", cause="inventory_shortage", sr=True,
         note="pre-order cannot be filled, manufacturer short",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Thijs de Boer", "thijs.deboer@gmail.com"),
         oprefix="404", dt=(2024, 4, 2, 20),
         subject="Je pre-order voor LEGO Technic 42172 McLaren P1 is geannuleerd",
         fmt="html", layout="B", charset="utf-8", cte="base64", auth_pass=True, footer=1,
         greeting="Hoi Thijs,",
         intro=["Slecht nieuws over je voorbestelling. De fabrikant levert ons flink minder exemplaren dan was "
                "toegezegd, waardoor we niet alle pre-orders kunnen uitleveren. Jouw exemplaar hoort daar helaas bij, "
                "dus hebben we de bestelling geannuleerd."],
         items=[("LEGO Technic 42172 McLaren P1 bouwset voor volwassenen (3893 onderdelen)", 1, "€ 449,99")],
         outro=["Omdat we bij een pre-order pas afrekenen op het moment van verzending, is er niets van je rekening "
                "afgeschreven.",
                "Wil je bericht krijgen als het artikel toch weer beschikbaar komt? Klik dan op de productpagina op "
                "'Houd me op de hoogte'."],
         signoff="Tot ziens bij Amazon.nl"),
    dict(id="nl_inv4", kind="notice", cause="inventory_shortage", sr=True,
         note="implied: last unit damaged, no replacement, supplier cannot deliver; partial, refund",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Pieter Mulder", "p.mulder@kpnmail.nl"),
         oprefix="402", dt=(2024, 5, 6, 14),
         subject="Update over je bestelling {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="8bit", auth_pass=False, footer=3,
         title="Wijziging in je bestelling", greeting="Hallo Pieter,",
         intro=["Tijdens het inpakken van je zending bleek het laatste exemplaar dat we van dit artikel nog hadden "
                "beschadigd te zijn. Een ander exemplaar ligt er niet, en bijbestellen bij de leverancier lukt ook "
                "niet meer.",
                "Dit artikel hebben we daarom uit je bestelling gehaald:"],
         items_heading="Verwijderd uit je bestelling",
         items=[("Brabantia NewIcon pedaalemmer 20 liter, Matt Black", 1, "€ 34,95")],
         outro=["Het bedrag van € 34,95 storten we binnen 3 tot 5 werkdagen terug op de betaalmethode waarmee je hebt "
                "betaald. De andere artikelen uit je bestelling zijn gisteren al verzonden."],
         signoff="Groeten,\nhet team van Amazon.nl"),

    # ---------------- payment_issue ----------------
    dict(id="nl_pay1", kind="notice", cause="payment_issue", sr=True,
         note="card declined, no new payment info in time",
         mp="amazon.nl", frm=("Amazon.nl", "payments-messages@amazon.nl"),
         to=("Mohamed El Amrani", "m.elamrani@hotmail.com"), oprefix="404", dt=(2024, 3, 8, 16),
         subject="Je bestelling {order} is geannuleerd",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         title="Bestelling geannuleerd", greeting="Hallo Mohamed,",
         intro=["Een week geleden lieten we je weten dat je kaartuitgever de betaling voor onderstaande bestelling had "
                "geweigerd. Sindsdien hebben we geen nieuwe of aangepaste betaalgegevens van je ontvangen, en daarom "
                "is de bestelling nu geannuleerd."],
         items_heading="Artikelen in deze bestelling",
         items=[("Logitech MX Master 3S draadloze muis, grafiet", 1, "€ 99,99"),
                ("Logitech MX Keys S toetsenbord, US International QWERTY", 1, "€ 119,99")],
         total="€ 219,98",
         outro=["Je bent ons niets verschuldigd en er is niets afgeschreven.",
                "Wil je de artikelen toch hebben? Plaats dan een nieuwe bestelling en controleer vooraf of je "
                "betaalmethode nog geldig is."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_pay2", kind="notice", cause="payment_issue", sr=True,
         note="labelled reason first: card expired, amount could not be authorised",
         mp="amazon.nl", frm=("Amazon.nl", "payments-update@amazon.nl"),
         to=("J. de Vries", "jdevries1961@planet.nl"), oprefix="403", dt=(2024, 6, 1, 10),
         subject="Bestelling {order} geannuleerd: betaalmethode verlopen",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="quoted-printable", auth_pass=False, footer=4,
         formal=True, title="Amazon.nl - annulering van uw bestelling", odate="28 mei 2024",
         greeting="Geachte heer De Vries,",
         intro=["Reden van annulering: de creditcard (Mastercard eindigend op 4471) die aan deze bestelling is "
                "gekoppeld, is verlopen.",
                "Wij konden het bedrag daardoor niet autoriseren en hebben uw bestelling om die reden geannuleerd."],
         items_heading="Geannuleerd",
         items=[("Philips Sonicare ProtectiveClean 4300 elektrische tandenborstel, wit", 2, "€ 54,99")],
         outro=["Er is geen bedrag van uw rekening afgeschreven.",
                "U kunt onder Uw account > Betaalopties een nieuwe kaart toevoegen en daarna opnieuw bestellen."],
         signoff="Met vriendelijke groet,\nKlantenservice Amazon.nl"),
    dict(id="nl_pay3", kind="notice", cause="payment_issue", sr=True,
         note="gift card balance insufficient, no second payment method",
         mp="amazon.com.be", frm=("Amazon.com.be", "auto-confirm@amazon.com.be"),
         to=("Lotte Janssens", "lotte.janssens@skynet.be"), oprefix="171", dt=(2024, 7, 2, 18),
         subject="Je bestelling bij Amazon.com.be is geannuleerd",
         fmt="html", layout="C", charset="utf-8", cte="8bit", auth_pass=True, footer=3,
         title="Bestelling geannuleerd", greeting="Dag Lotte,",
         intro=["Je wilde deze bestelling met je Amazon-cadeaubon betalen, maar het resterende tegoed (€ 12,40) dekte "
                "het totaalbedrag van € 57,89 niet. Omdat er geen tweede betaalmethode op je account stond om het "
                "verschil te betalen, hebben we de bestelling stopgezet en geannuleerd."],
         items_heading="Artikel",
         items=[("Tefal Ingenio Emotion pannenset 10-delig, inductie", 1, "€ 57,89")],
         outro=["Je cadeaubontegoed is niet aangesproken en staat nog volledig op je account.",
                "Voeg een Bancontact-kaart of creditcard toe en plaats de bestelling opnieuw wanneer het je past."],
         signoff="Tot gauw,\nAmazon.com.be"),
    # thread: payment (earlier mail + cancellation without reason)
    dict(id="nl_thr_pay_a", kind="non_notice", cause=None, sr=False, note="thread", thread="nl_pay",
         mp="amazon.nl", frm=("Amazon.nl", "payments-messages@amazon.nl"), to=("Bram Visser", "bramvisser@xs4all.nl"),
         oprefix="405", dt=(2024, 9, 9, 12),
         subject="Actie vereist: de betaling voor bestelling {order} is mislukt",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         title="Betaling niet gelukt", greeting="Hallo Bram,",
         intro=["We hebben geprobeerd je Visa-kaart eindigend op 0932 te belasten voor de onderstaande bestelling, "
                "maar de betaling werd niet geaccepteerd.",
                "Werk je betaalgegevens uiterlijk op 18 september bij via Je bestellingen > Betaalmethode wijzigen. "
                "Ontvangen we vóór die datum geen geldige betaalmethode, dan wordt de bestelling geannuleerd."],
         items_heading="Bestelling in afwachting van betaling",
         items=[("Nintendo Switch - OLED-model, wit", 1, "€ 329,00"),
                ("The Legend of Zelda: Tears of the Kingdom (Nintendo Switch)", 1, "€ 54,99")],
         outro=["Zodra de betaling rond is, verzenden we je bestelling zo snel mogelijk."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_thr_pay_b", kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail",
         thread="nl_pay", same_order_as="nl_thr_pay_a", days_after=(9, 11),
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Bram Visser", "bramvisser@xs4all.nl"),
         subject="Je Amazon.nl-bestelling {order} is geannuleerd",
         fmt="html", layout="B", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         greeting="Hallo Bram,",
         intro=["Je bestelling {order} is geannuleerd. Het gaat om de volgende artikelen:"],
         items=[("Nintendo Switch - OLED-model, wit", 1, "€ 329,00"),
                ("The Legend of Zelda: Tears of the Kingdom (Nintendo Switch)", 1, "€ 54,99")],
         outro=["Er is niets in rekening gebracht.",
                "Nog vragen? Kijk bij Je bestellingen of neem contact op met de klantenservice."],
         signoff="Amazon.nl"),

    # ---------------- technical_issue ----------------
    dict(id="nl_tech1", kind="notice", cause="technical_issue", sr=True, note="pricing error on website",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Emma Smit", "emma.smit@outlook.com"),
         oprefix="171", dt=(2024, 10, 3, 12),
         subject="Belangrijke informatie over je bestelling {order}",
         fmt="alt", layout="B", charset="utf-8", cte="base64", cte_text="quoted-printable", auth_pass=True, footer=0,
         greeting="Hallo Emma,",
         intro=["Door een fout op onze website stond de Philips Airfryer XXL in je bestelling voor € 19,99 in plaats "
                "van de juiste prijs van € 199,99. Dat is niet jouw schuld, maar we kunnen het apparaat niet voor die "
                "prijs leveren. We hebben je bestelling daarom geannuleerd."],
         items=[("Philips Airfryer XXL Premium HD9867/90, 7,3 liter, zwart", 1, "€ 19,99")],
         outro=["Er is geen bedrag afgeschreven. Wil je de airfryer alsnog bestellen tegen de juiste prijs, dan kan "
                "dat gewoon via de productpagina.",
                "Excuses voor de verwarring."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_tech2", kind="notice", cause="technical_issue", sr=True,
         note="present tense 'we annuleren'; system error, denies payment/account problem",
         mp="amazon.com.be", frm=("Amazon.com.be", "no-reply@amazon.com.be"),
         to=("Jens Maes", "jens.maes@gmail.com"), oprefix="403", dt=(2024, 4, 11, 13),
         subject="We annuleren je bestelling {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="quoted-printable", auth_pass=False, footer=3,
         title="Je bestelling wordt geannuleerd", greeting="Hallo Jens,",
         intro=["We annuleren je bestelling van 11 april. Bij het verwerken ervan liep er in ons bestelsysteem iets "
                "mis, waardoor de bestelling onvolledig is vastgelegd en niet verder kan worden afgehandeld.",
                "Dit is geen probleem met je betaalmethode of met je account; je hoeft daar niets aan te doen."],
         items_heading="Betreft",
         items=[("JBL Charge 5 draagbare Bluetooth-speaker, blauw", 1, "€ 149,00"),
                ("Hama USB-C-laadkabel 2 m, gevlochten", 2, "€ 12,99")],
         outro=["Een eventuele reservering op je rekening wordt binnen enkele dagen vrijgegeven. Je kunt gerust "
                "opnieuw bestellen: de artikelen zijn nog gewoon beschikbaar."],
         signoff="Groeten,\nAmazon.com.be"),
    dict(id="nl_tech3", kind="notice", cause="technical_issue", sr=True,
         note="seller cancelled: listing showed wrong size",
         mp="amazon.nl", frm=("Amazon.nl Marketplace", "marketplace-messages@amazon.nl"),
         to=("A. Jansen", "a.jansen@zeelandnet.nl"), oprefix="028", dt=(2024, 8, 5, 25),
         subject="Annulering door verkoper: bestelling {order}",
         fmt="html", layout="A", charset="iso-8859-1", cte="base64", auth_pass=False, footer=4, formal=True,
         title="Uw bestelling is geannuleerd", greeting="Geachte heer/mevrouw Jansen,",
         intro=["De verkoper Fietsonderdelen Direct heeft uw bestelling geannuleerd. In de productvermelding stond "
                "een verkeerde maat: de aangeboden binnenband is 28 x 1.40 en niet 28 x 1.75, zoals op de pagina "
                "werd vermeld. De verkoper heeft de vermelding inmiddels gecorrigeerd."],
         items_heading="Geannuleerd artikel",
         items=[("Schwalbe binnenband 28 inch AV17 autoventiel, set van 2", 1, "€ 15,90", "Fietsonderdelen Direct")],
         outro=["Voor deze bestelling wordt u niets in rekening gebracht.",
                "Met vragen over het artikel kunt u terecht bij de verkoper via Uw bestellingen."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),

    # ---------------- fraud_prevention ----------------
    dict(id="nl_fraud1", kind="notice", cause="fraud_prevention", sr=True,
         note="unusual account activity; denies card problem",
         mp="amazon.nl", frm=("Amazon.nl", "account-update@amazon.nl"), to=("Kevin Hendriks", "kevinhendriks@gmail.com"),
         oprefix="404", dt=(2024, 11, 4, 20),
         subject="Je bestelling {order} is geannuleerd",
         fmt="alt", layout="C", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="We hebben je bestelling geannuleerd", greeting="Hallo Kevin,",
         intro=["Bij een routinecontrole zagen we ongebruikelijke activiteit op je Amazon-account. Om je account en "
                "je gegevens te beschermen, hebben we de onderstaande bestelling uit voorzorg geannuleerd.",
                "Dit heeft niets te maken met het saldo of de geldigheid van je betaalkaart."],
         items_heading="Artikel",
         items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 2, "€ 249,00")],
         outro=["Er is niets afgeschreven.",
                "Ga naar Amazon.nl (typ het adres zelf in je browser), meld je aan en volg de aanwijzingen om je "
                "identiteit te bevestigen. Daarna kun je weer gewoon bestellen."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_fraud2", kind="notice", cause="fraud_prevention", sr=True,
         note="flagged for security review, review could not be completed; Amazon decided (Belgian Dutch)",
         mp="amazon.com.be", frm=("Amazon.com.be", "order-update@amazon.com.be"),
         to=("Els Peeters", "els.peeters@proximus.be"), oprefix="171", dt=(2024, 12, 2, 12),
         subject="Uw bestelling {order} werd geannuleerd",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="8bit", auth_pass=False, footer=2, formal=True,
         title="Amazon.com.be", odate="30 november 2024", greeting="Beste mevrouw Peeters,",
         intro=["Bij het plaatsen werd uw bestelling automatisch doorgestuurd naar ons beveiligingsteam voor een "
                "bijkomende controle. Omdat die controle niet kon worden afgerond, heeft Amazon beslist de bestelling "
                "te annuleren."],
         items_heading="Geannuleerde artikelen",
         items=[("Dyson V15 Detect Absolute steelstofzuiger", 1, "€ 699,00"),
                ("Samsung Galaxy Tab S9 FE 128 GB, grijs", 1, "€ 429,00")],
         outro=["Er werd niets aangerekend.",
                "Denkt u dat het om een vergissing gaat? Neem dan via het Helpcentrum contact op met onze "
                "klantendienst."],
         signoff="Met vriendelijke groeten,\nde klantendienst van Amazon.com.be"),
    # thread: fraud (account on hold) + cancellation without reason
    dict(id="nl_thr_fraud_a", kind="non_notice", cause=None, sr=False, note="thread", thread="nl_fraud",
         mp="amazon.nl", frm=("Amazon.nl", "cs-reply@amazon.nl"), to=("Femke Bos", "femke.bos@live.nl"),
         oprefix="402", dt=(2024, 1, 10, 16),
         subject="Je Amazon-account staat tijdelijk in de wacht",
         fmt="plain", pvariant=2, charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="Amazon.nl", greeting="Hallo Femke,", show_links=False,
         intro=["We hebben je account tijdelijk in de wacht gezet, omdat we je identiteit opnieuw moeten verifiëren. "
                "Zolang die verificatie niet is afgerond, worden je openstaande bestellingen niet verwerkt. Dat geldt "
                "ook voor bestelling {order}.",
                "Meld je aan op Amazon.nl en volg de stappen op het scherm. Mogelijk vragen we je om een kopie van "
                "een recent afschrift van de betaalmethode die aan je account is gekoppeld.",
                "Je account wordt automatisch vrijgegeven zodra we de gegevens hebben gecontroleerd."],
         signoff="Met vriendelijke groet,\nAccountspecialisten Amazon.nl"),
    dict(id="nl_thr_fraud_b", kind="notice", cause="fraud_prevention", sr=False,
         note="thread: cause from earlier mail", thread="nl_fraud", same_order_as="nl_thr_fraud_a",
         days_after=(5, 7),
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Femke Bos", "femke.bos@live.nl"),
         subject="Bestelling {order}: geannuleerd",
         fmt="plain", pvariant=1, charset="utf-8", cte="8bit", auth_pass=True, footer=3,
         title="Bestelling geannuleerd", greeting="Hallo Femke,",
         intro=["We laten je weten dat bestelling {order} is geannuleerd."],
         items_heading="Artikelen",
         items=[("Fjällräven Kånken rugzak 16 l, Frost Green", 1, "€ 94,95"),
                ("Stanley Quencher H2.0 FlowState beker 1,18 l", 1, "€ 49,95")],
         outro=["Je wordt hiervoor niets in rekening gebracht."],
         signoff="Amazon.nl"),

    # ---------------- customer_request ----------------
    dict(id="nl_cust1", kind="notice", cause="customer_request", sr=True, note="'zoals je hebt gevraagd'",
         mp="amazon.nl", frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=("Noor van Dijk", "noorvandijk@gmail.com"),
         oprefix="403", dt=(2024, 2, 14, 24),
         subject='Annulering gelukt: "JBL Flip 6 draagbare Bluetooth-speaker..." uit je bestelling {order}',
         fmt="alt", layout="B", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         greeting="Hallo Noor,",
         intro=["Zoals je hebt gevraagd, hebben we het volgende artikel uit je bestelling geannuleerd."],
         items=[("JBL Flip 6 draagbare Bluetooth-speaker, waterdicht (IP67), zwart", 1, "€ 99,00")],
         outro=["Omdat het artikel nog niet was verzonden, betaal je er niets voor. Was er al een bedrag "
                "afgeschreven, dan krijg je dat binnen enkele dagen terug."],
         signoff="Tot ziens bij Amazon.nl"),
    dict(id="nl_cust2", kind="notice", cause="customer_request", sr=True,
         note="old-style 'U hebt zojuist bestelling geannuleerd', Status: GEANNULEERD",
         mp="amazon.com.be", frm=("Amazon.com.be", "auto-confirm@amazon.com.be"),
         to=("Luc Willems", "luc.willems@telenet.be"), oprefix="403", dt=(2024, 5, 15, 28),
         subject="Amazon.com.be - Uw annulering ({order})",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="quoted-printable", auth_pass=False, footer=4,
         formal=True, title="Annuleringsbevestiging", greeting="Beste Luc Willems,",
         intro=["U hebt zojuist bestelling #{order} geannuleerd.", "Status: GEANNULEERD"],
         items_heading="Bestelde artikelen",
         items=[("Douwe Egberts Aroma Rood koffiebonen, 4 x 1 kg", 1, "€ 52,36"),
                ("Melitta Caffeo Solo koffiemachine E950-101, zwart", 1, "€ 279,00")],
         outro=["Hebt u per vergissing geannuleerd? Dan kunt u dezelfde artikelen opnieuw bestellen via Uw "
                "bestellingen > Opnieuw kopen."],
         signoff="Met vriendelijke groeten,\nAmazon.com.be"),
    dict(id="nl_cust3", kind="notice", cause="customer_request", sr=True,
         note="labelled line 'Reden van annulering: op verzoek van de klant'; refund",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Ruben Meijer", "ruben.meijer@icloud.com"),
         oprefix="405", dt=(2024, 6, 10, 20),
         subject="Artikel geannuleerd: Oral-B iO Series 7 elektrische tandenborstel",
         fmt="html", layout="A", charset="utf-8", cte="8bit", auth_pass=False, footer=1,
         title="Artikel geannuleerd", greeting="Hallo Ruben,",
         intro=["Je annuleringsverzoek voor bestelling {order} is verwerkt.",
                "Reden van annulering: op verzoek van de klant"],
         items_heading="Geannuleerd",
         items=[("Oral-B iO Series 7 elektrische tandenborstel, Sapphire Blue", 1, "€ 149,99")],
         outro=["We storten € 149,99 terug op je rekening via iDEAL. Houd rekening met 2 tot 5 werkdagen voordat het "
                "bedrag zichtbaar is."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),

    # ---------------- unknown: no reason ----------------
    dict(id="nl_unk_nr1", kind="notice", cause="unknown", sr=False, note="no reason given",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Daan Vermeer", "daan.vermeer@gmail.com"),
         oprefix="404", dt=(2024, 7, 15, 26),
         subject="Je bestelling #{order} is geannuleerd",
         fmt="html", layout="C", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         title="Bestelling geannuleerd", greeting="Hallo Daan,",
         intro=["We hebben je bestelling geannuleerd. Hieronder zie je om welke artikelen het gaat."],
         items_heading="Geannuleerde artikelen",
         items=[("Bosch Professional GSR 12V-15 accuboormachine incl. 2 accu's en lader", 1, "€ 139,00"),
                ("Bosch 2607017164 bitset 32-delig", 1, "€ 18,49")],
         outro=["Heb je al betaald? Dan krijg je het volledige bedrag binnen enkele werkdagen terug op je "
                "oorspronkelijke betaalmethode."],
         signoff="Amazon.nl"),
    dict(id="nl_unk_nr2", kind="notice", cause="unknown", sr=False, note="no reason; partial, formal Belgian",
         mp="amazon.com.be", frm=("Amazon.com.be", "no-reply@amazon.com.be"),
         to=("Marc Dubois", "marc.dubois@scarlet.be"), oprefix="171", dt=(2024, 8, 20, 30),
         subject="Wijziging in uw bestelling {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="base64", auth_pass=False, footer=2, formal=True,
         title="Wijziging in uw bestelling", greeting="Beste klant,",
         intro=["Wij laten u weten dat de volgende artikelen uit uw bestelling werden geannuleerd:"],
         items_heading="Geannuleerde artikelen",
         items=[("Stabilo Boss Original markeerstiften, etui met 10 kleuren", 3, "€ 11,49"),
                ("Leitz 180° ordner A4, 80 mm, blauw", 5, "€ 4,29")],
         outro=["De rest van uw bestelling blijft ongewijzigd.",
                "Voor de geannuleerde artikelen wordt geen betaling gevraagd."],
         signoff="Met vriendelijke groeten,\nAmazon.com.be"),
    dict(id="nl_unk_nr3", kind="notice", cause="unknown", sr=False, note="no reason; short, refers to customer service",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("mevr. K. Postma", "k.postma@hetnet.nl"),
         oprefix="028", dt=(2024, 9, 20, 29),
         subject="Uw Amazon.nl-bestelling {order} is geannuleerd",
         fmt="alt", layout="B", charset="iso-8859-1", cte="quoted-printable", auth_pass=True, footer=4, formal=True,
         greeting="Geachte mevrouw Postma,",
         intro=["Uw bestelling met de onderstaande artikelen is geannuleerd."],
         items=[("Tony's Chocolonely melkchocolade 32%, 6 x 180 g", 2, "€ 21,54")],
         outro=["Hebt u vragen over deze annulering? Neem dan contact op met onze klantenservice via "
                "amazon.nl/contact."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),

    # ---------------- unknown: other reason ----------------
    dict(id="nl_unk_or1", kind="notice", cause="unknown", sr=True,
         note="address incomplete/undeliverable; explicitly not a payment problem",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Yara Koster", "yarakoster@gmail.com"),
         oprefix="402", dt=(2024, 10, 14, 25),
         subject="Je bestelling {order} is geannuleerd - bezorgadres onvolledig",
         fmt="plain", pvariant=1, charset="utf-8", cte="quoted-printable", auth_pass=False, footer=0,
         title="Bestelling geannuleerd", greeting="Hoi Yara,",
         intro=["Dit is geen probleem met je betaling, want die is gewoon goedgekeurd. Bij het opgegeven "
                "bezorgadres ontbreekt echter het huisnummer, en we konden je niet bereiken om dat na te vragen. "
                "Omdat de bezorger het pakket zo niet kan afleveren, hebben we de bestelling geannuleerd."],
         items_heading="In deze bestelling",
         items=[("Princess 182065 Digitale Aerofryer XXL 5,2 l", 1, "€ 64,50")],
         outro=["Het volledige bedrag van € 64,50 storten we binnen 5 werkdagen terug.",
                "Controleer je adres onder Je account > Je adressen voordat je opnieuw bestelt."],
         signoff="Groeten,\nAmazon.nl"),
    dict(id="nl_unk_or2", kind="notice", cause="unknown", sr=True,
         note="seller cancelled: product may not be shipped to Belgium (legal restriction)",
         mp="amazon.nl", frm=("Amazon.nl", "order-update@amazon.nl"), to=("Bart Wouters", "bart.wouters@gmail.com"),
         oprefix="403", dt=(2024, 11, 12, 26),
         subject="Een artikel uit je bestelling {order} is geannuleerd",
         fmt="alt", layout="A", charset="utf-8", cte="base64", auth_pass=True, footer=3,
         title="Artikel geannuleerd", greeting="Hallo Bart,",
         intro=["De verkoper heeft het onderstaande artikel geannuleerd. Dit middel mag vanwege wettelijke regels "
                "niet naar België worden verzonden, en je bezorgadres ligt in Antwerpen. Daarom kon de verzending "
                "niet doorgaan."],
         items_heading="Geannuleerd artikel",
         items=[("Pokon Bio insectenspray tegen luis, 800 ml", 1, "€ 9,99", "Tuincentrum Online NL")],
         outro=["Voor dit artikel betaal je niets. De overige artikelen uit je bestelling zijn onderweg."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),

    # ---------------- non_notice ----------------
    dict(id="nl_non_ship", kind="non_notice", cause=None, sr=False,
         note="shipping confirmation; footer mentions 14-day cancellation right",
         mp="amazon.nl", frm=("Amazon.nl", "shipment-tracking@amazon.nl"), to=("Iris Kok", "iris.kok@gmail.com"),
         oprefix="402", dt=(2024, 3, 18, 28),
         subject="Je Amazon.nl-bestelling #{order} van 2 artikelen is verzonden",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=3,
         title="Verzendbevestiging", greeting="Hallo Iris,",
         intro=["Goed nieuws: je artikelen zijn verzonden. Je bestelling is onderweg en kan niet meer worden "
                "gewijzigd.",
                "Verwachte bezorging: donderdag 21 maart. Je pakket wordt bezorgd door PostNL, track-and-trace-code "
                "3SAMZ0049281746."],
         items_heading="Verzonden artikelen",
         items=[("Rituals The Ritual of Sakura geschenkset", 1, "€ 29,90"),
                ("Yankee Candle geurkaars Vanilla Cupcake, groot", 1, "€ 27,99")],
         outro=["Je kunt deze bestelling binnen 14 dagen na ontvangst zonder opgave van redenen annuleren "
                "(herroepen). Gebruik daarvoor het Retourcentrum of neem contact met ons op. De kosten van "
                "terugzending zijn voor jouw rekening, tenzij het artikel defect is."],
         signoff="We hopen je snel weer te zien.\nAmazon.nl"),
    dict(id="nl_non_prime", kind="non_notice", cause=None, sr=False, note="Prime membership cancelled (not an order)",
         mp="amazon.com.be", frm=("Amazon Prime", "digital-no-reply@amazon.com.be"),
         to=("Sofie Jacobs", "sofie.jacobs@telenet.be"), dt=(2024, 4, 3, 27),
         subject="Bevestiging: je Prime-lidmaatschap is opgezegd",
         fmt="html", charset="utf-8", cte="quoted-printable", auth_pass=True,
         raw_html='<html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                  '<body style="font-family:Arial,sans-serif;background:#f2f4f8;margin:0">\n'
                  '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
                  '<tr><td style="background:#0f79af;padding:18px 24px;color:#fff;font-size:22px">prime</td></tr>\n'
                  '<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#0f1111">\n'
                  '<p>Dag Sofie,</p>\n'
                  '<p>Zoals gevraagd hebben we je Amazon Prime-lidmaatschap geannuleerd. Je kunt nog tot en met '
                  '<strong>12 mei 2024</strong> gebruikmaken van gratis snelle verzending, Prime Video en de andere '
                  'voordelen. Daarna wordt er geen lidmaatschapsgeld meer afgeschreven.</p>\n'
                  '<p>Je bestellingen en je account blijven gewoon bestaan. Lopende bestellingen worden normaal '
                  'geleverd.</p>\n'
                  '<p>Van gedachten veranderd? Met één klik zet je je lidmaatschap voort via '
                  '<a href="https://www.amazon.com.be/gp/primecentral?ref_=pe_prime_cncl">Prime beheren</a>.</p>\n'
                  '<p>Tot snel,<br>Het Amazon Prime-team</p>\n'
                  '</td></tr>\n'
                  '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f7f7f7">Amazon vraagt je '
                  'nooit om je wachtwoord of betaalgegevens per e-mail. Deze e-mail werd verstuurd vanaf een adres '
                  'dat geen berichten ontvangt.</td></tr>\n'
                  '</table></body></html>\n'),
    dict(id="nl_non_bol", kind="non_notice", cause=None, sr=False, note="other retailer (bol.com) order cancellation",
         frm=("bol", "bestellingen@info.bol.com"), to=("Jeroen Brouwer", "jeroenbrouwer@ziggo.nl"),
         dt=(2024, 5, 2, 22), msgid_domain="info.bol.com", ext_auth="info.bol.com",
         subject="Je bestelling 2146539871 is geannuleerd",
         fmt="alt", charset="utf-8", cte="quoted-printable",
         raw_text="Hoi Jeroen,\n\n"
                  "Helaas kunnen we je bestelling 2146539871 niet leveren. De verkoper heeft aangegeven dat het "
                  "artikel niet meer op voorraad is en heeft je bestelling geannuleerd.\n\n"
                  "Geannuleerd:\n"
                  "1x Philips Hue White and Color Ambiance starterkit E27 (3 lampen + bridge)  -  € 139,99\n"
                  "Verkoper: Lichtwinkel.nl\n\n"
                  "Je hebt al betaald met iDEAL. Het bedrag staat binnen 2 werkdagen weer op je rekening.\n\n"
                  "Op zoek naar iets vergelijkbaars? Bekijk andere aanbieders van dit artikel op bol.\n\n"
                  "Groetjes,\nbol\n\n"
                  "--\nDeze e-mail is verstuurd door bol, Papendorpseweg 100, Utrecht. bol vraagt je nooit om je "
                  "inloggegevens of bankgegevens via e-mail.\n",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#f5f5f5">\n'
                  '<div style="max-width:600px;margin:auto;background:#fff;padding:24px">\n'
                  '<div style="color:#0000a4;font-size:28px;font-weight:bold">bol</div>\n'
                  '<h2 style="color:#0000a4">Je bestelling is geannuleerd</h2>\n'
                  '<p>Hoi Jeroen,</p>\n<p>Helaas kunnen we je bestelling <b>2146539871</b> niet leveren. De verkoper '
                  'heeft aangegeven dat het artikel niet meer op voorraad is en heeft je bestelling geannuleerd.</p>\n'
                  '<table style="border-top:1px solid #ddd;width:100%"><tr><td>1x Philips Hue White and Color '
                  'Ambiance starterkit E27 (3 lampen + bridge)<br><small>Verkoper: Lichtwinkel.nl</small></td>'
                  '<td align="right">€ 139,99</td></tr></table>\n'
                  '<p>Je hebt al betaald met iDEAL. Het bedrag staat binnen 2 werkdagen weer op je rekening.</p>\n'
                  '<p><a href="https://www.bol.com/nl/rnwy/account/bestellingen/overzicht">Naar mijn bestellingen</a>'
                  '</p>\n<p>Groetjes,<br>bol</p>\n'
                  '<p style="font-size:11px;color:#777">Deze e-mail is verstuurd door bol, Papendorpseweg 100, '
                  'Utrecht. bol vraagt je nooit om je inloggegevens of bankgegevens via e-mail.</p>\n'
                  '</div></body></html>\n'),
    dict(id="nl_non_refund", kind="non_notice", cause=None, sr=False, note="return received, refund confirmation",
         mp="amazon.nl", frm=("Amazon.nl", "return@amazon.nl"), to=("Lisa Dekker", "lisa.dekker@gmail.com"),
         oprefix="171", dt=(2024, 6, 3, 25),
         subject="Je terugbetaling voor bestelling {order} is verwerkt",
         fmt="plain", pvariant=2, charset="utf-8", cte="quoted-printable", auth_pass=False, footer=3,
         title="Terugbetaling van Amazon.nl", greeting="Hallo Lisa,",
         intro=["We hebben je retourzending ontvangen en de terugbetaling verwerkt. Het bedrag staat, afhankelijk "
                "van je bank, binnen 3 tot 5 werkdagen op je rekening.",
                "Retourreden: past niet"],
         items_heading="Geretourneerd",
         items=[("Adidas Ultraboost Light hardloopschoenen heren, maat 44", 1, "€ 179,95")],
         total="€ 179,95",
         outro=["Terugbetaald op: Mastercard eindigend op 2210."],
         signoff="Met vriendelijke groet,\nAmazon.nl"),
    dict(id="nl_non_friend", kind="non_notice", cause=None, sr=False,
         note="friend writes that she cancelled her Amazon order",
         frm=("Marloes Verbeek", "marloes.verbeek@ziggo.nl"), to=("Joost", "joost.hermans@gmail.com"),
         dt=(2024, 7, 6, 6), msgid_domain="ziggo.nl", ext_auth="ziggo.nl",
         extra=["In-Reply-To: <CAJx8kQ2mX0v7Lr4pT9wE1sFh3YbN6cUd5aZ@mail.gmail.com>",
                "References: <CAJx8kQ2mX0v7Lr4pT9wE1sFh3YbN6cUd5aZ@mail.gmail.com>",
                "User-Agent: Mozilla Thunderbird"],
         subject="Re: tent voor Zeeland",
         fmt="plain", charset="iso-8859-1", cte="8bit",
         raw_text="Hoi Joost,\n\n"
                  "Ik heb mijn Amazon-bestelling van die Coleman-tent gisteravond toch maar geannuleerd. Hij zou pas "
                  "over drie weken komen en dan zijn wij al weg. Gelukkig was hij nog niet verzonden, dus dat ging "
                  "met één klik en ik krijg mijn geld gewoon terug.\n\n"
                  "Kun jij jullie oude tent nog missen? Anders koop ik er zaterdag een bij de Decathlon.\n\n"
                  "Groetjes,\nMarloes\n\n"
                  "Op 5 jul. 2024, om 21:14 schreef Joost <joost.hermans@gmail.com>:\n"
                  "> Heb je die tent nou al binnen? Anders moeten we even iets anders regelen.\n"),

    # ---------------- lookalike ----------------
    dict(id="nl_look1", kind="lookalike", cause="payment_issue", sr=True,
         note="look-alike domain; link text shows amazon.nl but href goes elsewhere; malformed order number",
         frm=("Amazon.nl", "service@amazon-nl-bestellingen.com"), to=("", "info@kapsalon-demolen.nl"),
         dt=(2024, 2, 20, 28), msgid_domain="amazon-nl-bestellingen.com", ext_auth="amazon-nl-bestellingen.com",
         subject="Uw bestelling #403-8812290-3317 is geannuleerd - betaling niet geverifieerd",
         fmt="html", charset="utf-8", cte="base64",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">\n'
                  '<table width="600" align="center"><tr><td style="border-bottom:3px solid #ff9900;padding:10px">'
                  '<img src="https://i.imgur.com/k2Lq9Zp.png" alt="amazon.nl" width="120"></td></tr>\n'
                  '<tr><td style="padding:16px">\n<p>Beste klant,</p>\n'
                  '<p>Uw bestelling <b>#403-8812290-3317</b> is geannuleerd omdat wij uw betaalgegevens niet konden '
                  'verifiëren.</p>\n'
                  '<p>Om te voorkomen dat uw account definitief wordt gesloten, moet u uw gegevens binnen 24 uur '
                  'bevestigen via de onderstaande link:</p>\n'
                  '<p style="text-align:center"><a href="http://amazon-nl-bestellingen.com/verificatie/login.php?'
                  'id=8812290" style="color:#0066c0">https://www.amazon.nl/gp/css/account/verify</a></p>\n'
                  '<p>Na bevestiging wordt uw bestelling automatisch opnieuw verwerkt.</p>\n'
                  '<p>Met vriendelijke groet,<br>Amazon Klantenservice</p>\n'
                  '<p style="font-size:10px;color:#888">© 2024 Amazon.com, Inc. Alle rechten voorbehouden. Amazon zal '
                  'nooit om uw wachtwoord vragen.</p>\n'
                  '</td></tr></table></body></html>\n'),
    dict(id="nl_look2", kind="lookalike", cause="fraud_prevention", sr=True,
         note="Cyrillic homoglyph display name, free-mail sender, callback phone number",
         frm=("Аmazon.nl Klantenservice", "klantenservice.amazon.nl@outlook.com"),
         to=("", "h.vandenberg@kpnmail.nl"), dt=(2024, 4, 8, 19), msgid_domain="outlook.com",
         subject="Uw account is geblokkeerd - bestelling 404-5518802-1193457 geannuleerd",
         fmt="plain", charset="utf-8", cte="quoted-printable",
         raw_text="Geachte klant,\n\n"
                  "Wegens verdachte inlogpogingen vanuit het buitenland is uw Amazon-account geblokkeerd en is uw "
                  "bestelling 404-5518802-1193457 (Apple iPhone 15 Pro Max 256 GB, € 1.479,00) geannuleerd.\n\n"
                  "Heeft u deze bestelling NIET zelf geplaatst? Bel dan binnen 12 uur onze fraudeafdeling op "
                  "085 208 1471 (gratis, 24/7 bereikbaar). Een medewerker helpt u om uw account te deblokkeren en uw "
                  "geld veilig te stellen.\n\n"
                  "Als u niet belt, wordt het bedrag alsnog van uw rekening afgeschreven.\n\n"
                  "Met vriendelijke groet,\n"
                  "Amazon Nederland - Afdeling Beveiliging\n"),
    dict(id="nl_look3", kind="lookalike", cause="inventory_shortage", sr=True,
         note="homoglyph domain arnazon (rn), no order number, refund link to foreign domain",
         frm=("Amazon", "noreply@arnazon-nl.com"), to=("", "petra.smits@home.nl"),
         dt=(2024, 6, 12, 22), msgid_domain="arnazon-nl.com", ext_auth_fail="arnazon-nl.com",
         subject="Bestelling geannuleerd - artikel niet meer leverbaar",
         fmt="alt", charset="utf-8", cte="quoted-printable",
         raw_text="Beste klant,\n\nHet artikel dat u heeft besteld is helaas niet meer leverbaar. Uw bestelling is "
                  "daarom geannuleerd.\n\nOm uw terugbetaling van € 349,00 te ontvangen, moet u uw bankgegevens "
                  "invullen via: https://www.amazon.nl/terugbetaling\n\nDeze link is 48 uur geldig.\n\n"
                  "Amazon.nl Klantenservice\n",
         raw_html='<html><body style="font-family:Arial">\n<p>Beste klant,</p>\n'
                  '<p>Het artikel dat u heeft besteld is helaas niet meer leverbaar. Uw bestelling is daarom '
                  'geannuleerd.</p>\n'
                  '<p>Om uw terugbetaling van <b>€ 349,00</b> te ontvangen, moet u uw bankgegevens invullen via: '
                  '<a href="https://refund-amzn.top/nl/ideal/?r=349">https://www.amazon.nl/terugbetaling</a></p>\n'
                  '<p>Deze link is 48 uur geldig.</p>\n<p>Amazon.nl Klantenservice</p>\n</body></html>\n'),
    dict(id="nl_look4", kind="lookalike", cause="unknown", sr=False,
         note="free-mail sender; asks to reply with card number, expiry and CVC; malformed order number",
         frm=("Amazon Betalingen", "amazon.betalingen.nl@gmail.com"), to=("", "r.brink@gmail.com"),
         reply_to="amazon.betalingen.nl@gmail.com", dt=(2024, 8, 8, 28), msgid_domain="mail.gmail.com",
         ext_auth="gmail.com",
         subject="Uw bestelling 404-55121-88 werd geannuleerd",
         fmt="plain", charset="iso-8859-1", cte="8bit",
         raw_text="Beste klant,\n\n"
                  "Uw bestelling 404-55121-88 werd geannuleerd.\n\n"
                  "Om de annulering ongedaan te maken en uw bestelling alsnog te ontvangen, vragen wij u deze e-mail "
                  "te beantwoorden met de volgende gegevens:\n\n"
                  "- volledige naam\n- kaartnummer\n- vervaldatum\n- CVC-code (3 cijfers achterop)\n\n"
                  "Na ontvangst wordt uw bestelling binnen 24 uur verzonden.\n\n"
                  "Met vriendelijke groet,\nAmazon Betalingen\n"),
    dict(id="nl_look5", kind="lookalike", cause="technical_issue", sr=True,
         note="look-alike domain; 'systeemfout', enter code on a page whose href is not Amazon",
         frm=("Amazon.nl Beveiliging", "security@amazon.nl-accountherstel.com"), to=("", "tim.degroot@live.nl"),
         dt=(2024, 10, 2, 30), msgid_domain="amazon.nl-accountherstel.com", ext_auth="amazon.nl-accountherstel.com",
         subject="Belangrijk: uw bestelling is geannuleerd (ref. NL-4471-Q)",
         fmt="html", charset="utf-8", cte="quoted-printable",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Arial;color:#111">\n'
                  '<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">\n'
                  '<div style="font-size:24px;font-weight:bold">amazon<span style="color:#ff9900">.nl</span></div>\n'
                  '<p>Beste klant,</p>\n'
                  '<p>Door een systeemfout in onze betaalverwerking is uw recente bestelling geannuleerd. Het bedrag '
                  'van € 212,40 is gereserveerd op uw rekening.</p>\n'
                  '<p>Om het bedrag vrij te geven, voert u binnen 24 uur de onderstaande code in op onze '
                  'herstelpagina:</p>\n'
                  '<p style="font-size:26px;letter-spacing:4px;text-align:center"><b>NL-4471-Q</b></p>\n'
                  '<p style="text-align:center"><a href="https://amazon.nl-accountherstel.com/herstel?c=4471Q" '
                  'style="background:#ffd814;padding:10px 20px;color:#111;text-decoration:none">'
                  'www.amazon.nl/herstel</a></p>\n'
                  '<p>Wij bieden onze excuses aan voor het ongemak.<br>Team Amazon.nl</p>\n'
                  '</div></body></html>\n'),
]


# ===========================================================================
# BRAZILIAN PORTUGUESE (pt) — amazon.com.br
# ===========================================================================

BR = "amazon.com.br"
PT = [
    # ---------------- inventory_shortage ----------------
    dict(id="pt_inv1", kind="notice", cause="inventory_shortage", sr=True, note="out of stock, no restock forecast",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Juliana Souza", "juliana.souza@gmail.com"),
         oprefix="701", dt=(2024, 2, 5, 12),
         subject="Seu pedido Amazon.com.br #{order} foi cancelado",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="Pedido cancelado", greeting="Olá, Juliana,",
         intro=["Infelizmente, tivemos que cancelar o seu pedido. O produto abaixo esgotou em nosso estoque e o "
                "fornecedor não tem previsão de reposição."],
         items_heading="Itens cancelados",
         items=[("Echo Dot (5ª geração) | Smart speaker com Alexa | Cor Preta", 1, "R$ 379,05")],
         outro=["Nenhum valor foi cobrado. Se aparecer uma pré-autorização na fatura do seu cartão, ela será desfeita "
                "automaticamente em alguns dias úteis, conforme o prazo do banco emissor.",
                "Pedimos desculpas pelo transtorno. Você pode procurar produtos semelhantes na Amazon.com.br."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_inv2", kind="notice", cause="inventory_shortage", sr=True,
         note="labelled reason first; seller cannot fulfil; partial",
         mp=BR, frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"),
         to=("Marcos Oliveira", "marcos.oliveira@uol.com.br"), oprefix="702", dt=(2024, 3, 3, 10),
         subject="Item cancelado do seu pedido {order}",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="quoted-printable", auth_pass=False, footer=3,
         title="Cancelamento pelo vendedor", odate="29 de fevereiro de 2024", greeting="Olá,",
         intro=["Motivo do cancelamento: o vendedor não possui o produto disponível para envio.",
                "O vendedor Eletro Center Comércio Ltda. cancelou o item abaixo do seu pedido e informou que não "
                "conseguirá atendê-lo."],
         items_heading="Item cancelado",
         items=[("Liquidificador Arno Power Max 1000W, 15 velocidades, 220V", 1, "R$ 219,90",
                 "Eletro Center Comércio Ltda.")],
         outro=["Os demais itens do pedido mantêm o prazo de entrega original. O valor do item cancelado não será "
                "cobrado.",
                "Para falar com o vendedor, acesse Seus pedidos > Entrar em contato com o vendedor."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_inv3", kind="notice", cause="inventory_shortage", sr=True,
         note="pre-order cannot be filled, publisher cut print run",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Rafael Lima", "rafael.lima@outlook.com"),
         oprefix="701", dt=(2024, 4, 8, 22),
         subject="Atualização sobre sua pré-venda: pedido {order} cancelado",
         fmt="html", layout="B", charset="utf-8", cte="base64", auth_pass=True, footer=1,
         greeting="Oi, Rafael,",
         intro=["Temos uma notícia ruim sobre a sua pré-venda. A editora reduziu a tiragem da edição de colecionador "
                "e não recebemos exemplares suficientes para atender a todas as reservas. Por isso, o seu pedido foi "
                "cancelado."],
         items=[("Box O Senhor dos Anéis - Edição de Colecionador (capa dura, 3 volumes)", 1, "R$ 349,90")],
         outro=["Como a cobrança da pré-venda só acontece no momento do envio, nada foi debitado.",
                "Se o item voltar a ficar disponível, ele aparecerá normalmente na página do produto."],
         signoff="Até logo,\nAmazon.com.br"),
    # thread: inventory (item delayed, cannot obtain) + cancellation without reason
    dict(id="pt_thr_inv_a", kind="non_notice", cause=None, sr=False, note="thread", thread="pt_inv",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Carla Mendes", "carla.mendes@gmail.com"),
         oprefix="701", dt=(2024, 5, 10, 16),
         subject="Atraso no seu pedido {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="8bit", auth_pass=True, footer=0,
         title="Atualização de entrega", greeting="Olá, Carla,",
         intro=["Lamentamos informar que o item abaixo está atrasado. Ainda não conseguimos obtê-lo junto ao nosso "
                "fornecedor e, por enquanto, não temos uma nova data confirmada para o envio.",
                "Vamos avisá-la assim que tivermos novidades. Se preferir não esperar, você pode cancelar o item sem "
                "custo em Seus pedidos."],
         items_heading="Item atrasado",
         items=[("Cafeteira Nespresso Essenza Mini D30, Preta, 110V", 1, "R$ 449,00")],
         outro=["A cobrança só será feita quando o item for enviado."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_thr_inv_b", kind="notice", cause="inventory_shortage", sr=False,
         note="thread: cause from earlier mail", thread="pt_inv", same_order_as="pt_thr_inv_a", days_after=(8, 12),
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Carla Mendes", "carla.mendes@gmail.com"),
         subject="Pedido {order} cancelado",
         fmt="alt", layout="C", charset="utf-8", cte="quoted-printable", auth_pass=False, footer=2,
         title="Pedido cancelado", greeting="Olá, Carla,",
         intro=["Informamos que o pedido abaixo foi cancelado."],
         items_heading="Item",
         items=[("Cafeteira Nespresso Essenza Mini D30, Preta, 110V", 1, "R$ 449,00")],
         outro=["Você não será cobrada por este pedido."],
         signoff="Amazon.com.br"),

    # ---------------- payment_issue ----------------
    dict(id="pt_pay1", kind="notice", cause="payment_issue", sr=True,
         note="card issuer refused charge, payment not updated in time",
         mp=BR, frm=("Amazon.com.br", "payments-messages@amazon.com.br"),
         to=("Ana Paula Ferreira", "anapaula.ferreira@hotmail.com"), oprefix="702", dt=(2024, 6, 4, 14),
         subject="Seu pedido {order} foi cancelado",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         title="Cancelamento do pedido", greeting="Olá, Ana Paula,",
         intro=["A operadora do seu cartão recusou a cobrança do pedido abaixo. Enviamos um aviso pedindo que você "
                "atualizasse a forma de pagamento, mas, como nenhuma alteração foi feita dentro do prazo, o pedido "
                "foi cancelado automaticamente."],
         items_heading="Itens do pedido",
         items=[("Smartphone Samsung Galaxy A15 128GB, 4GB RAM, Azul Escuro", 1, "R$ 1.099,00"),
                ("Capa protetora transparente para Galaxy A15", 1, "R$ 29,90")],
         total="R$ 1.128,90",
         outro=["Nenhum valor foi debitado.",
                "Se ainda quiser os produtos, faça um novo pedido usando outra forma de pagamento."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_pay2", kind="notice", cause="payment_issue", sr=True, note="boleto expired unpaid",
         mp=BR, frm=("Amazon.com.br", "payments-messages@amazon.com.br"),
         to=("José Carlos Pereira", "jcpereira@terra.com.br"), oprefix="701", dt=(2024, 3, 16, 20),
         subject="Cancelamento do pedido {order} - boleto não pago",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="8bit", auth_pass=False, footer=3,
         title="Amazon.com.br - Cancelamento de pedido", odate="11 de março de 2024",
         greeting="Prezado José Carlos,",
         intro=["O boleto bancário gerado para o seu pedido venceu em 14/03 e não identificamos o pagamento até essa "
                "data. Sem a confirmação do pagamento não é possível reservar os produtos, e por isso o pedido foi "
                "cancelado."],
         items_heading="Itens",
         items=[("Jogo de Panelas Tramontina Turim 5 peças, alumínio antiaderente, vermelho", 1, "R$ 289,90")],
         outro=["Caso você tenha pago o boleto após o vencimento, o valor será devolvido na sua conta bancária em "
                "até 10 dias úteis após a compensação.",
                "Para comprar novamente, basta adicionar os produtos ao carrinho e escolher Pix, boleto ou cartão."],
         signoff="Atenciosamente,\nEquipe Amazon.com.br"),
    dict(id="pt_pay3", kind="notice", cause="payment_issue", sr=True,
         note="labelled 'Motivo: cartão de crédito vencido', reason-first",
         mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=("Beatriz Costa", "bia.costa@gmail.com"),
         oprefix="702", dt=(2024, 7, 3, 19),
         subject="Seu pedido na Amazon.com.br foi cancelado",
         fmt="html", layout="C", charset="utf-8", cte="8bit", auth_pass=True, footer=0,
         title="Pedido cancelado", greeting="Olá, Beatriz,",
         intro=["Motivo: cartão de crédito vencido.",
                "O cartão Elo com final 5520, cadastrado para este pedido, passou da data de validade antes do envio, "
                "e a cobrança não pôde ser autorizada. Por esse motivo, cancelamos o pedido."],
         items_heading="Produto",
         items=[("Kit 3 Camisetas Básicas Hering Masculinas, Algodão, Tamanho M", 1, "R$ 119,97"),
                ("Tênis Olympikus Corre 3, Masculino, Preto, 41", 1, "R$ 399,99")],
         outro=["Nenhuma cobrança foi realizada.",
                "Para atualizar seus cartões, acesse Sua conta > Suas formas de pagamento."],
         signoff="Obrigado por comprar na Amazon.com.br."),
    # thread: payment + cancellation without reason
    dict(id="pt_thr_pay_a", kind="non_notice", cause=None, sr=False, note="thread", thread="pt_pay",
         mp=BR, frm=("Amazon.com.br", "payments-messages@amazon.com.br"),
         to=("Thiago Almeida", "thiago.almeida@yahoo.com.br"), oprefix="702", dt=(2024, 8, 12, 18),
         subject="Ação necessária: não conseguimos processar o pagamento do pedido {order}",
         fmt="alt", layout="B", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         greeting="Olá, Thiago,",
         intro=["Não conseguimos processar a cobrança no seu cartão Mastercard com final 8813 para o pedido abaixo.",
                "Atualize a forma de pagamento até 22/08 para que possamos enviar os produtos. Se não recebermos uma "
                "forma de pagamento válida até essa data, o pedido poderá ser cancelado."],
         items=[("Controle sem fio DualSense para PlayStation 5, Branco", 1, "R$ 429,90"),
                ("Headset Gamer HyperX Cloud Stinger 2, Preto", 1, "R$ 259,00")],
         outro=["Para atualizar, acesse Seus pedidos e clique em Alterar forma de pagamento."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_thr_pay_b", kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail",
         thread="pt_pay", same_order_as="pt_thr_pay_a", days_after=(10, 12),
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"),
         to=("Thiago Almeida", "thiago.almeida@yahoo.com.br"),
         subject="Seu pedido Amazon.com.br {order} foi cancelado",
         fmt="plain", pvariant=1, charset="utf-8", cte="base64", auth_pass=True, footer=0,
         title="Pedido cancelado", greeting="Olá, Thiago,",
         intro=["Estamos escrevendo para informar que o seu pedido {order} foi cancelado. Seguem os detalhes:"],
         items_heading="Itens",
         items=[("Controle sem fio DualSense para PlayStation 5, Branco", 1, "R$ 429,90"),
                ("Headset Gamer HyperX Cloud Stinger 2, Preto", 1, "R$ 259,00")],
         outro=["Nenhum valor será cobrado por este pedido."],
         signoff="Atenciosamente,\nAmazon.com.br"),

    # ---------------- technical_issue ----------------
    dict(id="pt_tech1", kind="notice", cause="technical_issue", sr=True, note="pricing error (R$ 39,90 vs 399,90)",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Lucas Rocha", "lucasrocha@gmail.com"),
         oprefix="701", dt=(2024, 9, 2, 12),
         subject="Informação importante sobre o seu pedido {order}",
         fmt="alt", layout="B", charset="utf-8", cte="base64", cte_text="quoted-printable", auth_pass=True, footer=2,
         greeting="Olá, Lucas,",
         intro=["Identificamos um erro no preço exibido para a Air Fryer Mondial 4L: ela apareceu no site por "
                "R$ 39,90, quando o preço correto é R$ 399,90. Como o produto foi anunciado com um valor incorreto, "
                "não podemos concluir a venda, e o seu pedido foi cancelado."],
         items=[("Fritadeira Elétrica sem Óleo Air Fryer Mondial AFN-40-BI, 4L, 220V", 1, "R$ 39,90")],
         outro=["Não houve nenhuma cobrança. Se ainda tiver interesse, o produto está disponível pelo preço correto na "
                "página do item.",
                "Lamentamos o inconveniente."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_tech2", kind="notice", cause="technical_issue", sr=True,
         note="present continuous 'estamos cancelando'; temporary system failure",
         mp=BR, frm=("Amazon.com.br", "no-reply@amazon.com.br"), to=("Gabriela Martins", "gabi.martins@icloud.com"),
         oprefix="702", dt=(2024, 6, 3, 5),
         subject="Estamos cancelando o seu pedido {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="quoted-printable", auth_pass=False, footer=3,
         title="Cancelamento de pedido", greeting="Olá, Gabriela,",
         intro=["Uma falha temporária em nossos sistemas impediu que o seu pedido de 02/06 fosse processado "
                "corretamente, e ele ficou registrado de forma incompleta. Para evitar problemas no envio, estamos "
                "cancelando esse pedido."],
         items_heading="Itens afetados",
         items=[("Whey Protein Concentrado Growth Supplements, 1kg, Chocolate", 2, "R$ 129,90"),
                ("Coqueteleira Growth 700ml", 1, "R$ 19,90")],
         outro=["Qualquer pré-autorização no seu cartão será liberada em breve. Os produtos continuam disponíveis, e "
                "você pode refazer a compra normalmente."],
         signoff="Equipe Amazon.com.br"),
    dict(id="pt_tech3", kind="notice", cause="technical_issue", sr=True,
         note="seller cancelled: listing error (wrong model/voltage); denies payment problem first",
         mp=BR, frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"),
         to=("Roberto Nascimento", "roberto.nascimento@bol.com.br"), oprefix="701", dt=(2024, 10, 7, 21),
         subject="Pedido {order}: cancelamento pelo vendedor",
         fmt="html", layout="A", charset="iso-8859-1", cte="base64", auth_pass=False, footer=1,
         title="Cancelamento pelo vendedor", greeting="Olá, Roberto,",
         intro=["Isso não tem relação com o seu pagamento, que foi aprovado normalmente. O vendedor Casa & Cozinha "
                "Utilidades cancelou o pedido porque o anúncio continha um erro de cadastro: a foto e a descrição "
                "eram de outro modelo de batedeira, com voltagem diferente (110V em vez de 220V)."],
         items_heading="Item cancelado",
         items=[("Batedeira Planetária Philco PBP600P Turbo, 12 velocidades", 1, "R$ 329,00",
                 "Casa & Cozinha Utilidades")],
         outro=["O valor pago será estornado integralmente. O prazo para aparecer na fatura depende da "
                "administradora do cartão."],
         signoff="Atenciosamente,\nAmazon.com.br"),

    # ---------------- fraud_prevention ----------------
    dict(id="pt_fraud1", kind="notice", cause="fraud_prevention", sr=True, note="unusual account activity, preventive",
         mp=BR, frm=("Amazon.com.br", "no-reply@amazon.com.br"), to=("Felipe Araújo", "felipe.araujo@gmail.com"),
         oprefix="702", dt=(2024, 11, 3, 18),
         subject="Seu pedido {order} foi cancelado",
         fmt="alt", layout="C", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="Cancelamos o seu pedido", greeting="Olá, Felipe,",
         intro=["Durante uma verificação de rotina, identificamos atividades incomuns na sua conta. Para proteger "
                "você, cancelamos preventivamente o pedido abaixo."],
         items_heading="Produto",
         items=[("Apple iPhone 15 (128 GB) - Preto", 1, "R$ 5.299,00")],
         outro=["Nada foi cobrado.",
                "Acesse a sua conta digitando amazon.com.br diretamente no navegador e siga as instruções para "
                "confirmar sua identidade. Depois disso, você poderá voltar a comprar normalmente."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_fraud2", kind="notice", cause="fraud_prevention", sr=True,
         note="security review could not be completed; 'A Amazon decidiu cancelar'",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"),
         to=("Patrícia Gomes", "patricia.gomes@uol.com.br"), oprefix="701", dt=(2024, 12, 2, 14),
         subject="Pedido {order} cancelado",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="quoted-printable", auth_pass=False, footer=2,
         title="Amazon.com.br", odate="30 de novembro de 2024", greeting="Olá, Patrícia,",
         intro=["A Amazon decidiu cancelar o seu pedido. Ele foi encaminhado para uma análise de segurança no momento "
                "da compra, e não foi possível concluir essa análise com as informações disponíveis."],
         items_heading="Itens",
         items=[("Notebook Lenovo IdeaPad Slim 3 Intel Core i5, 16GB, 512GB SSD", 1, "R$ 3.599,00"),
                ("Mouse sem fio Logitech M170, cinza", 2, "R$ 59,90")],
         outro=["Você não será cobrada.",
                "Se acredita que houve um engano, entre em contato com o Atendimento ao Cliente pela Central de Ajuda."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_fraud3", kind="notice", cause="fraud_prevention", sr=True,
         note="account locked for security, pending orders cancelled",
         mp=BR, frm=("Amazon.com.br", "cs-reply@amazon.com.br"), to=("Diego Ribeiro", "diego.ribeiro@gmail.com"),
         oprefix="702", dt=(2024, 1, 8, 20),
         subject="Sua conta Amazon.com.br foi bloqueada e seus pedidos pendentes foram cancelados",
         fmt="html", layout="B", charset="utf-8", cte="8bit", auth_pass=True, footer=3,
         greeting="Olá, Diego,",
         intro=["Bloqueamos temporariamente a sua conta por motivos de segurança e, como consequência, cancelamos os "
                "pedidos pendentes, entre eles o pedido abaixo."],
         items=[("Cadeira Gamer ThunderX3 TGC12 Evo, Preta/Vermelha", 1, "R$ 899,90")],
         outro=["Nenhum valor foi cobrado pelos pedidos cancelados.",
                "Para desbloquear a conta, faça login em amazon.com.br e siga as etapas indicadas na página. Nunca "
                "pediremos sua senha por e-mail."],
         signoff="Equipe de Segurança de Contas\nAmazon.com.br"),

    # ---------------- customer_request ----------------
    dict(id="pt_cust1", kind="notice", cause="customer_request", sr=True, note="'recebemos sua solicitação'",
         mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=("Mariana Castro", "mari.castro@gmail.com"),
         oprefix="701", dt=(2024, 2, 15, 25),
         subject='Cancelamento realizado: "Kindle 11ª geração (2022)..." do seu pedido {order}',
         fmt="alt", layout="B", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=1,
         greeting="Olá, Mariana,",
         intro=["Recebemos sua solicitação e cancelamos o item abaixo do seu pedido."],
         items=[("Kindle 11ª geração (2022) - Tela antirreflexo de 6\", 16 GB, Preto", 1, "R$ 499,00")],
         outro=["Se a cobrança já tiver sido feita, o estorno será processado em até 7 dias úteis."],
         signoff="Amazon.com.br"),
    dict(id="pt_cust2", kind="notice", cause="customer_request", sr=True,
         note="old-style 'Você acabou de cancelar', Status: CANCELADO",
         mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=("Eduardo Silva", "edu.silva@bol.com.br"),
         oprefix="702", dt=(2024, 5, 14, 27),
         subject="Amazon.com.br - Seu cancelamento ({order})",
         fmt="plain", pvariant=2, charset="iso-8859-1", cte="8bit", auth_pass=False, footer=3,
         title="Confirmação de cancelamento", greeting="Olá, Eduardo Silva,",
         intro=["Você acabou de cancelar o pedido #{order}.", "Status: CANCELADO"],
         items_heading="Itens do pedido",
         items=[("Livro Torto Arado - Itamar Vieira Junior (Brochura)", 1, "R$ 54,90"),
                ("Livro Tudo é Rio - Carla Madeira (Brochura)", 1, "R$ 44,90")],
         outro=["Cancelou por engano? Você encontra os produtos novamente em Seus pedidos > Comprar novamente."],
         signoff="Esperamos vê-lo novamente em breve.\nAmazon.com.br"),
    dict(id="pt_cust3", kind="notice", cause="customer_request", sr=True,
         note="partial; labelled 'Motivo do cancelamento: Cancelado pelo cliente'",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Renata Barbosa", "renata.barbosa@gmail.com"),
         oprefix="701", dt=(2024, 6, 12, 24),
         subject="Cancelamento parcial de item(ns) do seu pedido {order}",
         fmt="html", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=False, footer=0,
         title="Cancelamento parcial", greeting="Olá, Renata,",
         intro=["Concluímos o cancelamento parcial do seu pedido.",
                "Motivo do cancelamento: Cancelado pelo cliente"],
         items_heading="Item cancelado",
         items=[("Perfume Natura Essencial Oud Feminino, Deo Parfum 100ml", 1, "R$ 89,90")],
         outro=["O valor de R$ 89,90 será estornado na mesma forma de pagamento usada na compra. Os outros itens "
                "seguem para entrega normalmente."],
         signoff="Atenciosamente,\nAmazon.com.br"),

    # ---------------- unknown: no reason ----------------
    dict(id="pt_unk_nr1", kind="notice", cause="unknown", sr=False, note="no reason given",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Vinícius Moreira", "vini.moreira@gmail.com"),
         oprefix="702", dt=(2024, 7, 14, 28),
         subject="Seu pedido #{order} foi cancelado",
         fmt="html", layout="C", charset="utf-8", cte="base64", auth_pass=True, footer=2,
         title="Pedido cancelado", greeting="Olá, Vinícius,",
         intro=["Cancelamos o seu pedido. Veja abaixo o resumo:"],
         items_heading="Itens",
         items=[("Ração Golden Special para Cães Adultos, Frango e Carne, 15kg", 2, "R$ 149,90")],
         outro=["Caso algum valor tenha sido debitado, ele será devolvido integralmente."],
         signoff="Amazon.com.br"),
    dict(id="pt_unk_nr2", kind="notice", cause="unknown", sr=False, note="no reason; partial",
         mp=BR, frm=("Amazon.com.br", "no-reply@amazon.com.br"), to=("Fernanda Dias", "fernanda.dias@hotmail.com"),
         oprefix="701", dt=(2024, 8, 18, 30),
         subject="Alteração no seu pedido {order}",
         fmt="plain", pvariant=1, charset="utf-8", cte="8bit", auth_pass=False, footer=1,
         title="Alteração no pedido", greeting="Olá, Fernanda,",
         intro=["Os itens a seguir foram cancelados do seu pedido:"],
         items_heading="Itens cancelados",
         items=[("Garrafa Térmica Stanley Classic 1L, Verde", 1, "R$ 329,00"),
                ("Mochila Samsonite Ibiza para notebook 15,6\", Preta", 1, "R$ 279,90")],
         outro=["Os demais itens seguem normalmente para entrega.",
                "Nenhum valor referente aos itens cancelados será cobrado."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_unk_nr3", kind="notice", cause="unknown", sr=False, note="no reason; one item cancelled",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Sérgio Cardoso", "sergio.cardoso@terra.com.br"),
         oprefix="702", dt=(2024, 9, 15, 29),
         subject="1 item foi cancelado do seu pedido Amazon.com.br {order}",
         fmt="alt", layout="A", charset="iso-8859-1", cte="quoted-printable", auth_pass=True, footer=3,
         title="Item cancelado", greeting="Olá, Sérgio,",
         intro=["O item abaixo foi cancelado do seu pedido."],
         items_heading="Item cancelado",
         items=[("Box Harry Potter - Edição Premium, 7 volumes", 1, "R$ 249,90")],
         outro=["Em caso de dúvidas sobre este cancelamento, fale com a nossa equipe de Atendimento ao Cliente."],
         signoff="Atenciosamente,\nAmazon.com.br"),

    # ---------------- unknown: other reason ----------------
    dict(id="pt_unk_or1", kind="notice", cause="unknown", sr=True,
         note="carrier does not deliver to the CEP; denies stock and payment problems",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Raimundo Sousa", "raimundo.sousa@gmail.com"),
         oprefix="701", dt=(2024, 10, 10, 24),
         subject="Não conseguimos entregar no endereço informado: pedido {order} cancelado",
         fmt="plain", pvariant=1, charset="utf-8", cte="quoted-printable", auth_pass=False, footer=0,
         title="Pedido cancelado", greeting="Olá, Raimundo,",
         intro=["O produto continua em estoque e o seu pagamento foi aprovado, mas a transportadora responsável não "
                "realiza entregas no CEP 68925-000, informado no pedido. Como não há outra opção de entrega para essa "
                "região, precisamos cancelar o pedido."],
         items_heading="Itens",
         items=[("Smart TV LG 50\" 4K UHD 50UR8750PSA, webOS, ThinQ AI", 1, "R$ 1.249,00")],
         outro=["O valor total de R$ 1.249,00 será estornado em até 5 dias úteis.",
                "Se tiver outro endereço de entrega, cadastre-o em Sua conta > Endereços e faça um novo pedido."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_unk_or2", kind="notice", cause="unknown", sr=True,
         note="item (lithium batteries) cannot be shipped to the destination by available transport",
         mp=BR, frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("Cláudia Freitas", "claudia.freitas@gmail.com"),
         oprefix="702", dt=(2024, 11, 11, 27),
         subject="Um item do seu pedido {order} foi cancelado",
         fmt="alt", layout="B", charset="utf-8", cte="base64", auth_pass=True, footer=2,
         greeting="Olá, Cláudia,",
         intro=["O item abaixo foi cancelado porque contém baterias de lítio e não pode ser transportado até o seu "
                "endereço pelas modalidades de envio disponíveis para a sua região, que dependem de transporte aéreo. "
                "As normas para transporte de produtos perigosos não permitem a remessa para esse destino."],
         items=[("Parafusadeira e Furadeira a Bateria Bosch GSR 120-LI, 12V, com 2 baterias", 1, "R$ 689,00")],
         outro=["Você não será cobrada pelo item cancelado. Os demais itens do pedido não foram afetados."],
         signoff="Amazon.com.br"),

    # ---------------- non_notice ----------------
    dict(id="pt_non_ml", kind="non_notice", cause=None, sr=False, note="other retailer (Mercado Livre) purchase cancelled",
         frm=("Mercado Livre", "noreply@mercadolivre.com.br"), to=("Marcos Teixeira", "marcos.teixeira@gmail.com"),
         dt=(2024, 2, 10, 26), msgid_domain="mercadolivre.com.br", ext_auth="mercadolivre.com.br",
         subject="Sua compra foi cancelada",
         fmt="html", charset="utf-8", cte="quoted-printable",
         raw_html='<html><head><meta charset="utf-8"></head><body style="background:#ededed;font-family:Arial">\n'
                  '<table width="600" align="center" style="background:#fff"><tr><td style="background:#fff159;'
                  'padding:16px"><b>mercado livre</b></td></tr>\n<tr><td style="padding:24px;font-size:15px">\n'
                  '<p>Olá, Marcos!</p>\n'
                  '<p>O vendedor <b>TECHSTORE_OFICIAL</b> cancelou a sua compra de <b>Fone de Ouvido Bluetooth QCY '
                  'T13 ANC</b> porque não tinha mais o produto em estoque.</p>\n'
                  '<p>Já devolvemos R$ 149,90 para a sua conta do Mercado Pago. Se você pagou com cartão, o estorno '
                  'aparecerá em até 2 faturas.</p>\n'
                  '<p>Compra nº 2000008153427719</p>\n'
                  '<p><a href="https://www.mercadolivre.com.br/minhas-compras" style="background:#3483fa;color:#fff;'
                  'padding:10px 18px;text-decoration:none;border-radius:6px">Ver compra</a></p>\n'
                  '<p style="font-size:11px;color:#999">O Mercado Livre nunca pede sua senha por e-mail. Mercado Livre '
                  '- Av. das Nações Unidas, 3003, Osasco - SP.</p>\n'
                  '</td></tr></table></body></html>\n'),
    dict(id="pt_non_slot", kind="non_notice", cause=None, sr=False,
         note="delivery window cancelled/rescheduled; order still active",
         mp=BR, frm=("Amazon.com.br", "shipment-tracking@amazon.com.br"), to=("Paulo Henrique", "paulohenrique@gmail.com"),
         oprefix="701", dt=(2024, 5, 14, 16),
         subject="Sua janela de entrega foi cancelada - escolha um novo horário",
         fmt="alt", layout="C", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=0,
         title="Atualização de entrega", greeting="Olá, Paulo,",
         intro=["O agendamento da sua entrega para 15/05, entre 14h e 18h, foi cancelado porque o veículo da rota "
                "teve um problema mecânico.",
                "Seu pedido continua ativo e nada muda no pagamento. Escolha um novo horário em Seus pedidos ou "
                "aguarde: vamos tentar entregar no próximo dia útil."],
         items_heading="Itens",
         items=[("Geladeira Electrolux Frost Free Duplex 380L, Inox", 1, "R$ 3.799,00")],
         outro=["Pedimos desculpas pelo inconveniente."],
         signoff="Amazon.com.br"),
    dict(id="pt_non_ku", kind="non_notice", cause=None, sr=False, note="Kindle Unlimited subscription cancelled",
         mp=BR, frm=("Amazon Kindle", "digital-no-reply@amazon.com.br"), to=("Larissa Pinto", "larissa.pinto@gmail.com"),
         dt=(2024, 6, 2, 28),
         subject="Sua assinatura do Kindle Unlimited foi cancelada",
         fmt="plain", charset="iso-8859-1", cte="quoted-printable", auth_pass=False,
         raw_text="Olá, Larissa,\n\n"
                  "Conforme solicitado, cancelamos sua assinatura do Kindle Unlimited. Você continua com acesso aos "
                  "títulos do catálogo até 30 de junho de 2024. A partir dessa data, não haverá novas cobranças no "
                  "seu cartão.\n\n"
                  "Os eBooks que você comprou continuam na sua biblioteca.\n\n"
                  "Mudou de ideia? Reative a qualquer momento em: https://www.amazon.com.br/kindle-dbs/hz/subscribe/ku\n\n"
                  "Atenciosamente,\nEquipe Kindle\n\n"
                  "--\nA Amazon nunca pede dados de pagamento ou senha por e-mail.\n"),
    dict(id="pt_non_boleto", kind="non_notice", cause=None, sr=False,
         note="payment reminder before cancellation: boleto due tomorrow, order will be cancelled if unpaid",
         mp=BR, frm=("Amazon.com.br", "payments-messages@amazon.com.br"),
         to=("Antônio Batista", "antonio.batista@bol.com.br"), oprefix="702", dt=(2024, 9, 3, 25),
         subject="Lembrete: o boleto do seu pedido {order} vence amanhã",
         fmt="alt", layout="A", charset="utf-8", cte="quoted-printable", auth_pass=True, footer=2,
         title="Lembrete de pagamento", greeting="Olá, Antônio,",
         intro=["O boleto do seu pedido vence amanhã. Se o pagamento não for identificado até o vencimento, o pedido "
                "será cancelado automaticamente.",
                "Se você já pagou, desconsidere esta mensagem: a compensação pode levar até 3 dias úteis."],
         items_heading="Itens aguardando pagamento",
         items=[("Micro-ondas Panasonic 32L, Inox, 220V", 1, "R$ 749,00")],
         outro=["Para gerar a segunda via do boleto, acesse Seus pedidos."],
         signoff="Atenciosamente,\nAmazon.com.br"),
    dict(id="pt_non_news", kind="non_notice", cause=None, sr=False,
         note="consumer newsletter about what to do when an Amazon order is cancelled",
         frm=("Compra Segura", "newsletter@comprasegura.blog.br"), to=("", "leitor.carlos@gmail.com"),
         dt=(2024, 10, 1, 20), msgid_domain="comprasegura.blog.br", ext_auth="comprasegura.blog.br",
         subject="Pedido cancelado na Amazon? Saiba o que fazer + ofertas da semana",
         fmt="alt", charset="utf-8", cte="base64",
         extra=["List-Unsubscribe: <https://comprasegura.blog.br/descadastrar?u=88123>",
                "Precedence: bulk"],
         raw_text="COMPRA SEGURA - newsletter semanal\n\n"
                  "PEDIDO CANCELADO NA AMAZON? VEJA O QUE FAZER\n\n"
                  "Muitos leitores nos perguntam por que um pedido foi cancelado de repente. Os motivos mais comuns "
                  "são falta de estoque, pagamento recusado, erro de preço ou uma verificação de segurança da conta. "
                  "Confira o e-mail oficial, que sempre traz o número do pedido no formato 000-0000000-0000000, e "
                  "acompanhe o estorno em Seus pedidos.\n\n"
                  "Cuidado com golpes: mensagens que pedem dados do cartão para 'reativar' um pedido cancelado são "
                  "phishing.\n\n"
                  "OFERTAS DA SEMANA\n- Fone JBL Tune 520BT por R$ 199\n- Air Fryer Philco 4L por R$ 279\n\n"
                  "Você recebe este e-mail porque se cadastrou em comprasegura.blog.br. Para sair da lista, "
                  "clique em descadastrar.\n",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;'
                  'max-width:620px;margin:auto">\n<h1 style="color:#1a7f37">Compra Segura</h1>\n'
                  '<h2>Pedido cancelado na Amazon? Veja o que fazer</h2>\n'
                  '<p>Muitos leitores nos perguntam por que um pedido foi cancelado de repente. Os motivos mais comuns '
                  'são falta de estoque, pagamento recusado, erro de preço ou uma verificação de segurança da conta. '
                  'Confira o e-mail oficial, que sempre traz o número do pedido no formato 000-0000000-0000000, e '
                  'acompanhe o estorno em Seus pedidos.</p>\n'
                  '<p><b>Cuidado com golpes:</b> mensagens que pedem dados do cartão para "reativar" um pedido '
                  'cancelado são phishing.</p>\n<h3>Ofertas da semana</h3>\n<ul><li>Fone JBL Tune 520BT por R$ 199'
                  '</li><li>Air Fryer Philco 4L por R$ 279</li></ul>\n'
                  '<p style="font-size:11px;color:#777">Você recebe este e-mail porque se cadastrou em '
                  'comprasegura.blog.br. <a href="https://comprasegura.blog.br/descadastrar?u=88123">Descadastrar</a>'
                  '</p>\n</body></html>\n'),

    # ---------------- lookalike ----------------
    dict(id="pt_look1", kind="lookalike", cause="payment_issue", sr=True,
         note="look-alike domain; link text amazon.com.br, href elsewhere; malformed order number",
         frm=("Amazon.com.br", "atendimento@amazon-br-pedidos.com"), to=("", "contato@padariasaojorge.com.br"),
         dt=(2024, 3, 5, 25), msgid_domain="amazon-br-pedidos.com", ext_auth="amazon-br-pedidos.com",
         subject="Seu pedido nº 701-4456128-77 foi cancelado - pagamento não aprovado",
         fmt="html", charset="utf-8", cte="quoted-printable",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">\n'
                  '<div style="max-width:600px;margin:auto">\n'
                  '<div style="background:#232f3e;padding:12px"><img src="https://i.ibb.co/7Nw1x2K/amz.png" '
                  'alt="amazon.com.br" width="110"></div>\n'
                  '<p>Prezado(a) cliente,</p>\n'
                  '<p>Seu pedido nº <b>701-4456128-77</b> foi cancelado porque o pagamento não foi aprovado pela '
                  'operadora.</p>\n'
                  '<p>Para evitar o bloqueio da sua conta, atualize os dados do seu cartão em até 24 horas:</p>\n'
                  '<p><a href="http://amazon-br-pedidos.com/conta/atualizar.php?ref=77">'
                  'https://www.amazon.com.br/minha-conta/pagamentos</a></p>\n'
                  '<p>Após a atualização, o pedido será reprocessado automaticamente.</p>\n'
                  '<p>Atenciosamente,<br>Equipe Amazon</p>\n'
                  '<p style="font-size:10px;color:#888">© Amazon.com, Inc. Todos os direitos reservados.</p>\n'
                  '</div></body></html>\n'),
    dict(id="pt_look2", kind="lookalike", cause="unknown", sr=False,
         note="Greek-Alpha homoglyph display name, free-mail sender, callback phone; no reason stated",
         frm=("Αmazon Brasil", "suporte.amazonbrasil.pedidos@gmail.com"), to=("", "marcia.lopes@yahoo.com.br"),
         dt=(2024, 5, 3, 27), msgid_domain="mail.gmail.com", ext_auth="gmail.com",
         subject="Pedido de R$ 9.499,00 cancelado - confirme se foi você",
         fmt="plain", charset="utf-8", cte="8bit",
         raw_text="Olá,\n\n"
                  "O seu pedido 702-3381104-5527718 (Apple iPhone 15 Pro Max 256GB Titânio Natural - R$ 9.499,00) foi "
                  "cancelado.\n\n"
                  "Se você NÃO reconhece esta compra, ligue imediatamente para a nossa Central Antifraude: "
                  "0800 591 2274 ou chame no WhatsApp (11) 97734-2190.\n\n"
                  "Caso não entre em contato em até 2 horas, o valor será cobrado no seu cartão.\n\n"
                  "Atenciosamente,\nCentral de Atendimento Amazon Brasil\n"),
    dict(id="pt_look3", kind="lookalike", cause="fraud_prevention", sr=True,
         note="account suspended and order cancelled, 'use this code' on look-alike domain",
         frm=("Amazon", "no-reply@amazon.com.br.conta-protegida.net"), to=("", "jorge.campos@outlook.com"),
         dt=(2024, 7, 5, 28), msgid_domain="conta-protegida.net", ext_auth_fail="conta-protegida.net",
         subject="Sua conta foi suspensa e o seu pedido foi cancelado",
         fmt="alt", charset="utf-8", cte="quoted-printable",
         raw_text="Sua conta foi suspensa e o seu pedido foi cancelado por motivo de segurança.\n\n"
                  "Use o código de reativação 583-119 em https://amazon.com.br.conta-protegida.net/reativar para "
                  "recuperar o acesso e liberar o pedido.\n\nO código expira em 12 horas.\n\nAmazon.com.br\n",
         raw_html='<html><body style="font-family:Arial">\n'
                  '<p style="font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></p>\n'
                  '<p>Sua conta foi suspensa e o seu pedido foi cancelado por motivo de segurança.</p>\n'
                  '<p>Use o código de reativação abaixo para recuperar o acesso e liberar o pedido:</p>\n'
                  '<p style="font-size:28px;letter-spacing:6px"><b>583-119</b></p>\n'
                  '<p><a href="https://amazon.com.br.conta-protegida.net/reativar">Reativar minha conta</a></p>\n'
                  '<p>O código expira em 12 horas.</p>\n</body></html>\n'),
    dict(id="pt_look4", kind="lookalike", cause="payment_issue", sr=True,
         note="free-mail sender, no order number, asks to reply with card data",
         frm=("Amazon Pagamentos", "amazon.pagamentos.br@hotmail.com"), to=("", "s.rezende@gmail.com"),
         reply_to="amazon.pagamentos.br@hotmail.com", dt=(2024, 9, 10, 27), msgid_domain="hotmail.com",
         subject="Pedido cancelado - pagamento recusado",
         fmt="plain", charset="iso-8859-1", cte="quoted-printable",
         raw_text="Prezado cliente,\n\n"
                  "Informamos que o seu último pedido foi cancelado porque o pagamento foi recusado.\n\n"
                  "Para reenviar o pedido sem custo adicional, responda este e-mail informando:\n"
                  "Nome completo:\nCPF:\nNúmero do cartão:\nValidade:\nCódigo de segurança (CVV):\n\n"
                  "Assim que recebermos os dados, o pedido será liberado em até 24 horas.\n\n"
                  "Amazon Pagamentos - Departamento Financeiro\n"),
    dict(id="pt_look5", kind="lookalike", cause="inventory_shortage", sr=True,
         note="look-alike domain, malformed order number, Pix refund link",
         frm=("Amazon.com.br", "no-reply@amazon.com.br-cancelamento.site"), to=("", "helena.duarte@gmail.com"),
         dt=(2024, 11, 4, 26), msgid_domain="amazon.com.br-cancelamento.site",
         ext_auth="amazon.com.br-cancelamento.site",
         subject="Pedido #702-88412-0091 cancelado: produto esgotado",
         fmt="html", charset="utf-8", cte="base64",
         raw_html='<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#f3f3f3">\n'
                  '<div style="max-width:580px;margin:auto;background:#fff;padding:20px">\n'
                  '<h2 style="color:#c45500">Pedido cancelado</h2>\n'
                  '<p>Olá,</p>\n<p>Seu pedido <b>#702-88412-0091</b> foi cancelado porque o produto esgotou.</p>\n'
                  '<p>Para receber o reembolso de <b>R$ 1.189,00</b> via Pix na hora, confirme sua chave Pix no link '
                  'abaixo:</p>\n'
                  '<p><a href="https://reembolso-pix.amazon.com.br-cancelamento.site/?p=1189" style="background:'
                  '#ffd814;padding:10px 16px;color:#111;text-decoration:none">Receber reembolso</a></p>\n'
                  '<p>Atenciosamente,<br>Amazon.com.br</p>\n</div></body></html>\n'),
]


# ===========================================================================
# assembly
# ===========================================================================


def prepare(m, lang, orders, dates):
    m = dict(m)
    m["lang"] = lang
    if m.get("same_order_as"):
        m["order"] = orders[m["same_order_as"]]
    elif m.get("oprefix"):
        m["order"] = order_no(m["oprefix"])
    else:
        m["order"] = None
    orders[m["id"]] = m["order"]
    if m.get("days_after"):
        ref = dates[m["same_order_as"]]
        m["date"] = ref + timedelta(days=rng.randint(*m["days_after"]), hours=rng.randint(-5, 5),
                                    minutes=rng.randint(0, 59))
    else:
        m["date"] = rdate(*m["dt"])
    dates[m["id"]] = m["date"]
    m["from"] = m.pop("frm")
    m["extra_headers"] = list(m.pop("extra", []))
    m.setdefault("subj_q", rng.random() < 0.5)
    if m.get("mp") and m["from"][1].endswith("@" + m["mp"]):
        amazon_defaults(m)
    else:
        dom = m.get("msgid_domain", "mail.example.net")
        if dom == "mail.gmail.com":
            m["msgid"] = "<CA%s%s@mail.gmail.com>" % (alnum(3, True), alnum(40))
        elif dom == "hotmail.com":
            m["msgid"] = "<DB9PR%02dMB%04d%s@DB9PR%02dMB%04d.eurprd%02d.prod.outlook.com>" % (
                rng.randint(1, 9), rng.randint(1000, 9999), alnum(12, True), rng.randint(1, 9),
                rng.randint(1000, 9999), rng.randint(1, 9))
        elif dom == "outlook.com":
            m["msgid"] = "<AM%d%s@AM%dPR%02dMB%04d.eurprd%02d.prod.outlook.com>" % (
                rng.randint(0, 9), alnum(20, True), rng.randint(0, 9), rng.randint(1, 9), rng.randint(1000, 9999),
                rng.randint(1, 9))
        else:
            m["msgid"] = "<%s.%s@%s>" % (hexs(16), m["date"].strftime("%Y%m%d%H%M%S"), dom)
        if m.get("ext_auth"):
            m["auth"] = ext_auth_results(m["ext_auth"], m["from"][1], m["to"][1])
        elif m.get("ext_auth_fail"):
            m["auth"] = ext_auth_results(m["ext_auth_fail"], m["from"][1], m["to"][1], fail=True)
        m.setdefault("return_path", m["from"][1])
    return m


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    orders, dates = {}, {}
    prepared = []
    for lang, data in (("nl", NL), ("pt", PT)):
        for m in data:
            prepared.append(prepare(m, lang, orders, dates))
    # group thread pairs so that the earlier mail directly precedes the cancellation
    groups, seen = [], {}
    for m in prepared:
        t = m.get("thread")
        if t:
            if t in seen:
                seen[t].append(m)
                continue
            seen[t] = [m]
            groups.append(seen[t])
        else:
            groups.append([m])
    rng.shuffle(groups)
    labels = []
    n = FIRST
    for g in groups:
        g.sort(key=lambda x: x["date"])
        for m in g:
            fname = "q%d.eml" % n
            data = build(m)
            with open(os.path.join(MAILDIR, fname), "wb") as fh:
                fh.write(data)
            labels.append({
                "file": fname,
                "kind": m["kind"],
                "language": m["lang"],
                "cause": m["cause"] if m["kind"] != "non_notice" else None,
                "states_reason": bool(m["sr"]),
                "marketplace": m.get("mp") if m["kind"] != "lookalike" else None,
                "note": m["note"],
            })
            n += 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    labs = main()
    from collections import Counter
    print(len(labs), "mails")
    print(Counter((l["language"], l["kind"]) for l in labs))
    print(Counter((l["language"], l["cause"], l["states_reason"]) for l in labs if l["kind"] == "notice"))
