# batch141.py -- labelled test mails held out of the tree until the rules it
# measures are final.  Nothing is to be tuned or trained on them.  Travel,
# third round: hostels, travel visa agencies, campervan hire, rail passes,
# guided walking holidays, airport hotels and lost luggage services, plus a
# few others.  40 mails each in English, Greek (a third in Greeklish),
# Spanish (Spain and Latin America) and Polish, written separately for each
# language.  The failure classes in new situations -- escalation demands
# that keep their topic, legal threats and chargebacks, negations, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in other words, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.
# Tuple: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b141-en-hostel-card-hold-after-checkout", "Rory Galbraith <rory.galbraith@example.co.uk>", "Card hold", "billing", "",
"""Hi there,

I checked out of your Grassmarket hostel on Sunday morning and the
£50 key deposit you took on my card at check-in is still showing as
pending on my banking app. I handed the key card back at the desk and
the lad said it would drop off straight away. It's now Thursday.

Can you release it please? Booking ref EDN-77314.

Cheers,
Rory"""),
("en", "b141-en-visa-refused-service-fee", "Karthik Raghunathan <karthik.r@example.in>", "UK visitor visa - refused - fee query", "billing", "",
"""Dear Sir/Madam,

I had availed your premium visa assistance package (Rs. 8,500) for my
UK visitor visa application in March. Unfortunately the application has
been refused by the embassy.

Kindly clarify whether the service charge is refundable in part or
full, or whether it can be adjusted against a fresh application which
I am planning to file next month with the additional bank statements.

Application ref: VSA/BLR/20931

Thanks and regards,
Karthik Raghunathan
Bengaluru"""),
("en", "b141-en-campervan-bond-chargeback", "Shannon Pereira <shannon.pereira@example.com.au>", "Bond - rego 1XQ 4RT", "billing", "high",
"""Hi,

We returned the Hitop camper to your Cairns depot on 12 May. Your staff
have now kept $1,500 of our bond for a "scratch on the rear bumper".
That scratch was there when we picked the van up - it's in the photos
we took in your car park at pick-up (attached again, third time I've
sent them) and your own checkout sheet has a little X drawn on the
bumper.

I've been going back and forth with your depot for two weeks. If the
bond isn't back on my card by the end of next week I'll be lodging a
chargeback with my bank and sending them the photos and the sheet.

Shannon Pereira
0412 000 318"""),
("en", "b141-en-railcard-late-husband", "Margaret Ellery <m.ellery@example.co.uk>", "Mr Ellery's pass", "billing", "",
"""Dear Sir or Madam,

My husband Geoffrey had one of your annual rail passes for over sixties,
which renews itself every October from our joint account. Geoffrey died
in the summer, so he will not be travelling any more and I would be
grateful if you could see that nothing further is taken.

I do not know his account password, I am afraid. His pass number was on
the card, it is RP 604 1187.

Yours faithfully,
Margaret Ellery (Mrs)"""),
("en", "b141-en-walking-balance-split", "Dana Whitfield <dana.whitfield@example.com>", "Cotswolds Way trip in September", "billing", "",
"""Hi folks,

My sister and I are booked on the 7-night guided Cotswold Way walk
starting Sept 8 (booking CW-2291). We paid the $600 deposit back in
January and the balance of $2,380 is due in a few weeks.

Is it possible to split the balance into two or three payments instead
of one? And can my sister pay her half on her own card? We're both in
Ohio so it'd be a US card if that matters.

Thanks so much!
Dana"""),
("en", "b141-en-airport-hotel-double-charge", "Niamh Brennan <niamh.brennan@example.ie>", "Re: Your booking confirmation - Dublin Airport", "billing", "",
"""Hi,

I've been charged twice for this - €129 on the 3rd and again €129 on the
4th, both showing as your hotel name on my Revolut. Only stayed the one
night. Can you refund the second one please?

Niamh

-----Original Message-----
From: Reservations <reservations@runwayhotel.example>
Sent: 28 February 09:12
Subject: Your booking confirmation - Dublin Airport

Dear Ms Brennan,
Thank you for booking with us. Your reservation is confirmed:
Arrival: 3 March   Nights: 1   Room: Standard Double
Total: EUR 129.00 (paid)
We look forward to welcoming you."""),
("en", "b141-en-bag-courier-fee-manager", "Graham Pike <graham.pike@example.co.uk>", "Courier fee for MY lost bag", "billing", "high",
"""Your company delivered my suitcase on Tuesday after the airline lost it
on the way back from Malaga. Fine. But the driver wouldn't hand it over
until I paid £45 "delivery fee" by card on his machine. The airline
told me in writing that the delivery was arranged and paid for by them,
and your own text message said "no charge to passenger".

I've called your line twice and been told there's nothing the agents
can do. I want this passed to a manager, someone who can actually
refund it, and I want a call back, not another template email.

File ref AGP-LGW-55102
Graham Pike"""),
("en", "b141-en-hostel-membership-going-home", "Tama Hēnare <tama.henare@example.co.nz>", "membership", "billing", "",
"""kia ora, I'm heading home to Auckland for good next month after two
years working in the UK, so no point keeping the hostel membership
ticking over - it renews every year on my card in August. can you make
sure it doesn't go through this time. member no 30018821. cheers, Tama"""),
("en", "b141-en-school-group-invoice", "Mrs H. Okafor <h.okafor@stmarysacademy.example>", "Question", "billing", "",
"""Good afternoon,

We have 28 Year 9 pupils and 3 staff booked at your York hostel from 14
to 16 June (group booking GRP-1180). Our finance office needs a proper
VAT invoice made out to St Mary's Academy rather than the booking
confirmation, showing the per-person rate and the breakfast supplement
separately.

Could one be sent to accounts@stmarysacademy.example? We also need to
know whether you accept payment by BACS against the invoice.

Kind regards,
Helen Okafor
Trips Coordinator"""),
("en", "b141-en-railpass-illness-ombudsman", "Priyanka Shah <priyanka.shah@example.co.uk>", "Unused 15-day pass - complaint", "billing", "high",
"""To whom it may concern,

I bought a 15-day Continental rail pass from you in February for £389.
Two days before departure I was admitted to hospital and I could not
travel. The pass was never activated - you can see this on your own
system. I have sent you the discharge letter.

Your reply says unused passes are "non-refundable after 14 days from
purchase". Nothing on the checkout page said this, and the pass has
never been used. I am asking for the full refund once more. If I do not
hear back within 14 days with a proper answer I will take this to the
rail ombudsman and to Trading Standards.

Priyanka Shah
Order RP-UK-0048812"""),
("en", "b141-en-campervan-returning-discount", "Bill Tregenza <bill.tregenza@example.com.au>", "Repeat customer", "billing", "",
"""G'day, we hired one of your 4-berths out of Hobart two summers running.
Looking at the same again for January - do you do any kind of discount
for repeat hirers? Prices this year are a bit eye-watering. Bill"""),
("en", "b141-en-walking-club-dog-gone", "Sue Hartnell <sue.hartnell@example.co.uk>", "Waggy Walks membership", "billing", "",
"""Hello,

Our old spaniel Bramble had to be put to sleep last week, so we won't be
coming on any of the dog-friendly group walks for a while. Could you put
our Waggy Walks membership on hold rather than cancel it? We'll probably
get another dog next spring and would like to keep our member rate.
At the moment it comes out at £8.50 a month.

Thanks,
Sue and Pete Hartnell"""),
("en", "b141-en-visa-urgent-receipt", "Aditya Menon <aditya.menon@example.com>", "URGENT!!! receipt needed", "billing", "",
"""Hi, URGENT - my company finance team needs the receipt for the Schengen
visa service fee (paid USD 185 on 2 April, application SCH-NY-7731) by
tomorrow or they won't reimburse me this month. The confirmation email
doesn't show the amount paid. Can you send a proper receipt asap?
Aditya"""),
("en", "b141-en-stay-park-price-jumped", "Lee Cartwright <lee.cartwright@example.co.uk>", "Stay and park price", "billing", "",
"""Hiya, your Stay, Park & Fly deal for Manchester showed £94 for one
night plus 8 days parking. Got to the payment page and it was £131. I
didn't add anything. Absolute daylight robbery if that's the real price,
but I'm guessing it's a glitch in the basket? Which one is right and can
I get the £94 rate? Lee"""),
# technical
("en", "b141-en-campervan-gas-smell-hob", "Fiona Lennox <fiona.lennox@example.co.uk>", "Van 14 - smell near the cooker", "technical", "high",
"""Hello,

We're two days into our hire (the Highland tourer, van 14, booking
CMP-4410) and parked up at a site near Ullapool. Since this afternoon
there's been a smell of gas around the hob even though all the rings
are off. We've turned the bottle off at the valve, opened the windows
and we're not using the cooker or the heater.

Could someone let us know what to do next - whether somebody can come
and look at it or whether we should bring it somewhere? We're fine for
tonight, we'll eat at the pub.

Fiona and Alasdair"""),
("en", "b141-en-railpass-app-wont-activate", "Conor Doyle <conor.doyle@example.ie>", "Pass won't activate", "technical", "",
"""Hi, this isn't about a refund or anything, the pass is grand, it's the
app. Added my mobile pass to the Rail Planner app, hit "activate" and
it just spins and then says "something went wrong, try again later".
Tried on wifi and data, logged out and in. Travelling Paris - Lyon on
Friday so I need it working by then.

Pass no. starts 4471. iPhone 13, app up to date.
Conor"""),
("en", "b141-en-hostel-reservations-screen-empty", "Reception <frontdesk@harbourbackpackers.example>", "arrivals", "technical", "high",
"""Hello,

Since about 7 this morning our reservations screen shows no arrivals at
all for today or tomorrow, and the guest list for tonight is blank. We
have 34 beds booked tonight. There's a queue of backpackers at the desk
with confirmation emails on their phones and we can't see who has paid,
who has what bed, or print the door codes. We're writing names on paper
for now.

Please call the desk on 02 9000 4417 as soon as you see this.

Jess
Harbour Backpackers, Sydney"""),
("en", "b141-en-visa-portal-pdf-rejected", "Olumide Adeyemi <olumide.adeyemi@example.com>", "Document upload", "technical", "",
"""Good day,

I am trying to upload my passport bio page and bank statements to the
application portal for my Canada visitor visa file. Each time I choose
the PDF it says "unsupported file type". The files are ordinary PDFs
under 1MB, saved straight from my scanner. I have tried Chrome and Edge
on Windows 10.

File number CA-LOS-10382.

Regards,
Olumide Adeyemi"""),
("en", "b141-en-campervan-leisure-battery-swelling", "Mick Dunleavy <mick.dunleavy@example.com.au>", "Battery under the seat", "technical", "high",
"""Hi, just a heads up and a question. The leisure battery under the back
seat of our van (rego BX 72 QL, picked up in Perth Monday) was warm
last night, and this morning it's properly hot to touch, the case looks
bulged and it's making a faint hissing noise. We've switched the
isolator off and moved the kids out of the van - we're at the caravan
park in Kalbarri. What do you want us to do with it?

Mick"""),
("en", "b141-en-airport-hotel-wifi-loop", "James Okonkwo <james.okonkwo@example.com>", "Wifi", "technical", "",
"""Staying in room 412 tonight. Your guest wifi login page keeps looping -
I enter the surname and room number, it says "connected", then sends me
back to the login page. Happened on laptop and phone. I have a call at 7
tomorrow morning so would be good to get sorted."""),
("en", "b141-en-bag-tag-location-unknown", "Ruth Mayhew <ruth.mayhew@example.com>", "Tag not showing location", "technical", "",
"""Hi

I bought two of your luggage tracker tags last month for our trip to
Portugal. Paired them both with the app as in the instructions. One
works fine and shows on the map, the other has said "location unknown"
since the day I paired it. Both are sitting in the hallway next to each
other. I've taken the battery out and back in.

Any ideas?
Ruth"""),
("en", "b141-en-walking-app-offline-maps", "Hamish Sutherland <hamish.s@example.co.uk>", "Offline maps", "technical", "",
"""Morning,

Your route app won't download the offline maps for our self-guided
Coast to Coast trip. It gets to about 60% and then says "download
failed". I've plenty of space on the phone. We start at St Bees on
Saturday and there's no signal on half the route, so we really need
these.

Android, Samsung A52.
Hamish"""),
("en", "b141-en-hello-reset-link-expired", "Pauline Kerrigan <pauline.kerrigan@example.ie>", "Hello", "technical", "",
"""Hello,

I'm trying to get into my account to see my booking for the walking
holiday in Kerry. It wouldn't take my password so I pressed forgot
password. The email comes but when I click the link it says the link
has expired, even if I click it straight away. I've done it 4 times.

Pauline Kerrigan"""),
("en", "b141-en-campervan-door-lock-jammed", "Tom Ashby <tom.ashby@example.co.uk>", "Side door", "technical", "",
"""Hi, the sliding side door lock on our van has jammed - key turns but the
door stays unlocked. We can still drive it and lock the cab, but we
can't lock the back where all our stuff is. Any garage you work with
near Keswick we could take it to? Booking CMP-3982. Tom"""),
("en", "b141-en-tour-operator-passes-not-issuing", "Ops Desk <ops@wanderlusttours.example.in>", "Reseller portal", "technical", "high",
"""Dear Team,

Since yesterday evening IST the reseller portal is failing at the last
step of every pass issue - it takes the details, then shows "Error 502"
and no pass PDF is produced. We have tried from three machines and two
different logins.

We have a group of 40 travellers leaving Mumbai for Zurich tomorrow
night and none of them has a pass yet. Our counter staff have stopped
all other bookings and clients are calling us continuously.

Please treat this with priority and call +91 22 0000 5521.

Regards,
Rohit Kulkarni
Operations, Wanderlust Tours"""),
("en", "b141-en-self-checkin-kiosk-passport", "Mei Lin Tan <meilin.tan@example.com>", "Self check-in kiosk", "technical", "",
"""Hi, just a note that the self check-in kiosk in your lobby at Heathrow
wouldn't read my passport at all last night (tried 6 or 7 times, both
kiosks). Got checked in at the desk in the end after a wait, so no
harm done, but thought you should know the scanners might be playing up."""),
("en", "b141-en-hostel-locker-keypad", "Lukas Brenner <lukas.brenner@example.de>", "Locker 22", "technical", "",
"""Hello, I'm in dorm 6 at your Camden hostel. My locker (no. 22) keypad
won't accept the code I set anymore, just beeps twice and flashes red.
Only clothes and my phone charger in there. Reception says the person
with the master code is only in at 10. I'm not asking for compensation
or anything, just wondering if the lock needs a new battery or if I'm
doing something wrong when I set it. I'm here till Sunday.
Lukas"""),
# general
("en", "b141-en-hostel-late-arrival", "Chloe Fenwick <chloe.fenwick@example.com>", "Arriving late", "general", "",
"""Hey! My flight lands in Lisbon at 23:40 so I probably won't get to the
hostel until 1am. Is reception open through the night or is there a
key box or something? Booking LIS-60021. Thanks!"""),
("en", "b141-en-walking-praise-fergus", "Eileen Matheson <eileen.matheson@example.co.uk>", "West Highland Way - thank you", "general", "",
"""Dear all,

I just wanted to write and say how very much I enjoyed the West Highland
Way trip last month. At 71 I was the oldest of the group by some way and
I was nervous about keeping up, but our guide Fergus was patience
itself. He walked at the back with me on the Devil's Staircase, knew
every bird and every bit of history, and made sure my bags were in my
room each evening.

The lodges were lovely too. Please pass on my thanks to him. I shall be
booking the Great Glen next year.

With best wishes,
Eileen Matheson"""),
("en", "b141-en-kindle-left-dorm", "Josh Whitaker <josh.whitaker@example.com>", "Left my Kindle", "general", "",
"""Hi, I stayed in dorm 4 (bottom bunk by the window) on the 9th and 10th
and I think I left my Kindle under the pillow. Black, in a green fabric
cover with a sticker of a fox on it. Has anyone handed it in? Happy to
pay postage to get it back to Leeds. Josh"""),
("en", "b141-en-schengen-how-long", "Ananya Iyer <ananya.iyer@example.in>", "Question", "general", "",
"""Hello,

How many days does a Schengen tourist visa normally take through your
agency for Indian passport holders applying in Chennai? I am planning
to travel to France and Italy in the third week of July and want to know
how early I should book the appointment.

Also is it required to submit the original passport or only copies?

Regards,
Ananya"""),
("en", "b141-en-hostel-stair-handrail", "Declan Murphy <declan.murphy@example.ie>", "Stairs to the 3rd floor", "general", "high",
"""Hi,

Staying at your Temple Bar hostel at the moment. Just to let you know the
handrail on the stairs between the 2nd and 3rd floor has come away from
the wall - it swings out if you put any weight on it. I grabbed it
coming down last night and nearly went down the stairs. The lights on
that landing are also out so you can't see the step edges.

I told the night desk but there's nothing up yet to stop people using
it, and there's a lot of lads coming back late who've had a few.

Declan (room 31)"""),
("en", "b141-en-night-receptionist-supervisor", "Karen Whitlock <karen.whitlock@example.com>", "Treatment at your front desk", "general", "high",
"""I arrived at your Newark airport hotel at 1:15am on Saturday after a
cancelled connection, with my two kids, both exhausted. The night
receptionist didn't look up from his phone for several minutes, then
told me "not my problem" when I asked if the shuttle still ran, and
laughed when my daughter started crying.

I'm not looking for money. I want to speak to a supervisor or the
general manager about how that employee behaves with guests. Please
have someone senior call me at 973-555-0148.

Karen Whitlock"""),
("en", "b141-en-campervan-new-licence-address", "Ben Hollis <ben.hollis@example.co.uk>", "Update my details", "general", "",
"""Hi, we've moved house since I booked the campervan for August and I've
had a new driving licence issued with the new address. Can you update my
details on the booking (CMP-5120)? New address is 22 Ferndale Road,
Bristol BS7 8QT, new licence number ends in 9MZ. Phone is the same."""),
("en", "b141-en-re-bag-located-neighbour", "Samira Haddad <samira.haddad@example.co.uk>", "Re: Good news - your bag has been located", "general", "",
"""Great, thank you! I'm at work tomorrow from 8 till 6 - could the driver
leave it with my neighbour at number 14 (Mr Patel) if I'm not in? He's
retired and always home. Please don't leave it on the doorstep.

Samira

On 14 Oct 2024, at 16:02, Baggage Services <noreply@bagreturn.example> wrote:
> Dear Samira,
> Your bag (tag BA 482211) has been located at London Heathrow and
> will be delivered to your address tomorrow between 09:00 and 18:00.
> Reply to this email if you have any delivery instructions.
> Baggage Services"""),
("en", "b141-en-visa-agency-data-request", "Tomasz Nowicki <tomasz.nowicki@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the scans of my passport and the bank statements I
uploaded for my 2022 US visa application through your agency, and
details of who you shared them with. Once supplied, I would like the
copies of the bank statements deleted.

Name: Tomasz Nowicki, DOB 03/05/1988
Application ref: USV-LDN-3321

Yours sincerely,
Tomasz Nowicki"""),
("en", "b141-en-charity-trek-sponsorship", "Rachel Gibbs <rachel.gibbs@hopewellhospice.example>", "Jurassic Coast walk for Hopewell Hospice", "general", "",
"""Hello,

I'm the fundraising officer at Hopewell Hospice in Swindon. In March a
team of 12 of our supporters is walking the Jurassic Coast over five
days to raise money for the hospice's new day unit.

Would your company consider supporting us in any way - a raffle prize, a
mention on your social media, or some advice on the route? We'd be
delighted to put your logo on our T-shirts.

Best wishes,
Rachel Gibbs"""),
("en", "b141-en-railpass-ferry-covered", "Greg Holloway <greg.holloway@example.com>", "Does the pass cover ferries?", "general", "",
"""Hi - we've got Global passes for June. Does the pass cover the ferry
from Italy to Greece, and can we use it on the Bernina Express or is
that a separate thing? Just trying to plan the route. Thanks, Greg"""),
("en", "b141-en-pool-glass-kids", "Alicia Moretti <alicia.moretti@example.com.au>", "Pool area", "general", "high",
"""Hello,

We're staying at your Sydney Airport hotel tonight. There's broken glass
on the tiles around the kids' splash pool - looks like a bottle got
dropped - and little ones are running around barefoot. We told the pool
attendant an hour ago and he said he'd "get to it" but it's still there.
I've put a towel over the worst of it.

Someone needs to close it off and clean it up properly.

Alicia Moretti, room 208"""),
("en", "b141-en-walking-festival-dates", "Colm Fitzgerald <colm.fitz@example.ie>", "Dingle walking festival", "general", "",
"""Hi there, are you running the guided walks again for the Dingle walking
festival this year? Couldn't see dates on the website yet. Myself and
a few friends are dying to get back, last year was brilliant. Is there a
list of the walks and grades? Colm"""),
# ---------------- Greek ----------------
("el", "b141-el-gl-hostel-diplh-xrewsh", "Stavros Tsakiris <stavros.tsak@example.gr>", "xrewsh 2 fores", "billing", "",
"""Kalhspera sas,
emeina sto hostel sas sth Thessalonikh 2 nyxtes (15-17/5) kai mou xrewsate
th karta 2 fores apo 38 eurw. Th mia thn plhrwsa online otan ekana thn
krathsh, kai sthn reception mou thn ksanaxrewsan. Exw kai ta 2 SMS apo
thn trapeza. Mporeite na mou epistrepsete th mia?
Euxaristw,
Stavros"""),
("el", "b141-el-visa-kina-timologio", "Ελένη Μαυρίδου <e.mavridou@example.gr>", "Τιμολόγιο για βίζα Κίνας", "billing", "",
"""Καλημέρα σας,

Μέσω του γραφείου σας εκδόθηκε τον Απρίλιο επιχειρηματική βίζα Κίνας για
τον συνάδελφό μου κ. Παπαθανασίου (αίτηση CN-ATH-0419). Η αμοιβή των 260 €
πληρώθηκε με την εταιρική κάρτα, αλλά λάβαμε μόνο απόδειξη λιανικής.

Θα μπορούσατε να μας εκδώσετε τιμολόγιο παροχής υπηρεσιών με τα εξής
στοιχεία;
ΑΛΦΑ ΛΟΓΙΣΤΙΚΗ ΙΚΕ, ΑΦΜ 800000000, ΔΟΥ Καλαμαριάς
Μητροπόλεως 12, 546 24 Θεσσαλονίκη

Ευχαριστώ πολύ,
Ελένη Μαυρίδου
Λογιστήριο"""),
("el", "b141-el-trochospito-eggyisi-dikigoros", "Κωνσταντίνος Ραφτόπουλος <k.raftopoulos@example.gr>", "Παρακρατηση εγγυησης 800 ευρω", "billing", "high",
"""Κυριοι,

Επιστρεψαμε το τροχοσπιτο στο Ηρακλειο στις 28/6 χωρις καμια ζημια. Ο
υπαλληλος σας το ελεγξε μπροστα μας και υπεγραψε οτι ολα ειναι ενταξει.
Δεκα μερες μετα μας ενημερωνετε με email οτι κρατατε ολη την εγγυηση
των 800 ευρω για "σκισιμο στην τεντα", χωρις φωτογραφια και χωρις
τιμολογιο επισκευης.

Ζηταω την επιστροφη ολου του ποσου μεσα σε 10 εργασιμες. Αλλιως θα
παραδωσω την υποθεση στον δικηγορο μου και θα κανω καταγγελια στη
Γενικη Γραμματεια Εμποριου και Προστασιας Καταναλωτη.

Κ. Ραφτοπουλος
Κρατηση CRT-2207"""),
("el", "b141-el-gl-interrail-foititiki-timh", "Maria <maria.k2003@example.gr>", "Interrail", "billing", "",
"""Geia sas! 8elw na parw to Interrail 1 mhna gia to kalokairi, eimai 21
xronwn. Yparxei foithtikh timh h mono to Youth? Kai an to plhrwsw
tora alla to energopoihsw ton Iouli isxyei h idia timh? Euxaristw!!
Maria"""),
("el", "b141-el-pezoporia-zagori-doseis", "Δημήτρης Σαμαράς <d.samaras@example.gr>", "Ζαγόρι Οκτώβριο - πληρωμή", "billing", "",
"""Καλησπέρα,

Ενδιαφερόμαστε με τη σύζυγό μου για την 5ήμερη πεζοπορία με ξεναγό στο
Ζαγόρι τον Οκτώβριο (2 άτομα, 690 € το άτομο). Θα θέλαμε να ρωτήσουμε αν
γίνεται η πληρωμή σε άτοκες δόσεις με πιστωτική κάρτα, και πόση είναι η
προκαταβολή για να κλειδώσει η θέση.

Με εκτίμηση,
Δημήτρης Σαμαράς"""),
("el", "b141-el-aerodromio-akyrosi-ypeythynos", "Αγγελική Φωτίου <angeliki.fotiou@example.gr>", "Χρέωση ακύρωσης - ζητώ υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Είχα κράτηση στο ξενοδοχείο σας στο αεροδρόμιο για τις 9/3. Την ακύρωσα
στις 5/3 από τη σελίδα σας, τέσσερις μέρες νωρίτερα, ενώ η δωρεάν ακύρωση
ίσχυε έως 48 ώρες πριν. Έχω το email επιβεβαίωσης της ακύρωσης. Παρ' όλα
αυτά χρεωθήκατε 95 € ως "no show".

Έχω τηλεφωνήσει τρεις φορές στη ρεσεψιόν και κάθε φορά μου λένε ότι "θα
το δει το λογιστήριο". Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής ή
κάποιος υπεύθυνος που μπορεί να εγκρίνει την επιστροφή.

Αγγελική Φωτίου
694 000 1122"""),
("el", "b141-el-syndromi-valitsas-mitera", "Ιωάννα Λαζαρίδου <ioanna.lazaridou@example.gr>", "Συνδρομή της μητέρας μου", "billing", "",
"""Καλημέρα,

Η μητέρα μου, Σοφία Λαζαρίδου, έχει ετήσια συνδρομή στην υπηρεσία σας για
τον εντοπισμό χαμένων αποσκευών (29,90 € τον χρόνο). Μετά την επέμβαση στο
ισχίο δεν πρόκειται να ξαναταξιδέψει με αεροπλάνο, μένει πια μόνιμα στο
χωριό. Δεν χρειάζεται λοιπόν να ανανεωθεί τον Σεπτέμβριο.

Μπορείτε να το κανονίσετε; Το email της είναι sofia.laz@example.gr.

Ευχαριστώ,
Ιωάννα"""),
("el", "b141-el-gl-hostel-karta-melous-stratos", "Nikos Vlachos <nikos.vlachos99@example.gr>", "karta melous", "billing", "",
"""Kalhmera, fevgw fantaros ton Noemvrio gia 9 mhnes opote den 8a taksidepsw
kapoio diasthma :P Mporw na pagwsw thn syndromh ths kartas melous (to 4,99
to mhna) kai na thn ksekinhsw meta xwris na xasw tous pontous? Den 8elw na
thn kleisw teleiws.
Nikos"""),
("el", "b141-el-re-epistrofi-pass-lathos-poso", "Θοδωρής Καραγιάννης <thodoris.karagiannis@example.gr>", "Re: Επιστροφή χρημάτων για το πάσο σας", "billing", "",
"""Καλησπέρα,

Μου επιστρέψατε 180 € ενώ το πάσο 7 ημερών που ακύρωσα κόστιζε 240 € και
δεν είχε ενεργοποιηθεί ποτέ. Οι όροι σας λένε κράτηση 15 €, όχι 60 €.
Μπορείτε να το ελέγξετε;

Θοδωρής

> Αγαπητέ κ. Καραγιάννη,
>
> Η ακύρωση του σιδηροδρομικού σας πάσου (παραγγελία GR-33017)
> ολοκληρώθηκε. Το ποσό των 180,00 € θα πιστωθεί στην κάρτα σας
> εντός 5-10 εργάσιμων ημερών.
>
> Με εκτίμηση,
> Τμήμα Εξυπηρέτησης"""),
("el", "b141-el-gl-evisa-indias-trapeza", "Christina Pappa <christina.pappa@example.gr>", "e-visa Indias", "billing", "high",
"""Kalhspera. Plhrwsa 95 eurw sto site sas stis 2/4 gia na kanete thn
aitisi gia to e-visa ths Indias. Mou eipate 3-4 meres. Perasan 3
evdomades, kanena email, kanena thlefwno, to thlefwno sas den to
shkwnei kaneis. Telika ekana thn aithsh monh mou sto epishmo site kai
egkri8hke se 2 meres.

Thelw ta 95 eurw pisw. An den ta dw mexri thn Paraskevh 8a kanw
amfisvhthsh ths xrewshs sthn trapeza mou.
Xristina Pappa"""),
("el", "b141-el-trochospito-kriti-timi", "Βασίλης Ντόκος <v.ntokos@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας, πόσο κοστίζει το μικρό τροχόσπιτο (2+1 άτομα) για 10 μέρες από
10 έως 20 Αυγούστου με παραλαβή από Χανιά; Στο site βγάζει 1.450 € που
με πέθανε λίγο :) Υπάρχει κάτι φθηνότερο αν το πάρουμε από Ηράκλειο ή
αν πάμε αρχές Σεπτέμβρη; Τα χιλιόμετρα είναι απεριόριστα;"""),
("el", "b141-el-gl-voucher-samaria", "Katerina Z. <katerina.z@example.gr>", "voucher", "billing", "",
"""Geia sas, exw ena voucher 120e apo thn pezoporia sto Pilio pou akyrw8hke
perysi logw kairou. Mporw na to xrhsimopoihsw gia to faraggi ths Samarias
ton Iounio? Kai an h Samaria kostizei ligotero ta upoloipa ta xanw?
Euxaristw, Katerina"""),
("el", "b141-el-hostel-omada-katathesi", "Σύλλογος Φοιτητών Βόλου <sfvolou@example.gr>", "Πληρωμή για ομαδική κράτηση", "billing", "",
"""Καλησπέρα σας,

