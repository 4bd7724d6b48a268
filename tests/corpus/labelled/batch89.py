# batch89.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them.  Neighbourhood
# services this time -- launderette apps, shoe repair kiosks, key cutting,
# bike repair shops, tailoring by post, sharpening services and
# parcel-drop newsagents -- in English, Greek (with and without accents,
# and Greeklish), Spanish (Spain and Latin America) and Polish (with and
# without diacritics).  The failure classes in new situations: escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans ended or paused in unusual wording, business outages told
# only by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.
M += [
# ---------------- English ----------------
("en", "b89-wash-app-topup-twice", "Gareth Pugh <gareth.pugh@example.co.uk>", "Top up", "billing", "",
"""Hi,

Topped up 20 quid on the app on Sunday night at the Cowbridge Road
launderette. My bank shows two payments of £20.00 but the app balance
only says £20. Can you put the second one back on my card please, not
as app credit.

Cheers,
Gareth"""),
("en", "b89-boots-reheel-two-pairs-price", "Aoife Brennan <aoife.brennan@example.ie>", "Question", "billing", "",
"""Hi there,

How much would it be to re-heel and put new half soles on a pair of
leather ankle boots at the Grand Parade kiosk? And is there any deal if
I bring my daughter's pair in at the same time? Last time I paid €38
for one pair and I nearly fell over.

Thanks a million,
Aoife"""),
("en", "b89-key-card-minimum-spend", "Trevor Snell <trevor.snell@example.co.uk>", "Card minimum", "billing", "",
"""Good afternoon,

I went into your newsagent on Chapel Street to get one front door key
cut (£4.50) and was told there is a £5 minimum on cards, so I had to
buy a chocolate bar I didn't want. Is that your company's policy or is
the shop making it up? I thought they weren't allowed to do that
anymore.

Regards,
T. Snell"""),
("en", "b89-bike-gone-service-plan", "Jade Okafor <jade.okafor@example.co.uk>", "my bike", "billing", "",
"""hiya, some lowlife has had my bike from outside the gym (lock cut clean
through, police have a crime number for what it's worth). so there's not
much point me paying £8.99 a month for the service plan on a bike that's
probably in a van halfway to Birmingham. can you knock it on the head
from this month? if I get another bike I'll sign up again

jade"""),
("en", "b89-hem-mailed-back-unaltered-dispute", "Tyler Brandt <tyler.brandt@example.com>", "Order TB-20931 - FINAL notice before dispute", "billing", "high",
"""To whoever reads this inbox,

I mailed two pairs of dress pants to your tailoring-by-mail service on
May 2 for hemming. You charged my Visa $38.00 plus $9.95 return postage.
The pants came back last week exactly as I sent them, pins still in,
not hemmed. I have emailed four times since, no response.

I want the full $47.95 refunded by Friday. If it is not, I am filing a
dispute with my card issuer and leaving it to them. I have photos of
the pants, the packing slip and the pins.

Tyler Brandt
Columbus, OH"""),
("en", "b89-bistro-knives-last-service", "Nick Pappas <nick@saltandember.example>", "Salt & Ember - knife service", "billing", "",
"""G'day team,

Bit of sad news from our end - we served our last plates on Saturday
and handed the keys of the bistro back to the landlord. After 11 years
that's it for Salt & Ember.

So we won't need the fortnightly knife pick-up any more. Could you stop
the $65 monthly debit before the 1st, and let me know if there's
anything owing on the final visit.

Thanks for keeping the boys' knives scary sharp all these years.

Nick Pappas
Fremantle WA"""),
("en", "b89-wash-plan-only-me-now", "Margaret Holloway <m.holloway@example.co.uk>", "Washing and drying plan", "billing", "",
"""Dear Sir or Madam,

I have been on your family washing and drying plan for some years, which
my late husband arranged for us. Since Gordon passed away in March there
is only my own washing to do, and I am finding it is far more than I
need. Could you please change me to the smallest plan, or whatever is
suitable for one person, from next month.

I am not very good with the app, so a letter or an email is best.

Yours faithfully,
Margaret Holloway (Mrs)"""),
("en", "b89-re-vat-invoice-cargo-bikes", "Accounts <accounts@pedalpost.example>", "Re: Service complete - 6 cargo bikes", "billing", "",
"""Hi Dan,

Thanks for turning these round so quickly. For our books I need a proper
VAT invoice rather than the card receipt - company name Pedal Post Ltd,
VAT no. GB 284 1190 33, and ideally split per bike so we can match them
to our fleet numbers (CB-01 to CB-06).

Many thanks,
Helen Marsh
Accounts, Pedal Post

On Thu, 13 Jun 2024 at 17:21, Dan <workshop@spokesmithcycles.example> wrote:
> Hi Helen,
>
> All six cargo bikes are done - new chains, brake pads all round and the
> hub on CB-04 rebuilt. Total came to £612.40, paid by card at collection.
>
> Dan
> Spokesmith Cycles"""),
("en", "b89-newsagent-return-fee-trading-standards", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Charged for a FREE return", "billing", "high",
"""Hello,

I dropped off a return at your parcel point inside Patel's News on
Hessle Road on Tuesday. The label was a prepaid free returns label from
the retailer. The man behind the counter said there's a £2.50 "handling
fee" for all drop-offs and I paid it because there was a queue behind
me. I've since spoken to the retailer who say your parcel points must
not charge anything for their labels.

I want my £2.50 back, and I want to know how many other people are
being charged this. If I don't get a proper answer I will report it to
Trading Standards, because it looks like the same thing is happening to
everyone who goes in there.

Rachel Dunmore
Hull"""),
("en", "b89-kiosk-lost-boots-area-manager", "Declan Fitzgerald <declan.fitz@example.ie>", "Ticket 4471", "billing", "high",
"""Hi,

I left a pair of Dubarry boots in with your kiosk in Eyre Square
Centre three weeks ago for a resole, ticket 4471. When I went to
collect them they couldn't find them. Today I was told they're "gone"
and was offered a €20 voucher.

Those boots cost me €189 and were barely two years old. A €20 voucher
is an insult. I want the value of the boots refunded, and I want this
dealt with by the area manager, not the lad on the kiosk who clearly
can't do anything about it. Please have them ring me on 087 555 0143.

Declan Fitzgerald"""),
("en", "b89-alterations-voucher-expired", "Sophie Lake <sophie.lake@example.co.uk>", "voucher", "billing", "",
"""Hi! My sister gave me one of your alterations-by-post gift vouchers
(£40) for my birthday but I only just found it in a drawer and it says
it expired in January. Is there any chance you could extend it? It's
never been used. Code is ALT-9K2Q-77.

Sophie x"""),
("en", "b89-upi-deducted-pickup-failed", "Ramesh Iyer <ramesh.iyer@example.in>", "Order #LP-88213", "billing", "",
"""Dear Sir/Madam,

I had booked laundry pickup for 14 kg on your app on 11th June and paid
Rs. 450 through UPI. The amount has been debited from my account (UPI
ref 416283019944) but the app is showing payment failed and asking me
to pay again. Kindly do the needful to either confirm the order with the
payment already made or refund the amount. I do not wish to pay twice.

Thanks and regards,
Ramesh Iyer
Koramangala, Bengaluru"""),
("en", "b89-student-discount-repairs", "Finn Gallagher <finn.gallagher@example.ie>", "student discount?", "billing", "",
"""do you still do the 10% off repairs for students? got a puncture and a
dodgy back wheel, I have my TU Dublin student card"""),
("en", "b89-not-money-machine-wont-start", "Priya Nair <priya.nair@example.co.uk>", "Washer 7", "technical", "",
"""Hi,

Just to be clear this isn't about the money - the payment went through
fine and I've had the £4.20 back in the app already.

The problem is washer 7 at the Gloucester Road branch. Three times now
the app has said "Machine started" and the washer just sits there with
the door locked and nothing happening. The display shows "PAY" the
whole time. I ended up using number 4. Can someone look at it?

Priya"""),
("en", "b89-dryer-smoke-leith-walk", "Alasdair Munro <a.munro@example.co.uk>", "Dryer number 3", "technical", "high",
"""Good evening,

I thought I had better let you know that dryer number 3 in your Leith
Walk launderette gave off a smell like singed hair this afternoon, and a
thin wisp of smoke came out of the vent at the back. I took my things
out, switched it off at the wall and left a note on the door saying not
to use it. Nobody from the company was there at the time.

It may be nothing more than fluff but I would not want someone else to
leave it running.

Alasdair Munro"""),
("en", "b89-key-copy-wont-turn-deadbolt", "Kayla Morgan <kayla.morgan@example.com>", "Key copy", "technical", "",
"""Hi, I had two copies of my deadbolt key made at your kiosk in the
Walgreens on 5th Ave. Both of them go into the lock but won't turn at
all. The original works fine. Can I bring them back in and have them
re-cut or is the machine off? I'm out of town next week so sooner is
better.
Kayla"""),
("en", "b89-ebike-battery-hot-after-service", "Liam Walsh <liam.walsh@example.com.au>", "e-bike after service", "technical", "high",
"""Hi guys,

Picked up my e-bike from the Paddington workshop on Thursday after you
replaced the battery connector. Since then the battery has been getting
properly hot when it's on charge - too hot to keep your hand on - and
last night there was a smell like melting plastic in the garage. It
never did that before the repair.

I've unplugged it and moved it outside onto the concrete for now. Can
someone have a look asap, I don't want to charge it again till you do.

Liam
Brisbane"""),
("en", "b89-locker-code-never-arrived", "Hannah Price <hannah.price@example.co.uk>", "collection code", "technical", "",
"""Hello, the tracking says my parcel is in the locker at Smith's News on
Albert Road and "ready to collect", but the text with the code never came
and the app just shows a spinning wheel where the code should be. I've
tried logging out and in. How do I get it out?

Hannah"""),
("en", "b89-newsagent-handheld-sync-error", "Raj Mistry <raj@mistrysnews.example>", "Mistry's News - parcel point ID 20417", "technical", "high",
"""Hi,

Since Saturday morning every single person who comes in with a return
has had to be sent away. Yesterday I counted 43. Two of my regulars have
told me they're going to use the post office from now on, and a lady
who'd come on the bus from Wibsey was nearly in tears because it was the
last day for her refund. I've also got a sack of collections nobody can
take because I can't book them out.

The handheld says "Sync error 0x41" whatever I do. I have switched it
off and on, charged it overnight and reset it as the helpline told me on
Saturday. Nobody has called back.

Raj Mistry
Mistry's News, Bradford"""),
("en", "b89-brakes-third-time-senior-mechanic", "Colette Ward <colette.ward@example.co.uk>", "Brakes - third time", "technical", "high",
"""This is the third time I've brought my bike back to you about the
front brake. Each time you've "bled" it, charged nothing, and within a
week the lever goes all the way to the handlebar again. On Monday it
happened halfway down Park Hill with a junction at the bottom. I only
stopped because I put my feet down.

I don't want the same junior mechanic looking at it a fourth time. I
want someone senior, the workshop manager or the owner, to look at it
properly and call me before I collect it.

Colette Ward"""),
("en", "b89-fit-photos-stuck-99", "Jordan Ellis <jordan.ellis@example.com>", "upload stuck", "technical", "",
"""Trying to send the fit photos for my suit jacket alteration order. The
upload bar gets to 99% and sits there forever. Tried on my phone (iPhone
13, Safari) and on my laptop in Chrome. Photos are regular JPGs from my
phone. Is there another way to send them, like email?

Jordan"""),
("en", "b89-sharpening-booking-blank", "Pete Chambers <pete.chambers@example.co.uk>", "Website", "technical", "",
"""Your booking page for the postal sharpening just comes up as a blank
white page on my iPad. Works on my wife's phone. Thought you should
know.

Pete"""),
("en", "b89-re-washer-door-still-locked", "Ciara Doyle <ciara.doyle@example.ie>", "Re: Your support request 70562", "technical", "",
"""URGENT!!!

It's still locked. I did what you said - waited 5 minutes and pressed
the start button for 3 seconds - nothing. My work uniform is in there and
I'm on at 7 tomorrow morning. Machine 2, Rathmines.

Ciara

On Tue, 18 Jun 2024 at 19:48, Launderette Support <help@example-washapp.ie> wrote:
> Hi Ciara,
>
> Sorry to hear about this. If the door stays locked after the cycle,
> please wait 5 minutes for it to cool, then hold the start button for
> 3 seconds to release the lock.
>
> Kind regards,
> Niamh"""),
("en", "b89-app-payments-all-chicago", "Marcus Reed <marcus.reed@example.com>", "Nothing works", "technical", "high",
"""Your app won't take payment at ANY of your Chicago locations this
morning. I tried Clark St, then drove to Belmont, then Halsted. Same
"payment provider unavailable" message at all three, and at Belmont
there were maybe 15 people standing around with bags of laundry and no
way to pay, since you took out the coin slots last year. One guy had a
load of wet stuff in a washer he couldn't restart.

Somebody needs to look at this today.

Marcus"""),
("en", "b89-resole-lifting-job-40417", "Sandra Kerr <sandra.kerr@example.co.uk>", "Job 40417", "technical", "",
"""Hello,

The new soles you put on my brown brogues (job 40417) are coming away at
the toe on both shoes after about ten days. I'm not after my money back,
I was very happy with how they looked, I just want them glued or
stitched properly so they last. Can I drop them in at Cheapside without
booking?

Sandra Kerr"""),
("en", "b89-otp-not-received-ironing-app", "Anil Kumar Sharma <anil.k.sharma@example.in>", "OTP issue", "technical", "",
"""Hello team,

I am unable to login to your ironing and laundry app since yesterday.
After entering my mobile number it says "OTP sent" but no SMS is coming.
I have tried 6-7 times and also the "resend OTP" option. Other apps are
receiving OTP on the same number without any problem. I have reinstalled
the app also. Android phone, Jio number.

Please check and revert.

Regards,
Anil Kumar Sharma
Pune"""),
("en", "b89-easter-monday-open", "Ian Rowley <ian.rowley@example.co.uk>", "Easter Monday", "general", "",
"""Are you open Easter Monday? Need a couple of keys cut and it's the only
day I'm off."""),
("en", "b89-wedding-dress-thanks", "Niamh O'Sullivan <niamh.osullivan@example.ie>", "THANK YOU", "general", "",
"""Hi all,

I just wanted to say the most enormous thank you to whoever took up the
hem on my wedding dress. I sent it to you on a Tuesday in an absolute
panic after the shop got it wrong, and it was back with me on the Friday,
perfect, with a little note saying good luck. The wedding was on
Saturday in Kinsale and I didn't trip once.

You're stars. I'll be telling everyone.

Niamh (O'Sullivan now!)"""),
("en", "b89-scarf-left-in-dryer", "Harriet Cole <harriet.cole@example.co.uk>", "Lost scarf", "general", "",
"""Hello,

I think I left a grey cashmere scarf in one of the dryers (5 or 6) at
your Jericho launderette on Saturday afternoon. It has a small moth hole
near one end that I'd darned in blue. Has anyone handed it in? It was my
grandmother's so it means a lot.

Harriet"""),
("en", "b89-counter-eye-roll-not-money", "Daniel Hughes <daniel.hughes@example.co.uk>", "Staff at your Bridge St parcel point", "general", "",
"""Hi,

Before you ask, I'm not after anything back, and it's not about the 50p
for the bag. It's how I was spoken to.

I asked the woman at the counter, politely, whether my parcel could go
today. She rolled her eyes, said "it's on the board, can you not read"
and then carried on talking to her friend about me while I was still
standing there. I've used that shop for years and never had that.

I'd just like it passed on.

Dan Hughes"""),
("en", "b89-son-shouted-at-bike-shop-manager", "Karen Whitfield <karen.whitfield@example.co.uk>", "Complaint about a member of your staff", "general", "high",
"""Dear Sir/Madam,

On Saturday my son, who is 15 and autistic, went into your Kings Heath
shop on his own for the first time to buy an inner tube. He asked the
same question twice because he was nervous and the man at the till
shouted "I've already told you, are you deaf?" in front of other
customers. He came home shaking and won't go back in.

I want to speak to the manager of the shop, or whoever is above them,
not get a standard reply. My number is 07700 900412.

Karen Whitfield"""),
("en", "b89-cracked-step-kiosk-centre", "Joan Fairbrother <joan.fairbrother@example.co.uk>", "The step at your kiosk", "general", "high",
"""Dear Sirs,

I collected my shoes from your kiosk in the Merrion Centre this morning
and I wanted to mention the step up to the counter. It is cracked right
across and the front half rocks when you stand on it. An older gentleman
ahead of me caught his heel and would have gone over if the young man
hadn't grabbed his arm. I'm 78 myself and went very carefully.

I don't wish to make a fuss but I think it ought to be seen to before
somebody does fall.

Joan Fairbrother"""),
("en", "b89-new-address-tailoring-account", "Ben Sutton <ben.sutton@example.com>", "moved", "general", "",
"""Hi, I've moved house. Please update my account so return parcels come
to 27 Greenway Close, Leamington Spa CV32 6HN. Nothing in progress at
the moment. Thanks, Ben"""),
("en", "b89-sar-launderette-app", "Olusegun Adeyemi <o.adeyemi@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all personal data you hold
about me in connection with my account on your launderette app (email
address above), including location data, payment history and any
notes made by staff, and details of who you have shared it with.

Yours faithfully,
Olusegun Adeyemi"""),
("en", "b89-marketing-after-deletion-ico", "Clare Benton <clare.benton@example.co.uk>", "Second request - delete my account", "general", "high",
"""I asked you on 2 April to delete my account and all my data. I got an
automatic reply saying it would be done within 30 days. It's now June
and I'm still getting "We miss you! 20% off your next wash" emails and
texts, so clearly nothing has been deleted.

If I don't get confirmation in writing within 7 days that my data has
been erased, I will be making a complaint to the Information
Commissioner's Office. I've kept copies of everything.

Clare Benton"""),
("en", "b89-junior-club-jerseys-sponsor", "Shane Doherty <shane.doherty@example.com.au>", "Sponsorship - Northside Juniors", "general", "",
"""Hi there,

I coach the Northside Juniors cycling club in Geelong - about 30 kids
aged 8 to 14, mostly on hand-me-down bikes. We're getting new club
jerseys printed for next season and wondered whether your shop would be
interested in sponsoring them in exchange for your logo on the back.
Happy to talk numbers and send a mock-up.

Cheers,
Shane Doherty
Northside Juniors CC"""),
("en", "b89-flat-fix-class-kid", "Megan Torres <megan.torres@example.com>", "Tuesday class", "general", "",
"""Hey! Do you guys still do the Tuesday night fix-your-own-flat class at
the Alberta St shop? Can I bring my 12 year old or is it adults only?
Do we need to bring our own bikes?

Megan"""),
("en", "b89-knives-leave-with-neighbour", "Paul Whitaker <paul.whitaker@example.co.uk>", "Knife return - delivery", "general", "",
"""Hello, when you post my knives back (order SH-7716), please don't leave
them on the doorstep if I'm out - there are kids on this street. Number
14 next door (Mrs Ali) has said she'll take them in. Thanks, Paul"""),
("en", "b89-hello-collect-for-mum", "Sunita Rao <sunita.rao@example.co.uk>", "Hello", "general", "",
"""Hello,

My mother has a parcel waiting at your drop point in the Co-op on
Mansfield Road but she's just had a hip done and can't get out. Can I
collect it for her, and what do I need to bring? I have her collection
code.

Sunita"""),
("en", "b89-bike-flies-now-praise", "Rory McAllister <rory.mcallister@example.co.uk>", "Service", "general", "",
"""Lads, you absolutely murdered it with that service. The old girl flies
now - I smashed my Strava PB on the Crow Road climb on Sunday and nearly
killed myself laughing at the gang trying to keep up. Whoever did the
gears is a genius. See you in spring for the next one.

Rory"""),
# ---------------- Greek ----------------
("el", "b89-stegnotiras-den-xekinise-xreosi", "Ελένη Μαυρίδου <eleni.mavridou@example.gr>", "Χρέωση χωρίς στέγνωμα", "billing", "",
"""Καλησπέρα σας,

Χθες το απόγευμα στο κατάστημα της Κυψέλης (Φωκίωνος Νέγρη) πλήρωσα
μέσω της εφαρμογής 4,50€ για τον στεγνωτήρα 2, αλλά ο στεγνωτήρας δεν
ξεκίνησε ποτέ. Πήγα τα ρούχα στον διπλανό και πλήρωσα ξανά. Δεν ζητάω να
έρθει κάποιος να τον δει, μόνο να μου επιστραφούν τα 4,50€ της πρώτης
χρέωσης στην κάρτα.

Ευχαριστώ,
Ελένη Μαυρίδου"""),
("el", "b89-gl-metakomisi-xania-syndromi-podilatou", "Stelios Vlachakis <stelios.vlachakis@example.gr>", "syndromh service", "billing", "",
"""Kalhmera,

metakomizw telh tou mhna sta Xania gia douleia kai to podilato erxetai
mazi mou, opote den 8a to fernw pleon gia service sto magazi sas sto
Pagkrati. Mporeite na stamathsete th syndromh twn 9,90 to mhna apo ton
epomeno? An exw kapoio ypoloipo pros eseis peite mou na to plhrwsw.

Euxaristw gia ola,
Stelios"""),
("el", "b89-timologio-afm-akonisma-taverna", "Ταβέρνα Η Μουριά <info@mouria-taverna.example>", "Τιμολόγιο για το ακόνισμα", "billing", "",
"""Καλημέρα σας,

Την Τρίτη ήρθε ο συνεργάτης σας και ακόνισε 14 μαχαίρια της κουζίνας
μας, πληρώσαμε 56€ με κάρτα και μας άφησε απόδειξη λιανικής. Χρειαζόμαστε
τιμολόγιο για το λογιστήριο με τα στοιχεία της επιχείρησης:

Κωνσταντίνος Ρήγας - Ταβέρνα Η Μουριά
ΑΦΜ 098765432, ΔΟΥ Βόλου
Ιάσονος 12, Βόλος

Μπορείτε να το στείλετε σε αυτό το email;

Με εκτίμηση,
Κωνσταντίνος Ρήγας"""),
("el", "b89-gl-periptero-plhrwsa-courier-amfisvitisi", "Vaso Triantafyllou <vaso.tri@example.gr>", "DEMA POU DEN FYGE POTE", "billing", "high",
"""Kalhspera,

stis 3 tou mhna plhrwsa 7,80e sto periptero sthn Egnatia (shmeio
paralavhs sas) gia na steilw ena dema sthn adelfh mou sth Larisa. Mou
edwsan apodeixh. To dema den skanaristhke pote, h courier leei oti den
yparxei plhrwmh kai to dema kanei 2 evdomades sto periptero.

Exw steilei 3 email kai kanenas den apantaei. Thelw ta 7,80 pisw. An den
ta dw mexri thn Paraskevh 8a kanw amfisvhthsh xrewshs sthn trapeza kai
8a to afhsw se autous.

Vaso Triantafyllou"""),
("el", "b89-kleidia-polykatoikia-timi", "Διαχείριση Πολυκατοικίας Λ. Αλεξάνδρας 88 <diaxeirisi.al88@example.gr>", "Αντίγραφα κλειδιών εξώπορτας", "billing", "",
"""Καλημέρα,

Είμαι ο διαχειριστής σε πολυκατοικία 12 διαμερισμάτων. Αλλάξαμε την
κλειδαριά της εξώπορτας και χρειαζόμαστε 24 αντίγραφα (2 ανά
διαμέρισμα). Πόσο κοστίζει το καθένα και κάνετε κάποια τιμή για τέτοια
ποσότητα; Θα χρειαστούμε και απόδειξη στο όνομα της πολυκατοικίας για
τα κοινόχρηστα.

Ευχαριστώ,
Παναγιώτης Λαμπρόπουλος"""),
("el", "b89-skylos-efyge-plysimo-kouverton", "Ρενα Καλογερα <rena.kalogera@example.gr>", "Πλυσιμο κουβερτων σκυλου", "billing", "",
"""Καλημερα σας,

Ο Μπομπ, το σκυλακι μας, εφυγε την προηγουμενη βδομαδα στα 14 του.
Οποτε δεν θα χρειαστουμε πια το μηνιαιο πακετο για το πλυσιμο των
κουβερτων και του κρεβατιου του. Παρακαλω σταματηστε τη χρεωση των 12
ευρω απο τον επομενο μηνα.

Να ειστε καλα, παντα ηταν πεντακαθαρες.
Ρενα"""),
("el", "b89-sakaki-xathike-dikigoros", "Αλέξανδρος Χατζής <a.chatzis@example.gr>", "Παραγγελία ΜΤ-40552", "billing", "high",
"""Κύριοι,

Στις 8 Μαΐου σας έστειλα με courier, σύμφωνα με τις οδηγίες της
υπηρεσίας μεταποιήσεων, ένα σακάκι Boglioli για στένεμα στη μέση.
Πλήρωσα 42€ για τη μεταποίηση και 6€ μεταφορικά. Έχει περάσει πάνω από
ένας μήνας, η παραγγελία εμφανίζεται ως «παραλήφθηκε» και από το
τηλεφωνικό σας κέντρο μού είπαν προχθές ότι το σακάκι «δεν εντοπίζεται».

Το σακάκι αγοράστηκε 280€ (επισυνάπτω την απόδειξη). Ζητώ την επιστροφή
της αξίας του μαζί με τα 48€ που πλήρωσα, εντός δέκα ημερών. Διαφορετικά
θα αναθέσω την υπόθεση στον δικηγόρο μου.

Αλέξανδρος Χατζής
Θεσσαλονίκη"""),
("el", "b89-gl-doseis-episkevi-ilektrikou", "Manos Kouris <manos.kouris@example.gr>", "doseis?", "billing", "",
"""Geia sas, mou dwsate prosfora 320e gia to ilektriko (kainourgio motor
pisw troxou). Ginetai na to plhrwsw me pistwtikh se atokes doseis, px
se 4 h 6? An nai 8a to ferw to Savvato.
Manos"""),
("el", "b89-kouponi-den-efarmostike", "Δέσποινα Φραγκιαδάκη <d.fragkiadaki@example.gr>", "Κωδικός έκπτωσης", "billing", "",
"""Καλησπέρα,

Έκανα κράτηση για επιδιόρθωση δύο ζευγαριών παπουτσιών στο site σας
χρησιμοποιώντας τον κωδικό ΦΘΙΝΟΠΩΡΟ15 από το newsletter. Στην οθόνη
έδειξε έκπτωση 15%, όμως χρεώθηκα το πλήρες ποσό των 46€ αντί για
39,10€. Μπορείτε να μου επιστρέψετε τη διαφορά;

Αριθμός κράτησης 88130.

Ευχαριστώ,
Δέσποινα"""),
("el", "b89-re-epistrofi-15-meres", "Γιάννης Σαββίδης <giannis.savvidis@example.gr>", "Re: Αίτημα επιστροφής #5531", "billing", "",
"""Καλησπέρα,

Σήμερα είναι η 15η εργάσιμη και τα χρήματα δεν έχουν φανεί στον
λογαριασμό μου. Μπορείτε να μου στείλετε κάποιο αποδεικτικό της
επιστροφής ή τον κωδικό συναλλαγής να τον δείξω στην τράπεζα;

Γιάννης Σαββίδης

Στις Δευ 27 Μαΐ 2024 στις 10:12, ο/η Εξυπηρέτηση Πελατών <support@example-akonisma.gr> έγραψε:
> Αγαπητέ κ. Σαββίδη,
>
> Σας ενημερώνουμε ότι η επιστροφή των 18,00€ για την ακυρωμένη
> παραγγελία ακονίσματος έχει εγκριθεί και θα εμφανιστεί στην κάρτα σας
> σε 5 εργάσιμες ημέρες.
>
> Με εκτίμηση,
> Ομάδα Εξυπηρέτησης"""),
("el", "b89-afxisi-timis-tsagkari-proistamenos", "Ευαγγελία Ντόκου <evangelia.ntokou@example.gr>", "Τιμή για τακούνια", "billing", "high",
"""Καλησπέρα σας,

Πάω εδώ και χρόνια στο κιόσκι σας στο Metro Mall για τακούνια. Πάντα
πλήρωνα 12€ για ένα ζευγάρι γυναικεία τακάκια. Σήμερα μου ζήτησαν 18€,
χωρίς καμία ενημέρωση και χωρίς να υπάρχει τιμοκατάλογος αναρτημένος.
Όταν ρώτησα γιατί, η κοπέλα μου είπε «αυτά λέει το σύστημα».

Πλήρωσα, αλλά θέλω να μιλήσω με κάποιον προϊστάμενο ή υπεύθυνο
περιοχής, όχι με το κιόσκι. Θέλω να μάθω αν ισχύει αυτή η τιμή και να
μου επιστραφεί η διαφορά αν δεν ισχύει.

Ευαγγελία Ντόκου
Άγιος Δημήτριος"""),
("el", "b89-gl-pausi-kalokairi-xwrio", "Roula P. <roula.p@example.gr>", "kalokairi", "billing", "",
"""Kalhmera!! Fevgoume oikogeneiakws sto xwrio sthn Arkadia apo 1 Iouliou
mexri 10 Septemvriou kai den 8a xreiastoume to pick up tou plyntiriou
ka8e Dey. Mporei na mpei se pausi h syndromh na mhn plhrwnw tous dyo
mhnes? Meta thn 10h 8elw na synexisei kanonika.
Roula"""),
("el", "b89-plirwmi-iris", "Θοδωρης Μπακος <thodoris.bakos@example.gr>", "Πληρωμη", "billing", "",
"""Γεια σας, μπορω να πληρωσω το ακονισμα με IRIS απο το κινητο οταν
ερθει ο κουριερ να παρει τα μαχαιρια η μονο με καρτα στο site;
Ευχαριστω"""),
("el", "b89-gl-den-einai-xrewsh-app-aposyndeei", "Nikos Lazaridis <nikos.lazaridis@example.gr>", "efarmogh", "technical", "",
"""Kalhspera, na pw apo thn arxh oti DEN einai 8ema xrewshs, ta lefta
einai ola swsta.

H efarmogh tou plyntiriou me petaei exw (logout) ka8e fora pou thn kleinw.
Prepei na valw kwdiko kai na perimenw to sms ka8e fora, kai sto magazi
sthn Kalamaria den exei sxedon sima opote kanw 5 lepta na mpw gia na
3ekinhsw to plyntirio. Samsung A54, teleutaia ekdosh ths efarmoghs.

Nikos"""),
("el", "b89-priza-spithes-plyntirio", "Σοφία Αργυροπούλου <sofia.argyropoulou@example.gr>", "Πρίζα στο κατάστημα Νέας Σμύρνης", "technical", "high",
"""Καλημέρα σας,

Ήθελα να σας ενημερώσω ότι η πρίζα στον τοίχο πίσω από το πλυντήριο 4,
στο κατάστημα της Νέας Σμύρνης, έβγαλε σπίθες και ένα μικρό «τακ» όταν
ξεκίνησε το πρόγραμμα σήμερα το πρωί. Γύρω από την πρίζα ο τοίχος έχει
μαυρίσει λίγο. Το πλυντήριο συνέχισε να δουλεύει κανονικά.

Δεν ήταν κανείς υπάλληλος εκεί, γι' αυτό σας γράφω εδώ. Κόλλησα ένα
χαρτί πάνω του να μην το χρησιμοποιούν.

Σοφία Αργυροπούλου"""),
("el", "b89-kleidi-aftokinitou-tsip", "Μιχάλης Τζανετάκης <michalis.tzanetakis@example.gr>", "Κλειδί αυτοκινήτου", "technical", "",
"""Καλησπέρα,

Έφτιαξα αντίγραφο κλειδιού με τσιπ για ένα Toyota Yaris του 2012 στο
κατάστημά σας στο Ηράκλειο. Το κλειδί ανοίγει τις πόρτες και γυρίζει
στη μίζα, αλλά η μηχανή παίρνει μπρος για ένα δευτερόλεπτο και σβήνει,
και αναβοσβήνει το λαμπάκι με το κλειδάκι στο καντράν. Με το αρχικό
κλειδί παίρνει κανονικά. Μήπως δεν περάστηκε σωστά το τσιπ;

Μιχάλης"""),
("el", "b89-gl-periptero-termatiko-nekro", "Periptero Kostas <periptero.kostas@example.gr>", "shmeio paralavhs 3318", "technical", "high",
"""Kalhmera,

apo thn Kyriakh to prwi den mporw na parw kanena dema kai den mporw na
dwsw kanena. O kosmos erxetai me ta demata kai tous dinw pisw. Ka8e
mera 30-40 atoma, polloi me epistrofes pou lhgoun, kai oloi fevgoun
nevriasmenoi me emena. Exw kai 25 demata mesa sto periptero pou perimenoun
paralavh kai den mporw na ta dwsw giati den vgainei o kwdikos.

To mhxanhma grafei "Σφάλμα συγχρονισμού" kai meta kleinei. To eklisa,
to fortisa, ekana reset opws mou eipan sto thlefwno thn Kyriakh. Tipota.
Kanenas den me pire pisw.

Kwstas Dhmou
Periptero Plateia Agias Sofias, Peiraias"""),
("el", "b89-ilektriko-motor-kovetai", "Στελιος Γκικας <stelios.gkikas@example.gr>", "Ηλεκτρικο ποδηλατο μετα το σερβις", "technical", "high",
"""Καλησπερα,

Την Πεμπτη πηρα πισω απο το συνεργειο σας στη Λαρισα το ηλεκτρικο μου
ποδηλατο, μετα την αλλαγη του αισθητηρα. Απο τοτε το μοτερ κοβεται
ξαφνικα και χωρις προειδοποιηση, συνηθως στις ανηφορες. Χθες μου εκοψε
μεσα στη διασταυρωση της Παπαναστασιου και εμεινα στη μεση του δρομου
με αυτοκινητα να ερχονται. Παραλιγο να με παρει ενα λεωφορειο.

Δεν το χρησιμοποιω μεχρι να το δειτε. Πότε μπορω να το φερω;

Στελιος Γκικας"""),
("el", "b89-locker-den-anoigei", "Χριστίνα Λεονταρίτη <christina.leontariti@example.gr>", "Θυρίδα", "technical", "",
"""Καλησπέρα,

Έλαβα το SMS με τον κωδικό για το δέμα μου στις θυρίδες στο περίπτερο
της οδού Ερμού στην Πάτρα. Βάζω τον κωδικό, η οθόνη λέει «Η θυρίδα 17
άνοιξε», ακούγεται το κλικ, αλλά η πόρτα της θυρίδας δεν ανοίγει, σαν να
είναι σφηνωμένη. Ο περιπτεράς λέει ότι δεν έχει κλειδί. Τι κάνω;

Χριστίνα"""),
("el", "b89-gl-kwdikos-metapoiiseis-email", "Irene Kosta <irene.kosta@example.gr>", "kwdikos", "technical", "",
"""geia sas, den mporw na mpw sto logariasmo mou sto site gia tis
metapoihseis. Patao "ksexasa ton kwdiko" alla to email den erxetai pote,
oute sta spam. To email mou einai auto edw. Mporeite na me voh8hsete?
exw paraggelia se e3elixh kai 8elw na dw pou einai"""),
("el", "b89-tachytites-trito-service-ypeuthynos", "Απόστολος Ρουμελιώτης <a.roumeliotis@example.gr>", "Ταχύτητες - τρίτη φορά", "technical", "high",
"""Καλησπέρα,

Τρίτη φορά φέρνω το ποδήλατό μου στο κατάστημα του Χαλανδρίου για το
ίδιο πρόβλημα: οι ταχύτητες πετάγονται μόνες τους και η αλυσίδα πέφτει
όταν αλλάζω στα μικρά γρανάζια. Κάθε φορά μου λένε «ρυθμίστηκε» και σε
δύο μέρες είμαστε πάλι στα ίδια.

Δεν θέλω να το ξαναδεί ο ίδιος μηχανικός. Ζητώ να με καλέσει ο
υπεύθυνος του καταστήματος ή ο ιδιοκτήτης πριν το αφήσω ξανά. Τηλέφωνο
6944 000 318.

Απόστολος Ρουμελιώτης"""),
("el", "b89-re-porta-kleidomeni-epeigon", "Μαρία Καραγιάννη <maria.karagianni@example.gr>", "Re: Αίτημα υποστήριξης 44107", "technical", "",
"""ΕΠΕΙΓΟΝ!!!

Έκανα ακριβώς αυτό που λέτε, περίμενα και πάτησα το κουμπί 3
δευτερόλεπτα. Η πόρτα παραμένει κλειδωμένη και μέσα είναι τα σεντόνια
για το σπίτι που νοικιάζω, έρχονται πελάτες στις 3. Πλυντήριο 5,
Γλυφάδα.

Μαρία

Στις Σάβ 15 Ιουν 2024 στις 11:02, ο/η Υποστήριξη <help@example-washpoint.gr> έγραψε:
> Καλημέρα σας,
>
> Αν η πόρτα δεν ξεκλειδώνει μετά το τέλος του προγράμματος, περιμένετε
> 5 λεπτά και κρατήστε πατημένο το κουμπί έναρξης για 3 δευτερόλεπτα.
>
> Ευχαριστούμε,
> Ομάδα Υποστήριξης"""),
("el", "b89-gl-sola-xekollise-oxi-lefta", "Thanasis Rallis <thanasis.rallis@example.gr>", "Paraggelia 61204", "technical", "",
"""Kalhmera,

h sola pou valate sta maura mokasinia (paraggelia 61204) exei
3ekollhsei mprosta kai sta dyo, meta apo mia vdomada. Den 8elw
epistrofh xrhmatwn, h douleia htan wraia, apla na ta kollhsete h na
ta rapsete swsta. Mporw na ta afhsw sto kioski xwris rantevou?

Thanasis"""),
("el", "b89-etiketes-den-typwnontai-katastima", "Καθαριστήριο Λευκό <info@katharistirio-lefko.example>", "Δεν βγαίνουν ετικέτες", "technical", "high",
"""Καλημέρα,

Είμαστε συνεργαζόμενο σημείο της υπηρεσίας μεταποιήσεων στο Μαρούσι.
Από χθες το μεσημέρι, όταν πατάμε «Εκτύπωση ετικέτας αποστολής» στην
πλατφόρμα συνεργατών, δεν βγαίνει τίποτα. Χθες ο courier έφυγε άδειος,
σήμερα έχουμε 31 παραγγελίες στο ράφι που έπρεπε να είχαν φύγει, και
τρεις πελάτες μάς πήραν ήδη τηλέφωνο γιατί τα ρούχα τους είναι για
γάμο το Σάββατο.

Δοκιμάσαμε δύο υπολογιστές και δύο εκτυπωτές.

Νατάσα Βλάχου
Καθαριστήριο Λευκό"""),
("el", "b89-fotografies-den-anevainoun", "Αννα Σπυροπουλου <anna.spyropoulou@example.gr>", "Φωτογραφιες για τα μετρα", "technical", "",
"""Γεια σας,

Προσπαθω να ανεβασω τις φωτογραφιες για το στενεμα του φορεματος
(μπροστα, πλαι, πισω) αλλα μετα το «Υποβολη» βγαινει «Κατι πηγε στραβα,
δοκιμαστε ξανα». Το εκανα απο κινητο και απο υπολογιστη. Οι φωτογραφιες
ειναι απο το κινητο, 3-4 MB η καθε μια.

Αννα"""),
("el", "b89-gl-stegnotirio-den-zestainei", "Giorgos M. <giorgos.m@example.gr>", "stegnwthrio", "technical", "",
"""to stegnwthrio 1 sto magazi ths Toumpas den zestainei, 40 lepta kai ta
rouxa vgainoun mouskema. girizei kanonika apla krya."""),
("el", "b89-kathara-deftera-orario", "Βασιλική Ορφανού <vasiliki.orfanou@example.gr>", "Καθαρά Δευτέρα", "general", "",
"""Καλημέρα, το κατάστημα με τα πλυντήρια στη Λάρισα (Κύπρου) θα είναι
ανοιχτό την Καθαρά Δευτέρα; Και αν ναι, μέχρι τι ώρα;
Ευχαριστώ"""),
("el", "b89-gl-eyxaristw-kleidaras-kleidwthika", "Dimitra Kanellou <dimitra.kanellou@example.gr>", "ena megalo euxaristw", "general", "",
"""Kalhspera sas,

h8ela na pw ena megalo euxaristw ston kyrio sto kleidadiko sthn
Ippokratous. Thn Tetarth to vrady eixa kleidw8ei exw me to mwro sto
karotsi, kai enw to magazi ekleine se 5 lepta, ekane antigrafo apo to
klidi ths geitonissas mou kai perimene na dei oti anoigei h porta prin
fygei. Den to 3exnaw.

Dimitra"""),
("el", "b89-portofoli-periptero", "Λευτέρης Αθανασίου <lefteris.athanasiou@example.gr>", "Ξεχασμένο πορτοφόλι", "general", "",
"""Καλησπέρα σας,

Σήμερα γύρω στις 12:30 παρέλαβα ένα δέμα από το περίπτερο-σημείο
παραλαβής στην πλατεία Κολωνακίου και νομίζω ότι άφησα το πορτοφόλι μου
πάνω στον πάγκο, δίπλα στις εφημερίδες. Είναι καφέ δερμάτινο με τις
ταυτότητές μου μέσα. Το βρήκε μήπως κανείς; Το τηλέφωνο του περιπτέρου
δεν απαντά.

Λευτέρης Αθανασίου
6977 000 542"""),
("el", "b89-agenis-ypallilos-oxi-apozimiosi", "Κωστας Παπαδακης <kostas.papadakis@example.gr>", "Συμπεριφορα υπαλληλου", "general", "",
"""Καλησπερα,

Δεν ζηταω καμια αποζημιωση ουτε εκπτωση, θελω απλως να το ξερετε. Το
Σαββατο πηγα στο κιοσκι στο Mediterranean Cosmos να παραλαβω τα
παπουτσια μου. Ο υπαλληλος μιλουσε στο κινητο ολη την ωρα, μου πεταξε
τη σακουλα πανω στον παγκο και οταν ρωτησα αν εγινε και το γυαλισμα μου
ειπε «ο,τι γραφει το χαρτι» και γυρισε την πλατη.

Κωστας Παπαδακης"""),
("el", "b89-gl-patera-mou-prosvolh-idiokthths", "Eleftheria Z. <eleftheria.z@example.gr>", "Symperifora sto magazi sas", "general", "high",
"""Kalhmera,

o pateras mou einai 81 xronwn kai phge xthes sto magazi sas me ta
podhlata sto Peristeri na rwthsei gia ena tricyclo. O ypallhlos ton
koroidepse mprosta se allous pelates, tou eipe "ti to 8es pappou, na
pas sto nekrotafeio pio grhgora?" kai gelousan. O pateras mou gyrise
spiti kai den milouse olo to apogeuma.

8elw na milhsw me ton idiokthth tou magaziou, oxi me ton idio ypallhlo.
To thlefwno mou einai 6945 000 117.

Eleftheria Zervou"""),
("el", "b89-spasmeno-tzami-eisodos", "Ιωάννα Δρόσου <ioanna.drosou@example.gr>", "Τζάμι στην είσοδο", "general", "high",
"""Καλημέρα σας,

Στο κατάστημα με τα πλυντήρια στην Αγίου Μελετίου, το κάτω τζάμι της
εισόδου είναι σπασμένο από χθες. Λείπει ένα κομμάτι και οι άκρες που
έμειναν στο πλαίσιο είναι κοφτερές, στο ύψος που φτάνει ένα παιδί. Το
πρωί έπαιζαν μπροστά δύο παιδάκια όσο οι μαμάδες τους περίμεναν τα
ρούχα.

Απλώς να το ξέρετε, ίσως χρειάζεται να μπει κάτι από πάνω μέχρι να
αλλαχτεί.

Ιωάννα Δρόσου"""),
("el", "b89-allagi-kinitou", "Παύλος Ξενάκης <pavlos.xenakis@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλησπέρα, άλλαξα αριθμό κινητού. Παρακαλώ περάστε στον λογαριασμό μου
το 6932 000 814 αντί για το παλιό, για να έρχονται εκεί τα μηνύματα
όταν είναι έτοιμα τα παπούτσια. Ευχαριστώ, Παύλος Ξενάκης"""),
("el", "b89-gl-aithma-prosvashs-dedomena", "Yannis Georgiou <yannis.georgiou@example.gr>", "GDPR aithma", "general", "",
"""Kalhmera sas,

Symfwna me ton GDPR (ar8ro 15) 8a h8ela na mou steilete antigrafo olwn
twn proswpikwn dedomenwn pou kratate gia mena sthn efarmogh tou
plyntiriou: stoixeia logariasmou, istoriko, topo8esies, kai se poious
ta exete dwsei.

Euxaristw,
Giannis Georgiou"""),
("el", "b89-cctv-facebook-arxi", "Μαρίνα Κοντού <marina.kontou@example.gr>", "Βίντεο από την κάμερα του καταστήματος", "general", "high",
"""Κύριοι,

Στη σελίδα Facebook του καταστήματός σας στο Χαλάνδρι αναρτήθηκε χθες
απόσπασμα από την κάμερα ασφαλείας όπου φαίνομαι καθαρά εγώ να
διπλώνω τα ρούχα μου, με λεζάντα «Πώς ΔΕΝ αφήνουμε το τραπέζι». Δεν
έδωσα ποτέ συγκατάθεση, με αναγνώρισαν γείτονες και συνάδελφοι.

Ζητώ να κατέβει η ανάρτηση σήμερα και να μου επιβεβαιώσετε γραπτώς ποιος
έχει πρόσβαση στο υλικό των καμερών. Αν δεν γίνει, θα υποβάλω καταγγελία
στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Μαρίνα Κοντού"""),
("el", "b89-xorigia-sxoliki-giorti", "Σύλλογος Γονέων 4ου Δημ. Καλαμάτας <syllogos4dim.kal@example.gr>", "Λαχειοφόρος αγορά σχολικής γιορτής", "general", "",
"""Καλημέρα σας,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Καλαμάτας οργανώνει λαχειοφόρο
αγορά στη γιορτή λήξης, στις 14 Ιουνίου, για να αγοράσουμε βιβλία για
τη σχολική βιβλιοθήκη. Θα θέλατε να προσφέρετε ένα δώρο (π.χ. ένα
service ποδηλάτου); Θα αναφέρουμε το κατάστημά σας στην αφίσα και στην
ανακοίνωση των νικητών.

Με εκτίμηση,
Ευτυχία Μαργαρίτη
Πρόεδρος"""),
("el", "b89-gl-ergastiri-gynaikes-podilato", "Katerina Vlachou <katerina.vlachou@example.gr>", "ergastiri", "general", "",
"""Geia sas! Eida sto instagram oti kanete ergasthrio vasikhs syntirhshs
podhlatou mono gia gynaikes. Pote einai to epomeno, xreiazetai dhlwsh
kai na ferw to diko mou podhlato? Eimai entelws arxarea :)
Katerina"""),
("el", "b89-odigies-koudouni-xalasmeno", "Φωτης Ζαχαριου <fotis.zachariou@example.gr>", "Παραδοση - κουδουνι", "general", "",
"""Καλημερα, οταν φερει ο κουριερ πισω τα μαχαιρια (παραγγελια 20977) το
θυροτηλεφωνο στην πολυκατοικια δεν δουλευει. Να με παρει τηλεφωνο στο
6971 000 260 να κατεβω, 2ος οροφος, Αλκαμενους 31. Αν δεν απαντησω να
τα αφησει στο διπλανο φουρνο, τους το εχω πει.
Φωτης"""),
("el", "b89-gl-erwthsh-afhnw-dema-gia-allon", "Spyros K. <spyros.k@example.gr>", "Erwthsh", "general", "",
"""Kalhspera, mporw na afhsw ena dema sto periptero sthn Tsimiskh gia na
to parei enas filos mou pou den exei logariasmo? Dhladh xwris na
stalei me courier, apla na to kratisete mia dyo meres. Ginetai auto
h mono gia apostoles?"""),
("el", "b89-epainos-fonika-maxairia", "Χαρης Λαμπρακης <charis.lamprakis@example.gr>", "Μαχαιρια", "general", "",
"""Παιδια τα μαχαιρια γυρισαν φονικα! Το γιαπωνεζικο κοβει την ντοματα
χωρις να την ακουμπησω σχεδον, η γυναικα μου λεει οτι εγιναν επικινδυνα
και δεν τα πιανει. Ευχαριστω πολυ, θα σας ξαναστειλω τα ψαλιδια τον
Σεπτεμβρη.
Χαρης"""),
# ---------------- Spanish ----------------
("es", "b89-bizum-afilado", "Lucía Ortega <lucia.ortega@example.es>", "Pago del afilado", "billing", "",
"""Hola, buenas:

Tengo que mandaros cuatro cuchillos y unas tijeras de costura para
afilar. ¿Se puede pagar con Bizum cuando pase el mensajero a recogerlos,
o solo con tarjeta en la web? Es que no me fío mucho de meter la tarjeta.

Gracias,
Lucía"""),
("es", "b89-cobro-doble-app-lavanderia-mx", "Fernanda Ruiz <fer.ruiz@example.com.mx>", "cobro doble", "billing", "",
"""Hola buenas tardes, el sábado lavé en la sucursal de la colonia Narvarte
y la app me cobró dos veces la lavadora grande, $85 y $85, a la misma
hora. Solo usé una lavadora. Les mando captura del estado de cuenta.
¿Me pueden regresar los $85 que me cobraron de más? Gracias"""),
("es", "b89-jubilado-plan-camisas", "Horacio Benítez <horacio.benitez@example.com.ar>", "Plan de camisas", "billing", "",
"""Buenas tardes:

Les cuento que el viernes fue mi último día en el estudio después de 38
años. Se terminaron los trajes y las camisas blancas, gracias a Dios. Así
que no tiene sentido seguir con el plan mensual de lavado y planchado de
10 camisas ($18.500 por mes). Por favor denlo de baja a partir de julio.

Les agradezco el buen servicio todos estos años, las camisas siempre
impecables.

Horacio Benítez
Rosario"""),
("es", "b89-factura-empresa-bicis-reparto", "Administración <admin@repartosverdes.example>", "Factura revisión bicis", "billing", "",
"""Buenos días:

La semana pasada os llevamos 5 bicis de reparto al taller de la calle
Sagunto para revisión completa, 347,60 € en total pagados con tarjeta.
Necesitamos la factura a nombre de la empresa, no el tique:

Repartos Verdes S.L.
CIF B-87654321
C/ Fuencarral 140, 28010 Madrid

Si podéis poner la matrícula interna de cada bici (RV-11 a RV-15) en
cada línea, mejor.

Un saludo,
Beatriz Lozano
Administración"""),
("es", "b89-envio-cobrado-dos-veces-sic", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Cobro del envío dos veces - pedido 30771", "billing", "high",
"""Buenas tardes,

Envié un pantalón y una chaqueta para ajuste con su servicio de arreglos
por correo. En el extracto de mi tarjeta aparece dos veces el envío de
regreso ($18.900 cada uno), además del arreglo. Ya escribí el 4 y el 11
de junio y me responden con un mensaje automático.

Les pido que me devuelvan los $18.900 cobrados de más. Si en cinco días
hábiles no tengo respuesta, voy a radicar la queja ante la
Superintendencia de Industria y Comercio.

Andrés Felipe Gómez
Medellín"""),
("es", "b89-llave-coche-disputa-banco", "Sergio Mena <sergio.mena@example.es>", "Llave del coche", "billing", "high",
"""Buenas,

El 30 de mayo me hicieron en su tienda de Valencia (av. del Puerto) una
copia de la llave del Seat Leon con mando. Pague 45 euros. La llave no
arranca el coche, lo comprobaron alli mismo y me dijeron que pasara a
por el dinero "en unos dias". He vuelto tres veces y siempre falta el
encargado que tiene que autorizarlo.

Quiero mis 45 euros. Si no estan devueltos en la tarjeta el lunes abro
una reclamacion con el banco por cobro de un servicio no prestado y que
lo resuelvan ellos.

Sergio Mena"""),
("es", "b89-papa-fallecio-afilado-cl", "Constanza Muñoz <constanza.munoz@example.cl>", "Suscripción de afilado", "billing", "",
"""Hola,

Les escribo por la suscripción de afilado a domicilio que tenía mi papá,
Jorge Muñoz, en Ñuñoa. Él falleció hace unas semanas y era el que
cocinaba en la casa, así que ya nadie la va a usar. ¿Me pueden ayudar a
darla de baja y que no se cobren más los $12.990 mensuales en su
tarjeta? Si necesitan algún documento me avisan.

Muchas gracias,
Constanza Muñoz"""),
("es", "b89-edredon-perdido-encargado", "Inmaculada Torres <inma.torres@example.es>", "Nórdico desaparecido", "billing", "high",
"""Buenas tardes:

El día 3 dejé en su lavandería de Triana un nórdico de plumas de 150 para
el servicio de lavado y secado (ticket 1184). Cuando fui a recogerlo no
estaba. Desde entonces me han dicho tres veces que "aparecerá". Hoy la
chica me ha dicho que lo dan por perdido y que me devuelven los 18 € del
lavado.

El nórdico me costó 139 € hace un año. No acepto que me devuelvan solo
el lavado. Quiero hablar con el encargado o con quien lleve las tiendas
de Sevilla, y que me abonen el valor del nórdico.

Inmaculada Torres"""),
("es", "b89-meses-sin-intereses-bici", "Diego Salinas <diego.salinas@example.com.mx>", "pregunta", "billing", "",
"""Qué tal, me cotizaron $6,400 la reparación de la suspensión de mi bici de
montaña en la sucursal de Zapopan. ¿Se puede pagar a meses sin
intereses con tarjeta de crédito? ¿A cuántos meses? Saludos"""),
("es", "b89-re-presupuesto-sena-mercadopago", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "Re: Presupuesto restauración bici", "billing", "",
"""Hola Nico, perfecto, dale para adelante con todo. ¿La seña de
$60.000 te la puedo pasar por Mercado Pago o tiene que ser
transferencia? Pasame el alias así la mando hoy.

Abrazo,
Martín

El mié, 12 jun 2024 a las 18:40, Nicolás <taller@bicicleteriapalermo.example> escribió:
> Martín, te paso el presupuesto de la restauración de la Legnano:
> cuadro arenado y pintado, cableado nuevo, cubiertas y service de
> cajas: $185.000 en total. Para arrancar te pedimos una seña de
> $60.000.
> Saludos, Nico"""),
("es", "b89-descuento-jubilados-zapatero", "Remedios Gil <remedios.gil@example.es>", "Descuento", "billing", "",
"""Buenos días, ¿hacen descuento a los jubilados en el zapatero del
mercado de Ruzafa? Tengo la tarjeta de jubilada. Gracias"""),
("es", "b89-pausa-camino-santiago", "Pablo Iglesias Roca <pablo.iroca@example.es>", "Plan de lavado", "billing", "",
"""Hola!

Me voy a hacer el Camino de Santiago entero desde Roncesvalles, salgo el
1 de julio y calculo volver a finales de agosto. Mientras tanto no voy
a pisar la lavanderia, asi que me gustaria congelar el plan mensual
esos dos meses para no pagar por nada. A la vuelta lo reactivo yo desde
la app o como me digais.

Buen camino para mi,
Pablo"""),
("es", "b89-cambio-plantillas-talla", "Rocío Valdivia <rocio.valdivia@example.pe>", "Cambio de plantillas", "billing", "",
"""Hola, buenas tardes.

Compré unas plantillas de gel en su módulo de reparación de calzado en
el Jockey Plaza, talla 37-38, y me quedan chicas. Están sin usar y con
su caja. ¿Las puedo cambiar por la talla 39-40 o me devuelven el dinero
(S/ 45)? Tengo la boleta.

Gracias,
Rocío"""),
("es", "b89-no-es-cobro-app-no-reconoce", "Jordi Puig <jordi.puig@example.es>", "Lavadora 3 de Gràcia", "technical", "",
"""Hola,

No es una queja por el cobro, el saldo está bien. Es que la app no
reconoce la lavadora 3 de la tienda de Gràcia: escaneo el código QR y
me sale "Máquina no encontrada". Con las demás funciona. Ya me ha pasado
tres veces esta semana y al final uso otra, pero los domingos está
todo lleno.

Jordi"""),
("es", "b89-secadora-chispas-mx", "Guadalupe Hernández <lupita.hernandez@example.com.mx>", "Secadora 6", "technical", "high",
"""Buenas noches,

Nada más para avisarles que hoy en la lavandería de Coyoacán, en la
secadora número 6, vi salir unas chispitas por la rejilla de atrás,
abajo a la izquierda, cuando empezó a girar. Olía a cable quemado. Saqué
mi ropa, la desconecté del enchufe y le puse un papel de "no usar". No
había nadie encargado a esa hora.

Saludos,
Guadalupe Hernández"""),
("es", "b89-copia-llave-no-entra-ar", "Valeria Sosa <valeria.sosa@example.com.ar>", "Copia de llave", "technical", "",
"""Hola, me hicieron dos copias de la llave de la puerta del edificio en el
local de Cabildo y ninguna de las dos entra del todo en la cerradura,
se traban a la mitad. La original entra perfecto. ¿Las puedo llevar
para que las rehagan? Tengo el ticket.
Vale"""),
("es", "b89-estanco-terminal-consecuencias", "Estanco Nº 14 Valladolid <estanco14.valladolid@example.es>", "Punto de recogida 5520", "technical", "high",
"""Buenos días:

Desde el lunes no puedo dar de alta ni entregar ningún paquete. Cada
persona que entra con una devolución se va con ella. Ayer fueron más de
treinta, varios con el plazo de devolución venciendo, y una señora me
montó un escándalo delante de toda la cola. Tengo además 52 paquetes en
la trastienda que la gente viene a recoger y no puedo entregar porque
no me deja validar el código.

La PDA da "Error de sincronización" en cuanto la enciendo. Ya la he
reiniciado, cargado y restablecido como me indicaron por teléfono el
lunes. Nadie me ha vuelto a llamar.

Mercedes Alonso
Estanco Nº 14, Valladolid"""),
("es", "b89-freno-bici-electrica-bajada-co", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Freno trasero después del mantenimiento", "technical", "high",
"""Buenas tardes,

El martes recogí mi bicicleta eléctrica en su taller de Laureles después
del mantenimiento general, donde cambiaron pastillas y purgaron los
frenos. Ayer bajando por la Las Palmas el freno trasero dejó de frenar
casi por completo: la manigueta llega hasta el manubrio. Tuve que
frenar solo con el delantero y casi me voy al piso en una curva.

No la voy a volver a usar hasta que la revisen. Por favor díganme cuándo
la puedo llevar.

Camilo Restrepo"""),
("es", "b89-taquilla-codigo-no-valido", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Taquilla", "technical", "",
"""Hola, tengo un paquete en las taquillas del quiosco de la plaza del
Ensanche en Bilbao. Meto el codigo del SMS y la pantalla dice "Codigo
no valido". Lo he metido cuatro veces, copiado tal cual. El seguimiento
dice "Listo para recoger". Que hago?

Nerea"""),
("es", "b89-usuario-bloqueado-arreglos-mx", "Alejandro Cervantes <alejandro.cervantes@example.com.mx>", "no puedo entrar", "technical", "",
"""Buenas, intenté entrar a mi cuenta en la página de arreglos y me salió
que la contraseña era incorrecta, la cambié con el correo de
recuperación y ahora me sale "Usuario bloqueado, contacte a soporte".
Necesito ver el estatus de mi pedido de unos pantalones que mandé.
Gracias"""),
("es", "b89-rueda-descentrada-tercera-responsable", "Elena Castaño <elena.castano@example.es>", "Rueda trasera - tercera vez", "technical", "high",
"""Buenas tardes:

Es la tercera vez que llevo mi bici al taller de Chamberí por la rueda
trasera. Cada vez me la centran, me dicen que ya está, y a la semana
vuelve a rozar con el freno y hace un ruido metálico. La última vez me
la cobraron y todo.

No quiero que la vuelva a ver el mismo mecánico. Quiero que me llame el
responsable del taller o de la cadena antes de dejarla otra vez, porque
esto ya no es normal. Mi teléfono: 600 000 417.

Elena Castaño"""),
("es", "b89-re-puerta-bloqueada-urgente", "Carmen Delgado <carmen.delgado@example.es>", "Re: Incidencia 88214", "technical", "",
"""¡¡URGENTE!!

He hecho lo que me decís y sigue sin abrirse. Dentro está la ropa del
equipo de fútbol de mi hijo y juegan mañana a las 10. Lavadora 2,
lavandería de la calle Feria.

Carmen

El sáb, 15 jun 2024 a las 20:05, Atención al Cliente <ayuda@example-lavapp.es> escribió:
> Hola Carmen:
>
> Si la puerta no se desbloquea al terminar el programa, espera 5
> minutos y mantén pulsado el botón de inicio 3 segundos.
>
> Un saludo,
> Equipo de Atención al Cliente"""),
("es", "b89-suela-despegada-no-plata", "Gustavo Ledesma <gustavo.ledesma@example.com.ar>", "Orden 5532", "technical", "",
"""Buenas, las botas que me resolaron (orden 5532) se despegaron adelante
en las dos, a los diez días. Aclaro que no quiero que me devuelvan la
plata, el trabajo quedó lindo, solo quiero que las peguen o las cosan
bien para que duren. ¿Las puedo dejar sin turno en el local de
Caballito?

Gustavo"""),
("es", "b89-app-caida-santiago-cl", "Francisca Rojas <francisca.rojas@example.cl>", "¿Qué pasa con la app?", "technical", "high",
"""Hola, la app no carga desde las 9 de la mañana y como las máquinas
solo funcionan con la app no se puede lavar en ninguna parte. Fui a la
de Providencia y después a la de Ñuñoa y en las dos había gente
esperando sin poder hacer nada, unos con ropa mojada adentro de las
lavadoras porque el ciclo se cortó y no las podían volver a partir. En
el grupo de WhatsApp del edificio dicen que en Las Condes pasa lo mismo.

Por favor arréglenlo al tiro.

Francisca"""),
("es", "b89-web-afilado-no-calcula-envio", "Raul Garrido <raul.garrido@example.es>", "Pedido web", "technical", "",
"""Hola, en la web del afilado por correo al meter mi codigo postal (33012,
Oviedo) el carrito se queda en "Calculando envio..." y no me deja pasar
al pago. Lo he intentado con el movil y con el ordenador. Un saludo"""),
("es", "b89-secadora-no-calienta-short", "Karla Domínguez <karla.dominguez@example.com.mx>", "secadora", "technical", "",
"""la secadora 2 de la sucursal del centro de Puebla no calienta, dio
vueltas 45 minutos y la ropa salió igual de mojada"""),
("es", "b89-horario-san-isidro", "Ángel Moreno <angel.moreno@example.es>", "San Isidro", "general", "",
"""Buenas, ¿el día de San Isidro abrís el zapatero del mercado de
Chamberí o está cerrado por ser festivo en Madrid? Gracias"""),
("es", "b89-gracias-zapatero-ar", "Silvina Paz <silvina.paz@example.com.ar>", "Gracias!!", "general", "",
"""Hola! Les escribo solo para agradecer a Don Osvaldo, el zapatero del
local de Belgrano. Le llevé los zapatos de baile de mi mamá, que tienen
como 40 años y pensé que no tenían arreglo, y me los devolvió como
nuevos, con la hebilla original que le había costado conseguir. Mi mamá
lloró cuando los vio. Un genio, cuídenlo mucho.

Silvina"""),
("es", "b89-chamarra-olvidada-mx", "Rodrigo Aguilar <rodrigo.aguilar@example.com.mx>", "Chamarra olvidada", "general", "",
"""Buenas tardes, ayer como a las 7 pm dejé olvidada una chamarra de
mezclilla con borrego en la mesa de doblar de la lavandería de la Roma
Norte. Tiene un pin de los Pumas en la bolsa. ¿Alguien la entregó?
Paso por ella cuando me digan.

Rodrigo"""),
("es", "b89-empleado-borde-no-dinero", "Marta Serrano <marta.serrano@example.es>", "Trato en el punto de recogida", "general", "",
"""Hola:

Antes de nada, no quiero que me devuelvan nada ni ningún descuento, no
es una cuestión de dinero.

El jueves fui a recoger un paquete al quiosco de la plaza del Pilar. El
chico que atendía me dijo que "no tenía tiempo para paquetes" mientras
estaba mirando el móvil, y cuando por fin lo buscó me lo tiró encima
del mostrador sin mirarme. Llevo años recogiendo allí y nunca me había
pasado. Solo quiero que se sepa.

Marta Serrano"""),
("es", "b89-insulto-gerente-co", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "Maltrato en su local de Chapinero", "general", "high",
"""Buenas tardes,

Ayer fui a su local de arreglos de Chapinero a reclamar un vestido. Le
pregunté a la muchacha por qué el dobladillo estaba torcido y me gritó
delante de otros clientes "si no le gusta, vaya a otra parte, señora
cansona", y otro empleado se rió. Nunca me habían tratado así.

Quiero hablar con el gerente o con el dueño del negocio, no con el
mismo local. Le agradezco que me llamen al 310 000 4521.

Luz Marina Ospina"""),
("es", "b89-escalon-roto-quiosco", "Josefa Navarro <josefa.navarro@example.es>", "El escalón del quiosco", "general", "high",
"""Buenas tardes:

Quería comentarles que el escalón de entrada del quiosco de la calle
Mayor de Alcalá, donde recojo los paquetes, tiene el borde roto y una
baldosa suelta que se mueve al pisar. Esta mañana una señora mayor que
iba delante de mí tropezó y menos mal que se agarró a la puerta. Yo
tengo 74 años y voy con bastón, así que entro con mucho cuidado.

No quiero montar ningún lío, pero convendría arreglarlo antes de que
alguien se caiga.

Josefa Navarro"""),
("es", "b89-cambio-correo-cl", "Ignacio Vergara <ignacio.vergara@example.cl>", "Cambio de correo", "general", "",
"""Hola, quiero cambiar el correo de mi cuenta de la lavandería a este
nuevo (el de arriba), porque el antiguo de la universidad lo van a
cerrar. RUT 15.234.567-8. Gracias"""),
("es", "b89-acceso-datos-rgpd", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

Al amparo del artículo 15 del RGPD, solicito que me faciliten una copia
de todos los datos personales que su empresa trata sobre mí en relación
con mi cuenta de la aplicación de lavandería (correo arriba indicado),
incluidos el historial de uso y ubicaciones, así como la finalidad del
tratamiento y los destinatarios a los que se hayan comunicado.

Atentamente,
Íñigo Larrañaga"""),
("es", "b89-sms-publicidad-aepd", "Cristina Aranda <cristina.aranda@example.es>", "Baja de publicidad - segunda vez", "general", "high",
"""Buenos días:

El 10 de abril pedí por escrito darme de baja de toda comunicación
comercial y la supresión de mis datos, y me confirmaron la recepción.
Desde entonces he recibido 9 SMS de "¡Te echamos de menos! 2x1 en tu
próximo arreglo" y dos correos.

Si en 10 días no recibo confirmación de que mis datos han sido
suprimidos, presentaré una reclamación ante la Agencia Española de
Protección de Datos. Guardo capturas de todos los mensajes.

Cristina Aranda"""),
("es", "b89-patrocinio-carrera-infantil-mx", "Club Ciclista Tlaquepaque <contacto@cctlaquepaque.example>", "Patrocinio - Rodada Infantil", "general", "",
"""Buen día,

El Club Ciclista Tlaquepaque organiza el 28 de septiembre la Rodada
Infantil, unos 150 niños de 5 a 12 años. Buscamos patrocinadores para
playeras y para un punto de revisión mecánica antes de la salida.
¿Les interesaría participar? Pondríamos su logo en las playeras y en la
lona de meta.

Saludos cordiales,
Ana Karen Villaseñor
Club Ciclista Tlaquepaque"""),
("es", "b89-taller-mecanica-basica-ar", "Tomás Herrera <tomas.herrera@example.com.ar>", "taller de mecánica", "general", "",
"""Hola che, vi que dan un taller de mecánica básica para ciclistas los
sábados. ¿Quedan cupos para julio? ¿Hay que llevar la bici propia o usan
las de ustedes? Gracias!"""),
("es", "b89-entrega-conserjeria", "Alberto Pastor <alberto.pastor@example.es>", "Entrega de los pantalones", "general", "",
"""Hola, cuando me devolváis los pantalones del arreglo (pedido 61529)
dejadlos por favor en la conserjería, el conserje se llama Julián y está
de 8 a 15. Por la tarde no hay nadie. Gracias."""),
("es", "b89-hola-paquete-hermana-co", "Daniela Cárdenas <daniela.cardenas@example.com.co>", "Hola", "general", "",
"""Hola, buenos días.

Mi hermana tiene un paquete esperando en su punto de recogida de la
papelería en Cedritos, pero está de viaje hasta el otro mes. ¿Lo puedo
recoger yo? ¿Qué necesito, copia de su cédula, una carta? Tengo el
código de recogida que le llegó.

Gracias,
Daniela"""),
("es", "b89-cuchillos-dan-miedo", "Xosé Manuel Vázquez <xose.vazquez@example.es>", "Los cuchillos", "general", "",
"""Pero qué barbaridad. Los cuchillos han vuelto que dan miedo, el de
pan corta el tomate como si fuera mantequilla. Mi mujer dice que son un
arma y no los quiere ni tocar. Muchas gracias, en septiembre os mando
los del bar de mi cuñado.

Xosé Manuel"""),
# ---------------- Polish ----------------
("pl", "b89-blik-podwojnie-pranie", "Agnieszka Wiśniewska <agnieszka.wisniewska@example.pl>", "Podwójna płatność BLIK", "billing", "",
"""Dzień dobry,

w sobotę w pralni przy Legnickiej we Wrocławiu zapłaciłam w aplikacji
BLIKIEM za pranie 8 kg. Aplikacja się zawiesiła, więc zapłaciłam
jeszcze raz i z konta zeszło dwa razy po 18 zł. Pranie było jedno.
Proszę o zwrot 18 zł na konto, nie w punktach w aplikacji.

Pozdrawiam,
Agnieszka Wiśniewska"""),
("pl", "b89-kontrakt-norwegia-zawieszenie", "Marek Kowalczyk <marek.kowalczyk@example.pl>", "abonament", "billing", "",
"""Dzien dobry, wyjezdzam na kontrakt do Norwegii od 1 lipca na 4
miesiace i przez ten czas nie bede korzystal z pralni. Czy mozna
zawiesic abonament (49 zl/mies.) na ten czas zeby nie placic? Po
powrocie w listopadzie chce wrocic na ten sam pakiet.
Marek"""),
("pl", "b89-faktura-nip-klucze-biuro", "Biuro Rachunkowe Bilans <biuro@bilans-torun.example>", "Faktura za klucze", "billing", "",
"""Dzień dobry,

wczoraj w Państwa punkcie w Galerii Copernicus dorobiliśmy 12 kluczy do
nowego biura (razem 156 zł, płatność kartą) i dostaliśmy tylko
paragon. Prosimy o wystawienie faktury:

Biuro Rachunkowe Bilans Sp. z o.o.
ul. Szeroka 22, 87-100 Toruń
NIP 956-000-12-34

Paragon bez NIP-u, ale mamy go i możemy przesłać skan.

Z poważaniem,
Joanna Lis"""),
("pl", "b89-zly-plaszcz-rzecznik", "Krzysztof Zieliński <krzysztof.zielinski@example.pl>", "Zamówienie KR-22817 - reklamacja", "billing", "high",
"""Dzień dobry,

w kwietniu wysłałem Państwu wełniany płaszcz do skrócenia rękawów,
zapłaciłem 120 zł plus 19 zł za przesyłkę zwrotną. W zeszłym tygodniu
przyszedł do mnie cudzy płaszcz, w innym rozmiarze i kolorze. Od tego
czasu napisałem cztery maile i nikt nie potrafi powiedzieć, gdzie jest
mój.

Żądam zwrotu 139 zł oraz odesłania mojego płaszcza albo zwrotu jego
wartości (890 zł, mam paragon). Jeśli w ciągu 14 dni nie dostanę
konkretnej odpowiedzi, sprawę zgłaszam do Miejskiego Rzecznika
Konsumentów.

Krzysztof Zieliński
Poznań"""),
("pl", "b89-cennik-nozyczki-fryzjerskie", "Salon Fryzjerski Mira <salon.mira@example.pl>", "Ostrzenie nożyczek - cena", "billing", "",
"""Dzień dobry, prowadzę salon fryzjerski w Łodzi. Ile kosztuje u Państwa
ostrzenie nożyczek fryzjerskich (japońskie, wypukłe ostrze)? Mamy ich
10 sztuk z trzech stanowisk - czy przy takiej ilości jest rabat i czy
wysyłka w obie strony jest w cenie?

Mirosława Pawlak"""),
("pl", "b89-babcia-dom-opieki-odbior-prania", "Ewa Dąbrowska <ewa.dabrowska@example.pl>", "Odbiór prania - p. Halina Dąbrowska", "billing", "",
"""Dzień dobry,

babcia, pani Halina Dąbrowska z ul. Kościuszki 14/3, od poniedziałku
mieszka w domu opieki w Lublinie, gdzie pranie robią na miejscu. Czy
mogę w jej imieniu zakończyć cotygodniowy odbiór prania (89 zł
miesięcznie)? Mam od niej upoważnienie, mogę przesłać skan. Proszę
też o informację, czy za czerwiec coś jeszcze zostanie pobrane.

Dziękuję,
Ewa Dąbrowska (wnuczka)"""),
("pl", "b89-breloki-domofon-chargeback", "Paweł Nowicki <pawel.nowicki@example.pl>", "Trzy płatności za jedno zlecenie", "billing", "high",
"""Dzień dobry,

18 maja w punkcie przy ul. Grochowskiej dorobiono mi dwa breloki do
domofonu, 60 zł. Terminal dwa razy pokazał błąd i pani kazała płacić
ponownie. Z mojej karty zeszło trzy razy po 60 zł. Pani obiecała, że
"centrala zwróci". Minął miesiąc, nikt nic nie zwrócił, na maile nikt
nie odpowiada.

Jeśli do końca tygodnia nie otrzymam zwrotu 120 zł, składam w banku
reklamację transakcji (chargeback) i niech bank się z Państwem
rozlicza.

Paweł Nowicki"""),
("pl", "b89-serwis-250-zamiast-150-kierownik", "Tomasz Wróbel <tomasz.wrobel@example.pl>", "Rachunek za serwis roweru", "billing", "high",
"""Dzień dobry,

przed oddaniem roweru do serwisu na Kazimierzu dostałem wycenę 150 zł
za przegląd. Przy odbiorze policzono mi 250 zł, bo "wymieniono linki i
pancerze", o co nikt mnie nie pytał i na co się nie zgadzałem. Chłopak
przy ladzie powiedział, że nic nie może zrobić.

Proszę o kontakt kierownika serwisu albo kogoś wyżej, bo chcę zwrotu
100 zł różnicy i wyjaśnienia, dlaczego robicie prace bez zgody
klienta. Telefon 601 000 382.

Tomasz Wróbel"""),
("pl", "b89-raty-naprawa-eroweru", "Natalia Kamińska <natalia.kaminska@example.pl>", "raty", "billing", "",
"""Dzień dobry, naprawa silnika w moim rowerze elektrycznym ma kosztować
1380 zł. Czy mogę to rozłożyć na raty, np. przez PayPo albo w sklepie
na 0%? Jeśli tak, to jak to załatwić przy odbiorze?
Natalia"""),
("pl", "b89-re-wycena-zaliczka-numer-konta", "Grzegorz Mazur <grzegorz.mazur@example.pl>", "Re: Wycena - ostrzenie i renowacja noży", "billing", "",
"""Dzień dobry Panie Adamie,

dziękuję, cena odpowiada. Proszę o numer konta i tytuł przelewu, to
jeszcze dziś wpłacę zaliczkę 100 zł i wyślę noże paczkomatem.

Pozdrawiam,
Grzegorz Mazur

W dniu 17.06.2024 o 12:05, Adam Szulc <ostrzalnia@example-noze.pl> pisze:
> Dzień dobry,
>
> za ostrzenie 6 noży kuchennych i renowację rękojeści dwóch z nich
> wyceniam całość na 340 zł. Prosimy o zaliczkę 100 zł przed
> rozpoczęciem pracy.
>
> Pozdrawiam,
> Adam Szulc"""),
("pl", "b89-bon-szewc-promocja", "Jola Sikorska <jola.sikorska@example.pl>", "bon", "billing", "",
"""dzien dobry, mam bon podarunkowy na 50 zl do waszego szewca w Gdyni.
czy moge go uzyc przy promocji -20% na wymiane fleków czy bon sie nie
laczy z promocjami? i czy jak naprawa wyjdzie taniej to reszta zostaje
na bonie?"""),
("pl", "b89-syn-wyfrunal-pakiet-serwisowy", "Beata Kaczmarek <beata.kaczmarek@example.pl>", "Pakiet serwisowy - Kuba", "billing", "",
"""Dzień dobry,

nasz Kuba wyfrunął z gniazda - od października studiuje w Gdańsku i
zabrał ze sobą rower, więc w Katowicach nie będzie już czego
serwisować. Proszę zakończyć pakiet serwisowy "Junior" (29 zł/mies.)
na jego rower z końcem września. Płatność idzie z mojej karty.

Pozdrawiam,
Beata Kaczmarek"""),
("pl", "b89-wymiana-sznurowadel", "Adrian Jasiński <adrian.jasinski@example.pl>", "Sznurowadła", "billing", "",
"""Dzień dobry, kupiłem u Was w budce szewskiej na Dworcu Głównym
woskowane sznurowadła 75 cm, a do moich trzewików potrzebne są 90 cm.
Nie otwierałem opakowania. Czy mogę je wymienić na dłuższe (dopłacę
różnicę) albo zwrócić? Paragon mam.
Adrian"""),
("pl", "b89-nie-platnosc-aplikacja-nie-widzi-pralki", "Karolina Woźniak <karolina.wozniak@example.pl>", "Pralka nr 5", "technical", "",
"""Dzień dobry,

od razu zaznaczam: to nie jest reklamacja płatności, pieniądze się
zgadzają. Chodzi o to, że aplikacja nie widzi pralki nr 5 w punkcie na
Bronowicach - po zeskanowaniu kodu pokazuje "Urządzenie offline", a
pralka stoi włączona i świeci. Pozostałe działają. W weekendy jest
tłok, więc każda pralka się liczy.

Karolina"""),
("pl", "b89-suszarka-iskrzy-spalenizna", "Zbigniew Majewski <zbigniew.majewski@example.pl>", "Suszarka nr 2 - Gdańsk Wrzeszcz", "technical", "high",
"""Dzień dobry,

dla porządku informuję, że dziś około 18:00 w pralni samoobsługowej
przy Grunwaldzkiej suszarka nr 2 zaczęła iskrzyć przy tylnej kratce i
czuć było spaleniznę. Wyjąłem swoje rzeczy i wyłączyłem ją wyłącznikiem
na ścianie. Na drzwiczkach zostawiłem kartkę "nie używać". Nikogo z
obsługi nie było.

Z poważaniem,
Zbigniew Majewski"""),
("pl", "b89-klucz-zacina-sie", "Monika Kubiak <monika.kubiak@example.pl>", "Dorobiony klucz", "technical", "",
"""Dzień dobry, dorobiony u Państwa klucz do drzwi mieszkania wchodzi do
zamka, ale przy przekręcaniu się zacina i trzeba nim mocno szarpać,
żeby otworzyć. Boję się, że się złamie w zamku. Oryginał chodzi
gładko. Czy mogę przyjść z nim na Piotrkowską, żeby go poprawić?
Monika"""),
("pl", "b89-kiosk-terminal-paczki-stoi", "Kiosk u Heleny <kiosk.helena@example.pl>", "Punkt nadań i odbiorów nr PL-7712", "technical", "high",
"""Dzień dobry,

od wtorku rano nie mogę przyjąć ani wydać ani jednej paczki. Ludzie
przychodzą ze zwrotami i odsyłam ich z kwitkiem, wczoraj ponad 40 osób.
Starsza pani z laską przyjechała dwoma tramwajami i musiała wracać z
paczką. Na zapleczu mam 60 paczek do odbioru, których nie mogę wydać, bo
skaner nie przyjmuje kodów, a klienci mają do mnie pretensje, jakbym to
ja była winna. Część już mówi, że będzie chodzić na pocztę.

Na ekranie cały czas "Błąd synchronizacji". Restart i ładowanie przez
noc nic nie dały, infolinia obiecała oddzwonić we wtorek.

Helena Grabowska
Kiosk u Heleny, Łódź"""),
("pl", "b89-kierownica-poluzowana", "Rafal Szymanski <rafal.szymanski@example.pl>", "Rower po przegladzie", "technical", "high",
"""Dzien dobry,

w piatek odebralem rower z przegladu w serwisie na Mokotowie. Wczoraj
na zjezdzie na Trasie Lazienkowskiej kierownica nagle obrocila sie w
bok, az przednie kolo poszlo w inna strone niz kierownica. Ledwo
wyhamowalem, o maly wlos nie wjechalem pod auto. Okazalo sie, ze sruby
mostka byly ledwo dokrecone.

Nie jezdze na nim, prosze o pilny termin.

Rafal Szymanski"""),
("pl", "b89-aplikacja-crash-po-aktualizacji", "Dominika Pietrzak <dominika.pietrzak@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, po wczorajszej aktualizacji aplikacja pralni wyłącza się
od razu po otwarciu, widać logo na sekundę i koniec. iPhone 12, iOS
17.5. Usunęłam i zainstalowałam ponownie - to samo. Na szczęście mam
jeszcze żetony, ale kończą się."""),
("pl", "b89-logowanie-krawiec-token", "Łukasz Walczak <lukasz.walczak@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry,

przy próbie logowania na stronie z poprawkami krawieckimi wyskakuje
"Nieprawidłowy token sesji, odśwież stronę". Odświeżam, czyszczę
ciasteczka, próbuję w innej przeglądarce - dalej to samo. Chcę
sprawdzić, czy dotarły moje spodnie do skrócenia.

Łukasz"""),
("pl", "b89-przerzutka-trzeci-raz-przelozony", "Sylwia Baran <sylwia.baran@example.pl>", "Przerzutka - trzecia reklamacja", "technical", "high",
"""Dzień dobry,

po raz trzeci oddaję rower do Państwa serwisu w Poznaniu z tym samym
problemem: tylna przerzutka przeskakuje i łańcuch spada między
zębatkę a szprychy. Za każdym razem słyszę "wyregulowane", a po dwóch
dniach jest to samo. Ostatnio łańcuch wkręcił się w szprychy na
skrzyżowaniu.

Nie chcę, żeby rower znowu trafił do tego samego mechanika. Proszę o
kontakt przełożonego albo właściciela serwisu, zanim go zostawię.

Sylwia Baran
tel. 512 000 907"""),
("pl", "b89-re-aktualizacja-dalej-zawiesza", "Piotr Lewandowski <piotr.lewandowski@example.pl>", "Re: Zgłoszenie 31902", "technical", "",
"""Dzień dobry,

zaktualizowałem tak jak Państwo pisali, a nawet przeinstalowałem
aplikację. Dalej to samo: przy płatności kartą ekran zatrzymuje się na
"Łączenie z bankiem..." i po minucie wraca do wyboru pralki. Pieniądze
nie schodzą, pralka nie rusza. Android 14, Xiaomi.

Piotr

W dniu 14.06.2024 o 09:47, Pomoc <pomoc@example-pralnia.pl> pisze:
> Dzień dobry,
>
> prosimy o aktualizację aplikacji do najnowszej wersji (3.8.2) i
> ponowną próbę płatności.
>
> Pozdrawiamy,
> Zespół Pomocy"""),
("pl", "b89-obcas-odpadl-nie-chce-zwrotu", "Kasia Olszewska <kasia.olszewska@example.pl>", "zlecenie 7781", "technical", "",
"""Dzien dobry, w kozakach po naprawie (zlecenie 7781) po tygodniu odpadl
caly obcas w prawym bucie. Nie chce zwrotu pieniedzy, tylko zeby to
bylo porzadnie zrobione. Czy moge je przyniesc do budki bez umawiania?
Kasia"""),
("pl", "b89-awaria-aplikacji-krakow-tlumy", "Michał Adamczyk <michal.adamczyk@example.pl>", "Nic nie działa", "technical", "high",
"""Dzień dobry,

od rana aplikacja nie działa - wisi na ekranie ładowania - a pralki
chodzą tylko przez aplikację. Byłem na Czarnowiejskiej i na Kazimierzu:
w obu punktach po kilkanaście osób z torbami prania, nikt nie może nic
uruchomić, kilka osób ma mokre pranie w pralkach, które stanęły w
połowie. Na grupie akademika piszą, że w Nowej Hucie to samo.

Proszę to naprawić jak najszybciej.

Michał"""),
("pl", "b89-formularz-ostrzenia-nie-wysyla", "Henryk Sobczak <henryk.sobczak@example.pl>", "Formularz", "technical", "",
"""Szanowni Państwo,

próbuję zamówić ostrzenie noży przez formularz na stronie. Po wpisaniu
wszystkich danych i naciśnięciu "Wyślij zamówienie" strona pokazuje
kółko, a potem pusty ekran. Próbowałem trzy razy. Syn mówi, że to nie
wina mojego komputera. Czy mogę zamówić telefonicznie?

Z poważaniem,
Henryk Sobczak"""),
("pl", "b89-pralka-nie-odwirowuje", "Ola Kwiatkowska <ola.kwiatkowska@example.pl>", "pralka 3", "technical", "",
"""pralka 3 na Jeżycach nie odwirowuje, pranie wychodzi ociekające wodą.
dwa razy dziś"""),
("pl", "b89-pilne-godziny-wigilia", "Jadwiga Borkowska <jadwiga.borkowska@example.pl>", "PILNE!!!", "general", "",
"""Dzień dobry, w jakich godzinach będzie otwarty punkt szewski w
Galerii Mokotów w Wigilię? Muszę odebrać buty męża na święta.
Jadwiga Borkowska"""),
("pl", "b89-podziekowania-szewc", "Wojciech Kalinowski <wojciech.kalinowski@example.pl>", "Podziękowania", "general", "",
"""Dzień dobry,

chciałem bardzo podziękować panu Stanisławowi z punktu szewskiego przy
Rynku w Tarnowie. Przyniosłem mu oficerki po dziadku, które leżały
czterdzieści lat na strychu, bez większej nadziei. Dostałem je z
powrotem z nowymi podeszwami, zszytą cholewką i wypastowane tak, że
można się przejrzeć. Założę je na wesele córki.

Z wyrazami szacunku,
Wojciech Kalinowski"""),
("pl", "b89-rekawiczki-pralnia", "Magdalena Górecka <magdalena.gorecka@example.pl>", "Zostawione rękawiczki", "general", "",
"""Dzień dobry, w czwartek wieczorem zostawiłam w pralni przy
Zwierzynieckiej czarne skórzane rękawiczki, chyba na stole do
składania albo na suszarce nr 4. Czy ktoś je oddał? Mogę przyjść po nie
w każdej chwili.
Magda"""),
("pl", "b89-niemila-pani-kiosk-nie-pieniadze", "Bartek Nowak <bartek.nowak@example.pl>", "obsluga w kiosku", "general", "",
"""Dzien dobry,

nie chodzi mi o zadne pieniadze ani rabat. Chodzi o to, jak zostalem
potraktowany. W kiosku przy Placu Grunwaldzkim pani przy odbiorze paczki
powiedziala do mnie "znowu pan z tymi paczkami, nie mam czasu" i kazala
czekac 15 minut, az skonczy rozmowe przez telefon. Za mna byla kolejka.
Chcialbym, zeby ktos z nia porozmawial.

Bartek Nowak"""),
("pl", "b89-pracownik-wysmial-kierownik", "Iwona Michalska <iwona.michalska@example.pl>", "Skarga na pracownika punktu", "general", "high",
"""Dzień dobry,

mój mąż porusza się na wózku. W sobotę pojechał do Państwa punktu z
poprawkami krawieckimi w Lublinie, żeby odebrać marynarkę. Pracownik
powiedział głośno do koleżanki "no to teraz jeszcze wózki będziemy tu
wnosić" i śmiali się oboje, a marynarkę podał mu przez próg, nie
wpuszczając do środka.

Proszę o kontakt kierownika punktu albo osoby, która za nim stoi. Nie
chcę kolejnej automatycznej odpowiedzi. Mój telefon: 698 000 213.

Iwona Michalska"""),
("pl", "b89-porecz-schody-punkt", "Stefan Kołodziej <stefan.kolodziej@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

przy okazji odbioru kluczy zauważyłem, że w punkcie przy ul.
Mickiewicza poręcz przy schodach do wejścia jest wyrwana z muru i
trzyma się na jednej śrubie, a drugi schodek od góry ma odłupaną
krawędź. Dziś rano starsza pani złapała się tej poręczy i o mało nie
spadła razem z nią. Nic się nikomu nie stało, ale warto to szybko
naprawić.

Stefan Kołodziej"""),
("pl", "b89-zmiana-nazwiska-slub", "Alicja Wojciechowska <alicja.wojciechowska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Nowicka na Wojciechowska.
Proszę o zmianę danych na koncie (mail ten sam), żeby na przesyłkach z
poprawkami było już nowe nazwisko. Adres się nie zmienia. Dziękuję!"""),
("pl", "b89-rodo-wglad", "Jakub Czarnecki <jakub.czarnecki@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich moich
danych osobowych przetwarzanych w związku z kontem w aplikacji pralni
(adres e-mail jak wyżej), w tym historii korzystania i lokalizacji,
oraz informacji, komu te dane zostały udostępnione.

Z poważaniem,
Jakub Czarnecki"""),
("pl", "b89-uodo-monitoring", "Renata Jaworska <renata.jaworska@example.pl>", "Nagranie z monitoringu", "general", "high",
"""Dzień dobry,

w pralni przy ul. Piłsudskiego wisi na drzwiach wydruk z monitoringu,
na którym wyraźnie widać moją twarz, z podpisem "Ta pani zostawia
bałagan - prosimy o kulturę". Rozpoznali mnie sąsiedzi. Nikt mnie o nic
nie pytał ani nie informował.

Żądam natychmiastowego zdjęcia wydruku i pisemnej informacji, kto ma
dostęp do nagrań i jak długo są przechowywane. W przeciwnym razie złożę
skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Renata Jaworska"""),
("pl", "b89-sponsoring-wyscig-szkola", "SP 12 w Rzeszowie <sekretariat.sp12@example.pl>", "Wyścig rowerowy - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Szkoła Podstawowa nr 12 w Rzeszowie organizuje 8 czerwca rodzinny wyścig
rowerowy dla uczniów klas 1-6. Szukamy partnerów, którzy mogliby
ufundować drobne nagrody lub zapewnić punkt kontroli rowerów przed
startem. W zamian umieścimy Państwa logo na plakatach i dyplomach.

Z wyrazami szacunku,
Anna Rutkowska
wicedyrektor"""),
("pl", "b89-warsztaty-seniorzy", "Leszek Zając <leszek.zajac@example.pl>", "Warsztaty", "general", "",
"""Dzień dobry, czy organizujecie Państwo warsztaty z podstawowej
naprawy roweru dla seniorów? Jestem w klubie seniora na Retkini i
kilkanaście osób byłoby chętnych. Ile osób może być w grupie i kiedy
najbliższy termin?
Leszek Zając"""),
("pl", "b89-zostawic-u-sasiada", "Patrycja Nowakowska <patrycja.nowakowska@example.pl>", "Dostawa sukienki", "general", "",
"""Dzień dobry, przy odsyłce sukienki po poprawkach (zamówienie 44120)
proszę przekazać kurierowi, żeby zostawił paczkę u sąsiadki spod 6,
pani Teresy, jeśli mnie nie będzie. Do 16 jestem w pracy. Dziękuję"""),
("pl", "b89-pytanie-odbior-za-meza", "Elżbieta Krawczyk <elzbieta.krawczyk@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,

mąż ma paczkę w Państwa punkcie w kiosku przy Dworcu w Opolu, ale
wyjechał w delegację. Czy mogę ją odebrać za niego, mając kod odbioru?
Czy potrzebne jest jakieś upoważnienie albo jego dowód?

Elżbieta Krawczyk"""),
("pl", "b89-zabojczo-ostre-pochwala", "Darek Pawłowski <darek.pawlowski@example.pl>", "Noże", "general", "",
"""Panowie, noże wróciły zabójczo ostre! Santoku tnie pomidora jak
brzytwa, żona mówi, że to broń i boi się ich dotykać. Wielkie dzięki,
na jesieni podeślę jeszcze siekierę z działki.
Darek"""),
]
