#!/usr/bin/env python3
"""Regenerates blind batch x2 (French / Spanish / Brazilian Portuguese).

Writes mail/x2NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, fixed dates.
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr, format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')
RNG = random.Random(20250302)

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def tok(n, alphabet=ALNUM):
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, '0123456789abcdef')


def order_no(prefix):
    return '%s-%07d-%07d' % (prefix, RNG.randrange(10**7), RNG.randrange(10**7))


# ---------------------------------------------------------------- locales
SEC = {}
LOC = {
    'fr-fr': dict(tld='fr', brand='Amazon.fr', region='eu', order='Commande n°',
                  qty='Quantité', seller='Vendu par', orders='Vos commandes', account='Votre compte',
                  details='Détails de la commande', cancelled='Article(s) annulé(s)', total='Total',
                  notif="Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
                  copy="© 2025 Amazon.com, Inc. ou ses filiales. Tous droits réservés. Amazon, Amazon.fr et le logo Amazon.fr sont des marques commerciales d'Amazon.com, Inc. ou de ses filiales.",
                  company="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
                  sec=["Sécurité : Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires complètes ou un code de vérification par e-mail, SMS ou téléphone.",
                       ("Si le numéro ou la date d'expiration de votre carte a changé, mettez à jour vos informations dans Votre compte : ", '/cpe/yourpayments/wallet'),
                       ("Vous avez reçu un e-mail suspect se présentant comme venant d'Amazon ? Signalez-le : ", '/gp/help/customer/display.html?nodeId=GVKMEQ7FZCH3RMBN'),
                       ("Aide et service client : ", '/gp/help/customer/display.html')]),
    'fr-ca': dict(tld='ca', brand='Amazon.ca', region='na', order='Commande no',
                  qty='Quantité', seller='Vendu par', orders='Vos commandes', account='Votre compte',
                  details='Détails de la commande', cancelled='Article(s) annulé(s)', total='Total',
                  notif="Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas y répondre.",
                  copy="© 2025 Amazon.com, Inc. ou ses sociétés affiliées. Tous droits réservés. Amazon, Amazon.ca et le logo Amazon.ca sont des marques de commerce d'Amazon.com, Inc. ou de ses sociétés affiliées.",
                  company="Amazon.com.ca ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2",
                  sec=["Important : Amazon.ca ne vous demandera jamais votre mot de passe ni votre numéro de carte de crédit par courriel, texto ou téléphone.",
                       ("Si le numéro de votre carte de crédit a changé ou si elle est expirée, mettez-la à jour dans Votre compte : ", '/cpe/yourpayments/wallet'),
                       ("Pour signaler un courriel suspect : ", '/gp/help/customer/display.html?nodeId=201909130'),
                       ("Aide et service à la clientèle : ", '/gp/help/customer/display.html')]),
    'fr-be': dict(tld='com.be', brand='Amazon.com.be', region='eu', order='Commande n°',
                  qty='Quantité', seller='Vendu par', orders='Vos commandes', account='Votre compte',
                  details='Détails de la commande', cancelled='Article(s) annulé(s)', total='Total',
                  notif="Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
                  copy="© 2025 Amazon.com, Inc. ou ses filiales. Tous droits réservés. Amazon et Amazon.com.be sont des marques commerciales d'Amazon.com, Inc. ou de ses filiales.",
                  company="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
                  sec=["Amazon.com.be ne vous demandera jamais votre mot de passe, vos données de carte ou un code à usage unique par e-mail ou par téléphone.",
                       ("Votre carte a changé ou a expiré ? Mettez-la à jour dans Votre compte : ", '/cpe/yourpayments/wallet'),
                       ("Signaler un e-mail d'hameçonnage (phishing) : ", '/gp/help/customer/display.html?nodeId=GVKMEQ7FZCH3RMBN'),
                       ("Aide : ", '/gp/help/customer/display.html')]),
    'es-es': dict(tld='es', brand='Amazon.es', region='eu', order='Pedido n.º',
                  qty='Cantidad', seller='Vendido por', orders='Mis pedidos', account='Mi cuenta',
                  details='Detalles del pedido', cancelled='Artículos cancelados', total='Total',
                  notif="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite correo entrante. No respondas a este mensaje.",
                  copy="© 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Amazon, Amazon.es y el logotipo de Amazon.es son marcas comerciales registradas de Amazon.com, Inc. o de sus afiliados.",
                  company="Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. CIF: W0184081H.",
                  sec=["Amazon.es nunca te pedirá por correo electrónico, SMS o teléfono tu contraseña, los datos completos de tu tarjeta ni ningún código de verificación.",
                       ("Si el número o la fecha de caducidad de tu tarjeta han cambiado, actualízalos en Mi cuenta: ", '/cpe/yourpayments/wallet'),
                       ("¿Has recibido un correo sospechoso que dice ser de Amazon? Infórmanos: ", '/gp/help/customer/display.html?nodeId=GVKMEQ7FZCH3RMBN'),
                       ("Ayuda y Atención al Cliente: ", '/gp/help/customer/display.html')]),
    'es-mx': dict(tld='com.mx', brand='Amazon.com.mx', region='na', order='Pedido núm.',
                  qty='Cantidad', seller='Vendido por', orders='Mis pedidos', account='Tu cuenta',
                  details='Detalles del pedido', cancelled='Artículos cancelados', total='Total',
                  notif="Este correo electrónico se envió desde una dirección que no puede recibir correos. Por favor, no respondas a este mensaje.",
                  copy="© 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Amazon, Amazon.com.mx y el logotipo de Amazon.com.mx son marcas registradas de Amazon.com, Inc. o sus afiliados.",
                  company="Servicios Comerciales Amazon México, S. de R.L. de C.V., Juan Salvador Agraz 73, Santa Fe, Cuajimalpa de Morelos, C.P. 05348, Ciudad de México.",
                  sec=["Amazon.com.mx nunca te solicitará tu contraseña, el número completo de tu tarjeta ni códigos de verificación por correo electrónico, mensaje de texto o teléfono.",
                       ("Si cambió el número o la fecha de vencimiento de tu tarjeta, actualízalos en Tu cuenta: ", '/cpe/yourpayments/wallet'),
                       ("Reporta correos sospechosos: ", '/gp/help/customer/display.html?nodeId=201909130'),
                       ("Ayuda y Servicio al Cliente: ", '/gp/help/customer/display.html')]),
    'pt-br': dict(tld='com.br', brand='Amazon.com.br', region='na', order='Pedido nº',
                  qty='Quantidade', seller='Vendido por', orders='Seus pedidos', account='Sua conta',
                  details='Detalhes do pedido', cancelled='Itens cancelados', total='Total',
                  notif="Este e-mail foi enviado de um endereço que não pode receber mensagens. Por favor, não responda.",
                  copy="© 2025 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados. Amazon, Amazon.com.br e o logotipo da Amazon.com.br são marcas registradas da Amazon.com, Inc. ou de suas afiliadas.",
                  company="Amazon Serviços de Varejo do Brasil Ltda., CNPJ 15.436.940/0001-03, Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, CEP 04543-011.",
                  sec=["A Amazon.com.br nunca solicitará sua senha, os dados completos do seu cartão ou códigos de verificação por e-mail, SMS, WhatsApp ou telefone.",
                       ("Se o número ou a validade do seu cartão mudou, atualize seus dados em Sua conta: ", '/cpe/yourpayments/wallet'),
                       ("Recebeu um e-mail suspeito em nome da Amazon? Denuncie: ", '/gp/help/customer/display.html?nodeId=201909130'),
                       ("Ajuda e Atendimento ao Cliente: ", '/gp/help/customer/display.html')]),
}


class Ctx:
    """Per-mail tracking state for Amazon-style redirect links."""

    def __init__(self, loc, evil=None):
        self.loc = LOC[loc]
        self.tld = self.loc['tld']
        self.host = 'https://www.amazon.' + self.tld
        self.C = tok(13)
        self.K = tok(13)
        self.M = 'urn:rtn:msg:2025%010d%s' % (RNG.randrange(10**10), hexs(32)) + 'p0' + self.loc['region']
        self.pe = 'pe_%d_%d' % (RNG.randrange(100000, 9999999), RNG.randrange(100000000, 999999999))
        self.evil = evil  # if set, every href goes there instead

    def url(self, path):
        return self.host + path

    def href(self, path, ref='TE_'):
        if self.evil:
            return self.evil + ('&' if '?' in self.evil else '?') + 'r=' + tok(8).lower()
        target = self.url(path)
        return (self.host + '/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s_%s'
                % (self.C, self.K, self.M, tok(13), quote(target, safe=''), tok(28), self.pe, ref + tok(3).lower()))


def esc(s):
    return html.escape(s, quote=False)


def render_inline(p, ctx, for_html):
    """p is str, or tuple (pre, link_text, path_or_url, post)."""
    if isinstance(p, str):
        return esc(p) if for_html else p
    if len(p) == 2:
        pre, target = p
        post = ''
        text = target if target.startswith('http') else ctx.url(target)
    else:
        pre, text, target, post = p
    if for_html:
        href = target if target.startswith('http') else ctx.href(target)
        return '%s<a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>%s' % (esc(pre), esc(href), esc(text), esc(post))
    url = target if target.startswith('http') else ctx.url(target)
    if text.startswith('http') or text.startswith('www.'):
        return pre + (url if ctx.evil is None else text) + post
    return '%s%s <%s>%s' % (pre, text, url, post)


def amz_text(c, ctx):
    L = ctx.loc
    o = [c.get('brand', L['brand']), '-' * 76, '']
    if c.get('title'):
        o += [c['title'], '']
    if c.get('order'):
        o += ['%s %s' % (L['order'], c['order']), ctx.url('/gp/css/order-details?orderID=' + c['order']) if not ctx.evil else ctx.evil, '']
    o += ['=' * 76, '']
    if c.get('greeting'):
        o += [c['greeting'], '']
    for p in c.get('paras', []):
        o += [render_inline(p, ctx, False), '']
    if c.get('items'):
        o += [c.get('items_heading', L['cancelled']) + ':', '']
        for it in c['items']:
            o.append('    %s' % it['name'])
            if it.get('seller'):
                o.append('    %s: %s' % (L['seller'], it['seller']))
            o.append('    %s: %s    %s' % (L['qty'], it.get('qty', 1), it.get('price', '')))
            o.append('')
    if c.get('button'):
        label, path = c['button']
        o += ['%s:' % label, ctx.url(path) if not ctx.evil else ctx.evil, '']
    for p in c.get('after', []):
        o += [render_inline(p, ctx, False), '']
    if c.get('signoff'):
        o += c['signoff'] + ['']
    o += ['=' * 76, '']
    foot = c.get('footer', L['sec'] + [L['notif'], L['company']])
    for p in foot:
        o += [render_inline(p, ctx, False), '']
    return '\n'.join(o).rstrip() + '\n'


TD = 'border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif'
TBL = 'border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%'


def amz_html(c, ctx):
    L = ctx.loc
    brand = c.get('brand', L['brand'])
    lang = c.get('lang', 'fr')
    h = []
    a = h.append
    a('<!DOCTYPE html>')
    a('<html lang="%s">' % lang)
    a(' <head>')
    a('  <meta http-equiv="Content-Type" content="text/html; charset=%s" />' % c.get('meta_charset', 'UTF-8'))
    a('  <meta name="format-detection" content="telephone=no" />')
    a('  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />')
    a('  <title>%s</title>' % esc(brand))
    a('  <style>')
    a('body { width:100% !important; height:100% !important; margin:0; padding:0; }')
    a('table, table td { border-collapse:collapse !important; }')
    a('.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }')
    a('.emailBody { width: 600px; background-color: #ffffff; }')
    a('.title { color:#C45500; font-size:20px; font-weight:normal; }')
    a('.orderIdTable a { color:#0066C0; text-decoration:none; }')
    a('.emailClosing { font-size: 11px; line-height: 15px; color: #868686; }')
    a('@media only screen and (max-width: 480px) { .emailBody { width: 100% !important; } }')
    a('  </style>')
    a(' </head>')
    a('<body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%">')
    if not ctx.evil:
        a('<img width="1" height="1" src="%s" />' % esc(ctx.host + '/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=O&U=%s&H=%s&ref_=%s_opens'
                                                    % (ctx.C, ctx.K, ctx.M, tok(13), quote('https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif', safe=''), tok(28), ctx.pe)))
    a('<table id="OutlookWrapper" style="width: 100%%; %s"><tbody><tr><td align="center" style="%s">' % (TBL, TD))
    a(' <table class="emailBody" style="width: 600px; background-color: rgb(255, 255, 255); %s" dir="ltr"><tbody>' % TBL)
    # header: logo + nav
    a('  <tr><td style="padding: 14px 18px 8px 18px; %s">' % TD)
    a('   <table style="width: 100%%; %s"><tbody><tr>' % TBL)
    a('    <td style="width: 140px; %s"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/navAmazonLogoFooter._CB198838542_.gif" alt="%s" title="%s" border="0" width="130" style="width:130px" /></a></td>'
      % (TD, esc(ctx.href('/')), esc(brand), esc(brand)))
    a('    <td align="right" style="font-size: 12px; color: #666666; %s"><a href="%s" style="color:#0066C0; text-decoration:none;">%s</a> | <a href="%s" style="color:#0066C0; text-decoration:none;">%s</a> | <a href="%s" style="color:#0066C0; text-decoration:none;">%s</a></td>'
      % (TD, esc(ctx.href('/gp/css/order-history')), esc(L['orders']), esc(ctx.href('/gp/css/homepage.html')), esc(L['account']), esc(ctx.href('/')), esc(brand)))
    a('   </tr></tbody></table>')
    a('  </td></tr>')
    if c.get('title'):
        a('  <tr><td style="padding: 6px 18px 0 18px; border-top: 1px solid #DDDDDD; %s"><h2 class="title" style="color:#C45500; font-size:20px; font-weight:normal; margin: 12px 0 4px 0;">%s</h2>' % (TD, esc(c['title'])))
        if c.get('order'):
            a('   <table class="orderIdTable" style="font-size: 13px; color: #555555; %s"><tbody><tr><td style="%s">%s <a href="%s" style="color:#0066C0; text-decoration:none;">%s</a></td></tr></tbody></table>'
              % (TBL, TD, esc(L['order']), esc(ctx.href('/gp/css/order-details?orderID=' + c['order'])), esc(c['order'])))
        a('  </td></tr>')
    a('  <tr><td style="padding: 16px 18px 4px 18px; font-size: 14px; line-height: 20px; color: #111111; %s">' % TD)
    if c.get('greeting'):
        a('   <p style="margin: 0 0 12px 0; font-weight: bold;">%s</p>' % esc(c['greeting']))
    for p in c.get('paras', []):
        a('   <p style="margin: 0 0 12px 0;">%s</p>' % render_inline(p, ctx, True))
    a('  </td></tr>')
    if c.get('items'):
        a('  <tr><td style="padding: 4px 18px 12px 18px; %s">' % TD)
        a('   <table style="width: 100%%; border-top: 2px solid #E3E3E3; %s"><tbody>' % TBL)
        a('    <tr><td colspan="3" style="padding: 10px 0 6px 0; font-size: 15px; font-weight: bold; color: #333333; %s">%s</td></tr>' % (TD, esc(c.get('items_heading', L['cancelled']))))
        for it in c['items']:
            img = 'https://m.media-amazon.com/images/I/%s._SS142_.jpg' % (tok(2) + tok(9, ALNUM + 'abcdefghijklmnopqrstuvwxyz'))
            a('    <tr>')
            a('     <td class="itemImage" style="width: 90px; padding: 6px 0; %s"><img src="%s" style="max-height: 84px; max-width: 84px;" /></td>' % (TD, img))
            seller = ('<br /><span style="font-size: 12px; color: #666666;">%s %s</span>' % (esc(L['seller']), esc(it['seller']))) if it.get('seller') else ''
            a('     <td class="itemTitle" style="padding: 6px 12px; font-size: 14px; %s"><a href="%s" style="color:#0066C0; text-decoration:none;">%s</a>%s<br /><span style="font-size: 12px; color: #666666;">%s : %s</span></td>'
              % (TD, esc(ctx.href('/dp/B0%s' % tok(8))), esc(it['name']), seller, esc(L['qty']), it.get('qty', 1)))
            a('     <td align="right" style="padding: 6px 0; font-size: 14px; font-weight: bold; white-space: nowrap; %s">%s</td>' % (TD, esc(it.get('price', ''))))
            a('    </tr>')
        a('   </tbody></table>')
        a('  </td></tr>')
    if c.get('button'):
        label, path = c['button']
        href = ctx.evil if ctx.evil else ctx.href(path)
        a('  <tr><td style="padding: 8px 18px 16px 18px; %s">' % TD)
        a('   <table style="%s"><tbody><tr><td style="background-color: #FFD814; border: 1px solid #FCD200; border-radius: 8px; padding: 10px 22px; %s"><a href="%s" style="color: #0F1111; font-size: 14px; text-decoration: none;">%s</a></td></tr></tbody></table>'
          % (TBL, TD, esc(href), esc(label)))
        a('  </td></tr>')
    if c.get('after') or c.get('signoff'):
        a('  <tr><td style="padding: 4px 18px 12px 18px; font-size: 14px; line-height: 20px; color: #111111; %s">' % TD)
        for p in c.get('after', []):
            a('   <p style="margin: 0 0 12px 0;">%s</p>' % render_inline(p, ctx, True))
        if c.get('signoff'):
            a('   <p style="margin: 0 0 12px 0;">%s</p>' % '<br />'.join(esc(x) for x in c['signoff']))
        a('  </td></tr>')
    foot = c.get('footer', L['sec'] + [L['notif'], L['company']])
    a('  <tr><td class="emailClosing" style="padding: 14px 18px 20px 18px; border-top: 1px solid #DDDDDD; font-size: 11px; line-height: 15px; color: #868686; %s">' % TD)
    for p in foot:
        a('   <p style="margin: 0 0 8px 0;">%s</p>' % render_inline(p, ctx, True))
    a('   <p style="margin: 0 0 8px 0;">%s</p>' % esc(L['copy']))
    a('  </td></tr>')
    a(' </tbody></table>')
    a('</td></tr></tbody></table>')
    a('</body>')
    a('</html>')
    return '\n'.join(h) + '\n'


def simple_html(paras, lang='fr', style='font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;', head_extra=''):
    """Generic HTML for third-party mails; paras are raw HTML snippets."""
    return ('<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n%s</head>\n<body style="%s">\n%s\n</body>\n</html>\n'
            % (lang, head_extra, style, '\n'.join(paras)))


# ---------------------------------------------------------------- MIME
def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    return raw.decode('ascii', 'surrogateescape')


def set_leaf(p, text, subtype, charset, cte):
    p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(enc_body(text, charset, cte))


def enc_header(s, charset, name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
        cs = charset
    except (UnicodeEncodeError, LookupError):
        cs = 'utf-8'
    return Header(s, cs, header_name=name).encode()


def enc_addr(name, addr, charset='utf-8'):
    if name is None:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
            cs = charset
        except (UnicodeEncodeError, LookupError):
            cs = 'utf-8'
        return formataddr((name, addr), charset=cs)


def amazon_extra(tld, region, date):
    stamp = date.strftime('%Y%m%d%H%M%S')
    host = 'eu-west-1.amazonses.com' if region == 'eu' else 'email.amazonses.com'
    mid = '<%s%s-%s-%s-%s-%s-%s-000000@%s>' % ('01020195' if region == 'eu' else '01000195', hexs(8), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)
    bounce = '%s%s@bounces.amazon.%s' % (stamp, hexs(18), tld)
    return mid, bounce


def auth_results(rcpt_domain, tld, bounce):
    sel = tok(14).lower()
    return ('%s; dkim=pass header.d=amazon.%s header.s=%s header.b=%s; dkim=pass header.d=amazonses.com header.s=%s header.b=%s; '
            'spf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s; '
            'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s'
            % ('mx.' + rcpt_domain, tld, sel, tok(8), tok(26).lower(), tok(8), rcpt_domain, bounce, RNG.randrange(0, 255), RNG.randrange(1, 254), bounce, tld))


def prefold(v):
    """Fold a long structured header after each ';' (generator folding is off)."""
    return ';\n\t'.join(x.strip() for x in v.split(';'))


def build(m):
    h = m['hdr']
    b = m['body']
    cs = b['charset']
    date = h['date']
    top = Message()
    for k, v in h.get('pre', []):
        top[k] = v
    mid = h.get('msgid')
    if h.get('amazon'):
        tld, region = h['amazon']
        mid, bounce = amazon_extra(tld, region, date)
        if h.get('auth'):
            top['Authentication-Results'] = prefold(auth_results(h['to'][1].split('@')[1], tld, bounce))
        top['Return-Path'] = '<%s>' % bounce
    elif h.get('auth_raw'):
        top['Authentication-Results'] = prefold(h['auth_raw'])
    if not mid:
        dom = h['frm'][1].split('@')[1]
        mid = '<%s.%s@%s>' % (hexs(16), tok(10), dom)
    top['From'] = enc_addr(h['frm'][0], h['frm'][1], cs)
    if h.get('reply_to'):
        top['Reply-To'] = h['reply_to']
    top['To'] = enc_addr(h['to'][0], h['to'][1], cs)
    top['Subject'] = enc_header(h['subject'], cs)
    top['Date'] = format_datetime(date)
    top['Message-ID'] = mid
    top['MIME-Version'] = '1.0'
    for k, v in h.get('post', []):
        top[k] = v
    if h.get('amazon'):
        top['X-AMAZON-MAIL-RELAY-TYPE'] = 'notification'
        top['Bounces-to'] = bounce
        top['X-AMAZON-RTE-VERSION'] = '2.0'
        top['Feedback-ID'] = '1.%s.%s=:amazonses' % ('eu-west-1' if h['amazon'][1] == 'eu' else 'us-east-1', base64.b64encode(bytes(RNG.randrange(256) for _ in range(30))).decode()[:40])
    if b['struct'] == 'alt':
        boundary = '----=_Part_%d_%d.%d' % (RNG.randrange(10**6, 10**8), RNG.randrange(10**8, 10**10), int(date.timestamp() * 1000))
        top['Content-Type'] = 'multipart/alternative; boundary="%s"' % boundary
        top.set_boundary(boundary)
        p1 = Message()
        set_leaf(p1, b['text'], 'plain', b.get('charset_text', cs), b['cte_text'])
        p2 = Message()
        set_leaf(p2, b['html'], 'html', b.get('charset_html', cs), b['cte_html'])
        top.attach(p1)
        top.attach(p2)
    elif b['struct'] == 'text':
        set_leaf(top, b['text'], 'plain', cs, b['cte_text'])
    else:
        set_leaf(top, b['html'], 'html', cs, b['cte_html'])
    return top


MAILS = []


def D(y, mo, d, hh, mm, tz=1):
    return datetime.datetime(y, mo, d, hh, mm, RNG.randrange(60), tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def add(kind, language, cause, states_reason, marketplace, note, hdr, body):
    MAILS.append(dict(kind=kind, language=language, cause=cause, states_reason=states_reason,
                      marketplace=marketplace, note=note, hdr=hdr, body=body))


def amz_mail(loc, content, struct, charset, cte_text=None, cte_html=None, evil=None, **kw):
    ctx = Ctx(loc, evil)
    body = dict(struct=struct, charset=charset, cte_text=cte_text, cte_html=cte_html)
    if struct in ('alt', 'text'):
        body['text'] = amz_text(content, ctx)
    if struct in ('alt', 'html'):
        content = dict(content)
        content.setdefault('meta_charset', charset.upper())
        body['html'] = amz_html(content, ctx)
    body.update(kw)
    return body, ctx


# =====================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# =====================================================================
def french():
    # ---------------- notices ----------------
    o = order_no('405')
    c = dict(lang='fr', title='Article(s) annulé(s)', order=o, greeting='Bonjour Camille,',
             paras=["Nous sommes désolés : l'article ci-dessous n'est plus disponible auprès de notre fournisseur et nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable. Nous avons donc dû l'annuler de votre commande.",
                    "Votre moyen de paiement n'a pas été débité pour cet article. Si un montant a déjà été prélevé, il vous sera remboursé sous 3 à 5 jours ouvrés.",
                    "Les autres articles de votre commande, le cas échéant, vous seront expédiés comme prévu."],
             items=[dict(name='Philips Hue White Ambiance GU10, pack de 2 ampoules connectées', seller='Amazon EU S.à r.l.', qty=1, price='39,99 €')],
             after=[("Vous pouvez suivre l'état de vos commandes à tout moment dans ", 'Vos commandes', '/gp/css/order-history', '.')],
             signoff=["Nous espérons vous revoir bientôt.", "Amazon.fr"])
    body, _ = amz_mail('fr-fr', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('notice', 'fr', 'inventory_shortage', True, 'amazon.fr', 'item no longer available from supplier; html+text',
        dict(frm=('Amazon.fr', 'order-update@amazon.fr'), reply_to='no-reply@amazon.fr', to=('Camille Durand', 'camille.durand@orange.fr'),
             subject='Un article a été annulé de votre commande Amazon.fr n° %s' % o, date=D(2025, 1, 14, 9, 12), amazon=('fr', 'eu'), auth=True), body)

    o = order_no('702')
    c = dict(lang='fr', order=o, title='Votre commande a été annulée', greeting='Bonjour Marc-André,',
             paras=["Le 3 février, nous vous avons écrit parce que nous n'avions pas pu obtenir l'autorisation de paiement pour la commande ci-dessous : la carte Visa se terminant par 4417 a été refusée par l'institution émettrice.",
                    "Comme le mode de paiement n'a pas été révisé dans le délai indiqué, nous avons annulé la commande. Aucun montant n'a été porté à votre carte.",
                    "Si vous souhaitez toujours vous procurer ces articles, vous pouvez passer une nouvelle commande sur www.amazon.ca. Pour éviter ce problème à l'avenir, vérifiez que la date d'expiration et l'adresse de facturation de votre carte sont à jour."],
             items=[dict(name='Lodge Cocotte en fonte émaillée 5,5 pintes, rouge', qty=1, price='119,99 $'),
                    dict(name='Gants de cuisine en silicone résistants à la chaleur (paire)', qty=1, price='18,49 $')],
             after=[("Gérer vos modes de paiement : ", 'Votre compte', '/cpe/yourpayments/wallet', '')],
             signoff=['Nous espérons vous revoir bientôt.', 'Amazon.ca'])
    body, _ = amz_mail('fr-ca', c, 'text', 'utf-8', '8bit')
    add('notice', 'fr', 'payment_issue', True, 'amazon.ca', 'card declined, payment revision not made in time; Quebec French; text only 8bit',
        dict(frm=('Amazon.ca', 'payments-messages@amazon.ca'), reply_to='no-reply@amazon.ca', to=('Marc-André Tremblay', 'ma.tremblay@videotron.ca'),
             subject='Votre commande Amazon.ca (%s) a été annulée' % o, date=D(2025, 2, 8, 6, 41, -5), amazon=('ca', 'na'), auth=False), body)

    o = order_no('404')
    c = dict(lang='fr', title='Information concernant votre commande', order=o, greeting='Bonjour Thomas,',
             paras=["Vous avez récemment commandé l'article ci-dessous sur Amazon.com.be. En raison d'une erreur technique, cet article a été affiché à un prix incorrect (14,99 € au lieu de 149,99 €).",
                    "Conformément à nos Conditions générales de vente, nous avons annulé votre commande. Aucun montant ne vous a été débité ; si une autorisation temporaire apparaît sur votre relevé, elle disparaîtra automatiquement d'ici quelques jours.",
                    "Nous vous prions de nous excuser pour la gêne occasionnée."],
             items=[dict(name='Sony WH-1000XM5 Casque sans fil à réduction de bruit, noir', seller='Amazon EU S.à r.l.', qty=1, price='14,99 €')],
             after=[("Pour en savoir plus sur les erreurs de prix, consultez nos ", 'Conditions générales de vente', '/gp/help/customer/display.html?nodeId=201909000', '.')],
             signoff=['Cordialement,', "Le service client d'Amazon.com.be"])
    body, _ = amz_mail('fr-be', c, 'html', 'utf-8', cte_html='base64')
    add('notice', 'fr', 'technical_issue', True, 'amazon.com.be', 'pricing error; html only base64',
        dict(frm=('Amazon.com.be', 'order-update@amazon.com.be'), reply_to='no-reply@amazon.com.be', to=('Thomas Lambert', 'thomas.lambert@skynet.be'),
             subject='Information concernant votre commande Amazon.com.be %s' % o, date=D(2025, 3, 2, 17, 5), amazon=('com.be', 'eu'), auth=True), body)

    o = order_no('403')
    c = dict(lang='fr', title='Commande annulée et compte en attente', order=o, greeting='Bonjour,',
             paras=["Nous avons constaté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de précaution, nous avons mis votre compte en attente et annulé la commande en cours indiquée ci-dessous.",
                    "Pour rétablir l'accès à votre compte, connectez-vous sur www.amazon.fr et suivez les instructions qui s'affichent. Nous pourrons vous demander de confirmer les informations de paiement associées à votre compte : cette vérification se fait uniquement sur notre site, jamais par e-mail ni par téléphone.",
                    "Une fois la vérification terminée, vous pourrez passer une nouvelle commande. Aucun montant n'a été débité pour la commande annulée."],
             items=[dict(name='Apple iPhone 15 (128 Go) - Noir', seller='Amazon EU S.à r.l.', qty=1, price='829,00 €'),
                    dict(name='Apple Coque en silicone avec MagSafe pour iPhone 15', seller='Amazon EU S.à r.l.', qty=1, price='59,00 €')],
             signoff=['Merci de votre compréhension.', "L'équipe Amazon.fr"])
    body, _ = amz_mail('fr-fr', c, 'alt', 'utf-8', 'base64', 'base64')
    add('notice', 'fr', 'fraud_prevention', True, 'amazon.fr', 'unusual activity, account on hold, order cancelled; base64 alt; no auth header',
        dict(frm=('Amazon.fr', 'account-update@amazon.fr'), reply_to='no-reply@amazon.fr', to=(None, 'l.moreau.78@free.fr'),
             subject='Votre commande Amazon.fr %s a été annulée' % o, date=D(2024, 11, 29, 23, 48), amazon=('fr', 'eu'), auth=False), body)

    o = order_no('408')
    item = 'Tefal Ingenio Unlimited Batterie de cuisine 10 pièces, tous feux dont induction'
    c = dict(lang='fr', title='Annulation réussie', order=o, greeting='Bonjour Sophie,',
             paras=["Comme vous l'avez demandé, nous avons annulé l'article suivant de votre commande n° %s." % o,
                    "Motif de l'annulation : annulée par le client",
                    "Si vous avez déjà été débitée pour cet article, le remboursement sera effectué sur votre moyen de paiement d'origine. Les autres articles de votre commande ne sont pas concernés."],
             items=[dict(name=item, qty=1, price='129,99 €')],
             after=[("Consultez le statut de votre commande dans ", 'Vos commandes', '/gp/css/order-history', '.')],
             signoff=['Nous espérons vous revoir bientôt.', 'Amazon.fr'])
    body, _ = amz_mail('fr-fr', c, 'text', 'utf-8', 'quoted-printable')
    add('notice', 'fr', 'customer_request', True, 'amazon.fr', 'customer cancelled item; text only QP',
        dict(frm=('Amazon.fr', 'auto-confirm@amazon.fr'), reply_to='no-reply@amazon.fr', to=('Sophie Bernard', 'sophie.bernard@laposte.net'),
             subject='Article annulé avec succès : "%s..."' % item[:48], date=D(2025, 4, 19, 11, 3, 2), amazon=('fr', 'eu'), auth=True), body)

    o = order_no('701')
    c = dict(lang='fr', title='Renseignements sur votre commande', order=o, greeting='Bonjour Geneviève,',
             paras=["Nous vous informons que la commande ci-dessous a été annulée.",
                    "Nous sommes désolés des inconvénients que cela pourrait vous causer. Aucun montant n'a été porté à votre carte pour cette commande.",
                    "Vous pouvez consulter le détail de vos commandes dans Votre compte."],
             items=[dict(name='Bissell Aspirateur sans fil Featherweight, bleu', qty=1, price='89,99 $')],
             signoff=['Merci de magasiner chez nous.', 'Amazon.ca'],
             footer=["Amazon.ca ne vous demandera jamais votre mot de passe par courriel.",
                     ("Pour signaler un courriel suspect : ", '/gp/help/customer/display.html?nodeId=201909130'),
                     LOC['fr-ca']['notif'], LOC['fr-ca']['company']])
    body, _ = amz_mail('fr-ca', c, 'alt', 'iso-8859-1', '8bit', 'quoted-printable')
    add('notice', 'fr', 'unknown', False, 'amazon.ca', 'cancellation without any stated reason; iso-8859-1',
        dict(frm=('Amazon.ca', 'order-update@amazon.ca'), reply_to='no-reply@amazon.ca', to=('Geneviève Roy', 'genevieve.roy@sympatico.ca'),
             subject='Renseignements de Amazon.ca', date=D(2024, 12, 10, 14, 22, -5), amazon=('ca', 'na'), auth=False), body)

    # ---------------- non notices ----------------
    txt = """Bonjour Mme Petit,