Κλείσαμε 18 κρεβάτια στο hostel σας στην Αθήνα για την εκδρομή του
συλλόγου (26-28 Νοεμβρίου). Δεν έχουμε εταιρική κάρτα. Μπορούμε να
πληρώσουμε με κατάθεση σε τραπεζικό λογαριασμό ή μέσω IRIS; Αν ναι, σε
ποιον λογαριασμό και με ποια αιτιολογία;

Ευχαριστούμε,
Μαρίνα Τζανή, ταμίας"""),
# technical
("el", "b141-el-gl-trochospito-priza-kammeno", "Panos Georgiou <panos.georgiou@example.gr>", "priza sto van", "technical", "high",
"""Kalhmera, eimaste sto camping sto Gy8eio me to van pou noikiasame
(CRT-2291). Xtes to vrady otan to syndesame sto reuma tou camping h priza
220 mesa sto van evgale spi8es kai myrise kammeno plastiko, kai exei
maurisei gyrw gyrw. To aposyndesame amesws kai den to ksanavalame. Ola
ta alla douleuoun kanonika me th mpataria.
Ti na kanoume? Na to fernoume kapou?
Panos"""),
("el", "b141-el-hostel-ntous-reyma", "Ανδρέας Μπαλτάς <andreas.baltas@example.gr>", "Ντους δωματίου 12", "technical", "high",
"""Καλησπέρα,

