#!/usr/bin/env python3
"""Regenerates blind batch z3: Italian (amazon.it), Polish (amazon.pl), Swedish (amazon.se).

Writes mail/z3NNN.eml and labels.json next to this script.
Only the standard library is used; the random seed is fixed so output is reproducible.
"""
import datetime
import html as htmlmod
import io
import json
import os
import random
import re
import urllib.parse
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 3303
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')

# --------------------------------------------------------------------------- helpers

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def tok(n, alphabet=ALNUM):
    return ''.join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def order_no(prefixes=('402', '403', '404', '405', '406', '407', '408', '028', '171', '302', '303', '304', '305', '306')):
    return '%s-%07d-%07d' % (R.choice(prefixes), R.randint(0, 9999999), R.randint(0, 9999999))


def rand_date(tz_hours=0):
    start = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(seconds=R.randint(0, 480 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return dt.astimezone(tz)


def charset_obj(name, cte):
    c = Charset(name)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    return c


def text_part(text, subtype, charset, cte):
    text.encode(charset)  # fail loudly if the text does not fit the charset
    p = MIMEText(text, subtype, charset_obj(charset, cte))
    return p


def enc_header(s, charset='utf-8', enc=None, name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    c = Charset(charset)
    if enc:
        c.header_encoding = {'q': QP, 'b': BASE64}[enc]
    return Header(s, c, maxlinelen=76, header_name=name).encode()


def addr(name, email, charset='utf-8', enc=None):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (enc_header(name, charset, enc, 'From'), email)


def amazon_boundary():
    return '----=_Part_%d_%d.%d' % (R.randint(1000000, 99999999), R.randint(100000000, 1999999999),
                                     R.randint(1600000000000, 1760000000000))


def ses_msgid():
    return '<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(12))


def track(tld, path):
    target = 'https://www.amazon.%s/%s' % (tld, path.lstrip('/'))
    return ('https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d'
            % (tld, tok(13), tok(13), R.randint(2024, 2025), hexs(10), hexs(28), tok(12),
               urllib.parse.quote(target, safe=''), tok(28), R.randint(100000, 9999999), R.randint(100000000, 999999999)))


LINK_RE = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')


def md_to_html(s, linker):
    """Escape plain text and turn [label](target) into anchors."""
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(htmlmod.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (htmlmod.escape(linker(m.group(2))), htmlmod.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(htmlmod.escape(s[pos:], quote=False))
    return ''.join(out).replace('\n', '<br />\n')


def md_to_text(s, linker, style='angle'):
    def rep(m):
        url = linker(m.group(2))
        if style == 'angle':
            return '%s <%s>' % (m.group(1), url)
        return '%s:\n%s' % (m.group(1), url)
    return LINK_RE.sub(rep, s)


# --------------------------------------------------------------------------- locales

LOC = {
    'it': dict(
        tld='it', brand='Amazon.it',
        nav=('I miei ordini', 'Il mio account', 'Amazon.it'),
        order_label='Ordine n.', items_heading='Articoli annullati', qty='Quantità', sold_by='Venduto da',
        total='Totale ordine:', closing='Speriamo di rivederti presto.',
        help='Se hai bisogno di ulteriore assistenza, visita il nostro [Servizio Clienti](gp/help/customer/display.html).',
        security=[
            'Amazon.it non ti chiederà mai di fornire o verificare la tua password, il numero della carta di credito o le coordinate bancarie tramite e-mail, SMS o telefono, né di installare software per l\'accesso remoto.',
            'Se il numero della tua carta di credito è cambiato o la carta è scaduta, aggiorna i dati in [Il mio account > Le mie modalità di pagamento](cpe/yourpayments/wallet).',
            'Se ricevi un\'e-mail sospetta che sembra provenire da Amazon, non cliccare sui link e non aprire gli allegati. [Scopri come segnalare e-mail sospette](gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX).',
        ],
        noreply='Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.',
        legal='Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Capitale sociale: EUR 125.000; RCS Lussemburgo n. B 101818; Partita IVA: LU 20260743. © %d Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.',
    ),
    'pl': dict(
        tld='pl', brand='Amazon.pl',
        nav=('Twoje zamówienia', 'Twoje konto', 'Amazon.pl'),
        order_label='Zamówienie nr', items_heading='Anulowane produkty', qty='Ilość', sold_by='Sprzedawca',
        total='Suma zamówienia:', closing='Mamy nadzieję, że wkrótce znów nas odwiedzisz.',
        help='Jeśli potrzebujesz dalszej pomocy, odwiedź stronę [Obsługa Klienta](gp/help/customer/display.html).',
        security=[
            'Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail, SMS-ie ani podczas rozmowy telefonicznej o podanie hasła, pełnego numeru karty płatniczej ani danych logowania do banku.',
            'Jeśli numer Twojej karty się zmienił lub karta straciła ważność, zaktualizuj dane w sekcji [Twoje konto > Twoje płatności](cpe/yourpayments/wallet).',
            'Jeśli otrzymasz podejrzaną wiadomość, która wygląda na wysłaną przez Amazon, nie klikaj w linki i nie otwieraj załączników. [Dowiedz się, jak zgłosić podejrzaną wiadomość](gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX).',
        ],
        noreply='Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.',
        legal='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Kapitał zakładowy: 125 000 EUR; RCS Luksemburg nr B 101818; NIP UE: LU 20260743. (c) %d Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.',
    ),
    'sv': dict(
        tld='se', brand='Amazon.se',
        nav=('Dina beställningar', 'Ditt konto', 'Amazon.se'),
        order_label='Beställning nr', items_heading='Avbrutna artiklar', qty='Antal', sold_by='Säljs av',
        total='Beställningens totalsumma:', closing='Vi hoppas att vi ses snart igen.',
        help='Om du behöver mer hjälp kan du besöka vår [kundtjänst](gp/help/customer/display.html).',
        security=[
            'Amazon.se kommer aldrig att be dig att uppge eller bekräfta ditt lösenord, ditt kortnummer eller dina BankID-uppgifter via e-post, sms eller telefon.',
            'Om ditt kortnummer har ändrats eller om kortet har gått ut kan du uppdatera uppgifterna under [Ditt konto > Dina betalningar](cpe/yourpayments/wallet).',
            'Om du får ett misstänkt e-postmeddelande som verkar komma från Amazon ska du inte klicka på några länkar eller öppna bilagor. [Så rapporterar du misstänkta meddelanden](gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX).',
        ],
        noreply='Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet.',
        legal='Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Aktiekapital: 125 000 EUR; RCS Luxemburg nr B 101818; momsregistreringsnummer: LU 20260743. © %d Amazon.com, Inc. eller dess dotterbolag. Med ensamrätt.',
    ),
}

CLASSIC_CSS = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:15px 0 0 0; }
#orderDetails h3 { border-bottom:1px solid #ccc; }
#itemDetails td { padding:10px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#legalCopy { margin:20px 0 0 0; color:#666; font-size:11px; }
#legalCopy p { font:11px/16px Arial, sans-serif; color:#666; }
"""

CARD_CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; width: 100%; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 15px; line-height: 22px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 6px; }
.orderIdLink { text-decoration: none; color: #868686; }
.footerText { font-size: 12px; line-height: 16px; color: #868686; }
hr { color: #CFCFCF; border-color: #CFCFCF; background-color: #CFCFCF; border: 1px solid #CFCFCF; margin-top: 15px; margin-bottom: 15px; }
"""


def build_amazon(lang, d, linker=None, year=2024):
    """Return (text, html) of an Amazon-styled transactional mail.

    d: title, greeting, paras, items [(title, qty, price, seller)], total, payment, order, style,
       heading (optional override), footer (bool), nolegal (bool)
    """
    L = LOC[lang]
    tld = L['tld']
    if linker is None:
        def linker(p):
            return p if p.startswith('http') else track(tld, p)
    style = d.get('style', 'classic')
    order = d.get('order')
    items = d.get('items') or []
    heading = d.get('heading', L['items_heading'])
    security = d.get('security', L['security'])
    legal = L['legal'] % year

    # ---------------- text
    t = []
    t.append(L['brand'])
    t.append('-' * 76)
    t.append('')
    if d.get('title'):
        t.append(d['title'])
        if order:
            t.append('%s %s' % (L['order_label'], order))
        t.append('')
    t.append(d['greeting'])
    t.append('')
    for p in d['paras']:
        t.append(md_to_text(p, linker, d.get('textlinks', 'angle')))
        t.append('')
    if items:
        t.append(heading)
        t.append('=' * 60)
        for (title, qty, price, seller) in items:
            t.append(title)
            t.append('%s: %s' % (L['qty'], qty))
            if seller:
                t.append('%s: %s' % (L['sold_by'], seller))
            if price:
                t.append(price)
            t.append('')
        if d.get('total'):
            t.append('%s %s' % (L['total'], d['total']))
        if d.get('payment'):
            t.append(d['payment'])
        t.append('=' * 60)
        t.append('')
    t.append(md_to_text(L['help'], linker, d.get('textlinks', 'angle')))
    t.append('')
    t.append(L['closing'])
    t.append(L['brand'])
    t.append('')
    if d.get('footer', True):
        t.append('-' * 76)
        for s in security:
            t.append(md_to_text(s, linker, d.get('textlinks', 'angle')))
            t.append('')
        t.append(L['noreply'])
        if not d.get('nolegal'):
            t.append(legal)
    text = '\n'.join(t) + '\n'

    # ---------------- html
    paras_html = ''.join('<p>%s</p> ' % md_to_html(p, linker) for p in d['paras'])
    sec_html = ''.join('<p>%s</p> ' % md_to_html(s, linker) for s in security) if d.get('footer', True) else ''
    legal_html = '' if d.get('nolegal') else '<p>%s</p>' % htmlmod.escape(legal, quote=False)
    noreply_html = '<p>%s</p>' % htmlmod.escape(L['noreply'], quote=False) if d.get('footer', True) else ''
    home = linker('')
    orders = linker('gp/css/order-history')
    account = linker('gp/css/homepage.html')
    pixel = 'https://www.amazon.%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=%s' % (
        tld, tok(13), hexs(32), tok(12), urllib.parse.quote('https://images-eu.ssl-images-amazon.com/images/G/29/x-locale/common/transparent-pixel.gif', safe=''))
    order_link = linker('gp/your-account/order-details?orderID=%s' % order) if order else ''
    if style == 'classic':
        rows = ''
        for (title, qty, price, seller) in items:
            rows += ('<tr> <td class="name"> <a href="%s">%s</a><br /> <span style="color:#666">%s: %s</span>%s </td> '
                     '<td class="price"> <strong>%s</strong> </td> </tr> ' % (
                         htmlmod.escape(linker('dp/B0%s' % tok(8))), htmlmod.escape(title, quote=False), L['qty'], qty,
                         ('<br /> <span style="color:#666">%s: %s</span>' % (L['sold_by'], htmlmod.escape(seller, quote=False))) if seller else '',
                         htmlmod.escape(price or '', quote=False)))
        items_html = ''
        if items:
            items_html = ('<tr> <td> <table id="orderDetails" cellpadding="0"> <tbody><tr> <td> <h3>%s</h3> '
                          '<table id="itemDetails" cellpadding="0"> <tbody> %s</tbody> </table> %s%s</td> </tr> </tbody></table> </td> </tr> ' % (
                              htmlmod.escape(heading, quote=False), rows,
                              ('<p style="text-align:right"><strong>%s %s</strong></p>' % (L['total'], d['total'])) if d.get('total') else '',
                              ('<p style="text-align:right;color:#666">%s</p>' % htmlmod.escape(d['payment'], quote=False)) if d.get('payment') else ''))
        title_html = ''
        if d.get('title'):
            title_html = '<td class="title"> <h2>%s</h2> %s</td> ' % (
                htmlmod.escape(d['title'], quote=False),
                ('%s <a href="%s">%s</a> ' % (L['order_label'], htmlmod.escape(order_link), order)) if order else '')
        html = ('<html xmlns="https://www.w3.org/1999/xhtml">\n <head> \n  <meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%" /> \n'
                '  <style type="text/css">%s</style> \n </head> \n'
                '<body><img width="1" height="1" src="%s" /> \n'
                '  <table id="container" cellpadding="0"> <tbody><tr> <td class="frame"> \n'
                '   <table id="main" cellpadding="0"> <tbody> \n'
                '    <tr> <td> <table id="header" cellpadding="0"> <tbody><tr> '
                '<td rowspan="2" class="logo"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/x-locale/common/logo_%s.png" alt="%s" width="115" /></a></td> '
                '<td class="navigation"> <table align="right"> <tbody> <tr> <td> <a href="%s">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> '
                '<td> <a href="%s">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> <td> <a class="last" href="%s">%s</a> </td> </tr> </tbody> </table> </td> </tr> \n'
                '     <tr> %s</tr> </tbody></table> </td> </tr> \n'
                '    <tr> <td> <table id="summary" cellpadding="0"> <tbody><tr> <td><span class="heading">%s</span> %s</td> </tr> </tbody></table> </td> </tr> \n'
                '    %s\n'
                '    <tr> <td> <table id="closing" cellpadding="0"> <tbody><tr> <td> %s <p> <br />%s<br /> <span class="signature"> <strong>%s</strong> </span> </p> </td> </tr> </tbody></table> </td> </tr> \n'
                '    <tr> <td> <table id="legalCopy"> <tbody><tr> <td> <span> %s%s%s </span> </td> </tr> </tbody></table> </td> </tr> \n'
                '   </tbody> </table> \n  </td> </tr> </tbody></table> \n <img width="1" height="1" src="%s" /></body>\n</html>\n') % (
                    CLASSIC_CSS, htmlmod.escape(pixel), htmlmod.escape(home), tld, L['brand'],
                    htmlmod.escape(orders), L['nav'][0], htmlmod.escape(account), L['nav'][1], htmlmod.escape(home), L['nav'][2],
                    title_html, htmlmod.escape(d['greeting'], quote=False), paras_html, items_html,
                    md_to_html(L['help'], linker), L['closing'], L['brand'],
                    sec_html, noreply_html, legal_html, htmlmod.escape(pixel))
    else:  # card
        rows = ''
        for (title, qty, price, seller) in items:
            rows += ('<tr><td style="padding:8px 0;border-top:1px solid #e7e7e7"><a href="%s" style="color:#0066c0">%s</a><br />'
                     '<span style="color:#565959">%s: %s%s</span></td><td style="padding:8px 0;border-top:1px solid #e7e7e7;text-align:right;white-space:nowrap">%s</td></tr>' % (
                         htmlmod.escape(linker('dp/B0%s' % tok(8))), htmlmod.escape(title, quote=False), L['qty'], qty,
                         (' &middot; %s: %s' % (L['sold_by'], htmlmod.escape(seller, quote=False))) if seller else '',
                         htmlmod.escape(price or '', quote=False)))
        items_html = ''
        if items:
            items_html = ('<tr><td class="cardTD" style="padding:10px 20px"><table class="informationTable" width="100%%"><tr><td colspan="2" style="font-weight:bold">%s</td></tr>%s%s</table></td></tr>' % (
                htmlmod.escape(heading, quote=False), rows,
                ('<tr><td style="padding-top:8px;font-weight:bold">%s</td><td style="padding-top:8px;text-align:right;font-weight:bold">%s</td></tr>' % (L['total'], d['total'])) if d.get('total') else ''))
        html = ('<!DOCTYPE html>\n<html>\n <head> \n  <meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%" /> \n'
                '  <meta name="format-detection" content="telephone=no" /> \n'
                '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" /> \n'
                '  <style>%s</style>\n </head>\n <body>\n'
                '  <table class="emailBody" align="center"><tr><td class="emailBodyTD">\n'
                '   <table class="brandTable"><tr><td><a href="%s"><img src="https://m.media-amazon.com/images/G/29/x-locale/common/amazon_logo_%s.png" alt="%s" width="130" /></a></td>'
                '<td style="text-align:right"><a class="orderIdLink" href="%s">%s</a></td></tr></table>\n'
                '   <table class="emailContainer"><tr><td class="emailContainerTD" style="padding:25px 20px 10px 20px">\n'
                '    <table class="greetingTable"><tr><td>%s</td></tr></table>\n'
                '    <table class="informationTable"><tr><td>%s</td></tr></table>\n'
                '   </td></tr>%s\n'
                '   <tr><td style="padding:10px 20px 25px 20px"><table class="informationTable"><tr><td>%s<br />%s<br /><strong>%s</strong></td></tr></table></td></tr></table>\n'
                '   <table width="100%%"><tr><td class="footerText" style="padding-top:15px"><hr />%s%s%s</td></tr></table>\n'
                '  </td></tr></table>\n  <img width="1" height="1" src="%s" />\n </body>\n</html>\n') % (
                    CARD_CSS, htmlmod.escape(home), tld, L['brand'], htmlmod.escape(order_link or orders),
                    ('%s %s' % (L['order_label'], order)) if order else '',
                    htmlmod.escape(d.get('title') or d['greeting'], quote=False),
                    ('<p style="margin:0 0 10px 0">%s</p>' % htmlmod.escape(d['greeting'], quote=False) if d.get('title') else '') + paras_html,
                    items_html, md_to_html(L['help'], linker), L['closing'], L['brand'],
                    sec_html, noreply_html, legal_html, htmlmod.escape(pixel))
    return text, html


def simple_html(inner, lang, title='', body_style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;margin:0;padding:0'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="%s">\n%s\n</body>\n</html>\n') % (lang, htmlmod.escape(title, quote=False), body_style, inner)


def phish_html(lang, logo_alt, heading, paras, button=None, footer='', boxed=None, logo_src=None, accent='#ff9900'):
    """Amazon-ish one-column layout as used by phishing kits (inline styles only)."""
    ps = ''.join('<p style="margin:0 0 14px 0;line-height:21px">%s</p>\n' % p for p in paras)
    box = ''
    if boxed:
        box = ('<div style="margin:18px 0;padding:14px;border:1px dashed #999;background:#f7f7f7;text-align:center;'
               'font:bold 22px Courier New,monospace;letter-spacing:3px">%s</div>\n' % boxed)
    btn = ''
    if button:
        btn = ('<table cellpadding="0" cellspacing="0" style="margin:20px 0"><tr><td style="background:%s;border-radius:3px;padding:11px 26px">'
               '<a href="%s" style="color:#111;text-decoration:none;font-weight:bold">%s</a></td></tr></table>\n' % (accent, button[1], button[0]))
    logo = ('<img src="%s" alt="%s" width="110" style="display:block">' % (logo_src, logo_alt)) if logo_src else (
        '<span style="font:bold 26px Arial,sans-serif;color:#111">%s</span>' % logo_alt)
    inner = ('<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeded"><tr><td align="center" style="padding:24px 8px">\n'
             '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid %s">\n'
             '<tr><td style="padding:22px 28px 8px 28px;border-bottom:1px solid #ddd">%s</td></tr>\n'
             '<tr><td style="padding:22px 28px 10px 28px;font:14px Arial,sans-serif;color:#0f1111">\n'
             '<h2 style="font:normal 22px Arial,sans-serif;margin:0 0 16px 0">%s</h2>\n%s%s%s</td></tr>\n'
             '<tr><td style="padding:14px 28px 22px 28px;font:11px Arial,sans-serif;color:#777;border-top:1px solid #eee">%s</td></tr>\n'
             '</table></td></tr></table>') % (accent, logo, heading, ps, box, btn, footer)
    return simple_html(inner, lang, heading)


# --------------------------------------------------------------------------- mail assembly

def assemble(e, ctx):
    """Build the email.message for entry e. Returns bytes."""
    charset = e.get('charset', 'utf-8')
    cte = e.get('cte', 'qp')
    html_cte = e.get('html_cte', cte)
    layout = e['layout']
    text = e.get('text')
    html = e.get('html')
    if html:
        html = html.replace('%CHARSET%', charset.upper() if charset != 'utf-8' else 'UTF-8')
    if layout == 'text':
        msg = text_part(text, 'plain', charset, cte)
    elif layout == 'html':
        msg = text_part(html, 'html', charset, html_cte)
    else:
        msg = MIMEMultipart('alternative', boundary=e.get('boundary'))
        for sub in (text_part(text, 'plain', charset, cte), text_part(html, 'html', charset, html_cte)):
            del sub['MIME-Version']
            msg.attach(sub)
    # move the MIME headers after our own headers
    mime_headers = [(k, v) for (k, v) in msg.items()]
    for k in set(k for k, _ in mime_headers):
        del msg[k]
    hcs = e.get('hdr_charset', charset if charset not in ('utf-8',) else 'utf-8')
    for k, v in e.get('pre_headers', []):
        msg[k] = v
    msg['Date'] = format_datetime(ctx['date'])
    msg['From'] = addr(e['sender'][0], e['sender'][1], e.get('from_charset', hcs), e.get('from_enc'))
    if e.get('reply_to'):
        msg['Reply-To'] = e['reply_to']
    msg['To'] = addr(ctx['to'][0], ctx['to'][1], hcs) if e.get('to_name', True) else ctx['to'][1]
    for k, v in e.get('mid_headers', []):
        msg[k] = v
    msg['Message-ID'] = e.get('msgid') or ctx['msgid']
    msg['Subject'] = enc_header(e['subject'], hcs, e.get('subj_enc'))
    order_mime = ['MIME-Version'] + [k for k, _ in mime_headers if k != 'MIME-Version']
    seen = set()
    for k in order_mime:
        if k in seen:
            continue
        seen.add(k)
        for kk, vv in mime_headers:
            if kk == k:
                msg[kk] = vv
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in e.get('post_headers', []):
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------- per-language context

MONTHS = {
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
}


def fmt_date(lang, dt):
    return '%d %s %d' % (dt.day, MONTHS[lang][dt.month - 1], dt.year)


RECIPIENTS = {
    'it': [('Marco Rinaldi', 'marco.rinaldi@libero.it'), ('Chiara Ferri', 'chiara.ferri@gmail.com'),
           ('Alessandro Conti', 'a.conti@tiscali.it'), ('Francesca Moretti', 'francesca.moretti78@virgilio.it'),
           ('Luca Bianchi', 'luca.bianchi@fastwebnet.it'), ('Sara Esposito', 'sara.esposito@outlook.it')],
    'pl': [('Katarzyna Nowak', 'k.nowak@wp.pl'), ('Piotr Wiśniewski', 'piotr.wisniewski@o2.pl'),
           ('Anna Kowalczyk', 'anna.kowalczyk@gmail.com'), ('Michał Lewandowski', 'm.lewandowski@interia.pl'),
           ('Magdalena Zając', 'magda.zajac@onet.pl'), ('Tomasz Wójcik', 'tomasz.wojcik@poczta.fm')],
    'sv': [('Erik Lindqvist', 'erik.lindqvist@telia.com'), ('Sara Holm', 'sara.holm@gmail.com'),
           ('Johan Bergström', 'johan.bergstrom@outlook.com'), ('Emma Karlsson', 'emma.karlsson@bredband.net'),
           ('Anders Nyberg', 'anders.nyberg@hotmail.se'), ('Linnea Sjöberg', 'linnea.sjoberg@icloud.com')],
}

MX = {'gmail.com': 'mx.google.com', 'libero.it': 'smtp-in.libero.it', 'tiscali.it': 'mx.tiscali.it', 'virgilio.it': 'mx.virgilio.it',
      'fastwebnet.it': 'mx.fastwebnet.it', 'outlook.it': 'mx.microsoft', 'wp.pl': 'mx.wp.pl', 'o2.pl': 'mx.o2.pl',
      'interia.pl': 'mx.interia.pl', 'onet.pl': 'mx.poczta.onet.pl', 'poczta.fm': 'mx.interia.pl', 'telia.com': 'mx.telia.com',
      'outlook.com': 'mx.microsoft', 'bredband.net': 'mx.bredband.net', 'hotmail.se': 'mx.microsoft', 'icloud.com': 'mx.icloud.com'}


def amazon_hdrs(tld, ctx, auth):
    """Transport headers of a genuine Amazon SES notification; auth adds Authentication-Results + DKIM-Signature."""
    dom = ctx['to'][1].split('@')[1]
    mx = MX.get(dom, 'mx.' + dom)
    ip = '54.240.%d.%d' % (R.choice([1, 3, 4, 6, 27, 48]), R.randint(2, 250))
    host = 'a%d-%d.smtp-out.eu-west-1.amazonses.com' % (R.randint(1, 99), R.randint(1, 250))
    bounce = '0102%s-%s@bounces.amazon.%s' % (hexs(16), hexs(8), tld)
    pre = [('Return-Path', '<%s>' % bounce),
           ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
               host, host, ip, mx, tok(12).lower(), ctx['to'][1], format_datetime(ctx['date'])))]
    if auth:
        sel = tok(32).lower()
        pre.append(('Authentication-Results', '%s;\n\tdkim=pass header.d=amazon.%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s' % (
            mx, tld, sel, tok(8), tok(8), mx, bounce, ip, bounce, tld)))
        pre.append(('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s;\n\td=amazon.%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s' % (
            sel, tld, int(ctx['date'].timestamp()), tok(43, ALNUM + 'abcdefghijklmnopqrstuvwxyz+/'), tok(120, ALNUM + 'abcdefghijklmnopqrstuvwxyz+/'))))
    post = [('X-AMAZON-MAIL-RELAY-TYPE', 'notification'),
            ('Feedback-ID', '1.eu-west-1.%s=:AmazonSES' % tok(43, ALNUM + 'abcdefghijklmnopqrstuvwxyz+/')),
            ('X-SES-Outgoing', '%s-%s' % (ctx['date'].strftime('%Y.%m.%d'), ip))]
    return pre, post


def foreign_hdrs(ctx, host, ip, envelope, auth=None, extra_post=()):
    dom = ctx['to'][1].split('@')[1]
    mx = MX.get(dom, 'mx.' + dom)
    pre = [('Return-Path', '<%s>' % envelope),
           ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
               host, host, ip, mx, tok(12).lower(), ctx['to'][1], format_datetime(ctx['date'])))]
    if auth:
        pre.append(('Authentication-Results', '%s;\n\t%s' % (mx, auth)))
    return pre, list(extra_post)