Nous sommes au regret de vous informer que votre commande n° LP-20931 du 6 mars a été annulée : l'ouvrage « L'Anomalie » d'Hervé Le Tellier (édition reliée illustrée) est épuisé chez l'éditeur et ne sera pas réimprimé.

Vous avez réglé cette commande avec Amazon Pay. Le remboursement de 24,90 € (frais de port inclus) sera crédité sur le moyen de paiement associé à votre compte Amazon sous 3 à 5 jours ouvrés ; Amazon Pay vous enverra une confirmation séparée.

Nous restons à votre disposition pour vous proposer une autre édition ou réserver un exemplaire d'occasion.

Bien cordialement,
Hélène Garnier
Librairie Le Passage - 12 rue des Carmes, 35000 Rennes
02 99 31 44 07 - www.librairie-lepassage.fr
"""
    htm = simple_html(['<p>Bonjour Mme Petit,</p>',
                       "<p>Nous sommes au regret de vous informer que votre commande <b>n° LP-20931</b> du 6 mars a été <b>annulée</b> : l'ouvrage « L'Anomalie » d'Hervé Le Tellier (édition reliée illustrée) est épuisé chez l'éditeur et ne sera pas réimprimé.</p>",
                       "<p>Vous avez réglé cette commande avec <img src=\"https://www.librairie-lepassage.fr/img/amazonpay.png\" alt=\"Amazon Pay\" height=\"14\"> Amazon Pay. Le remboursement de 24,90 € (frais de port inclus) sera crédité sur le moyen de paiement associé à votre compte Amazon sous 3 à 5 jours ouvrés ; Amazon Pay vous enverra une confirmation séparée.</p>",
                       "<p>Nous restons à votre disposition pour vous proposer une autre édition ou réserver un exemplaire d'occasion.</p>",
                       '<p>Bien cordialement,<br>Hélène Garnier<br><span style="color:#777">Librairie Le Passage - 12 rue des Carmes, 35000 Rennes<br>02 99 31 44 07 - <a href="https://www.librairie-lepassage.fr">www.librairie-lepassage.fr</a></span></p>'])
    add('non_notice', 'fr', None, False, None, 'independent bookshop cancels its own order; paid with Amazon Pay',
        dict(frm=('Librairie Le Passage', 'commandes@librairie-lepassage.fr'), to=('Nathalie Petit', 'nathalie.petit@gmail.com'),
             subject='Votre commande LP-20931 a été annulée', date=D(2025, 3, 8, 10, 15), post=[('X-Mailer', 'PrestaShop Mailer')]),
        dict(struct='alt', charset='utf-8', cte_text='quoted-printable', cte_html='quoted-printable', text=txt, html=htm))

    txt = """Salut Manon,

