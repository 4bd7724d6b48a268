# gen.py -- writes the agent reply corpus (NAME.eml + NAME.txt) from the
# cases below; kept so that the messages can be reviewed and extended in
# one place.  Run it from this directory: python3 gen.py
#
# Each mail is an agent's answer to a desk notification, written the way
# the client writes it (headers, MIME structure, transfer encoding, quote
# and attribution format, as documented by or observed from Thunderbird,
# Outlook desktop and on the web, Gmail and Apple Mail).  NAME.txt holds
# the text quote_agent_text() must return for the body mime_parse() gives.
import base64
import quopri
from email.header import Header

DESK = "support@example.com"
REPLYTO = "support+a-jan-1042-7f3a9c21@example.com"
AGENT = {"en": ("Jan Nowak", "jan@example.com"),
         "el": ("Νίκος Γεωργίου", "nikos@example.com"),
         "es": ("Lucía Fernández", "lucia@example.com"),
         "pl": ("Jan Nowak", "jan@example.com")}
CUSTOMER = {"en": "Tom Baker <tom.baker@example.co.uk>",
            "el": "Ελένη Παπαδοπούλου <eleni.p@example.gr>",
            "es": "María López <maria.lopez@example.es>",
            "pl": "Agnieszka Wiśniewska <a.wisniewska@example.pl>"}

# The notification the agent answers, as the desk sends it (plain text).
NOTE_SUBJECT = {
    "en": "[CS-1042] New case: Refund for order 482913",
    "el": "[CS-1042] Νέα υπόθεση: Επιστροφή χρημάτων παραγγελία 482913",
    "es": "[CS-1042] Caso nuevo: Reembolso del pedido 482913",
    "pl": "[CS-1042] Nowa sprawa: Zwrot za zamówienie 482913",
}
NOTE = {
"en": """New case CS-1042 from Tom Baker <tom.baker@example.co.uk>
Status: new   Queue: billing   Priority: normal

I sent the kettle back two weeks ago (order 482913) and I still
haven't had my money back. Could you look into it please?

Thanks,
Tom

--
Reply above this line to answer the customer. Commands on the first
lines: #assign NAME, #take, #close, #comment, #priority P""",
"el": """Νέα υπόθεση CS-1042 από Ελένη Παπαδοπούλου <eleni.p@example.gr>
Κατάσταση: νέα   Ουρά: billing   Προτεραιότητα: κανονική

Έστειλα πίσω τον βραστήρα πριν από δύο εβδομάδες (παραγγελία 482913)
και ακόμα δεν έχω πάρει τα χρήματά μου. Μπορείτε να το ελέγξετε;

Ευχαριστώ,
Ελένη

--
Απαντήστε πάνω από αυτή τη γραμμή. Εντολές στις πρώτες γραμμές:
#assign ΟΝΟΜΑ, #take, #close, #comment, #priority P""",
"es": """Caso nuevo CS-1042 de María López <maria.lopez@example.es>
Estado: nuevo   Cola: billing   Prioridad: normal

Devolví el hervidor hace dos semanas (pedido 482913) y todavía no me
han devuelto el dinero. ¿Pueden revisarlo, por favor?

Gracias,
María

--
Responda encima de esta línea. Órdenes en las primeras líneas:
#assign NOMBRE, #take, #close, #comment, #priority P""",
"pl": """Nowa sprawa CS-1042 od Agnieszka Wiśniewska <a.wisniewska@example.pl>
Status: nowa   Kolejka: billing   Priorytet: normalny

Odesłałam czajnik dwa tygodnie temu (zamówienie 482913) i nadal nie
dostałam zwrotu pieniędzy. Czy mogą Państwo to sprawdzić?

Dziękuję,
Agnieszka

--
Odpowiedz nad tą linią. Polecenia w pierwszych liniach:
#assign IMIĘ, #take, #close, #comment, #priority P""",
}

