#!/usr/bin/env python3
"""Regenerates blind batch z4: ja / tr / ar Amazon-cancellation notices, near-misses
and phishing look-alikes.  Run:  python3 make.py   (writes mail/*.eml and labels.json)"""
import os, json, random, datetime, html as H
from urllib.parse import quote
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64, SHORTEST
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

SEED = 4_2025_0304
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mail')

# ---------------------------------------------------------------- helpers
def rid(n, alpha='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(alpha) for _ in range(n))

def hexid(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def tz(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))

def when(month, day, hour=None, minute=None, zone=0):
    hour = rng.randint(0, 23) if hour is None else hour
    minute = rng.randint(0, 59) if minute is None else minute
    year = 2025 if month <= 6 else 2024
    return datetime.datetime(year, month, day, hour, minute, rng.randint(0, 59), tzinfo=tz(zone))

def amz_link(site, path, tag='TE_od'):
    """Amazon-style click-tracking redirect."""
    return ('https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d_%s'
            % (site, rid(13), rid(13), '2025' + str(rng.randint(10**9, 10**10 - 1)), hexid(24), rid(12),
               quote('https://www.' + site + path, safe=''), rid(28), rng.randint(100000, 999999),
               rng.randint(100000000, 999999999), tag))

CSS = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align:top; font-size:13px; line-height:18px; font-family:Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; }
#header .title { text-align:right; padding:10px 0 0 0; }
#itemDetails td { padding:8px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#legalCopy td { color:#666; font-size:11px; line-height:15px; padding-top:18px; }
.buttonComponent { border-collapse:separate; border-radius:3px; border:1px solid #CBA957; background-color:#ffa723; min-width:222px; }
.buttonComponentLink { color:#1b1b1b !important; font:16px/18px Arial, sans-serif !important; display:table-cell; height:40px; vertical-align:middle; }
"""

def amz_html(site, L, title, order, greeting, paras, items=(), total=None, after=(), closing=None,
             footer=(), link=None, rtl=False, button=None, shown_url=False):
    """HTML laid out like the real Amazon notification templates.
    link(path) -> href; shown_url: anchor text of the order link shows a URL (used by phishing)."""
    link = link or (lambda p: amz_link(site, p))
    e = H.escape
    al = 'right' if rtl else 'left'
    op = 'left' if rtl else 'right'
    out = []
    out.append('<!DOCTYPE html>\n<html%s>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
               '  <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n  <title></title>\n'
               '  <style type="text/css">%s</style>\n </head>\n' % (' dir="rtl" lang="ar"' if rtl else '', CSS))
    out.append(' <body%s><img width="1" height="1" src="%s" />\n' % (' dir="rtl"' if rtl else '', link('/gp/r.html')))
    out.append('  <table id="container" cellpadding="0"><tbody><tr><td class="frame">\n'
               '   <table id="main" cellpadding="0"><tbody>\n')
    out.append('    <tr><td><table id="header" cellpadding="0"><tbody><tr>\n'
               '     <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/09/x-locale/common/amazon-logo-2x.png" width="115" /></a></td>\n'
               '     <td class="navigation"><table align="%s"><tbody><tr>\n'
               '      <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
               '      <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
               '      <td><a class="last" href="%s">%s</a></td></tr></tbody></table></td></tr>\n'
               % (link('/'), e(L['site']), op, link('/gp/css/order-history'), e(L['your_orders']),
                  link('/gp/css/homepage.html'), e(L['your_account']), link('/'), e(L['site'])))
    if order:
        otext = ('https://www.%s/gp/css/order-details?orderID=%s' % (site, order)) if shown_url else order
        out.append('     <tr><td class="title" style="text-align:%s"><h2>%s</h2> %s <a href="%s">%s</a></td></tr>\n'
                   % (op, e(title), e(L['order']), link('/gp/css/order-details?orderID=' + quote(order)), e(otext)))
    else:
        out.append('     <tr><td class="title" style="text-align:%s"><h2>%s</h2></td></tr>\n' % (op, e(title)))
    out.append('    </tbody></table></td></tr>\n')
    out.append('    <tr><td><table id="summary" cellpadding="0"><tbody><tr><td style="text-align:%s">'
               '<span class="heading">%s</span>\n' % (al, e(greeting)))
    for p in paras:
        out.append('      <p>%s</p>\n' % e(p))
    out.append('    </td></tr></tbody></table></td></tr>\n')
    if items:
        out.append('    <tr><td><table id="orderDetails" cellpadding="0"><tbody><tr><td style="text-align:%s">'
                   '<h3 class="heading">%s</h3>\n     <table id="itemDetails"><tbody>\n' % (al, e(L['items_hdr'])))
        for it in items:
            out.append('      <tr><td style="text-align:%s"><a href="%s">%s</a><br /><span style="color:#666">%s: %s'
                       % (al, link('/dp/' + it.get('asin', 'B0' + rid(8))), e(it['name']), e(L['qty']), it['qty']))
            if it.get('seller'):
                out.append(' &nbsp; %s: %s' % (e(L['seller']), e(it['seller'])))
            out.append('</span></td><td class="price" style="text-align:%s">%s</td></tr>\n' % (op, e(it['price'])))
        if total:
            out.append('      <tr><td style="text-align:%s"><b>%s</b></td><td class="price" style="text-align:%s"><b>%s</b></td></tr>\n'
                       % (al, e(L['total']), op, e(total)))
        out.append('     </tbody></table></td></tr></tbody></table></td></tr>\n')
    if after or button:
        out.append('    <tr><td><table id="selfService" cellpadding="0"><tbody><tr><td style="text-align:%s">\n' % al)
        for p in after:
            out.append('      <p>%s</p>\n' % e(p))
        if button:
            btxt, bpath = button
            href = bpath if bpath.startswith('http') else link(bpath)
            out.append('      <table class="buttonComponent" width="222" style="margin-top:12px"><tbody><tr>'
                       '<td align="center" height="40"><a class="buttonComponentLink" href="%s">%s</a></td></tr></tbody></table>\n'
                       % (href, e(btxt)))
        out.append('    </td></tr></tbody></table></td></tr>\n')
    out.append('    <tr><td><table id="closing" cellpadding="0"><tbody><tr><td style="text-align:%s"><p><br />%s<br />'
               '<span class="signature"><strong>%s</strong></span></p></td></tr></tbody></table></td></tr>\n'
               % (al, e(closing or ''), e(L['site'])))
    if footer:
        out.append('    <tr><td><table id="legalCopy"><tbody><tr><td style="text-align:%s"><span>\n' % al)
        for f in footer:
            if isinstance(f, tuple):         # (text, anchor, path)
                txt, anc, path = f
                href = path if path.startswith('http') else link(path)
                out.append('      <p>%s <a href="%s">%s</a></p>\n' % (e(txt), href, e(anc)))
            else:
                out.append('      <p>%s</p>\n' % e(f))
        out.append('    </span></td></tr></tbody></table></td></tr>\n')
    out.append('   </tbody></table>\n  </td></tr></tbody></table>\n <img width="1" height="1" src="%s" /></body>\n</html>\n'
               % link('/gp/r.html'))
    return ''.join(out)

def amz_text(site, L, title, order, greeting, paras, items=(), total=None, after=(), closing=None,
             footer=(), rule='_' * 75, urlbase=None):
    urlbase = urlbase or ('https://www.' + site)
    out = ['%s %s' % (L['site'], title)]
    if order:
        out.append('%s %s' % (L['order'], order))
        out.append('%s/gp/css/order-details?orderID=%s' % (urlbase, order))
    out += [rule, '', greeting, '']
    for p in paras:
        out += [p, '']
    if items:
        out.append(L['items_hdr'] + ':')
        for it in items:
            out.append('    ' + it['name'])
            s = '    %s: %s    %s' % (L['qty'], it['qty'], it['price'])
            if it.get('seller'):
                s += '    %s: %s' % (L['seller'], it['seller'])
            out.append(s)
        if total:
            out.append('')
            out.append('%s: %s' % (L['total'], total))
        out.append('')
    for p in after:
        out += [p, '']
    if closing:
        out.append(closing)
    out.append(L['site'])
    out.append(rule)
    out.append('')
    for f in footer:
        if isinstance(f, tuple):
            txt, anc, path = f
            out.append('%s %s' % (txt, path if path.startswith('http') else urlbase + path))
        else:
            out.append(f)
        out.append('')
    return '\n'.join(out)

def simple_html(body_html, rtl=False, lang=None, title=''):
    return ('<html%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>\n'
            '<body%s style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n'
            % ((' lang="%s"' % lang) if lang else '', H.escape(title), ' dir="rtl"' if rtl else '', body_html))

def text_to_html(text, rtl=False, lang=None):
    paras = [('<p>%s</p>' % H.escape(p).replace('\n', '<br>\n')) for p in text.strip().split('\n\n')]
    return simple_html('<div>%s</div>' % '\n'.join(paras), rtl=rtl, lang=lang)

# ---------------------------------------------------------------- headers
def amazon_headers(site, sender_local, when_dt, auth, mx):
    """Received chain + SES headers of a genuine Amazon mail; DKIM / Authentication-Results when auth."""
    bounce = '%s%s@bounces.%s' % (when_dt.strftime('%Y%m%d%H%M%S'), hexid(12), site)
    ip = '54.240.%d.%d' % (rng.randint(0, 63), rng.randint(1, 250))
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 80), rng.randint(1, 250),
                                                  rng.choice(['us-west-2', 'eu-west-1', 'ap-northeast-1']))
    recv_t = format_datetime(when_dt.astimezone(datetime.timezone.utc) + datetime.timedelta(seconds=rng.randint(1, 9)))
    hs = [('Return-Path', '<%s>' % bounce),
          ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, mx, hexid(10), '%TO%', recv_t))]
    if auth:
        sel = rid(32, 'abcdefghijklmnopqrstuvwxyz0123456789')
        hs.append(('Authentication-Results',
                   '%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                   % (mx, site, sel, rid(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                      mx, bounce, ip, bounce, site)))
        hs.append(('DKIM-Signature',
                   'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s'
                   % (sel, site, int(when_dt.timestamp()), rid(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
                      rid(172, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))))
    hs += [('Reply-To', 'no-reply@' + site),
           ('Message-ID', '<010%d01%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (rng.randint(0, 1), hexid(14), hexid(8), hexid(4), hexid(4), hexid(12),
                                                                            rng.choice(['us-west-2', 'eu-west-1']))),
           ('X-AMAZON-MAIL-RELAY-TYPE', 'notification'),
           ('Bounces-to', bounce),
           ('X-AMAZON-RTE-VERSION', '2.0'),
           ('X-SES-Outgoing', when_dt.astimezone(datetime.timezone.utc).strftime('%Y.%m.%d-') + ip),
           ('Feedback-ID', '1.us-west-2.%s=:AmazonSES' % rid(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))]
    return hs

def other_headers(from_domain, when_dt, mx, ip=None, mailer=None, auth=None, msgid_domain=None, helo=None):
    """Headers for non-Amazon senders (phishing kits, retailers, people)."""
    ip = ip or '%d.%d.%d.%d' % (rng.choice([45, 91, 103, 141, 185, 193, 194]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    helo = helo or ('mail.' + from_domain)
    recv_t = format_datetime(when_dt + datetime.timedelta(seconds=rng.randint(1, 30)))
    hs = [('Return-Path', '<bounce-%s@%s>' % (hexid(6), from_domain)),
          ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, mx, hexid(10), '%TO%', recv_t))]
    if auth:
        hs.append(('Authentication-Results', '%s;\n\t%s' % (mx, auth)))
    hs.append(('Message-ID', '<%s.%s@%s>' % (hexid(16), hexid(8), msgid_domain or from_domain)))
    if mailer:
        hs.append(('X-Mailer', mailer))
    return hs

# ---------------------------------------------------------------- MIME building
def part(body, subtype, charset, cte, sub=False):
    cs = Charset(charset)
    cs.body_encoding = {'qp': QP, 'base64': BASE64, '8bit': None, '7bit': None}[cte]
    p = MIMEText(body, subtype, cs)
    if sub:
        del p['MIME-Version']
    return p

def hdr(text, charset, henc='b'):
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = {'b': BASE64, 'q': QP}[henc]
    return Header(text, cs)

def build(m):
    cs, cte = m.get('charset', 'utf-8'), m.get('cte', 'qp')
    text, html = m.get('text'), m.get('html')
    if html is not None:   # keep the <meta> charset consistent with the MIME charset
        html = html.replace('charset=UTF-8', 'charset=' + cs).replace('charset=utf-8', 'charset=' + cs)
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(part(text, 'plain', cs, cte, True))
        body.attach(part(html, 'html', m.get('html_charset', cs), m.get('html_cte', cte), True))
        body.set_boundary(m.get('boundary') or '----=_Part_%d_%d.%d' % (rng.randint(10**6, 10**7), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)))
    elif html is not None:
        body = part(html, 'html', cs, cte)
    else:
        body = part(text, 'plain', cs, cte)
    mime = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    hcs = m.get('hcharset', cs)
    henc = m.get('henc', 'b')
    for k, v in m['headers']:
        body[k] = v.replace('%TO%', m['to'])
    name, addr = m['from']
    if all(ord(c) < 128 for c in name):
        body['From'] = formataddr((name, addr))
    else:
        body['From'] = '%s <%s>' % (hdr(name, m.get('name_charset', hcs), henc).encode(), addr)
    for k in ('Reply-To',):
        if m.get('reply_to'):
            del body[k]
            body[k] = m['reply_to']
    body['To'] = m['to']
    body['Subject'] = hdr(m['subject'], hcs, henc)
    body['Date'] = format_datetime(m['date'])
    for k, v in m.get('late_headers', []):
        body[k] = v
    for k, v in mime:
        body[k] = v
    return body

# ================================================================ JAPANESE (amazon.co.jp)
JP = 'amazon.co.jp'
L_JA = dict(site='Amazon.co.jp', your_orders='注文履歴', your_account='アカウントサービス', order='注文番号',
            items_hdr='キャンセルされた商品', qty='数量', seller='販売', total='注文合計')
JA_FOOT = [
    'このメールは配信専用のアドレスから送信されています。このメールに返信されても、ご返答いたしかねますのでご了承ください。',
    'Amazon.co.jp がメールでお客様のパスワード、クレジットカード番号、銀行口座番号などの個人情報の入力や返信をお願いすることはありません。',
    ('クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法」から更新してください。', 'お支払い方法の管理', '/cpe/yourpayments/wallet'),
    ('Amazon.co.jp を装った不審なメールを受け取った場合は、メール内のリンクを開かずにご報告ください。', '不審なメールの報告', '/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF'),
    ('ご不明な点は、ヘルプ&カスタマーサービスをご覧ください。', 'ヘルプ&カスタマーサービス', '/gp/help/customer/display.html'),
]
JA_FOOT_SHORT = [JA_FOOT[0], JA_FOOT[1], JA_FOOT[2]]

def jp_mail(local, to, mx, subject, date, auth, **kw):
    d = dict(frm=('Amazon.co.jp', '%s@%s' % (local, JP)), to=to, subject=subject, date=date,
             headers=amazon_headers(JP, local, date, auth, mx))
    d.update(kw)
    return d

def ja_mails():
    M = []
    # ---------------- notices
    o = '249-3871046-5529137'
    items = [dict(name='【予約】1/7スケール 完成品フィギュア「星見ミオ」晴れ着Ver. 【Amazon.co.jp限定特典付き】', qty=1, price='￥18,480', seller='Amazon.co.jp')]
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             '誠に申し訳ございませんが、ご予約いただいた下記の商品は、メーカーからの供給が停止となり入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。',
             'この商品の代金は請求されておりません。ご注文時にAmazonポイントまたはAmazonギフトカードをご利用の場合は、お客様のアカウントに返還されます。']
    after = ['ご予約いただいていたにもかかわらず、商品をお届けできず大変ご迷惑をおかけいたしました。深くお詫び申し上げます。',
             '今後とも Amazon.co.jp をよろしくお願いいたします。']
    args = (JP, L_JA, 'ご注文のキャンセルのお知らせ', o, '佐藤 美咲 様', paras, items, '￥18,480', after, 'またのご利用をお待ちしております。', JA_FOOT)
    M.append(dict(kind='notice', lang='ja', cause='inventory_shortage', states_reason=True, marketplace=JP,
                  note='pre-order cancelled: supply stopped; multipart QP; auth',
                  **jp_mail('order-update', 'misaki.sato.0312@gmail.com', 'mx.google.com',
                            'Amazon.co.jp ご注文の商品のキャンセルのお知らせ (注文番号 %s)' % o, when(2, 11, 6, 12, 0), True,
                            text=amz_text(*args), html=amz_html(*args), charset='utf-8', cte='qp')))

    o = '503-6618204-2907145'
    txt = """Amazon.co.jp

渡辺 和也 様

Amazon.co.jp をご利用いただき、ありがとうございます。

先日お送りしたメールでお知らせしたとおり、下記のご注文のお支払いについて、ご登録のクレジットカード（VISA 末尾 4821）の承認を得ることができませんでした。
お支払い方法の変更期限（2025年2月14日）までに変更が確認できなかったため、誠に恐れ入りますが、ご注文をキャンセルいたしました。

注文番号: %s

キャンセルされた商品:
  電気ケトル 1.0L ステンレス 温度調節機能付き ホワイト
  数量: 1   価格: ￥4,980
  オーガニック ルイボスティー ティーバッグ 100包
  数量: 2   価格: ￥2,560

引き続き商品をご希望の場合は、お手数ですが、あらためてご注文ください。
カードの承認が得られなかった理由の詳細につきましては、カード発行会社にお問い合わせください。

ご注文の状況は「注文履歴」からご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp カスタマーサービス

------------------------------------------------------------
Amazon.co.jp がメールでお客様のパスワードやクレジットカード番号の返信をお願いすることはありません。
クレジットカードの番号や有効期限が変更された場合は、アカウントサービスからお支払い方法を更新してください。
https://www.amazon.co.jp/cpe/yourpayments/wallet
不審なメールを受け取った場合は、リンクを開かずにご報告ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF
このメールは配信専用のアドレスから送信されています。
------------------------------------------------------------
""" % o
    M.append(dict(kind='notice', lang='ja', cause='payment_issue', states_reason=True, marketplace=JP,
                  note='card not authorised, deadline passed; ISO-2022-JP text-only; no auth',
                  **jp_mail('payments-messages', 'k-watanabe@nifty.com', 'mx.nifty.com',
                            'Amazon.co.jp ご注文のキャンセル（お支払い方法の問題）', when(2, 15, 3, 40, 0), False,
                            text=txt, charset='iso-2022-jp', cte='7bit')))

    o = '250-1093385-7716048'
    items = [dict(name='ドラム式洗濯乾燥機 11kg 左開き ヒートポンプ乾燥 ホワイト', qty=1, price='￥1,280', seller='Amazon.co.jp')]
    paras = ['このたびは Amazon.co.jp をご利用いただき、誠にありがとうございます。',
             'お客様がご注文された下記の商品につきまして、当サイトのシステムの不具合により、商品ページに本来とは異なる誤った価格が表示されておりました。',
             '誤った価格でのご注文はお受けすることができないため、誠に勝手ながらご注文をキャンセルさせていただきました。お支払いは確定しておりませんので、代金が請求されることはございません。']
    after = ['ご不便とご迷惑をおかけしましたことを、心よりお詫び申し上げます。現在の正しい価格は商品ページでご確認いただけます。']
    M.append(dict(kind='notice', lang='ja', cause='technical_issue', states_reason=True, marketplace=JP,
                  note='wrong price shown due to system fault; HTML-only base64; auth',
                  **jp_mail('order-update', 'yui.kobayashi@softbank.ne.jp', 'mx.softbank.ne.jp',
                            'Amazon.co.jp ご注文 %s のキャンセルについて' % o, when(3, 2, 9, 5, 0), True,
                            html=amz_html(JP, L_JA, 'ご注文のキャンセルについて', o, '小林 結衣 様', paras, items, '￥1,280', after,
                                          '今後とも Amazon.co.jp をよろしくお願いいたします。', JA_FOOT),
                            charset='utf-8', cte='base64')))

    o = '503-2047719-6630852'
    txt = """Amazon.co.jp アカウントの保留とご注文のキャンセルについて
____________________________________________________________

伊藤 翔太 様

お客様の Amazon.co.jp アカウントで、通常とは異なるアクティビティが確認されました。
お客様を保護するため、アカウントを一時的に保留とし、下記のご注文をキャンセルいたしました。

注文番号: %s
  Nintendo プリペイド番号 9,000円 オンラインコード   数量: 3   ￥27,000

アカウントを再度ご利用いただくには、Amazon.co.jp にサインインし、画面の案内に従って本人確認を完了してください。
安全のため、このメールのリンクは使用せず、ブラウザのアドレスバーに直接 www.amazon.co.jp と入力してアクセスしてください。
本人確認が完了すると、アカウントの保留は解除され、ご希望の商品をあらためてご注文いただけます。

ご注文の代金は請求されておりません。

Amazon.co.jp カスタマーサービス
____________________________________________________________

Amazon.co.jp がお電話やメールでパスワード、ワンタイムパスワード、クレジットカード番号をお尋ねすることはありません。
不審なメール、SMS、電話についてはこちらをご覧ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF
カード情報が変更された場合は「お支払い方法」で更新できます: https://www.amazon.co.jp/cpe/yourpayments/wallet
""" % o
    M.append(dict(kind='notice', lang='ja', cause='fraud_prevention', states_reason=True, marketplace=JP,
                  note='unusual activity, account on hold, order cancelled; text-only 8bit; no auth',
                  **jp_mail('cs-reply', 'shota.ito@icloud.com', 'mx01.mail.icloud.com',
                            'Amazon.co.jp アカウントの保留とご注文のキャンセルについて', when(1, 22, 14, 18, 0), False,
                            text=txt, charset='utf-8', cte='8bit')))

    o = '249-5582093-1174426'
    items = [dict(name='ステンレス製 真空断熱タンブラー 600ml 2個セット', qty=1, price='￥3,180', seller='サーモライフ公式ストア'),
             dict(name='シリコン製 ストロー 10本入り 洗浄ブラシ付き', qty=1, price='￥899', seller='サーモライフ公式ストア')]
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             'お客様からのご依頼により、ご注文 %s から以下の商品のキャンセルを承りました。' % o,
             'キャンセル理由: お客様によるキャンセル']
    after = ['キャンセルされた商品の代金は請求されません。すでにお支払い済みの場合は、ご購入時のお支払い方法に返金されます。',
             'ご注文のその他の商品に変更はありません。']
    args = (JP, L_JA, 'キャンセルを承りました', o, '山本 直子 様', paras, items, None, after, 'またのご利用をお待ちしております。', JA_FOOT)
    M.append(dict(kind='notice', lang='ja', cause='customer_request', states_reason=True, marketplace=JP,
                  note='customer cancelled 2 items (partial); multipart base64; auth',
                  **jp_mail('auto-confirm', 'naoko.y@outlook.jp', 'mx-in.outlook.com',
                            'Amazon.co.jp ご注文の商品のキャンセルが完了しました', when(3, 9, 21, 47, 0), True,
                            text=amz_text(*args), html=amz_html(*args), charset='utf-8', cte='base64')))

    o = '250-7160428-3395011'
    items = [dict(name='キャンプ用 折りたたみチェア 2脚セット カーキ', qty=1, price='￥6,980', seller='Amazon.co.jp')]
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             'ご注文の商品について、ご指定のお届け先住所（建物名・部屋番号の記載なし）に配送業者がお届けできず、保管期限を過ぎたため、商品は当社の配送センターへ返送され、ご注文はキャンセルとなりました。',
             'お支払い済みの金額は、ご購入時のお支払い方法に返金されます。返金の反映までには数日かかる場合があります。']
    after = ['お届け先住所は「アカウントサービス」の「アドレス帳」から確認・編集できます。']
    args = (JP, L_JA, 'ご注文のキャンセルのお知らせ', o, '中村 大輔 様', paras, items, '￥6,980', after, None, JA_FOOT_SHORT)
    M.append(dict(kind='notice', lang='ja', cause='unknown', states_reason=True, marketplace=JP,
                  note='address undeliverable, returned to sender; text-only QP; no auth',
                  **jp_mail('order-update', 'd.nakamura@ybb.ne.jp', 'mx.ybb.ne.jp',
                            'Amazon.co.jp ご注文 #%s はキャンセルされました' % o, when(4, 3, 8, 30, 0), False,
                            text=amz_text(*args), charset='utf-8', cte='qp')))

    # ---------------- lookalikes
    txt = """Amazonをご利用頂きありがとう御座います。

お客様のご注文（注文番号：503-88421-77）は、お支払いの確認が取れなかった為キャンセルされました。
しかし既にお客様の口座から ￥29,800 が引き落としされています。

返金手続きを行うには、下記のAmazonカスタマーセンターまで至急お電話ください。

  Amazon カスタマーセンター: 050-5538-7702（24時間受付）

お電話の際は、注文番号とご登録のカード情報をお手元にご用意ください。
48時間以内にご連絡がない場合、返金は無効となりますのでご注意下さい。

Amazon.co.jp カスタマーサービス部
"""
    d = when(2, 3, 23, 11, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='payment_issue', states_reason=True, marketplace=None,
                  note='callback phone number, gmail sender, malformed order no, crude',
                  frm=('Amazon.co.jp サポート', 'amazonjp.supportdesk24@gmail.com'), to='misaki.sato.0312@gmail.com',
                  subject='【Amazon】ご注文キャンセルのお知らせ　至急ご確認ください', date=d,
                  headers=other_headers('gmail.com', d, 'mx.google.com', ip='209.85.220.%d' % rng.randint(10, 90), helo='mail-sor-f41.google.com',
                                        auth='dkim=pass header.i=@gmail.com header.s=20230601 header.b=%s;\n\tspf=pass smtp.mailfrom=amazonjp.supportdesk24@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com' % rid(8),
                                        msgid_domain='mail.gmail.com'),
                  text=txt, charset='utf-8', cte='base64'))

    body = ('<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:24px">'
            '<img src="http://amazon-co-jp.account-verify.com/img/logo.png" alt="amazon" width="110"><hr>'
            '<h2 style="color:#c40000">アカウントが停止されました</h2>'
            '<p>お客様のAmazonアカウントで第三者による不正なログインが検出されたため、アカウントを一時停止し、処理中のご注文（#249-5512093-884）をキャンセルいたしました。</p>'
            '<p>アカウントを復元するには、以下の確認コードを復元ページで入力してください。</p>'
            '<p style="font-size:26px;letter-spacing:6px;background:#f3f3f3;padding:10px;text-align:center"><b>739214</b></p>'
            '<p style="text-align:center"><a href="http://amazon-co-jp.account-verify.com/restore?uid=%s" style="background:#f0c14b;padding:10px 30px;color:#111;text-decoration:none">アカウントを復元する</a></p>'
            '<p>※確認コードの有効期限は24時間です。期限を過ぎるとアカウントは永久に停止されます。</p>'
            '<p style="color:#888;font-size:12px">&copy; 1996-2025, Amazon.com, Inc. or its affiliates</p></div>' % hexid(20))
    d = when(1, 14, 4, 2, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='fraud_prevention', states_reason=True, marketplace=None,
                  note='account suspended + order cancelled, enter code; subdomain lookalike; malformed order no; HTML-only',
                  frm=('Amazon セキュリティ', 'security-alert@amazon-co-jp.account-verify.com'), to='yui.kobayashi@softbank.ne.jp',
                  subject='Amazonアカウントが停止されました - ご注文はキャンセルされています', date=d,
                  headers=other_headers('amazon-co-jp.account-verify.com', d, 'mx.softbank.ne.jp', mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)',
                                        auth='spf=pass smtp.mailfrom=amazon-co-jp.account-verify.com; dkim=none; dmarc=none header.from=amazon-co-jp.account-verify.com'),
                  html=simple_html(body, lang='ja'), charset='utf-8', cte='qp'))

    txt = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のクレジットカード情報に不一致があったため、ご注文 249-3318824-5590162 はキャンセルされました。

商品を再度発送するためには、カード情報の再確認が必要です。
このメールにそのまま返信して、以下の情報をお送りください。

  カード名義（ローマ字）:
  カード番号:
  有効期限（月/年）:
  セキュリティコード（裏面3桁）:
  生年月日:

確認が取れ次第、ご注文を再開いたします。
3日以内にご返信がない場合、アカウントの利用が制限されることがあります。

Amazon.co.jp 請求部
"""
    d = when(3, 18, 10, 26, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='payment_issue', states_reason=True, marketplace=None,
                  note='asks to reply with card details; outlook.jp sender; well-formed order no',
                  frm=('Amazon.co.jp', 'amazon-billing-jp@outlook.jp'), to='naoko.y@outlook.jp', reply_to='amazon.refund.center@outlook.jp',
                  subject='ご注文がキャンセルされました（お支払い情報の不一致）', date=d,
                  headers=other_headers('outlook.jp', d, 'mx-in.outlook.com', ip='40.92.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                                        helo='JPN01-TYC-obe.outbound.protection.outlook.com', msgid_domain='TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM'),
                  text=txt, charset='utf-8', cte='qp'))

    o = '250-1149302-6671528'
    evil = lambda p, _o=o: 'http://amazon-co-jp.order-cancel.cn/ap/signin?return=%s&oid=%s' % (quote(p, safe=''), _o)
    items = [dict(name='Anker PowerCore 20000mAh モバイルバッテリー ブラック', qty=1, price='￥5,990', seller='Amazon.co.jp')]
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             '誠に申し訳ございませんが、ご注文いただいた下記の商品は在庫切れのため、ご注文をキャンセルさせていただきました。',
             'ご注文代金 ￥5,990 はすでに決済済みのため、返金のお手続きが必要です。下記のリンクからサインインし、72時間以内に返金先情報をご確認ください。']
    after = ['返金先の確認はこちら: https://www.amazon.co.jp/gp/css/order-history']
    h = amz_html(JP, L_JA, 'ご注文のキャンセルのお知らせ', o, '井上 恵 様', paras, items, '￥5,990', [], 'またのご利用をお待ちしております。',
                 JA_FOOT, link=evil, shown_url=True, button=('https://www.amazon.co.jp/gp/css/order-history', evil('/refund')))
    d = when(4, 12, 1, 55, 8)
    M.append(dict(kind='lookalike', lang='ja', cause='inventory_shortage', states_reason=True, marketplace=None,
                  note='polished copy of template; anchor text shows amazon.co.jp URLs, hrefs go to .cn; sender amazon.co.jp.<evil>.top',
                  frm=('Amazon.co.jp', 'order-update@amazon.co.jp.ordr-info.top'), to='megumi.inoue@au.com',
                  subject='Amazon.co.jp ご注文のキャンセルのお知らせ #%s' % o, date=d,
                  headers=other_headers('amazon.co.jp.ordr-info.top', d, 'mx.au.com', mailer='Microsoft Outlook 16.0',
                                        auth='spf=pass smtp.mailfrom=amazon.co.jp.ordr-info.top; dkim=none (message not signed); dmarc=none header.from=amazon.co.jp.ordr-info.top'),
                  text=amz_text(JP, L_JA, 'ご注文のキャンセルのお知らせ', o, '井上 恵 様', paras, items, '￥5,990', after, None, JA_FOOT_SHORT,
                                urlbase='http://amazon-co-jp.order-cancel.cn'),
                  html=h, charset='utf-8', cte='base64'))

    txt = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文 #503-2290417-8815526 のお支払いに使用されたクレジットカードが、カード会社により承認されませんでした。

24時間以内にお支払い情報を更新されない場合、ご注文は自動的にキャンセルされ、お客様のアカウントも利用制限の対象となります。

お支払い情報の更新はこちらから:
https://amazonjp-service.net/ap/signin?openid.return_to=wallet&session=%s

※本メールは送信専用です。

Amazon.co.jp
""" % hexid(16)
    d = when(2, 27, 19, 3, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='payment_issue', states_reason=True, marketplace=None,
                  note='Cyrillic A in display name; "will be cancelled within 24h unless"; ISO-2022-JP text',
                  frm=('Аmazon.co.jp', 'no-reply@amazonjp-service.net'), to='shota.ito@icloud.com', name_charset='utf-8',
                  subject='【重要】24時間以内にお支払い情報を更新しないとご注文はキャンセルされます', date=d,
                  headers=other_headers('amazonjp-service.net', d, 'mx01.mail.icloud.com',
                                        auth='spf=softfail smtp.mailfrom=amazonjp-service.net; dkim=none; dmarc=none header.from=amazonjp-service.net'),
                  text=txt, charset='iso-2022-jp', cte='7bit'))

    o = '250-88372611-02934'
    paras = ['いつも Amazon.co.jp をご利用いただき、ありがとうございます。',
             'お客様のアカウントで不審なお支払いが検出されたため、お客様を保護する目的でご注文をキャンセルし、アカウントをロックいたしました。',
             'ロックを解除するには、ご本人様確認が必要です。下のボタンから手続きを行ってください。手続きが完了しない場合、アカウントは閉鎖されます。']
    h = amz_html('amaz0n.co.jp', L_JA, 'ご注文はキャンセルされました', o, 'お客様', paras, [], None, [], 'Amazon.co.jp カスタマーサービス',
                 JA_FOOT, link=lambda p: 'https://www.amaz0n.co.jp' + p, button=('本人確認を行う', 'https://www.amaz0n.co.jp/ap/verify?ref=lock'))
    d = when(1, 30, 7, 44, 0)
    M.append(dict(kind='lookalike', lang='ja', cause='fraud_prevention', states_reason=True, marketplace=None,
                  note='amaz0n.co.jp domain with its own dkim/dmarc pass; polished template copy incl. security footer; malformed order no',
                  frm=('Amazon.co.jp', 'account-update@amaz0n.co.jp'), to='d.nakamura@ybb.ne.jp',
                  subject='ご注文はセキュリティ上の理由によりキャンセルされました', date=d,
                  headers=other_headers('amaz0n.co.jp', d, 'mx.ybb.ne.jp',
                                        auth='dkim=pass header.d=amaz0n.co.jp header.s=s1;\n\tspf=pass smtp.mailfrom=amaz0n.co.jp;\n\tdmarc=pass header.from=amaz0n.co.jp'),
                  text='\n\n'.join(paras) + '\n\nhttps://www.amaz0n.co.jp/ap/verify?ref=lock\n', html=h, charset='utf-8', cte='qp'))

    body = ('<table width="100%%" style="background:#232f3e"><tr><td style="color:#fff;padding:12px;font-size:20px">amazon<span style="color:#ff9900">.co.jp</span></td></tr></table>'
            '<p>平素より Amazon.co.jp をご利用いただき、誠にありがとうございます。</p>'
            '<p>3月8日に発生した弊社システム障害により、一部のお客様のご注文が自動的にキャンセルされました。</p>'
            '<p>ご迷惑をおかけしたお詫びとして、2,000円分のAmazonポイントを付与いたします。ポイントの受け取りとご注文の再開には、以下のページからログインしてください。</p>'
            '<p><a href="https://www.amazon.co.jp.kkd-secure.xyz/points/claim?c=%s">ポイントを受け取る</a></p>'
            '<p>受け取り期限: 2025年3月12日 23:59</p><p>Amazon.co.jp</p>' % hexid(12))
    d = when(3, 9, 12, 0, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='technical_issue', states_reason=True, marketplace=None,
                  note='amazon.co.jp.<evil>.xyz sender; "system failure cancelled orders" + points lure; no order number',
                  frm=('Amazon.co.jp', 'noreply@amazon.co.jp.kkd-secure.xyz'), to='k-watanabe@nifty.com',
                  subject='システム障害によるご注文キャンセルのお詫び', date=d,
                  headers=other_headers('amazon.co.jp.kkd-secure.xyz', d, 'mx.nifty.com'),
                  html=simple_html(body, lang='ja'), charset='utf-8', cte='8bit'))

    txt = """Amazon Japan

お客様のご依頼により、下記ご注文のキャンセル手続きが完了しました。

  注文番号: 249-7716203-4458819
  商品: Nintendo Switch（有機ELモデル） ホワイト
  金額: ￥37,980

お心当たりがない場合は、第三者による不正操作の可能性があります。
24時間以内に下記よりキャンセルを取り消してください。取り消しがない場合、返金は行われません。

キャンセルを取り消す: https://amazon-orders.help/jp/restore?order=249-7716203-4458819

Amazon Japan サポートチーム
"""
    d = when(4, 20, 16, 31, 9)
    M.append(dict(kind='lookalike', lang='ja', cause='customer_request', states_reason=True, marketplace=None,
                  note='Greek Alpha/omicron in display name; amazon-orders.help; "undo the cancellation you did not request"',
                  frm=('Αmazοn Japan', 'support@amazon-orders.help'), to='megumi.inoue@au.com',
                  subject='キャンセル手続き完了のお知らせ', date=d,
                  headers=other_headers('amazon-orders.help', d, 'mx.au.com', mailer='Sendinblue'),
                  text=txt, html=text_to_html(txt, lang='ja'), charset='utf-8', cte='base64', henc='q'))

    # ---------------- non-notices
    txt = """楠木 遥 様

このたびは「インテリアショップ木の香 楽天市場店」をご利用いただき、誠にありがとうございます。

大変申し訳ございません。
ご注文いただきました下記商品につきまして、当店ではAmazonなど複数のモールで同じ在庫を共有して販売しており、ほぼ同時刻にご注文が重なったため在庫が不足いたしました。
誠に勝手ながら、今回のご注文はキャンセルとさせていただきます。

[受注番号] 392817-20250211-0045123
[商品名]   無垢材 ウォールナット サイドテーブル 幅45cm
[数量]     1
[金額]     12,800円（送料無料）

クレジットカードのご請求は発生いたしません。ご利用の楽天ポイントは数日以内に返還されます。
次回入荷は3月下旬を予定しております。再入荷のお知らせをご希望の場合は商品ページよりご登録ください。

────────────────────────
インテリアショップ木の香 楽天市場店
運営会社: 株式会社木の香  担当: 森田
TEL: 0577-32-XXXX（平日10:00-17:00）
https://www.rakuten.co.jp/kinoka-shop/
────────────────────────
"""
    d = when(2, 11, 15, 20, 9)
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='Rakuten shop cancels (shared stock with Amazon mentioned)',
                  frm=('インテリアショップ木の香 楽天市場店', 'kinoka-shop@shop.rakuten.co.jp'), to='haruka.kusunoki@gmail.com',
                  subject='【楽天市場】ご注文キャンセルのお知らせ（インテリアショップ木の香）', date=d,
                  headers=other_headers('shop.rakuten.co.jp', d, 'mx.google.com', helo='rmail-out.rakuten.co.jp',
                                        auth='dkim=pass header.d=rakuten.co.jp; spf=pass smtp.mailfrom=shop.rakuten.co.jp; dmarc=pass header.from=rakuten.co.jp'),
                  text=txt, charset='iso-2022-jp', cte='7bit'))

    txt = """おつかれ！

テントの件だけど、Amazonで注文してたやつ、お届けが3月下旬になるって表示が出たからキャンセルしたよ。
代わりに土曜の午前中に駅前のアウトドアショップで買ってくる。タープも一緒に見てくるわ。

食材の買い出しはそっちにお願いしていい？
人数は結局6人で確定です。

健太

2025年2月24日(月) 21:14 Yuki Hayashi <yuki.hayashi.camp@gmail.com>:
> テントってもう届いた？
> 来週のキャンプまでに間に合うか心配で。
"""
    d = when(2, 24, 22, 2, 9)
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='friend says he cancelled his own Amazon order',
                  frm=('田中 健太', 'kenta.tanaka1987@gmail.com'), to='yuki.hayashi.camp@gmail.com',
                  subject='Re: 来週のキャンプ', date=d,
                  headers=other_headers('gmail.com', d, 'mx.google.com', ip='209.85.220.%d' % rng.randint(10, 90), helo='mail-sor-f69.google.com',
                                        msgid_domain='mail.gmail.com') + [('In-Reply-To', '<CAK%s@mail.gmail.com>' % rid(30))],
                  text=txt, charset='iso-2022-jp', cte='7bit'))

    txt = """フィッシング対策協議会 緊急情報

Amazon をかたるフィッシング (2025/03/04)

1. 2025/03/04 現在、Amazon をかたるフィッシングの報告を多数受けています。

2. メールの件名
   Amazon.co.jp ご注文の商品のキャンセルのお知らせ
   【重要】お支払い方法の問題によりご注文はキャンセルされました
   ご注文がキャンセルされました（お支払い情報の不一致）

3. 詳細内容
   「お支払いが承認されなかったため、ご注文をキャンセルしました」「返金手続きのためにサインインしてください」
   などと記載し、Amazon を装った偽のサインインページに誘導して、アカウント情報やクレジットカード情報を入力させようとします。
   実在の注文番号に似せた番号が記載されている場合もあります。

4. 2025/03/04 14:00 時点ではフィッシングサイトは稼働中であり、JPCERT/CC にサイト閉鎖のための調査を依頼中です。

5. 類似のフィッシングサイトが公開される可能性がありますので引き続きご注意ください。
   このようなフィッシングサイトにて、アカウント情報（メールアドレス、パスワード）、クレジットカード情報などを絶対に入力しないように気を付けてください。

6. 身に覚えのないキャンセル通知を受け取った場合は、メールのリンクは使わず、公式アプリや、ブックマークした公式サイトから注文履歴を確認してください。

--
フィッシング対策協議会 事務局
https://www.antiphishing.jp/
本メールの配信停止: https://www.antiphishing.jp/mail/unsubscribe
"""
    d = when(3, 4, 15, 10, 9)
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='anti-phishing alert newsletter quoting fake cancellation subjects',
                  frm=('フィッシング対策協議会', 'info@antiphishing.jp'), to='k-watanabe@nifty.com',
                  subject='[antiphishing.jp] Amazon をかたるフィッシング (2025/03/04)', date=d,
                  headers=other_headers('antiphishing.jp', d, 'mx.nifty.com', helo='mail.antiphishing.jp') + [('List-Unsubscribe', '<https://www.antiphishing.jp/mail/unsubscribe>')],
                  text=txt, charset='utf-8', cte='qp'))

    o = '249-6604381-2259814'
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             'ご指定いただいたお届け時間帯（2月15日 19時〜21時）は、配送業者の都合により対応できなくなったため、このお届け時間帯の予約はキャンセルされました。',
             'ご注文はキャンセルされておりません。商品は2月16日中にお届けする予定です。別の時間帯をご希望の場合は、下のボタンから変更してください。']
    items = [dict(name='アイリスオーヤマ 布団乾燥機 カラリエ ホワイト', qty=1, price='￥8,980')]
    L2 = dict(L_JA, items_hdr='お届け予定の商品')
    args = (JP, L2, 'お届け時間帯の変更のお知らせ', o, '佐藤 美咲 様', paras, items, None, [], 'またのご利用をお待ちしております。', JA_FOOT_SHORT)
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: delivery time slot cancelled, order not cancelled',
                  **jp_mail('shipment-tracking', 'misaki.sato.0312@gmail.com', 'mx.google.com',
                            'お届け時間帯の変更: ご注文 #%s' % o, when(2, 15, 17, 2, 0), True,
                            text=amz_text(*args), html=amz_html(*args, button=('お届け時間帯を変更する', '/gp/your-account/ship-track')),
                            charset='utf-8', cte='qp')))

    txt = """Amazon.co.jp

山本 直子 様

Kindle Unlimited の会員登録のキャンセルを承りました。

現在の会員期間の終了日（2025年3月20日）までは、引き続き Kindle Unlimited の対象タイトルをお楽しみいただけます。
終了日以降、会費は請求されません。Kindle Unlimited でお読みいただいていたタイトルは、終了日にライブラリから削除されます。
購入済みの Kindle 本には影響ありません。

キャンセルを取り消して会員登録を継続する場合は、終了日までに以下のページから手続きしてください。
https://www.amazon.co.jp/kindle-dbs/ku/ku-central

Amazon.co.jp がメールでパスワードやクレジットカード番号をお尋ねすることはありません。
このメールは配信専用のアドレスから送信されています。
"""
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: Kindle Unlimited membership cancelled',
                  **jp_mail('digital-no-reply', 'naoko.y@outlook.jp', 'mx-in.outlook.com',
                            'Kindle Unlimited 会員登録のキャンセルが完了しました', when(2, 28, 11, 6, 0), False,
                            text=txt, charset='utf-8', cte='base64')))

    o = '503-9915267-4480731'
    paras = ['Amazon.co.jp をご利用いただき、ありがとうございます。',
             'ご注文 %s のお支払いについて、ご登録のクレジットカード（Mastercard 末尾 2290）の承認を得ることができませんでした。' % o,
             'お手数ですが、2025年4月20日までにお支払い方法を更新してください。更新いただけない場合、ご注文はキャンセルされます。',
             'お支払い方法を更新すると、ご注文は通常どおり処理・発送されます。']
    items = [dict(name='ロジクール ワイヤレスキーボード K295 静音 グラファイト', qty=1, price='￥3,480')]
    L2 = dict(L_JA, items_hdr='お支払い待ちの商品')
    args = (JP, L2, 'お支払い方法の更新のお願い', o, '中村 大輔 様', paras, items, '￥3,480', [], None, JA_FOOT)
    M.append(dict(kind='non_notice', lang='ja', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon payment reminder before cancellation (update or order will be cancelled)',
                  **jp_mail('payments-messages', 'd.nakamura@ybb.ne.jp', 'mx.ybb.ne.jp',
                            'Amazon.co.jp お支払い方法の更新のお願い（注文番号 %s）' % o, when(4, 17, 2, 12, 0), True,
                            text=amz_text(*args), html=amz_html(*args, button=('お支払い方法を更新する', '/gp/css/order-details?orderID=' + o)),
                            charset='utf-8', cte='8bit')))
    return M

# ================================================================ TURKISH (amazon.com.tr)
TR = 'amazon.com.tr'
L_TR = dict(site='Amazon.com.tr', your_orders='Siparişlerim', your_account='Hesabım', order='Sipariş No',
            items_hdr='İptal Edilen Ürünler', qty='Adet', seller='Satıcı', total='Sipariş Toplamı')
TR_FOOT = [
    'Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu e-postayı yanıtlamayın.',
    'Amazon.com.tr hiçbir zaman e-posta yoluyla şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez.',
    ('Kart numaranız veya son kullanma tarihiniz değiştiyse, Hesabım > Ödeme Yöntemleriniz bölümünden güncelleyebilirsiniz.', 'Ödeme Yöntemleriniz', '/cpe/yourpayments/wallet'),
    ('Amazon.com.tr adına gönderilmiş gibi görünen şüpheli bir e-posta aldıysanız, bağlantılara tıklamadan bize bildirin.', 'Şüpheli e-postaları bildirin', '/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF'),
    ('Yardıma mı ihtiyacınız var?', 'Yardım ve Müşteri Hizmetleri', '/gp/help/customer/display.html'),
]
TR_FOOT_SHORT = [TR_FOOT[0], TR_FOOT[1], TR_FOOT[2]]

def tr_mail(local, to, mx, subject, date, auth, **kw):
    d = dict(frm=('Amazon.com.tr', '%s@%s' % (local, TR)), to=to, subject=subject, date=date,
             headers=amazon_headers(TR, local, date, auth, mx))
    d.update(kw)
    return d

def tr_mails():
    M = []
    # ---------------- notices
    o = '405-2218834-6650712'
    items = [dict(name='Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, Siyah', qty=1, price='4.299,00 TL', seller='Ege Elektronik')]
    paras = ['Merhaba Elif Yıldız,',
             'Üzgünüz, %s numaralı siparişinizdeki aşağıdaki ürün, satıcının stoğu tükendiği ve ürünü tedarik edemediği için iptal edildi.' % o,
             'Bu ürün için sizden herhangi bir ücret alınmadı. Siparişinizde başka ürünler varsa, bunlar planlandığı şekilde gönderilecektir.']
    after = ['Benzer ürünleri görmek için Amazon.com.tr\'yi ziyaret edebilirsiniz. Yaşadığınız aksaklık için özür dileriz.']
    args = (TR, L_TR, 'Sipariş İptali', o, 'Merhaba,', paras[1:], items, None, after, 'Tekrar görüşmek dileğiyle.', TR_FOOT)
    txt = amz_text(TR, L_TR, 'Sipariş İptali', o, paras[0], paras[1:], items, None, after, 'Tekrar görüşmek dileğiyle.', TR_FOOT, rule='=' * 70)
    M.append(dict(kind='notice', lang='tr', cause='inventory_shortage', states_reason=True, marketplace=TR,
                  note='seller out of stock, could not supply; iso-8859-9 QP text-only; auth',
                  **tr_mail('order-update', 'elif.yildiz@gmail.com', 'mx.google.com',
                            'Amazon.com.tr siparişinizdeki 1 ürün iptal edildi', when(11, 19, 7, 25, 0), True,
                            text=txt, charset='iso-8859-9', cte='qp', henc='q')))

    o = '406-7739120-5184326'
    items = [dict(name='Samsung Galaxy Buds2 Pro Kablosuz Kulaklık, Grafit', qty=1, price='3.749,00 TL', seller='Amazon.com.tr'),
             dict(name='Spigen Silikon Kılıf, Galaxy Buds2 Pro uyumlu', qty=1, price='299,90 TL', seller='Amazon.com.tr')]
    paras = ['%s numaralı siparişinizin ödemesi için kayıtlı kartınızdan (Mastercard, son dört hanesi 7730) yetkilendirme alınamadı.' % o,
             'Size daha önce gönderdiğimiz e-postada belirtilen süre içinde ödeme bilgileriniz güncellenmediği için siparişinizi iptal ettik.']
    after = ['Ürünleri hâlâ satın almak istiyorsanız lütfen yeni bir sipariş verin. Kartınızın neden reddedildiğini öğrenmek için kartınızı veren bankayla iletişime geçebilirsiniz.']
    args = (TR, L_TR, 'Siparişiniz iptal edildi', o, 'Merhaba Mert Kaya,', paras, items, '4.048,90 TL', after, 'Tekrar görüşmek dileğiyle.', TR_FOOT)
    M.append(dict(kind='notice', lang='tr', cause='payment_issue', states_reason=True, marketplace=TR,
                  note='card authorisation failed, payment not updated in time; multipart utf-8 QP; no auth',
                  **tr_mail('payments-messages', 'mert.kaya@hotmail.com', 'mx-in.outlook.com',
                            'Amazon.com.tr siparişiniz #%s iptal edildi' % o, when(12, 3, 10, 2, 0), False,
                            text=amz_text(*args), html=amz_html(*args), charset='utf-8', cte='qp', henc='q')))

    o = '403-5590318-2071645'
    items = [dict(name='LG 55 inç 4K UHD Smart TV 55UR78006LK', qty=1, price='129,00 TL', seller='Amazon.com.tr')]
    paras = ['Amazon.com.tr\'yi tercih ettiğiniz için teşekkür ederiz.',
             'Aşağıdaki ürün, sistemimizde oluşan bir fiyatlandırma hatası nedeniyle ürün sayfasında 12.999,00 TL yerine 129,00 TL fiyatla listelenmişti.',
             'Hatalı fiyatla verilen siparişleri yerine getiremediğimiz için siparişinizi iptal ettik. Kartınızdan herhangi bir ücret tahsil edilmedi.']
    after = ['Bu durumun yol açtığı rahatsızlık için özür dileriz. Ürünün güncel fiyatını ürün sayfasında görebilirsiniz.']
    M.append(dict(kind='notice', lang='tr', cause='technical_issue', states_reason=True, marketplace=TR,
                  note='pricing error in system; HTML-only iso-8859-9 8bit; no auth',
                  **tr_mail('order-update', 'can.ozturk@yandex.com.tr', 'mx.yandex.net',
                            'Amazon.com.tr siparişinizle ilgili önemli bilgi: %s' % o, when(1, 8, 13, 40, 0), False,
                            html=amz_html(TR, L_TR, 'Siparişiniz iptal edildi', o, 'Merhaba Can Öztürk,', paras, items, '129,00 TL', after,
                                          'Tekrar görüşmek dileğiyle.', TR_FOOT),
                            charset='iso-8859-9', cte='8bit', henc='q')))

    o = '405-8801653-3390274'
    items = [dict(name='Apple iPad Air 11 inç (M2) Wi-Fi 256 GB, Uzay Grisi', qty=2, price='65.998,00 TL', seller='Amazon.com.tr')]
    paras = ['Hesabınızda olağan dışı bir etkinlik tespit ettik. Sizi korumak için hesabınızı geçici olarak beklemeye aldık ve aşağıdaki siparişi iptal ettik.',
             'Hesabınızı yeniden kullanabilmek için Amazon.com.tr\'de oturum açın ve ekrandaki adımları izleyerek kimlik doğrulamasını tamamlayın.',
             'Güvenliğiniz için bu e-postadaki bağlantıları kullanmak yerine tarayıcınıza doğrudan www.amazon.com.tr yazarak giriş yapmanızı öneririz.']
    after = ['Bu sipariş için kartınızdan ücret alınmadı. Doğrulama tamamlandıktan sonra ürünleri yeniden sipariş edebilirsiniz.']
    args = (TR, L_TR, 'Hesabınız beklemeye alındı', o, 'Merhaba Zeynep Arslan,', paras, items, '65.998,00 TL', after, 'Amazon.com.tr Hesap Güvenliği Ekibi', TR_FOOT)
    M.append(dict(kind='notice', lang='tr', cause='fraud_prevention', states_reason=True, marketplace=TR,
                  note='unusual activity, account on hold, order cancelled; multipart utf-8 base64; auth',
                  **tr_mail('cs-reply', 'zeynep.arslan@outlook.com', 'mx-in.outlook.com',
                            'Amazon.com.tr hesabınız beklemeye alındı ve siparişiniz iptal edildi', when(2, 6, 22, 15, 0), True,
                            text=amz_text(*args), html=amz_html(*args), charset='utf-8', cte='base64')))

    o = '402-1174460-9923118'
    txt = """Amazon.com.tr
Başarılı iptal

Merhaba Emre Şahin,

Talebiniz üzerine %s numaralı siparişinizden aşağıdaki ürünleri iptal ettik.

İptal Edilen Ürünler:
    Karaca Hatır Türk Kahvesi Makinesi, Bakır  -  Adet: 1  -  2.199,00 TL
    Kurukahveci Mehmet Efendi Türk Kahvesi 500 g  -  Adet: 2  -  460,00 TL

İptal Nedeni: Müşteri tarafından iptal edildi
Sipariş Durumu: İPTAL EDİLDİ

Ödemeniz alınmışsa tutar, kullandığınız ödeme yöntemine 3-5 iş günü içinde iade edilir.
Siparişlerinizi dilediğiniz zaman Siparişlerim sayfasından görüntüleyebilirsiniz:
https://www.amazon.com.tr/gp/css/order-history

Tekrar görüşmek dileğiyle.
Amazon.com.tr

-----------------------------------------------------------------------
Amazon.com.tr hiçbir zaman e-posta yoluyla şifrenizi veya kart numaranızı istemez.
Kart bilgileriniz değiştiyse Hesabım > Ödeme Yöntemleriniz bölümünden güncelleyin: https://www.amazon.com.tr/cpe/yourpayments/wallet
Şüpheli e-postaları bildirin: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF
Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir.
""" % o
    M.append(dict(kind='notice', lang='tr', cause='customer_request', states_reason=True, marketplace=TR,
                  note='"Iptal Nedeni: Musteri tarafindan iptal edildi"; text-only utf-8 8bit; no auth',
                  **tr_mail('auto-confirm', 'emre.sahin@gmail.com', 'mx.google.com',
                            'Başarılı iptal: Amazon.com.tr siparişinizden 2 ürün iptal edildi', when(3, 14, 9, 31, 0), False,
                            text=txt, charset='utf-8', cte='8bit')))

    o = '403-6602957-1148830'
    items = [dict(name='Bosch Akülü Darbeli Matkap GSB 18V-21 + 2 Akü', qty=1, price='5.849,00 TL', seller='Yapı Market Online')]
    paras = ['%s numaralı siparişinizin iptal edildiğini bildirmek isteriz.' % o,
             'Bu sipariş için hesabınızdan herhangi bir ücret alınmayacaktır. Daha önce tahsil edilmiş bir tutar varsa, 3-5 iş günü içinde ödeme yönteminize iade edilir.']
    after = ['Sorularınız için Müşteri Hizmetleri sayfamızı ziyaret edebilirsiniz.']
    args = (TR, L_TR, 'Sipariş İptali', o, 'Merhaba Ayşe Çelik,', paras, items, '5.849,00 TL', after, 'Tekrar görüşmek dileğiyle.', TR_FOOT)
    M.append(dict(kind='notice', lang='tr', cause='unknown', states_reason=False, marketplace=TR,
                  note='cancellation without any reason; multipart iso-8859-9 base64; auth',
                  **tr_mail('order-update', 'ayse.celik@yahoo.com', 'mta7.am0.yahoodns.net',
                            'Amazon.com.tr siparişiniz #%s iptal edildi' % o, when(4, 25, 16, 8, 0), True,
                            text=amz_text(*args), html=amz_html(*args), charset='iso-8859-9', cte='base64')))

    # ---------------- lookalikes
    txt = """Sayın Müşterimiz,

2.849 TL tutarındaki siparişiniz (No: 405-77123-9) iptal edilmiştir.
Tutar kartınızdan çekilmiştir!!

Ücret iadesi için 0850 305 44 71 numaralı Amazon Müşteri Hizmetleri hattını HEMEN arayın.
Aramazsanız iade işlemi GERÇEKLEŞMEYECEKTİR.

Amazon Türkiye
"""
    d = when(12, 29, 20, 47, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='unknown', states_reason=False, marketplace=None,
                  note='callback number; gmail; malformed order no; crude; no reason',
                  frm=('Amazon Destek', 'amazontr.destekhatti@gmail.com'), to='mert.kaya@hotmail.com',
                  subject='SİPARİŞİNİZ İPTAL EDİLDİ !!! Acil Arayınız', date=d,
                  headers=other_headers('gmail.com', d, 'mx-in.outlook.com', ip='209.85.128.%d' % rng.randint(10, 90), helo='mail-wm1-f53.google.com',
                                        msgid_domain='mail.gmail.com'),
                  text=txt, charset='utf-8', cte='8bit'))

    body = ('<div style="font-family:Arial;max-width:560px;margin:auto">'
            '<p style="font-size:22px"><b>amazon</b>.com.tr</p>'
            '<p>Değerli müşterimiz,</p>'
            '<p>Hesabınızda şüpheli giriş denemeleri tespit edildiğinden <b>hesabınız askıya alınmış</b> ve bekleyen siparişiniz iptal edilmiştir.</p>'
            '<p>Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:</p>'
            '<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482 913</p>'
            '<p><a href="https://amazon-com-tr.hesap-dogrulama.com/dogrula?t=%s">Hesabımı Doğrula</a></p>'
            '<p>Kod 12 saat boyunca geçerlidir. Bu süre içinde doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p>'
            '<p>Amazon Güvenlik Ekibi</p></div>' % hexid(18))
    d = when(1, 17, 3, 12, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='fraud_prevention', states_reason=True, marketplace=None,
                  note='account suspended + order cancelled, use this code; lookalike subdomain; no order no; HTML-only',
                  frm=('Amazon Güvenlik', 'guvenlik@amazon-com-tr.hesap-dogrulama.com'), to='can.ozturk@yandex.com.tr',
                  subject='Hesabınız askıya alındı - Siparişiniz iptal edildi', date=d,
                  headers=other_headers('amazon-com-tr.hesap-dogrulama.com', d, 'mx.yandex.net', mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                  html=simple_html(body, lang='tr'), charset='utf-8', cte='qp', henc='q'))

    txt = """Sayın Amazon.com.tr Müşterisi,

406-3361882-7105543 numaralı siparişiniz, kartınızdan ödeme alınamadığı için iptal edilmiştir.

Siparişinizin yeniden işleme alınabilmesi için lütfen bu e-postayı yanıtlayarak aşağıdaki bilgileri eksiksiz gönderiniz:

 - Kart üzerindeki ad soyad
 - Kart numarası (16 hane)
 - Son kullanma tarihi
 - CVV (kartın arkasındaki 3 hane)
 - T.C. kimlik numarası

Bilgileriniz 24 saat içinde ulaşmazsa siparişiniz kalıcı olarak silinecektir.

Saygılarımızla,
Amazon.com.tr Ödeme Birimi
"""
    d = when(2, 20, 11, 58, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='payment_issue', states_reason=True, marketplace=None,
                  note='reply with card details incl. CVV; hotmail sender; iso-8859-9',
                  frm=('Amazon.com.tr Ödeme Birimi', 'amazon.tr.odeme@hotmail.com'), to='zeynep.arslan@outlook.com',
                  subject='Siparişiniz ödeme hatası nedeniyle iptal edildi', date=d,
                  headers=other_headers('hotmail.com', d, 'mx-in.outlook.com', ip='40.92.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                                        helo='EUR05-AM6-obe.outbound.protection.outlook.com', msgid_domain='AM6PR08MB4321.eurprd08.prod.outlook.com'),
                  text=txt, charset='iso-8859-9', cte='qp', henc='q'))

    o = '405-9920147-3318850'
    evil = lambda p, _o=o: 'http://amazon-tr.siparis-iptal.info/giris?next=%s&o=%s' % (quote(p, safe=''), _o)
    items = [dict(name='Dyson V12 Detect Slim Absolute Kablosuz Süpürge', qty=1, price='21.999,00 TL', seller='Amazon.com.tr')]
    paras = ['Üzgünüz, siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edildi.',
             'Ödemeniz kartınızdan tahsil edildiğinden iade işlemini başlatmanız gerekmektedir. Lütfen 48 saat içinde aşağıdaki bağlantıdan giriş yaparak kart bilgilerinizi doğrulayın.']
    h = amz_html(TR, L_TR, 'Siparişiniz iptal edildi', o, 'Merhaba Emre Şahin,', paras, items, '21.999,00 TL', [],
                 'Tekrar görüşmek dileğiyle.', TR_FOOT, link=evil, shown_url=True,
                 button=('https://www.amazon.com.tr/iade', evil('/iade')))
    d = when(3, 2, 6, 3, 0)
    M.append(dict(kind='lookalike', lang='tr', cause='inventory_shortage', states_reason=True, marketplace=None,
                  note='spoofed From amazon.com.tr with spf/dmarc fail; anchor text amazon URLs, hrefs to .info; polished',
                  frm=('Amazon.com.tr', 'order-update@amazon.com.tr'), to='emre.sahin@gmail.com',
                  subject='Amazon.com.tr siparişiniz #%s iptal edildi' % o, date=d,
                  headers=[('Return-Path', '<bounce@mail-srv7.siparis-bilgi.top>'),
                           ('Received', 'from mail-srv7.siparis-bilgi.top (mail-srv7.siparis-bilgi.top [185.222.%d.%d])\n\tby mx.google.com with ESMTP id %s\n\tfor <emre.sahin@gmail.com>; %s'
                            % (rng.randint(1, 254), rng.randint(1, 254), hexid(10), format_datetime(d))),
                           ('Authentication-Results', 'mx.google.com;\n\tspf=fail (google.com: domain of bounce@mail-srv7.siparis-bilgi.top does not designate permitted sender) smtp.mailfrom=mail-srv7.siparis-bilgi.top;\n\tdkim=none;\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com.tr'),
                           ('Message-ID', '<%s@mail-srv7.siparis-bilgi.top>' % hexid(20))],
                  text=amz_text(TR, L_TR, 'Siparişiniz iptal edildi', o, 'Merhaba Emre Şahin,', paras, items, '21.999,00 TL', [], None, TR_FOOT_SHORT,
                                urlbase='http://amazon-tr.siparis-iptal.info'),
                  html=h, charset='utf-8', cte='qp', henc='q'))

    body = ('<p>Değerli Müşterimiz,</p>'
            '<p>#406-5518290-3317745 numaralı siparişinizde kullanılan ödeme yöntemi doğrulanamadı.</p>'
            '<p style="color:#b12704"><b>24 saat içinde ödeme bilgilerinizi güncellemezseniz siparişiniz iptal edilecek ve hesabınız kısıtlanacaktır.</b></p>'
            '<p><a href="https://secure-amzn-tr.com/odeme/guncelle?s=%s" style="background:#ffd814;padding:8px 24px;border-radius:8px;color:#000;text-decoration:none">Ödeme Bilgilerini Güncelle</a></p>'
            '<p>Amazon.com.tr ailesi olarak anlayışınız için teşekkür ederiz.</p>' % hexid(14))
    d = when(4, 4, 8, 44, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='payment_issue', states_reason=True, marketplace=None,
                  note='Cyrillic a letters in display name; "order will be cancelled in 24h unless"; HTML-only base64',
                  frm=('Аmаzon.com.tr', 'bildirim@secure-amzn-tr.com'), to='ayse.celik@yahoo.com',
                  subject='Son uyarı: Siparişiniz 24 saat içinde iptal edilecek', date=d,
                  headers=other_headers('secure-amzn-tr.com', d, 'mta7.am0.yahoodns.net',
                                        auth='spf=pass smtp.mailfrom=secure-amzn-tr.com;\n\tdkim=pass header.d=secure-amzn-tr.com;\n\tdmarc=pass(p=NONE) header.from=secure-amzn-tr.com'),
                  html=simple_html(body, lang='tr'), charset='utf-8', cte='base64'))

    o = '40-5561-8812'
    paras = ['Sistemimizde yaşanan teknik bir arıza nedeniyle siparişiniz iptal edildi.',
             'Mağduriyetinizi gidermek için ücret iadenizi ve 250 TL değerindeki hediye çekinizi hemen gönderiyoruz. İade için banka kartı bilgilerinizi doğrulamanız yeterlidir.']
    h = amz_html('amaz0n.com.tr', L_TR, 'Siparişiniz iptal edildi', o, 'Merhaba,', paras, [], None, [], 'Amazon.com.tr Müşteri Hizmetleri',
                 TR_FOOT, link=lambda p: 'https://www.amaz0n.com.tr' + p, button=('İadeyi Al', 'https://www.amaz0n.com.tr/iade/dogrula'))
    d = when(1, 26, 14, 9, 0)
    M.append(dict(kind='lookalike', lang='tr', cause='technical_issue', states_reason=True, marketplace=None,
                  note='amaz0n.com.tr with own dkim/dmarc pass; malformed order no; technical fault + refund lure; polished',
                  frm=('Amazon.com.tr', 'siparis@amaz0n.com.tr'), to='elif.yildiz@gmail.com',
                  subject='Amazon.com.tr siparişiniz #%s iptal edildi' % o, date=d,
                  headers=other_headers('amaz0n.com.tr', d, 'mx.google.com',
                                        auth='dkim=pass header.i=@amaz0n.com.tr header.s=default header.b=%s;\n\tspf=pass smtp.mailfrom=amaz0n.com.tr;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amaz0n.com.tr' % rid(8)),
                  text='\n\n'.join(paras) + '\n\nhttps://www.amaz0n.com.tr/iade/dogrula\n', html=h, charset='iso-8859-9', cte='qp', henc='q'))

    txt = """Amazon.com.tr Müşteri Hizmetleri

İptal talebiniz alınmıştır.

Talebiniz üzerine 403-8812077-1290364 numaralı siparişiniz iptal edildi.
Ürün: Apple iPhone 15 128 GB Siyah
Tutar: 52.999,00 TL

Bu talebi siz oluşturmadıysanız hesabınız başkası tarafından kullanılıyor olabilir.
İptali geri almak ve hesabınızı korumak için 12 saat içinde aşağıdaki bağlantıya tıklayın:

https://amazon-orders.help/tr/iptal-geri-al?ref=4038812077

Amazon.com.tr
"""
    d = when(3, 27, 18, 30, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='customer_request', states_reason=True, marketplace=None,
                  note='Greek Alpha in display name; amazon-orders.help; undo-cancellation lure',
                  frm=('Αmazon Müşteri Hizmetleri', 'iptal@amazon-orders.help'), to='can.ozturk@yandex.com.tr',
                  subject='İptal talebiniz alındı', date=d,
                  headers=other_headers('amazon-orders.help', d, 'mx.yandex.net', mailer='Sendinblue'),
                  text=txt, html=text_to_html(txt, lang='tr'), charset='utf-8', cte='base64'))

    body = ('<p><img src="http://amazon.com.tr.musteri-merkezi.ru/logo.gif" alt="Amazon.com.tr"></p>'
            '<p>Merhaba,</p><p>Siparişinizle ilgili bir sorun oluştu ve siparişiniz <b>iptal edilmek üzere</b>.</p>'
            '<p>Siparişinizi korumak için aşağıdaki formu doldurun. Formu doldurmazsanız siparişiniz iptal edilecektir.</p>'
            '<p><a href="http://amazon.com.tr.musteri-merkezi.ru/form.php?id=%s">Formu Doldur</a></p>'
            '<p>Sorularınız için: amazon-tr-destek@outlook.com</p><p>Amazon</p>' % rng.randint(10000, 99999))
    d = when(2, 9, 2, 18, 3)
    M.append(dict(kind='lookalike', lang='tr', cause='unknown', states_reason=False, marketplace=None,
                  note='amazon.com.tr.<evil>.ru sender; "will be cancelled" unless form filled; no order no; outlook reply-to',
                  frm=('Amazon.com.tr', 'no-reply@amazon.com.tr.musteri-merkezi.ru'), to='mert.kaya@hotmail.com',
                  reply_to='amazon-tr-destek@outlook.com',
                  subject='Siparişiniz iptal edilmek üzere - işlem gerekli', date=d,
                  headers=other_headers('amazon.com.tr.musteri-merkezi.ru', d, 'mx-in.outlook.com'),
                  html=simple_html(body, lang='tr'), charset='iso-8859-9', cte='8bit'))

    # ---------------- non-notices
    txt = """Merhaba Selin Aydın,

1038477215 numaralı siparişinizdeki aşağıdaki ürün iptal edilmiştir:

Ürün: Amazon Kindle Paperwhite (16 GB), 6,8 inç ekran, Siyah
Satıcı: TeknoDükkan
Adet: 1
Tutar: 6.499,00 TL

İptal nedeni: Satıcının stoğunda ürün kalmadı.

Ödemeniz, siparişte kullandığınız kartınıza iade edilmiştir. İadenin hesabınıza yansıması bankanıza bağlı olarak 2-10 iş günü sürebilir.

Siparişlerinizi Hesabım > Siparişlerim sayfasından takip edebilirsiniz.

Hepsiburada'yı tercih ettiğiniz için teşekkür ederiz.
Hepsiburada.com

Bu e-posta bilgilendirme amaçlı gönderilmiştir, lütfen yanıtlamayınız.
"""
    d = when(12, 12, 15, 5, 3)
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='Hepsiburada cancels an "Amazon Kindle" product (seller out of stock)',
                  frm=('Hepsiburada', 'siparis@bildirim.hepsiburada.com'), to='selin.aydin@gmail.com',
                  subject='Siparişinizdeki Amazon Kindle Paperwhite ürünü iptal edildi', date=d,
                  headers=other_headers('bildirim.hepsiburada.com', d, 'mx.google.com',
                                        auth='dkim=pass header.d=hepsiburada.com; spf=pass smtp.mailfrom=bildirim.hepsiburada.com; dmarc=pass header.from=hepsiburada.com'),
                  text=txt, html=text_to_html(txt, lang='tr'), charset='utf-8', cte='qp', henc='q'))

    txt = """Selam Gökhan,

Toplantı odası için Amazon'dan verdiğim projeksiyon siparişini iptal ettim; teslimat 3 hafta sonraya kaymış, lansmana yetişmeyecekti.
Onun yerine Teknosa'dan aynı modeli yarın mağazadan teslim alacağım, faturayı muhasebeye ben iletirim.

Perşembe provası için kablolar ve HDMI adaptörü bende.

İyi çalışmalar,
Burak Demir
Satın Alma Uzmanı | Özkan Lojistik A.Ş.
"""
    d = when(1, 21, 9, 12, 3)
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='colleague says he cancelled his Amazon order; iso-8859-9 8bit',
                  frm=('Burak Demir', 'burak.demir@ozkanlojistik.com.tr'), to='gokhan.yilmaz@ozkanlojistik.com.tr',
                  subject='Projeksiyon cihazı', date=d,
                  headers=other_headers('ozkanlojistik.com.tr', d, 'mx.ozkanlojistik.com.tr', mailer='Microsoft Outlook 16.0'),
                  text=txt, charset='iso-8859-9', cte='8bit'))

    body = ('<h2>Güvenli İnternet Bülteni - Sayı 48</h2>'
            '<h3>Sahte "sipariş iptali" e-postalarına dikkat!</h3>'
            '<p>Son haftalarda, Amazon.com.tr\'den geliyormuş gibi görünen ve <i>"Amazon.com.tr siparişiniz iptal edildi"</i> ya da '
            '<i>"Son uyarı: Siparişiniz 24 saat içinde iptal edilecek"</i> konu satırlarını taşıyan oltalama e-postalarında artış gözlemledik.</p>'
            '<p>Bu e-postalar genellikle sizi acele ettirir, bir telefon numarasını aramanızı ister ya da kart bilgilerinizi girmeniz için sahte bir sayfaya yönlendirir.</p>'
            '<h3>Nasıl korunursunuz?</h3><ul>'
            '<li>Gönderen adresinin alan adını dikkatle kontrol edin (amaz0n, amazon-orders.help gibi adresler sahtedir).</li>'
            '<li>Bağlantılara tıklamak yerine uygulamayı veya tarayıcıya elle yazdığınız adresi kullanın.</li>'
            '<li>Kart numaranızı ve CVV kodunuzu asla e-posta ile paylaşmayın.</li></ul>'
            '<p>Ayrıca bu sayıda: Kargo SMS dolandırıcılığı, iki aşamalı doğrulama rehberi.</p>'
            '<p style="font-size:11px;color:#777">Bu bülteni guvenlinet.org aboneliğiniz nedeniyle alıyorsunuz. '
            '<a href="https://guvenlinet.org/abonelik/iptal">Abonelikten çık</a></p>')
    d = when(3, 6, 10, 0, 3)
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='security newsletter quoting fake Amazon cancellation subjects',
                  frm=('Güvenli İnternet Bülteni', 'bulten@guvenlinet.org'), to='selin.aydin@gmail.com',
                  subject='Bülten #48: Sahte "Amazon siparişiniz iptal edildi" e-postalarına dikkat', date=d,
                  headers=other_headers('guvenlinet.org', d, 'mx.google.com', mailer='Mailchimp Mailer - **CID%s**' % hexid(20)) + [('List-Unsubscribe', '<https://guvenlinet.org/abonelik/iptal>')],
                  html=simple_html(body, lang='tr'), charset='utf-8', cte='qp', henc='q'))

    o = '404-2298715-6630194'
    items = [dict(name='Arçelik 9 kg Çamaşır Makinesi 9120 M, Beyaz', qty=1, price='18.499,00 TL')]
    L2 = dict(L_TR, items_hdr='Siparişinizdeki Ürün')
    paras = ['18 Ocak Cumartesi günü 09:00-13:00 saatleri için planlanan teslimat ve kurulum randevunuz, kargo firmasının operasyonel bir sorunu nedeniyle iptal edildi.',
             'Siparişiniz iptal edilmedi. Lütfen aşağıdaki bağlantıdan sizin için uygun yeni bir teslimat randevusu seçin.']
    args = (TR, L2, 'Teslimat randevunuz iptal edildi', o, 'Merhaba Ayşe Çelik,', paras, items, None, [], 'Tekrar görüşmek dileğiyle.', TR_FOOT_SHORT)
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: delivery/installation appointment cancelled, order intact',
                  **tr_mail('shipment-tracking', 'ayse.celik@yahoo.com', 'mta7.am0.yahoodns.net',
                            'Teslimat randevunuz iptal edildi: Sipariş #%s' % o, when(1, 17, 18, 44, 0), False,
                            text=amz_text(*args), html=amz_html(*args, button=('Yeni randevu seçin', '/gp/your-account/ship-track')),
                            charset='utf-8', cte='base64')))

    txt = """Amazon.com.tr

Merhaba Zeynep Arslan,

Amazon Prime üyeliğinizi iptal ettiniz.

Prime avantajlarınızdan 14 Mart 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra üyelik ücreti tahsil edilmeyecektir.
Prime Video'da kaydettiğiniz içerikler ve izleme geçmişiniz hesabınızda kalır.

Fikrinizi değiştirirseniz, üyeliğinizi 14 Mart 2025 tarihine kadar tek tıkla devam ettirebilirsiniz:
https://www.amazon.com.tr/prime/manage

Amazon.com.tr hiçbir zaman e-posta yoluyla şifrenizi veya kart bilgilerinizi istemez.
Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir.
"""
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: Prime membership cancelled; iso-8859-9 QP',
                  **tr_mail('prime', 'zeynep.arslan@outlook.com', 'mx-in.outlook.com',
                            'Amazon Prime üyeliğiniz iptal edildi', when(2, 14, 12, 20, 0), True,
                            text=txt, charset='iso-8859-9', cte='qp', henc='q')))

    o = '405-7026418-8851370'
    txt = """Amazon.com.tr
Ödeme yönteminizi güncelleyin

Merhaba Can Öztürk,

%s numaralı siparişinizin ödemesini kayıtlı kartınızla (Visa, son dört hanesi 0194) gerçekleştiremedik.

Siparişinizin işleme alınabilmesi için lütfen 22 Nisan 2025 tarihine kadar Siparişlerim sayfasından ödeme yönteminizi güncelleyin.
Bu tarihe kadar ödeme yönteminiz güncellenmezse siparişiniz iptal edilecektir.

Ürün: Logitech MX Master 3S Kablosuz Mouse, Grafit - 2.899,00 TL

Ödeme yönteminizi güncellemek için: https://www.amazon.com.tr/gp/css/order-details?orderID=%s

Amazon.com.tr hiçbir zaman e-posta ile kart numaranızı veya şifrenizi istemez. Ödeme bilgilerinizi yalnızca Amazon.com.tr'de oturum açarak güncelleyin.
Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir.
""" % (o, o)
    M.append(dict(kind='non_notice', lang='tr', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon payment reminder, order will be cancelled only if not updated',
                  **tr_mail('payments-messages', 'can.ozturk@yandex.com.tr', 'mx.yandex.net',
                            'Ödeme yönteminizi güncelleyin: Amazon.com.tr siparişiniz #%s' % o, when(4, 19, 5, 33, 0), False,
                            text=txt, charset='iso-8859-9', cte='8bit', henc='q')))
    return M

# ================================================================ ARABIC (amazon.ae / amazon.sa / amazon.eg)
def L_AR(site):
    return dict(site=site.capitalize(), your_orders='طلباتك', your_account='حسابك', order='رقم الطلب',
                items_hdr='المنتجات الملغاة', qty='الكمية', seller='البائع', total='إجمالي الطلب')

def AR_FOOT(site):
    S = site.capitalize()
    return [
        'تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يمكنه استقبال الرسائل. يُرجى عدم الرد على هذه الرسالة.',
        'لن تطلب منك %s أبدًا تقديم كلمة المرور أو رقم بطاقتك الائتمانية أو معلوماتك المصرفية عبر البريد الإلكتروني.' % S,
        ('إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من «حسابك» ثم «خيارات الدفع».', 'خيارات الدفع', '/cpe/yourpayments/wallet'),
        ('إذا تلقيت رسالة مشبوهة تدّعي أنها من أمازون، فلا تنقر على أي رابط وأبلغنا عنها.', 'الإبلاغ عن رسالة مشبوهة', '/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF'),
        ('هل تحتاج إلى مساعدة؟', 'خدمة العملاء', '/gp/help/customer/display.html'),
    ]

def ar_mail(site, local, to, mx, subject, date, auth, **kw):
    d = dict(frm=(site.capitalize(), '%s@%s' % (local, site)), to=to, subject=subject, date=date,
             headers=amazon_headers(site, local, date, auth, mx))
    d.update(kw)
    return d

def ar_mails():
    M = []
    AE, SA, EG = 'amazon.ae', 'amazon.sa', 'amazon.eg'
    # ---------------- notices
    o = '404-3380192-7741566'
    txt = """Amazon.sa
تم إلغاء منتج من طلبك
رقم الطلب %s
______________________________________________________________________

مرحبًا عبدالله القحطاني،

نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك رقم %s، لأن البائع لم يتمكن من توفيره بعد نفاده من المخزون، ولا نتوقع توفره مرة أخرى قريبًا.

المنتجات الملغاة:
    ساعة ذكية هواوي Watch GT 4 مقاس 46 ملم، أسود
    الكمية: 1    السعر: 899.00 ريال    البائع: متجر النخبة للإلكترونيات

لم يتم خصم أي مبلغ مقابل هذا المنتج. سيتم شحن باقي المنتجات في طلبك كما هو مخطط.
يمكنك الاطلاع على منتجات مشابهة في Amazon.sa.

نعتذر عن أي إزعاج قد يسببه ذلك.
Amazon.sa
______________________________________________________________________

لن تطلب منك Amazon.sa أبدًا تقديم كلمة المرور أو رقم بطاقتك عبر البريد الإلكتروني.
إذا تغيّر رقم بطاقتك، يمكنك تحديثه من «حسابك» ثم «خيارات الدفع»: https://www.amazon.sa/cpe/yourpayments/wallet
للإبلاغ عن رسالة مشبوهة: https://www.amazon.sa/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF
تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل.
""" % (o, o)
    M.append(dict(kind='notice', lang='ar', cause='inventory_shortage', states_reason=True, marketplace=SA,
                  note='seller out of stock; windows-1256 QP text-only; auth',
                  **ar_mail(SA, 'order-update', 'a.alqahtani@gmail.com', 'mx.google.com',
                            'تم إلغاء منتج من طلبك على Amazon.sa رقم %s' % o, when(10, 28, 8, 5, 0), True,
                            text=txt, charset='windows-1256', cte='qp')))

    o = '402-9914730-2208561'
    items = [dict(name='مكنسة روبوت شاومي Robot Vacuum S10+ بيضاء', qty=1, price='1,299.00 درهم', seller='Amazon.ae')]
    paras = ['تعذّر علينا تفويض الدفع لطلبك رقم %s باستخدام بطاقتك (Visa المنتهية بـ 3391).' % o,
             'ولم يتم تحديث طريقة الدفع خلال المهلة المحددة في رسالتنا السابقة، لذلك قمنا بإلغاء الطلب.']
    after = ['إذا كنت لا تزال ترغب في شراء هذا المنتج، يُرجى تقديم طلب جديد. لمعرفة سبب رفض البطاقة، تواصل مع البنك المُصدر لها.']
    args = (AE, L_AR(AE), 'تم إلغاء طلبك', o, 'مرحبًا مريم الهاشمي،', paras, items, '1,299.00 درهم', after, 'نتطلع لرؤيتك مرة أخرى.', AR_FOOT(AE))
    M.append(dict(kind='notice', lang='ar', cause='payment_issue', states_reason=True, marketplace=AE,
                  note='payment authorisation failed, not updated in time; multipart utf-8 base64 rtl; no auth',
                  **ar_mail(AE, 'payments-messages', 'maryam.alhashemi@outlook.com', 'mx-in.outlook.com',
                            'تم إلغاء طلبك على Amazon.ae رقم %s' % o, when(1, 12, 5, 50, 0), False,
                            text=amz_text(*args), html=amz_html(*args, rtl=True), charset='utf-8', cte='base64')))

    o = '171-4402913-6058320'
    items = [dict(name='غسالة أطباق بوش 13 مكان سيري 4، فضي', qty=1, price='99.00 جنيه', seller='Amazon.eg')]
    paras = ['شكرًا لتسوقك من Amazon.eg.',
             'بسبب خطأ فني في نظامنا، ظهر المنتج التالي على صفحته بسعر غير صحيح (99.00 جنيه بدلًا من 19,999.00 جنيه).',
             'لا يمكننا تنفيذ الطلبات التي تمت بسعر خاطئ، لذلك قمنا بإلغاء طلبك. لن يتم تحصيل أي مبلغ منك.']
    after = ['نعتذر عن الإزعاج. يمكنك الاطلاع على السعر الحالي للمنتج في صفحته.']
    M.append(dict(kind='notice', lang='ar', cause='technical_issue', states_reason=True, marketplace=EG,
                  note='pricing error; HTML-only windows-1256 8bit rtl; auth',
                  **ar_mail(EG, 'order-update', 'omar.elsayed@yahoo.com', 'mta6.am0.yahoodns.net',
                            'معلومات مهمة بخصوص طلبك على Amazon.eg رقم %s' % o, when(3, 21, 11, 15, 0), True,
                            html=amz_html(EG, L_AR(EG), 'تم إلغاء طلبك', o, 'مرحبًا عمر السيد،', paras, items, '99.00 جنيه', after,
                                          'نتطلع لرؤيتك مرة أخرى.', AR_FOOT(EG), rtl=True),
                            charset='windows-1256', cte='8bit')))

    o = '406-5527108-9913462'
    txt = """Amazon.ae
تم تعليق حسابك مؤقتًا وإلغاء طلبك

مرحبًا خالد المزروعي،

لاحظنا نشاطًا غير معتاد على حسابك في Amazon.ae. ولحمايتك، قمنا بتعليق حسابك مؤقتًا وإلغاء الطلب التالي:

رقم الطلب: %s
    بطاقة هدايا PlayStation Store بقيمة 500 درهم (رمز رقمي)    الكمية: 4    2,000.00 درهم

لإعادة تفعيل حسابك، سجّل الدخول إلى Amazon.ae واتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك.
ننصحك بكتابة www.amazon.ae مباشرة في المتصفح بدلًا من النقر على الروابط الواردة في الرسائل.

لم يتم تحصيل أي مبلغ مقابل هذا الطلب. بعد التحقق من هويتك يمكنك تقديم الطلب مرة أخرى.

فريق أمان الحسابات
Amazon.ae
----------------------------------------------------------------------
لن تطلب منك Amazon.ae أبدًا كلمة المرور أو رمز التحقق أو رقم بطاقتك عبر البريد الإلكتروني أو الهاتف.
إذا تغيّر رقم بطاقتك يمكنك تحديثه من «خيارات الدفع»: https://www.amazon.ae/cpe/yourpayments/wallet
الإبلاغ عن الرسائل المشبوهة: https://www.amazon.ae/gp/help/customer/display.html?nodeId=GK4NN4ZXJLDQH2SF
""" % o
    M.append(dict(kind='notice', lang='ar', cause='fraud_prevention', states_reason=True, marketplace=AE,
                  note='unusual activity, account suspended, order cancelled; text-only utf-8 QP; no auth',
                  **ar_mail(AE, 'cs-reply', 'khalid.mazrouei@gmail.com', 'mx.google.com',
                            'تم تعليق حسابك على Amazon.ae مؤقتًا وإلغاء طلبك', when(2, 2, 19, 27, 0), False,
                            text=txt, charset='utf-8', cte='qp')))

    o = '408-1150264-3327718'
    items = [dict(name='قلاية هوائية فيليبس Essential XL بسعة 6.2 لتر', qty=1, price='449.00 ريال', seller='Amazon.sa'),
             dict(name='ورق خَبز للقلاية الهوائية، 100 قطعة', qty=1, price='35.00 ريال', seller='Amazon.sa')]
    paras = ['بناءً على طلبك، قمنا بإلغاء المنتجات التالية من طلبك رقم %s.' % o,
             'سبب الإلغاء: ألغى العميل الطلب']
    after = ['إذا كنت قد دفعت بالفعل، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.',
             'يمكنك متابعة طلباتك في أي وقت من صفحة «طلباتك».']
    args = (SA, L_AR(SA), 'تم الإلغاء بنجاح', o, 'مرحبًا نورة العتيبي،', paras, items, None, after, 'نتطلع لرؤيتك مرة أخرى.', AR_FOOT(SA))
    M.append(dict(kind='notice', lang='ar', cause='customer_request', states_reason=True, marketplace=SA,
                  note='"cancelled at your request", cancel reason customer; multipart utf-8 QP rtl; auth',
                  **ar_mail(SA, 'auto-confirm', 'noura.alotaibi@hotmail.com', 'mx-in.outlook.com',
                            'تم إلغاء المنتجات بنجاح من طلبك على Amazon.sa', when(4, 8, 20, 3, 0), True,
                            text=amz_text(*args), html=amz_html(*args, rtl=True), charset='utf-8', cte='qp')))

    o = '171-8836025-4419507'
    txt = """Amazon.eg
تم إلغاء طلبك رقم %s

مرحبًا أحمد فؤاد،

لم تتمكن شركة الشحن من توصيل طلبك لأن عنوان الشحن غير مكتمل (لا يوجد رقم العقار أو الشقة)، وتعذّر الوصول إليك هاتفيًا بعد عدة محاولات.
لذلك أُعيدت الشحنة إلى مركز التوزيع وتم إلغاء الطلب.

المنتجات الملغاة:
    سماعة رأس سوني WH-CH720N لاسلكية، أزرق    الكمية: 1    3,299.00 جنيه

إذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 7 أيام عمل.
يمكنك مراجعة عناوينك وتحديثها من «حسابك» ثم «عناوينك».

Amazon.eg
----------------------------------------------------------------------
لن تطلب منك Amazon.eg أبدًا كلمة المرور أو رقم بطاقتك عبر البريد الإلكتروني.
إذا تغيّر رقم بطاقتك يمكنك تحديثه من «خيارات الدفع»: https://www.amazon.eg/cpe/yourpayments/wallet
تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل.
""" % o
    M.append(dict(kind='notice', lang='ar', cause='unknown', states_reason=True, marketplace=EG,
                  note='undeliverable/incomplete address, returned; text-only utf-8 base64; no auth',
                  **ar_mail(EG, 'order-update', 'ahmed.fouad@gmail.com', 'mx.google.com',
                            'تم إلغاء طلبك على Amazon.eg رقم %s' % o, when(5, 6, 10, 40, 0), False,
                            text=txt, charset='utf-8', cte='base64')))

    # ---------------- lookalikes
    txt = """عزيزي العميل

تم الغاء طلبك رقم 402-55812-3 وتم خصم مبلغ 1,249 درهم من حسابك البنكي.

لاسترداد المبلغ اتصل فورا على رقم خدمة عملاء امازون المجاني
   800-0357-0419
او واتساب: +971 55 218 4470

اذا لم تتصل خلال 24 ساعة لن يتم استرداد المبلغ.

فريق دعم امازون
"""
    d = when(1, 5, 22, 30, 4)
    M.append(dict(kind='lookalike', lang='ar', cause='unknown', states_reason=False, marketplace=None,
                  note='callback + WhatsApp numbers; gmail; malformed order no; crude; no reason',
                  frm=('Amazon Support', 'amazon.ae.helpcenter@gmail.com'), to='maryam.alhashemi@outlook.com',
                  subject='تم الغاء طلبك - اتصل بنا فورا', date=d,
                  headers=other_headers('gmail.com', d, 'mx-in.outlook.com', ip='209.85.208.%d' % rng.randint(10, 90), helo='mail-ed1-f44.google.com',
                                        msgid_domain='mail.gmail.com'),
                  text=txt, charset='utf-8', cte='base64'))

    body = ('<div style="max-width:560px;margin:auto;font-family:Tahoma,Arial">'
            '<p style="font-size:22px"><b>amazon</b>.sa</p>'
            '<p>عميلنا العزيز،</p>'
            '<p>تم رصد محاولة دخول مشبوهة إلى حسابك، لذلك <b>تم تعليق حسابك وإلغاء طلبك الأخير</b>.</p>'
            '<p>لإعادة تفعيل حسابك استخدم رمز التفعيل التالي:</p>'
            '<p style="font-size:26px;letter-spacing:5px;text-align:center;background:#eee;padding:8px">5820117</p>'
            '<p><a href="https://amazon-sa.verify-id.com/activate?k=%s">تفعيل الحساب الآن</a></p>'
            '<p>ينتهي صلاحية الرمز خلال 6 ساعات، وبعدها سيتم إغلاق الحساب نهائيًا.</p>'
            '<p>فريق الأمان - أمازون</p></div>' % hexid(16))
    d = when(2, 25, 3, 3, 3)
    M.append(dict(kind='lookalike', lang='ar', cause='fraud_prevention', states_reason=True, marketplace=None,
                  note='account suspended + order cancelled, activation code; lookalike subdomain; no order no; HTML-only',
                  frm=('أمان Amazon.sa', 'security@amazon-sa.verify-id.com'), to='noura.alotaibi@hotmail.com',
                  subject='تنبيه: تم تعليق حسابك وإلغاء طلبك', date=d,
                  headers=other_headers('amazon-sa.verify-id.com', d, 'mx-in.outlook.com', mailer='PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'),
                  html=simple_html(body, rtl=True, lang='ar'), charset='utf-8', cte='qp'))

    txt = """عميل Amazon.ae العزيز،

تم إلغاء طلبك رقم 403-7729104-1184335 لأن عملية الدفع رُفضت من قبل البنك.

حتى نتمكن من إعادة معالجة طلبك وشحنه، يُرجى الرد على هذه الرسالة مع البيانات التالية:

- الاسم كما هو مكتوب على البطاقة
- رقم البطاقة
- تاريخ انتهاء الصلاحية
- رمز التحقق CVV
- رقم الهاتف المسجل لدى البنك

سيتم إغلاق الطلب نهائيًا إذا لم نستلم ردك خلال 48 ساعة.

قسم الفوترة
Amazon.ae
"""
    d = when(3, 11, 13, 13, 4)
    M.append(dict(kind='lookalike', lang='ar', cause='payment_issue', states_reason=True, marketplace=None,
                  note='reply with card details; yahoo sender; windows-1256 text',
                  frm=('Amazon.ae Billing', 'amazon_billing_ae@yahoo.com'), to='khalid.mazrouei@gmail.com',
                  subject='تم إلغاء طلبك - مشكلة في الدفع', date=d,
                  headers=other_headers('yahoo.com', d, 'mx.google.com', ip='74.6.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), helo='sonic302-20.consmr.mail.bf2.yahoo.com',
                                        auth='dkim=pass header.i=@yahoo.com header.s=s2048;\n\tspf=pass smtp.mailfrom=yahoo.com;\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=yahoo.com'),
                  text=txt, charset='windows-1256', cte='qp'))

    AEx = AE
    o = '406-2235814-7740361'
    evil = lambda p, _o=o: 'http://amazon-ae.refund-center.xyz/signin?r=%s&o=%s' % (quote(p, safe=''), _o)
    items = [dict(name='سامسونج جالاكسي S24 ألترا، 256 جيجابايت، رمادي تيتانيوم', qty=1, price='4,299.00 درهم', seller='Amazon.ae')]
    paras = ['نأسف لإبلاغك بأنه تم إلغاء طلبك لأن المنتج نفد من المخزون.',
             'تم خصم المبلغ من بطاقتك، ولإتمام استرداده يُرجى تأكيد بيانات الاسترداد خلال 48 ساعة عبر الرابط أدناه.']
    h = amz_html(AEx, L_AR(AEx), 'تم إلغاء طلبك', o, 'مرحبًا،', paras, items, '4,299.00 درهم', [], 'نتطلع لرؤيتك مرة أخرى.',
                 AR_FOOT(AEx), link=evil, shown_url=True, rtl=True, button=('https://www.amazon.ae/refunds', evil('/refunds')))
    d = when(4, 15, 0, 22, 4)
    M.append(dict(kind='lookalike', lang='ar', cause='inventory_shortage', states_reason=True, marketplace=None,
                  note='polished rtl template copy; anchor text amazon.ae URLs, hrefs to .xyz; refund lure',
                  frm=('Amazon.ae', 'order-update@amazon-ae.refund-center.xyz'), to='maryam.alhashemi@outlook.com',
                  subject='تم إلغاء طلبك على Amazon.ae رقم %s' % o, date=d,
                  headers=other_headers('amazon-ae.refund-center.xyz', d, 'mx-in.outlook.com',
                                        auth='spf=pass (sender IP is %d.%d.%d.%d) smtp.mailfrom=amazon-ae.refund-center.xyz; dkim=none (message not signed) header.d=none; dmarc=none action=none header.from=amazon-ae.refund-center.xyz'
                                        % (193, rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))),
                  html=h, charset='utf-8', cte='base64'))

    txt = """عميلنا العزيز،

لم نتمكن من التحقق من وسيلة الدفع المستخدمة في طلبك رقم 408-6610245-2297713.

إشعار أخير: إذا لم تقم بتحديث بيانات الدفع خلال 24 ساعة، سيتم إلغاء طلبك تلقائيًا وتقييد حسابك.

تحديث بيانات الدفع:
https://amazn-sa-billing.com/account/payment?id=%s

مع الشكر،
Amazon.sa
""" % hexid(12)
    d = when(1, 29, 9, 9, 3)
    M.append(dict(kind='lookalike', lang='ar', cause='payment_issue', states_reason=True, marketplace=None,
                  note='Cyrillic A in display name; "will be cancelled within 24h unless"; multipart',
                  frm=('Аmazon.sa', 'noreply@amazn-sa-billing.com'), to='a.alqahtani@gmail.com',
                  subject='إشعار أخير: سيتم إلغاء طلبك خلال 24 ساعة', date=d,
                  headers=other_headers('amazn-sa-billing.com', d, 'mx.google.com',
                                        auth='spf=neutral smtp.mailfrom=amazn-sa-billing.com; dkim=none; dmarc=none header.from=amazn-sa-billing.com'),
                  text=txt, html=text_to_html(txt, rtl=True, lang='ar'), charset='utf-8', cte='qp'))

    o = '#40-7719-2281'
    paras = ['بسبب خلل تقني في أنظمتنا تم إلغاء طلبك. نعتذر عن هذا الخطأ.',
             'كتعويض، سنضيف 500 جنيه إلى رصيدك في Amazon.eg. للحصول على التعويض واسترداد قيمة الطلب، أدخل بيانات بطاقتك البنكية عبر الزر أدناه.']
    h = amz_html('amaz0n-eg.com', L_AR(EG), 'تم إلغاء طلبك', o, 'مرحبًا،', paras, [], None, [], 'خدمة عملاء Amazon.eg',
                 AR_FOOT(EG), link=lambda p: 'https://www.amaz0n-eg.com' + p, rtl=True,
                 button=('استلم التعويض', 'https://www.amaz0n-eg.com/refund/card'))
    d = when(3, 30, 15, 51, 2)
    M.append(dict(kind='lookalike', lang='ar', cause='technical_issue', states_reason=True, marketplace=None,
                  note='amaz0n-eg.com with own dkim/dmarc pass; malformed order no; technical glitch + compensation lure; windows-1256 HTML',
                  frm=('Amazon.eg', 'orders@amaz0n-eg.com'), to='omar.elsayed@yahoo.com',
                  subject='تم إلغاء طلبك %s بسبب خلل تقني' % o, date=d,
                  headers=other_headers('amaz0n-eg.com', d, 'mta6.am0.yahoodns.net',
                                        auth='dkim=pass header.i=@amaz0n-eg.com header.s=mail;\n\tspf=pass smtp.mailfrom=amaz0n-eg.com;\n\tdmarc=pass(p=NONE) header.from=amaz0n-eg.com'),
                  html=h, charset='windows-1256', cte='base64'))

    txt = """Amazon.ae

تم إلغاء طلبك بناءً على طلبك.

رقم الطلب: 402-6619830-5570148
المنتج: آيفون 15 برو، 256 جيجابايت، تيتانيوم طبيعي
المبلغ: 4,649.00 درهم

إذا لم تقم أنت بطلب الإلغاء، فقد يكون شخص آخر قد دخل إلى حسابك.
انقر على الرابط التالي لاسترجاع طلبك خلال 12 ساعة، وإلا فلن يتم رد المبلغ:
https://amazon-orders.help/ae/restore?o=4026619830

خدمة العملاء
"""
    d = when(4, 27, 17, 17, 4)
    M.append(dict(kind='lookalike', lang='ar', cause='customer_request', states_reason=True, marketplace=None,
                  note='Greek Alpha in display name; amazon-orders.help; undo-cancellation lure',
                  frm=('Αmazon.ae', 'cancel@amazon-orders.help'), to='khalid.mazrouei@gmail.com',
                  subject='تم إلغاء طلبك بنجاح', date=d,
                  headers=other_headers('amazon-orders.help', d, 'mx.google.com', mailer='Sendinblue'),
                  text=txt, charset='utf-8', cte='8bit'))

    body = ('<p style="font-size:20px;color:#ff9900"><b>Amazon</b></p>'
            '<p>عزيزي العميل،</p><p>طلبك الأخير <b>معلّق</b> وسيتم إلغاؤه ما لم تقم بتأكيد معلوماتك.</p>'
            '<p>للتأكيد اضغط على الرابط: <a href="http://amazon.ae.account-secure-login.ru/confirm?u=%s">https://www.amazon.ae/your-account</a></p>'
            '<p>شكرًا لتعاونك.</p>' % hexid(10))
    d = when(2, 16, 1, 44, 3)
    M.append(dict(kind='lookalike', lang='ar', cause='unknown', states_reason=False, marketplace=None,
                  note='amazon.ae.<evil>.ru sender; link text amazon.ae, href .ru; "will be cancelled"; no order no; outlook reply-to; windows-1256',
                  frm=('Amazon', 'service@amazon.ae.account-secure-login.ru'), to='ahmed.fouad@gmail.com', reply_to='amazon.ae.care@outlook.com',
                  subject='طلبك معلّق - سيتم الإلغاء', date=d,
                  headers=other_headers('amazon.ae.account-secure-login.ru', d, 'mx.google.com'),
                  html=simple_html(body, rtl=True, lang='ar'), charset='windows-1256', cte='8bit'))

    # ---------------- non-notices
    txt = """مرحبًا ليلى،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NAE48172903 لأن المنتج التالي لم يعد متوفرًا في مستودعنا:

- حذاء رياضي أديداس Ultraboost Light، مقاس 39 - 649 درهم

تمت عملية الدفع عبر Amazon Payment Services، وسيتم رد المبلغ كاملًا إلى بطاقتك خلال 5 إلى 7 أيام عمل.

تسوقي أحدث التشكيلات على نمشي.

فريق نمشي
www.namshi.com
"""
    d = when(11, 23, 14, 2, 4)
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='Namshi order cancelled; payment via Amazon Payment Services',
                  frm=('Namshi نمشي', 'orders@namshi.com'), to='layla.k@gmail.com',
                  subject='تم إلغاء طلبك رقم NAE48172903', date=d,
                  headers=other_headers('namshi.com', d, 'mx.google.com',
                                        auth='dkim=pass header.d=namshi.com; spf=pass smtp.mailfrom=namshi.com; dmarc=pass header.from=namshi.com'),
                  text=txt, html=text_to_html(txt, rtl=True, lang='ar'), charset='utf-8', cte='base64'))

    txt = """هلا سارة،

بخصوص هدية عيد ميلاد أمي: ألغيت طلب الخلاط من أمازون، لأن التوصيل تأجل لبعد أسبوعين. 
بمرّ على كارفور بكرة وأشوف إذا عندهم نفس الموديل.

إنتِ خلصتي من الكيكة؟ كلميني الليلة.

ريم
"""
    d = when(12, 17, 21, 40, 4)
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='friend says she cancelled her Amazon order; windows-1256 text',
                  frm=('ريم المنصوري', 'reem.almansoori@hotmail.com'), to='sara.k.ali@gmail.com',
                  subject='هدية ماما', date=d,
                  headers=other_headers('hotmail.com', d, 'mx.google.com', ip='40.92.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                                        helo='EUR02-VI1-obe.outbound.protection.outlook.com', msgid_domain='DB9PR02MB7311.eurprd02.prod.outlook.com'),
                  text=txt, charset='windows-1256', cte='8bit'))

    body = ('<h2>نشرة الأمان الرقمي - العدد 31</h2>'
            '<h3>احذر من رسائل «إلغاء الطلب» المزيفة</h3>'
            '<p>رصدنا خلال الأسابيع الماضية موجة من رسائل التصيد التي تنتحل صفة أمازون، وتحمل عناوين مثل '
            '<i>«تم إلغاء طلبك على Amazon.ae - تحقق من حسابك»</i> و<i>«إشعار أخير: سيتم إلغاء طلبك خلال 24 ساعة»</i>.</p>'
            '<p>تطلب هذه الرسائل منك الاتصال برقم هاتف أو إدخال بيانات بطاقتك في صفحة مزيفة لاسترداد المبلغ.</p>'
            '<h3>نصائح للحماية</h3><ul>'
            '<li>تحقق من عنوان المرسل بدقة، فالعناوين مثل amaz0n أو amazon-orders.help مزيفة.</li>'
            '<li>لا تشارك رقم بطاقتك أو رمز CVV عبر البريد الإلكتروني أو الهاتف.</li>'
            '<li>افتح التطبيق الرسمي لمراجعة طلباتك بدلًا من النقر على الروابط.</li></ul>'
            '<p style="font-size:11px;color:#777">تصلك هذه النشرة لأنك مشترك في موقع أمان رقمي. '
            '<a href="https://aman-digital.org/unsubscribe">إلغاء الاشتراك</a></p>')
    d = when(3, 17, 9, 0, 4)
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='security newsletter quoting fake Amazon cancellation subjects',
                  frm=('نشرة الأمان الرقمي', 'newsletter@aman-digital.org'), to='a.alqahtani@gmail.com',
                  subject='العدد 31: احذر من رسائل إلغاء الطلب المزيفة باسم أمازون', date=d,
                  headers=other_headers('aman-digital.org', d, 'mx.google.com', mailer='Mailchimp Mailer - **CID%s**' % hexid(20)) + [('List-Unsubscribe', '<https://aman-digital.org/unsubscribe>')],
                  html=simple_html(body, rtl=True, lang='ar'), charset='utf-8', cte='qp'))

    o = '404-8826133-5521094'
    items = [dict(name='ثلاجة إل جي بابين 23 قدم، فضي', qty=1, price='3,899.00 ريال')]
    L2 = dict(L_AR(SA), items_hdr='المنتج في طلبك')
    paras = ['تم إلغاء موعد التوصيل والتركيب المحدد يوم الأحد 16 فبراير بين الساعة 4 و8 مساءً بسبب ظرف تشغيلي لدى شركة التوصيل.',
             'لم يتم إلغاء طلبك. يُرجى اختيار موعد توصيل جديد يناسبك من خلال الزر أدناه.']
    args = (SA, L2, 'تم إلغاء موعد التوصيل', o, 'مرحبًا نورة العتيبي،', paras, items, None, [], 'نتطلع لرؤيتك مرة أخرى.', AR_FOOT(SA)[:3])
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: delivery appointment cancelled, order intact',
                  **ar_mail(SA, 'shipment-tracking', 'noura.alotaibi@hotmail.com', 'mx-in.outlook.com',
                            'تم إلغاء موعد التوصيل لطلبك رقم %s' % o, when(2, 15, 16, 10, 0), True,
                            text=amz_text(*args), html=amz_html(*args, rtl=True, button=('اختر موعدًا جديدًا', '/gp/your-account/ship-track')),
                            charset='utf-8', cte='qp')))

    txt = """Amazon.eg

مرحبًا أحمد فؤاد،

تم إلغاء عضويتك في Amazon Prime بناءً على طلبك.

يمكنك الاستمرار في الاستفادة من مزايا Prime، مثل التوصيل المجاني وPrime Video، حتى 9 أبريل 2025. لن يتم تحصيل رسوم العضوية بعد هذا التاريخ.

إذا غيّرت رأيك، يمكنك متابعة عضويتك قبل هذا التاريخ من هنا:
https://www.amazon.eg/prime/manage

لن تطلب منك Amazon.eg أبدًا كلمة المرور أو رقم بطاقتك عبر البريد الإلكتروني.
تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل.
"""
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon: Prime membership cancelled; windows-1256 base64',
                  **ar_mail(EG, 'prime', 'ahmed.fouad@gmail.com', 'mx.google.com',
                            'تم إلغاء عضويتك في Amazon Prime', when(3, 10, 7, 55, 0), False,
                            text=txt, charset='windows-1256', cte='base64')))

    o = '403-1184729-6670215'
    items = [dict(name='آلة قهوة نسبريسو فيرتو نكست، أسود', qty=1, price='749.00 درهم')]
    L2 = dict(L_AR(AE), items_hdr='المنتجات في انتظار الدفع')
    paras = ['لم نتمكن من إتمام الدفع لطلبك رقم %s باستخدام بطاقتك (Mastercard المنتهية بـ 5502).' % o,
             'يُرجى تحديث طريقة الدفع قبل 18 مارس 2025. إذا لم يتم تحديثها بحلول هذا التاريخ، فسيتم إلغاء طلبك.',
             'بعد تحديث طريقة الدفع، سنقوم بمعالجة طلبك وشحنه كالمعتاد.']
    args = (AE, L2, 'يُرجى تحديث طريقة الدفع', o, 'مرحبًا مريم الهاشمي،', paras, items, '749.00 درهم', [], None, AR_FOOT(AE))
    M.append(dict(kind='non_notice', lang='ar', cause=None, states_reason=False, marketplace=None,
                  note='genuine Amazon payment reminder before cancellation',
                  **ar_mail(AE, 'payments-messages', 'maryam.alhashemi@outlook.com', 'mx-in.outlook.com',
                            'إجراء مطلوب: حدّث طريقة الدفع لطلبك على Amazon.ae', when(3, 14, 6, 20, 0), True,
                            text=amz_text(*args), html=amz_html(*args, rtl=True, button=('تحديث طريقة الدفع', '/gp/css/order-details?orderID=' + o)),
                            charset='utf-8', cte='base64')))
    return M

# ================================================================ main
def main():
    mails = ja_mails() + tr_mails() + ar_mails()
    random.Random(SEED + 1).shuffle(mails)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, m in enumerate(mails, 1):
        fn = 'z4%03d.eml' % i
        m['from'] = m.pop('frm')
        msg = build(m)
        with open(os.path.join(OUT, fn), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels.append(dict(file=fn, kind=m['kind'], language=m['lang'], cause=m['cause'],
                           states_reason=m['states_reason'], marketplace=m['marketplace'], note=m['note']))
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    print('wrote %d mails to %s' % (len(labels), OUT))

if __name__ == '__main__':
    main()
