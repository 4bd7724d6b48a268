# batch16.py -- labelled mails held out of the repository, kept apart from
# gen.py so that nothing is tuned or trained on them until they are wired
# in.  New situations for the failure classes -- escalation demands that
# keep their topic, negations, Greeklish, a body that tells what the
# subject does not, replies quoting an earlier mail, paid plans ended in
# other words, outages of a business told by their consequences, safety
# hazards, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "split-gift-card-and-debit", "Abigail Turner <abi.turner@example.co.uk>", "Paying with a gift card", "billing", "",
"""Hello,

I've got a gift card with 35.00 left on it and I want to order the
bedding set which is 62.00. Can I use the gift card for part of it and
pay the rest on my debit card, or does it have to be one or the other?
The checkout only seems to let me pick one.

Thanks,
Abi"""),
("en", "basket-price-went-up", "Leon Fraser <leon.fraser@example.com>", "Order 77413", "billing", "",
"""Hi,

The standing desk was 219 in my basket on Sunday night. I went through
checkout and the confirmation email says 249. I didn't notice until my
banking app pinged. I'd like the 30 difference refunded please - I've
got a screenshot of the basket if you need it.

Leon"""),
("en", "ink-subscription-laser-now", "Marjorie Bell <marjorie.bell@example.org>", "Ink", "billing", "",
"""Dear team,

I've replaced my old inkjet with a laser printer, so I shan't be needing
the monthly ink cartridges any more. Could you please stop the 3.49 a
month from the next payment date and not send further cartridges?

Kind regards,
Marjorie Bell"""),
("en", "coding-club-autumn-term", "Sanjay Mehta <sanjay.mehta@example.co.uk>", "Coding club - autumn term", "billing", "",
"""Hi,

Our daughter Anaya has finished the summer term of the online coding
club and has decided she'd rather do swimming after school. We won't be
continuing, so please don't take the 45 for the autumn term on the 1st.
She really enjoyed it, it's just a timetable thing.

Sanjay"""),
("en", "invoice-po-number-missing", "Accounts Payable <ap@brightwell-care.example>", "FW: Invoice INV-30981", "billing", "",
"""Hello,

Please see below. We can't pay invoice INV-30981 until it shows our
purchase order number. Could you reissue it with PO 4500-2217 on it?

Thanks
Karen Doyle
Accounts Payable, Brightwell Care Homes

From: Phil Tranter
Sent: 12 March 09:14
To: Accounts Payable
Subject: Invoice INV-30981

Karen - this is the one for the 20 bedside cabinets. Supplier left off
the PO again, can you chase them? Ta, Phil"""),
("en", "pay-by-cheque", "Edna Morris <edna.morris@example.co.uk>", "Cheque", "billing", "",
"""Dear Sir or Madam,

I am 81 and do not use cards on the computer. My grandson showed me the
armchair in your brochure. Can I pay for it by cheque through the post,
and who should the cheque be made out to? Or can I pay at the shop and
have it delivered?

Yours sincerely,
Edna Morris (Mrs)"""),
("en", "gift-card-balance-after-cancel", "Harvey Quinn <hquinn@example.net>", "cancelled order - where's my gift card money", "billing", "",
"""You cancelled order 78022 because the lamp was out of stock, fine. But
I paid 40 of it with a gift card and that gift card now shows 0.00
balance. The card part of the payment came back, the gift card part
didn't. Can you put the 40 back on it please."""),
("en", "free-return-label-charged", "Ruth Adeyemi <ruth.adeyemi@example.com>", "Return label", "billing", "",
"""Hi, the toaster I returned was faulty (one slot stopped working) and
your site says returns of faulty goods are free. But 4.99 was deducted
from my refund for the label. Could you refund that too? Order 76650.
Thanks, Ruth"""),
("en", "engineer-invoice-not-fault", "Colin Bradshaw <colin.bradshaw@example.co.uk>", "Engineer visit 14th", "billing", "",
"""Good afternoon,

I should say first that the washing machine is working perfectly now -
no complaints at all about the repair or the engineer, who was very
polite.

My query is only about the invoice he left: 65 call-out plus 38 for a
drain pump. The machine is 14 months old and I bought the 3-year
warranty with it. Should I have been charged anything?

Colin Bradshaw"""),
("en", "quick-question-bundle", "Freya Lindqvist <freya.l@example.com>", "Quick question", "billing", "",
"""Hi!

I bought the "3 for 2" bundle of saucepans. The big one is too heavy for
me so I'd like to send just that one back and keep the other two. How
much would I get back, as I didn't technically pay for one of them? Is it
the price of the cheapest, or what?

Freya"""),
("en", "re-quote-deposit-transfer", "Martin Kowalczyk <martin.kowalczyk@example.co.uk>", "Re: Your quotation Q-11827 - fitted wardrobes", "billing", "",
"""Hi Sophie,

Thanks, we're happy with that and would like to go ahead. Can we pay the
50% now by bank transfer and the rest when the fitters finish? If so,
please send the account details and what reference to use.

Martin

On Tue, 4 Jun 2024 at 16:02, Sophie Grant <quotes@example-furnishings.co.uk> wrote:
> Dear Mr Kowalczyk,
>
> Please find attached your quotation Q-11827 for two fitted wardrobes
> in white oak finish, total 2,460.00 including fitting.
>
> Kind regards,
> Sophie Grant"""),
("en", "gift-wrap-not-wrapped", "Poppy Sinclair <poppy.sinclair@example.net>", "Gift wrap", "billing", "",
"""Hello, I paid the extra 3.50 for gift wrapping on my mum's birthday
present (order 77950) and it arrived in a plain brown box, not wrapped at
all. I had to wrap it myself in a hurry. Can I have the 3.50 refunded?"""),
("en", "refund-short-fridge-manager", "Derek Haines <derek.haines@example.co.uk>", "Fridge freezer refund - short by 39", "billing", "high",
"""I returned the American fridge freezer because it didn't fit the
space, within the 30 days, unused. You refunded 860 instead of 899 and
your chat says the 39 delivery charge isn't refundable. Nowhere on the
site does it say that.

I've been passed between chat and phone three times now. I want a
manager to ring me back today about the 39 - 07700 900418.

Derek Haines"""),
("en", "sofa-deposit-small-claims", "Yvonne Pritchard <yvonne.pritchard@example.co.uk>", "Deposit for cancelled sofa", "billing", "high",
"""Dear Sir/Madam,

On 2 April I paid a 300.00 deposit for a made-to-order corner sofa. On
20 May you wrote to say the manufacturer had discontinued the fabric and
the order was cancelled. It was your cancellation, not mine, yet I have
been told the deposit is "non-refundable".

If the 300.00 is not back in my account within 14 days I will issue a
claim through the small claims court and report the matter to Trading
Standards.

Yvonne Pritchard"""),
("en", "cancelled-workshop-bank", "Owen Fitzgerald <owen.fitz@example.com>", "Pottery workshop - cancelled", "billing", "high",
"""Two places on the Saturday pottery workshop, 2 x 55 = 110, booked in
March. You cancelled it the day before by text. Since then I've emailed
twice asking for the money back and heard nothing. I'll give it until
Monday and then I'm raising a dispute with my bank to get it back that way.

Owen"""),
("en", "airer-bottom-rails-cold", "Gillian Rowe <gillian.rowe@example.co.uk>", "Heated airer", "technical", "",
"""Hello,

The heated clothes airer I bought in October - the top rails get warm
but the bottom four stay stone cold. The light on the switch is on. Is
there something I'm doing wrong or is it faulty?

Gillian"""),
("en", "robot-mower-no-refund", "Neil Saunders <neil.saunders@example.com>", "Robot mower - no loop signal", "technical", "",
"""Hi,

Before anything else: I don't want to return it or get my money back, I
like the thing. I just need it to work properly.

Since I moved the boundary wire round the new flower bed it goes out,
does about ten minutes, then stops in the same corner by the shed and
shows "No loop signal". The charging station light is green. I've
checked the wire for cuts as far as I can see.

Neil Saunders"""),
("en", "bathroom-fan-all-night", "Kate Morrow <kate.morrow@example.net>", "Bathroom", "technical", "",
"""hi - the extractor fan you fitted last month (the one with the
humidity sensor) runs all night long even when nobody has had a shower
for hours. It's noisy and I can hear it from the bedroom. Is there a way
to turn the sensitivity down? There's a little dial under the cover but
I don't know which way to turn it.
kate"""),
("en", "re-mesh-reset-still-no-5g", "Bogdan Ilie <bogdan.ilie@example.co.uk>", "Re: Case 55871 - mesh Wi-Fi", "technical", "",
"""Hi,

Did exactly that - held the reset button for 10 seconds on all three
units and set them up again in the app. The 2.4GHz network is back but
the 5GHz one still doesn't show up on any of our phones or the laptop.

Bogdan

On Mon, 10 Jun 2024 at 11:45, Customer Support <support@example-shop.co.uk> wrote:
> Hello Bogdan,
>
> Thanks for getting in touch. Please try a factory reset on each unit by
> holding the reset button for 10 seconds, then set them up again as new.
>
> Regards, Tyler"""),
("en", "postcode-not-found-new-build", "Hannah Osei <hannah.osei@example.com>", "Checkout won't take my address", "technical", "",
"""Hi, we've just moved into a new-build estate and your checkout keeps
saying "We couldn't find that postcode" so I can't get past the address
page. Royal Mail has the postcode. I've tried typing it with and without
the space. Is there a way round it?"""),
("en", "cordless-vacuum-pulsing", "Trevor Nash <trevor.nash@example.co.uk>", "Vacuum", "technical", "",
"""Afternoon,

The cordless vacuum has started pulsing - it revs up and down, on off on
off, every second or so. Battery is fully charged. I've emptied the bin
and rinsed the filter and left it to dry for a day. Still doing it.

Trevor"""),
("en", "radio-clock-hour-ahead", "Pat Gallagher <pat.gallagher@example.ie>", "alarm clock an hour out", "technical", "",
"""The radio controlled alarm clock has been an hour fast since the clocks
went back. It's supposed to set itself. I've taken the batteries out and
put it by the window overnight. Still an hour out. Nearly missed a
hospital appointment because of it.
Pat"""),
("en", "soundbar-one-remote", "Lydia Cheng <lydia.cheng@example.com>", "soundbar + TV", "technical", "",
"""Hello,

I've connected the new soundbar to the TV with the HDMI cable that came
in the box. Sound comes through fine, but I have to use two remotes - the
TV one does nothing to the soundbar volume. The man in the shop said one
remote would do both. What do I need to switch on?

Thanks, Lydia"""),
("en", "hob-key-symbol", "Owen Price <owenprice@example.co.uk>", "Induction hob locked", "technical", "",
"""our hob is showing a little key symbol and none of the zones will come
on. i think the kids pressed something. we've tried holding the key
button, nothing. can't cook dinner. how do we get it off?"""),
("en", "tablet-swollen-hot", "Jasmine Ward <jasmine.ward@example.co.uk>", "Tablet", "technical", "high",
"""Hello,

My son's tablet was charging on his bed last night and this morning the
back has bulged out so much the screen has lifted at one corner. It was
very hot to touch and there was a burning plastic smell in his room.
I've unplugged it and put it on the patio on a tile. What do we do with
it now? It's only 7 months old.

Jasmine Ward"""),
("en", "toastie-maker-flames", "Ben Coulter <ben.coulter@example.com>", "Sandwich toaster", "technical", "high",
"""Hi, the sandwich toaster I bought from you a fortnight ago had actual
flames coming out by the hinge this lunchtime. Nothing had dripped, it
was just cheese and ham inside. I switched it off at the wall and the
flames went out but the worktop has a black mark. I'm not using it again.
Ben"""),
("en", "driver-handhelds-no-routes", "Operations <ops@harbourline-deliveries.example>", "Handhelds", "technical", "high",
"""Morning,

None of our drivers' handhelds have downloaded today's routes. They
sign in and the route screen just says "Waiting for data". We've got
seven vans loaded in the yard that can't leave, and our customers are
already ringing asking where their parcels are. Restarting the handhelds
hasn't done anything.

Please call Dan on 01632 960 441.

Dan Roberts
Harbourline Deliveries"""),
("en", "timesheets-payroll-day", "Lisa Tan <lisa.tan@greenacre-nursery.example>", "Timesheets", "technical", "high",
"""Hi,

Today is our payroll cut-off and none of our 23 staff can submit their
hours - the timesheet page just spins and then logs them out. Our payroll
bureau needs the file by 3pm or nobody gets paid on Friday. I manage the
account and I'm getting the same thing on two different computers.

Lisa Tan
Office Manager, Greenacre Garden Nursery"""),
("en", "laptop-repair-formal-complaint", "Shireen Aziz <shireen.aziz@example.co.uk>", "Laptop repair REF 88104", "technical", "high",
"""This is a formal complaint.

My laptop has been back to your repair centre twice for the same fault:
the keyboard stops responding after about twenty minutes, then the
trackpad goes too. Both times it came back "repaired, no fault found"
and both times the fault was back within a day. I'm a student and I have
exams.

I want this escalated to someone senior who can actually decide to
replace the keyboard, not another ticket.

Shireen Aziz"""),
("en", "quiet-hour-thanks", "Rachel Dunne <rachel.dunne@example.co.uk>", "Quiet hour", "general", "",
"""Hello,

I'm not writing with a complaint or a question, just a thank you. My son
is autistic and big shops are usually too much for him. We came to the
Tuesday quiet hour at your Taunton store - lights down, no music - and
he chose his own school shoes for the first time ever. The young lady in
the shoe department was so patient with him.

Please keep doing it.

Rachel"""),
("en", "thanks-ring-found", "Graham Lowe <graham.lowe@example.com>", "My wife's ring", "general", "",
"""Dear all,

My wife took her wedding ring off to try on gloves at your Chester branch
last Thursday and left it on the counter. We didn't notice until we got
home. When I phoned, the staff had already found it and locked it in the
safe. Please pass on our heartfelt thanks to whoever handed it in.

Graham and Sheila Lowe"""),
("en", "paid-kitchen-when-fitter", "Aisha Rahman <aisha.rahman@example.co.uk>", "Kitchen order 70214", "general", "",
"""Hi there,

The kitchen is all paid for in full now (paid the balance on Friday). Do
you know when the fitter will be in touch to book a start date? We need
to arrange time off work. No rush on anything else, just want a rough
idea of the date.

Aisha"""),
("en", "wellies-size-9-bristol", "Joe Baxter <joe.baxter@example.net>", "Saturday", "general", "",
"""Hi, I'm coming into Bristol Cribbs on Saturday and want to pick up the
dinosaur wellies for my little lad. Website says they're in stock online
but doesn't say about the shop. Do they have size 9 (kids)? Don't want to
drag him round for nothing. Cheers, Joe"""),
("en", "may-bank-holiday-hours", "Margaret Hale <margaret.hale@example.co.uk>", "Bank holiday Monday", "general", "",
"""Are your Worcester and Malvern shops open on the early May bank holiday,
and if so what time do they close?

Thank you
M Hale"""),
("en", "career-break-visual-merch", "Claire Beaumont <claire.beaumont@example.com>", "Visual merchandiser role", "general", "",
"""Dear Hiring Team,

I would like to apply for the visual merchandiser role advertised for
your Guildford store. I worked in visual merchandising for eight years
before taking a career break to raise my children, and I'm now ready to
return, ideally around 25-30 hours a week. My CV and a small portfolio
are attached.

Kind regards,
Claire Beaumont"""),
("en", "sofa-swatches", "Tom Ellery <tom.ellery@example.co.uk>", "Fabric samples", "general", "",
"""Hello, could you send me fabric swatches for the Harrow sofa? I'm
stuck between the sage and the mustard velvet and the colours look
different on my phone and laptop. Address: 14 Byron Close, Lincoln LN2 4XX.
Many thanks, Tom"""),
("en", "points-not-added-till", "Donna Fletcher <donna.fletcher@example.com>", "Points missing", "general", "",
"""Hi, I scanned my card at the till in the Leeds White Rose shop on the
3rd (spent about 80) but the points never appeared in my account. I've
still got the receipt. Can they be added?"""),
("en", "gift-cards-post-office", "Irene Walsh <irene.walsh@example.co.uk>", "Gift cards", "general", "",
"""Good morning,

Can your gift cards be bought anywhere other than your shops? We haven't
got one of your branches nearby. I wondered if supermarkets or the post
office sell them, as I'd like one for my niece's birthday.

Irene Walsh"""),
("en", "son-collecting-id", "Philip Carr <philip.carr@example.com>", "Click and collect 77711", "general", "",
"""My son will collect my click and collect order 77711 from the Reading
store on Thursday as I'm at work. Is it enough for him to show the
collection email on his phone, or does he need my ID as well?
Philip Carr"""),
("en", "automatic-door-mother-manager", "Helen Marsh <helen.marsh@example.co.uk>", "Your automatic doors - my mother was hurt", "general", "high",
"""Yesterday at about 11am the automatic doors at your Stockport entrance
closed on my mother, who is 78 and walks with a stick. They didn't
reopen and she was knocked sideways into the frame. Her arm is badly
bruised and she was very shaken. Your staff were kind but nobody took
any details or filled in an accident report.

I want the store manager to contact me, and I want to know the doors are
being checked before someone else is hurt.

Helen Marsh
07700 900 772"""),
# ---------------- Greek ----------------
("el", "gl-dorokarta-kai-karta-mazi", "Eirini T. <eirini.tsak@example.gr>", "dwrokarta", "billing", "",
"""Kalhspera,
exw mia dwrokarta sas me ypoloipo 35 euro kai thelw na parw to set
sentonia pou kanei 62. Mporw na plhrwsw ta 35 me th dwrokarta kai ta
ypoloipa me th xrewstikh mou? Sto kalathi me afhnei na dialeksw mono
ena tropo plhrwmhs.
Eyxaristw polu
Eirhnh"""),
("el", "timi-kalathiou-anevike", "Λεωνίδας Φραγκιαδάκης <l.fragkiadakis@example.gr>", "Παραγγελία 77413", "billing", "",
"""Καλημέρα,

Το γραφείο με ρυθμιζόμενο ύψος ήταν 219€ στο καλάθι μου την Κυριακή το
βράδυ. Ολοκλήρωσα την αγορά και στο email επιβεβαίωσης γράφει 249€,
και τόσα χρεώθηκαν. Το κατάλαβα μόνο όταν μου ήρθε ειδοποίηση από την
τράπεζα. Θα ήθελα να μου επιστρέψετε τα 30€ διαφορά. Έχω στιγμιότυπο
οθόνης από το καλάθι.

Λεωνίδας"""),
("el", "melania-syndromi-laser", "Μαρίνα Μπέλλου <marina.bellou@example.gr>", "Μελάνια", "billing", "",
"""Καλησπέρα σας,

Αντικατέστησα τον παλιό εκτυπωτή με έναν laser, οπότε δεν χρειάζομαι
πλέον τα μηνιαία μελάνια. Παρακαλώ να σταματήσει η χρέωση των 3,49€
από την επόμενη ημερομηνία πληρωμής και να μη μου στέλνετε άλλα.

Με εκτίμηση,
Μαρίνα Μπέλλου"""),
("el", "gl-programmatismos-paidia-fthinoporo", "Sakis Mylonas <sakis.mylonas@example.gr>", "ma8hmata programmatismou", "billing", "",
"""Geia sas,
h kori mas h Anna teleiwse to kalokairino kyklo sta online ma8hmata
programmatismou kai telika dialekse kolymvi3 to apogeuma. Den 8a
synexisoume, opote mhn paretai ta 45e gia ton fthinopwrino kyklo thn
1h tou mhna. Ths arese poly pantws, einai 8ema wrariou.
Sakhs"""),
("el", "fw-timologio-arithmos-paraggelias-agoras", "Λογιστήριο Γηροκομείου Αγ. Ελένη <logistirio@agia-eleni.example>", "FW: Τιμολόγιο 30981", "billing", "",
"""Καλημέρα σας,

Δείτε παρακάτω. Δεν μπορούμε να εξοφλήσουμε το τιμολόγιο 30981 αν δεν
αναγράφει τον αριθμό της εντολής αγοράς μας. Μπορείτε να το εκδώσετε
ξανά με αριθμό εντολής ΕΑ-2217;

Ευχαριστώ,
Κατερίνα Δούκα
Λογιστήριο

Από: Φίλιππος Τράντας
Στάλθηκε: Τρίτη, 12 Μαρτίου 2024 9:14 π.μ.
Προς: Λογιστήριο
Θέμα: Τιμολόγιο 30981

Κατερίνα, αυτό είναι για τα 20 κομοδίνα. Πάλι δεν έβαλαν τον αριθμό
εντολής, τους το ζητάς εσύ;"""),
("el", "plirwmi-me-karta-sitisis", "Βασίλης Κορρές <v.korres@example.gr>", "Κάρτα σίτισης", "billing", "",
"""Καλησπέρα,

Η εταιρεία μου δίνει κάρτα σίτισης (Ticket Restaurant). Μπορώ να την
χρησιμοποιήσω για να πληρώσω τα τρόφιμα στο ηλεκτρονικό σας σούπερ
μάρκετ, ή μόνο στα φυσικά καταστήματα; Και αν η παραγγελία έχει και
απορρυπαντικά, πληρώνω αυτά χωριστά;

Ευχαριστώ,
Βασίλης"""),
("el", "gl-akyrosi-dwrokarta-mhden", "Xaris Kouris <xkouris@example.gr>", "akyrwsh paraggelias - dwrokarta", "billing", "",
"""akyrwsate thn paraggelia 78022 epeidh to fwtistiko den eixe stoxeio,
ok. alla ta 40 apo ta 62 ta eixa plhrwsei me dwrokarta kai twra h
dwrokarta deixnei ypoloipo 0,00. ta lefta ths kartas mou gyrisan, ths
dwrokartas oxi. valte ta 40 pisw sth dwrokarta parakalw"""),
("el", "xreosi-etiketas-epistrofis-elattomatiko", "Ρούλα Αδαμοπούλου <roula.adam@example.gr>", "Έξοδα επιστροφής", "billing", "",
"""Καλημέρα, η τοστιέρα που επέστρεψα ήταν ελαττωματική (η μία πλευρά
δεν ζεσταινόταν) και στο site γράφετε ότι η επιστροφή ελαττωματικών
γίνεται δωρεάν. Από την επιστροφή μου όμως αφαιρέθηκαν 4,99€ για το
κούριερ. Μπορείτε να μου τα επιστρέψετε; Παραγγελία 76650.
Ευχαριστώ, Ρούλα"""),
("el", "timologio-texnikou-oxi-vlavi", "Κώστας Μπραντζής <k.brantzis@example.gr>", "Επίσκεψη τεχνικού 14/5", "billing", "",
"""Καλησπέρα σας,

Να ξεκαθαρίσω από την αρχή ότι το πλυντήριο πλέον δουλεύει άψογα και
δεν έχω κανένα παράπονο ούτε για την επισκευή ούτε για τον τεχνικό, που
ήταν πολύ ευγενικός.

Η απορία μου αφορά μόνο το παραστατικό που άφησε: 65€ επίσκεψη και 38€
για αντλία αποχέτευσης. Το πλυντήριο είναι 14 μηνών και είχα αγοράσει
μαζί του την επέκταση εγγύησης 3 ετών. Έπρεπε να χρεωθώ κάτι;

Κώστας Μπραντζής"""),
("el", "gl-grhgorh-erwthsh-1-plus-1", "Fani L. <fani.l@example.gr>", "mia erwthsh", "billing", "",
"""Geia!!
phra thn prosfora 3 katsarolia sthn timh twn 2. H megalh einai poly
varia gia mena kai thelw na thn epistrepsw kai na kratisw tis alles
dyo. Posa tha mou epistrepsete, afou ousiastika th mia den thn
plhrwsa? Thn timh ths pio ftinhs h pws akrivws?
Fanh"""),
("el", "re-prosfora-ntoulapes-prokatavoli", "Μάριος Καλαμαράς <m.kalamaras@example.gr>", "Re: Η προσφορά σας Π-11827 - εντοιχισμένες ντουλάπες", "billing", "",
"""Καλησπέρα κα Γρηγορίου,

Σας ευχαριστούμε, συμφωνούμε και θέλουμε να προχωρήσουμε. Γίνεται να
πληρώσουμε το 50% τώρα με τραπεζική κατάθεση και το υπόλοιπο όταν
τελειώσουν οι τεχνίτες; Αν ναι, στείλτε μου IBAN και τι αιτιολογία να
βάλω.

Μάριος Καλαμαράς

Στις Τρί, 4 Ιουν 2024 στις 4:02 μ.μ., ο/η Σοφία Γρηγορίου <prosfores@example-epiplo.gr> έγραψε:
> Αγαπητέ κύριε Καλαμαρά,
>
> Σας επισυνάπτουμε την προσφορά Π-11827 για δύο εντοιχισμένες ντουλάπες
> σε λευκή δρυ, συνολικό κόστος 2.460,00€ με την τοποθέτηση.
>
> Με εκτίμηση,
> Σοφία Γρηγορίου"""),
("el", "gl-syskevasia-dwrou-den-egine", "Popi Sinanidou <popi.sin@example.gr>", "syskeuasia dwrou", "billing", "",
"""Kalhmera, plhrwsa 3,50 extra gia syskeuasia dwrou sthn paraggelia
77950 (htan dwro gia th mama mou) kai hr8e se ena aplo kafe kouti
xwris tipota. Anagkastika to tyliksa monh mou sto podi. Mporw na parw
pisw ta 3,50?"""),
("el", "epistrofi-psygeiou-leipoun-39-proistamenos", "Δημήτρης Χαϊνάς <d.chainas@example.gr>", "Επιστροφή ψυγείου - λείπουν 39€", "billing", "high",
"""Επέστρεψα την ντουλάπα-ψυγείο επειδή δεν χωρούσε στον χώρο, μέσα στις
30 μέρες και αχρησιμοποίητη. Μου επιστρέψατε 860€ αντί για 899€ και στο
chat μου λένε ότι τα 39€ μεταφορικά δεν επιστρέφονται. Αυτό δεν γράφεται
πουθενά στο site.

Με έχετε γυρίσει τρεις φορές από το chat στο τηλέφωνο και πάλι πίσω.
Ζητώ να με καλέσει σήμερα ο προϊστάμενος του τμήματος για τα 39€, στο
6944 000 418.

Δημήτρης Χαϊνάς"""),
("el", "prokatavoli-kanape-akyrosate-synigoros", "Ευαγγελία Πριτσάλη <e.pritsali@example.gr>", "Προκαταβολή για καναπέ που ακυρώσατε", "billing", "high",
"""Κύριοι,

Στις 2 Απριλίου κατέβαλα προκαταβολή 300,00€ για γωνιακό καναπέ κατά
παραγγελία. Στις 20 Μαΐου με ενημερώσατε ότι ο κατασκευαστής έπαψε να
φτιάχνει το ύφασμα και ότι η παραγγελία ακυρώνεται. Η ακύρωση ήταν
δική σας, όχι δική μου, κι όμως μου λέτε ότι η προκαταβολή "δεν
επιστρέφεται".

Αν τα 300,00€ δεν επιστραφούν εντός 14 ημερών θα προσφύγω στον Συνήγορο
του Καταναλωτή και, αν χρειαστεί, στα δικαστήρια.

Ευαγγελία Πριτσάλη"""),
("el", "gl-ergastiri-keramikis-trapeza", "Orestis F. <orestis.f@example.gr>", "ergasthri keramikhs", "billing", "high",
"""Dyo 8eseis sto ergasthri keramikhs tou Savvatou, 2 x 55 = 110e,
klismeno apo ton Martio. To akyrwsate me sms thn prohgoumenh mera. Apo
tote exw steilei 2 email na mou epistrepsete ta lefta kai tipota.
Perimenw ws thn Deutera, meta kanw amfisvhthsh sthn trapeza mou gia na
ta parw pisw apo ekei.
Orestis"""),
("el", "apostegnotiras-kato-vergies-kryes", "Τζίνα Ρόκα <tzina.roka@example.gr>", "Θερμαινόμενη απλώστρα", "technical", "",
"""Καλημέρα σας,

Η ηλεκτρική απλώστρα που πήρα τον Οκτώβριο ζεσταίνεται μόνο στις πάνω
βέργες. Οι τέσσερις κάτω μένουν εντελώς κρύες. Το λαμπάκι στον διακόπτη
είναι αναμμένο. Κάνω κάτι λάθος ή είναι χαλασμένη;

Τζίνα"""),
("el", "rompotiki-mixani-gkazon-oxi-epistrofi", "Νίκος Σαρρής <nikos.sarris@example.gr>", "Ρομποτικό χλοοκοπτικό - No loop signal", "technical", "",
"""Καλησπέρα,

Πριν από οτιδήποτε: δεν θέλω να το επιστρέψω ούτε να πάρω τα χρήματά
μου πίσω, είμαι ευχαριστημένος. Θέλω απλώς να δουλεύει σωστά.

Από τότε που μετέφερα το καλώδιο ορίου γύρω από το καινούριο παρτέρι,
βγαίνει, κόβει κανένα δεκάλεπτο και μετά σταματάει πάντα στην ίδια γωνία
δίπλα στην αποθήκη με το μήνυμα "No loop signal". Η βάση φόρτισης έχει
πράσινο φως. Έχω ελέγξει το καλώδιο για κοψίματα όσο μπορώ.

Νίκος Σαρρής"""),
("el", "gl-mpanio-anemistiras-olh-nyxta", "Katerina M. <katerina.mor@example.gr>", "mpanio", "technical", "",
"""geia sas, o anemisthras eksaerismou pou mas topo8ethsate ton
prohgoumeno mhna (ayton me ton aisththra ygrasias) doulevei olh th
nyxta akoma ki an den exei kanei kaneis mpanio gia wres. kanei
8oryvo kai ton akoume apo to ypnodwmatio. ginetai na xamhlwsei h
euaisthsia? yparxei ena mikro kouboki katw apo to kapaki alla dn kserw
pros ta pou na to gyrisw
Katerina"""),
("el", "re-mesh-wifi-5g-akoma", "Μπογδάν Ίλιε <bogdan.ilie@example.gr>", "Re: Υπόθεση 55871 - mesh Wi-Fi", "technical", "",
"""Καλησπέρα,

Έκανα ακριβώς αυτό - κράτησα το reset 10 δευτερόλεπτα και στις τρεις
μονάδες και τις έστησα ξανά από την εφαρμογή. Το δίκτυο 2.4GHz γύρισε,
αλλά το 5GHz ακόμα δεν εμφανίζεται ούτε στα κινητά ούτε στο λάπτοπ.

Μπογδάν

Στις Δευ, 10 Ιουν 2024 στις 11:45 π.μ., ο/η Εξυπηρέτηση Πελατών <support@example-shop.gr> έγραψε:
> Καλημέρα σας,
>
> Παρακαλούμε κάντε επαναφορά εργοστασιακών ρυθμίσεων σε κάθε μονάδα,
> κρατώντας πατημένο το κουμπί reset για 10 δευτερόλεπτα, και ρυθμίστε
> τες ξανά σαν καινούριες.
>
> Με εκτίμηση, Τάσος"""),
("el", "tk-den-anagnorizetai-sto-tameio", "Άννα Οικονόμου <anna.oikonomou@example.gr>", "Δεν περνάει η διεύθυνσή μου", "technical", "",
"""Γεια σας, μόλις μετακομίσαμε σε καινούρια πολυκατοικία σε δρόμο που
άνοιξε πέρσι και στην ολοκλήρωση της παραγγελίας μου βγάζει "Η οδός δεν
βρέθηκε για τον Τ.Κ. 57013", οπότε δεν προχωράω από τη σελίδα της
διεύθυνσης. Τα ΕΛΤΑ τη βρίσκουν κανονικά. Υπάρχει τρόπος να το
παρακάμψω;"""),
("el", "gl-skoupa-stamataei-xanarxizei", "Thodoris N. <thodoris.nik@example.gr>", "skoupa", "technical", "",
"""Kalhspera,
h skoupa stikoy (xwris kalwdio) exei arxisei na kanei pulse - anevainei
kai katevainei, anoigei kleinei ka8e ena deuterolepto. H mpataria einai
gemath. Adeiasa to doxeio, eplyna to filtro kai to afhsa mia mera na
stegnwsei. Ta idia.
Thodwrhs"""),
("el", "polykoftis-doulevei-mono-me-piesi", "Ελπίδα Γαλανού <elpida.galanou@example.gr>", "Πολυκόφτης", "technical", "",
"""Ο πολυκόφτης που αγόρασα τον Φεβρουάριο παίρνει μπρος μόνο αν πατάω το
καπάκι με όλη μου τη δύναμη. Αν το αφήσω λίγο, σταματάει. Το καπάκι
κλειδώνει κανονικά στο κλικ. Στην αρχή δούλευε με το απλό πάτημα του
κουμπιού.

Ελπίδα"""),
("el", "soundbar-ena-tilexeiristirio", "Λυδία Χατζή <lydia.chatzi@example.gr>", "soundbar και τηλεόραση", "technical", "",
"""Καλησπέρα,

Σύνδεσα την καινούρια μπάρα ήχου με την τηλεόραση με το καλώδιο HDMI
που είχε μέσα το κουτί. Ο ήχος βγαίνει κανονικά, αλλά χρειάζομαι δύο
τηλεχειριστήρια, γιατί το τηλεχειριστήριο της τηλεόρασης δεν αλλάζει την
ένταση της μπάρας. Στο κατάστημα μου είπαν ότι θα δουλεύουν και τα δύο
με ένα. Τι πρέπει να ενεργοποιήσω;

Ευχαριστώ, Λυδία"""),
("el", "gl-estia-kleidaki", "Giannis P. <giannhs.pap@example.gr>", "kleidwse h estia", "technical", "",
"""h epagwgikh estia deixnei ena kleidaki kai kamia estia den anavei.
mallon ta paidia patisan kati. exoume krathsei to koumpi me to kleidi
patimeno, tipota. den mporoume na mageirepsoume. pws fevgei??"""),
("el", "tablet-fouskose-kaigotan", "Ιωάννα Βαρδάκη <ioanna.vardaki@example.gr>", "Tablet", "technical", "high",
"""Καλημέρα σας,

Το tablet του γιου μου φόρτιζε χθες το βράδυ πάνω στο κρεβάτι του και
σήμερα το πρωί η πλάτη είχε φουσκώσει τόσο που η οθόνη σηκώθηκε στη μία
γωνία. Έκαιγε στην αφή και στο δωμάτιο μύριζε καμένο πλαστικό. Το
αποσύνδεσα και το έβγαλα στο μπαλκόνι πάνω σε ένα πλακάκι. Τι κάνουμε
τώρα; Είναι μόλις 7 μηνών.

Ιωάννα Βαρδάκη"""),
("el", "gl-tostiera-flogies", "Vaggelis K. <vaggelis.k@example.gr>", "TOSTIERA", "technical", "high",
"""Kalhmera, h tostiera pou phra apo sas prin 15 meres evgale FLOGES
apo th menteseh to meshmeri. Den eixe stazei tipota, mono tyri kai
zampon eixe mesa. Thn evgala apo thn priza kai esvhse alla o pagkos
ths kouzinas emeine mauros. Den thn ksanaxrhsimopoiw.
Vaggelhs"""),
("el", "kourierides-den-katevazoun-dromologia", "Διεύθυνση Λειτουργιών <ops@limani-express.example>", "Φορητά τερματικά", "technical", "high",
"""Καλημέρα,

Κανένα από τα φορητά τερματικά των οδηγών μας δεν έχει κατεβάσει τα
σημερινά δρομολόγια. Συνδέονται κανονικά και η οθόνη δρομολογίου γράφει
μόνο "Αναμονή δεδομένων". Έχουμε επτά φορτωμένα βανάκια στην αυλή που
δεν μπορούν να φύγουν και οι πελάτες μας ήδη τηλεφωνούν να ρωτήσουν πού
είναι τα δέματά τους. Η επανεκκίνηση των τερματικών δεν έκανε τίποτα.

Καλέστε τον Δανιήλ στο 210 9600441.

Δανιήλ Ροδίτης
Λιμάνι Express"""),
("el", "ores-ergasias-misthodosia-simera", "Λίνα Ταμπάκη <lina.tampaki@fytoria-anthos.example>", "Φύλλα ωρών", "technical", "high",
"""Καλημέρα σας,

Σήμερα κλείνει η μισθοδοσία και κανένας από τους 23 εργαζόμενους δεν
μπορεί να καταχωρίσει τις ώρες του - η σελίδα γυρίζει και γυρίζει και
μετά τους αποσυνδέει. Ο λογιστής θέλει το αρχείο μέχρι τις 3 αλλιώς
κανείς δεν πληρώνεται την Παρασκευή. Εγώ διαχειρίζομαι τον λογαριασμό
και μου κάνει το ίδιο σε δύο διαφορετικούς υπολογιστές.

Λίνα Ταμπάκη
Υπεύθυνη Γραφείου, Φυτώρια Άνθος"""),
("el", "laptop-episkevi-episimi-kataggelia", "Σιρίν Αζίζ <shirin.aziz@example.gr>", "Επισκευή laptop - αρ. 88104", "technical", "high",
"""Αυτή είναι επίσημη καταγγελία.

Το laptop μου έχει πάει δύο φορές στο σέρβις σας για την ίδια βλάβη:
το πληκτρολόγιο σταματάει να ανταποκρίνεται μετά από περίπου είκοσι
λεπτά, και μετά σταματάει και το touchpad. Και τις δύο φορές γύρισε με
την ένδειξη "επισκευάστηκε - δεν βρέθηκε βλάβη" και και τις δύο φορές η
βλάβη ξαναεμφανίστηκε μέσα σε μία μέρα. Είμαι φοιτήτρια και έχω
εξεταστική.

Ζητώ να αναλάβει την υπόθεση κάποιος υπεύθυνος που μπορεί πραγματικά να
αποφασίσει την αλλαγή του πληκτρολογίου, όχι άλλο ένα αίτημα.

Σιρίν Αζίζ"""),
("el", "isyxi-ora-efxaristo", "Ραχήλ Δούνα <rachel.douna@example.gr>", "Ήσυχη ώρα", "general", "",
"""Καλησπέρα σας,

Δεν σας γράφω για παράπονο ούτε για κάποια ερώτηση, μόνο για ένα
ευχαριστώ. Ο γιος μου είναι στο φάσμα του αυτισμού και τα μεγάλα
καταστήματα συνήθως του είναι πολύ. Ήρθαμε στην "ήσυχη ώρα" της Τρίτης
στο κατάστημα του Αμαρουσίου - χαμηλά φώτα, χωρίς μουσική - και για
πρώτη φορά διάλεξε μόνος του τα σχολικά του παπούτσια. Η κοπέλα στο
τμήμα υποδημάτων ήταν απίστευτα υπομονετική μαζί του.

Συνεχίστε το, σας παρακαλώ.

Ραχήλ"""),
("el", "gl-vrikate-to-daxtylidi", "Grigoris Lagos <grigoris.lagos@example.gr>", "to daxtylidi ths gynaikas mou", "general", "",
"""Agaphtoi,
h gynaika mou evgale th vera ths gia na dokimasei gantia sto
katasthma sas sthn Patra thn perasmenh Pempth kai thn afhse panw ston
pagko. Den to katalavame para mono otan ftasame spiti. Otan phra
thlefwno, to proswpiko thn eixe hdh vrei kai thn eixe kleidwsei sto
xrhmatokivwtio. Metafere8te parakalw ta 8ermotera mas eyxaristw se
opoion thn paredwse.
Grhgorhs kai Soula Lagou"""),
("el", "exoflisa-kouzina-pote-tehnitis", "Αϊσέ Ραχμάν <aise.rachman@example.gr>", "Παραγγελία κουζίνας 70214", "general", "",
"""Καλησπέρα,

Η κουζίνα έχει πλέον εξοφληθεί πλήρως (πλήρωσα το υπόλοιπο την
Παρασκευή). Ξέρετε πότε θα επικοινωνήσει ο τεχνίτης για να κλείσουμε
ημερομηνία έναρξης; Πρέπει να κανονίσουμε άδεια από τη δουλειά. Δεν
βιάζομαι για κάτι άλλο, απλώς θέλω μια ιδέα για την ημερομηνία.

Αϊσέ"""),
("el", "gl-gallotses-noumero-27", "Tzo B. <tzo.b@example.gr>", "Savvato", "general", "",
"""Geia sas, erxomai to Savvato sto katasthma sto Mall Athens kai thelw na
parw tis galotses me tous deinosayrous gia to mikro. To site leei oti
yparxoun online alla den leei tipota gia to katasthma. Exete noumero 27
(paidiko)? Na mhn ton sernw toso dromo tzampa. Eyxaristw, Tzo"""),
("el", "kathara-deftera-orario", "Μαργαρίτα Χαλκιά <margarita.chalkia@example.gr>", "Καθαρά Δευτέρα", "general", "",
"""Είναι ανοιχτά τα καταστήματα Λάρισας και Τρικάλων την Καθαρά Δευτέρα,
και αν ναι μέχρι τι ώρα;

Ευχαριστώ
Μ. Χαλκιά"""),
("el", "epistrofi-stin-ergasia-vitrinistria", "Κλαίρη Μπουμπουλίνα <klairi.b@example.gr>", "Θέση βιτρινίστριας", "general", "",
"""Αξιότιμοι κύριοι,

Θα ήθελα να εκδηλώσω ενδιαφέρον για τη θέση βιτρινίστριας που
αναρτήσατε για το κατάστημα του Ηρακλείου. Εργάστηκα οκτώ χρόνια στο
visual merchandising πριν κάνω μια διακοπή για να μεγαλώσω τα παιδιά
μου και τώρα είμαι έτοιμη να επιστρέψω, ιδανικά 25-30 ώρες την
εβδομάδα. Επισυνάπτω βιογραφικό και ένα μικρό portfolio.

Με εκτίμηση,
Κλαίρη Μπουμπουλίνα"""),
("el", "deigmata-yfasmatos-kanape", "Θωμάς Ελευθερίου <thomas.eleftheriou@example.gr>", "Δείγματα υφάσματος", "general", "",
"""Καλησπέρα, μπορείτε να μου στείλετε δείγματα υφάσματος για τον καναπέ
"Λήδα"; Διστάζω ανάμεσα στο φασκόμηλο και στο μουσταρδί βελούδο και τα
χρώματα φαίνονται αλλιώς στο κινητό και αλλιώς στο λάπτοπ. Διεύθυνση:
Βύρωνος 14, 54248 Θεσσαλονίκη.
Ευχαριστώ πολύ, Θωμάς"""),
("el", "gl-pontoi-den-perastikan-tameio", "Ntina F. <ntina.fl@example.gr>", "pontoi", "general", "",
"""geia, eixa dwsei thn karta melous sto tameio sto katasthma ths
Glyfadas stis 3 tou mhna (agores gyrw sta 80e) alla oi pontoi den
fainontai pouthena ston logariasmo mou. exw akoma thn apodeiksh. mporeite
na tous perasete?"""),
("el", "dorokartes-se-periptero", "Ειρήνη Βαλάση <eirini.valasi@example.gr>", "Δωροκάρτες", "general", "",
"""Καλημέρα σας,

Οι δωροκάρτες σας πωλούνται κάπου αλλού εκτός από τα καταστήματά σας;
Δεν έχουμε δικό σας κατάστημα κοντά μας (μένουμε στη Νάξο). Αναρωτιόμουν
αν τις βρίσκει κανείς σε σούπερ μάρκετ ή σε περίπτερα, θέλω μία για τα
γενέθλια της ανιψιάς μου.

Ειρήνη Βαλάση"""),
("el", "paralavi-apo-gio-taftotita", "Φίλιππος Καρράς <filippos.karras@example.gr>", "Παραλαβή από κατάστημα 77711", "general", "",
"""Την παραγγελία 77711 θα την παραλάβει ο γιος μου από το κατάστημα
του Πειραιά την Πέμπτη γιατί εγώ θα είμαι στη δουλειά. Του αρκεί να
δείξει το email παραλαβής στο κινητό του ή χρειάζεται και τη δική μου
ταυτότητα;
Φίλιππος Καρράς"""),
("el", "aftomati-porta-mitera-diefthyntis", "Ελένη Μάρκου <eleni.markou@example.gr>", "Οι αυτόματες πόρτες σας - τραυματίστηκε η μητέρα μου", "general", "high",
"""Χθες γύρω στις 11 το πρωί οι αυτόματες πόρτες στην είσοδο του
καταστήματος στο Περιστέρι έκλεισαν πάνω στη μητέρα μου, που είναι 78
χρονών και περπατάει με μπαστούνι. Δεν ξανάνοιξαν και τη χτύπησαν στο
πλάι πάνω στο κούφωμα. Έχει μεγάλη μελανιά στο χέρι και ήταν πολύ
ταραγμένη. Το προσωπικό σας ήταν ευγενικό, αλλά κανείς δεν κράτησε
στοιχεία ούτε έγραψε αναφορά συμβάντος.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος και να
μάθω ότι οι πόρτες ελέγχονται πριν χτυπήσει κάποιος άλλος.

Ελένη Μάρκου
6977 000 772"""),
# ---------------- Spanish ----------------
("es", "tarjeta-regalo-y-debito", "Ainhoa Etxeberria <ainhoa.etx@example.es>", "Pagar con tarjeta regalo", "billing", "",
"""Hola:

Tengo una tarjeta regalo vuestra con 35 € de saldo y quiero pedir el
juego de sábanas, que vale 62 €. ¿Puedo pagar una parte con la tarjeta
regalo y el resto con mi tarjeta de débito? En el proceso de pago solo
me deja elegir una forma.

Gracias,
Ainhoa"""),
("es", "precio-cesta-subio", "León Ferrándiz <leon.ferrandiz@example.es>", "Pedido 77413", "billing", "",
"""Buenas,

El escritorio elevable estaba a 219 € en la cesta el domingo por la
noche. Terminé la compra y en el correo de confirmación pone 249 €, que
es lo que me habéis cobrado. No me di cuenta hasta que me saltó el aviso
del banco. Quiero que me devolváis los 30 € de diferencia; tengo captura
de la cesta.

León"""),
("es", "tinta-mensual-ya-no", "Marisa Belmonte <marisa.belmonte@example.es>", "Cartuchos", "billing", "",
"""Estimados señores:

He cambiado mi impresora de tinta por una láser, así que ya no necesito
los cartuchos que me mandan cada mes. Les ruego que no me cobren los
3,49 € a partir del próximo recibo y que no me envíen más.

Atentamente,
Marisa Belmonte"""),
("es", "campamento-robotica-no-seguimos", "Santiago Mejías <santi.mejias@example.es>", "Clases de robótica - trimestre de otoño", "billing", "",
"""Hola,

Nuestra hija Lucía ha terminado el trimestre de verano de las clases de
robótica online y ha decidido apuntarse a natación por las tardes. No
vamos a seguir, así que por favor no nos paséis los 45 € del trimestre
de otoño el día 1. Le ha encantado, es solo un tema de horarios.

Santi"""),
("es", "rv-factura-numero-pedido-compra", "Cuentas a pagar <proveedores@residencias-albor.example>", "RV: Factura F-30981", "billing", "",
"""Buenos días:

Os reenvío lo de abajo. No podemos pagar la factura F-30981 hasta que
aparezca nuestro número de pedido de compra. ¿Podéis emitirla de nuevo
con el pedido PC-4500-2217?

Gracias,
Carmen Doval
Administración, Residencias Albor

De: Felipe Trancoso
Enviado el: martes, 12 de marzo de 2024 9:14
Para: Administración
Asunto: Factura F-30981

Carmen, esta es la de las 20 mesillas. Otra vez sin el número de
pedido, ¿se lo reclamas tú?"""),
("es", "plazos-solo-tarjeta-debito", "Rocío Villalobos <rocio.villalobos@example.es>", "¿Financiación sin tarjeta de crédito?", "billing", "",
"""Hola, buenas tardes.

Quería comprar el sofá cama de 780 € y pagarlo a plazos, pero no tengo
tarjeta de crédito, solo de débito. ¿Se puede financiar igualmente? ¿Y
cuántos meses como máximo? Si tengo que llevar alguna documentación a la
tienda de Alcorcón, decidme cuál.

Un saludo,
Rocío"""),
("es", "pedido-anulado-saldo-tarjeta-regalo", "Hugo Quintana <hquintana@example.es>", "me habéis dejado la tarjeta regalo a cero", "billing", "",
"""anulasteis el pedido 78022 porque la lámpara estaba agotada, vale. pero
40 € de ese pedido los pagué con tarjeta regalo y ahora la tarjeta
regalo está a 0,00. lo que pagué con la tarjeta del banco sí me ha
vuelto, lo de la tarjeta regalo no. ¿me volvéis a cargar los 40 en ella?"""),
("es", "etiqueta-devolucion-cobrada-defectuoso", "Rut Adeyemi <rut.adeyemi@example.es>", "Etiqueta de devolución", "billing", "",
"""Hola, el tostador que devolví venía defectuoso (una de las ranuras no
calentaba) y en la web pone que las devoluciones de productos
defectuosos son gratuitas. Aun así me habéis descontado 4,99 € del
reembolso por la etiqueta. ¿Me los podéis devolver? Pedido 76650.
Gracias, Rut"""),
("es", "factura-tecnico-no-es-averia", "Colin Bravo <colin.bravo@example.es>", "Visita del técnico del día 14", "billing", "",
"""Buenas tardes:

Lo primero, la lavadora funciona perfectamente y no tengo ninguna queja
de la reparación ni del técnico, que fue muy amable.

Mi consulta es solo sobre la factura que me dejó: 65 € de
desplazamiento y 38 € de bomba de desagüe. La lavadora tiene 14 meses y
compré con ella la ampliación de garantía de 3 años. ¿Me tenían que
cobrar algo?

Colin Bravo"""),
("es", "duda-pack-3x2-sartenes", "Fernanda Lillo <fer.lillo@example.es>", "Una duda", "billing", "",
"""¡Hola!

Compré el pack 3x2 de sartenes. La grande pesa demasiado para mí y
quiero devolver solo esa y quedarme las otras dos. ¿Cuánto me
devolvéis, si en teoría una de las tres no la pagué? ¿El precio de la
más barata o cómo va?

Fer"""),
("es", "re-presupuesto-armarios-senal", "Martín Cobos <martin.cobos@example.es>", "Re: Su presupuesto P-11827 - armarios empotrados", "billing", "",
"""Hola Sofía:

Gracias, estamos de acuerdo y queremos seguir adelante. ¿Podemos pagar
el 50 % ahora por transferencia y el resto cuando terminen los
montadores? Si es así, mándame el número de cuenta y qué concepto pongo.

Martín

El mar., 4 jun 2024 a las 16:02, Sofía Granados (<presupuestos@example-muebles.es>) escribió:
> Estimado Sr. Cobos:
>
> Le adjuntamos el presupuesto P-11827 para dos armarios empotrados en
> acabado roble blanco, total 2.460,00 € con montaje incluido.
>
> Un saludo,
> Sofía Granados"""),
("es", "papel-regalo-sin-envolver", "Paloma Sanz <paloma.sanz@example.es>", "Envoltorio", "billing", "",
"""Hola, pagué 3,50 € más para que envolvieran para regalo el pedido
77950 (era el cumpleaños de mi madre) y llegó en una caja de cartón
normal sin envolver. Lo tuve que envolver yo corriendo. ¿Me devolvéis
los 3,50 €?"""),
("es", "reembolso-frigo-faltan-39-encargado", "Diego Herranz <diego.herranz@example.es>", "Reembolso del frigorífico - faltan 39 €", "billing", "high",
"""Devolví el frigorífico americano porque no cabía en el hueco, dentro
de los 30 días y sin usar. Me habéis devuelto 860 € en lugar de 899 € y
en el chat me dicen que los 39 € del envío no se devuelven. Eso no
aparece en ningún sitio de la web.

Ya me habéis pasado tres veces del chat al teléfono y al revés. Exijo
que me llame hoy un responsable para hablar de los 39 €, al 600 000 418.

Diego Herranz"""),
("es", "senal-sofa-anulado-consumo", "Yolanda Prieto <yolanda.prieto@example.es>", "Señal de un sofá que anularon ustedes", "billing", "high",
"""Muy señores míos:

El 2 de abril pagué una señal de 300,00 € por un sofá rinconera hecho a
medida. El 20 de mayo me comunicaron que el fabricante había dejado de
hacer la tela y que anulaban el pedido. La anulación fue suya, no mía,
y sin embargo me dicen que la señal "no es reembolsable".

Si en 14 días no tengo los 300,00 € en mi cuenta, presentaré una
reclamación en la Oficina Municipal de Información al Consumidor y, si
hace falta, iré al juzgado.

Yolanda Prieto"""),
("es", "taller-ceramica-cancelado-banco", "Óscar Figueroa <oscar.fig@example.es>", "Taller de cerámica cancelado", "billing", "high",
"""Dos plazas en el taller de cerámica del sábado, 2 x 55 = 110 €,
reservadas en marzo. Lo cancelasteis el día antes por SMS. Desde
entonces os he escrito dos veces pidiendo el dinero y nada. Espero
hasta el lunes; si no, abro una reclamación con mi banco para que me
lo devuelvan por ahí.
Óscar"""),
("es", "tendedero-electrico-barras-frias", "Gema Robles <gema.robles@example.es>", "Tendedero eléctrico", "technical", "",
"""Hola:

El tendedero eléctrico que compré en octubre solo calienta en las barras
de arriba; las cuatro de abajo se quedan completamente frías. El piloto
del interruptor está encendido. ¿Estoy haciendo algo mal o está
estropeado?

Gema"""),
("es", "robot-cortacesped-no-quiero-devolver", "Nacho Sáez <nacho.saez@example.es>", "Robot cortacésped - No loop signal", "technical", "",
"""Hola:

Antes de nada: no quiero devolverlo ni que me reembolséis nada, estoy
contento con él. Solo necesito que funcione bien.

Desde que moví el cable perimetral alrededor del parterre nuevo, sale,
corta unos diez minutos y se para siempre en la misma esquina junto a la
caseta, con el mensaje "No loop signal". La base de carga tiene la luz
verde. He revisado el cable por si estaba cortado hasta donde he podido.

Nacho Sáez"""),
("es", "bano-extractor-toda-la-noche", "Cata Morales <cata.morales@example.es>", "Baño", "technical", "",
"""hola, el extractor que nos instalasteis el mes pasado (el del sensor de
humedad) se queda funcionando toda la noche aunque nadie se haya duchado
en horas. hace ruido y se oye desde el dormitorio. se puede bajar la
sensibilidad? hay una ruedecita debajo de la tapa pero no sé hacia qué
lado girarla
cata"""),
("es", "re-wifi-mesh-sigue-sin-5g", "Bogdan Ilie <bogdan.ilie@example.es>", "Re: Incidencia 55871 - wifi mesh", "technical", "",
"""Hola:

Hice exactamente eso, mantuve pulsado el reset 10 segundos en las tres
unidades y las volví a configurar con la app. La red de 2,4 GHz ha
vuelto pero la de 5 GHz sigue sin aparecer ni en los móviles ni en el
portátil.

Bogdan

El lun., 10 jun 2024 a las 11:45, Atención al Cliente (<soporte@example-tienda.es>) escribió:
> Hola, Bogdan:
>
> Gracias por contactar con nosotros. Por favor, restablezca cada unidad
> a los valores de fábrica manteniendo pulsado el botón de reset 10
> segundos y vuelva a configurarlas como nuevas.
>
> Un saludo, Toni"""),
("es", "codigo-postal-urbanizacion-nueva", "Ana Osuna <ana.osuna@example.es>", "No me deja poner la dirección", "technical", "",
"""Hola, nos acabamos de mudar a una urbanización nueva y al terminar el
pedido la web me dice "No encontramos esa calle para el CP 29651", así
que no paso de la pantalla de la dirección. Correos sí la tiene. ¿Hay
alguna forma de saltármelo?"""),
("es", "aspirador-escoba-va-y-viene", "Teo Navas <teo.navas@example.es>", "Aspiradora", "technical", "",
"""Buenas tardes:

La aspiradora escoba sin cable ha empezado a ir a tirones: se acelera y
se frena, se enciende y se apaga, cada segundo más o menos. La batería
está cargada del todo. He vaciado el depósito, he lavado el filtro y lo
he dejado secar un día entero. Sigue igual.

Teo"""),
("es", "reloj-despertador-proyector-hora", "Pilar Galindo <pilar.galindo@example.es>", "despertador", "technical", "",
"""el despertador de proyección que compré proyecta la hora en el techo
pero desde ayer sale toda borrosa y no hay manera de enfocarla. la ruedita
del lateral gira pero no cambia nada. la hora en la pantalla sí se ve
bien.
Pilar"""),
("es", "barra-sonido-un-mando", "Lidia Chamorro <lidia.chamorro@example.es>", "barra de sonido + tele", "technical", "",
"""Hola:

He conectado la barra de sonido nueva a la tele con el cable HDMI que
venía en la caja. El sonido sale bien, pero tengo que usar dos mandos:
el de la tele no cambia el volumen de la barra. El chico de la tienda me
dijo que con un solo mando valdría. ¿Qué tengo que activar?

Gracias, Lidia"""),
("es", "placa-induccion-llave", "Óscar Pérez <oscarperez@example.es>", "Placa bloqueada", "technical", "",
"""la placa de inducción tiene encendido un simbolito de una llave y no se
enciende ningún fuego. creo que los críos han tocado algo. hemos dejado
pulsado el botón de la llave y nada. no podemos hacer la cena. cómo se
quita?"""),
("es", "tablet-hinchada-caliente", "Jazmín Vargas <jazmin.vargas@example.es>", "Tablet", "technical", "high",
"""Hola:

La tablet de mi hijo estuvo cargando anoche encima de su cama y esta
mañana la parte de atrás se había hinchado tanto que la pantalla se ha
levantado por una esquina. Quemaba al tocarla y en la habitación olía a
plástico quemado. La he desenchufado y la he sacado a la terraza encima
de una baldosa. ¿Qué hacemos ahora con ella? Solo tiene 7 meses.

Jazmín Vargas"""),
("es", "sandwichera-llamas", "Benito Cortés <benito.cortes@example.es>", "Sandwichera", "technical", "high",
"""Hola, la sandwichera que os compré hace quince días ha echado llamas
por la bisagra hoy al mediodía. No se había derramado nada, solo tenía
jamón y queso dentro. La apagué en el enchufe y se apagaron, pero la
encimera se ha quedado con una mancha negra. No la pienso volver a usar.
Benito"""),
("es", "repartidores-pdas-sin-rutas", "Operaciones <operaciones@puerto-reparto.example>", "PDAs", "technical", "high",
"""Buenos días:

Ninguna de las PDAs de nuestros repartidores ha descargado las rutas de
hoy. Inician sesión y la pantalla de ruta solo dice "Esperando datos".
Tenemos siete furgonetas cargadas en la nave que no pueden salir y los
clientes ya están llamando para preguntar por sus paquetes. Reiniciar
las PDAs no ha servido de nada.

Llamad a Dani al 960 441 632.

Daniel Rubio
Puerto Reparto S.L."""),
("es", "fichajes-nominas-hoy", "Elisa Tamayo <elisa.tamayo@viveros-acebo.example>", "Registro de horas", "technical", "high",
"""Hola:

Hoy es el cierre de nóminas y ninguno de los 23 trabajadores puede
registrar sus horas: la página se queda cargando y luego les saca de la
sesión. La gestoría necesita el fichero antes de las 15:00 o nadie cobra
el viernes. Yo administro la cuenta y me pasa lo mismo en dos
ordenadores distintos.

Elisa Tamayo
Responsable de oficina, Viveros Acebo"""),
("es", "portatil-reparacion-reclamacion-formal", "Shirin Aziz <shirin.aziz@example.es>", "Reparación portátil - ref. 88104", "technical", "high",
"""Esto es una reclamación formal.

Mi portátil ha ido dos veces a vuestro servicio técnico por la misma
avería: el teclado deja de responder a los veinte minutos más o menos, y
luego también el touchpad. Las dos veces ha vuelto con "reparado, no se
detecta avería" y las dos veces la avería ha vuelto en un día. Soy
estudiante y estoy en exámenes.

Quiero que lo lleve alguien con autoridad que pueda decidir de verdad
cambiar el teclado, no otro número de incidencia.

Shirin Aziz"""),
("es", "hora-tranquila-gracias", "Raquel Dueñas <raquel.duenas@example.es>", "Hora tranquila", "general", "",
"""Hola:

No escribo para quejarme ni para preguntar nada, solo para dar las
gracias. Mi hijo tiene autismo y las tiendas grandes normalmente le
superan. Fuimos a la "hora tranquila" del martes en la tienda de
Valladolid, con las luces bajas y sin música, y por primera vez eligió
él solo sus zapatos del cole. La chica de zapatería tuvo una paciencia
infinita con él.

Seguid haciéndolo, por favor.

Raquel"""),
("es", "gracias-anillo-encontrado", "Gerardo Lozano <gerardo.lozano@example.es>", "El anillo de mi mujer", "general", "",
"""Buenas:

Mi mujer se quitó la alianza para probarse unos guantes en la tienda de
Santander el jueves pasado y se la dejó en el mostrador. No nos dimos
cuenta hasta llegar a casa. Cuando llamé, el personal ya la había
encontrado y la tenía guardada en la caja fuerte. Por favor, haced
llegar nuestro más sincero agradecimiento a quien la entregó.

Gerardo y Chelo"""),
("es", "cocina-pagada-cuando-montador", "Aisha Ramírez <aisha.ramirez@example.es>", "Pedido de cocina 70214", "general", "",
"""Hola:

La cocina ya está pagada del todo (el viernes pagué lo que quedaba).
¿Sabéis cuándo se pondrá en contacto el montador para fijar el día de
inicio? Tenemos que pedir días libres en el trabajo. No corre prisa
nada más, solo quiero una idea aproximada de la fecha.

Aisha"""),
("es", "katiuskas-talla-27-tienda", "Jorge Baena <jorge.baena@example.es>", "El sábado", "general", "",
"""Hola, el sábado voy a ir a la tienda de Plenilunio y quiero comprarle
a mi peque las katiuskas de dinosaurios. En la web pone que hay stock
online pero no dice nada de la tienda. ¿Tienen la 27? No quiero llevarle
para nada. Gracias, Jorge"""),
("es", "horario-12-octubre", "Margarita Hidalgo <margarita.hidalgo@example.es>", "12 de octubre", "general", "",
"""¿Abren las tiendas de Burgos y Palencia el 12 de octubre? Y si abren,
¿a qué hora cierran?

Gracias
M. Hidalgo"""),
("es", "vuelta-al-trabajo-escaparatista", "Clara Bermúdez <clara.bermudez@example.es>", "Puesto de escaparatista", "general", "",
"""Estimado equipo de selección:

Me gustaría presentar mi candidatura al puesto de escaparatista que
habéis publicado para la tienda de Granada. Trabajé ocho años en
visual merchandising antes de hacer una pausa para criar a mis hijos y
ahora quiero volver, idealmente con una jornada de 25-30 horas
semanales. Adjunto mi CV y un pequeño portfolio.

Un saludo,
Clara Bermúdez"""),
("es", "muestras-tela-sofa", "Tomás Elorza <tomas.elorza@example.es>", "Muestras de tela", "general", "",
"""Hola, ¿me podéis enviar muestras de tela del sofá "Lira"? Dudo entre el
terciopelo verde salvia y el mostaza y en el móvil y en el portátil se
ven de colores distintos. Dirección: C/ Lope de Vega 14, 3.º B, 26001
Logroño.
Muchas gracias, Tomás"""),
("es", "puntos-no-sumados-caja", "Noelia Fuentes <noelia.fuentes@example.es>", "Me faltan puntos", "general", "",
"""Hola, pasé mi tarjeta de socio en la caja de la tienda de Parquesur el
día 3 (compré unos 80 €) pero los puntos no me aparecen en la cuenta.
Todavía tengo el ticket. ¿Me los podéis sumar?"""),
("es", "tarjetas-regalo-estanco", "Inés Valdés <ines.valdes@example.es>", "Tarjetas regalo", "general", "",
"""Buenos días:

¿Vuestras tarjetas regalo se pueden comprar en algún sitio que no sean
vuestras tiendas? No tenemos ninguna cerca (vivimos en un pueblo de
Teruel). Quería saber si las venden en supermercados o en estancos, para
regalarle una a mi sobrina por su cumpleaños.

Inés Valdés"""),
("es", "recoge-mi-hijo-dni", "Felipe Carrasco <felipe.carrasco@example.es>", "Recogida en tienda 77711", "general", "",
"""El pedido 77711 lo va a recoger mi hijo en la tienda de Sevilla Este
el jueves porque yo estaré trabajando. ¿Le basta con enseñar el correo
de recogida en el móvil o necesita también mi DNI?
Felipe Carrasco"""),
("es", "puertas-automaticas-madre-director", "Elena Marín <elena.marin@example.es>", "Sus puertas automáticas - mi madre se hizo daño", "general", "high",
"""Ayer hacia las 11 de la mañana las puertas automáticas de la entrada de
su tienda de Getafe se cerraron sobre mi madre, que tiene 78 años y
camina con bastón. No se volvieron a abrir y la golpearon de lado contra
el marco. Tiene un moratón enorme en el brazo y se llevó un buen susto.
Su personal fue amable, pero nadie tomó datos ni hizo un parte de
incidencias.

Quiero que el director de la tienda se ponga en contacto conmigo, y
saber que se están revisando esas puertas antes de que se haga daño
otra persona.

Elena Marín
600 000 772"""),
# ---------------- Polish ----------------
("pl", "karta-podarunkowa-plus-karta", "Aleksandra Turek <ola.turek@example.pl>", "Płatność kartą podarunkową", "billing", "",
"""Dzień dobry,

mam Waszą kartę podarunkową, na której zostało 35 zł, a chcę zamówić
komplet pościeli za 62 zł. Czy mogę część zapłacić kartą podarunkową, a
resztę kartą debetową? Przy płatności mogę wybrać tylko jedną formę.

Dziękuję,
Ola"""),
("pl", "cena-w-koszyku-wzrosla", "Leon Fryc <leon.fryc@example.pl>", "Zamówienie 77413", "billing", "",
"""Dzień dobry,

biurko z regulacją wysokości kosztowało w koszyku 219 zł w niedzielę
wieczorem. Złożyłem zamówienie, a w mailu z potwierdzeniem jest 249 zł i
tyle zeszło z konta. Zauważyłem dopiero po powiadomieniu z banku. Proszę
o zwrot 30 zł różnicy, mam zrzut ekranu koszyka.

Leon"""),
("pl", "tusze-co-miesiac-mam-laserowa", "Małgorzata Bielska <m.bielska@example.pl>", "Tusze", "billing", "",
"""Szanowni Państwo,

wymieniłam starą drukarkę atramentową na laserową, więc comiesięczne
tusze nie są mi już potrzebne. Proszę, aby od najbliższego terminu nie
pobierać już 3,49 zł miesięcznie i nie przysyłać kolejnych wkładów.

Z poważaniem
Małgorzata Bielska"""),
("pl", "kolko-programowania-jesien", "Sebastian Mazur <seba.mazur@example.pl>", "Zajęcia z programowania - semestr jesienny", "billing", "",
"""Dzień dobry,

nasza córka Zuzia skończyła letni semestr zajęć z programowania online i
postanowiła chodzić po szkole na basen. Nie będziemy kontynuować, więc
prosimy nie pobierać 180 zł za semestr jesienny 1. dnia miesiąca.
Bardzo jej się podobało, to tylko kwestia grafiku.

Seba"""),
("pl", "pd-faktura-numer-zamowienia-zakupu", "Księgowość <ksiegowosc@dom-seniora-zacisze.example>", "PD: Faktura FV/30981", "billing", "",
"""Dzień dobry,

przesyłam poniżej. Nie możemy opłacić faktury FV/30981, dopóki nie
będzie na niej naszego numeru zamówienia zakupu. Czy mogą Państwo
wystawić ją ponownie z numerem ZZ-4500-2217?

Pozdrawiam
Karolina Dudek
Księgowość, Dom Seniora Zacisze

Od: Filip Tracz
Wysłane: wtorek, 12 marca 2024 09:14
Do: Księgowość
Temat: Faktura FV/30981

Karolina, to ta za 20 szafek nocnych. Znowu nie wpisali numeru
zamówienia, upomnisz się?"""),
("pl", "paypo-30-dni", "Weronika Sowa <weronika.sowa@example.pl>", "Płatność odroczona", "billing", "",
"""Cześć,

czy przy zamówieniu ekspresu za 1299 zł mogę wybrać płatność za 30 dni
(PayPo albo coś podobnego)? Nie widzę takiej opcji w koszyku, jest tylko
BLIK, karta i przelew. Jeśli się nie da, to czy są raty 0%?

Weronika"""),
("pl", "anulowane-zamowienie-karta-podarunkowa-zero", "Hubert Kwiatek <hkwiatek@example.pl>", "anulowane zamówienie a karta podarunkowa", "billing", "",
"""anulowaliście zamówienie 78022, bo lampy nie było na stanie, ok. ale 40
zł z tego zamówienia zapłaciłem kartą podarunkową i teraz karta
pokazuje saldo 0,00. to co poszło z karty bankowej wróciło, z
podarunkowej nie. wrzućcie mi te 40 zł z powrotem na kartę"""),
("pl", "etykieta-zwrotna-wadliwy-toster", "Renata Adamczyk <renata.adamczyk@example.pl>", "Etykieta zwrotna", "billing", "",
"""Dzień dobry, toster, który odesłałam, był wadliwy (jedna komora nie
grzała), a na stronie piszecie, że zwrot wadliwego towaru jest
bezpłatny. Mimo to z mojego zwrotu potrącono 14,99 zł za etykietę
kuriera. Czy mogę prosić o zwrot tej kwoty? Zamówienie 76650.
Dziękuję, Renata"""),
("pl", "rachunek-serwisanta-nie-usterka", "Czesław Brzozowski <c.brzozowski@example.pl>", "Wizyta serwisanta 14.05", "billing", "",
"""Dzień dobry,

na początek: pralka działa teraz bez zarzutu i nie mam żadnych
zastrzeżeń ani do naprawy, ani do serwisanta, który był bardzo
uprzejmy.

Moje pytanie dotyczy wyłącznie rachunku, który zostawił: 150 zł za
dojazd i 160 zł za pompę odpływową. Pralka ma 14 miesięcy, a przy
zakupie wykupiłem przedłużoną gwarancję na 3 lata. Czy w ogóle
powinienem był za coś płacić?

Czesław Brzozowski"""),
("pl", "pytanko-zestaw-3-za-2", "Fabiana Lis <fabiana.lis@example.pl>", "Pytanko", "billing", "",
"""Hej!

Kupiłam zestaw patelni w promocji 3 za 2. Duża jest dla mnie za ciężka,
chcę oddać tylko ją, a dwie pozostałe zatrzymać. Ile mi zwrócicie,
skoro za jedną z trzech właściwie nie płaciłam? Cenę najtańszej, czy
jak to liczycie?

Fabi"""),
("pl", "odp-wycena-szafy-zaliczka", "Marcin Kowal <marcin.kowal@example.pl>", "Odp: Wycena W-11827 - szafy wnękowe", "billing", "",
"""Pani Zofio,

dziękujemy, akceptujemy wycenę i chcemy ruszać. Czy możemy teraz
zapłacić 50% przelewem, a resztę po zakończeniu montażu? Jeśli tak,
proszę o numer konta i tytuł przelewu.

Marcin Kowal

wt., 4 cze 2024 o 16:02 Zofia Grabowska <wyceny@example-meble.pl> napisała:
> Szanowny Panie,
>
> w załączeniu przesyłamy wycenę W-11827 na dwie szafy wnękowe w kolorze
> dąb bielony, łącznie 9 840,00 zł z montażem.
>
> Z poważaniem
> Zofia Grabowska"""),
("pl", "pakowanie-na-prezent-nie-zapakowane", "Paulina Szulc <paulina.szulc@example.pl>", "Pakowanie prezentu", "billing", "",
"""Dzień dobry, dopłaciłam 9,99 zł za pakowanie na prezent w zamówieniu
77950 (to był prezent urodzinowy dla mamy), a paczka przyszła w zwykłym
szarym kartonie, nic nie było zapakowane. Musiałam pakować sama na
szybko. Czy mogę dostać zwrot tych 9,99 zł?"""),
("pl", "zwrot-lodowki-brakuje-kierownik", "Dariusz Hajduk <dariusz.hajduk@example.pl>", "Zwrot lodówki - brakuje 149 zł", "billing", "high",
"""Zwróciłem lodówkę side by side, bo nie zmieściła się we wnęce, w ciągu
30 dni i nieużywaną. Oddaliście mi 3 450 zł zamiast 3 599 zł, a na
czacie piszą, że 149 zł za dostawę nie podlega zwrotowi. Nigdzie na
stronie tego nie ma.

Trzy razy odsyłano mnie z czatu na infolinię i z powrotem. Żądam, żeby
kierownik działu zadzwonił do mnie dzisiaj w sprawie tych 149 zł, nr
600 900 418.

Dariusz Hajduk"""),
("pl", "zaliczka-sofa-anulowana-sad", "Jolanta Pietrzak <jolanta.pietrzak@example.pl>", "Zaliczka za sofę anulowaną przez Państwa", "billing", "high",
"""Szanowni Państwo,

2 kwietnia wpłaciłam 1 200,00 zł zaliczki na narożnik szyty na
zamówienie. 20 maja poinformowali mnie Państwo, że producent wycofał
tkaninę i zamówienie jest anulowane. To Państwo anulowali zamówienie,
nie ja, a mimo to słyszę, że zaliczka jest "bezzwrotna".

Jeżeli w ciągu 14 dni 1 200,00 zł nie wróci na moje konto, zwrócę się
do miejskiego rzecznika konsumentów i skieruję sprawę do sądu.

Jolanta Pietrzak"""),
("pl", "warsztaty-ceramiki-odwolane-bank", "Oskar Filipek <oskar.filipek@example.pl>", "Odwołane warsztaty ceramiczne", "billing", "high",
"""Dwa miejsca na sobotnie warsztaty ceramiczne, 2 x 180 = 360 zł,
zarezerwowane w marcu. Odwołaliście je SMS-em dzień wcześniej. Od tej
pory dwa razy pisałem o zwrot pieniędzy i cisza. Czekam do poniedziałku,
potem składam reklamację transakcji w banku i odzyskam pieniądze tą
drogą.
Oskar"""),
("pl", "suszarka-na-pranie-dolne-prety-zimne", "Grażyna Rogalska <grazyna.rogalska@example.pl>", "Suszarka elektryczna na pranie", "technical", "",
"""Dzień dobry,

elektryczna suszarka na pranie, którą kupiłam w październiku, grzeje
tylko na górnych prętach. Cztery dolne są całkiem zimne. Lampka przy
włączniku się świeci. Czy coś robię źle, czy jest zepsuta?

Grażyna"""),
("pl", "robot-koszacy-nie-chce-zwracac", "Norbert Sadowski <norbert.sadowski@example.pl>", "Robot koszący - No loop signal", "technical", "",
"""Dzień dobry,

zanim cokolwiek: nie chcę go zwracać ani odzyskiwać pieniędzy, jestem z
niego zadowolony. Chcę tylko, żeby działał jak należy.

Odkąd przełożyłem przewód ograniczający wokół nowej rabaty, wyjeżdża,
kosi z dziesięć minut, a potem staje zawsze w tym samym rogu przy
komórce na narzędzia z komunikatem "No loop signal". Stacja ładująca
świeci na zielono. Sprawdziłem przewód pod kątem przecięć, na ile się
dało.

Norbert Sadowski"""),
("pl", "lazienka-wentylator-cala-noc", "Kasia Morawska <kasia.morawska@example.pl>", "Łazienka", "technical", "",
"""dzień dobry, wentylator wyciągowy, który zamontowaliście nam w zeszłym
miesiącu (ten z czujnikiem wilgotności), chodzi całą noc, nawet jak nikt
od godzin się nie kąpał. hałasuje i słychać go w sypialni. da się
zmniejszyć czułość? pod maskownicą jest małe pokrętło, ale nie wiem, w
którą stronę kręcić
Kasia"""),
("pl", "odp-siatka-wifi-dalej-bez-5g", "Bogdan Ilie <bogdan.ilie@example.pl>", "Odp: Zgłoszenie 55871 - system mesh", "technical", "",
"""Dzień dobry,

zrobiłem dokładnie to - przytrzymałem reset przez 10 sekund na
wszystkich trzech modułach i skonfigurowałem je od nowa w aplikacji.
Sieć 2,4 GHz wróciła, ale 5 GHz dalej nie pojawia się ani na telefonach,
ani na laptopie.

Bogdan

pon., 10 cze 2024 o 11:45 Obsługa Klienta <pomoc@example-sklep.pl> napisał(a):
> Dzień dobry,
>
> prosimy przywrócić każdy moduł do ustawień fabrycznych, przytrzymując
> przycisk reset przez 10 sekund, i skonfigurować je ponownie jako nowe.
>
> Pozdrawiamy, Tomek"""),
("pl", "kod-pocztowy-nowe-osiedle", "Hanna Osińska <hanna.osinska@example.pl>", "Nie mogę wpisać adresu", "technical", "",
"""Dzień dobry, właśnie wprowadziliśmy się na nowe osiedle i przy
składaniu zamówienia strona wyświetla "Nie znaleziono ulicy dla kodu
05-092", więc nie mogę przejść dalej z adresem. Poczta Polska ten adres
zna. Da się to jakoś obejść?"""),
("pl", "odkurzacz-pionowy-pulsuje", "Tadeusz Nowicki <tadeusz.nowicki@example.pl>", "Odkurzacz", "technical", "",
"""Dzień dobry,

odkurzacz bezprzewodowy zaczął pulsować - zwiększa i zmniejsza obroty,
włącza się i wyłącza co mniej więcej sekundę. Bateria naładowana do
pełna. Opróżniłem pojemnik, wypłukałem filtr i suszyłem go przez dobę.
Dalej to samo.

Tadeusz"""),
("pl", "waga-lazienkowa-err", "Irena Gałązka <irena.galazka@example.pl>", "waga", "technical", "",
"""waga łazienkowa, ta szklana z analizą tkanki, od tygodnia pokazuje
"Err" jak tylko na nią stanę. wymieniłam baterie na nowe, postawiłam na
płytkach zamiast na dywaniku. bez zmian. przedtem ważyła normalnie.
Irena"""),
("pl", "soundbar-jeden-pilot", "Lidia Czarnecka <lidia.czarnecka@example.pl>", "soundbar i telewizor", "technical", "",
"""Dzień dobry,

podłączyłam nowy soundbar do telewizora kablem HDMI z pudełka. Dźwięk
leci normalnie, ale muszę używać dwóch pilotów: pilot od telewizora nie
zmienia głośności soundbara. W sklepie mówili, że wystarczy jeden. Co
muszę włączyć?

Dziękuję, Lidia"""),
("pl", "plyta-indukcyjna-kluczyk", "Oskar Pawlak <oskarpawlak@example.pl>", "Płyta zablokowana", "technical", "",
"""na płycie indukcyjnej świeci się mały kluczyk i żadne pole się nie
włącza. chyba dzieci coś nacisnęły. trzymaliśmy przycisk z kluczykiem,
nic. nie możemy zrobić obiadu. jak to zdjąć?"""),
("pl", "tablet-spuchl-goracy", "Joanna Wardęga <joanna.wardega@example.pl>", "Tablet", "technical", "high",
"""Dzień dobry,

tablet syna ładował się wczoraj wieczorem na jego łóżku, a dziś rano
tył był tak wybrzuszony, że ekran uniósł się w jednym rogu. Był bardzo
gorący w dotyku, a w pokoju czuć było spalony plastik. Odłączyłam go i
wyniosłam na balkon na płytkę. Co mamy z nim teraz zrobić? Ma dopiero 7
miesięcy.

Joanna Wardęga"""),
("pl", "opiekacz-plomienie", "Bartek Kulesza <bartek.kulesza@example.pl>", "Opiekacz do kanapek", "technical", "high",
"""Cześć, z opiekacza do kanapek, którego kupiłem u Was dwa tygodnie temu,
w południe wydobyły się płomienie przy zawiasie. Nic nie wyciekło, w
środku była tylko szynka i ser. Wyłączyłem z gniazdka i zgasło, ale na
blacie została czarna plama. Więcej go nie użyję.
Bartek"""),
("pl", "kurierzy-terminale-bez-tras", "Dział operacyjny <operacje@portowa-dostawa.example>", "Terminale", "technical", "high",
"""Dzień dobry,

żaden z terminali naszych kierowców nie pobrał dzisiejszych tras. Logują
się normalnie, a ekran trasy pokazuje tylko "Oczekiwanie na dane". Na
placu stoi siedem załadowanych busów, które nie mogą wyjechać, a klienci
już dzwonią z pytaniem, gdzie są ich paczki. Restart terminali nic nie
dał.

Proszę o telefon do Daniela: 58 960 44 16.

Daniel Rutkowski
Portowa Dostawa sp. z o.o."""),
("pl", "ewidencja-godzin-wyplaty-dzis", "Lidia Tomaszewska <lidia.tomaszewska@szkolka-jarzebina.example>", "Ewidencja godzin", "technical", "high",
"""Dzień dobry,

dziś zamykamy listę płac, a żaden z 23 pracowników nie może wpisać
swoich godzin - strona kręci się w kółko, a potem ich wylogowuje. Biuro
rachunkowe potrzebuje pliku do 15:00, inaczej nikt nie dostanie wypłaty
w piątek. Jestem administratorką konta i u mnie dzieje się to samo na
dwóch różnych komputerach.

Lidia Tomaszewska
Kierownik biura, Szkółka Roślin Jarzębina"""),
("pl", "laptop-naprawa-skarga", "Szirin Aziz <szirin.aziz@example.pl>", "Naprawa laptopa - nr 88104", "technical", "high",
"""To jest formalna skarga.

Mój laptop był już dwa razy w Waszym serwisie z tą samą usterką:
klawiatura przestaje reagować po mniej więcej dwudziestu minutach, a
potem również touchpad. Za każdym razem wracał z adnotacją "naprawiono -
nie stwierdzono usterki" i za każdym razem usterka wracała w ciągu
doby. Jestem studentką i mam sesję.

Żądam, żeby sprawę przejęła osoba decyzyjna, która faktycznie może
zlecić wymianę klawiatury, a nie kolejne zgłoszenie.

Szirin Aziz"""),
("pl", "cicha-godzina-podziekowanie", "Renata Dunin <renata.dunin@example.pl>", "Cicha godzina", "general", "",
"""Dzień dobry,

nie piszę ze skargą ani z pytaniem, tylko żeby podziękować. Mój syn jest
w spektrum autyzmu i duże sklepy zwykle go przytłaczają. Przyszliśmy na
wtorkową "cichą godzinę" w sklepie w Lublinie - przygaszone światła,
bez muzyki - i pierwszy raz w życiu sam wybrał sobie buty do szkoły.
Pani w dziale obuwniczym była z nim niesamowicie cierpliwa.

Proszę, róbcie to dalej.

Renata"""),
("pl", "podziekowanie-obraczka-znaleziona", "Grzegorz Lewandowski <grzegorz.lewandowski@example.pl>", "Obrączka żony", "general", "",
"""Szanowni Państwo,

w zeszły czwartek żona zdjęła obrączkę, żeby przymierzyć rękawiczki w
Waszym sklepie w Olsztynie, i zostawiła ją na ladzie. Zorientowaliśmy
się dopiero w domu. Kiedy zadzwoniłem, personel już ją znalazł i
schował do sejfu. Prosimy przekazać najserdeczniejsze podziękowania
osobie, która ją oddała.

Grzegorz i Bożena Lewandowscy"""),
("pl", "kuchnia-oplacona-kiedy-monter", "Aisza Rachman <aisza.rachman@example.pl>", "Zamówienie kuchni 70214", "general", "",
"""Dzień dobry,

kuchnia jest już w całości opłacona (dopłatę zrobiłam w piątek). Czy
wiadomo, kiedy monter się odezwie, żeby umówić termin rozpoczęcia?
Musimy wziąć urlop w pracy. Nic więcej nie pilne, chcę tylko mniej
więcej znać datę.

Aisza"""),
("pl", "kalosze-rozmiar-27-sklep", "Józef Baran <jozef.baran@example.pl>", "Sobota", "general", "",
"""Dzień dobry, w sobotę będę w Waszym sklepie w Galerii Krakowskiej i
chcę kupić małemu kalosze w dinozaury. Na stronie piszą, że są dostępne
online, ale nic o sklepie. Macie rozmiar 27? Nie chcę go ciągać na
darmo. Dzięki, Józek"""),
("pl", "godziny-11-listopada", "Małgorzata Hajdas <m.hajdas@example.pl>", "11 listopada", "general", "",
"""Czy sklepy w Kielcach i Radomiu są otwarte 11 listopada, a jeśli tak,
to do której?

Dziękuję
M. Hajdas"""),
("pl", "powrot-do-pracy-dekoratorka", "Klaudia Bednarek <klaudia.bednarek@example.pl>", "Stanowisko dekoratora wnętrz sklepu", "general", "",
"""Szanowni Państwo,

chciałabym zgłosić swoją kandydaturę na stanowisko visual merchandisera
w sklepie we Wrocławiu. Przez osiem lat pracowałam w visual
merchandisingu, potem zrobiłam przerwę na wychowanie dzieci, a teraz
chcę wrócić, najlepiej na 25-30 godzin tygodniowo. W załączeniu CV i
krótkie portfolio.

Z wyrazami szacunku
Klaudia Bednarek"""),
("pl", "probki-tkanin-sofa", "Tomasz Eliasz <tomasz.eliasz@example.pl>", "Próbki tkanin", "general", "",
"""Dzień dobry, czy mogą mi Państwo wysłać próbki tkanin do sofy "Lira"?
Waham się między szałwiowym a musztardowym welurem, a na telefonie i na
laptopie kolory wyglądają inaczej. Adres: ul. Mickiewicza 14/3, 87-100
Toruń.
Dziękuję, Tomasz"""),
("pl", "punkty-nie-naliczone-kasa", "Dorota Fijałkowska <dorota.fijalkowska@example.pl>", "Brakuje punktów", "general", "",
"""Dzień dobry, zeskanowałam kartę klubową przy kasie w sklepie w Gdańsku
3-go (zakupy za jakieś 300 zł), ale punkty nie pojawiły się na koncie.
Mam jeszcze paragon. Możecie je dopisać?"""),
("pl", "karty-podarunkowe-gdzie-kupic", "Irena Wawrzyniak <irena.wawrzyniak@example.pl>", "Karty podarunkowe", "general", "",
"""Dzień dobry,

czy Wasze karty podarunkowe można kupić gdzieś poza Waszymi sklepami?
Nie mamy żadnego w okolicy (mieszkamy pod Suwałkami). Zastanawiam się,
czy są w supermarketach albo na stacjach benzynowych - chciałabym dać
jedną siostrzenicy na urodziny.

Irena Wawrzyniak"""),
("pl", "odbior-przez-syna-dowod", "Filip Karaś <filip.karas@example.pl>", "Odbiór osobisty 77711", "general", "",
"""Zamówienie 77711 odbierze w czwartek mój syn ze sklepu w Poznaniu, bo
ja będę w pracy. Wystarczy, że pokaże maila z kodem odbioru na
telefonie, czy potrzebny jest też mój dowód?
Filip Karaś"""),
("pl", "drzwi-automatyczne-mama-kierownik", "Elżbieta Markowska <elzbieta.markowska@example.pl>", "Wasze drzwi automatyczne - mama została poszkodowana", "general", "high",
"""Wczoraj około 11 rano drzwi automatyczne przy wejściu do Waszego sklepu
w Bydgoszczy zamknęły się na mojej mamie, która ma 78 lat i chodzi o
lasce. Nie otworzyły się z powrotem i uderzyły ją bokiem o framugę. Ma
ogromnego siniaka na ręce i była bardzo roztrzęsiona. Personel był
uprzejmy, ale nikt nie spisał danych ani nie sporządził protokołu
zdarzenia.

Żądam kontaktu od kierownika sklepu i informacji, że drzwi zostaną
sprawdzone, zanim ktoś inny ucierpi.

Elżbieta Markowska
600 900 772"""),
]