Μένω στο δωμάτιο 12 του hostel σας στο Ναύπλιο. Όταν ανοίγω το ντους και
ακουμπάω τη μεταλλική μπαταρία με βρεγμένα χέρια με "τσιμπάει" ρεύμα,
ελαφρά αλλά αισθητά. Το ίδιο έπαθε και ο φίλος μου. Το είπαμε στη
ρεσεψιόν, μας είπαν ότι θα έρθει ηλεκτρολόγος αύριο.

Απλώς το αναφέρω και εδώ γιατί στον όροφο μένουν κι άλλοι.

Ανδρέας"""),
("el", "b141-el-xenonas-kodikoi-portas", "Ξενώνας Αρχοντικό <info@archontiko-xenonas.example>", "Κωδικοί εισόδου", "technical", "high",
"""Καλησπέρα,

Από χθες το μεσημέρι το σύστημά σας δεν στέλνει στους επισκέπτες τους
κωδικούς για την εξωτερική πόρτα και τα δωμάτια. Χθες βράδυ τρία
ζευγάρια έφτασαν μετά τις 11 και έμειναν έξω στον δρόμο μέχρι να
κατέβω από το σπίτι μου στο χωριό να τους ανοίξω με το χέρι. Απόψε
έχουμε 9 αφίξεις και δεν ξέρω αν θα μπορέσει κανείς να μπει.

Παρακαλώ καλέστε με στο 697 000 4455.

Λευτέρης Δημάκης
Ξενώνας Αρχοντικό, Ζαγοροχώρια"""),
("el", "b141-el-gl-grafeio-pasa-den-ekdidontai", "Hellas Rail Tours <info@hellasrailtours.example>", "platforma", "technical", "high",
"""Kalhmera, apo to prwi h platforma sas den mas afhnei na ekdosoume kanena
pass. Sto teleutaio vhma vgazei "session expired" kai mas petaei ekso.
Exoume 12 pelates me anaxwrhsh avrio to prwi gia Milano kai kanenas den
exei eishthrio, tous leme na perimenoun. To grafeio einai ousiastika
kleisto gia pwlhseis shmera.
Parakalw kaleste mas 210 000 7788.
Sofia, Hellas Rail Tours"""),
("el", "b141-el-efarmogi-pass-kleinei", "Γιάννης Χριστοδούλου <giannis.christodoulou@example.gr>", "Η εφαρμογή κλείνει", "technical", "",
"""Καλησπέρα, δεν ζητάω επιστροφή χρημάτων, το πάσο το θέλω κανονικά. Το
πρόβλημα είναι ότι η εφαρμογή κλείνει μόλις πατήσω "Το πάσο μου", σε
Xiaomi με Android 13. Την έχω απεγκαταστήσει και ξαναεγκαταστήσει. Φεύγω
για Βιέννη την Τρίτη.

Γιάννης"""),
("el", "b141-el-gl-login-email-den-yparxei", "Eleni Stavrou <eleni.stavrou@example.gr>", "login", "technical", "",
"""Geia sas, prospa8w na mpw sto logariasmo mou gia na dw thn krathsh sto
hostel alla mou leei "to email den antistoixei se logariasmo". Me auto
to email ekana thn krathsh kai exw kai thn epivevaiwsh! Ti ginetai?"""),
("el", "b141-el-wifi-xenodoxeio-argo", "Σπυρος Κουτσος <spyros.koutsos@example.gr>", "wifi", "technical", "",
"""Καλησπερα, μενω στο ξενοδοχειο σας στο αεροδρομιο για δουλεια μεχρι την
Πεμπτη. Το wifi στο δωματιο 318 ειναι παρα πολυ αργο, δεν ανεβαινει ουτε
ενα αρχειο 5MB και πεφτουν οι βιντεοκλησεις. Στο λομπι δουλευει κανονικα.
Μπορει να το δει καποιος;"""),
("el", "b141-el-gl-gps-efarmogi-lathos", "Mixalis Papadopoulos <mixalis.pap@example.gr>", "efarmogh diadromwn", "technical", "",
"""Kalhspera, sthn efarmogh sas gia tis diadromes (to self guided sto
Phlio) h telitsa ths 8eshs mou einai panta kana 200 metra dipla apo to
monopati. Shmera mas evgale se lathos xwrafi. To GPS tou kinhtou doulevei
kanonika sto Google Maps. iPhone 12.
Mixalis"""),
("el", "b141-el-trochospito-kalorifer", "Ευαγγελία Μάνου <evangelia.manou@example.gr>", "Καλοριφέρ τροχόσπιτου", "technical", "",
"""Καλημέρα σας,

