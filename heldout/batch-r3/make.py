#!/usr/bin/env python3
"""Generate blind test batch r3 (Turkish: amazon.com.tr; Arabic: amazon.ae/.sa/.eg).

Writes mail/r3NNN.eml and labels.json next to this script. Deterministic (fixed seed).
"""
import json, os, random, html, datetime, string, sys, urllib.parse
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
import io

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, 'mail')
SEED = 3303
rng = random.Random(SEED)

# ----------------------------------------------------------------- helpers
def esc(s):
    return html.escape(s, quote=True)

def rand_digits(n):
    return ''.join(rng.choice(string.digits) for _ in range(n))

def rand_up(n, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))

def make_oid(prefixes):
    return '%s-%s-%s' % (rng.choice(prefixes), rand_digits(7), rand_digits(7))

def asin():
    return 'B0' + rand_up(8)

MONTHS = {
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos',
           'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    'ar': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس',
           'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
}

def ldate(lang, d):
    return '%d %s %d' % (d.day, MONTHS[lang][d.month - 1], d.year)

TZ = {
    'amazon.com.tr': 3, 'amazon.ae': 4, 'amazon.sa': 3, 'amazon.eg': 2, None: 0,
}

BRAND = {'amazon.com.tr': 'Amazon.com.tr', 'amazon.ae': 'Amazon.ae',
         'amazon.sa': 'Amazon.sa', 'amazon.eg': 'Amazon.eg'}

OID_PREFIX = {'amazon.com.tr': ['402', '403', '405', '406', '407', '408'],
              'amazon.ae': ['171', '402', '403', '404', '406', '407'],
              'amazon.sa': ['402', '403', '405', '407', '408', '171'],
              'amazon.eg': ['402', '403', '405', '406', '171']}

def tracked(dom, target, kind='C'):
    q = urllib.parse.quote(target, safe='')
    return ('https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0%s&R=%s&T=%s&U=%s&H=%s'
            % (dom, rand_up(13), rand_up(13), rand_digits(14), rand_up(24, '0123456789abcdef'),
               rand_up(2, 'abcdefghijklmnopqrstuvwxyz'), rand_up(13), kind, q, rand_up(28)))

# ----------------------------------------------------------------- labels per language
LBL = {
    'tr': dict(dir='ltr', start='left', end='right', your_orders='Siparişlerim',
               your_account='Hesabım', order_no='Sipariş No.', order_hash='Sipariş #',
               qty='Adet', sold_by='Satıcı', price='Fiyat', item='Ürün',
               cancelled='İptal edilen ürünler', remaining='Siparişinizde kalan ürünler',
               view_order='Sipariş ayrıntılarını görüntüle', details='Sipariş Ayrıntıları',
               total='Toplam', heading='Sipariş İptali'),
    'ar': dict(dir='rtl', start='right', end='left', your_orders='طلباتك',
               your_account='حسابك', order_no='رقم الطلب', order_hash='الطلب رقم',
               qty='الكمية', sold_by='البائع', price='السعر', item='المنتج',
               cancelled='المنتجات الملغاة', remaining='المنتجات المتبقية في طلبك',
               view_order='عرض تفاصيل الطلب', details='تفاصيل الطلب', total='الإجمالي',
               heading='إلغاء الطلب'),
}

# ----------------------------------------------------------------- boilerplate pools
POOLS = {
    'tr': dict(
        money=[
            "Bu sipariş için kartınızdan herhangi bir tahsilat yapılmadı.",
            "İptal edilen ürünler için sizden ücret alınmadı. Kartınızda geçici bir provizyon görüyorsanız, bankanıza bağlı olarak birkaç iş günü içinde kendiliğinden kalkacaktır.",
            "Ödemeniz alınmışsa, tutarın tamamı 3-5 iş günü içinde kullandığınız ödeme yöntemine iade edilecektir.",
            "Herhangi bir ödeme tahsil edilmediği için sizin tarafınızdan yapılması gereken bir işlem bulunmuyor.",
            "Bu siparişte kullandığınız hediye çeki bakiyesi Amazon.com.tr hesabınıza geri yüklendi.",
            "Kredi kartınıza yansımış bir tutar varsa iptal tarihinden itibaren 7 iş günü içinde iade edilir; iadenin ekstrenizde görünmesi bankanıza göre değişebilir.",
            "Kapıda ödeme seçeneğini kullandığınız için herhangi bir geri ödeme işlemine gerek yoktur.",
        ],
        help=[
            ("Siparişlerinizin güncel durumunu Siparişlerim sayfasından takip edebilirsiniz:",
             "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_tr_cncl_oh"),
            ("Daha fazla bilgi için Yardım sayfamıza göz atabilirsiniz:",
             "https://www.amazon.com.tr/gp/help/customer/display.html?ref_=pe_tr_hlp"),
            ("Başka bir konuda yardıma ihtiyacınız olursa Müşteri Hizmetleri'ne ulaşabilirsiniz:",
             "https://www.amazon.com.tr/gp/help/customer/contact-us?ref_=pe_tr_cu"),
            ("Benzer ürünlere göz atmak için:",
             "https://www.amazon.com.tr/gp/browse.html?ref_=pe_tr_sim"),
        ],
        sign=[
            "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
            "Tekrar görüşmek dileğiyle,\nAmazon.com.tr",
            "Saygılarımızla,\nAmazon.com.tr Müşteri Hizmetleri",
            "Anlayışınız için teşekkür ederiz.\nAmazon.com.tr",
            "İyi alışverişler dileriz.\nAmazon.com.tr ekibi",
        ],
        foot=[
            "Bu e-posta, gelen iletileri kabul etmeyen bir bildirim adresinden gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
            "Amazon.com.tr hiçbir zaman e-posta, SMS veya telefon yoluyla şifrenizi, kart bilgilerinizi ya da tek kullanımlık doğrulama kodunuzu sormaz. Böyle bir talep alırsanız bağlantılara tıklamayın ve durumu bize bildirin.",
            "Ödeme bilgilerinizi yalnızca Hesabım > Ödeme Yöntemleriniz bölümünden güncelleyin. E-postalardaki bağlantılardan açılan sayfalara kart bilgisi girmeyin.",
            "Sahte (kimlik avı) e-postaları nasıl tanıyabileceğinizi öğrenmek için Yardım sayfalarımızdaki \"Şüpheli e-postalar\" bölümünü inceleyin.",
            "Hesabınızın güvenliği için şifrenizi kimseyle paylaşmayın ve İki Adımlı Doğrulama'yı etkinleştirin.",
            "Kişisel verileriniz Gizlilik Bildirimimize uygun olarak işlenir.",
            "Bu e-posta, hesabınızdaki bir işlemle ilgili bilgilendirme amacıyla gönderilmiştir ve pazarlama tercihlerinizden bağımsızdır.",
        ],
        company="Amazon Turkey Perakende Hizmetleri Ltd. Şti., Esentepe Mah. Büyükdere Cad. No:199, Şişli/İstanbul. Mersis No: 0068101234500017",
    ),
    'ar': dict(
        money=[
            "لم يتم خصم أي مبلغ من بطاقتك مقابل هذا الطلب.",
            "إذا ظهر مبلغ محجوز على بطاقتك، فسيُلغى الحجز تلقائياً خلال 5 إلى 7 أيام عمل بحسب البنك المُصدر.",
            "سنعيد أي مبلغ دفعته إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.",
            "بما أنك اخترت الدفع عند الاستلام، فلا يلزمك اتخاذ أي إجراء بخصوص الدفع.",
            "لن تُحتسب عليك أي رسوم مقابل المنتجات الملغاة.",
            "في حال تم تحصيل المبلغ، ستظهر عملية الاسترداد في كشف حسابك خلال 14 يوماً كحد أقصى.",
            "أُعيد رصيد قسيمة الهدايا الذي استخدمته في هذا الطلب إلى حسابك.",
        ],
        help=[
            ("يمكنك متابعة حالة طلباتك من صفحة «طلباتك»:", "https://www.{dom}/gp/css/order-history?ref_=pe_cncl_oh"),
            ("لمزيد من المعلومات، تفضل بزيارة صفحة المساعدة:", "https://www.{dom}/gp/help/customer/display.html?ref_=pe_hlp"),
            ("للتواصل مع خدمة العملاء:", "https://www.{dom}/gp/help/customer/contact-us?ref_=pe_cu"),
            ("تصفّح منتجات مشابهة:", "https://www.{dom}/gp/browse.html?ref_=pe_sim"),
        ],
        sign=[
            "شكراً لتسوقك معنا.\n{brand}",
            "مع أطيب التحيات،\nفريق خدمة عملاء {brand}",
            "نأمل أن نراك مجدداً قريباً.\n{brand}",
            "نشكرك على تفهمك.\n{brand}",
            "مع خالص التقدير،\n{brand}",
        ],
        foot=[
            "تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط ولا يستقبل الردود. يُرجى عدم الرد عليها.",
            "لن تطلب منك أمازون أبداً عبر البريد الإلكتروني أو الرسائل النصية كلمة المرور أو رقم بطاقتك الائتمانية أو رمز التحقق لمرة واحدة.",
            "إذا تلقيت رسالة تبدو مشبوهة وتدّعي أنها من أمازون، فلا تنقر على أي رابط فيها، وأبلغنا عنها عبر صفحة «الإبلاغ عن رسالة احتيالية».",
            "لتحديث بيانات الدفع، ادخل دائماً إلى «حسابك» ثم «خيارات الدفع» مباشرة من الموقع أو التطبيق.",
            "احرص على حماية حسابك بتفعيل التحقق بخطوتين وعدم مشاركة كلمة المرور مع أي شخص.",
            "تتم معالجة بياناتك الشخصية وفقاً لإشعار الخصوصية الخاص بنا.",
            "أُرسلت هذه الرسالة لإعلامك بإجراء يخص حسابك، وهي لا تتأثر بتفضيلاتك التسويقية.",
        ],
        company={
            'amazon.ae': "تُدار Amazon.ae من قبل أمازون ميدل إيست ذ.م.م، دبي، الإمارات العربية المتحدة.",
            'amazon.sa': "Amazon.sa، الرياض، المملكة العربية السعودية.",
            'amazon.eg': "Amazon.eg، القاهرة الجديدة، جمهورية مصر العربية.",
        },
    ),
}

# ----------------------------------------------------------------- recipients
PEOPLE = {
    'tr': [("Elif Yılmaz", "elif.yilmaz84@gmail.com"), ("Mert Kaya", "mertkaya@outlook.com"),
           ("Zeynep Demir", "zeynepdemir@yandex.com"), ("Burak Şahin", "burak.sahin@hotmail.com"),
           ("Ayşe Çelik", "aysecelik.tr@gmail.com"), ("Emre Aydın", "emre.aydin@icloud.com"),
           ("Selin Öztürk", "selin.ozturk@gmail.com"), ("Kerem Arslan", "kerem.arslan@outlook.com.tr"),
           ("Deniz Koç", "denizkoc@gmail.com"), ("Gökhan Erdem", "g.erdem@hotmail.com"),
           ("Şule Yıldız", "suleyildiz@gmail.com"), ("Onur Polat", "onurpolat@yandex.com.tr"),
           ("Hülya Kurt", "hulya.kurt@gmail.com"), ("Tolga Özdemir", "tolgaozdemir@outlook.com"),
           ("İpek Aksoy", "ipek.aksoy@gmail.com"), ("Cem Doğan", "cemdogan@icloud.com"),
           ("Nur Kılıç", "nurkilic@gmail.com"), ("Barış Güneş", "baris.gunes@hotmail.com")],
    'ar': [("أحمد الحربي", "ahmed.alharbi@gmail.com"), ("فاطمة الكعبي", "fatima.k@hotmail.com"),
           ("محمد عبدالله", "m.abdullah@outlook.com"), ("نورة القحطاني", "noura.q@gmail.com"),
           ("خالد المنصوري", "khaled.mansoori@yahoo.com"), ("سارة إبراهيم", "sara.ibrahim@gmail.com"),
           ("عمر فاروق", "omar.farouk@outlook.com"), ("ريم الشمري", "reem.shammari@icloud.com"),
           ("يوسف حسن", "youssef.hassan@gmail.com"), ("مريم السويدي", "mariam.s@hotmail.com"),
           ("عبدالله العتيبي", "a.otaibi@gmail.com"), ("هند مصطفى", "hend.mostafa@yahoo.com"),
           ("طارق النعيمي", "tariq.n@outlook.com"), ("ليلى سعيد", "laila.saeed@gmail.com"),
           ("سلمان الدوسري", "salman.d@gmail.com"), ("دينا محمود", "dina.mahmoud@hotmail.com")],
}
FIRST = lambda full: full.split()[0]

# ----------------------------------------------------------------- text fix-ups for legacy charsets
LEGACY_FIX = {'–': '-', '—': '-', '“': '"', '”': '"', '‘': "'", '’': "'", '…': '...',
              '•': '*', '₺': 'TL', '\u200f': '', '\u200e': ''}
LEGACY_FIX_1256 = {'₺': 'TL'}

def fit_charset(text, cs):
    if cs == 'utf-8':
        return text
    table = LEGACY_FIX if cs == 'iso-8859-9' else LEGACY_FIX_1256
    for a, b in table.items():
        text = text.replace(a, b)
    text.encode(cs)  # raises if something is still not representable
    return text

# ----------------------------------------------------------------- formatting of spec texts
class Ctx(dict):
    def __missing__(self, k):
        raise KeyError('missing ctx key %r' % k)

def F(s, ctx):
    return s.format_map(ctx) if isinstance(s, str) else s

def norm_item(it):
    it = list(it)
    while len(it) < 5:
        it.append({3: True, 4: None}[len(it)])
    return dict(name=it[0], qty=it[1], price=it[2], cancelled=it[3], seller=it[4])

