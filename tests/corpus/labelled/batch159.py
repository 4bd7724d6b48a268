# batch159.py -- labelled mails held out of the tree until the rules it
# measures are final: written before the rules and the learned model are
# next changed, so that nothing is tuned or trained on them until they are
# wired in.  Kinds of business: public transport (3) -- tram systems,
# metro smartcards, night buses, park and ride, ferry passes, bus passes
# for pensioners, accessible transport booking.  The failure classes in
# this setting -- escalation demands that keep their topic, legal threats
# and chargebacks, negations, subjects that say nothing or something else,
# quoted replies, plans ended or paused in other words, outages told only
# by their consequences, safety hazards told calmly, praise and thanks,
# payment questions -- and everyday mail of all three queues, in English,
# Greek (with Greeklish), Spanish and Polish.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b159-tram-contactless-charged-twice", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Charged twice for one tram journey", "billing", "",
"""Hi,

On Tuesday the 14th I tapped my contactless card once at Piccadilly
Gardens and once at Altrincham - one single journey - but my bank shows
two charges of £4.60 from you that day. I only made the one trip.

Could you refund the extra £4.60 please? Card ends 3318.

Thanks,
Rebecca"""),
("en", "b159-late-husband-ferry-pass", "Margaret Ellison <m.ellison@example.org>", "Frank's pass", "billing", "",
"""Dear Sir or Madam,

My husband Frank Ellison died in February. He had an annual foot
passenger pass for the Gosport ferry which is due to renew on the 1st of
next month from our joint account. He won't be needing it any more, so
please do not take the payment.

His pass number is FP-20417. I still have the card here if you need it
returned.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b159-smartcard-topup-missing", "Daniel Okafor <dan.okafor@example.com>", "Top up", "billing", "",
"""topped up £20 on my smartcard through the website on sunday night, the
money's gone from my account but the card still shows 35p at the machine.
I've tapped in at two different stations since. Where's my £20?

Dan"""),
("en", "b159-apprentice-discount-monthly", "Kayleigh Barnes <kayleigh.barnes@example.co.uk>", "Apprentice discount?", "billing", "",
"""Hiya, I've just started an apprenticeship (I'm 19) and I'm paying £78 a
month for the tram and bus pass. My mate says apprentices get a third
off. Is that true and how do I get it? Do I need a letter from work?

Ta, Kayleigh"""),
("en", "b159-ferry-cancelled-chargeback", "Alistair Munro <alistair.munro@example.co.uk>", "Cancelled sailing - refund now or I go to my bank", "billing", "high",
"""Booking ref: HX7730K

Our 07:45 sailing from Oban on 3 August was cancelled the night before
(your text said "technical issue with vessel"). Your own terms say
cancelled sailings are refunded in full. The booking was £186.40 for a
car and two adults.

I have emailed three times since (8 Aug, 21 Aug, 4 Sept) and had nothing
back except the automatic reply. If the refund is not in my account
within 7 days I will raise a chargeback with my credit card company and
let them deal with you.

Alistair Munro"""),
("en", "b159-re-refund-five-days-three-weeks", "Priya Raman <priya.raman@example.co.uk>", "Re: Your refund request 88213", "billing", "",
"""Hello again,

That was three weeks ago now and there is still nothing on my card. Can
you check it has actually been sent?

Priya

-----Original Message-----
From: Customer Relations
Sent: 02 October 09:14
Subject: Your refund request 88213

Dear Ms Raman,

Thank you for contacting us. We have approved a refund of £42.00 for the
unused part of your weekly season ticket. Please allow 5-7 working days
for this to appear on your account.

Kind regards,
Customer Relations"""),
("en", "b159-annual-metro-pass-instalments", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Regarding annual pass payment", "billing", "",
"""Dear Sir/Madam,

I am working in Hinjawadi IT park and travelling daily by metro. Kindly
let me know whether the annual commuter pass (Rs 14,500 as per your
website) can be paid in monthly instalments or by EMI on credit card.
Also please confirm if receipt with GST details will be provided for
corporate reimbursement.

Awaiting your early reply.

Thanks and regards,
Venkatesh Iyer"""),
("en", "b159-penalty-fare-valid-card-manager", "Graham Pickering <graham.pickering@example.co.uk>", "Penalty fare PF-55810", "billing", "high",
"""I was given a £50 penalty fare on the tram on Friday evening because
the inspector's reader said my card hadn't been tapped. I DID tap it, at
Wellington Street, and the validator beeped green. My annual season
ticket is valid to the end of the year and I have the receipt.

I appealed through your online form and got a one-line rejection. I want
this looked at by a manager, not by whoever sends out the form replies,
and I want the £50 cancelled.

Graham Pickering"""),
("en", "b159-moving-perth-auto-topup", "Jess Nguyen <jess.nguyen@example.com.au>", "cancel my auto top up", "billing", "",
"""Hey team,

We're packing up and heading west to Perth at the end of the month so I
won't be catching the 370 any more (sad!). Can you switch off the auto
top-up on my card so it stops pulling $40 out of my account every time
it drops under $10? There's about $23 left on it - can I get that back
or is it gone?

Cheers,
Jess"""),
("en", "b159-ferry-dog-add-on-bramble", "Hugh Carrington <hugh.carrington@example.co.uk>", "Dog add-on", "billing", "",
"""Good afternoon,

Our spaniel Bramble died last week, aged fifteen, so the dog add-on on
my Isle of Wight season ticket (the extra £9 a month) can come off from
now on. She did enjoy the crossings.

Season ticket no. 4471209.

Many thanks,
Hugh Carrington"""),
("en", "b159-park-ride-notices-small-claims", "Nicola Sharpe <nicola.sharpe@example.co.uk>", "Parking charge notices - Thornbury Park & Ride", "billing", "high",
"""To whom it may concern,

I have received two parking charge notices of £70 each (PCN 30917 and
31022) for the Park & Ride at Thornbury, dated 9 and 16 October. On both
days I paid the £3.50 through your app before getting on the bus. The
payments are on my bank statement and in the app history.

I asked for both to be cancelled on 20 October and have now had a letter
saying each has gone up to £100. Please cancel both notices and confirm
in writing. If they are passed to a debt collector I will defend this in
the small claims court and claim my costs.

Nicola Sharpe"""),
("en", "b159-fare-cap-not-applied-dublin", "Ciarán Brennan <ciaran.brennan@example.ie>", "Daily cap", "billing", "",
"""Hi there, I thought the daily cap on the card was €8 for Luas and bus
together? Last Thursday I was charged €9.40 all in - Luas into town, bus
out to Clondalkin, bus back. Can you have a look and refund the
difference? Card number ends 6620. Thanks a million, Ciarán"""),
("en", "b159-hello-kiosk-receipts-expenses", "Tyler Bergstrom <tyler.bergstrom@example.com>", "Hello", "billing", "",
"""Hi - my employer reimburses my commute but needs itemized receipts. I've
been loading my transit card at the station kiosks with my Visa since
January, usually $50 at a time, and the paper receipts have faded to
blank. Is there any way to get a statement for all of those loads?

Thanks,
Tyler"""),
("en", "b159-app-crash-my-tickets", "Sophie Whitfield <sophie.whitfield@example.com>", "App", "technical", "",
"""Just to be clear this isn't about billing, the payment went through
fine and I've got the confirmation email. The problem is the app: every
time I tap "My tickets" it closes straight away. I've updated it and
restarted the phone (Pixel 7). I can't show the ticket to an inspector
like this.

Sophie"""),
("en", "b159-smartcard-seek-assistance-gates", "Oliver Grant <oliver.grant@example.co.uk>", "Card at the gates", "technical", "",
"""Morning, since Monday my smartcard gets "Seek assistance" at the gates
at Newcastle Central every single time. Staff let me through and said it
reads fine on their handheld and to email you. It's not bent, it lives
in a holder. Any idea?

Oliver Grant"""),
("en", "b159-password-reset-never-arrives", "Deborah Lyle <deborah.lyle@example.net>", "Can't log in", "technical", "",
"""I've forgotten the password for my online account and the reset email
never comes. I've tried five times today, checked spam and junk, and
added your address to my contacts. The email on the account is this one.
I need to get in to download my journey history."""),
("en", "b159-ticket-machine-sparks-hillsborough", "Martin Ashworth <martin.ashworth@example.co.uk>", "Ticket machine at Hillsborough", "technical", "high",
"""Hello,

For your information - the ticket machine on the city-bound platform at
Hillsborough tram stop gave off a couple of blue sparks from the card
slot when I put my card in this morning, about 7.20, and there was a
faint burning smell. I took the card out and bought a ticket on my phone
instead. The screen is cracked at the bottom corner and it looks like
rain has been getting in there.

Might be worth someone having a look before a kid gets hold of it.

Martin"""),
("en", "b159-tram-doors-did-not-reopen", "Hannah Forsyth <hannah.forsyth@example.co.uk>", "Doors on tram 3021", "technical", "high",
"""Hi,

Yesterday at about 17:40 at Haymarket the rear doors on tram 3021 closed
on my forearm as I was getting on with my daughter's buggy and did not
open again. Another passenger had to pull them apart. The tram then
began to move off with the doors not fully shut until someone pressed
the passenger alarm.

I'm fine apart from a bruise, but normally the doors bounce back when
anything touches them and these didn't. Please have that tram checked.

Hannah Forsyth"""),
("en", "b159-school-passes-card-not-valid", "School Office <office@ashgroveacademy.example.sch.uk>", "Year 7 and 8 bus passes", "technical", "high",
"""Good afternoon,

This morning around 60 of our Year 7 and 8 pupils were refused on the
07:50 and 08:05 school buses from Coedpoeth because the drivers'
machines showed their passes as "card not valid". Some walked the three
miles in, several parents kept children at home, and a number of pupils
missed the start of their mock exams. Year 9-11 passes worked normally.

All of these passes were issued in September and were fine until
yesterday. We need to know what has happened before tomorrow morning.
Please call the school office on 01978 555 0142.

Mrs L. Pritchard
School Business Manager, Ashgrove Academy"""),
("en", "b159-accessible-booking-error-dialysis", "Manager <manager@willowbankcare.example.co.uk>", "Booking form", "technical", "high",
"""Hello,

Since Friday your accessible transport booking form gives "Error 500 -
something went wrong" when we press Submit, on three different
computers. The phone line just plays a message telling us to book
online.

We book wheelchair transport for four residents who have dialysis three
times a week at the Royal, next session Tuesday 7am. If we can't get
these booked they will miss their dialysis. Please ring me as soon as
possible on 0113 555 0876.

Bernadette Keane
Home Manager, Willowbank Care Home"""),
("en", "b159-n29-countdown-due-forever", "Liam Fletcher <liam.fletcher@example.com>", "N29 countdown", "technical", "",
"""The countdown screen at the Wood Green stop shows the N29 as "Due" for
20+ minutes at a time most nights, and then a completely different bus
turns up. The app says the same. Happens mostly after midnight. Not the
end of the world but it's freezing waiting when it tells you it's here!"""),
("en", "b159-watch-pay-tram-validator", "Aisha Rahman <aisha.rahman@example.co.uk>", "Apple Pay on trams", "technical", "",
"""Hi, my Apple Watch pays fine on the buses but on the tram validators it
just flashes red with "card read error". My iPhone works on the same
validator, same card in both. Tried Express Mode on and off. Is the watch
not supported or is something wrong?"""),
("en", "b159-re-case-login-loops", "Gareth Pryce <gareth.pryce@example.co.uk>", "Re: Case 55102 - Online account", "technical", "",
"""I've cleared the cache and cookies as you said, tried Firefox and Edge
and even my wife's laptop. Same thing: I log in, it shows the dashboard
for a second and then throws me back to the login page. I'm not
disputing any charge or asking for money back, I just want to get into
my account and renew the pass myself.