Το καλοριφέρ του τροχόσπιτου (κράτηση CRT-2350) δεν ανάβει. Πατάμε το
κουμπί, ακούγεται ο ανεμιστήρας για λίγο και μετά ανάβει ένα κόκκινο
λαμπάκι. Η φιάλη υγραερίου είναι γεμάτη, η κουζίνα ανάβει κανονικά.
Είμαστε στα Γιάννενα και τα βράδια κάνει ψύχρα, πήραμε μια κουβέρτα
παραπάνω. Μήπως κάνουμε κάτι λάθος;

Ευαγγελία"""),
("el", "b141-el-tracker-mpataria", "Ηλίας Σαββίδης <ilias.savvidis@example.gr>", "Tracker αποσκευής", "technical", "",
"""Γεια σας. Ο tracker για βαλίτσες που αγόρασα από εσάς αδειάζει τη μπαταρία
του σε δύο μέρες, ενώ γράφετε ότι κρατάει έναν χρόνο. Έβαλα καινούρια
μπαταρία CR2032 δύο φορές. Είναι ελαττωματικός ή θέλει κάποια ρύθμιση;"""),
("el", "b141-el-forma-kratisis-kollaei", "Χαρά Αντωνίου <chara.antoniou@example.gr>", "Φόρμα κράτησης", "technical", "",
"""Καλησπέρα,

Δεν είναι θέμα χρέωσης, δεν έχω πληρώσει τίποτα ακόμα. Προσπαθώ να
κλείσω την πεζοπορία στα Άγραφα και η φόρμα κολλάει στο βήμα 3
("Στοιχεία συμμετεχόντων"): πατάω "Συνέχεια" και δεν γίνεται τίποτα.
Δοκίμασα Chrome και Firefox, και από το κινητό.

Χαρά Αντωνίου"""),
("el", "b141-el-gl-antlia-nerou-van", "Kostas M. <kostas.m@example.gr>", "nero sto van", "technical", "",
"""Kalhmera. H antlia nerou sto van den doulevei, otan anoigoume th vrysh
sto neroxyto den vgainei tipota, oute akougetai h antlia. To ntepozito
einai gemato. Einai kapoia asfaleia? Pou th vriskoume? Eimaste Sfakia.
Kostas"""),
("el", "b141-el-karta-domatiou-aerodromio", "Νίκη Ζαφειρίου <niki.zafeiriou@example.gr>", "Κάρτα δωματίου", "technical", "",
"""Καλησπέρα, η κάρτα του δωματίου 227 ανοίγει την πόρτα μόνο κάθε δεύτερη
ή τρίτη φορά, αναβοσβήνει κόκκινο. Μου την ξαναπρογραμμάτισαν στη
ρεσεψιόν αλλά έγινε το ίδιο. Φεύγω αύριο πρωί, απλώς για να το ξέρετε
για τους επόμενους."""),
("el", "b141-el-re-tenta-den-anoigei", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Re: Επισκευή τέντας - CRT-2198", "technical", "",
"""Καλησπέρα,

Η τέντα πάλι δεν ανοίγει. Η μανιβέλα γυρίζει στο κενό μετά από δύο
στροφές. Δηλαδή η επισκευή δεν έκανε τίποτα. Θα μπορούσατε να στείλετε
ξανά κάποιον ή να μου πείτε πού να πάω;

Βαγγέλης Τσιρίγος

-------- Αρχικό μήνυμα --------
Από: Εξυπηρέτηση <service@cretacampers.example>
Θέμα: Επισκευή τέντας - CRT-2198

Κύριε Τσιρίγο,
ο τεχνικός μας επισκεύασε σήμερα τον μηχανισμό της τέντας του
οχήματός σας. Παρακαλούμε ενημερώστε μας αν χρειαστείτε κάτι άλλο.
Καλή συνέχεια στις διακοπές σας!"""),
# general
("el", "b141-el-gl-reception-ores", "Giwrgos <giwrgos.l@example.gr>", "afixh", "general", "",
"""Geia sas, ftanoume me to plio ston Peiraia stis 2 ta ksimerwmata. H
reception tou hostel einai anoixth 24wro h prepei na erthoume to prwi?
Krathsh ATH-4471, 2 atoma. Thanks"""),
("el", "b141-el-efxaristies-odigos-samaria", "Αικατερίνη Πετράκη <aikaterini.petraki@example.gr>", "Ευχαριστίες", "general", "",
"""Αγαπητοί μου,

Θέλω να σας ευχαριστήσω θερμά για την πεζοπορία στο φαράγγι της Σαμαριάς
το περασμένο Σάββατο. Είμαι 66 ετών και φοβόμουν ότι δεν θα τα καταφέρω,
όμως ο ξεναγός σας ο Μανώλης ήταν υπέροχος. Μας περίμενε, μας έλεγε
ιστορίες για τα χωριά και τα βότανα, και στο τέλος μας κέρασε και ρακί
στην Αγία Ρουμέλη!

Θα σας προτείνω σε όλες τις φίλες μου.

Με αγάπη,
Κατερίνα Πετράκη
Ρέθυμνο"""),
("el", "b141-el-gl-xehasa-gyalia", "Dimitra Alexiou <dimitra.alexiou@example.gr>", "gyalia", "general", "",
"""Kalhmera, meiname sto ksenodoxeio sas sto aerodromio thn Tetarth (dwmatio
509) kai nomizw ksexasa ta gyalia mou (kokkalino skeletos, kafe) sto
komodino. Ta vrhkate? Mporw na steilw kapoion na ta parei.
Dhmhtra"""),
("el", "b141-el-visa-hpa-anilikos", "Φώτης Αναστασίου <fotis.anastasiou@example.gr>", "Βίζα ΗΠΑ για ανήλικο", "general", "",
"""Καλημέρα,

Ο γιος μου είναι 16 ετών και έχει ελληνικό και αλβανικό διαβατήριο. Θέλει
να πάει με τον θείο του στη Νέα Υόρκη τον Ιούλιο. Με ποιο διαβατήριο
πρέπει να ταξιδέψει, χρειάζεται βίζα ή αρκεί το ESTA, και τι χαρτιά
χρειάζονται για ανήλικο που ταξιδεύει χωρίς τους γονείς του;

Ευχαριστώ,
Φώτης Αναστασίου"""),
("el", "b141-el-gl-odigos-shuttle-patera", "Anna Sotiriou <anna.sotiriou@example.gr>", "odhgos shuttle", "general", "high",
"""Kalhspera sas. Xtes to vrady stis 10 o odhgos tou shuttle apo to
ksenodoxeio gia to aerodromio fwnaze ston patera mou (78 xronwn) epeidh
argouse na anevei me to mpastouni kai th valitsa, kai tou eipe mprosta
se olous "an den mporeis na mhn taksideueis". Kanenas den ton voh8hse.
O pateras mou ekleige olo to taksidi.

8elw na milhsw me ton dieu8unth tou ksenodoxeiou, oxi me thn reception.
Anna Swthriou
6970000913"""),
("el", "b141-el-hostel-spasmeno-skalopati", "Λινα Κωστοπουλου <lina.kostopoulou@example.gr>", "Σκαλα εισοδου", "general", "high",
"""Καλησπερα,

Μενουμε στο hostel σας στα Εξαρχεια. Το τριτο σκαλοπατι της μαρμαρινης
σκαλας στην εισοδο εχει σπασει και κουνιεται, και το βραδυ δεν αναβει
το φως της εισοδου. Σημερα το πρωι μια κοπελα απο το δωματιο μας
γλιστρησε και χτυπησε το γονατο της. Ευτυχως τιποτα σοβαρο.

Καλο θα ηταν να μπει καποιο σημα η να φτιαχτει πριν πεσει καποιος
αλλος.

