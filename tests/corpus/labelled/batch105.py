# batch105.py -- labelled test mails for the helpdesk classifier,
# held out of the tree until the rules it measures are final: nothing is
# tuned or trained on them before then.
# Businesses around vehicles -- tyre shops, vehicle inspection centres,
# breakdown cover, car washes, shared e-scooters and e-bikes, e-bike
# subscriptions, fuel cards, motorbike dealers, caravans and motorhomes,
# driving-licence medicals.  The failure classes in these situations --
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, plans ended or paused in other words, business outages
# told by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues, 40 per language
# (en, el, es, pl).  Same tuple format as batch13.py-batch16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b105-en-tyres-charged-twice", "Graham Pearce <graham.pearce@example.co.uk>", "Two payments for one set of tyres", "billing", "",
"""Hello,

I had four tyres fitted at your Swindon branch on Saturday morning
(Ford Focus, reg ending KXT). The card machine said "declined" the first
time so the lad ran it again and it went through. Now my banking app
shows both payments, 412.60 each.

Could you refund the first one please? I've got the receipt for the one
that went through if you need it.

Regards,
Graham Pearce"""),
("en", "b105-en-dads-membership-after-funeral", "Helen Ashworth <helen.ashworth@example.co.uk>", "Dad's membership", "billing", "",
"""Dear Sir or Madam,

My father, Mr Ronald Ashworth, passed away in January and I am sorting
out his affairs. I have just found a letter saying his breakdown
membership will renew on 1 March for 178.00. He no longer has a car and
obviously no longer needs it, so please do not take this payment.

His membership number is RA 4471 093. If there are any months already
paid for that can be refunded, the money should go to his estate; I can
send a copy of the death certificate.

Yours faithfully,
Helen Ashworth"""),
("en", "b105-en-ebike-pause-dark-mornings", "Aoife Brennan <aoife.brennan@example.ie>", "Pausing the bike", "billing", "",
"""Hi there, I've had one of your subscription e-bikes since June (49 euro
a month) and I love it, but I'm not cycling into town in the dark and
the rain from December to February. Can I put it on hold for those three
months and not pay, and pick it back up in March? Happy to drop the bike
back to the Smithfield hub if that's how it works.

Aoife"""),
("en", "b105-en-fuel-card-vat-invoice", "Accounts <accounts@fenwick-joinery.example>", "Fuel card statement - VAT", "billing", "",
"""Hi,

The monthly statement for our fuel card account (FC-20913) only shows
gross amounts. Our accountant needs a proper VAT invoice showing net,
VAT and our VAT number for each month, otherwise we can't reclaim it.
Could you send VAT invoices for January to March and set the account up
so we get them automatically from now on?

Thanks,
Sandra Fenwick
Fenwick Joinery Ltd"""),
("en", "b105-en-motorhome-deposit-small-claims", "Richard Kemp <richard.kemp@example.co.uk>", "Motorhome hire HX-2207 - deposit", "billing", "high",
"""Dear Sirs,

We returned the motorhome on 2 September, clean, full of diesel and with
the waste tanks emptied - your own staff member walked round it with us
and signed the return sheet with no damage noted. Three weeks on, only
430 of our 750 security deposit has come back, and your email says 320
was kept for "valeting and a chip to the step".

There was no chip when we returned it and the sheet says so. I have the
photos we took at the depot.

If the remaining 320 is not refunded within 14 days I will issue a
claim in the small claims court without further notice.

Richard Kemp"""),
("en", "b105-en-hello-scooter-ride-didnt-end", "Jake Morrison <jake.morrison@example.com>", "Hello", "billing", "",
"""hey so I parked the scooter outside the library on 5th st last night
and hit end ride, the app showed the little spinner and I figured it was
done. this morning I've got a receipt for a 3 hr 12 min ride, $38.40.
it was a 9 minute trip. can you fix the charge? photo of where I left it
is attached"""),
("en", "b105-en-carwash-club-moving-to-spain", "Trevor Hollis <trev.hollis@example.co.uk>", "Wash club", "billing", "",
"""Morning all,

The wife and I are finally off to the sun - we've sold the house and fly
out to Alicante on the 28th, car's going with a shipping company next
week. So that's the end of the unlimited wash club for me I'm afraid,
please don't take the 24.99 in May. It's been a pleasure, the lads at
Kingsway always did a cracking job.

Cheers,
Trevor"""),
("en", "b105-en-motorbike-deposit-manager", "Daniel Okafor <daniel.okafor@example.co.uk>", "Deposit - I want to speak to the manager", "billing", "high",
"""I put down a 1,000 deposit on a new Trident in March with a delivery
date of mid-May. On Friday your salesman rang to say the bike "has been
allocated to another customer" and I'd have to wait until autumn. I told
him I wanted my deposit back. He said he'd "see what he could do".

I am not dealing with him again. I want the dealership manager to ring
me on 07700 900412 and confirm when my 1,000 will be back in my account.

Daniel Okafor"""),
("en", "b105-en-roadside-renewal-chargeback", "Melissa Grant <melissa.grant@example.com>", "Auto-renewal after I cancelled", "billing", "high",
"""I cancelled my Roadside Plus membership by phone on February 12 and the
rep gave me a cancellation number (CX-558210). On March 3 you renewed it
anyway and charged my Visa $129.00.

I've emailed twice and got an automated reply both times. If the
$129.00 isn't refunded by Friday I'm disputing it with my card issuer
and I'll let them know about the cancellation number.

Melissa Grant
Columbus, OH"""),
("en", "b105-en-hgv-medical-receipt", "Stuart Nichol <stuart.nichol@example.co.uk>", "Receipt for D4 medical", "billing", "",
"""Hi, I had my D4 driver medical at your Preston clinic on the 14th and
paid 85 on the day. My new employer will reimburse it but they need a
proper receipt with your company name and the date on it - the card
slip isn't enough for them. Can you email one over?

Stuart Nichol"""),
("en", "b105-en-emi-for-tyres", "Rohit Malhotra <rohit.malhotra@example.in>", "EMI option for tyres", "billing", "",
"""Hello team,

I need to replace all 4 tyres on my Creta, your quote from the Whitefield
outlet is Rs 27,600 including alignment and balancing. Kindly let me know
if you are offering no cost EMI on HDFC credit card for this amount, and
for how many months. Also is EMI available in the outlet or only when
booking on website?

Thanks and regards,
Rohit Malhotra
Bengaluru"""),
("en", "b105-en-re-caravan-storage-invoice", "Pauline Hardy <pauline.hardy@example.co.uk>", "Re: Your invoice INV-30517 - caravan storage", "billing", "",
"""Hello,

There must be a mistake on this. We agreed on the phone that our caravan
would be in storage from October to the end of March only - six months
at 45, so 270. The invoice is for a full year, 540.

Could you send a corrected one?

Pauline Hardy

> Dear Mrs Hardy,
> Please find attached invoice INV-30517 for secure caravan storage at
> Meadowbank. Payment is due within 14 days.
> Kind regards, Meadowbank Storage"""),
("en", "b105-en-scooter-not-faulty-return", "Lauren Whitfield <lauren.whitfield@example.com>", "Returning e-scooter (not faulty)", "billing", "",
"""Hi, just to be clear before anyone sends me troubleshooting steps -
there's nothing wrong with the scooter, it works perfectly. I bought it
on the 3rd and I've realised I can't legally ride it on the road where I
live, so I'd like to send it back within the 14 days and get my money
back (349.99). It's been used twice. How do I arrange the return?

Lauren"""),
("en", "b105-en-mot-cancelled-trading-standards", "Keith Barlow <keith.barlow@example.co.uk>", "MOT booking paid and cancelled - no refund", "billing", "high",
"""I booked and paid 54.85 online for an MOT at your Dudley centre on 9
April. The day before, you texted to cancel "due to staff shortage". I
asked for a refund and I was told it would be held as credit for a
future booking. I don't want credit, I had to get the MOT done elsewhere
because mine ran out on the 11th.

I am entitled to my money back for a service you didn't provide. If it
isn't refunded within seven days I will report this to Trading Standards.

K. Barlow"""),
("en", "b105-en-sub-bike-display-e07", "Sinead Walsh <sinead.walsh@example.ie>", "Bike showing E07", "technical", "",
"""Hi, my subscription bike (frame no. on the sticker is DB-11820) started
showing E07 on the display this morning and the motor won't kick in at
all. Battery is at 80%. I've taken the battery out and put it back and
turned it off and on. Can you tell me what E07 means or book me in for a
swap?

Thanks, Sinead"""),
("en", "b105-en-question-scooter-unlocking", "Mitch Coleman <mitch.coleman@example.com.au>", "Question", "technical", "",
"""G'day, is the app down? Every scooter I scan near Southbank just sits on
"Unlocking..." for a minute then says try again. Tried 4 different ones,
bluetooth and location are both on. Mate's phone does the same thing so
it's not my phone."""),
("en", "b105-en-tpms-light-new-tires", "Brenda Kowalski <brenda.kowalski@example.com>", "Tire pressure light", "technical", "",
"""I had 4 new tires put on my 2019 RAV4 at your Elm Street location on
Tuesday. Ever since, the tire pressure warning light has been on. I
checked them at the gas station and they're all at 35 like the door
sticker says. Do the sensors need resetting? Can I do it myself or do I
need to come back in?

Brenda"""),
("en", "b105-en-wheel-bolts-loose", "Colin Fraser <colin.fraser@example.co.uk>", "Rear wheel after your visit", "technical", "high",
"""Hello,

I had two rear tyres fitted by your mobile fitter on my driveway on
Wednesday. Yesterday on the way to work there was a knocking from the
back of the car which got worse as I went faster, so I pulled into a
lay-by. Three of the five bolts on the offside rear wheel were loose,
two of them I could turn by hand.

I've tightened them with the wheel brace and driven home very slowly,
and the car is staying on the drive. I'd like someone to come and check
both wheels properly, and I think you need to look at how this happened.

Colin Fraser
07700 900871"""),
("en", "b105-en-motorhome-gas-after-service", "Janet Lord <janet.lord@example.co.uk>", "Motorhome after habitation service", "technical", "high",
"""Good afternoon,

We collected our motorhome from you on Monday after its habitation
service and gas check. This morning when we went to make a cup of tea
there was a distinct smell of gas near the hob cupboard, even with the
hob off.

We have turned the bottle off at the valve, opened all the windows and
we aren't using anything in it. We are supposed to be going away on
Saturday. Could someone look at it before then?

Janet and Phil Lord"""),
("en", "b105-en-ebike-charger-sparked", "Ananya Iyer <ananya.iyer@example.co.uk>", "Charger", "technical", "high",
"""Hi, when I plugged the charger for my subscription e-bike into the wall
last night there was a loud crack and a spark from the plug end of the
battery lead, and a burnt smell. The battery connector now has a black
mark on one of the pins. I've unplugged everything and I'm not charging
it again. Please can you send a replacement charger, and should I be
worried about the battery too?

Ananya"""),
("en", "b105-en-wash-code-not-money", "Owen Griffiths <owen.griffiths@example.co.uk>", "Wash codes", "technical", "",
"""This isn't about money, I don't want anything refunded. I just want the
codes to work. For the last two weeks every wash code I get in your app
comes up "invalid" on the keypad at the Cardiff Road jet wash, and I end
up paying cash at the machine instead. Codes from the same app worked fine
until the update.

Owen"""),
("en", "b105-en-couriers-cards-declined", "Ops <ops@swiftlane-couriers.example>", "Cards", "technical", "high",
"""Since about 6am none of our drivers' fuel cards are being accepted. Every
station on the network says "card not recognised" at the pump and at the
till, for all 23 cards on the account. The account is paid up.

We've got vans sitting on empty at three depots, this morning's
collections for two pharmacies haven't happened and drivers are paying
out of their own pockets where they can. Please ring me as soon as
possible on 0113 496 0722.

Dean Whitaker
Operations, Swiftlane Couriers"""),
("en", "b105-en-mot-booking-login-loop", "Sue Parkinson <sue.parkinson@example.co.uk>", "Can't book online", "technical", "",
"""Every time I log in to book my MOT it takes me back to the login page
again. Right password, no error, just round in circles. Tried on my
laptop and on my iPad. I'd rather not ring up as I'm at work all day."""),
("en", "b105-en-re-bike-ready-rough-idle", "Tom Ellery <tom.ellery@example.com>", "Re: Your bike is ready for collection", "technical", "",
"""Picked it up on Saturday, thanks. Since then though it idles really
rough when it's cold, revs hunt up and down for the first few minutes and
twice it's cut out on the drive before it warmed up. It never did that
before the service. Could the throttle bodies need balancing or something
from the work you did?

Tom

> Hi Tom, your Street Triple has had its 12,000 mile service and is
> ready for collection. Workshop open until 5.30pm.
> Riverside Motorcycles"""),
("en", "b105-en-roadside-app-location", "Carla Mendes <carla.mendes@example.com>", "App can't find me", "technical", "",
"""Your roadside app keeps saying "we couldn't determine your location"
when I try to test the request screen, even though maps and everything
else on my phone find me fine. Location permission is set to always. I
want it working before I drive to my sister's in Tucson next month, I'd
hate to find out on the side of the I-10."""),
("en", "b105-en-caravan-mover-someone-senior", "Geoff Lambert <geoff.lambert@example.co.uk>", "Caravan motor mover - third time, escalate please", "technical", "high",
"""This is the third time I've written about the motor mover you fitted
to our Swift in April. The rollers won't engage on the nearside, the
remote beeps and nothing moves. Your engineer has been twice, both times
he said it was the battery, both times it worked for a week.

I have had enough of being passed back to the workshop. Please escalate
this to someone senior who can decide how it gets fixed properly, and
have them call me.

Geoff Lambert
01905 000318"""),
("en", "b105-en-ebike-key-app", "Priyanka Shah <priyanka.shah@example.in>", "Digital key not connecting", "technical", "",
"""Hi, since morning the digital key in the app is not connecting to my
e-bike, it keeps searching and then shows "key not found". I have
updated the app and restarted the phone. Bluetooth is on. Kindly help,
I use it for going to office daily.

Priyanka, Pune"""),
("en", "b105-en-thanks-patrol-motorway", "Rebecca Dunn <rebecca.dunn@example.co.uk>", "Thank you to your patrol", "general", "",
"""Hello,

I wanted to say a huge thank you to Mark, your patrol who came out to
us on the A1 near Grantham on Sunday night. I had two very tired kids in
the back and a flat battery, and he was there in forty minutes, kept the
children laughing the whole time and got us going again. He even
checked we'd made it home.

Please pass this on to him and to whoever his manager is.

Rebecca Dunn"""),
("en", "b105-en-easter-monday-open", "Martin Hughes <martin.hughes@example.co.uk>", "Easter", "general", "",
"""Are you open on Easter Monday? I need a puncture looking at and
can only do bank holidays."""),
("en", "b105-en-locking-nut-key-left", "Nadia Hussain <nadia.hussain@example.co.uk>", "Locking wheel nut key", "general", "",
"""Hi, I think I left my locking wheel nut key at your Leeds Road branch
when I had the tyres done on Thursday - it's not in the glovebox or the
boot. It's the silver one in a little black pouch. Could someone have a
look? I can pop in at the weekend to pick it up.

Nadia"""),
("en", "b105-en-breakdown-new-address", "Derek Simmons <derek.simmons@example.co.uk>", "New address", "general", "",
"""Please update the address on my breakdown membership (ref 7730 4412) to
12 Orchard Close, Taunton TA1 4RP, from 1 June. Nothing else changes,
same car and same cover.

Derek Simmons"""),
("en", "b105-en-licence-medical-what-to-bring", "Margaret O'Neill <margaret.oneill@example.ie>", "Medical for my licence", "general", "",
"""Dear Sir/Madam,

I am 75 in August and I understand I need a medical report to renew my
driving licence. I have an appointment at your clinic in Galway on 3
July. Could you tell me what I should bring with me? I wear glasses for
driving, and I take tablets for my blood pressure. Should I bring the
tablets or a list?

Thank you,
Margaret O'Neill"""),
("en", "b105-en-scooter-data-request", "Ben Carrow <ben.carrow@example.com>", "Subject access request", "general", "",
"""Hello,

Under the UK GDPR I'd like a copy of all the personal data you hold about
me in connection with my e-scooter account (registered to this email
address), including ride history, location data, and any notes or
records of contact with your support team.

Please confirm receipt.

Ben Carrow"""),
("en", "b105-en-tester-rude-manager", "Alison Reeves <alison.reeves@example.co.uk>", "How my father was spoken to", "general", "high",
"""My father is 81 and took his car for its MOT at your Hinckley centre on
Tuesday. I was with him. The tester talked over him, called the car "a
death trap on wheels" in front of other customers and laughed when Dad
asked him to repeat something because he's hard of hearing. The car
passed, by the way, so I don't know what that was about.

I want to speak to the centre manager about this, not a customer service
address. Please have the manager call me on 07700 900233.

Alison Reeves"""),
("en", "b105-en-scooters-across-station-ramp", "Graham Lowe <graham.lowe@example.co.uk>", "Your scooters at the station", "general", "high",
"""Evening,

Almost every morning this week there have been four or five of your
hire scooters left lying across the bottom of the ramp at Redland station,
the only step-free way onto the platform. My neighbour is registered
blind and caught her cane in one on Monday and went down on her knees.
Today a man in a wheelchair had to wait while someone shifted them.

The scooters themselves are fine, it's where they're being left. Can you
stop people parking them there or collect them first thing?

Graham Lowe"""),
("en", "b105-en-sponsorship-cycling-club", "Trudy Nguyen <secretary@bayside-wheelers.example>", "Sponsorship - Bayside Wheelers", "general", "",
"""Hi,

I'm the secretary of Bayside Wheelers, a community cycling club in
Brighton (Melbourne, not UK!). We have about 140 members and run a free
Sunday ride for beginners. We're looking for a local business to sponsor
our new club jerseys for the 2025 season - your logo on the back and
sleeves, plus a mention at all our rides.

Would your e-bike store be interested? Happy to send a proposal.

Cheers,
Trudy Nguyen"""),
("en", "b105-en-motorhome-show-new-model", "Alan Mercer <alan.mercer@example.co.uk>", "NEC show", "general", "",
"""Will you have a stand at the motorhome show at the NEC in October, and
will the new four-berth be on it? We'd like to have a proper look inside
before we think about ordering."""),
("en", "b105-en-urgent-valet-wedding", "Kirsty Bell <kirsty.bell@example.co.uk>", "URGENT!!!!", "general", "",
"""URGENT!!! My brother's wedding is on Saturday and I'm driving the bride
(eek) - do you have any slots for a full valet on Friday afternoon? It's
a white Audi A4. Will take anything!!

Kirsty x"""),
("en", "b105-en-order-paid-when-bike-ready", "Sean Whitty <sean.whitty@example.com.au>", "Order 48213", "general", "",
"""Hi, paid the balance on the Ninja 650 on Monday, all cleared my end.
Just wondering when it'll be ready to pick up from the Parramatta store,
and whether I need to bring anything apart from my licence?

Sean"""),
("en", "b105-en-tyres-are-dead-walk-in", "Darren Pike <darren.pike@example.co.uk>", "Tyres", "general", "",
"""My front tyres are dead, the garage told me they're down to the legal
limit. Do I need to book or can I just turn up at the Hull branch on
Saturday morning?"""),
# ---------------- Greek ----------------
("el", "b105-el-gl-dipli-xrewsi-lastixa", "Makis Th. <makis.th@example.gr>", "diplh xrewsh", "billing", "",
"""Kalhspera, to Savvato allaksa 2 lastixa sto magazi sas sth Larisa
(Peristeri 112) kai plirwsa me karta 186 euro. Shmera vlepw sthn trapeza
oti me xrewsate 2 fores to idio poso. Mporeite na mou epistrepsete th
mia? Exw kai thn apodeiksh.

Makis"""),
("el", "b105-el-karta-kausimon-afm", "Λογιστήριο <logistirio@kyriakidis-metafores.example>", "Τιμολόγια κάρτας καυσίμων", "billing", "",
"""Καλημέρα σας,

Τα τιμολόγια Μαρτίου για τις κάρτες καυσίμων του λογαριασμού μας
(Κυριακίδης Μεταφορές Ο.Ε.) έχουν λάθος ΑΦΜ - το τελευταίο ψηφίο είναι 4
αντί για 7 - και ο λογιστής δεν μπορεί να τα περάσει στα βιβλία. Σας
παρακαλούμε να τα επανεκδώσετε με το σωστό ΑΦΜ 099876547 και να το
διορθώσετε στην καρτέλα μας για τους επόμενους μήνες.

Με εκτίμηση,
Σοφία Κυριακίδη"""),
("el", "b105-el-odiki-voitheia-pateras-efyge", "Δέσποινα Μαυρίδου <despoina.mavridou@example.gr>", "Συνδρομή του πατέρα μου", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου, Αθανάσιος Μαυρίδης, έφυγε από τη ζωή τον Φεβρουάριο.
Είχε συνδρομή οδικής βοήθειας μαζί σας για το αυτοκίνητό του, το οποίο
πλέον το πουλήσαμε. Είδα στον λογαριασμό του ότι η ανανέωση είναι στις
15 Απριλίου, 96 ευρώ.

Θα ήθελα να σταματήσει η συνδρομή και να μη γίνει η χρέωση. Αν
χρειάζεστε ληξιαρχική πράξη θανάτου να μου πείτε πού να τη στείλω.

Ευχαριστώ,
Δέσποινα Μαυρίδου"""),
("el", "b105-el-gl-ebike-fantaros", "Giorgos K. <giorgos.kar@example.gr>", "syndromh podhlatou", "billing", "",
"""Geia sas, exw th syndromh me to hlektriko podhlato 39e to mhna. Ton
Iounio pao fantaros gia 9 mhnes sthn Orestiada opote den 8a to xrhsimopoiw
katholou. Ginetai na thn pagwsete gia osous mhnes leipw kai na
synexisei otan gyrisw? H prepei na thn kopsw teleiws? To podhlato to
fernw pisw sto Gkazi an xreiastei.

eyxaristw"""),
("el", "b105-el-kteo-paravolo-akyrosi", "Βασίλης Αντωνίου <vasilis.antoniou@example.gr>", "Ακύρωση ραντεβού ΚΤΕΟ", "billing", "",
"""Καλημέρα,

Είχα κλείσει ραντεβού στο ΚΤΕΟ σας στο Περιστέρι για τις 12/3 και
πλήρωσα online τα 60 ευρώ. Την προηγούμενη μέρα έλαβα sms ότι το
ραντεβού ακυρώνεται λόγω βλάβης της γραμμής ελέγχου. Το αυτοκίνητο
τελικά το πέρασα από άλλο ΚΤΕΟ. Πώς θα πάρω πίσω τα 60 ευρώ;

Βασίλης Αντωνίου"""),
("el", "b105-el-gl-patini-xrewsi-23", "Nefeli P. <nefeli.p@example.gr>", "Xrewsh patini", "billing", "",
"""gia sas, xthes to vrady afhsa to patini sthn plateia Aristotelous kai
paththsa termatismos diadromhs. shmera to prwi vlepw xrewsh 23,40e gia
2 wres kai kati! h diadromh htan 12 lepta apo to Agalma Venizelou. exw
kai fwtografia tou patiniou parkarismenou. parakalw diorthwste th
xrewsh"""),
("el", "b105-el-trochospito-engyisi-katanaloti", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Εγγύηση ενοικίασης τροχόσπιτου", "billing", "high",
"""Κύριοι,

Νοικιάσαμε από την εταιρεία σας τροχόσπιτο από 1 έως 15 Αυγούστου και το
επιστρέψαμε κανονικά στις 15/8. Ο υπάλληλός σας το έλεγξε παρουσία μας
και δεν σημείωσε καμία ζημιά. Από την εγγύηση των 500 ευρώ μάς
επιστρέψατε μόνο 200, με την αιτιολογία «καθαρισμός και φθορά τέντας».

Η τέντα δεν είχε καμία φθορά και το τροχόσπιτο παραδόθηκε καθαρό. Αν
δεν επιστραφούν τα υπόλοιπα 300 ευρώ εντός δέκα ημερών, θα υποβάλω
καταγγελία στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά.

Κωνσταντίνος Ρήγας"""),
("el", "b105-el-moto-prokatavoli-ypeythinos", "Στέφανος Λιάπης <stefanos.liapis@example.gr>", "Προκαταβολή 1.000 ευρώ - θέλω τον υπεύθυνο", "billing", "high",
"""Τον Ιανουάριο έδωσα προκαταβολή 1.000 ευρώ για ένα καινούριο
scooter 400 κυβικών, με παράδοση «το αργότερο τον Μάρτιο». Είμαστε στα
μέσα Μαΐου, το μηχανάκι δεν έχει έρθει και ο πωλητής κάθε φορά μου λέει
«την άλλη εβδομάδα».

Δεν θέλω πια το μηχανάκι. Θέλω πίσω την προκαταβολή μου και θέλω να
μιλήσω με τον υπεύθυνο της αντιπροσωπείας, όχι ξανά με τον πωλητή.
Τηλέφωνο 6944 000 712.

Στέφανος Λιάπης"""),
("el", "b105-el-gl-plyntirio-syndromi-trapeza", "Thanos M. <thanos.m@example.gr>", "SYNDROMH PLYNTHRIOU", "billing", "high",
"""Ton Ianouario akyrwsa th mhniaia syndromh sto plynthrio (unlimited 29,90)
apo thn efarmogh kai mou hr8e kai email epivevaiwshs. Parola auta me
xrewsate kai ton Fevrouario kai ton Marti. Steilate 2 fores oti 8a to
koitaksete kai tipota.

An den epistrafoun ta 59,80 mexri thn Paraskeyh, 8a kanw amfisvhthsh
ths xrewshs sthn trapeza mou kai 8a mplokarw thn karta gia thn etaireia
sas.

Thanos"""),
("el", "b105-el-atokes-doseis-elastika", "Ελευθερία Δημάκη <eleftheria.dimaki@example.gr>", "Δόσεις", "billing", "",
"""Καλησπέρα σας. Θέλω να αλλάξω και τα τέσσερα λάστιχα στο αυτοκίνητο
και η προσφορά σας είναι 540 ευρώ με τοποθέτηση. Μπορώ να τα πληρώσω με
άτοκες δόσεις με πιστωτική κάρτα; Και αν ναι, μέχρι πόσες;"""),
("el", "b105-el-re-apodeixi-iatrikes-diploma", "Παντελής Χατζής <pantelis.chatzis@example.gr>", "Re: Επιβεβαίωση ραντεβού", "billing", "",
"""Καλημέρα σας,

Έκανα τις εξετάσεις για την ανανέωση του διπλώματος στο ιατρείο σας την
Τρίτη και πλήρωσα μετρητά 80 ευρώ, αλλά δεν μου δόθηκε απόδειξη. Τη
χρειάζομαι για τη φορολογική δήλωση. Μπορείτε να μου τη στείλετε με
email;

Π. Χατζής

> Αγαπητέ κύριε Χατζή,
> επιβεβαιώνουμε το ραντεβού σας για ιατρικές εξετάσεις ανανέωσης
> διπλώματος οδήγησης την Τρίτη 14/5 στις 10:30.
> Ιατρείο Υγεία Οδηγού"""),
("el", "b105-el-kranos-allagi-megethous", "Ορέστης Ζερβός <orestis.zervos@example.gr>", "Κράνος - δεν είναι ελαττωματικό", "billing", "",
"""Γεια σας, δεν έχει κανένα πρόβλημα το κράνος που πήρα από το κατάστημα
της Πάτρας, απλώς το L μού είναι μεγάλο και κουνιέται. Το φόρεσα μόνο
στο σπίτι, έχει ακόμα τις ετικέτες. Μπορώ να το αλλάξω με M; Το M
έχει 10 ευρώ λιγότερο στο site, αυτά τα παίρνω πίσω;"""),
("el", "b105-el-karta-kausimon-agnosti-synallagi", "Ηλίας Σταθόπουλος <ilias.stathopoulos@example.gr>", "Χρεώσεις που δεν κάναμε", "billing", "high",
"""Κύριοι,

Στην κίνηση της κάρτας καυσίμων Νο 4 του λογαριασμού μας εμφανίζονται
πέντε συναλλαγές 18-20 Απριλίου σε πρατήριο στην Κόρινθο, σύνολο 612
ευρώ. Το συγκεκριμένο φορτηγάκι εκείνες τις μέρες ήταν στο συνεργείο
στη Θεσσαλονίκη και ο οδηγός σε άδεια. Έχουμε ζητήσει τρεις φορές
εξήγηση τηλεφωνικά.

Ζητούμε τον πλήρη αντιλογισμό των χρεώσεων. Έχουμε ήδη ενημερώσει τον
δικηγόρο της εταιρείας μας, ο οποίος θα σας αποστείλει εξώδικο αν δεν
λάβουμε απάντηση μέσα στην εβδομάδα.

Ηλίας Σταθόπουλος
Σταθόπουλος Τρόφιμα Α.Ε."""),
("el", "b105-el-gl-kouponi-plyntiriou-liksi", "Katerina V. <katerina.v@example.gr>", "kouponi", "billing", "",
"""Kalhmera! Mou xarisan ena dwrokouponi gia eswteriko-ekswteriko plysimo
(35e) alla molis eida oti elhkse prin 10 meres. Ginetai na to
xrhsimopoihsw akoma h na to allaksete? Den to eixa dei kan, htan mesa
se mia karta genethliwn :)"""),
("el", "b105-el-efarmogi-patinia-den-kseklidonei", "Αχιλλεας Νικολαου <achilleas.nikolaou@example.gr>", "Δεν ξεκλειδωνει", "technical", "",
"""Καλημερα, απο χθες η εφαρμογη σκαναρει κανονικα τον κωδικο στο πατινι
αλλα μετα γραφει "Σφαλμα επικοινωνιας" και δεν ξεκλειδωνει. Δοκιμασα σε
τρια διαφορετικα πατινια στην Καλαμαρια. Εχω κανει απεγκατασταση και
ξανα εγκατασταση."""),
("el", "b105-el-gl-ebike-kleidaria-mpatarias", "Stelios D. <stelios.d@example.gr>", "kleidaria", "technical", "",
"""Kalhspera, sto podhlato ths syndromhs to kleidi ths mpatarias den
gyrizei, kollaei sth mesh, ara den mporw na vgalw thn mpataria na th
fortisw sto spiti (den exw priza sthn apo8hkh). Exei 20% akoma. Mporw na
perasw apo to katasthma na to dei kapoios?

