# batch31.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# they are wired in.  Written separately in each language (not
# translations), mostly from home insurance claims, pest control,
# locksmiths, security alarms, solar panels and heat pumps, window and
# door fitters, kitchen fitters, flooring, car washes and tyre shops, dry
# cleaners and laundries.  The failure classes in new situations --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that tell nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, business outages told only by their consequences, safety hazards
# told calmly, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch13.py-batch16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b31-alarm-monitoring-late-husband", "Margaret Oldfield <m.oldfield@example.co.uk>", "Alarm contract - Mr R Oldfield", "billing", "",
"""Dear Sir or Madam,

My husband Raymond died in February and I am slowly working through the
paperwork. The burglar alarm monitoring at our bungalow (account
AM-40718) was in his name and £22.50 is still being taken from our joint
account every month.

I am moving to live with my daughter in Harrogate at the end of next
month, so I shall not need the monitoring after that. Could you please
stop the payments from then, and let me know whether anything is owed
either way? I can send a copy of the death certificate.

Yours faithfully,
Margaret Oldfield (Mrs)"""),
("en", "b31-wash-club-sold-the-golf", "Ciarán Byrne <ciaran.byrne@example.ie>", "Club", "billing", "",
"""Hi lads,

Sold the Golf on Saturday and I'm on the bike for the foreseeable, so
there's not much point in me keeping the unlimited wash club at €19.99 a
month. Can you stop it before the next one comes out on the 1st?

Thanks a million, the washes were always spot on.
Ciarán"""),
("en", "b31-solar-export-payments-missing", "David Ashworth <d.ashworth@example.co.uk>", "Export payments", "billing", "",
"""Hello,

You installed our 4.2 kW panels last April and set us up for export
payments. The first quarter came through fine (£38.14 in July) but
there's been nothing since, and the app shows we've exported over
900 kWh in that time. As far as I know the meter readings are sent
automatically.

Could you check why the October and January payments haven't been made?

Regards,
David Ashworth
Customer ref SOL-22871"""),
("en", "b31-heat-pump-grant-not-deducted", "Rhiannon Price <rhiannon.price@example.co.uk>", "Heat pump - not a fault", "billing", "",
"""Hi,

First of all, this isn't a fault report - the heat pump has been running
beautifully since you fitted it in November and the house has never been
so warm.

My question is about the final invoice. Your quote (Q-5530) showed the
£7,500 boiler upgrade grant taken off the total, so we expected to pay
£4,180. The invoice that came yesterday is for the full £11,680. Has the
grant not come through yet, or is it a mistake? I'd rather not pay the
whole amount and then wait for money back.

Thanks,
Rhiannon"""),
("en", "b31-kitchen-balance-two-parts", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Regarding balance payment for kitchen", "billing", "",
"""Dear Sir/Madam,

Greetings. Our modular kitchen work at Flat 302, Lakeview Residency,
Whitefield was completed on 12th and we are happy with the fitting.

As per the agreement the balance of Rs. 1,84,000 is due within 7 days of
completion. Kindly let me know if it is possible to pay the same in two
parts, Rs. 1,00,000 now and the remaining on 5th of next month once my
salary is credited. Also please confirm whether UPI is accepted for such
an amount or NEFT is required.

Awaiting your kind reply.

Thanks and regards,
Venkatesh Iyer"""),
("en", "b31-wedding-dress-clean-box-price", "Sophie Kavanagh <sophie.kav@example.ie>", "Question", "billing", "",
"""Hi there, how much would it be to clean and box a wedding dress? It's a
lace one with a long train, and there's a bit of grass and (I think) red
wine on the hem from the day. Do you have a set price for that or does
it depend on the dress? And is the 10% off on your leaflet still on?
Sophie"""),
("en", "b31-charged-four-tyres-fitted-two", "Brett Callaghan <brett.callaghan@example.com.au>", "Invoice 88431", "billing", "",
"""G'day,

Had two new tyres put on the front of the Hilux at your Toowoomba store
on Thursday. Got home, had a look at the invoice and I've been charged
for four - $1,196 instead of $598, plus four lots of fitting and
balancing. The back two are the same old ones I drove in on, I checked.

Can you refund the difference to the card please.

Cheers
Brett"""),
("en", "b31-pest-contract-last-sunday-roast", "Tom Reilly <tom@thecopperpot.example>", "The Copper Pot - account 3317", "billing", "",
"""Hi,

After eleven years we served our last Sunday roast at the weekend - the
lease is up and we've decided not to renew. So there's nothing left for
your lads to keep the mice out of!

Please don't book the March visit and stop the quarterly £145 from here
on. If there's anything to settle for the part quarter let me know and
I'll pay it straight away.

Thanks for looking after us all these years.
Tom Reilly
The Copper Pot"""),
("en", "b31-wash-fold-hold-chennai", "Priya Raman <priya.raman@example.com>", "Hello", "billing", "",
"""Hello,

We're heading to Chennai to be with my in-laws from June 3 until about
the end of July, so there won't be any laundry to pick up. Can you put
our weekly wash & fold plan on hold for those weeks so we're not charged
the $64? We'd like to keep our Tuesday morning slot for when we're back
though.

Thanks!
Priya"""),
("en", "b31-re-oak-flooring-quote-card", "Gareth Jenkins <gareth.jenkins@example.co.uk>", "Re: Your quote FL-2291 - engineered oak", "billing", "",
"""Hi Karen,

Thanks for this, we'd like to go ahead. Two quick things first: is the
£3,460 including VAT, and can we pay the 30% deposit by credit card? I
know some firms add a charge for cards.

Cheers,
Gareth

On 14 Feb 2025, at 10:22, Karen Holt <sales@example-floors.co.uk> wrote:
> Dear Mr Jenkins,
>
> Thank you for letting us measure up on Tuesday. Please find below your
> quote for 42 m2 of 14mm engineered oak, brushed and oiled, including
> underlay, fitting, new thresholds and removal of the old carpet.
>
> Total: £3,460.00
> Deposit to book: 30%
>
> Kind regards,
> Karen Holt
> Holt & Daughters Flooring"""),
("en", "b31-locksmith-quoted-90-charged-380", "Natasha Greene <natasha.greene@example.co.uk>", "Your invoice LK-9913", "billing", "high",
"""I locked myself out on Sunday evening and rang your number. I was
quoted £90 on the phone, "all in". Your locksmith was here twenty
minutes, drilled the lock when he'd said he would try to pick it first,
fitted a new barrel and then took £380 on his card machine before he'd
leave. I had a toddler asleep in the car and felt I had no choice.

I want the difference between £90 and £380 refunded. If I don't have a
proper answer within 14 days I will report this to Trading Standards
and start a small claims case. I have the call in my phone log and the
receipt.

Natasha Greene"""),
("en", "b31-window-deposit-want-manager", "Rick Delgado <rick.delgado@example.com>", "DEPOSIT", "billing", "high",
"""I put down a $2,400 deposit on March 4 for eleven replacement windows.
Since then the install date has been moved three times, always the day
before, always "supplier delays". I've taken two days off work for
nothing.

I'm done. I want the full deposit refunded and I want to talk to a
manager, not the scheduling desk that keeps reading me the same script.
My number is (614) 555-0187, I'm home after 5.

Rick Delgado"""),
("en", "b31-alarm-cooling-off-fee-dispute", "Laura Finnegan <laura.finnegan@example.ie>", "Cancellation", "billing", "high",
"""Hello,

I signed up for your monitored alarm on the 3rd of May and cancelled in
writing on the 9th, well inside the 14 days. Nothing was ever installed.
You've now taken €180 from my card as an "early termination fee".

That isn't allowed on a cooling-off cancellation and I want it back. If
it isn't refunded by Friday I'll be disputing the payment with my card
provider and they can sort it out with you.

Laura Finnegan"""),
("en", "b31-claim-wear-and-tear-ombudsman", "Andrew Whitfield <andrew.whitfield@example.co.uk>", "Claim HC-771204", "billing", "high",
"""Dear Claims Team,

I refer to your settlement letter of 2 October on our escape of water
claim. The leak from the upstairs bathroom ruined the kitchen ceiling
and the oak floor beneath it. Your loss adjuster agreed that both were
damaged by the leak, yet the letter pays only £1,150 of the £6,840 in
quotes, deducting the rest as "wear and tear" on a floor that was laid
in 2021.

I do not accept this. Please treat this email as a formal complaint. If
the settlement is not reviewed within eight weeks I will refer the
matter to the Financial Ombudsman Service.

Yours faithfully,
Andrew Whitfield"""),
("en", "b31-alarm-goes-off-3am", "Jenny Holt <jenny.holt@example.co.uk>", "3am again", "technical", "",
"""Hi, not about the bill this time! The alarm has gone off at about 3am
three nights this week with nobody downstairs. The panel says "zone 4
tamper", which is the sensor in the utility room. We have no pets. The
neighbours are being very patient but I don't think that will last. Can
an engineer have a look at it?
Jenny"""),
("en", "b31-smart-lock-new-codes-red", "Oliver Mensah <oliver.mensah@example.com>", "Lock", "technical", "",
"""Hi,

Your locksmith fitted a keypad smart lock on our back door a month ago.
The codes we set up that day still work, but any new code I add in the
app (for the cleaner, the dog walker) shows as "synced" and then the
lock just flashes red when it's typed in. I've deleted and re-added
them, changed the batteries and reinstalled the app. Any ideas?

Oliver"""),
("en", "b31-inverter-grid-fault-f28", "Ian Fletcher <ian.fletcher@example.co.uk>", "Panels", "technical", "",
"""Our inverter has been showing a red light and "Grid fault F28" since
Tuesday and the app says 0 kWh generated all week, in spite of the sun.
I've switched it off and on at the isolator as the manual says. System
installed June last year, ref SOL-31140.
Ian Fletcher"""),
("en", "b31-misting-between-panes", "Brenda Coyle <brenda.coyle@example.co.uk>", "Bay window", "technical", "",
"""Good afternoon,

Two of the panes in the bay window you fitted in 2022 have gone misty on
the inside, between the two sheets of glass, so I can't wipe it off.
It's worse in the mornings. I believe this means the seal has gone. They
are still within your ten year guarantee.

Could you arrange for someone to come and look? I am in most days except
Wednesdays.

Brenda Coyle
22 Larkspur Road, Chelmsford"""),
("en", "b31-floor-ridge-by-dishwasher", "Hannah Webb <hannah.webb@example.co.uk>", "Kitchen floor", "technical", "",
"""Hello, the new laminate you laid in our kitchen six weeks ago has
started to lift into a ridge along the run by the dishwasher. The
dishwasher isn't leaking, we've had a plumber check. I'm not after my
money back, I'd honestly just like the floor put right before it gets
any worse. Photos attached. Hannah"""),
("en", "b31-wash-code-invalid-eastgate", "Marcus Bell <marcus.bell@example.com>", "Order 55120", "technical", "",
"""Bought the "Ultimate" wash in your app this morning (order 55120) and
the code it gave me gets rejected at the keypad at the Eastgate site -
"Invalid code". Tried three times then gave up and drove off with a
dirty car. The app still shows the code as unused. Is it the app or the
machine? Happy to use it another day if it can be made to work.
Marcus"""),
("en", "b31-claims-portal-upload-99", "Sunita Sharma <sunita.sharma@example.co.uk>", "Claim photos won't upload", "technical", "",
"""Hello,

I'm trying to add photos of the storm damage to our fence and shed to
claim HC-780332 through your online portal. Every time, the upload gets
to 99% and then says "Upload failed - try again later". I've tried on my
phone and my laptop, one photo at a time, and even shrunk them down. I'm
not querying anything about the claim itself, I just can't get the
evidence to you. Is there an email address I can send them to instead?

Sunita Sharma"""),
("en", "b31-re-patio-door-still-stiff", "Colm Brady <colm.brady@example.ie>", "Re: Service visit booked - job 4471", "technical", "",
"""Hi,

The engineer came on Monday and adjusted the patio door. It was grand
for two days and now it's back the way it was - you have to lean your
whole weight on the handle to get it to lock, and my wife can't do it at
all. It's the same door as before.

Colm

-----Original Message-----
From: Service Team <service@example-windows.ie>
Sent: 02 April 2025 09:14
To: Colm Brady
Subject: Service visit booked - job 4471

Dear Mr Brady,

We have booked an engineer to adjust the locking mechanism on your patio
door on Monday 7 April between 8am and 12pm.

Kind regards,
Service Team"""),
("en", "b31-wheel-nuts-finger-loose", "Karen Ashby <karen.ashby@example.com.au>", "Tyres on Saturday", "technical", "high",
"""Hi,

Just letting you know so you can look into it. You fitted four new tyres
on my Corolla on Saturday at the Penrith store. On the M4 this morning
the steering started shaking at about 90, so I pulled over and had a
look - two of the nuts on the front left wheel were loose enough to turn
with my fingers. I tightened them with the wheel brace and drove home
slowly. It's in the garage now and I won't drive it until someone has
checked all four wheels.

Regards,
Karen Ashby"""),
("en", "b31-faint-gas-smell-new-hob", "Fiona MacLeod <fiona.macleod@example.co.uk>", "New kitchen", "technical", "high",
"""Hello,

The kitchen looks lovely, thank you. One thing though - since your
fitters connected the new gas hob on Thursday there's been a faint smell
of gas in the corner by the hob, mostly in the evenings. I've turned the
gas off at the meter tonight and opened the windows, and we're managing
with the microwave. Could someone come and check the connection?

Fiona MacLeod
07700 900 318"""),
("en", "b31-shutter-stuck-bakery", "Dev Patel <dev@crumbandco.example>", "Shutter", "technical", "high",
"""Hi,

The roller shutter you fitted on our front in January won't go up this
morning - it hums, lifts an inch and stops. The staff have been standing
on the pavement since 5. All of today's bread and the wholesale orders
for the three cafes we supply are inside, and there's a queue forming.
The override key doesn't do anything either.

Please send someone asap. Dev - 07700 900 562
Crumb & Co, 14 Market Street"""),
("en", "b31-dad-89-heat-pump-e05", "Susan Carr <susan.carr@example.co.uk>", "Dad's heating", "technical", "high",
"""Hello,

My father is 89 and lives on his own in Hexham. The air source heat pump
you installed at his house stopped working some time yesterday - the
controller just shows "E-05" - and with the frost overnight the house
was down to 12 degrees when I got there this morning. He has a heart
condition and shouldn't be in the cold.

I've put a fan heater in the living room but that's all he has. Please
can an engineer come today. Address: 7 Priory Close, Hexham NE46. My
mobile is 07700 900 441.

Susan Carr (daughter)"""),
("en", "b31-alarm-comms-fail-someone-senior", "Graham Pike <graham.pike@example.co.uk>", "Complaint - account AM-39021", "technical", "high",
"""This is the fifth time I have written about the same fault. The alarm
panel keeps showing "Comms fail" and the monitoring centre can't see the
system, which means nobody is watching the house at all. Four engineers
have been out, each has replaced something, and each time the fault is
back within the week.

I do not want another visit booked by the same team. I want this passed
to someone senior in your technical department who can tell me what is
actually wrong.

Graham Pike"""),
("en", "b31-thanks-liam-wasp-nest", "Joanne Tully <joanne.tully@example.co.uk>", "Thank you!", "general", "",
"""Just a quick note to say thank you to Liam who came out on Friday for
the wasps' nest in our loft. He was brilliant with our two little ones,
who wanted to watch everything from the landing, and explained it all to
them. Not a single wasp since. Five stars from the Tully household!
Jo"""),
("en", "b31-ring-in-blazer-pocket", "Harold Jennings <harold.jennings@example.co.uk>", "Blazer left in on the 3rd", "general", "",
"""Dear Sir or Madam,

I left my navy blazer to be cleaned at your Crown Street shop on the 3rd
(ticket 20418). I have since realised that my late wife's engagement
ring may have been in the inside pocket - I had taken it to be resized
and cannot find it anywhere at home.

Could your staff please check whether it has turned up? It is a small
gold ring with three diamonds. It is worth very little but means a great
deal to me.

With thanks,
Harold Jennings"""),
("en", "b31-saturday-ballincollig-tread-check", "Aoife Moran <aoife.moran@example.ie>", "saturday", "general", "",
"""hi what time are ye open till on saturday in the Ballincollig branch,
and do i need to book for a tyre pressure + tread check or can i just
drive in? thanks"""),
("en", "b31-keyholder-list-son", "Neil Armitage <neil.armitage@example.co.uk>", "Keyholders", "general", "",
"""Hello,

Please could you update the keyholder list for our alarm (account
AM-35529)? Our neighbour Mrs Patel has moved away, so please remove her
and add my son instead:

Daniel Armitage, 07700 900 914, lives 10 minutes away.

My own mobile number has also changed, to 07700 900 208.

Thank you,
Neil Armitage"""),
("en", "b31-subject-access-cctv", "Aditi Bose <aditi.bose@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including call recordings, notes on my account and any footage
from the CCTV system you monitor at my flat, 18 Wren Court, Reading, for
1 to 14 March.

My customer reference is SC-11602. Please confirm receipt.

Aditi Bose"""),
("en", "b31-fitters-smoking-music", "Claire Whitmore <claire.whitmore@example.co.uk>", "Your fitters", "general", "",
"""Hi,

Some feedback about the two fitters who've been doing our kitchen this
week. The work itself looks good. But they've been smoking at the back
door so the smell comes straight into the house, playing music loudly
from 8am with the windows open, and yesterday one of them was very short
with my mum when she asked them to move their van off her drive. She's
76 and was quite upset.

They're back Monday to finish. I'd appreciate it if someone had a word.

Claire Whitmore"""),
("en", "b31-under-tens-kit-sponsor", "Mick Doherty <mick.doherty@example.co.uk>", "Sponsorship", "general", "",
"""Hi,

I run the under-10s at Ashfield Juniors FC. We're looking for a local
business to sponsor our new kit for next season - your logo on the front
of 16 shirts and a banner on the clubhouse fence. Half our parents
already bring their cars to your wash on Saturday mornings after
training! Would you be interested? Happy to pop in for a chat.

Mick Doherty
Coach, Ashfield Juniors U10"""),
("en", "b31-boards-in-side-garage", "Rebecca Stone <rebecca.stone@example.co.uk>", "Delivery Thursday", "general", "",
"""Hi, the floorboards are coming Thursday. Nobody will be in until 4, so
could the driver leave the packs in the garage at the side - the code
for the side gate is 2580. Please don't leave them on the front path,
it's meant to rain. And ignore the dog next door, he's all bark.
Thanks, Becky"""),
("en", "b31-panels-conservation-area", "Edward Lyle <edward.lyle@example.co.uk>", "Conservation area", "general", "",
"""Good morning,

We live in a Victorian terrace in a conservation area in Lewes (the
house itself is not listed). Before we ask you round, can you tell us
whether panels normally need planning permission in that situation, and
whether you deal with the application or we do? The front roof faces
the street, the back one faces south.

Thank you,
Edward Lyle"""),
("en", "b31-praise-grace-silk-scarf", "Imogen Hart <imogen.hart@example.co.uk>", "Grace at the Fulham shop", "general", "",
"""Hello,

I brought in my grandmother's silk scarf last week with a nasty old tea
stain, fully expecting to be told nothing could be done. Grace at the
Fulham Road shop took the time to explain what she'd try, rang me when
it was ready, and it looks as good as new. I'd love her manager to know
how good she is.

Many thanks,
Imogen"""),
("en", "b31-urgent-surveyor-time", "Sanjay Kapoor <sanjay.kapoor@example.com>", "URGENT!!!", "general", "",
"""URGENT - what time is your surveyor coming tomorrow to measure for the
front door?? The confirmation just says "Friday". I need to know if I can
do the school run or have to ask my sister. Sanjay"""),
("en", "b31-glass-in-jet-wash-bay", "Tom Hughes <tom.hughes@example.co.uk>", "Bay 3", "general", "high",
"""Hi,

Thought you'd want to know - there's a lot of broken glass on the floor
of bay 3 at your Riverside car wash. Looks like a bottle was smashed and
then sprayed all over the bay with the jet. My son got out of the car in
his sliders and cut his heel, not badly, we've cleaned it up. I've
dragged one of your bins across the entrance to the bay but there was
nobody on site to tell.

Tom Hughes"""),
("en", "b31-locksmith-rude-to-mum-manager", "Paula Nixon <paula.nixon@example.co.uk>", "Your locksmith on Tuesday", "general", "high",
"""Your locksmith came to my mother's flat on Tuesday to change the locks
after her handbag was stolen. She is 81. He arrived an hour late, swore
at her when she couldn't find the light for the stairwell, and told her
to "hurry up, love, I haven't got all day". She was in tears when she
rang me.

I want your manager to ring me - not another customer service email.
07700 900 673.

Paula Nixon"""),
]
M += [
# ---------------- Greek ----------------
("el", "b31-asfaleia-poulisame-diamerisma", "Αθανάσιος Ρήγας <a.rigas@example.gr>", "Ασφαλιστήριο 55-208133", "billing", "",
"""Καλησπέρα σας,

Πουλήσαμε το διαμέρισμα στο Χαλάνδρι (Αγίου Γεωργίου 14) και η
μεταβίβαση υπογράφηκε στον συμβολαιογράφο στις 20 Μαρτίου. Το
ασφαλιστήριο κατοικίας (πυρός και σεισμού) είχε ανανεωθεί τον Ιανουάριο
για όλο το έτος, 312€.

Παρακαλώ να το ακυρώσετε από την ημερομηνία της μεταβίβασης και να μου
επιστρέψετε το ασφάλιστρο για τους μήνες που απομένουν. Επισυνάπτω το
συμβόλαιο μεταβίβασης και το IBAN μου.

Με εκτίμηση,
Αθανάσιος Ρήγας"""),
("el", "b31-gl-rex-efyge-psekasmos-avlis", "Marina Stathopoulou <marina.stath@example.gr>", "psekasmos avlis", "billing", "",
"""Kalhmera sas,
o Rex mas efyge thn Kyriakh, htan 14 xronwn :( Opote den exei nohma pia
o mhniaios psekasmos ths aulhs gia tsimpoures kai psyllous. Mporeite na
stamathsete th syndromh (25e to mhna) apo auton ton mhna? Kai to
rantevou tou Apriliou akyrwste to.
Eyxaristw gia ola, o Manolhs pou erxotan htan panta polu prosektikos.
Marina"""),
("el", "b31-fotovoltaika-timologio-afm-epidotisi", "Σπύρος Καλογεράκης <s.kalogerakis@example.gr>", "Τιμολογιο εγκαταστασης", "billing", "",
"""Καλημερα σας,

για το προγραμμα επιδοτησης χρειαζομαι το τιμολογιο της εγκαταστασης
των φωτοβολταικων με το ΑΦΜ μου και αναλυση ΦΠΑ. Αυτο που μου στειλατε
γραφει μονο "Αποδειξη λιανικης" χωρις στοιχεια αγοραστη. Μπορειτε να
εκδωσετε σωστο τιμολογιο;

Σπυρος Καλογερακης
ΑΦΜ 012345678, ΔΟΥ Ηρακλειου
Λεωφ. Κνωσου 112, Ηρακλειο"""),
("el", "b31-kleidaras-timi-kylindrou-karta", "Ουρανία Μπαλτά <ourania.balta@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα σας,

Πόσο κοστίζει η αλλαγή κυλίνδρου σε πόρτα ασφαλείας; Μετακομίσαμε σε
ενοίκιο και θέλουμε να αλλάξουμε την κλειδαριά πριν βάλουμε τα πράγματά
μας. Δέχεστε κάρτα ή μόνο μετρητά; Και υπάρχει επιπλέον χρέωση αν
έρθετε Σάββατο πρωί;

Ευχαριστώ,
Ουρανία Μπαλτά"""),
("el", "b31-gl-plyntirio-pos-dyo-xreoseis", "Nikos Vlachos <nikos.vlachos@example.gr>", "2 xrewseis", "billing", "",
"""Kalhspera,
eplyna to amaksi sto plynthrio sas sth Glyfada to Savvato, to programma
twn 12e. To POS eixe kollhsei kai o ypallhlos mou to perase 2h fora.
Twra vlepw sthn trapeza 2 xrewseis apo 12e thn idia wra. Mporeite na
mou epistrepsete th mia? Sas stelnw screenshot apo to e-banking.
Eyxaristw,
Nikos"""),
("el", "b31-pente-poukamisa-prosfora", "Ευγενία Λαζαρίδου <eugenia.lazaridou@example.gr>", "Προσφορά πουκάμισα", "billing", "",
"""Καλημέρα, είχατε στη βιτρίνα προσφορά «5 πουκάμισα 10€». Έφερα πέντε
την Τρίτη και στην παραλαβή πλήρωσα 15€, 3€ το ένα. Η κοπέλα μού είπε
ότι η προσφορά ισχύει μόνο για λευκά, αλλά αυτό δεν γράφεται πουθενά.
Μπορώ να πάρω πίσω τα 5€, ή να αφαιρεθούν την επόμενη φορά που θα έρθω;
Απόδειξη 2281.

Ευγενία"""),
("el", "b31-re-prosfora-kouzinas-doseis", "Χριστίνα Δημάκη <christina.dimaki@example.gr>", "Re: Προσφορά ΚΟΥ-0914 - κουζίνα λάκα", "billing", "",
"""Καλησπέρα κύριε Αντωνίου,

Μας άρεσε πολύ η πρόταση και θέλουμε να προχωρήσουμε. Μπορούμε να
πληρώσουμε το υπόλοιπο με πιστωτική κάρτα σε άτοκες δόσεις; Αν ναι,
μέχρι πόσες; Και η προκαταβολή γίνεται μόνο με κατάθεση;

Ευχαριστούμε,
Χριστίνα και Παύλος Δημάκη

Στις Δευ 10 Μαρ 2025 στις 12:41 μ.μ., ο/η Στέλιος Αντωνίου <prosfores@example-kouzines.gr> έγραψε:
> Αγαπητή κυρία Δημάκη,
>
> Σας στέλνουμε την προσφορά ΚΟΥ-0914 για κουζίνα σε λευκή ματ λάκα με
> πάγκο χαλαζία, σύνολο 6.850€ με ΦΠΑ, μεταφορά και τοποθέτηση.
> Προκαταβολή 30% με την υπογραφή.
>
> Με εκτίμηση,
> Στέλιος Αντωνίου"""),
("el", "b31-gl-giagia-erxetai-se-mas-synagermos", "Markos Lamprou <markos.lamprou@example.gr>", "symvolaio 7782", "billing", "",
"""Geia sas,
h giagia mou, Foteinh Lamprou, exei synagermo me parakolou8hsh sto
spiti ths sto Peristeri (symvolaio 7782). Apo thn 1h tou mhna erxetai na
meinei monimws mazi mas kai to spiti 8a meinei kleisto mexri na to
poulhsoume. Mporoume na stamathsoume thn parakolou8hsh kai th xrewsh
twn 24,80 to mhna? An prepei na ypograpsei kati h idia pws ginetai,
den vgainei eukola apo to spiti.
Eyxaristw,
Markos"""),
("el", "b31-antlia-symvolaio-syntirisis-140", "Γιώργος Τσολάκης <g.tsolakis@example.gr>", "Ανανέωση συντήρησης", "billing", "",
"""Καλησπέρα σας,

Δεν πρόκειται για βλάβη, η αντλία θερμότητας δουλεύει μια χαρά.

Μου ήρθε η ειδοποίηση για την ανανέωση του ετήσιου συμβολαίου
συντήρησης στα 140€, ενώ πέρσι ήταν 90€. Δεν είδα κάποια ενημέρωση για
αύξηση. Τι περιλαμβάνει πλέον και γιατί η διαφορά; Αν δεν υπάρχει
κάποιος λόγος, σκέφτομαι να μην το ανανεώσω.

Γιώργος Τσολάκης
Λάρισα"""),
("el", "b31-gl-elastika-lathos-diastasi", "Thanasis Gkikas <thanasis.gkikas@example.gr>", "Paraggelia 40213", "billing", "",
"""Kalhmera,
phra apo to eshop 4 elastika 205/55 R16 alla to amaksi mou 8elei
195/65 R15, la8os mou, koitaksa allo amaksi. Einai akoma sto nylon
tous, den exoun mpei pouthena. Mporw na ta allaksw me ta swsta h na ta
epistrepsw? An ta swsta einai pio fthna pairnw th diafora pisw?
Thanasis"""),
("el", "b31-diarrixi-apozimiosi-synigoros", "Κωνσταντίνος Παπαδόγιαννης <k.papadogiannis@example.gr>", "Αποζημίωση διάρρηξης - φάκελος ΖΗΜ-22817", "billing", "high",
"""Κύριοι,

Στις 8 Ιανουαρίου έγινε διάρρηξη στην κατοικία μου στην Καλαμαριά. Τη
δήλωσα εγκαίρως, προσκόμισα τη βεβαίωση της Αστυνομίας και τις
αποδείξεις για τον φορητό υπολογιστή και τα κοσμήματα. Μετά από τρεις
μήνες μού γνωστοποιείτε αποζημίωση 420€ για ζημιά 3.150€, με την
αιτιολογία ότι «δεν υπήρχε μπάρα ασφαλείας στην μπαλκονόπορτα» - όρος
που δεν αναφέρεται πουθενά στο ασφαλιστήριό μου.

Σας καλώ να επανεξετάσετε την απόφαση εντός 15 ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά μέσω του
δικηγόρου μου.

Με εκτίμηση,
Κωνσταντίνος Παπαδόγιαννης"""),
("el", "b31-gl-kleidaras-250-amfisvitisi", "Dhmhtra Karra <dimitra.karra@example.gr>", "xrewsh kleidara", "billing", "high",
"""Mou eixate pei sto thlefwno 60 euro gia anoigma portas. O texnikos
sas ekane 10 lepta, den allakse tipota kai mou xrewse 250 sthn karta
giati htan "nyxterino kai argia". Tipota apo ola auta den mou eipate
prin erthei. Exw steilei hdh ena email thn Deutera kai kaneis den
apanthse.
An den mou epistrepsete ta 190 ws thn Paraskeuh 8a kanw amfisvhthsh
ths synallaghs sthn trapeza mou.
Dhmhtra"""),
("el", "b31-koufomata-prokatavoli-diefthyntis", "Μανώλης Σταυρακάκης <m.stavrakakis@example.gr>", "Κουφώματα - προκαταβολή 3.000€", "billing", "high",
"""Καλησπέρα.

Στις 15 Νοεμβρίου πλήρωσα προκαταβολή 3.000€ για κουφώματα αλουμινίου
σε όλο το σπίτι στο Ηράκλειο, με παράδοση «σε 6-8 εβδομάδες». Είμαστε
τέλη Μαρτίου και ακόμα δεν έχω ημερομηνία, μόνο «θα σας πάρουμε
τηλέφωνο».

Δεν θέλω να ξαναμιλήσω με τη γραμματεία. Ζητώ να με καλέσει ο
διευθυντής της εταιρείας μέσα σε αυτή την εβδομάδα, αλλιώς θέλω πίσω
ολόκληρη την προκαταβολή.

Μανώλης Σταυρακάκης
6944 000 771"""),
("el", "b31-laminate-38-anti-30-dikigoros", "Ιωάννης Ζαφειρίου <i.zafeiriou@example.gr>", "Τιμολογιο 1187", "billing", "high",
"""Κυριοι,

μου χρεωσατε 38 τετραγωνικα laminate με τοποθετηση (1.292 ευρω) ενω το
σαλονι και ο διαδρομος ειναι 30 τετραγωνικα, οπως γραφει και η δικη σας
επιμετρηση που εχω στα χερια μου. Η διαφορα ειναι 272 ευρω. Το εχω πει
στον τεχνικο και στο γραφειο και μου λενε "φυρα". Φυρα 8 τετραγωνικα σε
30 δεν υπαρχει.

Εχω ηδη δωσει το θεμα στον δικηγορο μου και αν δεν εχω πιστωτικο μεσα
στην εβδομαδα θα σας κοινοποιηθει εξωδικο.

Ιωαννης Ζαφειριου"""),
("el", "b31-mprelok-synagermou-den-oplizei", "Κώστας Αναγνώστου <k.anagnostou@example.gr>", "Τηλεχειριστηριο συναγερμου", "technical", "",
"""Καλημερα,

το τηλεχειριστηριο του συναγερμου (το μπρελοκ) θελει να το πατησεις 5-6
φορες για να οπλισει, και καμια φορα καθολου. Αλλαξα μπαταρια, τιποτα.
Απο το πληκτρολογιο στην εισοδο δουλευει κανονικα. Υπαρχει καποια
ρυθμιση που μπορω να κανω η να φερω το μπρελοκ στο καταστημα;

Κωστας Αναγνωστου"""),
("el", "b31-fotovoltaika-efarmogi-ektos-syndesis", "Ηλίας Μαργαρίτης <ilias.margaritis@example.gr>", "Εφαρμογή φωτοβολταϊκών", "technical", "",
"""Καλησπέρα,

Η εφαρμογή των φωτοβολταϊκών δείχνει «εκτός σύνδεσης» από τότε που
άλλαξα πάροχο ίντερνετ και μου έβαλαν καινούριο router. Ο inverter
δουλεύει κανονικά, τα λαμπάκια είναι πράσινα, αλλά δεν βλέπω την
παραγωγή. Πώς συνδέω ξανά το dongle στο νέο wifi; Στο εγχειρίδιο δεν
βρίσκω τίποτα.

Ηλίας"""),
("el", "b31-antlia-xliaro-nero-proi", "Ελένη Γιαννακοπούλου <eleni.giannak@example.gr>", "Ζεστό νερό", "technical", "",
"""Καλημέρα σας,

Από την περασμένη εβδομάδα το ζεστό νερό από την αντλία θερμότητας
βγαίνει χλιαρό, κυρίως το πρωί. Στην οθόνη το μπόιλερ δείχνει 38 βαθμούς
ενώ έχω ρυθμίσει 50. Δεν ζητάω αποζημίωση ούτε τίποτα, απλώς να έρθει
κάποιος να το δει. Η εγκατάσταση έγινε τον Οκτώβριο.

Ελένη Γιαννακοπούλου, Πάτρα"""),
("el", "b31-gl-kouzina-porta-kremetai-syrtari", "Vaso Kotsifaki <vaso.kotsifaki@example.gr>", "kouzina", "technical", "",
"""Kalhspera,
h kouzina mphke prin 2 mhnes. H porta apo to ntoulapi panw apo ton
aporrofhthra exei kremasei kai xtypaei sto diplano, kai to syrtari me
ta maxairopirouna den kleinei teleiws, ksanavgainei mono tou. Ry8mish
8elei? Sas esteila kai fwtografies sto viber.
Vaso"""),
("el", "b31-ilektriko-rolo-den-katevainei", "Κατερίνα Ρούσσου <katerina.roussou@example.gr>", "Ρολό κρεβατοκάμαρας", "technical", "",
"""Καλημέρα,

Το ηλεκτρικό ρολό στην μπαλκονόπορτα της κρεβατοκάμαρας δεν κατεβαίνει
πια. Πατάω τον διακόπτη, ακούγεται το μοτέρ για ένα δευτερόλεπτο και
σταματάει. Προς τα πάνω δουλεύει κανονικά. Τοποθετήθηκε πέρσι τον Ιούνιο
μαζί με τα υπόλοιπα κουφώματα, άρα είναι ακόμα στην εγγύηση.

Κατερίνα Ρούσσου, Βόλος"""),
("el", "b31-parke-fouskose-paidiko", "Αλέξης Δρόσος <alexis.drosos@example.gr>", "Δαπεδο", "technical", "",
"""Καλησπερα, στο παρκε που βαλατε στο δωματιο του παιδιου εχουν ανοιξει
αρμοι και σε δυο σημεια εχει φουσκωσει, ακουγεται κουφιο οταν πατας. Δεν
εχουν πεσει νερα και δεν υπαρχει καλοριφερ κοντα. Τοποθετηθηκε πριν 4
μηνες. Μπορει να περασει καποιος να το δει;
Αλεξης"""),
("el", "b31-gl-efarmogi-plyntiriou-kodikos", "Stelios Pappas <stelios.pappas@example.gr>", "efarmogh", "technical", "",
"""Geia sas, den mporw na mpw sthn efarmogh tou plynthriou gia na
xrhsimopoihsw to paketo me tis 10 plyseis. Leei la8os kwdikos, patao
"ksexasa ton kwdiko" kai to email den erxetai pote, oute sta spam. To
email einai swsto, to idio me auto pou sas grafw twra. Ti na kanw?
Stelios"""),
("el", "b31-re-synagermos-eidopoiiseis-android", "Θοδωρής Καραγιάννης <thodoris.karagiannis@example.gr>", "Re: Αίτημα 6620 - ειδοποιήσεις εφαρμογής", "technical", "",
"""Καλησπέρα,

Έκανα ό,τι μου γράψατε (απεγκατάσταση, ξανά εγκατάσταση, ειδοποιήσεις
ενεργές στις ρυθμίσεις) αλλά πάλι δεν μου έρχονται ειδοποιήσεις όταν
οπλίζει ή αφοπλίζει ο συναγερμός. Στο κινητό της γυναίκας μου έρχονται
κανονικά. Το δικό μου είναι Android, το δικό της iPhone.

Θοδωρής

Στις 3/4/2025 10:12 π.μ., ο/η Υποστήριξη <support@example-alarms.gr> έγραψε:
> Κύριε Καραγιάννη,
>
> Παρακαλούμε απεγκαταστήστε την εφαρμογή, εγκαταστήστε την ξανά και
> βεβαιωθείτε ότι οι ειδοποιήσεις είναι ενεργοποιημένες.
>
> Με εκτίμηση,
> Τμήμα Υποστήριξης"""),
("el", "b31-thyrida-paralavis-kodikos", "Άρης Μελετίου <aris.meletiou@example.gr>", "Θυρίδα παραλαβής", "technical", "",
"""Καλησπέρα,

Μου ήρθε μήνυμα ότι τα ρούχα μου είναι στη θυρίδα 14, στο μηχάνημα έξω
από το κατάστημα στο Μαρούσι, αλλά ο κωδικός που μου στείλατε βγάζει «μη
έγκυρος». Δοκίμασα τρεις φορές, και με το QR. Το κατάστημα ήταν ήδη
κλειστό. Χρειάζομαι το κοστούμι για την Πέμπτη.

Άρης"""),
("el", "b31-gl-inverter-kapnos-garaz", "Pavlos Tsiamis <pavlos.tsiamis@example.gr>", "inverter", "technical", "high",
"""Kalhmera.
Na sas pw oti apo xtes to apogeuma o inverter twn fwtovoltaikwn sto
garaz vgazei mia myrwdia san kammeno plastiko, kai shmera to prwi eida
kai ligo kapno na vgainei apo tis sxismes apo panw. Ekleisa tous
diakoptes DC kai AC opws leei to fylladio kai den ton ksanaanoiksa. Den
vlepw flogia h kati allo, apla na ton deite otan mporeite.
Pavlos, Lamia"""),
("el", "b31-antlia-mitera-84-florina", "Σοφία Τερζή <sofia.terzi@example.gr>", "Η μητέρα μου", "technical", "high",
"""Καλησπέρα σας,

Η μητέρα μου είναι 84 ετών και μένει μόνη της στη Φλώρινα. Από χθες το
μεσημέρι η αντλία θερμότητας που της εγκαταστήσατε δεν ξεκινάει, η
οθόνη δείχνει «Ε3» και τα καλοριφέρ είναι κρύα. Έξω έχει -5 και
χιονίζει, και μέσα στο σπίτι είχε 13 βαθμούς το πρωί.

Την έχει πάρει προσωρινά η γειτόνισσα, αλλά δεν μπορεί να μείνει εκεί
πολύ. Παρακαλώ στείλτε τεχνικό σήμερα.

Σοφία Τερζή (κόρη)
6972 000 315"""),
("el", "b31-farmakeio-synagermos-den-afoplizei", "Ελισάβετ Νικολαΐδου <farmakeio.nikolaidou@example.gr>", "Φαρμακείο Νικολαΐδου", "technical", "high",
"""Από τις 8 το πρωί ο συναγερμός στο φαρμακείο δεν αφοπλίζεται με
κανέναν κωδικό. Η σειρήνα χτυπάει και τα ρολά δεν ανοίγουν, γιατί είναι
συνδεδεμένα με το σύστημα. Έχουμε κόσμο που περιμένει απ' έξω για
ινσουλίνες και φάρμακα που είναι στο ψυγείο μέσα, και σήμερα έχουμε
εφημερία. Το κέντρο λήψης σημάτων λέει να περιμένουμε τεχνικό «μέσα
στην ημέρα».

Πάρτε μας τηλέφωνο στο 2310 000 482.
Ελισάβετ Νικολαΐδου"""),
("el", "b31-gl-self-service-revma-thesi-2", "Giannis Fotiadis <giannis.fotiadis@example.gr>", "Plynthrio N. Smyrnhs - 8esh 2", "technical", "high",
"""Geia sas,
xtes to vrady sto self service plynthrio sas sth Nea Smyrnh, sth 8esh
2, otan kratousa to pistoli me to nero kai akoumphsa th metallikh
kolona me to allo xeri me xtyphse reuma. Oxi poly dynata, alla to
niwsa ws ton agkwna. Den epa8a tipota. Sas to grafw na to koitaksete
prin to pa8ei kanena paidi.
Giannhs"""),
("el", "b31-efxaristirio-mioktonia-polykatoikia", "Αγγελική Μπούρα <aggeliki.boura@example.gr>", "Ευχαριστήριο", "general", "",
"""Καλημέρα σας,

Εκ μέρους της διαχείρισης της πολυκατοικίας στην οδό Ελπίδος 22 στο
Παγκράτι θα ήθελα να ευχαριστήσω τον κ. Σταμάτη που έκανε τη μυοκτονία
στο υπόγειο και στον ακάλυπτο. Ήταν πάντα στην ώρα του, εξήγησε σε όλους
τους ενοίκους πού τοποθέτησε τους σταθμούς δολωμάτων και πρόσεξε
ιδιαίτερα λόγω των γατών της κυρίας του ισογείου. Εδώ και ένα μήνα δεν
έχουμε δει τίποτα.

Με εκτίμηση,
Αγγελική Μπούρα, διαχειρίστρια"""),
("el", "b31-gl-kyriaki-plyntirio-peiraios", "Tasos M. <tasos.m@example.gr>", "kyriakh", "general", "",
"""geia, einai anoixto to plynthrio sthn Peiraiws thn Kyriakh? k an nai
ws ti wra? thx"""),
("el", "b31-gyalia-sto-ntoulapaki-voula", "Μαρία Χατζηγεωργίου <maria.chatzigeorgiou@example.gr>", "Γκρι Yaris - Παρασκευή", "general", "",
"""Καλησπέρα,

Την Παρασκευή αφήσαμε το αυτοκίνητο για εσωτερικό και εξωτερικό
καθαρισμό στο κατάστημά σας στη Βούλα (γκρι Yaris). Στο ντουλαπάκι του
συνοδηγού ήταν μια μαύρη θήκη με τα γυαλιά οράσεως του άντρα μου και
τώρα δεν είναι εκεί. Μήπως βγήκαν κατά τον καθαρισμό και έμειναν στο
κατάστημα;

Ευχαριστώ,
Μαρία Χατζηγεωργίου"""),
("el", "b31-allagi-stoixeion-synagermou", "Δημοσθένης Λιάκος <d.liakos@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα,

παρακαλω αλλαξτε τα στοιχεια επικοινωνιας μου στο συμβολαιο συναγερμου
4471-Β:
Νεο κινητο: 6981 000 254
Νεο email: d.liakos@example.gr
Το σταθερο δεν το εχουμε πια, σβηστε το.

Ευχαριστω,
Δημοσθενης Λιακος"""),
("el", "b31-gl-diagrafi-stoixeion-prosfores", "Natasa Mpakali <natasa.mpakali@example.gr>", "prosopika dedomena", "general", "",
"""Kalhspera,
prin 2 xronia eixa zhthsei prosfora gia kouzina apo esas alla telika den
proxwrhsame. Akoma mou erxontai sms kai email me prosfores ka8e
evdomada. Zhtaw na diagrapsete ola ta stoixeia mou apo ta arxeia sas
kai na mou epivevaiwsete oti egine. To thlefwno einai 6944 000 839.
Eyxaristw,
Natasa Mpakalh"""),
("el", "b31-xorigia-agonas-dromou-livadeia", "Βαγγέλης Κάππος <vkappos@ermis-livadeias.example>", "Χορηγία", "general", "",
"""Καλησπέρα σας,

Είμαι ο ταμίας του Γυμναστικού Συλλόγου «Ο Ερμής» στη Λιβαδειά.
Ετοιμάζουμε τον 5ο παιδικό αγώνα δρόμου τον Μάιο και ψάχνουμε τοπικές
επιχειρήσεις για χορηγία (μπλουζάκια, νερά, μετάλλια). Θα σας
ενδιέφερε; Το λογότυπό σας θα μπει στα μπλουζάκια και στο πανό του
τερματισμού.

Με εκτίμηση,
Βαγγέλης Κάππος"""),
("el", "b31-paradosi-laminate-4os-xoris-asanser", "Ρένα Αλεξίου <rena.alexiou@example.gr>", "Παράδοση Τετάρτη", "general", "",
"""Γεια σας, για την παράδοση του laminate την Τετάρτη: η πολυκατοικία
δεν έχει ασανσέρ και είμαστε στον 4ο. Ας αφήσει ο οδηγός τα κουτιά στην
αποθήκη του ισογείου (θα είναι ανοιχτή, δεξιά από την είσοδο) και θα τα
ανεβάσουμε με τον τεχνίτη. Κουδούνι «Αλεξίου». Πριν έρθει ας πάρει ένα
τηλέφωνο στο 6973 000 120.
Ευχαριστώ, Ρένα"""),
("el", "b31-apentomosi-moro-gata-poses-ores", "Ζωή Κυριακίδου <zoi.kyriakidou@example.gr>", "Ερώτηση για Παρασκευή", "general", "",
"""Καλημέρα,

Έχουμε κλείσει απεντόμωση για κατσαρίδες την Παρασκευή. Έχουμε μωρό 5
μηνών και μια γάτα. Πόσες ώρες πρέπει να λείψουμε από το σπίτι μετά
τον ψεκασμό, και πρέπει να κάνουμε κάτι πριν (να μαζέψουμε πιάτα,
παιχνίδια κλπ);

Ευχαριστώ,
Ζωή"""),
("el", "b31-gl-vulkanizater-agenis-ypallilos", "Xristina Rizou <xristina.rizou@example.gr>", "to Savvato sto magazi", "general", "",
"""Kalhspera,
phga to Savvato sto vulkanizater sas sta Trikala gia ena trypio
lastixo. O ypallhlos hr8e me to kinhto sto xeri, den me koitakse kan,
kai otan rwthsa an 8a argisei mou eipe "an viazesai pigaine allou".
Telika to eftiakse se 10 lepta kai ola kala. Apla den einai tropos
auths. Sas to lew gia na to kserete.
Xristina"""),
("el", "b31-efxaristo-kouzina-lefteris-antonis", "Οικογένεια Σαμαρά <samaras.family@example.gr>", "Η κουζίνα μας", "general", "",
"""Καλησπέρα,

Δεν σας γράφουμε για κάποιο παράπονο, ούτε για έκπτωση. Η κουζίνα
τελείωσε χθες και θέλαμε να πούμε ένα μεγάλο ευχαριστώ στον Λευτέρη και
στον Αντώνη. Δούλεψαν μέσα σε σπίτι με δύο μικρά παιδιά, σκούπιζαν κάθε
απόγευμα πριν φύγουν και μας βοήθησαν ακόμα και να κρεμάσουμε ένα ράφι
που δεν ήταν στη συμφωνία. Όλη η γειτονιά έχει περάσει να τη δει!

Οικογένεια Σαμαρά"""),
("el", "b31-gl-re-rantevou-epimetrisis-allagi", "Lefteris Manousakis <lefteris.manousakis@example.gr>", "Re: Ραντεβού επιμέτρησης - Τρίτη 14/5", "general", "",
"""Kalhmera, telika den 8a mporesw thn Triti, mou ekleisan xeirourgeio
gia th mhtera mou. Ginetai na to pame Pempth h Paraskeuh thn idia wra?
Eyxaristw,
Lefteris

Στις 9/5/2025 11:05 π.μ., ο/η Παρκέτα Κρήτης <info@example-parketa.gr> έγραψε:
> Καλημέρα σας κύριε Μανουσάκη,
>
> σας επιβεβαιώνουμε το ραντεβού για την επιμέτρηση του δαπέδου την
> Τρίτη 14/5 στις 10:00.
>
> Παρκέτα Κρήτης"""),
("el", "b31-vulkanizater-anoixto-freatio-anamoni", "Αντώνης Μπέκας <antonis.bekas@example.gr>", "Χώρος αναμονής Περιστέρι", "general", "high",
"""Καλησπέρα σας,

Σας ενημερώνω ότι στο βουλκανιζατέρ σας στο Περιστέρι, στον χώρο
αναμονής δίπλα στην πόρτα, λείπει η σχάρα από το φρεάτιο. Μένει ένα
άνοιγμα περίπου 40 εκατοστά που δεν φαίνεται, γιατί εκεί είναι
σκοτεινά. Ένας ηλικιωμένος κύριος σήμερα το πρωί παραλίγο να πέσει
μέσα, τον πιάσαμε την τελευταία στιγμή. Ο υπάλληλος είπε «το ξέρουμε».

Αντώνης Μπέκας"""),
("el", "b31-gl-stegnokatharistirio-patera-ypeythynos", "Fotis Androulakis <fotis.androulakis@example.gr>", "o pateras mou sto katasthma sas", "general", "high",
"""Kalhspera,
o pateras mou einai 79 xronwn kai phge xtes sto stegnoka8aristhrio sas
sthn Kallithea na parei to palto tou. Eixe xasei to xartaki kai h
kyria sto tameio tou fwnaze mprosta ston kosmo oti "ta leei gia na
parei ksena rouxa". Efyge xwris to palto kai tremontas.
Zhtaw na me parei thlefwno o ypeu8ynos h o idiokthths tou katasthmatos
shmera. 6945 000 611.
Fotis Androulakis"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b31-seguro-hogar-madre-fallecida-zaragoza", "Begoña Lasheras <begona.lasheras@example.es>", "Póliza de hogar de mi madre", "billing", "",
"""Buenos días:

Les escribo porque mi madre, Pilar Aznar Gil, falleció el pasado 2 de
febrero. Tenía con ustedes el seguro de hogar del piso de la calle
Delicias, en Zaragoza (póliza 0447-812990), que se renovó en enero y se
pagó entero, 286 euros.

Los hermanos hemos decidido vender el piso y ya está vacío. ¿Pueden dar
de baja la póliza y devolver la parte proporcional de la prima? Puedo
enviarles el certificado de defunción y el de últimas voluntades.

Un saludo,
Begoña Lasheras Aznar"""),
("es", "b31-lavanderia-novia-con-lavadora", "Diego Salinas <diego.salinas@example.com.mx>", "mi plan", "billing", "",
"""Que tal, buenas tardes

Me voy a vivir con mi novia a fin de mes y ella tiene lavadora y
secadora, asi que ya no voy a necesitar el plan mensual de recoleccion
de ropa de 899 pesos. Me pueden cancelar para que ya no me cobren en
junio? La ultima recoleccion seria el jueves 29.

Gracias, siempre muy puntuales los repartidores
Diego"""),
("es", "b31-gomeria-alineacion-no-hecha", "Facundo Ibarra <facu.ibarra@example.com.ar>", "Factura B 0004-00018822", "billing", "",
"""Hola, cómo andan.

El sábado llevé el Cronos a la sucursal de Av. Colón para cambiar las
dos cubiertas de adelante. En la factura me cobraron también alineación
y balanceo, $68.000, y eso no me lo hicieron: el chico me dijo que la
máquina de alinear estaba rota y que volviera otro día. Pagué todo con
débito sin mirar.

¿Me pueden devolver esa parte o dejarla a cuenta para cuando vuelva?

Saludos,
Facundo"""),
("es", "b31-placas-financiacion-60-meses", "Rocío Navarrete <rocio.navarrete@example.es>", "Financiación placas", "billing", "",
"""Hola,

Nos ha gustado el presupuesto de las placas (6 kW con batería, 9.850 €)
pero no podemos pagarlo de golpe. En la web pone que ofrecéis
financiación: ¿a cuántos meses se puede, qué interés tiene y hay que dar
alguna entrada? ¿Y la subvención la descontáis vosotros del precio o la
cobramos nosotros después?

Gracias,
Rocío (Dos Hermanas, Sevilla)"""),
("es", "b31-cerrajeria-factura-electronica-nit", "Contabilidad Panadería El Trigal <contabilidad@eltrigal.example.co>", "Solicitud factura electrónica", "billing", "",
"""Buenas tardes,

El martes 11 uno de sus técnicos cambió la cerradura de la puerta de
servicio de nuestra panadería en Chapinero y se le pagaron $385.000 en
efectivo. Nos entregó un recibo a mano, pero necesitamos la factura
electrónica a nombre de la empresa para la contabilidad:

Panadería El Trigal S.A.S.
NIT 900.000.418-3
Correo de facturación: contabilidad@eltrigal.example.co

Quedamos atentos.
Cordialmente,
Luz Marina Ospina
Contabilidad"""),
("es", "b31-bono-10-lavados-caducado", "Sergio Mora <sergio.mora@example.es>", "Bono", "billing", "",
"""Buenas, me regalaron en Navidad un bono de 10 lavados para el túnel de
lavado de Alcobendas y me quedan 4. Hoy me han dicho en la caja que
caducó el 31 de marzo y no me dejan usarlos. No sabía que tenía fecha,
en la tarjeta no pone nada. ¿Hay forma de ampliarlo o de que me
devolváis lo de los 4 lavados? Gracias."""),
("es", "b31-re-cotizacion-cocina-pie-transferencia", "Carolina Fuenzalida <carolina.fuenzalida@example.cl>", "Re: Cotización N° 2217 - cocina y closet", "billing", "",
"""Hola Pablo, ¿cómo estás?

Conversamos con mi marido y vamos a seguir adelante con la cotización.
Una consulta: el pie del 40% ¿lo podemos hacer por transferencia en dos
partes, la mitad esta semana y la otra a fin de mes? Y el saldo, ¿se
paga al terminar la instalación o al entregar los muebles?

Saludos,
Carolina

El lun, 3 mar 2025 a las 16:20, Pablo Contreras (<ventas@example-muebles.cl>) escribió:
> Estimada Carolina:
>
> Adjunto cotización N° 2217 por mueble de cocina completo en melamina
> blanca con cubierta de cuarzo y closet de dormitorio principal.
> Total: $4.380.000 IVA incluido, con instalación en Ñuñoa.
> Forma de pago: 40% de pie, saldo contra entrega.
>
> Saludos cordiales,
> Pablo Contreras"""),
("es", "b31-aerotermia-mantenimiento-casa-alquilada", "Jordi Puigdemasa <jordi.puigdemasa@example.es>", "Contrato mantenimiento", "billing", "",
"""Hola buenos dias,

hemos alquilado la casa de Sant Cugat a partir del 1 de mayo y el
contrato de alquiler lo lleva una agencia que tiene su propio servicio
tecnico, asi que no vamos a seguir con vuestro mantenimiento anual de la
aerotermia (14,50 al mes). Podeis darlo de baja desde esa fecha?

Gracias,
Jordi"""),
("es", "b31-tintoreria-planchado-no-pedido", "Ximena Tapia <ximena.tapia@example.com.mx>", "Nota 55731", "billing", "",
"""Buenas tardes, el lunes dejé en la sucursal de Coyoacán dos sacos y un
vestido solo para lavado en seco, y al recoger me cobraron $240 de
planchado a vapor que yo no pedí (en la nota dice "solo lavado", lo
escribió la señorita). Pagué porque iba con prisa. ¿Me pueden
reembolsar esos $240 a la tarjeta?
Gracias, Ximena"""),
("es", "b31-no-es-averia-cuota-alarma-subio", "Mercedes Olmedo <mercedes.olmedo@example.es>", "Recibo de abril", "billing", "",
"""Buenas tardes:

Antes de nada, no es una avería: la alarma funciona perfectamente y los
técnicos siempre han sido muy amables.

Les escribo por el recibo de abril. Hasta ahora pagaba 39,90 € al mes y
este mes me han cargado 44,90 €. No recuerdo haber recibido ninguna
comunicación sobre una subida. ¿Pueden explicarme a qué se debe?

Atentamente,
Mercedes Olmedo"""),
("es", "b31-ventanas-senal-quiero-responsable", "Alberto Cuesta <alberto.cuesta@example.es>", "Señal de 1.500 € - ventanas", "billing", "high",
"""Buenas tardes,

El 10 de enero pagué 1.500 € de señal por cambiar las seis ventanas del
piso (presupuesto V-3390). Me dijeron que en cinco semanas estarían
puestas. Llevo tres meses llamando y cada vez me dicen una fecha
distinta, y la última vez ni siquiera me cogieron el teléfono.

No quiero hablar más con la oficina. Quiero que me llame el responsable
de la empresa esta semana con una fecha firme, o que me devuelvan la
señal entera.

Alberto Cuesta
Tel. 600 000 527"""),
("es", "b31-seguro-siniestro-rechazado-defensa-consumidor", "Graciela Benítez <graciela.benitez@example.com.ar>", "Siniestro 77-40012 - rechazo", "billing", "high",
"""Señores:

En febrero se me inundó la cocina por la rotura de un caño del edificio
y presenté el siniestro con fotos, presupuesto ($1.850.000) y el acta
del consorcio. Hoy me llega una carta rechazando el reclamo porque "el
daño proviene de una unidad ajena", cuando mi póliza integral de hogar
cubre daños por agua sin importar el origen.

Pago la póliza hace nueve años sin un solo reclamo. Si no revisan la
decisión en 10 días hábiles voy a hacer la denuncia en Defensa del
Consumidor y consultar con un abogado.

Graciela Benítez
DNI 20.000.418"""),
("es", "b31-tarima-cobro-duplicado-contracargo", "Iván Roldán <ivan.roldan@example.es>", "COBRO DOBLE", "billing", "high",
"""Me habéis cobrado DOS veces la instalación de la tarima del salón,
2.140 € cada cargo, los dos con fecha 3 de marzo. Llamé el día 5 y me
dijeron que se devolvería "en unos días". Hoy es 24 y ni rastro.

Tengo el extracto. Si mañana no está devuelto, pido al banco el
contracargo del segundo cobro y que se encarguen ellos.

Iván Roldán"""),
("es", "b31-cerrajero-3500-profeco", "Lorena Villaseñor <lorena.villasenor@example.com.mx>", "Cobro del cerrajero", "billing", "high",
"""Buenas noches

El viernes me quedé fuera de mi depa en la Narvarte y llamé a su número.
Por teléfono me dijeron que la apertura costaba $800. El cerrajero
llegó, abrió en cinco minutos y luego me dijo que eran $3,500 porque "la
chapa era de alta seguridad" y que si no pagaba no me daba la llave
nueva. Pagué por transferencia porque eran las 11 de la noche.

Exijo que me regresen la diferencia de $2,700. Si no tengo respuesta en
una semana pongo la queja en PROFECO con la transferencia y la captura
de la llamada.

Lorena Villaseñor"""),
("es", "b31-alarma-sensor-ventana-supervision", "Marta Escribano <marta.escribano@example.es>", "Alarma", "technical", "",
"""Hola,

Desde el fin de semana la central de la alarma pita cada poco y en la
app aparece "Fallo de supervisión - Ventana cocina". Le he cambiado la
pila al sensor (la que venía con el kit de repuesto) y sigue igual. La
ventana cierra bien y el imán está en su sitio. Cuando pita no nos
deja armar el modo noche.

¿Puede venir alguien o se puede hacer algo desde ahí?

Marta"""),
("es", "b31-paneles-una-cadena-en-cero", "Héctor Guzmán <hector.guzman@example.com.mx>", "paneles", "technical", "",
"""Hola buen dia

Desde hace como dos semanas la app de los paneles marca la mitad de
produccion que antes, y viendo el detalle una de las dos cadenas esta
en 0 todo el dia. No hay sombra nueva ni nada, los paneles se ven
limpios. El inversor no marca ningun error. La instalacion es de agosto
del año pasado en Zapopan.

Saludos
Hector Guzman"""),
("es", "b31-aerotermia-ruido-noche-no-devolucion", "Nuria Calvo <nuria.calvo@example.es>", "Ruido unidad exterior", "technical", "",
"""Buenas,

La unidad exterior de la aerotermia que nos instalasteis en octubre ha
empezado a hacer un ruido muy fuerte, como un golpeteo metálico, sobre
todo de madrugada cuando arranca. Se oye desde el dormitorio y la
vecina ya nos lo ha comentado.

Que conste que estamos contentos con el equipo y no quiero que me
devolváis nada ni cambiarlo, solo que venga un técnico a mirarlo.

Nuria Calvo
Tres Cantos"""),
("es", "b31-ventana-aluminio-filtra-lluvia", "Mariano Sosa <mariano.sosa@example.com.ar>", "Ventana living", "technical", "",
"""Buenas,

La ventana corrediza del living que colocaron en diciembre deja entrar
agua cada vez que llueve con viento. Se junta agua en el riel y cae
por el borde interior al piso de madera. Ya limpié los desagotes del
marco como me dijeron por teléfono y sigue pasando. Adjunto un video de
la lluvia de anoche.

Mariano Sosa
Villa Urquiza"""),
("es", "b31-campana-extractora-no-aspira", "Inmaculada Reyes <inma.reyes@example.es>", "Campana", "technical", "",
"""Buenos días, la campana que montaron con la cocina nueva hace un ruido
normal pero casi no aspira, el humo se queda en la cocina y el
detector del pasillo ya ha pitado dos veces friendo unos boquerones.
Los filtros están limpios, son nuevos. ¿Puede ser que la salida al
tubo no esté bien conectada? Tengo la sensación de que el motor sopla
hacia dentro del mueble.

Inma Reyes, Málaga"""),
("es", "b31-app-lavadero-contrasena-incorrecta", "Andrés Felipe Rojas <andresf.rojas@example.com.co>", "no puedo entrar", "technical", "",
"""Buenas tardes, desde que actualicé la app del lavadero no me deja
iniciar sesión, me sale "contraseña incorrecta" aunque la cambié ayer y
el correo de recuperación sí me llegó. Tengo el plan de 4 lavadas al
mes y no lo puedo usar si no entro. Celular Android, versión 3.2 de la
app. Gracias."""),
("es", "b31-re-incidencia-tarima-cruje", "Pablo Ayala <pablo.ayala@example.es>", "Re: Incidencia 3391 - tarima dormitorio", "technical", "",
"""Hola Lucía,

El operario vino el jueves y puso unas cuñas en el rodapié, pero la
tarima sigue crujiendo igual al pisar junto a la cama y en el pasillo
se han abierto dos juntas de casi un milímetro. No sé si es cosa de la
base o del material, pero así no puede quedar.

Un saludo,
Pablo Ayala

El 2/4/2025 a las 9:47, Atención al cliente <incidencias@example-suelos.es> escribió:
> Buenos días, Pablo:
>
> Le confirmamos que el jueves 3 de abril por la mañana pasará nuestro
> operario para revisar el ruido en la tarima del dormitorio.
>
> Un saludo,
> Lucía Gómez
> Atención al cliente"""),
("es", "b31-cerradura-huella-no-reconoce", "Francisca Muñoz <francisca.munoz@example.cl>", "Chapa digital", "technical", "",
"""Hola, la chapa digital que nos instalaron en marzo ya no reconoce la
huella de mi hijo ni la mía, solo la de mi marido. Borramos las huellas
y las volvimos a registrar y a los dos días lo mismo. Con la clave
numérica sí abre. Los niños entran solos del colegio así que
necesitamos que funcione. Gracias, Francisca (La Florida)"""),
("es", "b31-tintoreria-web-no-deja-franja", "Raul Herrero <raul.herrero@example.es>", "Recogida a domicilio", "technical", "",
"""Hola, intento pedir recogida a domicilio en la web y al llegar al paso
de elegir franja horaria el calendario sale en gris, no deja pinchar
ningun dia. Probado en Chrome y en el movil, con y sin sesion iniciada.
Codigo postal 28045. Hay otra forma de pedirla?
Raul"""),
("es", "b31-placas-chispas-cuadro-olor", "Teresa Vallejo <teresa.vallejo@example.es>", "Cuadro eléctrico de las placas", "technical", "high",
"""Hola, buenas tardes.

No sé si es importante pero por si acaso: esta mañana en el garaje, en
la caja de protecciones de las placas que pusisteis en junio, se oía
un chisporroteo y por la rendija de la tapa se veían chispitas de vez
en cuando. Huele un poco a quemado. He bajado los interruptores de la
caja y el del inversor, como ponía en la pegatina, y ya no se oye nada.

Cuando podáis mandáis a alguien.

Teresa Vallejo
Cerdanyola"""),
("es", "b31-llantas-faltaban-birlos", "Rodrigo Cárdenas <rodrigo.cardenas@example.com.mx>", "Cambio de llantas del sábado", "technical", "high",
"""Buenas tardes

El sábado me cambiaron las cuatro llantas de la camioneta en su sucursal
de Querétaro. Desde ayer sentía que vibraba y jalaba a la derecha, hoy
me bajé a revisar y en la rueda delantera derecha faltan dos birlos y
los otros tres estaban flojos. La dejé estacionada y no la voy a mover
hasta que alguien la revise.

Rodrigo Cárdenas
442 000 3318"""),
("es", "b31-lavanderia-central-pago-caida", "Lavandería La Burbuja <hola@laburbuja.example>", "Central de pago", "technical", "high",
"""Buenos días,

Desde que abrimos a las 8 la central de pago que nos instalasteis no
activa ninguna máquina: cobra la moneda o la tarjeta, muestra "máquina
5 activada" y la lavadora no se entera. Tenemos las 12 lavadoras y las
6 secadoras paradas, clientes con bolsas de ropa dándose la vuelta, y
ya he tenido que devolver dinero a mano a tres personas. Sábado, el día
que más trabajamos.

Llamadme al 611 000 284, por favor.
Carmen Ruiz
Lavandería La Burbuja, Valladolid"""),
("es", "b31-puerta-garaje-tercera-visita-superior", "Francisco Javier Lozano <fj.lozano@example.es>", "Puerta de garaje - tercera reparación", "technical", "high",
"""Buenas tardes:

Es la tercera vez que viene un técnico por la misma avería de la puerta
seccional del garaje que nos instalaron hace un año: se para a mitad de
recorrido y vuelve a subir sola. Cada técnico ajusta algo distinto y a
la semana vuelve a pasar. Llevo así desde enero, sacando el coche por
la mañana con la puerta en manual.

No quiero una cuarta cita con el mismo departamento. Quiero que mi caso
lo lleve un superior o el responsable técnico y que me diga qué tiene
la puerta.

Francisco Javier Lozano"""),
("es", "b31-gracias-vestido-comunion", "Amparo Gil <amparo.gil@example.es>", "¡Muchísimas gracias!", "general", "",
"""Hola,

Solo quería daros las gracias a las chicas de la tintorería de la calle
Colón. El viernes por la tarde se me cayó chocolate en el vestido de
comunión de mi hija, ¡a un día de la comunión!, y me lo dejaron
perfecto para el sábado a las 10. La niña ni se enteró.

Un abrazo,
Amparo"""),
("es", "b31-horario-sabado-tintoreria-polanco", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "horario", "general", "",
"""hola buenas, hasta que hora abren los sabados en la sucursal de
Polanco? y el domingo abren? gracias"""),
("es", "b31-sillita-olvidada-tunel-lavado", "Óscar Prieto <oscar.prieto@example.es>", "Silla de bebé", "general", "",
"""Hola,

Ayer por la tarde, en el lavado interior de la gasolinera de la
carretera de Toledo, sacamos la silla del bebé para que pudieran
aspirar los asientos de atrás y con las prisas nos la dejamos allí,
apoyada junto a las aspiradoras. Es una silla gris de la marca que se
ve en la foto. ¿La ha recogido alguien?

Gracias,
Óscar"""),
("es", "b31-cambio-mail-avisos-turno", "Romina Acosta <romina.acosta@example.com.ar>", "cambio de mail", "general", "",
"""Hola, quería pedir que cambien el mail donde me llegan los avisos de
turno y del cambio de cubiertas. El viejo (romi.acosta@example.com.ar)
ya no lo uso. El nuevo es romina.acosta@example.com.ar. El auto está a
nombre de mi papá, Héctor Acosta, pero los turnos los saco yo.
Gracias!"""),
("es", "b31-rgpd-publicidad-datos", "Joaquín Medina <joaquin.medina@example.es>", "Protección de datos", "general", "",
"""A la atención del Delegado de Protección de Datos:

Solicito, al amparo del RGPD, que me informen de qué datos personales
míos tratan y de dónde los obtuvieron, ya que nunca he sido cliente de
su empresa de control de plagas y recibo sus folletos y llamadas
comerciales desde hace meses. Asimismo, ejerzo mi derecho de oposición
al envío de publicidad.

Joaquín Medina Ferrer
DNI 00000418-X"""),
("es", "b31-instalador-ventanas-grosero", "Paola Andrea Castaño <paola.castano@example.com.co>", "Sobre el instalador", "general", "",
"""Buenas tardes,

Quiero contarles algo que pasó el martes en la instalación de las
ventanas de mi apartamento en Envigado. El trabajo quedó bien, pero el
señor que venía a cargo le habló muy feo al muchacho que lo ayudaba,
gritándole groserías delante de mis hijos toda la mañana, y a mí me
contestó de mala gana cuando le pregunté por la limpieza de los
vidrios.

No pido nada, solo que lo sepan.

Paola Andrea Castaño"""),
("es", "b31-patrocinio-fiestas-barrio", "AVV San Isidro <fiestas@avv-sanisidro.example>", "Fiestas del barrio", "general", "",
"""Buenas tardes,

Somos la asociación de vecinos de San Isidro, en Getafe. En junio
organizamos las fiestas del barrio y este año queremos hacer una
carrera infantil. Buscamos comercios de la zona que quieran colaborar
con camisetas o premios a cambio de aparecer en el cartel y en el
programa. Como tenéis el taller de neumáticos aquí al lado, habíamos
pensado en vosotros.

Si os interesa, os mandamos el dossier.
Un saludo,
Fernando (vocal de fiestas)"""),
("es", "b31-tarima-dejar-con-portero", "Elena Ibáñez <elena.ibanez@example.es>", "Pedido 33817", "general", "",
"""Hola, el pedido de tarima llega el miércoles y no vamos a estar en
casa. Podéis dejarlo con Manolo, el portero, que está de 8 a 14. Si
llegáis más tarde mejor el jueves. Son 14 cajas, así que que no las
suba al cuarto, que se queden en el cuarto de bicis del portal.
Gracias, Elena"""),
("es", "b31-inspeccion-termitas-compraventa", "Felipe Arancibia <felipe.arancibia@example.cl>", "Consulta", "general", "",
"""Estimados,

Estamos por comprar una casa antigua en Viña del Mar y el corredor nos
recomendó hacer una inspección de termitas antes de firmar la promesa.
¿Ustedes hacen ese tipo de inspección, entregan un informe por escrito
que sirva para el banco, y con cuánta anticipación hay que pedirla?

Saludos cordiales,
Felipe Arancibia"""),
("es", "b31-hola-gracias-cerrajero-noche", "Rosario Blanco <rosario.blanco@example.es>", "Hola", "general", "",
"""Hola, no es una queja ni nada, al contrario.

El domingo de madrugada mi hija de 19 años llegó a casa y se dio cuenta
de que había perdido las llaves, y yo estaba de viaje. Llamó a vuestro
servicio y el cerrajero, un señor mayor que se llamaba Ramón, se quedó
esperando en la calle hasta que ella estuvo dentro y con la luz
encendida. Me lo contó al día siguiente y me emocioné un poco. Dadle
las gracias de mi parte.

Rosario"""),
("es", "b31-jornada-puertas-abiertas-aerotermia", "Luis Caballero <luis.caballero@example.es>", "Jornada aerotermia", "general", "",
"""Buenas, he visto en el periodico local que haceis una jornada de
puertas abiertas sobre aerotermia el dia 17 en la tienda de Logroño.
Hay que apuntarse antes o se puede ir directamente? Y a que hora
empieza la charla? Iriamos mi mujer y yo.
Un saludo, Luis"""),
("es", "b31-foso-sin-proteccion-zona-espera", "Beatriz Domínguez <beatriz.dominguez@example.es>", "Taller de Leganés", "general", "high",
"""Buenas tardes:

Esta mañana estuve en su taller de neumáticos de Leganés esperando a
que me cambiaran las ruedas. La puerta de la sala de espera da
directamente al taller y el foso de la segunda bahía estaba abierto,
sin tapas ni cadena. Un niño que esperaba con su padre salió detrás de
una pelota y se quedó a medio metro del borde; lo paró un mecánico a
gritos. Nadie cerró el foso después.

Creo que deberían revisarlo antes de que pase algo.

Beatriz Domínguez"""),
("es", "b31-autolavado-empleado-grito-gerente", "Alejandro Pineda <alejandro.pineda@example.com.mx>", "Pésimo trato en el autolavado", "general", "high",
"""El domingo en su autolavado de Av. Vallarta le pedí a uno de los
muchachos que volviera a pasar la aspiradora por el asiento de atrás
porque seguía lleno de arena. Me contestó a gritos, me aventó el trapo
en el cofre y me dijo que si no me gustaba me fuera a otro lado. Todo
frente a mi esposa y mis hijos.

Exijo hablar con el gerente de la sucursal o con alguien de la
dirección. No acepto una respuesta automática.

Alejandro Pineda
33 0000 4471"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b31-polisa-mieszkanie-darowizna-corce", "Barbara Zielińska <barbara.zielinska@example.pl>", "Polisa mieszkaniowa nr 7700-41822", "billing", "",
"""Dzień dobry,

w marcu przekazałam w darowiźnie córce mieszkanie przy ul. Kasprowicza
w Bydgoszczy. Córka ubezpieczyła je już u siebie w banku, razem z
kredytem na remont, więc moja polisa jest niepotrzebna. Składkę za cały
rok (468 zł) zapłaciłam w styczniu.

Proszę o rozwiązanie umowy od 1 kwietnia i zwrot składki za
niewykorzystany okres na konto, z którego płaciłam. Akt notarialny mogę
przesłać skanem.

Z poważaniem
Barbara Zielińska"""),
("pl", "b31-myjnia-abonament-auto-sluzbowe", "Kamil Domanski <kamil.domanski@example.pl>", "abonament", "billing", "",
"""Czesc,

od maja mam auto sluzbowe i firma placi za myjnie na swojej karcie
flotowej, wiec moj abonament na myjnie (79 zl miesiecznie, Premium) nie
jest mi juz potrzebny. Mozecie go zakonczyc, zeby czerwcowa oplata sie
nie pobrala? Swoje prywatne auto sprzedalem szwagrowi.

Dzieki, Kamil"""),
("pl", "b31-pralnia-ekspres-po-trzech-dniach", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Usługa ekspresowa", "billing", "",
"""Dzień dobry,

w poniedziałek oddałam w punkcie na Mokotowie garnitur męża w trybie
ekspres 24h i dopłaciłam 25 zł, bo był potrzebny na wtorek wieczór.
Odebrać mogłam dopiero w czwartek, bo "nie zdążyli". Mąż poszedł w
innym. Skoro ekspresu nie było, proszę o zwrot tych 25 zł - może być na
kartę albo do odliczenia przy następnym zleceniu.

Paragon nr 118/04.

Agnieszka Wrona"""),
("pl", "b31-fotowoltaika-raty-i-dotacja", "Henryk Mazurek <henryk.mazurek@example.pl>", "Raty", "billing", "",
"""Dzień dobry,

oferta na instalację 8 kW z magazynem energii (41 900 zł) nam
odpowiada, ale chcielibyśmy rozłożyć płatność. Czy macie Państwo raty
0% albo inną formę finansowania, i na ile miesięcy? Drugie pytanie:
czy dotacja z programu jest odejmowana od ceny od razu, czy najpierw
płacimy całość, a pieniądze z programu dostajemy później na konto?

Z góry dziękuję
Henryk Mazurek, Radom"""),
("pl", "b31-pompa-faktura-zly-adres-ulga", "Wojciech Kaczmarek <wojciech.kaczmarek@example.pl>", "Faktura FV 221/2025", "billing", "",
"""Dzień dobry,

to nie jest zgłoszenie usterki - pompa ciepła działa bez zarzutu.

Chodzi o fakturę za montaż. Jest wystawiona na mój adres zameldowania
we Wrocławiu, a pompa została zamontowana w domu w Sobótce, który
rozliczam w uldze termomodernizacyjnej. Księgowa mówi, że na fakturze
musi być adres budynku, w którym była inwestycja. Czy mogą Państwo
wystawić korektę z adresem: ul. Świdnicka 40, 55-050 Sobótka?

Pozdrawiam
Wojciech Kaczmarek"""),
("pl", "b31-przechowalnia-opon-dwa-razy", "Grzegorz Wilk <grzegorz.wilk@example.pl>", "Przechowalnia", "billing", "",
"""Dzien dobry, przy wymianie opon na letnie w kwietniu zaplacilem 160 zl
za przechowanie zimowek do listopada. Dzis widze na wyciagu, ze
pobraliscie jeszcze raz 160 zl z dopiskiem "przechowalnia sezon". Opony
mam tylko jeden komplet. Prosze o zwrot drugiej oplaty.
Grzegorz Wilk, WE 4721K"""),
("pl", "b31-odp-wycena-kuchni-zaliczka-blik", "Monika Pawłowska <monika.pawlowska@example.pl>", "Odp: Wycena K-0788 - zabudowa kuchenna", "billing", "",
"""Dzień dobry Panie Łukaszu,

dziękujemy, decydujemy się. Czy zaliczkę 30% można zapłacić BLIKiem,
czy tylko przelewem? I czy dostaniemy na nią fakturę zaliczkową? Mąż
prowadzi działalność i pyta, czy może być na firmę, bo kuchnia jest
też jego biurem na co dzień (żartuję, ale pyta poważnie).

Pozdrawiam
Monika Pawłowska

W dniu 12.03.2025 o 14:05, Łukasz Nowak <wyceny@example-kuchnie.pl> pisze:
> Szanowna Pani,
>
> w załączeniu wycena K-0788 na zabudowę kuchenną w kolorze grafit mat
> z blatem kompaktowym, wraz z AGD do zabudowy i montażem:
> 27 480 zł brutto. Zaliczka 30% przy podpisaniu umowy.
>
> Z poważaniem
> Łukasz Nowak"""),
("pl", "b31-monitoring-mama-dom-opieki", "Ewa Jankowska <ewa.jankowska@example.pl>", "Mieszkanie mamy - monitoring", "billing", "",
"""Dzień dobry,

moja mama, Krystyna Jankowska, od przyszłego miesiąca zamieszka w domu
opieki w Gliwicach. Jej mieszkanie w Sosnowcu będzie stało puste, a
potem pewnie je sprzedamy. Mama ma u Państwa alarm z monitoringiem (umowa
SOS-30418, 59 zł miesięcznie). Chciałabym tę umowę zakończyć z końcem
miesiąca. Mam od mamy pełnomocnictwo notarialne. Co jeszcze jest
potrzebne i czy jest jakiś okres wypowiedzenia?

Ewa Jankowska"""),
("pl", "b31-deratyzacja-doplata-za-interwencje", "Zarząd Wspólnoty Klonowa 8 <zarzad.klonowa8@example.pl>", "Faktura za interwencję 14.03", "billing", "",
"""Szanowni Państwo,

wspólnota ma z Państwem umowę na deratyzację i dezynsekcję budynku
(przeglądy co kwartał). W umowie, § 3, jest zapis, że interwencje na
zgłoszenie w okresie umowy są bez dodatkowej opłaty. Za wizytę 14
marca (szczury w komórce lokatorskiej) dostaliśmy jednak fakturę na
180 zł. Prosimy o wyjaśnienie albo fakturę korygującą.

Z poważaniem
Zofia Kołodziej
członek zarządu"""),
("pl", "b31-panele-zwrot-trzech-paczek", "Łukasz Sobczak <lukasz.sobczak@example.pl>", "Zwrot paneli", "billing", "",
"""Dzień dobry, zostały mi 3 nieotwarte paczki paneli dąb naturalny (z
zamówienia 2231, kupowałem z zapasem). Czy mogę je oddać w sklepie w
Poznaniu i ile dostanę z powrotem? Folia cała, paragon mam.
Łukasz"""),
("pl", "b31-okna-zaliczka-prezes", "Tadeusz Olszewski <tadeusz.olszewski@example.pl>", "Zaliczka 4 000 zł - okna", "billing", "high",
"""Szanowni Państwo,

15 stycznia wpłaciłem 4 000 zł zaliczki na okna do domu w Łomiankach,
termin montażu w umowie: do 31 marca. Mamy połowę maja. Dzwoniłem
kilkanaście razy, za każdym razem słyszę "w przyszłym tygodniu".
Ekipa murarska czeka, bo nie mogą skończyć bez okien.

Żądam rozmowy z kierownikiem albo z właścicielem firmy w tym tygodniu.
Jeśli nie będzie konkretnego terminu, odstępuję od umowy i proszę o
zwrot całej zaliczki.

Tadeusz Olszewski
tel. 600 000 712"""),
("pl", "b31-slusarz-zawyzona-kwota-rzecznik", "Patrycja Kubiak <patrycja.kubiak@example.pl>", "Rachunek za otwarcie drzwi", "billing", "high",
"""Dzien dobry,

w sobote wieczorem zatrzasnelam drzwi i zadzwonilam do Panstwa. Przez
telefon uslyszalam, ze otwarcie to 150 zl. Slusarz otworzyl w kilka
minut, a potem powiedzial, ze "po 20 jest taryfa nocna" i wzial 650 zl
kartą. Nikt mnie o tym nie uprzedzil.

Prosze o zwrot 500 zl. Jesli nie dostane odpowiedzi w ciagu 14 dni,
zglaszam sprawe do miejskiego rzecznika konsumentow i do UOKiK.

Patrycja Kubiak"""),
("pl", "b31-zalanie-odszkodowanie-rzecznik-finansowy", "Marek Ostrowski <marek.ostrowski@example.pl>", "Szkoda nr PL/2025/031884 - odwołanie", "billing", "high",
"""Szanowni Państwo,

odwołuję się od decyzji w sprawie szkody PL/2025/031884. W lutym
sąsiad z góry zalał nam łazienkę i przedpokój. Kosztorys wykonawcy
opiewa na 14 300 zł, a Państwo przyznali 3 860 zł, wyceniając płytki
po cenach sprzed dziesięciu lat i pomijając wymianę zniszczonych drzwi.

Proszę o ponowne rozpatrzenie sprawy w ciągu 30 dni. W przeciwnym razie
złożę wniosek do Rzecznika Finansowego i rozważę skierowanie sprawy do
sądu.

Marek Ostrowski"""),
("pl", "b31-pralnia-abonament-po-rezygnacji-chargeback", "Natalia Górecka <natalia.gorecka@example.pl>", "WCIĄŻ POBIERACIE", "billing", "high",
"""Zrezygnowałam z abonamentu na odbiór prania (99 zł/mies.) w lutym, mam
maila z potwierdzeniem z 20.02. Mimo to w marcu i w kwietniu znowu
pobraliście po 99 zł z karty. Pisałam już dwa razy, zero odpowiedzi.

Jeśli do piątku nie będzie zwrotu 198 zł, składam w banku reklamację
transakcji (chargeback) i niech bank to z Wami wyjaśnia.

Natalia Górecka"""),
("pl", "b31-klawiatura-alarmu-awaria-zasilania", "Piotr Jasiński <piotr.jasinski@example.pl>", "Alarm", "technical", "",
"""Dzień dobry,

od wczoraj klawiatura alarmu w przedpokoju piszczy co kilka minut i
wyświetla "Awaria zasilania AC", mimo że prąd w domu jest, wszystko inne
działa. Bezpiecznik od alarmu w skrzynce jest włączony. Da się to jakoś
wyciszyć albo sprawdzić zdalnie, czy musi przyjechać serwisant?

Piotr Jasiński, Kraków"""),
("pl", "b31-falownik-napiecie-sieci-poludnie", "Zbigniew Krol <zbigniew.krol@example.pl>", "falownik sie wylacza", "technical", "",
"""Dzien dobry,

od kilku slonecznych dni falownik wylacza sie miedzy 11 a 14 i na
wyswietlaczu jest blad "Napiecie sieci za wysokie". Po pol godzinie sam
startuje i za chwile znowu to samo. Rano i po poludniu pracuje
normalnie. Instalacja 9,6 kW, montaz we wrzesniu. Sasiad ma to samo,
ale ma instalacje od innej firmy.

Zbigniew Krol, Zabki"""),
("pl", "b31-pompa-ciepla-taktuje", "Anna Sadowska <anna.sadowska@example.pl>", "Pompa włącza się i wyłącza", "technical", "",
"""Dzień dobry,

od tygodnia nasza pompa ciepła co kilka minut się włącza i wyłącza,
słychać to wyraźnie przy jednostce zewnętrznej. W domu jest ciepło, ale
licznik pokazuje prawie dwa razy więcej prądu niż w zeszłym miesiącu.
Nie chodzi mi o żadne odszkodowanie ani zwrot, chcę po prostu, żeby
ktoś to ustawił jak należy.

Anna Sadowska, Legionowo"""),
("pl", "b31-drzwi-balkonowe-nie-domykaja", "Jerzy Czarnecki <jerzy.czarnecki@example.pl>", "Drzwi balkonowe", "technical", "",
"""Szanowni Państwo,

drzwi balkonowe zamontowane w październiku przestały się domykać.
Klamkę da się przekręcić do końca tylko mocno dociskając skrzydło
kolanem, a i tak od dołu ciągnie zimnem. Okna w pokojach są w
porządku. Proszę o przysłanie serwisanta w ramach gwarancji.

Z poważaniem
Jerzy Czarnecki
ul. Lipowa 3/12, Lublin"""),
("pl", "b31-kuchnia-przeciek-pod-zlewem", "Dorota Michalak <dorota.michalak@example.pl>", "Szafka pod zlewem", "technical", "",
"""Dzień dobry, od montażu kuchni minęły dwa tygodnie i dziś zauważyłam,
że dno szafki pod zlewem jest mokre i spuchnięte. Kapie z połączenia
syfonu ze zmywarką, dopiero jak zmywarka wypompowuje wodę. Podstawiłam
miskę. Czy monter może przyjechać to poprawić?
Dorota"""),
("pl", "b31-zetony-w-aplikacji-nie-dzialaja", "Rafal Wisniewski <rafal.wisniewski@example.pl>", "Zamowienie 2231", "technical", "",
"""Witam,
kupilem w aplikacji 50 zl zetonow na myjnie (zamowienie 2231), saldo
sie zgadza, ale na stanowisku przy Obwodowej po zeskanowaniu kodu
terminal pokazuje "brak polaczenia" i nic sie nie dzieje. Probowalem na
dwoch stanowiskach. Na gotowke dziala.
Rafal"""),
("pl", "b31-odp-panele-dalej-skrzypia", "Michał Kowalewski <michal.kowalewski@example.pl>", "Odp: Zgłoszenie serwisowe 1184 - panele", "technical", "",
"""Dzień dobry,

serwisant był w czwartek, podciął listwy przy ścianie, ale panele w
salonie dalej skrzypią przy każdym kroku, a przy balkonie jedna deska
się ugina. Rozumiem, że trzeba będzie rozebrać kawałek podłogi. Kiedy
mogą Państwo przyjechać ponownie?

Michał Kowalewski

W dniu 28.03.2025 o 09:12, Serwis <serwis@example-podlogi.pl> pisze:
> Dzień dobry,
>
> potwierdzamy wizytę serwisanta w czwartek 3 kwietnia w godz. 8-12 w
> sprawie skrzypiących paneli w salonie.
>
> Pozdrawiamy
> Dział Serwisu"""),
("pl", "b31-drzwi-zewnetrzne-zamek-zacina", "Elżbieta Kowal <elzbieta.kowal@example.pl>", "Zamek", "technical", "",
"""Dzień dobry,

w drzwiach wejściowych, które Państwo montowali w zeszłym roku, zamek
zaczął się zacinać. Klucz wchodzi, ale przekręca się na drugi obrót
tylko po kilku próbach, a wczoraj wieczorem przez kwadrans nie mogłam
zamknąć domu. Smarowałam, nic nie pomogło.

Elżbieta Kowal"""),
("pl", "b31-aplikacja-ubezpieczyciela-brak-sms", "Bartosz Lis <bartosz.lis@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie mogę się zalogować do aplikacji, żeby zgłosić szkodę
po gradobiciu - po wpisaniu hasła czekam na kod SMS i nic nie
przychodzi. Numer telefonu się zgadza, SMS-y od banku dochodzą bez
problemu. Próbowałem kilka razy dziennie od wtorku. Jak inaczej mogę
zgłosić szkodę?
Bartosz Lis"""),
("pl", "b31-fotowoltaika-iskry-przy-zlaczce", "Stanisław Nowak <stanislaw.nowak@example.pl>", "Instalacja na dachu", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem sąsiad zwrócił mi uwagę, że przy dolnym rzędzie
paneli na moim dachu coś iskrzy. Rzeczywiście, przy jednej złączce pod
panelem co jakiś czas widać małe iskry, a przy garażu czuć spaleniznę.
Wyłączyłem falownik i rozłącznik DC w skrzynce, tak jak pokazywał
monter. Na dach sam nie wchodzę.

Proszę o kontakt, jak ktoś będzie mógł przyjechać.

Stanisław Nowak, Mińsk Mazowiecki"""),
("pl", "b31-pompa-babcia-85-bez-ogrzewania", "Joanna Lewandowska <joanna.lewandowska@example.pl>", "Babcia bez ogrzewania", "technical", "high",
"""Dzień dobry,

u mojej babci (85 lat, mieszka sama pod Suwałkami) od wczoraj wieczorem
nie działa pompa ciepła, którą Państwo montowali w listopadzie. Sterownik
pokazuje błąd E107, kaloryfery są zimne. W nocy było -12, rano w domu
13 stopni. Babcia ma problemy z krążeniem. Sąsiad przyniósł jej
farelkę, ale to na krótko.

Bardzo proszę o przyjazd serwisu dzisiaj. Adres: Nowa Wieś 14,
16-400 Suwałki. Mój telefon: 600 000 318.

Joanna Lewandowska (wnuczka)"""),
("pl", "b31-przedszkole-alarm-nie-da-sie-rozbroic", "Przedszkole Słoneczko <dyrektor@sloneczko.example>", "PILNE - alarm", "technical", "high",
"""Dzień dobry,

od 6:15 nie możemy rozbroić alarmu w przedszkolu przy ul. Wiosennej -
żaden kod nie działa, syrena wyje, a drzwi wejściowe są zablokowane
elektrozaczepem. Rodzice przyprowadzają dzieci od 6:30 i stoją z nimi
na chodniku, część musiała zawrócić i nie dojedzie do pracy. W środku
jest kuchnia z obiadem dla 120 dzieci.

Proszę o pilny kontakt: 600 000 455.
Iwona Pietrzyk, dyrektor"""),
("pl", "b31-blat-peka-trzeci-raz-przelozony", "Sebastian Dudek <sebastian.dudek@example.pl>", "Reklamacja blatu - trzeci raz", "technical", "high",
"""Dzień dobry,

to już trzeci blat w mojej kuchni, który pęka w tym samym miejscu - przy
wycięciu pod płytę indukcyjną. Pierwszy pękł po miesiącu, drugi po
sześciu tygodniach, trzeci (zamontowany w marcu) właśnie zaczyna.
Za każdym razem montażysta mówi "wada materiału" i zamawia taki sam.

Nie zgadzam się na czwarty taki sam blat. Proszę, żeby sprawę przejął
przełożony działu reklamacji albo kierownik montażu i zadzwonił do mnie
z konkretnym rozwiązaniem.

Sebastian Dudek
tel. 600 000 902"""),
("pl", "b31-podziekowanie-ekipa-podlogi", "Halina i Roman Wójcik <wojcikowie@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chcieliśmy serdecznie podziękować panom Adamowi i Kubie, którzy w
zeszłym tygodniu układali u nas deski w całym mieszkaniu. Praca
skończona dzień przed czasem, wszystko posprzątane, meble poprzenoszone
z powrotem na miejsce. A naszego kota, który chciał im pomagać, cierpliwie
wynosili do sypialni. Polecamy wszystkim znajomym.

Halina i Roman Wójcik"""),
("pl", "b31-myjnia-wielka-sobota", "Marta Kalinowska <marta.kalinowska@example.pl>", "Święta", "general", "",
"""Dzień dobry, czy myjnia przy Grunwaldzkiej będzie czynna w Wielką
Sobotę i w Poniedziałek Wielkanocny? Jeśli tak, to w jakich godzinach?
Dziękuję"""),
("pl", "b31-pendrive-w-kieszeni-marynarki", "Tomasz Zawadzki <tomasz.zawadzki@example.pl>", "Marynarka - kwit 30418", "general", "",
"""Dzień dobry,

w piątek oddałem do czyszczenia szarą marynarkę w punkcie w Galerii
Mokotów (kwit 30418). W wewnętrznej kieszeni chyba został czarny
pendrive - mam na nim jedyną kopię rozdziału pracy magisterskiej, nie
pytajcie. Czy mogliby Państwo sprawdzić, zanim marynarka pójdzie do
prania, albo czy ktoś go nie znalazł?

Tomasz Zawadzki
tel. 600 000 233"""),
("pl", "b31-zmiana-nazwiska-po-slubie", "Karolina Wrzesińska <karolina.wrzesinska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowicka na Wrzesińska. Proszę o
zaktualizowanie danych w mojej umowie na serwis pompy ciepła (nr
SP-2211) i na koncie klienta. Nowy adres e-mail:
karolina.wrzesinska@example.pl, telefon bez zmian. Czy potrzebują
Państwo skanu aktu małżeństwa?

Pozdrawiam
Karolina Wrzesińska"""),
("pl", "b31-rodo-usuniecie-nagran", "Adam Grabowski <adam.grabowski@example.pl>", "RODO", "general", "",
"""Dzien dobry,

na podstawie art. 17 RODO prosze o usuniecie wszystkich moich danych
osobowych, w tym nagran rozmow z infolinia, ktore Panstwo przechowuja w
zwiazku z zapytaniem o ocieplenie i okna z 2023 r. Umowy nie
podpisalem. Prosze o pisemne potwierdzenie wykonania.

Adam Grabowski"""),
("pl", "b31-technik-deratyzacji-pety-klatka", "Renata Krawczyk <renata.krawczyk@example.pl>", "Wizyta technika 8.04", "general", "",
"""Dzień dobry,

jestem mieszkanką bloku przy Słowiczej 5. W zeszły wtorek był u nas
Państwa technik od deratyzacji piwnic. Palił papierosy na klatce,
zostawił pety na schodach, a na uwagę sąsiadki odpowiedział
przekleństwem. Samej deratyzacji nie oceniam, bo się na tym nie znam.
Piszę, żeby Państwo wiedzieli, jak to wygląda.

Renata Krawczyk"""),
("pl", "b31-festyn-dzien-dziecka-sponsoring", "Rada Rodziców SP 12 <radarodzicow.sp12@example.pl>", "Festyn na Dzień Dziecka", "general", "",
"""Szanowni Państwo,

Rada Rodziców przy Szkole Podstawowej nr 12 w Opolu organizuje 1
czerwca festyn rodzinny. Szukamy lokalnych firm, które zechciałyby
ufundować nagrody do loterii lub postawić stoisko. Wiemy, że wielu
rodziców korzysta z Państwa myjni przy Ozimskiej - może byłyby to
vouchery na mycie? W zamian logo na plakatach i podziękowanie ze sceny.

Z wyrazami szacunku
Magdalena Kurek, przewodnicząca Rady Rodziców"""),
("pl", "b31-pranie-zostawic-u-sasiadki", "Jolanta Mróz <jolanta.mroz@example.pl>", "Jutrzejsza dostawa", "general", "",
"""Dzień dobry, jutro mam dostawę prania (odbiór był w poniedziałek), a
będę w pracy do 18. Proszę zostawić worek u sąsiadki spod 4, pani
Stasi, ona jest cały dzień w domu. Domofon 4, nie mój 6.
Dziękuję, Jola"""),
("pl", "b31-pluskwy-jak-przygotowac-mieszkanie", "Mateusz Sikorski <mateusz.sikorski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,

mamy umówioną dezynsekcję przeciw pluskwom na środę. Jak przygotować
mieszkanie? Czy trzeba wyprać wszystkie ubrania i pościel, wynieść coś
z szaf, odsunąć łóżka od ścian? I na ile godzin musimy wyjść z psem?

Dzięki
Mateusz"""),
("pl", "b31-praca-monter-okien", "Dawid Szymanski <dawid.szymanski@example.pl>", "Praca", "general", "",
"""Dzien dobry,

widzialem ogloszenie, ze szukacie montazysty okien i drzwi w okolicy
Rzeszowa. Mam 6 lat doswiadczenia przy montazu stolarki PCV i alu,
prawo jazdy kat. B, moge zaczac od czerwca. CV w zalaczniku. Czy
ogloszenie jest jeszcze aktualne?

Pozdrawiam
Dawid Szymanski"""),
("pl", "b31-pochwala-kierownik-zmiany-wulkanizacja", "Leszek Borkowski <leszek.borkowski@example.pl>", "Dobra obsługa", "general", "",
"""Dzień dobry,

chciałem pochwalić pana Marka, kierownika zmiany w serwisie opon na
Białołęce. Przyjechałem bez umówienia z rozciętą oponą w przyczepie z
koniem w środku, a on przesunął kolejkę, sam założył zapas i jeszcze
doradził, gdzie kupić taką samą oponę taniej. Takich ludzi trzeba
szanować.

Leszek Borkowski"""),
("pl", "b31-otwarta-studzienka-parking-myjni", "Krzysztof Majewski <krzysztof.majewski@example.pl>", "Parking przy myjni", "general", "high",
"""Dzień dobry,

na parkingu przy Państwa myjni na Zawadzkiego, tuż przy odkurzaczach,
od co najmniej dwóch dni leży odsunięta pokrywa studzienki - otwór jest
duży, a wieczorem w ogóle go nie widać. Dzisiaj starsza pani omal do
niego nie wpadła, wysiadając z auta. Postawiłem obok pachołek, który
stał przy wjeździe, ale to prowizorka.

Krzysztof Majewski"""),
("pl", "b31-monter-drzwi-obrazal-kierownik", "Wiesław Pawlak <wieslaw.pawlak@example.pl>", "Zachowanie montera", "general", "high",
"""Szanowni Państwo,

we wtorek Państwa monter przyjechał wymienić drzwi wejściowe. Kiedy
żona zapytała, czy może nie zostawiać gruzu na trawniku, zaczął ją
wyzywać, a do mnie powiedział, żebym się "nie wtrącał, dziadku". Drzwi
wstawił, ale po czymś takim nie chcę go więcej widzieć w moim domu.

Żądam rozmowy z kierownikiem albo właścicielem firmy. Proszę o telefon
pod numer 600 000 540.

Wiesław Pawlak"""),
]