Λινα"""),
("el", "b141-el-allagi-stoixeion", "Ραλλού Γεωργακοπούλου <ralou.georgakopoulou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, άλλαξα αριθμό κινητού. Παρακαλώ ενημερώστε τον λογαριασμό μου
με το νέο: 693 000 2841. Το email μένει ίδιο. Ευχαριστώ, Ραλλού"""),
("el", "b141-el-valitsa-paros-paradosi", "Μιλτιάδης Κοντός <miltos.kontos@example.gr>", "Βαλίτσα", "general", "",
"""Καλησπέρα,

Μου τηλεφωνήσατε ότι βρέθηκε η βαλίτσα μου (φάκελος ATH-BAG-77120) και θα
την στείλετε. Δεν είμαι πια στην Αθήνα, είμαι στο εξοχικό στην Πάρο μέχρι
τις 25 του μήνα. Διεύθυνση: Αγκαιριά, σπίτι με τις μπλε πόρτες δίπλα στο
εκκλησάκι του Αγίου Νικολάου. Αν δεν είμαι εκεί, αφήστε την στο
μινι μάρκετ "Η Γωνιά", ξέρουν.

Μιλτιάδης Κοντός"""),
("el", "b141-el-gl-diagrafh-stoixeiwn", "Alexandros T. <alexandros.t@example.gr>", "GDPR", "general", "",
"""Kalhspera, parakalw diagrapste ton logariasmo mou kai ola ta proswpika
mou dedomena apo to systhma sas (kai ta antigrafa diavathriou pou
anevasa gia th visa). Steilte mou epivevaiwsh otan ginei.
Alexandros Theodorou"""),
("el", "b141-el-oreivatikos-xorigia", "Ορειβατικός Σύλλογος Καρδίτσας <info@os-karditsas.example>", "Χορηγία αγώνα ορεινού τρεξίματος", "general", "",
"""Αξιότιμοι κύριοι,

Ο Ορειβατικός Σύλλογος Καρδίτσας διοργανώνει στις 14 Σεπτεμβρίου τον 5ο
αγώνα ορεινού τρεξίματος και πεζοπορίας στη λίμνη Πλαστήρα, με
περισσότερους από 400 συμμετέχοντες.

Θα σας ενδιέφερε να γίνετε χορηγός της διοργάνωσης; Σας επισυνάπτουμε
τα πακέτα χορηγίας και είμαστε στη διάθεσή σας για οποιαδήποτε
πληροφορία.

Με εκτίμηση,
Για το Δ.Σ.
Απόστολος Ζήσης"""),
("el", "b141-el-pezoporia-skylos", "Ζωή Αργυροπούλου <zoi.argyropoulou@example.gr>", "Σκυλάκι", "general", "",
"""Γεια σας! Μπορώ να φέρω το σκυλάκι μου (μικρόσωμο, 7 κιλά, πολύ ήσυχο)
στην πεζοπορία του Σαββατοκύριακου στα Μετέωρα; Και τα καταλύματα
δέχονται ζώα;"""),
("el", "b141-el-xenonas-gefyraki-sapio", "Γρηγόρης Νικολάου <grigoris.nikolaou@example.gr>", "Το γεφυράκι στον ξενώνα", "general", "high",
"""Καλησπέρα σας,

Είμαστε στον ξενώνα σας στο Πάπιγκο με το γκρουπ της πεζοπορίας. Στο
ξύλινο γεφυράκι πάνω από το ρέμα, στο μονοπάτι από τον ξενώνα προς το
χωριό, μια σανίδα έχει σαπίσει και έσπασε όταν πάτησε ο φίλος μου. Το
πόδι του μπήκε μέσα μέχρι το γόνατο, ευτυχώς μόνο γρατζουνιές. Το
κιγκλίδωμα από τη μία πλευρά κουνιέται επίσης.

Το περνάνε καθημερινά παιδιά και ηλικιωμένοι, ίσως πρέπει να κλείσει
μέχρι να φτιαχτεί.

Γρηγόρης"""),
("el", "b141-el-gl-walking-tour-athina", "Thanasis <thanasis.r@example.gr>", "ekdrwmh", "general", "",
"""Geia! To hostel kanei kapoio walking tour sthn Plaka h sthn Akropolh
gia tous pelates? Erxontai kati filoi apo Ispania to Savvato kai 8eloume
na kanoume kati mazi. Ti wra ksekinaei?"""),
# ---------------- Spanish ----------------
("es", "b141-es-albergue-toalla-cobrada", "Lucía Ortega <lucia.ortega@example.es>", "Cargo de 10 euros", "billing", "",
"""Hola,

Estuve alojada en vuestro albergue del Albaicín del 3 al 5 de abril y hoy
veo en la cuenta un cargo de 10 € con el concepto "toalla no devuelta".
La toalla la dejé en el cesto de la habitación 7 como decía el cartel, y
la chica de recepción me dijo que estaba todo bien al hacer el check-out.

¿Podéis revisarlo y devolverme el importe? Reserva GRX-2281.

Gracias,
Lucía"""),
("es", "b141-es-visa-eua-cobro-doble-mx", "Jorge Alberto Ramírez <jorge.ramirez@example.com.mx>", "Cobro de tramite de visa", "billing", "",
"""Buenas tardes,

Contraté con ustedes el trámite de visa de turista para Estados Unidos
para mí y para mi esposa. En la página decía $3,500 MXN por persona, o sea
$7,000, pero en mi estado de cuenta aparecen dos cargos de $7,000 cada
uno, el mismo día y con un minuto de diferencia.

Les pido de favor que revisen y me reembolsen el cargo que sobra. Les
mando la captura del estado de cuenta.

Saludos cordiales,
Jorge Alberto Ramírez
Guadalajara, Jal."""),
("es", "b141-es-autocaravana-franquicia-abogado", "Ignacio Lozano <ignacio.lozano@example.es>", "Reclamacion franquicia autocaravana", "billing", "high",
"""Buenos dias,

Devolvimos la autocaravana en vuestra base de Valencia el 21 de agosto.
Ese dia nadie la reviso delante nuestro porque "habia mucha cola", y nos
dijeron que ya nos llamarian. Una semana despues nos cargais 1.200 euros
de franquicia por un golpe en el lateral que nosotros no hicimos y que
nadie nos ha enseñado.

No pienso pagar un daño que no se comprobo en la entrega. Si no se anula
el cargo en diez dias, mi abogado presentara una reclamacion formal y
acudire a la Oficina de Consumo de mi ayuntamiento con toda la
documentacion.

Ignacio Lozano
Contrato AC-VLC-4471"""),
("es", "b141-es-club-caminante-madre-fallecida", "Rosa María Prieto <rosamaria.prieto@example.es>", "Socia Carmen Prieto", "billing", "",
"""Buenas tardes:

Les escribo porque mi madre, Carmen Prieto Gil, era socia de su club de
senderismo desde hace muchos años y pagaba la cuota anual de 45 € por
domiciliación. Mi madre nos dejó el pasado mes de enero, así que ya no
va a poder acompañarles en las salidas, que tanto disfrutaba.

Les ruego que den de baja la domiciliación para que no se vuelva a
cobrar en marzo. Si necesitan algún documento, díganmelo.

Muchas gracias por todo lo que hicieron por ella.
Rosa María Prieto"""),
("es", "b141-es-camino-cuotas-colombia", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Camino de Santiago - forma de pago", "billing", "",
"""Hola, buenos días,

Con mi esposa queremos hacer el Camino Francés guiado desde Sarria en
septiembre (el paquete de 7 noches, 1.090 euros por persona). Vivimos en
Medellín. ¿Se puede pagar en cuotas con tarjeta de crédito colombiana? ¿Y
el cobro sale en euros o en pesos? Es que con el cambio de hoy son casi
10 millones de pesos los dos y quisiéramos diferirlo.

Quedo atento, muchas gracias.
Andrés Felipe"""),
("es", "b141-es-hotel-ezeiza-desconocer-cargo", "Valeria Gómez <valeria.gomez@example.com.ar>", "Cargo en dólares", "billing", "high",
"""Hola, les escribo por tercera vez.

Me alojé una noche en el hotel del aeropuerto de Ezeiza el 8/11 con la
tarifa de $95.000 pesos que pagué por adelantado en la web. Al irme me
volvieron a cobrar en la tarjeta USD 110 "por la habitación". O sea que
pagué dos veces la misma noche, una en pesos y otra en dólares.

Nadie me contesta los mails. Si en esta semana no me devuelven los USD
110 voy a desconocer el cargo con el banco y hacer la denuncia en Defensa
del Consumidor.

Valeria Gómez"""),
("es", "b141-es-rastreo-equipaje-jubilado-chile", "Patricio Muñoz <patricio.munoz@example.cl>", "Plan anual", "billing", "",
"""Estimados,

Tengo contratado el plan anual de rastreo de equipaje ($39.990 CLP) desde
hace tres años porque viajaba mucho por la pega. Ahora me jubilé y lo más
lejos que voy es a Viña a ver a los nietos, así que no tiene sentido
seguir pagándolo. Les agradecería que no me lo renueven en junio.

Saludos,
Patricio Muñoz"""),
("es", "b141-es-re-factura-cif-empresa", "Administración Talleres Benítez <admin@talleresbenitez.example>", "Re: Confirmación de su reserva ALB-5520", "billing", "",
"""Buenos días,

Necesitamos factura completa de esta estancia a nombre de la empresa, no
el ticket. Datos:
Talleres Benítez S.L. - CIF B00000000
C/ Ronda Norte 18, 30009 Murcia

Gracias,
Mercedes (administración)

> Estimado cliente:
> Su reserva ALB-5520 está confirmada.
> Entrada: 12/02  Salida: 14/02
> 2 habitaciones dobles - Total: 176,00 € (pagado)
> Gracias por elegir nuestro albergue."""),
("es", "b141-es-hola-codigo-estudiante", "Martina Ruiz <martina.ruiz03@example.es>", "Hola", "billing", "",
"""hola!! he intentado meter el codigo de descuento de estudiante (UNI15)
para el pase de tren de 10 dias y me dice que no es valido, pero en
vuestro instagram pone que vale hasta el 30. me sale a 315 en vez de 268.
hay algo que hacer o ya no funciona?? gracias"""),
("es", "b141-es-trekking-chalten-gerente", "Federico Sosa <federico.sosa@example.com.ar>", "Reintegro trekking El Chaltén", "billing", "high",
"""Buenas,

Ustedes suspendieron el trekking guiado de 4 días a Laguna de los Tres
del 15 de marzo (reserva PAT-0932), por el clima según dicen. Pagamos
ARS 1.380.000 entre los tres. Ahora nos ofrecen un voucher para "otra
temporada", pero vinimos desde Rosario solo para eso y no vamos a volver
el año que viene.

Queremos el reintegro de la plata, no un voucher. Ya hablé dos veces con
la chica de ventas y me dice que no puede hacer nada. Quiero que me
llame el gerente o quien tome esas decisiones.

Federico Sosa
+54 9 341 000 1122"""),
("es", "b141-es-pausar-membresia-embarazo", "Itziar Etxeberria <itziar.etx@example.es>", "Membresía", "billing", "",
"""Kaixo! Tengo la membresía de alberguista que se renueva sola cada año
(22 €). Este año estoy embarazada y no vamos a viajar hasta que el bebé
tenga unos meses, así que ¿se puede dejar en pausa un año en vez de darla
de baja? No quiero perder la antigüedad. Mila esker!"""),
("es", "b141-es-camper-baja-pago-spei", "Daniela Herrera <daniela.herrera@example.com.mx>", "Reserva camper Baja", "billing", "",
"""Hola! Queremos rentar una camper del 20 al 30 de diciembre para recorrer
Baja California Sur desde La Paz. No tengo tarjeta de crédito, solo de
débito. ¿Puedo pagar con transferencia SPEI o en OXXO? ¿Y el depósito en
garantía también se puede dejar en efectivo? Gracias!!"""),
("es", "b141-es-visa-schengen-no-quiero-reembolso", "Carolina Vargas <carolina.vargas@example.com.co>", "Cita Schengen", "billing", "",
"""Buenas tardes,

Pagué 450.000 pesos por la gestión de mi visa Schengen con cita para el
3 de mayo, pero finalmente viaja mi esposo en mi lugar porque yo no
obtuve el permiso en el trabajo. No quiero que me devuelvan la plata;
quisiera saber si ese pago se puede pasar a la solicitud de él, o si
tiene que pagar todo de nuevo.

Mil gracias,
Carolina Vargas
Bogotá"""),
# technical
("es", "b141-es-autocaravana-nevera-humo", "Miguel Ángel Serrano <miguelangel.serrano@example.es>", "Nevera autocaravana", "technical", "high",
"""Hola buenas,

Estamos con la autocaravana que alquilamos en Bilbao (contrato AC-BIO-2210)
en un área de Picos de Europa. Hace un rato ha empezado a salir humo
blanco por la rejilla exterior de la nevera y huele a quemado. La hemos
apagado, hemos cerrado la bombona y hemos desenchufado la corriente del
área. Ahora ya no sale humo.

¿Qué hacemos? ¿Nos mandáis a alguien o tenemos que llevarla a algún
taller? No vamos a volver a encenderla hasta que nos digáis.

Miguel Ángel"""),
("es", "b141-es-hostal-cusco-sistema-reservas", "Hostal Qorikancha <reservas@hostalqorikancha.example>", "Problema con el sistema", "technical", "high",
"""Buenas noches,

Desde ayer en la tarde su sistema nos sigue vendiendo camas que ya están
ocupadas. Hoy llegaron 8 mochileros con reservas confirmadas y no
teníamos dónde ponerlos; dos están durmiendo en el sofá del lobby y al
resto los mandamos a otro hostal. En el panel aparecen habitaciones
"libres" que están llenas y el calendario no se actualiza aunque cerremos
fechas a mano.

Necesitamos que alguien lo revise urgente, mañana llegan más grupos.
Llamar al +51 84 000 221.

Rosa Huamán
Hostal Qorikancha, Cusco"""),
("es", "b141-es-alquiler-campers-app-apertura", "Flota Camper Sur <operaciones@campersur.example>", "apertura de vehiculos", "technical", "high",
"""Buenos dias,

Desde las 8:00 la app de apertura sin llave no funciona en ninguna de
nuestras furgonetas: los clientes pulsan "abrir" y da error de conexion.
En la base de Malaga tenemos seis familias esperando para salir de
vacaciones con las maletas en la acera, y en Sevilla otras cuatro. No
podemos entregar ni recoger ningun vehiculo.

Por favor, llamadnos al 952 000 334 en cuanto podais.

Jaime Cortes
Jefe de operaciones, Camper Sur"""),
("es", "b141-es-hotel-barajas-enchufe-chispas", "Esther Navarro <esther.navarro@example.es>", "Habitación 614", "technical", "high",
"""Buenas noches,

Les escribo desde la habitación 614 de su hotel junto a Barajas. Al
enchufar el cargador del móvil en el enchufe de la mesilla han saltado
chispas y se ha quedado negro alrededor, con olor a quemado. No me ha
pasado nada, he quitado el cargador y no voy a usar ese enchufe.

Lo he comentado en recepción pero quería dejarlo por escrito para que lo
revise un electricista antes de que lo use otro huésped.

Un saludo,
Esther Navarro"""),
("es", "b141-es-pase-qr-sin-conexion", "Pablo Iglesias Fraga <pablo.ifraga@example.es>", "QR del pase", "technical", "",
"""Buenas, no es sobre el cobro, eso está bien. El problema es que el QR del
pase no carga si no tengo datos, se queda la pantalla en blanco. En los
trenes de Suiza voy sin cobertura muchas veces y el revisor me ha avisado
ya dos veces. ¿Hay alguna forma de guardarlo para verlo sin conexión?
iPhone SE."""),
("es", "b141-es-contrasena-mail-no-llega-ar", "Lautaro Benítez <lautaro.benitez@example.com.ar>", "No me llega el mail", "technical", "",
"""Hola, quiero entrar a mi cuenta para ver la reserva del hostel en
Bariloche y no me acuerdo la contraseña. Le doy a "olvidé mi contraseña"
y el mail nunca llega, ni en spam ni en promociones. Lo probé como cinco
veces ayer y hoy. Me podés ayudar? Es este mismo mail."""),
("es", "b141-es-camper-placa-solar-no-carga", "Nuria Soler <nuria.soler@example.es>", "Batería auxiliar", "technical", "",
"""Hola,

La batería auxiliar de la camper (matrícula 0000 LKP) no carga con la
placa solar. El regulador marca 0 amperios aunque haga un sol de justicia
y la batería ya está al 40%. Con el motor en marcha sí carga. Estamos en
Cabo de Gata dos días más, ¿hay algo que podamos comprobar nosotros?

Nuria"""),
("es", "b141-es-wifi-albergue-se-corta", "Tomas Aguirre <tomas.aguirre@example.es>", "wifi", "technical", "",
"""Hola, en el albergue de Pamplona el wifi se corta cada 5 minutos mas o
menos en la planta de arriba. Hay que volver a meter la clave cada vez.
Abajo en la cocina va bien. Lo digo por si podeis mirarlo, no es
grave."""),
("es", "b141-es-rastreador-maleta-no-sincroniza", "Gabriela Rojas <gabriela.rojas@example.cl>", "Rastreador", "technical", "",
"""Hola, compré el rastreador de maleta en su tienda y la app no lo encuentra
cuando intento vincularlo. Bluetooth activado, la app con todos los
permisos, el rastreador hace el pitido al encenderlo. Probé en dos
celulares distintos (Samsung y Motorola). Viajo a Lima en diez días.
Gracias."""),
("es", "b141-es-reserva-pdf-no-abre", "Alejandro Fuentes <alejandro.fuentes@example.com.mx>", "Reserva 48213", "technical", "",
"""Buen día. El PDF con los vouchers del hotel del aeropuerto y del traslado
que me mandaron no abre, dice "el archivo está dañado". Lo intenté en la
compu y en el celular. ¿Me lo pueden reenviar o hay otra forma de
descargarlo desde mi cuenta? El link de "mis reservas" me da error 404."""),
("es", "b141-es-gpx-reloj-garmin", "Jordi Puig <jordi.puig@example.es>", "Archivo GPX de la ruta", "technical", "",
"""Hola,

Los archivos GPX de las etapas del Camí de Ronda que enviasteis no se
pueden importar en mi reloj Garmin: dice "curso no válido". Otros GPX de
Wikiloc los importa sin problema. ¿Podéis revisar el archivo o mandarlo
en otro formato (FIT)? Empezamos el lunes.

Gràcies,
Jordi"""),
("es", "b141-es-re-codigo-puerta-albergue", "Sofía Castillo <sofia.castillo@example.es>", "Re: Tu reserva en Albergue La Concha", "technical", "",
"""Hola, el código que me mandasteis para la puerta (4417#) no funciona,
el teclado pita en rojo. Estoy fuera ahora mismo, llegué antes de lo
previsto. ¿Hay otro código? No pasa nada, me tomo un café mientras.

Sofía

El mar., 9 jul. 2024 a las 18:02, Albergue La Concha escribió:
> ¡Hola Sofía!
> Tu código de acceso para la puerta principal es 4417#.
> La recepción está abierta de 9:00 a 13:00 y de 17:00 a 21:00.
> ¡Buen viaje!"""),
("es", "b141-es-tarjeta-ascensor-hotel", "Ricardo Peña <ricardo.pena@example.com.mx>", "Elevador", "technical", "",
"""Hola, la tarjeta de mi habitación (1012) abre la puerta pero no activa el
elevador, tengo que esperar a que suba alguien más para poder ir al piso
10. Ya van tres veces hoy. Pueden revisarla?"""),
# general
("es", "b141-es-albergue-santiago-horario", "Francisco Javier Mora <fj.mora@example.es>", "Horario", "general", "",
"""Buenas,

Llegaremos a Santiago en la última etapa sobre las 11 de la mañana. ¿A qué
hora abre la recepción del albergue? ¿Podemos dejar las mochilas antes de
la hora de entrada para ir a la misa del peregrino?

Un saludo,
Fran"""),
("es", "b141-es-gracias-guia-camino-mx", "Guadalupe Treviño <lupita.trevino@example.com.mx>", "Muchas gracias!!", "general", "",
"""¡Hola!

Solo quería darles las gracias. Hicimos el Camino Portugués con su grupo
y fue una experiencia increíble. Nuestra guía, Ainhoa, estuvo al
pendiente de todo: de mis rodillas, de los horarios, de que mi suegra
comiera sin gluten, ¡de todo! Las vistas de la costa eran brutales,
nos morimos de la emoción al llegar a la catedral.

Ya estamos pensando en el Camino del Norte para el próximo año.

Un abrazo desde Monterrey,
Lupita y Héctor"""),
("es", "b141-es-olvide-campera-bariloche", "Agustina Pérez <agustina.perez@example.com.ar>", "me olvidé la campera", "general", "",
"""Hola! me quedé en el hostel de Bariloche del 2 al 5 (cuarto 3, cama de
arriba) y me olvidé una campera azul de North Face colgada atrás de la
puerta. La tienen? Alguien de allá viaja a Buenos Aires pronto? si no
la mando a buscar. Gracias!!"""),
("es", "b141-es-visa-schengen-menor-documentos", "Juan Camilo Ospina <juancamilo.ospina@example.com.co>", "Pregunta", "general", "",
"""Buenos días,

Mi hija de 14 años va a viajar a España con la abuela en diciembre. Ya
tiene pasaporte colombiano. ¿Qué documentos necesita además del permiso
de salida del país firmado por los dos papás? ¿Tiene que ir ella en
persona a la toma de huellas o puede ir solo la abuela?

Gracias,
Juan Camilo"""),
("es", "b141-es-recepcionista-grosero-gerente", "Alicia Domínguez <alicia.dominguez@example.com.mx>", "Queja sobre recepción", "general", "high",
"""A quien corresponda:

El domingo en la madrugada llegamos a su hotel del aeropuerto de la CDMX
después de que se canceló nuestro vuelo. El recepcionista del turno de
noche nos habló de manera grosera, se burló del acento de mi mamá, que
es de Oaxaca, y nos dijo que "gente como nosotros" debía esperar afuera
hasta que él terminara su llamada.

No busco un descuento. Quiero hablar con el gerente del hotel para que
sepa cómo trata ese empleado a los huéspedes, y que me den una respuesta
por escrito.

Alicia Domínguez Ruiz"""),
("es", "b141-es-albergue-cristales-zona-ninos", "Marta Calvo <marta.calvo@example.es>", "Zona infantil del jardín", "general", "high",
"""Hola,

Estamos alojados en vuestro albergue de Jaca con los niños. En la zona de
columpios del jardín hay trozos de cristal en la arena, parece de una
botella rota, y uno de los columpios tiene la cadena suelta de un lado.
Mi hijo se ha cortado un poco en la mano (nada grave, ya está curado).

Lo he dicho en recepción pero sigue abierto y hay más críos jugando.
Creo que habría que cerrarlo hasta limpiarlo.

Marta"""),
("es", "b141-es-cambio-correo", "Enrique Salas <enrique.salas@example.es>", "Cambio de email", "general", "",
"""Hola, a partir de ahora usad este correo por favor
(enrique.salas@example.es) en vez del antiguo de Hotmail, que ya no lo
miro. Tengo una reserva para octubre a mi nombre. Gracias."""),
("es", "b141-es-maleta-dejar-conserje", "Beatriz Molina <beatriz.molina@example.es>", "Entrega de maleta", "general", "",
"""Buenos días,

Me han avisado de que mañana entregan mi maleta (expediente MAD-BAG-30021).
Yo trabajo hasta las 19:00. ¿Podría el repartidor dejarla al conserje de
la finca, Antonio? Está de 8 a 15. Dirección: C/ Alcalá 220, Madrid.

Muchas gracias,
Beatriz Molina"""),
("es", "b141-es-rgpd-borrar-pasaporte", "Óscar Delgado <oscar.delgado@example.es>", "Protección de datos", "general", "",
"""Estimados señores:

En virtud del RGPD solicito la supresión de todos mis datos personales,
incluida la copia de mi pasaporte y las fotografías que les envié para
la tramitación del visado de la India en 2023. Les ruego confirmación
por escrito una vez realizada.

Atentamente,
Óscar Delgado Marín
DNI 00000000T"""),
("es", "b141-es-patrocinio-club-montana", "Club de Montaña Peñalara Joven <info@cmpj.example>", "Patrocinio travesía juvenil", "general", "",
"""Hola,

Somos un club de montaña de Segovia y este verano organizamos una
travesía de 5 días por la sierra con 30 chavales de entre 12 y 16 años.
Buscamos empresas del sector que nos apoyen: material, alguna noche de
albergue, difusión... ¿Os interesaría colaborar? Os podemos mandar el
dossier.

Un saludo,
Irene (coordinadora)"""),
("es", "b141-es-caminata-edad-aptitud", "Carmen Rosa Villalobos <carmenrosa.villalobos@example.pe>", "Consulta", "general", "",
"""Buenas tardes, tengo 72 años y camino todos los días una hora. ¿La
caminata guiada al Valle Sagrado es muy exigente? ¿Hay mucho desnivel?
¿Van más personas mayores? Muchas gracias por la información."""),
("es", "b141-es-guia-dejo-madre-responsable", "Raúl Méndez <raul.mendez@example.es>", "Quiero hablar con un responsable", "general", "high",
"""Buenas tardes,

El sábado hicimos la ruta guiada por el Cares con su empresa. Mi madre,
de 68 años, iba más despacio, y el guía, en vez de esperar, le dijo
delante de todos que "si no puede, que se quede en casa" y siguió con el
grupo. Mi madre hizo el último tramo sola y llorando. Yo iba con ella.

Exijo que se ponga en contacto conmigo un responsable de la empresa. No
me vale una respuesta automática.

Raúl Méndez
600 000 781"""),
("es", "b141-es-albergue-noche-tapas", "Noelia Campos <noelia.campos@example.es>", "actividades", "general", "",
"""holaa, seguís haciendo la noche de tapas los jueves en el albergue de
Sevilla? y la visita guiada gratis por el centro? vamos 4 amigas del 10
al 13, me muero de ganas jaja"""),
("es", "b141-es-re-solicitud-estado", "Hernán Castro <hernan.castro@example.cl>", "Re: Solicitud 5521", "general", "",
"""Hola, ¿alguna novedad? Ya pasaron las 3 semanas que me dijeron y en la
web sigue diciendo "en proceso". Viajo el 2 de agosto.

Hernán

-----Mensaje original-----
De: Visados <visados@agenciaruta.example>
Enviado: lunes, 10 de junio
Asunto: Solicitud 5521

Estimado Hernán,
su solicitud de visa para Canadá fue presentada hoy. El plazo habitual
de resolución es de unas 3 semanas. Le avisaremos cuando haya novedades."""),
# ---------------- Polish ----------------
("pl", "b141-pl-hostel-oplata-miejscowa-dwa-razy", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Opłata miejscowa", "billing", "",
"""Dzień dobry,

nocowałam w Państwa hostelu na Kazimierzu od 4 do 7 lipca. Przy rezerwacji
przez stronę zapłaciłam 612 zł, w tym opłatę miejscową (była wyraźnie
wpisana w podsumowaniu). Przy zameldowaniu recepcja pobrała ode mnie
jeszcze raz opłatę miejscową 3 x 2 osoby, czyli 18 zł, mówiąc że "system
tego nie widzi".

Proszę o zwrot tej kwoty. Numer rezerwacji KRK-20871.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b141-pl-wiza-usa-faktura-nip", "Biuro Rachunkowe Lis <biuro@rachunkowelis.example>", "Faktura za obsługę wizy", "billing", "",
"""Dzień dobry,

w marcu korzystaliśmy z Państwa pomocy przy wizie biznesowej do USA dla
naszego pracownika, p. Bartosza Lisa (zlecenie WZ-USA-0312). Płatność
600 zł poszła kartą prywatną, a potrzebujemy faktury VAT na firmę:

Biuro Rachunkowe Lis sp. z o.o.
ul. Kościuszki 14, 40-049 Katowice
NIP 000-000-00-00

Czy można ją jeszcze wystawić?

Z poważaniem,
Anna Lis"""),
("pl", "b141-pl-kamper-kaucja-rzecznik", "Krzysztof Zając <krzysztof.zajac@example.pl>", "Zatrzymana kaucja - kamper", "billing", "high",
"""Dzien dobry,

oddalismy kampera w Gdansku 2 wrzesnia, czysty, z pelnym bakiem i
oproznionymi zbiornikami. Pracownik podpisal protokol zdawczy bez
zadnych uwag. Dzis dostalem maila, ze zatrzymujecie cala kaucje 5000 zl
na "czyszczenie tapicerki i usuniecie zapachu". Nikt nic nie mowil przy
odbiorze, nie dostalem zadnych zdjec ani rachunku.

Daje Panstwu 7 dni na zwrot kaucji. Jezeli pieniadze nie wroca, sprawa
trafi do miejskiego rzecznika konsumentow, a potem do sadu. Mam
protokol i zdjecia z dnia zwrotu.

Krzysztof Zajac
umowa KMP-GDN-1188"""),
("pl", "b141-pl-klub-gorski-wyjazd-norwegia", "Marek Kowalczyk <marek.kowalczyk@example.pl>", "Skladka klubowa", "billing", "",
"""Czesc,

od pazdziernika jade na kontrakt do Norwegii na dwa lata, wiec na
wasze weekendowe wyjscia w Beskidy nie bede mial jak jezdzic. Prosze o
zatrzymanie skladki czlonkowskiej 35 zl miesiecznie, ktora schodzi mi
z karty. Jak wroce to sie odezwe :)

