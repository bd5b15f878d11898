#!/usr/bin/env python3
"""Regenerates blind batch b2 (fr + es). Run: python3 make.py"""
import json, os, random, datetime, html as H
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

random.seed(20240602)
OUT = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(OUT, 'mail')
os.makedirs(MAIL, exist_ok=True)
PFX = 'b2n'

PREFIXES = ['028', '171', '302', '305', '402', '403', '404', '406', '407', '408', '111', '112', '114', '701', '702']
def order_no():
    return '%s-%07d-%07d' % (random.choice(PREFIXES), random.randint(0, 9999999), random.randint(0, 9999999))

def rand_date(after=None):
    if after:
        return after + datetime.timedelta(days=random.randint(2, 8), hours=random.randint(0, 12), minutes=random.randint(0, 59))
    d = datetime.datetime(2023, 1, 5, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        days=random.randint(0, 560), seconds=random.randint(0, 86399))
    return d

def fmt_money(v, cur):
    if cur == 'MXN':
        return '$%s' % format(v, ',.2f')
    s = format(v, ',.2f').replace(',', ' ').replace('.', ',')
    return s + '\u00a0€'

# ---------------------------------------------------------------- localisation
L = {
 'fr': dict(order='Commande n°', qty='Quantité', price='Prix', sold='Vendu par', cancelled_items='Article(s) annulé(s)',
            details='Détails de la commande', total='Montant total', view='Vos commandes', help='Aide',
            placed='Commande passée le', names=['Camille', 'Julien', 'Sophie Martin', 'Thomas', 'Élodie', 'Nicolas', 'Claire Dubois', 'Mathieu']),
 'es': dict(order='Pedido n.º', qty='Cantidad', price='Precio', sold='Vendido por', cancelled_items='Artículo(s) cancelado(s)',
            details='Detalles del pedido', total='Importe total', view='Mis pedidos', help='Ayuda',
            placed='Pedido realizado el', names=['Lucía', 'Javier', 'María García', 'Pablo', 'Carmen', 'Alejandro', 'Ana López', 'Diego']),
}
MK = {  # marketplace -> (display, currency, lang)
 'amazon.fr': ('Amazon.fr', 'EUR'), 'amazon.com.be': ('Amazon.com.be', 'EUR'),
 'amazon.es': ('Amazon.es', 'EUR'), 'amazon.com.mx': ('Amazon.com.mx', 'MXN'),
}
ITEMS = {
 'fr': [('Bosch Professional Perceuse-visseuse sans fil GSR 12V-15', 119.90), ('Le Petit Prince - Antoine de Saint-Exupéry (Poche)', 7.20),
        ('Cafetière à piston Bodum Chambord 1 L, inox', 34.99), ('Philips Hue White Ambiance Ampoule E27, pack de 2', 44.99),
        ('LEGO Technic 42151 Bugatti Bolide', 49.99), ('Samsonite Spark SNG Valise 4 roues 67 cm', 189.00),
        ('Casque Sony WH-1000XM5 Bluetooth à réduction de bruit, noir', 329.00), ('Astérix - Tome 40 : L\'Iris blanc (édition collector)', 24.95),
        ('Tefal Ingenio Poêle 28 cm L1500702', 29.90), ('Crème solaire La Roche-Posay Anthelios SPF50+ 250 ml', 21.49),
        ('Clé USB SanDisk Ultra 128 Go USB 3.0', 12.99), ('Brita Carafe filtrante Marella XL 3,5 L + 3 cartouches', 27.50),
        ('Nintendo Switch OLED - Édition Zelda', 359.99), ('Moulinex Robot pâtissier QA150110 Masterchef Essential', 129.99),
        ('Tapis de yoga antidérapant 6 mm, violet', 18.90), ('Chargeur Anker 735 Nano II 65 W USB-C', 45.99),
        ('Coffret Thé Mariage Frères Marco Polo 100 g', 19.50), ('Pneu Michelin CrossClimate 2 205/55 R16 91V', 102.40)],
 'es': [('Xiaomi Redmi Note 13 Pro 8 GB + 256 GB, negro', 299.99), ('Cien años de soledad - Gabriel García Márquez (tapa blanda)', 10.40),
        ('Cecotec Freidora de aire Cecofry Full Inox 5500 Pro', 69.90), ('Auriculares JBL Tune 520BT inalámbricos, azul', 39.99),
        ('Olla a presión Monix Vitesse 6 L', 42.50), ('Juego de sábanas 100% algodón 150 cm, gris perla', 27.95),
        ('Taladro percutor Black+Decker BEH710K 710 W', 49.99), ('Aceite de oliva virgen extra Carbonell 5 L', 38.75),
        ('Kindle Paperwhite (16 GB), negro', 159.99), ('Zapatillas Adidas Runfalcon 3.0, talla 42', 44.95),
        ('Mochila Eastpak Padded Pak\'r, negro', 32.00), ('Cafetera Nespresso Vertuo Pop de De\'Longhi', 79.00),
        ('Disco SSD Samsung 990 PRO 2 TB NVMe M.2', 169.90), ('LEGO Star Wars 75367 Crucero de asalto clase Venator', 549.99),
        ('Termo Stanley Classic 1 L, verde', 36.49), ('Cepillo eléctrico Oral-B Pro 3 3500', 54.99),
        ('Set de cuchillos Arcos Riviera 6 piezas con taco', 89.00), ('Silla gaming Newskill Kaidan, negro/rojo', 199.95)],
}

# ---------------------------------------------------------------- boilerplate pools
BP = {
 'fr': dict(
  greet=['Bonjour {n},', 'Bonjour,', 'Chère cliente, cher client,', 'Bonjour {n}', 'Madame, Monsieur,', 'Bonjour {n} !'],
  refund=['Vous n\'avez pas été débité pour cet article.',
          'Aucun paiement n\'a été prélevé. Si une autorisation temporaire apparaît sur votre relevé, elle disparaîtra d\'elle-même sous quelques jours ouvrés.',
          'Le montant de {amt} sera remboursé sur votre moyen de paiement initial dans un délai de 3 à 5 jours ouvrés.',
          'Si vous avez déjà été débité, le remboursement interviendra automatiquement ; il peut falloir jusqu\'à 10 jours pour qu\'il apparaisse sur votre compte.',
          'Le chèque-cadeau utilisé a été recrédité sur votre compte Amazon.',
          'Vous ne serez pas facturé. Les éventuels frais de livraison vous ont également été restitués.'],
  help=['Vous pouvez consulter l\'état de vos commandes à tout moment dans Vos commandes : https://www.{m}/gp/css/order-history',
        'Pour toute question, consultez notre page d\'aide : https://www.{m}/gp/help/customer/display.html',
        'Vous pouvez repasser commande à tout moment depuis la page produit.',
        'Nous vous prions de nous excuser pour la gêne occasionnée et espérons vous revoir bientôt.',
        'Besoin d\'aide ? Rendez-vous sur https://www.{m}/contact-us'],
  sign=['Cordialement,\nLe Service Client d\'{M}', 'À bientôt,\n{M}', 'Merci de votre confiance.\nL\'équipe {M}', 'Bien cordialement,\nService Client {M}', '{M}'],
  footer=['Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d\'e-mails. Merci de ne pas y répondre.',
          'Amazon ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires ou votre code de vérification par e-mail ou par téléphone. En cas de doute sur l\'authenticité d\'un message, consultez https://www.{m}/gp/help/customer/display.html?nodeId=201909120 (hameçonnage).',
          'Pour la sécurité de votre compte, choisissez un mot de passe unique et activez la vérification en deux étapes. Les modifications de vos moyens de paiement se font uniquement dans Votre compte.',
          'Nous vous rappelons que vos informations de paiement sont chiffrées et ne sont jamais transmises aux vendeurs tiers.',
          'Si vous recevez un e-mail suspect vous demandant de mettre à jour votre carte ou de vous connecter via un lien, ne cliquez pas et signalez-le à stop-spoofing@amazon.fr.',
          'Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818. Votre mot de passe ne vous sera jamais demandé par e-mail.']),
 'es': dict(
  greet=['Hola, {n}:', 'Hola:', 'Estimado/a cliente:', 'Hola {n},', 'Buenos días, {n}:', 'Hola {n}'],
  refund=['No se ha realizado ningún cargo por este artículo.',
          'No te hemos cobrado nada. Si ves una preautorización en tu extracto, desaparecerá en unos días hábiles.',
          'Reembolsaremos {amt} en tu método de pago original en un plazo de 3 a 5 días hábiles.',
          'Si ya se había efectuado el cargo, recibirás el reembolso automáticamente; puede tardar hasta 10 días en reflejarse.',
          'El saldo de cheque regalo utilizado se ha devuelto a tu cuenta de Amazon.',
          'No se te cobrará el pedido y tampoco los gastos de envío.'],
  help=['Puedes consultar el estado de tus pedidos en Mis pedidos: https://www.{m}/gp/css/order-history',
        'Si tienes alguna pregunta, visita nuestra página de ayuda: https://www.{m}/gp/help/customer/display.html',
        'Si lo deseas, puedes volver a realizar el pedido desde la página del producto.',
        'Lamentamos las molestias ocasionadas y esperamos volver a verte pronto.',
        '¿Necesitas ayuda? Visita https://www.{m}/contact-us'],
  sign=['Atentamente,\nAtención al Cliente de {M}', 'Un saludo,\n{M}', 'Gracias por comprar con nosotros.\nEl equipo de {M}', 'Saludos cordiales,\nServicio de Atención al Cliente', '{M}'],
  footer=['Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. Por favor, no respondas a este mensaje.',
          'Amazon nunca te pedirá por correo electrónico ni por teléfono que facilites tu contraseña, tus datos bancarios o un código de verificación. Si dudas de la autenticidad de un mensaje, consulta https://www.{m}/gp/help/customer/display.html?nodeId=201909120 (phishing).',
          'Para proteger tu cuenta, utiliza una contraseña única y activa la verificación en dos pasos. Los cambios en tus métodos de pago solo se realizan desde Mi cuenta.',
          'Tus datos de pago están cifrados y nunca se comparten con vendedores externos.',
          'Si recibes un correo sospechoso que te pide actualizar tu tarjeta o iniciar sesión a través de un enlace, no hagas clic y reenvíalo a stop-spoofing@amazon.es.',
          'Amazon EU S.à r.l., Sucursal en España, calle Ramírez de Prado 5, 28045 Madrid. Nunca te pediremos tu contraseña por correo electrónico.']),
}

