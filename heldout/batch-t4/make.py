#!/usr/bin/env python3
"""Regenerate blind test batch t4 (ja / tr / ar). Deterministic (fixed seed)."""
import base64, json, os, quopri, random
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy
import datetime, io

random.seed(4004)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

def onum(prefix=None):
    p = prefix or str(random.randint(249, 503))
    return "%s-%07d-%07d" % (p, random.randint(0, 9999999), random.randint(0, 9999999))

def rdate():
    d = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        seconds=random.randint(0, 330 * 86400))
    return d

def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "7bit":
        p.set_payload(raw.decode("ascii"))
    else:  # 8bit
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p

# ---------------------------------------------------------------- genuine builders
L = {
 "ja": dict(order="注文番号", items="キャンセルされた商品", qty="数量", orders="注文履歴",
            help="ヘルプ", acct="アカウントサービス", dir="ltr", lang="ja"),
 "tr": dict(order="Sipariş No.", items="İptal Edilen Ürünler", qty="Adet", orders="Siparişlerim",
            help="Yardım", acct="Hesabım", dir="ltr", lang="tr"),
 "ar": dict(order="رقم الطلب", items="المنتجات الملغاة", qty="الكمية", orders="طلباتك",
            help="المساعدة", acct="حسابك", dir="rtl", lang="ar"),
}

def footer(lang, mp):
    if lang == "ja":
        return [
         "Amazon.co.jpは、Eメールでお客様のパスワードやクレジットカード番号をお尋ねすることはありません。",
         "クレジットカード番号が変更された場合や有効期限が切れた場合は、アカウントサービスでお支払い方法を更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
         "Amazon.co.jpを装った不審なEメールを受け取った場合は、こちらからご報告ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909130",
         "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
         "(C) 1996-2024, Amazon.com, Inc. or its affiliates. アマゾンジャパン合同会社 東京都目黒区下目黒1-8-1",
        ]
    if lang == "tr":
        return [
         "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi veya kredi kartı bilgilerinizi istemez.",
         "Kart numaranız değiştiyse veya kartınızın süresi dolduysa, Hesabım bölümünden ödeme yönteminizi güncelleyin: https://www.amazon.com.tr/cpe/yourpayments/wallet",
         "Şüpheli e-postaları bildirmek için: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B",
         "Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
         "© 2024 Amazon.com, Inc. veya iştirakleri. Amazon Turkey Perakende Hizmetleri Ltd. Şti., İstanbul",
        ]
    return [
     "لن تطلب منك أمازون أبداً كلمة المرور أو رقم بطاقتك الائتمانية عبر البريد الإلكتروني.",
     "إذا تغيّر رقم بطاقتك أو انتهت صلاحيتها، يرجى تحديث طريقة الدفع من حسابك: https://www.%s/cpe/yourpayments/wallet" % mp,
     "للإبلاغ عن رسائل بريد إلكتروني مشبوهة تدّعي أنها من أمازون، تفضل بزيارة https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B" % mp,
     "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.",
     "© 2024 Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة.",
    ]

def g_text(lang, mp, title, greet, paras, order, items, extra=None):
    lb = L[lang]
    out = [mp[0].upper() + mp[1:] + " " + title, "%s: %s" % (lb["order"], order) if order else "",
           "https://www.%s/ref=TE_tex_g" % mp, "_" * 75, "", greet, ""]
    for p in paras:
        out += [p, ""]
    if items:
        out += [lb["items"], "-" * 30]
        for name, q, price in items:
            out += [name, "  %s: %s   %s" % (lb["qty"], q, price)]
        out.append("")
    if extra:
        out += extra + [""]
    out += ["%s: https://www.%s/gp/css/order-history?ref_=pe_yo" % (lb["orders"], mp), "", "_" * 75]
    out += footer(lang, mp)
    return "\n".join(out) + "\n"

def g_html(lang, mp, title, greet, paras, order, items, extra=None, link_text=None, link_href=None):
    lb = L[lang]
    host = "https://www." + mp
    oh = link_href or host + "/gp/css/order-details?orderID=%s&ref_=pe_od" % order
    ot = link_text or order
    rows = "".join(
        '<tr><td class="name"><a href="%s/dp/B0%08d">%s</a></td><td class="qty">%s: %s</td>'
        '<td class="price"><strong>%s</strong></td></tr>\n' % (host, random.randint(0, 99999999), n, lb["qty"], q, pr)
        for n, q, pr in (items or []))
    ps = "".join("<p>%s</p>\n" % p for p in paras)
    ex = "".join("<p>%s</p>\n" % p for p in (extra or []))
    ft = "".join("<p>%s</p>\n" % f for f in footer(lang, mp))
    return """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body {{ width:100% !important; height:100% !important; margin:0; padding:0; }}
table, td {{ border-collapse:collapse; font-family:Arial, sans-serif; font-size:13px; }}
#container {{ width:640px; }} .title h2 {{ color:#CC6600; font-size:20px; }} .footer {{ color:#666; font-size:11px; }}
  </style>
 </head>
 <body>
  <table id="container" cellpadding="0"><tr><td class="frame">
   <table id="main" cellpadding="0">
    <tr><td>
     <table id="header" cellpadding="0"><tr>
      <td rowspan="2" class="logo"><a href="{host}/ref=TE_simp_tex_h"><img alt="{mpc}" src="https://m.media-amazon.com/images/G/01/x-locale/common/email/amazon_logo.png" /></a></td>
      <td class="navigation"><table align="right"><tr>
       <td><a href="{host}/gp/css/order-history?ref_=pe_yo">{orders}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
       <td><a href="{host}/gp/css/homepage.html?ref_=pe_ya">{acct}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
       <td><a class="last" href="{host}/gp/help/customer/display.html">{help}</a></td></tr></table></td></tr>
      <tr><td class="title"><h2>{title}</h2>{olabel}{obr}<a href="{oh}">{ot}</a></td></tr>
     </table>
    </td></tr>
    <tr><td>
     <table id="summary" cellpadding="0"><tr><td><span class="heading">{greet}</span>
{ps}</td></tr></table>
    </td></tr>
    <tr><td>
     <table id="itemDetails" cellpadding="0">
      <tr><td colspan="3"><h3>{ihead}</h3></td></tr>
{rows}     </table>
{ex}    </td></tr>
    <tr><td class="footer">
{ft}    </td></tr>
   </table>
  </td></tr></table>
 </body>
</html>
""".format(lang=lang, dir=lb["dir"], host=host, mpc=mp[0].upper() + mp[1:], orders=lb["orders"],
           acct=lb["acct"], help=lb["help"], title=title, olabel=lb["order"] + " " if order or link_text else "",
           obr="", oh=oh, ot=ot if (order or link_text) else "", greet=greet, ps=ps, ihead=lb["items"] if items else "",
           rows=rows, ex=ex, ft=ft)

def auth_hdr(mp, ok=True):
    return ("mx.google.com;\r\n       dkim=pass header.d=%s header.i=@%s header.s=rjt5ny7yh2ftlkp5 header.b=Qx%05d;\r\n"
            "       spf=pass (google.com: domain of 20240%d@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=20240%d@bounces.%s;\r\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mp, mp, random.randint(0, 99999), random.randint(100000, 999999), mp, random.randint(1, 60),
               random.randint(1, 250), random.randint(100000, 999999), mp, mp))

# ---------------------------------------------------------------- assembly
ENTRIES = []
def E(**kw):
    ENTRIES.append(kw)

