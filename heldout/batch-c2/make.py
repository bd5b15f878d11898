#!/usr/bin/env python3
"""Generate blind test batch c2 (French and Spanish): Amazon cancellation notices,
non-notices and phishing lookalikes, as raw .eml files plus labels.json.
Deterministic: fixed seed; MIME boundaries and ids come from the seeded RNG."""
import html as htmlmod
import json
import os
import re
import random
import datetime as dt
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from email import policy
from email.charset import Charset, QP, BASE64
from email.header import Header

SEED = 20240602
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
POL = policy.default.clone(linesep="\n", max_line_length=78)

# --------------------------------------------------------------------------
# Marketplaces
# --------------------------------------------------------------------------
EU_PRE = ["028", "171", "302", "303", "304", "305", "402", "403", "404", "405", "406", "407", "408"]
MPS = {
    "amazon.fr": dict(lang="fr", brand="Amazon.fr", pre=EU_PRE, cur="eur_fr",
                      to=["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "outlook.fr", "wanadoo.fr"],
                      tz=1, ses="eu-west-1"),
    "amazon.com.be": dict(lang="fr", brand="Amazon.com.be", pre=EU_PRE, cur="eur_fr",
                          to=["skynet.be", "gmail.com", "telenet.be", "proximus.be", "hotmail.be"], tz=1, ses="eu-west-1"),
    "amazon.ca": dict(lang="fr", brand="Amazon.ca", pre=["701", "702"], cur="cad",
                      to=["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com"], tz=-5, ses="us-east-1"),
    "amazon.es": dict(lang="es", brand="Amazon.es", pre=EU_PRE, cur="eur_es",
                      to=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "movistar.es"], tz=1, ses="eu-west-1"),
    "amazon.com.mx": dict(lang="es", brand="Amazon.com.mx", pre=["701", "702"], cur="mxn",
                          to=["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com", "yahoo.com.mx"], tz=-6, ses="us-east-1"),
}

LEGAL = {
    "amazon.fr": "© 2024 Amazon.com, Inc. ou ses filiales. Tous droits réservés. Amazon, Amazon.fr et le logo Amazon.fr sont des marques déposées d'Amazon.com, Inc. ou de ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
    "amazon.com.be": "© 2024 Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Amazon EU SARL, succursale belge.",
    "amazon.ca": "© 2024 Amazon.com, Inc. ou ses sociétés affiliées. Tous droits réservés. Amazon.com.ca ULC, 40 King Street W, 47e étage, Toronto (Ontario) M5H 3Y2, Canada.",
    "amazon.es": "© 2024 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. NIF W0184081H.",
    "amazon.com.mx": "© 2024 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe Cuajimalpa, 05348, Ciudad de México.",
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def fdate(d, lang, weekday=False):
    if lang == "fr":
        s = f"{d.day} {MONTHS['fr'][d.month-1]}"
        return (DAYS["fr"][d.weekday()] + " " + s) if weekday else s
    s = f"{d.day} de {MONTHS['es'][d.month-1]}"
    return (DAYS["es"][d.weekday()] + ", " + s) if weekday else s


def money(v, mp, style=0):
    cur = MPS[mp]["cur"]
    if cur in ("eur_fr", "eur_es"):
        whole, cents = f"{v:,.2f}".split(".")
        whole = whole.replace(",", "." if cur == "eur_es" else "\u202f")
        s = f"{whole},{cents}"
        return f"EUR {s}" if style == 1 else f"{s} €"
    if cur == "cad":
        whole, cents = f"{v:,.2f}".split(".")
        whole = whole.replace(",", " ")
        return f"CDN$ {whole},{cents}" if style == 1 else f"{whole},{cents} $"
    return f"${v:,.2f}" if style == 0 else f"${v:,.2f} MXN"


def new_oid(mp):
    return f"{rng.choice(MPS[mp]['pre'])}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"


# --------------------------------------------------------------------------
# Items and people
# --------------------------------------------------------------------------
ITEMS = {
    "fr": [
        ("Philips Sonicare ProtectiveClean 4300 Brosse à dents électrique, HX6800/63", 59.99),
        ("Le Petit Prince - Antoine de Saint-Exupéry (Folio Junior)", 6.90),
        ("Tefal Ingenio Essential Batterie de cuisine 10 pièces, poêles et casseroles", 89.99),
        ("Samsung SSD interne 870 EVO 1 To, 2,5 pouces, SATA III", 79.90),
        ("LEGO Technic 42151 La Bugatti Bolide", 49.99),
        ("Nintendo Switch – Modèle OLED, blanc", 319.99),
        ("Astérix - Tome 40 - L'Iris blanc (édition de luxe)", 29.90),
        ("Rowenta Fer à repasser vapeur Focus Excel DW5310", 54.99),
        ("Seagate Expansion Disque dur externe portable 2 To, USB 3.0", 69.99),
        ("Bosch Professional Perceuse-visseuse sans fil GSR 12V-15", 119.00),
        ("Nespresso Vertuo Next Machine à café par Krups, noir mat", 99.00),
        ("Crocs Classic Clog Mixte Adulte, Taille 42-43", 39.95),
        ("Garmin Forerunner 255 Montre connectée GPS de course", 249.99),
        ("Moulinex Robot pâtissier Masterchef Essential 4,8 L", 149.99),
        ("Apple AirPods Pro (2e génération) avec boîtier MagSafe (USB-C)", 249.00),
        ("Posca PC-5M Lot de 16 marqueurs, couleurs assorties", 42.50),
        ("Coussin de voyage en mousse à mémoire de forme, gris anthracite", 19.99),
        ("Câble USB-C vers Lightning 2 m certifié MFi (lot de 2)", 14.99),
        ("Huile d'olive vierge extra Puget 1 L (lot de 3)", 28.47),
        ("Dixit - Jeu de société (nouvelle édition)", 29.99),
        ("Anker PowerCore Batterie externe 20000 mAh, USB-C", 45.99),
        ("Dyson V8 Absolute Aspirateur balai sans fil", 349.00),
        ("Quechua Chaussures de randonnée MH100 homme, taille 44", 34.99),
        ("Kindle Paperwhite (16 Go) – Écran 6,8 pouces, sans publicité", 169.99),
        ("Le Robert de poche 2025", 9.90),
        ("Brita Carafe filtrante Marella XL 3,5 L + 3 cartouches Maxtra Pro", 24.99),
        ("Eastpak Padded Pak'r Sac à dos, noir", 45.00),
        ("Michelin CrossClimate 2 205/55 R16 91V Pneu toutes saisons", 112.40),
        ("Ravensburger Puzzle 1000 pièces – Nuit étoilée, Van Gogh", 16.99),
        ("SodaStream Terra Machine à eau pétillante + cylindre CO2", 79.99),
        ("Marvel's Spider-Man 2 – Édition Standard (PS5)", 79.99),
    ],
    "ca": [
        ("Cuisinart Bouilloire électrique 1,7 L en acier inoxydable", 89.99),
        ("Kombi Tuque en laine mérinos, gris chiné", 34.99),
        ("Greenworks Souffleuse à neige électrique 20 po, 13 A", 399.99),
        ("Kukum - Michel Jean (Libre Expression)", 24.95),
        ("Bose QuietComfort 45 Casque d'écoute sans fil à réduction de bruit", 429.00),
        ("Sirop d'érable pur du Québec, ambré, 540 ml (paquet de 2)", 22.99),
        ("Thermos Bouteille isotherme Stainless King 1,2 L", 39.99),
    ],
    "es": [
        ("Cecotec Freidora de aire Cecofry Full InoxBlack 5500 Pro", 69.90),
        ("Cien años de soledad - Gabriel García Márquez (Edición conmemorativa)", 21.75),
        ("Xiaomi Redmi Note 13 Pro 5G, 8 GB + 256 GB, negro medianoche", 329.99),
        ("LEGO Star Wars 75375 Halcón Milenario", 84.99),
        ("SanDisk Extreme Tarjeta microSDXC de 256 GB", 32.99),
        ("Taurus Olla a presión rápida 6 L, acero inoxidable", 54.90),
        ("Adidas Runfalcon 3.0 Zapatillas de running hombre, talla 43", 45.00),
        ("Sony WH-1000XM5 Auriculares inalámbricos con cancelación de ruido, negro", 329.00),
        ("Café en grano Saula Premium Original, 1 kg", 24.60),
        ("Juego de sábanas 100 % algodón para cama de 150 cm, blanco", 35.95),
        ("LG 27GN800-B UltraGear Monitor gaming 27\" QHD 144 Hz", 249.00),
        ("Stabilo Boss Original Rotuladores fluorescentes, estuche de 10", 11.49),
        ("Totto Mochila escolar con ruedas, azul marino", 59.00),
        ("Anker Cargador USB-C 65 W Nano II", 39.99),
        ("Aceite de oliva virgen extra Carbonell, garrafa de 5 L", 44.95),
        ("The Legend of Zelda: Echoes of Wisdom para Nintendo Switch (reserva)", 49.99),
        ("Roborock Q7 Max Robot aspirador y friegasuelos", 299.00),
        ("Bialetti Moka Express Cafetera italiana de 6 tazas", 32.50),
        ("Bosch UniversalImpact 700 Taladro percutor con maletín", 79.95),
        ("Stanley Classic Termo de 1 L, verde", 42.00),
        ("Kindle (16 GB), negro, con publicidad", 109.99),
        ("Funda de silicona con MagSafe para iPhone 15, azul marino", 12.99),
        ("Rowenta Powerline CV5820 Secador de pelo 2100 W", 27.99),
        ("Imetec Manta eléctrica de 150 x 80 cm, lavable", 49.90),
        ("Puzzle Educa 2000 piezas – Vista de Toledo", 18.95),
    ],
    "mx": [
        ("Oster Licuadora BLSTMG-W00 de 600 W con vaso de vidrio", 1099.00),
        ("JBL Tune 520BT Audífonos inalámbricos, negro", 899.00),
        ("Samsung Pantalla 50\" Crystal UHD 4K Smart TV", 7999.00),
        ("Nike Revolution 7 Tenis para correr de hombre", 1249.00),
        ("Tramontina Juego de cuchillos de 6 piezas", 459.00),
        ("Pedro Páramo - Juan Rulfo (Editorial RM)", 189.00),
        ("Nescafé Dolce Gusto Genio S Cafetera automática", 1899.00),
        ("Lámpara LED de escritorio con cargador inalámbrico", 529.00),
        ("SwissGear Mochila para laptop de 15.6\"", 749.00),
        ("Control inalámbrico Xbox, Carbon Black", 1399.00),
        ("Termo Contigo Autoseal de 590 ml", 389.00),
    ],
}

SELLERS = {
    "fr": ["TechDirect FR", "Librairie du Marais", "MaisonDéco Shop", "Pièces Auto Express", "Boutique Kidou", "Cuisine & Saveurs SARL", "GameZone Europe"],
    "ca": ["Boutique Nordique QC", "Électro Laurentides"],
    "es": ["ElectroHogar Online", "Librería Tipos Móviles", "DeporSur", "Casa y Jardín Ibérica", "Informática Levante SL", "Juguetes Pinocho"],
    "mx": ["Tienda Tecnomax", "Papelería El Lápiz", "Hogar Express MX"],
}
AMZ_SELLER = {"amazon.fr": "Amazon EU S.à r.l.", "amazon.com.be": "Amazon EU S.à r.l.", "amazon.ca": "Amazon.com.ca ULC",
              "amazon.es": "Amazon EU S.à r.l.", "amazon.com.mx": "Amazon México"}

NAMES = {
    "fr": [("Claire", "Dubois"), ("Julien", "Moreau"), ("Sophie", "Martin"), ("Nicolas", "Lefèvre"), ("Camille", "Girard"),
           ("Thomas", "Leroy"), ("Élodie", "Fontaine"), ("Mathieu", "Roux"), ("Isabelle", "Bonnet"), ("Karim", "Benali"),
           ("Nathalie", "Chevalier"), ("Léa", "Garnier"), ("Antoine", "Perrin"), ("Aurélie", "Mercier"), ("Hugo", "Lambert")],
    "ca": [("Geneviève", "Tremblay"), ("Marc-André", "Gagnon"), ("Sylvie", "Bouchard"), ("Étienne", "Côté")],
    "be": [("Maxime", "Dupont"), ("Sarah", "Peeters"), ("Olivier", "Lemaire"), ("Manon", "Jacobs")],
    "es": [("Lucía", "García"), ("Javier", "Fernández"), ("Marta", "López"), ("Carlos", "Martínez"), ("Ana", "Sánchez"),
           ("Pablo", "Romero"), ("Elena", "Navarro"), ("Sergio", "Torres"), ("Nuria", "Gil"), ("Iñaki", "Etxeberria"),
           ("Rocío", "Moreno"), ("Álvaro", "Ruiz"), ("Cristina", "Vidal"), ("Jordi", "Puig")],
    "mx": [("Alejandra", "Hernández"), ("José Luis", "Ramírez"), ("Fernanda", "Cruz"), ("Diego", "Flores"), ("Mariana", "Ortiz")],
}


def region(mp):
    return {"amazon.fr": "fr", "amazon.com.be": "be", "amazon.ca": "ca", "amazon.es": "es", "amazon.com.mx": "mx"}[mp]


def item_pool(mp):
    r = region(mp)
    return ITEMS["fr" if r == "be" else r]


def seller_pool(mp):
    r = region(mp)
    return SELLERS["fr" if r == "be" else r]


def ascii_fold(s):
    tr = str.maketrans("éèêëàâäîïôöûüùçñáíóúÉÈÁÍÓÚÑ", "eeeeaaaiioouuucnaiouEEAIOUN")
    return s.translate(tr)


def person(mp):
    first, last = rng.choice(NAMES[region(mp)])
    dom = rng.choice(MPS[mp]["to"])
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}", f"{last}.{first}"])
    local = ascii_fold(local).lower().replace(" ", "").replace("-", "")
    return first, last, f"{local}@{dom}"


# --------------------------------------------------------------------------
# Localised strings and boilerplate pools
# --------------------------------------------------------------------------
L = {
    "fr": dict(order="Commande n°", order2="Commande #", sold="Vendu par", qty="Quantité", yo="Vos commandes", ya="Votre compte",
               view="Afficher les détails de la commande", total="Montant de la commande", kv_sep=" : ",
               kept="Articles toujours en cours de traitement", hello="Bonjour"),
    "es": dict(order="Pedido n.º", order2="Pedido #", sold="Vendido por", qty="Cantidad", yo="Mis pedidos", ya="Mi cuenta",
               view="Ver los detalles del pedido", total="Total del pedido", kv_sep=": ",
               kept="Artículos que siguen en preparación", hello="Hola"),
}

