# batch11.py -- read by gen.py: labelled mails written AFTER the learned
# model's rules were final (no learned-high rule) and BEFORE they were run
# on them: the honest figure of the shipped combination (issue 15).  The
# failure classes again, in new situations.
M += [
# ---------------- English ----------------
("en", "blender-burning", "Nina Cole <nina.cole@example.com>", "Blender", "technical", "high",
"""There's a burning smell from the blender after a few seconds and the
blades slow right down."""),
("en", "cancelled-yearly-bank", "Frank Hale <frank.hale@example.co.uk>", "Yearly plan", "billing", "high",
"""I cancelled the yearly plan in good time and you still took 89 pounds.
If it isn't refunded this week I'll ask my bank for a chargeback."""),
("en", "no-refund-drawers", "Ruth Ames <ruth.ames@example.net>", "Bed frame", "technical", "",
"""I don't want a refund, the bed arrived fine, but I can't work out how
the drawers fit onto the runners. The instructions skip that step."""),
("en", "re-case-replacement-refund", "Mark Tully <mark.tully@example.com>", "Re: [CS-2231] your reply", "billing", "",
"""The replacement broke as well after two days. I just want my money
back now, please."""),
("en", "urgent-checkout-error", "Webshop <admin@pottery.example>", "URGENT checkout", "technical", "high",
"""URGENT: the checkout page you host for us gives an error since this
morning and customers cannot pay. Please fix it straight away."""),
("en", "praise-call-centre", "Edith Moore <edith.moore@example.org>", "Phone call today", "general", "",
"""The lady I spoke to on the phone this morning was so patient with me.
Please tell her how much I appreciated it."""),
("en", "manager-invoice-third", "Accounts <accounts@harwood.example>", "Invoice again", "billing", "high",
"""This is the third invoice in a row with the wrong amount. I want your
manager to deal with this personally."""),
("en", "delivery-slot", "Sara Lin <sara.lin@example.com>", "Delivery", "general", "",
"""Could the delivery on Thursday come in the afternoon instead of the
morning? Nobody is home before 2."""),
("en", "stop-magazine", "Hugh Dale <hugh.dale@example.net>", "Magazine", "billing", "",
"""Please end my paid subscription to the monthly magazine after this
issue and don't renew it."""),
("en", "vacuum-battery", "Lena Ford <lena.ford@example.com>", "Cordless vacuum", "technical", "",
"""The cordless vacuum doesn't hold its charge any more, it runs for two
minutes and dies."""),
("en", "shipped-yet", "Tom Grey <tom.grey@example.com>", "Order 66120", "general", "",
"""Has my order been sent out yet? I ordered on Monday."""),
("en", "cheaper-elsewhere", "Vera Page <vera.page@example.co.uk>", "Price", "billing", "",
"""I've seen the same coffee table 40 pounds cheaper in another shop. You
promise to match prices, so please give me the difference back."""),
("en", "tablet-flicker", "Omar Said <omar.said@example.net>", "Tablet", "technical", "",
"""The screen of my tablet flickers and goes dark when I turn the
brightness down."""),
("en", "ombudsman-refund", "Peter Crane <peter.crane@example.co.uk>", "Complaint", "billing", "high",
"""Eight weeks and still no refund for the returned sofa. I've contacted
the ombudsman and my lawyer is ready to act."""),
("en", "thanks-repair", "Gail Wren <gail.wren@example.com>", "Thank you", "general", "",
"""My watch came back from repair in four days and looks new. Great
job, thank you."""),
("en", "back-in-stock", "Ivan Bell <ivan.bell@example.net>", "Red kettle", "general", "",
"""When will the red kettle be back in stock?"""),
("en", "bulb-wifi", "Sue Park <sue.park@example.com>", "Smart bulbs", "technical", "",
"""The smart bulbs keep dropping off the wifi every evening and I have to
reset them."""),
("en", "team-no-email", "Office <office@lindenlaw.example>", "No email at all", "technical", "high",
"""Since your migration last night none of us in the office receive any
emails. This is an emergency, we are missing court deadlines."""),
("en", "not-technical-cartridges", "Joe Marsh <joe.marsh@example.com>", "Cartridges", "billing", "",
"""It's not a technical problem, the printer works fine. You charged me
for two ink cartridges but only one was in the box."""),
("en", "gift-card-balance", "Amy Lowe <amy.lowe@example.org>", "Gift card", "general", "",
"""How can I check how much is left on my gift card?"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "mplenter-kamena", "Νίνα Κ. <nina.k@example.gr>", "Μπλέντερ", "technical", "high",
"""Το μπλέντερ μυρίζει καμένο μετά από λίγα δευτερόλεπτα και οι λεπίδες
κόβουν ταχύτητα."""),
("el", "gl-etisio-trapeza", "Fotis X. <fotis.x@example.gr>", "Etisio paketo", "billing", "high",
"""Akyrwsa to etisio paketo egkaira kai parolo auta mou pirate 89 eurw.
An den mou ta epistrepsete auth thn evdomada 8a zhthsw apo thn trapeza
na akyrwsei th synallagh."""),
("el", "oxi-epistrofi-syrtaria", "Ρούλα Α. <roula.a@example.gr>", "Κρεβάτι", "technical", "",
"""Δεν θέλω επιστροφή χρημάτων, το κρεβάτι ήρθε μια χαρά, αλλά δεν
καταλαβαίνω πώς μπαίνουν τα συρτάρια στους οδηγούς. Οι οδηγίες το
παραλείπουν."""),
("el", "re-antikatastasi-lefta", "Μάρκος Τ. <markos.t@example.gr>", "Re: [CS-2231] η απάντησή σας", "billing", "",
"""Και το ανταλλακτικό χάλασε μετά από δύο μέρες. Θέλω απλώς τα λεφτά μου
πίσω τώρα, παρακαλώ."""),
("el", "gl-epeigon-tameio-eshop", "Eshop Keramika <admin@keramika.example>", "EPEIGON tameio", "technical", "high",
"""EPEIGON: h selida plhrwmhs pou filoxeneite gia mas bgazei sfalma apo to
prwi kai oi pelates den mporoun na plhrwsoun. Ftia3te to amesws."""),
("el", "epainos-tilefono", "Έφη Μ. <efi.m@example.gr>", "Τηλεφώνημα σήμερα", "general", "",
"""Η κυρία που μίλησα στο τηλέφωνο σήμερα το πρωί ήταν τόσο υπομονετική
μαζί μου. Πείτε της πόσο το εκτίμησα."""),
("el", "proistamenos-timologio", "Λογιστήριο <logistirio@xarwood.example>", "Πάλι τιμολόγιο", "billing", "high",
"""Είναι το τρίτο συνεχόμενο τιμολόγιο με λάθος ποσό. Θέλω να ασχοληθεί
προσωπικά ο προϊστάμενός σας."""),
("el", "gl-wra-paradoshs", "Sara L. <sara.l@example.gr>", "Paradosh", "general", "",
"""Mporei h paradosh ths Pempths na ginei to apogeuma anti gia to prwi?
Den einai kaneis spiti prin tis 2."""),
("el", "stop-periodiko", "Ηλίας Ν. <ilias.n@example.gr>", "Περιοδικό", "billing", "",
"""Παρακαλώ τερματίστε τη συνδρομή μου στο μηνιαίο περιοδικό μετά από αυτό
το τεύχος και μην την ανανεώσετε."""),
("el", "skoupa-mpataria", "Λένα Φ. <lena.f@example.gr>", "Ασύρματη σκούπα", "technical", "",
"""Η ασύρματη σκούπα δεν κρατάει πια φόρτιση, δουλεύει δύο λεπτά και
σβήνει."""),
("el", "gl-estalh-h-paraggelia", "Thanos G. <thanos.g@example.gr>", "Paraggelia 66120", "general", "",
"""Exei fygei akoma h paraggelia mou? Thn ekana th Deutera."""),
("el", "ftinotero-allou", "Βέρα Π. <vera.p@example.gr>", "Τιμή", "billing", "",
"""Είδα το ίδιο τραπεζάκι 40 ευρώ φθηνότερα σε άλλο κατάστημα. Υπόσχεστε
ίδια τιμή, οπότε δώστε μου πίσω τη διαφορά."""),
("el", "tablet-trembei", "Όμηρος Σ. <omiros.s@example.gr>", "Τάμπλετ", "technical", "",
"""Η οθόνη του τάμπλετ τρεμοπαίζει και σκοτεινιάζει όταν χαμηλώνω τη
φωτεινότητα."""),
("el", "gl-synhgoros-katanalwth", "Petros K. <petros.k@example.gr>", "Parapono", "billing", "high",
"""Oktw evdomades kai akoma kamia epistrofh xrhmatwn gia ton kanape pou
epestrepsa. Apey8yn8hka ston synhgoro tou katanalwth kai o dikhgoros mou
einai etoimos."""),
("el", "efxaristo-episkeui", "Γαρυφαλλιά Β. <garyfallia.v@example.gr>", "Ευχαριστώ", "general", "",
"""Το ρολόι μου γύρισε από την επισκευή σε τέσσερις μέρες και είναι σαν
καινούργιο. Μπράβο σας, ευχαριστώ."""),
("el", "ksana-se-apothema", "Ιβάν Μ. <ivan.m@example.gr>", "Κόκκινος βραστήρας", "general", "",
"""Πότε θα ξαναέρθει σε απόθεμα ο κόκκινος βραστήρας;"""),
("el", "gl-lampes-wifi", "Sofia P. <sofia.p@example.gr>", "Exypnes lampes", "technical", "",
"""Oi e3ypnes lampes xanoun synexeia to wifi ka8e vrady kai prepei na tis
kanw reset."""),
("el", "grafeio-xoris-email", "Γραφείο <grafeio@nomikoi-linden.example>", "Καθόλου email", "technical", "high",
"""Από τη μετάπτωση που κάνατε χθες το βράδυ κανείς στο γραφείο δεν
λαμβάνει email. Είναι έκτακτη ανάγκη, χάνουμε προθεσμίες δικαστηρίων."""),
("el", "oxi-texniko-melania", "Γιώργος Μ. <giorgos.m@example.gr>", "Μελάνια", "billing", "",
"""Δεν είναι τεχνικό πρόβλημα, ο εκτυπωτής δουλεύει κανονικά. Με
χρεώσατε για δύο μελάνια αλλά στο κουτί ήταν μόνο ένα."""),
("el", "dorokarta-ypoloipo", "Αμαλία Λ. <amalia.l@example.gr>", "Δωροκάρτα", "general", "",
"""Πώς μπορώ να δω πόσα χρήματα έχουν μείνει στη δωροκάρτα μου;"""),
# ---------------- Spanish ----------------
("es", "batidora-quemado", "Nina Costa <nina.costa@example.es>", "Batidora", "technical", "high",
"""La batidora huele a quemado a los pocos segundos y las cuchillas van
cada vez más lentas."""),
("es", "anual-banco-contracargo", "Francisco Hidalgo <francisco.hidalgo@example.es>", "Plan anual", "billing", "high",
"""Cancelé el plan anual a tiempo y aun así me cobraron 89 euros. Si no me
lo devuelven esta semana pediré a mi banco que lo anule."""),
("es", "no-reembolso-cajones", "Rut Aguado <rut.aguado@example.es>", "Cama", "technical", "",
"""No quiero un reembolso, la cama llegó bien, pero no consigo entender
cómo van los cajones en las guías. Las instrucciones se saltan ese paso."""),
("es", "re-caso-sustitucion-dinero", "Marcos Toledo <marcos.toledo@example.es>", "Re: [CS-2231] su respuesta", "billing", "",
"""El de sustitución también se rompió a los dos días. Ahora solo quiero
que me devuelvan el dinero, por favor."""),
("es", "urgente-pago-tienda-online", "Tienda web <admin@ceramica.example>", "URGENTE pasarela", "technical", "high",
"""URGENTE: la página de pago que nos alojan da error desde esta mañana y
los clientes no pueden pagar. Arréglenlo ya."""),
("es", "elogio-telefono", "Elena Mora <elena.mora@example.es>", "Llamada de hoy", "general", "",
"""La señora con la que hablé por teléfono esta mañana tuvo muchísima
paciencia conmigo. Díganle cuánto se lo agradezco."""),
("es", "jefe-factura-tercera", "Contabilidad <conta@harwood.example>", "Otra factura", "billing", "high",
"""Es la tercera factura seguida con el importe equivocado. Quiero que se
ocupe personalmente su jefe."""),
("es", "franja-entrega", "Sara León <sara.leon@example.es>", "Entrega", "general", "",
"""¿La entrega del jueves puede ser por la tarde en vez de por la mañana?
No hay nadie en casa antes de las 2."""),
("es", "baja-revista", "Hugo Dalmau <hugo.dalmau@example.es>", "Revista", "billing", "",
"""Por favor, den de baja mi suscripción de pago a la revista mensual
después de este número y no la renueven."""),
("es", "aspiradora-bateria", "Lena Fuentes <lena.fuentes@example.es>", "Aspiradora sin cable", "technical", "",
"""La aspiradora sin cable ya no aguanta la carga, funciona dos minutos y
se apaga."""),
("es", "ya-enviado", "Tomás Gris <tomas.gris@example.es>", "Pedido 66120", "general", "",
"""¿Ya han enviado mi pedido? Lo hice el lunes."""),
("es", "mas-barato-otra-tienda", "Vera Pastor <vera.pastor@example.es>", "Precio", "billing", "",
"""He visto la misma mesa de centro 40 euros más barata en otra tienda.
Prometen igualar precios, así que devuélvanme la diferencia."""),
("es", "tableta-parpadea", "Omar Saíd <omar.said@example.es>", "Tableta", "technical", "",
"""La pantalla de mi tableta parpadea y se oscurece cuando bajo el
brillo."""),
("es", "consumo-abogado", "Pedro Grullón <pedro.grullon@example.es>", "Reclamación", "billing", "high",
"""Ocho semanas y aún sin reembolso del sofá devuelto. He acudido a la
oficina de consumo y mi abogado está listo para actuar."""),
("es", "gracias-reparacion", "Gala Ruiz <gala.ruiz@example.es>", "Gracias", "general", "",
"""Mi reloj volvió de la reparación en cuatro días y parece nuevo. Buen
trabajo, gracias."""),
("es", "vuelve-stock", "Iván Bello <ivan.bello@example.es>", "Hervidor rojo", "general", "",
"""¿Cuándo vuelve a haber stock del hervidor rojo?"""),
("es", "bombillas-wifi", "Susana Parra <susana.parra@example.es>", "Bombillas inteligentes", "technical", "",
"""Las bombillas inteligentes se desconectan del wifi todas las noches y
tengo que reiniciarlas."""),
("es", "oficina-sin-correo", "Oficina <oficina@bufetelinden.example>", "Nada de correo", "technical", "high",
"""Desde la migración que hicieron anoche nadie en la oficina recibe
correos. Es una emergencia, se nos pasan plazos judiciales."""),
("es", "no-tecnico-cartuchos", "José Marín <jose.marin@example.es>", "Cartuchos", "billing", "",
"""No es un problema técnico, la impresora funciona bien. Me cobraron dos
cartuchos de tinta pero en la caja solo venía uno."""),
("es", "saldo-tarjeta-regalo", "Amalia López <amalia.lopez@example.es>", "Tarjeta regalo", "general", "",
"""¿Cómo puedo ver cuánto saldo me queda en la tarjeta regalo?"""),
# ---------------- Polish ----------------
("pl", "blender-spalenizna", "Nina Kowal <nina.kowal@example.pl>", "Blender", "technical", "high",
"""Po kilku sekundach z blendera czuć spaleniznę, a ostrza mocno zwalniają."""),
("pl", "roczny-bank-chargeback", "Franciszek Hałas <franciszek.halas@example.pl>", "Plan roczny", "billing", "high",
"""Anulowałem plan roczny w terminie, a mimo to pobraliście 89 zł. Jeśli
nie oddacie pieniędzy w tym tygodniu, złożę w banku wniosek o chargeback."""),
("pl", "nie-zwrot-szuflady", "Rut Adamska <rut.adamska@example.pl>", "Łóżko", "technical", "",
"""Nie chcę zwrotu pieniędzy, łóżko dotarło w porządku, ale nie mogę
zrozumieć, jak szuflady wchodzą na prowadnice. Instrukcja pomija ten krok."""),
("pl", "re-sprawa-wymiana-pieniadze", "Marek Tylka <marek.tylka@example.pl>", "Re: [CS-2231] wasza odpowiedź", "billing", "",
"""Egzemplarz z wymiany też zepsuł się po dwóch dniach. Teraz chcę już
tylko odzyskać pieniądze."""),
("pl", "pilne-platnosci-sklep", "Sklep www <admin@ceramika.example>", "PILNE płatności", "technical", "high",
"""PILNE: strona płatności, którą dla nas hostujecie, od rana pokazuje błąd
i klienci nie mogą zapłacić. Naprawcie to natychmiast."""),
("pl", "pochwala-infolinia", "Edyta Mazur <edyta.mazur@example.pl>", "Dzisiejsza rozmowa", "general", "",
"""Pani, z którą rozmawiałam dziś rano przez telefon, była dla mnie bardzo
cierpliwa. Proszę jej przekazać, jak bardzo to doceniam."""),
("pl", "kierownik-faktura-trzecia", "Księgowość <ksiegowosc@harwood.example>", "Znowu faktura", "billing", "high",
"""To już trzecia z rzędu faktura z błędną kwotą. Chcę, żeby zajął się tym
osobiście wasz kierownik."""),
("pl", "godzina-dostawy", "Sara Lis <sara.lis@example.pl>", "Dostawa", "general", "",
"""Czy czwartkowa dostawa może być po południu zamiast rano? Przed 14
nikogo nie ma w domu."""),
("pl", "koniec-prenumeraty", "Hubert Dal <hubert.dal@example.pl>", "Czasopismo", "billing", "",
"""Proszę zakończyć moją płatną prenumeratę miesięcznika po tym numerze i
jej nie odnawiać."""),
("pl", "odkurzacz-bateria", "Lena Florek <lena.florek@example.pl>", "Odkurzacz bezprzewodowy", "technical", "",
"""Odkurzacz bezprzewodowy nie trzyma już baterii, działa dwie minuty i
gaśnie."""),
("pl", "czy-wyslane", "Tomasz Szary <tomasz.szary@example.pl>", "Zamówienie 66120", "general", "",
"""Czy moje zamówienie zostało już wysłane? Zamawiałem w poniedziałek."""),
("pl", "taniej-gdzie-indziej", "Wera Pawlik <wera.pawlik@example.pl>", "Cena", "billing", "",
"""Widziałam ten sam stolik kawowy o 40 zł taniej w innym sklepie.
Obiecujecie wyrównanie ceny, więc proszę oddać mi różnicę."""),
("pl", "tablet-migocze", "Omar Sadek <omar.sadek@example.pl>", "Tablet", "technical", "",
"""Ekran tabletu migocze i ciemnieje, kiedy zmniejszam jasność."""),
("pl", "rzecznik-prawnik", "Piotr Żuraw <piotr.zuraw@example.pl>", "Reklamacja", "billing", "high",
"""Osiem tygodni i wciąż brak zwrotu pieniędzy za oddaną sofę. Zgłosiłem
sprawę rzecznikowi konsumentów, a mój prawnik jest gotowy działać."""),
("pl", "dziekuje-naprawa", "Gabriela Wróbel <gabriela.wrobel@example.pl>", "Dziękuję", "general", "",
"""Mój zegarek wrócił z naprawy po czterech dniach i wygląda jak nowy.
Dobra robota, dziękuję."""),
("pl", "znow-dostepny", "Iwan Bielski <iwan.bielski@example.pl>", "Czerwony czajnik", "general", "",
"""Kiedy czerwony czajnik będzie znowu dostępny?"""),
("pl", "zarowki-wifi", "Zuzanna Pak <zuzanna.pak@example.pl>", "Inteligentne żarówki", "technical", "",
"""Inteligentne żarówki co wieczór tracą połączenie z wifi i muszę je
resetować."""),
("pl", "biuro-bez-poczty", "Biuro <biuro@kancelarialinden.example>", "Brak poczty", "technical", "high",
"""Od waszej wczorajszej migracji nikt w biurze nie dostaje maili. To
sytuacja awaryjna, mijają nam terminy sądowe."""),
("pl", "nie-techniczny-tusze", "Józef Marek <jozef.marek@example.pl>", "Tusze", "billing", "",
"""To nie jest problem techniczny, drukarka działa dobrze. Pobraliście
opłatę za dwa tusze, a w pudełku był tylko jeden."""),
("pl", "saldo-karty-podarunkowej", "Amelia Lis <amelia.lis@example.pl>", "Karta podarunkowa", "general", "",
"""Jak mogę sprawdzić, ile zostało na mojej karcie podarunkowej?"""),
]
