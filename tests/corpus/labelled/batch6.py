# batch6.py -- read by gen.py: labelled mails written AFTER the second
# round of the example rules (issue 15); their score is the honest figure
# of that round.
M += [
# ---------------- English ----------------
("en", "gas-hob-manager", "Lorna Fisher <lorna.f@example.co.uk>", "Hob", "technical", "high",
"""Two burners on the gas hob won't light, the clicking goes on but no
flame. Third time I've reported it. I need to speak with a supervisor
today."""),
("en", "not-invoice-delivery-damage", "Yusuf Ali <yusuf.ali@example.com>", "Table", "billing", "",
"""The table arrived with a deep scratch across the top. I'd like a
replacement sent out, or a partial refund if that's quicker."""),
("en", "paid-already-not-shipped", "Bella Ng <bella.ng@example.org>", "Order not shipped", "general", "",
"""Payment has gone through fine, I can see it on my banking app, but the
order still shows "processing" after a week. When will it be sent?"""),
("en", "no-money-just-manual", "Terry Cox <terry.cox@example.com>", "Manual", "technical", "",
"""I'm not after money back. Where can I download the manual for the
espresso machine? The descaling light won't go off."""),
("en", "re-order-cancel-gym", "Priya Nair <priya.nair@example.com>", "Re: your account", "billing", "",
"""Please cancel my fitness app subscription, I signed up for the trial and
didn't mean to keep it."""),
("en", "shop-tills-down", "Manager <manager@cornerdeli.example>", "Tills", "technical", "high",
"""Both tills froze at opening and won't boot, we can only take cash. This
is our busiest day, please ring me immediately."""),
("en", "praise-repair", "Doreen Platt <doreen.p@example.com>", "Thank you", "general", "",
"""Thank you for fixing my sewing machine so quickly and for free. Your
technician was lovely."""),
("en", "solicitor-faulty", "Mark Tate <mark.tate@example.co.uk>", "Faulty boiler", "technical", "high",
"""The boiler you fitted has failed four times this winter and we have had
no heating for days with a newborn. My solicitor is now involved."""),
("en", "hi-gift-card-balance", "Elsa Bond <elsa.bond@example.com>", "Hi", "general", "",
"""How can I check the balance on a gift card I was given for my
birthday?"""),
("en", "charged-after-cancel", "Ryan Holt <ryan.holt@example.net>", "Still charged", "billing", "",
"""I cancelled the order an hour after placing it and got an email saying
it was cancelled, but the money has still been taken from my account."""),
("en", "account-locked", "Hana Sato <hana.sato@example.com>", "Locked out", "technical", "",
"""My account got locked after I typed the wrong code, and the unlock email
never arrives."""),
("en", "complaint-ceo", "Brian Lowe <brian.lowe@example.co.uk>", "For the attention of the CEO", "billing", "high",
"""Six weeks and four promises of a refund later, I am writing to ask that
your director looks at this personally. Order 612204."""),
("en", "recycle-old-fridge", "Sally Kerr <sally.kerr@example.com>", "Old fridge", "general", "",
"""When you deliver the new fridge, will you take the old one away for
recycling?"""),
("en", "invoice-address-wrong", "Office <office@mapleandco.example>", "Invoice address", "billing", "",
"""The billing address on last month's invoice is our old office. Please
send an amended copy to the new address."""),
("en", "tv-app-crash", "Dev Shah <dev.shah@example.net>", "TV apps", "technical", "",
"""Every app on the smart TV closes itself after a few seconds since
yesterday. I've unplugged it already."""),
("en", "thanks-not-complaint", "Joan Berry <joan.berry@example.com>", "Not a complaint!", "general", "",
"""Not a complaint for once - the new blender is fantastic and the
delivery was early. Keep it up."""),
("en", "double-subscription", "Ahmed Musa <ahmed.musa@example.com>", "Two subscriptions", "billing", "",
"""It looks like I have two subscriptions running for the same magazine,
I'm paying twice a month. Please cancel one and refund the extra."""),
("en", "warehouse-scanners", "Logistics <logistics@fastparts.example>", "All scanners offline", "technical", "high",
"""Since the update this morning all of our handheld scanners are offline
and the warehouse has stopped. Need a fix urgently."""),
("en", "size-guide", "Mina Cho <mina.cho@example.com>", "Sizes", "general", "",
"""Do your jeans come up small? I'm usually a 30 waist."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "mati-kouzinas-proistamenos", "Λένα Φ. <lena.f@example.gr>", "Εστία", "technical", "high",
"""Δύο μάτια στην κουζίνα δεν ανάβουν, ακούγεται το κλικ αλλά φλόγα δεν
βγαίνει. Το αναφέρω τρίτη φορά. Θέλω να μιλήσω σήμερα με έναν
προϊστάμενο."""),
("el", "trapezi-grammeni", "Γιουσούφ Α. <yusuf.a@example.gr>", "Τραπέζι", "billing", "",
"""Το τραπέζι ήρθε με μια βαθιά γρατζουνιά στην επιφάνεια. Θέλω να μου
στείλετε άλλο ή μερική επιστροφή χρημάτων αν είναι πιο γρήγορο."""),
("el", "gl-plhrwmh-ok-apostolh", "Mpella N. <bella.n@example.gr>", "paraggelia", "general", "",
"""H plhrwmh perase kanonika, th vlepw sthn trapeza, alla h paraggelia
leei akoma "se epeksergasia" meta apo mia evdomada. Pote tha stalei?"""),
("el", "den-thelo-lefta-egxeiridio", "Τάκης Κ. <takis.k@example.gr>", "Εγχειρίδιο", "technical", "",
"""Δεν θέλω τα λεφτά πίσω. Πού μπορώ να βρω το εγχειρίδιο για τη μηχανή
εσπρέσο; Η λυχνία αφαλάτωσης δεν σβήνει."""),
("el", "gl-akyrosi-efarmogis", "Pria N. <pria.n@example.gr>", "Re: o logariasmos sas", "billing", "",
"""Parakalw akyrwste th syndromh mou sthn efarmogh gymnastikhs, ekana
egrafh gia th dokimh kai den hthela na synexisw."""),
("el", "tameiakes-kolisan", "Υπεύθυνος <manager@deli.example>", "Ταμειακές", "technical", "high",
"""Και οι δύο ταμειακές κόλλησαν με το άνοιγμα και δεν ξεκινάνε, παίρνουμε
μόνο μετρητά. Είναι η πιο γεμάτη μας μέρα, πάρτε με τηλέφωνο αμέσως."""),
("el", "epainos-raptomixani", "Ντόρα Π. <dora.p@example.gr>", "Σας ευχαριστώ", "general", "",
"""Σας ευχαριστώ που φτιάξατε τη ραπτομηχανή μου τόσο γρήγορα και δωρεάν.
Ο τεχνικός σας ήταν πολύ ευγενικός."""),
("el", "gl-ypoloipo-dorokartas", "Elsa M. <elsa.m@example.gr>", "Geia", "general", "",
"""Pws mporw na dw to ypoloipo se mia dwrokarta pou mou xarisan sta
genethlia mou?"""),
("el", "xreosi-meta-akyrosi", "Ρένος Χ. <renos.x@example.gr>", "Ακόμα χρεωμένος", "billing", "",
"""Ακύρωσα την παραγγελία μία ώρα αφού την έκανα και πήρα email ότι
ακυρώθηκε, αλλά τα χρήματα έχουν φύγει από τον λογαριασμό μου."""),
("el", "gl-kleidwma-logariasmou", "Xana S. <xana.s@example.gr>", "kleidwma", "technical", "",
"""O logariasmos mou kleidwse afou evala lathos kwdiko kai to email gia
ksekleidwma den erxetai pote."""),
("el", "gl-diefthyntis-epistrofi", "Vrasidas L. <vrasidas.l@example.gr>", "Pros ton dieuthunth", "billing", "high",
"""Eksi evdomades kai tesseris ypo sxeseis gia epistrofh xrhmatwn. Zhtaw na
to dei prosopika o dieuthyntis sas. Paraggelia 612204."""),
("el", "palio-psygeio", "Σάλι Κ. <sali.k@example.gr>", "Παλιό ψυγείο", "general", "",
"""Όταν φέρετε το καινούριο ψυγείο, θα πάρετε το παλιό για ανακύκλωση;"""),
("el", "timologio-dieythinsi", "Γραφείο <grafeio@example.gr>", "Διεύθυνση τιμολογίου", "billing", "",
"""Η διεύθυνση στο τιμολόγιο του προηγούμενου μήνα είναι του παλιού
γραφείου. Στείλτε μας διορθωμένο στη νέα διεύθυνση."""),
("el", "tileorasi-efarmoges", "Ντεβ Σ. <dev.s@example.gr>", "Εφαρμογές τηλεόρασης", "technical", "",
"""Από χθες κάθε εφαρμογή στην έξυπνη τηλεόραση κλείνει μόνη της μετά από
λίγα δευτερόλεπτα. Την έβγαλα ήδη από την πρίζα."""),
("el", "gl-oxi-parapono", "Ioanna B. <ioanna.b@example.gr>", "Den einai parapono!", "general", "",
"""Auth th fora den einai parapono: to kainourio mplenter einai teleio kai
h paradosh hrthe nwritera. Synexiste etsi!"""),
("el", "dipli-syndromi", "Αχμέτ Μ. <ahmet.m@example.gr>", "Δύο συνδρομές", "billing", "",
"""Φαίνεται ότι τρέχουν δύο συνδρομές για το ίδιο περιοδικό και πληρώνω
δύο φορές τον μήνα. Ακυρώστε τη μία και επιστρέψτε μου τη διαφορά."""),
("el", "gl-scanner-apothiki", "Apothiki <apothiki@fastparts.example>", "scanners", "technical", "high",
"""Meta to update to prwi ola ta scanner ths apothikhs einai ektos
syndeshs kai h douleia exei stamathsei. Xreiazomaste lysh epeigontws."""),
("el", "megethos-jean", "Μίνα Τ. <mina.t@example.gr>", "Νούμερα", "general", "",
"""Τα τζιν σας βγαίνουν μικρά; Συνήθως φοράω 30."""),
("el", "gl-mixanh-den-stegnwnei", "Kyriakos D. <kyriakos.d@example.gr>", "stegnwthrio", "technical", "",
"""To stegnwthrio gyrizei kanonika alla ta rouxa vgainoun akoma vregmena
meta apo 2 wres."""),
# ---------------- Spanish ----------------
("es", "placa-supervisor", "Lorena Gil <lorena.gil@example.es>", "Placa de gas", "technical", "high",
"""Dos fuegos de la placa no se encienden, hace clic pero no sale llama. Es
la tercera vez que lo aviso. Necesito hablar hoy con un supervisor."""),
("es", "mesa-rayada", "Yusuf Amar <yusuf.amar@example.es>", "Mesa", "billing", "",
"""La mesa llegó con un arañazo profundo en el tablero. Quiero que me
manden otra, o un reembolso parcial si es más rápido."""),
("es", "pagado-no-enviado", "Bea Núñez <bea.nunez@example.es>", "Pedido sin enviar", "general", "",
"""El pago se hizo bien, lo veo en la app del banco, pero el pedido sigue
"en preparación" después de una semana. ¿Cuándo lo envían?"""),
("es", "no-dinero-manual", "Tere Cano <tere.cano@example.es>", "Manual", "technical", "",
"""No quiero que me devuelvan nada. ¿Dónde descargo el manual de la
cafetera espresso? La luz de descalcificar no se apaga."""),
("es", "re-cancelar-gimnasio", "Paula Nadal <paula.nadal@example.es>", "Re: su cuenta", "billing", "",
"""Por favor, cancelen mi suscripción a la app de entrenamiento, me apunté
a la prueba y no quería seguir."""),
("es", "cajas-bloqueadas", "Encargado <encargado@ultramarinos.example>", "Cajas", "technical", "high",
"""Las dos cajas registradoras se bloquearon al abrir y no arrancan, solo
podemos cobrar en efectivo. Es nuestro día de más venta, llámenme ya."""),
("es", "gracias-maquina-coser", "Dora Pla <dora.pla@example.es>", "Muchas gracias", "general", "",
"""Gracias por arreglarme la máquina de coser tan rápido y sin coste. Su
técnico fue un amor."""),
("es", "hola-saldo-tarjeta", "Elsa Bosch <elsa.bosch@example.es>", "Hola", "general", "",
"""¿Cómo puedo consultar el saldo de una tarjeta regalo que me regalaron
por mi cumpleaños?"""),
("es", "cobrado-tras-cancelar", "Rubén Hoyos <ruben.hoyos@example.es>", "Me siguen cobrando", "billing", "",
"""Cancelé el pedido una hora después de hacerlo y me llegó el correo de
cancelación, pero el dinero ya ha salido de mi cuenta."""),
("es", "cuenta-bloqueada", "Hana Soto <hana.soto@example.es>", "Cuenta bloqueada", "technical", "",
"""Mi cuenta se bloqueó después de poner mal el código y el correo para
desbloquearla no llega nunca."""),
("es", "director-reembolso", "Bruno Lara <bruno.lara@example.es>", "A la atención del director", "billing", "high",
"""Seis semanas y cuatro promesas de reembolso después, pido que el
director revise esto personalmente. Pedido 612204."""),
("es", "nevera-vieja", "Sara Quirós <sara.quiros@example.es>", "Nevera vieja", "general", "",
"""Cuando traigan la nevera nueva, ¿se llevan la vieja para reciclar?"""),
("es", "factura-direccion", "Oficina <oficina@arceycia.example>", "Dirección de la factura", "billing", "",
"""La dirección de la factura del mes pasado es la de nuestra oficina
antigua. Envíennos una corregida con la dirección nueva."""),
("es", "tele-apps-se-cierran", "Dev Salas <dev.salas@example.es>", "Apps de la tele", "technical", "",
"""Desde ayer todas las apps de la smart TV se cierran solas a los pocos
segundos. Ya la he desenchufado."""),
("es", "no-es-queja", "Juana Berro <juana.berro@example.es>", "¡No es una queja!", "general", "",
"""Por una vez no es una queja: la batidora nueva es fantástica y el envío
llegó antes de tiempo. ¡Sigan así!"""),
("es", "dos-suscripciones", "Ahmed Musa <ahmed.m@example.es>", "Dos suscripciones", "billing", "",
"""Parece que tengo dos suscripciones activas a la misma revista y pago
dos veces al mes. Cancelen una y devuélvanme lo que pagué de más."""),
("es", "escaneres-almacen", "Logística <logistica@rapidpiezas.example>", "Escáneres sin conexión", "technical", "high",
"""Desde la actualización de esta mañana todos los escáneres del almacén
están sin conexión y el almacén está parado. Necesitamos solución
urgente."""),
("es", "tallas-vaqueros", "Mina Cortés <mina.cortes@example.es>", "Tallas", "general", "",
"""¿Sus vaqueros tallan pequeño? Normalmente uso una 40."""),
("es", "secadora-mojada", "Quique Díaz <quique.diaz@example.es>", "Secadora", "technical", "",
"""La secadora gira normal, pero la ropa sigue saliendo mojada después de
dos horas."""),
# ---------------- Polish ----------------
("pl", "plyta-kierownik", "Lena Fiszer <lena.fiszer@example.pl>", "Płyta gazowa", "technical", "high",
"""Dwa palniki na płycie się nie zapalają, klika, ale płomienia nie ma.
Zgłaszam to trzeci raz. Muszę dziś porozmawiać z kierownikiem."""),
("pl", "stol-rysa", "Jusuf Ali <jusuf.ali@example.pl>", "Stół", "billing", "",
"""Stół przyszedł z głęboką rysą na blacie. Proszę wysłać nowy albo
częściowy zwrot pieniędzy, jeśli tak będzie szybciej."""),
("pl", "oplacone-niewyslane", "Bela Nowik <bela.nowik@example.pl>", "Zamówienie niewysłane", "general", "",
"""Płatność przeszła, widzę ją w aplikacji banku, ale zamówienie po
tygodniu dalej jest "w realizacji". Kiedy zostanie wysłane?"""),
("pl", "nie-pieniadze-instrukcja", "Tadek Kos <tadek.kos@example.pl>", "Instrukcja", "technical", "",
"""Nie chodzi mi o pieniądze. Gdzie mogę pobrać instrukcję do ekspresu?
Lampka odkamieniania nie gaśnie."""),
("pl", "re-anuluj-silownia", "Patrycja Nowak <patrycja.n@example.pl>", "Re: Twoje konto", "billing", "",
"""Proszę anulować moją subskrypcję aplikacji treningowej, zapisałam się na
okres próbny i nie chciałam jej kontynuować."""),
("pl", "kasy-zawieszone", "Kierownik <kierownik@delikatesy.example>", "Kasy", "technical", "high",
"""Obie kasy zawiesiły się przy otwarciu i nie chcą się uruchomić, możemy
brać tylko gotówkę. To nasz najbardziej ruchliwy dzień, proszę dzwonić
natychmiast."""),
("pl", "dzieki-maszyna", "Dorota Piątek <dorota.p@example.pl>", "Podziękowania", "general", "",
"""Dziękuję za tak szybką i darmową naprawę maszyny do szycia. Wasz
technik był przemiły."""),
("pl", "saldo-karty", "Elżbieta Bąk <elzbieta.bak@example.pl>", "Cześć", "general", "",
"""Jak mogę sprawdzić saldo karty podarunkowej, którą dostałam na
urodziny?"""),
("pl", "pobrane-po-anulowaniu", "Rysiek Hołub <rysiek.holub@example.pl>", "Dalej pobrane", "billing", "",
"""Anulowałem zamówienie godzinę po złożeniu i dostałem maila, że jest
anulowane, ale pieniądze i tak zeszły z konta."""),
("pl", "konto-zablokowane", "Hanna Sadowska <hanna.s@example.pl>", "Zablokowane konto", "technical", "",
"""Konto się zablokowało po wpisaniu złego kodu, a mail do odblokowania w
ogóle nie przychodzi."""),
("pl", "dyrektor-zwrot", "Bronisław Lis <bronislaw.lis@example.pl>", "Do dyrektora", "billing", "high",
"""Sześć tygodni i cztery obietnice zwrotu pieniędzy później proszę, żeby
dyrektor osobiście zajął się tą sprawą. Zamówienie 612204."""),
("pl", "stara-lodowka", "Sylwia Kur <sylwia.kur@example.pl>", "Stara lodówka", "general", "",
"""Czy przy dostawie nowej lodówki zabierzecie starą do recyklingu?"""),
("pl", "faktura-adres", "Biuro <biuro@klon.example>", "Adres na fakturze", "billing", "",
"""Na fakturze za zeszły miesiąc jest adres naszego starego biura. Proszę
o korektę z nowym adresem."""),
("pl", "tv-aplikacje", "Dawid Szot <dawid.szot@example.pl>", "Aplikacje w TV", "technical", "",
"""Od wczoraj każda aplikacja na smart TV sama się zamyka po kilku
sekundach. Odłączałem już telewizor od prądu."""),
("pl", "to-nie-skarga", "Joanna Berek <joanna.berek@example.pl>", "To nie skarga!", "general", "",
"""Tym razem to nie skarga: nowy blender jest fantastyczny, a dostawa
przyszła przed czasem. Tak trzymać!"""),
("pl", "dwie-subskrypcje", "Ahmed Musa <ahmed.musa@example.pl>", "Dwie subskrypcje", "billing", "",
"""Wygląda na to, że mam dwie aktywne subskrypcje tego samego magazynu i
płacę dwa razy w miesiącu. Proszę anulować jedną i oddać nadpłatę."""),
("pl", "skanery-magazyn", "Logistyka <logistyka@szybkieczesci.example>", "Skanery offline", "technical", "high",
"""Od porannej aktualizacji wszystkie skanery w magazynie są offline i
magazyn stoi. Potrzebujemy pilnie rozwiązania."""),
("pl", "rozmiary-jeansow", "Mina Czech <mina.czech@example.pl>", "Rozmiary", "general", "",
"""Czy Wasze jeansy są rozmiarowo mniejsze? Zwykle noszę 30."""),
("pl", "suszarka-mokre", "Kuba Dyl <kuba.dyl@example.pl>", "Suszarka", "technical", "",
"""Suszarka normalnie się kręci, ale ubrania po dwóch godzinach są dalej
mokre."""),
]