Petit point cadeau : j'ai annulé ma commande Amazon pour l'appareil à raclette, Claire en a déjà reçu un de sa sœur à Noël (oups). J'ai eu le mail de confirmation d'annulation ce matin, donc pas de risque de double paiement.

Du coup on part sur le coffret dégustation + le livre de cuisine dont elle parlait ? Je te laisse commander cette fois, tu me diras combien je te dois.

Bises,
Julien

Le mar. 14 janv. 2025 à 21:07, Manon Leroy <manon.leroy@outlook.fr> a écrit :
> Tu as pris quoi finalement pour Claire ? Il faudrait que ce soit là avant le 25.
> Manon
"""
    add('non_notice', 'fr', None, False, None, 'friend says he cancelled his Amazon order for a gift',
        dict(frm=('Julien Mercier', 'julien.mercier@gmail.com'), to=('Manon Leroy', 'manon.leroy@outlook.fr'),
             subject='Re: cadeau pour Claire', date=D(2025, 1, 15, 8, 37),
             pre=[('Received', 'by mail-lf1-f41.google.com with SMTP id 2adb3069b0e04-5401b7f7141so412312e87.1; Wed, 15 Jan 2025 00:37:12 -0800 (PST)')],
             post=[('In-Reply-To', '<CAF7mQ1x0rZ3@mail.outlook.fr>')]),
        dict(struct='text', charset='utf-8', cte_text='8bit', text=txt))

    htm = simple_html([
        '<table width="640" align="center" style="border:1px solid #ddd"><tr><td style="background:#1d3557;color:#fff;padding:18px;font-size:22px">Cyber-Vigilance Hebdo <span style="font-size:13px">n° 112</span></td></tr><tr><td style="padding:18px">',
        "<h2>Arnaque du moment : le faux mail « Votre commande Amazon a été annulée »</h2>",
        "<p>Depuis deux semaines, nos lecteurs nous signalent une vague de messages frauduleux imitant Amazon. L'objet le plus fréquent : <i>« Votre commande Amazon.fr n° 171-4432190-0092113 a été annulée – action requise »</i>. Le message affirme qu'un problème de paiement a entraîné l'annulation et invite à « mettre à jour sa carte » via un lien.</p>",
        "<p><b>Comment les repérer ?</b></p><ul><li>l'expéditeur n'est pas un domaine amazon.fr (par ex. <i>amazon-commande-fr.com</i>) ;</li><li>le lien affiché ne correspond pas à l'adresse réelle quand on le survole ;</li><li>on vous demande votre numéro de carte ou un code reçu par SMS.</li></ul>",
        "<p>En cas de doute, ne cliquez pas : ouvrez vous-même l'application ou le site d'Amazon et vérifiez la rubrique « Vos commandes ». Une vraie annulation y apparaît toujours.</p>",
        "<p>Signalez ces messages sur <a href=\"https://www.signal-spam.fr\">Signal Spam</a> ou au 33700 pour les SMS.</p>",
        '<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous y êtes abonné(e). <a href="https://www.cybervigilance-hebdo.fr/desinscription?u=8841">Se désinscrire</a></p></td></tr></table>'])
    add('non_notice', 'fr', None, False, None, 'security newsletter quoting a fake Amazon cancellation subject',
        dict(frm=('Cyber-Vigilance Hebdo', 'newsletter@cybervigilance-hebdo.fr'), to=(None, 'abonne.4471@wanadoo.fr'),
             subject='Arnaque du moment : les faux mails « Votre commande Amazon a été annulée »', date=D(2025, 2, 20, 7, 0),
             post=[('List-Unsubscribe', '<https://www.cybervigilance-hebdo.fr/desinscription?u=8841>'), ('Precedence', 'bulk')]),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))

    o = order_no('402')
    c = dict(lang='fr', title='Rendez-vous de livraison annulé', order=o, greeting='Bonjour Karim,',
             paras=["Le transporteur n'a pas pu confirmer le créneau que vous aviez choisi (jeudi 13 mars, 8 h - 12 h) pour la livraison de votre lave-linge. Ce rendez-vous a donc été annulé.",
                    "Votre commande n'est pas annulée : elle reste en cours et l'article est prêt à être livré. Choisissez simplement un nouveau créneau de livraison ci-dessous."],
             items=[dict(name='Bosch WGG244Z0FR Série 6 Lave-linge hublot 9 kg', qty=1, price='599,99 €')],
             items_heading='Article concerné',
             button=('Choisir un nouveau créneau', '/progress-tracker/package/reschedule'),
             signoff=['Amazon.fr'])
    body, _ = amz_mail('fr-fr', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('non_notice', 'fr', None, False, None, 'genuine amazon.fr: delivery appointment cancelled, order still active',
        dict(frm=('Amazon.fr', 'shipment-tracking@amazon.fr'), reply_to='no-reply@amazon.fr', to=('Karim Benali', 'karim.benali@sfr.fr'),
             subject='Votre rendez-vous de livraison du jeudi 13 mars a été annulé', date=D(2025, 3, 12, 18, 2), amazon=('fr', 'eu'), auth=True), body)

    txt = """Bonjour Étienne,

Nous confirmons l'annulation de votre abonnement Amazon Prime.

Vous continuerez à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) jusqu'au 27 avril 2025. Aucun autre montant ne vous sera facturé après cette date.

Vous avez changé d'avis ? Vous pouvez réactiver votre abonnement à tout moment : https://www.amazon.ca/gp/primecentral

Vos commandes en cours ne sont pas touchées par cette annulation.

