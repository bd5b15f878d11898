#!/usr/bin/env python3
"""Regenerate blind batch w3 (it / pl / sv): lookalikes, non-notices, notices.

Run:  python3 make.py      -> writes mail/w3NNN.eml and labels.json next to this file.
"""
import base64, datetime, html, json, os, quopri, random, re, unicodedata
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email._policybase import Compat32
from html.entities import codepoint2name
from urllib.parse import quote

SEED = 3033
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, 'mail')
PREFIX = 'w3'

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def rid(n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def order_no(prefix=None):
    p = prefix or rng.choice(['171', '302', '305', '402', '403', '404', '405', '406', '407', '408'])
    return '%s-%07d-%07d' % (p, rng.randint(0, 9999999), rng.randint(0, 9999999))


# ---------------------------------------------------------------- encodings
FALLBACK = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"',
            '\u00ab': '"', '\u00bb': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...',
            '\u2022': '*', '\u20ac': 'EUR', '\u00a0': ' '}


def enc(s, cs):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode(cs)
        except UnicodeEncodeError:
            r = FALLBACK.get(ch)
            if r is None:
                r = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode() or '?'
            out += r.encode(cs)
    return bytes(out)


def sanitize(s, cs):
    return enc(s, cs).decode(cs)


def part(body, subtype, cs, cte, quote_cs=False):
    if not body.endswith('\n'):
        body += '\n'
    p = Message()
    p['Content-Type'] = 'text/%s; charset=%s' % (subtype, '"%s"' % cs if quote_cs else cs)
    p['Content-Transfer-Encoding'] = cte
    data = enc(body, cs)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        if cte == '7bit':
            data.decode('ascii')
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p


def hdr(s, cs):
    s = sanitize(s, cs)
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(name, address, cs):
    name = sanitize(name, cs)
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=cs)


def entify(s):
    return ''.join('&%s;' % codepoint2name[ord(c)] if ord(c) > 127 and ord(c) in codepoint2name
                   else ('&#%d;' % ord(c) if ord(c) > 127 else c) for c in s)


# ---------------------------------------------------------------- infrastructure
AUTHSERV = {'gmail.com': 'mx.google.com', 'libero.it': 'mx.libero.it', 'tiscali.it': 'mx.tiscali.it',
            'wp.pl': 'mx.wp.pl', 'o2.pl': 'mx.o2.pl', 'telia.com': 'mx.telia.com',
            'bredband.net': 'mx.bredband.net', 'hotmail.se': 'mx.hotmail.com'}


def authserv(rcpt):
    d = rcpt.split('@')[1]
    return AUTHSERV.get(d, 'mx.' + d)


def rand_ip():
    return '%d.%d.%d.%d' % (rng.choice([45, 91, 103, 146, 185, 193, 194, 212]), rng.randint(1, 254),
                            rng.randint(1, 254), rng.randint(1, 254))


def received(style, sender_dom, rcpt, date):
    ds = format_datetime(date)
    mx = authserv(rcpt)
    if style == 'amazon':
        a, b = rng.randint(1, 250), rng.randint(1, 250)
        h = 'a%d-%d.smtp-out.eu-west-1.amazonses.com' % (a, b)
        ip = '54.240.%d.%d' % (a, b)
    elif style == 'gmail':
        n = rng.randint(41, 73)
        h = 'mail-wr1-f%d.google.com' % n
        ip = '209.85.221.%d' % n
    elif style == 'outlook':
        h = 'mail-am6eur05olkn%d.outbound.protection.outlook.com' % rng.randint(2000, 2199)
        ip = '40.92.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    elif style == 'yahoo':
        h = 'sonic%d-%d.consmr.mail.ir2.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 40))
        ip = '77.238.%d.%d' % (rng.randint(176, 180), rng.randint(1, 250))
    else:
        h = rng.choice(['mail.', 'smtp.', 'mx1.', 'out.']) + sender_dom
        ip = rand_ip()
    return ('from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s'
            % (h, h, ip, mx, rid(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), rcpt, ds)), ip


def auth_results(kind, dom, rcpt, ip, bounce):
    srv = authserv(rcpt)
    if kind == 'pass':
        sel = rid(32, 'abcdefghijklmnopqrstuvwxyz234567')
        return ('%s;\n\tdkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s;\n'
                '\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                % (srv, dom, dom, sel, rid(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+'),
                   srv, bounce, ip, bounce, dom))
    if kind == 'plainpass':   # free-mail provider, passes for its own domain
        return ('%s;\n\tdkim=pass header.i=@%s header.s=s%d header.b=%s;\n'
                '\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s'
                % (srv, dom, rng.randint(1000, 2048), rid(8), srv, bounce, ip, bounce, dom))
    # spoofed / unsigned
    return ('%s;\n\tdkim=none;\n\tspf=softfail (%s: domain of transitioning %s does not designate %s '
            'as permitted sender) smtp.mailfrom=%s;\n\tdmarc=fail (p=NONE dis=NONE) header.from=%s'
            % (srv, srv, bounce, ip, bounce, dom))


def message_id(style, dom, date):
    ts = int(date.timestamp())
    if style == 'amazon':
        return '<0102%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
            rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    if style == 'gmail':
        return '<CA%s@mail.gmail.com>' % rid(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')
    if style == 'outlook':
        return '<%s@%sPR09MB%d.eurprd09.prod.outlook.com>' % (rid(36), rid(2), rng.randint(1000, 9999))
    if style == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), ts * 1000)
    return '<%s.%d@%s>' % (rhex(20), ts, dom)


def boundary(style, date):
    if style == 'amazon':
        return '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9),
                                        int(date.timestamp() * 1000))
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'outlook':
        return '_000_%s_' % rid(40)
    return '=_%s' % rhex(24)


START = datetime.datetime(2024, 9, 2, tzinfo=datetime.timezone.utc)
TZS = [datetime.timezone(datetime.timedelta(hours=h)) for h in (1, 2, 0, -7, 3, 8)]