Marek"""),
("pl", "b141-pl-tatry-slowackie-raty", "Joanna Michalska <joanna.michalska@example.pl>", "Trekking w Tatrach Słowackich", "billing", "",
"""Dzień dobry,

chcielibyśmy z mężem pojechać na 6-dniowy trekking z przewodnikiem w
Tatrach Słowackich we wrześniu (2 osoby po 2 850 zł). Czy jest możliwość
rozłożenia płatności na raty, np. przez PayPo albo ratalnie w banku? I
do kiedy trzeba wpłacić zaliczkę, żeby mieć pewne miejsce?

Pozdrawiam serdecznie,
Joanna Michalska"""),
("pl", "b141-pl-hotel-okecie-podwojnie-bank", "Paweł Szymański <pawel.szymanski@example.pl>", "Podwójna płatność", "billing", "high",
"""Dzień dobry,

za nocleg w Państwa hotelu przy Okęciu 14/15 listopada pobrano z mojej
karty dwa razy po 389 zł - raz przy rezerwacji i drugi raz przy
wymeldowaniu. Byłem jedną noc, jeden pokój. Od trzech tygodni piszę do
recepcji i dostaję odpowiedź, że "sprawa jest w księgowości".

Jeżeli do piątku nie otrzymam zwrotu, składam w banku reklamację
transakcji (chargeback) i przekazuję im całą korespondencję.