def build_parts(spec, ctx):
    """Decide every piece of content once; renderers only lay it out."""
    lang = spec['lang']
    P = POOLS[lang]
    L = LBL[lang]
    amazon_boiler = spec.get('boiler', True)
    parts = Ctx()
    g = spec.get('greet', True)
    if g is True:
        if lang == 'tr':
            g = rng.choice(["Merhaba {first},", "Sayın {name},", "Merhaba,", "Değerli müşterimiz,",
                            "Merhaba {first}."])
        else:
            g = rng.choice(["مرحباً {first}،", "عزيزي العميل،", "أهلاً {first}،", "عميلنا العزيز،",
                            "السيد/السيدة {name}،"])
    parts['greeting'] = F(g, ctx) if g else None
    parts['heading'] = F(spec.get('heading', L['heading']), ctx)
    parts['paras'] = [fmt_para(p, ctx) for p in spec.get('paras', [])]
    parts['after'] = [fmt_para(p, ctx) for p in spec.get('after', [])]
    items = [norm_item(i) for i in spec.get('items', [])]
    for it in items:
        if it['seller'] is None:
            it['seller'] = spec.get('seller', ctx['brand'])
        it['name'] = F(it['name'], ctx)
        it['asin'] = asin()
        it['img'] = 'https://m.media-amazon.com/images/I/%s%s._SS%d_.jpg' % (
            rand_digits(2), rand_up(9, string.ascii_letters + string.digits), rng.choice([100, 115, 160]))
    parts['items'] = items
    parts['items_heading'] = F(spec.get('items_heading', L['cancelled']), ctx)
    parts['remaining_heading'] = F(spec.get('remaining_heading', L['remaining']), ctx)
    m = spec.get('money')
    if m is None and spec['kind'] == 'notice':
        m = rng.choice(P['money'])
    parts['money'] = F(m, ctx) if m else None
    if amazon_boiler:
        hl = rng.sample(P['help'], rng.choice([1, 1, 2]))
        parts['help'] = [(F(a, ctx), F(b, ctx)) for a, b in hl]
        parts['sign'] = F(spec.get('sign') or rng.choice(P['sign']), ctx)
        ft = rng.sample(P['foot'], rng.choice([2, 3, 3, 4]))
        if rng.random() < 0.6:
            comp = P['company'] if lang == 'tr' else P['company'][spec['mp']]
            ft.append(comp)
        parts['foot'] = [F(x, ctx) for x in ft]
    else:
        parts['help'] = [(F(a, ctx), F(b, ctx)) for a, b in spec.get('help', [])]
        parts['sign'] = F(spec.get('sign', ''), ctx)
        parts['foot'] = [F(x, ctx) for x in spec.get('foot', [])]
    parts['show_order'] = spec.get('show_order', True) and bool(ctx.get('oid'))
    return parts

def fmt_para(p, ctx):
    if isinstance(p, str):
        return ('p', F(p, ctx))
    return tuple([p[0]] + [F(x, ctx) for x in p[1:]])

# ----------------------------------------------------------------- plain text renderer
def render_text(spec, ctx, parts):
    L = LBL[spec['lang']]
    style = spec.get('tstyle') or rng.choice(['amz', 'simple', 'amz'])
    out = []
    if spec.get('raw_text'):
        return F(spec['raw_text'], ctx)
    if style == 'amz':
        out.append(ctx['brand'] + (' ' + parts['heading'] if spec.get('brand_heading', True) else ''))
        if parts['show_order']:
            out.append('%s %s' % (L['order_hash'], ctx['oid']))
            if ctx.get('site_amazon'):
                out.append('https://www.%s/gp/css/order-details?orderID=%s&ref_=pe_tex_od' % (ctx['dom'], ctx['oid']))
        out.append('_' * 72)
        out.append('')
    else:
        if parts['show_order'] and rng.random() < 0.5:
            out.append('%s: %s' % (L['order_no'], ctx['oid']))
            out.append('')
    if parts['greeting']:
        out += [parts['greeting'], '']
    for p in parts['paras']:
        out += [para_text(p), '']
    items = parts['items']
    canc = [i for i in items if i['cancelled']]
    rest = [i for i in items if not i['cancelled']]
    for head, group in ((parts['items_heading'], canc), (parts['remaining_heading'], rest)):
        if not group:
            continue
        out.append(head + ':')
        for it in group:
            if style == 'amz':
                out.append('    %s' % it['name'])
                out.append('    %s: %s' % (L['qty'], it['qty']))
                if spec.get('show_seller', True):
                    out.append('    %s: %s' % (L['sold_by'], it['seller']))
                out.append('    %s: %s' % (L['price'], it['price']))
                out.append('')
            else:
                out.append('- %s (%s: %s) %s' % (it['name'], L['qty'], it['qty'], it['price']))
        if style != 'amz':
            out.append('')
    if style == 'simple' and parts['show_order'] and not out[0].startswith(L['order_no']):
        out += ['%s: %s' % (L['order_no'], ctx['oid']), '']
    for p in parts['after']:
        out += [para_text(p), '']
    if parts['money']:
        out += [parts['money'], '']
    for a, b in parts['help']:
        out += [a, b, '']
    if parts['sign']:
        out += [parts['sign'], '']
    if parts['foot']:
        out.append('=' * 72 if style == 'amz' else '--')
        for f in parts['foot']:
            out += [f, '']
    return '\n'.join(out).rstrip() + '\n'

def para_text(p):
    t = p[0]
    if t == 'p' or t == 'b':
        return p[1]
    if t == 'kv':
        return '%s: %s' % (p[1], p[2])
    if t == 'link':
        shown = p[4] if len(p) > 4 else p[3]
        return (p[1] + '\n' + shown).strip()
    if t == 'button':
        return '%s: %s' % (p[1], p[2])
    if t == 'code':
        return '    ' + p[1]
    raise ValueError(t)

# ----------------------------------------------------------------- HTML renderers
def para_html(p, style='', link=lambda u: u):
    t = p[0]
    br = lambda s: esc(s).replace('\n', '<br />')
    if t == 'p':
        return '<p%s>%s</p>' % (style, br(p[1]))
    if t == 'b':
        return '<p%s><b>%s</b></p>' % (style, br(p[1]))
    if t == 'kv':
        return '<p%s><b>%s:</b> %s</p>' % (style, esc(p[1]), br(p[2]))
    if t == 'link':
        return '<p%s>%s <a href="%s">%s</a></p>' % (style, br(p[1]), esc(link(p[3])), esc(p[2]))
    if t == 'button':
        return ('<table class="buttonComponent" cellpadding="0" cellspacing="0"><tr><td align="center" '
                'style="background-color:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 22px;">'
                '<a href="%s" style="color:#0f1111;font:15px Arial,sans-serif;text-decoration:none;">%s</a>'
                '</td></tr></table>' % (esc(link(p[2])), esc(p[1])))
    if t == 'code':
        return ('<p%s><span style="font:bold 22px Courier New,monospace;letter-spacing:3px;'
                'background:#f3f3f3;padding:6px 12px;">%s</span></p>' % (style, esc(p[1])))
    raise ValueError(t)

def linker(spec, ctx):
    if ctx.get('site_amazon') and spec.get('track', True):
        return lambda u: tracked(ctx['dom'], u) if u.startswith('https://www.' + ctx['dom']) else u
    return lambda u: u

def html_head(cs, L, css, title=''):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" dir="%s">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<meta name="format-detection" content="telephone=no" />\n'
            '<title>%s</title>\n<style type="text/css">\n%s\n</style>\n</head>\n'
            % (L['dir'], cs.upper() if cs != 'utf-8' else 'UTF-8', esc(title), css))

CSS_CLASSIC = """body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align:top; font-size:13px; line-height:18px; font-family:Arial, sans-serif; text-align:%(start)s; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:%(end)s; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { color:#CCC; font:15px Arial, sans-serif; }
#header .title { text-align:%(end)s; padding:7px 0 5px 0; }
#summary td { padding:0 0 8px 0; }
#orderDetails .heading { width:640px; margin:0 0 3px 0; padding:0 0 3px 0; }
#itemDetails .photo { width:150px; height:115px; text-align:center; padding:0 0 30px 0; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .name p { margin:0; font-size:12px; line-height:14px; }
#itemDetails .price { text-align:%(end)s; font-size:14px; padding:10px 0 30px 0; }
#itemDetails .divider { border-top:1px solid #eaeaea; padding:0 0 16px 0; }
#closing p { padding:0 0 20px 0; border-bottom:1px solid #eaeaea; margin:0; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy td { padding:20px 0 0 0; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
"""

def item_rows_classic(items, L, link, show_seller=True):
    rows = []
    for it in items:
        rows.append('<tr>\n <td class="photo"><a href="%s"><img src="%s" width="115" alt="%s" /></a></td>\n'
                    ' <td class="name"><a href="%s">%s</a><br />\n  <p>%s: %s</p>%s\n </td>\n'
                    ' <td class="price"><strong>%s</strong></td>\n</tr>\n'
                    '<tr><td colspan="3" class="divider"></td></tr>'
                    % (esc(link(it['href'])), it['img'], esc(it['name']), esc(link(it['href'])), esc(it['name']),
                       L['qty'], it['qty'],
                       ('\n  <p>%s: %s</p>' % (L['sold_by'], esc(it['seller']))) if show_seller else '',
                       esc(it['price'])))
    return '\n'.join(rows)

