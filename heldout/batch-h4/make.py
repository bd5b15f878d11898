#!/usr/bin/env python3
"""Regenerate blind held-out batch h4: Japanese (amazon.co.jp), Turkish (amazon.com.tr)
and Arabic (amazon.ae / amazon.sa / amazon.eg) mails.

Kinds: genuine Amazon order-cancellation notices, phishing look-alikes, and near-miss
non-notices.  All texts live in the SPECS list below; run `python3 make.py` to rewrite
mail/*.eml and labels.json.  Deterministic (fixed seed)."""
import base64, datetime, html as _html, io, json, os, quopri, random, re, urllib.parse
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

SEED = 4404
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')
PREFIX = 'h4'

# ---------------------------------------------------------------- small helpers
def rid(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))

def rdig(n):
    return ''.join(rng.choice('0123456789') for _ in range(n))

def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def rdate(tz_hours=0):
    start = datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(seconds=rng.randrange(0, 500 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return dt.astimezone(tz)

def r_link(host, path):
    """Amazon-style tracking redirect."""
    u = urllib.parse.quote('https://%s%s' % (host, path), safe='')
    return ('https://%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%s_%s'
            % (host, rid(13), rid(13), rdig(14), rhex(10), rid(13), u, rid(30), rdig(8), rdig(9)))

def enc_body(text, charset, cte):
    raw = text.replace('\r\n', '\n').encode(charset)          # strict: must be encodable
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            raw.decode('ascii')
        return raw.decode('ascii', 'surrogateescape')
    raise ValueError(cte)

def make_part(text, subtype, charset, cte):
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', charset)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(enc_body(text, charset, cte))
    return p

def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)

def esc(s):
    return _html.escape(s, quote=False)

URL_RE = re.compile(r'(https?://[^\s<>")\]]+)')

def autolink(s):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), esc(s))

def simple_html(text, lang, rtl=False, title='', font='Arial, sans-serif'):
    """Plain text -> modest HTML (paragraphs, <br>, autolinks)."""
    paras = [p for p in text.strip('\n').split('\n\n')]
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(autolink(l) for l in p.split('\n')) for p in paras)
    d = ' dir="rtl"' if rtl else ''
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
            '<title>%s</title>\n</head>\n<body style="font-family:%s; font-size:14px; color:#222;">\n'
            '<div style="max-width:640px;">\n%s\n</div>\n</body>\n</html>\n' % (lang, d, esc(title), font, body))

# ---------------------------------------------------------------- Amazon look
JA_FOOT = [
    'このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。',
    'Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座情報などの個人情報をお尋ねすることは一切ありません。このような情報の入力を求めるEメールを受け取った場合は、リンクをクリックせず、情報を入力しないでください。',
    'クレジットカード番号が変更された場合や有効期限が切れた場合は、アカウントサービスの「お支払い方法の管理」からカード情報を更新してください。',
    'Amazon.co.jpを装った不審なEメールを受け取った場合は、ヘルプページ「なりすましメールを報告する」をご覧ください。',
]
TR_FOOT = [
    'Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.',
    'Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez. Bu tür bilgileri isteyen bir e-posta alırsanız bağlantılara tıklamayın ve bilgi paylaşmayın.',
    'Kart numaranız değiştiyse veya kartınızın son kullanma tarihi geçtiyse, kart bilgilerinizi Hesabım bölümündeki Ödeme Seçenekleri sayfasından güncelleyin.',
    "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen Yardım sayfalarımızdaki \"Şüpheli e-postaları bildirin\" bölümünü ziyaret edin.",
]
AR_FOOT = [
    'تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط ولا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.',
    'لن تطلب منك أمازون أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي. إذا تلقيت رسالة تطلب منك هذه المعلومات، فلا تضغط على أي روابط ولا تشارك أي معلومات.',
    'إذا تغير رقم بطاقتك أو انتهت صلاحيتها، يرجى تحديث بياناتها من صفحة «خيارات الدفع» في «حسابك».',
    'إذا تلقيت رسالة مشبوهة تدعي أنها من أمازون، يرجى الإبلاغ عنها من خلال صفحة «الإبلاغ عن رسائل مشبوهة» في مركز المساعدة.',
]

def _ar(brand, host, tz):
    return dict(brand=brand, host=host, lang='ar', rtl=True, nav=('طلباتي', 'حسابك'), order='رقم الطلب',
                qty='الكمية', price='السعر', items_head='المنتجات الملغاة', total='إجمالي الطلب', sig=brand,
                help='مركز المساعدة', report='الإبلاغ عن رسائل مشبوهة', wallet='خيارات الدفع', foot=AR_FOOT, tz=tz,
                thanks='نأمل أن نراك مجدداً قريباً.')

