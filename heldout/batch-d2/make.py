#!/usr/bin/env python3
"""Generate blind test batch d2 (sv / tr / ar) of Amazon order-cancellation
notices, non-notices and phishing lookalikes.  Regenerate with:  python3 make.py
Everything is deterministic (fixed seed)."""
import base64, datetime, re, html, io, json, os, quopri, random, string, urllib.parse
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

SEED = 20240917
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')

# ---------------------------------------------------------------- helpers
LEGACY_FIX = {'\u2013': '-', '\u2014': '-', '\u2019': "'", '\u2018': "'", '\u201c': '"',
              '\u201d': '"', '\u2026': '...', '\u20ba': 'TL', '\u2022': '*', '\u200f': '',
              '\u200e': '', '\u2192': '->', '\u00a0': ' ', '\u2122': '(TM)'}


def fit_charset(text, cs):
    try:
        '\u20ba'.encode(cs)
    except UnicodeEncodeError:
        text = re.sub('\u20ba([0-9.,]+)', r'\1 TL', text)
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            rep = LEGACY_FIX.get(ch)
            if rep is None:
                raise ValueError('cannot encode %r in %s' % (ch, cs))
            out.append(rep)
    return ''.join(out)


def make_part(text, subtype, cs, cte, quote_cs=None):
    text = fit_charset(text, cs).replace('\r\n', '\n')
    data = text.encode(cs)
    p = Message()
    if quote_cs is None:
        quote_cs = rng.random() < 0.5
    csv = '"%s"' % cs if quote_cs else cs
    p['Content-Type'] = 'text/%s; charset=%s' % (subtype, csv)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '8bit':
        lines = []
        for line in data.split(b'\n'):
            while len(line) > 900:  # RFC 5322 line limit: break at a space
                cut = line.rfind(b' ', 0, 900)
                lines.append(line[:cut])
                line = line[cut + 1:]
            lines.append(line)
        payload = b'\n'.join(lines).decode('ascii', 'surrogateescape')
    else:
        payload = data.decode('ascii')
    p.set_payload(payload)
    return p