Stelios"""),
("el", "b105-el-kainouria-lastixa-sfyrizoun", "Μαρία Τσιρίγου <maria.tsirigou@example.gr>", "Θόρυβος από τα καινούρια λάστιχα", "technical", "",
"""Καλησπέρα. Από τότε που βάλατε τα καινούρια λάστιχα την περασμένη
εβδομάδα, πάνω από τα 80 ακούγεται ένα βουητό σαν σφύριγμα από μπροστά,
που πριν δεν υπήρχε. Είναι φυσιολογικό για καινούρια λάστιχα μέχρι να
«στρώσουν», ή πρέπει να το φέρω να το δείτε;"""),
("el", "b105-el-gl-trochospito-myrodia-gkazi", "Nikos Kal. <nikos.kal@example.gr>", "trochospito meta to service", "technical", "high",
"""Kalhmera sas. Phrame xthes to trochospito apo to service pou kanate
sthn egkatastash ygraeriou kai ston 8ermosifwna. To vrady mesa
myrize gkazi, kyriws konta sto ntoulapi me th fialh. Kleisame th
fialh, anoiksame ta parathyra kai koimh8hkame sto spiti. Den to
xrhsimopoioume. Mporei na er8ei kapoios na to dei prin to Savvato pou
8a fygoume gia Halkidiki?

