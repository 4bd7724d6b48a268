# batch172.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them.
# Businesses drawn mostly from repairs: phone screen
# repairs, laptop repairs, TV repairs, vacuum cleaner repairs, bicycle
# e-motor repairs, watch battery replacement and hearing aid repairs.
# Covers the failure classes in new situations -- escalation demands that
# keep their topic, legal threats and chargebacks, negations, Greeklish,
# subjects that say nothing or something else, replies quoting an earlier
# mail, paid plans ended or paused in unusual words, outages of a business
# told only by their consequences, safety hazards told calmly, praise --
# and everyday mail of all three queues.  40 mails per language, written
# separately for each language.  Tuple format:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b172-en-screen-quote-vs-bill", "Hannah Oakes <hannah.oakes@example.co.uk>", "Screen repair charge", "billing", "",
"""Hi,

I brought my phone into your Reading branch on Thursday for a cracked
screen. The quote on the ticket (which I still have) says 89.00. When I
picked it up on Saturday I was charged 124.00 - the lad at the till said
it was "adhesive and labour" but nobody mentioned any extra before the
work was done.

Could someone explain the difference, or refund the 35.00 please?

Thanks,
Hannah Oakes"""),
("en", "b172-en-dads-battery-deliveries", "Siobhan Keane <siobhan.keane@example.ie>", "Dad's account", "billing", "",
"""Hello,

My father, Patrick Keane, had the hearing aid batteries sent out to him
every month from you, 6.50 a month off his card. Dad passed away at the
start of the month so there won't be any call for them any more. Could
you stop the payments and the parcels? There's one unopened pack here if
you want it back.

Account number is on the parcel as HK-20931 I think.

Many thanks for looking after him, he always said the batteries came on
time.

Siobhan Keane
Ennis, Co. Clare"""),
("en", "b172-en-diagnostic-fee-declined", "Tyler Brooks <tyler.brooks@example.com>", "Question about the $49", "billing", "",
"""Hey there - I dropped my laptop off last week, you quoted $310 for the
motherboard repair and I said no thanks, I'll just buy a new one. I got
charged $49 for the diagnostic. Is that normal even if I don't go ahead
with the repair? The guy at the counter said something about it being
taken off the repair price, but I'm not doing the repair. Just want to
understand it.

Tyler"""),
("en", "b172-en-hello-watch-battery-twice", "Bronwyn Taylor <bronwyn.t@example.com.au>", "Hello", "billing", "",
"""Hi, had a watch battery done at your kiosk in Chermside on Saturday
morning, A$25. The card machine beeped funny so I tapped again and now
my bank app shows two lots of $25. Can you refund one of them? I've got
a screenshot if you need it.

Cheers, Bronwyn"""),
("en", "b172-en-ebike-motor-instalments", "Marcus Fielding <marcus.fielding@example.co.uk>", "Paying for the motor rebuild", "billing", "",
"""Good afternoon,

Your workshop has quoted 420 to rebuild the hub motor on my e-bike (job
EB-5512). I'm happy to go ahead but I'd rather not put it all on at
once. Do you offer any way of spreading the cost - three monthly
payments, Klarna, anything like that? And do I pay when I collect or
before you start?

Marcus Fielding"""),
("en", "b172-en-tv-refund-short-manager", "Gordon Pike <gordon.pike@example.co.uk>", "TV repair refund", "billing", "high",
"""You told me on 3 May that the panel for my 55 inch TV could not be
sourced and that the 180.00 I paid up front would be refunded in full.
What arrived in my account was 115.00. Your phone team say 65.00 was kept
as an "inspection charge". Nobody told me about any inspection charge
and it is not on the booking form I signed.

I have now rung four times. I want a manager or someone senior to call
me back, not another ticket number. 07700 900632.

Gordon Pike"""),
("en", "b172-en-laptop-deposit-small-claims", "Eleanor Whitfield <e.whitfield@example.co.uk>", "Deposit - job LP-30118", "billing", "high",
"""Dear Sir or Madam,

On 14 February I paid a deposit of 150.00 towards a replacement
motherboard for my laptop (job LP-30118). On 2 April your technician
informed me that the part was no longer available and returned the
laptop unrepaired. I have since been told that the deposit is
non-refundable.

The work was not carried out through no fault of mine. Unless the 150.00
is returned to me within fourteen days of this letter I shall issue a
claim in the small claims court without further notice.

Yours faithfully,
Eleanor Whitfield"""),
("en", "b172-en-vacuum-never-repaired-chargeback", "Rohit Malhotra <rohit.malhotra@example.in>", "Service request SR-88420", "billing", "high",
"""Dear Team,

I had paid Rs 3,800 online on 12th of last month for repair of my
vacuum cleaner, including pickup from home. Till date nobody has come to
pick it up. I have called your helpline 6 times and every time I am
told "technician will call you in 24 hours". No one calls.

Kindly refund the full amount immediately. If I do not receive it by
this Friday I will raise a dispute with my credit card bank and get it
reversed from their side.

Regards,
Rohit Malhotra
Pune"""),
("en", "b172-en-care-plan-pause-abroad", "Niamh Doyle <niamh.doyle@example.ie>", "Laptop cover while I'm away", "billing", "",
"""Hi folks,

I'm off to Melbourne for six months on a work placement from September
and I'm not bringing the laptop that's on your care plan (10 euro a
month). Is there any way to put the plan on hold while I'm gone instead
of cancelling? I'd like to pick it back up when I'm home in March.

Niamh"""),
("en", "b172-en-invoice-vat-not-complaint", "Accounts <accounts@fernleigh-surveys.example>", "Invoice needed", "billing", "",
"""Hello,

No complaint about the repair itself - the screen is perfect and the
phone was back the same day. However, the receipt we were given is just
a till slip. For our books we need a proper VAT invoice made out to
Fernleigh Surveys Ltd, Unit 4, Castle Park, Taunton TA1 4AX, showing
your VAT number. Job reference PS-77201, total 149.00.

Kind regards,
Janet Ellery
Accounts, Fernleigh Surveys"""),
("en", "b172-en-student-discount-screen", "Kayla Moreno <kayla.moreno@example.edu>", "student discount?", "billing", "",
"""hi! do you guys do a student discount on screen repairs? my iphone
screen is cracked and your site says $179, which is kinda a lot for me
rn. i have a valid student id from ohio state. thanks!!"""),
("en", "b172-en-re-quote-bank-transfer", "Alan Prentice <alan.prentice@example.co.uk>", "Re: Your repair quote Q-4471", "billing", "",
"""Thanks Karen, that's fine, please go ahead with the new drive and the
data transfer. Can I pay by bank transfer rather than card? If so,
please send me your account details and tell me what reference to use.

Alan

On Tue, 11 Jun 2024 at 09:14, Karen Lowe <quotes@example-fixit.co.uk> wrote:
> Dear Mr Prentice,
>
> Following our diagnosis, your laptop's hard drive is failing. We can
> fit a 1TB SSD and copy your files across for 135.00 including VAT.
> Please reply to this email to confirm you'd like us to proceed.
>
> Kind regards,
> Karen Lowe
> Repair Desk"""),
("en", "b172-en-bill-gave-me-a-shock", "Pauline Greaves <pauline.greaves@example.co.uk>", "My hoover bill", "billing", "",
"""I must say I got quite a shock when I opened the bill for my hoover
repair - 95.00, when a brand new one of the same make is 110.00 in
Argos. Could you send me a breakdown of what the 95.00 is for? I was
told on the phone it would be "about 50".

Mrs P. Greaves"""),
("en", "b172-en-ebike-plan-new-home", "Dan Fletcher <dan.fletcher@example.com>", "Service plan", "billing", "",
"""Hi,

My e-bike has gone to a new home - moved into a flat with nowhere to
keep it so my brother-in-law has it now. That means the annual service
plan I pay 8.99 a month for isn't much use to me. Can you stop it from
this month? It's under dan.fletcher@example.com.

Cheers
Dan"""),
("en", "b172-en-order-number-touch-strip", "Leah Carmody <leah.carmody@example.co.uk>", "Order 30817", "technical", "",
"""Hi,

Since the new screen went on, the bottom centimetre or so doesn't
respond to touch at all. I can't hit the space bar or swipe up to go
home, I have to turn the phone sideways. Everything above that is fine.
Picked it up from your Bristol shop on Monday.

Leah"""),
("en", "b172-en-no-refund-tv-lines", "Frank Doherty <frank.doherty@example.ie>", "TV back from repair", "technical", "",
"""Let me say straight off, I'm not looking for my money back. I want the
telly to work.

You replaced the "T-con board" two weeks ago and for three days it was
grand. Now the vertical lines are back on the left side of the picture,
same as before, and today there's a faint green one down the middle as
well. It's a 2019 Philips 50 inch.

When can someone look at it again?

Frank Doherty
Galway"""),
("en", "b172-en-ebike-battery-burning-smell", "Olivia Carter <olivia.carter@example.co.uk>", "E-bike after the motor repair", "technical", "high",
"""Hello,

I collected my e-bike from your workshop yesterday after the motor
repair. I left it charging in the hallway last night and at around
eleven there was a smell of burning plastic. The battery pack was too
hot to hold and one side of the casing looks slightly bulged. I've
unplugged it and put the battery outside on the patio, away from the
house, and nobody's touching it.

I'm not sure whether it's the battery or something that was done to the
wiring, but I'd rather not use it again until you've checked. What
should I do with it?

Olivia Carter"""),
("en", "b172-en-vacuum-sparks-vents", "Walter Hughes <walter.hughes@example.co.uk>", "Hoover", "technical", "high",
"""Dear Sir,

I had my upright vacuum back from your repair shop on Tuesday. When I
switch it on I can see small blue sparks through the slots on the side
of the motor housing, and there is a hot smell after a minute or two. I
have unplugged it and will not use it again until I hear from you.

I am 81 and do not drive, so I would be grateful if it could be
collected.

Yours sincerely,
Walter Hughes"""),
("en", "b172-en-hearing-aid-mum-alone", "Karen Bailey <karen.bailey@example.co.uk>", "Mum's hearing aid - still not working", "technical", "high",
"""Hello,

My mother's hearing aid came back from your repair centre on Friday and
it is completely dead - new battery, no whistle, nothing. She is 86,
lives on her own in Whitby and without it she can't hear the phone, the
doorbell or the smoke alarm. I'm three hours away in Leeds. She has no
spare.

Please can someone tell me today how we get this sorted, or whether
there's a loan aid she can use in the meantime.

Karen Bailey
07700 900871"""),
("en", "b172-en-courier-fleet-e07", "Dispatch <dispatch@swiftcargo-bikes.example>", "Bikes serviced Monday", "technical", "high",
"""Hi,

Our nine cargo bikes came back from your motor service on Monday. This
morning every one of them shows error E07 on the display and the motor
won't assist at all. The riders have been sitting in the depot since
8am, none of the morning drops have gone out and we've had two
restaurants cancel their contracts for the week already.

We need someone on this today. Call Sam on 0161 496 0723.

Swiftcargo Bikes, Manchester"""),
("en", "b172-en-watch-fogged-after-battery", "Graham Lister <graham.lister@example.co.uk>", "Watch", "technical", "",
"""Had the battery changed in my Citizen at your Leeds kiosk last week.
Washed my hands this morning as usual and now there's condensation
under the glass. Never had that in ten years of wearing it. Was the seal
put back properly?"""),
("en", "b172-en-laptop-fan-noise-kindly", "Suresh Iyer <suresh.iyer@example.in>", "Laptop fan making sound after repair", "technical", "",
"""Dear Sir/Madam,

My Lenovo laptop was given to your Koramangala service centre for
keyboard replacement (job no. BLR-20477) and returned on Saturday.
Keyboard is working fine, but now the fan is running at full speed all
the time with very loud noise, even when only the browser is open.
Before the repair this issue was not there.

Kindly check and do the needful at the earliest.

Thanks and regards,
Suresh Iyer"""),
("en", "b172-en-not-bill-reset-link", "Megan Shaw <megan.shaw@example.com>", "Can't get into my account", "technical", "",
"""This isn't about the bill, I've paid that. I just want to see how the
repair on my laptop is going, but I can't log into the tracking page.
I've pressed "forgot password" about five times and the reset email
never arrives - not in spam either. The address on the account is this
one."""),
("en", "b172-en-face-id-after-screen", "Jack Nguyen <jack.nguyen@example.com.au>", "Face ID", "technical", "",
"""G'day,

Got my screen replaced at your Parramatta store Wednesday arvo. Screen
looks great but Face ID has stopped working completely - says "Face ID
is not available, try setting it up later". Worked fine before the
screen was done. Is that something to do with the repair or a
software thing?

Jack"""),
("en", "b172-en-question-soundbar-arc", "Rhys Pritchard <rhys.pritchard@example.co.uk>", "Question", "technical", "",
"""Quick one - since you fixed the TV power supply, my soundbar on the
HDMI ARC port doesn't come on with the TV any more and there's no sound
through it at all. It worked before. Did a setting get reset? I've had
a look in the menus and can't see anything obvious."""),
("en", "b172-en-urgent-caps-charging-port", "Chantelle Wright <chantelle.w@example.co.uk>", "URGENT!!!!", "technical", "",
"""PLEASE READ THIS URGENT

had my charging port done at your place in Croydon last week and it
ONLY charges if i hold the cable at an angle. if i let go it stops. this
is so annoying i have to sit there holding it every night!!!!!!"""),
("en", "b172-en-re-laptop-still-bluescreen", "Peter Lowry <peter.lowry@example.ie>", "Re: Your repair LR-6602 is ready for collection", "technical", "",
"""Hi,

Collected it on Thursday. It's crashing again - blue screen with
"MEMORY_MANAGEMENT" two or three times a day, exactly as before. So
whatever was done hasn't fixed it. How do I get it back in to you?

Peter

On 6 June 2024, at 15:02, Repair Centre <noreply@example-repairs.ie> wrote:
> Your repair LR-6602 is ready for collection.
> Work carried out: Windows reinstalled, drivers updated. No hardware
> fault found.
> Opening hours Mon-Sat 9:00-17:30."""),
("en", "b172-en-easter-monday-collection", "Trevor Banks <trevor.banks@example.co.uk>", "Easter Monday", "general", "",
"""Are you open on Easter Monday? My TV's ready for collection and it's
the only day I've got the van."""),
("en", "b172-en-thanks-priya-hearing", "Dorothy Ashworth <dorothy.ashworth@example.co.uk>", "Thank you", "general", "",
"""Dear All,

I just wanted to write and say thank you to Priya at your Harrogate
branch. I came in last Tuesday very upset because my hearing aid had
stopped working the day before my granddaughter's wedding. Priya sat me
down, made me a cup of tea, and had it working again within the hour.
I heard every word of the speeches.

Please pass on my thanks to her.

With kind regards,
Dorothy Ashworth (Mrs)"""),
("en", "b172-en-left-charger-counter", "Sam Okafor <sam.okafor@example.co.uk>", "Charger", "general", "",
"""Hi, I think I left my laptop charger on the counter at your Brixton
shop this afternoon when I dropped the laptop off - black Dell one with
a bit of blue tape on the plug. Could you keep it with the laptop for
me? Thanks, Sam"""),
("en", "b172-en-rude-staff-father-manager", "Lisa Rowntree <lisa.rowntree@example.co.uk>", "Treatment of my father at your Derby shop", "general", "high",
"""I am writing about the way my father was spoken to at your Derby shop
on Saturday morning.

He is 79 and went in to ask about his phone. The young man behind the
counter sighed, called him "mate" in a sarcastic voice, and when my
father didn't understand something said, loudly enough for the other
customers to hear, "it's not rocket science". My father came home
shaking and embarrassed.

I want the store manager, or whoever is above the store manager, to
contact me directly about this. I don't want a voucher.

Lisa Rowntree"""),
("en", "b172-en-loose-mat-doorway", "Colin Maxwell <colin.maxwell@example.co.uk>", "Your Perth shop entrance", "general", "high",
"""Hello,

Just to let you know, the rubber mat inside the door of your shop on
South Street in Perth has curled up at one corner. I caught my foot on
it going in this morning and nearly went headfirst into the display.
The lady at the desk said it's been like that for a while. I'm fine, but
there were a couple of older customers in with walking sticks and
someone is going to take a proper fall. Worth sorting quickly.

Colin Maxwell"""),
("en", "b172-en-data-request-ico", "Ruth Halloran <ruth.halloran@example.co.uk>", "Subject access request - second time", "general", "high",
"""Dear Data Protection Officer,

On 2 May I asked, under the UK GDPR, for a copy of all personal data you
hold about me, including any copies made of my phone's contents when it
was in for repair in March. It is now more than a month later and I have
had no reply, not even an acknowledgement.

If I do not receive a full response within seven days I will be
reporting this to the Information Commissioner's Office.

Ruth Halloran
12 Vicarage Close, Stroud"""),
("en", "b172-en-change-address", "Imogen Tate <imogen.tate@example.co.uk>", "New address", "general", "",
"""Hi, I've moved house - please update my account to 7 Larch Grove,
Cheltenham GL52 3PR. Mobile number stays the same. Thanks, Imogen"""),
("en", "b172-en-vacuum-leave-with-neighbour", "Bernard Cole <bernard.cole@example.co.uk>", "Delivery of my vacuum", "general", "",
"""Good morning,

I understand my vacuum cleaner is being returned by courier on Thursday.
I shall be at the hospital most of that day. Please ask the driver to
leave it with my neighbour at number 14, Mrs Jennings, who has kindly
agreed to take it in.

Thank you,
Bernard Cole"""),
("en", "b172-en-vintage-seiko-battery", "Howard Lane <howard.lane@example.com>", "Old watch", "general", "",
"""Do you change batteries on older quartz watches? I have my late
father's Seiko from about 1978 and I'd like to get it going again
before I give it to my son. Is it something you'd do at the kiosk or
does it need sending away?"""),
("en", "b172-en-cycling-club-sponsorship", "Ciaran Walsh <secretary@kilkennywheelers.example>", "Club sponsorship 2025", "general", "",
"""Hi there,

I'm secretary of Kilkenny Wheelers, a cycling club of about 120
members, a growing number of them on e-bikes. We're looking for local
businesses to sponsor our jerseys for the 2025 season, and since a lot
of our members already bring their bikes to your Kilkenny workshop, we
thought of you first. Would someone there be the right person to talk
to about this?

Ciaran Walsh
Hon. Secretary, Kilkenny Wheelers"""),
("en", "b172-en-repair-cafe-volunteers", "Jo Whittaker <jo@stroudrepaircafe.example>", "Repair cafe in October", "general", "",
"""Hello!

We run a monthly repair café in Stroud and our October one is going to
be a "bring your broken gadgets" special. Would any of your technicians
like to come along and volunteer for an afternoon, or give a short talk
on looking after phone batteries? Saturday 19 October, 1-4pm, at the
church hall. Tea and cake provided!

Jo"""),
("en", "b172-en-not-technical-parking", "Aisling Byrne <aisling.byrne@example.ie>", "Parking near you", "general", "",
"""Not a technical question for once! I'm bringing in a big TV for repair
on Friday - is there anywhere I can pull up close to the Drumcondra shop
to unload it, or do I need to find a car park?"""),
("en", "b172-en-thanks-ebike-before-trip", "Steve Morrison <steve.morrison@example.com.au>", "Legends", "general", "",
"""Just a quick note to say thanks to Matt and the team at the Fremantle
workshop. You got my e-bike motor sorted in two days when I'd been
told a week, so I made it down to Margaret River for the ride with my
mates after all. Bike went like a dream.

Cheers,
Steve"""),
]