def rid(n, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hexid(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


used_orders = set()


def new_order(prefixes):
    while True:
        o = '%s-%07d-%07d' % (rng.choice(prefixes), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
        if o not in used_orders:
            used_orders.add(o)
            return o


def rand_date(start=datetime.datetime(2023, 2, 1), days=840):
    d = start + datetime.timedelta(days=rng.randrange(days), seconds=rng.randrange(86400))
    return d.replace(tzinfo=datetime.timezone.utc)


def esc(s):
    return html.escape(s, quote=False)


def para_html(p):
    return '<br />\n'.join(esc(l) for l in p.split('\n'))


def amz_url(dom, path, kind='C'):
    target = urllib.parse.quote('https://www.%s%s' % (dom, path), safe='')
    return ('https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=%s&U=%s&H=%s&ref_=pe_%d_%d'
            % (dom, rid(13), rid(13), rng.choice(['2023', '2024']), hexid(30), rid(13), kind,
               target, rid(28), rng.randrange(100000, 999999), rng.randrange(100000000, 999999999)))


def img_url():
    return 'https://m.media-amazon.com/images/I/%s%s._SX%d_SY%d_.jpg' % (
        rng.choice('3456789'), ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(10)), 90, 90)


# ---------------------------------------------------------------- locale data
MONTHS = {
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    'ar': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
}


def ldate(lang, d):
    return '%d %s %d' % (d.day, MONTHS[lang][d.month - 1], d.year)


def money(lang, mp, v):
    s = '{:,.2f}'.format(v)
    if lang == 'sv':
        return s.replace(',', ' ').replace('.', ',') + ' kr'
    if lang == 'tr':
        t = s.replace(',', 'X').replace('.', ',').replace('X', '.')
        return rng.choice(['%s TL' % t, '%s TL' % t, '\u20ba%s' % t])
    cur = {'amazon.ae': 'AED', 'amazon.sa': 'SAR', 'amazon.eg': 'EGP'}[mp]
    ar_cur = {'amazon.ae': 'درهم', 'amazon.sa': 'ريال', 'amazon.eg': 'جنيه'}[mp]
    return rng.choice(['%s %s' % (cur, s), '%s %s' % (s, ar_cur)])


BRAND = {'amazon.se': 'Amazon.se', 'amazon.com.tr': 'Amazon.com.tr', 'amazon.ae': 'Amazon.ae',
         'amazon.sa': 'Amazon.sa', 'amazon.eg': 'Amazon.eg'}

L = {}
L['sv'] = dict(
    nav=('Dina beställningar', 'Ditt konto'), order_label='Beställning nr', order_label2='Ordernummer',
    order_date='Beställningsdatum:', cancel_hdr='Avbrutna artiklar', items_hdr='Artiklar i beställningen',
    qty='Antal', price='Pris', seller='Säljs av', total='Totalt', view='Visa beställning',
    title_cancel='Avbruten beställning',
    hello=['Hej {n},', 'Hej {n}!', 'Hej,', 'Hej {n}', 'Hej {n},'],
    closing=['Vi hoppas att vi ses igen snart.\nAmazon.se', 'Med vänliga hälsningar\nAmazon.se',
             'Vänliga hälsningar,\nAmazon.se Kundtjänst', 'Tack för att du handlar hos Amazon.se.',
             'Hälsningar\nAmazon.se'],
    refund=['Du har inte debiterats för de avbrutna artiklarna.',
            'Ingen betalning har dragits för den här beställningen. Om ett reserverat belopp syns på ditt kontoutdrag släpps det av din bank inom några bankdagar.',
            'Om du redan har betalat återbetalar vi hela beloppet till din ursprungliga betalningsmetod, normalt inom 3–5 bankdagar.',
            'Beloppet har inte dragits från ditt kort. En eventuell reservation hävs automatiskt.',
            'Presentkortssaldo som användes för beställningen har förts tillbaka till ditt konto.',
            'Du kommer inte att debiteras för artiklarna ovan.',
            'Eventuell debitering återbetalas i sin helhet. Du behöver inte göra något.'],
    help=['Om du har frågor om din beställning hittar du svar på vår Hjälp-sida: https://www.amazon.se/gp/help/customer/display.html',
          'Alla dina beställningar finns under Dina beställningar: https://www.amazon.se/gp/css/order-history',
          'Behöver du hjälp? Kontakta Kundtjänst: https://www.amazon.se/gp/help/customer/contact-us',
          'Du kan se status för alla dina beställningar i Dina beställningar på Amazon.se.'],
    footer=['Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.',
            'Amazon.se kommer aldrig att be dig uppge ditt lösenord, dina kortuppgifter eller en engångskod via e-post. Läs om hur du känner igen nätfiske: https://www.amazon.se/gp/help/customer/display.html?nodeId=GUZ2V7ZA8LAKZ4E4',
            'Skydda ditt konto: använd ett unikt lösenord och aktivera tvåstegsverifiering. Vi frågar aldrig efter ditt lösenord via telefon, sms eller e-post.',
            'Betalningar för köp på Amazon.se görs bara på Amazon.se. Om någon ber dig betala utanför webbplatsen eller uppdatera betalningsuppgifter via en länk i ett mejl – följ inte uppmaningen.',
            'Misstänker du att ett meddelande inte kommer från oss? Rapportera det till stop-spoofing@amazon.com.',
            'Det här meddelandet skickades till {email}. Du kan ändra dina aviseringsinställningar under Ditt konto.'],
    copyright='© {y} Amazon.com, Inc. eller dess dotterbolag. Amazon, Amazon.se och Amazon-logotypen är varumärken som tillhör Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.',
    names=[('Anna', 'anna.lindqvist'), ('Erik', 'erik.johansson84'), ('Karin', 'karin.nystrom'), ('Johan', 'johan.sandberg'),
           ('Maria', 'maria.ek'), ('Oskar', 'oskar.wallin'), ('Elin', 'elin.holm'), ('Mikael', 'mikael.berg'),
           ('Sofia', 'sofia.karlsson'), ('Lars', 'lars.nilsson61'), ('Ingrid', 'ingrid.lund'), ('Fredrik', 'fredrik.eriksson'),
           ('Linnea', 'linnea.ahlgren'), ('Henrik', 'henrik.dahl'), ('Emma', 'emma.sjoberg'), ('Gustav', 'gustav.lindberg'),
           ('Sara', 'sara.bjork'), ('Per', 'per.strom'), ('Maja', 'maja.engstrom'), ('Nils', 'nils.hedlund'),
           ('Ida', 'ida.forsberg'), ('Björn', 'bjorn.akesson'), ('Astrid', 'astrid.lof'), ('Viktor', 'viktor.hallberg')],
    maildomains=['gmail.com', 'hotmail.com', 'outlook.com', 'telia.com', 'icloud.com', 'live.se', 'bredband.net'],
    prefixes=['402', '403', '404', '405', '406', '408', '171', '302'],
    encs=[('utf-8', 'quoted-printable'), ('utf-8', 'quoted-printable'), ('utf-8', 'base64'), ('utf-8', '8bit'),
          ('iso-8859-1', 'quoted-printable'), ('iso-8859-1', '8bit')],
    dir='ltr',
)
L['tr'] = dict(
    nav=('Siparişlerim', 'Hesabım'), order_label='Sipariş No.', order_label2='Sipariş numarası',
    order_date='Sipariş tarihi:', cancel_hdr='İptal edilen ürünler', items_hdr='Siparişinizdeki ürünler',
    qty='Adet', price='Fiyat', seller='Satıcı', total='Toplam', view='Siparişi görüntüle',
    title_cancel='Sipariş İptali',
    hello=['Merhaba {n},', 'Sayın {n},', 'Merhaba,', 'Değerli müşterimiz {n},', 'Merhaba {n},'],
    closing=['Bizi tercih ettiğiniz için teşekkür ederiz.\nAmazon.com.tr', 'Saygılarımızla,\nAmazon.com.tr Müşteri Hizmetleri',
             'Sizi yeniden görmeyi umuyoruz.\nAmazon.com.tr', 'İyi günler dileriz.\nAmazon.com.tr', 'Saygılarımızla,\nAmazon.com.tr'],
    refund=['İptal edilen ürünler için sizden herhangi bir ücret alınmadı.',
            'Kartınızdan tahsilat yapılmadı. Ekstrenizde görünen provizyon, bankanıza bağlı olarak birkaç iş günü içinde kalkacaktır.',
            'Ödemeniz alınmışsa, tutarın tamamı 3-5 iş günü içinde orijinal ödeme yönteminize iade edilecektir.',
            'Bu sipariş için herhangi bir ödeme alınmamıştır.',
            'Kullanılan hediye çeki bakiyesi hesabınıza geri yüklenmiştir.',
            'Taksitli ödemelerde iade tutarı, bankanızın süreçlerine bağlı olarak kart ekstrenize yansıtılır.',
            'Yukarıdaki ürünler için ödeme yapmanız gerekmiyor.'],
    help=['Siparişinizle ilgili sorularınız için Yardım sayfamızı ziyaret edebilirsiniz: https://www.amazon.com.tr/gp/help/customer/display.html',
          'Tüm siparişlerinizi Siparişlerim bölümünden takip edebilirsiniz: https://www.amazon.com.tr/gp/css/order-history',
          'Yardıma mı ihtiyacınız var? Müşteri Hizmetleri ile iletişime geçin: https://www.amazon.com.tr/gp/help/customer/contact-us',
          'Siparişlerinizin durumunu dilediğiniz zaman Hesabım > Siparişlerim sayfasından kontrol edebilirsiniz.'],
    footer=['Bu e-posta, gelen iletileri kabul etmeyen bir adresten gönderilmiştir. Lütfen bu iletiyi yanıtlamayın.',
            'Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi, kart bilgilerinizi veya doğrulama kodunuzu istemez. Kimlik avı (phishing) e-postalarını nasıl tanıyacağınızı öğrenin: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GUZ2V7ZA8LAKZ4E4',
            'Hesabınızın güvenliği için güçlü ve benzersiz bir şifre kullanın, iki adımlı doğrulamayı etkinleştirin.',
            'Ödemelerinizi yalnızca Amazon.com.tr üzerinden yapın; site dışında ödeme ya da kart bilgisi talep eden mesajları dikkate almayın.',
            'Şüpheli bir e-posta mı aldınız? stop-spoofing@amazon.com adresine bildirin.',
            'Bu e-posta {email} adresine gönderilmiştir. Bildirim tercihlerinizi Hesabım bölümünden değiştirebilirsiniz.'],
    copyright='© {y} Amazon.com, Inc. veya bağlı şirketleri. Amazon, Amazon.com.tr ve Amazon logosu, Amazon.com, Inc. veya bağlı şirketlerinin ticari markalarıdır. Amazon Turkey Perakende Hizmetleri Ltd. Şti., Esentepe Mah. Büyükdere Cad. No:199, Şişli, İstanbul.',
    names=[('Ayşe', 'ayse.yilmaz'), ('Mehmet', 'mehmetkaya'), ('Elif', 'elif.demir'), ('Mustafa', 'mustafa.sahin'),
           ('Zeynep', 'zeynep.celik'), ('Emre', 'emre.yildiz'), ('Fatma', 'fatma.aydin'), ('Burak', 'burak.ozturk'),
           ('Selin', 'selin.arslan'), ('Can', 'can.dogan'), ('Deniz', 'deniz.kilic'), ('Hakan', 'hakan.aslan'),
           ('Gizem', 'gizem.cetin'), ('Oğuz', 'oguz.kara'), ('Merve', 'merve.koc'), ('Serkan', 'serkan.kurt'),
           ('Ebru', 'ebru.ozdemir'), ('Kerem', 'kerem.polat'), ('Tuğba', 'tugba.erdogan'), ('Cem', 'cem.sari'),
           ('Esra', 'esra.gunes'), ('Volkan', 'volkan.tekin'), ('Büşra', 'busra.aksoy'), ('Onur', 'onur.yavuz')],
    maildomains=['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com', 'yahoo.com', 'icloud.com'],
    prefixes=['402', '403', '404', '407', '408', '171', '028'],
    encs=[('utf-8', 'quoted-printable'), ('utf-8', 'base64'), ('utf-8', 'base64'), ('utf-8', '8bit'),
          ('iso-8859-9', 'quoted-printable'), ('iso-8859-9', '8bit')],
    dir='ltr',
)
L['ar'] = dict(
    nav=('طلباتي', 'حسابي'), order_label='رقم الطلب', order_label2='الطلب رقم',
    order_date='تاريخ الطلب:', cancel_hdr='المنتجات الملغاة', items_hdr='المنتجات في طلبك',
    qty='الكمية', price='السعر', seller='يباع من قبل', total='الإجمالي', view='عرض الطلب',
    title_cancel='إلغاء الطلب',
    hello=['مرحباً {n}،', 'أهلاً {n}،', 'مرحباً،', 'السلام عليكم {n}،', 'عميلنا العزيز،'],
    closing=['نأمل أن نراك مجدداً قريباً.\n{brand}', 'مع أطيب التحيات،\nفريق خدمة العملاء في {brand}',
             'شكراً لتسوقك معنا.\n{brand}', 'مع خالص التحية،\n{brand}', 'نتطلع إلى خدمتك مرة أخرى.\n{brand}'],
    refund=['لم يتم خصم أي مبلغ منك مقابل المنتجات الملغاة.',
            'إذا كنت قد دفعت بالفعل، فسيتم رد المبلغ كاملاً إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.',
            'لم يتم تحصيل أي مبلغ مقابل هذا الطلب. وإن ظهر مبلغ محجوز في كشف حسابك، فسيقوم البنك بإلغائه تلقائياً خلال أيام.',
            'بما أنك اخترت الدفع عند الاستلام، فلن يُطلب منك دفع أي مبلغ.',
            'تمت إعادة رصيد بطاقة الهدايا الذي استخدمته إلى حسابك.',
            'لن يتم تحصيل أي رسوم مقابل المنتجات المذكورة أعلاه.',
            'سيُرد أي مبلغ تم تحصيله بالكامل، ولا يلزمك القيام بأي إجراء.'],
    help=['لأي استفسار حول طلبك، تفضّل بزيارة صفحة المساعدة: https://www.{dom}/gp/help/customer/display.html',
          'يمكنك متابعة جميع طلباتك من قسم طلباتي: https://www.{dom}/gp/css/order-history',
          'هل تحتاج إلى مساعدة؟ تواصل مع خدمة العملاء: https://www.{dom}/gp/help/customer/contact-us',
          'يمكنك الاطلاع على حالة طلباتك في أي وقت من صفحة طلباتي على {brand}.'],
    footer=['تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الردود. يُرجى عدم الرد على هذه الرسالة.',
            'لن تطلب منك أمازون أبداً تقديم كلمة المرور أو بيانات بطاقتك أو رمز التحقق عبر البريد الإلكتروني. تعرّف على كيفية اكتشاف رسائل التصيّد الاحتيالي: https://www.{dom}/gp/help/customer/display.html?nodeId=GUZ2V7ZA8LAKZ4E4',
            'لحماية حسابك، استخدم كلمة مرور قوية وفريدة وفعّل خاصية التحقق بخطوتين.',
            'لا تتم المدفوعات إلا عبر موقع {brand}. تجاهل أي رسالة تطلب منك الدفع خارج الموقع أو تحديث بيانات الدفع عبر رابط في بريد إلكتروني.',
            'هل وصلتك رسالة مريبة تدّعي أنها من أمازون؟ أبلغنا عنها عبر stop-spoofing@amazon.com.',
            'تم إرسال هذه الرسالة إلى {email}. يمكنك تعديل تفضيلات الإشعارات من صفحة حسابي.'],
    copyright='© {y} Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة. Amazon و{brand} وشعار أمازون علامات تجارية مملوكة لشركة Amazon.com, Inc. أو الشركات التابعة لها.',
    names=[('محمد', 'm.alharbi'), ('فاطمة', 'fatima.hassan'), ('أحمد', 'ahmed.elsayed'), ('نورة', 'noura.alqahtani'),
           ('عبدالله', 'abdullah.alotaibi'), ('سارة', 'sara.almansoori'), ('خالد', 'khaled.mostafa'), ('ريم', 'reem.alshehri'),
           ('يوسف', 'youssef.ibrahim'), ('مريم', 'mariam.alnuaimi'), ('عمر', 'omar.farouk'), ('هند', 'hind.aldosari'),
           ('سلطان', 'sultan.alshamsi'), ('ليلى', 'laila.abdelaziz'), ('طارق', 'tarek.salem'), ('منى', 'mona.ghanem'),
           ('فيصل', 'faisal.alzahrani'), ('دينا', 'dina.kamel'), ('حسن', 'hassan.alhashimi'), ('رنا', 'rana.saeed'),
           ('ماجد', 'majed.alketbi'), ('أمل', 'amal.fathy'), ('نوف', 'nouf.alrashid'), ('كريم', 'karim.nabil')],
    maildomains=['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'],
    prefixes=['402', '403', '405', '406', '407', '171'],
    encs=[('utf-8', 'quoted-printable'), ('utf-8', 'base64'), ('utf-8', 'base64'), ('utf-8', '8bit'),
          ('windows-1256', 'quoted-printable'), ('windows-1256', '8bit')],
    dir='rtl',
)

AUTH_HOSTS = ['mx.google.com', 'mx.microsoft.com', 'mx01.mail.icloud.com', 'mx.yandex.net', 'mta1.mail.example-isp.net',
              'spamfilter.bahnhof.net', 'mx.zoho.eu']


def received_amazon(dom, date):
    ip = '54.240.%d.%d' % (rng.randrange(1, 255), rng.randrange(1, 255))
    h = 'a%d-%d.smtp-out.eu-west-1.amazonses.com' % (rng.randrange(1, 30), rng.randrange(1, 200))
    return 'from %s (%s [%s])\n        by mx.mailbox.local with ESMTPS id %s;\n        %s' % (
        h, h, ip, rid(12, string.ascii_lowercase + string.digits), format_datetime(date + datetime.timedelta(seconds=2)))


def received_other(host, ip, date):
    return 'from %s ([%s])\n        by mx.mailbox.local with ESMTP id %s;\n        %s' % (
        host, ip, rid(12, string.ascii_lowercase + string.digits), format_datetime(date + datetime.timedelta(seconds=3)))


def auth_results(dom, date=None):
    host = rng.choice(AUTH_HOSTS)
    sel = rid(32, string.ascii_lowercase + string.digits)
    b = ''.join(rng.choice(string.ascii_letters + string.digits + '+/') for _ in range(8))
    stamp = (date or datetime.datetime(2024, 1, 1)).strftime('%Y%m%d%H%M%S')
    rp = '%s%s@bounces.%s' % (stamp, hexid(24), dom)
    return ('%s;\n       dkim=pass header.d=%s header.s=%s header.b=%s;\n'
            '       dkim=pass header.d=amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s;\n'
            '       spf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass header.from=%s'
            % (host, dom, sel, b, ''.join(rng.choice(string.ascii_letters) for _ in range(8)), host.split('.', 1)[1], rp,
               rng.randrange(1, 255), rng.randrange(1, 255), rp, dom)), rp


# ---------------------------------------------------------------- Amazon-style templates
def item_rows_text(c, items, style):
    out = []
    for it in items:
        title, price = it[0], it[1]
        qty = it[2] if len(it) > 2 else 1
        seller = it[3] if len(it) > 3 else None
        if style == 1:
            out.append('  ' + title)
            out.append('  %s: %d   %s: %s' % (c['qty'], qty, c['price'], price))
            if seller:
                out.append('  %s: %s' % (c['seller'], seller))
            out.append('')
        else:
            out.append('* %d x %s' % (qty, title))
            out.append('  %s' % price + ('   (%s %s)' % (c['seller'], seller) if seller else ''))
    return '\n'.join(out).rstrip('\n')


def render_plain(m):
    c = L[m['lang']]
    brand = m['brand']
    bar = rng.choice(['-' * 70, '_' * 64, '=' * 60])
    parts = []
    if m['ptpl'] == 1:
        parts.append(brand)
        parts.append(bar + '\n')
    else:
        parts.append('%s%s%s | %s' % (brand, ' ' * 20, c['nav'][0], c['nav'][1]))
        parts.append(bar + '\n')
    if m['hello']:
        parts.append(m['hello'] + '\n')
    for p in m['body']:
        parts.append(p + '\n')
    if m.get('show_order', True) and m['order']:
        if m['ptpl'] == 1:
            parts.append('%s %s\n%s %s\n' % (c['order_label'], m['order'], c['order_date'], m['odate']))
        else:
            parts.append('%s: %s\n' % (c['order_label2'], m['order']))
    if m['items']:
        hdr = m['hdr']
        parts.append((hdr + ('\n' if m['ptpl'] == 1 else ':\n') if hdr else '') + item_rows_text(c, m['items'], m['ptpl']) + '\n')
        if m['ptpl'] == 2 and m.get('total'):
            parts.append('%s: %s\n' % (c['total'], m['total']))
    for extra in (m['refund'], m['help']):
        if extra:
            parts.append(extra + '\n')
    if m['closing']:
        parts.append(m['closing'] + '\n')
    parts.append(bar)
    parts.append('\n\n'.join(m['footer']))
    return '\n'.join(parts) + '\n'


def html_head(m, extra_css=''):
    rtl = L[m['lang']]['dir'] == 'rtl'
    lang = m['lang']
    return ('<!DOCTYPE html>\n<html lang="%s" dir="%s">\n <head>\n'
            '  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '  <meta name="format-detection" content="telephone=no" />\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
            '  <title>%s</title>\n  <style>\nbody { width:100%% !important; height:100%% !important; margin:0; padding:0; }\n'
            'table, table td { border-collapse:collapse !important; }\n'
            'td { font-family:%s; }\n%s  </style>\n </head>\n'
            % (lang, 'rtl' if rtl else 'ltr', m['charset'].upper() if rng.random() < .5 else m['charset'],
               esc(m['subject']), "Tahoma, Arial, sans-serif" if rtl else "Arial, sans-serif", extra_css))


def items_html_rows(m, style):
    c = L[m['lang']]
    al = 'right' if c['dir'] == 'rtl' else 'left'
    rows = []
    for it in m['items']:
        title, price = it[0], it[1]
        qty = it[2] if len(it) > 2 else 1
        seller = it[3] if len(it) > 3 else None
        sel = ('<br /><span style="color:#565959;font-size:13px">%s %s</span>' % (esc(c['seller']), esc(seller))) if seller else ''
        if style == 1:
            rows.append('      <tr>\n       <td class="itemImage" valign="top"><img src="%s" width="84" alt="" /></td>\n'
                        '       <td class="itemTitle" valign="top" align="%s"><a class="orderDetailsTableLink" href="%s">%s</a>%s<br />'
                        '<span style="color:#879596">%s: %d</span></td>\n       <td valign="top" style="white-space:nowrap">%s</td>\n      </tr>'
                        % (img_url(), al, amz_url(m['dom'], '/dp/' + rid(10)), esc(title), sel, esc(c['qty']), qty, esc(price)))
        elif style == 2:
            rows.append('       <tr>\n        <td class="name" align="%s"><a href="%s">%s</a>%s<br />%s: %d</td>\n'
                        '        <td class="price" style="text-align:%s"><strong>%s</strong></td>\n       </tr>'
                        % (al, amz_url(m['dom'], '/dp/' + rid(10)), esc(title), sel, esc(c['qty']), qty,
                           'left' if al == 'right' else 'right', esc(price)))
        else:
            rows.append('    <div style="display:flex;padding:12px 0;border-bottom:1px solid #e7e7e7">\n'
                        '     <img src="%s" width="72" height="72" alt="" style="margin-%s:14px" />\n'
                        '     <div style="font-size:14px;line-height:20px"><a href="%s" style="color:#007185;text-decoration:none">%s</a>%s<br />'
                        '%s: %d &nbsp;&middot;&nbsp; %s</div>\n    </div>'
                        % (img_url(), 'left' if al == 'right' else 'right', amz_url(m['dom'], '/dp/' + rid(10)),
                           esc(title), sel, esc(c['qty']), qty, esc(price)))
    return '\n'.join(rows)


def footer_html(m, cls_style):
    return '\n'.join('<p style="%s">%s</p>' % (cls_style, para_html(f)) for f in m['footer'])


def render_t1(m):
    c = L[m['lang']]
    rtl = c['dir'] == 'rtl'
    al = 'right' if rtl else 'left'
    css = ('.emailBody { width: 375px; background-color: #fafafa; }\n.emailBodyTD { padding:23px 18px 21px 17px; }\n'
           '.brandTable { margin-bottom:20px; width:100%; min-width:338px; }\n'
           '.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }\n'
           '.emailContainerTD { padding:25px 23px 33px 23px; }\n'
           '.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }\n'
           '.informationTable { font-size:17px; line-height:24px; color:#002E36; }\n.informationTable td { padding-bottom:18px; }\n'
           '.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }\n'
           '.orderDetailsTable { font-size:15px; line-height:20px; }\n.orderDetailsTable td { padding-bottom:20px; }\n'
           '.orderDetailsTableLink { text-decoration:none; color:#008296; }\n.itemTitle { padding-left:26px; padding-right:22px; }\n'
           '.textWithUnderlinedLink { color:#002E36; text-decoration:none; border-bottom:2px solid #00DFFC; }\n'
           '.emailClosing { font-size:9px; line-height:15px; color:#868686; }\n')
    h = [html_head(m, css)]
    h.append(' <body><img width="1" height="1" src="%s" />' % amz_url(m['dom'], '/images/G/01/nav/transp.gif', 'O'))
    h.append('  <table id="OutlookWrapper" style="width:100%%;text-align:%s" dir="%s"><tbody><tr><td align="center">' % (al, c['dir']))
    h.append('   <table class="emailBody"><tbody><tr><td class="emailBodyTD">')
    h.append('    <a href="%s"><table class="brandTable"><tbody><tr><td align="center"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/reading/images/amazon.png" alt="%s" title="%s" class="brandImage" border="0" width="130" /></td></tr></tbody></table></a>'
             % (amz_url(m['dom'], '/'), m['brand'], m['brand']))
    h.append('    <table class="emailContainer" width="100%%"><tbody><tr><td class="emailContainerTD" align="%s">' % al)
    if m['hello']:
        h.append('     <table class="greetingTable"><tbody><tr><td><span>%s</span></td></tr></tbody></table>' % esc(m['hello']))
    h.append('     <table class="informationTable" width="100%"><tbody>')
    for p in m['body']:
        h.append('      <tr><td><span>%s</span></td></tr>' % para_html(p))
    h.append('     </tbody></table>')
    if m['order'] and m.get('show_order', True):
        h.append('     <table class="orderIdTable"><tbody><tr><td>%s <a href="%s">%s</a></td></tr></tbody></table>'
                 % (esc(c['order_label']), amz_url(m['dom'], '/gp/css/order-details?orderID=' + m['order']), m['order']))
    if m['items']:
        if m['hdr']:
            h.append('     <p style="font-size:17px;color:#C45500;margin:6px 0 12px 0"><b>%s</b></p>' % esc(m['hdr']))
        h.append('     <table class="orderDetailsTable" width="100%"><tbody>')
        h.append(items_html_rows(m, 1))
        h.append('     </tbody></table>')
    for extra in (m['refund'], m['help']):
        if extra:
            h.append('     <table class="informationTable"><tbody><tr><td>%s</td></tr></tbody></table>' % para_html(extra))
    if m['order']:
        h.append('     <a class="textWithUnderlinedLink" href="%s">%s</a>' % (amz_url(m['dom'], '/gp/css/order-history'), esc(c['nav'][0])))
    if m['closing']:
        h.append('     <p style="font-size:15px;color:#002E36;margin-top:24px">%s</p>' % para_html(m['closing']))
    h.append('    </td></tr></tbody></table>')
    h.append('    <table class="emailClosing" width="100%%"><tbody><tr><td align="%s">' % al)
    h.append(footer_html(m, 'margin:8px 0'))
    h.append('    </td></tr></tbody></table>')
    h.append('   </td></tr></tbody></table>\n  </td></tr></tbody></table>\n </body>\n</html>')
    return '\n'.join(h) + '\n'


def render_t2(m):
    c = L[m['lang']]
    rtl = c['dir'] == 'rtl'
    al = 'right' if rtl else 'left'
    op = 'left' if rtl else 'right'
    css = ('#container { width:100%%; } #main { width:640px; margin:0 auto; }\n'
           '#header td.logo { width:150px; } #header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }\n'
           '#header .title h2 { font-size:20px; color:#cc6600; font-weight:normal; margin:0; }\n'
           '#summary .heading { font-size:14px; font-weight:bold; color:#cc6600; }\n'
           '#summary p, #closing td { font-size:13px; line-height:18px; color:#333333; }\n'
           '#orderDetails { width:100%%; border-top:3px solid #2d3e50; margin-top:12px; }\n'
           '#orderDetails td { font-size:13px; padding:8px 4px; vertical-align:top; }\n'
           '#orderDetails td.price { white-space:nowrap; }\n'
           '#legalCopy p { font-size:10px; color:#666666; line-height:14px; }\n'
           'td, p { text-align:%s; }\n' % al)
    h = [html_head(m, css)]
    h.append('<body><img width="1" height="1" src="%s" />' % amz_url(m['dom'], '/gp/r.html', 'O'))
    h.append(' <table id="container" cellpadding="0" dir="%s"><tbody><tr><td class="frame">' % c['dir'])
    h.append('  <table id="main" cellpadding="0"><tbody>')
    h.append('   <tr><td><table id="header" cellpadding="0" width="100%"><tbody>')
    h.append('    <tr><td rowspan="2" class="logo"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel.gif" alt="%s" width="116" height="36" /></a></td>'
             % (amz_url(m['dom'], '/'), m['brand']))
    h.append('     <td class="navigation"><table align="%s"><tbody><tr><td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>'
             '<td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td><td><a class="last" href="%s">%s</a></td></tr></tbody></table></td></tr>'
             % (op, amz_url(m['dom'], '/gp/css/order-history'), esc(c['nav'][0]), amz_url(m['dom'], '/gp/css/homepage.html'),
                esc(c['nav'][1]), amz_url(m['dom'], '/'), m['brand']))
    order_line = ''
    if m['order'] and m.get('show_order', True):
        order_line = ' %s <a href="%s">%s</a>' % (esc(c['order_label']), amz_url(m['dom'], '/gp/css/order-details?orderID=' + m['order']), m['order'])
    h.append('    <tr><td class="title"><h2>%s</h2>%s</td></tr>' % (esc(m['title']), order_line))
    h.append('   </tbody></table></td></tr>')
    h.append('   <tr><td><table id="summary" cellpadding="0"><tbody><tr><td>')
    if m['hello']:
        h.append('    <span class="heading">%s</span>' % esc(m['hello']))
    for p in m['body']:
        h.append('    <p>%s</p>' % para_html(p))
    h.append('   </td></tr></tbody></table></td></tr>')
    if m['items']:
        h.append('   <tr><td><table id="orderDetails" cellpadding="0"><tbody>')
        if m['hdr']:
            h.append('       <tr><td colspan="2"><b style="color:#cc6600">%s</b>%s</td></tr>'
                     % (esc(m['hdr']), ('<br /><span style="color:#666">%s %s</span>' % (esc(c['order_date']), esc(m['odate']))) if m['order'] else ''))
        h.append(items_html_rows(m, 2))
        if m.get('total'):
            h.append('       <tr><td style="text-align:%s"><b>%s:</b></td><td class="price"><b>%s</b></td></tr>' % (op, esc(c['total']), esc(m['total'])))
        h.append('   </tbody></table></td></tr>')
    h.append('   <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for extra in (m['refund'], m['help']):
        if extra:
            h.append('    <p>%s</p>' % para_html(extra))
    if m['closing']:
        h.append('    <p><br />%s</p>' % para_html(m['closing']).replace(esc(m['brand']), '<span class="signature"><strong>%s</strong></span>' % esc(m['brand'])))
    h.append('   </td></tr></tbody></table></td></tr>')
    h.append('   <tr><td><table id="legalCopy"><tbody><tr><td>')
    h.append(footer_html(m, 'margin:6px 0'))
    h.append('   </td></tr></tbody></table></td></tr>')
    h.append('  </tbody></table>\n </td></tr></tbody></table>\n</body>\n</html>')
    return '\n'.join(h) + '\n'


def render_t3(m):
    c = L[m['lang']]
    rtl = c['dir'] == 'rtl'
    al = 'right' if rtl else 'left'
    h = [html_head(m, '.wrap { max-width:600px; margin:0 auto; background:#ffffff; }\n'
                      '.btn { display:inline-block; background:#FFD814; border:1px solid #FCD200; border-radius:8px; padding:9px 22px; color:#0F1111; text-decoration:none; font-size:14px; }\n')]
    h.append('<body style="background:#eaeded;margin:0;padding:0">')
    h.append('<div class="wrap" dir="%s" style="text-align:%s;font-family:%s;color:#0F1111">' % (
        c['dir'], al, 'Tahoma,Arial,sans-serif' if rtl else 'Amazon Ember,Arial,sans-serif'))
    h.append(' <div style="background:#232f3e;padding:14px 20px"><a href="%s"><img src="https://m.media-amazon.com/images/G/01/gc/designs/livepreview/amazon_logo_white_noto_email_v2016_%s-main._CB468775011_.png" alt="%s" height="28" /></a></div>'
             % (amz_url(m['dom'], '/'), rng.choice(['se', 'eu', 'tr', 'ae']), m['brand']))
    h.append(' <div style="padding:22px 24px">')
    if m['hello']:
        h.append('  <p style="font-size:18px;margin:0 0 14px 0">%s</p>' % esc(m['hello']))
    for p in m['body']:
        h.append('  <p style="font-size:15px;line-height:22px">%s</p>' % para_html(p))
    if m['order'] and m.get('show_order', True):
        h.append('  <p style="font-size:13px;color:#565959">%s <b>%s</b> &middot; %s %s</p>' % (
            esc(c['order_label']), m['order'], esc(c['order_date']), esc(m['odate'])))
    if m['items']:
        if m['hdr']:
            h.append('  <h3 style="font-size:16px;margin:18px 0 4px 0">%s</h3>' % esc(m['hdr']))
        h.append(items_html_rows(m, 3))
    if m['order']:
        h.append('  <p style="margin:22px 0"><a class="btn" href="%s">%s</a></p>' % (
            amz_url(m['dom'], '/gp/your-account/order-details?orderID=' + m['order']), esc(c['view'])))
    for extra in (m['refund'], m['help']):
        if extra:
            h.append('  <p style="font-size:14px;line-height:20px">%s</p>' % para_html(extra))
    if m['closing']:
        h.append('  <p style="font-size:14px">%s</p>' % para_html(m['closing']))
    h.append(' </div>')
    h.append(' <div style="background:#f3f3f3;padding:14px 24px;font-size:11px;line-height:16px;color:#6b6b6b">')
    h.append(footer_html(m, 'margin:6px 0'))
    h.append(' </div>\n</div>\n</body>\n</html>')
    return '\n'.join(h) + '\n'


RENDER = {1: render_t1, 2: render_t2, 3: render_t3}


# ---------------------------------------------------------------- builder
name_idx = {'sv': 0, 'tr': 0, 'ar': 0}
thread_state = {}
pool_idx = {}


def next_name(lang):
    c = L[lang]
    i = name_idx[lang]
    name_idx[lang] += 1
    n, local = c['names'][i % len(c['names'])]
    return n, '%s@%s' % (local, rng.choice(c['maildomains']))


def cycle(lang, key, pool):
    """deterministic rotation through a boilerplate pool (shuffled once) so neighbours differ"""
    k = (lang, key)
    if k not in pool_idx:
        order = list(range(len(pool)))
        rng.shuffle(order)
        pool_idx[k] = [order, 0]
    order, i = pool_idx[k]
    pool_idx[k][1] += 1
    return pool[order[i % len(order)]]


def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace('{' + k + '}', v)
    return s


def pick_enc(lang, spec):
    if spec.get('enc'):
        return spec['enc']
    return rng.choice(L[lang]['encs'])


def header_text(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        hcs = cs if (cs != 'utf-8' and rng.random() < 0.6) else 'utf-8'
        return Header(fit_charset(s, hcs), hcs)


def from_header(disp, addr):
    try:
        disp.encode('ascii')
        return formataddr((disp, addr))
    except UnicodeEncodeError:
        return formataddr((disp, addr), charset='utf-8')


def assemble(headers, parts, boundary_style='amazon'):
    """headers: list of (name, value); parts: list of Message text parts (1 or 2)"""
    top = Message()
    for k, v in headers:
        top[k] = v
    top['MIME-Version'] = '1.0'
    if len(parts) == 1:
        p = parts[0]
        top['Content-Type'] = p['Content-Type']
        top['Content-Transfer-Encoding'] = p['Content-Transfer-Encoding']
        top.set_payload(p._payload)  # raw (keeps 8bit surrogates)
    else:
        if boundary_style == 'amazon':
            b = '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 8), rng.randrange(10 ** 8, 10 ** 10), rng.randrange(10 ** 12, 10 ** 13))
        else:
            b = '000000000000%s' % hexid(16)
        top['Content-Type'] = 'multipart/alternative;\n\tboundary="%s"' % b
        for p in parts:
            top.attach(p)
    return top


def build_amz(spec):
    lang, mp = spec['lang'], spec['mp']
    c = L[lang]
    dom, brand = mp, BRAND[mp]
    th = spec.get('thread')
    if th and th in thread_state:
        st = thread_state[th]
        name, email = st['name'], st['email']
        order, odate_dt = st['order'], st['odate']
        date = st['date'] + datetime.timedelta(days=rng.randrange(3, 9), seconds=rng.randrange(40000))
    else:
        name, email = next_name(lang)
        order = new_order(c['prefixes']) if spec.get('order', True) else ''
        date = rand_date()
        odate_dt = date - datetime.timedelta(days=rng.randrange(0, 6), seconds=rng.randrange(20000))
        if th:
            thread_state[th] = dict(name=name, email=email, order=order, odate=odate_dt, date=date)
    charset, cte = pick_enc(lang, spec)
    items = []
    tot = 0.0
    for it in spec.get('items', []):
        qty = it[2] if len(it) > 2 else 1
        tot += it[1] * qty
        items.append((it[0], money(lang, mp, it[1])) + tuple(it[2:]))
    first_item = spec['items'][0][0] if spec.get('items') else ''
    ctx = dict(order=order, n=name, item=first_item, d=ldate(lang, odate_dt),
               d2=ldate(lang, date + datetime.timedelta(days=spec.get('d2', 7))),
               dom=dom, brand=brand, total=money(lang, mp, tot) if items else '', email=email)
    hello = spec.get('hello')
    if hello is None:
        hello = cycle(lang, 'hello', c['hello'])
    hdr = spec.get('hdr', 'cancel')
    hdr = {'cancel': c['cancel_hdr'], 'items': c['items_hdr']}.get(hdr, hdr)

    def pooled(key):
        v = spec.get(key)
        if v is None:
            return cycle(lang, key, c[key])
        return v
    footer = [cycle(lang, 'footer', c['footer'])]
    f2 = cycle(lang, 'footer', c['footer'])
    if f2 != footer[0] and rng.random() < 0.75:
        footer.append(f2)
    footer.append(c['copyright'].replace('{y}', str(date.year)))
    m = dict(lang=lang, dom=dom, brand=brand, order=order, odate=ctx['d'], charset=charset,
             subject=fill(spec['subj'], ctx), hello=fill(hello, ctx) if hello else '',
             body=[fill(p, ctx) for p in spec['body']], items=items, hdr=fill(hdr, ctx) if hdr else '',
             refund=fill(pooled('refund'), ctx), help=fill(pooled('help'), ctx), closing=fill(pooled('closing'), ctx),
             footer=[fill(f, ctx) for f in footer], title=fill(spec.get('title') or c['title_cancel'], ctx),
             ptpl=spec.get('ptpl', rng.choice([1, 2])), total=ctx['total'] if spec.get('total', True) else '',
             show_order=spec.get('show_order', True))
    layout = spec['layout']
    parts = []
    if layout in ('plain', 'alt'):
        parts.append(make_part(render_plain(m), 'plain', charset, cte))
    if layout in ('html', 'alt'):
        parts.append(make_part(RENDER[spec.get('tpl', 1)](m), 'html', charset, cte))
    sender = spec.get('sender', 'order-update')
    headers = []
    if spec.get('auth'):
        ar, rp = auth_results(dom, date)
        headers.append(('Return-Path', '<%s>' % rp))
        headers.append(('Received', received_amazon(dom, date)))
        headers.append(('Authentication-Results', ar))
    else:
        headers.append(('Received', received_amazon(dom, date)))
    headers.append(('From', from_header(spec.get('disp', brand), '%s@%s' % (sender, dom))))
    if spec.get('reply_to', rng.random() < 0.5):
        headers.append(('Reply-To', 'no-reply@%s' % dom))
    headers.append(('To', email))
    headers.append(('Subject', header_text(m['subject'], charset)))
    headers.append(('Date', format_datetime(date)))
    headers.append(('Message-ID', '<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(4))))
    headers.append(('X-AMAZON-MAIL-RELAY-TYPE', 'notification'))
    headers.append(('Feedback-ID', '1.eu-west-1.%s=:AmazonSES' % ''.join(rng.choice(string.ascii_letters + string.digits + '+/') for _ in range(43))))
    if rng.random() < 0.4:
        headers.append(('X-AMAZON-RTE-VERSION', '2.0'))
    msg = assemble(headers, parts)
    return msg, date, order


def build_raw(spec):
    lang = spec['lang']
    c = L[lang]
    th = spec.get('thread')
    name, email = next_name(lang)
    date = rand_date()
    order = spec.get('order')
    if order is None:
        order = new_order(c['prefixes'])
    ctx = dict(order=order or '', n=name, email=email, d=ldate(lang, date - datetime.timedelta(days=rng.randrange(1, 6))),
               d2=ldate(lang, date + datetime.timedelta(days=2)), user=email.split('@')[0],
               tok=rid(24, string.ascii_lowercase + string.digits))
    charset, cte = pick_enc(lang, spec)
    subj = fill(spec['subj'], ctx)
    parts = []
    if spec.get('text'):
        parts.append(make_part(fill(spec['text'], ctx), 'plain', charset, cte))
    if spec.get('html'):
        htm = fill(spec['html'], ctx).replace('{CHARSET}', charset)
        parts.append(make_part(htm, 'html', charset, cte))
    fname, faddr = spec['from_']
    headers = []
    host, ip = spec.get('relay', ('mail-%s.outbound.protection.outlook.com' % rid(6).lower(), '40.107.%d.%d' % (rng.randrange(1, 255), rng.randrange(1, 255))))
    if spec.get('auth'):
        headers.append(('Authentication-Results', fill(spec['auth'], dict(dom=faddr.split('@')[1]))))
    headers.append(('Received', received_other(host, ip, date)))
    headers.append(('From', from_header(fname, faddr)))
    if spec.get('reply_to'):
        headers.append(('Reply-To', spec['reply_to']))
    headers.append(('To', spec.get('to', email)))
    headers.append(('Subject', header_text(subj, charset)))
    headers.append(('Date', format_datetime(date.astimezone(datetime.timezone(datetime.timedelta(hours=spec.get('tz', 0)))))))
    headers.append(('Message-ID', '<%s@%s>' % (hexid(20), spec.get('msgid_dom', faddr.split('@')[1]))))
    for k, v in spec.get('headers', []):
        headers.append((k, v))
    msg = assemble(headers, parts, boundary_style=spec.get('boundary', 'other'))
    return msg, date, order


def build(spec):
    if spec.get('raw'):
        return build_raw(spec)
    return build_amz(spec)


def flatten(msg):
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep='\r\n')
    return fp.getvalue()


# ---------------------------------------------------------------- helpers for the data section
def A(lang, mp, kind, cause, sr, note, **kw):
    d = dict(lang=lang, mp=mp, kind=kind, cause=cause, sr=sr, note=note)
    d.update(kw)
    return d


def R(lang, kind, cause, sr, note, mp=None, **kw):
    d = dict(lang=lang, mp=mp, kind=kind, cause=cause, sr=sr, note=note, raw=True)
    d.update(kw)
    return d


def phish_html(lang, paras, link_text, href, button=None, logo=True, footer='', boxed=True):
    rtl = lang == 'ar'
    al = 'right' if rtl else 'left'
    out = ['<html dir="%s"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>' % ('rtl' if rtl else 'ltr'),
           '<body style="font-family:Arial,Helvetica,sans-serif;background:#f2f2f2;text-align:%s">' % al,
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;%s">' % ('border:1px solid #ddd' if boxed else '')]
    if logo:
        out.append('<tr><td style="padding:18px 24px;border-bottom:3px solid #ff9900"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon"></td></tr>')
    out.append('<tr><td style="padding:20px 24px;font-size:14px;color:#222;line-height:21px">')
    for p in paras:
        out.append('<p>%s</p>' % p)
    if link_text:
        if button:
            out.append('<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#f0c14b;border:1px solid #a88734;padding:10px 26px;color:#111;text-decoration:none;border-radius:3px">%s</a></p>' % (href, link_text))
            out.append('<p style="font-size:12px;color:#666">%s <a href="%s">%s</a></p>' % (button, href, esc(href) if 'amazon' not in button else button))
        else:
            out.append('<p><a href="%s" style="color:#0066c0">%s</a></p>' % (href, link_text))
    out.append('</td></tr>')
    if footer:
        out.append('<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr>' % footer)
    out.append('</table></body></html>')
    return '\n'.join(out) + '\n'


def shop_html(lang, brand, color, paras, footer):
    rtl = lang == 'ar'
    return ('<!DOCTYPE html>\n<html dir="%s"><head><meta charset="{CHARSET}"><title>%s</title></head>\n'
            '<body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">\n'
            '<div style="max-width:600px;margin:0 auto;background:#ffffff;text-align:%s">\n'
            '<div style="background:%s;color:#ffffff;padding:16px 22px;font-size:22px;font-weight:bold">%s</div>\n'
            '<div style="padding:22px;font-size:15px;line-height:22px;color:#333">\n%s\n</div>\n'
            '<div style="padding:14px 22px;font-size:11px;color:#999;background:#fafafa">%s</div>\n</div>\n</body></html>\n'
            % ('rtl' if rtl else 'ltr', esc(brand), 'right' if rtl else 'left', color, esc(brand),
               '\n'.join('<p>%s</p>' % para_html(p) for p in paras), para_html(footer)))


AUTH_LOOK = ('mx.google.com;\n       dkim=pass header.d={dom} header.s=default header.b=Q2x9aLmP;\n'
             '       spf=pass (google.com: domain of bounce@{dom} designates 185.234.72.19 as permitted sender) smtp.mailfrom=bounce@{dom};\n'
             '       dmarc=none header.from={dom}')
AUTH_FREEMAIL = ('mx.microsoft.com;\n       dkim=pass header.d={dom} header.s=20230601 header.b=kX2b7QzA;\n'
                 '       spf=pass smtp.mailfrom={dom};\n       dmarc=pass header.from={dom}')
AUTH_SOFTFAIL = ('mx.yandex.net;\n       spf=softfail (domain of transitioning bounce@{dom} does not designate 91.215.85.41 as permitted sender) smtp.mailfrom=bounce@{dom};\n'
                 '       dkim=none;\n       dmarc=fail (p=NONE) header.from={dom}')


# ================================================================= SWEDISH (amazon.se)
SE = 'amazon.se'
SV = [
    # ---- inventory_shortage
    A('sv', SE, 'notice', 'inventory_shortage', True, 'out of stock, supplier cannot deliver more',
      sender='order-update', layout='html', tpl=1, auth=True,
      subj='Din beställning #{order} har avbrutits',
      body=['Vi är ledsna att behöva meddela att vi har avbrutit din beställning. {item} har tagit slut i vårt lager, och vi kan inte längre räkna med att få in fler exemplar från leverantören.',
            'Vi vet att du såg fram emot den och ber om ursäkt för besväret.'],
      items=[('LEGO Technic 42154 Ford GT 2022, byggsats för vuxna', 1099.00)]),
    A('sv', SE, 'notice', 'inventory_shortage', True, 'third-party seller cancelled one item: seller could not source it',
      sender='marketplace-messages', layout='plain', ptpl=1, auth=False,
      subj='Säljaren har avbrutit en artikel i din beställning {order}',
      body=['Säljaren Nordic Outdoor Supply har avbrutit artikeln nedan. Enligt säljaren gick varan inte att få fram från grossisten, så de kan inte skicka den till dig.',
            'Övriga artiklar i beställningen påverkas inte och levereras som planerat.'],
      items=[('Fjällräven Kånken ryggsäck, 16 l, Navy', 899.00, 1, 'Nordic Outdoor Supply')]),
    A('sv', SE, 'notice', 'inventory_shortage', True, 'pre-order cannot be filled (allocation too small)',
      sender='auto-confirm', layout='alt', tpl=2, auth=True, title='Förbeställning avbruten',
      subj='Information om din förbeställning hos Amazon.se',
      body=['Tack för att du förbeställde {item} hos oss. Förlaget har meddelat att den första upplagan trycktes i betydligt färre exemplar än planerat, och den tilldelning vi har fått räcker inte till alla förbeställningar.',
            'Därför har vi tyvärr annullerat din förbeställning. Blir titeln tillgänglig igen hittar du den på produktsidan.'],
      items=[('Lars Kepler: Spindeln (inbunden, första upplagan)', 229.00)]),
    A('sv', SE, 'notice', 'inventory_shortage', True, 'reason first + labelled "Orsak:" line',
      sender='no-reply', layout='plain', ptpl=2, auth=False, hello='',
      subj='Artikel avbruten: "Philips Sonicare ProtectiveClean 4300 eltandborste..."',
      body=['Slutsåld hos alla säljare – därför har vi tagit bort den här artikeln ur din beställning.',
            'Avbruten artikel: {item}\nOrsak: Artikeln är inte längre tillgänglig för leverans från Amazon.se'],
      items=[('Philips Sonicare ProtectiveClean 4300 eltandborste, vit', 449.00)]),
    # ---- payment_issue
    A('sv', SE, 'notice', 'payment_issue', True, 'bank declined, payment revision not made within 7 days',
      sender='payments-messages', layout='html', tpl=2, auth=True,
      subj='Din beställning {order} har avbrutits – betalningen gick inte igenom',
      body=['Den {d} bad vi dig uppdatera betalningsinformationen för beställningen nedan, eftersom din bank nekade debiteringen. Vi har inte fått någon ny betalningsmetod inom sju dagar, och beställningen har därför avbrutits automatiskt.',
            'Vill du fortfarande ha artikeln kan du lägga en ny beställning och välja ett annat kort.'],
      items=[('Moccamaster KBG Select kaffebryggare, Polished Silver', 2795.00)]),
    A('sv', SE, 'notice', 'payment_issue', True, 'card expired',
      sender='payments-update', layout='plain', ptpl=1, auth=False, hello='Hej {n}!',
      subj='Beställning {order} avbruten',
      body=['Kortet du valde för den här beställningen (Visa som slutar på 4417) hade gått ut när vi skulle dra beloppet, så vi var tvungna att avbryta beställningen.',
            'Lägg gärna till ett giltigt kort under Ditt konto > Dina betalningar innan du beställer igen.'],
      items=[('Sony WH-1000XM5 trådlösa brusreducerande hörlurar, svart', 3490.00)]),
    A('sv', SE, 'notice', 'payment_issue', True, 'gift card balance insufficient, no other payment method',
      sender='no-reply', layout='alt', tpl=3, auth=False,
      subj='Vi har avbrutit din beställning hos Amazon.se',
      body=['Beställningen {order} skulle betalas med ditt presentkortssaldo. När det var dags att skicka den räckte saldot inte till hela beloppet inklusive frakt, och det fanns ingen annan betalningsmetod kopplad till kontot.',
            'Beställningen har därför makulerats.'],
      refund='Det presentkortssaldo som reserverades för beställningen finns kvar på ditt konto.',
      items=[('Garmin Forerunner 265 löparklocka, svart', 4299.00)]),
    A('sv', SE, 'non_notice', None, False, 'thread', thread='sv-pay',
      sender='payments-messages', layout='alt', tpl=1, auth=True, hdr='items', refund='', d2=5,
      subj='Åtgärd krävs: betalningen för din beställning {order} gick inte igenom',
      body=['Vi försökte debitera Mastercard som slutar på 0932 för beställningen nedan, men din bank godkände inte transaktionen.',
            'Uppdatera betalningsmetoden senast {d2} så att vi kan skicka dina artiklar: https://www.amazon.se/gp/css/order-history',
            'Om du redan har uppdaterat din betalningsinformation behöver du inte göra något mer.'],
      items=[('Bosch Professional GSR 12V-15 skruvdragare inkl. 2 batterier', 1649.00)]),
    A('sv', SE, 'notice', 'payment_issue', False, 'thread: cause from earlier mail', thread='sv-pay',
      sender='order-update', layout='plain', ptpl=1, auth=True,
      subj='Din Amazon.se-beställning {order} har avbrutits',
      body=['Din beställning {order} har avbrutits. Artikeln nedan kommer inte att skickas.'],
      items=[('Bosch Professional GSR 12V-15 skruvdragare inkl. 2 batterier', 1649.00)]),
    # ---- technical_issue
    A('sv', SE, 'notice', 'technical_issue', True, 'pricing error',
      sender='order-update', layout='html', tpl=1, auth=False,
      subj='Viktig information om din beställning {order}',
      body=['På grund av ett fel visades ett felaktigt pris för {item} på Amazon.se under några timmar den {d}. Priset du såg, 89,00 kr, stämde inte med artikelns faktiska pris.',
            'Vi har därför avbrutit beställningen. Vi beklagar förvirringen och hoppas på din förståelse.'],
      items=[('Nintendo Switch – OLED-modell, vit', 89.00)]),
    A('sv', SE, 'notice', 'technical_issue', True, 'denies payment/account problem, gives system error',
      sender='auto-confirm', layout='alt', tpl=2, auth=True,
      subj='Din beställning har avbrutits',
      body=['Det här beror inte på något problem med ditt kort eller ditt konto. Ett systemfel i vår orderhantering natten till {d} gjorde att beställningen registrerades med ofullständiga uppgifter, och den gick inte att slutföra.',
            'Vi har därför avbrutit den. Du kan beställa artiklarna igen på vanligt sätt.'],
      items=[('Anker PowerCore 10000 powerbank', 249.00), ('Anker USB-C-kabel 1,8 m, 2-pack', 139.00)]),
    A('sv', SE, 'notice', 'technical_issue', True, 'listing error implied (wrong pack size on product page)',
      sender='order-update', layout='plain', ptpl=2, auth=False,
      subj='Din beställning {order} har makulerats',
      body=['Produktsidan för {item} visade en förpackning med fyra batterier, men artikeln säljs i själva verket styckvis. Sidan har nu rättats.',
            'Eftersom du beställde utifrån uppgifterna på sidan har vi valt att stoppa beställningen i stället för att skicka något annat än du räknade med.'],
      items=[('Duracell Optimum AA-batterier, 4-pack', 59.00, 2)]),
    # ---- fraud_prevention
    A('sv', SE, 'notice', 'fraud_prevention', True, 'unusual activity, account locked',
      sender='account-update', layout='html', tpl=3, auth=True,
      subj='Ditt konto har spärrats tillfälligt och din beställning har avbrutits',
      body=['Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto och har tillfälligt spärrat det för att skydda dig. Som en försiktighetsåtgärd har vi också avbrutit den öppna beställningen nedan.',
            'För att återfå tillgång till kontot loggar du in på Amazon.se som vanligt och följer anvisningarna på skärmen. Vi ber dig aldrig om lösenord eller kortuppgifter via e-post.'],
      items=[('Apple AirPods Pro (2:a generationen) med MagSafe-fodral (USB-C)', 2790.00)]),
    A('sv', SE, 'notice', 'fraud_prevention', True, 'security check, identity of account holder not confirmed',
      sender='cs-reply', layout='plain', ptpl=1, auth=True, hello='Hej {n},',
      subj='Angående din beställning {order}',
      body=['Din beställning har fastnat i en av våra säkerhetskontroller. Vi kunde inte bekräfta att det var kontoinnehavaren som gjorde köpet, och för att skydda dig och ditt konto har beställningen annullerats.',
            'Om det var du som beställde kan du verifiera din identitet genom att logga in på Amazon.se och gå till Ditt konto. Därefter kan du beställa igen.'],
      items=[('Samsung Galaxy Tab S9 FE 128 GB, grå', 5490.00)]),
    A('sv', SE, 'non_notice', None, False, 'thread', thread='sv-fraud',
      sender='account-update', layout='plain', ptpl=2, auth=True, hdr='items', refund='', help='',
      subj='Ditt Amazon.se-konto är tillfälligt spärrat',
      body=['Vi har tillfälligt spärrat ditt konto i väntan på verifiering. Medan spärren gäller är dina öppna beställningar pausade, bland annat {order}.',
            'Logga in på Amazon.se och följ anvisningarna för att bekräfta dina uppgifter. Vi kommer aldrig att be dig skicka dokument eller kortnummer som svar på ett e-postmeddelande.'],
      items=[('Canon EOS R50 systemkamera med RF-S 18-45 mm', 8990.00)]),
    A('sv', SE, 'notice', 'fraud_prevention', False, 'thread: cause from earlier mail', thread='sv-fraud',
      sender='order-update', layout='alt', tpl=1, auth=False,
      subj='Information från Amazon.se',
      body=['Vi vill meddela att beställning {order} har avbrutits.'],
      refund='Du har inte debiterats för den här beställningen.',
      items=[('Canon EOS R50 systemkamera med RF-S 18-45 mm', 8990.00)]),
    # ---- customer_request
    A('sv', SE, 'notice', 'customer_request', True, 'customer cancelled, status line',
      sender='auto-confirm', layout='plain', ptpl=1, auth=True,
      subj='Avbeställning bekräftad: {order}',
      body=['Du har avbeställt beställningen nedan. Den hann stoppas innan den lämnade vårt lager.', 'Status: AVBESTÄLLD'],
      items=[('Tefal Ingenio Emotion stekpanna 28 cm', 499.00)]),
    A('sv', SE, 'notice', 'customer_request', True, 'partial cancellation, labelled "Avbeställningsorsak: Avbeställd av kunden"',
      sender='auto-confirm', layout='html', tpl=2, auth=False, title='Avbeställning genomförd',
      subj='Delvis avbeställning av artiklar från din Amazon.se-beställning',
      body=['Enligt din begäran har följande artikel tagits bort från beställning {order}. Resten av beställningen skickas som planerat.',
            'Avbeställningsorsak: Avbeställd av kunden'],
      items=[('Ravensburger pussel 1000 bitar – Stockholm by night', 169.00)]),
    A('sv', SE, 'notice', 'customer_request', True, 'agent cancelled after chat, customer wanted other colour',
      sender='cs-reply', layout='alt', tpl=3, auth=True, hello='Hej {n},', help='',
      subj='Ditt ärende hos Amazon.se Kundtjänst',
      body=['Tack för att du kontaktade oss i chatten i dag.',
            'Som vi kom överens om har jag avbrutit beställning {order} åt dig, eftersom du hellre ville ha kaffebryggaren i svart. Den nya beställningen lägger du enkelt själv när det passar dig.'],
      closing='Vänliga hälsningar\nJonas\nAmazon.se Kundtjänst',
      items=[('Melitta Aroma Elegance kaffebryggare, rostfri', 899.00)]),
    # ---- unknown: no reason
    A('sv', SE, 'notice', 'unknown', False, 'no reason, short',
      sender='order-update', layout='plain', ptpl=2, auth=False,
      subj='Beställning {order} avbruten',
      body=['Din beställning har avbrutits. Följande artiklar kommer inte att levereras:'], hdr='',
      items=[('Oral-B iO Series 6 eltandborste, grå', 1190.00), ('Oral-B iO tandborsthuvuden Ultimate Clean, 4 st', 329.00)]),
    A('sv', SE, 'notice', 'unknown', False, 'no reason, items removed',
      sender='order-update', layout='html', tpl=2, auth=True,
      subj='Artiklar har tagits bort från din beställning hos Amazon.se',
      body=['Vi vill informera dig om att en eller flera artiklar har avbrutits från din beställning {order}. De berörda artiklarna visas nedan.'],
      items=[('Logitech MX Master 3S trådlös mus, grafit', 1099.00)]),
    A('sv', SE, 'notice', 'unknown', False, 'no reason, refund sentence in body',
      sender='no-reply', layout='plain', ptpl=1, auth=False, refund='',
      subj='Din beställning hos Amazon.se har annullerats',
      body=['Vi har annullerat din beställning {order}. Om du redan har betalat återbetalas beloppet till ditt ursprungliga betalningssätt.',
            'Har du frågor är du välkommen att höra av dig till oss.'],
      items=[('Rituals The Ritual of Sakura presentset, M', 395.00)]),
    # ---- unknown: reason that fits none
    A('sv', SE, 'notice', 'unknown', True, 'undeliverable address (pickup point refuses parcel size)',
      sender='order-update', layout='html', tpl=3, auth=True,
      subj='Vi kan inte leverera din beställning {order}',
      body=['Transportören har meddelat att utlämningsstället du valde – ett ombud i Kiruna – inte längre tar emot paket i den här storleken. Eftersom försändelsen inte kan levereras till den adress som angavs i beställningen har den avbrutits.',
            'Du kan lägga en ny beställning och välja en annan leveransadress eller ett annat utlämningsställe.'],
      items=[('Weber Spirit E-325 GBS gasolgrill, svart', 8995.00)]),
    A('sv', SE, 'notice', 'unknown', True, 'cannot be shipped to Sweden (dangerous goods from foreign seller)',
      sender='auto-confirm', layout='plain', ptpl=2, auth=False,
      subj='Ändring av din beställning {order}',
      body=['Artikeln nedan innehåller ett litiumbatteri som räknas som farligt gods och får inte skickas från säljarens lager i Tyskland till Sverige. Därför har vi tagit bort den ur din beställning.'],
      items=[('Ryobi ONE+ RY18HVXA-0 sladdlös dammsugare, 18 V', 1890.00)]),
    # ---- non-notices
    A('sv', SE, 'non_notice', None, False, 'shipping confirmation (says order can no longer be cancelled)',
      sender='shipment-tracking', layout='alt', tpl=2, auth=True, hdr='items', refund='', d2=2,
      title='Leveransbekräftelse',
      subj='Din Amazon.se-beställning #{order} med 1 artikel har skickats',
      body=['Vi vill meddela att vi har skickat din artikel. Beställningen är på väg och kan inte längre ändras eller avbrytas. Vill du returnera något kan du göra det via Dina beställningar.',
            'Beräknad leverans: {d2}\nDin artikel skickas med PostNord. Spårningsnummer: UA842913377SE'],
      items=[('Stieg Larsson: Män som hatar kvinnor (pocket)', 79.00)]),
    A('sv', SE, 'non_notice', None, False, 'Prime membership cancelled (not an order)',
      sender='digital-no-reply', layout='plain', ptpl=1, auth=False, order=False, hdr='', refund='', items=[], d2=19,
      subj='Bekräftelse: ditt Prime-medlemskap har sagts upp',
      body=['Vi bekräftar att du har sagt upp ditt Amazon Prime-medlemskap. Medlemskapet upphör den {d2} och du kommer inte att debiteras fler gånger.',
            'Fram till dess kan du fortsätta att använda dina förmåner, till exempel fri frakt och Prime Video. Vill du bli medlem igen kan du när som helst starta om medlemskapet under Ditt konto > Prime.']),
    A('sv', SE, 'non_notice', None, False, 'payment reminder before any cancellation',
      sender='payments-messages', layout='html', tpl=3, auth=True, hdr='items', refund='', d2=5,
      subj='Uppdatera betalningen senast {d2} – annars avbryts beställning {order}',
      body=['Vi kunde inte debitera ditt kort för beställningen nedan. Uppdatera betalningsinformationen senast {d2} så att vi kan skicka artiklarna.',
            'Om vi inte har fått en giltig betalningsmetod till dess kommer beställningen att avbrytas. Din beställning är fortfarande aktiv.'],
      items=[('Bamix Gastro 350 stavmixer', 2290.00)]),
    R('sv', 'non_notice', None, False, 'other retailer (CDON) order cancellation', order='',
      from_=('CDON', 'noreply@cdon.se'), relay=('mail1.cdon.se', '185.21.100.14'),
      subj='Din order 74120093 har makulerats', enc=('iso-8859-1', 'quoted-printable'),
      text='Hej {n}!\n\nVi har tyvärr fått makulera din order 74120093 hos CDON eftersom produkten Marshall Major IV hörlurar, svart inte längre finns i lager hos vår leverantör.\n\nDu har inte debiterats. Har du betalat med Klarna makuleras fakturan automatiskt.\n\nVänliga hälsningar\nCDON Kundservice\n\nCDON AB, Box 385, 201 23 Malmö\n',
      html=shop_html('sv', 'CDON', '#1b1b1b', ['Hej {n}!', 'Vi har tyvärr fått makulera din order 74120093 hos CDON eftersom produkten Marshall Major IV hörlurar, svart inte längre finns i lager hos vår leverantör.',
                                             'Du har inte debiterats. Har du betalat med Klarna makuleras fakturan automatiskt.', 'Vänliga hälsningar\nCDON Kundservice'],
                     'CDON AB, Box 385, 201 23 Malmö. Du får det här mejlet eftersom du har handlat hos CDON.')),
    R('sv', 'non_notice', None, False, 'friend says he cancelled his Amazon order', order='',
      from_=('Johan Berg', 'johan.berg82@gmail.com'), relay=('mail-sor-f41.google.com', '209.85.220.41'),
      subj='Re: kaffebryggaren', enc=('utf-8', '8bit'), tz=2,
      text='Hej {n}!\n\nTack för tipset, men jag avbeställde faktiskt min Amazon-beställning igår kväll – hittade samma Moccamaster för 400 kr mindre på Elgiganten. Fick ett bekräftelsemejl från Amazon direkt, så det var inga konstigheter.\n\nSes på lördag?\n/Johan\n\n> Har du fått bryggaren än? Min kom på två dagar från Amazon.se\n'),
    # ---- lookalikes
    R('sv', 'lookalike', 'payment_issue', True, 'look-alike domain; link text shows amazon.se, href elsewhere; asks to confirm card',
      from_=('Amazon.se', 'kundservice@amazon-se-ordercenter.com'), auth=AUTH_LOOK,
      subj='Din beställning #{order} har avbrutits – betalningsproblem', enc=('utf-8', 'quoted-printable'),
      html=phish_html('sv', ['Hej {n},', 'Vi kunde inte verifiera din betalning och din beställning <b>{order}</b> har därför avbrutits.',
                             'För att undvika att ditt konto stängs permanent måste du bekräfta dina kortuppgifter inom 24 timmar via länken nedan:'],
                      'https://www.amazon.se/gp/css/order-history', 'http://amazon-se-ordercenter.com/verify/session?id={tok}',
                      footer='© 2024 Amazon.se. Alla rättigheter förbehållna.')),
    R('sv', 'lookalike', 'fraud_prevention', True, 'Cyrillic A in display name, gmail sender, callback phone number',
      from_=('\u0410mazon.se Kundtjänst', 'amazon.kundtjanst.se@gmail.com'), auth=AUTH_FREEMAIL,
      relay=('mail-sor-f69.google.com', '209.85.220.69'),
      subj='Ditt konto har spärrats och din order har annullerats', enc=('utf-8', 'base64'),
      text='Hej,\n\nPå grund av misstänkt aktivitet har ditt Amazon-konto spärrats och din senaste order ({order}) har annullerats.\n\nFör att häva spärren och få tillbaka pengarna måste du ringa vår säkerhetsavdelning på 08-446 890 21 (öppet dygnet runt). Ha ditt BankID och kortnummer redo när du ringer.\n\nAmazon Säkerhet\n'),
    R('sv', 'lookalike', 'technical_issue', True, 'malformed order number, asks to reply with card details, free-mail reply-to',
      from_=('Amazon', 'order-update@amazonse-support.net'), order='', reply_to='amazon.betalning@outlook.com',
      subj='Beställning #40-33921-88A avbruten', enc=('iso-8859-1', '8bit'), auth=AUTH_SOFTFAIL,
      text='Bästa kund,\n\nDin beställning #40-33921-88A har avbrutits på grund av ett tekniskt fel i vårt betalsystem.\n\nFör att vi ska kunna genomföra köpet igen ber vi dig svara på detta mejl med följande uppgifter:\n- Kortnummer\n- Utgångsdatum\n- CVC-kod\n- Personnummer\n\nNär vi har tagit emot uppgifterna skickas din order inom 24 timmar.\n\nMed vänlig hälsning\nAmazon Kundservice\n'),
    R('sv', 'lookalike', 'fraud_prevention', True, 'amaz0n look-alike domain, "account suspended, order cancelled, use this code"',
      from_=('Amazon Säkerhet', 'security@amaz0n-se.com'), auth=AUTH_LOOK,
      subj='Säkerhetsvarning: kontot avstängt, beställning avbruten', enc=('utf-8', 'quoted-printable'),
      html=phish_html('sv', ['Hej {n},', 'Ditt konto har stängts av och din beställning {order} har avbrutits på grund av ett misstänkt inloggningsförsök från en ny enhet (Lagos, Nigeria).',
                             'Använd säkerhetskoden <b>SE-77314</b> för att återaktivera ditt konto. Om kontot inte återaktiveras inom 12 timmar raderas det permanent.'],
                      'Återaktivera kontot', 'http://amaz0n-se.com/reactivate?code=SE-77314&u={user}', button='Fungerar inte knappen? Öppna länken:')),
    R('sv', 'lookalike', 'inventory_shortage', True, 'no order number, refund bait asking for bank details, link text amazon.se/refund',
      from_=('Amazon.se Återbetalning', 'refund@retur-amazon.info'), order='',
      subj='Din order avbröts – begär din återbetalning', enc=('utf-8', 'base64'),
      html=phish_html('sv', ['Hej!', 'Din order har avbrutits eftersom varan tyvärr var slut i lager. Du har rätt till en återbetalning på <b>1 249,00 kr</b>.',
                             'Klicka på länken nedan och fyll i dina bankuppgifter för att få pengarna tillbaka inom 48 timmar:'],
                      'www.amazon.se/refund', 'https://retur-amazon.info/se/claim?id={tok}', logo=False,
                      footer='Amazon EU S.à r.l. | Det här är ett automatiskt meddelande.')),
]


# ================================================================= TURKISH (amazon.com.tr)
TRM = 'amazon.com.tr'
TR = [
    # ---- inventory_shortage
    A('tr', TRM, 'notice', 'inventory_shortage', True, 'out of stock, supplier cannot restock',
      sender='order-update', layout='html', tpl=1, auth=True,
      subj='{order} numaralı siparişiniz iptal edildi',
      body=['Maalesef siparişinizi iptal etmek zorunda kaldık. Sipariş ettiğiniz ürünün stokları tükendi ve tedarikçimizden yeniden temin edemiyoruz.',
            'Yaşattığımız aksaklık için özür dileriz.'],
      items=[('Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, Siyah', 8499.00)]),
    A('tr', TRM, 'notice', 'inventory_shortage', True, 'third-party seller cancelled one item, no stock left',
      sender='marketplace-messages', layout='plain', ptpl=1, auth=False,
      subj='Satıcı, siparişinizdeki bir ürünü iptal etti ({order})',
      body=['Ege Elektronik adlı satıcı, siparişinizdeki aşağıdaki ürünü iptal etti. Satıcının bildirdiğine göre ürün deposunda kalmamış ve kısa vadede yeniden stoklanması beklenmiyor.',
            'Siparişinizdeki diğer ürünler bu iptalden etkilenmez ve planlandığı şekilde gönderilecektir.'],
      items=[('Xiaomi Redmi Buds 5 Pro Kablosuz Kulaklık, Siyah', 1899.00, 1, 'Ege Elektronik')]),
    A('tr', TRM, 'notice', 'inventory_shortage', True, 'pre-order cannot be filled (publisher allocation)',
      sender='auto-confirm', layout='alt', tpl=2, auth=True, title='Ön Sipariş İptali',
      subj='Ön siparişinizle ilgili bilgilendirme',
      body=['{item} için verdiğiniz ön siparişi karşılayamayacağız: yayınevinin bize ayırdığı kontenjan, gelen ön sipariş sayısının çok altında kaldı.',
            'Bu nedenle ön siparişinizi iptal ettik. Ürün yeniden satışa sunulduğunda ürün sayfasından sipariş verebilirsiniz.'],
      items=[('Orhan Pamuk – Veba Geceleri (İmzalı Özel Baskı, Ciltli)', 395.00)]),
    A('tr', TRM, 'non_notice', None, False, 'thread', thread='tr-inv',
      sender='order-update', layout='alt', tpl=1, auth=False, hdr='items', refund='', title='Teslimat Gecikmesi',
      subj='Siparişinizdeki ürün gecikecek',
      body=['{item} ürününü tedarikçimizden zamanında temin edemiyoruz. Ürün şu anda elimizde değil ve size yeni bir teslimat tarihi veremiyoruz.',
            'Ürünü beklemek istemiyorsanız siparişinizi Siparişlerim sayfasından ücretsiz olarak iptal edebilirsiniz. Gelişme olduğunda size tekrar yazacağız.'],
      items=[('Arzum Okka Minio Pro Türk Kahvesi Makinesi, Krom', 2849.00)]),
    A('tr', TRM, 'notice', 'inventory_shortage', False, 'thread: cause from earlier mail', thread='tr-inv',
      sender='order-update', layout='plain', ptpl=2, auth=True,
      subj='Siparişiniz iptal edildi: {order}',
      body=['{order} numaralı siparişiniz iptal edilmiştir. Aşağıdaki ürün gönderilmeyecektir.'],
      items=[('Arzum Okka Minio Pro Türk Kahvesi Makinesi, Krom', 2849.00)]),
    # ---- payment_issue
    A('tr', TRM, 'notice', 'payment_issue', True, 'bank declined, payment info not updated in time',
      sender='payments-messages', layout='html', tpl=2, auth=True,
      subj='Ödemeniz alınamadığı için siparişiniz iptal edildi',
      body=['{d} tarihinde, bankanız işlemi onaylamadığı için kartınızdan ödeme alamadığımızı bildirmiştik. Ödeme bilgileriniz belirtilen süre içinde güncellenmediğinden siparişiniz otomatik olarak iptal edildi.',
            'Ürünleri hâlâ almak istiyorsanız farklı bir kartla yeni bir sipariş oluşturabilirsiniz.'],
      items=[('Dyson V12 Detect Slim Absolute Kablosuz Süpürge', 21999.00)]),
    A('tr', TRM, 'notice', 'payment_issue', True, 'labelled "İptal nedeni:" insufficient limit',
      sender='payments-update', layout='plain', ptpl=1, auth=False,
      subj='Sipariş {order} hakkında',
      body=['Siparişinizi iptal ettik.',
            'İptal nedeni: Ödeme yetkilendirilemedi – kartınızda yeterli bakiye/limit bulunmuyor.',
            'Kart limitinizi kontrol ettikten sonra siparişinizi yeniden verebilirsiniz.'],
      items=[('Samsung Galaxy Watch6 Classic 47 mm, Siyah', 10499.00)]),
    A('tr', TRM, 'notice', 'payment_issue', True, 'card expired',
      sender='payments-messages', layout='alt', tpl=3, auth=False,
      subj='Siparişinizi iptal etmek zorunda kaldık',
      body=['Kayıtlı kartınızın (Mastercard, son dört hanesi 2208) son kullanma tarihi geçtiği için {order} numaralı sipariş için tahsilat yapamadık ve siparişi iptal ettik.',
            'Yeni kartınızı Hesabım > Ödeme Seçenekleri bölümünden ekleyebilirsiniz.'],
      items=[('Tefal Ingenio Essential 10 Parça Tencere ve Tava Seti', 3299.00)]),
    A('tr', TRM, 'non_notice', None, False, 'thread', thread='tr-pay',
      sender='payments-messages', layout='plain', ptpl=1, auth=True, hdr='items', refund='', d2=6,
      subj='İşlem gerekli: {order} numaralı siparişiniz için ödeme alınamadı',
      body=['Siparişiniz için Visa kartınızdan (son dört hanesi 7781) ödeme almaya çalıştık ancak işlem bankanız tarafından reddedildi.',
            'Siparişinizin gecikmemesi için lütfen {d2} tarihine kadar ödeme yönteminizi güncelleyin: https://www.amazon.com.tr/gp/css/order-history',
            'Ödeme bilgilerinizi zaten güncellediyseniz bu mesajı dikkate almayın.'],
      items=[('Lenovo IdeaPad Slim 3 15,6" Dizüstü Bilgisayar, 16 GB RAM, 512 GB SSD', 18999.00)]),
    A('tr', TRM, 'notice', 'payment_issue', False, 'thread: cause from earlier mail', thread='tr-pay',
      sender='order-update', layout='html', tpl=1, auth=False,
      subj='Amazon.com.tr siparişiniz iptal edildi',
      body=['{order} numaralı siparişinizi iptal ettik. Siparişinizdeki ürünler size gönderilmeyecek.'],
      items=[('Lenovo IdeaPad Slim 3 15,6" Dizüstü Bilgisayar, 16 GB RAM, 512 GB SSD', 18999.00)]),
    # ---- technical_issue
    A('tr', TRM, 'notice', 'technical_issue', True, 'pricing error',
      sender='order-update', layout='alt', tpl=3, auth=True,
      subj='{order} numaralı siparişiniz hakkında önemli bilgi',
      body=['{d} tarihinde kısa bir süre boyunca sistemimizdeki bir hata nedeniyle {item} ürünü sitemizde yanlış fiyatla listelendi. Siparişinizde görünen 149,00 TL, ürünün gerçek satış fiyatı değildi.',
            'Bu nedenle siparişinizi iptal ettik. Anlayışınız için teşekkür ederiz.'],
      items=[('Apple AirPods Pro (2. nesil) MagSafe Şarj Kutusu (USB-C)', 149.00)]),
    A('tr', TRM, 'notice', 'technical_issue', True, 'denies payment/account, technical glitch during processing',
      sender='auto-confirm', layout='plain', ptpl=2, auth=False,
      subj='Siparişiniz iptal edildi',
      body=['Bu iptal, ödemeniz ya da hesabınızla ilgili değildir. Siparişiniz işlenirken sistemlerimizde yaşanan teknik bir aksaklık nedeniyle sipariş eksik kaydedildi ve tamamlanamadı.',
            'Ürünleri dilediğiniz zaman yeniden sipariş edebilirsiniz.'],
      items=[('Logitech MX Keys S Kablosuz Klavye, Türkçe Q', 3899.00), ('Logitech MX Master 3S Mouse, Grafit', 3499.00)]),
    A('tr', TRM, 'notice', 'technical_issue', True, 'listing error implied (wrong colour/size on page)',
      sender='order-update', layout='html', tpl=2, auth=False,
      subj='{order} numaralı siparişinizdeki değişiklik',
      body=['Sipariş verdiğiniz ürünün sayfasında renk ve beden bilgileri hatalı gösteriliyordu: sayfada "Lacivert, L" yazmasına rağmen stoktaki ürün "Siyah, S" idi. Sayfa düzeltildi.',
            'Beklediğinizden farklı bir ürün göndermemek için siparişinizi durdurduk ve iptal ettik.'],
      items=[('Columbia Erkek Outdoor Mont, Lacivert, L', 4299.00)]),
    # ---- fraud_prevention
    A('tr', TRM, 'notice', 'fraud_prevention', True, 'unusual activity, account suspended',
      sender='account-update', layout='html', tpl=3, auth=True,
      subj='Hesabınız geçici olarak askıya alındı',
      body=['Hesabınızda olağan dışı bir etkinlik tespit ettik. Güvenliğiniz için hesabınızı geçici olarak askıya aldık ve bekleyen siparişinizi iptal ettik.',
            "Hesabınıza yeniden erişmek için Amazon.com.tr'de oturum açın ve ekrandaki adımları izleyin. Sizden hiçbir zaman e-posta ile şifre veya kart bilgisi istemeyiz."],
      items=[('Sony PlayStation 5 Slim Dijital Sürüm', 19999.00)]),
    A('tr', TRM, 'notice', 'fraud_prevention', True, 'security review, identity verification not completed',
      sender='cs-reply', layout='plain', ptpl=1, auth=False, hello='Sayın {n},',
      subj='{order} numaralı siparişiniz',
      body=['Siparişiniz güvenlik incelememize takıldı. Kimlik doğrulama adımı tamamlanmadığı için siparişi onaylayamadık ve iptal ettik.',
            'Siparişi siz verdiyseniz, Hesabım bölümünden kimlik doğrulamasını tamamladıktan sonra yeniden sipariş verebilirsiniz.'],
      items=[('Apple iPhone 15 128 GB, Mavi', 52999.00)]),
    A('tr', TRM, 'notice', 'fraud_prevention', True, 'reason first, "Amazon decided to cancel", suspicious sign-in attempts',
      sender='no-reply', layout='alt', tpl=2, auth=True,
      subj='Güvenlik nedeniyle siparişiniz iptal edildi',
      body=['Güvenlik nedeniyle: Hesabınızı ve kayıtlı ödeme yöntemlerinizi korumak amacıyla Amazon, {order} numaralı siparişi iptal etmeye karar verdi.',
            'Siparişiniz, hesabınızda tespit edilen şüpheli oturum açma girişimleri nedeniyle ek incelemeye alınmıştı.'],
      items=[('Bose QuietComfort Ultra Kablosuz Kulaklık, Siyah', 14999.00)]),
    # ---- customer_request
    A('tr', TRM, 'notice', 'customer_request', True, 'labelled "İptal nedeni: Müşteri tarafından iptal edildi"',
      sender='auto-confirm', layout='plain', ptpl=2, auth=True,
      subj='İptal talebiniz onaylandı – Sipariş {order}',
      body=['Talebiniz üzerine siparişiniz iptal edildi.', 'İptal nedeni: Müşteri tarafından iptal edildi'],
      items=[("LEGO Creator 3'ü 1 Arada Orman Hayvanları 31150", 1299.00)]),
    A('tr', TRM, 'notice', 'customer_request', True, 'partial: successful cancellation of an item the customer removed',
      sender='auto-confirm', layout='plain', ptpl=1, auth=False,
      subj='Siparişinizdeki ürünün iptali başarıyla gerçekleşti',
      body=['Siparişinizden aşağıdaki ürünü çıkarma isteğinizi aldık ve ürünü iptal ettik. Siparişinizdeki diğer ürünler gönderilmeye devam edecek.'],
      items=[('Nivea Sun Koruma & Bakım SPF 50 Güneş Spreyi 200 ml', 349.00, 2)]),
    A('tr', TRM, 'notice', 'customer_request', True, 'agent cancelled duplicate order after phone call',
      sender='cs-reply', layout='alt', tpl=3, auth=True, hello='Merhaba {n},', help='',
      subj='Müşteri Hizmetleri görüşmeniz hakkında',
      body=['Bugün telefonda yaptığımız görüşme için teşekkür ederim.',
            'Görüşmemizde istediğiniz gibi, yanlışlıkla iki kez verdiğiniz siparişlerden {order} numaralı olanı iptal ettim. Diğer siparişiniz aynen devam ediyor.'],
      closing='İyi günler dilerim,\nSelin K.\nAmazon.com.tr Müşteri Hizmetleri',
      items=[('Fakir Mr Chef Quadro Mutfak Robotu', 4599.00)]),
    # ---- unknown: no reason
    A('tr', TRM, 'notice', 'unknown', False, 'no reason, short',
      sender='order-update', layout='plain', ptpl=1, auth=False,
      subj='Sipariş {order} iptal edildi', hdr='',
      body=['Siparişiniz iptal edildi. Aşağıdaki ürünler teslim edilmeyecek:'],
      items=[('Torku Banada Kakaolu Fındık Kreması 400 g', 89.90, 3), ("Eti Burçak Bisküvi 12'li Paket", 119.00)]),
    A('tr', TRM, 'notice', 'unknown', False, 'no reason, items cancelled from order',
      sender='order-update', layout='html', tpl=2, auth=True,
      subj='Siparişinizdeki bazı ürünler iptal edildi',
      body=['{order} numaralı siparişinizdeki bir veya daha fazla ürün iptal edildi. İlgili ürünler aşağıda listelenmiştir.'],
      items=[("Philips Hue White and Color Ambiance E27 Akıllı Ampul, 2'li", 2199.00)]),
    A('tr', TRM, 'notice', 'unknown', False, 'no reason, refund sentence in body',
      sender='no-reply', layout='plain', ptpl=2, auth=False, refund='',
      subj="Amazon.com.tr'den bilgilendirme",
      body=['{order} numaralı siparişinizi iptal ettik. Ödeme yaptıysanız tutar, ödemeyi yaptığınız yönteme iade edilecektir.'],
      items=[('Sabahattin Ali – Kürk Mantolu Madonna (Cep Boy)', 59.00)]),
    # ---- unknown: reason that fits none
    A('tr', TRM, 'notice', 'unknown', True, 'address outside delivery area',
      sender='order-update', layout='html', tpl=3, auth=True,
      subj='{order} numaralı siparişinizi teslim edemiyoruz',
      body=['Kargo firması, siparişte belirttiğiniz adresin (Yukarı Mahalle, Çamlıhemşin/Rize) teslimat bölgesinin dışında kaldığını bildirdi. Gönderiyi bu adrese ulaştıramayacağımız için siparişiniz iptal edildi.',
            'Farklı bir teslimat adresi ya da yakınınızdaki bir teslimat noktasını seçerek yeniden sipariş verebilirsiniz.'],
      items=[('Stanley Classic Termos 1 L, Yeşil', 1649.00)]),
    A('tr', TRM, 'notice', 'unknown', True, 'item cannot be imported into Turkey (Amazon Global)',
      sender='auto-confirm', layout='plain', ptpl=1, auth=False,
      subj='Siparişinizdeki bir ürün kaldırıldı',
      body=["Aşağıdaki ürün, ithalat mevzuatı gereği Türkiye'ye gönderilemeyen ürünler arasında yer aldığından siparişinizden çıkarılmıştır. Bu ürün yurt dışındaki bir satıcı tarafından Amazon Global kapsamında sunuluyordu."],
      items=[('Melatonin 10 mg Gıda Takviyesi, 120 Tablet (ABD)', 749.00)]),
    # ---- non-notices
    A('tr', TRM, 'non_notice', None, False, 'delivery appointment cancelled, order still active',
      sender='order-update', layout='html', tpl=3, auth=True, hdr='items', refund='', d2=3,
      subj='Teslimat randevunuz iptal edildi – Sipariş {order}',
      body=['{d2} tarihinde 09:00-13:00 saatleri arasında planlanan teslimat randevunuz, kurulum ekibimizin yoğunluğu nedeniyle iptal edildi.',
            'Siparişiniz iptal edilmedi ve geçerliliğini koruyor. Size uygun yeni bir teslimat zamanı seçmek için Siparişlerim sayfasını ziyaret edin.'],
      items=[('Bosch Serie 4 SMS4HVI33E Bulaşık Makinesi', 24999.00)]),
    A('tr', TRM, 'non_notice', None, False, 'return received, refund issued',
      sender='return', layout='plain', ptpl=2, auth=False, hdr='İade edilen ürün', refund='',
      subj='İade tutarınız ödendi: {order}',
      body=['İade ettiğiniz ürün depomuza ulaştı ve kontrol edildi. 1.149,00 TL tutarındaki geri ödemeniz orijinal ödeme yönteminize aktarıldı.',
            'Tutarın hesabınıza yansıması bankanıza bağlı olarak 10 iş gününe kadar sürebilir.'],
      items=[('Skechers Go Walk 6 Kadın Spor Ayakkabı, 38', 1149.00)]),
    A('tr', TRM, 'non_notice', None, False, 'Kindle Unlimited subscription cancelled',
      sender='digital-no-reply', layout='plain', ptpl=1, auth=True, order=False, hdr='', refund='', items=[], d2=16,
      subj='Kindle Unlimited üyeliğiniz iptal edildi',
      body=['Kindle Unlimited üyeliğinizi iptal ettiğinizi onaylıyoruz. Üyeliğiniz mevcut fatura döneminin sonunda, {d2} tarihinde sona erecek ve bu tarihten sonra sizden ücret alınmayacak.',
            'O zamana kadar Kindle Unlimited kitaplarını okumaya devam edebilirsiniz. Ödünç aldığınız kitaplar üyeliğiniz sona erdiğinde kitaplığınızdan kaldırılır.']),
    R('tr', 'non_notice', None, False, 'other retailer (Trendyol) order cancellation', order='',
      from_=('Trendyol', 'siparis@trendyol.com'), relay=('mta12.trendyol.com', '185.125.188.52'),
      subj='Siparişiniz iptal edildi', enc=('iso-8859-9', 'quoted-printable'), tz=3,
      html=shop_html('tr', 'Trendyol', '#f27a1a', ['Merhaba {n},', '512843779 numaralı siparişinizdeki "Mavi Jeans Erkek Kot Ceket, M" ürünü satıcı tarafından stok yetersizliği nedeniyle iptal edilmiştir.',
                                                   'Ödemeniz, bankanıza bağlı olarak 2-10 iş günü içinde kartınıza iade edilecektir.', 'Trendyol\'u tercih ettiğiniz için teşekkür ederiz.'],
                     'DSM Grup Danışmanlık İletişim ve Satış Tic. A.Ş. Bu e-posta bilgilendirme amaçlıdır.')),
    R('tr', 'non_notice', None, False, 'Amazon newsletter mentioning easy cancellation', mp=TRM, order='',
      from_=('Amazon.com.tr', 'store-news@amazon.com.tr'), relay=('a8-77.smtp-out.eu-west-1.amazonses.com', '54.240.8.77'),
      auth=('mx.yandex.net;\n       dkim=pass header.d=amazon.com.tr header.s=kzq7yd2b5e header.b=R4aZ1mQx;\n'
            '       spf=pass smtp.mailfrom=bounces.amazon.com.tr;\n       dmarc=pass header.from=amazon.com.tr'),
      subj='Prime Day fırsatları başlıyor – kaçırmayın!', enc=('utf-8', 'base64'), boundary='amazon',
      headers=[('List-Unsubscribe', '<https://www.amazon.com.tr/gp/gss/o/1ZxK7q>'), ('Precedence', 'bulk')],
      text='Prime Day 16-17 Temmuz\'da!\n\nElektronikten mutfağa binlerce üründe Prime üyelerine özel indirimler sizi bekliyor.\n\nHenüz Prime üyesi değil misiniz? 30 günlük ücretsiz denemeyi başlatın. Üyeliğinizi dilediğiniz zaman tek tıkla iptal edebilirsiniz.\n\nSiparişlerinizi kargoya verilene kadar Siparişlerim sayfasından kolayca iptal edebilir, 30 gün içinde ücretsiz iade edebilirsiniz.\n\nAlışverişe başla: https://www.amazon.com.tr/primeday\n\nBu e-postayı Amazon.com.tr pazarlama bildirimlerine abone olduğunuz için aldınız. Abonelikten çıkmak için: https://www.amazon.com.tr/gp/gss/o/1ZxK7q\n',
      html=shop_html('tr', 'Amazon.com.tr', '#232f3e', ['Prime Day 16-17 Temmuz\'da!', 'Elektronikten mutfağa binlerce üründe Prime üyelerine özel indirimler sizi bekliyor.',
                                                        'Henüz Prime üyesi değil misiniz? 30 günlük ücretsiz denemeyi başlatın. Üyeliğinizi dilediğiniz zaman tek tıkla iptal edebilirsiniz.',
                                                        'Siparişlerinizi kargoya verilene kadar Siparişlerim sayfasından kolayca iptal edebilir, 30 gün içinde ücretsiz iade edebilirsiniz.'],
                     'Bu e-postayı Amazon.com.tr pazarlama bildirimlerine abone olduğunuz için aldınız. © Amazon.com, Inc. veya bağlı şirketleri.')),
    # ---- lookalikes
    R('tr', 'lookalike', 'payment_issue', True, 'look-alike domain; link text shows amazon.com.tr, href elsewhere',
      from_=('Amazon.com.tr', 'bilgi@amazon-tr-siparis.com'), auth=AUTH_LOOK,
      subj='Siparişiniz iptal edildi – ödeme doğrulanamadı', enc=('utf-8', 'quoted-printable'),
      html=phish_html('tr', ['Değerli Müşterimiz,', '<b>{order}</b> numaralı siparişiniz ödeme doğrulaması yapılamadığı için iptal edilmiştir.',
                             'Hesabınızın kapatılmaması için kart bilgilerinizi 24 saat içinde aşağıdaki bağlantıdan doğrulamanız gerekmektedir:'],
                      'https://www.amazon.com.tr/hesabim/odeme-yontemleri', 'http://amazon-tr-siparis.com/dogrula/{tok}',
                      footer='© 2024 Amazon.com.tr Tüm hakları saklıdır.')),
    R('tr', 'lookalike', 'fraud_prevention', True, 'Greek omicron in display name, hotmail sender, callback number',
      from_=('Amaz\u03bfn Güvenlik', 'amazon.guvenlik.tr@hotmail.com'), auth=AUTH_FREEMAIL,
      subj='Hesabınız askıya alındı ve siparişiniz iptal edildi', enc=('iso-8859-9', '8bit'),
      text='Sayın Müşterimiz,\n\nHesabınızda şüpheli işlemler tespit edildiği için hesabınız askıya alınmış ve son siparişiniz ({order}) iptal edilmiştir.\n\nHesabınızı yeniden açtırmak ve ödemenizi geri almak için 0850 305 41 72 numaralı Güvenlik Merkezimizi hemen arayınız. Görüşme sırasında kart bilgileriniz ve size SMS ile gelecek kod sorulacaktır.\n\nAmazon Güvenlik Ekibi\n'),
    R('tr', 'lookalike', 'technical_issue', True, 'malformed order number, reply with card details to free-mail reply-to',
      from_=('Amazon Destek', 'destek@amazon-com-tr.net'), order='', reply_to='amazon.iade.merkezi@gmail.com', auth=AUTH_SOFTFAIL,
      subj='Sistem hatası nedeniyle siparişiniz iptal edildi (#171-88213-4X)', enc=('utf-8', '8bit'),
      text='Merhaba,\n\nSistemsel bir hata nedeniyle siparişiniz (#171-88213-4X) iptal edilmiştir.\n\nÜcret iadesi alabilmeniz için bu e-postayı aşağıdaki bilgilerle yanıtlamanız gerekmektedir:\n- Kart numarası\n- Son kullanma tarihi\n- CVV kodu\n- T.C. kimlik numarası\n\nBilgileriniz ulaştıktan sonra iadeniz 24 saat içinde yapılacaktır.\n\nAmazon Türkiye Destek\n'),
    R('tr', 'lookalike', 'unknown', False, 'no reason, no order number, gift code bait with login link',
      from_=('Amazon', 'no-reply@amazontr-kampanya.xyz'), order='',
      subj='Siparişiniz iptal edildi – size 500 TL hediye çeki tanımlandı', enc=('utf-8', 'base64'),
      html=phish_html('tr', ['Merhaba {n},', 'Siparişiniz iptal edildi. Yaşanan aksaklık için özür dileriz; size özel <b>500 TL</b> hediye çeki tanımlandı.',
                             'Kodu kullanmak için hesabınıza giriş yapın ve kodu girin: <b>AMZ-TR-5K9Q</b>'],
                      'amazon.com.tr/giris', 'http://amazontr-kampanya.xyz/login?ref={tok}', button='Bağlantı çalışmıyorsa:')),
    R('tr', 'lookalike', 'inventory_shortage', True, 'Cyrillic A in display name, malformed order no., asks IBAN and ID number',
      from_=('\u0410mazon Sipariş Merkezi', 'siparis-merkezi@amazon-tr.shop'), order='', auth=AUTH_LOOK,
      subj='Stok sorunu: siparişiniz iptal edildi, iade için onay gerekiyor', enc=('iso-8859-9', 'quoted-printable'),
      html=phish_html('tr', ['Sayın {n},', 'Sipariş No: 403-9912-77810', 'Sipariş ettiğiniz ürün stokta kalmadığı için siparişiniz iptal edilmiştir.',
                             'İadenizin yapılabilmesi için IBAN numaranızı ve T.C. kimlik numaranızı aşağıdaki bağlantıdan onaylamanız gerekmektedir. Onay verilmezse iade yapılamaz.'],
                      'https://www.amazon.com.tr/iade', 'https://amazon-tr.shop/iade/{tok}')),
]


# ================================================================= ARABIC (amazon.ae / amazon.sa / amazon.eg)
AE, SA, EG = 'amazon.ae', 'amazon.sa', 'amazon.eg'
AR = [
    # ---- inventory_shortage
    A('ar', AE, 'notice', 'inventory_shortage', True, 'out of stock, cannot obtain from supplier',
      sender='order-update', layout='html', tpl=1, auth=True,
      subj='تم إلغاء طلبك رقم {order}',
      body=['يؤسفنا إبلاغك بأننا اضطررنا إلى إلغاء طلبك، فالمنتج الذي طلبته نفد من المخزون ولم يعد بإمكاننا الحصول عليه من المورّد.',
            'نعتذر عن أي إزعاج قد يسببه لك ذلك.'],
      items=[('قلاية هوائية فيليبس XXL بتقنية إزالة الدهون، أسود', 899.00)]),
    A('ar', SA, 'notice', 'inventory_shortage', True, 'third-party seller cancelled one item, sold out',
      sender='marketplace-messages', layout='plain', ptpl=1, auth=False,
      subj='ألغى البائع منتجاً من طلبك {order}',
      body=['أبلغنا البائع «متجر الريان للإلكترونيات» بأنه لا يستطيع توفير المنتج التالي بعد أن نفدت الكمية لديه، ولذلك قام البائع بإلغائه من طلبك.',
            'لن تتأثر بقية المنتجات في طلبك، وسيتم شحنها كالمعتاد.'],
      items=[('شاحن أنكر 735 نانو II بقدرة 65 واط', 219.00, 1, 'متجر الريان للإلكترونيات')]),
    A('ar', EG, 'notice', 'inventory_shortage', True, 'pre-order cannot be filled (manufacturer allocation)',
      sender='auto-confirm', layout='alt', tpl=2, auth=True, title='إلغاء الطلب المسبق',
      subj='معلومات حول طلبك المسبق من Amazon.eg',
      body=['شكراً لطلبك المسبق لـ {item}. للأسف أبلغتنا الشركة المصنّعة بأن الكمية المخصصة للسوق المصري أقل بكثير من عدد الطلبات المسبقة، ولن نتمكن من تلبية طلبك.',
            'لذلك قمنا بإلغاء طلبك المسبق. وعند توفر المنتج مجدداً يمكنك طلبه من صفحته على الموقع.'],
      items=[('جهاز بلايستيشن 5 برو', 42999.00)]),
    A('ar', AE, 'non_notice', None, False, 'thread', thread='ar-inv',
      sender='order-update', layout='alt', tpl=1, auth=False, hdr='items', refund='', title='تأخير في التوصيل',
      subj='تأخير في طلبك {order}',
      body=['نعتذر، لا يمكننا حالياً الحصول على {item} من المورّد في الموعد المتوقع، ولا نستطيع في الوقت الحالي تحديد موعد تسليم جديد.',
            'إذا كنت لا ترغب في الانتظار، يمكنك إلغاء الطلب مجاناً من صفحة طلباتي. سنوافيك بأي مستجدات.'],
      items=[('ماكينة قهوة نسبريسو فيرتو نكست، أسود', 749.00)]),
    A('ar', AE, 'notice', 'inventory_shortage', False, 'thread: cause from earlier mail', thread='ar-inv',
      sender='order-update', layout='plain', ptpl=2, auth=True,
      subj='تم إلغاء الطلب {order}',
      body=['نود إعلامك بأنه تم إلغاء طلبك رقم {order}، ولن يتم شحن المنتج المذكور أدناه.'],
      items=[('ماكينة قهوة نسبريسو فيرتو نكست، أسود', 749.00)]),
    # ---- payment_issue
    A('ar', SA, 'notice', 'payment_issue', True, 'bank declined, payment info not updated within deadline',
      sender='payments-messages', layout='html', tpl=2, auth=True,
      subj='تم إلغاء طلبك لعدم إتمام الدفع',
      body=['بتاريخ {d} أرسلنا إليك رسالة بأن البنك المُصدر لبطاقتك رفض عملية الدفع، وطلبنا منك تحديث معلومات الدفع. ولأننا لم نتلقَّ وسيلة دفع جديدة خلال المهلة المحددة، فقد تم إلغاء طلبك تلقائياً.',
            'إذا كنت لا تزال ترغب في هذه المنتجات، يمكنك تقديم طلب جديد باستخدام بطاقة أخرى.'],
      items=[('مكنسة دايسون V15 ديتكت اللاسلكية', 2899.00)]),
    A('ar', AE, 'notice', 'payment_issue', True, 'card expired',
      sender='payments-update', layout='plain', ptpl=1, auth=False, hello='مرحباً {n}،',
      subj='إلغاء الطلب {order}',
      body=['عند محاولة تحصيل قيمة طلبك تبيّن أن البطاقة المسجلة (فيزا المنتهية بالرقم 5521) منتهية الصلاحية، فاضطررنا إلى إلغاء الطلب.',
            'يمكنك إضافة بطاقة سارية من حسابك > خيارات الدفع قبل الطلب مرة أخرى.'],
      items=[('ساعة أبل الإصدار 9، 45 مم، ألومنيوم', 1699.00)]),
    A('ar', EG, 'notice', 'payment_issue', True, 'labelled "سبب الإلغاء:" authorisation failed',
      sender='payments-messages', layout='alt', tpl=3, auth=False,
      subj='تحديث بشأن طلبك {order}',
      body=['قمنا بإلغاء طلبك.', 'سبب الإلغاء: تعذّر تفويض عملية الدفع من البنك المُصدر للبطاقة.',
            'إذا كنت تفضّل، يمكنك اختيار الدفع عند الاستلام في طلبك القادم.'],
      items=[('هاتف سامسونج جالاكسي A55 بذاكرة 256 جيجابايت، أزرق', 21499.00)]),
    A('ar', SA, 'notice', 'payment_issue', True, 'reason first: insufficient balance',
      sender='payments-update', layout='plain', ptpl=2, auth=True,
      subj='لم نتمكن من إتمام طلبك {order}',
      body=['رصيد غير كافٍ: رفض البنك عملية الخصم بسبب عدم كفاية الرصيد في الحساب المرتبط ببطاقتك (مدى المنتهية بـ 0417)، ولهذا ألغينا الطلب.',
            'بإمكانك إعادة الطلب بعد التأكد من الرصيد أو باستخدام وسيلة دفع أخرى.'],
      items=[('تمور سكري القصيم فاخرة، 3 كجم', 145.00, 2)]),
    # ---- technical_issue
    A('ar', AE, 'notice', 'technical_issue', True, 'pricing error',
      sender='order-update', layout='html', tpl=1, auth=True,
      subj='معلومات مهمة حول طلبك {order}',
      body=['بسبب خطأ في نظام التسعير، ظهر {item} على موقعنا بسعر غير صحيح لفترة قصيرة يوم {d}. السعر الذي ظهر عند الطلب لم يكن سعر المنتج الفعلي.',
            'لذلك ألغينا طلبك، ونعتذر عن هذا الالتباس.'],
      items=[('تلفزيون إل جي OLED evo مقاس 65 بوصة بدقة 4K', 59.00)]),
    A('ar', SA, 'notice', 'technical_issue', True, 'denies payment/account, system glitch',
      sender='auto-confirm', layout='alt', tpl=2, auth=False,
      subj='تم إلغاء طلبك',
      body=['هذا الإلغاء لا علاقة له بوسيلة الدفع أو بحسابك؛ فقد حدث خلل تقني في أنظمتنا أثناء معالجة الطلب، وتم تسجيله ببيانات غير مكتملة فتعذّر إكماله.',
            'يمكنك إعادة طلب المنتجات بالطريقة المعتادة.'],
      items=[('لوحة مفاتيح لوجيتك MX Keys S لاسلكية، عربي/إنجليزي', 449.00), ('ماوس لوجيتك MX Anywhere 3S', 329.00)]),
    A('ar', EG, 'notice', 'technical_issue', True, 'listing error implied (wrong capacity on product page)',
      sender='order-update', layout='plain', ptpl=1, auth=False,
      subj='تغيير في طلبك {order}',
      body=['كانت صفحة المنتج تعرض {item} بسعة 1 تيرابايت، بينما المنتج المتوفر فعلياً بسعة 512 جيجابايت فقط. وقد تم تصحيح الصفحة الآن.',
            'وحتى لا نرسل إليك منتجاً مختلفاً عمّا اخترته، أوقفنا طلبك وألغيناه.'],
      items=[('قرص SSD خارجي سانديسك إكستريم بورتابل 1 تيرابايت', 3899.00)]),
    # ---- fraud_prevention
    A('ar', AE, 'notice', 'fraud_prevention', True, 'unusual activity, account on hold',
      sender='account-update', layout='html', tpl=3, auth=True,
      subj='تم تعليق حسابك مؤقتاً',
      body=['رصدنا نشاطاً غير معتاد على حسابك في {brand}، ولحمايتك قمنا بتعليق الحساب مؤقتاً وإلغاء طلبك المعلّق المذكور أدناه.',
            'لاستعادة الوصول إلى حسابك، سجّل الدخول إلى موقع {brand} واتبع التعليمات الظاهرة على الشاشة. لن نطلب منك أبداً كلمة المرور أو بيانات البطاقة عبر البريد الإلكتروني.'],
      items=[('آيفون 15 برو، 256 جيجابايت، تيتانيوم طبيعي', 4999.00)]),
    A('ar', SA, 'notice', 'fraud_prevention', True, 'security review, account holder identity not verified',
      sender='cs-reply', layout='plain', ptpl=2, auth=True, hello='مرحباً {n}،',
      subj='بخصوص طلبك {order}',
      body=['خضع طلبك لمراجعة أمنية إضافية، ولم نتمكن من التحقق من هوية صاحب الحساب، لذا تم إلغاء الطلب حفاظاً على أمان حسابك.',
            'إذا كنت أنت من قام بالطلب، يمكنك إكمال التحقق من الهوية من صفحة حسابي ثم إعادة الطلب.'],
      items=[('عطر العربية للعود - ليلة عرب، 100 مل', 620.00)]),
    A('ar', EG, 'non_notice', None, False, 'thread', thread='ar-fraud',
      sender='account-update', layout='plain', ptpl=1, auth=True, hdr='items', refund='', help='',
      subj='حسابك معلّق بانتظار التحقق',
      body=['قمنا بتعليق حسابك مؤقتاً إلى حين التحقق من بعض المعلومات. خلال هذه الفترة ستتوقف طلباتك المفتوحة مؤقتاً، ومنها الطلب رقم {order}.',
            'يرجى تسجيل الدخول إلى {brand} واتباع الخطوات لتأكيد بياناتك. لن نطلب منك أبداً إرسال مستندات أو أرقام بطاقات رداً على رسالة بريد إلكتروني.'],
      items=[('غسالة توشيبا أوتوماتيك 8 كجم بفتحة أمامية', 18999.00)]),
    A('ar', EG, 'notice', 'fraud_prevention', False, 'thread: cause from earlier mail', thread='ar-fraud',
      sender='order-update', layout='alt', tpl=1, auth=False,
      subj='معلومات من Amazon.eg',
      body=['نكتب إليك لإبلاغك بأنه تم إلغاء الطلب رقم {order}.'],
      refund='لم نحصّل منك أي مبلغ مقابل هذا الطلب.',
      items=[('غسالة توشيبا أوتوماتيك 8 كجم بفتحة أمامية', 18999.00)]),
    # ---- customer_request
    A('ar', AE, 'notice', 'customer_request', True, 'customer cancelled, status line',
      sender='auto-confirm', layout='plain', ptpl=1, auth=True,
      subj='تأكيد إلغاء الطلب {order}',
      body=['لقد ألغيت طلبك بنجاح، وتم إيقافه قبل شحنه من المستودع.', 'الحالة: ملغى'],
      items=[('حفاضات بامبرز بريميوم كير مقاس 4، 104 حفاضات', 139.00)]),
    A('ar', SA, 'notice', 'customer_request', True, 'partial, labelled "سبب الإلغاء: ألغاه العميل"',
      sender='auto-confirm', layout='html', tpl=2, auth=False, title='إلغاء جزئي',
      subj='تم إلغاء منتج من طلبك بنجاح',
      body=['بناءً على طلبك، أزلنا المنتج التالي من الطلب رقم {order}. وستُشحن بقية المنتجات في موعدها.', 'سبب الإلغاء: ألغاه العميل'],
      items=[('كتاب: مئة عام من العزلة - غابرييل غارسيا ماركيز', 59.00)]),
    A('ar', EG, 'notice', 'customer_request', True, 'agent cancelled after phone call (wrong size ordered)',
      sender='cs-reply', layout='alt', tpl=3, auth=True, hello='مرحباً {n}،', help='',
      subj='بخصوص تواصلك مع خدمة عملاء Amazon.eg',
      body=['شكراً لتواصلك معنا اليوم عبر الهاتف.',
            'كما اتفقنا خلال المكالمة، قمت بإلغاء الطلب رقم {order} بناءً على رغبتك، لأنك طلبت المقاس الخطأ. يمكنك طلب المقاس الصحيح في أي وقت.'],
      closing='مع تحياتي،\nمحمود\nخدمة عملاء Amazon.eg',
      items=[('حذاء أديداس ألترابوست للجري، مقاس 42', 4299.00)]),
    # ---- unknown: no reason
    A('ar', AE, 'notice', 'unknown', False, 'no reason, short',
      sender='order-update', layout='plain', ptpl=2, auth=False, hdr='',
      subj='إلغاء طلبك من Amazon.ae',
      body=['تم إلغاء طلبك. لن يتم توصيل المنتجات التالية:'],
      items=[('عسل سدر جبلي يمني، 500 غرام', 189.00), ('زيت زيتون بكر ممتاز، 1 لتر', 49.00, 2)]),
    A('ar', SA, 'notice', 'unknown', False, 'no reason, items removed',
      sender='order-update', layout='html', tpl=2, auth=True,
      subj='تمت إزالة منتجات من طلبك على Amazon.sa',
      body=['نود إعلامك بأنه تم إلغاء منتج أو أكثر من طلبك رقم {order}. تجد المنتجات المعنية أدناه.'],
      items=[('سماعات سوني WH-1000XM5 لاسلكية، أسود', 1299.00)]),
    A('ar', EG, 'notice', 'unknown', False, 'no reason, refund sentence in body',
      sender='no-reply', layout='plain', ptpl=1, auth=False, refund='',
      subj='تحديث من Amazon.eg بخصوص طلبك',
      body=['ألغينا طلبك رقم {order}. إذا كنت قد دفعت مسبقاً، فسيُرد المبلغ إلى وسيلة الدفع التي استخدمتها.'],
      items=[('خلاط مولينكس 600 واط مع مطحنة', 1850.00)]),
    # ---- unknown: reason that fits none
    A('ar', SA, 'notice', 'unknown', True, 'address outside delivery coverage',
      sender='order-update', layout='html', tpl=3, auth=True,
      subj='لا يمكننا توصيل طلبك {order}',
      body=['أفادت شركة الشحن بأن العنوان المحدد في الطلب يقع خارج نطاق التوصيل المتاح حالياً. ولأن الشحنة لا يمكن تسليمها إلى هذا العنوان، فقد أُلغي الطلب.',
            'يمكنك إعادة الطلب واختيار عنوان آخر أو نقطة استلام قريبة منك.'],
      items=[('مكيف هواء محمول جري 12000 وحدة', 2199.00)]),
    A('ar', EG, 'notice', 'unknown', True, 'cannot be shipped to Egypt (import restriction)',
      sender='auto-confirm', layout='plain', ptpl=2, auth=False,
      subj='تعديل على طلبك {order}',
      body=['لا يمكن شحن المنتج التالي إلى مصر بسبب قيود الاستيراد المفروضة على هذه الفئة من الأجهزة، إذ كان سيُشحن من بائع دولي خارج مصر. لذلك أزلناه من طلبك.'],
      items=[('طائرة درون دي جي آي ميني 4 برو', 38999.00)]),
    # ---- non-notices
    R('ar', 'non_notice', None, False, 'other retailer (noon) order cancellation', order='',
      from_=('noon', 'no-reply@noon.com'), relay=('mail.noon.com', '3.120.44.17'), tz=4,
      subj='تم إلغاء طلبك رقم NAE40021937510', enc=('utf-8', 'quoted-printable'),
      html=shop_html('ar', 'noon', '#feee00', ['مرحباً {n}،', 'نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NAE40021937510 لأن المنتج «سماعات JBL Tune 770NC» غير متوفر حالياً لدى البائع.',
                                              'سيتم رد المبلغ إلى محفظة noon الخاصة بك خلال 24 ساعة، أو إلى بطاقتك خلال 7 إلى 14 يوم عمل.', 'فريق noon'],
                     'noon AD Holdings Ltd. هذه رسالة آلية، يُرجى عدم الرد عليها.')),
    A('ar', SA, 'non_notice', None, False, 'Prime membership cancelled (not an order)',
      sender='no-reply', layout='plain', ptpl=1, auth=True, order=False, hdr='', refund='', items=[], d2=21,
      subj='تم إلغاء عضويتك في أمازون برايم',
      body=['نؤكد إلغاء عضويتك في أمازون برايم. لن يتم تجديد العضوية، ولن نحصّل منك أي رسوم إضافية.',
            'ستظل مزايا برايم، مثل التوصيل السريع المجاني وPrime Video، متاحة لك حتى {d2}. ويمكنك إعادة الاشتراك في أي وقت من صفحة حسابي > برايم.']),
    A('ar', AE, 'non_notice', None, False, 'payment reminder before any cancellation',
      sender='payments-messages', layout='html', tpl=2, auth=True, hdr='items', refund='', d2=4, title='مطلوب تحديث الدفع',
      subj='إجراء مطلوب: حدّث معلومات الدفع لطلبك {order}',
      body=['لم نتمكن من تحصيل قيمة طلبك من البطاقة المسجلة. يرجى تحديث معلومات الدفع قبل {d2} حتى نتمكن من شحن طلبك.',
            'إذا لم نتلقَّ وسيلة دفع صالحة بحلول ذلك التاريخ فسيتم إلغاء الطلب. طلبك لا يزال قائماً حتى الآن.'],
      items=[('مكواة بخار فيليبس أزور 3000', 229.00)]),
    A('ar', EG, 'non_notice', None, False, 'return received, refund issued',
      sender='return', layout='alt', tpl=1, auth=False, hdr='المنتج المُرتجع', refund='', title='استرداد المبلغ',
      subj='تم رد المبلغ لطلبك {order}',
      body=['استلمنا المنتج الذي أرجعته وقمنا بفحصه. تم رد مبلغ 2,450.00 جنيه إلى وسيلة الدفع الأصلية.',
            'قد يستغرق ظهور المبلغ في حسابك ما يصل إلى 10 أيام عمل حسب البنك.'],
      items=[('سماعة جي بي إل فليب 6 بلوتوث، أزرق', 2450.00)]),
    R('ar', 'non_notice', None, False, 'friend says he cancelled his Amazon order', order='',
      from_=('عمر خليل', 'omar.k.1990@gmail.com'), relay=('mail-sor-f52.google.com', '209.85.220.52'), tz=4,
      subj='بخصوص السماعة', enc=('utf-8', 'base64'),
      text='أهلاً {n}،\n\nبالنسبة للسماعة اللي حكيتلك عنها، أنا ألغيت طلبي من أمازون امبارح لأني لقيتها أرخص بـ 150 درهم في شرف دي جي. وصلني إيميل تأكيد الإلغاء على طول، ما في أي مشكلة.\n\nإذا بدك تطلبها خبرني قبل، في عرض لآخر الأسبوع.\n\nتحياتي،\nعمر\n'),
    # ---- lookalikes
    R('ar', 'lookalike', 'payment_issue', True, 'look-alike domain; link text shows amazon.ae, href elsewhere',
      from_=('Amazon.ae', 'support@amazon-ae-orders.com'), auth=AUTH_LOOK,
      subj='تم إلغاء طلبك - فشل عملية الدفع', enc=('utf-8', 'quoted-printable'),
      html=phish_html('ar', ['عميلنا العزيز،', 'تم إلغاء طلبك رقم <b>{order}</b> بسبب فشل عملية الدفع.',
                             'لتجنب إيقاف حسابك نهائياً، يرجى تأكيد بيانات بطاقتك خلال 24 ساعة عبر الرابط التالي:'],
                      'https://www.amazon.ae/gp/css/order-history', 'http://amazon-ae-orders.com/verify/{tok}',
                      footer='© 2024 Amazon.ae جميع الحقوق محفوظة')),
    R('ar', 'lookalike', 'fraud_prevention', True, 'Cyrillic a in display name, gmail sender, callback number',
      from_=('Am\u0430zon.sa', 'amazon.sa.security@gmail.com'), auth=AUTH_FREEMAIL,
      subj='تم تعليق حسابك وإلغاء طلبك', enc=('windows-1256', '8bit'),
      text='عزيزي العميل،\n\nتم رصد عمليات مشبوهة على حسابك، ولذلك تم تعليق الحساب وإلغاء طلبك الأخير ({order}).\n\nلإعادة تفعيل الحساب واسترداد المبلغ، يرجى الاتصال فوراً بقسم الأمان على الرقم +966 11 520 4783 (متاح على مدار الساعة). سيُطلب منك تأكيد بيانات بطاقتك والرمز الذي سيصلك برسالة نصية.\n\nفريق أمان أمازون\n'),
    R('ar', 'lookalike', 'payment_issue', True, 'malformed order number, reply with card details to free-mail reply-to',
      from_=('أمازون مصر', 'orders@amazon-eg-support.net'), order='', reply_to='amazon.eg.refund@yahoo.com', auth=AUTH_SOFTFAIL,
      subj='طلب #405-1182-9932 ملغي', enc=('windows-1256', 'quoted-printable'),
      text='عميلنا العزيز،\n\nنأسف لإبلاغك بأن طلبك رقم #405-1182-9932 قد أُلغي لأن البنك رفض عملية الدفع.\n\nلإتمام الطلب مرة أخرى، يرجى الرد على هذه الرسالة وإرسال:\n- رقم البطاقة\n- تاريخ الانتهاء\n- الرمز السري CVV\n- الرقم القومي\n\nسيتم شحن طلبك خلال 24 ساعة من استلام البيانات.\n\nخدمة عملاء أمازون\n'),
    R('ar', 'lookalike', 'fraud_prevention', True, 'amaz0n look-alike domain, "account suspended, order cancelled, use this code"',
      from_=('Amazon Security', 'alert@amaz0n-sa.com'), auth=AUTH_LOOK,
      subj='تنبيه أمني: تم إيقاف حسابك وإلغاء طلبك', enc=('utf-8', 'base64'),
      html=phish_html('ar', ['مرحباً {n}،', 'تم إيقاف حسابك وإلغاء طلبك رقم {order} بسبب محاولة تسجيل دخول مشبوهة من جهاز جديد.',
                             'استخدم رمز الأمان <b>SA-88412</b> لإعادة تفعيل حسابك عبر الرابط أدناه. إذا لم يتم التفعيل خلال 12 ساعة فسيتم حذف الحساب نهائياً.'],
                      'إعادة تفعيل الحساب', 'http://amaz0n-sa.com/reactivate?code=SA-88412&u={user}', button='إذا لم يعمل الزر، افتح الرابط:')),
    R('ar', 'lookalike', 'inventory_shortage', True, 'no order number, refund bait asking for card details, link text amazon.ae/refunds',
      from_=('Amazon.ae Refunds', 'refunds@ae-amazon-refund.com'), order='',
      subj='تم إلغاء طلبك - استرد أموالك الآن', enc=('windows-1256', 'quoted-printable'),
      html=phish_html('ar', ['مرحباً،', 'تم إلغاء طلبك لنفاد الكمية من المخزون. يحق لك استرداد مبلغ <b>349 درهم</b>.',
                             'اضغط على الرابط أدناه وأدخل بيانات بطاقتك لاسترداد المبلغ خلال 48 ساعة:'],
                      'www.amazon.ae/refunds', 'https://ae-amazon-refund.com/claim?id={tok}', logo=False)),
]


# ================================================================= main
def main():
    specs = SV + TR + AR
    built = []
    for sp in specs:
        msg, date, order = build(sp)
        built.append((sp, flatten(msg), date))
    order_idx = list(range(len(built)))
    rng.shuffle(order_idx)
    # a thread's earlier mail must get the lower file number
    pos = {i: k for k, i in enumerate(order_idx)}
    for th in {sp.get('thread') for sp in specs if sp.get('thread')}:
        a, b = [i for i, sp in enumerate(specs) if sp.get('thread') == th]
        if pos[a] > pos[b]:
            order_idx[pos[a]], order_idx[pos[b]] = b, a
            pos[a], pos[b] = pos[b], pos[a]
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = []
    for k, i in enumerate(order_idx, 1):
        sp, data, date = built[i]
        fn = 'd2%03d.eml' % k
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        labels.append({'file': fn, 'kind': sp['kind'], 'language': sp['lang'], 'cause': sp['cause'],
                       'states_reason': sp['sr'], 'marketplace': sp['mp'] if sp['kind'] != 'lookalike' else None,
                       'note': sp['note']})
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print('wrote %d mails' % len(labels))


if __name__ == '__main__':
    main()