Nikos"""),
("el", "b105-el-mpalomata-ksefouskose-ethniki", "Γιάννης Φραγκιαδάκης <giannis.fragkiadakis@example.gr>", "Μπάλωμα λάστιχου", "technical", "high",
"""Καλησπέρα σας,

Την Πέμπτη μπαλώσατε στο μαγαζί σας στο Ηράκλειο το πίσω δεξί λάστιχο
από καρφί. Σήμερα το μεσημέρι, στον ΒΟΑΚ με 90, το λάστιχο ξεφούσκωσε
απότομα και το αυτοκίνητο πήγε προς τα δεξιά. Ευτυχώς δεν ερχόταν κανείς
και σταμάτησα στη λωρίδα έκτακτης ανάγκης. Έβαλα τη ρεζέρβα.

Το μπάλωμα έχει βγει από μέσα. Θέλω να το δείτε και να μου πείτε τι
έγινε, γιατί θα μπορούσε να είχε τελειώσει πολύ άσχημα.

Γιάννης Φραγκιαδάκης"""),
("el", "b105-el-fournos-karta-kausimon-aporriptontai", "Αρτοποιεία Ζαχαρίου <info@zachariou-artopoiia.example>", "Κάρτες καυσίμων", "technical", "high",
"""Καλημέρα,