GREET = {
    "fr": ["Bonjour {first},", "Bonjour,", "Chère cliente, cher client,", "Madame, Monsieur,", "Bonjour {first} {last},",
           "Cher(e) {first},", "Bonjour {first}"],
    "es": ["Hola, {first}:", "Hola:", "Estimado cliente:", "Hola {first},", "Buenos días, {first}:", "Estimado/a {first} {last}:",
           "Hola {first} {last}:"],
}

CHARGE = {
    "fr": [
        "Vous n'avez pas été débité pour cet article.",
        "Aucun montant n'a été prélevé sur votre moyen de paiement.",
        "Si une autorisation de paiement apparaît sur votre relevé bancaire, elle disparaîtra automatiquement sous quelques jours ouvrés.",
        "Le montant de {total} vous sera remboursé sur votre moyen de paiement d'origine sous 3 à 5 jours ouvrés.",
        "Nous ne vous avons rien facturé pour le ou les articles annulés.",
        "Si vous aviez utilisé un chèque-cadeau, le montant correspondant a été recrédité sur le solde de votre compte.",
        "Votre compte ne sera pas débité pour cette commande.",
        "Aucun paiement n'a été encaissé. Si votre banque affiche une opération en attente, elle sera annulée par celle-ci.",
        "Un remboursement de {total} a été initié ; selon votre banque, il peut s'écouler jusqu'à 10 jours avant qu'il n'apparaisse sur votre compte.",
    ],
    "es": [
        "No se te ha cobrado este artículo.",
        "No se ha realizado ningún cargo en tu método de pago.",
        "Si ves una retención en tu extracto bancario, desaparecerá automáticamente en unos días hábiles.",
        "Te reembolsaremos {total} en el método de pago original en un plazo de 3 a 5 días hábiles.",
        "No te hemos cobrado nada por los artículos cancelados.",
        "Si habías usado un cheque regalo, el importe se ha devuelto al saldo de tu cuenta.",
        "No se efectuará ningún cargo por este pedido.",
        "El cargo pendiente de {total} será anulado por tu banco; el plazo depende de la entidad.",
        "Hemos iniciado el reembolso de {total}. Puede tardar hasta 10 días en aparecer, según tu banco.",
    ],
}

HELP = {
    "fr": [
        "Si vous souhaitez toujours acheter cet article, vous pouvez passer une nouvelle commande sur {brand}.",
        "Vous pouvez suivre l'état de vos commandes à tout moment dans Vos commandes : https://www.{mp}/gp/css/order-history",
        "Pour toute question, consultez notre page d'aide : https://www.{mp}/gp/help/customer/display.html",
        "D'autres vendeurs proposent peut-être ce produit : consultez sa page détaillée sur {brand}.",
        "Notre Service Client est joignable 7 jours sur 7 depuis https://www.{mp}/contact-us",
        "Pour afficher ou modifier vos commandes, rendez-vous dans Votre compte.",
    ],
    "es": [
        "Si todavía quieres este artículo, puedes volver a pedirlo en {brand}.",
        "Puedes consultar el estado de tus pedidos en cualquier momento en Mis pedidos: https://www.{mp}/gp/css/order-history",
        "Si tienes alguna pregunta, visita nuestra página de ayuda: https://www.{mp}/gp/help/customer/display.html",
        "Es posible que otros vendedores ofrezcan este producto; consulta su página de detalles en {brand}.",
        "Nuestro servicio de Atención al Cliente está disponible todos los días en https://www.{mp}/contact-us",
        "Para ver o modificar tus pedidos, accede a Mi cuenta.",
    ],
}

SIGN = {
    "fr": ["Cordialement,\n{brand}", "À bientôt sur {brand} !", "Nous espérons vous revoir bientôt.\n{brand}",
           "Le Service Client de {brand}", "Merci de votre confiance.\nL'équipe {brand}", "Bien cordialement,\nService Client Amazon"],
    "es": ["Atentamente,\n{brand}", "¡Esperamos verte pronto en {brand}!", "Gracias por comprar con nosotros.\n{brand}",
           "El equipo de Atención al Cliente de {brand}", "Un saludo,\nAtención al Cliente de Amazon", "Saludos,\n{brand}"],
}

SECURITY = {
    "fr": [
        "{brand} ne vous demandera jamais de communiquer votre mot de passe ni vos informations de carte bancaire par e-mail. Si vous recevez un message suspect, ne cliquez sur aucun lien et signalez-le : https://www.{mp}/gp/help/customer/display.html?nodeId=201909120",
        "Attention à l'hameçonnage (phishing) : vérifiez toujours que l'adresse de l'expéditeur se termine par @{mp} et gérez vos informations de paiement uniquement depuis votre compte.",
        "Pour votre sécurité, nous vous recommandons de modifier régulièrement votre mot de passe et d'activer la vérification en deux étapes.",
        "Amazon ne vous demandera jamais de confirmer vos coordonnées bancaires par téléphone, par SMS ou par e-mail. En cas de doute, rendez-vous directement sur {brand}.",
        "Protégez votre compte : n'utilisez pas le même mot de passe que sur d'autres sites et méfiez-vous des messages vous demandant un paiement urgent.",
    ],
    "es": [
        "{brand} nunca te pedirá que facilites tu contraseña ni los datos de tu tarjeta por correo electrónico. Si recibes un mensaje sospechoso, no hagas clic en ningún enlace e infórmanos: https://www.{mp}/gp/help/customer/display.html?nodeId=201909120",
        "Cuidado con el phishing: comprueba siempre que la dirección del remitente termina en @{mp} y gestiona tus datos de pago solo desde tu cuenta.",
        "Por tu seguridad, te recomendamos cambiar tu contraseña periódicamente y activar la verificación en dos pasos.",
        "Amazon nunca te pedirá que confirmes tus datos bancarios por teléfono, SMS o correo electrónico. Si tienes dudas, accede directamente a {brand}.",
        "Protege tu cuenta: no reutilices la contraseña de otros sitios y desconfía de los mensajes que te piden un pago urgente.",
    ],
}

NOREPLY = {
    "fr": ["Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas répondre à ce message.",
           "Ceci est un message automatique, merci de ne pas y répondre.",
           "Vous recevez cet e-mail car vous avez passé une commande sur {brand}."],
    "es": ["Este mensaje se ha enviado desde una dirección de correo electrónico que no admite correo entrante. Por favor, no respondas a este mensaje.",
           "Este es un mensaje automático; por favor, no lo respondas.",
           "Recibes este correo porque realizaste un pedido en {brand}."],
}


# --------------------------------------------------------------------------
# Helpers for random-looking tokens
# --------------------------------------------------------------------------
def tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64tok(n):
    return tok(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def hexs(n):
    return tok(n, "0123456789abcdef")


def track(url, mp, use):
    """Wrap a URL in an Amazon-style gp/r.html redirect (when `use`)."""
    if not use:
        return url
    from urllib.parse import quote
    return (f"https://www.{mp}/gp/r.html?C={tok(13)}&K={tok(13)}&M=urn:rtn:msg:2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{hexs(24)}p0eu"
            f"&R={tok(12)}&T=C&U={quote(url, safe='')}&H={tok(28)}&ref_=pe_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}")


URL_RE = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:)»]")


def linkify(escaped, hrefmap):
    return URL_RE.sub(lambda m: f'<a href="{htmlmod.escape(hrefmap(m.group(0)))}" style="color:#0066c0; text-decoration:none;">{m.group(0)}</a>', escaped)


def para_text(p, lang):
    if isinstance(p, tuple) and p[0] == "kv":
        return f"{p[1]}{L[lang]['kv_sep']}{p[2]}"
    return p


def para_html(p, lang, hrefmap):
    if isinstance(p, tuple) and p[0] == "kv":
        return f"<b>{htmlmod.escape(p[1])}{L[lang]['kv_sep'].rstrip()}</b> {linkify(htmlmod.escape(p[2]), hrefmap)}"
    return linkify(htmlmod.escape(p), hrefmap).replace("\n", "<br />\n")


# --------------------------------------------------------------------------
# Text renderers (Amazon-like)
# --------------------------------------------------------------------------
def items_text(c, style):
    lang = c["lang"]
    out = []
    for (title, qty, price, seller) in c["items"]:
        if style == 0:
            out.append(f"{qty} x {title}\n{L[lang]['sold']}{L[lang]['kv_sep']}{seller}\n{money(price * qty, c['mp'], c['mstyle'])}")
        elif style == 1:
            out.append(f"    {title}\n    {L[lang]['qty']}{L[lang]['kv_sep']}{qty}")
        else:
            out.append(f"- {title} ({money(price * qty, c['mp'], c['mstyle'])})")
    return "\n\n".join(out) if style != 2 else "\n".join(out)


def kept_text(c):
    if not c["kept"]:
        return ""
    lang = c["lang"]
    rows = "\n".join(f"{q} x {t}" for (t, q, p, s) in c["kept"])
    return f"\n\n{L[lang]['kept']}:\n{rows}"


def render_text(c, lay):
    lang = c["lang"]
    core = "\n\n".join(para_text(p, lang) for p in c["core"])
    tail_blocks = [b for b in [c["charge"], c["help"]] if b]
    tail = "\n\n".join(tail_blocks)
    foot = "\n\n".join(c["footers"])
    heading = c["heading"]
    if lay == "classic":
        bar = "_" * 75
        eq = "=" * 75
        return (f"{c['brand']} {heading}\n{L[lang]['order']} {c['oid']}\nhttps://www.{c['mp']}/ref=TE_tex_g\n{bar}\n\n"
                f"{c['greet']}\n\n{core}\n\n{eq}\n\n{c['items_heading']}\n\n{items_text(c, 0)}{kept_text(c)}\n\n{eq}\n\n"
                f"{tail}\n\n{c['sign']}\n\n{bar}\n\n{foot}\n")
    if lay == "hedwig":
        bar = "-" * 140
        return (f"{c['brand']}\n{bar}\n\n{c['greet']}\n\n{core}\n\n{c['items_heading']}\n\n{items_text(c, 1)}\n"
                f"{L[lang]['order2']}{c['oid']}{kept_text(c)}\n\n{tail}\n\n{bar}\n{foot}\n")
    if lay == "seller":
        intro = c.get("seller_intro", "")
        return (f"{intro}\n\n{L[lang]['order']} {c['oid']}\n\n{'-' * 40}\n\n{c['greet']}\n\n{core}\n\n{items_text(c, 2)}\n\n"
                f"{c['sign']}\n\n{'-' * 40}\n\n{tail}\n\n{foot}\n")
    # minimal
    return (f"{c['greet']}\n\n{core}\n\n{L[lang]['order']} {c['oid']}\n{items_text(c, 2)}{kept_text(c)}\n\n{tail}\n\n"
            f"{c['sign']}\n\n--\n{foot}\n")


# --------------------------------------------------------------------------
# HTML renderers (Amazon-like, after the real sample structures)
# --------------------------------------------------------------------------
HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body {{ width:100% !important; height:100% !important; margin:0; padding:0; }}
table, table td {{ border-collapse:collapse !important; }}
td {{ font-family:Arial, sans-serif; }}
{extra}
  </style>
 </head>