Paweł Szymański
rez. WAW-A-77120"""),
("pl", "b141-pl-bagaz-oplata-przechowanie-kierownik", "Grażyna Pietrzak <grazyna.pietrzak@example.pl>", "Opłata za przechowanie bagażu", "billing", "high",
"""Dzień dobry,

linia lotnicza zgubiła moją walizkę w drodze z Barcelony, a Państwa
firma miała ją dostarczyć do domu. Zamiast tego kurier w ogóle nie
przyjechał, walizka leżała tydzień w Państwa magazynie na Balicach, a
teraz dostałam fakturę na 120 zł za "przechowanie". Przecież to nie ja
kazałam jej tam trzymać!

Na infolinii usłyszałam, że konsultant nic nie może. Proszę o kontakt
kierownika działu albo kogoś, kto ma prawo tę fakturę anulować.

Grażyna Pietrzak
tel. 600 000 412"""),
("pl", "b141-pl-re-zwrot-za-rezerwacje-niepelny", "Michał Nowak <michal.nowak@example.pl>", "Re: Anulowanie rezerwacji ZAK-3371", "billing", "",
"""Dzień dobry,

wróciło 240 zł, a płaciłem 320 zł. Anulowałem 10 dni przed przyjazdem,
a regulamin mówi o bezpłatnej anulacji do 7 dni. Skąd ta różnica?

Michał Nowak

W dniu 3.02 Hostel Pod Giewontem pisze:
> Szanowny Panie,
> potwierdzamy anulowanie rezerwacji ZAK-3371. Zwrot zostanie
> zrealizowany na kartę w ciągu 14 dni.
> Pozdrawiamy, Recepcja"""),
("pl", "b141-pl-zamowienie-zmiana-klasy-pass", "Tomasz Grabowski <tomasz.grabowski@example.pl>", "Zamówienie 33871", "billing", "",
"""Dzien dobry, kupilem w zeszlym tygodniu dwa passy kolejowe w 1 klasie
(zamowienie 33871), ale jednak chcemy 2 klase, bo roznica jest spora.
Passy nie sa aktywowane. Czy moge je wymienic i dostac zwrot roznicy,
czy trzeba anulowac i kupic od nowa?"""),
("pl", "b141-pl-plan-rodzinny-rozwod", "Katarzyna Dudek <katarzyna.dudek@example.pl>", "Plan rodzinny", "billing", "",
"""Dzień dobry,

mamy z mężem rodzinny plan ubezpieczenia bagażu z lokalizacją (59 zł
miesięcznie). Rozwodzimy się i od przyszłego miesiąca proszę zostawić
tylko mnie i córkę, a męża usunąć z planu. Czy wtedy przejdę na tańszy
pakiet, czy muszę to zamówić osobno?

Katarzyna Dudek"""),
("pl", "b141-pl-kamper-miesiac-rabat", "Rafał Wójcik <rafal.wojcik@example.pl>", "Wynajem na miesiąc", "billing", "",
"""Hej, myślimy o wynajęciu kampera na cały wrzesień (ok. 30 dni) z
Wrocławia, jedziemy do Portugalii. Jest jakiś rabat przy tak długim
wynajmie? Cennik na stronie liczy po 690 zł za dobę, wychodzi kosmos.
Rafał"""),
("pl", "b141-pl-voucher-rocznica-rodzicow", "Ewelina Kamińska <ewelina.kaminska@example.pl>", "Bon na prezent", "billing", "",
"""Dzień dobry,

rodzice obchodzą w czerwcu 40. rocznicę ślubu i chcielibyśmy z bratem
kupić im bon na Państwa wycieczkę pieszą po Pieninach z noclegami (ok.
2 000 zł). Czy da się kupić bon na dowolną kwotę, zapłacić przelewem w
dwóch częściach (ja i brat osobno) i czy bon ma datę ważności?

Pozdrawiam,
Ewelina"""),
("pl", "b141-pl-pilne-korekta-faktury", "Ksiegowosc Trans-Pol <ksiegowosc@transpol.example>", "PILNE!!! korekta faktury", "billing", "",
"""DZIEN DOBRY, NA FAKTURZE FV/2024/11/0382 ZA NOCLEGI KIEROWCOW W HOTELU
PRZY LOTNISKU JEST BLEDNY NIP (ZAMIENIONE DWIE CYFRY). PROSZE O KOREKTE,
BO NIE MOZEMY JEJ ZAKSIEGOWAC. POPRAWNY NIP W ZALACZNIKU.
ELZBIETA, KSIEGOWOSC"""),
("pl", "b141-pl-blik-zeszlo-brak-rezerwacji", "Dominik Sadowski <dominik.sadowski@example.pl>", "BLIK", "billing", "",
"""Dzień dobry, płaciłem BLIKiem za nocleg w hostelu w Zakopanem (2 noce,
178 zł). W banku pieniądze zeszły, a na stronie pokazało "płatność
nieudana" i nie dostałem potwierdzenia rezerwacji. Czy rezerwacja jest
ważna, czy pieniądze wrócą? Nie chcę płacić drugi raz."""),
# technical
("pl", "b141-pl-kamper-czujnik-czadu", "Jacek Mazur <jacek.mazur@example.pl>", "Czujnik w kamperze", "technical", "high",
"""Dzień dobry,

w wynajętym kamperze (umowa KMP-WRO-2019) czujnik tlenku węgla zaczyna
piszczeć za każdym razem, kiedy włączamy ogrzewanie gazowe, po ok. 10
minutach. Dwa razy wietrzyliśmy i włączaliśmy jeszcze raz - to samo. Na
noc wyłączyliśmy ogrzewanie i śpimy w śpiworach, wszystko z nami w
porządku.

Czy ktoś może to sprawdzić? Jesteśmy na kempingu w Szklarskiej Porębie.

Jacek Mazur"""),
("pl", "b141-pl-biuro-wizy-system-odrzuca", "Biuro Podróży Kompas <wizy@bpkompas.example>", "System", "technical", "high",
"""Dzień dobry,

od wczoraj Państwa system do składania wniosków wizowych odrzuca
wszystkie nasze wnioski na etapie wysyłki ("błąd walidacji danych"),
nawet te, które przeszły tydzień temu. Mamy 31 klientów na wycieczkę do
Chin wylatującą 12-go, wnioski muszą być złożone do piątku. Klienci
dzwonią co godzinę, a my stoimy z całą obsługą wiz.

Prosimy o pilny kontakt: 22 000 44 10.

Beata Krawczyk
Biuro Podróży Kompas, Warszawa"""),
("pl", "b141-pl-hotel-balice-czajnik-iskry", "Halina Sowa <halina.sowa@example.pl>", "pokoj 305", "technical", "high",
"""Dzien dobry,
w pokoju 305 w hotelu przy lotnisku w Balicach czajnik elektryczny przy
wlaczaniu iskrzy w podstawce i czuc spalenizne. Wylaczylam go z gniazdka
i odstawilam na bok. Pisze, zeby ktos go zabral zanim dostanie go
nastepny gosc. Ja wyjezdzam jutro rano.
Halina Sowa"""),
("pl", "b141-pl-hostel-karty-do-drzwi-po-aktualizacji", "Hostel Stare Miasto <recepcja@hostelstaremiasto.example>", "zamki", "technical", "high",
"""Dzien dobry,

po nocnej aktualizacji Panstwa systemu zamkow zadna karta gosci nie
otwiera drzwi do pokoi. Nowych kart tez nie da sie zakodowac, koder
pokazuje "brak polaczenia z serwerem". Goscie nie moga wejsc po bagaze
ani do lazienek w pokojach, przy recepcji jest kolejka, chodze z kluczem
awaryjnym od drzwi do drzwi. Mamy 48 gosci.

Prosze o telefon: 58 000 21 21.

