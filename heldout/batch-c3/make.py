#!/usr/bin/env python3
"""Generate blind test batch c3 (Italian + Japanese Amazon cancellation mails,
non-notices and phishing look-alikes).  Deterministic: fixed random seed.

Usage: python3 make.py      -> writes mail/c3NNN.eml and labels.json
"""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import re
import string
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from urllib.parse import quote

SEED = 30303
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "c3"

# ---------------------------------------------------------------- helpers

def tok(n=13, chars=string.ascii_uppercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def order_no(lang):
    p = R.choice(["402", "403", "405", "406", "408", "171"]) if lang == "it" else R.choice(["249", "250", "503"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
             "agosto", "settembre", "ottobre", "novembre", "dicembre"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
JA_DAYS = "月火水木金土日"


def fdate(d, lang, wd=False):
    if lang == "it":
        s = "%d %s %d" % (d.day, IT_MONTHS[d.month - 1], d.year)
        return (IT_DAYS[d.weekday()] + " " + s) if wd else s
    s = "%d年%d月%d日" % (d.year, d.month, d.day)
    return s + ("（%s）" % JA_DAYS[d.weekday()] if wd else "")


def price(v, lang):
    if lang == "it":
        s = ("%.2f" % v).replace(".", ",")
        if v >= 1000:
            s = s[:-6] + "." + s[-6:]
        return R.choice(["EUR %s", "%s €", "€ %s"]) % s
    return "￥{:,}".format(int(v))


def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", str(v))
    return s


def rand_date():
    start = datetime.datetime(2023, 2, 1, tzinfo=datetime.timezone.utc)
    return start + datetime.timedelta(seconds=R.randint(0, 86400 * 850))


# ---------------------------------------------------------------- MIME

def text_part(text, subtype, charset, cte):
    p = Message()
    if charset.lower() == "iso-2022-jp":
        raw = text.encode("iso-2022-jp")
        cte = "7bit"
        cs_label = "ISO-2022-JP"
    else:
        raw = text.encode("utf-8")
        cs_label = R.choice(["UTF-8", "utf-8"])
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, cs_label) if R.random() < 0.5 else "text/%s; charset=%s" % (subtype, cs_label)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def jis_ok(s):
    try:
        s.encode("iso-2022-jp")
        return True
    except UnicodeError:
        return False


def enc_header(s, jis=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeError:
        pass
    if jis and jis_ok(s):
        return Header(s, "iso-2022-jp")
    cs = Charset("utf-8")
    cs.header_encoding = R.choice([QP, BASE64])
    return Header(s, cs)


def addr(name, email_addr, jis=False):
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeError:
        h = enc_header(name, jis)
        return "%s <%s>" % (h.encode(), email_addr)


def boundary(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (R.randint(10 ** 6, 10 ** 8), R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10 ** 12, 2 * 10 ** 12))
    if style == "gmail":
        return "0000000000" + hexs(18)
    if style == "apple":
        return "Apple-Mail=_" + "-".join(tok(n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
    return "=_" + hexs(24)


def assemble(headers, parts, bstyle="amazon"):
    """headers: list of (k, v). parts: list of Message text parts (1 => single part)."""
    m = Message()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if len(parts) == 1:
        p = parts[0]
        for k, v in p.items():
            m[k] = v
        m.set_payload(p._payload)
    else:
        m["Content-Type"] = 'multipart/alternative; boundary="%s"' % boundary(bstyle)
        m.set_payload(list(parts))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------- transport headers

def amazon_transport(mp, rcpt, date, auth):
    region = "eu-west-1" if mp == "amazon.it" else "us-west-2"
    ip = "54.240.%d.%d" % (R.choice([3, 4, 7, 27]), R.randint(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 27), R.randint(1, 250), region)
    ts = date.strftime("%Y%m%d%H%M%S")
    bounce = "%s%sp0%s-C%s@bounces.%s" % (ts, hexs(28), "eu" if mp == "amazon.it" else "fe", tok(13), mp)
    rcpt_dom = rcpt.split("@")[1].rstrip(">")
    mx = {"gmail.com": "mx.google.com", "libero.it": "mx.libero.it", "yahoo.co.jp": "mta.mail.yahoo.co.jp",
          "docomo.ne.jp": "mfsmax.docomo.ne.jp"}.get(rcpt_dom, "mx1." + rcpt_dom)
    d = format_datetime(date)
    h = [("Return-Path", "<%s>" % bounce),
         ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, mx, tok(10).lower(), rcpt.split("<")[-1].rstrip(">"), d))]
    if auth:
        style = R.randint(0, 2)
        sel = tok(32, string.ascii_lowercase + string.digits)
        b = tok(8, string.ascii_letters + string.digits)
        if style == 0:
            v = ("%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n"
                 "\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=bounces.%s;\n"
                 "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (mx, mp, sel, b, tok(32, string.ascii_lowercase), mx, bounce.split("@")[1], ip, mp, mp)
        elif style == 1:
            v = ("%s;\n\tspf=pass smtp.mailfrom=bounces.%s;\n\tdkim=pass header.d=%s header.i=@%s header.b=%s;\n"
                 "\tdmarc=pass header.from=%s") % (mx, mp, mp, mp, b, mp)
        else:
            v = ("%s; dkim=pass header.d=%s header.s=%s; dmarc=pass (policy=quarantine) header.from=%s;\n\tspf=pass smtp.mailfrom=%s") % (mx, mp, sel, mp, bounce.split("@")[1])
        h.append(("Authentication-Results", v))
        h.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:To:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (sel, mp, int(date.timestamp()), tok(43, string.ascii_letters + string.digits + "+/"), tok(120, string.ascii_letters + string.digits + "+/"))))
    return h


def foreign_transport(from_addr, rcpt, date, auth_result=None, ip=None):
    dom = from_addr.split("@")[1].rstrip(">")
    ip = ip or "%d.%d.%d.%d" % (R.choice([45, 91, 103, 185, 193, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    rcpt_dom = rcpt.split("@")[1].rstrip(">")
    mx = {"gmail.com": "mx.google.com", "libero.it": "mx.libero.it", "yahoo.co.jp": "mta.mail.yahoo.co.jp"}.get(rcpt_dom, "mx1." + rcpt_dom)
    if dom in ("gmail.com", "outlook.com"):
        relay = "mail-sor-f%d.google.com" % R.randint(41, 73) if dom == "gmail.com" else "EUR05-VI1-obe.outbound.protection.outlook.com"
        ip = "209.85.220.%d" % R.randint(41, 73) if dom == "gmail.com" else "40.92.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
        return [("Return-Path", "<%s>" % from_addr),
                ("Received", "from %s (%s [%s])\n\tby %s with SMTPS id %s\n\tfor <%s>; %s" % (relay, relay, ip, mx, tok(10).lower(), rcpt, format_datetime(date)))] + (
                [("Authentication-Results", "%s;\n\t%s" % (mx, auth_result))] if auth_result else [])
    h = [("Return-Path", "<%s>" % from_addr.split("<")[-1].rstrip(">")),
         ("Received", "from mail.%s (mail.%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (dom, dom, ip, mx, tok(10).lower(), rcpt.split("<")[-1].rstrip(">"), format_datetime(date)))]
    if auth_result:
        h.append(("Authentication-Results", "%s;\n\t%s" % (mx, auth_result)))
    return h


def message_id(mp_or_dom, date):
    if mp_or_dom in ("amazon.it", "amazon.co.jp"):
        region = "eu-west-1" if mp_or_dom == "amazon.it" else "us-west-2"
        return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(12), region)
    return "<%s.%s@%s>" % (hexs(16), int(date.timestamp()), mp_or_dom)


# ---------------------------------------------------------------- localisation

LBL = {
    "it": dict(orders="I miei ordini", account="Il mio account", order_no="Ordine n.", details="Dettagli ordine",
               cancelled="Articoli annullati", remaining="Articoli ancora da spedire", shipped="Articoli spediti",
               qty="Quantità", price="Prezzo", sold_by="Venduto da", placed="Data dell'ordine",
               view="Visualizza il tuo ordine", total="Totale articoli annullati", items="Articoli",
               title="Annullamento ordine"),
    "ja": dict(orders="注文履歴", account="アカウントサービス", order_no="注文番号", details="注文内容",
               cancelled="キャンセルされた商品", remaining="引き続き発送予定の商品", shipped="発送済みの商品",
               qty="数量", price="価格", sold_by="販売", placed="注文日", view="注文内容を確認する",
               total="キャンセル分の合計", items="商品", title="ご注文のキャンセル"),
}

BRAND = {"it": "Amazon.it", "ja": "Amazon.co.jp"}
MP = {"it": "amazon.it", "ja": "amazon.co.jp"}

NAMES = {
    "it": [("Giulia", "Giulia Rossi", "giulia.rossi82@libero.it"), ("Marco", "Marco Bianchi", "m.bianchi@gmail.com"),
           ("Francesca", "Francesca Esposito", "fra.esposito@tiscali.it"), ("Luca", "Luca Ferrari", "luca.ferrari.to@gmail.com"),
           ("Chiara", "Chiara Romano", "chiara.romano@virgilio.it"), ("Alessandro", "Alessandro Colombo", "ale.colombo77@libero.it"),
           ("Sara", "Sara Ricci", "sara.ricci@outlook.it"), ("Davide", "Davide Marino", "davide.marino@fastwebnet.it"),
           ("Elena", "Elena Greco", "elena.greco91@gmail.com"), ("Matteo", "Matteo Bruno", "matteo.bruno@alice.it"),
           ("Valentina", "Valentina Gallo", "vale.gallo@libero.it"), ("Simone", "Simone Conti", "simone.conti@gmail.com")],
    "ja": [("山田 太郎", "山田 太郎", "taro.yamada@gmail.com"), ("佐藤 花子", "佐藤 花子", "hanako-sato@yahoo.co.jp"),
           ("鈴木 一郎", "鈴木 一郎", "ichiro.suzuki@docomo.ne.jp"), ("高橋 美咲", "高橋 美咲", "misaki.t@gmail.com"),
           ("田中 健太", "田中 健太", "kenta_tanaka@ezweb.ne.jp"), ("伊藤 由美", "伊藤 由美", "yumi.ito@nifty.com"),
           ("渡辺 大輔", "渡辺 大輔", "d.watanabe@yahoo.co.jp"), ("中村 さくら", "中村 さくら", "sakura.nakamura@gmail.com"),
           ("小林 翔", "小林 翔", "sho.kobayashi@outlook.jp"), ("加藤 恵", "加藤 恵", "megumi.kato@softbank.ne.jp")],
}

ITEMS = {
    "it": [("Bialetti Moka Express 6 tazze, alluminio", 32.90), ("Logitech MX Master 3S Mouse Wireless, Grafite", 109.99),
           ("LEGO Technic 42141 McLaren Formula 1", 179.99), ("De'Longhi Dedica EC685.M Macchina da caffè espresso", 169.00),
           ("Samsung Galaxy Buds2 Pro, Auricolari Bluetooth", 149.90), ("Il nome della rosa - Umberto Eco (Copertina flessibile)", 14.25),
           ("Philips Sonicare ProtectiveClean 4300 Spazzolino elettrico", 59.99), ("Nintendo Switch - The Legend of Zelda: Tears of the Kingdom", 54.99),
           ("Kindle Paperwhite (16 GB), schermo da 6,8 pollici", 169.99), ("Tefal Ingenio Set di padelle 10 pezzi", 89.90),
           ("Crucial P3 Plus SSD 2TB M.2 PCIe Gen4 NVMe", 112.49), ("Barilla Spaghetti n.5, 24 confezioni da 1 kg", 38.16),
           ("Garmin Forerunner 255 Smartwatch GPS", 279.99), ("Rowenta X-Force Flex 8.60 Scopa elettrica senza fili", 249.00),
           ("Moleskine Agenda settimanale 2025, copertina rigida, nera", 22.90), ("Canon PIXMA TS5350i Stampante multifunzione", 79.99),
           ("Giotto Pastelli colorati, confezione da 36", 9.49), ("Apple AirTag, confezione da 4", 119.00),
           ("Sony WH-1000XM5 Cuffie wireless con cancellazione del rumore", 349.00), ("Vileda Turbo Smart Sistema lavapavimenti", 34.99),
           ("Pampers Baby-Dry Pannolini taglia 4, 174 pezzi", 54.99), ("Beko Deumidificatore DRX1019W 10 L", 229.00),
           ("Xiaomi Redmi Note 13 Pro 5G 256 GB, Nero", 329.90), ("Lavazza Qualità Rossa caffè in grani, 1 kg", 16.49)],
    "ja": [("象印 ステンレスマグ 水筒 480ml SM-WA48", 2980), ("Anker PowerCore 10000 モバイルバッテリー", 3590),
           ("ロジクール MX Master 3S ワイヤレスマウス", 16800), ("Nintendo Switch（有機ELモデル） ホワイト", 37980),
           ("鬼滅の刃 1-23巻 全巻セット (ジャンプコミックス)", 11110), ("パナソニック ドライヤー ナノケア EH-NA0J", 28800),
           ("サントリー 天然水 2L×9本", 1058), ("キリン 午後の紅茶 おいしい無糖 500ml×24本", 2278),
           ("ソニー WH-1000XM5 ワイヤレスノイズキャンセリングヘッドホン", 49500), ("無印良品 ポリプロピレン収納ケース 引出式 深型", 1490),
           ("ダイソン V12 Detect Slim Fluffy コードレス掃除機", 98780), ("エレコム USB-C ハブ 7in1 DST-C13SV", 5480),
           ("カルビー フルグラ 750g×6袋", 4580), ("Kindle Paperwhite (16GB) 6.8インチ", 23980),
           ("ポケモンカードゲーム スカーレット&バイオレット 拡張パック BOX", 5400), ("タイガー 炊飯器 5.5合 JPW-S100", 34800),
           ("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3", 6980), ("花王 アタックZERO 詰め替え 1620g", 1198),
           ("ゼルダの伝説 ティアーズ オブ ザ キングダム -Switch", 6578), ("BRITA 浄水ポット リクエリ 1.1L", 2180),
           ("シャープ 加湿空気清浄機 KI-RS40", 31500), ("コクヨ キャンパスノート 5冊パック B罫", 698)],
}

SELLERS = {"it": ["TecnoStore Italia", "Casa&Cucina Shop", "GiochiPiù srl", "ElettroSud Distribuzione", "Libreria Dante Online", "Ferramenta Bassi"],
           "ja": ["ベストライフ商店", "ミナトトレーディング株式会社", "ホビーショップ藤", "eコマースジャパン", "さくらデンキ", "こだわり雑貨ハル"]}

CARDS = {"it": ["Visa che termina con 4821", "Mastercard con terminazione 0937", "carta Visa terminante in 6604", "American Express che termina con 1009"],
         "ja": ["VISA（末尾 4821）", "Mastercard（下4桁 0937）", "JCBカード 末尾6604", "アメリカン・エキスプレス（末尾1009）"]}

GREET = {"it": ["Gentile {name},", "Ciao {name},", "Buongiorno,", "Salve {name},", "Gentile cliente,", "Ciao,", "Buongiorno {name},"],
         "ja": ["{name} 様", "{name}様", "お客様", "Amazon.co.jpをご利用いただきありがとうございます。", "{name} 様\n\nいつもAmazon.co.jpをご利用いただき、ありがとうございます。"]}

REFUND = {
    "it": ["Non ti è stato addebitato alcun importo per questo ordine.",
           "Se l'importo era già stato autorizzato sul tuo metodo di pagamento, l'autorizzazione verrà rilasciata automaticamente: a seconda della banca possono servire fino a 5 giorni lavorativi.",
           "Qualsiasi importo già addebitato ti verrà rimborsato sul metodo di pagamento originale entro 3-5 giorni lavorativi.",
           "Non riceverai alcun addebito per gli articoli annullati. Un'eventuale autorizzazione temporanea visibile sull'estratto conto scomparirà nei prossimi giorni.",
           "L'eventuale importo pagato con buono regalo è stato riaccreditato sul saldo del tuo account Amazon.",
           "Gli articoli annullati non ti saranno addebitati.",
           "Il rimborso, se dovuto, viene elaborato automaticamente: non è necessaria alcuna azione da parte tua.",
           "Nessun pagamento è stato riscosso per questo ordine."],
    "ja": ["この注文について、お客様に代金が請求されることはありません。",
           "すでにお支払い方法に対して与信枠の確保（オーソリ）が行われている場合は、カード会社の処理により数日以内に解除されます。",
           "お支払い済みの代金は、ご注文時のお支払い方法に3～5営業日以内に返金されます。".replace("～", "〜"),
           "キャンセルされた商品の代金は請求されません。",
           "Amazonギフトカードでお支払いいただいた金額は、お客様のアカウントのギフトカード残高に戻されます。",
           "返金が必要な場合は自動的に処理されますので、お客様による手続きは必要ありません。",
           "本件に関してお客様に費用が発生することはございません。"],
}

HELP = {
    "it": ["Per controllare lo stato dei tuoi ordini o effettuare un nuovo acquisto, visita I miei ordini: https://www.amazon.it/gp/css/order-history",
           "Se hai domande, consulta la sezione Aiuto e Servizio Clienti: https://www.amazon.it/gp/help/customer/display.html",
           "Puoi cercare di nuovo l'articolo su Amazon.it: potrebbe essere disponibile presso altri venditori.",
           "Per maggiori informazioni, consulta la pagina di aiuto sugli ordini annullati: https://www.amazon.it/gp/help/customer/display.html?nodeId=201890610",
           "Il nostro Servizio Clienti è disponibile 24 ore su 24, 7 giorni su 7, tramite chat o telefono dalla pagina Contattaci.",
           "Speriamo di rivederti presto su Amazon.it."],
    "ja": ["ご注文状況の確認や再注文は、注文履歴から行えます: https://www.amazon.co.jp/gp/css/order-history",
           "ご不明な点がございましたら、ヘルプ＆カスタマーサービスをご覧ください: https://www.amazon.co.jp/gp/help/customer/display.html",
           "同じ商品が他の出品者から販売されている場合があります。Amazon.co.jpで再度お探しください。",
           "キャンセルされた注文の詳細については、ヘルプページをご確認ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201890610",
           "カスタマーサービスは24時間年中無休でチャットまたはお電話にて承っております。",
           "またのご利用をお待ちしております。"],
}

SIGN = {"it": ["Amazon.it", "Il Servizio Clienti di Amazon.it", "Grazie per aver acquistato su Amazon.it.\nAmazon.it", "A presto,\nAmazon.it"],
        "ja": ["Amazon.co.jp", "Amazon.co.jp カスタマーサービス", "今後ともAmazon.co.jpをよろしくお願いいたします。\nAmazon.co.jp", "Amazon.co.jp をご利用いただき、ありがとうございました。"]}

FOOTER = {
    "it": [["Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
            "Amazon.it non ti chiederà mai di comunicare via e-mail la tua password, i dati della carta di credito o le coordinate bancarie. Se ricevi un messaggio sospetto che sembra provenire da Amazon, non aprire link né allegati e segnalalo a stop-spoofing@amazon.it."],
           ["Per proteggere il tuo account, non condividere mai la password e attiva la verifica in due passaggi. I metodi di pagamento possono essere modificati solo dopo aver effettuato l'accesso a Il mio account su Amazon.it.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Capitale sociale: EUR 125.000; RCS Luxembourg No: B 101818; Partita IVA: LU 20260743."],
           ["©2024 Amazon.com, Inc. o sue affiliate. Tutti i diritti riservati. Amazon, Amazon.it, Prime e il logo Amazon.it sono marchi registrati di Amazon.com, Inc. o delle sue affiliate.",
            "Attenzione alle truffe: Amazon non ti chiederà mai di effettuare pagamenti al di fuori del sito, di acquistare buoni regalo per conto terzi o di fornire per telefono i tuoi dati di accesso."],
           ["Informativa sulla privacy: https://www.amazon.it/privacy",
            "Hai dubbi sull'autenticità di questa e-mail? Accedi al tuo account digitando direttamente www.amazon.it nel browser, invece di cliccare sui link. Le e-mail di phishing spesso contengono errori, richieste urgenti o link a siti che imitano Amazon.",
            "Questo messaggio è stato inviato da un indirizzo che non riceve risposte."],
           ["I dati di pagamento vengono trasmessi e conservati in modo sicuro. Amazon.it non memorizza il codice di sicurezza (CVV) della tua carta.",
            "Amazon Italia Services S.r.l., Viale Monte Grappa 3/5, 20124 Milano - Questa e-mail è stata inviata a {email}."]],
    "ja": [["このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
            "Amazon.co.jpがEメールでお客様のパスワードやクレジットカード番号、銀行口座などの個人情報をお尋ねすることはありません。Amazon.co.jpを装った不審なEメールを受け取った場合は、リンクを開かずに stop-spoofing@amazon.co.jp までお知らせください。"],
           ["アカウントの安全のため、パスワードを他人と共有せず、2段階認証を有効にすることをおすすめします。お支払い方法の変更は、Amazon.co.jpにサインインしたうえで「アカウントサービス」からのみ行えます。",
            "アマゾンジャパン合同会社　〒153-0064 東京都目黒区下目黒1-8-1"],
           ["© 2024 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon、Amazon.co.jpおよびAmazon.co.jpのロゴは、Amazon.com, Inc.またはその関連会社の商標です。",
            "詐欺にご注意ください：Amazonがサイト外でのお支払いや、ギフトカードの購入、電話でのサインイン情報の提供をお願いすることはありません。"],
           ["プライバシー規約: https://www.amazon.co.jp/privacy",
            "このEメールが本物かどうか不安な場合は、リンクをクリックせずに、ブラウザに直接 www.amazon.co.jp と入力してアカウントにアクセスしてください。フィッシングメールには、緊急性をあおる文言や、Amazonに似せたサイトへのリンクが含まれていることがあります。",
            "本メールは送信専用アドレスから配信されています。"],
           ["お支払い情報は安全に送信・保管されています。Amazon.co.jpはクレジットカードのセキュリティコードを保存しません。",
            "このEメールは {email} 宛に送信されました。"]],
}

# ---------------------------------------------------------------- rendering

URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)）]")


def h(s, link):
    """escape plain text for HTML and turn URLs into (possibly redirected) anchors"""
    out, pos = [], 0
    for m in URL_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        u = m.group(0)
        out.append('<a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>' % (html.escape(link(u)), html.escape(u, quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def amazon_link(mp):
    c, k = tok(13), tok(13)
    msg = "urn:rtn:msg:%s%sp0%s" % (datetime.datetime(2024, 1, 1).strftime("%Y%m%d%H%M%S"), hexs(32), "eu" if mp == "amazon.it" else "fe")
    ref = "pe_%d_%d" % (R.randint(100000, 99999999), R.randint(100000000, 999999999))

    def link(u):
        return "https://www.%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s" % (mp, c, k, msg, tok(12), quote(u, safe=""), tok(28), ref)
    pixel = "https://www.%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=O&U=%s&H=%s&ref_=%s_open" % (
        mp, c, k, msg, tok(12), quote("https://images-%s.ssl-images-amazon.com/images/G/01/nav/transp.gif" % ("eu" if mp == "amazon.it" else "fe"), safe=""), tok(28), ref)
    return link, pixel


CSS_A = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.card { background-color: #ffffff; width: 100%; border: 0; margin-bottom: 5px; }
.cardTD { width: 100%; padding: 30px 20px 30px 20px; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 8px; }
.orderIdLink { text-decoration: none; color: #868686; }
.itemName { font-size: 15px; color: #002E36; }
.itemDetail { font-size: 13px; color: #565959; }
.sectionHeader { font-size: 14px; font-weight: bold; color: #B12704; padding-top: 12px; }
.footerText { font-size: 12px; line-height: 16px; color: #868686; }
hr { color: #CFCFCF; border: 1px solid #CFCFCF; margin-top: 15px; margin-bottom: 15px; }"""

CSS_B = """body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:14px 0 0 0; }
#header .navigation { text-align:right; vertical-align:top; font-size:12px; }
#header .title { text-align:right; padding:0 0 10px 0; }
#orderDetails h3 { border-bottom:1px solid #ccc; }
#itemDetails .name { width:450px; padding:10px 0 0 0; }
#itemDetails .price { text-align:right; padding:10px 0 0 0; }
#costBreakdown .price { text-align:right; }
#legalCopy p { font-size:10px; color:#666; line-height:14px; }
.buttonComponent { border-collapse: separate; border-radius: 3px; border: 1px solid #CBA957; background-color: #ffa723; min-width: 222px; min-height: 47px; }
.buttonComponentLink { color: rgb(27, 27, 27) !important; font: 16px/18px Arial, sans-serif !important; display: table-cell; vertical-align: middle; height: 47px; }"""


def render_A(d):
    L, link = LBL[d["lang"]], d["link"]
    logo = "https://images-%s.ssl-images-amazon.com/images/G/%s/gno/images/general/navAmazonLogoFooter.gif" % (
        "eu" if d["lang"] == "it" else "fe", "29" if d["lang"] == "it" else "09")
    home = "https://www.%s" % d["mp"]
    td = 'style="border-collapse: collapse !important; font-family: Arial, sans-serif"'
    o = ['<!DOCTYPE html>', '<html lang="%s">' % d["lang"], ' <head>',
         '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
         '  <meta name="format-detection" content="telephone=no" />',
         '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />',
         '  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />',
         '  <title>%s</title>' % html.escape(d["title"]), '  <style>', CSS_A, '  </style>', ' </head>',
         ' <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0">'
         '<img width="1" height="1" src="%s" />' % html.escape(d["pixel"]),
         '  <table id="OutlookWrapper" style="width: 100%; border-collapse: collapse !important"><tbody><tr>',
         '   <td align="center" %s>' % td,
         '    <table id="EmailWrapper" style="width: 100%% !important" dir="ltr"><tbody><tr><td align="center" %s>' % td,
         '     <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250)"><tbody><tr>',
         '      <td class="emailBodyTD" style="padding: 23px 18px 21px 17px; font-family: Arial, sans-serif"> <a href="%s">' % html.escape(link(home)),
         '       <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px"><tbody><tr><td align="center" %s>' % td,
         '        <!--[if gte mso 9]><a href="%s"><![endif]--> <img src="%s" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" /> <!--[if gte mso 9]></a><![endif]-->' % (html.escape(link(home)), logo),
         '       </td></tr></tbody></table> </a>',
         '       <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%; border-top: 2px solid rgb(213, 219, 219)"><tbody><tr>',
         '        <td class="cardTD" align="left" style="padding: 30px 20px; font-family: Arial, sans-serif">',
         '         <table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); width: 100%%"><tbody><tr><td %s><span>%s</span></td></tr></tbody></table>' % (td, h(d["greeting"], link)),
         '         <table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); width: 100%"><tbody>']
    for p in d["paras"]:
        o.append('          <tr><td style="padding-bottom: 8px; font-family: Arial, sans-serif"><span>%s</span></td></tr>' % h(p, link))
    o.append('         </tbody></table>')
    if d.get("order"):
        o.append('         <hr />')
        o.append('         <table style="width: 100%%"><tbody><tr><td style="font-size: 14px; color: #565959; font-family: Arial, sans-serif">%s <a class="orderIdLink" style="color: #868686; text-decoration: none" href="%s">%s</a>%s</td></tr></tbody></table>' % (
            L["order_no"], html.escape(link("https://www.%s/gp/css/order-details?orderID=%s" % (d["mp"], d["order"]))), d["order"],
            ("<br />%s: %s" % (L["placed"], d["order_date"])) if d.get("order_date") else ""))
    for label, items in d.get("sections", []):
        o.append('         <table style="width: 100%%"><tbody><tr><td class="sectionHeader" style="font-size: 14px; font-weight: bold; color: #B12704; padding-top: 12px; font-family: Arial, sans-serif">%s</td></tr></tbody></table>' % html.escape(label))
        for it in items:
            o.append('         <table class="itemTable" style="width: 100%%; margin-top: 8px"><tbody><tr>'
                     '<td style="width: 80px; padding-right: 10px"><img src="https://m.media-amazon.com/images/I/%s._SS80_.jpg" width="80" alt="" /></td>'
                     '<td style="font-family: Arial, sans-serif"><span class="itemName" style="font-size: 15px; color: #002E36">%s</span><br />'
                     '<span class="itemDetail" style="font-size: 13px; color: #565959">%s: %d<br />%s%s</span></td></tr></tbody></table>' % (
                         it["img"], html.escape(it["name"]), L["qty"], it["qty"], it["price_s"],
                         ("<br />%s: %s" % (L["sold_by"], html.escape(it["seller"]))) if it.get("seller") else ""))
    if d.get("cta"):
        t, u = d["cta"]
        o.append('         <table class="buttonComponent" style="margin-top: 18px; border-radius: 8px; background-color: #FFD814; width: 100%%"><tbody><tr><td align="center" style="height: 44px; font-family: Arial, sans-serif"><a href="%s" style="color: #0F1111; font-size: 15px; text-decoration: none">%s</a></td></tr></tbody></table>' % (html.escape(link(u)), html.escape(t)))
    o.append('        </td></tr></tbody></table>')
    if d.get("tail"):
        o.append('       <table class="card" style="background-color: rgb(255, 255, 255); width: 100%; margin-top: 5px"><tbody><tr><td class="cardTD" style="padding: 20px; font-size: 14px; line-height: 20px; color: #002E36; font-family: Arial, sans-serif">')
        o.append("<br /><br />\n".join(h(p, link) for p in d["tail"]))
        o.append('<br /><br />%s</td></tr></tbody></table>' % h(d["sign"], link))
    o.append('       <table style="width: 100%; margin-top: 14px"><tbody><tr><td class="footerText" style="font-size: 12px; line-height: 16px; color: #868686; font-family: Arial, sans-serif">')
    o.append("<br /><br />\n".join(h(p, link) for p in d["footer"]))
    o.append('       </td></tr></tbody></table>')
    o.append('      </td></tr></tbody></table>')
    o.append('     </td></tr></tbody></table>')
    o.append('   </td></tr></tbody></table>')
    o.append(' <img width="1" height="1" src="%s" /></body>' % html.escape(d["pixel"]))
    o.append('</html>')
    return "\n".join(o) + "\n"


def render_B(d):
    L, link = LBL[d["lang"]], d["link"]
    mp = d["mp"]
    o = ['<html xmlns="https://www.w3.org/1999/xhtml">', ' <head>',
         '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
         '  <style type="text/css">', CSS_B, '  </style>', ' </head>',
         ' <body><img width="1" height="1" src="%s" />' % html.escape(d["pixel"]),
         '  <table id="container" cellpadding="0"><tbody><tr><td class="frame">',
         '   <table id="main" cellpadding="0"><tbody>',
         '    <tr><td><table id="header" cellpadding="0"><tbody>',
         '     <tr><td rowspan="2" class="logo"><a href="%s"><img src="https://images-%s.ssl-images-amazon.com/images/G/%s/x-locale/common/transparent-pixel._V192234675_.gif" alt="%s" width="115" height="30" /></a></td>' % (
             html.escape(link("https://www.%s" % mp)), "eu" if mp == "amazon.it" else "fe", "29" if mp == "amazon.it" else "09", d["brand"]),
         '      <td class="navigation"><table align="right"><tbody><tr>',
         '       <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (html.escape(link("https://www.%s/gp/css/order-history" % mp)), L["orders"]),
         '       <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (html.escape(link("https://www.%s/gp/css/homepage.html" % mp)), L["account"]),
         '       <td><a class="last" href="%s">%s</a></td>' % (html.escape(link("https://www.%s" % mp)), d["brand"]),
         '      </tr></tbody></table></td></tr>']
    title_cell = '<h2>%s</h2>' % html.escape(d["title"])
    if d.get("order"):
        title_cell += ' %s <a href="%s">%s</a>' % (L["order_no"], html.escape(link("https://www.%s/gp/css/order-details?orderID=%s" % (mp, d["order"]))), d["order"])
    o.append('     <tr><td class="title">%s</td></tr>' % title_cell)
    o.append('    </tbody></table></td></tr>')
    o.append('    <tr><td><table id="summary" cellpadding="0"><tbody><tr><td><span class="heading">%s</span>' % h(d["greeting"], link))
    for p in d["paras"]:
        o.append('     <p>%s</p>' % h(p, link))
    o.append('    </td></tr></tbody></table></td></tr>')
    if d.get("sections"):
        o.append('    <tr><td><table id="orderDetails" cellpadding="0"><tbody><tr><td>')
        o.append('     <h3>%s</h3>' % L["details"])
        if d.get("order"):
            o.append('     <p>%s <a href="%s">%s</a>%s</p>' % (L["order_no"], html.escape(link("https://www.%s/gp/css/order-details?orderID=%s" % (mp, d["order"]))), d["order"],
                                                          ("<br />%s: %s" % (L["placed"], d["order_date"])) if d.get("order_date") else ""))
        for label, items in d["sections"]:
            o.append('     <table id="itemDetails" cellpadding="0"><tbody>')
            o.append('      <tr><td colspan="2"><b style="color:#cc6600;">%s</b></td></tr>' % html.escape(label))
            for it in items:
                o.append('      <tr><td class="name"><a href="%s">%s</a><br /><span style="font-size:12px; color:#666;">%s: %d%s</span></td><td class="price"><strong>%s</strong></td></tr>' % (
                    html.escape(link("https://www.%s/dp/%s" % (mp, it["asin"]))), html.escape(it["name"]), L["qty"], it["qty"],
                    (" &nbsp;|&nbsp; %s: %s" % (L["sold_by"], html.escape(it["seller"]))) if it.get("seller") else "", it["price_s"]))
            o.append('     </tbody></table>')
        if d.get("total"):
            o.append('     <table id="costBreakdown" cellpadding="0"><tbody><tr><td style="padding-top:10px; border-top:1px solid #ccc;">%s:</td><td class="price" style="padding-top:10px; border-top:1px solid #ccc;"><strong>%s</strong></td></tr></tbody></table>' % (L["total"], d["total"]))
        o.append('    </td></tr></tbody></table></td></tr>')
    if d.get("cta"):
        t, u = d["cta"]
        o.append('    <tr><td><table class="buttonComponent" width="222"><tbody><tr><td style="width:100%%; vertical-align:middle;" align="center" valign="middle" height="47"><a class="buttonComponentLink" href="%s">%s</a></td></tr></tbody></table></td></tr>' % (html.escape(link(u)), html.escape(t)))
    o.append('    <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for p in d.get("tail", []):
        o.append('     <p>%s</p>' % h(p, link))
    o.append('     <p><br />%s</p>' % ('<span class="signature"><strong>%s</strong></span>' % h(d["sign"], link)))
    o.append('    </td></tr></tbody></table></td></tr>')
    o.append('    <tr><td><table id="legalCopy"><tbody><tr><td><span>')
    for p in d["footer"]:
        o.append('     <p>%s</p>' % h(p, link))
    o.append('    </span></td></tr></tbody></table></td></tr>')
    o.append('   </tbody></table>')
    o.append('  </td></tr></tbody></table>')
    o.append(' <img width="1" height="1" src="%s" /></body>' % html.escape(d["pixel"]))
    o.append('</html>')
    return "\n".join(o) + "\n"


def render_C(d):
    L, link = LBL[d["lang"]], d["link"]
    mp = d["mp"]
    sp = '<img src="http://g-ecx.images-amazon.com/images/G/01/e-mail/img/softlines/sp.gif" alt="" width="1" height="%d" style="display: block; border: none;" />'
    o = ['<!DOCTYPE html>',
         '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">', ' <head>',
         '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
         '  <meta name="format-detection" content="telephone=no" />',
         '  <meta name="viewport" content="width=device-width, initial-scale=1.0" />',
         '  <title>%s</title>' % html.escape(d["title"]),
         '  <style type="text/css">',
         '    body { width:100% !important; height:100% !important; margin:0; padding:0; }',
         '    table, table td { border-collapse:collapse !important; }',
         '    .container { width: 600px; }',
         '    @media only screen and (max-width: 620px) { .container { width: 100% !important; } .hide { display:none !important; } }',
         '    .a[href^="tel"], a[href^="sms"] {text-decoration:none!important;color:#606060!important;pointer-events:none!important;cursor:default!important;}',
         '  </style>', ' </head>',
         ' <body style="margin:0; padding:0; background-color:#EAEDED;">',
         '  <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#EAEDED"><tbody><tr><td align="center">',
         '   <table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF" style="border-collapse: collapse; border-spacing: 0; padding: 0; border: 0; text-align: left;"><tbody>',
         '    <tr><td colspan="2" height="12" style="line-height: 12px">%s</td></tr>' % (sp % 12),
         '    <tr><td style="padding-left: 20px;"><a href="%s"><img src="https://images-%s.ssl-images-amazon.com/images/G/01/e-mail/img/amazon-logo-%s.png" alt="%s" width="104" border="0" /></a></td>' % (
             html.escape(link("https://www.%s" % mp)), "eu" if mp == "amazon.it" else "fe", d["lang"], d["brand"]),
         '        <td align="right" style="padding-right: 20px; font-family: Arial, sans-serif; font-size: 18px; color: #232F3E;">%s</td></tr>' % html.escape(d["title"]),
         '    <tr><td colspan="2" height="4" bgcolor="#FF9900" style="line-height: 4px">%s</td></tr>' % (sp % 4),
         '    <tr><td colspan="2" style="padding: 24px 20px 0 20px; font-family: Arial, sans-serif; font-size: 14px; line-height: 20px; color: #0F1111;">',
         '     <p style="margin: 0 0 12px 0; font-size: 16px; font-weight: bold;">%s</p>' % h(d["greeting"], link)]
    for p in d["paras"]:
        o.append('     <p style="margin: 0 0 12px 0;">%s</p>' % h(p, link))
    o.append('    </td></tr>')
    if d.get("order") or d.get("sections"):
        o.append('    <tr><td colspan="2" style="padding: 8px 20px;">')
        o.append('     <table width="100%" cellpadding="6" cellspacing="0" style="border: 1px solid #D5D9D9; font-family: Arial, sans-serif; font-size: 13px; color: #0F1111;"><tbody>')
        if d.get("order"):
            o.append('      <tr bgcolor="#F0F2F2"><td colspan="3">%s <b>%s</b>%s</td></tr>' % (L["order_no"], d["order"], ("&nbsp;&nbsp;&middot;&nbsp;&nbsp;%s %s" % (L["placed"], d["order_date"])) if d.get("order_date") else ""))
        for label, items in d.get("sections", []):
            o.append('      <tr><td colspan="3" style="color:#B12704; font-weight:bold; border-top: 1px solid #D5D9D9;">%s</td></tr>' % html.escape(label))
            o.append('      <tr style="color:#565959;"><td>%s</td><td align="center">%s</td><td align="right">%s</td></tr>' % (L["items"], L["qty"], L["price"]))
            for it in items:
                o.append('      <tr><td><a href="%s" style="color:#007185; text-decoration:none;">%s</a>%s</td><td align="center">%d</td><td align="right">%s</td></tr>' % (
                    html.escape(link("https://www.%s/dp/%s" % (mp, it["asin"]))), html.escape(it["name"]),
                    ("<br /><span style=\"color:#565959; font-size:12px;\">%s: %s</span>" % (L["sold_by"], html.escape(it["seller"]))) if it.get("seller") else "",
                    it["qty"], it["price_s"]))
        if d.get("total"):
            o.append('      <tr><td colspan="2" align="right" style="border-top: 1px solid #D5D9D9;"><b>%s</b></td><td align="right" style="border-top: 1px solid #D5D9D9;"><b>%s</b></td></tr>' % (L["total"], d["total"]))
        o.append('     </tbody></table>')
        o.append('    </td></tr>')
    if d.get("cta"):
        t, u = d["cta"]
        o.append('    <tr><td colspan="2" align="center" style="padding: 16px 20px;"><a href="%s" style="display: inline-block; background-color: #FFD814; border: 1px solid #FCD200; border-radius: 8px; padding: 10px 28px; font-family: Arial, sans-serif; font-size: 14px; color: #0F1111; text-decoration: none;">%s</a></td></tr>' % (html.escape(link(u)), html.escape(t)))
    o.append('    <tr><td colspan="2" style="padding: 8px 20px 16px 20px; font-family: Arial, sans-serif; font-size: 13px; line-height: 19px; color: #0F1111;">')
    for p in d.get("tail", []):
        o.append('     <p style="margin: 0 0 10px 0;">%s</p>' % h(p, link))
    o.append('     <p style="margin: 12px 0 0 0;">%s</p>' % h(d["sign"], link))
    o.append('    </td></tr>')
    o.append('    <tr><td colspan="2" height="21" style="line-height: 21px">%s</td></tr>' % (sp % 21))
    o.append('    <tr><td colspan="2" bgcolor="#F6F6F6" style="padding: 16px 20px; font-family: Arial, sans-serif; font-size: 11px; line-height: 15px; color: #868686;">')
    for p in d["footer"]:
        o.append('     <p style="margin: 0 0 8px 0;">%s</p>' % h(p, link))
    o.append('    </td></tr>')
    o.append('   </tbody></table>')
    o.append('  </td></tr></tbody></table>')
    o.append('  <img width="1" height="1" src="%s" />' % html.escape(d["pixel"]))
    o.append(' </body>')
    o.append('</html>')
    return "\n".join(o) + "\n"


def render_plain(d, style):
    L = LBL[d["lang"]]
    o = []
    if style == "P1":
        o += [d["brand"], "-" * 76, "", d["greeting"], ""]
        for p in d["paras"]:
            o += [p, ""]
        if d.get("order"):
            o += [L["details"], "%s %s" % (L["order_no"], d["order"])]
            if d.get("order_date"):
                o.append("%s: %s" % (L["placed"], d["order_date"]))
            o.append("")
        for label, items in d.get("sections", []):
            o += [label + ":", ""]
            for it in items:
                o.append("  " + it["name"])
                if it.get("seller"):
                    o.append("  %s: %s" % (L["sold_by"], it["seller"]))
                o.append("  %s: %d   %s: %s" % (L["qty"], it["qty"], L["price"], it["price_s"]))
                o.append("")
        if d.get("cta"):
            o += ["%s:" % d["cta"][0], d["cta"][1], ""]
        for p in d.get("tail", []):
            o += [p, ""]
        o += [d["sign"], "", "-" * 76]
        for p in d["footer"]:
            o += [p, ""]
    elif style == "P2":
        o += [d["greeting"], ""]
        for p in d["paras"]:
            o += [p, ""]
        if d.get("order") or d.get("sections"):
            o.append("=" * 60)
            if d.get("order"):
                o.append("%s: %s" % ("Numero ordine" if d["lang"] == "it" else L["order_no"], d["order"]))
            if d.get("order_date"):
                o.append("%s: %s" % (L["placed"], d["order_date"]))
            for label, items in d.get("sections", []):
                o += ["-" * 60, label]
                for it in items:
                    if d["lang"] == "it":
                        o.append('%d x "%s"' % (it["qty"], it["name"]))
                    else:
                        o.append("「%s」 %s: %d" % (it["name"], L["qty"], it["qty"]))
                    if it.get("seller"):
                        o.append("    %s: %s" % (L["sold_by"], it["seller"]))
                    o.append("    " + it["price_s"])
            if d.get("total"):
                o += ["-" * 60, "%s: %s" % (L["total"], d["total"])]
            o += ["=" * 60, ""]
        if d.get("cta"):
            o += ["%s: %s" % d["cta"], ""]
        for p in d.get("tail", []):
            o += [p, ""]
        o += [d["sign"], "", ""]
        for p in d["footer"]:
            o += [p, ""]
    else:  # P3: customer service agent
        o += [d["greeting"], ""]
        for p in d["paras"]:
            o += [p, ""]
        if d.get("order"):
            o += ["%s %s" % (L["order_no"], d["order"])]
            for label, items in d.get("sections", []):
                for it in items:
                    o.append("- " + it["name"])
            o.append("")
        for p in d.get("tail", []):
            o += [p, ""]
        o += [d["sign"], ""]
        o += ["_" * 50, ""]
        for p in d["footer"]:
            o += [p, ""]
    return "\n".join(o).rstrip() + "\n"

# ================================================================ ITALIAN DATA
# Notice spec keys: c=cause, sr=states_reason, frm=sender local part, subj, body (paragraphs),
# n=item count, partial, seller (third-party), style ('cs' = human agent), agent, items (explicit),
# refund ('' = none), title, note, pre (earlier thread mail spec).

OH_IT = "https://www.amazon.it/gp/css/order-history"
OH_JA = "https://www.amazon.co.jp/gp/css/order-history"

IT_NOTICES = [
    # ---- inventory_shortage
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["Ci dispiace informarti che abbiamo dovuto annullare il tuo ordine #{order}. L'articolo \"{item}\" non è più disponibile e non siamo riusciti a procurarcelo dai nostri fornitori in tempi ragionevoli.",
               "Ci scusiamo per l'inconveniente e speriamo di poterti servire di nuovo presto."], note="no longer available from suppliers"),
    dict(c="inventory_shortage", sr=True, frm="order-update", subj="Un articolo è stato rimosso dal tuo ordine #{order}", n=3, partial=True,
         body=["Purtroppo \"{item}\", che hai ordinato il {date}, è andato esaurito prima che potessimo prepararlo per la spedizione, quindi lo abbiamo tolto dal tuo ordine.",
               "Gli altri articoli non subiscono modifiche e verranno spediti come previsto."], note="partial, sold out"),
    dict(c="inventory_shortage", sr=True, frm="marketplace-messages", seller=True, subj="Il venditore {seller} ha annullato il tuo ordine {order}",
         body=["Il venditore {seller} ci ha comunicato di non poter evadere il tuo ordine e ha provveduto ad annullarlo.",
               "Secondo quanto riferito dal venditore, la quantità indicata sul sito non corrispondeva alla merce effettivamente presente in magazzino, per cui l'articolo non può essere spedito."],
         note="seller cancelled, stock mismatch (implied shortage)"),
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="Aggiornamento sul tuo preordine Amazon.it",
         items=[("Il Signore degli Anelli - Edizione illustrata da Tolkien (Copertina rigida)", 65.55)],
         body=["Ti scriviamo a proposito del preordine di \"{item}\" (ordine #{order}).",
               "L'editore ci ha appena comunicato che le copie assegnate ad Amazon.it saranno molte meno del previsto. Non potremo quindi soddisfare tutti i preordini e, con nostro rammarico, il tuo è tra quelli che sono stati annullati.",
               "Se il titolo dovesse tornare disponibile, lo troverai di nuovo nella pagina del prodotto."], note="pre-order cannot be filled"),
    dict(c="inventory_shortage", sr=True, frm="order-update", subj="Informazioni sul tuo ordine Amazon.it #{order}",
         body=["Il produttore ha interrotto la fabbricazione di \"{item}\" e non ci invierà altre unità.",
               "Per questo motivo l'ordine #{order} non potrà essere completato: lo abbiamo annullato."], note="reason first, discontinued"),
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="Articoli annullati dal tuo ordine Amazon.it #{order}", n=2, partial=True,
         body=["Stiamo annullando il seguente articolo del tuo ordine #{order}: \"{item}\".",
               "Motivo dell'annullamento: articolo non più reperibile presso il fornitore"], note="labelled reason line, partial"),
    dict(c="inventory_shortage", sr=False, frm="auto-confirm", subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["Ti informiamo che l'ordine #{order} è stato annullato e che l'articolo indicato di seguito non verrà spedito."],
         note="thread: cause from earlier mail",
         pre=dict(frm="order-update", subj="Aggiornamento sulla consegna del tuo ordine #{order}", title="Ritardo nella consegna",
                  body=["Purtroppo la consegna di \"{item}\" subirà un ritardo: il nostro fornitore non è ancora riuscito a farci avere l'articolo e al momento non abbiamo una nuova data di disponibilità.",
                        "Continueremo a cercare di procurarcelo e ti aggiorneremo entro il {deadline}. Se preferisci non attendere, puoi annullare l'articolo in qualsiasi momento da I miei ordini senza alcun addebito."],
                  cta=("Gestisci il tuo ordine", OH_IT))),
    # ---- payment_issue
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="Ordine #{order} annullato: pagamento non riuscito",
         body=["Abbiamo tentato più volte di addebitare l'importo del tuo ordine #{order} sulla {card}, ma la banca emittente ha rifiutato la transazione.",
               "Poiché entro il termine indicato nella nostra precedente comunicazione non abbiamo ricevuto un metodo di pagamento valido, l'ordine è stato annullato.",
               "Prima di effettuare un nuovo ordine ti consigliamo di verificare i dati della carta in Il mio account > I tuoi pagamenti."], note="card declined"),
    dict(c="payment_issue", sr=True, frm="payments-update", subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["La carta collegata al tuo ordine risulta scaduta e non ci è arrivato alcun aggiornamento dei dati di pagamento.",
               "Non avendo potuto completare l'addebito, abbiamo annullato l'ordine #{order}. Potrai effettuarlo di nuovo dopo aver aggiunto una carta valida."], note="expired card, reason first"),
    dict(c="payment_issue", sr=True, frm="auto-confirm", subj="Annullamento del tuo ordine #{order}", n=2, refund="",
         body=["Il saldo del tuo buono regalo Amazon non bastava a coprire il totale dell'ordine #{order} e non era stato indicato un metodo di pagamento alternativo per la differenza.",
               "L'ordine è stato di conseguenza cancellato. Il saldo del buono regalo è rimasto invariato sul tuo account."], note="insufficient gift card balance"),
    dict(c="payment_issue", sr=True, frm="order-update", subj="Annullamento ordine #{order}",
         body=["Il tuo ordine è stato annullato.",
               "Motivo: non è stato possibile ottenere l'autorizzazione al pagamento dall'istituto che ha emesso la carta."], note="labelled Motivo line"),
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="Aggiornamento importante sul tuo ordine #{order}",
         body=["Non si tratta di un problema del tuo account Amazon né della disponibilità dell'articolo: la società finanziaria non ha approvato la richiesta di pagamento a rate per l'ordine #{order}.",
               "Senza un pagamento approvato non possiamo procedere con la spedizione, perciò l'ordine è stato annullato. Puoi acquistare di nuovo l'articolo scegliendo un altro metodo di pagamento."],
         note="denies account/stock; instalment payment not approved"),
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="Azione richiesta non completata: ordine #{order} annullato",
         body=["Il {date} ti avevamo chiesto di rivedere le informazioni di pagamento dell'ordine #{order}. Non avendo ricevuto la modifica entro la scadenza, l'ordine è stato annullato automaticamente."],
         note="payment revision not made in time, short"),
    dict(c="payment_issue", sr=False, frm="auto-confirm", subj="Ordine Amazon.it #{order}: annullamento",
         body=["Abbiamo annullato il tuo ordine #{order}.", "Gli articoli elencati di seguito non verranno spediti."],
         note="thread: cause from earlier mail",
         pre=dict(frm="payments-messages", subj="Aggiorna il metodo di pagamento per l'ordine #{order}", title="Pagamento non riuscito",
                  body=["non siamo riusciti ad addebitare l'importo dell'ordine #{order} sulla {card}. Potrebbe trattarsi di dati non aggiornati o di un limite di spesa raggiunto.",
                        "Per evitare ritardi, aggiorna le informazioni di pagamento entro il {deadline}: apri I miei ordini, seleziona l'ordine e scegli \"Modifica metodo di pagamento\".",
                        "Dopo l'aggiornamento riproveremo automaticamente l'addebito e spediremo gli articoli."],
                  cta=("Rivedi il pagamento", "https://www.amazon.it/gp/css/order-details?orderID={order}"))),
    # ---- technical_issue
    dict(c="technical_issue", sr=True, frm="auto-confirm", subj="Il tuo ordine #{order} è stato annullato",
         body=["Al momento del tuo acquisto, il prezzo di \"{item}\" era indicato in modo errato nella pagina del prodotto.",
               "Come previsto dalle nostre Condizioni generali di uso e vendita, in presenza di un evidente errore di prezzo possiamo rifiutare o annullare gli ordini interessati: abbiamo quindi annullato l'ordine #{order}.",
               "Ora sul sito è visualizzato il prezzo corretto, nel caso tu voglia comunque acquistare l'articolo."], note="pricing error"),
    dict(c="technical_issue", sr=True, frm="marketplace-messages", seller=True, subj="Ordine {order}: annullato dal venditore",
         body=["Il venditore {seller} ha annullato il tuo ordine {order}.",
               "Ci ha segnalato che la pagina del prodotto riportava informazioni sbagliate: foto e descrizione si riferivano a un modello diverso da quello realmente in vendita. L'offerta resterà ritirata finché la scheda non sarà corretta."],
         note="listing error, seller"),
    dict(c="technical_issue", sr=True, frm="no-reply", subj="Problema con il tuo ordine #{order}",
         body=["Durante l'elaborazione dell'ordine #{order} si è verificato un errore nei nostri sistemi e l'ordine non è stato registrato in modo completo.",
               "Per evitare addebiti doppi o spedizioni incomplete lo abbiamo annullato. Puoi ripetere l'acquisto: gli articoli sono ancora disponibili allo stesso prezzo."], note="system processing error"),
    dict(c="technical_issue", sr=True, frm="order-update", subj="Il tuo ordine Amazon.it è stato annullato",
         body=["Desideriamo rassicurarti: il tuo metodo di pagamento funziona correttamente e sul tuo account non risulta alcun problema.",
               "L'annullamento dell'ordine #{order} è dovuto a un malfunzionamento temporaneo della nostra piattaforma, che ha generato l'ordine con dati incompleti. Ci scusiamo per il disagio."],
         note="denies payment/account; platform malfunction"),
    dict(c="technical_issue", sr=True, frm="cs-reply", style="cs", agent="Roberta", subj="Il tuo ordine Amazon.it {order}",
         body=["ti scrivo per informarti che Amazon ha deciso di annullare il tuo ordine {order}.",
               "A causa di un'anomalia tecnica nel sistema delle promozioni, al tuo carrello è stato applicato per errore uno sconto che non era previsto per questi articoli. Tutti gli ordini coinvolti nel problema sono stati annullati.",
               "Capisco che la notizia possa essere deludente e me ne scuso a nome di Amazon."], note="cs agent; promotion glitch"),
    dict(c="technical_issue", sr=False, frm="auto-confirm", subj="Aggiornamento sul tuo ordine #{order}",
         body=["Il tuo ordine #{order} è stato annullato.", "Ci scusiamo per l'inconveniente."],
         note="thread: cause from earlier mail",
         pre=dict(frm="order-update", subj="Il tuo ordine #{order} è in fase di verifica", title="Ordine in verifica",
                  body=["abbiamo riscontrato un possibile errore nel prezzo indicato per \"{item}\" al momento del tuo ordine.",
                        "Stiamo facendo un controllo con il reparto competente e, fino alla sua conclusione, l'ordine #{order} resterà in attesa e non verrà spedito. Non devi fare nulla: ti scriveremo di nuovo appena possibile."])),
    # ---- fraud_prevention
    dict(c="fraud_prevention", sr=True, frm="account-update", subj="Il tuo account Amazon.it è stato bloccato temporaneamente",
         body=["Abbiamo notato un'attività insolita sul tuo account Amazon.it e, per proteggerti, lo abbiamo temporaneamente bloccato.",
               "Tutti gli ordini in sospeso, compreso l'ordine #{order}, sono stati annullati.",
               "Per ripristinare l'accesso, accedi al tuo account da https://www.amazon.it e segui le istruzioni visualizzate."], note="unusual activity, account locked"),
    dict(c="fraud_prevention", sr=True, frm="order-update", subj="Annullamento dell'ordine #{order}",
         body=["Prima della spedizione, l'ordine #{order} richiedeva una verifica aggiuntiva dell'identità del titolare dell'account.",
               "Poiché la verifica non è stata completata entro 72 ore, abbiamo dovuto annullare l'ordine."], note="identity verification not completed"),
    dict(c="fraud_prevention", sr=True, frm="auto-confirm", subj="Il tuo ordine Amazon.it #{order} è stato annullato", n=2,
         body=["Ti informiamo che l'ordine #{order} è stato annullato.", "Motivo: ordine segnalato dai controlli di sicurezza"], note="labelled, security review"),
    dict(c="fraud_prevention", sr=True, frm="no-reply", subj="Informazioni importanti sul tuo ordine Amazon.it",
         body=["Il problema non riguarda il pagamento né la disponibilità dell'articolo. La combinazione tra il nuovo indirizzo di consegna e il metodo di pagamento scelto per l'ordine #{order} ha attivato i nostri sistemi di protezione contro le frodi, e non siamo riusciti a confermare che l'acquisto sia stato fatto dal titolare dell'account.",
               "Per questa ragione l'ordine è stato annullato. Se l'acquisto era legittimo, potrai ripeterlo dopo aver verificato il tuo account."],
         note="denies payment/stock; anti-fraud check"),
    dict(c="fraud_prevention", sr=True, frm="cs-reply", style="cs", agent="Federica", subj="Re: Non riesco ad accedere al mio account",
         body=["grazie per averci contattato. Ho controllato la situazione del tuo account.",
               "Il {date} abbiamo registrato un accesso da un dispositivo e da una località che non riconosciamo. In via precauzionale l'account è stato messo in attesa e l'ordine {order}, effettuato poco dopo quell'accesso, è stato cancellato.",
               "Ti consiglio di cambiare subito la password e di attivare la verifica in due passaggi; dopodiché potrai ripetere l'ordine, se lo desideri."],
         note="cs agent; suspicious login, account on hold"),
    dict(c="fraud_prevention", sr=False, frm="auto-confirm", subj="Il tuo ordine #{order} è stato annullato",
         body=["Stiamo annullando il tuo ordine #{order}. Gli articoli non verranno spediti."],
         note="thread: cause from earlier mail",
         pre=dict(frm="account-update", subj="Il tuo account Amazon.it è in attesa di verifica", title="Verifica dell'account",
                  body=["per proteggere il tuo account abbiamo sospeso temporaneamente alcune attività, compresi gli ordini non ancora spediti come il #{order}.",
                        "Per continuare, conferma la tua identità: accedi al tuo account digitando www.amazon.it nel browser e segui le istruzioni. Ti chiederemo di verificare l'indirizzo di fatturazione del metodo di pagamento registrato.",
                        "Se la verifica non verrà completata entro il {deadline}, gli ordini in sospeso potrebbero essere annullati."])),
    # ---- customer_request
    dict(c="customer_request", sr=True, frm="auto-confirm", subj="Annullamento di \"{item_short}\" dal tuo ordine Amazon.it avvenuto con successo",
         body=["Come da tua richiesta, abbiamo annullato \"{item}\" dal tuo ordine #{order}."], note="successful cancellation subject"),
    dict(c="customer_request", sr=True, frm="auto-confirm", subj="Amazon.it - Il tuo annullamento ({item_short})", plain="P2",
         body=["Hai appena annullato l'ordine #{order}.", "Stato: ANNULLATO"], note="old customer template"),
    dict(c="customer_request", sr=True, frm="order-update", subj="Annullamento parziale di articoli dal tuo ordine Amazon.it", n=3, partial=True,
         body=["Abbiamo elaborato l'annullamento di uno degli articoli del tuo ordine #{order}.", "Motivo dell'annullamento: Annullato dal cliente"],
         note="partial, labelled customer cancel"),
    dict(c="customer_request", sr=True, frm="marketplace-messages", seller=True, subj="Richiesta di annullamento per l'ordine {order}",
         body=["Il venditore {seller} ha accolto la richiesta di annullamento che hai inviato e ha annullato l'ordine {order}.",
               "Se avevi già pagato, il rimborso verrà emesso dal venditore tramite Amazon."], note="seller accepted buyer request"),
    dict(c="customer_request", sr=True, frm="cs-reply", style="cs", agent="Antonio", subj="Il tuo contatto con il Servizio Clienti Amazon.it",
         body=["grazie per aver chattato con noi oggi.",
               "Come concordato durante la conversazione, ho annullato l'ordine {order} per \"{item}\": mi hai spiegato che ti serviva entro il fine settimana e che la consegna prevista era troppo tardi.",
               "A breve riceverai anche la conferma automatica dell'annullamento."], note="cs agent, cancelled as agreed in chat"),
    dict(c="customer_request", sr=True, frm="no-reply", subj="Conferma di annullamento: ordine #{order}",
         body=["La richiesta di annullamento che hai inviato da I miei ordini è stata elaborata: l'ordine #{order} non verrà spedito."], note="short, request from Your Orders"),
    # ---- unknown, no reason
    dict(c="unknown", sr=False, frm="auto-confirm", subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["L'ordine #{order} è stato annullato."], note="no reason, minimal"),
    dict(c="unknown", sr=False, frm="order-update", subj="Uno o più articoli del tuo ordine sono stati annullati", n=3, partial=True,
         body=["Ti informiamo che uno o più articoli del tuo ordine #{order} sono stati annullati. Gli altri articoli restano confermati."], note="partial, no reason"),
    dict(c="unknown", sr=False, frm="marketplace-messages", seller=True, subj="Annullamento dell'ordine {order}",
         body=["Il venditore {seller} ha annullato il tuo ordine {order}.",
               "Per qualsiasi domanda puoi contattare direttamente il venditore da I miei ordini, selezionando \"Contatta il venditore\"."], note="seller cancelled, no reason"),
    dict(c="unknown", sr=False, frm="auto-confirm", subj="Aggiornamento ordine Amazon.it",
         body=["Stiamo annullando il tuo ordine #{order} effettuato il {date}.", "Non è necessaria alcuna azione da parte tua."], note="no reason"),
    dict(c="unknown", sr=False, frm="no-reply", subj="Informazioni da Amazon.it",
         body=["Abbiamo dovuto annullare l'ordine indicato di seguito. Ci scusiamo per il disagio che questo potrebbe causarti."], note="bulk subject; had to cancel, no reason"),
    # ---- unknown, other reason
    dict(c="unknown", sr=True, frm="order-update", subj="Il tuo ordine #{order} non può essere consegnato",
         body=["Abbiamo annullato l'ordine #{order} perché non siamo in grado di consegnare all'indirizzo che hai indicato: il CAP non corrisponde al comune e il corriere non è riuscito a individuare il luogo di consegna.",
               "Controlla e aggiorna l'indirizzo nella tua rubrica prima di effettuare un nuovo ordine."], note="undeliverable address"),
    dict(c="unknown", sr=True, frm="auto-confirm", subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["\"{item}\" non può essere spedito all'indirizzo di Livigno (SO) indicato nell'ordine: il comune si trova in territorio extradoganale e questo prodotto non rientra tra quelli che possiamo inviare in quell'area.",
               "Di conseguenza l'ordine #{order} è stato annullato."], note="cannot ship to customs-exempt area"),
    dict(c="unknown", sr=True, frm="order-update", subj="Annullamento: restrizioni di spedizione per il tuo ordine",
         items=[("Garmin Forerunner 255 Smartwatch GPS", 279.99)],
         body=["Motivo dell'annullamento: restrizioni di trasporto.",
               "\"{item}\" contiene batterie al litio classificate come merce pericolosa e, in base alle norme sul trasporto, non può essere inviato all'indirizzo sulle isole minori che hai scelto. L'ordine #{order} è stato quindi annullato."],
         note="shipping restriction (dangerous goods to small islands)"),
]

# Amazon-sent non-notices (rendered with the Amazon templates)
IT_AMAZON_NON = [
    dict(frm="shipment-tracking", subj="Spedito: \"{item_short}\" e altri articoli", title="Conferma di spedizione", n=2, section="shipped",
         body=["Il tuo pacco è in viaggio! Consegna prevista: {deadline_wd}.",
               "Puoi seguire la spedizione dalla pagina I miei ordini."],
         tail=["Hai cambiato idea? Puoi recedere dall'acquisto entro 30 giorni dalla consegna tramite il Centro resi online: https://www.amazon.it/gp/css/returns/homepage.html"],
         cta=("Traccia il pacco", "https://www.amazon.it/progress-tracker/package"), note="shipping confirmation"),
    dict(frm="no-reply", display="Amazon Fresh", subj="La tua fascia di consegna Amazon Fresh è stata annullata", title="Amazon Fresh", n=0, order=True,
         body=["a causa dell'elevata richiesta nella tua zona, la fascia di consegna di {deadline_wd} tra le 10:00 e le 12:00 non è più disponibile ed è stata annullata.",
               "Il tuo ordine Amazon Fresh #{order} resta valido: scegli una nuova fascia oraria entro le 22:00 di oggi da I miei ordini. Se non selezioni una nuova fascia, ti proporremo automaticamente la prima disponibile."],
         cta=("Scegli una nuova fascia", "https://www.amazon.it/alm/deliveryslots"), note="Fresh delivery window cancelled, order kept"),
    dict(frm="prime", display="Amazon Prime", subj="Conferma: la tua iscrizione Amazon Prime è stata annullata", title="Amazon Prime", n=0,
         body=["come richiesto, abbiamo annullato la tua iscrizione ad Amazon Prime.",
               "Potrai continuare a usufruire dei vantaggi Prime, come le spedizioni veloci gratuite e Prime Video, fino al {deadline}. Dopo tale data l'iscrizione non verrà rinnovata e non ti sarà addebitata la quota annuale di EUR 49,90.",
               "Se cambi idea, puoi riattivare l'iscrizione in qualsiasi momento da https://www.amazon.it/prime"], note="Prime membership cancellation"),
    dict(frm="payments-messages", subj="Azione richiesta: problema con il pagamento dell'ordine #{order}", title="Rivedi il pagamento", n=1, section="items",
         body=["la banca ha rifiutato l'addebito per il tuo ordine #{order}.",
               "Per non perdere l'ordine, aggiorna il metodo di pagamento entro il {deadline}. Se non riceviamo un pagamento valido entro questa data, l'ordine verrà annullato."],
         cta=("Aggiorna il pagamento", "https://www.amazon.it/gp/css/order-details?orderID={order}"), note="payment reminder before any cancellation"),
    dict(frm="return", subj="Il rimborso per il tuo reso è stato emesso", title="Rimborso emesso", n=1, section="items",
         body=["abbiamo ricevuto l'articolo che hai restituito e abbiamo emesso un rimborso di {price} sulla {card}.",
               "L'importo sarà visibile sul tuo conto entro 3-5 giorni lavorativi, a seconda dei tempi della banca."], note="return/refund confirmation"),
]

IT_RAW_NON = [
    dict(note="other retailer (Zalando) order cancellation", frm_name="Zalando", frm_addr="info@service-mail.zalando.it",
         subj="Il tuo ordine 10203918475523 è stato annullato", fmt="html",
         html="""<html><head><meta charset="utf-8"><title>Zalando</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:24px;border-bottom:3px solid #ff6900;"><img src="https://mosaic01.ztat.net/nvg/logos/zalando.png" width="120" alt="Zalando"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#1a1a1a;">
<p>Ciao {first},</p>
<p>purtroppo abbiamo dovuto annullare il tuo ordine <b>10203918475523</b> del {date}: le sneakers <b>Nike Air Max 90 - bianco, taglia 42</b> non sono più disponibili nel nostro magazzino.</p>
<p>Non ti verrà addebitato alcun importo. Se hai pagato con PayPal, l'importo verrà sbloccato entro pochi giorni.</p>
<p><a href="https://www.zalando.it/myaccount/orders" style="background:#ff6900;color:#fff;padding:10px 20px;text-decoration:none;">Vai ai tuoi ordini</a></p>
<p>Il team Zalando</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania. Non rispondere a questa e-mail. Zalando non ti chiederà mai la password via e-mail.</td></tr>
</table></td></tr></table></body></html>
"""),
    dict(note="friend says they cancelled their Amazon order", frm_name="Paolo De Rossi", frm_addr="paolo.derossi@gmail.com",
         subj="Re: regalo per la mamma", fmt="text", bstyle="gmail",
         text="""Ciao {first},

alla fine ho annullato il mio ordine su Amazon, il frullatore sarebbe arrivato dopo il compleanno e non aveva senso aspettare. Mi hanno detto che il rimborso arriva in qualche giorno.

Che dici se passiamo sabato mattina da MediaWorld e lo prendiamo lì? Dividiamo a metà come l'anno scorso.

Ciao,
Paolo

Il giorno {date_short} {first} <{email}> ha scritto:
> Hai già preso il regalo per la mamma? Io pensavo a un buono per la spa.
"""),
]

IT_LOOK = [
    dict(c="payment_issue", sr=True, note="look-alike domain, polished copy of template, hidden hrefs",
         frm_name="Amazon.it", frm_addr="notifiche@amazon-ordini.help", layout="A", fmt="alt", order=True,
         auth="dkim=pass header.d=amazon-ordini.help; spf=pass smtp.mailfrom=amazon-ordini.help; dmarc=pass header.from=amazon-ordini.help",
         phish="https://amazon-ordini.help/it/ap/signin?session={tok}",
         subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["Non siamo riusciti a elaborare il pagamento del tuo ordine #{order}, che è stato quindi annullato.",
               "Per evitare la sospensione del tuo account, aggiorna le informazioni di pagamento entro 24 ore."],
         cta=("Aggiorna il pagamento", "https://www.amazon.it/gp/css/account/payment")),
    dict(c="fraud_prevention", sr=True, note="free-mail sender, callback phone number, malformed order number, crude",
         frm_name="Servizio Clienti Amazon", frm_addr="assistenza.amazon.italia@gmail.com", fmt="text", bstyle="gmail",
         subj="ANNULLAMENTO ORDINE - iPhone 15 Pro Max",
         text="""Gentile Cliente,

il tuo ordine #405-88213-55102 per iPhone 15 Pro Max 256GB Titanio Naturale (EUR 1.489,00) e stato ANNULLATO per attivita sospetta sul tuo conto.

Se NON hai effettuato tu questo ordine chiama SUBITO il nostro reparto sicurezza al numero 02 9475 3318 (attivo 24/7) per bloccare l'addebito sulla tua carta.

Se non ci contatti entro 12 ore l'importo verra addebitato e non sara piu possibile il rimborso.

Cordiali saluti
Servizio Clienti Amazon Italia
"""),
    dict(c="fraud_prevention", sr=True, note="Cyrillic homoglyph display name, subdomain trick, 'use this code'",
         frm_name="Аmazon.it", frm_addr="no-reply@amazon.it.account-verifica.net", layout="C", fmt="html", order=True,
         phish="http://amazon.it.account-verifica.net/riattiva?c=AMZ-4471-XK&u={tok}",
         subj="Account sospeso: il tuo ordine è stato annullato",
         body=["Il tuo account Amazon è stato sospeso a causa di accessi non autorizzati e il tuo ordine #{order} è stato annullato.",
               "Per riattivare l'account e ripristinare l'ordine, utilizza il codice di sblocco AMZ-4471-XK sulla pagina https://www.amazon.it/riattivazione entro 48 ore. Trascorso questo termine l'account verrà chiuso definitivamente."],
         cta=("Riattiva il tuo account", "https://www.amazon.it/riattivazione")),
    dict(c="payment_issue", sr=True, note="asks to reply with card details, look-alike domain",
         frm_name="Amazon Pagamenti", frm_addr="pagamenti@amazn-it.com", reply_to="rimborsi.amazon@proton.me", fmt="text",
         subj="Ordine annullato - conferma i tuoi dati di pagamento",
         text="""Gentile {name},

il pagamento del tuo ordine n. {order} non e andato a buon fine e l'ordine e stato annullato dal nostro sistema.

Per riattivare l'ordine e ricevere la merce senza costi aggiuntivi, rispondi a questa e-mail indicando:

- Nome e cognome del titolare della carta
- Numero della carta (16 cifre)
- Data di scadenza
- Codice di sicurezza CVV

I tuoi dati saranno trattati in modo sicuro secondo le nostre politiche sulla privacy.

Grazie per la collaborazione,
Amazon Pagamenti - Ufficio Verifiche
"""),
    dict(c="unknown", sr=False, note="no order number, link text shows amazon.it, href elsewhere",
         frm_name="Amazon", frm_addr="ordini@amazon-rimborsi.com", fmt="html",
         subj="Il tuo ordine è stato annullato",
         html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:20px;">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon"><br><br>
<p>Gentile cliente,</p>
<p>Il tuo ordine è stato annullato. Il rimborso di <b>EUR 214,90</b> è pronto per essere accreditato.</p>
<p>Per ricevere il rimborso, conferma i tuoi dati al seguente indirizzo:<br>
<a href="http://amazon-rimborsi.com/it/rimborso.php?id={tok}">https://www.amazon.it/rimborsi/conferma</a></p>
<p>Grazie,<br>Amazon.it</p>
<p style="font-size:11px;color:#888;">© Amazon.com, Inc. o sue affiliate. Questa e-mail è stata inviata automaticamente.</p>
</div></body></html>
"""),
    dict(c="inventory_shortage", sr=True, note="polished copy of desktop template, look-alike domain, refund form phishing",
         frm_name="Amazon.it", frm_addr="auto-confirm@amazon-it.shop-rimborsi.com", layout="B", fmt="alt", order=True,
         phish="https://amazon-it.shop-rimborsi.com/rimborso/{tok}",
         subj="Il tuo ordine Amazon.it #{order} è stato annullato",
         body=["L'articolo che hai ordinato non è più disponibile e il tuo ordine #{order} è stato annullato.",
               "Per ricevere il rimborso di {price}, compila il modulo di rimborso sicuro con i dati della carta su cui desideri ricevere l'accredito: https://www.amazon.it/rimborsi/modulo"],
         cta=("Richiedi il rimborso", "https://www.amazon.it/rimborsi/modulo")),
    dict(c="technical_issue", sr=True, note="callback phone (numero verde), look-alike domain, claims double charge",
         frm_name="Amazon Supporto", frm_addr="no-reply@amazonsupport-it.info", fmt="text",
         subj="Errore di sistema - ordine #{order} annullato",
         text="""Gentile cliente Amazon,

a causa di un errore di sistema il tuo ordine #{order} è stato annullato, ma l'importo di EUR 899,00 risulta addebitato due volte sulla tua carta.

Per ottenere il rimborso immediato chiama il nostro numero verde 800 912 447 e comunica all'operatore il codice pratica RF-22871. Ti guideremo nella procedura di rimborso tramite la tua app bancaria.

Il servizio è attivo dalle 8:00 alle 22:00.

Team Assistenza Amazon
"""),
]

# ================================================================ JAPANESE DATA

JA_NOTICES = [
    # ---- inventory_shortage
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="Amazon.co.jp ご注文のキャンセルについて（注文番号 {order}）",
         body=["誠に申し訳ございませんが、ご注文いただいた「{item}」は、仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。",
               "ご期待に沿えず、大変申し訳ございません。"], note="supplier cannot deliver"),
    dict(c="inventory_shortage", sr=True, frm="order-update", subj="ご注文の一部商品がキャンセルされました", n=3, partial=True,
         body=["ご注文いただいた商品のうち「{item}」は在庫切れとなり、お届けすることができなくなりました。",
               "該当の商品はご注文から取り消されております。その他の商品は予定どおり発送いたします。"], note="partial, out of stock"),
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="予約商品に関する重要なお知らせ",
         items=[("ポケモンカードゲーム スカーレット&バイオレット 拡張パック BOX", 5400)],
         body=["ご予約いただいておりました「{item}」につきまして、メーカーからの供給数が当初の予定を大きく下回ることが判明いたしました。",
               "すべてのご予約にお応えすることができず、誠に恐縮ながら、お客様のご予約（注文番号：{order}）は取り消しとさせていただきました。"], note="pre-order cannot be filled"),
    dict(c="inventory_shortage", sr=True, frm="marketplace-messages", seller=True, subj="出品者からのキャンセル通知：注文番号 {order}",
         body=["出品者「{seller}」より、在庫の管理に誤りがあり、ご注文の商品を確保できないとの連絡がありました。",
               "このため、出品者がご注文をキャンセルいたしました。"], note="seller, stock error"),
    dict(c="inventory_shortage", sr=True, frm="auto-confirm", subj="Amazon.co.jp: ご注文がキャンセルされました",
         body=["以下のご注文をキャンセルいたしました。", "キャンセル理由：メーカーの生産終了により商品の手配ができなくなったため"], note="labelled reason, discontinued"),
    dict(c="inventory_shortage", sr=True, frm="order-update", subj="ご注文商品についてのお知らせ",
         body=["お取り扱いを終了した商品のため、ご注文 {order} はお届けできなくなりました。ご注文はキャンセル済みです。"], note="reason first, short"),
    dict(c="inventory_shortage", sr=False, frm="auto-confirm", subj="Amazon.co.jp ご注文のキャンセル（{order}）",
         body=["ご注文 {order} をキャンセルいたしました。", "以下の商品は発送されません。"], note="thread: cause from earlier mail",
         pre=dict(frm="order-update", subj="お届け予定日の変更のお知らせ", title="お届け予定日の変更",
                  body=["ご注文いただいた「{item}」の入荷が遅れております。現在、仕入先からの入荷時期が未定のため、新しいお届け予定日をお知らせすることができません。",
                        "{deadline}までに改めてご連絡いたします。お待ちいただけない場合は、注文履歴からいつでもキャンセルいただけます（代金は請求されません）。"],
                  cta=("注文履歴を表示", OH_JA))),
    # ---- payment_issue
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="お支払いが確認できなかったため、ご注文をキャンセルしました",
         body=["ご登録のクレジットカード（{card}）の有効期限が切れていたため、ご注文の代金を請求することができませんでした。",
               "期限までにお支払い方法の変更が確認できなかったため、ご注文 {order} はキャンセルされました。"], note="expired card"),
    dict(c="payment_issue", sr=True, frm="auto-confirm", subj="【Amazon.co.jp】お支払い期限切れによるご注文のキャンセル",
         body=["コンビニ・ATM・ネットバンキング・電子マネー払いでお手続きいただいたご注文について、お支払い期限（{deadline}）までにご入金を確認できませんでした。",
               "このため、ご注文は自動的にキャンセルされました。再度ご購入を希望される場合は、改めてご注文ください。"], refund="", note="convenience-store payment not made in time"),
    dict(c="payment_issue", sr=True, frm="order-update", subj="注文番号 {order} のキャンセル",
         body=["ご注文をキャンセルいたしました。", "理由: カード会社から決済の承認が得られなかったため"], note="labelled reason"),
    dict(c="payment_issue", sr=True, frm="auto-confirm", subj="Amazon.co.jp ご注文 {order} について", n=2,
         body=["ご注文時点でAmazonギフトカードの残高がご注文金額に満たず、差額分のお支払い方法もご指定いただいていなかったため、ご注文を完了できませんでした。",
               "ご注文はキャンセル扱いとなっております。"], note="insufficient gift card balance"),
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="ご注文に関する大切なお知らせ",
         body=["本件は、お客様のアカウントや商品の在庫に問題があったわけではございません。",
               "ご注文 {order} でお選びいただいた「あと払い（ペイディ）」のご利用審査が承認されなかったため、商品をお届けすることができず、キャンセルとさせていただきました。別のお支払い方法で再度ご注文いただけます。"],
         note="denies account/stock; deferred payment not approved"),
    dict(c="payment_issue", sr=True, frm="payments-messages", subj="お支払い方法の更新期限を過ぎました",
         body=["お支払い方法の更新期限を過ぎたため、注文 {order} を取り消しました。"], note="payment revision deadline missed, short"),
    dict(c="payment_issue", sr=False, frm="auto-confirm", subj="ご注文がキャンセルされました（{order}）",
         body=["注文番号 {order} のご注文はキャンセルされました。", "ご不便をおかけいたします。"], note="thread: cause from earlier mail",
         pre=dict(frm="payments-messages", subj="お支払い方法の更新をお願いします（注文番号 {order}）", title="お支払い方法の更新",
                  body=["ご注文 {order} の代金を{card}に請求しようとしましたが、カード会社により承認されませんでした。",
                        "{deadline}までに、注文履歴から「お支払い方法を変更」を選択し、お支払い情報を更新してください。更新が確認でき次第、商品を発送いたします。"],
                  cta=("お支払い方法を更新する", "https://www.amazon.co.jp/gp/css/order-details?orderID={order}"))),
    # ---- technical_issue
    dict(c="technical_issue", sr=True, frm="auto-confirm", subj="Amazon.co.jp ご注文のキャンセルについて",
         body=["ご注文時、「{item}」の販売価格がAmazon.co.jp上で誤って表示されておりました。",
               "Amazon.co.jp 利用規約に基づき、誤った価格で受け付けたご注文はキャンセルさせていただいております。現在は正しい価格が表示されております。"], note="pricing error"),
    dict(c="technical_issue", sr=True, frm="marketplace-messages", seller=True, subj="出品者がご注文をキャンセルしました（{order}）",
         body=["出品者 {seller} は、商品詳細ページの掲載内容に誤り（容量・型番の表記違い）があったことを理由に、ご注文をキャンセルしました。",
               "出品者は現在、掲載内容を修正しております。"], note="listing error, seller"),
    dict(c="technical_issue", sr=True, frm="no-reply", subj="ご注文処理に関するお詫び",
         body=["システム障害の影響により、{date}にいただいたご注文が正常に処理されませんでした。",
               "二重請求などを防ぐため、該当のご注文（{order}）は当社にてキャンセルいたしました。大変お手数ですが、改めてご注文いただけますようお願い申し上げます。"], note="system failure"),
    dict(c="technical_issue", sr=True, frm="order-update", subj="ご注文 {order} のキャンセルについて",
         body=["お支払い方法やアカウントに問題があったわけではございませんので、ご安心ください。",
               "当社システムの一時的な不具合により、ご注文データが不完全な状態で作成されたため、やむを得ずキャンセルいたしました。"], note="denies payment/account; system bug"),
    dict(c="technical_issue", sr=True, frm="cs-reply", style="cs", agent="田中", subj="Amazon.co.jp カスタマーサービスからのご連絡",
         body=["Amazon.co.jp カスタマーサービスの田中です。",
               "ご注文 {order} につきまして、キャンペーンの割引が本来対象外の商品にまで誤って適用されるという技術的な問題が発生しておりました。",
               "影響を受けたご注文は、Amazonの判断でキャンセルさせていただくこととなりました。ご期待に沿えず申し訳ございません。"], note="cs agent; promotion glitch"),
    dict(c="technical_issue", sr=False, frm="auto-confirm", subj="Amazon.co.jp ご注文キャンセルのお知らせ",
         body=["ご注文 {order} はキャンセルとなりました。", "ご迷惑をおかけして申し訳ございません。"], note="thread: cause from earlier mail",
         pre=dict(frm="order-update", subj="ご注文商品の価格確認のお知らせ", title="ご注文の確認中",
                  body=["ご注文いただいた「{item}」について、ご注文時に表示されていた価格に誤りがあった可能性があり、現在確認を行っております。",
                        "確認が完了するまで、ご注文 {order} の発送を一時的に保留させていただきます。お客様による操作は必要ございません。"])),
    # ---- fraud_prevention
    dict(c="fraud_prevention", sr=True, frm="account-update", subj="アカウントの一時保留とご注文のキャンセルについて",
         body=["お客様のアカウントで通常と異なるアクティビティが検出されたため、安全のためアカウントを一時的に保留いたしました。",
               "これに伴い、未発送のご注文（{order} を含む）はキャンセルされました。",
               "アカウントを復旧するには、https://www.amazon.co.jp にサインインし、画面の案内に従ってください。"], note="unusual activity, account on hold"),
    dict(c="fraud_prevention", sr=True, frm="order-update", subj="ご本人確認が完了しなかったため注文をキャンセルしました",
         body=["ご注文 {order} の発送前に、アカウント所有者様のご本人確認をお願いしておりました。",
               "所定の期間内に確認が完了しなかったため、ご注文はキャンセルされました。"], note="identity verification not completed"),
    dict(c="fraud_prevention", sr=True, frm="auto-confirm", subj="Amazon.co.jp: 注文番号 {order} のキャンセル", n=2,
         body=["ご注文がキャンセルされましたのでお知らせいたします。", "キャンセル理由：セキュリティ上の確認が必要と判断されたため"], note="labelled, security review"),
    dict(c="fraud_prevention", sr=True, frm="no-reply", subj="Amazon.co.jpからの重要なお知らせ",
         body=["在庫やお支払いの問題ではございません。",
               "新しいお届け先住所とお支払い方法の組み合わせが当社の不正利用防止システムの審査対象となり、ご注文がアカウント所有者様ご本人によるものであることを確認できませんでした。そのため、ご注文 {order} をキャンセルいたしました。"],
         note="denies stock/payment; anti-fraud review"),
    dict(c="fraud_prevention", sr=True, frm="cs-reply", style="cs", agent="佐々木", subj="Re: アカウントにサインインできません",
         body=["お問い合わせいただきありがとうございます。Amazon.co.jp カスタマーサービスの佐々木でございます。",
               "確認いたしましたところ、{date}に、普段とは異なる端末および地域からお客様のアカウントへのサインインがございました。予防措置としてアカウントをロックし、その直後に作成されたご注文 {order} を取り消しております。",
               "お手数ですが、パスワードを変更のうえ、2段階認証を設定していただきますようお願いいたします。"], note="cs agent; suspicious sign-in, account locked"),
    dict(c="fraud_prevention", sr=False, frm="auto-confirm", subj="注文番号 {order}：キャンセルのお知らせ",
         body=["ご注文 {order} をキャンセルさせていただきました。"], note="thread: cause from earlier mail",
         pre=dict(frm="account-update", subj="アカウントが保留されています", title="アカウントの確認",
                  body=["お客様のアカウントを保護するため、アカウントを一時的に保留し、未発送のご注文（{order}）の処理を停止しております。",
                        "{deadline}までに www.amazon.co.jp にサインインし、ご登録のお支払い方法の請求先情報を確認してください。期限までに確認できない場合、保留中のご注文はキャンセルされる場合があります。"])),
    # ---- customer_request
    dict(c="customer_request", sr=True, frm="auto-confirm", subj="キャンセルを承りました：「{item_short}」",
         body=["お客様からのご依頼に基づき、以下の商品をキャンセルいたしました。"], note="successful cancellation"),
    dict(c="customer_request", sr=True, frm="auto-confirm", subj="Amazon.co.jp ご注文のキャンセル", plain="P2",
         body=["ご注文 {order} のキャンセルが完了しました。", "ステータス：キャンセル済み（お客様によるキャンセル）"], note="old template, status line"),
    dict(c="customer_request", sr=True, frm="order-update", subj="一部商品のキャンセル（注文番号 {order}）", n=3, partial=True,
         body=["ご注文の一部の商品をキャンセルいたしました。", "キャンセル理由：お客様都合"], note="partial, labelled customer"),
    dict(c="customer_request", sr=True, frm="marketplace-messages", seller=True, subj="キャンセルリクエストへの対応：注文番号 {order}",
         body=["出品者 {seller} は、お客様から送信されたキャンセルリクエストを承認し、ご注文をキャンセルしました。",
               "代金はAmazonを通じて返金されます。"], note="seller accepted buyer request"),
    dict(c="customer_request", sr=True, frm="cs-reply", style="cs", agent="山本", subj="お問い合わせの件（注文番号 {order}）",
         body=["先ほどはお電話にてお問い合わせいただき、ありがとうございました。",
               "お申し出のとおり、ご注文 {order}（「{item}」）をキャンセルいたしました。誤って同じ商品を2回ご注文されたとのことでしたので、もう一方のご注文はそのまま発送いたします。"],
         note="cs agent after phone call"),
    dict(c="customer_request", sr=True, frm="no-reply", subj="キャンセルリクエストが処理されました",
         body=["注文履歴からお送りいただいたキャンセルリクエストを処理しました。ご注文 {order} は発送されません。"], note="short, request via order history"),
    # ---- unknown, no reason
    dict(c="unknown", sr=False, frm="auto-confirm", subj="Amazon.co.jp ご注文 {order} のキャンセル",
         body=["ご注文 {order} はキャンセルされました。"], note="no reason, minimal"),
    dict(c="unknown", sr=False, frm="order-update", subj="ご注文の商品がキャンセルされました", n=3, partial=True,
         body=["ご注文 {order} の一部の商品がキャンセルされました。その他の商品については、引き続き発送の準備を進めております。"], note="partial, no reason"),
    dict(c="unknown", sr=False, frm="marketplace-messages", seller=True, subj="注文 {order} のキャンセル",
         body=["出品者 {seller} がご注文をキャンセルしました。",
               "キャンセルの詳細については、注文履歴の「出品者に連絡する」から出品者へ直接お問い合わせください。"], note="seller cancelled, no reason"),
    dict(c="unknown", sr=False, frm="auto-confirm", subj="ご注文についてのお知らせ",
         body=["誠に勝手ながら、{date}にいただいたご注文 {order} をキャンセルさせていただきます。", "ご迷惑をおかけし、申し訳ございません。"], note="no reason"),
    dict(c="unknown", sr=False, frm="no-reply", subj="Amazon.co.jpからのお知らせ",
         body=["以下のご注文はキャンセルとなりましたので、お知らせいたします。"], note="bulk subject, no reason"),
    # ---- unknown, other reason
    dict(c="unknown", sr=True, frm="order-update", subj="お届け先住所に関するお知らせとご注文のキャンセル",
         body=["ご指定のお届け先住所に番地・部屋番号が含まれておらず、配送業者がお届け先を特定できなかったため、ご注文 {order} をキャンセルいたしました。",
               "アドレス帳のご住所をご確認のうえ、再度ご注文ください。"], note="undeliverable address"),
    dict(c="unknown", sr=True, frm="auto-confirm", subj="配送制限によるご注文のキャンセル",
         items=[("Anker PowerCore 10000 モバイルバッテリー", 3590)],
         body=["キャンセル理由：配送制限",
               "「{item}」は航空輸送ができない商品のため、ご指定のお届け先（沖縄県の離島地域）へはお届けできません。このため、ご注文をキャンセルいたしました。"], note="shipping restriction to remote islands"),
    dict(c="unknown", sr=True, frm="order-update", subj="ご注文 {order} に関するお知らせ",
         items=[("DJI Mini 4 Pro ドローン RCプロポ付き", 105270)],
         body=["この商品は輸出管理上の規制対象となっているため、日本国外の住所（海外転送サービスの住所を含む）へは発送できません。",
               "ご指定のお届け先が国外への転送を行う住所であることが確認されたため、ご注文 {order} はキャンセルされました。"], note="export restriction"),
]

JA_AMAZON_NON = [
    dict(frm="shipment-tracking", subj="配達完了：「{item_short}」", title="配達完了", n=1, section="items",
         body=["お荷物が配達されました。お届け先：玄関前（置き配）", "配達写真は注文履歴からご確認いただけます。"],
         tail=["商品の返品・交換をご希望の場合は、商品到着後30日以内に注文履歴からお手続きください: https://www.amazon.co.jp/gp/css/returns/homepage.html"],
         cta=("配達状況を確認", "https://www.amazon.co.jp/progress-tracker/package"), note="delivery confirmation"),
    dict(frm="digital-no-reply", display="Amazon.co.jp", subj="Kindle Unlimited 会員登録のキャンセルが完了しました", title="Kindle Unlimited", n=0,
         body=["Kindle Unlimited の会員登録をキャンセルしました。",
               "{deadline}までは引き続き Kindle Unlimited をご利用いただけます。以降は自動更新されず、月額980円（税込）は請求されません。",
               "いつでも https://www.amazon.co.jp/kindle-dbs/hz/subscribe/ku から再登録できます。"], note="Kindle Unlimited subscription cancellation"),
    dict(frm="payments-messages", subj="ご注文のお支払いに問題が発生しました（注文番号 {order}）", title="お支払い方法の確認", n=1, section="items",
         body=["ご注文 {order} のお支払いについて、カード会社からの承認が得られませんでした。",
               "{deadline}までにお支払い方法を更新されない場合、ご注文はキャンセルされます。ご注文は現在保留中で、まだキャンセルはされていません。"],
         cta=("お支払い方法を更新", "https://www.amazon.co.jp/gp/css/order-details?orderID={order}"), note="payment reminder before any cancellation"),
    dict(frm="return", subj="返金手続きのお知らせ", title="返金のお知らせ", n=1, section="items",
         body=["返品された商品を受領いたしました。{price}の返金手続きが完了しました。",
               "返金は{card}に対して行われます。カード会社によっては、ご利用明細への反映まで1〜2回の締め日を要する場合があります。"], note="return/refund confirmation"),
]

JA_RAW_NON = [
    dict(note="other retailer (Rakuten shop) order cancellation", frm_name="楽天市場", frm_addr="order@rakuten.co.jp", fmt="text", jis=True,
         subj="【楽天市場】注文キャンセルのお知らせ",
         text="""{name} 様

この度は楽天市場をご利用いただき、誠にありがとうございます。
下記のご注文は、ショップ「インテリア雑貨ナチュラ」によりキャンセルされました。

[受注番号] 283019-20240311-0048172633
[注文日時] {date}
[商品] 北欧風 木製スツール オーク材 高さ45cm
[キャンセル理由] 欠品のため

お支払いについては、ショップから別途ご案内いたします。
楽天ポイントをご利用の場合、ポイントは自動的に返還されます。

楽天市場
https://www.rakuten.co.jp/
※本メールは送信専用です。
"""),
    dict(note="newsletter mentioning fake cancellation mails", frm_name="週刊セキュリティニュース", frm_addr="newsletter@secu-news.jp", fmt="alt",
         subj="【週刊セキュリティニュース】Amazonを装う「ご注文キャンセル」詐欺メールに注意",
         text="""週刊セキュリティニュース 第312号

■今週のトピック
Amazonを装った「ご注文がキャンセルされました」という件名のフィッシングメールが急増しています。
メール内のリンクから偽のサインインページに誘導し、クレジットカード情報を入力させる手口です。

■見分け方のポイント
・送信元ドメインが amazon.co.jp ではない
・注文番号の形式がおかしい、または記載がない
・「24時間以内」など急がせる表現がある

不審なメールを受け取った場合は、リンクを開かず、公式アプリや注文履歴から直接ご注文状況を確認しましょう。

■その他のニュース
・大手ECサイトでの不正ログイン被害、前年比1.4倍に
・パスワード管理アプリの選び方

配信停止: https://secu-news.jp/unsubscribe?id=8817
""",
         html="""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;line-height:1.7;color:#222;">
<div style="max-width:620px;margin:0 auto;">
<h2 style="border-bottom:3px solid #1a5fb4;">週刊セキュリティニュース 第312号</h2>
<h3>■今週のトピック</h3>
<p>Amazonを装った「ご注文がキャンセルされました」という件名のフィッシングメールが急増しています。メール内のリンクから偽のサインインページに誘導し、クレジットカード情報を入力させる手口です。</p>
<h3>■見分け方のポイント</h3>
<ul><li>送信元ドメインが amazon.co.jp ではない</li><li>注文番号の形式がおかしい、または記載がない</li><li>「24時間以内」など急がせる表現がある</li></ul>
<p>不審なメールを受け取った場合は、リンクを開かず、公式アプリや注文履歴から直接ご注文状況を確認しましょう。</p>
<h3>■その他のニュース</h3>
<ul><li>大手ECサイトでの不正ログイン被害、前年比1.4倍に</li><li>パスワード管理アプリの選び方</li></ul>
<p style="font-size:11px;color:#888;"><a href="https://secu-news.jp/unsubscribe?id=8817">配信停止</a></p>
</div></body></html>
"""),
    dict(note="friend says they cancelled their Amazon order", frm_name="松本 健二", frm_addr="kenji.matsumoto@gmail.com", fmt="text", bstyle="gmail",
         subj="Re: 引っ越し祝い",
         text="""{first}さん

返信遅くなってごめん！
Amazonで頼んでたコーヒーメーカー、色を間違えてたから結局注文キャンセルしちゃった。
今週末に一緒にビックカメラ見に行かない？実物見てから選んだ方がいい気がする。

土曜の午後なら空いてるよ。

健二

{date_short} {first} <{email}>:
> 引っ越し祝い、何にするか決まった？
"""),
]

JA_LOOK = [
    dict(c="payment_issue", sr=True, note="spoofed amazon.co.jp From, dmarc=fail, foreign Return-Path, hidden hrefs",
         frm_name="Amazon.co.jp", frm_addr="auto-confirm@amazon.co.jp", return_path="bounce@jpk-mail.cn", layout="C", fmt="alt", order=True,
         auth="dkim=none (message not signed) header.d=none; spf=fail smtp.mailfrom=jpk-mail.cn; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.co.jp",
         phish="https://amazon-co-jp.verify-pay.xyz/ap/signin?id={tok}",
         subj="【重要】ご注文のキャンセルとお支払い情報の確認",
         body=["お支払い方法に問題があるため、ご注文 {order} はキャンセルされました。",
               "24時間以内にお支払い情報を更新しない場合、お客様のアカウントは停止されます。以下のボタンからお手続きください。"],
         cta=("お支払い情報を更新する", "https://www.amazon.co.jp/gp/css/account/payment")),
    dict(c="fraud_prevention", sr=True, note="look-alike .top domain, crude unnatural Japanese",
         frm_name="Amazon.co.jp", frm_addr="info@amazon-jp.secure-account.top", fmt="text",
         subj="Amazon ご注文キャンセルのお知らせ（アカウント保留）",
         text="""Amazon お客様

お客様のアカウントは異常なログインがあったので保留しております、ご注文はキャンセルされた。
下記のリンクからアカウント情報を更新してください。

https://amazon-jp.secure-account.top/login?u={tok}

24時間以内に更新しない場合、アカウントは永久に停止されます、ご了承ください。

Amazon.co.jp
"""),
    dict(c="inventory_shortage", sr=True, note="Greek homoglyph display name, digit-zero domain, card entry for refund",
         frm_name="Αmazon.co.jp", frm_addr="shop@amaz0n.co.jp-notice.com", layout="A", fmt="html", order=True,
         phish="http://amaz0n.co.jp-notice.com/refund/{tok}",
         subj="ご注文のキャンセルと返金手続きのご案内",
         body=["ご注文の商品は在庫切れのため、ご注文 {order} はキャンセルされました。",
               "返金（{price}）を受け取るには、72時間以内に返金手続きページでカード情報をご入力ください: https://www.amazon.co.jp/refund/confirm"],
         cta=("返金手続きへ進む", "https://www.amazon.co.jp/refund/confirm")),
    dict(c="technical_issue", sr=True, note="free-mail sender, callback phone number",
         frm_name="Amazonカスタマーサポート", frm_addr="amazon.support.jp2024@outlook.com", fmt="text", bstyle="gmail",
         subj="システムエラーによる二重注文とキャンセルのご案内",
         text="""お客様各位

システムエラーにより、お客様のご注文（注文番号 {order}）が二重に確定し、代金 ￥49,500 が2回請求されております。
現在、重複分のご注文をキャンセル処理中です。

返金の手続きには、お客様ご本人からのお電話が必要です。
下記の番号までお電話ください。

Amazonカスタマーサポート返金窓口：050-3184-2276（受付 9:00〜21:00）

※お電話の際、オペレーターが返金用の手続き番号をご案内いたします。

Amazonカスタマーサポート
"""),
    dict(c="unknown", sr=False, note="no order number, link text shows amazon.co.jp, href elsewhere",
         frm_name="Amazon", frm_addr="no-reply@amazon-orders.help", fmt="html",
         subj="ご注文はキャンセルされました",
         html="""<html><body style="font-family:Meiryo,sans-serif;font-size:14px;">
<div style="width:560px;margin:0 auto;padding:20px;border:1px solid #ddd;">
<p style="font-size:20px;font-weight:bold;">amazon</p>
<p>お客様</p>
<p>ご注文はキャンセルされました。詳細は以下のリンクからご確認ください。</p>
<p><a href="https://amazon-orders.help/jp/order?ref={tok}">https://www.amazon.co.jp/gp/css/order-history</a></p>
<p>Amazon.co.jp</p>
</div></body></html>
"""),
    dict(c="payment_issue", sr=True, note="malformed order number, asks to reply with card details",
         frm_name="Amazon.co.jp 決済センター", frm_addr="billing@amazon-co-jp.billing-center.net", reply_to="amzjp.billing@yahoo.com", fmt="text", jis=True,
         subj="決済エラーによるご注文取り消しのお知らせ",
         text="""{name} 様

注文番号：#250-123456-12345678

ご登録のカードでの決済に失敗したため、ご注文は取り消されました。
ご注文を復元するには、このメールに返信する形で、以下の情報をお知らせください。

・カード名義
・カード番号
・有効期限
・セキュリティコード（裏面3桁）

ご返信確認後、ただちにご注文を復元いたします。

Amazon.co.jp 決済センター
"""),
    dict(c="customer_request", sr=True, note="claims customer cancelled, 'not you? undo here' link, subdomain trick",
         frm_name="Amazon.co.jp", frm_addr="auto-confirm@amazon.co.jp.order-cancel.info", layout="B", fmt="alt", order=True,
         phish="https://amazon.co.jp.order-cancel.info/signin?r={tok}",
         subj="キャンセル手続きが完了しました（注文番号 {order}）",
         body=["お客様のご依頼により、ご注文 {order} をキャンセルいたしました。",
               "このキャンセルにお心当たりがない場合は、24時間以内に以下のページからキャンセルを取り消してください: https://www.amazon.co.jp/gp/css/order-history"],
         cta=("キャンセルを取り消す", "https://www.amazon.co.jp/gp/css/order-history")),
]

# ================================================================ generation

def short(s, lang):
    lim = 30 if lang == "it" else 18
    return s if len(s) <= lim else s[:lim].rstrip() + ("..." if lang == "it" else "…")


def make_items(lang, spec, n_default=1):
    explicit = spec.get("items")
    n = spec.get("n", n_default)
    pool = list(ITEMS[lang])
    R.shuffle(pool)
    chosen = list(explicit) if explicit else []
    while len(chosen) < n:
        chosen.append(pool.pop())
    style = R.randint(0, 2)
    seller = R.choice(SELLERS[lang])
    out = []
    for i, (name, v) in enumerate(chosen[:max(n, len(chosen))] if n else []):
        qty = 1 if R.random() < 0.8 else 2
        if lang == "it":
            s = ("%.2f" % (v * qty)).replace(".", ",")
            if v * qty >= 1000:
                s = s[:-6] + "." + s[-6:]
            ps = ["EUR %s", "%s €", "€ %s"][style] % s
        else:
            ps = "￥{:,}".format(int(v * qty))
        if spec.get("seller"):
            sl = seller
        else:
            sl = R.choice(["Amazon EU S.à r.l.", "Amazon", None]) if lang == "it" else R.choice(["Amazon.co.jp", None])
        out.append(dict(name=name, qty=qty, v=v * qty, price_s=ps, seller=sl,
                        asin="B0" + tok(8), img=R.choice(["61", "71", "81", "51"]) + tok(9, string.ascii_letters + string.digits) + "L"))
    return out, seller


def fmt_total(lang, items):
    v = sum(i["v"] for i in items)
    if lang == "it":
        s = ("%.2f" % v).replace(".", ",")
        if v >= 1000:
            s = s[:-6] + "." + s[-6:]
        return "EUR " + s
    return "￥{:,}".format(int(v))


def make_ctx(lang, rcpt, date, items, seller, order, deadline_future):
    first, full, email_addr = rcpt
    dl = date + datetime.timedelta(days=R.randint(2, 9)) if deadline_future else date - datetime.timedelta(days=R.randint(1, 3))
    od = date - datetime.timedelta(days=R.randint(1, 12))
    it0 = items[0]["name"] if items else ""
    return dict(order=order, name=full, first=first, email=email_addr, item=it0,
                item2=items[1]["name"] if len(items) > 1 else "", item_short=short(it0, lang) if it0 else "",
                seller=seller, card=R.choice(CARDS[lang]), date=fdate(od, lang),
                date_short=(od.strftime("%d/%m/%Y") if lang == "it" else od.strftime("%Y年%m月%d日 %H:%M")),
                deadline=fdate(dl, lang), deadline_wd=fdate(dl, lang, wd=True),
                price=items[0]["price_s"] if items else "", tok=tok(16, string.ascii_lowercase + string.digits))


def pick_footer(lang, ctx):
    f = list(R.choice(FOOTER[lang]))
    if R.random() < 0.35:
        extra = R.choice(FOOTER[lang])
        f += [p for p in extra if p not in f]
    return [fill(p, ctx) for p in f]


def emit_parts(lang, d, fmt, layout, plain_style):
    parts, used_jis = [], False
    if fmt in ("text", "alt"):
        txt = render_plain(d, plain_style)
        choices = ["quoted-printable", "base64", "8bit"]
        if lang == "ja" and jis_ok(txt):
            choices += ["iso-2022-jp", "iso-2022-jp"]
        cte = R.choice(choices)
        if cte == "iso-2022-jp":
            parts.append(text_part(txt, "plain", "iso-2022-jp", "7bit"))
            used_jis = True
        else:
            parts.append(text_part(txt, "plain", "utf-8", cte))
    if fmt in ("html", "alt"):
        htm = {"A": render_A, "B": render_B, "C": render_C}[layout](d)
        parts.append(text_part(htm, "html", "utf-8", R.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])))
    return parts, used_jis


def hdate(date, lang):
    if lang == "ja" and R.random() < 0.6:
        return format_datetime(date.astimezone(datetime.timezone(datetime.timedelta(hours=9))))
    return format_datetime(date)


def amazon_headers(lang, frm, display, rcpt, subj, date, auth, jis):
    mp = MP[lang]
    hd = amazon_transport(mp, rcpt[2], date, auth)
    to = addr(rcpt[1], rcpt[2], jis)
    ts = date.strftime("%Y%m%d%H%M%S")
    rest = [("Date", hdate(date, lang)), ("From", addr(display, "%s@%s" % (frm, mp), jis))]
    if R.random() < 0.6 and frm not in ("cs-reply",):
        rest.append(("Reply-To", "no-reply@%s" % mp))
    rest += [("To", to), ("Subject", enc_header(subj, jis)), ("Message-ID", message_id(mp, date))]
    if R.random() < 0.5:
        rest = rest[1:] + rest[:1]  # Date last sometimes
    rest.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    if R.random() < 0.6:
        rest.append(("Feedback-ID", "1.%s.%s=:AmazonSES" % ("eu-west-1" if lang == "it" else "us-west-2", tok(43, string.ascii_letters + string.digits + "+/"))))
    if R.random() < 0.4:
        rest.append(("X-AMAZON-RTE-VERSION", "2.0"))
    if R.random() < 0.3:
        rest.append(("Bounces-to", "%s-%s@bounces.%s" % (ts, tok(13), mp)))
    return hd + rest


def display_for(lang, frm, seller):
    b = BRAND[lang]
    if frm == "marketplace-messages":
        return R.choice(["%s - Amazon Marketplace" % seller, b]) if lang == "it" else R.choice(["%s - Amazon マーケットプレイス" % seller, b])
    if frm == "cs-reply" and lang == "ja":
        return "Amazon.co.jp カスタマーサービス"
    return b


def amazon_doc(lang, spec, ctx, items, partial, kind, link, pixel, section=None):
    L = LBL[lang]
    cs = spec.get("style") == "cs"
    if cs:
        greeting = fill(R.choice(["Buongiorno {first},", "Ciao {first},", "Gentile {name},"]) if lang == "it" else "{name} 様", ctx)
        sign = "Cordiali saluti,\n%s\nServizio Clienti Amazon.it" % spec["agent"] if lang == "it" else "%s\nAmazon.co.jp カスタマーサービス" % spec["agent"]
    else:
        greeting = fill(R.choice(GREET[lang]), ctx)
        sign = R.choice(SIGN[lang])
    paras = [fill(p, ctx) for p in spec["body"]]
    tail = []
    if kind == "notice":
        rf = spec.get("refund")
        if rf is None and R.random() < 0.9:
            tail.append(R.choice(REFUND[lang]))
        elif rf:
            tail.append(fill(rf, ctx))
        tail += R.sample(HELP[lang], R.choice([1, 1, 2]))
    else:
        tail += [fill(t, ctx) for t in spec.get("tail", [])]
        tail += R.sample(HELP[lang], R.choice([0, 1]))
    footer = pick_footer(lang, ctx)
    if cs:
        footer = ([("Ti è stato utile il mio aiuto? Faccelo sapere: https://www.amazon.it/gp/help/contact/survey?ref=cs_%s" % tok(8).lower())]
                  if lang == "it" else
                  ["今回の対応はお役に立ちましたか？ アンケートにご協力ください: https://www.amazon.co.jp/gp/help/contact/survey?ref=cs_%s" % tok(8).lower()]) + footer
    sections = []
    if items:
        if kind == "notice":
            canc = items[:1] if partial else items
            sections.append((L["cancelled"], canc))
            if partial:
                sections.append((L["remaining"], items[1:]))
        else:
            sections.append((L[section or "items"], items))
    cta = None
    if spec.get("cta"):
        cta = (spec["cta"][0], fill(spec["cta"][1], ctx))
    elif kind == "notice" and not cs and R.random() < 0.5:
        cta = (L["view"], "https://www.%s/gp/css/order-details?orderID=%s" % (MP[lang], ctx["order"]))
    show_order = bool(items) or spec.get("order")
    return dict(lang=lang, mp=MP[lang], brand=BRAND[lang], title=fill(spec.get("title") or L["title"], ctx), greeting=greeting,
                paras=paras, order=ctx["order"] if show_order else None, order_date=ctx["date"] if (show_order and R.random() < 0.6) else None,
                sections=sections, total=(fmt_total(lang, sections[0][1]) if (kind == "notice" and sections and R.random() < 0.6) else None),
                cta=cta, tail=tail, sign=sign, footer=footer, link=link, pixel=pixel)


class Batch:
    def __init__(self):
        self.units = []   # each: list of (bytes, label)

    # -------- Amazon notices (+ optional earlier thread mail)
    def notices(self, lang, specs):
        fmts = ["alt"] * 10 + ["html"] * 10 + ["text"] * 20
        for s in specs:
            if s.get("style") == "cs":
                fmts.remove("text")
        R.shuffle(fmts)
        auth_flags = [True] * 20 + [False] * 20
        R.shuffle(auth_flags)
        for i, s in enumerate(specs):
            fmt = "text" if s.get("style") == "cs" else fmts.pop()
            rcpt = R.choice(NAMES[lang])
            date = rand_date()
            items, seller = make_items(lang, s)
            order = order_no(lang)
            unit = []
            if s.get("pre"):
                pre = s["pre"]
                pdate = date - datetime.timedelta(days=R.randint(4, 8), seconds=R.randint(0, 30000))
                ctx = make_ctx(lang, rcpt, pdate, items, seller, order, True)
                # deadline must fall between the two mails
                dl = pdate + datetime.timedelta(days=R.randint(2, 3))
                ctx["deadline"], ctx["deadline_wd"] = fdate(dl, lang), fdate(dl, lang, wd=True)
                unit.append((self.amazon_mail(lang, dict(pre, n=len(items)), ctx, items, False, "pre", R.choice(["alt", "html", "text"]), pdate, R.random() < 0.5, seller),
                             dict(kind="non_notice", language=lang, cause=None, states_reason=False, marketplace=MP[lang], note="thread")))
                ctx = dict(ctx)
                ctx["deadline"], ctx["deadline_wd"] = fdate(dl, lang), fdate(dl, lang, wd=True)
            else:
                ctx = make_ctx(lang, rcpt, date, items, seller, order, False)
            b = self.amazon_mail(lang, s, ctx, items, s.get("partial", False), "notice", fmt, date, auth_flags[i], seller)
            unit.append((b, dict(kind="notice", language=lang, cause=s["c"], states_reason=s["sr"], marketplace=MP[lang], note=s["note"])))
            self.units.append(unit)

    def amazon_mail(self, lang, s, ctx, items, partial, kind, fmt, date, auth, seller):
        link, pixel = amazon_link(MP[lang])
        d = amazon_doc(lang, s, ctx, items, partial, "notice" if kind == "notice" else "other", link, pixel, s.get("section"))
        layout = R.choice("ABC")
        plain_style = "P3" if s.get("style") == "cs" else (s.get("plain") or R.choice(["P1", "P2"]))
        parts, jis = emit_parts(lang, d, fmt, layout, plain_style)
        disp = s.get("display") or display_for(lang, s["frm"], seller)
        rcpt = (ctx["first"], ctx["name"], ctx["email"])
        hdrs = amazon_headers(lang, s["frm"], disp, rcpt, fill(s["subj"], ctx), date, auth, jis)
        return assemble(hdrs, parts, "amazon")

    # -------- Amazon-sent non-notices
    def amazon_non(self, lang, specs):
        for s in specs:
            rcpt = R.choice(NAMES[lang])
            date = rand_date()
            items, seller = make_items(lang, s, 0)
            order = order_no(lang)
            ctx = make_ctx(lang, rcpt, date, items, seller, order, True)
            b = self.amazon_mail(lang, s, ctx, items, False, "other", R.choice(["alt", "html", "text"]), date, R.random() < 0.5, seller)
            self.units.append([(b, dict(kind="non_notice", language=lang, cause=None, states_reason=False, marketplace=MP[lang], note=s["note"]))])

    # -------- raw / foreign mails (other retailers, friends, newsletters, phishing)
    def foreign(self, lang, s, kind):
        rcpt = R.choice(NAMES[lang])
        date = rand_date()
        items, seller = make_items(lang, dict(n=1))
        order = order_no(lang)
        ctx = make_ctx(lang, rcpt, date, items, seller, order, True)
        jis = bool(s.get("jis"))
        parts = []
        if s.get("text") or s.get("html"):
            fmt = s.get("fmt", "text")
            if s.get("text") and fmt in ("text", "alt"):
                t = fill(s["text"], ctx)
                if jis and jis_ok(t):
                    parts.append(text_part(t, "plain", "iso-2022-jp", "7bit"))
                else:
                    jis = False
                    parts.append(text_part(t, "plain", "utf-8", R.choice(["quoted-printable", "base64", "8bit"])))
            if s.get("html") and fmt in ("html", "alt"):
                parts.append(text_part(fill(s["html"], ctx), "html", "utf-8", R.choice(["quoted-printable", "base64"])))
        else:
            phish = s["phish"]
            link = lambda u: fill(phish, dict(tok=tok(16, string.ascii_lowercase + string.digits)))
            host = phish.split("/")[2]
            pixel = "https://%s/o.gif?u=%s" % (host, tok(10).lower())
            d = amazon_doc(lang, dict(s, refund=""), ctx, items, False, "notice", link, pixel)
            parts, jis = emit_parts(lang, d, s.get("fmt", "alt"), s.get("layout", "A"), R.choice(["P1", "P2"]))
        frm = addr(s["frm_name"], s["frm_addr"], jis)
        rp = s.get("return_path") or s["frm_addr"]
        hd = foreign_transport(rp, rcpt[2], date, s.get("auth"))
        if kind == "lookalike" and s.get("auth") is None and R.random() < 0.5:
            dom = s["frm_addr"].split("@")[1]
            hd.append(("Authentication-Results", "mx.%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s" % (
                rcpt[2].split("@")[1], dom, R.choice(["pass", "none"]), dom, R.choice(["pass", "bestguesspass", "none"]), dom)))
        elif kind == "non_notice" and s.get("auth") is None and not s["frm_addr"].endswith("gmail.com"):
            dom = s["frm_addr"].split("@")[1]
            hd.append(("Authentication-Results", "mx.%s; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (
                rcpt[2].split("@")[1], dom, dom, dom)))
        rest = [("From", frm)]
        if s.get("reply_to"):
            rest.append(("Reply-To", s["reply_to"]))
        rest += [("To", addr(rcpt[1], rcpt[2], jis)), ("Subject", enc_header(fill(s["subj"], ctx), jis)),
                 ("Date", hdate(date, lang)), ("Message-ID", message_id(s["frm_addr"].split("@")[1], date))]
        if s["subj"].startswith("Re:"):
            ref = "<CA%s@mail.gmail.com>" % tok(40, string.ascii_letters + string.digits)
            rest += [("In-Reply-To", ref), ("References", ref)]
        if kind == "lookalike" and R.random() < 0.5:
            rest.append(("X-Mailer", R.choice(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "Microsoft Outlook 16.0", "Foxmail 7.2.25.228"])))
        b = assemble(hd + rest, parts, s.get("bstyle", "other"))
        if kind == "lookalike":
            lab = dict(kind="lookalike", language=lang, cause=s["c"], states_reason=s["sr"], marketplace=None, note=s["note"])
        else:
            lab = dict(kind="non_notice", language=lang, cause=None, states_reason=False, marketplace=None, note=s["note"])
        self.units.append([(b, lab)])


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    bt = Batch()
    bt.notices("it", IT_NOTICES)
    bt.notices("ja", JA_NOTICES)
    bt.amazon_non("it", IT_AMAZON_NON)
    bt.amazon_non("ja", JA_AMAZON_NON)
    for s in IT_RAW_NON:
        bt.foreign("it", s, "non_notice")
    for s in JA_RAW_NON:
        bt.foreign("ja", s, "non_notice")
    for s in IT_LOOK:
        bt.foreign("it", s, "lookalike")
    for s in JA_LOOK:
        bt.foreign("ja", s, "lookalike")
    units = bt.units
    R.shuffle(units)
    labels, n = [], 0
    for unit in units:
        for b, lab in unit:
            n += 1
            name = "%s%03d.eml" % (PREFIX, n)
            with open(os.path.join(MAILDIR, name), "wb") as fh:
                fh.write(b)
            labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % n)


if __name__ == "__main__":
    main()