def build(spec):
    style = spec.get('style', 'generic')
    fname, faddr = spec['frm']
    sdom = faddr.split('@')[1]
    rname, raddr = spec['to']
    cs = spec['cs']
    hcs = spec.get('hcs', cs if cs != 'us-ascii' else 'utf-8')
    date = spec.get('date') or START + datetime.timedelta(seconds=rng.randint(0, 110 * 86400))
    if style in ('amazon',):
        date = date.astimezone(datetime.timezone.utc)
    else:
        date = date.astimezone(spec.get('tz') or rng.choice(TZS[:2] if style != 'phish' else TZS))
    fmt = spec['fmt']
    cte = spec['cte']
    qcs = spec.get('quote_cs', False)
    if fmt == 'text':
        msg = part(spec['text'], 'plain', cs, cte, qcs)
    elif fmt == 'html':
        msg = part(spec['html'], 'html', cs, spec.get('cte_html', cte), qcs)
    else:
        msg = MIMEMultipart('alternative', boundary=boundary(style if style != 'phish' else 'generic', date))
        msg.attach(part(spec['text'], 'plain', cs, cte, qcs))
        msg.attach(part(spec['html'], 'html', cs, spec.get('cte_html', cte), qcs))
    content = [(k, v) for k, v in msg.items()]
    for k in {k for k, _ in content}:
        del msg[k]
    bounce = spec.get('bounce')
    if not bounce:
        if style == 'amazon':
            bounce = '%s%s@bounces.%s' % (date.strftime('%Y%m%d%H%M%S'), rhex(30), sdom)
        else:
            bounce = faddr
    rstyle = spec.get('rstyle', {'gmail.com': 'gmail', 'outlook.com': 'outlook', 'outlook.it': 'outlook',
                                 'hotmail.se': 'outlook', 'yahoo.com': 'yahoo'}.get(sdom, 'amazon' if style == 'amazon' else 'generic'))
    rec, ip = received(rstyle, sdom, raddr, date)
    msg['Return-Path'] = '<%s>' % bounce
    msg['Received'] = rec
    if spec.get('auth'):
        kind, dom = spec['auth']
        msg['Authentication-Results'] = auth_results(kind, dom, raddr, ip, bounce)
        if kind == 'pass':
            msg['DKIM-Signature'] = ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
                                     '\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n'
                                     '\tbh=%s=;\n\tb=%s'
                                     % (rid(32, 'abcdefghijklmnopqrstuvwxyz234567'), dom, int(date.timestamp()),
                                        rid(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
                                        rid(88, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    msg['Date'] = format_datetime(date)
    msg['From'] = addr(fname, faddr, hcs)
    if spec.get('reply_to'):
        msg['Reply-To'] = spec['reply_to']
    elif style == 'amazon':
        msg['Reply-To'] = 'no-reply@' + sdom
    msg['To'] = addr(rname, raddr, hcs) if rname else raddr
    msg['Message-ID'] = message_id(rstyle if style != 'amazon' else 'amazon', sdom, date)
    msg['Subject'] = hdr(spec['subj'], hcs)
    for k, v in spec.get('extra', []):
        msg[k] = v
    if style == 'amazon':
        msg['X-AMAZON-MAIL-RELAY-TYPE'] = 'notification'
        msg['Bounces-to'] = bounce
        msg['X-AMAZON-RTE-VERSION'] = '2.0'
        msg['Feedback-ID'] = '1.eu-west-1.%s=:AmazonSES' % rid(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
    msg['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() != 'mime-version':
            msg[k] = v
    return msg


# ---------------------------------------------------------------- Amazon-like template
LOC = {
    'it': dict(tld='it', brand='Amazon.it', order='Ordine n.', qty='Quantità', seller='Venduto da',
               view="Visualizza o gestisci l'ordine", year='2024',
               footer=[
                   "Amazon.it non ti chiederà mai di comunicare o verificare la password, i dati della carta di credito o le coordinate bancarie via e-mail, SMS o telefono. Se ricevi un messaggio sospetto che ti chiede queste informazioni, non cliccare sui link e segnalalo: https://www.amazon.it/gp/help/customer/display.html?nodeId=GUCDX2N4M3DT5NTP",
                   "Se il numero della tua carta di credito è cambiato o la carta è scaduta, aggiorna i dati in Il mio account > I tuoi pagamenti: https://www.amazon.it/cpe/yourpayments/wallet",
                   "Per ulteriori informazioni consulta le pagine di Aiuto: https://www.amazon.it/gp/help/customer/display.html?nodeId=GDY2BWG9T6GBHS8B",
                   "Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
                   "© 2024 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo."]),
    'pl': dict(tld='pl', brand='Amazon.pl', order='Zamówienie nr', qty='Ilość', seller='Sprzedawca',
               view='Wyświetl lub zarządzaj zamówieniem', year='2024',
               footer=[
                   "Amazon nigdy nie poprosi Cię w wiadomości e-mail, SMS-ie ani telefonicznie o podanie lub potwierdzenie hasła, numeru karty płatniczej ani danych konta bankowego. Jeśli otrzymasz podejrzaną wiadomość podszywającą się pod Amazon, nie klikaj w linki i zgłoś ją: https://www.amazon.pl/gp/help/customer/display.html?nodeId=GUCDX2N4M3DT5NTP",
                   "Jeśli zmienił się numer Twojej karty lub data jej ważności, zaktualizuj dane w sekcji Twoje konto > Twoje płatności: https://www.amazon.pl/cpe/yourpayments/wallet",
                   "Więcej informacji znajdziesz na stronach Pomocy: https://www.amazon.pl/gp/help/customer/display.html?nodeId=GDY2BWG9T6GBHS8B",
                   "Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
                   "© 2024 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg."]),
    'sv': dict(tld='se', brand='Amazon.se', order='Beställning #', qty='Antal', seller='Säljs av',
               view='Visa eller hantera beställning', year='2024',
               footer=[
                   "Amazon kommer aldrig att be dig lämna ut eller bekräfta ditt lösenord, ditt kortnummer eller dina bankuppgifter via e-post, sms eller telefon. Om du får ett misstänkt meddelande som ser ut att komma från Amazon ska du inte klicka på några länkar – rapportera det här: https://www.amazon.se/gp/help/customer/display.html?nodeId=GUCDX2N4M3DT5NTP",
                   "Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera uppgifterna under Ditt konto > Dina betalningar: https://www.amazon.se/cpe/yourpayments/wallet",
                   "Mer information finns på våra hjälpsidor: https://www.amazon.se/gp/help/customer/display.html?nodeId=GDY2BWG9T6GBHS8B",
                   "Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.",
                   "© 2024 Amazon.com, Inc. eller dess närstående bolag. Alla rättigheter förbehållna. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."]),
}

TS = ('border-collapse: collapse !important; -webkit-text-size-adjust: 100%; '
      '-ms-text-size-adjust: 100%; font-family: Arial, sans-serif')
STYLE = '''body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.appleBody a { color:#68440a; text-decoration: none; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 375px; background-color: #fafafa; }
.brandImage { width: 130px; }
.card { background-color: #ffffff; width: 100%; border: 0; margin-bottom: 5px; }
.orderIdLink { text-decoration: none; color: #868686; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; width: 100%; }
.legalCopy { font-size: 12px; line-height: 16px; color: #868686; }
@media only screen and (max-width: 480px) { .emailBody { width: 100% !important; } }'''


def track(tld, target):
    ts = START.strftime('%Y%m%d%H%M%S')
    return ('https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d'
            % (tld, rid(13), rid(13), ts, rhex(34), rid(12), quote(target, safe=''), rid(28),
               rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9)))


def amz(lang, greeting, paras, order=None, items=None, items_heading=None, button=None, after=(),
        footer=True, link=None, tlink=None, entities=True, title=None, cs='UTF-8', brand=None, img_host=None):
    """Return (text, html) laid out like Amazon's transactional templates.
    link(url)  -> href used in HTML (default: Amazon click-tracking redirect)
    tlink(url) -> URL printed in the text part (default: the URL itself)"""
    L = LOC[lang]
    tld = L['tld']
    brand = brand or L['brand']
    if link is None:
        link = lambda u: track(tld, u)
    if tlink is None:
        tlink = lambda u: u
    E = (lambda s: entify(html.escape(s, quote=False))) if entities else (lambda s: html.escape(s, quote=False))
    url_re = re.compile(r'https?://[^\s<>"]+')

    def linkify(s):
        out, pos = [], 0
        for m in url_re.finditer(s):
            out.append(E(s[pos:m.start()]))
            u = m.group(0).rstrip('.,)')
            out.append('<a href="%s" style="color: #0066c0; text-decoration: none">%s</a>' % (html.escape(link(u)), E(u)))
            out.append(E(m.group(0)[len(u):]))
            pos = m.end()
        out.append(E(s[pos:]))
        return ''.join(out)

    # ---- text
    t = [brand, '-' * 75, '']
    if title:
        t += [title, '']
    t += [greeting, '']
    for p in paras:
        t += [url_re.sub(lambda m: tlink(m.group(0)), p), '']
    if order:
        t += ['%s %s' % (L['order'], order) if not L['order'].endswith('#') else L['order'] + order, '']
    if items:
        t += [items_heading or '', '']
        for it in items:
            name, qty, price = it[:3]
            t.append('    ' + name)
            if len(it) > 3 and it[3]:
                t.append('    %s: %s' % (L['seller'], it[3]))
            t.append('    %s: %s%s' % (L['qty'], qty, ('    ' + price) if price else ''))
            t.append('')
    if button:
        t += ['%s:' % button[0], tlink(button[1]), '']
    for p in after:
        t += [url_re.sub(lambda m: tlink(m.group(0)), p), '']
    if footer:
        t += ['-' * 75, '']
        for p in L['footer']:
            t += [url_re.sub(lambda m: tlink(m.group(0)), p), '']
    text = '\n'.join(t)

    # ---- html
    home = 'https://www.amazon.%s?ref_=pe_%d' % (tld, rng.randint(10 ** 6, 10 ** 7))
    h = ['    <!DOCTYPE html>', '    <html>', ' <head> ',
         '  <meta http-equiv="Content-Type" content="text/html; charset=%s" /> ' % cs,
         '  <meta name="format-detection" content="telephone=no" /> ',
         '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" /> ',
         '  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" /> ',
         '  <style>', STYLE, '</style> ', ' </head> ',
         ' <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%">'
         '<img width="1" height="1" src="%s" /> ' % html.escape(link('https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif')),
         '  <table id="OutlookWrapper" style="width: 100%; border-collapse: collapse !important">',
         '   <tbody><tr><td align="center" style="%s"> ' % TS,
         '      <table id="EmailWrapper" style="width: 100% !important; border-collapse: collapse !important" dir="ltr"> ',
         '       <tbody><tr><td align="center" style="%s"> ' % TS,
         '          <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); border-collapse: collapse !important"> ',
         '           <tbody><tr><td class="emailBodyTD" style="width: 100%%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %s"> ' % TS,
         '             <a href="%s"> ' % html.escape(link(home)),
         '              <table class="brandTable" style="margin-bottom: 20px; width: 100%; min-width: 338px"><tbody><tr>',
         '               <td align="center" style="%s"> <img src="https://%s/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" /> </td>'
         % (TS, img_host or 'images-eu.ssl-images-amazon.com'),
         '              </tr></tbody></table> </a> ',
         '              <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%; border: 0; margin-bottom: 5px; border-top: 2px solid rgb(213, 219, 219); border-collapse: collapse !important"> ',
         '               <tbody><tr><td class="cardTD" align="left" style="width: 100%%; padding: 30px 20px; %s"> ' % TS]
    if title:
        h.append('                  <table class="greetingTable" style="font-size: 22px; font-weight: bold; line-height: 28px; color: rgb(0, 46, 54); width: 100%%"><tbody><tr><td style="%s"><span>%s</span></td></tr></tbody></table><br /> ' % (TS, E(title)))
    h.append('                  <table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%"><tbody><tr><td style="%s"><span>%s</span> </td></tr></tbody></table> ' % (TS, E(greeting)))
    h.append('                  <table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); width: 100%"><tbody>')
    for p in paras:
        h.append('                    <tr><td style="padding-bottom: 10px; %s"><span>%s</span> </td></tr>' % (TS, linkify(p)))
    h.append('                  </tbody></table> ')
    if order:
        o = '%s %s' % (L['order'], order) if not L['order'].endswith('#') else L['order'] + order
        h.append('                  <table style="width: 100%%"><tbody><tr><td style="padding-top: 12px; %s"><a class="orderIdLink" href="%s" style="text-decoration: none; color: rgb(134, 134, 134)">%s</a></td></tr></tbody></table> '
                 % (TS, html.escape(link('https://www.amazon.%s/gp/your-account/order-details?orderID=%s' % (tld, order))), E(o)))
    if items:
        h.append('                  <hr style="border: 1px solid #CFCFCF" /><table class="itemsTable" style="width: 100%%"><tbody><tr><td style="font-size: 16px; font-weight: bold; color: rgb(0, 46, 54); padding-bottom: 8px; %s">%s</td></tr>' % (TS, E(items_heading or '')))
        for it in items:
            name, qty, price = it[:3]
            seller = it[3] if len(it) > 3 else None
            h.append('                   <tr><td style="padding-bottom: 12px; %s"><a href="%s" style="font: 14px Arial,sans-serif; color: rgb(0, 102, 192); text-decoration: none">%s</a><br />'
                     % (TS, html.escape(link('https://www.amazon.%s/dp/B0%s' % (tld, rid(8)))), E(name)))
            if seller:
                h.append('<span style="font: 13px Arial,sans-serif; color: #565959">%s: %s</span><br />' % (E(L['seller']), E(seller)))
            h.append('<span style="font: 13px Arial,sans-serif; color: #565959">%s: %s</span>%s</td></tr>'
                     % (E(L['qty']), qty, (' <span style="font: 13px Arial,sans-serif; color: #B12704">%s</span>' % E(price)) if price else ''))
        h.append('                  </tbody></table> ')
    if button:
        h.append('                  <table style="width: 100%%; margin-top: 14px"><tbody><tr><td align="center" style="%s"><a href="%s" style="display: block; background-color: rgb(255, 216, 20); border: 1px solid #FCD200; border-radius: 20px; padding: 10px 14px; color: rgb(15, 17, 17); font-size: 15px; text-decoration: none">%s</a></td></tr></tbody></table> '
                 % (TS, html.escape(link(button[1])), E(button[0])))
    if after:
        h.append('                  <table class="informationTable" style="font-size: 14px; line-height: 20px; color: rgb(0, 46, 54); width: 100%; margin-top: 14px"><tbody>')
        for p in after:
            h.append('                    <tr><td style="padding-bottom: 8px; %s">%s</td></tr>' % (TS, linkify(p)))
        h.append('                  </tbody></table> ')
    h.append('               </td></tr></tbody></table> ')
    h.append('             </td></tr></tbody></table> ')
    h.append('        </td></tr> ')
    if footer:
        h.append('        <tr><td> <table id="legalCopy" class="legalCopy" style="width: 375px; font-size: 12px; line-height: 16px; color: rgb(134, 134, 134)"><tbody><tr><td style="%s"> <span> ' % TS)
        for p in L['footer']:
            h.append('<p>%s</p> ' % linkify(p))
        h.append('</span> </td></tr></tbody></table> </td></tr> ')
    h += ['       </tbody></table> </td></tr> ', '   </tbody></table>  ',
          ' <img width="1" height="1" src="%s" /></body>' % html.escape(link('https://www.amazon.%s/gp/r.html' % tld)),
          '</html>']
    return text, '\n'.join(h)


def simple_html(body_html, cs='utf-8', title='', bg='#ffffff', font='Arial, Helvetica, sans-serif'):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:%s;font-family:%s;">\n%s\n</body>\n</html>\n'
            % (cs, html.escape(title), bg, font, body_html))


def esc(s):
    return html.escape(s, quote=False)

MAILS = []


def add(kind, lang, cause, sr, note, **spec):
    spec.update(kind=kind, lang=lang, cause=cause, sr=sr, note=note,
                mp=('amazon.' + LOC[lang]['tld']) if kind == 'notice' else None)
    MAILS.append(spec)


def at(y, m, d, hh=9, mm=0):
    return datetime.datetime(y, m, d, hh, mm, rng.randint(0, 59), tzinfo=datetime.timezone.utc)


# ================================================================ ITALIAN
IT = [('Giulia Rossi', 'giulia.rossi@libero.it'), ('Marco Bianchi', 'marco.bianchi@gmail.com'),
      ('Francesca Esposito', 'f.esposito@tiscali.it')]

# ---- notices
o = order_no('403')
t, h = amz('it', 'Gentile Giulia Rossi,', [
    "Ti scriviamo per informarti che abbiamo dovuto annullare l'articolo indicato di seguito dal tuo ordine n. %s." % o,
    "Purtroppo l'articolo non è più disponibile: il nostro fornitore ci ha comunicato che non è in grado di consegnarci la merce e non abbiamo modo di procurarla altrove entro un tempo ragionevole. Ci scusiamo per l'inconveniente.",
    "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo metodo di pagamento è presente una pre-autorizzazione, verrà rilasciata automaticamente entro 3-5 giorni lavorativi, in base ai tempi della tua banca.",
    "Gli altri articoli del tuo ordine non sono interessati da questa modifica e verranno spediti come previsto."],
    order=o, items_heading='Articoli annullati',
    items=[('Philips Sonicare DiamondClean 9000 Spazzolino elettrico sonico, HX9911/09', 1, '199,99 €')],
    button=("Visualizza o gestisci l'ordine", 'https://www.amazon.it/gp/your-account/order-details?orderID=' + o))
add('notice', 'it', 'inventory_shortage', True, 'item cancelled, supplier cannot deliver; html alt; auth',
    style='amazon', frm=('Amazon.it', 'order-update@amazon.it'), to=IT[0],
    subj='1 articolo è stato annullato dal tuo ordine Amazon.it n. %s' % o,
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h, auth=('pass', 'amazon.it'))

o = order_no('405')
t, _ = amz('it', 'Gentile Marco Bianchi,', [
    "il tuo ordine n. %s è stato annullato perché non siamo riusciti ad autorizzare il pagamento." % o,
    "Il 14 ottobre ti abbiamo inviato un'e-mail chiedendoti di aggiornare le informazioni di pagamento dell'ordine. La banca emittente della carta Visa che termina con 4821 aveva rifiutato l'addebito e, poiché la revisione del pagamento non è stata completata entro il termine indicato, l'ordine è stato annullato automaticamente.",
    "Non ti è stato addebitato alcun importo. Se desideri ancora questi articoli, effettua un nuovo ordine su www.amazon.it utilizzando un metodo di pagamento valido."],
    order=o, items_heading='Articoli annullati',
    items=[('Samsung SSD interno 980 PRO 1 TB, PCIe 4.0 NVMe M.2', 1, '119,90 €'),
           ('Logitech MX Master 3S Mouse wireless, grafite', 1, '99,99 €')])
add('notice', 'it', 'payment_issue', True, 'payment revision not made in time, card refused; plain 8bit',
    style='amazon', frm=('Amazon.it', 'payments-messages@amazon.it'), to=IT[1],
    subj='Il tuo ordine Amazon.it n. %s è stato annullato' % o, date=at(2024, 10, 18, 6, 12),
    fmt='text', cs='utf-8', cte='8bit', text=t)

o = order_no('402')
_, h = amz('it', 'Gentile cliente,', [
    "ti contattiamo in merito al tuo ordine n. %s." % o,
    "A causa di un errore di prezzo sul nostro sito, l'articolo indicato di seguito è stato messo in vendita per un breve periodo a 16,90 € invece di 169,00 €. Come previsto dalle Condizioni generali di uso e vendita, quando il prezzo corretto di un articolo è superiore a quello indicato, annulliamo l'ordine e ne diamo comunicazione al cliente.",
    "Abbiamo quindi annullato il tuo ordine. Non è stato effettuato alcun addebito. Se lo desideri, puoi ordinare nuovamente l'articolo al prezzo corretto.",
    "Ci scusiamo per l'errore e per il disagio."],
    order=o, items_heading='Articolo annullato',
    items=[("De'Longhi Dedica Style EC685.M Macchina per caffè espresso, argento", 1, None)],
    button=("Visualizza l'ordine", 'https://www.amazon.it/gp/your-account/order-details?orderID=' + o))
add('notice', 'it', 'technical_issue', True, 'pricing error; html-only base64; auth',
    style='amazon', frm=('Amazon.it', 'order-update@amazon.it'), to=IT[2],
    subj='Informazioni da Amazon.it', fmt='html', cs='utf-8', cte='base64', html=h, auth=('pass', 'amazon.it'))

o = order_no('404')
t, _ = amz('it', 'Gentile Francesca Esposito,', [
    "durante un controllo di routine abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggere te e il tuo account abbiamo sospeso temporaneamente l'account e annullato l'ordine n. %s." % o,
    "Per riattivare l'account, accedi direttamente a www.amazon.it digitando l'indirizzo nel browser e segui le istruzioni visualizzate per verificare la tua identità e il metodo di pagamento. Non è necessario rispondere a questa e-mail: non ti chiederemo mai dati personali o di pagamento tramite e-mail.",
    "Una volta completata la verifica potrai effettuare di nuovo l'ordine. Nessun importo è stato addebitato."],
    order=o, items_heading='Articoli annullati',
    items=[('Apple iPad Air 11" (M2) 128 GB Wi-Fi, grigio siderale', 1, '699,00 €')])
add('notice', 'it', 'fraud_prevention', True, 'unusual activity, account on hold; plain qp; no auth',
    style='amazon', frm=('Amazon.it', 'cs-reply@amazon.it'), to=IT[2],
    subj='Il tuo ordine Amazon.it n. %s è stato annullato' % o,
    fmt='text', cs='utf-8', cte='quoted-printable', text=t)

o = order_no('171')
t, h = amz('it', 'Gentile Giulia,', [
    "come da tua richiesta, abbiamo annullato l'articolo indicato di seguito dal tuo ordine n. %s." % o,
    "Motivo dell'annullamento: Annullato dal cliente",
    "Se hai già ricevuto un addebito per questo articolo, riceverai un rimborso sul metodo di pagamento utilizzato. Se hai annullato solo una parte dell'ordine, gli altri articoli verranno spediti come previsto."],
    order=o, items_heading='Articoli annullati',
    items=[('LEGO Technic 42143 Ferrari Daytona SP3, kit modellismo per adulti', 1, '399,99 €')],
    button=('I miei ordini', 'https://www.amazon.it/gp/css/order-history'), title='Annullamento completato')
add('notice', 'it', 'customer_request', True, 'customer cancelled item; html alt; auth',
    style='amazon', frm=('Amazon.it', 'auto-confirm@amazon.it'), to=IT[0],
    subj='Annullamento completato: "LEGO Technic 42143 Ferrari Daytona SP3..."',
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h, auth=('pass', 'amazon.it'))

o = order_no('408')
t, _ = amz('it', 'Gentile Marco Bianchi,', [
    "ti informiamo che il tuo ordine n. %s è stato annullato." % o,
    "Non è stato possibile consegnare il pacco all'indirizzo di spedizione indicato: il corriere ci ha segnalato che l'indirizzo (Via dei Mille 14, 80121 Napoli) è incompleto e non è stato possibile individuare il destinatario. Dopo diversi tentativi non riusciti, la spedizione ci è stata restituita e l'ordine è stato annullato.",
    "Riceverai il rimborso completo dell'importo pagato entro 3-5 giorni lavorativi. Prima di effettuare un nuovo ordine, verifica che l'indirizzo sia completo (numero civico, scala, interno e nome sul citofono) nella sezione I tuoi indirizzi: https://www.amazon.it/a/addresses"],
    order=o, items_heading='Articoli annullati',
    items=[('Bialetti Moka Express 6 tazze, alluminio', 1, '34,90 €'),
           ('Kimbo Caffè macinato Espresso Napoletano, 4 x 250 g', 2, '13,98 €')])
add('notice', 'it', 'unknown', True, 'address undeliverable; plain base64; no auth',
    style='amazon', frm=('Amazon.it', 'order-update@amazon.it'), to=IT[1],
    subj='Il tuo ordine Amazon.it n. %s è stato annullato' % o,
    fmt='text', cs='utf-8', cte='base64', text=t)

# ---- lookalikes
add('lookalike', 'it', 'fraud_prevention', True, 'gmail sender, callback phone, malformed order no., crude',
    style='phish', frm=('Servizio Clienti Amazon', 'assistenza.amazon.ordini@gmail.com'), to=IT[1],
    subj='AVVISO: Ordine #402-5581-9903 annullato - attività sospetta', auth=('plainpass', 'gmail.com'),
    fmt='text', cs='utf-8', cte='8bit', text='''Gentile Cliente Amazon,

Il tuo ordine #402-5581-9903 è stato ANNULLATO a causa di attività sospette rilevate sul tuo account.

Prodotto: Apple iPhone 15 Pro Max 256GB Titanio Naturale
Importo: 1.489,00 €
Metodo di pagamento: Carta di credito

Se NON hai effettuato tu questo ordine o vuoi bloccare l'addebito, chiama IMMEDIATAMENTE il nostro Servizio Clienti al numero verde:

    +39 02 9475 1183   (attivo 24 ore su 24)

Se non chiami entro 24 ore l'importo verrà addebitato sulla tua carta e non potrà più essere rimborsato.

Grazie,
Team Sicurezza Amazon
Amazon.it Servizio Clienti
''')

body = '''<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px 20px"><span style="color:#fff;font-size:24px;font-weight:bold">amazon</span><span style="color:#ff9900;font-size:24px">.it</span></td></tr>
<tr><td style="padding:24px 20px;font-size:15px;color:#111;line-height:22px">
<p><b>Gentile cliente,</b></p>
<p>il tuo account Amazon è stato <b>sospeso</b> e il tuo ordine n. <b>171-4482093-6617325</b> è stato annullato per motivi di sicurezza.</p>
<p>Per sbloccare l'account e ripristinare l'ordine, utilizza entro 12 ore il seguente codice di verifica:</p>
<p style="text-align:center;font-size:28px;letter-spacing:4px;font-weight:bold;background:#f3f3f3;padding:12px">AMZ-7741-QX</p>
<p>Clicca sul pulsante qui sotto e inserisci il codice insieme ai tuoi dati di accesso e ai dati della carta associata all'account.</p>
<p style="text-align:center"><a href="http://amazon-orders.help/it/verify?c=AMZ-7741-QX&amp;u=giulia.rossi" style="background:#ff9900;color:#111;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Riattiva account</a></p>
<p style="font-size:12px;color:#666">Se non verifichi il tuo account entro 12 ore, l'account verrà chiuso definitivamente e il saldo del buono regalo andrà perso.</p>
<p>Cordiali saluti,<br>Il team di Amazon.it</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;border-top:1px solid #ddd">© 2024 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.</td></tr>
</table>'''
add('lookalike', 'it', 'fraud_prevention', True, 'Cyrillic A display name, amazon-orders.help, suspended + code',
    style='phish', frm=('\u0410mazon.it', 'no-reply@amazon-orders.help'), to=IT[0],
    subj='Account sospeso – ordine n. 171-4482093-6617325 annullato',
    fmt='html', cs='utf-8', cte='quoted-printable', html=simple_html(body, title='Amazon.it'))

add('lookalike', 'it', 'payment_issue', True, 'outlook sender, reply with card details, will be cancelled',
    style='phish', frm=('Amazon Pagamenti', 'amazon.pagamenti.it@outlook.com'), to=IT[2],
    reply_to='rimborsi.amazon@outlook.it',
    subj='Ordine 405-7719204-3358116 verrà annullato: pagamento non autorizzato',
    fmt='text', cs='iso-8859-15', cte='quoted-printable', text='''Gentile cliente,

il pagamento del tuo ordine n. 405-7719204-3358116 (Dyson V15 Detect Absolute, 749,00 €) non è stato autorizzato dalla tua banca. Il tuo ordine verrà annullato entro 24 ore se non confermi i dati di pagamento.

Per completare la verifica rispondi semplicemente a questa e-mail indicando:

- Nome e cognome del titolare
- Numero della carta (16 cifre)
- Data di scadenza
- Codice CVV (3 cifre sul retro)

I dati saranno trattati in modo sicuro dal nostro reparto pagamenti. Dopo la verifica il tuo ordine sarà spedito regolarmente.

Cordiali saluti,
Reparto Pagamenti Amazon.it
''')

o = '403-2287415-9901346'
evil = 'http://amazon.it.ordine-annullato.info/rimborso/login.php?id=' + rhex(16)
_, h = amz('it', 'Gentile cliente,', [
    "ci dispiace informarti che il tuo ordine n. %s è stato annullato perché l'articolo non è più disponibile presso il venditore." % o,
    "Per ricevere il rimborso di 89,99 € è necessario confermare entro 48 ore il metodo di pagamento su cui desideri ricevere l'accredito. In caso contrario il rimborso non potrà essere elaborato."],
    order=o, items_heading='Articoli annullati',
    items=[('JBL Charge 5 Speaker Bluetooth portatile, nero', 1, '89,99 €')],
    button=('https://www.amazon.it/gp/css/order-history', 'https://www.amazon.it/gp/css/order-history'),
    link=lambda u: evil, img_host='amazon.it.ordine-annullato.info/img')
add('lookalike', 'it', 'inventory_shortage', True, 'polished template copy, link text amazon.it but href to amazon.it.ordine-annullato.info',
    style='phish', frm=('Amazon.it', 'order-update@amazon.it.ordine-annullato.info'), to=IT[1],
    subj='Il tuo ordine Amazon.it n. %s è stato annullato' % o, auth=('fail', 'amazon.it.ordine-annullato.info'),
    fmt='html', cs='utf-8', cte='base64', html=h)

body = '''<div style="max-width:560px;margin:20px auto;border:1px solid #e3e3e3;padding:24px;font-size:14px;color:#222">
<img src="https://amaz0n-it.com/static/logo.png" alt="amazon.it" width="110"><hr>
<h2 style="font-size:19px;color:#c45500">Azione richiesta: aggiorna il metodo di pagamento</h2>
<p>Gentile cliente,</p>
<p>la carta associata al tuo account è scaduta e non è stato possibile addebitare l'importo del tuo ordine n. <b>408-3316620-1174455</b>.</p>
<p><b>Il tuo ordine sarà annullato entro 48 ore</b> se non aggiorni i tuoi dati di pagamento. Anche il tuo abbonamento Prime potrebbe essere sospeso.</p>
<p style="text-align:center;margin:26px 0"><a href="https://amaz0n-it.com/ap/signin?openid.return_to=wallet&amp;session=%s" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 24px;color:#0f1111;text-decoration:none">Aggiorna ora</a></p>
<p>Grazie per aver scelto Amazon.</p>
<p style="font-size:11px;color:#777">Amazon.it non ti chiederà mai la password via e-mail. Questa è un'e-mail automatica, non rispondere.</p>
</div>''' % rhex(24)
add('lookalike', 'it', 'payment_issue', True, 'amaz0n-it.com look-alike domain, expired card, order will be cancelled',
    style='phish', frm=('Amazon.it', 'avvisi@amaz0n-it.com'), to=IT[0],
    subj='Azione richiesta: il tuo ordine sarà annullato',
    fmt='alt', cs='utf-8', cte='quoted-printable', html=simple_html(body, title='Amazon.it'),
    text='''Gentile cliente,

la carta associata al tuo account è scaduta e non è stato possibile addebitare l'importo del tuo ordine n. 408-3316620-1174455.

Il tuo ordine sarà annullato entro 48 ore se non aggiorni i tuoi dati di pagamento.

Aggiorna ora: https://amaz0n-it.com/ap/signin?openid.return_to=wallet

Grazie per aver scelto Amazon.
''')

add('lookalike', 'it', 'technical_issue', True, 'Greek homoglyph display name, yahoo sender, malformed order no., refund form link',
    style='phish', frm=('\u0391maz\u03bfn Supporto', 'servizio.clienti.amz2024@yahoo.com'), to=IT[2],
    subj='Il tuo ordine #40-23311-77 è stato annullato',
    fmt='text', cs='utf-8', cte='base64', text='''Gentile cliente,

a causa di un errore di sistema durante l'elaborazione, il tuo ordine #40-23311-77 è stato annullato e il pagamento di 329,00 € è stato bloccato.

Per ricevere il rimborso compila il modulo di rimborso entro oggi:
http://bit.ly/rimborso-amz-it

Dopo aver compilato il modulo riceverai l'accredito sulla tua carta entro 2 ore.

Ci scusiamo per il disagio.
Supporto Clienti Amazon
''')

body = '''<p>Caro cliente,</p>
<p>il tuo ordine è stato annullato.</p>
<p>Per vedere i dettagli e ricevere il rimborso <a href="http://secure-amazn-refund.xyz/it/?r=%s">clicca qui</a>.</p>
<p>Amazon</p>''' % rid(6)
add('lookalike', 'it', 'unknown', False, 'crude, no order number, no reason, secure-amazn-refund.xyz, windows-1252',
    style='phish', frm=('amazon', 'info@secure-amazn-refund.xyz'), to=IT[1],
    subj='Il tuo ordine è stato annullato!!!', fmt='html', cs='windows-1252', cte='quoted-printable',
    html=simple_html(body, cs='windows-1252'))

o = '406-8813375-2290741'
t, h = amz('it', 'Gentile Giulia,', [
    "come da tua richiesta, abbiamo annullato il tuo ordine n. %s. Il rimborso di 1.299,00 € è in fase di elaborazione." % o,
    "Se NON hai richiesto tu l'annullamento, il tuo account potrebbe essere stato compromesso e il rimborso potrebbe essere inviato a un conto che non ti appartiene. Chiama subito il Servizio Clienti Amazon al numero 800 917 452 (gratuito) per bloccare il rimborso."],
    order=o, items_heading='Articoli annullati',
    items=[('Apple MacBook Air 13" chip M3, 8 GB RAM, 256 GB SSD, mezzanotte', 1, '1.299,00 €')],
    button=('Gestisci il rimborso', 'https://amazon-it-orders.com/refund/' + rhex(10)),
    link=lambda u: u.replace('www.amazon.it', 'amazon-it-orders.com'), title='Annullamento completato')
add('lookalike', 'it', 'customer_request', True, 'polished, amazon-it-orders.com with its own dkim/dmarc pass, callback number',
    style='phish', frm=('Amazon.it', 'auto-confirm@amazon-it-orders.com'), to=IT[0],
    subj='Annullamento completato: "Apple MacBook Air 13" chip M3..."', auth=('pass', 'amazon-it-orders.com'),
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

# ---- non-notices
body = '''<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#df0000;padding:18px 24px"><img src="https://www.mediaworld.it/static/logo-mediaworld.png" alt="MediaWorld" width="160"></td></tr>
<tr><td style="padding:28px 24px;font-size:15px;line-height:22px;color:#333">
<p>Ciao Giulia,</p>
<p>ti confermiamo che il tuo ordine n. <b>1047781236</b> del 12/11/2024 è stato <b>annullato</b> perché il prodotto <b>Apple AirPods Pro (2ª generazione) con custodia MagSafe USB-C</b> non è più disponibile nel nostro magazzino centrale.</p>
<p>Hai pagato con <b>Amazon Pay</b>: il rimborso di <b>279,00 €</b> verrà effettuato automaticamente sul metodo di pagamento associato al tuo account Amazon entro 5-7 giorni lavorativi. Puoi verificarne lo stato nella sezione Amazon Pay del tuo account Amazon.</p>
<p>Ci scusiamo per l'inconveniente. Trovi prodotti simili nel nostro <a href="https://www.mediaworld.it/it/category/cuffie-e-auricolari">catalogo</a> o nel punto vendita più vicino.</p>
<p>Il team MediaWorld</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">MediaWorld non ti chiederà mai i dati della carta via e-mail. MediaMarket S.p.A. con socio unico - Via Furlanelli 69, 20843 Verano Brianza (MB) - P.IVA 02630120166</td></tr>
</table></td></tr></table>'''
add('non_notice', 'it', None, False, 'MediaWorld order cancellation, paid with Amazon Pay',
    style='generic', frm=('MediaWorld', 'noreply@comunicazioni.mediaworld.it'), to=IT[0],
    subj='Il tuo ordine n. 1047781236 è stato annullato', fmt='alt', cs='utf-8', cte='quoted-printable',
    html=simple_html(body, title='MediaWorld'), text='''Ciao Giulia,

ti confermiamo che il tuo ordine n. 1047781236 del 12/11/2024 è stato annullato perché il prodotto Apple AirPods Pro (2ª generazione) con custodia MagSafe USB-C non è più disponibile nel nostro magazzino centrale.

Hai pagato con Amazon Pay: il rimborso di 279,00 € verrà effettuato automaticamente sul metodo di pagamento associato al tuo account Amazon entro 5-7 giorni lavorativi.

Ci scusiamo per l'inconveniente.
Il team MediaWorld

MediaWorld non ti chiederà mai i dati della carta via e-mail.
''')

add('non_notice', 'it', None, False, 'friend says he cancelled his Amazon order',
    style='generic', frm=('Luca Ferri', 'luca.ferri88@gmail.com'), to=IT[0], tz=TZS[0],
    subj='Re: regalo per la Sara', extra=[('In-Reply-To', '<%s@libero.it>' % rhex(16))],
    fmt='text', cs='utf-8', cte='8bit', text='''Ciao Giulia,

alla fine ho annullato l'ordine su Amazon, quello del robot aspirapolvere: la
consegna slittava al 28 e il compleanno è il 20. Mi è già arrivata la mail di
conferma dell'annullamento e il rimborso dovrebbe arrivare in qualche giorno.

Pensavo di prenderle il buono per la spa invece, che dici? Ci mettiamo 40 a
testa?

Luca

Il giorno mar 12 nov 2024 alle ore 19:02 Giulia Rossi <giulia.rossi@libero.it>
ha scritto:
> Ma alla fine è arrivato il robot? Sara mi ha chiesto se veniamo sabato.
''')

body = '''<table width="640" align="center" style="font-family:Georgia,serif;color:#222">
<tr><td style="border-bottom:3px solid #0a5c8a;padding:10px 0"><span style="font-size:26px;color:#0a5c8a">SicurezzaDigitale</span> <span style="font-size:13px;color:#777">newsletter n. 147 &middot; novembre 2024</span></td></tr>
<tr><td style="padding:18px 0;font-size:16px;line-height:25px">
<h1 style="font-size:24px">Truffe della settimana: la falsa e-mail &laquo;Il tuo ordine Amazon è stato annullato&raquo;</h1>
<p>In questi giorni molti lettori ci hanno segnalato una campagna di phishing con oggetto <i>&laquo;Il tuo ordine Amazon.it n. 402-xxxxxxx-xxxxxxx è stato annullato&raquo;</i> oppure <i>&laquo;AVVISO: ordine annullato - attività sospetta&raquo;</i>.</p>
<p>Il messaggio imita la grafica di Amazon e invita a chiamare un finto numero verde o a cliccare su un link per &laquo;ottenere il rimborso&raquo;. Chi chiama viene convinto a installare un programma di controllo remoto o a comunicare i codici della carta.</p>
<h2 style="font-size:19px">Come riconoscerla</h2>
<ul><li>il mittente non termina con <b>@amazon.it</b> oppure usa domini come <i>amazon-rimborsi</i> o <i>amaz0n</i>;</li>
<li>il numero d'ordine non ha il formato 3-7-7 cifre o non corrisponde a nessun ordine in <i>I miei ordini</i>;</li>
<li>il testo mette fretta (&laquo;entro 24 ore&raquo;) e chiede dati della carta.</li></ul>
<p>Amazon non chiede mai password o dati della carta via e-mail o telefono. Nel dubbio, apri l'app o digita amazon.it nel browser e controlla i tuoi ordini.</p>
<p><a href="https://www.sicurezzadigitale-news.it/phishing-amazon-ordine-annullato">Leggi l'articolo completo</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ccc;padding-top:8px">Ricevi questa newsletter perché ti sei iscritto su sicurezzadigitale-news.it. <a href="https://www.sicurezzadigitale-news.it/unsubscribe?u=%s">Annulla l'iscrizione</a></td></tr>
</table>''' % rhex(12)
add('non_notice', 'it', None, False, 'security newsletter quoting fake Amazon cancellation subject',
    style='generic', frm=('SicurezzaDigitale Newsletter', 'newsletter@sicurezzadigitale-news.it'), to=IT[2],
    subj='Truffe della settimana: la falsa e-mail "Il tuo ordine Amazon è stato annullato"',
    extra=[('List-Unsubscribe', '<https://www.sicurezzadigitale-news.it/unsubscribe>')],
    fmt='html', cs='utf-8', cte='quoted-printable', html=simple_html(body, title='SicurezzaDigitale'))

o = order_no('404')
t, h = amz('it', 'Gentile Francesca,', [
    "a causa dell'elevato numero di ordini nella tua zona, abbiamo dovuto annullare la fascia di consegna Amazon Fresh che avevi scelto: sabato 16 novembre, 10:00 - 12:00.",
    "Il tuo ordine n. %s non è stato annullato e tutti gli articoli restano prenotati. Scegli una nuova fascia di consegna entro le 22:00 di oggi; se non scegli una fascia, ti consegneremo nella prima fascia disponibile." % o,
    "Come gesto di scuse, le spese di consegna di questo ordine sono gratuite."],
    button=('Scegli una nuova fascia', 'https://www.amazon.it/alm/deliveryslot?orderID=' + o),
    title='Fascia di consegna annullata')
add('non_notice', 'it', None, False, 'Amazon Fresh delivery slot cancelled, order kept',
    style='amazon', frm=('Amazon.it', 'order-update@amazon.it'), to=IT[2],
    subj='La tua fascia di consegna Amazon Fresh è stata annullata', auth=('pass', 'amazon.it'),
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

t, h = amz('it', 'Gentile Marco,', [
    "ti confermiamo che la tua iscrizione ad Amazon Prime è stata annullata come da tua richiesta.",
    "Potrai continuare a usufruire dei vantaggi Prime, incluse le spedizioni gratuite e Prime Video, fino al 14 dicembre 2024. Dopo tale data non ti verrà addebitata la quota annuale di 49,90 €.",
    "Gli ordini già effettuati non sono interessati da questa modifica. Puoi iscriverti di nuovo in qualsiasi momento."],
    button=('Gestisci la tua iscrizione Prime', 'https://www.amazon.it/gp/primecentral'),
    title='Iscrizione Prime annullata')
add('non_notice', 'it', None, False, 'Prime membership cancelled',
    style='amazon', frm=('Amazon.it', 'digital-no-reply@amazon.it'), to=IT[1],
    subj="Conferma dell'annullamento dell'iscrizione ad Amazon Prime",
    fmt='alt', cs='utf-8', cte='base64', text=t, html=h)

o = order_no('407')
t, _ = amz('it', 'Gentile Marco Bianchi,', [
    "la banca emittente della tua carta Mastercard che termina con 3307 ha rifiutato l'addebito per il tuo ordine n. %s." % o,
    "Per evitare l'annullamento dell'ordine, aggiorna le informazioni di pagamento entro il 18 ottobre 2024. Se non riceviamo un metodo di pagamento valido entro tale data, l'ordine verrà annullato.",
    "Per aggiornare il metodo di pagamento vai su I miei ordini (https://www.amazon.it/gp/css/order-history), seleziona l'ordine e fai clic su Modifica metodo di pagamento. Non rispondere a questa e-mail con i dati della carta."],
    order=o, items_heading='Articoli in attesa di pagamento',
    items=[('Samsung SSD interno 980 PRO 1 TB, PCIe 4.0 NVMe M.2', 1, '119,90 €'),
           ('Logitech MX Master 3S Mouse wireless, grafite', 1, '99,99 €')])
add('non_notice', 'it', None, False, 'genuine payment reminder, order will be cancelled if not updated',
    style='amazon', frm=('Amazon.it', 'payments-messages@amazon.it'), to=IT[1], date=at(2024, 10, 14, 7, 40),
    subj="Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o, auth=('pass', 'amazon.it'),
    fmt='text', cs='utf-8', cte='quoted-printable', text=t)


# ================================================================ POLISH
PL = [('Katarzyna Nowak', 'katarzyna.nowak@wp.pl'), ('Piotr Wiśniewski', 'p.wisniewski@o2.pl'),
      ('Agnieszka Kowalczyk', 'agnieszka.kowalczyk@gmail.com')]

# ---- notices
o = order_no('402')
t, _ = amz('pl', 'Witaj Piotr,', [
    "z przykrością informujemy, że nie możemy zrealizować Twojego zamówienia przedpremierowego nr %s." % o,
    "Dostawca poinformował nas, że nie otrzymamy zamówionej liczby egzemplarzy poniższego produktu, dlatego nie jesteśmy w stanie zapewnić jego dostawy. W związku z tym anulowaliśmy zamówienie.",
    "Za ten produkt nie pobrano żadnej opłaty. Jeśli w Twoim banku widoczna jest wstępna autoryzacja, zostanie ona zwolniona w ciągu kilku dni roboczych.",
    "Przepraszamy za niedogodności."],
    order=o, items_heading='Anulowane produkty',
    items=[('The Legend of Zelda: Echoes of Wisdom (Nintendo Switch) - edycja kolekcjonerska', 1, '449,00 zł')])
add('notice', 'pl', 'inventory_shortage', True, 'pre-order cannot be filled; plain iso-8859-2 qp; auth',
    style='amazon', frm=('Amazon.pl', 'order-update@amazon.pl'), to=PL[1],
    subj='Twoje zamówienie przedpremierowe Amazon.pl nr %s zostało anulowane' % o,
    fmt='text', cs='iso-8859-2', cte='quoted-printable', text=t, auth=('pass', 'amazon.pl'))

o = order_no('405')
t, h = amz('pl', 'Witaj Katarzyna,', [
    "anulowaliśmy Twoje zamówienie nr %s, ponieważ nie udało się zrealizować płatności." % o,
    "Saldo Twojej karty podarunkowej Amazon.pl (148,20 zł) nie wystarczało na pokrycie całej kwoty zamówienia, a dodatkowa metoda płatności - karta Mastercard kończąca się cyframi 5512 - została odrzucona przez bank. Nie otrzymaliśmy aktualizacji danych płatności w wyznaczonym terminie.",
    "Nie pobraliśmy żadnej opłaty, a saldo karty podarunkowej pozostało bez zmian. Jeśli nadal chcesz kupić ten produkt, złóż nowe zamówienie i wybierz ważną metodę płatności."],
    order=o, items_heading='Anulowane produkty',
    items=[('Sony WH-1000XM5 bezprzewodowe słuchawki z redukcją szumów, czarne', 1, '1 299,00 zł')],
    button=('Twoje zamówienia', 'https://www.amazon.pl/gp/css/order-history'))
add('notice', 'pl', 'payment_issue', True, 'insufficient gift card balance + card declined; html alt base64',
    style='amazon', frm=('Amazon.pl', 'payments-messages@amazon.pl'), to=PL[0],
    subj='Twoje zamówienie Amazon.pl nr %s zostało anulowane' % o,
    fmt='alt', cs='utf-8', cte='base64', text=t, html=h)

o = order_no('403')
t, _ = amz('pl', 'Witaj Agnieszka,', [
    "kontaktujemy się z Tobą w sprawie zamówienia nr %s." % o,
    "Z powodu błędu systemu podczas aktualizacji oferty produkt był wyświetlany z nieprawidłowym opisem: na stronie produktu podano zestaw 4 sztuk, podczas gdy w rzeczywistości oferowana była 1 sztuka. Ponieważ zamówienie zostało złożone na podstawie błędnych informacji, anulowaliśmy je.",
    "Nie pobrano żadnej opłaty. Błąd został już poprawiony i możesz ponownie zamówić produkt zgodnie z aktualnym opisem. Przepraszamy za pomyłkę."],
    order=o, items_heading='Anulowane produkty',
    items=[('Philips Hue White Ambiance żarówka E27 (zestaw 4 szt.)', 1, '89,99 zł')])
add('notice', 'pl', 'technical_issue', True, 'listing error after system glitch; plain iso-8859-2 8bit',
    style='amazon', frm=('Amazon.pl', 'order-update@amazon.pl'), to=PL[2],
    subj='Informacje z Amazon.pl', fmt='text', cs='iso-8859-2', cte='8bit', text=t)

o = order_no('406')
t, h = amz('pl', 'Witaj Piotr,', [
    "w ramach rutynowej kontroli bezpieczeństwa wykryliśmy nietypową aktywność na Twoim koncie Amazon.pl. Aby chronić Ciebie i Twoje konto, tymczasowo zablokowaliśmy konto i anulowaliśmy zamówienie nr %s." % o,
    "Aby przywrócić dostęp do konta, zaloguj się bezpośrednio na stronie www.amazon.pl (wpisując adres w przeglądarce) i postępuj zgodnie z wyświetlanymi instrukcjami weryfikacji tożsamości i metody płatności. Nie musisz odpowiadać na tę wiadomość.",
    "Nie pobrano żadnej opłaty. Po zakończeniu weryfikacji możesz ponownie złożyć zamówienie."],
    order=o, items_heading='Anulowane produkty',
    items=[('Apple iPhone 15, 128 GB, czarny', 1, '3 699,00 zł')])
add('notice', 'pl', 'fraud_prevention', True, 'account locked after unusual activity; html alt qp; auth',
    style='amazon', frm=('Amazon.pl', 'cs-reply@amazon.pl'), to=PL[1],
    subj='Twoje zamówienie Amazon.pl nr %s zostało anulowane' % o,
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h, auth=('pass', 'amazon.pl'))

o = order_no('171')
_, h = amz('pl', 'Witaj Katarzyna,', [
    "zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
    "Powód anulowania: Anulowane przez klienta",
    "Jeśli za ten produkt pobrano już opłatę, zwrot środków zostanie przekazany na metodę płatności użytą przy zamówieniu. Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem."],
    order=o, items_heading='Anulowane produkty',
    items=[('Bosch Professional wkrętarka akumulatorowa GSR 12V-15 (2 akumulatory, ładowarka)', 1, '389,00 zł')],
    button=('Twoje zamówienia', 'https://www.amazon.pl/gp/css/order-history'), title='Anulowanie zakończone powodzeniem')
add('notice', 'pl', 'customer_request', True, 'customer cancelled item; html-only qp; auth',
    style='amazon', frm=('Amazon.pl', 'auto-confirm@amazon.pl'), to=PL[0],
    subj='Pomyślne anulowanie 1 produktu z zamówienia Amazon.pl nr %s' % o,
    fmt='html', cs='utf-8', cte='quoted-printable', html=h, auth=('pass', 'amazon.pl'))

o = order_no('407')
t, _ = amz('pl', 'Witaj Agnieszka,', [
    "informujemy, że Twoje zamówienie nr %s zostało anulowane." % o,
    "Nie pobraliśmy za nie żadnej opłaty. Jeśli nadal chcesz kupić te produkty, możesz w dowolnym momencie złożyć nowe zamówienie.",
    "Szczegóły zamówienia znajdziesz w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history"],
    order=o, items_heading='Anulowane produkty',
    items=[('Gaiam Premium mata do jogi 6 mm, fioletowa', 1, '149,00 zł'),
           ('Nalgene butelka Wide Mouth 1 l', 1, '79,90 zł')])
add('notice', 'pl', 'unknown', False, 'cancellation without any reason; plain base64',
    style='amazon', frm=('Amazon.pl', 'order-update@amazon.pl'), to=PL[2],
    subj='Twoje zamówienie Amazon.pl nr %s zostało anulowane' % o,
    fmt='text', cs='utf-8', cte='base64', text=t)

# ---- lookalikes
add('lookalike', 'pl', 'customer_request', True, 'gmail sender, callback phone, malformed order no., iso-8859-2 8bit',
    style='phish', frm=('Amazon Obsługa Klienta', 'amazonpl.obsluga.klienta@gmail.com'), to=PL[0],
    subj='Potwierdzenie anulowania zamówienia #405-1183-22917',
    fmt='text', cs='iso-8859-2', cte='8bit', text='''Szanowny Kliencie,

potwierdzamy anulowanie Twojego zamówienia #405-1183-22917 na kwotę 3 499,00 zł (Samsung Galaxy S24 Ultra 256GB).

Zwrot środków zostanie przelany na rachunek wskazany we wniosku o anulowanie w ciągu 2 godzin.

Jeśli to nie Ty złożyłeś wniosek o anulowanie, NATYCHMIAST zadzwoń do naszego działu bezpieczeństwa:

    +48 22 307 41 90  (czynne całą dobę)

W przeciwnym razie środki zostaną przekazane na obce konto.

Zespół Amazon.pl
''')

body = '''<div style="max-width:580px;margin:0 auto;font-family:Arial,sans-serif;border:1px solid #ddd">
<div style="background:#131921;padding:14px 20px"><img src="https://amazon-konto-pl.com/assets/amazon_logo_white.png" alt="amazon.pl" height="30"></div>
<div style="padding:22px 20px;font-size:15px;color:#111;line-height:22px">
<p>Drogi Kliencie,</p>
<p>Twoje konto Amazon zostało <b>zawieszone</b> z powodu podejrzanego logowania, a zamówienie nr <b>402-6630192-4418305</b> zostało anulowane.</p>
<p>Aby odblokować konto, użyj poniższego kodu jednorazowego:</p>
<p style="font-size:30px;font-weight:bold;letter-spacing:6px;text-align:center;background:#f0f2f2;padding:10px">884 219</p>
<p>Kod jest ważny przez 30 minut. Kliknij przycisk „Odblokuj konto” i wpisz kod oraz dane karty płatniczej w celu weryfikacji.</p>
<p style="text-align:center"><a href="https://amazon-konto-pl.com/odblokuj?kod=884219&amp;s=%s" style="background:#febd69;padding:12px 30px;color:#111;text-decoration:none;border-radius:3px">Odblokuj konto</a></p>
<p>Dziękujemy,<br>Zespół ds. bezpieczeństwa Amazon</p>
</div></div>''' % rhex(20)
add('lookalike', 'pl', 'fraud_prevention', True, 'Cyrillic A display name, amazon-konto-pl.com, suspended + one-time code',
    style='phish', frm=('\u0410mazon.pl', 'security@amazon-konto-pl.com'), to=PL[2],
    subj='Twoje konto zostało zawieszone, a zamówienie anulowane',
    fmt='html', cs='utf-8', cte='base64', html=simple_html(body, title='Amazon'))

add('lookalike', 'pl', 'payment_issue', True, 'outlook sender, reply with card details, order will be cancelled',
    style='phish', frm=('Amazon Płatności', 'platnosci-amazon.pl@outlook.com'), to=PL[1],
    subj='Zamówienie 407-2261839-5054721 zostanie anulowane - problem z płatnością',
    fmt='text', cs='utf-8', cte='quoted-printable', text='''Dzień dobry,

nie mogliśmy pobrać płatności za Twoje zamówienie nr 407-2261839-5054721 (Apple Watch Series 9 GPS 45 mm, 1 899,00 zł). Zamówienie zostanie anulowane w ciągu 12 godzin, jeśli nie potwierdzisz danych karty.

Aby zachować zamówienie, odpowiedz na tę wiadomość i podaj:
1. Imię i nazwisko właściciela karty
2. Pełny numer karty
3. Datę ważności
4. Kod CVV/CVC

Po weryfikacji zamówienie zostanie wysłane bez dodatkowych opłat.

Pozdrawiamy
Dział Płatności Amazon
''')

o = '404-7712093-3306614'
evil = 'https://amazon.pl.zamowienia-anulowane.net/zwrot/logowanie?ref=' + rhex(12)
_, h = amz('pl', 'Witaj,', [
    "z powodu błędu cenowego w naszym systemie Twoje zamówienie nr %s zostało anulowane." % o,
    "Aby otrzymać zwrot kwoty 1 249,00 zł lub zamówić produkt ponownie po aktualnej cenie, potwierdź swoje dane w ciągu 24 godzin, korzystając z poniższego linku:"],
    order=o, items_heading='Anulowane produkty',
    items=[('Dyson Supersonic suszarka do włosów HD07', 1, '1 249,00 zł')],
    button=('https://www.amazon.pl/gp/css/order-history', 'https://www.amazon.pl/gp/css/order-history'),
    link=lambda u: evil, img_host='amazon.pl.zamowienia-anulowane.net/static')
add('lookalike', 'pl', 'technical_issue', True, 'polished template copy, link text amazon.pl but href to amazon.pl.zamowienia-anulowane.net',
    style='phish', frm=('Amazon.pl', 'order-update@amazon.pl.zamowienia-anulowane.net'), to=PL[0],
    subj='Twoje zamówienie Amazon.pl nr %s zostało anulowane' % o,
    fmt='html', cs='utf-8', cte='quoted-printable', html=h)

body = '''<table width="560" align="center" style="font-family:Verdana,sans-serif;font-size:13px;color:#222;border:1px solid #ccc">
<tr><td style="padding:12px"><b style="font-size:22px">amazon</b><b style="font-size:22px;color:#f90">.pl</b></td></tr>
<tr><td style="padding:12px">
<p>Szanowny Kliencie,</p>
<p>Twoje zamówienie nr <b>171-5501283-8842017</b> zostało anulowane, ponieważ produkt jest niedostępny w magazynie.</p>
<p>Aby otrzymać zwrot <b>649,00 zł</b>, podaj dane karty, na którą mamy przelać pieniądze. Zwrot bez potwierdzenia danych nie będzie możliwy.</p>
<p align="center"><a href="http://amaz0n-pl.com/zwrot/karta?id=8842017" style="background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#111;text-decoration:none">Odbierz zwrot</a></p>
<p>Amazon.pl - Dział Zwrotów</p>
</td></tr></table>'''
add('lookalike', 'pl', 'inventory_shortage', True, 'amaz0n-pl.com look-alike domain, out of stock, card details for refund, iso-8859-2',
    style='phish', frm=('Amazon.pl', 'zwroty@amaz0n-pl.com'), to=PL[1],
    subj='Produkt niedostępny - zamówienie anulowane, odbierz zwrot',
    fmt='alt', cs='iso-8859-2', cte='quoted-printable', html=simple_html(body, cs='iso-8859-2'),
    text='''Szanowny Kliencie,

Twoje zamówienie nr 171-5501283-8842017 zostało anulowane, ponieważ produkt jest niedostępny w magazynie.

Aby otrzymać zwrot 649,00 zł, podaj dane karty, na którą mamy przelać pieniądze:
http://amaz0n-pl.com/zwrot/karta?id=8842017

Amazon.pl - Dział Zwrotów
''')

add('lookalike', 'pl', 'unknown', False, 'Greek homoglyph display name, yahoo sender, malformed order no., no reason',
    style='phish', frm=('\u0391maz\u03bfn.pl', 'zwroty.amazonpl@yahoo.com'), to=PL[2],
    subj='Zamówienie #405-99812 anulowane', auth=('plainpass', 'yahoo.com'),
    fmt='text', cs='utf-8', cte='8bit', text='''Twoje zamówienie #405-99812 zostało anulowane.

Aby sprawdzić szczegóły i odebrać zwrot, kliknij:
http://amzn-pl-zwrot.top/z/99812

Amazon
''')

body = '''<center><font face="Arial" size="4" color="#ff9900"><b>Amazon</b></font></center>
<p><font face="Arial">Drogi kliencie,</font></p>
<p><font face="Arial">Twoja płatność została <b>odrzucona</b>, dlatego zamówienie zostało anulowane.</font></p>
<p><font face="Arial">Zaktualizuj kartę teraz, aby uniknąć blokady konta: <a href="http://amazon-orders.help/pl/karta">TUTAJ</a></font></p>
<p><font face="Arial" size="1">Amazon Polska</font></p>'''
add('lookalike', 'pl', 'payment_issue', True, 'crude, no order number, amazon-orders.help, iso-8859-2 base64',
    style='phish', frm=('Amazon', 'noreply@amazon-orders.help'), to=PL[0],
    subj='Płatność odrzucona!! Twoje zamówienie zostało anulowane', auth=('fail', 'amazon-orders.help'),
    fmt='html', cs='iso-8859-2', cte='base64', html=simple_html(body, cs='iso-8859-2'))

o = '406-3378120-6651408'
t, h = amz('pl', 'Witaj,', [
    "wykryliśmy nietypową aktywność związaną z Twoim zamówieniem nr %s, złożonym z nowego urządzenia (Android, Lagos, Nigeria)." % o,
    "Ze względów bezpieczeństwa zamówienie zostanie anulowane w ciągu 24 godzin, a konto zablokowane, jeśli nie potwierdzisz swojej tożsamości."],
    order=o, items_heading='Produkty w zamówieniu',
    items=[('Sony PlayStation 5 Slim Digital Edition', 2, '4 398,00 zł')],
    button=('Potwierdź tożsamość', 'https://amazon.pl-weryfikacja.com/ap/signin?session=' + rhex(16)),
    link=lambda u: u.replace('www.amazon.pl', 'amazon.pl-weryfikacja.com'),
    tlink=lambda u: u.replace('www.amazon.pl', 'amazon.pl-weryfikacja.com'), title='Wymagane działanie')
add('lookalike', 'pl', 'fraud_prevention', True, 'polished, amazon.pl-weryfikacja.com with own dkim/dmarc pass, will be cancelled unless identity confirmed',
    style='phish', frm=('Amazon.pl', 'konto@amazon.pl-weryfikacja.com'), to=PL[1],
    subj='Wymagane działanie: zamówienie nr %s zostanie anulowane' % o, auth=('pass', 'amazon.pl-weryfikacja.com'),
    fmt='alt', cs='utf-8', cte='base64', text=t, html=h)

# ---- non-notices
body = '''<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#1a1a1a">
<tr><td style="padding:20px;border-bottom:4px solid #e30613"><img src="https://www.empik.com/static/img/logo-empik.png" alt="Empik" width="120"></td></tr>
<tr><td style="padding:24px 20px;font-size:15px;line-height:23px">
<p>Dzień dobry,</p>
<p>Twoje zamówienie nr <b>2024/11/884512</b> zostało anulowane, ponieważ produkt <b>„Wiedźmin. Rozdroże kruków” (wydanie kolekcjonerskie)</b> jest niedostępny u dostawcy.</p>
<p>Zapłaciłeś za zamówienie przez <b>Amazon Pay</b>. Kwota <b>119,99 zł</b> zostanie zwrócona na metodę płatności zapisaną na Twoim koncie Amazon w ciągu 3 dni roboczych.</p>
<p>Przepraszamy za utrudnienia. Zapraszamy ponownie do zakupów na <a href="https://www.empik.com">empik.com</a>.</p>
<p>Pozdrawiamy,<br>Zespół Empik</p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888;background:#f5f5f5">Empik nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail. Empik S.A., ul. Marszałkowska 104/122, 00-017 Warszawa.</td></tr>
</table>'''
add('non_notice', 'pl', None, False, 'Empik order cancellation, paid with Amazon Pay',
    style='generic', frm=('Empik', 'zamowienia@empik.com'), to=PL[0],
    subj='Zamówienie nr 2024/11/884512 zostało anulowane', fmt='alt', cs='utf-8', cte='quoted-printable',
    html=simple_html(body, title='Empik'), text='''Dzień dobry,

Twoje zamówienie nr 2024/11/884512 zostało anulowane, ponieważ produkt „Wiedźmin. Rozdroże kruków” (wydanie kolekcjonerskie) jest niedostępny u dostawcy.

Zapłaciłeś za zamówienie przez Amazon Pay. Kwota 119,99 zł zostanie zwrócona na metodę płatności zapisaną na Twoim koncie Amazon w ciągu 3 dni roboczych.

Pozdrawiamy,
Zespół Empik
''')

add('non_notice', 'pl', None, False, 'colleague says he cancelled the Amazon Business order; iso-8859-2',
    style='generic', frm=('Tomasz Zieliński', 'tomasz.zielinski@logistyka-zielinski.pl'), to=PL[0], tz=TZS[0],
    subj='tonery - anulowałem zamówienie z Amazona', fmt='text', cs='iso-8859-2', cte='quoted-printable',
    text='''Cześć Kasia,

anulowałem to zamówienie z Amazon Business na tonery do drukarki w
księgowości. Okazało się, że dział zakupów ma podpisaną umowę z innym
dostawcą i musimy zamawiać przez nich. Amazon potwierdził już anulowanie,
więc nic nie zostanie obciążone na firmowej karcie.

Jak dostaniesz fakturę proforma od nowego dostawcy, prześlij ją proszę do
Marty.

Pozdrawiam
Tomek

--
Tomasz Zieliński
Kierownik biura
tel. 601 224 871
''')

body = '''<div style="max-width:640px;margin:0 auto;font-family:Georgia,serif;color:#222;font-size:16px;line-height:26px">
<p style="font-family:Arial;font-size:13px;color:#888">Blog Bezpieczne Zakupy &middot; nowy wpis</p>
<h1 style="font-size:26px;line-height:32px">Fałszywe maile „Twoje zamówienie Amazon zostało anulowane” – jak je rozpoznać</h1>
<p>Od kilku tygodni do skrzynek trafiają wiadomości z tematem <i>„Twoje zamówienie Amazon.pl nr 405-... zostało anulowane”</i> lub <i>„Płatność odrzucona!! Twoje zamówienie zostało anulowane”</i>. Oszuści liczą na to, że zaniepokojony odbiorca kliknie w link albo zadzwoni pod podany numer.</p>
<h2 style="font-size:20px">Na co zwrócić uwagę</h2>
<ol><li>Adres nadawcy – prawdziwe wiadomości przychodzą z domeny amazon.pl, a nie z Gmaila czy domen typu <i>amaz0n-pl.com</i>.</li>
<li>Numer zamówienia – w prawdziwych mailach ma format 3-7-7 cyfr i widać go w sekcji „Twoje zamówienia”.</li>
<li>Prośba o dane karty lub kod – Amazon nigdy nie prosi o nie mailowo ani telefonicznie.</li></ol>
<p>Jeśli masz wątpliwości, nie klikaj w nic – wejdź na amazon.pl, wpisując adres ręcznie, i sprawdź status zamówienia.</p>
<p><a href="https://bezpiecznezakupy.pl/2024/11/falszywe-maile-amazon-anulowane-zamowienie/">Czytaj dalej na blogu &rarr;</a></p>
<p style="font-family:Arial;font-size:11px;color:#999">Otrzymujesz tę wiadomość, ponieważ subskrybujesz bloga. <a href="https://bezpiecznezakupy.pl/wypisz?u=%s">Wypisz się</a></p>
</div>''' % rhex(10)
add('non_notice', 'pl', None, False, 'blog post about phishing quoting fake cancellation subjects',
    style='generic', frm=('Bezpieczne Zakupy - blog', 'blog@bezpiecznezakupy.pl'), to=PL[2],
    subj='Nowy wpis: Fałszywe maile „Twoje zamówienie Amazon zostało anulowane”',
    extra=[('List-Unsubscribe', '<https://bezpiecznezakupy.pl/wypisz>')],
    fmt='alt', cs='utf-8', cte='base64', html=simple_html(body, title='Bezpieczne Zakupy'),
    text='''Fałszywe maile „Twoje zamówienie Amazon zostało anulowane” – jak je rozpoznać

Od kilku tygodni do skrzynek trafiają wiadomości z tematem „Twoje zamówienie Amazon.pl nr 405-... zostało anulowane” lub „Płatność odrzucona!! Twoje zamówienie zostało anulowane”. Oszuści liczą na to, że zaniepokojony odbiorca kliknie w link albo zadzwoni pod podany numer.

Na co zwrócić uwagę:
1. Adres nadawcy - prawdziwe wiadomości przychodzą z domeny amazon.pl.
2. Numer zamówienia - w prawdziwych mailach ma format 3-7-7 cyfr.
3. Prośba o dane karty lub kod - Amazon nigdy nie prosi o nie mailowo.

Czytaj dalej: https://bezpiecznezakupy.pl/2024/11/falszywe-maile-amazon-anulowane-zamowienie/
''')

o = order_no('404')
t, h = amz('pl', 'Witaj Piotr,', [
    "przewoźnik odwołał uzgodniony termin dostawy z wniesieniem dla Twojego zamówienia nr %s (wtorek, 19 listopada, 8:00-12:00)." % o,
    "Twoje zamówienie nie zostało anulowane. Wybierz nowy, dogodny termin dostawy - przewoźnik skontaktuje się z Tobą telefonicznie dzień przed dostawą."],
    order=o, items_heading='Produkty w dostawie',
    items=[('Samsung pralka WW90T534DAW 9 kg, biała', 1, None)],
    button=('Wybierz nowy termin', 'https://www.amazon.pl/progress-tracker/package/reschedule?orderId=' + o),
    title='Termin dostawy odwołany')
add('non_notice', 'pl', None, False, 'delivery appointment cancelled, order kept',
    style='amazon', frm=('Amazon.pl', 'shipment-tracking@amazon.pl'), to=PL[1],
    subj='Termin dostawy został odwołany - wybierz nowy termin', auth=('pass', 'amazon.pl'),
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

_, h = amz('pl', 'Witaj Agnieszka,', [
    "potwierdzamy, że Twoja subskrypcja Amazon Music Unlimited (plan indywidualny) została anulowana.",
    "Możesz słuchać muzyki bez ograniczeń do końca bieżącego okresu rozliczeniowego, czyli do 3 grudnia 2024 r. Po tej dacie nie pobierzemy kolejnej opłaty w wysokości 19,99 zł.",
    "Twoje playlisty zostaną zachowane, jeśli zdecydujesz się wznowić subskrypcję."],
    button=('Zarządzaj subskrypcją', 'https://www.amazon.pl/music/settings'), title='Subskrypcja anulowana', footer=False)
add('non_notice', 'pl', None, False, 'Music Unlimited subscription cancelled',
    style='amazon', frm=('Amazon Music', 'digital-no-reply@amazon.pl'), to=PL[2],
    subj='Twoja subskrypcja Amazon Music Unlimited została anulowana',
    fmt='html', cs='utf-8', cte='base64', html=h)

o = order_no('402')
t, _ = amz('pl', 'Witaj Katarzyna,', [
    "bank wydający Twoją kartę Visa kończącą się cyframi 0934 odrzucił płatność za zamówienie nr %s." % o,
    "Aby uniknąć anulowania zamówienia, zaktualizuj metodę płatności do 22 listopada 2024 r. Jeśli do tego dnia nie otrzymamy ważnych danych płatności, zamówienie zostanie anulowane.",
    "Aby zaktualizować płatność, przejdź do sekcji Twoje zamówienia (https://www.amazon.pl/gp/css/order-history), wybierz zamówienie i kliknij Zmień metodę płatności. Nie wysyłaj danych karty w odpowiedzi na tę wiadomość."],
    order=o, items_heading='Produkty oczekujące na płatność',
    items=[('Tefal Ingenio Emotion zestaw garnków, 13 elementów', 1, '599,00 zł')])
add('non_notice', 'pl', None, False, 'genuine payment reminder before cancellation; iso-8859-2',
    style='amazon', frm=('Amazon.pl', 'payments-messages@amazon.pl'), to=PL[0], date=at(2024, 11, 18, 8, 5),
    subj='Wymagane działanie: zaktualizuj metodę płatności dla zamówienia nr %s' % o, auth=('pass', 'amazon.pl'),
    fmt='text', cs='iso-8859-2', cte='quoted-printable', text=t)


# ================================================================ SWEDISH
SV = [('Erik Johansson', 'erik.johansson@telia.com'), ('Anna Lindqvist', 'anna.lindqvist@gmail.com'),
      ('Sara Nilsson', 'sara.nilsson@bredband.net')]

# ---- notices
o = order_no('403')
t, h = amz('sv', 'Hej Erik,', [
    "Vi måste tyvärr meddela att följande artikel i din beställning #%s har avbrutits." % o,
    "Säljaren, Nordic Outdoor Store, har meddelat oss att artikeln inte längre finns i lager och att de inte kan leverera den. Beställningen av artikeln har därför avbrutits.",
    "Du har inte debiterats för artikeln. Om ett belopp har reserverats på ditt kort släpps reservationen inom några bankdagar."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Fjällräven Kånken ryggsäck, 16 l, Frost Green', 1, '899,00 kr', 'Nordic Outdoor Store')],
    button=('Visa eller hantera beställning', 'https://www.amazon.se/gp/your-account/order-details?orderID=' + o))
add('notice', 'sv', 'inventory_shortage', True, 'third-party seller cannot fulfil; html alt qp; no auth',
    style='amazon', frm=('Amazon.se', 'order-update@amazon.se'), to=SV[0],
    subj='En artikel har avbrutits från din Amazon.se-beställning #%s' % o,
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

o = order_no('405')
t, _ = amz('sv', 'Hej Anna,', [
    "Din beställning #%s har avbrutits eftersom vi inte kunde genomföra betalningen." % o,
    "Kortet som du valde (Visa som slutar på 7719) har gått ut. Vi skickade ett e-postmeddelande den 3 oktober och bad dig uppdatera betalningsuppgifterna, men vi fick ingen ändring inom den angivna tiden.",
    "Du har inte debiterats. Om du fortfarande vill ha artikeln kan du lägga en ny beställning på www.amazon.se. Lägg gärna till ett giltigt kort under Ditt konto först."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Moccamaster KBG Select kaffebryggare, svart', 1, '2 495,00 kr')])
add('notice', 'sv', 'payment_issue', True, 'expired card, payment revision not made; plain iso-8859-1 qp; auth',
    style='amazon', frm=('Amazon.se', 'payments-messages@amazon.se'), to=SV[1],
    subj='Din Amazon.se-beställning #%s har avbrutits' % o,
    fmt='text', cs='iso-8859-1', cte='quoted-printable', text=t, auth=('pass', 'amazon.se'))

o = order_no('402')
_, h = amz('sv', 'Hej Sara,', [
    "Vi kontaktar dig angående din beställning #%s." % o,
    "På grund av ett tekniskt fel i vårt system kunde beställningen inte behandlas korrekt: betalningen registrerades två gånger och beställningen fick ett felaktigt leveransdatum. För att rätta till felet har vi avbrutit beställningen.",
    "Eventuella reservationer på ditt kort släpps automatiskt. Du kan lägga beställningen på nytt - priset och leveransvillkoren är desamma.",
    "Vi ber om ursäkt för besväret."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Nintendo Switch Pro Controller', 1, '699,00 kr')],
    button=('Dina beställningar', 'https://www.amazon.se/gp/css/order-history'))
add('notice', 'sv', 'technical_issue', True, 'system processing error; html-only base64; auth',
    style='amazon', frm=('Amazon.se', 'order-update@amazon.se'), to=SV[2],
    subj='Information från Amazon.se', fmt='html', cs='utf-8', cte='base64', html=h, auth=('pass', 'amazon.se'))

o = order_no('406')
t, _ = amz('sv', 'Hej Erik,', [
    "Vid en säkerhetsgranskning flaggades din beställning #%s och vi har därför avbrutit den. Vi har även tillfälligt spärrat ditt konto tills vi har kunnat bekräfta din identitet." % o,
    "Logga in direkt på www.amazon.se (skriv adressen i webbläsaren) och följ anvisningarna för att verifiera ditt konto och din betalningsmetod. Du behöver inte svara på det här meddelandet.",
    "Du har inte debiterats för beställningen."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Apple AirPods Pro (2:a generationen) med MagSafe-fodral (USB-C)', 2, '5 590,00 kr')])
add('notice', 'sv', 'fraud_prevention', True, 'order flagged in security review, account on hold; plain 8bit',
    style='amazon', frm=('Amazon.se', 'cs-reply@amazon.se'), to=SV[0],
    subj='Din Amazon.se-beställning #%s har avbrutits' % o,
    fmt='text', cs='utf-8', cte='8bit', text=t)

o = order_no('171')
t, h = amz('sv', 'Hej Anna,', [
    "Vi har avbrutit följande artikel från din beställning #%s enligt din begäran." % o,
    "Orsak till avbeställning: Avbeställd av kunden",
    "Om du redan har debiterats för artikeln återbetalas beloppet till den betalningsmetod du använde. Övriga artiklar i beställningen skickas som planerat."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Oral-B iO Series 7 eltandborste, Sapphire Blue', 1, '1 290,00 kr')],
    button=('Dina beställningar', 'https://www.amazon.se/gp/css/order-history'), title='Avbeställningen är klar')
add('notice', 'sv', 'customer_request', True, 'customer cancelled item; html alt base64; no auth',
    style='amazon', frm=('Amazon.se', 'auto-confirm@amazon.se'), to=SV[1],
    subj='Artikeln har avbeställts: "Oral-B iO Series 7 eltandborste..."',
    fmt='alt', cs='utf-8', cte='base64', text=t, html=h)

o = order_no('408')
t, _ = amz('sv', 'Hej Sara,', [
    "Vi har tyvärr avbrutit din beställning #%s." % o,
    "Artikeln kan inte levereras till det utlämningsställe du valde (paketskåp vid ICA Kvantum Mobilia, Malmö) eftersom den överskrider skåpets tillåtna storlek och vikt.",
    "Du har inte debiterats. Du kan lägga en ny beställning och välja hemleverans eller ett annat utlämningsställe."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Weber Spirit E-325 GBS gasolgrill, svart', 1, '8 999,00 kr')])
add('notice', 'sv', 'unknown', True, 'pickup point cannot take item (delivery restriction); plain qp; auth',
    style='amazon', frm=('Amazon.se', 'order-update@amazon.se'), to=SV[2],
    subj='Din Amazon.se-beställning #%s har avbrutits' % o,
    fmt='text', cs='utf-8', cte='quoted-printable', text=t, auth=('pass', 'amazon.se'))

# ---- lookalikes
add('lookalike', 'sv', 'fraud_prevention', True, 'gmail sender, callback phone, malformed order no.',
    style='phish', frm=('Amazon Kundtjänst', 'amazon.kundtjanst.se@gmail.com'), to=SV[0],
    subj='Beställning #403-77120-991 avbruten - misstänkt aktivitet', auth=('plainpass', 'gmail.com'),
    fmt='text', cs='utf-8', cte='8bit', text='''Hej,

Din beställning #403-77120-991 (PlayStation 5 Slim Digital, 5 990 kr) har avbrutits på grund av misstänkt aktivitet på ditt konto.

Om du inte har gjort denna beställning måste du omgående ringa vår säkerhetsavdelning på 08-446 829 10 så att vi kan stoppa debiteringen.

Ring inom 24 timmar, annars debiteras beloppet från ditt kort.

Mvh
Amazon Säkerhet
''')

body = '''<table width="100%%" style="background:#eaeded"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#0f1111">
<tr><td style="padding:16px 22px;border-bottom:1px solid #ddd"><img src="http://amazon-orders.help/se/logo.png" alt="amazon.se" width="110"></td></tr>
<tr><td style="padding:22px;line-height:22px">
<p>Hej,</p>
<p>Ditt Amazon-konto har <b>spärrats</b> och din beställning <b>#171-2093341-6627410</b> har avbrutits av säkerhetsskäl.</p>
<p>Använd verifieringskoden nedan för att återaktivera kontot och återställa beställningen:</p>
<p style="font-size:26px;font-weight:bold;text-align:center;letter-spacing:3px">SE-55812-AZ</p>
<p style="text-align:center"><a href="http://amazon-orders.help/se/aterstall?kod=SE-55812-AZ&amp;t=%s" style="background:#ffd814;border-radius:8px;padding:10px 26px;color:#0f1111;text-decoration:none">Återaktivera kontot</a></p>
<p>Om kontot inte återaktiveras inom 24 timmar raderas det permanent.</p>
<p>Med vänliga hälsningar<br>Amazon.se Kontosäkerhet</p>
</td></tr></table></td></tr></table>''' % rhex(16)
add('lookalike', 'sv', 'fraud_prevention', True, 'Cyrillic a display name, amazon-orders.help, account locked + code',
    style='phish', frm=('Am\u0430zon.se', 'konto@amazon-orders.help'), to=SV[2],
    subj='Ditt konto är spärrat och din beställning har avbrutits',
    fmt='html', cs='utf-8', cte='quoted-printable', html=simple_html(body, title='Amazon.se'))

add('lookalike', 'sv', 'payment_issue', True, 'yahoo sender, reply with card details, will be cancelled, iso-8859-1 8bit',
    style='phish', frm=('Amazon Betalningar', 'amazon.betalning.se@yahoo.com'), to=SV[1],
    subj='Betalningen misslyckades - din beställning kommer att avbrytas',
    fmt='text', cs='iso-8859-1', cte='8bit', text='''Hej kund,

Betalningen för din beställning nr 402-8815530-2264719 (Samsung 55" QLED-TV QE55Q80C, 7 490 kr) kunde inte genomföras. Beställningen kommer att avbrytas inom 24 timmar om du inte bekräftar dina kortuppgifter.

Svara på detta mejl med:
- Kortinnehavarens namn
- Kortnummer
- Giltighetsdatum
- CVC-kod

Vänliga hälsningar
Amazon.se Betalningsavdelningen
''')

o = '408-5520194-7713386'
evil = 'https://amazon.se.kundtjanst-support.com/aterbetalning/?id=' + rhex(14)
_, h = amz('sv', 'Hej,', [
    "Tyvärr har din beställning #%s avbrutits eftersom artikeln inte längre finns i lager." % o,
    "För att få tillbaka 1 349,00 kr måste du bekräfta din återbetalningsmetod inom 48 timmar via länken nedan:"],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Philips Hue White E27 startpaket med 3 lampor och brygga', 1, '1 349,00 kr')],
    button=('https://www.amazon.se/gp/css/order-history', 'https://www.amazon.se/gp/css/order-history'),
    link=lambda u: evil, img_host='amazon.se.kundtjanst-support.com/img')
add('lookalike', 'sv', 'inventory_shortage', True, 'polished template copy, link text amazon.se but href to amazon.se.kundtjanst-support.com',
    style='phish', frm=('Amazon.se', 'order-update@amazon.se.kundtjanst-support.com'), to=SV[0],
    subj='Din Amazon.se-beställning #%s har avbrutits' % o, auth=('fail', 'amazon.se.kundtjanst-support.com'),
    fmt='html', cs='utf-8', cte='base64', html=h)

body = '''<div style="max-width:560px;margin:16px auto;font-family:Arial,sans-serif;font-size:14px;color:#222;border:1px solid #e1e1e1;padding:22px">
<div style="font-size:22px;font-weight:bold">amaz0n<span style="color:#ff9900">.se</span></div><hr>
<p>Hej,</p>
<p>På grund av ett tekniskt fel i vårt betalsystem kunde din beställning <b>#405-6618203-9917742</b> inte behandlas.</p>
<p><b>Beställningen kommer att avbrytas automatiskt</b> om du inte bekräftar din betalning igen inom 48 timmar.</p>
<p style="text-align:center"><a href="https://amaz0n.se/ap/betalning?o=405-6618203-9917742" style="background:#ffa41c;padding:10px 24px;color:#111;text-decoration:none;border-radius:6px">Bekräfta betalning</a></p>
<p style="font-size:11px;color:#888">Det här är ett automatiskt meddelande. Amazon frågar aldrig efter ditt lösenord via e-post.</p>
</div>'''
add('lookalike', 'sv', 'technical_issue', True, 'amaz0n.se look-alike domain, technical error, will be cancelled unless re-confirm',
    style='phish', frm=('Amazon.se', 'info@amaz0n.se'), to=SV[2],
    subj='Tekniskt fel: bekräfta din betalning för att undvika att beställningen avbryts',
    fmt='alt', cs='utf-8', cte='quoted-printable', html=simple_html(body, title='Amazon.se'),
    text='''Hej,

På grund av ett tekniskt fel i vårt betalsystem kunde din beställning #405-6618203-9917742 inte behandlas.

Beställningen kommer att avbrytas automatiskt om du inte bekräftar din betalning igen inom 48 timmar:
https://amaz0n.se/ap/betalning?o=405-6618203-9917742

Amazon.se
''')

add('lookalike', 'sv', 'customer_request', True, 'Greek homoglyph display name, outlook sender, "you cancelled" + stop-refund link',
    style='phish', frm=('\u0391maz\u03bfn.se Kundservice', 'amazon-se-kundservice@outlook.com'), to=SV[1],
    subj='Din avbeställning är bekräftad',
    fmt='text', cs='utf-8', cte='base64', text='''Hej!

Du har avbrutit din beställning #406-2231098-4410563 (Apple MacBook Air 13" M3, 14 990 kr). Återbetalningen skickas till det bankkonto som angavs vid avbeställningen.

Om det inte var du som avbröt beställningen, klicka här för att stoppa återbetalningen till ett okänt konto:
http://amazon-se-retur.info/stoppa?id=4410563

Med vänliga hälsningar
Amazon.se Kundservice
''')

body = '''<p><font face="Arial" size="3">Kära kund,</font></p>
<p><font face="Arial" size="3">din beställning har avbrutits.</font></p>
<p><font face="Arial" size="3">Klicka <a href="http://amzn-se-order.xyz/info.php?x=%s">HÄR</a> för mer information och återbetalning.</font></p>
<p><font face="Arial" size="2">Amazon Team</font></p>''' % rid(8)
add('lookalike', 'sv', 'unknown', False, 'crude, no order number, no reason, amzn-se-order.xyz, iso-8859-1',
    style='phish', frm=('Amazon', 'service@amzn-se-order.xyz'), to=SV[0],
    subj='Din beställning har avbrutits!', fmt='html', cs='iso-8859-1', cte='quoted-printable',
    html=simple_html(body, cs='iso-8859-1'))

o = '404-1187320-5563018'
t, h = amz('sv', 'Hej Anna,', [
    "Betalningen för din beställning #%s kunde inte verifieras och beställningen har därför avbrutits." % o,
    "För att undvika att ditt konto spärras måste du uppdatera dina betalningsuppgifter inom 24 timmar. Därefter kan du lägga beställningen på nytt till samma pris."],
    order=o, items_heading='Avbrutna artiklar',
    items=[('Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, grå', 1, '4 990,00 kr')],
    button=('Uppdatera betalningsuppgifter', 'https://amazon-se-betalning.com/cpe/yourpayments/' + rhex(10)),
    link=lambda u: u.replace('www.amazon.se', 'amazon-se-betalning.com'),
    tlink=lambda u: u.replace('www.amazon.se', 'amazon-se-betalning.com'))
add('lookalike', 'sv', 'payment_issue', True, 'polished, amazon-se-betalning.com with own dkim/dmarc pass, payment not verified',
    style='phish', frm=('Amazon.se', 'payments-messages@amazon-se-betalning.com'), to=SV[1],
    subj='Din Amazon.se-beställning #%s har avbrutits' % o, auth=('pass', 'amazon-se-betalning.com'),
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

# ---- non-notices
body = '''<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<tr><td style="padding:22px 24px"><img src="https://mosaic01.ztat.net/nvg/z-header-fragment/zalando-logo.png" alt="Zalando" width="130"></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;line-height:23px">
<h2 style="font-size:22px">Din beställning har annullerats</h2>
<p>Hej Anna!</p>
<p>Tyvärr har vi varit tvungna att annullera din beställning <b>10105482231776</b> eftersom artikeln <b>Nike Sportswear Air Max 90 (storlek 39)</b> inte längre finns i lager.</p>
<p>Du betalade med <b>Amazon Pay</b>. Beloppet 1 499 kr återbetalas via Amazon Pay till den betalningsmetod som är kopplad till ditt Amazon-konto inom 3-5 bankdagar.</p>
<p>Vi ber om ursäkt för besväret. Kika gärna på liknande modeller i vår <a href="https://www.zalando.se/sneakers-dam/">sneakerkategori</a>.</p>
<p>Hälsningar,<br>Zalando Kundservice</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f6f6f6">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, Tyskland. Zalando ber dig aldrig om lösenord eller kortuppgifter via e-post.</td></tr>
</table>'''
add('non_notice', 'sv', None, False, 'Zalando order cancellation, paid with Amazon Pay',
    style='generic', frm=('Zalando', 'info@service-mail.zalando.se'), to=SV[1],
    subj='Din beställning 10105482231776 har annullerats', fmt='alt', cs='utf-8', cte='quoted-printable',
    html=simple_html(body, title='Zalando'), text='''Hej Anna!

Tyvärr har vi varit tvungna att annullera din beställning 10105482231776 eftersom artikeln Nike Sportswear Air Max 90 (storlek 39) inte längre finns i lager.

Du betalade med Amazon Pay. Beloppet 1 499 kr återbetalas via Amazon Pay till den betalningsmetod som är kopplad till ditt Amazon-konto inom 3-5 bankdagar.

Hälsningar,
Zalando Kundservice
''')

add('non_notice', 'sv', None, False, 'friend says he cancelled his Amazon order',
    style='generic', frm=('Johan Berg', 'johan.berg@hotmail.se'), to=SV[0], tz=TZS[0],
    subj='Sv: present till pappa', extra=[('In-Reply-To', '<%s@telia.com>' % rhex(16))],
    fmt='text', cs='utf-8', cte='8bit', text='''Hej Erik!

Jag avbeställde min Amazon-order med kaffebryggaren, leveransen hade blivit
försenad till efter hans födelsedag. Fick ett mejl direkt om att
avbeställningen gått igenom, så pengarna borde vara tillbaka i veckan.

Ska vi köpa något på stan i stället på lördag? Jag kan från 11.

/Johan

Från: Erik Johansson <erik.johansson@telia.com>
Skickat: den 6 november 2024 20:14
Ämne: present till pappa

> Har bryggaren kommit? Annars får vi hitta på något annat.
''')

body = '''<table width="620" align="center" style="font-family:Verdana,sans-serif;color:#223">
<tr><td style="background:#0b3d2e;padding:16px;color:#fff;font-size:20px">Trygga Pengar &ndash; nyhetsbrev</td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:22px">
<h2>Se upp för falska mejl: &quot;Din Amazon.se-beställning har avbrutits&quot;</h2>
<p>Just nu skickas många bluffmejl med ämnesraden <i>&quot;Din Amazon.se-beställning #... har avbrutits&quot;</i> eller <i>&quot;Din beställning har avbrutits!&quot;</i>. Mejlen ser ut att komma från Amazon men länkar till falska inloggningssidor eller uppmanar dig att ringa ett telefonnummer.</p>
<p><b>Så känner du igen bedrägeriet:</b></p>
<ul><li>avsändaradressen slutar inte på amazon.se,</li>
<li>du uppmanas att agera inom 24 timmar,</li>
<li>du ombeds lämna kortuppgifter eller en kod.</li></ul>
<p>Logga alltid in själv via appen eller genom att skriva amazon.se i webbläsaren om du är osäker. Ring aldrig numret i mejlet.</p>
<p style="font-size:11px;color:#889">Du får detta nyhetsbrev eftersom du prenumererar på Trygga Pengar. <a href="https://www.tryggapengar.se/avregistrera?id=%s">Avsluta prenumerationen</a></p>
</td></tr></table>''' % rhex(10)
add('non_notice', 'sv', None, False, 'consumer newsletter about phishing quoting fake cancellation subjects; iso-8859-1',
    style='generic', frm=('Trygga Pengar', 'nyhetsbrev@tryggapengar.se'), to=SV[2],
    subj='Se upp för falska mejl: "Din Amazon.se-beställning har avbrutits"',
    extra=[('List-Unsubscribe', '<https://www.tryggapengar.se/avregistrera>')],
    fmt='html', cs='iso-8859-1', cte='quoted-printable', html=simple_html(body, cs='iso-8859-1', title='Trygga Pengar'))

o = order_no('407')
t, h = amz('sv', 'Hej Sara,', [
    "Transportören kan inte genomföra leveransen under den tid du bokade (torsdag 14 november, 17:00-21:00), och leveranstiden har därför avbokats.",
    "Din beställning #%s är inte avbruten. Välj en ny leveranstid så levererar vi så snart som möjligt." % o],
    button=('Välj ny leveranstid', 'https://www.amazon.se/progress-tracker/package/reschedule?orderId=' + o),
    title='Leveranstiden har avbokats')
add('non_notice', 'sv', None, False, 'booked delivery time slot cancelled, order kept',
    style='amazon', frm=('Amazon.se', 'shipment-tracking@amazon.se'), to=SV[2],
    subj='Din bokade leveranstid har avbokats', auth=('pass', 'amazon.se'),
    fmt='alt', cs='utf-8', cte='base64', text=t, html=h)

t, h = amz('sv', 'Hej Erik,', [
    "Vi bekräftar att ditt Amazon Prime-medlemskap har sagts upp enligt din begäran.",
    "Du kan fortsätta att använda dina Prime-förmåner, som fri frakt och Prime Video, till och med den 2 december 2024. Därefter debiteras du inte längre 69 kr per månad.",
    "Beställningar som du redan har lagt påverkas inte."],
    button=('Hantera ditt Prime-medlemskap', 'https://www.amazon.se/gp/primecentral'), title='Prime-medlemskapet har avslutats')
add('non_notice', 'sv', None, False, 'Prime membership cancelled',
    style='amazon', frm=('Amazon.se', 'digital-no-reply@amazon.se'), to=SV[0],
    subj='Ditt Amazon Prime-medlemskap har avslutats',
    fmt='alt', cs='utf-8', cte='quoted-printable', text=t, html=h)

o = order_no('405')
t, _ = amz('sv', 'Hej Anna,', [
    "Banken som har utfärdat ditt Mastercard som slutar på 2281 har avvisat betalningen för din beställning #%s." % o,
    "För att beställningen inte ska avbrytas behöver du uppdatera betalningsmetoden senast den 25 november 2024. Om vi inte har fått giltiga betalningsuppgifter till dess kommer beställningen att avbrytas.",
    "Gå till Dina beställningar (https://www.amazon.se/gp/css/order-history), välj beställningen och klicka på Ändra betalningsmetod. Skicka inte dina kortuppgifter som svar på det här meddelandet."],
    order=o, items_heading='Artiklar som väntar på betalning',
    items=[('Bosch Serie 4 stavmixer MS6CM6120, svart', 1, '1 099,00 kr')])
add('non_notice', 'sv', None, False, 'genuine payment reminder before cancellation; iso-8859-1',
    style='amazon', frm=('Amazon.se', 'payments-messages@amazon.se'), to=SV[1], date=at(2024, 11, 21, 6, 50),
    subj='Åtgärd krävs: uppdatera betalningsmetoden för beställning #%s' % o, auth=('pass', 'amazon.se'),
    fmt='text', cs='iso-8859-1', cte='quoted-printable', text=t)


# ================================================================ write
class MailPolicy(Compat32):
    """compat32 folding, but identifiers stay on one line as real MTAs write them."""
    def _fold(self, name, value, sanitize):
        if name.lower() in ('message-id', 'feedback-id', 'in-reply-to') and isinstance(value, str):
            return '%s: %s%s' % (name, value, self.linesep)
        return super()._fold(name, value, sanitize)


POLICY = MailPolicy(max_line_length=78)


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith('.eml'):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        spec = MAILS[idx]
        name = '%s%03d.eml' % (PREFIX, n)
        msg = build(spec)
        with open(os.path.join(MAILDIR, name), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, policy=POLICY).flatten(msg, linesep='\n')
        labels.append({'file': name, 'kind': spec['kind'], 'language': spec['lang'], 'cause': spec['cause'],
                       'states_reason': spec['sr'], 'marketplace': spec['mp'], 'note': spec['note']})
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write('\n')
    print('wrote %d mails' % len(labels))


if __name__ == '__main__':
    main()