AMZ = {
    'amazon.co.jp': dict(brand='Amazon.co.jp', host='www.amazon.co.jp', lang='ja', rtl=False,
                         nav=('注文履歴', 'アカウントサービス'), order='注文番号', qty='数量', price='価格',
                         items_head='キャンセルされた商品', total='注文合計', sig='Amazon.co.jp カスタマーサービス',
                         help='ヘルプ', report='なりすましメールを報告する', wallet='お支払い方法の管理', foot=JA_FOOT, tz=9,
                         thanks='またのご利用をお待ちしております。'),
    'amazon.com.tr': dict(brand='Amazon.com.tr', host='www.amazon.com.tr', lang='tr', rtl=False,
                          nav=('Siparişlerim', 'Hesabım'), order='Sipariş', qty='Adet', price='Fiyat',
                          items_head='İptal edilen ürünler', total='Sipariş toplamı', sig='Amazon.com.tr',
                          help='Yardım', report='Şüpheli e-postaları bildirin', wallet='Ödeme Seçenekleri', foot=TR_FOOT, tz=3,
                          thanks='Sizi yeniden görmeyi umuyoruz.'),
    'amazon.ae': _ar('Amazon.ae', 'www.amazon.ae', 4),
    'amazon.sa': _ar('Amazon.sa', 'www.amazon.sa', 3),
    'amazon.eg': _ar('Amazon.eg', 'www.amazon.eg', 3),
}
HELP_PATHS = [('help', '/gp/help/customer/display.html?nodeId=508510'),
              ('report', '/gp/help/customer/display.html?nodeId=GXMXVFHGPHAMD4PV'),
              ('wallet', '/cpe/yourpayments/wallet')]

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
#container { width:640px; font:12px Arial, sans-serif; color:#333333; }
#header .logo { width:160px; }
#header .navigation a { color:#006699; text-decoration:none; font-size:12px; }
#header .title h2 { font:20px Arial, sans-serif; color:#cc6600; margin:0 0 4px 0; }
#summary .heading { font-weight:bold; font-size:14px; }
#orderDetails td { padding:6px 0; vertical-align:top; border-bottom:1px solid #eaeaea; }
#orderDetails .name { width:420px; }
#orderDetails .price { text-align:END; white-space:nowrap; }
.buttonComponentLink { background:#f0c14b; border:1px solid #a88734; padding:8px 18px; color:#111111; text-decoration:none; font-size:14px; }
#closing td { padding-top:12px; }
#legalCopy td { font-size:10px; line-height:14px; color:#666666; padding-top:18px; }
"""

def amazon_html(mp, title, greeting, paras, order_no=None, items=(), items_head=None, total=None,
                closing=None, cta=None, footer=True, evil=None, brand=None):
    c = AMZ[mp]
    host = c['host']
    L = (lambda path: evil) if evil else (lambda path: r_link(host, path))
    brand = brand or c['brand']
    rtl = c['rtl']
    d = ' dir="rtl"' if rtl else ''
    css = CSS.replace('END', 'left' if rtl else 'right')
    out = []
    out.append('<!DOCTYPE html>\n<html lang="%s"%s>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=CHARSET" />\n'
               '  <meta name="format-detection" content="telephone=no" />\n  <style>\n%s  </style>\n </head>\n'
               % (c['lang'], d, css))
    out.append(' <body><img width="1" height="1" src="%s" />\n' % L('/gp/r.html'))
    out.append('  <table id="container" cellpadding="0"%s>\n   <tbody>\n    <tr>\n     <td class="frame">\n'
               '      <table id="main" cellpadding="0">\n       <tbody>\n' % d)
    # header
    out.append('        <tr>\n         <td>\n          <table id="header" cellpadding="0">\n           <tbody>\n'
               '            <tr>\n             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://images-fe.ssl-images-amazon.com/images/G/09/x-locale/common/logo._CB485922780_.png" border="0" /></a></td>\n'
               '             <td class="navigation">\n              <table align="%s">\n               <tbody>\n                <tr>\n'
               '                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n'
               '                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n'
               '                 <td> <a class="last" href="%s">%s</a> </td>\n                </tr>\n               </tbody>\n              </table> </td>\n            </tr>\n'
               % (L('/'), esc(brand), 'left' if rtl else 'right', L('/gp/css/order-history'), esc(c['nav'][0]),
                  L('/gp/css/homepage.html'), esc(c['nav'][1]), L('/'), esc(brand)))
    out.append('            <tr>\n             <td class="title"> <h2>%s</h2>' % esc(title))
    if order_no:
        out.append(' %s #<a href="%s">%s</a>' % (esc(c['order']), L('/gp/css/order-details?orderID=' + order_no), esc(order_no)))
    out.append(' </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n')
    # summary
    out.append('        <tr>\n         <td>\n          <table id="summary" cellpadding="0">\n           <tbody>\n'
               '            <tr>\n             <td><span class="heading">%s</span>\n' % esc(greeting))
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'b':
            out.append('              <p style="font-size:16px;"><b>%s</b></p>\n' % esc(p[1]))
        elif isinstance(p, tuple) and p[0] == 'link':      # ('link', shown_text, href)
            out.append('              <p><a href="%s" style="color:#006699;">%s</a></p>\n' % (esc(p[2]), esc(p[1])))
        else:
            out.append('              <p>%s</p>\n' % esc(p))
    out.append('             </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n')
    if cta:
        label, href = cta[0], (cta[1] if len(cta) > 1 and cta[1] else L('/gp/css/order-history'))
        out.append('        <tr>\n         <td>\n          <table class="buttonComponent" width="260">\n           <tbody>\n'
                   '            <tr>\n             <td style="vertical-align:middle;" align="center" valign="middle" height="47"> '
                   '<a class="buttonComponentLink" href="%s">%s</a> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n'
                   % (esc(href), esc(label)))
    if items:
        out.append('        <tr>\n         <td>\n          <table id="orderDetails" cellpadding="0" width="100%%">\n           <tbody>\n'
                   '            <tr><td colspan="3" style="font-size:14px; color:#cc6600;"><b>%s</b></td></tr>\n' % esc(items_head or c['items_head']))
        for name, qty, price in items:
            out.append('            <tr>\n             <td class="name"><a href="%s">%s</a><br /><span style="color:#666;">%s: %s</span></td>\n'
                       '             <td></td>\n             <td class="price">%s</td>\n            </tr>\n'
                       % (L('/dp/B0' + rid(8)), esc(name), esc(c['qty']), qty, esc(price)))
        if total:
            out.append('            <tr>\n             <td class="name"><b>%s:</b></td>\n             <td></td>\n             <td class="price"><b>%s</b></td>\n            </tr>\n'
                       % (esc(c['total']), esc(total)))
        out.append('           </tbody>\n          </table> </td>\n        </tr>\n')
    out.append('        <tr>\n         <td>\n          <table id="closing" cellpadding="0">\n           <tbody>\n            <tr>\n'
               '             <td> <p>%s</p> <p><span class="signature"><strong>%s</strong></span></p> </td>\n'
               '            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n'
               % (esc(closing or c['thanks']), esc(c['sig'])))
    if footer:
        out.append('        <tr>\n         <td>\n          <table id="legalCopy" cellpadding="0">\n           <tbody>\n            <tr>\n             <td>\n')
        for f in c['foot']:
            out.append('              <p>%s</p>\n' % esc(f))
        out.append('              <p>%s</p>\n' % ' | '.join('<a href="%s">%s</a>' % (L(path), esc(c[k])) for k, path in HELP_PATHS))
        out.append('              <p>&copy; 1996-2025, Amazon.com, Inc. or its affiliates</p>\n')
        out.append('             </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n')
    out.append('       </tbody>\n      </table> </td>\n    </tr>\n   </tbody>\n  </table>\n'
               '  <img width="1" height="1" src="https://%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=%s" />\n </body>\n</html>\n'
               % (host if not evil else urllib.parse.urlparse(evil).netloc, rid(13), rdig(14), rid(13), rid(20)))
    return ''.join(x for x in out if x)

def amazon_text(mp, title, greeting, paras, order_no=None, items=(), items_head=None, total=None,
                closing=None, cta=None, footer=True, evil=None, brand=None):
    c = AMZ[mp]
    brand = brand or c['brand']
    line = '_' * 70
    out = ['%s %s' % (brand, title)]
    if order_no:
        out.append('%s #%s' % (c['order'], order_no))
    out.append(evil or 'https://%s/ref=TE_tex_g' % c['host'])
    out += [line, '', greeting, '']
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'b':
            out += [p[1], '']
        elif isinstance(p, tuple) and p[0] == 'link':
            out += [p[2], '']
        else:
            out += [p, '']
    if cta:
        out += ['%s:' % cta[0], (cta[1] if len(cta) > 1 and cta[1] else (evil or 'https://%s/gp/css/order-history' % c['host'])), '']
    if items:
        out += [(items_head or c['items_head']) + ':', '']
        for name, qty, price in items:
            out += ['    ' + name, '    %s: %s' % (c['qty'], qty), '    %s: %s' % (c['price'], price), '']
        if total:
            out += ['%s: %s' % (c['total'], total), '']
    out += [closing or c['thanks'], c['sig'], '', line, '']
    if footer:
        for f in c['foot']:
            out += [f, '']
        for k, path in HELP_PATHS:
            out.append('%s: %s' % (c[k], evil or 'https://%s%s' % (c['host'], path)))
        out.append('')
    return '\n'.join(out)

# ---------------------------------------------------------------- the texts
SPECS = []
def S(**kw):
    SPECS.append(kw)

# ======================================================== JAPANESE (amazon.co.jp)
JP = 'amazon.co.jp'

# ---- notices
S(kind='notice', language='ja', cause='inventory_shortage', states_reason=True, marketplace=JP,
  note='genuine: supplier cannot deliver, item cancelled; HTML+text QP; DKIM/DMARC pass',
  frm=('Amazon.co.jp', 'auto-confirm@amazon.co.jp'), to=('佐藤 健太', 'kenta.sato@docomo.ne.jp'),
  subject='Amazon.co.jp ご注文 249-3817264-5520918 の商品がキャンセルされました',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=JP, title='ご注文のキャンセル', greeting='佐藤 健太 様', order_no='249-3817264-5520918',
           paras=['Amazon.co.jpをご利用いただき、ありがとうございます。',
                  '誠に申し訳ございませんが、下記の商品は仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。お客様には大変ご迷惑をおかけしましたことを深くお詫び申し上げます。',
                  'キャンセルされた商品の代金は請求されません。すでにお支払いがお済みの場合は、ご利用いただいたお支払い方法に返金いたします。',
                  '同じ商品が再び入荷した場合でも、自動的に再注文されることはありません。'],
           items=[('象印マホービン ステンレスマグ 水筒 480ml SM-ZB48-BM ブラック', 1, '￥3,280')], total='￥3,280'))

S(kind='notice', language='ja', cause='payment_issue', states_reason=True, marketplace=JP,
  note='genuine: card not authorised, payment revision not made in time; text-only ISO-2022-JP',
  frm=('Amazon.co.jp', 'payments-messages@amazon.co.jp'), to=('山本 由美子', 'yumiko.yamamoto@nifty.com'),
  subject='ご注文はキャンセルされました：お支払い方法を確認できませんでした', subj_cs='iso-2022-jp',
  sender='amazon', auth=None, layout='text', charset='iso-2022-jp', cte='7bit',
  text="""山本 由美子 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文番号 503-6190248-3371526 について、ご指定のクレジットカードでお支払いの承認を得ることができませんでした。先日お送りしたEメールでお支払い方法の変更をお願いしておりましたが、期限までにお支払い方法の変更が確認できなかったため、ご注文をキャンセルいたしました。

キャンセルされた商品:
    パナソニック 衣類スチーマー NI-FS790-H グレー
    数量: 1
    価格: ￥14,800

このご注文に対する請求は発生しておりません。

引き続き商品をご希望の場合は、お支払い方法をご確認のうえ、改めてご注文ください。カードの有効期限が切れている場合やカード番号が変更された場合は、アカウントサービスの「お支払い方法の管理」からカード情報を更新してください。
https://www.amazon.co.jp/cpe/yourpayments/wallet

Amazon.co.jp カスタマーサービス

______________________________________________________________________

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座情報などをお尋ねすることは一切ありません。

Amazon.co.jpを装った不審なEメールを受け取った場合は、ヘルプページ「なりすましメールを報告する」をご覧ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GXMXVFHGPHAMD4PV
""")

S(kind='notice', language='ja', cause='technical_issue', states_reason=True, marketplace=JP,
  note='genuine: pricing error on product page; HTML-only base64; DKIM/DMARC pass',
  frm=('Amazon.co.jp', 'order-update@amazon.co.jp'), to=('中村 真理子', 'mariko.nakamura@gmail.com'),
  subject='ご注文のキャンセルについて（注文番号: 250-4402917-8816230）',
  sender='amazon', auth='amazon', layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=JP, title='ご注文のキャンセルについて', greeting='中村 真理子 様', order_no='250-4402917-8816230',
           paras=['この度はAmazon.co.jpをご利用いただき、誠にありがとうございます。',
                  'ご注文いただいた下記の商品につきまして、商品ページに表示されていた価格に誤りがあったことが判明いたしました。誤った価格での販売を継続できないため、大変恐縮ながら、ご注文をキャンセルさせていただきました。',
                  'このご注文に関してお客様に請求が発生することはございません。正しい価格は現在の商品ページでご確認いただけます。',
                  'ご迷惑をおかけしましたことを深くお詫び申し上げます。'],
           items=[('Anker Soundcore Liberty 4 NC ワイヤレスイヤホン ネイビー', 1, '￥1,299')], total='￥1,299'))

S(kind='notice', language='ja', cause='fraud_prevention', states_reason=True, marketplace=JP,
  note='genuine: unusual activity, account on hold, order cancelled, sign in to verify (no links); text-only utf-8 8bit',
  frm=('Amazon.co.jp', 'cs-reply@amazon.co.jp'), to=('中村 大輔', 'd.nakamura@outlook.jp'),
  subject='Amazon.co.jp アカウントの保留とご注文のキャンセルについて',
  sender='amazon', auth=None, layout='text', charset='utf-8', cte='8bit',
  text="""中村 大輔 様

Amazon.co.jpです。

お客様のアカウントで通常とは異なるアクティビティが確認されたため、お客様とAmazonを保護する目的でアカウントを一時的に保留とし、以下のご注文をキャンセルいたしました。

注文番号: 249-7713052-4408196
    Nintendo Switch（有機ELモデル） ホワイト    数量: 2
    Apple ギフトカード 10,000円分    数量: 3

アカウントの保留を解除するには、Amazon.co.jpのウェブサイトまたはAmazonショッピングアプリから通常どおりアカウントにサインインし、画面に表示される手順に従って本人確認を完了してください。本人確認が完了するまで、新たなご注文はお受けできません。

お客様の安全のため、このEメールにはリンクを記載しておりません。ブラウザのアドレスバーに www.amazon.co.jp と直接入力してサインインしてください。

Amazon.co.jp アカウントスペシャリストチーム

--
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座情報などの個人情報をお尋ねすることは一切ありません。
クレジットカード番号が変更された場合や有効期限が切れた場合は、アカウントサービスの「お支払い方法の管理」からカード情報を更新してください。
""")

S(kind='notice', language='ja', cause='customer_request', states_reason=True, marketplace=JP,
  note='genuine: customer cancelled, "キャンセル理由: お客様によるキャンセル"; HTML+text base64; DKIM/DMARC pass',
  frm=('Amazon.co.jp', 'auto-confirm@amazon.co.jp'), to=('小林 さくら', 'sakura.kobayashi@icloud.com'),
  subject='ご注文のキャンセルが完了しました: 「HARIO(ハリオ) V60 透過ドリッパー 02...」',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=JP, title='キャンセル完了のお知らせ', greeting='小林 さくら 様', order_no='503-8842019-6603147',
           paras=['ご依頼いただいた注文のキャンセル手続きが完了しました。',
                  ('b', 'キャンセル理由: お客様によるキャンセル'),
                  'お客様のご依頼により、下記の商品のご注文をキャンセルいたしました。キャンセルされた商品の代金は請求されません。'],
           items=[('HARIO(ハリオ) V60 透過ドリッパー 02 セラミック ホワイト VDC-02W', 1, '￥1,650'),
                  ('HARIO V60用 ペーパーフィルター 02 100枚入り VCF-02-100W', 2, '￥396')], total='￥2,442'))

S(kind='notice', language='ja', cause='unknown', states_reason=False, marketplace=JP,
  note='genuine: item cancelled, no reason given; HTML+text QP',
  frm=('Amazon.co.jp', 'order-update@amazon.co.jp'), to=('渡辺 恵', 'megumi.watanabe@ybb.ne.jp'),
  subject='ご注文の商品がキャンセルされました',
  sender='amazon', auth=None, layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=JP, title='キャンセルのお知らせ', greeting='渡辺 恵 様', order_no='503-2286140-9957312',
           paras=['ご注文番号 503-2286140-9957312 の以下の商品はキャンセルされました。',
                  'キャンセルされた商品に対する請求は行われません。お支払い済みの金額がある場合は、3〜5営業日以内に返金されます。',
                  'ご注文の状況は注文履歴からいつでもご確認いただけます。'],
           items=[('ライオン トップ スーパーNANOX 洗濯洗剤 詰め替え 超特大 1230g×3個', 1, '￥2,178')], total='￥2,178'))

# ---- lookalikes
S(kind='lookalike', language='ja', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: callback phone number, gmail sender, malformed order no.; text-only base64',
  frm=('Amazon.co.jp カスタマーサポート', 'amazonjp.support.center24@gmail.com'), to=(None, 'k.ishikawa1987@yahoo.co.jp'),
  subject='【緊急】ご注文がキャンセルされました - お心当たりがない場合はお電話ください',
  sender='gmail', auth=None, layout='text', charset='utf-8', cte='base64',
  text="""お客様各位

Amazon.co.jpをご利用いただきありがとうございます。

お客様のアカウントで不審なアクティビティが検出されたため、以下のご注文はセキュリティ上の理由によりキャンセルされました。

注文番号：249-55318-82104
商品：Apple iPhone 15 Pro 256GB ナチュラルチタニウム
金額：￥159,800

この注文にお心当たりがない場合、またはご請求の取り消しをご希望の場合は、24時間以内に下記のAmazonサポートセンターまでお電話ください。期限を過ぎますと返金手続きができなくなります。

Amazonサポートセンター：050-3187-4492（24時間受付・通話無料）

※ このメールは送信専用です。ご返信いただいてもお答えできません。

Amazon.co.jp セキュリティチーム
""")

S(kind='lookalike', language='ja', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: account suspended + order cancelled, verification code; amazon.co.jp.secure-id.icu; polished HTML-only QP',
  frm=('Amazon.co.jp', 'account-update@amazon.co.jp.secure-id.icu'), to=(None, 'tomoko.h@au.com'),
  subject='アカウント一時停止のお知らせ：進行中のご注文はキャンセルされました',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=JP, title='アカウント一時停止のお知らせ', greeting='お客様', order_no='250-9917402-118',
           evil='http://amazon.co.jp.secure-id.icu/ap/signin?session=8f2a91c0',
           paras=['お客様のAmazonアカウントにおいて、第三者による不正なログインの可能性が確認されました。安全のため、お客様のアカウントは一時停止され、進行中のご注文はキャンセルされました。',
                  'アカウントを復旧するには、以下の確認コードを使用して48時間以内に本人確認を完了してください。',
                  ('b', '確認コード： 718 204'),
                  '期限内に確認が完了しない場合、アカウントは永久に停止されます。'],
           cta=('アカウントを復旧する',),
           items=[('Sony ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック', 1, '￥49,500')], total='￥49,500'))

S(kind='lookalike', language='ja', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: crude, asks to reply with card details, yahoo.co.jp sender, no order no.; ISO-2022-JP text',
  frm=('amazon', 'amazon_cs_jp@yahoo.co.jp'), to=(None, 'hiroshi.m@nifty.com'),
  subject='Amazonご注文キャンセルのお知らせ', subj_cs='iso-2022-jp',
  sender='yahoo', auth=None, layout='text', charset='iso-2022-jp', cte='7bit',
  text="""親愛なるお客様

お客様の支払い情報に問題があったため、ご注文はキャンセルされました。
ご注文を再開するには、このメールに返信して、以下の情報を送信してください。

・カード名義人
・クレジットカード番号
・有効期限（月/年）
・セキュリティコード（裏面の3桁）
・生年月日

24時間以内にご返信がない場合、お客様のアカウントは利用制限されます。

よろしくお願いいたします。
Amazon
""")

S(kind='lookalike', language='ja', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: polished Amazon template, link text shows amazon.co.jp but href amzn-jp-orders.xyz; sender amazon-orders.help with own DKIM pass',
  frm=('Amazon.co.jp', 'order-update@amazon-orders.help'), to=('松本 翔太', 'shota.matsumoto@gmail.com'),
  subject='Amazon.co.jp ご注文 250-8816624-1073385 はキャンセルされました',
  sender='generic', auth=('pass', 'amazon-orders.help'), layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=JP, title='ご注文のキャンセル', greeting='松本 翔太 様', order_no='250-8816624-1073385',
           evil='https://amzn-jp-orders.xyz/signin/index.php?id=JP250881',
           paras=['Amazon.co.jpをご利用いただき、ありがとうございます。',
                  'ご登録のクレジットカードの有効期限が切れているため、お支払いを処理できませんでした。このため、下記のご注文はキャンセルされました。',
                  'お支払い情報を更新すると、ご注文を復元することができます。以下のリンクからアカウントにサインインし、お支払い方法を更新してください。',
                  ('link', 'https://www.amazon.co.jp/gp/css/order-history', 'https://amzn-jp-orders.xyz/signin/index.php?id=JP250881')],
           items=[('Dyson V8 Slim Fluffy コードレス掃除機 SV10KSLM', 1, '￥39,800')], total='￥39,800'))

S(kind='lookalike', language='ja', cause='unknown', states_reason=False, marketplace=None,
  note='phish: Cyrillic homoglyph "Аmazon" display name, odd sender domain, no reason, malformed order no.',
  frm=('Аmazon.co.jp', 'no-reply@jp-notice-mail.com'), to=(None, 'yuki.okada@gmail.com'),
  subject='ご注文キャンセルのお知らせ #250-1174-9902',
  sender='generic', auth=('softfail', 'jp-notice-mail.com'), layout='multi', charset='utf-8', cte='base64',
  text="""お客様

お客様のご注文（#250-1174-9902）はキャンセルされました。

キャンセルの詳細および返金状況については、下記のリンクからご確認ください。
https://jp-notice-mail.com/amazon/order?ref=cancel

※本メールの内容にお心当たりがない場合も、必ずご確認ください。

Amazon.co.jp
""",
  html="""<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;">
<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;">
<div style="background:#232f3e;padding:14px;"><span style="color:#fff;font-size:22px;font-weight:bold;">amazon</span><span style="color:#ff9900;">.co.jp</span></div>
<div style="padding:20px;font-size:14px;">
<p>お客様</p>
<p>お客様のご注文（#250-1174-9902）はキャンセルされました。</p>
<p>キャンセルの詳細および返金状況については、下記のボタンからご確認ください。</p>
<p style="text-align:center;"><a href="https://jp-notice-mail.com/amazon/order?ref=cancel" style="background:#ff9900;color:#111;padding:10px 24px;text-decoration:none;border-radius:3px;">ご注文の詳細を確認する</a></p>
<p style="font-size:12px;color:#777;">※本メールの内容にお心当たりがない場合も、必ずご確認ください。</p>
</div></div></body></html>
""")

S(kind='lookalike', language='ja', cause='customer_request', states_reason=True, marketplace=None,
  note='phish: "your cancellation request was received, undo within 30 min", outlook.jp sender',
  frm=('Amazon.co.jp 注文センター', 'amazon-order-center@outlook.jp'), to=('伊藤 隆', 'takashi.ito@ezweb.ne.jp'),
  subject='キャンセルリクエストを受け付けました（ご注文番号 249-6031874-2259917）',
  sender='outlook', auth=('pass', 'outlook.jp'), layout='multi', charset='utf-8', cte='8bit',
  text="""伊藤 様

お客様からのご依頼により、以下のご注文のキャンセルリクエストを受け付けました。

ご注文番号：249-6031874-2259917
商品名：Apple AirPods Pro（第2世代）
お支払い金額：￥39,800

このキャンセルをリクエストしていない場合は、第三者がお客様のアカウントを不正に使用している可能性があります。30分以内に以下のリンクからキャンセルを取り消し、アカウント情報を確認してください。

https://amazon-co-jp.cancel-stop.com/restore

Amazon.co.jp
""")

S(kind='lookalike', language='ja', cause='technical_issue', states_reason=True, marketplace=None,
  note='phish: look-alike domain amaz0n-jp.com, "system error", re-enter payment, malformed order no.; HTML-only base64',
  frm=('Amazon.co.jp', 'auto-confirm@amaz0n-jp.com'), to=(None, 'n.fujita@gmail.com'),
  subject='【Amazon.co.jp】システムエラーによりご注文がキャンセルされました',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=JP, title='ご注文キャンセルのお知らせ', greeting='お客様', order_no='503-447192-6638105',
           evil='https://amaz0n-jp.com/payment/update', footer=False,
           paras=['システムの不具合により、お客様のご注文のお支払い処理が正常に完了せず、ご注文はキャンセルされました。',
                  '大変ご迷惑をおかけしております。お手数ですが、下記ボタンより再度お支払い情報をご入力いただくと、ご注文が自動的に再開されます。',
                  'お支払い情報の再入力はご注文日から72時間以内に行ってください。'],
           cta=('お支払い情報を再入力する',),
           items=[('キヤノン ミラーレス一眼カメラ EOS R50 ダブルズームキット', 1, '￥128,700')], total='￥128,700'))

S(kind='lookalike', language='ja', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: crude, "order will be cancelled within 24h unless you update", no order no.; text-only QP',
  frm=('Amazon', 'support@amazon-jp-service.com'), to=(None, 'aya_k@docomo.ne.jp'),
  subject='【Amazon】お支払い情報の確認ができません。24時間以内に更新しないとご注文はキャンセルされます',
  sender='generic', auth=None, layout='text', charset='utf-8', cte='quoted-printable',
  text="""Amazon お客様

ご利用のお支払い方法の確認が取れません。お支払い情報が確認できるまで、ご注文の発送は保留されています。

24時間以内にお支払い情報を更新しない場合は、ご注文は自動的にキャンセルされ、アカウントもロックされます。

今すぐ更新：
http://amazon-jp-service.com/update/payment.php

Amazon.co.jp　お客様センター
© 1996-2024, Amazon.com, Inc. or its affiliates
""")

# ---- non-notices
S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='other shop (coffee roaster) cancels order; paid with Amazon Pay',
  frm=('ハルノ焙煎所 オンラインショップ', 'order@haruno-roastery.jp'), to=('小林 さくら', 'sakura.kobayashi@icloud.com'),
  subject='【ハルノ焙煎所】ご注文キャンセルのお知らせ（注文番号 HR-20250412-0087）',
  sender='generic', auth=('pass', 'haruno-roastery.jp'), layout='multi', charset='utf-8', cte='quoted-printable', html_auto=True,
  text="""小林 さくら 様

この度はハルノ焙煎所オンラインショップをご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた「エチオピア イルガチェフェ G1 ナチュラル 200g」は、生豆の入荷が遅れており、ご指定のお届け日までにご用意することができないため、ご注文をキャンセルさせていただきました。

■ご注文番号：HR-20250412-0087
■商品：エチオピア イルガチェフェ G1 ナチュラル 200g × 2
■お支払い方法：Amazon Pay
■合計金額：3,960円（税込）

Amazon Payでのお支払いにつきましては、与信枠を解除いたしましたので、Amazonアカウントに登録されたお支払い方法に請求されることはございません。なお、Amazon Payから通知メールが届く場合がございますが、当店でのご注文に関するものです。

入荷次第、メールマガジンにてお知らせいたします。今後ともハルノ焙煎所をよろしくお願いいたします。

――――――――――――――――――
ハルノ焙煎所
〒155-0031 東京都世田谷区北沢2-14-8
TEL 03-6805-2291（平日10:00〜17:00）
https://haruno-roastery.jp
――――――――――――――――――
""")

S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='friend says she cancelled her own Amazon order; ISO-2022-JP text',
  frm=('田中 美咲', 'misaki.tanaka.0214@gmail.com'), to=('小林 さくら', 'sakura.kobayashi@icloud.com'),
  subject='Re: 来週のお誕生日会', subj_cs='iso-2022-jp',
  sender='gmail', auth=('pass', 'gmail.com'), layout='text', charset='iso-2022-jp', cte='7bit',
  text="""さくらへ

連絡ありがとう！土曜日の14時で大丈夫だよ。

そういえば、プレゼント用にAmazonで頼んでたマグカップのセット、お届け予定が来月になっちゃってたから、昨日自分で注文キャンセルしたんだ。代わりに駅前の雑貨屋さんで似たようなの見つけたから、それにするね。

ケーキはいつものお店で予約しておくので、飲み物だけお願いできるかな？

みさき

2025年4月8日(火) 21:14 小林 さくら <sakura.kobayashi@icloud.com>:
> 来週のお誕生日会、土曜の14時からでどうかな？
> 場所はうちで大丈夫です。
""")

S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='security newsletter quoting fake Amazon cancellation subjects',
  frm=('セキュリティ通信ウィークリー', 'newsletter@secu-weekly.jp'), to=(None, 'd.nakamura@outlook.jp'),
  subject='【セキュリティ通信 第214号】「ご注文がキャンセルされました」Amazonをかたるフィッシングに注意',
  sender='newsletter', auth=('pass', 'secu-weekly.jp'), layout='multi', charset='utf-8', cte='base64', html_auto=True,
  text="""━━━━━━━━━━━━━━━━━━━━━━━━
セキュリティ通信ウィークリー 第214号（2025年4月15日発行）
━━━━━━━━━━━━━━━━━━━━━━━━

■今週のトピック：Amazonをかたる「注文キャンセル」フィッシングが急増

今月に入り、Amazonを装ったフィッシングメールの報告が急増しています。確認されている主な件名は以下のとおりです。

・「【重要】ご注文がキャンセルされました」
・「Amazon.co.jp ご注文 249-XXXXXXX-XXXXXXX の商品がキャンセルされました」
・「お支払い方法に問題があるため、ご注文はキャンセルされました」

メール本文では「お支払い情報の不備により注文がキャンセルされた」「本人確認のためアカウントが一時停止された」などと説明し、偽のログインページへ誘導してクレジットカード情報やパスワードを入力させる手口です。中には電話番号を記載し、折り返し電話をかけさせる「コールバック型」も確認されています。

■対策
1. メール内のリンクはクリックせず、公式アプリやブックマークから注文履歴を確認する
2. 送信元アドレスのドメインを確認する（amazon.co.jp 以外は要注意）
3. 不審なメールはAmazonのヘルプページの案内に従って報告する

■その他のニュース
・大手宅配業者を装った不在通知SMSにも引き続き注意
・パスワード管理ツールの選び方（連載第3回）

配信停止はこちら：https://secu-weekly.jp/unsubscribe
━━━━━━━━━━━━━━━━━━━━━━━━
""")

S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='genuine Amazon Fresh delivery time slot cancelled, order itself not cancelled; DKIM pass',
  frm=('Amazon.co.jp', 'no-reply@amazon.co.jp'), to=('佐藤 健太', 'kenta.sato@docomo.ne.jp'),
  subject='Amazonフレッシュ：お届け時間帯の予約が取り消されました',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=JP, title='お届け時間帯の変更のお願い', greeting='佐藤 健太 様', order_no='249-1043387-7719026',
           paras=['いつもAmazonフレッシュをご利用いただき、ありがとうございます。',
                  '悪天候の影響により、ご指定いただいたお届け時間帯（5月18日（日） 18:00〜20:00）でのお届けができなくなったため、お届け時間帯の予約を取り消しました。',
                  'ご注文はキャンセルされていません。お手数ですが、注文履歴から新しいお届け時間帯を選択してください。5月18日 23:59までに新しい時間帯が選択されない場合は、翌日の最も早い時間帯でお届けします。'],
           cta=('お届け時間帯を選択する',), items_head='ご注文の商品',
           items=[('明治おいしい牛乳 900ml', 2, '￥578'), ('国産 鶏むね肉 約600g', 1, '￥598'), ('小岩井 生乳100%ヨーグルト 400g', 1, '￥246')],
           total='￥1,422'))

S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='genuine Kindle Unlimited membership cancelled',
  frm=('Amazon.co.jp', 'digital-no-reply@amazon.co.jp'), to=('渡辺 恵', 'megumi.watanabe@ybb.ne.jp'),
  subject='Kindle Unlimited 会員登録のキャンセルについて',
  sender='amazon', auth=None, layout='text', charset='utf-8', cte='quoted-printable',
  text="""渡辺 恵 様

Kindle Unlimited会員登録のキャンセル手続きが完了しました。

現在の会員期間は2025年6月30日まで有効です。それまでの間は、引き続きKindle Unlimitedの対象タイトルをお楽しみいただけます。会員期間終了後、ライブラリから借りているKindle Unlimitedのタイトルは自動的に返却されます。

購入済みのKindle本は、会員登録のキャンセル後も引き続きお読みいただけます。

会員登録を継続される場合は、会員期間終了前に「メンバーシップおよび購読」から手続きを行ってください。
https://www.amazon.co.jp/hz/mycd/myx#/home/settings/payment

Amazon.co.jp

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jpがEメールでお客様のパスワードやクレジットカード番号をお尋ねすることはありません。
""")

S(kind='non_notice', language='ja', cause=None, states_reason=False, marketplace=None,
  note='genuine payment reminder: update payment method by date or order will be cancelled (nothing cancelled yet); DKIM pass',
  frm=('Amazon.co.jp', 'payments-messages@amazon.co.jp'), to=('山本 由美子', 'yumiko.yamamoto@nifty.com'),
  subject='ご注文 250-3348817-6021543 のお支払い方法を更新してください',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=JP, title='お支払い方法の更新のお願い', greeting='山本 由美子 様', order_no='250-3348817-6021543',
           paras=['Amazon.co.jpをご利用いただき、ありがとうございます。',
                  'ご注文番号 250-3348817-6021543 について、ご指定のクレジットカード（末尾 4417）でのお支払いが承認されませんでした。',
                  'ご注文を発送するために、2025年3月9日までにお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。',
                  'お支払い方法を更新するには、Amazon.co.jpにサインインし、注文履歴から該当のご注文を選択して「お支払い方法を変更」をクリックしてください。'],
           items_head='ご注文の商品',
           items=[('ブラザー A4モノクロレーザープリンター HL-L2400D', 1, '￥17,980')], total='￥17,980'))

# ======================================================== TURKISH (amazon.com.tr)
TR = 'amazon.com.tr'

# ---- notices
S(kind='notice', language='tr', cause='inventory_shortage', states_reason=True, marketplace=TR,
  note='genuine: out of stock, supplier could not provide; HTML+text iso-8859-9 QP; DKIM/DMARC pass',
  frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), to=('Ayşe Yılmaz', 'ayse.yilmaz@gmail.com'),
  subject='Amazon.com.tr siparişiniz 405-6627183-0954721 iptal edildi', subj_cs='iso-8859-9',
  sender='amazon', auth='amazon', layout='multi', charset='iso-8859-9', cte='quoted-printable',
  tpl=dict(mp=TR, title='Sipariş İptali', greeting='Merhaba Ayşe Yılmaz,', order_no='405-6627183-0954721',
           paras=["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
                  'Üzgünüz, aşağıdaki ürün satıcının stoklarında kalmadığı ve tedarikçiden temin edilemediği için siparişinizi iptal etmek zorunda kaldık.',
                  'Bu ürün için sizden herhangi bir ücret tahsil edilmedi. Ödeme yaptıysanız tutar, kullandığınız ödeme yöntemine iade edilecektir.',
                  'Yaşattığımız aksaklık için özür dileriz.'],
           items=[('Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, 7,3 L', 1, '6.499,00 TL')], total='6.499,00 TL'))

S(kind='notice', language='tr', cause='payment_issue', states_reason=True, marketplace=TR,
  note='genuine: expired card, payment not updated in time; text-only iso-8859-9 8bit',
  frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), to=('Mehmet Demir', 'mehmetdemir74@hotmail.com'),
  subject='Siparişiniz iptal edildi: Ödeme bilgileriniz doğrulanamadı', subj_cs='iso-8859-9',
  sender='amazon', auth=None, layout='text', charset='iso-8859-9', cte='8bit',
  text="""Merhaba Mehmet Demir,

404-1183920-7265408 numaralı siparişinizin ödemesi, seçtiğiniz kredi kartıyla onaylanamadı. Kartınızın son kullanma tarihinin geçmiş olduğu görünüyor.

Daha önce size gönderdiğimiz e-postada ödeme yönteminizi güncellemenizi rica etmiştik. Belirtilen süre içinde ödeme bilgileriniz güncellenmediği için siparişinizi iptal ettik.

İptal edilen ürünler:
    Xiaomi Redmi Note 13 Pro 256 GB Akıllı Telefon, Siyah
    Adet: 1
    Fiyat: 13.999,00 TL

Bu sipariş için sizden herhangi bir ücret alınmadı.

Ürünü hâlâ satın almak istiyorsanız, lütfen ödeme bilgilerinizi kontrol ettikten sonra yeniden sipariş verin. Kart numaranız değiştiyse veya kartınızın süresi dolduysa, kart bilgilerinizi Hesabım > Ödeme Seçenekleri bölümünden güncelleyebilirsiniz:
https://www.amazon.com.tr/cpe/yourpayments/wallet

Amazon.com.tr Müşteri Hizmetleri

______________________________________________________________________

Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.

Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez.

Şüpheli bir e-posta aldıysanız: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GXMXVFHGPHAMD4PV
""")

S(kind='notice', language='tr', cause='technical_issue', states_reason=True, marketplace=TR,
  note='genuine: pricing error; HTML-only utf-8 base64; DKIM/DMARC pass',
  frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), to=('Elif Kaya', 'elifkaya@yandex.com'),
  subject='Siparişinizle ilgili önemli bilgi: 403-9021746-3318250 numaralı sipariş iptal edildi',
  sender='amazon', auth='amazon', layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=TR, title='Sipariş İptali', greeting='Merhaba Elif Kaya,', order_no='403-9021746-3318250',
           paras=["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
                  'Aşağıdaki ürünün ürün sayfasında gösterilen fiyatta bir fiyatlandırma hatası olduğunu tespit ettik. Bu nedenle, hatalı fiyat üzerinden verilen siparişinizi iptal ettik.',
                  'Siparişiniz için herhangi bir ödeme tahsil edilmedi. Ürünün güncel fiyatını ürün sayfasından görüntüleyebilirsiniz.',
                  'Bu durumun yol açtığı rahatsızlıktan dolayı özür dileriz.'],
           items=[('LEGO Technic Lamborghini Sián FKP 37 (42115)', 1, '849,90 TL')], total='849,90 TL'))

S(kind='notice', language='tr', cause='fraud_prevention', states_reason=True, marketplace=TR,
  note='genuine: unusual activity, account on hold, sign in to verify, no links; text-only utf-8 QP',
  frm=('Amazon.com.tr', 'cs-reply@amazon.com.tr'), to=('Burak Şahin', 'burak.sahin@outlook.com'),
  subject='Amazon.com.tr hesabınız beklemeye alındı ve siparişiniz iptal edildi',
  sender='amazon', auth=None, layout='text', charset='utf-8', cte='quoted-printable',
  text="""Merhaba Burak Şahin,

Hesabınızda olağan dışı bir etkinlik tespit ettik. Sizi ve Amazon'u korumak amacıyla hesabınızı geçici olarak beklemeye aldık ve aşağıdaki siparişinizi iptal ettik:

Sipariş numarası: 406-3359017-8842263
    Apple iPad Air 11 inç (M2) Wi-Fi 128 GB - Uzay Grisi    Adet: 1
    Apple Hediye Kartı 1.000 TL    Adet: 5

Hesabınızı yeniden kullanabilmek için lütfen tarayıcınıza www.amazon.com.tr adresini yazarak veya Amazon Alışveriş uygulamasını açarak hesabınızda oturum açın ve ekrandaki talimatları izleyerek kimliğinizi doğrulayın. Doğrulama tamamlanana kadar yeni sipariş veremezsiniz.

Güvenliğiniz için bu e-postada herhangi bir bağlantı bulunmamaktadır.

Saygılarımızla,
Amazon.com.tr Hesap Güvenliği Ekibi

--
Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir.
Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez.
Kart numaranız değiştiyse veya kartınızın son kullanma tarihi geçtiyse, kart bilgilerinizi Hesabım bölümündeki Ödeme Seçenekleri sayfasından güncelleyin.
""")

S(kind='notice', language='tr', cause='customer_request', states_reason=True, marketplace=TR,
  note='genuine: "İptal nedeni: Müşteri tarafından iptal edildi"; HTML+text utf-8 base64; DKIM/DMARC pass',
  frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), to=('Zeynep Çelik', 'zeynep.celik@gmail.com'),
  subject='İptal işlemi başarılı: "Tefal Ingenio 13 Parça Tava Seti, Çıkarılabilir..."',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=TR, title='İptal Onayı', greeting='Merhaba Zeynep Çelik,', order_no='407-2851906-4470932',
           paras=['Siparişinizdeki aşağıdaki ürün için iptal talebinizi aldık ve iptal işlemi başarıyla tamamlandı.',
                  ('b', 'İptal nedeni: Müşteri tarafından iptal edildi'),
                  'Bu ürün için sizden ücret alınmayacaktır. Ödeme alındıysa iade, kullandığınız ödeme yöntemine 3-5 iş günü içinde yapılacaktır.'],
           items=[('Tefal Ingenio 13 Parça Tava Seti, Çıkarılabilir Saplı, L1579102', 1, '3.249,00 TL')], total='3.249,00 TL'))

S(kind='notice', language='tr', cause='unknown', states_reason=True, marketplace=TR,
  note='genuine: delivery address unreachable, parcel returned, order cancelled (reason outside the four); HTML+text utf-8 QP',
  frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), to=('Emre Arslan', 'emre.arslan@gmail.com'),
  subject='Amazon.com.tr siparişiniz 402-7740621-1093584 iptal edildi',
  sender='amazon', auth=None, layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=TR, title='Sipariş İptali', greeting='Merhaba Emre Arslan,', order_no='402-7740621-1093584',
           paras=['Siparişiniz için belirttiğiniz teslimat adresine ulaşılamadığından kargo firması gönderiyi teslim edemedi ve paket bize geri gönderildi. Bu nedenle siparişinizi iptal ettik.',
                  'Sipariş tutarının tamamı, gönderi depomuza ulaştıktan sonra ödeme yönteminize iade edilecektir.',
                  'Gelecekteki siparişlerinizde sorun yaşamamak için Hesabım > Adreslerim bölümünden adres bilgilerinizi kontrol etmenizi öneririz.'],
           items=[('Karaca Hatır Türk Kahvesi Makinesi, Krom', 1, '2.199,00 TL')], total='2.199,00 TL'))

# ---- lookalikes
S(kind='lookalike', language='tr', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: callback phone (0850), gmail sender, malformed order no.; iso-8859-9 QP text',
  frm=('Amazon Türkiye Müşteri Hizmetleri', 'amazontr.destekmerkezi@gmail.com'), to=(None, 'hakan.ozturk@hotmail.com'),
  subject='Siparişiniz iptal edildi - Acil işlem gerekli', subj_cs='iso-8859-9',
  sender='gmail', auth=('pass', 'gmail.com'), layout='text', charset='iso-8859-9', cte='quoted-printable',
  text="""Değerli Müşterimiz,

Hesabınızda şüpheli bir işlem tespit edildiği için 406-88123-44 numaralı siparişiniz güvenlik nedeniyle iptal edilmiştir.

Ürün: Samsung Galaxy S24 Ultra 512 GB
Tutar: 64.999,00 TL

Bu siparişi siz vermediyseniz veya iade sürecini başlatmak istiyorsanız, lütfen 24 saat içinde 0850 305 47 19 numaralı Amazon Güvenlik Hattı'nı arayınız. Aksi takdirde tutar kartınızdan tahsil edilecektir.

Amazon Güvenlik Hattı: 0850 305 47 19 (7/24 ücretsiz)

Amazon.com.tr Güvenlik Ekibi
""")

S(kind='lookalike', language='tr', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: account suspended + order cancelled, verification code; amazon.com.tr.hesap-dogrulama.site; polished HTML-only QP',
  frm=('Amazon.com.tr', 'hesap@amazon.com.tr.hesap-dogrulama.site'), to=(None, 'selin.aydin@gmail.com'),
  subject='Hesabınız askıya alındı - Siparişiniz iptal edildi',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=TR, title='Hesap Güvenliği', greeting='Değerli Müşterimiz,', order_no='405-4417-20938',
           evil='https://amazon.com.tr.hesap-dogrulama.site/ap/signin?oturum=77a1',
           paras=['Hesabınızda yetkisiz bir giriş denemesi tespit ettik. Güvenliğiniz için hesabınız geçici olarak askıya alındı ve bekleyen siparişiniz iptal edildi.',
                  'Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanarak 48 saat içinde kimliğinizi doğrulayın.',
                  ('b', 'Doğrulama kodu: 558 201'),
                  'Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.'],
           cta=('Hesabımı Doğrula',),
           items=[('Apple iPhone 15 128 GB Siyah', 1, '52.999,00 TL')], total='52.999,00 TL'))

S(kind='lookalike', language='tr', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: crude, no Turkish letters, reply with card number/CVV, hotmail sender, no order no.',
  frm=('Amazon Destek', 'amazon.siparis.tr@hotmail.com'), to=(None, 'fatma.koc61@gmail.com'),
  subject='SIPARISINIZ IPTAL EDILDI !!!',
  sender='outlook', auth=('pass', 'hotmail.com'), layout='text', charset='utf-8', cte='8bit',
  text="""Sayin musterimiz,

Odemeniz alinamadigi icin siparisiniz iptal olmustur. Siparisinizi tekrar aktif etmek icin bu e-postaya asagidaki bilgileri yazarak cevap veriniz:

- Ad Soyad
- Kart Numarasi
- Son Kullanma Tarihi
- CVV (kartin arkasindaki 3 hane)
- TC Kimlik No

Bilgileriniz 24 saat icinde gelmezse hesabiniz kapatilacaktir.

Tesekkurler
Amazon Musteri Hizmetleri
""")

S(kind='lookalike', language='tr', cause='inventory_shortage', states_reason=True, marketplace=None,
  note='phish: polished template, "out of stock" + refund confirmation; link text shows amazon.com.tr but href amzn-tr-iade.com; own-domain DKIM pass',
  frm=('Amazon.com.tr', 'siparis-guncelleme@amazontr-orders.help'), to=('Can Yıldız', 'can.yildiz@gmail.com'),
  subject='Amazon.com.tr siparişiniz 405-2298471-6620357 iptal edildi',
  sender='generic', auth=('pass', 'amazontr-orders.help'), layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=TR, title='Sipariş İptali', greeting='Merhaba Can Yıldız,', order_no='405-2298471-6620357',
           evil='https://amzn-tr-iade.com/refund/confirm?id=405229',
           paras=["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
                  'Üzgünüz, aşağıdaki ürün satıcının stoklarında kalmadığı için siparişiniz iptal edildi.',
                  'Ödediğiniz 32.999,00 TL tutarın kartınıza iade edilebilmesi için iade bilgilerinizi 48 saat içinde onaylamanız gerekmektedir. İadenizi onaylamak için aşağıdaki bağlantıyı kullanın:',
                  ('link', 'https://www.amazon.com.tr/gp/your-account/order-history', 'https://amzn-tr-iade.com/refund/confirm?id=405229')],
           items=[('Apple MacBook Air 13 inç, M2 çip, 8 GB RAM, 256 GB SSD', 1, '32.999,00 TL')], total='32.999,00 TL'))

S(kind='lookalike', language='tr', cause='unknown', states_reason=False, marketplace=None,
  note='phish: Greek homoglyph "Αmazon" display name, no reason, malformed order no.; HTML+text base64',
  frm=('Αmazon.com.tr', 'no-reply@notify-center.email'), to=(None, 'oguzhan.tas@gmail.com'),
  subject='Sipariş İptali: #AMZ-TR-00917',
  sender='generic', auth=('softfail', 'notify-center.email'), layout='multi', charset='utf-8', cte='base64',
  text="""Sayın Müşterimiz,

#AMZ-TR-00917 numaralı siparişiniz iptal edilmiştir.

İptal ayrıntılarını ve iade durumunuzu görüntülemek için aşağıdaki bağlantıya tıklayın:
https://notify-center.email/tr/amazon/siparis/00917

Amazon.com.tr
""",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>
<body style="font-family:Arial,sans-serif;background:#f3f3f3;">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900;"><tr><td style="padding:20px;">
<h2 style="color:#232f3e;">amazon<span style="color:#ff9900;">.com.tr</span></h2>
<p>Sayın Müşterimiz,</p>
<p><b>#AMZ-TR-00917</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>İptal ayrıntılarını ve iade durumunuzu görüntülemek için aşağıdaki butona tıklayın.</p>
<p><a href="https://notify-center.email/tr/amazon/siparis/00917" style="background:#ffd814;color:#0f1111;padding:10px 22px;border-radius:8px;text-decoration:none;">Sipariş Detaylarını Görüntüle</a></p>
<p style="color:#888;font-size:11px;">Amazon.com.tr</p>
</td></tr></table></body></html>
""")

