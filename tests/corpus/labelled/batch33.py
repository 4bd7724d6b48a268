# batch33.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Businesses mostly from private clinics, physiotherapy,
# dentists, online pharmacies, fitness trackers and wearables, e-scooter
# and bike sharing, electric vehicle charging, airports and lounges, travel
# agencies and cruise lines.  The failure classes in new situations --
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise and thanks, payment questions -- and
# everyday mail of all three queues.  40 mails in each of en, el (about a
# third Greeklish), es and pl, written separately for each language.
# Same tuple format as batch13-16.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b33-physio-block-moving-leeds", "Harriet Cole <harriet.cole@example.co.uk>", "Remaining sessions", "billing", "",
"""Hi there,

I bought the block of six physio sessions in March (270 paid up front)
and I've used three of them. My job is moving me to Leeds at the end of
the month so I won't be able to get to the Cheltenham clinic for the
rest. Could the three I haven't used be refunded to my card?

Nothing wrong with the treatment at all, my shoulder is loads better.

Thanks,
Harriet"""),
("en", "b33-hygienist-deposit-taken-twice", "Niamh Brennan <niamh.brennan@example.ie>", "Deposit", "billing", "",
"""Hello, I booked a hygienist appointment online for the 14th and the
EUR 25 deposit has come out of my account twice, both on the same day.
Can you refund one of them please? Niamh Brennan"""),
("en", "b33-pharmacy-repeat-charged-twice", "Doug Kowalski <doug.kowalski@example.com>", "Charged twice for my refill", "billing", "",
"""Hi,

My blood pressure refill (order #PX-40917) shows up twice on my credit
card statement, $18.40 each, posted on the 2nd. I only got one package
and I only placed one order. Please reverse the second charge.

Doug Kowalski
Columbus, OH"""),
("en", "b33-tracker-premium-late-husband", "Margaret Ellison <m.ellison@example.co.uk>", "Graham's account", "billing", "",
"""Dear Sir or Madam,

My husband Graham passed away in January. He wore one of your watches
for his walking and I have found on our bank statement that 7.99 is
still being taken every month for something called "Premium". I would
be grateful if you could stop this. I do not know his password.

His email address was graham.ellison@example.co.uk if that helps.

Yours faithfully,
Margaret Ellison"""),
("en", "b33-scooter-pass-netball-ankle", "Jess Nguyen <jess.nguyen@example.com.au>", "monthly pass", "billing", "",
"""Hey team, rolled my ankle at netball on Thursday and I'm in a moon boot
for 6 weeks so no scooting for me for a while haha. Can I freeze my
$29.99 monthly pass till I'm back on my feet instead of paying for
nothing? Cheers, Jess"""),
("en", "b33-ev-session-overcharge-chargeback", "Alistair Grant <alistair.grant@example.co.uk>", "Charging session 12 May - third email", "billing", "high",
"""This is the third time I have written about this.

On 12 May I charged at your hub on the A9 near Perth. The car took
41 kWh, which the car's own display confirms. Your app billed me 187.60
for 312 kWh, which is more than four times what my battery can even
hold. On 15 May your team said it would be "reviewed within 5 working
days". Nothing since.

I want the overcharge of roughly 156 refunded. If it is not back on my
card by Friday I will raise a chargeback with my bank and leave them to
sort it out with you.

Alistair Grant"""),
("en", "b33-lounge-flight-cancelled-refund", "Rohan Iyer <rohan.iyer@example.in>", "Lounge booking LHR-T5 / booking ref LNG88213", "billing", "",
"""Dear Team,

I had pre-booked lounge access at Heathrow Terminal 5 for 2 adults on
22 June for GBP 78.00 (ref LNG88213). Our flight to Mumbai was cancelled
by the airline the previous evening and we were rebooked on a flight
from Manchester, so we could not use the lounge.

Kindly process the refund of GBP 78.00 to the original card. I have
attached the airline's cancellation message for your reference.

Thanks and regards,
Rohan Iyer
Pune"""),
("en", "b33-cruise-balance-monthly", "Brenda Lyle <brenda.lyle@example.com>", "Question", "billing", "",
"""Hi! We put down $600 for the Alaska sailing next August. The balance is
about $4,100. Is there any way to pay that off monthly between now and
the final payment date instead of all at once? And when is the final
payment date exactly? The confirmation just says "90 days prior."

Thank you!
Brenda"""),
("en", "b33-package-voucher-small-claims", "Simon Pryce <simon.pryce@example.co.uk>", "Cancelled Lisbon package - I want cash, not a voucher", "billing", "high",
"""Dear Sirs,

You cancelled our package holiday to Lisbon (booking TA-55120, 1,846.00
paid in full) eleven days before departure. Your email offers a
"holiday credit voucher" valid for 12 months.

I do not want a voucher. Under the Package Travel Regulations you
cancelled, so I am entitled to a full cash refund within 14 days. That
deadline has now passed.

If the full amount is not refunded within 7 days of this email I will
report you to ABTA and start a small claims case without further
notice.

Simon Pryce"""),
("en", "b33-re-clinic-invoice-insurer", "Declan Murphy <declan.murphy@example.ie>", "Re: Your invoice CL-20734", "billing", "",
"""Hi Orla,

Thanks for sending that on. Unfortunately my insurer won't accept it as
it is - they need the invoice made out to them directly with my policy
number (HB-4471902) and the procedure code on it. Could you reissue it
that way? They'll pay you directly and I'll cover the excess of EUR 150.

Declan

On Tue 4 Jun, 11:02, Orla Kavanagh <accounts@stbrigidsclinic.example> wrote:
> Dear Mr Murphy,
> Please find attached invoice CL-20734 for your knee arthroscopy on
> 28 May, amount EUR 2,380.00.
> Kind regards,
> Orla Kavanagh, Accounts"""),
("en", "b33-bike-share-got-own-bike", "Ciara Walsh <ciara.walsh@example.ie>", "Hello", "billing", "",
"""Hello, my partner got me a bike for my birthday (finally!) so I won't
need the bike share any more. My annual membership renews on the 3rd -
please don't renew it. Thanks a million, Ciara"""),
("en", "b33-aligners-quote-practice-manager", "Tom Hennessy <tom.hennessy@example.co.uk>", "Aligner treatment - price", "billing", "high",
"""At my consultation in February I was quoted 2,950 for clear aligners,
in writing, on your practice letterhead. The finance agreement I've now
been sent is for 3,450. When I rang, the receptionist said prices "went
up in April" and there was nothing she could do.

I signed up at the quoted price. I want the practice manager to call me
this week and sort this out. I'm not signing the new agreement.

Tom Hennessy
07700 900458"""),
("en", "b33-pharmacy-delivery-fee-over-threshold", "Sunita Rao <sunita.rao@example.co.uk>", "Order 31862", "billing", "",
"""Hi, the delivery itself was fine, no complaints there - it came next
day. My question is why I paid 3.95 delivery when the order was 42.30
and your site says free delivery over 35. Can you refund the 3.95?
Thanks, Sunita"""),
("en", "b33-smartwatch-exchange-larger", "Kieran O'Shea <kieran.oshea@example.com>", "Swap for the 45mm", "billing", "",
"""Hi lads,

Got the 41mm watch yesterday and it looks tiny on me. Still in the box,
film still on the screen. Can I swap it for the 45mm? I know that one
is 30 more, happy to pay the difference.

Kieran"""),
("en", "b33-tracker-stopped-syncing-update", "Megan Ortiz <megan.ortiz@example.com>", "band not syncing", "technical", "",
"""My fitness band hasn't synced since my phone updated on Tuesday. The
app just spins on "looking for your device". I've restarted both,
turned bluetooth off and on, and removed and re-added the band. Still
nothing. 4 days of steps just sitting on the band."""),
("en", "b33-pharmacy-app-not-billing-login", "Peter Lawson <peter.lawson@example.co.uk>", "Not a billing query", "technical", "",
"""Hello,

Just to be clear this is not about money - my account and payments are
fine. The problem is that I can't log in to the app to reorder my
prescription. I put in my email and password, it thinks for a second
and then drops me back on the login screen without any message. Reset
my password twice, same thing.

Peter Lawson"""),
("en", "b33-scooter-brakes-hill", "Farid Haddad <farid.haddad@example.com>", "Scooter 4471-K", "technical", "high",
"""Hello,

I rented scooter 4471-K this morning from the rank outside the station.
Going down Park Hill both brake levers pulled all the way back to the
handlebar and did almost nothing. I managed to stop by dragging my feet
and running it into the kerb. I'm fine.

I've ended the ride and left it locked by the bench at the bottom of the
hill. Please take it out of service before someone else picks it up.

Farid"""),
("en", "b33-wallbox-crackling-smell", "Gillian Ross <gillian.ross@example.co.uk>", "Home charger", "technical", "high",
"""Hello,

Your engineer fitted our wallbox about three weeks ago. For the last
couple of evenings, about twenty minutes into a charge, there has been a
faint crackling noise from the unit and a smell a bit like a hot
plug. The plastic just under the cable entry is also warm to the touch.

We've switched it off at the isolator for now and are charging from the
three-pin granny lead. Could someone come and have a look at it?

Many thanks,
Gillian Ross"""),
("en", "b33-physio-clinic-diary-empty", "Front Desk <frontdesk@riversidephysio.example>", "Appointments", "technical", "high",
"""Hi,

Since we opened at 8 this morning the appointment screen has shown
every day as empty. Patients are arriving at the desk with
confirmation texts for bookings we can't see, we don't know which
physio they're with or which room, and we can't take payments at the
end of sessions. Three of our six clinicians are sitting idle and we've
had to send two people home already.

Please call the front desk on 0161 496 0712 as soon as you can.

Becky
Riverside Physio"""),
("en", "b33-watch-battery-swollen", "Ananya Krishnan <ananya.k@example.in>", "Watch back cover lifting", "technical", "high",
"""Hello,

I noticed yesterday the back of my smartwatch has come up on one side -
there is a gap of about 1mm. When I put it on the charger this morning
it became quite hot, more than usual. I read online this could be the
battery swelling so I have stopped charging it and kept it on a plate
away from other things.

Please let me know what to do next. Purchased in November, order
IN-66031.

Regards,
Ananya Krishnan
Bengaluru"""),
("en", "b33-cgm-app-locked-out-son", "Kylie Foster <kylie.foster@example.com.au>", "Locked out of glucose app", "technical", "high",
"""Hi,

My son Lachlan is 9 and has type 1 diabetes. His glucose sensor feeds
to your app on my phone and that's how I get his low alarms overnight.
Since I reset my password this arvo the app says "account locked" and
won't let me back in. The reset email hasn't come.

I can't see his numbers and won't get the alarms tonight. Please can
someone unlock it urgently.

Kylie Foster
0491 570 156"""),
("en", "b33-lounge-wifi-drops", "Paul Devereux <paul.devereux@example.com>", "Wi-Fi", "technical", "",
"""The Wi-Fi in your Gatwick North lounge connects and then drops every
couple of minutes. Tried laptop and phone. FYI."""),
("en", "b33-travel-payment-page-502", "Lauren Price <lauren.price@example.com>", "Can't pay for my booking", "technical", "",
"""Hi, every time I click "Pay now" on the Crete villa booking I get a
white page saying "502 Bad Gateway". Tried on my laptop and my phone,
two different cards. The booking is held until tomorrow night, so I'd
like to get it paid before then! Ref HV-20418."""),
("en", "b33-ev-app-connector-unavailable", "Marcus Bell <marcus.bell@example.co.uk>", "Charger app", "technical", "",
"""Morning,

Stopped at your Leigh Delamere site on Sunday. All six chargers showed
green lights on the units but the app said "connector unavailable" on
every one, and tapping the RFID card did nothing either. Ended up going
to the other operator next door. Thought you'd want to know.

Marcus"""),
("en", "b33-re-ride-receipt-dock-red", "Aidan Flynn <aidan.flynn@example.ie>", "Re: Your ride receipt", "technical", "",
"""Not about the receipt, that's all fine. Just flagging that the dock at
Smithfield (station 42) isn't taking bikes - you push the bike in, the
light flashes red and it releases again. Had to go to Four Courts. Two
other people had the same problem while I was there.

Aidan

-----Original Message-----
From: Rides <no-reply@citybike.example>
Sent: 18 June 08:41
Subject: Your ride receipt
> Ride from Phibsborough to Smithfield, 14 min
> Charged: EUR 0.00 (included in membership)"""),
("en", "b33-dental-imaging-fourth-time-senior", "Dr Priya Shah <priya.shah@example-dental.co.uk>", "Imaging software - fourth failure - escalate", "technical", "high",
"""To whoever is senior in your support team,

This is the fourth time in five weeks that the X-ray imaging software
on our surgery PCs has crashed on capture. Each time we have been told
it's fixed. Today it crashed on two patients in a row, both had to be
re-exposed, which I am not prepared to keep doing.

I'd like this escalated to a manager and someone to call me today, not
another ticket reference.

Dr Priya Shah
Principal Dentist, Highgate Lane Dental"""),
("en", "b33-cruise-app-boarding-pass", "Gary Tillman <gary.tillman@example.com>", "Online check-in", "technical", "",
"""Trying to check in for our sailing on the 9th. The app gets to the
photo step, I take the picture, and it says "something went wrong,
please try again later". Been trying for three days. Website gives the
same error at the same step. No boarding pass without it."""),
("en", "b33-clinic-saturday-parking", "June Whitaker <june.whitaker@example.co.uk>", "Saturday", "general", "",
"""Good morning,

Is the clinic open on Saturday mornings for blood tests, and is there
anywhere to park nearby? My daughter will be driving me.

Thank you,
June Whitaker"""),
("en", "b33-physio-thanks-aoife", "Conor Daly <conor.daly@example.ie>", "Aoife", "general", "",
"""Just wanted to say a massive thank you to Aoife. Honestly I thought
she was trying to kill me in the first few sessions, but eight weeks
after the ACL op I'm back jogging and the knee is brilliant. Please
pass it on to her and her boss!

Conor"""),
("en", "b33-lounge-left-glasses", "Beatrice Hume <beatrice.hume@example.co.uk>", "Lost reading glasses", "general", "",
"""Hello,

I think I left my reading glasses in the Edinburgh lounge on Thursday
afternoon, probably on the table by the window near the coffee machine.
Tortoiseshell frames in a navy case. Has anything been handed in?

Beatrice Hume"""),
("en", "b33-pharmacy-urgent-new-address", "Ray Dobson <ray.dobson@example.com>", "URGENT - new address", "general", "",
"""HI, I HAVE MOVED HOUSE. PLEASE CHANGE MY DELIVERY ADDRESS TO
17 ASHBURN ROAD, HALIFAX HX3 5QT FROM NOW ON. MY NEXT MEDICATION IS DUE
AROUND THE 20TH. THANK YOU. RAY DOBSON"""),
("en", "b33-clinic-records-request", "Helena Marsh <helena.marsh@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including my clinical notes, scan reports and correspondence
from my treatment at your Harley Street clinic between 2021 and 2023.

Date of birth: 14/09/1979. Please send the information electronically
to this address.

Yours sincerely,
Helena Marsh"""),
("en", "b33-receptionist-father-practice-manager", "Sarah Quinlan <sarah.quinlan@example.co.uk>", "How my father was spoken to", "general", "high",
"""I took my father (84, hard of hearing) to his check-up on Tuesday. He
got confused about which form to fill in and the receptionist told him,
loudly and in front of a full waiting room, that she "didn't have all
day to repeat herself". He came out shaking and now doesn't want to go
back.

I want to speak to the practice manager about this, please. Not a form
reply.

Sarah Quinlan"""),
("en", "b33-cruise-mobility-scooter", "Walter Graves <walter.graves@example.com>", "Mobility scooter on board", "general", "",
"""Hello,

My wife uses a mobility scooter. Before we book the Caribbean sailing
in March, can you tell us whether she can take it on board, whether
it fits through the cabin door of an ordinary balcony cabin, and
whether she can use it in the ports?

Much obliged,
Walter Graves"""),
("en", "b33-clinic-loose-step-entrance", "Imogen Parry <imogen.parry@example.co.uk>", "Your front steps", "general", "high",
"""Hello,

Just to let you know the second step up to the clinic entrance on
Cathedral Road has come loose - the stone rocks forward when you put
weight on the front edge. I nearly went over on it this morning and the
lady behind me with a walking frame had to be helped round it. Might be
worth coning it off before someone gets hurt.

Imogen"""),
("en", "b33-tracker-sponsor-fun-run", "Dale Harper <dale.harper@harrierrunners.example>", "Sponsorship - Bramley 10K", "general", "",
"""Hi,

I'm the chair of Bramley Harriers, a volunteer running club. We're
putting on our first 10K in September for the local children's
hospice and hoping to get about 400 runners. Would your company be
interested in sponsoring, e.g. prizes or a stand at the finish?

Happy to send over our sponsor pack.

Cheers,
Dale Harper"""),
("en", "b33-pharmacy-leave-with-neighbour", "Lorraine Kerr <lorraine.kerr@example.co.uk>", "Delivery", "general", "",
"""Hi, I'm at work all day Tuesdays and Thursdays. If my parcel comes on
those days could the driver leave it with my neighbour at number 12
(Mr Bains)? Please don't leave it on the step. Thanks, Lorraine"""),
("en", "b33-agency-thanks-volcano", "Dana Whitfield <dana.whitfield@example.com>", "THANK YOU", "general", "",
"""Hi Melissa,

I just had to write. When the volcano closed the airport in Catania and
we were stuck with two kids and no flight, you had us in a hotel
within an hour and on a ferry the next morning. We honestly don't know
what we would've done. We'll be booking with you every year from now
on.

With huge thanks from all four of us,
Dana, Rick, Sophie & Max Whitfield
Raleigh, NC"""),
("en", "b33-ev-open-evening-question", "Graham Oakes <graham.oakes@example.co.uk>", "Open evening", "general", "",
"""Saw in the local paper you're doing an EV open evening at the garden
centre on the 25th. Do I need to book, and will there be cars to test
drive or is it just talks? Thinking of going electric next year.

Graham"""),
("en", "b33-order-subject-scooter-age", "Lisa Moreno <lisa.moreno@example.com>", "Order 50217", "general", "",
"""Hello - not about my order actually, just couldn't find where else to
ask. My son is 16, is he allowed to use your scooters with his own
account, or does it have to be on mine? What ID would he need?

Lisa"""),
]
M += [
# ---------------- Greek ----------------
("el", "b33-pilates-rehab-egkymosyni-pagoma", "Αγγελική Σπανού <angeliki.spanou@example.gr>", "Μηνιαία συνδρομή", "billing", "",
"""Καλησπέρα σας,

Έχω τη μηνιαία συνδρομή στα θεραπευτικά pilates (65€ τον μήνα). Έμαθα
ότι είμαι έγκυος και η γυναικολόγος μου είπε να σταματήσω για τους
επόμενους μήνες. Μπορεί να «παγώσει» η συνδρομή μέχρι να ξαναρχίσω
μετά τη γέννα, αντί να την ακυρώσω; Η επόμενη χρέωση είναι την 1η.

Ευχαριστώ,
Αγγελική Σπανού"""),
("el", "b33-gl-odontiatros-diplh-xrewsh-pos", "Thanos Karras <thanos.karras@example.gr>", "xrewsh", "billing", "",
"""Kalhspera, xthes ekana to sfragisma sto iatreio sas sthn Kalamaria
kai plhrwsa 80e me karta. To POS evgale error thn prwth fora kai h
kopela to ksanaperase. Twra vlepw sto e-banking 2 xrewseis apo 80.
Mporeite na mou epistrepsete th mia?
Thanos"""),
("el", "b33-farmakeio-metaforika-pano-apo-39", "Ελενη Μαυρίδου <eleni.mavridou@example.gr>", "Παραγγελια 58210", "billing", "",
"""Καλημερα σας

Στην παραγγελια 58210 (βιταμινες και κρεμες, συνολο 46,80) μου χρεωσατε
και 3,50 μεταφορικα, ενω στο site γραφει δωρεαν αποστολη για
παραγγελιες ανω των 39 ευρω. Μπορειτε να μου επιστρεψετε τα 3,50;

Ευχαριστω
Ελενη"""),
("el", "b33-gl-gps-kolaro-skylos-efyge", "Marilena Dimou <marilena.dimou@example.gr>", "syndromh kolarou", "billing", "",
"""Geia sas,
o Bruno, o skylos mas, efyge prin apo 2 vdomades, htan 14 xronwn. Eixe
to GPS kolaro sas me th mhniaia syndromh 4,99. Den to xreiazomaste pleon
opote parakalw na stamathsei h syndromh kai na mhn xrewnetai allo h
karta.
Eyxaristw
Marilena"""),
("el", "b33-patinia-miniaia-fantaros", "Νίκος Ζαχαρίου <nikos.zachariou@example.gr>", "Μηνιαίο πάσο", "billing", "",
"""Γεια σας, παρουσιάζομαι φαντάρος στις 15 του μήνα στην Κόρινθο, οπότε
για 9 μήνες δεν θα κάνω βόλτες με πατίνι στη Θεσσαλονίκη. Μπορώ να
παγώσω το μηνιαίο πάσο (19,90€) και να το ξαναενεργοποιήσω όταν
απολυθώ; Αν όχι, κόψτε το τελείως.

Νίκος"""),
("el", "b33-fortisi-ev-triple-prokratisi-trapeza", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Τριπλή δέσμευση ποσού - φόρτιση 3/6", "billing", "high",
"""Κύριοι,

Στις 3/6 φόρτισα στον σταθμό σας στο Ρίο. Η φόρτιση κόστισε 21,40€, όμως
από την κάρτα μου δεσμεύτηκαν τρεις φορές από 50€ και μετά από δύο
εβδομάδες εξακολουθούν να είναι δεσμευμένα τα 150€. Έχω στείλει δύο
email και δεν έχω πάρει απάντηση.

Σας ενημερώνω ότι αν μέχρι την Παρασκευή δεν αποδεσμευτούν τα ποσά, θα
κάνω αμφισβήτηση συναλλαγής στην τράπεζά μου.

Παναγιώτης Ρήγας"""),
("el", "b33-gl-taxidiotiko-prokatavoli-dikigoros", "Stelios Vlachos <stelios.vlachos@example.gr>", "PROKATAVOLH EKDROMHS", "billing", "high",
"""Kalhmera,
to grafeio sas akyrwse thn ekdromh sta Meteora (25-27/10) epeidh den
symplhrw8hke to poulman. Plhrwsame prokatavolh 2 atoma x 120 = 240e
kai akoma perimenoume ta lefta, exei perasei enas mhnas. Sto thlefwno
mou leei h kopela oti "tha ta paroume se kapoia ekdromh".
Den 8eloume alli ekdromh, 8eloume ta lefta mas pisw. An den ginei h
epistrofh mexri to telos ths vdomadas 8a to dwsw ston dikhgoro mou kai
sto Synhgoro tou Katanalwth.
Stelios Vlachos"""),
("el", "b33-farmakeio-antikatavoli-kostos", "Σοφία Λαζαρίδου <sofia.lazaridou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα,

Θέλω να παραγγείλω από το φαρμακείο σας για τη μητέρα μου, που δεν
έχει κάρτα. Γίνεται πληρωμή με αντικαταβολή; Αν ναι, πόσο επιπλέον
κοστίζει; Και δεκτή είναι μόνο μετρητά ή και με κάρτα στον κούριερ;

Ευχαριστώ,
Σοφία"""),
("el", "b33-lounge-timologio-afm", "Γραμματεία Ιωαννίδης Ο.Ε. <info@ioannidis-oe.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Ο συνεργάτης μας κ. Ιωαννίδης χρησιμοποίησε το lounge σας στο Ελ.
Βενιζέλος στις 11/9 (επιβατική κάρτα για Βρυξέλλες, 45€) και του
δόθηκε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στα στοιχεία της
εταιρείας:

ΙΩΑΝΝΙΔΗΣ & ΣΙΑ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Αμαρουσίου
Λ. Κηφισίας 100, 15125 Μαρούσι

Με εκτίμηση,
Ρένα Κώτσου, Λογιστήριο"""),
("el", "b33-re-ypenthymisi-pliromis-exoflithike", "Ιωάννα Δεληγιάννη <ioanna.deligianni@example.gr>", "Re: Υπενθύμιση οφειλής", "billing", "",
"""Καλησπέρα σας,

Το ποσό αυτό το έχω εξοφλήσει με τραπεζική κατάθεση στις 24/5, στον
λογαριασμό της Eurobank που μου είχατε δώσει, με αιτιολογία το
όνομά μου και τον αριθμό της απόδειξης. Σας επισυνάπτω το αποδεικτικό.
Παρακαλώ ενημερώστε την καρτέλα μου ώστε να μη λαμβάνω άλλες
υπενθυμίσεις.

Ιωάννα Δεληγιάννη

Στις Πέμ, 6 Ιουν 2024 στις 12:30 μ.μ., ο/η Λογιστήριο <logistirio@odontiatreio-example.gr> έγραψε:
> Αγαπητή κα Δεληγιάννη,
> Σας υπενθυμίζουμε ότι εκκρεμεί η πληρωμή 280,00€ για τις
> απονευρώσεις της 10/5.
> Με εκτίμηση,
> Λογιστήριο"""),
("el", "b33-gl-fortisi-syndromi-leasing-telos", "Kostas P. <kostasp@example.gr>", "syndromh", "billing", "",
"""Geia sas, to hlektriko htan me leasing apo thn etaireia kai to
epistrepsame, twra exw palh vensinokinhto. Opote den xreiazomai allo to
mhniaio paketo fortishs (24,90). Kopste to apo ton epomeno mhna
parakalw. Eyxaristw, Kwstas"""),
("el", "b33-kliniki-monoklino-xreosi-diefthyntis", "Ευάγγελος Παππάς <evangelos.pappas@example.gr>", "Λογαριασμός νοσηλείας", "billing", "high",
"""Κύριοι,

Νοσηλεύτηκα στην κλινική σας από 2 έως 5 Ιουνίου σε δίκλινο δωμάτιο,
μαζί με άλλον ασθενή, όπως μπορεί να επιβεβαιώσει και το προσωπικό του
3ου ορόφου. Στον λογαριασμό όμως χρεώθηκα διαφορά θέσης για μονόκλινο,
540€. Στο ταμείο μου είπαν ότι «έτσι βγήκε από το σύστημα» και ότι
δεν μπορούν να κάνουν κάτι.

Ζητώ να με καλέσει ο διευθυντής της κλινικής και να διορθωθεί ο
λογαριασμός. Δεν θα πληρώσω κάτι που δεν έλαβα.

Ευάγγελος Παππάς
6944 000 123"""),
("el", "b33-gl-smartwatch-allagi-xrwma", "Vicky Alexiou <vicky.alexiou@example.gr>", "allagh xrwmatos", "billing", "",
"""Kalhmera! Mou hr8e to smartwatch xthes alla to rose gold den moiazei
katholou me th fwtografia, einai sxedon portokali xaxa. Einai
asfragisto akoma. Mporw na to allaksw me to mauro? Paraggelia 90412.
Vicky"""),
("el", "b33-fysio-den-thelo-epistrofi-syzygos", "Χαράλαμπος Τζιόλας <ch.tziolas@example.gr>", "Συνεδρίες", "billing", "",
"""Καλησπέρα,

Δεν θέλω επιστροφή χρημάτων. Μου έμειναν 3 πληρωμένες συνεδρίες από το
πακέτο, αλλά ο ώμος μου έγινε καλά. Μπορούν να μεταφερθούν στη σύζυγό
μου, Ρούλα Τζιόλα, που θα ξεκινήσει για τον αυχένα της;

Χαράλαμπος Τζιόλας"""),
("el", "b33-gl-roloi-eidopoihseis-viber", "Alexandros N. <alex.n@example.gr>", "eidopoihseis", "technical", "",
"""Apo thn Kyriakh to roloi den deixnei eidopoihseis apo Viber kai SMS,
mono tis klhseis. Stis rythmiseis ths efarmoghs einai ola anoixta. Ekana
epanekkinhsh kai sta dyo kai aposyndesh-syndesh. Android 14, Xiaomi."""),
("el", "b33-efarmogi-farmakeiou-den-einai-xreosi", "Γιώργος Μπαλτάς <g.baltas@example.gr>", "Εφαρμογή", "technical", "",
"""Καλημέρα. Δεν είναι θέμα χρέωσης, οι πληρωμές μου είναι εντάξει. Η
εφαρμογή κλείνει μόνη της κάθε φορά που βάζω τον κωδικό της
ηλεκτρονικής συνταγής για να παραγγείλω τα φάρμακα της μητέρας μου.
Το δοκίμασα και στο τάμπλετ, το ίδιο. Τι να κάνω;"""),
("el", "b33-patini-gkazi-kollise", "Μαρία Κωνσταντίνου <maria.konst@example.gr>", "Πατίνι 2209", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το απόγευμα νοίκιασα το πατίνι 2209 στην παραλία. Μετά από λίγα
μέτρα το γκάζι κόλλησε και το πατίνι συνέχιζε να επιταχύνει ακόμα κι
όταν άφησα τη λαβή. Σταμάτησε μόνο όταν πάτησα πολύ δυνατά το φρένο και
κατέβηκα. Δεν χτύπησα.

Το άφησα κλειδωμένο δίπλα στο περίπτερο στη Νέα Παραλία, κοντά στον
Λευκό Πύργο. Καλό θα ήταν να το μαζέψετε πριν το πάρει κάποιος άλλος.

Μαρία"""),
("el", "b33-gl-fortistis-souper-market-kapnos", "Dimitris Sarris <d.sarris@example.gr>", "fortisths Xalandri", "technical", "high",
"""Kalhspera,
phga na fortisw sto parking tou souper market sto Xalandri (o dikos
sas fortisths, o deksis) kai molis ksekinhse h fortish vgike kapnos
apo th vash tou kai myrise kammeno. Ton stamathsa apo thn efarmogh kai
esvysa to amaxi. Den exei kamia shmansh, kapoios allos mporei na ton
xrhsimopoihsei. Steilte kapoion na ton kleisei.
Dhmhtrhs Sarrhs"""),
("el", "b33-lounge-skaner-eisodou-oura", "Lounge Αιγαίο - Βάρδια <vardia@aigaio-lounge.example>", "Σκάνερ εισόδου", "technical", "high",
"""Καλημέρα,

Από τις 6 το πρωί και οι δύο σκάνερ στην είσοδο του lounge δεν διαβάζουν
ούτε κάρτες επιβίβασης ούτε κάρτες μελών. Περνάμε τους επιβάτες με το
χέρι σε χαρτί, η ουρά φτάνει στον διάδρομο, δεν μπορούμε να χρεώσουμε
όσους πληρώνουν είσοδο και δύο επιβάτες έχασαν ήδη την επιβίβαση
περιμένοντας. Στις 9 έρχεται το κύμα των πτήσεων για Ευρώπη.

Καλέστε μας στο 210 000 7711 όσο πιο γρήγορα γίνεται.

Ελένη Μαργαρίτη, υπεύθυνη βάρδιας"""),
("el", "b33-gl-tens-xtypaei-reuma", "Nefeli K. <nefeli.k@example.gr>", "syskeuh TENS", "technical", "high",
"""Geia sas,
agorasa apo to farmakeio sas th syskeuh TENS gia ton aukena. Apo xthes,
otan thn exw anoixth kai piasw to kalwdio konta sto fis, me xtypaei
reuma, oxi to kanoniko mourmoudiasma alla apotomo tsimpima sto dakhlo.
Sto kalwdio yparxei ena shmeio pou moiazei liwmeno. Thn exw kleisei
kai den th xrhsimopoiw. Ti na kanw? Paraggelia 71833.
Nefelh"""),
("el", "b33-pedometro-metraei-lathos", "Σταύρος Αντωνίου <stavros.antoniou@example.gr>", "Βήματα", "technical", "",
"""Το ρολόι μετράει βήματα και όταν οδηγώ. Χθες πήγα με το αυτοκίνητο
από Λάρισα σε Βόλο και έγραψε 6.000 βήματα, ενώ δεν περπάτησα σχεδόν
καθόλου. Υπάρχει κάποια ρύθμιση;"""),
("el", "b33-parking-aerodromiou-qr-bara", "Κατερινα Ρουσσου <katerina.roussou@example.gr>", "parking", "technical", "",
"""Η μπαρα στην εισοδο του P3 δεν διαβαζει το QR της προκρατησης απο την
εφαρμογη σας. Χτες το δοκιμασα τρεις φορες, τελικα μου εκοψε απλο
εισιτηριο ο υπαλληλος. Απλα για να το ξερετε."""),
("el", "b33-gl-taxidiotiko-eisitiria-pdf-keno", "Giannis Petrakis <giannis.petrakis@example.gr>", "eisithria", "technical", "",
"""Kalhmera, sto email epivevaiwshs gia to paketo Santorinh pathsa
"Katevaste ta eisithria" alla to PDF anoigei teleiws adeio, mia leukh
selida. To dokimasa apo ton ypologisth kai to kinhto. Fevgoume
Paraskeuh. Giannhs"""),
("el", "b33-re-ilektrika-podilata-ypovoithisi", "Θοδωρής Αναστασίου <thodoris.an@example.gr>", "Re: Αίτημα 4471", "technical", "",
"""Καλησπέρα,

Δυστυχώς όχι, δεν έφτιαξε. Δοκίμασα σήμερα άλλα δύο ποδήλατα από τον
σταθμό της Καμάρας: η οθόνη ανάβει, δείχνει μπαταρία 80%, αλλά η
ηλεκτρική υποβοήθηση δεν μπαίνει σε καμία ταχύτητα. Στην ανηφόρα προς
την Άνω Πόλη ήταν σαν κανονικό βαρύ ποδήλατο.

Θοδωρής

-----Αρχικό μήνυμα-----
Από: Υποστήριξη <support@bikeshare.example>
Θέμα: Αίτημα 4471
> Καλησπέρα κ. Αναστασίου,
> ευχαριστούμε για την αναφορά. Έγινε επανεκκίνηση του σταθμού
> Καμάρας από απόσταση και τα ποδήλατα πρέπει πλέον να λειτουργούν.
> Η ομάδα υποστήριξης"""),
("el", "b33-roloi-trito-antallaktiko-proistamenos", "Αθανάσιος Καρράς <th.karras@example.gr>", "Τρίτο ρολόι με το ίδιο πρόβλημα", "technical", "high",
"""Κύριοι,

Αυτό είναι το τρίτο ρολόι που μου στέλνετε μέσα σε τέσσερις μήνες και
έχει ακριβώς το ίδιο πρόβλημα με τα δύο προηγούμενα: ο αισθητήρας
παλμών σβήνει μετά από 20 λεπτά τρέξιμο και η προπόνηση χάνεται. Κάθε
φορά η υποστήριξη μού λέει να κάνω επαναφορά εργοστασιακών ρυθμίσεων.

Ζητώ να ασχοληθεί με την υπόθεση ο προϊστάμενος του τμήματος και να
μου τηλεφωνήσει. Δεν θέλω άλλον αριθμό αιτήματος.

Αθανάσιος Καρράς"""),
("el", "b33-gl-krouaziera-kwdikos-lathos", "Eva Stathopoulou <eva.stath@example.gr>", "login", "technical", "",
"""Kalhspera, den mporw na mpw ston logariasmo mou sto site ths
krouazieras. Allaksa ton kwdiko xthes, mou hr8e to email, ton evala,
kai twra leei "lan8asmenos kwdikos" kai me ton kainourio kai me ton
palio. Prepei na dhlwsoume tis ekdromes mexri thn Triti. Eua"""),
("el", "b33-vraxioli-sos-giagia-den-eidopoiei", "Αθηνά Κυριακίδου <athina.kyriakidou@example.gr>", "Βραχιόλι SOS", "technical", "high",
"""Καλησπέρα σας,

Η γιαγιά μου είναι 87 ετών και μένει μόνη της σε χωριό έξω από τη
Λαμία. Φοράει το βραχιόλι σας με ανίχνευση πτώσης, που στέλνει
ειδοποίηση στο κινητό μου. Από χθες η εφαρμογή γράφει «η συσκευή είναι
εκτός σύνδεσης», ενώ το βραχιόλι είναι φορτισμένο. Πάτησα το κουμπί
δοκιμής μαζί της στο τηλέφωνο και δεν ήρθε τίποτα.

Αν πέσει απόψε δεν θα το μάθει κανείς. Σας παρακαλώ, βοηθήστε μας
σήμερα.

Αθηνά Κυριακίδου
697 000 8812"""),
("el", "b33-kliniki-orario-savvato", "Σπύρος Ντόκος <spyros.ntokos@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, το μικροβιολογικό της κλινικής είναι ανοιχτό το Σάββατο
για αιμοληψία; Και χρειάζεται ραντεβού ή πάμε απλώς νηστικοί το πρωί;
Ευχαριστώ"""),
("el", "b33-gl-eyxaristw-paidodontiatros", "Lefteris G. <lefteris.g@example.gr>", "eyxaristw", "general", "",
"""Geia sas, 8elw na pw ena megalo eyxaristw sth gyatro Eirhnh kai sth
nosileutria. O mikros mas einai 6 xronwn me autismo kai se alla
iatreia den katafername oute na kaysei sthn karekla. Me thn ypomonh
pou eixan to ekane ola xwris kanena klama. H gyatros sas einai bomba!
Lefteris"""),
("el", "b33-xehasmeno-loutrino-anamoni", "Ρένα Φραγκάκη <rena.fragkaki@example.gr>", "Ξεχάσαμε ένα λούτρινο", "general", "",
"""Καλησπέρα σας,

Την Πέμπτη το απόγευμα ήμασταν στο ιατρείο για τον εμβολιασμό της
μικρής και ξεχάσαμε στην αίθουσα αναμονής ένα λούτρινο κουνελάκι, γκρι
με ροζ αυτιά. Δεν κοιμάται χωρίς αυτό! Μήπως το βρήκατε; Μπορώ να
περάσω να το πάρω.

Ρένα Φραγκάκη"""),
("el", "b33-allagi-kinitou-stoixeia", "Βασιλική Οικονόμου <vasiliki.oikonomou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα σας, άλλαξα αριθμό κινητού. Ο νέος είναι 6955 000 317.
Παρακαλώ να τον περάσετε στην καρτέλα μου στο ιατρείο για τις
υπενθυμίσεις των ραντεβού.
Βασιλική Οικονόμου"""),
("el", "b33-gl-antigrafo-fakelou-gdpr", "Antonis Papadakis <antonis.papadakis@example.gr>", "aithsh antigrafou", "general", "",
"""Kalhmera sas,
me vash ton GDPR 8a h8ela antigrafo olou tou iatrikou mou fakelou apo
thn kliniki sas (eksetaseis, gnwmateuseis MRI, istoriko) apo to 2020
ews shmera. Hmeromhnia gennhshs 3/5/1975. Na mou to steilete
hlektronika se auto to email.
Eyxaristw,
Antwnhs Papadakhs"""),
("el", "b33-lounge-ypallilos-agenis-proistamenos", "Κλεοπάτρα Βαλσάμη <kleo.valsami@example.gr>", "Συμπεριφορά υπαλλήλου στο lounge", "general", "high",
"""Κύριοι,

Την Κυριακή, στο lounge του αεροδρομίου Μακεδονία, ο υπάλληλος στην
υποδοχή αρνήθηκε να μας αφήσει να περάσουμε με τον ανάπηρο πατέρα μου
μέχρι να «τελειώσει το διάλειμμά του», και όταν διαμαρτυρήθηκα μου
μίλησε απαξιωτικά μπροστά σε όλους. Περιμέναμε όρθιοι 20 λεπτά με το
αναπηρικό καροτσάκι.

Ζητώ να μου τηλεφωνήσει ο προϊστάμενός του ή ο υπεύθυνος του lounge.

Κλεοπάτρα Βαλσάμη"""),
("el", "b33-gl-krouaziera-kids-club-ilikia", "Popi Raftopoulou <popi.raft@example.gr>", "paidia", "general", "",
"""Kalhspera, apo poia hlikia dexetai paidia to kids club sto ploio? H
mikrh mas 8a einai 3 xronwn ton Iouli. Kai yparxei babysitting to
vrady?"""),
("el", "b33-anoixto-freatio-parking-fysiotherapeia", "Μιχάλης Γιαννακόπουλος <michalis.g@example.gr>", "Πάρκινγκ", "general", "high",
"""Καλημέρα,

Στο πάρκινγκ του φυσικοθεραπευτηρίου, ακριβώς δίπλα στη ράμπα για τα
αναπηρικά αμαξίδια, λείπει το καπάκι από ένα φρεάτιο και υπάρχει
τρύπα περίπου μισό μέτρο βάθος. Σήμερα ένας κύριος με πατερίτσες
παραλίγο να πέσει μέσα. Ίσως να βάλετε κάτι από πάνω μέχρι να
φτιαχτεί.

Μιχάλης Γιαννακόπουλος"""),
("el", "b33-xorigia-festival-anogeia", "Πολιτιστικός Σύλλογος Ανωγείων <info@syllogos-anogeia.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος διοργανώνει, όπως κάθε καλοκαίρι, τριήμερο
φεστιβάλ μουσικής στο χωριό μας (9-11 Αυγούστου), με περίπου 3.000
επισκέπτες. Θα σας ενδιέφερε να στηρίξετε τη διοργάνωση ως χορηγός, με
αντάλλαγμα προβολή του ταξιδιωτικού σας γραφείου στο πρόγραμμα και
στην αφίσα;

Με εκτίμηση,
Μανώλης Σμπώκος, Πρόεδρος"""),
("el", "b33-odigies-paradosis-farmakeio", "Ευτυχια Παπαδακη <eftychia.papadaki@example.gr>", "Παραδοση", "general", "",
"""Καλημερα, για τις παραγγελιες μου: το κουδουνι γραφει ΠΑΠΑΔΑΚΗ
(οχι το δικο μου επιθετο, ειναι του αντρα μου), 3ος οροφος, χωρις
ασανσερ. Αν δεν απανταω αφηστε το στο περιπτερο στη γωνια, τον ξερουν.
Ευχαριστω"""),
("el", "b33-eyxaristw-syndodos-aerodromio", "Όλγα Ντελή <olga.ntelis@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω την κοπέλα από την υπηρεσία συνοδείας που βοήθησε
τη μητέρα μου, η οποία δεν βλέπει, στην πτήση της από Χανιά για Αθήνα
την Τρίτη. Τη συνόδευσε από το αυτοκίνητο ως τη θέση της, της εξήγησε
κάθε βήμα και της κράτησε συντροφιά όσο καθυστερούσε η πτήση. Νομίζω
ότι τη λένε Μυρτώ.

Με πολλή εκτίμηση,
Όλγα Ντελή"""),
("el", "b33-episkepsi-sxoleiou-stathmos-fortisis", "Τάσος Κουκουλάκης <tasos.k@example.gr>", "Επίσκεψη σχολείου", "general", "",
"""Καλησπέρα σας, είμαι δάσκαλος στο 12ο Δημοτικό Ηρακλείου. Στο πλαίσιο
ενός προγράμματος για την ενέργεια θα θέλαμε να επισκεφθούμε με την
Ε' τάξη (22 παιδιά) τον σταθμό φόρτισης στη Λεωφόρο Ικάρου και να μας
εξηγήσει κάποιος πώς λειτουργεί. Γίνεται κάτι τέτοιο;"""),
("el", "b33-geia-sas-fysiotherapeftis-agglika", "Δέσποινα Μαρκάκη <despoina.markaki@example.gr>", "Γεια σας", "general", "",
"""Γεια σας, η πεθερά μου είναι Αγγλίδα, μένει μαζί μας στα Χανιά και
δεν μιλάει ελληνικά. Μετά το χειρουργείο στο ισχίο θα χρειαστεί
φυσικοθεραπείες. Υπάρχει φυσικοθεραπευτής σας που μιλάει αγγλικά;
Δέσποινα"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b33-bono-fisio-alta-medica", "Begoña Arrieta <begona.arrieta@example.es>", "Bono de sesiones", "billing", "",
"""Buenos días:

En abril compré el bono de 10 sesiones de fisioterapia (380 €) para la
rodilla. Llevo seis y el traumatólogo me ha dado el alta esta semana,
así que ya no voy a necesitar las cuatro que me quedan. ¿Me podéis
devolver la parte proporcional a la tarjeta?

Muchas gracias a Iker por todo, ha sido un crack.

Begoña Arrieta
Bilbao"""),
("es", "b33-dentista-radiografia-no-hecha", "Alejandro Ruiz <alejandro.ruiz@example.com.mx>", "Mi cuenta del consultorio", "billing", "",
"""Buenas tardes, ayer fui a limpieza a su consultorio de Polanco y en
el desglose que me mandaron por correo viene una radiografía
panorámica de $850 MXN que no me hicieron. Solo fue la limpieza y la
revisión. ¿Me pueden corregir la cuenta y regresar esos $850?
Alejandro Ruiz"""),
("es", "b33-farmacia-factura-rfc", "Contabilidad Grupo Tecali <contabilidad@grupotecali.example>", "Factura pedido 77014", "billing", "",
"""Buen día,

Solicitamos la factura (CFDI) del pedido 77014 del 3 de julio por
$2,318.00 MXN, con los siguientes datos:

Razón social: Grupo Tecali S.A. de C.V.
RFC: GTE000000XX0
Uso de CFDI: G03 Gastos en general
Régimen fiscal: 601

Quedamos atentos.
Mariana Espinoza
Contabilidad"""),
("es", "b33-pulsera-bajar-plan-gratis", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "cambio de plan", "billing", "",
"""Hola, buenas. Me quedé sin laburo este mes y estoy recortando gastos
por todos lados. ¿Cómo paso la pulsera del plan Plus ($4.500 por mes)
al plan gratuito? No la quiero dejar de usar, solo no pagar más por
ahora. Si pierdo los datos de entrenamiento viejos, no importa.

Gracias,
Gustavo
Córdoba"""),
("es", "b33-crucero-paquete-bebidas-embarazo", "Lucia Navarro <lucia.navarro@example.es>", "paquete de bebidas", "billing", "",
"""hola!! cuando reservamos el crucero de octubre contratamos el paquete
de bebidas premium para los dos (52 € por persona y noche). resulta que
estoy embarazada de 10 semanas, asi que yo me quedo con los zumos jaja.
se puede cambiar mi paquete al de sin alcohol y que nos devolvais la
diferencia? reserva CR-88231. gracias!
Lucia"""),
("es", "b33-carga-ocupacion-contracargo", "Javier Montero <javier.montero@example.es>", "Tarifa de ocupación - reclamación", "billing", "high",
"""Buenas tardes:

El 9 de junio cargué mi coche en su punto de recarga del centro
comercial de Alcobendas. La carga terminó en una hora y media (18,20 €),
pero me han cobrado además 43,50 € de "tarifa de ocupación" porque el
coche siguió enchufado. En la pantalla del cargador y en el
aparcamiento no había ningún aviso de esa tarifa, y la app tampoco
la mencionaba al iniciar la sesión.

Ya reclamé por la app el día 11 y me contestaron con un mensaje
automático. Si en 7 días no me devuelven los 43,50 €, pediré a mi
banco el contracargo y presentaré una hoja de reclamaciones.

Javier Montero"""),
("es", "b33-agencia-boletos-no-emitidos-profeco", "Verónica Salgado <veronica.salgado@example.com.mx>", "Boletos nunca emitidos - reembolso", "billing", "high",
"""A quien corresponda:

Les compramos un paquete a Mérida con vuelo y hotel (reservación
AG-30915). Al llegar al mostrador de la aerolínea nos dijeron que los
boletos nunca se emitieron. Para no perder el viaje compramos otros
ahí mismo: $24,300 MXN para los tres. En su oficina solo nos dicen que
"lo están revisando", ya van tres semanas.

Exijo el reembolso de esos $24,300 MXN. Si no lo recibo en 10 días
hábiles presentaré la queja ante la PROFECO y ya tengo asesoría de un
abogado.

Verónica Salgado Ortiz"""),
("es", "b33-agencia-sena-mercado-pago", "Mariela Sosa <mariela.sosa@example.com.ar>", "Consulta", "billing", "",
"""Hola, ¿qué tal? Nos interesa el paquete a Salta y Jujuy de 7 noches
que vi en su Instagram. ¿La seña se puede pagar con Mercado Pago o tiene
que ser transferencia? ¿De cuánto es la seña y hasta cuándo hay que
pagar el resto? Somos dos adultos.

Gracias!
Mariela"""),
("es", "b33-sala-vip-descuento-no-aplicado", "Felipe Contreras <felipe.contreras@example.cl>", "Cobro sala VIP Santiago", "billing", "",
"""Estimados:

El viernes ingresé a su sala VIP del aeropuerto de Santiago. Con mi
tarjeta de crédito tengo un 50% de descuento (sale en su página), pero
me cobraron el precio completo, $42.000 CLP. En el mesón me dijeron que
lo reclamara por correo. Adjunto la boleta.

Saludos,
Felipe Contreras"""),
("es", "b33-re-presupuesto-clinica-aseguradora", "Rosa María Iglesias <rosam.iglesias@example.es>", "RE: Presupuesto intervención", "billing", "",
"""Hola, Nuria:

Gracias por el presupuesto. Mi póliza cubre la intervención pero no la
habitación individual. ¿Se factura por separado esa parte y la pago yo
al alta, o tengo que adelantar el total? ¿Aceptáis pago en tres plazos?

Un saludo,
Rosa María Iglesias

-----Mensaje original-----
De: Nuria Campos <admisiones@clinicaexample.es>
Enviado el: martes, 11 de junio de 2024 10:12
Asunto: Presupuesto intervención
> Estimada Sra. Iglesias:
> Le adjuntamos el presupuesto para la artroscopia de hombro,
> incluidas dos noches en habitación individual: 4.620,00 €.
> Atentamente,
> Admisiones"""),
("es", "b33-tarifa-plana-carga-vendi-coche", "Pablo Gimenez <pablo.gimenez@example.es>", "Hola", "billing", "",
"""Hola, he vendido el coche electrico y me he pasado a la moto, asi que
ya no necesito la tarifa plana de recarga de 29,90 al mes. Dadla de
baja a partir de ya y no me cobreis julio porfa. Gracias, Pablo"""),
("es", "b33-fisio-cobro-tras-baja-gerente", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Cobros después de cancelar el plan", "billing", "high",
"""Buenas tardes.

El 28 de marzo les envié por correo la cancelación de mi plan mensual
de fisioterapia ($320.000 COP al mes) y me respondieron confirmando la
baja. Aun así me han seguido debitando abril, mayo y junio. Ya llamé
dos veces y en recepción me dicen que eso "lo ve otra área".

Solicito que el gerente de la sede se comunique conmigo esta semana y
que me devuelvan los $960.000 cobrados de más. Tengo el correo de
confirmación.

Camilo Restrepo
Medellín"""),
("es", "b33-reloj-devolucion-no-convence", "Irene Soler <irene.soler@example.es>", "Devolución", "billing", "",
"""Buenas, recibí el reloj deportivo hace una semana y no me convence, la
pantalla se ve poco al sol cuando corro. Funciona bien, no es que esté
roto. Quiero devolverlo dentro de los 14 días. ¿Cómo lo envío y
cuándo me devolvéis los 179 €? Pedido 66310."""),
("es", "b33-no-quiero-devolucion-cupon", "Adriana Paz <adriana.paz@example.com.mx>", "Pedido 40322", "billing", "",
"""Hola, no quiero que me devuelvan el dinero, de verdad. Solo que el
cupón de bienvenida de 15% no se aplicó en mi primer pedido de la
farmacia (40322) y quería saber si me lo pueden respetar en el
siguiente. Gracias!
Adriana"""),
("es", "b33-pulsera-pulso-180-sentado", "Héctor Villalobos <hector.villalobos@example.com.mx>", "Pulso raro", "technical", "",
"""La pulsera me marca pulso de 170-180 estando sentado en la oficina,
y al rato baja a 60. Me tomé el pulso a mano y estaba en 72. Ya la
apreté más, limpié el sensor y la reinicié. ¿Está descalibrada?"""),
("es", "b33-farmacia-sms-verificacion-no-reembolso", "Manuel Ortega <manuel.ortega@example.es>", "No puedo entrar", "technical", "",
"""Buenos días:

No quiero ningún reembolso ni anular nada, el pedido anterior llegó
perfecto. El problema es que no puedo entrar en mi cuenta: al poner la
contraseña me pide el código que llega por SMS y el SMS no llega nunca.
Lo he intentado diez veces desde ayer. El número es el mismo de
siempre.

Manuel Ortega"""),
("es", "b33-patinete-humo-portal", "Rocío Benítez <rocio.benitez@example.es>", "Patinete en mi portal", "technical", "high",
"""Hola:

Hay uno de vuestros patinetes aparcado delante de mi portal, en la
calle Feria 40, y desde hace un rato sale humo blanco de la parte de
abajo, donde va la batería, y huele a plástico quemado. Lo he apartado
de los coches con un palo y he avisado a los vecinos para que no se
acerquen. El número que veo es el 5582.

Por favor, mandad a alguien a retirarlo.

Rocío"""),
("es", "b33-cargador-publico-cable-pelado", "Martín Quiroga <martin.quiroga@example.com.ar>", "Cargador del estacionamiento", "technical", "high",
"""Buenas,

Ayer fui a cargar al cargador de ustedes del estacionamiento del
supermercado de Fisherton y el cable del conector 2 está pelado cerca
de la manija, se ven los cables de cobre. No lo usé, pero había una
señora por enchufarlo y le avisé. No tiene ningún cartel. Habría que
bloquearlo antes de que alguien se lastime.

Martín Quiroga
Rosario"""),
("es", "b33-agencia-no-emite-billetes", "Viajes Alborán <reservas@viajesalboran.example>", "Plataforma", "technical", "high",
"""Buenos días:

Desde esta mañana la plataforma de reservas se queda cargando al
emitir: no sale ningún billete, ni de avión ni de tren, y tampoco
podemos cobrar con la pasarela. Tenemos clientes sentados en la
oficina esperando, uno con salida esta tarde, y las tres agentes
estamos paradas. Ya hemos perdido dos ventas.

Llamadnos al 952 000 318 en cuanto podáis, por favor.

Raquel Moreno
Viajes Alborán, Málaga"""),
("es", "b33-anillo-se-calienta-dedo", "Catalina Muñoz <catalina.munoz@example.cl>", "Anillo", "technical", "high",
"""Hola, les escribo por el anillo inteligente que compré en abril.
Anoche lo dejé cargando y cuando lo fui a sacar estaba tan caliente
que me dejó una marca roja en el dedo al ponérmelo. La base de carga
también olía raro. Lo desenchufé y no lo volví a usar. Me preocupa
porque lo uso para dormir. ¿Qué hago?

Catalina Muñoz"""),
("es", "b33-app-crucero-no-carga-reserva", "Ernesto Lara <ernesto.lara@example.com>", "App", "technical", "",
"""Buenas tardes. La app del crucero no me muestra mi reserva, dice "no
encontramos reservas asociadas a esta cuenta", aunque en la página web
sí aparece con el mismo usuario. Salimos el 20 desde Barcelona y
queríamos reservar las excursiones. Gracias."""),
("es", "b33-sala-vip-qr-no-lee", "Jorge Peña <jorge.pena@example.es>", "QR", "technical", "",
"""El lector de la entrada de la sala VIP de Barajas T4 no lee el QR de
vuestra app, ni con el brillo al maximo. Al final me dejaron pasar
apuntando mi nombre. Os lo comento."""),
("es", "b33-agencia-vouchers-pdf-en-blanco", "Florencia Domínguez <flor.dominguez@example.com.ar>", "Vouchers", "technical", "",
"""Hola, en "Mis viajes" me aparece el paquete a Bariloche, pero cuando
toco "Descargar vouchers" el PDF se abre en blanco, tanto en la compu
como en el celu. Sin eso el hotel no me hace el check-in, me dijeron.
Reserva BRC-44120. Salimos el viernes."""),
("es", "b33-re-viaje-sigue-abierto", "Diego Hernández <diego.hernandez@example.com.mx>", "Re: Reporte 11823", "technical", "",
"""Ya hice lo que me dijeron: cerré sesión, borré la app y la volví a
instalar. Sigue igual: me aparece "viaje en curso" con la bici 30417
aunque la anclé en Ámsterdam y Sonora hace dos días, y no me deja
desbloquear ninguna otra. Hoy me fui al trabajo en metro.

Diego

-----Mensaje original-----
De: Soporte <soporte@bicis.example>
Asunto: Reporte 11823
> Hola Diego, gracias por escribirnos. Te sugerimos cerrar sesión,
> desinstalar y reinstalar la aplicación. Si el problema continúa,
> respóndenos a este correo.
> Saludos, equipo de Soporte"""),
("es", "b33-cargador-corta-a-los-10-min", "Sergio Llorente <sergio.llorente@example.es>", "Cargador de la A-2", "technical", "",
"""Buenos días,

En vuestra estación de la A-2 en Guadalajara el cargador 3 corta la
sesión a los 10 minutos, siempre con el mensaje "error de comunicación
con el vehículo". Me ha pasado dos domingos seguidos. En el 1 y el 2
el coche carga sin problema, así que no creo que sea el coche.

Sergio"""),
("es", "b33-concentrador-oxigeno-padre-alarma", "Amparo Galindo <amparo.galindo@example.es>", "Concentrador de oxígeno - mi padre", "technical", "high",
"""Buenas tardes:

Mi padre tiene 81 años y EPOC, y usa por la noche el concentrador de
oxígeno que le compramos en vuestra farmacia online en marzo. Desde
esta tarde pita con la luz roja de "baja concentración" a los cinco
minutos de encenderlo y deja de salir aire. Lo hemos apagado y
encendido, cambiado el filtro y de enchufe.

Vive en un pueblo de Teruel y no tiene otro aparato para esta noche.
¿Qué podemos hacer? Necesitamos una solución hoy.

Amparo Galindo
600 000 411"""),
("es", "b33-electroestimulador-no-enciende", "Concepción Vidal <concha.vidal@example.es>", "Aparato", "technical", "",
"""Buenas tardes, me compré en su tienda online el electroestimulador
que me recomendó la fisio para la espalda y no se enciende. Le puse
las pilas nuevas que traía y también otras. La pantalla ni se ilumina.
Gracias.
Concha Vidal"""),
("es", "b33-clinica-horario-agosto", "Tomás Aguirre <tomas.aguirre@example.es>", "Horario en agosto", "general", "",
"""Buenos días, ¿la clínica abre en agosto? Necesito hacerme unos
análisis a mediados de mes y no sé si cerráis por vacaciones.
Gracias, Tomás"""),
("es", "b33-gracias-higienista-hija", "Inés Carrasco <ines.carrasco@example.es>", "Gracias a Marta", "general", "",
"""Hola!

Solo quería dar las gracias a Marta, la higienista. Mi hija de 7 años
iba muerta de miedo, llevaba toda la semana llorando por la cita, y
salió diciendo que de mayor quiere ser dentista. La paciencia que tuvo
con ella no la había visto nunca. Decídselo a ella y a su jefe.

Inés"""),
("es", "b33-crucero-tablet-olvidada", "Ricardo Medina <ricardo.medina@example.es>", "Objeto olvidado en el camarote", "general", "",
"""Buenas tardes:

Desembarcamos el domingo en Palma del crucero por el Mediterráneo y
creo que me dejé una tablet en el cajón de la mesilla del camarote
7142. Es una tablet negra con funda azul y el nombre de mi hijo
(Hugo) en una pegatina. ¿La han encontrado?

Ricardo Medina"""),
("es", "b33-cambio-apellido-boda", "Sofía Beltrán de Castro <sofia.beltran@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes,

Me casé el mes pasado y ahora uso también el apellido de mi esposo.
Quisiera que actualicen mi nombre en la ficha de paciente como Sofía
Beltrán de Castro. ¿Necesitan alguna copia de documento?

Muchas gracias,
Sofía"""),
("es", "b33-derechos-arco-datos", "Raul Castañeda <raul.castaneda@example.com.mx>", "Solicitud de acceso a mis datos", "general", "",
"""A quien corresponda:

En ejercicio de mis derechos ARCO, solicito que me informen que datos
personales tienen sobre mi, para que los usan y con quien los han
compartido, desde que me registre en su farmacia en linea en 2021.

Nombre completo: Raul Castañeda Mejia
Correo registrado: este mismo.

Atentamente,
Raul Castañeda"""),
("es", "b33-asistencia-aeropuerto-padre-responsable", "Elena Cabrera <elena.cabrera@example.es>", "Asistencia a mi padre en el aeropuerto", "general", "high",
"""A la atención del responsable del servicio:

El jueves mi padre, de 86 años y en silla de ruedas, llegó a Barajas
desde Tenerife con asistencia solicitada. El personal lo dejó en un
rincón de la zona de llegadas y nadie volvió a por él en dos horas.
Cuando preguntó, una empleada le contestó de malas maneras que "no era
su turno". Yo le esperaba fuera sin saber nada.

Quiero hablar con el responsable del servicio y que me expliquen qué
pasó. Esto no puede quedarse en una respuesta automática.

Elena Cabrera"""),
("es", "b33-crucero-perro-a-bordo", "Verónica Aranda <vero.aranda@example.com.ar>", "Mascotas", "general", "",
"""Hola, ¿se puede viajar con perro en el crucero? Es un caniche de 6 kg
que viaja siempre con nosotros. Si no se puede, ¿hay algún crucero de
ustedes que lo permita? Gracias"""),
("es", "b33-cristales-zona-infantil-sala", "Andrés Toledo <andres.toledo@example.es>", "Zona infantil de la sala VIP", "general", "high",
"""Hola:

Esta mañana, en la zona de niños de vuestra sala VIP de la T1 de El
Prat, había cristales de un vaso roto entre los cojines del suelo. Mi
hija de 4 años casi se corta la mano. Se lo dije a una camarera, pero
cuando nos fuimos media hora después seguían ahí y había más niños
jugando.

Os lo cuento para que lo limpiéis bien y lo reviséis.

Andrés Toledo"""),
("es", "b33-patrocinio-torneo-padel", "Club de Pádel Los Naranjos <contacto@padelnaranjos.example>", "Propuesta de patrocinio", "general", "",
"""Estimados:

Desde el Club de Pádel Los Naranjos organizamos en septiembre un
torneo benéfico a favor de la asociación de párkinson de la comarca.
Esperamos unas 64 parejas. ¿Os interesaría colaborar como
patrocinadores, por ejemplo con sesiones de fisioterapia como premio o
un stand de vuestra clínica?

Os puedo enviar el dosier.

Un saludo,
Paula Ferrer"""),
("es", "b33-entrega-porteria-farmacia", "Graciela Ibarra <graciela.ibarra@example.com.ar>", "Entrega", "general", "",
"""Buen dia, los pedidos de la farmacia dejenlos en la porteria del
edificio, el encargado se llama Ruben y esta de 8 a 16. No toquen el
timbre del 4B que mi mama duerme la siesta. Gracias!"""),
("es", "b33-gracias-medico-barco", "Natalia Gómez <natalia.gomez@example.com.co>", "Mil gracias", "general", "",
"""Buenas tardes,

Quiero agradecer al médico y a la enfermera del barco en el crucero del
2 de mayo. Mi esposo tuvo una reacción alérgica muy fuerte el tercer
día y lo atendieron en minutos, con mucha calma y cariño, y lo
estuvieron visitando en el camarote hasta que se recuperó. No
recuerdo sus nombres; ojalá les hagan llegar este mensaje.

Un abrazo desde Bogotá,
Natalia Gómez"""),
("es", "b33-urgente-llevar-nino-cita", "Marisa Fuentes <marisa.fuentes@example.es>", "URGENTE!!!", "general", "",
"""Hola, mañana tengo cita con el dentista a las 17:00 y no tengo con
quién dejar a mi hijo de 5 años. ¿Puedo ir con él? Se queda quieto en
la sala de espera con la tablet. GRACIAS"""),
("es", "b33-jornada-estudio-pisada", "Luis Ángel Pastor <luisangel.pastor@example.es>", "Jornada del sábado", "general", "",
"""Buenas, he visto en el periódico que el sábado hacéis una jornada de
estudio de la pisada gratis para corredores en la clínica de Zaragoza.
¿Hay que apuntarse antes? ¿Tengo que llevar mis zapatillas?

Luis Ángel"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b33-rehabilitacja-domowa-mama-dps", "Bożena Kaczmarczyk <bozena.kaczmarczyk@example.pl>", "Rehabilitacja domowa mamy", "billing", "",
"""Dzień dobry,

od marca opłacam pakiet rehabilitacji domowej dla mojej mamy (dwie
wizyty w tygodniu, 640 zł miesięcznie). Od przyszłego tygodnia mama
zamieszka w domu opieki w Otwocku, gdzie rehabilitację ma na miejscu.
Proszę więc o zakończenie pakietu z końcem miesiąca i nie pobieranie
opłaty za kolejny.

Bardzo dziękuję panu Michałowi za wszystkie wizyty, mama go uwielbia.

Bożena Kaczmarczyk"""),
("pl", "b33-zadatek-wizyta-odwolana-przez-gabinet", "Kamil Sowa <kamil.sowa@example.pl>", "Zadatek za wizytę", "billing", "",
"""Dzien dobry, przy rezerwacji wizyty u ortodonty zaplacilem 100 zl
zadatku. Dwa dni przed terminem gabinet sam odwolal wizyte (lekarka
chora) i zaproponowal nowy termin za 6 tygodni, ktory mi nie pasuje.
Prosze o zwrot zadatku na konto, z ktorego byl przelew.
Kamil Sowa"""),
("pl", "b33-apteka-faktura-nip-firma", "Biuro Zdrowy Kręgosłup <biuro@zdrowykregoslup.example>", "Faktura do zamówienia 30177", "billing", "",
"""Dzień dobry,

przy zamówieniu 30177 (żele do USG i rękawiczki, 412,80 zł) zapomniałam
zaznaczyć, że chcę fakturę. Proszę o wystawienie faktury na:

Zdrowy Kręgosłup Gabinet Fizjoterapii Anna Wilczek
ul. Piotrkowska 120, 90-006 Łódź
NIP 7250000000

Pozdrawiam
Anna Wilczek"""),
("pl", "b33-opaska-premium-przesiadka-na-zegarek", "Rafał Dudek <rafal.dudek@example.pl>", "Abonament", "billing", "",
"""Czesc, opaska dziala bez zarzutu, tylko dostalem od zony na urodziny
zegarek innej firmy i bede nosil ten. Nie potrzebuje juz Premium za
19,99 zl miesiecznie. Prosze wylaczyc odnawianie, zeby w sierpniu juz
nic nie zeszlo z karty. Dzieki!
Rafal"""),
("pl", "b33-hulajnoga-pakiet-minut-wygasa", "Zuzanna Pietrzak <zuzanna.pietrzak@example.pl>", "pakiet minut", "billing", "",
"""hej, kupilam w kwietniu pakiet 300 minut za 99 zl i wykorzystalam
tylko 80, bo przez caly maj lezalam z zapaleniem pluc. w aplikacji
widze, ze pakiet wygasa w piatek. da sie go przedluzyc o miesiac albo
oddac czesc kasy? zuzia"""),
("pl", "b33-ladowanie-cena-kwh-rzecznik", "Grzegorz Michalak <grzegorz.michalak@example.pl>", "Cena za kWh niezgodna z wyświetlaną - reklamacja", "billing", "high",
"""Dzień dobry,

16 czerwca ładowałem samochód na Państwa stacji przy MOP Nowa Wieś na
A1. Na ekranie ładowarki i w aplikacji cena wynosiła 2,19 zł/kWh. Za
52 kWh pobrano mi 166,40 zł, czyli 3,20 zł/kWh. Reklamację złożoną
przez aplikację odrzucono jednym zdaniem, że "obowiązuje cennik
roamingowy", o którym nigdzie nie było informacji.

Żądam zwrotu różnicy, 52,52 zł. Jeżeli nie otrzymam go w ciągu 14 dni,
sprawę przekażę miejskiemu rzecznikowi konsumentów i zgłoszę praktykę
do UOKiK. Zrzuty ekranu z ceną posiadam.

Grzegorz Michalak"""),
("pl", "b33-biuro-podrozy-zmiana-hotelu-chargeback", "Marta Jasińska <marta.jasinska@example.pl>", "Odstąpienie od umowy - zwrot zaliczki", "billing", "high",
"""Dzień dobry,

trzy tygodnie przed wylotem na Kretę poinformowali Państwo, że hotel
Aphrodite Beach 5* zmieniono na hotel 3* w innej miejscowości. Nie
zgodziłam się na tę zmianę i w terminie odstąpiłam od umowy (pismo z
2 czerwca). Zgodnie z ustawą o imprezach turystycznych zaliczka 3000
zł powinna wrócić w ciągu 14 dni. Minęło ponad 30.

Skoro Państwo nie odpowiadają, zgłosiłam w banku chargeback na
transakcję kartą. Proszę o pilne rozliczenie.

Marta Jasińska"""),
("pl", "b33-rejs-oplata-serwisowa", "Jerzy Kowalewski <jerzy.kowalewski@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry,

wykupiliśmy z żoną rejs po fiordach norweskich na wrzesień. Znajomi
mówią, że na statku doliczają codziennie jakąś opłatę serwisową czy
napiwki. Czy to już jest w cenie, którą zapłaciliśmy, czy dojdzie na
miejscu? Jeśli dojdzie, to ile za osobę i czy można płacić kartą?

Z poważaniem
Jerzy Kowalewski"""),
("pl", "b33-salonik-oplata-za-niemowle", "Ola Brzezińska <ola.brzezinska@example.pl>", "Salonik Okęcie", "billing", "",
"""Dzień dobry, w sobotę weszliśmy do Państwa saloniku na Lotnisku
Chopina z mężem i 14-miesięczną córką. Na stronie jest napisane, że
dzieci do lat 2 wchodzą bezpłatnie, a zapłaciliśmy 3 x 149 zł. Proszę o
zwrot 149 zł za małą. Rachunek w załączniku.
Ola"""),
("pl", "b33-odp-kosztorys-kanalowe-raty", "Piotr Wróblewski <piotr.wroblewski@example.pl>", "Odp: Kosztorys leczenia", "billing", "",
"""Dzień dobry Pani Agato,

dziękuję za kosztorys. Czy mogę rozłożyć tę kwotę na trzy części, po
jednej przy każdej wizycie, zamiast płacić całość z góry? I czy można
płacić kartą na miejscu?

Pozdrawiam
Piotr Wróblewski

W dniu 11.06.2024 o 14:05, Rejestracja <rejestracja@dentica-example.pl> pisze:
> Szanowny Panie,
> w załączeniu przesyłamy kosztorys leczenia kanałowego zęba 36 pod
> mikroskopem wraz z odbudową: 2350 zł.
> Z poważaniem
> Agata Lis, Rejestracja"""),
("pl", "b33-rower-miejski-syn-studia", "Ewa Kurek <ewa.kurek@example.pl>", "abonament syna", "billing", "",
"""Dzien dobry, syn wyjezdza od pazdziernika na studia do Wroclawia, wiec
prosze nie przedluzac jego rocznego abonamentu na rower miejski w
Lublinie (konto na moja karte, login kurek.bartek). Dziekuje, Ewa Kurek"""),
("pl", "b33-oplata-nieodwolana-wizyta-kierownik", "Iwona Zielińska <iwona.zielinska@example.pl>", "Opłata za nieodwołaną wizytę", "billing", "high",
"""Dzień dobry,

pobrali Państwo z mojej karty 200 zł "za nieodwołaną wizytę" u
kardiologa 3 czerwca. Wizytę odwołałam telefonicznie tydzień wcześniej,
27 maja o 10:14 - mam to w bilingu. Pani w rejestracji twierdzi, że
nie ma tego w systemie i nic nie może zrobić.

Proszę, żeby skontaktował się ze mną kierownik placówki. Oczekuję
zwrotu 200 zł.

Iwona Zielińska
tel. 600 000 214"""),
("pl", "b33-smartwatch-prezent-wymiana-na-opaske", "Weronika Krawczyk <weronika.krawczyk@example.pl>", "Zamówienie 48213", "billing", "",
"""Dzień dobry, dostałam smartwatch jako prezent (zamówienie 48213 na
nazwisko mojej siostry). Jest dla mnie za duży i wolałabym zwykłą
opaskę sportową. Czy mogę go odesłać i wymienić na opaskę, a różnicę w
cenie dostać z powrotem? Jest nierozpakowany.

Weronika"""),
("pl", "b33-apteka-nie-chce-zwrotu-zamiennik", "Stefan Nowicki <stefan.nowicki@example.pl>", "Brak towaru w zamówieniu", "billing", "",
"""Dzień dobry,

napisali Państwo, że jednego z leków z zamówienia 30244 nie ma i zwrot
29,90 zł wróci na kartę. Nie chcę zwrotu pieniędzy. Wolę, żeby
dosłali Państwo ten sam lek innego producenta (ten za 34,50), dopłacę
różnicę. Jak to zrobić?

Stefan Nowicki"""),
("pl", "b33-opaska-sen-dwie-godziny", "Łukasz Baran <lukasz.baran@example.pl>", "Sen", "technical", "",
"""Od kilku dni opaska pokazuje, że spałem 2 godziny, a śpię normalnie
7-8. Budzik w niej działa, kroki też liczy. Noszę ją tak samo jak
wcześniej, na lewej ręce, dość ciasno. Aktualizacja była w zeszły
czwartek."""),
("pl", "b33-apteka-przypomnienia-nie-platnosci", "Halina Majewska <halina.majewska@example.pl>", "Przypomnienia o lekach", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności, z zamówieniami wszystko w porządku.
Chodzi o to, że od około tygodnia aplikacja przestała mi przypominać o
tabletkach o 8 i o 20. Przypomnienia są włączone, w telefonie
powiadomienia też. Syn sprawdzał i nie wie, co jest.

Halina Majewska"""),
("pl", "b33-hulajnoga-kierownica-zlozyla-sie", "Adam Górecki <adam.gorecki@example.pl>", "Hulajnoga 7720", "technical", "high",
"""Dzień dobry,

dziś ok. 8:30 jechałem hulajnogą nr 7720 ulicą Dworcową w Poznaniu i
na niewielkiej nierówności kierownica złożyła się do przodu - zatrzask
przy kolumnie puścił. Udało mi się zeskoczyć, skończyło się na
otartym kolanie.

Hulajnogę zostawiłem przy przystanku tramwajowym Most Dworcowy,
zablokowaną w aplikacji. Proszę ją zabrać, zanim ktoś inny na nią
wsiądzie.

Adam Górecki"""),
("pl", "b33-ladowarka-garaz-kabel-w-wodzie", "Jolanta Szewczyk <jolanta.szewczyk@example.pl>", "Ładowarka w garażu", "technical", "high",
"""Dzień dobry,

piszę w sprawie Państwa ładowarki w garażu podziemnym na osiedlu Zielone
Tarasy w Gdyni (miejsce 48). Od wczoraj pod słupkiem stoi woda z
przeciekającej rury, kabel leży w kałuży, a ekran co chwilę gaśnie i
zapala się. Nie podłączałam auta. Administracja mówi, że to Państwa
urządzenie. Może warto je wyłączyć zdalnie.

Jolanta Szewczyk"""),
("pl", "b33-taxi-zajezdnia-nie-laduje", "Radio Taxi Bursztyn <dyspozytor@taxibursztyn.example>", "Zajezdnia", "technical", "high",
"""Dzień dobry,

od nocy żadna z 8 ładowarek w naszej zajezdni na Przymorzu nie zaczyna
ładowania - kierowcy podpinają auta, kontrolka mruga i nic. Rano 12
taksówek zostało z baterią poniżej 20%, połowę kierowców musiałem
odesłać do domu, a zamówienia z lotniska przekazujemy konkurencji.

Proszę o pilny kontakt: 58 000 41 41, dyspozytornia.

Mariusz Kurowski
Radio Taxi Bursztyn"""),
("pl", "b33-ladowarka-zegarka-stopiony-plastik", "Natalia Wysocka <natalia.wysocka@example.pl>", "Ładowarka do zegarka", "technical", "high",
"""Dzień dobry, wczoraj wieczorem podłączyłam zegarek do oryginalnej
ładowarki magnetycznej i po godzinie poczułam zapach palonego plastiku.
Ładowarka była tak gorąca, że nie dało się jej dotknąć, a plastik przy
styku jest stopiony i przywarł do zegarka. Odłączyłam wszystko i nie
używam. Co mam teraz zrobić? Zegarek kupiony w styczniu.
Natalia Wysocka"""),
("pl", "b33-przychodnia-sms-przypomnienia", "Tadeusz Wojciechowski <tadeusz.wojciechowski@example.pl>", "SMS-y", "technical", "",
"""Od maja nie dostaję SMS-ów z przypomnieniem o wizytach w przychodni,
przez co prawie przegapiłem kontrolę u okulisty. Numer w portalu
pacjenta jest dobry, 601 000 372. Żona dostaje normalnie."""),
("pl", "b33-salonik-tablica-odlotow-stara", "Michał Stępień <michal.stepien@example.pl>", "Tablica odlotów", "technical", "",
"""Dzien dobry, w saloniku w Balicach ekran z odlotami pokazywal we
wtorek wieczorem dane sprzed kilku godzin - moj lot do Oslo wciaz byl
"planowo", a w terminalu juz bylo "boarding". Zdazylem, ale na styk.
Warto to sprawdzic.
Michal Stepien"""),
("pl", "b33-hulajnogi-weryfikacja-prawa-jazdy", "Julia Maciejewska <julia.maciejewska@example.pl>", "weryfikacja", "technical", "",
"""Aplikacja ciągle odrzuca zdjęcie mojej legitymacji przy weryfikacji
wieku, za każdym razem pisze "dokument nieczytelny", choć zdjęcie jest
ostre i w dobrym świetle. Próbowałam z 10 razy, też z dowodem. Nie
mogę przez to wypożyczyć hulajnogi."""),
("pl", "b33-odp-aktualizacja-gps-zygzaki", "Sebastian Kołodziej <sebastian.kolodziej@example.pl>", "Odp: Zgłoszenie 20417 - GPS", "technical", "",
"""Dzień dobry,

niestety aktualizacja nic nie zmieniła. Dzisiejszy bieg w Parku
Śląskim ma na mapie zygzaki po 50 metrów w bok, dystans wyszedł 12,4
km zamiast 10. Zegarek był cały czas na zewnątrz, pogoda bezchmurna.

Sebastian

W dniu 5.06.2024 o 09:40, Pomoc techniczna <pomoc@wearables-example.pl> pisze:
> Dzień dobry,
> błąd dokładności GPS został poprawiony w oprogramowaniu 4.2.1.
> Prosimy o aktualizację zegarka i informację, czy problem ustąpił.
> Pozdrawiamy, Zespół Pomocy"""),
("pl", "b33-stacja-lodz-3kw-zamiast-50", "Krzysztof Adamczyk <krzysztof.adamczyk@example.pl>", "Ładowarka Łódź Rokicińska", "technical", "",
"""Dzień dobry, ładowarka DC przy Rokicińskiej w Łodzi ładowała mnie
wczoraj mocą 3 kW zamiast 50 - przez godzinę weszły 4 kWh. Inne auto
obok miało to samo. Na innych stacjach ładuję się normalnie, więc to
raczej nie samochód.

Krzysztof"""),
("pl", "b33-pompa-insulinowa-zony-nie-laczy", "Wojciech Sadowski <wojciech.sadowski@example.pl>", "Aplikacja pompy - nie łączy się", "technical", "high",
"""Dzień dobry,

żona ma cukrzycę typu 1 i pompę insulinową sterowaną z Państwa
aplikacji na telefonie. Po wczorajszej aktualizacji aplikacja nie
łączy się z pompą ("brak połączenia z urządzeniem"), więc żona nie
może podać bolusa do posiłku. Restart telefonu i pompy nic nie daje.
Insulinę bazalną pompa podaje dalej, ale bolusa do jedzenia nie da się
podać w ogóle.

Proszę o pilny kontakt, najlepiej telefoniczny: 602 000 913.

Wojciech Sadowski"""),
("pl", "b33-portal-pacjenta-wyniki-pdf", "Danuta Lewandowska <danuta.lewandowska@example.pl>", "Wyniki badań", "technical", "",
"""Dzien dobry, w portalu pacjenta widze, ze wyniki morfologii sa
gotowe, ale po kliknieciu "pobierz PDF" pojawia sie blad "plik
uszkodzony". Probowalam na komputerze i na telefonie.
Danuta Lewandowska"""),
("pl", "b33-godziny-wszystkich-swietych", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy przychodnia jest czynna 31 października i 2
listopada? Muszę oddać krew na badania, a w okolicy Wszystkich
Świętych wyjeżdżam. Pozdrawiam, Z. Pawlak"""),
("pl", "b33-podziekowanie-pani-ania-apteka", "Henryk Zawadzki <henryk.zawadzki@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

mam 83 lata i od niedawna zamawiam leki przez internet z pomocą
wnuczki. W zeszłym tygodniu zadzwoniłem na infolinię, bo pomyliły mi
się nowe tabletki, i Pani Ania z cierpliwością wytłumaczyła mi
wszystko po kolei, dwa razy. Dawno nikt tak ze mną nie rozmawiał.
Proszę jej przekazać serdeczne podziękowania.

Z wyrazami szacunku
Henryk Zawadzki"""),
("pl", "b33-kurtka-w-autokarze-wycieczka", "Agata Mazurek <agata.mazurek@example.pl>", "Zostawiona kurtka", "general", "",
"""Dzień dobry,

wróciliśmy w niedzielę z wycieczki do Wiednia (autokar z Krakowa) i
zostawiłam w autokarze kurtkę przeciwdeszczową, granatową, rozmiar M,
w kieszeni klucze od piwnicy. Siedziałam w rzędzie 7 przy oknie. Czy
kierowca coś znalazł?

Agata Mazurek"""),
("pl", "b33-zmiana-adresu-email", "Tomasz Kubiak <tomasz.kubiak@example.pl>", "PILNE!!! zmiana maila", "general", "",
"""Dzien dobry, zamykam stara skrzynke na onecie. PROSZE zmienic adres
e-mail na koncie na tomasz.kubiak@example.pl (z tego pisze). Numer
klienta 558120. Dziekuje"""),
("pl", "b33-rodo-usuniecie-konta", "Karolina Szymańska <karolina.szymanska@example.pl>", "Usunięcie danych", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie mojego konta w aplikacji
rowerów miejskich oraz wszystkich danych osobowych, w tym historii
przejazdów. Abonamentu już nie mam. Proszę o potwierdzenie wykonania.

Karolina Szymańska"""),
("pl", "b33-rezydentka-niegrzeczna-przelozony", "Bartosz Czarnecki <bartosz.czarnecki@example.pl>", "Zachowanie rezydentki w Hurghadzie", "general", "high",
"""Dzień dobry,

w czasie pobytu w Hurghadzie (12-19 czerwca) moja żona źle się
poczuła i poprosiliśmy rezydentkę o pomoc w znalezieniu lekarza.
Usłyszeliśmy, że "nie jest niańką" i że mamy sobie radzić sami, a przy
kolejnej rozmowie wyśmiała żonę przy innych gościach. Lekarza
znalazła nam obsługa hotelu.

Nie chcę odpowiedzi z szablonu. Proszę o kontakt od przełożonego tej
pani albo kogoś z kierownictwa biura.

Bartosz Czarnecki"""),
("pl", "b33-rejs-dowod-czy-paszport", "Lucyna Wieczorek <lucyna.wieczorek@example.pl>", "Dokumenty", "general", "",
"""Dzień dobry, płyniemy w lipcu statkiem wycieczkowym z Gdyni do
Sztokholmu i z powrotem. Wystarczy dowód osobisty, czy potrzebny jest
paszport? A dla dziecka 9 lat?"""),
("pl", "b33-lod-przed-przychodnia", "Elżbieta Wójcik <elzbieta.wojcik@example.pl>", "Wejście do przychodni", "general", "high",
"""Dzień dobry,

chciałam zwrócić uwagę, że schody i podjazd przed wejściem do
przychodni przy ul. Kościuszki od dwóch dni są pokryte lodem i nikt ich
nie posypuje. Dziś rano przewróciła się starsza pani, a chwilę później
mężczyzna o kulach. Do przychodni przychodzi dużo starszych osób.
Prosiłabym o pilne posypanie.

Elżbieta Wójcik"""),
("pl", "b33-sponsoring-maraton-mtb", "Klub MTB Beskidy <klub@mtbbeskidy.example>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

jesteśmy klubem kolarskim z Bielska-Białej i we wrześniu organizujemy
maraton MTB (ok. 350 zawodników). Czy byliby Państwo zainteresowani
sponsoringiem, np. nagrodami w postaci zegarków lub stoiskiem w
miasteczku zawodów? Chętnie prześlę ofertę.

Pozdrawiamy
Paweł Pająk, prezes klubu"""),
("pl", "b33-apteka-tylko-paczkomat", "Monika Jakubowska <monika.jakubowska@example.pl>", "Dostawa", "general", "",
"""Dzien dobry, prosze wszystkie moje zamowienia wysylac do paczkomatu
KRA42M przy Biedronce, nie kurierem do domu - kurier i tak nie
zastaje mnie w domu, pracuje na zmiany. Dziekuje, Monika"""),
("pl", "b33-podziekowanie-pilot-gruzja", "Jacek i Anna Olszewscy <jacek.olszewski@example.pl>", "Gruzja - dziękujemy", "general", "",
"""Dzień dobry,

wróciliśmy z objazdówki po Gruzji i chcemy bardzo podziękować pilotowi,
panu Arturowi. Był bombowy - wiedza, poczucie humoru, a kiedy w
Kazbegi zgubiłam telefon, sam pojechał z powrotem go szukać. Grupa
była zachwycona. Na pewno pojedziemy z Państwem znowu.

Pozdrawiamy serdecznie
Anna i Jacek Olszewscy"""),
("pl", "b33-dzien-dobry-skierowanie-fizjo", "Ryszard Piątek <ryszard.piatek@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy na fizjoterapię w Państwa gabinecie potrzebuję
skierowania od lekarza, czy mogę zapisać się sam? Chodzi o bark po
upadku na rowerze.
Ryszard Piątek"""),
("pl", "b33-dzien-zdrowia-poznan", "Grażyna Nowak <grazyna.nowak@example.pl>", "Dzień Zdrowia", "general", "",
"""Dzień dobry, przeczytałam w gazetce, że w sobotę organizujecie Dzień
Zdrowia na Starym Rynku w Poznaniu z bezpłatnym pomiarem cukru i
ciśnienia. Czy trzeba się wcześniej zapisać i o której to się zaczyna?
Pozdrawiam, Grażyna"""),
]