def render_classic(spec, ctx, parts, cs):
    L = LBL[spec['lang']]
    link = linker(spec, ctx)
    site = ctx['site']
    css = CSS_CLASSIC % L
    h = [html_head(cs, L, css, parts['heading'])]
    h.append('<body dir="%s"><img width="1" height="1" src="%s" />' % (
        L['dir'], esc(link(site + '/gp/r.html?T=O&ref_=pe_open'))))
    h.append('<table id="container" cellpadding="0"><tbody><tr><td class="frame">')
    h.append('<table id="main" cellpadding="0"><tbody>')
    # header
    h.append('<tr><td><table id="header" cellpadding="0"><tbody><tr>')
    h.append('<td rowspan="2" class="logo"><a href="%s"><img src="%s" alt="%s" width="115" border="0" /></a></td>'
             % (esc(link(site + '/')), ctx['logo'], esc(ctx['brand'])))
    h.append('<td class="navigation"><a href="%s">%s</a> <span>&nbsp;|&nbsp;</span> <a href="%s">%s</a> '
             '<span>&nbsp;|&nbsp;</span> <a class="last" href="%s">%s</a></td></tr>'
             % (esc(link(site + '/gp/css/order-history')), L['your_orders'],
                esc(link(site + '/gp/css/homepage.html')), L['your_account'],
                esc(link(site + '/')), esc(ctx['brand'])))
    title = '<h2>%s</h2>' % esc(parts['heading'])
    if parts['show_order']:
        title += ' %s<a href="%s">%s</a>' % (L['order_hash'], esc(link(site + '/gp/css/order-details?orderID=' + ctx['oid'])), ctx['oid'])
    h.append('<tr><td class="title">%s</td></tr></tbody></table></td></tr>' % title)
    # summary
    h.append('<tr><td><table id="summary" cellpadding="0"><tbody><tr><td>')
    if parts['greeting']:
        h.append('<span class="heading">%s</span>' % esc(parts['greeting']))
    for p in parts['paras']:
        h.append(para_html(p, link=link))
    h.append('</td></tr></tbody></table></td></tr>')
    # items
    canc = [i for i in parts['items'] if i['cancelled']]
    rest = [i for i in parts['items'] if not i['cancelled']]
    for head, group in ((parts['items_heading'], canc), (parts['remaining_heading'], rest)):
        if not group:
            continue
        h.append('<tr><td><table id="orderDetails" cellpadding="0"><tbody><tr><td>'
                 '<h3 class="heading">%s</h3></td></tr></tbody></table></td></tr>' % esc(head))
        h.append('<tr><td><table id="itemDetails" cellpadding="0"><tbody>')
        h.append(item_rows_classic(group, L, link, spec.get('show_seller', True)))
        h.append('</tbody></table></td></tr>')
    # closing
    h.append('<tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for p in parts['after']:
        h.append(para_html(p, link=link))
    if parts['money']:
        h.append('<p style="border:0;padding:8px 0 12px 0;">%s</p>' % esc(parts['money']))
    for a, b in parts['help']:
        h.append('%s <a href="%s">%s</a><br />' % (esc(a), esc(link(b)), esc(b.split('?')[0])))
    if parts['sign']:
        lines = parts['sign'].split('\n')
        h.append('<p><br />%s%s</p>' % (esc(lines[0]), ''.join('<br /><span class="signature">%s</span>' % esc(x) for x in lines[1:])))
    h.append('</td></tr></tbody></table></td></tr>')
    if parts['foot']:
        h.append('<tr><td><table id="legalCopy"><tbody><tr><td><span>')
        for f in parts['foot']:
            h.append('<p>%s</p>' % esc(f))
        h.append('</span></td></tr></tbody></table></td></tr>')
    h.append('</tbody></table></td></tr></tbody></table>')
    h.append('<img width="1" height="1" src="%s" /></body>\n</html>\n' % esc(link(site + '/gp/r.html?T=E&ref_=pe_end')))
    return '\n'.join(h)

def render_card(spec, ctx, parts, cs):
    L = LBL[spec['lang']]
    link = linker(spec, ctx)
    site = ctx['site']
    al = L['start']
    td = 'style="font-family:Arial, sans-serif;text-align:%s;border-collapse:collapse !important;"' % al
    css = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ExternalClass { width:100%; }
.emailBody { width:375px; background-color:#fafafa; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.orderDetailsTable { font-size:15px; line-height:20px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; }
.emailClosing { font-size:11px; line-height:15px; color:#868686; }"""
    h = [html_head(cs, L, css, parts['heading'])]
    h.append('<body style="width:100%% !important;margin:0;padding:0;">'
             '<img width="1" height="1" src="%s" />' % esc(link(site + '/gp/r.html?T=O&ref_=pe_card_open')))
    h.append('<table id="OutlookWrapper" style="width:100%%;text-align:%s;"><tbody><tr><td align="center">' % al)
    h.append('<table id="EmailWrapper" dir="%s" style="width:100%% !important;"><tbody><tr><td align="center">' % L['dir'])
    h.append('<table class="emailBody" style="width:375px;background-color:#fafafa;"><tbody><tr>'
             '<td class="emailBodyTD" style="padding:23px 18px 21px 17px;">')
    h.append('<a href="%s"><table class="brandTable" style="margin-bottom:20px;width:100%%;"><tbody><tr>'
             '<td align="center"><img src="%s" alt="%s" title="%s" class="brandImage" border="0" width="130" '
             'style="width:130px" /></td></tr></tbody></table></a>'
             % (esc(link(site + '/')), ctx['logo'], esc(ctx['brand']), esc(ctx['brand'])))
    h.append('<table class="emailContainer" style="background-color:#ffffff;border:1px solid #d6d6d6;'
             'border-top:2px solid #cecece;"><tbody><tr><td class="emailContainerTD" '
             'style="padding:25px 23px 33px 23px;">')
    h.append('<table class="greetingTable" style="font-size:20px;line-height:24px;color:#002e36;margin-bottom:18px;">'
             '<tbody><tr><td %s><span>%s</span></td></tr></tbody></table>'
             % (td, esc(parts['greeting'] or parts['heading'])))
    h.append('<table class="informationTable" style="font-size:16px;line-height:22px;color:#002e36;"><tbody>')
    for p in parts['paras']:
        h.append('<tr><td %s>%s</td></tr>' % (td, para_html(p, ' style="margin:0 0 14px 0;"', link)))
    h.append('</tbody></table>')
    canc = [i for i in parts['items'] if i['cancelled']]
    rest = [i for i in parts['items'] if not i['cancelled']]
    for head, group in ((parts['items_heading'], canc), (parts['remaining_heading'], rest)):
        if not group:
            continue
        h.append('<table class="orderDetailsTable" style="font-size:15px;line-height:20px;width:100%;"><tbody>')
        h.append('<tr><td colspan="2" %s><b>%s</b></td></tr>' % (td, esc(head)))
        for it in group:
            h.append('<tr><td class="itemImage" style="padding-bottom:20px;"><a href="%s"><img src="%s" '
                     'style="max-height:84px;max-width:84px;" /></a></td>'
                     '<td class="itemTitle" %s><a class="orderDetailsTableLink" href="%s" '
                     'style="color:#008296;text-decoration:none;">%s</a><br />%s: %s &middot; %s</td></tr>'
                     % (esc(link(it['href'])), it['img'], td, esc(link(it['href'])), esc(it['name']),
                        L['qty'], it['qty'], esc(it['price'])))
        h.append('</tbody></table>')
    if parts['show_order']:
        h.append('<table class="orderIdTable" style="font-size:15px;color:#879596;margin-bottom:18px;"><tbody><tr>'
                 '<td %s>%s <a href="%s" style="color:#879596;text-decoration:none;">%s</a></td></tr></tbody></table>'
                 % (td, L['order_hash'], esc(link(site + '/gp/css/order-details?orderID=' + ctx['oid'])), ctx['oid']))
    h.append('<table class="informationTable" style="font-size:15px;line-height:21px;color:#002e36;"><tbody>')
    for p in parts['after']:
        h.append('<tr><td %s>%s</td></tr>' % (td, para_html(p, ' style="margin:0 0 12px 0;"', link)))
    if parts['money']:
        h.append('<tr><td %s><p style="margin:0 0 12px 0;">%s</p></td></tr>' % (td, esc(parts['money'])))
    for a, b in parts['help']:
        h.append('<tr><td %s>%s <a class="textWithUnderlinedLink" href="%s" style="color:#002e36;'
                 'border-bottom:2px solid #00dffc;text-decoration:none;">%s</a></td></tr>'
                 % (td, esc(a), esc(link(b)), esc(LBL[spec['lang']]['your_orders'] if 'order-history' in b else b.split('?')[0])))
    if parts['sign']:
        h.append('<tr><td %s><p style="margin:14px 0 0 0;">%s</p></td></tr>' % (td, esc(parts['sign']).replace('\n', '<br />')))
    h.append('</tbody></table>')
    h.append('</td></tr></tbody></table>')
    if parts['foot']:
        h.append('<table class="emailClosing" style="font-size:11px;line-height:15px;color:#868686;margin-top:14px;"><tbody>')
        for f in parts['foot']:
            h.append('<tr><td %s><p style="margin:0 0 8px 0;">%s</p></td></tr>' % (td, esc(f)))
        h.append('</tbody></table>')
    h.append('</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>')
    h.append('</body>\n</html>\n')
    return '\n'.join(h)

def render_minimal(spec, ctx, parts, cs):
    L = LBL[spec['lang']]
    link = linker(spec, ctx)
    site = ctx['site']
    al = L['start']
    bar = spec.get('bar', '#232f3e')
    barfg = spec.get('barfg', '#ffffff')
    accent = spec.get('accent', '#ff9900')
    css = ("body{margin:0;padding:0;background:#eaeded;}\n"
           "td{font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;line-height:20px;color:#0f1111;text-align:%s;}\n"
           ".items th{background:#f0f2f2;font-weight:bold;padding:6px 8px;}\n"
           ".items td{border-bottom:1px solid #e7e7e7;padding:8px;}\n"
           ".legal td{font-size:11px;line-height:16px;color:#565959;}" % al)
    h = [html_head(cs, L, css, parts['heading'])]
    h.append('<body dir="%s" style="margin:0;padding:0;background:#eaeded;">' % L['dir'])
    h.append('<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eaeded"><tr><td align="center" style="padding:20px 0;">')
    h.append('<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="width:600px;">')
    if ctx.get('logo'):
        brandcell = '<img src="%s" alt="%s" height="30" style="display:block;border:0;" />' % (ctx['logo'], esc(ctx['brand']))
    else:
        brandcell = '<span style="font:bold 22px Arial,sans-serif;color:%s;">%s</span>' % (barfg, esc(ctx['brand']))
    h.append('<tr><td bgcolor="%s" style="padding:14px 24px;background:%s;"><a href="%s">%s</a></td></tr>'
             % (bar, bar, esc(link(site + '/')), brandcell))
    h.append('<tr><td height="4" bgcolor="%s" style="font-size:1px;line-height:4px;">&nbsp;</td></tr>' % accent)
    h.append('<tr><td style="padding:22px 24px 6px 24px;"><h1 style="font:bold 21px Arial,sans-serif;margin:0;color:#0f1111;">%s</h1>' % esc(parts['heading']))
    if parts['show_order']:
        h.append('<p style="margin:6px 0 0 0;color:#565959;">%s: <a href="%s" style="color:#007185;">%s</a></p>'
                 % (L['order_no'], esc(link(site + '/gp/css/order-details?orderID=' + ctx['oid'])), ctx['oid']))
    h.append('</td></tr>')
    h.append('<tr><td style="padding:10px 24px;">')
    if parts['greeting']:
        h.append('<p style="margin:0 0 12px 0;">%s</p>' % esc(parts['greeting']))
    for p in parts['paras']:
        h.append(para_html(p, ' style="margin:0 0 12px 0;"', link))
    h.append('</td></tr>')
    canc = [i for i in parts['items'] if i['cancelled']]
    rest = [i for i in parts['items'] if not i['cancelled']]
    for head, group in ((parts['items_heading'], canc), (parts['remaining_heading'], rest)):
        if not group:
            continue
        h.append('<tr><td style="padding:6px 24px;"><p style="margin:0 0 6px 0;font-weight:bold;color:%s;">%s</p>'
                 % (spec.get('headcolor', '#c45500'), esc(head)))
        h.append('<table class="items" width="100%%" cellpadding="0" cellspacing="0"><tr><th style="text-align:%s">%s</th>'
                 '<th>%s</th><th style="text-align:%s">%s</th></tr>' % (al, L['item'], L['qty'], L['end'], L['price']))
        for it in group:
            h.append('<tr><td><a href="%s" style="color:#007185;text-decoration:none;">%s</a></td>'
                     '<td style="text-align:center">%s</td><td style="text-align:%s;white-space:nowrap">%s</td></tr>'
                     % (esc(link(it['href'])), esc(it['name']), it['qty'], L['end'], esc(it['price'])))
        h.append('</table></td></tr>')
    h.append('<tr><td style="padding:14px 24px;">')
    for p in parts['after']:
        h.append(para_html(p, ' style="margin:0 0 12px 0;"', link))
    if parts['money']:
        h.append('<p style="margin:0 0 12px 0;">%s</p>' % esc(parts['money']))
    for a, b in parts['help']:
        h.append('<p style="margin:0 0 8px 0;">%s <a href="%s" style="color:#007185;">%s</a></p>' % (esc(a), esc(link(b)), esc(b.split('?')[0])))
    if parts['sign']:
        h.append('<p style="margin:16px 0 0 0;">%s</p>' % esc(parts['sign']).replace('\n', '<br />'))
    h.append('</td></tr>')
    if parts['foot']:
        h.append('<tr><td style="padding:0 24px 20px 24px;"><table class="legal" width="100%" style="border-top:1px solid #d5d9d9;">')
        for f in parts['foot']:
            h.append('<tr><td style="padding-top:10px;">%s</td></tr>' % esc(f))
        h.append('</table></td></tr>')
    h.append('</table></td></tr></table></body>\n</html>\n')
    return '\n'.join(h)

RENDER = {'classic': render_classic, 'card': render_card, 'minimal': render_minimal}

# ----------------------------------------------------------------- MIME assembly
CTE = {'qp': QP, 'b64': BASE64, '8bit': None}

def text_part(body, subtype, cs, cte):
    c = Charset(cs)
    c.body_encoding = CTE[cte]
    return MIMEText(body, subtype, c)

def b64tok(n):
    return rand_up(n, string.ascii_letters + string.digits + '+/')

SES_IPS = ['54.240.4.%d', '54.240.6.%d', '54.240.7.%d', '54.240.27.%d', '54.240.48.%d', '69.72.33.%d']

def amazon_transport(spec, ctx, dt):
    """Received / auth / DKIM headers for a mail really sent by Amazon."""
    dom = ctx['dom']
    ip = rng.choice(SES_IPS) % rng.randint(2, 250)
    host = 'a%d-%d.smtp-out.eu-west-1.amazonses.com' % (rng.randint(7, 48), rng.randint(1, 250))
    rp_dom = rng.choice(['eu-west-1.amazonses.com', 'bounces.' + dom])
    rp = '%s%s-%s-000000@%s' % ('0102018', rand_up(9, '0123456789abcdef'), rand_up(8, '0123456789abcdef'), rp_dom)
    mx = rng.choice(['google', 'microsoft', 'yandex'])
    to = ctx['to_email']
    hs = []
    hs.append(('Return-Path', '<%s>' % rp))
    if mx == 'google':
        rcv = ('from %s (%s. [%s]) by mx.google.com with ESMTPS id %s for <%s> '
               '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); %s'
               % (host, host, ip, rand_up(32, 'abcdefghijklmnopqrstuvwxyz0123456789') + '.' + rand_digits(3), to,
                  format_datetime(dt + datetime.timedelta(seconds=rng.randint(1, 5)))))
    elif mx == 'microsoft':
        rcv = ('from %s (%s) by AM%dEUR0%d.prod.outlook.com (2603:10a6:20b:%x::%x) with Microsoft SMTP Server '
               '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
               % (host, ip, rng.randint(0, 9), rng.randint(1, 9), rng.randint(16, 255), rng.randint(1, 99),
                  rng.randint(7000, 8999), rng.randint(10, 40), format_datetime(dt + datetime.timedelta(seconds=2))))
    else:
        rcv = ('from %s (%s [%s]) by mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net (smtp/Yandex) '
               'with ESMTPS id %s-%s; %s' % (host, host, ip, rng.randint(10, 99), rand_up(10, string.ascii_letters),
                                             rand_up(8, string.ascii_letters), format_datetime(dt + datetime.timedelta(seconds=3))))
    hs.append(('Received', rcv))
    auth = spec.get('auth')
    if auth is True:
        if mx == 'google':
            a = ('mx.google.com; dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s; '
                 'dkim=pass header.d=amazonses.com header.i=@amazonses.com header.s=%s header.b=%s; '
                 'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; '
                 'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                 % (dom, dom, rand_up(32, 'abcdefghijklmnopqrstuvwxyz234567'), b64tok(8),
                    rand_up(32, 'abcdefghijklmnopqrstuvwxyz234567'), b64tok(8), rp, ip, rp_dom, dom))
        elif mx == 'microsoft':
            a = ('spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified) '
                 'header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
                 % (ip, rp_dom, dom, dom))
        else:
            a = ('mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net; spf=pass (domain of %s designates %s '
                 'as permitted sender) smtp.mail=%s; dkim=pass header.d=%s; dkim=pass header.d=amazonses.com; '
                 'dmarc=pass header.from=%s' % (rng.randint(10, 99), rp_dom, ip, rp, dom, dom))
        hs.append(('Authentication-Results', a))
    elif isinstance(auth, str):
        hs.append(('Authentication-Results', auth))
    if spec.get('auth') is True or rng.random() < 0.5:
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; '
                   'h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh=%s=; b=%s'
                   % (rand_up(32, 'abcdefghijklmnopqrstuvwxyz234567'), dom, int(dt.timestamp()), b64tok(43), b64tok(120))))
    return hs