def build(e, fname):
    fmt, cs, cte = e["fmt"], e["charset"], e["cte"]
    hcs, hcte = e.get("html_charset", cs), e.get("html_cte", cte)
    if e.get("html") and hcs.lower() != "utf-8":
        e["html"] = e["html"].replace("charset=UTF-8", "charset=" + hcs)
    if fmt == "text":
        msg = text_part(e["text"], "plain", cs, cte)
    elif fmt == "html":
        msg = text_part(e["html"], "html", hcs, hcte)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(e["text"], "plain", cs, cte))
        msg.attach(text_part(e["html"], "html", hcs, hcte))
    hdr_cs = e.get("hdr_charset", "utf-8" if cs in ("us-ascii",) else cs)
    if hdr_cs == "iso-2022-jp":
        hc = "iso-2022-jp"
    else:
        hc = hdr_cs
    hdrs = []
    if e.get("auth"):
        hdrs.append(("Authentication-Results", e["auth"]))
    for k, v in e.get("headers", []):
        hdrs.append((k, v))
    name, addr = e["frm"]
    try:
        name.encode("ascii"); frm = formataddr((name, addr))
    except UnicodeEncodeError:
        frm = formataddr((name, addr), charset=hc if hc != "iso-2022-jp" or _jis_ok(name) else "utf-8")
    hdrs += [("From", frm)]
    if e.get("reply_to"):
        hdrs.append(("Reply-To", e["reply_to"]))
    hdrs.append(("To", e.get("to", "kullanici@example.net")))
    try:
        e["subject"].encode("ascii"); subj = e["subject"]
    except UnicodeEncodeError:
        sc = hc if (hc != "iso-2022-jp" or _jis_ok(e["subject"])) else "utf-8"
        subj = Header(e["subject"], sc).encode()
    hdrs.append(("Subject", subj))
    d = rdate()
    hdrs.append(("Date", format_datetime(d)))
    if e.get("genuine"):
        hdrs.append(("Message-ID", "<0100018%x-%08x-%04x@email.amazonses.com>" % (random.getrandbits(40), random.getrandbits(32), random.getrandbits(16))))
        hdrs.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    else:
        dom = addr.split("@")[1]
        hdrs.append(("Message-ID", "<%x.%x@%s>" % (random.getrandbits(48), random.getrandbits(24), dom)))
    # put headers before MIME headers
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in existing:
        if k != "MIME-Version":
            msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n", max_line_length=998)).flatten(msg)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(buf.getvalue())

def _jis_ok(s):
    try:
        s.encode("iso-2022-jp"); return True
    except UnicodeEncodeError:
        return False

def G(lang, mp, cause, sr, note, frm, subject, fmt, charset, cte, title, greet, paras, order, items,
      auth, extra=None, to=None, html_charset=None, html_cte=None):
    """genuine Amazon notice"""
    kw = dict(kind="notice", lang=lang, cause=cause, sr=sr, mp=mp, note=note, frm=frm, subject=subject,
              fmt=fmt, charset=charset, cte=cte, genuine=True, reply_to="no-reply@" + mp,
              text=g_text(lang, mp, title, greet, paras, order, items, extra),
              html=g_html(lang, mp, title, greet, paras, order, items, extra))
    if auth:
        kw["auth"] = auth_hdr(mp)
    if to: kw["to"] = to
    if html_charset: kw["html_charset"] = html_charset
    if html_cte: kw["html_cte"] = html_cte
    E(**kw)

# ================================================================ JAPANESE (amazon.co.jp)
JA = "amazon.co.jp"
TOJ = "tanaka.yuki@example.jp"
o = onum("249")
G("ja", JA, "inventory_shortage", True, "supplier cannot deliver; html+text alt",
  ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), "Amazon.co.jp ご注文商品のキャンセルについて（注文番号 %s）" % o,
  "alt", "utf-8", "quoted-printable", "ご注文商品のキャンセルのお知らせ", "田中 由紀 様",
  ["Amazon.co.jpをご利用いただき、ありがとうございます。",
   "誠に申し訳ございませんが、以下の商品は仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。",
   "この商品の代金は請求されません。ご迷惑をおかけしましたことを深くお詫び申し上げます。"],
  o, [("象印 ステンレスマグ 480ml SM-ZB48", "1", "￥3,280")], True, to=TOJ)
o = onum("503")
G("ja", JA, "payment_issue", True, "payment revision deadline missed; ISO-2022-JP text only",
  ("Amazon.co.jp", "payments-messages@amazon.co.jp"), "Amazon.co.jp：ご注文がキャンセルされました（お支払い方法の問題）",
  "text", "iso-2022-jp", "7bit", "お支払い方法の問題によるキャンセル", "佐藤 健一 様",
  ["ご注文のお支払いに使用されたクレジットカードの承認が得られませんでした。",
   "お支払い方法の更新期限までにお手続きが確認できなかったため、以下のご注文をキャンセルいたしました。",
   "引き続き商品をご希望の場合は、お支払い方法をご確認のうえ、改めてご注文ください。"],
  o, [("ブラザー A4モノクロレーザープリンター HL-L2375DW", "1", "￥19,800")], False, to="k.sato@example.ne.jp")
o = onum("250")
G("ja", JA, "technical_issue", True, "pricing error; html only base64",
  ("Amazon.co.jp", "order-update@amazon.co.jp"), "ご注文 %s のキャンセルについて" % o,
  "html", "utf-8", "base64", "ご注文のキャンセルについて", "鈴木 花子 様",
  ["Amazon.co.jpにてご注文いただいた下記の商品について、商品ページに表示されていた価格に誤りがあったことが判明いたしました。",
   "そのため、誠に勝手ながら本ご注文をキャンセルさせていただきました。お客様への請求は発生しておりません。",
   "ご不便をおかけして申し訳ございません。"],
  o, [("Anker PowerCore 10000 モバイルバッテリー", "2", "￥298")], True, to="hanako.s@example.jp")
o = onum("249")
G("ja", JA, "fraud_prevention", True, "unusual activity, account on hold; ISO-2022-JP alt",
  ("Amazon.co.jp", "cs-reply@amazon.co.jp"), "Amazon.co.jp：お客様のアカウントおよびご注文について",
  "alt", "iso-2022-jp", "7bit", "ご注文のキャンセルについて", "高橋 誠 様",
  ["お客様のアカウントにおいて通常と異なるアクティビティが確認されたため、セキュリティ保護の観点からアカウントを一時的に保留とし、下記のご注文をキャンセルいたしました。",
   "アカウントを再開するには、Amazon.co.jpにサインインし、画面の案内に従って本人確認の手続きを行ってください。このEメールのリンクからではなく、ブラウザに直接 amazon.co.jp と入力してアクセスすることをお勧めします。"],
  o, [("ニンテンドースイッチ 有機ELモデル ホワイト", "1", "￥37,980"), ("Amazonギフトカード 10,000円", "3", "￥30,000")],
  False, to="makoto.t@example.jp", html_charset="utf-8", html_cte="quoted-printable")
o = onum("503")
G("ja", JA, "customer_request", True, "customer cancelled; plain 8bit",
  ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), "Amazon.co.jp ご注文のキャンセルを承りました: 「無印良品 ポリプロピレン収納ケース…」",
  "text", "utf-8", "8bit", "キャンセル完了のお知らせ", "伊藤 美咲 様",
  ["お客様のご依頼により、以下の商品のキャンセルを承りました。",
   "すでにお支払いが完了している場合は、返金の手続きを行います。返金がお客様のご利用明細に反映されるまで、数日かかる場合があります。",
   "Cancel Reason: お客様によるキャンセル"],
  o, [("無印良品 ポリプロピレン収納ケース 引出式 深型", "2", "￥2,980")], True, to="misaki.ito@example.jp")
o = onum("250")
G("ja", JA, "unknown", False, "cancellation, no reason given; alt base64",
  ("Amazon.co.jp", "order-update@amazon.co.jp"), "Amazon.co.jp ご注文 #%s はキャンセルされました" % o,
  "alt", "utf-8", "base64", "ご注文はキャンセルされました", "渡辺 翔太 様",
  ["ご注文 #%s の下記の商品がキャンセルされましたのでお知らせいたします。" % o,
   "この商品の代金は請求されません。お支払いが完了している場合は、返金いたします。",
   "ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。"],
  o, [("Kindle Paperwhite (16GB) 6.8インチ", "1", "￥19,980")], False, to="shota.w@example.jp")

