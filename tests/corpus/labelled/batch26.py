# batch26.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Mostly food and small-shop businesses this time: supermarkets
# and grocery delivery, bakeries and cafes, restaurants, wine shops, meal
# kits, pet shops and groomers, florists, toy shops, baby products, bike
# shops and e-bikes.  The failure classes in new situations -- escalation
# demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise, payment questions -- and everyday mail of
# all three queues.  Same tuple format as the earlier batches.
M += [
# ---------------- English ----------------
("en", "b26-meal-kit-knee-op", "Maureen Ashworth <maureen.ashworth@example.co.uk>", "Boxes while I'm in hospital", "billing", "",
"""Hello,

I'm going in for a knee replacement on the 9th and I'll be at my
daughter's in Stockport for about six weeks afterwards, so there's no
point you sending the Tuesday box to my house. Could you stop it for
those weeks and not take the 38.50 each week? I'd like it to start up
again from the week of 23rd, if that's possible.

The lamb tagine last week was lovely by the way.

Many thanks,
Maureen Ashworth"""),
("en", "b26-biscuit-kibble-no-more", "Jarrah Nolan <jarrah.nolan@example.com.au>", "Biscuit", "billing", "",
"""Hi team,

Our old kelpie Biscuit had to be put down on Friday. She was 15 and had
a good innings. Can you please stop the monthly senior kibble delivery
(the $74.95 one) - the next one's due on the 3rd and we won't be
needing it. No other dogs in the house for now.

Cheers,
Jarrah"""),
("en", "b26-scone-charged-twice", "Siobhan Keane <siobhan.keane@example.ie>", "Charged twice at the Ranelagh cafe", "billing", "",
"""Hi there,

I had a flat white and a scone at your Ranelagh cafe on Saturday
morning, paid by tapping my card. There are two payments of EUR 8.40 on
my account from that morning, one minute apart. I only tapped once.
Could one of them be refunded please?

Thanks a million,
Siobhan"""),
("en", "b26-peonies-got-carnations", "Dana Whitfield <dana.whitfield@example.com>", "Order 58213", "billing", "",
"""Hello,

I ordered the "Blush Peony" bouquet for my mom's 70th, $89 plus
delivery. What arrived was mostly pink carnations with a few spray
roses. She liked it fine, but the carnation bouquet on your site is
$54. I'd like the difference refunded, or at least some of it.

Dana Whitfield
Columbus, OH"""),
("en", "b26-wedding-cake-two-parts", "Ananya Iyer <ananya.iyer@example.in>", "Wedding cake payment", "billing", "",
"""Dear Sir/Madam,

We have finalised the three-tier wedding cake with your Indiranagar
branch for 14 December, total Rs 18,500. Kindly let us know if it is
possible to pay 50% as advance now by UPI and the balance on the day of
delivery, and whether GST invoice will be given in my father's name.

Thanking you,
Ananya Iyer"""),
("en", "b26-delivery-saver-empty-nest", "Graham Royle <graham.royle@example.co.uk>", "Delivery Saver", "billing", "",
"""Afternoon,

With our youngest off to Leeds uni last week it's just the two of us now
and we only do a small shop every fortnight. The Delivery Saver at 7.99
a month doesn't make sense any more. Please finish it at the end of this
month and we'll pay per delivery.

Graham"""),
("en", "b26-two-fire-stations", "Hannah Pryce <hannah.pryce@example.co.uk>", "Swapping a present", "billing", "",
"""Hiya, my son got the same fire station set from two different aunties
for his birthday (typical!). One of them came from your Cardiff shop and
still has the gift receipt. Can I swap it for something else in store,
or do I have to take a credit note? Box is unopened.

Thanks, Hannah"""),
("en", "b26-ebike-deposit-store-manager", "Kevin Marsh <kevin.marsh@example.co.uk>", "Deposit for cancelled e-bike - want the manager", "billing", "high",
"""I put down a 400 deposit on the Cityline e-bike at your Brighton store
on 2 April. On 18 April the store rang to say the bike had been
discontinued and the order was cancelled. I was told the deposit would
be back on my card "in a few days". That was five weeks ago.

I have phoned three times and been told each time it has been "passed
on". I am not ringing a fourth time. I want the store manager to call me
personally and tell me when I will get my 400 back.

Kevin Marsh
07700 900451"""),
("en", "b26-wine-club-dispute", "Troy Delgado <troy.delgado@example.com>", "Cancelled in March", "billing", "high",
"""I cancelled my Cellar Club membership on March 12 by email and got a
reply from someone called Alyssa confirming it. You charged my Visa
$129.00 on April 15 anyway and shipped a case I never asked for (still
sealed on my porch, come get it).

Refund the $129 within five business days or I'm disputing the charge
with my card company. I've already saved the confirmation email.

Troy Delgado"""),
("en", "b26-groomer-noshow-fair-trading", "Belinda Costa <belinda.costa@example.com.au>", "No-show fee", "billing", "high",
"""Hello,

You've charged me a $60 "no-show fee" for Milo's groom on Thursday. We
didn't no-show. Your salon texted me at 8.15 that morning saying the
groomer was sick and asking to rebook, which I did (for next Tuesday).
I have the text.

I've asked twice at the counter for it to be reversed and been told
"the system does it automatically". If it isn't refunded by the end of
next week I'll be lodging a complaint with NSW Fair Trading.

Belinda Costa"""),
("en", "b26-party-deposit-ccpc", "Declan Fahy <declan.fahy@example.ie>", "Deposit for the 21st", "billing", "high",
"""To whom it concerns,

We booked your upstairs room for my daughter's 21st on 6 July and paid
a EUR 200 deposit. Two days before, the restaurant cancelled on us
because of a flood in the kitchen. Grand, these things happen. But it
is now the end of August and the deposit still hasn't been returned,
despite four emails and a visit in person.

If I do not have the full EUR 200 back within 14 days I will be making a
complaint to the CCPC and taking it to the Small Claims procedure. I'd
much rather not.

Declan Fahy
Tralee"""),
("en", "b26-not-app-price-per-serving", "Rachel Odell <rachel.odell@example.co.uk>", "Price per serving", "billing", "",
"""Hi, just to say first this isn't a problem with the app, it works
fine. It's the price. My plan was 3.99 a serving and this week it's
4.49 with no email or anything to warn me. I signed up at 3.99 in
January. Can you keep me on the old price or let me know why it's gone
up?

Rachel"""),
("en", "b26-re-voucher-lapsed", "Eileen Stokes <eileen.stokes@example.co.uk>", "Re: Your gift voucher", "billing", "",
"""Dear Sirs,

I'm sorry to bother you but I have only just found this voucher in a
drawer. It was a present from my late husband's colleagues and it
expired on 31 January. Would you be kind enough to extend it so that I
can have afternoon tea for two as intended?

Yours sincerely,
Mrs Eileen Stokes

> Dear Eileen,
> Please find attached your gift voucher for Afternoon Tea for Two
> (value 52.00). Voucher code AT-20931. Valid for 12 months.
> The Orangery Tearoom"""),
("en", "b26-subscribe-save-formula", "Kayla Brooks <kayla.brooks@example.com>", "subscribe and save??", "billing", "",
"""hey so I switched the formula to subscribe & save last week because it
says 15% off every order, but my order today was the full $42.99 per
tin, same as before. can you fix it and refund the 15% for this one?
thx
Kayla"""),
("en", "b26-grocery-app-basket-empties", "Paul Wetherall <paul.wetherall@example.co.uk>", "App", "technical", "",
"""Every time I pick a delivery slot in the app my whole basket empties
and I have to start again. Done it three times tonight. Android, latest
version of the app. Website works but it's a faff on the phone."""),
("en", "b26-ebike-e21-no-refund", "Martin Glover <martin.glover@example.co.uk>", "E21 on the display", "technical", "",
"""Hello,

I don't want to send the bike back or have my money back - I love it
and I use it to get to work every day. But since Monday the display
keeps flashing E21 and the motor cuts out, so I'm pedalling a 25 kg
bike up the hill on my own. Battery is fully charged. Turning it off
and on clears it for about five minutes.

What does E21 mean, and can I do anything about it myself?

Martin Glover"""),
("en", "b26-baby-monitor-drops-night", "Aoife Brennan <aoife.brennan@example.ie>", "Baby monitor keeps losing signal", "technical", "",
"""Hi, the video monitor we bought from you loses connection to the
parent unit two or three times a night, it beeps, says "out of range"
and then comes back after a minute. The camera is about 6 metres away
through one wall. It's wrecking what little sleep we get! Is there a
setting or channel I should change?

Aoife"""),
("en", "b26-reset-link-expired", "Rohit Malhotra <rohit.malhotra@example.in>", "Unable to login", "technical", "",
"""Hello Team,

I am not able to login to my account. I clicked on forgot password and
the reset link comes to my mail, but when I open it immediately it is
showing "This link has expired". I have tried 4 times from mobile and
laptop both. Please do the needful.

Regards,
Rohit Malhotra
Pune"""),
("en", "b26-hello-loyalty-qr-blank", "Jess Parkinson <jess.p@example.co.uk>", "Hello", "technical", "",
"""Hello, the barcode on the rewards page in your app is just a blank
white box since the update, so the girls at the bakery counter can't
scan it. Logged out and in again, same. iPhone 12."""),
("en", "b26-formula-prep-red-light", "Tash Nguyen <tash.nguyen@example.com.au>", "Formula machine", "technical", "",
"""Hi,

Our formula prep machine (bought from you in June) has started flashing
the red light and won't dispense anything, not even the hot shot. Tank
is full, filter is new, I've descaled it. It's 2am feeds here so any
quick tips would be amazing.

Tash"""),
("en", "b26-rc-truck-wont-charge", "Bill Sanderson <bill.sanderson@example.com>", "Remote control truck", "technical", "",
"""Bought the Monster Rock Crawler for my grandson last month. The battery
pack won't charge anymore. The light on the USB cable stays green the
whole time and the truck runs for maybe 30 seconds. Tried two different
plugs. Is the battery shot or is it the cable?

Bill"""),
("en", "b26-ebike-battery-hot-patio", "Fiona Leckie <fiona.leckie@example.co.uk>", "e-bike battery", "technical", "high",
"""Hello,

I don't want to make a big thing of this, and nothing actually happened,
but I thought you ought to know. Last night I charged the battery for
the Metro e-bike in the hall like always. When I went to take it off
the charger it was too hot to hold and there was a smell like hot
plastic. One end of the casing looks slightly swollen.

I've put it outside on the patio on the slabs, away from the house, and
I won't use it again. What should I do with it, and is it safe to
keep the charger?

Fiona Leckie"""),
("en", "b26-high-chair-leg-gave-way", "Ellie Foster <ellie.foster@example.co.uk>", "High chair", "technical", "high",
"""This morning one of the back legs on the Nook wooden high chair came
away from the seat while my 10-month-old was in it. The chair tipped
sideways and I only just caught her. She's fine. Looking at it, the
joint has cracked right through where the bolt goes in. We've had it
seven weeks and built it exactly as the instructions said.

I'm worried other families have the same one. Please can someone look
into it.

Ellie Foster"""),
("en", "b26-click-collect-tickets-missing", "Crumb & Co <hello@crumbandco.example>", "Click & collect", "technical", "high",
"""Hi,

People keep turning up at the counter this morning asking for their
click & collect orders and we've never heard of them. Nothing has come
through to the kitchen printer or the tablet since about 7am. Customers
can see a confirmation on their phone, we see nothing. We've had about
30 so far and we're trying to bake them on the spot with a queue out
the door.

Please ring the shop on 0161 496 0123.

Lauren, Crumb & Co bakery"""),
("en", "b26-restaurant-tablets-no-kitchen", "Olive & Ember <manager@oliveember.example>", "Friday", "technical", "high",
"""Since half six none of the waiters' handsets will send orders to the
kitchen screens - they just spin and then say "queued". We're running
tickets by hand on paper for a full restaurant on a Friday night and
food is going out 40 minutes late. Rebooted the router and the kitchen
screens already.

Call me on 07700 900882 - Tom (GM)"""),
("en", "b26-re-pet-feeder-double", "Ravi Chandran <ravi.chandran@example.com>", "Re: Ticket 44120", "technical", "",
"""Hi Megan,

Thanks, I did the recalibration like you said, but it's still dropping
two portions at 7am instead of one. The evening feed is fine. The cat
is not complaining but the vet will be.

Ravi

> Hi Ravi,
> Sorry to hear about the feeder. Please hold the portion button for
> 10 seconds until the light flashes blue to recalibrate, and then set
> the schedule again in the app.
> Megan, Customer Care"""),
("en", "b26-not-charge-card-message-crash", "Sandra Kowalczyk <sandra.k@example.com>", "Your website", "technical", "",
"""This isn't about a charge - I haven't been charged anything because I
can't get that far. When I get to the "add a card message" step your
site goes to a white page with "Error 500". Tried Chrome and Edge,
cleared cookies. I want to send flowers to my sister in Denver for
Friday."""),
("en", "b26-stephens-day-hours", "Niamh Gallagher <niamh.gallagher@example.ie>", "Opening", "general", "",
"""Hi are you open on St Stephen's Day and New Year's Day, and what time
does the Salthill shop close on Christmas Eve? Need to get the ham and
the brown bread in time. Thanks, Niamh"""),
("en", "b26-cake-to-die-for", "Shazia Rahman <shazia.rahman@example.com.au>", "THE CAKE", "general", "",
"""Just had to write. The salted caramel cake you made for my husband's
40th on Saturday was absolutely to die for. People were fighting over
the last slice - I nearly had a heart attack when my brother-in-law went
back for thirds. Please pass on a massive thank you to Jade who
decorated it, the little surfboard on top killed me.

Shaz"""),
("en", "b26-lost-rabbit-toy", "Charlotte Dunn <charlotte.dunn@example.co.uk>", "Lost - grey knitted rabbit", "general", "",
"""Hello, I think we left my little girl's grey knitted rabbit at your
Harrogate cafe yesterday around 11, we were in the window seats by the
high chairs. It has one ear longer than the other and a blue bow. She
is inconsolable. Has anyone handed it in?

Charlotte, 07700 900317"""),
("en", "b26-groceries-side-gate", "Marcus Bell <marcus.bell@example.com>", "URGENT - delivery Saturday", "general", "",
"""For Saturday's delivery (order ending 7731) please don't ring the
front bell, the baby will be napping. Go round the side gate (code
4412) and leave everything on the bench by the back door. The dog is
friendly, just loud. Thanks!"""),
("en", "b26-change-mobile-email", "Suresh Venkatraman <suresh.v@example.in>", "Updation of mobile number and email", "general", "",
"""Respected Sir/Madam,

Kindly update my registered mobile number in your records from
98450 12345 to 99001 67890 and the email to this new id. My old number
is no longer in use. Customer id is PS-22817.

Thanks and regards,
Suresh Venkatraman"""),
("en", "b26-subject-access-request", "Owen Pritchard <owen.pritchard@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all the personal
data you hold about me, including my order history, any notes on my
account, and any recordings of calls. My account is registered to this
email address.

Regards,
Owen Pritchard"""),
("en", "b26-under9s-jerseys", "Seán Moran <sean.moran@example.ie>", "Sponsorship for our U9s", "general", "",
"""Hi,

I coach the under-9 hurlers at St Brigid's GAA. The lads need new
jerseys for next season and we're looking for a local business to go on
the front. Your bike shop is just down the road from the pitch and half
the kids' bikes came from you! Would you be interested in having a chat?

Seán Moran
St Brigid's GAA club, Under 9s"""),
("en", "b26-question-tasting-evenings", "Lydia Carver <lydia.carver@example.co.uk>", "Question", "general", "",
"""Do you still run the Thursday tasting evenings at the Clifton shop? A
friend said you'd stopped. If you do, could I bring my partner who
doesn't drink, and is there anything to eat?"""),
("en", "b26-same-day-hospital-cutoff", "Gloria Mensah <gloria.mensah@example.com>", "Same-day delivery", "general", "",
"""Hi, what's the latest time I can order for same-day delivery to a
hospital? My aunt is at Mass General and I want something there today.
Also do you know if they allow flowers on the maternity floor?"""),
("en", "b26-groomer-told-off", "Penny Hargreaves <penny.hargreaves@example.co.uk>", "Saturday", "general", "",
"""I dropped Dougal off for his groom on Saturday and the young lady on
reception told me off in front of the whole waiting room because his
nails were "disgracefully long" and said "some people shouldn't have
dogs". I was mortified. He's a rescue and won't let me near his paws,
which is exactly why I was bringing him to you.

I've been coming for three years and never had anything like it. I'm not
after anything, I just think you should know how customers are being
spoken to.

Penny Hargreaves"""),
("en", "b26-driver-swore-father-supervisor", "Neha Kapoor <neha.kapoor@example.co.uk>", "Your driver and my father", "general", "high",
"""Your delivery driver came to my father's flat in Slough at about 4pm
today. My dad is 81 and walks with a frame, so he took a few minutes to
get to the door. The driver swore at him, dumped the crates on the
landing and drove off. The neighbour heard all of it and helped my dad
carry the shopping in.

This is completely unacceptable. I want this escalated to a supervisor
or area manager and I want a call back today, not an email with a
voucher.

Neha Kapoor"""),
("en", "b26-glass-ball-pit", "Damien Hurley <damien.hurley@example.com.au>", "Play area at your Parramatta restaurant", "general", "high",
"""Hi,

We had lunch at your Parramatta restaurant today and my son came out of
the ball pit in the kids' corner holding a piece of broken glass about
the size of a 20c coin. He's fine, no cuts. I handed it to a staff
member who thanked me and that was that - the pit was still open when
we left, with other little ones in it.

There may well be more in there. Someone should empty it out and check
it before more kids go in.

Damien"""),
("en", "b26-mechanic-thanks-chain", "Aisling Carey <aisling.carey@example.ie>", "Thank you to Colm", "general", "",
"""Just a quick note to say thanks to Colm in the Galway shop. My chain
came off and jammed on the way to work on Wednesday and I wheeled the
bike in covered in oil and close to tears. He had it sorted in ten
minutes, while chatting away, and even gave me wet wipes. Legend.

Aisling"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b26-gl-kava-syndromi-egkymosyni", "Marina Th. <marina.th@example.gr>", "Club krasiou", "billing", "",
"""Geia sas,

Eimai egkyos (!!) kai gia ton epomeno xrono toulaxiston den 8a pinw
krasi, opote den exei noima na mou erxetai to kivwtio me ta 6 boukalia
ka8e mhna. Mporeite na stamathsete th syndromh kai na mhn xrewsete ta
59 euro tou Oktwvriou? An 3anarthw meta 8a sas grapsw.

Eyxaristw,
Marina"""),
("el", "b26-tourta-vaftisis-prokatavoli", "Κατερίνα Λαμπράκη <k.lamprakh@example.gr>", "Τούρτα βάφτισης", "billing", "",
"""Καλησπέρα σας,

Είχαμε παραγγείλει στο ζαχαροπλαστείο σας στο Περιστέρι τούρτα για τη
βάφτιση της κόρης μας στις 12 Οκτωβρίου και δώσαμε προκαταβολή 60 €.
Δυστυχώς η βάφτιση αναβλήθηκε γιατί αρρώστησε ο νονός. Μπορούμε να
κρατήσετε την προκαταβολή για τη νέα ημερομηνία (μάλλον Νοέμβριο) ή
να μας την επιστρέψετε;

Ευχαριστώ πολύ,
Κατερίνα Λαμπράκη"""),
("el", "b26-gl-super-dipli-xreosi", "Kostas P. <kostas.p@example.gr>", "Paraggelia 90412", "billing", "",
"""kalhspera, h paraggelia 90412 apo to super (ta pswnia ths Pempths,
63,80) xrewthike dyo fores sthn karta. to vlepw sto e-banking, dyo
kinhseis idio poso idia wra. phra mono mia paradosh. pws 8a mou
epistrafei h mia?"""),
("el", "b26-stefani-timologio-etaireia", "Λογιστήριο Αφοί Σαρρή <logistirio@sarris-oe.example>", "Τιμολόγιο για στεφάνι", "billing", "",
"""Καλημέρα σας,

Χθες στείλαμε από το ανθοπωλείο σας στεφάνι στην κηδεία του κ.
Μαυρίδη στο Α΄ Νεκροταφείο, παραγγελία 3317, 85 €. Η απόδειξη βγήκε
λιανικής. Παρακαλούμε εκδώστε τιμολόγιο στην εταιρεία:

ΑΦΟΙ ΣΑΡΡΗ Ο.Ε.
ΑΦΜ 094123456, ΔΟΥ Α΄ Πειραιά
Γρ. Λαμπράκη 112, Πειραιάς

Ευχαριστούμε,
Βούλα Κ., Λογιστήριο"""),
("el", "b26-gata-efyge-trofi", "Αγγελική Σταυροπούλου <angeliki.stavr@example.gr>", "Αυτόματη αποστολή τροφής", "billing", "",
"""Καλησπερα,

Η γατουλα μας η Ζουζου εφυγε την περασμενη εβδομαδα, ηταν 17 χρονων.
Σας παρακαλω σταματηστε την αυτοματη αποστολη της νεφρικης τροφης
καθε μηνα (32,40 €) γιατι δεν υπαρχει λογος πια. Αν εχει ηδη ξεκινησει
η επομενη αποστολη, κρατηστε την για καποιο καταφυγιο αν γινεται.

Αγγελικη"""),
("el", "b26-ilektriko-podilato-doseis", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας. Ενδιαφέρομαι για το ηλεκτρικό ποδήλατο πόλης Urban E7 που
έχετε στα 1.890 €. Γίνεται να το πάρω σε 12 άτοκες δόσεις με πιστωτική
Eurobank; Και αν το παραγγείλω από το site, οι δόσεις μπαίνουν εκεί ή
μόνο στο κατάστημα στη Λάρισα;"""),
("el", "b26-gl-allagi-paixnidiou-dwro", "Eleni Ts. <eleni.ts@example.gr>", "Allagh", "billing", "",
"""Geia! O mikros phre dwro gia th giorth tou to idio kastro twn ippotwn
apo dyo nones, to ena apo to katasthma sas sto Marousi me apodeixh
dwrou. Mporw na to allaxw me kati allo h 8a mou dwsete pistwtiko?
Einai sfragismeno sto kouti tou.

Elenh"""),
("el", "b26-karotsi-epistrofi-proistamenos", "Σταύρος Νικολαΐδης <stavros.nikolaidis@example.gr>", "Επιστροφή καροτσιού - ζητώ προϊστάμενο", "billing", "high",
"""Κύριοι,

Στις 3 Σεπτεμβρίου επέστρεψα στο κατάστημά σας στη Θεσσαλονίκη (Τσιμισκή)
το καρότσι Duo Travel, αχρησιμοποίητο, μέσα στις 14 ημέρες, με την
απόδειξη. Μου έδωσαν χαρτί παραλαβής και μου είπαν ότι τα 649 € θα
επιστραφούν στην κάρτα σε 5 εργάσιμες. Σήμερα είναι 8 Οκτωβρίου.

Έχω τηλεφωνήσει πέντε φορές. Κάθε φορά «το έχουμε προωθήσει». Ζητώ να
με καλέσει σήμερα ο προϊστάμενος του καταστήματος ή κάποιος υπεύθυνος
από τα κεντρικά, στο 6944 000 321.

Σταύρος Νικολαΐδης"""),
("el", "b26-gl-meal-kit-amfisvitisi-trapeza", "Alexandros M. <alex.m@example.gr>", "XREWSH META THN AKYRWSH", "billing", "high",
"""Akyrwsa th syndromh sta koutia fagitou stis 2 tou mhna apo to app kai
exw screenshot me to "h syndromh sas akyrw8hke". Sthn 9 tou mhna me
xrewsate 47,60 kai steilate kai kouti.

An den epistrafoun ta xrhmata mexri thn Paraskeyh 8a kanw
amfisvhthsh ths xrewshs sthn trapeza. Den exw allh diathesh na grafw
emails.

Alexandros"""),
("el", "b26-taverna-prokatavoli-synigoros", "Μαρία Κωνσταντίνου <maria.konst@example.gr>", "Προκαταβολή για το τραπέζι της Κυριακής", "billing", "high",
"""Αξιότιμοι κύριοι,

Για τα 80α γενέθλια του πατέρα μου είχαμε κλείσει στην ταβέρνα σας στο
Πόρτο Ράφτη τραπέζι για 30 άτομα στις 15 Σεπτεμβρίου και καταθέσαμε
προκαταβολή 300 €. Την Παρασκευή πριν μας ενημερώσατε τηλεφωνικά ότι
«δεν γίνεται τελικά γιατί έχετε γάμο» και ότι θα επιστρέψετε τα
χρήματα. Ένα μήνα μετά δεν έχουμε δει τίποτα και δεν απαντάτε στο
τηλέφωνο.

Αν δεν επιστραφούν τα 300 € μέσα σε δέκα ημέρες, θα απευθυνθώ στον
Συνήγορο του Καταναλωτή και θα κάνω καταγγελία στη Γενική Γραμματεία
Εμπορίου.

Μαρία Κωνσταντίνου"""),
("el", "b26-kouponi-10-den-perase", "Νίκος Αθανασίου <nikos.athanasiou@example.gr>", "Κουπόνι", "billing", "",
"""Καλημέρα, είχα κουπόνι 10 € από την προηγούμενη παραγγελία (κωδικός
PET10-7734) και το έβαλα στην παραγγελία για την άμμο και τις
κονσέρβες, έγραψε «εφαρμόστηκε» αλλά στο τέλος πλήρωσα ολόκληρο το
ποσό, 46,20 €. Μπορείτε να μου επιστρέψετε τα 10 €;"""),
("el", "b26-gl-oxi-texniko-metaforika", "Christina V. <christina.v@example.gr>", "Metaforika", "billing", "",
"""Kalhmera, den einai 8ema ths efarmoghs, douleyei mia xara. Apla sthn
paraggelia mou apo to fourno (28,50 eurw) mou xrewsate kai 2,50
metaforika enw grafete oti panw apo 15 eurw h paradosh einai dwrean.
Mporeite na to koitaxete?

Xristina"""),
("el", "b26-re-leipoun-proionta-paraggelia", "Ευδοκία Μαρκοπούλου <evdokia.mark@example.gr>", "Re: Η παραγγελία σας 48812 παραδόθηκε", "billing", "",
"""Παραδόθηκε αλλά όχι ολόκληρη. Λείπουν το γάλα 1,5 λίτρο, τα αυγά
(εξάδα) και το φέτα βαρέλι 400γρ, που όμως χρεώθηκαν. Σύνολο 9,87 €.
Παρακαλώ να μου τα επιστρέψετε.

Ευδοκία

> Αγαπητή πελάτισσα,
> η παραγγελία σας 48812 παραδόθηκε σήμερα στις 18:42.
> Ευχαριστούμε που ψωνίζετε από εμάς!"""),
("el", "b26-service-podilatou-dikigoros", "Ιωάννης Δρακόπουλος <i.drakopoulos@example.gr>", "Χρέωση σέρβις χωρίς έγκριση", "billing", "high",
"""Κύριοι,

Στις 20 Σεπτεμβρίου άφησα στο κατάστημά σας στο Χαλάνδρι το ποδήλατό
μου για ένα απλό σέρβις φρένων, για το οποίο μου δώσατε τιμή 35 €. Όταν
πήγα να το παραλάβω μου ζητήσατε 214 € για αλλαγή αλυσίδας, κασέτας και
ελαστικών, εργασίες που δεν ενέκρινα ποτέ. Πλήρωσα για να μη μείνω
χωρίς ποδήλατο, με επιφύλαξη.

Έχω δώσει ήδη το θέμα στον δικηγόρο μου. Απαιτώ την επιστροφή των 179 €
της διαφοράς εντός επτά ημερών, διαφορετικά θα κινηθώ νομικά.

Ιωάννης Δρακόπουλος"""),
("el", "b26-gl-app-super-kollaei-kalathi", "Thanasis G. <thanasis.g@example.gr>", "to app", "technical", "",
"""to app tou super kollaei otan pataw "oloklhrwsh" sto kala8i, gyrnaei
enas kyklos kai meta bgainei apo mono tou. Android, to exw enhmerwsei.
apo to laptop doulevei, apo to kinhto oxi."""),
("el", "b26-ilektriko-podilato-den-fortizei", "Γεράσιμος Βλαχόπουλος <gerasimos.vl@example.gr>", "Το ποδήλατο δεν φορτίζει", "technical", "",
"""Καλησπέρα,

Το ηλεκτρικό ποδήλατο που πήρα τον Μάιο σταμάτησε να φορτίζει. Όταν
βάζω τον φορτιστή στην μπαταρία, το λαμπάκι του φορτιστή γίνεται
πράσινο αμέσως, σαν να είναι γεμάτη, αλλά η οθόνη δείχνει μία μπάρα
και σε 3 χιλιόμετρα σβήνει. Δοκίμασα και σε άλλη πρίζα.

Τι μπορεί να φταίει;

Γεράσιμος"""),
("el", "b26-kamera-mwrou-xoris-eikona", "Δανάη Φωτίου <danai.fotiou@example.gr>", "Κάμερα μωρού", "technical", "",
"""Γεια σας, η κάμερα παρακολούθησης μωρού που αγοράσαμε από το
κατάστημά σας στο Ηράκλειο δείχνει στην εφαρμογή «εκτός σύνδεσης» από
χθες το βράδυ. Το φωτάκι της κάμερας αναβοσβήνει πορτοκαλί. Το wifi
στο σπίτι δουλεύει κανονικά. Να την επαναφέρω στις εργοστασιακές;"""),
("el", "b26-gl-kwdikos-den-douleyei", "Vasw K. <vaso.k@example.gr>", "login", "technical", "",
"""Den mporw na mpw sto logariasmo mou. Evala neo kwdiko apo to
"3exasa ton kwdiko" kai mou leei "la8os stoixeia" pali. Exw dokimasei
kai me kefalaia kai xwris. Ti na kanw?"""),
("el", "b26-taistra-gatas-wifi", "Χρήστος Ανδρεάδης <christos.andreadis@example.gr>", "Αυτόματη ταΐστρα", "technical", "",
"""Καλησπερα. Η αυτοματη ταιστρα για γατες που πηρα απο το pet shop σας
δεν συνδεεται στο wifi. Η εφαρμογη ψαχνει 2 λεπτα και μετα λεει
«αποτυχια συνδεσης». Το router ειναι διπλα. Εχει σημασια οτι ειναι
5GHz;"""),
("el", "b26-drone-den-syndeetai", "Μιχάλης Κοντός <michalis.kontos@example.gr>", "Drone για παιδιά", "technical", "",
"""Καλημέρα σας. Πήραμε για τον γιο μου το μικρό drone με κάμερα από
το κατάστημα παιχνιδιών σας. Το χειριστήριο δεν «πιάνει» το drone,
τα λαμπάκια αναβοσβήνουν συνέχεια. Έχουμε βάλει καινούργιες μπαταρίες
στο χειριστήριο και έχουμε φορτίσει το drone. Κάνουμε κάτι λάθος;"""),
("el", "b26-gl-re-aitima-diefthynsi-den-dexetai", "Lefteris N. <lefteris.n@example.gr>", "Re: Aithma 3312", "technical", "",
"""Dokimasa kai apo allo browser opws eipate, to idio. H selida
paraggelias tou fournou den dexetai th dieythynsh mou, leei "ektos
periohs e3yphrethshs" enw menw dyo stena parakatw. Odos Agias
Lavras 14, Byrwnas.

Lefteris

> Agaphte Leyterh, parakalw dokimaste apo allo browser h katharisete
> ta cookies kai 3anadokimaste.
> Omada e3yphrethshs"""),
("el", "b26-patini-mpataria-foyskose", "Ευάγγελος Σαββίδης <e.savvidis@example.gr>", "Μπαταρία ποδηλάτου", "technical", "high",
"""Καλησπέρα,

Σας γράφω ήρεμα, δεν έγινε κάτι σοβαρό, αλλά νομίζω ότι πρέπει να το
ξέρετε. Η μπαταρία του ηλεκτρικού ποδηλάτου (Trekking E5, αγορά
Μάρτιο) χθες ενώ φόρτιζε άρχισε να κάνει ένα σφύριγμα και βγήκε λίγος
άσπρος καπνός από τη μία άκρη. Την αποσύνδεσα αμέσως και την έβγαλα
στο μπαλκόνι, σε ένα κουβά με άμμο. Το περίβλημα έχει φουσκώσει.

Τι κάνω τώρα με αυτήν; Δεν θέλω να την ξαναμπάσω στο σπίτι.

Ευάγγελος Σαββίδης"""),
("el", "b26-magnitikes-mpales-paixnidi", "Σοφία Αλεξίου <sofia.alexiou@example.gr>", "Σετ με μαγνήτες", "technical", "high",
"""Καλησπέρα σας,

Αγοράσαμε το σετ κατασκευών με μαγνήτες για παιδιά 3+ από το κατάστημά
σας. Μετά από δύο μέρες, από τρία κομμάτια έχει ξεκολλήσει το πλαστικό
και έχουν βγει έξω οι μικρές μαγνητικές μπίλιες. Βρήκα μία στο χαλί
δίπλα στον μικρό μου που είναι 2 χρονών. Αν καταπιεί δύο από αυτές
είναι πολύ επικίνδυνο.

Το μαζέψαμε όλο και το κλείσαμε σε ντουλάπι. Νομίζω ότι πρέπει να το
ελέγξετε, πουλιέται για μικρά παιδιά.

Σοφία Αλεξίου"""),
("el", "b26-gl-fournos-paraggelies-tablet", "Fournos Stavrou <info@fournos-stavrou.example>", "tablet", "technical", "high",
"""Kalhmera, apo tis 6 to prwi to tablet me tis online paraggelies den
vgazei tipota, oute hxo oute paraggelia. Oi pelates erxontai na paroun
ta koulouria kai tis tyropites pou paraggeilan kai emeis den 3eroume
tipota. Exoun er8ei hdh kanena eikosari kai merikoi fygan
nevriasmenoi. Exoume kai 3 paraggelies gia grafeia gia tis 9.

Pareste mas thlefwno sto 210 000 4455 - Stauros"""),
("el", "b26-kava-eshop-oi-paraggelies-stamatisan", "Κάβα Ο Μπαχούς <eshop@kava-bachous.example>", "e-shop", "technical", "high",
"""Καλησπέρα,

Από χθες το μεσημέρι δεν έχουμε πάρει ούτε μία παραγγελία από το
e-shop που φιλοξενείτε, ενώ τέτοια εποχή (εβδομάδα πριν τα
Χριστούγεννα) παίρνουμε 60-70 τη μέρα. Πελάτες μάς παίρνουν τηλέφωνο
και λένε ότι πατάνε «Ολοκλήρωση» και η σελίδα απλώς ξαναφορτώνει. Τα
εταιρικά δώρα πρέπει να φύγουν μέχρι την Πέμπτη.

Παρακαλούμε να το δείτε άμεσα.

Κώστας Ρήγος
Κάβα «Ο Μπαχούς», Καλαμαριά"""),
("el", "b26-thermantiras-biberon", "Ραλλού Πετράκη <rallou.petraki@example.gr>", "Θερμαντήρας μπιμπερό", "technical", "",
"""Καλησπερα σας, ο θερμαντηρας για μπιμπερο που αγορασα πριν ενα μηνα
δεν ζεσταινει πια. Αναβει το πρασινο λαμπακι, περιμενω 10 λεπτα και
το γαλα ειναι κρυο. Εβαλα νερο μεχρι τη γραμμη οπως λεει. Υπαρχει
καποια ρυθμιση που μου διαφευγει;"""),
("el", "b26-gl-den-thelo-lefta-efarmogi-podilatou", "Giorgos Ath. <giorgos.ath@example.gr>", "Efarmogh podhlatou", "technical", "",
"""Kalhspera, na to pw apo thn arxh: den 8elw na epistrepsw to
podhlato oute ta lefta mou pisw, to podhlato einai teleio. Apla h
efarmogh sto kinhto den vriskei to podhlato mesw Bluetooth, opote den
vlepw mpataria kai xiliometra. Exw iPhone 13, to Bluetooth einai
anoixto, exw dwsei adeia topo8esias.

Giorgos"""),
("el", "b26-orario-dekapentavgoustos", "Ευτυχία Μαυράκη <eftychia.mavraki@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα σας, θα είναι ανοιχτός ο φούρνος στην Κυψέλη τον
Δεκαπενταύγουστο; Και αν ναι, μέχρι τι ώρα; Ευχαριστώ."""),
("el", "b26-gl-eyxaristo-anthopoleio", "Nefeli S. <nefeli.s@example.gr>", "Eyxaristw!!!", "general", "",
"""Hthela na sas pw ena megalo eyxaristw! H anthodesmh pou steilate sth
giagia mou sta Xania gia ta 90 ths htan panemorfh, h giagia eklaige apo
th xara ths. Kai o kyrios pou thn paredwse ths ekane kai parea ligo.
Na eiste kala!!

Nefeli"""),
("el", "b26-xexasame-tsanta-taverna", "Γιώργος Παπανικολάου <g.papanikolaou@example.gr>", "Ξεχάσαμε μια τσάντα", "general", "",
"""Καλησπέρα,

Το Σάββατο το βράδυ φάγαμε στην ταβέρνα σας στην Αίγινα, στο τραπέζι
δίπλα στη θάλασσα, και η γυναίκα μου ξέχασε μια μικρή ψάθινη τσάντα
με γυαλιά ηλίου μέσα. Μήπως τη βρήκε κανείς; Μπορούμε να περάσουμε
την Κυριακή με το πλοίο.

Γιώργος Παπανικολάου
6972 000 118"""),
("el", "b26-gl-odigies-paradosis-koudouni", "Dimitra L. <dimitra.l@example.gr>", "EPEIGON - paradosh aurio", "general", "",
"""Gia thn aurianh paradosh: to koudouni grafei "Papadakh" oxi to
onoma mou, 3os orofos xwris asanser. An den anoigw afhste ta
pragmata sth geitonissa ston 2o, thn kyria Froso, 3erei. Eyxaristw!"""),
("el", "b26-allagi-dieythynsis-logariasmou", "Θεοδώρα Κουτσού <theodora.koutsou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Γεια σας, μετακομίσαμε. Παρακαλώ αλλάξτε τη διεύθυνση στον λογαριασμό
μου από Ιπποκράτους 40, Αθήνα σε Ανδρέα Παπανδρέου 7, Χολαργός, ΤΚ
15561. Το τηλέφωνο μένει ίδιο.

Θεοδώρα Κουτσού"""),
("el", "b26-gdpr-diagrafi", "Πέτρος Ζαχαρίου <petros.zachariou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας και τη διαγραφή μου από τη λίστα
αποστολής προσφορών με SMS. Ο λογαριασμός είναι στο όνομα Πέτρος
Ζαχαρίου με αυτό το email.

Παρακαλώ επιβεβαιώστε μου γραπτώς.

Πέτρος Ζαχαρίου"""),
("el", "b26-xorigia-omada-mpasket", "Α.Σ. Αετός Αγρινίου <info@aetos-agriniou.example>", "Χορηγία ομάδας", "general", "",
"""Αγαπητοί φίλοι,

Ο Αθλητικός Σύλλογος «Αετός» Αγρινίου έχει 120 παιδιά στα τμήματα
μπάσκετ. Για τη νέα χρονιά ψάχνουμε χορηγό για τις φανέλες των
μικρών τμημάτων και σκεφτήκαμε το κατάστημά σας με τα ποδήλατα, που
είναι σημείο αναφοράς στην πόλη. Θα θέλατε να το συζητήσουμε;

Με εκτίμηση,
Βασίλης Τζιώτης, Γραμματέας"""),
("el", "b26-gefsignosia-ekdilosi", "Άννα Κυριακίδου <anna.kyriakidou@example.gr>", "Γευσιγνωσία", "general", "",
"""Καλησπέρα, είδα στο Instagram ότι κάνετε βραδιές γευσιγνωσίας με
κρασιά από τη Νεμέα. Πότε είναι η επόμενη και πρέπει να δηλώσουμε
συμμετοχή από πριν; Θα ερχόμασταν τέσσερα άτομα."""),
("el", "b26-gl-erotisi-trofi-skantzoxoiro", "Spyros D. <spyros.d@example.gr>", "Erwthsh", "general", "",
"""geia sas, exete trofh gia skantzoxoirous? vrhkame enan mikro ston
khpo kai o kthniatros eipe na mhn tou dinoume gala. exete kati sto
pet shop sto Peristeri h na rwthsw allou?"""),
("el", "b26-kommotirio-skylon-symperifora", "Ελισάβετ Ραφαηλίδου <elisavet.raf@example.gr>", "Η επίσκεψη της Τετάρτης", "general", "",
"""Καλησπέρα,

Την Τετάρτη πήγα τη Μπέλλα για κούρεμα στο κομμωτήριο σκύλων σας και ο
κύριος που την παρέλαβε μου μίλησε πολύ απότομα επειδή άργησα πέντε
λεπτά λόγω κίνησης. Μου είπε μπροστά σε άλλους πελάτες ότι «εδώ δεν
είμαστε για να περιμένουμε τον καθένα». Η δουλειά στη Μπέλλα ήταν
πολύ καλή, αλλά δεν μου άρεσε καθόλου ο τρόπος.

Απλώς ήθελα να το ξέρετε.

Ελισάβετ"""),
("el", "b26-ypallilos-fonaxe-mitera-diefthyntis", "Αικατερίνη Μπούρα <a.boura@example.gr>", "Συμπεριφορά υπαλλήλου στο ταμείο", "general", "high",
"""Κύριοι,

Χθες το απόγευμα η μητέρα μου, 79 ετών, ψώνιζε στο σούπερ μάρκετ σας
στην Καλλιθέα. Επειδή αργούσε να βρει τα κέρματα στο ταμείο, η
ταμίας της φώναξε «άντε κυρία μου, δεν έχουμε όλη μέρα» και της πέταξε
τα ψώνια στην άκρη. Η μητέρα μου γύρισε σπίτι κλαίγοντας.

Ζητώ να μιλήσω με τον διευθυντή του καταστήματος ή με τον υπεύθυνο
περιοχής. Περιμένω τηλεφώνημα στο 6977 000 654.

Αικατερίνη Μπούρα"""),
("el", "b26-gl-spasmeno-skali-zaxaroplasteio", "Takis Mourt. <takis.m@example.gr>", "To skali sthn eisodo", "general", "high",
"""Kalhspera, hremos to grafw alla to 8ewrw shmantiko. To marmarino
skali sthn eisodo tou zaxaroplasteiou sas sthn Nea Smyrnh einai
spasmeno sthn akrh kai kounietai. Shmera h mhtera mou (82) pathse panw
kai paraligo na pesei, thn krathse enas kyrios. Dinete sto skali
mono ena xarti "prosoxh". Kapoios 8a xtyphsei sobara, ftiaxte to.

Takhs"""),
("el", "b26-gl-bravo-podilatadiko", "Manos Ch. <manos.ch@example.gr>", "Bravo", "general", "",
"""Ena bravo sto paidi sto podhlatadiko sthn Patra (nomizw Aggelos
legetai). Mou e3hghse me ypomonh pws na allazw sampresa monos mou kai
mou edeixe kai pws na rythmizw ta frena. Spania vriskeis tetoia
e3yphrethsh. Eyxaristw!"""),
# ---------------- Spanish ----------------
("es", "b26-caja-menu-erasmus", "Irene Salcedo <irene.salcedo@example.es>", "Me voy de Erasmus", "billing", "",
"""¡Hola!

En septiembre me voy de Erasmus a Lyon todo el curso, así que no voy a
estar en el piso para recibir la caja de recetas de los lunes. Por
favor dadla de baja a partir del 1 de septiembre y no me cobréis los
42,90 € de ese mes. Si vuelvo en junio ya os escribo.

Gracias por todo, ¡las lentejas con chorizo del mes pasado eran lo
mejor!

Irene"""),
("es", "b26-cobro-doble-super-mxn", "Ricardo Olvera <ricardo.olvera@example.com.mx>", "Pedido 771045", "billing", "",
"""Buenas tardes,

El pedido 771045 del súper a domicilio (despensa de la semana, $1,286.50
MXN) me aparece cargado dos veces en mi tarjeta BBVA, el mismo día y a
la misma hora. Solo recibí una entrega. ¿Me pueden regresar el cargo
duplicado, por favor?

Saludos,
Ricardo Olvera
Guadalajara, Jal."""),
("es", "b26-factura-a-monotributo", "Lucía Ferreyra <lucia.ferreyra@example.com.ar>", "Factura", "billing", "",
"""Hola, ¿qué tal? Les compro todas las semanas las medialunas y el pan
para el café que tengo en Palermo. Necesito que me hagan factura A a
nombre del café en vez del ticket, porque si no mi contador me mata.
CUIT 30-71234567-8, razón social Café Ferreyra SRL. ¿Se puede hacer
también con las compras de este mes?

Gracias!
Lu"""),
("es", "b26-pago-nequi-floristeria", "Valentina Ospina <vale.ospina@example.com.co>", "Formas de pago", "billing", "",
"""Hola buenas, quiero encargar un ramo de girasoles para el grado de mi
hermana el sábado en Medellín. ¿Ustedes reciben pago por Nequi o
Daviplata, o solo con tarjeta? Es que no tengo tarjeta de crédito.
Muchas gracias!!"""),
("es", "b26-bono-banos-perro-fallecio", "Montserrat Vives <montse.vives@example.es>", "Bono de baños de Rufo", "billing", "",
"""Buenos días:

El mes pasado compré en su peluquería canina de Gràcia un bono de cinco
baños para Rufo, por 95 €, y solo llegamos a usar uno. Rufo murió hace
dos semanas; tenía ya 14 años. No tenemos otro perro. ¿Sería posible
que me devolvieran la parte de los cuatro baños que no hemos usado?

Gracias por cuidarlo siempre tan bien.

Montserrat Vives"""),
("es", "b26-cambio-juguete-chile", "Francisca Muñoz <francisca.munoz@example.cl>", "Cambio", "billing", "",
"""Hola! Para el cumpleaños de mi hijo le regalaron la pista de autos
dos veces, una comprada en su tienda del Mall Plaza Vespucio. Tengo la
boleta de regalo y la caja está sin abrir. ¿Puedo cambiarla por otra
cosa o me devuelven la plata? Gracias, Francisca"""),
("es", "b26-bici-plazos-sin-tildes", "Jorge Caballero <jorge.caballero@example.es>", "bici a plazos", "billing", "",
"""buenas, me interesa la bici electrica de montaña que teneis a 2.299
euros. se puede pagar a plazos sin intereses? cuantos meses como
maximo? y si la compro en la web puedo pagarla a plazos igual o solo en
la tienda de Zaragoza?
gracias
Jorge"""),
("es", "b26-club-vinos-medico", "Arturo Santillán <arturo.santillan@example.com.mx>", "Club de vinos", "billing", "",
"""Estimados señores:

Por indicación de mi médico tengo que dejar el alcohol por completo, así
que lamentablemente ya no podré seguir en el Club de Vinos. Les
agradeceré que no me hagan el cargo de $890 del próximo mes y que no me
envíen la caja de noviembre.

Ha sido un gusto. Saludos cordiales,
Arturo Santillán"""),
("es", "b26-cuna-devolucion-omic", "Beatriz Llorente <beatriz.llorente@example.es>", "Devolución de la cuna - pedido 30422", "billing", "high",
"""Buenos días:

El 5 de septiembre devolví la cuna colecho del pedido 30422, sin montar
y en su caja original, dentro del plazo de 14 días. El transportista la
recogió y tengo el justificante. Hoy, más de un mes después, no he
recibido los 239 € y cada vez que llamo me dicen que «está en revisión».

Si en el plazo de diez días no tengo el reembolso, pondré una
reclamación en la OMIC de mi ayuntamiento y acudiré a la Junta Arbitral
de Consumo.

Beatriz Llorente"""),
("es", "b26-sena-ebike-defensa-consumidor", "Martín Gauna <martin.gauna@example.com.ar>", "Seña de la bici eléctrica", "billing", "high",
"""Hola. En julio dejé una seña de $350.000 por una bici eléctrica
plegable que me dijeron que llegaba en 30 días. Pasaron tres meses, la
bici no llegó y ahora me dicen que no la van a traer más. Pedí que me
devuelvan la seña y me contestan que "se la podemos dejar a cuenta de
otra bici". No quiero otra bici, quiero mi plata.

Si esta semana no me la devuelven, hago la denuncia en Defensa del
Consumidor. Ya tengo todo juntado.

Martín Gauna"""),
("es", "b26-cargo-restaurante-profeco", "Daniela Quiroz <daniela.quiroz@example.com.mx>", "Cargo que no reconozco", "billing", "high",
"""Buenas noches,

El viernes cenamos en su restaurante de Polanco, la cuenta fue de
$2,340 y pagué con tarjeta. Hoy veo en mi estado de cuenta un segundo
cargo de $2,340 del mismo restaurante con fecha del sábado, cuando ni
siquiera estábamos en la ciudad.

Ya reporté el cargo a mi banco para que lo desconozcan y, si no me dan
una respuesta clara, también pondré una queja en Profeco.

Daniela Quiroz"""),
("es", "b26-super-reembolso-responsable", "Ángel Cuesta <angel.cuesta@example.es>", "Quiero hablar con un responsable", "billing", "high",
"""Llevo TRES semanas esperando el reembolso de 64,30 € del pedido
98871, que me llegó con la cadena de frío rota (todo el congelado
descongelado) y que me dijisteis que me devolvíais entero. He hablado
con cuatro personas distintas del chat y cada una me dice una cosa.

No quiero hablar con nadie más del chat. Quiero que me llame un
responsable o un supervisor y me diga cuándo voy a tener mi dinero.
Teléfono 600 000 587.

Ángel Cuesta"""),
("es", "b26-no-es-app-descuento-primer-pedido", "Camila Rojas <camila.rojas@example.cl>", "descuento", "billing", "",
"""Hola, no es un problema de la app, la app anda bien. El tema es que
me salía el 20% de descuento por primer pedido en el banner, hice el
pedido de la tienda de mascotas (alimento para gato, $38.990) y me
cobraron el total sin el descuento. ¿Me pueden devolver el 20%?
Gracias
Cami"""),
("es", "b26-re-faltan-productos-reembolso", "Pilar Arroyo <pilar.arroyo@example.es>", "Re: Su pedido ha sido entregado", "billing", "",
"""Hola:

Pues entregado a medias. Faltan el aceite de oliva de 1 l (7,95 €) y
el paquete de pañales talla 4 (12,49 €), que sí aparecen cobrados en el
ticket. ¿Me devolvéis esos 20,44 €?

Pilar

-----Mensaje original-----
De: Pedidos <no-responder@example-super.es>
Asunto: Su pedido ha sido entregado
Su pedido 66120 ha sido entregado a las 13:05. ¡Gracias por su compra!"""),
("es", "b26-app-se-cierra-al-pagar", "Sergio Lozano <sergio.lozano@example.es>", "La app se cierra", "technical", "",
"""Hola, desde la última actualización la app del súper se cierra sola
en cuanto le doy a «Ir a pagar». Tengo un Xiaomi con Android 13. La he
desinstalado y vuelto a instalar y sigue igual. Desde el ordenador sí
me deja."""),
("es", "b26-ebike-motor-no-asiste-ar", "Federico Paz <fede.paz@example.com.ar>", "El motor no asiste", "technical", "",
"""Buenas! La bici eléctrica que les compré en marzo desde hace unos
días anda como una bici común, el motor no asiste aunque la pantalla
dice nivel 3 y batería llena. A veces engancha un par de segundos y se
corta de nuevo. Revisé el imán del rayo y está en su lugar. ¿Qué puede
ser?

Fede"""),
("es", "b26-codigo-sms-no-llega", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "No puedo entrar a mi cuenta", "technical", "",
"""Hola, cada vez que quiero entrar a mi cuenta me pide el código que
me mandan por SMS pero nunca me llega. Ya le di reenviar como cinco
veces. Mi número es el mismo de siempre y sí me llegan otros mensajes.
¿Qué hago?"""),
("es", "b26-comedero-automatico-no-dispensa", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Comedero automático", "technical", "",
"""Buenas tardes,

El comedero automático que compré para mi perro Tobías no está
soltando la comida a las horas programadas. En la app aparece "comida
servida" pero el plato queda vacío. Cuando le doy al botón manual sí
funciona. Ya le revisé que no haya croquetas atascadas.

Muchas gracias,
Andrés Cárdenas
Bogotá"""),
("es", "b26-vigilabebes-sin-imagen", "Nerea Etxeberria <nerea.etxe@example.es>", "Vigilabebés", "technical", "",
"""Kaixo! El vigilabebés con cámara que compramos en vuestra tienda de
Donostia se ve en negro en la pantalla del padre desde anoche. El audio
sí se oye. La lucecita de la cámara está encendida. ¿Hay que
emparejarlos otra vez? ¿Cómo?"""),
("es", "b26-robot-juguete-no-enciende", "Rodrigo Sepúlveda <rodrigo.sepulveda@example.cl>", "Robot no prende", "technical", "",
"""Hola, le compramos a la Sofi el robot que baila y canta y no prende.
Le pusimos pilas nuevas (las AA que dice la caja), revisamos que
estuvieran bien puestas y nada, ni una lucecita. ¿Tiene algún botón
escondido o viene malo?"""),
("es", "b26-web-floristeria-calendario", "Alberto Garrido <alberto.garrido@example.es>", "No puedo elegir fecha", "technical", "",
"""Hola, en la web no me deja elegir la fecha de entrega del ramo, el
calendario sale todo en gris y no se puede pinchar ningun dia. He
probado en el movil y en el ordenador. Quiero que llegue el viernes a
Sevilla por el aniversario, a ver si me decis algo.
Alberto"""),
("es", "b26-cargador-patinete-chispas", "Carmen Reguera <carmen.reguera@example.es>", "Cargador de la bicicleta", "technical", "high",
"""Buenas tardes:

Les escribo con calma, porque al final no ha pasado nada, pero creo que
deben saberlo. Anoche, al enchufar el cargador de la bicicleta
eléctrica que les compré en abril, salieron chispas del conector que va
a la batería y olió a quemado. El conector tiene ahora una marca negra.
Lo desenchufé enseguida y ya no lo he vuelto a usar.

¿Qué hago con el cargador y con la batería? No quiero arriesgarme.

Carmen Reguera"""),
("es", "b26-juguete-pila-boton-tapa", "Mariana Treviño <mariana.trevino@example.com.mx>", "Libro musical para bebé", "technical", "high",
"""Hola,

Le compramos a nuestro bebé de 11 meses el libro musical con botones
de animalitos. La tapita de las pilas no tiene tornillo, es de presión,
y hoy se le abrió sola mientras lo mordía. Las tres pilas de botón
quedaron sueltas en la alfombra. Gracias a Dios las vi antes que él.

Ese juguete no debería venderse así para bebés. Ya lo guardamos, pero
avísenle a quien corresponda.

Mariana Treviño
Monterrey"""),
("es", "b26-comandas-caidas-sabado", "Parrilla Don Julio <admin@parrilladonjulio.example>", "comandas", "technical", "high",
"""Hola, urgente. Desde las 21 los mozos cargan los pedidos en las
tablets y a la parrilla no les llega nada, la impresora de la cocina
no tira ni una comanda. Tenemos el salón lleno, es sábado, estamos
anotando todo a mano y la gente espera 50 minutos por una milanesa. Ya
reiniciamos el módem y la impresora.

Llámenme al 11 5555 0123 - Julio"""),
("es", "b26-obrador-pedidos-cafeterias", "Obrador Santa Clara <pedidos@obradorsantaclara.example>", "Pedidos de las cafeterías", "technical", "high",
"""Buenos días:

Las 40 cafeterías a las que servimos no pueden hacernos el pedido de
mañana: la web de pedidos para clientes que ustedes nos mantienen se
queda en «cargando» desde las 17:00 de ayer. Nos están llamando una a
una por teléfono y no damos abasto; el cierre de pedidos es a las
20:00 y a esa hora empezamos a hornear.

Por favor, miren esto ya.

Isabel Navas
Obrador Santa Clara, Valladolid"""),
("es", "b26-hola-app-tienda-cerrada", "Diego Castaño <diego.castano@example.com.co>", "Hola", "technical", "",
"""Hola, la app me dice que la panadería de la 85 está "cerrada" todo
el día, pero acabo de pasar y está abierta y llena de gente. Así no
puedo pedir a domicilio. Ya cerré sesión y volví a entrar."""),
("es", "b26-re-silla-coche-isofix", "Raquel Benítez <raquel.benitez@example.es>", "Re: Incidencia 20117 - silla de coche", "technical", "",
"""Hola, Marta:

He hecho lo del vídeo, pero el anclaje isofix izquierdo sigue sin
hacer clic, el indicador se queda en rojo. El derecho sí se pone verde.
Lo he probado en dos coches. No quiero devolverla, la silla me gusta
mucho, solo quiero que ancle bien.

Raquel

> Hola, Raquel:
> Te dejamos el enlace al vídeo de instalación de la silla. Asegúrate de
> extender los brazos isofix del todo antes de empujar.
> Un saludo, Marta"""),
("es", "b26-horario-semana-santa", "Rosario Prieto <rosario.prieto@example.es>", "Horario", "general", "",
"""Buenas, ¿abrís el Jueves y el Viernes Santo en la panadería de la
calle Feria? Es para encargar las torrijas con tiempo. Gracias"""),
("es", "b26-gracias-aniversario-restaurante", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "¡Gracias!", "general", "",
"""Queremos agradecer a todo el equipo del restaurante de Coyoacán por
la cena del sábado. Les comentamos al reservar que era nuestro
aniversario 25 y nos prepararon la mesa de la terraza con flores y
hasta una velita en el postre. El mesero, Emiliano, fue un encanto.

Héctor y Leticia"""),
("es", "b26-anteojos-olvidados-cafe", "Norma Gutiérrez <norma.gutierrez@example.com.ar>", "Anteojos", "general", "",
"""Buenas tardes. Ayer a la mañana estuve en el café de ustedes en
Belgrano, en la mesa del fondo, y creo que me olvidé los anteojos de
leer, en un estuche verde. ¿Los habrán encontrado? Tengo 74 años y sin
ellos no leo ni el diario.

Norma Gutiérrez"""),
("es", "b26-entrega-conserje", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "URGENTE entrega del viernes", "general", "",
"""Hola, para el pedido del viernes: vivo en un edificio en Ñuñoa, por
favor dejen todo con el conserje (don Luis) y no suban, el ascensor
está en mantención. Gracias!"""),
("es", "b26-cambio-telefono-cuenta", "Marisol Pineda <marisol.pineda@example.es>", "cambio de telefono", "general", "",
"""hola, he cambiado de numero de movil. el nuevo es 611 000 234.
podeis cambiarlo en mi cuenta para que el repartidor me llame a este?
gracias, marisol pineda"""),
("es", "b26-derechos-arco", "Óscar Ramírez <oscar.ramirez@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que su empresa tiene sobre mí y, posteriormente, su cancelación. Mi
cuenta está registrada con este correo.

Quedo atento a su respuesta.

Óscar Ramírez"""),
("es", "b26-patrocinio-carrera-solidaria", "AMPA CEIP Los Almendros <ampa.almendros@example.es>", "Carrera solidaria", "general", "",
"""Hola:

Somos el AMPA del colegio Los Almendros de Alcalá de Henares. El 17 de
mayo organizamos una carrera solidaria para niños y familias, y nos
gustaría contar con vuestra tienda de bicis como patrocinador (por
ejemplo, con vuestro logo en los dorsales o algún premio para el
sorteo). ¿Con quién podemos hablarlo?

Un saludo,
Elena, AMPA Los Almendros"""),
("es", "b26-perros-terraza", "Paula Ortega <paula.ortega@example.es>", "Perros", "general", "",
"""Hola! ¿Se puede ir con perro a la terraza de vuestro restaurante de
la Barceloneta? Es una perrita pequeña y muy tranquila. Gracias 🙂"""),
("es", "b26-taller-galletas-ninos", "Fernanda Molina <fernanda.molina@example.com.co>", "Talleres para niños", "general", "",
"""Buenos días, ¿ustedes hacen talleres de decoración de galletas para
niños en la pastelería? Me gustaría celebrar ahí el cumple de mi hija
que cumple 7, serían unos 12 niños. ¿Qué días los hacen?"""),
("es", "b26-repartidor-malas-formas", "José Luis Merino <jl.merino@example.es>", "El repartidor de esta mañana", "general", "",
"""Buenos días,

Solo quería comentarles que el repartidor que me ha traído la compra
esta mañana ha sido bastante maleducado. Le pedí por favor que subiera
las garrafas de agua hasta la puerta, como siempre hacen, y me
contestó de malas maneras que "no es su trabajo" y las dejó en el
portal. No pido nada, pero creo que deberían saberlo.

José Luis Merino"""),
("es", "b26-hijo-autismo-encargado-director", "Susana Maldonado <susana.maldonado@example.es>", "Lo que pasó el domingo en la juguetería", "general", "high",
"""Buenas tardes:

El domingo estuve en su juguetería del centro comercial La Vaguada con
mi hijo de 8 años, que tiene autismo. Se puso nervioso con el ruido y
empezó a taparse los oídos y a balancearse. El encargado se acercó y,
delante de todo el mundo, me dijo que "si no sé controlar a mi hijo,
que no lo traiga". Nos fuimos de la tienda los dos llorando.

Exijo hablar con el director de la tienda o con alguien de la dirección
de la empresa. Esto no puede quedar así.

Susana Maldonado"""),
("es", "b26-estanteria-suelta-super", "Verónica Acosta <veronica.acosta@example.com.ar>", "Estantería en la sucursal de Caballito", "general", "high",
"""Hola, les escribo para avisarles con tranquilidad, pero es serio. Hoy
en la sucursal de Caballito, en el pasillo de las bebidas, se soltó una
parte de la estantería de arriba y cayeron varias botellas de vidrio a
medio metro de mi hija de 5 años. No se lastimó de milagro. La
estantería sigue floja y el pasillo abierto, solo pusieron un cono.

Por favor revisen esa estantería antes de que alguien salga herido.

Verónica Acosta"""),
("es", "b26-pregunta-comida-tortugas", "Emilio Navarro <emilio.navarro@example.es>", "Pregunta", "general", "",
"""hola, venden comida para tortugas de agua en la tienda de Burjassot
o solo online? y tienen lamparas para el terrario? gracias"""),
# ---------------- Polish ----------------
("pl", "b26-catering-tesciowa-gotuje", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Dieta pudełkowa", "billing", "",
"""Dzień dobry,

od przyszłego tygodnia zamieszka z nami na dwa miesiące teściowa, która
nie wyobraża sobie, żeby ktokolwiek jadł w jej obecności „obiad z
pudełka”. Proszę więc wstrzymać moją dietę 1500 kcal od poniedziałku
13.05 do końca lipca i nie pobierać w tym czasie opłat. Od 1 sierpnia
wracam do Państwa z ulgą.

Pozdrawiam serdecznie
Agnieszka Wrona"""),
("pl", "b26-blik-dwa-razy", "Mateusz Zając <mateusz.zajac@example.pl>", "Zamówienie 40817", "billing", "",
"""Cześć, przy zamówieniu zakupów 40817 BLIK za pierwszym razem wyrzucił
błąd, więc zatwierdziłem drugi kod. Teraz na koncie mam dwie płatności
po 187,34 zł, a zamówienie jest jedno. Oddacie jedną?"""),
("pl", "b26-wieniec-faktura-firma", "Sekretariat Zakłady Mięsne Kowalik <sekretariat@zm-kowalik.example>", "Faktura za wieniec", "billing", "",
"""Dzień dobry,

w piątek zamawialiśmy w Państwa kwiaciarni wieniec na pogrzeb naszego
wieloletniego pracownika, p. Stanisława Gila, zamówienie nr 2281, 320
zł. Dostaliśmy paragon, a potrzebujemy faktury VAT na firmę:

Zakłady Mięsne Kowalik sp. j.
ul. Rzeźnicza 4, 26-600 Radom
NIP 7961234567

Z poważaniem
Ewa Majewska, sekretariat"""),
("pl", "b26-raty-zero-rower-elektryczny", "Łukasz Sadowski <lukasz.sadowski@example.pl>", "Raty", "billing", "",
"""Dzień dobry, interesuje mnie rower elektryczny trekkingowy za 6 499 zł.
Czy da się go kupić na raty 0% i na ile maksymalnie rat? Pracuję na
umowie o dzieło, czy to wystarczy? Wolałbym załatwić to online niż
jechać do sklepu w Gdańsku."""),
("pl", "b26-karma-pies-odszedl-bez-znakow", "Zbigniew Rutkowski <zbigniew.rutkowski@example.pl>", "subskrypcja karmy", "billing", "",
"""Dzien dobry

Nasz pies Bary odszedl w niedziele, mial 16 lat. Prosze zatrzymac
comiesieczna dostawe karmy dla seniorow (ta za 159 zl) i nie pobierac
juz pieniedzy z karty. Innego psa na razie nie bedziemy mieli.

Z powazaniem
Zbigniew Rutkowski"""),
("pl", "b26-fotelik-zamiana-koloru", "Natalia Kaczmarek <natalia.kaczmarek@example.pl>", "Wymiana fotelika", "billing", "",
"""Hej! Zamówiłam fotelik samochodowy w kolorze grafitowym, a mąż
stwierdził, że jednak beżowy (wiadomo). Fotelik nierozpakowany, w
folii. Mogę go wymienić na beżowy zamiast robić zwrot i nowe
zamówienie? Beżowy jest o 20 zł droższy, to dopłacę."""),
("pl", "b26-bon-zabawki-waznosc", "Krystyna Wieczorek <krystyna.wieczorek@example.pl>", "Bon podarunkowy", "billing", "",
"""Szanowni Państwo,

wnuczka dostała od mnie na komunię bon do Państwa sklepu z zabawkami na
200 zł. Na bonie jest data ważności 30.06, a ona chce czekać na nowy
zestaw klocków, który ma być dopiero we wrześniu. Czy można przedłużyć
ważność bonu albo wymienić go na nowy?

Z poważaniem
Krystyna Wieczorek"""),
("pl", "b26-klub-wina-mniej-butelek", "Paweł Szczepański <pawel.szczepanski@example.pl>", "Klub wina", "billing", "",
"""Dzień dobry, od kilku miesięcy dostaję co miesiąc 6 butelek w
ramach Klubu Wina (249 zł), ale po prostu nie nadążamy z piciem 🙂
Czy mogę przejść na pakiet 3 butelek od następnej wysyłki? I ile on
teraz kosztuje?

Paweł"""),
("pl", "b26-tort-komunijny-rzecznik", "Iwona Pawlak <iwona.pawlak@example.pl>", "Tort komunijny - zaliczka 300 zł", "billing", "high",
"""Szanowni Państwo,

w marcu zamówiłam w Państwa cukierni tort komunijny na 18 maja i
wpłaciłam 300 zł zaliczki. W dniu komunii nikt tortu nie przywiózł, a
telefon w cukierni nie odpowiadał. Musieliśmy w ostatniej chwili kupić
ciasta w markecie. Od tamtej pory dwukrotnie prosiłam pisemnie o zwrot
zaliczki i nie dostałam żadnej odpowiedzi.

Jeżeli w ciągu 7 dni zaliczka nie wróci na moje konto, sprawę przekażę
miejskiemu rzecznikowi konsumentów.

Iwona Pawlak"""),
("pl", "b26-catering-dalej-pobiera-chargeback", "Kamil Wojciechowski <kamil.wojciechowski@example.pl>", "DALEJ POBIERACIE", "billing", "high",
"""Zrezygnowałem z cateringu 28 lutego, mam potwierdzenie mailowe od
Waszego BOK. W marcu i kwietniu i tak ściągnęliście z karty po 1 140
zł. Jedzenia nikt nie przywoził, więc za co?

Jeśli do piątku nie zwrócicie 2 280 zł, zgłaszam w banku chargeback na
obie transakcje. Nie będę tego drugi raz tłumaczył.

Kamil W."""),
("pl", "b26-serwis-roweru-kierownik", "Grzegorz Lis <grzegorz.lis@example.pl>", "Serwis roweru - 450 zł bez mojej zgody", "billing", "high",
"""Dzień dobry,

oddałem rower do przeglądu w Państwa sklepie we Wrocławiu z wyceną
„przegląd podstawowy 120 zł”. Przy odbiorze zażądano 450 zł, bo
„przy okazji” wymieniono napęd i klocki. Nikt do mnie nie dzwonił z
pytaniem o zgodę. Zapłaciłem, bo inaczej nie wydano by mi roweru.

Chcę rozmawiać z kierownikiem sklepu, a nie z mechanikiem, który mi
powiedział, że „tak się robi”. Proszę o telefon: 600 000 742.

Grzegorz Lis"""),
("pl", "b26-odstapienie-wozek-uokik", "Monika Zielińska <monika.zielinska@example.pl>", "Odstąpienie od umowy - wózek", "billing", "high",
"""Szanowni Państwo,

5 dni po otrzymaniu wózka 3w1 (zamówienie 88312, 2 890 zł) złożyłam
oświadczenie o odstąpieniu od umowy i odesłałam wózek nieużywany,
w oryginalnym kartonie. Dziś otrzymałam informację, że zwrotu nie
uznajecie, bo „folia ochronna na ramie została zdjęta”. Obejrzenie
towaru mieści się w moich uprawnieniach.

Jeśli pieniądze nie zostaną zwrócone w ustawowym terminie, złożę
skargę do UOKiK i skieruję sprawę do sądu.

Monika Zielińska"""),
("pl", "b26-nie-jakosc-torby-oplata", "Adam Kołodziej <adam.kolodziej@example.pl>", "Torby", "billing", "",
"""Dzień dobry, nie chodzi o jakość zakupów, wszystko było świeże i w
porządku. Chodzi o to, że przy zamówieniu zaznaczyłem „bez toreb”, a
na paragonie jest 6 toreb po 2 zł, czyli 12 zł. Torby i tak przyszły.
Proszę o zwrot tych 12 zł."""),
("pl", "b26-odp-brakujace-produkty", "Joanna Sobczak <joanna.sobczak@example.pl>", "Odp: Twoje zamówienie zostało dostarczone", "billing", "",
"""Dostarczone, ale nie całe. Brakuje chleba żytniego (8,99 zł) i
masła (7,49 zł), a są na paragonie. Proszę o zwrot 16,48 zł.

Joanna

> Dzień dobry,
> Twoje zamówienie nr 55603 zostało dostarczone dziś o 17:20.
> Dziękujemy za zakupy!"""),
("pl", "b26-aplikacja-termin-dostawy", "Rafał Michalski <rafal.michalski@example.pl>", "Aplikacja", "technical", "",
"""W aplikacji nie da się wybrać terminu dostawy - po kliknięciu
„Wybierz termin” pokazuje się pusta biała strona. Na stronie www
działa. iPhone SE, iOS 17, aplikacja zaktualizowana wczoraj."""),
("pl", "b26-rower-wyswietlacz-nie-wlacza", "Przemysław Jaworski <przemek.jaworski@example.pl>", "Wyświetlacz", "technical", "",
"""Dzień dobry,

w moim rowerze elektrycznym (kupiony u Państwa w kwietniu) wyświetlacz
przestał się włączać. Bateria naładowana, dioda na baterii świeci na
zielono, a po przytrzymaniu przycisku zasilania na kierownicy nic się
nie dzieje. Sprawdzałem wtyczkę przy wyświetlaczu, siedzi mocno.

Co mogę jeszcze zrobić, zanim przywiozę go do serwisu?

Przemysław Jaworski"""),
("pl", "b26-niania-elektroniczna-piszczy", "Ewelina Baran <ewelina.baran@example.pl>", "Niania elektroniczna", "technical", "",
"""Dzień dobry, niania elektroniczna, którą u Was kupiłam, co kilka
minut piszczy i pokazuje „brak połączenia”, mimo że jednostka rodzica
leży w pokoju obok, jakieś 5 metrów od dziecka. Zmiana kanału nic nie
dała. Jak to naprawić?"""),
("pl", "b26-nie-moge-sie-zalogowac-bez-znakow", "Dariusz Witkowski <dariusz.witkowski@example.pl>", "logowanie", "technical", "",
"""dzien dobry, nie moge sie zalogowac do konta, po trzech probach
wyskoczylo ze konto jest zablokowane na 24h. haslo na pewno dobre bo
mam zapisane w przegladarce. co teraz?"""),
("pl", "b26-czesc-fontanna-kot", "Ola Nowicka <ola.nowicka@example.pl>", "Cześć", "technical", "",
"""Cześć, fontanna dla kota, którą kupiłam w zeszłym miesiącu, przestała
pompować wodę. Pompka buczy, ale woda stoi. Wyczyściłam ją i filtr
wymieniłam na nowy. Kot patrzy na mnie z wyrzutem 😅"""),
("pl", "b26-kolejka-wykoleja-sie", "Henryk Zawadzki <henryk.zawadzki@example.pl>", "Kolejka elektryczna", "technical", "",
"""Szanowni Państwo,

kupiłem wnukowi kolejkę elektryczną z zestawem torów. Lokomotywa
wykoleja się zawsze na tym samym łuku, nawet jeśli jedzie najwolniej.
Tory złożyliśmy według instrukcji, łączenia są dociśnięte. Nie chcę jej
oddawać, wnuk ją uwielbia, chciałbym tylko, żeby jeździła.

Z poważaniem
Henryk Zawadzki"""),
("pl", "b26-odp-kod-pocztowy-cukiernia", "Marta Kubiak <marta.kubiak@example.pl>", "Odp: Zgłoszenie 7720", "technical", "",
"""Niestety, w trybie incognito to samo. Strona dalej twierdzi, że
kod pocztowy 30-398 jest „nieprawidłowy”, a to mój kod od 10 lat
(Kraków, Ruczaj). Nie mogę przez to złożyć zamówienia na tort.

Marta

> Dzień dobry,
> prosimy spróbować w trybie incognito lub po wyczyszczeniu plików
> cookie.
> Zespół obsługi klienta"""),
("pl", "b26-bateria-roweru-dymi-spokojnie", "Andrzej Sikorski <andrzej.sikorski@example.pl>", "Bateria do roweru", "technical", "high",
"""Dzień dobry,

piszę spokojnie, bo nic się nikomu nie stało, ale myślę, że powinni
Państwo o tym wiedzieć. Wczoraj wieczorem podczas ładowania baterii do
roweru elektrycznego (model City E3, kupiony w marcu) zaczął się z niej
wydobywać cienki, szary dym i czuć było spaloną gumę. Odłączyłem
ładowarkę i wyniosłem baterię na balkon, na płytki. Dziś obudowa jest
lekko wybrzuszona.

Co mam z nią zrobić? Do domu jej już nie wniosę.

Andrzej Sikorski"""),
("pl", "b26-lozeczko-szczebel-odpadl", "Karolina Wróbel <karolina.wrobel@example.pl>", "Łóżeczko", "technical", "high",
"""Dzień dobry,

w łóżeczku drewnianym, które kupiliśmy u Państwa dwa miesiące temu,
dziś rano wypadł jeden szczebel z boku - klej po prostu puścił. Powstała
szpara, w którą nasza 8-miesięczna córka mogłaby wsunąć głowę.
Zauważyłam to przy przewijaniu, zanim coś się stało. Dwa sąsiednie
szczeble też się ruszają.

Córka śpi teraz w naszym łóżku. Proszę o informację, co dalej, bo
podejrzewam, że to nie jedyne takie łóżeczko.

Karolina Wróbel"""),
("pl", "b26-pizzeria-tablet-zamowienia", "Pizzeria Da Marco <kontakt@pizzeria-damarco.example>", "tablet", "technical", "high",
"""Od 18 tablet z zamówieniami z waszej platformy nie pokazuje nic
nowego. Klienci dzwonią wściekli, że zapłacili godzinę temu i pizzy
nie ma, a my o tych zamówieniach nic nie wiemy. Dostawcy siedzą i
czekają. Restartowaliśmy tablet i router. Piątek wieczór, najgorszy
moment.

Marek, tel. 600 000 909"""),
("pl", "b26-rezerwacje-sms-odwolane", "Restauracja Stary Młyn <rezerwacje@starymlyn.example>", "SMS-y do gości", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem goście dzwonią do nas, dlaczego odwołaliśmy ich
rezerwację. Nie odwołaliśmy żadnej. Wasz system rezerwacji wysłał
wszystkim, którzy mają stolik na ten weekend, SMS „Twoja rezerwacja
została anulowana”. To ok. 140 rezerwacji, w tym dwie komunie na
sobotę. Część gości już zarezerwowała gdzie indziej.

Proszę o pilny kontakt i wyjaśnienie.

Beata Górecka
Restauracja Stary Młyn, Kazimierz Dolny"""),
("pl", "b26-podgrzewacz-butelek-nie-grzeje", "Sylwia Jankowska <sylwia.jankowska@example.pl>", "Podgrzewacz", "technical", "",
"""Dzien dobry, podgrzewacz do butelek przestal grzac. Lampka sie
swieci, czekam 10 minut i mleko dalej zimne. Woda wlana do kreski.
Czy to da sie jakos zresetowac?"""),
("pl", "b26-interaktywny-piesek-glos", "Magda Górecka <magda.gorecka@example.pl>", "Zabawka", "technical", "",
"""Hej, interaktywny piesek, którego córka dostała na urodziny, przestał
reagować na głos - macha ogonem i szczeka tylko po naciśnięciu
przycisku na grzbiecie. Baterie nowe, przełącznik na „ON”. W instrukcji
nic o tym nie ma. Da się go jakoś zresetować?"""),
("pl", "b26-godziny-wigilia", "Elżbieta Czarnecka <elzbieta.czarnecka@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której będzie otwarta piekarnia na Grochowskiej w
Wigilię? I czy w drugi dzień świąt jesteście otwarci? Dziękuję."""),
("pl", "b26-pochwala-groomerka", "Weronika Krajewska <weronika.krajewska@example.pl>", "Pani Justyna", "general", "",
"""Chciałam bardzo podziękować pani Justynie z salonu na Mokotowie. Nasz
pudel Fredek panicznie boi się suszarki, a ona zamiast go siłować,
robiła przerwy, mówiła do niego i dawała smaczki. Pierwszy raz wrócił
z groomera spokojny i wygląda jak z wystawy. Na pewno wrócimy!

Weronika"""),
("pl", "b26-zguba-portfel-kawiarnia", "Tadeusz Mazur <tadeusz.mazur@example.pl>", "Zguba", "general", "",
"""Dzien dobry, we wtorek kolo 15 bylem w kawiarni przy Rynku w
Toruniu i chyba zostawilem tam brazowy portfel, w srodku dowod na
nazwisko Tadeusz Mazur. Czy ktos go znalazl? Tel. 600 000 212."""),
("pl", "b26-domofon-kod-dostawa", "Justyna Dąbrowska <justyna.dabrowska@example.pl>", "PILNE!!! dostawa jutro", "general", "",
"""Do jutrzejszej dostawy: kod do domofonu to 3715, klatka B, 4 piętro.
Jeśli nie otworzę, proszę zostawić zakupy u sąsiadki spod 17, wie o
tym. Dzięki!"""),
("pl", "b26-zmiana-nazwiska-slub", "Anna Lewandowska-Kruk <anna.lk@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Lewandowska na
Lewandowska-Kruk. Proszę o zmianę nazwiska na moim koncie i w karcie
stałego klienta. Adres i telefon bez zmian. Pozdrawiam, Anna"""),
("pl", "b26-rodo-usuniecie-danych", "Wojciech Borkowski <wojciech.borkowski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych
przetwarzanych przez Państwa sklep internetowy, w tym adresu e-mail,
numeru telefonu i historii zamówień, o ile nie muszą ich Państwo
przechowywać z mocy prawa. Proszę o potwierdzenie wykonania.

Wojciech Borkowski"""),
("pl", "b26-sponsoring-festyn-szkolny", "Rada Rodziców SP 12 <rada.rodzicow.sp12@example.pl>", "Festyn rodzinny", "general", "",
"""Dzień dobry,

Rada Rodziców przy Szkole Podstawowej nr 12 w Lublinie organizuje 1
czerwca festyn rodzinny. Czy Państwa sklep z zabawkami zechciałby
zostać jednym ze sponsorów, np. ufundować nagrody w konkursach dla
dzieci? W zamian umieścimy Państwa logo na plakatach i podziękujemy ze
sceny.

Z pozdrowieniami
Magdalena Stępień, przewodnicząca Rady Rodziców"""),
("pl", "b26-urodziny-w-sklepie-zabawki", "Kinga Pietrzyk <kinga.pietrzyk@example.pl>", "Urodziny", "general", "",
"""Dzień dobry, słyszałam, że w Waszym sklepie z klockami w Poznaniu
można zorganizować urodziny dla dzieci. Czy to prawda? Syn kończy 6 lat
w październiku, byłoby około 10 dzieci. Jak to wygląda i w jakie dni?"""),
("pl", "b26-pytanie-chleb-bezglutenowy", "Bartosz Malinowski <bartosz.malinowski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy pieczecie chleb bezglutenowy? Jeśli tak, to w
których piekarniach jest dostępny i w jakie dni?"""),
("pl", "b26-kurier-rzucil-paczka", "Halina Kwiatkowska <halina.kwiatkowska@example.pl>", "Kierowca z dostawy", "general", "",
"""Dzień dobry,

chciałabym tylko zwrócić uwagę, że kierowca, który przywiózł mi dziś
zakupy, był bardzo nieuprzejmy. Na moje pytanie, czy może wnieść
zgrzewkę wody na pierwsze piętro, odburknął, że „nie jest tragarzem” i
zostawił wszystko na wycieraczce na dole. Nic nie zginęło, niczego nie
żądam, ale tak się nie rozmawia z klientem.

Halina Kwiatkowska"""),
("pl", "b26-kelner-wlasciciel", "Michał Ostrowski <michal.ostrowski@example.pl>", "Skandaliczne zachowanie kelnera", "general", "high",
"""Szanowni Państwo,

w sobotę świętowaliśmy w Państwa restauracji urodziny żony. Kelner
obsługujący nasz stolik przez cały wieczór był arogancki, a gdy żona
zwróciła mu uwagę, że czekamy na danie główne godzinę, powiedział na
głos do kolegi coś, czego nie będę tu powtarzał, o „babach, którym
się nie dogodzi”. Słyszała to cała sala.

Żądam rozmowy z właścicielem restauracji lub kierownikiem sali. Proszę
o telefon: 600 000 360.

Michał Ostrowski"""),
("pl", "b26-akwarium-peklo-szklo", "Iwona Kowalczyk <iwona.kowalczyk@example.pl>", "Szkło w sklepie zoologicznym", "general", "high",
"""Dzień dobry,

byłam dziś z dziećmi w Państwa sklepie zoologicznym w galerii w
Bydgoszczy. Przy kąciku dla dzieci (tam gdzie są króliki) jedno z
akwariów na ekspozycji ma pęknięty bok, woda kapie na podłogę, a obok
leżą odłamki szkła. Dzieci chodzą tam boso po macie. Pracownik
powiedział, że „już zgłaszał”.

Ktoś się tam pokaleczy albo poślizgnie. Proszę to pilnie zabezpieczyć.

Iwona Kowalczyk"""),
("pl", "b26-dziekuje-kwiaciarnia-mama", "Piotr Domański <piotr.domanski@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry, dziękuję za piękny bukiet, który dostarczyliście mojej
mamie do Zakopanego na Dzień Matki. Mama zadzwoniła wzruszona i
wysłała mi zdjęcie - kwiaty wyglądały dokładnie jak na stronie, a
nawet lepiej. Pozdrawiam całą ekipę!

Piotr"""),
]