def other_transport(spec, ctx, dt):
    hs = []
    frm_dom = spec['frm'][1].split('@')[1]
    if spec.get('rp'):
        hs.append(('Return-Path', '<%s>' % spec['rp']))
    else:
        hs.append(('Return-Path', '<%s>' % spec['frm'][1]))
    host = spec.get('relay')
    if not host:
        if frm_dom in ('gmail.com',):
            host = 'mail-sor-f%d.google.com (mail-sor-f%d.google.com. [209.85.220.%d])' % ((rng.randint(41, 73),) * 2 + (rng.randint(41, 73),))
        elif frm_dom in ('outlook.com', 'hotmail.com'):
            host = 'EUR0%d-DB8-obe.outbound.protection.outlook.com (mail-db8eur0%dolkn2%d.outbound.protection.outlook.com [40.92.%d.%d])' % (
                rng.randint(1, 5), rng.randint(1, 5), rng.randint(10, 99), rng.randint(1, 99), rng.randint(1, 250))
        else:
            ipx = '%d.%d.%d.%d' % (rng.choice([45, 91, 103, 146, 185, 194]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
            host = 'mail.%s (%s [%s])' % (frm_dom, 'vps%d.hosted-by-%s.net' % (rng.randint(100, 9999), rng.choice(['xhost', 'cloudvz', 'netcup', 'hostz'])), ipx)
    hs.append(('Received', 'from %s by mx.google.com with ESMTPS id %s for <%s>; %s'
               % (host, rand_up(30, 'abcdefghijklmnopqrstuvwxyz0123456789'), ctx['to_email'],
                  format_datetime(dt + datetime.timedelta(seconds=rng.randint(1, 40))))))
    if spec.get('auth'):
        hs.append(('Authentication-Results', F(spec['auth'], ctx)))
    return hs

def build_message(spec, ctx, dt):
    cs, cte = spec['enc']
    parts = build_parts(spec, ctx)
    for it in parts['items']:
        it['href'] = ctx['site'] + spec.get('item_path', '/dp/') + it['asin'] + ('?ref_=pe_cncl_img' if ctx.get('site_amazon') else '')
    fmt = spec['fmt']
    text = html_body = None
    if fmt in ('text', 'alt'):
        text = fit_charset(render_text(spec, ctx, parts), cs)
    if fmt in ('html', 'alt'):
        html_body = fit_charset(RENDER[spec['layout']](spec, ctx, parts, cs), cs)
    if fmt == 'text':
        msg = text_part(text, 'plain', cs, cte)
    elif fmt == 'html':
        msg = text_part(html_body, 'html', cs, cte)
    else:
        msg = MIMEMultipart('alternative')
        msg.attach(text_part(text, 'plain', cs, cte))
        # html part sometimes uses a different transfer encoding than the text part
        cte2 = spec.get('enc_html', (cs, cte))[1]
        msg.attach(text_part(html_body, 'html', cs, cte2))
        for sub in msg.get_payload():
            del sub['MIME-Version']
        msg.set_boundary('----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 8, 2 * 10 ** 9),
                                                   int(dt.timestamp() * 1000)))
    body_headers = list(msg.items())
    for k in {k for k, _ in body_headers}:
        del msg[k]
    hcs = spec.get('hcs') or cs
    hs = amazon_transport(spec, ctx, dt) if spec['transport'] == 'amazon' else other_transport(spec, ctx, dt)
    for k, v in hs:
        msg[k] = v
    msg['Date'] = format_datetime(dt)
    name, addr = spec['frm']
    name = F(name, ctx)
    msg['From'] = formataddr((fit_charset(name, hcs), addr), charset=hcs) if name else addr
    if spec.get('reply_to'):
        msg['Reply-To'] = spec['reply_to']
    elif spec['transport'] == 'amazon' and rng.random() < 0.7:
        msg['Reply-To'] = 'no-reply@' + ctx['dom']
    msg['To'] = formataddr((fit_charset(ctx['name'], hcs), ctx['to_email']), charset=hcs) if rng.random() < 0.5 else ctx['to_email']
    if spec['transport'] == 'amazon':
        msg['Message-ID'] = '<0102018%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
            rand_up(9, '0123456789abcdef'), rand_up(8, '0123456789abcdef'), rand_up(4, '0123456789abcdef'),
            rand_up(4, '0123456789abcdef'), rand_up(12, '0123456789abcdef'))
    elif spec['frm'][1].endswith('@gmail.com'):
        msg['Message-ID'] = '<CA%s@mail.gmail.com>' % b64tok(40).replace('/', '_')
    else:
        msg['Message-ID'] = '<%s.%s@%s>' % (rand_digits(13), rand_up(10, string.ascii_lowercase + string.digits), spec['frm'][1].split('@')[1])
    for k, v in spec.get('headers', []):
        msg[k] = F(v, ctx)
    subj = fit_charset(F(spec['subject'], ctx), hcs)
    try:
        subj.encode('ascii')
        msg['Subject'] = subj
    except UnicodeEncodeError:
        msg['Subject'] = Header(subj, hcs)
    if spec['transport'] == 'amazon':
        msg['X-AMAZON-MAIL-RELAY-TYPE'] = 'notification'
        if rng.random() < 0.5:
            msg['Feedback-ID'] = '1.eu-west-1.%s=:AmazonSES' % b64tok(44)
        if rng.random() < 0.4:
            msg['X-AMAZON-RTE-VERSION'] = '2.0'
    bh = dict(body_headers)
    msg['MIME-Version'] = '1.0'
    for k, v in body_headers:
        if k != 'MIME-Version':
            msg[k] = v
    return msg, text, html_body

def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue().replace(b'\r\n', b'\n')

# =================================================================== DATA: Turkish (amazon.com.tr)
TR = 'amazon.com.tr'
def tr(**kw):
    d = dict(lang='tr', mp=TR, transport='amazon')
    d.update(kw)
    return d