# =========================================================================== ITALIAN (amazon.it)

IT = []

# ---------------- notices
IT.append(dict(
    kind='notice', cause='inventory_shortage', sr=True, note='supplier can no longer provide item; classic HTML; auth pass',
    sender=('Amazon.it', 'order-update@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Il tuo ordine Amazon.it #{order} è stato annullato',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='classic', title='Ordine annullato', greeting='Gentile {first},', paras=[
        "Ci dispiace informarti che abbiamo dovuto annullare il tuo ordine n. {order}. L'articolo indicato di seguito non è più disponibile presso il nostro fornitore e non siamo in grado di procurarcelo entro un tempo ragionevole.",
        "Non ti è stato addebitato alcun importo per questo articolo. Se sulla tua carta è stata effettuata una preautorizzazione, verrà rilasciata automaticamente dalla tua banca entro alcuni giorni lavorativi.",
        "Ci scusiamo per l'inconveniente. Puoi verificare se l'articolo è offerto da altri venditori nella relativa [pagina di dettaglio](dp/B0CJ4Q2M7T).",
    ], items=[("De'Longhi Dedica EC685.M Macchina per caffè espresso, metallo", 1, '169,90 €', 'Amazon.it')],
        total='169,90 €', payment='Metodo di pagamento: Visa che termina con {last4}'),
))
IT.append(dict(
    kind='notice', cause='payment_issue', sr=True, note='payment revision not received in time; plain text latin-9 8bit; no auth',
    sender=('Amazon.it', 'payments-messages@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Articolo annullato dal tuo ordine Amazon.it #{order}',
    layout='text', charset='iso-8859-15', cte='8bit', hdrs=('amazon', False),
    text="""Amazon.it
----------------------------------------------------------------------------

Gentile {first},

ti avevamo scritto il {date_prev} perché non eravamo riusciti ad autorizzare il
pagamento con la tua carta Mastercard che termina con {last4} per l'ordine
n. {order}.

Poiché non abbiamo ricevuto una modalità di pagamento aggiornata entro la data
indicata, abbiamo annullato i seguenti articoli:

  Philips Series 5000 Rasoio elettrico Wet & Dry S5587/10
  Quantità: 1
  Prezzo: 89,99 €

  Braun Silk-épil 9 Flex Epilatore SES 9-030
  Quantità: 1
  Prezzo: 129,99 €

Non ti è stato addebitato alcun importo.

Se desideri ancora acquistare questi articoli, verifica le tue modalità di
pagamento ed effettua un nuovo ordine su Amazon.it:
https://www.amazon.it/cpe/yourpayments/wallet

Speriamo di rivederti presto.
Amazon.it

----------------------------------------------------------------------------
Amazon.it non ti chiederà mai di fornire o verificare la tua password, il
numero della carta di credito o le coordinate bancarie tramite e-mail, SMS o
telefono.

Se il numero della tua carta di credito è cambiato o la carta è scaduta,
aggiorna i dati in Il mio account > Le mie modalità di pagamento.

Se ricevi un'e-mail sospetta che sembra provenire da Amazon, non cliccare sui
link. Scopri come segnalarla:
https://www.amazon.it/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX

Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta
e-mail in arrivo. Non rispondere a questo messaggio.
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.
""",
))
IT.append(dict(
    kind='notice', cause='technical_issue', sr=True, note='pricing error on detail page; HTML only base64; auth pass',
    sender=('Amazon.it', 'no-reply@amazon.it'),
    subject='Informazioni da Amazon.it',
    layout='html', charset='utf-8', cte='b64', hdrs=('amazon', True),
    amazon=dict(style='card', title='Informazioni sul tuo ordine', greeting='Gentile {first},', paras=[
        'Ti scriviamo in merito al tuo ordine n. {order} per l\'articolo "Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio".',
        "A causa di un errore tecnico, il prezzo visualizzato nella pagina di dettaglio al momento del tuo acquisto (39,00 €) non era corretto. Per questo motivo abbiamo annullato l'ordine. Non ti è stato addebitato alcun importo.",
        "Il prezzo è stato corretto. Se desideri ancora acquistare l'articolo, puoi effettuare un nuovo ordine al prezzo attuale.",
        'Ci scusiamo per il disagio causato.',
    ], items=[('Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio', 1, '39,00 €', 'Amazon.it')]),
))
IT.append(dict(
    kind='notice', cause='fraud_prevention', sr=True, note='unusual activity, account on hold, verify identity via app/site; card layout; no auth',
    sender=('Amazon.it', 'cs-reply@amazon.it'),
    subject='Il tuo ordine Amazon.it #{order} è stato annullato',
    layout='alt', charset='utf-8', cte='qp', html_cte='b64', hdrs=('amazon', False),
    amazon=dict(style='card', title='Ordine annullato', greeting='Gentile {first},', paras=[
        "Durante i nostri controlli di sicurezza abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggerti, abbiamo annullato l'ordine n. {order} e sospeso temporaneamente il tuo account.",
        "Per ripristinare l'accesso, apri l'app Amazon oppure vai su Amazon.it, accedi e segui le istruzioni visualizzate per verificare la tua identità. Non è necessario rispondere a questa e-mail.",
        "Gli altri ordini in sospeso verranno elaborati solo dopo il completamento della verifica. Per l'ordine annullato non ti è stato addebitato alcun importo.",
    ], items=[('Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)', 2, '558,00 €', 'Amazon.it')], total='558,00 €'),
))
IT.append(dict(
    kind='notice', cause='customer_request', sr=True, note='successful cancellation, "Annullato dal cliente"; plain text qp; auth pass',
    sender=('Amazon.it', 'auto-confirm@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Annullamento riuscito di "Bialetti Moka Express 6 tazze..." dal tuo ordine Amazon.it #{order}',
    layout='text', charset='utf-8', cte='qp', hdrs=('amazon', True),
    text="""Amazon.it

Gentile {first},

come da tua richiesta, abbiamo annullato il seguente articolo dal tuo ordine n. {order}:

Bialetti Moka Express 6 tazze, alluminio, argento
Quantità: 1
Motivo dell'annullamento: Annullato dal cliente

Non ti verrà addebitato alcun importo per l'articolo annullato. Se hai pagato con un buono regalo, l'importo è stato riaccreditato sul tuo saldo.
Gli altri articoli del tuo ordine verranno spediti come previsto.

Puoi controllare lo stato dei tuoi ordini in I miei ordini:
https://www.amazon.it/gp/css/order-history?ref_=pe_ycp_cxl

Grazie per aver scelto Amazon.it.

--------------------------------------------------------------------------------
Amazon.it non ti chiederà mai di fornire la tua password o i dati della tua carta via e-mail o telefono. Se il numero della tua carta è cambiato, aggiornalo in Il mio account. Per segnalare e-mail sospette: https://www.amazon.it/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX
Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.
""",
))
IT.append(dict(
    kind='notice', cause='unknown', sr=True, note='address incomplete/undeliverable, parcel returned; classic HTML base64; no auth',
    sender=('Amazon.it', 'order-update@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Il tuo ordine Amazon.it #{order} è stato annullato',
    layout='alt', charset='utf-8', cte='b64', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Ordine annullato', greeting='Gentile {first},', paras=[
        "Ti informiamo che abbiamo annullato il tuo ordine n. {order}. Il corriere non è riuscito a consegnare il pacco perché l'indirizzo di spedizione risulta incompleto o inesistente (via, numero civico o CAP non riconosciuti) e il pacco ci è stato restituito.",
        'Il rimborso di 47,80 € verrà emesso sulla modalità di pagamento originale entro 3-5 giorni lavorativi.',
        'Prima di effettuare un nuovo ordine, ti consigliamo di controllare i tuoi indirizzi nella [Rubrica indirizzi](a/addresses).',
    ], items=[('Yankee Candle Candela profumata in giara grande, Midsummer\'s Night', 2, '47,80 €', 'Amazon.it')],
        total='47,80 €'),
))

# ---------------- lookalikes
IT.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='callback phone number; outlook.com sender; malformed order no.; crude text',
    sender=('Servizio Clienti Amazon', 'assistenza.amazon.it@outlook.com'),
    subject='Ordine annullato - Attività sospetta rilevata sul tuo account',
    layout='text', charset='utf-8', cte='8bit', to_name=False,
    hdrs=('foreign', 'EUR05-DB8-obe.outbound.protection.outlook.com', '52.101.73.%d', 'assistenza.amazon.it@outlook.com',
          'spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com'),
    text="""Gentile cliente,

il tuo ordine Amazon n. 403-99812-4410 (Apple iPhone 15 Pro Max 256GB - 1.489,00 EUR) è stato ANNULLATO dal nostro sistema di sicurezza perché è stato effettuato da un dispositivo non riconosciuto (Windows 10, Bucarest, Romania).

Se NON hai effettuato tu questo acquisto chiama IMMEDIATAMENTE il nostro centro antifrode al numero:

      +39 02 8294 7713   (attivo 24 ore su 24)

Se non ci contatti entro 12 ore l'importo di 1.489,00 EUR verrà addebitato sulla tua carta e non sarà più possibile bloccare il pagamento.

Non rispondere a questa email, chiama direttamente l'operatore.

Cordiali saluti,
Team Sicurezza Amazon
Amazon.it Servizio Clienti
""",
))
IT.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='account suspended + order cancelled, unlock code; amazon-orders.help',
    sender=('Amazon.it', 'no-reply@amazon-orders.help'),
    subject='Account sospeso: il tuo ordine #{order} è stato annullato',
    layout='html', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mail.amazon-orders.help', '185.234.72.%d', 'bounce@amazon-orders.help',
          'spf=pass smtp.mailfrom=amazon-orders.help; dkim=none; dmarc=none header.from=amazon-orders.help'),
    html=phish_html('it', 'amazon.it', 'Il tuo account è stato sospeso', [
        'Gentile {first},',
        "abbiamo sospeso il tuo account e annullato l'ordine <b>#{order}</b> perché non siamo riusciti a verificare le informazioni associate al tuo account.",
        "Per riattivare l'account e ripristinare l'ordine inserisci il codice di sblocco qui sotto entro <b>48 ore</b>. Trascorso questo termine l'account verrà chiuso definitivamente e gli ordini in corso andranno persi.",
        'Il tuo codice di sblocco personale:',
    ], boxed='IT-7730-KQ9R', button=('Riattiva il mio account', 'https://amazon-orders.help/it/riattiva?c=IT7730KQ9R&amp;u={uid}'),
        footer="© 2024 Amazon.com, Inc. o società affiliate. Amazon e il logo Amazon sono marchi di Amazon.com, Inc.<br>Questa è un'e-mail automatica, ti preghiamo di non rispondere."),
))
IT.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='asks to reply with card details and CVV; gmail sender; order no. malformed',
    sender=('Amazon Pagamenti', 'amazon.pagamenti.it@gmail.com'),
    subject='Re: Problema di pagamento - Ordine annullato',
    layout='text', charset='iso-8859-1', cte='qp',
    hdrs=('foreign', 'mail-sor-f41.google.com', '209.85.220.%d', 'amazon.pagamenti.it@gmail.com',
          'dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazon.pagamenti.it@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com'),
    text="""Salve,

il Suo ordine n° 171-4402913-8865 è stato annullato perchè il pagamento è stato rifiutato dalla Sua banca.

Per riattivare l'ordine e ricevere la merce, La preghiamo di rispondere a questa e-mail indicando:

- Nome e cognome del titolare
- Numero della carta (16 cifre)
- Data di scadenza
- Codice CVV (3 cifre sul retro)
- Data di nascita

I dati saranno trattati in modo sicuro dal nostro reparto pagamenti e l'ordine verrà rispedito entro 24 ore.

Distinti saluti
Ufficio Pagamenti Amazon Italia
""",
))
IT.append(dict(
    kind='lookalike', cause='inventory_shortage', sr=True, note='polished copy of classic template; link text shows amazon.it, href to amazon-rimborsi.top; lookalike sender domain',
    sender=('Amazon.it', 'order-update@amazon-supporto.it'), reply_to='no-reply@amazon-supporto.it',
    subject='Il tuo ordine Amazon.it #{order} è stato annullato',
    layout='alt', charset='utf-8', cte='qp',
    hdrs=('foreign', 'smtp.amazon-supporto.it', '91.215.85.%d', 'bounces@amazon-supporto.it',
          'dkim=pass header.d=amazon-supporto.it header.s=default; spf=pass smtp.mailfrom=amazon-supporto.it; dmarc=pass header.from=amazon-supporto.it'),
    phish_linker='https://www.amazon.it/',
    amazon=dict(style='classic', title='Ordine annullato', greeting='Gentile {first},', paras=[
        "Ci dispiace informarti che l'articolo del tuo ordine n. {order} non è più disponibile e l'ordine è stato annullato.",
        "Per ricevere il rimborso di 349,00 € è necessario confermare la modalità di pagamento entro 24 ore tramite la pagina del tuo ordine: [https://www.amazon.it/gp/css/order-history](https://amazon-rimborsi.top/it/ordine/login.php?id={uid})",
        'Se il rimborso non viene confermato entro il termine indicato, l\'importo verrà trattenuto.',
    ], items=[('Dyson V12 Detect Slim Absolute aspirapolvere senza filo', 1, '349,00 €', 'Amazon.it')], total='349,00 €'),
))
IT.append(dict(
    kind='lookalike', cause='technical_issue', sr=True, note='Cyrillic A in display name; system error, confirm data for refund; random domain',
    sender=('Аmazon.it', 'notifiche@clienti-servizio24.com'), from_enc='b',
    subject='Errore di sistema: ordine annullato e rimborso in sospeso',
    layout='alt', charset='utf-8', cte='b64',
    hdrs=('foreign', 'vps-4471.clienti-servizio24.com', '45.88.107.%d', 'www-data@vps-4471.clienti-servizio24.com', None),
    text="""Gentile cliente,

a causa di un errore di sistema durante l'elaborazione, il tuo ordine #402-7719033-5082 è stato annullato.

Rimborso in sospeso: 59,99 EUR

Per ricevere il rimborso conferma i tuoi dati entro 24 ore:
https://clienti-servizio24.com/amazon/rimborso/?ref=IT{uid}

Team Amazon
""",
    html=phish_html('it', 'amazon', 'Errore di sistema', [
        'Gentile cliente,',
        "a causa di un <b>errore di sistema</b> durante l'elaborazione, il tuo ordine <b>#402-7719033-5082</b> è stato annullato.",
        'Rimborso in sospeso: <b>59,99 EUR</b>',
        'Per ricevere il rimborso conferma i tuoi dati entro 24 ore.',
    ], button=('Conferma i dati', 'https://clienti-servizio24.com/amazon/rimborso/?ref=IT{uid}'),
        footer='Amazon Servizio Clienti', logo_src='https://clienti-servizio24.com/img/amz-logo.png'),
))
IT.append(dict(
    kind='lookalike', cause='unknown', sr=False, note='amaz0n domain; malformed order number; no reason given, login link',
    sender=('Amazon.it', 'servizio@amaz0n-it.com'),
    subject='Il tuo ordine Amazon.it #40-3381-992715 è stato annullato',
    layout='html', charset='utf-8', cte='b64',
    hdrs=('foreign', 'mx1.amaz0n-it.com', '193.42.33.%d', 'servizio@amaz0n-it.com',
          'spf=neutral smtp.mailfrom=amaz0n-it.com; dkim=none; dmarc=none header.from=amaz0n-it.com'),
    html=phish_html('it', 'amazon.it', 'Il tuo ordine è stato annullato', [
        'Ciao,',
        'Il tuo ordine <b>#40-3381-992715</b> è stato annullato.',
        'Per conoscere i dettagli e richiedere il rimborso accedi al tuo account.',
    ], button=('Accedi', 'http://amaz0n-it.com/signin/?session={uid}'),
        footer='Amazon.it - Servizio Clienti | <a href="http://amaz0n-it.com/privacy" style="color:#777">Informativa privacy</a>'),
))
IT.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='"will be cancelled" unless payment updated within 24h; amazon.it.<evil> domain; genuine-looking order no.',
    sender=('Amazon.it', 'payments-messages@amazon.it.account-verify.xyz'),
    subject='Azione richiesta: il tuo ordine #{order} sarà annullato',
    layout='alt', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mta7.account-verify.xyz', '103.151.123.%d', 'return@account-verify.xyz',
          'spf=pass smtp.mailfrom=account-verify.xyz; dkim=pass header.d=account-verify.xyz; dmarc=none header.from=amazon.it.account-verify.xyz'),
    text="""Amazon.it

Gentile {first},

il pagamento per il tuo ordine #{order} non è andato a buon fine.

Se non aggiorni la modalità di pagamento entro 24 ore, l'ordine sarà annullato e il tuo account verrà limitato.

Aggiorna ora: https://amazon.it.account-verify.xyz/it/wallet/update?o={order}

Grazie,
Amazon.it
""",
    html=phish_html('it', 'amazon.it', 'Il tuo ordine sarà annullato', [
        'Gentile {first},',
        'il pagamento per il tuo ordine <b>#{order}</b> non è andato a buon fine.',
        "Se non aggiorni la modalità di pagamento <b>entro 24 ore</b>, l'ordine sarà annullato e il tuo account verrà limitato.",
    ], button=('Aggiorna il metodo di pagamento', 'https://amazon.it.account-verify.xyz/it/wallet/update?o={order}'),
        footer="Amazon.it non ti chiederà mai la password via e-mail.<br>© 2025 Amazon.com, Inc. o società affiliate.",
        logo_src='https://amazon.it.account-verify.xyz/static/logo.png'),
))
IT.append(dict(
    kind='lookalike', cause='customer_request', sr=True, note='crude: "your cancellation request received", refund link + phone; yahoo sender; no order no.',
    sender=('Amazon', 'amazon_rimborsi2024@yahoo.com'),
    subject='Conferma annullamento ordine',
    layout='text', charset='utf-8', cte='8bit', to_name=False,
    hdrs=('foreign', 'sonic305-21.consmr.mail.ir2.yahoo.com', '77.238.176.%d', 'amazon_rimborsi2024@yahoo.com',
          'dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass header.from=yahoo.com'),
    text="""Gentile Cliente

Abbiamo ricevuto la sua richiesta di annullamento dell ordine. Il suo ordine e stato annullato con sucesso.
Rimborso di 249,00€ in attesa !!

Per ricevere il rimborso clicca qui: http://bit.ly/amz-rimborso-it

Se non ha richiesto lei l annullamento chiami subito il 06 9480 2213

Amazon Servizio clienti
""",
))

