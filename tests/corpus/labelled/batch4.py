# batch4.py -- read by gen.py: labelled mails of the issue-15 failure
# classes, written before the rules were changed for them.
M += [
# ---------------- English ----------------
("en", "escalate-refund", "Gareth Owen <g.owen@example.co.uk>", "Still no refund", "billing", "high",
"""This is the third time I am writing about my refund for order 55120.
I want to speak to a supervisor, not another agent reading from a script.

Gareth Owen"""),
("en", "escalate-dishwasher", "Mrs P. Holt <pholt@example.com>", "Complaint", "technical", "high",
"""Your colleague on the phone hung up on me this morning. The dishwasher you
delivered last week still leaks all over the kitchen floor. I would like
this escalated to a manager please."""),
("en", "escalate-parcel", "Dan Reid <dan.reid@example.net>", "Delivery", "general", "high",
"""My parcel has been "out for delivery" for nine days. Put me through to
someone senior, I have had enough of the standard replies."""),
("en", "escalate-double-charge", "Olivia Brooks <olivia.b@example.com>", "Double charge", "billing", "high",
"""I was charged twice for order 77341 and nobody has answered my last two
emails. I want this escalated to your head of customer service today."""),
("en", "escalate-router", "N. Patel <n.patel@example.org>", "Router keeps dropping", "technical", "high",
"""The router drops the connection every twenty minutes, I have done every
step your first line support gave me. Please pass this to a team leader or
whoever is in charge, because this is going nowhere."""),
("en", "formal-complaint-courier", "Helen Ward <helen.ward@example.co.uk>", "Formal complaint", "general", "high",
"""I wish to make a formal complaint and have it reviewed by a senior member
of staff. Your courier was rude to my elderly mother and threw the parcel
over the garden fence."""),
("en", "not-billing-app", "Chris Moss <chris.moss@example.com>", "Not about my bill", "technical", "",
"""This is not a billing question - the app crashes every time I open the
orders page. iPhone 13, latest iOS."""),
("en", "no-refund-fix", "Beth Carter <beth.c@example.net>", "Blender lid", "technical", "",
"""I don't want a refund or a replacement, I just want to know how to sort
out the lid sensor. The blender only starts if I press the lid down really
hard."""),
("en", "invoice-fine-delivery", "Ian Fraser <ian.fraser@example.com>", "Order 44120", "general", "",
"""The invoice is fine and the payment went through, my question is only
about when the sofa will actually be delivered. Nobody has called to book
a slot."""),
("en", "not-returning", "Zoe King <zoe.king@example.org>", "The green jacket", "general", "",
"""I'm not returning the jacket, I love it! Do you have the matching
trousers in a size 12?"""),
("en", "charges-fine-login", "Mark Evans <mark.evans@example.com>", "Account", "technical", "",
"""Nothing wrong with the charges on my account, but I cannot log in since
yesterday. It says my password is wrong even right after I reset it."""),
("en", "re-order-refund", "Anna Lewis <anna.lewis@example.com>", "Re: order 28830", "billing", "",
"""Hi, the mixer arrived with a cracked bowl. I'd rather not wait for a new
one, please just give me my money back."""),
("en", "hello-refund", "Jack Turner <jack.t@example.net>", "Hello", "billing", "",
"""I sent the shoes back on Monday with the prepaid label. When will the
money show up on my card?"""),
("en", "question-tv-off", "Ruth Hall <ruth.hall@example.com>", "Question", "technical", "",
"""The TV turns itself off after about ten minutes, every single time. It
is plugged straight into the wall, no extension lead."""),
("en", "fwd-vat-number", "Finance <finance@brightdesk.example>", "Fwd: your order", "billing", "",
"""Could you re-issue the paperwork for this order with our VAT number on
it? It is GB 123 4567 89. Our auditors need it."""),
("en", "hi-there-saturday", "Lily Ross <lily.ross@example.com>", "Hi there", "general", "",
"""Just wondering until what time you're open on Saturdays?"""),
("en", "cancel-coffee-sub", "Peter Hughes <peter.h@example.com>", "Cancel my subscription", "billing", "",
"""Please cancel my monthly coffee subscription from the next billing date.
Thank you."""),
("en", "cancel-premium", "Sofia Green <sofia.green@example.org>", "Membership", "billing", "",
"""How do I cancel my premium membership? I don't want to be charged again
next month."""),
("en", "end-paid-plan", "Office Manager <office@lakeside.example>", "Stop our plan", "billing", "",
"""We'd like to end our paid plan, we don't use the service any more.
Please confirm no more payments will be taken."""),
("en", "auto-renewal", "George Hill <george.hill@example.com>", "Auto-renewal", "billing", "",
"""I didn't realise the annual plan renews automatically. Can you cancel it
before it renews on the 14th?"""),
("en", "urgent-team-login", "IT Desk <it@harbourlogistics.example>", "URGENT: the whole team cannot log in", "technical", "high",
"""Since 9am nobody in our office can log in to the dashboard, we get a 503
page. We have orders waiting to go out."""),
("en", "portal-down", "Front Desk <desk@seaviewhotel.example>", "Your system is down", "technical", "high",
"""The booking portal has been down for over an hour and we cannot take any
payments at reception. Please fix this asap."""),
("en", "terminals-offline", "Store 14 <store14@example.com>", "All card terminals offline", "technical", "high",
"""Urgent - all four card terminals in the store went offline at the same
time and now show "no connection". Queue out the door."""),
("en", "freezer-emergency", "Bella's Deli <bella@example.co.uk>", "Emergency - freezer not cooling", "technical", "high",
"""The freezer you installed on Tuesday is not cooling, it's at 5 degrees
and it is full of stock. We need an engineer today."""),
("en", "praise-driver", "Margaret Doyle <m.doyle@example.com>", "Thank you!", "general", "",
"""Just wanted to say your delivery driver was brilliant, he even carried
the washing machine up two flights of stairs. Great service."""),
("en", "praise-maria", "Tom Price <tom.price@example.net>", "Maria was great", "general", "",
"""Maria on your helpline sorted out my problem with the app in five
minutes. Please pass on my thanks to her."""),
("en", "praise-coffee", "Nadia Karim <nadia.k@example.com>", "Love it", "general", "",
"""Two months in and the coffee machine works perfectly. Best thing I've
bought this year, well done."""),
("en", "praise-quick-refund", "Will Scott <will.scott@example.org>", "Quick refund", "general", "",
"""Thanks for the quick refund, it was back on my card the next day. I'll
definitely order from you again."""),
("en", "parcel-tracking", "Eve Long <eve.long@example.com>", "Where is my parcel", "general", "",
"""The tracking number you sent hasn't moved since Thursday. Can you check
with the courier what is going on?"""),
("en", "gift-wrap", "Ruby Fox <ruby.fox@example.net>", "Gift wrapping", "general", "",
"""Do you offer gift wrapping for online orders? It's for my sister's
birthday."""),
("en", "vacuum-warranty", "Alan Webb <alan.webb@example.com>", "Vacuum cleaner", "technical", "",
"""My vacuum cleaner has lost most of its suction and it is 14 months old.
Is it still under warranty and can you repair it?"""),
("en", "wrong-colour-kettle", "Jo Baxter <jo.baxter@example.com>", "Wrong colour", "billing", "",
"""I ordered the green kettle and got a red one. Can you swap it for the
right one?"""),
("en", "price-match", "Ravi Kumar <ravi.k@example.org>", "Price", "general", "",
"""I saw the same headphones 20 pounds cheaper on another site. Do you
price match?"""),
("en", "earbuds-pair", "Molly Adams <molly.a@example.com>", "Earbuds", "technical", "",
"""The earbuds pair with my laptop without any trouble but my phone doesn't
see them at all."""),
("en", "ico-threat", "Paul Grey <paul.grey@example.co.uk>", "Stop emailing me", "general", "high",
"""You keep sending me marketing emails after I unsubscribed twice. If it
doesn't stop I will report you to the ICO and speak to my lawyer."""),
("en", "chargeback-renewal", "Karen Bell <karen.bell@example.com>", "Renewal I didn't ask for", "billing", "high",
"""You renewed my subscription without asking me. Put the money back or I
will ask my bank for a chargeback."""),
("en", "back-in-stock", "Sam Wood <sam.wood@example.net>", "Toaster", "general", "",
"""When will the 4-slice toaster be back in stock?"""),
("en", "thermostat-update", "Derek Lamb <derek.l@example.com>", "Update failed", "technical", "",
"""The update on the smart thermostat stopped halfway and now the screen is
blank."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "klimakosi-epistrofi", "Δημήτρης Κ. <dimitris.k@example.gr>", "Ακόμα καμία επιστροφή", "billing", "high",
"""Γράφω τρίτη φορά για την επιστροφή των χρημάτων της παραγγελίας 55120.
Θέλω να μιλήσω με τον υπεύθυνο, όχι με άλλον υπάλληλο που διαβάζει
έτοιμες απαντήσεις."""),
("el", "klimakosi-plyntirio", "Αγγελική Π. <angeliki.p@example.gr>", "Παράπονο", "technical", "high",
"""Το πλυντήριο πιάτων που μου φέρατε τρέχει νερά από την πρώτη μέρα. Ζητώ
να αναλάβει το θέμα κάποιος προϊστάμενος, το τηλεφωνικό κέντρο δεν
βοηθάει καθόλου."""),
("el", "klimakosi-dema", "Σπύρος Μ. <spyros.m@example.gr>", "Παράδοση", "general", "high",
"""Το δέμα μου είναι «σε διανομή» εδώ και εννιά μέρες. Θέλω να μιλήσω με
κάποιον διευθυντή, φτάνει πια με τις έτοιμες απαντήσεις."""),
("el", "klimakosi-dipli", "Ευτυχία Λ. <eftychia.l@example.gr>", "Διπλή χρέωση", "billing", "high",
"""Με χρεώσατε δύο φορές για την παραγγελία 77341 και κανείς δεν απαντά
στα μηνύματά μου. Παρακαλώ να πάει το θέμα στον προϊστάμενο της
εξυπηρέτησης πελατών σήμερα."""),
("el", "klimakosi-router", "Νίκος Β. <nikos.v@example.gr>", "Το ρούτερ κόβεται", "technical", "high",
"""Το ρούτερ χάνει τη σύνδεση κάθε είκοσι λεπτά. Έκανα ό,τι μου είπατε στο
τηλέφωνο. Θέλω να μιλήσω με τον υπεύθυνο του τμήματος."""),
("el", "oxi-xreosi-efarmogi", "Χρήστος Δ. <christos.d@example.gr>", "Δεν αφορά χρέωση", "technical", "",
"""Δεν είναι θέμα χρέωσης ή πληρωμής: η εφαρμογή κλείνει μόνη της κάθε
φορά που ανοίγω τις παραγγελίες μου. iPhone 13."""),
("el", "oxi-epistrofi-kapaki", "Βασιλική Τ. <vasiliki.t@example.gr>", "Μπλέντερ", "technical", "",
"""Δεν θέλω επιστροφή χρημάτων ούτε αντικατάσταση, θέλω μόνο να μάθω πώς
να φτιάξω το καπάκι. Το μπλέντερ ξεκινάει μόνο αν το πατήσω πολύ δυνατά."""),
("el", "timologio-entaxei", "Γιάννης Φ. <giannis.f@example.gr>", "Παραγγελία 44120", "general", "",
"""Το τιμολόγιο είναι εντάξει και η πληρωμή πέρασε, θέλω μόνο να μάθω πότε
θα μου παραδώσετε τον καναπέ."""),
("el", "den-to-epistrefo", "Ζωή Κ. <zoi.k@example.gr>", "Το φόρεμα", "general", "",
"""Δεν θα το επιστρέψω, μου αρέσει πάρα πολύ! Το έχετε και σε μπλε;"""),
("el", "gl-epistrofi-proiontos", "Kostas P. <kostas.p@example.gr>", "epistrofi", "billing", "",
"""Kalhspera, thelo na epistrepso to proion pou phra, den mou kanei to
megethos. Ti prepei na kano?"""),
("el", "gl-email", "maria88 <maria88@example.gr>", "email", "technical", "",
"""Den erxetai to email epibebaiwshs otan kanw eggrafh sto site, to
dokimasa 3 fores."""),
("el", "gl-lefta", "Thanos G. <thanos.g@example.gr>", "Paraggelia 39914", "billing", "",
"""Geia sas, to mixer hrthe spasmeno. Thelw ta lefta mou pisw, den thelw
allo."""),
("el", "gl-dipli-xreosi", "Eleni S. <eleni.s@example.gr>", "xrewsh", "billing", "",
"""Me xrewsate 2 fores gia thn idia paraggelia, 49,90 kai 49,90.
Parakalw diorthwste to."""),
("el", "gl-kafetiera", "Panos <panos.k@example.gr>", "kafetiera", "technical", "",
"""H kafetiera den anavei katholou, oute to fotaki. Thn exw mono 3 mhnes."""),
("el", "gl-orario", "Katerina L. <katerina.l@example.gr>", "wrario", "general", "",
"""Ti wra kleinete to Savvato? Thelw na perasw apo to katasthma."""),
("el", "gl-ypeuthynos", "Giorgos M. <giorgos.m@example.gr>", "Parapono", "general", "high",
"""8elw na milhsw me ton ypeu8ino. Perimenw 2 evdomades to dema kai kaneis
den apanta sto thlefwno."""),
("el", "gl-akyrosi-syndromis", "Dimitra A. <dimitra.a@example.gr>", "akyrwsh syndromhs", "billing", "",
"""Parakalw akyrwste thn syndromh mou apo ton epomeno mhna, den thelw na
xrewthw ksana."""),
("el", "gl-efxaristo", "Sofia T. <sofia.t@example.gr>", "Euxaristw", "general", "",
"""Hthela na pw ena megalo euxaristw sthn kyria Eleni, htan poly
eksypiretikh kai gelasth."""),
("el", "gl-epeigon-syndesi", "IT Alfa <it@alfa-logistics.example>", "EPEIGON", "technical", "high",
"""Epeigon! Kanenas sto grafeio den mporei na syndethei sto systhma apo to
prwi, bgazei error 503."""),
("el", "re-paraggelia-xrimata", "Ελπίδα Ν. <elpida.n@example.gr>", "Re: παραγγελία 28830", "billing", "",
"""Καλησπέρα, το μίξερ ήρθε με ραγισμένο μπολ. Δεν θέλω να περιμένω
καινούριο, επιστρέψτε μου απλώς τα χρήματα."""),
("el", "geia-xrimata-karta", "Πέτρος Α. <petros.a@example.gr>", "Γεια σας", "billing", "",
"""Έστειλα πίσω τα παπούτσια τη Δευτέρα με την προπληρωμένη ετικέτα. Πότε
θα μπουν τα χρήματα στην κάρτα μου;"""),
("el", "erotisi-tileorasi", "Ρένα Χ. <rena.x@example.gr>", "Ερώτηση", "technical", "",
"""Η τηλεόραση σβήνει μόνη της μετά από περίπου δέκα λεπτά, κάθε φορά.
Είναι στην πρίζα απευθείας, χωρίς πολύπριζο."""),
("el", "fwd-afm", "Λογιστήριο <logistirio@example.gr>", "Fwd: η παραγγελία σας", "billing", "",
"""Μπορείτε να ξαναβγάλετε το παραστατικό αυτής της παραγγελίας με το ΑΦΜ
της εταιρείας μας; Είναι 099999999."""),
("el", "akyrosi-kafe", "Μάρκος Ι. <markos.i@example.gr>", "Ακύρωση συνδρομής", "billing", "",
"""Παρακαλώ ακυρώστε τη μηνιαία συνδρομή μου για τον καφέ από την επόμενη
χρέωση. Ευχαριστώ."""),
("el", "stop-premium", "Αλεξάνδρα Ρ. <alexandra.r@example.gr>", "Συνδρομή premium", "billing", "",
"""Πώς μπορώ να σταματήσω τη συνδρομή premium; Δεν θέλω να πληρώσω ξανά
τον άλλο μήνα."""),
("el", "aftomati-ananeosi", "Στέφανος Ο. <stefanos.o@example.gr>", "Αυτόματη ανανέωση", "billing", "",
"""Δεν ήξερα ότι το ετήσιο πακέτο ανανεώνεται αυτόματα. Μπορείτε να το
ακυρώσετε πριν ανανεωθεί στις 14 του μήνα;"""),
("el", "epeigon-omada", "Τμήμα IT <it@limani-logistics.example>", "ΕΠΕΙΓΟΝ: κανείς στην ομάδα δεν μπορεί να συνδεθεί", "technical", "high",
"""Από τις 9 το πρωί κανείς στο γραφείο δεν μπαίνει στον πίνακα ελέγχου,
βγάζει σελίδα 503. Έχουμε παραγγελίες που περιμένουν."""),
("el", "platforma-ektos", "Ρεσεψιόν <reception@thalassa-hotel.example>", "Το σύστημά σας έχει πέσει", "technical", "high",
"""Η πλατφόρμα κρατήσεων είναι εκτός λειτουργίας πάνω από μία ώρα και δεν
μπορούμε να πάρουμε πληρωμές στη ρεσεψιόν. Φτιάξτε το άμεσα."""),
("el", "pos-ektos", "Κατάστημα 14 <store14@example.gr>", "Όλα τα POS εκτός", "technical", "high",
"""Επειγόντως: και τα τέσσερα τερματικά καρτών στο κατάστημα έμειναν
ταυτόχρονα χωρίς σύνδεση. Έχουμε ουρά μέχρι την πόρτα."""),
("el", "epainos-odigos", "Κυρία Φωτεινή <foteini.m@example.gr>", "Ευχαριστώ!", "general", "",
"""Ήθελα να πω ότι ο οδηγός σας ήταν υπέροχος, ανέβασε το πλυντήριο δύο
ορόφους με τα πόδια. Μπράβο σας."""),
("el", "epainos-maria", "Θοδωρής Κ. <thodoris.k@example.gr>", "Η Μαρία ήταν εξαιρετική", "general", "",
"""Η κυρία Μαρία στο τηλεφωνικό κέντρο έλυσε το πρόβλημα με την εφαρμογή
σε πέντε λεπτά. Να της μεταφέρετε τις ευχαριστίες μου."""),
("el", "epainos-kafetiera", "Ναταλία Ζ. <natalia.z@example.gr>", "Τέλεια", "general", "",
"""Δύο μήνες τώρα η καφετιέρα δουλεύει άψογα. Η καλύτερη αγορά της
χρονιάς, συγχαρητήρια."""),
("el", "dema-kouriers", "Άννα Μ. <anna.m@example.gr>", "Πού είναι το δέμα μου", "general", "",
"""Ο αριθμός αποστολής δεν έχει κουνηθεί από την Πέμπτη. Μπορείτε να
ελέγξετε με την εταιρεία courier τι γίνεται;"""),
("el", "syskevasia-dorou", "Ιωάννα Β. <ioanna.v@example.gr>", "Συσκευασία δώρου", "general", "",
"""Κάνετε συσκευασία δώρου για παραγγελίες από το site; Είναι για τα
γενέθλια της αδερφής μου."""),
("el", "skoupa-engyisi", "Μιχάλης Τ. <michalis.t@example.gr>", "Ηλεκτρική σκούπα", "technical", "",
"""Η σκούπα έχει χάσει σχεδόν όλη την αναρρόφηση και είναι 14 μηνών. Είναι
ακόμα στην εγγύηση; Μπορείτε να την επισκευάσετε;"""),
("el", "lathos-xroma", "Ειρήνη Λ. <eirini.l@example.gr>", "Λάθος χρώμα", "billing", "",
"""Παρήγγειλα τον πράσινο βραστήρα και ήρθε κόκκινος. Μπορείτε να μου τον
αλλάξετε;"""),
("el", "ananeosi-trapeza", "Κώστας Ε. <kostas.e@example.gr>", "Ανανέωση χωρίς έγκριση", "billing", "high",
"""Ανανεώσατε τη συνδρομή μου χωρίς να με ρωτήσετε. Επιστρέψτε τα χρήματα
αλλιώς θα ζητήσω από την τράπεζα να ακυρώσει τη συναλλαγή."""),
("el", "thermostatis", "Λευτέρης Σ. <lefteris.s@example.gr>", "Αναβάθμιση", "technical", "",
"""Η ενημέρωση στον έξυπνο θερμοστάτη σταμάτησε στη μέση και τώρα η οθόνη
είναι κενή."""),
# ---------------- Spanish ----------------
("es", "escalar-reembolso", "Javier Ruiz <javier.ruiz@example.es>", "Sigo sin reembolso", "billing", "high",
"""Es la tercera vez que escribo por el reembolso del pedido 55120. Quiero
hablar con un responsable, no con otro agente que me lee un guion."""),
("es", "escalar-lavavajillas", "Carmen Vidal <carmen.vidal@example.es>", "Queja", "technical", "high",
"""El lavavajillas que me entregaron la semana pasada sigue perdiendo agua
por debajo. Exijo que esto lo lleve un supervisor, en el teléfono no me
solucionan nada."""),
("es", "escalar-paquete", "Diego Marín <diego.marin@example.es>", "Entrega", "general", "high",
"""Mi paquete lleva nueve días "en reparto". Pásenme con algún encargado,
estoy harto de respuestas automáticas."""),
("es", "escalar-cobro-doble", "Lucía Herrera <lucia.h@example.es>", "Cobro doble", "billing", "high",
"""Me cobraron dos veces el pedido 77341 y nadie contesta a mis correos.
Quiero que lo vea hoy mismo el jefe de atención al cliente."""),
("es", "escalar-router", "Raúl Ortega <raul.ortega@example.es>", "El router se desconecta", "technical", "high",
"""El router pierde la conexión cada veinte minutos y ya hice todo lo que
me dijeron. Por favor, pasen mi caso a un superior porque así no
avanzamos."""),
("es", "reclamacion-formal", "Pilar Navarro <pilar.n@example.es>", "Reclamación formal", "general", "high",
"""Quiero presentar una reclamación formal y que la revise alguien con
responsabilidad. El repartidor fue muy grosero con mi madre y tiró el
paquete por encima de la valla."""),
("es", "no-es-cobro-app", "Andrés Gil <andres.gil@example.es>", "No es sobre la factura", "technical", "",
"""No es una consulta de facturación: la app se cierra sola cada vez que
abro la página de pedidos. iPhone 13, iOS actualizado."""),
("es", "no-quiero-reembolso", "Elena Campos <elena.campos@example.es>", "Tapa de la batidora", "technical", "",
"""No quiero reembolso ni cambio, solo saber cómo arreglar el sensor de la
tapa. La batidora solo arranca si aprieto la tapa con mucha fuerza."""),
("es", "factura-bien-entrega", "Miguel Serrano <miguel.s@example.es>", "Pedido 44120", "general", "",
"""La factura está bien y el pago se hizo sin problema, solo quiero saber
cuándo me van a entregar el sofá. Nadie me ha llamado."""),
("es", "no-lo-devuelvo", "Marta Prieto <marta.prieto@example.es>", "La chaqueta verde", "general", "",
"""¡No voy a devolver la chaqueta, me encanta! ¿Tienen el pantalón a juego
en la talla 40?"""),
("es", "cargos-bien-login", "Jorge Molina <jorge.molina@example.es>", "Mi cuenta", "technical", "",
"""Los cargos de mi cuenta están bien, pero desde ayer no puedo entrar. Me
dice que la contraseña es incorrecta aunque la acabo de cambiar."""),
("es", "re-pedido-dinero", "Rocío Santos <rocio.santos@example.es>", "Re: pedido 28830", "billing", "",
"""Hola, la amasadora llegó con el bol rajado. No quiero esperar a otra,
por favor devuélvanme lo que pagué."""),
("es", "hola-dinero", "Alberto Díaz <alberto.diaz@example.es>", "Hola", "billing", "",
"""Envié las zapatillas el lunes con la etiqueta prepagada. ¿Cuándo veré
el dinero en mi tarjeta?"""),
("es", "consulta-tele", "Nuria Blanco <nuria.blanco@example.es>", "Consulta", "technical", "",
"""La tele se apaga sola a los diez minutos más o menos, siempre. Está
enchufada directamente a la pared."""),
("es", "rv-cif", "Administración <admin@talleresgomez.example>", "RV: su pedido", "billing", "",
"""¿Pueden volver a emitir el documento de este pedido con nuestro CIF?
Es B12345678, lo necesita la gestoría."""),
("es", "buenas-sabado", "Clara Ramos <clara.ramos@example.es>", "Buenas", "general", "",
"""¿Hasta qué hora abren los sábados?"""),
("es", "cancelar-suscripcion-cafe", "Pablo Iglesias <pablo.i@example.es>", "Cancelar suscripción", "billing", "",
"""Por favor, cancelen mi suscripción mensual de café a partir del próximo
cargo. Gracias."""),
("es", "baja-premium", "Sonia Castro <sonia.castro@example.es>", "Cuenta premium", "billing", "",
"""¿Cómo me doy de baja de la cuenta premium? No quiero que me vuelvan a
cobrar el mes que viene."""),
("es", "fin-plan-empresa", "Oficina <oficina@gestoriasur.example>", "Dar de baja el plan", "billing", "",
"""Queremos dar de baja nuestro plan de pago, ya no usamos el servicio.
Confírmennos que no habrá más cargos."""),
("es", "renovacion-automatica", "Hugo Méndez <hugo.mendez@example.es>", "Renovación automática", "billing", "",
"""No sabía que el plan anual se renueva solo. ¿Pueden cancelarlo antes de
que se renueve el día 14?"""),
("es", "urgente-equipo-acceso", "Informática <it@logisticamar.example>", "URGENTE: nadie del equipo puede entrar", "technical", "high",
"""Desde las 9 nadie de la oficina puede entrar en el panel, sale una
página 503. Tenemos pedidos esperando para salir."""),
("es", "sistema-caido", "Recepción <recepcion@hotelmar.example>", "Su sistema está caído", "technical", "high",
"""El portal de reservas lleva más de una hora caído y no podemos cobrar
en recepción. Arréglenlo cuanto antes."""),
("es", "datafonos", "Tienda 14 <tienda14@example.es>", "Todos los datáfonos sin conexión", "technical", "high",
"""Urgente: los cuatro datáfonos de la tienda se han quedado sin conexión a
la vez. Tenemos cola hasta la puerta."""),
("es", "congelador", "Bar Paco <barpaco@example.es>", "Emergencia: el congelador no enfría", "technical", "high",
"""El congelador que instalaron el martes no enfría, está a 5 grados y
lleno de género. Necesitamos un técnico hoy."""),
("es", "elogio-repartidor", "Dolores Fuentes <dolores.f@example.es>", "¡Gracias!", "general", "",
"""Solo quería decirles que el repartidor fue un encanto, subió la
lavadora dos pisos por la escalera. Un servicio estupendo."""),
("es", "elogio-maria", "Tomás León <tomas.leon@example.es>", "María fue genial", "general", "",
"""María, del teléfono de atención, me resolvió el problema con la app en
cinco minutos. Denle las gracias de mi parte."""),
("es", "elogio-cafetera", "Inés Vega <ines.vega@example.es>", "Encantada", "general", "",
"""Dos meses ya y la cafetera funciona de maravilla. La mejor compra del
año, enhorabuena."""),
("es", "elogio-reembolso-rapido", "Ramón Cruz <ramon.cruz@example.es>", "Reembolso rapidísimo", "general", "",
"""Gracias por el reembolso tan rápido, al día siguiente ya lo tenía en la
tarjeta. Volveré a comprar seguro."""),
("es", "seguimiento-paquete", "Eva Rubio <eva.rubio@example.es>", "¿Dónde está mi paquete?", "general", "",
"""El número de seguimiento no se mueve desde el jueves. ¿Pueden
preguntar a la mensajería qué pasa?"""),
("es", "envolver-regalo", "Irene Soler <irene.soler@example.es>", "Papel de regalo", "general", "",
"""¿Envuelven para regalo los pedidos de la web? Es para el cumpleaños de
mi hermana."""),
("es", "aspiradora-garantia", "Víctor Pastor <victor.p@example.es>", "Aspiradora", "technical", "",
"""La aspiradora ha perdido casi toda la potencia de succión y tiene 14
meses. ¿Sigue en garantía? ¿Me la pueden reparar?"""),
("es", "color-equivocado", "Alicia Mora <alicia.mora@example.es>", "Color equivocado", "billing", "",
"""Pedí el hervidor verde y me ha llegado uno rojo. ¿Me lo pueden cambiar
por el correcto?"""),
("es", "igualar-precio", "Sergio Nieto <sergio.n@example.es>", "Precio", "general", "",
"""He visto los mismos auriculares 20 euros más baratos en otra web.
¿Igualan el precio?"""),
("es", "auriculares-emparejar", "Laura Sanz <laura.sanz@example.es>", "Auriculares", "technical", "",
"""Los auriculares se emparejan con el portátil sin problema, pero el móvil
no los ve."""),
("es", "proteccion-datos", "Fernando Gallego <fernando.g@example.es>", "Dejen de escribirme", "general", "high",
"""Me siguen mandando publicidad después de darme de baja dos veces. Si no
para, lo denunciaré a la Agencia de Protección de Datos y hablaré con mi
abogado."""),
("es", "contracargo-renovacion", "Beatriz Lozano <beatriz.l@example.es>", "Renovación que no pedí", "billing", "high",
"""Me han renovado la suscripción sin preguntarme. Devuélvanme el dinero o
pediré a mi banco que anule el cargo."""),
("es", "tostadora-stock", "Adrián Vargas <adrian.v@example.es>", "Tostadora", "general", "",
"""¿Cuándo volverá a haber existencias de la tostadora de cuatro
rebanadas?"""),
("es", "termostato-actualizacion", "Gloria Peña <gloria.pena@example.es>", "Actualización", "technical", "",
"""La actualización del termostato inteligente se quedó a medias y ahora
la pantalla está en blanco."""),
# ---------------- Polish ----------------
("pl", "eskalacja-zwrot", "Grzegorz Wójcik <grzegorz.w@example.pl>", "Nadal brak zwrotu", "billing", "high",
"""Piszę już trzeci raz w sprawie zwrotu pieniędzy za zamówienie 55120.
Chcę rozmawiać z kierownikiem, a nie z kolejnym konsultantem, który czyta
z kartki."""),
("pl", "eskalacja-zmywarka", "Barbara Kaczmarek <barbara.k@example.pl>", "Skarga", "technical", "high",
"""Zmywarka, którą dostarczyliście w zeszłym tygodniu, dalej cieknie na
podłogę. Proszę przekazać sprawę przełożonemu, infolinia nic nie
pomaga."""),
("pl", "eskalacja-paczka", "Marek Zieliński <marek.z@example.pl>", "Dostawa", "general", "high",
"""Moja paczka jest "w doręczeniu" od dziewięciu dni. Proszę mnie połączyć
z kimś decyzyjnym, mam dość szablonowych odpowiedzi."""),
("pl", "eskalacja-podwojna", "Agnieszka Mazur <agnieszka.m@example.pl>", "Podwójne obciążenie", "billing", "high",
"""Obciążyliście mnie dwa razy za zamówienie 77341 i nikt nie odpowiada na
moje maile. Żądam, żeby dziś zajął się tym kierownik obsługi klienta."""),
("pl", "eskalacja-router", "Paweł Krawczyk <pawel.k@example.pl>", "Router się rozłącza", "technical", "high",
"""Router traci połączenie co dwadzieścia minut, zrobiłem wszystko, co
kazał konsultant. Proszę przekazać zgłoszenie komuś wyżej, bo tak to nie
ma sensu."""),
("pl", "skarga-formalna", "Helena Pawlak <helena.p@example.pl>", "Skarga formalna", "general", "high",
"""Składam formalną skargę i proszę, żeby rozpatrzył ją ktoś z kierownictwa.
Kurier był niegrzeczny dla mojej mamy i przerzucił paczkę przez płot."""),
("pl", "nie-platnosc-aplikacja", "Krzysztof Lewandowski <k.lewandowski@example.pl>", "To nie sprawa płatności", "technical", "",
"""To nie jest pytanie o płatność ani fakturę: aplikacja zamyka się za
każdym razem, gdy otwieram stronę zamówień. iPhone 13."""),
("pl", "nie-chce-zwrotu", "Magdalena Wieczorek <magda.w@example.pl>", "Pokrywka blendera", "technical", "",
"""Nie chcę zwrotu pieniędzy ani wymiany, chcę tylko wiedzieć, jak poradzić
sobie z czujnikiem pokrywki. Blender rusza tylko, gdy mocno docisnę
pokrywkę."""),
("pl", "faktura-ok-dostawa", "Adam Jabłoński <adam.j@example.pl>", "Zamówienie 44120", "general", "",
"""Faktura jest w porządku i płatność przeszła, chcę tylko wiedzieć, kiedy
dostarczycie kanapę. Nikt nie zadzwonił."""),
("pl", "nie-odsylam", "Karolina Dudek <karolina.d@example.pl>", "Zielona kurtka", "general", "",
"""Nie odsyłam kurtki, jest świetna! Czy macie pasujące spodnie w
rozmiarze 38?"""),
("pl", "oplaty-ok-logowanie", "Michał Szymański <michal.s@example.pl>", "Konto", "technical", "",
"""Z opłatami na koncie wszystko w porządku, ale od wczoraj nie mogę się
zalogować. Pisze, że hasło jest złe, chociaż właśnie je zmieniłem."""),
("pl", "re-zamowienie-pieniadze", "Ewa Wróbel <ewa.wrobel@example.pl>", "Re: zamówienie 28830", "billing", "",
"""Dzień dobry, mikser przyszedł z pękniętą misą. Nie chcę czekać na nowy,
proszę po prostu oddać mi pieniądze."""),
("pl", "dzien-dobry-karta", "Piotr Górecki <piotr.g@example.pl>", "Dzień dobry", "billing", "",
"""Odesłałem buty w poniedziałek z opłaconą etykietą. Kiedy pieniądze
wrócą na moją kartę?"""),
("pl", "pytanie-telewizor", "Renata Kowalczyk <renata.k@example.pl>", "Pytanie", "technical", "",
"""Telewizor sam się wyłącza mniej więcej po dziesięciu minutach, za
każdym razem. Jest podłączony prosto do gniazdka."""),
("pl", "fwd-nip", "Księgowość <ksiegowosc@firma-nowak.example>", "Fwd: Państwa zamówienie", "billing", "",
"""Czy mogą Państwo wystawić dokument do tego zamówienia jeszcze raz z
naszym numerem podatkowym? To 123-456-78-90, potrzebuje go biuro
rachunkowe."""),
("pl", "czesc-sobota", "Ola Kamińska <ola.k@example.pl>", "Cześć", "general", "",
"""Do której jesteście otwarci w soboty?"""),
("pl", "anuluj-subskrypcje-kawa", "Jan Zając <jan.zajac@example.pl>", "Anulowanie subskrypcji", "billing", "",
"""Proszę anulować moją miesięczną subskrypcję kawy od następnego
rozliczenia. Dziękuję."""),
("pl", "rezygnacja-premium", "Monika Pietrzak <monika.p@example.pl>", "Konto premium", "billing", "",
"""Jak zrezygnować z konta premium? Nie chcę, żeby w przyszłym miesiącu
znowu pobrano opłatę."""),
("pl", "koniec-abonamentu", "Biuro <biuro@lesna-sp.example>", "Rezygnacja z abonamentu", "billing", "",
"""Chcemy zrezygnować z płatnego abonamentu, nie korzystamy już z usługi.
Prosimy o potwierdzenie, że nie będzie kolejnych płatności."""),
("pl", "automatyczne-odnowienie", "Tadeusz Sowa <tadeusz.s@example.pl>", "Automatyczne odnowienie", "billing", "",
"""Nie wiedziałem, że plan roczny odnawia się automatycznie. Czy możecie go
anulować, zanim odnowi się 14-go?"""),
("pl", "pilne-zespol-logowanie", "Dział IT <it@portlogistyka.example>", "PILNE: cały zespół nie może się zalogować", "technical", "high",
"""Od 9 rano nikt w biurze nie może wejść do panelu, wyskakuje strona
503. Zamówienia czekają na wysyłkę."""),
("pl", "system-lezy", "Recepcja <recepcja@hotel-baltyk.example>", "Wasz system nie działa", "technical", "high",
"""Portal rezerwacji leży od ponad godziny i nie możemy przyjmować płatności
w recepcji. Proszę to naprawić jak najszybciej."""),
("pl", "terminale", "Sklep 14 <sklep14@example.pl>", "Wszystkie terminale offline", "technical", "high",
"""Pilne: wszystkie cztery terminale płatnicze w sklepie naraz straciły
połączenie. Kolejka do drzwi."""),
("pl", "zamrazarka", "Bistro Ania <bistro.ania@example.pl>", "Awaria: zamrażarka nie mrozi", "technical", "high",
"""Zamrażarka, którą zamontowaliście we wtorek, nie mrozi, ma 5 stopni i
jest pełna towaru. Potrzebujemy serwisanta jeszcze dziś."""),
("pl", "pochwala-kurier", "Teresa Adamczyk <teresa.a@example.pl>", "Dziękuję!", "general", "",
"""Chciałam tylko powiedzieć, że Wasz kierowca był wspaniały, wniósł
pralkę na drugie piętro. Świetna obsługa."""),
("pl", "pochwala-maria", "Jerzy Walczak <jerzy.w@example.pl>", "Pani Maria była super", "general", "",
"""Pani Maria z infolinii rozwiązała mój problem z aplikacją w pięć minut.
Proszę przekazać jej moje podziękowania."""),
("pl", "pochwala-ekspres", "Alicja Baran <alicja.b@example.pl>", "Zachwycona", "general", "",
"""Od dwóch miesięcy ekspres działa bez zarzutu. Najlepszy zakup w tym roku,
gratuluję."""),
("pl", "pochwala-szybki-zwrot", "Robert Sikora <robert.s@example.pl>", "Błyskawiczny zwrot", "general", "",
"""Dziękuję za tak szybki zwrot, następnego dnia pieniądze były już na
karcie. Na pewno jeszcze u Was kupię."""),
("pl", "sledzenie-paczki", "Natalia Górska <natalia.g@example.pl>", "Gdzie moja paczka?", "general", "",
"""Numer przesyłki stoi w miejscu od czwartku. Czy możecie zapytać kuriera,
co się dzieje?"""),
("pl", "pakowanie-prezent", "Zofia Michalak <zofia.m@example.pl>", "Pakowanie na prezent", "general", "",
"""Czy pakujecie zamówienia ze strony na prezent? To na urodziny siostry."""),
("pl", "odkurzacz-gwarancja", "Stanisław Król <stanislaw.k@example.pl>", "Odkurzacz", "technical", "",
"""Odkurzacz stracił prawie całą siłę ssania, a ma 14 miesięcy. Czy jest
jeszcze na gwarancji i czy możecie go naprawić?"""),
("pl", "zly-kolor", "Beata Duda <beata.duda@example.pl>", "Inny kolor", "billing", "",
"""Zamówiłam zielony czajnik, a przyszedł czerwony. Czy możecie mi go
wymienić na właściwy?"""),
("pl", "cena", "Łukasz Wilk <lukasz.wilk@example.pl>", "Cena", "general", "",
"""Widziałem te same słuchawki o 80 zł taniej w innym sklepie. Czy
wyrównujecie cenę?"""),
("pl", "sluchawki-parowanie", "Julia Kowal <julia.kowal@example.pl>", "Słuchawki", "technical", "",
"""Słuchawki parują się z laptopem bez problemu, ale telefon w ogóle ich
nie widzi."""),
("pl", "rodo", "Wojciech Nowak <wojciech.n@example.pl>", "Przestańcie do mnie pisać", "general", "high",
"""Dalej wysyłacie mi reklamy, chociaż dwa razy się wypisałem. Jeśli to się
nie skończy, zgłoszę to do UODO i porozmawiam z prawnikiem."""),
("pl", "chargeback-odnowienie", "Irena Majewska <irena.m@example.pl>", "Odnowienie bez zgody", "billing", "high",
"""Odnowiliście mi subskrypcję bez pytania. Oddajcie pieniądze, bo inaczej
zgłoszę w banku chargeback."""),
("pl", "toster", "Dawid Wrona <dawid.wrona@example.pl>", "Toster", "general", "",
"""Kiedy toster na cztery kromki będzie znowu dostępny?"""),
("pl", "termostat-aktualizacja", "Halina Lis <halina.lis@example.pl>", "Aktualizacja", "technical", "",
"""Aktualizacja inteligentnego termostatu zatrzymała się w połowie i teraz
ekran jest pusty."""),
]