# ---------------------------------------------------------------- HTML layouts
STYLE_A = """<style>
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.emailContainer { background-color: #ffffff; border: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding: 25px 23px 33px 23px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.informationTable td { padding-bottom: 18px; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
</style>"""

def esc(s):
    return H.escape(s).replace('\n', '<br>')

def items_html(items, lang, cur, style):
    l = L[lang]; rows = []
    for name, price, qty in items:
        if style == 'A':
            rows.append('<tr><td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" alt="" width="84"></td>'
                        '<td class="itemTitle"><a class="orderDetailsTableLink" href="https://www.amazon.com/dp/B0%07d" style="color:#008296;text-decoration:none">%s</a><br>'
                        '<span style="color:#879596">%s : %d</span></td></tr>' % ('%08x' % random.getrandbits(32), random.randint(0, 9999999), esc(name), l['qty'], qty))
        else:
            rows.append('<tr><td style="padding:6px 10px;border-bottom:1px solid #eaeded">%s</td><td style="padding:6px 10px;border-bottom:1px solid #eaeded;text-align:center">%d</td>'
                        '<td style="padding:6px 10px;border-bottom:1px solid #eaeded;text-align:right;white-space:nowrap">%s</td></tr>' % (esc(name), qty, esc(fmt_money(price, cur))))
    return '\n'.join(rows)

def html_layout(style, lang, m, title, greet, paras, items, order, after, footer, cur, placed):
    l = L[lang]; disp = MK[m][0]
    body_ps = ''.join('<tr><td>%s</td></tr>\n' % esc(p) for p in paras)
    after_ps = ''.join('<p style="margin:0 0 12px 0">%s</p>\n' % esc(p) for p in after)
    foot = ''.join('<p style="margin:0 0 8px 0">%s</p>' % esc(f) for f in footer)
    if style == 'A':
        return f"""<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  {STYLE_A}
 </head>
 <body style="margin:0;padding:0">
 <table class="emailBody" align="center"><tr><td class="emailBodyTD">
  <table class="brandTable"><tr><td><a href="https://www.{m}/ref=TE_tex_h"><img class="brandImage" src="https://m.media-amazon.com/images/G/08/x-locale/common/logo-dark.png" alt="{disp}" width="130"></a></td></tr></table>
  <table class="emailContainer" width="100%"><tr><td class="emailContainerTD">
   <table class="greetingTable"><tr><td>{esc(greet)}</td></tr></table>
   <table class="informationTable">
{body_ps}   </table>
   <table class="orderIdTable"><tr><td>{l['order']} <a href="https://www.{m}/gp/your-account/order-details?orderID={order}">{order}</a></td></tr></table>
   <table class="orderDetailsTable" width="100%">
{items_html(items, lang, cur, 'A')}
   </table>
   <div style="font-size:15px;line-height:20px;color:#002E36">{after_ps}</div>
  </td></tr></table>
  <table width="100%"><tr><td class="emailClosing">{foot}</td></tr></table>
 </td></tr></table>
 </body>
</html>"""
    if style == 'B':
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" id="container">
<tr><td style="border-bottom:3px solid #ff9900;padding:12px 0"><table width="100%"><tr>
 <td><a href="https://www.{m}/ref=pe_ohc"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/cs/te/logo.png" alt="{disp}" border="0"></a></td>
 <td style="text-align:right;font-size:12px"><a href="https://www.{m}/gp/css/homepage.html" style="color:#0066c0">{l['view']}</a> | <a href="https://www.{m}/gp/help/customer/display.html" style="color:#0066c0">{l['help']}</a></td></tr></table></td></tr>
<tr><td style="padding:14px 0 4px 0"><h2 style="font-size:20px;color:#cc6600;font-weight:normal;margin:0">{esc(title)}</h2>
<p style="font-size:12px;color:#666;margin:4px 0 0 0">{l['order']} <a href="https://www.{m}/gp/css/summary/edit.html?orderID={order}" style="color:#0066c0">{order}</a></p></td></tr>
<tr><td style="padding:12px 0"><p style="margin:0 0 12px 0">{esc(greet)}</p>
{''.join('<p style="margin:0 0 12px 0">%s</p>' % esc(p) for p in paras)}</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ccc">
<tr><td colspan="3" style="background:#eaeded;padding:6px 10px;font-weight:bold">{l['cancelled_items']}</td></tr>
<tr><td style="padding:4px 10px;color:#666;font-size:11px">&nbsp;</td><td style="padding:4px 10px;color:#666;font-size:11px;text-align:center">{l['qty']}</td><td style="padding:4px 10px;color:#666;font-size:11px;text-align:right">{l['price']}</td></tr>
{items_html(items, lang, cur, 'B')}
</table><p style="font-size:11px;color:#666">{l['placed']} {placed}</p></td></tr>
<tr><td style="padding:12px 0">{after_ps}</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:10px;font-size:11px;color:#999">{foot}</td></tr>
</table></body></html>"""
    # style C: modern div layout
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#f3f3f3;margin:0">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#0f1111">
 <div style="background:#232f3e;padding:14px 20px"><img src="https://m.media-amazon.com/images/G/08/email/amazon-logo-white.png" alt="{disp}" height="28"></div>
 <div style="padding:20px">
  <h1 style="font-size:22px;font-weight:400;margin:0 0 14px 0">{esc(title)}</h1>
  <p>{esc(greet)}</p>
  {''.join('<p>%s</p>' % esc(p) for p in paras)}
  <div style="border:1px solid #d5d9d9;border-radius:8px;padding:12px;margin:16px 0">
   <div style="color:#565959;font-size:13px;margin-bottom:8px">{l['order']} <a href="https://www.{m}/your-orders/order-details?orderID={order}" style="color:#007185">{order}</a></div>
   <table width="100%" style="font-size:14px">{items_html(items, lang, cur, 'B')}</table>
  </div>
  {after_ps}
  <p><a href="https://www.{m}/gp/css/order-history" style="display:inline-block;background:#ffd814;border-radius:20px;padding:8px 18px;color:#0f1111;text-decoration:none">{l['view']}</a></p>
 </div>
 <div style="padding:16px 20px;background:#f7f7f7;font-size:11px;color:#565959">{foot}</div>
</div></body></html>"""

def plain_layout(lang, m, title, greet, paras, items, order, after, footer, cur, variant):
    l = L[lang]; disp = MK[m][0]
    out = []
    if variant == 0:
        out += [disp, '-' * 70, '']
    elif variant == 1:
        out += ['%s - %s' % (disp, title), '%s %s' % (l['order'], order), 'https://www.%s/ref=TE_tex_g' % m, '_' * 72, '']
    out += [greet, ''] + [p + '\n' for p in paras]
    if variant != 1:
        out.append('%s %s' % (l['order'], order))
    out.append('')
    for name, price, qty in items:
        out.append('    %s' % name)
        out.append('    %s : %d   %s : %s' % (l['qty'], qty, l['price'], fmt_money(price, cur)) if lang == 'fr' else '    %s: %d   %s: %s' % (l['qty'], qty, l['price'], fmt_money(price, cur)))
        out.append('')
    out += [p + '\n' for p in after]
    out += ['-' * 70 if variant != 2 else '']
    out += footer
    return '\n'.join(out) + '\n'

# ---------------------------------------------------------------- message writer
CTES = ['quoted-printable', 'base64', '8bit']
LABELS = []
COUNTER = [0]
LAST_ID = [None]