# ---------------- non-notices
IT.append(dict(
    kind='non_notice', note='Zalando order cancelled (out of stock), paid with Amazon Pay',
    sender=('Zalando', 'info@service-mail.zalando.it'),
    subject='Il tuo ordine è stato annullato',
    layout='alt', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mta-81.service-mail.zalando.it', '185.86.139.%d', 'bounce-81@service-mail.zalando.it',
          'dkim=pass header.d=service-mail.zalando.it; spf=pass smtp.mailfrom=service-mail.zalando.it; dmarc=pass header.from=service-mail.zalando.it'),
    text="""Ciao {first},

purtroppo abbiamo dovuto annullare il tuo ordine n. 10105877340216 perché l'articolo seguente non è più disponibile nel nostro magazzino:

Nike Air Max 90 - Sneakers basse - white/black, taglia 42
Prezzo: 139,95 €

Hai pagato con Amazon Pay: l'importo di 139,95 € ti verrà rimborsato sul metodo di pagamento collegato al tuo account Amazon entro 5-7 giorni lavorativi. Potrai vedere il rimborso anche nella sezione Amazon Pay del tuo account Amazon.

Ci dispiace per l'inconveniente. Dai un'occhiata ai prodotti simili su zalando.it.

Il tuo team Zalando

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania
""",
    html=simple_html("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;border-bottom:1px solid #eee"><img src="https://mosaic01.ztat.net/mailing/zalando-logo.png" alt="Zalando" width="120"></td></tr>
<tr><td style="padding:24px 20px;font:15px Helvetica,Arial,sans-serif;color:#1a1a1a">
<h1 style="font-size:24px;margin:0 0 16px 0">Il tuo ordine è stato annullato</h1>
<p>Ciao {first},</p>
<p>purtroppo abbiamo dovuto annullare il tuo ordine n. <b>10105877340216</b> perché l'articolo seguente non è più disponibile nel nostro magazzino:</p>
<table width="100%" style="margin:16px 0;border:1px solid #eee"><tr><td style="padding:12px"><b>Nike Air Max 90</b> - Sneakers basse<br>white/black, taglia 42</td><td style="padding:12px;text-align:right">139,95 €</td></tr></table>
<p>Hai pagato con <b>Amazon Pay</b>: l'importo di 139,95 € ti verrà rimborsato sul metodo di pagamento collegato al tuo account Amazon entro 5-7 giorni lavorativi. Potrai vedere il rimborso anche nella sezione Amazon Pay del tuo account Amazon.</p>
<p>Ci dispiace per l'inconveniente.</p>
<p>Il tuo team Zalando</p></td></tr>
<tr><td style="padding:16px 20px;font:11px Helvetica,Arial,sans-serif;color:#888">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania</td></tr>
</table></td></tr></table>""", 'it', 'Zalando'),
))
IT.append(dict(
    kind='non_notice', note='friend writes she cancelled her Amazon order herself',
    sender=('Giulia Ferraro', 'giulia.ferraro88@gmail.com'),
    subject='Re: regalo per Luca',
    layout='text', charset='utf-8', cte='8bit', tz=1,
    hdrs=('foreign', 'mail-ej1-f51.google.com', '209.85.218.%d', 'giulia.ferraro88@gmail.com',
          'dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com'),
    text="""Ciao {first},

alla fine ho annullato l'ordine su Amazon del robot da cucina: la consegna era prevista per il 28, cioè dopo il compleanno di Luca, quindi non aveva senso. Amazon mi ha mandato subito la mail di conferma dell'annullamento e non mi hanno addebitato niente.

Sabato passo da MediaWorld e vedo se lo trovo lì, magari allo stesso prezzo. Dividiamo come d'accordo?

Un abbraccio,
Giulia

Il giorno mar 12 nov 2024 alle ore 18:40 {first} <{to_addr}> ha scritto:
> Ciao Giulia, sei riuscita a ordinare il regalo? Se arriva in tempo per me va benissimo.
> {first}
""",
))
IT.append(dict(
    kind='non_notice', note='security newsletter about phishing, quotes fake cancellation subject',
    sender=('Sicuri in Rete', 'newsletter@sicurinrete.info'),
    subject='Attenzione alle false e-mail "Il tuo ordine Amazon.it è stato annullato"',
    layout='html', charset='utf-8', cte='qp',
    hdrs=('foreign', 'out-12.mailup-relay.com', '89.46.78.%d', 'bounce-newsletter@sicurinrete.info',
          'dkim=pass header.d=sicurinrete.info; spf=pass smtp.mailfrom=sicurinrete.info; dmarc=pass header.from=sicurinrete.info'),
    post_headers=[('List-Unsubscribe', '<https://sicurinrete.info/newsletter/disiscriviti?u={uid}>')],
    html=simple_html("""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7"><tr><td align="center" style="padding:24px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font:15px Georgia,serif;color:#222">
<tr><td style="padding:20px 28px;background:#1d3557;color:#fff;font:bold 20px Arial,sans-serif">Sicuri in Rete &middot; Newsletter n. 47</td></tr>
<tr><td style="padding:24px 28px;line-height:24px">
<h2 style="font:bold 22px Arial,sans-serif;margin:0 0 14px 0">Truffe: le false e-mail di annullamento ordini Amazon</h2>
<p>In queste settimane molti lettori ci hanno segnalato messaggi che imitano le notifiche di Amazon. L'oggetto è quasi sempre simile a <i>«Il tuo ordine Amazon.it #402-1234567-1234567 è stato annullato»</i> oppure <i>«Account sospeso: ordine annullato»</i>.</p>
<p>Il testo parla di un ordine costoso (spesso un iPhone o una console) annullato per «attività sospetta» e invita a chiamare un numero di telefono o a cliccare su un link per «ottenere il rimborso». Chi chiama viene convinto a installare un programma di assistenza remota o a comunicare i codici della carta.</p>
<p><b>Come difendersi:</b></p>
<ul>
<li>controllate lo stato degli ordini solo aprendo l'app o digitando amazon.it nel browser;</li>
<li>guardate l'indirizzo reale del mittente, non solo il nome visualizzato;</li>
<li>Amazon non chiede mai password o dati della carta per e-mail o per telefono;</li>
<li>inoltrate il messaggio sospetto ad Amazon e cancellatelo.</li>
</ul>
<p>Nel prossimo numero: le truffe dei falsi corrieri.</p>
<p>La redazione di Sicuri in Rete</p></td></tr>
<tr><td style="padding:14px 28px;font:11px Arial,sans-serif;color:#888;border-top:1px solid #eee">Ricevi questa newsletter perché ti sei iscritto su sicurinrete.info. <a href="https://sicurinrete.info/newsletter/disiscriviti?u={uid}">Disiscriviti</a></td></tr>
</table></td></tr></table>""", 'it', 'Sicuri in Rete'),
))
IT.append(dict(
    kind='non_notice', note='Amazon delivery appointment cancelled by carrier, order still active',
    sender=('Amazon.it', 'shipment-tracking@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Aggiornamento della consegna: appuntamento annullato per il tuo ordine #{order}',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='card', title='Scegli una nuova data di consegna', greeting='Ciao {first},', order='{order}', paras=[
        "l'appuntamento di consegna che avevi prenotato per {deadline}, fascia 8:00-12:00, è stato annullato dal corriere per motivi organizzativi.",
        'Il tuo ordine non è stato annullato e resta valido. Scegli una nuova data e fascia oraria entro 5 giorni: [Prenota un nuovo appuntamento](gp/your-account/ship-track?orderId={order}).',
        'Se non scegli una nuova data, il corriere ti contatterà telefonicamente per concordare la consegna.',
    ], items=[('Samsung RB34C675DS9 Frigorifero combinato, 344 L, Inox', 1, '', 'Amazon.it')], heading='Articoli nella spedizione'),
))
IT.append(dict(
    kind='non_notice', note='Audible subscription cancelled (Amazon company)',
    sender=('Audible', 'donotreply@audible.it'),
    subject='Conferma della cancellazione del tuo abbonamento Audible',
    layout='alt', charset='utf-8', cte='qp', html_cte='b64',
    hdrs=('foreign', 'a7-17.smtp-out.eu-west-1.amazonses.com', '54.240.7.%d', '0102019a@bounces.audible.it',
          'dkim=pass header.d=audible.it; spf=pass smtp.mailfrom=bounces.audible.it; dmarc=pass header.from=audible.it'),
    text="""Ciao {first},

ti confermiamo che il tuo abbonamento Audible è stato cancellato. Non ti verranno più addebitati costi mensili.

Puoi continuare ad ascoltare il catalogo incluso fino al {deadline}. Gli audiolibri che hai acquistato con i crediti restano nella tua Libreria per sempre, anche dopo la cancellazione.

Hai ancora 1 credito: usalo prima della fine dell'abbonamento, altrimenti andrà perso.

Ci mancherai! Puoi riattivare l'abbonamento in qualsiasi momento da audible.it.

Il team di Audible

Audible è una società Amazon. Il tuo account Audible utilizza le credenziali del tuo account Amazon.it.
""",
    html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font:15px Arial,sans-serif;color:#222">
<tr><td style="padding:20px 0;border-bottom:3px solid #f7991c"><img src="https://m.media-amazon.com/images/G/29/audible/logo.png" alt="audible" width="120"></td></tr>
<tr><td style="padding:24px 0;line-height:22px">
<p>Ciao {first},</p>
<p>ti confermiamo che il tuo <b>abbonamento Audible è stato cancellato</b>. Non ti verranno più addebitati costi mensili.</p>
<p>Puoi continuare ad ascoltare il catalogo incluso fino al {deadline}. Gli audiolibri che hai acquistato con i crediti restano nella tua Libreria per sempre.</p>
<p>Hai ancora <b>1 credito</b>: usalo prima della fine dell'abbonamento, altrimenti andrà perso.</p>
<p><a href="https://www.audible.it/account/reactivate" style="background:#f7991c;color:#000;padding:10px 20px;text-decoration:none">Riattiva l'abbonamento</a></p>
<p>Il team di Audible</p></td></tr>
<tr><td style="font-size:11px;color:#888">Audible è una società Amazon. Il tuo account Audible utilizza le credenziali del tuo account Amazon.it.</td></tr></table>""", 'it', 'Audible'),
))
IT.append(dict(
    kind='non_notice', note='genuine payment reminder: update payment or order will be cancelled (nothing cancelled yet)',
    sender=('Amazon.it', 'payments-messages@amazon.it'), reply_to='no-reply@amazon.it',
    subject='Azione richiesta: aggiorna il metodo di pagamento per il tuo ordine Amazon.it #{order}',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='classic', title='Aggiorna il metodo di pagamento', greeting='Gentile {first},', order='{order}', paras=[
        'non siamo riusciti ad addebitare il pagamento sulla tua carta Visa che termina con {last4} per il tuo ordine n. {order}.',
        "Per evitare l'annullamento dell'ordine, aggiorna la modalità di pagamento entro il {deadline}. Se non riceviamo un aggiornamento entro tale data, l'ordine verrà annullato.",
        "Per aggiornare il pagamento, vai a [I miei ordini](gp/css/order-history), seleziona l'ordine e fai clic su \"Modifica la modalità di pagamento\".",
    ], items=[('Garmin Forerunner 265 Smartwatch GPS running, nero', 1, '399,99 €', 'Amazon.it')], heading='Articoli in attesa di pagamento',
        total='399,99 €'),
))