TR_SPECS = [
    # ---------------- inventory_shortage
    tr(id='t01', kind='notice', cause='inventory_shortage', states=True, note='stock ran out, partial',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Amazon.com.tr siparişinizden 1 ürün iptal edildi (#{oid})',
       heading='Ürün İptali',
       paras=["Siparişinizdeki bir ürünü maalesef iptal etmek zorunda kaldık: ürün, siparişiniz hazırlanırken "
              "depomuzda tükendi ve tedarikçimizden yeni bir sevkiyat tarihi alamadık."],
       items=[('Philips Airfryer XL HD9270/90 Sıcak Hava Fritözü, 6,2 L', 1, '3.899,00 TL', True),
              ('Philips Airfryer Pişirme Kağıdı, 50 adet', 2, '189,90 TL', False)],
       after=["Siparişinizdeki diğer ürün planlandığı şekilde gönderilecek; kargoya verildiğinde size ayrıca haber vereceğiz."]),
    tr(id='t02', kind='notice', cause='inventory_shortage', states=True, note='seller cancelled, no stock left',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), auth=True, fmt='text', seller='TeknoRaf Mağazacılık',
       subject='Siparişiniz satıcı tarafından iptal edildi: {oid}',
       paras=["TeknoRaf Mağazacılık adlı satıcı, {oid} numaralı siparişinizi iptal etti.",
              "Satıcının bize ilettiği bilgiye göre, siparişinizi karşılayacak kadar ürün kalmamış."],
       items=[('Logitech MX Master 3S Kablosuz Performans Mouse, Grafit', 1, '2.749,00 TL')],
       after=["Ürünü başka bir satıcıdan almak isterseniz ürün sayfasındaki \"Diğer satıcılar\" bölümüne göz atabilirsiniz."]),
    tr(id='t03', kind='notice', cause='inventory_shortage', states=True, note='pre-order cannot be filled',
       frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), auth=True, fmt='alt', layout='card',
       subject='Ön siparişiniz hakkında: Veba Geceleri (Ciltli Özel Baskı)',
       heading='Ön sipariş iptal edildi',
       paras=["Ön sipariş verdiğiniz kitabı size ulaştıramayacağımızı üzülerek bildiriyoruz. Yayınevinden aldığımız son "
              "bilgiye göre bu özel baskıdan beklediğimiz kopyalar gelmeyecek; bu yüzden ön siparişinizi kapatmak durumundayız.",
              "Ön sipariş bedeli henüz tahsil edilmemişti, yani hesabınızdan hiçbir ücret çekilmedi."],
       money=False,
       items=[('Orhan Pamuk - Veba Geceleri (Ciltli, Numaralı Özel Baskı)', 1, '420,00 TL')]),
    tr(id='t04', kind='notice', cause='inventory_shortage', states=True, note='labelled reason: discontinued',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='text',
       subject='Sipariş iptali - {oid}',
       paras=["Aşağıdaki siparişiniz iptal edilmiştir."],
       items=[('Karaca Hatır Plus Mod Türk Kahve Makinesi, Rosegold', 1, '1.599,00 TL'),
              ('Karaca Hatır Kahve Fincanı Takımı, 4 Kişilik', 1, '649,00 TL')],
       after=[('kv', 'İptal nedeni', 'Ürünün üretimi durduruldu; stoklarımıza yeniden girişi olmayacak.')]),
    # ---------------- payment_issue
    tr(id='t05', kind='notice', cause='payment_issue', states=True, note='card declined by bank',
       frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Ödemeniz onaylanmadı - siparişiniz iptal edildi',
       heading='Ödeme Sorunu',
       paras=["{oid} numaralı siparişiniz için seçtiğiniz kartla yaptığımız tahsilat denemesi bankanız tarafından reddedildi. "
              "Ödeme alınamadığından siparişi iptal ettik.",
              "Ürünleri hâlâ satın almak istiyorsanız, geçerli bir ödeme yöntemiyle yeni bir sipariş oluşturabilirsiniz."],
       money="Reddedilen işlem nedeniyle kartınızdan herhangi bir tutar çekilmedi.",
       items=[('Samsung Galaxy Buds2 Pro Kablosuz Kulaklık, Bora Moru', 1, '4.299,00 TL')]),
    tr(id='t06', kind='notice', cause='payment_issue', states=True, note='card expired, reason first, short',
       frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), fmt='text',
       subject='Siparişiniz iptal edildi',
       paras=["Kartınızın son kullanma tarihi geçtiği için ödemeyi tamamlayamadık ve {oid} numaralı siparişiniz iptal oldu.",
              "Kart bilgilerinizi Hesabım > Ödeme Yöntemleriniz bölümünden güncelleyebilirsiniz."],
       items=[('Oral-B Pro 3 3500 Şarjlı Diş Fırçası, Siyah', 1, '1.149,90 TL'),
              ('Oral-B Precision Clean Yedek Başlık, 4 adet', 1, '399,00 TL')]),
    tr(id='t07', kind='notice', cause='payment_issue', states=True, note='payment revision not made in time',
       frm=('Amazon.com.tr', 'payments-update@amazon.com.tr'), fmt='html', layout='minimal',
       subject='Önemli: {oid} numaralı siparişiniz iptal edildi',
       heading='Siparişiniz iptal edildi',
       paras=["{earlier} tarihinde, siparişinizin ödemesi onaylanamadığı için ödeme bilgilerinizi gözden geçirmenizi rica "
              "eden bir e-posta göndermiştik. Tanınan süre dolmadan ödeme bilgileri güncellenmediğinden sipariş otomatik "
              "olarak iptal edildi."],
       items=[('Bosch Professional GSR 12V-15 Akülü Delme/Vidalama Makinesi, 2 Akülü', 1, '3.250,00 TL')]),
    tr(id='t08a', kind='non_notice', cause=None, states=False, note='thread', thread_start=True,
       frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), auth=True, fmt='alt', layout='card',
       subject='İşlem gerekli: Siparişinizin ödemesi alınamadı',
       heading='Ödeme bilgilerinizi güncelleyin',
       paras=["{oid} numaralı siparişinizin ödemesini kayıtlı kartınızdan tahsil edemedik.",
              "Siparişinizin gönderilebilmesi için lütfen Siparişlerim sayfasından ödeme yönteminizi güncelleyin veya "
              "yeni bir kart ekleyin."],
       items_heading='Siparişinizdeki ürünler',
       items=[('Stanley Classic Legendary Termos, 1,4 L, Hammertone Green', 1, '2.150,00 TL'),
              ('Stanley Adventure Kamp Kupası, 350 ml', 2, '720,00 TL')],
       after=[('button', 'Ödeme yöntemini güncelle', 'https://www.amazon.com.tr/gp/css/order-history')]),
    tr(id='t08', kind='notice', cause='payment_issue', states=False, note='thread: cause from earlier mail', thread_of='t08a',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='text',
       subject='Amazon.com.tr siparişiniz #{oid} iptal edildi',
       paras=["{oid} numaralı siparişiniz iptal edilmiştir. İptal edilen ürünleri aşağıda görebilirsiniz."]),
    # ---------------- technical_issue
    tr(id='t09', kind='notice', cause='technical_issue', states=True, note='pricing error',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), auth=True, fmt='alt', layout='card',
       subject='Siparişinizle ilgili bilgilendirme: {oid}',
       heading='Siparişiniz iptal edildi',
       paras=["Sipariş verdiğiniz ürün sitemizde hatalı bir fiyatla listelenmişti: ürün sayfasında 12.999,00 TL yerine "
              "1.299,00 TL görünüyordu. Bu fiyat hatası nedeniyle siparişinizi iptal ettik.",
              "Yaşanan karışıklık için özür dileriz. Ürünün güncel fiyatına ürün sayfasından ulaşabilirsiniz."],
       items=[('Dyson V12 Detect Slim Absolute Kablosuz Süpürge', 1, '1.299,00 TL')]),
    tr(id='t10', kind='notice', cause='technical_issue', states=True, note='system glitch, reason first',
       frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), auth=True, fmt='text',
       subject='{oid} numaralı siparişiniz iptal edildi',
       greet=False,
       paras=["Sistemlerimizde yaşanan geçici bir aksaklık, siparişinizin doğru şekilde işlenmesini engelledi; bu nedenle "
              "siparişinizi iptal etmek durumunda kaldık.",
              "Ürünleri yeniden sepetinize ekleyerek siparişinizi tekrar verebilirsiniz."],
       items=[('Tefal Ingenio Easy Cook & Clean Tava Seti, 3 Parça', 1, '2.199,00 TL'),
              ('Tefal Ingenio Ayrılabilir Sap', 1, '449,00 TL')]),
    tr(id='t11', kind='notice', cause='technical_issue', states=True, note='denies payment problem, listing error',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Siparişinizdeki bir ürün iptal edildi',
       heading='Ürün İptali',
       paras=["Öncelikle belirtelim: bu iptalin ödeme yönteminizle hiçbir ilgisi yok, kartınız sorunsuz şekilde onaylanmıştı.",
              "Ürün sayfasında renk ve model seçenekleri yanlış eşleştirilmişti; seçtiğiniz kombinasyon, sayfadaki bu "
              "listeleme hatası yüzünden sipariş edilebilir görünüyordu. Bu nedenle ilgili ürünü siparişinizden çıkardık."],
       items=[('Apple iPhone 15 MagSafe Özellikli Silikon Kılıf, Koyu Lacivert', 1, '1.899,00 TL', True),
              ('Anker 20W USB-C Şarj Adaptörü', 1, '499,00 TL', False)]),
    # ---------------- fraud_prevention
    tr(id='t12', kind='notice', cause='fraud_prevention', states=True, note='unusual activity, account locked',
       frm=('Amazon.com.tr', 'account-update@amazon.com.tr'), auth=True, fmt='alt', layout='minimal',
       subject='Hesabınızla ilgili güvenlik bildirimi ve sipariş iptali',
       heading='Güvenlik bildirimi',
       paras=["Hesabınızda alışılmadık bir hareketlilik fark ettik. Sizi korumak amacıyla {oid} numaralı siparişi iptal "
              "ettik ve hesabınızı geçici olarak kilitledik.",
              "Hesabınıza yeniden erişmek için tarayıcınıza doğrudan amazon.com.tr yazarak oturum açın ve ekrandaki "
              "adımları izleyin."],
       items=[('Apple AirPods Pro (2. nesil) MagSafe Şarj Kutulu (USB-C)', 2, '17.998,00 TL')]),
    tr(id='t13', kind='notice', cause='fraud_prevention', states=True, note='identity verification not completed, Amazon decided',
       frm=('Amazon.com.tr', 'cs-reply@amazon.com.tr'), fmt='text',
       subject='Sipariş iptali: {oid}',
       paras=["Amazon, {oid} numaralı siparişinizi iptal etmeye karar verdi.",
              "Hesabınızın doğrulanması için talep ettiğimiz kimlik belgeleri belirtilen süre içinde bize ulaşmadı. Hesabınız "
              "inceleme tamamlanana kadar askıda kalacağından bekleyen siparişlerinizi işleme alamıyoruz."],
       items=[('Sony PlayStation 5 DualSense Kablosuz Kumanda, Beyaz', 1, '2.599,00 TL'),
              ('EA SPORTS FC 25 Standart Sürüm (PS5)', 1, '1.999,00 TL')]),
    tr(id='t14a', kind='non_notice', cause=None, states=False, note='thread', thread_start=True,
       frm=('Amazon.com.tr', 'account-update@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Hesabınız beklemeye alındı',
       heading='Hesap doğrulaması gerekiyor',
       paras=["Hesabınızda yapılan son işlemleri doğrulayabilmemiz için hesabınızı geçici olarak beklemeye aldık.",
              "{oid} numaralı siparişiniz de dahil olmak üzere bekleyen siparişleriniz, doğrulama tamamlanana kadar "
              "işleme alınmayacak. Lütfen amazon.com.tr adresinde oturum açarak istenen bilgileri sağlayın."],
       items_heading='Bekleyen sipariş',
       items=[('Xiaomi Redmi Note 13 Pro 5G, 256 GB, Gece Siyahı', 1, '14.499,00 TL')]),
    tr(id='t14', kind='notice', cause='fraud_prevention', states=False, note='thread: cause from earlier mail', thread_of='t14a',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), auth=True, fmt='alt', layout='card',
       subject='Siparişiniz iptal edildi',
       heading='Sipariş iptali',
       paras=["{oid} numaralı siparişinizi iptal ettik."]),
    # ---------------- customer_request
    tr(id='t15', kind='notice', cause='customer_request', states=True, note='successful cancellation at your request',
       frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Başarılı iptal: "Kindle Paperwhite (16 GB)..." Amazon.com.tr siparişinizden',
       heading='İptal Onayı',
       paras=["İsteğiniz üzerine aşağıdaki ürünü siparişinizden iptal ettik.",
              "Bu iptal talebini siz oluşturmadıysanız lütfen hemen Müşteri Hizmetleri ile iletişime geçin."],
       items=[('Kindle Paperwhite (16 GB) - 6,8 inç ekran, ayarlanabilir sıcak ışık, Reklamlı', 1, '5.299,00 TL')]),
    tr(id='t16', kind='notice', cause='customer_request', states=True, note='old style confirmation, labelled reason',
       frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), fmt='text', tstyle='simple',
       subject='Amazon.com.tr - İptal işleminiz ({oid})',
       paras=["{oid} numaralı siparişinizi az önce iptal ettiniz.", ('kv', 'Durum', 'İPTAL EDİLDİ'),
              ('kv', 'İptal Nedeni', 'Müşteri tarafından iptal edildi')],
       items=[('Lego Technic 42151 Bugatti Bolide', 1, '1.749,00 TL')]),
    tr(id='t17', kind='notice', cause='customer_request', states=True, note='partial, via Your Orders request',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='text',
       subject='Kısmi iptal: Amazon.com.tr siparişinizden 2 ürün çıkarıldı',
       paras=["Siparişlerim sayfası üzerinden gönderdiğiniz talep doğrultusunda aşağıdaki iki ürünü siparişinizden kaldırdık. "
              "Siparişinizin geri kalanı bu işlemden etkilenmedi."],
       items=[('Nivea Men Sensitive Tıraş Köpüğü 200 ml', 2, '239,80 TL', True),
              ('Gillette Mach3 Yedek Tıraş Bıçağı, 8 adet', 1, '529,00 TL', True),
              ('Philips OneBlade QP2824/20 Tıraş Makinesi', 1, '1.899,00 TL', False)]),
    # ---------------- unknown, no reason
    tr(id='t18', kind='notice', cause='unknown', states=False, note='no reason given',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='html', layout='minimal',
       subject='Siparişiniz iptal edildi ({oid})',
       heading='Siparişiniz iptal edildi',
       paras=["{oid} numaralı Amazon.com.tr siparişiniz iptal edildi."],
       items=[('Derby Limon Kolonyası 400 ml, 3\'lü Paket', 1, '359,00 TL'),
              ('Ülker Çikolatalı Gofret, 36\'lı Paket', 1, '289,00 TL')]),
    tr(id='t19', kind='notice', cause='unknown', states=False, note='no reason, partial',
       frm=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), fmt='text',
       subject='Siparişinizdeki 1 ürün iptal edildi',
       paras=["Aşağıdaki ürün {oid} numaralı siparişinizden iptal edilmiştir. Diğer ürünlerin kargo bilgileri ayrıca gönderilecektir."],
       items=[('Bambu Kesme Tahtası Seti, 3 Parça', 1, '379,00 TL', True),
              ('Fiskars Functional Form Şef Bıçağı', 1, '899,00 TL', False)]),
    tr(id='t20', kind='notice', cause='unknown', states=False, note='no reason, Amazon cancelled',
       frm=('Amazon.com.tr', 'no-reply@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Bilgilendirme: Amazon.com.tr siparişiniz iptal edildi',
       heading='Sipariş İptali',
       paras=["Aşağıda yer alan siparişinizi iptal ettiğimizi bildirmek isteriz. Bu siparişle ilgili sizin tarafınızdan "
              "yapılması gereken başka bir işlem yok."],
       items=[('Arzum Okka Minio Pro Türk Kahvesi Makinesi', 1, '2.399,00 TL')]),
    # ---------------- unknown, other reason
    tr(id='t21', kind='notice', cause='unknown', states=True, note='delivery address not served',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='text',
       subject='Amazon.com.tr: {oid} numaralı siparişiniz hakkında',
       paras=["Siparişinizde seçtiğiniz teslimat adresine (Bozcaada, Çanakkale) şu anda kargo gönderimi yapamıyoruz. "
              "Bu yüzden siparişinizi iptal ettik.",
              "Hesabınıza farklı bir teslimat adresi ekleyerek siparişinizi yeniden verebilirsiniz."],
       items=[('Bosch Serie 4 Su Isıtıcısı, 1,7 L', 1, '1.299,00 TL')]),
    tr(id='t22', kind='notice', cause='unknown', states=True, note='cannot be shipped to Turkey (battery, import)',
       frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), fmt='html', layout='card',
       subject='Siparişiniz gönderilemiyor ve iptal edildi',
       heading='Sipariş iptali',
       paras=["Sipariş ettiğiniz ürün Amazon Global mağazası üzerinden yurt dışından gönderiliyor. Ürün lityum pil içerdiği "
              "için Türkiye'ye hava kargosuyla taşınmasına izin verilmiyor; bu nedenle ürünü adresinize gönderemiyoruz ve "
              "siparişinizi iptal ettik."],
       items=[('Garmin Forerunner 265 GPS Koşu Saati (ABD Sürümü)', 1, '13.850,00 TL')]),

    # ---------------- non-notices
    tr(id='tn1', kind='non_notice', cause=None, states=False, note='shipping confirmation, footer mentions withdrawal/cancel',
       frm=('Amazon.com.tr', 'shipment-tracking@amazon.com.tr'), auth=True, fmt='alt', layout='classic',
       subject='Amazon.com.tr siparişiniz #{oid} kargoya verildi',
       heading='Kargo Bildirimi',
       paras=["Ürününüzü kargoya verdiğimizi bildirmek isteriz. Siparişiniz yola çıktı ve artık değiştirilemez.",
              ('kv', 'Tahmini teslimat', '{deadline}'), ('kv', 'Kargo firması', 'Amazon Logistics, takip no: TR4410987753')],
       items_heading='Gönderilen ürünler',
       items=[('JBL Flip 6 Taşınabilir Bluetooth Hoparlör, Siyah', 1, '3.499,00 TL')],
       after=["Cayma hakkınızı, ürünü teslim aldığınız günden itibaren 14 gün içinde kullanarak sözleşmeyi iptal edebilirsiniz. "
              "İade ve iptal koşulları için İade Merkezi'ni ziyaret edin."]),
    tr(id='tn2', kind='non_notice', cause=None, states=False, note='Prime membership cancelled',
       frm=('Amazon Prime', 'digital-no-reply@amazon.com.tr'), auth=True, fmt='text', greet='Merhaba {first},',
       subject='Amazon Prime üyeliğiniz iptal edildi',
       paras=["Prime üyeliğinizi sonlandırma talebinizi aldık. Üyeliğiniz {deadline} tarihine kadar aktif kalacak; bu tarihten "
              "sonra yenilenmeyecek ve kartınızdan ücret alınmayacak.",
              "Bu tarihe kadar ücretsiz hızlı teslimat ve Prime Video'dan yararlanmaya devam edebilirsiniz. Fikrinizi "
              "değiştirirseniz Prime üyeliğinizi Hesabım > Prime bölümünden yeniden başlatabilirsiniz."],
       show_order=False),
    tr(id='tn3', kind='non_notice', cause=None, states=False, note='payment reminder before cancellation',
       frm=('Amazon.com.tr', 'payments-messages@amazon.com.tr'), auth=False, fmt='alt', layout='minimal',
       subject='Hatırlatma: Siparişiniz için ödeme bilgilerinizi güncelleyin',
       heading='Ödeme bilgileriniz güncellenmeli',
       paras=["{oid} numaralı siparişinizin ödemesi henüz onaylanamadı. Siparişiniz şu anda beklemede ve iptal edilmedi.",
              "{deadline} tarihine kadar ödeme bilgilerinizi güncellemezseniz siparişiniz iptal edilecektir."],
       items_heading='Bekleyen ürünler',
       items=[('Tchibo Barista Caffè Crema Çekirdek Kahve, 1 kg', 3, '1.347,00 TL')],
       after=[('button', 'Ödeme bilgilerini güncelle', 'https://www.amazon.com.tr/gp/css/order-history')]),
    dict(id='tn4', kind='non_notice', cause=None, states=False, note='other retailer (Trendyol) cancellation',
         lang='tr', mp=None, transport='other', boiler=False, brand='Trendyol',
         relay='mta-out12.trendyol.com (mta-out12.trendyol.com [193.35.208.12])',
         frm=('Trendyol', 'bilgilendirme@trendyol.com'), site='https://www.trendyol.com', item_path='/urun/',
         auth='mx.google.com; dkim=pass header.d=trendyol.com header.s=s1; spf=pass smtp.mailfrom=trendyol.com; dmarc=pass (p=REJECT) header.from=trendyol.com',
         fmt='alt', layout='minimal', bar='#ffffff', barfg='#f27a1a', accent='#f27a1a', headcolor='#f27a1a',
         subject='Siparişindeki ürün iptal edildi',
         heading='Ürünün iptal edildi', greet='Merhaba {first},', oid_fmt='{d10}',
         paras=["{oid} numaralı siparişindeki ürün, satıcının stoğunda kalmadığı için iptal edildi. Ödediğin tutar kartına "
                "iade edilecek; bankana bağlı olarak hesabına yansıması 2-10 iş günü sürebilir."],
         items_heading='İptal edilen ürün',
         items=[('Koton Kadın Oversize Trençkot, Bej, M', 1, '1.899,99 TL', True, 'Koton')],
         sign='Keyifli alışverişler,\nTrendyol',
         foot=["Bu e-posta Trendyol üyeliğin kapsamında gönderilmiştir. DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş.",
               "Trendyol, senden hiçbir zaman e-posta ile şifre veya kart bilgisi istemez."]),
    dict(id='tn5', kind='non_notice', cause=None, states=False, note='friend: I cancelled my Amazon order',
         lang='tr', mp=None, transport='other', boiler=False, fmt='text', personal=True,
         frm=('Can Yıldırım', 'can.yildirim91@gmail.com'),
         auth='mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=can.yildirim91@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com',
         subject='Re: kahve makinesi',
         headers=[('In-Reply-To', '<CAJ8x7Qp2dLrUe0fN1kQ@mail.gmail.com>')],
         raw_text="Selam {first},\n\nSöylediğin gibi yaptım, Amazon'daki siparişimi iptal ettim :) Aynı makine Hepsiburada'da "
                  "400 lira daha ucuzdu, oradan aldım. Amazon'un iptal onayı da geldi hemen, parayı da kartıma iade edeceklermiş.\n\n"
                  "Hafta sonu gelince bir kahve yaparım sana, gel tadına bak.\n\nGörüşürüz,\nCan\n\n"
                  "{first} şunu yazdı:\n> Bence Amazon'dakini iptal et, Hepsiburada'da indirim var.\n"),

    # ---------------- lookalikes
    dict(id='tl1', kind='lookalike', cause='payment_issue', states=True, note='lookalike domain, link text shows amazon.com.tr',
         lang='tr', mp=None, transport='other', boiler=False, brand='Amazon.com.tr',
         frm=('Amazon.com.tr', 'bildirim@amazon-tr-siparis.com'), site='http://amazon-tr-siparis.com', item_path='/urun/',
         auth='mx.google.com; spf=pass (google.com: domain of bildirim@amazon-tr-siparis.com designates 185.219.41.12 as permitted sender) smtp.mailfrom=amazon-tr-siparis.com; dkim=none; dmarc=none header.from=amazon-tr-siparis.com',
         fmt='html', layout='minimal',
         logo='https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/amazon-logo._CB485931413_.png',
         subject='Siparişiniz iptal edildi - Ödeme doğrulanamadı',
         heading='Siparişiniz iptal edildi',
         paras=["{oid} numaralı siparişiniz için ödemeniz doğrulanamadı ve siparişiniz iptal edildi.",
                "Tutarın kartınıza iade edilebilmesi için kart bilgilerinizi 24 saat içinde doğrulamanız gerekmektedir.",
                ('link', 'Doğrulama için:', 'https://www.amazon.com.tr/odeme-dogrulama',
                 'http://amazon-tr-siparis.com/verify/index.php?id={d6}')],
         items=[('Apple iPhone 15 128 GB Siyah', 1, '47.999,00 TL')],
         sign='Amazon.com.tr Müşteri Hizmetleri',
         foot=["© 1996-2024, Amazon.com, Inc. veya bağlı kuruluşları"]),
    dict(id='tl2', kind='lookalike', cause='fraud_prevention', states=True, note='homoglyph display name, free-mail, code',
         lang='tr', mp=None, transport='other', boiler=False, brand='Amazon',
         frm=('Аmazon Güvenlik', 'amazon.guvenlik.merkezi@gmail.com'), hcs='utf-8', site='https://amzn-tr-guvenlik.com',
         auth='mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazon.guvenlik.merkezi@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com',
         fmt='text', tstyle='simple', greet='Sayın Müşterimiz,', oid_fmt='{p3}-{d7}-{d7b}',
         subject='UYARI: Hesabınız askıya alındı ve siparişiniz iptal edildi',
         paras=["Hesabınızda şüpheli giriş tespit edildiği için hesabınız askıya alınmış ve son siparişiniz ({oid}) iptal edilmiştir.",
                "Hesabınızı yeniden etkinleştirmek ve siparişinizi geri almak için aşağıdaki kodu kullanın:",
                ('code', 'AMZ-7731-TR'),
                ('link', 'Kodu buraya girin:', 'https://amzn-tr-guvenlik.com/aktivasyon', 'https://amzn-tr-guvenlik.com/aktivasyon'),
                "48 saat içinde işlem yapılmazsa hesabınız kalıcı olarak kapatılacaktır."],
         items=[],
         sign='Amazon Güvenlik Ekibi'),
    dict(id='tl3', kind='lookalike', cause='unknown', states=False, note='callback phone number, malformed order number',
         lang='tr', mp=None, transport='other', boiler=False, brand='Amazon Müşteri Hizmetleri',
         frm=('Amazon Müşteri Hizmetleri', 'destek@amazon-iade-merkezi.com'), site='https://amazon-iade-merkezi.com',
         fmt='alt', layout='minimal', oid_fmt='TR-{d7}-{d2}',
         subject='Sipariş İptali #{oid}',
         heading='Siparişiniz İptal Edildi',
         paras=["#{oid} numaralı siparişiniz iptal edilmiştir.",
                "İade işleminizi başlatmak veya iptale itiraz etmek için 7/24 hizmet veren destek hattımızı arayın: 0850 305 41 77",
                "Görüşme sırasında kimlik doğrulaması için kartınızın son 4 hanesi ve size gönderilecek SMS kodu istenecektir."],
         items=[('Samsung 55" Crystal UHD 4K Smart TV', 1, '22.499,00 TL')],
         sign='Amazon Türkiye',
         foot=["Bu e-postayı yanıtlamayınız."]),
    dict(id='tl4', kind='lookalike', cause='inventory_shortage', states=True, note='asks to reply with card details',
         lang='tr', mp=None, transport='other', boiler=False, brand='Amazon',
         frm=('Amazon', 'no-reply@amazon.com.tr-siparis-iptal.net'), reply_to='amazon.iade.islemleri@gmail.com',
         site='https://amazon.com.tr-siparis-iptal.net', fmt='text', tstyle='simple', greet='Değerli Müşterimiz,',
         subject='Siparişiniz iptal edildi - iade için bilgi gerekli',
         paras=["Sipariş ettiğiniz ürün stokta kalmadığından siparişiniz ({oid}) iptal edilmiştir.",
                "Ödediğiniz tutarın iade edilebilmesi için kart numaranızı, son kullanma tarihini ve CVV kodunu bu e-postaya "
                "yanıt olarak göndermeniz gerekmektedir. Bilgiler ulaşmazsa iade yapılamaz."],
         items=[('Dyson Airwrap Multi-Styler Complete', 1, '21.999,00 TL')],
         sign='Amazon İade Birimi'),
    dict(id='tl5', kind='lookalike', cause='technical_issue', states=True, note='digit-0 domain, no order number, deceptive link text',
         lang='tr', mp=None, transport='other', boiler=False, brand='amazon.com.tr',
         frm=('Amazon TR', 'info@amaz0n-tr.com'), site='https://amaz0n-tr.com',
         auth='mx.google.com; spf=softfail (google.com: domain of transitioning info@amaz0n-tr.com does not designate 91.212.150.7 as permitted sender) smtp.mailfrom=info@amaz0n-tr.com; dkim=none; dmarc=fail (p=NONE) header.from=amaz0n-tr.com',
         fmt='html', layout='card', oid=False, greet='Sayın müşterimiz,',
         subject='Teknik hata nedeniyle son siparişiniz iptal edildi',
         heading='Sipariş iptali',
         paras=["Sistemimizde yaşanan teknik bir hata nedeniyle son siparişiniz iptal edilmiştir.",
                "Ücret iadesini alabilmek için 24 saat içinde iade formunu doldurmanız gerekir:",
                ('link', '', 'https://www.amazon.com.tr/iade-formu', 'https://amaz0n-tr.com/form.php?ref=tr')],
         items=[],
         sign='Amazon.com.tr',
         foot=["Amazon.com.tr hiçbir zaman şifrenizi sormaz."]),
]

