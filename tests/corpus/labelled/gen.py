# gen.py -- writes the labelled corpus (*.eml) from the list below; kept
# so that the messages can be reviewed and extended in one place.
# Each entry: (lang, slug, from, subject, queue, priority or "", body).
import os

here = os.path.dirname(os.path.abspath(__file__))

def include(name):
    """Add the entries of another file of this directory (M += [...]) to M."""
    exec(open(os.path.join(here, name), encoding="utf-8").read(), globals())

M = [
# ---------------- English ----------------
("en", "refund-kettle", "Tom Baker <tom.baker@example.co.uk>", "Refund for order 482913", "billing", "",
"""Hi,

I sent the blue kettle back two weeks ago (order 482913) and I still
haven't had my money back. The tracking says you received it on the 3rd.
Could you look into it please?

Thanks,
Tom"""),
("en", "charged-twice", "Priya Shah <priya.shah@example.com>", "Charged twice for the same order", "billing", "",
"""Hello,

Looking at my card statement I was billed twice for my order from last
Friday - two payments of 59.90 on the same day. Please cancel one of them.

Priya"""),
("en", "invoice-company-name", "Accounts <accounts@smallfirm.example>", "Invoice 2024-1187", "billing", "",
"""Good morning,

The invoice you sent us has the wrong company name on it, it should be
"Hartley & Sons Ltd", not "Hartley Sons". Could you issue a corrected
one? Our accountant can't book it as it is.

Regards,
Jane Hartley"""),
("en", "wrong-size", "mike r <mike.r@example.net>", "wrong size trainers", "billing", "",
"""hi there, the trainers i got are the wrong size, ordered a 42 and the box
says 44. id like to exchange them for the right ones if possible
cheers mike"""),
("en", "howto-return", "Ellen Park <ellen.park@example.org>", "Returning a jacket", "billing", "",
"""Hello,

How do I return a jacket that doesn't fit? I bought it online last week.
Do I need to keep the original box?

Many thanks,
Ellen"""),
("en", "where-invoice", "Sam Cole <sam@example.com>", "invoice?", "billing", "",
"""where can i find my invoice for last month's order? need it for my
expenses claim at work. thanks"""),
("en", "chargeback", "D. Novak <d.novak@example.com>", "Payment I never authorised", "billing", "high",
"""I have a payment of 249.00 from you on my card that I never made. If I
don't get an explanation by Friday I will dispute the charge with my bank
and ask for a chargeback.

D. Novak"""),
("en", "legal-refund", "Robert Finch <r.finch@example.co.uk>", "Final warning before legal action", "billing", "high",
"""I returned the sofa six weeks ago and I am still waiting for my refund of
899 pounds. Three emails, no answer. My solicitor has advised me to take
this to the small claims court if it is not sorted within 7 days.

Robert Finch"""),
("en", "coffee-machine", "Laura Gomez <laura.g@example.com>", "Coffee machine won't turn on", "technical", "",
"""Hello,

My coffee machine (the Barista 300) won't turn on anymore. The light
doesn't come on at all, I tried another socket and a different plug.
It's only four months old.

Laura"""),
("en", "washer-error", "kevin <kev1984@example.net>", "E04 on the display", "technical", "",
"""The washing machine shows E04 and stops in the middle of the cycle, the
water just stays in the drum. what does it mean and how do I fix it"""),
("en", "speaker-wifi", "Hannah Lee <hannah.lee@example.com>", "Speaker setup", "technical", "",
"""Hi, I can't get the new speaker onto our home wifi. The app finds it but
then says "setup failed" every time. The router is a standard one from
our provider. Any ideas?

Hannah"""),
("en", "urgent-printer", "Corner Shop <owner@cornershop.example>", "URGENT: receipt printer not printing", "technical", "high",
"""The receipt printer you installed last month stopped working this
morning. We can't print anything for customers and it is a Saturday.
Please call me back today.

Arun, Corner Shop"""),
("en", "gift-cards", "Molly Dean <molly.dean@example.com>", "Gift cards", "general", "",
"""Hello! Do you sell gift cards, and can they be used online as well as in
the shop? I'd like to get one for my sister's birthday.

Molly"""),
("en", "open-sunday", "Peter Walsh <peter.walsh@example.org>", "Sunday", "general", "",
"""Hi there, are you open on Sunday? I'd like to come by and pick up the
lamp I reserved.
Peter"""),
("en", "parking", "Gwen Morgan <gwen.morgan@example.co.uk>", "Visiting your store", "general", "",
"""Hello,

We're driving over from Cardiff on Saturday. Is there any parking close
to your store, and how do we get to you from the motorway?

Gwen"""),
("en", "thanks", "Oliver Grant <oliver.grant@example.com>", "Thank you", "general", "",
"""Just wanted to say thanks to Anna at the counter yesterday, she was
really helpful and patient with my dad. Great service.

Oliver"""),
("en", "office-chairs", "Facilities <facilities@bigco.example>", "Chairs for our new office", "general", "",
"""Good afternoon,

We are furnishing a new office and would like to buy about 40 chairs.
Do you offer discounts for companies, and can you deliver to Leeds?

Best regards,
Fiona Clarke"""),
("en", "app-login", "Chris Young <chris.young@example.net>", "App login problem", "technical", "",
"""I reset my password twice but the app still says "invalid credentials"
when I try to log in. I'm on Android 14."""),
# ---------------- Greek ----------------
("el", "epistrofi-xrimaton", "Νίκος Παπαδάκης <nikos.p@example.gr>", "Επιστροφή χρημάτων", "billing", "",
"""Καλησπέρα σας,

έστειλα πίσω τα παπούτσια πριν από δύο εβδομάδες και ακόμα δεν έχω δει
την επιστροφή των χρημάτων μου. Αριθμός παραγγελίας 558201.

Ευχαριστώ,
Νίκος"""),
("el", "dipli-xreosi", "Ελενη Κ <eleni.k@example.gr>", "Διπλη χρεωση στην καρτα", "billing", "",
"""Καλημερα, χρεωθηκα δυο φορες για την ιδια παραγγελια, 45,90 ευρω η καθε
χρεωση. Μπορειτε να το κοιταξετε;
Ελενη"""),
("el", "lathos-timologio", "Λογιστήριο <logistirio@etaireia.example.gr>", "Λάθος στο τιμολόγιο", "billing", "",
"""Καλημέρα σας,

στο τιμολόγιο που μας στείλατε το ΑΦΜ της εταιρείας είναι λάθος.
Μπορείτε να εκδώσετε πιστωτικό και νέο τιμολόγιο με τα σωστά στοιχεία;

Με εκτίμηση,
Γιώργος Αλεξίου"""),
("el", "allagi-megethous", "Σοφία Μ. <sofia.m@example.gr>", "Αλλαγή μεγέθους", "billing", "",
"""Γεια σας! Το φόρεμα που παρέλαβα χθες μου είναι λίγο μικρό. Θα ήθελα να
το αλλάξω με ένα νούμερο μεγαλύτερο, γίνεται;
Σοφία"""),
("el", "pos-epistrefo", "Δημήτρης Σ. <dimitris.s@example.gr>", "Επιστροφή μπουφάν", "billing", "",
"""Γεια σας,

αγόρασα ένα μπουφάν από το e-shop και δεν μου κάνει. Πώς γίνεται η
επιστροφή; Πρέπει να το στείλω με courier ή μπορώ να το φέρω στο
κατάστημα;

Δημήτρης"""),
("el", "pou-timologio", "Αννα Ρ. <anna.r@example.gr>", "Τιμολογιο παραγγελιας", "billing", "",
"""Που μπορω να βρω το τιμολογιο της παραγγελιας μου; Το χρειαζομαι για
τον λογιστη μου μεχρι την Δευτερα.
Ευχαριστω"""),
("el", "amfisvitisi", "Κώστας Ζ. <kostas.z@example.gr>", "Χρέωση που δεν αναγνωρίζω", "billing", "high",
"""Βλέπω στην κάρτα μου χρέωση 129 ευρώ από εσάς που δεν έκανα εγώ. Αν δεν
λάβω εξήγηση μέχρι την Παρασκευή, θα αμφισβητήσω τη χρέωση μέσω της
τράπεζάς μου.

Κώστας Ζαχαρίου"""),
("el", "dikigoros", "Μαρία Λ. <maria.l@example.gr>", "Τελευταία ειδοποίηση", "billing", "high",
"""Περιμένω έναν ολόκληρο μήνα να μου επιστρέψετε τα χρήματα για την
τηλεόραση που σας έστειλα πίσω. Δεν απαντάτε σε κανένα email. Θα
απευθυνθώ σε δικηγόρο και στον Συνήγορο του Καταναλωτή.

Μαρία Λαμπράκη"""),
("el", "kafetiera", "Γιάννης Τ. <giannis.t@example.gr>", "Η καφετιέρα δεν ανάβει", "technical", "",
"""Καλησπέρα,

η καφετιέρα που αγόρασα τον Μάρτιο δεν ανάβει πια. Δοκίμασα άλλη πρίζα
και τίποτα. Τι μπορώ να κάνω;

Γιάννης"""),
("el", "plyntirio", "vasilis <vasilis1979@example.gr>", "πλυντηριο", "technical", "",
"""το πλυντηριο βγαζει σφαλμα E21 και σταματαει στη μεση του προγραμματος,
το νερο μενει μεσα. τι σημαινει;"""),
("el", "ixeio-wifi", "Ιωάννα Β. <ioanna.v@example.gr>", "Σύνδεση ηχείου", "technical", "",
"""Γεια σας, δεν μπορώ να συνδέσω το καινούριο ηχείο στο Wi-Fi του σπιτιού.
Η εφαρμογή το βρίσκει αλλά μετά γράφει ότι απέτυχε η ρύθμιση.

Ιωάννα"""),
("el", "epeigon-ektypotis", "Κατάστημα Ήλιος <info@ilios.example.gr>", "ΕΠΕΙΓΟΝ - ο εκτυπωτής αποδείξεων δεν τυπώνει", "technical", "high",
"""Ο εκτυπωτής αποδείξεων που μας εγκαταστήσατε σταμάτησε να τυπώνει από
το πρωί και έχουμε κόσμο στο ταμείο. Παρακαλώ καλέστε μας σήμερα.

Στέλιος, Κατάστημα Ήλιος"""),
("el", "dorokartes", "Ελένη Π. <eleni.p@example.gr>", "Δωροκάρτες", "general", "",
"""Καλησπέρα, πουλάτε δωροκάρτες; Θα ήθελα να κάνω δώρο σε μια φίλη για
τα γενέθλιά της.
Ελένη"""),
("el", "orario-savvato", "Πέτρος Κ. <petros.k@example.gr>", "Σάββατο", "general", "",
"""Γεια σας, τι ώρα κλείνετε το Σάββατο; Θέλω να περάσω να πάρω την
παραγγελία μου.
Πέτρος"""),
("el", "parkin", "Χρύσα Δ. <chrysa.d@example.gr>", "Έρχομαι από Θεσσαλονίκη", "general", "",
"""Καλημέρα! Θα έρθουμε με το αυτοκίνητο από Θεσσαλονίκη την Κυριακή.
Υπάρχει κάπου να παρκάρουμε κοντά στο κατάστημα;
Χρύσα"""),
("el", "efxaristo", "Αντώνης Μ. <antonis.m@example.gr>", "Ευχαριστώ", "general", "",
"""Θέλω απλώς να ευχαριστήσω τη Μαρία από το κατάστημα για τη βοήθεια
χθες. Πολύ ευγενική και εξυπηρετική.
Αντώνης"""),
("el", "efarmogi-kollaei", "Φωτεινη <foteini@example.gr>", "Η εφαρμογη κολλαει", "technical", "",
"""Η εφαρμογη σας κολλαει καθε φορα που παω να πληρωσω στο καλαθι. Την
εγκατεστησα ξανα και παλι τα ιδια."""),
# ---------------- Spanish ----------------
("es", "reembolso-abrigo", "Carmen Ruiz <carmen.ruiz@example.es>", "Reembolso pedido 77120", "billing", "",
"""Hola,

devolví el abrigo hace tres semanas (pedido 77120) y todavía no me han
devuelto el dinero. Según el seguimiento lo recibieron el día 5.

Un saludo,
Carmen"""),
("es", "cobro-duplicado", "jorge m <jorge.m@example.es>", "cobro duplicado", "billing", "",
"""buenas, me cobraron dos veces el mismo pedido, aparece dos veces en el
extracto de la tarjeta. pueden revisarlo? gracias"""),
("es", "factura-nif", "Administración <admin@empresa.example.es>", "Factura con datos incorrectos", "billing", "",
"""Buenos días:

En la factura que nos enviaron aparece mal el NIF de nuestra empresa.
¿Pueden emitir una factura rectificativa con los datos correctos?

Atentamente,
Luis Herrera"""),
("es", "cambio-talla", "Marta G. <marta.g@example.es>", "Zapatillas pequeñas", "billing", "",
"""Hola! Las zapatillas me quedan pequeñas, quiero cambiarlas por una talla
más. ¿Qué tengo que hacer?
Marta"""),
("es", "como-devolver", "Pablo Ortega <pablo.ortega@example.es>", "Devolución", "billing", "",
"""Buenas tardes,

¿cómo puedo devolver un pedido que hice por la web? No me convence el
color del sofá.

Gracias,
Pablo"""),
("es", "donde-factura", "Lucía Navarro <lucia.n@example.es>", "¿Dónde encuentro la factura?", "billing", "",
"""Hola, hice una compra la semana pasada y necesito la factura para
presentarla en la empresa. Gracias."""),
("es", "cargo-no-reconocido", "Andrés Vidal <andres.vidal@example.es>", "Cargo no reconocido", "billing", "high",
"""He visto un cargo de 129 euros en mi tarjeta que no reconozco. Si no me
lo explican antes del viernes, abriré una disputa del cargo con mi banco.

Andrés Vidal"""),
("es", "abogado", "Rosa Méndez <rosa.mendez@example.es>", "Reclamación formal", "billing", "high",
"""Llevo dos meses esperando el reembolso de la lavadora que devolví.
Nadie responde a mis correos. Voy a presentar una denuncia en la oficina
de consumo y he consultado ya con mi abogado.

Rosa Méndez"""),
("es", "cafetera", "Diego Sanz <diego.sanz@example.es>", "La cafetera no enciende", "technical", "",
"""Hola,

la cafetera que compré en marzo no enciende. He probado con otro enchufe
y nada, ni una luz.

Diego"""),
("es", "lavadora-error", "antonio <antonio.lp@example.es>", "lavadora", "technical", "",
"""la lavadora se para a mitad del programa y sale el codigo E3 en la
pantalla, el agua se queda dentro. que hago?"""),
("es", "altavoz-wifi", "Elena Castro <elena.castro@example.es>", "Altavoz y wifi", "technical", "",
"""Buenas, no consigo conectar el altavoz nuevo al wifi de casa. La
aplicación lo encuentra pero luego dice que algo ha fallado.

Elena"""),
("es", "urgente-impresora", "Bar Sol <bar.sol@example.es>", "URGENTE: la impresora de tickets no imprime", "technical", "high",
"""La impresora de tickets que nos instalaron no imprime desde esta mañana
y tenemos el bar lleno. Por favor, llámennos hoy mismo.

Javier, Bar Sol"""),
("es", "tarjetas-regalo", "Nuria Gil <nuria.gil@example.es>", "Tarjetas regalo", "general", "",
"""Hola, ¿venden tarjetas regalo? Me gustaría regalar una a mi hermana por
su cumpleaños.
Nuria"""),
("es", "agosto", "Iván Romero <ivan.romero@example.es>", "Agosto", "general", "",
"""Hola, ¿abren en agosto? Quería pasarme por la tienda a ver las
lámparas."""),
("es", "aparcamiento", "Teresa Molina <teresa.m@example.es>", "Cómo llegar desde Valencia", "general", "",
"""Buenos días, vamos desde Valencia en coche el sábado. ¿Hay aparcamiento
cerca de la tienda?
Teresa"""),
("es", "gracias", "Alberto Ríos <alberto.rios@example.es>", "Gracias", "general", "",
"""Solo quería dar las gracias a Lucía por su amabilidad ayer en la
tienda. Un trato estupendo.
Alberto"""),
("es", "app-contrasena", "Sergio P. <sergio.p@example.es>", "No puedo entrar en la app", "technical", "",
"""He cambiado la contraseña dos veces y la aplicación sigue diciendo que
es incorrecta."""),
# ---------------- Polish ----------------
("pl", "zwrot-kurtka", "Agnieszka Nowak <a.nowak@example.pl>", "Zwrot pieniędzy za zamówienie 301554", "billing", "",
"""Dzień dobry,

odesłałam kurtkę trzy tygodnie temu (zamówienie 301554) i nadal nie
dostałam zwrotu pieniędzy. Według śledzenia paczka dotarła 5-go.

Pozdrawiam,
Agnieszka"""),
("pl", "podwojna-platnosc", "marek w <marek.w@example.pl>", "podwojna platnosc", "billing", "",
"""dzien dobry, pobrano z mojego konta dwa razy kwote 89 zl za to samo
zamowienie. prosze o wyjasnienie"""),
("pl", "blad-faktura", "Księgowość <ksiegowosc@firma.example.pl>", "Błąd na fakturze", "billing", "",
"""Dzień dobry,

na fakturze jest błędny NIP naszej firmy. Proszę o wystawienie korekty
z poprawnymi danymi.

Z poważaniem,
Tomasz Wiśniewski"""),
("pl", "wymiana-rozmiaru", "Kasia <kasia.z@example.pl>", "Za małe buty", "billing", "",
"""Hej, buty są za małe, chciałabym je wymienić na rozmiar 39. Co mam
zrobić?
Kasia"""),
("pl", "jak-zwrocic", "Piotr Kowalczyk <piotr.k@example.pl>", "Sweter", "billing", "",
"""Dzień dobry,

kupiłem sweter przez internet i niestety nie pasuje. Jak mogę go
zwrócić?

Piotr"""),
("pl", "gdzie-faktura", "Ewa Lis <ewa.lis@example.pl>", "Faktura", "billing", "",
"""Gdzie mogę znaleźć fakturę za zamówienie z zeszłego tygodnia?
Potrzebuję jej do rozliczenia w pracy."""),
("pl", "chargeback", "Paweł Mazur <pawel.mazur@example.pl>", "Nieznana transakcja", "billing", "high",
"""Na mojej karcie jest obciążenie 249 zł od Państwa, którego nie
rozpoznaję. Jeśli do piątku nie dostanę wyjaśnienia, złożę reklamację
transakcji w moim banku (chargeback).

Paweł Mazur"""),
("pl", "prawnik", "Joanna Kaczmarek <joanna.k@example.pl>", "Ostateczne wezwanie", "billing", "high",
"""Od dwóch miesięcy czekam na zwrot pieniędzy za odesłaną pralkę. Nikt nie
odpowiada na moje maile. Sprawę przekazuję prawnikowi i zgłoszę ją do
rzecznika praw konsumenta.

Joanna Kaczmarek"""),
("pl", "ekspres", "Michał Zieliński <michal.z@example.pl>", "Ekspres się nie włącza", "technical", "",
"""Dzień dobry,

ekspres do kawy kupiony w marcu nie włącza się. Sprawdziłem inne
gniazdko i nic, nawet lampka się nie świeci.

Michał"""),
("pl", "pralka-blad", "grzegorz <grzes77@example.pl>", "pralka", "technical", "",
"""pralka zatrzymuje sie w polowie prania i pokazuje blad E21, woda zostaje
w bebnie. co to znaczy?"""),
("pl", "glosnik-wifi", "Magdalena Wójcik <magda.w@example.pl>", "Głośnik i wifi", "technical", "",
"""Dzień dobry, nie mogę połączyć nowego głośnika z domowym wifi.
Aplikacja go znajduje, ale potem pisze, że coś poszło nie tak.

Magda"""),
("pl", "pilne-drukarka", "Sklep Pod Lipą <sklep@podlipa.example.pl>", "PILNE: drukarka paragonów nie drukuje", "technical", "high",
"""Drukarka paragonów, którą Państwo zamontowali, od rana nie drukuje,
a mamy kolejkę przy kasie. Prosimy o telefon jeszcze dziś.

Andrzej, Sklep Pod Lipą"""),
("pl", "karty-podarunkowe", "Zofia Krawczyk <zofia.k@example.pl>", "Karty podarunkowe", "general", "",
"""Dzień dobry, czy sprzedajecie karty podarunkowe? Chciałabym kupić jedną
dla siostry na urodziny.
Zofia"""),
("pl", "wigilia", "Adam Dąbrowski <adam.d@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której jesteście otwarci w Wigilię? Chciałbym odebrać
zamówienie."""),
("pl", "dojazd", "Barbara Pawlak <barbara.p@example.pl>", "Dojazd z dworca", "general", "",
"""Dzień dobry, jak do was dojechać z dworca? I czy jest gdzieś parking
w pobliżu?
Barbara"""),
("pl", "podziekowania", "Krzysztof Wróbel <k.wrobel@example.pl>", "Podziękowania", "general", "",
"""Chciałem podziękować pani Ani za pomoc przy wyborze prezentu. Bardzo
miła obsługa.
Krzysztof"""),
("pl", "aplikacja", "Ola <ola.m@example.pl>", "Aplikacja się zawiesza", "technical", "",
"""Aplikacja zawiesza się przy każdej próbie logowania, ponowna
instalacja nie pomogła."""),
]

# ---- second batch, written after the rules to check that they generalise
M += [
("en", "blender-money", "Zoe Hill <zoe.hill@example.com>", "Not happy", "billing", "",
"""The blender I bought from you is rubbish, it leaks from the bottom. I
don't want a replacement, I just want my money back please."""),
("en", "unknown-payment", "Ian Moss <ian.moss@example.co.uk>", "What is this payment?", "billing", "",
"""There is a payment to your company on my bank statement from 12 March
for 34.99 and I don't remember ordering anything. What is it for?"""),
("en", "tv-no-picture", "Ruth Adams <ruth.adams@example.org>", "TV problem", "technical", "",
"""Our new TV has sound but no picture since yesterday evening. We
unplugged it for an hour and tried again, still just a black screen."""),
("en", "christmas-hours", "Nadia Khan <nadia.khan@example.com>", "Christmas", "general", "",
"""Hello, what are your opening hours over Christmas and New Year?
Thanks, Nadia"""),
("en", "lost-parcel", "Ben Carter <ben.carter@example.net>", "Where is my parcel?", "general", "",
"""My order was supposed to arrive on Tuesday and the tracking hasn't
moved for four days. Can you tell me what's going on?"""),
("en", "legal-broken", "Gary Wells <gary.wells@example.co.uk>", "Faulty fridge - consumer rights", "technical", "high",
"""The fridge stopped cooling after two weeks. Your engineer never turned
up. I know my consumer rights and I will take legal action if it is not
repaired this week."""),
("el", "thelo-ta-lefta", "Στέλλα Α. <stella.a@example.gr>", "Παράπονο", "billing", "",
"""Το μπλέντερ που πήρα στάζει από κάτω. Δεν θέλω άλλο, θέλω να πάρω πίσω
τα λεφτά μου."""),
("el", "tileorasi-eikona", "Μανώλης Κ. <manolis.k@example.gr>", "Τηλεόραση χωρίς εικόνα", "technical", "",
"""Η καινούρια τηλεόραση έχει ήχο αλλά όχι εικόνα από χθες το βράδυ. Την
αποσυνδέσαμε για μία ώρα, πάλι μαύρη οθόνη."""),
("el", "xristougenna", "Ρένα Θ. <rena.th@example.gr>", "Χριστούγεννα", "general", "",
"""Καλησπέρα, ποιο είναι το ωράριό σας τα Χριστούγεννα και την Πρωτοχρονιά;"""),
("el", "dema", "Άρης Ν. <aris.n@example.gr>", "Πού είναι το δέμα μου;", "general", "",
"""Η παραγγελία έπρεπε να έρθει την Τρίτη και η αποστολή δεν έχει κουνηθεί
εδώ και τέσσερις μέρες. Μπορείτε να μου πείτε τι συμβαίνει;"""),
("el", "agnosti-pliromi", "Θανάσης Γ. <thanasis.g@example.gr>", "Αγνωστη πληρωμη", "billing", "",
"""Στο λογαριασμο μου βλεπω μια πληρωμη 34,99 προς την εταιρεια σας στις
12 Μαρτιου και δεν θυμαμαι να παρηγγειλα κατι. Τι ειναι;"""),
("es", "batidora-dinero", "Inés Marín <ines.marin@example.es>", "Muy descontenta", "billing", "",
"""La batidora que les compré pierde agua por abajo. No quiero otra, quiero
que me devuelvan lo que pagué."""),
("es", "tele-imagen", "Raúl Prieto <raul.prieto@example.es>", "Problema con la tele", "technical", "",
"""La televisión nueva tiene sonido pero no imagen desde anoche. La
desenchufamos una hora y nada, pantalla negra."""),
("es", "navidad", "Clara Soto <clara.soto@example.es>", "Navidad", "general", "",
"""Hola, ¿qué horario tienen en Navidad y Año Nuevo?"""),
("es", "paquete", "Hugo León <hugo.leon@example.es>", "¿Dónde está mi paquete?", "general", "",
"""Mi pedido tenía que llegar el martes y el seguimiento no se mueve desde
hace cuatro días. ¿Me pueden decir qué pasa?"""),
("es", "pago-desconocido", "Pilar Vega <pilar.vega@example.es>", "pago que no reconozco", "billing", "",
"""en mi cuenta aparece un pago de 34,99 a su empresa del 12 de marzo y no
recuerdo haber comprado nada. que es?"""),
("pl", "blender-pieniadze", "Natalia Sikora <natalia.s@example.pl>", "Reklamacja blendera", "billing", "",
"""Blender, który u Państwa kupiłam, przecieka od spodu. Nie chcę nowego,
proszę o zwrot pieniędzy."""),
("pl", "telewizor-obraz", "Jakub Baran <jakub.b@example.pl>", "Telewizor bez obrazu", "technical", "",
"""Nowy telewizor ma dźwięk, ale od wczoraj wieczorem nie ma obrazu.
Odłączyliśmy go na godzinę i dalej czarny ekran."""),
("pl", "swieta", "Iwona Górska <iwona.g@example.pl>", "Święta", "general", "",
"""Dzień dobry, w jakich godzinach będziecie otwarci w święta i w
Sylwestra?"""),
("pl", "paczka", "Łukasz Michalski <lukasz.m@example.pl>", "Gdzie jest moja paczka?", "general", "",
"""Zamówienie miało dojść we wtorek, a śledzenie przesyłki stoi od czterech
dni. Czy mogą Państwo sprawdzić, co się dzieje?"""),
("pl", "nieznana-platnosc", "Dorota Kubiak <dorota.k@example.pl>", "nieznana platnosc", "billing", "",
"""na wyciagu widze platnosc 34,99 zl na rzecz waszej firmy z 12 marca, a
nic nie zamawialam. co to jest?"""),
]

# ---- third batch, also written after the rules
M += [
("en", "cancel-subscription-charge", "Leo Grant <leo.grant@example.com>", "Cancelled but still paying", "billing", "",
"""I cancelled my membership in January but you took another 9.99 from my
account this month. Please stop taking payments and pay it back."""),
("en", "battery-drains", "Amy Lowe <amy.lowe@example.org>", "Battery", "technical", "",
"""The battery on the headphones lasts about twenty minutes now, it used
to last all day. Is there anything I can do or is it faulty?"""),
("en", "job", "Tariq Aziz <tariq.aziz@example.net>", "Summer job", "general", "",
"""Hello, I'm a student and I wondered if you take on extra staff for the
summer. I'd be happy to send my CV.
Tariq"""),
("el", "akyrosi-syndromis", "Λένα Σ. <lena.s@example.gr>", "Ακύρωση συνδρομής", "billing", "",
"""Ακύρωσα τη συνδρομή μου τον Ιανουάριο αλλά αυτόν τον μήνα μου πήρατε
πάλι 9,99 ευρώ από τον λογαριασμό. Σταματήστε τις πληρωμές και
επιστρέψτε μου το ποσό."""),
("el", "mpataria", "Παύλος Ρ. <pavlos.r@example.gr>", "Μπαταρία ακουστικών", "technical", "",
"""Η μπαταρία στα ακουστικά κρατάει πια μόνο είκοσι λεπτά, ενώ πριν κρατούσε
όλη μέρα. Μπορώ να κάνω κάτι ή είναι ελαττωματικά;"""),
("el", "douleia", "Ηλίας Φ. <ilias.f@example.gr>", "Καλοκαιρινή εργασία", "general", "",
"""Γεια σας, είμαι φοιτητής και θα ήθελα να μάθω αν παίρνετε προσωπικό για
το καλοκαίρι. Μπορώ να σας στείλω το βιογραφικό μου."""),
("es", "baja-suscripcion", "Óscar Peña <oscar.pena@example.es>", "Me di de baja y sigo pagando", "billing", "",
"""Me di de baja de la suscripción en enero pero este mes me han vuelto a
quitar 9,99 de la cuenta. Dejen de cobrarme y devuélvanme el importe."""),
("es", "bateria", "Sara Lozano <sara.lozano@example.es>", "Batería de los auriculares", "technical", "",
"""La batería de los auriculares ahora dura unos veinte minutos, antes
duraba todo el día. ¿Puedo hacer algo o vienen defectuosos?"""),
("es", "trabajo", "Mario Cano <mario.cano@example.es>", "Trabajo de verano", "general", "",
"""Hola, soy estudiante y quería saber si contratan personal para el
verano. Les puedo enviar mi currículum."""),
("pl", "anulowana-subskrypcja", "Tomasz Lis <tomasz.lis@example.pl>", "Anulowana subskrypcja", "billing", "",
"""Anulowałem subskrypcję w styczniu, a w tym miesiącu znowu ściągnęliście
z mojego konta 9,99 zł. Proszę przestać pobierać opłaty i oddać mi te
pieniądze."""),
("pl", "bateria", "Julia Wrona <julia.w@example.pl>", "Bateria w słuchawkach", "technical", "",
"""Bateria w słuchawkach wytrzymuje teraz około dwudziestu minut, a
wcześniej działała cały dzień. Czy mogę coś zrobić, czy są wadliwe?"""),
("pl", "praca", "Filip Nowicki <filip.n@example.pl>", "Praca na lato", "general", "",
"""Dzień dobry, jestem studentem i chciałbym zapytać, czy zatrudniacie
dodatkowe osoby na lato. Mogę przesłać CV."""),
]

# ---- batch 4 (issue 15): the failure classes of mail nobody tuned the
# rules for -- escalation demands, negations, Greeklish, a body that tells
# what the subject does not, cancelled paid subscriptions, urgent outages,
# praise -- plus everyday mail.  Written BEFORE the rules were changed for
# these classes (numbers 28-65 in en, 26-63 in el, es and pl).
include("batch4.py")

# ---- batch 5 (issue 15): written AFTER the rules were final, to measure
# them honestly (numbers 66-101 in en, 64-101 in el, es and pl).
include("batch5.py")
# ---- batch 6 (issue 15): written AFTER the second round of the rules, the
# honest figure of that round (numbers 102-120 in every language).
include("batch6.py")
# ---- batch 7 (issue 15): written AFTER the third round of the rules, the
# honest figure of that round (numbers 121-135 in every language).
include("batch7.py")
# ---- batch 8 (issue 15): written AFTER the fourth round of the rules, the
# honest figure of that round (numbers 136-147 in en, es, pl; 135-146 in el).
include("batch8.py")
# ---- batch 9 (issue 15): written AFTER the fifth round of the rules, the
# honest figure of the final rules (numbers 148-159 in en, es, pl;
# 147-158 in el).
include("batch9.py")
# ---- batch 10 (issue 15): written BEFORE the learned model was run on it,
# to measure keyword rules, model and combination on mail none was tuned
# or trained on (numbers 160-199 in en, es, pl; 159-198 in el).
include("batch10.py")
# ---- batch 11 (issue 15): written AFTER the learned model's rules were
# final and BEFORE they ran on it: their honest figure (numbers 200-219 in
# en, es, pl; 199-218 in el).
include("batch11.py")
# ---- batch 12 (issue 15): written BEFORE the rules and the learned model
# were changed for it: the same failure classes in new situations, plus
# everyday mail (numbers 220-259 in en, es, pl; 219-258 in el).
include("batch12.py")
# ---- batch 13 (issue 15): written with batch 12 and held out of the tree
# until the rules and the model (trained on batches 1-12) were final: the
# honest figure of what is shipped (numbers 260-299 in en, es, pl; 259-298
# in el).
include("batch13.py")
# ---- batch 14 (issue 15): written while round 3 was being tuned on batch
# 13, held out of the tree until round 3 (rules, model trained on batches
# 1-13) was final: its honest figure (numbers 300-339 in en, es, pl;
# 299-338 in el).
include("batch14.py")
# ---- batch 15 (issue 15): written while round 4 was being tuned on batch
# 14, held out of the tree until round 4 (rules, model trained on batches
# 1-14) was final: its honest figure (numbers 340-379 in en, es, pl;
# 339-378 in el).
include("batch15.py")
# ---- batch 16 (issue 15): written while round 5 was being tuned on batch
# 15, held out of the tree until round 5 (rules, model trained on batches
# 1-15) was final: its honest figure (numbers 380-419 in en, es, pl;
# 379-418 in el).
include("batch16.py")
# ---- wide batches (issue 15): 200 mails a language over about thirty
# kinds of business each (shops, travel, utilities, telecom, software,
# health, trades, leisure), written for training while the rules of
# round 6 were tuned on batch 16 and batch 17 was being written; neither
# they nor batch 17 saw the other.  Before they were read, round 6's
# rules with a model trained on batches 1-16 scored 84.4% both right on
# them (eval/40-wide-round6-honest.txt).
for _lang in ("en", "el", "es", "pl"):
    include("wide-%s.py" % _lang)
# ---- batch 17 (issue 15): written while round 6 was being tuned on batch
# 16 and the wide batches, held out of the tree until round 6 (rules,
# model trained on batches 1-16 and the wide batches) was final: its
# honest figure (numbers 620-659 in en, es, pl; 619-658 in el).
include("batch17.py")
# ---- second wide batches (issue 15): 200 mails a language over about
# twenty-five kinds of business the first ones left out (suppliers to
# firms, software, letting, leasing, repairs, subscriptions, council
# services), written for training while round 7 was tuned; before they
# were read, the rules of round 7 as they then stood with the model of
# round 6 scored 84.5% both right on them (eval/44-wide2-honest.txt).
for _lang in ("en", "el", "es", "pl"):
    include("wide2-%s.py" % _lang)
# ---- batch 18 (issue 15): written while round 7 was being tuned on batch
# 17 and the second wide batches, held out of the tree until round 7
# (rules, model trained on batches 1-17 and both wide batches) was
# final: its honest figure (numbers 860-899 in en, es, pl; 859-898 in
# el).  Its writer saw batch 17 once it was in the tree and steered
# clear of its situations.
include("batch18.py")
# ---- third wide batches (issue 15): 200 mails a language over about
# twenty-eight kinds of business neither earlier wide batch named
# (clinics, pharmacies, exams, camps, tours, car sharing, tolls,
# marketplaces, pay-later shops, newspapers, games, funerals, solar
# leasing, school meals...), written for training while round 8 was
# tuned; before they were read, round 8's rules as they then stood with
# the model of round 7 scored on them as eval/48-wide3-honest.txt says.
for _lang in ("en", "el", "es", "pl"):
    include("wide3-%s.py" % _lang)
# ---- batch 19 (issue 15): written while round 8 was being tuned on batch
# 18 and the third wide batches, without reading batches 17 and 18 or
# any wide batch, and held out of the tree until round 8 (rules, model
# trained on batches 1-18 and the three wide batches) was final: its
# honest figure.
include("batch19.py")
# ---- fourth wide batches (issue 15): 200 mails a language over about
# twenty-eight kinds of business none of the earlier batches named
# (estate agents, removals, insurance, opticians, party venues, nappy
# subscriptions, office services, student housing, ticket resale...),
# written for training while round 9 was tuned; before they were read,
# round 9's rules as they then stood with the model of round 8 scored on
# them as eval/52-wide4-honest.txt says.
for _lang in ("en", "el", "es", "pl"):
    include("wide4-%s.py" % _lang)
# ---- batch 20 (issue 15): written while round 9 was being tuned on batch
# 19 and the fourth wide batches, without reading batches 17-19 or any
# wide batch, and held out of the tree until round 9 (rules, model
# trained on batches 1-19 and the four wide batches) was final: its
# honest figure.
include("batch20.py")
# ---- batch 21 (issue 15): written while round 10 was being tuned on
# batch 20, without reading batches 17-20 or any wide batch, and held
# out of the tree until round 10 (rules, model trained on batches 1-20
# and the four wide batches) was final: its honest figure.  Its writer
# was asked for ordinary mail with words that alarm only in another
# sense, the class batch 20 showed, and given two of batch 20's
# examples ("llamas", an emergency cover product).
include("batch21.py")
# ---- batch 22 (issue 15): written while round 11 was being tuned on
# batch 21, reading only batches 13-16 for the conventions, and held
# out of the tree until round 11 (rules, model trained on batches 1-21
# and the four wide batches) was final: its honest figure.
include("batch22.py")
# ---- batch 23 (issue 15): written while round 12 was being tuned on
# batch 22, reading only batches 13-16 for the conventions, and held
# out of the tree until round 12 (rules, model trained on batches 1-22
# and the four wide batches) was final: its honest figure.
include("batch23.py")
# ---- batches 24 and 25 (issue 15): written by two writers apart, each
# reading only batches 13-16 for the conventions and given a different
# set of businesses, after round 12 was final; evaluated once with
# round 12's rules and model (trained on batches 1-23 and the four wide
# batches), unchanged: 320 more mails of its honest figure.
include("batch24.py")
include("batch25.py")
# ---- batches 26 and 27 (issue 15): written like batches 24 and 25, at
# the same time, by two more writers with businesses of their own, and
# held out of the tree until round 13 (rules tuned on batches 24-25,
# model trained on batches 1-25 and the four wide batches) was final:
# its honest figure.
include("batch26.py")
include("batch27.py")
# ---- batches 28 and 29 (issue 15): written by two more writers under
# the same brief, with businesses of their own, while round 14 was tuned
# on batches 26-27, and held out of the tree until round 14 (model
# trained on batches 1-27 and the four wide batches) was final: its
# honest figure.
include("batch28.py")
include("batch29.py")
# ---- batches 30 and 31 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 15 (model trained on
# batches 1-29 and the four wide batches) was final: its honest figure.
include("batch30.py")
include("batch31.py")
# ---- batches 32 and 33 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 16 (model trained on
# batches 1-31 and the four wide batches) was final: its honest figure.
include("batch32.py")
include("batch33.py")
# ---- batches 34 and 35 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 17 (model trained on
# batches 1-33 and the four wide batches) was final: its honest figure.
include("batch34.py")
include("batch35.py")
# ---- batches 36 and 37 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 18 (model trained on
# batches 1-35 and the four wide batches) was final: its honest figure.
include("batch36.py")
include("batch37.py")
# ---- batches 38 and 39 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 19 (model trained on
# batches 1-37 and the four wide batches) was final: its honest figure.
include("batch38.py")
include("batch39.py")
# ---- batches 40 and 41 (issue 15): two more writers, businesses of
# their own, held out of the tree until round 20 (model trained on
# batches 1-39 and the four wide batches) was final: its honest figure.
include("batch40.py")
include("batch41.py")
# ---- batches 101-112 (issue 15): twelve more writers under the same
# brief, each given kinds of business no earlier batch had drawn on
# (music and farming, business software, dentists and home nursing,
# sports clubs, tyres and breakdown cover, party hire, mattresses and
# coffee machines, pets, dating and DNA kits, universities and housing
# associations, food wholesale, travel extras): 1,920 mails written to
# grow what the model learns from.  Before that they were read once, as
# they came, by round 20's rules and model (eval/79): a blind read.
include("batch101.py")
include("batch102.py")
include("batch103.py")
include("batch104.py")
include("batch105.py")
include("batch106.py")
include("batch107.py")
include("batch108.py")
include("batch109.py")
include("batch110.py")
include("batch111.py")
include("batch112.py")
# ---- batches 42 and 43 (issue 15): two more writers, businesses of
# their own (42: nail salons, barbers, tattoo studios, cosmetic clinics,
# dry cleaners, tailors, pawn shops, auction houses; 43: boat charters,
# diving and surf schools, campsites, mountain huts, district heating,
# bulky-waste collection, chimney sweeps, visa services), written with
# batches 101-112 and held out of the tree until round 21 (rules tuned
# on batches 101-112, model trained on everything above) was final: its
# honest figure.
include("batch42.py")
include("batch43.py")
# ---- batches 113-124 (issue 15): twelve more writers, businesses no
# earlier batch had named (youth organisations, freight and packaging,
# builders and roofers, TV and landlines, fitness gear, money apps,
# children's activities, suppliers to restaurants and hotels, hire
# shops, health plans, vineyards and farm supplies, consumer software),
# written with batches 44 and 45 to grow what the model learns from, and
# read once, as they came, by round 21's rules and model (eval/82).
include("batch113.py")
include("batch114.py")
include("batch115.py")
include("batch116.py")
include("batch117.py")
include("batch118.py")
include("batch119.py")
include("batch120.py")
include("batch121.py")
include("batch122.py")
include("batch123.py")
include("batch124.py")
# ---- batches 44 and 45 (issue 15): two more writers, businesses of
# their own (44: print and copy shops, sign makers, trophy shops,
# framers, model railways, board-game cafes, comic and yarn shops,
# fishing tackle; 45: retirement villages, stairlifts, meals for older
# people, solar panel cleaning, home batteries, smart meters, heating
# oil, firewood and pellets), written with batches 113-124 and held out
# of the tree until round 22 (rules tuned on batches 113-124, model
# trained on everything above) was final: its honest figure.
include("batch44.py")
include("batch45.py")
# ---- batches 125-136 and 46-47 (issue 15): fourteen more writers under
# the same brief, businesses no earlier batch had named (125: hot tubs,
# pools, water softeners; 126: school software, exam boards, school
# trips; 127: car subscriptions, dashcams, detailing, towing; 128:
# galleries, pottery, art classes; 129: lab and maker suppliers; 130:
# self-publishing, literary agents, newsletters; 131: window, gutter and
# oven cleaning; 132: business broadband, VoIP, IT support; 133:
# department stores, outlets, loyalty schemes; 134: vehicle tax,
# licences, permits, certificates; 135: osteopaths, massage, retreats;
# 136: moving abroad, excess baggage, pet relocation; 46: flying
# schools, drones, balloon rides; 47: CCTV, guards, shredding), held out
# of the tree until round 23 (rules of round 22 with "score learned 7",
# model trained on everything above) was final: its honest figure, on
# 2,240 mails.
include("batch125.py")
include("batch126.py")
include("batch127.py")
include("batch128.py")
include("batch129.py")
include("batch130.py")
include("batch131.py")
include("batch132.py")
include("batch133.py")
include("batch134.py")
include("batch135.py")
include("batch136.py")
include("batch46.py")
include("batch47.py")
# ---- batches 48-55 (issue 15): eight more writers under the same
# brief, businesses no earlier batch had named (48: hall hire,
# celebrants, heritage railways; 49: ski and golf shops, fishing
# charters, stadium tours; 50: will writers, probate, mortgage and
# insurance brokers; 51: cooking classes, tastings, cake makers, ice
# cream; 52: nanny agencies, baby classes, car seat fitting; 53: chess,
# theatre, astronomy and family history clubs; 54: smart thermostats,
# robot vacuums, Wi-Fi and aerial installers; 55: taxi apps, school
# buses, airport transfers), held out of the tree until round 24 (rules
# tuned on batches 125-136, 46 and 47, model trained on everything
# above) was final: its honest figure, on 1,280 mails.
include("batch48.py")
include("batch49.py")
include("batch50.py")
include("batch51.py")
include("batch52.py")
include("batch53.py")
include("batch54.py")
include("batch55.py")
# ---- batches 56-63 (issue 15): eight more writers under the same
# brief, businesses no earlier batch had named (56: allotments, garden
# rooms, artificial grass, lawn care; 57: conference venues, trade
# stands, team-building days; 58: refurbished phones, vintage clothes,
# trade-in schemes; 59: online degrees, evening classes, bootcamps,
# first-aid courses; 60: pet sitting apps, pet cremation, microchip
# databases; 61: refill shops, nappy, water and gas bottle delivery; 62:
# museum shops, livestreams, theatre apps, digital library cards; 63:
# electricians, glaziers, upholsterers, restorers), written after
# batches 48-55 were read and read once by round 24 exactly as it read
# them (no rule or model changed between): a second blind read of the
# same rules, on 1,280 more mails.
include("batch56.py")
include("batch57.py")
include("batch58.py")
include("batch59.py")
include("batch60.py")
include("batch61.py")
include("batch62.py")
include("batch63.py")
# ---- batches 64-71 (issue 15): eight more writers under the same
# brief, businesses no earlier batch had named (64: wedding planners,
# bridal make-up, ring resizing; 65: swimming clubs, water parks,
# paddleboards; 66: stationery, printer leasing, franking machines; 67:
# conveyancers, house clearance, change-of-address services; 68:
# paediatric clinics, formula subscriptions, baby monitors; 69: vehicle
# inspections, windscreens, car keys, parking apps; 70: online
# supermarkets, farm boxes, zero-waste grocers; 71: holiday parks,
# cruises, villas, coach tours), held out of the tree until round 25
# (rules tuned on batches 48-63, model trained on everything above) was
# final: its honest figure, on 1,280 mails.
include("batch64.py")
include("batch65.py")
include("batch66.py")
include("batch67.py")
include("batch68.py")
include("batch69.py")
include("batch70.py")
include("batch71.py")

# ---- batches 72-79 (issue 15): eight more writers under the same
# brief (72: funeral directors, memorial masons, funeral plans; 73:
# parcel comparison, PO boxes, parcel lockers; 74: hearing aids, eye
# clinics, glasses online; 75: made-to-measure suits, workwear, clothing
# rental; 76: co-working, temp agencies, job boards, workplace pensions;
# 77: boiler plans, heat pumps, wood burners, insulation; 78: trampoline
# parks, theme parks, zoos, go-karting; 79: prepaid SIMs, fibre
# installers, number porting, travel routers), held out of the tree
# until round 26 (rules tuned on batches 64-71, model trained on
# everything above) was final: its honest figure, on 1,280 mails.
include("batch72.py")
include("batch73.py")
include("batch74.py")
include("batch75.py")
include("batch76.py")
include("batch77.py")
include("batch78.py")
include("batch79.py")

# ---- batches 80-87 (issue 15): eight more writers under the same
# brief (80: spray tans, lash extensions, teeth whitening; 81: board-game
# subscriptions, card shops, gaming cafés, bingo sites; 82: appliance
# repairs, extended warranties, spare parts; 83: paintball, zip lines,
# quad bikes, rafting; 84: photo books, engraved jewellery, personalised
# gifts; 85: home care, day centres, mobility scooters; 86: business
# energy, generator hire, LED retrofits; 87: car ferries, bike hire,
# coaches, season tickets), held out of the tree until round 27 (rules
# tuned on batches 72-79, model trained on everything above) was final:
# its honest figure, on 1,280 mails.
include("batch80.py")
include("batch81.py")
include("batch82.py")
include("batch83.py")
include("batch84.py")
include("batch85.py")
include("batch86.py")
include("batch87.py")

# ---- batches 88-95 (issue 15): eight more writers under the same
# brief (88: photo restoration, tape digitising, portrait studios; 89:
# launderettes, key cutting, bike repairs, sharpening; 90: mortgages,
# credit cards, buy-now-pay-later, debt collectors; 91: equine vets,
# livery yards, farriers, rescue shelters; 92: ticket resale, festival
# wristbands, rehearsal rooms, karaoke; 93: student loans, halls, exam
# resits, graduation gowns; 94: ride-on mowers, garden waste, pond
# pumps, log cabins; 95: online GPs, prescription apps, smart scales,
# blood pressure monitors), held out of the tree until round 28 (rules
# tuned on batches 80-87, model trained on everything above) was final:
# its honest figure, on 1,280 mails.
include("batch88.py")
include("batch89.py")
include("batch90.py")
include("batch91.py")
include("batch92.py")
include("batch93.py")
include("batch94.py")
include("batch95.py")

# ---- batches 137-144 (issue 15): eight more writers under the same
# brief (137: personal trainers, boxing gyms, cycling clubs; 138:
# worktops, tilers, plasterers, skylights; 139: craft beer, wine
# merchants, office catering, food trucks; 140: nurseries, children's
# entertainers, kids' smartwatches; 141: hostels, visa agencies,
# campervans, lost luggage; 142: hosting, email marketing, booking apps,
# domain transfers; 143: chiropody, walk-in clinics, travel vaccines,
# private scans; 144: letting agents, block management, deposit schemes,
# residents' parking), held out of the tree until round 29 (rules tuned
# on batches 88-95, model trained on everything above) was final: its
# honest figure, on 1,280 mails.
include("batch137.py")
include("batch138.py")
include("batch139.py")
include("batch140.py")
include("batch141.py")
include("batch142.py")
include("batch143.py")
include("batch144.py")

# ---- batches 145-152 (issue 15): eight more writers under the same
# brief (145: day spas, massage chains, wig makers, tanning; 146: van
# leasing, fuel cards, tachographs, vehicle tracking; 147: furniture
# marketplaces, lighting, rugs, beds; 148: food banks, charity shops,
# community transport, local papers; 149: hearing clinics, podiatrists,
# private GPs, weight-loss clinics; 150: locksmiths, gate automation,
# fencing, driveways; 151: rural broadband, satellite internet, IPTV,
# Wi-Fi extenders; 152: charity runs, wedding venues, proms, village
# fetes), held out of the tree until round 30 (rules tuned on batches
# 137-144, model trained on everything above) was final: its honest
# figure, on 1,280 mails.
include("batch145.py")
include("batch146.py")
include("batch147.py")
include("batch148.py")
include("batch149.py")
include("batch150.py")
include("batch151.py")
include("batch152.py")

# ---- batches 153-160 (issue 15): eight more writers under the same
# brief (153: pharmacies, online chemists, mobility aids; 154: gadget,
# travel, home emergency and wedding insurance; 155: online music and
# coding lessons, revision apps, e-book libraries; 156: MOT garages,
# body repairs, air-con regas, recovery; 157: milk rounds, veg boxes,
# ready meals, bottled gas; 158: boutique and spa hotels, B&Bs, hotel
# parking; 159: trams, metro cards, park and ride, bus passes; 160:
# office printing, shredding, cleaning, meeting rooms), held out of the
# tree until round 31 (rules tuned on batches 145-152, model trained on
# everything above) was final: its honest figure, on 1,280 mails.
include("batch153.py")
include("batch154.py")
include("batch155.py")
include("batch156.py")
include("batch157.py")
include("batch158.py")
include("batch159.py")
include("batch160.py")

# ---- batches 161-168 (issue 15): eight more writers under the same
# brief (161: sewing machines, knitting boxes, woodworking courses; 162:
# dog walkers, house sitters, doulas, handymen for pensioners; 163:
# commercial roofing, fire alarms, lift contracts, shutters; 164:
# headphones, e-readers, drones, gaming PCs; 165: council tax, bins,
# library fines, street lighting; 166: driving ranges, ice rinks,
# climbing walls, riding schools; 167: school meals, canteen apps,
# meal cards, event caterers; 168: immigration advisers, translations,
# powers of attorney, online divorces), held out of the tree until round
# 32 (rules tuned on batches 153-160, model trained on everything
# above) was final: its honest figure, on 1,280 mails.
include("batch161.py")
include("batch162.py")
include("batch163.py")
include("batch164.py")
include("batch165.py")
include("batch166.py")
include("batch167.py")
include("batch168.py")

# ---- batches 169-176 (issue 15): eight more writers under the same
# brief (169: water meters, sewers, septic tanks, leak detection; 170:
# business loans, card terminals, factoring, payroll; 171: ski schools,
# safaris, canal boats, island ferries; 172: phone, laptop, TV and
# e-bike repairs; 173: speech therapists, dyslexia tutors, special
# needs transport; 174: cashback and price comparison sites, auction
# apps, gift card exchanges; 175: dance schools, theatre workshops,
# choirs, stage schools; 176: smoke alarms, alarm monitoring, video
# doorbells, safes), held out of the tree until round 32's rules and a
# model of everything above were final, read by the model as the
# trainer made it before and after its full table was mended.
include("batch169.py")
include("batch170.py")
include("batch171.py")
include("batch172.py")
include("batch173.py")
include("batch174.py")
include("batch175.py")
include("batch176.py")

count = {}
for lang, slug, frm, subj, queue, prio, body in M:
    count[lang] = count.get(lang, 0) + 1
    d = os.path.join(here, lang)
    os.makedirs(d, exist_ok=True)
    n = count[lang]
    hdr = [
        "From: " + frm,
        "To: Support <support@shop.example>",
        "Subject: " + subj,
        "Date: Mon, %02d Sep 2024 10:%02d:00 +0200" % ((n - 1) % 28 + 1, n * 3 % 60),
        "Message-ID: <%s-%s-%d@mail.example>" % (lang, slug, n),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "X-Expect-Queue: " + queue,
        "X-Expect-Language: " + lang,
    ]
    if prio:
        hdr.append("X-Expect-Priority: " + prio)
    with open(os.path.join(d, "%02d-%s.eml" % (n, slug)), "w") as f:
        f.write("\n".join(hdr) + "\n\n" + body + "\n")