S(kind='lookalike', language='tr', cause='customer_request', states_reason=True, marketplace=None,
  note='phish: "cancelled at your request, object within 30 min" link, yahoo sender; iso-8859-9 QP text',
  frm=('Amazon Sipariş Merkezi', 'amazon_siparis_merkezi@yahoo.com'), to=(None, 'derya.kurt@hotmail.com'),
  subject='İptal talebiniz alındı - Sipariş 402-7731904-5518823', subj_cs='iso-8859-9',
  sender='yahoo', auth=('pass', 'yahoo.com'), layout='text', charset='iso-8859-9', cte='quoted-printable',
  text="""Sayın Müşterimiz,

402-7731904-5518823 numaralı siparişiniz için iptal talebiniz alınmıştır ve siparişiniz sizin isteğiniz üzerine iptal edilmiştir.

Ürün: Dyson Airwrap Complete Long Saç Şekillendirici
Tutar: 21.999,00 TL

Bu talebi siz oluşturmadıysanız hesabınız başka biri tarafından kullanılıyor olabilir. İptali geri almak ve hesabınızı korumak için 30 dakika içinde aşağıdaki bağlantıya tıklayın:

http://amazon-tr-iptal.com/itiraz?ref=402773

Amazon.com.tr
""")

S(kind='lookalike', language='tr', cause='technical_issue', states_reason=True, marketplace=None,
  note='phish: look-alike domain amaz0n-tr.com, "technical error", re-enter card; order no. with letter O; HTML-only base64',
  frm=('Amazon', 'bildirim@amaz0n-tr.com'), to=(None, 'ali.celik@gmail.com'),
  subject='Teknik bir hata nedeniyle siparişiniz iptal edildi',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=TR, title='Sipariş Bildirimi', greeting='Değerli Müşterimiz,', order_no='404-2219835-O771204',
           evil='https://amaz0n-tr.com/odeme/yeniden', footer=False,
           paras=['Sistemimizde oluşan teknik bir hata nedeniyle ödemeniz işlenemedi ve siparişiniz iptal edildi.',
                  'Siparişinizi yeniden etkinleştirmek için lütfen aşağıdaki butona tıklayarak kart bilgilerinizi yeniden girin. Bu işlem 2 dakikadan kısa sürer.'],
           cta=('Siparişi Yeniden Etkinleştir',),
           items=[('Sony PlayStation 5 Slim Konsol', 1, '24.999,00 TL')], total='24.999,00 TL'))

