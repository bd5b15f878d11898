#!/usr/bin/env python3
"""Regenerate blind test batch d1: Dutch (amazon.nl / amazon.com.be),
Brazilian Portuguese (amazon.com.br) and Polish (amazon.pl) mails.

Writes mail/d1001.eml ... and labels.json next to this script.
Deterministic: fixed random seed, standard library only.
"""
import datetime
import html as htmlmod
import json
import os
import random
import re
import textwrap
import unicodedata
from email import charset as cmod
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
import io

SEED = 61001
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, 'mail')

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def oid(prefix):
    return '%s-%07d-%07d' % (prefix, rng.randint(0, 9999999), rng.randint(0, 9999999))


def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))


def money(lang, x):
    s = '{:,.2f}'.format(x)
    if lang == 'pl':
        s = s.replace(',', ' ').replace('.', ',')
        return s + ' zł'
    s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    if lang == 'pt':
        return 'R$ ' + s
    return '€ ' + s


class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'


def fill(s, ctx):
    return s.format_map(SafeDict(ctx))


def md_html(s):
    s = htmlmod.escape(s, quote=False)
    s = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)
    s = re.sub(r'\[(.+?)\]\((\S+?)\)',
               lambda m: '<a href="%s" style="color:#0066c0;text-decoration:none">%s</a>'
               % (m.group(2), m.group(1)), s)
    return s.replace('\n', '<br />\n')


def md_text(s, style=0):
    s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
    if style == 0:
        s = re.sub(r'\[(.+?)\]\((\S+?)\)', r'\1: \2', s)
    else:
        s = re.sub(r'\[(.+?)\]\((\S+?)\)', r'\1 <\2>', s)
    return s


# --------------------------------------------------------------------------
# localised user-interface strings
# --------------------------------------------------------------------------

UI = {
    'nl': dict(orders='Uw bestellingen', account='Uw account', order='Bestelling', order_no='Bestelnummer',
               qty='Aantal', sold_by='Verkocht door', price='Prijs', total='Totaal geannuleerd',
               cancelled='Geannuleerde artikelen', kept='Deze artikelen worden nog verzonden',
               view='Bestelling bekijken', placed='Besteld op', help='Klantenservice',
               noreply='Dit bericht is verzonden vanaf een adres dat geen inkomende e-mail accepteert.'),
    'pt': dict(orders='Seus pedidos', account='Sua conta', order='Pedido', order_no='Número do pedido',
               qty='Qtd.', sold_by='Vendido por', price='Preço', total='Total cancelado',
               cancelled='Itens cancelados', kept='Itens que continuam no pedido',
               view='Ver detalhes do pedido', placed='Data do pedido', help='Atendimento ao cliente',
               noreply='Este e-mail foi enviado de um endereço que não aceita respostas.'),
    'pl': dict(orders='Twoje zamówienia', account='Twoje konto', order='Zamówienie', order_no='Numer zamówienia',
               qty='Ilość', sold_by='Sprzedawca', price='Cena', total='Wartość anulowanych produktów',
               cancelled='Anulowane produkty', kept='Produkty, które nadal zostaną wysłane',
               view='Wyświetl zamówienie', placed='Data złożenia zamówienia', help='Obsługa Klienta',
               noreply='Ta wiadomość została wysłana z adresu, który nie odbiera poczty przychodzącej.'),
}

BRAND = {'amazon.nl': 'Amazon.nl', 'amazon.com.be': 'Amazon.com.be',
         'amazon.com.br': 'Amazon.com.br', 'amazon.pl': 'Amazon.pl'}

MONTHS = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
           'oktober', 'november', 'december'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
           'outubro', 'novembro', 'dezembro'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
           'października', 'listopada', 'grudnia'],
}


def human_date(lang, d):
    if lang == 'pt':
        return '%d de %s de %d' % (d.day, MONTHS['pt'][d.month - 1], d.year)
    return '%d %s %d' % (d.day, MONTHS[lang][d.month - 1], d.year)


# --------------------------------------------------------------------------
# HTML layouts (modelled on the structure of real Amazon notification mails)
# --------------------------------------------------------------------------

def pixel(mp):
    return ('<img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;K=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=%s&amp;H=%s&amp;ref_=pe_%d_%d" />'
            % (mp, hexs(13).upper(), hexs(14).upper(), hexs(20), hexs(12).upper(),
               'https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif',
               hexs(22).upper(), rng.randint(100000, 999999), rng.randint(10000000, 99999999)))


def items_rows_A(c):
    u = UI[c['lang']]
    out = []
    for it in c['items']:
        name, q, p = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        sold = ('<br /><span class="sold">%s: %s</span>' % (u['sold_by'], htmlmod.escape(seller))) if seller else ''
        out.append('''       <tr>
        <td class="name"><a href="https://www.%s/dp/%s?ref_=pe_%s">%s</a>%s</td>
        <td class="qty">%s: %d</td>
        <td class="price"><strong>%s</strong></td>
       </tr>''' % (c['mp'], 'B0' + hexs(8).upper(), rng.randint(1000, 9999), htmlmod.escape(name), sold,
                   u['qty'], q, htmlmod.escape(money(c['lang'], p * q))))
    return '\n'.join(out)