# =========================================================================== POLISH (amazon.pl)

PL = []

# ---------------- notices
PL.append(dict(
    kind='notice', cause='inventory_shortage', sr=True, note='pre-order cannot be filled (publisher supply); classic HTML iso-8859-2 qp; no auth',
    sender=('Amazon.pl', 'order-update@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Twoje zamówienie Amazon.pl nr {order} zostało anulowane',
    layout='alt', charset='iso-8859-2', cte='qp', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Anulowanie zamówienia', greeting='Dzień dobry {first},', paras=[
        'Z przykrością informujemy, że nie możemy zrealizować Twojego zamówienia w przedsprzedaży nr {order}. Wydawca poinformował nas, że produkt nie zostanie dostarczony w zapowiadanej ilości, dlatego nie jesteśmy w stanie go pozyskać.',
        'Zamówienie zostało anulowane. Nie obciążyliśmy Twojej karty za ten produkt.',
        'Przepraszamy za niedogodności. Jeśli produkt ponownie stanie się dostępny, znajdziesz go na [stronie szczegółów produktu](dp/B0D5XKQ2LM).',
    ], items=[('The Legend of Zelda: Echoes of Wisdom (Nintendo Switch) - edycja kolekcjonerska', 1, '389,00 zł', 'Amazon.pl')],
        total='389,00 zł'),
))
PL.append(dict(
    kind='notice', cause='payment_issue', sr=True, note='card declined by issuer, no payment update in time; card layout base64; auth pass',
    sender=('Amazon.pl', 'payments-messages@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Produkty zostały anulowane z Twojego zamówienia Amazon.pl nr {order}',
    layout='alt', charset='utf-8', cte='b64', hdrs=('amazon', True),
    amazon=dict(style='card', title='Anulowane produkty', greeting='Dzień dobry {first},', paras=[
        'Bank wydający Twoją kartę Visa zakończoną cyframi {last4} odrzucił płatność za zamówienie nr {order}. W dniu {date_prev} poprosiliśmy o aktualizację metody płatności, ale nie otrzymaliśmy jej w wymaganym terminie.',
        'W związku z tym anulowaliśmy poniższe produkty. Twoja karta nie została obciążona.',
        'Jeśli nadal chcesz kupić te produkty, sprawdź swoje [metody płatności](cpe/yourpayments/wallet) i złóż nowe zamówienie.',
    ], items=[('Xiaomi Robot Vacuum S10+ robot sprzątający z mopem', 1, '1 299,00 zł', 'Amazon.pl')], total='1 299,00 zł'),
))
PL.append(dict(
    kind='notice', cause='technical_issue', sr=True, note='system error while processing the order; plain text iso-8859-2 8bit; no auth',
    sender=('Amazon.pl', 'order-update@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Informacje od Amazon.pl',
    layout='text', charset='iso-8859-2', cte='8bit', hdrs=('amazon', False),
    text="""Amazon.pl
----------------------------------------------------------------------------

Dzień dobry {first},

kontaktujemy się w sprawie Twojego zamówienia nr {order}.

Z powodu błędu systemowego podczas przetwarzania zamówienia nie mogliśmy
prawidłowo przekazać go do realizacji w centrum logistycznym. W rezultacie
zamówienie zostało anulowane. Pobrana kwota (245,98 zł) zostanie zwrócona na
Twoją kartę w ciągu 3-5 dni roboczych.

Anulowane produkty:
  LEGO Technic 42151 Bugatti Bolide, 1 szt., 119,99 zł
  Philips Hue White Ambiance GU10, zestaw 2 szt., 125,99 zł

Przepraszamy za utrudnienia. Jeśli nadal chcesz kupić te produkty, możesz
ponownie złożyć zamówienie na Amazon.pl.

Twoje zamówienia: https://www.amazon.pl/gp/css/order-history

Mamy nadzieję, że wkrótce znów nas odwiedzisz.
Amazon.pl

----------------------------------------------------------------------------
Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail ani telefonicznie o
podanie hasła lub pełnego numeru karty. Jeśli numer Twojej karty się zmienił,
zaktualizuj go w sekcji Twoje konto > Twoje płatności.
Podejrzane wiadomości możesz zgłosić tutaj:
https://www.amazon.pl/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX

Ta wiadomość została wysłana z adresu, który nie obsługuje poczty
przychodzącej. Prosimy na nią nie odpowiadać.
""",
))
PL.append(dict(
    kind='notice', cause='fraud_prevention', sr=True, note='order flagged for security review, account locked, verify identity in app; classic HTML only qp; auth pass',
    sender=('Amazon.pl', 'cs-reply@amazon.pl'),
    subject='Twoje zamówienie Amazon.pl nr {order} zostało anulowane',
    layout='html', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='classic', title='Zamówienie anulowane', greeting='Dzień dobry {first},', paras=[
        'Zamówienie nr {order} zostało skierowane przez nasz system do kontroli bezpieczeństwa i zostało anulowane. Aby chronić Twoje konto, tymczasowo je zablokowaliśmy.',
        'Aby odblokować konto, zaloguj się w aplikacji Amazon lub na stronie Amazon.pl i postępuj zgodnie z wyświetlanymi instrukcjami, aby potwierdzić swoją tożsamość oraz metodę płatności. Nie odpowiadaj na tę wiadomość i nie podawaj swoich danych przez telefon.',
        'Po pomyślnej weryfikacji możesz ponownie złożyć zamówienie. Za anulowane zamówienie nie pobraliśmy żadnej opłaty.',
    ], items=[('Apple iPad Air 11" (M2) 256 GB Wi-Fi, gwiezdna szarość', 1, '3 699,00 zł', 'Amazon.pl')], total='3 699,00 zł'),
))
PL.append(dict(
    kind='notice', cause='customer_request', sr=True, note='partial cancellation at customer request, "Anulowane przez klienta"; classic HTML iso-8859-2 base64; no auth',
    sender=('Amazon.pl', 'auto-confirm@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Częściowe anulowanie produktów z zamówienia Amazon.pl nr {order}',
    layout='alt', charset='iso-8859-2', cte='b64', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Anulowanie potwierdzone', greeting='Dzień dobry {first},', paras=[
        'Zgodnie z Twoją prośbą anulowaliśmy następujące produkty z zamówienia nr {order}.',
        'Powód anulowania: Anulowane przez klienta',
        'Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem. Nie zostaniesz obciążony za anulowane produkty.',
    ], items=[('Tefal Ingenio Emotion zestaw garnków i patelni, 13 elementów', 1, '449,99 zł', 'Amazon.pl')]),
))
PL.append(dict(
    kind='notice', cause='unknown', sr=False, note='cancellation without any reason; plain text utf-8 qp; auth pass',
    sender=('Amazon.pl', 'no-reply@amazon.pl'),
    subject='Twoje zamówienie Amazon.pl nr {order} zostało anulowane',
    layout='text', charset='utf-8', cte='qp', hdrs=('amazon', True),
    text="""Amazon.pl

Dzień dobry {first},

Twoje zamówienie nr {order} zostało anulowane.

Anulowane produkty:
Bosch Professional wkrętarka akumulatorowa GSR 12V-15 (2 akumulatory 2,0 Ah, ładowarka, L-BOXX)
Ilość: 1
Cena: 539,00 zł

Jeśli płatność została już pobrana, zwrot zostanie zaksięgowany na Twojej metodzie płatności w ciągu kilku dni roboczych.
Jeśli nadal chcesz kupić ten produkt, złóż nowe zamówienie na Amazon.pl.

Szczegóły zamówienia: https://www.amazon.pl/gp/your-account/order-details?orderID={order}

Amazon.pl

--
Amazon.pl nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail. Jeśli Twoja karta straciła ważność, zaktualizuj ją w sekcji Twoje konto. Zgłaszanie podejrzanych wiadomości: https://www.amazon.pl/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX
Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej.
""",
))