# What the agent writes, per language.
OWN = {
"en": """Hello Tom,

the refund for order 482913 was sent today; it should reach your card
within five working days.

Best regards,
Jan""",
"el": """Καλησπέρα κυρία Παπαδοπούλου,

η επιστροφή χρημάτων για την παραγγελία 482913 έγινε σήμερα· θα τη
δείτε στην κάρτα σας μέσα σε πέντε εργάσιμες ημέρες.

Με εκτίμηση,
Νίκος""",
"es": """Hola María:

el reembolso del pedido 482913 se ha enviado hoy; lo verá en su
tarjeta en un plazo de cinco días hábiles.

Un saludo,
Lucía""",
"pl": """Dzień dobry Pani Agnieszko,

zwrot za zamówienie 482913 został dziś zlecony; pieniądze pojawią się
na karcie w ciągu pięciu dni roboczych.

Pozdrawiam,
Jan""",
}

# ---------------------------------------------------------------- helpers

def hdr(s):
    """RFC 2047 for a header value, as every client does for non-ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    return "%s <%s>" % (hdr(name), a)

def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode()).decode() \
        .replace("\r\n", "\n")

def b64(text):
    e = base64.b64encode(text.encode()).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))

def quote(text, empty=">", prefix="> "):
    return "\n".join(prefix + l if l else empty for l in text.split("\n"))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))

def paras(text):
    return text.split("\n\n")

def common(lang, subject, date, msgid):
    name, a = AGENT[lang]
    return [("From", addr(name, a)), ("To", addr("Support Desk", REPLYTO)),
            ("Subject", hdr("Re: " + subject)), ("Date", date),
            ("Message-ID", msgid),
            ("In-Reply-To", "<cs-1042.n1.4b2e@example.com>"),
            ("References", "<cs-1042.n1.4b2e@example.com>")]

def render(headers, body):
    return "".join("%s: %s\n" % h for h in headers) + "\n" + body

# ---------------------------------------------------------------- clients

# Thunderbird's mailnews.reply_header_ondateauthorwrote per locale (its
# Greek translation keeps the English sentence).
TB_ATTR = {
    "en": "On 3/3/26 10:00, Support Desk wrote:",
    "el": "On 3/3/26 10:00 π.μ., Support Desk wrote:",
    "es": "El 3/3/26 a las 10:00, Support Desk escribió:",
    "pl": "W dniu 3.03.2026 o 10:00, Support Desk pisze:",
}

def thunderbird(lang, plain, subject=None):
    """Thunderbird 115: text/plain, format=flowed, 8bit."""
    subject = subject or NOTE_SUBJECT[lang]
    h = [("Message-ID", "<7c1e2f4a-9d3b-4e6f-a1b2-c3d4e5f60718@example.com>"),
         ("Date", "Tue, 3 Mar 2026 10:12:44 +0100"),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Subject", hdr("Re: " + subject)),
         ("Content-Language", {"en": "en-US", "el": "el", "es": "es-ES",
                               "pl": "pl"}[lang]),
         ("To", addr("Support Desk", REPLYTO)),
         ("References", "<cs-1042.n1.4b2e@example.com>"),
         ("From", addr(*AGENT[lang])),
         ("In-Reply-To", "<cs-1042.n1.4b2e@example.com>"),
         ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
         ("Content-Transfer-Encoding", "8bit")]
    return render(h, plain + "\n")

OL_HDR = {
    "en": ("From", "Sent", "To", "Subject",
           "Tuesday, March 3, 2026 10:00 AM"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα", "Τρίτη, 3 Μαρτίου 2026 10:00 πμ"),
    "es": ("De", "Enviado el", "Para", "Asunto",
           "martes, 3 de marzo de 2026 10:00"),
    "pl": ("Od", "Wysłane", "Do", "Temat", "wtorek, 3 marca 2026 10:00"),
}
OL_CONTENT_LANG = {"en": "en-US", "el": "el-GR", "es": "es-ES", "pl": "pl-PL"}

def outlook_block(lang, html=False):
    f, s, t, subj, date = OL_HDR[lang]
    name = AGENT[lang][0]
    rows = [(f, "Support Desk <%s> " % DESK), (s, date),
            (t, "%s <%s>" % (name, AGENT[lang][1])),
            (subj, NOTE_SUBJECT[lang])]
    if html:
        return "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows)
    return "\n".join("%s: %s" % r for r in rows)

def outlook_html(lang, own, block_html, note):
    ps = "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>\n'
                   '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
                   % html_lines(p) for p in paras(own))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type \
content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word \
15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt;}
div.WordSection1 {page:WordSection1;}
--></style></head><body lang=%s link="#0563C1" vlink="#954F72" \
style='word-wrap:break-word'><div class=WordSection1>
%s
<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm \
0cm 0cm'><p class=MsoNormal>%s<o:p></o:p></p></div></div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>%s<o:p></o:p></p>
</div></body></html>""" % (OL_CONTENT_LANG[lang], ps, block_html,
                           html_lines(note)))

