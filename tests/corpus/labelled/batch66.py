# batch66.py -- labelled mails held out of the tree until the rules it
# measures are final.  Kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business drawn on: office supplies --
# stationery suppliers, office printer leasing, ink and toner, office
# chairs, desk booking apps, mail franking machines, office coffee
# machines.  Covers the failure classes in new situations -- escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, business
# outages told only by their consequences, safety hazards told calmly,
# praise, payment questions -- and everyday mail of all three queues.
# 40 mails per language (en, el, es, pl), written separately per language.
M += [
# ---------------- English ----------------
("en", "b66-en-toner-charged-twice", "Fiona Gallacher <fiona.gallacher@example.co.uk>", "Toner order", "billing", "",
"""Hi there,

I ordered four black toners for our Kyocera on Tuesday (order 41877,
total 236.40). My card statement shows two payments of 236.40 on the
same day, but only one box arrived and there's only one order in my
account. Could you refund the second one please?

Thanks,
Fiona Gallacher
Office Manager, Gallacher & Reid Surveyors"""),
("en", "b66-en-lease-retiring-closing", "Geoffrey Pilling <g.pilling@example.co.uk>", "Our copier", "billing", "",
"""Dear Sirs,

After forty-one years I am hanging up my calculator. The practice closes
its doors on 28 March and there will be nobody left in the building to
use the big copier you supply us on the quarterly agreement.

Please let me know what I need to do so that no further quarterly
payments are taken after March, and when your people can collect the
machine.

Yours faithfully,
Geoffrey Pilling
Pilling & Co, Chartered Accountants, Harrogate"""),
("en", "b66-en-desk-app-seats-cut", "Dana Whitaker <dana.whitaker@lumenlogistics.example>", "Seat count", "billing", "",
"""Hi team,

We're currently on the Business plan for 80 seats at $6/seat/month. After
our reorg we only have 45 people left at the Columbus office. Can you
bring us down to 45 seats starting with the next billing cycle? No
changes otherwise - we still like the product.

Thanks!
Dana Whitaker
Workplace Ops, Lumen Logistics"""),
("en", "b66-en-franking-topup-missing", "Post Room <postroom@kestrelhousing.example>", "Postage credit", "billing", "",
"""Good morning,

We topped up the franking machine account with 500.00 by BACS on
Thursday (ref KH-FRANK-0611) but the credit on the machine still shows
the old balance of 23.18 after downloading. Please could you check the
payment has been allocated to our account, 7720-0493.

Regards
Sandra Cole
Post Room, Kestrel Housing Association"""),
("en", "b66-en-invoice-vat-number-ie", "Aoife Brennan <aoife@brennanarchitects.example.ie>", "Invoice 2291", "billing", "",
"""Hi,

Could you reissue invoice 2291 with our VAT number on it please? It's
IE 9876543X. Our accountant won't accept it without. The amount
(EUR 412.30) is grand, it's just the VAT number that's missing.

Go raibh maith agat,
Aoife"""),
("en", "b66-en-chairs-wrong-colour-not-fault", "Tom Asquith <tom.asquith@example.co.uk>", "Chairs", "billing", "",
"""Hello,

Nothing wrong with the six meeting chairs - they're well made and came
in perfect condition. The problem is me: I ordered the "slate" fabric and
in our room it looks almost purple next to the carpet. They're still in
their wrapping. Can I swap them for the charcoal ones, or if that's a
hassle just return them for a refund?

Order 39920.

Tom"""),
("en", "b66-en-bulk-paper-price-india", "Rohit Khanna <rohit.khanna@example.in>", "Bulk A4 rates", "billing", "",
"""Dear Sir/Madam,

We are a coaching institute in Pune with three branches and require
approx 300 reams of A4 75gsm per month. Your website lists Rs 289 per
ream. Kindly share your best rate for a monthly standing order of this
quantity, and whether GST invoice will be raised per branch or
centrally.

Awaiting your reply.

Regards,
Rohit Khanna
Admin Head, Bright Minds Academy"""),
("en", "b66-en-pods-pause-xmas-shutdown", "Kylie Morrison <kylie@morrisonplumbing.example.com.au>", "Coffee pods over the break", "billing", "",
"""Hi guys,

We shut the workshop from 20 Dec to 13 Jan so there's no point you
sending the fortnightly pods box (and charging us the $64.90) while
nobody's here to drink them. Can you put it on hold for those weeks and
kick it off again after? Don't want to cancel, love the stuff.

Cheers,
Kylie
Morrison Plumbing, Geelong"""),
("en", "b66-en-late-fee-chargeback", "Martin Eccles <martin.eccles@example.co.uk>", "Late payment charge", "billing", "high",
"""Your statement this month includes a 45.00 "late payment charge" on
invoice 80133. That invoice was paid by bank transfer on the 3rd, four
days before the due date, and I have sent your accounts team the
remittance twice.

Your direct debit has now taken the 45.00 anyway. If it is not refunded
by Friday I will be instructing my bank to reverse the direct debit
under the guarantee and raising a dispute for the amount.

Martin Eccles
Eccles Joinery Ltd"""),
("en", "b66-en-lease-exit-fee-solicitor", "Priya Shah <priya.shah@shahdental.example.co.uk>", "Termination fee - copier agreement 55-01872", "billing", "high",
"""Dear Sir or Madam,

When we signed the printer lease your sales representative told us, in
writing (email of 14 February 2022, attached), that we could end the
agreement at any point after 24 months with three months' notice. We
gave notice in April.

You are now demanding a "settlement figure" of 4,860.00 for the
remaining term. We will not be paying it. I have passed the agreement
and the correspondence to our solicitor, and unless you confirm in
writing within 14 days that the agreement ends on 31 July with nothing
further to pay, she will be in touch with you directly.

Dr Priya Shah
Practice Principal, Shah Dental Care"""),
("en", "b66-en-chair-refund-manager", "Lewis Barton <lewis.barton@example.com>", "Still no refund - return RMA 66120", "billing", "high",
"""This is my fifth email.

Your courier collected the two ergonomic chairs on 2 May. Your own
tracking says they were delivered back to your warehouse on 6 May. It is
now 14 June and I have not had the 598.00 back. Every time I ring I'm
told it is "with the returns team".

I want a manager to call me. Not an agent, a manager. 07700 900 561.

Lewis Barton"""),
("en", "b66-en-re-quote-payment-terms", "Natalie Fenwick <natalie.fenwick@fenwickevents.example>", "Re: Quote Q-20417 - stationery restock", "billing", "",
"""Hi Chris,

Thanks for this, all looks fine. One thing before I sign it off - can we
go on 30 days' credit rather than paying up front? We're a limited
company, trading 9 years, happy to fill in a credit application.

Natalie

On Mon, 3 Jun at 10:12, Chris Doyle <sales@example-stationers.co.uk> wrote:
> Hi Natalie,
>
> As discussed, please find the quote for your quarterly restock:
> 40 x box files, 20 x A4 refill pads, 12 x whiteboard markers (assorted),
> 10 x reams Premium 80gsm. Total 386.20 + VAT, delivery free.
>
> Chris"""),
("en", "b66-en-husband-passed-ink-plan", "Maureen Hollis <maureen.hollis@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Ken ran his small bookkeeping business from our back bedroom
and he passed away in January. I have just noticed that 12.99 is still
going out of our joint account every month to you for ink cartridges,
and the boxes keep arriving. I never use the printer myself.

Could you please stop it and tell me if I need to send you anything,
like a copy of the death certificate. I am not very good with
computers so a letter would be best.

Thank you,
Maureen Hollis
22 Cherry Tree Road, Kettering NN15 7XX"""),
("en", "b66-en-order-number-code-not-applied", "Sam Okafor <sam.okafor@example.com>", "Order 48213", "billing", "",
"""hey, used code DESK15 on this one. basket said 15% off but the
confirmation email and the charge are for the full 129.99. can you sort
the 19.50?"""),
("en", "b66-en-hello-grey-streaks", "Janet Rowlands <janet.rowlands@example.co.uk>", "Hello", "technical", "",
"""Hello,

The leased printer on our first floor (the Ricoh, serial on the sticker
is E2O5-771) has started putting a grey streak down the left side of
every page, both copies and prints. We've taken the toner out and given
it a shake and wiped the glass. Still there.

Could someone take a look?

Janet"""),
("en", "b66-en-desk-app-sso-loop-not-billing", "Marcus Lee <marcus.lee@example.com>", "Not a billing question", "technical", "",
"""Hi - your chat bot keeps sending me to billing, this is nothing to do
with billing.

Since we switched our company login to the new single sign-on on
Monday, about half a dozen of us can't get into the desk booking app.
It takes us to the Microsoft page, we sign in, it bounces back to your
login page, and round and round. On the web version it works fine,
only the iPhone app does this.

Marcus"""),
("en", "b66-en-franking-wrong-date", "Bernard Quigley <bernard.quigley@example.ie>", "Franking machine date", "technical", "",
"""Good afternoon,

Our franking machine has been printing yesterday's date on everything
since Monday. I've switched it off and on and checked the date in the
settings, which shows the right date. An Post returned a bundle this
morning because of it.

Bernard Quigley
Quigley & Sons Auctioneers, Mullingar"""),
("en", "b66-en-toner-not-genuine-us", "Carla Mendez <carla.mendez@example.com>", "toner error", "technical", "",
"""Hi, I bought two of your compatible toners for our Brother laser. The
first one worked fine for a month. The second one, the printer says
"Toner not detected" and won't print at all. I took it out and put it
back like 5 times and also took the tape off. Any ideas before I drive
to the store? Carla"""),
("en", "b66-en-coffee-machine-drip-no-refund", "Helen Frost <helen.frost@frostpartners.example.co.uk>", "Coffee machine on 2nd floor", "technical", "",
"""Hello,

To be clear from the start, we don't want a replacement or money back -
we're happy with the machine and the rental. We just need it looking at.

Since last week the bean-to-cup on the second floor fills the drip tray
after about six coffees, far more than it used to, and there's a puddle
inside the door where the grounds bin sits. We've descaled it as per the
card on the side.

Can an engineer pop in this week?

Helen Frost"""),
("en", "b66-en-chair-slowly-sinks", "Owen Pritchard <owen.pritchard@example.co.uk>", "chair keeps going down", "technical", "",
"""Morning,

My task chair from you (bought February) slowly sinks over about an hour
until I'm sat with my chin at desk level. I pump it back up and off it
goes again. Not a disaster, just annoying. Is that the gas lift and can
you send a new one?

Owen"""),
("en", "b66-en-po-field-empties-basket", "Ananya Iyer <ananya.iyer@example.in>", "Website issue at checkout", "technical", "",
"""Hello Team,

When I enter our PO number in the "Your reference" box at checkout and
click Continue, the page reloads and my basket becomes empty. Without
the PO number it goes through, but our finance team requires it. I have
tried on Chrome and Edge, and cleared cache. Please do the needful.

Thanks and regards,
Ananya Iyer
Procurement, Vistara Software Pvt Ltd, Bengaluru"""),
("en", "b66-en-label-printer-mac-driver", "Ellie Knowles <ellie@knowlesceramics.example>", "Label printer + Mac", "technical", "",
"""Hiya,

The little shipping label printer I got from you won't install on my
MacBook (Sonoma). The driver from your downloads page says "this
package is incompatible with this version of macOS". It's fine on my
partner's old Windows laptop but that's not where I do the orders.
Is there a newer driver?

Ellie"""),
("en", "b66-en-coffee-machine-tingle", "Graham Stott <graham.stott@example.co.uk>", "Coffee machine - kitchen", "technical", "high",
"""Hello,

Just to let you know, one of our team got a small electric shock from
the steel front panel of the coffee machine you supply us this morning,
when she touched it with one hand and the sink tap with the other. She
is fine. Another colleague then felt a tingle off it too.

We've switched it off at the wall and put a note on it. Please could you
arrange for someone to check it. Machine number on the sticker is
CM-40218.

Kind regards,
Graham Stott
Facilities, Northgate Print Ltd"""),
("en", "b66-en-chair-base-snapped-au", "Jess O'Connell <jess.oconnell@example.com.au>", "Chair broke under my colleague", "technical", "high",
"""Hi,

One of the five-star bases on the mesh chairs we bought from you in
August snapped this afternoon. My colleague (not a big bloke) leant back
and one leg just went, he went backwards onto the floor and banged his
head on the filing cabinet. He's OK, a bit sore.

We've got eleven more of the same chairs in the office and I'm not
happy having people sit on them now. Can someone get back to me today
please.

Jess O'Connell
Office Coordinator, Brightside Accounting, Parramatta"""),
("en", "b66-en-desk-checkin-morning-chaos", "Reception <reception@halcyonhouse.example.co.uk>", "This morning", "technical", "high",
"""Hi,

About sixty people arrived at Halcyon House this morning and none of
them could check in to a desk - the screens by the lifts just say
"Unable to load floor plan" and the app shows every desk as taken.
We've got people working in the canteen and on the sofas in reception,
two teams have turned up for the same meeting room, and the visitors'
sign-in on the same system isn't printing badges either, so I'm writing
names on stickers.

Is something going on at your end?

Becky Lowe
Front of House"""),
("en", "b66-en-statements-not-franked", "Ian Welsby <ian.welsby@example.co.uk>", "Statements due out today", "technical", "high",
"""Morning,

We have 1,400 annual statements that have to be in the post today by
law and the franking machine is refusing to print, showing "E47 -
inspection required". Your engineer did the inspection on Tuesday. The
whole post room is sitting waiting and Royal Mail collect at 4.

Please ring 01632 960 118 as soon as you get this.

Ian Welsby
Operations, Welsby Pension Administration"""),
("en", "b66-en-printer-fourth-visit-senior", "Dr Kavita Rao <kavita.rao@example.co.uk>", "Printer jams - fourth engineer visit", "technical", "high",
"""This is now the fourth time an engineer has been out to the
multifunction printer in our surgery in three weeks. Each time the
rollers are cleaned, it works for a day, and then it jams on every
second sheet again. We print prescriptions and referral letters on it.

I do not want a fifth engineer doing the same thing. I want this
escalated to someone senior in your service department who can
authorise a replacement machine, and I would like a call back today.

Dr Kavita Rao
Partner, Orchard Lane Medical Practice"""),
("en", "b66-en-thanks-driver-stairs", "Bridget Lyons <bridget.lyons@example.ie>", "Your driver Declan", "general", "",
"""Hi,

Just a quick note to say thanks to your driver Declan who delivered our
paper on Wednesday. Our lift was out of order and he carried twenty
boxes up three flights without a word of complaint, and then helped
us stack them. He deserves a pint at the very least.

Bridget
Lyons Solicitors, Galway"""),
("en", "b66-en-trade-counter-saturday", "Alan Prior <alan.prior@example.co.uk>", "Trade counter", "general", "",
"""Is the trade counter on the Fenton industrial estate open Saturday
mornings, and do I need a trade account to collect there?

Alan"""),
("en", "b66-en-deliver-loading-bay", "Facilities <facilities@marlowgroup.example.com>", "Deliveries to Marlow House", "general", "",
"""Hi,

From Monday please can all deliveries to Marlow House come round the
back to the loading bay on Canal Street, not to the main reception on
Queen Street. Reception can't take pallets and the building management
have asked us to stop couriers using the front door. The bay is
staffed 7.30-4.

Many thanks
Rob Tennant, Facilities"""),
("en", "b66-en-change-account-contact", "Lorraine Beck <lorraine.beck@example.co.uk>", "New contact for our account", "general", "",
"""Hello,

I'm leaving Calder Vets at the end of the month. Please can you change
the main contact on account CV-2210 to my colleague Hannah Jarvis,
hannah.jarvis@caldervets.example, phone 01632 960 733, and remove me.

Thanks for all your help over the years!
Lorraine"""),
("en", "b66-en-subject-access-request", "Daniel Hughes <daniel.hughes@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including any call recordings, together with the
purposes for which it is processed and who it has been shared with.

I bought from your online shop between 2019 and 2023 under this email
address.

Regards,
Daniel Hughes"""),
("en", "b66-en-printed-catalogue-elderly", "Dorothy Fairbanks <dorothy.fairbanks@example.co.uk>", "Catalogue please", "general", "",
"""Dear Sir,

I used to receive your printed catalogue for my church office but it
has stopped coming. I much prefer to look through a proper book than a
screen. Could you please put me back on the list?

Mrs D. Fairbanks
The Vicarage, Church Lane, Upper Slaughter"""),
("en", "b66-en-gaa-club-sponsorship", "Ciarán Walsh <ciaran.walsh@example.ie>", "Sponsorship - under 12s", "general", "",
"""Hi,

I'm the secretary of St Brendan's GAA club in Tralee. Our under-12s are
going to a blitz in Cork in September and we're looking for local
businesses to sponsor the jerseys or give something for the raffle.
Would ye be interested? We'd put your logo on the back of the jerseys
and on our Facebook page.

Ciarán Walsh"""),
("en", "b66-en-bag-left-showroom", "Oliver Grant <oliver.grant@example.co.uk>", "Left my bag", "general", "",
"""Hi, I was trying out chairs in your Manchester showroom yesterday
afternoon and I think I left a black laptop bag (Samsonite) by the
standing desks. No laptop in it thankfully, but my diary and a set of
keys. Has anyone handed it in?

Oliver Grant, 07700 900 218"""),
("en", "b66-en-question-recycled-paper", "Sophie Lam <sophie.lam@example.com>", "Question", "general", "",
"""Hi, we're trying to make our office greener. What's the actual
difference between your "recycled" and "FSC" copier paper? Is one better
than the other, and does either work OK in a laser printer?

Sophie"""),
("en", "b66-en-urgent-2025-diaries", "Trish Mulligan <trish.mulligan@example.co.uk>", "URGENT!!! diaries", "general", "",
"""URGENT!!!!

WHEN are the 2025 A4 page-a-day diaries going to be in stock??? My
boss asks me every single morning and I've run out of excuses!!!

Trish x"""),
("en", "b66-en-gel-pens-killer", "Mike Brandt <mike.brandt@example.com>", "those gel pens", "general", "",
"""Your new 0.5 gel pens are an absolute killer - they've blown up in our
office, everybody's nicking them off each other's desks and I'm dying
here trying to keep the stationery cupboard stocked. Any chance of a
purple and a teal coming out? Asking for about 30 colleagues.

Mike"""),
("en", "b66-en-rude-sales-rep-manager", "Caroline Ashby <caroline.ashby@example.co.uk>", "Your sales representative", "general", "high",
"""Dear Sir or Madam,

Your sales representative, who introduced himself as Jason, visited our
office on Wednesday without an appointment. When our receptionist, who
is 19, explained that the office manager was not available, he became
loud, told her she "clearly didn't know how a business works" and
refused to leave for several minutes. She was in tears afterwards.

I want to speak to his manager about this, and I do not want him on our
premises again.

Caroline Ashby
Director, Ashby Lettings"""),
("en", "b66-en-showroom-carpet-trip", "Ray Dunmore <ray.dunmore@example.co.uk>", "Showroom floor", "general", "high",
"""Hello,

I was in your Leeds showroom this morning. The carpet tile by the step up
to the boardroom chairs area is loose and curled up at the corner. I
caught my foot in it and nearly went over, and a lady with a walking
frame went the same way a few minutes later. I told the young man on
the desk who said he'd "mention it".

Someone's going to have a nasty fall. Please get it fixed.

Ray Dunmore"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b66-el-gl-xarti-xrewsh-dyo-fores", "Stella Papadopoulou <stella.pap@example.gr>", "xreosi", "billing", "",
"""Kalhmera sas,
parhggeila 20 koutia xarti A4 gia to grafeio (paraggelia 51204, 148,80e)
kai sthn karta mou vlepw th xrewsh dyo fores, idia mera idio poso. To
paketo hr8e ena. Mporeite na mou epistrepsete thn deyterh?
Eyxaristw
Stella"""),
("el", "b66-el-misthosi-mikrotero-mixanima", "Γεώργιος Λαμπράκης <g.lamprakis@example.gr>", "Φωτοαντιγραφικό", "billing", "",
"""Αξιότιμοι κύριοι,

Από τον Σεπτέμβριο το συμβολαιογραφείο μεταφέρεται σε μικρότερο χώρο
στην Αγίου Ανδρέου και θα μείνουμε δύο άτομα αντί για πέντε. Το μεγάλο
έγχρωμο φωτοαντιγραφικό που έχουμε με μίσθωση (92€ τον μήνα) είναι
πλέον υπερβολικό για εμάς.

Μπορούμε να το αλλάξουμε με ένα μικρότερο ασπρόμαυρο μηχάνημα σε
φθηνότερο μίσθωμα, χωρίς να λύσουμε τη σύμβαση; Τι θα κοστίζει;

Με εκτίμηση,
Γεώργιος Λαμπράκης
Συμβολαιογράφος, Πάτρα"""),
("el", "b66-el-timologio-anti-apodeixi", "Nikos Theodorou <nikos.theodorou@example.gr>", "Timologio", "billing", "",
"""Καλησπερα,

Αγορασα χθες απο το καταστημα στο Μαρουσι δυο μελανια και ενα πακετο
φακελους και μου εκοψαν αποδειξη λιανικης. Χρειαζομαι τιμολογιο στην
εταιρεια:

ΘΕΟΔΩΡΟΥ ΣΥΜΒΟΥΛΕΥΤΙΚΗ ΙΚΕ
ΑΦΜ 800000000, ΔΟΥ Αμαρουσιου
Λ. Κηφισιας 100, Μαρουσι

Ποσο 86,40 ευρω. Μπορειτε να το αλλαξετε;

Νικος"""),
("el", "b66-el-gl-ekptwsh-kareklas-frontisthrio", "Mixalis Karras <m.karras@example.gr>", "timh gia 25 karekles", "billing", "",
"""Geia sas,
exoume frontisthrio sthn Larisa kai 8eloume na allaksoume tis karekles
se oles tis aithouses, peripou 25 kommatia apo to montelo "Ergo Basic"
pou exete 119e. Kanete kapoia ekptwsh gia tetoia posothta? Kai ta
metaforika mexri Larisa posa einai?
Eyxaristw, Mixalhs"""),
("el", "b66-el-kafes-paysi-avgoustos", "Ελένη Βασιλείου <eleni.vasileiou@example.gr>", "Αποστολές καφέ τον Αύγουστο", "billing", "",
"""Καλημέρα,

Το γραφείο μας θα μείνει κλειστό από 1 έως 25 Αυγούστου. Μπορείτε να
μη μας στείλετε το μηνιαίο κουτί με τις κάψουλες τον Αύγουστο (και
φυσικά να μη χρεωθεί το 54,00€) και να συνεχίσετε κανονικά από
Σεπτέμβριο; Δεν θέλουμε να διακόψουμε τη συνδρομή.

Ευχαριστώ,
Ελένη Βασιλείου
Γραμματεία, Βασιλείου & Συνεργάτες"""),
("el", "b66-el-epistrofi-toner-oxi-elattomatika", "Αντώνης Μαυρίδης <a.mavridis@example.gr>", "Επιστροφή τόνερ", "billing", "",
"""Καλησπέρα σας,

Δεν είναι ελαττωματικά, να το πω από την αρχή. Παραγγείλαμε 6 τόνερ
για τον εκτυπωτή HP του λογιστηρίου και δύο εβδομάδες μετά η εταιρεία
τον αντικατέστησε με άλλον. Τα 4 τόνερ είναι σφραγισμένα στα κουτιά
τους. Μπορούμε να τα επιστρέψουμε και να πάρουμε πίσω τα χρήματα;

Αντώνης Μαυρίδης"""),
("el", "b66-el-gl-doseis-polymhxanhma", "Kostas Zervas <kzervas@example.gr>", "doseis?", "billing", "",
"""Kalhspera, 8elw na parw to polymhxanhma laser pou exete stis 689e
gia to mikro mas grafeio. Ginetai na to plhrwsw se 6 h 12 doseis me
pistwtikh xwris tokous? Kai an nai, ginetai kai apo to site h mono sto
katasthma?
Kwstas"""),
("el", "b66-el-paraggelia-kouponi", "Δήμητρα Αλεξίου <d.alexiou@example.gr>", "Παραγγελία 30517", "billing", "",
"""Καλημέρα, έβαλα τον κωδικό SCHOOL10 στην παραγγελία μου με τα
σχολικά, στο καλάθι φάνηκε η έκπτωση αλλά χρεώθηκα ολόκληρο το ποσό,
72,30€. Μπορείτε να μου επιστρέψετε τη διαφορά;
Δήμητρα"""),
("el", "b66-el-syghoneusi-desk-app", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Συνδρομή εφαρμογής κρατήσεων", "billing", "",
"""Καλησπέρα σας,

Η εταιρεία μας εξαγοράστηκε από όμιλο και από τον Σεπτέμβριο όλοι οι
υπάλληλοι θα κλείνουν θέσεις στο σύστημα του ομίλου. Η δική σας
εφαρμογή δεν θα χρησιμοποιείται πλέον. Παρακαλώ να μην ανανεωθεί η
ετήσια άδεια για τους 60 χρήστες που λήγει στις 31/8.

Ήμασταν πολύ ικανοποιημένοι, απλώς είναι απόφαση της διοίκησης.

Παναγιώτης Ρήγας
IT, Ρήγας Logistics"""),
("el", "b66-el-misthoma-meta-tin-paralavi-synigoros", "Σοφία Κωνσταντίνου <sofia.konst@example.gr>", "Σύμβαση 4471 - χρεώσεις μετά τη λήξη", "billing", "high",
"""Κύριοι,

Η σύμβαση μίσθωσης του εκτυπωτή μας έληξε στις 30 Απριλίου και ο
τεχνικός σας παρέλαβε το μηχάνημα στις 8 Μαΐου (έχω το δελτίο
παραλαβής υπογεγραμμένο). Παρ' όλα αυτά συνεχίζετε να μας χρεώνετε
89€ τον μήνα με πάγια εντολή, ήδη για Μάιο, Ιούνιο και Ιούλιο.

Ζητώ την άμεση επιστροφή των 267€ και τη διακοπή της εντολής. Αν δεν
γίνει μέσα σε 10 ημέρες, θα καταθέσω καταγγελία στον Συνήγορο του
Καταναλωτή και θα αναθέσω την υπόθεση σε δικηγόρο.

Σοφία Κωνσταντίνου
Διαχειρίστρια, Φροντιστήριο Ορίζοντες"""),
("el", "b66-el-gl-kapsoules-xrewsh-trapeza", "Thanos Georgiou <thanos.georgiou@example.gr>", "kapsoules", "billing", "high",
"""Sas egrapsa 3 fores. Akyrwsa th syndromh gia tis kapsoules kafe
apo tis 10 Maiou, exw kai to email sas pou to epivevaiwnei. Ton Iounio
kai ton Iouli omws me xrewsate pali 54e kai tis dyo fores kai sto
thlefwno mou lete "8a to koitaksoume".
An ws thn Paraskeuh den mpoun ta 108e pisw sthn karta, kanw
amfisvhthsh ths xrewshs sthn trapeza mou kai telos.
Thanos"""),
("el", "b66-el-frankarisma-yperxreosi-dieuthyntis", "Ιωάννα Σταματίου <i.stamatiou@example.gr>", "Τιμολόγια μηχανής γραμματοσήμανσης", "billing", "high",
"""Καλημέρα,

Τους τελευταίους τρεις μήνες τα τιμολόγια για τη μηχανή
γραμματοσήμανσης έχουν μηνιαίο πάγιο 42€ αντί για 28€ που γράφει η
σύμβασή μας. Το έχω αναφέρει δύο φορές στο τηλεφωνικό σας κέντρο και
μου λένε ότι «θα διορθωθεί στο επόμενο». Δεν διορθώθηκε.

Δεν θέλω να ξαναμιλήσω με εκπρόσωπο. Ζητώ να με καλέσει ο υπεύθυνος
του λογιστηρίου ή ο διευθυντής σας, στο 210 0000 455.

Ιωάννα Σταματίου
Προϊσταμένη Διοικητικού, Ιατρικό Κέντρο Κηφισιάς"""),
("el", "b66-el-re-prosfora-prokatavoli", "Χρήστος Παππάς <c.pappas@example.gr>", "Re: Προσφορά εξοπλισμού γραφείου", "billing", "",
"""Καλησπέρα κ. Ανδρέου,

Συμφωνούμε με την προσφορά. Μπορούμε να δώσουμε προκαταβολή 30% με
κατάθεση και το υπόλοιπο με την παράδοση; Στείλτε μου το IBAN και την
αιτιολογία που θέλετε.

Χρήστος Παππάς

> Αγαπητέ κ. Παππά,
>
> Σας στέλνουμε την προσφορά για 8 γραφεία εργασίας, 8 καρέκλες
> Ergo Plus και 2 συρταριέρες, συνολικό κόστος 3.184,00€ με ΦΠΑ,
> συμπεριλαμβανομένης μεταφοράς και συναρμολόγησης.
>
> Με εκτίμηση,
> Άρης Ανδρέου, Τμήμα Πωλήσεων"""),
("el", "b66-el-metakomisi-kypro-xartika", "Μαρία Χατζή <maria.chatzi@example.gr>", "Μηνιαία αποστολή", "billing", "",
"""Καλησπέρα σας,

Από 1η Νοεμβρίου το γραφείο μας μεταφέρεται οριστικά στη Λευκωσία και
στην Αθήνα δεν θα μείνει κανείς. Σας παρακαλώ να σταματήσει η μηνιαία
αποστολή χαρτικών (το πακέτο «Γραφείο 5 ατόμων», 64,50€) μετά την
παράδοση του Οκτωβρίου, και να μη χρεωθεί τίποτα άλλο.

Αν στέλνετε και στην Κύπρο θα το ξανασκεφτούμε, αλλά προς το παρόν
θέλουμε να σταματήσει.

Ευχαριστώ,
Μαρία Χατζή
Χατζή Μεταφράσεις"""),
("el", "b66-el-gl-scan-to-email", "Vaggelis Dimou <vdimou@example.gr>", "skanarisma", "technical", "",
"""Kalhmera
apo thn wra pou allaksame ton kwdiko sto email tou logisthriou, to
fwtoantigrafiko pou exoume me misthwsh den stelnei pia ta skanarismata
sto email. Vgazei "Sfalma apostolhs 0x0042". Ektypwsh kai fwtotypia
doulevoun kanonika. Pou allazei o kwdikos mesa sto mhxanhma?
Vaggelhs, Logisthrio Dimou AE"""),
("el", "b66-el-desk-app-kwdikos-den-erxetai", "Αθηνά Σωτηρίου <athina.sotiriou@example.gr>", "Δεν μπαίνω στην εφαρμογή", "technical", "",
"""Καλημέρα,

Δεν αφορά χρέωση ή συνδρομή, η εταιρεία τα έχει τακτοποιημένα. Το θέμα
είναι ότι ξέχασα τον κωδικό μου στην εφαρμογή κράτησης θέσεων και
πατάω «Ξέχασα τον κωδικό» αλλά το email επαναφοράς δεν έρχεται ποτέ,
ούτε στα ανεπιθύμητα. Έχω δοκιμάσει πέντε φορές από χθες.

Αθηνά"""),
("el", "b66-el-gl-kafetiera-krio-nero", "Giannis Mpakas <gmpakas@example.gr>", "kafetiera", "technical", "",
"""Geia sas, h kafetiera pou mas exete dwsei sto grafeio vgazei ton
kafe xliaro, sxedon krio, apo th deytera. To nero perna kanonika kai to
loulaki anavei prasino. Kaname kai afalatwsh. Ti allo na kanoume?"""),
("el", "b66-el-karekla-mpratso-xalaro", "Ευτυχία Ραφαηλίδου <e.rafailidou@example.gr>", "Καρέκλα", "technical", "",
"""Καλησπέρα,

Η καρέκλα γραφείου που πήρα τον Ιανουάριο έχει ένα μπράτσο που
κουνιέται και τρίζει κάθε φορά που ακουμπάω. Έσφιξα τις βίδες από κάτω
αλλά μετά από δυο μέρες πάλι τα ίδια. Στέλνετε ανταλλακτικό ή πρέπει
να τη φέρω στο κατάστημα;

Ευτυχία"""),
("el", "b66-el-gramatosimansi-zygaria", "Λευτερης Κουτσος <l.koutsos@example.gr>", "Μηχανη γραμματοσημανσης", "technical", "",
"""Καλημερα,

Η μηχανη γραμματοσημανσης δεν διαβαζει πλεον τη ζυγαρια. Βαζω φακελο
πανω και γραφει 0 γρ, οποτε πρεπει να βαζω το βαρος με το χερι για καθε
φακελο. Εκανα επανεκκινηση και ελεγξα το καλωδιο.

Λευτερης Κουτσος
Γραφειο αποστολων, Κουτσος Ασφαλειες"""),
("el", "b66-el-gl-toner-ksethwriasmena", "Dimitris Lazarou <dlazarou@example.gr>", "toner", "technical", "",
"""Kalhspera, to kainourio toner pou phra apo esas gia ton Samsung
typwnei poly ksethwriasmena, ta grammata ginontai gkri kai sto deksi
meros sxedon den fainontai. Den exei kanei oute 200 selides. To
kounhsa, ekana kai ka8arismo apo to menu. Ti allo na dokimasw?
Dhmhtrhs"""),
("el", "b66-el-eshop-syndesi-lathos", "Κατερίνα Μελά <katerina.mela@example.gr>", "Σύνδεση στο e-shop", "technical", "",
"""Καλησπέρα, από χθες όταν πάω να συνδεθώ στο e-shop με τον εταιρικό
λογαριασμό μου βγάζει «Κάτι πήγε στραβά, δοκιμάστε αργότερα». Ο
κωδικός είναι σωστός γιατί από το κινητό μπαίνω. Από τον υπολογιστή
του γραφείου όχι, σε Chrome και Firefox.

Κατερίνα Μελά"""),
("el", "b66-el-plastikopoiitis-kameno", "Ανδρέας Νικολάου <andreas.nikolaou@example.gr>", "Πλαστικοποιητής", "technical", "high",
"""Καλημέρα,

Ο πλαστικοποιητής Α3 που πήραμε τον προηγούμενο μήνα σήμερα
υπερθερμάνθηκε. Το πλαστικό περίβλημα πάνω από τους κυλίνδρους έλιωσε
και στράβωσε και υπήρχε έντονη μυρωδιά καμένου σε όλο το γραφείο. Τον
βγάλαμε από την πρίζα και τον αφήσαμε στο μπαλκόνι.

Τι κάνουμε τώρα;

Ανδρέας Νικολάου"""),
("el", "b66-el-kafetiera-kaftos-atmos", "Ρένα Παπαγεωργίου <rena.papag@example.gr>", "Καφετιέρα ορόφου", "technical", "high",
"""Καλησπέρα σας,

Η καφετιέρα του δεύτερου ορόφου (αριθμός μηχανήματος ΚΦ-2210) από χθες
πετάει καυτό νερό και ατμό από το πλάι, κάτω από το καπάκι, κάθε φορά
που βγάζει καφέ. Μια συνάδελφος κάηκε ελαφρά στο χέρι, τίποτα σοβαρό,
της βάλαμε κρέμα.

Την έχουμε κλείσει και έχουμε βάλει χαρτί να μην τη χρησιμοποιεί
κανείς. Μπορεί να περάσει τεχνικός;

Ρένα Παπαγεωργίου
Γραμματεία"""),
("el", "b66-el-gl-apodeixeis-oura-tameio", "Spyros Anagnostou <spyros@anagnostou-farmakeio.example>", "ektypwtes", "technical", "high",
"""Kalhmera, apo tis 9 to prwi kanenas apo tous 3 ektypwtes pou mas
exete noikiasei den typwnei. Oi syntages menoun sthn oura, oi pelates
perimenoun sto tameio me ta farmaka sto xeri kai den mporoume na
ekdwsoume tipota. Exoume hdh 15 atoma mesa. Sas parakalw kaleste me
twra sto 2310 000 771.
Spyros Anagnostou, Farmakeio Anagnostou, Thessalonikh"""),
("el", "b66-el-polyprizo-spinthires", "Θεόδωρος Μπαλτάς <t.baltas@example.gr>", "Πολύπριζο", "technical", "high",
"""Καλησπέρα,

Το πολύπριζο 6 θέσεων με διακόπτη που αγοράσαμε από εσάς για τα
γραφεία έβγαλε σπίθες και έναν κρότο όταν συνδέσαμε τον εκτυπωτή.
Μαύρισε γύρω από τη μία πρίζα. Το αποσυνδέσαμε. Έχουμε άλλα 7 ίδια σε
χρήση στα γραφεία και θέλω να ξέρω αν πρέπει να τα βγάλουμε όλα.

Θεόδωρος Μπαλτάς"""),
("el", "b66-el-desk-app-diples-kratiseis-dieuthyntis", "Ελπίδα Μουρτζούκου <e.mourtzoukou@example.gr>", "Αίτημα 8812 - τρεις εβδομάδες", "technical", "high",
"""Κύριοι,

Εδώ και τρεις εβδομάδες η εφαρμογή κρατήσεων δίνει την ίδια αίθουσα
συσκέψεων σε δύο και τρεις ομάδες ταυτόχρονα. Το αίτημα 8812 είναι
ακόμη «σε εξέταση» και κάθε φορά που τηλεφωνώ μου ζητούν να στείλω
ξανά στιγμιότυπα οθόνης που έχω ήδη στείλει.

Αρκετά. Ζητώ να ασχοληθεί με το θέμα κάποιος υπεύθυνος του τεχνικού
τμήματος, όχι ο πρώτος εκπρόσωπος, και να με ενημερώσει ο ίδιος για
το πότε θα διορθωθεί.

Ελπίδα Μουρτζούκου
Office Manager, Μουρτζούκος & Συνεργάτες, Πειραιάς"""),
("el", "b66-el-gl-den-thelw-lefta-etiketes", "Lina Karagianni <lina.karagianni@example.gr>", "ektypwths etiketwn", "technical", "",
"""Geia sas! Den 8elw na ton epistrepsw oute lefta pisw, mou aresei
poly. Apla apo th stigmh pou allaksa router o ektypwths etiketwn den
syndeetai sto wifi, to lampaki anavosvhnei portokali. To kanw apo to
eshop mou kai to xreiazomai ka8e mera.
Eyxaristw, Lina"""),
("el", "b66-el-eyxaristies-ypallilo", "Σταυρούλα Ηλιοπούλου <stavroula.i@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα απλώς να ευχαριστήσω τον κ. Βασίλη στο κατάστημα της Πατησίων.
Ήρθα με μια λίστα 40 ειδών για το νηπιαγωγείο και με βοήθησε να βρω τα
πάντα, με υπομονή, ενώ είχε κόσμο. Σπάνιο πράγμα πια.

Σταυρούλα Ηλιοπούλου
Νηπιαγωγός"""),
("el", "b66-el-gl-wrario-savvato", "Petros Vlachos <petros.vlachos@example.gr>", "wrario", "general", "",
"""Kalhmera, to katasthma sas sto Peristeri einai anoixto to Savvato
to apogeuma h mono prwi? 8elw na perasw na dw tis karekles."""),
("el", "b66-el-odhgies-paradosis-orofos", "Αργυρώ Δεληγιάννη <argyro.d@example.gr>", "Για την παράδοση", "general", "",
"""Καλημέρα,

Για την παράδοση της Πέμπτης: το γραφείο μας είναι στον 4ο όροφο και
το ασανσέρ είναι μικρό, χωράει μόνο ένα κουτί τη φορά. Μπορεί ο
οδηγός να τηλεφωνήσει 15 λεπτά πριν έρθει στο 6970 000 214 ώστε να
κατέβει κάποιος να βοηθήσει; Η είσοδος είναι από την Καραϊσκάκη, όχι
από την Αγίου Νικολάου.

Ευχαριστώ,
Αργυρώ"""),
("el", "b66-el-allagi-email-epikoinwnias", "Σπυρος Ζαχαριου <s.zachariou@example.gr>", "Αλλαγη email", "general", "",
"""Καλησπερα, παρακαλω αλλαξτε το email επικοινωνιας του λογαριασμου
μας απο info@zachariou-tech.example σε grafeio@zachariou-tech.example
γιατι το παλιο κλεινει. Το τηλεφωνο μενει ιδιο.
Ευχαριστω, Σπυρος"""),
("el", "b66-el-gdpr-diagrafi", "Νεφέλη Αντωνίου <nefeli.antoniou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Καλησπέρα σας,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας και από τη λίστα του newsletter. Δεν
έχω εκκρεμείς παραγγελίες. Παρακαλώ επιβεβαιώστε μου γραπτώς όταν
ολοκληρωθεί.

Νεφέλη Αντωνίου"""),
("el", "b66-el-gl-xorigia-agwnas-dromou", "Fotis Kalogirou <fotis.kalogirou@example.gr>", "xorhghsh", "general", "",
"""Geia sas, eimaste o politistikos syllogos tou xwriou Agios
Germanos sthn Kastoria kai organwnoume agwna dromou 5km ton Iouli.
Psaxnoume xorhgous gia ta mplouzakia h gia dwra stous nikhtes
(tetradia, stylo, tsantes). 8a sas endiaferei? Ta logotypa mpainoun
sthn afisa kai sto facebook.
Fwths Kalogirou, Grammateas"""),
("el", "b66-el-xehasa-omprela-ekthesi", "Ματίνα Κυριακίδου <matina.kyr@example.gr>", "Ομπρέλα", "general", "",
"""Καλησπέρα, την Τρίτη το απόγευμα δοκίμαζα καρέκλες στην έκθεσή σας
στη Θεσσαλονίκη και νομίζω ότι ξέχασα μια μαύρη ομπρέλα με ξύλινη
λαβή δίπλα στα γραφεία. Μήπως τη βρήκε κάποιος;
Ματίνα"""),
("el", "b66-el-gl-katasthma-thessalonikh-parking", "Alekos Panagiotidis <alekos.pan@example.gr>", "erwthsh", "general", "",
"""Kalhspera, pou akrivws einai to katasthma sas sth Thessalonikh kai
exei parking? 8a er8w me to van na parw kati koutia xarti."""),
("el", "b66-el-epeigon-katalogos", "Βούλα Τσιρίγου <voula.tsirigou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ!!! Ο ΝΕΟΣ ΚΑΤΑΛΟΓΟΣ ΓΙΑ ΤΑ ΣΧΟΛΙΚΑ ΠΟΤΕ ΒΓΑΙΝΕΙ;;; ΜΕ
ΡΩΤΑΕΙ Ο ΠΡΟΪΣΤΑΜΕΝΟΣ ΚΑΘΕ ΜΕΡΑ!!!
Βούλα"""),
("el", "b66-el-fotia-oi-agendes", "Λουκάς Δρόσος <loukas.drosos@example.gr>", "Ατζέντες 2025", "general", "",
"""Καλημέρα! Οι ατζέντες σας με το δερμάτινο εξώφυλλο πέρσι έκαναν
φωτιά στο γραφείο, τις άρπαξαν όλοι σε μια μέρα και κάποιοι
σκοτώθηκαν να πάρουν την κόκκινη. Θα βγάλετε και φέτος το ίδιο
σχέδιο και σε ποια χρώματα;

Λουκάς"""),
("el", "b66-el-gl-agenhs-odhgos-proistamenos", "Katerina Mavrou <katerina.mavrou@example.gr>", "o odhgos sas", "general", "high",
"""Kalhspera. Shmera o odhgos sas pou efere ta koutia me to xarti sto
grafeio mas sto Xalandri fwnaze sthn ypallhlh ths reception epeidh
den htan etoimh h rampa, th vrise mprosta se pelates kai petakse ta
xartia ths paradoshs sto gkise. H kopela ekleige meta.
8elw na milhsw me ton proistameno tou h ton ypeuthino ths etaireias.
Kathgorhmatika.
Katerina Mavrou, Dieythyntria"""),
("el", "b66-el-spasmeno-skali-katastima", "Ηλίας Παπανικολάου <ilias.papanik@example.gr>", "Σκάλα στο κατάστημα Πειραιά", "general", "high",
"""Καλημέρα σας,

Στο κατάστημά σας στον Πειραιά, στη σκάλα που πάει στον πρώτο όροφο
με τα έπιπλα γραφείου, το τρίτο σκαλί έχει σπάσει στην άκρη και
κουνιέται. Μια κυρία μπροστά μου σκόνταψε και κρατήθηκε την τελευταία
στιγμή από την κουπαστή. Το είπα στο ταμείο αλλά δεν είδα να
σημαδέψει κανείς το σημείο.

Πριν χτυπήσει κάποιος, καλό είναι να το φτιάξετε.

Ηλίας Παπανικολάου"""),
("el", "b66-el-re-seminario-ergonomia", "Χαρά Στεφανίδη <chara.stefanidi@example.gr>", "Re: Πρόσκληση - Ημέρα εργονομίας γραφείου", "general", "",
"""Καλησπέρα,

Ευχαριστώ για την πρόσκληση. Μπορούμε να έρθουμε δύο άτομα από την
εταιρεία; Και υπάρχει χώρος στάθμευσης κοντά στην έκθεση;

Χαρά Στεφανίδη
HR, Στεφανίδης Λογιστική

> Αγαπητοί συνεργάτες,
>
> Σας προσκαλούμε στην Ημέρα Εργονομίας Γραφείου την Πέμπτη 17
> Οκτωβρίου, 10:00-14:00, στην έκθεσή μας στο Μαρούσι. Θα δείξουμε
> πώς ρυθμίζεται σωστά μια καρέκλα και ένα γραφείο όρθιας εργασίας.
>
> Η ομάδα πωλήσεων"""),
# ---------------- Spanish ----------------
("es", "b66-es-envio-cobrado-pedido-minimo", "Marta Ferrer <marta.ferrer@example.es>", "Pedido 73310", "billing", "",
"""Hola, buenos días:

En vuestra web pone envío gratis a partir de 60 € y mi pedido de
material de oficina era de 87,35 €, pero me habéis cobrado 5,95 € de
gastos de envío igualmente. ¿Me podéis devolver esos 5,95?

Gracias,
Marta Ferrer
Gestoría Ferrer, Sabadell"""),
("es", "b66-es-mx-factura-cfdi-sillas", "Alejandra Treviño <alejandra.trevino@example.com.mx>", "Factura", "billing", "",
"""Buenas tardes,

Compramos 10 sillas ejecutivas en su sucursal de San Pedro Garza García
el pasado viernes, total $38,990.00 MXN, y nos dieron sólo el ticket.
Necesitamos el CFDI a nombre de la empresa:

Treviño Consultores S.C.
RFC TCO000000XX0
Uso CFDI: G03 Gastos en general
Régimen: 601

Les agradecería mucho que lo enviaran a este correo.

Saludos cordiales,
Lic. Alejandra Treviño"""),
("es", "b66-es-ar-cuotas-sin-interes", "Federico Salvatierra <fede.salvatierra@example.com.ar>", "cuotas", "billing", "",
"""Hola que tal, quiero comprar el escritorio elevable que tienen a
$489.900 para la oficina. Se puede pagar en 6 cuotas sin interes con
Visa del Galicia? En la web solo me aparecen 3. Y si pago por
transferencia hay algun descuento?
Gracias, Fede"""),
("es", "b66-es-copisteria-traspaso-sobrino", "Manolo Arjona <manolo.arjona@example.es>", "la maquina de la copisteria", "billing", "",
"""Buenas, le escribo por lo de la fotocopiadora de la copisteria de la
calle San Jacinto. A partir del 1 de octubre el negocio lo lleva mi
sobrino Dani y el se trae su maquina propia, asi que la vuestra sobra.
Que tengo que hacer para que dejen de pasarme el recibo de 75 euros y
cuando vienen a por ella?
Un saludo
Manolo Arjona"""),
("es", "b66-es-co-cafe-caja-pequena", "Paola Restrepo <paola.restrepo@example.com.co>", "Plan de café", "billing", "",
"""Hola, buenos días

Desde este mes somos la mitad de personas en la oficina (varios pasaron
a trabajo remoto) y la caja grande de café en grano nos está sobrando.
¿Podemos pasar al plan pequeño de $210.000 a partir del próximo envío
en lugar del de $420.000?

Mil gracias,
Paola Restrepo
Asistente administrativa, Restrepo & Asociados, Medellín"""),
("es", "b66-es-sobres-equivocados-no-defecto", "Raúl Ortega <raul.ortega@example.es>", "Sobres", "billing", "",
"""Buenas,

Los sobres están bien, no les pasa nada. El fallo es mío: pedí 2.000
sobres C5 con ventana y lo que necesitamos son los americanos (DL) para
las facturas. Las cajas están sin abrir. ¿Puedo cambiarlos por los DL
o, si no, devolverlos y que me reembolséis los 64,80 €? Pedido 72994.

Raúl"""),
("es", "b66-es-cl-descuento-colegio", "Ignacio Fuenzalida <ignacio.fuenzalida@example.cl>", "Cotización colegio", "billing", "",
"""Estimados:

Soy encargado de compras del Colegio San Alberto de Ñuñoa. Para marzo
necesitamos aprox. 600 cuadernos universitarios, 200 cajas de lápices y
150 resmas de papel carta. ¿Tienen precio especial para colegios por
este volumen? En la web el cuaderno sale $2.490 CLP c/u.

Quedo atento,
Ignacio Fuenzalida"""),
("es", "b66-es-app-reservas-pago-anual", "Beatriz Soler <beatriz.soler@example.es>", "Pago anual", "billing", "",
"""Hola,

Ahora pagamos la app de reserva de puestos mes a mes (35 licencias a
4,50 € cada una). Si pasamos a pago anual, ¿cuánto nos ahorramos? ¿Y se
puede pagar la anualidad por transferencia en vez de con tarjeta?

Un saludo,
Beatriz Soler
Recursos Humanos, Soler Ingeniería"""),
("es", "b66-es-recarga-franqueo-con-tarjeta", "Sala de correo <correo@mutualidadlevante.example>", "Recargas", "billing", "",
"""Buenos días:

Hasta ahora recargábamos la franqueadora por transferencia, pero tarda
dos días en llegar el saldo. ¿Se puede recargar con tarjeta de empresa
desde la web para que sea inmediato? ¿Tiene alguna comisión?

Saludos,
Encarna Vidal"""),
("es", "b66-es-mantenimiento-franqueadora-renovado-abogado", "Lucía Navarro <lucia.navarro@example.es>", "Renovación no autorizada", "billing", "high",
"""Buenos días:

En enero les comunicamos por escrito (burofax del 9 de enero, tengo el
acuse) que NO queríamos renovar el contrato de mantenimiento de la
franqueadora, que vencía el 31 de marzo. Aun así nos han girado la
cuota anual completa, 486 €, el 2 de abril.

Exijo la devolución íntegra. Si no la recibo en quince días, pondré una
reclamación en la oficina de consumo del Ayuntamiento y el asunto pasará
a nuestro abogado.

Lucía Navarro
Clínica de Fisioterapia Navarro, Zaragoza"""),
("es", "b66-es-mx-renta-cancelada-contracargo", "Rodrigo Castañeda <rodrigo.castaneda@example.com.mx>", "cobros después de cancelar", "billing", "high",
"""Buenas. Cancelé la renta del despachador de agua y la cafetera de la
oficina en marzo, pasaron por los equipos el 28 de marzo y me dieron
comprobante. En abril y mayo me siguieron cargando $1,250 cada mes a la
tarjeta.

Ya llamé dos veces. Si esta semana no me regresan los $2,500, voy a
pedir el contracargo al banco y a poner la queja en Profeco.

Rodrigo Castañeda"""),
("es", "b66-es-ar-doble-debito-gerente", "Verónica Iturralde <veronica.iturralde@example.com.ar>", "Doble débito factura 0003-00018822", "billing", "high",
"""Buenas tardes,

La factura de resmas y toner de mayo ($214.600) nos la debitaron DOS
veces de la cuenta corriente. Lo reconocen, pero me dicen que la
devolución "demora hasta 60 días hábiles". Son más de 200 mil pesos que
necesitamos para pagar sueldos.

No voy a esperar dos meses. Quiero que me llame un gerente de
administración hoy mismo, al 11 0000-4455.

Verónica Iturralde
Administración, Estudio Contable Iturralde, CABA"""),
("es", "b66-es-re-presupuesto-iva-montaje", "Álvaro Quintana <alvaro.quintana@example.es>", "RE: Presupuesto mobiliario oficina P-5521", "billing", "",
"""Hola Carmen,

Una duda antes de aceptarlo: ¿los 8.940 € son con IVA o sin IVA? Y el
montaje, ¿está incluido o se factura aparte? También me gustaría saber
hasta cuándo es válido, porque lo tiene que aprobar el consejo el día
20.

Gracias,
Álvaro

-----Mensaje original-----
De: Carmen Ruiz <presupuestos@example-oficinas.es>
Enviado el: lunes, 3 de junio de 2024 12:40
Para: Álvaro Quintana
Asunto: Presupuesto mobiliario oficina P-5521

Estimado Álvaro:
Le adjunto el presupuesto para 12 puestos de trabajo con sillas
ergonómicas y 3 armarios, total 8.940,00 €.
Un saludo,
Carmen Ruiz"""),
("es", "b66-es-coworking-cafe-incluido", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Máquina de café", "billing", "",
"""Kaixo,

Nos mudamos el mes que viene a un coworking en Bilbao donde el café ya
va incluido, así que la máquina que os alquilamos se queda sin sitio y
sin bebedores. ¿Cómo damos de baja el alquiler (49 €/mes) y cuándo
pasáis a recogerla? La oficina actual la dejamos el día 28.

Eskerrik asko,
Nerea"""),
("es", "b66-es-hola-impresora-atasca", "Pilar Domínguez <pilar.dominguez@example.es>", "Hola", "technical", "",
"""Hola,

La impresora que tenemos en renting en la recepción atasca el papel
en la bandeja 2 cada tres o cuatro hojas. Hemos probado con papel de
otro paquete y limpiando los rodillos como pone en el manual, pero
sigue igual. ¿Puede venir un técnico?

Pilar"""),
("es", "b66-es-mx-app-mapa-no-carga", "Diego Salinas <diego.salinas@example.com.mx>", "App de escritorios", "technical", "",
"""Qué tal, no es tema de cobro ni de licencias, eso está bien. Desde la
actualización del lunes la app de reservas en Android ya no carga el
mapa del piso 7, se queda en blanco con la ruedita. En el piso 5 sí
funciona. Ya borré caché y reinstalé.
Saludos, Diego"""),
("es", "b66-es-ar-cafetera-no-muele", "Mariano Bustos <mariano.bustos@example.com.ar>", "cafetera", "technical", "",
"""Hola, la cafetera que tenemos en comodato en la oficina hace un ruido
de motor pero no muele, sale agua sola sin cafe. Tiene granos en la
tolva. La apagamos y prendimos varias veces. Nos pueden mandar a
alguien?
Mariano"""),
("es", "b66-es-silla-respaldo-no-bloquea", "Inmaculada Rey <inma.rey@example.es>", "Silla", "technical", "",
"""Buenas tardes, la silla de oficina que compré en febrero ya no
bloquea el respaldo. Pongo la palanca en la posición de bloqueo y el
respaldo sigue yendo hacia atrás libremente. Antes funcionaba bien.
¿Tiene arreglo o me mandáis la pieza?
Inma"""),
("es", "b66-es-franqueadora-no-imprime-importe", "Administracion Talleres Gil <admin@talleresgil.example>", "Franqueadora", "technical", "",
"""Buenos dias,

La franqueadora imprime la fecha pero no la cantidad del franqueo, sale
la zona del importe en blanco. Hemos cambiado el cartucho de tinta por
uno nuevo y sale igual. Correos nos ha devuelto un lote de cartas.

Un saludo
Jesus Gil"""),
("es", "b66-es-co-cartucho-gotea", "Andrés Felipe Gómez <andres.gomez@example.com.co>", "Cartucho", "technical", "",
"""Buenas tardes, el cartucho de tinta negra que les compré para la
Epson de la oficina gotea: cada vez que imprimo sale la hoja con
manchas en el borde y dentro de la impresora hay tinta en la bandeja.
El anterior de la misma referencia no hacía eso. ¿Qué puedo revisar?
Andrés Felipe"""),
("es", "b66-es-web-contrasena-bucle", "Olga Martínez <olga.martinez@example.es>", "No puedo entrar", "technical", "",
"""Hola, cambié la contraseña de la tienda online siguiendo el enlace
del correo y me dice que se ha cambiado bien, pero cuando voy a entrar
con la nueva me dice "usuario o contraseña incorrectos". Lo he hecho
dos veces ya. Con la vieja tampoco entra.
Olga"""),
("es", "b66-es-cl-destructora-se-calienta", "Francisca Órdenes <francisca.ordenes@example.cl>", "Destructora de papel", "technical", "high",
"""Hola,

La destructora de papel grande que compramos hace dos meses hoy se
calentó muchísimo, el motor empezó a oler a quemado y salió humito por
la rejilla de atrás. La desenchufamos al tiro. Está en la sala de
fotocopias, donde hay harto papel. ¿Qué hacemos?

Francisca Órdenes
Notaría Órdenes, Valparaíso"""),
("es", "b66-es-flexo-transformador-quemado", "Jorge Blanco <jorge.blanco@example.es>", "Flexos LED", "technical", "high",
"""Buenos días,

Os comento por si os sirve: de los 20 flexos LED que os compramos para
la oficina, a uno se le ha puesto negro el transformador del enchufe y
olía a plástico quemado. Lo ha notado una compañera al llegar, estaba
encendido desde la tarde anterior. Lo hemos desenchufado y no ha pasado
nada más.

Los otros 19 siguen en las mesas. ¿Los retiramos también? ¿Qué hacemos
con ellos?

Jorge Blanco
Servicios Generales"""),
("es", "b66-es-mx-guias-no-imprimen-paqueteria", "Almacén Tienda Colibrí <almacen@colibri-shop.example.mx>", "no salen las guías", "technical", "high",
"""Buenos días,

Desde las 9 ninguna de las 4 impresoras de etiquetas conectadas a su
servicio de impresión en la nube saca las guías, todas se quedan en
"pendiente". Tenemos más de 300 paquetes empacados sobre las mesas, la
paquetería pasa a las 5 de la tarde y si no llevan guía no se los
llevan. El personal del almacén está parado.

Por favor llámenme al 33 0000 2240.

Mónica Arellano
Jefa de almacén, Tienda Colibrí, Guadalajara"""),
("es", "b66-es-mesa-elevable-atrapa-mano", "Cristina Peña <cristina.pena@example.es>", "Mesa elevable", "technical", "high",
"""Hola,

Una de las mesas elevables que os compramos en marzo ha empezado a
bajar sola, sin tocar el mando. Ayer bajó de golpe mientras un
compañero tenía la mano apoyada en el armarito de debajo y se la pilló.
Solo un moratón, pero podía haber sido peor, y la de al lado es para
una compañera que viene con su hija pequeña algunas tardes.

La hemos desenchufado. ¿Qué hacemos?

Cristina Peña"""),
("es", "b66-es-ar-fotocopiadora-defensa-consumidor", "Gustavo Rinaldi <gustavo.rinaldi@example.com.ar>", "Fotocopiadora", "technical", "high",
"""La fotocopiadora que nos instalaron en febrero no funcionó bien ni un
solo mes: traba el papel, imprime las hojas con rayas y el escáner se
cuelga. Vinieron tres técnicos y sigue igual.

Les doy diez días para cambiar el equipo por uno que funcione. Si no, me
presento en Defensa del Consumidor con todas las órdenes de servicio.

Gustavo Rinaldi
Estudio Rinaldi, Rosario"""),
("es", "b66-es-calculadora-imprime-cortado", "Laura Campos <laura.campos@example.es>", "Calculadora", "technical", "",
"""Hola! No quiero devolverla ni que me devolváis el dinero, la
calculadora me gusta mucho. Solo que desde que le cambié el rollo de
papel imprime los números cortados por la mitad, se ve solo la parte
de arriba. ¿Hay que ajustar algo?
Gracias, Laura"""),
("es", "b66-es-felicitar-app-reservas", "Amparo Soriano <amparo.soriano@example.es>", "Enhorabuena", "general", "",
"""Buenas tardes,

Solo quería felicitaros. Llevábamos años reservando las salas con una
hoja de Excel compartida que era un caos, y en una semana con vuestra
app la oficina entera la usa sin que nadie haya tenido que preguntarme
nada. Y la chica del chat de ayuda, Irene, fue un encanto cuando
configuramos los planos.

Un saludo,
Amparo Soriano
Office Manager"""),
("es", "b66-es-mx-horario-dia-festivo", "Karla Hernández <karla.hernandez@example.com.mx>", "horario", "general", "",
"""Hola buenas tardes, la sucursal de Coyoacán va a abrir el 16 de
septiembre? Y en qué horario? Gracias"""),
("es", "b66-es-entrega-ferreteria-al-lado", "Pepe Lorente <pepe.lorente@example.es>", "Para el repartidor", "general", "",
"""Hola, el pedido de mañana: si no hay nadie en la oficina (a veces
salgo a visitar clientes), que lo dejen en la Ferretería Lorente, justo
al lado, que es de mi hermano y ya está avisado. No lo dejéis en el
portal que se lo llevan.
Gracias, Pepe"""),
("es", "b66-es-ar-nueva-direccion-oficina", "Soledad Peralta <soledad.peralta@example.com.ar>", "nueva direccion", "general", "",
"""Hola, les aviso que desde el 1 de julio nos mudamos. La nueva
direccion para los envios es Av. Corrientes 1234, piso 8 oficina B,
CABA. El telefono y el mail siguen iguales. Gracias!
Sole, Peralta Hnos."""),
("es", "b66-es-baja-llamadas-comerciales", "Miguel Ángel Roldán <miguelangel.roldan@example.es>", "Dejen de llamarme", "general", "",
"""Buenos días:

Me llaman casi cada semana de su departamento comercial para ofrecerme
una máquina de café para la oficina. Soy autónomo y trabajo solo en
casa. Quiero que borren mi teléfono de sus listas de llamadas y me den
de baja del boletín. Y me gustaría saber de dónde han sacado mi número,
porque nunca se lo he dado.

Miguel Ángel Roldán"""),
("es", "b66-es-co-donacion-escuela-rural", "Juan Camilo Ríos <juancamilo.rios@example.com.co>", "Solicitud de apoyo", "general", "",
"""Buenas tardes,

Soy profesor de una escuela rural en una vereda de Jardín, Antioquia.
Tenemos 38 niños y muchos no tienen ni un cuaderno para empezar el año.
Quería preguntarles si como empresa tienen algún programa de donación
de útiles escolares, o a quién puedo dirigirme para solicitarlo.

Muchas gracias de antemano,
Juan Camilo Ríos"""),
("es", "b66-es-carpeta-olvidada-feria", "Teresa Lozano <teresa.lozano@example.es>", "carpeta", "general", "",
"""hola, el jueves estuve en vuestro stand de la feria de oficina en IFEMA
y me deje una carpeta azul con presupuestos de otros proveedores (ups)
encima del mostrador. la guardasteis? me la podeis mandar o paso a por
ella?"""),
("es", "b66-es-cl-timbres-personalizados", "Camila Sepúlveda <camila.sepulveda@example.cl>", "Consulta", "general", "",
"""Hola, ¿ustedes hacen timbres personalizados con el logo de la
empresa? ¿Y cuánto se demoran más o menos?
Saludos, Camila"""),
("es", "b66-es-urgente-sobres-kraft", "Paco Jiménez <paco.jimenez@example.es>", "URGENTE", "general", "",
"""URGENTE!!! ¿Tenéis sobres kraft con ventana en tamaño DL??? En la web
no los encuentro y el jefe los quiere para la campaña de Navidad!!!"""),
("es", "b66-es-mx-postits-muertos-de-risa", "Ximena Robles <ximena.robles@example.com.mx>", "post-its", "general", "",
"""Oigan, sus post-its con frases de oficina nos tienen muertos de risa,
el de "esto pudo haber sido un correo" ya está pegado en todas las
salas jaja. ¿Los venden por caja de 12 blocks? ¿Y van a sacar más
frases?
Xime"""),
("es", "b66-es-dependiente-grosero-padre-encargado", "Elena Cabrera <elena.cabrera@example.es>", "Trato recibido en la tienda de Málaga", "general", "high",
"""Buenos días,

El sábado acompañé a mi padre, de 82 años, a vuestra tienda de la calle
Larios a comprar cartuchos para su impresora. Como no se acordaba del
modelo, el dependiente (un chico alto con gafas) le habló con desprecio,
le dijo que "a su edad para qué quiere imprimir" y se puso a atender a
otro cliente dejándole con la palabra en la boca. Mi padre salió
avergonzado.

Quiero hablar con el encargado de la tienda o con su superior. Esto no
puede quedar así.

Elena Cabrera"""),
("es", "b66-es-ar-vidrio-roto-local", "Horacio Benítez <horacio.benitez@example.com.ar>", "Local de Palermo", "general", "high",
"""Buenas,

Hoy a la tarde estuve en el local de Palermo y la puerta de vidrio de
la entrada tiene una rajadura grande de punta a punta, y falta un
pedazo abajo, con el borde filoso a la altura de las piernas. Entran
chicos con los padres todo el tiempo por la vuelta a clases. Le avisé a
la chica de la caja pero no pusieron ni una cinta.

Alguien se va a cortar. Arreglenlo.

Horacio Benítez"""),
("es", "b66-es-re-pedido-enviado-sabado", "Sonia Gallego <sonia.gallego@example.es>", "Re: Tu pedido 74120 ha sido enviado", "general", "",
"""Hola,

¿Sabéis si el transportista reparte los sábados? La oficina está
cerrada el fin de semana y no quiero que lo dejen en el portal. Si es
sábado, mejor que esperen al lunes.

Sonia Gallego

El 2 oct 2024, a las 9:15, Tienda Online <noreply@example-oficinas.es> escribió:
> ¡Hola, Sonia!
> Tu pedido 74120 ya está en camino. Lo entregaremos en 24-48 horas
> laborables.
> Gracias por tu compra."""),
# ---------------- Polish ----------------
("pl", "b66-pl-nadplata-faktura-przelew", "Beata Krawczyk <beata.krawczyk@example.pl>", "Nadpłata", "billing", "",
"""Dzień dobry,

przy płatności za fakturę FV/1187/06/24 (papier i segregatory) księgowa
pomyliła się i przelała 1 482,00 zł zamiast 1 248,00 zł. Proszę o zwrot
nadpłaty 234,00 zł na rachunek, z którego przyszedł przelew, albo o
zaliczenie jej na poczet następnego zamówienia - jak Państwu wygodniej.

Pozdrawiam
Beata Krawczyk
Biuro Rachunkowe Krawczyk, Opole"""),
("pl", "b66-pl-korekta-faktury-osoba-prywatna", "Pawel Szymanski <pawel.szymanski@example.pl>", "faktura na firme", "billing", "",
"""Dzien dobry, przy zamowieniu 88410 zaznaczylem faktura na firme i
wpisalem NIP, a faktura przyszla wystawiona na mnie jako osobe
prywatna. Prosze o korekte na:
SZYMANSKI IT Pawel Szymanski, NIP 6340000000, ul. Mariacka 5, 40-014
Katowice.
Pozdrawiam, Pawel"""),
("pl", "b66-pl-odroczona-platnosc-ekspres", "Karolina Michalak <karolina.michalak@example.pl>", "Płatność za ekspres", "billing", "",
"""Dzień dobry,

chcemy kupić do biura ekspres ciśnieniowy za 3 299 zł. Czy można
zapłacić z odroczonym terminem 30 dni (jako firma), albo rozłożyć na
raty 0%? W koszyku widzę tylko kartę i BLIK.

Karolina Michalak
Agencja Reklamowa Pion, Gdynia"""),
("pl", "b66-pl-leasing-elektroniczny-obieg", "Krzysztof Duda <krzysztof.duda@example.pl>", "Umowa na drukarkę", "billing", "",
"""Dzień dobry,

od stycznia przeszliśmy w całości na elektroniczny obieg dokumentów i
podpis kwalifikowany. Urządzenie wielofunkcyjne, które mamy od Państwa
w najmie, stoi od trzech miesięcy włączone chyba tylko po to, żeby
wyświetlać godzinę. Chcielibyśmy zakończyć umowę najmu z końcem
kwartału. Jakie są warunki i kiedy mogą Państwo odebrać sprzęt?

Krzysztof Duda
Kancelaria Notarialna Duda, Lublin"""),
("pl", "b66-pl-wstrzymanie-dostaw-remont", "Sekretariat ZSP 3 <sekretariat@zsp3-radom.example>", "dostawy papieru", "billing", "",
"""Dzien dobry,

w lipcu i sierpniu szkola jest w remoncie i sekretariat przenosi sie
tymczasowo do budynku gminy. Prosze o wstrzymanie comiesiecznej dostawy
papieru i tonerow (oraz platnosci) na te dwa miesiace i wznowienie od
wrzesnia bez zmian.

Z powazaniem
Danuta Sowa, sekretariat"""),
("pl", "b66-pl-wymiana-tuszy-kolory", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "Tusze", "billing", "",
"""Dzień dobry,

zamówiłem 10 czarnych tuszy, a okazało się, że w biurze schodzi głównie
kolor. Nie chcę zwrotu pieniędzy, wolałbym wymienić 5 nieotwartych
czarnych na komplet kolorowych (cyan, magenta, yellow). Jeśli jest
różnica w cenie, dopłacę. Zamówienie 88102.

Grzegorz Nowicki"""),
("pl", "b66-pl-karty-podarunkowe-pracownicy", "Dział Kadr <kadry@metalpol-torun.example>", "Karty podarunkowe na święta", "billing", "",
"""Dzień dobry,

chcielibyśmy kupić karty podarunkowe do Państwa sklepu dla 85
pracowników, po 150 zł każda. Czy przy takiej ilości jest rabat? Czy
mogą być wystawione na fakturę VAT i opłacone przelewem z terminem 14
dni?

Pozdrawiam
Marzena Woźniak
Dział Kadr, Metalpol Toruń"""),
("pl", "b66-pl-okres-probny-zamienil-sie-w-platny", "Artur Zielinski <artur.zielinski@example.pl>", "Aplikacja do rezerwacji", "billing", "",
"""Czesc, zalozylem w maju darmowy okres probny aplikacji do rezerwacji
biurek, zeby zobaczyc jak dziala. Nie korzystalismy z niej po dwoch
tygodniach. Dzis widze na koncie firmowym 540 zl za "plan Team -
roczny". Nie pamietam, zebym cos takiego wybieral. Czy mozna to
anulowac i oddac pieniadze?
Artur"""),
("pl", "b66-pl-saldo-frankownicy-po-umowie", "Poczta Wewnętrzna <poczta@szpital-elblag.example>", "Saldo na frankownicy", "billing", "",
"""Dzień dobry,

umowa na frankownicę kończy się nam 31 sierpnia. Na maszynie zostanie
jeszcze około 600 zł niewykorzystanego salda. Czy to saldo zostanie
nam zwrócone po zakończeniu umowy, czy trzeba je wcześniej
„wyfrankować”? Jeśli zwrot, to na jakie konto i w jakim terminie?

Z poważaniem
Elżbieta Marczak"""),
("pl", "b66-pl-oplata-za-rysy-sad", "Robert Kalinowski <robert.kalinowski@example.pl>", "Obciążenie za zwrócone urządzenie", "billing", "high",
"""Dzień dobry,

po zakończeniu najmu oddaliśmy kopiarkę 12 kwietnia. Technik, który ją
odbierał, podpisał protokół bez żadnych uwag. Teraz dostaliśmy notę
obciążeniową na 1 200 zł za „rysy na obudowie i uszkodzenie podajnika”.
Nikt nam niczego nie pokazał, nie ma zdjęć.

Nie zapłacimy tej noty. Jeśli nie zostanie anulowana w ciągu 14 dni,
sprawa trafi do sądu, a protokół odbioru przedstawimy jako dowód.

Robert Kalinowski
Prezes Zarządu, Kalinowski Logistyka sp. z o.o."""),
("pl", "b66-pl-krzesla-nie-dotarly-chargeback", "Monika Pawlak <monika.pawlak@example.pl>", "zamówienie 88233", "billing", "high",
"""Zapłaciłam kartą 1 896 zł za 4 krzesła biurowe 3 maja. 20 maja
dostałam maila, że zamówienie anulowano, bo towaru nie ma. Od tamtej
pory piszę, dzwonię i słyszę, że „zwrot jest w realizacji”. Mamy
połowę czerwca.

Jeśli do piątku pieniądze nie wrócą, zgłaszam w banku chargeback i
niech bank to z Wami wyjaśnia.

Monika Pawlak"""),
("pl", "b66-pl-wizyty-serwisowe-w-abonamencie-przelozony", "Tadeusz Lis <tadeusz.lis@example.pl>", "Faktura za serwis - proszę o kontakt przełożonego", "billing", "high",
"""Dzien dobry,

mamy u Panstwa abonament serwisowy „All-in” na dwie drukarki, w ktorym
wedlug umowy wszystkie wizyty technika sa wliczone. Mimo to na fakturze
za maj widnieja trzy wizyty po 250 zl netto. Zglaszalem to juz dwa razy
konsultantom i za kazdym razem slysze, ze „przekaza dalej”.

Prosze, zeby w tej sprawie skontaktowal sie ze mna przelozony lub
kierownik dzialu rozliczen, a nie kolejny konsultant. Tel. 600 000 317.

Tadeusz Lis
Kierownik Administracji, Przychodnia Zdrowie, Sieradz"""),
("pl", "b66-pl-odp-przypomnienie-o-platnosci", "Księgowość Domex <ksiegowosc@domex-gniezno.example>", "Odp: Przypomnienie o płatności - FV/0992/05/24", "billing", "",
"""Dzień dobry,

ta faktura została opłacona 28 maja, w załączniku potwierdzenie
przelewu. Możliwe, że wpłata się nie przypisała, bo w tytule był numer
zamówienia zamiast numeru faktury. Proszę o sprawdzenie i anulowanie
przypomnienia.

Pozdrawiam
Iwona Gajewska
Księgowość, Domex

> Szanowni Państwo,
> uprzejmie przypominamy, że termin płatności faktury FV/0992/05/24 na
> kwotę 736,20 zł upłynął 31.05.2024. Prosimy o pilne uregulowanie
> należności.
> Dział Rozliczeń"""),
("pl", "b66-pl-spolka-wykreslona-kawa", "Wojciech Sobczak <wojciech.sobczak@example.pl>", "Kawa do biura", "billing", "",
"""Dzien dobry,

spolka Sobczak Design sp. z o.o. zostala z koncem maja postawiona w stan
likwidacji, biuro jest juz puste i nikt tam nie pije kawy. Prosze o
zakonczenie abonamentu na kawe ziarnista (189 zl miesiecznie) i nie
pobieranie kolejnych oplat. Korespondencje prosze kierowac do mnie jako
likwidatora.

Wojciech Sobczak"""),
("pl", "b66-pl-dzien-dobry-rozowe-wydruki", "Ewa Grabowska <ewa.grabowska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry,

od wczoraj drukarka w sekretariacie drukuje wszystko na różowo - nawet
czarny tekst wychodzi różowy, a zdjęcia jak z lat 80. Tonery
wskazują, że są pełne. Zrobiłam kalibrację kolorów z menu i nic.

Ewa Grabowska"""),
("pl", "b66-pl-przypomnienia-zla-godzina", "Łukasz Wieczorek <lukasz.wieczorek@example.pl>", "Przypomnienia w aplikacji", "technical", "",
"""Cześć, od razu mówię, że to nie sprawa płatności ani licencji.

Od zmiany czasu na letni aplikacja do rezerwacji biurek wysyła
przypomnienia o rezerwacji godzinę za późno, a w kalendarzu Outlooka
rezerwacje też są przesunięte o godzinę. Strefa czasowa w ustawieniach
jest Warszawa. Dotyczy to całego zespołu.

Łukasz"""),
("pl", "b66-pl-ekspres-nie-spienia", "Aleksandra Kubiak <ola.kubiak@example.pl>", "ekspres", "technical", "",
"""Hej, ekspres w kuchni na 2 piętrze przestał spieniać mleko, leci
ciepłe mleko bez piany. Czyściliśmy dyszę i przewód zgodnie z
instrukcją, program czyszczenia też przeszedł. Może ktoś przyjechać?
Ola, recepcja"""),
("pl", "b66-pl-kolko-krzesla-wypada", "Henryk Maciejewski <henryk.maciejewski@example.pl>", "Krzesło biurowe - kółko", "technical", "",
"""Dzień dobry,

w krześle, które kupiłem w marcu, jedno kółko co chwilę wypada z
podstawy, wystarczy przesunąć się po podłodze. Wciskam je z powrotem i
po godzinie znowu leży obok. Czy mogą Państwo przysłać nowe kółko albo
podpowiedzieć, co z tym zrobić?

Henryk Maciejewski"""),
("pl", "b66-pl-frankownica-nowy-cennik", "Sekretariat Urzędu Gminy <sekretariat@ug-kleszczow.example>", "Frankownica - nowe stawki", "technical", "",
"""Dzien dobry,

od 1 lipca obowiazuje nowy cennik Poczty Polskiej, a nasza frankownica
nadal nalicza stare oplaty. Probowalismy pobrac aktualizacje przez
polaczenie z serwerem, ale wyswietla sie "Blad polaczenia 0x21" i
koniec. Siec dziala, komputery maja internet.

Z powazaniem
Jolanta Mazurek"""),
("pl", "b66-pl-toner-sypie-sie", "Piotr Wróbel <piotr.wrobel@example.pl>", "toner się sypie", "technical", "",
"""Nowy toner z Państwa sklepu sypie się w środku drukarki. Na kartkach
są czarne kropki i smugi proszku, a na tacy odbiorczej zbiera się pył.
Poprzedni toner tej samej marki był w porządku. Co zrobić?
Piotr Wróbel"""),
("pl", "b66-pl-kod-sms-nie-przychodzi", "Natalia Kołodziej <natalia.kolodziej@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, przy logowaniu do konta firmowego w sklepie trzeba wpisać
kod z SMS-a, ale SMS w ogóle nie przychodzi. Numer w koncie jest
prawidłowy, inne SMS-y dostaję. Próbowałam kilka razy od rana.

Natalia Kołodziej"""),
("pl", "b66-pl-mysz-bateria-spuchla", "Jakub Adamczyk <jakub.adamczyk@example.pl>", "Mysz bezprzewodowa", "technical", "high",
"""Dzień dobry,

w jednej z myszek bezprzewodowych z akumulatorem, które kupiliśmy dla
biura (zestaw 15 sztuk), akumulator spuchł. Obudowa pękła od spodu,
myszka była bardzo gorąca i czuć było chemiczny zapach. Wyjęliśmy ją i
położyliśmy na metalowej tacy na balkonie.

Co z pozostałymi 14? Ładujemy je przez noc przy biurkach.

Jakub Adamczyk
IT, Adamczyk & Partnerzy"""),
("pl", "b66-pl-ekspres-woda-na-gniazdko", "Renata Szewczyk <renata.szewczyk@example.pl>", "Ekspres - podłączenie wody", "technical", "high",
"""Dzień dobry,

przy okazji sprzątania zauważyliśmy, że z podłączenia wody do ekspresu,
który montował Państwa serwisant w zeszłym miesiącu, kapie woda pod
szafką. Kapie prosto na listwę i gniazdko, do którego ekspres jest
podłączony. Na razie zakręciliśmy zawór i wyłączyliśmy bezpiecznik w
kuchni.

Prosimy o przysłanie kogoś do sprawdzenia instalacji.

Renata Szewczyk
Office Manager"""),
("pl", "b66-pl-kancelaria-nic-nie-wydrukowala", "Kancelaria Prawna Zawadzki <biuro@zawadzki-kancelaria.example>", "Kancelaria - od rana", "technical", "high",
"""Dzień dobry,

od ósmej rano nikt w kancelarii nie wydrukował ani nie zeskanował ani
jednej strony. Na wszystkich trzech urządzeniach od Państwa świeci
„Serwer wydruku niedostępny”. Dwanaście osób siedzi bez pracy, o 11
mamy podpisanie umowy u klienta, a dokumenty są tylko w komputerze.

Proszę o pilny kontakt: 22 000 41 90.

Marta Zawadzka
Kierownik Biura"""),
("pl", "b66-pl-szafka-kartotekowa-przewraca", "Stanisław Pietrzak <stanislaw.pietrzak@example.pl>", "Szafa kartotekowa", "technical", "high",
"""Dzien dobry,

szafa kartotekowa 4-szufladowa, ktora kupilismy w kwietniu, przechyla
sie do przodu, kiedy wysunie sie dwie gorne szuflady naraz. Dzis
pracownica ledwo ja przytrzymala, szafa jest pelna dokumentow i wazy
chyba ze sto kilo. Blokada szuflad najwyrazniej nie dziala. Mamy trzy
takie w archiwum.

Na razie zakazalismy z nich korzystac. Prosze o kontakt.

Stanislaw Pietrzak"""),
("pl", "b66-pl-serwis-nie-przyjechal-sla-kierownik", "Dorota Jankowska <dorota.jankowska@example.pl>", "Zgłoszenie 55120 - brak serwisu", "technical", "high",
"""Dzień dobry,

w umowie mamy czas reakcji serwisu 48 godzin. Zgłoszenie 55120 (drukarka
w dziale kadr zacina każdą kartkę) założyłam w poniedziałek, dziś jest
piątek i nikt się nie pojawił ani nie zadzwonił. Na infolinii słyszę
tylko, że „technik się odezwie”.

Proszę o przekazanie sprawy kierownikowi serwisu i telefon od niego
jeszcze dziś. 601 000 228.

Dorota Jankowska
Kierownik Kadr, Polmleko Łowicz"""),
("pl", "b66-pl-czytnik-kart-nie-chce-zwrotu", "Bartosz Górski <bartosz.gorski@example.pl>", "Czytnik kart przy biurkach", "technical", "",
"""Dzień dobry,

nie chodzi mi o zwrot pieniędzy, system nam się podoba. Ale czytniki
kart do meldowania się przy biurkach, które przyszły w zeszłym tygodniu,
nie czytają naszych kart dostępu (MIFARE). Czytnik piszczy na czerwono
i w aplikacji nic się nie pojawia. Czy trzeba coś skonfigurować?

Bartosz Górski
Administrator IT"""),
("pl", "b66-pl-podziekowanie-serwisant", "Halina Kozłowska <halina.kozlowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym podziękować panu Markowi z serwisu, który w piątek o 17:00,
już po godzinach, przyjechał do nas jeszcze raz, bo mieliśmy w
poniedziałek rano audyt. Był bardzo uprzejmy i wszystko nam wytłumaczył.
Takich pracowników trzeba doceniać.

Z wyrazami szacunku
Halina Kozłowska
Dyrektor, Dom Pomocy Społecznej w Kutnie"""),
("pl", "b66-pl-godziny-wigilia", "Zbigniew Król <zbigniew.krol@example.pl>", "Wigilia", "general", "",
"""Do której czynny jest sklep przy Piotrkowskiej w Łodzi w Wigilię? I czy
27 grudnia działa normalnie?"""),
("pl", "b66-pl-dostawa-przepustka-brama", "Recepcja Business Park <recepcja@sowiebp.example>", "Dostawy - wjazd na teren", "general", "",
"""Dzien dobry,

od poniedzialku wjazd na teren Business Parku jest tylko za
przepustka. Prosimy, aby kurier przy kazdej dostawie dla firmy Omega
(budynek C) podawal dzien wczesniej numer rejestracyjny auta na adres
recepcja@sowiebp.example. Bez tego ochrona nie wpusci samochodu.

Recepcja Business Park"""),
("pl", "b66-pl-zmiana-nazwiska-konto", "Joanna Wasilewska <joanna.wasilewska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, wyszłam za mąż i zmieniłam nazwisko z Malinowska na
Wasilewska. Proszę o zmianę nazwiska w moim koncie klienta. E-mail
podaję nowy, stary proszę usunąć (joanna.malinowska@example.pl).
Dziękuję!"""),
("pl", "b66-pl-historia-zamowien-audyt", "Anna Jasińska <anna.jasinska@example.pl>", "Historia zamówień za 5 lat", "general", "",
"""Dzień dobry,

na potrzeby audytu wewnętrznego potrzebujemy zestawienia wszystkich
naszych zamówień od 2019 roku (numer klienta 30-7721) - daty, produkty,
ilości. W panelu klienta widać tylko ostatnie 12 miesięcy. Czy mogą
nam Państwo przygotować taki wykaz, np. w Excelu?

Anna Jasińska
Dział Zakupów"""),
("pl", "b66-pl-sponsoring-turniej-szachowy", "Marek Olszewski <marek.olszewski@example.pl>", "Turniej szachowy dla dzieci", "general", "",
"""Dzień dobry,

jestem instruktorem szachowym w Miejskiej Bibliotece w Pile. We
wrześniu organizujemy turniej dla dzieci do lat 12 i szukamy
sponsorów nagród - zeszyty, piórniki, kredki. W zamian logo firmy na
dyplomach i plakatach. Czy byliby Państwo zainteresowani?

Marek Olszewski"""),
("pl", "b66-pl-ladowarka-zostala-showroom", "Adam Baran <adam.baran@example.pl>", "ładowarka", "general", "",
"""Dzien dobry, wczoraj bylem na pokazie mebli w Waszym showroomie w
Krakowie i chyba zostawilem ladowarke do laptopa Dell przy stole
konferencyjnym. Czy ktos ja znalazl? Moge odebrac w czwartek.
Adam Baran"""),
("pl", "b66-pl-pytanie-papier-b4", "Irena Czarnecka <irena.czarnecka@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy macie w ofercie papier do ksero w formacie B4? Nie
mogę znaleźć na stronie, a w urzędzie drukujemy na nim plany.
Irena"""),
("pl", "b66-pl-pilne-parking-sklep", "Sebastian Wójtowicz <seba.wojtowicz@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Czy przy sklepie na Grochowskiej jest parking dla dostawczaka?
Jadę jutro po 40 kartonów papieru i nie chcę parkować na ulicy!!!"""),
("pl", "b66-pl-wojna-o-zakreslacze", "Kinga Lewandowska <kinga.lewandowska@example.pl>", "zakreślacze", "general", "",
"""Hej! W naszym biurze toczy się regularna wojna o Wasze pastelowe
zakreślacze, ginę w ogniu pytań, kiedy będą następne 😅 Czy będzie
zestaw 12 kolorów, a nie tylko 6? I czy da się je kupić na sztuki?
Kinga"""),
("pl", "b66-pl-konsultant-rozlaczyl-przelozony", "Leszek Borkowski <leszek.borkowski@example.pl>", "Skarga na pracownika infolinii", "general", "high",
"""Dzień dobry,

dziś ok. 10:40 dzwoniłem na Państwa infolinię z pytaniem o termin
dostawy. Konsultant (przedstawił się jako Kamil) po moim drugim pytaniu
powiedział, że „nie ma czasu na takich klientów”, nazwał mnie
„upierdliwym dziadkiem” i się rozłączył. Mam 74 lata i jestem Państwa
klientem od 15 lat.

Żądam rozmowy z jego przełożonym i pisemnych przeprosin.

Leszek Borkowski"""),
("pl", "b66-pl-studzienka-parking-sklep", "Agata Zalewska <agata.zalewska@example.pl>", "Parking przed sklepem w Poznaniu", "general", "high",
"""Dzień dobry,

na parkingu przed Państwa sklepem na Głogowskiej, przy wózkach na
zakupy, od co najmniej dwóch dni jest otwarta studzienka bez pokrywy.
Nikt jej nie oznaczył, wieczorem jej nie widać. Moja córka prawie w nią
wpadła nogą. Zgłosiłam to przy kasie w środę - dziś nadal jest
otwarta.

Agata Zalewska"""),
("pl", "b66-pl-odp-ankieta-satysfakcji", "Mirosław Dąbrowski <miroslaw.dabrowski@example.pl>", "Odp: Jak oceniasz naszą obsługę?", "general", "",
"""Nie chce mi się klikać w te gwiazdki, więc piszę: obsługa 5/5. Zamówienie
przyszło dzień wcześniej niż obiecane, wszystko dobrze zapakowane, a pani
z działu handlowego pamiętała, że zawsze bierzemy papier 90 g, a nie 80.
Tak trzymać.

M. Dąbrowski

> Dzień dobry,
> dziękujemy za zakupy! Jak oceniasz naszą obsługę przy zamówieniu 88590?
> Kliknij, aby wystawić ocenę od 1 do 5 gwiazdek.
> Zespół Obsługi Klienta"""),
]