Από τις 5 το πρωί καμία από τις κάρτες καυσίμων μας δεν περνάει - σε
κάθε πρατήριο του δικτύου σας βγάζει «μη έγκυρη κάρτα». Ο λογαριασμός
είναι εξοφλημένος. Τα τρία φορτηγάκια μας είναι ακινητοποιημένα με
άδειο ντεπόζιτο και το ψωμί για 40 καταστήματα και δύο σχολεία δεν έχει
φύγει ακόμα από τον φούρνο.

Παρακαλώ πάρτε μας αμέσως στο 2410 000 455.

Χρήστος Ζαχαρίου"""),
("el", "b105-el-gl-plyntirio-qr-den-diavazei", "Vagelis R. <vagelis.r@example.gr>", "QR", "technical", "",
"""To QR apo thn efarmogh den to diavazei to mhxanhma sto aytomato
plynthrio sthn Glyfada, vgazei "mh egkyros kwdikas". Kai stis dyo
8eseis. Ekana ananewsh sthn efarmogh. Thn prohgoumenh evdomada douleve."""),
("el", "b105-el-rantevou-iatrikes-sfalma", "Ευαγγελία Κουτρή <evangelia.koutri@example.gr>", "Σφάλμα στη σελίδα ραντεβού", "technical", "",
"""Προσπαθώ να κλείσω ραντεβού για ιατρικές εξετάσεις διπλώματος από τη
σελίδα σας και όταν πατάω «Επιβεβαίωση» βγαίνει «Σφάλμα 500» και
επιστρέφει στην αρχή. Το δοκίμασα από υπολογιστή και από κινητό, ίδιο
πράγμα."""),
("el", "b105-el-mixani-den-pairnei-mpros", "Απόστολος Γεωργίου <apostolos.georgiou@example.gr>", "Μηχανή μετά το σέρβις", "technical", "",
"""Καλησπέρα. Να πω από την αρχή ότι δεν ζητάω χρήματα ούτε αποζημίωση,
θέλω απλώς να δουλεύει η μηχανή. Από τότε που την πήρα από το σέρβις
την Παρασκευή, το πρωί η μίζα γυρνάει αλλά δεν παίρνει μπρος αν δεν
δοκιμάσω τρεις-τέσσερις φορές. Μετά δουλεύει κανονικά όλη μέρα. Πριν το
σέρβις δεν το έκανε ποτέ.

Απόστολος"""),
("el", "b105-el-gl-fortistis-ebike-kapnos", "Rena T. <rena.t@example.gr>", "fortisths", "technical", "high",
"""Kalhspera, o fortisths tou podhlatou (ths syndromhs) evgale ligo kapno
apo to kouti xthes to vrady kai myrise kammeno plastiko. Ton evgala
amesws apo thn priza. To kouti exei liwsei ligo sth mia akrh. Den ton
ksanavazw. Mporeite na mou steilete kainourio? Thelw na ksero kai an
8a prepei na koitaksete kai thn mpataria.

Rena"""),
("el", "b105-el-efarmogi-odikis-topothesia", "Σοφία Μπαλτά <sofia.balta@example.gr>", "Εφαρμογή οδικής βοήθειας", "technical", "",
"""Στην εφαρμογή σας η επιλογή «Αίτηση βοήθειας» κολλάει στο «Εντοπισμός
θέσης...» και μετά κλείνει η εφαρμογή. Το GPS στο κινητό δουλεύει
κανονικά σε όλες τις άλλες εφαρμογές. Το δοκίμασα σπίτι για να ξέρω τι
να κάνω αν χρειαστεί, και δεν δουλεύει."""),
("el", "b105-el-re-kotsadoros-psygeio", "Δημοσθένης Καρράς <dimosthenis.karras@example.gr>", "Re: Εγκατάσταση κοτσαδόρου - ολοκληρώθηκε", "technical", "",
"""Καλημέρα,

Ο κοτσαδόρος μπήκε κανονικά και τα φώτα του τροχόσπιτου ανάβουν όλα. Το
ψυγείο όμως του τροχόσπιτου δεν φορτίζει όσο οδηγάμε, όπως έκανε με τον
παλιό. Μήπως δεν συνδέθηκε κάποιο καλώδιο στη φίσα 13 ακίδων;

Δ. Καρράς

> Σας ενημερώνουμε ότι η εγκατάσταση κοτσαδόρου και ηλεκτρολογικής
> φίσας στο όχημά σας ΙΚΥ-4471 ολοκληρώθηκε. Ευχαριστούμε!"""),
("el", "b105-el-moto-triti-fora-diefthyntis", "Λεωνίδας Παππάς <leonidas.pappas@example.gr>", "Τρίτη φορά στο σέρβις - ζητώ τον διευθυντή", "technical", "high",
"""Κύριοι,

Η καινούρια μοτοσυκλέτα που αγόρασα από την αντιπροσωπεία σας τον
Φεβρουάριο έχει μπει τρίτη φορά στο σέρβις για το ίδιο πρόβλημα: η
οθόνη του ταμπλό σβήνει ξαφνικά και χάνω ένδειξη ταχύτητας και
καυσίμου. Κάθε φορά μου λένε ότι «έγινε ενημέρωση λογισμικού» και σε
μια εβδομάδα το ίδιο.

Δεν δέχομαι τέταρτο ραντεβού με τον ίδιο τρόπο. Ζητώ να επικοινωνήσει
μαζί μου ο διευθυντής της αντιπροσωπείας.

Λεωνίδας Παππάς
6977 000 145"""),
("el", "b105-el-gl-eyxaristw-gerano", "Fani Ts. <fani.ts@example.gr>", "eyxaristw!!", "general", "",
"""Kalhspera!! 8elw na pw ena megalo eyxaristw ston kyrio Panagiwth apo
thn odikh voh8eia pou hr8e thn Kyriakh sto vrady sthn Egnatia otan mas
afhse to amaksi me ta dyo paidia mesa. Hr8e grhgora, htan poly
eugenikos kai mas phge ws to spiti. Na tou to pete!!