def outlook(lang, plain, html, headers_extra=()):
    """Outlook 16 desktop: multipart/alternative, QP, Thread-Index."""
    bnd = "000_AM0PR04MB6931E1C2A8F2D3B4C5D6E7F8A9B0CAM0PR04MB6931eurp_"
    h = common(lang, NOTE_SUBJECT[lang], "Tue, 3 Mar 2026 09:14:07 +0000",
               "<AM0PR04MB6931E1C2A8F2D3B4C5D6E7F8A9B0C@AM0PR04MB6931.eurprd04.prod.outlook.com>")
    h += [("Thread-Topic", hdr(NOTE_SUBJECT[lang])),
          ("Thread-Index", "AQHaqB3kZ2x4m0c1S0a5f3bY8w1n2g=="),
          ("Accept-Language", OL_CONTENT_LANG[lang] + ", en-US"),
          ("Content-Language", OL_CONTENT_LANG[lang]),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("X-Mailer", "Microsoft Outlook 16.0")] + list(headers_extra)
    h += [("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
          ("MIME-Version", "1.0")]
    body = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
            % (bnd, qp(plain), bnd, qp(html), bnd))
    return render(h, body)

def owa_html(lang, own, note):
    f, s, t, subj, date = OL_HDR[lang]
    if lang == "es":
        s = "Enviado"
    rows = [(f, "Support Desk <%s>" % DESK), (s, date),
            (t, "%s <%s>" % AGENT[lang]), (subj, NOTE_SUBJECT[lang])]
    block = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows)
    return ("""<html><head><meta http-equiv="Content-Type" content="text/html; \
charset=utf-8"><style type="text/css" style="display:none;"> P \
{margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, \
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
%s</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" \
style="font-size:11pt" color="#000000">%s</font>
<div>&nbsp;</div></div>
<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">
<div class="PlainText">%s</div></span></font></div>
</body></html>""" % ("\n".join("<div>%s</div><div><br></div>" % html_lines(p)
                               for p in paras(own)), block, html_lines(note)))

def owa(lang, html):
    """Outlook on the web: text/html only, base64."""
    h = common(lang, NOTE_SUBJECT[lang], "Tue, 3 Mar 2026 09:20:31 +0000",
               "<DB9PR04MB8421C0FFEE00112233445566778899AA@DB9PR04MB8421.eurprd04.prod.outlook.com>")
    h += [("Thread-Topic", hdr(NOTE_SUBJECT[lang])),
          ("Thread-Index", "AQHaqB3kZ2x4m0c1S0a5f3bY8w1n2gAAbcd="),
          ("Accept-Language", OL_CONTENT_LANG[lang] + ", en-US"),
          ("Content-Language", OL_CONTENT_LANG[lang]),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("msip_labels", ""),
          ("Content-Type", 'text/html; charset="utf-8"'),
          ("Content-Transfer-Encoding", "base64"), ("MIME-Version", "1.0")]
    return render(h, b64(html) + "\n")