S(kind='lookalike', language='tr', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: "order will be cancelled in 24h unless you update payment", no order no., amazon-com-tr.support; polished HTML+text',
  frm=('Amazon.com.tr', 'odeme-bildirim@amazon-com-tr.support'), to=(None, 'gizem.polat@gmail.com'),
  subject='Ödeme yönteminiz doğrulanamadı - Siparişiniz 24 saat içinde iptal edilecek',
  sender='generic', auth=('none', 'amazon-com-tr.support'), layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=TR, title='Ödeme Sorunu', greeting='Değerli Müşterimiz,',
           evil='https://amazon-com-tr.support/hesap/odeme-guncelle',
           paras=['Son siparişiniz için ödeme yönteminizi doğrulayamadık.',
                  'Siparişinizin iptal edilmemesi için lütfen 24 saat içinde ödeme bilgilerinizi güncelleyin. Bu süre içinde güncelleme yapılmazsa siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.'],
           cta=('Ödeme Bilgilerini Güncelle',)))

# ---- non-notices
S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='MediaMarkt order cancelled (out of stock); price-guarantee line mentions Amazon.com.tr',
  frm=('MediaMarkt Türkiye', 'siparis@mediamarkt.com.tr'), to=('Zeynep Çelik', 'zeynep.celik@gmail.com'),
  subject='Siparişiniz iptal edildi - Sipariş No: 1183372910', subj_cs='iso-8859-9',
  sender='generic', auth=('pass', 'mediamarkt.com.tr'), layout='multi', charset='iso-8859-9', cte='quoted-printable', html_auto=True,
  text="""Merhaba Zeynep Çelik,

1183372910 numaralı siparişinizdeki ürün, stoklarımızda kalmadığı için maalesef iptal edilmiştir.

Ürün: Bosch Serie 6 WAU28T00TR Çamaşır Makinesi
Tutar: 24.599,00 TL
Ödeme: Kredi kartı (**** 7731)

Ödemeniz 2-7 iş günü içinde kartınıza iade edilecektir. İade süresi bankanıza göre değişebilir.

Fiyat Garantisi: Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol gibi sitelerde daha uygun fiyata gördüyseniz, mağazalarımızda fiyat eşitleme hizmetinden yararlanabilirsiniz.

Sorularınız için: https://www.mediamarkt.com.tr/tr/shop/yardim.html

MediaMarkt Türkiye Müşteri Hizmetleri
""")