# ---- ja lookalikes
E(kind="lookalike", lang="ja", cause="unknown", sr=False, mp=None, note="gmail sender, callback phone number",
  frm=("Amazon.co.jp カスタマーサービス", "amazon.jp.support.center@gmail.com"), to=TOJ,
  subject="【Amazon】ご注文がキャンセルされました", fmt="text", charset="utf-8", cte="8bit",
  text="""Amazon.co.jp をご利用いただきありがとうございます。

お客様のご注文（注文番号：249-5561823-1102）がキャンセルされました。
キャンセル金額：￥48,600

このキャンセルにお心当たりがない場合は、24時間以内に下記のサポート窓口までお電話ください。
Amazonサポートセンター：050-5806-3391（24時間受付）

お電話の際は担当者の指示に従ってください。
Amazon.co.jp カスタマーサービス
""")
E(kind="lookalike", lang="ja", cause="fraud_prevention", sr=True, mp=None,
  note="Cyrillic A in display name, lookalike domain, 'account suspended' + verification code",
  frm=("Аmazon.co.jp", "no-reply@amazon-co-jp.account-verify.top"), to=TOJ,
  subject="【重要】アカウント停止およびご注文キャンセルのお知らせ", fmt="html", charset="utf-8", cte="base64",
  html="""<html><body style="font-family:Meiryo,sans-serif">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="http://amazon-co-jp.account-verify.top/img/logo.png" alt="amazon.co.jp">
<h2 style="color:#c45500">アカウントが一時停止されました</h2>
<p>お客様のアカウントで不正なログインが検出されたため、アカウントを停止し、進行中のご注文をすべてキャンセルしました。</p>
<p>アカウントを復旧するには、下記の確認コードを入力してください。</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:6px">738 204</p>
<p><a href="http://amazon-co-jp.account-verify.top/restore?id=88213" style="background:#f0c14b;padding:8px 20px;color:#111">アカウントを復旧する</a></p>
<p>48時間以内に手続きされない場合、アカウントは永久に閉鎖されます。</p>
<p style="font-size:11px;color:#888">© Amazon.com, Inc. or its affiliates</p>
</div></body></html>
""")
E(kind="lookalike", lang="ja", cause="payment_issue", sr=True, mp=None,
  note="outlook sender, asks to reply with card details, 'will be cancelled'",
  frm=("Amazon 注文センター", "amazon-order-jp@outlook.jp"), to=TOJ,
  subject="ご注文のお支払いが確認できません（キャンセル予定）", fmt="text", charset="iso-2022-jp", cte="7bit",
  text="""お客様

お支払い情報の確認ができなかったため、お客様のご注文は本日中にキャンセルされます。
キャンセルを回避するには、このメールに以下の情報を記入して返信してください。

・カード名義人：
・カード番号：
・有効期限：
・セキュリティコード：
・生年月日：

ご返信を確認後、ご注文を発送いたします。

アマゾン 注文センター
""")
o = "249-48213-5570"
E(kind="lookalike", lang="ja", cause="payment_issue", sr=True, mp=None,
  note="polished copy of real template; link text shows amazon.co.jp, href to other host; malformed order no.",
  frm=("Amazon.co.jp", "order-update@amazon.co.jp.order-cancel.xyz"), to=TOJ,
  subject="Amazon.co.jp ご注文 #%s はキャンセルされました" % o, fmt="alt", charset="utf-8", cte="quoted-printable",
  text=g_text("ja", JA, "ご注文のキャンセル", "お客様", ["ご登録のお支払い方法が無効なため、ご注文をキャンセルしました。",
      "お支払い情報を更新するには https://www.amazon.co.jp/gp/css/order-history にアクセスしてください。"], o,
      [("Apple AirPods Pro (第2世代)", "1", "￥39,800")]),
  html=g_html("ja", JA, "ご注文のキャンセル", "お客様", ["ご登録のお支払い方法が無効なため、ご注文をキャンセルしました。",
      'お支払い情報を更新するには <a href="http://jp-amazon.secure-login-center.cn/signin?ref=cancel">https://www.amazon.co.jp/gp/css/order-history</a> にアクセスしてください。'],
      o, [("Apple AirPods Pro (第2世代)", "1", "￥39,800")], link_href="http://jp-amazon.secure-login-center.cn/order?o=1"))
E(kind="lookalike", lang="ja", cause="fraud_prevention", sr=True, mp=None,
  note="Greek omicron in display name, amaz0n domain, no order number, 'will be cancelled' unless verify",
  frm=("Amazοn", "security@amaz0n-jp.com"), to=TOJ,
  subject="Amazon セキュリティ警告：ご本人確認が必要です", fmt="alt", charset="utf-8", cte="base64",
  text="""Amazonをご利用のお客様

お客様のご注文がセキュリティ審査の対象となりました。
24時間以内にご本人確認を完了されない場合、ご注文は自動的にキャンセルされ、アカウントは制限されます。

本人確認はこちら: http://amaz0n-jp.com/verify

Amazon セキュリティチーム
""",
  html="""<html><body><p>Amazonをご利用のお客様</p>
<p>お客様のご注文がセキュリティ審査の対象となりました。<br>24時間以内にご本人確認を完了されない場合、<b>ご注文は自動的にキャンセル</b>され、アカウントは制限されます。</p>
<p><a href="http://amaz0n-jp.com/verify">今すぐ本人確認する</a></p><p>Amazon セキュリティチーム</p></body></html>
""")
E(kind="lookalike", lang="ja", cause="unknown", sr=False, mp=None, note="crude, broken Japanese, yahoo sender, no order number",
  frm=("amazon", "amzn_info2024@yahoo.co.jp"), to=TOJ,
  subject="あなたのアマゾン注文はキャンセルしました!!", fmt="text", charset="shift_jis", cte="8bit",
  text="""親愛なる顧客

あなたのアマゾン注文はキャンセルしました。
返金を受け取るためにここをクリックしてください http://bit.ly/3amzn-ref

ありがとう
アマゾン
""")
E(kind="lookalike", lang="ja", cause="inventory_shortage", sr=True, mp=None,
  note="amazon-orders.help domain, out-of-stock claim, login link for refund",
  frm=("Amazon.co.jp", "cancel@amazon-orders.help"), to=TOJ,
  subject="ご注文商品の在庫切れによるキャンセルと返金手続きのお願い", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""田中 様

ご注文いただいた商品（注文番号：503-2291847-6630211）は在庫切れのため、キャンセルとなりました。
返金を受け取るには、72時間以内に以下のページからサインインし、返金先口座を登録してください。

https://amazon-orders.help/jp/refund?case=503-2291847-6630211

Amazon.co.jp
""",
  html="""<html><body><p>田中 様</p><p>ご注文いただいた商品（注文番号：503-2291847-6630211）は<b>在庫切れ</b>のため、キャンセルとなりました。</p>
<p>返金を受け取るには、72時間以内に以下のページからサインインし、返金先口座を登録してください。</p>
<p><a href="https://amazon-orders.help/jp/refund?case=503-2291847-6630211">https://www.amazon.co.jp/refund</a></p><p>Amazon.co.jp</p></body></html>
""")
E(kind="lookalike", lang="ja", cause="technical_issue", sr=True, mp=None,
  note="amazon.co.jp.<evil> domain with DKIM pass for evil domain, system error, callback number",
  frm=("Amazon.co.jp", "info@amazon.co.jp.support-desk.net"), to=TOJ,
  auth="mx.example.jp;\r\n       dkim=pass header.d=amazon.co.jp.support-desk.net header.s=mail;\r\n       spf=pass smtp.mailfrom=amazon.co.jp.support-desk.net;\r\n       dmarc=pass header.from=amazon.co.jp.support-desk.net",
  subject="システムエラーによるご注文キャンセルのお知らせ", fmt="text", charset="utf-8", cte="base64",
  text="""Amazon.co.jp をご利用いただきありがとうございます。

システムエラーにより、お客様のご注文（注文番号：250-7710042-8834）が誤ってキャンセルされ、二重請求が発生している可能性があります。
返金手続きのため、下記の専用ダイヤルまでご連絡ください。

返金専用ダイヤル：0120-963-418（平日 9:00〜21:00）

Amazon.co.jp カスタマーサービス
""")

# ---- ja non-notices
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=None, note="other shop's genuine cancellation, paid via Amazon Pay",
  frm=("北欧雑貨 Lykke オンラインストア", "order@lykke-zakka.jp"), to=TOJ,
  subject="【北欧雑貨 Lykke】ご注文キャンセルのお知らせ（注文番号 LK-20240817-0032）", fmt="text", charset="iso-2022-jp", cte="7bit",
  text="""田中 由紀 様

北欧雑貨 Lykke オンラインストアをご利用いただき、誠にありがとうございます。

ご注文いただいた「アラビア パラティッシ プレート 21cm」につきまして、
メーカー欠品のため、誠に勝手ながらご注文をキャンセルさせていただきました。

お支払い方法：Amazon Pay
Amazon Payでのお支払いの承認は取り消されますので、代金が請求されることはございません。
（Amazon Payのご利用履歴はAmazonアカウントからご確認いただけます。）

ご不便をおかけし、大変申し訳ございません。

北欧雑貨 Lykke
https://lykke-zakka.jp
""")
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=None, note="friend says she cancelled her own Amazon order",
  frm=("山本 あかり", "akari.yamamoto88@gmail.com"), to=TOJ,
  subject="Re: 誕生日プレゼントの件", fmt="text", charset="utf-8", cte="8bit",
  text="""由紀ちゃん

昨日話してたコーヒーミル、Amazonで注文してたんだけど、結局キャンセルしちゃった！
お店で実物を見たら思ったより大きくて…。Amazonからも「キャンセルを承りました」ってメール来たから大丈夫。

代わりに週末一緒に見に行かない？

あかり
""")
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=None, note="security newsletter quoting a fake cancellation subject",
  frm=("セキュリティ通信", "newsletter@security-tsushin.jp"), to=TOJ,
  subject="【セキュリティ通信 第212号】Amazonを装った「注文キャンセル」詐欺メールに注意", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""━━━━━━━━━━━━━━━━━━━━
セキュリティ通信 第212号
━━━━━━━━━━━━━━━━━━━━

■ Amazonを装った「注文キャンセル」詐欺メールが急増

最近、「【Amazon】ご注文がキャンセルされました」「お支払い方法の問題によりご注文をキャンセルしました」
といった件名の偽メールが多数確認されています。

本文には「心当たりがない場合はこちらに電話」「24時間以内に本人確認」などと書かれ、
偽サイトや偽のサポート窓口に誘導されます。

対策：
・メール内のリンクではなく、公式アプリやブックマークから注文履歴を確認する
・差出人のドメインを確認する（amazon.co.jp 以外は要注意）
・電話番号に安易に電話しない

配信停止：https://security-tsushin.jp/unsubscribe
""",
  html="""<html><body><h1>セキュリティ通信 第212号</h1>
<h2>Amazonを装った「注文キャンセル」詐欺メールが急増</h2>
<p>最近、「<b>【Amazon】ご注文がキャンセルされました</b>」「お支払い方法の問題によりご注文をキャンセルしました」といった件名の偽メールが多数確認されています。</p>
<p>本文には「心当たりがない場合はこちらに電話」「24時間以内に本人確認」などと書かれ、偽サイトや偽のサポート窓口に誘導されます。</p>
<ul><li>メール内のリンクではなく、公式アプリやブックマークから注文履歴を確認する</li><li>差出人のドメインを確認する</li><li>電話番号に安易に電話しない</li></ul>
<p><a href="https://security-tsushin.jp/unsubscribe">配信停止</a></p></body></html>
""")
o = onum("249")
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=JA, note="Amazon delivery time slot cancelled, order still active",
  frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=TOJ, genuine=True, auth=auth_hdr(JA),
  subject="ご指定のお届け日時枠が取り消されました", fmt="alt", charset="utf-8", cte="base64",
  text=g_text("ja", JA, "お届け日時の変更", "田中 由紀 様",
     ["ご注文 %s のお届け日時指定（8月21日 19:00〜21:00）は、配送状況の都合により取り消されました。" % o,
      "ご注文自体はキャンセルされていません。お手数ですが、注文履歴から新しいお届け日時をお選びください。"], o, None),
  html=g_html("ja", JA, "お届け日時の変更", "田中 由紀 様",
     ["ご注文 %s のお届け日時指定（8月21日 19:00〜21:00）は、配送状況の都合により取り消されました。" % o,
      "ご注文自体はキャンセルされていません。お手数ですが、注文履歴から新しいお届け日時をお選びください。"], o, None))
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=JA, note="Prime membership cancelled",
  frm=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), to=TOJ, genuine=True,
  subject="Amazonプライム会員登録のキャンセルが完了しました", fmt="text", charset="iso-2022-jp", cte="7bit",
  text="""田中 由紀 様

Amazonプライムの会員登録のキャンセル手続きが完了しました。
特典は 2024年9月14日 までご利用いただけます。以降、会費は請求されません。

再登録はいつでも https://www.amazon.co.jp/prime から行えます。

Amazon.co.jpは、Eメールでお客様のパスワードをお尋ねすることはありません。

Amazon.co.jp
""")
o = onum("503")
E(kind="non_notice", lang="ja", cause=None, sr=False, mp=JA, note="payment reminder before any cancellation",
  frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=TOJ, genuine=True,
  subject="Amazon.co.jp：ご注文のお支払い方法を更新してください", fmt="alt", charset="utf-8", cte="quoted-printable",
  text=g_text("ja", JA, "お支払い方法の更新のお願い", "田中 由紀 様",
     ["ご注文 %s のお支払いに使用されたクレジットカードの承認が得られませんでした。" % o,
      "8月30日までにお支払い方法を更新してください。期限までに更新されない場合、ご注文はキャンセルされます。",
      "お支払い方法の更新: https://www.amazon.co.jp/gp/css/order-history"], o,
     [("パナソニック 衣類スチーマー NI-FS790", "1", "￥14,800")]),
  html=g_html("ja", JA, "お支払い方法の更新のお願い", "田中 由紀 様",
     ["ご注文 %s のお支払いに使用されたクレジットカードの承認が得られませんでした。" % o,
      "8月30日までにお支払い方法を更新してください。期限までに更新されない場合、ご注文はキャンセルされます。"], o,
     [("パナソニック 衣類スチーマー NI-FS790", "1", "￥14,800")]))