def layout_A(c):
    """Classic desktop template: #container / #header / #summary / #orderDetails / #closing."""
    u = UI[c['lang']]
    mp = c['mp']
    brand = BRAND[mp]
    paras = '\n'.join('<p>%s</p>' % md_html(p) for p in c['paras'])
    after = '\n'.join('<p>%s</p>' % md_html(p) for p in c['after'])
    foot = '\n'.join('<p>%s</p>' % md_html(p) for p in c['footer'])
    kept = ''
    if c.get('kept'):
        kept = '''
      <tr><td><table id="keptItems" cellpadding="0"><tbody>
       <tr><td colspan="3" class="sectionHead">%s</td></tr>
%s
      </tbody></table></td></tr>''' % (u['kept'], items_rows_A(dict(c, items=c['kept'])))
    total = sum(i[1] * i[2] for i in c['items'])
    items = ''
    if c['items']:
        items = '''
      <tr><td><table id="orderDetails" cellpadding="0"><tbody>
       <tr><td colspan="3" class="sectionHead">%s</td></tr>
%s
       <tr><td colspan="2" class="total">%s:</td><td class="total price">%s</td></tr>
      </tbody></table></td></tr>''' % (htmlmod.escape(c['ih']), items_rows_A(c), c.get('tl') or u['total'],
                                        htmlmod.escape(money(c['lang'], total)))
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
<title>%(brand)s</title>
<style type="text/css">
body { margin:0; padding:0; font:12px/16px Arial, sans-serif; color:#333333; }
#container { width:640px; margin:0 auto; }
#header td.navigation a { color:#006699; font-size:12px; text-decoration:none; }
#header td.title h2 { font-size:20px; color:#CC6600; margin:0 0 4px 0; font-weight:normal; }
#summary p, #closing p { margin:0 0 12px 0; }
.sectionHead { font-size:15px; color:#CC6600; border-bottom:1px solid #cccccc; padding:14px 0 4px 0; }
#orderDetails td, #keptItems td { padding:6px 4px; vertical-align:top; }
td.price, td.total { text-align:right; white-space:nowrap; }
.sold { color:#666666; font-size:11px; }
#footer p { font-size:10px; line-height:14px; color:#666666; margin:0 0 8px 0; }
</style>
</head>
<body>%(pixel)s
<table id="container" cellpadding="0"><tbody>
 <tr><td class="frame">
  <table id="main" cellpadding="0"><tbody>
   <tr><td>
    <table id="header" cellpadding="0"><tbody>
     <tr>
      <td rowspan="2" class="logo"><a href="https://www.%(mp)s/ref=pe_logo"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" width="115" height="33" border="0" /></a></td>
      <td class="navigation" align="right">
       <a href="https://www.%(mp)s/gp/css/order-history?ref_=pe_yo">%(orders)s</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="https://www.%(mp)s/gp/css/homepage.html?ref_=pe_ya">%(account)s</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="https://www.%(mp)s/?ref_=pe_home">%(brand)s</a>
      </td>
     </tr>
     <tr><td class="title"><h2>%(title)s</h2>%(orderline)s</td></tr>
    </tbody></table>
   </td></tr>
   <tr><td>
    <table id="summary" cellpadding="0"><tbody>
     <tr><td><span class="heading">%(greet)s</span>
%(paras)s
     </td></tr>
    </tbody></table>
   </td></tr>%(items)s%(kept)s
   <tr><td>
    <table id="closing" cellpadding="0"><tbody>
     <tr><td>
%(after)s
<p>%(help)s</p>
<p>%(sign)s</p>
     </td></tr>
    </tbody></table>
   </td></tr>
   <tr><td>
    <table id="footer" cellpadding="0"><tbody><tr><td>
%(foot)s
    </td></tr></tbody></table>
   </td></tr>
  </tbody></table>
 </td></tr>
</tbody></table>
</body>
</html>
''' % dict(cs=c['cs'], brand=brand, pixel=pixel(mp), mp=mp, orders=u['orders'], account=u['account'],
           title=htmlmod.escape(c['title']), greet=md_html(c['greet']),
           orderline=('%s #<a href="https://www.%s/gp/css/summary/edit.html?orderID=%s">%s</a>' % (u['order'], mp, c['oid'], c['oid'])) if c['oid'] else '',
           paras=paras, items=items, kept=kept, after=after, help=md_html(c['help']),
           sign=md_html(c['sign']), foot=foot)


def layout_B(c):
    """Narrow 'mobile' template: emailBody / emailContainer / greetingTable / informationTable."""
    u = UI[c['lang']]
    mp = c['mp']
    rows = []
    for it in c['items']:
        name, q, p = it[0], it[1], it[2]
        rows.append('''       <tr>
        <td class="itemImage"><a href="https://www.%s/dp/%s"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" alt="" /></a></td>
        <td class="itemTitle"><a class="orderDetailsTableLink" href="https://www.%s/dp/%s">%s</a><br />%s: %d &middot; %s</td>
       </tr>''' % (mp, 'B0' + hexs(8).upper(), b64s(11).replace('+', 'L').replace('/', 'k'), mp,
                   'B0' + hexs(8).upper(), htmlmod.escape(name), u['qty'], q, htmlmod.escape(money(c['lang'], p * q))))
    kept_head = ''
    if c.get('kept'):
        kept_head = '<p style="font-size:13px;color:#879596">%s: %s</p>' % (
            u['kept'], htmlmod.escape(', '.join(k[0] for k in c['kept'])))
    info = '\n'.join('      <tr><td>%s</td></tr>' % md_html(p) for p in c['paras'])
    after = '\n'.join('      <tr><td>%s</td></tr>' % md_html(p) for p in c['after'])
    foot = '<br /><br />\n'.join(md_html(p) for p in c['footer'])
    items = ''
    if c['items']:
        items = '''     <p style="font-size:15px;font-weight:bold;color:#002E36">%s</p>
     <table class="orderDetailsTable" cellpadding="0" cellspacing="0"><tbody>
%s
     </tbody></table>
     %s''' % (htmlmod.escape(c['ih']), '\n'.join(rows), kept_head)
    return '''<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width:375px; background-color:#fafafa; }
.emailBodyTD { padding:23px 18px 21px 17px; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.emailContainerTD { padding:25px 23px 33px 23px; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.informationTable td { padding-bottom:16px; }
.orderDetailsTable { font-size:15px; line-height:20px; }
.orderDetailsTableLink { text-decoration:none; color:#008296; }
.itemImage img { max-height:84px; max-width:84px; }
.itemTitle { padding-left:20px; padding-bottom:16px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin:12px 0 18px 0; }
.emailClosing { font-size:10px; line-height:15px; color:#868686; }
  </style>
 </head>
 <body>
  <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tbody><tr><td class="emailBodyTD">
   <table class="brandTable" cellpadding="0" cellspacing="0"><tbody><tr>
    <td><a href="https://www.%(mp)s/?ref_=pe_logo"><img class="brandImage" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" alt="%(brand)s" /></a></td>
   </tr></tbody></table>
   <table class="emailContainer" cellpadding="0" cellspacing="0"><tbody><tr><td class="emailContainerTD">
    <table class="greetingTable"><tbody><tr><td>%(greet)s</td></tr></tbody></table>
    <table class="informationTable"><tbody>
%(info)s
    </tbody></table>
%(items)s
%(orderline)s
    <table class="informationTable"><tbody>
%(after)s
      <tr><td>%(help)s</td></tr>
      <tr><td>%(sign)s</td></tr>
    </tbody></table>
   </td></tr></tbody></table>
   <table cellpadding="0" cellspacing="0"><tbody><tr><td class="emailClosing"><br />%(foot)s</td></tr></tbody></table>
  </td></tr></tbody></table>
  %(pixel)s
 </body>
</html>
''' % dict(cs=c['cs'], mp=mp, brand=BRAND[mp], greet=md_html(c['greet']), info=info, items=items,
           orderline=('    <table class="orderIdTable"><tbody><tr><td>%s: <a href="https://www.%s/gp/your-account/order-details?orderID=%s">%s</a></td></tr></tbody></table>' % (u['order_no'], mp, c['oid'], c['oid'])) if c['oid'] else '', after=after, help=md_html(c['help']), sign=md_html(c['sign']),
           foot=foot, pixel=pixel(mp))


def layout_C(c):
    """Newer card-style template with inline styles and a call-to-action button."""
    u = UI[c['lang']]
    mp = c['mp']
    P = 'style="margin:0 0 14px 0;font-family:Amazon Ember,Arial,sans-serif;font-size:15px;line-height:21px;color:#0F1111"'
    paras = '\n'.join('<p %s>%s</p>' % (P, md_html(p)) for p in c['paras'])
    after = '\n'.join('<p %s>%s</p>' % (P, md_html(p)) for p in c['after'])
    cards = []
    for it in c['items']:
        name, q, p = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        cards.append('''<tr>
 <td width="90" valign="top" style="padding:10px 0"><img src="https://m.media-amazon.com/images/I/%s._AC_SX90_.jpg" width="80" alt="" /></td>
 <td valign="top" style="padding:10px 0 10px 12px;font-family:Arial,sans-serif;font-size:14px;line-height:19px;color:#0F1111">%s<br />
  <span style="color:#565959">%s: %d%s</span><br /><b>%s</b></td>
</tr>''' % (b64s(11).replace('+', 'Q').replace('/', 'z'), htmlmod.escape(name), u['qty'], q,
            (' &middot; %s: %s' % (u['sold_by'], htmlmod.escape(seller))) if seller else '',
            htmlmod.escape(money(c['lang'], p * q))))
    kept = ''
    if c.get('kept'):
        kept = '<p style="font-family:Arial,sans-serif;font-size:13px;color:#565959;margin:10px 0 0 0">%s:<br />%s</p>' % (
            u['kept'], '<br />'.join('&bull; ' + htmlmod.escape(k[0]) for k in c['kept']))
    items = ''
    if c['items']:
        items = '''<table width="100%%" cellpadding="0" cellspacing="0" style="border-top:1px solid #D5D9D9;border-bottom:1px solid #D5D9D9;margin:6px 0 16px 0">
<tr><td colspan="2" style="padding:12px 0 0 0;font-family:Arial,sans-serif;font-size:16px;font-weight:bold;color:#0F1111">%s</td></tr>
%s
</table>%s''' % (htmlmod.escape(c['ih']), '\n'.join(cards), kept)
    foot = '\n'.join('<p style="margin:0 0 10px 0">%s</p>' % md_html(p) for p in c['footer'])
    return '''<!doctype html>
<html lang="%(lang)s">
<head>
<meta charset="%(cs)s">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
</head>
<body style="margin:0;padding:0;background:#EAEDED">
<div style="display:none;max-height:0;overflow:hidden">%(preheader)s</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#EAEDED"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#FFFFFF">
 <tr><td style="background:#232F3E;padding:14px 20px">
  <a href="https://www.%(mp)s/?ref_=rio_logo"><img src="https://m.media-amazon.com/images/G/01/rio/logo_white._CB0_.png" alt="%(brand)s" width="96" style="border:0" /></a>
  <span style="float:right;font-family:Arial,sans-serif;font-size:13px"><a href="https://www.%(mp)s/gp/css/order-history?ref_=rio_yo" style="color:#FFFFFF;text-decoration:none">%(orders)s</a></span>
 </td></tr>
 <tr><td style="padding:24px 24px 8px 24px">
  <h1 style="margin:0 0 6px 0;font-family:Arial,sans-serif;font-size:22px;line-height:28px;color:#0F1111;font-weight:bold">%(title)s</h1>
%(orderline)s
  <p %(P)s>%(greet)s</p>
%(paras)s
%(items)s
%(after)s
  <table role="presentation" cellpadding="0" cellspacing="0" style="margin:4px 0 20px 0"><tr>
   <td style="background:#FFD814;border-radius:20px;padding:9px 22px"><a href="%(btnhref)s" style="font-family:Arial,sans-serif;font-size:14px;color:#0F1111;text-decoration:none">%(view)s</a></td>
  </tr></table>
  <p %(P)s>%(help)s</p>
  <p %(P)s>%(sign)s</p>
 </td></tr>
 <tr><td style="padding:16px 24px 24px 24px;background:#F7F8F8;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#565959">
%(foot)s
 </td></tr>
</table>
</td></tr></table>
%(pixel)s
</body>
</html>
''' % dict(lang=c['lang'] if c['lang'] != 'pt' else 'pt-BR', cs=c['cs'], title=htmlmod.escape(c['title']),
           preheader=htmlmod.escape(md_text(c['paras'][0])[:90]) if c['paras'] else '', mp=mp,
           brand=BRAND[mp], orders=u['orders'], P=P,
           orderline=('  <p style="margin:0 0 18px 0;font-family:Arial,sans-serif;font-size:13px;color:#565959">%s #%s</p>' % (u['order'], c['oid'])) if c['oid'] else '',
           btnhref=('https://www.%s/gp/your-account/order-details?orderID=%s&amp;ref_=rio_od' % (mp, c['oid'])) if c['oid'] else 'https://www.%s/gp/css/homepage.html?ref_=rio_ya' % mp, greet=md_html(c['greet']),
           paras=paras, items=items, after=after, view=u['view'] if c['oid'] else u['account'], help=md_html(c['help']), sign=md_html(c['sign']),
           foot=foot, pixel=pixel(mp))


# --------------------------------------------------------------------------
# plain-text layouts
# --------------------------------------------------------------------------

def items_text(c, items, wide=True):
    u = UI[c['lang']]
    out = []
    for it in items:
        name, q, p = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        if wide:
            out.append('    %s' % name)
            out.append('    %s: %d   %s: %s' % (u['qty'], q, u['price'], money(c['lang'], p * q)))
            if seller:
                out.append('    %s: %s' % (u['sold_by'], seller))
            out.append('')
        else:
            out.append('  %d x %s' % (q, name))
            out.append('      %s%s' % (money(c['lang'], p * q), ('  (%s %s)' % (u['sold_by'].lower(), seller)) if seller else ''))
    return '\n'.join(out).rstrip('\n')


def plain_1(c):
    u = UI[c['lang']]
    line = '-' * 76
    parts = [BRAND[c['mp']], line, '', md_text(c['greet']), '']
    for p in c['paras']:
        parts += [md_text(p), '']
    if c['oid']:
        parts += ['%s #%s' % (u['order'], c['oid']), '']
    if c['items']:
        parts += [c['ih'] + ':', '', items_text(c, c['items']), '']
    if c.get('kept'):
        parts += [u['kept'] + ':', '', items_text(c, c['kept']), '']
    for p in c['after']:
        parts += [md_text(p), '']
    parts += [md_text(c['help']), '', md_text(c['sign']), '', line]
    for p in c['footer']:
        parts += [md_text(p), '']
    return '\n'.join(parts).rstrip() + '\n'


def plain_2(c):
    u = UI[c['lang']]
    w = lambda s: '\n'.join(textwrap.fill(x, 74, break_long_words=False, break_on_hyphens=False) if x else ''
                            for x in md_text(s, 1).split('\n'))
    parts = ['=' * 74, ('%s: %s' % (u['order_no'], c['oid'])) if c['oid'] else BRAND[c['mp']]]
    if c.get('placed') and c['oid']:
        parts.append('%s: %s' % (u['placed'], c['placed']))
    parts += ['=' * 74, '', md_text(c['greet']), '']
    for p in c['paras']:
        parts += [w(p), '']
    if c['items']:
        parts += [c['ih'].upper(), '', items_text(c, c['items'], wide=False), '']
    if c.get('kept'):
        parts += [u['kept'].upper(), '', items_text(c, c['kept'], wide=False), '']
    for p in c['after']:
        parts += [w(p), '']
    parts += [w(c['help']), '', md_text(c['sign']), '', '_' * 74, '']
    for p in c['footer']:
        parts += [w(p), '']
    return '\n'.join(parts).rstrip() + '\n'


LAYOUTS = {'A': layout_A, 'B': layout_B, 'C': layout_C}


# --------------------------------------------------------------------------
# boilerplate pools (greetings, refund sentences, help lines, sign-offs, footers)
# --------------------------------------------------------------------------

POOL = {
    'nl': dict(
        greet=['Hallo {f},', 'Beste {f},', 'Goedendag {f},', 'Hallo {f},', 'Beste {f},'],
        title=['Bestelling geannuleerd', 'Annulering van uw bestelling', 'Uw bestelling is geannuleerd',
               'Annuleringsbevestiging'],
        after=['Er is voor deze bestelling niets in rekening gebracht.',
               'Als er al een bedrag was afgeschreven, ontvangt u dat binnen 3 tot 5 werkdagen terug op de oorspronkelijke betaalmethode.',
               'U hebt voor de geannuleerde artikelen niets betaald. Een eventuele reservering op uw creditcard vervalt vanzelf.',
               'Een eventuele terugbetaling is meestal binnen een paar werkdagen zichtbaar op uw rekening; dat hangt af van uw bank.',
               'Er is niets van uw betaalmethode afgeschreven.',
               'Het volledige bedrag wordt teruggestort via de betaalmethode die u bij het bestellen hebt gekozen.'],
        help=['Nog vragen? Kijk bij [Uw bestellingen](https://www.{mp}/gp/css/order-history?ref_=pe_yo) of neem contact op met de [Klantenservice](https://www.{mp}/gp/help/customer/contact-us?ref_=pe_cs).',
              'Meer informatie vindt u op onze [helppagina\'s](https://www.{mp}/gp/help/customer/display.html?ref_=pe_help).',
              'De actuele status van al uw bestellingen vindt u altijd in [Uw account](https://www.{mp}/gp/css/homepage.html?ref_=pe_ya).',
              'Hulp nodig? Onze [Klantenservice](https://www.{mp}/hz/contact-us?ref_=pe_cu) is dag en nacht bereikbaar.'],
        sign=['Met vriendelijke groet,\n{brand}', 'We hopen u snel weer te zien.\n{brand}',
              'Met vriendelijke groeten,\nKlantenservice {brand}', 'Bedankt voor uw begrip.\n{brand}'],
        footer=[
            ['Deze e-mail is verzonden vanaf een adres dat geen berichten kan ontvangen. Beantwoord deze e-mail daarom niet.',
             '{brand} vraagt u nooit per e-mail om persoonlijke gegevens zoals uw wachtwoord, creditcardnummer of bankgegevens. Ontvangt u een verdacht bericht dat van Amazon lijkt te komen? Open dan geen bijlagen, klik niet op links en [meld het bericht](https://www.{mp}/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV).'],
            ['Om veiligheidsredenen raden we u aan uw wachtwoord nergens anders te gebruiken en tweestapsverificatie in te schakelen via Inloggen & beveiliging.',
             'Betalingen worden pas verwerkt wanneer uw artikelen worden verzonden, tenzij anders vermeld op de productpagina.',
             'Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg, ingeschreven bij het RCS Luxemburg onder nummer B 101818.'],
            ['Dit bericht is automatisch gegenereerd. Twijfelt u of een e-mail echt van ons komt, controleer dan het Berichtencentrum in Uw account: alle berichten die wij u sturen, staan daar ook.',
             '©2025 Amazon.com, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden. Amazon, Amazon.nl en het Amazon.nl-logo zijn handelsmerken van Amazon.com, Inc. of gelieerde ondernemingen.'],
            ['{brand} zal u nooit vragen uw betaalgegevens via e-mail te bevestigen of te wijzigen, en stuurt u nooit een factuur voor een bestelling die u niet hebt geplaatst. Twijfelt u? Ga dan rechtstreeks naar {brand} in plaats van op een link te klikken.',
             'Deze e-mail werd verzonden door Amazon EU S.à r.l. Gelieve niet te antwoorden op deze e-mail.'],
        ]),
    'pt': dict(
        greet=['Olá, {f},', 'Olá {f},', 'Oi, {f}.', 'Olá, {f}.', 'Prezado(a) {f},'],
        title=['Pedido cancelado', 'Cancelamento do seu pedido', 'Seu pedido foi cancelado', 'Aviso de cancelamento'],
        after=['Nenhum valor foi cobrado por este pedido.',
               'Se algum valor já tiver sido cobrado, o estorno será feito na mesma forma de pagamento em até 7 dias úteis.',
               'Caso a compra tenha sido feita no cartão de crédito, o estorno pode aparecer em até duas faturas, conforme o prazo da operadora.',
               'Você não será cobrado pelos itens cancelados. Qualquer pré-autorização no seu cartão será liberada automaticamente.',
               'O valor pago será devolvido integralmente pelo mesmo meio de pagamento utilizado na compra.',
               'Não houve cobrança referente a este pedido.'],
        help=['Dúvidas? Acesse [Seus pedidos](https://www.amazon.com.br/gp/css/order-history?ref_=pe_yo) ou fale com o [Atendimento ao cliente](https://www.amazon.com.br/gp/help/customer/contact-us?ref_=pe_cs).',
              'Para mais informações, visite a nossa [Central de Ajuda](https://www.amazon.com.br/gp/help/customer/display.html?ref_=pe_help).',
              'Você pode acompanhar todos os seus pedidos em [Sua conta](https://www.amazon.com.br/gp/css/homepage.html?ref_=pe_ya).',
              'Precisa de ajuda? Nosso [atendimento](https://www.amazon.com.br/hz/contact-us?ref_=pe_cu) funciona 24 horas por dia.'],
        sign=['Atenciosamente,\nAmazon.com.br', 'Esperamos vê-lo(a) novamente em breve.\nAmazon.com.br',
              'Obrigado pela compreensão,\nEquipe Amazon.com.br', 'Um abraço,\nAmazon.com.br'],
        footer=[
            ['Este e-mail foi enviado de um endereço que não recebe mensagens. Por favor, não responda.',
             'A Amazon.com.br nunca solicita, por e-mail, SMS ou WhatsApp, a sua senha, o número do seu cartão ou o código de segurança. Se você receber uma mensagem suspeita em nome da Amazon, não clique em links e [denuncie a tentativa de phishing](https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV).'],
            ['Proteja sua conta: use uma senha exclusiva para a Amazon e ative a verificação em duas etapas em Login e segurança.',
             'As cobranças são feitas somente quando os itens são enviados, exceto para pagamentos via boleto ou Pix, que são confirmados antes do envio.',
             'Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, CEP 04543-011.'],
            ['Esta é uma mensagem automática. Na dúvida sobre a autenticidade de um e-mail, consulte a Central de mensagens em Sua conta: todas as mensagens que enviamos também ficam registradas lá.',
             '© 1996-2025, Amazon.com, Inc. ou suas afiliadas. Amazon, Amazon.com.br e o logotipo da Amazon são marcas registradas da Amazon.com, Inc. ou de suas afiliadas.'],
            ['Lembre-se: a Amazon nunca pedirá que você confirme dados de pagamento por e-mail nem enviará boletos de pedidos que você não fez. Em caso de dúvida, acesse o site digitando amazon.com.br diretamente no navegador.',
             'Amazon Serviços de Varejo do Brasil Ltda. — CNPJ 15.436.940/0001-03.'],
        ]),
    'pl': dict(
        greet=['Dzień dobry, {f},', 'Witaj {f},', 'Dzień dobry {f},', 'Witaj, {f}!', 'Dzień dobry,'],
        title=['Zamówienie anulowane', 'Anulowanie zamówienia', 'Twoje zamówienie zostało anulowane', 'Informacja o anulowaniu'],
        after=['Za to zamówienie nie pobrano żadnej opłaty.',
               'Jeśli kwota została już pobrana, zwrócimy ją na pierwotną metodę płatności w ciągu 3–5 dni roboczych.',
               'Nie zapłacisz za anulowane produkty. Ewentualna blokada środków na karcie zostanie automatycznie zwolniona.',
               'Zwrot środków powinien być widoczny na Twoim rachunku w ciągu kilku dni roboczych, w zależności od banku.',
               'Z Twojej metody płatności nie pobrano żadnej kwoty.',
               'Pełna kwota zostanie zwrócona przy użyciu metody płatności wybranej podczas składania zamówienia.'],
        help=['Masz pytania? Przejdź do sekcji [Twoje zamówienia](https://www.amazon.pl/gp/css/order-history?ref_=pe_yo) lub skontaktuj się z [Obsługą Klienta](https://www.amazon.pl/gp/help/customer/contact-us?ref_=pe_cs).',
              'Więcej informacji znajdziesz na naszych [stronach pomocy](https://www.amazon.pl/gp/help/customer/display.html?ref_=pe_help).',
              'Aktualny status wszystkich zamówień sprawdzisz w każdej chwili na stronie [Twoje konto](https://www.amazon.pl/gp/css/homepage.html?ref_=pe_ya).',
              'Potrzebujesz pomocy? [Obsługa Klienta](https://www.amazon.pl/hz/contact-us?ref_=pe_cu) jest dostępna przez całą dobę.'],
        sign=['Pozdrawiamy,\nAmazon.pl', 'Mamy nadzieję, że wkrótce znów nas odwiedzisz.\nAmazon.pl',
              'Z poważaniem,\nObsługa Klienta Amazon.pl', 'Dziękujemy za wyrozumiałość.\nAmazon.pl'],
        footer=[
            ['Ta wiadomość została wysłana z adresu, który nie odbiera poczty. Prosimy na nią nie odpowiadać.',
             'Amazon.pl nigdy nie prosi w wiadomości e-mail o podanie hasła, numeru karty ani danych logowania do banku. Jeśli otrzymasz podejrzaną wiadomość podszywającą się pod Amazon, nie klikaj linków i [zgłoś próbę phishingu](https://www.amazon.pl/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV).'],
            ['Dla bezpieczeństwa używaj na Amazon.pl unikalnego hasła i włącz weryfikację dwuetapową w ustawieniach Logowanie i bezpieczeństwo.',
             'Płatność jest pobierana dopiero w momencie wysyłki produktów, chyba że na stronie produktu podano inaczej.',
             'Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg, wpisana do RCS Luxembourg pod numerem B 101818.'],
            ['Wiadomość wygenerowana automatycznie. Jeśli nie masz pewności, czy e-mail pochodzi od nas, sprawdź Centrum wiadomości na swoim koncie — znajdziesz tam kopię każdej wiadomości, którą wysyłamy.',
             '© 2025 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.'],
            ['Pamiętaj: Amazon.pl nigdy nie poprosi Cię o potwierdzenie danych płatniczych przez e-mail ani nie wyśle faktury za zamówienie, którego nie składałeś. W razie wątpliwości wpisz adres amazon.pl bezpośrednio w przeglądarce.',
             'Nadawca: Amazon EU S.à r.l. Prosimy nie odpowiadać na tę wiadomość.'],
        ]),
}

DEFAULT_IH = {'nl': 'Geannuleerde artikelen', 'pt': 'Itens cancelados', 'pl': 'Anulowane produkty'}

_rot = {}


def rot(lang, key):
    """Deterministic rotation through a pool (avoids the same line twice in a row)."""
    k = (lang, key)
    pool = POOL[lang][key]
    i = _rot.get(k, rng.randrange(len(pool)))
    _rot[k] = (i + 1) % len(pool)
    return pool[i]


# --------------------------------------------------------------------------
# transport headers
# --------------------------------------------------------------------------

MTA = {'nl': ['mx.google.com', 'mx.ziggo.nl', 'smtp-in.kpnmail.nl', 'mx.xs4all.nl', 'OUTLOOK'],
       'pt': ['mx.google.com', 'mx.uol.com.br', 'mx.terra.com.br', 'OUTLOOK', 'mx.bol.com.br'],
       'pl': ['mx.google.com', 'mx.poczta.onet.pl', 'mx.wp.pl', 'OUTLOOK', 'mx.interia.pl']}


def ses_ip():
    return '54.240.%d.%d' % (rng.choice([3, 4, 7, 48, 51, 60]), rng.randint(2, 250))


def auth_results(lang, domain, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip=None):
    mta = rng.choice(MTA[lang])
    ip = ip or ses_ip()
    mailfrom = mailfrom or ('%s@%s' % (hexs(24), 'eu-west-1.amazonses.com' if lang != 'pt' else 'amazonses.com'))
    mfdom = mailfrom.split('@')[1]
    if mta == 'OUTLOOK':
        return ('spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;'
                'dmarc=%s action=none header.from=%s;compauth=%s reason=%s'
                % (spf, ip, mfdom, dkim, domain, dmarc, domain,
                   'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))
    sel = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(32))
    return ('%s;\n       dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s;\n       '
            'spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       '
            'dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s'
            % (mta, dkim, domain, domain, sel, b64s(8), spf, mta, mailfrom, ip, mailfrom,
               dmarc, 'QUARANTINE' if 'amazon' in domain else 'NONE', 'QUARANTINE' if 'amazon' in domain else 'NONE',
               domain))


def dkim_sig(domain, t):
    b = b64s(172)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t'
            'h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s'
            % (''.join(rng.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(32)), domain, t,
               b64s(42), '\n\t'.join(b[i:i + 64] for i in range(0, len(b), 64))))


def received_ses(lang, mta_host, d):
    ip = ses_ip()
    host = 'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3],
                                                 'eu-west-1' if lang != 'pt' else 'us-east-1')
    return ('from %s (%s [%s]) by %s with ESMTPS id %s for <%%s>; %s'
            % (host, host, ip, mta_host, hexs(10), format_datetime(d + datetime.timedelta(seconds=rng.randint(1, 9)))))


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------

LEGACY = {'nl': 'iso-8859-1', 'pt': 'iso-8859-1', 'pl': 'iso-8859-2'}
ASCII_MAP = {'€': 'EUR', '–': '-', '—': '-', '„': '"', '”': '"', '“': '"', '’': "'", '‘': "'",
             '…': '...', '•': '*', '·': '-', '\u00a0': ' ', '✓': '*'}


def fit(text, cs, is_html):
    if cs == 'utf-8':
        return text
    if is_html:
        return text.encode(cs, 'xmlcharrefreplace').decode(cs)
    for a, b in ASCII_MAP.items():
        text = text.replace(a, b)
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize('NFKD', ch)[0]
            out.append({'©': '(c)', '°': ' st.'}.get(ch, base if base.isascii() else '?'))
    return ''.join(out)


def text_part(text, subtype, cs, cte):
    ch = cmod.Charset(cs)
    ch.body_encoding = {'qp': cmod.QP, 'b64': cmod.BASE64, '8bit': None}[cte]
    if cte == '8bit' and cs == 'utf-8':
        ch.body_encoding = None
    return MIMEText(fit(text, cs, subtype == 'html'), subtype, ch)


def fold_ascii(name, value, width=78):
    """Fold an unstructured/structured ASCII header value at whitespace."""
    out, line = [], name + ': '
    first = True
    for word in value.split(' '):
        if not first and len(line) + 1 + len(word) > width:
            out.append(line)
            line = ' ' + word
        else:
            line = line + ('' if first else ' ') + word
        first = False
    out.append(line)
    return '\n'.join(out)[len(name) + 2:]


def hdr(value, cs, name='Subject'):
    try:
        value.encode('ascii')
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        hc = cs
        try:
            value.encode(hc)
        except UnicodeEncodeError:
            hc = 'utf-8'
        return Header(value, hc, header_name=name).encode(maxlinelen=76)


def addr(pair, cs):
    name, a = pair
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        hc = cs
        try:
            name.encode(hc)
        except UnicodeEncodeError:
            hc = 'utf-8'
        return formataddr((name, a), charset=hc)


def build(m):
    cs, cte = m['cs'], m['cte']
    text, html = m.get('text'), m.get('html')
    boundary = m.get('boundary') or '----=_Part_%d_%d.%d' % (rng.randint(1000000, 99999999),
                                                              rng.randint(100000000, 2147483647),
                                                              int(m['date'].timestamp() * 1000))
    if text and html:
        msg = MIMEMultipart('alternative', boundary=boundary)
        # the plain alternative is sometimes in a different transfer encoding
        msg.attach(text_part(text, 'plain', cs, m.get('cte_text', cte)))
        msg.attach(text_part(html, 'html', cs, cte))
    elif html:
        msg = text_part(html, 'html', cs, cte)
    else:
        msg = text_part(text, 'plain', cs, cte)
    body_hdrs = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in body_hdrs):
        del msg[k]
    nofold = ('Message-ID', 'Feedback-ID', 'In-Reply-To', 'Return-Path', 'References')
    for k, v in m['headers']:
        msg[k] = v if ('\n' in v or k in nofold) else fold_ascii(k, v)
    msg['From'] = addr(m['from'], cs)
    if m.get('reply_to'):
        msg['Reply-To'] = m['reply_to']
    msg['To'] = addr(m['to'], cs)
    msg['Subject'] = hdr(m['subject'], cs)
    msg['Date'] = format_datetime(m['date'])
    msg['Message-ID'] = m['msgid']
    for k, v in m.get('post_headers', []):
        msg[k] = v if ('\n' in v or k in nofold) else fold_ascii(k, v)
    for k, v in body_hdrs:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue().replace(b'\r\n', b'\n')


# ==========================================================================
# DATA
#   Amazon-template mails: dict with
#     k kind, c cause, sr states_reason, mp marketplace, snd sender local part,
#     to recipient index, subj, lay (A/B/C html, P1/P2 plain), auth (bool),
#     title, paras, items [(name, qty, unit price[, seller])], ih items heading,
#     kept (items that remain), after (refund lines; pool if absent), note
#   ('thread', earlier_mail, cancellation) pairs share one order number.
#   Raw mails (other senders, friends, phishing): kind 'raw'.
#   Placeholders: {oid} order no., {f} first name, {mp} domain, {brand},
#     {d1} a few days earlier, {d2} a few days later, {d3} ~4 weeks later.
# ==========================================================================

NL_TO = [('Sanne de Vries', 'sanne.devries@ziggo.nl'), ('Bram Jansen', 'bram.jansen84@gmail.com'),
         ('Lotte Bakker', 'lotte.bakker@kpnmail.nl'), ('Daan Visser', 'd.visser@xs4all.nl'),
         ('Femke Smit', 'femkesmit@hotmail.com'), ('Joris Mertens', 'joris.mertens@telenet.be'),
         ('Eline Peeters', 'eline.peeters@skynet.be'), ('Ruben van Dijk', 'rubenvandijk@outlook.com'),
         ('Noor Hendriks', 'noor.hendriks@gmail.com'), ('Thijs Mulder', 'thijs@muldermail.nl'),
         ('Anouk de Boer', 'anoukdeboer@planet.nl'), ('Wout Claes', 'wout.claes@proximus.be'),
         ('Marieke Bos', 'marieke.bos@ziggo.nl'), ('Jeroen Dekker', 'jeroen.dekker@gmail.com'),
         ('Iris van Leeuwen', 'iris.vanleeuwen@live.nl'), ('Sem Vermeulen', 'sem.vermeulen@telenet.be'),
         ('Lieke Willems', 'lieke.willems@gmail.com'), ('Koen Janssens', 'koen.janssens@hotmail.be'),
         ('Esther Kok', 'esther.kok@upcmail.nl'), ('Pieter Maes', 'pieter.maes@gmail.com'),
         ('Roos Verhoeven', 'roosverhoeven@icloud.com'), ('Mila Jacobs', 'mila.jacobs@kpnplanet.nl')]

NL = [
    # ---------------- inventory_shortage ----------------
    dict(k='notice', c='inventory_shortage', sr=True, mp='amazon.nl', snd='order-update', to=0, lay='A', auth=True,
         subj='Een artikel uit uw Amazon.nl-bestelling {oid} is geannuleerd', title='Artikel geannuleerd',
         paras=['We moeten u helaas laten weten dat we het onderstaande artikel uit uw bestelling hebben geannuleerd. Het is uitverkocht en we verwachten het niet opnieuw op voorraad te krijgen.'],
         items=[('Philips Airfryer XXL HD9650/90, 7,3 l, zwart', 1, 189.99, 'Amazon EU S.à r.l.')],
         kept=[('Philips airfryer-accessoireset HD9952/00 (bakvorm en grillrooster)', 1, 29.99)],
         after=['Voor het geannuleerde artikel brengen we niets in rekening. De overige artikelen uit deze bestelling versturen we zoals gepland; u krijgt bericht zodra ze onderweg zijn.'],
         note='sold out, partial, other item still ships'),
    dict(k='notice', c='inventory_shortage', sr=True, mp='amazon.nl', snd='auto-confirm', to=1, lay='P1', auth=False,
         subj='Uw Amazon.nl-bestelling {oid} is geannuleerd',
         paras=['Onze leverancier heeft ons laten weten dat hij de LEGO Icons Bonsaiboom niet meer kan leveren. Omdat we het artikel ook niet op een andere manier konden inkopen, is uw bestelling geannuleerd.',
                'Het spijt ons dat het zo gelopen is. Wilt u een melding ontvangen zodra het artikel weer leverbaar is, klik dan op de productpagina op "Houd mij op de hoogte".'],
         items=[('LEGO 10281 Icons Bonsaiboom, bouwset voor volwassenen', 1, 44.99)],
         after=['Er is geen bedrag van uw rekening afgeschreven. Ziet u toch een reservering op uw creditcard, dan verdwijnt die binnen enkele werkdagen vanzelf.'],
         note='supplier cannot deliver, reason first'),
    dict(k='notice', c='inventory_shortage', sr=True, mp='amazon.com.be', snd='order-update', to=5, lay='C', auth=True,
         subj='Uw pre-order bij Amazon.com.be werd geannuleerd', title='Pre-order geannuleerd',
         paras=["U had bij ons de Collector's Edition van \"Assassin's Creed Shadows\" voor PlayStation 5 gereserveerd. De uitgever heeft ons veel minder exemplaren toegewezen dan aangekondigd, zodat we niet alle pre-orders kunnen uitleveren.",
                'Uw reservering hoort helaas bij de bestellingen die we daardoor moesten annuleren. De standaardeditie is wel nog te bestellen, mocht u daar interesse in hebben.'],
         items=[("Assassin's Creed Shadows - Collector's Edition (PS5)", 1, 229.99)],
         after=['Pre-orders worden pas afgerekend op het moment van verzending. U hebt dus niets betaald.'],
         note='pre-order cannot be filled, Belgian Dutch'),
    ('thread',
     dict(k='non_notice', mp='amazon.nl', snd='order-update', to=16, lay='B', auth=True,
          subj='Vertraging bij uw bestelling {oid}', title='Uw bestelling is vertraagd',
          paras=['Het spijt ons, maar we hebben moeite om het volgende artikel bij onze leverancier te verkrijgen. De leverancier kan op dit moment geen nieuwe leverdatum noemen.',
                 'We blijven ons best doen en houden u op de hoogte. Wilt u liever niet wachten? Dan kunt u het artikel kosteloos annuleren via Uw bestellingen.'],
          ih='Vertraagd artikel', tl='Totaal',
          items=[('Sony WH-1000XM5 draadloze koptelefoon met noise cancelling, zilver', 1, 329.00)],
          after=['Er wordt pas iets in rekening gebracht wanneer het artikel wordt verzonden.'],
          note='thread'),
     dict(k='notice', c='inventory_shortage', sr=False, mp='amazon.nl', snd='order-update', to=16, lay='B', auth=False,
          subj='Uw bestelling {oid} is geannuleerd', title='Bestelling geannuleerd',
          paras=['Hierbij laten we u weten dat de volgende bestelling is geannuleerd.'],
          items=[('Sony WH-1000XM5 draadloze koptelefoon met noise cancelling, zilver', 1, 329.00)],
          after=['U hoeft verder niets te doen. Er is niets van uw rekening afgeschreven.'],
          note='thread: cause from earlier mail')),
    # ---------------- payment_issue ----------------
    dict(k='notice', c='payment_issue', sr=True, mp='amazon.nl', snd='payments-messages', to=2, lay='A', auth=True,
         subj='Uw bestelling {oid} is geannuleerd', title='Bestelling geannuleerd',
         paras=['Uw bestelling is geannuleerd.',
                '**Reden:** de bank die uw Mastercard heeft uitgegeven, heeft de betaling geweigerd.',
                'Dat hoeft niet te betekenen dat er iets mis is met uw kaart; banken weigeren transacties soms om uiteenlopende redenen. Neem voor meer informatie contact op met uw bank. Wilt u de artikelen toch hebben, plaats dan een nieuwe bestelling met een andere betaalmethode.'],
         items=[('Nespresso Vertuo Next koffiemachine van Krups, mat zwart', 1, 99.00),
                ('Nespresso Vertuo capsules Melozio, 10 x 10 stuks', 1, 62.00)],
         after=['Omdat de betaling niet is gelukt, is er ook niets afgeschreven.'],
         note='labelled reason line: card declined'),
    dict(k='notice', c='payment_issue', sr=True, mp='amazon.nl', snd='payments-update', to=3, lay='P2', auth=False,
         subj='Bestelling {oid} geannuleerd: betaalgegevens niet op tijd bijgewerkt',
         paras=['Op {d1} hebben we u gevraagd de betaalgegevens voor deze bestelling bij te werken, omdat de Visa-kaart eindigend op 4417 inmiddels verlopen is. Omdat we vóór de gestelde termijn geen nieuwe betaalmethode hebben ontvangen, is de bestelling nu automatisch geannuleerd.',
                'Wilt u voorkomen dat dit nog eens gebeurt? Houd de vervaldatum van uw kaarten actueel onder Uw betalingen.'],
         items=[('Garmin Forerunner 265 GPS-hardloophorloge, zwart', 1, 349.99)],
         note='expired card, payment revision deadline missed'),
    dict(k='notice', c='payment_issue', sr=True, mp='amazon.nl', snd='payments-messages', to=4, lay='C', auth=False,
         subj='Betaling niet gelukt – bestelling {oid} geannuleerd', title='We konden uw betaling niet afronden',
         paras=['Het resterende tegoed op uw Amazon.nl-cadeaubon (€ 12,40) was niet genoeg om deze bestelling volledig te betalen, en er was geen tweede betaalmethode gekoppeld om het verschil aan te vullen.',
                'Daardoor konden we de betaling niet afronden en is de bestelling geannuleerd.'],
         items=[('Kobo Clara BW e-reader, 6 inch, zwart', 1, 149.99)],
         after=['Uw cadeaubontegoed is niet aangesproken en staat nog volledig op uw account.'],
         note='insufficient gift card balance'),
    ('thread',
     dict(k='non_notice', mp='amazon.nl', snd='payments-messages', to=7, lay='P1', auth=False,
          subj='Actie vereist: werk de betaalgegevens voor bestelling {oid} bij',
          paras=['We konden de betaling voor uw bestelling met de creditcard eindigend op 0932 niet verwerken.',
                 'Werk uw betaalgegevens binnen drie dagen bij via [Uw bestellingen](https://www.amazon.nl/gp/css/order-history?ref_=pe_pay). Lukt dat niet, dan moeten we de bestelling annuleren.',
                 'Zodra de betaling is gelukt, verzenden we uw artikelen zo snel mogelijk.'],
          ih='Artikelen in deze bestelling',
          items=[('Dyson V8 Absolute snoerloze steelstofzuiger', 1, 349.00)], after=[],
          note='thread'),
     dict(k='notice', c='payment_issue', sr=False, mp='amazon.nl', snd='order-update', to=7, lay='P2', auth=True,
          subj='Bestelling {oid} geannuleerd',
          paras=['Uw bestelling {oid} is geannuleerd. Hieronder ziet u om welke artikelen het gaat.'],
          items=[('Dyson V8 Absolute snoerloze steelstofzuiger', 1, 349.00)],
          after=['Voor deze bestelling is niets in rekening gebracht.'],
          note='thread: cause from earlier mail')),
    # ---------------- technical_issue ----------------
    dict(k='notice', c='technical_issue', sr=True, mp='amazon.nl', snd='order-update', to=8, lay='B', auth=True,
         subj='Annulering van uw bestelling {oid}', title='Uw bestelling is geannuleerd',
         paras=['Door een fout werd het onderstaande artikel op Amazon.nl met een onjuiste prijs getoond: € 4,99 in plaats van € 49,99. Uw bestelling is tegen die foutieve prijs geplaatst, en daarom hebben we besloten haar te annuleren.',
                'Onze excuses voor het ongemak. Het artikel staat inmiddels met de juiste prijs in de winkel.'],
         items=[("Bosch Professional accuboormachine GSR 12V-15 met 2 accu's en koffer", 1, 4.99)],
         note='pricing error'),
    dict(k='notice', c='technical_issue', sr=True, mp='amazon.com.be', snd='order-update', to=11, lay='P2', auth=False,
         subj='Uw bestelling bij Amazon.com.be werd geannuleerd',
         paras=['Dit is geen probleem met uw betaling of met uw account. Bij de verwerking van uw bestelling is er in onze systemen iets misgelopen, waardoor we ze niet correct konden afhandelen.',
                'We hebben de bestelling daarom geannuleerd. U kunt de artikelen gewoon opnieuw bestellen; de prijzen en levertermijnen op de productpagina blijven geldig.'],
         items=[('Ravensburger puzzel De Nachtwacht, 1000 stukjes', 1, 17.99), ('Jumbo Rummikub Original Classic', 1, 27.99)],
         note='denies payment/account problem, system error'),
    dict(k='notice', c='technical_issue', sr=True, mp='amazon.nl', snd='marketplace-messages', to=9, lay='A', auth=True,
         subj='De verkoper heeft uw bestelling {oid} geannuleerd', title='Bestelling geannuleerd door de verkoper',
         paras=['De verkoper, HomeStyle Benelux, heeft uw bestelling geannuleerd.',
                'Volgens de verkoper klopte de productvermelding niet: op de pagina stond een set van vier eetkamerstoelen, terwijl de vermelde prijs maar voor één stoel gold. De verkoper heeft de vermelding intussen laten corrigeren.'],
         items=[('Set van 4 eetkamerstoelen, fluweel, zwarte metalen poten, groen', 1, 79.95, 'HomeStyle Benelux')],
         after=['Hebt u al betaald, dan wordt het bedrag binnen 2 werkdagen teruggestort op uw oorspronkelijke betaalmethode.'],
         note='seller cancelled, listing error'),
    # ---------------- fraud_prevention ----------------
    dict(k='notice', c='fraud_prevention', sr=True, mp='amazon.nl', snd='no-reply', to=10, lay='C', auth=False,
         subj='Uw bestelling is geannuleerd en uw account is tijdelijk vergrendeld', title='Uw account is tijdelijk vergrendeld',
         paras=['We hebben ongebruikelijke activiteit op uw Amazon.nl-account opgemerkt. Om u te beschermen hebben we uw account tijdelijk vergrendeld en de openstaande bestelling {oid} geannuleerd.',
                'Om weer toegang te krijgen, meldt u zich aan op Amazon.nl en volgt u de aanwijzingen op het scherm. Gebruik daarvoor altijd de Amazon-app of typ het webadres zelf in uw browser.'],
         items=[('Apple iPad Air 11 inch (M2), wifi, 256 GB, spacegrijs', 1, 869.00), ('Apple Pencil Pro', 1, 149.00)],
         note='unusual activity, account locked'),
    dict(k='notice', c='fraud_prevention', sr=True, mp='amazon.com.be', snd='order-update', to=15, lay='P1', auth=True,
         subj='Bestelling {oid} geannuleerd',
         paras=['Uw bestelling werd bij een routinecontrole aangemerkt voor een bijkomend veiligheidsonderzoek. Na dat onderzoek hebben we beslist ze niet uit te voeren, en ze werd bijgevolg geannuleerd.',
                'Om veiligheidsredenen kunnen we geen verdere details over deze controle geven.'],
         items=[('Samsung Galaxy S24 Ultra, 512 GB, Titanium Black', 1, 1299.00)],
         note='flagged by security review, Belgian Dutch'),
    dict(k='notice', c='fraud_prevention', sr=True, mp='amazon.nl', snd='cs-reply', to=12, lay='B', auth=False,
         subj='Informatie over uw bestelling {oid}', title='Uw bestelling is geannuleerd',
         paras=['Amazon heeft besloten uw bestelling te annuleren.',
                'Er is niets mis met de betaalmethode zelf, maar we konden niet vaststellen dat de bestelling echt door de houder van het account is geplaatst. Op ons verzoek om uw identiteit te bevestigen, hebben we binnen de gestelde termijn geen reactie ontvangen.'],
         items=[('Nintendo Switch OLED-model, wit', 1, 319.00), ('Nintendo eShop-tegoed 50 EUR (digitale code)', 2, 50.00)],
         note='identity not verified; denies payment problem'),
    # ---------------- customer_request ----------------
    dict(k='notice', c='customer_request', sr=True, mp='amazon.nl', snd='auto-confirm', to=13, lay='P2', auth=True,
         subj='Annulering gelukt: "Tefal Ingenio Emotion pannenset, 13-delig" uit bestelling {oid}',
         paras=['Zoals u hebt gevraagd, hebben we het volgende artikel uit uw bestelling geannuleerd.'],
         items=[('Tefal Ingenio Emotion pannenset, 13-delig, rvs', 1, 169.99)],
         after=['Eventuele andere artikelen in deze bestelling blijven ongewijzigd. Voor het geannuleerde artikel is niets afgeschreven.'],
         note='successful cancellation at customer request'),
    dict(k='notice', c='customer_request', sr=True, mp='amazon.com.be', snd='auto-confirm', to=17, lay='A', auth=False,
         subj='Gedeeltelijke annulering van uw Amazon.com.be-bestelling {oid}', title='Gedeeltelijke annulering',
         paras=['Een of meer artikelen uit uw bestelling werden geannuleerd.', '**Reden van annulering:** geannuleerd door de klant'],
         items=[('Stabilo Boss Original markeerstiften, set van 10', 1, 12.49)],
         kept=[('Leitz 180° ordner A4, rugbreedte 8 cm, blauw, 5 stuks', 1, 24.95)],
         note='labelled: cancelled by customer, partial'),
    dict(k='notice', c='customer_request', sr=True, mp='amazon.nl', snd='order-update', to=14, lay='P1', auth=True,
         subj='Uw annuleringsverzoek voor bestelling {oid} is verwerkt',
         paras=['We hebben uw verzoek om deze bestelling te annuleren ontvangen en verwerkt. De bestelling is niet langer actief en wordt niet verzonden.'],
         items=[('Rituals The Ritual of Sakura geschenkset, large', 1, 49.90)],
         note='cancellation request processed'),
    # ---------------- unknown ----------------
    dict(k='notice', c='unknown', sr=False, mp='amazon.nl', snd='order-update', to=18, lay='B', auth=True,
         subj='Uw bestelling #{oid} is geannuleerd', title='Bestelling geannuleerd',
         paras=['Uw bestelling #{oid} is geannuleerd.'],
         items=[('Douwe Egberts Aroma Rood filterkoffie, 6 x 500 g', 1, 39.54)],
         note='no reason'),
    dict(k='notice', c='unknown', sr=False, mp='amazon.nl', snd='auto-confirm', to=20, lay='P1', auth=False,
         subj='Artikel geannuleerd: "JBL Flip 6 draagbare bluetooth-speaker, blauw"',
         paras=['Het volgende artikel is uit uw bestelling geannuleerd:'],
         items=[('JBL Flip 6 draagbare bluetooth-speaker, blauw', 1, 119.00)],
         kept=[('Anker PowerCore 10000 powerbank, zwart', 1, 25.99)],
         note='no reason, partial'),
    dict(k='notice', c='unknown', sr=False, mp='amazon.com.be', snd='order-update', to=19, lay='A', auth=False,
         subj='Bevestiging van de annulering van uw bestelling {oid}', title='Annuleringsbevestiging',
         paras=['We bevestigen dat onderstaande bestelling geannuleerd werd.',
                'Wenst u de artikelen toch nog te ontvangen, dan kunt u ze op elk moment opnieuw bestellen.'],
         items=[("De'Longhi Magnifica S ECAM 22.110.B volautomatische espressomachine", 1, 299.00)],
         note='no reason, Belgian Dutch'),
    dict(k='notice', c='unknown', sr=True, mp='amazon.nl', snd='order-update', to=21, lay='P2', auth=True,
         subj='Bestelling {oid} geannuleerd: bezorgadres niet gevonden',
         paras=['We kunnen niet bezorgen op het adres dat u bij deze bestelling hebt opgegeven: volgens onze vervoerder bestaat huisnummer 214 niet in de Van Hogendorpstraat in Leiden.',
                'In plaats van het pakket naar een onjuist adres te sturen, hebben we de bestelling geannuleerd. Controleer uw adresboek voordat u opnieuw bestelt.'],
         items=[('Philips Hue White and Color Ambiance Lightstrip Plus, 2 m', 1, 79.99)],
         note='undeliverable address'),
    dict(k='notice', c='unknown', sr=True, mp='amazon.nl', snd='order-update', to=6, lay='C', auth=False,
         subj='Een artikel uit uw bestelling {oid} is geannuleerd', title='Artikel kan niet worden verzonden',
         paras=['Het onderstaande artikel bevat een lithium-ionaccu. Vanwege vervoersregels mogen we het niet naar uw bezorgadres op Curaçao verzenden, en daarom hebben we het uit uw bestelling geannuleerd.'],
         items=[("Makita DHP485RTJ accuklopboormachine 18 V met 2 accu's 5,0 Ah", 1, 329.00)],
         kept=[('Makita B-49373 bit- en borenset, 75-delig', 1, 24.99)],
         note='cannot ship to destination'),
    # ---------------- non_notice ----------------
    dict(k='non_notice', mp='amazon.com.be', snd='shipment-tracking', to=5, lay='A', auth=True,
         subj='Uw bestelling bij Amazon.com.be van "Moulinex Easy Fry & Grill XXL" werd verzonden', title='Verzendbevestiging',
         paras=['Goed nieuws: uw pakket is onderweg. Uw bestelling kan niet meer gewijzigd of geannuleerd worden. Wilt u een artikel terugsturen, ga dan naar Uw bestellingen.',
                'Verwachte levering: **{d2}**', 'Vervoerder: bpost, trackingnummer 323299401234567890.'],
         ih='Verzonden artikelen', tl='Totaal',
         items=[('Moulinex Easy Fry & Grill XXL EZ8018, 6,5 l, 8 programma\'s', 1, 129.99)],
         after=['Betaald met Bancontact: € 129,99'], note='shipping confirmation'),
    dict(k='non_notice', mp='amazon.nl', snd='digital-no-reply', to=0, lay='C', auth=False, oid=None,
         subj='Uw Amazon Prime-lidmaatschap is opgezegd', title='Uw Prime-lidmaatschap loopt af op {d3}',
         paras=['U hebt uw Amazon Prime-lidmaatschap opgezegd. Tot en met {d3} kunt u nog gebruikmaken van gratis verzending, Prime Video en Prime Gaming.',
                'Daarna wordt er niets meer van uw betaalmethode afgeschreven. Van gedachten veranderd? U kunt uw lidmaatschap op elk moment opnieuw activeren via [Uw Prime-lidmaatschap](https://www.amazon.nl/gp/primecentral?ref_=pe_pc).'],
         items=[], after=[], note='Prime membership cancelled'),
    dict(k='non_notice', mp='amazon.nl', snd='return', to=3, lay='P1', auth=True,
         subj='Uw terugbetaling voor bestelling {oid}',
         paras=['We hebben uw retourzending ontvangen en een terugbetaling van **€ 64,99** verwerkt voor het onderstaande artikel.',
                'Het bedrag wordt teruggestort op de Visa-kaart eindigend op 7781. Afhankelijk van uw bank kan het 3 tot 5 werkdagen duren voordat u het op uw afschrift ziet.'],
         ih='Geretourneerd artikel', items=[('Philips Sonicare ProtectiveClean 4300 elektrische tandenborstel', 1, 64.99)],
         after=[], note='return refund confirmation'),
]


def tz(h):
    return datetime.timezone(datetime.timedelta(hours=h))


def phish_html(title, paras, button=None, foot=(), logo='amazon', lang='nl', color='#FF9900'):
    """Amazon look-alike HTML as phishers build it: copied colours, one big button."""
    ps = '\n'.join('<p style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111;line-height:20px">%s</p>'
                   % md_html(p) for p in paras)
    btn = ''
    if button:
        btn = ('<p style="margin:22px 0"><a href="%s" style="background:%s;color:#111;padding:11px 26px;'
               'border-radius:3px;font-family:Arial,sans-serif;font-size:14px;text-decoration:none;font-weight:bold">%s</a></p>'
               % (button[1], color, htmlmod.escape(button[0])))
    fs = '<br>\n'.join(md_html(f) for f in foot)
    return '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>
<body style="background:#f3f3f3;margin:0;padding:20px 0">
<center>
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #ddd">
<tr><td style="background:#131921;padding:12px 20px"><span style="font-family:Arial Black,Arial,sans-serif;font-size:24px;color:#ffffff">%s</span><span style="color:%s;font-size:24px">&#8594;</span></td></tr>
<tr><td style="padding:22px 26px">
<h2 style="font-family:Arial,sans-serif;font-size:20px;color:#c45500;margin:0 0 12px 0">%s</h2>
%s
%s
</td></tr>
<tr><td style="padding:14px 26px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;color:#777">%s</td></tr>
</table>
</center>
</body></html>
''' % (htmlmod.escape(title), logo, color, htmlmod.escape(title), ps, btn, fs)


NL_RAW = [
    dict(k='raw', kind='non_notice', frm=('bol.com', 'noreply@bol.com'), to=8, auth=dict(d='bol.com'),
         subj='Je bestelling 4012836645 is geannuleerd', note='other retailer (bol.com) cancellation',
         text='''Hoi Noor,

We hebben je bestelling met bestelnummer 4012836645 geannuleerd, omdat de verkoper het artikel helaas niet meer kan leveren.

Geannuleerd artikel
  Philips Sonicare DiamondClean 9000 elektrische tandenborstel - wit
  1 stuk - € 179,99
  Verkoper: Tandzorg Online

Heb je al betaald? Dan krijg je het bedrag binnen 2 werkdagen terug op je rekening. Betaalde je achteraf? Dan hoef je niets te doen.

Zoek je een alternatief? Bekijk vergelijkbare artikelen op bol.com.

Groetjes,
bol.com

Dit is een automatisch verstuurde e-mail, je kunt er niet op antwoorden. Vragen? Kijk op https://www.bol.com/nl/klantenservice/
bol.com b.v. | Papendorpseweg 100 | 3528 BJ Utrecht
''',
         html='''<html><body style="font-family:'Open Sans',Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#0000a4;padding:16px"><img src="https://www.bol.com/nl/upload/images/logos/bol-logo-white.png" alt="bol.com" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hoi Noor,</p>
<p>We hebben je bestelling met bestelnummer <b>4012836645</b> geannuleerd, omdat de verkoper het artikel helaas niet meer kan leveren.</p>
<table style="border:1px solid #e6e6e6;width:100%"><tr><td style="padding:12px"><b>Philips Sonicare DiamondClean 9000 elektrische tandenborstel - wit</b><br>1 stuk &middot; &euro; 179,99<br><span style="color:#666">Verkoper: Tandzorg Online</span></td></tr></table>
<p>Heb je al betaald? Dan krijg je het bedrag binnen 2 werkdagen terug op je rekening. Betaalde je achteraf? Dan hoef je niets te doen.</p>
<p><a href="https://www.bol.com/nl/s/?searchtext=sonicare">Bekijk vergelijkbare artikelen</a></p>
<p>Groetjes,<br>bol.com</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Dit is een automatisch verstuurde e-mail. Vragen? <a href="https://www.bol.com/nl/klantenservice/">Klantenservice</a><br>bol.com b.v. | Papendorpseweg 100 | 3528 BJ Utrecht</td></tr></table>
</body></html>
'''),
    dict(k='raw', kind='non_notice', frm=('Jeroen Dekker', 'jeroen.dekker@gmail.com'), to=12,
         auth=dict(d='gmail.com', mf='jeroen.dekker@gmail.com'), date=(2024, 5, 15, 9, 41, 2),
         subj='Re: cadeau voor pa', note='friend says he cancelled his Amazon order',
         xh=[('In-Reply-To', '<a81f2c7e-55d0-4e0b-9b7e-2f1c3d9e8a10@ziggo.nl>')],
         text='''Hoi Marieke,

Even een update: ik heb mijn Amazon-bestelling van die Weber-barbecue net geannuleerd. Hij zou pas half juni geleverd worden en dan zijn we te laat voor pa z'n verjaardag. Ik heb hem nu bij Coolblue besteld, die bezorgen donderdag al.

Kun jij jouw helft (€ 112,50) overmaken? Ik stuur je zo een Tikkie.

Groetjes,
Jeroen

Op di 14 mei 2024 om 20:13 schreef Marieke Bos <marieke.bos@ziggo.nl>:
> Zullen we samen die Weber Spirit doen? Ik zag hem op Amazon voor 225 euro.
> Liefs, M.
'''),
    # ---------------- lookalikes ----------------
    dict(k='raw', kind='lookalike', c='payment_issue', sr=True,
         frm=('Amazon Klantenservice', 'service@amazon-nl-bestellingen.com'), to=2,
         auth=dict(d='amazon-nl-bestellingen.com', ip='185.234.72.19'),
         subj='Uw bestelling #402-7719284-5531207 is geannuleerd - neem direct contact op',
         note='look-alike domain, callback phone number',
         text='''Beste klant,

Uw bestelling #402-7719284-5531207 is geannuleerd omdat de betaling niet kon worden verwerkt.

Artikel: Apple iPhone 15 Pro Max 256GB - Natuurlijk titanium
Bedrag: € 1.329,00

Heeft u deze bestelling niet geplaatst, of wilt u de betaling herstellen? Bel dan binnen 24 uur onze afdeling Betalingen op 085 208 19 45 (gratis, ma-zo 8:00-22:00).
Houd uw bankpas en de app van uw bank bij de hand, zodat een medewerker de terugboeking direct voor u kan regelen.

Let op: als u niet binnen 24 uur belt, wordt het bedrag alsnog afgeschreven.

Met vriendelijke groet,
Amazon.nl Klantenservice

Amazon EU S.a r.l. | Dit is een automatisch bericht.
'''),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('\u0410mazon.nl', 'amazon.nl.orders@outlook.com'), to=9, reply_to='amazon.verificatie@proton.me',
         auth=dict(d='outlook.com', mf='amazon.nl.orders@outlook.com', ip='40.92.66.31'),
         subj='Account opgeschort – bestelling geannuleerd (ref. 40-33981-12)',
         note='Cyrillic A in display name, free-mail sender, asks to reply with card details, malformed order no.',
         text='''Geachte klant,

Door verdachte activiteit is uw Amazon account tijdelijk opgeschort en is uw laatste bestelling (ref. 40-33981-12) geannuleerd.

Om uw account te herstellen moeten wij uw gegevens controleren. Beantwoord deze e-mail met de volgende informatie:

- Volledige naam
- Kaartnummer
- Vervaldatum
- CVC-code (3 cijfers achterop de kaart)
- Geboortedatum

Na controle wordt uw account binnen 2 uur weer geactiveerd en ontvangt u het bedrag van de geannuleerde bestelling terug.

Als wij binnen 48 uur geen reactie ontvangen, wordt uw account permanent gesloten.

Amazon Beveiligingsteam
'''),
    dict(k='raw', kind='lookalike', c='inventory_shortage', sr=True,
         frm=('Amazon.nl', 'no-reply@amazon-refund-nl.info'), to=4,
         auth='spf=pass smtp.mailfrom=amazon-refund-nl.info; dkim=none; dmarc=none header.from=amazon-refund-nl.info',
         subj='Uw bestelling 171-4402981-6620345 is geannuleerd: terugbetaling klaarzetten',
         note='link text shows amazon.nl, href elsewhere',
         html=phish_html('Bestelling geannuleerd', [
             'Beste klant,',
             'Helaas is het artikel in uw bestelling **171-4402981-6620345** niet meer op voorraad. Uw bestelling is daarom geannuleerd.',
             'Artikel: Samsung Galaxy Tab S9 FE 128GB Wi-Fi, grijs – € 279,00',
             'Om uw terugbetaling van **€ 279,00** te ontvangen, moet u binnen 48 uur uw bankgegevens bevestigen via Uw bestellingen:',
             '[https://www.amazon.nl/gp/css/order-history](http://amazon-nl.orderherstel-center.com/login.php?id=nl77201)'],
             button=('Terugbetaling aanvragen', 'http://amazon-nl.orderherstel-center.com/refund/?c=nl77201'),
             foot=['Amazon.nl vraagt u nooit om uw wachtwoord per e-mail.', '© 2025 Amazon.com, Inc. of gelieerde ondernemingen.'])),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('Amazon Support', 'amazon.support.nl@gmail.com'), to=13,
         auth=dict(d='gmail.com', mf='amazon.support.nl@gmail.com', ip='209.85.221.47'),
         subj='Belangrijk: uw account is opgeschort en uw bestelling geannuleerd',
         note='free-mail sender, recovery code, malformed order no.',
         text='''Hallo,

Uw Amazon-account is opgeschort wegens een beveiligingscontrole. Uw openstaande bestelling (#305-2291-0047713) is daarom geannuleerd.

Om uw account en bestelling te herstellen, gaat u naar de onderstaande pagina en voert u de volgende herstelcode in:

    Herstelcode: NL-7731-ZX9

    https://amazon-account-herstel.nl/verify

De code is 12 uur geldig. Daarna worden uw account en alle bijbehorende gegevens verwijderd.

Team Amazon Beveiliging
''',
         html=phish_html('Account opgeschort', [
             'Hallo,',
             'Uw Amazon-account is opgeschort wegens een beveiligingscontrole. Uw openstaande bestelling (#305-2291-0047713) is daarom geannuleerd.',
             'Om uw account en bestelling te herstellen, voert u de volgende herstelcode in:',
             '**NL-7731-ZX9**',
             'De code is 12 uur geldig. Daarna worden uw account en alle bijbehorende gegevens verwijderd.'],
             button=('Account herstellen', 'https://amazon-account-herstel.nl/verify'),
             foot=['Team Amazon Beveiliging'])),
    dict(k='raw', kind='lookalike', c='unknown', sr=False,
         frm=('Amazon.nl', 'bestellingen@arnazon.nl'), to=18,
         auth='spf=pass smtp.mailfrom=arnazon.nl; dkim=pass header.d=arnazon.nl; dmarc=pass header.from=arnazon.nl',
         subj='Uw bestelling is geannuleerd',
         note='rn-for-m look-alike domain, no order number, no reason',
         html=phish_html('Uw bestelling is geannuleerd', [
             'Hallo,', 'Uw recente bestelling is geannuleerd.',
             'Klik op de knop hieronder om de details van de annulering te bekijken en uw geld terug te krijgen.'],
             button=('Details bekijken', 'https://arnazon.nl/nl/annulering?u=8f2a1c'),
             foot=['Dit bericht is verzonden door Amazon.nl', 'Afmelden | Privacy'])),
]


PT_TO = [('Mariana Souza', 'mariana.souza@gmail.com'), ('Rafael Oliveira', 'rafael.oliveira@uol.com.br'),
         ('Camila Ferreira', 'camila.ferreira@hotmail.com'), ('Lucas Almeida', 'lucas.almeida@outlook.com'),
         ('Beatriz Rocha', 'bia.rocha@gmail.com'), ('Gustavo Pereira', 'gustavo.pereira@terra.com.br'),
         ('Juliana Lima', 'ju.lima@yahoo.com.br'), ('Thiago Carvalho', 'thiago.carvalho@gmail.com'),
         ('Larissa Gomes', 'larissa.gomes@bol.com.br'), ('Felipe Ribeiro', 'felipe.ribeiro@icloud.com'),
         ('Ana Clara Martins', 'anaclara.martins@gmail.com'), ('Bruno Costa', 'bruno.costa@uol.com.br'),
         ('Fernanda Araújo', 'fernanda.araujo@hotmail.com'), ('Rodrigo Barbosa', 'rodrigo.barbosa@gmail.com'),
         ('Patrícia Mendes', 'patricia.mendes@outlook.com'), ('Diego Nascimento', 'diego.nascimento@gmail.com'),
         ('Aline Cardoso', 'aline.cardoso@terra.com.br'), ('Marcelo Teixeira', 'marcelo.teixeira@yahoo.com.br'),
         ('Renata Dias', 'renata.dias@gmail.com'), ('Vinícius Moreira', 'vinicius.moreira@hotmail.com'),
         ('Letícia Castro', 'leticia.castro@gmail.com'), ('Eduardo Pinto', 'eduardo.pinto@uol.com.br')]

BR = 'amazon.com.br'
PT = [
    # ---------------- inventory_shortage ----------------
    dict(k='notice', c='inventory_shortage', sr=True, mp=BR, snd='order-update', to=0, lay='A', auth=True,
         subj='Um item do seu pedido {oid} foi cancelado', title='Item cancelado',
         paras=['Infelizmente, precisamos cancelar o item abaixo do seu pedido. Ele esgotou e não temos previsão de reposição no estoque.',
                'Os demais itens do pedido seguem com a entrega prevista normalmente.'],
         items=[('Fritadeira Air Fryer Mondial AFN-40-BI, 4 L, preta, 127 V', 1, 349.90, 'Amazon.com.br')],
         kept=[('Kit 6 formas de silicone para air fryer', 1, 39.90)],
         after=['Você não será cobrado pelo item cancelado.'],
         note='out of stock, partial'),
    dict(k='notice', c='inventory_shortage', sr=True, mp=BR, snd='marketplace-messages', to=1, lay='P1', auth=False,
         subj='Seu pedido {oid} foi cancelado pelo vendedor',
         paras=['O vendedor Mega Ofertas Eletrônicos nos avisou que não tem mais o produto em estoque e, por isso, cancelou o seu pedido.',
                'Motivo informado pelo vendedor: produto indisponível.',
                'Se quiser, você encontra ofertas de outros vendedores para o mesmo produto na página do item.'],
         items=[('Smartphone Samsung Galaxy A55 5G 256GB, 8GB RAM, Azul Escuro', 1, 2199.00, 'Mega Ofertas Eletrônicos')],
         after=['Se o pagamento já tiver sido aprovado, o estorno será feito automaticamente. Em compras no cartão de crédito, o crédito pode levar até duas faturas para aparecer.'],
         note='seller cancelled, no stock, labelled seller reason'),
    dict(k='notice', c='inventory_shortage', sr=True, mp=BR, snd='order-update', to=2, lay='C', auth=True,
         subj='Estamos cancelando a sua compra {oid}', title='Não vamos conseguir entregar este item',
         paras=['O fornecedor não entregou as unidades do Kindle Paperwhite Signature Edition que esperávamos receber, e ainda não há data prevista para o próximo lote.',
                'Como não queremos deixar você esperando sem previsão, estamos cancelando a sua compra.'],
         items=[('Kindle Paperwhite Signature Edition 32 GB, tela de 7", Agave', 1, 1149.00)],
         note='supplier did not deliver stock, reason implied'),
    dict(k='notice', c='inventory_shortage', sr=True, mp=BR, snd='auto-confirm', to=3, lay='B', auth=False,
         subj='Pré-venda cancelada: "Quarta Asa – Edição de colecionador"', title='Pré-venda cancelada',
         paras=['Temos uma notícia chata: a editora suspendeu a tiragem da edição de colecionador de "Quarta Asa" e não vamos receber os exemplares reservados na pré-venda.',
                'Por isso, a sua reserva foi cancelada. A edição comum continua disponível para compra imediata.'],
         items=[('Quarta Asa – Edição de colecionador (capa dura, bordas pintadas) – Rebecca Yarros', 1, 129.90)],
         after=['Itens em pré-venda só são cobrados no envio, então nenhum valor foi debitado.'],
         note='pre-order cannot be filled'),
    # ---------------- payment_issue ----------------
    dict(k='notice', c='payment_issue', sr=True, mp=BR, snd='payments-messages', to=4, lay='A', auth=True,
         subj='Pedido {oid} cancelado', title='Pagamento recusado',
         paras=['Cancelamos o seu pedido porque a operadora do seu cartão de crédito recusou a cobrança.',
                'Recomendamos falar com o banco emissor para entender o motivo da recusa. Se ainda quiser os produtos, basta fazer um novo pedido e escolher outra forma de pagamento.'],
         items=[('Cafeteira Expresso Oster PrimaLatte, 15 bar, 220 V', 1, 899.90), ('Café em grãos Orfeu Clássico 1 kg', 2, 89.90)],
         after=['Como a cobrança não foi concluída, nada foi debitado.'],
         note='card declined'),
    dict(k='notice', c='payment_issue', sr=True, mp=BR, snd='payments-update', to=5, lay='P2', auth=False,
         subj='Seu pedido {oid} foi cancelado: pagamento via Pix não identificado',
         paras=['O código Pix gerado para este pedido expirou sem que identificássemos o pagamento. Pedidos pagos com Pix precisam ser quitados em até 30 minutos, então o pedido foi cancelado automaticamente.',
                'Se você fez a transferência depois do prazo, o valor será devolvido para a conta de origem em até 2 dias úteis.'],
         items=[('Fone de ouvido JBL Tune 520BT, Bluetooth, preto', 1, 249.00)], after=[],
         note='Pix payment not made in time'),
    dict(k='notice', c='payment_issue', sr=True, mp=BR, snd='payments-messages', to=6, lay='C', auth=False,
         subj='Não foi possível concluir o pagamento do pedido {oid}', title='Pedido cancelado',
         paras=['**Motivo:** limite insuficiente no cartão Visa final 2290 para o parcelamento em 10x escolhido.',
                'Sem a autorização da operadora, não pudemos seguir com a compra e o pedido foi cancelado.'],
         items=[('Notebook Lenovo IdeaPad Slim 3i, Intel Core i5, 16GB, SSD 512GB, 15,6"', 1, 3599.00)],
         note='labelled reason: insufficient card limit'),
    ('thread',
     dict(k='non_notice', mp=BR, snd='payments-messages', to=7, lay='B', auth=True,
          subj='Lembrete: o boleto do pedido {oid} vence amanhã', title='Seu boleto vence amanhã',
          paras=['Ainda não identificamos o pagamento do boleto referente ao seu pedido. O vencimento é amanhã, {d2}.',
                 'Se o boleto não for pago até o vencimento, o pedido será cancelado e os itens voltarão para o estoque. Pagamentos feitos no último dia podem levar até 3 dias úteis para serem compensados.',
                 'Você pode [emitir a segunda via do boleto](https://www.amazon.com.br/gp/css/order-history?ref_=pe_boleto) em Seus pedidos.'],
          ih='Itens aguardando pagamento', tl='Total',
          items=[('Smart TV LG 50" 4K UHD ThinQ AI 50UR8750', 1, 2299.00)], after=[],
          note='thread'),
     dict(k='notice', c='payment_issue', sr=False, mp=BR, snd='order-update', to=7, lay='P1', auth=True,
          subj='Seu pedido Amazon.com.br {oid} foi cancelado',
          paras=['Informamos que o seu pedido {oid} foi cancelado.', 'Confira abaixo os itens que faziam parte dele.'],
          items=[('Smart TV LG 50" 4K UHD ThinQ AI 50UR8750', 1, 2299.00)],
          after=['Nenhuma cobrança foi realizada.'],
          note='thread: cause from earlier mail')),
    # ---------------- technical_issue ----------------
    dict(k='notice', c='technical_issue', sr=True, mp=BR, snd='order-update', to=8, lay='B', auth=True,
         subj='Cancelamento do pedido {oid}', title='Seu pedido foi cancelado',
         paras=['Devido a um erro de precificação no nosso site, o produto abaixo foi anunciado por R$ 19,90, quando o preço correto é R$ 199,90.',
                'Por esse motivo, o pedido foi cancelado. Pedimos desculpas pelo transtorno e agradecemos a compreensão.'],
         items=[('Jogo de panelas Tramontina Paris antiaderente, 5 peças, grafite', 1, 19.90)],
         note='pricing error'),
    dict(k='notice', c='technical_issue', sr=True, mp=BR, snd='auto-confirm', to=9, lay='P1', auth=False,
         subj='Houve um problema com o seu pedido {oid}',
         paras=['Uma falha no processamento dos nossos sistemas impediu que o seu pedido fosse concluído corretamente, e ele acabou sendo cancelado.',
                'Pedimos desculpas. Você pode refazer a compra normalmente — os preços exibidos na página do produto continuam valendo.'],
         items=[('Console PlayStation 5 Slim Edição Digital, 1 TB', 1, 3499.00)],
         note='processing failure'),
    dict(k='notice', c='technical_issue', sr=True, mp=BR, snd='order-update', to=10, lay='A', auth=True,
         subj='Atualização sobre o seu pedido {oid}: pedido cancelado', title='Pedido cancelado',
         paras=['Isso não tem relação com o seu pagamento nem com a sua conta.',
                'O anúncio deste produto exibia fotos e especificações de outro modelo, com dispenser de água na porta, que não corresponde ao produto vendido nesta oferta. Como o erro estava no anúncio, cancelamos o pedido para que você não receba algo diferente do que escolheu.'],
         items=[('Geladeira Electrolux Frost Free Duplex 474 L Inverter, Inox Look, 127 V', 1, 4299.00)],
         note='denies payment/account, listing error'),
    # ---------------- fraud_prevention ----------------
    dict(k='notice', c='fraud_prevention', sr=True, mp=BR, snd='no-reply', to=11, lay='C', auth=False,
         subj='Atividade incomum na sua conta: pedido {oid} cancelado', title='Detectamos atividade incomum',
         paras=['Notamos uma atividade fora do padrão na sua conta Amazon.com.br. Para proteger você, suspendemos temporariamente o acesso à conta e cancelamos o pedido {oid}.',
                'Para reativar a conta, faça login pelo aplicativo da Amazon ou digitando amazon.com.br no navegador e siga as instruções. Não responda a este e-mail.'],
         items=[('Apple iPhone 15 128 GB, preto', 1, 4999.00), ('Cartão-presente Amazon.com.br R$ 500 (código digital)', 1, 500.00)],
         note='unusual activity, account suspended'),
    dict(k='notice', c='fraud_prevention', sr=True, mp=BR, snd='order-update', to=12, lay='P2', auth=True,
         subj='Pedido {oid} cancelado',
         paras=['Para a sua segurança, o pedido foi cancelado depois de ser sinalizado pela nossa análise de segurança. Essa verificação é automática e ajuda a evitar compras não autorizadas.',
                'Por motivos de segurança, não podemos compartilhar detalhes sobre os critérios da análise.'],
         items=[('Placa de vídeo ASUS Dual GeForce RTX 4060 OC 8 GB', 2, 2199.00)],
         note='flagged by security review'),
    ('thread',
     dict(k='non_notice', mp=BR, snd='account-update', to=13, lay='P1', auth=False,
          subj='Sua conta Amazon.com.br está em espera',
          paras=['Identificamos algumas informações que precisam ser confirmadas na sua conta. Até que a verificação seja concluída, a conta ficará em espera e os pedidos pendentes, incluindo o pedido {oid}, não serão processados.',
                 'Para concluir a verificação, acesse Sua conta pelo site ou pelo aplicativo e siga as instruções da página de verificação. Talvez seja necessário confirmar o endereço de cobrança e enviar a foto de um documento.'],
          ih='Itens retidos', items=[('Smartwatch Samsung Galaxy Watch6 44 mm LTE', 1, 1899.00)], after=[],
          note='thread'),
     dict(k='notice', c='fraud_prevention', sr=False, mp=BR, snd='order-update', to=13, lay='A', auth=False,
          subj='Cancelamento do pedido {oid}', title='Pedido cancelado',
          paras=['O pedido {oid} foi cancelado.'],
          items=[('Smartwatch Samsung Galaxy Watch6 44 mm LTE', 1, 1899.00)],
          note='thread: cause from earlier mail')),
    # ---------------- customer_request ----------------
    dict(k='notice', c='customer_request', sr=True, mp=BR, snd='auto-confirm', to=14, lay='P1', auth=True,
         subj='Cancelamento realizado com sucesso: "Tênis Olympikus Corre 3 Masculino"',
         paras=['Conforme solicitado, cancelamos o item abaixo do seu pedido.'],
         items=[('Tênis Olympikus Corre 3 Masculino, preto, 42', 1, 399.99)],
         note='successful customer cancellation'),
    dict(k='notice', c='customer_request', sr=True, mp=BR, snd='order-update', to=15, lay='A', auth=False,
         subj='Pedido {oid}: cancelamento parcial', title='Cancelamento parcial',
         paras=['Um ou mais itens do seu pedido foram cancelados.', '**Motivo do cancelamento:** solicitado pelo cliente'],
         items=[('Copo térmico Stanley Quencher 1,18 L, rosa', 1, 279.00)],
         kept=[('Garrafa térmica Stanley Classic 1 L, verde', 1, 329.00)],
         note='labelled: requested by customer, partial'),
    dict(k='notice', c='customer_request', sr=True, mp=BR, snd='order-update', to=16, lay='B', auth=True,
         subj='Recebemos sua solicitação de cancelamento – pedido {oid}', title='Solicitação de cancelamento concluída',
         paras=['Você pediu o cancelamento deste pedido pelo aplicativo da Amazon, e a solicitação foi concluída. O pedido não será enviado.'],
         items=[('Aspirador de pó robô WAP Robot W400, 3 em 1', 1, 899.00)],
         note='customer cancelled in app'),
    # ---------------- unknown ----------------
    dict(k='notice', c='unknown', sr=False, mp=BR, snd='order-update', to=17, lay='C', auth=True,
         subj='Seu pedido {oid} foi cancelado', title='Pedido cancelado',
         paras=['Estamos escrevendo para avisar que o pedido abaixo foi cancelado.'],
         items=[('Livro "Tudo é rio" – Carla Madeira', 1, 49.90), ('Livro "Torto arado" – Itamar Vieira Junior', 1, 54.90)],
         note='no reason'),
    dict(k='notice', c='unknown', sr=False, mp=BR, snd='auto-confirm', to=18, lay='P2', auth=False,
         subj='Item cancelado do pedido {oid}',
         paras=['O seguinte item foi removido do seu pedido e cancelado:'],
         items=[('Cadeira gamer ThunderX3 TGC12, preta e vermelha', 1, 1099.00)],
         kept=[('Mouse gamer Logitech G203 Lightsync, preto', 1, 129.90)],
         note='no reason, partial'),
    dict(k='notice', c='unknown', sr=False, mp=BR, snd='order-update', to=19, lay='A', auth=False,
         subj='Aviso sobre o pedido {oid}', title='Aviso de cancelamento',
         paras=['Confirmamos o cancelamento do pedido abaixo.',
                'Se ainda tiver interesse nos produtos, você pode comprá-los novamente a qualquer momento.'],
         items=[('Kit 3 toalhas de banho Buddemeyer, 100% algodão, branco', 1, 189.90)],
         note='no reason'),
    dict(k='notice', c='unknown', sr=True, mp=BR, snd='order-update', to=20, lay='P1', auth=True,
         subj='Não podemos entregar o pedido {oid} no endereço informado',
         paras=['O CEP informado no pedido (69980-000, Cruzeiro do Sul - AC) não é atendido pela transportadora responsável por este produto, por causa do tamanho e do peso da embalagem.',
                'Como não temos como fazer a entrega nesse endereço, o pedido foi cancelado.'],
         items=[('Máquina de lavar Brastemp 12 kg BWK12AB, branca, 127 V', 1, 2499.00)],
         note='delivery address not served'),
    dict(k='notice', c='unknown', sr=True, mp=BR, snd='order-update', to=21, lay='B', auth=False,
         subj='Um item do seu pedido {oid} não pode ser enviado ao Brasil', title='Item cancelado',
         paras=['O item abaixo é vendido pela Amazon.com (EUA) na Loja Internacional e não pode ser enviado ao Brasil por causa das restrições de importação da Anvisa para suplementos.',
                'Por isso, ele foi cancelado do seu pedido.'],
         items=[('Optimum Nutrition Gold Standard 100% Whey, 5 lb, Double Rich Chocolate', 1, 489.00, 'Amazon.com Services LLC')],
         kept=[('Coqueteleira BlenderBottle Classic 828 ml', 1, 89.90)],
         note='cannot ship to country, partial'),
    # ---------------- non_notice ----------------
    dict(k='non_notice', mp=BR, snd='digital-no-reply', to=0, lay='C', auth=True, oid=None,
         subj='Sua assinatura do Kindle Unlimited foi cancelada', title='Assinatura cancelada',
         paras=['Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você continua com acesso ao catálogo até {d3}, fim do período já pago.',
                'Depois dessa data, os livros emprestados pelo Kindle Unlimited serão removidos da sua biblioteca e não haverá novas cobranças no seu cartão.',
                'Mudou de ideia? [Continue sua assinatura](https://www.amazon.com.br/kindle-dbs/ku/ku-central?ref_=pe_ku) quando quiser.'],
         items=[], after=[], note='Kindle Unlimited subscription cancelled'),
    dict(k='non_notice', mp=BR, snd='order-update', to=9, lay='B', auth=False,
         subj='Sua entrega agendada foi alterada – pedido {oid}', title='Janela de entrega cancelada',
         paras=['A janela de entrega agendada para {d2}, das 8h às 12h, foi cancelada pela transportadora por causa das chuvas fortes na sua região.',
                'O seu pedido continua ativo. Em breve você receberá um link para escolher uma nova data de entrega, sem custo adicional.'],
         ih='Itens a caminho', tl='Total',
         items=[('Sofá retrátil e reclinável 3 lugares, suede cinza, 2,30 m', 1, 1999.00)], after=[],
         note='delivery window cancelled, order still active'),
    dict(k='non_notice', mp=BR, snd='store-news', to=2, lay='C', auth=True, oid=None,
         subj='Prime Day chegando: teste o Prime grátis por 30 dias e cancele quando quiser', title='Prime Day: 16 e 17 de julho',
         paras=['As ofertas do Prime Day começam em 16 de julho. Ainda não é membro? Experimente o Amazon Prime grátis por 30 dias: frete grátis e rápido, Prime Video, Amazon Music e muito mais.',
                'Sem fidelidade: você pode cancelar a assinatura a qualquer momento, sem multa.',
                'Dica: ative os alertas de ofertas no app para não perder nenhuma oferta relâmpago. Itens em promoção esgotam rápido, e pedidos com pagamento pendente são cancelados automaticamente — confira seus dados de pagamento antes do grande dia.'],
         items=[], after=['Você está recebendo este e-mail porque se cadastrou para receber novidades da Amazon.com.br. [Cancelar inscrição](https://www.amazon.com.br/gp/gss/o/1?ref_=pe_unsub)'],
         note='newsletter mentioning cancellations'),
    dict(k='non_notice', mp=BR, snd='return', to=5, lay='P2', auth=False,
         subj='Reembolso processado para o pedido {oid}',
         paras=['Recebemos o item que você devolveu e processamos o reembolso de **R$ 259,90**.',
                'O valor será creditado no cartão Mastercard final 5521 e pode aparecer em até duas faturas, conforme a operadora.'],
         ih='Item devolvido', items=[('Liquidificador Philips Walita Série 5000, 1200 W, preto', 1, 259.90)],
         after=[], note='return refund confirmation'),
]

PT_RAW = [
    dict(k='raw', kind='non_notice', frm=('Mercado Livre', 'info@mercadolivre.com.br'), to=1,
         auth=dict(d='mercadolivre.com.br'),
         subj='Sua compra foi cancelada', note='other retailer (Mercado Livre) cancellation',
         text='''Olá, Rafael!

O vendedor AUTOPECAS_SUL cancelou a sua compra porque não tinha mais o produto em estoque.

Kit 4 pneus aro 14 Pirelli Formula Evo 175/65R14
Compra nº 2000008127746531

Como você pagou com Pix, o dinheiro já foi devolvido para a sua conta do Mercado Pago.

Enquanto isso, veja outras opções parecidas: https://lista.mercadolivre.com.br/pneu-175-65-r14

Abraços,
Equipe Mercado Livre

Por favor, não responda a este e-mail. Mercado Livre - Av. das Nações Unidas, 3.003 - Bonfim, Osasco/SP - CEP 06233-903.
''',
         html='''<html><body style="margin:0;background:#ebebeb;font-family:'Proxima Nova',Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#fff159;padding:18px"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo_large_25years@2x.png" width="134" alt="Mercado Livre"></td></tr>
<tr><td style="padding:28px">
<h1 style="font-size:22px;color:#333">Sua compra foi cancelada</h1>
<p>Olá, Rafael!</p>
<p>O vendedor <b>AUTOPECAS_SUL</b> cancelou a sua compra porque não tinha mais o produto em estoque.</p>
<p style="border:1px solid #eee;padding:12px">Kit 4 pneus aro 14 Pirelli Formula Evo 175/65R14<br><span style="color:#999">Compra nº 2000008127746531</span></p>
<p>Como você pagou com Pix, o dinheiro já foi devolvido para a sua conta do Mercado Pago.</p>
<p><a href="https://lista.mercadolivre.com.br/pneu-175-65-r14" style="background:#3483fa;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Ver opções parecidas</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#999">Por favor, não responda a este e-mail. Mercado Livre - Av. das Nações Unidas, 3.003 - Bonfim, Osasco/SP - CEP 06233-903.</td></tr>
</table></body></html>
'''),
    # ---------------- lookalikes ----------------
    dict(k='raw', kind='lookalike', c='payment_issue', sr=True,
         frm=('Amaz\u03bfn.com.br', 'pedidos@amazon-br-suporte.com'), to=3,
         auth=dict(d='amazon-br-suporte.com', ip='45.131.194.8'),
         subj='Pedido 701-5529183-0047712 CANCELADO - pagamento não aprovado',
         note='Greek omicron in display name, look-alike domain, WhatsApp callback',
         text='''Olá, cliente Amazon

Seu pedido nº 701-5529183-0047712 foi CANCELADO porque o pagamento não foi aprovado pela operadora.

Produto: Smart TV Samsung 55" Crystal UHD 4K
Valor: R$ 2.899,00

Para reativar o pedido e manter o preço promocional, fale AGORA com a nossa central pelo WhatsApp: (11) 94872-3319
Ou ligue: 0800 591 7740

Atenção: o atendimento precisa ser feito em até 2 horas, caso contrário o valor promocional será perdido.

Equipe Amazon Brasil
'''),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('Amazon Brasil', 'amazonbrasil.atendimento@hotmail.com'), to=10,
         auth=dict(d='hotmail.com', mf='amazonbrasil.atendimento@hotmail.com', ip='40.92.41.77'),
         subj='Seu pedido foi cancelado por suspeita de fraude',
         note='free-mail sender, asks to reply with CPF and card data, no order number',
         text='''Prezado(a) cliente,

Identificamos uma tentativa de compra suspeita em sua conta e, por segurança, seu pedido foi cancelado e sua conta bloqueada.

Para desbloquear a conta e liberar o pedido, responda este e-mail informando:

Nome completo:
CPF:
Número do cartão:
Validade:
Código de segurança (CVV):

Após a confirmação dos dados, sua conta será liberada em até 1 hora.

Atenciosamente,
Central de Segurança Amazon
'''),
    dict(k='raw', kind='lookalike', c='technical_issue', sr=True,
         frm=('Amazon.com.br', 'noreply@amazon-reembolso.com'), to=17,
         auth='spf=softfail smtp.mailfrom=amazon-reembolso.com; dkim=none; dmarc=fail header.from=amazon-reembolso.com',
         subj='Seu pedido #701-2231-88 foi cancelado - receba seu reembolso',
         note='link text shows amazon.com.br, href elsewhere; malformed order no.',
         html=phish_html('Pedido cancelado', [
             'Olá,',
             'Por um erro no nosso sistema, o seu pedido **#701-2231-88** foi cancelado.',
             'Para receber o reembolso de **R$ 1.249,90** via Pix ainda hoje, confirme seus dados em Seus pedidos:',
             '[https://www.amazon.com.br/gp/css/order-history](https://reembolso-pedidos.com/br/login?r=amzbr)',
             'Se os dados não forem confirmados em 24 horas, o reembolso será convertido em crédito na loja.'],
             button=('Receber reembolso', 'https://reembolso-pedidos.com/br/pix?r=amzbr'),
             foot=['Amazon Serviços de Varejo do Brasil Ltda.', 'Este é um e-mail automático, não responda.'])),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('Amazon', 'noreply@amazon.com.br-pedido.net'), to=19,
         auth='spf=pass smtp.mailfrom=amazon.com.br-pedido.net; dkim=pass header.d=amazon.com.br-pedido.net; dmarc=pass header.from=amazon.com.br-pedido.net',
         subj='Conta suspensa: seu pedido 702-8810432-1196650 foi cancelado',
         note='domain starting with amazon.com.br, reactivation code',
         text='''Olá,

Sua conta Amazon foi suspensa e o pedido 702-8810432-1196650 foi cancelado após a detecção de acessos não reconhecidos.

Para reativar sua conta, acesse o link abaixo e informe o código de reativação:

Código: AMZ-BR-5521
https://amazon.com.br-pedido.net/reativar

O código expira em 6 horas. Se a conta não for reativada, todos os pedidos em andamento serão perdidos.

Equipe de Segurança da Amazon
''',
         html=phish_html('Conta suspensa', [
             'Olá,',
             'Sua conta Amazon foi suspensa e o pedido **702-8810432-1196650** foi cancelado após a detecção de acessos não reconhecidos.',
             'Para reativar sua conta, informe o código de reativação abaixo:',
             '**AMZ-BR-5521**',
             'O código expira em 6 horas. Se a conta não for reativada, todos os pedidos em andamento serão perdidos.'],
             button=('Reativar minha conta', 'https://amazon.com.br-pedido.net/reativar'),
             foot=['Equipe de Segurança da Amazon'])),
    dict(k='raw', kind='lookalike', c='inventory_shortage', sr=True,
         frm=('Amazon.com.br', 'avisos@amaz0n-br.com'), to=8,
         auth=dict(d='amaz0n-br.com', ip='103.145.13.90'),
         subj='Produto esgotado: seu pedido foi cancelado',
         note='zero-for-o domain, no order number, asks for a fee',
         html=phish_html('Seu pedido foi cancelado', [
             'Olá, cliente!',
             'O produto que você comprou esgotou e seu pedido foi cancelado.',
             'Para receber o estorno integral, é necessário pagar a taxa de processamento de R$ 9,90 pelo link abaixo. O valor da taxa será devolvido junto com o estorno.'],
             button=('Pagar taxa e receber estorno', 'https://amaz0n-br.com/estorno/pix'),
             foot=['Amazon.com.br — todos os direitos reservados.'])),
]


PL_TO = [('Katarzyna Nowak', 'katarzyna.nowak@wp.pl'), ('Tomasz Wiśniewski', 'tomasz.wisniewski@gmail.com'),
         ('Agnieszka Wójcik', 'a.wojcik@onet.pl'), ('Piotr Kowalczyk', 'piotr.kowalczyk@o2.pl'),
         ('Magdalena Kamińska', 'magda.kaminska@gmail.com'), ('Paweł Lewandowski', 'pawel.lewandowski@interia.pl'),
         ('Joanna Zielińska', 'joanna.zielinska@outlook.com'), ('Michał Szymański', 'michal.szymanski@gmail.com'),
         ('Aleksandra Woźniak', 'ola.wozniak@wp.pl'), ('Krzysztof Dąbrowski', 'k.dabrowski@onet.pl'),
         ('Natalia Kozłowska', 'natalia.kozlowska@gmail.com'), ('Marcin Jankowski', 'marcin.jankowski@interia.pl'),
         ('Monika Mazur', 'monika.mazur@o2.pl'), ('Łukasz Kwiatkowski', 'lukasz.kwiatkowski@gmail.com'),
         ('Ewa Krawczyk', 'ewa.krawczyk@wp.pl'), ('Jakub Piotrowski', 'jakub.piotrowski@outlook.com'),
         ('Karolina Grabowska', 'karolina.grabowska@gmail.com'), ('Adam Nowakowski', 'adam.nowakowski@onet.pl'),
         ('Zofia Pawłowska', 'zofia.pawlowska@gmail.com'), ('Bartosz Michalski', 'bartosz.michalski@interia.pl'),
         ('Weronika Król', 'weronika.krol@gmail.com'), ('Grzegorz Wieczorek', 'g.wieczorek@wp.pl')]

PLM = 'amazon.pl'
PL = [
    # ---------------- inventory_shortage ----------------
    dict(k='notice', c='inventory_shortage', sr=True, mp=PLM, snd='order-update', to=0, lay='A', auth=True,
         subj='Produkt z Twojego zamówienia {oid} został anulowany', title='Anulowano produkt',
         paras=['Niestety produkt wymieniony poniżej jest obecnie niedostępny i nie wiemy, kiedy wróci do sprzedaży. Dlatego usunęliśmy go z Twojego zamówienia.',
                'Pozostałe produkty wyślemy zgodnie z planem.'],
         items=[("Ekspres ciśnieniowy De'Longhi Magnifica Evo ECAM290.61.B, czarny", 1, 1899.00, 'Amazon EU S.à r.l.')],
         kept=[("Odkamieniacz De'Longhi EcoDecalk 500 ml", 2, 49.99)],
         after=['Za anulowany produkt nie zostaniesz obciążony.'],
         note='unavailable, partial'),
    dict(k='notice', c='inventory_shortage', sr=True, mp=PLM, snd='marketplace-messages', to=1, lay='P1', auth=False,
         subj='Sprzedawca anulował Twoje zamówienie {oid}',
         paras=['Sprzedawca ElektroHurt24 anulował Twoje zamówienie, ponieważ nie ma już tego towaru w magazynie.',
                'Przepraszamy za utrudnienia. Oferty innych sprzedawców znajdziesz na stronie produktu.'],
         items=[('Słuchawki bezprzewodowe Sony WF-1000XM5, czarne', 1, 1049.00, 'ElektroHurt24')],
         note='seller out of stock'),
    dict(k='notice', c='inventory_shortage', sr=True, mp=PLM, snd='auto-confirm', to=2, lay='C', auth=True,
         subj='Nie możemy zrealizować Twojej przedsprzedaży: „Rozdroże kruków”', title='Przedsprzedaż anulowana',
         paras=['Dystrybutor poinformował nas, że nie dostarczy zamówionej puli egzemplarzy wydania kolekcjonerskiego książki „Rozdroże kruków”. Nie będziemy więc w stanie zrealizować wszystkich zamówień przedpremierowych.',
                'Twoje zamówienie znalazło się niestety wśród tych, które musieliśmy anulować. Wydanie standardowe jest nadal dostępne.'],
         items=[('Andrzej Sapkowski – Rozdroże kruków, wydanie kolekcjonerskie (twarda oprawa)', 1, 89.90)],
         after=['Za zamówienia w przedsprzedaży płatność pobieramy dopiero przy wysyłce, więc nie pobraliśmy od Ciebie żadnej kwoty.'],
         note='pre-order cannot be filled'),
    ('thread',
     dict(k='non_notice', mp=PLM, snd='order-update', to=3, lay='B', auth=False,
          subj='Opóźnienie w realizacji zamówienia {oid}', title='Twoje zamówienie jest opóźnione',
          paras=['Przepraszamy, ale mamy trudności z pozyskaniem poniższego produktu od dostawcy i na razie nie możemy podać nowego terminu dostawy.',
                 'Nadal próbujemy go zdobyć i damy Ci znać, gdy tylko będziemy wiedzieć więcej. Jeśli nie chcesz czekać, możesz bezpłatnie anulować produkt w sekcji Twoje zamówienia.'],
          ih='Opóźniony produkt', tl='Suma',
          items=[('Robot sprzątający Roborock S8 Pro Ultra, biały', 1, 5299.00)],
          after=['Płatność zostanie pobrana dopiero w chwili wysyłki.'],
          note='thread'),
     dict(k='notice', c='inventory_shortage', sr=False, mp=PLM, snd='order-update', to=3, lay='P2', auth=True,
          subj='Zamówienie {oid} zostało anulowane',
          paras=['Informujemy, że Twoje zamówienie {oid} zostało anulowane.'],
          items=[('Robot sprzątający Roborock S8 Pro Ultra, biały', 1, 5299.00)],
          after=['Nie pobrano żadnej płatności.'],
          note='thread: cause from earlier mail')),
    # ---------------- payment_issue ----------------
    dict(k='notice', c='payment_issue', sr=True, mp=PLM, snd='payments-messages', to=4, lay='B', auth=True,
         subj='Anulowano zamówienie {oid}', title='Zamówienie anulowane',
         paras=['Twoje zamówienie zostało anulowane.',
                '**Powód:** bank odrzucił płatność kartą Visa zakończoną cyframi 6403.',
                'Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie i wybierz inną metodę płatności.'],
         items=[('Konsola Xbox Series X 1 TB, czarna', 1, 2349.00)],
         after=['Ponieważ płatność nie doszła do skutku, z Twojego konta nic nie zostało pobrane.'],
         note='labelled reason: card declined'),
    dict(k='notice', c='payment_issue', sr=True, mp=PLM, snd='payments-update', to=5, lay='P1', auth=False,
         subj='Twoje zamówienie {oid} zostało anulowane',
         paras=['Karta Mastercard zakończona cyframi 1186 straciła ważność, a w wyznaczonym terminie nie otrzymaliśmy od Ciebie nowych danych płatniczych. Z tego powodu zamówienie zostało anulowane.',
                'Aby uniknąć podobnej sytuacji w przyszłości, zaktualizuj datę ważności karty w sekcji Twoje płatności.'],
         items=[('Odkurzacz pionowy Dyson V15 Detect Absolute', 1, 2999.00)],
         note='expired card not updated in time'),
    dict(k='notice', c='payment_issue', sr=True, mp=PLM, snd='payments-messages', to=6, lay='A', auth=False,
         subj='Płatność BLIK nie została potwierdzona – zamówienie {oid} anulowane', title='Nie otrzymaliśmy płatności',
         paras=['Płatność BLIK za to zamówienie nie została zatwierdzona w aplikacji banku w wymaganym czasie.',
                'Bez potwierdzenia płatności nie mogliśmy przekazać zamówienia do realizacji, więc je anulowaliśmy. Możesz złożyć je ponownie w dowolnej chwili.'],
         items=[('LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance', 1, 899.99), ('Lampka biurkowa LED Xiaomi Mi Desk Lamp 1S', 1, 149.00)],
         note='BLIK payment not authorised in time'),
    dict(k='notice', c='payment_issue', sr=True, mp=PLM, snd='payments-messages', to=7, lay='C', auth=True,
         subj='Nie udało się pobrać płatności za zamówienie {oid}', title='Zamówienie zostało anulowane',
         paras=['Kilka razy próbowaliśmy obciążyć Twoją kartę debetową, ale za każdym razem bank zgłaszał brak wystarczających środków na rachunku.',
                'W efekcie musieliśmy anulować to zamówienie.'],
         items=[('Hulajnoga elektryczna Xiaomi Electric Scooter 4 Pro', 1, 2499.00)],
         note='insufficient funds'),
    # ---------------- technical_issue ----------------
    dict(k='notice', c='technical_issue', sr=True, mp=PLM, snd='order-update', to=8, lay='B', auth=True,
         subj='Anulowanie zamówienia {oid} – błąd cenowy', title='Zamówienie anulowane',
         paras=['Z powodu błędu cenowego produkt był wyświetlany w naszym sklepie w cenie 29,99 zł zamiast 299,99 zł.',
                'Zamówienia złożone po tej błędnej cenie zostały anulowane. Przepraszamy za zamieszanie — produkt jest już dostępny w prawidłowej cenie.'],
         items=[('Blender kielichowy Philips Seria 5000 HR3030/00, 1200 W', 1, 29.99)],
         note='pricing error'),
    dict(k='notice', c='technical_issue', sr=True, mp=PLM, snd='auto-confirm', to=9, lay='P2', auth=False,
         subj='Informacja o Twoim zamówieniu {oid}',
         paras=['Z powodu błędu systemu Twoje zamówienie nie zostało poprawnie przetworzone i zostało anulowane.',
                'Przepraszamy. Jeśli nadal chcesz kupić ten produkt, złóż zamówienie jeszcze raz.'],
         items=[('Czytnik e-booków Kindle Paperwhite 16 GB (2024), czarny', 1, 699.00)],
         note='system error'),
    dict(k='notice', c='technical_issue', sr=True, mp=PLM, snd='order-update', to=10, lay='A', auth=True,
         subj='Anulowaliśmy zduplikowane zamówienie {oid}', title='Usunęliśmy zdublowane zamówienie',
         paras=['W wyniku usterki technicznej w aplikacji Amazon Twoje zamówienie zostało złożone dwukrotnie. Anulowaliśmy drugie, zduplikowane zamówienie o numerze {oid}; pierwsze zamówienie zrealizujemy bez zmian.',
                'Nie musisz nic robić, a anulowanie nie ma nic wspólnego z Twoją kartą ani metodą płatności.'],
         items=[('Kawa ziarnista Lavazza Qualità Oro 1 kg', 3, 79.99)],
         note='duplicate order from glitch; denies payment problem'),
    # ---------------- fraud_prevention ----------------
    dict(k='notice', c='fraud_prevention', sr=True, mp=PLM, snd='no-reply', to=11, lay='C', auth=False,
         subj='Tymczasowo zablokowaliśmy Twoje konto i anulowaliśmy zamówienie', title='Wykryliśmy nietypową aktywność',
         paras=['Zauważyliśmy nietypowe logowania i zmiany na Twoim koncie Amazon.pl. W trosce o Twoje bezpieczeństwo tymczasowo zablokowaliśmy konto i anulowaliśmy zamówienie {oid}.',
                'Aby odzyskać dostęp, zaloguj się na Amazon.pl (wpisując adres ręcznie w przeglądarce albo przez aplikację) i postępuj zgodnie z instrukcjami. Ze względów bezpieczeństwa zmień też hasło.'],
         items=[('Laptop Apple MacBook Air 13" M3, 16 GB, 512 GB, północ', 1, 6499.00)],
         note='unusual activity, account locked'),
    dict(k='notice', c='fraud_prevention', sr=True, mp=PLM, snd='cs-reply', to=12, lay='P1', auth=True,
         subj='Zamówienie {oid} zostało anulowane',
         paras=['Amazon zdecydował o anulowaniu tego zamówienia, ponieważ nie udało się zakończyć weryfikacji tożsamości właściciela konta. Prosiliśmy o potwierdzenie danych, ale nie otrzymaliśmy wymaganych informacji.',
                'Nie oznacza to problemu z samą płatnością — weryfikacja dotyczyła zabezpieczenia Twojego konta.'],
         items=[('Smartfon Apple iPhone 16 Pro 256 GB, tytan pustynny', 1, 5999.00)],
         note='identity verification not completed; denies payment problem'),
    ('thread',
     dict(k='non_notice', mp=PLM, snd='account-update', to=13, lay='P2', auth=True,
          subj='Twoje konto Amazon.pl zostało wstrzymane',
          paras=['Do czasu zakończenia weryfikacji Twoje konto zostało wstrzymane. W tym czasie nie realizujemy oczekujących zamówień, w tym zamówienia {oid}.',
                 'Aby zakończyć weryfikację, zaloguj się na swoje konto w witrynie Amazon.pl lub w aplikacji i postępuj zgodnie z instrukcjami. Możemy poprosić o potwierdzenie adresu rozliczeniowego i numeru telefonu.'],
          ih='Wstrzymane produkty', items=[('Karta podarunkowa Amazon.pl 500 zł (e-mail)', 2, 500.00)], after=[],
          note='thread'),
     dict(k='notice', c='fraud_prevention', sr=False, mp=PLM, snd='order-update', to=13, lay='C', auth=False,
          subj='Anulowanie zamówienia {oid}', title='Zamówienie anulowane',
          paras=['Zamówienie {oid} zostało anulowane.', 'Szczegóły znajdziesz poniżej.'],
          items=[('Karta podarunkowa Amazon.pl 500 zł (e-mail)', 2, 500.00)],
          note='thread: cause from earlier mail')),
    # ---------------- customer_request ----------------
    dict(k='notice', c='customer_request', sr=True, mp=PLM, snd='auto-confirm', to=14, lay='P2', auth=True,
         subj='Anulowanie zakończone powodzeniem: „Szczoteczka elektryczna Oral-B iO 9”',
         paras=['Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia.'],
         items=[('Szczoteczka elektryczna Oral-B iO 9, czarna', 1, 1199.00)],
         note='successful customer cancellation'),
    dict(k='notice', c='customer_request', sr=True, mp=PLM, snd='order-update', to=15, lay='A', auth=False,
         subj='Częściowe anulowanie zamówienia {oid}', title='Częściowe anulowanie',
         paras=['Co najmniej jeden produkt z Twojego zamówienia został anulowany.', '**Powód anulowania:** na prośbę klienta'],
         items=[('Plecak turystyczny Deuter Futura 32, granatowy', 1, 649.00)],
         kept=[('Butelka filtrująca Brita 0,6 l', 1, 59.99)],
         note='labelled: customer request, partial'),
    dict(k='notice', c='customer_request', sr=True, mp=PLM, snd='cs-reply', to=16, lay='B', auth=True,
         subj='Twoja prośba o anulowanie została zrealizowana', title='Zamówienie anulowane na Twoją prośbę',
         paras=['Podczas rozmowy z naszą Obsługą Klienta padła prośba o anulowanie tego zamówienia. Zamówienie zostało anulowane i nie zostanie wysłane.'],
         items=[('Fotel biurowy Diablo V-Commander, czarny', 1, 1299.00)],
         note='customer asked via customer service'),
    # ---------------- unknown ----------------
    dict(k='notice', c='unknown', sr=False, mp=PLM, snd='order-update', to=17, lay='C', auth=True,
         subj='Twoje zamówienie nr {oid} zostało anulowane', title='Zamówienie anulowane',
         paras=['Twoje zamówienie nr {oid} zostało anulowane.'],
         items=[('Karma mokra dla kota Purina Felix Sensations, 80 x 85 g', 1, 119.99)],
         note='no reason'),
    dict(k='notice', c='unknown', sr=False, mp=PLM, snd='auto-confirm', to=18, lay='P1', auth=False,
         subj='Anulowano produkt: „Wsiąść do Pociągu: Europa”',
         paras=['Następujący produkt z Twojego zamówienia został anulowany:'],
         items=[('Gra planszowa Wsiąść do Pociągu: Europa (Rebel)', 1, 169.95)],
         kept=[('Karty do gry Piatnik Bridge, 2 talie', 1, 29.99)],
         note='no reason, partial'),
    dict(k='notice', c='unknown', sr=False, mp=PLM, snd='order-update', to=19, lay='B', auth=False,
         subj='Potwierdzenie anulowania zamówienia {oid}', title='Potwierdzenie anulowania',
         paras=['Potwierdzamy anulowanie zamówienia wymienionego poniżej.',
                'Jeśli nadal potrzebujesz tych produktów, możesz zamówić je ponownie w każdej chwili.'],
         items=[('Zestaw noży kuchennych Zwilling Pro w bloku, 7 elementów', 1, 1399.00)],
         note='no reason'),
    dict(k='notice', c='unknown', sr=True, mp=PLM, snd='order-update', to=20, lay='P2', auth=True,
         subj='Nie możemy dostarczyć zamówienia {oid} do wybranego punktu',
         paras=['Wybrany przez Ciebie Paczkomat (KRA12M, ul. Długa 41, Kraków) nie przyjmuje przesyłek o takich wymiarach, a przewoźnik nie może doręczyć paczki w inny sposób.',
                'Z tego względu zamówienie zostało anulowane. Przy ponownym zamówieniu wybierz dostawę kurierem na adres domowy.'],
         items=[('Telewizor Samsung 55" QLED Q80D 4K', 1, 3899.00)],
         note='pickup point cannot take parcel (undeliverable)'),
    dict(k='notice', c='unknown', sr=True, mp=PLM, snd='order-update', to=21, lay='C', auth=False,
         subj='Produkt z zamówienia {oid} nie może zostać wysłany', title='Anulowano produkt',
         paras=['Ten produkt może być wysyłany wyłącznie na adresy w Polsce, a w zamówieniu podano adres dostawy w Norwegii. Z tego powodu produkt został anulowany z Twojego zamówienia.'],
         items=[('Dron DJI Mini 4 Pro z kamerą 4K, zestaw Fly More', 1, 4199.00)],
         kept=[('Karta pamięci SanDisk Extreme microSDXC 128 GB', 1, 89.99)],
         note='cannot ship to country, partial'),
    # ---------------- non_notice ----------------
    dict(k='non_notice', mp=PLM, snd='digital-no-reply', to=4, lay='C', auth=True, oid=None,
         subj='Potwierdzenie rezygnacji z Amazon Prime', title='Członkostwo Prime wygaśnie {d3}',
         paras=['Potwierdzamy, że Twoje członkostwo Amazon Prime zostało anulowane. Z korzyści Prime, takich jak darmowa dostawa i Prime Video, możesz korzystać do {d3}.',
                'Po tym dniu nie obciążymy już Twojej karty. Jeśli zmienisz zdanie, możesz wznowić członkostwo na stronie [Zarządzaj Prime](https://www.amazon.pl/gp/primecentral?ref_=pe_pc).'],
         items=[], after=[], note='Prime membership cancelled'),
    dict(k='non_notice', mp=PLM, snd='payments-messages', to=9, lay='B', auth=False,
         subj='Wymagane działanie: zaktualizuj metodę płatności dla zamówienia {oid}', title='Nie udało się pobrać płatności',
         paras=['Bank odrzucił płatność kartą zakończoną cyframi 7720 za zamówienie wymienione poniżej.',
                'Zaktualizuj metodę płatności do {d2}. Jeżeli do tego czasu nie otrzymamy płatności, będziemy zmuszeni anulować zamówienie.'],
         ih='Produkty w zamówieniu', tl='Suma',
         items=[('Ekspres przelewowy Moccamaster KBG Select, czarny', 1, 1249.00)], after=[],
         note='payment reminder before cancellation'),
    dict(k='non_notice', mp=PLM, snd='shipment-tracking', to=1, lay='A', auth=True,
         subj='Wysłano: Twoje zamówienie Amazon.pl {oid}', title='Potwierdzenie wysyłki',
         paras=['Dobra wiadomość: Twoja paczka jest w drodze. Zamówienia nie można już zmienić ani anulować, ale po doręczeniu możesz zwrócić produkty w ciągu 30 dni.',
                'Przewidywana dostawa: **{d2}**', 'Przewoźnik: InPost, numer przesyłki 620123456789012345678901.'],
         ih='Wysłane produkty', tl='Suma',
         items=[('Powerbank Anker 737 24 000 mAh, 140 W', 1, 379.00)],
         after=['Zapłacono kartą Visa: 379,00 zł'], note='shipping confirmation'),
]

PL_RAW = [
    dict(k='raw', kind='non_notice', frm=('Allegro', 'powiadomienia@allegro.pl'), to=11,
         auth=dict(d='allegro.pl'),
         subj='Sprzedający anulował Twoje zamówienie', note='other retailer (Allegro) cancellation',
         text='''Cześć Marcin,

sprzedający elektro_outlet_pl anulował Twoje zamówienie:

  Ładowarka sieciowa Baseus GaN5 Pro 65W, 1 szt. – 119,00 zł
  Numer zamówienia: 8d1f33a0-4c2b-11ef-9a71-2b9c6e0f1d54

Powód podany przez sprzedającego: brak towaru.

Pieniądze zwrócimy na Twoje konto w ciągu 2 dni roboczych, tą samą metodą, którą zapłaciłeś.

Zobacz podobne oferty: https://allegro.pl/listing?string=baseus%20gan5%2065w

Pozdrawiamy,
Zespół Allegro

Ta wiadomość została wygenerowana automatycznie. Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań.
'''),
    dict(k='raw', kind='non_notice', frm=('Ewa Krawczyk', 'ewa.krawczyk@wp.pl'), to=18,
         auth=dict(d='wp.pl', mf='ewa.krawczyk@wp.pl'), date=(2024, 11, 20, 21, 7, 1),
         subj='Re: prezent dla Ani', note='friend says she cancelled her Amazon order',
         xh=[('In-Reply-To', '<CAF9x2kQ0pL7nR3@mail.gmail.com>')],
         text='''Hej Zosiu,

anulowałam zamówienie na Amazonie, bo ten ekspres miał przyjść dopiero po 28-ym, a urodziny Ani są w sobotę. Kupiłam go w końcu w Media Expert z odbiorem w sklepie, jutro po pracy go odbiorę.

Oddasz mi swoją część (200 zł) BLIKIEM na telefon? Mój numer znasz :)

Buziaki,
Ewa

W dniu 19.11.2024 o 22:40, Zofia Pawłowska pisze:
> To co, kupujemy jej ten ekspres z Amazona? Składamy się po połowie?
'''),
    # ---------------- lookalikes ----------------
    dict(k='raw', kind='lookalike', c='payment_issue', sr=True,
         frm=('Amazon.pl Obsługa', 'obsluga@amazon-pl-zamowienia.com'), to=2,
         auth=dict(d='amazon-pl-zamowienia.com', ip='91.215.85.140'),
         subj='Zamówienie 404-6628190-3371529 zostało anulowane – wymagany kontakt',
         note='look-alike domain, callback phone number',
         text='''Szanowny Kliencie,

Twoje zamówienie nr 404-6628190-3371529 zostało anulowane, ponieważ płatność nie została zaksięgowana.

Produkt: Samsung Galaxy S24 Ultra 512 GB
Kwota: 5 499,00 zł

Jeżeli nie składałeś tego zamówienia lub chcesz je przywrócić, zadzwoń niezwłocznie do działu płatności: +48 22 307 41 88 (pn.–nd. 8:00–22:00). Przygotuj kartę płatniczą i aplikację bankową — konsultant pomoże Ci anulować obciążenie.

Brak kontaktu w ciągu 24 godzin oznacza obciążenie karty pełną kwotą.

Z poważaniem,
Dział Płatności Amazon.pl
'''),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('Am\u0430zon.pl', 'powiadomienia.amazon@wp.pl'), to=5, reply_to='amazon.weryfikacja@proton.me',
         auth=dict(d='wp.pl', mf='powiadomienia.amazon@wp.pl', ip='212.77.101.12'),
         subj='Twoje zamówienie zostało anulowane – nieudana weryfikacja',
         note='Cyrillic a in display name, free-mail sender, reply with card details, no order number',
         text='''Dzień dobry,

Twoje ostatnie zamówienie zostało anulowane z powodu nieudanej weryfikacji konta.

Aby ponownie aktywować konto i przywrócić zamówienie, odpowiedz na tę wiadomość, podając:

1. Imię i nazwisko
2. Numer karty płatniczej
3. Datę ważności karty
4. Kod CVV
5. Numer PESEL

Dane zostaną zweryfikowane w ciągu 1 godziny.

Zespół Bezpieczeństwa Amazon
'''),
    dict(k='raw', kind='lookalike', c='fraud_prevention', sr=True,
         frm=('Amazon.pl', 'konto@amazon-pl-bezpieczenstwo.com'), to=7,
         auth='spf=neutral smtp.mailfrom=amazon-pl-bezpieczenstwo.com; dkim=none; dmarc=none header.from=amazon-pl-bezpieczenstwo.com',
         subj='Konto zawieszone, zamówienie 403-2281937-5510284 anulowane',
         note='link text shows amazon.pl, href elsewhere; code',
         html=phish_html('Twoje konto zostało zawieszone', [
             'Witaj,',
             'Twoje konto zostało zawieszone, a zamówienie **403-2281937-5510284** anulowane z powodu podejrzanej aktywności.',
             'Aby przywrócić konto, zaloguj się na stronie [https://www.amazon.pl/ap/signin](http://amazon-pl-bezpieczenstwo.com/ap/signin.php?s=pl) i wpisz kod odblokowujący:',
             '**PL-48213-AMZ**',
             'Kod jest ważny przez 12 godzin.'],
             button=('Przywróć konto', 'http://amazon-pl-bezpieczenstwo.com/ap/signin.php?s=pl'),
             foot=['Amazon.pl nigdy nie prosi o hasło w wiadomości e-mail.', '© 2025 Amazon.com, Inc.'])),
    dict(k='raw', kind='lookalike', c='unknown', sr=False,
         frm=('Amazon', 'zamowienia@amazon-pl.shop'), to=10,
         auth=dict(d='amazon-pl.shop', ip='194.26.192.64'),
         subj='Zamówienie nr 403-99812-221 zostało anulowane',
         note='malformed order number, no reason, refund login link',
         text='''Dzień dobry,

Zamówienie nr 403-99812-221 zostało anulowane.

Aby otrzymać zwrot środków, zaloguj się na swoje konto i potwierdź dane do przelewu:
https://amazon-pl.shop/zwrot

Zwrot zostanie zrealizowany w ciągu 24 godzin od potwierdzenia.

Pozdrawiamy,
Amazon.pl
''',
         html=phish_html('Zamówienie anulowane', [
             'Dzień dobry,', 'Zamówienie nr 403-99812-221 zostało anulowane.',
             'Aby otrzymać zwrot środków, zaloguj się na swoje konto i potwierdź dane do przelewu.',
             'Zwrot zostanie zrealizowany w ciągu 24 godzin od potwierdzenia.'],
             button=('Odbierz zwrot', 'https://amazon-pl.shop/zwrot'), foot=['Amazon.pl'])),
    dict(k='raw', kind='lookalike', c='inventory_shortage', sr=True,
         frm=('Amazon', 'no-reply@amazon.pl.zwroty-online.pl'), to=16,
         auth='spf=pass smtp.mailfrom=zwroty-online.pl; dkim=pass header.d=zwroty-online.pl; dmarc=pass header.from=amazon.pl.zwroty-online.pl',
         subj='Brak towaru – Twoje zamówienie zostało anulowane',
         note='subdomain trick amazon.pl.zwroty-online.pl, no order number, claims out of stock',
         html=phish_html('Brak towaru', [
             'Witaj,',
             'Z przykrością informujemy, że zamówiony produkt jest niedostępny w magazynie, dlatego Twoje zamówienie zostało anulowane.',
             'Zwrot w wysokości **1 299,00 zł** czeka na odbiór. Kliknij poniżej i podaj dane karty, na którą mamy przelać środki.'],
             button=('Odbierz zwrot środków', 'https://amazon.pl.zwroty-online.pl/odbierz'),
             foot=['Obsługa Klienta Amazon', 'Wiadomość wysłana automatycznie.'])),
]


# ==========================================================================
# ASSEMBLY
# ==========================================================================

LANG_DATA = {'nl': (NL, NL_RAW, NL_TO), 'pt': (PT, PT_RAW, PT_TO), 'pl': (PL, PL_RAW, PL_TO)}
PREFIX = {'amazon.nl': ['402', '403', '404', '405', '407', '028', '171', '302', '303', '304', '305'],
          'amazon.com.be': ['402', '403', '405', '406', '028', '171', '305'],
          'amazon.com.br': ['701', '702', '703'],
          'amazon.pl': ['403', '404', '405', '406', '407', '408', '171']}
CS_NAME = {'nl': 'Klantenservice', 'pt': 'Atendimento', 'pl': 'Obsługa Klienta'}
START = datetime.datetime(2024, 1, 15, tzinfo=datetime.timezone.utc)


def rand_date():
    return START + datetime.timedelta(days=rng.randint(0, 520), seconds=rng.randint(0, 86399))


def pick_enc(lang, s, legacy_p=0.3):
    cs = s.get('cs') or (LEGACY[lang] if rng.random() < legacy_p else 'utf-8')
    cte = s.get('cte') or rng.choice(['qp', 'qp', 'b64', '8bit'])
    return cs, cte


def recipient(lang, to):
    pair = LANG_DATA[lang][2][to] if isinstance(to, int) else to
    first = pair[0].split()[0]
    if rng.random() < 0.25:
        return first, (None, pair[1])
    return first, pair


def amazon_msgid(lang, d):
    region = 'email.amazonses.com' if lang == 'pt' else 'eu-west-1.amazonses.com'
    pre = '0100' if lang == 'pt' else '0102'
    return '<%s%s-%s-%s-%s-%s-%s-000000@%s>' % (pre, hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def mk_amazon(lang, s, d, oid_val):
    mp = s['mp']
    brand = BRAND[mp]
    first, to = recipient(lang, s['to'])
    ctx = dict(oid=oid_val or '', f=first, mp=mp, brand=brand,
               d1=human_date(lang, d - datetime.timedelta(days=rng.randint(4, 8))),
               d2=human_date(lang, d + datetime.timedelta(days=rng.randint(1, 4))),
               d3=human_date(lang, d + datetime.timedelta(days=rng.randint(20, 30))))
    cs, cte = pick_enc(lang, s)
    greet = s.get('greet') or rot(lang, 'greet')
    if isinstance(s['to'], int) and rng.random() < 0.1:
        greet = POOL[lang]['greet'][0].split(' ')[0].rstrip(',') + ','
    c = dict(lang=lang, mp=mp, oid=oid_val, cs=cs,
             greet=fill(greet, ctx),
             title=fill(s.get('title') or rot(lang, 'title'), ctx),
             paras=[fill(p, ctx) for p in s['paras']],
             items=s.get('items', []), kept=s.get('kept'),
             ih=s.get('ih', DEFAULT_IH[lang]), tl=s.get('tl'),
             after=[fill(p, ctx) for p in (s['after'] if 'after' in s else [rot(lang, 'after')])],
             help=fill(s.get('help') or rot(lang, 'help'), ctx),
             sign=fill(s.get('sign') or rot(lang, 'sign'), ctx),
             footer=[fill(p, ctx) for p in (s['footer'] if 'footer' in s else rot(lang, 'footer'))],
             placed=human_date(lang, d - datetime.timedelta(days=rng.randint(0, 6))))
    lay = s['lay']
    text = html = None
    if lay in LAYOUTS:
        html = LAYOUTS[lay](c)
        if rng.random() < 0.6:
            text = plain_1(c) if rng.random() < 0.6 else plain_2(c)
    else:
        text = plain_1(c) if lay == 'P1' else plain_2(c)
    rcpt = to[1]
    headers = []
    if rng.random() < 0.6:
        headers.append(('Return-Path', '<%s%s@bounces.%s>' % (d.strftime('%Y%m%d%H%M%S'), hexs(28), mp)))
    if rng.random() < 0.5:
        headers.append(('Received', received_ses(lang, rng.choice(MTA[lang]).replace('OUTLOOK', 'AM4PEPF00027A5F.mail.protection.outlook.com'), d) % rcpt))
    if s.get('auth'):
        headers.append(('Authentication-Results', auth_results(lang, mp)))
    if rng.random() < 0.5:
        headers.append(('DKIM-Signature', dkim_sig(mp, int(d.timestamp()))))
    snd = s['snd']
    dn = brand if snd != 'cs-reply' else '%s %s' % (brand, CS_NAME[lang])
    post = []
    if rng.random() < 0.5:
        post.append(('X-AMAZON-MAIL-RELAY-TYPE', 'notification'))
    if rng.random() < 0.3:
        post.append(('Bounces-to', '%s%s@bounces.%s' % (d.strftime('%Y%m%d%H%M%S'), hexs(20).upper(), mp)))
    if rng.random() < 0.3:
        post.append(('X-AMAZON-RTE-VERSION', '2.0'))
    if rng.random() < 0.4:
        post.append(('Feedback-ID', '1.%s.%s=:AmazonSES' % ('us-east-1' if lang == 'pt' else 'eu-west-1', b64s(43))))
    if rng.random() < 0.4:
        post.append(('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ses_ip())))
    reply_to = None
    if snd in ('order-update', 'shipment-tracking', 'auto-confirm') and rng.random() < 0.7:
        reply_to = 'no-reply@%s' % mp
    m = dict(cs=cs, cte=cte, text=text, html=html, headers=headers, post_headers=post,
             **{'from': (dn, '%s@%s' % (snd, mp))}, reply_to=reply_to, to=to,
             subject=fill(s['subj'], ctx), date=d, msgid=amazon_msgid(lang, d))
    if text and html and rng.random() < 0.3:
        m['cte_text'] = rng.choice(['qp', 'b64', '8bit'])
    return m


def mk_raw(lang, s, d):
    first, to = recipient(lang, s['to'])
    if s.get('date'):
        y, mo, da, h, mi, tzh = s['date']
        d = datetime.datetime(y, mo, da, h, mi, rng.randint(0, 59), tzinfo=tz(tzh))
    else:
        if s['kind'] == 'lookalike':
            d = d.astimezone(tz(rng.choice([0, 1, 2, 3, 8, -4])))
        else:
            d = d.astimezone(tz({'nl': 1, 'pl': 1, 'pt': -3}[lang] + (1 if lang != 'pt' and 4 <= d.month <= 9 else 0)))
    cs, cte = pick_enc(lang, s, 0.35)
    frm = s['frm']
    dom = frm[1].split('@')[1]
    headers = []
    if rng.random() < 0.6:
        headers.append(('Return-Path', '<%s>' % (frm[1] if rng.random() < 0.5 else 'bounce-%s@%s' % (hexs(10), dom))))
    a = s.get('auth')
    if a:
        if isinstance(a, dict):
            ip = a.get('ip') or '%d.%d.%d.%d' % (rng.randint(20, 220), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            headers.append(('Received', 'from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s'
                            % ('mail.' + dom, 'mail.' + dom, ip, rng.choice(MTA[lang]).replace('OUTLOOK', 'mx.outlook.com'),
                               hexs(10), to[1], format_datetime(d))))
            headers.append(('Authentication-Results',
                            auth_results(lang, a['d'], mailfrom=a.get('mf') or 'bounce@%s' % a['d'], ip=ip)))
        else:
            headers.append(('Authentication-Results', '%s; %s' % (rng.choice(['mx.google.com', MTA[lang][1]]), a)))
    html = s.get('html')
    if html:
        html = html.replace('charset=utf-8', 'charset=%s' % cs)
    if 'gmail.com' in dom:
        msgid = '<CA%s@mail.gmail.com>' % b64s(40).replace('/', '_').replace('+', '-')
    else:
        msgid = '<%s.%s@%s>' % (hexs(16), hexs(8), dom)
    post = list(s.get('xh', []))
    return dict(cs=cs, cte=cte, text=s.get('text'), html=html, headers=headers, post_headers=post,
                **{'from': frm}, reply_to=s.get('reply_to'), to=to, subject=s['subj'], date=d, msgid=msgid)


def label(fname, lang, s, kind=None):
    kind = kind or s.get('kind') or s['k']
    mp = s.get('mp') if kind != 'lookalike' else None
    cause = s.get('c') if kind != 'non_notice' else None
    return {'file': fname, 'kind': kind, 'language': lang, 'cause': cause,
            'states_reason': bool(s.get('sr', False)) if kind != 'non_notice' else False,
            'marketplace': mp, 'note': s.get('note', '')}


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith('.eml'):
            os.remove(os.path.join(MAILDIR, f))
    units = []
    for lang, (amz, raw, _) in LANG_DATA.items():
        for s in amz:
            units.append((lang, s))
        for s in raw:
            units.append((lang, s))
    rng.shuffle(units)
    labels = []
    n = 1001
    for lang, u in units:
        if isinstance(u, tuple):
            _, first, second = u
            oid_val = oid(rng.choice(PREFIX[first['mp']]))
            d1 = rand_date()
            d2 = d1 + datetime.timedelta(days=rng.randint(2, 5), seconds=rng.randint(-20000, 20000))
            seq = [(first, d1), (second, d2)]
            for s, d in seq:
                fname = 'd%d.eml' % n
                m = mk_amazon(lang, s, d, oid_val)
                open(os.path.join(MAILDIR, fname), 'wb').write(build(m))
                labels.append(label(fname, lang, s))
                n += 1
            continue
        s = u
        fname = 'd%d.eml' % n
        d = rand_date()
        if s['k'] == 'raw':
            m = mk_raw(lang, s, d)
        else:
            oid_val = oid(rng.choice(PREFIX[s['mp']])) if s.get('oid', True) is not None else None
            m = mk_amazon(lang, s, d, oid_val)
        open(os.path.join(MAILDIR, fname), 'wb').write(build(m))
        labels.append(label(fname, lang, s))
        n += 1
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print('wrote %d mails to %s' % (len(labels), MAILDIR))


if __name__ == '__main__':
    main()