S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='colleague says he cancelled the office Amazon order; iso-8859-9 8bit text',
  frm=('Mert Kaya', 'mert.kaya@ozdemirlojistik.com.tr'), to=('Burak Şahin', 'burak.sahin@ozdemirlojistik.com.tr'),
  subject='Toner siparişi hk.', sender='corporate', auth=None, layout='text', charset='iso-8859-9', cte='8bit',
  text="""Selam Burak,

Geçen hafta ofis için Amazon'dan verdiğim HP toner siparişini bugün iptal ettim; teslimat tarihi 10 gün sonraya kaymıştı. Tedarikçimiz Ofisçi'den aynı tonerden 4 adet aldık, yarın sabah gelecek.

Amazon'un iade tutarı şirket kartına birkaç gün içinde yansır, muhasebeye ben haber verdim.

Kolay gelsin,
Mert

--
Mert Kaya
Satın Alma Uzmanı
Özdemir Lojistik A.Ş.
""")

S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='security newsletter about fake "Amazon siparişiniz iptal edildi" mails',
  frm=('Siber Güvenlik Bülteni', 'bulten@guvenliknet.com.tr'), to=(None, 'elifkaya@yandex.com'),
  subject='Haftalık Bülten: "Amazon siparişiniz iptal edildi" konulu sahte e-postalara dikkat',
  sender='newsletter', auth=('pass', 'guvenliknet.com.tr'), layout='multi', charset='utf-8', cte='base64', html_auto=True,
  text="""GÜVENLİKNET HAFTALIK BÜLTEN - Sayı 87

Bu hafta: Amazon kılığında "sipariş iptali" dolandırıcılığı

Son günlerde okurlarımızdan, Amazon'dan geliyormuş gibi görünen sahte e-postalarla ilgili çok sayıda bildirim aldık. En sık görülen konu satırları şunlar:

  * "Amazon.com.tr siparişiniz 405-XXXXXXX-XXXXXXX iptal edildi"
  * "Siparişiniz iptal edildi - Acil işlem gerekli"
  * "Hesabınız askıya alındı - Siparişiniz iptal edildi"

Dolandırıcılar, siparişin ödeme sorunu ya da şüpheli işlem nedeniyle iptal edildiğini söyleyip sizi sahte bir giriş sayfasına yönlendiriyor veya bir telefon numarasını aramanızı istiyor. Amaç kart bilgilerinizi ve şifrenizi ele geçirmek.

Nasıl korunursunuz?
  1. E-postadaki bağlantılara tıklamak yerine uygulamayı açıp Siparişlerim sayfasını kontrol edin.
  2. Gönderen adresinin gerçekten amazon.com.tr ile bitip bitmediğine bakın.
  3. Kart bilgilerinizi asla e-posta ile paylaşmayın.

Diğer haberler: Kargo SMS'i dolandırıcılığı yeniden artışta; iki adımlı doğrulama rehberimiz güncellendi.

Abonelikten çıkmak için: https://guvenliknet.com.tr/bulten/cik
""")

S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='genuine Amazon delivery appointment cancelled; order explicitly NOT cancelled; DKIM pass',
  frm=('Amazon.com.tr', 'shipment-tracking@amazon.com.tr'), to=('Ayşe Yılmaz', 'ayse.yilmaz@gmail.com'),
  subject='Teslimat randevunuz iptal edildi', sender='amazon', auth='amazon',
  layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=TR, title='Teslimat Randevusu', greeting='Merhaba Ayşe Yılmaz,', order_no='408-5527730-1649205',
           paras=['28 Mayıs Çarşamba 09:00-13:00 saatleri arasında planlanan büyük ürün teslimat randevunuz, kargo firmasının araç planlamasındaki bir değişiklik nedeniyle iptal edildi.',
                  'Siparişiniz iptal edilmedi ve ürününüz depomuzda sizin için bekliyor. Lütfen Siparişlerim sayfasından yeni bir teslimat randevusu seçin.',
                  'Yaşattığımız aksaklık için özür dileriz.'],
           cta=('Yeni randevu seç',), items_head='Siparişinizdeki ürünler',
           items=[('Samsung 55 inç Crystal UHD 4K Smart TV UE55CU7000', 1, '22.999,00 TL')]))

