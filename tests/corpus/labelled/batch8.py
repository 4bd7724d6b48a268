# batch8.py -- read by gen.py: labelled mails written AFTER the fourth round
# of the example rules (issue 15); their score is that round's honest figure.
M += [
# ---------------- English ----------------
("en", "kettle-lid", "Fay Dunn <fay.dunn@example.com>", "Kettle", "technical", "",
"""The kettle lid won't stay shut any more, it pops open while boiling and
the kettle then doesn't switch itself off."""),
("en", "loyalty-points", "Ken Ross <ken.ross@example.org>", "Points", "general", "",
"""I made two purchases last month but no loyalty points were added to my
account. Could you check?"""),
("en", "discount-code-charged", "Eva Hunt <eva.hunt@example.com>", "Discount not applied", "billing", "",
"""I used the code SPRING20 at checkout but was charged the full price.
Please refund the 20 percent."""),
("en", "head-office-complaint", "Roy Glenn <roy.glenn@example.co.uk>", "Complaint about engineer", "technical", "high",
"""Your engineer left the washing machine worse than before, it now doesn't
drain at all. I want this passed to head office and a senior engineer
sent."""),
("en", "not-return-colour", "Ann Lowe <ann.lowe@example.com>", "Cushions", "general", "",
"""I'm not sending the cushions back, I just wondered whether you sell the
same fabric by the metre?"""),
("en", "fwd-double-debit", "Carl Mayo <carl.mayo@example.com>", "Fwd: Direct Debit notice", "billing", "",
"""Two direct debits for the same month have gone out of my account,
please sort it and return the second one."""),
("en", "app-cant-order", "Tara Wells <tara.wells@example.net>", "App", "technical", "",
"""Whenever I press 'Place order' in the app I get a blank white screen and
nothing happens."""),
("en", "thanks-quick-delivery", "Sue Page <sue.page@example.com>", "Wow", "general", "",
"""Ordered at 10pm and it was here by lunchtime the next day. Amazing
service, thank you."""),
("en", "network-down-clinic", "Reception <reception@dentalcare.example>", "Booking system down", "technical", "high",
"""Our whole clinic can't open the booking system since 8am, patients are
waiting at the desk. Please phone us immediately."""),
("en", "cancel-insurance", "Lee Ford <lee.ford@example.com>", "Cancel cover", "billing", "",
"""Please cancel the breakdown cover on my TV, I sold the TV. I pay it
monthly by card."""),
("en", "lawyer-deposit", "Diane Cole <diane.cole@example.co.uk>", "Deposit", "billing", "high",
"""You have kept my 200 pound deposit for a kitchen that was never fitted.
My lawyer will be in touch if it is not returned by Friday."""),
("en", "bulk-order-question", "Purchasing <buy@schoolsupplies.example>", "Bulk order", "general", "",
"""We'd like to order 40 desk lamps for a school. Is there a discount for
bulk orders and how long would delivery take?"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "vrastiras-kapaki", "Φαίη Δ. <fay.d@example.gr>", "Βραστήρας", "technical", "",
"""Το καπάκι του βραστήρα δεν μένει κλειστό, ανοίγει ενώ βράζει και μετά ο
βραστήρας δεν σβήνει μόνος του."""),
("el", "gl-pontoi", "Kwstas R. <kwstas.r@example.gr>", "pontoi", "general", "",
"""Ekana dyo agores ton prohgoumeno mhna alla den mpikan pontoi ston
logariasmo mou. Mporeite na to koitaxete?"""),
("el", "kodikos-ekptwsis", "Εύα Χ. <eva.x@example.gr>", "Δεν εφαρμόστηκε η έκπτωση", "billing", "",
"""Έβαλα τον κωδικό SPRING20 στο ταμείο αλλά χρεώθηκα ολόκληρη την τιμή.
Επιστρέψτε μου το 20%."""),
("el", "gl-texnikos-parapono", "Rigas G. <rigas.g@example.gr>", "Parapono gia ton texniko", "technical", "high",
"""O texnikos sas afhse to plynthrio xeirotera, twra den adeiazei katholou
nero. Thelw na paei to thema ston diey8ynth kai na erthei anwteros
texnikos."""),
("el", "den-ta-stelnw-pisw", "Άννα Λ. <anna.l@example.gr>", "Μαξιλάρια", "general", "",
"""Δεν θα στείλω πίσω τα μαξιλάρια, ήθελα μόνο να ρωτήσω αν πουλάτε το ίδιο
ύφασμα με το μέτρο."""),
("el", "dipli-pagia", "Κάρολος Μ. <karolos.m@example.gr>", "Fwd: Πάγια εντολή", "billing", "",
"""Βγήκαν δύο πάγιες εντολές για τον ίδιο μήνα από τον λογαριασμό μου,
παρακαλώ διορθώστε το και επιστρέψτε τη δεύτερη."""),
("el", "gl-efarmogh-lefkh-othonh", "Tasoula V. <tasoula.v@example.gr>", "efarmogh", "technical", "",
"""Otan patw 'Oloklhrwsh paraggelias' sthn efarmogh vgainei mia leukh
othonh kai den ginetai tipota."""),
("el", "grigori-paradosi", "Σούλα Π. <soula.p@example.gr>", "Ουάου", "general", "",
"""Παρήγγειλα στις 10 το βράδυ και ήρθε μέχρι το μεσημέρι. Φανταστική
εξυπηρέτηση, σας ευχαριστώ."""),
("el", "iatreio-systima", "Γραμματεία <info@odontiatreio.example>", "Έπεσε το σύστημα ραντεβού", "technical", "high",
"""Όλο το ιατρείο δεν μπορεί να ανοίξει το σύστημα ραντεβού από τις 8, οι
ασθενείς περιμένουν. Πάρτε μας τηλέφωνο αμέσως."""),
("el", "gl-akyrwsh-asfaleias", "Lefteris F. <lefteris.f@example.gr>", "akyrwsh kalypshs", "billing", "",
"""Parakalw akyrwste thn asfaleia blabwn gia thn thleorash, thn poulhsa.
Thn plhrwnw kathe mhna me karta."""),
("el", "prokatavoli-dikigoros", "Ντιάνα Κ. <diana.k@example.gr>", "Προκαταβολή", "billing", "high",
"""Κρατάτε την προκαταβολή των 200 ευρώ για μια κουζίνα που δεν
τοποθετήθηκε ποτέ. Ο δικηγόρος μου θα επικοινωνήσει αν δεν επιστραφεί ως
την Παρασκευή."""),
("el", "xondriki-paraggelia", "Προμήθειες <prom@sxoleio.example>", "Χονδρική παραγγελία", "general", "",
"""Θέλουμε να παραγγείλουμε 40 φωτιστικά γραφείου για ένα σχολείο. Υπάρχει
έκπτωση για μεγάλες ποσότητες και σε πόσο καιρό γίνεται η παράδοση;"""),
# ---------------- Spanish ----------------
("es", "hervidor-tapa", "Fe Durán <fe.duran@example.es>", "Hervidor", "technical", "",
"""La tapa del hervidor ya no se queda cerrada, se abre mientras hierve y
luego el hervidor no se apaga solo."""),
("es", "puntos-fidelidad", "Quino Ros <quino.ros@example.es>", "Puntos", "general", "",
"""Hice dos compras el mes pasado pero no me han sumado los puntos en la
cuenta. ¿Lo pueden revisar?"""),
("es", "codigo-descuento", "Eva Hurtado <eva.hurtado@example.es>", "No se aplicó el descuento", "billing", "",
"""Usé el código SPRING20 al pagar pero me cobraron el precio completo.
Devuélvanme el 20 por ciento."""),
("es", "queja-tecnico-central", "Rigoberto Gil <rigo.gil@example.es>", "Queja del técnico", "technical", "high",
"""Su técnico dejó la lavadora peor que antes, ahora no desagua nada.
Quiero que esto llegue a la central y que venga un técnico superior."""),
("es", "no-devuelvo-cojines", "Ana Lobo <ana.lobo@example.es>", "Cojines", "general", "",
"""No voy a devolver los cojines, solo quería saber si venden la misma tela
por metros."""),
("es", "rv-doble-recibo", "Carlos Mayo <carlos.mayo@example.es>", "RV: Aviso de recibo", "billing", "",
"""Me han pasado dos recibos del mismo mes por la cuenta, arréglenlo y
devuélvanme el segundo."""),
("es", "app-pantalla-blanca", "Tere Pozo <tere.pozo@example.es>", "App", "technical", "",
"""Cada vez que pulso 'Realizar pedido' en la app sale una pantalla en
blanco y no pasa nada."""),
("es", "entrega-rapida", "Susi Paz <susi.paz@example.es>", "Guau", "general", "",
"""Pedí a las 10 de la noche y a mediodía ya lo tenía en casa. Un servicio
increíble, gracias."""),
("es", "clinica-sistema", "Recepción <recepcion@clinicadental.example>", "Sistema de citas caído", "technical", "high",
"""Toda la clínica no puede abrir el sistema de citas desde las 8, los
pacientes esperan en el mostrador. Llámennos inmediatamente."""),
("es", "cancelar-seguro", "Leo Ferrán <leo.ferran@example.es>", "Cancelar seguro", "billing", "",
"""Por favor, cancelen el seguro de averías de mi tele, la he vendido. Lo
pago cada mes con tarjeta."""),
("es", "abogado-senal", "Diana Cela <diana.cela@example.es>", "Señal", "billing", "high",
"""Se han quedado con mi señal de 200 euros por una cocina que nunca
montaron. Mi abogado se pondrá en contacto si no me la devuelven antes
del viernes."""),
("es", "pedido-colegio", "Compras <compras@colegio.example>", "Pedido grande", "general", "",
"""Queremos pedir 40 lámparas de escritorio para un colegio. ¿Hay descuento
por cantidad y cuánto tardaría la entrega?"""),
# ---------------- Polish ----------------
("pl", "czajnik-pokrywka", "Fabiola Dun <fabiola.dun@example.pl>", "Czajnik", "technical", "",
"""Pokrywka czajnika już się nie domyka, otwiera się w trakcie gotowania i
potem czajnik sam się nie wyłącza."""),
("pl", "punkty-lojalnosciowe", "Konrad Ros <konrad.ros@example.pl>", "Punkty", "general", "",
"""W zeszłym miesiącu zrobiłem dwa zakupy, ale punkty nie zostały dodane do
konta. Możecie sprawdzić?"""),
("pl", "kod-rabatowy", "Ewa Hutnik <ewa.hutnik@example.pl>", "Nie naliczono rabatu", "billing", "",
"""Wpisałam kod SPRING20 przy płatności, a zapłaciłam pełną cenę. Proszę o
zwrot tych 20 procent."""),
("pl", "skarga-technik-centrala", "Roman Glinka <roman.glinka@example.pl>", "Skarga na technika", "technical", "high",
"""Wasz technik zostawił pralkę w gorszym stanie, teraz w ogóle nie
odpompowuje wody. Chcę, żeby sprawa trafiła do centrali i żeby przyjechał
starszy technik."""),
("pl", "nie-odsylam-poduszki", "Anna Lewicka <anna.lewicka@example.pl>", "Poduszki", "general", "",
"""Nie odsyłam poduszek, chciałam tylko zapytać, czy sprzedajecie ten sam
materiał na metry."""),
("pl", "fwd-podwojne-polecenie", "Karol Maj <karol.maj@example.pl>", "Fwd: Polecenie zapłaty", "billing", "",
"""Z mojego konta poszły dwa polecenia zapłaty za ten sam miesiąc, proszę
to poprawić i zwrócić drugie."""),
("pl", "aplikacja-bialy-ekran", "Tamara Wel <tamara.wel@example.pl>", "Aplikacja", "technical", "",
"""Za każdym razem, gdy klikam 'Złóż zamówienie' w aplikacji, pojawia się
biały ekran i nic się nie dzieje."""),
("pl", "szybka-dostawa", "Zuza Pach <zuza.pach@example.pl>", "Wow", "general", "",
"""Zamówiłam o 22 i w południe następnego dnia paczka była u mnie.
Niesamowita obsługa, dziękuję."""),
("pl", "przychodnia-system", "Rejestracja <rejestracja@stomatolog.example>", "System rejestracji nie działa", "technical", "high",
"""Cała przychodnia nie może otworzyć systemu rejestracji od 8, pacjenci
czekają przy ladzie. Proszę natychmiast do nas zadzwonić."""),
("pl", "anuluj-ubezpieczenie", "Leon Fik <leon.fik@example.pl>", "Anulowanie ubezpieczenia", "billing", "",
"""Proszę anulować ubezpieczenie od awarii mojego telewizora, sprzedałem
go. Płacę za nie co miesiąc kartą."""),
("pl", "prawnik-zaliczka", "Diana Kołek <diana.kolek@example.pl>", "Zaliczka", "billing", "high",
"""Zatrzymaliście moją zaliczkę 800 zł za kuchnię, której nigdy nie
zamontowano. Jeśli nie zwrócicie jej do piątku, skontaktuje się z Wami
mój prawnik."""),
("pl", "zamowienie-szkola", "Zakupy <zakupy@szkola.example>", "Duże zamówienie", "general", "",
"""Chcemy zamówić 40 lampek biurkowych dla szkoły. Czy jest rabat przy
większej ilości i ile trwałaby dostawa?"""),
]
