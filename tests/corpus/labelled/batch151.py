# batch151.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Internet and TV, third round: broadband for rural
# areas, satellite internet, mobile broadband dongles, IPTV boxes,
# streaming bundles, parental control apps and Wi-Fi extenders.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in unusual words, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch12.py; 40 mails per language, written separately.
M += [
# ---------------- English ----------------
("en", "b151-dish-install-fee-twice", "Fiona MacLeod <fiona.macleod@example.co.uk>", "Invoice SB-448210", "billing", "",
"""Hello,

Your engineer fitted the satellite dish at our croft near Lairg on the
14th and I paid the 99.00 installation fee on the day by card. The
first bill has now arrived (SB-448210) and there is another 99.00
installation charge on it. I've attached the card receipt from the
day. Please take it off.

Fiona MacLeod"""),
("en", "b151-dongle-topup-not-credited", "Gary Pickering <gary.pickering@example.com>", "top up", "billing", "",
"""Topped up my dongle with 15 quid on Sunday night, money's gone out of
my account but the data balance still says 0.2 GB. Ref on my banking
app is TOPUP 7731902. Where's my 15 pound gone?"""),
("en", "b151-mam-passed-close-tv", "Siobhan Kelleher <siobhan.kelleher@example.ie>", "My mother's account", "billing", "",
"""Dear Sir or Madam,

My mother, Nora Kelleher, passed away on the 2nd of March. She had your
TV and broadband package at 7 Church View, Macroom, account number
IE-2208417. Could you please close the account and stop the direct
debit from her credit union account. I can post the death certificate
if you need it. The box and the remote are here whenever you want them
collected.

Thank you for your understanding.

Siobhan Kelleher"""),
("en", "b151-caravan-broadband-sleep", "Dave Hollis <dave.hollis@example.co.uk>", "Winter", "billing", "",
"""Hi,

We have your 4G home broadband at our static caravan in Tenby. The site
shuts from the end of October until March and nobody's there, so it
seems daft paying 30 a month for a router sitting in an empty van.
Can it be put to sleep for the winter and woken up again at Easter, or
do we have to end it and start a new contract every year?

Cheers
Dave"""),
("en", "b151-bundle-price-rise-ombudsman", "Rachel Ainsworth <rachel.ainsworth@example.co.uk>", "Mid-contract price rise", "billing", "high",
"""To whom it may concern,

When I signed up to the broadband and streaming bundle in September I
was quoted 42.00 a month fixed for 24 months. My April bill is 47.50,
with a line saying "annual price adjustment". Nothing about this was
in the summary I was sent, which I still have.

Either you put the bill back to 42.00 and refund the difference, or you
let me leave without an exit fee. If I have not heard back within 14
days I will refer this to the Communications Ombudsman and to Ofcom.

Rachel Ainsworth
Account 55019872"""),
("en", "b151-extender-return-chargeback", "Marcus Webb <marcus.webb@example.com>", "RMA 20931", "billing", "high",
"""I returned the mesh extender kit (RMA 20931, $149.99) on February 3rd.
UPS shows it was signed for at your warehouse on February 6th. It's now
March 12th and still no refund. I've called twice and been told "5 to
7 business days" both times.

I'm giving it until Friday. After that I'm filing a chargeback with
American Express and they can sort it out with you.

Marcus Webb
Columbus, OH"""),
("en", "b151-supervisor-etf-relocation", "Lauren Diaz <lauren.diaz@example.com>", "Cancellation", "billing", "high",
"""I am relocating to Portugal for work on June 1 and called to cancel my
rural internet service. The agent told me there's a $240 early
termination fee because I'm 7 months into a 12 month term. Your own
terms say the fee is waived if the customer moves to an address you
can't serve, and you obviously don't serve Lisbon.

I asked for a supervisor and was put on hold for 40 minutes and then
disconnected. I want a supervisor to call me back at 512-555-0148 and
I want it in writing that the fee is waived.

Lauren Diaz"""),
("en", "b151-gst-invoice-satellite", "Accounts <accounts@shivamagro.example.in>", "GST invoice required", "billing", "",
"""Dear Sir/Madam,

We have taken your satellite internet plan (Business 50, Rs. 7,499 per
month) for our cold storage unit at Nashik. Kindly provide the GST
invoice for the months of January and February in the name of Shivam
Agro Exports Pvt. Ltd., GSTIN 27AAXCS1234F1Z5, as the invoices received
are without GSTIN and our auditor is not accepting the same.

Kindly do the needful at the earliest.

Regards,
Prakash Kulkarni
Accounts Dept."""),
("en", "b151-re-rural-line-instalments", "Tom Yardley <tom.yardley@example.co.uk>", "Re: Your quote for a new connection - Hill Top Farm", "billing", "",
"""Thanks for this. 1,850 is more than we were hoping but it's still
cheaper than the alternatives round here. Is there any way to spread
it? We could do a chunk up front and the rest over a year if that's an
option. Otherwise we'll need to wait until after harvest.

Tom

-----Original Message-----
From: New Connections
Sent: 03 May 10:14
Subject: Your quote for a new connection - Hill Top Farm

Dear Mr Yardley,

Following the survey on 28 April, the cost of extending the network to
Hill Top Farm, Hawes, is 1,850.00 including VAT. This covers 620 m of
new cable and a pole. Once we receive payment we will book the work in,
currently around 10 weeks.

Kind regards,
Anna Pearce
New Connections Team"""),
("en", "b151-student-discount-sports", "Kieran Doyle <kieran.doyle@example.ie>", "Question", "billing", "",
"""hey is there a student price for the sports add on? im in UCC and its
19.99 a month which is a lot for me. have a student card if u need it"""),
("en", "b151-dog-gone-pet-channel", "Margaret Oakes <margaret.oakes@example.co.uk>", "The animal channel", "billing", "",
"""Dear Sir,

We only kept the Pets & Wildlife channel on our package because our old
Labrador, Biscuit, used to lie in front of it all afternoon. We lost
him last Tuesday, he was fourteen. There's no one to watch it now, so
please would you take it off our package from the next bill.

Yours faithfully,
Margaret Oakes (Mrs)"""),
("en", "b151-parental-app-billed-twice", "Neha Sharma <neha.sharma@example.com>", "Hello", "billing", "",
"""Hello,

I have subscribed to your parental control app (Family plan, yearly)
through the App Store on my iPhone, and this month I can see a charge
of 59.99 from the App Store and another 59.99 directly on my Visa card
from your company. It is one family, one subscription. Please refund
the duplicate to my card.

Thanks and regards,
Neha"""),
("en", "b151-not-tech-out-of-bundle-data", "Jack Farrell <jack.farrell@example.com.au>", "Bill", "billing", "",
"""G'day,

Before anyone tells me to restart the modem - the dongle works fine,
this isn't a technical problem. My bill for March has $38.40 of
"out-of-bundle data" on it, but I've been on the Unlimited 4G plan
since last year. Unlimited means unlimited. Please remove it and
check it won't happen again.

Jack Farrell
Toowoomba QLD"""),
("en", "b151-satellite-rain-drops", "Alan Dinsdale <alan.dinsdale@example.co.uk>", "Satellite broadband dropping out", "technical", "",
"""Hello,

Since the start of the month the satellite broadband drops out whenever
it rains even moderately, and this being Cumbria that's most days. The
modem lights go from solid blue to flashing orange, and it comes back
20 minutes or so after the rain stops. It never used to do this last
winter. The dish hasn't been moved as far as I can see but there's a
new bit of ivy growing up the wall near it.

Alan Dinsdale
Kirkby Stephen"""),
("en", "b151-iptv-box-stuck-47", "Paddy Nolan <paddy.nolan@example.ie>", "Box", "technical", "",
"""The box has been on "Updating 47%" since last night. Unplugged it twice,
same thing every time, goes straight back to 47%. Can't watch anything."""),
("en", "b151-extender-drops-no-refund", "Hannah Price <hannah.price@example.co.uk>", "Wi-Fi extender", "technical", "",
"""Hi,

I'm not after a refund or a replacement, I'd just like the thing to
work. The Wi-Fi extender I bought from you is in the hallway, half way
between the router and the back bedroom. It connects fine, then every
hour or so it drops out and the light goes red for a minute. My
daughter's laptop loses the connection every time, which is a pain as
she's doing her A-level coursework online.

I've done the firmware update from the app. Anything else I can try?

Thanks,
Hannah"""),
("en", "b151-parental-app-tiktok", "Darren Holt <darren.holt@example.com>", "Blocking not working", "technical", "",
"""TikTok is blocked in the parental control app for my son's phone
(Android) but since the update last week he can open it and use it
all he likes. Screen time limit isn't working either, he was on it
till 1am. The app on my phone still shows everything as blocked."""),
("en", "b151-dongle-mac-not-seen", "Arvind Menon <arvind.menon@example.in>", "Dongle issue", "technical", "",
"""Hi team,

After updating my MacBook Air to the latest macOS, the USB data card
is not getting detected at all. The light on the dongle is blinking
blue but the connection manager says "No device found". On my wife's
Windows laptop it is working fine, so the SIM and data are ok.

Please advise if a new driver is there.

Thanks,
Arvind Menon
Kochi"""),
("en", "b151-portal-reset-email-never", "Sue Brannigan <sue.brannigan@example.co.uk>", "Can't get into my account", "technical", "",
"""I've tried to reset my password for My Account five times today and
the reset email never comes. Not in spam either. It's the same email
address the bills come to so I know it's right. I just want to see my
usage."""),
("en", "b151-guesthouse-no-broadband", "Maire Ni Bhriain <info@seaview-bnb.example.ie>", "Since Saturday", "technical", "high",
"""Hello,

We run a six-room guesthouse outside Dingle. Since Saturday morning:
the card machine won't take payments, so guests are having to drive
into town to get cash to pay us; three bookings for this weekend came
in by email that we didn't see until someone rang to ask; and two
couples have already checked out early and left reviews saying "no
Wi-Fi, don't come here". The router has a red light and nothing we do
changes it.

The fault line gave us a ticket number (FT-88412) and said "up to 5
working days". We can't keep going like this for 5 working days in
the middle of the season. Please send someone.

Maire Ni Bhriain
Seaview B&B"""),
("en", "b151-router-adapter-hot-smell", "Roger Lumb <roger.lumb@example.co.uk>", "Router power supply", "technical", "high",
"""Good evening,

Not in any panic, but I thought you should know. This evening there
was a smell of hot plastic in the study, and it turned out to be the
power adapter for the broadband router. The plug part is discoloured
brown on one side and was too hot to hold comfortably. I've unplugged
it and it's sitting on the stone hearth. Obviously we're now without
internet.

Could you send a replacement adapter, and is it safe to use the router
itself?

Roger Lumb"""),
("en", "b151-telecare-dad-line-down", "Karen Mitchell <karen.mitchell@example.co.uk>", "Dad's line - please help", "technical", "high",
"""Please can someone help today. My father is 88 and lives alone in
Llanidloes. His pendant alarm works through his broadband line, and
the line has been dead since Tuesday afternoon - no dial tone and the
alarm box shows "no connection". The alarm company say it's your fault
to fix. He has fallen twice this year and if he falls now nobody will
know.

Account is in his name, Glyn Mitchell, 4 Bryn Road. I'm his daughter
and I'm on 07700 900412.

Karen"""),
("en", "b151-village-down-since-storm", "Cllr Gwen Parry <gwen.parry@example.cymru>", "Cwm Llwyd - no service", "technical", "high",
"""Dear Sir/Madam,

I am writing on behalf of residents of Cwm Llwyd. Since storm Kathleen
on Saturday night the whole village has been without broadband - some
forty households, the primary school and the surgery's branch. A pole
is leaning badly on the lane by the chapel and I believe that is where
the cable runs. Several residents have reported it individually and
been given different reference numbers and different dates.

Could someone give us one answer as to when service will be restored?

Yours faithfully,
Gwen Parry
Community Councillor"""),
("en", "b151-urgent-buffering-evenings", "Liam Carr <liam.carr@example.com.au>", "URGENT!!!!", "technical", "",
"""Mate I'm DYING here. Every night from about 8 till 11 the streams
buffer like crazy. Speed test says 2 Mbps, daytime it's 40+. Grand
final is on Saturday night and I've got 10 people coming over. Sort it
out please!!"""),
("en", "b151-re-case-dish-still-no-signal", "Bill Thwaite <bill.thwaite@example.co.uk>", "Re: Case 70455 - engineer visit", "technical", "",
"""Hello again,

The engineer came on Thursday as below and realigned the dish. It
worked for about a day. Since Saturday the modem shows "Searching for
satellite" again most of the time and we get maybe an hour of
connection in the afternoon. Nothing has changed here, no trees, no
building work.

Bill Thwaite

> From: Customer Care
> Date: Mon 8 Jul
> Subject: Case 70455 - engineer visit
>
> Dear Mr Thwaite,
> An engineer will visit on Thursday 11 July between 8am and 1pm to
> check the alignment of your dish. Please make sure there is access
> to the dish and the modem.
> Kind regards, Customer Care"""),
("en", "b151-remote-wont-pair-elderly", "Edna Shaw <edna.shaw@example.co.uk>", "remote control", "technical", "",
"""Dear Sirs

The new TV box you sent me works but the remote control will not talk
to it. I have put new batteries in. My grandson pressed two buttons
together like your leaflet says and it still does nothing. I can only
change the channel by getting up and pressing the little button on the
box which is hard for me with my knees.

Mrs E Shaw"""),
("en", "b151-tv-app-error-403", "Priya Nair <priya.nair@example.com>", "Error 403 on the TV app", "technical", "",
"""Hi, the streaming bundle app on our Samsung TV shows "Error 403 - not
authorised" on every channel since Wednesday. Same login works on the
phone app and on the laptop. I've reinstalled the TV app and signed
out and in. Any ideas?"""),
("en", "b151-thanks-engineer-barn-roof", "Jim Metcalfe <jim.metcalfe@example.co.uk>", "Your engineer Craig", "general", "",
"""Dear all,

Just a note to say thank you to your engineer Craig who came out to
Low Moor Farm on Monday. It was blowing a gale and raining sideways,
and he still went up onto the barn roof to put the dish where it would
actually see the sky, rather than the easy spot on the wall. He was
polite, tidied up after himself and explained everything to my wife
twice without once looking at his watch.

Forty years up here on dial-up and rubbish mobile signal, and now we
can video call the grandchildren in Canada. Please make sure he gets
told.

Jim and Pat Metcalfe"""),
("en", "b151-galway-shop-christmas-hours", "Aoife Brennan <aoife.brennan@example.ie>", "Christmas", "general", "",
"""Hi, what are the opening hours for the Galway shop (Eyre Square) over
Christmas? Specifically Stephen's Day and the 27th. Thanks!"""),
("en", "b151-installer-left-drill", "Colin Barraclough <colin.barraclough@example.co.uk>", "Left behind", "general", "",
"""Hello,

The installer who came to fit our Wi-Fi extenders on Friday left a
cordless drill (yellow, with two batteries in a case) in our garage.
We only found it this morning. It's quite a good one, so I expect he's
missing it. He's welcome to collect it any day after 5pm, or tell me
where to drop it.

Colin Barraclough
22 Moorside, Ilkley"""),
("en", "b151-deliver-box-neighbour", "Steve Mahoney <steve.mahoney@example.co.uk>", "Order 4471309", "general", "",
"""Hi, I work nights so I'm asleep most of the day. When the new IPTV box
comes can the courier leave it with my neighbour at number 12 (Mrs
Patel) rather than ringing my bell? She's in all day and happy to take
it. Thanks, Steve"""),
("en", "b151-change-email-phone", "Deepak Joshi <deepak.joshi@example.com>", "Update details", "general", "",
"""Hello,

Please update the contact details on account 30041872:
new email deepak.joshi@example.com (old one was on my work domain, no
longer valid)
new mobile 07700 900317

Nothing else needs changing. Thank you.

Deepak Joshi"""),
("en", "b151-subject-access-calls", "Helen Cartwright <helen.cartwright@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under data protection law I am requesting a copy of all personal data
you hold about me, including recordings of phone calls I made to your
customer service team between October and December last year and any
notes made on my account during that period.

My account number is 61009385 and my address is 3 Larch Close,
Ludlow SY8 1XX.

Yours faithfully,
Helen Cartwright"""),
("en", "b151-satellite-on-narrowboat", "Nigel Fairbrother <nigel.fairbrother@example.co.uk>", "Question", "general", "",
"""Hello,

We're retiring onto a narrowboat in the spring and will be moving
around the canals most of the year. Does your satellite internet work
on a boat that moves every few days, or is it only for a fixed
address? And how big is the dish - we don't have much roof to spare.

Nigel"""),
("en", "b151-gaa-club-jerseys", "Sean Fitzpatrick <sean.fitzpatrick@example.ie>", "Sponsorship - Kilmeedy GAA", "general", "",
"""Hi there,

I'm the secretary of Kilmeedy GAA club. Half the parish is on your
rural broadband now, so we were wondering if you'd consider sponsoring
a new set of jerseys for the U-14 team this season. In return your logo
would go on the front of the jerseys and on the pitch-side banner.

Happy to send more details or have a chat.

Sean Fitzpatrick
Club Secretary"""),
("en", "b151-rude-agent-mother-manager", "Julie Hamer <julie.hamer@example.co.uk>", "Complaint about your phone agent", "general", "high",
"""I rang your helpline today with my mother (she's 79) on speaker to ask
a simple question about her account. The man we spoke to sighed at
every answer she gave, told her to "keep up" and at one point laughed
at her when she didn't know what a browser was. She was in tears by
the end of the call.

I want a manager to contact me, not another agent. I have the date and
time of the call and I expect it to be listened to.

Julie Hamer
07700 900589"""),
("en", "b151-shop-step-broken", "Peter Lord <peter.lord@example.co.uk>", "Your Kendal shop", "general", "high",
"""Hello,

Just to let you know that the front step of your Kendal shop on
Stricklandgate has a broken edge - a piece about the size of a hand is
missing and what's left wobbles when you stand on it. My wife caught
her heel on it this morning and would have gone down if I hadn't had
her arm. She's fine. There's no sign or tape on it, and a lot of your
customers are elderly. Might be worth getting someone to look at it
before somebody does get hurt.

Peter Lord"""),
("en", "b151-marketing-calls-ico", "Raymond Cole <raymond.cole@example.co.uk>", "STOP calling me", "general", "high",
"""I opted out of marketing by phone in writing in January (your
reference MK-33190). Since then I've had eleven sales calls from your
company offering me "faster fibre", including two on a Sunday. I've
kept a log of every one.

If there is one more call I will be reporting you to the Information
Commissioner's Office. I'd also like confirmation of where you got my
mobile number from, as I never gave it to you.

R. Cole"""),
("en", "b151-roadshow-ballarat", "Karen Whitlock <karen.whitlock@example.com.au>", "Roadshow", "general", "",
"""Hi there, saw on Facebook you're doing a rural internet roadshow around
Victoria this month. Are you coming anywhere near Ballarat or
Creswick, and do I need to book? Keen to talk to someone in person
about options for our property. Cheers, Karen"""),
("en", "b151-thanks-chat-priya", "Owen Griffiths <owen.griffiths@example.co.uk>", "Thank you", "general", "",
"""Just wanted to say a big thank you to Priya on your web chat last
night. Lovely, patient and explained everything in plain English
without making me feel daft. Ten out of ten. Owen"""),
# ---------------- Greek ----------------
("el", "b151-pistosi-meres-xoris-syndesi", "Κωνσταντίνος Ζαχαρίου <k.zachariou@example.gr>", "Πίστωση για τις μέρες χωρίς σύνδεση", "billing", "",
"""Καλησπέρα σας,

Από τις 3 μέχρι τις 15 Φεβρουαρίου δεν είχαμε καθόλου σύνδεση στο
δορυφορικό internet (αρ. βλάβης 44821). Η βλάβη αποκαταστάθηκε και όλα
δουλεύουν κανονικά τώρα, δεν έχω παράπονο γι' αυτό.

Ο λογαριασμός του Φεβρουαρίου όμως ήρθε ολόκληρος, 39,90€, σαν να είχαμε
υπηρεσία όλο τον μήνα. Θα ήθελα να πιστωθούν οι 12 μέρες στον επόμενο
λογαριασμό.

Ευχαριστώ,
Κωνσταντίνος Ζαχαρίου
Καλαρρύτες Ιωαννίνων"""),
("el", "b151-gl-ananeosi-stick-dyo-fores", "Thanasis M. <thanasis.m@example.gr>", "ananewsh paketou", "billing", "",
"""Kalhspera. Ekana ananewsh sto paketo tou stick (20GB, 20e) apo to site
me thn karta mou xtes to vrady kai vlepw sto e-banking oti mou ta
xrewsate 2 fores, 20 + 20. To paketo mpike mono mia fora fysika.
Perimenw na mou epistrepsete ta 20e.
Thanasis"""),
("el", "b151-pappous-girokomeio-diakopi", "Ελισάβετ Ντόκου <elisavet.ntokou@example.gr>", "Σύνδεση στο σπίτι του παππού", "billing", "",
"""Καλημέρα σας,

Ο παππούς μου, Αθανάσιος Ντόκος, έχει στο σπίτι του στο χωριό (Βαθύπεδο
Κόνιτσας) το πακέτο τηλεόρασης και internet σας. Από τον προηγούμενο μήνα
μένει μόνιμα σε οίκο ευγηρίας στα Γιάννενα και το σπίτι είναι κλειστό.
Δεν υπάρχει λόγος να πληρώνει άλλο.

Μπορείτε να σταματήσετε τη συνδρομή και την πάγια εντολή από τον
λογαριασμό του; Έχω εξουσιοδότηση από τον ίδιο, θα σας τη στείλω αν
χρειάζεται. Ο αποκωδικοποιητής είναι στο σπίτι, πείτε μου πού να τον
φέρω.

Με εκτίμηση,
Ελισάβετ Ντόκου"""),
("el", "b151-naxos-xeimonas-pagoma", "Μιχάλης Βαρβαρήγος <m.varvarigos@example.gr>", "Εξοχικο Ναξου", "billing", "",
"""Καλησπερα,

Εχουμε το internet σας στο εξοχικο μας στην Απειρανθο. Απο Νοεμβριο
μεχρι Απριλιο δεν παει κανεις, το σπιτι ειναι κλειστο. Γινεται να
"παγωσει" η συνδρομη τους χειμερινους μηνες και να ξαναρχισει την
ανοιξη χωρις να χασουμε την προσφορα που εχουμε τωρα (24,90 το μηνα);

Μιχαλης"""),
("el", "b151-afksisi-timis-eett", "Σοφία Λαμπράκη <sofia.lamprakh@example.gr>", "Αύξηση στο πακέτο χωρίς ενημέρωση", "billing", "high",
"""Κύριοι,

Τον Σεπτέμβριο υπέγραψα 24μηνο συμβόλαιο για το πακέτο internet και
streaming με σταθερή τιμή 34,90€ τον μήνα. Ο λογαριασμός Μαρτίου έρχεται
38,40€ με την ένδειξη "αναπροσαρμογή τιμολογίου". Καμία ενημέρωση δεν
είχα, ούτε γραπτή ούτε με SMS, και στη σύμβαση που έχω μπροστά μου δεν
προβλέπεται τέτοια αύξηση.

Ζητώ να επανέλθει η τιμή στα 34,90€ και να μου επιστραφεί η διαφορά.
Διαφορετικά θα απευθυνθώ στην ΕΕΤΤ και στον Συνήγορο του Καταναλωτή.

Σοφία Λαμπράκη
Αρ. πελάτη 7730192"""),
("el", "b151-gl-extender-epistrofi-trapeza", "Manolis Kritikos <manolis.kr@example.gr>", "Epistrofh extender", "billing", "high",
"""Kalhmera,

Epestrepsa to wifi extender (paraggelia 558031, 64,90e) me courier stis
2 tou mhna, to exete paralavei stis 4, to leei to tracking. Exoun perasei
3 evdomades kai lefta den exoun erthei pisw. Exw parei 3 fores thlefwno
kai kathe fora mou lene "se 5 ergasimes".

An mexri thn Paraskeyh den dw ta xrhmata sthn karta, kanw amfisvhthsh
xrewshs sthn trapeza kai as ta vreite mazi tous.

Manolis Kritikos"""),
("el", "b151-ekptosi-3-mines-ypefthynos", "Γεράσιμος Κουρής <gerasimos.kouris@example.gr>", "Η έκπτωση που μου υποσχεθήκατε", "billing", "high",
"""Καλησπέρα,

Όταν έκανα την αίτηση για το δορυφορικό internet τον Ιανουάριο, μου
είπαν καθαρά στο τηλέφωνο ότι οι τρεις πρώτοι μήνες είναι με 50%
έκπτωση. Έχω πληρώσει τρεις ολόκληρους λογαριασμούς των 44,90€. Έχω
πάρει τέσσερις φορές, κάθε φορά άλλος υπάλληλος, κάθε φορά "θα
διορθωθεί στον επόμενο λογαριασμό". Δεν διορθώθηκε ποτέ.

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Θέλω να με πάρει
τηλέφωνο κάποιος υπεύθυνος, που μπορεί να πάρει απόφαση, στο 6944 000 512.

Γεράσιμος Κουρής
Κεφαλονιά"""),
("el", "b151-timologio-afm-eteria", "Λογιστήριο <logistirio@elaiourgeio-pylos.example.gr>", "Έκδοση τιμολογίου", "billing", "",
"""Καλημέρα σας,

Για τη σύνδεση του ελαιουργείου μας στη Χώρα Τριφυλίας (αρ. σύνδεσης
2291774) λαμβάνουμε αποδείξεις λιανικής. Παρακαλούμε από εδώ και πέρα
να εκδίδεται τιμολόγιο στα στοιχεία:

ΕΛΑΙΟΥΡΓΕΙΟ ΠΥΛΟΥ Ο.Ε.
ΑΦΜ 998877665, ΔΟΥ Καλαμάτας
Χώρα Τριφυλίας, 24500

Αν γίνεται, χρειαζόμαστε και τιμολόγια για τους μήνες Ιανουάριο και
Φεβρουάριο αντί των αποδείξεων.

Ευχαριστούμε,
Βάσω Αλεξοπούλου, λογιστήριο"""),
("el", "b151-re-prosfora-piato-doseis", "Ηλίας Σταματόπουλος <ilias.stamatopoulos@example.gr>", "RE: Προσφορά εγκατάστασης δορυφορικού - Λεβίδι", "billing", "",
"""Καλημέρα κυρία Ρήγα,

Σας ευχαριστώ για την προσφορά. Μας κάνει, απλώς θα ήθελα να ρωτήσω αν
το ποσό της εγκατάστασης μπορεί να πληρωθεί με άτοκες δόσεις στην
πιστωτική (π.χ. 6 ή 12) ή πρέπει να δοθεί όλο μαζί.

Ηλίας Σταματόπουλος

-----Αρχικό μήνυμα-----
Από: Ρήγα Αικατερίνη
Θέμα: Προσφορά εγκατάστασης δορυφορικού - Λεβίδι

Αγαπητέ κύριε Σταματόπουλε,

Μετά την αυτοψία της 12/4, το κόστος εγκατάστασης κεραίας και modem
στην οικία σας στο Λεβίδι ανέρχεται σε 320,00€ συμπεριλαμβανομένου
ΦΠΑ. Η μηνιαία συνδρομή για το πακέτο 50 Mbps είναι 39,90€.

Με εκτίμηση,
Αικατερίνη Ρήγα
Τμήμα Πωλήσεων"""),
("el", "b151-gl-poso-paketo-athlitika", "Nikos P. <nikos.p92@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, poso kanei to paketo me ta athlhtika kai to netflix mazi?
Twra plhrwnw 29,90 mono to internet. Yparxei kapoia prosfora gia
yparxontes pelates h mono gia kainourgious?"""),
("el", "b151-gios-stratos-deftero-stick", "Παρασκευή Τσολάκη <paraskevi.tsolaki@example.gr>", "Δεύτερο stick", "billing", "",
"""Καλημέρα,

Έχουμε στον λογαριασμό μας δύο stick για internet. Το δεύτερο ήταν για
τον γιο μου, που παρουσιάστηκε για θητεία στη Σάμο τον Ιανουάριο και
δεν θα το χρειαστεί για πολύ καιρό (όπως μας είπε, εκεί έχει καλύτερο
σήμα από το σπίτι!). Παρακαλώ να καταργήσετε το δεύτερο πακέτο από τον
επόμενο μήνα και να μείνει μόνο το δικό μου.

Αρ. λογαριασμού 3318820.

Παρασκευή Τσολάκη"""),
("el", "b151-goneikos-elegxos-dokimi-xreosi", "Στελιος Μαυριδης <stelios.mavridis@example.gr>", "Γεια σας", "billing", "",
"""Γεια σας,

Κατεβασα την εφαρμογη γονικου ελεγχου με δωρεαν δοκιμη 7 ημερων και την
ακυρωσα την 5η μερα, εχω και το email επιβεβαιωσης ακυρωσης. Σημερα
ειδα χρεωση 4,99€ στην καρτα μου απο εσας. Παρακαλω επιστροφη.

Στελιος"""),
("el", "b151-gl-den-einai-vlavi-fthinotero", "Dimitra Kalogeropoulou <dimitra.kal@example.gr>", "to paketo mou", "billing", "",
"""Kalhmera,
na to pw apo prin gia na mhn me steilete sto texniko: de einai vlavh,
to internet douleyei mia xara. Apla den xreiazomai ta 200 Mbps, menw
monh mou kai vlepw mono kana serial. Thelw na paw sto fthinotero paketo
(50 Mbps) xwris na akyrwsw th syndesh. Ti prepei na kanw?
Dhmhtra"""),
("el", "b151-tzoumerka-xioni-piato", "Χαράλαμπος Γιαννάκος <ch.giannakos@example.gr>", "Πολύ αργή σύνδεση", "technical", "",
"""Καλησπέρα σας,

Από την Κυριακή που χιόνισε στα Τζουμέρκα η σύνδεση είναι απελπιστικά
αργή, κάτω από 1 Mbps, και κάθε λίγο πέφτει εντελώς. Ανέβηκα με σκάλα
και καθάρισα το πιάτο από το χιόνι, αλλά δεν άλλαξε τίποτα. Τα λαμπάκια
στο modem είναι όλα πράσινα εκτός από ένα που αναβοσβήνει πορτοκαλί.

Υπάρχει κάτι που μπορώ να κάνω μόνος μου;

Χαράλαμπος Γιαννάκος
Πράμαντα"""),
("el", "b151-gl-kouti-kollaei-logo", "Giorgos T. <giorgos.t@example.gr>", "kouti", "technical", "",
"""To kouti ths thleorashs kollaei sto logo otan to anoigw. To evgala apo
to reyma, to ksanavala, tipota. Apo xtes to vrady."""),
("el", "b151-extender-oxi-allagi", "Αναστασία Κυριακίδου <anastasia.kyriakidou@example.gr>", "Ενισχυτής Wi-Fi", "technical", "",
"""Καλημέρα,

Να ξεκαθαρίσω ότι δεν ζητάω ούτε αλλαγή ούτε επιστροφή χρημάτων, απλώς
θέλω να δουλέψει σωστά. Ο ενισχυτής που αγόρασα από το κατάστημά σας
είναι στον διάδρομο του πρώτου ορόφου. Συνδέεται κανονικά, αλλά τα
κινητά στα πάνω δωμάτια συνεχίζουν να πιάνουν το σήμα του router από
κάτω (μία γραμμή) αντί για τον ενισχυτή, που είναι δύο μέτρα μακριά.

Έχω κάνει επαναφορά εργοστασιακών ρυθμίσεων και ξανά τη ρύθμιση από την
αρχή. Τι άλλο μπορώ να δοκιμάσω;

Αναστασία"""),
("el", "b151-goneikos-elegxos-topothesia", "Βασιλης Χατζηγεωργιου <vasilis.chatzi@example.gr>", "Η εφαρμογη δεν δειχνει τοποθεσια", "technical", "",
"""Καλησπερα. Στην εφαρμογη γονικου ελεγχου η τοποθεσια της κορης μου
εμφανιζεται "τελευταια ενημερωση πριν απο 3 ημερες", ενω το κινητο της
ειναι ανοιχτο και εχει ιντερνετ. Οι αδειες τοποθεσιας ειναι ολες
ενεργες. Κινητο Xiaomi, Android 14."""),
("el", "b151-gl-stick-windows-11", "Spyros Anagnostou <spyros.anagnostou@example.gr>", "stick den anagnwrizetai", "technical", "",
"""Kalhspera sas,

Meta thn teleytaia enhmerwsh twn Windows 11 to laptop den vlepei to
stick. Anavei to prasino lampaki sto stick, alla sto programma leei
"Den vrethike syskeyh". Dokimasa kai stis 3 USB. Se allo ypologisth
douleyei kanonika.

Yparxei kainourgios driver?

Spyros"""),
("el", "b151-kleidose-logariasmos-efarmogi", "Ευτυχία Μπουρνά <eftychia.bourna@example.gr>", "Δεν μπορώ να μπω", "technical", "",
"""Προσπάθησα να μπω στην εφαρμογή για να δω την κατανάλωση και μετά από
τρεις λάθος κωδικούς μου γράφει "ο λογαριασμός κλειδώθηκε". Πατάω
"Ξέχασα τον κωδικό" και δεν έρχεται κανένα SMS. Ο αριθμός είναι σωστός.
Πώς ξεκλειδώνει;"""),
("el", "b151-domatia-amorgos-pos-kratiseis", "Ρένα Πρασίνου <info@anemomylos-amorgos.example.gr>", "Από την Πέμπτη", "technical", "high",
"""Καλησπέρα σας,

Έχουμε ενοικιαζόμενα δωμάτια στην Αιγιάλη, 11 δωμάτια, όλα γεμάτα.
Από την Πέμπτη το πρωί: το POS δεν περνάει κάρτες και οι πελάτες
κατεβαίνουν στη Χώρα για ΑΤΜ, οι κρατήσεις από Booking και Airbnb
δεν μας φτάνουν και χθες ήρθε ζευγάρι για δωμάτιο που είχαμε ήδη δώσει,
και οι επισκέπτες παραπονιούνται κάθε πρωί στη ρεσεψιόν. Το modem έχει
κόκκινο λαμπάκι και ό,τι και να κάνουμε δεν αλλάζει.

Στο τηλέφωνο μας έδωσαν αριθμό βλάβης 60219 και "έως 5 εργάσιμες".
Είμαστε στον Αύγουστο. Σας παρακαλώ στείλτε κάποιον.

Ρένα Πρασίνου
Ανεμόμυλος Rooms"""),
("el", "b151-gl-trofodotiko-spitha", "Kostas Fragkiadakis <kostas.fragk@example.gr>", "trofodotiko", "technical", "high",
"""Kalhspera,

Den einai kati tragiko alla kalytera na to kserete. To trofodotiko tou
wifi extender pou phra apo sas prin 2 mhnes evgale mia mikrh spi8a
otan to evala sthn priza sto saloni kai meta mirize kammeno plastiko.
To evgala amesws kai de to ksanavala. H priza einai ok, sthn idia
priza douleyei kanonika h lampa.

Ti na kanw, na to feron sto katasthma h tha mou steilete allo?

Kostas
Hrakleio"""),
("el", "b151-peritonaiki-patera-internet", "Αργυρώ Πετροπούλου <argyro.petropoulou@example.gr>", "Παρακαλώ επειγόντως - ιατρικό μηχάνημα", "technical", "high",
"""Καλησπέρα,

Ο πατέρας μου, 79 ετών, κάνει περιτοναϊκή κάθαρση στο σπίτι κάθε βράδυ
στο Μελιγαλά. Το μηχάνημα στέλνει τα στοιχεία κάθε θεραπείας στη
μονάδα του νοσοκομείου Καλαμάτας μέσω του internet σας. Από χθες το
μεσημέρι δεν έχει καθόλου σύνδεση και το μηχάνημα βγάζει μήνυμα ότι
δεν μπορεί να στείλει. Το νοσοκομείο μας είπε να το λύσουμε όσο πιο
γρήγορα γίνεται γιατί δεν βλέπουν τις τιμές του.

Η σύνδεση είναι στο όνομά του, Παναγιώτης Πετρόπουλος, αρ. σύνδεσης
5510382. Το τηλέφωνό μου είναι 6977 000 318.

Αργυρώ Πετροπούλου"""),
("el", "b151-lesvos-xorio-keraia", "Πολιτιστικός Σύλλογος Σκαλοχωρίου <syllogos.skalochori@example.gr>", "Σκαλοχώρι Λέσβου - χωρίς internet τρίτη μέρα", "technical", "high",
"""Αξιότιμοι κύριοι,

Σας γράφουμε εκ μέρους των κατοίκων του Σκαλοχωρίου Λέσβου. Από την
Κυριακή το απόγευμα, μετά τους δυνατούς ανέμους, ολόκληρο το χωριό είναι
χωρίς internet: περίπου 120 σπίτια, το ΚΕΠ, το ιατρείο και το σχολείο.
Η κεραία στο λόφο πάνω από το χωριό φαίνεται γερμένη. Κάθε κάτοικος που
πήρε τηλέφωνο πήρε άλλον αριθμό βλάβης και άλλη ημερομηνία.

Παρακαλούμε για μία απάντηση για όλο το χωριό: πότε θα αποκατασταθεί;

Για τον Σύλλογο,
Στρατής Καραγιάννης"""),
("el", "b151-gl-epeigon-derby-kollaei", "Lefteris Z. <lefteris.z@example.gr>", "EPEIGON!!!", "technical", "",
"""Re paidia ti ginetai?? Kathe vrady apo tis 9 kai meta to streaming
kollaei synexeia, speedtest 3 Mbps enw to prwi einai 50. Thn Kyriakh
exei to ntermpi kai erxontai 8 atoma spiti, tha pathw egkefaliko an
kollhsei sto penalty. Ftiaxte to!!"""),
("el", "b151-re-texnikos-pali-pefti", "Ανδρέας Τσιρίγος <andreas.tsirigos@example.gr>", "Re: Αίτημα 77102 - επίσκεψη τεχνικού", "technical", "",
"""Καλημέρα,

Ο τεχνικός ήρθε την Τετάρτη όπως λέτε παρακάτω, άλλαξε το καλώδιο από
το πιάτο ως το modem και για δύο μέρες όλα καλά. Από το Σάββατο πάλι τα
ίδια: η σύνδεση πέφτει 5-6 φορές την ημέρα για μισή ώρα περίπου.
Δεν έχει αλλάξει τίποτα στο σπίτι.

Ανδρέας Τσιρίγος

> Από: Εξυπηρέτηση Πελατών
> Ημερομηνία: Δευτέρα 9 Σεπτεμβρίου
> Θέμα: Αίτημα 77102 - επίσκεψη τεχνικού
>
> Αγαπητέ κύριε Τσιρίγο,
> τεχνικός μας θα σας επισκεφθεί την Τετάρτη 11/9 μεταξύ 9:00 και
> 13:00 για έλεγχο της εγκατάστασης. Παρακαλούμε να υπάρχει πρόσβαση
> στην κεραία και στο modem.
> Με εκτίμηση, Εξυπηρέτηση Πελατών"""),
("el", "b151-gl-kinito-den-vlepei-kouti", "Zoi Liapi <zoi.liapi@example.gr>", "efarmogh kinhtou", "technical", "",
"""Geia sas, h efarmogh sto kinhto (iphone) den vriskei to kouti gia na
to xrhsimopoiw san thlekontrol. Eimai sto idio wifi, to koitaksa. Prin
douleye kanonika, stamathse meta thn teleytaia enhmerwsh ths efarmoghs.
Zwh"""),
("el", "b151-piato-kounietai-pezodromio", "Ευάγγελος Δρόσος <evangelos.drosos@example.gr>", "Κεραία στην ταράτσα", "technical", "high",
"""Καλησπέρα,

Τη δορυφορική κεραία μας την τοποθέτησε ο τεχνικός σας τον Ιούνιο στην
άκρη της ταράτσας, πάνω από τον δρόμο. Με τον αέρα των τελευταίων
ημερών πρόσεξα ότι η βάση έχει ξεβιδωθεί από τη μία πλευρά και το πιάτο
κουνιέται αρκετά. Από κάτω είναι το πεζοδρόμιο όπου περνάνε τα παιδιά
για το σχολείο. Το έδεσα προσωρινά με σύρμα, αλλά δεν ξέρω αν κρατάει.

Μπορεί να έρθει κάποιος να το στερεώσει σωστά;

Ευάγγελος Δρόσος
Άρτα"""),
("el", "b151-efxaristo-texniko-kriti", "Ειρήνη Μαρκάκη <eirini.markaki@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω δημόσια τον τεχνικό σας, τον κύριο Μανώλη, που ήρθε
την Κυριακή στο χωριό μας στα Σφακιά για να στήσει την κεραία. Ήταν
Κυριακή, είχε αέρα, και ο δρόμος ως εδώ δεν είναι και ο καλύτερος.
Δεν έφυγε αν δεν σιγουρεύτηκε ότι η μάνα μου ξέρει να ανοίγει τις
βιντεοκλήσεις με τα εγγόνια της στην Αυστραλία. Ήπιε και ένα
ρακάκι μαζί μας.

Να του το πείτε, σας παρακαλώ.

Ειρήνη Μαρκάκη"""),
("el", "b151-gl-orario-larisa-savvato", "Christina V. <christina.v@example.gr>", "Savvato", "general", "",
"""Kalhmera, to katasthma sthn Larisa (odos Kouma) einai anoixto to
Savvato to apogeyma? Kai mexri ti wra? Eyxaristw"""),
("el", "b151-gyalia-katastima-gianena", "Περικλής Ζήσης <periklis.zisis@example.gr>", "Ξέχασα τα γυαλιά μου", "general", "",
"""Καλημέρα σας,

Την Τρίτη το πρωί ήμουν στο κατάστημά σας στα Γιάννενα, στην οδό
Αβέρωφ, και νομίζω ότι άφησα τα γυαλιά μου πάνω στον πάγκο όταν
υπέγραφα τα χαρτιά. Καφέ σκελετός, σε μαύρη θήκη. Μήπως τα βρήκε
κανείς; Θα περάσω να τα πάρω.

Με εκτίμηση,
Περικλής Ζήσης"""),
("el", "b151-paradosi-kafeneio-xoriou", "Ευγενια Σκορδα <evgenia.skorda@example.gr>", "Παραγγελια 880214", "general", "",
"""Καλημερα,

Για την αποστολη του νεου modem: το σπιτι μας στο Νεοχωρι Αγραφων δεν
το βρισκουν οι κουριερ, δεν εχει αριθμο και το GPS τους πηγαινει αλλου.
Αφηστε το σας παρακαλω στο καφενειο της πλατειας, "Ο Πλατανος", στον
κυριο Λευτερη, που το ξερει και θα μου το κρατησει.

Ευχαριστω,
Ευγενια Σκορδα"""),
("el", "b151-gl-allagi-eponymo-gamos", "Katerina Samara <katerina.samara@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas,
pantreytika ton Iounio kai ekana kai allagh epwnymou. Thelw na allaksei
to onoma ston logariasmo apo Katerina Samara se Katerina Samara-Dimou kai
to email se katerina.samara@example.gr. Ti xarti xreiazeste?
Eyxaristw"""),
("el", "b151-diagrafi-dedomenon-palios", "Νικόλαος Σπυρόπουλος <n.spyropoulos@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Ήμουν πελάτης σας μέχρι το 2021 (αρ. πελάτη 1183370). Σύμφωνα με τον
Γενικό Κανονισμό Προστασίας Δεδομένων, ζητώ τη διαγραφή όλων των
προσωπικών μου δεδομένων που τηρείτε και δεν είστε υποχρεωμένοι από
τον νόμο να κρατήσετε, καθώς και επιβεβαίωση της διαγραφής γραπτώς.

Με εκτίμηση,
Νικόλαος Σπυρόπουλος"""),
("el", "b151-antikythira-kalyptete", "Θοδωρής Βλάχος <thodoris.vlachos@example.gr>", "Πληροφορίες", "general", "",
"""Καλησπέρα,

Σκεφτόμαστε να περάσουμε δύο-τρεις μήνες τον χρόνο στο πατρικό μου
στα Αντικύθηρα. Το δορυφορικό σας φτάνει μέχρι εκεί; Χρειάζεται
αυτοψία πριν, και πόσο μεγάλο είναι το πιάτο; Η σκεπή είναι παλιά
και δεν θέλω να τη σκάψουμε πολύ.

Θοδωρής"""),
("el", "b151-gl-panigyri-syllogos-xorigia", "Pol. Syllogos Agias Paraskevis <syllogos.agpar@example.gr>", "Panhgyri 15avgoustou", "general", "",
"""Kalhmera sas,

Eimaste o politistikos syllogos tou xwriou Agia Paraskevh Kalampakas.
To xwrio mas mpike sto rural internet sas fetos kai oloi einai poly
eyxaristhmenoi. Ftiaxnoume to panhgyri tou Dekapentaygoustou kai 8a
thelame na sas rwthsoume an 8a mporousate na einai xorhgos sta
trapezomantila h sto programma, me to logotypo sas.

Me ektimhsh,
Giannis Tsiakmakis, proedros"""),
("el", "b151-texnikos-agenis-ypefthynos", "Μαρία Κουτσογιάννη <maria.koutsogianni@example.gr>", "Παράπονο για τον τεχνικό σας", "general", "high",
"""Κύριοι,

Την Παρασκευή ήρθε ο τεχνικός σας για την εγκατάσταση στο σπίτι της
μητέρας μου στο Κιλκίς. Μπήκε μέσα με τα λασπωμένα παπούτσια χωρίς να
ρωτήσει, κάπνιζε μέσα στο σαλόνι παρότι του ζητήθηκε δύο φορές να μην
το κάνει και, όταν η μητέρα μου (82 ετών) τον ρώτησε κάτι για το
τηλεκοντρόλ, της απάντησε "δεν είμαι εδώ για μαθήματα, γιαγιά".

Δεν θέλω απάντηση από το τηλεφωνικό κέντρο. Ζητώ να επικοινωνήσει μαζί
μου ο υπεύθυνος των συνεργείων ή κάποιος διευθυντής.

Μαρία Κουτσογιάννη
6945 000 771"""),
("el", "b151-katastima-patra-gyali-paidia", "Γιάννης Αλεξίου <giannis.alexiou@example.gr>", "Κατάστημα Πάτρας", "general", "high",
"""Καλησπέρα σας,

Απλώς για να το ξέρετε: στο κατάστημά σας στην Πάτρα, στη γωνιά με τα
παιχνίδια για τα παιδιά δίπλα στη βιτρίνα, υπάρχει ένα σπασμένο τζάμι
από το τραπεζάκι και μερικά κομματάκια γυαλί στο χαλί. Ο μικρός μου
πήγε να κάτσει εκεί, τον τράβηξα εγκαίρως. Το είπα σε μια υπάλληλο,
αλλά όταν φύγαμε μισή ώρα μετά ήταν ακόμα εκεί.

Γιάννης Αλεξίου"""),
("el", "b151-gl-eyxaristies-efarmogi", "Foteini R. <foteini.r@example.gr>", "bravo sas", "general", "",
"""Hthela na pw ena megalo bravo sthn kopela sto chat (Ioanna nomizw)
pou me voh8hse xtes to vrady. Poly ypomonetikh, ola me to nihma tous.
Spania vriskeis tetoia eksyphrethsh. Eyxaristw!!"""),
("el", "b151-imerida-kapi-ilikiomenoi", "ΚΑΠΗ Δήμου Τυρνάβου <kapi.tyrnavos@example.gr>", "Ενημερωτική εκδήλωση", "general", "",
"""Καλημέρα σας,

Στο ΚΑΠΗ του Δήμου Τυρνάβου πολλά μέλη μας έχουν βάλει πρόσφατα
internet στο σπίτι και μας ρωτάνε συνέχεια πώς να κάνουν βιντεοκλήσεις
ή να βλέπουν τηλεόραση από το internet. Θα μπορούσε κάποιος από την
εταιρεία σας να κάνει μια σύντομη ενημερωτική παρουσίαση ένα πρωινό
τον Νοέμβριο; Η αίθουσα χωράει 50 άτομα.

Με εκτίμηση,
Σταυρούλα Τζήμα, κοινωνική λειτουργός"""),
("el", "b151-texnikos-fotografise-taftotita", "Απόστολος Ρίζος <apostolos.rizos@example.gr>", "Τα προσωπικά μου στοιχεία", "general", "high",
"""Κύριοι,

Κατά την εγκατάσταση στις 14/10, ο τεχνικός σας φωτογράφισε με το
προσωπικό του κινητό την αστυνομική μου ταυτότητα και τον λογαριασμό
ρεύματος, "για το αρχείο", όπως είπε. Στο κατάστημα μου είπαν ότι
δεν υπάρχει τέτοια διαδικασία.

Ζητώ να μου επιβεβαιώσετε γραπτώς ότι οι φωτογραφίες διαγράφηκαν από
το κινητό του και πού αλλού στάλθηκαν. Αν δεν λάβω απάντηση εντός 10
ημερών, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων.

Απόστολος Ρίζος"""),
# ---------------- Spanish ----------------
("es", "b151-cuota-alta-fibra-rural", "Pilar Gascón <pilar.gascon@example.es>", "Cuota de alta", "billing", "",
"""Buenos días:

Cuando contraté la fibra rural para la casa de Alcalá de la Selva me
dijeron por teléfono que el alta y la instalación eran gratis por la
promoción de Teruel Conecta. En la primera factura aparece "Cuota de
alta: 60,50 €". Les pido que la anulen y me devuelvan el importe,
porque no es lo que se me ofreció.

Un saludo,
Pilar Gascón"""),
("es", "b151-recarga-oxxo-no-abonada", "Jonathan Ramírez <jonathan.ramirez@example.com.mx>", "recarga", "billing", "",
"""Buenas tardes, hice una recarga de $200 para el modem de internet en
casa en un OXXO el sabado, tengo el ticket con folio 8831-2277, pero en
la app sigue saliendo saldo 0 y sin paquete. Me pueden abonar la
recarga por favor? Gracias"""),
("es", "b151-separacion-segundo-deco", "Luciana Ferreyra <luciana.ferreyra@example.com.ar>", "Segundo decodificador", "billing", "",
"""Hola, ¿qué tal?

Con mi pareja nos separamos y él se mudó en diciembre. Se llevó el
segundo deco, el del cuarto, y ya no tiene nada que ver con esta casa.
Quiero que me saquen ese segundo deco del abono, que me lo siguen
cobrando ($4.300 por mes). Si tienen que retirarlo, que lo coordinen
con él, les paso su teléfono.

Cuenta a nombre de Luciana Ferreyra, DNI 31.448.902.

Gracias,
Luli"""),
("es", "b151-erasmus-congelar-tarifa", "Álvaro Benítez <alvaro.benitez@example.es>", "Erasmus", "billing", "",
"""Hola!

Me voy de Erasmus a Cracovia de septiembre a junio y el piso se queda
vacío. ¿Se puede congelar la tarifa de internet + tele durante esos
diez meses y reactivarla a la vuelta? No me gustaría darme de baja
porque tengo el precio antiguo, 35 euros, y ahora está a 45.

Gracias,
Álvaro"""),
("es", "b151-permanencia-arbitraje-consumo", "Rosa María Vidal <rosamaria.vidal@example.es>", "Penalización por permanencia", "billing", "high",
"""Muy Sres. míos:

El pasado 4 de marzo solicité la baja del servicio de internet por
satélite en mi domicilio de Villanueva de Sigena porque, tras seis
meses, nunca ha funcionado como se anunciaba (tengo catorce incidencias
abiertas, la última 55120). Ahora me reclaman 180 € de penalización
por permanencia.

No pienso pagar una penalización por un servicio que no han prestado.
Si no anulan el cargo en quince días, presentaré reclamación en la
OMIC y solicitaré arbitraje de consumo.

Atentamente,
Rosa María Vidal Sesé"""),
("es", "b151-repetidor-devolucion-profeco", "Alejandra Cervantes <alejandra.cervantes@example.com.mx>", "Devolución pedido 703318", "billing", "high",
"""Buen día,

Devolví el repetidor wifi del pedido 703318 ($1,299.00 MXN) el 10 de
enero por paquetería, con guía de Estafeta, y ustedes lo recibieron el
13. Llevo más de un mes esperando el reembolso y cada vez que llamo me
dicen que "ya está en proceso".

Si en esta semana no veo el dinero en mi tarjeta, voy a levantar una
queja formal ante PROFECO.

Alejandra Cervantes
Puebla, Pue."""),
("es", "b151-contracargo-baja-supervisor", "Martín Gorosito <martin.gorosito@example.com.ar>", "Me siguen cobrando", "billing", "high",
"""Di de baja el pack de streaming (Fútbol + Series) el 28 de febrero,
tengo el número de gestión 4471-B. En marzo y en abril me lo volvieron
a debitar de la Visa: $12.800 cada mes. Ya hablé tres veces con el 0800
y nadie resuelve nada.

Quiero que me llame un supervisor, no otro operador. Y les aviso que
si no me devuelven las dos cuotas, pido el contracargo al banco y listo.

Martín Gorosito
Rosario"""),
("es", "b151-factura-electronica-nit", "Contabilidad <contabilidad@cafelaesperanza.example.co>", "Factura electrónica", "billing", "",
"""Buenos días,

Amablemente solicitamos que las facturas del servicio de internet
satelital de la finca (contrato 6620981, Pitalito, Huila) se emitan como
factura electrónica a nombre de Café La Esperanza S.A.S., NIT
900.123.456-7, y no a nombre de la persona natural.

Agradecemos también reexpedir las de enero y febrero con estos datos,
pues la contadora no las puede registrar así.

Cordialmente,
Marleny Ortiz
Auxiliar contable"""),
("es", "b151-re-presupuesto-antena-plazos", "Jesús Otero <jesus.otero@example.es>", "RE: Presupuesto instalación - Lugar de Vilar, Lalín", "billing", "",
"""Buenas tardes, Noelia:

Gracias por el presupuesto. Nos interesa, pero antes de confirmar
quería saber si los 410 € de la instalación se pueden pagar a plazos,
por ejemplo en tres o seis meses junto con la cuota, o si hay que
pagarlo todo de una vez.

Un saludo,
Jesús Otero

-----Mensaje original-----
De: Noelia Castro
Asunto: Presupuesto instalación - Lugar de Vilar, Lalín

Estimado Sr. Otero:

Tras la visita técnica del día 6, le remitimos el presupuesto para la
instalación de antena y router 4G exterior en su domicilio: 410,00 €
IVA incluido. La cuota mensual de la tarifa Rural 100 es de 39,90 €.

Quedamos a su disposición.
Noelia Castro
Departamento Comercial"""),
("es", "b151-cuanto-sale-control-parental", "Camila Rojas <camila.rojas@example.cl>", "Consulta", "billing", "",
"""hola, cuanto sale el plan de internet hogar con el control parental
incluido? en la pagina sale 24.990 el plan pero no dice si el control
parental se paga aparte. tengo 3 niños asi que me interesa el familiar"""),
("es", "b151-madre-vive-con-nosotros-piso", "Encarnación Molina <encarni.molina@example.es>", "El piso de mi madre", "billing", "",
"""Hola buenas,

Mi madre, Dolores Ruiz, tiene contratada con ustedes la tele y el
internet en su piso de la calle Gracia, en Jaén. Desde Navidad se ha
venido a vivir con nosotros porque ya no puede estar sola, y el piso
se queda cerrado. Lo que queremos es dejar de pagar eso, que son 52
euros al mes para nada.

Yo tengo su autorización firmada si la necesitan. Díganme qué tengo
que hacer con el router y el aparato de la tele.

Gracias,
Encarni"""),
("es", "b151-hola-netflix-doble", "Fernando Aguilar <fer.aguilar@example.com.mx>", "Hola", "billing", "",
"""Hola,

Tengo el paquete de internet con Netflix incluido desde noviembre, pero
este mes me llegó el cargo de Netflix a la tarjeta ($219) como si
fuera aparte, y el paquete también me lo cobraron completo. O sea lo
estoy pagando dos veces. ¿Me pueden ayudar a que se corrija y me
regresen lo del cargo doble?

Saludos,
Fernando"""),
("es", "b151-no-es-averia-factura-marzo", "Jordi Puig <jordi.puig@example.es>", "Factura de marzo", "billing", "",
"""Hola,

No es una avería, el router funciona perfectamente, no me pasen con el
servicio técnico otra vez, por favor. El problema es la factura de
marzo: 71,30 € cuando pago 45 € cada mes. Aparecen "servicios
premium" que yo no he contratado nunca. Quiero saber qué son y que me
los devuelvan.

Jordi Puig"""),
("es", "b151-satelite-soria-lento-tarde", "Eusebio Martínez <eusebio.martinez@example.es>", "Va muy lento", "technical", "",
"""Buenas:

Desde hace dos semanas el internet por satélite en Valdelagua del
Cerro va bien por la mañana, pero a partir de las cinco de la tarde
no hay quien lo use: las páginas no cargan y las videollamadas se
cortan. El test de velocidad da 0,8 megas. Antes no pasaba. La antena
no se ha movido y no hay árboles delante.

Eusebio"""),
("es", "b151-deco-se-reinicia-solo", "Karla Hernández <karla.hernandez@example.com.mx>", "deco", "technical", "",
"""el deco se reinicia solo cada 10 o 15 minutos, se pone la pantalla
negra y vuelve a salir el logo. Ya lo desconecte y lo volvi a conectar
y sigue igual. Desde el domingo."""),
("es", "b151-repetidor-no-quiero-plata", "Sebastián Quiroga <sebastian.quiroga@example.com.ar>", "Repetidor wifi", "technical", "",
"""Hola, buenas.

Les aclaro de entrada: no quiero que me devuelvan la plata ni que me
lo cambien, quiero que funcione. El repetidor que compré en la web se
conecta bien, pero cada tanto se le pone la luz naranja y el celular de
mi hija, que está en el cuarto del fondo, se queda sin internet. Ya le
actualicé el firmware y lo cambié de enchufe.

¿Alguna idea de qué más probar?

Gracias,
Sebastián"""),
("es", "b151-control-parental-desinstala", "Beatriz Lozano <beatriz.lozano@example.es>", "Control parental", "technical", "",
"""Hola,

Mi hijo de 12 años ha conseguido desinstalar la app de control parental
de su móvil sin que le pida el PIN. Se supone que eso no se podía hacer.
La he vuelto a instalar dos veces y a la mañana siguiente ya no está.
El móvil es un Samsung Galaxy A34.

¿Hay algún ajuste que se me esté escapando?

Beatriz"""),
("es", "b151-modem-usb-no-conecta", "Andrés Felipe Gómez <andresf.gomez@example.co>", "Módem USB", "technical", "",
"""Buenas tardes,

El módem USB no conecta desde ayer. El programa de conexión muestra
"Error 619" cada vez que le doy conectar. Tengo saldo y el paquete
vigente hasta el 30. Lo probé en otro computador y sale lo mismo.

Quedo atento,
Andrés Felipe Gómez
Manizales"""),
("es", "b151-codigo-sms-no-llega", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "No puedo entrar a mi cuenta", "technical", "",
"""Hola, cambie de celular y ahora cuando quiero entrar a Mi Cuenta me
pide un codigo por SMS que nunca llega. El numero es el mismo de
siempre. Ya intente como 8 veces. Como entro?"""),
("es", "b151-casa-rural-datafono-reservas", "Casa Rural El Molino <reservas@casaruralelmolino.example.es>", "Desde el viernes", "technical", "high",
"""Buenos días:

Llevamos una casa rural con restaurante en Riaza. Desde el viernes por
la tarde el datáfono no pasa ninguna tarjeta y tenemos a los clientes
yendo al cajero del pueblo; las reservas que entran por la web no nos
llegan y el sábado se nos presentaron dos familias para la misma
habitación; y los huéspedes bajan cada mañana a quejarse. El router
tiene la luz roja fija y no hay manera.

Nos dieron la incidencia 90377 con un plazo de "hasta 72 horas
laborables". Es puente y estamos llenos. Por favor, manden a alguien.

Inmaculada Sanz"""),
("es", "b151-eliminador-olor-quemado", "Rogelio Treviño <rogelio.trevino@example.com.mx>", "Eliminador del módem", "technical", "high",
"""Buenas noches,

Nada grave, pero prefiero avisar. Hoy en la tarde olía a quemado en el
cuarto y era el eliminador (el cargador) del módem satelital: tenía la
punta que va al contacto medio derretida y negra de un lado, y
estaba muy caliente. Ya lo desconecté y lo dejé en el patio. El
contacto se ve bien.

¿Me mandan otro o lo compro yo? ¿El módem se puede seguir usando?

Rogelio Treviño
Linares, N.L."""),
("es", "b151-barrio-pilar-sin-internet", "Administración Barrio Los Aromos <admin@barriolosaromos.example.com.ar>", "Barrio Los Aromos - 3 días sin servicio", "technical", "high",
"""Estimados:

Les escribimos desde la administración del Barrio Los Aromos, en Pilar.
Desde el miércoles a la noche no hay internet en ninguna de las 210
casas del barrio. Mucha gente trabaja desde casa y los chicos no pueden
entrar a las clases virtuales. Cada vecino que llamó recibió un número
de reclamo distinto y una fecha distinta.

Necesitamos una respuesta única: qué pasó y cuándo vuelve el servicio.

Saludos cordiales,
Gabriela Ocampo
Administración"""),
("es", "b151-cable-antena-acera", "Manuel Cabrera <manuel.cabrera@example.es>", "Cable en la acera", "technical", "high",
"""Buenas tardes:

Después de la instalación de la antena del martes, ha quedado un cable
colgando de la fachada hasta casi el suelo, cruzando por delante del
portal. Con el viento de hoy se ha enganchado en la farola y está
rozando con los cables de la luz del alumbrado. Por ahí pasan muchos
críos a la salida del colegio. Lo he sujetado un poco con una brida,
pero no me atrevo a tocar más.

¿Pueden mandar a alguien a recogerlo bien?

Manuel Cabrera
Plasencia"""),
("es", "b151-urgente-champions-cortes", "Iker Etxeberria <iker.etxeberria@example.es>", "URGENTE", "technical", "",
"""A ver, que me muero. Todas las noches desde las 21:00 la plataforma
de fútbol se queda pillada cada dos minutos, y el martes juega la Real
en Champions. Por la mañana el test da 100 megas, por la noche 4.
Arreglenlo antes del martes porfa!!!"""),
("es", "b151-re-ticket-tecnico-sigue-igual", "Verónica Salinas <veronica.salinas@example.com.mx>", "Re: Ticket 41187 - Visita técnica", "technical", "",
"""Hola,

El técnico vino el jueves como dicen abajo, revisó la antena y cambió
el conector. Funcionó dos días. Desde el sábado se vuelve a caer la
señal varias veces al día y el módem se queda buscando satélite.

Verónica Salinas

> De: Atención a Clientes
> Enviado: lunes, 3 de junio
> Asunto: Ticket 41187 - Visita técnica
>
> Estimada Sra. Salinas:
> Le confirmamos la visita de un técnico el jueves 6 de junio entre
> 9:00 y 14:00 hrs. para revisar su instalación. Le pedimos que haya
> acceso a la antena y al módem.
> Atentamente, Atención a Clientes"""),
("es", "b151-primera-cadena-no-se-ve", "Ramón Escudero <ramon.escudero@example.es>", "la uno", "technical", "",
"""Muy señores mios,

Desde el lunes en el aparato de la tele que me pusieron no se ve La 1,
sale un letrero que dice "canal no disponible". Los demas canales si
se ven. Yo lo que veo es La 1 y el tiempo. Tengo 81 años y no se
mucho de estas cosas, mi nieta viene los domingos.

Ramon Escudero"""),
("es", "b151-app-smart-tv-error", "Daniela Castaño <daniela.castano@example.co>", "La app en el televisor", "technical", "",
"""Hola, la aplicación del paquete de streaming en el Smart TV LG sale
con "Error 2104 - no se pudo cargar el contenido" en todos los
canales. En el celular y en el computador sí funciona con el mismo
usuario. Ya la desinstalé y la volví a instalar."""),
("es", "b151-gracias-tecnico-lugo", "Xosé Manuel Varela <xmvarela@example.es>", "Agradecimiento", "general", "",
"""Bos días:

Quería dar las gracias al técnico que vino el sábado a la aldea, en
Baleira. Subió al tejado con una lluvia de las nuestras, buscó el mejor
sitio para la antena aunque le costó más trabajo, y luego le explicó a
mi padre, con toda la paciencia del mundo, cómo hacer videollamadas con
mi hermana en Suiza. Mi padre está encantado.

Que se lo digan, por favor. Se llamaba Brais.

Un saludo,
Xosé Manuel Varela"""),
("es", "b151-horario-sucursal-dia-muertos", "Guadalupe Navarro <lupita.navarro@example.com.mx>", "Horario", "general", "",
"""Buen dia, la sucursal de Plaza del Sol en Guadalajara abre el 2 de
noviembre? Y en que horario? Gracias"""),
("es", "b151-mochila-local-cordoba", "Facundo Ledesma <facundo.ledesma@example.com.ar>", "Me olvidé una mochila", "general", "",
"""Hola, el jueves a la tarde estuve en el local de Córdoba (calle 9 de
Julio) y creo que me olvidé una mochila negra con un termo y un mate
adentro, al lado de la silla donde te atienden. ¿La encontraron? Paso
a buscarla cuando me digan."""),
("es", "b151-entrega-conserjeria", "Francisca Muñoz <francisca.munoz@example.cl>", "Pedido 229104", "general", "",
"""Hola, para la entrega del router nuevo: trabajo todo el día así que
por favor déjenlo en conserjería del edificio (Av. Grecia 1580,
Ñuñoa), el conserje se llama Don Héctor y ya está avisado. Gracias!"""),
("es", "b151-cambio-correo-direccion", "Santiago Herrero <santiago.herrero@example.es>", "Cambio de datos", "general", "",
"""Buenos días:

Les ruego actualicen mis datos de contacto en el contrato 20044817:

Correo electrónico: santiago.herrero@example.es
Teléfono móvil: 612 000 438

El resto de los datos sigue igual.

Muchas gracias,
Santiago Herrero"""),
("es", "b151-derecho-acceso-rgpd", "Nuria Pons <nuria.pons@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Por medio del presente ejerzo mi derecho de acceso conforme al artículo
15 del RGPD y solicito copia de todos los datos personales que
conservan sobre mí, incluidas las grabaciones de las llamadas que
realicé al servicio de atención al cliente entre enero y marzo.

Adjunto copia de mi DNI.
Contrato: 30918276

Atentamente,
Nuria Pons i Soler"""),
("es", "b151-cobertura-isla-mujeres", "Rodrigo Peña <rodrigo.pena@example.com.mx>", "Pregunta", "general", "",
"""Hola qué tal,

Nos vamos a cambiar a Isla Mujeres el próximo año, a una casa por la
zona de Salina Grande. ¿Tienen cobertura de internet por satélite o por
antena en la isla? ¿Hace falta que alguien vaya a revisar antes de
contratar?

Saludos,
Rodrigo"""),
("es", "b151-patrocinio-torneo-vereda", "Junta de Acción Comunal <jac.lasbrisas@example.co>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo,

Somos la Junta de Acción Comunal de la vereda Las Brisas, en Fusagasugá.
Este año la vereda tiene por fin internet gracias a ustedes y queremos
organizar el torneo de microfútbol de diciembre. Quisiéramos saber si
la empresa podría patrocinar los uniformes o los trofeos, a cambio de
poner su logo en las camisetas y en la pancarta de la cancha.

Quedamos atentos,
Luz Dary Moreno
Presidenta JAC"""),
("es", "b151-instalador-maleducado-supervisor", "Graciela Benítez <graciela.benitez@example.com.ar>", "Queja por el instalador", "general", "high",
"""Señores:

El lunes vino el instalador a casa de mi mamá, en Tandil. Entró sin
limpiarse los pies, fumó adentro aunque se le pidió que no, y cuando mi
mamá (84 años) le preguntó cómo se usaba el control, le contestó
"señora, yo no soy maestro". Ella se quedó muy mal.

No quiero que me conteste el call center. Exijo hablar con un
supervisor o con el responsable de los instaladores.

Graciela Benítez
Tel. 249 400-0000"""),
("es", "b151-tienda-baldosa-suelta", "Carmen Ibáñez <carmen.ibanez@example.es>", "Su tienda de Logroño", "general", "high",
"""Buenas tardes:

Solo para avisarles: en la tienda de la calle Portales, en Logroño,
justo a la entrada hay una baldosa suelta y levantada un par de
centímetros. Esta mañana un señor mayor se ha tropezado y casi se cae;
no le ha pasado nada, pero ha sido por poco. No hay ningún aviso ni
nada alrededor. Se lo he comentado al dependiente y me ha dicho que ya
lo sabían.

Carmen Ibáñez"""),
("es", "b151-datos-exmarido-inai", "Paola Jiménez <paola.jimenez@example.com.mx>", "Mis datos personales", "general", "high",
"""A quien corresponda:

El 12 de marzo mi exesposo llamó a su centro de atención y un asesor le
dio mi nueva dirección y mi número de celular, que yo actualicé en mi
cuenta en febrero. Él no es titular de nada ni tiene ninguna
autorización. Tengo una orden de restricción en su contra.

Exijo saber quién dio esa información y qué medidas van a tomar. Ya
consulté con mi abogada y, si no recibo respuesta por escrito en diez
días, presentaremos una denuncia ante la autoridad de protección de
datos.

Paola Jiménez"""),
("es", "b151-felicitar-app-nueva", "Mercedes Olmo <mercedes.olmo@example.es>", "Enhorabuena", "general", "",
"""Solo quería decir que la nueva app está genial. Por fin se entiende
todo a la primera. Mi marido, que es un desastre con el móvil, ha sido
capaz de usarla solo. Enhorabuena a quien la haya hecho."""),
("es", "b151-feria-rural-osorno", "Patricio Vergara <patricio.vergara@example.cl>", "Feria", "general", "",
"""Estimados,

Del 15 al 17 de noviembre se realiza la Feria Rural de Osorno y varios
vecinos preguntaron si la empresa va a tener un stand como el año
pasado, para consultar por el internet satelital en los campos. ¿Saben
si van a estar?

Saludos,
Patricio Vergara"""),
# ---------------- Polish ----------------
("pl", "b151-oplata-aktywacyjna-dwa-razy", "Krzysztof Wróblewski <krzysztof.wroblewski@example.pl>", "Faktura FV/2024/03/118842", "billing", "",
"""Dzień dobry,

W lutym zamontowali Państwo u mnie internet satelitarny (Zagórz,
gmina Sanok). Opłatę aktywacyjną 199 zł zapłaciłem instalatorowi kartą
na miejscu, mam potwierdzenie z terminala. Na pierwszej fakturze
FV/2024/03/118842 ta sama opłata jest naliczona jeszcze raz. Proszę o
korektę faktury.

Z poważaniem,
Krzysztof Wróblewski"""),
("pl", "b151-doladowanie-modemu-nie-weszlo", "Mateusz Lis <mateusz.lis@example.pl>", "doladowanie", "billing", "",
"""Czesc, doladowalem wczoraj modem na 50 zl przez BLIK, z konta zeszlo,
a w aplikacji dalej 0 GB i pakiet nieaktywny. Numer transakcji
BL-552190441. Kiedy to wejdzie albo kiedy oddacie kase?"""),
("pl", "b151-sprzedalismy-domek-letniskowy", "Barbara Kaczmarek <barbara.kaczmarek@example.pl>", "Domek w Wdzydzach", "billing", "",
"""Dzień dobry,

Mamy u Państwa internet i telewizję w domku letniskowym we Wdzydzach
Kiszewskich (nr klienta 4410928). W zeszłym miesiącu domek sprzedaliśmy,
akt notarialny podpisany 12 kwietnia. Nowi właściciele mają już swoje
łącze. Proszę o zakończenie naszej umowy i wstrzymanie polecenia
zapłaty. Router i dekoder mogę odesłać lub oddać w salonie w Kościerzynie.

Pozdrawiam
Barbara Kaczmarek"""),
("pl", "b151-zawieszenie-norwegia", "Paweł Dudek <pawel.dudek@example.pl>", "Wyjazd", "billing", "",
"""Dzien dobry,

od maja do listopada wyjezdzam do pracy w Norwegii, w domu nikogo nie
bedzie. Czy mozna zawiesic internet na ten czas i wznowic w listopadzie
bez nowej umowy? Placimy teraz 59 zl miesiecznie i szkoda placic za
puste mieszkanie.

Pawel Dudek
Gorlice"""),
("pl", "b151-kara-umowna-rzecznik", "Ewa Zielińska <ewa.zielinska@example.pl>", "Kara umowna - wezwanie", "billing", "high",
"""Szanowni Państwo,

W styczniu wypowiedziałam umowę na internet radiowy w Krzemiennej,
ponieważ od października usługa praktycznie nie działała (zgłoszenia
nr 71102, 71245, 71390 i kolejne). Otrzymałam teraz wezwanie do zapłaty
kary umownej 480 zł za "przedterminowe rozwiązanie umowy".

Nie zapłacę kary za usługę, której Państwo nie świadczyli. Jeżeli w
ciągu 14 dni nie otrzymam informacji o anulowaniu naliczenia, sprawę
przekażę miejskiemu rzecznikowi konsumentów i zgłoszę do UOKiK.

Ewa Zielińska"""),
("pl", "b151-zwrot-wzmacniacza-chargeback", "Tomasz Krawczyk <tomasz.krawczyk@example.pl>", "Zwrot zamówienia 660381", "billing", "high",
"""Dzien dobry,

Wzmacniacz Wi-Fi z zamowienia 660381 (249 zl) odeslalem 5 marca,
paczkomat potwierdza odbior przez Panstwa magazyn 7 marca. Minely
ponad 4 tygodnie, pieniadze nie wrocily. Na infolinii dwa razy
uslyszalem ze "zwrot jest w realizacji".

Daje czas do piatku. Potem skladam w banku reklamacje transakcji
(chargeback) i niech bank sie z Panstwem rozlicza.

Tomasz Krawczyk"""),
("pl", "b151-promocja-kierownik", "Grażyna Sobczak <grazyna.sobczak@example.pl>", "Promocja, której nie ma", "billing", "high",
"""Dzień dobry,

Podpisując umowę na pakiet telewizja + internet w listopadzie, miałam
obiecane, że przez pierwsze 6 miesięcy abonament wyniesie 49 zł, a
potem 89 zł. Od pierwszej faktury płacę 89 zł. Dzwoniłam pięć razy i
za każdym razem słyszę, że "korekta pojawi się na następnej fakturze".
Nie pojawiła się ani razu.

Nie chcę rozmawiać z kolejnym konsultantem. Proszę, żeby skontaktował
się ze mną kierownik działu obsługi klienta, tel. 600 000 417.

Grażyna Sobczak"""),
("pl", "b151-faktura-vat-nip-gospodarstwo", "Biuro Rachunkowe Anex <biuro@anex-rachunkowosc.example.pl>", "Faktura na firmę", "billing", "",
"""Dzień dobry,

W imieniu naszego klienta, Gospodarstwa Ogrodniczego "Jabłonka" Jan
Malinowski, uprzejmie proszę o wystawianie faktur za internet
satelitarny (umowa 3309177) na firmę, z NIP 8261234567, zamiast na
osobę prywatną. Prosimy również o faktury korygujące za styczeń i
luty z tymi danymi.

Pozdrawiam
Agnieszka Nowicka
Biuro Rachunkowe Anex"""),
("pl", "b151-re-oferta-przylacze-raty", "Henryk Sikora <henryk.sikora@example.pl>", "Re: Oferta na budowę przyłącza - Kolonia Wola", "billing", "",
"""Dziękuję za ofertę. Kwota jest wyższa, niż się spodziewaliśmy, ale
innej możliwości tu nie ma. Czy 2 400 zł można rozłożyć na raty, np.
część teraz, a resztę przez rok razem z abonamentem?

Henryk Sikora

-----Wiadomość oryginalna-----
Od: Dział Przyłączeń
Temat: Oferta na budowę przyłącza - Kolonia Wola

Szanowny Panie,

po wizji lokalnej w dniu 9 maja koszt doprowadzenia światłowodu do
posesji w Kolonii Wola wynosi 2 400,00 zł brutto (ok. 450 m kabla w
kanalizacji i dwa słupy). Po wpłacie prace zostaną zaplanowane w
terminie ok. 8 tygodni.

Z poważaniem,
Marta Borowiec
Dział Przyłączeń"""),
("pl", "b151-pytanie-znizka-senior", "Stanisław Górski <stanislaw.gorski@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry. Czy jest u Państwa jakaś zniżka dla emerytów na pakiet z
kanałami sportowymi? Jestem emerytem, mam 71 lat, a 45 zł miesięcznie
za sam sport to dla mnie dużo. Pozdrawiam, Stanisław Górski"""),
("pl", "b151-corka-18-kontrola-rodzicielska", "Monika Jabłońska <monika.jablonska@example.pl>", "Kontrola rodzicielska", "billing", "",
"""Dzien dobry,

corka skonczyla w marcu 18 lat, a od pazdziernika mieszka w akademiku
we Wroclawiu. Kontrola rodzicielska na jej telefonie juz sie raczej
nie przyda, nie da sie jej pilnowac na odleglosc :) Prosze wylaczyc
ta usluge (9,99 zl miesiecznie) od nastepnego okresu rozliczeniowego.

Monika Jablonska"""),
("pl", "b151-dzien-dobry-blik-dwa-razy", "Rafał Mazur <rafal.mazur@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

przy opłacaniu pakietu streamingowego na kolejny miesiąc strona się
zawiesiła, więc zapłaciłem BLIK-iem drugi raz. Na koncie widzę teraz
dwie płatności po 34,99 zł, a pakiet przedłużony tylko o jeden miesiąc.
Proszę o zwrot jednej płatności.

Rafał Mazur"""),
("pl", "b151-to-nie-awaria-nizszy-pakiet", "Dorota Wieczorek <dorota.wieczorek@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry, od razu zaznaczam, że to nie jest awaria, internet działa
bez zarzutu. Chodzi o to, że 600 Mb/s jest mi zupełnie niepotrzebne,
mieszkam sama i oglądam tylko seriale. Chciałabym przejść na tańszy
pakiet 150 Mb/s, nie rezygnując z umowy. Jak to zrobić?"""),
("pl", "b151-bieszczady-snieg-slabnie", "Jerzy Pawlak <jerzy.pawlak@example.pl>", "Bardzo słaby internet", "technical", "",
"""Dzień dobry,

Od kiedy w Bieszczadach spadł śnieg, internet satelitarny prawie nie
działa: poniżej 1 Mb/s i co kilkanaście minut całkiem się rozłącza.
Odśnieżyłem antenę szczotką, ale nic się nie zmieniło. Na modemie
jedna dioda miga na pomarańczowo, reszta świeci na zielono.

Czy mogę coś zrobić sam, zanim przyjedzie technik?

Jerzy Pawlak
Wetlina"""),
("pl", "b151-dekoder-brak-sygnalu", "Adam Wójcik <adam.wojcik@example.pl>", "dekoder", "technical", "",
"""Dekoder od wczoraj pokazuje "Brak sygnalu" na wszystkich kanalach.
Wylaczalem z pradu, sprawdzilem kabel, nic."""),
("pl", "b151-wzmacniacz-nie-chce-zwrotu", "Katarzyna Michalska <katarzyna.michalska@example.pl>", "Wzmacniacz sygnału", "technical", "",
"""Dzień dobry,

Nie chcę zwrotu pieniędzy ani wymiany, chcę tylko, żeby to działało.
Wzmacniacz Wi-Fi stoi na piętrze w korytarzu, w połowie drogi między
routerem a pokojem syna. Łączy się, ale co godzinę-dwie gaśnie mu
dioda i przez chwilę nie ma internetu na górze. Syn ma w tym czasie
lekcje online i wszystko mu się rozłącza.

Zaktualizowałam oprogramowanie w aplikacji i przestawiłam go do innego
gniazdka. Co jeszcze mogę sprawdzić?

Katarzyna Michalska"""),
("pl", "b151-kontrola-blokuje-librus", "Piotr Adamczyk <piotr.adamczyk@example.pl>", "Aplikacja blokuje dziennik", "technical", "",
"""Dzien dobry, od ostatniej aktualizacji aplikacja kontroli
rodzicielskiej blokuje synowi dziennik elektroniczny (Librus), mimo ze
jest na liscie dozwolonych. Gry ktore mialy byc zablokowane dzialaja
normalnie. Telefon Motorola, Android 13."""),
("pl", "b151-modem-usb-windows", "Łukasz Kowalewski <lukasz.kowalewski@example.pl>", "Modem USB nie działa po aktualizacji", "technical", "",
"""Dzień dobry,

Po ostatniej aktualizacji Windows 11 laptop przestał widzieć modem USB.
Dioda na modemie świeci na niebiesko, ale program do połączenia pokazuje
"Nie znaleziono urządzenia". Na komputerze żony modem działa normalnie,
więc karta SIM i pakiet są w porządku.

Czy jest nowy sterownik?

Łukasz"""),
("pl", "b151-ebok-kod-sms", "Halina Zawadzka <halina.zawadzka@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Chcę się zalogować do eBOK, żeby sprawdzić zużycie danych, ale kod SMS
nie przychodzi. Próbowałam chyba dziesięć razy. Numer telefonu jest ten
sam od lat. Co robić?"""),
("pl", "b151-sklep-wiejski-terminal-kasa", "Sklep Spożywczy U Zosi <sklep.uzosi@example.pl>", "Od soboty", "technical", "high",
"""Dzien dobry,

Prowadze sklep spozywczy we wsi Lipowo. Od soboty rano terminal nie
przyjmuje kart i klienci odchodza albo jada 12 km do bankomatu. Kasa
fiskalna online nie moze wyslac paragonow, co chwile pokazuje blad i
boje sie, ze bede miala problem z urzedem skarbowym. Hurtownia tez nie
dostaje moich zamowien, bo sa wysylane przez internet. Router ma
czerwona diode.

Zgloszenie nr 80214, termin "do 5 dni roboczych". Prosze o szybsza
pomoc.

Zofia Grabowska"""),
("pl", "b151-modem-usb-stopiony", "Marek Szymański <marek.szymanski@example.pl>", "Modem USB", "technical", "high",
"""Dzień dobry,

Piszę spokojnie, bo nic się nie stało, ale wolę zgłosić. Wieczorem w
pokoju poczułem swąd palonego plastiku. Okazało się, że to modem USB
w laptopie: obudowa przy wtyczce jest stopiona i odbarwiona, a sam
modem był tak gorący, że nie dało się go utrzymać w palcach. Wyjąłem go
i położyłem na parapecie. Laptop wygląda na cały.

Czy wyślą Państwo nowy modem?

Marek Szymański"""),
("pl", "b151-wies-podlasie-burza-maszt", "Sołectwo Zabłocie <soltys.zablocie@example.pl>", "Zabłocie - brak internetu od burzy", "technical", "high",
"""Szanowni Państwo,

Piszę jako sołtys wsi Zabłocie (gm. Kleszczele). Od burzy w niedzielę
wieczorem cała wieś jest bez internetu: ok. 60 domów, świetlica i
punkt apteczny. Na maszcie za wsią widać urwaną antenę. Każdy, kto
dzwonił na infolinię, dostał inny numer zgłoszenia i inny termin.

Prosimy o jedną konkretną informację dla całej wsi: kiedy usługa
zostanie przywrócona?

Z poważaniem,
Wiesław Nazaruk, sołtys"""),
("pl", "b151-trzeci-tydzien-prawnik", "Joanna Kubiak <joanna.kubiak@example.pl>", "Trzeci tydzień bez internetu", "technical", "high",
"""Szanowni Państwo,

Od 4 listopada nie mam internetu (zgłoszenia 70551, 70812, 71003).
Technik był dwa razy, za każdym razem coś przestawił i po dniu było to
samo. Pracuję zdalnie jako tłumaczka i od trzech tygodni jeżdżę z
laptopem do biblioteki w Gnieźnie.

Moja cierpliwość się skończyła. Jeżeli do piątku usterka nie zostanie
trwale usunięta, przekazuję sprawę prawnikowi.

Joanna Kubiak"""),
("pl", "b151-pilne-mecz-przycina", "Kamil Nowak <kamil.nowak@example.pl>", "PILNE!!!", "technical", "",
"""Ludzie ratunku, codziennie od 20 do 23 mecze na streamingu sie tna
co minute. Test predkosci wieczorem 3 Mb/s, rano 80. W sobote Lech gra
z Legia i przychodzi pol bloku, jak sie zatnie przy karnym to mnie
zabija :D Naprawcie to prosze"""),
("pl", "b151-re-technik-dalej-rwie", "Agata Pietrzyk <agata.pietrzyk@example.pl>", "Re: Zgłoszenie 66018 - wizyta technika", "technical", "",
"""Dzień dobry,

Technik był we wtorek, wymienił wtyk przy antenie i przez dwa dni było
dobrze. Od piątku znowu to samo, internet zrywa kilka razy dziennie i
modem szuka satelity.

Agata Pietrzyk

> Od: Biuro Obsługi Klienta
> Data: poniedziałek, 14 października
> Temat: Zgłoszenie 66018 - wizyta technika
>
> Szanowna Pani,
> uprzejmie informujemy, że technik odwiedzi Panią we wtorek
> 15 października w godz. 8:00-13:00. Prosimy o zapewnienie dostępu
> do anteny i modemu.
> Z poważaniem, Biuro Obsługi Klienta"""),
("pl", "b151-starsza-pani-brak-tvp", "Janina Kowalczyk <janina.kowalczyk@example.pl>", "telewizja", "technical", "",
"""Szanowni Panstwo

Od poniedzialku na tym pudelku od telewizji nie ma TVP1 i TVP Info,
pokazuje sie napis ze kanal niedostepny. Inne kanaly sa. Ja mam 83
lata i glownie to ogladam, wnuczek przyjezdza dopiero w niedziele.

Z powazaniem
Janina Kowalczyk"""),
("pl", "b151-aplikacja-tv-blad", "Michał Czarnecki <michal.czarnecki@example.pl>", "Błąd w aplikacji na TV", "technical", "",
"""Aplikacja pakietu streamingowego na telewizorze Philips od środy
wyświetla "Błąd 5021, spróbuj ponownie później" przy każdym kanale. Na
telefonie i laptopie to samo konto działa. Reinstalacja nic nie dała."""),
("pl", "b151-podziekowania-instalator-kaszuby", "Teresa Lewandowska <teresa.lewandowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

Chciałam bardzo podziękować panu Przemkowi, który w sobotę montował u
nas antenę pod Kartuzami. Lało jak z cebra, a on i tak wszedł na dach
i szukał miejsca, gdzie będzie najlepszy sygnał, choć mógł przykręcić
antenę byle jak na ścianie. Potem jeszcze cierpliwie pokazał mężowi,
jak dzwonić przez internet do córki w Irlandii.

Proszę mu to przekazać.

Teresa Lewandowska"""),
("pl", "b151-godziny-salon-bialystok-wigilia", "Ania Sawicka <ania.sawicka@example.pl>", "Wigilia", "general", "",
"""Hej, do której otwarty jest salon w Białymstoku w Alfie w Wigilię? I
czy 27 grudnia normalnie? Dzięki"""),
("pl", "b151-portfel-salon-rzeszow", "Beata Kozłowska <beata.kozlowska@example.pl>", "Zgubiony portfel", "general", "",
"""Dzien dobry, w czwartek po poludniu bylam w Panstwa salonie w
Rzeszowie na ul. 3 Maja i prawdopodobnie zostawilam tam czerwony
portfel, chyba na stoliku przy stanowisku. Czy ktos go znalazl? Moge
przyjechac w kazdej chwili.

Beata Kozlowska"""),
("pl", "b151-dostawa-u-soltysa", "Zbigniew Malinowski <zbigniew.malinowski@example.pl>", "Zamówienie 771204", "general", "",
"""Dzien dobry,

w sprawie wysylki nowego routera: kurierzy nie trafiaja do nas, dom
jest na koloni bez numeru i nawigacja prowadzi w pole. Prosze
zostawic paczke w sklepie "Groszek" przy kosciele w Dobrzyniu, u pani
Krysi, ona wie i mi przekaze.

Dziekuje
Zbigniew Malinowski"""),
("pl", "b151-zmiana-nazwiska-slub", "Natalia Wróbel-Kos <natalia.wrobel@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

We wrześniu wyszłam za mąż i zmieniłam nazwisko z Wróbel na
Wróbel-Kos. Proszę o zmianę danych w umowie nr 5092231. Jakie dokumenty
mam przesłać - wystarczy skan nowego dowodu?

Pozdrawiam
Natalia Wróbel-Kos"""),
("pl", "b151-rodo-usuniecie-danych", "Grzegorz Baran <grzegorz.baran@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

Na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych, których przechowywanie nie jest wymagane przepisami prawa.
Byłem Państwa klientem do 2022 roku (nr klienta 1174409). Proszę o
pisemne potwierdzenie wykonania żądania.

Grzegorz Baran"""),
("pl", "b151-zasieg-hel-domek", "Wojciech Zając <wojciech.zajac@example.pl>", "Zasięg", "general", "",
"""Dzien dobry,

kupilismy domek w Jastarni i bedziemy tam spedzac wiekszosc lata.
Czy Panstwa internet (radiowy albo satelitarny) ma tam zasieg? Czy
przed podpisaniem umowy ktos musi przyjechac sprawdzic?

Wojciech Zajac"""),
("pl", "b151-osp-dozynki-sponsor", "OSP Wólka Dobryńska <osp.wolka@example.pl>", "Prośba o wsparcie - dożynki", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Wólce Dobryńskiej organizuje 31 sierpnia
dożynki gminne. Od tego roku większość wsi korzysta z Państwa
internetu, więc pomyśleliśmy, że zapytamy, czy firma nie zechciałaby
zostać sponsorem festynu (np. nagrody w konkursach dla dzieci). W
zamian logo na banerze i podziękowanie ze sceny.

Z poważaniem,
dh Andrzej Czarnecki, prezes OSP"""),
("pl", "b151-konsultant-wysmial-kierownik", "Elżbieta Jankowska <elzbieta.jankowska@example.pl>", "Skarga na konsultanta", "general", "high",
"""Dzień dobry,

Wczoraj o 17:40 dzwoniłam na infolinię razem z tatą (78 lat), żeby
zapytać o jego umowę. Konsultant wzdychał przy każdym pytaniu, w końcu
powiedział do taty "niech pan da komuś młodszemu, bo szkoda mojego
czasu" i się zaśmiał. Tata był bardzo przykry przez resztę dnia.

Nie życzę sobie odpowiedzi od kolejnego konsultanta. Proszę o kontakt
kierownika, tel. 600 000 288.

Elżbieta Jankowska"""),
("pl", "b151-salon-rampa-sliska", "Robert Wysocki <robert.wysocki@example.pl>", "Salon w Lublinie", "general", "high",
"""Dzien dobry,

tylko informacyjnie: w salonie na Krakowskim Przedmiesciu w Lublinie
rampa dla wozkow przy wejsciu ma odklejona blache na krawedzi, ktora
odstaje na dobre 2 cm. Dzisiaj zahaczyla o nia starsza pani z
balkonikiem i prawie sie przewrocila. Zadnego oznaczenia nie ma.
Moze warto to szybko naprawic.

Robert Wysocki"""),
("pl", "b151-dane-bylemu-mezowi-uodo", "Magdalena Kamińska <magdalena.kaminska@example.pl>", "Ujawnienie moich danych", "general", "high",
"""Szanowni Państwo,

10 marca mój były mąż zadzwonił na Państwa infolinię i konsultant podał
mu mój nowy adres oraz numer telefonu, które zmieniłam na koncie w
lutym. Nie jest on stroną umowy i nie ma żadnego upoważnienia. Mam
wobec niego sądowy zakaz zbliżania się.

Żądam informacji, kto udzielił tych danych i jakie kroki Państwo
podejmą. Jeśli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do
Prezesa UODO.

Magdalena Kamińska"""),
("pl", "b151-pochwala-nowa-aplikacja", "Irena Stępień <irena.stepien@example.pl>", "Brawo", "general", "",
"""Chciałam tylko napisać, że nowa aplikacja jest świetna. Wszystko
widać od razu, nawet mój mąż, który z telefonem jest na bakier, sam
sobie poradził. Brawo dla tego, kto ją robił!"""),
("pl", "b151-dzien-otwarty-gmina", "Urząd Gminy Dobrzyń <promocja@ug-dobrzyn.example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry,

15 czerwca organizujemy w Gminnym Ośrodku Kultury dzień otwarty
"Cyfrowa wieś" dla mieszkańców. Czy Państwa firma chciałaby mieć
stoisko i opowiedzieć o możliwościach internetu na terenach wiejskich?
Stoisko jest bezpłatne.

Z poważaniem
Katarzyna Lis, referat promocji"""),
]