# =================================================================== DATA: Arabic (amazon.ae / amazon.sa / amazon.eg)
AE, SA, EG = 'amazon.ae', 'amazon.sa', 'amazon.eg'
def ar(mp, **kw):
    d = dict(lang='ar', mp=mp, transport='amazon')
    d.update(kw)
    return d

AR_SPECS = [
    # ---------------- inventory_shortage
    ar(AE, id='a01', kind='notice', cause='inventory_shortage', states=True, note='out of stock, partial',
       frm=('Amazon.ae', 'order-update@amazon.ae'), auth=True, fmt='alt', layout='classic',
       subject='تم إلغاء منتج من طلبك رقم {oid}',
       heading='إلغاء منتج',
       paras=["يؤسفنا إبلاغك بأننا اضطررنا إلى إلغاء أحد المنتجات في طلبك، إذ نفدت الكمية المتوفرة منه في مستودعاتنا "
              "قبل تجهيز شحنتك، ولا نتوقع توفره مجدداً في وقت قريب."],
       items=[('سماعات سوني WH-1000XM5 اللاسلكية بخاصية إلغاء الضوضاء، أسود', 1, 'AED 1,199.00', True),
              ('حافظة سفر صلبة لسماعات الرأس', 1, 'AED 59.00', False)],
       after=["سيتم شحن المنتج الآخر في طلبك كما هو مخطط، وسنرسل إليك رسالة عند شحنه."]),
    ar(SA, id='a02', kind='notice', cause='inventory_shortage', states=True, note='seller cancelled, item no longer available',
       frm=('Amazon.sa', 'order-update@amazon.sa'), auth=True, fmt='text', seller='متجر الديار للإلكترونيات',
       subject='ألغى البائع طلبك {oid}',
       paras=["قام البائع «متجر الديار للإلكترونيات» بإلغاء طلبك رقم {oid}.",
              "وأفادنا البائع بأن المنتج لم يعد متوفراً لديه، ولذلك لن يتمكن من تلبية طلبك."],
       items=[('قلاية هوائية فيليبس XXL سعة 7.3 لتر، أسود', 1, '899.00 ر.س')]),
    ar(EG, id='a03', kind='notice', cause='inventory_shortage', states=True, note='pre-order, supplier cannot deliver',
       frm=('Amazon.eg', 'auto-confirm@amazon.eg'), fmt='alt', layout='card',
       subject='بخصوص طلبك المسبق على Amazon.eg',
       heading='إلغاء الطلب المسبق',
       paras=["نكتب إليك بخصوص الطلب المسبق الذي قمت به. للأسف لن نتمكن من توفير هذا المنتج لك، فالمورّد أبلغنا بأنه "
              "لن يسلّم الكميات المتفق عليها من هذا الإصدار، وبالتالي تم إلغاء طلبك المسبق.",
              "يمكنك تفعيل خيار «أعلمني عند التوفر» من صفحة المنتج لتصلك رسالة إذا أصبح متاحاً لاحقاً."],
       items=[('بلايستيشن 5 برو – إصدار الذكرى الثلاثين المحدود', 1, '52,999.00 ج.م')]),
    ar(AE, id='a04a', kind='non_notice', cause=None, states=False, note='thread', thread_start=True,
       frm=('Amazon.ae', 'order-update@amazon.ae'), auth=True, fmt='alt', layout='card',
       subject='تأخير في طلبك رقم {oid}',
       heading='تحديث بشأن موعد التوصيل',
       paras=["نأسف لإبلاغك بأن منتجاً في طلبك سيتأخر عن الموعد المتوقع.",
              "لم نتمكن حتى الآن من الحصول عليه من المورّد، ونعمل على توفيره في أقرب وقت ممكن، وسنوافيك بأي مستجدات."],
       items_heading='المنتج المتأخر',
       items=[('مكينة قهوة دي لونجي ماغنيفيكا S أوتوماتيكية بالكامل', 1, 'AED 1,449.00')]),
    ar(AE, id='a04', kind='notice', cause='inventory_shortage', states=False, note='thread: cause from earlier mail', thread_of='a04a',
       frm=('Amazon.ae', 'order-update@amazon.ae'), fmt='text',
       subject='تم إلغاء طلبك من Amazon.ae',
       paras=["تم إلغاء طلبك رقم {oid}."]),
    # ---------------- payment_issue
    ar(SA, id='a05', kind='notice', cause='payment_issue', states=True, note='issuing bank declined',
       frm=('Amazon.sa', 'payments-messages@amazon.sa'), auth=True, fmt='alt', layout='classic',
       subject='تعذّر إتمام الدفع – تم إلغاء طلبك',
       heading='مشكلة في الدفع',
       paras=["رفض البنك المُصدر لبطاقتك المنتهية بالأرقام 4471 عملية الدفع الخاصة بطلبك رقم {oid}، ولذلك ألغينا الطلب.",
              "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يُرجى تقديم طلب جديد باستخدام وسيلة دفع أخرى."],
       items=[('هاتف سامسونج جالكسي S24 ألترا، 256 جيجابايت، رمادي تيتانيوم', 1, '4,699.00 ر.س')]),
    ar(AE, id='a06', kind='notice', cause='payment_issue', states=True, note='gift card balance insufficient',
       frm=('Amazon.ae', 'payments-messages@amazon.ae'), fmt='text',
       subject='طلبك رقم {oid} أُلغي',
       paras=["لم يكن رصيد بطاقة الهدايا في حسابك كافياً لتغطية قيمة الطلب بالكامل، ولم تكن هناك وسيلة دفع إضافية "
              "لتحصيل المبلغ المتبقي، فأُلغي الطلب تلقائياً."],
       money="أعدنا إلى حسابك رصيد بطاقة الهدايا الذي حُجز لهذا الطلب.",
       items=[('عطر العربية للعود – ليالي، 100 مل', 1, 'AED 385.00'),
              ('مبخرة كهربائية محمولة قابلة لإعادة الشحن', 1, 'AED 79.00')]),
    ar(EG, id='a07', kind='notice', cause='payment_issue', states=True, note='payment details not revised within deadline',
       frm=('Amazon.eg', 'payments-update@amazon.eg'), fmt='html', layout='minimal',
       subject='إلغاء الطلب {oid} لعدم تحديث بيانات الدفع',
       heading='تم إلغاء طلبك',
       paras=["راسلناك بتاريخ {earlier} لنطلب منك مراجعة بيانات الدفع الخاصة بطلبك، لأن عملية التفويض على بطاقتك لم تكتمل. "
              "وبما أننا لم نتلقَّ بيانات دفع محدّثة خلال المهلة المحددة، فقد أُلغي الطلب."],
       items=[('غسالة أطباق بوش سيريز 4، 13 مكاناً، فضي', 1, '27,499.00 ج.م')]),
    ar(SA, id='a08a', kind='non_notice', cause=None, states=False, note='thread', thread_start=True,
       frm=('Amazon.sa', 'payments-messages@amazon.sa'), auth=True, fmt='alt', layout='minimal',
       subject='مطلوب إجراء: حدّث طريقة الدفع لطلبك',
       heading='لم نتمكن من تحصيل المبلغ',
       paras=["لم نتمكن من تحصيل المبلغ من بطاقتك لطلبك رقم {oid}.",
              "يُرجى تحديث طريقة الدفع من صفحة «طلباتك» حتى نتمكن من شحن طلبك."],
       items_heading='المنتجات في طلبك',
       items=[('ماكينة إسبريسو نسبريسو فيرتو بوب، أزرق', 1, '549.00 ر.س'),
              ('كبسولات نسبريسو فيرتو متنوعة، 30 كبسولة', 2, '270.00 ر.س')],
       after=[('button', 'تحديث طريقة الدفع', 'https://www.amazon.sa/gp/css/order-history')]),
    ar(SA, id='a08', kind='notice', cause='payment_issue', states=False, note='thread: cause from earlier mail', thread_of='a08a',
       frm=('Amazon.sa', 'order-update@amazon.sa'), auth=True, fmt='alt', layout='card',
       subject='تم إلغاء طلبك رقم {oid}',
       heading='إلغاء الطلب',
       paras=["نود إعلامك بأن طلبك رقم {oid} قد أُلغي."]),
    # ---------------- technical_issue
    ar(AE, id='a09', kind='notice', cause='technical_issue', states=True, note='pricing error',
       frm=('Amazon.ae', 'order-update@amazon.ae'), auth=True, fmt='alt', layout='card',
       subject='معلومات مهمة حول طلبك من Amazon.ae',
       heading='تم إلغاء طلبك',
       paras=["ظهر المنتج الذي طلبته على موقعنا بسعر غير صحيح بسبب خطأ في التسعير، إذ عُرض بمبلغ AED 149 بدلاً من AED 1,490.",
              "ولهذا السبب ألغينا طلبك. نعتذر عن أي إزعاج قد يسببه ذلك."],
       items=[('ماكينة قهوة نسبريسو فيرتو نكست مع جهاز إيروتشينو لرغوة الحليب', 1, 'AED 149.00')]),
    ar(SA, id='a10', kind='notice', cause='technical_issue', states=True, note='technical glitch during processing',
       frm=('Amazon.sa', 'auto-confirm@amazon.sa'), fmt='text',
       subject='تحديث بشأن طلبك {oid}',
       paras=["حدث خلل تقني في أنظمتنا أثناء معالجة طلبك، ونتيجةً لذلك لم يعد بالإمكان إتمامه وتم إلغاؤه.",
              "نعتذر عن ذلك. يمكنك إعادة إضافة المنتجات إلى عربة التسوق وتقديم الطلب من جديد."],
       items=[('كتاب: الخيميائي – باولو كويلو (غلاف ورقي)', 1, '39.00 ر.س'),
              ('كتاب: ساق البامبو – سعود السنعوسي', 1, '45.00 ر.س')]),
    ar(EG, id='a11', kind='notice', cause='technical_issue', states=True, note='denies payment cause, listing data error, partial',
       frm=('Amazon.eg', 'order-update@amazon.eg'), fmt='text',
       subject='تم إلغاء منتج من طلبك',
       paras=["نود التوضيح أن هذا الإلغاء لا علاقة له بوسيلة الدفع الخاصة بك؛ فقد تمت الموافقة على الدفع دون أي مشكلة.",
              "السبب هو خطأ في بيانات عرض المنتج على الموقع، إذ كانت الصفحة تعرض سعة تخزين لا تطابق المنتج الفعلي. "
              "لذلك أزلنا هذا المنتج من طلبك، أما بقية المنتجات فستصلك كالمعتاد."],
       items=[('هارد ديسك خارجي WD ماي باسبورت 5 تيرابايت', 1, '4,850.00 ج.م', True),
              ('كابل USB-C إلى USB-A بطول متر واحد', 1, '199.00 ج.م', False)]),
    # ---------------- fraud_prevention
    ar(AE, id='a12', kind='notice', cause='fraud_prevention', states=True, note='unusual activity, account suspended',
       frm=('Amazon.ae', 'account-update@amazon.ae'), auth=True, fmt='alt', layout='minimal',
       subject='تنبيه أمني: تم إلغاء طلبك وإيقاف حسابك مؤقتاً',
       heading='تنبيه أمني',
       paras=["رصدنا نشاطاً غير معتاد على حسابك في Amazon.ae. وحرصاً على حمايتك، ألغينا الطلب رقم {oid} وأوقفنا حسابك مؤقتاً.",
              "لاستعادة الوصول، سجّل الدخول إلى حسابك عبر الموقع أو التطبيق مباشرة واتبع التعليمات التي تظهر لك."],
       items=[('ساعة أبل سيريس 9 (جي بي إس) 45 ملم، منتصف الليل', 2, 'AED 3,398.00')]),
    ar(SA, id='a13', kind='notice', cause='fraud_prevention', states=True, note='account held pending identity verification',
       frm=('Amazon.sa', 'cs-reply@amazon.sa'), auth=True, fmt='text',
       subject='إلغاء طلبك رقم {oid}',
       paras=["حسابك معلّق حالياً لحين التحقق من هويتك، ولم تصلنا المستندات المطلوبة خلال المدة المحددة. وعليه، قررت "
              "أمازون إلغاء الطلب التالي:"],
       items=[('بطاقة هدايا بلايستيشن ستور 500 ر.س (رمز رقمي)', 2, '1,000.00 ر.س')]),
    ar(EG, id='a14', kind='notice', cause='fraud_prevention', states=True, note='labelled reason: flagged for security review',
       frm=('Amazon.eg', 'order-update@amazon.eg'), auth=True, fmt='alt', layout='classic',
       subject='تم إلغاء طلبك رقم {oid}',
       heading='إلغاء الطلب',
       paras=["نحيطك علماً بأنه تم إلغاء طلبك المذكور أدناه."],
       items=[('لابتوب لينوفو ليجن 5 برو، معالج i7، كرت RTX 4070', 1, '89,999.00 ج.م')],
       after=[('kv', 'سبب الإلغاء', 'تم تمييز الطلب للمراجعة الأمنية بسبب مؤشرات على استخدام غير مصرح به للحساب')]),
    # ---------------- customer_request
    ar(AE, id='a15', kind='notice', cause='customer_request', states=True, note='cancelled at your request',
       frm=('Amazon.ae', 'auto-confirm@amazon.ae'), fmt='text',
       subject='تم إلغاء طلبك بناءً على طلبك',
       paras=["بناءً على طلبك، ألغينا الطلب رقم {oid} بالكامل.",
              "إذا لم تكن أنت من طلب الإلغاء، فيُرجى التواصل معنا فوراً."],
       items=[('حفاضات بامبرز بريميوم كير، مقاس 4، 174 حفاضة', 1, 'AED 189.00')]),
    ar(SA, id='a16', kind='notice', cause='customer_request', states=True, note='successful cancellation you made',
       frm=('Amazon.sa', 'auto-confirm@amazon.sa'), auth=True, fmt='alt', layout='classic',
       subject='تم إلغاء المنتج بنجاح: "مكنسة دايسون V15 ديتكت..."',
       heading='تأكيد الإلغاء',
       paras=["لقد ألغيت بنجاح المنتج التالي من طلبك رقم {oid}."],
       items=[('مكنسة دايسون V15 ديتكت اللاسلكية', 1, '2,999.00 ر.س')]),
    ar(EG, id='a17', kind='notice', cause='customer_request', states=True, note='partial, labelled reason customer cancelled',
       frm=('Amazon.eg', 'order-update@amazon.eg'), fmt='html', layout='card',
       subject='إلغاء جزئي لمنتجات من طلبك على Amazon.eg',
       heading='إلغاء جزئي',
       paras=["أُلغيت المنتجات التالية من طلبك رقم {oid}."],
       items=[('زيت زيتون بكر ممتاز، 1 لتر', 3, '1,125.00 ج.م', True),
              ('تمر سكري فاخر، 3 كجم', 1, '850.00 ج.م', False)],
       after=[('kv', 'سبب الإلغاء', 'ألغاه العميل')]),
    # ---------------- unknown, no reason
    ar(AE, id='a18', kind='notice', cause='unknown', states=False, note='no reason given',
       frm=('Amazon.ae', 'order-update@amazon.ae'), auth=True, fmt='alt', layout='minimal',
       subject='طلبك {oid} ملغى',
       heading='تم إلغاء طلبك',
       paras=["تم إلغاء طلبك. تفاصيل المنتجات الملغاة أدناه."],
       items=[('شاحن أنكر نانو 65 واط بثلاثة منافذ', 1, 'AED 169.00'),
              ('كابل أنكر USB-C مضفّر، 1.8 متر', 2, 'AED 78.00')]),
    ar(SA, id='a19', kind='notice', cause='unknown', states=False, note='no reason, partial',
       frm=('Amazon.sa', 'auto-confirm@amazon.sa'), fmt='text',
       subject='إلغاء منتج من طلبك رقم {oid}',
       paras=["أُلغي المنتج التالي من طلبك، وستصلك رسالة منفصلة عند شحن بقية المنتجات."],
       items=[('طقم أواني تيفال إنجينيو، 10 قطع', 1, '749.00 ر.س', True),
              ('مقلاة تيفال 28 سم', 1, '159.00 ر.س', False)]),
    ar(EG, id='a20', kind='notice', cause='unknown', states=False, note='no reason, Amazon cancelled',
       frm=('Amazon.eg', 'no-reply@amazon.eg'), fmt='text',
       subject='Amazon.eg: إشعار إلغاء طلب',
       paras=["قامت أمازون بإلغاء طلبك رقم {oid}. لا يلزمك اتخاذ أي إجراء آخر بخصوص هذا الطلب."],
       items=[('جهاز كيندل بيبروايت 16 جيجابايت', 1, '7,999.00 ج.م')]),
    # ---------------- unknown, other reason
    ar(AE, id='a21', kind='notice', cause='unknown', states=True, note='address outside delivery area',
       frm=('Amazon.ae', 'order-update@amazon.ae'), auth=True, fmt='alt', layout='classic',
       subject='تعذّر توصيل طلبك – تم الإلغاء',
       heading='إلغاء الطلب',
       paras=["عنوان التوصيل الذي اخترته يقع خارج نطاق مناطق التوصيل التي نخدمها حالياً (منطقة الرويس، أبوظبي)، ولذلك "
              "لم نتمكن من شحن طلبك وألغيناه.",
              "يمكنك إضافة عنوان آخر إلى حسابك ثم تقديم الطلب مجدداً."],
       items=[('مروحة دايسون كول AM07 برجية', 1, 'AED 1,299.00')]),
    ar(SA, id='a22', kind='notice', cause='unknown', states=True, note='item cannot be imported / shipped to Saudi Arabia',
       frm=('Amazon.sa', 'order-update@amazon.sa'), fmt='text',
       subject='لا يمكن شحن طلبك {oid}',
       paras=["المنتج الذي طلبته يُشحن من متجر أمازون العالمي، ولا يُسمح باستيراده إلى المملكة العربية السعودية وفقاً "
              "لاشتراطات الجهات التنظيمية. لهذا السبب لا يمكننا شحنه إلى عنوانك، وتم إلغاء طلبك."],
       items=[('جهاز تتبع GPS للسيارات مع شريحة اتصال (إصدار أمريكي)', 1, '612.00 ر.س')]),

    # ---------------- non-notices
    ar(AE, id='an1', kind='non_notice', cause=None, states=False, note='shipping confirmation, mentions cancellation policy',
       frm=('Amazon.ae', 'shipment-tracking@amazon.ae'), auth=True, fmt='alt', layout='card',
       subject='تم شحن طلبك رقم {oid}',
       heading='تم شحن طلبك',
       paras=["يسعدنا إبلاغك بأننا شحنّا طلبك، وهو الآن في الطريق إليك.",
              ('kv', 'موعد التوصيل المتوقع', '{deadline}')],
       items_heading='المنتجات المشحونة',
       items=[('جهاز أمازون إيكو دوت (الجيل الخامس)، أزرق', 1, 'AED 229.00')],
       after=["لم يعد بالإمكان إلغاء الطلب بعد شحنه، لكن يمكنك إرجاع المنتج خلال 15 يوماً من تاريخ الاستلام عبر صفحة «طلباتك»."]),
    ar(SA, id='an2', kind='non_notice', cause=None, states=False, note='Prime membership cancelled',
       frm=('Amazon Prime', 'digital-no-reply@amazon.sa'), auth=True, fmt='text', show_order=False,
       subject='تم إلغاء عضويتك في أمازون برايم',
       paras=["تأكدنا من طلبك بإلغاء عضوية برايم. ستبقى مزايا العضوية متاحة لك حتى {deadline}، ولن تُجدَّد بعد ذلك ولن يتم "
              "خصم أي رسوم من بطاقتك.",
              "يمكنك الاستمرار في الاستمتاع بالتوصيل المجاني السريع وبرايم فيديو حتى ذلك التاريخ. وإن غيّرت رأيك، يمكنك "
              "إعادة تفعيل العضوية من «حسابك» ثم «عضوية برايم»."]),
    ar(EG, id='an3', kind='non_notice', cause=None, states=False, note='delivery slot cancelled, order still active',
       frm=('Amazon.eg', 'shipment-tracking@amazon.eg'), fmt='html', layout='minimal',
       subject='تم إلغاء موعد التوصيل المحدد لطلبك',
       heading='تغيير في موعد التوصيل',
       paras=["تعذّر على مندوب التوصيل الوصول إليك في الفترة التي اخترتها، لذلك أُلغي موعد التوصيل المحدد.",
              "طلبك رقم {oid} لا يزال قائماً ولم يُلغَ. سنحاول التوصيل مجدداً يوم {deadline}، ويمكنك اختيار فترة أخرى تناسبك من صفحة تتبع الشحنة."],
       items_heading='المنتجات في الشحنة',
       items=[('مكيف شارب سبليت 1.5 حصان بارد/ساخن، إنفرتر', 1, '31,999.00 ج.م')]),
    dict(id='an4', kind='non_notice', cause=None, states=False, note='other retailer (noon) cancellation',
         lang='ar', mp=None, transport='other', boiler=False, brand='noon',
         relay='o12.mail.noon.com (o12.mail.noon.com [149.72.161.33])',
         frm=('noon', 'no-reply@noon.com'), site='https://www.noon.com', item_path='/uae-ar/',
         auth='mx.google.com; dkim=pass header.d=noon.com header.s=k1; spf=pass smtp.mailfrom=mail.noon.com; dmarc=pass (p=REJECT) header.from=noon.com',
         fmt='alt', layout='minimal', bar='#feee00', barfg='#404553', accent='#3866df', headcolor='#3866df',
         subject='تم إلغاء طلبك {oid}', oid_fmt='NAEH{d10}',
         heading='تم إلغاء طلبك', greet='مرحباً {first}،',
         paras=["نأسف لإبلاغك بأنه تم إلغاء طلبك رقم {oid} لعدم توفر المنتج لدى البائع.",
                "سيتم استرداد المبلغ إلى وسيلة الدفع الأصلية خلال 5 إلى 7 أيام عمل."],
         items_heading='المنتجات الملغاة',
         items=[('نظارة شمسية راي بان أفياتور كلاسيك', 1, '649.00 د.إ', True, 'noon')],
         sign='فريق نون',
         foot=["تم إرسال هذه الرسالة إليك لأنك أجريت طلباً على noon.com.", "noon AD Holdings، دبي، الإمارات العربية المتحدة."]),
    ar(SA, id='an5', kind='non_notice', cause=None, states=False, note='return received, refund confirmation',
       frm=('Amazon.sa', 'return@amazon.sa'), auth=True, fmt='text',
       subject='تم استرداد المبلغ لطلبك رقم {oid}',
       paras=["استلمنا المنتج الذي أرجعته، وأصدرنا استرداداً بقيمة 389.00 ر.س إلى بطاقتك المنتهية بالأرقام 2290.",
              "قد يستغرق ظهور المبلغ في كشف حسابك من 3 إلى 5 أيام عمل."],
       items_heading='المنتج المُرجع',
       items=[('حذاء رياضي أديداس ألترابوست 22، مقاس 43', 1, '389.00 ر.س')]),

    # ---------------- lookalikes
    dict(id='al1', kind='lookalike', cause='payment_issue', states=True, note='homoglyph (Greek omicron) name, lookalike domain, deceptive link, malformed order no',
         lang='ar', mp=None, transport='other', boiler=False, brand='Amazon.ae',
         frm=('Amazοn.ae', 'support@amazon-ae-orders.com'), hcs='utf-8', site='https://amazon-ae-orders.com',
         auth='mx.google.com; spf=pass (google.com: domain of support@amazon-ae-orders.com designates 103.145.13.77 as permitted sender) smtp.mailfrom=amazon-ae-orders.com; dkim=pass header.d=amazon-ae-orders.com; dmarc=pass (p=NONE) header.from=amazon-ae-orders.com',
         fmt='html', layout='classic', oid_fmt='171-{d7}-{d2}',
         logo='https://images-eu.ssl-images-amazon.com/images/G/39/x-locale/common/amazon-logo._CB485931413_.png',
         subject='تم إلغاء طلبك رقم {oid} – تعذّر التحقق من الدفع',
         heading='إلغاء الطلب',
         paras=["تعذّر علينا التحقق من وسيلة الدفع الخاصة بك، لذلك تم إلغاء طلبك رقم {oid}.",
                "لاسترداد المبلغ، يجب تأكيد بيانات بطاقتك خلال 12 ساعة عبر الرابط التالي:",
                ('link', '', 'https://www.amazon.ae/payments/verify', 'https://amazon-ae-orders.com/secure/login.php?u={d6}')],
         items=[('آيفون 15 برو ماكس 256 جيجابايت', 1, 'AED 5,099.00')],
         sign='خدمة عملاء Amazon.ae',
         foot=["© 2024 Amazon.com, Inc. جميع الحقوق محفوظة."]),
    dict(id='al2', kind='lookalike', cause='fraud_prevention', states=True, note='free-mail sender, account suspended + code',
         lang='ar', mp=None, transport='other', boiler=False, brand='أمازون',
         frm=('امازون السعودية', 'amazon.sa.help2024@gmail.com'), hcs='utf-8', site='https://amzn-sa-verify.info',
         auth='mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazon.sa.help2024@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com',
         fmt='text', tstyle='simple', greet='عزيزي العميل،', oid_fmt='{p3}-{d7}-{d7b}',
         subject='عاجل: تم تعليق حسابك وإلغاء طلبك',
         paras=["بسبب محاولات دخول مشبوهة، تم تعليق حسابك في أمازون وإلغاء طلبك الأخير رقم {oid}.",
                "لإعادة تفعيل الحساب واستعادة الطلب، استخدم رمز التفعيل التالي:",
                ('code', '88431-SA'),
                ('link', 'أدخل الرمز عبر الرابط:', 'https://amzn-sa-verify.info/activate', 'https://amzn-sa-verify.info/activate'),
                "إذا لم يتم التفعيل خلال 24 ساعة سيتم إغلاق الحساب نهائياً."],
         items=[],
         sign='قسم أمن الحسابات – أمازون'),
    dict(id='al3', kind='lookalike', cause='unknown', states=False, note='callback phone number, malformed order number',
         lang='ar', mp=None, transport='other', boiler=False, brand='Amazon Egypt',
         frm=('Amazon Egypt Support', 'care@amazon-eg-refunds.net'), site='https://amazon-eg-refunds.net',
         fmt='alt', layout='minimal', oid_fmt='EG-{d2}-{d6}',
         subject='إشعار إلغاء الطلب EG-{d2}',
         heading='تم إلغاء طلبك',
         paras=["نود إعلامك بأن طلبك رقم {oid} قد تم إلغاؤه.",
                "لاسترداد المبلغ أو الاعتراض على الإلغاء، يُرجى الاتصال فوراً بمركز خدمة العملاء على الرقم: 0020 12 7788 4410",
                "سيطلب منك الموظف رمز التحقق الذي سيصلك برسالة نصية لإتمام الاسترداد."],
         items=[('تلفزيون سامسونج 65 بوصة كريستال UHD', 1, '38,500.00 ج.م')],
         sign='فريق أمازون مصر'),
    dict(id='al4', kind='lookalike', cause='inventory_shortage', states=True, note='reply with card details for refund',
         lang='ar', mp=None, transport='other', boiler=False, brand='Amazon.sa',
         frm=('Amazon.sa', 'no-reply@amazon-sa.co'), reply_to='refunds.amazonsa@outlook.com',
         site='https://amazon-sa.co', fmt='text', tstyle='simple', greet='عميلنا العزيز،',
         subject='تم إلغاء طلبك – مطلوب بيانات الاسترداد',
         paras=["نأسف لإبلاغك بأن طلبك رقم {oid} قد أُلغي بسبب نفاد الكمية.",
                "حتى نتمكن من إعادة المبلغ إليك، يُرجى الرد على هذه الرسالة متضمناً: رقم البطاقة كاملاً، تاريخ الانتهاء، "
                "والرمز السري المكون من 3 أرقام (CVV)."],
         items=[('ساعة سامسونج جالكسي واتش 6 كلاسيك', 1, '1,349.00 ر.س')],
         sign='قسم المرتجعات'),
    dict(id='al5', kind='lookalike', cause='technical_issue', states=True, note='outlook.com sender, no order number, compensation voucher link',
         lang='ar', mp=None, transport='other', boiler=False, brand='Amazon',
         frm=('فريق أمازون', 'amazon-orders-team@outlook.com'), hcs='utf-8', site='https://amzn-claims.top',
         auth='spf=pass (sender IP is 40.92.41.18) smtp.mailfrom=outlook.com; dkim=pass (signature was verified) header.d=outlook.com;dmarc=pass action=none header.from=outlook.com;compauth=pass reason=100',
         fmt='html', layout='card', oid=False, greet='عزيزي عميل أمازون،',
         logo='https://m.media-amazon.com/images/G/39/gc/designs/livepreview/amazon_dkblue_noto_email_v2016_ae-main._CB462557221_.png',
         subject='بسبب خطأ في النظام تم إلغاء طلبك الأخير',
         heading='اعتذار عن إلغاء طلبك',
         paras=["بسبب خطأ في النظام، تم إلغاء طلبك الأخير على أمازون.",
                "تعويضاً لك، خصصنا لك قسيمة بقيمة 500 درهم. اضغط على الرابط لاستلامها وإدخال بيانات الدفع لاسترداد المبلغ:",
                ('link', '', 'www.amazon.ae/claim', 'https://amzn-claims.top/ae/?c={d6}')],
         items=[],
         sign='فريق أمازون'),
]