Merci d'avoir été membre Prime.
Amazon.ca

Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels.
"""
    add('non_notice', 'fr', None, False, None, 'genuine amazon.ca: Prime membership cancelled',
        dict(frm=('Amazon.ca', 'digital-no-reply@amazon.ca'), to=('Étienne Gagnon', 'etienne.gagnon@hotmail.ca'),
             subject="Confirmation de l'annulation de votre abonnement Amazon Prime", date=D(2025, 3, 28, 20, 11, -4), amazon=('ca', 'na'), auth=False),
        dict(struct='text', charset='utf-8', cte_text='base64', text=txt))

    o = order_no('406')
    c = dict(lang='fr', title='Action requise : informations de paiement', order=o, greeting='Bonjour Aurélie,',
             paras=["Nous n'avons pas pu débiter la carte Mastercard se terminant par 2290 pour votre commande ci-dessous. Ce problème vient souvent d'une carte expirée, d'un plafond atteint ou d'une adresse de facturation qui ne correspond pas.",
                    "Pour éviter l'annulation de votre commande, mettez à jour votre moyen de paiement avant le 21 mars 2025. Si vous ne le faites pas, votre commande sera annulée.",
                    "Si vous avez déjà mis à jour vos informations, vous n'avez rien d'autre à faire."],
             items=[dict(name='Garmin Forerunner 265 Montre GPS de course, noir', qty=1, price='349,99 €')],
             items_heading='Commande concernée',
             button=('Mettre à jour le mode de paiement', '/gp/css/order-details?orderID=' + o),
             signoff=['Merci de votre confiance.', 'Amazon.fr'])
    body, _ = amz_mail('fr-fr', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('non_notice', 'fr', None, False, None, 'genuine amazon.fr payment reminder before cancellation (will be cancelled)',
        dict(frm=('Amazon.fr', 'payments-messages@amazon.fr'), reply_to='no-reply@amazon.fr', to=('Aurélie Fontaine', 'aurelie.fontaine@yahoo.fr'),
             subject='Action requise : problème de paiement pour la commande %s' % o, date=D(2025, 3, 17, 9, 30), amazon=('fr', 'eu'), auth=True), body)

    # ---------------- lookalikes ----------------
    o = '405-2291834-6617102'
    htm = simple_html([
        '<div style="max-width:600px;margin:auto;border:1px solid #e7e7e7">',
        '<div style="background:#232f3e;padding:12px"><img src="https://i.imgur.com/q8Vn2xK.png" alt="amazon" width="110"></div>',
        '<div style="padding:20px">',
        '<h3 style="color:#c45500;font-weight:normal">Confirmation d\'annulation</h3>',
        '<p>Bonjour,</p>',
        '<p>Votre demande d\'annulation de la commande n° <b>%s</b> a bien été prise en compte.</p>' % o,
        '<table style="width:100%;border-top:1px solid #ddd;margin:10px 0"><tr><td>Apple MacBook Air 13" puce M3, 16 Go, 512 Go - Minuit</td><td align="right"><b>1 499,00 €</b></td></tr></table>',
        '<p>Le remboursement sera traité sous 24 heures vers votre moyen de paiement.</p>',
        '<p style="background:#fff4e5;border-left:4px solid #ff9900;padding:10px"><b>Vous n\'êtes pas à l\'origine de cette demande ?</b><br>Contactez immédiatement notre service sécurité au <b>01 85 14 62 90</b> (appel gratuit, 7j/7, 24h/24) afin de bloquer l\'opération et de sécuriser votre compte.</p>',
        '<p>Cordialement,<br>Service Client Amazon</p>',
        '<p style="font-size:10px;color:#999">© 2025 Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.</p>',
        '</div></div>'])
    add('lookalike', 'fr', 'customer_request', True, None, 'callback phone scam; claims customer-requested cancellation; lookalike domain',
        dict(frm=('Amazon Service Client', 'service-client@amazon-fr-commande.com'), to=(None, 'b.girard@orange.fr'),
             subject='Confirmation d\'annulation de votre commande n° %s' % o, date=D(2025, 2, 4, 3, 17),
             pre=[('Received', 'from vps-4f2a91.contaboserver.net (vps-4f2a91.contaboserver.net [185.217.98.44]) by mx.orange.fr with ESMTP; Tue, 4 Feb 2025 03:17:22 +0100')],
             post=[('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')]),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))

    txt = """Cher(e) client(e),

Votre compte Amazon a été SUSPENDU suite à une activité suspecte détectée par notre système de sécurité et votre commande n° 402-8812-55731 a été annulée.

Pour réactiver votre compte et débloquer votre commande, rendez-vous sur :
https://amaz0n-securite.fr/reactivation/fr

et saisissez le code de vérification suivant : AMZ-58201-FR

Sans action de votre part sous 48 heures, votre compte sera définitivement fermé et les fonds restants sur votre solde de chèques-cadeaux seront perdus.

Le service de sécurité Amazon
"""
    add('lookalike', 'fr', 'fraud_prevention', True, None, 'account suspended + order cancelled, use this code; amaz0n domain; malformed order number',
        dict(frm=('Amazon Sécurité', 'securite@amaz0n-securite.fr'), to=(None, 'remi.faure@free.fr'),
             subject='Compte suspendu - commande annulée', date=D(2024, 12, 2, 22, 51)),
        dict(struct='text', charset='utf-8', cte_text='8bit', text=txt))

    txt = """Bonjour cher client,

Votre paiement a été refusé et votre commande N°403-5517263-8820 est annulé.

Pour recevoir votre colis vous devez repondre a ce email avec les informations suivante :
- Numero de carte
- Date d expiration
- Code CVV (3 chiffres au dos)
- Nom du titulaire

Apres verification votre commande sera reactiver.

Merci
Service Amazon France
"""
    add('lookalike', 'fr', 'payment_issue', True, None, 'crude: reply with card details; gmail sender',
        dict(frm=('Amazon.fr', 'amazon.serviceclient.fr@gmail.com'), to=(None, 'dupont.jacques@wanadoo.fr'),
             subject='Votre commande a été annulée !!', date=D(2025, 1, 27, 13, 4)),
        dict(struct='text', charset='iso-8859-1', cte_text='quoted-printable', text=txt))

    o = '408-7730912-4471058'
    evil = 'http://amazon-fr.order-verify.top/signin/fr/'
    c = dict(lang='fr', title='Votre commande a été annulée', order=o, greeting='Bonjour,',
             paras=["Nous n'avons pas pu vérifier le mode de paiement associé à votre commande. Par conséquent, votre commande a été annulée.",
                    ("Pour restaurer votre commande et éviter la suspension de votre compte, veuillez mettre à jour vos informations de paiement dans Votre compte : ", 'https://www.amazon.fr/gp/css/order-history', evil, '')],
             items=[dict(name='Dyson V15 Detect Absolute aspirateur balai sans fil', qty=1, price='699,00 €')],
             button=('Mettre à jour le paiement', '/'),
             footer=["Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe par e-mail.",
                     LOC['fr-fr']['notif'], LOC['fr-fr']['company']])
    body, _ = amz_mail('fr-fr', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable', evil=evil)
    add('lookalike', 'fr', 'payment_issue', True, None, 'polished clone; link text shows amazon.fr, href to amazon-fr.order-verify.top; amazon.fr.secure-mailer.net sender',
        dict(frm=('Amazon.fr', 'order-update@amazon.fr.secure-mailer.net'), reply_to='no-reply@amazon.fr.secure-mailer.net', to=('Isabelle Roux', 'isabelle.roux@gmail.com'),
             subject='Votre commande Amazon.fr n° %s a été annulée' % o, date=D(2025, 3, 5, 16, 44)), body)

    htm = simple_html([
        '<center><table width="580" style="font-family:Arial"><tr><td>',
        '<p style="font-size:26px;font-weight:bold">amazon<span style="color:#ff9900">.fr</span></p>',
        '<p>Bonjour,</p>',
        "<p>Nous sommes désolés, l'article de votre commande <b>N° 402-98231-771</b> est en rupture de stock. Votre commande a été annulée.</p>",
        "<p>Un remboursement de <b>89,99 €</b> est en attente. Pour le recevoir, vous devez confirmer vos coordonnées bancaires dans les 72 heures :</p>",
        '<p><a href="https://remboursement-client.web.app/fr?id=9923" style="background:#f0c14b;padding:8px 16px;color:#111;text-decoration:none;border:1px solid #a88734">Recevoir mon remboursement</a></p>',
        '<p>Merci de votre confiance,<br>Amazon</p>',
        '</td></tr></table></center>'])
    add('lookalike', 'fr', 'inventory_shortage', True, None, 'Cyrillic A in display name; out-of-stock claim, refund needs bank details; malformed order number',
        dict(frm=('\u0410mazon.fr', 'notification@service-client-amzn.com'), to=(None, 'chantal.michel@orange.fr'),
             subject='Rupture de stock : votre commande a été annulée', date=D(2025, 4, 1, 7, 58)),
        dict(struct='html', charset='utf-8', cte_html='base64', html=htm))

    o = '702-5519034-2287745'
    txt = """Amazon.ca

DERNIER AVIS

Bonjour,

Nous n'avons pas pu valider votre mode de paiement. Votre commande no %s sera annulée si vous ne mettez pas à jour vos informations de facturation d'ici 24 heures.

Mettre à jour mes informations : https://amazon-orders.help/ca/fr/billing?o=%s

Après ce délai, la commande sera annulée automatiquement et votre compte pourrait être restreint.

Merci,
Le service à la clientèle d'Amazon.ca
""" % (o, o)
    htm = simple_html([
        '<div style="width:560px;margin:0 auto;border-top:4px solid #ff9900;padding:16px">',
        '<p style="font-size:20px"><b>Amazon.ca</b></p><p style="color:#b12704;font-weight:bold">DERNIER AVIS</p>',
        '<p>Bonjour,</p>',
        "<p>Nous n'avons pas pu valider votre mode de paiement. Votre commande no <b>%s</b> sera annulée si vous ne mettez pas à jour vos informations de facturation d'ici <b>24 heures</b>.</p>" % o,
        '<p><a href="https://amazon-orders.help/ca/fr/billing?o=%s" style="background:#ffd814;padding:10px 18px;border-radius:6px;color:#0f1111;text-decoration:none">Mettre à jour mes informations</a></p>' % o,
        "<p>Après ce délai, la commande sera annulée automatiquement et votre compte pourrait être restreint.</p>",
        "<p>Merci,<br>Le service à la clientèle d'Amazon.ca</p></div>"])
    add('lookalike', 'fr', 'payment_issue', True, None, 'threatens cancellation in 24 h unless billing updated; amazon-orders.help',
        dict(frm=('Amazon.ca', 'avis@amazon-orders.help'), to=(None, 'sylvie.bouchard@videotron.ca'),
             subject='Dernier avis : votre commande sera annulée dans 24 heures', date=D(2025, 2, 17, 5, 26, -5)),
        dict(struct='alt', charset='utf-8', cte_text='quoted-printable', cte_html='quoted-printable', text=txt, html=htm))

    txt = """Bonjour

Votre commande Amazon a était annulé.

Cliquez ici pour plus d'information : http://bit.ly/3amzFRx