# ================================================================ TURKISH (amazon.com.tr)
TR = "amazon.com.tr"
TOT = "mehmet.yilmaz@example.com.tr"
o = onum("403")
G("tr", TR, "inventory_shortage", True, "item no longer in stock, seller could not fulfil; alt QP",
  ("Amazon.com.tr", "auto-confirm@amazon.com.tr"), "Amazon.com.tr siparişinizden 1 ürün iptal edildi (%s)" % o,
  "alt", "utf-8", "quoted-printable", "Ürün iptal bildirimi", "Merhaba Mehmet Yılmaz,",
  ["Üzgünüz, aşağıdaki ürün artık stokta bulunmadığından ve satıcı siparişinizi karşılayamadığından siparişinizden iptal edilmiştir.",
   "Bu ürün için sizden herhangi bir ücret alınmayacaktır. Verdiğimiz rahatsızlıktan dolayı özür dileriz."],
  o, [("Philips Airfryer XXL HD9650/90", "1", "4.899,00 TL")], True, to=TOT)
o = onum("404")
G("tr", TR, "payment_issue", True, "card declined; iso-8859-9 text only QP",
  ("Amazon.com.tr", "payments-messages@amazon.com.tr"), "Siparişiniz iptal edildi: ödeme işlenemedi",
  "text", "iso-8859-9", "quoted-printable", "Sipariş iptali", "Merhaba Ayşe Demir,",
  ["Siparişiniz için kullandığınız kart bankanız tarafından reddedildi ve ödeme alınamadı.",
   "Ödeme bilgilerinizi belirtilen süre içinde güncellemediğiniz için siparişinizi iptal ettik.",
   "Ürünleri hâlâ almak istiyorsanız lütfen geçerli bir ödeme yöntemiyle yeniden sipariş verin."],
  o, [("Logitech MX Master 3S Kablosuz Mouse", "1", "3.249,00 TL")], False, to="ayse.demir@example.com.tr")
o = onum("405")
G("tr", TR, "technical_issue", True, "pricing error; html only base64",
  ("Amazon.com.tr", "order-update@amazon.com.tr"), "Amazon.com.tr siparişiniz %s iptal edildi" % o,
  "html", "utf-8", "base64", "Siparişiniz iptal edildi", "Merhaba Emre Kaya,",
  ["Aşağıdaki ürünün Amazon.com.tr üzerinde hatalı bir fiyatla listelendiğini tespit ettik.",
   "Bu fiyatlandırma hatası nedeniyle siparişinizi iptal ettik. Kartınızdan herhangi bir ücret tahsil edilmedi.",
   "Anlayışınız için teşekkür ederiz."],
  o, [("Samsung 55\" Crystal UHD 4K Smart TV", "1", "1.199,00 TL")], True, to="emre.kaya@example.com.tr")
o = onum("406")
G("tr", TR, "fraud_prevention", True, "unusual activity, security review; iso-8859-9 8bit alt",
  ("Amazon.com.tr", "cs-reply@amazon.com.tr"), "Amazon.com.tr hesabınız ve siparişiniz hakkında",
  "alt", "iso-8859-9", "8bit", "Siparişiniz iptal edildi", "Merhaba Zeynep Arslan,",
  ["Hesabınızda olağandışı bir etkinlik tespit ettik. Güvenliğiniz için hesabınızı geçici olarak beklemeye aldık ve güvenlik incelemesi kapsamında aşağıdaki siparişinizi iptal ettik.",
   "Hesabınızı yeniden etkinleştirmek için tarayıcınıza doğrudan amazon.com.tr yazarak oturum açın ve ekrandaki kimlik doğrulama adımlarını izleyin."],
  o, [("Apple iPhone 15 128 GB", "2", "96.998,00 TL")], False, to="zeynep.arslan@example.com.tr")
o = onum("407")
G("tr", TR, "customer_request", True, "customer cancelled; plain 8bit",
  ("Amazon.com.tr", "auto-confirm@amazon.com.tr"), "Amazon.com.tr siparişinizden başarılı iptal: \"Tefal Ingenio Tava Seti...\"",
  "text", "utf-8", "8bit", "İptal onayı", "Merhaba Burak Çelik,",
  ["Talebiniz üzerine aşağıdaki ürünü siparişinizden iptal ettik.",
   "İptal Nedeni: Müşteri tarafından iptal edildi",
   "Ödeme yapıldıysa iade, ödeme yönteminize 3-5 iş günü içinde yansıyacaktır."],
  o, [("Tefal Ingenio Tava Seti 3 Parça", "1", "1.649,00 TL")], True, to="burak.celik@example.com.tr")