# ---------------- lookalikes
PL.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='callback phone; outlook.com sender; malformed order no.; crude text',
    sender=('Amazon Polska', 'amazon.pl.obsluga@outlook.com'),
    subject='Anulowanie zamówienia - płatność odrzucona',
    layout='text', charset='utf-8', cte='8bit', to_name=False,
    hdrs=('foreign', 'EUR02-AM0-obe.outbound.protection.outlook.com', '52.101.65.%d', 'amazon.pl.obsluga@outlook.com',
          'spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com'),
    text="""Szanowny Kliencie,

Twoje zamówienie nr 405-118273-99 na kwotę 5 499,00 zł (Apple MacBook Air 13 M3) zostało ANULOWANE, ponieważ płatność została odrzucona przez bank.

Jeśli nie składałeś tego zamówienia lub chcesz je przywrócić, NATYCHMIAST zadzwoń do naszego działu płatności:

     +48 22 307 41 96   (czynne całą dobę)

Konsultant pomoże Ci odzyskać środki. Jeśli nie skontaktujesz się z nami w ciągu 24 godzin, kwota zostanie pobrana z Twojego konta bankowego.

Pozdrawiamy,
Dział Obsługi Klienta Amazon
""",
))
PL.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='account suspended + order cancelled, unlock code; lookalike domain amazon-konto-pl.com',
    sender=('Amazon.pl', 'powiadomienia@amazon-konto-pl.com'),
    subject='Konto zawieszone - zamówienie {order} anulowane',
    layout='alt', charset='iso-8859-2', cte='qp',
    hdrs=('foreign', 'mail.amazon-konto-pl.com', '194.26.29.%d', 'powiadomienia@amazon-konto-pl.com',
          'spf=pass smtp.mailfrom=amazon-konto-pl.com; dkim=none; dmarc=none header.from=amazon-konto-pl.com'),
    text="""Amazon.pl

Dzień dobry,

w związku z podejrzaną aktywnością Twoje konto zostało zawieszone, a zamówienie nr {order} anulowane.

Aby odblokować konto i przywrócić zamówienie, wpisz poniższy kod weryfikacyjny na stronie:
https://amazon-konto-pl.com/odblokuj

Kod: PL-4482-ZTX

Kod jest ważny 24 godziny. Po tym czasie konto zostanie trwale usunięte.

Zespół Amazon.pl
""",
    html=phish_html('pl', 'amazon.pl', 'Twoje konto zostało zawieszone', [
        'Dzień dobry,',
        'w związku z podejrzaną aktywnością Twoje konto zostało <b>zawieszone</b>, a zamówienie nr <b>{order}</b> anulowane.',
        'Aby odblokować konto i przywrócić zamówienie, wpisz poniższy kod weryfikacyjny. Kod jest ważny <b>24 godziny</b>. Po tym czasie konto zostanie trwale usunięte.',
    ], boxed='PL-4482-ZTX', button=('Odblokuj konto', 'https://amazon-konto-pl.com/odblokuj?k=PL4482ZTX'),
        footer='(c) 2025 Amazon.com, Inc. lub podmioty powiązane.'),
))
PL.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='unauthorised transaction, reply with card data and PESEL; gmail sender; no order no.',
    sender=('Dział Płatności Amazon', 'platnosci.amazonpl@gmail.com'), from_enc='q',
    subject='Zamówienie anulowane - wymagana weryfikacja karty',
    layout='text', charset='iso-8859-2', cte='qp',
    hdrs=('foreign', 'mail-sor-f69.google.com', '209.85.220.%d', 'platnosci.amazonpl@gmail.com',
          'dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=platnosci.amazonpl@gmail.com; dmarc=pass header.from=gmail.com'),
    text="""Dzień dobry,

wykryliśmy nieautoryzowaną transakcję na Twoim koncie Amazon. Dla Twojego bezpieczeństwa ostatnie zamówienie zostało anulowane, a konto tymczasowo zablokowane.

W celu weryfikacji prosimy o odesłanie w odpowiedzi na tę wiadomość następujących danych:

1. Imię i nazwisko
2. Numer karty płatniczej
3. Data ważności karty
4. Kod CVV/CVC
5. Numer PESEL

Po weryfikacji konto zostanie odblokowane w ciągu 2 godzin.

Z poważaniem
Dział Płatności i Bezpieczeństwa
Amazon Polska
""",
))
PL.append(dict(
    kind='lookalike', cause='technical_issue', sr=True, note='polished copy of card template; pricing error; link text amazon.pl, href refund-center.top; amazon.pl-zamowienia.info sender',
    sender=('Amazon.pl', 'order-update@amazon.pl-zamowienia.info'), reply_to='no-reply@amazon.pl-zamowienia.info',
    subject='Informacje od Amazon.pl - zamówienie {order}',
    layout='alt', charset='utf-8', cte='qp', html_cte='b64',
    hdrs=('foreign', 'smtp2.amazon.pl-zamowienia.info', '185.225.17.%d', 'mailer@amazon.pl-zamowienia.info',
          'dkim=pass header.d=amazon.pl-zamowienia.info header.s=mail; spf=pass smtp.mailfrom=amazon.pl-zamowienia.info; dmarc=pass header.from=amazon.pl-zamowienia.info'),
    phish_linker='https://www.amazon.pl/',
    amazon=dict(style='card', title='Informacje o zamówieniu', greeting='Dzień dobry {first},', paras=[
        'Z powodu błędu cenowego na stronie produktu Twoje zamówienie nr {order} zostało anulowane.',
        'Aby otrzymać zwrot kwoty 2 149,00 zł, potwierdź dane zwrotu w ciągu 48 godzin na stronie: [https://www.amazon.pl/gp/css/order-history](https://pl-amazon.refund-center.top/zwrot/?id={uid})',
        'Po upływie tego terminu zwrot nie będzie możliwy.',
    ], items=[('Sony PlayStation 5 Slim Digital Edition', 1, '2 149,00 zł', 'Amazon.pl')], total='2 149,00 zł'),
))
PL.append(dict(
    kind='lookalike', cause='inventory_shortage', sr=True, note='Greek omicron in display name; product unavailable, enter card for refund; random .pl domain',
    sender=('Amazοn.pl', 'obsluga@sklep-pomoc24.pl'), from_enc='b',
    subject='Produkt niedostępny - Twoje zamówienie zostało anulowane',
    layout='html', charset='utf-8', cte='qp',
    hdrs=('foreign', 'serwer1837.sklep-pomoc24.pl', '31.186.83.%d', 'obsluga@sklep-pomoc24.pl', None),
    html=phish_html('pl', 'amazon', 'Zamówienie anulowane', [
        'Drogi Kliencie,',
        'niestety zamówiony produkt <b>Dyson Airwrap Complete Long</b> jest niedostępny w magazynie, dlatego Twoje zamówienie nr <b>304-88271-110</b> zostało anulowane.',
        'Aby otrzymać zwrot 2 399,00 zł, podaj dane karty, na którą mamy przelać środki.',
    ], button=('Odbierz zwrot', 'https://sklep-pomoc24.pl/amz/zwrot.php?z={uid}'),
        footer='Amazon Obsługa Klienta', logo_src='https://sklep-pomoc24.pl/amz/logo.png'),
))
PL.append(dict(
    kind='lookalike', cause='unknown', sr=False, note='amaz0n domain; malformed order id AMZ-PL-...; no reason given',
    sender=('Amazon.pl', 'noreply@amaz0n-pl.com'),
    subject='Zamówienie #AMZ-PL-882731 anulowane',
    layout='alt', charset='utf-8', cte='b64',
    hdrs=('foreign', 'mx.amaz0n-pl.com', '91.92.245.%d', 'noreply@amaz0n-pl.com',
          'spf=softfail smtp.mailfrom=amaz0n-pl.com; dkim=none; dmarc=none header.from=amaz0n-pl.com'),
    text="""Amazon.pl

Twoje zamówienie #AMZ-PL-882731 zostało anulowane.

Zaloguj się, aby zobaczyć szczegóły: http://amaz0n-pl.com/logowanie

Amazon.pl
""",
    html=phish_html('pl', 'amazon.pl', 'Zamówienie anulowane', [
        'Twoje zamówienie <b>#AMZ-PL-882731</b> zostało anulowane.',
        'Zaloguj się, aby zobaczyć szczegóły.',
    ], button=('Zaloguj się', 'http://amaz0n-pl.com/logowanie?s={uid}'), footer='Amazon.pl'),
))
PL.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='"will be cancelled" in 24h unless payment updated; amazon.pl.<evil> domain; spoof-like polished',
    sender=('Amazon.pl', 'payments-update@amazon.pl.secure-konto.click'),
    subject='Twoje zamówienie {order} zostanie anulowane',
    layout='html', charset='iso-8859-2', cte='qp',
    hdrs=('foreign', 'mta3.secure-konto.click', '5.181.156.%d', 'bounce@secure-konto.click',
          'spf=pass smtp.mailfrom=secure-konto.click; dkim=fail header.d=amazon.pl; dmarc=none header.from=amazon.pl.secure-konto.click'),
    html=phish_html('pl', 'amazon.pl', 'Wymagana aktualizacja płatności', [
        'Dzień dobry {first},',
        'nie udało się pobrać płatności za zamówienie <b>{order}</b>.',
        'Jeśli w ciągu <b>24 godzin</b> nie zaktualizujesz metody płatności, zamówienie zostanie anulowane, a Twoje konto ograniczone.',
    ], button=('Zaktualizuj płatność', 'https://amazon.pl.secure-konto.click/portfel/aktualizacja?o={order}'),
        footer='Amazon.pl nigdy nie prosi o hasło w wiadomości e-mail.<br>(c) 2025 Amazon.com, Inc. lub podmioty powiązane.',
        logo_src='https://amazon.pl.secure-konto.click/img/logo.png'),
))
PL.append(dict(
    kind='lookalike', cause='customer_request', sr=True, note='crude cancellation-request confirmation with refund link + phone; yahoo sender; no order no.',
    sender=('Amazon', 'amazon.zwroty.pl@yahoo.com'),
    subject='Potwierdzenie anulowania!!',
    layout='text', charset='utf-8', cte='8bit', to_name=False,
    hdrs=('foreign', 'sonic314-19.consmr.mail.ir2.yahoo.com', '77.238.177.%d', 'amazon.zwroty.pl@yahoo.com',
          'dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass header.from=yahoo.com'),
    text="""Drogi kliencie

Otrzymalismy twoja prosbe o anulowanie zamowienia. Zamowienie zostalo anulowane .
Zwrot 879,00 zl czeka na odbior!!

Kliknij aby odebrac: http://tinyurl.com/amz-zwrot-pl

Jesli to nie ty anulowales zamowienie zadzwon 22 113 48 20

Amazon Obsluga
""",
))