S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='genuine Amazon Prime membership cancelled; iso-8859-9 QP text',
  frm=('Amazon.com.tr', 'prime@amazon.com.tr'), to=('Emre Arslan', 'emre.arslan@gmail.com'),
  subject='Amazon Prime üyeliğinizi iptal ettiniz', subj_cs='iso-8859-9',
  sender='amazon', auth=None, layout='text', charset='iso-8859-9', cte='quoted-printable',
  text="""Merhaba Emre Arslan,

Amazon Prime üyeliğinizi iptal etme talebiniz işleme alındı. Üyeliğiniz 14 Temmuz 2025 tarihinde sona erecek ve bu tarihten sonra sizden ücret alınmayacaktır.

Bu tarihe kadar ücretsiz ve hızlı kargo, Prime Video ve Prime Gaming gibi Prime avantajlarından yararlanmaya devam edebilirsiniz.

Fikrinizi değiştirirseniz, üyeliğiniz sona ermeden önce Prime Üyeliğinizi Yönetin sayfasından üyeliğinizi devam ettirebilirsiniz:
https://www.amazon.com.tr/gp/primecentral

Amazon.com.tr

Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.
""")

S(kind='non_notice', language='tr', cause=None, states_reason=False, marketplace=None,
  note='genuine payment reminder: update by date or order will be cancelled; DKIM pass',
  frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), to=('Mehmet Demir', 'mehmetdemir74@hotmail.com'),
  subject='Eylem gerekli: 407-5530281-9917364 numaralı siparişiniz için ödeme yönteminizi güncelleyin',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=TR, title='Ödeme Yöntemi Güncellemesi', greeting='Merhaba Mehmet Demir,', order_no='407-5530281-9917364',
           paras=['407-5530281-9917364 numaralı siparişinizin ödemesi, seçtiğiniz kartla (sonu 2290 ile biten Mastercard) onaylanamadı.',
                  'Siparişinizin gönderilebilmesi için lütfen 12 Mart 2025 tarihine kadar ödeme yönteminizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.',
                  "Ödeme yönteminizi güncellemek için Amazon.com.tr'de oturum açın, Siparişlerim sayfasına gidin ve ilgili siparişte “Ödeme yöntemini değiştir” seçeneğine tıklayın."],
           items_head='Sipariş özeti',
           items=[('Bosch Professional GSR 12V-15 Akülü Vidalama Seti', 1, '4.349,00 TL')], total='4.349,00 TL'))

# ======================================================== ARABIC (amazon.ae / amazon.sa / amazon.eg)
AE, SA, EG = 'amazon.ae', 'amazon.sa', 'amazon.eg'

# ---- notices
S(kind='notice', language='ar', cause='inventory_shortage', states_reason=True, marketplace=SA,
  note='genuine: no longer in stock, seller could not supply; HTML+text utf-8 QP; DKIM/DMARC pass',
  frm=('Amazon.sa', 'auto-confirm@amazon.sa'), to=('نورة الشمري', 'noura.alshammari@gmail.com'),
  subject='تم إلغاء طلبك رقم 171-4820937-6610245 من Amazon.sa',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=SA, title='إلغاء الطلب', greeting='مرحباً نورة الشمري،', order_no='171-4820937-6610245',
           paras=['شكراً لتسوقك من Amazon.sa.',
                  'نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك، لأنه لم يعد متوفراً في المخزون ولم يتمكن البائع من توفيره.',
                  'لن يتم خصم أي مبلغ مقابل هذا المنتج. إذا كنت قد دفعت مسبقاً، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.',
                  'نعتذر عن أي إزعاج قد يسببه ذلك.'],
           items=[('قهوة عربية سعودية فاخرة بالهيل، 500 غرام', 2, '118.00 ر.س')], total='236.00 ر.س'))

S(kind='notice', language='ar', cause='payment_issue', states_reason=True, marketplace=AE,
  note='genuine: expired card, payment method not updated in time; text-only windows-1256 QP',
  frm=('Amazon.ae', 'payments-messages@amazon.ae'), to=('فاطمة الزهراني', 'fatima.zahrani@hotmail.com'),
  subject='تم إلغاء طلبك: تعذّر معالجة الدفع', subj_cs='windows-1256',
  sender='amazon', auth=None, layout='text', charset='windows-1256', cte='quoted-printable',
  text="""مرحباً فاطمة الزهراني،

لم نتمكن من معالجة الدفع لطلبك رقم 402-9914306-2275813 باستخدام البطاقة المنتهية بالأرقام 4421، إذ يبدو أن صلاحية البطاقة قد انتهت.

أرسلنا إليك سابقاً رسالة نطلب فيها تحديث طريقة الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك قمنا بإلغاء طلبك.

المنتجات الملغاة:
    مكنسة دايسون V12 ديتكت سليم اللاسلكية
    الكمية: 1
    السعر: 2,299.00 درهم

لم يتم خصم أي مبلغ مقابل هذا الطلب.

إذا كنت لا تزال ترغب في شراء المنتج، يرجى التحقق من معلومات الدفع ثم تقديم طلب جديد. إذا تغير رقم بطاقتك أو انتهت صلاحيتها، يمكنك تحديث بياناتها من «حسابك» > «خيارات الدفع»:
https://www.amazon.ae/cpe/yourpayments/wallet

خدمة عملاء Amazon.ae

______________________________________________________________________

تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط. يرجى عدم الرد على هذه الرسالة.
لن تطلب منك أمازون أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي.
للإبلاغ عن رسالة مشبوهة: https://www.amazon.ae/gp/help/customer/display.html?nodeId=GXMXVFHGPHAMD4PV
""")

S(kind='notice', language='ar', cause='technical_issue', states_reason=True, marketplace=EG,
  note='genuine: pricing error; HTML-only utf-8 base64; DKIM/DMARC pass',
  frm=('Amazon.eg', 'order-update@amazon.eg'), to=('أحمد السيد', 'ahmed.elsayed@yahoo.com'),
  subject='إشعار بشأن طلبك رقم 408-3306719-5582214',
  sender='amazon', auth='amazon', layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=EG, title='إلغاء الطلب', greeting='مرحباً أحمد السيد،', order_no='408-3306719-5582214',
           paras=['شكراً لتسوقك من Amazon.eg.',
                  'اكتشفنا وجود خطأ في السعر المعروض على صفحة المنتج التالي وقت تقديم طلبك. ونظراً لهذا الخطأ في التسعير، قمنا بإلغاء طلبك.',
                  'لم يتم تحصيل أي مبلغ مقابل هذا الطلب. يمكنك الاطلاع على السعر الصحيح للمنتج على صفحة المنتج.',
                  'نعتذر عن الإزعاج.'],
           items=[('ثلاجة توشيبا نوفروست 16 قدم، فضي GR-EF51Z-DS', 1, '1,850.00 جنيه')], total='1,850.00 جنيه'))

S(kind='notice', language='ar', cause='fraud_prevention', states_reason=True, marketplace=AE,
  note='genuine: unusual activity, account suspended temporarily, order cancelled, sign in to verify, no links; text utf-8 8bit',
  frm=('Amazon.ae', 'cs-reply@amazon.ae'), to=('محمد العتيبي', 'm.alotaibi@outlook.com'),
  subject='تم تعليق حسابك على Amazon.ae مؤقتاً وإلغاء طلبك',
  sender='amazon', auth=None, layout='text', charset='utf-8', cte='8bit',
  text="""مرحباً محمد العتيبي،

لاحظنا نشاطاً غير معتاد على حسابك في Amazon.ae. ولحمايتك وحماية أمازون، قمنا بتعليق حسابك مؤقتاً وإلغاء الطلب التالي:

رقم الطلب: 403-6628104-7719350
    بطاقات هدايا آيتونز بقيمة 500 درهم    الكمية: 4
    هاتف سامسونج جالاكسي S24 ألترا 256 جيجابايت    الكمية: 1

لاستعادة الوصول إلى حسابك، يرجى تسجيل الدخول إلى حسابك بكتابة www.amazon.ae مباشرة في المتصفح أو من خلال تطبيق أمازون للتسوق، ثم اتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لن تتمكن من تقديم طلبات جديدة حتى تكتمل عملية التحقق.

حرصاً على أمانك، لا تحتوي هذه الرسالة على أي روابط.

فريق أمان الحسابات
Amazon.ae

--
لن تطلب منك أمازون أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي.
إذا تغير رقم بطاقتك أو انتهت صلاحيتها، يرجى تحديث بياناتها من صفحة «خيارات الدفع» في «حسابك».
""")

S(kind='notice', language='ar', cause='customer_request', states_reason=True, marketplace=SA,
  note='genuine: cancelled at customer request, "سبب الإلغاء: ألغاه العميل"; HTML+text utf-8 base64; DKIM/DMARC pass',
  frm=('Amazon.sa', 'auto-confirm@amazon.sa'), to=('خالد عبد الرحمن', 'khaled.abdelrahman88@gmail.com'),
  subject='تم إلغاء المنتج بنجاح: "سماعات أبل إيربودز برو (الجيل الثاني)..."',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=SA, title='تأكيد الإلغاء', greeting='مرحباً خالد عبد الرحمن،', order_no='171-9053318-2285761',
           paras=['لقد قمنا بإلغاء المنتج التالي من طلبك بناءً على طلبك.',
                  ('b', 'سبب الإلغاء: ألغاه العميل'),
                  'لن يتم خصم أي مبلغ مقابل المنتج الملغى. إذا كان قد تم الدفع، فسيتم رد المبلغ خلال 3 إلى 5 أيام عمل.'],
           items=[('سماعات أبل إيربودز برو (الجيل الثاني) مع علبة شحن MagSafe', 1, '899.00 ر.س')], total='899.00 ر.س'))

S(kind='notice', language='ar', cause='unknown', states_reason=False, marketplace=EG,
  note='genuine: item cancelled, no reason given; HTML+text windows-1256 QP',
  frm=('Amazon.eg', 'order-update@amazon.eg'), to=('مريم حسن', 'mariam.hassan@gmail.com'),
  subject='تم إلغاء منتج من طلبك على Amazon.eg', subj_cs='windows-1256',
  sender='amazon', auth=None, layout='multi', charset='windows-1256', cte='quoted-printable',
  tpl=dict(mp=EG, title='إلغاء منتج', greeting='مرحباً مريم حسن،', order_no='171-2209384-4471106',
           paras=['تم إلغاء المنتج التالي من طلبك رقم 171-2209384-4471106.',
                  'لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. وإذا كنت قد دفعت بالفعل، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية.',
                  'يمكنك متابعة حالة طلباتك في أي وقت من صفحة «طلباتي».'],
           items=[('خلاط مولينكس 600 وات مع مطحنة، أبيض LM242B27', 1, '1,299.00 جنيه')], total='1,299.00 جنيه'))

# ---- lookalikes
S(kind='lookalike', language='ar', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: callback phone number, gmail sender, malformed order no.; windows-1256 QP text',
  frm=('Amazon.sa خدمة العملاء', 'amazon.sa.helpdesk@gmail.com'), to=(None, 'saud.alharbi@hotmail.com'),
  subject='عاجل: تم إلغاء طلبك بسبب نشاط مشبوه',
  sender='gmail', auth=('pass', 'gmail.com'), layout='text', charset='windows-1256', cte='quoted-printable',
  text="""عزيزي العميل،

تم رصد نشاط مشبوه على حسابك، ولذلك تم إلغاء طلبك رقم 171-55902-88 لأسباب أمنية.

المنتج: آيفون 15 برو ماكس 256 جيجابايت
المبلغ: 5,499.00 ر.س

إذا لم تقم بهذا الطلب أو ترغب في استرداد المبلغ، يرجى الاتصال فوراً بمركز دعم أمازون على الرقم المجاني 8008501234 خلال 24 ساعة، وإلا سيتم خصم المبلغ من بطاقتك.

مركز دعم أمازون: 8008501234 (متاح 24/7)

فريق الأمان - أمازون
""")