Cordialement
L'équipe Amazone
"""
    add('lookalike', 'fr', 'unknown', False, None, 'crude, no order number, no reason; yahoo sender; shortener link',
        dict(frm=('AMAZON', 'amazon_client2024@yahoo.fr'), to=(None, 'mireille.perrin@laposte.net'),
             subject='Commande annulé', date=D(2024, 10, 30, 2, 9)),
        dict(struct='text', charset='windows-1252', cte_text='8bit', text=txt))

    o = '701-3386610-9054127'
    evil = 'https://amazon-ca-support.com/fr/reactivation'
    c = dict(lang='fr', title='Votre commande a été annulée', order=o, greeting='Bonjour Nathalie,',
             paras=["Une erreur de traitement de notre système lors de la confirmation de votre paiement a entraîné l'annulation automatique de votre commande ci-dessous. Nous vous prions de nous excuser.",
                    "Pour la réactiver sans frais supplémentaires et conserver le prix affiché, connectez-vous à votre compte au moyen du lien sécurisé ci-dessous dans les 48 heures."],
             items=[dict(name='Samsung Galaxy Tab S9 FE 10,9 po 128 Go, gris', qty=1, price='479,99 $')],
             button=('Réactiver ma commande', '/'),
             signoff=['Merci de magasiner chez nous.', 'Amazon.ca'],
             footer=["Important : Amazon.ca ne vous demandera jamais votre mot de passe ni votre numéro de carte de crédit par courriel.",
                     "Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels."])
    body, _ = amz_mail('fr-ca', c, 'alt', 'utf-8', 'base64', 'base64', evil=evil)
    add('lookalike', 'fr', 'technical_issue', True, None, 'polished; Greek omicron in display name; own domain passes DKIM/DMARC (amazon-ca-support.com); copied security footer',
        dict(frm=('Amaz\u03bfn.ca', 'no-reply@amazon-ca-support.com'), to=('Nathalie Côté', 'nathalie.cote@bell.net'),
             subject='Votre commande Amazon.ca %s a été annulée' % o, date=D(2025, 1, 9, 12, 40, -5),
             auth_raw='mx.bell.net; dkim=pass header.d=amazon-ca-support.com header.s=default; spf=pass smtp.mailfrom=amazon-ca-support.com; dmarc=pass header.from=amazon-ca-support.com'),
        body)


# =====================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# =====================================================================
def spanish():
    # ---------------- notices ----------------
    o = order_no('407')
    item = 'Cecotec Freidora de Aire sin Aceite Cecofry Full InoxBlack Pro 5500'
    c = dict(lang='es', title='Cancelación realizada correctamente', order=o, greeting='Hola, Lucía:',
             paras=["Hemos cancelado el siguiente artículo de tu pedido n.º %s, tal y como nos solicitaste." % o,
                    "Motivo de la cancelación: cancelado por el cliente",
                    "Si ya se había realizado algún cargo por este artículo, recibirás el reembolso en el método de pago original en un plazo de 3 a 5 días hábiles."],
             items=[dict(name=item, seller='Amazon EU S.à r.l.', qty=1, price='79,90 €')],
             after=[("Puedes consultar el estado de tus pedidos en ", 'Mis pedidos', '/gp/css/order-history', '.')],
             signoff=['Esperamos volver a verte pronto.', 'Amazon.es'])
    body, _ = amz_mail('es-es', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('notice', 'es', 'customer_request', True, 'amazon.es', 'customer-cancelled item, explicit cancel reason line',
        dict(frm=('Amazon.es', 'auto-confirm@amazon.es'), reply_to='no-reply@amazon.es', to=('Lucía Martín', 'lucia.martin@gmail.com'),
             subject='Artículo cancelado correctamente: "%s..."' % item[:45], date=D(2025, 2, 11, 19, 26), amazon=('es', 'eu'), auth=True), body)

    o = order_no('701')
    c = dict(lang='es', title='Tu preventa ha sido cancelada', order=o, greeting='Hola, Diego:',
             paras=["Lamentamos informarte que no podremos surtir tu preventa del artículo que aparece a continuación. Nuestro proveedor nos notificó que no recibiremos unidades suficientes para cubrir todas las preventas, por lo que cancelamos este artículo de tu pedido.",
                    "No se realizó ningún cargo a tu método de pago por este artículo.",
                    "Sentimos mucho las molestias. Si el producto vuelve a estar disponible, podrás comprarlo de nuevo en Amazon.com.mx."],
             items=[dict(name='The Legend of Zelda: Tears of the Kingdom - Edición Coleccionista - Nintendo Switch', seller='Amazon México', qty=1, price='$3,499.00')],
             signoff=['Atentamente,', 'Amazon.com.mx'])
    body, _ = amz_mail('es-mx', c, 'text', 'utf-8', '8bit')
    add('notice', 'es', 'inventory_shortage', True, 'amazon.com.mx', 'pre-order cannot be filled, supplier shortage; text only 8bit',
        dict(frm=('Amazon.com.mx', 'order-update@amazon.com.mx'), reply_to='no-reply@amazon.com.mx', to=('Diego Hernández', 'diego.hdz@hotmail.com'),
             subject='Tu pedido de Amazon.com.mx %s ha sido cancelado' % o, date=D(2025, 1, 30, 11, 5, -6), amazon=('com.mx', 'na'), auth=False), body)

    o = order_no('402')
    c = dict(lang='es', title='Tu pedido se ha cancelado', order=o, greeting='Hola, Álvaro:',
             paras=["El 12 de noviembre te informamos de que no habíamos podido procesar el pago de tu pedido, ya que la tarjeta Mastercard terminada en 0932 había caducado.",
                    "Como no se ha actualizado la forma de pago en el plazo indicado, hemos cancelado el pedido. No se te ha realizado ningún cargo.",
                    "Si todavía quieres estos artículos, puedes volver a realizar el pedido con una forma de pago válida."],
             items=[dict(name='LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance', seller='Amazon EU S.à r.l.', qty=1, price='189,99 €')],
             after=[("Gestiona tus formas de pago en ", 'Mi cuenta', '/cpe/yourpayments/wallet', '.')],
             signoff=['Atentamente,', 'Amazon.es'])
    body, _ = amz_mail('es-es', c, 'html', 'iso-8859-15', cte_html='base64')
    add('notice', 'es', 'payment_issue', True, 'amazon.es', 'expired card, payment method not updated in time; html only base64 iso-8859-15',
        dict(frm=('Amazon.es', 'payments-messages@amazon.es'), reply_to='no-reply@amazon.es', to=('Álvaro Ruiz', 'alvaro.ruiz@telefonica.net'),
             subject='Tu pedido de Amazon.es n.º %s se ha cancelado' % o, date=D(2024, 11, 19, 8, 14), amazon=('es', 'eu'), auth=True), body)

    o = order_no('702')
    c = dict(lang='es', title='Información sobre tu pedido', order=o, greeting='Hola, Fernanda:',
             paras=["Debido a un error en nuestro sistema, el artículo de tu pedido se publicó con información de precio incorrecta ($899.00 en lugar de $8,999.00).",
                    "Por este motivo cancelamos tu pedido. Si se realizó algún cargo, lo reembolsaremos en su totalidad; un cargo pendiente puede tardar unos días en desaparecer de tu estado de cuenta.",
                    "Lamentamos las molestias que esto te pueda ocasionar."],
             items=[dict(name='Xiaomi Robot Aspiradora X20+ con estación de autovaciado', seller='Amazon México', qty=1, price='$899.00')],
             signoff=['Atentamente,', 'Servicio al Cliente de Amazon.com.mx'])
    body, _ = amz_mail('es-mx', c, 'alt', 'utf-8', 'base64', 'base64')
    add('notice', 'es', 'technical_issue', True, 'amazon.com.mx', 'pricing error in listing; base64 alt',
        dict(frm=('Amazon.com.mx', 'order-update@amazon.com.mx'), reply_to='no-reply@amazon.com.mx', to=('Fernanda López', 'fer.lopez@outlook.com'),
             subject='Información sobre tu pedido de Amazon.com.mx', date=D(2025, 3, 22, 13, 50, -6), amazon=('com.mx', 'na'), auth=False), body)

    o = order_no('406')
    c = dict(lang='es', title='Pedido cancelado', order=o, greeting='Hola, Carmen:',
             paras=["Hemos detectado actividad inusual relacionada con tu cuenta. Como medida de seguridad, hemos retenido temporalmente tu cuenta y cancelado el pedido que aparece a continuación.",
                    "Para recuperar el acceso, inicia sesión en www.amazon.es y sigue las indicaciones para verificar tu identidad. Es posible que te pidamos confirmar la información de pago de tu cuenta; este proceso solo se realiza en nuestra web o app, nunca respondiendo a un correo.",
                    "No se ha realizado ningún cargo por este pedido."],
             items=[dict(name='Tarjeta regalo Amazon.es - Envío por correo electrónico', seller='Amazon EU S.à r.l.', qty=3, price='300,00 €')],
             signoff=['Gracias por tu comprensión.', 'Amazon.es'])
    body, _ = amz_mail('es-es', c, 'text', 'iso-8859-15', 'quoted-printable')
    add('notice', 'es', 'fraud_prevention', True, 'amazon.es', 'unusual activity, account held, identity verification; text only QP iso-8859-15',
        dict(frm=('Amazon.es', 'order-update@amazon.es'), reply_to='no-reply@amazon.es', to=('Carmen Navarro', 'carmen.navarro@yahoo.es'),
             subject='Se ha cancelado tu pedido de Amazon.es n.º %s' % o, date=D(2025, 4, 6, 0, 37, 2), amazon=('es', 'eu'), auth=True), body)

    o = order_no('701')
    c = dict(lang='es', title='Se canceló un artículo de tu pedido', order=o, greeting='Hola, Ricardo:',
             paras=["No podemos enviar el artículo que aparece a continuación a la dirección de envío de tu pedido (C.P. 77580, Puerto Morelos, Q. Roo), ya que se encuentra fuera de la zona de cobertura de paquetería para este producto.",
                    "Por ello hemos cancelado el artículo. No se realizó ningún cargo a tu tarjeta.",
                    "Puedes revisar las direcciones guardadas en Tu cuenta antes de volver a hacer el pedido."],
             items=[dict(name='Mabe Refrigerador Top Mount 14 pies cúbicos, acero inoxidable', seller='Amazon México', qty=1, price='$10,799.00')],
             signoff=['Atentamente,', 'Amazon.com.mx'])
    body, _ = amz_mail('es-mx', c, 'alt', 'utf-8', '8bit', 'quoted-printable')
    add('notice', 'es', 'unknown', True, 'amazon.com.mx', 'shipping address outside delivery coverage (fits none of the four causes)',
        dict(frm=('Amazon.com.mx', 'order-update@amazon.com.mx'), reply_to='no-reply@amazon.com.mx', to=('Ricardo Vega', 'ricardo.vega@gmail.com'),
             subject='Se canceló un artículo de tu pedido de Amazon.com.mx %s' % o, date=D(2025, 2, 25, 16, 8, -5), amazon=('com.mx', 'na'), auth=False), body)

    # ---------------- non notices ----------------
    txt = """MediaMarkt

Hola Sergio:

Lamentamos comunicarte que tu pedido n.º 1029384756 ha sido cancelado porque el producto ya no está disponible en nuestro almacén:

  1 x Amazon Fire TV Stick 4K Max (2.ª gen.) con mando por voz Alexa - 69,99 €

El importe de 69,99 € se reembolsará en el mismo método de pago que utilizaste (Visa terminada en 5521) en un plazo de 5 a 7 días hábiles.

Sentimos las molestias. Puedes consultar otros reproductores multimedia en www.mediamarkt.es.

Un saludo,
Atención al Cliente MediaMarkt
Media Markt Saturn Administración España, S.A.U.
"""
    htm = simple_html([
        '<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#df0000;padding:14px;color:#fff;font-size:24px;font-weight:bold">MediaMarkt</td></tr><tr><td style="padding:16px">',
        '<p>Hola Sergio:</p>',
        '<p>Lamentamos comunicarte que tu pedido <b>n.º 1029384756</b> ha sido <b>cancelado</b> porque el producto ya no está disponible en nuestro almacén:</p>',
        '<table width="100%" style="border:1px solid #eee"><tr><td>1 x Amazon Fire TV Stick 4K Max (2.ª gen.) con mando por voz Alexa</td><td align="right">69,99 €</td></tr></table>',
        '<p>El importe de 69,99 € se reembolsará en el mismo método de pago que utilizaste (Visa terminada en 5521) en un plazo de 5 a 7 días hábiles.</p>',
        '<p>Sentimos las molestias. Puedes consultar otros reproductores multimedia en <a href="https://www.mediamarkt.es">www.mediamarkt.es</a>.</p>',
        '<p>Un saludo,<br>Atención al Cliente MediaMarkt</p>',
        '<p style="font-size:10px;color:#888">Media Markt Saturn Administración España, S.A.U.</p></td></tr></table>'], lang='es')
    add('non_notice', 'es', None, False, None, 'MediaMarkt cancels its own order; product is an Amazon Fire TV Stick',
        dict(frm=('MediaMarkt', 'noreply@mediamarkt.es'), to=('Sergio Castro', 'sergio.castro@gmail.com'),
             subject='Tu pedido 1029384756 ha sido cancelado', date=D(2025, 1, 8, 12, 3)),
        dict(struct='alt', charset='utf-8', cte_text='quoted-printable', cte_html='base64', text=txt, html=htm))

    txt = """Hola Javi,

Te aviso de que he cancelado el pedido de Amazon de las 4 sillas ergonómicas para la sala de reuniones. El proveedor de mobiliario nos ha hecho mejor precio con montaje incluido, así que lo pedimos por ahí.

Si te llega algún correo de Amazon sobre el reembolso a la tarjeta de empresa, reenvíamelo para que lo pase a contabilidad.

Gracias,
Marta

--
Marta Gil Ortega
Administración - Grupo Lineal Ingeniería
Tel. 963 51 20 44
"""
    add('non_notice', 'es', None, False, None, 'colleague says she cancelled the company Amazon order; iso-8859-1',
        dict(frm=('Marta Gil', 'marta.gil@grupo-lineal.es'), to=('Javier Soler', 'javier.soler@grupo-lineal.es'),
             subject='sillas oficina', date=D(2025, 3, 11, 10, 42), post=[('X-Mailer', 'Microsoft Outlook 16.0')]),
        dict(struct='text', charset='iso-8859-1', cte_text='quoted-printable', text=txt))

    txt = """CONSUMO CLARO - Boletín semanal

¿Amazon canceló tu pedido? Esto es lo que debes saber

Que una tienda en línea cancele un pedido ya pagado es más común de lo que parece. En el caso de Amazon, las razones más habituales son la falta de inventario, un problema con el pago, un error en el precio publicado o una revisión de seguridad de la cuenta.

¿Qué derechos tienes? Si te hicieron un cargo, la tienda debe reembolsarlo. Revisa siempre el estado del pedido directamente en la app o el sitio oficial.

Cuidado con los correos falsos: circulan mensajes con asuntos como "Tu pedido de Amazon ha sido cancelado - verifica tu cuenta" que llevan a páginas que roban datos de tarjeta. Amazon nunca te pedirá tus datos bancarios por correo.

Lee el artículo completo: https://www.consumoclaro.mx/amazon-cancelo-mi-pedido

Para dejar de recibir este boletín: https://www.consumoclaro.mx/baja
"""
    htm = simple_html([
        '<div style="max-width:620px;margin:auto;font-family:Georgia,serif">',
        '<p style="font-size:12px;color:#888;letter-spacing:2px">CONSUMO CLARO - BOLETÍN SEMANAL</p>',
        '<h1 style="font-size:24px">¿Amazon canceló tu pedido? Esto es lo que debes saber</h1>',
        '<p>Que una tienda en línea cancele un pedido ya pagado es más común de lo que parece. En el caso de Amazon, las razones más habituales son la falta de inventario, un problema con el pago, un error en el precio publicado o una revisión de seguridad de la cuenta.</p>',
        '<p><b>¿Qué derechos tienes?</b> Si te hicieron un cargo, la tienda debe reembolsarlo. Revisa siempre el estado del pedido directamente en la app o el sitio oficial.</p>',
        '<p><b>Cuidado con los correos falsos:</b> circulan mensajes con asuntos como <i>"Tu pedido de Amazon ha sido cancelado - verifica tu cuenta"</i> que llevan a páginas que roban datos de tarjeta. Amazon nunca te pedirá tus datos bancarios por correo.</p>',
        '<p><a href="https://www.consumoclaro.mx/amazon-cancelo-mi-pedido">Lee el artículo completo</a></p>',
        '<p style="font-size:11px;color:#999"><a href="https://www.consumoclaro.mx/baja">Darse de baja</a></p></div>'], lang='es')
    add('non_notice', 'es', None, False, None, 'consumer newsletter about why Amazon cancels orders + phishing subject quoted',
        dict(frm=('Consumo Claro', 'boletin@consumoclaro.mx'), to=(None, 'lectora.ana@gmail.com'),
             subject='¿Amazon canceló tu pedido? Esto es lo que debes saber', date=D(2025, 2, 6, 7, 30, -6),
             post=[('List-Unsubscribe', '<https://www.consumoclaro.mx/baja>'), ('List-Id', 'Boletin Consumo Claro <boletin.consumoclaro.mx>')]),
        dict(struct='alt', charset='utf-8', cte_text='8bit', cte_html='quoted-printable', text=txt, html=htm))

    txt = """Hola, Andrea:

Confirmamos que cancelaste tu membresía de Kindle Unlimited.