# ---------------- non-notices
PL.append(dict(
    kind='non_notice', note='MediaMarkt order cancellation; footer mentions price match incl. Amazon.pl',
    sender=('MediaMarkt', 'zamowienia@mediamarkt.pl'),
    subject='Anulowanie zamówienia nr 2210458839',
    layout='alt', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mail13.mediamarkt.pl', '195.85.203.%d', 'bounce@mail.mediamarkt.pl',
          'dkim=pass header.d=mediamarkt.pl; spf=pass smtp.mailfrom=mail.mediamarkt.pl; dmarc=pass header.from=mediamarkt.pl'),
    text="""Dzień dobry {first},

niestety musieliśmy anulować Twoje zamówienie nr 2210458839, ponieważ produkt Samsung Galaxy Watch7 44 mm LTE nie jest już dostępny u naszego dostawcy.

Kwota 1 449,00 zł zostanie zwrócona na Twoje konto w ciągu 3-5 dni roboczych.

Gwarancja najniższej ceny: jeśli znajdziesz podobny produkt taniej u konkurencji (np. w Amazon.pl, x-kom lub RTV Euro AGD), zgłoś to w sklepie, a wyrównamy różnicę.

Pozdrawiamy
Zespół MediaMarkt
Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa
""",
    html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font:14px Arial,sans-serif;color:#333">
<tr><td style="background:#df0000;padding:18px"><img src="https://www.mediamarkt.pl/img/mm-logo-white.png" alt="MediaMarkt" width="160"></td></tr>
<tr><td style="padding:22px">
<h2 style="margin:0 0 12px 0">Anulowanie zamówienia</h2>
<p>Dzień dobry {first},</p>
<p>niestety musieliśmy anulować Twoje zamówienie nr <b>2210458839</b>, ponieważ produkt <b>Samsung Galaxy Watch7 44 mm LTE</b> nie jest już dostępny u naszego dostawcy.</p>
<p>Kwota <b>1 449,00 zł</b> zostanie zwrócona na Twoje konto w ciągu 3-5 dni roboczych.</p>
<p style="background:#f4f4f4;padding:10px"><b>Gwarancja najniższej ceny:</b> jeśli znajdziesz podobny produkt taniej u konkurencji (np. w Amazon.pl, x-kom lub RTV Euro AGD), zgłoś to w sklepie, a wyrównamy różnicę.</p>
<p>Pozdrawiamy<br>Zespół MediaMarkt</p></td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa</td></tr></table>""", 'pl', 'MediaMarkt'),
))
PL.append(dict(
    kind='non_notice', note='colleague writes he cancelled his own Amazon order',
    sender=('Tomasz Zieliński', 't.zielinski@budmax-projekt.pl'),
    subject='RE: kable do sali konferencyjnej',
    layout='text', charset='iso-8859-2', cte='qp', tz=1,
    hdrs=('foreign', 'mail.budmax-projekt.pl', '85.128.141.%d', 't.zielinski@budmax-projekt.pl',
          'spf=pass smtp.mailfrom=budmax-projekt.pl; dkim=pass header.d=budmax-projekt.pl; dmarc=pass header.from=budmax-projekt.pl'),
    text="""Cześć,

anulowałem to zamówienie na Amazonie z kablami HDMI - sprawdziłem jeszcze raz i 1,5 m to za mało do projektora pod sufitem. Amazon od razu przysłał potwierdzenie anulowania, pieniądze wrócą na kartę firmową.

Zamówię dziś 5-metrowe, tym razem w x-komie, bo mają odbiór osobisty jutro rano.

Pozdrawiam
Tomek

--
Tomasz Zieliński
Specjalista ds. IT
BUDMAX Projekt Sp. z o.o.
tel. 601 224 318

-----Original Message-----
From: {first} <{to_addr}>
Subject: kable do sali konferencyjnej

Tomek, czy kable już zamówione? W czwartek mamy prezentację dla klienta.
""",
))
PL.append(dict(
    kind='non_notice', note='shopping blog post: how to cancel an Amazon.pl order, quotes notice subject',
    sender=('Zakupowicz - blog', 'blog@zakupowicz.pl'),
    subject='Nowy wpis: Jak anulować zamówienie na Amazon.pl (i co zrobić, gdy Amazon anuluje je sam)',
    layout='html', charset='utf-8', cte='b64',
    hdrs=('foreign', 'smtp.freshmail.pl', '37.59.54.%d', 'bounce-blog@zakupowicz.pl',
          'dkim=pass header.d=zakupowicz.pl; spf=pass smtp.mailfrom=zakupowicz.pl; dmarc=pass header.from=zakupowicz.pl'),
    post_headers=[('List-Unsubscribe', '<https://zakupowicz.pl/wypisz?u={uid}>')],
    html=simple_html("""<table width="640" align="center" cellpadding="0" cellspacing="0" style="font:16px Georgia,serif;color:#222;line-height:26px">
<tr><td style="padding:18px 0;border-bottom:2px solid #2a9d8f;font:bold 22px Arial,sans-serif;color:#2a9d8f">Zakupowicz.pl</td></tr>
<tr><td style="padding:20px 0">
<h1 style="font:bold 24px Arial,sans-serif">Jak anulować zamówienie na Amazon.pl</h1>
<p>Zmieniłeś zdanie po kliknięciu „Kup teraz”? Dopóki paczka nie została wysłana, zamówienie na Amazon.pl można anulować w kilka sekund: wejdź w <i>Twoje zamówienia</i>, wybierz zamówienie i kliknij <i>Anuluj produkty</i>. Po chwili przyjdzie e-mail z tematem w stylu „Pomyślne anulowanie ... z zamówienia Amazon.pl”.</p>
<p>Czasem to Amazon anuluje zamówienie – np. gdy produkt przestał być dostępny albo płatność kartą nie przeszła. Wtedy wiadomość ma temat „Twoje zamówienie Amazon.pl nr ... zostało anulowane”. Pieniądze wracają zwykle w ciągu 3-5 dni.</p>
<p><b>Uwaga na oszustów:</b> fałszywe e-maile o „anulowanym zamówieniu” często zawierają numer telefonu lub link do „zwrotu pieniędzy”. Prawdziwy Amazon nigdy nie prosi o dane karty w mailu.</p>
<p><a href="https://zakupowicz.pl/amazon-anulowanie-zamowienia" style="color:#2a9d8f">Czytaj cały wpis na blogu &rarr;</a></p>
</td></tr>
<tr><td style="font:11px Arial,sans-serif;color:#999;border-top:1px solid #eee;padding-top:10px">Otrzymujesz tę wiadomość, bo zapisałeś się na newsletter Zakupowicz.pl. <a href="https://zakupowicz.pl/wypisz?u={uid}">Wypisz się</a></td></tr></table>""", 'pl', 'Zakupowicz'),
))
PL.append(dict(
    kind='non_notice', note='Amazon Prime membership cancelled',
    sender=('Amazon.pl', 'digital-no-reply@amazon.pl'),
    subject='Twoje członkostwo Amazon Prime zostało anulowane',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='card', title='Członkostwo Prime anulowane', greeting='Dzień dobry {first},', order='', paras=[
        'potwierdzamy, że Twoje członkostwo Amazon Prime zostało anulowane. Nie pobierzemy już kolejnych opłat członkowskich.',
        'Z korzyści Prime, takich jak darmowa dostawa i Prime Video, możesz korzystać do {deadline}.',
        'Zmieniłeś zdanie? Możesz wznowić członkostwo w każdej chwili na stronie [Zarządzaj członkostwem Prime](gp/primecentral).',
    ]),
))
PL.append(dict(
    kind='non_notice', note='Amazon delivery date (with carry-in) cancelled by carrier; order remains active',
    sender=('Amazon.pl', 'shipment-tracking@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Termin dostawy został odwołany - zamówienie nr {order}',
    layout='alt', charset='iso-8859-2', cte='qp', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Zmiana terminu dostawy', greeting='Dzień dobry {first},', order='{order}', paras=[
        'przewoźnik odwołał umówiony termin dostawy z wniesieniem ({deadline}, godz. 10:00-14:00) dla Twojego zamówienia nr {order}.',
        'Twoje zamówienie nie zostało anulowane. Wybierz nowy termin dostawy w sekcji [Twoje zamówienia](gp/css/order-history). Jeśli nie wybierzesz terminu w ciągu 5 dni, przewoźnik skontaktuje się z Tobą telefonicznie.',
    ], items=[('Bosch Serie 4 pralka WGG244ZLPL, 9 kg, 1400 obr./min', 1, '', 'Amazon.pl')], heading='Produkty w przesyłce'),
))
PL.append(dict(
    kind='non_notice', note='genuine payment reminder before cancellation (update card or order will be cancelled)',
    sender=('Amazon.pl', 'payments-messages@amazon.pl'), reply_to='no-reply@amazon.pl',
    subject='Wymagane działanie: zaktualizuj metodę płatności dla zamówienia Amazon.pl nr {order}',
    layout='text', charset='utf-8', cte='qp', hdrs=('amazon', False),
    text="""Amazon.pl

Dzień dobry {first},

nie udało się pobrać płatności kartą Mastercard zakończoną cyframi {last4} za zamówienie nr {order}.

Aby uniknąć anulowania zamówienia, zaktualizuj metodę płatności do {deadline}. Jeśli do tego dnia nie otrzymamy aktualizacji, zamówienie zostanie anulowane.

Jak zaktualizować płatność:
1. Przejdź do sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history
2. Wybierz zamówienie i kliknij "Zmień metodę płatności".

Produkt oczekujący na płatność:
Garmin Fenix 7 Pro Solar, zegarek multisportowy - 2 799,00 zł

Amazon.pl nigdy nie poprosi Cię o podanie pełnego numeru karty w wiadomości e-mail ani przez telefon.

Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej.
""",
))


# =========================================================================== SWEDISH (amazon.se)

SV = []

# ---------------- notices
SV.append(dict(
    kind='notice', cause='inventory_shortage', sr=True, note='marketplace seller could not fulfil (out of stock); classic HTML iso-8859-1 qp; auth pass',
    sender=('Amazon.se', 'order-update@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Din Amazon.se-beställning #{order} har avbrutits',
    layout='alt', charset='iso-8859-1', cte='qp', hdrs=('amazon', True), hdr_charset='utf-8',
    amazon=dict(style='classic', title='Beställningen har avbrutits', greeting='Hej {first},', paras=[
        'Vi beklagar att behöva meddela att din beställning {order} har avbrutits. Säljaren, NordicHome Supply, har meddelat oss att de inte kan fullfölja beställningen eftersom artikeln inte längre finns i lager.',
        'Du har inte debiterats för den här artikeln. Om en reservation har gjorts på ditt kort släpps den automatiskt av din bank inom några bankdagar.',
        'Du kan se om artikeln erbjuds av andra säljare på [produktsidan](dp/B09QF7R3NM).',
    ], items=[('Fiskars Functional Form stekpanna 28 cm, induktion', 1, '449,00 kr', 'NordicHome Supply')], total='449,00 kr',
        security=[s.replace('BankID-uppgifter', 'BankID-uppgifter') for s in LOC['sv']['security']]),
))
SV.append(dict(
    kind='notice', cause='payment_issue', sr=True, note='insufficient gift card balance, no other payment in time; plain text utf-8 8bit; no auth',
    sender=('Amazon.se', 'payments-messages@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Artiklar har avbrutits från din Amazon.se-beställning #{order}',
    layout='text', charset='utf-8', cte='8bit', hdrs=('amazon', False),
    text="""Amazon.se
----------------------------------------------------------------------------

Hej {first},

Vi kunde inte slutföra betalningen för din beställning {order} eftersom saldot
på ditt presentkort inte räckte för att täcka hela beloppet, och ingen annan
betalningsmetod lades till inom den angivna tiden ({date_prev}).

Därför har följande artikel avbrutits:

   Philips Sonicare DiamondClean 9000 eltandborste, HX9911/09
   Antal: 1
   Pris: 1 495,00 kr

Presentkortssaldot som reserverades för beställningen har återförts till ditt
konto.

Om du fortfarande vill ha artikeln kan du lägga till en betalningsmetod och
göra en ny beställning: https://www.amazon.se/cpe/yourpayments/wallet

Vi hoppas att vi ses snart igen.
Amazon.se

----------------------------------------------------------------------------
Amazon.se kommer aldrig att be dig uppge ditt lösenord eller kortnummer via
e-post eller telefon. Om ditt kortnummer har ändrats eller kortet har gått ut
kan du uppdatera det under Ditt konto > Dina betalningar.
Rapportera misstänkta e-postmeddelanden:
https://www.amazon.se/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX

Det här e-postmeddelandet skickades från en adress som inte kan ta emot
inkommande e-post. Svara inte på det här meddelandet.
""",
))
SV.append(dict(
    kind='notice', cause='technical_issue', sr=True, note='listing error (wrong variant and price on product page); card HTML only base64; no auth',
    sender=('Amazon.se', 'no-reply@amazon.se'),
    subject='Information från Amazon.se',
    layout='html', charset='utf-8', cte='b64', hdrs=('amazon', False),
    amazon=dict(style='card', title='Information om din beställning', greeting='Hej {first},', paras=[
        'Vi kontaktar dig angående din beställning {order} av "Sony WH-1000XM5 trådlösa brusreducerande hörlurar".',
        'På grund av ett fel i produktinformationen visades en felaktig variant och ett felaktigt pris på produktsidan när du gjorde din beställning. Vi har därför avbrutit beställningen. Du har inte debiterats.',
        'Felet har nu rättats. Om du fortfarande vill köpa artikeln kan du göra en ny beställning.',
        'Vi ber om ursäkt för besväret.',
    ], items=[('Sony WH-1000XM5 trådlösa brusreducerande hörlurar, svart', 1, '399,00 kr', 'Amazon.se')]),
))
SV.append(dict(
    kind='notice', cause='fraud_prevention', sr=True, note='order flagged for security review, account on hold, verify identity; card layout qp; auth pass',
    sender=('Amazon.se', 'cs-reply@amazon.se'),
    subject='Din Amazon.se-beställning #{order} har avbrutits',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='card', title='Beställningen har avbrutits', greeting='Hej {first},', paras=[
        'Din beställning {order} har flaggats för säkerhetsgranskning och har avbrutits. Vi har upptäckt ovanlig aktivitet på ditt konto och har därför tillfälligt spärrat det för att skydda dig.',
        'För att återfå tillgång till kontot loggar du in på Amazon.se eller i Amazon-appen och följer anvisningarna för att verifiera din identitet. Du behöver inte svara på det här e-postmeddelandet.',
        'Ingen betalning har dragits för den avbrutna beställningen.',
    ], items=[('Apple iPhone 15 128 GB, svart', 1, '8 990,00 kr', 'Amazon.se'), ('Apple 20 W USB-C-strömadapter', 2, '458,00 kr', 'Amazon.se')],
        total='9 448,00 kr'),
))
SV.append(dict(
    kind='notice', cause='customer_request', sr=True, note='successful cancellation "Avbokad av kunden"; plain text iso-8859-1 qp; auth pass',
    sender=('Amazon.se', 'auto-confirm@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Lyckad annullering av "LEGO Star Wars 75375 Millennium Falcon..." från din Amazon.se-beställning #{order}',
    layout='text', charset='iso-8859-1', cte='qp', hdrs=('amazon', True), subj_enc='q',
    text="""Amazon.se

Hej {first},

Som du begärt har vi avbrutit följande artikel från din beställning {order}:

  LEGO Star Wars 75375 Millennium Falcon
  Antal: 1
  Orsak till avbokning: Avbokad av kunden

Du debiteras inte för den avbrutna artikeln. Övriga artiklar i beställningen skickas som planerat.

Du kan se status för dina beställningar under Dina beställningar:
https://www.amazon.se/gp/css/order-history?ref_=pe_ycp_cxl

Tack för att du handlar hos Amazon.se.

--------------------------------------------------------------------------------
Amazon.se ber dig aldrig att uppge ditt lösenord eller dina kortuppgifter via e-post. Om ditt kort har bytts ut kan du uppdatera det under Ditt konto. Rapportera misstänkta meddelanden: https://www.amazon.se/gp/help/customer/display.html?nodeId=GM4QJJAQ7VU2LRPX
Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post.
""",
))
SV.append(dict(
    kind='notice', cause='unknown', sr=True, note='item cannot be delivered to the given address type (box address); classic HTML base64; no auth',
    sender=('Amazon.se', 'order-update@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Din Amazon.se-beställning #{order} har avbrutits',
    layout='alt', charset='utf-8', cte='b64', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Beställningen har avbrutits', greeting='Hej {first},', paras=[
        'Vi har tyvärr avbrutit din beställning {order} eftersom artikeln nedan inte kan levereras till den leveransadress du angav. Artikeln är skrymmande och kan inte skickas till en boxadress eller ett postombud.',
        'Du har inte debiterats för beställningen.',
        'Om du vill beställa artikeln igen kan du lägga till en gatuadress i din [adressbok](a/addresses) och göra en ny beställning.',
    ], items=[('Weber Spirit E-325 GBS gasolgrill, svart', 1, '8 295,00 kr', 'Amazon.se')], total='8 295,00 kr'),
))

# ---------------- lookalikes
SV.append(dict(
    kind='lookalike', cause='customer_request', sr=True, note='"your cancellation registered", callback phone if not you; outlook.com sender; malformed order no.',
    sender=('Amazon Kundtjänst', 'amazon.kundtjanst.se@outlook.com'), from_enc='q',
    subject='Bekräftelse: din beställning har avbokats',
    layout='text', charset='iso-8859-1', cte='8bit', to_name=False,
    hdrs=('foreign', 'EUR03-VI1-obe.outbound.protection.outlook.com', '52.101.69.%d', 'amazon.kundtjanst.se@outlook.com',
          'spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com'),
    text="""Hej,

Din begäran om avbokning av beställning 403-55128-7714 (Samsung Galaxy S24 Ultra, 14 990 kr) har tagits emot och beställningen har avbokats.

Om du INTE har begärt denna avbokning kan ditt konto ha kapats. Ring oss omedelbart på:

     08-446 892 31   (öppet dygnet runt)

Ha ditt BankID redo när du ringer så att vi kan verifiera dig och stoppa återbetalningen till okänt konto.

Med vänliga hälsningar
Amazon Kundtjänst Sverige
""",
))
SV.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='account locked + order cancelled, use unlock code; amazon-orders.help',
    sender=('Amazon.se', 'no-reply@amazon-orders.help'),
    subject='Ditt konto har spärrats - beställning {order} avbruten',
    layout='html', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mail.amazon-orders.help', '185.234.72.%d', 'bounce@amazon-orders.help',
          'spf=pass smtp.mailfrom=amazon-orders.help; dkim=none; dmarc=none header.from=amazon-orders.help'),
    html=phish_html('sv', 'amazon.se', 'Ditt konto har spärrats', [
        'Hej {first},',
        'På grund av misstänkt aktivitet har vi spärrat ditt konto och avbrutit beställning <b>{order}</b>.',
        'Ange upplåsningskoden nedan inom <b>48 timmar</b> för att återaktivera kontot och återställa beställningen. Därefter stängs kontot permanent.',
    ], boxed='SE-2291-MVK', button=('Lås upp mitt konto', 'https://amazon-orders.help/se/unlock?c=SE2291MVK&amp;u={uid}'),
        footer='© 2025 Amazon.com, Inc. eller dess dotterbolag.<br>Detta är ett automatiskt meddelande.'),
))
SV.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='card declined, reply with card number, CVC and personnummer; gmail sender; order no. with wrong group lengths',
    sender=('Amazon Betalningar', 'amazon.betalning.se@gmail.com'),
    subject='Betalning nekad - beställning avbruten',
    layout='text', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mail-sor-f65.google.com', '209.85.220.%d', 'amazon.betalning.se@gmail.com',
          'dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=amazon.betalning.se@gmail.com; dmarc=pass header.from=gmail.com'),
    text="""Hej,

Din beställning nr 4031-882177-402 har avbrutits eftersom ditt kort nekades av banken.

För att återaktivera beställningen ber vi dig svara på detta mejl med följande uppgifter:

- Fullständigt namn
- Kortnummer
- Utgångsdatum
- CVC-kod (3 siffror på baksidan)
- Personnummer

Uppgifterna hanteras säkert av vår betalningsavdelning. Beställningen skickas inom 24 timmar efter verifiering.

Vänliga hälsningar
Betalningsavdelningen
Amazon Sverige
""",
))
SV.append(dict(
    kind='lookalike', cause='inventory_shortage', sr=True, note='polished copy of classic template; link text shows amazon.se URL, href to evil; lookalike domain amazonse-kundservice.com',
    sender=('Amazon.se', 'order-update@amazonse-kundservice.com'), reply_to='no-reply@amazonse-kundservice.com',
    subject='Din Amazon.se-beställning #{order} har avbrutits',
    layout='alt', charset='iso-8859-1', cte='qp', hdr_charset='utf-8',
    hdrs=('foreign', 'smtp.amazonse-kundservice.com', '45.141.87.%d', 'bounce@amazonse-kundservice.com',
          'dkim=pass header.d=amazonse-kundservice.com header.s=s1; spf=pass smtp.mailfrom=amazonse-kundservice.com; dmarc=pass header.from=amazonse-kundservice.com'),
    phish_linker='https://www.amazon.se/',
    amazon=dict(style='classic', title='Beställningen har avbrutits', greeting='Hej {first},', paras=[
        'Tyvärr är artikeln i din beställning {order} slut i lager och beställningen har avbrutits.',
        'För att få tillbaka 2 490,00 kr måste du bekräfta din återbetalning inom 24 timmar via din beställningssida: [https://www.amazon.se/gp/css/order-history](https://amazon-se.refund-portal.top/se/login?id={uid})',
        'Om återbetalningen inte bekräftas inom denna tid kan beloppet inte återbetalas.',
    ], items=[('Apple AirPods Pro (2:a generationen) med MagSafe-fodral (USB-C)', 1, '2 490,00 kr', 'Amazon.se')], total='2 490,00 kr'),
))
SV.append(dict(
    kind='lookalike', cause='fraud_prevention', sr=True, note='Greek Alpha in display name; unusual login, order cancelled, confirm with BankID link',
    sender=('Αmazon.se', 'info@kundinfo-norden.com'), from_enc='b',
    subject='Ovanlig inloggning upptäckt - din beställning har avbrutits',
    layout='alt', charset='utf-8', cte='b64',
    hdrs=('foreign', 'srv02.kundinfo-norden.com', '89.23.98.%d', 'info@kundinfo-norden.com', None),
    text="""Hej {first},

Vi har upptäckt en ovanlig inloggning på ditt Amazon-konto från en ny enhet (Lagos, Nigeria). Av säkerhetsskäl har din senaste beställning #403-6612093-7781 avbrutits.

Bekräfta din identitet med BankID för att häva spärren:
https://kundinfo-norden.com/amazon/bankid/?s={uid}

Amazon.se Säkerhet
""",
    html=phish_html('sv', 'amazon', 'Ovanlig inloggning upptäckt', [
        'Hej {first},',
        'Vi har upptäckt en ovanlig inloggning på ditt Amazon-konto från en ny enhet (Lagos, Nigeria). Av säkerhetsskäl har din senaste beställning <b>#403-6612093-7781</b> avbrutits.',
        'Bekräfta din identitet med BankID för att häva spärren.',
    ], button=('Verifiera med BankID', 'https://kundinfo-norden.com/amazon/bankid/?s={uid}'),
        footer='Amazon.se Säkerhet', logo_src='https://kundinfo-norden.com/amazon/logo.png'),
))
SV.append(dict(
    kind='lookalike', cause='technical_issue', sr=True, note='amaz0n domain; malformed order no.; "system error" cancellation, login for refund',
    sender=('Amazon.se', 'service@amaz0n-se.net'),
    subject='Din beställning #403-21-88127 har avbrutits',
    layout='html', charset='utf-8', cte='b64',
    hdrs=('foreign', 'mail.amaz0n-se.net', '176.97.210.%d', 'service@amaz0n-se.net',
          'spf=neutral smtp.mailfrom=amaz0n-se.net; dkim=none; dmarc=none header.from=amaz0n-se.net'),
    html=phish_html('sv', 'amazon.se', 'Beställningen har avbrutits', [
        'Hej,',
        'På grund av ett systemfel har din beställning <b>#403-21-88127</b> avbrutits.',
        'Logga in för att begära återbetalning av 1 249 kr.',
    ], button=('Logga in', 'http://amaz0n-se.net/logga-in?r={uid}'), footer='Amazon.se Kundservice'),
))
SV.append(dict(
    kind='lookalike', cause='payment_issue', sr=True, note='"will be cancelled" unless payment updated; amazon.se.<evil> domain; valid-looking order no.',
    sender=('Amazon.se', 'payments-messages@amazon.se.konto-verifiering.top'),
    subject='Åtgärd krävs: din beställning {order} kommer att avbrytas',
    layout='alt', charset='iso-8859-1', cte='qp', hdr_charset='utf-8',
    hdrs=('foreign', 'mta1.konto-verifiering.top', '147.45.47.%d', 'return@konto-verifiering.top',
          'spf=pass smtp.mailfrom=konto-verifiering.top; dkim=pass header.d=konto-verifiering.top; dmarc=none header.from=amazon.se.konto-verifiering.top'),
    text="""Amazon.se

Hej {first},

betalningen för din beställning {order} kunde inte genomföras.

Om du inte uppdaterar din betalningsmetod inom 24 timmar kommer beställningen att avbrytas och ditt konto att begränsas.

Uppdatera nu: https://amazon.se.konto-verifiering.top/se/wallet?o={order}

Amazon.se
""",
    html=phish_html('sv', 'amazon.se', 'Din beställning kommer att avbrytas', [
        'Hej {first},',
        'betalningen för din beställning <b>{order}</b> kunde inte genomföras.',
        'Om du inte uppdaterar din betalningsmetod <b>inom 24 timmar</b> kommer beställningen att avbrytas och ditt konto att begränsas.',
    ], button=('Uppdatera betalningsmetod', 'https://amazon.se.konto-verifiering.top/se/wallet?o={order}'),
        footer='Amazon.se ber aldrig om ditt lösenord via e-post.<br>© 2025 Amazon.com, Inc. eller dess dotterbolag.',
        logo_src='https://amazon.se.konto-verifiering.top/img/logo.png'),
))
SV.append(dict(
    kind='lookalike', cause='unknown', sr=False, note='crude, no order no., no reason; hotmail sender; click here',
    sender=('Amazon', 'amazonse.info@hotmail.com'),
    subject='Din order avbruten!!',
    layout='text', charset='utf-8', cte='8bit', to_name=False,
    hdrs=('foreign', 'EUR05-AM6-obe.outbound.protection.outlook.com', '52.101.73.%d', 'amazonse.info@hotmail.com',
          'spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com'),
    text="""Hej kund

Din order har blivit avbruten .

Klicka har for att se detaljer och fa pengarna tillbaka : http://is.gd/amzse-order

mvh Amazon
""",
))

# ---------------- non-notices
SV.append(dict(
    kind='non_notice', note='CDON marketplace order line cancelled; the item is an Amazon Echo Dot',
    sender=('CDON', 'noreply@cdon.se'),
    subject='Din order 88412937 har makulerats',
    layout='alt', charset='utf-8', cte='qp',
    hdrs=('foreign', 'mail-out3.cdon.se', '185.92.28.%d', 'bounce@mail.cdon.se',
          'dkim=pass header.d=cdon.se; spf=pass smtp.mailfrom=mail.cdon.se; dmarc=pass header.from=cdon.se'),
    text="""Hej {first},

Tyvärr har säljaren NordTech Store makulerat din order 88412937 eftersom varan är slut i lager:

Amazon Echo Dot (5:e generationen), smart högtalare med Alexa, antracit
Pris: 549 kr

Beloppet återbetalas till ditt kort inom 3-5 bankdagar. Övriga varor i din order påverkas inte.

Vänliga hälsningar
CDON Kundservice
""",
    html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font:14px Arial,sans-serif;color:#222">
<tr><td style="padding:18px 0;border-bottom:2px solid #000"><b style="font-size:26px">CDON</b></td></tr>
<tr><td style="padding:20px 0;line-height:21px">
<h2 style="margin:0 0 12px 0">Din order har makulerats</h2>
<p>Hej {first},</p>
<p>Tyvärr har säljaren <b>NordTech Store</b> makulerat din order <b>88412937</b> eftersom varan är slut i lager:</p>
<table width="100%" style="border:1px solid #ddd;margin:10px 0"><tr><td style="padding:10px">Amazon Echo Dot (5:e generationen), smart högtalare med Alexa, antracit</td><td style="padding:10px;text-align:right">549 kr</td></tr></table>
<p>Beloppet återbetalas till ditt kort inom 3-5 bankdagar. Övriga varor i din order påverkas inte.</p>
<p>Vänliga hälsningar<br>CDON Kundservice</p></td></tr></table>""", 'sv', 'CDON'),
))
SV.append(dict(
    kind='non_notice', note='friend says he cancelled his own Amazon order',
    sender=('Johan Ek', 'johan.ek82@gmail.com'),
    subject='Sv: tältet till fjällturen',
    layout='text', charset='iso-8859-1', cte='qp', tz=2,
    hdrs=('foreign', 'mail-lf1-f44.google.com', '209.85.167.%d', 'johan.ek82@gmail.com',
          'dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com'),
    text="""Hej {first}!

Jag avbokade min Amazon-beställning av tältet i går kväll. Leveransen hade flyttats till efter midsommar, så det hade inte hunnit komma innan vi åker. Fick en bekräftelse på avbokningen direkt, pengarna kommer tillbaka.

Jag lånar min brors Hilleberg istället, det är ändå lättare. Kan du ta med gaskök och kastrull?

/Johan

Den tis 11 juni 2024 kl 19:02 skrev {first} <{to_addr}>:
> Har tältet kommit än? Vi åker på fredag om en vecka.
""",
))
SV.append(dict(
    kind='non_notice', note='bank security newsletter quoting a fake Amazon cancellation subject',
    sender=('Nordbanken Säkerhet', 'nyhetsbrev@nordbanken-info.se'), from_enc='q',
    subject='Varning: falska mejl om "avbruten Amazon-beställning"',
    layout='html', charset='iso-8859-1', cte='qp', hdr_charset='utf-8',
    hdrs=('foreign', 'mailout2.apsis.one', '62.80.211.%d', 'bounce@nordbanken-info.se',
          'dkim=pass header.d=nordbanken-info.se; spf=pass smtp.mailfrom=nordbanken-info.se; dmarc=pass header.from=nordbanken-info.se'),
    post_headers=[('List-Unsubscribe', '<https://nordbanken-info.se/avregistrera?u={uid}>')],
    html=simple_html("""<table width="620" align="center" cellpadding="0" cellspacing="0" style="font:15px Arial,sans-serif;color:#222;line-height:23px">
<tr><td style="background:#003b5c;color:#fff;padding:18px 24px;font-size:20px"><b>Nordbanken</b> &middot; Säkerhetsnytt</td></tr>
<tr><td style="padding:22px 24px">
<h2 style="margin:0 0 12px 0">Bedragare utger sig för att vara Amazon</h2>
<p>Just nu skickas många falska mejl med ämnesraden <i>"Din Amazon.se-beställning #403-1234567-1234567 har avbrutits"</i> eller <i>"Ditt konto har spärrats"</i>. Mejlen påstår att en dyr beställning har stoppats och ber dig ringa ett nummer eller logga in med BankID via en länk.</p>
<p><b>Så skyddar du dig:</b></p>
<ul><li>Klicka aldrig på länkar i oväntade mejl &ndash; gå direkt till amazon.se eller appen.</li>
<li>Kontrollera avsändarens faktiska adress.</li>
<li>Varken Amazon eller vi på Nordbanken ber dig någonsin att legitimera dig med BankID på uppmaning i ett mejl eller samtal.</li></ul>
<p>Har du redan lämnat ut uppgifter? Spärra ditt kort direkt i appen och ring oss.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee">Du får detta nyhetsbrev som kund hos Nordbanken. <a href="https://nordbanken-info.se/avregistrera?u={uid}">Avregistrera</a></td></tr></table>""", 'sv', 'Säkerhetsnytt'),
))
SV.append(dict(
    kind='non_notice', note='Prime Video subscription cancelled',
    sender=('Prime Video', 'no-reply@primevideo.com'),
    subject='Ditt Prime Video-medlemskap har avslutats',
    layout='alt', charset='utf-8', cte='qp', html_cte='b64',
    hdrs=('foreign', 'a48-108.smtp-out.amazonses.com', '54.240.48.%d', '010201@bounces.primevideo.com',
          'dkim=pass header.d=primevideo.com; spf=pass smtp.mailfrom=bounces.primevideo.com; dmarc=pass header.from=primevideo.com'),
    text="""Hej {first},

Vi bekräftar att ditt Prime Video-medlemskap har avslutats. Du debiteras inte längre.

Du kan fortsätta att titta till och med {deadline}. Filmer och serier som du har köpt eller hyrt finns kvar i ditt bibliotek.

Vill du komma tillbaka? Du kan starta medlemskapet igen när som helst på primevideo.com.

Prime Video
Amazon Digital UK Limited
""",
    html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#0f171e;color:#fff;font:15px Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://m.media-amazon.com/images/G/01/digital/video/web/logo-min-rem.png" alt="prime video" width="140"></td></tr>
<tr><td style="padding:0 24px 24px 24px;line-height:22px">
<h2>Ditt medlemskap har avslutats</h2>
<p>Hej {first},</p>
<p>Vi bekräftar att ditt Prime Video-medlemskap har avslutats. Du debiteras inte längre.</p>
<p>Du kan fortsätta att titta till och med {deadline}. Filmer och serier som du har köpt eller hyrt finns kvar i ditt bibliotek.</p>
<p><a href="https://www.primevideo.com/region/eu/settings" style="color:#00a8e1">Starta medlemskapet igen</a></p>
</td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#8197a4">Amazon Digital UK Limited</td></tr></table>""", 'sv', 'Prime Video'),
))
SV.append(dict(
    kind='non_notice', note='Amazon delivery time slot cancelled, order still active, choose new slot',
    sender=('Amazon.se', 'shipment-tracking@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Din leveranstid har avbokats - välj en ny tid för beställning #{order}',
    layout='alt', charset='utf-8', cte='qp', hdrs=('amazon', True),
    amazon=dict(style='card', title='Välj en ny leveranstid', greeting='Hej {first},', order='{order}', paras=[
        'Den bokade leveranstiden {deadline} kl. 17:00-21:00 för din beställning {order} har avbokats av transportören.',
        'Din beställning har inte avbrutits. Välj en ny leveranstid under [Dina beställningar](gp/css/order-history) så levererar vi så snart som möjligt.',
    ], items=[('Electrolux diskmaskin EEM48321L, helintegrerad, 60 cm', 1, '', 'Amazon.se')], heading='Artiklar i leveransen'),
))
SV.append(dict(
    kind='non_notice', note='genuine payment reminder, order will be cancelled if not updated (nothing cancelled yet)',
    sender=('Amazon.se', 'payments-messages@amazon.se'), reply_to='no-reply@amazon.se',
    subject='Åtgärd krävs: uppdatera betalningsmetoden för din Amazon.se-beställning #{order}',
    layout='alt', charset='utf-8', cte='b64', hdrs=('amazon', False),
    amazon=dict(style='classic', title='Uppdatera din betalningsmetod', greeting='Hej {first},', order='{order}', paras=[
        'Vi kunde inte debitera ditt Visa-kort som slutar på {last4} för din beställning {order}.',
        'För att undvika att beställningen avbryts behöver du uppdatera betalningsmetoden senast {deadline}. Om vi inte har fått en uppdatering till dess kommer beställningen att avbrytas.',
        'Gå till [Dina beställningar](gp/css/order-history), välj beställningen och klicka på "Ändra betalningsmetod".',
    ], items=[('Garmin Venu 3 GPS-smartklocka, skiffer', 1, '4 690,00 kr', 'Amazon.se')], heading='Artiklar som väntar på betalning',
        total='4 690,00 kr'),
))


# =========================================================================== build

MARKET = {'it': 'amazon.it', 'pl': 'amazon.pl', 'sv': 'amazon.se'}


def deep_fill(obj, ctx):
    if isinstance(obj, str):
        for k, v in ctx.items():
            if isinstance(v, str):
                obj = obj.replace('{%s}' % k, v)
        return obj
    if isinstance(obj, list):
        return [deep_fill(x, ctx) for x in obj]
    if isinstance(obj, tuple):
        return tuple(deep_fill(x, ctx) for x in obj)
    if isinstance(obj, dict):
        return {k: deep_fill(v, ctx) for k, v in obj.items()}
    return obj


def foreign_msgid(sender_addr):
    dom = sender_addr.split('@')[1]
    if dom == 'gmail.com':
        return '<CA+%s@mail.gmail.com>' % tok(40, ALNUM + 'abcdefghijklmnopqrstuvwxyz_-')
    if dom in ('outlook.com', 'hotmail.com'):
        srv = 'AM%dPR%02dMB%d' % (R.randint(0, 9), R.randint(1, 9), R.randint(1000, 9999))
        return '<%s%s@%s.eurprd%02d.prod.outlook.com>' % (srv, tok(8), srv, R.randint(1, 9))
    if dom == 'yahoo.com':
        return '<%d.%d.%d@mail.yahoo.com>' % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), R.randint(10**12, 10**13))
    return '<%s.%s@%s>' % (hexs(16), hexs(8), dom)