S(kind='lookalike', language='ar', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: account suspended + order cancelled, use this code; amazon.ae.account-review.online; polished HTML-only base64',
  frm=('Amazon.ae', 'security@amazon.ae.account-review.online'), to=(None, 'reem.almansoori@gmail.com'),
  subject='تم تعليق حسابك وإلغاء طلبك - مطلوب إجراء',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=AE, title='تنبيه أمني', greeting='عزيزي العميل،', order_no='402-1189-5530',
           evil='https://amazon.ae.account-review.online/signin?lang=ar',
           paras=['اكتشفنا محاولة تسجيل دخول غير مصرح بها إلى حسابك. لحمايتك، تم تعليق حسابك مؤقتاً وإلغاء طلبك الحالي.',
                  'لإعادة تفعيل حسابك، استخدم رمز التحقق التالي خلال 24 ساعة:',
                  ('b', 'رمز التحقق: 7Z-9914'),
                  'إذا لم يتم التحقق خلال المهلة المحددة، سيتم إغلاق حسابك نهائياً.'],
           cta=('إعادة تفعيل الحساب',),
           items=[('بلايستيشن 5 برو 2 تيرابايت', 1, '2,899.00 درهم')], total='2,899.00 درهم'))

S(kind='lookalike', language='ar', cause='payment_issue', states_reason=True, marketplace=None,
  note='phish: crude Egyptian-dialect, reply with card number/CVV, yahoo sender, no order no.; utf-8 8bit text',
  frm=('امازون', 'amazonegypt.support@yahoo.com'), to=(None, 'hossam.fathy@gmail.com'),
  subject='الغاء الطلب!!! مهم جدا',
  sender='yahoo', auth=('pass', 'yahoo.com'), layout='text', charset='utf-8', cte='8bit',
  text="""عزيزى العميل

تم الغاء طلبك بسبب رفض البطاقه من البنك. لاعاده تفعيل الطلب ارسل لنا البيانات التاليه بالرد على هذه الرساله:

- الاسم على البطاقه
- رقم البطاقه
- تاريخ الانتهاء
- الرقم السرى CVV
- رقم الموبايل

لو لم نستلم البيانات خلال 24 ساعه سيتم غلق الحساب نهائيا.

شكرا
امازون مصر
""")

S(kind='lookalike', language='ar', cause='technical_issue', states_reason=True, marketplace=None,
  note='phish: polished template, pricing error + refund confirmation; link text shows amazon.ae, href refund-portal.cc; own-domain DKIM pass',
  frm=('Amazon.ae', 'order-update@amazon-ae-orders.com'), to=('عمر الكعبي', 'omar.alkaabi@gmail.com'),
  subject='تم إلغاء طلبك رقم 403-7729015-3184426 من Amazon.ae',
  sender='generic', auth=('pass', 'amazon-ae-orders.com'), layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=AE, title='إلغاء الطلب', greeting='مرحباً عمر الكعبي،', order_no='403-7729015-3184426',
           evil='http://amazon-ae.refund-portal.cc/confirm?o=403772',
           paras=['شكراً لتسوقك من Amazon.ae.',
                  'نظراً لخطأ في التسعير على صفحة المنتج، تم إلغاء طلبك التالي.',
                  'لاسترداد المبلغ المدفوع (4,199.00 درهم) إلى بطاقتك، يرجى تأكيد بيانات الاسترداد خلال 48 ساعة عبر الرابط التالي:',
                  ('link', 'https://www.amazon.ae/gp/css/order-history', 'http://amazon-ae.refund-portal.cc/confirm?o=403772')],
           items=[('لابتوب لينوفو ليجن 5 برو، معالج Core i7، بطاقة RTX 4060', 1, '4,199.00 درهم')], total='4,199.00 درهم'))

S(kind='lookalike', language='ar', cause='unknown', states_reason=False, marketplace=None,
  note='phish: Cyrillic homoglyph "Аmazon.eg" display name, no reason, malformed order no.; HTML+text base64',
  frm=('Аmazon.eg', 'noreply@eg-notify.net'), to=(None, 'yasmin.adel@gmail.com'),
  subject='إشعار إلغاء الطلب #EG-44102',
  sender='generic', auth=('softfail', 'eg-notify.net'), layout='multi', charset='utf-8', cte='base64',
  text="""عزيزي العميل،

تم إلغاء طلبك رقم #EG-44102.

لمعرفة تفاصيل الإلغاء وحالة استرداد المبلغ، يرجى الضغط على الرابط أدناه:
https://eg-notify.net/amazon/order/44102

Amazon.eg
""",
  html="""<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>
<body style="font-family:Tahoma,Arial,sans-serif;background:#eaeded;">
<table width="600" align="center" style="background:#ffffff;"><tr><td style="background:#131921;padding:12px;color:#fff;font-size:22px;">amazon<span style="color:#febd69;">.eg</span></td></tr>
<tr><td style="padding:20px;font-size:15px;">
<p>عزيزي العميل،</p>
<p>تم إلغاء طلبك رقم <b>#EG-44102</b>.</p>
<p>لمعرفة تفاصيل الإلغاء وحالة استرداد المبلغ، يرجى الضغط على الزر أدناه.</p>
<p><a href="https://eg-notify.net/amazon/order/44102" style="background:#ffa41c;color:#0f1111;padding:10px 26px;text-decoration:none;border-radius:6px;">عرض تفاصيل الطلب</a></p>
</td></tr></table></body></html>
""")

S(kind='lookalike', language='ar', cause='customer_request', states_reason=True, marketplace=None,
  note='phish: "cancelled at your request, stop it within 30 min", outlook sender; windows-1256 HTML+text QP',
  frm=('Amazon Saudi', 'amazon.sa.orders@outlook.com'), to=(None, 'abdullah.q@gmail.com'),
  subject='تم استلام طلب الإلغاء الخاص بك', subj_cs='windows-1256',
  sender='outlook', auth=('pass', 'outlook.com'), layout='multi', charset='windows-1256', cte='quoted-printable', html_auto=True,
  text="""عزيزي العميل،

تم إلغاء طلبك رقم 171-6630918-2047735 بناءً على طلبك.

المنتج: بلايستيشن 5 سليم - إصدار القرص
المبلغ: 1,999.00 ر.س

إذا لم تقم أنت بطلب الإلغاء، فقد يكون شخص آخر يستخدم حسابك. لإيقاف الإلغاء وحماية حسابك، اضغط على الرابط التالي خلال 30 دقيقة:
http://amazon-sa-cancel.com/stop?id=171663

أمازون السعودية
""")

S(kind='lookalike', language='ar', cause='inventory_shortage', states_reason=True, marketplace=None,
  note='phish: look-alike domain amaz0n-eg.com, out of stock + "confirm card to get refund", order no. with letter O; HTML-only base64',
  frm=('Amazon.eg', 'auto-confirm@amaz0n-eg.com'), to=(None, 'mostafa.nabil@yahoo.com'),
  subject='تم إلغاء طلبك بسبب نفاد الكمية',
  sender='generic', auth=None, layout='html', charset='utf-8', cte='base64',
  tpl=dict(mp=EG, title='إلغاء الطلب', greeting='عزيزي العميل،', order_no='408-22O1947-6690213',
           evil='https://amaz0n-eg.com/refund/card', footer=False,
           paras=['نأسف لإبلاغك بأن المنتج الذي طلبته قد نفد من المخزون، ولذلك تم إلغاء طلبك.',
                  'لاستلام المبلغ المسترد، يرجى تأكيد بيانات بطاقتك من خلال الزر أدناه. لن يتم رد المبلغ دون تأكيد البيانات.'],
           cta=('تأكيد بيانات الاسترداد',),
           items=[('غسالة سامسونج 9 كيلو فول أوتوماتيك', 1, '17,499.00 جنيه')], total='17,499.00 جنيه'))

S(kind='lookalike', language='ar', cause='fraud_prevention', states_reason=True, marketplace=None,
  note='phish: "order will be cancelled in 12h unless you confirm identity", no order no., amazon.sa-verify.info; windows-1256 8bit text',
  frm=('Amazon', 'billing@amazon.sa-verify.info'), to=(None, 'lama.alqahtani@gmail.com'),
  subject='سيتم إلغاء طلبك خلال 12 ساعة', subj_cs='windows-1256',
  sender='generic', auth=('fail', 'amazon.sa-verify.info'), layout='text', charset='windows-1256', cte='8bit',
  text="""عميلنا العزيز،

لم نتمكن من التحقق من هويتك. سيتم إلغاء طلبك وتعليق حسابك خلال 12 ساعة إذا لم تقم بتأكيد هويتك.

لتأكيد هويتك الآن، يرجى الدخول إلى الرابط التالي وإدخال بياناتك الشخصية وبيانات البطاقة:
http://amazon.sa-verify.info/id/confirm

مع تحيات،
فريق أمازون
""")

# ---- non-notices
S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='perfume shop cancels order (out of stock); paid via Amazon Payment Services',
  frm=('دار العود للعطور', 'orders@daraloud-perfumes.ae'), to=('نورة الشمري', 'noura.alshammari@gmail.com'),
  subject='تم إلغاء طلبك رقم DA-55218',
  sender='generic', auth=('pass', 'daraloud-perfumes.ae'), layout='multi', charset='utf-8', cte='quoted-printable', html_auto=True,
  text="""عزيزتي نورة الشمري،

نشكرك على تسوقك من متجر دار العود للعطور.

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم DA-55218 لنفاد الكمية المتوفرة من "دهن عود كمبودي 3 مل".

تمت عملية الدفع عبر Amazon Payment Services (بوابة الدفع التابعة لأمازون)، وسيتم رد المبلغ البالغ 650.00 درهم إلى بطاقتك خلال 5 إلى 7 أيام عمل. قد يظهر اسم "Amazon Payment Services" في كشف حساب بطاقتك.

مع أطيب التحيات،
فريق دار العود
هاتف: +971 4 355 0921
https://daraloud-perfumes.ae
""")

S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='friend says he cancelled his own Amazon order himself; utf-8 base64 text',
  frm=('خالد عبد الرحمن', 'khaled.abdelrahman88@gmail.com'), to=('محمد العتيبي', 'm.alotaibi@outlook.com'),
  subject='بخصوص هدية أبو فيصل',
  sender='gmail', auth=('pass', 'gmail.com'), layout='text', charset='utf-8', cte='base64',
  text="""السلام عليكم يا محمد،

كنت طلبت الساعة من أمازون عشان هدية أبو فيصل، بس طلع التوصيل بعد أسبوعين فألغيت الطلب بنفسي أمس. لقيت نفس الساعة في الراشد مول وبسعر قريب، بأخذها منهم بكرة إن شاء الله.

بالنسبة للبطاقة، اكتب عليها اسمك واسمي، وأنا أجيب الكيكة.

تحياتي،
خالد
""")

S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='security newsletter quoting fake Amazon cancellation subjects; HTML-only windows-1256 QP',
  frm=('نشرة الأمن الرقمي', 'newsletter@amnraqami.net'), to=(None, 'ahmed.elsayed@yahoo.com'),
  subject='نشرة الأسبوع: احذر رسائل "تم إلغاء طلبك على أمازون" المزيفة', subj_cs='windows-1256',
  sender='newsletter', auth=('pass', 'amnraqami.net'), layout='html', charset='windows-1256', cte='quoted-printable', html_auto=True,
  text="""نشرة الأمن الرقمي - العدد 52

احذر رسائل "تم إلغاء طلبك" المزيفة باسم أمازون

رصدنا خلال الأسابيع الماضية موجة جديدة من رسائل التصيد الاحتيالي التي تنتحل صفة أمازون في الإمارات والسعودية ومصر. ومن أبرز عناوين هذه الرسائل:

- "تم إلغاء طلبك رقم 403-XXXXXXX-XXXXXXX من Amazon.ae"
- "عاجل: تم إلغاء طلبك بسبب نشاط مشبوه"
- "تم تعليق حسابك وإلغاء طلبك - مطلوب إجراء"

تدّعي هذه الرسائل أن طلبك أُلغي بسبب مشكلة في الدفع أو نشاط مشبوه، ثم تطلب منك الضغط على رابط أو الاتصال برقم هاتف لاسترداد المبلغ، بهدف سرقة بيانات بطاقتك وكلمة المرور.

كيف تحمي نفسك؟
1. لا تضغط على الروابط، وافتح تطبيق أمازون مباشرة للتحقق من طلباتك.
2. تأكد من أن عنوان المرسل ينتهي بنطاق أمازون الرسمي.
3. لا ترسل بيانات بطاقتك عبر البريد الإلكتروني أبداً.

لإلغاء الاشتراك في النشرة: https://amnraqami.net/unsubscribe
""")

S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='genuine Amazon.sa delivery appointment cancelled; order explicitly NOT cancelled; DKIM pass',
  frm=('Amazon.sa', 'shipment-tracking@amazon.sa'), to=('لمى القحطاني', 'lama.alqahtani@gmail.com'),
  subject='تم إلغاء موعد التوصيل الخاص بك', sender='amazon', auth='amazon',
  layout='multi', charset='utf-8', cte='quoted-printable',
  tpl=dict(mp=SA, title='موعد التوصيل', greeting='مرحباً لمى القحطاني،', order_no='171-3302981-7754120',
           paras=['نود إعلامك بأنه تم إلغاء موعد توصيل طلبك المحدد يوم الأحد 18 مايو بين الساعة 2:00 و6:00 مساءً، وذلك بسبب ظروف تشغيلية لدى شركة التوصيل.',
                  'لم يتم إلغاء طلبك، ولا يزال المنتج جاهزاً للتوصيل. يرجى اختيار موعد توصيل جديد من صفحة «طلباتي».',
                  'نعتذر عن الإزعاج.'],
           cta=('اختيار موعد جديد',), items_head='المنتجات في طلبك',
           items=[('مكيف سبليت جري 18000 وحدة، بارد', 1, '2,649.00 ر.س')]))