Podrás seguir leyendo los títulos de Kindle Unlimited hasta el 14 de abril de 2025. Después de esa fecha, los títulos prestados se eliminarán de tus dispositivos y no se realizarán más cargos a tu tarjeta.

Tus libros Kindle comprados y tus pedidos de Amazon.com.mx no se ven afectados.

¿Cambiaste de opinión? Reactiva tu membresía en https://www.amazon.com.mx/kindle-dbs/ku/ku-central

Gracias por leer con Kindle Unlimited.
Amazon.com.mx
"""
    add('non_notice', 'es', None, False, None, 'genuine amazon.com.mx: Kindle Unlimited membership cancelled',
        dict(frm=('Amazon.com.mx', 'digital-no-reply@amazon.com.mx'), to=('Andrea Salinas', 'andrea.salinas@gmail.com'),
             subject='Confirmación de cancelación de tu membresía Kindle Unlimited', date=D(2025, 3, 15, 21, 19, -6), amazon=('com.mx', 'na'), auth=True),
        dict(struct='text', charset='utf-8', cte_text='quoted-printable', text=txt))

    o = order_no('405')
    c = dict(lang='es', title='Tu cita de instalación ha sido cancelada', order=o, greeting='Hola, Pablo:',
             paras=["El profesional asignado no podrá acudir a la cita de instalación del martes 18 de marzo (de 16:00 a 20:00), por lo que la hemos cancelado.",
                    "Tu pedido sigue activo: el lavavajillas se entregará en la fecha prevista. Solo tienes que elegir una nueva fecha para la instalación; no se te cobrará nada adicional."],
             items=[dict(name='Balay 3VS5330IP Lavavajillas 60 cm + Servicio de instalación', qty=1, price='469,00 €')],
             items_heading='Artículo del pedido',
             button=('Elegir nueva cita', '/hz/services/appointments'),
             signoff=['Amazon.es'])
    body, _ = amz_mail('es-es', c, 'html', 'utf-8', cte_html='quoted-printable')
    add('non_notice', 'es', None, False, None, 'genuine amazon.es: installation appointment cancelled, order remains active',
        dict(frm=('Amazon.es', 'no-reply@amazon.es'), to=('Pablo Iglesias Ramos', 'pablo.iramos@gmail.com'),
             subject='Tu cita de instalación ha sido cancelada', date=D(2025, 3, 16, 9, 55), amazon=('es', 'eu'), auth=False), body)

    o = order_no('702')
    c = dict(lang='es', title='Revisa tu información de pago', order=o, greeting='Hola, Jorge:',
             paras=["No pudimos procesar el pago de tu pedido con la tarjeta terminada en 7710. El banco emisor rechazó la transacción.",
                    "Para que podamos enviar tu pedido, actualiza la información de pago antes del 28 de mayo de 2025. Si no la actualizas, el pedido será cancelado.",
                    "Si ya actualizaste tu método de pago, no es necesario que hagas nada más."],
             items=[dict(name='Apple AirPods Pro (2.ª generación) con estuche de carga MagSafe (USB-C)', qty=1, price='$4,599.00')],
             items_heading='Pedido pendiente de pago',
             button=('Actualizar método de pago', '/gp/css/order-details?orderID=' + o),
             signoff=['Atentamente,', 'Amazon.com.mx'])
    body, _ = amz_mail('es-mx', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('non_notice', 'es', None, False, None, 'genuine amazon.com.mx payment reminder: order will be cancelled if not updated',
        dict(frm=('Amazon.com.mx', 'payments-messages@amazon.com.mx'), reply_to='no-reply@amazon.com.mx', to=('Jorge Ramírez', 'jorge.ramirez@yahoo.com.mx'),
             subject='Revisa tu información de pago para el pedido %s' % o, date=D(2025, 5, 24, 10, 2, -6), amazon=('com.mx', 'na'), auth=True), body)

    # ---------------- lookalikes ----------------
    o = '403-1182736-5523891'
    htm = simple_html([
        '<div style="max-width:600px;margin:auto;font-family:Arial;border:1px solid #ddd">',
        '<div style="background:#131921;padding:10px 16px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#febd69">.es</span></div>',
        '<div style="padding:18px">',
        '<p>Estimado cliente:</p>',
        '<p>Le informamos que su pedido <b>#%s</b> ha sido <b>cancelado</b> debido a un problema con el cobro en su tarjeta bancaria.</p>' % o,
        '<p>Importe: <b>1.249,00 €</b> - Samsung Galaxy S25 Ultra 512 GB</p>',
        '<p>Para evitar cargos adicionales y recuperar su pedido, llame a nuestro servicio de atención al cliente:</p>',
        '<p style="font-size:22px;color:#c45500;font-weight:bold">&#9742; 911 23 45 67</p>',
        '<p>(Llamada gratuita, de lunes a domingo de 9:00 a 21:00)</p>',
        '<p>Atentamente,<br>Equipo de Amazon España</p></div></div>'], lang='es')
    add('lookalike', 'es', 'payment_issue', True, None, 'callback phone number; claims payment problem; lookalike domain',
        dict(frm=('Amazon España', 'atencion@amazon-es-pedidos.com'), to=(None, 'manuel.ortega@telefonica.net'),
             subject='Pedido cancelado: problema con su pago #%s' % o, date=D(2025, 2, 14, 4, 12),
             post=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))

    txt = """Estimado usuario:

Su cuenta ha sido suspendida y su pedido ha sido cancelado por motivos de seguridad.

Hemos detectado un inicio de sesión desde un dispositivo no reconocido (Windows, Lagos, Nigeria).

Para desbloquear su cuenta introduzca el siguiente código de desbloqueo en el enlace de abajo:

    Código: 7741-AMZ

    https://cuenta-amzn-es.net/desbloqueo

Si no lo hace en las próximas 24 horas su cuenta será eliminada.

Departamento de Seguridad
Amazon
"""
    add('lookalike', 'es', 'fraud_prevention', True, None, 'Cyrillic a/a/o in display name; account suspended + order cancelled, use code; no order number',
        dict(frm=('\u0410m\u0430z\u043en.es', 'alertas@cuenta-amzn-es.net'), to=(None, 'rosa.jimenez@hotmail.es'),
             subject='Su cuenta ha sido suspendida y su pedido cancelado', date=D(2024, 12, 13, 1, 33)),
        dict(struct='text', charset='utf-8', cte_text='8bit', text=txt))

    txt = """Amazon.com.mx

Estimado cliente,

Su pedido No. 701-55-82991 fue CANCELADO porque su tarjeta fue rechazada.

Para procesar nuevamente su pedido responda a este correo con los siguientes datos:

Nombre completo:
Número de tarjeta:
Fecha de vencimiento:
Código de seguridad (CVV):

Una vez recibidos sus datos su pedido será enviado en 24 horas.

Atentamente
Servicio al Cliente Amazon
"""
    add('lookalike', 'es', 'payment_issue', True, None, 'spoofed From amazon.com.mx with DMARC fail; Reply-To outlook; reply with card details; malformed order number',
        dict(frm=('Amazon.com.mx', 'auto-confirm@amazon.com.mx'), reply_to='soporte.amazonmx@outlook.com', to=(None, 'lupita.flores@prodigy.net.mx'),
             subject='Su pedido fue CANCELADO', date=D(2025, 1, 21, 3, 45, -6),
             auth_raw='mx.prodigy.net.mx; spf=softfail (domain of transitioning auto-confirm@amazon.com.mx does not designate 45.88.107.12 as permitted sender) smtp.mailfrom=auto-confirm@amazon.com.mx; dkim=none; dmarc=fail (p=QUARANTINE dis=QUARANTINE) header.from=amazon.com.mx'),
        dict(struct='text', charset='iso-8859-1', cte_text='quoted-printable', text=txt))

    o = '404-6620918-3381452'
    evil = 'https://reembolso-cliente.xyz/es/confirmar'
    c = dict(lang='es', title='Artículo agotado: pedido cancelado', order=o, greeting='Hola:',
             paras=["Lamentamos informarte de que el artículo de tu pedido se ha agotado y el vendedor no puede enviarlo. Tu pedido ha sido cancelado.",
                    ("Para recibir el reembolso de 249,00 €, confirma tus datos en ", 'https://www.amazon.es/reembolsos', evil, ' antes de 48 horas. Pasado este plazo el reembolso se convertirá en saldo no reembolsable.')],
             items=[dict(name='Nespresso Vertuo Next Cafetera De\'Longhi, negro mate', qty=1, price='249,00 €')],
             button=('Solicitar reembolso', '/'),
             footer=["Amazon.es nunca te pedirá tu contraseña por correo electrónico.", LOC['es-es']['notif']])
    body, _ = amz_mail('es-es', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable', evil=evil)
    add('lookalike', 'es', 'inventory_shortage', True, None, 'polished clone; link text shows amazon.es, href to reembolso-cliente.xyz; amazon.es.<evil> sender',
        dict(frm=('Amazon.es', 'reembolsos@amazon.es.reembolso-cliente.xyz'), to=('Elena Torres', 'elena.torres@gmail.com'),
             subject='Tu pedido de Amazon.es n.º %s ha sido cancelado' % o, date=D(2025, 3, 3, 15, 20)), body)

    o = '702-4410923-1187345'
    txt = """Amazon México

Hola,

Debido a un error del sistema durante el procesamiento, su pedido %s fue cancelado automáticamente.

Para reactivar su pedido al mismo precio ingrese aquí:
https://amaz0n-mx.com/pedido/reactivar?id=%s

Si no reactiva su pedido en 48 horas, se perderá la promoción.

Gracias por comprar en Amazon.
""" % (o, o)
    htm = simple_html([
        '<div style="font-family:Arial;max-width:560px">',
        '<p style="font-size:22px"><b>amazon</b> <span style="font-size:14px">México</span></p>',
        '<p>Hola,</p>',
        '<p>Debido a un <b>error del sistema</b> durante el procesamiento, su pedido <b>%s</b> fue cancelado automáticamente.</p>' % o,
        '<p><a href="https://amaz0n-mx.com/pedido/reactivar?id=%s" style="background:#f7ca00;padding:9px 16px;color:#000;text-decoration:none">Reactivar mi pedido</a></p>' % o,
        '<p>Si no reactiva su pedido en 48 horas, se perderá la promoción.</p>',
        '<p>Gracias por comprar en Amazon.</p></div>'], lang='es')
    add('lookalike', 'es', 'technical_issue', True, None, 'amaz0n look-alike domain; system error claim, reactivate link',
        dict(frm=('Amazon México', 'pedidos@amaz0n-mx.com'), to=(None, 'carlos.mendoza@gmail.com'),
             subject='Su pedido %s fue cancelado' % o, date=D(2025, 2, 2, 18, 47, -6)),
        dict(struct='alt', charset='utf-8', cte_text='base64', cte_html='base64', text=txt, html=htm))

    o = '405-7718204-6630915'
    htm = simple_html([
        '<table width="600" align="center" style="font-family:Arial;border:1px solid #e3e3e3"><tr><td style="padding:20px">',
        '<img src="https://amazon-orders.help/static/logo.png" alt="Amazon.es" width="120">',
        '<h2 style="color:#b12704;font-weight:normal">Acción necesaria: su pedido será cancelado</h2>',
        '<p>Estimado/a cliente:</p>',
        '<p>Su pedido <b>%s</b> ha sido retenido por nuestro equipo de seguridad. Para proteger su cuenta necesitamos verificar su identidad.</p>' % o,
        '<p><b>Su pedido será cancelado en 12 horas</b> si no completa la verificación.</p>',
        '<p><a href="https://amazon-orders.help/es/verificacion?ref=%s" style="background:#ffd814;border-radius:8px;padding:10px 20px;color:#0f1111;text-decoration:none">Verificar mi identidad</a></p>' % o,
        '<p style="font-size:11px;color:#777">Amazon.es nunca le pedirá su contraseña por correo electrónico. © 2025 Amazon.com, Inc. o sus afiliados.</p>',
        '</td></tr></table>'], lang='es')
    add('lookalike', 'es', 'fraud_prevention', True, None, 'will be cancelled in 12 h unless identity verified; amazon-orders.help',
        dict(frm=('Amazon.es', 'seguridad@amazon-orders.help'), to=(None, 'jose.prieto@gmail.com'),
             subject='Su pedido será cancelado en 12 horas', date=D(2025, 4, 10, 6, 6)),
        dict(struct='html', charset='utf-8', cte_html='base64', html=htm))

    txt = """PEDIDO CANCELADO

su pedido de amazon fue cancelado

clic aqui para ver detalles: http://tinyurl.com/amz-pedido-es

amazon
"""
    add('lookalike', 'es', 'unknown', False, None, 'crude; gmail sender; no order number, no reason',
        dict(frm=('Amazon', 'amazonpedidos.soporte@gmail.com'), to=(None, 'pili.gomez@hotmail.com'),
             subject='PEDIDO CANCELADO', date=D(2024, 11, 2, 23, 59)),
        dict(struct='text', charset='us-ascii', cte_text='7bit', text=txt))

    txt = """Amazon.es

Hola,

Hemos recibido su solicitud de cancelación del pedido #D01-88412-9921X (Portátil Lenovo IdeaPad Slim 5, 899,00 €).

La cancelación se completará automáticamente en 2 horas.

Si NO ha sido usted quien solicitó la cancelación, haga clic aquí para detenerla:
https://amzn-es-servicio.com/detener-cancelacion