GM_ATTR = {
    # Gmail wraps the text/plain attribution as its 78-column wrap falls.
    "en": "On Tue, Mar 3, 2026 at 10:00\u202fAM Support Desk <\nsupport@example.com> wrote:",
    "el": "Στις Τρί 3 Μαρ 2026 στις 10:00 π.μ., ο/η Support Desk <support@example.com>\nέγραψε:",
    "es": "El mar, 3 mar 2026 a las 10:00, Support Desk (<support@example.com>)\nescribió:",
    "pl": "wt., 3 mar 2026 o 10:00 Support Desk <support@example.com> napisał(a):",
}

def gmail_html(own, attr, note, sig=None):
    body = "".join("<div>%s</div><div><br></div>" % html_lines(p)
                   for p in paras(own))
    if sig:
        body += ('<span class="gmail_signature_prefix">-- </span><br>'
                 '<div dir="ltr" class="gmail_signature">%s</div>'
                 % html_lines(sig))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
            '</blockquote></div>\n'
            % (body, esc(attr.replace("\n", " ")), html_lines(note)))

def gmail(lang, plain, html):
    """Gmail: multipart/alternative, text/plain QP then text/html QP."""
    bnd = "000000000000a1b2c3061e8f4d2a"
    h = [("MIME-Version", "1.0")]
    h += common(lang, NOTE_SUBJECT[lang], "Tue, 3 Mar 2026 10:21:09 +0100",
                "<CAFx9q2Jk3mQ7wR0pL8vZs5N1bT4cY6dE2gH7aK9mU3oP1iX0Vw@mail.gmail.com>")
    h += [("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)]
    body = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s\n\n"
            "--%s\nContent-Type: text/html; charset=\"UTF-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
            % (bnd, qp(plain), bnd, qp(html), bnd))
    return render(h, body)

AP_ATTR = {
    "en": "On 3 Mar 2026, at 10:00, Support Desk <support@example.com> wrote:",
    "el": "Στις 3 Μαρ 2026, στις 10:00, ο χρήστης Support Desk <support@example.com> έγραψε:",
    "es": "El 3 mar 2026, a las 10:00, Support Desk <support@example.com> escribió:",
    "pl": "Wiadomość napisana przez Support Desk <support@example.com> w dniu 3 mar 2026, o godz. 10:00:",
}

def apple_html(own, attr, note):
    return ('<html><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; '
            '-webkit-nbsp-mode: space; line-break: after-white-space;">%s'
            '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote '
            'type="cite"><div>%s</div><br class="Apple-interchange-newline">'
            '<div><div>%s</div></div></blockquote></div><br></body></html>\n'
            % ("<div><br></div>".join("<div>%s</div>" % html_lines(p)
                                      for p in paras(own)), esc(attr),
               html_lines(note)))

def apple(lang, plain, html, mailer="Apple Mail (2.3826.300.87.4.3)",
          version="16.0 \\(3826.300.87.4.3\\)"):
    """Apple Mail (macOS 14): multipart/alternative, QP, Apple-Mail boundary."""
    bnd = "Apple-Mail=_5C0B0B3A-7E21-4F7B-9F0D-2B6C1D8E4A11"
    h = [("From", addr(*AGENT[lang])),
         ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
         ("Mime-Version", "1.0 (Mac OS X Mail %s)" % version),
         ("Subject", hdr("Re: " + NOTE_SUBJECT[lang])),
         ("Date", "Tue, 3 Mar 2026 10:31:52 +0100"),
         ("References", "<cs-1042.n1.4b2e@example.com>"),
         ("To", addr("Support Desk", REPLYTO)),
         ("In-Reply-To", "<cs-1042.n1.4b2e@example.com>"),
         ("Message-Id", "<0F8A2C6E-3B1D-4E5F-8A7B-9C0D1E2F3A4B@example.com>"),
         ("X-Mailer", mailer)]
    body = ("\n--%s\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Type: text/plain;\n\tcharset=utf-8\n\n%s\n"
            "--%s\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Type: text/html;\n\tcharset=utf-8\n\n%s\n--%s--\n"
            % (bnd, qp(plain), bnd, qp(html), bnd))
    return render(h, body)

# ---------------------------------------------------------------- cases

CASES = []

def case(name, eml, expect):
    CASES.append((name, eml, expect))

for L in ("en", "el", "es", "pl"):
    own = OWN[L]
    # Thunderbird, bottom-posting (its default): attribution, quote, answer.
    plain = "%s\n%s\n\n%s\n" % (TB_ATTR[L], quote(NOTE[L]), own)
    case("thunderbird-%s" % L, thunderbird(L, plain), own)
    # Outlook desktop, top-posting, header block under the answer.
    plain = "%s\n\n%s\n\n%s\n" % (own, outlook_block(L), NOTE[L])
    case("outlook-%s" % L,
         outlook(L, plain, outlook_html(L, own, outlook_block(L, True),
                                        NOTE[L])), own)
    # Gmail, top-posting, its wrapped attribution and '>' quote.
    plain = "%s\n\n%s\n\n%s\n" % (own, GM_ATTR[L], quote(NOTE[L]))
    case("gmail-%s" % L, gmail(L, plain, gmail_html(own, GM_ATTR[L],
                                                    NOTE[L])), own)
    # Apple Mail, top-posting, attribution inside the quote.
    plain = "%s\n\n%s\n" % (own, quote(AP_ATTR[L] + "\n\n" + NOTE[L],
                                       empty="> "))
    case("apple-%s" % L, apple(L, plain, apple_html(own, AP_ATTR[L],
                                                    NOTE[L])), own)

# ---- edge cases

# Thunderbird top-posting with a "-- " signature between answer and quote;
# flowed soft breaks leave trailing spaces on the answer's lines.
L = "en"
own = "Hello Tom, \n\nthe refund was sent today. \nIt takes up to five working days."
sig = "-- \nJan Nowak\nACME Support | +44 20 7946 0000"
plain = "%s\n\n%s\n\n%s\n%s\n" % (own, sig, TB_ATTR[L], quote(NOTE[L]))
case("thunderbird-en-signature-top", thunderbird(L, plain),
     "Hello Tom,\n\nthe refund was sent today.\nIt takes up to five working days.")

# Thunderbird interleaved: answers between the quoted parts.
L = "es"
plain = ("%s\n> Caso nuevo CS-1042 de María López <maria.lopez@example.es>\n"
         "> Estado: nuevo   Cola: billing   Prioridad: normal\n>\n"
         "> Devolví el hervidor hace dos semanas (pedido 482913) y todavía no me\n"
         "> han devuelto el dinero. ¿Pueden revisarlo, por favor?\n\n"
         "Hola María: el reembolso ya está en camino.\n\n"
         "> Gracias,\n> María\n\n"
         "A usted.\n\nLucía\n") % TB_ATTR[L]
case("thunderbird-es-interleaved", thunderbird(L, plain),
     "Hola María: el reembolso ya está en camino.\n\nA usted.\n\nLucía")

# Thunderbird, commands then text above the quote (top-posting).
L = "pl"
own = ("#assign jan\n#priority high\n\nDzień dobry,\n\nsprawdzam to z "
       "magazynem i odezwę się jutro.\n\nJan")
plain = "%s\n\n%s\n%s\n" % (own, TB_ATTR[L], quote(NOTE[L]))
case("thunderbird-pl-commands", thunderbird(L, plain), own)

# Thunderbird with the "Original Message" header table (reply header
# type "headers"), Greek.
L = "el"
own = "Καλησπέρα,\n\nτο ελέγχω και επανέρχομαι.\n\nΝίκος"
plain = ("%s\n\n-------- Αρχικό μήνυμα --------\nΘέμα: \t%s\nΗμερομηνία: "
         "\tTue, 3 Mar 2026 10:00:00 +0100\nΑπό: \tSupport Desk <%s>\n"
         "Προς: \tΝίκος Γεωργίου <nikos@example.com>\n\n%s\n"
         % (own, NOTE_SUBJECT[L], DESK, NOTE[L]))
case("thunderbird-el-original-message", thunderbird(L, plain), own)

# Outlook desktop in plain-text mode: "-----Original Message-----", Polish.
L = "pl"
own = "#take\n\nDzień dobry,\n\nprzejmuję sprawę.\n\nJan Nowak"
plain = ("%s\n\n-----Wiadomość oryginalna-----\nOd: Support Desk <%s> \n"
         "Wysłano: wtorek, 3 marca 2026 10:00\nDo: Jan Nowak <jan@example.com>\n"
         "Temat: %s\n\n%s\n" % (own, DESK, NOTE_SUBJECT[L], NOTE[L]))
case("outlook-pl-original-message", thunderbird(L, plain).replace(
    "User-Agent: Mozilla Thunderbird", "X-Mailer: Microsoft Outlook 16.0")
    .replace("; format=flowed", ""), own)

# Outlook desktop with commands at the top and an HTML alternative.
L = "en"
own = ("#assign jan\n#tag refund\n\nHello Tom,\n\nJan from billing will "
       "take it from here.\n\nMaria")
plain = "%s\n\n%s\n\n%s\n" % (own, outlook_block(L), NOTE[L])
case("outlook-en-commands",
     outlook(L, plain, outlook_html(L, own, outlook_block(L, True), NOTE[L])),
     own)

# Outlook on the web, HTML only (the body is html.c's conversion), Greek
# and Spanish ("Enviado:" there, not "Enviado el:").
for L in ("el", "es"):
    case("owa-%s-html-only" % L, owa(L, owa_html(L, OWN[L], NOTE[L])), OWN[L])

# Gmail with a "-- " signature (Gmail writes it in text/plain), Spanish.
L = "es"
sig = "Lucía Fernández\nAtención al cliente"
plain = "%s\n\n-- \n%s\n\n%s\n\n%s\n" % (OWN[L], sig, GM_ATTR[L],
                                         quote(NOTE[L]))
case("gmail-es-signature", gmail(L, plain, gmail_html(OWN[L], GM_ATTR[L],
                                                      NOTE[L], sig)), OWN[L])

# Gmail, English attribution wrapped after "10:00 AM Support Desk <".
# (the main gmail-en case); here the Polish one wrapped before the verb.
L = "pl"
attr = "wt., 3 mar 2026 o 10:00 Support Desk <support@example.com>\nnapisał(a):"
plain = "%s\n\n%s\n\n%s\n" % (OWN[L], attr, quote(NOTE[L]))
case("gmail-pl-wrapped-attribution",
     gmail(L, plain, gmail_html(OWN[L], attr, NOTE[L])), OWN[L])

# Gmail, #comment only (an internal note) above the quote.
L = "en"
own = "#comment\nCustomer called too; refund approved by finance."
plain = "%s\n\n%s\n\n%s\n" % (own, GM_ATTR[L], quote(NOTE[L]))
case("gmail-en-comment", gmail(L, plain, gmail_html(own, GM_ATTR[L],
                                                   NOTE[L])), own)

# iPhone Mail: attribution outside the quote, "Sent from my iPhone" (kept:
# only "-- " marks a signature).
L = "en"
own = "Done, refund sent.\n\nSent from my iPhone"
plain = "%s\n\n%s\n\n%s\n" % (own, AP_ATTR[L], quote(NOTE[L], empty=">"))
case("iphone-en", apple(L, plain, apple_html(own, AP_ATTR[L], NOTE[L]),
                        mailer="iPhone Mail (21E236)",
                        version="1.0 (1.0)"), own)

# Apple Mail, Greek, bottom-posting under the quote.
L = "el"
plain = "%s\n\n%s\n" % (quote(AP_ATTR[L] + "\n\n" + NOTE[L], empty="> "),
                        OWN[L])
case("apple-el-bottom", apple(L, plain, apple_html(OWN[L], AP_ATTR[L],
                                                   NOTE[L])), OWN[L])

# A reply with nothing new: only the quote.
L = "en"
plain = "%s\n%s\n" % (TB_ATTR[L], quote(NOTE[L]))
case("thunderbird-en-empty", thunderbird(L, plain), "")

# Outlook plain text with '>' prefixes whose wrapped line lost its prefix:
# the unmarked continuation must not leak.
L = "en"
plain = ("Refund sent.\n\nJan\n\n> New case CS-1042 from Tom Baker "
         "<tom.baker@example.co.uk>\n> I sent the kettle back two weeks ago "
         "(order 482913) and I still\nhaven't had my money back.\n"
         "> Thanks,\n> Tom\n")
case("outlook-en-prefix-wrapped", thunderbird(L, plain).replace(
    "User-Agent: Mozilla Thunderbird", "X-Mailer: Microsoft Outlook 16.0")
    .replace("; format=flowed", ""), "Refund sent.\n\nJan")

# Outlook for iOS: its footer and a rule over the header block.
L = "en"
own = "Done, refund sent.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
plain = ("%s\n________________________________\n%s\n\n%s\n"
         % (own, outlook_block(L), NOTE[L]))
case("outlook-ios-en", thunderbird(L, plain).replace(
    "User-Agent: Mozilla Thunderbird\n",
    "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n").replace(
    "; format=flowed", ""), own)

# Outlook for Mac, Spanish: "Fecha:" for the date.
L = "es"
plain = ("%s\n\nDe: Support Desk <%s>\nFecha: martes, 3 de marzo de 2026, "
         "10:00\nPara: Lucía Fernández <lucia@example.com>\nAsunto: %s\n\n"
         "%s\n" % (OWN[L], DESK, NOTE_SUBJECT[L], NOTE[L]))
case("outlook-mac-es", thunderbird(L, plain).replace(
    "User-Agent: Mozilla Thunderbird",
    "User-Agent: Microsoft-MacOutlook/16.83.24040710").replace(
    "; format=flowed", ""), OWN[L])

# Thunderbird composing HTML: multipart/alternative, moz-cite-prefix.
L = "es"
plain = "%s\n\n%s\n%s\n" % (OWN[L], TB_ATTR[L], quote(NOTE[L]))
html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type"'
        ' content="text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>%s'
        '</p>\n    <div class="moz-cite-prefix">%s<br>\n    </div>\n    '
        '<blockquote type="cite" cite="mid:cs-1042.n1.4b2e@example.com">\n'
        '      <pre class="moz-quote-pre" wrap="">%s</pre>\n    </blockquote>'
        '\n  </body>\n</html>\n'
        % ("</p>\n    <p>".join(html_lines(p) for p in paras(OWN[L])),
           esc(TB_ATTR[L]), esc(NOTE[L])))
bnd = "------------0mQ5Yx2vT8kP3rN6sW1aZ4bC"
tb = thunderbird(L, "")
tb = tb[:tb.index("Content-Type:")]
case("thunderbird-es-html", tb +
     'Content-Type: multipart/alternative;\n boundary="%s"\n\n'
     'This is a multi-part message in MIME format.\n'
     '--%s\nContent-Type: text/plain; charset=UTF-8; format=flowed\n'
     'Content-Transfer-Encoding: 8bit\n\n%s\n--%s\n'
     'Content-Type: text/html; charset=UTF-8\n'
     'Content-Transfer-Encoding: 8bit\n\n%s\n--%s--\n'
     % (bnd, bnd, plain, bnd, html, bnd), OWN[L])

# Outlook and Gmail mails are kept with CRLF, as IMAP hands them over;
# the others with LF, as a client saves a message to a file.
for name, eml, expect in CASES:
    if name.startswith(("outlook", "owa", "gmail")):
        eml = eml.replace("\n", "\r\n")
    with open(name + ".eml", "w", newline="\n") as f:
        f.write(eml)
    with open(name + ".txt", "w") as f:
        f.write(expect + "\n" if expect else "")
print(len(CASES), "cases")
