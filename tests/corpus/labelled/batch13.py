# batch13.py -- labelled mails held out of the repository: written BEFORE
# the rules and the learned model (issue 15) were changed, and kept apart
# from gen.py so that nothing is tuned or trained on them until they are
# wired in.  The failure classes in new situations -- escalation demands
# that keep their topic, negations, Greeklish, a body that tells what the
# subject does not, paid plans ended in other words, outages of a whole
# business without the word urgent, praise -- and everyday mail of all
# three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "transfer-awaiting-payment", "Philip Moss <philip.moss@example.co.uk>", "Bank transfer", "billing", "",
"""Hello,

I paid order 60218 by bank transfer on Monday and the money has left my
account (reference 60218 as asked), but the order page still says
"awaiting payment". Can you match it up please?

Philip Moss"""),
("en", "delivery-charged-per-item", "Gemma Tate <gemma.tate@example.com>", "Delivery charge x3", "billing", "",
"""I ordered three cushions in one go and they all came in the same box,
but I've been charged 4.95 delivery three times. Surely that should be
once?"""),
("en", "invoice-company-after", "Office <office@brightwater-design.example>", "Invoice in company name", "billing", "",
"""Hi, I placed order 58841 under my own name by mistake - could you
reissue the invoice to Brightwater Design Ltd, 14 Mill Lane, Bath BA1
2QE? Thanks, Lisa"""),
("en", "settle-instalments-early", "Karl Becker <karl.becker@example.net>", "Paying off early", "billing", "",
"""I'm paying for the sofa in 12 monthly instalments and I've had 5 so far.
I'd like to pay the rest off in one go now. How much is left and how do
I pay it?"""),
("en", "duvet-return-postage", "Lorna Baird <lorna.baird@example.com>", "Duvet", "billing", "",
"""hi, the duvet is still sealed in its bag, I just ordered the wrong tog.
do I have to pay the postage to send it back and how long till I get the
money?"""),
("en", "charged-in-dollars", "Imran Qureshi <imran.q@example.co.uk>", "Currency", "billing", "",
"""Your site showed pounds at checkout but my statement shows the charge in
US dollars, and my bank added a 2.75 foreign transaction fee on top. I
want that fee refunded, it's not my doing."""),
("en", "callout-fee-in-warranty", "Beverley Nash <bev.nash@example.com>", "Call-out charge", "billing", "",
"""Your engineer came to look at the dishwasher last week, which is still
under warranty, and now I've been billed 65 for the call-out. I was told
warranty visits are free."""),
("en", "dryer-filter-warning", "Stuart Kerr <stuart.kerr@example.net>", "Tumble dryer", "technical", "",
"""The tumble dryer stops after ten minutes with the "clean filter" light
on, even straight after I've cleaned both filters. Clothes come out
soaking."""),
("en", "ereader-stuck-logo", "Yvonne Clarke <yvonne.clarke@example.org>", "E-reader", "technical", "",
"""Morning. My e-reader installed an update last night and now it's stuck
on the logo screen. Holding the power button for 30 seconds doesn't do
anything. All my library books are on it!"""),
("en", "sewing-thread-breaks", "Doreen Walsh <doreen.walsh@example.com>", "Sewing machine", "technical", "",
"""Dear Sir,

The sewing machine I bought last month keeps breaking the top thread
after a few stitches. I have re-threaded it as in the booklet and
changed the needle. What am I doing wrong?

Mrs D. Walsh"""),
("en", "photo-upload-too-large", "Callum Reid <callum.reid@example.com>", "Photo canvas", "technical", "",
"""Trying to order a photo canvas but the upload keeps saying "file too
large", the photo is only 2 MB. Tried Chrome and Safari."""),
("en", "dashcam-parked", "Neil Osborne <neil.osborne@example.co.uk>", "Dash cam parking mode", "technical", "",
"""Someone scraped my car in a car park yesterday and the dash cam had
recorded nothing. Parking mode is switched on in the app. Is there
something else I need to set up?"""),
("en", "printer-blank-pages", "Anita Desai <anita.desai@example.com>", "Blank pages", "technical", "",
"""Since I put in new cartridges the printer just feeds out blank pages. I
took the tape off them. Ran the cleaning twice."""),
("en", "smart-lock-low-battery", "Jon Hartley <jon.hartley@example.net>", "Smart lock", "technical", "",
"""Put four brand new batteries in the smart lock and the app still says
"battery critically low" and the lock beeps every time it's used."""),
("en", "wedding-gift-list", "Chloe Barker <chloe.barker@example.com>", "Wedding list", "general", "",
"""Hi! We're getting married next spring - do you do a wedding gift list,
and can guests buy from it in store as well as online?"""),
("en", "wheelchair-access", "Terry Gould <terry.gould@example.co.uk>", "Access", "general", "",
"""Is your Norwich store wheelchair accessible, and is there blue badge
parking close to the entrance?"""),
("en", "order-by-phone-mum", "Sally Wren <sally.wren@example.com>", "Ordering for my mum", "general", "",
"""My mother is 88 and has no internet. Can she order from you by phone,
and is there a number she can ring?"""),
("en", "old-blender-lid", "Martin Cope <martin.cope@example.net>", "Spare lid", "general", "",
"""Do you still sell lids for the Vortex blender? Ours is from about 2016
and the lid has cracked, the rest works fine."""),
("en", "reserve-in-store", "Priya Nair <priya.nair@example.com>", "Reserve", "general", "",
"""Can I reserve the green armchair at the Bristol store and pick it up on
Saturday?"""),
("en", "charity-raffle", "St Anne's Hospice <fundraising@stannes.example>", "Raffle prize", "general", "",
"""Hello,

We're a local hospice holding a summer fair on 14 July. Would you be
willing to donate a small item as a raffle prize? We'd of course thank
you in our newsletter.

Best wishes,
Helen Ames, Fundraising"""),
("en", "promised-refund-store-manager", "Gavin Price <gavin.price@example.co.uk>", "Refund promised 3 weeks ago", "billing", "high",
"""Three weeks ago Tom at your Reading shop promised me a refund for the
faulty mixer "within 3 to 5 days". Nothing. Every call I'm told Tom
isn't in. I want the store manager to phone me, today.

Gavin Price
07700 900123"""),
("en", "engineer-no-show-in-charge", "Lena Wójcik <lena.wojcik@example.com>", "Broadband - no engineer", "technical", "high",
"""Our home broadband has been down for nine days. Twice an engineer
was booked and twice nobody came or called. I work from home. I want to
speak with someone in charge, not another script."""),
("en", "son-accused-manager", "Denise Carter <denise.carter@example.com>", "Your security guard", "general", "high",
"""On Saturday your security guard stopped my 14-year-old son at the door
and accused him of shoplifting in front of everyone. He had bought and
paid for nothing, he was just waiting for me. I demand to speak to the
manager of the Exeter store about this.

Denise Carter"""),
("en", "not-fault-wrong-wattage", "Owen Fraser <owen.fraser@example.net>", "Blender", "billing", "",
"""This isn't a fault, the blender works fine. But I ordered and paid for
the 1000W model and you sent the 600W one, which is 30 cheaper. I'd
like the difference back, or swap it for the one I paid for."""),
("en", "no-refund-descale-light", "Rosemary Diaz <rosemary.diaz@example.com>", "Coffee machine", "technical", "",
"""I don't need a new machine or my money back, I'm happy with it. I
just need to know how to get the descale light to go off - I've run the
descaling programme twice and it's still on."""),
("en", "not-bill-patio-heaters", "Frank Oduya <frank.oduya@example.co.uk>", "Patio heaters", "general", "",
"""No problem with my bill or anything like that - just wanted to ask
whether you'll be selling the patio heaters again next winter."""),
("en", "fwd-receipt-three-chairs", "Hazel Burke <hazel.burke@example.com>", "Fwd: Your receipt", "billing", "",
"""See below. The receipt says 3 chairs at 45 each but only 2 came, and
the delivery note says 2. Please refund the third.

---------- Forwarded message ---------
Subject: Your receipt
Order 71190
3 x Dining chair, oak    135.00
Total                    135.00"""),
("en", "hi-app-logs-out", "Tariq Aziz <tariq.aziz@example.com>", "Hi", "technical", "",
"""Hi, every time I switch to another app and come back, your app has
logged me out and I have to type my password again. Very annoying."""),
("en", "re-re-cushions-when", "Pauline Fox <pauline.fox@example.org>", "Re: Re: case 55012", "general", "",
"""Any news? Still nothing about when the replacement cushions will come.

> We have ordered replacement cushions for you and will let you know
> the delivery date as soon as we have it.
>> The seat cushions on my sofa are a different colour to the back ones."""),
("en", "premium-support-no-renew", "IT Manager <it@harlowvets.example>", "Support contract", "billing", "",
"""Please do not renew our premium support contract when it ends on 30
September. We'll be moving to the standard plan. Please confirm no
further charges will be made for premium.

Regards,
Colin Ashby"""),
("en", "photo-storage-downgrade", "Maya Lindqvist <maya.l@example.com>", "Storage", "billing", "",
"""I'm paying 2.99 a month for 200 GB of photo storage and only use about
3 GB. Please drop me back to the free plan and stop the payment."""),
("en", "delivery-pass-just-renewed", "George Pike <george.pike@example.co.uk>", "Delivery Pass", "billing", "",
"""Your Delivery Pass renewed itself yesterday for another year at 49 and
I don't want it any more. Please cancel it and refund the 49, I haven't
used it since it renewed."""),
("en", "shop-order-emails-stopped", "Willow & Wick <hello@willowandwick.example>", "Order emails", "technical", "high",
"""Since yesterday afternoon our webshop (hosted by you) has stopped
sending order confirmation emails to customers. Over 200 people haven't
had one and they're emailing us asking if their order went through.
Please look at this as soon as possible.

Beth"""),
("en", "staff-cannot-clock-in", "HR <hr@mercerfoods.example>", "Clocking-in system", "technical", "high",
"""The time and attendance terminals you supply show "licence expired"
this morning and none of our 80 warehouse staff can clock in. The
licence was renewed in June. We need this sorted before the shift change
at 2."""),
("en", "booking-widget-fully-booked", "Trattoria Lucca <info@trattorialucca.example>", "Bookings", "technical", "high",
"""Your booking widget on our restaurant website shows "fully booked" for
every single day, so we haven't had an online booking since Friday.
The restaurant is half empty. Please fix it."""),
("en", "gas-smell-after-fitting", "Bronwen Hughes <bronwen.hughes@example.co.uk>", "Smell of gas", "technical", "high",
"""Your fitter installed our new gas cooker this afternoon and there's
been a smell of gas in the kitchen ever since. We've turned it off at
the valve and opened the windows. Please send someone back."""),
("en", "lawyer-debt-letters", "Richard Okoro <richard.okoro@example.co.uk>", "Debt collection letters", "billing", "high",
"""I paid invoice 30671 in full on 2 March and I have the bank
confirmation. Despite that I have now received two letters from a debt
collection agency acting for you, threatening to affect my credit
rating.

I have forwarded everything to my lawyer. Withdraw the claim with the
agency and confirm it in writing within seven days, otherwise my lawyer
will take it further.

Richard Okoro"""),
("en", "cancellation-fee-chargeback", "Emma Doyle <emma.doyle@example.com>", "Cancellation fee", "billing", "high",
"""I cancelled order 62004 two days after placing it, well within the 14
days, and you've charged me a 25 cancellation fee. If that isn't
refunded by the end of the week I'll do a chargeback through my bank."""),
("en", "thanks-vase-my-fault", "Olive Grant <olive.grant@example.com>", "Thank you", "general", "",
"""I wanted to say thank you for sending a new vase even though I was
the one who dropped it. You really didn't have to. It's made my week."""),
("en", "refund-arrived-bigger-lamp", "Tom Ingram <tom.ingram@example.net>", "Lamp", "general", "",
"""My refund for the table lamp has arrived, thanks for that. Different
question: do you do the same lamp in a bigger size, as a floor lamp
perhaps?"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "gl-metafora-anamoni-pliromis", "Filippos M. <filippos.m@example.gr>", "Trapeziki metafora", "billing", "",
"""Kalhmera,

Plhrwsa thn paraggelia 60218 me trapezikh metafora th Deutera kai ta
xrhmata exoun fygei apo ton logariasmo mou (me aitiologia 60218 opws
zhtate), alla h selida ths paraggelias grafei akomh "se anamonh
plhrwmhs". Mporeite na to antistoixisete?

Filippos M."""),
("el", "metaforika-tris-fores", "Γεωργία Τ. <georgia.t@example.gr>", "Μεταφορικά x3", "billing", "",
"""Παρήγγειλα τρία μαξιλάρια μαζί και ήρθαν όλα στο ίδιο κουτί, αλλά με
χρεώσατε 4,95 μεταφορικά τρεις φορές. Μία φορά δεν θα έπρεπε;"""),
("el", "timologio-etaireia-meta", "Γραφείο <grafeio@galazio-design.example>", "Τιμολόγιο στην εταιρεία", "billing", "",
"""Γεια σας, έκανα κατά λάθος την παραγγελία 58841 στο όνομά μου - μπορείτε
να εκδώσετε το τιμολόγιο στην «Γαλάζιο Design ΙΚΕ», ΑΦΜ 801234567, ΔΟΥ
Ηρακλείου; Ευχαριστώ, Λίζα"""),
("el", "exoflisi-doseon-noritera", "Κάρολος Μ. <karolos.m@example.gr>", "Εξόφληση νωρίτερα", "billing", "",
"""Πληρώνω τον καναπέ σε 12 μηνιαίες δόσεις και έχω δώσει 5 μέχρι τώρα.
Θα ήθελα να εξοφλήσω το υπόλοιπο με μία πληρωμή. Πόσο μένει και πώς το
πληρώνω;"""),
("el", "gl-paploma-metaforika", "Loukia V. <loukia.v@example.gr>", "paploma", "billing", "",
"""geia, to paploma einai akoma sfragismeno sth sakoula tou, apla phra
lathos paxos. prepei na plhrwsw egw ta metaforika gia na to steilw pisw
kai se poso kairo 8a parw ta lefta?"""),
("el", "xreosi-se-dolaria", "Ιμπραήμ Κ. <ibrahim.k@example.gr>", "Νόμισμα", "billing", "",
"""Η σελίδα σας έδειχνε ευρώ στο ταμείο, αλλά στην κίνηση της κάρτας η
χρέωση φαίνεται σε δολάρια ΗΠΑ και η τράπεζα πρόσθεσε και 2,75 €
προμήθεια συναλλάγματος. Θέλω να μου επιστραφεί αυτή η προμήθεια, δεν
φταίω εγώ."""),
("el", "xreosi-episkepsis-entos-egguisis", "Βικτώρια Ν. <viktoria.n@example.gr>", "Χρέωση επίσκεψης", "billing", "",
"""Ο τεχνικός σας ήρθε την περασμένη εβδομάδα για το πλυντήριο πιάτων,
που είναι ακόμα εντός εγγύησης, και τώρα μου ήρθε λογαριασμός 65 € για
την επίσκεψη. Μου είχαν πει ότι οι επισκέψεις στην εγγύηση είναι
δωρεάν."""),
("el", "gl-stegnotirio-filtro", "Stavros K. <stavros.k@example.gr>", "Stegnwthrio", "technical", "",
"""To stegnwthrio stamataei meta apo deka lepta me anammeno to lampaki
"ka8arismos filtrou", akoma kai amesws afou ka8arisw kai ta dyo filtra.
Ta rouxa vgainoun moyskema."""),
("el", "ebook-kollise-logotypo", "Υβόννη Κ. <yvonni.k@example.gr>", "Ηλεκτρονικός αναγνώστης", "technical", "",
"""Καλημέρα. Ο ηλεκτρονικός μου αναγνώστης έκανε χθες βράδυ μια ενημέρωση
και τώρα έχει κολλήσει στην οθόνη με το λογότυπο. Κράτησα το κουμπί
λειτουργίας 30 δευτερόλεπτα και τίποτα. Έχω όλα τα βιβλία της
βιβλιοθήκης εκεί μέσα!"""),
("el", "raptomixani-spaei-klosti", "Δέσποινα Β. <despoina.v@example.gr>", "Ραπτομηχανή", "technical", "",
"""Αξιότιμε κύριε,

Η ραπτομηχανή που αγόρασα τον περασμένο μήνα κόβει συνέχεια την πάνω
κλωστή μετά από λίγες βελονιές. Την πέρασα ξανά όπως στο βιβλιαράκι και
άλλαξα βελόνα. Τι κάνω λάθος;

Δέσποινα Βλάχου"""),
("el", "foto-kamvas-poly-megalo", "Κάλλια Ρ. <kallia.r@example.gr>", "Φωτογραφία σε καμβά", "technical", "",
"""Προσπαθώ να παραγγείλω φωτογραφία σε καμβά αλλά το ανέβασμα λέει
συνέχεια «το αρχείο είναι πολύ μεγάλο», ενώ η φωτογραφία είναι μόλις
2 MB. Δοκίμασα σε Chrome και Safari."""),
("el", "gl-kamera-autokinitou-parking", "Nikos O. <nikos.o@example.gr>", "Kamera aftokinitou", "technical", "",
"""Kapoios mou gratzounise to amaxi xthes se ena parking kai h kamera den
eixe grapsei tipota. To parking mode einai energo sthn efarmogh. Prepei
na rythmisw kati allo?"""),
("el", "ektypotis-lefkes-selides", "Ανίτα Δ. <anita.d@example.gr>", "Λευκές σελίδες", "technical", "",
"""Από τότε που έβαλα καινούργια μελάνια ο εκτυπωτής βγάζει μόνο λευκές
σελίδες. Τις ταινίες τις έβγαλα. Έτρεξα τον καθαρισμό δύο φορές."""),
("el", "gl-exypni-kleidaria-mpataria", "Giannis X. <giannis.x@example.gr>", "Exypni kleidaria", "technical", "",
"""Evala 4 kainourgies batteries sthn e3ypnh kleidaria kai h efarmogh
leei akoma "krisima xamhlh mpataria" kai h kleidaria kanei mpip ka8e
fora pou th xrhsimopoioume."""),
("el", "lista-gamou", "Χλόη Μ. <chloi.m@example.gr>", "Λίστα γάμου", "general", "",
"""Γεια σας! Παντρευόμαστε την άνοιξη - κάνετε λίστα γάμου, και μπορούν οι
καλεσμένοι να αγοράζουν από αυτήν και στο κατάστημα, όχι μόνο online;"""),
("el", "prosvasi-amaxidio", "Θεόδωρος Γ. <theodoros.g@example.gr>", "Προσβασιμότητα", "general", "",
"""Είναι το κατάστημα στο Ηράκλειο προσβάσιμο με αναπηρικό αμαξίδιο, και
υπάρχει θέση στάθμευσης ΑμεΑ κοντά στην είσοδο;"""),
("el", "gl-paraggelia-tilefonika-mitera", "Sofia R. <sofia.r@example.gr>", "Paraggelia gia th mhtera mou", "general", "",
"""H mhtera mou einai 88 xronwn kai den exei internet. Mporei na
paraggeilei apo esas thlefwnika, kai yparxei kapoio noumero pou na
mporei na parei?"""),
("el", "kapaki-palio-mplenter", "Μάριος Κ. <marios.k@example.gr>", "Ανταλλακτικό καπάκι", "general", "",
"""Πουλάτε ακόμα καπάκια για το μπλέντερ Vortex; Το δικό μας είναι του 2016
περίπου και ράγισε το καπάκι, τα υπόλοιπα δουλεύουν μια χαρά."""),
("el", "gl-kratisi-sto-katastima", "Pria N. <pria.n2@example.gr>", "Kratisi", "general", "",
"""Mporo na kratiso tin prasini polythrona sto katastima tis Kalamarias
kai na tin paro to Savvato?"""),
("el", "lachnos-filanthropia", "Σύλλογος Αγάπη <syllogos@agapi-volos.example>", "Δώρο για λαχειοφόρο", "general", "",
"""Καλησπέρα σας,

Είμαστε ένας τοπικός φιλανθρωπικός σύλλογος και στις 14 Ιουλίου κάνουμε
καλοκαιρινή γιορτή. Θα θέλατε να δωρίσετε ένα μικρό αντικείμενο για τη
λαχειοφόρο μας; Φυσικά θα σας ευχαριστήσουμε στο ενημερωτικό μας.

Με εκτίμηση,
Ελένη Αμανατίδου, Σύλλογος «Αγάπη»"""),
("el", "yposxethike-epistrofi-diefthyntis", "Γαβριήλ Π. <gavriil.p@example.gr>", "Επιστροφή που υποσχεθήκατε πριν 3 εβδομάδες", "billing", "high",
"""Πριν από τρεις εβδομάδες ο Θωμάς στο κατάστημα της Καλλιθέας μου
υποσχέθηκε επιστροφή χρημάτων για το χαλασμένο μίξερ «σε 3 με 5 μέρες».
Τίποτα. Κάθε φορά που παίρνω μου λένε ότι ο Θωμάς δεν είναι εκεί. Θέλω
να με πάρει τηλέφωνο ο διευθυντής του καταστήματος, σήμερα.

Γαβριήλ Παπαδόπουλος
6900 000123"""),
("el", "gl-texnikos-den-irthe-ypeuthinos", "Lena V. <lena.v@example.gr>", "INTERNET - KANENAS TEXNIKOS", "technical", "high",
"""TO INTERNET STO SPITI EINAI PESMENO EDW KAI 9 MERES. DYO FORES KLEISATE
RANTEVOU ME TEXNIKO KAI DYO FORES DEN HR8E KANEIS OUTE PHRE THLEFWNO.
DOULEUW APO TO SPITI. 8ELW NA MILHSW ME KAPOION YPEU8YNO, OXI ME
ALLO SENARIO.

Lena"""),
("el", "kleftis-gios-diefthyntis", "Δήμητρα Κ. <dimitra.k@example.gr>", "Ο φύλακάς σας", "general", "high",
"""Το Σάββατο ο φύλακας του καταστήματός σας σταμάτησε τον 14χρονο γιο μου
στην πόρτα και τον κατηγόρησε για κλοπή μπροστά σε όλους. Δεν είχε
πάρει τίποτα, απλώς με περίμενε. Απαιτώ να μιλήσω με τον διευθυντή του
καταστήματος της Πάτρας γι' αυτό.

Δήμητρα Καραγιάννη"""),
("el", "oxi-vlavi-lathos-isxys", "Ορφέας Φ. <orfeas.f@example.gr>", "Μπλέντερ", "billing", "",
"""Δεν είναι βλάβη, το μπλέντερ δουλεύει κανονικά. Όμως παρήγγειλα και
πλήρωσα το μοντέλο των 1000W και μου στείλατε των 600W, που κάνει 30 €
λιγότερο. Θέλω πίσω τη διαφορά ή να το αλλάξω με αυτό που πλήρωσα."""),
("el", "gl-den-thelo-lefta-afalatosi", "Roula D. <roula.d@example.gr>", "Kafetiera", "technical", "",
"""Den thelo kainourgia mixani oute ta lefta piso, eimai eyxaristimeni.
Apla thelo na ksero pos sbinei to lampaki tis afalatosis - ekana to
programma afalatosis dyo fores kai einai akoma anameno."""),
("el", "oxi-logariasmos-thermastres", "Φραγκίσκος Ο. <fragkiskos.o@example.gr>", "Θερμάστρες βεράντας", "general", "",
"""Κανένα πρόβλημα με τον λογαριασμό μου ή κάτι τέτοιο - ήθελα μόνο να
ρωτήσω αν θα φέρετε ξανά τις θερμάστρες βεράντας τον επόμενο χειμώνα."""),
("el", "fwd-apodeixi-treis-karekles", "Αλίκη Μ. <aliki.m@example.gr>", "Fwd: Η απόδειξή σας", "billing", "",
"""Δείτε παρακάτω. Η απόδειξη γράφει 3 καρέκλες των 45 € αλλά ήρθαν μόνο
2, και το δελτίο αποστολής γράφει 2. Επιστρέψτε μου την τρίτη.

---------- Προωθημένο μήνυμα ---------
Θέμα: Η απόδειξή σας
Παραγγελία 71190
3 x Καρέκλα τραπεζαρίας, δρυς    135,00
Σύνολο                           135,00"""),
("el", "gl-geia-aposyndeei-efarmogi", "Tasos A. <tasos.a@example.gr>", "Geia", "technical", "",
"""geia, ka8e fora pou pigainw se allh efarmogh kai gyrizw, h efarmogh sas
me exei aposyndesei kai prepei na valw pali ton kwdiko. poly ekneuristiko"""),
("el", "re-re-maxilaria-pote", "Παυλίνα Φ. <pavlina.f@example.gr>", "Re: Re: υπόθεση 55012", "general", "",
"""Κάποιο νέο; Ακόμα τίποτα για το πότε θα έρθουν τα μαξιλάρια
αντικατάστασης.

> Παραγγείλαμε για εσάς μαξιλάρια αντικατάστασης και θα σας
> ενημερώσουμε για την ημερομηνία παράδοσης μόλις την έχουμε.
>> Τα μαξιλάρια του καθίσματος έχουν άλλο χρώμα από της πλάτης."""),
("el", "symvolaio-ypostirixis-ananeosi", "Υπεύθυνος IT <it@ktiniatreio-harlow.example>", "Σύμβαση υποστήριξης", "billing", "",
"""Παρακαλούμε να μην ανανεωθεί η σύμβαση premium υποστήριξης όταν λήξει
στις 30 Σεπτεμβρίου. Θα περάσουμε στο βασικό πακέτο. Επιβεβαιώστε ότι
δεν θα γίνει άλλη χρέωση για το premium.

Με εκτίμηση,
Κώστας Ασημάκης"""),
("el", "gl-xwros-fotografiwn-dwrean", "Maya L. <maya.l@example.gr>", "Xwros", "billing", "",
"""Plhrwnw 2,99 to mhna gia 200 GB xwro fwtografiwn kai xrhsimopoiw peripou
3 GB. Gyriste me sto dwrean paketo kai stamathste thn plhrwmh parakalw."""),
("el", "pass-paradoseon-ananeothike", "Γιώργος Π. <giorgos.p@example.gr>", "Pass παραδόσεων", "billing", "",
"""Το Pass παραδόσεων ανανεώθηκε μόνο του χθες για άλλο ένα χρόνο με 49 € και
δεν το θέλω πια. Ακυρώστε το και επιστρέψτε μου τα 49 €, δεν το έχω
χρησιμοποιήσει από την ανανέωση."""),
("el", "eshop-stamatisan-ta-email", "Κερί & Φυτίλι <hello@keri-fytili.example>", "Email παραγγελιών", "technical", "high",
"""Από χθες το απόγευμα το ηλεκτρονικό μας κατάστημα (που φιλοξενείτε εσείς)
σταμάτησε να στέλνει email επιβεβαίωσης παραγγελίας στους πελάτες. Πάνω
από 200 άτομα δεν πήραν τίποτα και μας γράφουν αν πέρασε η παραγγελία
τους. Κοιτάξτε το το συντομότερο δυνατόν.

Βέτα"""),
("el", "gl-ypalliloi-den-xtypane-karta", "Prosopiko <hr@mercer-trofima.example>", "Systhma parousiwn", "technical", "high",
"""Ta termatika wrologiou pou mas dinete deixnoun "h adeia exei lh3ei" apo
to prwi kai kanenas apo tous 80 ergazomenous ths apo8hkhs den mporei na
xtyphsei karta. Thn adeia thn ananewsame ton Iounio. Prepei na
ftia3ei prin thn allagh vardias stis 2."""),
("el", "krateseis-panta-gemato", "Ταβέρνα Το Λιμανάκι <info@limanaki.example>", "Κρατήσεις", "technical", "high",
"""Το widget κρατήσεων στην ιστοσελίδα της ταβέρνας δείχνει «πλήρες» για
κάθε μέρα, οπότε από την Παρασκευή δεν έχουμε πάρει ούτε μία κράτηση
online. Το μαγαζί είναι μισοάδειο. Φτιάξτε το."""),
("el", "myrodia-gkaziou-meta-egkatastasi", "Βρισηίδα Χ. <vriseida.ch@example.gr>", "Μυρωδιά γκαζιού", "technical", "high",
"""Ο τεχνικός σας εγκατέστησε σήμερα το απόγευμα την καινούργια κουζίνα
υγραερίου και από τότε μυρίζει γκάζι στην κουζίνα. Κλείσαμε τη βάνα και
ανοίξαμε τα παράθυρα. Στείλτε κάποιον να ξαναέρθει."""),
("el", "dikigoros-eispraktiki", "Ριχάρδος Ο. <richardos.o@example.gr>", "Επιστολές εισπρακτικής εταιρείας", "billing", "high",
"""Εξόφλησα ολόκληρο το τιμολόγιο 30671 στις 2 Μαρτίου και έχω την
επιβεβαίωση της τράπεζας. Παρ' όλα αυτά έλαβα ήδη δύο επιστολές από
εισπρακτική εταιρεία που ενεργεί για λογαριασμό σας και απειλεί την
πιστοληπτική μου ικανότητα.

Τα έχω προωθήσει όλα στον δικηγόρο μου. Αποσύρετε την απαίτηση από την
εισπρακτική και επιβεβαιώστε το γραπτώς μέσα σε επτά μέρες, αλλιώς ο
δικηγόρος μου θα προχωρήσει.

Ριχάρδος Οικονόμου"""),
("el", "gl-xreosi-akyrosis-chargeback", "Emmanouela D. <emmanouela.d@example.gr>", "Xrewsh akyrwshs", "billing", "high",
"""Akyrwsa thn paraggelia 62004 dyo meres afou thn ekana, mesa stis 14
meres, kai mou xrewsate 25e "telos akyrwshs". An den mou epistrafoun
mexri to telos ths evdomadas 8a kanw chargeback mesw ths trapezas mou."""),
("el", "efxaristo-vazo-diko-mou-lathos", "Ολυμπία Γ. <olympia.g@example.gr>", "Ευχαριστώ", "general", "",
"""Ήθελα να σας ευχαριστήσω που μου στείλατε καινούργιο βάζο, παρόλο που
εγώ το έριξα. Πραγματικά δεν ήταν υποχρέωσή σας. Μου φτιάξατε τη
βδομάδα."""),
("el", "irthe-i-epistrofi-megalytero-fotistiko", "Θωμάς Ι. <thomas.i@example.gr>", "Φωτιστικό", "general", "",
"""Η επιστροφή για το επιτραπέζιο φωτιστικό ήρθε, ευχαριστώ γι' αυτό.
Άλλη ερώτηση: έχετε το ίδιο φωτιστικό σε μεγαλύτερο μέγεθος, ίσως σαν
φωτιστικό δαπέδου;"""),
# ---------------- Spanish ----------------
("es", "transferencia-pendiente-pago", "Felipe Moya <felipe.moya@example.es>", "Transferencia bancaria", "billing", "",
"""Hola:

Pagué el pedido 60218 por transferencia el lunes y el dinero ya ha
salido de mi cuenta (con el concepto 60218, como piden), pero en la
página del pedido sigue poniendo «pendiente de pago». ¿Pueden
cuadrarlo?

Felipe Moya"""),
("es", "envio-cobrado-tres-veces", "Gema Tapia <gema.tapia@example.es>", "Envío x3", "billing", "",
"""Pedí tres cojines a la vez y llegaron todos en la misma caja, pero me
han cobrado 4,95 de envío tres veces. ¿No debería ser una sola vez?"""),
("es", "factura-empresa-despues", "Oficina <oficina@aguaclara-diseno.example>", "Factura a nombre de la empresa", "billing", "",
"""Hola, hice el pedido 58841 a mi nombre por error. ¿Pueden emitir la
factura a Aguaclara Diseño S.L., CIF B12345678, calle del Molino 14,
Valladolid? Gracias, Luisa"""),
("es", "liquidar-plazos", "Carlos Becerra <carlos.becerra@example.es>", "Pagar antes", "billing", "",
"""Estoy pagando el sofá en 12 plazos mensuales y llevo 5. Quiero pagar lo
que queda de una vez. ¿Cuánto falta y cómo lo pago?"""),
("es", "edredon-gastos-devolucion", "Lorena Baeza <lorena.baeza@example.es>", "Edredón", "billing", "",
"""hola, el edredon sigue precintado en su bolsa, simplemente pedi el
gramaje que no era. tengo que pagar yo el envio para devolverlo? y
cuanto tardais en devolver el dinero?"""),
("es", "cobro-en-dolares", "Imran Quesada <imran.quesada@example.es>", "Moneda", "billing", "",
"""En la web ponía euros al pagar, pero en mi extracto el cargo aparece en
dólares y el banco me ha sumado 2,75 € de comisión por cambio de divisa.
Quiero que me devuelvan esa comisión, no es culpa mía."""),
("es", "desplazamiento-en-garantia", "Begoña Navarro <begona.navarro@example.es>", "Cargo por desplazamiento", "billing", "",
"""Su técnico vino la semana pasada a ver el lavavajillas, que sigue en
garantía, y ahora me llega una factura de 65 € por el desplazamiento. Me
dijeron que las visitas en garantía eran gratis."""),
("es", "secadora-aviso-filtro", "Esteban Carro <esteban.carro@example.es>", "Secadora", "technical", "",
"""La secadora se para a los diez minutos con la luz de «limpiar filtro»
encendida, incluso justo después de limpiar los dos filtros. La ropa sale
empapada."""),
("es", "ebook-atascado-logo", "Yolanda Clavijo <yolanda.clavijo@example.es>", "Lector de libros electrónicos", "technical", "",
"""Buenos días. Mi lector de libros electrónicos se actualizó anoche y
ahora se ha quedado en la pantalla del logotipo. Mantener el botón de
encendido 30 segundos no hace nada. ¡Tengo ahí todos los libros de la
biblioteca!"""),
("es", "maquina-coser-hilo", "Dolores Vallejo <dolores.vallejo@example.es>", "Máquina de coser", "technical", "",
"""Muy señor mío:

La máquina de coser que compré el mes pasado me rompe el hilo de arriba a
las pocas puntadas. La he vuelto a enhebrar como dice el librito y he
cambiado la aguja. ¿Qué hago mal?

Dolores Vallejo"""),
("es", "foto-lienzo-demasiado-grande", "Carmelo Ríos <carmelo.rios@example.es>", "Foto en lienzo", "technical", "",
"""Intento pedir una foto en lienzo pero al subirla me sale todo el rato
«archivo demasiado grande», y la foto solo ocupa 2 MB. Probado en
Chrome y en Safari."""),
("es", "camara-coche-aparcado", "Nelson Osorio <nelson.osorio@example.es>", "Cámara del coche aparcado", "technical", "",
"""Ayer me rayaron el coche en un parking y la cámara no había grabado
nada. El modo aparcamiento está activado en la app. ¿Hay que configurar
algo más?"""),
("es", "impresora-hojas-blanco", "Anita Delgado <anita.delgado@example.es>", "Hojas en blanco", "technical", "",
"""Desde que puse cartuchos nuevos la impresora solo saca hojas en blanco.
Les quité la cinta. He hecho la limpieza dos veces."""),
("es", "cerradura-bateria-baja", "Jon Hartzell <jon.hartzell@example.es>", "Cerradura inteligente", "technical", "",
"""Le he puesto cuatro pilas nuevas a la cerradura inteligente y la app
sigue diciendo «batería críticamente baja», y la cerradura pita cada vez
que la usamos."""),
("es", "lista-de-bodas", "Chloé Barrera <chloe.barrera@example.es>", "Lista de bodas", "general", "",
"""¡Hola! Nos casamos la próxima primavera. ¿Hacen lista de bodas? ¿Los
invitados pueden comprar de la lista en la tienda además de online?"""),
("es", "acceso-silla-ruedas", "Teodoro Gómez <teodoro.gomez@example.es>", "Accesibilidad", "general", "",
"""¿La tienda de Córdoba es accesible en silla de ruedas? ¿Hay plazas de
aparcamiento para minusválidos cerca de la entrada?"""),
("es", "pedido-por-telefono-madre", "Salud Ortega <salud.ortega@example.es>", "Pedir para mi madre", "general", "",
"""Mi madre tiene 88 años y no tiene internet. ¿Puede hacerles pedidos por
teléfono? ¿Hay algún número al que pueda llamar?"""),
("es", "tapa-batidora-antigua", "Martín Copón <martin.copon@example.es>", "Tapa de repuesto", "general", "",
"""¿Siguen vendiendo tapas para la batidora Vortex? La nuestra es de 2016 o
así y se ha rajado la tapa, lo demás funciona perfectamente."""),
("es", "reservar-en-tienda", "Priscila Nieto <priscila.nieto@example.es>", "Reserva", "general", "",
"""¿Puedo reservar el sillón verde en la tienda de Vigo y recogerlo el
sábado?"""),
("es", "rifa-asociacion", "Asociación Alba <info@asociacionalba.example>", "Premio para la rifa", "general", "",
"""Buenas tardes:

Somos una asociación de familias de enfermos y el 14 de julio hacemos una
fiesta de verano. ¿Estarían dispuestos a donar algún artículo pequeño
como premio para la rifa? Por supuesto se lo agradeceríamos en nuestro
boletín.

Un saludo,
Elena Amador, Asociación Alba"""),
("es", "reembolso-prometido-encargado", "Gabino Prieto <gabino.prieto@example.es>", "Reembolso prometido hace 3 semanas", "billing", "high",
"""Hace tres semanas Tomás, de su tienda de Alcalá, me prometió el
reembolso de la batidora averiada «en 3 a 5 días». Nada. Cada vez que
llamo me dicen que Tomás no está. Quiero que me llame el encargado de
la tienda, hoy.

Gabino Prieto
600 000 123"""),
("es", "tecnico-no-viene-responsable", "Lena Vidal <lena.vidal@example.es>", "Fibra - sin técnico", "technical", "high",
"""Llevamos nueve días sin fibra en casa. Dos veces nos dieron cita con un
técnico y las dos veces no vino nadie ni llamó. Yo teletrabajo. Quiero
hablar con algún responsable, no con otro guion."""),
("es", "hijo-acusado-director", "Débora Carrasco <debora.carrasco@example.es>", "Su vigilante", "general", "high",
"""El sábado su vigilante paró a mi hijo de 14 años en la puerta y le
acusó de robar delante de todo el mundo. No había cogido nada, solo me
estaba esperando. Exijo hablar con el director de la tienda de Murcia
sobre esto.

Débora Carrasco"""),
("es", "no-averia-potencia-equivocada", "Octavio Franco <octavio.franco@example.es>", "Batidora", "billing", "",
"""No es una avería, la batidora funciona bien. Pero pedí y pagué el
modelo de 1000 W y me mandaron el de 600 W, que cuesta 30 € menos.
Quiero que me devuelvan la diferencia o cambiarla por la que pagué."""),
("es", "no-reembolso-descalcificar", "Rosa María Díez <rosamaria.diez@example.es>", "Cafetera", "technical", "",
"""No necesito una cafetera nueva ni que me devuelvan el dinero, estoy
contenta con ella. Solo quiero saber cómo se apaga la luz de
descalcificar: he hecho el programa de descalcificación dos veces y
sigue encendida."""),
("es", "no-factura-estufas-terraza", "Francisco Ondo <francisco.ondo@example.es>", "Estufas de terraza", "general", "",
"""Ningún problema con mi factura ni nada de eso. Solo quería preguntar si
volverán a vender las estufas de terraza el próximo invierno."""),
("es", "rv-ticket-tres-sillas", "Hortensia Burgos <hortensia.burgos@example.es>", "RV: Su ticket", "billing", "",
"""Ver abajo. En el ticket pone 3 sillas a 45 € pero solo llegaron 2, y el
albarán dice 2. Devuélvanme la tercera.

---------- Mensaje reenviado ---------
Asunto: Su ticket
Pedido 71190
3 x Silla de comedor, roble    135,00
Total                          135,00"""),
("es", "hola-app-cierra-sesion", "Tariq Azizi <tariq.azizi@example.es>", "Hola", "technical", "",
"""Hola, cada vez que cambio a otra app y vuelvo, la suya me ha cerrado la
sesión y tengo que volver a poner la contraseña. Muy pesado."""),
("es", "re-re-cojines-cuando", "Paulina Zorrilla <paulina.zorrilla@example.es>", "Re: Re: caso 55012", "general", "",
"""¿Alguna novedad? Sigo sin saber cuándo llegan los cojines de
sustitución.

> Hemos pedido los cojines de sustitución y le avisaremos de la
> fecha de entrega en cuanto la tengamos.
>> Los cojines del asiento de mi sofá son de otro color que los del
>> respaldo."""),
("es", "contrato-soporte-no-renovar", "Responsable IT <it@clinicaveterinarialoma.example>", "Contrato de soporte", "billing", "",
"""Les pedimos que no renueven nuestro contrato de soporte premium cuando
venza el 30 de septiembre. Pasaremos al plan estándar. Confírmennos que
no habrá más cargos por el premium.

Atentamente,
Carlos Ascaso"""),
("es", "almacenamiento-fotos-gratis", "Maya Landa <maya.landa@example.es>", "Almacenamiento", "billing", "",
"""Pago 2,99 al mes por 200 GB de almacenamiento de fotos y uso unos 3 GB.
Pásenme al plan gratuito y dejen de cobrarme, por favor."""),
("es", "pase-envios-renovado", "Jorge Pinto <jorge.pinto@example.es>", "Pase de envíos", "billing", "",
"""Su Pase de envíos se renovó solo ayer por otro año, 49 €, y ya no lo
quiero. Anúlenlo y devuélvanme los 49 €, no lo he usado desde la
renovación."""),
("es", "tienda-online-sin-correos", "Vela y Mecha <hola@velaymecha.example>", "Correos de pedidos", "technical", "high",
"""Desde ayer por la tarde nuestra tienda online (alojada con ustedes) ha
dejado de enviar los correos de confirmación de pedido a los clientes.
Más de 200 personas no han recibido nada y nos escriben preguntando si
su pedido ha entrado. Mírenlo cuanto antes, por favor.

Bea"""),
("es", "personal-no-ficha", "RR. HH. <rrhh@alimentosmercer.example>", "Sistema de fichaje", "technical", "high",
"""Los terminales de fichaje que nos suministran marcan «licencia
caducada» desde esta mañana y ninguno de los 80 trabajadores del almacén
puede fichar. La licencia se renovó en junio. Tiene que estar resuelto
antes del cambio de turno de las 2."""),
("es", "reservas-todo-completo", "Trattoria Lucca <info@trattorialucca.example>", "Reservas", "technical", "high",
"""El widget de reservas de la web del restaurante pone «completo» para
todos los días, así que desde el viernes no nos entra ni una reserva
online. El restaurante está medio vacío. Arréglenlo."""),
("es", "olor-gas-instalacion", "Brenda Hurtado <brenda.hurtado@example.es>", "Olor a gas", "technical", "high",
"""Su instalador nos ha puesto esta tarde la cocina de gas nueva y desde
entonces huele a gas en la cocina. Hemos cerrado la llave de paso y
abierto las ventanas. Manden a alguien otra vez, por favor."""),
("es", "abogado-cartas-recobro", "Ricardo Okón <ricardo.okon@example.es>", "Cartas de una agencia de recobro", "billing", "high",
"""Pagué la factura 30671 entera el 2 de marzo y tengo el justificante del
banco. Aun así he recibido ya dos cartas de una agencia de recobro que
actúa en su nombre y amenaza con meterme en un fichero de morosos.

Se lo he pasado todo a mi abogado. Retiren la reclamación a la agencia y
confírmenmelo por escrito en siete días, o mi abogado tomará medidas.

Ricardo Okón"""),
("es", "gastos-cancelacion-contracargo", "Emma Doval <emma.doval@example.es>", "Gastos de cancelación", "billing", "high",
"""Cancelé el pedido 62004 dos días después de hacerlo, dentro de los 14
días, y me han cobrado 25 € de «gastos de cancelación». Si no me los
devuelven antes del fin de semana, pediré a mi banco que anule el
cargo."""),
("es", "gracias-jarron-culpa-mia", "Olivia Granados <olivia.granados@example.es>", "Gracias", "general", "",
"""Quería darles las gracias por mandarme un jarrón nuevo aunque fui yo
quien lo tiró. De verdad que no tenían por qué. Me han alegrado la
semana."""),
("es", "reembolso-llego-lampara-grande", "Tomás Ibarra <tomas.ibarra@example.es>", "Lámpara", "general", "",
"""Ya me ha llegado el reembolso de la lámpara de mesa, gracias. Otra
pregunta: ¿tienen la misma lámpara en tamaño grande, de pie quizá?"""),
# ---------------- Polish ----------------
("pl", "przelew-oczekuje-na-platnosc", "Filip Mościcki <filip.moscicki@example.pl>", "Przelew", "billing", "",
"""Dzień dobry,

zapłaciłem za zamówienie 60218 przelewem w poniedziałek i pieniądze
zeszły już z mojego konta (w tytule 60218, tak jak prosiliście), ale na
stronie zamówienia dalej jest „oczekuje na płatność”. Możecie to
powiązać?

Filip Mościcki"""),
("pl", "dostawa-liczona-trzy-razy", "Gabriela Tomczak <gabriela.tomczak@example.pl>", "Dostawa x3", "billing", "",
"""Zamówiłam trzy poduszki naraz i wszystkie przyszły w jednym kartonie,
a dostawę po 14,99 zł policzyliście mi trzy razy. Chyba powinna być
raz?"""),
("pl", "faktura-na-firme-po-fakcie", "Biuro <biuro@jasnawoda-design.example>", "Faktura na firmę", "billing", "",
"""Dzień dobry, przez pomyłkę złożyłam zamówienie 58841 jako osoba
prywatna - czy możecie wystawić fakturę na Jasna Woda Design sp. z o.o.,
NIP 5261234567, ul. Młyńska 14, Poznań? Dziękuję, Lidia"""),
("pl", "splata-rat-wczesniej", "Karol Becker <karol.becker@example.pl>", "Wcześniejsza spłata", "billing", "",
"""Płacę za sofę w 12 ratach miesięcznych, zapłaciłem już 5. Chciałbym
spłacić resztę jednorazowo. Ile zostało i jak mam to zapłacić?"""),
("pl", "koldra-koszt-odeslania", "Lena Bajor <lena.bajor@example.pl>", "Kołdra", "billing", "",
"""hej, koldra jest dalej zafoliowana, po prostu zamowilam zla grubosc.
czy musze sama placic za odeslanie i po jakim czasie dostane pieniadze?"""),
("pl", "obciazenie-w-dolarach", "Imran Kurek <imran.kurek@example.pl>", "Waluta", "billing", "",
"""Przy płatności na stronie były złotówki, a na wyciągu obciążenie jest w
dolarach i bank doliczył 9,50 zł prowizji za przewalutowanie. Chcę
zwrotu tej prowizji, to nie moja wina."""),
("pl", "dojazd-na-gwarancji", "Beata Nowak <beata.nowak2@example.pl>", "Opłata za dojazd", "billing", "",
"""Wasz serwisant był w zeszłym tygodniu przy zmywarce, która jest jeszcze
na gwarancji, a teraz dostałam rachunek na 250 zł za dojazd. Mówiono mi,
że wizyty gwarancyjne są bezpłatne."""),
("pl", "suszarka-kontrolka-filtra", "Stefan Kurowski <stefan.kurowski@example.pl>", "Suszarka", "technical", "",
"""Suszarka zatrzymuje się po dziesięciu minutach z zapaloną kontrolką
„wyczyść filtr”, nawet zaraz po wyczyszczeniu obu filtrów. Ubrania są
mokre."""),
("pl", "czytnik-logo", "Iwona Klimek <iwona.klimek@example.pl>", "Czytnik e-booków", "technical", "",
"""Dzień dobry. Mój czytnik zainstalował wczoraj wieczorem aktualizację i
teraz wisi na ekranie z logo. Przytrzymanie przycisku zasilania przez 30
sekund nic nie daje. Mam tam wszystkie książki z biblioteki!"""),
("pl", "maszyna-do-szycia-nic", "Danuta Wasik <danuta.wasik@example.pl>", "Maszyna do szycia", "technical", "",
"""Szanowny Panie,

maszyna do szycia kupiona w zeszłym miesiącu zrywa górną nitkę po kilku
ściegach. Nawlekłam ją od nowa według książeczki i wymieniłam igłę. Co
robię źle?

Danuta Wasik"""),
("pl", "zdjecie-na-plotnie-za-duze", "Kamil Rejewski <kamil.rejewski@example.pl>", "Zdjęcie na płótnie", "technical", "",
"""Próbuję zamówić zdjęcie na płótnie, ale przy wgrywaniu ciągle wyskakuje
„plik jest za duży”, a zdjęcie ma tylko 2 MB. Próbowałem w Chrome i
Safari."""),
("pl", "wideorejestrator-postoj", "Norbert Osowski <norbert.osowski@example.pl>", "Wideorejestrator na postoju", "technical", "",
"""Wczoraj ktoś porysował mi auto na parkingu, a wideorejestrator nic nie
nagrał. Tryb parkingowy jest włączony w aplikacji. Czy trzeba coś jeszcze
ustawić?"""),
("pl", "drukarka-puste-kartki", "Aneta Dziedzic <aneta.dziedzic@example.pl>", "Puste kartki", "technical", "",
"""Od kiedy włożyłam nowe tusze, drukarka wypluwa same puste kartki.
Taśmy zdjęłam. Czyszczenie puściłam dwa razy."""),
("pl", "zamek-niski-poziom-baterii", "Jan Hartman <jan.hartman@example.pl>", "Inteligentny zamek", "technical", "",
"""Włożyłem do inteligentnego zamka cztery nowe baterie, a aplikacja dalej
pokazuje „krytycznie niski poziom baterii” i zamek piszczy przy każdym
użyciu."""),
("pl", "lista-prezentow-slubnych", "Klaudia Bartczak <klaudia.bartczak@example.pl>", "Lista prezentów", "general", "",
"""Cześć! Wiosną bierzemy ślub - czy prowadzicie listę prezentów ślubnych i
czy goście mogą kupować z niej także w sklepie stacjonarnym, nie tylko
online?"""),
("pl", "dostep-wozek-inwalidzki", "Tadeusz Górski <tadeusz.gorski@example.pl>", "Dostępność", "general", "",
"""Czy sklep w Białymstoku jest dostępny dla osób na wózku i czy są
miejsca parkingowe dla niepełnosprawnych blisko wejścia?"""),
("pl", "zamowienie-telefoniczne-mama", "Sabina Wróblewska <sabina.wroblewska@example.pl>", "Zamawianie dla mamy", "general", "",
"""Moja mama ma 88 lat i nie ma internetu. Czy może zamawiać u was
telefonicznie i czy jest numer, pod który może zadzwonić?"""),
("pl", "pokrywka-stary-blender", "Marcin Kopeć <marcin.kopec@example.pl>", "Zapasowa pokrywka", "general", "",
"""Czy sprzedajecie jeszcze pokrywki do blendera Vortex? Nasz jest z mniej
więcej 2016 roku, pękła pokrywka, a reszta działa bez zarzutu."""),
("pl", "rezerwacja-w-sklepie", "Patrycja Nawrot <patrycja.nawrot@example.pl>", "Rezerwacja", "general", "",
"""Czy mogę zarezerwować zielony fotel w sklepie w Katowicach i odebrać go
w sobotę?"""),
("pl", "loteria-hospicjum", "Hospicjum św. Anny <fundraising@hospicjum-anna.example>", "Nagroda na loterię", "general", "",
"""Dzień dobry,

jesteśmy lokalnym hospicjum i 14 lipca organizujemy letni festyn. Czy
zechcieliby Państwo przekazać jakiś drobny przedmiot jako nagrodę w
loterii? Oczywiście podziękujemy Państwu w naszym biuletynie.

Z pozdrowieniami
Helena Amborska, dział pozyskiwania funduszy"""),
("pl", "obiecany-zwrot-kierownik-sklepu", "Gracjan Pruski <gracjan.pruski@example.pl>", "Zwrot obiecany 3 tygodnie temu", "billing", "high",
"""Trzy tygodnie temu pan Tomek w waszym sklepie w Radomiu obiecał mi zwrot
pieniędzy za zepsuty mikser „w ciągu 3-5 dni”. Nic. Za każdym razem,
gdy dzwonię, słyszę, że pana Tomka nie ma. Chcę, żeby zadzwonił do mnie
kierownik sklepu, dzisiaj.

Gracjan Pruski
600 000 123"""),
("pl", "technik-nie-przyjechal-ktos-odpowiedzialny", "Lena Wójtowicz <lena.wojtowicz@example.pl>", "Internet - brak technika", "technical", "high",
"""Od dziewięciu dni nie mamy internetu w domu. Dwa razy umówiono
technika i dwa razy nikt nie przyjechał ani nie zadzwonił. Pracuję
zdalnie. Chcę rozmawiać z kimś odpowiedzialnym, a nie z kolejnym
konsultantem czytającym ze skryptu."""),
("pl", "syn-oskarzony-kierownik", "Danuta Karczewska <danuta.karczewska@example.pl>", "Wasz ochroniarz", "general", "high",
"""W sobotę wasz ochroniarz zatrzymał mojego 14-letniego syna przy wyjściu
i przy wszystkich oskarżył go o kradzież. Syn niczego nie wziął, po
prostu na mnie czekał. Żądam rozmowy z kierownikiem sklepu w Opolu w
tej sprawie.

Danuta Karczewska"""),
("pl", "nie-usterka-zla-moc", "Olaf Fryc <olaf.fryc@example.pl>", "Blender", "billing", "",
"""To nie usterka, blender działa dobrze. Ale zamówiłem i zapłaciłem za
model 1000 W, a przysłaliście 600 W, który jest o 120 zł tańszy. Proszę
o zwrot różnicy albo wymianę na ten, za który zapłaciłem."""),
("pl", "nie-chce-zwrotu-odkamienianie", "Róża Dziuba <roza.dziuba@example.pl>", "Ekspres do kawy", "technical", "",
"""Nie potrzebuję nowego ekspresu ani zwrotu pieniędzy, jestem z niego
zadowolona. Chcę tylko wiedzieć, jak zgasić kontrolkę odkamieniania -
dwa razy puściłam program odkamieniania, a ona dalej się świeci."""),
("pl", "nie-rachunek-promienniki", "Franciszek Oleksy <franciszek.oleksy@example.pl>", "Promienniki tarasowe", "general", "",
"""Z rachunkiem wszystko w porządku, nie o to chodzi - chciałem tylko
zapytać, czy w przyszłą zimę znowu będziecie sprzedawać promienniki
tarasowe."""),
("pl", "pd-paragon-trzy-krzesla", "Halina Burek <halina.burek@example.pl>", "PD: Twój paragon", "billing", "",
"""Proszę zobaczyć poniżej. Na paragonie są 3 krzesła po 179 zł, a przyszły
tylko 2 i na liście przewozowej też są 2. Proszę o zwrot za trzecie.

---------- Przekazana wiadomość ---------
Temat: Twój paragon
Zamówienie 71190
3 x Krzesło do jadalni, dąb    537,00
Razem                          537,00"""),
("pl", "czesc-aplikacja-wylogowuje", "Tarik Aziz <tarik.aziz@example.pl>", "Cześć", "technical", "",
"""Cześć, za każdym razem gdy przełączę się na inną aplikację i wrócę, wasza
apka mnie wylogowuje i muszę znowu wpisywać hasło. Strasznie
irytujące."""),
("pl", "odp-odp-poduszki-kiedy", "Paulina Lisowska <paulina.lisowska@example.pl>", "Odp: Odp: sprawa 55012", "general", "",
"""Jest coś nowego? Dalej nic nie wiem, kiedy przyjdą poduszki na wymianę.

> Zamówiliśmy dla Pani nowe poduszki i podamy termin dostawy, gdy
> tylko go otrzymamy.
>> Poduszki siedziska mojej sofy mają inny kolor niż oparcia."""),
("pl", "umowa-wsparcia-bez-odnowienia", "Kierownik IT <it@lecznica-harlow.example>", "Umowa wsparcia", "billing", "",
"""Prosimy nie odnawiać naszej umowy wsparcia premium, która kończy się 30
września. Przechodzimy na plan standardowy. Proszę potwierdzić, że nie
będzie już dalszych opłat za premium.

Z poważaniem
Cezary Aszyk"""),
("pl", "miejsce-na-zdjecia-darmowy", "Maja Lindner <maja.lindner@example.pl>", "Miejsce na dysku", "billing", "",
"""Płacę 9,99 zł miesięcznie za 200 GB na zdjęcia, a używam jakichś 3 GB.
Proszę przenieść mnie z powrotem na darmowy plan i przestać pobierać
opłatę."""),
("pl", "karnet-dostaw-odnowil-sie", "Jerzy Pikuła <jerzy.pikula@example.pl>", "Karnet dostaw", "billing", "",
"""Wasz Karnet dostaw sam się wczoraj odnowił na kolejny rok za 199 zł, a
ja go już nie chcę. Proszę go anulować i oddać 199 zł, nie korzystałem z
niego od odnowienia."""),
("pl", "sklep-www-brak-maili", "Wosk i Knot <czesc@woskiknot.example>", "Maile z zamówieniami", "technical", "high",
"""Od wczoraj po południu nasz sklep internetowy (hostowany u was)
przestał wysyłać klientom maile z potwierdzeniem zamówienia. Ponad 200
osób nic nie dostało i piszą do nas, czy zamówienie w ogóle przeszło.
Proszę się tym zająć jak najszybciej.

Beata"""),
("pl", "pracownicy-nie-odbija-karty", "Kadry <kadry@mercer-zywnosc.example>", "System rejestracji czasu pracy", "technical", "high",
"""Terminale rejestracji czasu pracy, które od was mamy, od rana pokazują
„licencja wygasła” i nikt z 80 pracowników magazynu nie może odbić
karty. Licencję odnowiliśmy w czerwcu. Musi to działać przed zmianą o
14."""),
("pl", "rezerwacje-wszystko-zajete", "Trattoria Lucca <info@trattorialucca.example>", "Rezerwacje", "technical", "high",
"""Wasz widżet rezerwacji na stronie naszej restauracji pokazuje „brak
wolnych miejsc” na każdy dzień, więc od piątku nie wpadła ani jedna
rezerwacja online. Restauracja jest w połowie pusta. Naprawcie to."""),
("pl", "zapach-gazu-po-montazu", "Bronisława Hurko <bronislawa.hurko@example.pl>", "Zapach gazu", "technical", "high",
"""Wasz monter zainstalował nam dziś po południu nową kuchenkę gazową i od
tego czasu w kuchni czuć gaz. Zakręciliśmy zawór i otworzyliśmy okna.
Proszę przysłać kogoś jeszcze raz."""),
("pl", "prawnik-listy-windykacja", "Ryszard Okoński <ryszard.okonski@example.pl>", "Pisma od firmy windykacyjnej", "billing", "high",
"""Fakturę 30671 zapłaciłem w całości 2 marca i mam potwierdzenie z banku.
Mimo to dostałem już dwa pisma od firmy windykacyjnej działającej w
waszym imieniu, która grozi wpisem do rejestru dłużników.

Przekazałem wszystko swojemu prawnikowi. Proszę wycofać roszczenie z
firmy windykacyjnej i potwierdzić to na piśmie w ciągu siedmiu dni, w
przeciwnym razie mój prawnik podejmie dalsze kroki.

Ryszard Okoński"""),
("pl", "oplata-za-anulowanie-chargeback", "Ema Dołęgowska <ema.dolegowska@example.pl>", "Opłata za anulowanie", "billing", "high",
"""Anulowałam zamówienie 62004 dwa dni po złożeniu, w ciągu 14 dni, a
pobraliście 99 zł „opłaty za anulowanie”. Jeśli do końca tygodnia nie
wróci to na moje konto, zrobię chargeback przez bank."""),
("pl", "dziekuje-wazon-moja-wina", "Oliwia Grad <oliwia.grad@example.pl>", "Dziękuję", "general", "",
"""Chciałam podziękować za przysłanie nowego wazonu, chociaż to ja go
stłukłam. Naprawdę nie musieliście. Poprawiliście mi cały tydzień."""),
("pl", "zwrot-doszedl-wieksza-lampa", "Tomasz Ingarden <tomasz.ingarden@example.pl>", "Lampa", "general", "",
"""Zwrot za lampkę na biurko już doszedł, dziękuję. Inne pytanie: czy macie
tę samą lampę w większym rozmiarze, może jako stojącą?"""),
]
