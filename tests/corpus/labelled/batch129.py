# batch129.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them.  Lab and maker
# suppliers this time -- lab equipment, calibration services, chemical
# suppliers, 3D printers and filament, electronic components, test
# equipment rental.  The failure classes in these settings -- escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, outages of a
# business told only by their consequences, safety hazards told calmly,
# praise, payment questions -- and everyday mail of all three queues.
# Same tuple format as batch12.py; slugs carry the prefix b129-.
M += [
# ---------------- English ----------------
("en", "b129-petg-charged-twice", "Hannah Pickering <hannah.pickering@example.co.uk>", "Order 40772", "billing", "",
"""Hi there,

I ordered 4 spools of PETG (order 40772) on Sunday night and my card has
been charged £87.96 twice. The first attempt said "payment failed" so I
tried again, but my banking app shows both went through. Only one order
shows in my account.

Could you refund the duplicate please?

Thanks
Hannah"""),
("en", "b129-invoice-missing-po-number", "Tamika Brooks <tbrooks@chem.stateu.example>", "INV-118304", "billing", "",
"""Hello,

We received invoice INV-118304 for the benchtop centrifuge, but it does
not show our purchase order number and our AP system automatically
rejects any invoice without one. Please reissue it with PO 4500219873
and send it to ap-chem@stateu.example. Our terms are net 30 from receipt
of a valid invoice.

Regards,
Tamika Brooks
Procurement Coordinator, Department of Chemistry"""),
("en", "b129-makerspace-sales-tax-exempt", "Treasurer <treasurer@riverbend-makers.example>", "Sales tax on order 81150", "billing", "",
"""Hi,

We're a 501(c)(3) nonprofit makerspace in Dayton, Ohio and we were
charged 7.25% sales tax ($41.18) on order 81150 (soldering stations and
fume extractors). Our tax-exempt certificate is attached. Could you
credit the tax back and keep the certificate on file so future orders
go through without it?

Thanks much,
Gary Lindqvist
Treasurer, Riverbend Makers"""),
("en", "b129-spectrum-analyser-hire-fortnight", "Dave Kowalczyk <dave@southerncrosscomms.example>", "Hire H-2291", "billing", "",
"""G'day,

We've got the spectrum analyser on hire until Friday (ref H-2291). The
tower job in Dubbo is running over so we'll need it for another
fortnight. What's the rate for the extra two weeks, and do you want it
paid upfront or added to the monthly invoice?

Cheers,
Dave Kowalczyk
Southern Cross Comms Pty Ltd"""),
("en", "b129-filament-box-last-before-vancouver", "Ciara Doyle <ciara.doyle@example.ie>", "Boxes after June", "billing", "",
"""Hiya,

Just to let you know I'm off to Vancouver for a new job at the end of
June and you don't ship there, so the June filament box will be my last
one. Please make sure nothing goes out or comes off my card after that.

It's been a great two years of boxes, thanks for all the colours!

Ciara"""),
("en", "b129-calibration-agreement-dr-hale", "Robert Ainsworth <r.ainsworth@biosci.example.ac.uk>", "Service agreement SA-0932", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of the School of Biosciences. Dr Margaret Hale,
whose research group held service agreement SA-0932 for the annual
calibration of pipettes and balances, died in March. Her laboratory has
since been closed and the equipment redistributed to other groups.

Please do not renew the agreement when it falls due on 1 September, and
let me know if anything remains outstanding on the account so that it
can be settled.

Yours faithfully,
Robert Ainsworth
Departmental Administrator"""),
("en", "b129-student-discount-not-coming", "Rohit Verma <rohit.verma@example.in>", "Student discount", "billing", "",
"""Respected Sir/Madam,

I am final year B.Tech student and I registered with my college mail id
to get the 15% student discount as given on your website. But at
checkout for the microcontroller starter kit the discount is not coming
and price is showing full Rs 4,850. I have verified my mail id also.

Kindly do the needful at the earliest.

Thanks and regards,
Rohit Verma
Pune"""),
("en", "b129-acetonitrile-restocking-chargeback", "Dr Fiona Carr <fiona.carr@example.co.uk>", "Return of unopened solvent - 25% deducted", "billing", "high",
"""To whom it may concern,

On 3 May I returned 4 x 2.5 L of HPLC-grade acetonitrile (order 52290),
unopened, seals intact, well within your 14-day returns period. Your
returns team confirmed receipt. I have now been refunded £203.40 of the
£271.20 I paid, with £67.80 withheld as a "restocking fee".

No restocking fee was mentioned anywhere when I ordered, and your terms
page at the time (I have a saved copy) says nothing of it. I have asked
twice by phone for the balance and been told it "can't be overridden".

If the remaining £67.80 is not refunded by Friday 24 May I will raise a
chargeback with my card issuer and send them the correspondence.

Dr Fiona Carr"""),
("en", "b129-re-quote-pipette-calibration-terms", "Nikhil Rao <nikhil.rao@genomelabs.example>", "Re: Quotation Q-55810 - pipette calibration", "billing", "",
"""Hi Sarah,

Thanks, the quote works for us and we'd like to go ahead with all 38
pipettes. Two questions before I raise the PO: can we be invoiced after
the work is done rather than paying in advance, and is the on-site
surcharge per visit or per day? If it's per day we may split it over
two visits.

Best,
Nikhil

On Tue, 14 May, Sarah Whitfield <calibration@example-labservices.com> wrote:
> Dear Nikhil,
>
> Please find attached quotation Q-55810 for on-site calibration of 38
> single and multichannel pipettes to ISO 8655, at £24.50 per channel
> group plus an on-site surcharge of £120.
>
> Kind regards,
> Sarah Whitfield
> Calibration Services"""),
("en", "b129-thermal-camera-late-fee-manager", "Declan Moran <declan.moran@example.ie>", "Late return fee", "billing", "high",
"""Hello,

I returned the thermal imaging camera (hire 7713) on the Tuesday, one
day late, because the courier YOU booked for the Monday never turned
up. I have the missed collection email to prove it. Now I'm charged a
EUR 180 late return fee for that one day, which is more than the weekly
hire itself.

I've rung twice and both times got "the system applies it
automatically". I'm not interested in what the system does. I want
this looked at by a manager or whoever is above the call centre, and I
want the fee taken off.

Declan Moran
Moran Electrical, Athlone"""),
("en", "b129-nozzle-swap-not-refund", "Oliver Grant <oliver.grant@example.com>", "Wrong size", "billing", "",
"""Not looking for my money back - I just ordered the 0.4 mm hardened
steel nozzles when I meant 0.6 mm. Pack is unopened. Can I swap them
and do I pay the difference or is it the same price?"""),
("en", "b129-psu-hire-deposit-small-claims", "Martin Heale <martin.heale@example.co.uk>", "Deposit - hire 60418", "billing", "high",
"""Dear Sirs,

I hired a programmable bench power supply from you in March (hire 60418)
and paid a refundable deposit of £500. The unit was returned on 2 April
in perfect condition, which your own return note signed by your
warehouse confirms.

It is now six weeks later and the deposit has not been returned. This
is my third email. Unless the £500 is back in my account within 7 days
I will issue a claim in the small claims court for the deposit plus
interest and costs, without further notice.

Martin Heale"""),
("en", "b129-printer-in-instalments", "Jess Alvarez <jess.alvarez@example.com>", "question about paying", "billing", "",
"""Hey! I've been saving up for the Kestrel X2 printer ($1,299) and I'm
almost there. Do you do any kind of pay-over-time thing like 4
payments, or would I have to pay the whole thing at once? Thanks!!"""),
("en", "b129-resin-box-hold-renovation", "Aoife Brennan <aoife@oldmill-makers.example>", "Resin boxes", "billing", "",
"""Hi folks,

Our space at the Old Mill is shut for building work from 1 February to
the end of April. There's no point getting the monthly resin and IPA
box while nobody can get in. Can you put it on hold for those three
months and start again in May? We'd like to keep the founding members'
price if that's possible.

Aoife
Old Mill Makers"""),
("en", "b129-hotend-smoke-block-glowing", "Graham Fletcher <graham.fletcher@example.co.uk>", "Printer", "technical", "high",
"""Hello,

Just letting you know about something odd with the Kestrel we bought in
January. Yesterday evening, about an hour into a print, I noticed a
thin line of smoke from the hotend and a smell of hot plastic that
wasn't the filament. The display was still showing 215 degrees, but the
heater block was glowing a dull red and the silicone sock had melted.

I switched it off at the wall and it has stayed unplugged since. What
would you like me to do next?

Regards,
Graham Fletcher"""),
("en", "b129-adapter-sparks-mcb-tripped", "Prof. Sunita Iyer <s.iyer@example.in>", "12V adapter from LED kit", "technical", "high",
"""Dear Team,

The 12V 5A adapter supplied with the LED driver kit (order 30917) gave a
loud crack and sparks came out of the side vent when I plugged it in
this morning. The MCB in the lab tripped. I have kept it aside.

We have 11 more adapters from the same lot which I was going to hand to
students for their project next week. Please advise whether they are
safe to use.

Regards,
Sunita Iyer
Dept. of Electronics"""),
("en", "b129-ult-freezer-rising", "Lab Manager <labmanager@cellbio.example.ac.uk>", "ULT-0417", "technical", "high",
"""The ultra-low freezer we hire from you (asset ULT-0417) has been
alarming since 6 am. It is now reading -52 C and climbing about three
degrees an hour. It holds patient-derived cell lines that cannot be
replaced. We have moved what we can into a neighbouring lab's freezer
but there isn't room for most of it.

We need an engineer today or a replacement unit. I'm on 0113 496 0772
all day.

Joanne Pike
Laboratory Manager"""),
("en", "b129-print-farm-zero-shipped", "Ops <ops@layerline-parts.example>", "Dashboard", "technical", "high",
"""Since the update that went out on Monday night, none of our 36
printers show up in the farm manager - every one says "offline" even
though they are on the network and we can ping them. We can't queue jobs
to them without the dashboard.

We normally ship around 300 parts a day. As of this morning we've
shipped none since Monday and two trade customers are already chasing
orders. Please can someone call me on 0161 496 0185.

Rick Yates
Layerline Parts, Stockport"""),
("en", "b129-not-billing-invoice-pdf-500", "Chris Lawton <chris.lawton@example.com>", "Invoices", "technical", "",
"""Hi, before this gets passed to accounts: I'm not querying any amount,
the invoices themselves are fine. The problem is the "Download PDF"
button in my account - since last week it gives "Error 500 - something
went wrong" for every invoice, old and new. Tried Firefox and Edge,
cleared cookies. Our bookkeeper needs the PDFs."""),
("en", "b129-reset-email-never-arrives", "Liam Murphy <l.murphy@example.ie>", "cant log in", "technical", "",
"""password reset email never arrives. checked spam and junk. account is
under this address. been trying since yesterday lunchtime"""),
("en", "b129-balance-off-after-calibration", "QC Lab <qc@brightpharm.example>", "Balance AB-220-31877", "technical", "",
"""Hello,

Our analytical balance (serial AB-220-31877) came back from your
calibration lab on Tuesday with a certificate saying it is within
tolerance. With our own 100 g class E2 check weight it now reads
100.0042 g, repeatably, after levelling and a two-hour warm-up. Before
we sent it to you it read 100.0001 g with the same weight.

Could someone look into what happened? We can't release it for use as
it is.

Kind regards,
Amira Saleh
QC Analyst"""),
("en", "b129-scope-fpga-init-failed", "Mel Ngata <mel.ngata@example.com.au>", "Scope won't start", "technical", "",
"""Hi,

The 4-channel scope that arrived on hire yesterday (ref H-3105) boots to
"FPGA init failed - code 0x1C" and stops there. Power cycled it a few
times and tried without the probes. No rush as we've borrowed one from
the uni for this week, but we'll need it working by the 20th.

Thanks,
Mel"""),
("en", "b129-silk-pla-snapping", "Tom Whitaker <tom.whitaker@example.co.uk>", "Silk PLA", "technical", "",
"""The silk copper PLA I got last week snaps in the feed tube every few
metres. Dried it 6 hours at 50 degrees, no difference. Bends like a
dry twig when you flex it by hand straight off the spool. Other brands
on the same printer are fine."""),
("en", "b129-dev-boards-not-detected", "Karthik Subramanian <karthik.s@example.in>", "Boards not detecting", "technical", "",
"""Hello,

Purchased 10 nos of the ESP32 dev boards (order 71883). When connected
to laptop (Windows 11) none is showing in device manager as COM port. I
have installed the CP210x driver as given in your page. Tried 3 cables
which work with other boards. Only the power LED is coming.

Please help.
Karthik"""),
("en", "b129-ph-meter-drifting-homebrew", "Bernard Quinn <bernie.quinn@example.ie>", "pH meter", "technical", "",
"""Dear Sir or Madam,

I am retired and brew my own beer as a hobby. The pH meter I bought
from you in the autumn will not settle. I calibrate it with the 4 and 7
buffer sachets as the leaflet says, and then in the 7 buffer it creeps
from 7.00 to 7.3 over a couple of minutes and keeps going. I keep the
electrode in the storage solution.

Is the probe gone, or am I doing something wrong?

Yours faithfully,
Bernard Quinn"""),
("en", "b129-lipo-packs-puffed-warm", "Sam Petrakis <sam.petrakis@example.com.au>", "3S packs from order 77121", "technical", "high",
"""Hi,

Two of the 3S 2200 mAh packs from order 77121 have puffed up while
sitting in storage at storage charge, and one of them is noticeably warm
even though it hasn't been used or charged for over a week. I've put
them in a metal tin out on the concrete behind the shed, away from the
house.

Is this a known batch problem? I have three more from the same order
that I haven't opened yet.

Sam"""),
("en", "b129-re-stirrer-third-time-supervisor", "Elaine Moore <elaine.moore@example.co.uk>", "Re: Case 20931 - hotplate stirrer", "technical", "high",
"""This is the third time I'm writing about this. The replacement unit
you sent does exactly what the first one did: it heats, but the stirring
stops dead after a minute or two and only restarts if you switch it off
and on. I've tried four different stir bars.

I've been patient, but I don't want a fourth round of the same
suggestions. Please pass this to a supervisor and have them call me.

Elaine Moore

-----Original Message-----
From: Technical Support
Sent: 02 May 10:14
Subject: Case 20931 - hotplate stirrer

Dear Elaine,

Sorry to hear that. Please check the stir bar is centred and that the
speed is set above 200 rpm before starting. If the issue persists we
will arrange a replacement.

Technical Support"""),
("en", "b129-printer-on-fire-probe-fails", "Jordan Reyes <jordan.reyes@example.com>", "loving it but", "technical", "",
"""Honestly the printer has been on fire since I got it - 40+ hours of
flawless prints. But since Saturday every print aborts at the start with
"probe triggered before move" during auto bed levelling. Nothing was
changed or bumped. Any ideas?"""),
("en", "b129-thanks-calibration-tech-priya", "Warren Mitchell <warren.mitchell@example.com.au>", "Shout-out for Priya", "general", "",
"""Hi team,

Just wanted to say a big thank you to Priya who did our on-site
calibration in Toowoomba last week. She worked through 60-odd
instruments in two days, explained every out-of-tolerance result to our
techs, and even stayed late so we didn't have to shut the line on the
Friday. Top effort - please pass it on to her manager.

Warren Mitchell
Maintenance Supervisor"""),
("en", "b129-trade-counter-christmas-hours", "Phil Doherty <phil.doherty@example.co.uk>", "Christmas", "general", "",
"""Hi, is the Leeds trade counter open between Christmas and New Year, and
what hours? Need to pick some bits up for a job on the 29th."""),
("en", "b129-left-multimeter-trade-counter", "Kevin O'Neill <kevin.oneill@example.ie>", "Left my meter", "general", "",
"""Hello,

I think I left my multimeter in a black zipped case on the counter at
your Cork collection point on Thursday afternoon, while I was signing
for my parcel. It has a strip of yellow tape on the case with "KON" on
it. Has anyone handed it in?

Thanks,
Kevin"""),
("en", "b129-urgent-deliver-to-loading-bay", "Goods In <goodsin@northfield-labs.example>", "URGENT!!! DELIVERY TOMORROW", "general", "",
"""PLEASE NOTE FOR ORDER 90442 ARRIVING TOMORROW: DO NOT DELIVER TO MAIN
RECEPTION. Reception staff are not permitted to sign for hazardous
goods. Driver must go to LOADING BAY B at the back of the building
(follow signs for Goods In), open 7:30-15:30.

Thanks
Stores"""),
("en", "b129-new-account-contact", "Helen Barrow <h.barrow@example.co.uk>", "Change of contact", "general", "",
"""Hello,

I'm leaving the Institute at the end of the month. From 1 July please
send order confirmations and delivery notices for our account to my
colleague Dr James Okafor (j.okafor@example.co.uk, 020 7946 0311)
instead of me.

Many thanks,
Helen Barrow"""),
("en", "b129-subject-access-request", "Neha Kapoor <neha.kapoor@example.com>", "Data request", "general", "",
"""Hello,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including records of calls and chats, and details of any
third parties you have shared it with. My customer number is C-448120.

Regards,
Neha Kapoor"""),
("en", "b129-robotics-team-sponsorship", "Ms Siobhan Kelly <skelly@stbrigids-school.example>", "Robotics team", "general", "",
"""Dear Sir/Madam,

I teach physics at St Brigid's Secondary in Galway and run our
Transition Year robotics team. The students have qualified for the
national finals in Dublin in April. We are looking for local sponsors
and wondered whether you would consider supporting them with components
or filament; your logo would go on the robot and the team shirts.

Kind regards,
Siobhan Kelly"""),
("en", "b129-sds-sodium-hydroxide", "Ian Ferguson <ian.ferguson@example.co.uk>", "Safety data sheet", "general", "",
"""Can you send me the current safety data sheet for the sodium hydroxide
pellets, product code 22-1180? Our COSHH file needs the latest
revision. Thanks, Ian"""),
("en", "b129-driver-swore-goods-in-manager", "Gillian Shaw <gillian.shaw@westmoor-hospital.example>", "Conduct of your delivery driver", "general", "high",
"""Dear Sir/Madam,

This morning at about 10:15 your driver delivering to our pathology
goods-in swore at one of my staff, a young apprentice, because she
asked him to wait while she checked the cold-chain labels, which is our
procedure. He called her useless in front of other people and left
without a signature. She was in tears.

This is not acceptable. I want a senior manager to contact me by the
end of the week to tell me what you will do about it.

Gillian Shaw
Stores Supervisor, Pathology"""),
("en", "b129-trade-counter-loose-step-nosing", "Raj Patel <raj.patel@example.co.uk>", "Step at Park Royal counter", "general", "high",
"""Hi,

I collected an order at the Park Royal trade counter this afternoon.
The metal edge on the step up to the counter has come loose and sticks
up about a centimetre. I caught my toe on it and nearly went over, and
the chap behind me did the same. Someone will end up flat on their face
on the concrete, probably carrying a box of glass. Might be worth
putting a cone on it till it's fixed.

Raj"""),
("en", "b129-resin-workshop-bring-teen", "Maria Santos <maria.santos@example.com>", "Saturday workshop", "general", "",
"""Hi! I'm booked on the intro to resin printing workshop this Saturday
at the Brooklyn store. Can my 14-year-old come along and watch, and is
there anywhere to park nearby? Thanks, Maria"""),
("en", "b129-hello-channel-islands-solvents", "Peter Le Brun <peter.lebrun@example.com>", "Hello", "general", "",
"""Hello,

Do you deliver to Jersey? And are there any restrictions on sending
solvents such as IPA and acetone to the Channel Islands, or is it only
non-hazardous items?

Peter Le Brun"""),
]
M += [
# ---------------- Greek ----------------
("el", "b129-gl-nhmata-diplh-xrewsh", "Stelios K. <stelios.kar@example.gr>", "paraggelia 51804", "billing", "",
"""Kalhspera sas,
ekana paraggelia 3 karoulia PLA (51804) kai vlepw sto e-banking oti mou
xrewsate 2 fores ta 62,70e. H paraggelia einai mia, mou hr8e ena email
epivevaiwshs mono. Mporeite na mou epistrepsete th deuterh xrewsh?
Eyxaristw
Stelios"""),
("el", "b129-timologio-afm-ergastiriou", "Γεωργία Παπαϊωάννου <g.papaioannou@example.gr>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Στην παραγγελία 60371 (πιπέτες και ρύγχη) ξέχασα να επιλέξω τιμολόγιο
και μου ήρθε απόδειξη λιανικής. Τα υλικά είναι για το μικροβιολογικό
εργαστήριο του συζύγου μου. Μπορείτε να την ακυρώσετε και να εκδώσετε
τιμολόγιο με τα παρακάτω στοιχεία;

Ι. Παπαϊωάννου & ΣΙΑ Ο.Ε.
ΑΦΜ 099887766, ΔΟΥ Ιωαννίνων
Δωδώνης 48, 45221 Ιωάννινα

Ευχαριστώ,
Γεωργία Παπαϊωάννου"""),
("el", "b129-gl-doseis-3d-ektypwths", "Manos Tz. <manos.tz@example.gr>", "doseis?", "billing", "",
"""Geia sas, 8elw na parw ton 3D ektypwth pou exete 749e alla oxi me thn
mia. Ginetai se atokes doseis me pistwtikh? Posa mhnes max? Kai an
plhrwsw me karta allhs trapezas isxyei?"""),
("el", "b129-enoikiasi-palmografou-paratasi", "Θανάσης Ρήγας <t.rigas@rigas-automations.example>", "Ενοικίαση παλμογράφου Ε-4410", "billing", "",
"""Καλησπέρα,

Έχουμε σε ενοικίαση τον παλμογράφο με αριθμό ενοικίασης Ε-4410 μέχρι
την Παρασκευή. Η εγκατάσταση στο εργοστάσιο στη Σίνδο παρατείνεται και
θα τον χρειαστούμε άλλες δέκα μέρες. Πόσο θα κοστίσει η παράταση και
πρέπει να την προπληρώσουμε ή μπαίνει στο μηνιαίο τιμολόγιο;

Θανάσης Ρήγας
Ρήγας Αυτοματισμοί"""),
("el", "b129-syndromi-nimaton-fantaros", "Παύλος Δημάκης <pavlos.dimakis@example.gr>", "Το κουτί του μήνα", "billing", "",
"""Γεια σας,

Παρουσιάζομαι φαντάρος στην Τρίπολη στις 15 του μήνα και για 9 μήνες
δεν θα είμαι σπίτι να τυπώνω. Μπορείτε να σταματήσετε τα μηνιαία
κουτιά με νήματα μέχρι να απολυθώ και να μην παίρνετε χρήματα από την
κάρτα; Αν γίνεται να ξαναρχίσουν αυτόματα τον Σεπτέμβρη, αλλιώς θα σας
ξαναγράψω εγώ.

Παύλος"""),
("el", "b129-rhtines-odontotexniko-syntaxi", "Αικατερίνη Σφακιανάκη <k.sfakianaki@example.gr>", "Συμβόλαιο προμήθειας ρητινών", "billing", "",
"""Αξιότιμοι κύριοι,

Ο πατέρας μου, Εμμανουήλ Σφακιανάκης, είχε οδοντοτεχνικό εργαστήριο
στο Ηράκλειο και παραλάμβανε από εσάς κάθε δίμηνο ρητίνες και
αναλώσιμα για τον εκτυπωτή του, με ετήσιο συμβόλαιο. Από τον Μάιο
βγήκε στη σύνταξη και το εργαστήριο έκλεισε.

Παρακαλώ να μην ανανεωθεί το συμβόλαιο και να μη σταλεί η επόμενη
αποστολή. Αν υπάρχει κάποιο υπόλοιπο να εξοφληθεί, ενημερώστε με.

Με εκτίμηση,
Αικατερίνη Σφακιανάκη"""),
("el", "b129-gl-kouponi-foithtiko-den-pianei", "Nefeli Ant. <nefeli.ant@example.gr>", "kwdikos ekptwshs", "billing", "",
"""Geia! Mou steilate kwdiko ekptwshs 10% STUDENT10 gia foithtes
(eimai sto Polytexneio Krhths) alla sto kala8i leei "o kwdikos den
isxyei gia ta proionta tou kala8iou". Exw mesa mono ena Arduino kit kai
kalwdia. Giati? Kanei 58,40 xwris thn ekptwsh."""),
("el", "b129-antidrastiria-kratisi-synigoros", "Δρ. Σταύρος Μελετίου <s.meletiou@example.gr>", "Επιστροφή αντιδραστηρίων - παρακράτηση 20%", "billing", "high",
"""Κύριοι,

Στις 6 Μαΐου επέστρεψα, σφραγισμένα και εντός της προθεσμίας των 14
ημερών, δύο κιτ αντιδραστηρίων της παραγγελίας 44719, αξίας 412,00€.
Μου επιστρέψατε 329,60€ παρακρατώντας 82,40€ ως "έξοδα
επαναποθήκευσης", όρος που δεν αναφερόταν πουθενά κατά την παραγγελία.

Ζητώ την επιστροφή του υπολοίπου των 82,40€ εντός 10 ημερών. Διαφορετικά
θα υποβάλω καταγγελία στον Συνήγορο του Καταναλωτή και στη Γενική
Γραμματεία Εμπορίου.

Σταύρος Μελετίου"""),
("el", "b129-gl-egguhsh-enoikiashs-trapeza", "Lefteris B. <lefteris.b@example.gr>", "EGGYHSH 300E", "billing", "high",
"""Kalhmera. Noikiasa apo sas to 8ermiko kamera gia 1 evdomada ton Martio
kai afhsa egguhsh 300e me karta. Thn epestrepsa kanonika, xwris kamia
zhmia, to egrapse kai o ypallhlos sto deltio. Exoun perasei 7 evdomades
kai ta lefta den exoun epistrafei, exw steilei hdh 3 email.
An mexri thn Paraskeuh den ta dw, kanw amfisvhthsh xrewshs sthn
trapeza kai as ta vreite me ekeinous.
Lefteris Bakalis"""),
("el", "b129-re-prosfora-vathmonomisi-zygon", "Ροδάνθη Κωστοπούλου <r.kostopoulou@agrolab.example>", "Re: Προσφορά ΠΒ-2207 - βαθμονόμηση ζυγών", "billing", "",
"""Καλημέρα κε Ζαχαρίου,

Συμφωνούμε με την προσφορά. Πριν στείλουμε την επιβεβαίωση: μπορούμε να
εξοφλήσουμε με κατάθεση στην τράπεζα 30 μέρες μετά την έκδοση του
τιμολογίου, όπως κάνουμε και με τους άλλους προμηθευτές μας; Και τα
έξοδα μετακίνησης του τεχνικού στη Λάρισα περιλαμβάνονται στο ποσό;

Ροδάνθη Κωστοπούλου
Λογιστήριο

Στις 21/5, ο/η Νίκος Ζαχαρίου <vathmonomiseis@example-metrologia.gr> έγραψε:
> Αγαπητή κα Κωστοπούλου,
>
> Σας αποστέλλουμε την προσφορά ΠΒ-2207 για τη βαθμονόμηση 6 ζυγών
> ακριβείας επί τόπου, συνολικού κόστους 540,00€ πλέον ΦΠΑ.
>
> Με εκτίμηση,
> Νίκος Ζαχαρίου"""),
("el", "b129-vathmonomisi-parapano-ypeythynos", "Σπύρος Αλεξανδράκης <s.alexandrakis@example.gr>", "Χρέωση βαθμονόμησης", "billing", "high",
"""Καλησπέρα,

Η προσφορά σας για τη βαθμονόμηση των τεσσάρων θερμομέτρων του
εργαστηρίου ήταν 280€. Το τιμολόγιο που ήρθε είναι 395€, με μια γραμμή
"επιπλέον εργασίες" που κανείς δεν μας ζήτησε να εγκρίνουμε. Στο
τηλέφωνο η κοπέλα μού είπε ότι "έτσι βγήκε".

Δεν πρόκειται να πληρώσω κάτι που δεν ενέκρινα. Θέλω να μου τηλεφωνήσει
ο υπεύθυνος του τμήματος, όχι άλλο email από το γενικό support.
6977 123 004.

Σπύρος Αλεξανδράκης"""),
("el", "b129-gl-allagh-xrwmatos-oxi-lefta", "Xristina M. <xristina.m@example.gr>", "lathos xrwma", "billing", "",
"""Kalhspera, den 8elw ta lefta pisw, apla phra to PETG se mauro anti gia
gri gia ena project kai mou xreiazetai to gri. Einai sfragismeno akoma.
Mporw na to allaksw sto katasthma sthn Patra h prepei na to steilw?"""),
("el", "b129-dimos-plirwmi-entalma", "ΚΔΑΠ Δήμου Κηφισιάς <kdap@example-kifisia.gr>", "Πληρωμή από Δήμο", "billing", "",
"""Καλημέρα σας,

Το ΚΔΑΠ του Δήμου ενδιαφέρεται να αγοράσει 2 εκτυπωτές 3D και νήματα
για εργαστήριο για παιδιά. Η πληρωμή από τον Δήμο γίνεται με χρηματικό
ένταλμα, συνήθως 2-3 μήνες μετά την παράδοση. Δέχεστε τέτοιου είδους
πληρωμή και χρειάζεστε κάποια δικαιολογητικά από εμάς;

Με εκτίμηση,
Μαρία Σταθοπούλου"""),
("el", "b129-antikatavoli-chimika", "Ηλίας Τσιρώνης <ilias.tsironis@example.gr>", "αντικαταβολη", "billing", "",
"""καλησπερα, μπορω να πληρωσω με αντικαταβολη για παραγγελια με
ισοπροπυλικη αλκοολη και αποσταγμενο νερο; στο καλαθι δεν μου βγαζει
την επιλογη. ευχαριστω"""),
("el", "b129-gl-hotend-kapnos", "Vasilis Dr. <vasilis.dr@example.gr>", "ektypwths", "technical", "high",
"""Kalhspera,
xtes to vrady htan se ekseliksh ena print kai eida na vgainei ligos
kapnos apo to hotend. H o8onh edeixne kanonika 210 vathmous alla to
metalliko mplok eixe kokkinisei kai to silikoniko kalymma eixe liwsei.
To evgala apo thn priza kai den to exw ksanadoulepsei. Einai 2 mhnwn.
Ti na kanw?
Vasilis"""),
("el", "b129-trofodotiko-pagkou-spinthires", "Κωνσταντίνος Λιάπης <k.liapis@example.gr>", "Τροφοδοτικό πάγκου", "technical", "high",
"""Καλημέρα,

Το εργαστηριακό τροφοδοτικό 30V/5A που αγόρασα τον Φεβρουάριο έβγαλε
σήμερα σπίθες από τις γρίλιες στο πίσω μέρος και μύριζε καμένο. Δεν
είχε τίποτα συνδεδεμένο στις εξόδους. Έπεσε η ασφάλεια του πίνακα. Το
έχω αποσυνδέσει και το έχω βγάλει στο μπαλκόνι.

Παρακαλώ πείτε μου πώς προχωράμε.

Κ. Λιάπης"""),
("el", "b129-epoastiras-kalliergeies", "Μικροβιολογικό Εργαστήριο Καρρά <info@mikrobio-karra.example>", "Επωαστήρας", "technical", "high",
"""Ο επωαστήρας που μας εγκαταστήσατε τον Ιανουάριο δείχνει 37,0°C στην
οθόνη, αλλά με το δικό μας βαθμονομημένο θερμόμετρο μέσα μετράμε 31°C.
Οι καλλιέργειες από χθες δεν έχουν αναπτυχθεί. Έχουμε σήμερα 45
ασθενείς που περιμένουν αποτελέσματα καλλιεργειών ούρων και δεν
μπορούμε να τους δώσουμε τίποτα. Χρειαζόμαστε τεχνικό σήμερα.

Ευάγγελος Καρράς
Βιοπαθολόγος"""),
("el", "b129-gl-login-kwdikos-lathos", "Panos Ger. <panos.ger@example.gr>", "logariasmos", "technical", "",
"""geia, den mporw na mpw sto logariasmo mou sto eshop. vazw to swsto
password (to allaksa xtes) kai leei "lan8asmena stoixeia". pathsa kai
ksexasa ton kwdiko alla to link leei oti exei lhksei amesws."""),
("el", "b129-oxi-xrewsi-efarmogi-katagrafikou", "Ζωή Αντωνίου <zoi.antoniou@example.gr>", "Καταγραφικό θερμοκρασίας", "technical", "",
"""Καλησπέρα σας,

Δεν αφορά χρέωση ούτε θέλω επιστροφή, το καταγραφικό θερμοκρασίας
δουλεύει. Το πρόβλημα είναι η εφαρμογή στο κινητό: μόλις πατήσω "Λήψη
δεδομένων" κλείνει αμέσως. Έχω Android 14, την έσβησα και την ξαναέβαλα
και κάνει το ίδιο. Θέλω να κατεβάσω τις μετρήσεις της τελευταίας
εβδομάδας από το ψυγείο φαρμάκων.

Ζωή Αντωνίου"""),
("el", "b129-zygos-meta-vathmonomisi", "Απόστολος Γιαννακόπουλος <a.giannakopoulos@example.gr>", "Ζυγος μετα τη βαθμονομηση", "technical", "",
"""Καλημερα,

Ο ζυγος ακριβειας που μας επιστρεψατε την Τριτη απο τη βαθμονομηση
δειχνει 200,012 g με το δικο μας προτυπο βαρος των 200 g. Πριν σας
τον στειλουμε εδειχνε 200,001. Εχει ζεσταθει, ειναι αλφαδιασμενος, σε
σταθερο παγκο. Μπορειτε να δειτε τι εγινε;

Απ. Γιαννακοπουλος"""),
("el", "b129-gl-arduino-den-to-vlepei", "Kostas_maker <kostas.maker@example.gr>", "nano", "technical", "",
"""Kalhspera, phra 5 nano apo sas kai kanena den to vlepei o
ypologisths. Oute sto Arduino IDE oute sth diaxeirish syskeuwn. Evala
ton driver CH340 pou leei h selida. Me to palio mou nano to idio kalwdio
doulevei kanonika. Anavei mono to prasino led."""),
("el", "b129-fygokentros-imbalance", "Ελένη Μαυρίδου <eleni.mavridou@example.gr>", "Φυγόκεντρος - σφάλμα E-07", "technical", "",
"""Καλησπέρα,

Η επιτραπέζια φυγόκεντρος που πήραμε τον Μάρτιο σταματά μετά από λίγα
δευτερόλεπτα με σφάλμα E-07 (ανισορροπία), ακόμα και με δύο
σωληνάρια ζυγισμένα στο ίδιο βάρος ακριβώς απέναντι το ένα στο άλλο.
Έχουμε δοκιμάσει και με όλες τις θέσεις γεμάτες. Τι άλλο να ελέγξουμε;

Ελένη Μαυρίδου"""),
("el", "b129-sxoleio-aisthitires-eksetaseis", "Γενικό Λύκειο Ναυπάκτου <mail@lyk-nafpakt.example>", "Αισθητήρες εργαστηρίου", "technical", "high",
"""Κύριοι,

Αύριο στις 9:00 έχουμε εργαστηριακή εξέταση Φυσικής για 4 τμήματα,
περίπου 90 μαθητές. Από χθες το απόγευμα κανένας από τους 12
καταγραφείς δεδομένων που αγοράσαμε από εσάς δεν συνδέεται με τους
υπολογιστές του εργαστηρίου. Το πρόγραμμα βγάζει "συσκευή μη
συμβατή". Την περασμένη εβδομάδα δούλευαν όλοι.

Παρακαλούμε να μας καλέσει κάποιος τεχνικός σήμερα, 26340 00 111.

Ο Υπεύθυνος Εργαστηρίου
Γιώργος Καραγιάννης"""),
("el", "b129-gl-nhma-spaei-ygrasia", "Mairi Kal. <mairi.kal@example.gr>", "TPU", "technical", "",
"""To TPU pou mou steilate kanei fouskales kai tsiri-tsiri otan vgainei
apo to akrofysio, lew oti exei ygrasia. To esteggna 8 wres sto
fournaki sta 50 kai pali to idio. Ta alla nhmata einai kala."""),
("el", "b129-analytis-enoikiasis-lathos-tasi", "Ηλεκτρολογική Καλαμάτας <info@hlektrologiki-kal.example>", "Αναλυτής ενοικίασης Ε-5120", "technical", "",
"""Καλημέρα,

Τον αναλυτή ποιότητας ισχύος που νοικιάσαμε την Δευτέρα (αρ. Ε-5120)
δείχνει 180V σε πρίζα που με δικό μας πολύμετρο μετράει 231V. Και στις
τρεις φάσεις το ίδιο περίπου. Μήπως χρειάζεται κάποια ρύθμιση ή είναι
ξεβαθμονομημένος; Τον χρειαζόμαστε ως το τέλος της εβδομάδας.

Δημήτρης Παναγόπουλος"""),
("el", "b129-ektypotis-ritinis-grammes", "Άρης Νικολαΐδης <aris.nikolaidis@example.gr>", "Ερώτηση", "technical", "",
"""Γεια σας. Ο εκτυπωτής ρητίνης που πήρα πριν τρεις μήνες βγάζει τα
κομμάτια με οριζόντιες γραμμές κάθε λίγα χιλιοστά, σαν σκαλοπάτια.
Στο τεστ οθόνης φαίνεται μια λεπτή μαύρη γραμμή στη μέση της οθόνης
LCD. Φταίει η οθόνη; Ευχαριστώ."""),
("el", "b129-gl-lipo-fouskwse", "Giorgos Fl. <giorgos.fl@example.gr>", "mpataries drone", "technical", "high",
"""Kalhspera, apo tis 4 mpataries LiPo pou phra gia to drone oi 2
fouskwsan mesa sto syrtari xwris na tis xrhsimopoiw kai h mia einai
zesth sto agkisma, eno den einai sto reuma. Tis evala se ena metalliko
koutaki sto mpalkoni. Einai kapoia elattomatikh partida? Tis alles 2
den tis exw anoiksei."""),
("el", "b129-efxaristo-texniko-vathmonomisis", "Μαρίνα Κουτσούκου <m.koutsoukou@example.gr>", "Ευχαριστίες", "general", "",
"""Καλησπέρα σας,

Θέλαμε να ευχαριστήσουμε τον κ. Στέλιο που ήρθε για τη βαθμονόμηση των
πιπετών στο εργαστήριό μας στην Κομοτηνή. Ήταν πολύ προσεκτικός,
εξήγησε στις νέες συναδέλφους πώς να ελέγχουν οι ίδιες τις πιπέτες
ανάμεσα στις βαθμονομήσεις και τελείωσε νωρίτερα από το πρόγραμμα.

Να τον χαιρετίσετε από όλους μας.
Μαρίνα Κουτσούκου"""),
("el", "b129-gl-wrario-thessaloniki-augoustos", "Nikos P. <nikos.p@example.gr>", "Augoustos", "general", "",
"""Kalhmera, to katasthma sth Thessalonikh (Kalamaria) 8a einai anoixto
ton Augousto h kleinete gia diakopes? 8elw na perasw na parw kati
ektypwseis gia thn douleia."""),
("el", "b129-gl-ksexasa-thiki", "Anna Ts. <anna.ts@example.gr>", "ksexasa kati", "general", "",
"""Geia sas, to Savvato to prwi phra mia paraggelia apo to shmeio
paralavhs sas sto Peristeri kai nomizw ksexasa ekei mia mple 8hkh me
kathgies kai ergaleia kollhshs. Th vrhkate? Mporw na perasw thn Trith.
Anna"""),
("el", "b129-paradosi-pyli-3-panepistimio", "Εργαστήριο Οργανικής Χημείας <orgchem@example-uni.gr>", "Οδηγίες παράδοσης", "general", "",
"""Καλησπέρα,

Για την παραγγελία 38815 (διαλύτες): παρακαλούμε ο οδηγός να μην
αφήσει τα δέματα στην κεντρική πύλη της Πανεπιστημιούπολης. Να μπει από
την Πύλη 3 (Οδός Εγνατίας), να σταματήσει στην αποθήκη χημικών πίσω
από το κτίριο Δ και να καλέσει το 2310 998 740. Παραλαβή 8:00-14:00.

Ευχαριστούμε,
Κ. Ζαφειρόπουλος"""),
("el", "b129-allagi-email-kinitou", "Θεοδώρα Μπαλτά <theodora.balta@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα,

Παρακαλώ αλλάξτε το email επικοινωνίας του λογαριασμού μου σε
theodora.balta@example.gr (το παλιό του πανεπιστημίου κλείνει) και το
κινητό σε 6945 112 093.

Ευχαριστώ,
Θεοδώρα Μπαλτά"""),
("el", "b129-diagrafi-dedomenon-gdpr", "Ορέστης Βλαχάκης <orestis.vlachakis@example.gr>", "Διαγραφή δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), ζητώ τη
διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας και την
απεγγραφή μου από κάθε ενημερωτικό δελτίο. Παρακαλώ επιβεβαιώστε
γραπτώς όταν ολοκληρωθεί.

Ορέστης Βλαχάκης"""),
("el", "b129-xorigia-omada-rompotikis", "Ομάδα Ρομποτικής 2ου ΓΕΛ Χανίων <robotics@2gel-chania.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Η ομάδα ρομποτικής του σχολείου μας προκρίθηκε στον πανελλήνιο τελικό
του διαγωνισμού εκπαιδευτικής ρομποτικής που θα γίνει τον Ιούνιο στην
Αθήνα. Αναζητούμε χορηγούς για τα υλικά και τα έξοδα μετακίνησης των
παιδιών. Θα σας ενδιέφερε να στηρίξετε την ομάδα με ηλεκτρονικά
εξαρτήματα; Το λογότυπό σας θα μπει στο ρομπότ και στις μπλούζες μας.

Με εκτίμηση,
Αργυρώ Δασκαλάκη, καθηγήτρια Πληροφορικής"""),
("el", "b129-gl-seminaria-3d", "Thanos_K <thanos.k@example.gr>", "seminaria", "general", "",
"""Geia sas, kanete seminaria gia arxarious sto 3D printing? Exw enan
ektypwth edw kai 2 mhnes kai 8elw na matho kai to design kommati
(Fusion h kati paromoio). Sthn A8hna."""),
("el", "b129-gl-geia-sas-pistopoiitiko-analysis", "Ioanna Kyr. <ioanna.kyr@example.gr>", "Geia sas", "general", "",
"""Geia sas, gia to 8eiiko natrio (kwd. 31-0442) pou parhggeilame mporeite
na mou steilete to pistopoihtiko analyshs ths partidas kai to deltio
dedomenwn asfaleias sta ellhnika? Ta zhtane apo ton elegxo poiothtas.
Eyxaristw, Iwanna"""),
("el", "b129-tilefoniti-agenis-diefthyntis", "Χαράλαμπος Ντόκος <ch.ntokos@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Σήμερα στις 11:40 τηλεφώνησα στο κατάστημα της Λάρισας για να ρωτήσω αν
έχετε διαθέσιμο ένα ανταλλακτικό. Ο υπάλληλος που σήκωσε το τηλέφωνο
μου μίλησε με ύφος, με είπε "θείο που δεν καταλαβαίνει" και μου έκλεισε
το τηλέφωνο στα μούτρα. Είμαι 71 χρονών και πελάτης σας δέκα χρόνια.

Ζητώ να μου τηλεφωνήσει ο διευθυντής του καταστήματος ή κάποιος
ανώτερος. Όχι ο ίδιος υπάλληλος.

Χαράλαμπος Ντόκος
6932 440 817"""),
("el", "b129-spasmeno-gyalino-rafi-katastima", "Δέσποινα Σαββίδου <d.savvidou@example.gr>", "Κατάστημα Πειραιά", "general", "high",
"""Καλησπέρα,

Ήμουν σήμερα το μεσημέρι στο κατάστημά σας στον Πειραιά. Ένα γυάλινο
ράφι στη βιτρίνα με τα γυάλινα σκεύη έχει ραγίσει στη μέση και γέρνει,
και κάτω στο πάτωμα υπάρχουν ακόμα κομματάκια γυαλί. Είχα μαζί το
παιδί μου που πήγε να τα πιάσει. Το είπα στο ταμείο αλλά όταν έφυγα
δεν είχε γίνει τίποτα. Κάποιος θα κοπεί.

Δέσποινα Σαββίδου"""),
("el", "b129-epeigon-allagi-oras-paralavis", "Ιορδάνης Παπαδόπουλος <iordanis.pap@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΚΑΛΗΜΕΡΑ. ΕΠΕΙΓΟΝ!!! Η ΠΑΡΑΓΓΕΛΙΑ 72230 ΕΙΝΑΙ ΓΙΑ ΠΑΡΑΛΑΒΗ ΑΠΟ ΤΟ
ΚΑΤΑΣΤΗΜΑ ΣΗΜΕΡΑ ΑΛΛΑ ΔΕΝ ΠΡΟΛΑΒΑΙΝΩ. ΘΑ ΕΡΘΕΙ Ο ΣΥΝΑΔΕΛΦΟΣ ΜΟΥ ΜΑΝΘΟΣ
ΚΟΥΡΤΗΣ ΑΥΡΙΟ ΤΟ ΠΡΩΙ. ΦΤΑΝΕΙ ΝΑ ΕΧΕΙ ΤΟΝ ΑΡΙΘΜΟ ΠΑΡΑΓΓΕΛΙΑΣ Η ΘΕΛΕΤΕ
ΕΞΟΥΣΙΟΔΟΤΗΣΗ;"""),
("el", "b129-open-day-makerspace", "Λίνα Χριστοδούλου <lina.christodoulou@example.gr>", "Ανοιχτή μέρα", "general", "",
"""Γεια σας!

Είδα στο Instagram ότι κάνετε ανοιχτή μέρα στο χώρο σας στο Γκάζι με
επιδείξεις εκτυπωτών και laser cutter. Χρειάζεται δήλωση συμμετοχής ή
απλώς περνάμε; Και μπορώ να φέρω δικό μου αρχείο να το δοκιμάσουμε;

Λίνα"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b129-filamento-cobro-doble", "Irene Castaño <irene.castano@example.es>", "Pedido 33961", "billing", "",
"""Hola,

Hice el pedido 33961 (tres bobinas de PLA y una de TPU) el domingo y en
la app del banco me aparecen dos cargos de 74,85 € el mismo día, a la
misma hora. Solo tengo un pedido y un correo de confirmación. ¿Me podéis
devolver el cargo que sobra?

Gracias,
Irene"""),
("es", "b129-factura-cfdi-rfc", "Contabilidad Laboratorios Vargas <conta@labvargas.example.mx>", "Factura pedido 80214", "billing", "",
"""Buenas tardes,

Les solicitamos la factura (CFDI 4.0) del pedido 80214, microscopios y
material de vidrio, con los siguientes datos:

Laboratorios Clínicos Vargas, S.A. de C.V.
RFC: LCV980214AB3
Régimen fiscal 601, uso CFDI G03
Código postal 44160, Guadalajara, Jal.

La factura que llegó al correo salió como "público en general" y no la
podemos deducir.

Saludos cordiales,
Lic. Adriana Ruelas"""),
("es", "b129-cuotas-sin-interes-impresora", "Facundo Ibarra <facu.ibarra@example.com.ar>", "cuotas", "billing", "",
"""Buenas! Quiero comprar la impresora 3D que tienen a $1.150.000 pero
no me da para pagarla de una. ¿Tienen cuotas sin interés con Visa del
Banco Nación? ¿En cuántas? En la web solo me aparece 1 pago.
Gracias, Facu"""),
("es", "b129-alquiler-osciloscopio-ampliar", "Jordi Puigdomènech <jordi@puig-electronica.example>", "Alquiler A-1877", "billing", "",
"""Buenos días,

Tenemos alquilado el osciloscopio con referencia A-1877 hasta el
viernes. El proyecto se ha alargado y lo necesitaríamos dos semanas
más. ¿Qué precio tendría la ampliación y se paga por adelantado o va en
la factura mensual?

Salutacions,
Jordi Puigdomènech
Puig Electrònica, Sabadell"""),
("es", "b129-suscripcion-intercambio-alemania", "Javiera Soto <javiera.soto@example.cl>", "mi caja mensual", "billing", "",
"""Hola!! Me voy de intercambio a Alemania de marzo a diciembre y la
impresora se queda guardada en la casa de mi mamá en Concepción, así que
no tiene sentido que me sigan llegando las cajas de filamento todos los
meses. ¿Se puede dejar en pausa y que no me cobren esos meses? En enero
vuelvo y la retomo feliz.

Javi"""),
("es", "b129-contrato-calibracion-jubilacion", "Dr. Ernesto Valcárcel <e.valcarcel@example.es>", "Contrato de mantenimiento 2019-114", "billing", "",
"""Muy señores míos:

Les comunico que el 30 de junio me jubilo y cierro definitivamente mi
laboratorio de análisis en Lugo. Les ruego que no renueven el contrato de
mantenimiento y calibración n.º 2019-114, que vence el 1 de agosto, y
que me indiquen si queda alguna cantidad pendiente para abonarla antes
del cierre.

Agradeciéndoles el buen servicio de estos años, les saluda atentamente,

Ernesto Valcárcel"""),
("es", "b129-descuento-universitario-no-aplica", "Santiago Restrepo <santiago.restrepo@example.co>", "descuento estudiantes", "billing", "",
"""Buenas tardes, estoy registrado con mi correo de la Universidad de
Antioquia para el descuento de estudiantes del 12%, pero al pagar el kit
de sensores me sale el precio completo, 386.000 pesos. Ya verifiqué el
correo. Me pueden ayudar a que me apliquen el descuento? Muchas gracias."""),
("es", "b129-reactivo-devuelto-consumo", "Mercedes Olmedo <mercedes.olmedo@example.es>", "Devolución de reactivos - me falta dinero", "billing", "high",
"""Buenos días:

El 8 de abril devolví, sin abrir y dentro del plazo de 14 días, dos kits
de reactivos del pedido 50930 por valor de 318,00 €. Me han reembolsado
254,40 € y se han quedado con 63,60 € en concepto de "gastos de
reposición en almacén", algo que no aparecía en ningún sitio al hacer el
pedido.

Si en diez días no recibo los 63,60 € restantes, presentaré una
reclamación ante la Oficina Municipal de Información al Consumidor y ante
la Dirección General de Consumo de la Comunidad de Madrid.

Mercedes Olmedo"""),
("es", "b129-deposito-renta-profeco", "Ing. Raúl Cázares <raul.cazares@example.com.mx>", "Depósito en garantía renta R-3302", "billing", "high",
"""Buenas tardes,

En febrero rentamos con ustedes un medidor de aislamiento (renta R-3302)
y dejamos un depósito en garantía de $6,500 MXN. El equipo se regresó
el 4 de marzo sin ningún daño, su almacén firmó la hoja de recepción.

Llevamos dos meses pidiendo el reembolso y siempre nos dicen que "ya
está en proceso". Si la próxima semana no vemos el depósito en la
cuenta, vamos a presentar la queja ante la PROFECO.

Atentamente,
Raúl Cázares
Cázares Instalaciones Eléctricas"""),
("es", "b129-calibracion-mas-cara-supervisor", "Lorena Giménez <lorena.gimenez@example.com.ar>", "Factura calibración", "billing", "high",
"""Hola. El presupuesto que nos mandaron para calibrar las 4 balanzas
del laboratorio era de $380.000 y la factura vino por $545.000 con un
renglón de "trabajos adicionales" que nadie nos consultó ni aprobamos.
Llamé dos veces y me dicen que "así lo cargó el técnico".

No vamos a pagar algo que no aprobamos. Quiero que me llame un
supervisor o el responsable del área, no otra respuesta automática.
Tel. 11 4455-0192.

Lorena Giménez
Administración, Laboratorio Bromatológico del Sur"""),
("es", "b129-re-presupuesto-pipetas-transferencia", "Marta Lozano <marta.lozano@biolab-levante.example>", "Re: Presupuesto P-7736 calibración de pipetas", "billing", "",
"""Hola Alberto,

Perfecto, aceptamos el presupuesto. ¿Podemos pagarlo por transferencia
a 60 días desde la fecha de factura, como hacemos con el resto de
proveedores? Y el desplazamiento del técnico a Alicante, ¿está incluido
en el importe o va aparte?

Un saludo,
Marta

El 15/05, Alberto Ruiz <calibracion@example-metrologia.es> escribió:
> Estimada Marta:
>
> Le adjuntamos el presupuesto P-7736 para la calibración in situ de 24
> micropipetas monocanal y 4 multicanal según ISO 8655, por un importe
> de 612,00 € + IVA.
>
> Atentamente,
> Alberto Ruiz"""),
("es", "b129-cambio-color-no-reembolso", "Pablo Herrero <pablo.herrero@example.es>", "cambiar bobina", "billing", "",
"""buenas, no quiero que me devolvais el dinero, solo me equivoque y pedi
el PETG negro en vez del gris. esta sin abrir. puedo cambiarlo en la
tienda de Valencia o lo tengo que mandar por mensajeria?"""),
("es", "b129-pago-oxxo-spei", "Daniela Fuentes <dani.fuentes@example.com.mx>", "Pregunta", "billing", "",
"""Hola, buen día. No tengo tarjeta de crédito, ¿puedo pagar mi pedido de
componentes en OXXO o por transferencia SPEI? ¿Y en cuánto tiempo se
confirma el pago para que me lo envíen?"""),
("es", "b129-resina-cobro-tras-baja-contracargo", "Álvaro Bermejo <alvaro.bermejo@example.es>", "Me seguís cobrando", "billing", "high",
"""Me di de baja de la suscripción de resina el 28 de febrero, tengo el
correo de confirmación de la baja. Aun así me habéis cobrado marzo y
abril, 39,90 € cada mes. Os he escrito dos veces y nadie contesta.

Ya he hablado con mi banco: si el viernes no tengo devueltos los
79,80 €, presento la disputa de los dos cargos y que lo resuelvan ellos.

Álvaro Bermejo"""),
("es", "b129-hotend-humo-bloque-rojo", "Ramón Iglesias <ramon.iglesias@example.es>", "Impresora", "technical", "high",
"""Buenas tardes,

Les escribo por algo que pasó anoche con la impresora que compré en
enero. A mitad de una impresión vi salir un hilo de humo del extrusor y
olía a plástico quemado, distinto del filamento. La pantalla seguía
marcando 210 grados, pero el bloque calefactor estaba al rojo y la funda
de silicona se había derretido.

La apagué y la desenchufé, y no la he vuelto a encender. ¿Qué hago
ahora?

Un saludo,
Ramón Iglesias"""),
("es", "b129-fuente-chispazo-taller", "Héctor Saldívar <hector.saldivar@example.com.mx>", "fuente de alimentación", "technical", "high",
"""Buenas, la fuente de alimentación de laboratorio que compré hace 3
semanas hoy tronó al prenderla, salieron chispas por la rejilla de atrás
y olió a quemado. Se botó el interruptor de todo el taller. Ya la
desconecté y la dejé afuera. No tenía nada conectado en las salidas.
Díganme cómo procedemos por favor.
Héctor"""),
("es", "b129-termociclador-muestras-paradas", "Laboratorio Diagnóstico Norte <lab@diagnorte.example.com.ar>", "Termociclador", "technical", "high",
"""Buen día,

El termociclador que les alquilamos se apaga solo a los diez minutos de
empezar cualquier programa con el mensaje "Lid heater fault". Tenemos
más de 200 muestras de pacientes esperando desde ayer y ningún
resultado para entregar; los médicos de la clínica ya están llamando.

Necesitamos un técnico hoy o un equipo de reemplazo.

Bioq. Verónica Paz
Laboratorio Diagnóstico Norte, Córdoba"""),
("es", "b129-codigo-verificacion-no-llega", "Nuria Gallego <nuria.gallego@example.es>", "No puedo entrar", "technical", "",
"""Hola, al iniciar sesion en la web me pide un codigo de verificacion
por SMS y nunca me llega. Le he dado a reenviar cinco veces. El movil
es el mismo de siempre y otros SMS me llegan bien."""),
("es", "b129-no-es-cobro-multimetro-bluetooth", "Camilo Ortiz <camilo.ortiz@example.co>", "Multímetro", "technical", "",
"""Hola. Aclaro que no es un tema de cobro ni quiero devolver nada, el
multímetro mide perfecto. El problema es la app: no se empareja por
Bluetooth con mi celular (Android 13). Aparece en la lista, le doy
conectar y a los pocos segundos dice "conexión fallida". Ya reinstalé
la app y reinicié todo.

Gracias, Camilo"""),
("es", "b129-balanza-desviada-tras-calibracion", "Control de Calidad Conservas Lira <calidad@conservaslira.example>", "Balanza tras la calibración", "technical", "",
"""Buenos días:

La balanza analítica (n.º de serie BA-5531) que nos devolvieron el
martes con su certificado de calibración marca ahora 50,0061 g con
nuestra pesa patrón de 50 g, de forma repetible. Antes de enviarla
marcaba 50,0002 g con la misma pesa. Está nivelada, en mesa
antivibratoria y se ha dejado estabilizar.

¿Pueden revisar qué ha pasado? No podemos usarla así.

Ana Belén Lira"""),
("es", "b129-placa-esp32-no-aparece", "Matías Contreras <matias.contreras@example.cl>", "placas ESP32", "technical", "",
"""Hola, compré 6 placas ESP32 y ninguna aparece como puerto en el
computador. Instalé el driver que dicen en la página, probé con 3
cables distintos que sí funcionan con otra placa. Solo prende el led
rojo. ¿Puede ser una partida mala?"""),
("es", "b129-filamento-quebradizo-humedo", "Karla Mendoza <karla.mendoza@example.com.mx>", "Filamento", "technical", "",
"""Hola, el PLA seda que me llegó la semana pasada se quiebra dentro del
tubo cada pocos metros. Ya lo sequé 6 horas a 50 grados y nada. Lo
doblo con la mano recién sacado del carrete y truena como palito.
Otras marcas en la misma impresora van bien."""),
("es", "b129-phmetro-lectura-inestable", "Enrique Navarro <enrique.navarro@example.es>", "pHmetro", "technical", "",
"""Estimados señores:

Soy maestro jubilado y hago cerveza en casa como afición. El pHmetro que
les compré en otoño no se estabiliza: lo calibro con los sobres de
tampón 4 y 7 como indica el folleto, y luego en el tampón 7 va subiendo
poco a poco hasta 7,3 y sigue. Guardo el electrodo siempre en su
solución.

¿Está estropeada la sonda o hago algo mal?

Atentamente,
Enrique Navarro"""),
("es", "b129-impresora-resina-lineas", "Nicolás Ferreyra <nico.ferreyra@example.com.ar>", "rayas en las piezas", "technical", "",
"""Hola gente, la impresora de resina que compré hace 3 meses saca las
piezas con rayas horizontales cada pocos milímetros. En el test de
pantalla se ve una línea negra finita en el medio del LCD. ¿Es la
pantalla? ¿Qué hago?"""),
("es", "b129-estacion-soldadura-no-calienta", "Taller Electrónico Montes <taller.montes@example.es>", "Estación de soldadura", "technical", "",
"""Buenas,

La estación de soldadura de aire caliente del pedido 41207 enciende,
marca la temperatura en pantalla, pero la punta no pasa de 120 grados
aunque la ponga a 350. Hemos cambiado la punta por una nueva y hace lo
mismo. ¿Es el elemento calefactor?

Julián Montes"""),
("es", "b129-baterias-lipo-hinchadas", "Marcos Delgado <marcos.delgado@example.es>", "Baterías pedido 63390", "technical", "high",
"""Hola,

Dos de las baterías LiPo de 3S del pedido 63390 se han hinchado estando
guardadas a carga de almacenamiento, y una de ellas está templada al
tocarla aunque lleva más de una semana sin usarse ni cargarse. Las he
metido en una lata metálica en la terraza, lejos de todo.

¿Es un problema conocido de ese lote? Tengo otras tres del mismo pedido
sin abrir.

Marcos"""),
("es", "b129-granja-impresion-sin-entregas", "Prototipos Bajío <contacto@protobajio.example.mx>", "Desde el lunes", "technical", "high",
"""Desde la actualización del lunes en la noche ninguna de nuestras 12
impresoras aparece en el panel de control en la nube; todas dicen
"desconectada", aunque están en la red. Sin el panel no podemos mandar
trabajos. Llevamos tres días sin entregar una sola pieza, tenemos dos
clientes de la industria automotriz esperando y ya nos amenazaron con
cancelar.

Por favor llámenme: 477 123 4455.

Ing. Rodrigo Tapia
Prototipos Bajío, León, Gto."""),
("es", "b129-agradecimiento-tecnico-calibracion", "Pilar Aranda <pilar.aranda@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes:

Quería agradecer el trabajo de Sergio, el técnico que vino la semana
pasada a calibrar las estufas y baños termostáticos de nuestro
laboratorio en Zaragoza. Fue muy puntual, muy claro explicando cada
resultado y además enseñó a las chicas nuevas a hacer las comprobaciones
intermedias. Un diez.

Saludos,
Pilar Aranda
Responsable de Calidad"""),
("es", "b129-horario-16-septiembre-gdl", "Luis Ángel Robles <luisangel.robles@example.com.mx>", "horario", "general", "",
"""Buen día, ¿la sucursal de Guadalajara va a abrir el 16 de septiembre?
Tengo que pasar por unos componentes que ya pagué en línea. Gracias."""),
("es", "b129-mochila-olvidada-retiro", "Agustina Pereyra <agus.pereyra@example.com.ar>", "me olvidé la mochila", "general", "",
"""Hola! El sábado a la mañana retiré un pedido en el punto de retiro de
Palermo y creo que me olvidé una mochila negra con un soldador y una
pinza adentro, la dejé apoyada al lado del mostrador. ¿La encontraron?
Puedo pasar el martes.
Agus"""),
("es", "b129-entrega-muelle-mercancias-peligrosas", "Almacén Facultad de Química <almacen.quimica@example-uni.es>", "Instrucciones de entrega pedido 28840", "general", "",
"""Buenos días,

Para el pedido 28840 (disolventes), rogamos que el transportista NO
deje la mercancía en la conserjería principal, ya que no está
autorizada a recibir mercancías peligrosas. Debe acceder por la entrada
de la calle Dr. Moliner, dirigirse al muelle de carga del edificio C y
llamar al 963 000 418. Horario de recepción: 8:00 a 14:00.

Gracias,
Almacén de Química"""),
("es", "b129-cambio-correo-telefono", "Valentina Ríos <valentina.rios@example.co>", "Actualizar mis datos", "general", "",
"""Buenas tardes, por favor actualicen el correo de mi cuenta a
valentina.rios@example.co (el de la universidad lo cierran este mes) y
el celular a 310 555 0198. Mil gracias."""),
("es", "b129-rgpd-acceso-datos", "Guillermo Sanz <guillermo.sanz@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me faciliten una copia
de todos los datos personales que tienen sobre mí, la finalidad del
tratamiento y los terceros a los que se hayan comunicado. Mi número de
cliente es 77-40912.

Atentamente,
Guillermo Sanz"""),
("es", "b129-feria-cientifica-patrocinio", "Colegio San Ignacio - Depto. Ciencias <ciencias@colegiosanignacio.example.cl>", "Feria científica", "general", "",
"""Estimados:

Somos el departamento de ciencias de un colegio en Temuco y en octubre
organizamos nuestra feria científica escolar, con más de 60 proyectos de
estudiantes. Queríamos consultar si estarían interesados en auspiciar
el evento con algunos premios (kits de electrónica, filamento) a cambio
de que su logo aparezca en el afiche y en la ceremonia.

Quedamos atentos.
Prof. Rocío Almonacid"""),
("es", "b129-hola-ficha-seguridad-etanol", "Beatriz Ocaña <beatriz.ocana@example.es>", "Hola", "general", "",
"""Hola, ¿me podéis mandar la ficha de datos de seguridad actualizada del
etanol absoluto (ref. 10-2281) y el certificado de análisis del lote que
nos llegó la semana pasada? Nos los pide el auditor. Gracias! Bea"""),
("es", "b129-repartidor-grosero-gerente", "Patricia Villaseñor <patricia.villasenor@example.com.mx>", "Queja sobre su repartidor", "general", "high",
"""A quien corresponda:

Hoy a las 13:00 su repartidor llegó a entregar al laboratorio y, cuando
nuestra recepcionista le pidió que esperara a revisar que las cajas de
reactivos vinieran con la etiqueta de cadena de frío, le gritó, la
insultó delante de los pacientes y dejó las cajas en el piso sin que
nadie firmara.

No es aceptable. Exijo hablar con el gerente de la zona o alguien de
mayor nivel esta misma semana.

Patricia Villaseñor
Gerente Administrativa"""),
("es", "b129-vidrio-roto-mostrador-tienda", "Sergio Gil <sergio.gil@example.es>", "Tienda de Bilbao", "general", "high",
"""Buenas,

Esta mañana estuve en vuestra tienda de Bilbao. En la zona del material
de vidrio hay un estante de cristal rajado que se está combando, y en el
suelo todavía quedan trozos pequeños de vidrio de algo que se rompió.
Iba con mi hija de cuatro años y casi los coge. Se lo dije al chico de
la caja pero cuando me fui seguía igual. Alguien se va a cortar.

Sergio Gil"""),
("es", "b129-taller-impresion-principiantes", "Florencia Acosta <flor.acosta@example.com.ar>", "taller", "general", "",
"""Hola! Vi que hacen un taller de impresion 3D para principiantes en el
local de Rosario. Cuando es el proximo? Hay que anotarse antes o se va
directamente? Tengo impresora hace un mes y no le entiendo mucho jaja"""),
("es", "b129-urgente-cambio-persona-recogida", "Fernando Aguirre <fernando.aguirre@example.es>", "URGENTE!!!", "general", "",
"""URGENTE!!! EL PEDIDO 70655 ES PARA RECOGER HOY EN LA TIENDA DE SEVILLA
PERO NO LLEGO. VA A IR MAÑANA MI COMPAÑERA LUCÍA PRIETO. ¿LE BASTA CON
EL NÚMERO DE PEDIDO Y SU DNI O HACE FALTA UNA AUTORIZACIÓN FIRMADA?"""),
("es", "b129-microscopios-colegio-catalogo", "Inmaculada Cortés <inma.cortes@example.es>", "Consulta", "general", "",
"""Buenos días,

Soy profesora de Biología en un instituto de Jaén. ¿Trabajáis
microscopios pensados para alumnos de secundaria, resistentes y con luz
LED? ¿Tenéis algún catálogo para centros educativos que me podáis
enviar?

Gracias,
Inma Cortés"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b129-blik-pobrane-dwa-razy", "Kamil Zieliński <kamil.zielinski@example.pl>", "zamowienie 47103", "billing", "",
"""Dzien dobry, zamowilem 2 szpule PETG (zamowienie 47103), placilem
BLIKiem. Pierwsza proba pokazala blad, wiec zaplacilem drugi raz i teraz
w banku mam dwa razy po 129,98 zl. Zamowienie jest jedno. Prosze o
zwrot drugiej platnosci.
Kamil"""),
("pl", "b129-faktura-na-firme-nip", "Beata Wojciechowska <biuro@laboratorium-wojciechowska.example>", "Faktura do zamówienia 62290", "billing", "",
"""Dzień dobry,

przy zamówieniu 62290 (pipety i końcówki) zapomniałam zaznaczyć, że
chcę fakturę na firmę, i przyszedł paragon. Proszę o wystawienie
faktury VAT na dane:

Laboratorium Analityczne Beata Wojciechowska
ul. Kościuszki 18, 40-049 Katowice
NIP 634-000-12-34

Pozdrawiam,
Beata Wojciechowska"""),
("pl", "b129-raty-zero-drukarka", "Dawid Pawlak <dawid.pawlak@example.pl>", "Pytanie o raty", "billing", "",
"""Hej, czy drukarkę 3D za 3 499 zł da się u Was kupić na raty 0%? Jeśli
tak, to na ile miesięcy i czy decyzja jest od razu online?"""),
("pl", "b129-wynajem-oscyloskopu-przedluzenie", "Tomasz Sikora <t.sikora@sikora-automatyka.example>", "Wynajem W-2314", "billing", "",
"""Dzień dobry,

mamy od Państwa w wynajmie oscyloskop (umowa W-2314) do piątku.
Uruchomienie linii u klienta w Mielcu się przeciąga i potrzebujemy go
jeszcze na 10 dni. Ile będzie kosztowało przedłużenie i czy płacimy z
góry, czy doliczycie to do faktury miesięcznej?

Z poważaniem,
Tomasz Sikora
Sikora Automatyka sp. z o.o."""),
("pl", "b129-syn-zabral-drukarke-na-studia", "Grazyna Lewandowska <grazyna.lewandowska@example.pl>", "Paczki z filamentem", "billing", "",
"""Dzien dobry,

syn od pazdziernika studiuje we Wroclawiu i zabral drukarke ze soba, a
paczki z filamentem dalej przychodza do nas do Kielc i sie tylko
zbieraja na szafie. Prosze juz ich nie wysylac i nie pobierac pieniedzy
z mojej karty. Subskrypcja jest na moje nazwisko.

Grazyna Lewandowska"""),
("pl", "b129-umowa-serwisowa-smierc-wlasciciela", "Joanna Mazur <joanna.mazur@example.pl>", "Umowa serwisowa nr US/2021/077", "billing", "",
"""Szanowni Państwo,

z przykrością informuję, że mój mąż, Andrzej Mazur, właściciel
pracowni protetycznej w Lublinie, zmarł w lutym. Pracownia została
zamknięta, a sprzęt sprzedany. Proszę o rozwiązanie umowy serwisowej
nr US/2021/077 na przeglądy i kalibrację pieców i skanera oraz o
informację, czy pozostały jakieś należności do uregulowania.

Z poważaniem,
Joanna Mazur"""),
("pl", "b129-kod-studencki-nie-dziala", "Oliwia Kaczmarek <oliwia.kaczmarek@example.pl>", "kod STUDENT", "billing", "",
"""Cześć, mam zniżkę studencką 10% potwierdzoną mailem z uczelni (PWr),
ale przy płatności za zestaw czujników cena się nie zmienia, dalej
246 zł. Kod STUDENT wpisuję w koszyku i pisze "kod nieaktywny". Coś
robię źle?"""),
("pl", "b129-zwrot-odczynnikow-rzecznik", "dr Paweł Nowicki <pawel.nowicki@example.pl>", "Zwrot odczynników - potrącone 20%", "billing", "high",
"""Szanowni Państwo,

9 kwietnia odesłałem w terminie 14 dni, nieotwarte i z nienaruszonymi
plombami, dwa zestawy odczynników z zamówienia 55118 o wartości
486,00 zł. Zwrócili mi Państwo 388,80 zł, potrącając 97,20 zł jako
"opłatę magazynową", o której nie było mowy w regulaminie w chwili
zakupu.

Jeżeli brakująca kwota nie wróci na moje konto w ciągu 7 dni, zwrócę
się do miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Paweł Nowicki"""),
("pl", "b129-kaucja-kamera-chargeback", "Marek Jasinski <marek.jasinski@example.pl>", "KAUCJA", "billing", "high",
"""Wynajalem od Was kamere termowizyjna na tydzien w marcu i zaplacilem
kaucje 800 zl karta. Oddalem sprzet w terminie, bez uszkodzen, macie to
na protokole zwrotu. Minelo 6 tygodni, kaucji nie ma, trzy maile bez
odpowiedzi.

Jak do poniedzialku pieniadze nie wroca, skladam w banku reklamacje
transakcji (chargeback) i niech bank to z Wami wyjasnia.

Marek Jasinski"""),
("pl", "b129-re-oferta-kalibracji-przelew-30", "Agnieszka Kowal <a.kowal@mleczarnia-podlasie.example>", "Re: Oferta OK-1188 - wzorcowanie wag", "billing", "",
"""Dzień dobry Panie Piotrze,

oferta nam odpowiada. Czy możemy zapłacić przelewem z terminem 30 dni
od wystawienia faktury, jak u innych dostawców? I czy dojazd technika
do Białegostoku jest wliczony w cenę?

Pozdrawiam,
Agnieszka Kowal
Dział Zakupów

W dniu 20.05 Piotr Wrona <wzorcowanie@example-metrologia.pl> pisze:
> Szanowna Pani,
>
> w załączeniu przesyłam ofertę OK-1188 na wzorcowanie 8 wag
> laboratoryjnych na miejscu, łącznie 2 160,00 zł netto.
>
> Z poważaniem,
> Piotr Wrona"""),
("pl", "b129-wzorcowanie-drozej-kierownik", "Krzysztof Dąbrowski <k.dabrowski@example.pl>", "Faktura za wzorcowanie", "billing", "high",
"""Dzień dobry,

oferta na wzorcowanie czterech termometrów wynosiła 640 zł netto, a
faktura przyszła na 910 zł z pozycją "prace dodatkowe", na które nikt
się nie zgadzał ani nas o nie nie pytał. Na infolinii usłyszałem, że
"tak wpisał technik".

Nie zapłacę za coś, czego nie zamawiałem. Proszę, żeby zadzwonił do
mnie kierownik działu, a nie kolejny konsultant. Tel. 601 234 876.

Krzysztof Dąbrowski"""),
("pl", "b129-wymiana-dysz-bez-zwrotu", "Adrian Wrona <adrian.wrona@example.pl>", "Dysze", "billing", "",
"""Nie chce zwrotu kasy, po prostu zamowilem dysze 0.4 zamiast 0.6.
Opakowanie nie otwarte. Moge je wymienic na 0.6? Doplacam roznice czy
cena ta sama?"""),
("pl", "b129-pobranie-chemikalia", "Halina Michalska <halina.michalska@example.pl>", "Platnosc", "billing", "",
"""Dzien dobry, czy moge zaplacic za pobraniem przy zamowieniu alkoholu
izopropylowego i wody destylowanej? Nie widze tej opcji przy platnosci.
Pozdrawiam"""),
("pl", "b129-bon-podarunkowy-reszta", "Łukasz Adamczyk <lukasz.adamczyk@example.pl>", "Bon", "billing", "",
"""Dzień dobry, dostałem na urodziny Wasz bon na 200 zł, a chcę kupić
stację lutowniczą za 329 zł. Czy mogę zapłacić bonem część, a resztę
kartą? Czy bon trzeba wykorzystać za jednym razem?"""),
("pl", "b129-hotend-dym-kostka-czerwona", "Rafał Szewczyk <rafal.szewczyk@example.pl>", "Drukarka", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem w trakcie wydruku zauważyłem cienką smugę dymu z
głowicy i zapach palonego plastiku, innego niż filament. Na wyświetlaczu
było normalnie 210 stopni, ale blok grzejny żarzył się na czerwono, a
silikonowa osłonka się stopiła. Wyłączyłem drukarkę z gniazdka i od
tamtej pory jej nie włączałem. Drukarka ma dwa miesiące.

Co dalej?
Rafał Szewczyk"""),
("pl", "b129-zasilacz-laboratoryjny-iskry", "Zbigniew Kołodziej <zbigniew.kolodziej@example.pl>", "Zasilacz laboratoryjny", "technical", "high",
"""Dzień dobry,

zasilacz laboratoryjny 30 V / 5 A kupiony w lutym dziś po włączeniu
strzelił, z kratki wentylacyjnej poszły iskry i poczułem spaleniznę.
Nic nie było podłączone do wyjść. Wywaliło bezpiecznik w całym
warsztacie. Odłączyłem go i wyniosłem na zewnątrz.

Proszę o informację, jak mam postąpić.
Z. Kołodziej"""),
("pl", "b129-analizator-brak-wynikow-przychodnia", "Laboratorium Medyczne Vita <lab@vita-lab.example>", "Analizator", "technical", "high",
"""Analizator biochemiczny, który od Państwa wynajmujemy, od 7 rano
przerywa każdą serię z komunikatem "Lamp intensity low" i nie wydaje
żadnych wyników. Wymiana lampy na zapasową nic nie dała. Mamy ponad 150
próbek od pacjentów z trzech przychodni i nie możemy wydać ani jednego
wyniku. Lekarze dzwonią co godzinę.

Potrzebujemy serwisanta dziś albo urządzenia zastępczego.

mgr Ewa Jaworska
Kierownik Laboratorium Vita, Radom"""),
("pl", "b129-link-resetu-wygasa", "Piotr Sadowski <piotr.sadowski@example.pl>", "logowanie", "technical", "",
"""nie moge sie zalogowac do sklepu, haslo niby zle. klikam "nie pamietam
hasla", przychodzi mail, a link od razu pokazuje "link wygasl". probowalem
4 razy, w chrome i na telefonie."""),
("pl", "b129-to-nie-faktura-aplikacja-rejestratora", "Monika Wieczorek <monika.wieczorek@example.pl>", "Rejestrator temperatury", "technical", "",
"""Dzień dobry,

to nie jest reklamacja faktury ani nie chcę niczego zwracać -
rejestrator temperatury działa. Problem jest z aplikacją na telefonie:
gdy klikam "Pobierz dane", od razu się zamyka. Android 14, aplikacja
przeinstalowana. Muszę pobrać pomiary z lodówki na leki z ostatniego
tygodnia.

Monika Wieczorek"""),
("pl", "b129-waga-po-wzorcowaniu-odchylka", "Dział Jakości Piekarnia Kłos <jakosc@piekarnia-klos.example>", "Waga po wzorcowaniu", "technical", "",
"""Dzień dobry,

waga analityczna (nr fabr. WA-81920), która wróciła od Państwa po
wzorcowaniu we wtorek, pokazuje teraz 100,0038 g z naszym odważnikiem
kontrolnym 100 g, powtarzalnie. Przed wysyłką pokazywała 100,0002 g z
tym samym odważnikiem. Jest wypoziomowana i nagrzana.

Prosimy o sprawdzenie, co się stało.

Anna Kłos"""),
("pl", "b129-plytki-nie-widoczne-usb", "Bartek Stępień <bartek.stepien@example.pl>", "plytki", "technical", "",
"""Czesc, kupilem 5 plytek z CH340 i zadna nie pokazuje sie w menedzerze
urzadzen ani w Arduino IDE. Sterownik zainstalowany, ten sam kabel
dziala ze starym Nano. Swieci tylko dioda zasilania."""),
("pl", "b129-filament-peka-w-rurce", "Weronika Król <weronika.krol@example.pl>", "PLA silk", "technical", "",
"""Filament PLA silk miedziany z zeszłego tygodnia pęka w rurce co kilka
metrów. Suszyłam 6 godzin w 50 stopniach, bez zmian. Zgięty w ręku
prosto ze szpuli łamie się jak zapałka. Inne filamenty na tej samej
drukarce działają normalnie."""),
("pl", "b129-mieszadlo-przestaje-krecic", "Ryszard Ostrowski <ryszard.ostrowski@example.pl>", "Mieszadło magnetyczne", "technical", "",
"""Szanowni Państwo,

mieszadło magnetyczne z grzaniem, kupione w marcu, grzeje poprawnie,
ale mieszanie staje po minucie lub dwóch i rusza dopiero po wyłączeniu
i włączeniu urządzenia. Próbowałem z czterema różnymi dipolami i
różnymi prędkościami.

Z poważaniem,
Ryszard Ostrowski"""),
("pl", "b129-miernik-izolacji-wynajem-bzdury", "Elektro-Instal Gdynia <biuro@elektroinstal-gdynia.example>", "Miernik W-3381", "technical", "",
"""Dzien dobry, wynajety w poniedzialek miernik izolacji (W-3381)
pokazuje 0,00 MOhm na kazdym pomiarze, nawet z rozwartymi przewodami.
Sprawdzilismy przewody pomiarowe innym miernikiem, sa dobre. Mamy
odbiory instalacji w przyszly czwartek.
Pozdrawiam, Grzegorz"""),
("pl", "b129-drukarka-zywiczna-paski", "Igor Baran <igor.baran@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, drukarka żywiczna kupiona 3 miesiące temu drukuje
modele z poziomymi paskami co kilka milimetrów. W teście ekranu widać
cienką czarną linię przez środek LCD. Czy to ekran do wymiany?"""),
("pl", "b129-butelka-kwasu-opary", "Hubert Zając <hubert.zajac@example.pl>", "Kwas azotowy z zamówienia 58021", "technical", "high",
"""Dzień dobry,

w dzisiejszej dostawie (zamówienie 58021) karton był cały i suchy, ale
po otwarciu okazało się, że zakrętka na butelce kwasu azotowego 65%
jest pęknięta przy gwincie i z butelki wydobywają się żółtawe opary,
a wkładka chłonna jest mokra. Butelkę w rękawicach przeniosłem do
dygestorium i zamknąłem szybę. Nic z niej nie przelewaliśmy.

Proszę o informację, co zrobić z tą butelką i czy inne z tej partii
mogą mieć ten sam problem.

Hubert Zając
Pracownia Chemiczna"""),
("pl", "b129-pracownia-druku-kolejka-stoi", "Print3D Studio <kontakt@print3d-studio.example>", "panel", "technical", "high",
"""Od aktualizacji w poniedziałek wieczorem żadna z naszych 18 drukarek
nie pojawia się w panelu w chmurze, wszystkie "offline", choć są w
sieci. Bez panelu nie da się wysłać zleceń. Od trzech dni nie wydaliśmy
klientom ani jednego wydruku, kolejka ma już ponad 70 zleceń, a jeden
klient z branży meblarskiej grozi zerwaniem umowy.

Proszę o telefon: 512 300 718.

Marcin Borkowski
Print3D Studio, Poznań"""),
("pl", "b129-podziekowanie-serwisant", "Danuta Pietrzak <danuta.pietrzak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować panu Jackowi, który w zeszłym tygodniu
przeprowadzał u nas w szpitalnym laboratorium w Olsztynie kalibrację
pipet i wirówek. Bardzo rzetelny, cierpliwy, wszystko wytłumaczył
młodszym koleżankom. Dawno nie mieliśmy tak miłej wizyty serwisu.

Z wyrazami szacunku,
Danuta Pietrzak"""),
("pl", "b129-godziny-11-listopada", "Sebastian Górecki <sebastian.gorecki@example.pl>", "10 i 11 listopada", "general", "",
"""Dzien dobry, czy punkt odbioru w Krakowie na Zablociu jest otwarty 10
listopada (piatek)? I czy 11-go wszystko zamkniete? Pozdrawiam"""),
("pl", "b129-zgubiona-suwmiarka-punkt-odbioru", "Mateusz Witkowski <mateusz.witkowski@example.pl>", "Zostawiłem suwmiarkę", "general", "",
"""Dzień dobry,

w czwartek po południu odbierałem paczkę w Waszym punkcie w Gdańsku i
chyba zostawiłem na ladzie suwmiarkę cyfrową w szarym etui z naklejką
"MW". Czy ktoś ją znalazł? Mogę podjechać w poniedziałek.

Mateusz"""),
("pl", "b129-dostawa-rampa-portiernia", "Magazyn Instytutu <magazyn@instytut-chemii.example>", "Dostawa - zamówienie 39517", "general", "",
"""Dzień dobry,

prosimy, aby kurier z zamówieniem 39517 (rozpuszczalniki) nie zostawiał
paczek na portierni głównej - portiernia nie może przyjmować towarów
niebezpiecznych. Wjazd od ul. Pasteura, rampa za budynkiem B, telefon
do magazynu 71 000 22 18. Przyjęcia 7:30-14:30.

Dziękujemy,
Magazyn"""),
("pl", "b129-zmiana-osoby-kontaktowej", "Iwona Kalinowska <iwona.kalinowska@example.pl>", "Zmiana osoby kontaktowej", "general", "",
"""Dzień dobry,

od 1 lipca przechodzę do innego działu. Proszę, aby potwierdzenia
zamówień i awizacje dostaw dla naszego konta wysyłać do pana Michała
Urbana (m.urban@example.pl, tel. 22 555 01 77).

Pozdrawiam,
Iwona Kalinowska"""),
("pl", "b129-rodo-usuniecie-danych", "Jan Czarnecki <jan.czarnecki@example.pl>", "Usunięcie danych osobowych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych
osobowych oraz wypisanie mnie z newslettera. Proszę o pisemne
potwierdzenie wykonania.

Jan Czarnecki"""),
("pl", "b129-kolo-naukowe-zawody-robotow", "Koło Naukowe Robotyków <knr@example-politechnika.pl>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

jesteśmy kołem naukowym robotyków z Politechniki Rzeszowskiej. W maju
jedziemy na międzynarodowe zawody robotów do Pragi i szukamy
sponsorów. Czy byliby Państwo zainteresowani wsparciem nas
podzespołami elektronicznymi? Logo firmy umieścimy na robocie,
koszulkach i w relacjach w mediach społecznościowych.

Z pozdrowieniami,
Aleksandra Maj, przewodnicząca koła"""),
("pl", "b129-pytanie-karta-charakterystyki", "Dorota Sobczak <dorota.sobczak@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, prosze o przeslanie aktualnej karty charakterystyki
wodorotlenku sodu (nr kat. 22-1180) po polsku oraz swiadectwa analizy
partii z ostatniej dostawy. Potrzebujemy do audytu. Dziekuje, Dorota"""),
("pl", "b129-infolinia-niegrzeczny-przelozony", "Stanisław Wilk <stanislaw.wilk@example.pl>", "Skarga na pracownika", "general", "high",
"""Szanowni Państwo,

dzisiaj około 11:30 dzwoniłem na infolinię zapytać, czy mają Państwo
jeszcze części do starej wirówki. Pracownik od początku mówił do mnie
lekceważąco, nazwał mnie "dziadkiem, który nie rozumie" i się
rozłączył. Mam 74 lata i kupuję u Państwa od kilkunastu lat.

Żądam, żeby skontaktował się ze mną jego przełożony albo ktoś z
kierownictwa. Tel. 605 118 902.

Stanisław Wilk"""),
("pl", "b129-wystajacy-pret-punkt-odbioru", "Natalia Kubacka <natalia.kubacka@example.pl>", "Punkt odbioru we Wrocławiu", "general", "high",
"""Dzień dobry,

odbierałam dziś paczkę w Państwa punkcie przy ul. Krakowskiej we
Wrocławiu. Przy wejściu z regału wystaje metalowy pręt na wysokości
twarzy dziecka, bez żadnej osłony - mój syn o mało na niego nie wpadł.
Zgłosiłam to przy ladzie, ale nikt nic z tym nie zrobił. Ktoś sobie
wybije oko.

Natalia Kubacka"""),
("pl", "b129-warsztaty-druku-dla-dzieci", "Ewa Lis <ewa.lis@example.pl>", "warsztaty", "general", "",
"""Dzien dobry, czy organizujecie warsztaty z druku 3D dla dzieci w wieku
10-12 lat w Lodzi? Corka bardzo by chciala. Jak sie zapisac?"""),
("pl", "b129-pilne-zmiana-odbierajacego", "Robert Gajewski <robert.gajewski@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! ZAMÓWIENIE 81406 JEST DO ODBIORU DZIŚ W SKLEPIE W POZNANIU,
ALE NIE ZDĄŻĘ. JUTRO RANO PRZYJDZIE PO NIE KOLEGA, ARTUR NOWAK. CZY
WYSTARCZY NUMER ZAMÓWIENIA I JEGO DOWÓD, CZY MUSZĘ DAĆ UPOWAŻNIENIE?"""),
("pl", "b129-pochwala-szybka-wysylka", "Filip Majewski <filip.majewski@example.pl>", "Brawo", "general", "",
"""Zamówienie złożone o 22:40, paczka u mnie następnego dnia przed
dziesiątą, wszystko porządnie zapakowane, nawet rezystory posortowane i
podpisane. Tak trzymać!"""),
]