Gracias,
Atención al Cliente de Amazon
"""
    htm = simple_html([
        '<div style="max-width:600px;font-family:Arial;margin:auto">',
        '<p style="font-size:20px;border-bottom:3px solid #ff9900;padding-bottom:6px"><b>Amazon.es</b></p>',
        '<p>Hola,</p>',
        '<p>Hemos recibido su solicitud de cancelación del pedido <b>#D01-88412-9921X</b> (Portátil Lenovo IdeaPad Slim 5, 899,00 €).</p>',
        '<p>La cancelación se completará automáticamente en 2 horas.</p>',
        '<p>Si <b>NO</b> ha sido usted quien solicitó la cancelación, <a href="https://amzn-es-servicio.com/detener-cancelacion">haga clic aquí para detenerla</a>.</p>',
        '<p>Gracias,<br>Atención al Cliente de Amazon</p></div>'], lang='es')
    add('lookalike', 'es', 'customer_request', True, None, 'Greek omicron in display name; fake customer-requested cancellation; malformed order number',
        dict(frm=('Amaz\u03bfn.es', 'notificaciones@amzn-es-servicio.com'), to=(None, 'david.romero@gmail.com'),
             subject='Solicitud de cancelación recibida', date=D(2025, 3, 27, 14, 31)),
        dict(struct='alt', charset='windows-1252', charset_html='utf-8', cte_text='quoted-printable', cte_html='quoted-printable', text=txt, html=htm))


# =====================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# =====================================================================
def portuguese():
    # ---------------- notices ----------------
    o = order_no('701')
    c = dict(lang='pt-BR', title='Item cancelado', order=o, greeting='Olá, Beatriz,',
             paras=["O vendedor parceiro ElectroMix Comércio informou que não poderá atender o item abaixo por falta de estoque. Por isso, o item foi cancelado do seu pedido.",
                    "Nenhuma cobrança foi feita por este item. Caso o valor já tenha sido debitado, o reembolso será feito na mesma forma de pagamento em até 5 dias úteis.",
                    "Os demais itens do pedido, se houver, serão enviados normalmente."],
             items=[dict(name='Monitor Gamer LG UltraGear 27" 27GS60F 180Hz IPS Full HD', seller='ElectroMix Comércio', qty=1, price='R$ 1.099,00')],
             after=[("Acompanhe seus pedidos em ", 'Seus pedidos', '/gp/css/order-history', '.')],
             signoff=['Esperamos vê-lo novamente em breve.', 'Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('notice', 'pt', 'inventory_shortage', True, 'amazon.com.br', 'marketplace seller out of stock, item cancelled',
        dict(frm=('Amazon.com.br', 'order-update@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Beatriz Almeida', 'beatriz.almeida@gmail.com'),
             subject='Um item foi cancelado do seu pedido na Amazon.com.br %s' % o, date=D(2025, 1, 17, 15, 38, -3), amazon=('com.br', 'na'), auth=True), body)

    o = order_no('702')
    c = dict(lang='pt-BR', title='Seu pedido foi cancelado', order=o, greeting='Olá, Rodrigo,',
             paras=["Não identificamos o pagamento do boleto bancário referente ao pedido abaixo até a data de vencimento (14/03/2025). Por isso, o pedido foi cancelado.",
                    "Se você pagou o boleto depois do vencimento, o valor será devolvido automaticamente em até 10 dias úteis.",
                    "Se ainda quiser o produto, faça um novo pedido e escolha uma forma de pagamento, como cartão de crédito ou Pix."],
             items=[dict(name='Fritadeira Elétrica sem Óleo Air Fryer Mondial AF-55i 5,5L, Preto/Inox', seller='Amazon.com.br', qty=1, price='R$ 399,90')],
             signoff=['Atenciosamente,', 'Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'text', 'utf-8', '8bit')
    add('notice', 'pt', 'payment_issue', True, 'amazon.com.br', 'boleto not paid by due date; text only 8bit',
        dict(frm=('Amazon.com.br', 'payments-messages@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Rodrigo Souza', 'rodrigo.souza@uol.com.br'),
             subject='Seu pedido Amazon.com.br %s foi cancelado' % o, date=D(2025, 3, 16, 7, 2, -3), amazon=('com.br', 'na'), auth=False), body)

    o = order_no('701')
    c = dict(lang='pt-BR', title='Informações sobre seu pedido', order=o, greeting='Olá, Larissa,',
             paras=["Identificamos um erro técnico na página do produto abaixo, que exibiu um preço incorreto (R$ 349,00 em vez de R$ 3.490,00) no momento da sua compra.",
                    "Por esse motivo, cancelamos o seu pedido, conforme previsto nas Condições de Uso e Venda. Nenhuma cobrança será feita; se houver uma pré-autorização no seu cartão, ela será liberada automaticamente.",
                    "Pedimos desculpas pelo transtorno."],
             items=[dict(name='Notebook Lenovo IdeaPad Slim 3 Intel Core i5 16GB 512GB SSD 15,6"', seller='Amazon.com.br', qty=1, price='R$ 349,00')],
             after=[("Saiba mais em ", 'Condições de Uso e Venda', '/gp/help/customer/display.html?nodeId=201283890', '.')],
             signoff=['Atenciosamente,', 'Atendimento ao Cliente Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'html', 'utf-8', cte_html='base64')
    add('notice', 'pt', 'technical_issue', True, 'amazon.com.br', 'pricing error on product page; html only base64',
        dict(frm=('Amazon.com.br', 'order-update@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Larissa Pereira', 'larissa.pereira@hotmail.com'),
             subject='Informações sobre seu pedido Amazon.com.br %s' % o, date=D(2025, 2, 3, 10, 44, -3), amazon=('com.br', 'na'), auth=True), body)

    o = order_no('702')
    c = dict(lang='pt-BR', title='Pedido cancelado por segurança', order=o, greeting='Olá,',
             paras=["Para proteger sua conta, o pedido abaixo foi retido para uma revisão de segurança e, como não foi possível verificar as informações de pagamento, ele foi cancelado.",
                    "Sua conta também foi temporariamente bloqueada. Para desbloqueá-la, acesse o site ou o aplicativo da Amazon.com.br e siga as instruções exibidas após o login. Nunca pediremos que você envie dados do cartão por e-mail.",
                    "Nenhum valor foi cobrado por este pedido."],
             items=[dict(name='Console PlayStation 5 Slim Edição Digital 1TB', seller='Amazon.com.br', qty=2, price='R$ 7.198,00')],
             signoff=['Obrigado pela compreensão.', 'Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'alt', 'utf-8', 'base64', 'base64')
    add('notice', 'pt', 'fraud_prevention', True, 'amazon.com.br', 'order held for security review, account locked; base64 alt',
        dict(frm=('Amazon.com.br', 'account-update@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=(None, 'felipe.rocha88@gmail.com'),
             subject='Seu pedido %s foi cancelado' % o, date=D(2024, 12, 21, 22, 15, -3), amazon=('com.br', 'na'), auth=False), body)

    o = order_no('701')
    item = 'Smartphone Samsung Galaxy A55 5G 256GB 8GB RAM, Azul Escuro'
    c = dict(lang='pt-BR', title='Cancelamento realizado com sucesso', order=o, greeting='Olá, Juliana,',
             paras=["Conforme solicitado, cancelamos o item abaixo do seu pedido %s." % o,
                    "Motivo do cancelamento: cancelado pelo cliente",
                    "Se a cobrança já tiver sido realizada, o estorno será feito na forma de pagamento original. Para compras no cartão de crédito, o valor pode aparecer em até duas faturas."],
             items=[dict(name=item, seller='Amazon.com.br', qty=1, price='R$ 2.199,00')],
             after=[("Veja o status em ", 'Seus pedidos', '/gp/css/order-history', '.')],
             signoff=['Esperamos vê-la novamente em breve.', 'Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'text', 'utf-8', 'quoted-printable')
    add('notice', 'pt', 'customer_request', True, 'amazon.com.br', 'customer-cancelled item; text only QP',
        dict(frm=('Amazon.com.br', 'auto-confirm@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Juliana Costa', 'juliana.costa@terra.com.br'),
             subject='Cancelamento realizado com sucesso: "%s..."' % item[:40], date=D(2025, 4, 2, 13, 28, -3), amazon=('com.br', 'na'), auth=True), body)

    o = order_no('702')
    c = dict(lang='pt-BR', title='Informações da Amazon.com.br', order=o, greeting='Olá, Antônio,',
             paras=["Informamos que o seu pedido abaixo foi cancelado.",
                    "Pedimos desculpas pelo inconveniente. Nenhum valor foi cobrado por este pedido.",
                    "Você pode consultar os detalhes em Seus pedidos."],
             items=[dict(name='Cafeteira Expresso Oster PrimaLatte Touch 19 bar, Inox', seller='Amazon.com.br', qty=1, price='R$ 849,90')],
             signoff=['Atenciosamente,', 'Amazon.com.br'],
             footer=["A Amazon.com.br nunca solicitará sua senha por e-mail.",
                     ("Denuncie e-mails suspeitos: ", '/gp/help/customer/display.html?nodeId=201909130'),
                     LOC['pt-br']['notif']])
    body, _ = amz_mail('pt-br', c, 'alt', 'iso-8859-1', 'quoted-printable', 'quoted-printable')
    add('notice', 'pt', 'unknown', False, 'amazon.com.br', 'cancellation with no reason given; iso-8859-1',
        dict(frm=('Amazon.com.br', 'order-update@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Antônio Ribeiro', 'antonio.ribeiro@bol.com.br'),
             subject='Informações da Amazon.com.br', date=D(2024, 10, 24, 18, 55, -3), amazon=('com.br', 'na'), auth=False), body)

    # ---------------- non notices ----------------
    txt = """americanas

Olá, Patrícia!

Seu pedido 02-874512390 foi cancelado porque o produto ficou indisponível no nosso estoque:

  1x Jogo de Panelas Tramontina Paris 5 peças Antiaderente - R$ 289,90

O estorno de R$ 289,90 será feito no seu cartão de crédito final 3318 e pode aparecer em até 2 faturas.

Garantia de menor preço: encontrou mais barato na Amazon, no Mercado Livre ou em outra loja? A gente cobre a diferença em produtos selecionados.

Equipe americanas
"""
    htm = simple_html([
        '<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#e60014;color:#fff;padding:14px;font-size:26px;font-weight:bold">americanas</td></tr><tr><td style="padding:16px">',
        '<p>Olá, Patrícia!</p>',
        '<p>Seu pedido <b>02-874512390</b> foi <b>cancelado</b> porque o produto ficou indisponível no nosso estoque:</p>',
        '<p>1x Jogo de Panelas Tramontina Paris 5 peças Antiaderente - <b>R$ 289,90</b></p>',
        '<p>O estorno de R$ 289,90 será feito no seu cartão de crédito final 3318 e pode aparecer em até 2 faturas.</p>',
        '<p style="background:#fff3cd;padding:8px"><b>Garantia de menor preço:</b> encontrou mais barato na Amazon, no Mercado Livre ou em outra loja? A gente cobre a diferença em produtos selecionados.</p>',
        '<p>Equipe americanas</p></td></tr></table>'], lang='pt-BR')
    add('non_notice', 'pt', None, False, None, 'Americanas cancels its own order; price-match banner mentions Amazon',
        dict(frm=('americanas', 'pedidos@americanas.com.br'), to=('Patrícia Lima', 'patricia.lima@gmail.com'),
             subject='Seu pedido 02-874512390 foi cancelado', date=D(2025, 2, 12, 9, 17, -3)),
        dict(struct='alt', charset='utf-8', cte_text='quoted-printable', cte_html='quoted-printable', text=txt, html=htm))

    txt = """Oi Rafa,

Só pra avisar: cancelei o pedido da airfryer na Amazon. Achei uma mais barata na promoção do mercado aqui do lado e já trouxe pra casa.

Então não precisa ficar esperando a entrega amanhã, tá? O estorno deve cair no cartão em alguns dias.

Beijos,
Mari

Enviado do meu iPhone
"""
    add('non_notice', 'pt', None, False, None, 'partner says she cancelled the Amazon order',
        dict(frm=('Mariana Teixeira', 'mari.teixeira@hotmail.com'), to=('Rafael Teixeira', 'rafael.teixeira@gmail.com'),
             subject='pedido da airfryer', date=D(2025, 3, 4, 19, 46, -3)),
        dict(struct='text', charset='utf-8', cte_text='8bit', text=txt))

    htm = simple_html([
        '<table width="620" align="center" style="font-family:Verdana;font-size:13px"><tr><td style="background:#004d40;color:#fff;padding:16px;font-size:18px">Banco Aurora | Dicas de Segurança</td></tr><tr><td style="padding:18px">',
        '<h2>Golpe do falso e-mail de pedido cancelado</h2>',
        '<p>Criminosos estão enviando mensagens que imitam lojas como a Amazon com o assunto <i>"Seu pedido Amazon foi cancelado - confirme seus dados"</i>. O e-mail traz um link para uma página falsa que pede o número do cartão, a senha ou um código recebido por SMS.</p>',
        '<p><b>Como se proteger:</b></p><ul><li>Confira o endereço do remetente e passe o mouse sobre os links antes de clicar.</li><li>Consulte seus pedidos direto no aplicativo oficial da loja.</li><li>O Banco Aurora nunca pede senha ou código de segurança por e-mail, SMS ou WhatsApp.</li></ul>',
        '<p>Recebeu uma mensagem suspeita? Encaminhe para <a href="mailto:seguranca@bancoaurora.com.br">seguranca@bancoaurora.com.br</a>.</p>',
        '<p style="font-size:10px;color:#888">Este é um informativo do Banco Aurora S.A. <a href="https://www.bancoaurora.com.br/descadastro">Descadastrar</a></p></td></tr></table>'], lang='pt-BR')
    add('non_notice', 'pt', None, False, None, 'bank security newsletter quoting a fake Amazon cancellation subject',
        dict(frm=('Banco Aurora', 'informativo@bancoaurora.com.br'), to=('Cliente Banco Aurora', 'marcos.silva@gmail.com'),
             subject='Dicas de segurança: golpe do falso "pedido cancelado"', date=D(2025, 1, 28, 8, 0, -3),
             post=[('List-Unsubscribe', '<https://www.bancoaurora.com.br/descadastro>'), ('Precedence', 'bulk')]),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))

    txt = """Olá, Gustavo,

Sua assinatura do Amazon Music Unlimited foi cancelada.

Você poderá continuar ouvindo com o Music Unlimited até 09/04/2025. Depois dessa data, não haverá novas cobranças no seu cartão e você voltará a ter acesso ao Amazon Music Prime.

Mudou de ideia? Reative sua assinatura em https://www.amazon.com.br/music/unlimited

Seus pedidos na Amazon.com.br não são afetados.