o = onum("408")
G("tr", TR, "unknown", True, "address undeliverable (reason outside the four); alt base64",
  ("Amazon.com.tr", "order-update@amazon.com.tr"), "Amazon.com.tr siparişiniz #%s iptal edildi" % o,
  "alt", "utf-8", "base64", "Siparişiniz iptal edildi", "Merhaba Elif Şahin,",
  ["Kargo firmamız belirttiğiniz teslimat adresine ulaşamadığı ve adres doğrulanamadığı için siparişinizi iptal etmek zorunda kaldık.",
   "Ödemeniz iade edilecektir. Adres defterinizi kontrol edip yeniden sipariş verebilirsiniz."],
  o, [("Koton Kadın Triko Hırka", "1", "599,99 TL")], False, to="elif.sahin@example.com.tr")

# ---- tr lookalikes
E(kind="lookalike", lang="tr", cause="unknown", sr=False, mp=None, note="gmail sender, callback phone",
  frm=("Amazon Destek", "amazontr.destek.merkezi@gmail.com"), to=TOT,
  subject="Siparişiniz iptal edildi - Amazon", fmt="text", charset="utf-8", cte="8bit",
  text="""Sayın Müşterimiz,

406-8812093-2215 numaralı 12.450,00 TL tutarındaki siparişiniz iptal edilmiştir.

Bu işlemi siz yapmadıysanız lütfen hemen 0850 305 41 72 numaralı Amazon Güvenlik Hattını arayın.
Temsilcimiz iade işleminizi telefonda tamamlayacaktır.

Amazon Türkiye Müşteri Hizmetleri
""")
E(kind="lookalike", lang="tr", cause="fraud_prevention", sr=True, mp=None,
  note="Cyrillic o in display name, lookalike domain, account suspended + code",
  frm=("Amazоn.com.tr", "hesap@amazon-com-tr.account-security.info"), to=TOT,
  subject="Hesabınız askıya alındı - siparişiniz iptal edildi", fmt="html", charset="utf-8", cte="quoted-printable",
  html="""<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td><img src="http://amazon-com-tr.account-security.info/logo.png" alt="amazon.com.tr"></td></tr>
<tr><td><h2>Hesabınız askıya alındı</h2>
<p>Hesabınızda şüpheli giriş tespit edildi. Güvenliğiniz için hesabınız askıya alındı ve bekleyen siparişiniz iptal edildi.</p>
<p>Hesabınızı yeniden açmak için aşağıdaki doğrulama kodunu kullanın:</p>
<p style="font-size:24px"><b>AMZ-551902</b></p>
<p><a href="http://amazon-com-tr.account-security.info/dogrula">Hesabı Doğrula</a></p>
<p>24 saat içinde doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p></td></tr></table></body></html>
""")
E(kind="lookalike", lang="tr", cause="payment_issue", sr=True, mp=None,
  note="hotmail sender, reply with card details, will be cancelled",
  frm=("Amazon Sipariş", "amazon.siparis.tr@hotmail.com"), to=TOT,
  subject="ACİL: Ödemeniz alınamadı, siparişiniz iptal edilecek", fmt="text", charset="iso-8859-9", cte="quoted-printable",
  text="""Değerli Müşterimiz,

Ödemeniz doğrulanamadı. Bilgilerinizi bugün güncellemezseniz siparişiniz iptal edilecektir.

Lütfen bu e-postayı aşağıdaki bilgilerle yanıtlayın:
Kart üzerindeki isim:
Kart numarası:
Son kullanma tarihi:
CVV:
T.C. Kimlik No:

Amazon Türkiye
""")
o = "407-55123-99812"
E(kind="lookalike", lang="tr", cause="payment_issue", sr=True, mp=None,
  note="polished template copy; link text amazon.com.tr, href elsewhere; malformed order no.; security footer copied",
  frm=("Amazon.com.tr", "order-update@amazon.com.tr.siparis-iptal.com"), to=TOT,
  subject="Amazon.com.tr siparişiniz #%s iptal edildi" % o, fmt="alt", charset="utf-8", cte="base64",
  text=g_text("tr", TR, "Siparişiniz iptal edildi", "Merhaba,", ["Ödeme yönteminiz doğrulanamadığı için siparişiniz iptal edildi.",
      "Ödeme bilgilerinizi güncellemek için: https://www.amazon.com.tr/cpe/yourpayments"], o, [("Dyson V12 Detect Slim", "1", "21.999,00 TL")]),
  html=g_html("tr", TR, "Siparişiniz iptal edildi", "Merhaba,", ["Ödeme yönteminiz doğrulanamadığı için siparişiniz iptal edildi.",
      'Ödeme bilgilerinizi güncellemek için: <a href="https://tr-amazon-odeme.web.app/login">https://www.amazon.com.tr/cpe/yourpayments</a>'],
      o, [("Dyson V12 Detect Slim", "1", "21.999,00 TL")], link_href="https://tr-amazon-odeme.web.app/order"))