# =================================================================== assembly
LOGO_CODE = {'amazon.com.tr': '46', 'amazon.ae': '39', 'amazon.sa': '40', 'amazon.eg': '42'}

ENC_CHOICES = {
    'tr': [(('utf-8', 'qp'), 3), (('utf-8', 'b64'), 2), (('utf-8', '8bit'), 2),
           (('iso-8859-9', 'qp'), 2), (('iso-8859-9', '8bit'), 1), (('iso-8859-9', 'b64'), 1)],
    'ar': [(('utf-8', 'qp'), 2), (('utf-8', 'b64'), 3), (('utf-8', '8bit'), 2),
           (('windows-1256', 'b64'), 2), (('windows-1256', 'qp'), 1), (('windows-1256', '8bit'), 1)],
}

def pick_enc(lang):
    opts, w = zip(*ENC_CHOICES[lang])
    return rng.choices(opts, weights=w)[0]

def make_ctx(spec, person, dt):
    mp = spec['mp']
    c = Ctx()
    c['name'], c['to_email'] = person
    c['first'] = FIRST(person[0])
    for k, n in (('d2', 2), ('d6', 6), ('d7', 7), ('d7b', 7), ('d10', 10)):
        c[k] = rand_digits(n)
    c['p3'] = rng.choice(['402', '403', '171', '405'])
    if mp:
        c['dom'] = mp
        c['brand'] = BRAND[mp]
        c['site'] = 'https://www.' + mp
        c['site_amazon'] = True
        c['logo'] = 'https://images-eu.ssl-images-amazon.com/images/G/%s/x-locale/common/amazon-logo._CB%s_.png' % (
            LOGO_CODE[mp], rand_digits(9))
    else:
        c['site'] = spec['site'] if spec.get('site') else 'https://' + spec['frm'][1].split('@')[1]
        c['dom'] = c['site'].split('//')[1].split('/')[0]
        c['brand'] = spec.get('brand') or spec['frm'][0]
        c['site_amazon'] = False
        c['logo'] = spec.get('logo') or (
            'https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/amazon-logo._CB485931413_.png'
            if spec['kind'] == 'lookalike' and spec.get('layout') == 'card' else None)
    if spec.get('oid') is False:
        c['oid'] = ''
    elif spec.get('oid_fmt'):
        c['oid'] = spec['oid_fmt'].format_map(c)
    else:
        c['oid'] = make_oid(OID_PREFIX.get(mp, ['402', '403', '171']))
    c['date'] = ldate(spec['lang'], dt)
    c['earlier'] = ldate(spec['lang'], dt - datetime.timedelta(days=rng.randint(3, 5)))
    c['deadline'] = ldate(spec['lang'], dt + datetime.timedelta(days=rng.randint(2, 6)))
    return c