Gareth

> Thank you for your email. Please try clearing your browser cache and
> cookies and logging in again. If the problem persists please reply to
> this email quoting your case number.
>
> Customer Support"""),
("en", "b159-pensioner-pass-red-light", "Walter Simms <walter.simms@example.org>", "my bus pass", "technical", "",
"""Dear Sirs

My free bus pass has started to fail on the buses. The machine gives a
red light and a beep and the driver has to wave me on, which is
embarrassing. It is in date until 2027. I think it may have got bent in
my wallet, there is a small crack across one corner. What do I do.

W. Simms"""),
("en", "b159-n7-heater-hot-plastic", "Rhys Morgan <rhys.morgan@example.co.uk>", "N7 last night", "technical", "high",
"""Not a complaint exactly, more a heads up. On the N7 leaving Queen
Street at 01:15 last night (fleet number 8264 I think), there was a
strong smell of hot plastic from the heater under the seats on the top
deck and a bit of smoke coming out of the grille by the back window. A
few of us went downstairs and told the driver, he said he'd report it
but carried on with the route. Thought someone should know.

Rhys"""),
("en", "b159-app-region-denver", "Brianna Coleman <brianna.coleman@example.com>", "app thinks I'm in Denver??", "technical", "",
"""Your transit app keeps setting my home region to Denver and showing
Denver routes even though I'm in Portland with location services on. I
pick Portland manually and it flips back the next time I open it.
Already deleted and reinstalled. iPhone 14, iOS 17."""),
("en", "b159-question-eticket-new-phone", "Gordon McAllister <gordon.mcallister@example.co.uk>", "Question", "technical", "",
"""My old phone died (screen went black, won't come back on) and my
monthly ferry e-ticket was on it. I've logged in on the new phone with
the same email but "My passes" is empty, and it says a pass can only be
on one device. How do I move it over?"""),
("en", "b159-lost-violin-n38", "Eleanor Whitaker <eleanor.whitaker@example.co.uk>", "Left my violin on the bus", "general", "",
"""Hello, I left my violin (black hard case, sticker of a fox on the lid)
on the N38 towards Clapton on Saturday night, got off at about 00:40.
Has anyone handed it in? It isn't worth much but it was my
grandmother's. I can describe what's inside the case.

Eleanor, 07700 900418"""),
("en", "b159-thanks-driver-42-mum", "Lorraine Dunphy <lorraine.dunphy@example.com>", "Thank you", "general", "",
"""I just wanted to say thank you to the driver of the number 42 that left
Castle Street at about 10.15 on Thursday. My mum is 88 and uses a
walker, and she got flustered at the stop and dropped her purse. He got
out, picked everything up, helped her on and waited until she was sat
down before pulling off. She's talked about him all week. Please pass it
on - I think his name was Tomasz.

Lorraine Dunphy"""),
("en", "b159-driver-refused-ramp-supervisor", "Kieran Walsh <kieran.walsh@example.co.uk>", "Complaint about driver - route 11", "general", "high",
"""I use a wheelchair. On Monday at 16:20 at the Broad Street stop the
driver of the number 11 refused to put the ramp down and said "bus is
full, get the next one" - there was nobody in the wheelchair space - and
when I asked for his name he told me to stop causing a scene and shut
the doors.

This is the third time with the same driver this month. I'm not
accepting another standard apology. I want a supervisor or the depot
manager to contact me directly and tell me what is being done about him.

Kieran Walsh"""),
("en", "b159-park-ride-broken-step", "Anne Rowley <anne.rowley@example.org>", "Step at the Park and Ride", "general", "high",
"""Hello,

The concrete step down from the car park to the bus shelter at the
Headington Park & Ride has broken away at the front edge, leaving a gap
about a hand deep with the metal showing. It's right where everyone
walks in the dark on winter mornings. I saw an older man catch his foot
on it on Tuesday - he was all right, but only just.

Could someone cone it off until it's repaired?

Anne Rowley"""),
("en", "b159-pensioner-pass-new-address", "Dennis Harford <dennis.harford@example.org>", "Change of address", "general", "",
"""Dear Sir or Madam,

I have moved from 14 Elm Road to Flat 3, 22 Church Street, Chesterfield
S40 1AB. Please update the address on my concessionary bus pass, number
6334 1029 7718. I do not need a new pass, only the address changed so
the renewal letter comes here.

Yours faithfully,
Dennis Harford"""),
("en", "b159-sar-journey-history", "Ananya Krishnan <ananya.krishnan@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including the full journey history recorded against my smartcard
(0088 4412 9035) from 1 January to date, and any notes or CCTV stills
linked to the card.

Please send it to this email address. I can provide ID if needed.

Regards,
Ananya Krishnan"""),
("en", "b159-bikes-on-cowes-foot-ferry", "Tom Ridley <tom.ridley@example.com>", "Bikes", "general", "",
"""Can we take two bikes on the foot ferry to Cowes in August or do they
have to go on the car ferry? And do we need to book a space for them?"""),
("en", "b159-urgent-nye-last-tram", "Megan Price <megan.price@example.co.uk>", "URGENT!!! new years eve", "general", "",
"""URGENT - are the trams running all night on New Year's Eve or not??
Your website says one thing and the poster at the stop says another and
the suspense is killing me! There's 8 of us going out in town and we
need to know if it's the last tram at 00:30 or if there are night buses
back to Ashton. Thanks!!"""),
("en", "b159-sponsorship-tram-dash", "Julia Brook <j.brook@riversidehospice.example.org.uk>", "Sponsorship enquiry - Riverside Hospice Tram Dash", "general", "",
"""Dear Partnerships Team,

Riverside Hospice is holding its first "Tram Dash" fun run on 12 May,
following the tram line from Market Square out to the depot. We'd love
to have you on board as a sponsor - whether that's prizes, a mention on
the stop screens, or simply letting us use the depot yard as the finish.

I'd be delighted to send our sponsorship pack or come in to talk it
through.

Warm regards,
Julia Brook
Community Fundraising Manager"""),
("en", "b159-travel-shop-easter-monday", "Stan Kowalczyk <stan.k@example.co.uk>", "Travel shop", "general", "",
"""Is the travel shop at the bus station open on Easter Monday? I need to
get a photo card done for my grandson."""),
("en", "b159-hello-assistance-millport", "Beryl Hutchins <beryl.hutchins@example.org>", "Hello", "general", "",
"""Hello,

I am 81 and partially sighted and I am going to visit my sister in
Millport next month, on the ferry from Largs. How far ahead do I have to
book someone to help me on and off the boat, and will they meet me off
the train? My daughter says I can just turn up but I would rather be
sure.

Thank you kindly,
Beryl Hutchins"""),
("en", "b159-no-refund-ferry-left-early", "Declan Foley <declan.foley@example.ie>", "07:10 sailing", "general", "",
"""I don't want a refund or anything like that, I got the next one. But I'd
like to know why the 07:10 from Passage East pulled away at 07:05 on
Saturday when the timetable on your website still says 07:10 - I watched
it go from the slipway. Has the timetable changed? If so the website
needs updating.

Declan"""),
("en", "b159-excursion-ferry-manly", "Lachlan Hughes <l.hughes@eastwoodps.example.edu.au>", "Year 4 excursion - ferry to Manly", "general", "",
"""G'day,

I'm organising a Year 4 excursion for 56 students and 8 staff on
Thursday 21 March, catching the ferry from Circular Quay to Manly at
around 9.30 and back about 2pm. Do we need to let you know in advance
for a group that size, and is there a particular wharf entrance we
should use so we're not holding everyone up?

Thanks,
Lachlan Hughes
Eastwood Public School"""),
# ---------------- Greek ----------------
("el", "b159-tram-dipli-xreosi-anepafi", "Κατερίνα Μαυρίδου <k.mavridou@example.gr>", "Διπλή χρέωση στο τραμ", "billing", "",
"""Καλησπέρα σας,

Την Πέμπτη πήγα με το τραμ από το Σύνταγμα μέχρι το Φάληρο και
ακούμπησα την τραπεζική μου κάρτα στο ακυρωτικό μία φορά. Στην κίνηση
του λογαριασμού βλέπω δύο χρεώσεις των 1,20 € με διαφορά ενός λεπτού.
Μπορείτε να μου επιστρέψετε τη μία;

Ευχαριστώ,
Κατερίνα Μαυρίδου"""),
("el", "b159-gl-foititiko-miniaio-ekptosi", "Giorgos T. <giorgos.t@example.gr>", "foititiko", "billing", "",
"""Geia sas, eimai foithths sto Panepisthmio Peiraia kai plhrwnw kanoniko
miniaio 30 eurw. Mou eipan oti me to paso yparxei foititiko me ekptwsh.
Ti prepei na kanw gia na to parw, kai mporw na parw pisw th diafora gia
ton mhna pou plhrwsa hdh?
Eyxaristw
Giorgos"""),
("el", "b159-mitera-efyge-karta-porthmeiou", "Νίκος Γκίκας <nikos.gkikas@example.gr>", "Καρτα διαρκειας μητερας μου", "billing", "",
"""Καλημερα σας,

η μητερα μου Ευανθια Γκικα εφυγε απο τη ζωη τον περασμενο μηνα. Ειχε
καρτα διαρκειας για το πορθμειο Περαμα - Σαλαμινα, που ανανεωνεται
αυτοματα καθε τριμηνο με 35 ευρω απο την καρτα της. Παρακαλω να
σταματησει η ανανεωση. Αν χρειαζεστε ληξιαρχικη πραξη θανατου να σας
τη στειλω.

Με εκτιμηση,
Νικος Γκικας"""),
("el", "b159-timologio-mhniaies-kartes-prosopikou", "Αγγελική Παππά <logistirio@deltalogistiki.example.gr>", "Τιμολόγιο για τις μηνιαίες κάρτες", "billing", "",
"""Καλημέρα,

Η εταιρεία μας αγοράζει κάθε μήνα 18 μηνιαίες κάρτες για το προσωπικό.
Μέχρι τώρα παίρναμε αποδείξεις λιανικής, αλλά ο λογιστής μας ζητά
τιμολόγιο στην επωνυμία της εταιρείας. Μπορείτε να εκδίδετε τιμολόγιο;
Στοιχεία: ΔΕΛΤΑ ΛΟΓΙΣΤΙΚΗ Ο.Ε., ΑΦΜ 099887766, ΔΟΥ Αμαρουσίου.

Φιλικά,
Αγγελική Παππά
Λογιστήριο"""),
("el", "b159-gl-fortisi-20-den-fainetai", "Stelios V. <stelios.v@example.gr>", "fortish", "billing", "",
"""kalhspera. fortisa 20e sthn prosopopoihmenh karta apo to site sas thn
Kyriakh, to poso efyge apo thn trapeza alla sto akyrwtiko tou metro h
karta leei ypoloipo 0,40. ti ginetai me ta lefta mou?
Stelios"""),
("el", "b159-park-ride-ethniki-amyna-dikigoros", "Δημήτρης Σταθόπουλος <d.stathopoulos@example.gr>", "Χρέωση στάθμευσης Εθνική Άμυνα", "billing", "high",
"""Κύριοι,

Στις 12/3 άφησα το αυτοκίνητο στον χώρο στάθμευσης του σταθμού Εθνική
Άμυνα, όπως κάνω κάθε μέρα, και χρησιμοποίησα μετρό και στις δύο
διαδρομές, άρα δικαιούμαι τη μειωμένη ημερήσια χρέωση του 1 €. Αντί
γι' αυτό η κάρτα μου χρεώθηκε δύο φορές από 10 € και στο παρμπρίζ βρήκα
και ειδοποίηση 40 € για «μη εξόφληση».

Έχω ήδη στείλει δύο email χωρίς απάντηση. Αν μέσα σε 10 ημέρες δεν
επιστραφούν τα 19 € και δεν ακυρωθεί η ειδοποίηση, το θέμα το
αναλαμβάνει ο δικηγόρος μου και θα κάνω καταγγελία στον Συνήγορο του
Καταναλωτή.

Δημήτρης Σταθόπουλος"""),
("el", "b159-akyromeno-dromologio-aigina-trapeza", "Ελένη Βλάχου <eleni.vlachou@example.gr>", "Επιστροφη χρηματων - ακυρωση λογω καιρου", "billing", "high",
"""Καλησπερα,

Το δρομολογιο 08:00 Πειραιας - Αιγινα στις 4 Φεβρουαριου ακυρωθηκε
λογω απαγορευτικου. Στο εκδοτηριο μου ειπαν οτι τα χρηματα (2
εισιτηρια, 31,00 ευρω) θα επιστραφουν αυτοματα στην καρτα. Εχουν
περασει 6 εβδομαδες, δεν εχει γυρισει τιποτα και στο τηλεφωνο δεν
απαντα κανεις.

Σας ενημερωνω οτι αν δεν δω την επιστροφη μεχρι την Παρασκευη θα κανω
αμφισβητηση της χρεωσης στην τραπεζα μου.

Ελενη Βλαχου"""),
("el", "b159-gl-pagwsi-kartas-erasmus", "Dafni K. <dafni.k@example.gr>", "erasmus", "billing", "",
"""Geia sas! Fevgw Erasmus sth Lisavona apo Septemvrio mexri Ianouario.
Exw thn etisia karta pou thn plhrwnw ka8e mhna (17,50). Mporw na thn
pagwsw gia autous tous 5 mhnes kai na synexisei otan gyrisw, h prepei
na thn akyrwsw kai na vgalw kainourgia meta?
Eyxaristw polu,
Dafni"""),
("el", "b159-re-aitima-epistrofis-40772", "Χρήστος Ζαχαρίου <ch.zachariou@example.gr>", "Re: Αίτημα επιστροφής χρημάτων #40772", "billing", "",
"""Καλημέρα,

Έχουν περάσει πλέον 25 εργάσιμες και τα χρήματα δεν έχουν επιστραφεί.
Παρακαλώ ενημερώστε με τι συμβαίνει.

Χρήστος Ζαχαρίου

-------- Αρχικό μήνυμα --------
Από: Εξυπηρέτηση Επιβατών
Θέμα: Αίτημα επιστροφής χρημάτων #40772

Αγαπητέ κύριε Ζαχαρίου,

Το αίτημά σας για επιστροφή του ποσού των 27,00 € για τη μηνιαία κάρτα
που ακυρώθηκε εγκρίθηκε. Η επιστροφή θα πραγματοποιηθεί εντός 10
εργάσιμων ημερών.

Με εκτίμηση,
Εξυπηρέτηση Επιβατών"""),
("el", "b159-prostimo-elegkti-proistamenos", "Σοφία Αλεξίου <sofia.alexiou@example.gr>", "Πρόστιμο ενώ είχα επικυρώσει", "billing", "high",
"""Στις 22/5 στη γραμμή 1 ελεγκτές μου επέβαλαν πρόστιμο 72 € επειδή η
κάρτα μου «δεν είχε επικύρωση». Είχα επικυρώσει στο Μαρούσι και ο ίδιος
ο ελεγκτής είδε ότι έχω ενεργό μηνιαίο. Έκανα ένσταση και απορρίφθηκε
με ένα τυποποιημένο κείμενο.

Δεν πληρώνω πρόστιμο για ισχύον εισιτήριο. Ζητώ να εξεταστεί η υπόθεση
από προϊστάμενο και να επικοινωνήσει μαζί μου κάποιος υπεύθυνος, όχι
άλλο αυτόματο email.

Αριθμός πράξης: ΠΡ-118204
Σοφία Αλεξίου"""),
("el", "b159-gl-iris-doseis-etisia", "Xristina P. <xristina.p@example.gr>", "plhrwmh", "billing", "",
"""kalhmera, thelw na vgalw thn etisia karta gia ton patera mou. mporw na
plhrwsw me IRIS apo to kinhto h mono me karta? kai yparxoun doseis?
eyxaristw, Xristina"""),
("el", "b159-syntaxi-den-xreiazomai-etisia", "Παντελής Κούρτης <p.kourtis@example.gr>", "Ετησια καρτα", "billing", "",
"""Καλησπερα σας

Απο την 1η του μηνα βγηκα στη συνταξη μετα απο 35 χρονια και δεν θα
κατεβαινω πια καθε μερα στην Αθηνα. Την ετησια καρτα που πληρωνω με
παγια εντολη δεν θα τη χρειαστω αλλο, παρακαλω να μην ξαναχρεωθω. Αν
υπαρχει υπολοιπο να μου επιστραφει.

Ευχαριστω
Παντελης Κουρτης"""),
("el", "b159-erotisi-meiomeno-65-thessaloniki", "Αναστασία Τσιρίγου <a.tsirigou@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα σας. Είμαι 67 χρονών. Στο καινούργιο μετρό της Θεσσαλονίκης
δικαιούμαι μειωμένο εισιτήριο ή δωρεάν; Και πόσο κοστίζει το μηνιαίο
για συνταξιούχους; Ευχαριστώ.
Αναστασία Τσιρίγου"""),
("el", "b159-den-afora-xreosi-efarmogi-qr", "Ιωάννα Δ. <ioanna.d@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα. Δεν πρόκειται για θέμα χρέωσης, η πληρωμή έγινε κανονικά.
Το πρόβλημα είναι ότι η εφαρμογή κολλάει όταν πατάω «Εμφάνιση QR» για
το εισιτήριο του μετρό και μετά από λίγα δευτερόλεπτα κλείνει. Στις
πύλες στο Μοναστηράκι έμεινα απ' έξω. Έχω Samsung A54 και την
τελευταία έκδοση της εφαρμογής.
Ιωάννα"""),
("el", "b159-gl-karta-pyles-syntagma", "Kwstas L. <kostas.l@example.gr>", "karta", "technical", "",
"""Kalhmera, h karta mou den anoigei tis pyles sto Syntagma kai ston
Evaggelismo, vgazei kokkino X. Sto mhxanhma fortishs thn diavazei
kanonika kai leei oti exei energo mhniaio. Ti na kanw?
Kwstas"""),
("el", "b159-otp-sms-den-erxetai", "Μαρία Λαμπράκη <maria.lamp@example.gr>", "Δεν μπορω να συνδεθω", "technical", "",
"""Προσπαθω να μπω στον λογαριασμο μου στο site για την προσωποποιημενη
καρτα και μου ζητα κωδικο μιας χρησης με SMS, ο οποιος δεν ερχεται
ποτε. Το κινητο ειναι το ιδιο (6944 000 123). Δοκιμασα απο υπολογιστη
και απο κινητο. Τι μπορω να κανω;
Μαρια Λαμπρακη"""),
("el", "b159-akyrotiko-leoforeio-550-kapnos", "Θοδωρής Κ. <thodoris.k@example.gr>", "Ακυρωτικό στο λεωφορείο 550", "technical", "high",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω ότι σήμερα το πρωί, στο λεωφορείο της
γραμμής 550 (περίπου 8:15 από Κηφισιά), το ακυρωτικό δίπλα στη μεσαία
πόρτα έβγαζε λίγο καπνό και μύριζε καμένο. Όταν ακούμπησα την κάρτα
είδα και μια σπίθα. Ο οδηγός είπε ότι θα το δηλώσει. Ο αριθμός του
οχήματος ήταν 1207 νομίζω.

Καλή συνέχεια,
Θοδωρής Κ."""),
("el", "b159-gl-porta-tram-anoixe-en-kinisei", "Nefeli A. <nefeli.a@example.gr>", "porta sto tram", "technical", "high",
"""Kalhspera, xthes to apogeuma (Trith gyrw stis 6) sto tram pros Voula,
metaxy Edem kai Batis, h deuterh porta apo pisw anoixe enw to tram
kinountan kai emeine anoixth mexri thn epomenh stash. Htan poly kosmos
kai ena paidi sta8hke akrivws dipla ths. O odhgos den fanhke na to
katalavei. Nomizw prepei na to koitaxete.
Nefeli"""),
("el", "b159-limani-eisitiria-aporriptontai-grafeio", "Γιάννης Μελετίου <info@aegeanhop.example.gr>", "Σήμερα στο λιμάνι", "technical", "high",
"""Καλημέρα,

Είμαστε ταξιδιωτικό γραφείο στον Πειραιά και εκδίδουμε εισιτήρια για
Αίγινα και Πόρο μέσω της πλατφόρμας σας. Από τις 7 σήμερα το πρωί οι
σαρωτές στον καταπέλτη απορρίπτουν όλα τα ηλεκτρονικά εισιτήρια που
έχουμε εκδώσει από χθες το βράδυ («μη έγκυρο εισιτήριο»). Πάνω από 150
πελάτες μας, ανάμεσά τους ένα γκρουπ συνταξιούχων, έμειναν στην
προβλήτα και το πλοίο των 8:30 έφυγε μισοάδειο. Τα επόμενα δρομολόγια
είναι γεμάτα.

Χρειαζόμαστε άμεσα κάποιον να το δει. Τηλέφωνο: 210 555 4410.

Γιάννης Μελετίου
Aegean Hop Travel"""),
("el", "b159-amea-kratisi-sfalma-ximeiotherapeia", "Αργυρώ Δεληγιάννη <argyro.d@example.gr>", "Κρατηση μεταφορας ΑμεΑ", "technical", "high",
"""Καλημερα,

ο πατερας μου ειναι σε αναπηρικο αμαξιδιο και καθε Πεμπτη κανει
χημειοθεραπεια στον Αγιο Σαββα. Κλεινουμε το μικρο λεωφορειο του
προγραμματος μεταφορας ΑμεΑ απο την πλατφορμα σας, αλλα απο τη Δευτερα
η σελιδα βγαζει «Σφαλμα συστηματος» στο τελευταιο βημα και η κρατηση
δεν ολοκληρωνεται. Στο τηλεφωνικο κεντρο δεν απαντα κανεις. Αν δεν
κλεισει η μεταφορα δεν εχουμε αλλο τροπο να τον παμε.

Παρακαλω καποιος να με παρει τηλεφωνο: 6977 123 456.
Αργυρω Δεληγιαννη"""),
("el", "b159-gl-pinakida-stasis-040", "Alekos S. <alekos.s@example.gr>", "pinakida stash", "technical", "",
"""H hlektronikh pinakida sth stash Syntagma gia to 040 deixnei ka8e
vrady "se 3 lepta" gia mish wra kai meta to lewforeio h den erxetai h
erxetai allo. To idio kai sto app. Stis 2 ta xaramata... ginetai na to
ftiaxete?
Alekos"""),
("el", "b159-karta-65-ragismeni-kokkino", "Γεώργιος Παπαναστασίου <g.papanastasiou@example.gr>", "Η κάρτα μου", "technical", "",
"""Αγαπητοί κύριοι,

Η προσωποποιημένη κάρτα μου (μειωμένο για άνω των 65) έχει ραγίσει σε
μια γωνία και από την περασμένη εβδομάδα το ακυρωτικό στο λεωφορείο
δεν τη διαβάζει, ανάβει κόκκινο. Ο οδηγός με αφήνει να περάσω αλλά
ντρέπομαι. Η κάρτα ισχύει μέχρι το 2026. Τι πρέπει να κάνω;

Με τιμή,
Γεώργιος Παπαναστασίου"""),
("el", "b159-re-nfc-fortisi-sfalma-e17", "Πέτρος Ν. <petros.n@example.gr>", "Re: Φόρτιση μέσω κινητού", "technical", "",
"""Δοκίμασα ό,τι μου γράψατε και πάλι τίποτα. Ακουμπάω την κάρτα στο πίσω
μέρος του κινητού, η εφαρμογή τη διαβάζει, διαλέγω το μηνιαίο και στο
τέλος βγάζει «Σφάλμα εγγραφής κάρτας (Ε-17)». Να διευκρινίσω ότι δεν
χρεώθηκα τίποτα και δεν ζητάω χρήματα, θέλω απλώς να μπορώ να φορτίζω
από το σπίτι.
Πέτρος

> Παρακαλούμε βεβαιωθείτε ότι το NFC είναι ενεργοποιημένο και ότι η
> κάρτα παραμένει σε επαφή με το κινητό μέχρι να ολοκληρωθεί η φόρτιση.
>
> Εξυπηρέτηση Επιβατών"""),
("el", "b159-gl-kapnos-vagoni-grammi-3", "Panos M. <panos.m@example.gr>", "grammh 3", "technical", "high",
"""Kalhspera sas. Shmera stis 14:30 peripou sth grammh 3 pros Aerodromio,
sto teleutaio vagoni vgaine ligos kapnos apo katw apo ta ka8ismata kai
myrize kameno lastixo. Sto Xalandri katevhkame oloi kai to treno
synexise. Den xerw an to eidate, to grafw gia na to elegxete.
Panos M."""),
("el", "b159-mixanima-peiraias-den-dexetai-kartes", "Β. Ραφαηλίδης <v.rafailidis@example.gr>", "Μηχανημα εκδοσης Πειραια", "technical", "",
"""Το ενα απο τα δυο μηχανηματα εκδοσης εισιτηριων στην εισοδο του
σταθμου Πειραια, απο τη μερια του λιμανιου, δεν δεχεται τραπεζικες
καρτες εδω και μια εβδομαδα, βγαζει «Η συναλλαγη απορριφθηκε». Με
μετρητα δουλευει, και το διπλανο δουλευει κανονικα. Για να το ξερετε.
Β. Ραφαηλιδης"""),
("el", "b159-aitisi-kartas-fotografia-sfalma", "Λίνα Χατζή <lina.chatzi@example.gr>", "Αίτηση για προσωποποιημένη κάρτα", "technical", "",
"""Γεια σας, κάνω αίτηση για προσωποποιημένη κάρτα για τον γιο μου
(φοιτητής) και στο βήμα της φωτογραφίας η σελίδα γράφει «Μη αποδεκτός
τύπος αρχείου», ενώ είναι JPG 300 KB όπως ζητάτε. Δοκίμασα και PNG, σε
Chrome και Firefox. Τι κάνω λάθος;

Ευχαριστώ,
Λίνα Χατζή"""),
("el", "b159-gl-eisitirio-ploio-offline", "Markos G. <markos.g@example.gr>", "e-ticket", "technical", "",
"""Geia, to hlektroniko eisithrio gia to ploio Rafina-Andros den anoigei
sthn efarmogh otan den exw internet (leei "syndeste sto diadiktyo").
Sto limani ths Androu den epiane sxedon tipota kai paraligo na mhn me
afhsoun na mpw. Den ginetai na apo8hkeyetai sto kinhto?
Thx, Markos"""),
("el", "b159-xamena-gyalia-tram-fix", "Ευτυχία Λιάπη <eftychia.liapi@example.gr>", "Απολεσθέντα", "general", "",
"""Καλησπέρα σας, την Κυριακή το μεσημέρι ξέχασα τα γυαλιά μου, σε μια
καφέ θήκη, στο τραμ από Νέο Φάληρο προς Σύνταγμα. Κατέβηκα στη στάση
Φιξ. Μήπως τα παρέδωσε κανείς; Πού μπορώ να ρωτήσω;
Ευτυχία Λιάπη, 6932 111 222"""),
("el", "b159-gl-eyxaristo-odigo-040", "Vasilis R. <vasilis.r@example.gr>", "Eyxaristw", "general", "",
"""Kalhspera! 8elw na pw ena megalo eyxaristw ston odhgo tou 040 pou efyge
apo Peiraia stis 3:10 to prwi to Savvato. H kopela mou htan monh ths
kai enas typos thn enoxlouse sto lewforeio, o odhgos stamathse, ton
katevase kai meta perimene sth stash mexri na th dei na mpainei sto
spiti. Respect!! Na tou to metaferete.
Vasilis"""),
("el", "b159-agenis-elegktis-omonoia-proistamenos", "Κωνσταντίνα Ρήγα <k.riga@example.gr>", "Συμπεριφορά ελεγκτή στη γραμμή 2", "general", "high",
"""Κύριοι,

Την Τετάρτη στον σταθμό Ομόνοια ο πατέρας μου, 79 ετών, ελέγχθηκε από
ελεγκτή. Επειδή άργησε να βρει την κάρτα του, ο ελεγκτής του μίλησε με
φωνές μπροστά σε όλους, τον αποκάλεσε «τζαμπατζή» και τον έπιασε από το
μπράτσο. Η κάρτα του ήταν κανονικά επικυρωμένη. Ο πατέρας μου γύρισε
σπίτι τρέμοντας.

Ζητώ να μιλήσω με τον προϊστάμενο των ελεγκτών ή με κάποιον διευθυντή
και να μάθω τι μέτρα θα ληφθούν. Έχω τον αριθμό του ελεγκτή από το
καρτελάκι του.

Κωνσταντίνα Ρήγα"""),
("el", "b159-spasmenes-plakes-stasi-tram", "Σταύρος Νικολάου <stavros.nik@example.gr>", "Σπασμενες πλακες στη σταση", "general", "high",
"""Γεια σας,

στη σταση του τραμ Πικροδαφνη προς Βουλα λειπουν δυο-τρεις πλακες απο
την ακρη της αποβαθρας, ακριβως εκει που ανοιγουν οι πορτες, και εχει
μεινει μια τρυπα περιπου 10 ποντους. Χθες μια κυρια με καροτσακι
σκαλωσε και κοντεψε να πεσει. Το βραδυ δεν φαινεται καθολου. Καλο θα
ηταν να μπει κατι μεχρι να φτιαχτει.

Σταυρος Νικολαου"""),
("el", "b159-allagi-stoixeion-kartas", "Όλγα Σαρρή <olga.sarri@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, άλλαξα διεύθυνση και αριθμό κινητού. Νέα διεύθυνση: Αγίου
Δημητρίου 14, 17343 Άγιος Δημήτριος. Νέο κινητό: 6955 321 654.
Παρακαλώ ενημερώστε τα στοιχεία της προσωποποιημένης μου κάρτας
(αριθμός 0041 8830 1192).
Ευχαριστώ,
Όλγα Σαρρή"""),
("el", "b159-gl-wrario-grafeiou-kartwn", "Eleni M. <eleni.m88@example.gr>", "wrario", "general", "",
"""geia sas, to grafeio pou vgazei tis prosopopoihmenes kartes sto
Syntagma einai anoixto to Savvato? xreiazetai rantevou h phgainw
kateu8eian?"""),
("el", "b159-gdpr-istoriko-epikyroseon", "Άρης Θεοχάρης <aris.theocharis@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ ζητώ αντίγραφο όλων των προσωπικών
δεδομένων που τηρείτε για εμένα, μαζί με το ιστορικό επικυρώσεων της
προσωποποιημένης κάρτας μου από 1/1/2024 έως σήμερα, καθώς και
ενημέρωση για το πόσο καιρό τα διατηρείτε.

Αριθμός κάρτας: 0041 2277 9034

Με εκτίμηση,
Άρης Θεοχάρης"""),
("el", "b159-skylos-sto-metro", "Δέσποινα Φ. <despoina.f@example.gr>", "Σκυλος", "general", "",
"""Καλησπερα, μπορω να παρω τον σκυλο μου στο μετρο; Ειναι μεσαιου
μεγεθους (14 κιλα), με λουρι και φιμωτρο. Επιτρεπεται και τις ωρες
αιχμης;"""),
("el", "b159-sxoleio-episkepsi-amaxostasio-tram", "Μαρίνα Φραγκιαδάκη <m.fragkiadaki@example.sch.gr>", "Επίσκεψη σχολείου", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι εκπαιδευτικός στο 3ο Δημοτικό Σχολείο Παλαιού Φαλήρου. Στο
πλαίσιο προγράμματος κυκλοφοριακής αγωγής θα θέλαμε να επισκεφτούμε με
25 μαθητές της Ε΄ τάξης το αμαξοστάσιο του τραμ και, αν γίνεται, να
μας μιλήσει ένας οδηγός για την ασφάλεια κοντά στις γραμμές. Θα μας
εξυπηρετούσε κάποια Τετάρτη του Απριλίου.

Με εκτίμηση,
Μαρίνα Φραγκιαδάκη"""),
("el", "b159-gl-epeigon-synavlia-oaka", "Thanos K. <thanos.k@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON: to Savvato exei synavlia sto OAKA kai teleiwnei 12:30. 8a exei
metro meta h na kleisoume taxi? Pe8ainw apo thn agwnia lol. Eimaste 5
atoma, pame Peristeri."""),
("el", "b159-den-zitao-apozimiosi-porthmeio-715", "Μιχάλης Τζαννετάκης <m.tzannetakis@example.gr>", "Καθυστερήσεις στο πορθμείο", "general", "",
"""Καλημέρα. Να ξεκαθαρίσω από την αρχή ότι δεν ζητάω αποζημίωση ούτε
επιστροφή χρημάτων. Απλώς εδώ και δύο εβδομάδες το πορθμείο των 7:15
από το Πέραμα φεύγει με 15-20 λεπτά καθυστέρηση κάθε μέρα. Έχει αλλάξει
το πρόγραμμα; Αν ναι, πού μπορώ να δω το νέο;
Μιχάλης Τζαννετάκης"""),
("el", "b159-gl-podilato-sto-tram", "Rena T. <rena.t@example.gr>", "Geia sas", "general", "",
"""Geia sas, epitrepetai na mpw sto tram me podhlato to Savvatokyriako?
Kai an nai se poio vagoni? Thelw na paw Glyfada me thn korh mou.
Eyxaristw, Rena"""),
("el", "b159-eyxaristirio-kratiseis-amea", "Ρούλα Μπακάλη <roula.bakali@example.gr>", "Ευχαριστήριο", "general", "",
"""Καλησπέρα σας,

Θα ήθελα να ευχαριστήσω την κυρία Ευγενία από το τηλεφωνικό κέντρο
κρατήσεων για τη μεταφορά ΑμεΑ. Με βοήθησε με πολλή υπομονή να κλείσω
τα δρομολόγια της μητέρας μου για τις φυσικοθεραπείες όλου του μήνα και
με πήρε η ίδια τηλέφωνο να μου επιβεβαιώσει τις ώρες. Τέτοιοι άνθρωποι
κάνουν τη διαφορά.

Με εκτίμηση,
Ρούλα Μπακάλη"""),
# ---------------- Spanish ----------------
("es", "b159-recarga-abono-cobrada-dos-veces", "Lucía Ferrández <lucia.ferrandez@example.es>", "Cargo duplicado en la recarga del abono", "billing", "",
"""Buenas tardes:

El día 3 recargué el abono mensual de la zona B1 en la máquina de la
estación de Getafe Central y en el extracto del banco me aparecen dos
cargos de 63,70 €. En la tarjeta solo hay un abono cargado. El número
de la tarjeta es 001 0000 4827 3319.

Solicito la devolución del cargo duplicado.

Un saludo,
Lucía Ferrández"""),
("es", "b159-mx-recarga-100-no-aparece", "Jorge Hernández <jorge.hdz@example.com.mx>", "recarga", "billing", "",
"""Buenas tardes, el lunes recargue 100 pesos a mi tarjeta de movilidad
integrada en la maquina de la estacion Pantitlan, la maquina me dio el
ticket pero la tarjeta sigue con saldo de 4 pesos. Ya la pase por el
torniquete y por otra maquina y nada. Como le hago para que me regresen
mi dinero o me aparezca el saldo?
Saludos
Jorge Hernandez"""),
("es", "b159-ar-tarifa-social-no-aplicada", "Norma Giménez <norma.gimenez@example.com.ar>", "Tarifa social", "billing", "",
"""Hola, ¿qué tal? Tengo la tarifa social asociada a mi tarjeta desde hace
dos años (soy jubilada), pero desde el mes pasado en el colectivo me
cobran el boleto entero, $ 1.080 en vez del descuento. Me fijé en la
página y figura que sigo teniendo el beneficio. ¿Me pueden decir qué
pasa y si me devuelven lo que me cobraron de más?

Gracias,
Norma Giménez"""),
("es", "b159-padre-fallecio-abono-domiciliado", "Amparo Soler <amparo.soler@example.es>", "Abono de mi padre", "billing", "",
"""Buenos días:

Mi padre, Vicente Soler Martí, falleció el pasado 2 de noviembre. Tenía
domiciliado en su cuenta el abono mensual de metro y autobús para
mayores (19 € al mes). Les ruego que den de baja la domiciliación para
que no se le siga cobrando. Si necesitan el certificado de defunción,
díganme dónde enviarlo.

Atentamente,
Amparo Soler"""),
("es", "b159-congelar-abono-tobillo-roto", "Sergio Castaño <sergio.castano@example.es>", "Abono anual - ¿se puede congelar?", "billing", "",
"""Hola, me rompí el tobillo jugando al pádel y voy a estar de baja unos
tres meses sin ir a la oficina. Tengo el abono anual pagado a plazos
mensuales. ¿Se puede congelar durante ese tiempo y que me alarguen la
fecha de caducidad, o tengo que seguir pagando aunque no lo use?

Gracias,
Sergio"""),
("es", "b159-mx-pase-residente-ferry-doble-profeco", "Rosa María Canché <rosa.canche@example.com.mx>", "Cobro doble pase de residente", "billing", "high",
"""A quien corresponda:

Soy residente de Isla Mujeres y tengo el pase mensual de residente del
ferry desde Puerto Juárez. Este mes me cobraron dos veces la renovación
($ 640 MXN cada una) en mi tarjeta de débito, el 1 y el 2 de marzo. Fui
a la taquilla dos veces y me dijeron que eso lo arreglan en oficinas, y
ya van tres semanas.

Si no me reembolsan el cargo duplicado esta semana voy a presentar una
queja formal ante la PROFECO.

Atentamente,
Rosa María Canché"""),
("es", "b159-aparcamiento-disuasorio-contracargo", "Fernando Ibarra <fernando.ibarra@example.es>", "Aparcamiento disuasorio - cobro indebido", "billing", "high",
"""Buenos días:

Uso a diario el aparcamiento disuasorio de la estación de Montecarmelo,
que es gratuito para usuarios con el abono validado en el día. El día 11
validé mi abono a las 7:52 y al salir la barrera no reconoció la
validación, así que tuve que pagar 14,40 € para poder sacar el coche.
Reclamé en el formulario web el día 12 y no he recibido respuesta.

Si en diez días no me devuelven el importe, pediré a mi banco la
devolución del cargo y presentaré hoja de reclamaciones.

Fernando Ibarra Ruiz"""),
("es", "b159-cl-factura-cargas-trabajadores", "Camila Rojas <administracion@ferreterialosaromos.example.cl>", "Factura cargas tarjetas trabajadores", "billing", "",
"""Estimados:

Somos una pyme de Santiago y cargamos todos los meses las tarjetas de
transporte de nuestros 12 trabajadores (aprox. $ 480.000 CLP al mes) en
un punto de carga. Necesitamos factura electrónica a nombre de la
empresa para poder rebajarlo como gasto. ¿Es posible? ¿Qué datos les
tenemos que enviar?

Saludos cordiales,
Camila Rojas
Administración, Ferretería Los Aromos Ltda."""),
("es", "b159-re-devolucion-trimestral-omic", "Marta Ortega <marta.ortega@example.es>", "Re: Su solicitud de devolución n.º 2024-11873", "billing", "high",
"""Buenas,

Les vuelvo a escribir porque ya ha pasado más de un mes desde su
respuesta y el dinero no ha llegado. Si la semana que viene sigo igual,
pondré una reclamación en la OMIC de mi ayuntamiento y en Consumo.

Marta Ortega

El 14/10, Atención al Cliente escribió:
> Estimada Sra. Ortega:
> Le confirmamos que se ha aprobado la devolución de 54,60 €
> correspondientes a la parte no utilizada de su abono trimestral. El
> importe se abonará en su cuenta en un plazo de 15 días hábiles.
> Atentamente,
> Atención al Cliente"""),
("es", "b159-co-tres-descuentos-torniquete-supervisor", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Me descontaron tres pasajes - quiero hablar con un supervisor", "billing", "high",
"""Buenas tardes.

El viernes 8 en el Portal Norte pasé la tarjeta por el torniquete, no
giró, y al intentar de nuevo me descontó el pasaje tres veces ($ 2.950
cada uno). En la taquilla me dijeron que eso no se devuelve. Ya escribí
por la página dos veces y nadie responde.

Quiero que mi caso lo revise un supervisor y que me devuelvan los
$ 5.900 que me cobraron de más.

Atentamente,
Andrés Felipe Cárdenas"""),
("es", "b159-precio-bono-mayores-madre", "Raúl Peña <raul.pena@example.es>", "precio", "billing", "",
"""hola buenas, mi madre cumple 65 en enero, cuanto le costaria el bono
de mayores para el autobus urbano y el tranvia? y se puede pagar con
tarjeta en la oficina o solo en efectivo? gracias
Raul"""),
("es", "b159-mx-hijo-dejo-prepa-cargo-automatico", "Ma. Elena Treviño <elena.trevino@example.com.mx>", "Pase estudiantil de mi hijo", "billing", "",
"""Buen día.

Mi hijo dejó la prepa y se fue a trabajar a Monterrey con su tío, así
que ya no va a usar el pase mensual estudiantil del Tren Ligero que le
pago con cargo automático a mi tarjeta ($ 180 al mes). ¿Me pueden
quitar ese cargo a partir de este mes? El pase está a nombre de Diego
Treviño López.

Gracias,
Elena Treviño"""),
("es", "b159-abono-anual-plazos-bizum", "Itziar Etxeberria <itziar.etxeberria@example.eus>", "Forma de pago", "billing", "",
"""Kaixo, quería saber si el abono anual de metro se puede pagar en
varios plazos o tiene que ser de una vez (son casi 400 euros). Y si se
puede pagar con Bizum.

Eskerrik asko,
Itziar"""),
("es", "b159-no-es-cobro-app-qr-se-cierra", "Pablo Marín <pablo.marin@example.es>", "App", "technical", "",
"""Hola. Aclaro antes de nada que no es un problema de cobro, el pago se
hizo bien y me llegó el correo. El problema es que la app se cierra
cada vez que le doy a "Mostrar QR" en el billete de tranvía. iPhone 12,
versión 4.2.1, ya la he reinstalado. Así no hay manera de validar.
Pablo"""),
("es", "b159-mx-tarjeta-invalida-torniquete", "Guadalupe Ortiz <lupita.ortiz@example.com.mx>", "Tarjeta no funciona", "technical", "",
"""Hola buenas tardes, mi tarjeta no pasa en los torniquetes del metro
desde el miercoles, sale en rojo "tarjeta invalida". Tiene saldo, lo
revisé en la maquina. Es la tarjeta que me dieron en mi trabajo. Que
puedo hacer?
Guadalupe Ortiz"""),
("es", "b159-cuenta-bloqueada-email-no-existe", "Javier Moreno <javi.moreno@example.es>", "no puedo entrar", "technical", "",
"""Buenas, he intentado entrar en mi area de cliente y despues de tres
intentos me ha bloqueado la cuenta. Le doy a recuperar contraseña y
dice que el email no existe, pero es con el que me registre y me llegan
vuestros correos a esta direccion. Me podeis ayudar?
Javier Moreno"""),
("es", "b159-canceladora-tranvia-chispas", "Elena Gracia <elena.gracia@example.es>", "Canceladora parada Plaza España", "technical", "high",
"""Buenos días:

Les escribo solo para avisar. Esta mañana, hacia las 8:30, la
canceladora del andén dirección Mago de Oz en la parada de Plaza España
echaba chispas por la ranura al acercar la tarjeta y olía a quemado. El
cristal de la pantalla está roto y con la lluvia de ayer le habrá
entrado agua. No tengo prisa por la respuesta, pero convendría que
alguien lo revise.

Un saludo,
Elena Gracia"""),
("es", "b159-ar-olor-combustible-colectivo-nocturno", "Matías Ferreyra <matias.ferreyra@example.com.ar>", "Colectivo de madrugada", "technical", "high",
"""Buenas noches. Ayer a la madrugada (tipo 2:30) me tomé el 60 en Plaza
Italia y adentro había un olor muy fuerte a gasoil, se sentía en la
garganta. En la parte de atrás salía como un humito del piso, cerca del
motor. Le avisé al chofer, me dijo que ya lo sabían y siguió. Se los
cuento por las dudas, era el interno 147.
Saludos, Matías"""),
("es", "b159-tarjetas-empresa-titulo-caducado-almacen", "Jordi Puig <rrhh@logisticadeltasur.example.es>", "Tarjetas de empresa", "technical", "high",
"""Buenos días:

Hoy a las 6:00 el turno de mañana de nuestro almacén de la Zona Franca
no ha podido coger el bus lanzadera: a los 38 trabajadores que tienen la
tarjeta de empresa que contratamos con ustedes les salía "título
caducado" en la validadora, aunque el contrato está en vigor hasta
diciembre. La mayoría ha llegado con más de dos horas de retraso y
hemos tenido que parar dos muelles de carga con camiones esperando.

El turno de tarde entra a las 14:00. Necesitamos que alguien nos diga
qué pasa antes de esa hora. Teléfono: 93 555 21 40.

Jordi Puig
Jefe de Recursos Humanos, Logística Delta Sur, S.L."""),
("es", "b159-cl-transporte-adaptado-app-caida", "Paulina Muñoz <paulina.munoz@example.cl>", "No puedo reservar el transporte adaptado", "technical", "high",
"""Hola, buenas tardes.

Mi mamá usa silla de ruedas y tiene quimioterapia los martes y viernes
en el Hospital del Salvador. Siempre le reservo el furgón de transporte
adaptado por la aplicación, pero desde el sábado la app se queda
cargando y después sale "Error de conexión con el servidor". En la web
pasa lo mismo y el teléfono da ocupado todo el día. La próxima sesión
es el martes a las 9:00 y no tenemos otra forma de llevarla.

Por favor, que alguien me llame al +56 9 5555 1234.

Paulina Muñoz"""),
("es", "b159-mx-pantalla-anden-proximo-tren", "Iván Rosales <ivan.rosales@example.com.mx>", "pantallas", "technical", "",
"""Las pantallas del anden de la estacion Tasqueña del tren ligero tienen
como dos semanas marcando "próximo tren 1 min" todo el tiempo aunque el
tren tarde 15. No es grave pero la gente se confunde. Ojala lo puedan
arreglar.
Saludos, Iván"""),
("es", "b159-tarjeta-mayores-luz-roja", "Antonio Gálvez <antonio.galvez@example.es>", "Mi tarjeta de jubilado", "technical", "",
"""Muy señores míos:

Desde hace unos días la tarjeta de mayores que uso para el autobús
urbano no funciona: la acerco a la máquina, pita y sale una luz roja.
El conductor me deja subir, pero no quiero tener problemas. La tarjeta
está bien de fecha. ¿Qué tengo que hacer? ¿Hay que ir a alguna oficina?

Atentamente,
Antonio Gálvez Ruiz (78 años)"""),
("es", "b159-co-re-app-saldo-no-disponible", "Daniela Ospina <daniela.ospina@example.com.co>", "Re: Caso 77810 - saldo en la app", "technical", "",
"""Buen día, ya hice lo que me dijeron: cerré sesión, actualicé y volví a
vincular la tarjeta, y la app sigue mostrando "Saldo no disponible"
desde hace una semana. La tarjeta funciona bien en los torniquetes, el
problema es sólo la app.

Gracias,
Daniela Ospina

-----Mensaje original-----
De: Soporte Usuarios
Asunto: Caso 77810 - saldo en la app

Cordial saludo, le sugerimos cerrar sesión, actualizar la aplicación a
la última versión y vincular nuevamente su tarjeta. Quedamos atentos."""),
("es", "b159-billete-barco-denia-pagina-blanco", "Nerea Sanchis <nerea.sanchis@example.es>", "Billete de barco", "technical", "",
"""hola, compré en vuestra web la ida y vuelta Dénia-Ibiza para el puente
y al darle a descargar billete sale una página en blanco. Lo he
intentado desde el portátil y desde el móvil. El pago está bien, me
llegó el correo de confirmación pero sin el billete adjunto. ¿Cómo lo
consigo?
Nerea"""),
("es", "b159-ascensor-puerta-del-sur-averiado", "Cristina Navarro <cristina.navarro@example.es>", "Ascensor de la estación", "technical", "",
"""Buenas tardes:

El ascensor de la estación de metro de Puerta del Sur que baja al andén
de la línea 10 lleva averiado tres semanas. Voy todos los días con el
carrito de mi hija y tengo que pedir ayuda para bajar las escaleras.
¿Para cuándo está prevista la reparación?

Gracias,
Cristina Navarro"""),
("es", "b159-pe-consulta-saldo-no-carga-celular", "Luis Quispe <luis.quispe@example.pe>", "pagina web", "technical", "",
"""Buenas, la página para consultar el saldo de la tarjeta no carga en el
celular, se queda en blanco después de poner el número de tarjeta. En
la computadora de mi trabajo sí funciona. Tengo un Motorola con Chrome.
Gracias.
Luis Quispe, Lima"""),
("es", "b159-mx-pregunta-vincular-tarjeta-app", "Fernanda Ríos <fer.rios@example.com.mx>", "Pregunta", "technical", "",
"""¿Como vinculo mi tarjeta a la app? Pongo los 16 numeros de atras y me
sale "tarjeta no valida" cada vez. La tarjeta si funciona en el
metrobus.
Fernanda"""),
("es", "b159-mochila-portatil-buho-n16", "Alba Redondo <alba.redondo@example.es>", "Objetos perdidos - búho N16", "general", "",
"""Hola:

La madrugada del sábado al domingo me dejé una mochila negra con un
portátil dentro en el búho N16, en los asientos de atrás. Me bajé en
Moncloa sobre las 3:20. Lleva colgando un llavero de un pulpo. ¿Alguien
la ha entregado? ¿Dónde tengo que ir a recogerla?

Gracias,
Alba Redondo"""),
("es", "b159-ar-felicitacion-chofer-152", "Verónica Paz <veronica.paz@example.com.ar>", "Felicitaciones", "general", "",
"""Buenas tardes. Quería felicitar al chofer del interno 32 de la línea
152 que el martes a la mañana esperó a que mi hijo, que tiene autismo,
se calmara para bajar, con una paciencia enorme, y hasta le dejó tocar
el timbre. Mi hijo no para de hablar del señor del colectivo. Ojalá le
llegue el mensaje.
Saludos, Verónica"""),
("es", "b159-mx-operador-acoso-gerente", "Karla Sánchez <karla.sanchez@example.com.mx>", "Queja contra operador de la unidad 0417", "general", "high",
"""Buenas tardes.

El jueves 14 en la noche el operador de la unidad 0417 me estuvo
haciendo comentarios sobre mi cuerpo todo el trayecto y cuando me bajé
me siguió gritando cosas por la ventana. Iba sola. No es la primera vez
que me pasa con él.

Exijo hablar con el gerente o con alguien de la dirección, no con el
módulo de atención, y quiero saber qué van a hacer. Si no me responden
esta semana voy a ir al Ministerio Público.

Karla Sánchez"""),
("es", "b159-escalon-roto-parada-tram-alicante", "José Manuel Pastor <jm.pastor@example.es>", "Escalón roto", "general", "high",
"""Buenos días:

En la parada del TRAM de MARQ-Castillo el escalón de la rampa de acceso
al andén está roto, falta un trozo del borde y queda un hueco con los
hierros al aire. Ayer vi a un señor mayor tropezar y no se cayó de
milagro. Por la noche, con la poca luz que hay, no se ve. Deberían
señalizarlo cuanto antes.

Un saludo,
José Manuel Pastor"""),
("es", "b159-actualizar-domicilio-telefono", "Rocío Benítez <rocio.benitez@example.es>", "Actualizar datos", "general", "",
"""Hola, me he cambiado de domicilio y también de teléfono. ¿Puedo
actualizarlo en vuestra web o tengo que ir a una oficina con la
tarjeta? Nuevo domicilio: C/ Albareda 22, 3.º B, 41001 Sevilla.
Teléfono: 655 123 987.

Gracias,
Rocío Benítez"""),
("es", "b159-rgpd-historial-validaciones", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Al amparo del artículo 15 del RGPD, solicito copia de todos los datos
personales que tratan sobre mí, incluido el historial de validaciones
asociado a mi tarjeta personal de transporte n.º 2200 1187 4409 durante
los últimos doce meses, así como la finalidad y el plazo de
conservación de esos datos.

Adjunto copia de mi DNI.

Atentamente,
Íñigo Larrañaga"""),
("es", "b159-cl-horario-oficina-baquedano", "Patricio Soto <patricio.soto@example.cl>", "horario de atención", "general", "",
"""Hola, ¿a qué hora abre la oficina de atención de la estación Baquedano
los sábados? Necesito sacar la tarjeta de adulto mayor para mi papá.
Gracias."""),
("es", "b159-urgente-labrador-metro", "Marcos Gil <marcos.gil@example.es>", "URGENTE", "general", "",
"""URGENTE!! mañana vamos con el perro al veterinario en metro, es un
labrador, se puede? con bozal? o solo dejan perros pequeños en
transportin? gracias
Marcos"""),
("es", "b159-mx-patrocinio-carrera-5k", "Arturo Méndez <eventos@pasosfirmes.example.org.mx>", "Solicitud de patrocinio", "general", "",
"""Estimados señores:

La Fundación Pasos Firmes A.C. organiza su 5.ª carrera de 5 km a
beneficio de niños con discapacidad el domingo 9 de junio en
Iztapalapa. Nos gustaría saber si su organismo podría apoyarnos como
patrocinador, por ejemplo con difusión en las pantallas del Cablebús o
con traslado para los voluntarios.

Quedo a sus órdenes para enviarles la carpeta del evento.

Lic. Arturo Méndez
Coordinador de Eventos"""),
("es", "b159-bicis-barco-formentera", "Laia Ferrer <laia.ferrer@example.es>", "Bicis en el barco", "general", "",
"""Hola! Vamos en agosto de Ibiza a Formentera a pasar el día. ¿Podemos
subir las bicis al barco? ¿Hay que reservar sitio para ellas?"""),
("es", "b159-no-pido-devolucion-frecuencia-buhos", "Adrián Vidal <adrian.vidal@example.es>", "Sugerencia", "general", "",
"""Buenas noches. No pido ninguna devolución ni nada, que quede claro.
Solo quería preguntar si está previsto aumentar la frecuencia de los
búhos los sábados, porque el N26 a las 4 de la mañana va hasta arriba y
hay gente que se queda en la parada esperando 40 minutos. ¿Dónde se
pueden hacer sugerencias de este tipo?

Un saludo,
Adrián Vidal"""),
("es", "b159-uy-hola-transporte-accesible-clinicas", "Graciela Pereira <graciela.pereira@example.com.uy>", "Hola", "general", "",
"""Hola, buen día. ¿Con cuántos días de anticipación hay que pedir el
servicio de transporte accesible para ir al Hospital de Clínicas? Mi
esposo anda en silla de ruedas desde la operación y nunca lo usamos.
¿Se pide por teléfono o por la web?

Muchas gracias,
Graciela Pereira, Montevideo"""),
("es", "b159-fallas-crema-metro-noche", "Sonia Llopis <sonia.llopis@example.es>", "Fallas", "general", "",
"""Hola! La noche de la Cremà, ¿el metro funciona toda la noche o hay
servicio especial? Vamos desde Torrent con los críos y no queremos
quedarnos tirados. ¡Gracias!
Sonia"""),
# ---------------- Polish ----------------
("pl", "b159-podwojne-pobranie-bilet-aplikacja", "Agnieszka Kowalczyk <agnieszka.kowalczyk@example.pl>", "Podwójne pobranie", "billing", "",
"""Dzień dobry,

wczoraj kupiłam w aplikacji bilet 75-minutowy za 4,40 zł, a z konta
zeszły dwie płatności po 4,40 zł w odstępie kilku sekund. W aplikacji
widzę tylko jeden bilet. Proszę o zwrot drugiej kwoty.

Pozdrawiam
Agnieszka Kowalczyk"""),
("pl", "b159-doladowanie-karty-brak-biletu", "Pawel Nowicki <pawel.nowicki@example.pl>", "doladowanie", "billing", "",
"""Dzien dobry, w sobote doladowalem karte miejska przez strone biletem
30-dniowym za 110 zl, pieniadze zeszly z konta, a kasownik w tramwaju
pokazuje brak biletu na karcie. Co mam zrobic? Jezdze codziennie do
pracy.
Pawel Nowicki"""),
("pl", "b159-babcia-odeszla-bilet-odnawiany", "Marta Szymańska <marta.szymanska@example.pl>", "Bilet babci", "billing", "",
"""Dzień dobry,

moja babcia, Halina Szymańska, odeszła w zeszłym tygodniu. Miała bilet
miesięczny seniora odnawiany automatycznie z jej karty płatniczej
(numer karty miejskiej 4401 2281). Proszę o zatrzymanie odnawiania,
żeby nie były pobierane kolejne opłaty. Jeśli potrzebny jest akt
zgonu, prześlę skan.

Z poważaniem,
Marta Szymańska"""),
("pl", "b159-zawieszenie-biletu-macierzynski", "Karolina Dudek <karolina.dudek@example.pl>", "Zawieszenie biletu", "billing", "",
"""Dzień dobry, od przyszłego miesiąca idę na urlop macierzyński (na
rok). Mam bilet kwartalny na wszystkie linie, opłacany zleceniem
stałym. Czy mogę go zawiesić na ten czas, a potem wznowić, czy muszę
zrezygnować i później kupić nowy?
Pozdrawiam, Karolina Dudek"""),
("pl", "b159-faktura-vat-bilety-biuro", "Iwona Maciejewska <biuro@tabelka.example.pl>", "Faktura VAT", "billing", "",
"""Szanowni Państwo,

prosimy o wystawienie faktury VAT za 6 biletów miesięcznych kupionych
2 października w punkcie przy Dworcu Zachodnim (łącznie 756 zł). Dane:
Biuro Rachunkowe Tabelka Sp. z o.o., ul. Głogowska 41, 60-736 Poznań,
NIP 777-000-12-34. Zdjęcie paragonu w załączniku.

Z poważaniem,
Iwona Maciejewska"""),
("pl", "b159-karnet-prom-janowiec-chargeback", "Tomasz Zając <tomasz.zajac@example.pl>", "Karnet na prom - trzy obciążenia", "billing", "high",
"""Dzień dobry,

w maju kupiłem przez Państwa stronę karnet sezonowy na przeprawę
promową Kazimierz Dolny - Janowiec dla samochodu osobowego (250 zł). Z
karty kredytowej zeszły trzy obciążenia po 250 zł, a karnet dostałem
jeden. Piszę już trzeci raz, w odpowiedzi przychodzi tylko automat.

Jeśli do końca tygodnia nie dostanę zwrotu 500 zł, składam w banku
reklamację transakcji (chargeback).

Tomasz Zając"""),
("pl", "b159-pr-mlociny-oplata-rzecznik", "Krzysztof Wawrzyniak <k.wawrzyniak@example.pl>", "Opłata za parking P+R Młociny", "billing", "high",
"""Szanowni Państwo,

korzystam z parkingu P+R Młociny, który przy ważnym bilecie
długookresowym jest bezpłatny. 15 i 16 kwietnia przy wyjeździe system
nie rozpoznał mojej karty i naliczył opłatę 2 x 50 zł, którą musiałem
zapłacić, żeby wyjechać. Bilet był ważny, mam potwierdzenie.

Reklamację złożyłem 17 kwietnia i po 30 dniach nadal nie ma odpowiedzi.
Jeżeli nie otrzymam zwrotu 100 zł w ciągu 14 dni, przekażę sprawę
miejskiemu rzecznikowi konsumentów.

Krzysztof Wawrzyniak"""),
("pl", "b159-oplata-dodatkowa-kierownik-kontroli", "Rafal Krawczyk <rafal.krawczyk@example.pl>", "Wezwanie do zaplaty nr 2024/11/8812", "billing", "high",
"""Dzien dobry,

6 listopada w tramwaju linii 10 kontroler wystawil mi oplate dodatkowa
280 zl za brak waznego biletu, chociaz mialem bilet 60-minutowy w
aplikacji (mam zrzut ekranu z godzina zakupu). Kontroler twierdzil, ze
kupilem go po wejsciu kontroli, co jest nieprawda - kupilem go na
przystanku. Odwolanie odrzucono standardowym pismem.

Nie zaplace tej kwoty. Zadam, zeby sprawe rozpatrzyl kierownik dzialu
kontroli biletow, a nie kolejny konsultant.

Rafal Krawczyk"""),
("pl", "b159-re-zwrot-bilet-90-dniowy", "Ewa Michalska <ewa.michalska@example.pl>", "Re: Zwrot za niewykorzystany bilet - sprawa 5521/24", "billing", "",
"""Dzień dobry,

minęło już ponad 6 tygodni od Państwa odpowiedzi, a pieniądze nie
wpłynęły. Proszę o sprawdzenie.

Ewa Michalska

W dniu 12.09 Biuro Obsługi Pasażera napisał(a):
> Szanowna Pani,
> informujemy, że Pani wniosek o zwrot za niewykorzystaną część biletu
> 90-dniowego został rozpatrzony pozytywnie. Kwota 118,00 zł zostanie
> przekazana na wskazany rachunek w ciągu 14 dni.
> Z poważaniem
> BOP"""),
("pl", "b159-pytanie-ulga-senior-70-trolejbusy", "Grażyna Lis <grazyna.lis@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mój tata skończył 70 lat. Czy w trolejbusach w Gdyni
jeździ już za darmo, czy musi mieć jakąś kartę? A ja mam 66 - czy
przysługuje mi zniżka na bilet miesięczny i ile on wtedy kosztuje?
Grażyna Lis"""),
("pl", "b159-bilet-roczny-raty-blik", "Kuba Sowa <kuba.sowa@example.pl>", "bilet roczny", "billing", "",
"""Dzien dobry, czy bilet roczny (prawie 900 zl) mozna kupic na raty albo
zaplacic w 2-3 czesciach? I czy da sie zaplacic BLIKiem?
Pozdrawiam, Kuba"""),
("pl", "b159-praca-zdalna-platnosc-cykliczna", "Łukasz Górski <lukasz.gorski@example.pl>", "Płatność cykliczna", "billing", "",
"""Dzień dobry,

od stycznia firma przeniosła mnie na stałe na pracę zdalną, więc bilet
miesięczny kupowany automatycznie w aplikacji (płatność cykliczna 110
zł) nie jest mi już potrzebny. Jak wyłączyć tę płatność? W aplikacji
nie mogę tego znaleźć, a nie chcę, żeby 1-go znowu pobrało.

Łukasz Górski"""),
("pl", "b159-rezygnacja-ze-studiow-zwrot-semestralny", "Julia Pawlak <julia.pawlak@example.pl>", "Bilet semestralny - zwrot", "billing", "",
"""Dzień dobry, w październiku kupiłam bilet semestralny studencki (ważny
do końca lutego), ale w listopadzie zrezygnowałam ze studiów i wracam
do rodziców do Koszalina. Czy mogę dostać zwrot za niewykorzystane
miesiące? Jeśli tak, to co trzeba złożyć?

Julia Pawlak"""),
("pl", "b159-nie-platnosc-aplikacja-zawiesza", "Michał Zalewski <michal.zalewski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, od razu piszę, że nie chodzi o płatność - bilet jest
opłacony i mam potwierdzenie. Problem w tym, że aplikacja zawiesza się
na ekranie "Ładowanie biletów" i po minucie się wyłącza. Tak jest od
aktualizacji w poniedziałek. Xiaomi Redmi Note 12, reinstalacja nie
pomogła.
Michał"""),
("pl", "b159-karta-miejska-blad-odczytu", "Natalia Wojcik <natalia.wojcik@example.pl>", "karta miejska", "technical", "",
"""Dzien dobry, moja karta miejska od kilku dni nie jest odczytywana przez
kasowniki w tramwajach (swieci sie na czerwono "blad odczytu"), w
autobusach czasem dziala. Bilet mam wazny do konca miesiaca. Karta nie
jest zlamana. Co zrobic?
Natalia Wojcik"""),
("pl", "b159-reset-hasla-link-wygasl", "Bartosz Lewandowski <bartosz.lewandowski@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, próbuję zresetować hasło do konta w portalu pasażera.
Link z maila za każdym razem pokazuje "Link wygasł", nawet jeśli kliknę
od razu po otrzymaniu. Próbowałem w trzech przeglądarkach.
Bartosz Lewandowski"""),
("pl", "b159-biletomat-iskrzy-rondo-mogilskie", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Biletomat na przystanku Rondo Mogilskie", "technical", "high",
"""Dzień dobry,

chciałem tylko zgłosić, że biletomat na przystanku Rondo Mogilskie (w
stronę Ronda Czyżyńskiego) iskrzy przy czytniku kart - dziś ok. 7:40
przy zbliżeniu karty strzeliła iskra i poczułem swąd spalenizny.
Obudowa z boku jest wgnieciona i się nie domyka, widać kable. Kupiłem
bilet w aplikacji, ale ktoś inny może dostać porażenia.

Pozdrawiam,
Łukasz Pietrzak"""),
("pl", "b159-nocny-n62-dym-spalony-plastik", "Szymon Wieczorek <szymon.w@example.pl>", "N62 w nocy z piątku na sobotę", "technical", "high",
"""Dobry wieczór, w nocy z piątku na sobotę (ok. 2:10, N62 od Dworca
Centralnego) z tyłu autobusu, przy komorze silnika, zaczął lecieć dym
do środka i śmierdziało spalonym plastikiem. Kierowca otworzył drzwi na
przystanku i powiedział, że to normalne przy tym modelu. Dojechaliśmy,
ale nie wyglądało to normalnie. Numer boczny chyba 1843.
Szymon"""),
("pl", "b159-wtz-system-przewozow-blad-503", "Anna Zawadzka <wtz.lipowa@example.org.pl>", "Przewozy na WTZ", "technical", "high",
"""Dzień dobry,

piszę z Warsztatów Terapii Zajęciowej przy ul. Lipowej. Od wtorku
system rezerwacji przewozów dla osób z niepełnosprawnościami nie
przyjmuje zgłoszeń - po zalogowaniu pojawia się komunikat "Błąd
serwera 503". Przewozy zamówione wcześniej też zniknęły z systemu: dziś
rano nie przyjechał żaden bus i 27 naszych uczestników, w tym osoby na
wózkach, zostało w domach, a część rodziców musiała zwolnić się z
pracy.

Proszę o pilny kontakt: 85 555 41 20.

Anna Zawadzka
Kierownik WTZ"""),
("pl", "b159-portal-firmowy-bilety-zmiana-nocna", "Marek Sobczak <administracja@polbox.example.pl>", "Bilety pracownicze", "technical", "high",
"""Dzień dobry,

nasza firma kupuje bilety miesięczne dla pracowników przez Państwa
portal dla firm. Od wczoraj po 16:00 portal nie generuje biletów -
zamówienie przechodzi, ale pracownicy nie dostają kodów do aplikacji.
W nocy 120 osób z nocnej zmiany nie miało ważnego biletu, część
wysiadła z autobusów przy kontroli i nie dojechała do pracy, linia
pakowania stała 3 godziny.

Dziś o 22:00 zaczyna się kolejna zmiana. Prosimy o pilne sprawdzenie.

Marek Sobczak
Kierownik Administracji, PolBox Sp. z o.o."""),
("pl", "b159-tablica-przystanek-stare-odjazdy", "Artur Nowak <artur.nowak77@example.pl>", "tablica na przystanku", "technical", "",
"""Tablica elektroniczna na przystanku Plac Grunwaldzki od tygodnia
pokazuje odjazdy z zeszlego roku (linie ktorych juz nie ma) albo same
kreski. W aplikacji rozklad jest dobry. Moze ktos to zrestartowac?"""),
("pl", "b159-legitymacja-emeryta-aplikacja-brak-dokumentu", "Teresa Grabowska <teresa.grabowska@example.pl>", "legitymacja w aplikacji", "technical", "",
"""Dzień dobry, jestem emerytką i przysługuje mi ulga. Wnuczka
zainstalowała mi aplikację i dodała legitymację emeryta, ale przy
bilecie ciągle pisze "Brak dokumentu uprawniającego do ulgi -
zweryfikuj dane". Wpisywałyśmy numer legitymacji kilka razy. Nie wiem,
co robię źle.

Z poważaniem
Teresa Grabowska"""),
("pl", "b159-re-zgloszenie-bilet-nie-widac", "Grzegorz Kaczmarek <g.kaczmarek@example.pl>", "Re: Zgłoszenie nr 30412", "technical", "",
"""Niestety dalej to samo. Wylogowałem się, zalogowałem, wyczyściłem dane
aplikacji - bilet kupiony 3 dni temu nie pokazuje się w zakładce "Moje
bilety", a w historii płatności jest. Nie chcę zwrotu, chcę po prostu
mieć ten bilet w telefonie.

Grzegorz Kaczmarek

> Dzień dobry, prosimy o wylogowanie się z aplikacji i ponowne
> zalogowanie. Jeżeli problem się powtórzy, prosimy o kontakt.
> Zespół Obsługi Klienta"""),
("pl", "b159-drzwi-tramwaju-przytrzasnely-syna", "Joanna Kubiak <joanna.kubiak@example.pl>", "Drzwi w tramwaju linii 8", "technical", "high",
"""Dzień dobry,

w środę ok. 15:30 na przystanku Rynek w tramwaju linii 8 (nr taborowy
2317) drzwi przytrzasnęły mojego 6-letniego syna w połowie wejścia i
nie otworzyły się z powrotem, choć czujnik powinien zadziałać.
Wyciągnęłam go z pomocą innych pasażerów. Synowi nic poważnego się nie
stało, ma siniaka na ramieniu. Proszę sprawdzić te drzwi, bo następnym
razem może się skończyć gorzej.

Joanna Kubiak"""),
("pl", "b159-pytanko-nowy-telefon-bilet-semestralny", "Ola Kwiecień <ola.kwiecien@example.pl>", "pytanko", "technical", "",
"""hej, zmienilam telefon i po zalogowaniu na nowym nie ma mojego biletu
semestralnego, a na starym pisze ze bilet zostal przeniesiony na inne
urzadzenie. Stary telefon juz sprzedalam. Jak odzyskac bilet na
nowym?
Ola"""),
("pl", "b159-wniosek-karta-zdjecie-odrzucane", "Beata Adamczyk <beata.adamczyk@example.pl>", "Wniosek o kartę", "technical", "",
"""Dzień dobry, wypełniam wniosek o spersonalizowaną kartę miejską dla
córki i przy dodawaniu zdjęcia strona cały czas wyświetla "Zdjęcie nie
spełnia wymagań", choć jest zrobione u fotografa, 35x45, plik JPG.
Próbowałam też innego pliku. Czy na stronie jest jakiś błąd?
Beata Adamczyk"""),
("pl", "b159-tramwaj-wodny-hel-qr-bramka", "Wojciech Mazur <wojciech.mazur@example.pl>", "Tramwaj wodny Gdańsk - Hel", "technical", "",
"""Dzień dobry, w sobotę na nabrzeżu przy Zielonej Bramie bramka nie
chciała zeskanować kodu QR z mojego e-biletu na tramwaj wodny do Helu
(jasność ekranu na maksimum, kod cały). Obsługa w końcu przepuściła
mnie ręcznie, ale mam bilet powrotny na niedzielę i nie wiem, czy
znowu będzie problem.
Wojciech Mazur"""),
("pl", "b159-zgubiony-telefon-linia-4", "Dawid Kwiatkowski <dawid.kwiatkowski@example.pl>", "Zgubiony telefon", "general", "",
"""Dzień dobry, wczoraj wieczorem zostawiłem telefon (czarny iPhone w
zielonym etui) w tramwaju linii 4 w stronę Bronowic, wysiadłem przy
Teatrze Bagatela ok. 21:15. Czy ktoś go oddał? Gdzie jest biuro rzeczy
znalezionych?
Dawid Kwiatkowski (proszę o kontakt na ten adres)"""),
("pl", "b159-podziekowanie-motorniczej-17", "Elżbieta Malinowska <elzbieta.malinowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym serdecznie podziękować pani motorniczej z linii 17, która 3
marca około 8:00 zauważyła, że mój starszy tata zasłabł na przystanku
przy Placu Wolności, zatrzymała tramwaj, wezwała pogotowie i została z
nim do przyjazdu karetki. Tata czuje się już dobrze. Proszę przekazać
jej nasze ogromne podziękowania.

Z wyrazami szacunku,
Elżbieta Malinowska"""),
("pl", "b159-skarga-kierowca-149-przelozony", "Monika Baran <monika.baran@example.pl>", "Skarga na kierowcę linii 149", "general", "high",
"""Dzień dobry,

dziś o 7:05 kierowca autobusu linii 149 nie poczekał, aż moja
80-letnia mama usiądzie, a kiedy zwróciłam mu uwagę, kazał nam
"wysiąść, jak się nie podoba" i nazwał mamę babcią, która blokuje
ruch. Mama ma endoprotezę kolana.

To nie pierwsza taka sytuacja na tej linii. Żądam kontaktu z
przełożonym tego kierowcy i informacji, jakie wyciągnięto konsekwencje.

Monika Baran"""),
("pl", "b159-pr-polczynska-schody-porecz", "Adam Sikora <adam.sikora@example.pl>", "Schody na P+R", "general", "high",
"""Dzien dobry, na parkingu P+R Polczynska na klatce schodowej miedzy
poziomem -1 a parterem brakuje kawalka poreczy (wystaja sruby), a jeden
stopien jest pekniety i sie rusza. Rano jest tam ciemno, a ludzie
schodza z walizkami. Widzialem wczoraj, jak starsza pani sie
potknela. Prosze to zabezpieczyc, zanim ktos spadnie.
Adam Sikora"""),
("pl", "b159-zmiana-nazwiska-karta-miejska", "Kinga Jabłońska <kinga.jablonska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Wieczorek na Jabłońska.
Czy muszę wyrabiać nową kartę miejską, czy wystarczy zmienić dane w
systemie? Bilet długookresowy mam ważny do czerwca.
Pozdrawiam
Kinga Jabłońska"""),
("pl", "b159-rodo-historia-odczytow-karty", "Piotr Jasiński <piotr.jasinski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o udostępnienie kopii moich danych
osobowych przetwarzanych w związku z kartą miejską nr 9128 3371 0045,
w tym historii odczytów karty z ostatniego roku, oraz informacji o
okresie ich przechowywania.

Z poważaniem,
Piotr Jasiński"""),
("pl", "b159-godziny-pop-lodz-fabryczna", "Renata Olszewska <renata.olszewska@example.pl>", "godziny otwarcia", "general", "",
"""dzien dobry, w jakich godzinach czynny jest punkt obslugi pasazera na
dworcu Lodz Fabryczna w sobote? musze odebrac karte dla syna"""),
("pl", "b159-rowery-tramwaj-wodny-sobieszewo", "Filip Górecki <filip.gorecki@example.pl>", "Rower", "general", "",
"""Dzień dobry, czy na tramwaj wodny z Gdańska do Sobieszewa można wziąć
rowery? Będziemy we trójkę, w sierpniu."""),
("pl", "b159-festyn-zabytkowy-tramwaj", "Henryk Dąbrowski <rada.nowydwor@example.pl>", "Festyn osiedlowy - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Rada Osiedla Nowy Dwór organizuje 14 czerwca festyn rodzinny z okazji
Dnia Dziecka. Chcielibyśmy zapytać, czy byłby możliwy przyjazd
zabytkowego tramwaju na pętlę obok festynu albo wsparcie w formie
drobnych nagród do konkursów dla dzieci.

Z poważaniem,
Henryk Dąbrowski
Przewodniczący Rady Osiedla"""),
("pl", "b159-pilne-sylwester-nocne-ursynow", "Igor Pawłowski <igor.pawlowski@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Czy w Sylwestra po koncercie na placu będą jeździć dodatkowe
nocne autobusy na Ursynów? Bo jak nie, to umrę tam z zimna czekając na
N37 :D Pozdro, Igor"""),
("pl", "b159-nie-chce-zwrotu-rozklad-52", "Maciej Zieliński <maciej.zielinski@example.pl>", "Rozkład linii 52", "general", "",
"""Dzień dobry. Nie chcę żadnego zwrotu ani rekompensaty, chcę tylko
zapytać, czemu od poniedziałku linia 52 w dni robocze jeździ co 20
minut zamiast co 10. Czy to zmiana na stałe, czy tylko na czas
remontu? Nigdzie nie znalazłem informacji.
Maciej Zieliński"""),
("pl", "b159-dzien-dobry-przewoz-wozek-szpital", "Barbara Wróbel <barbara.wrobel@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry,

mój mąż od niedawna porusza się na wózku. Jak zamówić przewóz dla osób
niepełnosprawnych na wizytę w szpitalu i ile dni wcześniej trzeba to
zrobić? Czy może z nami jechać opiekun?

Barbara Wróbel"""),
("pl", "b159-pochwala-kierowca-busa-rehabilitacja", "Stanislaw Kaminski <stanislaw.kaminski@example.pl>", "Pochwala dla kierowcy", "general", "",
"""Dzien dobry, chcialem pochwalic pana Zbigniewa, kierowce busa
przewozow dla niepelnosprawnych, ktory od pol roku wozi moja corke na
rehabilitacje. Zawsze punktualny, pomaga przy wozku, pilnuje, zeby
corka byla dobrze zapieta. Takich ludzi trzeba doceniac.
Stanislaw Kaminski"""),
]