E(kind="lookalike", lang="tr", cause="fraud_prevention", sr=True, mp=None,
  note="Greek Alpha in display name, amaz0n domain, no order number, will be cancelled",
  frm=("Αmazon Güvenlik", "guvenlik@amaz0n.com.tr"), to=TOT,
  subject="Kimlik doğrulaması gerekli - siparişiniz beklemede", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""Merhaba,

Siparişiniz güvenlik incelemesine alındı. 24 saat içinde kimliğinizi doğrulamazsanız siparişiniz iptal edilecek ve hesabınız kısıtlanacaktır.

Doğrula: http://amaz0n.com.tr/kimlik-dogrula

Amazon Güvenlik Ekibi
""",
  html="""<html><body><p>Merhaba,</p><p>Siparişiniz güvenlik incelemesine alındı. 24 saat içinde kimliğinizi doğrulamazsanız <b>siparişiniz iptal edilecek</b> ve hesabınız kısıtlanacaktır.</p>
<p><a href="http://amaz0n.com.tr/kimlik-dogrula">Kimliğimi doğrula</a></p><p>Amazon Güvenlik Ekibi</p></body></html>
""")
E(kind="lookalike", lang="tr", cause="unknown", sr=False, mp=None, note="crude, yahoo sender, no order number",
  frm=("AMAZON", "amzn.iade2024@yahoo.com"), to=TOT,
  subject="siparis iptal oldu", fmt="text", charset="iso-8859-9", cte="8bit",
  text="""Sayin musteri

siparisiniz iptal oldu ,iadeniz icin hemen tıklayın
http://tinyurl.com/amz-iade-tr

tesekkurler AMAZON
""")
E(kind="lookalike", lang="tr", cause="inventory_shortage", sr=True, mp=None, note="amazon-orders.help domain, out of stock, login for refund",
  frm=("Amazon.com.tr", "iptal@amazon-orders.help"), to=TOT,
  subject="Ürün stokta kalmadı: siparişiniz iptal edildi, iadenizi alın", fmt="alt", charset="utf-8", cte="8bit",
  text="""Merhaba Mehmet,

Sipariş ettiğiniz ürün stokta kalmadığı için siparişiniz (404-7781120-3390415) iptal edildi.
İadenizi almak için 48 saat içinde oturum açıp IBAN bilgilerinizi girin:
https://amazon-orders.help/tr/iade?ref=404-7781120-3390415

Amazon.com.tr
""",
  html="""<html><body><p>Merhaba Mehmet,</p><p>Sipariş ettiğiniz ürün <b>stokta kalmadığı</b> için siparişiniz (404-7781120-3390415) iptal edildi.</p>
<p>İadenizi almak için 48 saat içinde oturum açıp IBAN bilgilerinizi girin:<br><a href="https://amazon-orders.help/tr/iade?ref=404-7781120-3390415">https://www.amazon.com.tr/iade</a></p><p>Amazon.com.tr</p></body></html>
""")
E(kind="lookalike", lang="tr", cause="technical_issue", sr=True, mp=None,
  note="amazon.com.tr.<evil> domain, DKIM pass for that domain, system error, malformed order no.",
  frm=("Amazon.com.tr", "destek@amazon.com.tr.iade-merkezi.net"), to=TOT,
  auth="mx.example.com.tr;\r\n       dkim=pass header.d=amazon.com.tr.iade-merkezi.net header.s=s1;\r\n       spf=pass smtp.mailfrom=amazon.com.tr.iade-merkezi.net;\r\n       dmarc=pass header.from=amazon.com.tr.iade-merkezi.net",
  subject="Sistem hatası nedeniyle siparişiniz iptal edildi", fmt="text", charset="utf-8", cte="base64",
  text="""Sayın Müşterimiz,

Sistemimizde yaşanan teknik bir arıza nedeniyle 403-998877-12 numaralı siparişiniz iptal edildi ve kartınızdan iki kez ücret alındı.
Fazla ödemenin iadesi için 0212 909 47 30 numaralı hattı arayın veya aşağıdaki formu doldurun:
http://amazon.com.tr.iade-merkezi.net/form

Amazon.com.tr Müşteri Hizmetleri
""")

# ---- tr non-notices
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=None, note="MediaMarkt genuine cancellation mentioning Amazon in price-match text",
  frm=("MediaMarkt Türkiye", "siparis@mediamarkt.com.tr"), to=TOT,
  subject="MediaMarkt siparişiniz iptal edildi (Sipariş No: 1027783341)", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""Merhaba Mehmet Yılmaz,

1027783341 numaralı siparişinizdeki "Sony WH-1000XM5 Kulaklık" ürünü tedarik edilemediği için iptal edilmiştir.
Ödemeniz 7 iş günü içinde kartınıza iade edilecektir.

Fiyat Eşleme Garantisi: Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun bulursanız mağazalarımızda fiyat farkını iade ediyoruz.

MediaMarkt Türkiye
""",
  html="""<html><body><h2>Siparişiniz iptal edildi</h2><p>Merhaba Mehmet Yılmaz,</p>
<p>1027783341 numaralı siparişinizdeki "Sony WH-1000XM5 Kulaklık" ürünü tedarik edilemediği için iptal edilmiştir. Ödemeniz 7 iş günü içinde kartınıza iade edilecektir.</p>
<p style="font-size:11px">Fiyat Eşleme Garantisi: Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun bulursanız mağazalarımızda fiyat farkını iade ediyoruz.</p>
<p>MediaMarkt Türkiye</p></body></html>
""")
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=None, note="colleague says he cancelled his Amazon order",
  frm=("Can Öztürk", "can.ozturk@sirket-ornek.com.tr"), to=TOT,
  subject="Ofis için monitör", fmt="text", charset="iso-8859-9", cte="8bit",
  text="""Selam Mehmet,

Amazon'dan verdiğim monitör siparişini iptal ettim, satın alma departmanı kurumsal tedarikçiden alacakmış.
Yani perşembe ofise kargo gelmeyecek, resepsiyona haber vermene gerek yok.

Kolay gelsin,
Can
""")
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=None, note="tech blog newsletter about phishing quoting fake subject",
  frm=("Teknoloji Bülteni", "bulten@teknoblog-ornek.com"), to=TOT,
  subject="Haftalık bülten: Amazon iptal e-postası gibi görünen oltalama saldırılarına dikkat", fmt="html", charset="utf-8", cte="base64",
  html="""<html><body><h1>Haftalık Bülten</h1>
<h2>"Siparişiniz iptal edildi" diyen sahte Amazon e-postaları</h2>
<p>Son haftalarda "Amazon.com.tr siparişiniz iptal edildi" ve "Ödemeniz alınamadı, siparişiniz iptal edilecek" konulu oltalama e-postaları yayılıyor.
Bu e-postalar sizi sahte bir giriş sayfasına yönlendiriyor ya da bir "destek hattını" aramanızı istiyor.</p>
<p>Gönderen adresini kontrol edin, bağlantılara tıklamayın ve siparişlerinizi doğrudan uygulamadan kontrol edin.</p>
<h2>Ayrıca bu hafta</h2><p>Yeni akıllı telefonların karşılaştırması, yapay zekâ destekli fotoğraf uygulamaları...</p>
<p><a href="https://teknoblog-ornek.com/abonelik-iptal">Abonelikten çık</a></p></body></html>
""")
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=TR, note="Amazon Prime membership cancelled",
  frm=("Amazon.com.tr", "digital-no-reply@amazon.com.tr"), to=TOT, genuine=True, auth=auth_hdr(TR),
  subject="Amazon Prime üyeliğiniz iptal edildi", fmt="text", charset="utf-8", cte="quoted-printable",
  text="""Merhaba Mehmet,

Amazon Prime üyeliğinizi iptal ettiniz. Prime avantajlarınızdan 14 Ekim 2024 tarihine kadar yararlanmaya devam edebilirsiniz.
Bu tarihten sonra üyelik ücreti tahsil edilmeyecektir.

Fikrinizi değiştirirseniz: https://www.amazon.com.tr/prime

Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi istemez.
""")
o = onum("405")
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=TR, note="Amazon delivery appointment cancelled, order remains active",
  frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), to=TOT, genuine=True,
  subject="Teslimat randevunuz iptal edildi", fmt="alt", charset="iso-8859-9", cte="quoted-printable",
  text=g_text("tr", TR, "Teslimat randevusu", "Merhaba Mehmet Yılmaz,",
     ["%s numaralı siparişiniz için 22 Ağustos 09:00-13:00 teslimat randevunuz kurye yoğunluğu nedeniyle iptal edildi." % o,
      "Siparişiniz iptal edilmedi ve etkin durumda. Siparişlerim sayfasından yeni bir teslimat zamanı seçebilirsiniz."], o, None),
  html=g_html("tr", TR, "Teslimat randevusu", "Merhaba Mehmet Yılmaz,",
     ["%s numaralı siparişiniz için 22 Ağustos 09:00-13:00 teslimat randevunuz kurye yoğunluğu nedeniyle iptal edildi." % o,
      "Siparişiniz iptal edilmedi ve etkin durumda. Siparişlerim sayfasından yeni bir teslimat zamanı seçebilirsiniz."], o, None))
o = onum("406")
E(kind="non_notice", lang="tr", cause=None, sr=False, mp=TR, note="payment reminder, order will be cancelled if not updated",
  frm=("Amazon.com.tr", "payments-update@amazon.com.tr"), to=TOT, genuine=True,
  subject="Ödeme bilgilerinizi güncelleyin: Amazon.com.tr siparişiniz %s" % o, fmt="html", charset="utf-8", cte="quoted-printable",
  html=g_html("tr", TR, "Ödeme yönteminizi güncelleyin", "Merhaba Mehmet Yılmaz,",
     ["Siparişiniz için ödeme alınamadı. Lütfen 28 Ağustos tarihine kadar ödeme yönteminizi güncelleyin.",
      "Bu tarihe kadar güncellenmezse siparişiniz iptal edilecektir."], o,
     [("Bosch Serie 4 Bulaşık Makinesi", "1", "18.499,00 TL")]))

# ================================================================ ARABIC (amazon.ae / amazon.sa / amazon.eg)
AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"
TOA = "ahmed.alharbi@example.sa"
o = onum("402")
G("ar", SA, "inventory_shortage", True, "item no longer available; alt QP",
  ("Amazon.sa", "auto-confirm@amazon.sa"), "تم إلغاء منتج من طلبك على Amazon.sa رقم %s" % o,
  "alt", "utf-8", "quoted-printable", "إشعار إلغاء منتج", "مرحباً أحمد الحربي،",
  ["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً لدى البائع ولم يتمكن من توفيره.",
   "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. نعتذر عن أي إزعاج قد يسببه ذلك."],
  o, [("سماعات سوني WH-1000XM5 لاسلكية", "1", "1,299.00 ر.س")], True, to=TOA)
o = onum("407")
G("ar", AE, "payment_issue", True, "card declined / payment not processed; windows-1256 text base64",
  ("Amazon.ae", "payments-messages@amazon.ae"), "تم إلغاء طلبك: تعذّرت معالجة الدفع",
  "text", "windows-1256", "base64", "إلغاء الطلب", "مرحباً سارة المنصوري،",
  ["تم رفض البطاقة المستخدمة في طلبك من قِبل البنك المُصدر، ولم نتمكن من معالجة الدفع.",
   "ونظراً لعدم تحديث طريقة الدفع خلال المهلة المحددة، فقد قمنا بإلغاء طلبك.",
   "إذا كنت لا تزال ترغب في شراء المنتجات، يرجى تقديم طلب جديد باستخدام طريقة دفع صالحة."],
  o, [("مكنسة دايسون V15 ديتكت", "1", "2,799.00 د.إ")], False, to="sara.m@example.ae")
