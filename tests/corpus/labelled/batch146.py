# batch146.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Transport for businesses -- van leasing, fleet fuel
# cards, tachograph services, lorry parking, courier franchises, delivery
# route software, vehicle tracking -- in English, Greek (and Greeklish),
# Spanish and Polish.  Escalation demands that keep their topic, legal
# threats and chargebacks, negations, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told by their consequences, safety
# hazards told calmly, praise, payment questions, and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b146-en-lease-excess-mileage-query", "Gareth Pryce <gareth.pryce@example.co.uk>", "Excess mileage on lease VN-20931", "billing", "",
"""Hello,

Our Transit Custom on agreement VN-20931 is due back in August. We're
going to be roughly 6,000 miles over the 30k allowance because we picked
up a contract in Swansea last year. The agreement says 8p per mile excess.

Is it cheaper to pay that at the end, or can we top up the allowance now
for the remaining months? I'd rather know the figure before it lands.

Cheers,
Gareth Pryce
Pryce Plumbing & Heating Ltd"""),
("en", "b146-en-fuel-card-double-diesel", "Shona McKay <shona.mckay@example.co.uk>", "Statement March", "billing", "",
"""Hi there,

On the March statement for card ending 4471 there are two identical
transactions at the Perth services on the 14th, both 96.30 litres, both
£138.62, two minutes apart. The van has an 80 litre tank so it can't
have taken both. The driver only has one receipt.

Can one of them be credited please?

Shona McKay
Accounts, Tayside Fresh Deliveries"""),
("en", "b146-en-lease-return-damage-small-claims", "Neil Hargreaves <neil.hargreaves@example.co.uk>", "Return inspection invoice INV-88213 - disputed", "billing", "high",
"""Dear Sirs,

We handed back two Vivaro vans (reg ending 7KD and 7KF) at the end of
their lease on 2 May. Both were inspected on our yard by your agent, who
signed the condition report with three minor marks on each, all within
the fair wear and tear guide you sent us.

Your invoice INV-88213 now charges us £1,340.00 for "bodywork
refinishing" and a replacement bumper that nobody mentioned at the
handover. We have the signed report and photos with timestamps.

I am not paying this invoice. If it is not cancelled within 14 days I
will defend any recovery and file a claim in the small claims court for
our time. Please treat this as a formal dispute.

Neil Hargreaves
Director, Hargreaves Joinery Ltd"""),
("en", "b146-en-tracking-pause-ice-cream-vans", "Tony Marchetti <tony@marchettis-ices.example>", "Hello", "billing", "",
"""Hello,

Every year the same thing - our two ice cream vans go into the barn at
the end of September and don't come out till Easter. Is there any way to
put the tracking on hold for those months so we're not paying £14.99 a
van for trackers sitting in a barn? We'd want them back on for April.

Ta,
Tony"""),
("en", "b146-en-fuel-card-late-fee-bank-change", "Aoife Brennan <aoife.brennan@example.ie>", "Late payment fee", "billing", "",
"""Hi,

We moved our business account from one bank to another in February and
the direct debit mandate didn't follow across, so the February fuel card
payment bounced. We paid it by transfer the day we noticed.

We've now been charged a €45 late payment fee plus a €15 returned DD fee.
We've been customers for nine years and never missed one. Would you
consider waiving those? New mandate is set up now.

Thanks a million,
Aoife Brennan
Brennan Landscaping, Naas"""),
("en", "b146-en-courier-round-dad-passed", "Lucy Fenwick <lucy.fenwick@example.co.uk>", "Dad's round - Darlington DL3", "billing", "",
"""Hello,

My dad, Brian Fenwick, ran your courier franchise round in Darlington
(DL3 territory) for eleven years. He died suddenly on the 3rd of last
month. The van has gone back and the parcels are being covered by the
depot.

The weekly franchise fee of £85 is still coming out of his account. Can
you stop it, and tell me what happens to the two payments taken since he
passed away? I can send the death certificate if you need it.

Thank you,
Lucy Fenwick"""),
("en", "b146-en-route-seats-downgrade-offseason", "Dana Whitfield <dana@whitfieldlinen.example>", "Driver seats", "billing", "",
"""Hi team,

We run linen deliveries to hotels in the Outer Banks and from November
to March we go down to about 12 routes. We're currently on 25 driver
seats at $39/seat/month. Can we drop to 15 seats for the winter and go
back up in March without losing our route history or our annual rate?

Thanks,
Dana Whitfield
Ops Manager, Whitfield Linen Service, NC"""),
("en", "b146-en-gps-invoice-gstin-wrong", "Rajesh Iyer <rajesh.iyer@example.co.in>", "Invoice correction required", "billing", "",
"""Dear Sir/Madam,

Kindly note that the invoice no. GT/24-25/03817 raised for vehicle
tracking subscription (42 vehicles) for the quarter Apr-Jun is carrying
our old GSTIN of the Karnataka unit. Our billing is now from the
Tamil Nadu unit, GSTIN 33AABCS1234K1ZP, as intimated on 11th March.

Because of this mismatch we are unable to claim input credit. Request you
to please cancel and reissue the invoice with correct GSTIN at the
earliest.

Thanks and regards,
Rajesh Iyer
Sr. Executive - Accounts
Srinivasa Logistics Pvt Ltd, Chennai"""),
("en", "b146-en-lorry-park-booked-full-chargeback", "Pawel Nowicki <pawel.nowicki@example.co.uk>", "Booking LP-55120", "billing", "high",
"""I booked and paid £32.50 in advance for an overnight space at your
Thurrock lorry park for 12 June (booking LP-55120). I arrived at 21:40
and the man on the gate said the park was full and there was no record
of bookings. I had to drive another hour on my hours and park on a
lay-by.

I asked for the money back by email on the 13th and by phone twice.
Nobody replied. If I do not see the refund by Friday I will make a
chargeback with my card company and report it as not delivered.

Pawel Nowicki"""),
("en", "b146-en-fuel-card-surcharge-question", "Kylie Anderson <kylie.anderson@example.com.au>", "Card fees", "billing", "",
"""G'day,

Just signed up for the fuel cards for our 6 utes (we're a fencing
business out of Toowoomba). The welcome pack says there's a 1.1%
surcharge if we pay the monthly account by credit card. Does that apply
to direct debit from the business account too, or is that free? Want to
set it up the cheapest way before the first statement.

Cheers
Kylie"""),
("en", "b146-en-re-quote-initial-rental", "Hamish Doyle <hamish.doyle@example.co.uk>", "Re: Your van lease quote Q-40718", "billing", "",
"""Hi Rachel,

Thanks for this. One question before I sign - is the 6 months' initial
rental taken in one go when the van is delivered, or can it be split
over the first two months? Cash flow is a bit tight until our council
contract payments start.

Hamish

> From: Rachel Simmons <quotes@example-vanlease.co.uk>
> Sent: 18 April 2024 10:12
> Subject: Your van lease quote Q-40718
>
> Dear Mr Doyle,
>
> As discussed, please find your quote for a Ford Transit Custom 280
> L1H1 Limited on a 48 month contract hire, 15,000 miles per annum,
> 6 + 47 profile, £312.40 + VAT per month.
>
> Kind regards,
> Rachel"""),
("en", "b146-en-truck-lease-termination-supervisor", "Carl Jensen <carl.jensen@example.com>", "Termination fee - need a supervisor", "billing", "high",
"""To whoever reads this,

I'm ending the lease on unit 4417 (2021 box truck) early because my
biggest customer shut down their Ohio warehouse and I don't have work
for it. I was quoted a termination fee of $2,800 on the phone in March.
The paperwork I got yesterday says $7,450.

I've spoken to your rep Tyler twice and he keeps telling me "it's what
the system says". I want this escalated to a supervisor or regional
manager who can explain where the extra $4,650 came from. I won't sign
anything until that happens.

Carl Jensen
Jensen Freight LLC
(614) 555-0187"""),
("en", "b146-en-not-portal-vat-on-parking", "Beata Lis <accounts@kestreltransport.example>", "Portal", "billing", "",
"""Hi,

Just to be clear this isn't a problem with the portal, the portal works
fine and I can download everything. The problem is what's on the
invoices: the lorry parking charges from April onwards have VAT added at
20%, but before that they were shown as exempt. Has something changed, or
is it a mistake? Our accountant needs to know which is right before we
file the VAT return.

Beata Lis
Kestrel Transport Ltd"""),
("en", "b146-en-retiring-hanging-up-keys", "Dennis Ollerton <d.ollerton@example.co.uk>", "Account 10772", "billing", "",
"""Dear Sir or Madam,

After forty one years on the road I am finally hanging up my keys at the
end of June. The lorry has been sold to a young chap from Burnley who
will have his own arrangements.

Please would you close my fuel card account 10772 after the last fill up
and let me know what the final payment will be, so I can leave enough
in the bank. I should like the direct debit cancelled after that.

Thank you for your help over the years.

Yours faithfully,
Dennis Ollerton"""),
("en", "b146-en-tracker-van-in-irish-sea", "Declan Murphy <declan@murphyelectrical.example.ie>", "Van 3 is in the sea apparently", "technical", "",
"""Morning,

According to your tracking map van 3 (161-D-4452) has been sitting in
the middle of the Irish Sea since Tuesday. It's actually parked outside
my house in Swords. The other four vans are showing grand. Last real
position it sent was Tuesday 08:14.

Do I need to get the unit looked at or is it something your end?

Declan"""),
("en", "b146-en-route-app-drivers-sitting-in-yard", "Mark Ellison <mark.ellison@example.co.uk>", "Morning", "technical", "high",
"""Rang twice, both times on hold for 40 min so emailing as well.

It's 7:20 and I have 14 drivers sat in the yard in Wakefield with loaded
vans and nothing on their handhelds. No manifests, no drop order, no
customer addresses. The web planner just spins. Nobody can leave. We've
got 600 drops for two supermarket chains today with time slots starting
at 8.

Need someone on this now please.

Mark Ellison
Transport Manager, Calder Chilled Distribution
07700 900 318"""),
("en", "b146-en-tacho-card-reader-windows", "Gail Robson <gail.robson@example.co.uk>", "Card reader not recognised", "technical", "",
"""Hello,

Since the office PC did a Windows update on Monday your tachograph
download software doesn't see the USB card reader any more. It says "No
reader detected". The light on the reader comes on. I've tried another
USB port and restarted twice. Driver cards are due for download on
Friday.

Gail Robson
Office Manager, Robson Haulage"""),
("en", "b146-en-tracker-unit-hot-plastic", "Ian Fairbairn <ian.fairbairn@example.co.uk>", "Tracking box under the dash", "technical", "high",
"""Hi,

Probably nothing but thought I'd better mention it. The tracking unit
your fitter put in under the dash of our Sprinter (reg ending 8XR) has
been getting properly hot the last few days, too hot to keep your hand
on, and yesterday the driver said there was a smell like hot plastic in
the cab. He pulled the fuse for the unit and the smell went.

Van is parked up for now. Could someone come and have a look at it?

Ian Fairbairn"""),
("en", "b146-en-leased-van-brakes-pulling", "Siobhan Kelly <siobhan.kelly@example.co.uk>", "Brakes on the new lease van", "technical", "high",
"""Hello,

We took delivery of the new Transit (lease 55120-B) eight days ago. Since
Wednesday it pulls hard to the left when you brake and there's a grinding
noise from the front. Twice now the driver has nearly gone into the kerb
at a junction. I've told him not to drive it.

I need it collected or someone to look at it, and a replacement van
in the meantime as we've only got two.

Siobhan Kelly
Kelly's Flowers, Belfast"""),
("en", "b146-en-fuel-card-chip-not-reading", "Colm Gallagher <colm.gallagher@example.ie>", "Card", "technical", "",
"""Hi,

The fuel card for the Hiace (ending 0093) has stopped working at the
pump. Every station, same thing, "card read error" on the screen. The
other cards are fine at the same stations, so it's the card itself, the
chip looks a bit scuffed. I've been paying with my own card since
Thursday.

I don't need anything else changed, just the card fixed or a
replacement sent to the yard. Same PIN would be handy if possible.

Colm"""),
("en", "b146-en-portal-reset-email-never-arrives", "Heather Lowe <heather.lowe@example.co.uk>", "Invoice", "technical", "",
"""Hello,

I'm trying to get into the online account to download last month's
invoice, but I can't log in. I clicked "forgot password" four times
since yesterday and the reset email never arrives - not in junk either.
Username is heather.lowe@example.co.uk, account FL-30221.

Heather"""),
("en", "b146-en-ev-van-charger-sparked", "Owen Price <owen.price@example.co.uk>", "Wallbox that came with the e-van", "technical", "high",
"""Hi,

The wallbox your installer fitted at our unit for the electric van
sparked when I plugged the van in this morning - a loud crack and a
flash at the connector - and tripped the whole board. There's a black
mark on the plug now. I haven't used it since and I've left the breaker
off.

Can you get an electrician out to check it before we use it again?

Owen Price
Price & Son Electrical Wholesale, Cardiff"""),
("en", "b146-en-app-crashes-trip-history", "Vikram Sharma <vikram.sharma@example.in>", "Not a billing issue", "technical", "",
"""Hello Team,

This is not about billing, payments are all fine. The fleet app crashes
every time I open Trip History on my phone (Samsung, Android 14). It
opens, shows the loading circle for 2-3 seconds and closes. Live
tracking and alerts are working. I have cleared cache and reinstalled
the app, same issue.

Please do the needful.

Regards,
Vikram Sharma
Fleet In-charge, Sharma Roadlines, Pune"""),
("en", "b146-en-optimizer-ignores-time-windows", "Jess Callahan <jess.callahan@example.com>", "Time windows", "technical", "",
"""Hey,

Since last week's update the optimizer seems to be ignoring our delivery
windows. We have a bunch of restaurants that only accept deliveries
before 10am and it's putting them at noon or later. The windows are
still there on the customer records. Manually re-sequencing 9 routes
every night is getting old.

Jess
Callahan Produce Co., Sacramento"""),
("en", "b146-en-re-case-dashcam-still-offline", "Barry Nolan <barry.nolan@example.co.uk>", "Re: Case 72044 - camera offline", "technical", "",
"""Hi Amy,

Did the restart as you said last Friday, unplugged it for 10 minutes,
plugged back in. Still showing offline on the dashboard. Light on the
camera is solid red. Can someone come out? It's at our Leicester depot.

Barry

-----Original Message-----
From: Amy Wood <support@example-fleetcam.co.uk>
Sent: 10 May 2024 15:47
Subject: Case 72044 - camera offline

Hi Barry,

Sorry to hear about this. Could you please try power-cycling the
camera by disconnecting it for at least 10 minutes? If it still shows
offline, reply to this email and we'll book an engineer.

Amy"""),
("en", "b146-en-tacho-remote-download-whole-fleet", "Helen Prescott <helen.prescott@example.co.uk>", "Remote downloads", "technical", "high",
"""Hi,

None of our 38 units have completed a remote tachograph download since
the 2nd. The portal shows every one as "pending" and the last
successful file is 19 days old. Several vehicles will go past the 90 day
download limit next week and we have a DVSA visit booked for the 28th.

We can't send 38 trucks back to base to download by hand. Please treat
this as a priority.

Helen Prescott
Compliance Manager, Northline Bulk Haulage"""),
("en", "b146-en-ignition-alerts-3am", "Matt O'Connell <matt.oconnell@example.com.au>", "these alerts are killing me", "technical", "",
"""Mate,

Every night around 3am my phone goes off with "ignition on" alerts for
vans 2 and 5. They're locked in the shed, nobody's near them, I've
checked the cameras. Started about a fortnight ago. Can you stop the
ghost alerts or tell me what's going on with the units? I'm not getting
any sleep.

Matt
O'Connell Plumbing, Geelong"""),
("en", "b146-en-lorry-park-canteen-christmas", "Rob Tate <rob.tate@example.co.uk>", "Christmas", "general", "",
"""Hi, what are the opening times of the canteen and showers at the
Doncaster truck stop over Christmas and New Year? A few of our lads will
be parked up there on the 24th and 25th.
Thanks, Rob"""),
("en", "b146-en-praise-replacement-van-inverness", "Morag Sutherland <morag.sutherland@example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say thank you to Craig on your breakdown desk. Our
Movano died on the A9 on Saturday night with a full load of wedding
flowers for Sunday, and by 7am he'd had a replacement van brought to us
in Inverness. The wedding went ahead and the bride never knew.

Please pass on our thanks - he was calm and kind and kept ringing me
back with updates.

Morag Sutherland
Highland Blooms"""),
("en", "b146-en-franchise-enquiry-cork", "Ciaran Walsh <ciaran.walsh@example.ie>", "Franchise in Cork", "general", "",
"""Hello,

I'm interested in taking on one of your courier franchises. I'm based in
Ballincollig and have 8 years as a multi-drop driver. Are there any
territories available in Cork city or county at the moment, and what
does the training involve? Do I need my own van to start?

Kind regards,
Ciaran Walsh"""),
("en", "b146-en-change-registered-office", "Accounts <accounts@fernleigh-logistics.example>", "Change of address", "general", "",
"""Good afternoon,

Please update our registered office address on all accounts (fuel
cards, tracking and van hire) from Unit 4, Marsh Lane, Preston PR1 8UQ
to Unit 17, Riversway Business Village, Preston PR2 2YP, effective
1 July. Invoices and post should go to the new address. Contact details
stay the same.

Many thanks,
Janet Holt
Fernleigh Logistics Ltd"""),
("en", "b146-en-lost-phone-shower-block", "Lee Whitworth <lee.whitworth@example.co.uk>", "Left my phone", "general", "",
"""Hiya, I think I left my phone in the shower block at your Carlisle lorry
park on Tuesday morning, black Samsung in a blue case with a Forest
sticker on it. Has anyone handed it in? You can reach me on my wife's
number 07700 900 561. Cheers, Lee"""),
("en", "b146-en-sar-former-driver-tracking", "Jordan Price <jordan.price@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

I worked as a driver for Ashby Removals until March. I understand they
used your vehicle tracking system on the van I drove (and that it
recorded my location and driving behaviour).

Under UK GDPR I am requesting a copy of all personal data you hold
about me, including location histories and any driver scores linked to
my name or driver ID, from January 2023 to March 2024.

Yours sincerely,
Jordan Price"""),
("en", "b146-en-courier-driver-shouted-at-mum-manager", "Andrea Collins <andrea.collins@example.co.uk>", "Your driver and my mother", "general", "high",
"""Yesterday one of your couriers delivered a parcel to my mother, who is
84 and uses a frame. She took a while to get to the door and he shouted
at her through the letterbox, called her "a waste of his time" and threw
the parcel on the step when she opened up. A neighbour saw it all.

I don't want an apology email from the local depot. I want this passed
to someone senior in head office who deals with franchise conduct, and
I want to be told what is being done about this driver.

Andrea Collins
07700 900 245"""),
("en", "b146-en-lorry-park-pothole-driver-fell", "Steve Barlow <steve.barlow@example.co.uk>", "Truck park at Junction 15", "general", "high",
"""Hi,

For two weeks now half the floodlights in the back row of your truck
park at J15 have been out, and there's a deep pothole full of water
between bays 40 and 42 that you can't see in the dark. One of our
drivers stepped into it on Thursday night walking back from the toilets
and went down hard - cut hand and a twisted knee, he's off for a week.

I've mentioned it to the gatehouse before. Somebody else will get hurt.
Can it be fixed and lit?

Steve Barlow
Barlow Bros Haulage"""),
("en", "b146-en-sponsorship-under-12s", "Kerry Doyle <kerry.doyle@example.co.uk>", "Sponsorship request", "general", "",
"""Hello,

I coach the under-12s at Hinckley Rovers. Lots of the parents drive for
firms that use your fuel cards, so we thought we'd ask - would you be
interested in sponsoring our new away kit for next season? Your logo
would go on the shirt front, and on our website and the pitch banner.

Happy to send more details.

Kerry Doyle"""),
("en", "b146-en-urgent-card-delivery-depot", "Sam Whitaker <sam.whitaker@example.co.uk>", "URGENT!!! new cards", "general", "",
"""URGENT - the 6 replacement fuel cards you're sending out this week
need to come to our Rotherham depot (Unit 9, Templeborough Works, S60
1FA), NOT head office in Sheffield. Nobody at head office on Fridays.
Mark for the attention of Sam in Transport.
Thanks!!"""),
("en", "b146-en-question-drivers-hours-course", "Pauline Reid <pauline.reid@example.co.uk>", "Question", "general", "",
"""Hi,

Do you still run the half-day drivers' hours and tachograph awareness
sessions for new drivers? We've got four starting in September. When
are the next dates near Stoke, and can they count towards CPC hours?

Thanks,
Pauline"""),
("en", "b146-en-thanks-safety-day-slides", "Naveen Reddy <naveen.reddy@example.co.uk>", "Fleet safety day", "general", "",
"""Hi both,

Thanks for Thursday's fleet safety day at the NEC - the session on
vulnerable road users was the best I've been to in years and two of our
supervisors haven't stopped talking about it. Would it be possible to
get the slides from that session to use in our toolbox talks?

Best regards,
Naveen Reddy
Health & Safety Lead, Midshire Aggregates"""),
("en", "b146-en-us-data-stored-where", "Melissa Grant <melissa.grant@example.com>", "Where is our data kept", "general", "",
"""Hi,

Our insurer has asked where the GPS and driver data from our tracking
system is physically stored (which country / data centers), and how long
it's retained before deletion. Could you point me to a document I can
send them?

Thanks,
Melissa Grant
Office Manager, Grant Brothers Moving & Storage, Denver CO"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b146-el-gl-karta-kausimwn-dyo-fores", "Thanasis Kouris <thanasis.kouris@example.gr>", "kinhseis kartas", "billing", "",
"""Kalhmera sas,
sthn katastash tou Maiou gia thn karta kausimwn 5521 vlepw dyo fores
thn idia xrewsh, 84,60e sto pratirio sthn Eleusina stis 12/5, me ena
lepto diafora. O odhgos gemise mia fora, exw kai thn apodeiksh.
Mporeite na akyrwsete th mia?
Eyxaristw
Thanashs Kourhs
Kouris Metafores"""),
("el", "b146-el-zimies-epistrofi-van-synigoros", "Δημήτρης Αλεξίου <d.alexiou@example.gr>", "Τιμολόγιο ζημιών 4471 - ΑΜΦΙΣΒΗΤΗΣΗ", "billing", "high",
"""Κύριοι,

Στις 30 Απριλίου παραδώσαμε στο κατάστημά σας στη Λ. Αθηνών το βαν
μίσθωσης ΙΚΡ-5512 στη λήξη του συμβολαίου. Ο υπάλληλός σας το
έλεγξε μπροστά μας και υπέγραψε το πρωτόκολλο παράδοσης χωρίς καμία
παρατήρηση για ζημιές.

Σήμερα λαμβάνουμε τιμολόγιο 4471 ύψους 1.280€ για «βαφή πλαϊνής
πόρτας και αντικατάσταση καθρέφτη». Δεν πρόκειται να το πληρώσουμε.
Αν δεν ακυρωθεί μέσα σε 10 ημέρες, θα παραδώσω τον φάκελο στον
δικηγόρο μας και θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.

Δημήτρης Αλεξίου
Αλεξίου Επιπλώσεις Ο.Ε."""),
("el", "b146-el-syntaxi-poulise-fortigo-tachografos", "Παναγιωτα Μαυρου <p.mavrou@example.gr>", "Για τον πατερα μου", "billing", "",
"""Καλησπερα σας,

Σας γραφω εκ μερους του πατερα μου, Κωνσταντινου Μαυρου, που ειχε
συμβολαιο μαζι σας για το κατεβασμα και την αρχειοθετηση του
ταχογραφου στο φορτηγο του. Βγηκε στη συνταξη τον Μαρτιο και το φορτηγο
πουληθηκε. Δεν χρειαζεται πια την υπηρεσια.

Παρακαλω να μην του χρεωσετε αλλο τα 18 ευρω τον μηνα. Αν χρειαζεται
καποιο εντυπο να υπογραψει, πειτε μου.

Ευχαριστω,
Παναγιωτα Μαυρου"""),
("el", "b146-el-gl-timologio-lathos-afm", "Logistirio Stavrou <logistirio@stavrou-trans.example>", "timologio", "billing", "",
"""Kalhmera,
to timologio 2024-0815 gia to GPS twn 12 oxhmatwn exei lathos AFM,
grafei 099812344 enw to swsto einai 099812377. Den mporoume na to
perasoume sta vivlia etsi. Parakalw na to akyrwsete kai na ekdwsete
neo me to swsto.
Eyxaristw,
Maria, logisthrio"""),
("el", "b146-el-prokatavoli-doseis-misthosi", "Σταύρος Νικολαΐδης <s.nikolaidis@example.gr>", "Προκαταβολή για τα δύο ψυγεία", "billing", "",
"""Καλημέρα σας,

Ενδιαφερόμαστε για τη μακροχρόνια μίσθωση δύο βαν-ψυγείων που μας
προσφέρατε (προσφορά 2024/118). Η προκαταβολή είναι 3.600€. Υπάρχει
δυνατότητα να πληρωθεί σε 3 δόσεις μαζί με τα πρώτα μισθώματα, ή
πρέπει να καταβληθεί ολόκληρη πριν την παράδοση; Επίσης δέχεστε
πληρωμή με πιστωτική κάρτα της εταιρείας;

Με εκτίμηση,
Σταύρος Νικολαΐδης
Νικολαΐδης Τρόφιμα Α.Ε., Σίνδος"""),
("el", "b146-el-parking-fortigon-amfisvitisi-trapeza", "Χρήστος Ζαχαρίου <ch.zachariou@example.gr>", "Χρέωση Ιουνίου", "billing", "high",
"""Καλησπέρα,

Από 1η Ιουνίου δεν έχουμε πλέον θέση στο πάρκινγκ φορτηγών σας στον
Ασπρόπυργο. Το ακυρώσαμε γραπτώς στις 15 Μαΐου, όπως λέει η σύμβαση
(15 μέρες πριν), και μας απαντήσατε ότι το λάβατε.

Παρ' όλα αυτά, στις 3 Ιουνίου τραβήξατε πάλι από την κάρτα μας 240€
για τον μήνα. Αν δεν επιστραφούν μέχρι την Παρασκευή, θα κάνω
αμφισβήτηση της χρέωσης στην τράπεζα.

Χρήστος Ζαχαρίου"""),
("el", "b146-el-gl-re-prosfora-3-van-ekptosi", "Giannis Fotiou <giannis.fotiou@example.gr>", "Re: Prosfora leasing 3 ohimatwn", "billing", "",
"""Geia sas k. Anagnwstou,
eyxaristw gia thn prosfora. Ta 420e to mhna gia ka8e van einai ligo
panw apo oti perimename. Afou pairnoume 3 mazi, yparxei periptwsh gia
kapoia ekptwsh, h na mpei mesa kai h asfaleia xwris extra xrewsh?
An ginei kati tetoio ypografoume mesa sthn evdomada.
Giannis

> Apo: Ανδρέας Αναγνώστου <sales@example-leasing.gr>
> Thema: Προσφορά leasing 3 οχημάτων
>
> Αγαπητέ κ. Φωτίου,
> σας στέλνουμε την προσφορά για 3 Fiat Ducato, 48 μήνες,
> 25.000 χλμ/έτος, 420€ + ΦΠΑ μηνιαίως ανά όχημα.
> Με εκτίμηση,
> Α. Αναγνώστου"""),
("el", "b146-el-franchise-courier-syzygos-efyge", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Κατάστημα courier Πάτρας", "billing", "",
"""Καλημέρα σας,

Ο σύζυγός μου, Βασίλης Καραγιάννης, είχε το franchise του courier σας
στην Πάτρα (κατάστημα Αγίου Ανδρέα). Δυστυχώς έφυγε από τη ζωή στις
2 Μαρτίου και το κατάστημα έκλεισε οριστικά.

Βλέπω ότι συνεχίζει να χρεώνεται στον λογαριασμό της επιχείρησης το
μηνιαίο τέλος δικαιόχρησης των 350€ (Απρίλιος και Μάιος). Σας
παρακαλώ να σταματήσει η χρέωση και να μου πείτε τι γίνεται με τα δύο
ποσά που πάρθηκαν. Έχω όλα τα έγγραφα αν τα χρειάζεστε.

Ελένη Καραγιάννη"""),
("el", "b146-el-oxi-texniko-timi-ana-oxima", "Αντώνης Ρήγας <a.rigas@example.gr>", "Δεν είναι τεχνικό θέμα", "billing", "",
"""Γεια σας,

Δεν είναι τεχνικό θέμα, η εφαρμογή δρομολόγησης δουλεύει μια χαρά.
Το θέμα είναι ότι από τον Μάιο η χρέωση ανά όχημα ανέβηκε από 8€ σε
11€ χωρίς να μας ενημερώσει κανείς. Με 22 οχήματα είναι 66€ τον μήνα
παραπάνω. Ισχύει η νέα τιμή ή είναι λάθος; Και αν ισχύει, γιατί δεν
ειδοποιηθήκαμε;

Αντώνης Ρήγας
Ρήγας Διανομές, Λάρισα"""),
("el", "b146-el-gl-eggyhsh-van-proistamenos", "Kostas Lymperis <kostas.lymperis@example.gr>", "EGGYHSH", "billing", "high",
"""Kalhspera,
epistrepsame to van (YMH-3321) stis 20 Marthou, kanena provlhma sthn
paradosh, to ypegrapse o dikos sas. H eggyhsh htan 1.500e kai mas
eipan oti 8a epistrafei se 30 meres. Exoun perasei dyo mhnes.
Exw steilei 4 email kai exw parei 6 fores thlefwno, kathe fora "8a to
koitaksoume". Den 8elw na ksanamilhsw me to thlefwniko kentro.
8elw na me parei thlefwno o proistamenos tou tmhmatos h o dieythynths
tou katasthmatos. 6944 123 456.
Kwstas Lymperhs"""),
("el", "b146-el-ypovathmisi-paketou-basic", "Σοφία Τσιρίγου <s.tsirigou@example.gr>", "Αλλαγή πακέτου", "billing", "",
"""Καλημέρα,

Θα θέλαμε από τον επόμενο μήνα να περάσουμε από το πακέτο Pro στο
Basic του λογισμικού δρομολόγησης. Τελικά δεν χρησιμοποιούμε την
ανάλυση καυσίμου και τις αναφορές, μόνο τα δρομολόγια. Χρειάζεται
κάτι από μέρους μας ή γίνεται από εσάς;

Ευχαριστώ,
Σοφία Τσιρίγου
Τσιρίγου Αρτοποιία, Ηράκλειο"""),
("el", "b146-el-prostimo-kathysterisis-karta", "ΓΕΩΡΓΙΟΣ ΜΠΑΚΑΛΗΣ <g.bakalis@example.gr>", "ΠΡΟΣΤΙΜΟ ΚΑΘΥΣΤΕΡΗΣΗΣ ??", "billing", "",
"""Καλημερα. Στον λογαριασμο της καρτας καυσιμων του Μαιου βλεπω
"τελος καθυστερησης 25 ευρω". Πληρωσα με εμβασμα στις 5 του μηνα, μια
μερα μετα την προθεσμια, γιατι ηταν αργια και η τραπεζα δεν το περασε.
Ειμαστε πελατες 12 χρονια και ποτε δεν αργησαμε. Μπορειτε να το
σβησετε;
Γ. Μπακαλης"""),
("el", "b146-el-gl-kouponi-vathmonomisi-tachografou", "Nikos Dimou <nikos.dimou@example.gr>", "kouponi", "billing", "",
"""Geia sas,
sto email tou Xristougennwn mas steilate kouponi gia dwrean
vathmonomhsh tachografou (kwdikos TAXO24). Kaname th vathmonomhsh sto
syneragio sas sth Lamia thn Trith alla sto timologio xrewthhke kanonika
95e. Mporeite na to diorthwsete?
Nikos Dimou, Dimou Ylika Oikodomwn"""),
("el", "b146-el-apodeixeis-fpa-katastasi", "Ιωάννα Παππά <ioanna.pappa@example.gr>", "Μηνιαία κατάσταση Απριλίου", "billing", "",
"""Καλησπέρα σας,

Ο λογιστής μας ζητάει τα αναλυτικά παραστατικά για τους ανεφοδιασμούς
του Απριλίου με την κάρτα στόλου, για να εκπέσει ο ΦΠΑ. Στην κατάσταση
εμφανίζονται μόνο τα συνολικά ποσά ανά πρατήριο. Μπορείτε να μας
στείλετε τα τιμολόγια ανά συναλλαγή, ή να μας πείτε πού τα βρίσκουμε;

Ιωάννα Παππά
Λογιστήριο, Παππάς Μεταφορική"""),
("el", "b146-el-gl-gps-den-deixnei-fortiga", "Babis Xatzis <babis.xatzis@example.gr>", "GPS", "technical", "",
"""Kalhmera,
apo xthes to mesimeri sto programma tou GPS ta 3 apo ta 7 fortiga
fainontai "ektos syndeshs". Ta alla doulevoun kanonika. Ta fortiga
kykloforoun, ta blepoume, apla den stelnoun 8esh. Einai ta KZN-4410,
KZN-4412 kai IEB-9981.
Ti na kanoume?
Mpampis"""),
("el", "b146-el-dromologisi-odigoi-perimenoun-aspropyrgos", "Μιχάλης Σαρρής <m.sarris@example.gr>", "Αποθήκη Ασπροπύργου", "technical", "high",
"""Καλημέρα, σας παίρνουμε τηλέφωνο από τις 6 και δεν απαντάει κανείς.

Είκοσι οδηγοί περιμένουν στις ράμπες με φορτωμένα φορτηγά και τα
τάμπλετ τους δείχνουν «καμία διαδρομή». Στο γραφείο, η οθόνη του
σχεδιασμού μένει λευκή. Έχουμε 340 παραδόσεις σε σούπερ μάρκετ σήμερα
και τα πρώτα ραντεβού ξεκινάνε 7:30. Δεν μπορεί να φύγει κανείς.

Χρειαζόμαστε κάποιον τώρα.

Μιχάλης Σαρρής
Υπεύθυνος Διανομής, Αττική Logistics
210 555 0142"""),
("el", "b146-el-karta-odigou-den-diavazetai", "Ευάγγελος Κωστόπουλος <v.kostopoulos@example.gr>", "Λογισμικό ταχογράφου", "technical", "",
"""Καλησπέρα,

Προσπαθώ να κατεβάσω τα δεδομένα από την κάρτα οδηγού του Νίκου με το
πρόγραμμά σας και βγάζει «Σφάλμα ανάγνωσης κάρτας». Οι κάρτες των
άλλων δύο οδηγών διαβάζονται κανονικά στον ίδιο αναγνώστη. Η κάρτα
του Νίκου δουλεύει κανονικά στον ταχογράφο του φορτηγού. Τι μπορεί να
φταίει;

Ευάγγελος"""),
("el", "b146-el-gl-van-kapnos-tamplo", "Lefteris Psaras <lefteris.psaras@example.gr>", "to van tou leasing", "technical", "high",
"""Geia sas,
sto van pou exoume apo esas me leasing (IKX-7720) simera to prwi,
ekei pou odhgousa sthn E.O., arxise na myrizei kammeno lastixo kai
vghke ligos kapnos apo katw apo to tamplo, apo th meria tou
synodhgou. Stamathsa sthn akrh kai to esvhsa. To afhsa parkarismeno
sto Kalochori, den to ksanavazw mpros.
Ti kanoume? Prepei na erthei kapoios na to parei.
Lefteris, 6977 654 321"""),
("el", "b146-el-efarmogi-skanarisma-den-thelo-epistrofi", "Ειρηνη Βλαχου <eirini.vlachou@example.gr>", "Η εφαρμογη οδηγου", "technical", "",
"""Καλημερα,

Η εφαρμογη των οδηγων κλεινει μονη της καθε φορα που παμε να
σκαναρουμε το barcode ενος δεματος. Το κινητο ειναι Xiaomi, η εφαρμογη
ενημερωμενη. Δεν θελω επιστροφη χρηματων ουτε να αλλαξουμε πακετο,
απλα θελω να δουλευει, γιατι τωρα οι οδηγοι γραφουν τους κωδικους με
το χερι.

Ειρηνη Βλαχου
Courier Βολου"""),
("el", "b146-el-portal-kartas-kodikos-thema-timologio", "Πέτρος Αθανασίου <p.athanasiou@example.gr>", "Τιμολόγιο", "technical", "",
"""Καλησπέρα,

Θέλω να κατεβάσω το τιμολόγιο Μαΐου από το portal των καρτών καυσίμων
αλλά δεν μπορώ να μπω. Βάζω τον κωδικό και μου λέει «λάθος στοιχεία»,
πατάω «ξέχασα τον κωδικό» και το email επαναφοράς δεν έρχεται ποτέ.
Χρήστης: p.athanasiou, πελάτης 30288.

Πέτρος Αθανασίου"""),
("el", "b146-el-gl-fortistis-ilektriko-spithes", "Marina Theodorou <marina.theodorou@example.gr>", "fortisths", "technical", "high",
"""Kalhspera,
o fortisths tou hlektrikou van pou mas egkatasthsate sthn apo8hkh
zestenetai poly. Shmera otan evgala to vysma eida spi8es kai
myrise kammeno, kai to kalwdio konta sto vysma einai liwmeno ligo.
Ton exw kleisei apo ton pinaka. Mporei na erthei texnikos na ton
dei prin ton ksanaxrhsimopoihsoume?
Marina Theodorou
Theodorou Anthopwleio, Peristeri"""),
("el", "b146-el-re-aitima-tracker-akoma-xoris-sima", "Απόστολος Γκίκας <a.gkikas@example.gr>", "Re: Αίτημα 4471 - επανεγκατάσταση tracker", "technical", "",
"""Καλημέρα κα Ρέππα,

Ο τεχνικός ήρθε την Πέμπτη και ξαναέβαλε τη συσκευή στο φορτηγό, αλλά
από την Παρασκευή πάλι δεν εμφανίζεται στον χάρτη. Το λαμπάκι στη
συσκευή αναβοσβήνει πορτοκαλί. Μπορεί να ξανάρθει κάποιος;

Απόστολος Γκίκας

-----Αρχικό μήνυμα-----
Από: Ρέππα Δέσποινα <support@example-track.gr>
Ημερομηνία: Τρίτη, 14 Μαΐου 2024 11:20
Θέμα: Αίτημα 4471 - επανεγκατάσταση tracker

Κύριε Γκίκα,
σας ενημερώνουμε ότι ο τεχνικός μας θα περάσει την Πέμπτη 16/5 για
επανεγκατάσταση της συσκευής στο όχημα ΚΗΒ-2210.
Με εκτίμηση,
Δ. Ρέππα"""),
("el", "b146-el-aisthitires-thermokrasias-emvolia", "Φαρμακαποθήκη Ιονίου <diakinisi@farmakapothiki-ioniou.example>", "Θερμοκρασίες", "technical", "high",
"""Καλημέρα σας,

Από χθες το βράδυ οι αισθητήρες θερμοκρασίας και στα 9 ψυγεία μας
δεν στέλνουν μετρήσεις στην πλατφόρμα σας. Η οθόνη γράφει «χωρίς
δεδομένα» για όλα. Χωρίς καταγραφή θερμοκρασίας δεν επιτρέπεται να
παραδώσουμε εμβόλια και ινσουλίνες στα φαρμακεία, οπότε σήμερα τα
φορτηγά δεν έχουν βγει και 140 φαρμακεία σε Ιωάννινα και Άρτα
περιμένουν.

Παρακαλούμε επικοινωνήστε άμεσα: 26510 55 023.

Σπύρος Λάμπρου
Υπεύθυνος Διακίνησης"""),
("el", "b146-el-gl-app-den-stelnei-eidopoihseis", "Fanis Karras <fanis.karras@example.gr>", "eidopoihseis", "technical", "",
"""Geia,
to app tou GPS sto kinhto den moy stelnei pleon eidopoihseis otan
kapoio fortigo kanei yperbash taxythtas h vgainei apo th zwnh. Sto
site tis vlepw oles, sto kinhto tipota. Tis exw energes stis
rythmiseis, iPhone 13.
Fanis"""),
("el", "b146-el-piso-porta-anoigei-en-kinisei", "Γρηγόρης Σταματόπουλος <g.stamatopoulos@example.gr>", "Πίσω πόρτα βαν ΙΚΡ-8840", "technical", "high",
"""Καλησπέρα,

Στο βαν που μισθώνουμε από εσάς (ΙΚΡ-8840) η δεξιά πίσω πόρτα
άνοιξε δύο φορές ενώ ο οδηγός κινούνταν, τη μία στην Κηφισίας. Την
πρώτη φορά έπεσαν δύο κιβώτια στον δρόμο, ευτυχώς δεν ήταν κανείς
πίσω του. Η κλειδαριά φαίνεται να κλείνει αλλά δεν «πιάνει».

Το έχουμε σταματήσει. Πότε μπορεί να το δει συνεργείο;

Γρηγόρης Σταματόπουλος"""),
("el", "b146-el-ektyposeis-tachografou-kenes", "Ανδρέας Κουτσούκος <a.koutsoukos@example.gr>", "Εκτυπωτής ταχογράφου", "technical", "",
"""Καλημέρα,

Μετά τη βαθμονόμηση που κάνατε στο Scania την περασμένη εβδομάδα, ο
εκτυπωτής του ταχογράφου βγάζει κενό χαρτί. Άλλαξα ρολό, πάλι το ίδιο.
Σε έλεγχο της Τροχαίας θα έχουμε πρόβλημα. Μπορώ να περάσω από το
συνεργείο σας τη Δευτέρα;

Ανδρέας Κουτσούκος"""),
("el", "b146-el-gl-ksexasa-kwdiko", "Stella Manou <stella.manou@example.gr>", "KSEXASA TON KWDIKO", "technical", "",
"""kalhmera, ksexasa ton kwdiko gia to portal twn kartwn kaysimwn kai
meta apo 3 lathos prospa8eies me kleidwse. twra grafei "o logariasmos
einai kleidwmenos, epikoinwnhste me thn yposthriksh". mporeite na ton
ksekleidwsete? pelaths 41120. eyxaristw, Stella"""),
("el", "b146-el-gl-wres-parking-sxhmatari", "Vaggelis Triantafyllou <vaggelis.tr@example.gr>", "parking Sxhmatari", "general", "",
"""Kalhspera,
ti wres einai anoixto to parking fortigwn sto Sxhmatari to
Savvatokyriako? Mporei na mpei kapoios kai meta tis 12 to vrady h
kleinei h pulh? Exoume 2 odhgous pou gyrizoun apo Bulgaria arga thn
Paraskevh.
Eyxaristw"""),
("el", "b146-el-eyxaristo-texniko-savvato", "Κατερίνα Λαμπροπούλου <k.lampropoulou@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον τεχνικό σας, τον κ. Θοδωρή, που ήρθε το
Σάββατο το πρωί στην Καλαμάτα και τοποθέτησε τις συσκευές σε όλα μας
τα φορτηγάκια πριν ξεκινήσει η σεζόν του λαδιού. Ήταν πολύ
εξυπηρετικός και μας έδειξε με υπομονή πώς δουλεύει η εφαρμογή.

Με εκτίμηση,
Κατερίνα Λαμπροπούλου
Ελαιουργείο Λαμπρόπουλου"""),
("el", "b146-el-allagi-edras", "Γραμματεία Κρητικός Μεταφορική <info@kritikos-metaforiki.example>", "Αλλαγή διεύθυνσης έδρας", "general", "",
"""Καλημέρα σας,

Σας ενημερώνουμε ότι από 1η Ιουλίου η έδρα της εταιρείας μας
μεταφέρεται από Λεωφόρο Κνωσού 112, Ηράκλειο, στη ΒΙΠΕ Ηρακλείου,
Οδός Γ', Ο.Τ. 14. Παρακαλούμε να ενημερώσετε τα στοιχεία μας σε όλες
τις συμβάσεις (μίσθωση, κάρτες, GPS) ώστε η αλληλογραφία να έρχεται
στη νέα διεύθυνση. Τα τηλέφωνα παραμένουν ίδια.

Ευχαριστούμε,
Αγγελική Κρητικού"""),
("el", "b146-el-gl-xamenos-portofoli-parking", "Sotiris Bekas <sotiris.bekas@example.gr>", "portofoli", "general", "",
"""Geia sas, o odhgos mas o Sotiris nomizei oti exase to portofoli
tou sto parking fortigwn sto Kastro (konta sta ntous) thn Deutera to
vrady. Mauro derma, mesa exei thn taytothta kai to diploma tou. Mhpws
to vrhke kapoios? Thl 6945 111 222."""),
("el", "b146-el-gdpr-dedomena-gps-odigou", "Αλέξανδρος Πολίτης <alex.politis@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Εργαζόμουν ως οδηγός στην εταιρεία «Βορράς Διανομές» μέχρι τον
Φεβρουάριο. Η εταιρεία χρησιμοποιούσε το σύστημα εντοπισμού σας στο
φορτηγό που οδηγούσα.

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, ζητώ αντίγραφο όλων των προσωπικών
δεδομένων που τηρείτε για εμένα (ιστορικό θέσεων, συμπεριφορά
οδήγησης, βαθμολογίες) για το διάστημα Ιανουάριος 2023 - Φεβρουάριος
2024.

Με εκτίμηση,
Αλέξανδρος Πολίτης"""),
("el", "b146-el-ypallilos-reception-parking-diefthyntis", "Βασίλειος Ντόκος <v.ntokos@example.gr>", "Συμπεριφορά υπαλλήλου στην πύλη", "general", "high",
"""Κύριοι,

Την Τετάρτη το βράδυ ο οδηγός μας, ο κ. Ραφαήλ, έφτασε στο πάρκινγκ
φορτηγών σας στο Θριάσιο με κανονική κράτηση. Ο υπάλληλος της πύλης
του μίλησε με βρισιές επειδή «δεν μιλάει καλά ελληνικά», τον έβαλε να
περιμένει 40 λεπτά έξω και στο τέλος τον έβαλε σε θέση χωρίς φως.

Αυτό δεν είναι αποδεκτό. Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής
της εγκατάστασης και όχι απλώς να λάβω ένα τυπικό email.

Βασίλειος Ντόκος
Ντόκος Διεθνείς Μεταφορές"""),
("el", "b146-el-parking-lakkouva-odigos-epese", "Θοδωρής Μπούρας <th.bouras@example.gr>", "Πάρκινγκ Σίνδου - επικίνδυνο", "general", "high",
"""Καλησπέρα,

Στο πάρκινγκ φορτηγών σας στη Σίνδο, στη σειρά δίπλα στα ντους, έχει
σπάσει το σιδερένιο καπάκι του φρεατίου και έχει μείνει μια τρύπα
περίπου μισό μέτρο. Τα φώτα εκεί είναι σβηστά εδώ και μέρες. Χθες
βράδυ ένας οδηγός μας έπεσε μέσα ως το γόνατο και χτύπησε άσχημα.

Το είπαμε στη φύλαξη, μας είπαν «θα το δούμε». Πριν χτυπήσει κάποιος
πιο σοβαρά, φτιάξτε το ή τουλάχιστον περιφράξτε το.

Θοδωρής Μπούρας"""),
("el", "b146-el-gl-xorigia-podosfairiki-omada", "Takis Georgiou <takis.georgiou@example.gr>", "xorhgia", "general", "",
"""Kalhmera,
eimai proponhths sthn paidikh omada podosfairou tou A.O. Agias
Varvaras. Polloi goneis douleuoun odhgoi se etaireies pou exoun tis
kartes sas. 8a sas endiefere na xorhgisete tis kainourgies fanelles
gia thn epomenh xronia? To logotypo sas 8a mpei mprosta sth fanella
kai sto panw stis kerkides.
Takis"""),
("el", "b146-el-franchise-plirofories-larisa", "Ηλιας Γκουμας <ilias.gkoumas@example.gr>", "Franchise courier Λαρισα", "general", "",
"""Καλησπερα,

Ενδιαφερομαι να ανοιξω καταστημα courier με δικαιοχρηση σας στη Λαρισα.
Δουλευω 10 χρονια σε μεταφορικη. Υπαρχει ελευθερη περιοχη στη Λαρισα ή
στα Τρικαλα; Τι εκπαιδευση δινετε και χρειαζεται να εχω δικο μου
χωρο απο την αρχη;

Ευχαριστω,
Ηλιας Γκουμας"""),
("el", "b146-el-epeigon-paradosi-kainourgion-karton", "Νίκη Σωτηρίου <niki.sotiriou@example.gr>", "ΕΠΕΙΓΟΝ - νέες κάρτες", "general", "",
"""ΕΠΕΙΓΟΝ!! Οι 4 νέες κάρτες καυσίμων που στέλνετε αυτή την εβδομάδα να
έρθουν στην αποθήκη μας στο Κορωπί (Λεωφ. Βάρης-Κορωπίου 45) και όχι
στα γραφεία στο Μαρούσι, γιατί εκεί δεν είναι κανείς την Παρασκευή.
Υπόψη Νίκης, τμήμα στόλου.
Ευχαριστώ!"""),
("el", "b146-el-gl-seminario-wres-odhghshs", "Alekos Panou <alekos.panou@example.gr>", "seminario", "general", "",
"""Kalhmera,
kanete akoma ta seminaria gia tis wres odhghshs kai anapaushs kai gia
th swsth xrhsh tou tachografou? Exoume 3 kainourgious odhgous apo
Septemvrio. Pote einai ta epomena sthn Thessalonikh?
Eyxaristw
Alekos, Panou Metafores"""),
("el", "b146-el-erotisi-deuteros-ypeuthynos", "Ορέστης Χριστοφόρου <orestis.ch@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα,

Μπορούμε να προσθέσουμε τον συνεταίρο μου, κ. Παύλο Ζήση, ως δεύτερο
υπεύθυνο επικοινωνίας στον λογαριασμό μας (πελάτης 22810); Το κινητό
του είναι 6932 000 118 και το email pavlos.zisis@example.gr. Θέλουμε
να μπορεί να σας καλεί και αυτός όταν λείπω.

Ορέστης Χριστοφόρου"""),
("el", "b146-el-ekthesi-thessaloniki-parousiaseis", "Μελίνα Δρόσου <melina.drosou@example.gr>", "Ημερίδα στόλου στη Θεσσαλονίκη", "general", "",
"""Καλησπέρα σας,

Σας ευχαριστούμε για την ημερίδα για την ασφάλεια των στόλων στη ΔΕΘ
το Σάββατο. Η παρουσίαση για την κόπωση των οδηγών ήταν εξαιρετική.
Θα ήταν δυνατόν να μας στείλετε τις διαφάνειες για να τις δείξουμε
στους οδηγούς μας;

Με εκτίμηση,
Μελίνα Δρόσου
Δρόσου Γαλακτοκομικά"""),
# ---------------- Spanish ----------------
("es", "b146-es-cargo-duplicado-gasoleo-jonquera", "Jordi Puig <jordi.puig@example.es>", "Extracto de mayo", "billing", "",
"""Buenos días,

En el extracto de mayo de la tarjeta de gasóleo acabada en 3318 aparecen
dos repostajes idénticos en la estación de La Jonquera el día 9: 412,50 €
cada uno, con un minuto de diferencia. El camión repostó una sola vez
(tengo el ticket) y además el depósito no admite tanto.

¿Podéis anular uno de los dos cargos?

Gràcies,
Jordi Puig
Transports Puig i Fills, S.L."""),
("es", "b146-es-mx-penalizacion-renting-profeco", "Alejandro Treviño <alejandro.trevino@example.com.mx>", "Penalización por terminación anticipada", "billing", "high",
"""Buenas tardes,

Tengo en arrendamiento dos camionetas de reparto con ustedes (contrato
AR-20981). Cuando firmé, su ejecutivo me dijo por escrito que podía
terminar el contrato después de 12 meses pagando dos rentas de
penalización. Ahora que lo quiero terminar me cobran $148,000 MXN, que
son prácticamente todas las rentas que faltan.

Tengo el correo de su ejecutivo. Si no respetan lo que me ofrecieron
voy a presentar una queja ante la Profeco y a ver a mi abogado.

Alejandro Treviño
Distribuidora Treviño, Monterrey"""),
("es", "b146-es-ar-bajamos-la-persiana-rastreo", "Graciela Ferraro <graciela.ferraro@example.com.ar>", "Baja del servicio", "billing", "",
"""Hola, buenas tardes.

Les escribo por la distribuidora de mi papá, Ferraro Lácteos. Después de
38 años bajamos la persiana a fin de mes: mi viejo se jubila y nadie de
la familia sigue con el negocio. Las tres camionetas ya están vendidas.

Necesito que dejen de cobrar el rastreo satelital de las tres unidades
($ 27.600 por mes) desde julio. ¿Hay que mandar algo firmado?

Muchas gracias,
Graciela Ferraro
Bahía Blanca"""),
("es", "b146-es-factura-cif-incorrecto", "Administración Hermanos Ortega <admin@hnosortega.example>", "Factura F-2024-0712", "billing", "",
"""Buenos días:

La factura F-2024-0712 del servicio de descarga de tacógrafos viene a
nombre de Hermanos Ortega S.L. pero con el CIF antiguo (B-41223344).
Desde enero el correcto es B-41229988, tras la fusión. Así no la
podemos contabilizar.

¿Podrían emitir una factura rectificativa con el CIF correcto?

Un saludo,
Rocío Ortega
Administración"""),
("es", "b146-es-canon-franquicia-doble-banco", "Iván Castaño <ivan.castano@example.es>", "Canon de junio cobrado dos veces", "billing", "high",
"""Hola,

Soy el franquiciado de la agencia de Getafe. Este mes me habéis pasado el
canon de franquicia de 690 € dos veces, el 1 y el 3 de junio. Lo avisé
el día 4 por el portal de franquiciados y nadie ha contestado.

Si el viernes no tengo el segundo cargo devuelto, doy orden al banco de
devolver el recibo y que lo reclamen ellos.

Iván Castaño"""),
("es", "b146-es-co-cuotas-equipos-gps", "Andrés Felipe Rincón <andres.rincon@example.com.co>", "Pago de los equipos", "billing", "",
"""Buenas tardes,

Estamos interesados en instalar el rastreo satelital en los 15 camiones
de la empresa. La cotización dice $4.350.000 COP por los equipos más la
mensualidad. ¿Es posible pagar los equipos a 6 cuotas con la factura
mensual? ¿Y reciben pago por PSE o solo transferencia?

Quedo atento,
Andrés Felipe Rincón
Transportes Rincón y Cía., Bucaramanga"""),
("es", "b146-es-re-presupuesto-renting-fianza", "Marta Lozano <marta.lozano@example.es>", "RE: Presupuesto renting 2 furgonetas", "billing", "",
"""Hola Sergio,

Gracias por el presupuesto. Antes de firmar, una duda: la fianza de dos
cuotas por furgoneta, ¿se puede sustituir por un aval bancario? Y si se
paga, ¿cuándo se devuelve exactamente, al entregar las furgonetas o
después de la revisión?

Un saludo,
Marta Lozano
Catering Lozano

De: Sergio Manzano <comercial@example-renting.es>
Enviado: martes, 7 de mayo de 2024 12:03
Asunto: Presupuesto renting 2 furgonetas

Estimada Marta:
Le adjunto el presupuesto para dos Renault Trafic isotermo, 48 meses,
30.000 km/año, cuota 589 € + IVA por vehículo, fianza de dos cuotas.
Un saludo,
Sergio"""),
("es", "b146-es-no-es-tecnico-subida-tarifa", "Raúl Benítez <raul.benitez@example.es>", "Tarifa", "billing", "",
"""Buenas,

No es un problema técnico, la aplicación de rutas funciona bien. Lo que
no entiendo es por qué desde abril pagamos 14 € por vehículo en lugar de
los 9 € que teníamos. Con 30 furgonetas son 150 € más al mes. Nadie nos
avisó de ninguna subida. ¿Es un error o es la nueva tarifa?

Raúl Benítez
Mensajería Benítez, Sevilla"""),
("es", "b146-es-mx-pausa-rutas-temporada-baja", "Lupita Hernández <lupita.hernandez@example.com.mx>", "temporada baja", "billing", "",
"""Hola buenos días,

Somos una purificadora y de diciembre a febrero bajamos mucho, los
camiones se quedan en el patio hasta marzo salvo dos. ¿Se puede poner en
pausa la licencia del software de rutas para 8 de las 10 unidades esos
meses y que no nos cobren? En marzo volvemos a activarlas.

Gracias!!
Lupita Hernández
Agua Cristal de Querétaro"""),
("es", "b146-es-fianza-tarjeta-acceso-parking", "Francisco Gil <francisco.gil@example.es>", "fianza tarjeta de acceso", "billing", "",
"""Buenos días,

Dejamos la plaza del aparcamiento de camiones de Coslada a finales de
abril y entregamos en la garita las dos tarjetas de acceso. Se pagaron
50 € de fianza por cada una. ¿Cuándo se devuelven y a qué cuenta?
Tenemos el justificante de entrega.

Saludos,
Francisco Gil"""),
("es", "b146-es-ar-factura-en-dolares", "Martín Sosa <martin.sosa@example.com.ar>", "Factura en dólares?", "billing", "",
"""Buenas,

Me llegó la factura del software de ruteo en dólares (USD 340) y en el
contrato dice que se factura en pesos. Con el cambio de este mes me
termina saliendo bastante más. ¿A qué tipo de cambio la tengo que
pagar, oficial o MEP? ¿O me la pueden reemitir en pesos?

Abrazo,
Martín Sosa
Logística del Litoral, Rosario"""),
("es", "b146-es-marido-fallecio-tarjetas", "Carmen Vidal <carmen.vidal@example.es>", "Mi marido", "billing", "",
"""Muy señores míos:

Les escribo porque mi marido, Joaquín Ruiz, que tenía contratadas con
ustedes dos tarjetas de gasóleo para sus camiones y el servicio de
descarga del tacógrafo, falleció el pasado 20 de abril. Los camiones se
han vendido y ya no hacen falta.

Les ruego que den de baja todo y que no pasen más recibos. Si necesitan
el certificado de defunción, díganme adónde lo envío.

Atentamente,
Carmen Vidal Serrano"""),
("es", "b146-es-danos-devolucion-responsable-abogado", "Óscar Menéndez <oscar.menendez@example.es>", "Reclamación cargo por daños - quiero hablar con un responsable", "billing", "high",
"""Buenas tardes,

Devolvimos la furgoneta de renting 4471-KLM el 30 de abril en vuestra
delegación de Gijón. El revisor la miró delante de mí y firmó el acta
de entrega con "sin daños".

Ahora me cobráis 980 € por "reparación de paragolpes trasero y
tapicería". Llevo tres llamadas y cada vez me dice una persona distinta
que "es lo que pone el sistema". Quiero hablar con un responsable de la
delegación, no con atención al cliente. Si no se anula el cargo, lo
pasaré a mi abogado.

Óscar Menéndez
Menéndez Instalaciones"""),
("es", "b146-es-cl-descuento-volumen-no-aplicado", "Felipe Araya <felipe.araya@example.cl>", "Descuento", "billing", "",
"""Estimados,

Al firmar se nos ofreció un 15% de descuento por volumen al pasar de 40
vehículos con GPS. Desde marzo tenemos 46 y la factura de mayo sigue
saliendo sin descuento ($1.380.000 CLP). ¿Me pueden confirmar desde
cuándo se aplica y si corresponde una nota de crédito?

Saludos cordiales,
Felipe Araya
Transportes Araya, Antofagasta"""),
("es", "b146-es-gps-furgoneta-parada-zaragoza", "Nuria Serrano <nuria.serrano@example.es>", "Localizador", "technical", "",
"""Hola,

El localizador de la furgoneta 2231-JHB la marca parada en un polígono
de Zaragoza desde el lunes, pero la furgoneta está haciendo reparto en
Valencia, la tengo delante. Las otras seis van bien. ¿Es el aparato o
algo de la plataforma?

Nuria"""),
("es", "b146-es-mx-app-rutas-repartidores-sin-ruta", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Ayuda", "technical", "high",
"""Buenos días,

Son las 6:40 y tengo 30 repartidores en el CEDIS de Tlalnepantla con las
camionetas cargadas y en sus celulares la app dice "sin ruta asignada".
En la oficina el planeador no carga, se queda en blanco. No ha salido
nadie. Hoy hay que surtir 410 tiendas de conveniencia y las primeras
ventanas son a las 7:30.

Llevo media hora en la línea de soporte sin que nadie conteste. Por
favor llámenme al 55 5555 0193.

Rodrigo Salinas
Gerente de Operaciones, Distribuidora Salinas"""),
("es", "b146-es-lector-tacografo-no-descarga", "Javier Prieto <javier.prieto@example.es>", "No descarga", "technical", "",
"""Buenos días,

Desde que cambiamos de ordenador en la oficina, el programa de descarga
del tacógrafo no reconoce el lector de tarjetas. Sale "dispositivo no
encontrado". Lo hemos probado en dos puertos USB y el lector se
enciende. Tenemos que descargar las tarjetas de los conductores antes
del día 20.

Javier Prieto
Transportes Prieto, Burgos"""),
("es", "b146-es-olor-gasoil-cabina-mareado", "Elena Morales <elena.morales@example.es>", "Furgoneta de renting 8820-LDF", "technical", "high",
"""Hola,

En la furgoneta de renting 8820-LDF hay desde hace dos días un olor muy
fuerte a gasoil dentro de la cabina, sobre todo con la calefacción
puesta. Hoy el conductor ha tenido que parar porque se mareaba y le
dolía la cabeza. Hay una mancha debajo del motor en el suelo del
almacén.

La hemos dejado parada. ¿Pueden venir a recogerla o decirnos a qué
taller llevarla?

Elena Morales
Floristería Morales, Valladolid"""),
("es", "b146-es-ar-no-puedo-entrar-portal", "Sebastián Ledesma <seba.ledesma@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, no puedo entrar al portal de las tarjetas de combustible, pongo
la contraseña y me dice "usuario o contraseña incorrectos", le doy a
recuperar contraseña y el mail no llega nunca (ya revise spam). usuario
sledesma, cliente 20417. me dan una mano?
Seba"""),
("es", "b146-es-cargador-furgoneta-electrica-quemado", "Pedro Almeida <pedro.almeida@example.es>", "Punto de carga del almacén", "technical", "high",
"""Buenas tardes,

El punto de carga que nos instalasteis en el almacén para la furgoneta
eléctrica se calienta muchísimo. Esta mañana al desenchufar la manguera
olía a quemado y el plástico de la base está deformado y ennegrecido.
Hemos bajado el diferencial y no lo vamos a usar.

Necesitamos que venga un técnico a revisarlo cuanto antes.

Pedro Almeida
Almeida Distribución, Vigo"""),
("es", "b146-es-hola-tarjeta-error-lectura", "Manuel Cortés <manuel.cortes@example.es>", "Hola", "technical", "",
"""Hola,

La tarjeta de combustible del camión 3 (acabada en 7712) da "error de
lectura" en todos los surtidores desde el lunes. Las demás tarjetas
funcionan en las mismas gasolineras. El chip se ve rayado.

No quiero que me devolváis nada ni cambiar de contrato, solo una
tarjeta que funcione. Si puede ser con el mismo PIN mejor. Mientras
tanto el chófer paga de su bolsillo.

Manuel"""),
("es", "b146-es-co-re-ticket-gps-sigue-sin-reportar-supervisor", "Luz Marina Ospina <luz.ospina@example.com.co>", "RE: Ticket 88213 - Equipo sin reportar", "technical", "high",
"""Buenas tardes,

Es la tercera vez que abro este caso. El técnico vino el jueves, cambió
la antena y dijo que quedaba listo. Desde el sábado el camión TKR-482
sigue sin reportar posición, igual que antes. Cada visita me cuesta un
día del vehículo parado.

Ya no quiero hablar con la mesa de ayuda. Solicito que me llame un
supervisor o el jefe del área técnica.

Luz Marina Ospina
Coordinadora de Flota, Lácteos del Valle, Cali

-----Mensaje original-----
De: Soporte <soporte@example-rastreo.co>
Enviado: jueves, 16 de mayo de 2024 17:02
Asunto: Ticket 88213 - Equipo sin reportar

Señora Ospina, le informamos que el técnico realizó el cambio de
antena del equipo en el vehículo TKR-482. El caso queda cerrado."""),
("es", "b146-es-rutas-calles-prohibidas-camiones", "Alberto Navarro <alberto.navarro@example.es>", "Rutas por el centro", "technical", "",
"""Buenos días,

El programa de rutas está metiendo a los camiones de 18 toneladas por el
casco antiguo de Toledo, por calles donde está prohibido el paso a más
de 3,5 t. Tenemos configurado el tipo de vehículo correctamente en cada
ficha. Los conductores ya lo saben y se desvían, pero el cálculo de
horas sale mal y los clientes reciben horas de llegada que no se
cumplen.

Alberto Navarro"""),
("es", "b146-es-app-hora-equivocada-cambio-hora", "Teresa Iglesias <teresa.iglesias@example.es>", "horas mal", "technical", "",
"""Hola, desde el cambio de hora del domingo la app de seguimiento
muestra todas las paradas con una hora menos de la real, y los
informes de jornada también salen desplazados. En el móvil la hora está
bien. ¿Lo podéis revisar?
Teresa, Iglesias Paquetería"""),
("es", "b146-es-mx-tablet-ruteo-se-reinicia", "Jorge Castillo <jorge.castillo@example.com.mx>", "tablet", "technical", "",
"""Que tal,

La tablet que nos dieron con el sistema de ruteo para la camioneta 7 se
reinicia sola cada 15 o 20 minutos mientras el chofer va manejando y
pierde la ruta. Ya la reseteamos de fabrica como nos dijeron y sigue
igual. Las otras tablets funcionan bien.

Saludos,
Jorge Castillo"""),
("es", "b146-es-impresora-tacografo-no-imprime", "Rafael Domínguez <rafael.dominguez@example.es>", "Impresora del tacógrafo", "technical", "",
"""Buenas,

Después de la revisión del tacógrafo que nos hicisteis la semana
pasada, la impresora del tacógrafo no imprime, el papel sale en blanco.
He cambiado el rollo por uno nuevo y pasa lo mismo. Si nos para la
Guardia Civil no podremos imprimir el ticket. ¿Cuándo puedo pasar por
el taller?

Rafael Domínguez"""),
("es", "b146-es-ar-freno-de-mano-camioneta", "Diego Paz <diego.paz@example.com.ar>", "Camioneta alquilada", "technical", "high",
"""Buenas,

Les aviso que la camioneta que les alquilamos (AF 512 JK) tiene el
freno de mano que no sostiene. Ayer la dejamos en la bajada de la
playa de carga con el freno puesto y se fue sola unos metros hasta
pegar contra un pallet. Por suerte no había nadie atrás. Ya la dejamos
en llano con calzas y no la usamos más.

¿Cuándo la pueden pasar a buscar o cambiar?

Diego Paz
Paz Logística, Córdoba"""),
("es", "b146-es-horario-parking-semana-santa", "Antonio Roldán <antonio.roldan@example.es>", "Semana Santa", "general", "",
"""Buenas, ¿qué horario tiene la cafetería y las duchas del aparcamiento
de camiones de Coslada en Semana Santa, jueves y viernes santo? Tenemos
cuatro conductores que se quedan allí esos días. Gracias."""),
("es", "b146-es-mx-agradecimiento-asesor", "Verónica Ríos <veronica.rios@example.com.mx>", "Gracias a Omar", "general", "",
"""Buenas tardes,

Solo quería agradecer a Omar, de su área de atención a clientes, por la
paciencia que tuvo con nosotros para configurar las geocercas de
nuestras 22 unidades. Se quedó en la llamada casi dos horas y nos
explicó todo con calma. Da gusto que lo atiendan a uno así.

Saludos cordiales,
Verónica Ríos
Transportes Ríos, Guadalajara"""),
("es", "b146-es-cambio-domicilio-fiscal", "Gestoría Alonso <gestoria@alonso-asesores.example>", "Cambio de domicilio - Transportes Valle S.L.", "general", "",
"""Buenos días:

En nombre de nuestro cliente Transportes Valle S.L. les comunicamos el
cambio de domicilio social a Polígono Industrial El Plano, calle D,
nave 14, 50430 María de Huerva (Zaragoza), con efectos desde el 1 de
junio. Rogamos lo actualicen en todos sus contratos para las
notificaciones y el envío de correspondencia.

Atentamente,
Lucía Alonso
Gestoría Alonso"""),
("es", "b146-es-ar-campera-olvidada", "Walter Giménez <walter.gimenez@example.com.ar>", "campera", "general", "",
"""Buenas, uno de mis choferes se olvidó una campera azul de jean con
corderito en la sala de descanso del playón de camiones de Zárate el
martes a la noche. ¿Alguien la encontró? Tiene el nombre Rubén bordado
adentro. Gracias, Walter"""),
("es", "b146-es-rgpd-datos-exconductor", "Hugo Ferrer <hugo.ferrer@example.es>", "Solicitud de acceso a mis datos", "general", "",
"""A la atención del Delegado de Protección de Datos:

Trabajé como conductor para Distribuciones Levante hasta febrero de
2024. Tengo entendido que la empresa utilizaba su sistema de
localización en el camión que yo conducía.

Conforme al artículo 15 del RGPD, solicito copia de todos los datos
personales que traten sobre mí (posiciones, tiempos de conducción,
puntuaciones de conducción), desde enero de 2023 hasta febrero de 2024.

Atentamente,
Hugo Ferrer Climent
DNI 12345678Z"""),
("es", "b146-es-vigilante-trato-conductor-director", "Susana Beltrán <susana.beltran@example.es>", "Queja sobre el vigilante del aparcamiento", "general", "high",
"""Buenas tardes,

El lunes por la noche nuestro conductor, Mihai, llegó a su aparcamiento
de camiones de Alfafar con la reserva hecha. El vigilante le dijo que
"aquí no queremos rumanos", le gritó delante de otros conductores y le
tuvo 45 minutos esperando en la rotonda.

Esto es inaceptable. Exijo que el director del aparcamiento o alguien
de la dirección se ponga en contacto conmigo, no quiero una respuesta
automática.

Susana Beltrán
Jefa de Tráfico, Transportes Beltrán"""),
("es", "b146-es-mx-rejilla-patio-chofer-tobillo", "Ernesto Villarreal <ernesto.villarreal@example.com.mx>", "Patio de estacionamiento Querétaro", "general", "high",
"""Buenas tardes,

En el patio de estacionamiento para tráileres que rentamos con ustedes
en Querétaro, la rejilla del drenaje junto a la caseta de baños está
suelta y se hunde al pisarla. Además las lámparas de esa zona no
prenden desde hace una semana. Anoche uno de nuestros operadores metió
el pie y se torció el tobillo, está incapacitado.

Por favor arréglenla o acordónenla antes de que alguien se lastime
peor.

Ernesto Villarreal"""),
("es", "b146-es-patrocinio-carrera-popular", "Club Atletismo Ribera <club@atletismoribera.example>", "Patrocinio carrera popular", "general", "",
"""Hola,

Somos el Club Atletismo Ribera de Alzira y organizamos la X Carrera
Popular el 13 de octubre. Como muchas empresas de transporte de la zona
trabajan con vosotros, hemos pensado que os podría interesar patrocinar
el avituallamiento. Vuestro logo saldría en camisetas, dorsales y
redes.

Un saludo,
Pilar Carbonell
Junta directiva"""),
("es", "b146-es-co-informacion-franquicia-medellin", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Franquicia", "general", "",
"""Buenos días,

Quisiera información para abrir una franquicia de mensajería de ustedes
en Medellín, sector Envigado o Itagüí. Tengo experiencia de 7 años en
logística de última milla. ¿Tienen zonas disponibles? ¿Cómo es el
proceso de selección y la capacitación?

Muchas gracias,
Camilo Restrepo"""),
("es", "b146-es-urgente-envio-tarjetas-nave", "Laura Sanz <laura.sanz@example.es>", "URGENTE tarjetas nuevas", "general", "",
"""URGENTE: las 5 tarjetas de combustible nuevas que nos mandáis esta
semana, por favor enviadlas a la nave de Alcalá (Avda. de Madrid 82,
28802) y NO a las oficinas de Madrid, que el viernes no hay nadie.
A la atención de Laura, departamento de flota. ¡Gracias!"""),
("es", "b146-es-curso-tacografo-fechas", "Ramon Castells <ramon.castells@example.es>", "Consulta", "general", "",
"""Hola, buenos dias,

Seguis haciendo el curso de tacografo digital y tiempos de conduccion y
descanso para conductores nuevos? Tenemos tres que empiezan en
septiembre. Que fechas teneis en Barcelona o Tarragona en septiembre u
octubre?

Gracias,
Ramon"""),
("es", "b146-es-cl-cobertura-rastreo-argentina", "Camila Muñoz <camila.munoz@example.cl>", "Consulta cobertura", "general", "",
"""Estimados,

Estamos evaluando hacer viajes regulares a Mendoza por el Paso Los
Libertadores. ¿El servicio de rastreo que tenemos sigue funcionando del
lado argentino, o hay que activar algo? ¿Y en el túnel se pierde la
señal?

Saludos,
Camila Muñoz
Frigoríficos del Sur, Santiago"""),
("es", "b146-es-felicitacion-jornada-seguridad", "Enrique Pastor <enrique.pastor@example.es>", "Jornada de seguridad vial", "general", "",
"""Buenas tardes,

Quería felicitaros por la jornada de seguridad vial para flotas del
jueves en IFEMA. La ponencia sobre la fatiga en conductores nocturnos
fue de lo mejor que he visto. ¿Podríais enviarnos la presentación para
usarla en la formación interna?

Un cordial saludo,
Enrique Pastor
Responsable de Prevención, Áridos Pastor"""),
# ---------------- Polish ----------------
("pl", "b146-pl-karta-paliwowa-podwojne-obciazenie", "Krzysztof Wrona <krzysztof.wrona@example.pl>", "Zestawienie za maj", "billing", "",
"""Dzień dobry,

W zestawieniu za maj dla karty paliwowej kończącej się na 6620 są dwie
identyczne transakcje na stacji w Strykowie z 14.05: po 1 284,40 zł,
minuta różnicy. Kierowca tankował raz, mam paragon, a do baku tyle by
się i tak nie zmieściło.

Proszę o anulowanie jednej z nich.

Pozdrawiam,
Krzysztof Wrona
Wrona Transport Sp. z o.o."""),
("pl", "b146-pl-leasing-busa-nadprzebieg", "Magdalena Kowal <magdalena.kowal@example.pl>", "Przebieg - umowa NL/2021/3341", "billing", "",
"""Dzień dobry,

Umowa najmu długoterminowego busa (NL/2021/3341) kończy się we wrześniu.
Wygląda na to, że przekroczymy limit o ok. 12 000 km, bo doszedł nam
klient w Gdańsku. W umowie jest 0,28 zł netto za każdy km ponad limit.

Czy można teraz zwiększyć limit na pozostałe miesiące i czy wyjdzie to
taniej niż rozliczenie na koniec? Wolałabym znać kwotę wcześniej.

Magdalena Kowal
Kowal Catering"""),
("pl", "b146-pl-oplata-za-uszkodzenia-rzecznik-sad", "Tadeusz Szymański <tadeusz.szymanski@example.pl>", "Nota obciążeniowa 2024/588 - reklamacja", "billing", "high",
"""Szanowni Państwo,

W dniu 29 kwietnia zwróciliśmy w Waszym oddziale w Poznaniu dwa
samochody dostawcze z najmu (PO 4471K i PO 4472K). Państwa pracownik
obejrzał je przy nas i podpisał protokół zdawczo-odbiorczy bez uwag.

Dziś otrzymaliśmy notę obciążeniową 2024/588 na 3 860,00 zł za
"naprawę lakieru i wymianę lusterka". Nie zapłacimy jej. Jeżeli nota
nie zostanie anulowana w ciągu 14 dni, sprawa trafi do naszej kancelarii
prawnej i do sądu, a o praktykach Państwa firmy poinformujemy UOKiK.

Tadeusz Szymański
Prezes Zarządu, Szymański Instalacje Sp. z o.o."""),
("pl", "b146-pl-faktura-bledny-nip", "Ksiegowosc Lis-Trans <ksiegowosc@lis-trans.example>", "faktura FV/2024/05/1187", "billing", "",
"""Dzien dobry,
na fakturze FV/2024/05/1187 za abonament GPS jest bledny NIP - jest
7792233441, a powinien byc 7792233414 (przestawione cyfry). Nie mozemy
jej zaksiegowac. Prosze o korekte.
Pozdrawiam
Ewa Lis, ksiegowosc"""),
("pl", "b146-pl-zawieszenie-gps-autokary-wakacje", "Jan Bielecki <jan.bielecki@example.pl>", "Autokary szkolne", "billing", "",
"""Dzień dobry,

Wozimy dzieci do szkół w gminie i w lipcu i sierpniu nasze cztery
autokary stoją na placu. Czy można na te dwa miesiące zawiesić
abonament lokalizacji dla tych czterech pojazdów (po 49 zł), a od
września go wznowić bez nowej umowy?

Z poważaniem,
Jan Bielecki
Przewozy Bielecki, Nowy Targ"""),
("pl", "b146-pl-franczyza-tata-odszedl", "Natalia Dudek <natalia.dudek@example.pl>", "Punkt kurierski w Opolu", "billing", "",
"""Dzień dobry,

Mój tata, Zbigniew Dudek, prowadził Państwa punkt kurierski w ramach
franczyzy w Opolu przy ul. Ozimskiej. Tata odszedł nagle w lutym i
punkt jest zamknięty, bus został oddany do oddziału.

Z jego konta nadal schodzi miesięczna opłata franczyzowa 1 200 zł
(marzec i kwiecień). Proszę o wstrzymanie opłat i informację, co się
stanie z tymi dwoma pobranymi kwotami. Mogę przesłać akt zgonu.

Natalia Dudek"""),
("pl", "b146-pl-parking-rezerwacja-brak-miejsca-chargeback", "Andrzej Pawlak <andrzej.pawlak@example.pl>", "Rezerwacja PK-30215", "billing", "high",
"""Dzień dobry,

Zarezerwowałem i opłaciłem z góry kartą miejsce na noc na Waszym
parkingu dla ciężarówek pod Strykowem (rezerwacja PK-30215, 95 zł). Na
miejscu ochroniarz powiedział, że parking pełny, a rezerwacji "nie
widzi w systemie". Musiałem jechać dalej na resztce czasu pracy i
stanąć na MOP-ie.

Pisałem 3 razy o zwrot, bez odpowiedzi. Jeżeli do piątku pieniądze nie
wrócą, składam w banku reklamację transakcji (chargeback).

Andrzej Pawlak"""),
("pl", "b146-pl-re-oferta-najmu-5-busow-rabat", "Marek Gajewski <marek.gajewski@example.pl>", "Re: Oferta najmu 5 busow", "billing", "",
"""Dzien dobry Pani Karolino,

dziekuje za oferte. 2 150 zl netto za bus miesiecznie to troche wiecej
niz zakladalismy. Skoro bierzemy piec naraz, czy jest mozliwy jakis
rabat albo ubezpieczenie w cenie? Jesli tak, podpiszemy jeszcze w tym
tygodniu.

Marek Gajewski
Gajewski Przeprowadzki

> Od: Karolina Wiśniewska <oferty@example-najem.pl>
> Temat: Oferta najmu 5 busów
>
> Szanowny Panie,
> w załączeniu oferta na 5 x Renault Master, 36 miesięcy, limit
> 40 000 km/rok, 2 150 zł netto miesięcznie za pojazd.
> Pozdrawiam, Karolina Wiśniewska"""),
("pl", "b146-pl-to-nie-aplikacja-cena-wzrosla", "Bartosz Michalski <bartosz.michalski@example.pl>", "Aplikacja", "billing", "",
"""Dzień dobry,

To nie jest problem z aplikacją, aplikacja do tras działa dobrze.
Chodzi o to, że od kwietnia płacimy 45 zł za pojazd zamiast 32 zł. Przy
18 autach to ponad 230 zł miesięcznie więcej, a nikt nas o podwyżce
nie informował. Czy to pomyłka, czy nowy cennik?

Bartosz Michalski
Michalski Dystrybucja, Lublin"""),
("pl", "b146-pl-tanszy-pakiet-tras", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

Od przyszłego miesiąca chcielibyśmy przejść z pakietu Premium na Start
w programie do planowania tras. Nie korzystamy z raportów spalania ani
z modułu magazynowego. Czy trzeba coś podpisać, czy zmienią to
Państwo po swojej stronie?

Dziękuję,
Joanna Krawczyk
Piekarnia Krawczyk"""),
("pl", "b146-pl-kaucja-karta-dostepu-parking", "Robert Czarnecki <robert.czarnecki@example.pl>", "kaucja", "billing", "",
"""Dzień dobry,

Z końcem kwietnia zrezygnowaliśmy z miejsca na parkingu w Gliwicach i
oddaliśmy na portierni trzy karty dostępu (mamy potwierdzenie). Za
każdą płaciliśmy 100 zł kaucji. Kiedy i na jakie konto zostanie
zwrócona?

Pozdrawiam,
Robert Czarnecki"""),
("pl", "b146-pl-raty-montaz-lokalizatorow", "Łukasz Sadowski <lukasz.sadowski@example.pl>", "Płatność za montaż", "billing", "",
"""Dzień dobry,

Chcemy zamontować lokalizatory w 20 pojazdach. W ofercie montaż i
urządzenia to 9 800 zł netto jednorazowo. Czy jest możliwość
rozłożenia tego na raty, np. 10 miesięcy razem z abonamentem? I czy
mogą Państwo wystawić fakturę z terminem 30 dni?

Łukasz Sadowski
Sadowski Logistyka, Rzeszów"""),
("pl", "b146-pl-kara-umowna-przelozony-rzecznik-msp", "Grzegorz Kaczmarek <grzegorz.kaczmarek@example.pl>", "Kara za wcześniejsze zakończenie najmu", "billing", "high",
"""Dzień dobry,

Kończę wcześniej najem dwóch dostawczaków (umowa NL/2022/1187), bo
straciłem główny kontrakt. W marcu Państwa handlowiec podał mi przez
telefon karę 6 000 zł, a w dokumentach przysłanych wczoraj jest
21 400 zł.

Dwa razy rozmawiałem z infolinią i słyszę tylko "tak wylicza system".
Żądam kontaktu z przełożonym albo kierownikiem regionu, który wyjaśni,
skąd ta różnica. Jeżeli się nie da, zgłoszę sprawę do rzecznika MŚP.

Grzegorz Kaczmarek
Kaczmarek Usługi Budowlane
tel. 601 555 210"""),
("pl", "b146-pl-sprzedalismy-firme-karty", "Halina Zawadzka <halina.zawadzka@example.pl>", "Zamkniecie kont", "billing", "",
"""Szanowni Panstwo,

z koncem czerwca konczymy dzialalnosc transportowa - firma zostala
sprzedana, a nowy wlasciciel ma swoje karty. Prosze zamknac nasze
konto kart paliwowych nr 44120 po ostatnich tankowaniach i podac kwote
ostatniej faktury, zebysmy zostawili srodki na koncie. Potem prosze
odwolac polecenie zaplaty.

Z powazaniem
Halina Zawadzka
Zawadzki Transport"""),
("pl", "b146-pl-lokalizator-stara-pozycja", "Piotr Sikorski <piotr.sikorski@example.pl>", "Lokalizacja", "technical", "",
"""Dzień dobry,

Na mapie ciągnik WZ 8812K stoi od dwóch dni na parkingu pod Koninem, a
w rzeczywistości jest teraz w Niemczech pod Hanowerem. Pozostałe auta
pokazują się normalnie. Ostatnia pozycja jest z wtorku 6:12. Czy to
urządzenie, czy coś po Waszej stronie?

Piotr"""),
("pl", "b146-pl-trasy-kierowcy-czekaja-na-placu", "Agnieszka Wójcik <agnieszka.wojcik@example.pl>", "Dzisiejsze trasy", "technical", "high",
"""Dzień dobry,

Od 5:30 dzwonię na infolinię i nikt nie odbiera.

Mamy 25 kierowców na placu w Błoniu z załadowanymi autami, a na ich
terminalach jest "brak przypisanej trasy". Planer w przeglądarce się
nie ładuje. Nikt nie wyjechał. Dziś 480 dostaw do sklepów, pierwsze
okna od 7:00.

Proszę o pilny kontakt: 22 555 01 77.

Agnieszka Wójcik
Kierownik Transportu, Świeże Dostawy Sp. z o.o."""),
("pl", "b146-pl-czytnik-karty-firmowej", "Dariusz Mazur <dariusz.mazur@example.pl>", "Czytnik kart", "technical", "",
"""Dzień dobry,

Od aktualizacji Windowsa w poniedziałek Państwa program do zgrywania
tachografów nie widzi czytnika kart - komunikat "brak czytnika". Dioda
na czytniku się świeci. Próbowałem inny port USB i restart. Karty
kierowców musimy zgrać do piątku.

Dariusz Mazur
Mazur Transport"""),
("pl", "b146-pl-bus-spalenizna-dym-spod-maski", "Paweł Kamiński <pawel.kaminski@example.pl>", "Bus z najmu WX 5521P", "technical", "high",
"""Dzień dobry,

Dziś rano w busie z najmu (WX 5521P) kierowca poczuł zapach spalenizny,
a po chwili spod maski zaczął lecieć dym. Zatrzymał się na poboczu S8
i zgasił silnik. Dym po kilku minutach przestał, ale samochód stoi na
stacji pod Radzyminem i nie będziemy nim jechać.

Proszę o holowanie i auto zastępcze.

Paweł Kamiński
tel. 698 555 334"""),
("pl", "b146-pl-nie-moge-sie-zalogowac", "Sylwia Baran <sylwia.baran@example.pl>", "logowanie", "technical", "",
"""dzien dobry, nie moge sie zalogowac do panelu kart paliwowych, wpisuje
haslo i pisze "nieprawidlowe dane", a mail do resetu hasla nie
przychodzi (w spamie tez nie ma). login sbaran, klient 30552.
pozdrawiam Sylwia"""),
("pl", "b146-pl-ladowarka-dostawczak-iskrzy", "Marcin Zając <marcin.zajac@example.pl>", "Ładowarka w magazynie", "technical", "high",
"""Dzień dobry,

Ładowarka do elektrycznego dostawczaka, którą zamontowaliście nam w
magazynie, dziś przy podłączaniu zaiskrzyła z głośnym trzaskiem i
wybiło zabezpieczenie. Na wtyczce jest czarny ślad i czuć spaleniznę.
Wyłączyliśmy ją w rozdzielni i nie używamy.

Prosimy o przyjazd elektryka.

Marcin Zając
Zając Hurtownia Elektryczna, Kraków"""),
("pl", "b146-pl-pytanie-aplikacja-nie-skanuje", "Kamil Wróbel <kamil.wrobel@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry,

Aplikacja dla kurierów od wczoraj nie skanuje kodów paczek - aparat się
włącza, ale nic nie odczytuje, nawet przy dobrym świetle. Aplikacja
zaktualizowana, telefony różne (Samsung i Motorola). Kurierzy wpisują
numery ręcznie, co trwa wieki.

Kamil Wróbel
punkt franczyzowy Kalisz"""),
("pl", "b146-pl-re-zgloszenie-zdalny-pobor-tachografu", "Iwona Stępień <iwona.stepien@example.pl>", "Re: Zgłoszenie 55132 - zdalny odczyt", "technical", "",
"""Dzień dobry,

Zgodnie z zaleceniem zaktualizowaliśmy oprogramowanie modułu w DAF-ie,
ale zdalny odczyt tachografu nadal się nie wykonuje - w panelu ciągle
"oczekuje". Ostatni udany plik z 2 maja. Czy technik może podjechać do
bazy w Lesznie?

Iwona Stępień

-----Wiadomość oryginalna-----
Od: Pomoc techniczna <serwis@example-tacho.pl>
Data: 15 maja 2024 10:31
Temat: Zgłoszenie 55132 - zdalny odczyt

Pani Iwono,
prosimy o aktualizację oprogramowania modułu do wersji 4.2 zgodnie z
instrukcją w załączniku. Jeśli problem się utrzyma, prosimy o
odpowiedź na tę wiadomość.
Pozdrawiamy"""),
("pl", "b146-pl-trasy-pod-niski-wiadukt", "Wojciech Jasiński <wojciech.jasinski@example.pl>", "Trasy", "technical", "high",
"""Dzień dobry,

Wasz program wyznacza naszym ciężarówkom (wysokość 4 m) trasę pod
wiaduktem kolejowym w Zgierzu, który ma 3,2 m. Wysokość mamy wpisaną w
każdej karcie pojazdu. Wczoraj kierowca zauważył znak w ostatniej
chwili i hamował awaryjnie, dziś drugi to samo. Ktoś w końcu w ten
wiadukt wjedzie.

Proszę to sprawdzić.

Wojciech Jasiński
Jasiński Materiały Budowlane"""),
("pl", "b146-pl-alerty-predkosci-nie-przychodza", "Ewelina Górecka <ewelina.gorecka@example.pl>", "alerty", "technical", "",
"""Dzień dobry, od tygodnia nie przychodzą mi na telefon powiadomienia o
przekroczeniu prędkości i wyjeździe ze strefy. Na stronie w panelu
alerty są, w aplikacji nic. Powiadomienia w telefonie włączone, iPhone
14. Ewelina"""),
("pl", "b146-pl-karta-paliwowa-chip-nie-czyta", "Zbigniew Olszewski <zbigniew.olszewski@example.pl>", "karta do Iveco", "technical", "",
"""Dzień dobry,

Karta paliwowa do Iveco (końcówka 0451) od poniedziałku na każdej
stacji pokazuje "błąd odczytu karty". Pozostałe karty działają na tych
samych stacjach. Chip jest porysowany.

Nie chcę zwrotu ani zmiany umowy, tylko nowej działającej karty,
najlepiej z tym samym PIN-em. Na razie kierowca płaci swoją kartą.

Zbigniew Olszewski"""),
("pl", "b146-pl-lokalizator-rozladowuje-akumulator", "Rafal Kubacki <rafal.kubacki@example.pl>", "Akumulatory", "technical", "",
"""Dzien dobry,
od kiedy w dwoch busach (KR 2231M i KR 2232M) zamontowano lokalizatory,
po weekendzie akumulator jest rozladowany i auto nie odpala. Przed
montazem nie bylo takiego problemu. Trzeci bus z tym samym
urzadzeniem odpala normalnie. Czy cos jest zle podlaczone?
Rafal Kubacki"""),
("pl", "b146-pl-szlaban-parking-kolejka-na-drodze", "Adam Wieczorek <adam.wieczorek@example.pl>", "Szlaban", "technical", "high",
"""Dzień dobry,

Od godziny 19 szlaban wjazdowy na Waszym parkingu w Strykowie nie
otwiera się na kody rezerwacji ani na przycisk. Na portierni nikogo
nie ma. Przed wjazdem stoi już kolejka kilkunastu zestawów, ostatnie
stoją na drodze wojewódzkiej, na łuku, bez oświetlenia. Za chwilę
ktoś w nie wjedzie.

Proszę o natychmiastowy kontakt z kimś, kto może otworzyć szlaban.

Adam Wieczorek, kierowca
tel. 512 555 608"""),
("pl", "b146-pl-wigilia-godziny-biura", "Beata Krajewska <beata.krajewska@example.pl>", "Godziny w święta", "general", "",
"""Dzień dobry, w jakich godzinach będzie czynne biuro obsługi i
prysznice na parkingu w Gliwicach w Wigilię i 31 grudnia? Kilku naszych
kierowców będzie tam stało. Dziękuję."""),
("pl", "b146-pl-podziekowanie-wymiana-busa", "Teresa Nowicka <teresa.nowicka@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

Chciałam bardzo podziękować panu Michałowi z działu assistance. W
sobotę wieczorem nasz bus z tortami weselnymi stanął pod Olsztynem, a
o 6 rano mieliśmy już auto zastępcze. Wesele się odbyło, a goście nic
nie wiedzieli. Pan Michał był spokojny i oddzwaniał co godzinę.

Proszę mu przekazać nasze podziękowania.

Teresa Nowicka
Cukiernia Nowiccy"""),
("pl", "b146-pl-zmiana-adresu-krs", "Biuro Rachunkowe Kos <biuro@kos-rachunkowosc.example>", "Zmiana adresu siedziby", "general", "",
"""Dzień dobry,

W imieniu naszego klienta, firmy Trans-Bud Sp. z o.o., informujemy o
zmianie adresu siedziby (wpis w KRS z 3 czerwca) na: ul. Przemysłowa
12, 62-052 Komorniki. Prosimy o aktualizację danych we wszystkich
umowach, aby korespondencja trafiała na nowy adres. Numery telefonów
się nie zmieniają.

Z poważaniem,
Anna Kos"""),
("pl", "b146-pl-zgubiony-portfel-parking", "Leszek Borowski <leszek.borowski@example.pl>", "portfel", "general", "",
"""Dzien dobry, nasz kierowca Leszek zostawil chyba portfel w swietlicy
na parkingu w Koninie w nocy z poniedzialku na wtorek. Brazowy, skorzany,
w srodku prawo jazdy i karta kierowcy. Czy ktos oddal? Tel. 605 555 119."""),
("pl", "b146-pl-rodo-dane-lokalizacji-bylego-kierowcy", "Mateusz Lewandowski <mateusz.lewandowski@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Szanowni Państwo,

Do lutego pracowałem jako kierowca w firmie Transport-Mar. Firma
korzystała z Państwa systemu monitoringu pojazdów w ciężarówce, którą
prowadziłem.

Na podstawie art. 15 RODO proszę o kopię wszystkich moich danych
osobowych, które Państwo przetwarzają (historia położenia, czas jazdy,
oceny stylu jazdy), za okres od stycznia 2023 do lutego 2024.

Z poważaniem,
Mateusz Lewandowski"""),
("pl", "b146-pl-kurier-niegrzeczny-kierownik", "Dorota Pietrzak <dorota.pietrzak@example.pl>", "Zachowanie kuriera", "general", "high",
"""Dzień dobry,

Wczoraj kurier z Państwa punktu franczyzowego przy ul. Długiej w Radomiu
doręczał paczkę mojemu ojcu (82 lata, chodzi o kulach). Ojciec szedł
do drzwi dłużej, a kurier krzyczał przez drzwi, że "nie ma czasu na
dziadków", i rzucił paczkę na wycieraczkę. Widziała to sąsiadka.

Nie interesuje mnie odpowiedź z punktu. Żądam, żeby sprawą zajął się
kierownik lub ktoś z centrali odpowiedzialny za franczyzobiorców, i
chcę wiedzieć, co zostanie zrobione.

Dorota Pietrzak"""),
("pl", "b146-pl-parking-dziura-kierowca-przewrocil", "Henryk Zieliński <henryk.zielinski@example.pl>", "Parking Konin - niebezpiecznie", "general", "high",
"""Dzień dobry,

Na Waszym parkingu dla ciężarówek pod Koninem, w ostatnim rzędzie przy
toaletach, od dwóch tygodni nie świecą lampy, a między miejscami 51 i
53 jest głęboka dziura z wodą, której po ciemku nie widać. W czwartek
w nocy nasz kierowca w nią wpadł i się przewrócił - rozcięta ręka,
skręcone kolano, jest na L4.

Zgłaszaliśmy to na portierni. Proszę to naprawić i oświetlić, zanim
ktoś zrobi sobie większą krzywdę.

Henryk Zieliński
Zieliński Transport"""),
("pl", "b146-pl-sponsoring-klub-pilkarski", "Kacper Jankowski <kacper.jankowski@example.pl>", "Sponsoring", "general", "",
"""Dzień dobry,

Trenuję drużynę żaków w klubie Orzeł Łowicz. Wielu rodziców jeździ jako
kierowcy w firmach, które mają Wasze karty paliwowe. Czy bylibyście
zainteresowani sponsorowaniem nowych strojów na kolejny sezon? Logo
byłoby na koszulkach i na banerze przy boisku.

Pozdrawiam,
Kacper Jankowski"""),
("pl", "b146-pl-franczyza-informacje-rzeszow", "Tomasz Kolodziej <tomasz.kolodziej@example.pl>", "Franczyza Rzeszow", "general", "",
"""Dzien dobry,

Chcialbym otworzyc punkt kurierski w Waszej sieci franczyzowej w
Rzeszowie albo Krosnie. Mam 9 lat doswiadczenia jako kurier. Czy sa
wolne rejony? Jak wyglada szkolenie i czy na start trzeba miec wlasny
lokal?

Pozdrawiam,
Tomasz Kolodziej"""),
("pl", "b146-pl-pilne-dostawa-kart-do-bazy", "Monika Adamczyk <monika.adamczyk@example.pl>", "PILNE!!! nowe karty", "general", "",
"""PILNE - 7 nowych kart paliwowych, które wysyłacie w tym tygodniu,
proszę wysłać do naszej bazy w Tychach (ul. Przemysłowa 40, 43-100) a
NIE do biura w Katowicach, bo w piątki nikogo tam nie ma. Do rąk Moniki,
dział floty. Dzięki!"""),
("pl", "b146-pl-szkolenie-czas-pracy-terminy", "Jerzy Walczak <jerzy.walczak@example.pl>", "Szkolenie", "general", "",
"""Dzień dobry,

Czy nadal organizujecie szkolenia z czasu pracy kierowców i obsługi
tachografu cyfrowego dla nowych kierowców? Od września zaczyna u nas
czterech. Jakie są najbliższe terminy we Wrocławiu?

Jerzy Walczak
Walczak Spedycja"""),
("pl", "b146-pl-dzien-dobry-drugi-numer-dyspozytora", "Ryszard Sobczak <ryszard.sobczak@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry,

czy można dopisać do naszego konta (klient 22714) drugi numer
kontaktowy - do dyspozytora, pana Artura Malinowskiego, tel. 733 555
902? Chcemy, żeby w nocy dzwonić można było do niego, a nie do mnie.

Ryszard Sobczak"""),
("pl", "b146-pl-targi-poznan-prezentacja", "Aleksandra Wilk <aleksandra.wilk@example.pl>", "Konferencja flotowa w Poznaniu", "general", "",
"""Dzień dobry,

Dziękujemy za konferencję flotową na targach w Poznaniu. Wykład o
zmęczeniu kierowców na trasach nocnych był naprawdę świetny. Czy
mogliby Państwo przesłać prezentację? Chcielibyśmy wykorzystać ją na
szkoleniu wewnętrznym.

Pozdrawiam serdecznie,
Aleksandra Wilk
Specjalista BHP, Wilk Kruszywa"""),
]
