# batch7.py -- read by gen.py: labelled mails written AFTER the third round
# of the example rules (issue 15); their score is that round's honest figure.
M += [
# ---------------- English ----------------
("en", "microwave-sparks", "Gail Norton <gail.n@example.com>", "Microwave", "technical", "high",
"""The microwave sparks inside whenever I heat anything, even with nothing
metal in it. Is it safe to keep using?"""),
("en", "refund-wrong-amount", "Hugh Dale <hugh.dale@example.co.uk>", "Partial refund?", "billing", "",
"""You refunded 30 pounds for the returned chair but I paid 45. Where is
the rest?"""),
("en", "want-manager-rude-driver", "Pat Oakes <pat.oakes@example.com>", "Driver", "general", "high",
"""Your driver swore at my son and drove over our lawn. I demand to speak
to a manager about this today."""),
("en", "not-payment-question-bluetooth", "Ivy Lam <ivy.lam@example.org>", "Speaker", "technical", "",
"""Not a payment question this time: the speaker disconnects from
Bluetooth every few minutes when I walk away from it."""),
("en", "re-invoice-body-refund", "Noel Carr <noel.carr@example.com>", "Re: Invoice 5521", "billing", "",
"""Thanks for the invoice. Actually I returned one of the two lamps last
week, so I should get 35 pounds back."""),
("en", "end-membership-moving", "Wendy Fry <wendy.fry@example.net>", "Membership", "billing", "",
"""I'm moving abroad next month so I'd like to end my membership and stop
the monthly payments."""),
("en", "pos-down-urgent", "Cafe Luna <hello@cafeluna.example>", "Card reader not working", "technical", "high",
"""Our card reader stopped connecting this morning and we can only take
cash. Please call me right away, we're losing customers."""),
("en", "thanks-advice", "Omar Said <omar.said@example.com>", "Great advice", "general", "",
"""Just wanted to say thanks to Kevin for the advice on choosing a
dishwasher, we went with his suggestion and it's perfect."""),
("en", "order-status", "Lucy Grant <lucy.grant@example.org>", "Order 88120", "general", "",
"""Could you tell me when order 88120 will be dispatched? It said 3-5
days."""),
("en", "laptop-charger", "Max Reeve <max.reeve@example.com>", "Charger", "technical", "",
"""The laptop only charges if I hold the cable at a certain angle, the
light on the charger keeps going on and off."""),
("en", "chargeback-subscription", "Judy Platt <judy.platt@example.com>", "Unwanted renewal", "billing", "high",
"""You charged me 99 for a renewal I cancelled in time. Refund it this week
or I'm filing a chargeback with my card company."""),
("en", "store-christmas", "Ben Lord <ben.lord@example.net>", "Christmas", "general", "",
"""What are your opening times over Christmas and New Year?"""),
("en", "exchange-shoes", "Rita Ames <rita.ames@example.com>", "Shoes too small", "billing", "",
"""The shoes are half a size too small. Can I exchange them for a 7.5?"""),
("en", "wifi-printer-offline", "Gordon Kay <gordon.kay@example.com>", "Printer offline", "technical", "",
"""My laptop says the printer is offline even though it's on the same wifi
and prints the test page fine."""),
("en", "complaint-escalate-refund", "Rhona Bell <rhona.bell@example.co.uk>", "Complaint", "billing", "high",
"""I want my complaint about the missing refund escalated to a senior
manager. Four weeks is not acceptable."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "fournos-mikrokymatwn", "Γωγώ Ν. <gogo.n@example.gr>", "Φούρνος μικροκυμάτων", "technical", "high",
"""Ο φούρνος μικροκυμάτων βγάζει σπίθες μέσα όταν ζεσταίνω οτιδήποτε, ακόμα
και χωρίς μεταλλικά. Είναι ασφαλές να τον χρησιμοποιώ;"""),
("el", "gl-merikh-epistrofh", "Iraklis D. <iraklis.d@example.gr>", "epistrofh xrhmatwn", "billing", "",
"""Mou epistrepsate 30 eurw gia thn karekla pou epestrepsa alla eixa
plhrwsei 45. Pou einai ta ypoloipa?"""),
("el", "odigos-diefthyntis", "Παναγιώτα Ο. <panagiota.o@example.gr>", "Οδηγός", "general", "high",
"""Ο οδηγός σας έβρισε τον γιο μου και πέρασε πάνω από τον κήπο μας. Ζητώ να
μιλήσω σήμερα με τον υπεύθυνο."""),
("el", "gl-den-einai-plhrwmh-hxeio", "Ivi L. <ivi.l@example.gr>", "hxeio", "technical", "",
"""Den einai thema plhrwmhs auth th fora: to hxeio aposyndeetai apo to
bluetooth kathe liga lepta otan apomakrynomai."""),
("el", "akyrosi-melous-metakomisi", "Βάσω Φ. <vaso.f@example.gr>", "Συνδρομή μέλους", "billing", "",
"""Μετακομίζω στο εξωτερικό τον άλλο μήνα, οπότε θέλω να σταματήσει η
συνδρομή μου και οι μηνιαίες χρεώσεις."""),
("el", "pos-kafe-epeigon", "Καφέ Λούνα <hello@cafe-luna.example>", "Δεν δουλεύει το POS", "technical", "high",
"""Το μηχάνημα καρτών σταμάτησε να συνδέεται από το πρωί και παίρνουμε μόνο
μετρητά. Πάρτε με τηλέφωνο αμέσως, χάνουμε πελάτες."""),
("el", "gl-efxaristw-symvoulh", "Omiros S. <omiros.s@example.gr>", "symvoulh", "general", "",
"""Hthela na pw ena euxaristw ston Kwsta gia th symvoulh sto plynthrio
piatwn, to phrame kai einai teleio."""),
("el", "paraggelia-pote", "Λουκία Γ. <loukia.g@example.gr>", "Παραγγελία 88120", "general", "",
"""Μπορείτε να μου πείτε πότε θα φύγει η παραγγελία 88120; Έγραφε 3-5
μέρες."""),
("el", "gl-fortisths-laptop", "Makis R. <makis.r@example.gr>", "fortisths", "technical", "",
"""To laptop fortizei mono an krataw to kalwdio se mia sygkekrimenh gwnia,
to fwtaki tou fortisth anabosbhnei synexeia."""),
("el", "chargeback-ananeosi", "Τζούλη Π. <tzouli.p@example.gr>", "Ανεπιθύμητη ανανέωση", "billing", "high",
"""Με χρεώσατε 99 ευρώ για ανανέωση που είχα ακυρώσει εγκαίρως. Επιστρέψτε
τα αυτή την εβδομάδα αλλιώς θα κάνω αμφισβήτηση της χρέωσης στην
τράπεζα."""),
("el", "gl-xristougenna-wrario", "Vaggelis L. <vaggelis.l@example.gr>", "Xristougenna", "general", "",
"""Ti wrario exete ta Xristougenna kai thn Prwtoxronia?"""),
("el", "allagi-papoutsia", "Ρίτα Α. <rita.a@example.gr>", "Μικρά παπούτσια", "billing", "",
"""Τα παπούτσια είναι μισό νούμερο μικρά. Μπορώ να τα αλλάξω με 38,5;"""),
("el", "ektypotis-ektos-syndesis", "Γκόρντον Κ. <gordon.k@example.gr>", "Εκτυπωτής", "technical", "",
"""Το laptop λέει ότι ο εκτυπωτής είναι εκτός σύνδεσης, ενώ είναι στο ίδιο
wifi και τυπώνει κανονικά τη δοκιμαστική σελίδα."""),
("el", "gl-parapono-ypeythynos-epistrofi", "Roula B. <roula.b@example.gr>", "Parapono", "billing", "high",
"""Thelw to parapono mou gia thn epistrofh pou den egine pote na to dei
kapoios anwteros. 4 evdomades einai aparadekto."""),
# ---------------- Spanish ----------------
("es", "microondas-chispas", "Gala Nieto <gala.nieto@example.es>", "Microondas", "technical", "high",
"""El microondas echa chispas por dentro cada vez que caliento algo, aunque
no haya nada metálico. ¿Es seguro seguir usándolo?"""),
("es", "reembolso-parcial", "Hugo Dalmau <hugo.dalmau@example.es>", "¿Reembolso parcial?", "billing", "",
"""Me han devuelto 30 euros por la silla que devolví, pero pagué 45. ¿Dónde
está el resto?"""),
("es", "repartidor-encargado", "Paco Oca <paco.oca@example.es>", "Repartidor", "general", "high",
"""Su repartidor insultó a mi hijo y pasó con la furgoneta por encima del
césped. Exijo hablar hoy con un responsable."""),
("es", "no-pago-altavoz", "Ivón Luna <ivon.luna@example.es>", "Altavoz", "technical", "",
"""Esta vez no es un tema de pagos: el altavoz se desconecta del Bluetooth
cada pocos minutos cuando me alejo."""),
("es", "re-factura-devolucion", "Noé Carrasco <noe.carrasco@example.es>", "Re: Factura 5521", "billing", "",
"""Gracias por la factura. En realidad devolví una de las dos lámparas la
semana pasada, así que me tienen que devolver 35 euros."""),
("es", "baja-socio-mudanza", "Vanesa Frías <vanesa.frias@example.es>", "Cuota de socio", "billing", "",
"""Me mudo al extranjero el mes que viene, así que quiero darme de baja
como socia y que dejen de pasarme la cuota mensual."""),
("es", "datafono-urgente", "Café Luna <hola@cafeluna.example>", "El datáfono no funciona", "technical", "high",
"""El datáfono dejó de conectarse esta mañana y solo podemos cobrar en
efectivo. Llámenme ya, estamos perdiendo clientes."""),
("es", "gracias-consejo", "Omar Sáez <omar.saez@example.es>", "Buen consejo", "general", "",
"""Solo quería dar las gracias a Kevin por el consejo para elegir el
lavavajillas, le hicimos caso y es perfecto."""),
("es", "estado-pedido", "Lucía Gómez <lucia.gomez@example.es>", "Pedido 88120", "general", "",
"""¿Me pueden decir cuándo sale el pedido 88120? Ponía de 3 a 5 días."""),
("es", "cargador-portatil", "Máximo Rey <maximo.rey@example.es>", "Cargador", "technical", "",
"""El portátil solo carga si sujeto el cable en cierto ángulo, la luz del
cargador se enciende y se apaga todo el rato."""),
("es", "contracargo-renovacion-cancelada", "Julia Prat <julia.prat@example.es>", "Renovación no deseada", "billing", "high",
"""Me cobraron 99 euros por una renovación que cancelé a tiempo. Devuélvanlo
esta semana o pediré un contracargo a mi banco."""),
("es", "horario-navidad", "Benito Lorca <benito.lorca@example.es>", "Navidad", "general", "",
"""¿Qué horario tienen en Navidad y Año Nuevo?"""),
("es", "cambio-zapatos", "Rita Amor <rita.amor@example.es>", "Zapatos pequeños", "billing", "",
"""Los zapatos me quedan medio número pequeños. ¿Puedo cambiarlos por un
38,5?"""),
("es", "impresora-sin-conexion", "Gonzalo Cid <gonzalo.cid@example.es>", "Impresora", "technical", "",
"""El portátil dice que la impresora está sin conexión aunque está en la
misma wifi e imprime bien la página de prueba."""),
("es", "queja-escalar-reembolso", "Rosa Beltrán <rosa.beltran@example.es>", "Queja", "billing", "high",
"""Quiero que mi queja por el reembolso que no llega la vea un superior.
Cuatro semanas no es aceptable."""),
# ---------------- Polish ----------------
("pl", "mikrofala-iskry", "Gabriela Nowak <gabriela.nowak@example.pl>", "Mikrofalówka", "technical", "high",
"""Mikrofalówka iskrzy w środku, gdy cokolwiek podgrzewam, nawet bez
metalu. Czy mogę jej dalej bezpiecznie używać?"""),
("pl", "czesciowy-zwrot", "Hubert Dal <hubert.dal@example.pl>", "Częściowy zwrot?", "billing", "",
"""Zwróciliście mi 120 zł za oddane krzesło, a zapłaciłem 180. Gdzie jest
reszta?"""),
("pl", "kierowca-kierownik", "Patryk Dąb <patryk.dab@example.pl>", "Kierowca", "general", "high",
"""Wasz kierowca zwyzywał mojego syna i przejechał nam po trawniku. Żądam
dziś rozmowy z kierownikiem."""),
("pl", "nie-platnosc-glosnik", "Iwona Lis <iwona.lis@example.pl>", "Głośnik", "technical", "",
"""Tym razem nie chodzi o płatność: głośnik rozłącza się z Bluetooth co
kilka minut, gdy odchodzę dalej."""),
("pl", "re-faktura-zwrot", "Norbert Kara <norbert.kara@example.pl>", "Re: Faktura 5521", "billing", "",
"""Dziękuję za fakturę. Tak naprawdę w zeszłym tygodniu odesłałem jedną z
dwóch lamp, więc należy mi się 140 zł."""),
("pl", "koniec-czlonkostwa", "Wanda Fryc <wanda.fryc@example.pl>", "Członkostwo", "billing", "",
"""W przyszłym miesiącu wyjeżdżam za granicę, dlatego chcę zakończyć
członkostwo i wstrzymać miesięczne płatności."""),
("pl", "terminal-pilne", "Kawiarnia Luna <czesc@kawiarnialuna.example>", "Terminal nie działa", "technical", "high",
"""Terminal płatniczy od rana nie łączy się z siecią i możemy brać tylko
gotówkę. Proszę natychmiast oddzwonić, tracimy klientów."""),
("pl", "dzieki-porada", "Omar Sadowski <omar.sadowski@example.pl>", "Świetna porada", "general", "",
"""Chciałem tylko podziękować panu Kamilowi za poradę przy wyborze
zmywarki, posłuchaliśmy go i jest idealna."""),
("pl", "status-zamowienia", "Łucja Granat <lucja.granat@example.pl>", "Zamówienie 88120", "general", "",
"""Czy możecie napisać, kiedy zamówienie 88120 zostanie wysłane? Było
3-5 dni."""),
("pl", "ladowarka-laptop", "Maks Rewera <maks.rewera@example.pl>", "Ładowarka", "technical", "",
"""Laptop ładuje się tylko, kiedy trzymam kabel pod pewnym kątem, a
lampka na ładowarce ciągle się zapala i gaśnie."""),
("pl", "chargeback-odnowienie-anulowane", "Judyta Plata <judyta.plata@example.pl>", "Niechciane odnowienie", "billing", "high",
"""Pobraliście 399 zł za odnowienie, które anulowałam na czas. Oddajcie to
w tym tygodniu, inaczej zgłoszę chargeback w banku."""),
("pl", "godziny-swieta", "Bogdan Lord <bogdan.lord@example.pl>", "Święta", "general", "",
"""Jakie macie godziny otwarcia w Boże Narodzenie i Nowy Rok?"""),
("pl", "wymiana-butow", "Rita Adamek <rita.adamek@example.pl>", "Za małe buty", "billing", "",
"""Buty są o pół numeru za małe. Czy mogę je wymienić na 38,5?"""),
("pl", "drukarka-offline", "Gustaw Kaj <gustaw.kaj@example.pl>", "Drukarka", "technical", "",
"""Laptop pokazuje, że drukarka jest offline, chociaż jest w tej samej sieci
wifi i normalnie drukuje stronę testową."""),
("pl", "skarga-zwrot-wyzej", "Roma Bielska <roma.bielska@example.pl>", "Skarga", "billing", "high",
"""Chcę, żeby moją skargę w sprawie brakującego zwrotu pieniędzy rozpatrzył
ktoś wyżej. Cztery tygodnie to za długo."""),
]