def build_entry(lang, e, idx):
    e = dict(e)
    rcpt = RECIPIENTS[lang][idx % len(RECIPIENTS[lang])]
    date = rand_date(e.get('tz', 0))
    ctx = dict(order=order_no(), first=rcpt[0].split()[0], to_addr=rcpt[1], last4='%04d' % R.randint(0, 9999),
               date_prev=fmt_date(lang, date - datetime.timedelta(days=4)),
               deadline=fmt_date(lang, date + datetime.timedelta(days=4)), uid=tok(10).lower())
    ctx['date'] = date
    ctx['to'] = rcpt
    if 'amazon' in e:
        e['amazon'] = dict(e['amazon'])
        e['amazon'].setdefault('order', '{order}')
    e = deep_fill(e, ctx)
    if 'amazon' in e:
        linker = None
        if e.get('phish_linker'):
            base = e['phish_linker']

            def linker(p, base=base):
                return p if p.startswith('http') else base + p
        text, html = build_amazon(lang, e['amazon'], linker=linker, year=date.year)
        e.setdefault('text', text)
        e.setdefault('html', html)
    h = e.get('hdrs', ('none',))
    if h[0] == 'amazon':
        pre, post = amazon_hdrs(MARKET[lang].split('.')[1], ctx, h[1])
        ctx['msgid'] = ses_msgid()
        if e['layout'] == 'alt':
            e.setdefault('boundary', amazon_boundary())
    else:
        _, host, ip, env, auth = h
        pre, post = foreign_hdrs(ctx, host, ip % R.randint(2, 250) if '%d' in ip else ip, env, auth)
        ctx['msgid'] = foreign_msgid(e['sender'][1])
        if e['layout'] == 'alt':
            dom = e['sender'][1].split('@')[1]
            if dom == 'gmail.com':
                e.setdefault('boundary', '0000000000%s' % hexs(16))
            elif dom in ('outlook.com', 'hotmail.com'):
                e.setdefault('boundary', '_000_%s_' % tok(40))
            elif auth is None:
                e.setdefault('boundary', 'b1_%s' % tok(43, ALNUM + 'abcdefghijklmnopqrstuvwxyz'))
            else:
                e.setdefault('boundary', '===============%019d==' % R.randint(10**18, 10**19 - 1))
        if auth is None:
            post.append(('X-Mailer', 'PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (R.randint(5, 9), R.randint(0, 3))))
    e['pre_headers'] = pre + e.get('pre_headers', [])
    e['post_headers'] = post + e.get('post_headers', [])
    if e['kind'] == 'notice':
        assert e['sender'][1].endswith('@' + MARKET[lang]), e['sender']
        assert re.search(r'\d{3}-\d{7}-\d{7}', e['subject'] + (e.get('text') or '') + (e.get('html') or ''))
    raw = assemble(e, ctx)
    label = dict(kind=e['kind'], language=lang,
                 cause=e.get('cause') if e['kind'] != 'non_notice' else None,
                 states_reason=bool(e.get('sr')) if e['kind'] != 'non_notice' else False,
                 marketplace=MARKET[lang] if e['kind'] == 'notice' else None,
                 note=e['note'])
    return raw, label


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    pool = []
    for lang, entries in (('it', IT), ('pl', PL), ('sv', SV)):
        for i, e in enumerate(entries):
            pool.append((lang, i, e))
    R.shuffle(pool)
    labels = []
    for n, (lang, i, e) in enumerate(pool, start=1):
        raw, label = build_entry(lang, e, i)
        name = 'z3%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        labels.append(dict(file=name, **label))
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('wrote %d mails to %s' % (len(labels), OUT))


if __name__ == '__main__':
    main()