"""
CARD_CSS = """.emailBody { width: 375px; background-color: #fafafa; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }"""
CLASSIC_CSS = """#container { width: 640px; color: #333333; font: 12px/18px Arial, sans-serif; }
#header .navigation a { color: #006699; text-decoration: none; }
#header .title h2 { font-size: 20px; color: #CC6600; margin: 0 0 5px 0; }
#orderDetails td { padding: 6px 0; vertical-align: top; }
.price { text-align: right; font-weight: bold; }
#legal { font-size: 10px; color: #666666; }"""
ALERT_CSS = """.wrap { width: 600px; font-family: Arial, Helvetica, sans-serif; color: #0F1111; }
.banner { padding: 14px 20px; font-size: 20px; font-weight: bold; }
.box { border: 1px solid #D5D9D9; border-radius: 8px; padding: 14px; }
.btn { background: #FFD814; border-radius: 20px; padding: 8px 18px; color: #0F1111; text-decoration: none; }
.small { font-size: 11px; color: #565959; }"""


def img():
    return f"https://m.media-amazon.com/images/I/{tok(2, '4567')}{b64tok(9).replace('+', 'x').replace('/', 'L')}._SS135_.jpg"


def html_items(c, hrefmap, style):
    lang = c["lang"]
    rows = []
    for (title, qty, price, seller) in c["items"]:
        t = htmlmod.escape(title)
        pr = htmlmod.escape(money(price * qty, c["mp"], 0))
        link = htmlmod.escape(hrefmap(f"https://www.{c['mp']}/dp/B0{tok(8)}"))
        if style == "card":
            rows.append(f"""      <tr>
       <td class="itemImage" style="width:90px;"><a href="{link}"><img src="{img()}" width="84" border="0" alt="" /></a></td>
       <td class="itemTitle" style="padding-left:20px; font-size:15px; line-height:20px;"><a href="{link}" style="color:#008296; text-decoration:none;">{t}</a><br />
        <span style="color:#565959;">{L[lang]['qty']}{htmlmod.escape(L[lang]['kv_sep'])}{qty}</span></td>
      </tr>""")
        elif style == "classic":
            rows.append(f"""         <tr>
          <td class="name"><a href="{link}">{t}</a><br /><span class="seller">{L[lang]['sold']}{htmlmod.escape(L[lang]['kv_sep'])}{htmlmod.escape(seller)}</span></td>
          <td class="price">{pr}</td>
         </tr>""")
        else:
            rows.append(f"""     <tr><td style="padding:6px 0;"><img src="{img()}" width="60" align="left" style="margin-right:10px;" alt="" /><b>{t}</b><br />{qty} &times; {pr}<br /><span class="small">{L[lang]['sold']}{htmlmod.escape(L[lang]['kv_sep'])}{htmlmod.escape(seller)}</span></td></tr>""")
    if c["kept"]:
        kept = "<br />".join(htmlmod.escape(f"{q} x {t}") for (t, q, p, s) in c["kept"])
        rows.append(f'<tr><td colspan="2" style="padding-top:12px; color:#565959;"><b>{L[lang]["kept"]}</b><br />{kept}</td></tr>')
    return "\n".join(rows)


def render_html(c, lay, hrefmap):
    lang, mp = c["lang"], c["mp"]
    ps = lambda lst, tag_open, tag_close: "\n".join(f"{tag_open}{para_html(p, lang, hrefmap)}{tag_close}" for p in lst if p)
    core = c["core"]
    tail = [c["charge"], c["help"]]
    foot = "<br /><br />\n".join(para_html(f, lang, hrefmap) for f in c["footers"])
    greet = htmlmod.escape(c["greet"])
    sign = htmlmod.escape(c["sign"]).replace("\n", "<br />")
    oid = c["oid"]
    orders = htmlmod.escape(hrefmap(f"https://www.{mp}/gp/css/order-history"))
    detail = htmlmod.escape(hrefmap(f"https://www.{mp}/gp/css/summary/edit.html?orderID={oid}"))
    home = htmlmod.escape(hrefmap(f"https://www.{mp}/"))
    pixel = f'<img width="1" height="1" src="https://www.{mp}/gp/r.html?C={tok(13)}&amp;T=O&amp;ref_=pe_{rng.randint(1000000, 9999999)}_opens" />'
    heading = htmlmod.escape(c["heading"])
    if lay == "card":
        body = f"""<body>{pixel}
  <table id="OutlookWrapper" style="width:100%;"><tbody><tr><td align="center">
   <table class="emailBody"><tbody><tr><td class="emailBodyTD" style="padding:23px 18px 21px 17px;">
    <a href="{home}"><table class="brandTable" style="margin-bottom:20px; width:100%;"><tbody><tr><td align="center">
     <img src="https://images-eu.ssl-images-amazon.com/images/G/08/gno/images/general/navAmazonLogoFooter.gif" alt="{c['brand']}" title="{c['brand']}" class="brandImage" border="0" width="130" />
    </td></tr></tbody></table></a>
    <table class="card" style="background-color:#ffffff; width:100%; border-top:2px solid #D5DBDB;"><tbody><tr><td class="cardTD" style="padding:30px 20px;">
     <table class="greetingTable" style="width:100%;"><tbody><tr><td><span>{greet}</span></td></tr></tbody></table>
     <table class="informationTable" style="width:100%;"><tbody>
{ps(core, '      <tr><td style="padding-bottom:14px;"><span>', '</span></td></tr>')}
     </tbody></table>
     <table class="greetingTable" style="width:100%; margin-top:10px;"><tbody><tr><td><span>{htmlmod.escape(c['items_heading'])}</span></td></tr></tbody></table>
     <table class="orderDetailsTable" style="width:100%;"><tbody>
{html_items(c, hrefmap, 'card')}
     </tbody></table>
     <table class="orderIdTable" style="width:100%; margin-top:14px;"><tbody><tr><td>{L[lang]['order']} <a href="{detail}">{oid}</a></td></tr></tbody></table>
     <table style="width:100%;"><tbody><tr><td align="center" style="padding:10px 0 20px 0;"><a href="{detail}" style="display:block; background:#FFD814; color:#0F1111; padding:12px; border-radius:8px; text-decoration:none;">{L[lang]['view']}</a></td></tr></tbody></table>
     <table class="informationTable" style="width:100%; font-size:14px;"><tbody>
{ps(tail, '      <tr><td style="padding-bottom:12px;">', '</td></tr>')}
     </tbody></table>
    </td></tr></tbody></table>
    <table style="width:100%; margin-top:18px;"><tbody><tr><td class="emailClosing">
     {foot}
    </td></tr></tbody></table>
   </td></tr></tbody></table>
  </td></tr></tbody></table>
</body>
</html>"""
        return HEAD.format(extra=CARD_CSS) + body
    if lay == "classic":
        body = f"""<body>{pixel}
  <table id="container" cellpadding="0"><tbody><tr><td class="frame">
   <table id="main" cellpadding="0"><tbody>
    <tr><td>
     <table id="header" cellpadding="0"><tbody>
      <tr>
       <td rowspan="2" class="logo"><a href="{home}"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/logo.gif" alt="{c['brand']}" border="0" /></a></td>
       <td class="navigation"><table align="right"><tbody><tr>
        <td><a href="{orders}">{L[lang]['yo']}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
        <td><a href="{htmlmod.escape(hrefmap(f'https://www.{mp}/gp/css/homepage.html'))}">{L[lang]['ya']}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
        <td><a class="last" href="{home}">{c['brand']}</a></td>
       </tr></tbody></table></td>
      </tr>
      <tr><td class="title"><h2>{heading}</h2> {L[lang]['order']} <a href="{detail}">{oid}</a></td></tr>
     </tbody></table>
    </td></tr>
    <tr><td>
     <table id="summary" cellpadding="0"><tbody><tr><td><span class="heading">{greet}</span>
{ps(core, '      <p>', '</p>')}
     </td></tr></tbody></table>
    </td></tr>
    <tr><td>
     <table id="orderDetails" cellpadding="0" width="100%"><tbody>
      <tr><td colspan="2"><h3 style="color:#CC6600; font-size:16px; border-bottom:1px solid #CCCCCC; padding-bottom:4px;">{htmlmod.escape(c['items_heading'])}</h3></td></tr>
{html_items(c, hrefmap, 'classic')}
     </tbody></table>
    </td></tr>
    <tr><td>
     <table id="closing" cellpadding="0"><tbody><tr><td>
{ps(tail, '      <p>', '</p>')}
      <p><br /><span class="signature"><strong>{sign}</strong></span></p>
     </td></tr></tbody></table>
    </td></tr>
    <tr><td><table id="legal"><tbody><tr><td>{foot}</td></tr></tbody></table></td></tr>
   </tbody></table>
  </td></tr></tbody></table>
</body>
</html>"""
        return HEAD.format(extra=CLASSIC_CSS) + body
    if lay == "alert":
        color = c.get("banner", rng.choice(["#FFF4E5", "#E7F4F5", "#FDECEA", "#F0F2F2"]))
        body = f"""<body>{pixel}
 <center>
 <table class="wrap" cellpadding="0" cellspacing="0" border="0"><tbody>
  <tr><td style="padding:16px 20px; border-bottom:3px solid #FF9900;"><a href="{home}"><img src="https://m.media-amazon.com/images/G/08/gno/sprites/nav-sprite-global-1x-reorg-privacy._CB587940754_.png" alt="{c['brand']}" height="30" border="0" /></a></td></tr>
  <tr><td class="banner" style="background:{color};">{heading}</td></tr>
  <tr><td style="padding:18px 20px; font-size:14px; line-height:20px;">
   <p>{greet}</p>
{ps(core, '   <p>', '</p>')}
   <div class="box">
    <div style="font-size:13px; color:#565959;">{L[lang]['order']} <a href="{detail}">{oid}</a></div>
    <div style="font-weight:bold; margin:8px 0 4px 0;">{htmlmod.escape(c['items_heading'])}</div>
    <table width="100%"><tbody>
{html_items(c, hrefmap, 'alert')}
    </tbody></table>
   </div>
{ps(tail, '   <p>', '</p>')}
   <p><a class="btn" href="{orders}">{L[lang]['yo']}</a></p>
   <p>{sign}</p>
  </td></tr>
  <tr><td class="small" style="padding:14px 20px; background:#F7F8F8;">{foot}</td></tr>
 </tbody></table>
 </center>
</body>
</html>"""
        return HEAD.format(extra=ALERT_CSS) + body
    # seller / marketplace message
    intro = htmlmod.escape(c.get("seller_intro", ""))
    body = f"""<body>
 <div style="max-width:620px; font-family:Arial, sans-serif; font-size:13px; color:#111;">
  <div style="padding:10px 0; border-bottom:1px solid #ddd;"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/logo.gif" alt="{c['brand']}" /></div>
  <p style="color:#565959;">{intro}</p>
  <p><b>{L[lang]['order']}</b> <a href="{detail}">{oid}</a></p>
  <div style="border-left:3px solid #e3e6e6; padding:6px 12px; margin:12px 0;">
   <p>{greet}</p>
{ps(core, '   <p>', '</p>')}
   <table><tbody>
{html_items(c, hrefmap, 'alert')}
   </tbody></table>
   <p>{sign}</p>
  </div>
{ps(tail, '  <p>', '</p>')}
  <p style="font-size:11px; color:#767676;">{foot}</p>
 </div>
</body>
</html>"""
    return HEAD.format(extra="") + body


# --------------------------------------------------------------------------
# Context for an Amazon-style mail
# --------------------------------------------------------------------------
def shorten(t, n=40):
    return t if len(t) <= n else t[:n].rstrip() + "..."


def pick_items(mp, n, want=None):
    pool = list(item_pool(mp))
    chosen = []
    if want:
        for it in pool:
            if want.lower() in it[0].lower():
                chosen.append(it)
                pool.remove(it)
                break
    rng.shuffle(pool)
    while len(chosen) < n:
        chosen.append(pool.pop())
    return chosen


def fill(x, ctx):
    if x is None:
        return None
    if isinstance(x, tuple):
        return tuple(fill(v, ctx) if isinstance(v, str) else v for v in x)
    return x.format(**ctx)


def amz_context(spec, date, who=None, oid=None, items=None):
    mp = spec["mp"]
    lang = MPS[mp]["lang"]
    first, last, to = who or person(mp)
    n = spec.get("n", rng.choice([1, 1, 1, 2]))
    ncancel = spec.get("ncancel", n)
    its = items or pick_items(mp, n, spec.get("item"))
    seller = rng.choice(seller_pool(mp)) if spec.get("third") else AMZ_SELLER[mp]
    if spec.get("seller"):
        seller = spec["seller"]
    mstyle = rng.choice([0, 0, 1])
    full = []
    for (t, p) in its:
        qty = 1 if rng.random() < 0.85 else 2
        full.append((t, qty, p, seller if spec.get("third") else rng.choice([seller, seller, seller, rng.choice(seller_pool(mp))])))
    canc, kept = full[:ncancel], full[ncancel:]
    total = sum(p * q for (t, q, p, s) in canc)
    oid = oid or new_oid(mp)
    ctx = dict(oid=oid, item=canc[0][0], item_short=shorten(canc[0][0]), seller=canc[0][3], card4=f"{rng.randint(0, 9999):04d}",
               total=money(total, mp, mstyle), brand=MPS[mp]["brand"], mp=mp, first=first, last=last,
               d_prev=fdate(date - dt.timedelta(days=rng.randint(4, 8)), lang),
               d_order=fdate(date - dt.timedelta(days=rng.randint(2, 12)), lang),
               deadline=fdate(date + dt.timedelta(days=rng.randint(3, 6)), lang, weekday=True),
               n_items=len(canc), price1=money(canc[0][2], mp, 0),
               price_wrong=money(round(canc[0][2] / 10, 0) - 0.01 if canc[0][2] > 20 else canc[0][2] / 5, mp, 0))
    ctx.update(spec.get("ctx", {}))
    c = dict(lang=lang, mp=mp, brand=MPS[mp]["brand"], oid=oid, items=canc, kept=kept, mstyle=mstyle, to=to, first=first, last=last)
    c["greet"] = fill(spec.get("greet") or rng.choice(GREET[lang]), ctx)
    c["core"] = [fill(p, ctx) for p in spec["core"]]
    c["heading"] = fill(spec.get("heading", ""), ctx)
    c["items_heading"] = fill(spec.get("items_heading") or rng.choice(
        {"fr": ["Article(s) annulé(s)", "Articles annulés", "Détails de l'annulation", "Récapitulatif"],
         "es": ["Artículos cancelados", "Artículo(s) cancelado(s)", "Detalles de la cancelación", "Resumen"]}[lang]), ctx)
    ch = spec.get("charge", "pool")
    c["charge"] = fill(rng.choice(CHARGE[lang]) if ch == "pool" else ch, ctx)
    hp = spec.get("help", "pool")
    c["help"] = fill(rng.choice(HELP[lang]) if hp == "pool" else hp, ctx)
    c["sign"] = fill(spec.get("sign") or rng.choice(SIGN[lang]), ctx)
    if spec.get("seller_intro"):
        c["seller_intro"] = fill(spec["seller_intro"], ctx)
    foot = []
    if rng.random() < 0.85 or spec.get("force_security"):
        sec = rng.sample(SECURITY[lang], rng.choice([1, 1, 2]))
        foot += sec
    foot.append(rng.choice(NOREPLY[lang]))
    if rng.random() < 0.7:
        foot.append(LEGAL[mp])
    c["footers"] = [fill(f, ctx).replace("© 2024", f"© {date.year}") for f in foot]
    c["subject"] = fill(spec["subj"], ctx)
    c["ctx"] = ctx
    c["raw_items"] = its
    return c


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def msgid_ses(date, region_):
    return f"<{'0102' if region_.startswith('eu') else '0100'}{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@{region_}.amazonses.com>"


def auth_results(dom, to, style, ip, mailfrom):
    sel = tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    if style == 0:
        return (f"mx.google.com; dkim=pass header.d={dom} header.i=@{dom} header.s={sel} header.b={b64tok(8)}; "
                f"dkim=pass header.d=amazonses.com header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={b64tok(8)}; "
                f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}; "
                f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    if style == 1:
        return (f"spf=pass (sender IP is {ip}) smtp.mailfrom=bounces.{dom}; dkim=pass header.d={dom};"
                f"dmarc=pass action=none header.from={dom};compauth=pass reason=100")
    host = rng.choice(["mwinf5c21.me-wanadoo.net", "mx1.free.fr", "smtpin.laposte.net", "mx.telefonica.net", "mx-in.gmx.es", "mx.zoho.eu"])
    return (f"{host}; dkim=pass header.d={dom} header.s={sel}; spf=pass smtp.mailfrom={mailfrom}; "
            f"dmarc=pass header.from={dom}")


def amazon_headers(mp, local, display, to, to_name, date, auth, reply_to=None, extra=()):
    dom = mp
    reg = MPS[mp]["ses"]
    ip = f"54.240.{rng.choice([3, 4, 8, 13, 27, 48])}.{rng.randint(2, 250)}"
    mailfrom = f"{date.strftime('%Y%m%d%H%M%S')}{hexs(24)}@bounces.{dom}"
    h = []
    if auth:
        h.append(("Delivered-To", to))
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.{reg}.amazonses.com (a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.{reg}.amazonses.com [{ip}]) by mx.example.net with ESMTPS id {tok(10).lower()} for <{to}>; {format_datetime(date)}"))
        h.append(("Authentication-Results", auth_results(dom, to, rng.choice([0, 0, 1, 2]), ip, mailfrom)))
        h.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s={tok(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}; d={dom}; t={int(date.timestamp())}; h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh={b64tok(43)}=; b={b64tok(60)} {b64tok(60)} {b64tok(52)}"))
    elif rng.random() < 0.4:
        h.append(("Return-Path", f"<{mailfrom}>"))
    h.append(("Date", format_datetime(date)))
    h.append(("From", Address(display, addr_spec=f"{local}@{dom}")))
    if reply_to is not False and (reply_to or rng.random() < 0.5):
        h.append(("Reply-To", reply_to or f"no-reply@{dom}"))
    h.append(("To", Address(to_name, addr_spec=to) if to_name else to))
    h.append(("Message-ID", msgid_ses(date, reg)))
    h += list(extra)
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    if rng.random() < 0.6:
        h.append(("Bounces-to", mailfrom))
        h.append(("X-AMAZON-RTE-VERSION", "2.0"))
    h.append(("Feedback-ID", f"1.{reg}.{b64tok(43)}=:AmazonSES"))
    return h


def generic_headers(frm, to, date, msgid_dom, auth=None, reply_to=None, extra=()):
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("Date", format_datetime(date)))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    h.append(("Message-ID", f"<{hexs(16)}.{rng.randint(100000, 999999)}@{msgid_dom}>"))
    h += list(extra)
    return h


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
CTES = ["quoted-printable", "base64", "8bit"]


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def set_subject(m, subject):
    """RFC 2047-encode non-ASCII subjects ourselves (whole-string encoded words,
    B or Q), so that folding never drops the spaces between words."""
    if subject.isascii():
        m["Subject"] = subject
        return
    cs = Charset("utf-8")
    cs.header_encoding = rng.choice([QP, BASE64])
    enc = Header(subject, cs, maxlinelen=72, header_name="Subject").encode(linesep="\n")
    m.set_raw("Subject", enc)


def assemble(headers, subject, text=None, html=None, cte_t=None, cte_h=None, charset="utf-8", boundary_style="amazon"):
    m = EmailMessage(policy=POL)
    for k, v in headers:
        if k == "Message-ID":
            m[k] = v
            set_subject(m, subject)
        else:
            m[k] = v
    if "Subject" not in m:
        set_subject(m, subject)
    cs_t = charset if text is None or encodable(text, charset) else "utf-8"
    cs_h = charset if html is None or encodable(html, charset) else "utf-8"
    if text is not None and html is not None:
        m.set_content(text, charset=cs_t, cte=cte_t or rng.choice(CTES))
        m.add_alternative(html, subtype="html", charset=cs_h, cte=cte_h or rng.choice(CTES))
        if boundary_style == "amazon":
            b = f"----=_Part_{rng.randint(1000000, 99999999)}_{rng.randint(100000000, 2147483647)}.{rng.randint(1600000000000, 1740000000000)}"
        elif boundary_style == "gmail":
            b = hexs(28)
        else:
            b = f"=_{hexs(32)}"
        m.set_boundary(b)
    elif html is not None:
        m.set_content(html, subtype="html", charset=cs_h, cte=cte_h or rng.choice(CTES))
    else:
        m.set_content(text, charset=cs_t, cte=cte_t or rng.choice(CTES))
    return m


# ==========================================================================
# FRENCH NOTICES (amazon.fr / amazon.com.be / amazon.ca)
# ==========================================================================
FR_NOTICES = [
    # ---------------- inventory_shortage (7, one thread) ----------------
    dict(cause="inventory_shortage", sr=True, mp="amazon.fr", frm="auto-confirm",
         subj="Votre commande Amazon.fr n° {oid} a été annulée", heading="Annulation de commande",
         core=["Nous sommes au regret de vous informer que l'article ci-dessous n'est plus disponible auprès de notre fournisseur. "
               "Nous avons donc dû annuler votre commande n° {oid}, passée le {d_order}."],
         note="supplier no longer has the item"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.fr", frm="order-update", n=3, ncancel=1,
         subj="Un article a été annulé de votre commande {oid}", heading="Article annulé",
         core=["Rupture de stock : « {item} » ne sera malheureusement pas réapprovisionné dans les semaines à venir.",
               "Nous avons retiré cet article de votre commande. Les autres articles seront expédiés comme prévu et la date de livraison estimée reste inchangée."],
         note="reason-first, partial"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.fr", frm="marketplace-messages", third=True, lay="seller",
         subj="Annulation de votre commande {oid} par le vendeur",
         seller_intro="Vous avez reçu un message du vendeur {seller} concernant votre commande.",
         greet="Bonjour {first},",
         core=["Nous sommes contraints d'annuler votre commande : en préparant votre colis, nous avons constaté que notre dernier exemplaire était endommagé et nous n'en avons plus d'autre en réserve.",
               "Toutes nos excuses pour ce contretemps. Le remboursement est déjà lancé de notre côté."],
         sign="L'équipe {seller}", help="Pour répondre au vendeur, rendez-vous dans Vos commandes puis « Contacter le vendeur ».",
         note="seller cancelled, last unit damaged"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.fr", frm="auto-confirm", item="Spider-Man", n=1,
         subj="Information concernant votre précommande {oid}", heading="Votre précommande",
         core=["Lorsque vous avez précommandé « {item} », nous comptions vous le livrer dès le jour de sa sortie.",
               "Hélas, l'éditeur nous a attribué bien moins d'exemplaires que prévu et nous ne serons pas en mesure d'honorer toutes les précommandes. La vôtre fait partie de celles que nous annulons aujourd'hui, et nous en sommes sincèrement désolés."],
         note="pre-order cannot be filled (allocation)"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.com.be", frm="order-update",
         subj="Annulation d'un article de votre commande Amazon.com.be", heading="Commande annulée",
         core=["Il ne s'agit pas d'un problème lié à votre moyen de paiement ni à votre compte : « {item} » est tout simplement épuisé et le fabricant en a arrêté la production.",
               "C'est pourquoi nous annulons cet article de la commande {oid}."],
         note="denies payment/account, gives out of stock"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.ca", frm="auto-confirm", third=True,
         subj="Votre commande Amazon.ca {oid} a été annulée", heading="Annulation",
         core=["Nous vous confirmons l'annulation de l'article ci-dessous.",
               ("kv", "Motif", "article indisponible – stock insuffisant chez le vendeur"),
               "Le vendeur {seller} n'a pas pu expédier l'article dans les délais prévus."],
         note="labelled reason line, fr-CA"),
    dict(cause="inventory_shortage", sr=False, mp="amazon.fr", frm="order-update", thread="fr_inv",
         subj="Article annulé : « {item_short} »", heading="Article annulé",
         core=["Nous vous informons que l'article suivant de votre commande n° {oid} a été annulé."],
         note="thread: cause from earlier mail"),
    # ---------------- payment_issue (7, two threads) ----------------
    dict(cause="payment_issue", sr=True, mp="amazon.fr", frm="payments-messages",
         subj="Votre commande Amazon.fr {oid} a été annulée", heading="Commande annulée",
         core=["Votre banque a refusé l'autorisation de paiement pour la carte se terminant par {card4}.",
               "Faute de paiement valide, votre commande n° {oid} a été annulée."],
         charge="Aucun montant n'a été débité.", note="card declined by bank"),
    dict(cause="payment_issue", sr=True, mp="amazon.fr", frm="payments-update",
         subj="Annulation de la commande {oid}", heading="Annulation de commande",
         core=["La carte bancaire associée à cette commande avait expiré, et aucun autre moyen de paiement n'a été ajouté à votre compte.",
               "Nous n'avons donc pas pu finaliser la commande {oid} et l'avons annulée."],
         note="expired card"),
    dict(cause="payment_issue", sr=True, mp="amazon.fr", frm="payments-messages",
         subj="Votre commande {oid} a été annulée", heading="Informations sur votre commande",
         core=["Le {d_prev}, nous vous avons demandé de mettre à jour les informations de paiement de la commande {oid}.",
               "Comme nous n'avons reçu aucune nouvelle information dans le délai indiqué, nous avons annulé cette commande."],
         note="payment revision not made in time"),
    dict(cause="payment_issue", sr=True, mp="amazon.com.be", frm="auto-confirm", n=2,
         subj="Des articles ont été annulés de votre commande Amazon.com.be", heading="Articles annulés",
         core=["Au moment de l'expédition, le solde de votre chèque-cadeau Amazon ne suffisait plus à couvrir le montant total, et aucun autre mode de paiement n'était enregistré.",
               "Par conséquent, les articles suivants ont été annulés."],
         note="gift card balance insufficient"),
    dict(cause="payment_issue", sr=True, mp="amazon.fr", frm="payments-messages",
         subj="Information sur votre commande Amazon.fr n° {oid}", heading="Commande annulée",
         core=["Cette annulation n'est pas liée à la disponibilité du produit.",
               "Votre demande de paiement en 4 fois n'a pas été acceptée par notre partenaire de financement ; la commande {oid} a par conséquent été annulée automatiquement.",
               "Vous pouvez repasser commande en choisissant un autre mode de paiement."],
         note="denies stock; instalment financing refused"),
    dict(cause="payment_issue", sr=False, mp="amazon.fr", frm="order-update", thread="fr_pay1",
         subj="Commande {oid} annulée", heading="Commande annulée",
         core=["Votre commande n° {oid} a été annulée.", "Les articles concernés sont indiqués ci-dessous."],
         note="thread: cause from earlier mail"),
    dict(cause="payment_issue", sr=False, mp="amazon.fr", frm="auto-confirm", thread="fr_pay2",
         subj="Informations de la part d'Amazon.fr", heading="Information",
         core=["Nous avons annulé votre commande {oid}, passée le {d_order}."],
         help="Si vous souhaitez toujours recevoir ces articles, vous pouvez les commander à nouveau.",
         note="thread: cause from earlier mail"),
    # ---------------- technical_issue (6) ----------------
    dict(cause="technical_issue", sr=True, mp="amazon.fr", frm="order-update",
                  subj="Votre commande Amazon.fr {oid} a été annulée", heading="Annulation de commande",
         core=["Une erreur s'est glissée dans le prix affiché pour « {item} » : l'article était proposé à {price_wrong} au lieu de {price1}.",
               "Conformément à nos Conditions générales de vente, nous avons annulé votre commande. Nous vous prions de nous excuser pour ce désagrément."],
         note="pricing error, explicit"),
    dict(cause="technical_issue", sr=True, mp="amazon.fr", frm="auto-confirm", third=True,
         subj="Un article de votre commande n° {oid} a été annulé", heading="Article annulé",
         core=["La page détaillée de cet article comportait des informations erronées : la capacité indiquée ne correspondait pas au produit réellement vendu.",
               "Pour éviter que vous ne receviez un produit différent de celui que vous pensiez acheter, nous avons annulé l'article."],
         note="listing error"),
    dict(cause="technical_issue", sr=True, mp="amazon.fr", frm="order-update",
         subj="Problème concernant votre commande {oid}", heading="Commande annulée",
         core=["À la suite d'un incident technique survenu lors du traitement de votre commande, celle-ci n'a pas pu être finalisée.",
               "Nous avons été contraints de l'annuler. Vous pouvez repasser commande dès maintenant : les articles sont toujours disponibles."],
         note="reason-first, processing incident"),
    dict(cause="technical_issue", sr=True, mp="amazon.com.be", frm="cs-reply", greet="Bonjour {first},",
         subj="Votre commande {oid}", heading="Service Client",
         core=["Rassurez-vous : ni votre compte ni votre moyen de paiement ne sont en cause.",
               "Un dysfonctionnement de notre système a enregistré votre achat en double. Nous avons donc annulé la commande n° {oid} ; votre autre commande, identique, est maintenue et sera expédiée normalement."],
         sign="Cordialement,\nMarion\nService Client Amazon", note="denies account/payment; duplicate created by system glitch"),
    dict(cause="technical_issue", sr=True, mp="amazon.fr", frm="auto-confirm",
         subj="Amazon.fr : annulation de votre commande", heading="Annulation",
         core=["Votre commande {oid} a été annulée.", ("kv", "Motif de l'annulation", "erreur de traitement du système")],
         note="short, labelled"),
    dict(cause="technical_issue", sr=True, mp="amazon.ca", frm="order-update",
         subj="Au sujet de votre commande Amazon.ca {oid}", heading="Commande annulée",
         core=["Le prix qui vous a été présenté pour « {item} » ne correspondait pas à celui fixé pour ce produit.",
               "Plutôt que de vous facturer un montant différent de celui affiché, nous avons préféré annuler la commande."],
         note="pricing error implied"),
    # ---------------- fraud_prevention (6, one thread) ----------------
    dict(cause="fraud_prevention", sr=True, mp="amazon.fr", frm="no-reply",
         subj="Votre commande {oid} a été annulée", heading="Sécurité du compte",
         core=["Nous avons remarqué une activité inhabituelle sur votre compte Amazon.fr.",
               "Par mesure de précaution, nous avons annulé la commande {oid} et suspendu temporairement votre compte. Pour le réactiver, connectez-vous et suivez les instructions affichées."],
         note="unusual activity, account suspended"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.fr", frm="cs-reply",
         subj="Commande {oid} : annulation", heading="Commande annulée",
         core=["Votre commande {oid} a été annulée, car nous n'avons pas pu confirmer votre identité dans le délai demandé."],
         note="identity not confirmed in time"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.com.be", frm="order-update",
         subj="Annulation de votre commande Amazon.com.be", heading="Annulation",
         core=[("kv", "Motif", "vérification de sécurité non concluante"),
               "Votre commande n° {oid} a été examinée par notre équipe chargée de la sécurité des transactions et n'a pas pu être validée. Elle a donc été annulée."],
         note="reason-first labelled, security review"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.fr", frm="no-reply",
         subj="Action sur votre compte et vos commandes en cours", heading="Votre compte",
         core=["Pour protéger votre compte, nous en avons verrouillé l'accès et annulé les commandes en cours, dont la commande n° {oid}.",
               "Pour retrouver l'accès à votre compte, connectez-vous sur https://www.amazon.fr et suivez les étapes indiquées. Vous ne pourrez pas passer de nouvelle commande avant la fin de cette procédure."],
         note="implied: account locked"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.fr", frm="auto-confirm",
         subj="Votre commande Amazon.fr n° {oid} a été annulée", heading="Commande annulée",
         core=["Il ne s'agit pas d'une rupture de stock : votre commande a été signalée par nos systèmes de prévention de la fraude, puis annulée automatiquement."],
         note="denies stock; fraud systems flagged"),
    dict(cause="fraud_prevention", sr=False, mp="amazon.fr", frm="auto-confirm", thread="fr_fraud",
         subj="Votre commande Amazon.fr {oid} a été annulée", heading="Annulation de commande",
         core=["Nous avons annulé votre commande {oid}."],
         note="thread: cause from earlier mail"),
    # ---------------- customer_request (6) ----------------
    dict(cause="customer_request", sr=True, mp="amazon.fr", frm="auto-confirm", n=2, ncancel=1,
         subj="Annulation réussie de « {item_short} » de votre commande Amazon.fr", heading="Annulation réussie",
         core=["Nous avons annulé l'article « {item} » comme vous l'avez demandé."],
         note="successful cancellation, partial"),
    dict(cause="customer_request", sr=True, mp="amazon.fr", frm="auto-confirm", fmt="text", tlay="minimal",
         subj="Amazon.fr - Votre annulation ({item_short})", heading="Votre annulation",
         core=["Vous venez d'annuler la commande n° {oid}.", ("kv", "Statut", "ANNULÉE")],
         note="old customer template"),
    dict(cause="customer_request", sr=True, mp="amazon.com.be", frm="order-update",
         subj="Votre commande {oid} a été annulée", heading="Commande annulée",
         core=["Votre commande a été annulée.", ("kv", "Motif d'annulation", "annulée par le client")],
         note="labelled customer canceled"),
    dict(cause="customer_request", sr=True, mp="amazon.fr", frm="marketplace-messages", third=True, lay="seller",
         subj="Re : Annulation commande {oid}", seller_intro="Message de {seller} via Amazon.fr",
         greet="Bonjour {first},",
         core=["Suite à votre message de ce matin, nous avons bien annulé votre commande avant son expédition.",
               "Le remboursement intégral apparaîtra sur votre compte sous quelques jours."],
         sign="Bonne journée,\n{seller}", note="seller confirms buyer's request"),
    dict(cause="customer_request", sr=True, mp="amazon.fr", frm="auto-confirm", n=3, ncancel=2,
         subj="Annulation partielle d'articles de votre commande Amazon.fr", heading="Annulation partielle",
         core=["Conformément à votre demande, les articles ci-dessous ont été retirés de votre commande {oid}.",
               "Le reste de votre commande n'est pas modifié."],
         note="partial, customer"),
    dict(cause="customer_request", sr=True, mp="amazon.ca", frm="auto-confirm",
         subj="Votre demande d'annulation pour la commande {oid}", heading="Annulation confirmée",
         core=["Votre demande d'annulation a bien été traitée : la commande {oid} est maintenant annulée et ne sera pas expédiée."],
         note="fr-CA customer request"),
    # ---------------- unknown, no reason (5) ----------------
    dict(cause="unknown", sr=False, mp="amazon.fr", frm="order-update",
         subj="Votre commande {oid} a été annulée", heading="Commande annulée",
         core=["Votre commande {oid} a été annulée."], note="no reason, bare"),
    dict(cause="unknown", sr=False, mp="amazon.fr", frm="auto-confirm", n=2,
         subj="Des articles de votre commande Amazon.fr ont été annulés", heading="Articles annulés",
         core=["Nous vous informons que les articles suivants ont été annulés de votre commande n° {oid}."],
         note="no reason"),
    dict(cause="unknown", sr=False, mp="amazon.fr", frm="auto-confirm", fmt="text",
         subj="Amazon.fr - Annulation ({item_short})", heading="Annulation",
         core=["Nous avons annulé votre commande n° {oid}. Nous nous excusons pour la gêne occasionnée."],
         note="no reason, apology only"),
    dict(cause="unknown", sr=False, mp="amazon.fr", frm="marketplace-messages", third=True, lay="seller",
         subj="Commande {oid} annulée par le vendeur", seller_intro="Notification concernant une commande auprès de {seller}",
         core=["Le vendeur {seller} a annulé la commande {oid}.",
               "Pour toute question, contactez le vendeur depuis Vos commandes."],
         sign="Amazon.fr", note="no reason, seller cancelled"),
    dict(cause="unknown", sr=False, mp="amazon.com.be", frm="order-update",
         subj="Votre commande Amazon.com.be {oid}", heading="Commande annulée",
         core=["Nous avons dû annuler votre commande {oid}. Nous sommes désolés pour ce désagrément."],
         note="no reason ('had to')"),
    # ---------------- unknown, other reason (3) ----------------
    dict(cause="unknown", sr=True, mp="amazon.fr", frm="order-update",
         subj="Votre commande {oid} a été annulée et remboursée", heading="Commande annulée",
         core=["Le transporteur n'a pas pu livrer votre colis : l'adresse indiquée n'a pas pu être localisée, malgré deux tentatives.",
               "Le colis nous a été retourné et votre commande a été annulée."],
         charge="Le remboursement de {total} sera effectué sur votre moyen de paiement d'origine.",
         help="Avant votre prochain achat, pensez à vérifier votre adresse de livraison dans Votre compte.",
         note="address undeliverable"),
    dict(cause="unknown", sr=True, mp="amazon.fr", frm="auto-confirm",
         subj="Un article ne peut pas être livré à votre adresse", heading="Article annulé",
         core=["« {item} » ne peut pas être expédié vers votre adresse en Guadeloupe, en raison de restrictions de transport applicables à ce produit.",
               "Nous l'avons donc retiré de votre commande {oid}."],
         note="cannot ship to overseas department"),
    dict(cause="unknown", sr=True, mp="amazon.ca", frm="order-update", third=True,
         subj="Votre commande Amazon.ca {oid} a été annulée", heading="Commande annulée",
         core=["En raison de restrictions à l'exportation, le vendeur {seller} n'est pas autorisé à expédier cet article au Canada.",
               "La commande a été annulée."],
         note="export restrictions"),
]

FR_THREADS = {
    "fr_inv": dict(mp="amazon.fr", frm="order-update", subj="Retard de livraison : votre commande {oid}", heading="Retard de livraison",
                   core=["Nous rencontrons des difficultés pour nous procurer « {item} » auprès de notre fournisseur.",
                         "Nous ne sommes pas en mesure de vous communiquer une nouvelle date de livraison pour le moment. Vous pouvez patienter ou annuler l'article sans frais depuis Vos commandes."],
                   items_heading="Article concerné", charge=None,
                   help="Gérer votre commande : https://www.amazon.fr/gp/css/order-history",
                   note="thread: delayed, cannot obtain item"),
    "fr_pay1": dict(mp="amazon.fr", frm="payments-messages", subj="Action requise : le paiement de votre commande {oid} a été refusé",
                    heading="Action requise", items_heading="Articles en attente",
                    core=["Nous n'avons pas pu débiter votre carte Visa se terminant par {card4} pour la commande {oid}.",
                          "Veuillez mettre à jour vos informations de paiement avant le {deadline} depuis https://www.amazon.fr/gp/css/order-history. Passé ce délai, votre commande sera annulée."],
                    charge=None, help=None, note="thread: card could not be charged"),
    "fr_pay2": dict(mp="amazon.fr", frm="payments-update", subj="Votre carte a expiré – mettez à jour votre moyen de paiement",
                    heading="Mettez à jour votre moyen de paiement", items_heading="Commande concernée",
                    core=["Le moyen de paiement enregistré pour la commande {oid} (Mastercard se terminant par {card4}) a expiré.",
                          "Pour que nous puissions expédier vos articles, ajoutez une nouvelle carte ou choisissez un autre moyen de paiement d'ici le {deadline}."],
                    charge=None, help="Gérer vos moyens de paiement : https://www.amazon.fr/cpe/yourpayments/wallet",
                    note="thread: card expired, please update"),
    "fr_fraud": dict(mp="amazon.fr", frm="cs-reply", subj="Votre compte Amazon.fr est en attente", heading="Vérification de votre compte",
                     items_heading="Commande en attente",
                     core=["Nous avons placé votre compte en attente le temps de vérifier certaines informations.",
                           "Les commandes en cours, dont la commande {oid}, ne seront pas expédiées tant que cette vérification n'est pas terminée. Connectez-vous à votre compte et suivez les instructions pour fournir les documents demandés."],
                     charge=None, help="Vous pouvez également consulter l'aide : https://www.amazon.fr/gp/help/customer/display.html",
                     note="thread: account on hold pending verification"),
}


# ==========================================================================
# SPANISH NOTICES (amazon.es / amazon.com.mx)
# ==========================================================================
ES_NOTICES = [
    # ---------------- inventory_shortage (7, one thread) ----------------
    dict(cause="inventory_shortage", sr=True, mp="amazon.es", frm="auto-confirm",
         subj="Tu pedido de Amazon.es n.º {oid} ha sido cancelado", heading="Cancelación del pedido",
         core=["Lamentablemente, «{item}» se ha agotado y no podemos conseguir más unidades.",
               "Por eso hemos tenido que cancelar tu pedido {oid}."],
         note="sold out, cannot obtain more"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.es", frm="marketplace-messages", third=True, lay="seller",
         subj="El vendedor ha cancelado tu pedido {oid}", seller_intro="Has recibido un mensaje de {seller} a través de Amazon.es",
         core=["Te escribimos para comunicarte que hemos cancelado tu pedido porque no disponemos de existencias suficientes para enviarlo.",
               "Disculpa las molestias. El reembolso completo se procesará automáticamente."],
         sign="Un saludo,\n{seller}", note="seller cancelled, no stock"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.es", frm="auto-confirm", item="Zelda",
         subj="Información sobre tu reserva de «{item_short}»", heading="Tu reserva",
         core=["Sentimos comunicarte que no podremos servir tu reserva de «{item}».",
               "El distribuidor ha reducido de forma considerable las unidades asignadas y, como consecuencia, tu pedido {oid} se ha cancelado."],
         note="pre-order not filled"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.es", frm="order-update", n=2, ncancel=1,
         subj="Se ha cancelado un artículo de tu pedido {oid}", heading="Artículo cancelado",
         core=["Sin existencias: el proveedor nos ha informado de que no volverá a fabricar este producto.",
               "Hemos eliminado el artículo de tu pedido; el resto se enviará con normalidad."],
         note="reason-first, partial"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.es", frm="cs-reply", greet="Hola, {first}:",
         subj="Tu pedido {oid}", heading="Atención al Cliente",
         core=["Queremos aclararte que no ha habido ningún problema con tu forma de pago.",
               "El motivo de la cancelación es que el artículo ya no está disponible en nuestros almacenes y no hay previsión de reposición."],
         sign="Atentamente,\nRaúl\nAtención al Cliente de Amazon.es", note="denies payment, gives unavailability"),
    dict(cause="inventory_shortage", sr=True, mp="amazon.com.mx", frm="auto-confirm", third=True,
         subj="Tu pedido de Amazon.com.mx #{oid} ha sido cancelado", heading="Pedido cancelado",
         core=["Te informamos que tu pedido ha sido cancelado.",
               ("kv", "Motivo", "el vendedor no pudo surtir el pedido")],
         note="labelled, MX"),
    dict(cause="inventory_shortage", sr=False, mp="amazon.es", frm="order-update", thread="es_inv",
         subj="Se ha cancelado un artículo de tu pedido", heading="Artículo cancelado",
         core=["Se ha cancelado el siguiente artículo de tu pedido n.º {oid}."],
         note="thread: cause from earlier mail"),
    # ---------------- payment_issue (7, one thread) ----------------
    dict(cause="payment_issue", sr=True, mp="amazon.es", frm="payments-messages",
         subj="Se ha cancelado tu pedido {oid}", heading="Pedido cancelado",
         core=["El banco emisor de tu tarjeta terminada en {card4} ha rechazado el cargo, así que el pedido {oid} ha quedado cancelado."],
         note="card declined"),
    dict(cause="payment_issue", sr=True, mp="amazon.com.mx", frm="payments-messages",
         subj="Tu pedido #{oid} fue cancelado", heading="Pedido cancelado",
         core=["No recibimos tu pago en efectivo en OXXO antes de la fecha límite indicada en tu ficha de pago.",
               "Por ello, tu pedido {oid} se canceló automáticamente. Si todavía quieres estos productos, puedes hacer un nuevo pedido y generar una nueva ficha."],
         charge="No se realizó ningún cargo.", note="cash payment not made in time (MX)"),
    dict(cause="payment_issue", sr=True, mp="amazon.es", frm="payments-update",
         subj="Cancelación de tu pedido de Amazon.es", heading="Pedido cancelado",
         core=["El {d_prev} te escribimos para pedirte que revisaras la forma de pago de este pedido.",
               "Como no se ha actualizado a tiempo, hemos cancelado el pedido {oid}."],
         note="payment revision not made in time"),
    dict(cause="payment_issue", sr=True, mp="amazon.es", frm="auto-confirm",
         subj="Tu pedido de Amazon.es {oid} ha sido cancelado", heading="Cancelación",
         core=["Hemos cancelado tu pedido.", ("kv", "Motivo de la cancelación", "no se pudo autorizar el pago")],
         note="labelled, authorisation failed"),
    dict(cause="payment_issue", sr=True, mp="amazon.es", frm="payments-messages",
         subj="Información importante sobre tu pedido {oid}", heading="Pedido cancelado",
         core=["Esta cancelación no se debe a un problema de existencias ni de tu cuenta.",
               "La financiación que solicitaste no fue aprobada por la entidad financiera y, al no haber otro método de pago disponible, no hemos podido completar la compra."],
         note="denies stock/account; financing refused"),
    dict(cause="payment_issue", sr=True, mp="amazon.com.mx", frm="auto-confirm",
         subj="Tu pedido de Amazon.com.mx ha sido cancelado", heading="Pedido cancelado",
         core=["No pudimos procesar el pago porque la tarjeta que tenías registrada está vencida.",
               "Cancelamos el pedido {oid}; puedes volver a realizarlo después de agregar una tarjeta vigente en Tu cuenta."],
         note="expired card, MX"),
    dict(cause="payment_issue", sr=False, mp="amazon.es", frm="order-update", thread="es_pay",
         subj="Tu pedido de Amazon.es {oid} ha sido cancelado", heading="Pedido cancelado",
         core=["Tu pedido {oid} ha sido cancelado."],
         note="thread: cause from earlier mail"),
    # ---------------- technical_issue (6, one thread) ----------------
    dict(cause="technical_issue", sr=True, mp="amazon.es", frm="order-update",
                  subj="Cancelación de tu pedido {oid}", heading="Pedido cancelado",
         core=["Debido a un error en el precio publicado, «{item}» se mostraba a {price_wrong} en lugar de {price1}.",
               "Por este motivo hemos cancelado tu pedido. Sentimos las molestias que esto pueda ocasionarte."],
         note="pricing error explicit"),
    dict(cause="technical_issue", sr=True, mp="amazon.es", frm="auto-confirm", third=True,
         subj="Se ha cancelado un artículo de tu pedido de Amazon.es", heading="Artículo cancelado",
         core=["La ficha del producto contenía datos incorrectos sobre el modelo: se anunciaba una versión distinta de la que realmente se vende.",
               "Para evitar que recibas algo diferente de lo que esperabas, hemos cancelado el artículo."],
         note="listing error"),
    dict(cause="technical_issue", sr=True, mp="amazon.es", frm="order-update",
         subj="Problema con tu pedido {oid}", heading="Pedido cancelado",
         core=["Un fallo en nuestros sistemas mientras se procesaba tu pedido ha impedido completarlo.",
               "Lo hemos cancelado; si llegó a realizarse algún cargo, te lo reembolsaremos íntegramente."],
         note="system failure, reason-first"),
    dict(cause="technical_issue", sr=True, mp="amazon.es", frm="cs-reply", greet="Hola {first},",
         subj="Sobre tu pedido {oid}", heading="Atención al Cliente",
         core=["Tranquilo, tu cuenta y tu forma de pago están perfectamente.",
               "Lo que ocurrió es que un problema técnico en la plataforma impidió que el pedido llegara correctamente al centro logístico, así que se ha cancelado. Ya puedes volver a realizarlo sin problema."],
         sign="Un saludo,\nBeatriz\nAtención al Cliente", note="denies account/payment; platform glitch"),
    dict(cause="technical_issue", sr=True, mp="amazon.com.mx", frm="order-update",
         subj="Actualización sobre tu pedido #{oid}", heading="Pedido cancelado",
         core=["El precio que aparecía en el sitio para «{item}» no era el correcto.",
               "Por ello decidimos cancelar tu pedido. Si aún te interesa, puedes volver a comprarlo al precio vigente."],
         note="pricing error implied, MX"),
    dict(cause="technical_issue", sr=False, mp="amazon.es", frm="auto-confirm", thread="es_tech",
         subj="Cancelación del pedido {oid}", heading="Cancelación del pedido",
         core=["Hemos cancelado tu pedido n.º {oid}."],
         note="thread: cause from earlier mail"),
    # ---------------- fraud_prevention (6, one thread) ----------------
    dict(cause="fraud_prevention", sr=True, mp="amazon.es", frm="no-reply",
         subj="Hemos cancelado tu pedido {oid}", heading="Seguridad de la cuenta",
         core=["Hemos detectado actividad inusual en tu cuenta de Amazon.es y, como medida de protección, hemos cancelado el pedido {oid} y bloqueado temporalmente tu cuenta.",
               "Inicia sesión y sigue las indicaciones para restablecer el acceso."],
         note="unusual activity"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.es", frm="order-update",
         subj="Tu pedido {oid} ha sido cancelado", heading="Pedido cancelado",
         core=["Tu pedido ha sido revisado por nuestro equipo de seguridad de transacciones y no ha superado la verificación.",
               "Por este motivo lo hemos cancelado."],
         note="security review failed"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.es", frm="cs-reply",
         subj="Pedido {oid} cancelado", heading="Verificación de identidad",
         core=["Antes de enviar este pedido necesitábamos verificar tu identidad.",
               "Como no hemos recibido la documentación solicitada, Amazon ha decidido cancelarlo."],
         note="identity verification not completed"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.com.mx", frm="no-reply",
         subj="Tu pedido de Amazon.com.mx fue cancelado", heading="Pedido cancelado",
         core=[("kv", "Motivo", "cuenta en revisión"),
               "Tu cuenta está en espera mientras verificamos cierta información, por lo que cancelamos el pedido {oid}."],
         note="labelled, account on hold, MX"),
    dict(cause="fraud_prevention", sr=True, mp="amazon.es", frm="payments-messages",
         subj="Se ha cancelado tu pedido de Amazon.es", heading="Pedido cancelado",
         core=["No se trata de un problema con tu tarjeta.",
               "Hemos cancelado el pedido {oid} por precaución, después de que nuestros sistemas lo marcaran como una posible transacción no autorizada."],
         note="denies card problem; flagged as unauthorised"),
    dict(cause="fraud_prevention", sr=False, mp="amazon.es", frm="auto-confirm", thread="es_fraud",
         subj="Información de Amazon.es", heading="Información",
         core=["Hemos cancelado tu pedido {oid}."],
         note="thread: cause from earlier mail"),
    # ---------------- customer_request (6) ----------------
    dict(cause="customer_request", sr=True, mp="amazon.es", frm="auto-confirm", n=2, ncancel=1,
         subj="Cancelación correcta de «{item_short}» de tu pedido de Amazon.es", heading="Cancelación correcta",
         core=["Según lo solicitado, hemos cancelado «{item}»."],
         note="successful cancellation, partial"),
    dict(cause="customer_request", sr=True, mp="amazon.es", frm="auto-confirm", fmt="text", tlay="minimal",
         subj="Amazon.es - Tu cancelación ({item_short})", heading="Tu cancelación",
         core=["Acabas de cancelar el pedido n.º {oid}.", ("kv", "Estado", "CANCELADO")],
         note="old customer template"),
    dict(cause="customer_request", sr=True, mp="amazon.es", frm="order-update",
         subj="Tu pedido {oid} ha sido cancelado", heading="Pedido cancelado",
         core=["Tu pedido ha sido cancelado.", ("kv", "Motivo de la cancelación", "cancelado por el cliente")],
         note="labelled customer canceled"),
    dict(cause="customer_request", sr=True, mp="amazon.es", frm="marketplace-messages", third=True, lay="seller",
         subj="RE: Cancelar pedido {oid}", seller_intro="Mensaje de {seller} a través de Amazon.es",
         greet="Hola {first},",
         core=["Tal y como nos pediste por mensaje, hemos cancelado tu pedido antes de que saliera de nuestro almacén.",
               "Verás el reembolso en tu cuenta en los próximos días."],
         sign="Un saludo,\n{seller}", note="seller confirms buyer request"),
    dict(cause="customer_request", sr=True, mp="amazon.es", frm="auto-confirm", n=3, ncancel=2,
         subj="Cancelación parcial de artículos de tu pedido de Amazon.es", heading="Cancelación parcial",
         core=["Hemos procesado tu solicitud: los siguientes artículos se han retirado del pedido {oid}.",
               "El resto de tu pedido no se ha modificado."],
         note="partial, customer"),
    dict(cause="customer_request", sr=True, mp="amazon.com.mx", frm="auto-confirm",
         subj="Tu solicitud de cancelación del pedido #{oid}", heading="Cancelación completada",
         core=["Tu solicitud de cancelación se completó. El pedido {oid} ya no se enviará."],
         note="MX customer request"),
    # ---------------- unknown, no reason (5) ----------------
    dict(cause="unknown", sr=False, mp="amazon.es", frm="order-update",
         subj="Tu pedido {oid} se ha cancelado", heading="Pedido cancelado",
         core=["Tu pedido {oid} se ha cancelado."], note="no reason, bare"),
    dict(cause="unknown", sr=False, mp="amazon.es", frm="auto-confirm", n=2,
         subj="Se han cancelado artículos de tu pedido de Amazon.es", heading="Artículos cancelados",
         core=["Los siguientes artículos se han cancelado de tu pedido."], note="no reason"),
    dict(cause="unknown", sr=False, mp="amazon.com.mx", frm="order-update", fmt="text",
         subj="Tu pedido de Amazon.com.mx #{oid}", heading="Pedido cancelado",
         core=["Lamentamos informarte que tu pedido {oid} fue cancelado. Te ofrecemos una disculpa por las molestias."],
         note="no reason, apology"),
    dict(cause="unknown", sr=False, mp="amazon.es", frm="marketplace-messages", third=True, lay="seller",
         subj="Pedido {oid} cancelado por el vendedor", seller_intro="Notificación sobre un pedido a {seller}",
         core=["El vendedor {seller} ha cancelado tu pedido {oid}.",
               "Si tienes alguna pregunta, ponte en contacto con el vendedor desde Mis pedidos."],
         sign="Amazon.es", note="no reason, seller cancelled"),
    dict(cause="unknown", sr=False, mp="amazon.es", frm="auto-confirm",
         subj="Información sobre tu pedido de Amazon.es", heading="Pedido cancelado",
         core=["Nos vemos obligados a cancelar tu pedido n.º {oid}. Sentimos los inconvenientes."],
         note="no reason ('obliged to')"),
    # ---------------- unknown, other reason (3) ----------------
    dict(cause="unknown", sr=True, mp="amazon.es", frm="auto-confirm",
         subj="Un artículo de tu pedido no se puede enviar a tu dirección", heading="Artículo cancelado",
         core=["No es posible enviar «{item}» a las Islas Canarias debido a las restricciones de envío que se aplican a este producto.",
               "Por ese motivo lo hemos eliminado de tu pedido {oid}."],
         note="cannot ship to Canary Islands"),
    dict(cause="unknown", sr=True, mp="amazon.es", frm="order-update",
         subj="Tu pedido {oid} ha sido cancelado y reembolsado", heading="Pedido cancelado",
         core=["La empresa de transporte no ha podido entregar el paquete porque la dirección indicada está incompleta y no se ha podido contactar contigo.",
               "El paquete ha vuelto a nuestro centro logístico y hemos cancelado el pedido."],
         charge="Te reembolsaremos {total} en tu método de pago original.",
         help="Te recomendamos revisar tus direcciones guardadas en Mi cuenta antes de tu próxima compra.",
         note="address undeliverable"),
    dict(cause="unknown", sr=True, mp="amazon.com.mx", frm="order-update",
         subj="Tu pedido de Amazon.com.mx #{oid} fue cancelado", heading="Pedido cancelado",
         core=["Este producto, vendido desde Estados Unidos a través de Amazon Global, no puede importarse a México por restricciones aduaneras.",
               "Por eso se canceló tu pedido {oid}."],
         note="customs/import restriction"),
]

ES_THREADS = {
    "es_inv": dict(mp="amazon.es", frm="order-update", subj="Retraso en la entrega de tu pedido {oid}", heading="Retraso en la entrega",
                   core=["Estamos teniendo problemas para obtener «{item}» de nuestro proveedor y todavía no podemos darte una nueva fecha de entrega.",
                         "Si no quieres esperar, puedes cancelar el artículo sin coste desde Mis pedidos."],
                   items_heading="Artículo afectado", charge=None, help=None, note="thread: delayed, cannot obtain item"),
    "es_pay": dict(mp="amazon.es", frm="payments-messages", subj="Acción necesaria: actualiza tu método de pago",
                   heading="Acción necesaria", items_heading="Artículos pendientes",
                   core=["No hemos podido realizar el cargo en tu tarjeta Visa terminada en {card4} para el pedido {oid}.",
                         "Actualiza tu método de pago antes del {deadline} en https://www.amazon.es/gp/css/order-history para que podamos enviar tu pedido. Si no lo haces, el pedido se cancelará."],
                   charge=None, help="Gestionar tus métodos de pago: https://www.amazon.es/cpe/yourpayments/wallet",
                   note="thread: card could not be charged"),
    "es_tech": dict(mp="amazon.es", frm="order-update", subj="Información importante sobre el precio de un artículo de tu pedido",
                    heading="Error en el precio", items_heading="Artículo afectado",
                                        core=["El precio mostrado para «{item}» en el momento de tu compra era incorrecto debido a un error en nuestra página.",
                          "Si deseas mantener el pedido {oid} al precio correcto de {price1}, confírmalo desde Mis pedidos antes del {deadline}. En caso contrario, no se enviará."],
                    charge=None, help="Si tienes alguna pregunta, visita nuestra página de ayuda: https://www.amazon.es/gp/help/customer/display.html",
                    note="thread: pricing error, confirm new price"),
    "es_fraud": dict(mp="amazon.es", frm="cs-reply", subj="Tu cuenta de Amazon.es está en espera", heading="Verificación de la cuenta",
                     items_heading="Pedido retenido",
                     core=["Hemos puesto tu cuenta en espera mientras verificamos cierta información.",
                           "Los pedidos pendientes, como el {oid}, no se enviarán hasta que se complete la verificación. Inicia sesión en tu cuenta y sigue las instrucciones para enviarnos la documentación."],
                     charge=None, help=None, note="thread: account on hold pending verification"),
}


# ==========================================================================
# NON-NOTICES
# ==========================================================================
# tpl="amz": rendered with the Amazon templates (not cancellations).
# tpl="raw": literal text / html with {placeholders}.
FR_NON = [
    dict(tpl="amz", mp="amazon.fr", frm="shipment-tracking", subj="Votre commande Amazon.fr n° {oid} a été expédiée",
         heading="Confirmation d'expédition", items_heading="Articles expédiés", fmt="alt",
         core=["Nous vous informons que votre commande a été expédiée. Elle est en route et ne peut plus être modifiée.",
               ("kv", "Livraison prévue", "{deadline}"),
               "Si vous ne souhaitez plus recevoir ce colis, vous pouvez refuser la livraison : il nous sera retourné et vous serez remboursé dès réception."],
         charge="Montant total de la commande : {total}", help="Suivre votre colis : https://www.amazon.fr/gp/css/shiptrack/view.html",
         note="shipping confirmation mentioning refusal/refund"),
    dict(tpl="raw", mp="amazon.fr", frm=("Amazon Prime", "digital-no-reply@amazon.fr"), amazon=True,
         subj="Confirmation de la résiliation de votre abonnement Amazon Prime",
         text="""Bonjour {first},

Nous vous confirmons que votre abonnement Amazon Prime a été résilié.

Vous continuerez à bénéficier de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) jusqu'au {deadline}. Après cette date, aucun prélèvement ne sera effectué sur votre moyen de paiement.

Vos commandes en cours ne sont pas concernées par cette résiliation et seront livrées normalement.

Vous avez changé d'avis ? Vous pouvez réactiver votre abonnement à tout moment : https://www.amazon.fr/gp/primecentral

L'équipe Amazon Prime

Amazon ne vous demandera jamais votre mot de passe ou vos informations bancaires par e-mail.
""", note="Prime membership cancelled"),
    dict(tpl="raw", mp=None, frm=("Audible", "donotreply@audible.fr"), msgdom="audible.fr",
         subj="Votre abonnement Audible a bien été annulé",
         html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;">
<table width="600" align="center"><tr><td style="background:#f7991c;padding:14px;color:#fff;font-size:22px;">audible <span style="font-size:12px;">an amazon company</span></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:22px;">
<p>Bonjour {first},</p>
<p>Nous avons bien pris en compte l'annulation de votre abonnement Audible Premium Plus.</p>
<p>Vous gardez l'accès à tous les livres audio achetés avec vos crédits, même après la fin de votre abonnement. Les crédits non utilisés expireront le {deadline}.</p>
<p>Aucun autre paiement mensuel ne sera prélevé.</p>
<p>À très bientôt,<br/>L'équipe Audible</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:10px 20px;">Audible GmbH, Schumannstraße 6, 10117 Berlin. Ne répondez pas à cet e-mail : il a été envoyé depuis une adresse qui ne reçoit pas de messages.</td></tr></table>
</body></html>""", note="Audible subscription cancelled"),
    dict(tpl="amz", mp="amazon.fr", frm="payments-messages", subj="Vérifiez vos informations de paiement – commande {oid}",
         heading="Paiement en attente", items_heading="Articles en attente d'expédition", lay="alert",
         core=["Nous n'avons pas pu obtenir l'autorisation de votre banque pour la commande {oid}. Vos articles sont réservés pour le moment.",
               "Merci de vérifier ou de modifier votre moyen de paiement d'ici le {deadline}. Sans mise à jour de votre part, nous devrons annuler la commande."],
         charge=None, help="Modifier le moyen de paiement : https://www.amazon.fr/gp/css/order-history",
         note="payment reminder before any cancellation"),
    dict(tpl="amz", mp="amazon.fr", frm="return", subj="Votre remboursement pour « {item_short} »",
         heading="Confirmation de remboursement", items_heading="Article retourné",
         core=["Nous avons bien reçu l'article que vous nous avez retourné.",
               "Un remboursement de {total} a été émis sur votre moyen de paiement d'origine. Il apparaîtra sur votre relevé sous 3 à 5 jours ouvrés."],
         charge=None, help="Consultez vos retours dans Vos commandes : https://www.amazon.fr/spr/returns/history",
         note="return/refund confirmation"),
    dict(tpl="raw", mp=None, frm=("Fnac.com", "ne-pas-repondre@fnac.com"), msgdom="fnac.com", charset="iso-8859-15",
         subj="Annulation de votre commande n° {foid}",
         html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<div style="background:#E1A925;padding:12px 20px;"><b style="font-size:24px;color:#000;">fnac</b></div>
<div style="padding:20px;">
<p>Bonjour {first},</p>
<p>Nous sommes au regret de vous informer que votre commande <b>n° {foid}</b> a été annulée : le vendeur Marketplace n'a pas confirmé la disponibilité du produit dans le délai imparti.</p>
<table style="border:1px solid #ddd;padding:10px;"><tr><td><b>Casque Sony WH-CH720N Noir</b><br/>Vendu par : HiFi Discount 75<br/>89,99 €</td></tr></table>
<p>Vous ne serez pas débité. Si une pré-autorisation apparaît sur votre compte bancaire, elle sera levée automatiquement.</p>
<p>Retrouvez ce produit chez d'autres vendeurs sur <a href="https://www.fnac.com/">fnac.com</a>.</p>
<p>Le Service Client Fnac.com</p>
</div></body></html>""", note="another retailer (Fnac) cancellation"),
    dict(tpl="raw", mp=None, frm=("Julie Perrot", "julie.perrot84@gmail.com"), msgdom="mail.gmail.com", boundary="gmail",
         subj="Re: cadeau pour maman",
         text="""Coucou {first},

Petite mise à jour : j'ai annulé ma commande Amazon pour le robot cuiseur, ils annonçaient une livraison dans trois semaines et ça aurait été trop tard pour son anniversaire. Amazon m'a remboursée direct, pas de souci.

Du coup je propose qu'on le prenne chez Boulanger samedi, ils l'ont en stock à Villeneuve. Tu me dis si ça te va ?

Bisous,
Julie

Le mar. 12 mars 2024 à 19:02, {first} <{to}> a écrit :
> Tu as pu commander le robot finalement ?
""", note="friend writes she cancelled her Amazon order"),
]

ES_NON = [
    dict(tpl="amz", mp="amazon.es", frm="shipment-tracking", subj="Entregado: tu paquete de Amazon.es", lay="card", fmt="alt",
         heading="Entregado", items_heading="Artículos entregados",
         core=["Tu paquete se ha entregado.", ("kv", "Entregado en", "buzón / conserje"),
               "¿No encuentras el paquete? Si no lo has recibido, podemos ayudarte a solicitar un reembolso o un reemplazo."],
         charge=None, help="Devuelve o reemplaza artículos en Mis pedidos: https://www.amazon.es/gp/css/order-history",
         note="delivery confirmation"),
    dict(tpl="raw", mp="amazon.es", frm=("Amazon Fresh", "fresh-no-reply@amazon.es"), amazon=True,
         subj="Cambio en la franja de entrega de tu pedido de Amazon Fresh",
         text="""Hola, {first}:

Debido a la alta demanda en tu zona, hemos tenido que cancelar la franja de entrega que habías elegido ({deadline}, de 10:00 a 12:00).

Tu pedido de Amazon Fresh sigue activo: lo entregaremos en la siguiente franja disponible, el mismo día de 16:00 a 18:00. Si esta hora no te viene bien, puedes elegir otra franja en Mis pedidos: https://www.amazon.es/gp/css/order-history

Los productos refrigerados y congelados se mantendrán en la cadena de frío hasta la entrega.

Sentimos las molestias.
Amazon Fresh
""", note="Fresh delivery window cancelled, order active"),
    dict(tpl="raw", mp="amazon.es", frm=("Amazon Kindle", "digital-no-reply@amazon.es"), amazon=True,
         subj="Has cancelado tu suscripción a Kindle Unlimited",
         html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0F1111;">
<table width="600"><tr><td style="border-bottom:3px solid #FF9900;padding:10px;"><b>amazon</b> kindle unlimited</td></tr>
<tr><td style="padding:16px;">
<p>Hola, {first}:</p>
<p>Hemos cancelado tu suscripción a Kindle Unlimited, tal y como solicitaste.</p>
<p>Podrás seguir leyendo los títulos de tu biblioteca de Kindle Unlimited hasta el {deadline}. A partir de esa fecha no se te cobrará la cuota mensual de 9,99 €.</p>
<p>Si cambias de opinión, puedes volver a suscribirte en cualquier momento desde <a href="https://www.amazon.es/kindle-dbs/hz/subscribe/ku">Kindle Unlimited</a>.</p>
<p>Gracias,<br/>Amazon.es</p>
<p style="font-size:11px;color:#565959;">Amazon.es nunca te pedirá tu contraseña por correo electrónico.</p>
</td></tr></table></body></html>""", note="Kindle Unlimited subscription cancelled"),
    dict(tpl="amz", mp="amazon.es", frm="return", subj="Reembolso de tu devolución de «{item_short}»",
         heading="Reembolso emitido", items_heading="Artículo devuelto",
         core=["Hemos recibido el artículo que devolviste y ya hemos emitido el reembolso.",
               ("kv", "Importe reembolsado", "{total}"),
               "El importe aparecerá en tu método de pago original en un plazo de 3 a 5 días hábiles."],
         charge=None, help="Consulta tus devoluciones en Mis pedidos: https://www.amazon.es/spr/returns/history",
         note="return/refund confirmation"),
    dict(tpl="raw", mp=None, frm=("Zalando", "info@service-mail.zalando.es"), msgdom="service-mail.zalando.es",
         subj="Tu pedido ha sido cancelado",
         html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;">
<div style="padding:16px;border-bottom:1px solid #eee;"><b style="color:#ff6900;font-size:22px;">zalando</b></div>
<div style="padding:16px;font-size:15px;">
<p>Hola {first}:</p>
<p>Lamentamos comunicarte que hemos tenido que cancelar tu pedido <b>{zoid}</b>, ya que el artículo no estaba disponible en nuestro almacén.</p>
<p>Levi's 501 Original Fit – Vaqueros – stonewash, talla W32/L32 – 99,95 €</p>
<p>No se te cobrará nada. Si pagaste por adelantado, recibirás el reembolso en los próximos días.</p>
<p>Un saludo,<br/>Tu equipo de Zalando</p>
</div></body></html>""", note="another retailer (Zalando) cancellation"),
    dict(tpl="raw", mp=None, frm=("Chollos del Día", "boletin@chollosdeldia.es"), msgdom="mailer.chollosdeldia.es",
         subj="Boletín semanal: errores de precio, pedidos cancelados y las mejores ofertas",
         html="""<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto;">
<h1 style="color:#c0392b;">Chollos del Día – Boletín n.º 214</h1>
<h2>¿Te han cancelado un pedido por error de precio?</h2>
<p>Esta semana muchos lectores nos han escrito porque Amazon les ha cancelado pedidos de un monitor que apareció a 19 € durante unas horas. Te explicamos qué dicen las condiciones de venta, cuándo pueden anular la compra y cómo reclamar si ya te habían cobrado.</p>
<h2>Las ofertas de la semana</h2>
<ul><li>Freidora de aire 5,5 L – 49,90 €</li><li>Auriculares con cancelación de ruido – 89 €</li><li>Pack de 12 rollos de papel de cocina – 7,45 €</li></ul>
<p style="font-size:11px;color:#888;">Recibes este boletín porque te suscribiste en chollosdeldia.es. <a href="https://chollosdeldia.es/baja">Darte de baja</a>.</p>
</body></html>""", note="newsletter mentioning Amazon cancellations"),
    dict(tpl="raw", mp=None, frm=("Marta López", "marta.lopez.r@hotmail.es"), msgdom="hotmail.es", charset="windows-1252",
         subj="Lo del regalo de Sergio",
         text="""Hola {first}!

Al final cancelé el pedido de Amazon, el vendedor me dijo que tardaría casi un mes en llegar y no nos da tiempo. Ya me han devuelto el dinero.

¿Nos pasamos el viernes por El Corte Inglés a mirar otra cosa? Podemos quedar a las seis en la puerta de Callao.

Un beso,
Marta

Enviado desde mi iPhone
""", note="friend says she cancelled her Amazon order"),
]

# ==========================================================================
# LOOKALIKES (phishing imitating Amazon cancellations)
# ==========================================================================
FR_LOOK = [
    dict(tpl="raw", cause="payment_issue", sr=True, frm=("Service Client Amazon", "service.clients.amz@gmail.com"), msgdom="mail.gmail.com",
         subj="Commande annulée - Action immédiate requise !!", charset="iso-8859-1",
         text="""Cher client,

Votre commande a été annulé suite a un probleme de paiement sur votre carte bancaire.

Pour recevoir votre remboursement de 389,99 EUR vous devez appeler notre service client au 01 84 88 27 93 (appel gratuit) dans les 24 heures. Sans réponse de votre part, le montant sera definitivement perdu.

Cordialement
Amazon Service Client
""", note="crude, gmail sender, callback phone, no order number"),
    dict(tpl="amz", cause="fraud_prevention", sr=True, mp="amazon.fr", frm=("Amazon.fr", "no-reply@amazon-commandes.fr"),
         phish="http://amazon-fr.verification-compte.info/ap/signin?session=", lay="card", fmt="alt",
         auth="mx.google.com; dkim=pass header.d=amazon-commandes.fr header.s=default; spf=pass smtp.mailfrom=amazon-commandes.fr; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-commandes.fr",
         subj="Votre commande Amazon.fr n° {oid} a été annulée", heading="Commande annulée",
         core=["Nous avons détecté une activité inhabituelle sur votre compte. Par mesure de sécurité, votre commande a été annulée et votre compte suspendu.",
               "Pour réactiver votre compte et éviter sa fermeture définitive, confirmez vos informations sous 48 heures : https://www.amazon.fr/ap/signin"],
         note="polished copy of template, look-alike domain, link text amazon.fr / href elsewhere"),
    dict(tpl="raw", cause="payment_issue", sr=True, frm=("Аmazon.fr", "notification@amaz0n-support.com"), msgdom="amaz0n-support.com",
         reply_to="amazon.remboursements@outlook.fr",
         subj="Annulation de votre commande #405-98123-772",
         text="""Bonjour,

Votre paiement pour la commande #405-98123-772 n'a pas pu être vérifié. Votre commande est ANNULÉE.

Pour éviter l'annulation définitive et la suspension de votre compte, répondez simplement à cet e-mail en indiquant :
- Nom du titulaire de la carte
- Numéro de carte
- Date d'expiration
- Cryptogramme (3 chiffres au dos)

Nos équipes traiteront votre demande sous 24h.

Amazon.fr Service Paiements
© Amazon.com, Inc.
""", note="homoglyph display name (Cyrillic A), reply with card details, malformed order number"),
    dict(tpl="raw", cause="fraud_prevention", sr=True, frm=("Amazon Sécurité", "alerte@amazon.fr.security-check.net"), msgdom="security-check.net",
         subj="Compte suspendu – votre commande a été annulée",
         html="""<html><body style="font-family:Arial;font-size:14px;">
<img src="http://security-check.net/img/amazon_logo.png" alt="amazon.fr" width="120"/>
<h3 style="color:#c40000;">Votre compte a été suspendu</h3>
<p>Cher(e) client(e),</p>
<p>Suite à plusieurs tentatives de connexion suspectes, votre compte Amazon a été suspendu et votre dernière commande <b>402-5518374-0092641</b> a été annulée.</p>
<p>Pour débloquer votre compte, rendez-vous sur la page ci-dessous et saisissez le code de vérification suivant : <b style="font-size:20px;">884 213</b></p>
<p><a href="http://amazon.fr.security-check.net/deblocage?code=884213" style="background:#f0c14b;padding:8px 14px;color:#111;text-decoration:none;">Débloquer mon compte</a></p>
<p>Sans action sous 24 heures, votre compte sera définitivement fermé.</p>
<p>Merci,<br/>L'équipe Amazon</p>
</body></html>""", note="account suspended + code, subdomain trick"),
    dict(tpl="amz", cause="inventory_shortage", sr=True, mp="amazon.fr", frm=("Amazon", "remboursement@amazon-orders.help"),
         phish="https://amazon-orders.help/remboursement/form?ref=", lay="classic", fmt="html", oid="171-4452-88123",
         subj="Remboursement en attente : article indisponible", heading="Remboursement en attente",
         core=["L'article « {item} » est en rupture de stock et votre commande a été annulée.",
               "Pour recevoir votre remboursement de {total}, veuillez saisir vos coordonnées bancaires dans notre formulaire sécurisé : https://www.amazon.fr/remboursement",
               "Sans action de votre part sous 72 heures, la demande de remboursement expirera."],
         charge=None, help=None,
         note="out-of-stock claim, refund form asks bank details, malformed order number"),
    dict(tpl="raw", cause="unknown", sr=False, frm=("Amazon France", "amazon.commande.fr@laposte.net"), msgdom="laposte.net",
         subj="Votre commande a été annulée",
         text="""Bonjour,

Votre commande n° 402-7719230-1182741 a été annulée.

Si vous n'êtes pas à l'origine de cette annulation, contactez immédiatement notre service clientèle au +33 9 70 73 14 52 afin de bloquer toute opération.

Service Clients Amazon
""", note="free-mail sender, no reason, callback number"),
    dict(tpl="amz", cause="technical_issue", sr=True, mp="amazon.fr", frm=("Amazon.fr", "commandes@amazn-fr.com"),
         phish="https://amzn-bon.fr/activer?id=", lay="alert", fmt="alt",
         auth="mx.google.com; dkim=none; spf=softfail (google.com: domain of transitioning commandes@amazn-fr.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=commandes@amazn-fr.com; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=amazn-fr.com",
         subj="Votre commande {oid} a été annulée suite à une erreur de prix", heading="Erreur de prix",
         core=["Suite à une erreur de prix sur « {item} », votre commande a été annulée.",
               "En compensation, nous vous offrons un bon d'achat de 50 €. Activez-le ici : https://www.amazon.fr/bon-achat (une carte bancaire est requise pour vérifier votre identité)."],
         charge=None, note="polished, pricing-error claim, voucher lure"),
]

ES_LOOK = [
    dict(tpl="raw", cause="fraud_prevention", sr=True, frm=("Amazon", "amazonpedidos.es@hotmail.com"), msgdom="hotmail.com",
         subj="SU PEDIDO FUE CANCELADO!! Llame ya",
         text="""Estimado cliente

Su pedido a sido cancelado por motivos de seguridad en su cuenta. Para reactivar su cuenta y recuperar su pedido llame urgentemente al +34 911 23 45 67.

Si no llama en 24 horas su cuenta sera eliminada.

Atentamente,
Departamento de Seguridad Amazon
""", note="crude, free-mail, callback phone, no order number"),
    dict(tpl="amz", cause="payment_issue", sr=True, mp="amazon.es", frm=("Amazon.es", "pedidos@amazon.es-pedidos.com"),
         phish="http://amazon-es.pagos-seguro.net/cpe/yourpayments?u=", lay="card", fmt="alt",
         subj="Tu pedido #{oid} ha sido cancelado", heading="Pedido cancelado",
         core=["No hemos podido procesar el pago de tu pedido, por lo que ha sido cancelado.",
               "Para reactivarlo, actualiza los datos de tu tarjeta en las próximas 24 horas: https://www.amazon.es/cpe/yourpayments"],
         note="polished, look-alike domain, displayed amazon.es link, href elsewhere"),
    dict(tpl="raw", cause="inventory_shortage", sr=True, frm=("Аmаzon", "soporte@amaz0n-support.com"), msgdom="amaz0n-support.com",
         reply_to="reembolsos.amazon@yahoo.com",
         subj="Tu pedido #171-44A9-22 ha sido cancelado",
         text="""Hola,

Tu pedido #171-44A9-22 ha sido cancelado porque el producto está agotado.

Para recibir el reembolso de 129,99 € responde a este correo con los siguientes datos de tu tarjeta: número, fecha de caducidad y código CVV. El reembolso se hará en un plazo de 48 horas.

Gracias por confiar en Amazon.
""", note="homoglyph display name, reply with card details, malformed order number"),
    dict(tpl="raw", cause="fraud_prevention", sr=True, frm=("Amazon Seguridad", "no-reply@amazon.com.security-check.net"), msgdom="security-check.net",
         subj="Cuenta suspendida y pedido cancelado",
         html="""<html><body style="font-family:Arial,sans-serif;">
<div style="background:#232f3e;padding:10px;"><span style="color:#fff;font-size:20px;font-weight:bold;">amazon</span></div>
<p>Hola:</p>
<p>Tu cuenta de Amazon ha sido <b>suspendida</b> y tu pedido <b>405-8812734-1120938</b> ha sido cancelado porque detectamos un inicio de sesión desde un dispositivo desconocido.</p>
<p>Introduce este código en la página de verificación para levantar la suspensión: <b style="font-size:22px;letter-spacing:3px;">552190</b></p>
<p><a href="http://amazon.com.security-check.net/es/verificar">https://www.amazon.es/verificar-cuenta</a></p>
<p>Equipo de Seguridad de Amazon</p>
</body></html>""", note="suspended + code, link text amazon.es, href elsewhere"),
    dict(tpl="amz", cause="customer_request", sr=True, mp="amazon.es", frm=("Amazon.es", "confirmacion@amazon-orders.help"),
         phish="https://amazon-orders.help/es/anular?ref=", lay="classic", fmt="html",
         auth="spf=pass (sender IP is 45.137.21.9) smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help;dmarc=pass action=none header.from=amazon-orders.help;compauth=pass reason=100",
         subj="Hemos recibido tu solicitud de cancelación del pedido {oid}", heading="Solicitud de cancelación",
         core=["Hemos recibido tu solicitud de cancelación y el pedido {oid} ha sido cancelado.",
               "Si no has sido tú quien lo ha solicitado, llama inmediatamente al 900 83 14 27 para bloquear la operación y proteger tu tarjeta."],
         charge=None, note="claims customer cancellation, callback number, look-alike domain with passing DKIM"),
    dict(tpl="raw", cause="unknown", sr=False, frm=("Amazon México", "avisos.amazon.mx@gmail.com"), msgdom="mail.gmail.com",
         subj="Tu pedido fue cancelado",
         text="""Hola

Tu pedido #702-1187-554 fue cancelado.

Para mas información y para solicitar tu reembolso ingresa a: https://bit.ly/amz-mx-reembolso

Amazon México
""", note="free-mail, no reason, shortened link, malformed number"),
    dict(tpl="amz", cause="technical_issue", sr=True, mp="amazon.es", frm=("Amazon.es", "atencion@amazon-es.com.co"),
         phish="https://amazon-es.com.co/cheque-regalo?id=", lay="alert", fmt="alt",
         subj="Error técnico: tu pedido ha sido cancelado", heading="Error técnico",
         core=["Debido a un error en nuestro sistema, tu pedido {oid} ha sido cancelado.",
               "Para compensarte, te regalamos un cheque regalo de 100 €. Recógelo aquí: https://www.amazon.es/cheque-regalo (se requiere verificar tu tarjeta)."],
         charge=None, note="polished, tech-glitch claim, gift card lure"),
]


# ==========================================================================
# Assembly
# ==========================================================================
START = dt.datetime(2023, 2, 1, tzinfo=dt.timezone.utc)


def rand_date():
    d = START + dt.timedelta(days=rng.randint(0, 800), seconds=rng.randint(0, 86399))
    return d.replace(microsecond=0)


def amz_display(spec, c):
    if spec["frm"] == "marketplace-messages":
        return f"{c['ctx']['seller']} via {c['brand']}"
    if spec["frm"] in ("payments-messages", "payments-update") and rng.random() < 0.3:
        return f"{c['brand']} Payments"
    return c["brand"]


def choose_layouts(spec):
    lay = spec.get("lay")
    if lay == "seller":
        return "seller", "seller"
    hl = lay or rng.choice(["card", "classic", "alert"])
    tl = spec.get("tlay") or {"card": rng.choice(["hedwig", "minimal"]), "classic": "classic", "alert": rng.choice(["minimal", "classic"])}[hl]
    return hl, tl


def render_amz_mail(spec, c, fmt, hrefmap=None, tracked=None):
    hl, tl = choose_layouts(spec)
    if tracked is None:
        tracked = rng.random() < 0.5
    hm = hrefmap or (lambda u: track(u, c["mp"], tracked))
    text = render_text(c, tl) if fmt in ("alt", "text") else None
    html = render_html(c, hl, hm) if fmt in ("alt", "html") else None
    return text, html, f"{fmt}/{hl if html else tl}"


def to_field(first, last, to):
    return Address(f"{first} {last}", addr_spec=to) if rng.random() < 0.5 else to


def genuine_amz(spec, date, fmt, auth, who=None, oid=None, items=None):
    c = amz_context(spec, date, who=who, oid=oid, items=items)
    text, html, layinfo = render_amz_mail(spec, c, fmt)
    hdr = amazon_headers(spec["mp"], spec["frm"], amz_display(spec, c), c["to"],
                         f"{c['first']} {c['last']}" if rng.random() < 0.5 else None, date, auth,
                         reply_to=(f"{spec['frm']}@{spec['mp']}" if spec["frm"] == "marketplace-messages" else None))
    msg = assemble(hdr, c["subject"], text, html)
    return msg, c, layinfo


def fill_raw(spec, mp_for_person, date):
    first, last, to = person(mp_for_person)
    ctx = dict(first=first, last=last, to=to, deadline=fdate(date + dt.timedelta(days=rng.randint(5, 25)), MPS[mp_for_person]["lang"], weekday=True),
               foid=f"{tok(6)}{rng.randint(100, 999)}", zoid=f"10101{rng.randint(100000000, 999999999)}")
    text = spec.get("text")
    html = spec.get("html")
    return (text.format(**ctx) if text else None, html.format(**ctx) if html else None, first, last, to, spec["subj"].format(**ctx))


def raw_mail(spec, lang, date, auth_flag=None):
    mp_person = spec.get("mp") or ("amazon.fr" if lang == "fr" else "amazon.es")
    text, html, first, last, to, subj = fill_raw(spec, mp_person, date)
    display, addr = spec["frm"]
    if spec.get("amazon"):
        local, dom = addr.split("@")
        hdr = amazon_headers(dom, local, display, to, None, date, auth_flag if auth_flag is not None else rng.random() < 0.5)
    else:
        extra = []
        if spec.get("kind") == "lookalike" and rng.random() < 0.5:
            extra.append(("X-Mailer", rng.choice(["PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)", "Microsoft Outlook 16.0", "Sendinblue"])))
        hdr = generic_headers(Address(display, addr_spec=addr), to_field(first, last, to), date, spec.get("msgdom", addr.split("@")[1]),
                              auth=spec.get("auth"), reply_to=spec.get("reply_to"), extra=extra)
    fmt = "alt" if (text and html) else ("html" if html else "text")
    msg = assemble(hdr, subj, text, html, charset=spec.get("charset", "utf-8"), boundary_style=spec.get("boundary", "amazon"))
    return msg, fmt


def phish_amz(spec, date):
    c = amz_context(spec, date, oid=spec.get("oid"))
    hm = lambda u, base=spec["phish"]: base + tok(12).lower()
    fmt = spec.get("fmt", "alt")
    text, html, layinfo = render_amz_mail(spec, c, fmt, hrefmap=hm)
    display, addr = spec["frm"]
    extra = [("X-Mailer", "PHPMailer 6.8.1")] if rng.random() < 0.4 else []
    hdr = generic_headers(Address(display, addr_spec=addr), to_field(c["first"], c["last"], c["to"]), date, addr.split("@")[1],
                          auth=spec.get("auth"), reply_to=spec.get("reply_to"), extra=extra)
    msg = assemble(hdr, c["subject"], text, html)
    return msg, layinfo


def spread(n, counts):
    out = []
    for k, v in counts:
        out += [k] * v
    assert len(out) == n, (len(out), n)
    rng.shuffle(out)
    return out


def build_language(lang, notices, threads, non, look):
    jobs = []  # (sort_key, kind, builder-callable, label-base)
    forced = [s.get("fmt") for s in notices if s.get("fmt")]
    pool = ["alt"] * 12 + ["html"] * 8 + ["text"] * 20
    for f in forced:
        pool.remove(f)
    rng.shuffle(pool)
    auths = spread(len(notices), [(True, 20), (False, 20)])
    out = []
    for i, spec in enumerate(notices):
        fmt = spec.get("fmt") or pool.pop()
        auth = auths[i]
        if spec.get("thread"):
            tspec = threads[spec["thread"]]
            d1 = rand_date()
            d2 = d1 + dt.timedelta(days=rng.randint(3, 7), hours=rng.randint(1, 20))
            ef = rng.choice(["alt", "text", "html"])
            m1, c1, li1 = genuine_amz(tspec, d1, ef, rng.random() < 0.5)
            who = (c1["first"], c1["last"], c1["to"])
            m2, c2, li2 = genuine_amz(spec, d2, fmt, auth, who=who, oid=c1["oid"], items=c1["raw_items"])
            out.append(dict(msg=m1, pair=spec["thread"], order=0, label=dict(kind="non_notice", language=lang, cause=None, states_reason=False,
                            marketplace=tspec["mp"], note=f"thread ({spec['thread']}, order {c1['oid']}): {tspec['note'].split(': ', 1)[1]}"), fmt=li1))
            out.append(dict(msg=m2, pair=spec["thread"], order=1, label=dict(kind="notice", language=lang, cause=spec["cause"], states_reason=False,
                            marketplace=spec["mp"], note=f"thread: cause from earlier mail ({spec['thread']}, order {c1['oid']})"), fmt=li2, auth=auth))
            continue
        d = rand_date()
        m, c, li = genuine_amz(spec, d, fmt, auth)
        out.append(dict(msg=m, label=dict(kind="notice", language=lang, cause=spec["cause"], states_reason=spec["sr"], marketplace=spec["mp"],
                                          note=spec["note"]), fmt=li, auth=auth))
    for spec in non:
        d = rand_date()
        if spec["tpl"] == "amz":
            fmt = spec.get("fmt") or rng.choice(["alt", "html", "text"])
            m, c, li = genuine_amz(spec, d, fmt, rng.random() < 0.5)
        else:
            m, li = raw_mail(spec, lang, d)
        out.append(dict(msg=m, label=dict(kind="non_notice", language=lang, cause=None, states_reason=False,
                                          marketplace=spec.get("mp") if (spec["tpl"] == "amz" or spec.get("amazon")) else None,
                                          note=spec["note"]), fmt=li))
    for spec in look:
        spec = dict(spec, kind="lookalike")
        d = rand_date()
        if spec["tpl"] == "amz":
            m, li = phish_amz(spec, d)
        else:
            m, li = raw_mail(spec, lang, d)
        out.append(dict(msg=m, label=dict(kind="lookalike", language=lang, cause=spec["cause"], states_reason=spec["sr"], marketplace=None,
                                          note=spec["note"]), fmt=li))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    allm = build_language("fr", FR_NOTICES, FR_THREADS, FR_NON, FR_LOOK) + build_language("es", ES_NOTICES, ES_THREADS, ES_NON, ES_LOOK)
    rng.shuffle(allm)
    # keep each thread's earlier mail before its cancellation
    pos = {}
    for i, m in enumerate(allm):
        if "pair" in m:
            pos.setdefault(m["pair"], []).append(i)
    for k, (a, b) in pos.items():
        if allm[a]["order"] > allm[b]["order"]:
            allm[a], allm[b] = allm[b], allm[a]
    labels = []
    for i, m in enumerate(allm, 1):
        name = f"c2{i:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["msg"].as_bytes(policy=POL))
        lab = dict(file=name)
        lab.update(m["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(labels)} mails")


if __name__ == "__main__":
    main()
