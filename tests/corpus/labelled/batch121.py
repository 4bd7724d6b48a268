# batch121.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Businesses this time are mostly hire firms -- TV and appliance rental,
# tool hire, van hire, carpet cleaner rental, scaffolding, skips, portable
# toilets and marquees.  The usual failure classes in new situations:
# escalation demands and legal threats / chargebacks that keep their
# topic, negations, subjects that say nothing or something else, replies
# quoting an earlier mail, rentals ended or paused in unusual wording,
# business outages told only by their consequences, safety hazards told
# calmly (product and premises), alarming words used harmlessly, praise,
# payment questions -- and everyday mail of all three queues.  40 mails
# each in English, Greek (about a third Greeklish), Spanish and Polish,
# written separately, not translated.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b121-skip-permit-charged-twice", "Derek Holloway <derek.holloway@example.co.uk>", "Skip invoice SK-20417", "billing", "",
"""Hi,

We had an 8-yard skip from you on Elm Grove last week. The invoice shows
the council permit fee of £45.00 twice, once as "permit" and once as
"highway licence". As far as I know that's the same thing and we only
had the one skip on the road.

Can you take one of them off and refund it to the card please?

Derek Holloway"""),
("en", "b121-tv-rental-mum-care-home", "Janet Pryce <janet.pryce@example.com>", "Mum's television", "billing", "",
"""Hello,

My mother, Mrs Edna Pryce, has rented a television from you for years
(account 33019, 4 Chapel Row, Abergavenny). She moved into Ty Gwyn care
home on Monday and they have a set in every room, so she won't be
needing hers any more.

Could you tell me what I need to do to bring the rental to an end and
stop the monthly payment? I can be at the house any weekday to let
someone collect the set. I have power of attorney if you need it.

Thank you,
Janet Pryce (daughter)"""),
("en", "b121-van-deposit-small-claims", "Kieran Walsh <kieran.walsh@example.co.uk>", "Deposit - final request", "billing", "high",
"""I hired a Transit from your Luton depot on 2-4 May (booking VH-88127).
You have kept £250 of my £300 deposit for a scratch on the nearside rear
door. That scratch is clearly marked on the check-out sheet your own
member of staff filled in and I signed, and I have photos of it taken in
your yard before I drove off, with the time stamp.

I've sent both to your damage team twice and had the same copy-and-paste
reply. If the £250 isn't back on my card within 14 days I will file a
claim in the small claims court without any further notice, and I'll be
claiming the court fee as well.

Kieran Walsh"""),
("en", "b121-carpet-cleaner-extra-day", "Sue Marchant <sue.marchant@example.com>", "carpet cleaner", "billing", "",
"""hi, I brought the carpet cleaner back at 9.05 this morning, the shop
opened at 9 and I was waiting outside. I've been charged another full
day (£24). bit harsh for 5 minutes?? can it come off please. Sue"""),
("en", "b121-washer-rental-after-paddy", "Bridget O'Sullivan <b.osullivan@example.ie>", "The washing machine", "billing", "",
"""Dear Sir or Madam,

My husband Paddy looked after all the household things and he arranged
the washing machine with your company. He passed away in February, God
rest him, and I am going to live with my son in Cork at the end of the
month, so I will not be needing the machine after that.

Would you kindly stop the payments of 19 euro that come out of the
Credit Union account on the 1st and let me know when someone can come
and take the machine. I am at home most days.

Yours faithfully,
Bridget O'Sullivan
Macroom"""),
("en", "b121-marquee-balance-two-payments", "Ashleigh Morgan <ash.morgan@example.com>", "Wedding marquee booking", "billing", "",
"""Hi there,

We've booked the 9x15m marquee for our wedding on 14 September and paid
the 30% deposit. The balance of $2,870 is due 4 weeks before. Would it
be possible to split that into two payments, say half in July and half
in August? And can the second one be by bank transfer rather than card?

Thanks so much!
Ashleigh & Tom"""),
("en", "b121-trade-account-vat-invoices", "Accounts <accounts@pennant-build.example>", "Monthly statement", "billing", "",
"""Good afternoon,

Pennant Build Ltd has a trade account with you (TA-4471). Our site
managers hire tools from the Swindon and Chippenham branches most weeks
and we are getting a separate invoice by post for every hire.

Could you switch us to one monthly statement with VAT invoices emailed
to this address instead? Our accountant also needs our VAT number
(GB 000 1234 56) shown on each invoice.

Regards,
Maureen Hale
Accounts, Pennant Build Ltd"""),
("en", "b121-hello-scaffold-weeks", "Rajesh Venkataraman <rajesh.v@example.in>", "Hello", "billing", "",
"""Hello Team,

This is regarding the scaffolding hired for my house painting at
Whitefield, Bengaluru. Your quotation was for 18 days at Rs. 650 per
day. The scaffolding was removed on 19th day only as I requested your
staff. But the bill has come for 4 weeks, Rs. 18,200.

Kindly check and send the revised bill for 18 days. I am ready to pay
the correct amount immediately.

Thanks and regards,
Rajesh V."""),
("en", "b121-porta-potties-chargeback", "Dana Kowalczyk <dana.k@example.com>", "Order #PT-5590 - 10 units billed, 6 delivered", "billing", "high",
"""To whom it may concern,

For our county fair on June 21 we ordered and paid for 10 standard
portable restrooms and 2 ADA units, $2,340 total, charged to my
business Visa. Your driver dropped off 6 standard units and no ADA
units at all. We had to rent the rest from another company that same
morning at our own expense.

I called your office three times and was promised a callback that never
came. I want a refund for the 4 standard units and 2 ADA units that
never arrived. If I don't have it, or at least a written answer, by
Friday, I'm disputing the entire charge with my card issuer.

Dana Kowalczyk
Treasurer, Harmon County Fair Association"""),
("en", "b121-re-fridge-rental-increase", "Gareth Lewis <gareth.lewis@example.co.uk>", "Re: Changes to your rental agreement", "billing", "",
"""I'm not happy about this. £3.50 a month more for a fridge freezer that's
six years old. Have you got a cheaper plan without the "priority repair"
bit? I'd rather drop that and keep paying the old price, I've had one
repair in six years.

Gareth

> Dear Customer,
> From 1 October your monthly rental for the appliance(s) on account
> 70-21896 will change from £18.99 to £22.49. This reflects increased
> costs of parts and servicing. You do not need to do anything.
> Kind regards, Customer Accounts"""),
("en", "b121-tv-on-ice-big-lap", "Trev Nicholls <trev.nicholls@example.com.au>", "Telly while we're away", "billing", "",
"""G'day,

The missus and I are finally doing the big lap in the caravan, leaving
Toowoomba 1 August and back around Christmas. No point paying $39 a
fortnight for the telly sitting in an empty house.

Can we put the rental on ice while we're gone and start it up again
when we're back, or do we have to cancel and sign up all over again?
Happy for it to stay in the lounge room.

Cheers,
Trev"""),
("en", "b121-fuel-charge-branch-manager", "Helen Forsyth <helen.forsyth@example.co.uk>", "Refuelling charge £68.40", "billing", "high",
"""I returned the Luton van to your Stockport branch on Sunday with a full
tank - I filled it at the Shell on the A6 ten minutes before and I have
the receipt. Your staff member didn't even check the gauge. Today I see
a refuelling charge of £68.40 on my card.

I rang the branch and was told "the system says it wasn't full" and
that there was nothing they could do. That isn't good enough. I want
this escalated to the branch manager, or to someone above them, and
the charge refunded.

Helen Forsyth"""),
("en", "b121-digger-week-rate-not-cancel", "Owen Pritchard <owen.pritchard@example.co.uk>", "Mini digger", "billing", "",
"""Hi, I'm not looking to cancel, I still want the 1.5 tonne digger from
Monday. Just wondering whether there's a weekly rate? Online it's £110 a
day and I'll need it at least five days for the footings, so if a week
works out cheaper I'll book it that way.

Cheers, Owen"""),
("en", "b121-tv-no-signal-after-retune", "Margaret Dobbs <m.dobbs@example.co.uk>", "Rented television", "technical", "",
"""Dear Sirs,

The television I rent from you has shown "No Signal" on every channel
since Tuesday. My grandson did the retune as your leaflet says, but it
found no channels at all. The aerial lead is pushed in firmly. The
radio channels also don't come through.

Could somebody please come and look at it? I am in every morning.

Mrs M. Dobbs
12 Larch Close, Kettering"""),
("en", "b121-account-number-dishwasher-drain", "Chris Adeyemi <chris.adeyemi@example.com>", "Account 44821", "technical", "",
"""Just to be clear, this is nothing to do with my payments, those are
all fine. The rented dishwasher on this account won't drain. There's
about 3 inches of dirty water in the bottom after every cycle. I've
cleaned the filter and checked the hose isn't kinked. Can you book
a repair?

Chris"""),
("en", "b121-carpet-cleaner-leaking", "Lauren Fisher <lauren.fisher@example.com>", "Hired carpet cleaner leaking", "technical", "",
"""Hi, I picked up a carpet cleaner from your Reading shop this morning.
As soon as it's switched on, dirty water runs out from underneath,
from the bottom of the recovery tank I think, and leaves a wet patch
wherever I put it down. I've checked the tank is clicked in properly.
Is there a trick to it or is it broken? I've got three rooms to do
before the tenants move in on Saturday.

Lauren"""),
("en", "b121-tool-app-reset-code-expired", "Sam Okafor <sam.okafor@example.co.uk>", "Can't log in to the app", "technical", "",
"""Every time I try to reset my password in the hire app the code from
the text message says "code expired" straight away, even if I type it in
within a few seconds. Tried 5 times now, also on the website. Android
phone, app updated yesterday."""),
("en", "b121-van-brakes-pulling-layby", "Fergus Reid <fergus.reid@example.co.uk>", "Van VH-90233", "technical", "high",
"""Hello,

I hired a 3.5t Luton from your Perth branch this morning. For the last
twenty miles the brakes have been making a grinding noise and the van
pulls hard to the left whenever I brake. I've pulled into a lay-by on
the A9 just south of Dunkeld and I'm not going to drive it any further.

Van reg is on the booking. Please tell me what you want me to do - I'm
on 07700 900417.

Fergus Reid"""),
("en", "b121-scaffold-tie-come-away", "Declan Moran <declan.moran@example.ie>", "Scaffolding at 22 Barrack St", "technical", "high",
"""Hi,

Your lads put up the scaffolding at the front of our house on Monday
for the roofers. Since the wind last night one of the ties at the top
level has come away from the wall and the whole top lift moves a good
bit when you lean on the handrail. Two of the boards on that level
have also shifted.

I've told the roofers to stay off it and kept the kids away from the
front of the house. Could someone come out and have a look before
anyone goes up again?

Thanks,
Declan Moran
Galway"""),
("en", "b121-marquee-side-zip", "Pippa Langley <pippa.langley@example.co.uk>", "Marquee - side panel", "technical", "",
"""Hello, the marquee went up yesterday for Saturday's party and it looks
lovely, but the zip on one of the side walls has split and won't close,
so that side just flaps open. Rain forecast for Saturday evening. Can
someone pop over with a replacement panel, or is there a way to fix it?

Pippa"""),
("en", "b121-patio-heater-gas-smell", "Kylie Brennan <kylie.brennan@example.com.au>", "patio heaters", "technical", "high",
"""Hi,

We hired the marquee package for Mum's 70th on Saturday, with two gas
patio heaters. This afternoon when I connected the gas bottle to the
second heater for a test there was a strong gas smell around the
bottom of it. I've turned the bottle off, unhooked it and put it out on
the grass away from the marquee. The other heater seems fine but I'm a
bit wary now.

Can you swap it out before Saturday, and should we be using the other
one at all?

Kylie"""),
("en", "b121-cafe-espresso-machine-since-7", "Tom Hargreaves <tom@thebeanhouse.example>", "Machine", "technical", "high",
"""Hi,

Not a single coffee out of the door since 7am. The espresso machine we
rent from you shows the heating light and then just sits there -
boiler never gets hot. We've turned it off and on, checked the water
supply. We've had to put a sign on the door, I've sent two staff home
and the morning commuter crowd has gone to the place across the road.

We need an engineer today. 01632 960 118.

Tom Hargreaves
The Bean House, Halifax"""),
("en", "b121-heater-dad-boiler-minus-three", "Alison Carter <alison.carter@example.co.uk>", "Hired heater not working", "technical", "high",
"""Hello,

My father is 89 and his boiler is being replaced, so on Tuesday we
hired two oil-filled radiators from your Harrogate branch to keep him
warm until Friday. One of them cut out last night and won't come back
on at all, and the other one on its own isn't keeping the lounge much
above 13 degrees. It's meant to go down to minus three tonight.

Could someone swap the faulty one today? I can collect it if that's
quicker.

Alison Carter"""),
("en", "b121-pressure-washer-no-pressure", "Vikram Bhatt <vikram.bhatt@example.in>", "Pressure washer hired - not working", "technical", "",
"""Dear Sir/Madam,

I hired one petrol pressure washer today morning from your Andheri
outlet. Engine is starting properly but there is no pressure, water is
only dribbling from the lance. Hose is connected properly and tap is
fully open. Kindly advise what to check or arrange replacement. I have
paid for 2 days.

Regards,
Vikram Bhatt"""),
("en", "b121-website-date-picker-crash", "Jordan Ellis <jordan.ellis@example.com>", "booking page", "technical", "",
"""Your website keeps crashing when I try to book the 10ft box truck.
I pick the pick-up date, then as soon as I click the return date the
page goes white and reloads back to the homepage. Tried Chrome and
Firefox on my laptop and Safari on my phone, same thing. Trying to book
for the 28th."""),
("en", "b121-re-dryer-repair-squealing", "Linda Howe <linda.howe@example.co.uk>", "Re: Your repair appointment", "technical", "",
"""Hello again,

Your engineer came on Thursday as below and changed the belt on the
rented tumble dryer. It was fine for two loads, and now the loud
squealing has started again, worse if anything. Can he come back?

Linda Howe

> Dear Mrs Howe,
> Your repair appointment for the tumble dryer on rental account
> 51-02277 is confirmed for Thursday 9 March between 8am and 1pm.
> Our engineer will call 30 minutes before arrival.
> Rental Services"""),
("en", "b121-portaloo-door-lock", "Site Office <site@hadleyhomes.example>", "Toilet unit plot 14", "technical", "",
"""Morning, the door lock on the welfare toilet at plot 14 doesn't catch
anymore, the bolt slides across but doesn't go into the keep so the door
swings open. Lads are managing but can someone come and sort it on the
next service visit? Thanks, Gary (site manager)"""),
("en", "b121-depot-bank-holiday-hours", "Rob Tennant <rob.tennant@example.co.uk>", "Bank holiday", "general", "",
"""Are you open on the bank holiday Monday? I want to collect a tile
cutter first thing and bring it back the same afternoon."""),
("en", "b121-thanks-skip-driver-dave", "Carol Jennings <carol.jennings@example.co.uk>", "Your driver Dave", "general", "",
"""Hello,

Just a quick note to say thank you to Dave who delivered our skip on
Wednesday. Our drive is tight and my neighbour was worried about her
car, so he got out, had a chat with her, and then put the skip down
with about two inches to spare either side. Lovely man, very patient,
and he even swept the bits of grit off the drive afterwards.

Please pass on our thanks.

Carol Jennings"""),
("en", "b121-lost-teddy-in-van", "Megan Price <megan.price@example.com>", "left something in the van", "general", "",
"""hiya, we returned the small van to the Cardiff depot yesterday after
moving house and my 3 year old's teddy (grey elephant, very loved, one
ear chewed) must have been left behind, probably in the passenger
footwell. has anyone found it?? she won't sleep without it. I can come
and pick it up any time. Megan 07700 900552"""),
("en", "b121-skip-on-drive-gate-code", "Paul Strickland <paul.strickland@example.co.uk>", "Order 66301", "general", "",
"""Hi, for the skip arriving Thursday at 7 Mill Court: please put it on
the drive, NOT on the road - the road is a bus route. The side gate
code is 2580 if the driver needs to get round the back. There's no one
home in the day so just drop it. Thanks, Paul"""),
("en", "b121-change-email-address", "Eileen Baxter <eileen.baxter@example.org>", "New email address", "general", "",
"""Dear Sir or Madam,

Please change the email address on my TV rental account from
eileen.baxter@oldmail.example to this one. My old provider is closing
its email service. My account number is 20-44718.

Thank you,
Eileen Baxter"""),
("en", "b121-subject-access-request", "Nathan Cole <nathan.cole@example.com>", "Subject access request", "general", "",
"""Hello,

Under the UK GDPR I'd like a copy of all the personal data you hold on
me, including any notes on my account, call recordings and credit or
ID checks you did when I opened a tool hire account in 2021.

My details: Nathan Cole, 3 Weaver Street, Stoke-on-Trent, date of birth
11/04/1988.

Nathan Cole"""),
("en", "b121-under-10s-fun-day-marquee", "Lisa Grant <secretary@ashbyrovers.example>", "Ashby Rovers fun day", "general", "",
"""Hello,

I'm the secretary of Ashby Rovers juniors, a volunteer-run football club
with about 120 kids aged 6-12. We're holding a family fun day on 6 July
to raise money for new kits and goalposts.

Would you consider sponsoring the day, for example by lending us a
small marquee or gazebo? In return we'd put your banner up on the
pitch all season and thank you on our Facebook page and in the match
programme.

Many thanks,
Lisa Grant"""),
("en", "b121-licence-35-tonne-van", "Moira Flynn <moira.flynn@example.co.uk>", "Driving licence", "general", "",
"""Good morning. I passed my test in 1994. Can I drive your 3.5 tonne
Luton van on my ordinary car licence, and do I need to bring anything
other than the photocard?"""),
("en", "b121-counter-staff-rude-manager", "Adrian Fletcher <adrian.fletcher@example.co.uk>", "Complaint about your Leicester counter", "general", "high",
"""I went into your Leicester branch on Saturday to ask about hiring a
floor sander. The man behind the counter carried on a phone call for
five minutes while I stood there, then when I asked a question about
sanding paper grades he laughed and told his colleague "here's another
one who's watched YouTube". Two other customers heard it.

I've been a customer of yours for over ten years. I want the branch
manager, or their area manager, to contact me directly about this.

Adrian Fletcher"""),
("en", "b121-depot-broken-step-dad", "Rachel Ng <rachel.ng@example.co.uk>", "Step at your Bedford depot", "general", "high",
"""Hello,

When we came to collect a cement mixer on Friday, my dad caught his foot
on the concrete step up to your trade counter - the front edge has
broken off and there's a loose chunk sitting on it. He didn't fall,
luckily, but he's 76 and it was close. There's no sign or tape on it.

I mentioned it at the counter but it was still the same when I went
back on Monday. Please get it fixed before someone does get hurt.

Rachel Ng"""),
("en", "b121-urgent-portaloo-arrival", "Steve Lomax <steve.lomax@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - what time are the 2 portable toilets arriving tomorrow at the
Westfield Road job?? Need to tell the site foreman so someone's there
to open the gate. Steve"""),
("en", "b121-marquee-blew-everyone-away", "Hannah Doyle <hannah.doyle@example.com>", "Thank you!!!", "general", "",
"""Hi everyone,

Just wanted to say the marquee absolutely blew everyone away at our
wedding on Saturday! The crew who put it up were total legends, they
were finished two hours early and even helped Dad string up the fairy
lights. People are still talking about the dance floor.

We'd recommend you to anyone. Thank you so much!

Hannah & Liam"""),
("en", "b121-question-what-goes-in-skip", "Joyce Whitaker <joyce.whitaker@example.co.uk>", "Question", "general", "",
"""Hello, we're clearing out my late brother's bungalow. Can an old
mattress, a fridge and some tins of paint go in the skip, or do those
have to be taken to the tip separately? Also is there anything else you
don't allow? Thank you, Joyce"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b121-gl-tileorasi-germania", "Giorgos K. <giorgos.k@example.gr>", "enoikiasi tileorasis", "billing", "",
"""Kalhspera sas,
noikiazw apo esas thn tileorash 43 intswn edw kai 2 xronia (symvolaio
18842). Mou vghke douleia sto Monaxo kai fevgw telos tou mhna gia
Germania, opote 8elw na stamathsei h enoikiash kai na mhn xrewnetai
allo h karta mou. Pws ginetai h paralavh ths tileorashs? Eimai spiti
meta tis 6 to apogeyma.
Eyxaristw,
Giorgos Karalis"""),
("el", "b121-egguisi-fortigaki-synigoros", "Στέλιος Μαυρίδης <stelios.mavridis@example.gr>", "Εγγύηση 300 € - τελευταία ειδοποίηση", "billing", "high",
"""Κύριοι,

Στις 12/6 νοίκιασα από το κατάστημά σας στη Θεσσαλονίκη (Λαγκαδά)
φορτηγάκι για μετακόμιση και άφησα εγγύηση 300 €. Το επέστρεψα την
επόμενη μέρα στην ώρα του, με γεμάτο ρεζερβουάρ. Μου κρατήσατε
ολόκληρη την εγγύηση για «καθαρισμό καρότσας», ενώ ο υπάλληλός σας
το παρέλαβε χωρίς καμία παρατήρηση και έχω φωτογραφίες ότι ήταν
καθαρό.

Σας έχω στείλει δύο email χωρίς απάντηση. Αν μέσα σε δέκα μέρες δεν
επιστραφούν τα 300 € στην κάρτα μου, θα κάνω καταγγελία στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Στέλιος Μαυρίδης"""),
("el", "b121-kados-xreosi-dyo-fores", "Νικος Παππας <nikos.pappas@example.gr>", "Καδος μπαζων", "billing", "",
"""Καλημερα,
παραγγειλα ενα καδο μπαζων για την ανακαινιση του μπανιου (οδος
Αγιου Νικολαου, Πατρα) και πληρωσα 95 ευρω με καρτα. Σημερα βλεπω
στην τραπεζα οτι το ποσο εχει χρεωθει δυο φορες. Ο καδος ηταν ενας.
Παρακαλω επιστρεψτε το δευτερο ποσο.
Νικος Παππας"""),
("el", "b121-timologio-skalosia-afm", "Λογιστήριο <logistirio@kritikos-technik.example>", "Τιμολόγιο ενοικίασης σκαλωσιάς", "billing", "",
"""Καλησπέρα σας,

Για την ενοικίαση της σκαλωσιάς στην οικοδομή της οδού Ικάρου στο
Ηράκλειο (Ιούλιος) μας στείλατε απόδειξη λιανικής. Χρειαζόμαστε
τιμολόγιο παροχής υπηρεσιών στα στοιχεία της εταιρείας:

ΚΡΗΤΙΚΟΣ ΤΕΧΝΙΚΗ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Ηρακλείου
Λεωφ. Κνωσού 150, Ηράκλειο

Ευχαριστούμε,
Μαρία Κρητικού
Λογιστήριο"""),
("el", "b121-gl-tenta-gamos-doseis", "Katerina Z. <katerina.z@example.gr>", "tenta gia gamo", "billing", "",
"""Geia sas!! Klisame thn tenta 10x20 gia ton gamo mas stis 7 Septemvriou
sto ktima sto Nafplio, synoliko 2.400 eurw. Dwsame hdh 600 prokatavolh.
To ypoloipo mporoume na to plhrwsoume se 3 doseis me thn pistwtikh h
prepei na dw8ei oloklhro prin to sthsimo? Kai an ginetai me metrhta
thn hmera tou gamou?
Eyxaristoume poly
Katerina & Manos"""),
("el", "b121-plyntirio-piaton-pateras", "Ευαγγελία Ρ. <evangelia.r@example.gr>", "Ενοικίαση πλυντηρίου πιάτων", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου, Χαράλαμπος Ραφτόπουλος, έφυγε από τη ζωή τον προηγούμενο
μήνα. Στο σπίτι του στον Βόλο υπάρχει πλυντήριο πιάτων που νοικιάζει
από εσάς (αρ. πελάτη 20771) και η μηνιαία δόση των 16 € βγαίνει ακόμα
από τον λογαριασμό του.

Θα ήθελα να τερματιστεί η σύμβαση και να σταματήσουν οι χρεώσεις.
Μπορείτε να μου πείτε τι έγγραφα χρειάζεστε και πότε μπορείτε να
παραλάβετε το πλυντήριο;

Με εκτίμηση,
Ευαγγελία Ραφτοπούλου"""),
("el", "b121-ximikes-toualetes-panigyri-trapeza", "Πολιτιστικός Σύλλογος Αγ. Γεωργίου <syllogos.aggeorgiou@example.gr>", "Χημικές τουαλέτες πανηγυριού", "billing", "high",
"""Αξιότιμοι κύριοι,

Για το πανηγύρι του χωριού μας στις 15 Αυγούστου παραγγείλαμε και
πληρώσαμε με κάρτα 8 χημικές τουαλέτες, συνολικά 1.120 €. Το φορτηγό
σας έφερε μόνο 5. Το ίδιο βράδυ είχαμε πάνω από 1.500 επισκέπτες και
ουρές μέχρι τον δρόμο.

Ζητάμε την επιστροφή των χρημάτων για τις 3 τουαλέτες που δεν ήρθαν
ποτέ (420 €). Σας τηλεφωνήσαμε τέσσερις φορές. Αν δεν έχουμε απάντηση
ως την Παρασκευή, θα κάνουμε αμφισβήτηση της χρέωσης στην τράπεζα.

Για το Δ.Σ.
Ανδρέας Τσιρίγος, Ταμίας"""),
("el", "b121-gl-kroustiko-mia-ora-arga", "Vaggelis M. <vaggelis.m@example.gr>", "xrewsh", "billing", "",
"""kalhmera, nikiasa to kroustiko drapano gia mia mera (35e) kai to
egrepsa pisw sto magazi sto Peristeri stis 9 to prwi anti gia 8
giati eixe kinhsh sthn Kifisou. m xrewsate alla 35e gia olokliri
mera. gia mia wra?? mporeite na to koitaxete?"""),
("el", "b121-vitrina-kantina-xeimonas", "Χρύσα Λ. <chrysa.l@example.gr>", "Ψυγείο βιτρίνα καντίνας", "billing", "",
"""Γεια σας,

Έχουμε την καντίνα στην παραλία της Καλαμάτας και νοικιάζουμε από
εσάς το ψυγείο βιτρίνα για τα αναψυκτικά (45 € τον μήνα). Από 1η
Νοεμβρίου κλείνουμε για τον χειμώνα μέχρι τον Απρίλιο.

Μπορούμε να «παγώσουμε» το συμβόλαιο αυτούς τους μήνες χωρίς χρέωση
και να το ξαναρχίσουμε την άνοιξη; Το ψυγείο μπορεί να μείνει σε μας.

Χρύσα Λαμπροπούλου"""),
("el", "b121-re-prosfora-skalosia-ekptosi", "Σπύρος Αναγνώστου <spyros.anagnostou@example.gr>", "Re: Προσφορά σκαλωσιάς - οδός Ερμού 42", "billing", "",
"""Ευχαριστώ για την προσφορά. Τελικά ο εργολάβος λέει ότι οι εργασίες
στην πρόσοψη θα κρατήσουν δύο μήνες και όχι έναν. Υπάρχει έκπτωση αν
την κλείσουμε για δύο μήνες μαζί; Και η μεταφορά χρεώνεται ξανά;

Σπύρος Αναγνώστου

> Αγαπητέ κ. Αναγνώστου,
> σας στέλνουμε την προσφορά μας για σκαλωσιά πρόσοψης 180 τ.μ.
> (πενταώροφο κτίριο): 1.650 € τον μήνα πλέον ΦΠΑ, συμπεριλαμβανομένων
> στησίματος, αποξήλωσης και μεταφοράς.
> Με εκτίμηση, Τμήμα Πωλήσεων"""),
("el", "b121-gl-kouponi-xalia", "Roula T. <roula.t@example.gr>", "kouponi 20%", "billing", "",
"""Geia sas, eixa to kouponi -20% apo to newsletter sas kai to evala otan
kleisa to mhxanhma ka8arismou xaliwn gia to Sabbatokyriako. Egrapse
"efarmostike" alla sthn karta mou phge olo to poso, 48 eurw anti gia
38,40. Mporeite na mou epistrepsete th diafora? Eyxaristw, Roula"""),
("el", "b121-akyrosi-tentas-ypeythynos", "Δέσποινα Καραγιάννη <despoina.karagianni@example.gr>", "Επιστροφή προκαταβολής 450 €", "billing", "high",
"""Καλημέρα,

Ακύρωσα την ενοικίαση της τέντας για τη βάπτιση του γιου μας στις 3
Μαΐου, δηλαδή 40 ημέρες πριν από την εκδήλωση, όπως επιτρέπουν οι όροι
σας για πλήρη επιστροφή. Έχουν περάσει τρεις εβδομάδες και τα 450 € της
προκαταβολής δεν έχουν επιστραφεί. Κάθε φορά που παίρνω τηλέφωνο μου
λένε «θα το δει το λογιστήριο».

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Θέλω να με καλέσει ο
υπεύθυνος του καταστήματος ή κάποιος ανώτερος, στο 6900000000.

Δέσποινα Καραγιάννη"""),
("el", "b121-den-thelo-epistrofi-apodeixi", "Θοδωρής Ν. <thodoris.n@example.gr>", "Απόδειξη", "billing", "",
"""Δεν ζητάω επιστροφή χρημάτων, όλα καλά με την ενοικίαση. Απλώς δεν
πήρα απόδειξη για το βανάκι που νοίκιασα το Σάββατο (κράτηση 55019,
85 €) και τη χρειάζομαι για την εταιρεία. Μπορείτε να μου τη στείλετε
με email;"""),
("el", "b121-gl-tileorasi-xoris-ixo", "Sofia P. <sofia.p@example.gr>", "tileorash", "technical", "",
"""kalhspera, h tileorash pou noikiazw apo esas den vgazei hxo apo xthes
to vrady. eikona exei kanonika, h entash anevainei sthn o8onh alla
tipota. dokimasa kai me allo kanali kai me to netflix, idio. thn
evgala kai apo thn priza. ti na kanw?
Sofia"""),
("el", "b121-plyntirio-e21-den-stybei", "Αθηνά Γεωργίου <athina.georgiou@example.gr>", "Πλυντήριο ρούχων - σφάλμα E21", "technical", "",
"""Καλημέρα σας,

Το πλυντήριο ρούχων που νοικιάζω από εσάς (αρ. συμβολαίου 31640)
σταματάει στη μέση του προγράμματος και βγάζει στην οθόνη E21. Τα ρούχα
μένουν μέσα στα νερά. Καθάρισα το φίλτρο όπως λέει το εγχειρίδιο αλλά
συνεχίζει. Μπορεί να έρθει τεχνικός; Είμαι σπίτι απογεύματα.

Αθηνά Γεωργίου
Ιωάννινα"""),
("el", "b121-gl-den-einai-logariasmos-app", "Kostas D. <kostas.d@example.gr>", "logariasmos", "technical", "",
"""Den einai gia ton logariasmo, plhrwmenos eimai kanonika. To app gia
tis enoikiaseis ergaleiwn den me afhnei na mpw, leei "lathos stoixeia"
enw me ta idia stoixeia mpainw kanonika sto site apo ton ypologisth.
Ekana kai apegkatastash kai to ksanaevala, tipota. Android, Xiaomi."""),
("el", "b121-fortigaki-mpataria-parking", "Μιχάλης Σ. <michalis.s@example.gr>", "Βανάκι δεν παίρνει μπρος", "technical", "",
"""Καλησπέρα. Νοίκιασα σήμερα το πρωί το βανάκι από το κατάστημα του
Πειραιά. Το άφησα μισή ώρα σε πάρκινγκ στο Μαρούσι και τώρα δεν παίρνει
μπρος, ούτε ανάβουν τα φώτα στο ταμπλό, σαν να έχει πέσει η μπαταρία.
Τα φώτα τα είχα σβήσει. Τι κάνω; Έχω φορτωμένα έπιπλα μέσα.
Μιχάλης 6900000001"""),
("el", "b121-skalosia-leipei-kigklidoma", "Γιάννης Κουτσούκος <giannis.koutsoukos@example.gr>", "Σκαλωσιά οικοδομής Ευαγγελίστριας", "technical", "high",
"""Καλημέρα,

Η σκαλωσιά που στήσατε την Τρίτη στην οικοδομή μας στην οδό
Ευαγγελίστριας έχει δύο θέματα. Στον τρίτο όροφο λείπει το κιγκλίδωμα
σε όλη την πλευρά προς τον δρόμο, και ένα από τα πόδια στη βάση έχει
βουλιάξει στο χώμα μετά τη βροχή, οπότε όλη η κατασκευή γέρνει λίγο
προς τα έξω.

Έχω πει στους εργάτες να μην ανέβουν μέχρι να έρθει κάποιος από εσάς.
Παρακαλώ στείλτε συνεργείο όσο πιο γρήγορα γίνεται.

Γ. Κουτσούκος, εργολάβος"""),
("el", "b121-gl-thermastra-misirizei-aerio", "Lefteris V. <lefteris.v@example.gr>", "8ermastres tentas", "technical", "high",
"""Kalhspera,
mazi me thn tenta gia to party sto spiti mas sthn Kifisia noikiasame kai
dyo 8ermastres ygraeriou. Molis syndesa th fialh sth mia mirizei poly
aerio gyrw apo th vash. Ekleisa th fialh, thn aposyndesa kai thn evgala
ekso sthn avlh makria apo thn tenta. To party einai to Savvato vrady.
Mporeite na fernete allh h na erthei kapoios na th dei? Kai h allh
einai asfalhs?
Lefteris"""),
("el", "b121-kafeteria-pagomixani-xalkidiki", "Beach Bar Ακρογιάλι <info@akrogiali-beachbar.example>", "Παγομηχανή και ψυγεία", "technical", "high",
"""Καλησπέρα,

Από τις 11 το πρωί η παγομηχανή και τα δύο ψυγεία που νοικιάζουμε από
εσάς έχουν σβήσει. Ρεύμα έχουμε κανονικά, όλα τα άλλα δουλεύουν. Έχουμε
πετάξει ήδη παγωτά και χυμούς, δεν μπορούμε να φτιάξουμε ούτε ένα
φρέντο και οι πελάτες σηκώνονται και φεύγουν. Με 35 βαθμούς και
γεμάτη παραλία, χάνουμε όλη τη μέρα.

Χρειαζόμαστε τεχνικό σήμερα. Τηλ. 2370000000.

Νίκος Σαμαράς
Ακρογιάλι, Κασσάνδρα Χαλκιδικής"""),
("el", "b121-ilikiomeni-mitera-kalorifer", "Ελένη Τζιόβα <eleni.tziova@example.gr>", "Θερμαντικό σώμα μητέρας μου", "technical", "high",
"""Καλησπέρα σας,

Η μητέρα μου είναι 84 χρονών και μένει μόνη της σε χωριό έξω από τα
Ιωάννινα. Επειδή χάλασε ο καυστήρας και περιμένουμε ανταλλακτικό, της
νοικιάσαμε από εσάς την περασμένη εβδομάδα ένα ηλεκτρικό θερμαντικό
σώμα. Από χθες το βράδυ δεν ανάβει καθόλου. Έξω έχει μείον τέσσερα και
στο σπίτι 11 βαθμούς.

Μπορείτε να της φέρετε σήμερα άλλο; Εγώ είμαι στην Αθήνα και δεν
μπορώ να πάω.

Ελένη Τζιόβα"""),
("el", "b121-michani-xalion-den-rouface", "Αλεκα Μ. <aleka.m@example.gr>", "μηχανη για χαλια", "technical", "",
"""Γεια σας, νοικιασα σημερα τη μηχανη καθαρισμου χαλιων. Βγαζει νερο
με σαπουνι κανονικα αλλα δεν ρουφαει τιποτα πισω, το χαλι μενει μουσκεμα
και το δοχειο με τα βρωμικα ειναι αδειο. Το καπακι του δοχειου ειναι
κλεισμενο. Μηπως φταιει κατι αλλο;"""),
("el", "b121-gl-site-iphone-imerologio", "Apostolis R. <apostolis.r@example.gr>", "to site", "technical", "",
"""geia, apo to iphone mou to hmerologio sto site sas den fortwnei, otan
paw na dialeksw hmeromhnia gia ton kado mpazwn vgazei mono ena adeio
kouti kai gyrizei to kyklaki. apo to laptop ths gynaikas mou douleyei.
exw kanei update sto iOS. mhpws ftaiei kati apo esas?"""),
("el", "b121-gennitria-svinei", "Παύλος Ηλιόπουλος <pavlos.iliopoulos@example.gr>", "Γεννήτρια", "technical", "",
"""Καλημέρα. Η γεννήτρια 5 kVA που νοικιάσαμε για το εξοχικό στο Πήλιο
(όσο γίνονται εργασίες της ΔΕΗ) σβήνει μόνη της μετά από 10 λεπτά
λειτουργίας, ακόμα και χωρίς τίποτα συνδεδεμένο. Έχει βενζίνη και
λάδι. Ξαναπαίρνει μπρος και σβήνει πάλι. Τι μπορεί να φταίει;"""),
("el", "b121-tenta-plaino-pani-skismeno", "Μαρίνα Κ. <marina.kost@example.gr>", "Τέντα για τα γενέθλια", "technical", "",
"""Γεια σας, η τέντα στήθηκε χθες στον κήπο για τα γενέθλια της κόρης
μου την Κυριακή. Σήμερα είδα ότι το ένα πλαϊνό πανί έχει σκιστεί
κάτω, κοντά στο φερμουάρ, και ανοίγει με τον αέρα. Μπορείτε να το
αλλάξετε πριν την Κυριακή;
Μαρίνα"""),
("el", "b121-gl-drapano-spitha-kamena", "Tasos F. <tasos.f@example.gr>", "drapano", "technical", "high",
"""kalhmera, xthes noikiasa to drapano gia na valw rafia. Meta apo 5 lepta
douleia petage spi8es apo tis sxismes sto plai kai mirise kameno
plastiko, h laveh zestathke poly. To evgala apo thn priza kai den to
ksanaxrhsimopoihsa. Na to ferw pisw shmera? Mhpws na to elegxete kai ta
alla idia montela gt htan epikindyno.
Tasos"""),
("el", "b121-re-texnikos-psygeio-thoryvos", "Ανθή Παπαδάκη <anthi.papadaki@example.gr>", "Re: Ραντεβού τεχνικού", "technical", "",
"""Καλημέρα σας,

Ο τεχνικός ήρθε την Πέμπτη όπως είχαμε κανονίσει, άλλαξε ένα
ανεμιστηράκι και έφυγε. Από χθες το ψυγείο κάνει πάλι τον ίδιο δυνατό
θόρυβο τη νύχτα και στο πίσω μέρος της κατάψυξης μαζεύεται πάγος.
Μπορεί να ξανάρθει;

Ανθή Παπαδάκη

> Αγαπητή κα Παπαδάκη,
> το ραντεβού για τον έλεγχο του ψυγείου (συμβόλαιο ενοικίασης 44102)
> ορίστηκε για την Πέμπτη 14/3, 9:00-13:00.
> Τμήμα Εξυπηρέτησης"""),
("el", "b121-gl-wrario-savvato", "Manolis X. <manolis.x@example.gr>", "wrario", "general", "",
"""kalhmera, to Savvato eiste anoixta sthn apo8hkh sta Xania? 8elw na
parw ena kompreser to prwi kai na to ferw pisw to apogeyma."""),
("el", "b121-efxaristo-odigo-mixali", "Αικατερίνη Βλάχου <aikaterini.vlachou@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον οδηγό σας, τον κ. Μιχάλη, που μας έφερε τον
κάδο την Τετάρτη. Ο δρόμος μας στην Άνω Πόλη είναι πολύ στενός και
φοβόμουν ότι δεν θα χωρέσει το φορτηγό. Εκείνος βγήκε, μέτρησε,
μίλησε με τους γείτονες να μετακινήσουν ένα αυτοκίνητο και τον
τοποθέτησε τέλεια, χωρίς να κλείσει καμία είσοδο. Και όλα με χαμόγελο.

Να είστε καλά,
Αικατερίνη Βλάχου"""),
("el", "b121-gl-gyalia-sto-vanaki", "Irini S. <irini.s@example.gr>", "ksexasa kati", "general", "",
"""geia sas, epestrepsa xthes to vanaki sto katasthma sthn Patra kai
nomizw ksexasa ta gyalia hliou mou sto ntoulapaki mprosta. einai
mayra Ray-Ban se kafe 8hkh. ta vrhkate mhpws? mporw na perasw na ta
parw. eyxaristw, Irini"""),
("el", "b121-odigies-kados-stenos-dromos", "Θανάσης Κ. <thanasis.k@example.gr>", "Παραγγελία 80233", "general", "",
"""Καλημέρα, για τον κάδο που έρχεται την Πέμπτη στην οδό Αρτέμιδος 7:
ο δρόμος είναι πεζόδρομος από τις 11 και μετά, οπότε αν γίνεται να
έρθει ο οδηγός πριν τις 10. Να τον αφήσει στην εσοχή δίπλα στη
γκαραζόπορτα, όχι μπροστά στην είσοδο της πολυκατοικίας. Αν χρειαστεί
κάτι, ο θυρωρός λέγεται Σάκης.
Θανάσης"""),
("el", "b121-allagi-diefthynsis-tilefonou", "Ιουλία Μπέκα <ioulia.beka@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα σας,

Παρακαλώ αλλάξτε στα στοιχεία του λογαριασμού μου (πελάτης 61190)
τη διεύθυνση σε Αγίας Σοφίας 18, 54622 Θεσσαλονίκη, και το κινητό σε
6900000002. Η τηλεόραση που νοικιάζω έχει ήδη μεταφερθεί στο νέο
σπίτι.

Ευχαριστώ,
Ιουλία Μπέκα"""),
("el", "b121-gdpr-diagrafi", "Περικλής Σ. <periklis.s@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Βάσει του άρθρου 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών μου
δεδομένων από τα αρχεία σας, καθώς και από τη λίστα αποστολής
ενημερωτικών. Είχα νοικιάσει εργαλεία από εσάς το 2022 και δεν θα
ξανασυνεργαστούμε. Παρακαλώ επιβεβαιώστε μου γραπτώς τη διαγραφή.

Περικλής Σωτηρόπουλος"""),
("el", "b121-xorigia-syllogos-goneon", "Σύλλογος Γονέων 5ου Δημ. Σχολείου <goneis5dim@example.gr>", "Γιορτή λήξης σχολικής χρονιάς", "general", "",
"""Καλημέρα σας,

Ο Σύλλογος Γονέων και Κηδεμόνων του 5ου Δημοτικού Σχολείου Λάρισας
διοργανώνει τη γιορτή λήξης στις 18 Ιουνίου στην αυλή του σχολείου,
με περίπου 400 παιδιά και γονείς.

Θα θέλατε να γίνετε χορηγός της εκδήλωσης, διαθέτοντας για μία
μέρα δύο χημικές τουαλέτες ή μια μικρή τέντα; Το όνομα και το λογότυπό
σας θα μπουν στην αφίσα και στο πρόγραμμα της γιορτής.

Με εκτίμηση,
Βασιλική Τσιώλη, Πρόεδρος"""),
("el", "b121-gl-diploma-fortigaki", "Babis L. <babis.l@example.gr>", "erwthsh", "general", "",
"""Kalhspera, me diploma B' kathgorias mporw na odhghsw to fortigo 3,5
tonwn pou exete sto site? To diploma to exw apo to 2003. Xreiazetai
kati allo ektos apo taytothta kai diploma otan erthw?"""),
("el", "b121-agenis-ypallilos-proistamenos", "Κωνσταντίνα Δρόσου <konstantina.drosou@example.gr>", "Παράπονο για υπάλληλο - Λάρισα", "general", "high",
"""Καλησπέρα,

Χθες το μεσημέρι πήγα στο κατάστημά σας στη Λάρισα για να ρωτήσω για
ενοικίαση τριβείου. Ο υπάλληλος στον πάγκο με έκοψε στη μέση της
ερώτησης, μου είπε «κυρία μου, αυτά δεν είναι για γυναίκες» και
γύρισε να μιλήσει με τον επόμενο πελάτη. Υπήρχαν κι άλλοι μπροστά.

Είμαι ηλεκτρολόγος εδώ και 15 χρόνια. Θέλω να με καλέσει ο προϊστάμενος
του καταστήματος ή ο περιφερειακός διευθυντής και να μου πει τι θα
γίνει με αυτόν τον υπάλληλο.

Κωνσταντίνα Δρόσου"""),
("el", "b121-avli-apothikis-sidera", "Παναγιώτα Ρήγα <panagiota.riga@example.gr>", "Αυλή της αποθήκης σας", "general", "high",
"""Καλημέρα,

Το Σάββατο ήρθα με τον γιο μου (7 χρονών) στην αποθήκη σας στο
Κορωπί να παραλάβω μια μπετονιέρα. Στην αυλή, δίπλα στην είσοδο για
τους πεζούς, υπάρχει ένα κομμένο σίδερο που εξέχει από το τσιμέντο
περίπου 10 εκατοστά, χωρίς σήμανση. Ο γιος μου σκόνταψε πάνω του και
γλίτωσε με ένα γδάρσιμο στο γόνατο.

Δεν ζητάω κάτι για μένα, αλλά παρακαλώ κόψτε το ή βάλτε κάτι από πάνω
πριν χτυπήσει κάποιος άσχημα.

Παναγιώτα Ρήγα"""),
("el", "b121-gl-epeigon-ora-kadou", "Christos A. <christos.a@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!!! ti wra 8a erthei o kados aurio sthn Kalamaria? prepei na
eimai spiti na anoiksw thn porta ths aulhs, douleuw mexri tis 3."""),
("el", "b121-tenta-ta-spasate", "Δημήτρης & Αλεξάνδρα <alexandra.dimitris@example.gr>", "Η τέντα!", "general", "",
"""Καλησπέρα σε όλη την ομάδα!

Τα σπάσατε!! Η τέντα στον γάμο μας στη Σαντορίνη ήταν φωτιά, με τα
φωτάκια και τα λευκά υφάσματα όλοι έλεγαν ότι δεν έχουν ξαναδεί τέτοιο
στήσιμο. Τα παιδιά του συνεργείου ήταν ευγενέστατα και τελείωσαν πριν
την ώρα τους παρά τον αέρα.

Ένα μεγάλο ευχαριστώ από καρδιάς,
Δημήτρης & Αλεξάνδρα"""),
("el", "b121-tenta-se-grasidi-adeia", "Ευστάθιος Μ. <efstathios.m@example.gr>", "Ερώτηση για τέντα", "general", "",
"""Καλημέρα σας. Σκεφτόμαστε να νοικιάσουμε τέντα για τα 50ά γενέθλια
της γυναίκας μου στον κήπο μας στη Ρόδο. Στήνεται πάνω σε γρασίδι ή
χρειάζεται πλακόστρωτο; Και χρειάζεται κάποια άδεια από τον δήμο για
ιδιωτική εκδήλωση στο σπίτι;

Ευστάθιος Μαλλιαράκης"""),
# ---------------- Spanish ----------------
("es", "b121-fianza-furgoneta-rayon", "Álvaro Gutiérrez <alvaro.gutierrez@example.es>", "Fianza furgoneta", "billing", "",
"""Hola, buenas:

Alquilé una furgoneta mediana en vuestra oficina de Zaragoza del 3 al 5
de marzo (reserva FZ-20931). Me habéis retenido 180 € de la fianza por
un rayón en el paragolpes trasero, pero ese rayón ya estaba, lo pone en
la hoja de entrega que firmamos los dos y tengo la foto que hice en el
aparcamiento antes de salir.

Os adjunto ambas cosas. ¿Podéis revisarlo y devolverme los 180 €?

Gracias,
Álvaro Gutiérrez"""),
("es", "b121-mx-cobro-doble-banos", "Verónica Salinas <vero.salinas@example.com.mx>", "Cobro doble", "billing", "",
"""Buenas tardes,

Rentamos 4 baños portátiles para la obra de Zapopan y en mi estado de
cuenta aparece el cargo de $4,800 MXN dos veces el mismo día. Solo
tenemos un contrato y una factura. Les pido por favor que reembolsen
el cargo duplicado a la tarjeta.

Saludos cordiales,
Verónica Salinas
Constructora Salinas y Asociados"""),
("es", "b121-ar-hidrolavadora-cuotas", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "consulta pago", "billing", "",
"""Hola que tal, quiero alquilar la hidrolavadora industrial por una
semana para el galpon, en la web dice $95.000. Se puede pagar en
cuotas sin interes con la Visa del Galicia o solo en un pago? Y si
pago por transferencia hay descuento? Gracias. Martin"""),
("es", "b121-factura-cif-andamio", "Administración <admin@reformasbetis.example>", "Factura andamio", "billing", "",
"""Buenos días,

Del alquiler del andamio tubular para la obra de la calle Feria
(Sevilla), del 1 al 30 de abril, solo hemos recibido un ticket. Para
nuestra contabilidad necesitamos factura completa a nombre de:

Reformas Betis S.L.
CIF B00000000
C/ Sierpes 12, 41004 Sevilla

Un saludo,
Rocío Morales
Administración"""),
("es", "b121-co-arriendo-tv-mama-medellin", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Televisor de mi mamá", "billing", "",
"""Buenas tardes, cómo están.

Les escribo por el televisor que mi mamá, Gloria Ospina, tiene en
arriendo con ustedes desde hace tres años (contrato 88512, Bogotá).
Ella se va a vivir con mi hermana a Medellín este mes y allá ya tienen
televisor, entonces quisiéramos dar por terminado el arriendo y que no
le sigan descontando los $89.000 de la cuenta.

¿Me pueden decir qué día pueden pasar a recoger el televisor?

Muchas gracias,
Juliana Restrepo"""),
("es", "b121-contenedor-dias-extra-omic", "Fernando Lozano <fernando.lozano@example.es>", "Contenedor de escombros - cobro abusivo", "billing", "high",
"""Buenos días:

Contraté un contenedor de escombros de 5 m³ para una reforma en Getafe
por 7 días (145 €). El día 7 llamé para que lo recogieran y me dijeron
que "pasaban mañana". No pasaron hasta el día 12, y ahora me cobráis
5 días extra a 18 € el día, 90 €, cuando el retraso fue vuestro.

Exijo que anuléis ese cargo. Si no recibo una respuesta por escrito
en una semana, presentaré una reclamación en la OMIC de Getafe y ante
Consumo de la Comunidad de Madrid, con las llamadas que tengo
registradas.

Fernando Lozano"""),
("es", "b121-mx-carpa-xv-anos-profeco", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "Anticipo carpa XV años", "billing", "high",
"""Buenas tardes.

El 2 de febrero les di un anticipo de $3,000 pesos para la carpa de los
XV años de mi hija que iba a ser el 20 de abril en Puebla. Por un
problema de salud de mi papá tuvimos que cancelar la fiesta y les
avisé el 10 de febrero, más de dos meses antes. Su vendedor me dijo que
me regresaban el dinero y desde entonces nadie me contesta el teléfono
ni los mensajes.

Si en 10 días no me devuelven mi anticipo voy a poner una queja en la
PROFECO. Tengo el recibo y las conversaciones de WhatsApp.

Guadalupe Ramírez"""),
("es", "b121-cl-cargo-desconocido-banco", "Felipe Contreras <felipe.contreras@example.cl>", "Cargo por $64.990", "billing", "high",
"""Hola,

Me aparece en la tarjeta un cargo de $64.990 de su empresa con fecha
del 18 de este mes. Yo arrendé un rotomartillo en su sucursal de
Ñuñoa en enero, lo pagué y lo devolví. No he vuelto a arrendar nada
desde entonces. Nadie me ha sabido explicar por teléfono a qué
corresponde.

Si no me devuelven el monto o me explican el cargo esta semana, lo voy
a desconocer con el banco.

Felipe Contreras"""),
("es", "b121-pausa-lavavajillas-canarias", "Marta Iglesias <marta.iglesias@example.es>", "Lavavajillas", "billing", "",
"""Hola,
tengo alquilado con vosotros el lavavajillas (contrato 40277) y a mi
marido le han mandado cuatro meses a Las Palmas por trabajo, asi que
nos vamos con el de septiembre a diciembre. Se puede dejar el alquiler
en pausa esos meses sin pagar las cuotas y retomarlo a la vuelta? El
lavavajillas se quedaria en casa, claro.
Gracias
Marta"""),
("es", "b121-ar-re-presupuesto-carpa-sillas", "Luciana Benítez <luciana.benitez@example.com.ar>", "Re: Presupuesto carpa 10x20", "billing", "",
"""Hola Pablo, gracias por el presupuesto! Una consulta: si les alquilamos
tambien las 120 sillas y las 12 mesas redondas, nos hacen algun
descuento sobre el total? Y el flete es uno solo o se cobra aparte por
el mobiliario?

Saludos,
Lu

> Hola Luciana, te paso el presupuesto para la carpa 10x20 con piso y
> iluminación para el 16/11 en Pilar: $1.850.000 final, incluye armado
> y desarme. Seña del 30% para reservar la fecha.
> Saludos, Pablo - Eventos"""),
("es", "b121-no-quiero-cancelar-bono", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Bono descuento", "billing", "",
"""Kaixo! No quiero cancelar la reserva de la limpiadora de moquetas
para el sábado, eh, solo quería saber por qué no se me aplicó el bono
de 10 € que me disteis la última vez. Al pagar me cobraron los 42 €
enteros. ¿Se puede descontar todavía?"""),
("es", "b121-mx-gasolina-camioneta-gerente", "Héctor Villarreal <hector.villarreal@example.com.mx>", "Cargo de gasolina", "billing", "high",
"""Buenas tardes.

Devolví la camioneta de 3.5 toneladas en su sucursal de Monterrey el
domingo con el tanque lleno, tengo el ticket de la gasolinera de
enfrente con la hora. Hoy veo un cargo de $1,950 pesos por "recarga de
combustible". En la sucursal solo me dicen que así lo marcó el sistema.

Quiero hablar con el gerente de la sucursal o con alguien de más arriba,
no con el mostrador otra vez. Y quiero que me regresen ese cargo.

Héctor Villarreal"""),
("es", "b121-devolucion-anticipada-prorrateo", "Pilar Navarro <pilar.navarro@example.es>", "Devolución antes de tiempo", "billing", "",
"""Buenas tardes,

Alquilé la pulidora de suelos para una semana (pagados 175 €), pero
terminamos en tres días y la devolví ayer en la tienda de Valencia.
¿Me devolvéis la parte proporcional de los cuatro días que no la he
usado, o la tarifa semanal no se puede reducir?

Un saludo,
Pilar Navarro"""),
("es", "b121-tele-se-apaga-sola", "Encarnación Ruiz <encarni.ruiz@example.es>", "La televisión", "technical", "",
"""Buenos días. La televisión que tengo alquilada con ustedes se apaga
sola cada veinte minutos más o menos, la luz roja se queda parpadeando y
luego se vuelve a encender. Ya la he desenchufado un rato como me dijo
mi nieto y sigue igual. Vivo en Jaén, calle Maestra 9, segundo.
Encarnación Ruiz"""),
("es", "b121-mx-no-es-cobro-app", "Diego Herrera <diego.herrera@example.com.mx>", "Mi cuenta", "technical", "",
"""Buen día, no es por ningún cobro, mis pagos están al corriente. El
problema es que la app de rentas no me deja entrar, pongo correo y
contraseña y se queda cargando y luego dice "error de conexión". En la
web sí entro normal. Ya la borré y la volví a instalar, tengo iPhone 13.
Saludos"""),
("es", "b121-ar-lavarropas-pierde-agua", "Silvina Acosta <silvina.acosta@example.com.ar>", "lavarropas alquilado", "technical", "",
"""Hola buenas tardes, el lavarropas que les alquilo pierde agua por
abajo cuando empieza a centrifugar, se me inunda el lavadero. Ya revise
la manguera y esta bien ajustada. Pueden mandar un tecnico? Estoy en
Rosario, zona centro. Gracias, Silvina"""),
("es", "b121-andamio-plataforma-rodapie", "Jordi Puig <jordi.puig@example.es>", "Andamio en calle Mallorca 210", "technical", "high",
"""Buenos días,

El andamio que montasteis el lunes en la fachada de calle Mallorca
210 (Barcelona) tiene una plataforma del tercer nivel que se mueve al
pisarla, como si no estuviera bien encajada, y en ese mismo tramo falta
el rodapié. Encima hay una acera con mucho paso de gente.

He dicho a mis operarios que no suban hasta que lo revise alguien de
vuestra empresa. ¿Podéis enviar a alguien hoy mismo?

Jordi Puig
Encargado de obra"""),
("es", "b121-co-calentador-olor-gas-carpa", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Calentadores para la carpa", "technical", "high",
"""Buenas noches.

Para la celebración del sábado en la finca en La Calera arrendamos con
ustedes la carpa y dos calentadores a gas. Hoy al conectar la pipeta a
uno de ellos hubo un olor fuerte a gas en la base. Cerré la pipeta, lo
desconecté y lo saqué lejos de la carpa. No lo vamos a usar.

¿Nos pueden traer otro antes del sábado? Y quisiera saber si el otro
calentador es seguro.

Andrés Cárdenas"""),
("es", "b121-camara-frigorifica-restaurante", "Restaurante El Fogón <cocina@elfogon.example>", "Cámara", "technical", "high",
"""Buenas,

La cámara frigorífica que os tenemos alquilada marca 14 grados desde
esta mañana, el compresor no arranca. Hemos tenido que tirar el pescado
y la carne de todo el fin de semana y estamos llamando a las reservas
de esta noche para anularlas. Cocina cerrada hasta nuevo aviso.

Necesitamos un técnico hoy. Teléfono 600 000 123, pregunta por Íñigo.

Íñigo Aranda
El Fogón, Logroño"""),
("es", "b121-mx-planta-de-luz-no-arranca", "Raúl Mendoza <raul.mendoza@example.com.mx>", "planta de luz", "technical", "",
"""Que tal, rentamos la planta de luz de 7 kW para el rancho en
Tequisquiapan y no arranca, jala la cuerda y nada, ni intenta. Tiene
gasolina nueva y el switch esta en ON. Hay algun truco o la cambian?"""),
("es", "b121-limpiadora-moqueta-no-aspira", "Sergio Blanco <sergio.blanco@example.es>", "limpiadora moquetas", "technical", "",
"""Hola, la maquina de limpiar moquetas que alquile esta mañana echa el
agua con jabon pero no aspira nada, la moqueta se queda empapada. El
deposito de agua sucia esta bien puesto y vacio. Que puedo mirar?
Sergio"""),
("es", "b121-ar-amoladora-patada", "Gustavo Paz <gustavo.paz@example.com.ar>", "Amoladora alquilada", "technical", "high",
"""Buenas,

Ayer les alquilé una amoladora de 9 pulgadas en la sucursal de La
Plata. Esta mañana, con las manos secas y en el patio, al agarrarla por
la carcasa me dio una patada de corriente, fuerte. Miré el cable y
cerca del mango tiene la cubierta pelada y se ve el cobre.

La desenchufé y no la voy a usar más. Se la llevo a la tarde, pero
avisen para que revisen las otras antes de alquilarlas.

Gustavo Paz"""),
("es", "b121-cl-web-reserva-fecha-error", "Camila Fuentes <camila.fuentes@example.cl>", "Página de reservas", "technical", "",
"""Hola! estoy intentando reservar el camión de mudanza para el 30 en su
página y cada vez que elijo la fecha de devolución me sale "Error 500"
y se borra todo. Probé en Chrome y en el celular. ¿Pasa algo con la
web?"""),
("es", "b121-re-tecnico-frigorifico-ruido", "Ana Belén Cano <anabelen.cano@example.es>", "Re: Cita servicio técnico", "technical", "",
"""Hola,

El técnico vino el martes, como decía vuestro correo, cambió una pieza
del ventilador y parecía arreglado, pero desde anoche el frigorífico
alquilado vuelve a hacer el mismo zumbido fuerte y el congelador se
está llenando de escarcha. ¿Puede volver a pasar?

Ana Belén

> Estimada clienta:
> Le confirmamos la cita del servicio técnico para el frigorífico del
> contrato de alquiler 30-58812 el martes 12, de 9:00 a 14:00.
> Atentamente, Atención al Cliente"""),
("es", "b121-mx-lavamanos-bano-portatil", "Obra Residencial Los Pinos <obra.lospinos@example.com.mx>", "Baño 3", "technical", "",
"""Buenos días, en el baño portátil número 3 de la obra el lavamanos ya
no saca agua, el pedal se pisa y no sale nada, y el depósito está
lleno. Cuando vengan a dar el servicio del jueves lo pueden revisar.
Gracias. Ing. Salvador Ortiz"""),
("es", "b121-furgoneta-cierre-zona-carga", "Iván Domínguez <ivan.dominguez@example.es>", "Furgoneta 4487-KLM", "technical", "",
"""Buenas, el cierre centralizado de la furgoneta que alquilé ayer no
cierra la puerta lateral ni las traseras, solo las delanteras. Tengo
que dejar la furgo cargada esta noche en Alcalá y así no me quedo
tranquilo. ¿Hay alguna forma de cerrarlas a mano o me la cambiáis?"""),
("es", "b121-ar-carpa-abrojo-lona", "Romina Giménez <romina.gimenez@example.com.ar>", "carpa", "technical", "",
"""Hola, ya está armada la carpa para el cumple de 15 del sábado pero una
de las lonas laterales tiene el abrojo roto y no se engancha al caño,
queda flameando. Si llueve entra agua. Pueden pasar a cambiarla antes
del sábado? Romina"""),
("es", "b121-horario-semana-santa", "Manuel Ortega <manuel.ortega@example.es>", "Horario", "general", "",
"""Buenas, ¿abrís el Jueves y el Viernes Santo en la tienda de Córdoba?
Quería recoger una hormigonera el jueves por la mañana."""),
("es", "b121-mx-gracias-chofer-don-beto", "Patricia Lozada <patricia.lozada@example.com.mx>", "Gracias a Don Beto", "general", "",
"""Buenas tardes,

Les escribo solamente para agradecer a Don Beto, el chofer que nos
llevó la carpa y el mobiliario a Cuernavaca para el bautizo de mi
nieta. Llegó antes de la hora, nos ayudó a acomodar las mesas aunque no
le tocaba y hasta le cambió un foco a mi comadre. Un señor muy amable y
muy trabajador.

Dios los bendiga,
Patricia Lozada"""),
("es", "b121-ar-campera-en-la-camioneta", "Facundo Ríos <facundo.rios@example.com.ar>", "Me olvidé algo", "general", "",
"""Buenas! Devolví la camioneta en la sucursal de Córdoba capital el
lunes y me olvidé la campera, una de jean azul con corderito, atrás del
asiento del conductor. ¿La encontraron? Paso a buscarla cuando me
digan. Gracias! Facu"""),
("es", "b121-contenedor-en-el-vado", "Rosa Jiménez <rosa.jimenez@example.es>", "Pedido 71804", "general", "",
"""Hola,

Para el contenedor que viene el miércoles a la calle Olmo 14
(Valladolid): por favor dejadlo dentro del vado, pegado a la pared de
la izquierda, no en la acera, que el año pasado nos multaron por eso.
La puerta del garaje estará abierta desde las 8. Si hay dudas llamad a
mi hijo Javier al 600 000 456.

Gracias,
Rosa Jiménez"""),
("es", "b121-co-cambio-correo-celular", "Camilo Vargas <camilo.vargas@example.com.co>", "Actualización de datos", "general", "",
"""Buen día, por favor actualizar mis datos en la cuenta 51720: nuevo
correo camilo.vargas@example.com.co y celular 300 000 0000. El anterior
lo perdí. Muchas gracias. Camilo Vargas"""),
("es", "b121-rgpd-acceso-datos", "Beatriz Sanz <beatriz.sanz@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito que me faciliten copia de
todos los datos personales que tratan sobre mí, la finalidad del
tratamiento y si los han cedido a terceros, en particular a empresas de
información de solvencia. Fui cliente de alquiler de herramientas en
2021 y 2022.

Adjunto copia de mi DNI.

Atentamente,
Beatriz Sanz Herrero"""),
("es", "b121-mx-patrocinio-torneo-futbol", "Liga Infantil Tlaquepaque <liga.tlaquepaque@example.com.mx>", "Patrocinio", "general", "",
"""Buenas tardes,

Somos la Liga Infantil de Fútbol de Tlaquepaque, con 24 equipos de
niños de 7 a 14 años. En noviembre hacemos el torneo de clausura y
buscamos patrocinadores. Nos ayudaría mucho que nos apoyaran con
baños portátiles o una carpa para la premiación, y a cambio pondríamos
su logo en las playeras y en la lona del torneo.

¿Con quién podemos platicar?

Saludos,
Profr. Ernesto Rangel, Coordinador"""),
("es", "b121-carnet-b-furgoneta", "Lucía Campos <lucia.campos@example.es>", "Pregunta carnet", "general", "",
"""Hola, tengo el carnet B desde 2015, ¿puedo conducir la furgoneta
grande de 3.500 kg o hace falta otro? ¿Y qué documentación tengo que
llevar el día de la recogida?"""),
("es", "b121-ar-empleado-maleducado-superior", "Graciela Domínguez <graciela.dominguez@example.com.ar>", "Queja por atención en sucursal Mendoza", "general", "high",
"""Señores:

El viernes fui a la sucursal de Mendoza a preguntar por el alquiler de
un andamio para pintar la casa. El empleado del mostrador, un muchacho
alto de barba, me contestó de mala manera, me dijo que "con esa edad
mejor llame a un pintor" y se puso a reírse con su compañero delante de
otros clientes.

Tengo 68 años y no voy a aceptar que me traten así. Quiero que me
contacte el encargado de la sucursal o un superior, no quiero volver a
hablar con ese empleado.

Graciela Domínguez"""),
("es", "b121-cristales-suelo-mostrador", "Raquel Moreno <raquel.moreno@example.es>", "Cristales en la tienda", "general", "high",
"""Buenas tardes:

Esta mañana, en vuestra tienda de alquiler de Alcorcón, había trozos
de cristal de una mampara rota en el suelo junto al mostrador, justo
donde está la zona de espera con la mesita de colorear para niños. Mi
hija de cuatro años se agachó a recoger uno y casi se corta. Se lo dije
al dependiente y me contestó que ya lo barrerían "luego".

Por favor, que lo limpien y revisen esa zona antes de que algún niño
se haga daño.

Raquel Moreno"""),
("es", "b121-mx-urgente-hora-banos", "Jorge Treviño <jorge.trevino@example.com.mx>", "URGENTE", "general", "",
"""URGENTE!!! a que hora llegan mañana los 2 baños a la obra de
Av. Constitución? necesito avisar al velador para que abra el portón"""),
("es", "b121-carpa-fue-una-bomba", "Irene y Pablo <ireneypablo@example.es>", "¡Gracias!", "general", "",
"""¡Hola a todo el equipo!

La carpa fue una bomba. Lo petamos en la boda, de verdad: con las
guirnaldas de luces y el suelo de madera todo el mundo flipó, y
vuestros chicos lo montaron en tiempo récord a pesar del viento de
Tarifa. Mil gracias, os recomendaremos a todos nuestros amigos.

Irene y Pablo"""),
("es", "b121-cl-que-se-bota-en-tolva", "Rodrigo Soto <rodrigo.soto@example.cl>", "Consulta tolva", "general", "",
"""Hola, estamos remodelando la cocina de mi casa en Viña. ¿En la tolva
se pueden botar restos de cerámica, un lavaplatos viejo y pintura, o
hay cosas que no reciben? Gracias."""),
# ---------------- Polish ----------------
("pl", "b121-kaucja-bus-1000", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Zwrot kaucji", "billing", "",
"""Dzień dobry,

17 maja oddałem w oddziale w Poznaniu wynajętego busa (rezerwacja
PZ-44802). Od kaucji 1000 zł potrąciliście 350 zł za "uszkodzenie
tapicerki", a to rozdarcie jest wpisane w protokole wydania, który
podpisał Państwa pracownik. Protokół i zdjęcia w załączniku.

Proszę o zwrot pełnej kaucji.

Z poważaniem
Krzysztof Nowicki"""),
("pl", "b121-kontener-podwojna-oplata", "Grzegorz Wilk <grzegorz.wilk@example.pl>", "kontener na gruz", "billing", "",
"""Dzien dobry, zamowilem kontener 7 m3 na gruz (Lublin, ul. Lipowa 5),
450 zl, zaplacilem karta przez strone. Na koncie widze dwa obciazenia
po 450 zl z tego samego dnia. Kontener byl jeden. Prosze o zwrot
drugiej kwoty.
Grzegorz Wilk"""),
("pl", "b121-faktura-rusztowanie-nip", "Biuro <biuro@dachmet.example.pl>", "Faktura za rusztowanie", "billing", "",
"""Dzień dobry,

za wynajem rusztowania elewacyjnego na budowie przy ul. Słowackiego w
Rzeszowie (czerwiec) otrzymaliśmy fakturę na osobę prywatną. Prosimy o
korektę i wystawienie faktury na firmę:

DACHMET Sp. z o.o.
ul. Przemysłowa 8, 35-000 Rzeszów
NIP 8130000000

Pozdrawiamy
Ewelina Kot, biuro"""),
("pl", "b121-telewizor-babcia-dps", "Agata Lis <agata.lis@example.pl>", "Telewizor babci", "billing", "",
"""Dzień dobry,

moja babcia, Pani Stanisława Lis, od kilku lat wynajmuje od Państwa
telewizor (umowa 22108, Białystok). Od przyszłego tygodnia babcia
zamieszka w domu pomocy społecznej, gdzie w pokoju jest już telewizor,
więc ten nie będzie jej potrzebny.

Co trzeba zrobić, żeby zakończyć umowę i żeby nie pobierano już 49 zł
miesięcznie? Mogę być w mieszkaniu babci przy odbiorze.

Pozdrawiam
Agata Lis (wnuczka)"""),
("pl", "b121-namiot-weselny-raty-blik", "Kasia i Bartek <kasia.bartek@example.pl>", "namiot na wesele", "billing", "",
"""Hej, zarezerwowaliśmy namiot 10x25 na wesele 23 sierpnia pod
Nowym Sączem, całość 7800 zł, zadatek 2000 zł już wpłacony. Czy resztę
można rozłożyć na raty? A jeśli nie, to czy da się zapłacić BLIKIEM
albo przelewem w dniu montażu? Dzięki! Kasia"""),
("pl", "b121-myjka-oplata-za-spoznienie", "Ryszard Kubiak <ryszard.kubiak@example.pl>", "Oplata za myjke", "billing", "",
"""Dzien dobry. Oddalem myjke cisnieniowa w sobote o 13.20, a wypozyczalnia
w soboty jest do 13.00, wiec zostawilem ja w poniedzialek rano, tak jak
kazal pracownik przez telefon. Teraz widze ze doliczono mi 2 doby
(120 zl). Pracownik sam powiedzial ze moge oddac w poniedzialek.
Prosze to sprawdzic.
R. Kubiak"""),
("pl", "b121-zadatek-namiot-rzecznik", "Jolanta Pawlak <jolanta.pawlak@example.pl>", "Zwrot zadatku - namiot na komunię", "billing", "high",
"""Dzień dobry,

13 stycznia wpłaciłam 800 zł zadatku za namiot na przyjęcie komunijne
córki 18 maja. 3 kwietnia otrzymałam od Państwa SMS, że "z przyczyn
technicznych" nie mogą Państwo zrealizować zamówienia. Skoro to Państwo
odwołali usługę, zadatek powinien wrócić do mnie, a według Kodeksu
cywilnego nawet w podwójnej wysokości.

Od miesiąca słyszę tylko, że "księgowość się tym zajmie". Jeżeli w
ciągu 14 dni nie otrzymam zwrotu, sprawę zgłoszę do miejskiego
rzecznika konsumentów i skieruję pozew do sądu.

Jolanta Pawlak"""),
("pl", "b121-toalety-festyn-chargeback", "Rada Sołecka Wólka <solectwo.wolka@example.pl>", "Toalety na festyn - brakujące sztuki", "billing", "high",
"""Szanowni Państwo,

na festyn gminny 24 czerwca zamówiliśmy i opłaciliśmy kartą 12 toalet
przenośnych, w tym 2 dla osób niepełnosprawnych, razem 3840 zł. Na
miejsce przyjechało 8 zwykłych toalet, żadnej przystosowanej. Do dziś
nikt nie odpowiedział na nasze telefony.

Oczekujemy zwrotu 1280 zł za toalety, których nie dostarczono. Jeśli
do końca tygodnia nie będzie odpowiedzi, złożymy w banku reklamację
transakcji (chargeback) na całą kwotę.

W imieniu Rady Sołeckiej
Tadeusz Grabowski, sołtys"""),
("pl", "b121-lodowka-kontrakt-norwegia", "Łukasz Zieliński <lukasz.zielinski@example.pl>", "Lodówka - wyjazd", "billing", "",
"""Dzień dobry, wynajmuję od Was lodówkę (umowa 60314). Od października
wyjeżdżam na pół roku na kontrakt do Norwegii i mieszkanie będzie stało
puste. Czy mogę na ten czas zawiesić umowę i nie płacić rat, a po
powrocie wrócić do tego samego abonamentu? Lodówka może zostać, tylko
ją wyłączę.
Łukasz"""),
("pl", "b121-re-oferta-rusztowanie-rabat", "Piotr Wróblewski <piotr.wroblewski@example.pl>", "Re: Oferta - rusztowanie ul. Długa 12", "billing", "",
"""Dziękuję za ofertę. Wspólnota zdecydowała jednak, że ocieplenie
będzie robione w jednym etapie i potrwa ok. 3 miesiące. Czy przy
wynajmie na 3 miesiące jest możliwy rabat? I czy transport jest liczony
tylko raz?

Piotr Wróblewski
Zarządca, Wspólnota Mieszkaniowa Długa 12

> Szanowny Panie,
> w załączeniu oferta na rusztowanie elewacyjne 420 m2: 6,50 zł
> netto za m2 za miesiąc, montaż i demontaż 4200 zł netto.
> Z poważaniem, Dział Handlowy"""),
("pl", "b121-nie-rezygnuje-kod-odkurzacz", "Marta Sadowska <marta.sadowska@example.pl>", "Kod rabatowy", "billing", "",
"""Dzień dobry, od razu zaznaczam że nie rezygnuję z rezerwacji odkurzacza
piorącego na weekend :) Tylko kod WIOSNA15 z Waszego Facebooka nie
zadziałał i pobrało mi pełne 89 zł zamiast 75,65 zł. Czy można zwrócić
różnicę?"""),
("pl", "b121-oplata-sprzatanie-busa-kierownik", "Dariusz Mazur <dariusz.mazur@example.pl>", "Opłata 250 zł za sprzątanie", "billing", "high",
"""Dzień dobry,

po wynajmie busa w oddziale we Wrocławiu (umowa WR-1907) obciążono mnie
kwotą 250 zł za "sprzątanie przestrzeni ładunkowej". Przewoziłem meble
w folii, bus był oddany zamieciony, a pracownik przy odbiorze nie miał
żadnych uwag i podpisał protokół bez zastrzeżeń.

Dwa razy dzwoniłem na infolinię i dwa razy usłyszałem, że "nic się nie
da zrobić". Proszę o przekazanie sprawy kierownikowi oddziału albo
komuś wyżej i o kontakt telefoniczny: 600 000 789. Oczekuję zwrotu.

Dariusz Mazur"""),
("pl", "b121-tanszy-pakiet-bez-soundbara", "Beata Czarnecka <beata.czarnecka@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry, wynajmuję telewizor z soundbarem w pakiecie za 129 zł
miesięcznie. Soundbar właściwie stoi nieużywany, bo sąsiedzi narzekali.
Czy mogę przejść na sam telewizor za 99 zł i oddać soundbar?
Beata Czarnecka"""),
("pl", "b121-telewizor-dzwiek-bez-obrazu", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Telewizor", "technical", "",
"""Szanowni Państwo,

telewizor, który wynajmuję od Państwa, od wczoraj ma tylko dźwięk,
a ekran jest zupełnie czarny. Wnuczek wyłączał go z prądu i sprawdzał
kable, ale nic to nie dało. Proszę o przysłanie kogoś do naprawy.

Zofia Adamczyk
ul. Kościuszki 40 m. 3, Łódź
tel. 42 000 00 00"""),
("pl", "b121-to-nie-platnosci-haslo-aplikacja", "Michał Jankowski <michal.jankowski@example.pl>", "Płatności", "technical", "",
"""W temacie wpisałem płatności, ale to nie o to chodzi, płacę na czas.
Aplikacja wypożyczalni nie przyjmuje mojego hasła, po zmianie hasła przez
"nie pamiętam hasła" dalej pokazuje "nieprawidłowe dane logowania". Na
stronie loguję się bez problemu. Samsung, Android 14."""),
("pl", "b121-pralka-nie-wiruje", "Stanislaw Gorski <s.gorski@example.pl>", "pralka", "technical", "",
"""Dzien dobry, wynajmowana pralka (umowa 31177) od tygodnia nie wiruje,
pranie wychodzi mokre jakby wyjete z wiadra. Filtr wyczyszczony, pralka
nie jest przeladowana. Prosze o serwis, jestem w domu po 15.
Gorski, Gdynia"""),
("pl", "b121-rusztowanie-kotwy-wiatr", "Wojciech Baran <wojciech.baran@example.pl>", "Rusztowanie - ul. Ogrodowa 3", "technical", "high",
"""Dzień dobry,

po wczorajszej wichurze przy rusztowaniu, które Państwo postawili na
elewacji naszego domu, wyrwały się dwie kotwy na wysokości drugiego
piętra i całe górne piętro rusztowania odchyla się od ściany, gdy ktoś
po nim chodzi. Jedna barierka zwisa na jednym zacisku.

Ekipie od ocieplenia powiedziałem, żeby nie wchodziła, a dzieci trzymam
z daleka od tej strony domu. Proszę o jak najszybszy przyjazd
montażystów.

Wojciech Baran
Opole"""),
("pl", "b121-nagrzewnica-gazowa-namiot", "Ewa Sobczak <ewa.sobczak@example.pl>", "Nagrzewnica do namiotu", "technical", "high",
"""Dzień dobry,

razem z namiotem na osiemnastkę syna wypożyczyliśmy dwie nagrzewnice
gazowe. Przy próbnym podłączeniu butli do jednej z nich poczuliśmy
wyraźny zapach gazu przy zaworze. Zakręciłam butlę, odłączyłam ją i
wyniosłam nagrzewnicę na zewnątrz, daleko od namiotu.

Czy mogą Państwo wymienić ją przed sobotą? I czy druga, taka sama,
jest na pewno sprawna?

Ewa Sobczak"""),
("pl", "b121-pizzeria-zmywarka-gastro", "Pizzeria Da Tonio <kontakt@datonio.example.pl>", "zmywarka", "technical", "high",
"""Dzień dobry,

wynajęta od Was zmywarka kapturowa od rana nie grzeje wody, naczynia
wychodzą tłuste i brudne. O 13 skończyły nam się czyste talerze i
szklanki, kelnerki odsyłają gości, zamówień z dowozu nie przyjmujemy,
bo nie mamy nawet w czym przygotować. W sobotę mamy też komunię na 60
osób.

Potrzebujemy serwisanta dzisiaj. Tel. 600 000 321, Antoni.

Antoni Lewandowski
Pizzeria Da Tonio, Toruń"""),
("pl", "b121-grzejnik-olejowy-mama-mroz", "Halina Wójcik <halina.wojcik@example.pl>", "Grzejnik dla mamy", "technical", "high",
"""Dzień dobry,

moja mama ma 87 lat i mieszka sama na wsi pod Suwałkami. Piec CO jest
w naprawie do czwartku, więc w poniedziałek wypożyczyliśmy od Państwa
dwa grzejniki olejowe. Dziś rano jeden przestał grzać całkiem, lampka
się świeci, ale jest zimny. W nocy ma być minus dwanaście, a w domu
już jest 12 stopni.

Czy da się dziś dowieźć drugi grzejnik? Ja jestem w Warszawie, ale
sąsiad może odebrać i otworzyć.

Halina Wójcik"""),
("pl", "b121-odkurzacz-pioracy-nie-pobiera", "Paweł Michalski <pawel.michalski@example.pl>", "Odkurzacz piorący", "technical", "",
"""Cześć, wypożyczony odkurzacz piorący nie pobiera wody ze zbiornika,
pompka buczy, ale na wykładzinę nic nie leci. Zbiornik pełny, wężyk
podłączony, próbowałem na dwóch końcówkach. Da się to jakoś
odpowietrzyć czy mam przywieźć do wymiany?"""),
("pl", "b121-agregat-gasnie", "Robert Kalinowski <robert.kalinowski@example.pl>", "Agregat", "technical", "",
"""Dzien dobry, agregat pradotworczy 6 kW wypozyczony na dzialke gasnie
po kilku minutach pracy, nawet bez obciazenia. Paliwo jest, olej
sprawdzony. Odpala i znow gasnie. Co moze byc przyczyna?"""),
("pl", "b121-strona-rezerwacji-blad-500", "Natalia Szymańska <natalia.szymanska@example.pl>", "strona", "technical", "",
"""Hej, od wczoraj nie da się zarezerwować busa na Waszej stronie, po
wybraniu godziny odbioru wyskakuje "Błąd 500 - spróbuj ponownie
później". Próbowałam na laptopie i telefonie. Chciałam zarezerwować na
piątek z Krakowa."""),
("pl", "b121-bus-czujnik-parkowania", "Adam Kowal <adam.kowal@example.pl>", "Bus WGM 0000X", "technical", "",
"""Dzień dobry, w busie wynajętym rano czujniki parkowania piszczą
non stop, nawet podczas jazdy prosto po pustej drodze. Da się to
wyłączyć? Jeżdżę tak już od godziny i głowa mi pęka.
Adam"""),
("pl", "b121-szlifierka-iskry-spalenizna", "Marek Wysocki <marek.wysocki@example.pl>", "Szlifierka", "technical", "high",
"""Dzień dobry,

szlifierka kątowa wypożyczona w czwartek w oddziale w Katowicach po
kilku minutach pracy zaczęła sypać iskrami z kratek wentylacyjnych na
obudowie, a w pomieszczeniu czuć było spaleniznę. Obudowa przy
włączniku zrobiła się bardzo gorąca. Wyłączyłem ją, odłączyłem od
prądu i więcej nie używam.

Oddam ją jutro rano. Radzę sprawdzić pozostałe egzemplarze tego
modelu.

Marek Wysocki"""),
("pl", "b121-re-serwis-lodowka-szumi", "Renata Kaczmarczyk <renata.kaczmarczyk@example.pl>", "Re: Potwierdzenie wizyty serwisanta", "technical", "",
"""Dzień dobry,

serwisant był w środę, wymienił wentylator i przez dwa dni był spokój.
Od wczoraj lodówka znowu głośno szumi w nocy, a w zamrażalniku na
tylnej ściance narasta lód. Proszę o ponowną wizytę.

Renata Kaczmarczyk

> Szanowna Pani,
> potwierdzamy wizytę serwisanta w sprawie lodówki z umowy najmu
> 58-2091 w środę 6 marca w godz. 8-14.
> Dział Obsługi Klienta"""),
("pl", "b121-toaleta-zamek-nie-dziala", "Budowa Osiedle Zielone <kierownik@osiedlezielone.example.pl>", "Toaleta nr 2", "technical", "",
"""Dzien dobry, w toalecie nr 2 na budowie przy ul. Lesnej zepsul sie
zamek, zasuwka nie wchodzi i drzwi sie same otwieraja. Prosze przy
najblizszym serwisie to naprawic. Pozdrawiam, kierownik budowy
J. Malinowski"""),
("pl", "b121-godziny-boze-cialo", "Iwona Zając <iwona.zajac@example.pl>", "Boże Ciało", "general", "",
"""Dzień dobry, czy wypożyczalnia w Krakowie na Zabłociu jest otwarta w
piątek po Bożym Ciele? Chcę odebrać betoniarkę rano."""),
("pl", "b121-podziekowania-pan-mariusz", "Teresa Nowak <teresa.nowak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować kierowcy, panu Mariuszowi, który w piątek
przywiózł nam kontener. Mamy wąski wjazd i niskie gałęzie orzecha, a on
spokojnie, centymetr po centymetrze, ustawił kontener dokładnie tam,
gdzie prosiliśmy, i jeszcze pomógł mężowi przenieść stare drzwi.

Życzę Państwu więcej takich pracowników.

Teresa Nowak"""),
("pl", "b121-zgubiony-telefon-bus", "Kuba Sikora <kuba.sikora@example.pl>", "zgubiony telefon", "general", "",
"""Siema, oddałem wczoraj busa w Gdańsku na Przymorzu i chyba zostawiłem
w schowku drzwi kierowcy telefon służbowy, czarny Samsung w etui z
logo firmy. Możecie sprawdzić? Mogę podjechać dziś po 16. Kuba,
tel. 500 000 111"""),
("pl", "b121-kontener-brama-wjazd-od-tylu", "Henryk Dąbrowski <henryk.dabrowski@example.pl>", "Zamówienie 40915", "general", "",
"""Dzień dobry,

kontener na czwartek proszę podstawić od strony ul. Polnej (wjazd od
tyłu posesji), a nie od głównej ulicy, bo tam jest przystanek. Brama
będzie otwarta od 7.00. Proszę ustawić go na utwardzonym placu przy
garażu, nie na trawniku.

Henryk Dąbrowski"""),
("pl", "b121-zmiana-nazwiska-po-slubie", "Aleksandra Kowalczyk <aleksandra.kowalczyk@example.pl>", "Zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Wisniewska na Kowalczyk.
Prosze o zmiane danych na koncie klienta nr 70318 oraz adresu e-mail na
ten, z ktorego pisze. Moge przeslac skan nowego dowodu.
Pozdrawiam, Aleksandra Kowalczyk"""),
("pl", "b121-rodo-usuniecie-danych", "Tomasz Lewicki <tomasz.lewicki@example.pl>", "Żądanie usunięcia danych (RODO)", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych z
Państwa bazy, w tym z listy mailingowej i bazy SMS. Korzystałem z
wypożyczalni narzędzi jednorazowo w 2021 roku. Proszę o potwierdzenie
usunięcia na ten adres.

Tomasz Lewicki"""),
("pl", "b121-osp-festyn-namiot-sponsor", "OSP Mielnik <osp.mielnik@example.pl>", "Festyn strażacki", "general", "",
"""Dzień dobry,

Ochotnicza Straż Pożarna w Mielniku organizuje 10 sierpnia festyn
rodzinny, z którego dochód przeznaczymy na nowe wyposażenie dla
druhów. Spodziewamy się ok. 800 osób.

Czy byliby Państwo zainteresowani sponsorowaniem festynu, np.
użyczeniem namiotu lub kilku toalet przenośnych? W zamian umieścimy
Państwa logo na banerze i podziękujemy ze sceny.

Z druhowskim pozdrowieniem
Zbigniew Orzeł, prezes OSP"""),
("pl", "b121-prawo-jazdy-b-bus", "Wiesław Król <wieslaw.krol@example.pl>", "pytanie", "general", "",
"""Dzien dobry, mam prawo jazdy kat. B od 1987 roku. Czy moge prowadzic
Waszego busa 3,5 t z plandeka, czy potrzebne jest C? I jakie
dokumenty zabrac przy odbiorze?"""),
("pl", "b121-niemily-pracownik-kierownik", "Magdalena Wrona <magdalena.wrona@example.pl>", "Skarga na obsługę - oddział Lublin", "general", "high",
"""Dzień dobry,

wczoraj przyszłam do oddziału w Lublinie zapytać o wynajem rusztowania
jezdnego. Pracownik przy ladzie przez cały czas rozmawiał przez telefon,
a kiedy w końcu mnie wysłuchał, powiedział "pani i tak nie wie, czego
chce" i odszedł na zaplecze. Czekałam jeszcze 10 minut i wyszłam.

Proszę o kontakt kierownika oddziału albo osoby wyżej. Chcę wiedzieć,
jakie wyciągnięto konsekwencje.

Magdalena Wrona"""),
("pl", "b121-plac-wypozyczalni-pret", "Jan Pietrzak <jan.pietrzak@example.pl>", "Plac przy wypożyczalni", "general", "high",
"""Dzień dobry,

na placu przed Państwa wypożyczalnią w Bydgoszczy, przy wejściu dla
klientów, z betonu wystaje kawałek pręta zbrojeniowego, ok. 15 cm, a
obok jest dziura po wyrwanym słupku. Wieczorem tego w ogóle nie widać.
Potknąłem się dziś o ten pręt, na szczęście skończyło się na
rozdartych spodniach.

Proszę to zabezpieczyć, zanim ktoś zrobi sobie krzywdę.

Jan Pietrzak"""),
("pl", "b121-pilne-godzina-namiotu", "Oliwia Kaczor <oliwia.kaczor@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! o ktorej jutro przyjada montowac namiot na ul. Sloneczna 8?
musze zwolnic sie z pracy zeby otworzyc brame"""),
("pl", "b121-namiot-petarda", "Monika i Paweł <monika.pawel@example.pl>", "Dziękujemy!", "general", "",
"""Dzień dobry!

Namiot na naszym weselu to była petarda! Goście byli zachwyceni,
wszystko wyglądało jak z katalogu, a ekipa montażowa rozbiła go w
rekordowym tempie mimo ulewy dzień wcześniej. Zabójczo dobra robota,
serio. Polecimy Was wszystkim znajomym.

Monika i Paweł"""),
("pl", "b121-co-do-kontenera", "Elżbieta Sowa <elzbieta.sowa@example.pl>", "Kontener - pytanie", "general", "",
"""Dzień dobry, remontujemy łazienkę. Czy do kontenera na gruz można
wrzucić stare płytki razem z płytami gipsowymi i starą wanną żeliwną,
czy coś z tego trzeba oddać osobno? I czego w ogóle nie wolno
wrzucać?"""),
]