Lukasz Sobczak, kierownik hostelu, Gdansk"""),
("pl", "b141-pl-aplikacja-pass-nie-pokazuje-podrozy", "Oliwia Jankowska <oliwia.jankowska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, nie chodzi o pieniądze ani zwrot - pass jest opłacony i
aktywny. Problem w tym, że po dodaniu podróży w aplikacji lista jest
pusta, a jak dodam jeszcze raz to wyskakuje "podróż już istnieje".
Kontroler w pociągu do Wiednia na szczęście przyjął wydruk. Telefon
Samsung S21."""),
("pl", "b141-pl-logowanie-kod-sms", "Adam Kubacki <adam.kubacki@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, przy logowaniu na konto strona wysyla kod SMS, ale SMS nie
przychodzi (czekalem 15 minut, probowalem 3 razy). Numer mam ten sam co
przy rejestracji. Chce sprawdzic rezerwacje na wycieczke w Bieszczady."""),
("pl", "b141-pl-kamper-toaleta-spluczka", "Sylwia Baran <sylwia.baran@example.pl>", "Toaleta w kamperze", "technical", "",
"""Dzień dobry,

w kamperze toaleta kasetowa nie spłukuje - po naciśnięciu przycisku nie
leci woda, słychać tylko ciche kliknięcie. Zbiornik na wodę jest pełny,
w kranie woda jest. Może to jakiś bezpiecznik albo osobny przełącznik?
Jesteśmy nad Soliną.

Sylwia"""),
("pl", "b141-pl-hostel-wifi-haslo", "Kuba <kuba.zielinski@example.pl>", "wifi", "technical", "",
"""Hej, haslo do wifi z kartki w pokoju 8 nie dziala, pisze "nieprawidlowe
haslo". Na dole na recepcji nikogo nie ma. Da sie cos zrobic?"""),
("pl", "b141-pl-lokalizator-aplikacja-zamyka-sie", "Monika Czarnecka <monika.czarnecka@example.pl>", "Aplikacja lokalizatora", "technical", "",
"""Dzień dobry,

po ostatniej aktualizacji aplikacja do lokalizatora bagażu zamyka się od
razu po otwarciu, widać tylko logo i wraca do ekranu głównego. iPhone
14, iOS aktualny. Reinstalacja nic nie dała. Lecimy w sobotę do
Lizbony i chciałabym mieć podgląd walizek.

Monika Czarnecka"""),
("pl", "b141-pl-strona-mapa-tras-firefox", "Zbigniew Ostrowski <zbigniew.ostrowski@example.pl>", "Mapa na stronie", "technical", "",
"""Szanowni Państwo,

na Państwa stronie przy opisie wycieczek mapa trasy się nie wyświetla -
jest tylko szary prostokąt. Używam przeglądarki Firefox na komputerze z
Windows 10. U syna na telefonie mapa jest widoczna. Czy coś muszę
zmienić w ustawieniach?

Z poważaniem,
Zbigniew Ostrowski"""),
("pl", "b141-pl-re-klimatyzacja-kamper-dalej", "Natalia Górecka <natalia.gorecka@example.pl>", "Re: Naprawa klimatyzacji - KMP-KTW-0912", "technical", "",
"""Dzień dobry,

klimatyzacja w części mieszkalnej dalej nie chłodzi, dmucha ciepłym
powietrzem tak samo jak przed "naprawą". W dzień w środku jest ponad 30
stopni. Czy mechanik może przyjechać jeszcze raz, albo gdzie możemy
podjechać? Jesteśmy pod Zadarem.

Natalia

> Pani Natalio,
> nasz partner serwisowy w Chorwacji uzupełnił czynnik w układzie
> klimatyzacji. Prosimy o informację, gdyby problem się powtórzył.
> Pozdrawiamy, Obsługa Klienta"""),
("pl", "b141-pl-pytanie-bojler-ciepla-woda", "Wojciech Lewandowski <wojciech.lewandowski@example.pl>", "Pytanie", "technical", "",
"""Dzien dobry, w kamperze nie ma cieplej wody. Bojler wlaczony na gaz,
kontrolka swieci na zielono, ale z kranu i z prysznica leci tylko zimna,
nawet po godzinie. Kuchenka gazowa dziala. Co jeszcze sprawdzic?
Wojtek"""),
("pl", "b141-pl-hotel-telewizor-nie-dziala", "Renata Kaczmarek <renata.kaczmarek@example.pl>", "Telewizor", "technical", "",
"""Dobry wieczór, w pokoju 112 telewizor pokazuje tylko "brak sygnału" na
każdym kanale. Pilot działa, zmieniałam źródło. Nic pilnego, ale chętnie
obejrzałabym wieczorem wiadomości."""),
# general
("pl", "b141-pl-hostel-gdansk-recepcja-godziny", "Dawid Pawlak <dawid.pawlak@example.pl>", "Przyjazd", "general", "",
"""Dzień dobry, przyjeżdżamy do Gdańska pociągiem o 23:50. Do której
czynna jest recepcja w hostelu na Długich Ogrodach? Jak nie zdążymy, to
jest jakaś skrytka na klucze albo kod? Rezerwacja na nazwisko Pawlak."""),
("pl", "b141-pl-podziekowanie-przewodnik-bieszczady", "Teresa Walczak <teresa.walczak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować za wycieczkę "Bieszczady dla seniorów" w
zeszłym tygodniu. Pan przewodnik Stanisław dostosował tempo do naszej
grupy, opowiadał o historii każdej wioski i cerkwi, a na Połoninie
Wetlińskiej pomógł mi zejść, gdy bolało mnie kolano. Jedzenie w
schronisku też było wyśmienite.

Proszę przekazać panu Stanisławowi serdeczne pozdrowienia od pań z
Lublina.

Teresa Walczak"""),
("pl", "b141-pl-zgubiony-telefon-bus-hotelowy", "Filip Zawadzki <filip.zawadzki@example.pl>", "telefon w busie", "general", "",
"""Dzien dobry, wczoraj ok. 6:10 jechalem waszym busem z hotelu na lotnisko
Chopina i chyba zostawilem telefon na siedzeniu (czarny iPhone w
przezroczystym etui, na tapecie pies). Czy kierowca cos znalazl? Jestem
teraz w Londynie, wracam w czwartek. Filip"""),
("pl", "b141-pl-wiza-indie-dokumenty", "Beata Woźniak <beata.wozniak@example.pl>", "Wiza do Indii", "general", "",
"""Dzień dobry,

wybieramy się z mężem do Indii w lutym na 3 tygodnie. Czy wystarczy
e-wiza turystyczna, czy lepiej tradycyjna? Jakie zdjęcia są potrzebne i
ile wcześniej trzeba złożyć wniosek? Paszporty ważne do 2029 roku.

Pozdrawiam,
Beata Woźniak"""),
("pl", "b141-pl-przewodnik-alkohol-kierownictwo", "Jarosław Stępień <jaroslaw.stepien@example.pl>", "Skarga na przewodnika", "general", "high",
"""Dzień dobry,

w sobotę byliśmy na Państwa wycieczce z przewodnikiem na Babią Górę.
Przewodnik już przy wyjściu z parkingu pił piwo, a na szczycie otworzył
kolejne. Przy zejściu przy gęstej mgle pomylił szlak i prowadził 14
osób, w tym dwoje dzieci, przez ponad godzinę zboczem bez oznaczeń,
zanim sam przyznał, że nie wie, gdzie jesteśmy. Zeszliśmy o zmroku.

Żądam rozmowy z kierownictwem firmy i informacji, jakie wyciągniecie
konsekwencje wobec tej osoby.

Jarosław Stępień
tel. 600 000 287"""),
("pl", "b141-pl-hostel-barierka-balkon", "Julia Adamczyk <julia.adamczyk@example.pl>", "Balkon na 2 piętrze", "general", "high",
"""Dzień dobry,

mieszkamy w Państwa hostelu w Zakopanem, pokój 21. Barierka na balkonie
przy naszym pokoju jest poluzowana - przy lekkim oparciu odchyla się na
kilka centymetrów, a jedna śruba w ogóle wypadła. Balkon jest na
drugim piętrze nad betonowym podjazdem. Na piętrze mieszka rodzina z
małymi dziećmi.

Zgłosiłam to rano na recepcji, ale balkon nadal jest otwarty. Może
lepiej go zamknąć do czasu naprawy?

Julia Adamczyk"""),
("pl", "b141-pl-zmiana-nazwiska-wniosek-wizowy", "Magdalena Nowicka-Rybak <magdalena.rybak@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w zeszłym miesiącu wzięłam ślub i zmieniłam nazwisko z Nowicka na
Nowicka-Rybak. Nowy paszport odbiorę za dwa tygodnie. W Państwa
systemie mam rozpoczęty wniosek o wizę do Kanady na stare nazwisko -
czy trzeba zaktualizować dane w koncie i czy wniosek zaczynać od nowa?

Magdalena Nowicka-Rybak"""),
("pl", "b141-pl-bagaz-dostawa-do-pracy", "Sebastian Kozłowski <sebastian.kozlowski@example.pl>", "Dostawa walizki", "general", "",
"""Dzien dobry, walizka odnaleziona (nr sprawy KTW-BG-40118) - prosze ja
dostarczyc nie do domu, tylko do pracy: ul. Chorzowska 50, Katowice,
budynek B, recepcja na parterze, w godz. 8-16. Dziekuje."""),
("pl", "b141-pl-rodo-dane-osobowe", "Łukasz Piotrowski <lukasz.piotrowski@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, w jakim celu i komu zostały udostępnione
(dotyczy rezerwacji hosteli w latach 2021-2023). Proszę też o usunięcie
mojego numeru telefonu z listy marketingowej.

Łukasz Piotrowski"""),
("pl", "b141-pl-sponsoring-bieg-gorski", "Stowarzyszenie Aktywne Beskidy <kontakt@aktywnebeskidy.example>", "Współpraca - Bieg na Skrzyczne", "general", "",
"""Dzień dobry,

jesteśmy stowarzyszeniem z Szczyrku i w sierpniu organizujemy III Bieg
na Skrzyczne oraz marsz nordic walking dla seniorów. Szukamy partnerów -
czy byliby Państwo zainteresowani sponsoringiem, np. ufundowaniem
nagrody w postaci weekendu w górach? W zamian logo na plakatach i
koszulkach.

Z pozdrowieniami,
Aleksandra Bąk"""),
("pl", "b141-pl-wycieczka-dziecko-8-lat", "Karolina Sikorska <karolina.sikorska@example.pl>", "Dziecko na wycieczce", "general", "",
"""Dzień dobry, czy 8-letni syn może iść z nami na wycieczkę pieszą "Dolina
Pięciu Stawów"? Dużo chodzi po górach, był już na Rysach z tatą (no,
prawie). Czy są jakieś ograniczenia wiekowe?"""),
("pl", "b141-pl-hotel-lotnisko-oblodzone-schody", "Zofia Baranowska <zofia.baranowska@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

piszę z Państwa hotelu przy lotnisku w Pyrzowicach. Schody przy wejściu
głównym i podjazd dla wózków są całe oblodzone i nieposypane. Dziś o
siódmej rano moja mama (79 lat) poślizgnęła się i upadła, na szczęście
skończyło się na stłuczonym biodrze. Widziałam potem, jak dwie inne
osoby z walizkami o mało się nie przewróciły.

Proszę o pilne posypanie i zabezpieczenie wejścia.

Zofia Baranowska, pokój 118"""),
("pl", "b141-pl-spotkanie-podroznikow-hostel", "Igor Malinowski <igor.malinowski@example.pl>", "Slajdowisko", "general", "",
"""Czesc! Widzialem na fb, ze w hostelu w Poznaniu robicie w pazdzierniku
wieczor podroznikow ze slajdowiskiem o Gruzji. Trzeba sie zapisac czy
mozna po prostu wpasc? Moga przyjsc tez osoby, ktore u was nie nocuja?
Igor"""),
]