o = onum("171")
G("ar", EG, "technical_issue", True, "pricing error; html only base64",
  ("Amazon.eg", "order-update@amazon.eg"), "تم إلغاء طلبك على Amazon.eg رقم %s" % o,
  "html", "utf-8", "base64", "تم إلغاء طلبك", "مرحباً محمد عبد الله،",
  ["لاحظنا أن المنتج التالي قد عُرض على موقع Amazon.eg بسعر غير صحيح بسبب خطأ في التسعير.",
   "ولذلك قمنا بإلغاء طلبك، ولم يتم خصم أي مبلغ من بطاقتك. نشكرك على تفهّمك."],
  o, [("ثلاجة شارب 450 لتر نوفروست", "1", "1,450.00 ج.م")], True, to="m.abdallah@example.eg")
o = onum("408")
G("ar", AE, "fraud_prevention", True, "unusual activity, account on hold; windows-1256 8bit alt",
  ("Amazon.ae", "cs-reply@amazon.ae"), "بخصوص حسابك وطلبك على Amazon.ae",
  "alt", "windows-1256", "8bit", "تم إلغاء طلبك", "مرحباً خالد الشامسي،",
  ["رصدنا نشاطاً غير معتاد على حسابك. حفاظاً على أمانك، قمنا بتعليق حسابك مؤقتاً وإلغاء الطلب التالي في إطار مراجعة أمنية.",
   "لإعادة تفعيل حسابك، سجّل الدخول بكتابة amazon.ae مباشرة في المتصفح واتبع خطوات التحقق من الهوية الظاهرة على الشاشة."],
  o, [("آيفون 15 برو 256 جيجابايت", "2", "9,398.00 د.إ")], False, to="khalid.s@example.ae")
o = onum("403")
G("ar", SA, "customer_request", True, "customer cancelled; plain 8bit",
  ("Amazon.sa", "auto-confirm@amazon.sa"), "تم إلغاء المنتج بنجاح من طلبك على Amazon.sa",
  "text", "utf-8", "8bit", "تأكيد الإلغاء", "مرحباً نورة القحطاني،",
  ["بناءً على طلبك، قمنا بإلغاء المنتج التالي من طلبك.",
   "سبب الإلغاء: تم الإلغاء من قِبل العميل",
   "إذا كنت قد دفعت بالفعل، فسيظهر المبلغ المسترد في طريقة الدفع خلال 3 إلى 5 أيام عمل."],
  o, [("قلاية هوائية فيليبس XXL", "1", "749.00 ر.س")], True, to="noura.q@example.sa")
o = onum("171")
G("ar", EG, "unknown", False, "cancellation, no reason given; alt base64",
  ("Amazon.eg", "order-update@amazon.eg"), "تم إلغاء طلبك رقم %s" % o,
  "alt", "utf-8", "base64", "تم إلغاء طلبك", "مرحباً ياسمين حسن،",
  ["نود إعلامك بأنه تم إلغاء طلبك رقم %s." % o,
   "لن يتم تحصيل أي رسوم مقابل هذا الطلب، وإذا كنت قد دفعت فسيتم رد المبلغ.",
   "لأي استفسار، يرجى التواصل مع خدمة العملاء من خلال صفحة المساعدة."],
  o, [("كتاب: مئة عام من العزلة - غابرييل غارسيا ماركيز", "1", "320.00 ج.م")], False, to="yasmin.h@example.eg")

# ---- ar lookalikes
E(kind="lookalike", lang="ar", cause="unknown", sr=False, mp=None, note="gmail sender, callback phone",
  frm=("خدمة عملاء أمازون", "amazon.ksa.helpdesk@gmail.com"), to=TOA,
  subject="تم إلغاء طلبك - أمازون", fmt="text", charset="utf-8", cte="8bit",
  text="""عزيزي العميل،

تم إلغاء طلبك رقم 402-3318820-7741 بقيمة 4,850 ر.س.

إذا لم تقم بهذا الإجراء، يرجى الاتصال فوراً بمركز دعم أمازون على الرقم 966-11-520-8841+ (متاح 24 ساعة).
سيقوم الموظف بإتمام عملية الاسترداد عبر الهاتف.

فريق أمازون
""")
E(kind="lookalike", lang="ar", cause="fraud_prevention", sr=True, mp=None,
  note="Cyrillic a in display name, lookalike domain, account suspended + code",
  frm=("Amаzon.ae", "security@amazon-ae.account-protect.top"), to=TOA,
  subject="تم تعليق حسابك وإلغاء طلبك", fmt="html", charset="utf-8", cte="base64",
  html="""<html dir="rtl"><body style="font-family:Tahoma">
<div style="max-width:600px;margin:auto"><img src="http://amazon-ae.account-protect.top/logo.png" alt="amazon.ae">
<h2>تم تعليق حسابك</h2>
<p>رصدنا محاولة دخول غير مصرح بها إلى حسابك، لذلك تم تعليق الحساب وإلغاء طلبك الحالي.</p>
<p>لاستعادة حسابك، استخدم رمز التحقق التالي:</p><p style="font-size:24px"><b>482 913</b></p>
<p><a href="http://amazon-ae.account-protect.top/restore">استعادة الحساب</a></p>
<p>في حال عدم التحقق خلال 24 ساعة سيتم إغلاق حسابك نهائياً.</p></div></body></html>
""")
E(kind="lookalike", lang="ar", cause="payment_issue", sr=True, mp=None,
  note="outlook sender, reply with card details, will be cancelled",
  frm=("Amazon Orders", "amazon.orders.uae@outlook.com"), to=TOA,
  subject="عاجل: لم يتم استلام الدفع وسيتم إلغاء طلبك", fmt="text", charset="windows-1256", cte="quoted-printable",
  text="""عزيزي العميل،

لم نتمكن من التحقق من الدفع. سيتم إلغاء طلبك اليوم ما لم تقم بتحديث بياناتك.

يرجى الرد على هذه الرسالة بالمعلومات التالية:
الاسم على البطاقة:
رقم البطاقة:
تاريخ الانتهاء:
رمز CVV:
رقم الهوية:

أمازون
""")
o = "408-77120-5531"
E(kind="lookalike", lang="ar", cause="payment_issue", sr=True, mp=None,
  note="polished template copy; link text amazon.ae, href elsewhere; malformed order no.; footer copied",
  frm=("Amazon.ae", "order-update@amazon.ae.order-cancel.co"), to=TOA,
  subject="تم إلغاء طلبك على Amazon.ae رقم %s" % o, fmt="alt", charset="utf-8", cte="quoted-printable",
  text=g_text("ar", AE, "تم إلغاء طلبك", "مرحباً،", ["تم إلغاء طلبك لأنه تعذّر التحقق من طريقة الدفع.",
      "لتحديث بيانات الدفع: https://www.amazon.ae/cpe/yourpayments"], o, [("ساعة آبل الإصدار 9", "1", "1,699.00 د.إ")]),
  html=g_html("ar", AE, "تم إلغاء طلبك", "مرحباً،", ["تم إلغاء طلبك لأنه تعذّر التحقق من طريقة الدفع.",
      'لتحديث بيانات الدفع: <a href="http://ae-amazon-pay.firebaseapp.com/signin">https://www.amazon.ae/cpe/yourpayments</a>'],
      o, [("ساعة آبل الإصدار 9", "1", "1,699.00 د.إ")], link_href="http://ae-amazon-pay.firebaseapp.com/order"))