Fani"""),
("el", "b105-el-gl-kteo-orario-dekapentavgoustos", "Thodoris L. <thodoris.lamprou@example.gr>", "wrario", "general", "",
"""8a eiste anoixta thn Paraskeyh 16 Avgoustou h kleinete olh thn
evdomada? thelw na perasw to amaksi prin fygw diakopes"""),
("el", "b105-el-gialia-plyntirio", "Αικατερίνη Σαββίδου <aikaterini.savvidou@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλημέρα σας. Το Σάββατο το πρωί έκανα εσωτερικό καθάρισμα στο
πλυντήριό σας στην Κηφισιά και νομίζω ότι ξέχασα τα γυαλιά ηλίου μου,
ήταν στην πόρτα του οδηγού. Καφέ σκελετός σε μαύρη θήκη. Αν τα βρήκατε
θα περάσω να τα πάρω. Ευχαριστώ πολύ."""),
("el", "b105-el-gl-allagi-kinitou", "Kostas B. <kostas.b@example.gr>", "allagh thlefwnou", "general", "",
"""Geia sas, allaksa noumero kinhtou. To neo einai 6980 000 331. Mporeite
na to allaksete sto profil mou gia ta sms tou KTEO? To email menei to
idio. Thanks"""),
("el", "b105-el-iatrikes-ananeosi-75", "Ευστάθιος Μαργαρίτης <e.margaritis@example.gr>", "Ανανέωση διπλώματος", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι 75 ετών και πρέπει να ανανεώσω το δίπλωμα οδήγησης. Μου είπαν ότι
στο ιατρείο σας κάνετε όλες τις εξετάσεις μαζί. Θα ήθελα να μάθω τι
πρέπει να φέρω μαζί μου, αν χρειάζεται να είμαι νηστικός και αν πρέπει
να φέρω τα γυαλιά που φοράω για το αυτοκίνητο.

Με τιμή,
Ευστάθιος Μαργαρίτης"""),
("el", "b105-el-xorigia-karting", "Ομάδα Karting Ηπείρου <info@karting-ipeirou.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε μια ερασιτεχνική ομάδα karting από τα Ιωάννινα με νέους οδηγούς
14-18 ετών. Φέτος θα συμμετέχουμε στο πανελλήνιο πρωτάθλημα και
αναζητούμε χορηγό για τα ελαστικά μας. Σε αντάλλαγμα θα βάλουμε το
λογότυπό σας στα karts και στις φόρμες των οδηγών.

Θα μπορούσαμε να σας στείλουμε αναλυτική πρόταση;

Με εκτίμηση,
Μιλτιάδης Ζώης"""),
("el", "b105-el-kteo-sxara-aithousa-anamonis", "Ιουλία Δρόσου <ioulia.drosou@example.gr>", "Επικίνδυνο σημείο στον χώρο αναμονής", "general", "high",
"""Καλησπέρα σας,

Σήμερα το πρωί στο ΚΤΕΟ σας στη Νέα Σμύρνη, στον χώρο αναμονής δίπλα
στο ταμείο, η μεταλλική σχάρα του καναλιού στο πάτωμα είναι σπασμένη και
ανασηκωμένη. Ένας ηλικιωμένος κύριος σκόνταψε και έπεσε μπροστά μου,
χτύπησε στο χέρι. Οι υπάλληλοι έβαλαν μια καρέκλα από πάνω και αυτό
ήταν όλο.

Πριν χτυπήσει κάποιος άλλος, παρακαλώ φτιάξτε το.

Ιουλία Δρόσου"""),
("el", "b105-el-agenis-ypallilos-kteo", "Ανδρέας Τσακίρης <andreas.tsakiris@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "",
"""Ήθελα να σας πω ότι ο υπάλληλος στην υποδοχή του ΚΤΕΟ σας στον Ταύρο
ήταν πολύ αγενής την Τετάρτη. Όταν ρώτησα πού να παρκάρω για τον
έλεγχο, μου απάντησε «διάβασε τις πινακίδες» και γύρισε την πλάτη. Δεν
ζητάω κάτι, απλώς να το ξέρετε."""),
("el", "b105-el-gl-plenete-trochospita", "Mixalhs G. <mixalhs.g@example.gr>", "Geia sas", "general", "",
"""geia sas, plenete kai trochospita h mono amaksia? to diko mas einai
2,60 ypsos. an nai poso kairo 8elei kai prepei na kleisoume rantevou?"""),
("el", "b105-el-imera-dokimis-motosykleton", "Πέτρος Ανδρεάδης <petros.andreadis@example.gr>", "Ημέρα δοκιμής", "general", "",
"""Είδα στο Instagram ότι θα κάνετε ημέρα δοκιμής μοτοσυκλετών τον Ιούνιο
στη Θεσσαλονίκη. Χρειάζεται να δηλώσει κανείς συμμετοχή από πριν; Και
πρέπει να φέρω δικό μου κράνος και εξοπλισμό;"""),
("el", "b105-el-dedomena-diadromon-patinia", "Χριστίνα Ραφαηλίδου <christina.rafailidou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για μένα στην υπηρεσία
κοινόχρηστων πατινιών, συμπεριλαμβανομένου του ιστορικού διαδρομών και
των δεδομένων τοποθεσίας, καθώς και να με ενημερώσετε για πόσο χρόνο τα
διατηρείτε.

Χριστίνα Ραφαηλίδου"""),
("el", "b105-el-paraggelia-trochospito-paradosi", "Ευάγγελος Μουστάκας <evangelos.moustakas@example.gr>", "Παραγγελία 3318", "general", "",
"""Καλημερα σας, εξοφλησα το τροχοσπιτο την περασμενη εβδομαδα (παραγγελια
3318). Ποτε περιπου θα ειναι ετοιμο για παραλαβη απο την Αλεξανδρουπολη
και τι χαρτια πρεπει να εχω μαζι μου;"""),
("el", "b105-el-epeigon-lastixa-pasxa", "Σταυρούλα Ηλιοπούλου <stavroula.iliopoulou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ!!! Φεύγουμε για το χωριό Μεγάλη Πέμπτη και θέλω να αλλάξω τα
λάστιχα πριν. Έχετε ραντεβού τη Μεγάλη Τετάρτη το απόγευμα ή πρέπει να
έρθω νωρίς το πρωί και να περιμένω σειρά;"""),
# ---------------- Spanish ----------------
("es", "b105-es-itv-cobro-doble", "Alberto Sanz <alberto.sanz@example.es>", "Cobro duplicado ITV", "billing", "",
"""Buenos días:

El pasado jueves pasé la ITV de mi coche en su estación de Alcobendas y
pagué con tarjeta 42,50 €. Al revisar la cuenta veo dos cargos iguales
con la misma fecha. Les adjunto el extracto y el ticket. ¿Pueden
devolverme uno de los dos?

Un saludo,
Alberto Sanz"""),
("es", "b105-es-mx-bici-me-mudo-guadalajara", "Daniela Ortiz <daniela.ortiz@example.com.mx>", "Mi suscripción", "billing", "",
"""Hola! Les escribo porque a fin de mes me mudo a Guadalajara por
trabajo y allá no tienen servicio todavía :( Entonces ya no voy a
necesitar la bici eléctrica, ¿cómo hago para que no me sigan cobrando
los $899 del mes? ¿La entrego en la estación de Coyoacán?

Gracias, Dani"""),
("es", "b105-es-ar-auxilio-papa-fallecio", "Mariana Gaitán <mariana.gaitan@example.com.ar>", "Socio titular fallecido", "billing", "",
"""Buenas tardes. Les escribo porque mi papá, Héctor Gaitán, falleció el
mes pasado. Era socio del servicio de auxilio mecánico y grúa, y le
siguen debitando la cuota de la tarjeta, $18.500 por mes. El auto ya lo
vendimos. ¿Me pueden decir qué necesitan para dar de baja la
membresía y frenar el débito? Tengo el acta de defunción.

Muchas gracias,
Mariana"""),
("es", "b105-es-tarjeta-carburante-sin-cif", "Administración <admin@transportes-ruizlopez.example>", "Facturas tarjeta de carburante", "billing", "",
"""Buenos días,

Las facturas de las tarjetas de carburante de febrero y marzo nos
llegan sin el CIF de la empresa y con la dirección antigua, y nuestra
gestoría no las acepta para deducir el IVA. ¿Pueden reemitirlas con el
CIF B-00123456 y la dirección Polígono La Estrella, nave 7, Molina de
Segura (Murcia)?

Gracias,
Encarna Ruiz
Transportes Ruiz López S.L."""),
("es", "b105-es-autocaravana-fianza-ocu", "Jordi Puig <jordi.puig@example.es>", "Fianza de la autocaravana", "billing", "high",
"""Buenas tardes,

Alquilamos una autocaravana en su base de Sabadell del 1 al 14 de
agosto. La devolvimos limpia, con el depósito lleno y los depósitos de
aguas vaciados, y su empleado firmó la hoja de entrega sin anotar ningún
daño. Ahora nos retienen 450 € de los 900 € de fianza por un supuesto
golpe en el toldo que no existía cuando la entregamos.

Tengo fotos con fecha de la entrega. Si en diez días no me devuelven
los 450 €, presentaré reclamación ante la Agència Catalana del Consum y
acudiré a la vía judicial.

Jordi Puig"""),
("es", "b105-es-mx-autolavado-membresia-contracargo", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Membresia autolavado", "billing", "high",
"""Cancele mi membresia de lavado ilimitado desde diciembre, en la
sucursal de Satelite, y me dieron un folio (CAN-22817). Aun asi me
siguieron cobrando $549 en enero y en febrero. Ya fui dos veces a la
sucursal y me dicen que es "cosa del corporativo".

Si no me regresan los $1,098 esta semana voy a pedir el contracargo al
banco y a poner la queja en Profeco.

Rodrigo Salinas"""),
("es", "b105-es-co-moto-anticipo-gerente", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Anticipo moto - quiero hablar con el gerente", "billing", "high",
"""Buenas tardes,

En febrero di un anticipo de $3.000.000 por una moto nueva en su
concesionario de la 68 en Bogotá, con entrega en abril. Ya es junio,
la moto no llega y el asesor no me contesta el celular. Ya no quiero la
moto, quiero que me devuelvan el anticipo.

Exijo hablar con el gerente del concesionario, no con otro asesor. Mi
número es 300 000 4455.

Andrés Felipe Rojas"""),
("es", "b105-es-hola-patinete-viaje", "Lucía Navarro <lucia.navarro@example.es>", "Hola", "billing", "",
"""hola, anoche dejé el patinete en la calle Colón y le di a finalizar
viaje, pero esta mañana me ha llegado un cargo de 31,20 € por un viaje
de casi tres horas. Mi trayecto fue de diez minutos desde la estación
del Norte. Tengo la foto del aparcamiento. ¿Me lo podéis corregir?"""),
("es", "b105-es-cl-neumaticos-cuotas", "Francisca Muñoz <francisca.munoz@example.cl>", "Pago en cuotas", "billing", "",
"""Hola, quiero cambiar los 4 neumáticos de mi camioneta y la cotización
en su local de Maipú me salió $512.000 con instalación. ¿Se puede pagar
en cuotas sin interés con tarjeta de crédito? ¿Hasta cuántas cuotas?
Gracias."""),
("es", "b105-es-re-presupuesto-montaje-incluido", "Ignacio Beltrán <ignacio.beltran@example.es>", "Re: Presupuesto neumáticos P-8812", "billing", "",
"""Hola,

Según este presupuesto el montaje, el equilibrado y la válvula estaban
incluidos en el precio de 380 €. En la factura me han cobrado además 48
€ por "montaje y equilibrado". ¿Me podéis devolver esa diferencia?

Ignacio

> Estimado cliente:
> Le enviamos presupuesto para 4 neumáticos 205/55 R16 por 380,00 €
> IVA incluido. Incluye montaje, equilibrado y válvula nueva.
> Neumáticos Beltrán e Hijos"""),
("es", "b105-es-ar-casco-no-esta-roto", "Facundo Ledesma <facundo.ledesma@example.com.ar>", "Cambio de casco", "billing", "",
"""Buenas! No es que el casco esté fallado ni nada, está impecable, el
tema es que me quedó chico. Lo usé una sola vez para ir a probarlo.
¿Lo puedo cambiar por un talle más grande en el local de Palermo? Si
sale más caro pago la diferencia."""),
("es", "b105-es-reconocimiento-factura-autonomo", "Pilar Domínguez <pilar.dominguez@example.es>", "Factura reconocimiento médico", "billing", "",
"""Buenos días. El martes me hice el reconocimiento para renovar el
carné C en su centro de Zaragoza y pagué 55 €. Soy autónoma y necesito
factura a mi nombre con NIF 00000000T para la declaración, no me vale el
ticket. ¿Me la pueden enviar por correo?

Pilar Domínguez"""),
("es", "b105-es-pausar-bici-rodilla", "Marta Carrasco <marta.carrasco@example.es>", "Bici", "billing", "",
"""Hola! Me operan de la rodilla el 10 de marzo y no voy a poder
pedalear por lo menos en dos meses. ¿Se puede congelar la suscripción de
la bici eléctrica durante ese tiempo sin pagar la cuota? No quiero
darme de baja, me encanta."""),
("es", "b105-es-neumaticos-tasa-arbitraje", "Salvador Peña <salvador.pena@example.es>", "Reclamación por cargo no informado", "billing", "high",
"""Señores:

En la factura del cambio de neumáticos del 3 de mayo (taller de
Valladolid) aparece un cargo de 35 € por "gestión medioambiental y
kit de servicio" del que no se me informó en ningún momento, ni en el
presupuesto ni en el mostrador. Al pedir explicaciones, el empleado me
dijo que "es lo normal".

Solicito la devolución de esos 35 €. De no recibir respuesta en 15 días
presentaré hoja de reclamaciones y solicitaré arbitraje de consumo.

Salvador Peña Gil"""),
("es", "b105-es-app-patinetes-no-desbloquea", "Sergio Vidal <sergio.vidal@example.es>", "No se desbloquean", "technical", "",
"""Desde esta mañana la app escanea el QR del patinete pero se queda en
"desbloqueando" y luego sale "error de conexion, intentalo de nuevo".
He probado con cuatro patinetes distintos en Ruzafa. Ya he reinstalado
la app y reiniciado el movil."""),
("es", "b105-es-mx-cargador-luz-roja", "Ximena Herrera <ximena.herrera@example.com.mx>", "Cargador de la bici", "technical", "",
"""Buen dia, el cargador de la bici electrica de mi suscripcion se queda
con la luz roja fija y la bateria no sube de 15%. Lo probe en dos
contactos diferentes. ¿Me pueden cambiar el cargador o la bateria?
La necesito para ir al trabajo."""),
("es", "b105-es-testigo-presion-ruedas", "Concha Prieto <concha.prieto@example.es>", "Testigo de presión", "technical", "",
"""Buenas tardes. Desde que me cambiaron las ruedas el viernes en su
taller de Getafe se me enciende en el salpicadero el testigo de presión
de los neumáticos. He comprobado la presión en la gasolinera y está
bien. ¿Hay que reiniciar algo o tengo que volver?"""),
("es", "b105-es-autocaravana-calentador-chispas", "Ernesto Villalba <ernesto.villalba@example.es>", "Calentador de la autocaravana", "technical", "high",
"""Buenos días,

Desde que nos revisaron la instalación de gas y el calentador de la
autocaravana la semana pasada, al encender el calentador se oye un
chasquido fuerte, salen chispas por la rejilla exterior y huele a
quemado. Lo hemos apagado, hemos cerrado la bombona y no lo estamos
usando. Tenemos previsto salir de viaje el día 20.

¿Pueden revisarlo antes? Gracias.

Ernesto Villalba"""),
("es", "b105-es-mx-repartidores-motos-bloqueadas", "Operaciones <operaciones@rapimandados.example>", "Motos", "technical", "high",
"""Buenos dias,

Desde las 7 de la mañana las 15 motos que tenemos rentadas con ustedes
aparecen como "bloqueadas" en la app y no encienden. Los repartidores
estan parados en la base, llevamos mas de 80 pedidos sin entregar y los
restaurantes nos estan cancelando. Las rentas estan pagadas al corriente.

Por favor llamenme en cuanto lean esto al 81 0000 3321.

Hugo Garza
RapiMandados Monterrey"""),
("es", "b105-es-co-moto-se-apaga-avenida", "Valentina Cárdenas <valentina.cardenas@example.com.co>", "La moto se apaga andando", "technical", "high",
"""Buenas noches. La moto que compré con ustedes hace tres semanas se ha
apagado sola dos veces andando, una de ellas en plena Avenida Boyacá a
unos 50 km/h, con buses detrás. Por suerte pude orillarme. Vuelve a
prender después de un rato. Ya no la estoy usando. ¿Cuándo la pueden
recibir en el taller?

Valentina Cárdenas"""),
("es", "b105-es-enchufe-cargador-ennegrecido", "Raúl Ibáñez <raul.ibanez@example.es>", "Cargador", "technical", "high",
"""Hola. Ayer mientras cargaba la bici eléctrica noté olor a quemado. El
enchufe del cargador estaba muy caliente y la placa de la pared está
ennegrecida alrededor. Lo he desenchufado y no lo vuelvo a usar. Es el
cargador que venía con la bici de la suscripción. ¿Me mandáis otro y
que alguien mire la batería?

Raúl"""),
("es", "b105-es-cl-app-asistencia-login", "Tomás Fuentes <tomas.fuentes@example.cl>", "No puedo entrar a la app", "technical", "",
"""Hola, en la app de asistencia en ruta me sale "usuario o contraseña
incorrectos" aunque la cambié ayer con el enlace que me mandaron. El
enlace funciona, me dice que se cambió, pero después igual no me deja
entrar."""),
("es", "b105-es-tunel-no-seca-no-dinero", "Amparo Gil <amparo.gil@example.es>", "El túnel de lavado", "technical", "",
"""No quiero que me devuelvan el dinero, quiero que lo arreglen. Desde
hace un par de semanas el túnel de lavado de la gasolinera de la
avenida de Aragón no seca: los secadores del final casi no soplan y el
coche sale chorreando y lleno de marcas de agua. Se lo he dicho al
chico de la caja dos veces."""),
("es", "b105-es-mx-re-verificacion-pdf", "Arturo Mendoza <arturo.mendoza@example.com.mx>", "RE: Confirmación de cita de verificación", "technical", "",
"""Ya hice la verificacion el sabado y paso, pero en la pagina cuando le
doy "descargar constancia" sale un PDF en blanco. Lo intente en la
compu y en el cel. Lo necesito para el tramite del seguro.

Arturo

> Su cita de verificación vehicular quedó confirmada para el sábado
> 18 a las 9:40 hrs en el Verificentro Tlalnepantla.
> Presente tarjeta de circulación e identificación."""),
("es", "b105-es-claraboya-gotea", "Nuria Font <nuria.font@example.es>", "Claraboya", "technical", "",
"""Bon dia. La claraboya de la autocaravana que nos cambiaron en marzo
gotea cuando llueve fuerte, cae agua justo encima de la mesa. Antes de
la reparación no goteaba. ¿Cuándo podemos llevarla?

Nuria"""),
("es", "b105-es-ar-tercera-vez-encargado", "Gustavo Romero <gustavo.romero@example.com.ar>", "Tercera vez con el mismo problema", "technical", "high",
"""Es la tercera vez que llevo el auto a su gomería de Rosario por la
misma pérdida de aire en la cubierta delantera derecha. Las tres veces
me dijeron que estaba "solucionado", y a los cuatro días tengo la
goma baja de nuevo. Perdí tres mañanas de trabajo.

No quiero volver a hablar con el mostrador. Quiero que me llame el
encargado del local para ver cómo lo solucionamos de una vez.

Gustavo Romero
341 000 6678"""),
("es", "b105-es-mando-mover-caravana", "Julián Ortega <julian.ortega@example.es>", "Mover de la caravana", "technical", "",
"""Buenas, el mando del mover que nos instalaron en la caravana no se
empareja. Parpadea la luz verde y luego se queda en rojo. Le he
cambiado las pilas. La batería de la caravana está cargada."""),
("es", "b105-es-gracias-gruista-a7", "Carmen Roldán <carmen.roldan@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes,

Quería dar las gracias a Paco, el gruista que nos atendió el domingo en
la A-7 a la altura de Motril. Íbamos con mi madre de 84 años y hacía un
calor horrible, y él fue amabilísimo, nos buscó sombra, nos dio agua y
nos llevó al taller sin ninguna prisa. Un diez.

Carmen Roldán"""),
("es", "b105-es-mx-horario-semana-santa", "Paola Reyes <paola.reyes@example.com.mx>", "Horario", "general", "",
"""¿Qué horario van a tener jueves y viernes santo en la sucursal de
Querétaro?"""),
("es", "b105-es-gafas-olvidadas-lavadero", "Iker Etxeberria <iker.etxeberria@example.es>", "Gafas olvidadas", "general", "",
"""Hola, el sábado aspiré el coche en vuestro lavadero de Barakaldo y
creo que me dejé unas gafas graduadas en una funda azul encima de la
máquina de aspirar. ¿Las ha encontrado alguien? Me paso a buscarlas
cuando me digáis."""),
("es", "b105-es-ar-cambio-mail", "Sofía Benítez <sofia.benitez@example.com.ar>", "Cambio de mail", "general", "",
"""Hola, quiero cambiar el mail de mi cuenta por
sofi.benitez.nuevo@example.com.ar, el viejo ya no lo uso. El resto de
los datos queda igual. Gracias!"""),
("es", "b105-es-reconocimiento-mayores-70", "José María Lozano <jm.lozano@example.es>", "Renovación del carné", "general", "",
"""Muy señores míos:

Tengo 78 años y tengo que renovar el permiso de conducir el mes que
viene. Quisiera saber si en su centro de Cáceres hay que pedir cita o se
puede ir directamente, qué documentos tengo que llevar y si debo llevar
las gafas de cerca además de las de conducir.

Atentamente,
José María Lozano"""),
("es", "b105-es-co-patrocinio-ciclismo", "Club Ciclístico Montaña Verde <contacto@ccmontanaverde.example>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo,

Somos un club de ciclismo de Medellín con 60 deportistas juveniles.
En septiembre organizamos una ruta benéfica a Santa Elena y buscamos
patrocinadores. Nos gustaría saber si su tienda de bicicletas eléctricas
estaría interesada en apoyarnos a cambio de presencia de marca en las
camisetas y en el evento.

Quedamos atentos,
Luisa Fernanda Ossa"""),
("es", "b105-es-derecho-supresion", "Beatriz Molina <beatriz.molina@example.es>", "Supresión de mis datos", "general", "",
"""Buenos días,

Ya no uso su servicio de patinetes compartidos. Al amparo del artículo
17 del RGPD, solicito la supresión de todos mis datos personales
(cuenta registrada con este correo), incluido el historial de viajes.
Les ruego que me confirmen cuando se haya hecho.

Beatriz Molina"""),
("es", "b105-es-queja-trato-recepcion", "Manuel Herrero <manuel.herrero@example.es>", "Trato en recepción", "general", "",
"""Solo quería dejar constancia de que la chica de recepción de la ITV
de Leganés me atendió fatal el lunes, con malas caras y sin levantar la
vista del móvil. No pido nada, pero creo que deberían saberlo."""),
("es", "b105-es-aceite-sala-espera-responsable", "Rosa Aguado <rosa.aguado@example.es>", "Suelo con aceite en la sala de espera", "general", "high",
"""Buenas tardes,

Hoy en su taller de neumáticos de Alcalá, en la zona de espera junto a
la máquina de café, había una mancha grande de aceite en el suelo,
sin ningún cartel. Mi madre, que tiene 80 años y anda con bastón,
resbaló y si no la llego a sujetar se cae de espaldas. Cuando lo dije,
el empleado se encogió de hombros.

Quiero que el responsable del taller me llame y que eso se limpie y se
señalice antes de que alguien se haga daño.

Rosa Aguado
600 000 218"""),
("es", "b105-es-mx-pregunta-lavan-motos", "Emiliano Cruz <emiliano.cruz@example.com.mx>", "Pregunta", "general", "",
"""Que tal, ¿también lavan motos o nada mas autos? Es una Italika 150, y
quisiera saber cuanto tardan."""),
("es", "b105-es-feria-caravaning", "Andrés Calvo <andres.calvo@example.es>", "Salón del caravaning", "general", "",
"""Hola, ¿vais a estar en el Salón del Caravaning de Barcelona en octubre?
Queremos ver en persona la furgoneta camper de 4 plazas antes de
decidirnos."""),
("es", "b105-es-cl-moto-pagada-cuando", "Camila Soto <camila.soto@example.cl>", "Pedido 20917", "general", "",
"""Hola, ya pagué el total de la moto el lunes por transferencia. ¿Cuándo
la puedo retirar en la sucursal de Viña y qué papeles tengo que llevar?
Gracias"""),
("es", "b105-es-urgente-itv-caduca", "Rubén Castillo <ruben.castillo@example.es>", "URGENTE", "general", "",
"""URGENTE: a mi coche le caduca la ITV el viernes y no encuentro cita
en la web hasta dentro de tres semanas. ¿Puedo ir sin cita? ¿A qué hora
hay menos gente?"""),
# ---------------- Polish ----------------
("pl", "b105-pl-wulkanizacja-podwojna-platnosc", "Marek Zieliński <marek.zielinski@example.pl>", "Podwójna płatność za wymianę opon", "billing", "",
"""Dzień dobry,

w sobotę wymieniałem opony na letnie w Państwa punkcie przy ul.
Grochowskiej. Za pierwszym razem terminal pokazał błąd, więc pracownik
przeciągnął kartę jeszcze raz. Dziś widzę na koncie dwie transakcje po
260 zł. Proszę o zwrot jednej z nich. Paragon mam.

Pozdrawiam
Marek Zieliński"""),
("pl", "b105-pl-assistance-tata-odszedl", "Beata Wilk <beata.wilk@example.pl>", "Assistance taty", "billing", "",
"""Szanowni Państwo,

mój tata, Henryk Wilk, odszedł w marcu. Miał u Państwa pakiet
assistance na swój samochód, który sprzedaliśmy w kwietniu. Widzę, że
w maju nadal pobrano z jego konta 39 zł. Proszę o zakończenie umowy i
informację, jakie dokumenty mam przesłać, żeby odzyskać tę ostatnią
składkę. Akt zgonu mogę wysłać skanem.

Z poważaniem
Beata Wilk"""),
("pl", "b105-pl-abonament-rower-norwegia", "Pawel Kubacki <pawel.kubacki@example.pl>", "abonament roweru", "billing", "",
"""Czesc, od czerwca do wrzesnia jade do pracy do Norwegii i rower
elektryczny z abonamentu bedzie stal w piwnicy. Da sie zawiesic
abonament na te 4 miesiace, zeby nie placic 169 zl co miesiac? Jak
wroce to chce go dalej miec. Ewentualnie moge go oddac na ten czas do
punktu na Zablociu.

Pawel"""),
("pl", "b105-pl-karta-paliwowa-nip", "Księgowość <ksiegowosc@budmax-lodz.example>", "Faktury za paliwo - błędny NIP", "billing", "",
"""Dzień dobry,

na fakturach zbiorczych za karty paliwowe za marzec i kwiecień jest
błędny NIP naszej firmy (zamienione dwie cyfry) i biuro rachunkowe nie
może ich zaksięgować. Prawidłowy NIP: 725-000-12-34. Prosimy o korekty
obu faktur i poprawienie danych na koncie klienta.

Z poważaniem
Anna Michalak
BUDMAX Sp. z o.o."""),
("pl", "b105-pl-kamper-kaucja-rzecznik", "Tomasz Wrona <tomasz.wrona@example.pl>", "Kaucja za kampera - 2000 zł", "billing", "high",
"""Szanowni Państwo,

wypożyczyliśmy kampera w terminie 3-17 lipca. Oddaliśmy go czysty, z
pełnym bakiem, a Państwa pracownik przy zwrocie podpisał protokół bez
uwag. Tymczasem z kaucji 2000 zł zwrócono nam tylko 1200 zł, a
potrącenie 800 zł opisano jako "uszkodzenie markizy i sprzątanie".

Markiza była sprawna, mamy zdjęcia z dnia zwrotu. Jeżeli brakująca
kwota nie wróci na konto w ciągu 14 dni, zwrócę się do miejskiego
rzecznika konsumentów i skieruję sprawę do sądu.

Tomasz Wrona"""),
("pl", "b105-pl-myjnia-abonament-chargeback", "Natalia Borkowska <natalia.borkowska@example.pl>", "Abonament na myjnię - dalej pobieracie", "billing", "high",
"""Zrezygnowałam z abonamentu na myjnię w styczniu, przez aplikację, i
dostałam maila z potwierdzeniem. Mimo to w lutym i marcu znowu
pobraliście po 79 zł. Dwa maile do Was bez odpowiedzi.

Jeśli do piątku nie zwrócicie 158 zł, zgłaszam w banku reklamację
transakcji (chargeback).

Natalia Borkowska"""),
("pl", "b105-pl-salon-moto-zaliczka-kierownik", "Krzysztof Sobczak <krzysztof.sobczak@example.pl>", "Zaliczka na motocykl - żądam kontaktu z kierownikiem", "billing", "high",
"""W lutym wpłaciłem 3000 zł zaliczki na nowy motocykl w Państwa salonie
w Poznaniu, z terminem odbioru na kwiecień. Jest czerwiec, motocykla
nie ma, a sprzedawca za każdym razem mówi "w przyszłym tygodniu".

Rezygnuję z zakupu i żądam zwrotu zaliczki. Nie chcę już rozmawiać ze
sprzedawcą - proszę, żeby skontaktował się ze mną kierownik salonu,
tel. 600 000 417.

Krzysztof Sobczak"""),
("pl", "b105-pl-hej-hulajnoga-przejazd", "Kuba Lis <kuba.lis@example.pl>", "Hej", "billing", "",
"""hej, wczoraj w nocy zostawilem hulajnoge pod Galeria Krakowska i
kliknalem zakoncz przejazd, a dzis mam oplate 47,30 zl za ponad 3
godziny. jechalem 12 minut z Kazimierza. mam zdjecie jak stoi
zaparkowana, prosze o korekte"""),
("pl", "b105-pl-raty-zero-opony", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Raty", "billing", "",
"""Dzień dobry, chciałabym kupić u Państwa komplet opon całorocznych z
montażem, wycena to 1 880 zł. Czy można to rozłożyć na raty 0%? I czy
wniosek składa się w punkcie, czy tylko przez internet?"""),
("pl", "b105-pl-odp-przechowalnia-opon-rok", "Andrzej Gajewski <andrzej.gajewski@example.pl>", "Odp: Faktura za przechowanie opon", "billing", "",
"""Dzień dobry,

umawialiśmy się na przechowanie opon zimowych tylko na sezon letni, od
kwietnia do października, czyli 120 zł. Faktura jest na cały rok, 200
zł. Proszę o korektę.

Andrzej Gajewski

> Szanowny Kliencie,
> w załączeniu przesyłamy fakturę FV/0412/2024 za usługę przechowania
> kompletu opon. Termin płatności: 14 dni.
> Serwis Opon Gajówka"""),
("pl", "b105-pl-kask-nieuszkodzony-zwrot", "Wiktoria Sikora <wiktoria.sikora@example.pl>", "Zwrot kasku", "billing", "",
"""Dzień dobry, kask, który zamówiłam w sklepie internetowym, nie jest
uszkodzony, wszystko z nim w porządku - po prostu jest za ciężki dla
mnie. Chciałabym go zwrócić w ciągu 14 dni i dostać zwrot 749 zł. Metki
są na miejscu. Jak mam go odesłać?"""),
("pl", "b105-pl-badania-kierowcow-faktura", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Faktura za badania", "billing", "",
"""Dzień dobry, we wtorek robiłem u Państwa badania lekarskie i
psychotechniczne dla kierowców (kat. C+E) i zapłaciłem gotówką 350 zł.
Potrzebuję faktury na firmę: Trans-Pawlak Grzegorz Pawlak, NIP
000-000-00-00, ul. Polna 4, Kalisz. Czy można ją dostać mailem?"""),
("pl", "b105-pl-skp-oplata-lpg-uokik", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "Zawyżona opłata za przegląd", "billing", "high",
"""Szanowni Państwo,

12 maja wykonałem przegląd okresowy samochodu osobowego w Państwa
stacji kontroli pojazdów przy ul. Lubelskiej. Pobrano ode mnie 162 zł,
czyli opłatę jak za samochód z instalacją gazową, choć mój samochód nie
ma i nigdy nie miał instalacji LPG (widać to w dowodzie rejestracyjnym).
Opłata za przegląd jest ustawowa i wynosi 98 zł.

Żądam zwrotu 64 zł. W przypadku braku odpowiedzi w ciągu 7 dni złożę
skargę do UOKiK i do starostwa.

Jerzy Malinowski"""),
("pl", "b105-pl-doladowanie-hulajnoga-nie-weszlo", "Oliwia Dąbrowska <oliwia.dabrowska@example.pl>", "Doładowanie portfela", "billing", "",
"""Hejka, doładowałam portfel w aplikacji hulajnóg na 50 zł przez BLIK,
pieniądze zeszły z konta, a w aplikacji saldo dalej 0 zł. Minęły już dwa
dni. Co z tym?"""),
("pl", "b105-pl-aplikacja-qr-nie-skanuje", "Mateusz Jankowski <mateusz.jankowski@example.pl>", "Aplikacja nie skanuje kodów", "technical", "",
"""Od wczorajszej aktualizacji aplikacja nie chce zeskanować kodu QR na
żadnej hulajnodze - kamera się otwiera, ale nic się nie dzieje. Ręczne
wpisanie numeru pokazuje "nie znaleziono pojazdu". Telefon Samsung A54.
Na starej wersji działało."""),
("pl", "b105-pl-rower-abonament-wyswietlacz", "Zbyszek Mroz <zbyszek.mroz@example.pl>", "wyswietlacz", "technical", "",
"""Dzien dobry, w rowerze z abonamentu wyswietlacz pokazuje caly czas 0%
baterii, chociaz bateria naladowana (na samej baterii swieca wszystkie
diody). Wspomaganie nie dziala. Wyjmowalem i wkladalem baterie kilka
razy.

Zbyszek"""),
("pl", "b105-pl-wentyl-powietrze-schodzi", "Agnieszka Majewska <agnieszka.majewska@example.pl>", "Powietrze w kole", "technical", "",
"""Dzień dobry, od wymiany opon dwa tygodnie temu z lewego przedniego
koła co kilka dni schodzi powietrze, czujnik pokazuje spadek z 2,3 na
1,8 bara. Wcześniej tego nie było. Czy może to być wentyl? Kiedy mogę
podjechać?"""),
("pl", "b105-pl-kamper-czujnik-gazu", "Ryszard Olszewski <ryszard.olszewski@example.pl>", "Kamper po przeglądzie instalacji", "technical", "high",
"""Dzień dobry,

w poniedziałek odebraliśmy od Państwa kampera po przeglądzie instalacji
gazowej. Wczoraj wieczorem czujnik gazu zaczął piszczeć, a w okolicy
kuchenki czuć było gaz, mimo że wszystkie palniki były zakręcone.
Zakręciliśmy butlę, otworzyliśmy okna i nocowaliśmy w domu. Kamper stoi
zamknięty na podjeździe.

Prosimy o pilne sprawdzenie, w sobotę mieliśmy jechać na Mazury.

Ryszard i Ewa Olszewscy"""),
("pl", "b105-pl-catering-karty-paliwowe-odrzucone", "Catering Smakosz <biuro@smakosz-catering.example>", "karty", "technical", "high",
"""Dzień dobry,

od 6 rano żadna z naszych kart paliwowych nie działa - na każdej stacji
z Państwa sieci terminal wyświetla "karta nieobsługiwana". Faktury są
opłacone. Cztery nasze busy stoją z pustymi bakami, a obiady dla
sześciu szkół i przedszkola miały wyjechać o 10. Kierowcy tankują za
własne pieniądze, kto ma.

Proszę o pilny telefon: 42 000 17 50.

Elżbieta Wójcik
Catering Smakosz"""),
("pl", "b105-pl-ladowarka-iskrzy", "Damian Czerwiński <damian.czerwinski@example.pl>", "Ładowarka do roweru", "technical", "high",
"""Dzień dobry, wczoraj przy podłączaniu ładowarki do baterii roweru z
abonamentu z wtyczki poszła iskra, był trzask i zapach spalenizny. Na
jednym pinie gniazda w baterii jest czarny ślad. Odłączyłem wszystko i
nie ładuję. Proszę o nową ładowarkę i informację, czy bateria jest
bezpieczna.

Damian"""),
("pl", "b105-pl-myjnia-stanowisko-piana", "Lukasz Pietrzak <lukasz.pietrzak@example.pl>", "myjnia bezdotykowa", "technical", "",
"""Na myjni bezdotykowej przy Obi w Rzeszowie na stanowisku 3 od tygodnia
nie leci piana aktywna, tylko sama woda, a na stanowisku 2 nie dziala
odkurzacz. Pisze zeby ktos to naprawil, nie chodzi mi o zwrot."""),
("pl", "b105-pl-skp-rezerwacja-logowanie", "Dorota Kaczmarek <dorota.kaczmarek@example.pl>", "Rezerwacja przeglądu", "technical", "",
"""Nie mogę zarezerwować terminu przeglądu przez stronę. Po zalogowaniu
strona od razu mnie wylogowuje i każe się logować jeszcze raz. Próbowałam
w Chrome i Firefoxie, wyczyściłam ciasteczka."""),
("pl", "b105-pl-motocykl-nie-odpala-bez-zwrotu", "Sebastian Kołodziej <sebastian.kolodziej@example.pl>", "Motocykl po serwisie", "technical", "",
"""Dzień dobry. Nie chcę zwrotu pieniędzy za serwis ani żadnej rekompensaty,
chcę tylko, żeby motocykl normalnie odpalał. Od odbioru w piątek rano
rozrusznik kręci, ale silnik zapala dopiero za trzecim, czwartym razem.
Jak już zapali, jeździ bez zarzutu. Przed serwisem nic takiego się nie
działo.

Sebastian"""),
("pl", "b105-pl-odp-assistance-lokalizacja", "Renata Głowacka <renata.glowacka@example.pl>", "Odp: Zgłoszenie 40219", "technical", "",
"""Dzień dobry,

niestety po reinstalacji jest tak samo. Aplikacja assistance po
kliknięciu "Wezwij pomoc" pokazuje "Ustalanie lokalizacji..." i po
minucie się zamyka. Mapy Google i inne aplikacje widzą moją lokalizację
bez problemu.

Renata Głowacka

> Dzień dobry, prosimy o odinstalowanie aplikacji i ponowną instalację
> z Google Play. Jeśli problem się powtórzy, prosimy o kontakt.
> Zespół Obsługi Klienta"""),
("pl", "b105-pl-przyczepa-mover", "Wojciech Sawicki <wojciech.sawicki@example.pl>", "Mover w przyczepie", "technical", "",
"""Dzień dobry, mover zamontowany u Państwa w naszej przyczepie kempingowej
w kwietniu przestał reagować na pilota. Dioda na pilocie miga, ale
rolki się nie dociskają do kół. Akumulator w przyczepie naładowany,
baterie w pilocie nowe."""),
("pl", "b105-pl-trzeci-raz-kolo-przelozony", "Henryk Baran <henryk.baran@example.pl>", "Trzecia wizyta - proszę o przełożonego", "technical", "high",
"""Trzeci raz przyjeżdżam do Państwa serwisu w Gdyni z tym samym
problemem: po wymianie opon kierownica drga powyżej 90 km/h. Za każdym
razem koła są "wyważone ponownie" i po tygodniu wszystko wraca. Straciłem
trzy dni urlopu.

Nie chcę czwartej wizyty na tych samych zasadach. Proszę, żeby
skontaktował się ze mną przełożony kierownika punktu albo ktoś z
regionu, kto może podjąć decyzję.

Henryk Baran
tel. 500 000 982"""),
("pl", "b105-pl-hulajnoga-hamulec-nie-dziala", "Kamil Wasilewski <kamil.wasilewski@example.pl>", "Hulajnoga nr 5521", "technical", "high",
"""Dzien dobry, chce zglosic hulajnoge nr 5521 stojaca teraz przy Rondzie
Mogilskim. Tylny hamulec w ogole nie dziala, dzwignia chodzi luzno az do
kierownicy. Zauwazylem po ruszeniu, zjechalem i zatrzymalem sie nogami.
Zakonczylem przejazd, ale ona dalej jest dostepna w aplikacji dla
innych. Ktos moze z niej zjechac z gorki.

Kamil"""),
("pl", "b105-pl-podziekowanie-pomoc-drogowa", "Joanna Adamska <joanna.adamska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panu Darkowi z pomocy drogowej, który w
niedzielę wieczorem przyjechał do nas na A4 pod Opolem. Padał deszcz,
dzieci marudziły, a on w pół godziny wymienił koło, sprawdził ciśnienie
w pozostałych i jeszcze zażartował z moim synem. Bardzo proszę
przekazać mu moje podziękowania.

Joanna Adamska"""),
("pl", "b105-pl-godziny-wszystkich-swietych", "Stanisław Kowal <stanislaw.kowal@example.pl>", "Godziny otwarcia", "general", "",
"""Czy 31 października stacja kontroli będzie czynna normalnie, czy
krócej?"""),
("pl", "b105-pl-klucz-srub-antykradziezowych", "Łucja Nowak <lucja.nowak@example.pl>", "Zgubiony klucz do śrub", "general", "",
"""Dzień dobry, chyba zostawiłam u Państwa w punkcie na Bemowie klucz do
śrub zabezpieczających koła - nie ma go w schowku ani w bagażniku od
czasu wymiany opon w czwartek. Jest w małym czarnym woreczku. Czy ktoś
mógłby sprawdzić? Odbiorę osobiście."""),
("pl", "b105-pl-zmiana-numeru-telefonu", "Bartek Zawadzki <bartek.zawadzki@example.pl>", "zmiana numeru", "general", "",
"""Dzien dobry, prosze zmienic numer telefonu w moim koncie na 501 000
234. Stary juz nie dziala. Reszta danych bez zmian. Dzieki"""),
("pl", "b105-pl-badania-co-zabrac", "Teresa Kaźmierczak <teresa.kazmierczak@example.pl>", "Badanie lekarskie do prawa jazdy", "general", "",
"""Szanowni Państwo,

lekarz rodzinny skierował mnie na badanie lekarskie w związku z
prawem jazdy. Mam wizytę u Państwa w piątek o 9:00. Co powinnam ze sobą
zabrać? Noszę okulary do jazdy i biorę leki na cukrzycę - czy mam
przynieść wyniki badań albo listę leków?

Z poważaniem
Teresa Kaźmierczak"""),
("pl", "b105-pl-sponsoring-zlot-motocyklowy", "Motoklub Jastrzębie <kontakt@motoklub-jastrzebie.example>", "Sponsoring zlotu", "general", "",
"""Dzień dobry,

jesteśmy motoklubem z Jastrzębia-Zdroju. W sierpniu organizujemy
charytatywny zlot motocyklowy, z którego dochód przekazujemy na
hospicjum dziecięce. Szukamy partnerów - czy Państwa salon byłby
zainteresowany wsparciem w zamian za stoisko i logo na banerach?

Pozdrawiamy
Adrian Kubica, prezes"""),
("pl", "b105-pl-rodo-kopia-danych", "Michalina Wróblewska <michalina.wroblewska@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich danych
osobowych, które Państwo przetwarzają na mój temat w związku z kontem w
aplikacji hulajnóg (adres e-mail jak w nadawcy), w tym historii
przejazdów i lokalizacji, oraz informacji, jak długo są
przechowywane.

Michalina Wróblewska"""),
("pl", "b105-pl-skarga-diagnosta", "Zdzisław Rutkowski <zdzislaw.rutkowski@example.pl>", "Zachowanie diagnosty", "general", "",
"""Chciałem zwrócić uwagę, że diagnosta w stacji przy Al. Jana Pawła był
w środę wyjątkowo niemiły. Na moje pytanie o wynik odpowiedział "niech
pan sobie przeczyta" i rzucił papiery na ladę. Nie oczekuję niczego,
ale uważam, że tak się klientów nie traktuje."""),
("pl", "b105-pl-hulajnogi-przy-szkole", "Monika Szczepańska <monika.szczepanska@example.pl>", "Hulajnogi przy szkole na Ursynowie", "general", "high",
"""Dzień dobry,

od tygodnia co rano przed wejściem do Szkoły Podstawowej nr 3 leży kilka
Państwa hulajnóg, porzuconych w poprzek chodnika i na przejściu dla
pieszych. Dzisiaj siedmiolatek potknął się o jedną, wpadł na jezdnię i
tylko szczęście, że samochód zdążył zahamować.

Hulajnogi są sprawne, problemem jest to, gdzie je zostawiają
użytkownicy. Proszę o ustawienie tam strefy zakazu parkowania albo
zabieranie ich rano.

Monika Szczepańska, rada rodziców"""),
("pl", "b105-pl-pytanie-myjnia-kamper", "Roman Jasiński <roman.jasinski@example.pl>", "Pytanie", "general", "",
"""Czy na Państwa myjni da się umyć kampera? Ma 3,10 m wysokości i 7 m
długości. Czy trzeba się wcześniej umówić?"""),
("pl", "b105-pl-targi-caravaningowe", "Ewelina Górecka <ewelina.gorecka@example.pl>", "Targi w Poznaniu", "general", "",
"""Dzień dobry, czy będą Państwo na targach caravaningowych w Poznaniu w
październiku? Chcielibyśmy obejrzeć na żywo nowy kamper 4-osobowy
zanim się zdecydujemy."""),
("pl", "b105-pl-motocykl-oplacony-odbior", "Piotr Wieczorek <piotr.wieczorek@example.pl>", "Zamówienie 20741", "general", "",
"""Dzien dobry, w poniedzialek zaplacilem reszte za motocykl przelewem.
Kiedy bedzie gotowy do odbioru w salonie w Katowicach i jakie dokumenty
mam zabrac?"""),
("pl", "b105-pl-pilne-opony-bez-umawiania", "Barbara Michalska <barbara.michalska@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Zapowiadają śnieg na weekend, a ja dalej na letnich. Czy mogę
przyjechać jutro rano na wymianę bez umawiania się, czy trzeba mieć
termin? Punkt w Tychach."""),
]