# ---------------- Greek ----------------
M += [
("el", "b172-el-prosfora-othonis-145", "Χριστίνα Παππά <christina.pappa@example.gr>", "Αλλαγή οθόνης - διαφορά στην τιμή", "billing", "",
"""Καλησπέρα σας,

Την Τρίτη άφησα το κινητό μου στο κατάστημά σας στην Ερμού για αλλαγή
οθόνης. Η προσφορά που μου έδωσαν γραπτώς ήταν 120€. Όταν πήγα να το
παραλάβω με χρέωσαν 145€ και μου είπαν ότι τα 25€ είναι για «προστατευτικό
τζαμάκι και τοποθέτηση», που δεν το ζήτησα ποτέ.

Θα ήθελα να μου επιστρέψετε τα 25€ στην κάρτα.

Ευχαριστώ,
Χριστίνα Παππά"""),
("el", "b172-el-gl-dyo-xrewseis-mpataria", "Stelios K. <stelios.kar@example.gr>", "xrewsh", "billing", "",
"""Kalhspera, ekana allagh mpatarias sto roloi sto periptero sas sto
Mall to Savvato, 15e. Sthn trapeza mou fainontai 2 xrewseis twn 15e me
thn idia wra. Mporeite na mou epistrepsete th mia?
Stelios"""),
("el", "b172-el-mpataries-akoustikou-pateras-efyge", "Αννα Λιακου <anna.liakou@example.gr>", "Μπαταριες πατερα μου", "billing", "",
"""Καλημερα σας,

Ο πατερας μου, Γεωργιος Λιακος, ειχε συνδρομη σε σας για μπαταριες
ακουστικου, 7€ το μηνα απο την καρτα του. Ο πατερας μου εφυγε απο τη
ζωη τον περασμενο μηνα, οποτε δεν χρειαζονται πια. Παρακαλω σταματηστε
τις χρεωσεις και τις αποστολες.

Σας ευχαριστω για την εξυπηρετηση ολα αυτα τα χρονια.
Αννα Λιακου
Λαρισα"""),
("el", "b172-el-doseis-episkevi-laptop", "Παναγιώτης Σταθόπουλος <p.stathopoulos@example.gr>", "Ερώτηση για πληρωμή", "billing", "",
"""Καλημέρα,

Μου δώσατε προσφορά 380€ για αλλαγή μητρικής στο laptop (αρ. εργασίας
LT-4471). Γίνεται να πληρώσω με πιστωτική σε άτοκες δόσεις; Αν ναι,
σε πόσες; Και πληρώνω με την παραλαβή ή πριν ξεκινήσετε;

Παναγιώτης"""),
("el", "b172-el-timologio-afm-oxi-parapono", "Λογιστήριο <logistirio@aigaio-ktimatiki.example>", "Τιμολόγιο για επισκευή", "billing", "",
"""Καλημέρα σας,

Δεν έχουμε κανένα παράπονο για την επισκευή, η οθόνη είναι τέλεια και
το κινητό επέστρεψε αυθημερόν. Όμως μας δόθηκε απόδειξη λιανικής ενώ
χρειαζόμαστε τιμολόγιο. Στοιχεία:

Αιγαίο Κτηματική Α.Ε.
ΑΦΜ 099887766, ΔΟΥ Ηρακλείου
Λεωφ. Ικάρου 52, Ηράκλειο

Αριθμός εργασίας ΟΘ-20931, ποσό 139,00€.

Με εκτίμηση,
Ευτυχία Μαρκάκη"""),
("el", "b172-el-gl-ekptwsh-foithth", "Mixalis T. <mixalis.t@example.gr>", "ekptwsh?", "billing", "",
"""geia sas, kanete kamia ekptwsh se foithtes? 8elw na allaksw thn
o8onh sto iphone kai grafete 169e sto site, einai poly gia mena auth th
stigmh. exw paso apo to AUTh. eyxaristw!!"""),
("el", "b172-el-prokatavoli-tileorasis-synigoros", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Προκαταβολή επισκευής τηλεόρασης", "billing", "high",
"""Κύριοι,

Στις 5 Μαρτίου κατέβαλα προκαταβολή 150€ για την επισκευή της τηλεόρασής
μου (αρ. δελτίου TV-3302). Στις 18 Απριλίου με ενημερώσατε ότι το
ανταλλακτικό δεν υπάρχει και μου επιστρέψατε την τηλεόραση ανεπισκεύαστη.
Τώρα μου λέτε ότι η προκαταβολή δεν επιστρέφεται.

Η επισκευή δεν έγινε χωρίς καμία δική μου υπαιτιότητα. Αν τα 150€ δεν
επιστραφούν εντός 10 ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή
και θα κινηθώ νομικά.

Κωνσταντίνος Ρήγας"""),
("el", "b172-el-gl-skoupa-amfisvhthsh-trapeza", "Vasw P. <vasw.p@example.gr>", "skoupa", "billing", "high",
"""Plhrwsa 60e prokatavolh me karta gia na episkeuasete th skoupa mou,
me paralavh apo to spiti. Exoun perasei 3 evdomades kai den hr8e
kaneis na thn parei, exw parei 5 fores thlefwno kai mou lene "8a sas
kalesei o texnikos". Kaneis den kalese.

8elw ta lefta mou pisw. An den ta exw ws thn Paraskevh 8a kanw
amfisvhthsh xrewshs sthn trapeza.

Vasw"""),
("el", "b172-el-proistamenos-motor-eggyisi", "Θανάσης Δούκας <thanasis.doukas@example.gr>", "Χρέωση κινητήρα ποδηλάτου", "billing", "high",
"""Το ηλεκτρικό μου ποδήλατο είναι σε εγγύηση μέχρι τον Νοέμβριο, το
γράφει και η κάρτα εγγύησης που σας έδειξα. Παρ' όλα αυτά με χρεώσατε
210€ για την αντικατάσταση του κινητήρα, με τη δικαιολογία ότι «μπήκε
νερό». Το ποδήλατο δεν έχει μπει ποτέ σε νερό.

Έχω μιλήσει ήδη με δύο υπαλλήλους στο κατάστημα του Βόλου. Ζητώ να με
καλέσει ο υπεύθυνος του καταστήματος ή κάποιος ανώτερος, στο
6977 000 215.

Θανάσης Δούκας"""),
("el", "b172-el-re-prosfora-iris", "Γιώργος Ξενάκης <g.xenakis@example.gr>", "Re: Προσφορά επισκευής ΠΕ-1182", "billing", "",
"""Καλημέρα κ. Αντωνίου,

Εντάξει, προχωρήστε. Μπορώ να πληρώσω με IRIS ή με κατάθεση αντί για
κάρτα; Αν ναι, στείλτε μου τα στοιχεία.

Γιώργος

Στις Πέμ, 13 Ιουν 2024 στις 10:21 π.μ., ο/η Νίκος Αντωνίου <prosfores@example-fixit.gr> έγραψε:
> Αγαπητέ κύριε Ξενάκη,
>
> Μετά τον έλεγχο, ο δίσκος του υπολογιστή σας είναι προς αντικατάσταση.
> Το κόστος για SSD 1TB και μεταφορά αρχείων είναι 125,00€ με ΦΠΑ.
>
> Με εκτίμηση,
> Νίκος Αντωνίου"""),
("el", "b172-el-gl-pagwma-erasmus", "Eleni Ts. <eleni.tsol@example.gr>", "plano laptop", "billing", "",
"""Geia sas! Fevgw gia Erasmus sth Lisavona apo Septemvrio mexri
Fevrouario kai to laptop pou exei to plano prostasias (9,90 to mhna)
8a meinei sto spiti. Ginetai na to pagwsete gia autous tous mhnes
anti na to akyrwsw? 8elw na to synexisw otan gyrisw.
Eleni"""),
("el", "b172-el-sok-logariasmos-skoupas", "Ρενα Καλογερακη <rena.kalogeraki@example.gr>", "Λογαριασμος", "billing", "",
"""Επαθα σοκ οταν ειδα τον λογαριασμο για την επισκευη της σκουπας, 95€,
οταν καινουρια ιδια κανει 110€. Στο τηλεφωνο μου ειπαν «γυρω στα 50».
Μπορειτε να μου στειλετε αναλυση τι χρεωθηκε;

Ρενα"""),
("el", "b172-el-allagi-fortisti-lathos", "Δέσποινα Μαυρίδη <despina.mavridi@example.gr>", "Φορτιστής", "billing", "",
"""Καλησπέρα,

Αγόρασα χθες από το κατάστημά σας στην Τσιμισκή έναν φορτιστή για
laptop, αλλά δεν ταιριάζει το βύσμα στο δικό μου. Είναι σφραγισμένος
στο κουτί του. Μπορώ να τον αλλάξω με τον σωστό ή να πάρω τα χρήματα
πίσω; Έχω την απόδειξη (39,90€).

Δέσποινα"""),
("el", "b172-el-othoni-patima-moni-tis", "Ιωάννης Φωτίου <i.fotiou@example.gr>", "Οθόνη", "technical", "",
"""Καλημέρα,

Από τότε που αλλάξατε την οθόνη στο κινητό μου (Παρασκευή, κατάστημα
Πειραιά), πατάει μόνη της. Ανοίγει εφαρμογές, γράφει γράμματα στο
πληκτρολόγιο, κάποιες φορές καλεί επαφές χωρίς να το αγγίξω. Έκανα
επανεκκίνηση, τίποτα.

Ιωάννης"""),
("el", "b172-el-gl-laptop-den-anoigei", "Kostas M. <kostas.m@example.gr>", "LT-5120", "technical", "",
"""kalhmera, phra xtes to laptop apo thn episkeuh (allagh plhktrologiou)
kai shmera to prwi den anoigei. anavei to lampaki ths fortishs alla h
o8onh menei mauri. to eixa sto fortisth olh nyxta. ti na kanw?"""),
("el", "b172-el-tileorasi-kapnos-piso", "Ευάγγελος Τζαννής <v.tzannis@example.gr>", "Τηλεόραση μετά την επισκευή", "technical", "high",
"""Καλησπέρα σας,

Παρέλαβα την τηλεόραση από την επισκευή (τροφοδοτικό) την Τετάρτη.
Απόψε, μετά από μία ώρα λειτουργίας, μύρισε καμένο και είδα λίγο
καπνό να βγαίνει από τις σχισμές στο πίσω μέρος. Την έσβησα και την
έβγαλα από την πρίζα αμέσως, δεν την ξανανάβω.

Πείτε μου πώς να σας τη φέρω ή αν μπορείτε να την παραλάβετε.

Ευάγγελος Τζαννής
Πάτρα"""),
("el", "b172-el-gl-mpataria-podhlatou-zestathike", "Nikos Ch. <nikos.ch@example.gr>", "mpataria podhlatou", "technical", "high",
"""Kalhspera. To ilektriko podhlato to phra apo esas th Deutera meta
thn episkeuh tou motor. Xtes to vrady to evala na fortizei sthn
apo8hkh kai se mia wra h mpataria htan kayth, den mporouses na thn
akoumphseis, kai to kouti exei fouskwsei ligo sthn akrh. Thn evgala
exw sthn aulh makria apo to spiti. Den to ksanaxrhsimopoiw mexri na mou
peite ti na kanw.
Nikos"""),
("el", "b172-el-akoustiko-giagia-xwrio", "Μαρία Σπυροπούλου <maria.spyropoulou@example.gr>", "Ακουστικό γιαγιάς - επείγον", "technical", "high",
"""Καλημέρα,

Το ακουστικό της γιαγιάς μου γύρισε από την επισκευή την Παρασκευή και
δεν λειτουργεί καθόλου, ούτε με καινούρια μπαταρία. Η γιαγιά είναι 88
χρονών και μένει μόνη της σε χωριό έξω από τα Γιάννενα. Χωρίς το
ακουστικό δεν ακούει ούτε το τηλέφωνο ούτε την πόρτα, και δεν μπορούμε
να επικοινωνήσουμε μαζί της. Δεν έχει δεύτερο.

Μπορείτε να μας πείτε σήμερα τι κάνουμε, ή αν υπάρχει ακουστικό
αντικατάστασης να της δώσετε στο μεταξύ;

Μαρία Σπυροπούλου
6944 000 318"""),
("el", "b172-el-kafeteria-tablet-paraggelies", "Καφέ Πλατεία <info@kafe-plateia.example>", "Τα tablet που φτιάξατε", "technical", "high",
"""Καλησπέρα,

Τα τρία tablet παραγγελιοληψίας μας γύρισαν χθες από εσάς μετά την
αλλαγή οθόνης. Από το πρωί δεν συνδέονται στο δίκτυο, οπότε οι
σερβιτόροι γράφουν παραγγελίες σε χαρτάκια, η κουζίνα δεν παίρνει
τίποτα, και το μεσημέρι φύγανε δύο τραπέζια γιατί περίμεναν μισή ώρα.
Έχουμε Σάββατο αύριο.

Πάρτε μας σήμερα στο 2310 000 455, ζητήστε τον Άρη.

Καφέ Πλατεία, Θεσσαλονίκη"""),
("el", "b172-el-den-thelo-lefta-skoupa", "Σοφία Κουτσούκη <sofia.koutsouki@example.gr>", "Σκούπα", "technical", "",
"""Δεν θέλω τα λεφτά μου πίσω, θέλω απλώς η σκούπα να δουλεύει.

Την έφερα για χαμηλή απορροφητικότητα, μου την επιστρέψατε λέγοντας ότι
άλλαξε ο σωλήνας και το φίλτρο, και μετά από μία εβδομάδα είναι πάλι
το ίδιο - τραβάει σαν να μην είναι αναμμένη. Τα φίλτρα είναι καθαρά,
ο κάδος άδειος.

Σοφία"""),
("el", "b172-el-gl-roloi-stamataei", "Dimitra V. <dimitra.v@example.gr>", "roloi", "technical", "",
"""Geia sas, allaksa mpataria sto roloi mou sto katasthma sas sto
Marousi prin 10 meres kai stamataei kathe nyxta, to prwi einai
pisw 3-4 wres. Prin thn allagh apla eixe teleiwsei h mpataria, den
eixe allo provlhma."""),
("el", "b172-el-kodikos-parakolouthisi", "Γιαννης Μπουρας <giannis.bouras@example.gr>", "Δεν μπαινω στον λογαριασμο", "technical", "",
"""Δεν ειναι για πληρωμη, εχω πληρωσει. Θελω να δω σε τι κατασταση ειναι
η επισκευη της τηλεορασης μου αλλα δεν μπορω να μπω στη σελιδα
παρακολουθησης. Πατησα «ξεχασα τον κωδικο» τρεις φορες και το email
δεν ερχεται, ουτε στα ανεπιθυμητα."""),
("el", "b172-el-re-laptop-zestainetai-akoma", "Αλέξανδρος Βλάχος <alex.vlachos@example.gr>", "Re: Η επισκευή σας LT-6610 είναι έτοιμη", "technical", "",
"""Καλησπέρα,

Το παρέλαβα την Πέμπτη. Ζεσταίνεται ξανά τόσο που κλείνει μόνο του μετά
από μισή ώρα, ακριβώς όπως πριν. Άρα ό,τι κάνατε δεν το έλυσε. Πώς σας
το ξαναφέρνω;

Αλέξανδρος

Στις 7 Ιουν 2024, 16:05, Κέντρο Επισκευών <noreply@example-episkeves.gr> έγραψε:
> Η επισκευή σας LT-6610 είναι έτοιμη για παραλαβή.
> Εργασία: καθαρισμός ανεμιστήρα, αλλαγή θερμοαγώγιμης πάστας.
> Ωράριο: Δευ-Παρ 9:00-17:00, Σάβ 9:00-14:00."""),
("el", "b172-el-gl-epeigon-mikrofwno", "Tasos G. <tasos.g@example.gr>", "EPEIGON!!!", "technical", "",
"""EPEIGON DIAVASTE TO

meta thn allagh o8onhs sto kinhto DEN me akoune sta thlefwnhmata!!!
egw tous akouw kanonika alla autoi akoune mono 8oryvo. prepei na valw
ta akoustika gia na milhsw. ti ekanate???"""),
("el", "b172-el-rompotiki-skoupa-wifi", "Όλγα Παπαδημητρίου <olga.papadimitriou@example.gr>", "Ρομποτική σκούπα", "technical", "",
"""Καλημέρα σας,

Η ρομποτική σκούπα γύρισε από το σέρβις (αλλαγή μπαταρίας) και
δουλεύει κανονικά αν πατήσω το κουμπί, αλλά δεν συνδέεται πια στην
εφαρμογή. Βγάζει «αποτυχία σύνδεσης στο δίκτυο» όποτε προσπαθώ να την
προσθέσω ξανά. Το router είναι δίπλα της.

Όλγα"""),
("el", "b172-el-tileorasi-ixos-kathysterei", "Μανώλης Αρβανιτάκης <m.arvanitakis@example.gr>", "Ερώτηση", "technical", "",
"""Από τότε που φτιάξατε την τηλεόραση, ο ήχος έρχεται λίγο μετά την
εικόνα, βλέπεις τα χείλη να κουνιούνται και μετά ακούς. Σε όλα τα
κανάλια. Πριν δεν το έκανε. Υπάρχει κάποια ρύθμιση;"""),
("el", "b172-el-skoupa-mas-tinaxe", "Χαράλαμπος Ζερβός <ch.zervos@example.gr>", "Σκούπα - ρεύμα", "technical", "high",
"""Καλησπέρα.

Η σκούπα που μας επιστρέψατε από την επισκευή την Τρίτη μας «τινάζει».
Η γυναίκα μου έπιασε τη μεταλλική λαβή και ένιωσε ρεύμα στο χέρι, μετά
το έπαθα κι εγώ. Την έχουμε βγάλει από την πρίζα και δεν την
ξαναχρησιμοποιούμε. Πότε μπορείτε να την πάρετε;

Χαράλαμπος Ζερβός"""),
("el", "b172-el-orario-dekapentavgousto", "Θεοδώρα Λαμπράκη <theodora.lampraki@example.gr>", "Δεκαπενταύγουστος", "general", "",
"""Καλημέρα, είστε ανοιχτά στις 14 και 16 Αυγούστου; Θέλω να περάσω να
πάρω το laptop πριν φύγω για το νησί."""),
("el", "b172-el-gl-eyxaristw-texniko", "Akis Stamou <akis.stamou@example.gr>", "eyxaristw", "general", "",
"""Geia sas, hthela apla na pw ena megalo eyxaristw ston Petro sto
katasthma ths Kalamarias. To podhlato mou eixe kollhsei to motor 2
meres prin ton agwna kai to eftiakse mesa se mia mera. Termatisa kiolas!
Na ton exete kala ton Petro.
Akis"""),
("el", "b172-el-xechasa-gyalia", "Ευγενία Λαζαρίδου <evgenia.lazaridou@example.gr>", "Γυαλιά", "general", "",
"""Καλησπέρα, νομίζω ότι ξέχασα τα γυαλιά μου (καφέ σκελετός, σε μπλε
θήκη) στον πάγκο του καταστήματος στη Λάρισα σήμερα το πρωί, όταν
άφησα το ακουστικό για επισκευή. Μπορείτε να τα κρατήσετε; Θα περάσω
αύριο. Ευχαριστώ πολύ."""),
("el", "b172-el-agenis-ypallilos-mitera", "Κατερίνα Δημάκη <katerina.dimaki@example.gr>", "Η συμπεριφορά υπαλλήλου προς τη μητέρα μου", "general", "high",
"""Σας γράφω για τον τρόπο που μίλησε υπάλληλός σας στη μητέρα μου το
Σάββατο στο κατάστημα του Χαλανδρίου.

Η μητέρα μου είναι 76 ετών και πήγε να ρωτήσει για την επισκευή του
κινητού της. Ο νεαρός στον πάγκο την ειρωνεύτηκε μπροστά σε άλλους
πελάτες, της είπε «δεν είναι δύσκολο, κυρία μου, ακόμα και ο παππούς
μου το κάνει» και γελούσε. Γύρισε σπίτι κλαίγοντας.

Θέλω να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος ή κάποιος
υπεύθυνος πάνω από αυτόν. Δεν θέλω κουπόνι.

Κατερίνα Δημάκη"""),
("el", "b172-el-spasmeno-skalopati-patra", "Λευτέρης Κανελλόπουλος <l.kanellopoulos@example.gr>", "Η είσοδος του καταστήματος στην Πάτρα", "general", "high",
"""Καλημέρα σας,

Θέλω να σας ενημερώσω ότι το δεύτερο σκαλοπάτι στην είσοδο του
καταστήματός σας στην Κορίνθου έχει σπάσει στην άκρη και κουνιέται. Η
μητέρα μου σκόνταψε σήμερα και παραλίγο να πέσει - ευτυχώς την έπιασα.
Η κοπέλα στο ταμείο είπε ότι είναι έτσι εδώ και καιρό. Έρχονται πολλοί
ηλικιωμένοι για τα ακουστικά τους, κάποιος θα χτυπήσει άσχημα.

Λευτέρης Κανελλόπουλος"""),
("el", "b172-el-gl-allagh-thlefwnou", "Roula M. <roula.m@example.gr>", "neo kinhto", "general", "",
"""Kalhmera, allaksa ari8mo kinhtou, o neos einai 6988 000 142. Mporeite
na ton perasete ston logariasmo mou gia na mou erxontai ta mhnymata gia
tis episkeues? Eyxaristw, Roula Mpakirtzh"""),
("el", "b172-el-dedomena-kinitou-gdpr", "Πετρος Αλεξιου <petros.alexiou@example.gr>", "Προσωπικα δεδομενα", "general", "",
"""Καλησπερα,

Σας ειχα δωσει το κινητο μου για επισκευη τον Μαρτιο και ο τεχνικος
μου ζητησε τον κωδικο ξεκλειδωματος. Θα ηθελα να μαθω, βασει του GDPR,
τι προσωπικα μου δεδομενα κρατατε, αν κρατηθηκε καποιο αντιγραφο απο
το περιεχομενο του κινητου και ποτε διαγραφονται.

Ευχαριστω,
Πετρος Αλεξιου"""),
("el", "b172-el-gl-paralavh-aderfos", "Giorgos Lz. <giorgos.lz@example.gr>", "paralavh", "general", "",
"""Geia, thn tileorash (deltio TV-4410) 8a thn paralavei o aderfos mou,
Manos, thn Pempth giati egw douleuw. Ftanei na deiksei to sms me ton
kwdiko h 8elei kai kati allo?"""),
("el", "b172-el-xorigia-podilatikos-agonas", "Σύλλογος Ποδηλατών Βόλου <info@podilates-volou.example>", "Χορηγία αγώνα Πηλίου", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Ποδηλατών Βόλου διοργανώνει τον Σεπτέμβριο τον 5ο αγώνα
ανάβασης στο Πήλιο, με φέτος για πρώτη φορά ξεχωριστή κατηγορία για
ηλεκτρικά ποδήλατα. Πολλά μέλη μας φέρνουν ήδη τα ποδήλατά τους στο
συνεργείο σας και θα θέλαμε να σας προτείνουμε να γίνετε χορηγός της
κατηγορίας.

Θα χαρούμε να σας στείλουμε αναλυτική πρόταση.

Με εκτίμηση,
Δημήτρης Κουκουλάκης
Γραμματέας"""),
("el", "b172-el-gl-palio-roloi-mpataria", "Vaggelis D. <vaggelis.d@example.gr>", "palio roloi", "general", "",
"""Kalhspera, allazete mpataria kai se palia rologia xalazia? Exw ena
Seiko tou patera mou apo to '80 kai 8elw na to kanw dwro ston gio mou.
To kanete sto periptero h prepei na stalei kapou?"""),
("el", "b172-el-oxi-texniko-parking", "Ναταλία Ρούσσου <natalia.roussou@example.gr>", "Στάθμευση", "general", "",
"""Δεν είναι τεχνική ερώτηση αυτή τη φορά! Θα φέρω μια μεγάλη τηλεόραση
για επισκευή την Παρασκευή. Υπάρχει κάπου να σταματήσω μπροστά στο
κατάστημα στο Παγκράτι για να την ξεφορτώσω, ή να ψάξω πάρκινγκ;"""),
("el", "b172-el-episkepsi-sxoleiou", "Αικατερίνη Νικολάου <ai.nikolaou@example.gr>", "Επίσκεψη μαθητών", "general", "",
"""Καλημέρα σας,

Είμαι καθηγήτρια σε ΕΠΑΛ του Ηρακλείου, στον τομέα ηλεκτρονικών. Θα
μπορούσαμε να επισκεφτούμε με 15 μαθητές το εργαστήριό σας μια μέρα τον
Νοέμβριο, για να δουν πώς γίνεται μια επισκευή τηλεόρασης ή laptop στην
πράξη;

Με εκτίμηση,
Αικατερίνη Νικολάου"""),
("el", "b172-el-gl-thesh-texnikou", "Marios Ath. <marios.ath@example.gr>", "douleia", "general", "",
"""Kalhmera sas, teleiwsa IEK hlektronikwn kai exw kanei praktikh se
service kinhtwn. Psaxnete kapoion gia to katasthma ths Patras? Mporw
na steilw biografiko.
Marios A8anasiou"""),
]

# ---------------- Spanish ----------------
M += [
("es", "b172-es-presupuesto-pantalla-130", "Lucía Ferrer <lucia.ferrer@example.es>", "Cambio de pantalla - no cuadra el precio", "billing", "",
"""Buenas tardes:

El martes dejé mi móvil en vuestra tienda de la calle Fuencarral para
cambiar la pantalla. El presupuesto que me dieron por escrito era de
95 €. Al recogerlo me cobraron 130 € y me dijeron que la diferencia era
"mano de obra y adhesivo", cosa que nadie me mencionó antes.

¿Me podéis explicar la diferencia o devolverme los 35 €?

Gracias,
Lucía Ferrer"""),
("es", "b172-es-mx-hola-doble-cargo-pila", "Fernanda Ríos <fernanda.rios@example.com.mx>", "Hola", "billing", "",
"""Hola buenas, el sábado me cambiaron la pila del reloj en su módulo de
Plaza Satélite, fueron $180. La terminal marcó error y volví a pasar la
tarjeta, y ahora en mi app del banco salen dos cargos de $180. ¿Me
pueden regresar uno? Tengo captura de pantalla.

Saludos, Fer"""),
("es", "b172-es-ar-cuotas-notebook", "Martín Sosa <martin.sosa@example.com.ar>", "Consulta por cuotas", "billing", "",
"""Hola, ¿qué tal? Me pasaron presupuesto de $185.000 por el cambio de
placa de la notebook (orden NB-2207). ¿Se puede pagar en cuotas sin
interés con tarjeta? ¿Con cuáles bancos? Y el pago es al retirar o
antes de que arranquen?

Gracias,
Martín"""),
("es", "b172-es-perro-plan-aspiradora", "Carmen Vidal <carmen.vidal@example.es>", "Plan de la aspiradora", "billing", "",
"""Hola,

Tenemos contratado con ustedes el plan de mantenimiento de la aspiradora
con envío de filtros cada dos meses (5,90 € al mes). Lo contratamos por
Toby, nuestro pastor alemán, que soltaba pelo para llenar una casa
entera. Toby murió la semana pasada, a los catorce años, y ya no tiene
sentido seguir con ello. Por favor, no me cobréis más y no enviéis más
filtros.

Un saludo,
Carmen Vidal
Castellón"""),
("es", "b172-es-factura-cif-no-queja", "Administración <admin@talleres-urdiain.example>", "Factura", "billing", "",
"""Buenos días:

No tenemos ninguna queja de la reparación, el portátil funciona
perfectamente. Pero nos dieron un tique simplificado y necesitamos
factura completa a nombre de:

Talleres Urdiain S.L.
CIF B31000000
Polígono Landaben, calle E, 31012 Pamplona

Orden de reparación PR-40981, importe 210,00 €.

Un saludo,
Maite Urdiain"""),
("es", "b172-es-bizum-recogida", "Raúl Gil <raul.gil@example.es>", "pago", "billing", "",
"""Buenas, cuando vaya a recoger la bici eléctrica (orden BE-1190),
¿puedo pagar con Bizum o solo con tarjeta o efectivo? Gracias"""),
("es", "b172-es-senal-tele-omic-abogado", "Ignacio Beltrán <ignacio.beltran@example.es>", "Señal reparación televisor TV-7715", "billing", "high",
"""Muy señores míos:

El 4 de marzo me cobraron ustedes 120 € con tarjeta como señal para
reparar mi televisor
(resguardo TV-7715). El 22 de abril me comunicaron que la pieza ya no se
fabrica y me devolvieron el aparato sin reparar. Ahora me dicen que la
señal "no es reembolsable".

La reparación no se ha hecho y no es por causa mía. Si en quince días no
tengo los 120 € en mi cuenta, presentaré una reclamación en la OMIC de
mi ayuntamiento y pondré el asunto en manos de mi abogado.

Atentamente,
Ignacio Beltrán"""),
("es", "b172-es-mx-contracargo-aspiradora-profeco", "Alejandro Treviño <alejandro.trevino@example.com.mx>", "Orden AS-55302", "billing", "high",
"""Buenas tardes,

Pagué $1,450 en línea el 10 del mes pasado por la reparación de mi
aspiradora, con recolección a domicilio incluida. Nadie ha pasado a
recogerla. Llevo cinco llamadas y siempre me dicen que "el técnico le
marca en 24 horas". Nunca marca nadie.

Quiero la devolución completa. Si el viernes no la tengo voy a pedir el
contracargo a mi banco y a poner la queja en Profeco.

Alejandro Treviño
Monterrey, N.L."""),
("es", "b172-es-encargado-motor-garantia", "Sergio Castaño <sergio.castano@example.es>", "Cobro del motor en garantía", "billing", "high",
"""Mi bicicleta eléctrica está en garantía hasta noviembre, lo pone en
la tarjeta que les enseñé. Aun así me han cobrado 240 € por cambiar el
motor, diciendo que "había entrado agua". La bici no ha visto un charco
en su vida, duerme en el salón.

Ya he hablado con dos dependientes en la tienda de Valladolid. Quiero
que me llame el encargado de la tienda o alguien por encima de él, al
600 000 384.

Sergio Castaño"""),
("es", "b172-es-re-presupuesto-transferencia", "Jordi Puig <jordi.puig@example.es>", "RE: Presupuesto reparación P-3318", "billing", "",
"""Hola Marta,

De acuerdo, adelante con el disco nuevo y la copia de los datos. ¿Puedo
pagar por transferencia en lugar de con tarjeta? Si es así, pasadme el
número de cuenta y el concepto que queréis que ponga.

Gracias,
Jordi

-----Mensaje original-----
De: Marta Soler <presupuestos@example-repara.es>
Enviado: jueves, 13 de junio de 2024 9:47
Para: Jordi Puig
Asunto: Presupuesto reparación P-3318

Estimado Jordi:
Tras el diagnóstico, el disco duro de su ordenador está fallando.
Podemos instalar un SSD de 1 TB y pasar sus archivos por 119,00 € IVA
incluido. Responda a este correo para confirmar.
Un saludo,
Marta Soler"""),
("es", "b172-es-ar-pausar-plan-viaje", "Camila Benítez <camila.benitez@example.com.ar>", "plan de la compu", "billing", "",
"""Hola! Me voy a Barcelona de septiembre a enero por un intercambio y la
compu que tiene el plan de protección ($9.500 por mes) se queda en casa
de mis viejos. ¿Se puede pausar el plan esos meses en vez de darlo de
baja? Cuando vuelva lo quiero seguir.

Cami"""),
("es", "b172-es-casi-infarto-factura", "Rosario Méndez <rosario.mendez@example.es>", "Mi factura", "billing", "",
"""Casi me da un infarto cuando vi la factura de la reparación de la
aspiradora: 89 euros, cuando una nueva igual cuesta 99. Por teléfono me
habían dicho "unos 40 o 50". ¿Me pueden mandar el desglose de lo que me
han cobrado?

Rosario Méndez"""),
("es", "b172-es-cl-cambio-cargador", "Tomás Araya <tomas.araya@example.cl>", "Cargador equivocado", "billing", "",
"""Hola, ayer compré en su tienda de Providencia un cargador para
notebook ($24.990) y el conector no le queda al mío. Está sellado en la
caja. ¿Lo puedo cambiar por el correcto o que me devuelvan la plata?
Tengo la boleta.

Tomás"""),
("es", "b172-es-pantalla-parpadea", "Nuria Campos <nuria.campos@example.es>", "Orden 51920", "technical", "",
"""Hola,

Desde que me cambiasteis la pantalla el viernes, parpadea cuando bajo el
brillo a menos de la mitad y aparecen como rayas verdes. Con el brillo
alto va bien. Lo recogí en la tienda de Zaragoza.

Nuria"""),
("es", "b172-es-no-quiero-reembolso-tele", "Manuel Ortega <manuel.ortega@example.es>", "Televisor reparado", "technical", "",
"""Antes de nada: no quiero que me devuelvan el dinero. Quiero que la
tele funcione.

Hace dos semanas me cambiaron la placa T-CON y durante tres días fue
bien. Ahora han vuelto las líneas verticales en la parte izquierda, igual
que antes, y hoy además sale una franja morada en el centro. Es una
Samsung de 55 pulgadas de 2020.

¿Cuándo pueden volver a mirarla?

Manuel Ortega
Sevilla"""),
("es", "b172-es-bateria-bici-humo-garaje", "Elena Navarro <elena.navarro@example.es>", "Bici eléctrica tras la reparación", "technical", "high",
"""Hola,

Recogí ayer la bici eléctrica de vuestro taller después de la
reparación del motor. Por la noche la dejé cargando en el garaje y a
la hora olía a plástico quemado y salía un poco de humo de la batería.
La desenchufé, saqué la batería al patio, lejos de la casa, y ahí
sigue. Un lateral de la carcasa está algo hinchado.

No sé si es la batería o algo del cableado que tocasteis, pero no pienso
usarla hasta que la reviséis. ¿Qué hago con ella?

Elena Navarro"""),
("es", "b172-es-mx-aspiradora-chispas", "Gloria Hernández <gloria.hernandez@example.com.mx>", "Aspiradora", "technical", "high",
"""Buenas tardes,

Me entregaron mi aspiradora de la reparación el martes. Al prenderla se
ven chispitas azules por las rejillas de un lado del motor y al rato
huele a quemado. Ya la desconecté y no la voy a volver a usar hasta que
me digan.

Tengo 78 años y no manejo, les agradecería que pasaran por ella.

Atentamente,
Gloria Hernández"""),
("es", "b172-es-audifono-abuelo-solo", "Pablo Iglesias Ruiz <pablo.iglesias.r@example.es>", "Audífono de mi abuelo", "technical", "high",
"""Buenos días,

El audífono de mi abuelo volvió el viernes de vuestro servicio técnico
y no funciona nada, ni con pila nueva. Mi abuelo tiene 90 años, vive solo
en un pueblo de Soria y sin el audífono no oye el teléfono ni el
timbre, así que no podemos hablar con él. No tiene otro de repuesto.

¿Podéis decirnos hoy mismo qué hacemos, o si tenéis uno de préstamo para
dejarle mientras tanto?

Pablo Iglesias Ruiz
600 000 911"""),
("es", "b172-es-ar-motos-delivery-parados", "Logística <logistica@rapidito-delivery.example>", "Bicis del service del lunes", "technical", "high",
"""Hola,

Las 12 bicis eléctricas de reparto que les llevamos al service volvieron
el lunes. Hoy a la mañana todas marcan error E12 en el display y el
motor no asiste. Los chicos están sentados en el depósito desde las 10,
no salió ni un pedido del mediodía y ya dos restaurantes nos cortaron
el servicio por esta semana.

Necesitamos que alguien lo vea hoy. Llamen a Nico al 11 5000 2231.

Rapidito Delivery, Palermo"""),
("es", "b172-es-reloj-empanado", "Antonio Serrano <antonio.serrano@example.es>", "Reloj", "technical", "",
"""Me cambiaron la pila del reloj la semana pasada en el quiosco del
centro comercial. Esta mañana, después de lavarme las manos como siempre,
tiene vaho por dentro del cristal. En doce años nunca le había pasado.
¿Le pusieron bien la junta?"""),
("es", "b172-es-co-teclado-letras-cambiadas", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Portátil después de la reparación", "technical", "",
"""Buenas tardes,

Me entregaron el portátil el sábado después del cambio de teclado (orden
MED-3390). El teclado escribe, pero algunas teclas salen cambiadas: la ñ
pone ; y las tildes no funcionan. Antes de la reparación esto no pasaba.
Ya revisé que el idioma esté en español.

Quedo atenta,
Juliana Restrepo
Medellín"""),
("es", "b172-es-contrasena-seguimiento", "Alberto Pons <alberto.pons@example.es>", "no puedo entrar", "technical", "",
"""No es por la factura, que ya esta pagada. Solo quiero ver como va la
reparacion del portatil pero no puedo entrar en la web de seguimiento.
Le doy a "he olvidado mi contraseña", me llega el correo, pero al pinchar
el enlace dice "enlace caducado", aunque lo abra al momento."""),
("es", "b172-es-re-portatil-sigue-apagandose", "Cristina Molina <cristina.molina@example.es>", "Re: Su reparación RP-6604 está lista", "technical", "",
"""Hola,

Lo recogí el jueves. Se vuelve a apagar solo a la media hora de uso,
exactamente igual que antes. Así que lo que le hicieron no lo ha
arreglado. ¿Cómo se lo vuelvo a llevar?

Cristina

El 7 jun 2024, a las 16:12, Servicio Técnico <noreply@example-repara.es> escribió:
> Su reparación RP-6604 está lista para recoger.
> Trabajo realizado: limpieza de ventilador y cambio de pasta térmica.
> Horario: L-V 10:00-20:00, S 10:00-14:00."""),
("es", "b172-es-urgente-altavoz-movil", "Iván Romero <ivan.romero@example.es>", "URGENTE!!!", "technical", "",
"""URGENTE LEED ESTO

desde que me cambiasteis la pantalla NO SE OYE NADA por el altavoz de
arriba en las llamadas!!! solo con el manos libres. tengo que ir con el
movil en altavoz por la calle como un abuelo!!!"""),
("es", "b172-es-tele-no-conecta-wifi", "Beatriz Lozano <beatriz.lozano@example.es>", "Consulta", "technical", "",
"""Buenas, desde que me devolvieron la tele de la reparacion (fuente de
alimentacion) no se conecta al wifi. Encuentra la red, pongo la
contraseña y dice "error de conexion". El movil y el portatil se
conectan sin problema al mismo router. Antes iba bien."""),
("es", "b172-es-cargador-calambre-portatil", "Diego Paredes <diego.paredes@example.es>", "Portátil - calambre", "technical", "high",
"""Hola,

Desde que me devolvisteis el portátil (cambio de conector de carga),
cuando está enchufado da calambre al tocar la carcasa de aluminio o el
borde de los puertos USB. Mi hija lo notó primero y luego yo. Lo he
desenchufado y no lo usamos. ¿Cómo lo hacemos para que lo reviséis?

Diego Paredes"""),
("es", "b172-es-mx-celular-no-carga", "Jazmín Ortiz <jazmin.ortiz@example.com.mx>", "mi celular", "technical", "",
"""hola, ayer me cambiaron el centro de carga del celular en su sucursal
de Coyoacán y ahora no carga con ningún cable, solo se queda el rayito
un segundo y se quita. antes por lo menos cargaba a ratos. qué hago?"""),
("es", "b172-es-horario-agosto", "Francisco Moreno <francisco.moreno@example.es>", "Agosto", "general", "",
"""¿Cerráis en agosto? Tengo el portátil en reparación y me voy de
vacaciones el 3, por saber si puedo recogerlo a la vuelta, el 25."""),
("es", "b172-es-ar-gracias-tecnico", "Luciana Ferreyra <luciana.ferreyra@example.com.ar>", "Gracias!!", "general", "",
"""Hola, les escribo solo para agradecer a Facundo, de la sucursal de
Rosario. Mi mamá tenía el audífono roto dos días antes de mi casamiento
y él se quedó después de hora para arreglarlo. Escuchó todos los
discursos y lloró con todos. Pásenle mi agradecimiento por favor!

Luciana"""),
("es", "b172-es-olvide-gafas-mostrador", "Josefa Castillo <josefa.castillo@example.es>", "Mis gafas", "general", "",
"""Buenas tardes, creo que esta mañana me dejé las gafas de cerca (montura
roja, en una funda de tela) en el mostrador de la tienda de Alicante
cuando fui a dejar el audífono. ¿Me las pueden guardar? Paso mañana.
Muchas gracias.
Josefa Castillo"""),
("es", "b172-es-mx-trato-grosero-gerente", "Verónica Salinas <veronica.salinas@example.com.mx>", "Trato a mi papá en su sucursal de Puebla", "general", "high",
"""Les escribo por cómo trataron a mi papá el sábado en su sucursal de
Puebla.

Mi papá tiene 80 años y fue a preguntar por la reparación de su
celular. El muchacho del mostrador se burló de él delante de los demás
clientes, le dijo "no es ciencia, don, hasta mi sobrino de cinco años
lo sabe" y se reía con su compañero. Mi papá llegó a la casa muy
apenado.

Quiero que se comunique conmigo el gerente de la sucursal o alguien de
más arriba. No quiero un cupón de descuento.

Verónica Salinas"""),
("es", "b172-es-cristales-zona-espera", "Marina Gallego <marina.gallego@example.es>", "Tienda de Gijón", "general", "high",
"""Hola,

Esta tarde, en vuestra tienda de Gijón, en el rincón de espera donde
tenéis la alfombra y los juguetes para niños, había trozos de cristal
en el suelo, parece que de una pantalla rota. Mi hijo de tres años casi
coge uno. Se lo dije a la chica del mostrador, que estaba sola con
mucha cola, y cuando me fui seguían ahí.

Alguien se va a cortar. Os lo comento para que lo miréis.

Marina Gallego"""),
("es", "b172-es-cambio-email", "Héctor Vargas <hector.vargas@example.es>", "Cambio de correo", "general", "",
"""Hola, a partir de ahora usad este correo (hector.vargas@example.es)
para los avisos de mis reparaciones, el antiguo de Hotmail ya no lo
miro. Gracias. Héctor Vargas, DNI terminado en 431K."""),
("es", "b172-es-datos-movil-rgpd", "Raquel Fuentes <raquel.fuentes@example.es>", "Protección de datos", "general", "",
"""Buenos días:

En marzo os dejé el móvil para reparar y el técnico me pidió el código
de desbloqueo. Me gustaría saber, conforme al RGPD, qué datos personales
míos conserváis, si se hizo alguna copia del contenido del teléfono y
cuándo se borran.

Un saludo,
Raquel Fuentes"""),
("es", "b172-es-recoge-mi-hija", "Ramón Blanco <ramon.blanco@example.es>", "recogida", "general", "",
"""buenas, el televisor (resguardo TV-5180) lo recogera mi hija Ana el
jueves porque yo trabajo. vale con que enseñe el sms con el codigo o
necesita algo mas? gracias"""),
("es", "b172-es-patrocinio-marcha-btt", "Club Ciclista Sierra de Cazorla <info@cc-cazorla.example>", "Patrocinio marcha BTT", "general", "",
"""Estimados señores:

El Club Ciclista Sierra de Cazorla organiza en octubre su marcha anual
de BTT, y este año estrenamos categoría para bicicletas eléctricas.
Muchos de nuestros socios ya llevan sus bicis a vuestro taller de Jaén,
por lo que hemos pensado en vosotros como patrocinadores de esa
categoría.

¿Con quién podríamos hablar? Os enviaríamos el dossier.

Un saludo,
Andrés Medina
Secretario"""),
("es", "b172-es-cl-reloj-antiguo-pila", "Patricio Fuentealba <patricio.fuentealba@example.cl>", "Reloj antiguo", "general", "",
"""Hola, ¿cambian pila a relojes de cuarzo antiguos? Tengo un Citizen de
mi papá de los años 80 y quiero hacerlo andar para regalárselo a mi
hijo. ¿Se hace en el módulo o hay que mandarlo a otra parte?"""),
("es", "b172-es-no-es-tecnico-aparcar", "Noelia Santos <noelia.santos@example.es>", "Aparcar", "general", "",
"""No es una consulta técnica esta vez :) El viernes os llevo una tele
grande para reparar. ¿Hay algún sitio para parar delante de la tienda
de Triana y descargarla, o tengo que buscar parking?"""),
("es", "b172-es-visita-instituto-fp", "Pilar Domínguez <pilar.dominguez@example.es>", "Visita de alumnos de FP", "general", "",
"""Buenos días:

Soy profesora del ciclo de Electrónica en un instituto de Valencia. ¿Sería
posible visitar vuestro taller con unos quince alumnos un día de
noviembre, para que vean cómo se repara un televisor o un portátil en la
práctica?

Muchas gracias,
Pilar Domínguez"""),
("es", "b172-es-co-hoja-de-vida", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Vacante técnico", "general", "",
"""Buenos días, soy técnico en reparación de celulares egresado del SENA
y tengo dos años de experiencia. ¿Están recibiendo hojas de vida para
la sede de Bogotá? Quedo atento.
Andrés Cárdenas"""),
]

# ---------------- Polish ----------------
M += [
("pl", "b172-pl-wycena-ekranu-480", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Wymiana ekranu - inna kwota niż w wycenie", "billing", "",
"""Dzień dobry,

we wtorek zostawiłam telefon w Państwa punkcie w Galerii Mokotów do
wymiany ekranu. Na piśmie dostałam wycenę 350 zł. Przy odbiorze
zapłaciłam 480 zł, a pan przy kasie powiedział, że różnica to "klej i
robocizna", o czym nikt wcześniej nie wspominał.

Proszę o wyjaśnienie albo zwrot 130 zł na kartę.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b172-pl-dwa-razy-blik-bateria", "Kuba Zielinski <kuba.zielinski@example.pl>", "Dzien dobry", "billing", "",
"""Dzien dobry, w sobote wymienialem baterie w zegarku w waszym stoisku w
Manufakturze, 40 zl. Zaplacilem BLIKiem, aplikacja sie zawiesila, wiec
zaplacilem drugi raz i teraz w banku widze dwie platnosci po 40 zl.
Prosze o zwrot jednej. Moge wyslac zrzut ekranu.
Kuba"""),
("pl", "b172-pl-raty-silnik-roweru", "Tomasz Górecki <tomasz.gorecki@example.pl>", "Płatność za naprawę silnika", "billing", "",
"""Dzień dobry,

warsztat wycenił regenerację silnika w moim rowerze elektrycznym na
1 900 zł (zlecenie RE-4418). Chcę to zrobić, ale wolałbym nie płacić
wszystkiego naraz. Czy jest możliwość rozłożenia na raty, np. na 3 albo
na 10 rat 0%? I czy płaci się przy odbiorze, czy przed rozpoczęciem
naprawy?

Tomasz Górecki"""),
("pl", "b172-pl-mama-implant-baterie", "Halina Sadowska <halina.sadowska@example.pl>", "Baterie do aparatu mamy", "billing", "",
"""Dzień dobry,

moja mama, Stanisława Sadowska, ma u Państwa abonament na baterie do
aparatu słuchowego, 29 zł miesięcznie z karty. W maju mama przeszła
operację i dostała implant ślimakowy, więc aparaty są jej już
niepotrzebne, a razem z nimi baterie. Proszę o zakończenie abonamentu i
wstrzymanie wysyłek. Ostatnia paczka jeszcze nie otwarta - mogę ją
odesłać, jeśli trzeba.

Z poważaniem
Halina Sadowska
Lublin"""),
("pl", "b172-pl-faktura-nip-bez-zastrzezen", "Księgowość <ksiegowosc@bursztyn-projekt.example>", "Faktura za naprawę", "billing", "",
"""Dzień dobry,

do samej naprawy nie mamy zastrzeżeń - laptop działa bez zarzutu i
wrócił szybciej, niż obiecano. Dostaliśmy jednak tylko paragon, a
potrzebujemy faktury VAT na firmę:

Bursztyn Projekt Sp. z o.o.
NIP 5830000000
ul. Grunwaldzka 211, 80-266 Gdańsk

Numer zlecenia NL-30514, kwota 640,00 zł brutto. Paragon możemy odesłać.

Pozdrawiam
Marta Kowalczyk"""),
("pl", "b172-pl-blik-przy-odbiorze", "Paweł Mazur <pawel.mazur@example.pl>", "Pytanie", "billing", "",
"""Czy przy odbiorze telewizora z naprawy (zlecenie TV-2281) mogę zapłacić
BLIKiem? Nie mam przy sobie karty na co dzień. Dzięki."""),
("pl", "b172-pl-zaliczka-tv-rzecznik", "Ryszard Wilk <ryszard.wilk@example.pl>", "Zaliczka za naprawę telewizora TV-6630", "billing", "high",
"""Szanowni Państwo,

6 marca wpłaciłem zaliczkę 300 zł na naprawę telewizora (zlecenie
TV-6630). 19 kwietnia poinformowali mnie Państwo, że części nie da się
już zamówić, i oddali telewizor bez naprawy. Teraz słyszę, że zaliczka
"nie podlega zwrotowi".

Naprawa nie została wykonana z przyczyn niezależnych ode mnie. Jeśli
300 zł nie wróci na moje konto w ciągu 14 dni, zwrócę się do miejskiego
rzecznika konsumentów, a następnie skieruję sprawę do sądu.

Z poważaniem
Ryszard Wilk"""),
("pl", "b172-pl-chargeback-odkurzacz", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Zlecenie OD-90112", "billing", "high",
"""Dzien dobry,

zaplacilam 180 zl online za naprawe odkurzacza z odbiorem kurierem z
domu. Minely 3 tygodnie, kurier nie przyjechal ani razu. Dzwonilam
piec razy i za kazdym razem slysze "serwis oddzwoni w ciagu doby". Nikt
nie oddzwonil.

Chce zwrotu calej kwoty. Jesli nie dostane pieniedzy do piatku, zglaszam
w banku chargeback.

Ewelina Pawlak"""),
("pl", "b172-pl-kierownik-silnik-gwarancja", "Marek Jabłoński <marek.jablonski@example.pl>", "Obciążenie za silnik na gwarancji", "billing", "high",
"""Mój rower elektryczny ma gwarancję do listopada, pokazywałem kartę
gwarancyjną w serwisie. Mimo to zapłaciłem 1 450 zł za wymianę silnika,
bo podobno "dostała się woda". Rower nigdy nie stał w deszczu, trzymam go
w mieszkaniu.

Rozmawiałem już z dwoma pracownikami w punkcie we Wrocławiu. Żądam
kontaktu z kierownikiem serwisu albo kimś wyżej - 600 000 517.

Marek Jabłoński"""),
("pl", "b172-pl-re-wycena-przelew", "Bartosz Nowicki <bartosz.nowicki@example.pl>", "Re: Wycena naprawy W-2205", "billing", "",
"""Dzień dobry Pani Anno,

zgoda, proszę wymienić dysk i przenieść dane. Czy mogę zapłacić zwykłym
przelewem zamiast kartą? Jeśli tak, proszę o numer konta i tytuł
przelewu.

Pozdrawiam
Bartosz Nowicki

W dniu 13.06.2024 o 10:02, Anna Szulc <wyceny@example-serwis.pl> pisze:
> Szanowny Panie,
>
> po diagnozie stwierdziliśmy, że dysk w Pana laptopie jest uszkodzony.
> Montaż dysku SSD 1 TB wraz z przeniesieniem danych to koszt 520,00 zł
> brutto. Prosimy o potwierdzenie w odpowiedzi na tę wiadomość.
>
> Z poważaniem
> Anna Szulc"""),
("pl", "b172-pl-zawieszenie-pakietu-norwegia", "Krzysztof Lis <krzysztof.lis@example.pl>", "Pakiet ochronny", "billing", "",
"""Czesc, od wrzesnia wyjezdzam na pol roku do pracy w Norwegii, a
laptop objety pakietem ochronnym (39 zl/mies.) zostaje w domu. Da sie
zawiesic pakiet na ten czas zamiast z niego rezygnowac? Po powrocie chce go
dalej miec.
Krzysiek"""),
("pl", "b172-pl-zawal-rachunek-odkurzacz", "Bożena Kaczmarek <bozena.kaczmarek@example.pl>", "Rachunek", "billing", "",
"""Mało zawału nie dostałam, jak zobaczyłam rachunek za naprawę
odkurzacza - 390 zł, a nowy taki sam kosztuje 449. Przez telefon mówiono
mi "około 200". Proszę o rozpisanie, za co dokładnie zapłaciłam.

Bożena Kaczmarek"""),
("pl", "b172-pl-wymiana-ladowarki", "Oliwia Krawczyk <oliwia.krawczyk@example.pl>", "Ładowarka", "billing", "",
"""Dzień dobry, wczoraj kupiłam w Państwa punkcie w Poznaniu ładowarkę do
laptopa (149 zł), ale wtyczka nie pasuje do mojego. Jest zafoliowana w
pudełku. Czy mogę ją wymienić na właściwą albo oddać za zwrotem
pieniędzy? Mam paragon."""),
("pl", "b172-pl-ekran-rog-nie-reaguje", "Natalia Sikora <natalia.sikora@example.pl>", "Zamówienie 61734", "technical", "",
"""Dzień dobry,

od wymiany ekranu prawy górny róg w ogóle nie reaguje na dotyk. Nie mogę
rozwinąć powiadomień ani zamknąć niektórych okienek. Reszta ekranu
działa. Odbierałam w punkcie w Katowicach w poniedziałek.

Natalia"""),
("pl", "b172-pl-nie-chce-zwrotu-tv", "Jerzy Kamiński <jerzy.kaminski@example.pl>", "Telewizor po naprawie", "technical", "",
"""Od razu zaznaczam: nie chcę zwrotu pieniędzy. Chcę, żeby telewizor
działał.

Dwa tygodnie temu wymieniono płytę T-CON i przez trzy dni było dobrze.
Teraz wróciły pionowe pasy po lewej stronie, tak jak przed naprawą, a
dzisiaj na środku pojawił się jeszcze fioletowy. To LG 55 cali z 2020
roku.

Kiedy ktoś może go znowu obejrzeć?

Jerzy Kamiński
Łódź"""),
("pl", "b172-pl-bateria-roweru-dym", "Magdalena Wójcik <magdalena.wojcik@example.pl>", "Rower po naprawie silnika", "technical", "high",
"""Dzień dobry,

wczoraj odebrałam rower elektryczny z Państwa warsztatu po naprawie
silnika. Wieczorem podłączyłam go do ładowania w piwnicy i po godzinie
poczułam swąd spalonego plastiku, a z baterii leciał lekki dym. Odłączyłam
ładowarkę, wyniosłam baterię na podwórko z dala od budynku i tam leży.
Obudowa z jednej strony jest lekko wybrzuszona.

Nie wiem, czy to bateria, czy coś w okablowaniu po naprawie, ale nie
będę z niego korzystać, dopóki Państwo tego nie sprawdzą. Co mam z nią
zrobić?

Magdalena Wójcik"""),
("pl", "b172-pl-odkurzacz-iskry-swad", "Zdzisław Kowalewski <zdzislaw.kowalewski@example.pl>", "Odkurzacz", "technical", "high",
"""Szanowni Państwo,

we wtorek odebrałem odkurzacz z naprawy. Po włączeniu przez kratki z
boku obudowy silnika widać małe niebieskie iskry, a po minucie czuć
swąd. Wyłączyłem go z kontaktu i nie będę używał, dopóki się Państwo
nie odezwą.

Mam 82 lata i nie mam samochodu, byłbym wdzięczny za odbiór.

Z poważaniem
Zdzisław Kowalewski"""),
("pl", "b172-pl-aparat-babcia-sama", "Karolina Michalska <karolina.michalska@example.pl>", "Aparat słuchowy babci", "technical", "high",
"""Dzień dobry,

aparat słuchowy mojej babci wrócił w piątek z Państwa serwisu i w ogóle
nie działa, nawet z nową baterią. Babcia ma 89 lat, mieszka sama na wsi
pod Siedlcami i bez aparatu nie słyszy ani telefonu, ani dzwonka do
drzwi - nie mamy z nią żadnego kontaktu. Drugiego aparatu nie ma.

Czy mogą Państwo dziś powiedzieć, co robimy, albo czy macie aparat
zastępczy, który mogłaby dostać na czas naprawy?

Karolina Michalska
600 000 764"""),
("pl", "b172-pl-biuro-rachunkowe-laptopy", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example>", "Laptopy po serwisie", "technical", "high",
"""Dzień dobry,

sześć laptopów wróciło od Państwa w piątek po wymianie dysków. Od
poniedziałku żaden nie łączy się z naszym serwerem ani z programem
księgowym - wyskakuje błąd certyfikatu. Księgowe siedzą bez pracy,
klienci dzwonią o deklaracje, a 25. mamy terminy VAT i ZUS za prawie
stu klientów.

Proszę o pilny kontakt dziś: pani Iwona, 22 500 31 18.

Biuro Rachunkowe Saldo, Warszawa"""),
("pl", "b172-pl-zegarek-staje-w-nocy", "Grzegorz Baran <grzegorz.baran@example.pl>", "zegarek", "technical", "",
"""Dzien dobry, 10 dni temu wymienialem baterie w zegarku w waszym punkcie
w Krakowie (Bonarka) i od tego czasu w nocy staje, rano jest 3-4 godziny
do tylu. Przed wymiana po prostu sie bateria skonczyla, nic innego mu
nie bylo."""),
("pl", "b172-pl-laptop-wentylator-glosny", "Wiktor Szymański <wiktor.szymanski@example.pl>", "Wentylator po naprawie", "technical", "",
"""Dzień dobry,

laptop wrócił w sobotę po wymianie klawiatury (zlecenie LP-7712).
Klawiatura działa, ale wentylator chodzi cały czas na najwyższych
obrotach i jest bardzo głośny, nawet gdy otwarta jest tylko
przeglądarka. Przed naprawą tego nie było.

Pozdrawiam
Wiktor Szymański"""),
("pl", "b172-pl-haslo-panel-klienta", "Dorota Zawadzka <dorota.zawadzka@example.pl>", "nie moge sie zalogowac", "technical", "",
"""To nie jest sprawa platnosci, zaplacone. Chce tylko sprawdzic, na jakim
etapie jest naprawa telewizora, ale nie moge wejsc do panelu klienta.
Klikam "nie pamietam hasla", mail przychodzi, a po kliknieciu w link
pokazuje sie "link wygasl", nawet jak otwieram od razu."""),
("pl", "b172-pl-re-telefon-nadal-restartuje", "Adam Pietrzak <adam.pietrzak@example.pl>", "Re: Naprawa NT-5590 gotowa do odbioru", "technical", "",
"""Dzień dobry,

odebrałem w czwartek. Telefon znowu sam się restartuje, kilka razy
dziennie, dokładnie jak przed naprawą. Czyli to, co zostało zrobione,
nic nie dało. Jak mam go oddać ponownie?

Adam Pietrzak

W dniu 07.06.2024 o 15:40, Serwis <noreply@example-serwis.pl> pisze:
> Naprawa NT-5590 jest gotowa do odbioru.
> Wykonane czynności: aktualizacja oprogramowania, przywrócenie
> ustawień fabrycznych. Nie stwierdzono usterki sprzętowej.
> Godziny otwarcia: pn-pt 10-19, sob 10-15."""),
("pl", "b172-pl-pilne-mikrofon", "Sebastian Duda <sebastian.duda@example.pl>", "PILNE!!!", "technical", "",
"""PILNE PROSZE PRZECZYTAC

po wymianie ekranu NIKT MNIE NIE SLYSZY przy rozmowach!!! ja slysze
normalnie a oni tylko szumy. musze podlaczac sluchawki zeby pogadac.
co tam zepsuliscie???"""),
("pl", "b172-pl-tv-pilot-nie-dziala", "Teresa Adamczyk <teresa.adamczyk@example.pl>", "Telewizor i pilot", "technical", "",
"""Dzień dobry,

od kiedy telewizor wrócił z naprawy zasilacza, nie reaguje na pilota.
Włączam go przyciskiem pod ekranem. Baterie w pilocie wymieniłam na
nowe, aparatem w telefonie widać, że dioda w pilocie świeci. Przed
naprawą pilot działał.

Teresa Adamczyk"""),
("pl", "b172-pl-ladowarka-kopie-obudowa", "Łukasz Grabowski <lukasz.grabowski@example.pl>", "Laptop - kopie prądem", "technical", "high",
"""Dzień dobry,

od kiedy laptop wrócił z wymiany gniazda ładowania, przy podłączonej
ładowarce kopie prądem po dotknięciu aluminiowej obudowy albo portów
USB. Pierwsza zauważyła córka, potem sam sprawdziłem. Odłączyłem go i
nie używamy. Jak go Państwu dostarczyć do sprawdzenia?

Łukasz Grabowski"""),
("pl", "b172-pl-rower-silnik-szarpie", "Michał Olszewski <michal.olszewski@example.pl>", "Rower", "technical", "",
"""Czesc, po przegladzie silnika rower szarpie przy ruszaniu - wspomaganie
wlacza sie z opoznieniem i nagle daje pelna moc, potem sie wylacza i
znow. Na plaskim jako tako, pod gorke masakra. Przed przegladem jezdzil
plynnie."""),
("pl", "b172-pl-wigilia-godziny", "Ewa Czarnecka <ewa.czarnecka@example.pl>", "Wigilia", "general", "",
"""Czy w Wigilię jesteście otwarci choć do południa? Chciałabym odebrać
telefon z naprawy przed wyjazdem do rodziców."""),
("pl", "b172-pl-podziekowanie-serwisant", "Henryk Wróblewski <henryk.wroblewski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałbym podziękować panu Dawidowi z punktu w Toruniu. Przyszedłem we
wtorek bardzo zdenerwowany, bo aparat słuchowy przestał działać dzień
przed chrzcinami wnuka. Pan Dawid posadził mnie, zrobił herbatę i w
godzinę aparat był sprawny. Usłyszałem całą mszę i wszystkie toasty.

Proszę przekazać mu moje podziękowania.

Z wyrazami szacunku
Henryk Wróblewski"""),
("pl", "b172-pl-zostawione-klucze", "Paulina Jasińska <paulina.jasinska@example.pl>", "Klucze", "general", "",
"""Dzień dobry, chyba zostawiłam dziś rano klucze (pęk z brelokiem w
kształcie kota) na ladzie w punkcie na Piotrkowskiej, kiedy oddawałam
laptopa. Czy mogą je Państwo przechować? Będę po południu. Dziękuję!"""),
("pl", "b172-pl-niegrzeczna-obsluga-kierownik", "Beata Lewandowska <beata.lewandowska@example.pl>", "Zachowanie pracownika wobec mojego taty", "general", "high",
"""Piszę w sprawie tego, jak potraktowano mojego tatę w sobotę w Państwa
punkcie w Rzeszowie.

Tata ma 81 lat i przyszedł zapytać o naprawę telefonu. Młody pracownik
za ladą wyśmiewał go przy innych klientach, powiedział "to nie fizyka
kwantowa, panie, nawet mój dziadek to umie" i śmiał się z kolegą. Tata
wrócił do domu roztrzęsiony.

Żądam kontaktu od kierownika punktu lub kogoś wyżej. Nie chcę bonu
rabatowego.

Beata Lewandowska"""),
("pl", "b172-pl-oblodzone-schody", "Andrzej Kubiak <andrzej.kubiak@example.pl>", "Wejście do punktu w Białymstoku", "general", "high",
"""Dzień dobry,

chciałem zgłosić, że schody przy wejściu do Państwa punktu na Lipowej w
Białymstoku są od rana całe oblodzone, nikt ich nie posypał. Sam się
poślizgnąłem i złapałem poręczy w ostatniej chwili. Do punktu z aparatami
słuchowymi przychodzi dużo starszych osób, ktoś sobie połamie nogi.

Andrzej Kubiak"""),
("pl", "b172-pl-zmiana-nazwiska", "Aleksandra Nowak-Dąbrowska <a.nowak.dabrowska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko na Nowak-Dąbrowska. Proszę o
zmianę na moim koncie klienta (wcześniej Aleksandra Nowak, ten sam
e-mail i telefon). Pozdrawiam"""),
("pl", "b172-pl-rodo-dane-telefon", "Rafal Szewczyk <rafal.szewczyk@example.pl>", "RODO", "general", "",
"""Dzien dobry,

w marcu oddalem telefon do naprawy i serwisant poprosil o kod
odblokowania. Zgodnie z RODO prosze o informacje, jakie moje dane
osobowe przechowujecie, czy zostala zrobiona jakakolwiek kopia
zawartosci telefonu i kiedy te dane zostana usuniete.

Rafal Szewczyk"""),
("pl", "b172-pl-odbior-przez-sasiada", "Leszek Mróz <leszek.mroz@example.pl>", "odbiór", "general", "",
"""Dzień dobry, odkurzacz (zlecenie OD-3381) odbierze w czwartek mój
sąsiad, pan Jan Sowa, bo ja jestem w sanatorium. Wystarczy, że pokaże
SMS z kodem, czy potrzebne jest upoważnienie na piśmie?"""),
("pl", "b172-pl-sponsoring-maraton-mtb", "Klub Rowerowy Beskidy <kontakt@kr-beskidy.example>", "Sponsoring maratonu MTB", "general", "",
"""Szanowni Państwo,

Klub Rowerowy Beskidy organizuje we wrześniu maraton MTB w Szczyrku, w
tym roku po raz pierwszy z osobną klasyfikacją rowerów elektrycznych.
Wielu naszych członków serwisuje już rowery w Państwa warsztacie w
Bielsku-Białej, dlatego chcielibyśmy zaproponować Państwu sponsoring tej
klasyfikacji.

Z kim możemy porozmawiać? Chętnie prześlemy ofertę.

Z pozdrowieniami
Piotr Hulbój
Sekretarz klubu"""),
("pl", "b172-pl-stary-zegarek-bateria", "Zbigniew Czerwiński <zbigniew.czerwinski@example.pl>", "Stary zegarek", "general", "",
"""Dzień dobry, czy wymieniają Państwo baterie w starych zegarkach
kwarcowych? Mam Atlantica po ojcu z lat 80. i chciałbym go uruchomić,
żeby dać wnukowi. Robi się to na miejscu w punkcie, czy trzeba go
gdzieś wysyłać?"""),
("pl", "b172-pl-nie-techniczne-parking", "Monika Wieczorek <monika.wieczorek@example.pl>", "Parkowanie", "general", "",
"""To nie jest pytanie techniczne :) W piatek przywoze do naprawy duzy
telewizor. Czy da sie podjechac pod sam punkt na Ochocie i go wyladowac,
czy musze szukac parkingu?"""),
("pl", "b172-pl-repair-cafe-wolontariusze", "Joanna Sobczak <joanna@naprawiamy-razem.example>", "Repair Café w październiku", "general", "",
"""Dzień dobry!

Prowadzimy w Gdyni comiesięczne Repair Café, a październikowe spotkanie
chcemy poświęcić elektronice. Czy ktoś z Państwa serwisantów miałby
ochotę przyjść jako wolontariusz na jedno popołudnie albo opowiedzieć
krótko, jak dbać o baterie w telefonach? Sobota 19 października,
13-16, sala parafialna. Kawa i ciasto zapewnione!

Joanna"""),
("pl", "b172-pl-praktyki-technikum", "Iwona Kołodziej <iwona.kolodziej@example.pl>", "Praktyki zawodowe", "general", "",
"""Dzień dobry,

jestem nauczycielką w technikum elektronicznym w Opolu. Czy Państwa
serwis przyjmuje uczniów na praktyki zawodowe? Chodzi o dwie osoby z
klasy trzeciej, na cztery tygodnie w maju.

Z poważaniem
Iwona Kołodziej"""),
]
