#!/usr/bin/env python3
"""Regenerate blind batch k3 (Italian / Polish / Swedish): python3 make.py
Writes mail/k3NNN.eml and labels.json next to this script."""
import base64, html, json, os, quopri, random, re
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')
rnd = random.Random(300300)

# ---------------------------------------------------------------- helpers
def oid(prefix=None):
    p = prefix or rnd.choice(['403', '404', '405', '171', '028', '302', '305', '406', '407'])
    return '%s-%07d-%07d' % (p, rnd.randrange(10**7), rnd.randrange(10**7))

def rdate(tz_hours=0):
    base = datetime(2024, 9, 2, tzinfo=timezone.utc)
    d = base + timedelta(days=rnd.randrange(0, 280), seconds=rnd.randrange(0, 86400))
    return format_datetime(d.astimezone(timezone(timedelta(hours=tz_hours))))

def ses_msgid():
    h = ''.join(rnd.choice('0123456789abcdef') for _ in range(16))
    u = '-'.join(''.join(rnd.choice('0123456789abcdef') for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return '<0102%s-%s-000000@eu-west-1.amazonses.com>' % (h, u)

def genuine_auth(mp):
    b = ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8))
    return ('mx.google.com; dkim=pass header.i=@%s header.d=%s header.s=v3f4rmuhoglk7dsjrzqm3yhqztjmo2xh header.b=%s; '
            'dkim=pass header.i=@amazonses.com header.d=amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn; '
            'spf=pass (google.com: domain of 0102019@eu-west-1.amazonses.com designates 54.240.4.11 as permitted sender) '
            'smtp.mailfrom=eu-west-1.amazonses.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
            % (mp, mp, b, mp))

def part(text, subtype, charset, cte):
    p = Message()
    p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
    try:
        raw = text.encode(charset, 'xmlcharrefreplace' if subtype == 'html' else 'strict')
    except UnicodeEncodeError:  # legacy charsets: fall back to plain equivalents
        for a, b in {'©': '(c)', '„': '"', '”': '"', '“': '"', '–': '-', '—': '-', '’': "'", '€': 'EUR', '·': '-', 'à': 'a'}.items():
            text = text.replace(a, b)
        raw = text.encode(charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:  # 7bit / 8bit: write the bytes as they are
        payload = raw.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p

def hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs)

# ---------------------------------------------------------------- renderers
URL_RE = re.compile(r'(https?://[^\s<>"]+[^\s<>".,;:)])')

def linkify(text, href_map=None):
    href_map = href_map or {}
    out, last = [], 0
    for m in URL_RE.finditer(text):
        out.append(html.escape(text[last:m.start()], quote=False))
        u = m.group(1)
        out.append('<a href="%s">%s</a>' % (html.escape(href_map.get(u, u)), html.escape(u, quote=False)))
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return ''.join(out).replace('\n', '<br />\n')

LOC = {
    'it': dict(orders='I miei ordini', account='Il mio account', order='Ordine n.', qty='Quantità', price='Prezzo',
               seller='Venduto da'),
    'pl': dict(orders='Twoje zamówienia', account='Twoje konto', order='Zamówienie nr', qty='Ilość', price='Cena',
               seller='Sprzedawca'),
    'sv': dict(orders='Dina beställningar', account='Ditt konto', order='Beställning nr', qty='Antal', price='Pris',
               seller='Säljs av'),
}

CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; font-size:14px; color:#333333; }
#container { width:640px; } #header .logo { width:130px; }
#header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header .title h2 { color:#CC6600; font-size:20px; margin:0; }
.heading { font-weight:bold; } .itemsHeading { font-size:16px; font-weight:bold; color:#C60000; }
#itemDetails td { border-bottom:1px solid #EAEAEA; padding:8px 4px; }
#closing a, #footer a { color:#0066c0; } #footer td { font-size:11px; color:#666666; }
"""

def amazon_html(lang, mp, d, href_map=None, base=None):
    L = LOC[lang]
    base = base or 'https://www.%s' % mp
    def a(path, label):
        u = base + path
        return '<a href="%s">%s</a>' % (html.escape((href_map or {}).get(u, u)), label)
    h = ['<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
         '  <meta name="format-detection" content="telephone=no" />\n  <style>\n' + CSS + '  </style>\n </head>\n'
         '<body><img width="1" height="1" src="%s/gp/r.html?C=%s&amp;R=%s" />\n' % (base, rnd.randrange(10**9), rnd.randrange(10**9)),
         ' <table id="container" cellpadding="0"><tbody><tr><td class="frame">\n'
         '  <table id="main" cellpadding="0"><tbody>\n'
         '   <tr><td><table id="header" cellpadding="0"><tbody>\n'
         '    <tr><td rowspan="2" class="logo">%s</td>\n' % a('/gp/r.html?U=home', '<img alt="%s" src="https://m.media-amazon.com/images/G/29/x-locale/cs/te/logo.png" width="130" />' % d.get('brand', 'Amazon.' + mp.split('.', 1)[1]))
         + '     <td class="navigation"><table align="right"><tbody><tr>'
         '<td>%s</td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td><td>%s</td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td><td>%s</td>'
         '</tr></tbody></table></td></tr>\n' % (a('/gp/css/order-history', L['orders']), a('/gp/css/homepage.html', L['account']), a('/', d.get('brand', 'Amazon.' + mp.split('.', 1)[1])))]
    title = '<h2>%s</h2>' % html.escape(d['title'])
    if d.get('oid'):
        title += ' %s <a href="%s">%s</a>' % (L['order'], html.escape((href_map or {}).get(base + '/gp/css/order-details?orderID=' + d['oid'], base + '/gp/css/order-details?orderID=' + d['oid'])), d['oid'])
    h.append('    <tr><td class="title">%s</td></tr>\n   </tbody></table></td></tr>\n' % title)
    body = '<span class="heading">%s</span>' % html.escape(d['greet']) + ''.join('<p>%s</p>' % linkify(p, href_map) for p in d['paras'])
    h.append('   <tr><td><table id="summary" cellpadding="0"><tbody><tr><td>%s</td></tr></tbody></table></td></tr>\n' % body)
    if d.get('items'):
        rows = ''.join('<tr><td><b>%s</b><br /><span style="color:#666666">%s</span></td><td align="right" style="white-space:nowrap">%s</td></tr>'
                       % (html.escape(n), html.escape(extra), html.escape(pr)) for n, extra, pr in d['items'])
        h.append('   <tr><td><p class="itemsHeading">%s</p><table id="itemDetails" width="100%%" cellpadding="0"><tbody>%s</tbody></table></td></tr>\n'
                 % (html.escape(d['items_head']), rows))
    if d.get('after'):
        h.append('   <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>%s</td></tr></tbody></table></td></tr>\n'
                 % ''.join('<p>%s</p>' % linkify(p, href_map) for p in d['after']))
    h.append('   <tr><td><p><br />%s<br /><span class="signature"><strong>%s</strong></span></p></td></tr>\n'
             % (html.escape(d.get('closing', '')), html.escape(d.get('sign', ''))))
    h.append('   <tr><td><table id="footer" cellpadding="0"><tbody><tr><td>%s</td></tr></tbody></table></td></tr>\n'
             % ''.join('<p>%s</p>' % linkify(p, href_map) for p in d.get('footer', [])))
    h.append('  </tbody></table>\n </td></tr></tbody></table>\n</body>\n</html>\n')
    return ''.join(h)

def amazon_text(lang, mp, d):
    L = LOC[lang]
    bar = '_' * 70
    t = [d.get('brand', 'Amazon.' + mp.split('.', 1)[1]), bar, '', d['title']]
    if d.get('oid'):
        t.append('%s %s' % (L['order'], d['oid']))
    t += ['', d['greet'], '']
    for p in d['paras']:
        t += [p, '']
    if d.get('items'):
        t += [d['items_head'], '-' * len(d['items_head'])]
        for n, extra, pr in d['items']:
            t += [n, '  ' + extra, '  ' + pr, '']
    for p in d.get('after', []):
        t += [p, '']
    t += [d.get('closing', ''), d.get('sign', ''), '', bar, '']
    for p in d.get('footer', []):
        t += [p, '']
    return '\n'.join(t).rstrip() + '\n'

def simple_html(paras, href_map=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div style="%s">\n' % style
            + '\n'.join('<p>%s</p>' % linkify(p, href_map) for p in paras) + '\n</div>\n</body></html>\n')

def build(s):
    fmt, cs = s['fmt'], s.get('charset', 'utf-8')
    cte = s.get('cte', 'quoted-printable')
    if fmt == 'text':
        msg = part(s['text'], 'plain', cs, cte)
    elif fmt == 'html':
        msg = part(s['html'], 'html', cs, cte)
    else:
        msg = MIMEMultipart('alternative', boundary=s.get('boundary') or '----=_Part_%d_%d.%d' % (rnd.randrange(10**6, 10**8), rnd.randrange(10**8, 10**10), rnd.randrange(10**12, 10**13)))
        msg.attach(part(s['text'], 'plain', cs, s.get('cte_text', cte)))
        msg.attach(part(s['html'], 'html', cs, cte))
    hcs = s.get('hcharset', 'utf-8')
    heads = []
    for h, v in s.get('pre', []):
        heads.append((h, v))
    name, addr = s['frm']
    heads.append(('From', formataddr((name, addr), charset=hcs) if name else addr))
    if s.get('reply_to'):
        heads.append(('Reply-To', s['reply_to']))
    heads.append(('To', s['to']))
    heads.append(('Subject', hdr(s['subject'], hcs)))
    heads.append(('Date', s['date']))
    heads.append(('Message-ID', s['msgid']))
    heads.append(('MIME-Version', '1.0'))
    for h, v in s.get('extra', []):
        heads.append((h, v))
    body_heads = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for h, v in heads:
        msg[h] = v
    for k, v in body_heads:
        if k != 'MIME-Version':
            msg[k] = v
    return msg

def write(msg, path):
    with open(path, 'wb') as f:
        BytesGenerator(f, mangle_from_=False, maxheaderlen=78).flatten(msg)

SPECS = []
def add(**kw):
    SPECS.append(kw)

# ---------------------------------------------------------------- genuine-notice helper
def genuine(lang, mp, cause, sr, note, sender, subject, to, d, fmt, charset, cte, auth, kind='notice',
            sender_name=None, cte_text=None, plain_only_text=None):
    brand = 'Amazon.' + mp.split('.', 1)[1]
    pre = [('Authentication-Results', genuine_auth(mp))] if auth else []
    pre.append(('Return-Path', '<0102%s-000000@eu-west-1.amazonses.com>' % ''.join(rnd.choice('0123456789abcdef') for _ in range(24))))
    add(kind=kind, lang=lang, cause=cause, sr=sr, mp=(mp if kind == 'notice' else None), note=note,
        frm=(sender_name or brand, '%s@%s' % (sender, mp)), reply_to='no-reply@%s' % mp if rnd.random() < .6 else None,
        to=to, subject=subject, date=rdate(0), msgid=ses_msgid(), pre=pre,
        extra=[('X-AMAZON-MAIL-RELAY-TYPE', 'notification'), ('Feedback-ID', '1.eu-west-1.%s:AmazonSES' % ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(12)))],
        fmt=fmt, charset=charset, cte=cte, cte_text=cte_text or cte,
        text=plain_only_text or amazon_text(lang, mp, d), html=amazon_html(lang, mp, d) if d else None)

# ================================================================ ITALIAN (amazon.it)
FOOT_IT = [
    'Amazon.it non ti chiederà mai di comunicare la password, i dati della carta di credito o altre informazioni personali via e-mail, SMS o telefono. Non cliccare su link contenuti in messaggi sospetti e segnalali: https://www.amazon.it/gp/help/customer/display.html?nodeId=201909130',
    'Se il numero o la data di scadenza della tua carta sono cambiati, aggiornali in Il mio account: https://www.amazon.it/cpe/yourpayments/wallet',
    'Aiuto e Servizio Clienti: https://www.amazon.it/gp/help/customer/display.html',
    'Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.',
    '© 2025 Amazon.com, Inc. o le sue affiliate. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Amazon, Amazon.it e il logo Amazon.it sono marchi registrati di Amazon.com, Inc. o delle sue affiliate.',
]

o = oid('403')
genuine('it', 'amazon.it', 'inventory_shortage', True, 'supplier cannot deliver, item unavailable; HTML like real template',
        'order-update', 'Il tuo ordine Amazon.it #%s è stato annullato' % o, 'giulia.conti@libero.it',
        dict(title='Ordine annullato', oid=o, greet='Gentile Giulia Conti,',
             paras=['ci dispiace informarti che abbiamo dovuto annullare il tuo ordine perché l\'articolo indicato di seguito non è più disponibile: il nostro fornitore ci ha comunicato che non è in grado di consegnarcelo e non riusciamo a procurarcelo entro un tempo ragionevole.',
                    'Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo estratto conto compare un\'autorizzazione temporanea, verrà rimossa automaticamente dalla tua banca entro alcuni giorni lavorativi.'],
             items_head='Articoli annullati',
             items=[('Macchina da caffè De\'Longhi Dedica Style EC685.M, argento', 'Quantità: 1 · Venduto da Amazon EU S.à r.l.', 'EUR 149,90')],
             after=['Puoi cercare prodotti simili qui: https://www.amazon.it/s?k=de+longhi+dedica',
                    'Ci scusiamo per l\'inconveniente.'],
             closing='Cordiali saluti,', sign='Il Servizio Clienti di Amazon.it', footer=FOOT_IT),
        'alt', 'utf-8', 'quoted-printable', True)

o = oid('171')
genuine('it', 'amazon.it', 'payment_issue', True, 'payment revision not made in time, card declined; plain text latin-9 8bit',
        'payments-messages', 'Ordine Amazon.it %s annullato: pagamento non riuscito' % o, 'marco.bianchi74@tiscali.it',
        None, 'text', 'iso-8859-15', '8bit', False,
        plain_only_text='''Amazon.it
______________________________________________________________________

Gentile Marco Bianchi,

il %s ti abbiamo scritto per chiederti di aggiornare le informazioni di
pagamento del tuo ordine %s. Poiché la revisione del pagamento non è
stata effettuata entro il termine indicato e la banca emittente ha rifiutato
l'addebito sulla carta Visa che termina con 4471, abbiamo annullato l'ordine.

Articoli annullati:

  1 x LEGO Technic 42154 Ford GT 2022                 EUR 119,99
  1 x Bosch Professional batteria GBA 18V 2,0Ah        EUR  39,90

Totale dell'ordine annullato: EUR 159,89 (€)

Se desideri ancora ricevere questi articoli, effettua un nuovo ordine su
www.amazon.it e seleziona un metodo di pagamento valido. Puoi controllare e
aggiornare le tue carte in Il mio account > I tuoi pagamenti:
https://www.amazon.it/cpe/yourpayments/wallet

Perché un pagamento può essere rifiutato:
https://www.amazon.it/gp/help/customer/display.html?nodeId=GZ5VHQ6UNDNWLZ9M

Cordiali saluti,
Amazon.it

______________________________________________________________________
Amazon.it non ti chiederà mai di comunicare la password o i dati completi
della carta via e-mail o telefono. Se ricevi un messaggio sospetto che
sembra provenire da Amazon, segnalalo a stop-spoofing@amazon.it.
Se il numero della tua carta è cambiato, aggiornalo in Il mio account.
Questa e-mail è stata inviata da un indirizzo di sola notifica. Non
rispondere a questo messaggio.
''' % ('12 novembre', o))

o = oid('405')
genuine('it', 'amazon.it', 'technical_issue', True, 'pricing error on detail page; HTML-only base64',
        'order-update', 'Annullamento del tuo ordine Amazon.it #%s' % o, 'f.russo@gmail.com',
        dict(title='Informazioni sul tuo ordine', oid=o, greet='Gentile cliente,',
             paras=['ti scriviamo in merito al tuo recente ordine. A causa di un errore nel prezzo riportato nella pagina di dettaglio del prodotto, l\'articolo indicato di seguito è stato messo in vendita a EUR 12,99 anziché EUR 129,90.',
                    'Come previsto dalle Condizioni generali d\'uso e vendita, in caso di errore di prezzo ci riserviamo il diritto di annullare l\'ordine. Abbiamo quindi annullato il tuo ordine e non ti è stato addebitato alcun importo.'],
             items_head='Articoli annullati',
             items=[('Tineco Floor One S5 aspirapolvere lavapavimenti senza fili', 'Quantità: 1 · Venduto da Amazon EU S.à r.l.', 'EUR 12,99')],
             after=['Il prodotto è ora disponibile al prezzo corretto: https://www.amazon.it/dp/B09NQ2P8LS',
                    'Ci scusiamo per l\'inconveniente e ti ringraziamo per la comprensione.'],
             closing='Cordiali saluti,', sign='Amazon.it', footer=FOOT_IT),
        'html', 'utf-8', 'base64', True)

o = oid('028')
genuine('it', 'amazon.it', 'fraud_prevention', True, 'unusual activity, account on hold, order cancelled; alt base64',
        'cs-reply', 'Il tuo ordine Amazon.it è stato annullato', 'elena.ferri@outlook.it',
        dict(title='Account in attesa di verifica', oid=o, greet='Gentile Elena Ferri,',
             paras=['durante un controllo di routine abbiamo rilevato attività insolite sul tuo account Amazon.it. Per proteggere il tuo account abbiamo messo temporaneamente in attesa il tuo account e annullato gli ordini in sospeso, incluso l\'ordine indicato sopra.',
                    'Per riattivare il tuo account, accedi digitando www.amazon.it direttamente nel browser o tramite l\'app Amazon Shopping e segui le istruzioni per verificare la tua identità. Non inviarci documenti o dati della carta via e-mail.',
                    'Non ti è stato addebitato alcun importo per gli ordini annullati.'],
             items_head='Articoli annullati',
             items=[('Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)', 'Quantità: 2', 'EUR 498,00'),
                    ('Buono regalo Amazon.it - E-mail', 'Quantità: 1', 'EUR 250,00')],
             closing='Grazie per la comprensione.', sign='Il team Sicurezza account di Amazon.it', footer=FOOT_IT),
        'alt', 'utf-8', 'base64', False)

o = oid('406')
genuine('it', 'amazon.it', 'customer_request', True, 'customer cancelled one item, "Motivo: annullato dal cliente"; text QP',
        'auto-confirm', 'Annullamento confermato di "Sony WH-1000XM5 Cuffie Wireless..." dal tuo ordine Amazon.it', 'luca.marino@alice.it',
        None, 'text', 'utf-8', 'quoted-printable', True,
        plain_only_text='''Amazon.it                                   I miei ordini | Il mio account
______________________________________________________________________

Annullamento confermato
Ordine n. %s

Gentile Luca Marino,

come da te richiesto, abbiamo annullato l'articolo seguente dal tuo ordine.

Articoli annullati
------------------
Sony WH-1000XM5 Cuffie Wireless con Noise Cancelling, nero
Quantità: 1
Motivo dell'annullamento: Annullato dal cliente

Non ti verrà addebitato alcun importo per questo articolo. Gli altri
articoli dell'ordine, se presenti, verranno spediti come previsto.

Puoi visualizzare l'ordine in I miei ordini:
https://www.amazon.it/gp/css/order-history?ref_=pe_it_cancel

Speriamo di rivederti presto.
Amazon.it

______________________________________________________________________
Non condividere mai la tua password o codici di verifica. Amazon non ti
chiederà mai di farlo via e-mail, telefono o SMS.
Ulteriori informazioni sui messaggi sospetti:
https://www.amazon.it/gp/help/customer/display.html?nodeId=201909130
Questa e-mail è stata inviata da un indirizzo di sola notifica che non
accetta e-mail in arrivo. Non rispondere a questo messaggio.
''' % o)

o = oid('404')
genuine('it', 'amazon.it', 'unknown', True, 'cancelled because address cannot be served (PO box/fermoposta) - reason outside the four',
        'order-update', 'Articolo annullato dal tuo ordine Amazon.it #%s' % o, 'sara.galli@virgilio.it',
        dict(title='Articolo annullato', oid=o, greet='Gentile Sara Galli,',
             paras=['abbiamo annullato l\'articolo seguente del tuo ordine perché non possiamo spedirlo all\'indirizzo di consegna selezionato. Le spedizioni di questo articolo non sono disponibili verso caselle postali e indirizzi in fermoposta.',
                    'Non ti è stato addebitato alcun importo. Se desideri ancora l\'articolo, puoi effettuare un nuovo ordine con un indirizzo di consegna diverso.'],
             items_head='Articoli annullati',
             items=[('Ferrino Tenda Lightent 2 Pro, 2 posti', 'Quantità: 1 · Venduto da Amazon EU S.à r.l.', 'EUR 289,00')],
             after=['Gestisci i tuoi indirizzi: https://www.amazon.it/a/addresses'],
             closing='Grazie per aver scelto Amazon.it.', sign='Amazon.it', footer=FOOT_IT),
        'alt', 'utf-8', '8bit', False)

def other(kind, lang, cause, sr, note, frm, to, subject, fmt, text=None, html_=None, charset='utf-8', cte='quoted-printable',
          tz=1, pre=(), extra=(), reply_to=None, msgid_domain=None, hcharset=None, cte_text=None):
    add(kind=kind, lang=lang, cause=cause, sr=sr, mp=None, note=note, frm=frm, to=to, subject=subject,
        reply_to=reply_to, date=rdate(tz), msgid='<%d.%d.%d@%s>' % (rnd.randrange(10**11, 10**12), rnd.randrange(1000, 60000), rnd.randrange(10**18, 10**19), msgid_domain or frm[1].split('@')[1]),
        pre=list(pre), extra=list(extra), fmt=fmt, charset=charset, cte=cte, cte_text=cte_text or cte,
        hcharset=hcharset or ('utf-8' if charset in ('utf-8', 'us-ascii') else charset), text=text, html=html_)

def phish_auth(domain, ok=False):
    if ok:
        return ('mx.google.com; dkim=pass header.i=@%s header.d=%s header.s=default; spf=pass smtp.mailfrom=%s; '
                'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s' % (domain, domain, domain, domain))
    return ('mx.google.com; dkim=none; spf=softfail (google.com: domain of transitioning bounce@%s does not designate '
            '185.234.72.19 as permitted sender) smtp.mailfrom=%s; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s' % (domain, domain, domain))

# ---------------------------------------------------------------- IT non-notices
o = oid('403')
t = '''Ciao Giulia,

il tuo ordine n. MW-2024-8812743 è stato annullato.

Purtroppo il prodotto ordinato non è più disponibile nel nostro magazzino
centrale e non possiamo garantirne la consegna:

  Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, grigio     1 x 449,00 €

Hai pagato con Amazon Pay: l'importo di 449,00 € sarà sbloccato sul metodo
di pagamento collegato al tuo account Amazon entro 3-5 giorni lavorativi.
Non è necessaria alcuna azione da parte tua.

Stai cercando un'alternativa? Scopri i tablet disponibili con consegna in
24 ore: https://www.mediaworld.it/it/category/tablet-350.html

Il team MediaWorld
MediaWorld - Mediamarket S.p.a. con socio unico, Via Furlanelli 69,
20843 Verano Brianza (MB) - P.IVA 02630120166
'''
other('non_notice', 'it', None, False, 'MediaWorld genuine cancellation, paid with Amazon Pay',
      ('MediaWorld', 'noreply@info.mediaworld.it'), 'giulia.conti@libero.it', 'Il tuo ordine MW-2024-8812743 è stato annullato',
      'alt', text=t, html_=simple_html(t.split('\n\n')), cte='quoted-printable', tz=1)

t = '''Ciao Paolo,

ti volevo solo dire che alla fine ho annullato l'ordine su Amazon per il
regalo di Chiara: il trapano che avevamo scelto arrivava dopo il 20 e non
faceva in tempo. Mi hanno già confermato l'annullamento, nessun addebito.

Passo sabato da Brico e lo prendo lì, così dividiamo come d'accordo (40 a
testa). Se hai un'idea migliore scrivimi entro venerdì.

Un abbraccio,
Stefano

--
Inviato da Libero Mail per Android
'''
other('non_notice', 'it', None, False, 'friend says he cancelled his Amazon order',
      ('Stefano Ricci', 'stefano.ricci81@libero.it'), 'paolo.deluca@gmail.com', 'Regalo Chiara - ordine Amazon annullato',
      'text', text=t, cte='8bit', tz=1)

t_paras = ['Newsletter n. 47 – Sicurezza digitale per tutti',
           'Attenzione alle false e-mail di annullamento ordine',
           'In queste settimane circola una nuova ondata di e-mail truffa che imitano le notifiche di Amazon. L\'oggetto più diffuso è "Il tuo ordine Amazon.it #%s è stato annullato" oppure "Problema con il tuo pagamento – ordine annullato". Il messaggio invita a chiamare un numero di telefono o a cliccare su un link per "ottenere il rimborso".' % o,
           'Come riconoscerle: il mittente non termina con @amazon.it, il numero d\'ordine non compare in I miei ordini, il testo mette fretta ("entro 24 ore"). Amazon non chiede mai password o dati della carta via e-mail.',
           'Cosa fare: non cliccare, apri l\'app o digita amazon.it a mano e controlla I miei ordini. Puoi inoltrare il messaggio a stop-spoofing@amazon.it e poi cancellarlo.',
           'Leggi l\'articolo completo: https://www.sicurezzafacile.it/blog/finti-annullamenti-amazon',
           'Ricevi questa newsletter perché ti sei iscritto su sicurezzafacile.it. Disiscriviti: https://www.sicurezzafacile.it/newsletter/unsubscribe?u=88213']
other('non_notice', 'it', None, False, 'security newsletter about fake Amazon cancellation mails, quotes phishing subject',
      ('Sicurezza Facile', 'newsletter@sicurezzafacile.it'), 'luca.marino@alice.it',
      'Truffe: le false e-mail "ordine Amazon annullato" – newsletter n. 47', 'alt',
      text='\n\n'.join(t_paras) + '\n', html_=simple_html(t_paras), cte='base64', tz=1,
      extra=[('List-Unsubscribe', '<https://www.sicurezzafacile.it/newsletter/unsubscribe?u=88213>')])

genuine('it', 'amazon.it', None, False, 'Prime membership cancelled (subscription, not an order)',
        'digital-no-reply', 'Conferma: la tua iscrizione ad Amazon Prime è stata annullata', 'marco.bianchi74@tiscali.it',
        dict(title='Iscrizione Prime annullata', greet='Gentile Marco Bianchi,',
             paras=['ti confermiamo che la tua iscrizione ad Amazon Prime è stata annullata come da te richiesto. Potrai continuare a usufruire dei vantaggi Prime fino al 14 marzo 2025; dopo tale data l\'iscrizione non verrà rinnovata e non ti verrà addebitata la quota di EUR 49,90.',
                    'Hai cambiato idea? Puoi riattivare Prime in qualsiasi momento: https://www.amazon.it/gp/primecentral'],
             closing='Grazie per essere stato un cliente Prime.', sign='Amazon Prime', footer=FOOT_IT),
        'alt', 'utf-8', 'quoted-printable', True, kind='non_notice', sender_name='Amazon Prime')

o = oid('305')
genuine('it', 'amazon.it', None, False, 'delivery appointment for bulky item cancelled and rebooked, order still active',
        'order-update', 'Il tuo appuntamento di consegna è stato annullato – scegli una nuova data', 'sara.galli@virgilio.it',
        dict(title='Appuntamento di consegna annullato', oid=o, greet='Gentile Sara Galli,',
             paras=['il corriere incaricato della consegna su appuntamento ci ha comunicato che non potrà effettuare la consegna nella fascia oraria che avevi scelto (giovedì 9:00-13:00). L\'appuntamento è stato quindi annullato.',
                    'Il tuo ordine resta attivo e non è stato annullato. Scegli una nuova data di consegna qui: https://www.amazon.it/gp/your-account/ship-track?orderId=%s' % o],
             items_head='Articoli in consegna',
             items=[('Samsung frigorifero combinato RB34C600ESA, 344 L', 'Quantità: 1 · Consegna al piano', 'EUR 649,00')],
             closing='Cordiali saluti,', sign='Amazon.it', footer=FOOT_IT),
        'html', 'utf-8', 'quoted-printable', False, kind='non_notice')

o = oid('407')
genuine('it', 'amazon.it', None, False, 'payment reminder before cancellation: update payment or order will be cancelled',
        'payments-messages', 'Azione richiesta: aggiorna il metodo di pagamento per l\'ordine %s' % o, 'f.russo@gmail.com',
        dict(title='Problema con il pagamento', oid=o, greet='Gentile cliente,',
             paras=['la banca emittente ha rifiutato il pagamento per il tuo ordine. Per evitare ritardi, aggiorna il metodo di pagamento entro il 18 febbraio. Se non riceveremo un metodo di pagamento valido entro tale data, l\'ordine verrà annullato.',
                    'Vai a I miei ordini, seleziona l\'ordine e clicca su "Modifica metodo di pagamento": https://www.amazon.it/gp/css/order-history',
                    'Per la tua sicurezza, non rispondere a questa e-mail con i dati della carta.'],
             items_head='Articoli in attesa di pagamento',
             items=[('Garmin Forerunner 265, nero', 'Quantità: 1', 'EUR 349,99')],
             closing='Grazie,', sign='Amazon.it', footer=FOOT_IT),
        'alt', 'utf-8', 'base64', True, kind='non_notice')

# ---------------------------------------------------------------- IT lookalikes
t = '''Gentile Cliente Amazon,

Il tuo ordine #IT-88213 (Apple iPhone 15 Pro 256GB Titanio naturale - 1.329,00 €)
è stato ANNULLATO su tua richiesta.

Il rimborso sara elaborato entro 24 ore sul metodo di pagamento.

Se NON hai richiesto tu l'annullamento o non riconosci questo acquisto,
chiama SUBITO il nostro Centro Rimborsi Amazon al numero:

     +39 02 9475 3318  (attivo 24/7, chiamata gratuita)

e comunica il codice pratica RMB-55710.

Grazie
Servizio Clienti Amazon
'''
other('lookalike', 'it', 'customer_request', True, 'callback phone scam from gmail, malformed order number',
      ('Amazon Servizio Clienti', 'amazon.assistenza.rimborsi@gmail.com'), 'giulia.conti@libero.it',
      'Il tuo ordine Amazon è stato annullato - Rif. IT-88213', 'text', text=t, cte='quoted-printable', tz=1,
      msgid_domain='mail.gmail.com')

o = oid('403')
d = dict(title='Account sospeso', oid=o, greet='Gentile cliente,',
         paras=['il tuo account Amazon è stato sospeso e il tuo ordine è stato annullato a causa di un accesso non autorizzato rilevato dal nostro sistema di sicurezza.',
                'Per riattivare il tuo account e ripristinare l\'ordine, usa questo codice di verifica: AMZ-7731-QX',
                'Inserisci il codice qui entro 24 ore: https://amazon-orders.help/it/verify?c=AMZ-7731-QX',
                'Se non completi la verifica, il tuo account verrà chiuso definitivamente.'],
         closing='Cordiali saluti,', sign='Team Amazon', footer=['© 2025 Amazon.com, Inc. o le sue affiliate.'])
other('lookalike', 'it', 'fraud_prevention', True, 'account suspended + order cancelled, use this code, amazon-orders.help',
      ('Amazon.it', 'no-reply@amazon-orders.help'), 'elena.ferri@outlook.it', 'Account sospeso - il tuo ordine è stato annullato',
      'alt', text=amazon_text('it', 'amazon.it', d), html_=amazon_html('it', 'amazon.it', d, base='https://amazon-orders.help/it'),
      cte='quoted-printable', tz=0, pre=[('Authentication-Results', phish_auth('amazon-orders.help'))])

t = '''Gentile cliente,

ti informiamo che il pagamento del tuo ultimo ordine non e andato a buon fine
e per questo l'ordine e stato annullato.

Per riattivare l'ordine e evitare il blocco dell'account rispondi a questa
e-mail indicando:

- Nome e cognome del titolare
- Numero della carta (16 cifre)
- Data di scadenza
- Codice CVV (3 cifre sul retro)
- Data di nascita

I tuoi dati saranno trattati in modo sicuro dal reparto Pagamenti.

Amazon Pagamenti
'''
other('lookalike', 'it', 'payment_issue', True, 'asks to reply with card details, outlook sender, yahoo reply-to, no order number',
      ('Amazon Pagamenti', 'pagamenti.amazon.it@outlook.com'), 'marco.bianchi74@tiscali.it',
      'Pagamento rifiutato - ordine annullato', 'text', text=t, cte='base64', tz=1,
      reply_to='amazon.rimborsi.ufficio@yahoo.com', msgid_domain='EUR03-AM5-obe.outbound.protection.outlook.com')

o = oid('171')
evil = 'http://amazon-it.account-restore.xyz/signin?ref=%s' % o
d = dict(title='Il tuo ordine è stato annullato', oid=o, greet='Gentile Sara Galli,',
         paras=['ci dispiace informarti che l\'articolo del tuo ordine non è più disponibile presso il venditore e l\'ordine è stato annullato.',
                'Per ricevere il rimborso di EUR 89,99 devi confermare il metodo di pagamento entro 48 ore accedendo a I miei ordini: https://www.amazon.it/gp/css/order-history',
                'Se non confermi, l\'importo resterà bloccato.'],
         items_head='Articoli annullati', items=[('Nintendo Switch OLED, bianco', 'Quantità: 1', 'EUR 89,99')],
         closing='Cordiali saluti,', sign='Amazon.it', footer=FOOT_IT)
hm = {'https://www.amazon.it/gp/css/order-history': evil}
for k in ('/gp/css/order-history', '/gp/css/homepage.html', '/', '/gp/r.html?U=home', '/gp/css/order-details?orderID=' + o):
    hm['https://www.amazon.it' + k] = evil
other('lookalike', 'it', 'inventory_shortage', True, 'polished copy of template, link text www.amazon.it but href to .xyz',
      ('Amazon.it', 'conferma-ordine@secure-amazn.it'), 'sara.galli@virgilio.it',
      'Il tuo ordine Amazon.it #%s è stato annullato' % o, 'alt',
      text=amazon_text('it', 'amazon.it', d).replace('https://www.amazon.it/gp/css/order-history', evil),
      html_=amazon_html('it', 'amazon.it', d, href_map=hm), cte='quoted-printable', cte_text='8bit', tz=0,
      pre=[('Authentication-Results', phish_auth('secure-amazn.it'))])

o = oid('404')
d = dict(title='Conferma richiesta', oid=o, greet='Gentile cliente,',
         paras=['non siamo riusciti ad autorizzare il pagamento del tuo ordine. Il tuo ordine verrà annullato entro 24 ore se non confermi i dati di pagamento.',
                'Conferma ora: https://ordini-clienti.com/amazon/it/pagamento?id=%s' % o],
         items_head='Riepilogo', items=[('Dyson V15 Detect Absolute', 'Quantità: 1', 'EUR 699,00')],
         closing='Grazie,', sign='Amazon', footer=['Amazon.it non ti chiederà mai la password via e-mail.'])
other('lookalike', 'it', 'payment_issue', True, 'Cyrillic homoglyph display name; will be cancelled unless you act',
      ('Аmаzоn.it', 'notifiche@ordini-clienti.com'), 'f.russo@gmail.com',
      'Azione richiesta: il tuo ordine verrà annullato', 'alt', text=amazon_text('it', 'amazon.it', d),
      html_=amazon_html('it', 'amazon.it', d, base='https://ordini-clienti.com/amazon/it'), cte='base64', tz=0)

t_paras = ['Gentile cliente,',
           'a causa di un errore di sistema durante l\'elaborazione, il tuo ordine n. 171-55821-0093 è stato annullato ma l\'importo è stato addebitato due volte sulla tua carta.',
           'Per ricevere il rimborso di 2 x 54,90 € compila il modulo di rimborso: https://amaz0n.it/rimborso/modulo',
           'Il modulo resta attivo per 48 ore.',
           'Servizio Clienti Amazon']
other('lookalike', 'it', 'technical_issue', True, 'look-alike domain amaz0n.it, malformed order number, system error refund lure',
      ('Amazon', 'ordini@amaz0n.it'), 'luca.marino@alice.it', 'Errore di sistema: ordine annullato e rimborso disponibile',
      'html', html_=simple_html(t_paras), cte='8bit', tz=2)

t = '''Amazon

Il tuo ordine è stato annullato.

Clicca qui per visualizzare i dettagli:
http://amazon.it.rimborso-clienti.top/ordine/dettagli

Amazon.it
'''
other('lookalike', 'it', 'unknown', False, 'crude, amazon.it.evil.tld sender, no order number, no reason',
      ('Amazon.it', 'servizio@amazon.it.rimborso-clienti.top'), 'paolo.deluca@gmail.com', 'Ordine annullato',
      'text', text=t, cte='quoted-printable', tz=0)

o = oid('302')
d = dict(title='Attività insolita rilevata', oid=o, greet='Gentile Elena Ferri,',
         paras=['abbiamo rilevato un\'attività insolita sul tuo account Amazon.it. Per la tua sicurezza abbiamo annullato l\'ordine indicato e limitato temporaneamente l\'accesso al tuo account.',
                'Per evitare la chiusura definitiva dell\'account, verifica la tua identità entro 48 ore: https://www.amazon.it/ap/signin?verify=1',
                'Dopo la verifica potrai effettuare di nuovo l\'ordine.'],
         items_head='Articoli annullati', items=[('Samsung Galaxy S24 Ultra 512 GB, Titanium Black', 'Quantità: 1', 'EUR 1.199,00')],
         closing='Cordiali saluti,', sign='Il team Sicurezza account di Amazon.it', footer=FOOT_IT)
hm = {'https://www.amazon.it/ap/signin?verify=1': 'https://amazon-sicurezza.com/it/ap/signin?session=8f21ac'}
other('lookalike', 'it', 'fraud_prevention', True, 'polished; Greek omicron in display name; dkim/dmarc pass for look-alike domain; deceptive link',
      ('Amazοn.it', 'account-update@amazon-sicurezza.com'), 'elena.ferri@outlook.it',
      'Il tuo ordine Amazon.it #%s è stato annullato' % o, 'alt', text=amazon_text('it', 'amazon.it', d),
      html_=amazon_html('it', 'amazon.it', d, href_map=hm, base='https://amazon-sicurezza.com/it'), cte='quoted-printable', tz=0,
      pre=[('Authentication-Results', phish_auth('amazon-sicurezza.com', ok=True))])

# ================================================================ POLISH (amazon.pl)
FOOT_PL = [
    'Amazon.pl nigdy nie poprosi Cię o podanie hasła, pełnego numeru karty ani innych danych osobowych w wiadomości e-mail, SMS-ie ani przez telefon. Nie klikaj linków w podejrzanych wiadomościach i zgłoś je: https://www.amazon.pl/gp/help/customer/display.html?nodeId=201909130',
    'Jeśli numer lub data ważności Twojej karty uległy zmianie, zaktualizuj je w sekcji Twoje konto: https://www.amazon.pl/cpe/yourpayments/wallet',
    'Pomoc i Obsługa klienta: https://www.amazon.pl/gp/help/customer/display.html',
    'Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.',
    '© 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.',
]

o = oid('405')
genuine('pl', 'amazon.pl', 'payment_issue', True, 'card expired, payment could not be authorised; text iso-8859-2 QP',
        'payments-messages', 'Twoje zamówienie Amazon.pl %s zostało anulowane' % o, 'katarzyna.nowak@wp.pl',
        None, 'text', 'iso-8859-2', 'quoted-printable', True,
        plain_only_text='''Amazon.pl
______________________________________________________________________

Zamówienie nr %s

Dzień dobry, Katarzyno,

nie udało się autoryzować płatności za Twoje zamówienie. Karta Mastercard
kończąca się cyframi 0193 wygasła, a w wyznaczonym terminie nie wybrano
innej metody płatności. Z tego powodu anulowaliśmy zamówienie.

Anulowane produkty:
  1 x Xiaomi Robot Vacuum S10+                       1 499,00 zł
  1 x Filtr HEPA do Xiaomi S10+ (2 szt.)                59,99 zł

Nie pobraliśmy żadnej opłaty. Jeśli nadal chcesz otrzymać te produkty,
złóż nowe zamówienie i wybierz aktualną metodę płatności.

Zarządzaj metodami płatności w sekcji Twoje konto > Twoje płatności:
https://www.amazon.pl/cpe/yourpayments/wallet

Z poważaniem
Amazon.pl

______________________________________________________________________
Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail o hasło ani pełne dane
karty. Jeśli otrzymasz podejrzaną wiadomość, zgłoś ją:
https://www.amazon.pl/gp/help/customer/display.html?nodeId=201909130
Ta wiadomość została wysłana z adresu, który nie obsługuje poczty
przychodzącej.
''' % o)

o = oid('406')
genuine('pl', 'amazon.pl', 'inventory_shortage', True, 'pre-order cannot be filled, publisher will not deliver; alt base64',
        'order-update', 'Anulowano zamówienie przedpremierowe Amazon.pl #%s' % o, 'tomasz.wisniewski@onet.pl',
        dict(title='Zamówienie przedpremierowe anulowane', oid=o, greet='Dzień dobry, Tomaszu,',
             paras=['z przykrością informujemy, że nie możemy zrealizować Twojego zamówienia przedpremierowego. Wydawca poinformował nas, że nie dostarczy nam tego wydania, a produkt nie jest dostępny u innych dostawców.',
                    'Zamówienie zostało anulowane i nie pobrano żadnej opłaty.'],
             items_head='Anulowane produkty',
             items=[('Wiedźmin: Rozdroże kruków – edycja kolekcjonerska (twarda oprawa)', 'Ilość: 1 · Sprzedawca: Amazon EU S.à r.l.', '189,90 zł')],
             after=['Inne wydania możesz znaleźć tutaj: https://www.amazon.pl/s?k=wiedzmin+rozdroze+krukow',
                    'Przepraszamy za niedogodności.'],
             closing='Pozdrawiamy', sign='Obsługa klienta Amazon.pl', footer=FOOT_PL),
        'alt', 'utf-8', 'base64', False)

o = oid('403')
genuine('pl', 'amazon.pl', 'technical_issue', True, 'system error while processing order; HTML-only QP',
        'order-update', 'Twoje zamówienie Amazon.pl #%s zostało anulowane' % o, 'm.kowalczyk@interia.pl',
        dict(title='Zamówienie anulowane', oid=o, greet='Dzień dobry,',
             paras=['podczas przetwarzania Twojego zamówienia wystąpił błąd systemu, przez który nie mogliśmy go prawidłowo zrealizować. Z tego powodu zamówienie zostało anulowane.',
                    'Nie obciążyliśmy Twojej karty. Jeśli na wyciągu widnieje tymczasowa blokada środków, zostanie ona zwolniona przez bank w ciągu kilku dni roboczych.'],
             items_head='Anulowane produkty',
             items=[('Philips Airfryer XXL HD9650/90', 'Ilość: 1', '729,00 zł'),
                    ('Tefal Ingenio zestaw patelni 3 szt.', 'Ilość: 1', '249,99 zł')],
             after=['Możesz złożyć zamówienie ponownie: https://www.amazon.pl/gp/css/order-history',
                    'Przepraszamy za utrudnienia.'],
             closing='Pozdrawiamy', sign='Amazon.pl', footer=FOOT_PL),
        'html', 'utf-8', 'quoted-printable', True)

o = oid('171')
genuine('pl', 'amazon.pl', 'customer_request', True, 'successful cancellation requested by customer; alt iso-8859-2',
        'auto-confirm', 'Pomyślne anulowanie produktu „Logitech MX Master 3S...” z zamówienia Amazon.pl', 'anna.zielinska@gmail.com',
        dict(title='Anulowanie potwierdzone', oid=o, greet='Dzień dobry, Anno,',
             paras=['zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z Twojego zamówienia.',
                    'Powód anulowania: anulowane przez klienta'],
             items_head='Anulowane produkty',
             items=[('Logitech MX Master 3S, mysz bezprzewodowa, grafitowa', 'Ilość: 1', '449,00 zł')],
             after=['Nie pobierzemy opłaty za ten produkt. Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem.',
                    'Szczegóły zamówienia: https://www.amazon.pl/gp/css/order-history'],
             closing='Do zobaczenia wkrótce!', sign='Amazon.pl', footer=FOOT_PL),
        'alt', 'iso-8859-2', 'quoted-printable', False)
SPECS[-1]['hcharset'] = 'iso-8859-2'
SPECS[-1]['html'] = SPECS[-1]['html'].replace('charset=UTF-8', 'charset=iso-8859-2')
SPECS[-1]['subject'] = SPECS[-1]['subject'].replace('„', '"').replace('”', '"')

o = oid('028')
genuine('pl', 'amazon.pl', 'fraud_prevention', True, 'order flagged for security review, verification not completed; text 8bit',
        'cs-reply', 'Informacje o Twoim zamówieniu Amazon.pl', 'piotr.lewandowski@o2.pl',
        None, 'text', 'utf-8', '8bit', True,
        plain_only_text='''Dzień dobry, Piotrze,

Twoje zamówienie %s zostało oznaczone do weryfikacji
bezpieczeństwa. Poprosiliśmy o potwierdzenie informacji o płatności
w sekcji Twoje konto, ale nie otrzymaliśmy ich w wymaganym czasie.
W celu ochrony Ciebie i Twojej karty anulowaliśmy to zamówienie.

Anulowane produkty:
Apple iPad Air 11" (M2) 256 GB Wi-Fi, gwiezdna szarość – 1 szt. – 3 799,00 zł

Nie pobraliśmy żadnej opłaty. Aby sprawdzić stan konta, zaloguj się,
wpisując www.amazon.pl bezpośrednio w przeglądarce, lub użyj aplikacji
Amazon Shopping. Nie wysyłaj nam danych karty e-mailem.

Dziękujemy za wyrozumiałość.

Zespół ds. bezpieczeństwa kont
Amazon.pl

--
Amazon.pl nigdy nie prosi o hasło ani kody weryfikacyjne. Więcej o
rozpoznawaniu podejrzanych wiadomości:
https://www.amazon.pl/gp/help/customer/display.html?nodeId=201909130
''' % o)

o = oid('404')
genuine('pl', 'amazon.pl', 'unknown', False, 'cancellation without any reason given; alt base64',
        'order-update', 'Twoje zamówienie Amazon.pl #%s zostało anulowane' % o, 'ewa.wojcik@gazeta.pl',
        dict(title='Zamówienie anulowane', oid=o, greet='Dzień dobry, Ewo,',
             paras=['z przykrością informujemy, że Twoje zamówienie zostało anulowane.',
                    'Nie pobraliśmy żadnej opłaty za anulowane produkty.'],
             items_head='Anulowane produkty',
             items=[('Hama uchwyt ścienny do TV 32-65", uchylny', 'Ilość: 1', '159,00 zł')],
             after=['Jeśli masz pytania, odwiedź Pomoc: https://www.amazon.pl/gp/help/customer/display.html'],
             closing='Pozdrawiamy', sign='Amazon.pl', footer=FOOT_PL),
        'alt', 'utf-8', 'base64', False)

# ---------------------------------------------------------------- PL non-notices
t = '''Dzień dobry,

Twoje zamówienie nr 2004518827 zostało anulowane.

Niestety produkt nie jest już dostępny w naszym magazynie:
  Apple AirPods 4 z ANC                      1 szt.     749,00 zł

Pieniądze zwrócimy na rachunek, z którego dokonano płatności, w ciągu
3 dni roboczych.

Znalazłeś ten sam produkt taniej, np. na Amazon.pl? Skorzystaj z naszej
gwarancji najniższej ceny: https://mediamarkt.pl/gwarancja-najnizszej-ceny

Pozdrawiamy
Zespół MediaMarkt
Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa
'''
other('non_notice', 'pl', None, False, 'MediaMarkt.pl genuine cancellation mentioning Amazon.pl price match',
      ('MediaMarkt', 'no-reply@mediamarkt.pl'), 'tomasz.wisniewski@onet.pl', 'Anulowanie zamówienia nr 2004518827',
      'alt', text=t, html_=simple_html(t.split('\n\n')), charset='iso-8859-2', cte='quoted-printable', tz=1)
SPECS[-1]['html'] = SPECS[-1]['html'].replace('charset=utf-8', 'charset=iso-8859-2')

t = '''Cześć Marta,

anulowałam zamówienie na Amazonie z tymi słuchawkami do sali
konferencyjnej - dostawa przesunęła się na przyszły miesiąc, a potrzebujemy
ich na szkolenie w czwartek. Kupię je jutro w sklepie i wrzucę fakturę do
systemu, żeby księgowość nie szukała zwrotu.

Daj znać, czy kamerę też mam wziąć.

Pozdrawiam
Agnieszka Kamińska
Specjalista ds. administracji
Nordtech Sp. z o.o. | tel. 605 118 402
'''
other('non_notice', 'pl', None, False, 'colleague writes she cancelled her Amazon order',
      ('Agnieszka Kamińska', 'a.kaminska@nordtech.com.pl'), 'm.kowalczyk@nordtech.com.pl', 'RE: słuchawki do sali konferencyjnej',
      'text', text=t, charset='iso-8859-2', cte='8bit', tz=1,
      extra=[('In-Reply-To', '<e7a1b2c3d4@nordtech.com.pl>')])

o = oid('406')
paras = ['Tygodnik Bezpieczeństwa #112',
         'Fałszywe powiadomienia o anulowaniu zamówienia',
         'Przestępcy znów rozsyłają wiadomości podszywające się pod Amazon. Temat brzmi zwykle: "Twoje zamówienie Amazon.pl #%s zostało anulowane" albo "Płatność odrzucona – zamówienie anulowane". W treści znajduje się link do strony wyłudzającej dane logowania lub numer telefonu "działu zwrotów".' % o,
         'Na co zwrócić uwagę: adres nadawcy (np. amazon-orders.help, arnazon.pl), poczucie pilności, prośba o dane karty. Prawdziwy status zamówienia sprawdzisz wyłącznie w aplikacji lub po wpisaniu amazon.pl w przeglądarce.',
         'Podejrzane wiadomości zgłaszaj do CERT Polska: https://incydent.cert.pl',
         'Czytaj więcej: https://www.bezpiecznyportfel.pl/artykuly/falszywe-anulowanie-amazon',
         'Otrzymujesz ten newsletter, ponieważ zapisałeś się na bezpiecznyportfel.pl. Wypisz się: https://www.bezpiecznyportfel.pl/newsletter/wypisz']
other('non_notice', 'pl', None, False, 'security newsletter quoting a fake Amazon cancellation subject',
      ('Bezpieczny Portfel', 'newsletter@bezpiecznyportfel.pl'), 'ewa.wojcik@gazeta.pl',
      'Uwaga na fałszywe maile "zamówienie Amazon anulowane"', 'alt', text='\n\n'.join(paras) + '\n',
      html_=simple_html(paras), cte='base64', tz=1,
      extra=[('List-Unsubscribe', '<https://www.bezpiecznyportfel.pl/newsletter/wypisz>')])

genuine('pl', 'amazon.pl', None, False, 'Kindle Unlimited subscription cancelled',
        'digital-no-reply', 'Twoja subskrypcja Kindle Unlimited została anulowana', 'anna.zielinska@gmail.com',
        dict(title='Subskrypcja anulowana', greet='Dzień dobry, Anno,',
             paras=['potwierdzamy anulowanie Twojej subskrypcji Kindle Unlimited. Z subskrypcji możesz korzystać do końca bieżącego okresu rozliczeniowego, czyli do 2 kwietnia 2025. Po tej dacie wypożyczone książki zostaną zwrócone z Twoich urządzeń.',
                    'Chcesz wrócić? Odnów subskrypcję w dowolnym momencie: https://www.amazon.pl/kindle-dbs/ku/ku-central'],
             closing='Miłej lektury!', sign='Zespół Kindle', footer=FOOT_PL),
        'alt', 'utf-8', 'quoted-printable', True, kind='non_notice', sender_name='Amazon Kindle')

o = oid('302')
genuine('pl', 'amazon.pl', None, False, 'courier pickup appointment for a return was cancelled; order not cancelled',
        'return@', 'Odbiór zwrotu przez kuriera został anulowany', 'piotr.lewandowski@o2.pl',
        dict(title='Odbiór kurierski anulowany', oid=o, greet='Dzień dobry, Piotrze,',
             paras=['kurier nie mógł odebrać przesyłki zwrotnej w wybranym terminie (wtorek, 10:00–14:00), dlatego zaplanowany odbiór został anulowany.',
                    'Twój zwrot jest nadal aktywny. Wybierz nowy termin odbioru lub nadaj paczkę w punkcie: https://www.amazon.pl/returns/cart'],
             items_head='Produkty do zwrotu',
             items=[('Buty trekkingowe Salomon X Ultra 4 GTX, rozmiar 43', 'Ilość: 1', '699,00 zł')],
             closing='Pozdrawiamy', sign='Amazon.pl', footer=FOOT_PL),
        'html', 'utf-8', 'base64', False, kind='non_notice')
SPECS[-1]['frm'] = ('Amazon.pl', 'return@amazon.pl')

o = oid('405')
genuine('pl', 'amazon.pl', None, False, 'payment reminder: update payment method or order will be cancelled',
        'payments-messages', 'Zaktualizuj metodę płatności dla zamówienia %s' % o, 'katarzyna.nowak@wp.pl',
        dict(title='Wymagana aktualizacja płatności', oid=o, greet='Dzień dobry, Katarzyno,',
             paras=['bank odrzucił płatność za Twoje zamówienie. Zaktualizuj metodę płatności do 21 stycznia. Jeśli nie otrzymamy ważnej metody płatności do tego dnia, Twoje zamówienie zostanie anulowane.',
                    'Przejdź do sekcji Twoje zamówienia i wybierz „Zmień metodę płatności”: https://www.amazon.pl/gp/css/order-history',
                    'Ze względów bezpieczeństwa nie odpowiadaj na tę wiadomość, podając dane karty.'],
             items_head='Produkty oczekujące na płatność',
             items=[('Bosch Serie 4 zmywarka SMS4HVI33E', 'Ilość: 1', '2 149,00 zł')],
             closing='Dziękujemy', sign='Amazon.pl', footer=FOOT_PL),
        'alt', 'utf-8', 'quoted-printable', True, kind='non_notice')

# ---------------------------------------------------------------- PL lookalikes
t = '''Szanowny Kliencie,

Twoje zamówienie #4032 na kwotę 2 899,00 zł (Samsung Galaxy S24) zostało
anulowane z powodu podejrzanej aktywności na koncie.

Jeśli to nie Ty składałeś zamówienie, natychmiast zadzwoń do działu
bezpieczeństwa Amazon:

    +48 22 307 41 88  (czynne całą dobę)

Konsultant pomoże zabezpieczyć środki na Twoim rachunku.

Obsługa Klienta Amazon.pl
'''
other('lookalike', 'pl', 'fraud_prevention', True, 'callback number, outlook sender, malformed order number',
      ('Amazon.pl Obsługa', 'amazon.pl.pomoc@outlook.com'), 'katarzyna.nowak@wp.pl',
      'Zamówienie anulowane - podejrzana aktywność', 'text', text=t, charset='iso-8859-2', cte='quoted-printable', tz=1,
      msgid_domain='PR3P189MB0912.EURP189.PROD.OUTLOOK.COM')

o = oid('403')
d = dict(title='Konto zawieszone', oid=o, greet='Drogi Kliencie,',
         paras=['Twoje konto Amazon zostało zawieszone, a Twoje zamówienie anulowane z powodu nieudanej weryfikacji bezpieczeństwa.',
                'Aby odblokować konto, użyj kodu: AMZ-55012',
                'Wpisz kod na stronie: https://amazon-orders.help/pl/odblokuj',
                'Kod wygasa po 12 godzinach.'],
         closing='Z poważaniem', sign='Zespół Amazon', footer=['© 2025 Amazon.com, Inc.'])
other('lookalike', 'pl', 'fraud_prevention', True, 'account suspended + order cancelled + code, amazon-orders.help',
      ('Amazon', 'security@amazon-orders.help'), 'tomasz.wisniewski@onet.pl', 'Twoje konto zostało zawieszone - zamówienie anulowane',
      'alt', text=amazon_text('pl', 'amazon.pl', d), html_=amazon_html('pl', 'amazon.pl', d, base='https://amazon-orders.help/pl'),
      cte='base64', tz=0, pre=[('Authentication-Results', phish_auth('amazon-orders.help'))])

t = '''Witam,

płatność za Pana/Pani zamówienie w Amazon została odrzucona i zamówienie
zostało anulowane.

Żeby przywrócić zamówienie prosze odpisać na tego maila i podać:
imię i nazwisko, numer karty, datę ważności oraz kod CVV.

Zamówienie zostanie przywrócone w ciągu 1 godziny.

Dział Płatności Amazon
'''
other('lookalike', 'pl', 'payment_issue', True, 'reply with card details, yahoo sender, no order number',
      ('Amazon Płatności', 'amazonplatnosci.pl@yahoo.com'), 'piotr.lewandowski@o2.pl', 'Płatność odrzucona - zamówienie anulowane',
      'text', text=t, cte='8bit', tz=1, msgid_domain='mail.yahoo.com')

o = oid('171')
evil = 'https://amazon.pl.zwrot-srodkow.com/logowanie?o=%s' % o
d = dict(title='Zamówienie anulowane', oid=o, greet='Dzień dobry, Anno,',
         paras=['z przykrością informujemy, że produkt z Twojego zamówienia jest niedostępny i zamówienie zostało anulowane.',
                'Aby otrzymać zwrot 1 249,00 zł, potwierdź dane w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history',
                'Zwrot zostanie zrealizowany po potwierdzeniu danych karty.'],
         items_head='Anulowane produkty', items=[('Sony PlayStation 5 Slim Digital', 'Ilość: 1', '1 249,00 zł')],
         closing='Pozdrawiamy', sign='Amazon.pl', footer=FOOT_PL)
hm = {'https://www.amazon.pl' + k: evil for k in ('/gp/css/order-history', '/gp/css/homepage.html', '/', '/gp/r.html?U=home', '/gp/css/order-details?orderID=' + o)}
other('lookalike', 'pl', 'inventory_shortage', True, 'polished template, link text www.amazon.pl, href to zwrot-srodkow.com',
      ('Amazon.pl', 'zamowienia@amazon-pl-zwroty.com'), 'anna.zielinska@gmail.com',
      'Twoje zamówienie Amazon.pl #%s zostało anulowane' % o, 'alt',
      text=amazon_text('pl', 'amazon.pl', d).replace('https://www.amazon.pl/gp/css/order-history', evil),
      html_=amazon_html('pl', 'amazon.pl', d, href_map=hm), cte='quoted-printable', tz=0)

o = oid('404')
d = dict(title='Wymagane działanie', oid=o, greet='Drogi Kliencie,',
         paras=['nie udało się pobrać płatności za Twoje zamówienie. Zamówienie zostanie anulowane w ciągu 12 godzin, jeśli nie zaktualizujesz danych płatności.',
                'Zaktualizuj teraz: https://powiadomienia-sklep.pl/amazon/platnosc?id=%s' % o],
         items_head='Podsumowanie', items=[('Lenovo IdeaPad Slim 5 16" Ryzen 7', 'Ilość: 1', '3 299,00 zł')],
         closing='Dziękujemy', sign='Amazon', footer=['Amazon.pl nigdy nie prosi o hasło w wiadomości e-mail.'])
other('lookalike', 'pl', 'payment_issue', True, 'Cyrillic A in display name; will be cancelled unless you update payment; iso-8859-2',
      ('Аmazon.pl', 'no-reply@powiadomienia-sklep.pl'), 'ewa.wojcik@gazeta.pl', 'Zamówienie zostanie anulowane - zaktualizuj płatność',
      'alt', text=amazon_text('pl', 'amazon.pl', d), html_=amazon_html('pl', 'amazon.pl', d, base='https://powiadomienia-sklep.pl/amazon').replace('charset=UTF-8', 'charset=iso-8859-2'),
      charset='iso-8859-2', hcharset='utf-8', cte='quoted-printable', tz=0)

paras = ['Szanowny Kliencie,',
         'z powodu błędu cenowego w naszym systemie Twoje zamówienie Nr zamówienia: 402-8812-11 zostało anulowane.',
         'Środki zostały zablokowane na Twojej karcie. Aby otrzymać zwrot, potwierdź dane karty w formularzu: https://arnazon.pl/zwrot/formularz',
         'Amazon.pl – Dział Rozliczeń']
other('lookalike', 'pl', 'technical_issue', True, 'look-alike domain arnazon.pl (rn for m), malformed order number, pricing-error refund lure',
      ('Amazon.pl', 'zamowienia@arnazon.pl'), 'm.kowalczyk@interia.pl', 'Błąd cenowy - zamówienie anulowane, odbierz zwrot',
      'html', html_=simple_html(paras), cte='base64', tz=1)

t = '''TWOJE ZAMOWIENIE ZOSTALO ANULOWANE !!!

kliknij tutaj aby zobaczyc szczegoly i odzyskac pieniadze:
http://bit.ly/amz-pl-zwrot

Amazon
'''
other('lookalike', 'pl', 'unknown', False, 'crude gmail sender, no order number, no reason, 7bit',
      ('Amazon', 'amazon.zamowienia2024@gmail.com'), 'katarzyna.nowak@wp.pl', 'ZAMOWIENIE ANULOWANE',
      'text', text=t, charset='us-ascii', cte='7bit', tz=1, msgid_domain='mail.gmail.com')

o = oid('305')
evil = 'https://amazon.pl.account-verify.icu/ap/cancel-request?o=%s' % o
d = dict(title='Anulowanie potwierdzone', oid=o, greet='Dzień dobry,',
         paras=['zgodnie z Twoją prośbą anulowaliśmy Twoje zamówienie. Powód anulowania: anulowane przez klienta.',
                'Jeśli nie składałeś prośby o anulowanie, wycofaj ją w ciągu 24 godzin tutaj: https://www.amazon.pl/gp/css/order-history',
                'Po tym czasie anulowania nie będzie można cofnąć.'],
         items_head='Anulowane produkty', items=[('Apple MacBook Air 13" M3 8/256 GB', 'Ilość: 1', '5 299,00 zł')],
         closing='Pozdrawiamy', sign='Amazon.pl', footer=FOOT_PL)
hm = {'https://www.amazon.pl/gp/css/order-history': evil}
other('lookalike', 'pl', 'customer_request', True, 'amazon.pl.account-verify.icu sender with passing dkim/dmarc for that domain, deceptive link',
      ('Amazon.pl', 'auto-confirm@amazon.pl.account-verify.icu'), 'tomasz.wisniewski@onet.pl',
      'Pomyślne anulowanie zamówienia Amazon.pl #%s' % o, 'alt', text=amazon_text('pl', 'amazon.pl', d),
      html_=amazon_html('pl', 'amazon.pl', d, href_map=hm, base='https://amazon.pl.account-verify.icu'), cte='base64', tz=0,
      pre=[('Authentication-Results', phish_auth('amazon.pl.account-verify.icu', ok=True))])

# ================================================================ SWEDISH (amazon.se)
FOOT_SV = [
    'Amazon.se kommer aldrig att be dig uppge ditt lösenord, fullständiga kortuppgifter eller andra personuppgifter via e-post, sms eller telefon. Klicka inte på länkar i misstänkta meddelanden och rapportera dem: https://www.amazon.se/gp/help/customer/display.html?nodeId=201909130',
    'Om ditt kortnummer eller utgångsdatum har ändrats kan du uppdatera det under Ditt konto: https://www.amazon.se/cpe/yourpayments/wallet',
    'Hjälp och kundtjänst: https://www.amazon.se/gp/help/customer/display.html',
    'Detta e-postmeddelande skickades från en adress som inte kan ta emot e-post. Svara inte på detta meddelande.',
    '© 2025 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.',
]

o = oid('403')
genuine('sv', 'amazon.se', 'technical_issue', True, 'listing error (wrong product information on detail page); alt QP',
        'order-update', 'Din Amazon.se-beställning #%s har avbrutits' % o, 'anna.lindqvist@telia.com',
        dict(title='Beställningen har avbrutits', oid=o, greet='Hej Anna,',
             paras=['vi har tyvärr behövt avbryta din beställning eftersom produktsidan innehöll felaktig information: fel modell och fel färg angavs för artikeln nedan på grund av ett fel i produktlistningen.',
                    'Du har inte debiterats för beställningen. Vi har rättat produktsidan så att du kan beställa rätt artikel igen om du vill.'],
             items_head='Avbrutna artiklar',
             items=[('Philips Hue White and Colour Ambiance startpaket E27, 3-pack', 'Antal: 1 · Säljs av Amazon EU S.à r.l.', '1 290,00 kr')],
             after=['Se produkten: https://www.amazon.se/dp/B0BQ2K9F4S', 'Vi ber om ursäkt för besväret.'],
             closing='Vänliga hälsningar', sign='Amazon.se kundtjänst', footer=FOOT_SV),
        'alt', 'utf-8', 'quoted-printable', False)

o = oid('171')
genuine('sv', 'amazon.se', 'customer_request', True, 'customer cancelled, "Orsak: avbeställd av kunden"; text iso-8859-1 8bit',
        'auto-confirm', 'Artikeln har avbeställts: "Moccamaster KBG Select kaffebryggare..."', 'erik.johansson@gmail.com',
        None, 'text', 'iso-8859-1', '8bit', True,
        plain_only_text='''Amazon.se                               Dina beställningar | Ditt konto
______________________________________________________________________

Avbeställning bekräftad
Beställning nr %s

Hej Erik,

enligt din begäran har vi avbeställt följande artikel från din beställning.

Avbeställda artiklar
--------------------
Moccamaster KBG Select kaffebryggare, polerad silver
Antal: 1
Orsak till avbeställning: Avbeställd av kunden

Du debiteras inte för den här artikeln. Övriga artiklar i beställningen
skickas som planerat.

Visa beställningen under Dina beställningar:
https://www.amazon.se/gp/css/order-history

Vi hoppas att vi ses snart igen.
Amazon.se

______________________________________________________________________
Dela aldrig ditt lösenord eller dina verifieringskoder. Amazon ber dig
aldrig om dem via e-post, telefon eller sms. Läs mer om misstänkta
meddelanden: https://www.amazon.se/gp/help/customer/display.html?nodeId=201909130
Detta meddelande skickades från en adress som inte tar emot e-post.
''' % o)

o = oid('405')
genuine('sv', 'amazon.se', 'payment_issue', True, 'insufficient gift card balance, payment could not be completed; HTML-only base64',
        'payments-messages', 'Din Amazon.se-beställning #%s har avbrutits' % o, 'sofia.berg@hotmail.se',
        dict(title='Betalningen kunde inte genomföras', oid=o, greet='Hej Sofia,',
             paras=['vi kunde inte slutföra betalningen för din beställning eftersom saldot på ditt presentkort inte räckte till hela beloppet och ingen annan betalningsmetod var vald. Därför har beställningen avbrutits.',
                    'Ditt presentkortssaldo på 215,00 kr är oförändrat och inget belopp har dragits.'],
             items_head='Avbrutna artiklar',
             items=[('LEGO Star Wars 75367 Republikens attackkryssare', 'Antal: 1', '1 149,00 kr')],
             after=['Lägg till en betalningsmetod och beställ igen: https://www.amazon.se/cpe/yourpayments/wallet'],
             closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV),
        'html', 'utf-8', 'base64', True)

o = oid('406')
genuine('sv', 'amazon.se', 'inventory_shortage', True, 'marketplace seller could not fulfil the order; alt 8bit',
        'order-update', 'Artikel avbruten från din Amazon.se-beställning #%s' % o, 'lars.nilsson@bredband.net',
        dict(title='Artikel avbruten', oid=o, greet='Hej Lars,',
             paras=['säljaren Nordic Outdoor Store har meddelat oss att de inte kan leverera artikeln nedan eftersom den är slut i lager. Artikeln har därför avbrutits från din beställning.',
                    'Du debiteras inte för den avbrutna artikeln.'],
             items_head='Avbrutna artiklar',
             items=[('Fjällräven Kånken ryggsäck 16 l, Navy', 'Antal: 1 · Säljs av Nordic Outdoor Store', '899,00 kr')],
             after=['Hitta liknande produkter: https://www.amazon.se/s?k=fjallraven+kanken'],
             closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV),
        'alt', 'utf-8', '8bit', False)

o = oid('028')
genuine('sv', 'amazon.se', 'fraud_prevention', True, 'account locked for unusual activity, order cancelled; text QP',
        'cs-reply', 'Ditt Amazon.se-konto har spärrats tillfälligt', 'johanna.ek@outlook.com',
        None, 'text', 'utf-8', 'quoted-printable', False,
        plain_only_text='''Hej Johanna,

vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda
dig har vi tillfälligt spärrat kontot och avbrutit din pågående beställning
%s (Samsung Galaxy Watch7 44 mm, 3 495,00 kr).

Du har inte debiterats. För att låsa upp kontot, logga in genom att skriva
www.amazon.se direkt i webbläsaren eller öppna Amazon Shopping-appen och
följ instruktionerna för att verifiera din identitet. Skicka aldrig
kortuppgifter eller id-handlingar till oss via e-post.

Vänliga hälsningar
Kontosäkerhet, Amazon.se

--
Amazon ber dig aldrig om ditt lösenord via e-post. Läs mer om nätfiske:
https://www.amazon.se/gp/help/customer/display.html?nodeId=201909130
''' % o)

o = oid('404')
genuine('sv', 'amazon.se', 'unknown', False, 'bulk "Information från Amazon.se", cancellation with no reason; alt base64',
        'no-reply', 'Information från Amazon.se', 'karin.holm@spray.se',
        dict(title='Information om din beställning', oid=o, greet='Hej,',
             paras=['vi vill informera dig om att din beställning har avbrutits. Vi ber om ursäkt för eventuella besvär detta kan orsaka.',
                    'Inga pengar har dragits för den avbrutna beställningen.'],
             items_head='Avbrutna artiklar',
             items=[('Rusta trädgårdsslang 25 m med munstycke', 'Antal: 1', '349,00 kr'),
                    ('Gardena kopplingsset', 'Antal: 2', '178,00 kr')],
             closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV),
        'alt', 'utf-8', 'base64', True)

# ---------------------------------------------------------------- SV non-notices
t = '''Hej Erik,

din order 10288451732 har tyvärr avbrutits.

Artikeln nedan är inte längre tillgänglig i din storlek:
  Nike Air Max 90, vit/svart, stl 44        1 st     1 499 kr

Du betalade med Amazon Pay. Beloppet 1 499 kr släpps på betalmetoden i ditt
Amazon-konto inom 3-5 bankdagar. Du behöver inte göra något.

Hitta liknande stilar: https://www.zalando.se/herr-skor-sneakers/

Vänliga hälsningar
Zalando Kundservice
Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin
'''
other('non_notice', 'sv', None, False, 'Zalando genuine cancellation, paid with Amazon Pay',
      ('Zalando', 'info@service-mail.zalando.se'), 'erik.johansson@gmail.com', 'Din order 10288451732 har avbrutits',
      'alt', text=t, html_=simple_html(t.split('\n\n')), charset='iso-8859-1', cte='quoted-printable', tz=1)
SPECS[-1]['html'] = SPECS[-1]['html'].replace('charset=utf-8', 'charset=iso-8859-1')

t = '''Hej Sofia!

Jag avbeställde Amazon-ordern med barnvagnsregnskyddet igår kväll, det
stod att leveransen skulle dröja till mars. Hittade ett likadant på
Blocket för halva priset istället, så du behöver inte swisha mig något.

Ses på fredag!
Kram / Maja

Skickat från min iPhone
'''
other('non_notice', 'sv', None, False, 'friend writes she cancelled her Amazon order',
      ('Maja Sandberg', 'maja.sandberg@icloud.com'), 'sofia.berg@hotmail.se', 'Regnskyddet',
      'text', text=t, cte='8bit', tz=1)

o = oid('406')
paras = ['Säker på nätet – nyhetsbrev, vecka 9',
         'Falska mejl om avbrutna Amazon-beställningar',
         'Just nu skickas många bedrägliga mejl som utger sig för att komma från Amazon. Ämnesraden är ofta "Din Amazon.se-beställning #%s har avbrutits" eller "Betalningen misslyckades – din order avbröts". Mejlet uppmanar dig att ringa ett nummer eller logga in via en länk.' % o,
         'Så känner du igen dem: avsändaradressen slutar inte på @amazon.se, ordernumret finns inte under Dina beställningar och tonen är stressande. Amazon ber aldrig om lösenord eller kortuppgifter via e-post.',
         'Läs hela artikeln: https://www.sakerpanatet.se/artiklar/falska-amazon-mejl',
         'Du får detta nyhetsbrev eftersom du prenumererar på sakerpanatet.se. Avregistrera: https://www.sakerpanatet.se/avregistrera']
other('non_notice', 'sv', None, False, 'security newsletter quoting a fake Amazon cancellation subject',
      ('Säker på nätet', 'nyhetsbrev@sakerpanatet.se'), 'karin.holm@spray.se', 'Varning: falska mejl om avbrutna Amazon-beställningar',
      'alt', text='\n\n'.join(paras) + '\n', html_=simple_html(paras), cte='quoted-printable', tz=1,
      extra=[('List-Unsubscribe', '<https://www.sakerpanatet.se/avregistrera>')])

genuine('sv', 'amazon.se', None, False, 'Amazon Music Unlimited subscription cancelled',
        'digital-no-reply', 'Din Amazon Music Unlimited-prenumeration har sagts upp', 'lars.nilsson@bredband.net',
        dict(title='Prenumerationen har sagts upp', greet='Hej Lars,',
             paras=['vi bekräftar att din Amazon Music Unlimited-prenumeration har sagts upp. Du har tillgång till tjänsten till och med 30 april 2025, därefter förnyas den inte och du debiteras inte längre 109 kr per månad.',
                    'Ångrar du dig? Starta prenumerationen igen när som helst: https://www.amazon.se/music/unlimited'],
             closing='Tack för att du lyssnade med oss.', sign='Amazon Music', footer=FOOT_SV),
        'alt', 'utf-8', 'base64', True, kind='non_notice', sender_name='Amazon Music')

o = oid('302')
genuine('sv', 'amazon.se', None, False, 'delivery slot cancelled (weather), order still active, new slot',
        'shipment-tracking', 'Din leveranstid har ställts in – välj en ny tid', 'anna.lindqvist@telia.com',
        dict(title='Leveranstiden har ställts in', oid=o, greet='Hej Anna,',
             paras=['på grund av kraftigt snöfall i ditt område har den bokade leveranstiden tisdag 17:00–21:00 ställts in.',
                    'Din beställning är inte avbruten och paketet ligger kvar hos oss. Välj en ny leveranstid här: https://www.amazon.se/gp/your-account/ship-track?orderId=%s' % o],
             items_head='Artiklar i leveransen',
             items=[('iRobot Roomba Combo i5+', 'Antal: 1', '4 990,00 kr')],
             closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV),
        'html', 'utf-8', 'quoted-printable', False, kind='non_notice')

o = oid('407')
genuine('sv', 'amazon.se', None, False, 'payment reminder: update payment method or the order will be cancelled',
        'payments-update', 'Åtgärd krävs: uppdatera betalningsmetoden för beställning %s' % o, 'johanna.ek@outlook.com',
        dict(title='Problem med betalningen', oid=o, greet='Hej Johanna,',
             paras=['din bank nekade betalningen för din beställning. Uppdatera betalningsmetoden senast den 12 mars. Om vi inte har fått en giltig betalningsmetod till dess kommer beställningen att avbrytas.',
                    'Gå till Dina beställningar och välj "Ändra betalningsmetod": https://www.amazon.se/gp/css/order-history',
                    'Svara inte på detta mejl med dina kortuppgifter.'],
             items_head='Artiklar som väntar på betalning',
             items=[('Sonos Era 100, svart', 'Antal: 2', '5 598,00 kr')],
             closing='Tack!', sign='Amazon.se', footer=FOOT_SV),
        'alt', 'iso-8859-1', 'quoted-printable', False, kind='non_notice')
SPECS[-1]['hcharset'] = 'iso-8859-1'
SPECS[-1]['html'] = SPECS[-1]['html'].replace('charset=UTF-8', 'charset=iso-8859-1')

# ---------------------------------------------------------------- SV lookalikes
t = '''Hej,

Din beställning #SE-55-90231 (Apple iPad Pro 13" M4, 17 995 kr) har
avbrutits på din begäran.

Återbetalningen behandlas inom 24 timmar.

Om du INTE har begärt avbeställningen eller inte känner igen köpet, ring
omedelbart Amazons återbetalningsavdelning:

     +46 8 446 820 17  (öppet dygnet runt)

Uppge ärendenummer RF-20931.

Amazon Kundtjänst
'''
other('lookalike', 'sv', 'customer_request', True, 'callback phone scam, gmail sender, malformed order number',
      ('Amazon Kundtjänst', 'amazon.kundtjanst.se@gmail.com'), 'anna.lindqvist@telia.com',
      'Din Amazon-beställning har avbrutits', 'text', text=t, cte='8bit', tz=1, msgid_domain='mail.gmail.com')

o = oid('403')
d = dict(title='Kontot har stängts av', oid=o, greet='Bästa kund,',
         paras=['Ditt Amazon-konto har stängts av och din beställning har avbrutits eftersom vi upptäckt en obehörig inloggning.',
                'Använd koden SE-449-201 för att återaktivera kontot och återställa beställningen.',
                'Ange koden här inom 24 timmar: https://amazon-orders.help/se/aterstall',
                'Annars raderas kontot permanent.'],
         closing='Med vänliga hälsningar', sign='Amazon', footer=['© 2025 Amazon.com, Inc.'])
other('lookalike', 'sv', 'fraud_prevention', True, 'account suspended + order cancelled + code, amazon-orders.help',
      ('Amazon.se', 'kontot@amazon-orders.help'), 'erik.johansson@gmail.com', 'Ditt konto är avstängt - beställning avbruten',
      'alt', text=amazon_text('sv', 'amazon.se', d), html_=amazon_html('sv', 'amazon.se', d, base='https://amazon-orders.help/se'),
      cte='quoted-printable', tz=0, pre=[('Authentication-Results', phish_auth('amazon-orders.help'))])

t = '''Hej kära kund,

Din betalning kunde inte genomföras och din order har därför avbrutits.

För att återaktivera ordern, svara på detta mejl med följande:
- Fullständigt namn
- Kortnummer
- Utgångsdatum
- CVC-kod
- Personnummer

Dina uppgifter behandlas säkert av vår betalningsavdelning.

Amazon Betalningar
'''
other('lookalike', 'sv', 'payment_issue', True, 'reply with card details, hotmail sender, no order number, iso-8859-1',
      ('Amazon Betalningar', 'amazon.betalning@hotmail.com'), 'sofia.berg@hotmail.se', 'Betalning misslyckades - order avbruten',
      'text', text=t, charset='iso-8859-1', cte='quoted-printable', tz=1, reply_to='amazon.se.refund@outlook.com',
      msgid_domain='DB9P193MB1422.EURP193.PROD.OUTLOOK.COM')

o = oid('405')
evil = 'http://amazon-se-support.com.refund-portal.ru/se/login?o=%s' % o
d = dict(title='Beställningen har avbrutits', oid=o, greet='Hej Lars,',
         paras=['på grund av ett tekniskt fel i vårt betalsystem har din beställning avbrutits, men beloppet har dragits två gånger från ditt kort.',
                'Begär din återbetalning under Dina beställningar: https://www.amazon.se/gp/your-account/order-history',
                'Återbetalningen måste begäras inom 48 timmar.'],
         items_head='Avbrutna artiklar', items=[('Samsung 65" QLED Q80D 4K Smart TV', 'Antal: 1', '12 990,00 kr')],
         closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV)
hm = {'https://www.amazon.se' + k: evil for k in ('/gp/your-account/order-history', '/gp/css/order-history', '/gp/css/homepage.html', '/', '/gp/r.html?U=home', '/gp/css/order-details?orderID=' + o)}
other('lookalike', 'sv', 'technical_issue', True, 'polished template; link text www.amazon.se, href .ru; double-charge lure',
      ('Amazon.se', 'bestallning@amazon-se-support.com'), 'lars.nilsson@bredband.net',
      'Din Amazon.se-beställning #%s har avbrutits' % o, 'alt',
      text=amazon_text('sv', 'amazon.se', d).replace('https://www.amazon.se/gp/your-account/order-history', evil),
      html_=amazon_html('sv', 'amazon.se', d, href_map=hm), cte='base64', tz=0,
      pre=[('Authentication-Results', phish_auth('amazon-se-support.com'))])

o = oid('404')
d = dict(title='Verifiering krävs', oid=o, greet='Hej,',
         paras=['Vi har upptäckt misstänkt aktivitet kopplad till din beställning. Din beställning kommer att avbrytas och kontot låsas om du inte verifierar din identitet inom 24 timmar.',
                'Verifiera nu: https://kundservice-meddelande.com/amazon/se/verifiera?id=%s' % o],
         items_head='Sammanfattning', items=[('Apple Watch Ultra 2, titan', 'Antal: 1', '9 495,00 kr')],
         closing='Tack!', sign='Amazon', footer=['Amazon ber aldrig om ditt lösenord via e-post.'])
other('lookalike', 'sv', 'fraud_prevention', True, 'Greek Alpha in display name; will be cancelled unless you verify',
      ('Αmazon.se', 'info@kundservice-meddelande.com'), 'johanna.ek@outlook.com', 'Viktigt: din beställning kommer att avbrytas',
      'alt', text=amazon_text('sv', 'amazon.se', d), html_=amazon_html('sv', 'amazon.se', d, base='https://kundservice-meddelande.com/amazon/se'),
      cte='base64', tz=0)

paras = ['Hej!',
         'Din order #AMZ-SE-77120 har avbrutits eftersom varan är slut i lager.',
         'Klicka nedan för att få din återbetalning på 2 349 kr: https://amaz0n.se/aterbetalning',
         'Mvh Amazon.se']
other('lookalike', 'sv', 'inventory_shortage', True, 'look-alike domain amaz0n.se, malformed order number, HTML only',
      ('Amazon.se', 'noreply@amaz0n.se'), 'karin.holm@spray.se', 'Order avbruten - varan slut i lager',
      'html', html_=simple_html(paras), cte='quoted-printable', tz=1)

t = '''Hej!

Ditt kort nekades och din order har avbrutits.
Logga in och uppdatera dina betalningsuppgifter direkt:

https://tinyurl.com/amazon-se-betalning

Amazon
'''
other('lookalike', 'sv', 'payment_issue', True, 'crude yahoo sender, card declined, shortener link, no order number',
      ('Amazon', 'amazon_se_order@yahoo.com'), 'erik.johansson@gmail.com', 'Din order har avbrutits!!',
      'text', text=t, cte='8bit', tz=1, msgid_domain='mail.yahoo.com')

o = oid('302')
evil = 'https://order-update.amazon.se.kund-retur.top/konto/logga-in?o=%s' % o
d = dict(title='Beställningen har avbrutits', oid=o, greet='Hej Anna,',
         paras=['Vi vill informera dig om att din beställning har avbrutits.',
                'Visa detaljer och eventuell återbetalning under Dina beställningar: https://www.amazon.se/gp/css/order-history'],
         items_head='Avbrutna artiklar', items=[('Bose QuietComfort Ultra hörlurar, svart', 'Antal: 1', '4 290,00 kr')],
         closing='Vänliga hälsningar', sign='Amazon.se', footer=FOOT_SV)
hm = {'https://www.amazon.se' + k: evil for k in ('/gp/css/order-history', '/gp/css/homepage.html', '/', '/gp/r.html?U=home', '/gp/css/order-details?orderID=' + o)}
other('lookalike', 'sv', 'unknown', False, 'polished, amazon.se.kund-retur.top sender, well-formed order number, no reason',
      ('Amazon.se', 'order-update@amazon.se.kund-retur.top'), 'anna.lindqvist@telia.com',
      'Din Amazon.se-beställning #%s har avbrutits' % o, 'alt', text=amazon_text('sv', 'amazon.se', d),
      html_=amazon_html('sv', 'amazon.se', d, href_map=hm), cte='quoted-printable', cte_text='8bit', tz=0)

# ================================================================ write
if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(SPECS)))
    rnd.shuffle(order)  # interleave kinds and languages in the file numbering
    labels = []
    for n, i in enumerate(order, 1):
        s = SPECS[i]
        name = 'k3%03d.eml' % n
        write(build(s), os.path.join(OUT, name))
        labels.append({'file': name, 'kind': s['kind'], 'language': s['lang'], 'cause': s['cause'],
                       'states_reason': s['sr'], 'marketplace': s['mp'], 'note': s['note']})
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print('wrote', len(labels), 'files')