Atenciosamente,
Amazon Music
"""
    add('non_notice', 'pt', None, False, None, 'genuine amazon.com.br: Music Unlimited subscription cancelled',
        dict(frm=('Amazon Music', 'digital-no-reply@amazon.com.br'), to=('Gustavo Martins', 'gustavo.martins@gmail.com'),
             subject='Sua assinatura do Amazon Music Unlimited foi cancelada', date=D(2025, 3, 9, 12, 12, -3), amazon=('com.br', 'na'), auth=True),
        dict(struct='text', charset='utf-8', cte_text='base64', text=txt))

    o = order_no('701')
    c = dict(lang='pt-BR', title='Entrega agendada cancelada', order=o, greeting='Olá, Vanessa,',
             paras=["A transportadora não conseguiu confirmar o agendamento escolhido (sábado, 22/03, das 8h às 12h) para a entrega da sua geladeira. Por isso, o agendamento foi cancelado.",
                    "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega pelo botão abaixo."],
             items=[dict(name='Geladeira Brastemp Frost Free Duplex 375L Inox BRM45JK', qty=1, price='R$ 3.899,00')],
             items_heading='Item do pedido',
             button=('Reagendar entrega', '/progress-tracker/package/reschedule'),
             signoff=['Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable')
    add('non_notice', 'pt', None, False, None, 'genuine amazon.com.br: scheduled delivery slot cancelled, order active',
        dict(frm=('Amazon.com.br', 'shipment-tracking@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Vanessa Oliveira', 'vanessa.oliveira@yahoo.com.br'),
             subject='Sua entrega agendada foi cancelada - reagende', date=D(2025, 3, 21, 17, 40, -3), amazon=('com.br', 'na'), auth=False), body)

    o = order_no('702')
    c = dict(lang='pt-BR', title='Lembrete: pagamento pendente', order=o, greeting='Olá, Eduardo,',
             paras=["Ainda não identificamos o pagamento do boleto do seu pedido abaixo.",
                    "Pague o boleto até 20/05/2025 para garantir sua compra. Se o pagamento não for identificado até essa data, o pedido será cancelado automaticamente.",
                    "Se você já pagou, desconsidere esta mensagem: a compensação pode levar até 3 dias úteis."],
             items=[dict(name='Kindle Paperwhite 16 GB (12ª geração), Preto', seller='Amazon.com.br', qty=1, price='R$ 949,05')],
             items_heading='Pedido aguardando pagamento',
             button=('Ver boleto', '/gp/css/order-details?orderID=' + o),
             signoff=['Atenciosamente,', 'Amazon.com.br'])
    body, _ = amz_mail('pt-br', c, 'alt', 'utf-8', '8bit', 'base64')
    add('non_notice', 'pt', None, False, None, 'genuine amazon.com.br boleto reminder: order will be cancelled if unpaid',
        dict(frm=('Amazon.com.br', 'payments-messages@amazon.com.br'), reply_to='no-reply@amazon.com.br', to=('Eduardo Nunes', 'eduardo.nunes@gmail.com'),
             subject='Lembrete: pague seu boleto até 20/05 para não ter o pedido cancelado', date=D(2025, 5, 18, 9, 1, -3), amazon=('com.br', 'na'), auth=True), body)

    # ---------------- lookalikes ----------------
    o = '701-3849102-5567123'
    htm = simple_html([
        '<div style="max-width:600px;margin:auto;font-family:Arial;border:1px solid #ddd">',
        '<div style="background:#232f3e;padding:12px;color:#fff;font-size:22px"><b>amazon</b><span style="color:#ff9900">.com.br</span></div>',
        '<div style="padding:18px">',
        '<p>Prezado(a) cliente,</p>',
        '<p>Seu pedido <b>%s</b> no valor de <b>R$ 4.799,00</b> (iPhone 15 128GB) foi <b>cancelado por suspeita de fraude</b> no cartão cadastrado.</p>' % o,
        '<p>Caso não reconheça esta compra, ligue imediatamente para nossa Central de Segurança:</p>',
        '<p style="font-size:24px;font-weight:bold;color:#c45500">0800 591 2274</p>',
        '<p>Atendimento 24 horas. Tenha em mãos o cartão utilizado.</p>',
        '<p>Equipe Amazon Brasil</p></div></div>'], lang='pt-BR')
    add('lookalike', 'pt', 'fraud_prevention', True, None, 'callback 0800 number; fraud-suspicion claim; lookalike domain',
        dict(frm=('Amazon Brasil', 'seguranca@amazon-br-pedidos.com'), to=(None, 'sandra.melo@uol.com.br'),
             subject='Pedido %s cancelado - suspeita de fraude' % o, date=D(2025, 2, 19, 2, 48, -3)),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))

    txt = """Amazon.com.br - Aviso de Segurança

Sua conta foi SUSPENSA e o pedido 702-1180-9934 foi cancelado devido a atividades incomuns.

Para reativar sua conta, acesse o link abaixo e informe o código de reativação:

Código: AMZ-BR-2281
Link: https://amazon.com.br.conta-seguranca.online/reativar

Atenção: se a reativação não for feita em até 24 horas, sua conta e seus pedidos serão excluídos permanentemente.

Equipe de Segurança Amazon
"""
    add('lookalike', 'pt', 'fraud_prevention', True, None, 'account suspended + order cancelled + reactivation code; amazon.com.br.<evil> domain; malformed order number',
        dict(frm=('Amazon.com.br', 'conta@amazon.com.br.conta-seguranca.online'), to=(None, 'cristina.araujo@gmail.com'),
             subject='Sua conta foi suspensa e seu pedido cancelado', date=D(2025, 1, 6, 23, 14, -3)),
        dict(struct='text', charset='utf-8', cte_text='8bit', text=txt))

    txt = """Prezado cliente

Seu pagamento nao foi aprovado e o seu pedido Nº 701-6624-1191034 foi cancelado.

Para liberar o pedido responda este e-mail informando:
- nome completo e CPF
- numero do cartao
- validade
- codigo de seguranca

Aguardamos retorno.
Atendimento Amazon
"""
    add('lookalike', 'pt', 'payment_issue', True, None, 'crude: reply with card details and CPF; yahoo sender',
        dict(frm=('Amazon Atendimento', 'amazon.atendimento.br@yahoo.com.br'), to=(None, 'jose.carlos.santos@bol.com.br'),
             subject='Pedido cancelado - pagamento nao aprovado', date=D(2024, 11, 11, 11, 11, -3)),
        dict(struct='text', charset='iso-8859-1', cte_text='8bit', text=txt))

    o = '702-8817263-4451290'
    evil = 'https://amazon-br.help-center.site/pedidos/contestar'
    c = dict(lang='pt-BR', title='Cancelamento processado', order=o, greeting='Olá,',
             paras=["Sua solicitação de cancelamento do pedido abaixo foi processada com sucesso. O estorno será enviado em até 7 dias úteis.",
                    ("Não solicitou este cancelamento? Acesse ", 'https://www.amazon.com.br/gp/css/order-history', evil, ' e confirme seus dados para contestar.')],
             items=[dict(name='Smart TV Samsung 55" Crystal UHD 4K 55DU7700', qty=1, price='R$ 2.849,00')],
             button=('Não fui eu', '/'),
             footer=["A Amazon.com.br nunca solicitará sua senha por e-mail.", LOC['pt-br']['notif'], LOC['pt-br']['company']])
    body, _ = amz_mail('pt-br', c, 'alt', 'utf-8', 'quoted-printable', 'quoted-printable', evil=evil)
    add('lookalike', 'pt', 'customer_request', True, None, 'polished clone; link text shows amazon.com.br, href to help-center.site; claims customer cancellation',
        dict(frm=('Amazon.com.br', 'cancelamentos@amazon-br.help-center.site'), to=('Fernando Gomes', 'fernando.gomes@gmail.com'),
             subject='Cancelamento do pedido %s processado' % o, date=D(2025, 3, 13, 20, 3, -3),
             auth_raw='mx.google.com; dkim=pass header.d=help-center.site header.s=mail; spf=pass smtp.mailfrom=help-center.site; dmarc=pass (p=NONE) header.from=amazon-br.help-center.site'),
        body)

    o = '701-2209871-6654310'
    htm = simple_html([
        '<table width="600" align="center" style="font-family:Arial;border:1px solid #eee"><tr><td style="padding:20px">',
        '<p style="font-size:24px"><b>amazon</b><span style="color:#ff9900">.com.br</span></p>',
        '<p>Olá,</p>',
        '<p>Devido a uma falha no processamento do nosso sistema, o seu pedido <b>%s</b> foi cancelado.</p>' % o,
        '<p>Para reativá-lo sem custo adicional, clique no botão abaixo e confirme os dados do seu cartão.</p>',
        '<p><a href="https://pedido-reativar.web.app/br?o=%s" style="background:#ffa41c;padding:10px 22px;color:#111;text-decoration:none;border-radius:4px">Reativar pedido</a></p>' % o,
        '<p>Atenciosamente,<br>Amazon.com.br</p></td></tr></table>'], lang='pt-BR')
    add('lookalike', 'pt', 'technical_issue', True, None, 'Cyrillic o in display name; system-failure claim; reactivate via card data',
        dict(frm=('Amaz\u043en.com.br', 'pedidos@notificacoes-loja.com'), to=(None, 'renata.barbosa@gmail.com'),
             subject='Seu pedido %s foi cancelado' % o, date=D(2025, 4, 8, 16, 20, -3)),
        dict(struct='html', charset='utf-8', cte_html='base64', html=htm))

    o = '702-6650182-3319847'
    txt = """Amazon.com.br

Olá,

Não conseguimos confirmar os dados de pagamento do seu pedido %s.

Seu pedido será cancelado se você não confirmar seus dados de pagamento em até 24 horas.

Confirmar dados: https://amaz0n-br.com/pagamento/confirmar?pedido=%s

Atenciosamente,
Amazon.com.br
""" % (o, o)
    htm = simple_html([
        '<div style="max-width:580px;font-family:Arial">',
        '<p style="font-size:20px;border-bottom:2px solid #ff9900"><b>Amazon.com.br</b></p>',
        '<p>Olá,</p>',
        '<p>Não conseguimos confirmar os dados de pagamento do seu pedido <b>%s</b>.</p>' % o,
        '<p style="color:#b12704"><b>Seu pedido será cancelado se você não confirmar seus dados de pagamento em até 24 horas.</b></p>',
        '<p><a href="https://amaz0n-br.com/pagamento/confirmar?pedido=%s">Confirmar dados</a></p>' % o,
        '<p>Atenciosamente,<br>Amazon.com.br</p></div>'], lang='pt-BR')
    add('lookalike', 'pt', 'payment_issue', True, None, 'amaz0n domain; order will be cancelled unless payment data confirmed in 24 h',
        dict(frm=('Amazon.com.br', 'atendimento@amaz0n-br.com'), to=(None, 'luciana.freitas@terra.com.br'),
             subject='Ação necessária: seu pedido será cancelado', date=D(2025, 2, 26, 6, 35, -3)),
        dict(struct='alt', charset='utf-8', cte_text='quoted-printable', cte_html='quoted-printable', text=txt, html=htm))

    txt = """AMAZON

Seu pedido foi cancelado!!

Para receber o reembolso é necessário pagar a taxa de liberação de R$ 9,90 via Pix.

Chave Pix: reembolso.amazon.br@outlook.com

Após o pagamento envie o comprovante respondendo este e-mail.

Amazon Brasil
"""
    add('lookalike', 'pt', 'unknown', False, None, 'crude Pix-fee scam; outlook sender; no order number, no reason',
        dict(frm=('AMAZON BRASIL', 'reembolso.amazon.br@outlook.com'), to=(None, 'pedro.henrique.2001@gmail.com'),
             subject='Seu pedido foi cancelado!!', date=D(2024, 12, 28, 0, 52, -3)),
        dict(struct='text', charset='windows-1252', cte_text='quoted-printable', text=txt))

    o = '70I-33812-88O21'
    htm = simple_html([
        '<table width="600" align="center" style="font-family:Arial,sans-serif;border-top:3px solid #ff9900"><tr><td style="padding:20px">',
        '<p><img src="https://amazon-orders.help/img/amazon-br.png" alt="Amazon.com.br" width="120"></p>',
        '<h3 style="color:#c45500;font-weight:normal">Item cancelado do seu pedido</h3>',
        '<p>Olá,</p>',
        '<p>Infelizmente o produto do seu pedido <b>%s</b> está esgotado e o fornecedor não conseguiu atender a compra. O pedido foi cancelado.</p>' % o,
        '<p>Para receber o reembolso de <b>R$ 1.299,00</b>, confirme a conta de reembolso no link abaixo:</p>',
        '<p><a href="https://amazon-orders.help/br/reembolso?o=%s" style="background:#ffd814;padding:10px 20px;border-radius:8px;color:#0f1111;text-decoration:none">Receber reembolso</a></p>' % o,
        '<p style="font-size:11px;color:#888">A Amazon.com.br nunca solicitará sua senha por e-mail. © 2025 Amazon.com, Inc. ou suas afiliadas.</p>',
        '</td></tr></table>'], lang='pt-BR')
    add('lookalike', 'pt', 'inventory_shortage', True, None, 'polished; out-of-stock claim, refund link; amazon-orders.help; malformed order number (letters I/O)',
        dict(frm=('Amazon.com.br', 'reembolsos@amazon-orders.help'), to=(None, 'thiago.moura@gmail.com'),
             subject='Item esgotado: seu pedido foi cancelado', date=D(2025, 4, 15, 10, 10, -3)),
        dict(struct='html', charset='utf-8', cte_html='quoted-printable', html=htm))


# =====================================================================
def main():
    french()
    spanish()
    portuguese()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, m in enumerate(MAILS, 1):
        name = 'x2%03d.eml' % i
        msg = build(m)
        with open(os.path.join(OUT, name), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
        labels.append(dict(file=name, kind=m['kind'], language=m['language'], cause=m['cause'],
                           states_reason=m['states_reason'], marketplace=m['marketplace'], note=m['note']))
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write('\n')
    print('wrote %d mails to %s' % (len(labels), OUT))


if __name__ == '__main__':
    main()