E(kind="lookalike", lang="ar", cause="fraud_prevention", sr=True, mp=None,
  note="Greek omicron in display name, amaz0n domain, no order number, will be cancelled",
  frm=("Amazοn.sa", "verify@amaz0n-sa.com"), to=TOA,
  subject="مطلوب التحقق من الهوية - طلبك قيد المراجعة", fmt="alt", charset="utf-8", cte="base64",
  text="""مرحباً،

تم وضع طلبك قيد المراجعة الأمنية. إذا لم تتحقق من هويتك خلال 24 ساعة، فسيتم إلغاء طلبك وتقييد حسابك.

تحقق الآن: http://amaz0n-sa.com/verify

فريق الأمان في أمازون
""",
  html="""<html dir="rtl"><body><p>مرحباً،</p><p>تم وضع طلبك قيد المراجعة الأمنية. إذا لم تتحقق من هويتك خلال 24 ساعة، <b>فسيتم إلغاء طلبك</b> وتقييد حسابك.</p>
<p><a href="http://amaz0n-sa.com/verify">تحقق الآن</a></p><p>فريق الأمان في أمازون</p></body></html>
""")
E(kind="lookalike", lang="ar", cause="unknown", sr=False, mp=None, note="crude, yahoo sender, no order number",
  frm=("AMAZON", "amzn_refund_eg@yahoo.com"), to=TOA,
  subject="طلبك اتلغى", fmt="text", charset="windows-1256", cte="8bit",
  text="""عميلنا العزيز

طلبك اتلغى , اضغط هنا عشان تسترد فلوسك
http://cutt.ly/amzn-eg-refund

شكرا امازون
""")
E(kind="lookalike", lang="ar", cause="inventory_shortage", sr=True, mp=None, note="amazon-orders.help domain, out of stock, login for refund",
  frm=("Amazon.sa", "cancel@amazon-orders.help"), to=TOA,
  subject="نفاد المخزون: تم إلغاء طلبك، استرد أموالك الآن", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""مرحباً أحمد،

تم إلغاء طلبك رقم 402-6619043-1185220 بسبب نفاد المنتج من المخزون.
لاسترداد المبلغ، سجّل الدخول خلال 48 ساعة وأدخل رقم الآيبان الخاص بك:
https://amazon-orders.help/sa/refund?o=402-6619043-1185220

Amazon.sa
""",
  html="""<html dir="rtl"><body><p>مرحباً أحمد،</p><p>تم إلغاء طلبك رقم 402-6619043-1185220 بسبب <b>نفاد المنتج من المخزون</b>.</p>
<p>لاسترداد المبلغ، سجّل الدخول خلال 48 ساعة وأدخل رقم الآيبان الخاص بك:<br><a href="https://amazon-orders.help/sa/refund?o=402-6619043-1185220">https://www.amazon.sa/refund</a></p><p>Amazon.sa</p></body></html>
""")
E(kind="lookalike", lang="ar", cause="technical_issue", sr=True, mp=None,
  note="amazon.eg.<evil> domain, DKIM pass for that domain, system error, callback number",
  frm=("Amazon.eg", "support@amazon.eg.secure-refund.top"), to=TOA,
  auth="mx.example.eg;\r\n       dkim=pass header.d=amazon.eg.secure-refund.top header.s=k1;\r\n       spf=pass smtp.mailfrom=amazon.eg.secure-refund.top;\r\n       dmarc=pass header.from=amazon.eg.secure-refund.top",
  subject="تم إلغاء طلبك بسبب خطأ في النظام", fmt="text", charset="utf-8", cte="base64",
  text="""عزيزي العميل،

بسبب خلل تقني في أنظمتنا، تم إلغاء طلبك رقم 171-55200-88 وتم خصم المبلغ مرتين من بطاقتك.
لاسترداد المبلغ الزائد، يرجى الاتصال على 0225981173 أو ملء النموذج التالي:
http://amazon.eg.secure-refund.top/form

خدمة عملاء Amazon.eg
""")

# ---- ar non-notices
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=None, note="Namshi genuine cancellation, paid via Amazon Payment Services",
  frm=("Namshi", "orders@namshi.com"), to=TOA,
  subject="تم إلغاء طلبك من نمشي رقم NM-5521094", fmt="alt", charset="utf-8", cte="quoted-printable",
  text="""مرحباً أحمد،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NM-5521094 لأن المنتج "حذاء رياضي نايكي إير ماكس 90" لم يعد متوفراً بالمقاس المطلوب.
تمت معالجة دفعتك عبر Amazon Payment Services، وسيتم رد المبلغ إلى بطاقتك خلال 5-7 أيام عمل.

فريق نمشي
""",
  html="""<html dir="rtl"><body><h2>تم إلغاء طلبك</h2><p>مرحباً أحمد،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NM-5521094 لأن المنتج "حذاء رياضي نايكي إير ماكس 90" لم يعد متوفراً بالمقاس المطلوب.</p>
<p>تمت معالجة دفعتك عبر Amazon Payment Services، وسيتم رد المبلغ إلى بطاقتك خلال 5-7 أيام عمل.</p><p>فريق نمشي</p></body></html>
""")
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=None, note="friend says he cancelled his Amazon order",
  frm=("فهد العتيبي", "fahad.otaibi91@gmail.com"), to=TOA,
  subject="بخصوص الشاحن", fmt="text", charset="windows-1256", cte="quoted-printable",
  text="""هلا أحمد،

ألغيت طلب الشاحن اللي كنت طالبه من أمازون، لقيته أرخص في المحل اللي جنبنا.
يعني ما راح يوصلك شي باسمي، لا تنتظره.

تحياتي،
فهد
""")
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=None, note="security blog newsletter quoting fake cancellation subject",
  frm=("نشرة الأمن الرقمي", "newsletter@amn-raqmi.example"), to=TOA,
  subject="احذر: رسائل تصيّد تنتحل صفة أمازون بعنوان «تم إلغاء طلبك»", fmt="html", charset="utf-8", cte="base64",
  html="""<html dir="rtl"><body><h1>نشرة الأمن الرقمي - العدد 48</h1>
<h2>رسائل «تم إلغاء طلبك» المزيفة</h2>
<p>انتشرت مؤخراً رسائل احتيالية بعناوين مثل «تم إلغاء طلبك على Amazon.sa» و«عاجل: لم يتم استلام الدفع وسيتم إلغاء طلبك».
تطلب هذه الرسائل الاتصال برقم هاتف أو إدخال بيانات البطاقة في موقع مزيف.</p>
<p>نصائح: تحقق من عنوان المرسل، ولا تضغط على الروابط، وراجع طلباتك من التطبيق الرسمي مباشرة.</p>
<p><a href="https://amn-raqmi.example/unsubscribe">إلغاء الاشتراك</a></p></body></html>
""")
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=SA, note="Amazon Prime membership cancelled",
  frm=("Amazon.sa", "digital-no-reply@amazon.sa"), to=TOA, genuine=True,
  subject="تم إلغاء عضويتك في Amazon Prime", fmt="text", charset="utf-8", cte="base64",
  text="""مرحباً أحمد،

لقد ألغيت عضويتك في Amazon Prime. يمكنك الاستمرار في الاستفادة من مزايا Prime حتى 3 نوفمبر 2024، ولن يتم تحصيل أي رسوم بعد ذلك.

لإعادة الاشتراك: https://www.amazon.sa/prime

لن تطلب منك أمازون أبداً كلمة المرور عبر البريد الإلكتروني.
""")
o = onum("407")
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=AE, note="Amazon delivery slot cancelled, order still active",
  frm=("Amazon.ae", "shipment-tracking@amazon.ae"), to=TOA, genuine=True, auth=auth_hdr(AE),
  subject="تم إلغاء موعد التوصيل المحدد لطلبك", fmt="alt", charset="utf-8", cte="quoted-printable",
  text=g_text("ar", AE, "موعد التوصيل", "مرحباً أحمد،",
     ["تم إلغاء موعد التوصيل الذي اخترته (الخميس 6:00 - 9:00 مساءً) لطلبك رقم %s بسبب ظروف التشغيل." % o,
      "لم يتم إلغاء طلبك، ولا يزال نشطاً. يرجى اختيار موعد توصيل جديد من صفحة طلباتك."], o, None),
  html=g_html("ar", AE, "موعد التوصيل", "مرحباً أحمد،",
     ["تم إلغاء موعد التوصيل الذي اخترته (الخميس 6:00 - 9:00 مساءً) لطلبك رقم %s بسبب ظروف التشغيل." % o,
      "لم يتم إلغاء طلبك، ولا يزال نشطاً. يرجى اختيار موعد توصيل جديد من صفحة طلباتك."], o, None))
o = onum("171")
E(kind="non_notice", lang="ar", cause=None, sr=False, mp=EG, note="payment reminder, order will be cancelled if not updated",
  frm=("Amazon.eg", "payments-messages@amazon.eg"), to=TOA, genuine=True,
  subject="يرجى تحديث طريقة الدفع لطلبك على Amazon.eg", fmt="alt", charset="windows-1256", cte="base64",
  text=g_text("ar", EG, "تحديث طريقة الدفع", "مرحباً أحمد،",
     ["لم نتمكن من معالجة الدفع لطلبك رقم %s." % o,
      "يرجى تحديث طريقة الدفع قبل 30 أغسطس. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك."], o,
     [("غسالة توشيبا 8 كجم", "1", "18,999.00 ج.م")]),
  html=g_html("ar", EG, "تحديث طريقة الدفع", "مرحباً أحمد،",
     ["لم نتمكن من معالجة الدفع لطلبك رقم %s." % o,
      "يرجى تحديث طريقة الدفع قبل 30 أغسطس. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك."], o,
     [("غسالة توشيبا 8 كجم", "1", "18,999.00 ج.م")]))

# ================================================================ write
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ENTRIES)))
    random.Random(44).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        fname = "t4%03d.eml" % n
        build(e, fname)
        labels.append({"file": fname, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["sr"], "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(len(labels), "files written")

if __name__ == "__main__":
    main()