def rand_dt(mp, lang):
    start = datetime.datetime(2024, 2, 1)
    d = start + datetime.timedelta(days=rng.randint(0, 630), hours=rng.randint(6, 23),
                                   minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    off = TZ.get(mp, 3 if lang == 'tr' else 4)
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

def main():
    specs = TR_SPECS + AR_SPECS
    byid = {s['id']: s for s in specs}
    units = []
    for s in specs:
        if s.get('thread_of'):
            continue
        unit = [s] + [t for t in specs if t.get('thread_of') == s['id']]
        units.append(unit)
    rng.shuffle(units)
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith('.eml'):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    n = 0
    problems = []
    for unit in units:
        lang = unit[0]['lang']
        person = rng.choice(PEOPLE[lang])
        dt = rand_dt(unit[0]['mp'], lang)
        if unit[0].get('transport') == 'amazon' and rng.random() < 0.5:
            dt = dt.astimezone(datetime.timezone.utc)
        prev_ctx = prev_spec = None
        for spec in unit:
            spec = dict(spec)
            if not spec.get('enc'):
                spec['enc'] = pick_enc(lang)
                if spec.get('personal'):
                    spec['enc'] = rng.choice([('utf-8', 'qp'), ('utf-8', '8bit')])
            if spec['fmt'] == 'alt' and rng.random() < 0.3:
                spec['enc_html'] = (spec['enc'][0], rng.choice(['qp', 'b64']))
            if not spec.get('hcs'):
                spec['hcs'] = spec['enc'][0] if rng.random() < 0.6 else 'utf-8'
            if prev_ctx is not None:
                dt = dt + datetime.timedelta(days=rng.randint(2, 5), hours=rng.randint(0, 9), minutes=rng.randint(1, 59))
                ctx = make_ctx(spec, person, dt)
                ctx['oid'] = prev_ctx['oid']
                if not spec.get('items'):
                    spec['items'] = [tuple(list(i)[:3]) for i in prev_spec['items']]
            else:
                ctx = make_ctx(spec, person, dt)
            try:
                msg, text, html_body = build_message(spec, ctx, dt)
            except UnicodeEncodeError:
                # legacy charset cannot carry this text: fall back to UTF-8
                spec['enc'] = ('utf-8', spec['enc'][1])
                spec['hcs'] = 'utf-8'
                spec.pop('enc_html', None)
                msg, text, html_body = build_message(spec, ctx, dt)
                problems.append('%s: fell back to utf-8' % spec['id'])
            n += 1
            fname = 'r3%03d.eml' % n
            data = to_bytes(msg)
            with open(os.path.join(MAILDIR, fname), 'wb') as fh:
                fh.write(data)
            verify(fname, data, text, html_body, ctx, spec, problems)
            labels.append(dict(file=fname, kind=spec['kind'], language=spec['lang'],
                               cause=spec['cause'] if spec['kind'] != 'non_notice' else None,
                               states_reason=bool(spec['states']) if spec['kind'] != 'non_notice' else False,
                               marketplace=spec['mp'] if spec['kind'] != 'lookalike' else None,
                               note=spec['note']))
            prev_ctx, prev_spec = ctx, spec
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    summary(labels)
    for p in problems:
        print('PROBLEM', p)
    return 1 if [p for p in problems if 'fell back' not in p] else 0

def verify(fname, data, text, html_body, ctx, spec, problems):
    import email
    from email import policy
    m = email.message_from_bytes(data, policy=policy.default)
    got = {}
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            got[part.get_content_subtype()] = part.get_content()
    if text is not None and got.get('plain', '').replace('\r\n', '\n') != text:
        problems.append('%s: plain part does not round-trip' % fname)
    if html_body is not None and got.get('html', '').replace('\r\n', '\n') != html_body:
        problems.append('%s: html part does not round-trip' % fname)
    if spec['kind'] == 'notice':
        body = (text or '') + (html_body or '')
        if ctx['oid'] not in body:
            problems.append('%s: order id missing' % fname)
        if not spec.get('items'):
            problems.append('%s: no items' % fname)
    hdr_auth = m.get('Authentication-Results')
    if spec.get('auth') is True:
        a = str(hdr_auth)
        if 'header.d=' + ctx['dom'] not in a or 'header.from=' + ctx['dom'] not in a:
            problems.append('%s: auth header wrong' % fname)
    str(m['Subject']); str(m['From'])

def summary(labels):
    from collections import Counter
    print('files:', len(labels))
    print(Counter((l['language'], l['kind']) for l in labels))
    print(Counter((l['language'], l['cause'], l['states_reason']) for l in labels if l['kind'] == 'notice'))
    print(Counter((l['language'], l['marketplace']) for l in labels))

if __name__ == '__main__':
    sys.exit(main())
