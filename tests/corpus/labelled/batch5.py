# batch5.py -- read by gen.py: labelled mails written AFTER the example
# rules were final (issue 15), to measure them on mail they were not tuned
# on.  Their score is the honest figure; do not tune the rules on them
# without writing a new batch to measure on.
M += [
# ---------------- English ----------------
("en", "manager-callback", "Susan Clarke <susan.clarke@example.co.uk>", "Re: case about my oven", "technical", "high",
"""The oven still trips the fuse every time I switch on the grill. The
engineer came twice and left without fixing it. I would like a manager to
call me back, I am not dealing with the call centre again."""),
("en", "supervisor-invoice", "Accounts Payable <ap@northwind.example>", "Invoice INV-20931", "billing", "high",
"""We have asked three times for a corrected invoice with our PO number on
it. Please escalate this to a supervisor, our payment run is on Friday."""),
("en", "complaint-shop-staff", "Derek Shaw <derek.shaw@example.com>", "Your Leeds store", "general", "high",
"""I was treated very rudely by a member of staff in your Leeds store on
Saturday. I want to talk to the store manager or whoever is above him."""),
("en", "senior-refund-overdue", "Mei Lin <mei.lin@example.org>", "Refund overdue", "billing", "high",
"""It has been 30 days since you collected the fridge and I have not been
refunded. Please pass my case to someone senior who can actually authorise
the payment."""),
("en", "speak-to-boss", "Gary Moore <gary.moore@example.net>", "Useless", "general", "high",
"""Nobody answers the phone and my order is two weeks late. Let me speak to
your boss."""),
("en", "not-refund-question-wifi", "Ola Berg <ola.berg@example.com>", "Wifi camera", "technical", "",
"""I'm not asking for a refund, I just need help: the doorbell camera keeps
going offline from our wifi every night around 2am."""),
("en", "payment-fine-missing-item", "Claire Dunn <claire.dunn@example.com>", "Missing cushion", "general", "",
"""The payment went fine and the sofa came on time, but one of the three
cushions wasn't in the delivery. Could you send it?"""),
("en", "not-about-invoice-password", "Raj Mehta <raj.mehta@example.org>", "Portal", "technical", "",
"""This isn't about an invoice. When I try to reset my password on your
portal the link in the email says it has expired straight away."""),
("en", "keeping-it-size-question", "Tess Walker <tess.w@example.com>", "Boots", "general", "",
"""I'm keeping the boots, they're lovely. Do the same ones come in a wide
fit as well?"""),
("en", "re-hello-charged", "Ben Harris <ben.harris@example.com>", "Re: Hello", "billing", "",
"""Sorry, forgot to say in my last email: you took 45.99 from my card twice
on 3 May, I only placed one order."""),
("en", "fwd-refund-body", "Linda Ford <linda.ford@example.com>", "Fwd: Delivery confirmation", "billing", "",
"""The lamp in this delivery arrived with the shade crushed. I don't want
another one, I'd like my money refunded to my card please."""),
("en", "update-body-tech", "Omar Farouk <omar.f@example.com>", "Update", "technical", "",
"""Following up on my call: the printer still says "paper jam" even though
there is no paper in it at all. We've opened every flap."""),
("en", "hi-monitor", "Jane Cook <jane.cook@example.net>", "Hi", "technical", "",
"""My new monitor flickers whenever I plug in the HDMI cable from my
laptop. USB-C works ok."""),
("en", "cancel-streaming", "Harry Bell <harry.bell@example.com>", "Cancellation", "billing", "",
"""Please cancel my recipe box subscription. I've moved house and won't need
it any more. Make sure I'm not charged for next week."""),
("en", "stop-direct-debit", "Fiona Reid <fiona.reid@example.co.uk>", "Warranty plan", "billing", "",
"""I want to stop the monthly warranty plan on my washing machine, it's
£7.99 a month and I no longer have the machine."""),
("en", "renewal-notice", "Kyle Young <kyle.young@example.org>", "Renewal email", "billing", "",
"""I got an email saying my yearly membership renews next week for 89
pounds. I don't want it to renew, please turn that off."""),
("en", "everyone-locked-out", "Ops Team <ops@greenfield.example>", "Can't access accounts - all users", "technical", "high",
"""None of our 40 users can sign in since your maintenance last night. The
login page just spins. This is stopping our whole business."""),
("en", "website-down", "Webshop <shop@potteryhouse.example>", "Checkout broken", "technical", "high",
"""Your payment plugin has been down since this morning, customers cannot
check out on our site at all. We are losing sales every minute."""),
("en", "servers-offline", "Night Manager <night@cityhotel.example>", "Key card system offline", "technical", "high",
"""The whole key card system is offline, none of the guests can get into
their rooms. Please send someone immediately."""),
("en", "praise-install", "Iris Palmer <iris.p@example.com>", "Installation", "general", "",
"""The two lads who installed our kitchen appliances were fantastic -
tidy, polite and quick. Thanks to the whole team."""),
("en", "praise-support-chat", "Neil Burns <neil.b@example.com>", "Your chat support", "general", "",
"""Just a note to say the person on your live chat yesterday was really
patient with me. Excellent support, much appreciated."""),
("en", "praise-exchange", "Grace Moore <grace.m@example.org>", "Thanks", "general", "",
"""Thank you for sorting the exchange so quickly, the new dress fits
perfectly. Very happy customer!"""),
("en", "refund-not-received", "Colin Hart <colin.hart@example.com>", "Still waiting", "billing", "",
"""You confirmed my return on the 2nd but the refund still hasn't appeared
in my bank account. How long does it normally take?"""),
("en", "overcharged-delivery", "Pam Ellis <pam.ellis@example.com>", "Delivery fee", "billing", "",
"""I was charged £9.95 for delivery even though the website said delivery
was free over £50, and my order was £62."""),
("en", "headphones-one-side", "Luke Grant <luke.grant@example.net>", "Headphones", "technical", "",
"""Only the left side of the headphones plays sound. I've tried two
different phones."""),
("en", "fridge-noise", "Amir Khan <amir.khan@example.com>", "Fridge noise", "technical", "",
"""The fridge makes a loud buzzing noise every few minutes and the light
inside doesn't come on."""),
("en", "store-address", "Rosa Diaz <rosa.diaz@example.com>", "Visiting", "general", "",
"""What's the address of your Manchester showroom and is there parking
nearby?"""),
("en", "sunday-hours", "Tim Lowe <tim.lowe@example.org>", "Sunday", "general", "",
"""Are you open on Sunday afternoons?"""),
("en", "order-change-address", "Kate Nash <kate.nash@example.com>", "Delivery address", "general", "",
"""Can I change the delivery address on my order? I'll be at my parents'
that week."""),
("en", "return-label", "Jon Pike <jon.pike@example.com>", "Return", "billing", "",
"""I want to send back the desk lamp, it's not what I expected. Can you
email me a returns label?"""),
("en", "small-claims", "Vera Lang <vera.lang@example.co.uk>", "Unpaid refund", "billing", "high",
"""I have waited eight weeks for the refund of £420. If it is not paid by
the end of the month I will start a small claims case."""),
("en", "bank-dispute", "Adam Cole <adam.cole@example.com>", "Charge I don't recognise", "billing", "high",
"""There's a £120 charge from your company on my statement I didn't make.
I've already told my bank and they will open a dispute on the transaction
if you don't reverse it."""),
("en", "receipt-copy", "Nina Ray <nina.ray@example.com>", "Receipt", "billing", "",
"""Could you send me a copy of the receipt for the vacuum cleaner I bought
in March? I need it for a warranty claim with the manufacturer."""),
("en", "catalogue-request", "Edith Shaw <edith.shaw@example.com>", "Catalogue", "general", "",
"""Do you still post out a paper catalogue? I'd like to receive one."""),
("en", "smartwatch-sync", "Leo Chen <leo.chen@example.com>", "Watch", "technical", "",
"""The smartwatch stopped syncing my steps with the phone app after the
last update."""),
("en", "delivery-slot", "Ann Webb <ann.webb@example.net>", "Delivery", "general", "",
"""Is it possible to choose a morning delivery slot for the wardrobe?"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "proistamenos-fournos", "Σοφία Ν. <sofia.n@example.gr>", "Re: ο φούρνος μου", "technical", "high",
"""Ο φούρνος ρίχνει την ασφάλεια κάθε φορά που ανάβω το γκριλ. Ο τεχνικός
ήρθε δύο φορές και δεν το έφτιαξε. Θέλω να με πάρει τηλέφωνο κάποιος
υπεύθυνος, όχι ξανά το τηλεφωνικό κέντρο."""),
("el", "ypeythinos-timologio", "Λογιστήριο Άλφα <logistirio@alfa.example>", "Τιμολόγιο 20931", "billing", "high",
"""Έχουμε ζητήσει τρεις φορές διορθωμένο τιμολόγιο με τον αριθμό
παραγγελίας μας. Παρακαλούμε να προωθήσετε το θέμα σε προϊστάμενο."""),
("el", "katastima-agenis", "Βαγγέλης Π. <vangelis.p@example.gr>", "Κατάστημα Πειραιά", "general", "high",
"""Ένας υπάλληλος στο κατάστημα του Πειραιά μου φέρθηκε πολύ άσχημα το
Σάββατο. Ζητώ να μιλήσω με τον διευθυντή του καταστήματος."""),
("el", "epistrofi-kathysterisi-ypeythynos", "Χαρά Μ. <chara.m@example.gr>", "Καθυστέρηση επιστροφής", "billing", "high",
"""Πέρασαν 30 μέρες από τότε που πήρατε πίσω το ψυγείο και δεν έχω δει
ακόμα τα χρήματα. Θέλω να αναλάβει την υπόθεση κάποιος αρμόδιος."""),
("el", "gl-ypeythinos-paraggelia", "Stelios K. <stelios.k@example.gr>", "Aparadekto", "general", "high",
"""Kanenas den apantaei sto thlefwno kai h paraggelia mou kathysterei 2
evdomades. Thelw na milisw me kapoion ypeuthino amesws."""),
("el", "oxi-epistrofi-kamera", "Όλγα Β. <olga.v@example.gr>", "Κάμερα wifi", "technical", "",
"""Δεν ζητάω επιστροφή χρημάτων, θέλω μόνο βοήθεια: η κάμερα στο κουδούνι
αποσυνδέεται από το wifi κάθε βράδυ γύρω στις 2."""),
("el", "pliromi-ok-maxilari", "Κλαίρη Δ. <klairi.d@example.gr>", "Λείπει μαξιλάρι", "general", "",
"""Η πληρωμή έγινε κανονικά και ο καναπές ήρθε στην ώρα του, αλλά λείπει
ένα από τα τρία μαξιλάρια. Μπορείτε να το στείλετε;"""),
("el", "gl-den-afora-xreosi", "Manos T. <manos.t@example.gr>", "login", "technical", "",
"""Den afora xrewsh. Otan paw na allaksw ton kwdiko sto site, to link sto
email leei oti exei lhksei amesws."""),
("el", "kratao-ta-papoutsia", "Τέσσα Β. <tessa.v@example.gr>", "Μπότες", "general", "",
"""Τις μπότες θα τις κρατήσω, είναι υπέροχες! Τις έχετε και σε φαρδύ
καλαπόδι;"""),
("el", "re-geia-dipli", "Βασίλης Χ. <vasilis.x@example.gr>", "Re: Γεια σας", "billing", "",
"""Συγγνώμη, ξέχασα να γράψω στο προηγούμενο: μου πήρατε 45,99 από την
κάρτα δύο φορές στις 3 Μαΐου, ενώ έκανα μία μόνο παραγγελία."""),
("el", "fwd-lampa-xrimata", "Λίνα Φ. <lina.f@example.gr>", "Fwd: Επιβεβαίωση παράδοσης", "billing", "",
"""Το φωτιστικό αυτής της παράδοσης ήρθε με το καπέλο τσακισμένο. Δεν θέλω
άλλο, θέλω να μου επιστραφούν τα χρήματα στην κάρτα."""),
("el", "gl-ektypotis", "Omiros F. <omiros.f@example.gr>", "Enhmerwsh", "technical", "",
"""Sxetika me to thlefwnima: o ektypwths leei akoma paper jam enw den exei
kanena xarti mesa. Anoiksame ola ta kapakia."""),
("el", "geia-othoni", "Ιωάννα Κ. <ioanna.k@example.gr>", "Γεια", "technical", "",
"""Η καινούρια οθόνη τρεμοπαίζει όταν βάζω το καλώδιο HDMI από το laptop.
Με USB-C είναι εντάξει."""),
("el", "akyrosi-kouti-syntagon", "Χάρης Μ. <charis.m@example.gr>", "Ακύρωση", "billing", "",
"""Παρακαλώ ακυρώστε τη συνδρομή μου στο κουτί με τις συνταγές. Μετακόμισα
και δεν τη χρειάζομαι. Να μη χρεωθώ την επόμενη εβδομάδα."""),
("el", "gl-stop-programma-egyhshs", "Fotini R. <fotini.r@example.gr>", "programma egyhshs", "billing", "",
"""Thelw na stamatisw to mhniaio programma egyhshs gia to plynthrio, einai
7,99 to mhna kai den exw pia to plynthrio."""),
("el", "ananeosi-melous", "Κύρος Γ. <kyros.g@example.gr>", "Email ανανέωσης", "billing", "",
"""Μου ήρθε email ότι η ετήσια συνδρομή μέλους ανανεώνεται την άλλη
εβδομάδα για 89 ευρώ. Δεν θέλω να ανανεωθεί, απενεργοποιήστε την."""),
("el", "oloi-ektos-logariasmon", "Λειτουργίες <ops@prasino.example>", "Κανένας χρήστης δεν μπαίνει", "technical", "high",
"""Κανένας από τους 40 χρήστες μας δεν μπορεί να συνδεθεί μετά τη χθεσινή
συντήρηση. Η σελίδα εισόδου απλώς γυρίζει. Έχει σταματήσει όλη η
δουλειά μας."""),
("el", "gl-plhrwmes-peftei", "eshop keramika <eshop@keramika.example>", "Den douleuei to checkout", "technical", "high",
"""To plugin plhrwmwn sas einai ektos leitourgias apo to prwi, oi pelates
den mporoun na plhrwsoun sto site. Xanoume pwlhseis, epeigei."""),
("el", "kartes-dwmatiwn", "Νυχτερινός <night@astiko-hotel.example>", "Σύστημα καρτών εκτός", "technical", "high",
"""Όλο το σύστημα με τις κάρτες των δωματίων έχει πέσει, κανένας επισκέπτης
δεν μπαίνει στο δωμάτιό του. Στείλτε κάποιον αμέσως."""),
("el", "epainos-egkatastasi", "Ίρις Π. <iris.p@example.gr>", "Εγκατάσταση", "general", "",
"""Τα δύο παιδιά που εγκατέστησαν τις συσκευές στην κουζίνα ήταν
καταπληκτικά, προσεκτικά και γρήγορα. Ευχαριστούμε όλη την ομάδα."""),
("el", "gl-epainos-chat", "Nikolas B. <nikolas.b@example.gr>", "chat", "general", "",
"""Hthela na pw oti h kopela sto chat xthes htan poly ypomonetikh mazi mou.
Bravo sas, eksairetikh eksyphrethsh."""),
("el", "epainos-allagi", "Γεωργία Μ. <georgia.m@example.gr>", "Ευχαριστώ", "general", "",
"""Σας ευχαριστώ που κάνατε την αλλαγή τόσο γρήγορα, το καινούριο φόρεμα
μου κάνει τέλεια. Πολύ ευχαριστημένη πελάτισσα!"""),
("el", "epistrofi-den-irthe", "Κώστας Χ. <kostas.x@example.gr>", "Ακόμα περιμένω", "billing", "",
"""Επιβεβαιώσατε την επιστροφή στις 2 του μήνα αλλά τα χρήματα δεν έχουν
φανεί ακόμα στον λογαριασμό μου. Πόσο καιρό παίρνει συνήθως;"""),
("el", "gl-metaforika", "Pamela E. <pamela.e@example.gr>", "metaforika", "billing", "",
"""Me xrewsate 9,95 gia metaforika enw to site elege dwrean apostolh panw
apo 50 eyrw, kai h paraggelia mou htan 62."""),
("el", "akoustika-ena-meros", "Λουκάς Γ. <loukas.g@example.gr>", "Ακουστικά", "technical", "",
"""Παίζει ήχος μόνο από το αριστερό ακουστικό. Το δοκίμασα σε δύο
διαφορετικά κινητά."""),
("el", "gl-psygeio-thorivos", "Amiros X. <amiros.x@example.gr>", "psygeio", "technical", "",
"""To psygeio kanei dynato 8oryvo kathe liga lepta kai to fwtaki mesa den
anavei."""),
("el", "dieythinsi-ekthesis", "Ρόζα Δ. <roza.d@example.gr>", "Επίσκεψη", "general", "",
"""Ποια είναι η διεύθυνση της έκθεσής σας στη Θεσσαλονίκη και υπάρχει
πάρκινγκ κοντά;"""),
("el", "gl-kyriaki", "Timos L. <timos.l@example.gr>", "Kyriakh", "general", "",
"""Eiste anoixta thn Kyriakh to apogeyma?"""),
("el", "allagi-dieythinsis", "Κατερίνα Ν. <katerina.n@example.gr>", "Διεύθυνση παράδοσης", "general", "",
"""Μπορώ να αλλάξω τη διεύθυνση παράδοσης της παραγγελίας μου; Εκείνη την
εβδομάδα θα είμαι στους γονείς μου."""),
("el", "gl-epistrofi-fwtistikou", "Giannis P. <giannis.p@example.gr>", "Epistrofh", "billing", "",
"""Thelw na sas steilw pisw to fwtistiko, den einai auto pou perimena.
Mporeite na mou steilete etiketa epistrofhs?"""),
("el", "mikrodiafores", "Βέρα Λ. <vera.l@example.gr>", "Απλήρωτη επιστροφή", "billing", "high",
"""Περιμένω οκτώ εβδομάδες την επιστροφή των 420 ευρώ. Αν δεν πληρωθεί ως
το τέλος του μήνα θα κινηθώ νομικά."""),
("el", "trapeza-amfisvitisi", "Άδωνις Κ. <adonis.k@example.gr>", "Χρέωση που δεν αναγνωρίζω", "billing", "high",
"""Βλέπω στο αντίγραφο μια χρέωση 120 ευρώ από την εταιρεία σας που δεν
έκανα. Το είπα ήδη στην τράπεζα και θα αμφισβητήσουν τη συναλλαγή αν δεν
την ακυρώσετε."""),
("el", "antigrafo-apodeixis", "Νίνα Ρ. <nina.r@example.gr>", "Απόδειξη", "billing", "",
"""Μπορείτε να μου στείλετε αντίγραφο της απόδειξης για τη σκούπα που πήρα
τον Μάρτιο; Τη χρειάζομαι για την εγγύηση του κατασκευαστή."""),
("el", "katalogos", "Έντα Σ. <enta.s@example.gr>", "Κατάλογος", "general", "",
"""Στέλνετε ακόμα έντυπο κατάλογο ταχυδρομικώς; Θα ήθελα να μου στείλετε
έναν."""),
("el", "roloi-sygxronismos", "Λέων Χ. <leon.x@example.gr>", "Ρολόι", "technical", "",
"""Το έξυπνο ρολόι σταμάτησε να συγχρονίζει τα βήματα με την εφαρμογή του
κινητού μετά την τελευταία ενημέρωση."""),
("el", "gl-ntoulapa-wra", "Anna V. <anna.v@example.gr>", "paradosh", "general", "",
"""Ginetai na dialexw prwinh wra paradoshs gia th ntoulapa?"""),
("el", "gl-dikhgoros", "Petros Z. <petros.z@example.gr>", "Teleutaia eidopoihsh", "billing", "high",
"""Exw steilei pisw to kinhto edw kai 2 mhnes kai den exw parei ta xrhmata
mou. Tha to dwsw ston dikhgoro mou an den ginei epistrofh mexri thn
Paraskeyh."""),
("el", "gl-kafes-syndromi", "Marina S. <marina.s@example.gr>", "syndromh kafe", "billing", "",
"""Kalhmera, pws mporw na akyrwsw th syndromh gia tis kapsoules kafe? Den
thelw na xrewthw allo."""),
# ---------------- Spanish ----------------
("es", "responsable-horno", "Susana Romero <susana.r@example.es>", "Re: mi horno", "technical", "high",
"""El horno hace saltar los plomos cada vez que enciendo el grill. El
técnico vino dos veces y no lo arregló. Quiero que me llame un
responsable, no vuelvo a pasar por el call center."""),
("es", "supervisor-factura", "Contabilidad <contabilidad@nortesa.example>", "Factura F-20931", "billing", "high",
"""Hemos pedido tres veces una factura corregida con nuestro número de
pedido. Por favor, escalen esto a un supervisor, pagamos el viernes."""),
("es", "queja-tienda", "Diego Sáez <diego.saez@example.es>", "Su tienda de Valencia", "general", "high",
"""Un empleado de su tienda de Valencia me trató fatal el sábado. Quiero
hablar con el encargado de la tienda o con quien esté por encima."""),
("es", "reembolso-alguien-autoridad", "Mei García <mei.garcia@example.es>", "Reembolso atrasado", "billing", "high",
"""Hace 30 días que recogieron la nevera y no me han devuelto el dinero.
Páseme con alguien que pueda autorizar el pago de verdad, un superior."""),
("es", "hablar-jefe", "Gonzalo Mora <gonzalo.mora@example.es>", "Inútiles", "general", "high",
"""Nadie coge el teléfono y mi pedido va con dos semanas de retraso. Quiero
hablar con su jefe."""),
("es", "no-pido-reembolso-camara", "Olga Berg <olga.berg@example.es>", "Cámara wifi", "technical", "",
"""No estoy pidiendo un reembolso, solo necesito ayuda: el timbre con
cámara se desconecta del wifi todas las noches sobre las 2."""),
("es", "pago-bien-cojin", "Clara Duran <clara.duran@example.es>", "Falta un cojín", "general", "",
"""El pago fue bien y el sofá llegó a tiempo, pero falta uno de los tres
cojines. ¿Pueden enviarlo?"""),
("es", "no-factura-contrasena", "Raúl Meca <raul.meca@example.es>", "Portal", "technical", "",
"""Esto no es sobre una factura. Cuando intento restablecer la contraseña en
su portal, el enlace del correo dice que ha caducado al momento."""),
("es", "me-quedo-botas", "Teresa Vidal <teresa.vidal@example.es>", "Botas", "general", "",
"""Me quedo las botas, son preciosas. ¿Las tienen también en horma
ancha?"""),
("es", "re-hola-cobro", "Benito Haro <benito.haro@example.es>", "Re: Hola", "billing", "",
"""Perdón, olvidé decirlo en el último correo: me quitaron 45,99 de la
tarjeta dos veces el 3 de mayo y solo hice un pedido."""),
("es", "rv-lampara-dinero", "Lina Fuentes <lina.fuentes@example.es>", "RV: Confirmación de entrega", "billing", "",
"""La lámpara de esta entrega llegó con la pantalla aplastada. No quiero
otra, quiero que me devuelvan el dinero a la tarjeta."""),
("es", "seguimiento-impresora", "Omar Fadel <omar.fadel@example.es>", "Seguimiento", "technical", "",
"""Sobre mi llamada: la impresora sigue diciendo "atasco de papel" aunque
no tiene ni una hoja dentro. Hemos abierto todas las tapas."""),
("es", "hola-monitor", "Juana Cobos <juana.cobos@example.es>", "Hola", "technical", "",
"""El monitor nuevo parpadea cuando conecto el cable HDMI del portátil. Con
USB-C va bien."""),
("es", "cancelar-caja-recetas", "Hernán Bello <hernan.bello@example.es>", "Cancelación", "billing", "",
"""Por favor, cancelen mi suscripción a la caja de recetas. Me he mudado y
ya no la necesito. Que no me cobren la semana que viene."""),
("es", "baja-plan-garantia", "Fina Ruiz <fina.ruiz@example.es>", "Plan de garantía", "billing", "",
"""Quiero darme de baja del plan de garantía mensual de la lavadora, son
7,99 al mes y ya no tengo la lavadora."""),
("es", "renovacion-socio", "Kike Yagüe <kike.yague@example.es>", "Correo de renovación", "billing", "",
"""Me ha llegado un correo de que mi cuota de socio anual se renueva la
semana que viene por 89 euros. No quiero renovarla, desactívenlo."""),
("es", "ningun-usuario-entra", "Operaciones <ops@verdecampo.example>", "Ningún usuario puede acceder", "technical", "high",
"""Ninguno de nuestros 40 usuarios puede iniciar sesión desde el
mantenimiento de anoche. La página de acceso se queda cargando. Tenemos
todo el negocio parado."""),
("es", "pasarela-caida", "Tienda online <tienda@ceramicas.example>", "No funciona el pago", "technical", "high",
"""Su pasarela de pago está caída desde esta mañana, los clientes no pueden
pagar en nuestra web. Estamos perdiendo ventas."""),
("es", "tarjetas-habitacion", "Recepción noche <noche@hotelcentro.example>", "Sistema de tarjetas caído", "technical", "high",
"""Todo el sistema de tarjetas de las habitaciones se ha caído, ningún
huésped puede entrar en su habitación. Manden a alguien ya."""),
("es", "elogio-instalacion", "Irene Palma <irene.palma@example.es>", "Instalación", "general", "",
"""Los dos chicos que instalaron los electrodomésticos de la cocina fueron
fantásticos: cuidadosos, educados y rápidos. Gracias a todo el equipo."""),
("es", "elogio-chat", "Nicolás Bravo <nicolas.bravo@example.es>", "Su chat", "general", "",
"""Solo una nota para decir que la persona del chat de ayer tuvo muchísima
paciencia conmigo. Una atención excelente, se agradece."""),
("es", "elogio-cambio", "Gracia Moreno <gracia.m@example.es>", "Gracias", "general", "",
"""Gracias por hacer el cambio tan rápido, el vestido nuevo me queda
perfecto. ¡Clienta muy contenta!"""),
("es", "reembolso-no-llega", "Carlos Hierro <carlos.hierro@example.es>", "Sigo esperando", "billing", "",
"""Confirmaron mi devolución el día 2 pero el reembolso todavía no aparece
en mi cuenta. ¿Cuánto suele tardar?"""),
("es", "gastos-envio", "Pamela Elías <pamela.elias@example.es>", "Gastos de envío", "billing", "",
"""Me han cobrado 9,95 de envío aunque la web decía que el envío era
gratis a partir de 50 euros, y mi pedido era de 62."""),
("es", "auriculares-un-lado", "Lucas Gracia <lucas.gracia@example.es>", "Auriculares", "technical", "",
"""Solo suena el lado izquierdo de los auriculares. Lo he probado con dos
móviles distintos."""),
("es", "nevera-ruido", "Amir Jalil <amir.jalil@example.es>", "Ruido de la nevera", "technical", "",
"""La nevera hace un zumbido muy fuerte cada pocos minutos y la luz de
dentro no se enciende."""),
("es", "direccion-exposicion", "Rosa Díez <rosa.diez@example.es>", "Visita", "general", "",
"""¿Cuál es la dirección de su exposición en Sevilla y hay aparcamiento
cerca?"""),
("es", "domingo-tarde", "Tino López <tino.lopez@example.es>", "Domingo", "general", "",
"""¿Abren los domingos por la tarde?"""),
("es", "cambiar-direccion", "Catalina Nieto <catalina.n@example.es>", "Dirección de entrega", "general", "",
"""¿Puedo cambiar la dirección de entrega de mi pedido? Esa semana estaré en
casa de mis padres."""),
("es", "etiqueta-devolucion", "Jon Pérez <jon.perez@example.es>", "Devolución", "billing", "",
"""Quiero devolver la lámpara de escritorio, no es lo que esperaba. ¿Me
pueden mandar una etiqueta de devolución?"""),
("es", "omic-reembolso", "Vera Lago <vera.lago@example.es>", "Reembolso sin pagar", "billing", "high",
"""Llevo ocho semanas esperando el reembolso de 420 euros. Si no lo pagan
antes de fin de mes, presentaré una reclamación en la OMIC y lo llevaré a
juicio."""),
("es", "banco-disputa", "Adán Colmenar <adan.c@example.es>", "Cargo que no reconozco", "billing", "high",
"""Hay un cargo de 120 euros de su empresa en mi extracto que no hice. Ya
lo he hablado con mi banco y abrirán una disputa del cargo si no lo
anulan ustedes."""),
("es", "copia-ticket", "Nina Ramos <nina.ramos@example.es>", "Ticket de compra", "billing", "",
"""¿Me pueden enviar una copia del ticket de la aspiradora que compré en
marzo? Lo necesito para la garantía del fabricante."""),
("es", "catalogo-papel", "Edita Sanz <edita.sanz@example.es>", "Catálogo", "general", "",
"""¿Siguen enviando el catálogo en papel por correo? Me gustaría recibir
uno."""),
("es", "reloj-sincroniza", "León Chacón <leon.chacon@example.es>", "Reloj", "technical", "",
"""El reloj inteligente dejó de sincronizar los pasos con la app del móvil
después de la última actualización."""),
("es", "franja-entrega", "Ana Bueno <ana.bueno@example.es>", "Entrega", "general", "",
"""¿Se puede elegir una franja de mañana para la entrega del armario?"""),
("es", "hoja-reclamaciones", "Luis Ferrer <luis.ferrer@example.es>", "Hoja de reclamaciones", "general", "high",
"""En su tienda de Málaga se negaron a darme la hoja de reclamaciones.
Exijo hablar con un responsable de atención al cliente hoy."""),
("es", "cafetera-fuga", "Marisa Ortiz <marisa.ortiz@example.es>", "Cafetera", "technical", "",
"""La cafetera pierde agua por la base desde la primera semana, deja un
charco en la encimera."""),
# ---------------- Polish ----------------
("pl", "kierownik-piekarnik", "Zuzanna Nowak <zuzanna.n@example.pl>", "Re: mój piekarnik", "technical", "high",
"""Piekarnik wybija korki za każdym razem, gdy włączam grill. Serwisant był
dwa razy i nic nie naprawił. Chcę, żeby zadzwonił do mnie kierownik, a
nie znowu infolinia."""),
("pl", "przelozony-faktura", "Księgowość <ksiegowosc@polnoc.example>", "Faktura FV/20931", "billing", "high",
"""Trzy razy prosiliśmy o korektę faktury z naszym numerem zamówienia.
Proszę przekazać sprawę przełożonemu, płatności robimy w piątek."""),
("pl", "skarga-sklep", "Dariusz Sowa <dariusz.sowa@example.pl>", "Wasz sklep w Poznaniu", "general", "high",
"""Pracownik Waszego sklepu w Poznaniu potraktował mnie w sobotę bardzo
niegrzecznie. Chcę rozmawiać z kierownikiem sklepu albo kimś wyżej."""),
("pl", "zwrot-ktos-decyzyjny", "Mei Kowalska <mei.kowalska@example.pl>", "Opóźniony zwrot", "billing", "high",
"""Minęło 30 dni, odkąd odebraliście lodówkę, a pieniędzy dalej nie ma.
Proszę przekazać moją sprawę komuś, kto naprawdę może zatwierdzić wypłatę
- kierownikowi działu."""),
("pl", "szef", "Grzegorz Maj <grzegorz.maj@example.pl>", "Porażka", "general", "high",
"""Nikt nie odbiera telefonu, a zamówienie ma dwa tygodnie spóźnienia.
Proszę mnie połączyć z Waszym szefem."""),
("pl", "nie-prosze-o-zwrot-kamera", "Ola Berger <ola.berger@example.pl>", "Kamera wifi", "technical", "",
"""Nie proszę o zwrot pieniędzy, potrzebuję tylko pomocy: kamera w
dzwonku co noc około 2 rozłącza się z wifi."""),
("pl", "platnosc-ok-poduszka", "Klara Duda <klara.duda@example.pl>", "Brakuje poduszki", "general", "",
"""Płatność przeszła bez problemu i kanapa przyjechała na czas, ale brakuje
jednej z trzech poduszek. Czy możecie ją dosłać?"""),
("pl", "nie-faktura-haslo", "Rafał Mech <rafal.mech@example.pl>", "Portal", "technical", "",
"""To nie sprawa faktury. Kiedy próbuję zresetować hasło w Waszym portalu,
link z maila od razu pokazuje, że wygasł."""),
("pl", "zostawiam-kozaki", "Teresa Wilk <teresa.wilk@example.pl>", "Kozaki", "general", "",
"""Kozaki zostawiam, są śliczne. Czy macie je też w wersji na szerszą
stopę?"""),
("pl", "re-dzien-dobry-dwa-razy", "Bartosz Hajduk <bartosz.h@example.pl>", "Re: Dzień dobry", "billing", "",
"""Przepraszam, zapomniałem napisać w poprzednim mailu: 3 maja pobraliście
z mojej karty 45,99 zł dwa razy, a złożyłem jedno zamówienie."""),
("pl", "fwd-lampa-pieniadze", "Lina Fornal <lina.fornal@example.pl>", "Fwd: Potwierdzenie dostawy", "billing", "",
"""Lampa z tej dostawy przyszła ze zgniecionym kloszem. Nie chcę nowej,
proszę o oddanie pieniędzy na kartę."""),
("pl", "drukarka-papier", "Omar Fajed <omar.fajed@example.pl>", "Kontynuacja", "technical", "",
"""W nawiązaniu do rozmowy: drukarka dalej pokazuje "zacięcie papieru",
chociaż nie ma w niej ani jednej kartki. Otworzyliśmy wszystkie klapki."""),
("pl", "czesc-monitor", "Janina Kuc <janina.kuc@example.pl>", "Cześć", "technical", "",
"""Nowy monitor migocze, kiedy podłączam kabel HDMI z laptopa. Przez USB-C
jest dobrze."""),
("pl", "anuluj-pudelko", "Henryk Bela <henryk.bela@example.pl>", "Anulowanie", "billing", "",
"""Proszę anulować moją subskrypcję pudełek z przepisami. Przeprowadziłem
się i już jej nie potrzebuję. Proszę nie pobierać opłaty za przyszły
tydzień."""),
("pl", "rezygnacja-gwarancja", "Felicja Rak <felicja.rak@example.pl>", "Pakiet gwarancyjny", "billing", "",
"""Chcę zrezygnować z miesięcznego pakietu gwarancyjnego na pralkę, to
29,99 zł miesięcznie, a pralki już nie mam."""),
("pl", "odnowienie-czlonkostwa", "Kamil Jurek <kamil.jurek@example.pl>", "Mail o odnowieniu", "billing", "",
"""Dostałem maila, że moje roczne członkostwo przedłuży się w przyszłym
tygodniu za 349 zł. Nie chcę przedłużenia, proszę to wyłączyć."""),
("pl", "nikt-z-uzytkownikow", "Operacje <ops@zielonepole.example>", "Żaden użytkownik nie może wejść", "technical", "high",
"""Żaden z naszych 40 użytkowników nie może się zalogować od wczorajszej
przerwy technicznej. Strona logowania tylko się kręci. Cała firma stoi."""),
("pl", "bramka-platnosci", "Sklep online <sklep@ceramika.example>", "Nie działa płatność", "technical", "high",
"""Wasza bramka płatności nie działa od rana, klienci nie mogą zapłacić w
naszym sklepie. Tracimy sprzedaż."""),
("pl", "karty-pokojowe", "Recepcja nocna <noc@hotel-centrum.example>", "System kart padł", "technical", "high",
"""Cały system kart do pokoi padł, żaden gość nie może wejść do swojego
pokoju. Proszę natychmiast kogoś przysłać."""),
("pl", "pochwala-montaz", "Iza Pawlik <iza.pawlik@example.pl>", "Montaż", "general", "",
"""Dwaj panowie, którzy montowali sprzęty w kuchni, byli fantastyczni:
staranni, uprzejmi i szybcy. Dziękuję całemu zespołowi."""),
("pl", "pochwala-czat", "Mikołaj Bury <mikolaj.bury@example.pl>", "Czat", "general", "",
"""Tylko krótko: osoba na czacie wczoraj była dla mnie bardzo cierpliwa.
Doskonała obsługa, dziękuję."""),
("pl", "pochwala-wymiana", "Gosia Mróz <gosia.mroz@example.pl>", "Dziękuję", "general", "",
"""Dziękuję, że wymiana poszła tak szybko, nowa sukienka leży idealnie.
Bardzo zadowolona klientka!"""),
("pl", "zwrot-nie-dotarl", "Karol Hajek <karol.hajek@example.pl>", "Nadal czekam", "billing", "",
"""Potwierdziliście mój zwrot 2-go, ale pieniądze dalej nie pojawiły się
na moim koncie. Ile to zwykle trwa?"""),
("pl", "koszt-dostawy", "Paula Ełk <paula.elk@example.pl>", "Koszt dostawy", "billing", "",
"""Naliczyliście mi 14,99 zł za dostawę, chociaż na stronie było napisane,
że dostawa od 200 zł jest darmowa, a zamówienie było za 249 zł."""),
("pl", "sluchawki-jedna-strona", "Łucja Garbacz <lucja.g@example.pl>", "Słuchawki", "technical", "",
"""Dźwięk jest tylko w lewej słuchawce. Sprawdzałam na dwóch różnych
telefonach."""),
("pl", "lodowka-halas", "Amir Nowicki <amir.n@example.pl>", "Hałas lodówki", "technical", "",
"""Lodówka co kilka minut głośno brzęczy, a światło w środku się nie
zapala."""),
("pl", "adres-salonu", "Róża Dębska <roza.debska@example.pl>", "Wizyta", "general", "",
"""Jaki jest adres Waszego salonu w Krakowie i czy jest w pobliżu gdzie
zaparkować?"""),
("pl", "niedziela", "Tymon Lis <tymon.lis@example.pl>", "Niedziela", "general", "",
"""Czy jesteście otwarci w niedzielę po południu?"""),
("pl", "zmiana-adresu", "Kasia Nowak <kasia.nowak@example.pl>", "Adres dostawy", "general", "",
"""Czy mogę zmienić adres dostawy mojego zamówienia? W tym tygodniu będę u
rodziców."""),
("pl", "etykieta-zwrotna", "Jan Pieczka <jan.pieczka@example.pl>", "Zwrot", "billing", "",
"""Chcę odesłać lampkę na biurko, nie jest taka, jak się spodziewałem.
Czy możecie przysłać etykietę zwrotną?"""),
("pl", "sad-zwrot", "Wera Lach <wera.lach@example.pl>", "Niezapłacony zwrot", "billing", "high",
"""Od ośmiu tygodni czekam na zwrot 420 zł. Jeśli do końca miesiąca
pieniądze nie wrócą, sprawa trafi do sądu."""),
("pl", "bank-reklamacja", "Adam Kolasa <adam.kolasa@example.pl>", "Obciążenie, którego nie rozpoznaję", "billing", "high",
"""Na wyciągu mam obciążenie 120 zł od Waszej firmy, którego nie robiłem.
Zgłosiłem to już w banku i złożą reklamację transakcji, jeśli tego nie
cofniecie."""),
("pl", "kopia-paragonu", "Nina Rybak <nina.rybak@example.pl>", "Paragon", "billing", "",
"""Czy możecie przesłać mi kopię paragonu za odkurzacz kupiony w marcu?
Potrzebuję jej do gwarancji producenta."""),
("pl", "katalog", "Edyta Szulc <edyta.szulc@example.pl>", "Katalog", "general", "",
"""Czy nadal wysyłacie papierowy katalog pocztą? Chętnie bym go
dostała."""),
("pl", "zegarek-synchronizacja", "Leon Chmiel <leon.chmiel@example.pl>", "Zegarek", "technical", "",
"""Smartwatch przestał synchronizować kroki z aplikacją w telefonie po
ostatniej aktualizacji."""),
("pl", "godzina-dostawy", "Anna Bukowska <anna.b@example.pl>", "Dostawa", "general", "",
"""Czy można wybrać poranną godzinę dostawy szafy?"""),
("pl", "ekspres-przecieka", "Marta Ostrowska <marta.o@example.pl>", "Ekspres", "technical", "",
"""Ekspres od pierwszego tygodnia przecieka od spodu, na blacie zostaje
kałuża."""),
("pl", "rozmowa-z-przelozonym-pralka", "Zenon Kulik <zenon.kulik@example.pl>", "Pralka - trzecie zgłoszenie", "technical", "high",
"""Pralka znowu nie odwirowuje, to trzecie zgłoszenie. Proszę o kontakt
osoby z kierownictwa, bo konsultanci tylko każą czekać."""),
]