S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='genuine Amazon Prime membership cancelled (amazon.eg); text utf-8 QP',
  frm=('Amazon.eg', 'prime@amazon.eg'), to=('مريم حسن', 'mariam.hassan@gmail.com'),
  subject='تم إلغاء عضويتك في Amazon Prime',
  sender='amazon', auth=None, layout='text', charset='utf-8', cte='quoted-printable',
  text="""مرحباً مريم حسن،

لقد قمت بإلغاء عضويتك في أمازون برايم. ستظل مزايا العضوية متاحة لك حتى 21 أغسطس 2025، ولن يتم خصم أي رسوم بعد هذا التاريخ.

حتى ذلك الحين، يمكنك الاستمرار في الاستمتاع بالتوصيل المجاني والسريع وPrime Video وغيرها من مزايا برايم.

إذا غيرت رأيك، يمكنك استئناف عضويتك قبل انتهائها من صفحة «إدارة عضوية برايم»:
https://www.amazon.eg/gp/primecentral

Amazon.eg

تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط. يرجى عدم الرد على هذه الرسالة.
""")

S(kind='non_notice', language='ar', cause=None, states_reason=False, marketplace=None,
  note='genuine payment reminder: update by date or order will be cancelled; DKIM pass',
  frm=('Amazon.ae', 'payments-messages@amazon.ae'), to=('فاطمة الزهراني', 'fatima.zahrani@hotmail.com'),
  subject='مطلوب إجراء: يرجى تحديث طريقة الدفع لطلبك رقم 402-3381902-6654107',
  sender='amazon', auth='amazon', layout='multi', charset='utf-8', cte='base64',
  tpl=dict(mp=AE, title='تحديث طريقة الدفع', greeting='مرحباً فاطمة الزهراني،', order_no='402-3381902-6654107',
           paras=['لم نتمكن من معالجة الدفع لطلبك رقم 402-3381902-6654107 باستخدام بطاقة فيزا المنتهية بالأرقام 8803.',
                  'لكي نتمكن من شحن طلبك، يرجى تحديث طريقة الدفع قبل 14 مارس 2025. إذا لم يتم تحديث طريقة الدفع بحلول هذا التاريخ، فسيتم إلغاء طلبك.',
                  'لتحديث طريقة الدفع، سجّل الدخول إلى Amazon.ae، وانتقل إلى «طلباتي»، ثم اختر «تغيير طريقة الدفع» للطلب المعني.'],
           items_head='ملخص الطلب',
           items=[('قلاية هوائية فيليبس XXL، سعة 7.3 لتر', 1, '899.00 درهم')], total='899.00 درهم'))

# ---------------------------------------------------------------- headers & assembly
LANG_TZ = {'ja': 9, 'tr': 3, 'ar': 4}
SES_REGION = {'ja': 'us-west-2', 'tr': 'eu-west-1', 'ar': 'eu-west-1'}

def domain_of(a):
    return a.rsplit('@', 1)[1].lower()

def mx_for(to_addr):
    d = domain_of(to_addr)
    return {'gmail.com': 'mx.google.com', 'outlook.com': 'mx.microsoft.com', 'hotmail.com': 'mx.microsoft.com',
            'outlook.jp': 'mx.microsoft.com', 'icloud.com': 'mx01.mail.icloud.com',
            'yahoo.com': 'mta7.am0.yahoodns.net', 'yahoo.co.jp': 'mx.mail.yahoo.co.jp'}.get(d, 'mx1.' + d)

def auth_header(auth, from_addr, to_addr, ip):
    mx = mx_for(to_addr)
    d = domain_of(from_addr)
    if auth == 'amazon':
        sel = rng.choice(['rte02', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', '4vu4u4tvqg7dbrzzpfd3mqk7b2hd2wyz'])
        return ('%s;\n\tdkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n'
                '\tdkim=pass header.d=amazonses.com header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n'
                '\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                % (mx, d, d, sel, rid(8, 'abcdefghijklmnopqrstuvwxyz0123456789'), rid(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                   mx, 'bounces.' + d, ip, 'bounces.' + d, d))
    res, dom = auth
    if res == 'pass':
        return ('%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s'
                % (mx, dom, rng.choice(['default', 's1', 'selector1', '20230601', 'k1']), rid(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                   mx, from_addr, ip, dom, dom))
    if res == 'softfail':
        return ('%s;\n\tspf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdkim=none;\n\tdmarc=none header.from=%s' % (mx, mx, from_addr, ip, dom, dom))
    if res == 'none':
        return '%s;\n\tspf=neutral smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=none header.from=%s' % (mx, dom, dom)
    if res == 'fail':
        return ('%s;\n\tdkim=fail header.d=%s;\n\tspf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
                '\tdmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s' % (mx, dom, mx, from_addr, ip, dom, dom))
    raise ValueError(auth)

def transport(spec, date):
    """Received / Message-ID / misc headers and a boundary in the style of the sending system."""
    s = spec['sender']
    frm, to = spec['frm'][1], spec['to'][1]
    d = domain_of(frm)
    mx = mx_for(to)
    ds = format_datetime(date)
    hdr, extra = [], []
    if s == 'amazon':
        reg = SES_REGION[spec['language']]
        n = rng.randrange(2, 250)
        blk = rng.choice([27, 48, 8, 3])
        ip = '54.240.%d.%d' % (blk, n)
        host = 'a%d-%d.smtp-out.%s.amazonses.com' % (blk, n, reg)
        msgid = '<0101019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (rhex(9), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), reg)
        bounce = '%s%s@bounces.%s' % (date.strftime('%Y%m%d%H%M%S'), rhex(10), d)
        boundary = '----=_Part_%s_%s.%s' % (rdig(8), rdig(9), rdig(13))
        hdr.append(('Return-Path', '<%s>' % bounce))
        extra += [('X-AMAZON-MAIL-RELAY-TYPE', 'notification'), ('Bounces-to', bounce),
                  ('X-AMAZON-RTE-VERSION', '2.0'), ('X-AMAZON-METADATA', 'CA=C%s-CU=A%s' % (rid(16), rid(13))),
                  ('Feedback-ID', '1.%s.%s=:AmazonSES' % (reg, base64.b64encode(rid(30).encode()).decode()[:40]))]
        if not frm.startswith('cs-reply'):
            extra.insert(0, ('Reply-To', 'no-reply@' + d))
    elif s == 'gmail':
        n = rng.randrange(10, 90)
        ip = '209.85.220.%d' % n
        host = 'mail-sor-f%d.google.com' % n
        msgid = '<CA+%s@mail.gmail.com>' % rid(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
        boundary = '000000000000' + rhex(16)
        extra.append(('X-Gm-Message-State', 'AOJu0Y' + rid(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    elif s == 'outlook':
        ip = '40.92.%d.%d' % (rng.randrange(1, 120), rng.randrange(2, 250))
        host = 'EUR0%d-%s-obe.outbound.protection.outlook.com' % (rng.randrange(1, 6), rid(2))
        pre = rid(4) + 'PR' + rdig(2) + 'MB' + rdig(4)
        msgid = '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (pre, rid(30), pre, rng.randrange(1, 6))
        boundary = '_000_%s_' % (pre + rid(20))
        extra += [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('X-Mailer', 'Microsoft Outlook Web App')]
    elif s == 'yahoo':
        ip = '66.163.%d.%d' % (rng.randrange(180, 200), rng.randrange(2, 250))
        host = 'sonic%d-%d.consmr.mail.ne1.yahoo.com' % (rng.randrange(300, 330), rng.randrange(10, 60))
        msgid = '<%s.%s.%s@mail.yahoo.com>' % (rdig(10), rdig(7), rdig(13))
        boundary = '----=_Part_%s_%s.%s' % (rdig(7), rdig(10), rdig(13))
        extra.append(('X-Mailer', 'WebService/1.1.22%s YMailNorrin' % rdig(3)))
    elif s == 'corporate':
        ip = '85.105.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
        host = 'mail.' + d
        msgid = '<%s$%s$%s@%s>' % (rhex(12), rhex(12), rhex(8), d)
        boundary = '----=_NextPart_000_%s_%s.%s' % (rhex(4).upper(), rhex(8).upper(), rhex(8).upper())
        extra += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'Ad' + rid(26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
                  ('Content-Language', 'tr')]
    else:   # generic / newsletter
        ip = '%d.%d.%d.%d' % (rng.choice([45, 91, 103, 185, 193, 5]), rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(2, 250))
        host = rng.choice(['mail', 'smtp', 'mx', 'out']) + '.' + d
        msgid = '<%s@%s>' % (rhex(32), d)
        boundary = '=_%s' % rhex(32)
        if s == 'newsletter':
            extra += [('List-Unsubscribe', '<https://%s/unsubscribe?u=%s>' % (d, rhex(12))),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
        elif spec['kind'] == 'lookalike':
            extra.append(('X-Mailer', rng.choice(['PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', ''])))
            extra = [e for e in extra if e[1]]
    recv = ('from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>;\n\t%s'
            % (host, host, ip, mx, rid(20, 'abcdefghijklmnopqrstuvwxyz0123456789'), to, ds))
    hdr.insert(0, ('Received', recv))
    if spec.get('auth'):
        hdr.insert(0, ('Authentication-Results', auth_header(spec['auth'], frm, to, ip)))
    return hdr, extra, msgid, boundary

def bodies(spec):
    lang = spec['language']
    text, html = spec.get('text'), spec.get('html')
    if 'tpl' in spec:
        t = dict(spec['tpl'])
        mp = t.pop('mp')
        if html is None:
            html = amazon_html(mp, **t)
        if text is None:
            text = amazon_text(mp, **t)
    elif html is None and (spec.get('html_auto') or spec['layout'] in ('multi', 'html')):
        html = simple_html(text, lang, rtl=(lang == 'ar'), title=spec['subject'])
    if html is not None:
        html = html.replace('CHARSET', spec['charset'].upper() if spec['charset'] == 'utf-8' else spec['charset'])
    return text, html

def hdr_cs(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return Header(s, cs).encode()

def build(spec):
    lang = spec['language']
    tz = 0 if spec['sender'] == 'amazon' else LANG_TZ[lang]
    date = rdate(tz)
    hdr, extra, msgid, boundary = transport(spec, date)
    text, html = bodies(spec)
    cs, cte = spec['charset'], spec['cte']
    hcte = spec.get('html_cte', cte)
    layout = spec['layout']
    if layout == 'multi':
        msg = MIMEMultipart('alternative', boundary=boundary)
        for body, sub, e in ((text, 'plain', cte), (html, 'html', hcte)):
            p = make_part(body, sub, cs, e)
            del p['MIME-Version']
            msg.attach(p)
    elif layout == 'html':
        msg = make_part(html, 'html', cs, hcte)
    else:
        msg = make_part(text, 'plain', cs, cte)
    mime_headers = list(msg.items())
    for k in {k for k, _ in mime_headers}:
        del msg[k]
    scs = spec.get('subj_cs', 'utf-8')
    name, email = spec['frm']
    for k, v in hdr:
        msg[k] = v
    msg['From'] = '%s <%s>' % (hdr_cs(name, scs), email) if not name.isascii() else formataddr((name, email))
    tname, temail = spec['to']
    msg['To'] = temail if tname is None else ('%s <%s>' % (hdr_cs(tname, scs), temail) if not tname.isascii() else formataddr((tname, temail)))
    msg['Subject'] = hdr_cs(spec['subject'], scs)
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = msgid
    for k, v in extra:
        msg[k] = v
    for k, v in mime_headers:
        if k == 'MIME-Version':
            msg[k] = v
    for k, v in mime_headers:
        if k != 'MIME-Version':
            msg[k] = v
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=998).flatten(msg)
    return bio.getvalue()

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(SPECS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        spec = SPECS[i]
        fname = '%s%03d.eml' % (PREFIX, n)
        data = build(spec)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels.append({'file': fname, 'kind': spec['kind'], 'language': spec['language'], 'cause': spec['cause'],
                       'states_reason': spec['states_reason'], 'marketplace': spec['marketplace'], 'note': spec['note']})
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('wrote %d mails to %s' % (len(labels), OUT))

if __name__ == '__main__':
    main()