def auth_header(dom, passing=True, selector=None):
    sel = selector or random.choice(['yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'rjtrs3iihpenckq2yapq2ylslvx23wm6', '7v7vs6w47njt4pimodk5mmttbegzsi6n'])
    if passing:
        return ('mx.google.com; dkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s; '
                'spf=pass (google.com: domain of 0102018%x@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=0102018%x@%s; '
                'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s') % (
                dom, dom, sel, '%08x' % random.getrandbits(32), random.getrandbits(40), dom, random.randint(0, 255), random.randint(1, 254), random.getrandbits(40), dom, dom)
    return 'mx.example.net; dkim=none; spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s' % (dom, dom)

def write(kind, lang, cause, states, market, note, frm, subject, plain=None, html=None, date=None, auth=None,
          to=None, extra=None, charset='utf-8', cte=None, reply_to=None, msgid_dom='email.amazonses.com'):
    COUNTER[0] += 1
    fn = '%s%03d.eml' % (PFX, COUNTER[0])
    msg = EmailMessage(policy=policy.SMTP)
    if auth:
        msg['Authentication-Results'] = auth
    msg['From'] = frm
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['To'] = to or random.choice(['camille.leroy@gmail.com', 'j.moreau@orange.fr', 'lucia.fernandez@gmail.com', 'test.user@outlook.com', 'p.navarro@hotmail.es', 'user@example.org'])
    msg['Subject'] = subject
    date = date or rand_date()
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = make_msgid(idstring='%x' % random.getrandbits(48), domain=msgid_dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    c1 = cte or CTES[COUNTER[0] % 3]
    c2 = CTES[(COUNTER[0] + 1) % 3]
    if charset != 'utf-8':
        try:
            (plain or '').encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
    if charset != 'utf-8' and c1 == '8bit':
        c1 = 'quoted-printable'
    if plain is not None and html is not None:
        msg.set_content(plain, charset=charset, cte=c1)
        msg.add_alternative(html, subtype='html', charset='utf-8', cte=c2)
    elif html is not None:
        msg.set_content(html, subtype='html', charset='utf-8', cte=c1)
    else:
        msg.set_content(plain, charset=charset, cte=c1)
    LAST_ID[0] = msg['Message-ID']
    with open(os.path.join(MAIL, fn), 'wb') as f:
        f.write(msg.as_bytes())
    LABELS.append(dict(file=fn, kind=kind, language=lang, cause=cause, states_reason=states, marketplace=market, note=note))
    return date

SENDERS = ['auto-confirm', 'order-update', 'no-reply', 'marketplace-messages', 'payments-messages', 'cs-reply']
NOTICE_I = [0]

def notice(lang, n, order=None, date=None):
    """n: dict(cause, sr, m, sender, subj, title, paras, after(optional extra paras), note, nitems, partial)"""
    i = NOTICE_I[0]; NOTICE_I[0] += 1
    m = n.get('m') or ('amazon.fr' if lang == 'fr' else 'amazon.es')
    disp, cur = MK[m]
    bp = BP[lang]
    order = order or order_no()
    name = random.choice(L[lang]['names'])
    pool = n.get('fixed_items') or random.sample(ITEMS[lang], n.get('nitems', random.choice([1, 1, 2, 3])))
    items = [(a, round(p * (18 if cur == 'MXN' else 1), 2), random.choice([1, 1, 1, 2])) for a, p in pool]
    amt = fmt_money(sum(p * q for _, p, q in items), cur)
    fmt = lambda s: s.replace('{order}', order).replace('{M}', disp).replace('{m}', m).replace('{item}', items[0][0]).replace('{amt}', amt).replace('{n}', name.split()[0])
    greet = fmt(bp['greet'][i % len(bp['greet'])])
    paras = [fmt(p) for p in n['paras']]
    after = [fmt(bp['refund'][i % len(bp['refund'])])]
    after += [fmt(p) for p in n.get('after', [])]
    after.append(fmt(bp['help'][(i * 3) % len(bp['help'])]))
    after.append(fmt(bp['sign'][i % len(bp['sign'])]))
    footer = [fmt(bp['footer'][(i + k) % len(bp['footer'])]) for k in range(random.choice([1, 2, 2, 3]))]
    subj = fmt(n['subj'])
    title = fmt(n.get('title', n['subj']))
    placed = (date or datetime.datetime(2024, 1, 1)).strftime('%d/%m/%Y')
    sender = n.get('sender') or SENDERS[i % len(SENDERS)]
    frm = '"%s" <%s@%s>' % (disp if i % 4 else '%s Service Client' % disp if lang == 'fr' else 'Atención al Cliente de %s' % disp, sender, m)
    is_html = (i % 2 == 0)  # half HTML, half plain
    plain = plain_layout(lang, m, title, greet, paras, items, order, after, footer, cur, i % 3)
    html = None
    if is_html:
        html = html_layout('ABC'[(i // 2) % 3], lang, m, title, greet, paras, items, order, after, footer, cur, placed)
        if i % 4 == 2:
            plain = None  # HTML-only
    auth = auth_header(m) if (i * 7) % 10 < 5 else None
    extra = {'X-AMAZON-MAIL-RELAY-TYPE': 'notification', 'Feedback-ID': '1.eu-west-1.%x:AmazonSES' % random.getrandbits(64)}
    if n.get('refs'):
        extra['References'] = n['refs']
    cs = 'iso-8859-15' if (i % 9 == 4 and cur == 'EUR') else 'utf-8'
    return write('notice', lang, n['cause'], n['sr'], m, n.get('note', ''), frm, subj, plain, html, date, auth,
                 extra=extra, charset=cs, reply_to='no-reply@%s' % m)

# ================================================================ FRENCH
FR_NOTICES = [
 # inventory_shortage (6 explicit)
 dict(cause='inventory_shortage', sr=True, subj='Votre commande Amazon.fr n° {order} a été annulée',
      paras=['Nous sommes au regret de vous informer que l\'article ci-dessous n\'est plus disponible auprès de notre fournisseur. Nous avons donc été contraints d\'annuler votre commande.'], note='supplier no longer has it'),
 dict(cause='inventory_shortage', sr=True, m='amazon.com.be', subj='Annulation de votre commande {order}', sender='marketplace-messages',
      paras=['En raison d\'une rupture de stock, le vendeur Maison&Déco Distribution n\'a pas été en mesure d\'expédier votre commande. Il l\'a par conséquent annulée.'], note='seller, reason-first'),
 dict(cause='inventory_shortage', sr=True, subj='Information concernant votre commande {order}', html=False,
      paras=['Votre commande {order} a été annulée.', 'Motif de l\'annulation : article définitivement épuisé.'], note='labelled reason line'),
 dict(cause='inventory_shortage', sr=True, subj='Votre précommande de « {item} » a été annulée', nitems=1,
      paras=['Nous avions bon espoir de pouvoir honorer votre précommande, mais l\'éditeur nous a fait savoir que le nombre d\'exemplaires qui nous sera livré est bien inférieur à la demande.', 'Nous ne pourrons malheureusement pas vous envoyer cet article et votre précommande est donc annulée.'], note='pre-order cannot be filled'),
 dict(cause='inventory_shortage', sr=True, subj='Un article de votre commande {order} a été annulé', nitems=2,
      paras=['Un article de votre commande a été annulé : nous ne sommes pas parvenus à nous le procurer auprès de nos partenaires dans les délais annoncés.', 'Les autres articles de la commande ne sont pas concernés et vous seront expédiés normalement.'], note='partial, implied'),
 dict(cause='inventory_shortage', sr=True, subj='Mise à jour de votre commande n° {order}', sender='order-update',
      paras=['Il ne s\'agit en aucun cas d\'un problème lié à votre moyen de paiement : le vendeur nous a signalé que son stock était épuisé au moment de préparer votre colis.', 'Nous avons donc annulé la commande ci-dessous.'], note='denies payment, gives stock'),
 # payment_issue (5 explicit)
 dict(cause='payment_issue', sr=True, subj='Votre commande {order} a été annulée', sender='payments-messages',
      paras=['Nous avons annulé votre commande, car la banque émettrice de votre carte n\'a pas autorisé le paiement.', 'Vous pouvez vérifier vos moyens de paiement dans Votre compte avant de repasser commande.'], note='authorisation refused'),
 dict(cause='payment_issue', sr=True, subj='Commande {order} annulée : mode de paiement non mis à jour', sender='payments-messages', html=False,
      paras=['Il y a quelques jours, nous vous avons demandé de mettre à jour le mode de paiement associé à cette commande, votre carte ayant expiré.', 'Motif : aucune révision du paiement reçue dans le délai imparti.', 'La commande a en conséquence été annulée.'], note='payment revision not made'),
 dict(cause='payment_issue', sr=True, m='amazon.com.be', subj='Annulation de la commande {order}',
      paras=['Le solde de votre chèque-cadeau ne suffisait pas à régler l\'intégralité de votre commande, et aucun autre moyen de paiement n\'a été ajouté.', 'Nous avons donc dû l\'annuler.'], note='gift card balance insufficient'),
 dict(cause='payment_issue', sr=True, subj='Paiement refusé - commande {order} annulée', sender='payments-messages',
      paras=['Paiement refusé par votre banque. Commande annulée.'], note='very short'),
 dict(cause='payment_issue', sr=True, subj='Votre commande Amazon.fr {order}', sender='cs-reply', html=False,
      paras=['Suite à votre demande d\'information, je vous confirme que cette annulation n\'a rien à voir avec la disponibilité du produit.', 'Le prélèvement SEPA associé à votre commande a été rejeté par votre banque (provision insuffisante), ce qui a entraîné l\'annulation automatique de la commande.'], after=['Je reste à votre disposition.\nSandrine M.'], note='CS agent, denies stock, insufficient funds'),
 # technical_issue (6)
 dict(cause='technical_issue', sr=True, subj='Votre commande {order} a été annulée',
      paras=['Une erreur s\'est glissée dans le prix affiché pour l\'article ci-dessous : il apparaissait à un prix très inférieur à son prix réel.', 'Conformément à nos Conditions générales de vente, nous avons annulé votre commande.'], note='pricing error'),
 dict(cause='technical_issue', sr=True, subj='Annulation automatique de votre commande {order}', html=False,
      paras=['Un incident technique est survenu lors du traitement de votre commande. Celle-ci n\'a pas pu être finalisée et a été annulée automatiquement par nos systèmes.'], note='processing incident'),
 dict(cause='technical_issue', sr=True, m='amazon.com.be', subj='Commande {order} : article annulé', nitems=1,
      paras=['Nous avons annulé l\'article suivant de votre commande.', 'Raison : la fiche produit comportait des informations erronées (modèle et caractéristiques ne correspondant pas à l\'article réellement vendu).'], note='listing error labelled'),
 dict(cause='technical_issue', sr=True, subj='Le vendeur a annulé votre commande {order}', sender='marketplace-messages',
      paras=['Le vendeur Électro Discount 33 a annulé votre commande. D\'après ses indications, le prix de son offre avait été mal saisi et ne correspondait pas au prix prévu.'], note='seller, price typo'),
 dict(cause='technical_issue', sr=True, subj='Nous avons annulé une commande en double', html=False,
      paras=['À la suite d\'un dysfonctionnement passager de notre site, votre commande a été enregistrée deux fois.', 'Nous avons annulé le doublon portant le numéro {order}. Votre commande d\'origine n\'est pas affectée.'], note='system glitch duplicate'),
 dict(cause='technical_issue', sr=True, subj='Information importante sur votre commande {order}', sender='order-update',
      paras=['Ce n\'est ni une question de stock ni un problème de paiement : une anomalie informatique a empêché la validation de votre commande, que nous avons dû annuler.', 'Nos équipes ont corrigé le problème ; vous pouvez passer une nouvelle commande dès maintenant.'], note='denies stock and payment'),
 # fraud_prevention (5)
 dict(cause='fraud_prevention', sr=True, subj='Votre compte Amazon.fr a été suspendu temporairement', sender='cs-reply', html=False,
      paras=['Nous avons constaté une activité inhabituelle sur votre compte. Par précaution, nous l\'avons temporairement suspendu et avons annulé les commandes en cours, dont la commande {order}.', 'Pour rétablir l\'accès, connectez-vous à Votre compte et suivez les instructions affichées. Nous ne vous demanderons aucune information par e-mail.'], note='unusual activity'),
 dict(cause='fraud_prevention', sr=True, subj='Votre commande {order} a été annulée',
      paras=['Votre commande a été annulée, car nous n\'avons pas pu confirmer l\'identité du titulaire du compte.'], note='identity verification'),
 dict(cause='fraud_prevention', sr=True, m='amazon.com.be', subj='Commande {order} annulée', html=False,
      paras=['Nous vous informons de l\'annulation de votre commande {order}.', 'Motif : contrôle de sécurité non concluant.'], note='labelled security check'),
 dict(cause='fraud_prevention', sr=True, subj='Mise à jour concernant votre commande {order}', sender='order-update',
      paras=['Afin de protéger nos clients contre l\'utilisation frauduleuse de moyens de paiement, certaines commandes font l\'objet d\'un examen complémentaire.', 'Votre commande a été examinée dans ce cadre et n\'a pas pu être validée ; elle a donc été annulée.'], note='flagged review, reason-first'),
 dict(cause='fraud_prevention', sr=True, subj='Action requise sur votre compte', sender='cs-reply',
      paras=['Amazon a décidé d\'annuler la commande {order} à l\'issue d\'un examen de sécurité de votre compte.', 'Votre compte restera bloqué jusqu\'à ce que vous ayez confirmé votre identité depuis la page Votre compte.'], note='Amazon decided, account locked'),
 # customer_request (6)
 dict(cause='customer_request', sr=True, subj='Votre commande Amazon.fr {order} a été annulée', sender='auto-confirm',
      paras=['Comme vous l\'avez demandé, nous avons annulé votre commande.'], note='as requested'),
 dict(cause='customer_request', sr=True, subj='Confirmation d\'annulation d\'article', html=False, nitems=1,
      paras=['Nous vous confirmons l\'annulation de l\'article suivant, que vous avez effectuée depuis la page Vos commandes.'], note='customer cancelled via Your Orders'),
 dict(cause='customer_request', sr=True, m='amazon.com.be', subj='Votre demande d\'annulation a été traitée', sender='auto-confirm',
      paras=['Votre demande d\'annulation a bien été prise en compte : la commande {order} est désormais annulée.'], note='request processed'),
 dict(cause='customer_request', sr=True, subj='Le vendeur a annulé votre commande {order}', sender='marketplace-messages', html=False,
      paras=['Suite à votre message envoyé via la messagerie acheteur-vendeur, le vendeur Librairie du Parc a annulé votre commande.'], note='seller, at buyer request'),
 dict(cause='customer_request', sr=True, subj='Commande {order} - annulation',
      paras=['Statut : Annulée', 'Motif : annulée par le client'], note='status + labelled reason'),
 dict(cause='customer_request', sr=True, subj='Suite à notre échange', sender='cs-reply', html=False,
      paras=['Merci d\'avoir contacté le Service Client d\'Amazon.fr par chat.', 'Comme convenu pendant notre conversation, j\'ai procédé à l\'annulation de votre commande {order} ; elle ne vous sera donc pas expédiée.'], after=['Bonne journée,\nKarim'], note='CS chat follow-up'),
 # unknown, no reason (5)
 dict(cause='unknown', sr=False, subj='Votre commande {order} a été annulée', html=False,
      paras=['Votre commande n° {order} a été annulée.'], note='no reason, minimal'),
 dict(cause='unknown', sr=False, subj='Article annulé de votre commande', nitems=1,
      paras=['Nous vous informons que l\'article suivant a été retiré de votre commande et ne sera pas expédié.'], note='no reason, item removed'),
 dict(cause='unknown', sr=False, m='amazon.com.be', subj='Annulation de votre commande Amazon', html=False,
      paras=['Nous avons dû annuler votre commande. Toutes nos excuses pour ce désagrément.'], note='no reason, we had to'),
 dict(cause='unknown', sr=False, subj='Le vendeur a annulé votre commande', sender='marketplace-messages',
      paras=['Le vendeur Sport Évasion a annulé votre commande {order}.', 'Pour toute question, vous pouvez contacter le vendeur depuis la page Vos commandes.'], note='no reason, seller'),
 dict(cause='unknown', sr=False, subj='Commande {order} : annulation', html=False,
      paras=['Nous annulons votre commande {order}. Aucune autre action n\'est requise de votre part.'], note='no reason, present tense'),
 # unknown, other reason (3)
 dict(cause='unknown', sr=True, subj='Votre commande {order} n\'a pas pu être livrée',
      paras=['Le point relais que vous aviez choisi a définitivement fermé et aucune autre adresse de livraison n\'a pu être retenue.', 'Nous n\'étions donc pas en mesure de livrer votre commande et l\'avons annulée.'], note='undeliverable address'),
 dict(cause='unknown', sr=True, m='amazon.com.be', subj='Article non expédiable vers votre destination', html=False,
      paras=['Nous avons annulé votre commande {order} : l\'article ci-dessous ne peut pas être expédié vers la Suisse depuis notre boutique.'], note='cannot ship to country'),
 dict(cause='unknown', sr=True, subj='Annulation de votre commande n° {order}',
      paras=['La réglementation relative au transport aérien des batteries au lithium ne nous permet pas d\'envoyer cet article à La Réunion.', 'Votre commande a par conséquent été annulée.'], note='shipping restriction (dangerous goods)'),
]

# thread pairs: (earlier non_notice spec, cancellation spec, cause)
FR_THREADS = [
 ('payment_issue',
  dict(sender='payments-messages', subj='Action requise : mettez à jour votre mode de paiement pour la commande {order}',
       body='Bonjour,\n\nNous n\'avons pas pu débiter la carte se terminant par 4417 pour votre commande {order}.\n\nPour éviter tout retard, mettez à jour votre mode de paiement dans Vos commandes avant le {dl} :\nhttps://www.amazon.fr/gp/css/order-history\n\nArticle : {item}\n\nCordialement,\nAmazon.fr\n\nAmazon ne vous demandera jamais votre mot de passe par e-mail.'),
  dict(subj='Commande {order} annulée', html=False, paras=['Votre commande {order} a été annulée.'])),
 ('payment_issue',
  dict(sender='payments-messages', subj='Révision de paiement nécessaire - commande {order}',
       body='Bonjour,\n\nLa banque émettrice de votre carte a refusé l\'autorisation pour la commande {order}. Merci de choisir un autre moyen de paiement ou de vérifier les informations de votre carte.\n\nRévisez votre paiement ici : https://www.amazon.fr/gp/css/summary/edit.html?orderID={order}\n\n{item}\n\nL\'équipe Amazon.fr'),
  dict(subj='Information sur votre commande {order}', paras=['Nous avons annulé la commande ci-dessous. Si vous souhaitez toujours recevoir cet article, vous pouvez le commander à nouveau.'])),
 ('fraud_prevention',
  dict(sender='cs-reply', subj='Votre compte Amazon.fr est en attente de vérification',
       body='Bonjour,\n\nVotre compte Amazon.fr est temporairement en attente. Nous devons vérifier certaines informations avant de pouvoir traiter votre commande {order}.\n\nConnectez-vous à Votre compte et suivez les instructions pour confirmer votre identité. Tant que la vérification n\'est pas terminée, les commandes en cours restent bloquées.\n\nArticle concerné : {item}\n\nService Client Amazon.fr'),
  dict(subj='Votre commande {order} a été annulée', html=True, paras=['Nous vous confirmons que la commande {order} a été annulée.'])),
 ('inventory_shortage',
  dict(sender='order-update', subj='Retard de livraison pour votre commande {order}',
       body='Bonjour,\n\nNous sommes désolés : l\'article « {item} » de votre commande {order} est retardé. Nous rencontrons des difficultés à nous le procurer auprès de notre fournisseur et ne pouvons pas encore vous communiquer de nouvelle date de livraison.\n\nNous vous tiendrons informé. Vous pouvez annuler l\'article à tout moment depuis Vos commandes.\n\nAmazon.fr'),
  dict(subj='Mise à jour de votre commande {order}', html=False, nitems=1, paras=['L\'article ci-dessous a été annulé.'])),
]

FR_NON = [
 dict(note='shipping confirmation', frm='"Amazon.fr" <confirmation-commande@amazon.fr>', subj='Votre commande Amazon.fr de « {item} » a été expédiée', auth=True,
      body='Bonjour,\n\nNous vous informons que votre colis a été expédié. Votre commande est en route et ne peut plus être modifiée. Si vous souhaitez annuler, vous pourrez retourner l\'article après réception.\n\nLivraison estimée : jeudi 14 mars\nCommande n° {order}\n\n{item}\n\nSuivre votre colis : https://www.amazon.fr/gp/css/shiptrack/view.html\n\nAmazon ne vous demandera jamais votre mot de passe par e-mail.'),
 dict(note='Amazon Fresh delivery window cancelled', frm='"Amazon Fresh" <fresh-no-reply@amazon.fr>', subj='Votre créneau de livraison Amazon Fresh a été modifié',
      body='Bonjour,\n\nEn raison d\'un problème de circulation, le créneau de livraison de 18h-20h prévu aujourd\'hui a été annulé. Vos courses vous seront livrées demain entre 8h et 10h. Votre commande reste valable ; aucune action n\'est nécessaire.\n\nNous vous prions de nous excuser pour ce désagrément.\n\nAmazon Fresh'),
 dict(note='Prime membership cancellation', frm='"Amazon Prime" <prime@amazon.fr>', subj='Confirmation de la résiliation de votre abonnement Amazon Prime', auth=True,
      body='Bonjour,\n\nNous vous confirmons l\'annulation de votre abonnement Amazon Prime. Vous pourrez profiter de vos avantages jusqu\'au 27 avril 2024. Vous ne serez plus débité à partir de cette date.\n\nVous avez changé d\'avis ? Réactivez Prime en un clic : https://www.amazon.fr/prime\n\nL\'équipe Amazon Prime'),
 dict(note='payment reminder before cancellation', frm='"Amazon.fr" <payments-messages@amazon.fr>', subj='Rappel : votre paiement pour la commande {order} doit être mis à jour',
      body='Bonjour,\n\nNous n\'avons toujours pas pu traiter le paiement de votre commande {order}. Si votre mode de paiement n\'est pas mis à jour d\'ici 3 jours, nous serons obligés d\'annuler la commande.\n\nMettre à jour : https://www.amazon.fr/gp/css/order-history\n\n{item}\n\nCordialement,\nAmazon.fr'),
 dict(note='other retailer (Fnac) cancellation', frm='"Fnac.com" <service-client@fnac.com>', subj='Annulation de votre commande Fnac n° 8HJ4K2LQ9',
      body='Bonjour,\n\nNous sommes désolés, votre commande n° 8HJ4K2LQ9 a été annulée car l\'article « {item} » n\'est plus disponible chez notre fournisseur.\n\nVous serez remboursé sous 5 jours.\n\nLe Service Client Fnac.com'),
 dict(note='newsletter mentioning cancellations', frm='"Le Journal du Conso" <newsletter@journalduconso.fr>', subj='Commandes annulées, remboursements : vos droits en 5 questions',
      body='Bonjour,\n\nCette semaine : votre commande en ligne a été annulée par le vendeur (Amazon, Cdiscount, Fnac...) ? Avez-vous droit à un dédommagement ? Que dit la loi en cas d\'erreur de prix ? Nos juristes répondent.\n\nLire l\'article : https://www.journalduconso.fr/droits/commande-annulee\n\nPour vous désinscrire, cliquez ici.'),
 dict(note='friend writing', frm='"Antoine Girard" <antoine.girard82@gmail.com>', subj='Re: cadeau pour Léa', 
      body='Salut,\n\nFinalement j\'ai annulé ma commande Amazon pour le cadeau de Léa, la livraison était prévue trop tard. On passe à la Fnac samedi pour trouver autre chose ?\n\nBises,\nAntoine'),
]

FR_LOOK = [
 dict(cause='payment_issue', sr=True, frm='"Amazon.fr" <service@amaz0n-support.com>', subj='Votre commande a été annulée - mise à jour de paiement requise', html=True,
      body='Bonjour cher client,\n\nVotre commande n° 402-8831-77312 a été annulée car votre carte bancaire a été refusée.\nPour éviter la suspension de votre compte, veuillez confirmer vos informations de carte sous 24h :', link=('https://www.amazon.fr/votre-compte', 'http://amaz0n-support.com/fr/verify.php?id=8812'), tail='Service Client Amazon', note='lookalike domain, malformed order no, link text mismatch'),
 dict(cause='fraud_prevention', sr=True, frm='"Amazon Sécurité" <securite@amazon.fr.account-check.net>', subj='Compte suspendu : commande {order} annulée', html=True,
      body='Cher(e) client(e),\n\nNous avons détecté une connexion inhabituelle sur votre compte. Par mesure de sécurité, votre compte est suspendu et votre commande {order} ({item}) a été annulée.\n\nPour réactiver votre compte, vérifiez votre identité :', link=('https://www.amazon.fr/ap/signin', 'https://amazon.fr.account-check.net/signin/fr'), tail='Amazon ne vous demandera jamais votre mot de passe.\n© 1996-2024, Amazon.com, Inc.', note='subdomain trick, polished'),
 dict(cause='unknown', sr=False, frm='"Аmazon.fr" <commandes.amz@gmail.com>', subj='Annulation de commande #{order}',
      body='Bonjour,\n\nVotre commande #{order} d\'un montant de 749,00 EUR (Apple iPhone 15 Pro) a été annulée.\n\nSi vous n\'êtes pas à l\'origine de cet achat, appelez immédiatement notre service client au 01 86 95 42 17 pour bloquer le prélèvement.\n\nAmazon France', note='homoglyph display name, freemail, callback number'),
 dict(cause='payment_issue', sr=True, frm='"Amazon Service Client" <noreply@amazon-commandes.help>', subj='URGENT: votre commande annulée !!',
      body='Votre commande est annulée !!! paiement echoué.\nRépondez a cet email avec les informations de votre carte (numero, date d\'expiration, cryptogramme) pour récupérer votre commande.\n\nAmazon', note='crude, reply with card details, no order number'),
 dict(cause='fraud_prevention', sr=True, frm='"Amazon.fr" <no-reply@amazn-fr.com>', subj='Votre compte Amazon a été verrouillé', html=True,
      body='Bonjour {n},\n\nVotre compte a été verrouillé et la commande 171-55302-118 a été annulée à la suite d\'une activité suspecte. Pour débloquer votre compte, utilisez le code AMZ-77X2 sur la page suivante :', link=('https://www.amazon.fr/debloquer', 'http://amazn-fr.com/unlock?c=AMZ-77X2'), tail='Merci,\nL\'équipe Amazon', note='account locked + code, malformed order'),
 dict(cause='inventory_shortage', sr=True, frm='"Amazon.fr" <order-update@amazon-fr.remboursement-client.com>', subj='Votre commande {order} a été annulée - remboursement en attente', html=True,
      body='Bonjour,\n\nL\'article « {item} » n\'est plus en stock et votre commande {order} a été annulée.\nPour recevoir votre remboursement de 129,99 €, veuillez confirmer vos coordonnées bancaires :', link=('https://www.amazon.fr/remboursement', 'https://amazon-fr.remboursement-client.com/iban'), tail='Aucun montant ne vous a été débité.\nAmazon.fr', note='polished, refund bait'),
 dict(cause='technical_issue', sr=True, frm='"amazon" <support-amazon2024@outlook.fr>', subj='Erreur de commande - annulation',
      body='Bonjour\n\nsuite a une erreur de notre systeme votre commande a ete annulée. Pour etre rembourser appeler le +33 7 56 81 20 44 (service client amazon, ouvert 24/7).\n\ncordialement', note='crude, freemail, phone'),
]

# ================================================================ SPANISH
ES_NOTICES = [
 # inventory_shortage (6)
 dict(cause='inventory_shortage', sr=True, subj='Tu pedido de Amazon.es {order} se ha cancelado',
      paras=['Lamentamos comunicarte que el siguiente artículo ya no está disponible y no podremos enviártelo.', 'Por este motivo, hemos cancelado tu pedido.'], note='no longer available'),
 dict(cause='inventory_shortage', sr=True, m='amazon.com.mx', subj='Cancelación de tu pedido {order}', sender='marketplace-messages', html=False,
      paras=['El vendedor Electrónica Norte MX canceló tu pedido porque se quedó sin existencias del producto.'], note='seller out of stock, MX'),
 dict(cause='inventory_shortage', sr=True, subj='Información sobre tu pedido {order}',
      paras=['Tu pedido {order} ha sido cancelado.', 'Motivo: artículo agotado de forma permanente.'], note='labelled reason'),
 dict(cause='inventory_shortage', sr=True, subj='Hemos cancelado tu reserva de "{item}"', nitems=1, html=False,
      paras=['Nuestro proveedor nos ha informado de que no recibiremos unidades suficientes para atender todas las reservas de este producto.', 'Sentimos mucho tener que cancelar tu reserva.'], note='pre-order'),
 dict(cause='inventory_shortage', sr=True, m='amazon.com.mx', subj='Se canceló un artículo de tu pedido {order}', nitems=2,
      paras=['No logramos conseguir uno de los artículos de tu pedido con nuestros proveedores, así que lo cancelamos.', 'El resto del pedido se enviará según lo previsto.'], note='partial, could not obtain'),
 dict(cause='inventory_shortage', sr=True, subj='Actualización de tu pedido {order}', sender='cs-reply', html=False,
      paras=['Gracias por escribirnos. He revisado tu pedido y puedo confirmarte que la cancelación no se debe a ningún problema con tu tarjeta.', 'El vendedor no disponía de stock cuando fue a preparar el envío, por lo que tuvo que anularlo.'], after=['Un saludo,\nRaúl'], note='CS agent, denies payment, gives stock'),
 # payment_issue (5)
 dict(cause='payment_issue', sr=True, subj='Hemos cancelado tu pedido {order}', sender='payments-messages',
      paras=['Tu pedido se ha cancelado porque el banco emisor de tu tarjeta no autorizó el pago.'], note='authorisation refused'),
 dict(cause='payment_issue', sr=True, subj='Pedido {order} cancelado: no se actualizó el método de pago', sender='payments-messages', html=False,
      paras=['Te escribimos hace unos días porque la tarjeta asociada a este pedido había caducado.', 'Como no recibimos un nuevo método de pago en el plazo indicado, el pedido se ha cancelado.'], note='payment revision deadline'),
 dict(cause='payment_issue', sr=True, m='amazon.com.mx', subj='Cancelamos tu pedido {order}',
      paras=['Motivo de la cancelación: saldo insuficiente en tu Tarjeta de Regalo Amazon y ningún método de pago adicional.'], note='gift card balance, labelled'),
 dict(cause='payment_issue', sr=True, subj='Pago rechazado - pedido {order}', sender='payments-messages', html=False,
      paras=['Pago rechazado. Pedido cancelado.'], note='very short'),
 dict(cause='payment_issue', sr=True, subj='Tu pedido {order}',
      paras=['No pudimos verificar los datos de pago que nos proporcionaste y, por lo tanto, tu pedido fue cancelado.', 'Comprueba que la dirección de facturación coincide con la registrada en tu banco antes de volver a intentarlo.'], note='payment could not be verified'),
 # technical_issue (6)
 dict(cause='technical_issue', sr=True, subj='Tu pedido {order} ha sido cancelado', html=False,
      paras=['Se produjo un error en el precio que mostrábamos para este producto, muy por debajo de su precio real.', 'De acuerdo con nuestras Condiciones de Uso y Venta, hemos cancelado el pedido.'], note='pricing error'),
 dict(cause='technical_issue', sr=True, m='amazon.com.mx', subj='Cancelación automática del pedido {order}',
      paras=['Debido a una falla técnica durante el procesamiento, tu pedido no pudo completarse y nuestro sistema lo canceló automáticamente.'], note='processing failure MX'),
 dict(cause='technical_issue', sr=True, subj='Artículo cancelado en tu pedido {order}', nitems=1, html=False,
      paras=['Hemos cancelado el siguiente artículo.', 'Motivo: la ficha del producto contenía información incorrecta (la imagen y la descripción no correspondían al modelo vendido).'], note='listing error labelled'),
 dict(cause='technical_issue', sr=True, subj='El vendedor ha cancelado tu pedido {order}', sender='marketplace-messages',
      paras=['El vendedor HogarPlus Iberia ha cancelado tu pedido. Según nos indica, el precio de su oferta se publicó por error con un valor equivocado.'], note='seller price mistake'),
 dict(cause='technical_issue', sr=True, m='amazon.com.mx', subj='Cancelamos un pedido duplicado', html=False,
      paras=['Un error temporal de nuestro sitio registró tu compra dos veces.', 'Ya cancelamos el pedido duplicado {order}; tu pedido original sigue su curso.'], note='glitch duplicate'),
 dict(cause='technical_issue', sr=True, subj='Aviso importante sobre tu pedido {order}', sender='order-update',
      paras=['No es un problema de existencias ni de tu pago: una incidencia en nuestros sistemas impidió confirmar el pedido y tuvimos que cancelarlo.', 'La incidencia ya está resuelta y puedes volver a comprar cuando quieras.'], note='denies stock/payment'),
 # fraud_prevention (5)
 dict(cause='fraud_prevention', sr=True, subj='Tu cuenta de Amazon.es está temporalmente bloqueada', sender='cs-reply', html=False,
      paras=['Hemos detectado actividad inusual en tu cuenta y, como medida de precaución, la hemos bloqueado temporalmente y cancelado los pedidos pendientes, entre ellos el pedido {order}.', 'Para recuperar el acceso, inicia sesión en Mi cuenta y sigue las instrucciones. Nunca te pediremos datos por correo electrónico.'], note='unusual activity'),
 dict(cause='fraud_prevention', sr=True, m='amazon.com.mx', subj='Tu pedido {order} fue cancelado',
      paras=['Cancelamos tu pedido porque no fue posible confirmar la identidad del titular de la cuenta.'], note='identity not confirmed'),
 dict(cause='fraud_prevention', sr=True, subj='Pedido {order} cancelado', html=False,
      paras=['Te informamos de que el pedido {order} ha sido cancelado.', 'Motivo: revisión de seguridad no superada.'], note='labelled security review'),
 dict(cause='fraud_prevention', sr=True, subj='Novedades sobre tu pedido {order}', sender='order-update',
      paras=['Para proteger a nuestros clientes frente al uso fraudulento de medios de pago, algunos pedidos pasan por una revisión adicional.', 'Tu pedido fue seleccionado para esta revisión y no pudo aprobarse, por lo que se ha cancelado.'], note='flagged review, reason-first'),
 dict(cause='fraud_prevention', sr=True, m='amazon.com.mx', subj='Se requiere una acción en tu cuenta', sender='cs-reply',
      paras=['Amazon decidió cancelar el pedido {order} tras una revisión de seguridad de tu cuenta.', 'Tu cuenta permanecerá en espera hasta que verifiques tu identidad desde Mi cuenta.'], note='Amazon decided, account on hold'),
 # customer_request (6)
 dict(cause='customer_request', sr=True, subj='Tu pedido de Amazon.es {order} ha sido cancelado', sender='auto-confirm',
      paras=['Tal y como solicitaste, hemos cancelado tu pedido.'], note='as requested'),
 dict(cause='customer_request', sr=True, m='amazon.com.mx', subj='Confirmación de cancelación', sender='auto-confirm', html=False, nitems=1,
      paras=['Confirmamos la cancelación del siguiente artículo, que realizaste desde Mis pedidos.'], note='customer via Your Orders'),
 dict(cause='customer_request', sr=True, subj='Hemos procesado tu solicitud de cancelación', sender='auto-confirm',
      paras=['Hemos recibido tu solicitud de cancelación y el pedido {order} ya está cancelado.'], note='request processed'),
 dict(cause='customer_request', sr=True, subj='El vendedor ha cancelado tu pedido {order}', sender='marketplace-messages', html=False,
      paras=['A petición tuya, el vendedor Librería Atenea ha cancelado el pedido que le indicaste en tu mensaje.'], note='seller, at buyer request'),
 dict(cause='customer_request', sr=True, m='amazon.com.mx', subj='Pedido {order} - cancelación',
      paras=['Estado: Cancelado', 'Motivo: cancelado por el cliente'], note='status + labelled reason'),
 dict(cause='customer_request', sr=True, subj='Seguimiento de tu consulta', sender='cs-reply', html=False,
      paras=['Gracias por contactar con Atención al Cliente de Amazon.es por teléfono.', 'Tal como acordamos durante la llamada, he cancelado tu pedido {order}, así que no se enviará.'], after=['Que tengas un buen día,\nNerea'], note='CS phone follow-up'),
 # unknown no reason (5)
 dict(cause='unknown', sr=False, subj='Tu pedido {order} ha sido cancelado', html=False,
      paras=['Tu pedido n.º {order} ha sido cancelado.'], note='no reason, minimal'),
 dict(cause='unknown', sr=False, m='amazon.com.mx', subj='Se canceló un artículo de tu pedido', nitems=1,
      paras=['Te informamos que el siguiente artículo se eliminó de tu pedido y no será enviado.'], note='no reason, item removed'),
 dict(cause='unknown', sr=False, subj='Cancelación de tu pedido de Amazon', html=False,
      paras=['Hemos tenido que cancelar tu pedido. Disculpa las molestias.'], note='no reason, we had to'),
 dict(cause='unknown', sr=False, subj='El vendedor ha cancelado tu pedido', sender='marketplace-messages',
      paras=['El vendedor DeporManía ha cancelado tu pedido {order}.', 'Si tienes alguna duda, puedes ponerte en contacto con el vendedor desde Mis pedidos.'], note='no reason, seller'),
 dict(cause='unknown', sr=False, m='amazon.com.mx', subj='Pedido {order}: cancelación', html=False,
      paras=['Estamos cancelando tu pedido {order}. No necesitas hacer nada más.'], note='no reason, progressive'),
 # unknown other reason (3)
 dict(cause='unknown', sr=True, subj='No hemos podido entregar tu pedido {order}',
      paras=['La dirección de entrega que indicaste no existe según el transportista y no hemos podido contactar contigo para corregirla.', 'Por ello, no era posible completar la entrega y hemos cancelado el pedido.'], note='undeliverable address'),
 dict(cause='unknown', sr=True, subj='Artículo no disponible para envío a tu destino', html=False,
      paras=['Hemos cancelado tu pedido {order}: el artículo que aparece a continuación no se puede enviar a Canarias desde esta tienda.'], note='cannot ship to region'),
 dict(cause='unknown', sr=True, m='amazon.com.mx', subj='Cancelación de tu pedido {order}',
      paras=['Este producto está sujeto a restricciones de exportación y no puede enviarse al país indicado en tu dirección.', 'Por lo tanto, tu pedido quedó cancelado.'], note='export restriction'),
]

ES_THREADS = [
 ('payment_issue',
  dict(sender='payments-messages', subj='Acción necesaria: actualiza tu método de pago del pedido {order}',
       body='Hola:\n\nNo hemos podido realizar el cargo en la tarjeta terminada en 9031 para tu pedido {order}.\n\nPara evitar retrasos, actualiza tu método de pago en Mis pedidos antes del {dl}:\nhttps://www.amazon.es/gp/css/order-history\n\nArtículo: {item}\n\nAtentamente,\nAmazon.es\n\nAmazon nunca te pedirá tu contraseña por correo electrónico.'),
  dict(subj='Pedido {order} cancelado', html=False, paras=['Tu pedido {order} se ha cancelado.'])),
 ('payment_issue',
  dict(sender='payments-messages', subj='Revisión de pago necesaria - pedido {order}',
       body='Hola:\n\nEl banco emisor de tu tarjeta ha rechazado la autorización del pedido {order}. Elige otro método de pago o comprueba los datos de tu tarjeta.\n\nRevisa tu pago aquí: https://www.amazon.es/gp/css/summary/edit.html?orderID={order}\n\n{item}\n\nEl equipo de Amazon.es'),
  dict(subj='Información sobre tu pedido {order}', paras=['Hemos cancelado el pedido que aparece a continuación. Si todavía quieres el artículo, puedes volver a pedirlo.'])),
 ('fraud_prevention',
  dict(sender='cs-reply', subj='Tu cuenta de Amazon.es está pendiente de verificación',
       body='Hola:\n\nTu cuenta de Amazon.es está temporalmente en espera. Necesitamos verificar cierta información antes de poder procesar tu pedido {order}.\n\nInicia sesión en Mi cuenta y sigue las instrucciones para confirmar tu identidad. Mientras tanto, los pedidos pendientes permanecerán retenidos.\n\nArtículo: {item}\n\nAtención al Cliente de Amazon.es'),
  dict(subj='Tu pedido {order} ha sido cancelado', html=True, paras=['Te confirmamos que el pedido {order} ha sido cancelado.'])),
 ('inventory_shortage',
  dict(sender='order-update', subj='Retraso en la entrega de tu pedido {order}',
       body='Hola:\n\nLo sentimos: el artículo "{item}" de tu pedido {order} se ha retrasado. Estamos teniendo dificultades para conseguirlo a través de nuestro proveedor y todavía no podemos darte una nueva fecha de entrega.\n\nTe mantendremos informado. Puedes cancelar el artículo en cualquier momento desde Mis pedidos.\n\nAmazon.es'),
  dict(subj='Actualización de tu pedido {order}', html=False, nitems=1, paras=['El artículo siguiente ha sido cancelado.'])),
]

ES_NON = [
 dict(note='return/refund confirmation', frm='"Amazon.es" <return@amazon.es>', subj='Reembolso confirmado para tu devolución', auth=True,
      body='Hola:\n\nHemos recibido el artículo que devolviste ("{item}") del pedido {order} y hemos procesado un reembolso de 39,99 € en tu tarjeta. El importe puede tardar entre 3 y 5 días hábiles en aparecer.\n\nAmazon.es\n\nNunca te pediremos tus datos bancarios por correo electrónico.'),
 dict(note='Amazon Fresh delivery window cancelled', frm='"Amazon Fresh" <fresh-no-reply@amazon.es>', subj='Cambio en tu franja de entrega de Amazon Fresh',
      body='Hola:\n\nPor una incidencia en el reparto, la franja de entrega de hoy de 19:00 a 21:00 se ha cancelado. Te entregaremos la compra mañana entre las 9:00 y las 11:00. Tu pedido sigue activo y no tienes que hacer nada.\n\nDisculpa las molestias.\nAmazon Fresh'),
 dict(note='Audible membership cancellation', frm='"Audible" <noreply@audible.es>', subj='Hemos cancelado tu suscripción a Audible', auth=True, authdom='audible.es',
      body='Hola:\n\nTe confirmamos que tu suscripción a Audible se ha cancelado. Conservarás todos los títulos de tu biblioteca y no se te volverá a cobrar.\n\nSi cambias de opinión, puedes volver a suscribirte en https://www.audible.es\n\nEl equipo de Audible'),
 dict(note='payment reminder before cancellation', frm='"Amazon.com.mx" <payments-messages@amazon.com.mx>', subj='Recordatorio: actualiza el pago de tu pedido {order}', market='amazon.com.mx',
      body='Hola:\n\nAún no hemos podido procesar el pago de tu pedido {order}. Si no actualizas tu método de pago en los próximos 3 días, tendremos que cancelar el pedido.\n\nActualizar: https://www.amazon.com.mx/gp/css/order-history\n\n{item}\n\nAmazon.com.mx'),
 dict(note='other retailer (PcComponentes) cancellation', frm='"PcComponentes" <pedidos@pccomponentes.com>', subj='Tu pedido 24113987 ha sido cancelado',
      body='Hola:\n\nSentimos comunicarte que tu pedido 24113987 ha sido cancelado porque el producto "{item}" se ha quedado sin stock en nuestro almacén.\n\nTe devolveremos el importe en un plazo de 3 a 7 días.\n\nEquipo de PcComponentes'),
 dict(note='friend writing', frm='"Marta Ruiz" <marta.ruiz.88@yahoo.es>', subj='Re: lo de la cafetera',
      body='¡Hola!\n\nAl final cancelé mi pedido de Amazon, la cafetera tardaba casi un mes en llegar. La compro en el Corte Inglés este finde. ¿Te vienes?\n\nUn beso,\nMarta'),
 dict(note='shipping confirmation', frm='"Amazon.es" <confirmar-envio@amazon.es>', subj='Se ha enviado tu pedido de Amazon.es "{item}"', auth=True,
      body='Hola:\n\nTu paquete está en camino. El pedido ya no se puede cancelar; si cambias de opinión, podrás devolverlo una vez lo recibas.\n\nLlegada estimada: martes, 9 de abril\nPedido n.º {order}\n\n{item}\n\nSigue tu paquete: https://www.amazon.es/gp/css/shiptrack/view.html'),
]

ES_LOOK = [
 dict(cause='payment_issue', sr=True, frm='"Amazon.es" <atencion@amazon-pedidos.help>', subj='Tu pedido ha sido cancelado - actualiza tu pago', html=True,
      body='Estimado cliente:\n\nTu pedido n.º 403-77120-55 ha sido cancelado porque tu tarjeta fue rechazada.\nPara evitar el bloqueo de tu cuenta, confirma los datos de tu tarjeta en las próximas 24 horas:', link=('https://www.amazon.es/mi-cuenta', 'http://amazon-pedidos.help/es/tarjeta.php?u=5521'), tail='Atención al Cliente Amazon', note='lookalike domain, malformed order, link mismatch'),
 dict(cause='fraud_prevention', sr=True, frm='"Amazon Seguridad" <seguridad@amazon.com.security-check.net>', subj='Cuenta suspendida: pedido {order} cancelado', html=True,
      body='Estimado/a cliente:\n\nHemos detectado un inicio de sesión inusual. Por seguridad, tu cuenta ha sido suspendida y tu pedido {order} ({item}) ha sido cancelado.\n\nPara reactivar tu cuenta, verifica tu identidad:', link=('https://www.amazon.es/ap/signin', 'https://amazon.com.security-check.net/es/login'), tail='Amazon nunca te pedirá tu contraseña.\n© 1996-2024, Amazon.com, Inc. o sus afiliados', note='subdomain trick, polished'),
 dict(cause='unknown', sr=False, frm='"Amazon.es" <pedidos.amazon.es@hotmail.com>', subj='Cancelación del pedido #{order}',
      body='Hola:\n\nTu pedido #{order} por importe de 1.199,00 EUR (Samsung Galaxy S24 Ultra) ha sido cancelado.\n\nSi no reconoces esta compra, llama ahora al 910 48 33 27 para detener el cargo.\n\nAmazon España', note='homoglyph-free display name, freemail sender, callback'),
 dict(cause='payment_issue', sr=True, frm='"Servicio Amazon" <noreply@amaz0n-soporte.com>', subj='URGENTE pedido cancelado!!!',
      body='Su pedido esta cancelado!! el pago fallo.\nResponda a este correo con los datos de su tarjeta (numero, caducidad y CVV) para recuperar su pedido.\n\nAmazon', note='crude, reply with card details, no order'),
 dict(cause='fraud_prevention', sr=True, frm='"Amazοn.com.mx" <no-reply@amazn-mx.com>', subj='Tu cuenta de Amazon ha sido bloqueada', html=True,
      body='Hola {n}:\n\nTu cuenta fue bloqueada y el pedido 701-33991-22 se canceló por actividad sospechosa. Para desbloquear tu cuenta, usa el código MX-44K9 en la siguiente página:', link=('https://www.amazon.com.mx/desbloquear', 'http://amazn-mx.com/unlock?c=MX-44K9'), tail='Gracias,\nEl equipo de Amazon', note='greek omicron homoglyph, code, malformed order'),
 dict(cause='inventory_shortage', sr=True, frm='"Amazon.es" <order-update@amazon-es.reembolsos-clientes.com>', subj='Tu pedido {order} ha sido cancelado - reembolso pendiente', html=True,
      body='Hola:\n\nEl artículo "{item}" ya no está disponible y tu pedido {order} ha sido cancelado.\nPara recibir tu reembolso de 89,00 €, confirma tus datos bancarios:', link=('https://www.amazon.es/reembolso', 'https://amazon-es.reembolsos-clientes.com/iban'), tail='No se ha realizado ningún cargo.\nAmazon.es', note='polished refund bait'),
 dict(cause='technical_issue', sr=True, frm='"amazon" <soporte.amazon2024@gmail.com>', subj='error en su pedido - cancelado',
      body='hola\n\npor un error del sistema su pedido fue cancelado. Para el reembolso llame al +34 631 77 20 18 (atencion amazon 24h).\n\nsaludos', note='crude, freemail, phone'),
]

# ================================================================ driver
def fill(s, order, item, name='', dl=''):
    return s.replace('{order}', order).replace('{item}', item).replace('{n}', name).replace('{dl}', dl)

def do_thread(lang, cause, early, canc):
    m = 'amazon.fr' if lang == 'fr' else 'amazon.es'
    disp = MK[m][0]
    order = order_no()
    it = random.choice(ITEMS[lang])
    d0 = rand_date()
    dl = (d0 + datetime.timedelta(days=4)).strftime('%d/%m/%Y')
    write('non_notice', lang, None, False, m, 'thread', '"%s" <%s@%s>' % (disp, early['sender'], m), fill(early['subj'], order, it[0]),
          plain=fill(early['body'], order, it[0], dl=dl), date=d0, auth=auth_header(m) if cause != 'inventory_shortage' else None,
          extra={'X-AMAZON-MAIL-RELAY-TYPE': 'notification'}, reply_to='no-reply@%s' % m)
    n = dict(canc, cause=cause, sr=False, note='thread: cause from earlier mail', fixed_items=[it], refs=LAST_ID[0])
    notice(lang, n, order=order, date=rand_date(after=d0))

def do_non(lang, spec):
    order = order_no(); it = random.choice(ITEMS[lang])[0]
    dom = spec['frm'].split('@')[1].rstrip('>')
    market = spec.get('market') or (dom if dom in MK else None)
    body = fill(spec['body'], order, it)
    html = None
    if dom in MK and COUNTER[0] % 2 == 0:
        html = '<html><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>' % ''.join('<p>%s</p>' % esc(p) for p in body.split('\n\n'))
    auth = auth_header(spec.get('authdom', dom)) if spec.get('auth') else None
    write('non_notice', lang, None, False, market, spec['note'], spec['frm'], fill(spec['subj'], order, it), plain=body, html=html, auth=auth,
          msgid_dom=('email.amazonses.com' if dom in MK else dom))

def do_look(lang, spec):
    order = order_no(); it = random.choice(ITEMS[lang])[0]
    name = random.choice(L[lang]['names']).split()[0]
    dom = spec['frm'].split('@')[1].rstrip('>')
    body = fill(spec['body'], order, it, name)
    tail = spec.get('tail', '')
    plain = html = None
    if spec.get('html'):
        text, href = spec['link']
        html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">'
                '<div style="background:#232f3e;padding:10px"><img src="https://m.media-amazon.com/images/G/08/x-locale/common/logo-white.png" alt="amazon" height="26"></div>'
                '<div style="padding:18px">%s<p><a href="%s" style="background:#ffd814;padding:8px 16px;border-radius:18px;color:#111;text-decoration:none">%s</a></p>'
                '<p style="font-size:11px;color:#666">%s</p></div></body></html>') % (''.join('<p>%s</p>' % esc(p) for p in body.split('\n\n')), H.escape(href), H.escape(text), esc(tail))
        if COUNTER[0] % 2:
            plain = body + '\n' + text + '\n\n' + tail
    else:
        plain = body + ('\n\n' + tail if tail else '')
    r = random.random()
    auth = auth_header(dom) if r < 0.4 else (auth_header(dom, False) if r < 0.7 else None)
    write('lookalike', lang, spec['cause'], spec['sr'], None, spec['note'], spec['frm'], fill(spec['subj'], order, it), plain=plain, html=html,
          auth=auth, msgid_dom=dom)

jobs = []
for lang, NO, TH, NN, LK in (('fr', FR_NOTICES, FR_THREADS, FR_NON, FR_LOOK), ('es', ES_NOTICES, ES_THREADS, ES_NON, ES_LOOK)):
    jobs += [('n', lang, x) for x in NO] + [('t', lang, x) for x in TH] + [('x', lang, x) for x in NN] + [('l', lang, x) for x in LK]
random.shuffle(jobs)
for k, lang, x in jobs:
    if k == 'n':
        notice(lang, x)
    elif k == 't':
        do_thread(lang, *x)
    elif k == 'x':
        do_non(lang, x)
    else:
        do_look(lang, x)

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LABELS), 'files written')
