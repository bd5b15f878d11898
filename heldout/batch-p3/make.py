#!/usr/bin/env python3
"""Regenerate blind test batch p3: Turkish (amazon.com.tr) and Arabic
(amazon.ae / amazon.sa / amazon.eg) order-cancellation notices, non-notices and
phishing look-alikes.  Writes mail/p3NNN.eml and labels.json next to this file.
Deterministic: fixed random seed, standard library only."""
import datetime
import html
import json
import os
import random
import string
import textwrap
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email import message_from_bytes

SEED = 3303
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, 'mail')
PREFIX = 'p3'

# ----------------------------------------------------------------- helpers
def oid(prefix=None):
    p = prefix or rng.choice(['403', '171', '402', '408', '405'])
    return f"{p}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 9999999):07d}"


def rand_token(n, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def esc(s):
    return html.escape(s, quote=True)


MKT = {
    'amazon.com.tr': dict(brand='Amazon.com.tr', lang='tr', tz=3),
    'amazon.ae': dict(brand='Amazon.ae', lang='ar', tz=4),
    'amazon.sa': dict(brand='Amazon.sa', lang='ar', tz=3),
    'amazon.eg': dict(brand='Amazon.eg', lang='ar', tz=2),
}

LBL = {
    'tr': dict(dir='ltr', align='left', orders='Siparişlerim', account='Hesabım',
               order_no='Sipariş No.', order_hash='Sipariş #', item='Ürün', qty='Adet',
               price='Fiyat', seller='Satıcı', total='Toplam', view='Sipariş ayrıntılarını görüntüle',
               items_head='Ürünler', help='Yardım', unit='adet'),
    'ar': dict(dir='rtl', align='right', orders='طلباتك', account='حسابك',
               order_no='رقم الطلب:', order_hash='الطلب رقم ', item='المنتج', qty='الكمية',
               price='السعر', seller='البائع', total='الإجمالي', view='عرض تفاصيل الطلب',
               items_head='المنتجات', help='المساعدة', unit=''),
}

TR_FOOT = [
    "Bu e-posta, gelen iletileri kabul etmeyen bir adresten gönderilmiştir. Lütfen bu e-postayı yanıtlamayın.",
    "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez. Amazon'dan geldiğini iddia eden ve bu tür bilgiler isteyen bir e-posta alırsanız bağlantılara tıklamayın ve durumu bize bildirin.",
    "Kimlik avı (phishing) girişimlerine karşı dikkatli olun: Bir e-postanın gerçekten Amazon'dan gelip gelmediğinden emin değilseniz, tarayıcınıza doğrudan amazon.com.tr yazarak Siparişlerim sayfasını kontrol edin.",
    "Hesabınızın güvenliği için şifrenizi kimseyle paylaşmayın ve iki adımlı doğrulamayı etkinleştirin.",
    "Ödeme yöntemlerinizi yalnızca Hesabım > Ödeme Seçenekleriniz sayfasından ekleyip düzenleyebilirsiniz.",
    "Amazon Turkey Perakende Hizmetleri Limited Şirketi, Esentepe Mah. Büyükdere Cad. No:199 Levent 34394 Şişli/İstanbul",
    "Bu bildirimi, Amazon.com.tr'de verdiğiniz bir siparişle ilgili olduğu için aldınız.",
    "© 1996-2025, Amazon.com, Inc. veya bağlı kuruluşları",
]
TR_HELP = [
    "Yardıma mı ihtiyacınız var? Yardım sayfalarımızı ziyaret edin: https://www.amazon.com.tr/gp/help/customer/display.html",
    "Siparişlerinizin durumunu dilediğiniz zaman Siparişlerim sayfasından takip edebilirsiniz: https://www.amazon.com.tr/gp/css/order-history",
    "Sorularınız için Müşteri Hizmetleri ile iletişime geçebilirsiniz: https://www.amazon.com.tr/gp/help/customer/contact-us",
    "Sipariş ayrıntılarına Siparişlerim bölümünden ulaşabilirsiniz.",
]
TR_SIGN = [
    "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
    "Tekrar görüşmek dileğiyle,\nAmazon.com.tr",
    "Saygılarımızla,\nAmazon.com.tr Müşteri Hizmetleri",
    "Anlayışınız için teşekkür ederiz.\nAmazon.com.tr",
    "Sizi yeniden görmeyi umuyoruz.\nAmazon.com.tr",
]

AR_FOOT = [
    "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الردود. يُرجى عدم الرد عليها.",
    "لن تطلب منك أمازون أبدًا الإفصاح عن كلمة المرور أو معلومات بطاقتك الائتمانية أو حسابك المصرفي عبر البريد الإلكتروني. إذا وصلتك رسالة مريبة تدّعي أنها من أمازون، فلا تفتح الروابط الواردة فيها وأبلغنا بها فورًا.",
    "احمِ حسابك من الاحتيال: لا تشارك رمز التحقق لمرة واحدة مع أي شخص، حتى لو ادّعى أنه من خدمة عملاء أمازون.",
    "يمكنك إدارة وسائل الدفع المحفوظة من «حسابك» > «وسائل الدفع». لا ندخل بيانات بطاقتك نيابة عنك أبدًا.",
    "احذر من رسائل التصيّد الاحتيالي: للتأكد من صحة أي رسالة، سجّل الدخول مباشرة إلى {dom} وراجع صفحة «طلباتك».",
    "تلقيت هذه الرسالة لأنك أجريت طلبًا على {brand}. يمكنك تعديل إعدادات الإشعارات من «حسابك».",
    "© 1996-2025، Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة.",
]
AR_HELP = [
    "هل تحتاج إلى مساعدة؟ تفضل بزيارة صفحة المساعدة: https://www.{dom}/gp/help/customer/display.html",
    "يمكنك متابعة حالة طلباتك في أي وقت من صفحة «طلباتك»: https://www.{dom}/gp/css/order-history",
    "للتواصل مع خدمة العملاء: https://www.{dom}/gp/help/customer/contact-us",
    "تجد جميع تفاصيل الطلب في صفحة «طلباتك».",
]
AR_SIGN = [
    "شكرًا لتسوقك من {brand}.",
    "نتطلع لرؤيتك مجددًا.\n{brand}",
    "مع أطيب التحيات،\nفريق خدمة العملاء في {brand}",
    "نشكرك على تفهّمك.\n{brand}",
    "نعتذر عن أي إزعاج،\n{brand}",
]

TO_TR = [("Elif Yılmaz", "elif.yilmaz@gmail.com"), ("Mehmet Kaya", "mehmetkaya1984@hotmail.com"),
         ("Ayşe Demir", "aysedemir@yandex.com"), ("Burak Şen", "buraksen@outlook.com"),
         ("Zeynep Şahin", "z.sahin@gmail.com"), ("Emre Çelik", "emrecelik.tr@gmail.com"),
         ("Selin Arslan", "selinarslan@icloud.com"), ("Hakan Öztürk", "hakan.ozturk@outlook.com.tr"),
         ("Derya Koç", "deryakoc@gmail.com"), ("Oğuz Aydın", "oguzaydin@yandex.com.tr")]
TO_AR = [("Ahmed Al Mansoori", "ahmed.almansoori@gmail.com"), ("Fatima Zahra", "fatima.zahra92@hotmail.com"),
         ("Mohammed Alotaibi", "m.alotaibi@outlook.sa"), ("Sara Hassan", "sara.hassan@gmail.com"),
         ("Khalid Almansouri", "khalid.mansouri@yahoo.com"), ("Noura Alqahtani", "noura.q@icloud.com"),
         ("Youssef Abdelrahman", "youssef.abdelrahman@gmail.com"), ("Mariam Adel", "mariam.adel@outlook.com"),
         ("Omar Farouk", "omar.farouk88@yahoo.com"), ("Hind Alshamsi", "hind.alshamsi@gmail.com")]


# ----------------------------------------------------------------- rendering
def ptext(p):
    if isinstance(p, str):
        return p
    if p[0] == 'kv':
        return f"{p[1]} {p[2]}"
    if p[0] == 'link':
        return ' '.join(x for x in (p[1], p[3], p[4]) if x)
    if p[0] == 'raw':
        return p[1]
    raise ValueError(p)


def phtml(p):
    if isinstance(p, str):
        return esc(p).replace('\n', '<br />')
    if p[0] == 'kv':
        return f"<b>{esc(p[1])}</b> {esc(p[2])}"
    if p[0] == 'link':
        return (f"{esc(p[1])} <a href=\"{esc(p[3])}\" style=\"color:#007185;\">{esc(p[2])}</a> "
                f"{esc(p[4])}").strip()
    if p[0] == 'raw':
        return p[2]
    raise ValueError(p)


def tracker(s, dest):
    """Amazon-style r.html redirect."""
    base = s['link_base']
    if not s.get('track', True):
        return dest
    from urllib.parse import quote
    msgid = s['_urn']
    return (f"{base}/gp/r.html?C={s['_c']}&K={s['_k']}&M=urn:rtn:msg:{msgid}&R={rand_token(13)}"
            f"&T=C&U={quote(dest, safe='')}&H={rand_token(28)}&ref_=pe_{rng.randint(100000, 9999999)}_{rng.randint(100000000, 999999999)}")


def fill(s):
    """Default boilerplate for a spec."""
    lang = s['lang']
    s.setdefault('link_base', f"https://www.{s['dom']}")
    s['_urn'] = s.get('_urn') or (s['_date'].strftime('%Y%m%d%H%M%S') +
                                  ''.join(rng.choice('0123456789abcdef') for _ in range(36)) + 'p0eu')
    s['_c'] = rand_token(13)
    s['_k'] = rand_token(13)
    fmt = dict(brand=s['brand'], dom=s['dom'])
    if 'footer' not in s:
        pool = TR_FOOT if lang == 'tr' else AR_FOOT
        n = rng.choice([2, 3, 3, 4])
        picks = rng.sample(pool[:-1], n - 1) + [pool[-1]]
        s['footer'] = [x.format(**fmt) for x in picks]
    if 'help' not in s:
        pool = TR_HELP if lang == 'tr' else AR_HELP
        s['help'] = [rng.choice(pool).format(**fmt)]
    if 'signoff' not in s:
        pool = TR_SIGN if lang == 'tr' else AR_SIGN
        s['signoff'] = rng.choice(pool).format(**fmt)
    s.setdefault('after', [])
    s.setdefault('items', [])
    s.setdefault('greeting', '')
    s.setdefault('title', '')
    s.setdefault('order', None)


def render_text(s):
    L = LBL[s['lang']]
    out = []
    wrap = s.get('wrap', 0)

    def para(x):
        t = ptext(x)
        if wrap:
            return '\n'.join(textwrap.fill(line, wrap) if line else '' for line in t.split('\n'))
        return t

    style = s.get('pstyle', 'a')
    sep = '-' * 72 if style == 'a' else '_' * 60
    if style == 'a':
        out.append(s['brand'])
        out.append(sep)
        if s['title']:
            out.append(s['title'])
        if s['order']:
            out.append(f"{L['order_hash']}{s['order']}")
        out.append('')
    else:
        out.append(f"{s['brand']} | {s['title']}" if s['title'] else s['brand'])
        out.append('=' * 60)
        out.append('')
    if s['greeting']:
        out += [s['greeting'], '']
    for p in s['paras']:
        out += [para(p), '']
    if s['items']:
        if style == 'b' and s['order']:
            out += [f"{L['order_no']} {s['order']}", '']
        out.append(s.get('items_head') or L['items_head'])
        for it in s['items']:
            name, qty, price = it[0], it[1], it[2]
            seller = it[3] if len(it) > 3 else None
            if style == 'a':
                out.append(f"    {qty} x {name}" if s['lang'] == 'tr' else f"    {name}")
                if s['lang'] == 'ar':
                    out.append(f"    {L['qty']}: {qty}   {L['price']}: {price}")
                else:
                    out.append(f"        {price}")
                if seller:
                    out.append(f"        {L['seller']}: {seller}")
            else:
                out.append(f"- {name}")
                out.append(f"  {L['qty']}: {qty} | {L['price']}: {price}")
                if seller:
                    out.append(f"  {L['seller']}: {seller}")
        if s.get('total'):
            out.append(f"{L['total']}: {s['total']}")
        out.append('')
    for p in s['after']:
        out += [para(p), '']
    if s['order'] and s.get('show_order_link', True):
        out.append(f"{L['view']}: {s['link_base']}/gp/your-account/order-details?orderID={s['order']}")
        out.append('')
    for h in s['help']:
        out += [para(h), '']
    if s['signoff']:
        out += [s['signoff'], '']
    out.append(sep)
    for f in s['footer']:
        out += [para(f), '']
    return '\n'.join(out).rstrip() + '\n'


def _head(s, cs, extra_css=''):
    L = LBL[s['lang']]
    return (f"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            f"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            f"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{s['lang']}\" dir=\"{L['dir']}\">\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\" />\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
            f"<meta name=\"format-detection\" content=\"telephone=no\" />\n"
            f"<title>{esc(s['brand'])}</title>\n<style type=\"text/css\">\n{extra_css}\n</style>\n</head>\n")


def img_url():
    return f"https://m.media-amazon.com/images/I/{rand_token(2, string.digits)}{rand_token(9, string.ascii_letters + string.digits)}._SS100_.jpg"


def render_classic(s, cs):
    L = LBL[s['lang']]
    a = L['align']
    css = ("body{margin:0;padding:0;font:13px Arial,sans-serif;color:#333333;}\n"
           "#container{width:640px;}\n#header .title h2{font-size:20px;color:#cc6600;font-weight:normal;margin:0 0 6px 0;}\n"
           ".navigation a{color:#006699;text-decoration:none;font-size:12px;}\n#summary .heading{font-size:16px;color:#cc6600;}\n"
           "#orderDetails th{background:#f3f3f3;font-size:12px;padding:6px 8px;}\n#orderDetails td{padding:8px;border-bottom:1px solid #eaeaea;vertical-align:top;}\n"
           ".price{white-space:nowrap;font-weight:bold;color:#b12704;}\n#closing td{padding:10px 0;}\n"
           "#legalCopy td{font-size:11px;color:#666666;padding:4px 0;}\na{color:#006699;}")
    h = [_head(s, cs, css), f"<body dir=\"{L['dir']}\">"]
    h.append(f"<img width=\"1\" height=\"1\" src=\"{tracker(s, 'https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif')}\" />")
    h.append("<table id=\"container\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><tbody><tr><td class=\"frame\">")
    h.append("<table id=\"header\" cellpadding=\"0\" width=\"100%\"><tbody><tr>")
    h.append(f"<td rowspan=\"2\" class=\"logo\"><a href=\"{tracker(s, s['link_base'])}\"><img src=\"https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/logo.png\" alt=\"{esc(s['brand'])}\" width=\"115\" border=\"0\" /></a></td>")
    h.append(f"<td class=\"navigation\" align=\"{'left' if a == 'right' else 'right'}\"><a href=\"{tracker(s, s['link_base'] + '/gp/css/order-history')}\">{esc(L['orders'])}</a>"
             f"<span>&nbsp;&nbsp;|&nbsp;&nbsp;</span><a href=\"{tracker(s, s['link_base'] + '/gp/css/homepage.html')}\">{esc(L['account'])}</a>"
             f"<span>&nbsp;&nbsp;|&nbsp;&nbsp;</span><a href=\"{tracker(s, s['link_base'])}\">{esc(s['brand'])}</a></td></tr>")
    h.append(f"<tr><td class=\"title\" align=\"{a}\"><h2>{esc(s['title'])}</h2>")
    if s['order']:
        h.append(f"{esc(L['order_hash'])}<a href=\"{tracker(s, s['link_base'] + '/gp/your-account/order-details?orderID=' + s['order'])}\">{s['order']}</a>")
    h.append("</td></tr></tbody></table>")
    h.append(f"<table id=\"summary\" cellpadding=\"0\" width=\"100%\"><tbody><tr><td align=\"{a}\">")
    if s['greeting']:
        h.append(f"<span class=\"heading\">{esc(s['greeting'])}</span>")
    for p in s['paras']:
        h.append(f"<p>{phtml(p)}</p>")
    h.append("</td></tr></tbody></table>")
    if s['items']:
        h.append("<table id=\"orderDetails\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\"><tbody>")
        h.append(f"<tr><th align=\"{a}\">{esc(s.get('items_head') or L['item'])}</th><th>{esc(L['qty'])}</th><th align=\"{a}\">{esc(L['price'])}</th></tr>")
        for it in s['items']:
            seller = f"<br /><span style=\"font-size:11px;color:#666\">{esc(L['seller'])}: {esc(it[3])}</span>" if len(it) > 3 else ''
            h.append(f"<tr><td align=\"{a}\"><a href=\"{tracker(s, s['link_base'] + '/dp/B0' + rand_token(8))}\">{esc(it[0])}</a>{seller}</td>"
                     f"<td align=\"center\">{it[1]}</td><td class=\"price\" align=\"{a}\">{esc(it[2])}</td></tr>")
        if s.get('total'):
            h.append(f"<tr><td colspan=\"2\" align=\"{a}\"><b>{esc(L['total'])}</b></td><td class=\"price\">{esc(s['total'])}</td></tr>")
        h.append("</tbody></table>")
    h.append(f"<table id=\"closing\" cellpadding=\"0\" width=\"100%\"><tbody><tr><td align=\"{a}\">")
    for p in s['after'] + s['help']:
        h.append(f"<p>{phtml(p)}</p>")
    if s['signoff']:
        h.append(f"<p><span class=\"signature\">{phtml(s['signoff'])}</span></p>")
    h.append("</td></tr></tbody></table>")
    h.append(f"<table id=\"legalCopy\" cellpadding=\"0\" width=\"100%\"><tbody>")
    for f in s['footer']:
        h.append(f"<tr><td align=\"{a}\">{phtml(f)}</td></tr>")
    h.append("</tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n")
    return '\n'.join(h)


def render_card(s, cs):
    L = LBL[s['lang']]
    a = L['align']
    td = "style=\"font-family:Arial,sans-serif;border-collapse:collapse !important;\""
    css = ("body { width:100% !important; height:100% !important; margin:0; padding:0; }\n"
           "table, table td { border-collapse:collapse !important; }\n"
           ".emailBody { width:375px; background-color:#fafafa; }\n.emailBodyTD { padding:23px 18px 21px 17px; }\n"
           ".brandTable { margin-bottom:20px; width:100%; min-width:338px; }\n"
           ".emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }\n"
           ".emailContainerTD { padding:25px 23px 33px 23px; }\n.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }\n"
           ".informationTable { font-size:16px; line-height:22px; color:#002E36; }\n.informationTable td { padding-bottom:16px; }\n"
           ".orderDetailsTable { font-size:15px; line-height:20px; }\n.itemTitle { padding-left:18px; padding-right:18px; }\n"
           ".orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }\n"
           ".emailClosing { font-size:11px; line-height:15px; color:#868686; }")
    h = [_head(s, cs, css), f"<body style=\"width:100% !important;margin:0;padding:0\">"]
    h.append(f"<img width=\"1\" height=\"1\" src=\"{tracker(s, 'https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif')}\" />")
    h.append(f"<table id=\"OutlookWrapper\" style=\"width:100%;\"><tbody><tr><td align=\"center\" {td}>")
    h.append(f"<table id=\"EmailWrapper\" dir=\"{L['dir']}\" style=\"width:100% !important;text-align:{a}\"><tbody><tr><td align=\"center\" {td}>")
    h.append(f"<table class=\"emailBody\"><tbody><tr><td class=\"emailBodyTD\" {td}>")
    h.append(f"<a href=\"{tracker(s, s['link_base'])}\"><table class=\"brandTable\"><tbody><tr><td align=\"center\">"
             f"<img src=\"https://images-eu.ssl-images-amazon.com/images/G/01/reading/images/amazon.png\" alt=\"{esc(s['brand'])}\" title=\"{esc(s['brand'])}\" class=\"brandImage\" border=\"0\" width=\"130\" /></td></tr></tbody></table></a>")
    h.append(f"<table class=\"emailContainer\" style=\"text-align:{a}\"><tbody><tr><td class=\"emailContainerTD\" {td}>")
    if s['greeting']:
        h.append(f"<table class=\"greetingTable\"><tbody><tr><td {td}><span>{esc(s['greeting'])}</span></td></tr></tbody></table>")
    h.append("<table class=\"informationTable\"><tbody>")
    if s['title']:
        h.append(f"<tr><td {td}><span style=\"font-weight:bold\">{esc(s['title'])}</span></td></tr>")
    for p in s['paras']:
        h.append(f"<tr><td {td}><span>{phtml(p)}</span></td></tr>")
    h.append("</tbody></table>")
    if s['items']:
        h.append("<table class=\"orderDetailsTable\"><tbody>")
        for it in s['items']:
            seller = f"<br /><span style=\"color:#879596\">{esc(L['seller'])}: {esc(it[3])}</span>" if len(it) > 3 else ''
            h.append(f"<tr><td class=\"itemImage\"><a href=\"{tracker(s, s['link_base'] + '/dp/B0' + rand_token(8))}\"><img src=\"{img_url()}\" style=\"max-height:84px;max-width:84px\" alt=\"\" /></a></td>"
                     f"<td class=\"itemTitle\" {td}><a class=\"orderDetailsTableLink\" style=\"color:#008296;text-decoration:none\" href=\"{tracker(s, s['link_base'] + '/dp/B0' + rand_token(8))}\">{esc(it[0])}</a>"
                     f"<br />{esc(L['qty'])}: {it[1]}<br /><b>{esc(it[2])}</b>{seller}</td></tr>")
        h.append("</tbody></table>")
    if s['order']:
        h.append(f"<table class=\"orderIdTable\"><tbody><tr><td {td}>{esc(L['order_hash'])}"
                 f"<a style=\"color:#879596;text-decoration:none\" href=\"{tracker(s, s['link_base'] + '/gp/your-account/order-details?orderID=' + s['order'])}\">{s['order']}</a></td></tr></tbody></table>")
    h.append("<table class=\"separatorLine\" width=\"100%\"><tbody><tr><td style=\"border-bottom:1px solid #879596;height:1px;font-size:1px\">&nbsp;</td></tr></tbody></table>")
    h.append("<table class=\"informationTable\"><tbody>")
    for p in s['after']:
        h.append(f"<tr><td {td}><span>{phtml(p)}</span></td></tr>")
    h.append("</tbody></table>")
    if s['order'] and s.get('show_order_link', True):
        h.append(f"<table class=\"trackPackageButtonTable\" style=\"background-color:#FFD814;border-radius:8px\"><tbody><tr><td align=\"center\" style=\"padding:12px\">"
                 f"<a style=\"color:#111111;font-size:16px;text-decoration:none\" href=\"{tracker(s, s['link_base'] + '/gp/your-account/order-details?orderID=' + s['order'])}\">{esc(L['view'])}</a></td></tr></tbody></table>")
    h.append("</td></tr></tbody></table>")
    h.append("<table class=\"emailClosing\" width=\"100%\"><tbody>")
    for p in s['help'] + ([s['signoff']] if s['signoff'] else []) + s['footer']:
        h.append(f"<tr><td style=\"padding-top:10px\">{phtml(p)}</td></tr>")
    h.append("</tbody></table>")
    h.append("</td></tr></tbody></table>\n</td></tr></tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n")
    return '\n'.join(h)


def render_simple(s, cs):
    L = LBL[s['lang']]
    a = L['align']
    bar = s.get('bar', '#232f3e')
    h = [_head(s, cs, "p{margin:0 0 14px 0;} .ftr p{margin:0 0 8px 0;}")]
    h.append(f"<body style=\"margin:0;background:#eaeded;\">")
    h.append(f"<div dir=\"{L['dir']}\" style=\"max-width:600px;margin:0 auto;background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#0f1111;text-align:{a}\">")
    h.append(f"<div style=\"background:{bar};padding:14px 20px;\"><a href=\"{s['link_base']}/?ref_=pe_email_logo\" style=\"color:#ffffff;font-size:22px;font-weight:bold;text-decoration:none\">{esc(s['brand'])}</a></div>")
    h.append("<div style=\"padding:22px 20px 6px 20px;\">")
    if s['title']:
        h.append(f"<h1 style=\"font-size:21px;font-weight:normal;margin:0 0 16px 0\">{esc(s['title'])}</h1>")
    if s['greeting']:
        h.append(f"<p>{esc(s['greeting'])}</p>")
    for p in s['paras']:
        h.append(f"<p>{phtml(p)}</p>")
    if s['order']:
        h.append(f"<p style=\"color:#565959\">{esc(L['order_no'])} <a href=\"{s['link_base']}/gp/your-account/order-details?orderID={s['order']}&amp;ref_=pe_email_oid\" style=\"color:#007185\">{s['order']}</a></p>")
    if s['items']:
        h.append("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-top:1px solid #d5d9d9;border-bottom:1px solid #d5d9d9;margin-bottom:16px\">")
        for it in s['items']:
            seller = f"<div style=\"color:#565959;font-size:12px\">{esc(L['seller'])}: {esc(it[3])}</div>" if len(it) > 3 else ''
            h.append(f"<tr><td width=\"90\"><img src=\"{img_url()}\" width=\"80\" alt=\"\" /></td><td style=\"text-align:{a}\">"
                     f"<div>{esc(it[0])}</div><div style=\"color:#565959;font-size:12px\">{esc(L['qty'])}: {it[1]}</div>{seller}</td>"
                     f"<td style=\"white-space:nowrap;font-weight:bold\">{esc(it[2])}</td></tr>")
        h.append("</table>")
    for p in s['after']:
        h.append(f"<p>{phtml(p)}</p>")
    if s['order'] and s.get('show_order_link', True):
        h.append(f"<p><a href=\"{s['link_base']}/gp/css/order-history?ref_=pe_email_btn\" style=\"display:inline-block;background:#ffd814;border-radius:20px;padding:9px 22px;color:#0f1111;text-decoration:none\">{esc(L['orders'])}</a></p>")
    for p in s['help']:
        h.append(f"<p>{phtml(p)}</p>")
    if s['signoff']:
        h.append(f"<p>{phtml(s['signoff'])}</p>")
    h.append("</div>")
    h.append(f"<div class=\"ftr\" style=\"padding:14px 20px;background:#f7fafa;color:#565959;font-size:11px;\">")
    for f in s['footer']:
        h.append(f"<p>{phtml(f)}</p>")
    h.append("</div>\n</div>\n</body>\n</html>\n")
    return '\n'.join(h)


RENDER = {'classic': render_classic, 'card': render_card, 'simple': render_simple}


# ----------------------------------------------------------------- headers
def auth_pass(dom, style, to_addr, sel=None):
    sel = sel or rng.choice(['vcdbb3esl3owljmnskbekcoghtz7hsal', 'qlyocxrdatawmykcgkcuz3ab3lkaq3sn', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'])
    b = rand_token(8, string.ascii_letters + string.digits)
    ip = f"54.240.{rng.choice([3, 4, 5, 6, 7])}.{rng.randint(2, 250)}"
    bounce = f"{rand_token(20, '0123456789abcdef').lower()}@bounces.{dom}"
    if style == 0:
        return ("mx.google.com;\n"
                f"       dkim=pass header.d={dom} header.i=@{dom} header.s={sel} header.b={b};\n"
                f"       dkim=pass header.d=amazonses.com header.i=@amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b={rand_token(8, string.ascii_letters)};\n"
                f"       spf=pass (google.com: domain of {bounce} designates {ip} as permitted sender) smtp.mailfrom={bounce};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    if style == 1:
        return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=bounces.{dom}; dkim=pass (signature was verified)\n"
                f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass\n reason=100")
    return (f"mx.yandex.net; spf=pass (mx.yandex.net: domain of bounces.{dom} designates {ip} as permitted sender, rule=[ip4:{ip.rsplit('.', 1)[0]}.0/24]) smtp.mail={bounce};\n"
            f"\tdkim=pass header.d={dom} header.i=@{dom};\n\tdmarc=pass header.from={dom}")


def dkim_sig(dom, dt):
    def b64(n):
        return ''.join(rng.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={rand_token(32, string.ascii_lowercase + string.digits)}; d={dom}; t={int(dt.timestamp()) - rng.randint(1, 4)};\n"
            f"\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh={b64(43)}=;\n"
            f"\tb={b64(76)}\n\t{b64(76)}\n\t{b64(20)}=")


def ses_msgid():
    h = lambda n: ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return f"<0102{h(12)}-{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}-000000@eu-west-1.amazonses.com>"


def enc_header(value, cs_name, q=False):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        c = Charset(cs_name)
        if q:
            c.header_encoding = QP
        return Header(value, c)


def text_part(body, subtype, cs_name, cte):
    c = Charset(cs_name)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    return MIMEText(body, subtype, c)


# ======================================================================
# DATA
# ======================================================================
SPECS = []


def add(**kw):
    kw.setdefault('form', 'plain')
    kw.setdefault('charset', 'utf-8')
    kw.setdefault('cte', 'qp')
    kw.setdefault('pstyle', 'a')
    kw.setdefault('layout', 'classic')
    kw.setdefault('sr', False)
    kw.setdefault('cause', None)
    kw.setdefault('amazon', True)
    if kw.get('mkt'):
        kw.setdefault('dom', kw['mkt'])
        kw.setdefault('brand', MKT[kw['mkt']]['brand'])
    SPECS.append(kw)
    return kw


TR = 'amazon.com.tr'
TRB = 'Amazon.com.tr'

# ---------------------------------------------------------------- Turkish notices
o = oid('403')
add(key='TN01', lang='tr', kind='notice', cause='inventory_shortage', sr=True, mkt=TR,
    note='supplier stock never arrived, whole order cancelled',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[0], form='alt', layout='classic', cte='qp', auth=0,
    subject=f"Amazon.com.tr siparişiniz #{o} iptal edildi", title='Sipariş İptali', order=o,
    greeting='Merhaba Elif Yılmaz,',
    paras=[f"Üzgünüz, {o} numaralı siparişinizi iptal etmek zorunda kaldık. Aşağıdaki ürün için tedarikçimizden beklediğimiz sevkiyat gelmedi ve ürünü makul bir süre içinde yeniden stoklarımıza ekleyebileceğimizi öngörmüyoruz."],
    items=[("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, 7,3 L, Siyah", 1, "8.499,00 TL")],
    after=["Bu sipariş için kartınızdan herhangi bir ücret tahsil edilmedi. Kartınızda geçici bir provizyon görüyorsanız, bankanıza bağlı olarak birkaç iş günü içinde kendiliğinden kalkacaktır.",
           "Benzer ürünlere göz atmak için Amazon.com.tr'yi ziyaret edebilirsiniz. Yaşattığımız aksaklık için özür dileriz."])

o = oid('171')
add(key='TN02', lang='tr', kind='notice', cause='inventory_shortage', sr=True, mkt=TR,
    note='partial, labelled reason line (out of stock)',
    frm=(TRB, 'auto-confirm@amazon.com.tr'), to=TO_TR[1], form='plain', pstyle='b', cte='8bit', wrap=76,
    subject=f"Siparişinizden 1 ürün iptal edildi (#{o})", title='Ürün İptali', order=o,
    greeting='Sayın Mehmet Kaya,',
    paras=["Siparişinizdeki bir ürünle ilgili sizi bilgilendirmek istiyoruz.",
           ('kv', 'İptal nedeni:', 'Ürün stoklarımızda tükendi'),
           "Aşağıdaki ürün siparişinizden çıkarıldı. Siparişinizdeki diğer ürünler planlandığı şekilde hazırlanıp gönderilecektir."],
    items=[("Tefal Ingenio Easy Cook & Clean 13 Parça Tencere Seti", 1, "2.349,00 TL")],
    after=["İptal edilen ürünün tutarı olan 2.349,00 TL sizden tahsil edilmeyecek; sipariş toplamınız buna göre güncellendi."])

o = oid('403')
add(key='TN03', lang='tr', kind='notice', cause='inventory_shortage', sr=True, mkt=TR,
    note='third-party seller cancelled, item not found in warehouse / cannot be resupplied',
    frm=(TRB, 'marketplace-messages@amazon.com.tr'), to=TO_TR[2], form='alt', layout='simple', cte='b64', auth=2,
    subject=f"Satıcı siparişinizi iptal etti: Sipariş #{o}", title='Satıcı siparişinizi iptal etti', order=o,
    greeting='Merhaba Ayşe,',
    paras=[f"TeknoPazar İstanbul adlı satıcı, {o} numaralı siparişinizi iptal etti. Satıcının bize ilettiği bilgiye göre ürün deposunda bulunamadı ve üreticiden yeniden temin edilemiyor.",
           "İptal işlemi satıcı tarafından yapıldığı için siparişle ilgili sorularınızı Siparişlerim sayfasındaki \"Satıcıyla iletişime geç\" bağlantısı üzerinden doğrudan satıcıya iletebilirsiniz."],
    items=[("Logitech MX Master 3S Kablosuz Performans Mouse, Grafit", 1, "3.899,00 TL", "TeknoPazar İstanbul")],
    after=["Ödemeniz tahsil edildiyse tutar, 3-5 iş günü içinde siparişte kullandığınız kartın hesabına iade edilecektir."])

o = oid('403')
add(key='TN04', lang='tr', kind='notice', cause='inventory_shortage', sr=True, mkt=TR,
    note='pre-order cannot be filled, reason first; iso-8859-9',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[3], form='plain', charset='iso-8859-9', cte='qp',
    subject=f"Ön siparişiniz hakkında önemli bilgi - #{o}", title='Ön sipariş bilgilendirmesi', order=o,
    greeting='Merhaba Burak,',
    paras=["Ön siparişini verdiğiniz ürün için üreticiden beklediğimiz teslimat, talebin çok altında kaldı. Elimizdeki adetlerin tamamı daha önce verilen ön siparişlere ayrıldığından sizin ön siparişinizi karşılayamıyoruz ve bu nedenle iptal ediyoruz.",
           "Ürün yeniden satışa sunulduğunda haberdar olmak isterseniz ürün sayfasındaki \"Stoğa girince haber ver\" seçeneğini kullanabilirsiniz."],
    items=[("Sony PlayStation 5 Pro Konsol (Ön sipariş)", 1, "34.999,00 TL")],
    after=["Ön siparişlerde ödeme, ürün gönderilirken alındığından kartınızdan herhangi bir tutar çekilmedi."],
    footer=[TR_FOOT[0], TR_FOOT[2], TR_FOOT[7]])

o = oid('405')
add(key='TN05', lang='tr', kind='notice', cause='payment_issue', sr=True, mkt=TR,
    note='bank declined, payment revision not made in time',
    frm=(TRB, 'payments-messages@amazon.com.tr'), to=TO_TR[4], form='plain', cte='qp', auth=0,
    subject="Siparişiniz iptal edildi: Ödeme onaylanmadı", title='Ödeme sorunu', order=o,
    greeting='Merhaba Zeynep Şahin,',
    paras=[f"{o} numaralı siparişinizin ödemesini almaya çalıştığımızda bankanız işlemi onaylamadı. Size birkaç gün önce ödeme bilgilerinizi güncellemeniz için bir e-posta gönderdik, ancak belirtilen süre içinde yeni bir ödeme yöntemi seçilmedi.",
           "Bu nedenle siparişi iptal ettik."],
    items=[("Sony WH-1000XM5 Kablosuz Gürültü Engelleyici Kulaklık, Siyah", 1, "11.999,00 TL")],
    after=["Ürünü hâlâ almak istiyorsanız geçerli bir ödeme yöntemiyle yeniden sipariş verebilirsiniz. Kart bilgilerinizi yalnızca Hesabım > Ödeme Seçenekleriniz bölümünden güncelleyin."])

o = oid('403')
add(key='TN06', lang='tr', kind='notice', cause='payment_issue', sr=True, mkt=TR,
    note='expired card, authorisation failed',
    frm=(TRB, 'payments-messages@amazon.com.tr'), to=TO_TR[5], form='alt', layout='card', cte='8bit',
    subject=f"Amazon.com.tr: #{o} numaralı siparişiniz iptal edildi", title='Siparişiniz iptal edildi', order=o,
    greeting='Merhaba Emre,',
    paras=["Kayıtlı kredi kartınızın (sonu 4417 ile biten Mastercard) son kullanma tarihi geçtiği için sipariş tutarı için bankanızdan onay alamadık. Ne yazık ki bu durumda siparişinizi işleme koyamadık ve iptal ettik."],
    items=[("Arçelik K 3190 Telve Türk Kahvesi Makinesi, Gümüş", 1, "1.649,00 TL")],
    after=["Kartınızdan ücret alınmadı. Yeni kartınızı Hesabım bölümüne ekledikten sonra ürünü tekrar sepetinize ekleyebilirsiniz."])

o = oid('171')
add(key='TN07', lang='tr', kind='notice', cause='payment_issue', sr=True, mkt=TR,
    note='gift card balance insufficient, no other payment method',
    frm=(TRB, 'payments-messages@amazon.com.tr'), to=TO_TR[6], form='html', layout='classic', cte='b64', auth=1,
    subject="Siparişinizle ilgili bilgilendirme: Hediye Çeki bakiyesi", title='Sipariş İptal Edildi', order=o,
    greeting='Merhaba Selin,',
    paras=["Amazon.com.tr Hediye Çeki bakiyeniz siparişinizin tamamını karşılamaya yetmedi ve kalan 412,50 TL için hesabınızda tanımlı başka bir ödeme yöntemi bulunmuyordu.",
           "Bakiye yetersizliği nedeniyle siparişiniz iptal edilmiştir."],
    items=[("LEGO Technic Bugatti Bolide 42151 Yapım Seti (905 Parça)", 1, "1.412,50 TL")],
    total="1.412,50 TL",
    after=["Siparişe uygulanan 1.000,00 TL tutarındaki Hediye Çeki bakiyesi hesabınıza geri yüklendi ve bir sonraki alışverişinizde kullanılabilir."])

# thread 1 (payment): earlier mail + reason-less cancellation
o_t1 = oid('171')
add(key='TT1', lang='tr', kind='non_notice', mkt=TR, note='thread', thread=('TRT1', 1),
    frm=(TRB, 'payments-messages@amazon.com.tr'), to=TO_TR[7], form='alt', layout='card', cte='qp', auth=0,
    subject=f"İşlem gerekli: {o_t1} numaralı siparişinizin ödemesi alınamadı", title='Ödeme bilgilerinizi güncelleyin', order=o_t1,
    greeting='Merhaba Hakan,',
    paras=["Siparişinizin ödemesini tahsil etmeye çalıştık ancak kartınızdan çekim yapamadık.",
           "Siparişinizi göndermeye devam edebilmemiz için lütfen 3 gün içinde Siparişlerim sayfasından \"Ödemeyi düzelt\" seçeneğini kullanarak ödeme bilgilerinizi güncelleyin. Bu süre içinde ödeme alınamazsa sipariş iptal edilecektir."],
    items=[("Samsung Galaxy Watch6 44 mm Bluetooth Akıllı Saat, Grafit", 1, "7.299,00 TL")],
    after=["Ödeme bilgileriniz güncellendiğinde siparişiniz otomatik olarak işleme alınacaktır; size ayrıca bir e-posta göndermemiz gerekmez."])
add(key='TN08', lang='tr', kind='notice', cause='payment_issue', sr=False, mkt=TR,
    note='thread: cause from earlier mail', thread=('TRT1', 2),
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[7], form='plain', cte='b64', auth=2,
    subject=f"Siparişiniz iptal edildi #{o_t1}", title='Sipariş iptali', order=o_t1,
    greeting='Merhaba Hakan,',
    paras=[f"{o_t1} numaralı siparişinizin iptal edildiğini bildiririz."],
    items=[("Samsung Galaxy Watch6 44 mm Bluetooth Akıllı Saat, Grafit", 1, "7.299,00 TL")],
    after=["Bu sipariş için sizden ücret alınmadı."])

o = oid('403')
add(key='TN09', lang='tr', kind='notice', cause='technical_issue', sr=True, mkt=TR,
    note='pricing error, "Amazon decided to cancel"',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[8], form='alt', layout='simple', cte='qp', auth=1,
    subject=f"Siparişinizin iptali hakkında (#{o})", title='Siparişiniz hakkında', order=o,
    greeting='Merhaba Derya,',
    paras=[f"Amazon, {o} numaralı siparişinizi iptal etmeye karar verdi.",
           "Siparişinizi verdiğiniz sırada ürün sayfasında görünen 899,00 TL, sistemimize yanlış girilmiş bir fiyattı; ürünün doğru fiyatı 8.990,00 TL'dir. Satış koşullarımız gereği, fiyatlandırma hatası içeren siparişleri yerine getiremiyoruz."],
    items=[("Dyson V15 Detect Absolute Kablosuz Dikey Süpürge", 1, "899,00 TL")],
    after=["Kartınıza yansıtılmış bir tutar varsa tamamı iade edilecektir. Anlayışınız için teşekkür ederiz."])

o = oid('408')
add(key='TN10', lang='tr', kind='notice', cause='technical_issue', sr=True, mkt=TR,
    note='system fault, explicitly not a payment problem; iso-8859-9 8bit',
    frm=(TRB, 'auto-confirm@amazon.com.tr'), to=TO_TR[9], form='plain', pstyle='b', charset='iso-8859-9', cte='8bit', wrap=78,
    subject=f"Sipariş #{o} iptal edildi", title='Sipariş iptal edildi', order=o,
    greeting='Merhaba Oğuz Aydın,',
    paras=["Siparişinizi oluştururken sistemlerimizde teknik bir arıza meydana geldi ve sipariş kaydınız eksik oluştu. Bu durum ödeme yönteminizden ya da hesabınızdan kaynaklanmıyor; kartınızda herhangi bir sorun bulunmuyor.",
           "Eksik kaydı düzeltmemiz mümkün olmadığı için siparişi iptal ettik. Aynı ürünleri dilediğiniz zaman yeniden sipariş edebilirsiniz."],
    items=[("Oral-B Pro 3 3500 Şarjlı Diş Fırçası, Siyah", 1, "1.299,00 TL"),
           ("Nivea Men Deep Tıraş Köpüğü 200 ml, 3'lü Paket", 1, "329,90 TL")],
    after=["Hiçbir ücret tahsil edilmedi."],
    footer=[TR_FOOT[0], TR_FOOT[1], TR_FOOT[5]])

o = oid('403')
add(key='TN11', lang='tr', kind='notice', cause='technical_issue', sr=True, mkt=TR,
    note='listing error (picture/description mismatch), passive voice',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[0], form='alt', layout='card', cte='qp', auth=0,
    subject="Siparişinizdeki ürün iptal edildi: Casio G-Shock GA-2100...", title='Ürün iptali', order=o,
    greeting='Merhaba Elif,',
    paras=["Sipariş ettiğiniz ürünün detay sayfasında, görselde ve açıklamada yer alan model ile satışa sunulan model birbirini tutmuyordu. Listeleme hatası fark edildiğinde ürün satıştan kaldırıldı ve bu ürünü içeren bekleyen siparişler iptal edildi; sizin siparişiniz de bunlar arasında yer alıyor."],
    items=[("Casio G-Shock GA-2100-1A1ER Erkek Kol Saati", 1, "3.450,00 TL")],
    after=["Ürün bedeli olan 3.450,00 TL, ödemenin yapıldığı karta iade edilecektir."])

o = oid('403')
add(key='TN12', lang='tr', kind='notice', cause='fraud_prevention', sr=True, mkt=TR,
    note='unusual sign-in activity, account restricted, order cancelled',
    frm=(TRB, 'no-reply@amazon.com.tr'), to=TO_TR[1], form='plain', cte='8bit', auth=2,
    subject="Hesabınız ve bekleyen siparişiniz hakkında", title='Hesap güvenliği', order=o,
    greeting='Merhaba,',
    paras=[f"Hesabınızda alışılmadık oturum açma etkinliği tespit ettik. Hesabınızı korumak için erişimi geçici olarak kısıtladık ve bu süre zarfında verilen {o} numaralı siparişi iptal ettik.",
           "Hesabınıza yeniden erişmek için amazon.com.tr adresinden oturum açın ve ekrandaki adımları izleyin. Aynı şifreyi başka sitelerde de kullanıyorsanız değiştirmenizi öneririz."],
    items=[("Apple AirPods Pro (2. nesil) MagSafe Şarj Kutusu (USB-C)", 1, "8.999,00 TL")],
    after=["Bu sipariş için ücret alınmadı."])

o = oid('171')
add(key='TN13', lang='tr', kind='notice', cause='fraud_prevention', sr=True, mkt=TR,
    note='security review, identity/billing address verification not completed; iso-8859-9',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[2], form='alt', layout='classic', charset='iso-8859-9', cte='qp',
    subject=f"Sipariş iptali: #{o}", title='Siparişiniz iptal edildi', order=o,
    greeting='Sayın Ayşe Demir,',
    paras=["Siparişiniz, hesap güvenliğinizi korumak amacıyla ek incelemeye alınmıştı. İncelemeyi tamamlayabilmemiz için sizden kimlik ve fatura adresi doğrulaması istedik; ancak bu doğrulama 72 saat içinde tamamlanmadı.",
           "Bu yüzden siparişinizi iptal ettik. Bu e-postaya yanıt olarak herhangi bir belge veya bilgi göndermenize gerek yoktur."],
    items=[("Canon EOS R50 Aynasız Fotoğraf Makinesi + RF-S 18-45 mm Lens Kiti", 1, "27.499,00 TL")],
    after=["Kartınızdaki provizyon bankanız tarafından kaldırılacaktır."],
    footer=[TR_FOOT[1], TR_FOOT[3], TR_FOOT[5], TR_FOOT[7]])

# thread 2 (fraud): account on hold, then reason-less cancellation
o_t2 = oid('403')
add(key='TT2', lang='tr', kind='non_notice', mkt=TR, note='thread', thread=('TRT2', 1),
    frm=(TRB, 'account-update@amazon.com.tr'), to=TO_TR[3], form='plain', cte='qp', auth=1,
    subject="Hesabınız geçici olarak beklemeye alındı", title='Hesap doğrulaması gerekiyor', order=o_t2,
    greeting='Merhaba Burak Şen,',
    paras=["Hesabınızda yaptığımız rutin kontrol sırasında doğrulanması gereken bazı bilgiler tespit ettik. Kontrol tamamlanana kadar hesabınız beklemeye alındı.",
           f"Bu süre boyunca {o_t2} numaralı siparişiniz işleme alınmayacak. Lütfen amazon.com.tr'de oturum açarak Hesabım bölümündeki kimlik doğrulama adımlarını tamamlayın."],
    items=[("Xiaomi Redmi Note 13 Pro 256 GB Akıllı Telefon, Gece Siyahı", 1, "14.999,00 TL")],
    after=["Doğrulama tamamlandığında siparişiniz normal şekilde işleme alınacaktır."])
add(key='TN14', lang='tr', kind='notice', cause='fraud_prevention', sr=False, mkt=TR,
    note='thread: cause from earlier mail', thread=('TRT2', 2),
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[3], form='alt', layout='simple', cte='b64', auth=0,
    subject=f"Sipariş #{o_t2} iptal edildi", title='Sipariş iptali', order=o_t2,
    greeting='Merhaba Burak,',
    paras=["Aşağıdaki siparişiniz iptal edilmiştir."],
    items=[("Xiaomi Redmi Note 13 Pro 256 GB Akıllı Telefon, Gece Siyahı", 1, "14.999,00 TL")],
    after=["Kartınızda bekleyen bir tutar varsa bankanızın işlem süresine bağlı olarak serbest bırakılacaktır."])

o = oid('403')
add(key='TN15', lang='tr', kind='notice', cause='customer_request', sr=True, mkt=TR,
    note='successful item cancellation at your request',
    frm=(TRB, 'auto-confirm@amazon.com.tr'), to=TO_TR[4], form='plain', cte='qp',
    subject="Başarılı iptal: Samsung Galaxy Tab S9 FE... siparişinizden çıkarıldı", title='İptal talebiniz tamamlandı', order=o,
    greeting='Merhaba Zeynep,',
    paras=[f"İsteğiniz üzerine aşağıdaki ürünü {o} numaralı siparişinizden iptal ettik.",
           "Siparişinizdeki diğer ürünler bu işlemden etkilenmedi."],
    items=[("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi Tablet, Gri", 1, "12.499,00 TL")],
    after=["Bu ürün için sizden ücret alınmayacak."])

o = oid('408')
add(key='TN16', lang='tr', kind='notice', cause='customer_request', sr=True, mkt=TR,
    note='status line + labelled reason "Müşteri tarafından iptal edildi"',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[5], form='alt', layout='card', cte='8bit',
    subject=f"İptal onayı - Sipariş {o}", title='Sipariş durumu güncellendi', order=o,
    greeting='Merhaba Emre Çelik,',
    paras=[('kv', 'Durum:', 'İPTAL EDİLDİ'), ('kv', 'İptal nedeni:', 'Müşteri tarafından iptal edildi')],
    items=[("Kindle Paperwhite (16 GB), 6,8 inç ekran, reklamsız", 1, "5.799,00 TL")],
    after=["Ödemeniz 5 iş günü içinde kartınıza iade edilecektir."])

o = oid('171')
add(key='TN17', lang='tr', kind='notice', cause='customer_request', sr=True, mkt=TR,
    note='customer-service agent cancelled after phone call at customer wish',
    frm=(TRB, 'cs-reply@amazon.com.tr'), to=TO_TR[7], form='plain', cte='b64', pstyle='b',
    subject="Amazon.com.tr Müşteri Hizmetleri ile iletişiminiz", title='Müşteri Hizmetleri', order=o,
    greeting='Merhaba Hakan Bey,',
    paras=["Bugün yaptığımız telefon görüşmesinde siparişinizi artık istemediğinizi belirtmiştiniz.",
           f"Talebiniz doğrultusunda {o} numaralı siparişinizi iptal ettim. Başka bir konuda yardımcı olabilirsem memnuniyet duyarım."],
    items=[("ASUS TUF Gaming F15 Dizüstü Bilgisayar, Intel Core i7-12700H, 16 GB RAM, 512 GB SSD", 1, "32.999,00 TL")],
    after=["İade tutarı 3-5 iş günü içinde kartınıza yansıyacaktır."],
    signoff="Saygılarımla,\nSelin K.\nAmazon.com.tr Müşteri Hizmetleri",
    help=["Bu yanıt sorununuzu çözdü mü? Geri bildiriminizi bizimle paylaşın: https://www.amazon.com.tr/gp/help/survey"])

o = oid('403')
add(key='TN18', lang='tr', kind='notice', cause='unknown', sr=False, mkt=TR,
    note='no reason at all, short',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[8], form='plain', cte='qp',
    subject="Siparişiniz iptal edildi", title='', order=o,
    greeting='Merhaba,',
    paras=[f"{o} numaralı siparişiniz iptal edildi."],
    items=[("Stanley Classic Legendary Termos 1 L, Hammertone Yeşil", 1, "1.949,00 TL")],
    after=["Herhangi bir ücret tahsil edilmedi."])

o = oid('403')
add(key='TN19', lang='tr', kind='notice', cause='unknown', sr=False, mkt=TR,
    note='no reason, partial (2 items)',
    frm=(TRB, 'auto-confirm@amazon.com.tr'), to=TO_TR[9], form='alt', layout='classic', cte='qp', auth=0,
    subject="2 ürün siparişinizden iptal edildi", title='İptal Edilen Ürünler', order=o,
    greeting='Merhaba Oğuz,',
    paras=["Aşağıdaki ürünler siparişinizden iptal edilmiştir."],
    items=[("Paşabahçe Timeless 6'lı Su Bardağı 345 cc", 1, "279,90 TL"),
           ("Tchibo Barista Espresso Çekirdek Kahve 1 kg", 2, "1.118,00 TL")],
    after=["İptal edilen ürünler için ödeme alınmadı. Siparişinizin kalan kısmıyla ilgili güncellemeleri ayrıca alacaksınız."])

o = oid('408')
add(key='TN20', lang='tr', kind='notice', cause='unknown', sr=False, mkt=TR,
    note='no reason, HTML only, iso-8859-9 base64',
    frm=(TRB, 'no-reply@amazon.com.tr'), to=TO_TR[6], form='html', layout='simple', charset='iso-8859-9', cte='b64',
    subject="Siparişinizin iptal edildiğini bildiririz", title='Sipariş iptali', order=o,
    greeting='Merhaba Selin Arslan,',
    paras=[f"Amazon.com.tr'den verdiğiniz {o} numaralı siparişin iptal edildiğini size bildirmek isteriz.",
           "Sipariş ayrıntılarını Siparişlerim sayfasından inceleyebilirsiniz."],
    items=[("Bosch Professional GSR 12V-15 Akülü Delme/Vidalama Makinesi", 1, "3.299,00 TL")],
    after=["Kartınızdan ücret alındıysa iade süreci otomatik olarak başlatılmıştır."],
    footer=[TR_FOOT[0], TR_FOOT[4], TR_FOOT[2], TR_FOOT[7]])

o = oid('171')
add(key='TN21', lang='tr', kind='notice', cause='unknown', sr=True, mkt=TR,
    note='other reason: address undeliverable, parcel returned',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[0], form='plain', cte='8bit', auth=1,
    subject="Siparişiniz teslim edilemedi ve iptal edildi", title='Teslimat sorunu', order=o,
    greeting='Merhaba Elif,',
    paras=["Kargo firmamız siparişinizi belirttiğiniz adrese teslim edemedi: adreste bina ve daire numarası yer almıyordu, kayıtlı telefon numaranızdan da size ulaşılamadı. Paket bize geri döndüğü için siparişinizi iptal ettik.",
           "Sonraki siparişlerinizde benzer bir sorun yaşamamak için Hesabım > Adreslerim bölümünden adres bilgilerinizi kontrol etmenizi rica ederiz."],
    items=[("Fakir Starky Şarjlı Dikey Süpürge, Gri", 1, "2.199,00 TL")],
    after=["Ödediğiniz 2.199,00 TL, paket depomuza ulaştıktan sonra 2 iş günü içinde iade edilecektir."])

o = oid('403')
add(key='TN22', lang='tr', kind='notice', cause='unknown', sr=True, mkt=TR,
    note='other reason: item cannot be shipped to delivery region (lithium battery, KKTC)',
    frm=(TRB, 'order-update@amazon.com.tr'), to=TO_TR[5], form='alt', layout='card', cte='qp',
    subject="Siparişinizdeki bir ürün gönderilemiyor", title='Ürün iptal edildi', order=o,
    greeting='Merhaba Emre,',
    paras=["Seçtiğiniz teslimat adresi Kuzey Kıbrıs Türk Cumhuriyeti'nde bulunuyor. Aşağıdaki ürün lityum pil içerdiğinden taşıma kuralları gereği bu bölgeye gönderilemiyor; bu nedenle ürünü siparişinizden iptal ettik."],
    items=[("Anker PowerCore 20000 mAh Taşınabilir Şarj Cihazı, USB-C PD 20W", 1, "1.099,00 TL")],
    after=["Bu ürün için ücret alınmayacak. Siparişinizdeki diğer ürünler gönderilmeye devam edecek."])

# ---------------------------------------------------------------- Turkish non-notices
o = oid('403')
add(key='TX1', lang='tr', kind='non_notice', mkt=TR, note='shipping confirmation; says order can no longer be cancelled',
    frm=(TRB, 'shipment-tracking@amazon.com.tr'), to=TO_TR[1], form='alt', layout='classic', cte='qp', auth=0,
    subject=f"Amazon.com.tr siparişiniz #{o} kargoya verildi", title='Kargo Bildirimi', order=o,
    greeting='Merhaba Mehmet,',
    paras=["Siparişinizdeki ürünlerin kargoya verildiğini bildirmek isteriz. Siparişiniz yola çıktığı için artık değiştirilemez veya iptal edilemez.",
           ('kv', 'Tahmini teslimat:', '14 Mart Perşembe'),
           ('kv', 'Kargo firması:', f"Yurtiçi Kargo, takip numarası {rng.randint(100000000000, 999999999999)}")],
    items=[("Karaca Hatır Hüps Türk Kahvesi Makinesi, Rosegold", 1, "2.199,00 TL")],
    total="2.199,00 TL",
    after=["Bir ürünü iade etmeniz gerekirse Siparişlerim sayfasındaki İade Merkezi'ni kullanabilirsiniz."])

add(key='TX2', lang='tr', kind='non_notice', mkt=TR, note='Prime membership cancellation',
    frm=('Amazon Prime', 'prime@amazon.com.tr'), to=TO_TR[2], form='plain', cte='qp', auth=2,
    subject="Amazon Prime üyeliğinizin iptali onaylandı", title='Prime üyeliği', order=None,
    greeting='Merhaba Ayşe,',
    paras=["Prime üyeliğinizi iptal ettiğinizi onaylıyoruz.",
           "Ücretsiz ve hızlı teslimat, Prime Video ve Prime Gaming avantajlarından mevcut dönemin sonu olan 28 Mart 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra üyeliğiniz yenilenmeyecek ve kartınızdan 39,00 TL tahsil edilmeyecek.",
           "Fikrinizi değiştirirseniz üyeliğinizi dilediğiniz zaman Hesabım > Prime Üyeliği bölümünden yeniden başlatabilirsiniz."],
    footer=[TR_FOOT[0], TR_FOOT[1], TR_FOOT[7]])

add(key='TX3', lang='tr', kind='non_notice', mkt=None, amazon=False, dom='trendyol.com', brand='Trendyol',
    note='other retailer (Trendyol) order cancellation', bar='#f27a1a',
    frm=('Trendyol', 'bilgilendirme@trendyol.com'), to=TO_TR[3], form='html', layout='simple', cte='qp',
    subject="Siparişin iptal edildi", title='Siparişin iptal edildi', order=None,
    greeting='Merhaba Burak,',
    paras=["7485120396 numaralı siparişindeki \"Koton Erkek Kapüşonlu Şişme Mont\" ürünü, satıcının stoğunda kalmadığı için iptal edildi.",
           "Ödemen kartına iade edildi; bankana bağlı olarak hesabına yansıması 2-10 iş günü sürebilir."],
    items=[("Koton Erkek Kapüşonlu Şişme Mont, Lacivert, L", 1, "1.499,99 TL")],
    help=["Siparişlerinle ilgili tüm detaylara Hesabım > Siparişlerim sayfasından ulaşabilirsin."],
    signoff="Trendyol Ekibi",
    footer=["Trendyol, kart bilgilerini ya da şifreni asla e-posta veya SMS ile istemez.",
            "DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş. | Maslak Mah. Saat Sok. No:5 Sarıyer/İstanbul"],
    track=False)

o = oid('403')
add(key='TX4', lang='tr', kind='non_notice', mkt=TR, note='return / refund confirmation',
    frm=(TRB, 'return@amazon.com.tr'), to=TO_TR[4], form='alt', layout='card', cte='b64', auth=1,
    subject=f"Geri ödemeniz işleme alındı - Sipariş #{o}", title='Geri ödeme yapıldı', order=o,
    greeting='Merhaba Zeynep,',
    paras=["İade ettiğiniz ürün depomuza ulaştı ve kontrol edildi. 549,00 TL tutarındaki geri ödemeniz, siparişte kullandığınız karta yapıldı.",
           "Tutarın hesabınıza yansıması bankanıza bağlı olarak 10 iş gününü bulabilir."],
    items=[("Paşabahçe Timeless 6'lı Su Bardağı 345 cc", 1, "549,00 TL")])

add(key='TX5', lang='tr', kind='non_notice', mkt=None, amazon=False, dom='gmail.com', brand='',
    note='friend: "I cancelled my Amazon order" (contains order number)',
    frm=('Zeynep Aksoy', 'zeynepaksoy87@gmail.com'), to=TO_TR[8], form='plain', cte='8bit',
    subject="Re: Doğum günü hediyesi",
    raw_text=("Selam Derya,\n\nAmazon'dan verdiğim kahve makinesi siparişini dün akşam iptal ettim, "
              "Hepsiburada'da aynısının 300 lira daha ucuzunu buldum :) Sipariş numarası 403-5817263-0092713'tü, "
              "iptal maili de hemen geldi, para kartıma iade edilecekmiş.\n\nHediyeyi oradan aldım, cumartesi gelirken getiririm. "
              "Pastayı sen mi halledersin ben mi?\n\nSevgiler,\nZeynep\n\n"
              "> 2 Mart 2025 Pazar 21:14 tarihinde Derya Koç <deryakoc@gmail.com> şunu yazdı:\n"
              "> Zeynepçim hediye konusu ne oldu? Amazon'dakini aldın mı sonunda?\n"))

# ---------------------------------------------------------------- Turkish look-alikes
add(key='TL1', lang='tr', kind='lookalike', cause='unknown', mkt=None, amazon=False,
    dom='amazon.com.tr', brand='Amazon.com.tr', link_base='http://amazon-siparis-tr.com/tr', track=False,
    note='look-alike domain, link text shows amazon.com.tr but href elsewhere, malformed order number, no reason',
    frm=(TRB, 'bilgi@amazon-siparis-tr.com'), to=TO_TR[5], form='html', layout='classic', cte='qp',
    auth_raw=("mx.google.com;\n       spf=pass (google.com: domain of bilgi@amazon-siparis-tr.com designates 185.244.25.17 as permitted sender) smtp.mailfrom=bilgi@amazon-siparis-tr.com;\n"
              "       dmarc=none header.from=amazon-siparis-tr.com"),
    subject="Siparişiniz iptal edildi - Hemen kontrol edin", title='Sipariş İptali', order='403-8812-55190',
    greeting='Sayın Müşterimiz,',
    paras=["403-8812-55190 numaralı siparişiniz iptal edilmiştir.",
           ('link', 'İptal işlemini siz yapmadıysanız 24 saat içinde aşağıdaki bağlantıdan hesabınıza giriş yaparak itiraz edin:',
            'https://www.amazon.com.tr/gp/css/order-history', 'http://amazon-siparis-tr.com/giris.php?oturum=tr8812', ''),
           "Süre içinde itiraz edilmeyen işlemler kesinleşir ve ücret iadesi yapılmaz."],
    items=[("Apple iPhone 15 128 GB, Siyah", 1, "52.999,00 TL")],
    help=[], signoff="Amazon.com.tr Müşteri Hizmetleri",
    footer=[TR_FOOT[1], TR_FOOT[7]], show_order_link=False)

add(key='TL2', lang='tr', kind='lookalike', cause='payment_issue', mkt=None, amazon=False,
    dom='amazon.com.tr', brand='Amazon.com.tr', track=False,
    note='Cyrillic homoglyph display name, free-mail sender, asks card details by reply, malformed order number',
    frm=('Аmazon.com.tr', 'amazontr.destek@gmail.com'), to=TO_TR[6], form='plain', cte='8bit',
    auth_raw=("mx.google.com;\n       dkim=pass header.d=gmail.com header.i=@gmail.com header.s=20230601 header.b=Qx7LmP2a;\n"
              "       spf=pass (google.com: domain of amazontr.destek@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=amazontr.destek@gmail.com;\n"
              "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"),
    subject="Ödemeniz Reddedildi - Siparişiniz İptal Edildi",
    raw_text=("Değerli Amazon müşterimiz,\n\nSipariş No: 40-3829-11873\n\n"
              "Kartınızdan ödeme alınamadığı için siparişiniz iptal edilmiştir. Siparişinizi yeniden aktif etmek için "
              "aşağıdaki bilgileri bu e-postaya YANIT olarak göndermeniz gerekmektedir:\n\n"
              "- Kart üzerindeki ad soyad\n- Kart numarası\n- Son kullanma tarihi\n- CVV (kartın arkasındaki 3 haneli kod)\n- T.C. kimlik numarası\n\n"
              "Bilgileriniz 24 saat içinde ulaşmazsa hesabınız kalıcı olarak kapatılacaktır.\n\n"
              "Teşekkürler,\nAmazon Ödeme Departmanı\n"))

add(key='TL3', lang='tr', kind='lookalike', cause='inventory_shortage', mkt=None, amazon=False,
    dom='amazon.com.tr', brand='Amazon Destek', link_base='https://amazn-tr.net', track=False,
    note='look-alike domain, callback phone number for refund, non-Amazon order id',
    frm=('Amazon Destek', 'destek@amazn-tr.net'), to=TO_TR[9], form='alt', layout='simple', cte='b64',
    subject="Siparişiniz stok sorunu nedeniyle iptal edildi", title='Siparişiniz iptal edildi', order=None,
    greeting='Sayın Oğuz Aydın,',
    paras=["Sipariş: #TR-55102",
           "Satın aldığınız ürün stokta kalmadığından siparişiniz iptal edilmiştir.",
           "4.899,00 TL tutarındaki iadenizi almak için 0850 305 41 27 numaralı İade Hattımızı arayınız. Güvenliğiniz gereği iade işlemi yalnızca telefonla, müşteri temsilcimiz eşliğinde yapılabilmektedir."],
    items=[("Xiaomi Robot Süpürge S10+", 1, "4.899,00 TL")],
    help=[], signoff="Amazon Destek Ekibi",
    footer=["Bu e-posta otomatik olarak gönderilmiştir.", "© 2025 Amazon"])

add(key='TL4', lang='tr', kind='lookalike', cause='fraud_prevention', mkt=None, amazon=False,
    dom='amazon.com.tr', brand='Amazon Güvenlik', link_base='https://amazon.com.tr-hesap.info', track=False,
    note='account suspended + order cancelled, "enter this code", subdomain trick',
    frm=('Amazon Güvenlik', 'guvenlik@amazon.com.tr-hesap.info'), to=TO_TR[0], form='plain', cte='qp',
    auth_raw=("spf=softfail (sender IP is 91.92.243.118)\n smtp.mailfrom=amazon.com.tr-hesap.info; dkim=none (message not signed)\n"
              " header.d=none;dmarc=fail action=none header.from=amazon.com.tr-hesap.info;compauth=fail\n reason=601"),
    subject="UYARI: Hesabınız askıya alındı - siparişiniz iptal edildi",
    raw_text=("Sayın Elif Yılmaz,\n\nHesabınızda şüpheli bir işlem tespit edildi. Güvenliğiniz için hesabınız askıya alınmış ve "
              "bekleyen siparişiniz iptal edilmiştir.\n\nHesabınızı yeniden etkinleştirmek için aşağıdaki güvenlik kodunu 12 saat içinde "
              "https://amazon.com.tr-hesap.info/dogrula sayfasına girin:\n\n    Güvenlik kodu: AMZ-7731-KQ\n\n"
              "Kod süresi içinde kullanılmazsa hesabınız ve hesabınızdaki hediye çeki bakiyesi silinecektir.\n\n"
              "Amazon Güvenlik Ekibi\n"))

add(key='TL5', lang='tr', kind='lookalike', cause='technical_issue', mkt=None, amazon=False,
    dom='amazon.com.tr', brand='Amazon.com.tr', link_base='https://amazon-com-tr.odeme-guvenli.top', track=False,
    note='rn-for-m domain, claims system error, re-pay via link whose text shows amazon.com.tr, malformed order number',
    frm=(TRB, 'no-reply@arnazon.com.tr'), to=TO_TR[7], form='alt', layout='card', cte='qp',
    auth_raw=("mx.yandex.net; spf=neutral (mx.yandex.net: 45.134.26.9 is neither permitted nor denied by domain of arnazon.com.tr) smtp.mail=no-reply@arnazon.com.tr;\n"
              "\tdkim=none;\n\tdmarc=none header.from=arnazon.com.tr"),
    subject="Sistem hatası: Siparişiniz iptal edildi #403-2291873-55", title='Ödeme eşleşmedi', order='403-2291873-55',
    greeting='Merhaba,',
    paras=["Sistemimizde yaşanan bir hata nedeniyle ödemeniz siparişinizle eşleşmedi ve siparişiniz iptal edildi.",
           ('link', 'Siparişinizi kaybetmemek için ödemenizi aşağıdaki güvenli bağlantıdan yeniden yapın:', 'www.amazon.com.tr/odeme',
            'https://amazon-com-tr.odeme-guvenli.top/odeme?ref=403229', '(bağlantı 2 saat geçerlidir)')],
    items=[("Dyson Airwrap Multi-Styler Complete Long", 1, "21.999,00 TL")],
    help=[], footer=[TR_FOOT[1], TR_FOOT[2], TR_FOOT[7]], show_order_link=False)

# ---------------------------------------------------------------- Arabic notices
AE, SA, EG = 'amazon.ae', 'amazon.sa', 'amazon.eg'

o = oid('403')
add(key='AN01', lang='ar', kind='notice', cause='inventory_shortage', sr=True, mkt=AE,
    note='item no longer available, not expected back soon',
    frm=('Amazon.ae', 'order-update@amazon.ae'), to=TO_AR[0], form='alt', layout='classic', cte='qp', auth=0,
    subject=f"تم إلغاء طلبك رقم {o} من Amazon.ae", title='إلغاء الطلب', order=o,
    greeting='مرحبًا أحمد،',
    paras=["نأسف لإبلاغك بأننا اضطررنا إلى إلغاء طلبك، إذ لم يعد المنتج التالي متوفرًا لدينا، ولا نتوقع أن يتوفر مجددًا في المستقبل القريب."],
    items=[("قلاية هوائية فيليبس XXL سعة 7.3 لتر، أسود", 1, "699.00 درهم")],
    after=["لم يتم خصم أي مبلغ من بطاقتك مقابل هذا الطلب. وفي حال ظهور مبلغ معلّق في كشف حسابك، فسيُلغى تلقائيًا خلال بضعة أيام عمل حسب سياسة البنك المُصدر.",
           "نعتذر عن أي إزعاج قد يسببه ذلك."])

o = oid('402')
add(key='AN02', lang='ar', kind='notice', cause='inventory_shortage', sr=True, mkt=SA,
    note='partial, labelled reason (out of stock); windows-1256',
    frm=('Amazon.sa', 'auto-confirm@amazon.sa'), to=TO_AR[1], form='plain', pstyle='b', charset='windows-1256', cte='qp',
    subject=f"إلغاء منتج من طلبك {o}", title='إلغاء منتج', order=o,
    greeting='عزيزتي فاطمة،',
    paras=["نود إعلامك بأنه تم إلغاء أحد المنتجات في طلبك.",
           ('kv', 'سبب الإلغاء:', 'نفاد الكمية من المخزون'),
           "أما بقية المنتجات فسيتم شحنها كما هو مخطط لها، وستصلك رسالة عند شحنها."],
    items=[("عطر لطافة عود مود إليكسير أو دو بارفان للجنسين 100 مل", 2, "SAR 178.00")],
    after=["لن يتم تحصيل قيمة المنتج الملغى، وقد عدّلنا إجمالي طلبك وفقًا لذلك."],
    footer=[AR_FOOT[0], AR_FOOT[1], AR_FOOT[6]])

o = oid('408')
add(key='AN03', lang='ar', kind='notice', cause='inventory_shortage', sr=True, mkt=EG,
    note='seller cancelled, supplier stopped supplying the item; cash on delivery',
    frm=('Amazon.eg', 'marketplace-messages@amazon.eg'), to=TO_AR[6], form='alt', layout='simple', cte='b64', auth=1,
    subject=f"قام البائع بإلغاء طلبك {o}", title='ألغى البائع طلبك', order=o,
    greeting='مرحبًا يوسف،',
    paras=["ألغى البائع «النور للإلكترونيات» طلبك، وأفادنا بأنه لا يستطيع توفير المنتج المطلوب بعد أن توقف المورّد عن توريده.",
           "إذا كانت لديك أي أسئلة حول هذا الإلغاء، يمكنك التواصل مع البائع مباشرة من صفحة «طلباتك»."],
    items=[("شاشة إل جي ألترا جير 27 بوصة QHD بمعدل تحديث 180 هرتز", 1, "8,499.00 جنيه", "النور للإلكترونيات")],
    after=["بما أنك اخترت الدفع عند الاستلام، فلن يتم تحصيل أي مبلغ منك ولا يلزمك اتخاذ أي إجراء."])

# thread A1 (inventory): delay mail, then reason-less cancellation
o_a1 = oid('403')
add(key='AT1', lang='ar', kind='non_notice', mkt=AE, note='thread', thread=('ART1', 1),
    frm=('Amazon.ae', 'order-update@amazon.ae'), to=TO_AR[3], form='alt', layout='card', cte='qp', auth=1,
    subject=f"تحديث بشأن طلبك {o_a1}: تأخر في التوصيل", title='طلبك سيتأخر', order=o_a1,
    greeting='مرحبًا سارة،',
    paras=["نعتذر، فطلبك سيتأخر عن موعد التوصيل المتوقع.",
           "نواجه حاليًا صعوبة في الحصول على المنتج التالي من المورّد، ولا يمكننا في الوقت الحالي تحديد موعد توصيل جديد. سنرسل إليك تحديثًا بمجرد توفر معلومات إضافية."],
    items=[("مكنسة دايسون V15 ديتكت أبسولوت اللاسلكية", 1, "2,599.00 درهم")],
    after=["لن يتم تحصيل أي مبلغ قبل شحن المنتج."])
add(key='AN04', lang='ar', kind='notice', cause='inventory_shortage', sr=False, mkt=AE,
    note='thread: cause from earlier mail', thread=('ART1', 2),
    frm=('Amazon.ae', 'order-update@amazon.ae'), to=TO_AR[3], form='plain', cte='8bit', auth=0,
    subject=f"تم إلغاء طلبك {o_a1}", title='إلغاء الطلب', order=o_a1,
    greeting='مرحبًا سارة،',
    paras=["نود إعلامك بأن طلبك المذكور أدناه قد أُلغي."],
    items=[("مكنسة دايسون V15 ديتكت أبسولوت اللاسلكية", 1, "2,599.00 درهم")],
    after=["لم يتم تحصيل أي مبلغ."])

o = oid('405')
add(key='AN05', lang='ar', kind='notice', cause='payment_issue', sr=True, mkt=SA,
    note='issuing bank declined the payment',
    frm=('Amazon.sa', 'payments-messages@amazon.sa'), to=TO_AR[2], form='plain', cte='qp', auth=2,
    subject=f"تعذّر إتمام الدفع – تم إلغاء طلبك {o}", title='مشكلة في الدفع', order=o,
    greeting='مرحبًا محمد،',
    paras=["رفض البنك المُصدر لبطاقتك عملية الدفع الخاصة بطلبك، ولذلك ألغينا الطلب.",
           "قد يرجع الرفض إلى تجاوز حد الإنفاق اليومي أو إلى قيود يفرضها البنك على المعاملات عبر الإنترنت، لذا ننصحك بالتواصل مع البنك قبل إعادة المحاولة."],
    items=[("هاتف سامسونج جالاكسي S24 ألترا، 256 جيجابايت، رمادي تيتانيوم", 1, "4,699.00 ريال")],
    after=["لم يُخصم أي مبلغ من حسابك."])

o = oid('408')
add(key='AN06', lang='ar', kind='notice', cause='payment_issue', sr=True, mkt=EG,
    note='payment method not updated within the deadline; windows-1256 8bit',
    frm=('Amazon.eg', 'payments-messages@amazon.eg'), to=TO_AR[8], form='alt', layout='card', charset='windows-1256', cte='8bit',
    subject=f"طلبك {o} أُلغي", title='تم إلغاء الطلب', order=o,
    greeting='مرحبًا عمر،',
    paras=["راسلناك قبل ثلاثة أيام لأننا لم نتمكن من تحصيل قيمة طلبك، وطلبنا منك تحديث وسيلة الدفع. وبما أنه لم يتم تحديثها خلال المهلة المحددة، فقد أُلغي الطلب تلقائيًا."],
    items=[("مكيف شارب سبليت 1.5 حصان بارد/ساخن، إنفرتر", 1, "28,999.00 جنيه")],
    after=["يمكنك إضافة بطاقة جديدة من «حسابك» > «وسائل الدفع» ثم إعادة تقديم الطلب."],
    footer=[AR_FOOT[0], AR_FOOT[2], AR_FOOT[3], AR_FOOT[6]])

o = oid('403')
add(key='AN07', lang='ar', kind='notice', cause='payment_issue', sr=True, mkt=AE,
    note='insufficient funds on debit card',
    frm=('Amazon.ae', 'payments-messages@amazon.ae'), to=TO_AR[4], form='html', layout='classic', cte='qp', auth=1,
    subject=f"إشعار بإلغاء الطلب {o}", title='إشعار إلغاء', order=o,
    greeting='مرحبًا خالد،',
    paras=["حاولنا تحصيل قيمة طلبك من بطاقة الخصم المنتهية بالرقم 2291، إلا أن العملية لم تنجح لعدم كفاية الرصيد المتاح. لهذا السبب قمنا بإلغاء الطلب."],
    items=[("ماكينة قهوة نسبريسو فيرتو نكست مع جهاز إيروتشينو، أسود", 1, "AED 849.00")],
    total="AED 849.00",
    after=["لم يتم خصم أي مبلغ. يمكنك إعادة الطلب في أي وقت باستخدام وسيلة دفع أخرى."])

o = oid('402')
add(key='AN08', lang='ar', kind='notice', cause='payment_issue', sr=True, mkt=SA,
    note='expired mada card, no authorisation; windows-1256 base64',
    frm=('Amazon.sa', 'payments-update@amazon.sa'), to=TO_AR[5], form='plain', charset='windows-1256', cte='b64',
    subject="مشكلة في وسيلة الدفع: تم إلغاء الطلب", title='وسيلة الدفع', order=o,
    greeting='مرحبًا نورة،',
    paras=[f"بطاقة مدى المسجلة في طلبك منتهية الصلاحية، ولم نتمكن من الحصول على موافقة على المبلغ. نأسف لإبلاغك بأن طلبك رقم {o} قد أُلغي بسبب ذلك."],
    items=[("جهاز بلايستيشن 5 سليم - الإصدار القياسي", 1, "1,899.00 ريال")],
    after=["لتجنب تكرار ذلك، يُرجى تحديث تاريخ انتهاء البطاقة أو إضافة بطاقة جديدة في «محفظتك»."],
    footer=[AR_FOOT[0], AR_FOOT[3], AR_FOOT[6]])

o = oid('171')
add(key='AN09', lang='ar', kind='notice', cause='technical_issue', sr=True, mkt=EG,
    note='pricing error, "Amazon.eg decided to cancel"',
    frm=('Amazon.eg', 'order-update@amazon.eg'), to=TO_AR[7], form='alt', layout='simple', cte='qp', auth=0,
    subject=f"معلومات مهمة بخصوص طلبك {o}", title='بخصوص طلبك', order=o,
    greeting='مرحبًا مريم،',
    paras=["قررت Amazon.eg إلغاء طلبك بسبب خطأ في التسعير؛ فقد عُرض المنتج أدناه على الموقع بسعر 1,150 جنيهًا بدلًا من سعره الصحيح البالغ 11,500 جنيه، نتيجة خطأ أثناء تحديث الأسعار.",
           "ووفقًا لشروط البيع، لا يمكننا تنفيذ الطلبات التي تتضمن أسعارًا خاطئة بشكل واضح."],
    items=[("لابتوب لينوفو IdeaPad Slim 3، معالج Core i5، رام 8 جيجابايت، 512 جيجابايت SSD", 1, "1,150.00 جنيه")],
    after=["إذا كنت قد دفعت مسبقًا، فسيُرد المبلغ بالكامل إلى وسيلة الدفع الأصلية خلال 7 أيام عمل."])

o = oid('403')
add(key='AN10', lang='ar', kind='notice', cause='technical_issue', sr=True, mkt=AE,
    note='technical fault while processing; explicitly not payment or account',
    frm=('Amazon.ae', 'auto-confirm@amazon.ae'), to=TO_AR[9], form='plain', cte='b64', pstyle='b',
    subject="تم إلغاء طلبك – Amazon.ae", title='إلغاء الطلب', order=o,
    greeting='مرحبًا هند،',
    paras=[f"نعتذر عن الإزعاج: حدث خلل فني في أنظمتنا أثناء معالجة طلبك رقم {o}، ونتيجةً لذلك لم يكتمل الطلب بشكل صحيح وتم إلغاؤه.",
           "نؤكد لك أن الإلغاء لا علاقة له بوسيلة الدفع أو بحسابك، ويمكنك إعادة تقديم الطلب في أي وقت."],
    items=[("كبسولات نسبريسو فيرتو ميلك متنوعة، 30 كبسولة", 2, "AED 238.00"),
           ("كوب حراري ستانلي كوينشر 1.18 لتر", 1, "AED 189.00")],
    after=["لم يتم تحصيل أي مبلغ مقابل هذا الطلب."])

o = oid('402')
add(key='AN11', lang='ar', kind='notice', cause='technical_issue', sr=True, mkt=SA,
    note='listing data error (wrong size on detail page), passive',
    frm=('Amazon.sa', 'order-update@amazon.sa'), to=TO_AR[2], form='alt', layout='card', cte='8bit', auth=0,
    subject="تم إلغاء المنتج «ساعة أبل سيريس 9» من طلبك", title='إلغاء منتج', order=o,
    greeting='مرحبًا محمد العتيبي،',
    paras=["اكتشفنا خطأً في بيانات صفحة المنتج الذي طلبته؛ إذ كانت الصفحة تعرض مقاس 45 مم بينما المنتج المرتبط بها فعليًا مقاس 41 مم. تم سحب المنتج من البيع إلى حين تصحيح البيانات، وأُلغيت جميع الطلبات المعلّقة عليه، ومنها طلبك."],
    items=[("ساعة أبل سيريس 9 (GPS) بهيكل ألومنيوم 45 مم، منتصف الليل", 1, "1,749.00 ريال")],
    after=["سيُعاد المبلغ إلى بطاقتك خلال 3 إلى 5 أيام عمل."])

o = oid('403')
add(key='AN12', lang='ar', kind='notice', cause='fraud_prevention', sr=True, mkt=AE,
    note='unusual activity, sign-in from new device, account paused',
    frm=('Amazon.ae', 'no-reply@amazon.ae'), to=TO_AR[0], form='plain', cte='qp', auth=2,
    subject="إجراء أمني على حسابك في Amazon.ae", title='أمان الحساب', order=o,
    greeting='مرحبًا أحمد،',
    paras=[f"لاحظنا نشاطًا غير معتاد على حسابك، بما في ذلك تسجيل دخول من جهاز لم تستخدمه من قبل. حرصًا على سلامة حسابك، أوقفناه مؤقتًا وألغينا الطلب {o} الذي أُجري خلال هذه الفترة.",
           "لاستعادة الوصول، سجّل الدخول إلى Amazon.ae من المتصفح مباشرة واتبع التعليمات الظاهرة على الشاشة لإعادة تعيين كلمة المرور."],
    items=[("سماعات أبل إيربودز برو (الجيل الثاني) مع علبة شحن MagSafe (USB-C)", 1, "AED 899.00")],
    after=["لم يتم خصم أي مبلغ."])

o = oid('171')
add(key='AN13', lang='ar', kind='notice', cause='fraud_prevention', sr=True, mkt=SA,
    note='security review, ID / billing documents not received; windows-1256 qp',
    frm=('Amazon.sa', 'order-update@amazon.sa'), to=TO_AR[5], form='alt', layout='classic', charset='windows-1256', cte='qp',
    subject=f"إلغاء الطلب {o}", title='تم إلغاء طلبك', order=o,
    greeting='عزيزتي نورة القحطاني،',
    paras=["خضع طلبك لمراجعة أمنية روتينية، وطلبنا منك تقديم ما يثبت هويتك وعنوان الفوترة لإكمال المراجعة. ولأننا لم نتلقَّ المستندات المطلوبة خلال المدة المحددة، فقد ألغينا الطلب.",
           "يُرجى عدم إرسال أي مستندات ردًا على هذه الرسالة."],
    items=[("كاميرا كانون EOS R50 بدون مرآة مع عدسة RF-S 18-45 مم", 1, "3,299.00 ريال")],
    after=["سيتم فك أي مبلغ محجوز على بطاقتك تلقائيًا."],
    footer=[AR_FOOT[1], AR_FOOT[2], AR_FOOT[6]])

# thread A2 (fraud): account under review, then reason-less cancellation
o_a2 = oid('408')
add(key='AT2', lang='ar', kind='non_notice', mkt=EG, note='thread', thread=('ART2', 1),
    frm=('Amazon.eg', 'account-update@amazon.eg'), to=TO_AR[6], form='plain', cte='8bit', auth=0,
    subject="حسابك قيد المراجعة", title='التحقق من الحساب', order=o_a2,
    greeting='مرحبًا يوسف عبد الرحمن،',
    paras=["قمنا بتعليق حسابك مؤقتًا إلى حين التحقق من بعض المعلومات المرتبطة به.",
           f"لن تتم معالجة طلبك رقم {o_a2} حتى تكتمل عملية التحقق. يُرجى تسجيل الدخول إلى حسابك على Amazon.eg واتباع الخطوات الظاهرة لتأكيد هويتك."],
    items=[("هاتف آيفون 15، 128 جيجابايت، أسود", 1, "52,999.00 جنيه")],
    after=["بعد إتمام التحقق، ستتم معالجة طلبك بشكل طبيعي."])
add(key='AN14', lang='ar', kind='notice', cause='fraud_prevention', sr=False, mkt=EG,
    note='thread: cause from earlier mail', thread=('ART2', 2),
    frm=('Amazon.eg', 'order-update@amazon.eg'), to=TO_AR[6], form='alt', layout='simple', cte='b64', auth=1,
    subject=f"إشعار إلغاء: الطلب {o_a2}", title='إشعار إلغاء', order=o_a2,
    greeting='مرحبًا يوسف،',
    paras=["نحيطك علمًا بأنه تم إلغاء الطلب التالي."],
    items=[("هاتف آيفون 15، 128 جيجابايت، أسود", 1, "52,999.00 جنيه")],
    after=["بما أن طريقة الدفع المختارة هي الدفع عند الاستلام، فلن يتم تحصيل أي مبلغ."])

o = oid('403')
add(key='AN15', lang='ar', kind='notice', cause='customer_request', sr=True, mkt=AE,
    note='item cancelled successfully at customer request',
    frm=('Amazon.ae', 'auto-confirm@amazon.ae'), to=TO_AR[4], form='plain', cte='8bit',
    subject=f"تم إلغاء المنتج بنجاح من طلبك {o}", title='تم الإلغاء بنجاح', order=o,
    greeting='مرحبًا خالد المنصوري،',
    paras=["بناءً على طلبك، ألغينا المنتج التالي من طلبك. لن يتم تحصيل أي مبلغ مقابله، ولن تتأثر بقية المنتجات في الطلب."],
    items=[("مجموعة ليغو سيتي مركز الشرطة 60316", 1, "AED 329.00")])

o = oid('402')
add(key='AN16', lang='ar', kind='notice', cause='customer_request', sr=True, mkt=SA,
    note='status line + labelled reason "cancelled by customer"',
    frm=('Amazon.sa', 'order-update@amazon.sa'), to=TO_AR[1], form='alt', layout='card', cte='qp',
    subject=f"تأكيد الإلغاء - الطلب رقم {o}", title='تم تحديث حالة طلبك', order=o,
    greeting='مرحبًا فاطمة،',
    paras=[('kv', 'الحالة:', 'ملغى'), ('kv', 'سبب الإلغاء:', 'ألغاه العميل')],
    items=[("جهاز كيندل بيبروايت 16 جيجابايت، شاشة 6.8 بوصة", 1, "649.00 ريال")],
    after=["سيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 5 إلى 7 أيام عمل."])

o = oid('408')
add(key='AN17', lang='ar', kind='notice', cause='customer_request', sr=True, mkt=EG,
    note='customer-service chat agent cancelled as the customer asked; windows-1256 8bit',
    frm=('Amazon.eg', 'cs-reply@amazon.eg'), to=TO_AR[7], form='plain', charset='windows-1256', cte='8bit', pstyle='b', wrap=70,
    subject="بخصوص محادثتك مع خدمة عملاء Amazon.eg", title='خدمة العملاء', order=o,
    greeting='مرحبًا مريم،',
    paras=[f"شكرًا لتواصلك معنا اليوم عبر الدردشة. كما طلبتِ، قمتُ بإلغاء طلبك رقم {o} لأنك لم تعودي بحاجة إليه.",
           "إذا احتجتِ إلى أي مساعدة أخرى فلا تترددي في التواصل معنا."],
    items=[("خلاط مولينكس بلينديا 1.5 لتر، 500 وات", 1, "1,899.00 جنيه")],
    after=["بما أن الدفع كان عند الاستلام، فلن يتم تحصيل أي مبلغ منكِ."],
    signoff="مع أطيب التحيات،\nكريم م.\nخدمة عملاء Amazon.eg",
    help=["هل ساعدك هذا الرد؟ شاركينا رأيك: https://www.amazon.eg/gp/help/survey"],
    footer=[AR_FOOT[0], AR_FOOT[1], AR_FOOT[6]])

o = oid('403')
add(key='AN18', lang='ar', kind='notice', cause='unknown', sr=False, mkt=AE,
    note='no reason, short',
    frm=('Amazon.ae', 'order-update@amazon.ae'), to=TO_AR[9], form='plain', cte='qp',
    subject=f"طلبك {o} ملغى", title='', order=o,
    greeting='مرحبًا،',
    paras=[f"تم إلغاء طلبك رقم {o}."],
    items=[("بطارية متنقلة أنكر باور كور 10000 مللي أمبير، أسود", 1, "AED 99.00")],
    after=["لم يتم تحصيل أي رسوم."])

o = oid('402')
add(key='AN19', lang='ar', kind='notice', cause='unknown', sr=False, mkt=SA,
    note='no reason, partial (2 items)',
    frm=('Amazon.sa', 'auto-confirm@amazon.sa'), to=TO_AR[2], form='alt', layout='classic', cte='b64', auth=2,
    subject="تم إلغاء منتجين من طلبك", title='المنتجات الملغاة', order=o,
    greeting='مرحبًا محمد،',
    paras=[f"تم إلغاء المنتجات التالية من طلبك رقم {o}."],
    items=[("تمر سكري مفتل فاخر، 3 كجم", 1, "149.00 ريال"),
           ("زيت زيتون بكر ممتاز، 1 لتر", 2, "118.00 ريال")],
    after=["لن يتم تحصيل قيمة المنتجات الملغاة، وسنرسل إليك تحديثات منفصلة بشأن باقي الطلب."])

o = oid('408')
add(key='AN20', lang='ar', kind='notice', cause='unknown', sr=False, mkt=EG,
    note='no reason, HTML only, windows-1256 base64',
    frm=('Amazon.eg', 'no-reply@amazon.eg'), to=TO_AR[8], form='html', layout='simple', charset='windows-1256', cte='b64',
    subject="إشعار من Amazon.eg بشأن طلبك", title='تحديث الطلب', order=o,
    greeting='مرحبًا عمر فاروق،',
    paras=[f"نود إبلاغك بأن طلبك رقم {o} قد تم إلغاؤه.",
           "يمكنك الاطلاع على تفاصيل الطلب في أي وقت من صفحة «طلباتك»."],
    items=[("طقم أواني طهي تيفال 12 قطعة غير لاصق", 1, "4,250.00 جنيه")],
    after=["إذا كنت قد دفعت بالبطاقة، فسيُرد المبلغ تلقائيًا إلى وسيلة الدفع الأصلية."],
    footer=[AR_FOOT[0], AR_FOOT[4].format(dom=EG, brand='Amazon.eg'), AR_FOOT[6]])

o = oid('403')
add(key='AN21', lang='ar', kind='notice', cause='unknown', sr=True, mkt=AE,
    note='other reason: incomplete address, three failed delivery attempts, shipment returned',
    frm=('Amazon.ae', 'order-update@amazon.ae'), to=TO_AR[3], form='plain', cte='8bit', auth=1,
    subject="تعذّر توصيل طلبك وتم إلغاؤه", title='تعذّر التوصيل', order=o,
    greeting='مرحبًا سارة حسن،',
    paras=["حاول مندوب التوصيل تسليم طلبك ثلاث مرات، لكن العنوان المسجّل كان غير مكتمل (لا يتضمن رقم الفيلا أو الشقة)، ولم نتمكن من الوصول إليك عبر الهاتف. أُعيدت الشحنة إلى مستودعنا، ولذلك ألغينا الطلب.",
           "ننصحك بمراجعة عناوينك المحفوظة في «حسابك» لتفادي ذلك مستقبلًا."],
    items=[("حقيبة ظهر سامسونايت للابتوب 15.6 بوصة، أسود", 1, "289.00 درهم")],
    after=["سيُرد المبلغ المدفوع (289.00 درهم) خلال يومي عمل من وصول الشحنة إلى المستودع."])

o = oid('408')
add(key='AN22', lang='ar', kind='notice', cause='unknown', sr=True, mkt=EG,
    note='other reason: Global Store item cannot be shipped to Egypt (import restriction)',
    frm=('Amazon.eg', 'order-update@amazon.eg'), to=TO_AR[8], form='alt', layout='card', cte='qp',
    subject="لا يمكن شحن أحد المنتجات في طلبك", title='تم إلغاء منتج', order=o,
    greeting='مرحبًا عمر،',
    paras=[f"المنتج التالي مُدرج ضمن متجر أمازون العالمي، وتبيّن أنه لا يمكن شحنه إلى مصر بسبب قيود الاستيراد المفروضة على هذا النوع من المنتجات. لذلك تم إلغاؤه من طلبك {o}."],
    items=[("طائرة درون DJI Mini 4 Pro مع وحدة تحكم RC 2", 1, "49,900.00 جنيه")],
    after=["لن يتم تحصيل أي مبلغ مقابل هذا المنتج، وستُشحن بقية المنتجات في الطلب كالمعتاد."])

# ---------------------------------------------------------------- Arabic non-notices
o = oid('403')
add(key='AX1', lang='ar', kind='non_notice', mkt=AE, note='delivery slot cancelled (Amazon Fresh), order still active',
    frm=('Amazon Fresh', 'fresh-update@amazon.ae'), to=TO_AR[4], form='alt', layout='card', cte='qp', auth=0,
    subject="تم إلغاء موعد التوصيل الذي اخترته", title='تغيير موعد التوصيل', order=o,
    greeting='مرحبًا خالد،',
    paras=["نعتذر، لم نتمكن من الالتزام بفترة التوصيل التي اخترتها (الخميس، 6:00 - 8:00 مساءً) بسبب الضغط الكبير على خدمة التوصيل.",
           "طلبك لا يزال قائمًا، وقد حجزنا لك أقرب موعد متاح: الجمعة، 10:00 صباحًا - 12:00 ظهرًا. إذا لم يناسبك هذا الموعد، يمكنك تغييره من صفحة «طلباتك»."],
    items=[("حليب المراعي كامل الدسم 2 لتر", 2, "AED 21.00"), ("خبز تورتيلا 10 قطع", 1, "AED 9.50")])

add(key='AX2', lang='ar', kind='non_notice', mkt=None, amazon=False, dom='noon.com', brand='noon', bar='#feee00',
    note='other retailer (noon) order cancellation',
    frm=('noon', 'no-reply@noon.com'), to=TO_AR[4], form='html', layout='simple', cte='b64',
    subject="تم إلغاء طلبك NAEH70012345678", title='تم إلغاء طلبك', order=None, track=False,
    greeting='مرحبًا خالد،',
    paras=["نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NAEH70012345678 لنفاد المنتج لدى البائع.",
           "سيتم رد المبلغ إلى بطاقتك خلال 5 إلى 7 أيام عمل."],
    items=[("سماعات سوني WH-CH720N لاسلكية، أسود", 1, "AED 299.00")],
    help=["لأي استفسار، تواصل معنا عبر تطبيق noon أو من صفحة المساعدة: https://www.noon.com/uae-ar/help"],
    signoff="فريق noon",
    footer=["لن تطلب منك noon أبدًا كلمة المرور أو رمز التحقق.", "© 2025 noon. جميع الحقوق محفوظة."])

add(key='AX3', lang='ar', kind='non_notice', mkt=EG, note='newsletter that mentions free cancellation / returns',
    frm=('Amazon.eg', 'store-news@amazon.eg'), to=TO_AR[7], form='alt', layout='simple', cte='qp',
    extra=[('List-Unsubscribe', '<https://www.amazon.eg/gp/gss/o/1abcXYZunsub>'), ('Precedence', 'bulk')],
    subject="عروض نهاية الأسبوع: خصومات تصل إلى 40% على الأجهزة المنزلية", title='عروض نهاية الأسبوع', order=None,
    greeting='مرحبًا مريم،',
    paras=["اكتشفي أحدث العروض على الثلاجات والغسالات والأجهزة الصغيرة من علامات تجارية مثل توشيبا العربي وشارب وبراون، بخصومات تصل إلى 40% حتى يوم الأحد.",
           "هل تعلمين؟ يمكنك إلغاء طلبك مجانًا قبل شحنه من صفحة «طلباتك»، كما يمكنك إرجاع معظم المنتجات خلال 14 يومًا من الاستلام.",
           "ادفعي بالتقسيط مع valU أو بطاقات البنوك المشاركة بدون فوائد لمدة تصل إلى 12 شهرًا."],
    items=[("غسالة توشيبا العربي فوق أوتوماتيك 8 كجم", 1, "16,499.00 جنيه"),
           ("ماكينة حلاقة براون سيريس 5", 1, "3,299.00 جنيه")],
    items_head='منتجات مختارة لكِ',
    footer=["تلقيتِ هذه الرسالة لأنك اشتركتِ في رسائل العروض من Amazon.eg. لإلغاء الاشتراك في هذه الرسائل، اضغطي على «إلغاء الاشتراك» في إعدادات الاتصال.",
            AR_FOOT[1], AR_FOOT[6]])

o = oid('402')
add(key='AX4', lang='ar', kind='non_notice', mkt=SA, note='payment reminder before any cancellation',
    frm=('Amazon.sa', 'payments-messages@amazon.sa'), to=TO_AR[5], form='plain', cte='qp', auth=2,
    subject=f"الإجراء مطلوب: حدّث وسيلة الدفع لطلبك {o}", title='تحديث وسيلة الدفع', order=o,
    greeting='مرحبًا نورة،',
    paras=["لم نتمكن من تحصيل قيمة طلبك باستخدام بطاقة الائتمان المنتهية بالرقم 7710.",
           "يُرجى تحديث معلومات الدفع قبل 14 مايو لتجنب إلغاء الطلب. لن نشحن الطلب قبل الموافقة على الدفع.",
           "لتحديث وسيلة الدفع، انتقلي إلى «طلباتك» واختاري «تغيير وسيلة الدفع» بجانب الطلب."],
    items=[("مكنسة روبوت شاومي S10+", 1, "1,599.00 ريال")])

add(key='AX5', lang='ar', kind='non_notice', mkt=AE, note='Amazon Music Unlimited subscription cancelled',
    frm=('Amazon.ae', 'digital-no-reply@amazon.ae'), to=TO_AR[9], form='plain', cte='b64', auth=1,
    subject="تم إلغاء اشتراكك في Amazon Music Unlimited", title='اشتراك Amazon Music', order=None,
    greeting='مرحبًا هند،',
    paras=["نؤكد إلغاء اشتراكك في Amazon Music Unlimited (الخطة الفردية الشهرية).",
           "يمكنك الاستمرار في الاستماع حتى نهاية فترة الفوترة الحالية في 30 يونيو 2025، ولن يتم تحصيل رسوم التجديد البالغة 21.99 درهم بعد ذلك.",
           "إذا غيرت رأيك، يمكنك إعادة الاشتراك في أي وقت من إعدادات Amazon Music في «حسابك»."],
    footer=[AR_FOOT[0], AR_FOOT[6]])

# ---------------------------------------------------------------- Arabic look-alikes
add(key='AL1', lang='ar', kind='lookalike', cause='fraud_prevention', mkt=None, amazon=False,
    dom='amazon.ae', brand='Amazon.ae', link_base='http://amazon-ae.secure-verify.info', track=False,
    note='look-alike domain, suspicious activity + order cancelled, link text amazon.ae but href elsewhere, malformed order number',
    frm=('Amazon.ae', 'support@amazon-ae-orders.com'), to=TO_AR[0], form='alt', layout='classic', cte='b64',
    auth_raw=("mx.google.com;\n       spf=pass (google.com: domain of support@amazon-ae-orders.com designates 193.149.176.52 as permitted sender) smtp.mailfrom=support@amazon-ae-orders.com;\n"
              "       dkim=pass header.d=amazon-ae-orders.com header.i=@amazon-ae-orders.com header.s=default header.b=kL9xQ2pe;\n"
              "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-ae-orders.com"),
    subject="تم إلغاء طلبك وتعليق حسابك مؤقتًا", title='تنبيه أمني', order='408-2291-1123',
    greeting='عزيزي العميل،',
    paras=["رصد نظامنا نشاطًا مشبوهًا على حسابك، لذلك تم إلغاء طلبك الأخير وتعليق الحساب.",
           ('link', 'لإعادة تفعيل حسابك خلال 24 ساعة، يرجى تأكيد بياناتك عبر الرابط التالي:', 'https://www.amazon.ae/your-account',
            'http://amazon-ae.secure-verify.info/login?session=ae2291', ''),
           "في حال عدم التأكيد سيتم إغلاق الحساب نهائيًا وفقدان جميع الطلبات والرصيد."],
    help=[], signoff="فريق أمان Amazon.ae",
    footer=[AR_FOOT[1], AR_FOOT[6]], show_order_link=False)

add(key='AL2', lang='ar', kind='lookalike', cause='payment_issue', mkt=None, amazon=False,
    dom='amazon.sa', brand='Amazon.sa', track=False,
    note='free-mail sender, asks card number/CVV by reply, no order number',
    frm=('Amazon.sa خدمة العملاء', 'amazon.sa.service@gmail.com'), to=TO_AR[2], form='plain', cte='8bit',
    auth_raw=("mx.google.com;\n       dkim=pass header.d=gmail.com header.i=@gmail.com header.s=20230601 header.b=aP3xR7vK;\n"
              "       spf=pass (google.com: domain of amazon.sa.service@gmail.com designates 209.85.220.69 as permitted sender) smtp.mailfrom=amazon.sa.service@gmail.com;\n"
              "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"),
    subject="فشل الدفع - تم إلغاء طلبكم",
    raw_text=("عميلنا العزيز،\n\nنعلمكم بأن عملية الدفع الخاصة بطلبكم الأخير لم تكتمل، وعليه تم إلغاء الطلب.\n\n"
              "لإعادة تفعيل الطلب وإتمام الشحن، يرجى الرد على هذه الرسالة بالمعلومات التالية:\n"
              "- الاسم كما يظهر على البطاقة\n- رقم البطاقة\n- تاريخ الانتهاء\n- الرمز السري (CVV)\n- رقم الجوال المسجل\n\n"
              "سيتم إغلاق الحساب نهائيًا في حال عدم الرد خلال 48 ساعة.\n\n"
              "مع التحية،\nقسم المدفوعات - أمازون السعودية\n"))

add(key='AL3', lang='ar', kind='lookalike', cause='customer_request', mkt=None, amazon=False,
    dom='amazon.ae', brand='Amazon', link_base='https://amazon-support-center.net', track=False,
    note='claims customer cancellation, callback phone numbers, malformed order number, look-alike domain',
    frm=('Amazon', 'cancel-service@amazon-support-center.net'), to=TO_AR[3], form='html', layout='simple', cte='qp',
    subject="تأكيد إلغاء طلبك رقم 402-77812-9931", title='تأكيد الإلغاء', order=None,
    greeting='عزيزتي سارة،',
    paras=["تم إلغاء طلبك رقم 402-77812-9931 بناءً على طلبك.",
           ('kv', 'المبلغ المسترد:', '3,899.00 درهم'),
           "إذا لم تقومي بطلب هذا الإلغاء، اتصلي بقسم مكافحة الاحتيال فورًا على الرقم ‎+971 4 550 3218‎ أو الرقم المجاني 800-0444-1207 لإيقاف العملية قبل تحويل المبلغ."],
    items=[("آيباد إير 11 بوصة، 256 جيجابايت", 1, "3,899.00 درهم")],
    help=[], signoff="خدمة عملاء أمازون",
    footer=["هذه رسالة آلية، يرجى عدم الرد عليها.", "© 2025 Amazon"])

add(key='AL4', lang='ar', kind='lookalike', cause='inventory_shortage', mkt=None, amazon=False,
    dom='amazon.eg', brand='Amazon.eg', link_base='http://amazon-eg-refund.com', track=False,
    note='out-of-stock claim, "use this refund code", link text amazon.eg but href elsewhere, no valid order number',
    frm=('Amazon.eg', 'refunds@amazon-eg-refund.com'), to=TO_AR[7], form='alt', layout='card', cte='qp',
    auth_raw=("mx.yandex.net; spf=softfail (mx.yandex.net: domain of amazon-eg-refund.com does not designate 5.188.62.140 as permitted sender) smtp.mail=refunds@amazon-eg-refund.com;\n"
              "\tdkim=none;\n\tdmarc=fail header.from=amazon-eg-refund.com"),
    subject="المنتج غير متوفر - تم إلغاء طلبك واسترداد المبلغ", title='استرداد المبلغ', order=None,
    greeting='مرحبًا مريم،',
    paras=["نأسف، تم إلغاء طلبك لنفاد المنتج من المخزون.",
           ('kv', 'رمز الاسترداد:', 'EG-RFD-88412'),
           ('link', 'للحصول على المبلغ المسترد (4,250 جنيه)، أدخلي الرمز أعلاه مع بيانات بطاقتك في صفحة الاسترداد:', 'www.amazon.eg/refund',
            'http://amazon-eg-refund.com/claim?c=EG-RFD-88412', 'تنتهي صلاحية الرمز خلال 6 ساعات.')],
    items=[("طقم أواني طهي تيفال 12 قطعة", 1, "4,250.00 جنيه")],
    help=[], footer=[AR_FOOT[2], AR_FOOT[6]], show_order_link=False)

add(key='AL5', lang='ar', kind='lookalike', cause='technical_issue', mkt=None, amazon=False,
    dom='amazon.eg', brand='Amazon.eg', link_base='https://arnazon-eg.com', track=False,
    note='Cyrillic homoglyph display name, rn-for-m domain, claims system error, re-enter card details, non-Amazon order id',
    frm=('Amаzon.eg', 'noreply@arnazon-eg.com'), to=TO_AR[8], form='html', layout='classic', charset='windows-1256', cte='qp',
    subject="خطأ في النظام: تم إلغاء طلبك #AMZ-552918", title='خطأ في معالجة الدفع', order='AMZ-552918',
    greeting='عزيزي العميل،',
    paras=["بسبب خطأ تقني في نظام الدفع لدينا تم إلغاء طلبك.",
           ('link', 'لإعادة معالجة الطلب، يرجى إعادة إدخال بيانات بطاقتك خلال 24 ساعة عبر الرابط:', 'https://www.amazon.eg/payment',
            'https://arnazon-eg.com/pay/AMZ-552918', '')],
    items=[("تلفزيون سامسونج 55 بوصة 4K كريستال UHD", 1, "18,999.00 جنيه")],
    help=[], footer=[AR_FOOT[1], AR_FOOT[6]], show_order_link=False)


# ======================================================================
# BUILD
# ======================================================================
def mx_style(addr, default):
    d = addr.split('@')[1]
    if d.startswith('gmail'):
        return 0
    if d.startswith(('hotmail', 'outlook')):
        return 1
    if d.startswith('yandex'):
        return 2
    return default


def received_ses(to_addr, dt):
    ip = f"54.240.{rng.choice([3, 4, 5, 6, 7])}.{rng.randint(2, 250)}"
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.eu-west-1.amazonses.com"
    rcv = {'gmail.com': 'mx.google.com', 'hotmail.com': 'AM4PEPF00027A5F.mail.protection.outlook.com',
           'outlook.com': 'DB1PEPF000509E5.mail.protection.outlook.com', 'yandex.com': 'mx.yandex.net'}
    d = to_addr.split('@')[1]
    by = rcv.get(d, f"mx.{d}")
    return (f"from {host} ({host}. [{ip}])\n        by {by} with ESMTPS id {rand_token(12, string.ascii_lowercase + string.digits)}\n"
            f"        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(dt)}")


def build(s):
    fill(s)
    cs = s['charset']
    text = htm = None
    if s.get('raw_text') is not None:
        text = s['raw_text']
    else:
        if s['form'] in ('plain', 'alt'):
            text = render_text(s)
        if s['form'] in ('html', 'alt'):
            htm = RENDER[s['layout']](s, cs).replace('</td><td', '</td>\n<td').replace('<br /><b>', '<br />\n<b>')
    if s['form'] == 'plain':
        msg = text_part(text, 'plain', cs, s['cte'])
    elif s['form'] == 'html':
        msg = text_part(htm, 'html', cs, s['cte'])
    else:
        msg = MIMEMultipart('alternative', boundary=f"----=_Part_{rng.randint(1000000, 99999999)}_{rng.randint(100000000, 2147483647)}.{rng.randint(1600000000000, 1750000000000)}")
        for sub in (text_part(text, 'plain', cs, s.get('cte_text', s['cte'])), text_part(htm, 'html', cs, s['cte'])):
            del sub['MIME-Version']
            msg.attach(sub)

    # move MIME headers to the end so the envelope headers come first
    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime_hdrs):
        del msg[k]

    dt = s['_date']
    to_name, to_addr = s['to']
    from_name, from_addr = s['frm']
    from_dom = from_addr.split('@')[1]
    hdr = []
    if s['amazon']:
        hdr.append(('Return-Path', f"<{dt.strftime('%Y%m%d%H%M%S')}{rand_token(24, '0123456789abcdef')}p0eu-C{rand_token(13)}@bounces.{from_dom}>"))
        hdr.append(('Received', received_ses(to_addr, dt)))
        if s.get('auth') is not None:
            hdr.append(('Authentication-Results', auth_pass(s['mkt'], mx_style(to_addr, s['auth']), to_addr)))
            hdr.append(('DKIM-Signature', dkim_sig(s['mkt'], dt)))
    elif s['kind'] == 'lookalike':
        hdr.append(('Return-Path', f"<{from_addr}>"))
        if not from_dom.startswith('gmail'):
            hdr.append(('Received', f"from {rng.choice(['vps', 'srv', 'mail', 'host'])}{rng.randint(10, 999)}.{from_dom} ([{rng.randint(5, 195)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}])\n"
                                     f"        by mx.{to_addr.split('@')[1]} with ESMTP id {rand_token(10)}\n        for <{to_addr}>; {format_datetime(dt)}"))
        if s.get('auth_raw'):
            hdr.append(('Authentication-Results', s['auth_raw']))
    else:
        if s.get('auth_raw'):
            hdr.append(('Authentication-Results', s['auth_raw']))
    hdr.append(('Date', format_datetime(dt)))
    hdr.append(('From', formataddr((from_name, from_addr), charset='utf-8') if from_name else from_addr))
    if s['amazon'] and rng.random() < 0.6:
        hdr.append(('Reply-To', f"no-reply@{s['mkt']}"))
    if s.get('show_to_name', rng.random() < 0.5):
        hdr.append(('To', formataddr((to_name, to_addr), charset='utf-8')))
    else:
        hdr.append(('To', to_addr))
    if s['amazon']:
        hdr.append(('Message-ID', ses_msgid()))
    elif from_dom.startswith('gmail'):
        hdr.append(('Message-ID', f"<CA{rand_token(40, string.ascii_letters + string.digits + '+_-')}@mail.gmail.com>"))
    else:
        hdr.append(('Message-ID', f"<{rand_token(16, string.ascii_lowercase + string.digits)}.{rng.randint(1000, 99999)}@{from_dom}>"))
    if s.get('in_reply_to'):
        hdr.append(('In-Reply-To', s['in_reply_to']))
    hdr.append(('Subject', enc_header(s['subject'], cs, q=s.get('subject_q', False))))
    for k, v in s.get('extra', []):
        hdr.append((k, v))
    for k, v in hdr:
        msg[k] = v
    for k, v in mime_hdrs:
        if k.lower() == 'mime-version':
            msg[k] = v
    for k, v in mime_hdrs:
        if k.lower() != 'mime-version':
            msg[k] = v
    if s['amazon']:
        msg['X-AMAZON-MAIL-RELAY-TYPE'] = 'notification'
        msg['Bounces-to'] = f"{dt.strftime('%Y%m%d%H%M%S')}{rand_token(20, '0123456789abcdef')}@bounces.{from_dom}"
        msg['X-AMAZON-METADATA'] = f"CA=C{rand_token(13)}-CU=A{rand_token(13)}"
        msg['Feedback-ID'] = f"1.eu-west-1.{rand_token(43, string.ascii_letters + string.digits + '+/')}=:AmazonSES"
        msg['X-SES-Outgoing'] = f"{dt.strftime('%Y.%m.%d')}-54.240.{rng.randint(3, 7)}.{rng.randint(2, 250)}"
    elif s['kind'] == 'lookalike' and rng.random() < 0.6:
        msg['X-Mailer'] = rng.choice(['PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', 'Microsoft Outlook 16.0', 'Sendinblue'])
    return msg


def assign_dates():
    start = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    firsts = {}
    for s in SPECS:
        if s.get('thread') and s['thread'][1] == 2:
            continue
        dt = start + datetime.timedelta(seconds=rng.randint(0, 470 * 86400))
        if s['amazon'] and rng.random() < 0.8:
            tz = datetime.timezone.utc
        else:
            tz = datetime.timezone(datetime.timedelta(hours=MKT.get(s.get('mkt') or s.get('dom'), {'tz': 3})['tz']))
        s['_date'] = dt.astimezone(tz).replace(microsecond=0)
        if s.get('thread'):
            firsts[s['thread'][0]] = s['_date']
    for s in SPECS:
        if s.get('thread') and s['thread'][1] == 2:
            s['_date'] = (firsts[s['thread'][0]] + datetime.timedelta(days=rng.randint(2, 4), minutes=rng.randint(5, 600))).astimezone(datetime.timezone.utc)


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith('.eml'):
            os.remove(os.path.join(MAILDIR, f))
    assign_dates()
    order = list(SPECS)
    rng.shuffle(order)
    # a thread's earlier mail must come before its cancellation
    for tid in {s['thread'][0] for s in SPECS if s.get('thread')}:
        i1 = next(i for i, s in enumerate(order) if s.get('thread') == (tid, 1))
        i2 = next(i for i, s in enumerate(order) if s.get('thread') == (tid, 2))
        if i1 > i2:
            order[i1], order[i2] = order[i2], order[i1]
    labels = []
    for n, s in enumerate(order, 1):
        fname = f"{PREFIX}{n:03d}.eml"
        msg = build(s)
        data = msg.as_bytes()
        with open(os.path.join(MAILDIR, fname), 'wb') as fh:
            fh.write(data)
        labels.append({
            'file': fname, 'kind': s['kind'], 'language': s['lang'],
            'cause': s['cause'] if s['kind'] != 'non_notice' else None,
            'states_reason': bool(s['sr']) if s['kind'] != 'non_notice' else False,
            'marketplace': s.get('mkt') if s['kind'] != 'lookalike' else None,
            'note': s['note'],
        })
        s['_file'] = fname
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    verify(labels)


def verify(labels):
    from collections import Counter
    for lab in labels:
        raw = open(os.path.join(MAILDIR, lab['file']), 'rb').read()
        for line in raw.split(b'\n'):
            assert len(line) < 998, (lab['file'], len(line))
        m = message_from_bytes(raw)
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                part.get_payload(decode=True).decode(part.get_content_charset())
    c = Counter((l['language'], l['kind']) for l in labels)
    cc = Counter((l['language'], l['cause'], l['states_reason']) for l in labels if l['kind'] == 'notice')
    for k in sorted(c):
        print(k, c[k])
    for k in sorted(cc, key=str):
        print(k, cc[k])


if __name__ == '__main__':
    main()
