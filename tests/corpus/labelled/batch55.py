# batch55.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Local transport this time --
# taxi apps, chauffeur services, school buses, minibus hire, airport
# transfers, bike couriers, city sightseeing buses -- across the failure
# classes: escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, paid plans ended or paused in other words, outages of a
# business told only by their consequences, safety hazards told calmly,
# praise, payment questions, and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b55-airport-ride-charged-twice", "Dana Whitfield <dana.whitfield@example.com>", "Charged twice for JFK ride", "billing", "",
"""Hi there,

I took a ride from Park Slope to JFK on Thursday morning (trip ID
RX-40917). My card shows two charges of $68.40 from you, both posted the
same minute. I only took one ride - I was on the plane by 11.

Can you reverse the second one? Happy to send a screenshot of the
statement.

Thanks,
Dana"""),
("en", "b55-urgent-gst-invoice-cabs", "Rohit Malhotra <rohit.malhotra@example.in>", "URGENT!!! GST invoice required", "billing", "",
"""Dear Team,

Kindly provide GST invoices for all my cab rides of last month (approx 23
rides, Whitefield to Koramangala and back) in the name of my company
Sarvam Infotech Pvt Ltd, GSTIN 29ABCDE1234F1Z5. The app is only giving
trip receipts without GST number.

Our finance team closes the expense claims on Friday so please do the
needful at the earliest. URGENT.

Regards,
Rohit Malhotra"""),
("en", "b55-school-bus-pass-moving-galway", "Siobhan Keane <siobhan.keane@example.ie>", "Bus pass for Cian and Aoife", "billing", "",
"""Hi,

We're moving from Naas down to Galway at the end of October so the kids
won't be on the Kilcullen Road route after mid-term. We paid the full
year for both of them in August (2 x EUR 350).

Is there any refund for the rest of the year, or a part of it? Let me
know if you need anything from me, the passes can be posted back.

Many thanks,
Siobhan Keane"""),
("en", "b55-late-husband-senior-rides", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Geoffrey passed away in September. He used your car service
every Tuesday to get to the day centre in Harrogate and he had the
monthly Silver Rides plan, which I believe is still coming out of our
joint account at 24 pounds a month.

He will not be needing it now. Would you kindly stop it. I do not know
his password, I am afraid, but the account is under
g.ellison@example.co.uk.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b55-minibus-deposit-small-claims", "Craig Dunmore <craig.dunmore@example.co.uk>", "Deposit for 16-seater, booking MB-2281", "billing", "high",
"""Hello,

We hired a 16-seater from your Leicester depot for my son's football
team trip to Skegness on 14 June. We returned it on time, full tank,
swept out, and your man at the yard signed it off without a word.

Three weeks later I get an email saying 180 pounds of the 250 deposit is
being kept for "valeting and odour removal". There were no photos, no
notice, nothing at handover.

I want the full 250 back within 14 days. If it isn't, I will file a claim
in the small claims court without any further warning - I've kept the
signed handover sheet.

Craig Dunmore"""),
("en", "b55-surge-fare-chargeback", "Jess Nguyen <jess.nguyen@example.com.au>", "Fare", "billing", "high",
"""Hi,

Saturday night, Fortitude Valley to Paddington, about 6km. The app quoted
me $24 when I booked. I was charged $131.60 and the receipt just says
"dynamic pricing adjustment". Nobody told me that when I confirmed.

I've already written through the app twice and got the same copy and
paste. I've now lodged a dispute with my bank for the full amount and
they've told me to let you know. Happy to pay the $24 I agreed to.

Jess"""),
("en", "b55-hop-on-tickets-change-date", "Gary Pruitt <gary.pruitt@example.com>", "Question", "billing", "",
"""Hi folks, we bought 4 x 48-hour hop on hop off tickets online for
Friday the 9th ($212 total) but our flight got moved and we won't land
till Saturday. Can we move the tickets to Sat/Sun or do we need to buy
new ones and get these refunded? Order HO-88126.

Gary (Ohio)"""),
("en", "b55-re-monthly-invoice-po-number", "Accounts Payable <ap@northgate-logistics.example>", "Re: Invoice INV-30417 - corporate cars May", "billing", "",
"""Hi Harriet,

Thanks for sending this over. Unfortunately we can't process it without
our purchase order number on the invoice - could you reissue INV-30417
with PO 55-0192 on it? The amount (3,842.50 GBP) is fine.

Kind regards,
Owen Pritchard
Accounts Payable, Northgate Logistics

On Mon, 3 Jun 2024 at 09:12, Harriet Vale <billing@executivecars.example> wrote:
> Good morning,
>
> Please find attached invoice INV-30417 for chauffeur services provided
> to Northgate Logistics during May 2024.
>
> Best regards,
> Harriet Vale"""),
("en", "b55-bike-courier-fuel-surcharge", "Hollie Marks <hollie@marksandpaper.example>", "Fuel surcharge??", "billing", "",
"""Hi,

Quick one - my last two courier invoices have a "fuel surcharge" of 6%
on every job. Every one of those jobs went by bicycle, I've literally
watched your riders pedal off with my parcels. What fuel?

Can you explain it or take it off please. Account MARKS-0047.

Hollie
Marks & Paper Stationers"""),
("en", "b55-wedding-chauffeur-cancelled-manager", "Aisling Brennan <aisling.brennan@example.ie>", "Wedding car - 850 deposit", "billing", "high",
"""To whoever reads this,

We booked the vintage Rolls and chauffeur for our wedding on 17 August
and paid a deposit of EUR 850 back in January. Four days before the
wedding your office rang to say the car "wasn't available" and we had to
scramble to find someone else at twice the price.

Since then I have been promised a callback about the deposit five times.
Nobody has rung. I want a manager to phone me this week, not another
agent, and I want the full 850 refunded.

Aisling Brennan
087 000 4412"""),
("en", "b55-not-app-tip-doubled", "Ben Holloway <ben.holloway@example.com>", "Tip", "billing", "",
"""Not an app problem, the app's been fine - but I tipped my driver $5 on
Tuesday's ride and I see two $5 tips on my card. Can you take one off?
He was great but not $10 great. Ride ended around 6.40pm in Austin."""),
("en", "b55-airport-transfer-upi-instalments", "Kavitha Raman <kavitha.raman@example.in>", "Payment for group airport transfer", "billing", "",
"""Hello,

We are 11 family members coming from Chennai for my niece's wedding and
I have a quote from you for a Tempo Traveller from Bengaluru airport to
Mysuru and back, total Rs 18,500.

Can we pay by UPI instead of card? And is it possible to pay 50% now and
the balance on the day of the return trip? Please confirm.

Thanks and regards,
Kavitha"""),
("en", "b55-courier-plan-closed-august", "Tom Ashby <tom@ashbyflowers.example>", "Account over summer", "billing", "",
"""Hiya,

We shut the shop for the whole of August - me and the wife finally
getting a holiday. Can you freeze the 20-jobs-a-month courier plan for
that month so we're not paying 140 for nothing? We'll be back on it
from 2 September.

Cheers,
Tom
Ashby Flowers, Bristol"""),
("en", "b55-cancel-fee-driver-late", "Priya Desai <priya.desai@example.co.uk>", "Cancellation fee", "billing", "",
"""Hello,

The app said my driver was 4 minutes away. Twenty minutes later he was
still 4 minutes away and I had a train to catch, so I cancelled and got
a bus. You charged me a 5 pound cancellation fee for that.

I don't think that's fair - please refund it.

Priya"""),
# technical
("en", "b55-login-code-never-arrives", "Owen Jarvis <owen.jarvis@example.co.uk>", "Can't log in", "technical", "",
"""Hi, changed phones at the weekend and now I can't get into the taxi
app. It says it's sent a 6-digit code by text but nothing ever arrives.
I've tried about ten times. Same number as before, and other texts come
through fine.

Owen"""),
("en", "b55-not-billing-app-crashes-map", "Lucinda Grey <lucinda.grey@example.com>", "Not a billing question", "technical", "",
"""Hello,

Your chat bot keeps sending me to billing - this has nothing to do with
money. The app closes itself as soon as the map starts loading. It's an
iPhone 12, updated last night, and I've deleted and reinstalled the app
twice. I can't book anything at all.

Lucinda"""),
("en", "b55-hotel-transfer-portal-errors", "Front Office <frontoffice@harbourviewhotel.example>", "Transfer bookings", "technical", "high",
"""Good morning,

Since about 5am every booking we try to make through the partner portal
comes back with "Error 502 - try again later". We have 38 guests
checking out today with airport transfers that need to be confirmed,
several of them on morning flights, and our night team has been ringing
round local taxi firms to cover the first few.

Nothing has changed on our side and the rest of our systems are fine.
Please can someone look at this as a priority and call the front desk
on 0161 496 0733.

Rachel Okafor
Front Office Manager, Harbourview Hotel"""),
("en", "b55-hired-minibus-brakes-smell", "Declan Moran <declan.moran@example.ie>", "Minibus from yesterday", "technical", "high",
"""Hello,

Just to let you know about the 17-seater (reg ending 4KY) we had for our
club's trip to Killarney yesterday. Coming down the Moll's Gap road the
brakes started grinding and there was a strong hot smell coming from
the front left wheel. The driver pulled in, we let it cool for an hour
and crawled the rest of the way in low gear.

Nobody was hurt, but I wouldn't want anyone else taking it out like
that. It's parked at the hotel in Killarney and the keys are at
reception. Could you arrange for someone to look at it before the
return trip on Sunday?

Declan Moran
Ballinrobe Walking Club"""),
("en", "b55-school-bus-tracker-stale", "Karen Liddell <karen.liddell@example.com>", "Bus tracker", "technical", "",
"""Hi,

The parent app that shows where the school bus is (route 12, Maple
Grove Elementary) has been stuck for a week. It shows the bus at the
depot at 6.52am every day no matter what time I look. The bus itself
comes fine, it's just the map. Logged out and back in, no change.

Thanks,
Karen Liddell"""),
("en", "b55-restaurant-riders-not-assigned", "Spice Route Kitchen <orders@spiceroutekitchen.example>", "tonight", "technical", "high",
"""Hi

Since 6pm none of our delivery jobs are being picked up. The dashboard
says "searching for rider" on every order and then cancels them after
15 mins. We've had 23 orders cancelled so far on a Friday, customers
ringing the restaurant shouting at us, food going in the bin.

Other restaurants on our street are saying the same. Please sort this
asap.

Imran
Spice Route Kitchen, Leeds"""),
("en", "b55-sightseeing-usb-sparked", "Nicola Ferrante <nicola.ferrante@example.com>", "USB socket on your bus", "technical", "high",
"""Hello,

On the red route tour this afternoon (bus 07, around 3pm) I plugged my
phone cable into the USB socket by the upper deck seats, row 4 left. It
sparked, there was a small pop and a smell of burning plastic, and the
socket is now black around the edge. My cable is melted at the end.

I'm fine and I told the guide, but I think it should be taped off
before someone's child touches it.

Regards,
Nicola Ferrante"""),
("en", "b55-password-reset-link-expired", "Hamish Boyd <hamish.boyd@example.co.uk>", "Password", "technical", "",
"""Every password reset link you send me says "this link has expired"
the moment I click it. Tried on laptop and phone, within a minute of
getting the email. Help."""),
("en", "b55-driver-app-nav-freezes", "Sandeep Gill <sandeep.gill@example.co.uk>", "Driver app navigation", "technical", "",
"""Hi team,

I drive for you in Slough and since the update on Monday the built-in
navigation in the driver app freezes after 2-3 minutes. The blue dot
stops moving and I have to close and reopen the app, sometimes mid-
roundabout. Samsung A54, all permissions on. Other drivers at the rank
say theirs is fine so maybe it's the phone model?

Sandeep (driver ID 40-7719)"""),
("en", "b55-audio-guide-spanish-silent", "Laura Pike <laura.pike@example.com>", "Headphones on tour", "technical", "",
"""We did the city tour on Sunday with my in-laws from Madrid and the
Spanish channel on the audio guide was silent the whole way round,
English and French worked. We tried three different seats and sets of
headphones. Just letting you know so it gets looked at - the tour
itself was lovely."""),
("en", "b55-wheelchair-filter-crash-supervisor", "Robert Kaye <robert.kaye@example.com.au>", "Accessible booking - fourth complaint", "technical", "high",
"""This is the fourth time I've reported this.

Every time I tick "wheelchair accessible vehicle" in the app and press
Book, the app crashes back to the home screen. Without that option I
get sent an ordinary sedan, which is no use to me. I've reinstalled,
I've sent logs, I've been told "the team is aware" three times since
March.

I'd like this escalated to a supervisor or someone in your tech team who
can actually tell me when it will be fixed. I rely on this to get to
work in Parramatta.

Robert Kaye"""),
("en", "b55-card-wont-save-no-refund", "Anjali Sharma <anjali.sharma@example.com>", "Adding a card", "technical", "",
"""Hi, I don't want a refund or anything like that, there's nothing wrong
with any charge. I just can't add my new debit card - the form spins
for a bit and then says "Something went wrong (code 19)". Old card has
expired so I can't book. Tried two different cards.

Anjali"""),
("en", "b55-tracking-link-404", "Megan Doyle <megan.doyle@example.com>", "Order 12345", "technical", "",
"""The tracking link in the text you sent for my same-day bike courier
parcel (order 12345) just opens a page that says 404 Not Found. I'd
like to know whether to stay in this afternoon.

Megan"""),
# general
("en", "b55-umbrella-left-in-cab", "Fiona Campbell <fiona.campbell@example.co.uk>", "Umbrella", "general", "",
"""Hello, I think I left my umbrella in one of your cabs last night - a
navy one with a wooden duck's-head handle, it was my father's. Picked up
from Waverley around 10.40pm, dropped in Morningside. Has anyone handed
it in?

Fiona"""),
("en", "b55-thanks-driver-mum-shopping", "Bernadette Nolan <bernie.nolan@example.ie>", "A big thank you", "general", "",
"""Hello,

I just wanted to say a massive thank you to your driver Paddy, who
brought my mam home from Tesco in Tallaght on Wednesday. She's 86 and
not steady on her feet, and he carried all six bags up to her door, put
the milk in the fridge and waited till she was sitting down before he
left. She hasn't stopped talking about him.

He was an absolute lifesaver. Please make sure he knows.

Bernie Nolan"""),
("en", "b55-boxing-day-sightseeing", "Alan Forbes <alan.forbes@example.co.uk>", "Boxing Day", "general", "",
"""Are your open-top buses running on Boxing Day, and if so, what time is
the first departure from the station stop? Family of five visiting."""),
("en", "b55-driver-shouted-kids-manager", "Tanya Morris <tanya.morris@example.co.uk>", "Route 4 driver", "general", "high",
"""I'm writing about the driver on the afternoon school run on route 4
(Hillcrest Primary) this week.

My daughter Maisie is 8. On Tuesday she got off the bus in tears because
the driver had shouted at a group of them, told them they were
"brats" and threatened to leave them at the side of the road if they
didn't shut up. Two other parents have told me the same thing from
their children.

I want this dealt with by the manager of the school transport contract,
not by the driver himself. Please give me their name and a direct
number.

Tanya Morris"""),
("en", "b55-child-dropped-wrong-stop", "Mark Ellery <mark.ellery@example.com>", "Bus 31 this afternoon", "general", "high",
"""Hello,

My son Jacob is 7 and is supposed to be dropped at the corner of Elm and
Fifth, where his grandmother waits for him. Today the substitute driver
let him off four stops early, at the gas station on Route 9, alone. A
stranger saw him crying and called me. He's home and safe.

He had his stop written on his backpack tag. I need to know today what
the substitute drivers are told, and that this will not happen again
tomorrow. He's back on the bus at 7.40am.

Mark Ellery"""),
("en", "b55-courier-use-back-gate", "Reception <reception@kingsleyvets.example>", "Deliveries to us", "general", "",
"""Hi,

Could you ask your riders to use the back gate on Kingsley Lane when
they drop off at the surgery please? The front door opens straight into
the waiting room and we've had a couple of dogs get very excited about
the bikes. There's a bell on the gate.

Thanks!
Kingsley Vets"""),
("en", "b55-change-email-married", "Sarah Quinn <sarah.quinn@example.com>", "Update my details", "general", "",
"""Hi, I got married in May so I'd like my account name changed from
Sarah Mulligan to Sarah Quinn, and the email to this address. Phone
number stays the same. Thanks!"""),
("en", "b55-data-request-trip-history", "Anton Reyes <anton.reyes@example.net>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including trip history and GPS data, driver ratings I have
given and received, and any recordings of calls with your support line.

My account email is anton.reyes@example.net. Please confirm receipt.

Anton Reyes"""),
("en", "b55-sponsorship-fun-run", "Helen Pattison <helen.pattison@example.com.au>", "Sponsorship?", "general", "",
"""Hi,

I'm on the committee for the Geelong Kids' Cancer fun run in October.
We're looking for a local business to sponsor the shuttle buses from
the station to the start line in return for your logo on the shirts
and the website. Would you be the right people to ask, or who should I
contact?

Warmly,
Helen"""),
("en", "b55-chauffeur-phone-motorway", "Julian Ashcombe <j.ashcombe@example.co.uk>", "Yesterday's transfer to Heathrow", "general", "high",
"""Good afternoon,

I was collected from Oxford at 2pm yesterday for a transfer to Heathrow
(booking EC-7731). I should tell you that for most of the M40 your
chauffeur was typing on his phone, held against the steering wheel,
while doing well over 80. I asked him once to stop; he put it down for
about a mile.

I arrived safely and on time, and otherwise he was polite. But I would
not want my family in that car, and I think you should know before
someone is hurt.

Regards,
Julian Ashcombe"""),
("en", "b55-accessible-vehicle-question", "Deepa Nair <deepa.nair@example.com>", "Wheelchair", "general", "",
"""Good evening, my father uses a power wheelchair (about 120kg). Do any
of your airport transfer vans have a ramp or lift, and does he need to
transfer to a seat or can he stay in the chair? We fly into Manchester
on the 20th."""),
("en", "b55-hello-driving-jobs", "Kieran Walsh <kieran.walsh@example.co.uk>", "Hello", "general", "",
"""hello are you taking on drivers at the moment, I have a full licence
12 years and a D1 for minibuses. I live in Wolverhampton. cheers
Kieran"""),
("en", "b55-re-pickup-point-terminal", "Michelle Tan <michelle.tan@example.com>", "Re: Your airport transfer is confirmed - AT-55190", "general", "",
"""Thanks for this. Quick question - where exactly will the driver be
waiting? Terminal 1 is huge and I'll have two kids and a buggy. Will
they hold a sign?

Michelle

On 2 Jul 2024, at 18:22, Transfers <bookings@skyshuttle.example> wrote:
> Dear Michelle,
>
> Your transfer from Melbourne Airport (T1) to Docklands on 14 July,
> flight QF 406, arriving 21:35, is confirmed.
>
> Booking reference: AT-55190
>
> Kind regards,
> SkyShuttle Bookings"""),
]
# ---------------- Greek ----------------
M += [
("el", "b55-gl-taxi-app-dyo-xrewseis", "Thanos K. <thanos.kar@example.gr>", "xrewsh", "billing", "",
"""Kalhspera,
thn Paraskeuh to vrady phra taxi apo to Syntagma sto Xalandri meso ths
efarmoghs sas (14,80e) kai sthn karta mou vlepw dyo fores 14,80 thn
idia wra. Mia diadromh ekana. Mporeite na mou gyrisete th mia?
Eyxaristw
Thanos"""),
("el", "b55-sxoliko-metakomisi-larisa", "Σταυρούλα Παππά <stavroula.pappa@example.gr>", "Σχολικό - Αλεξάνδρα Παππά", "billing", "",
"""Καλημέρα σας,

Από τον Φεβρουάριο μετακομίζουμε στη Λάρισα για τη δουλειά του συζύγου
μου, οπότε η κόρη μου η Αλεξάνδρα (Β' Δημοτικού, 5ο Δημοτικό Αμπελοκήπων)
δεν θα χρειάζεται πλέον το σχολικό. Πληρώνουμε 85€ τον μήνα με πάγια
εντολή.

Παρακαλώ να σταματήσει η χρέωση από τον Φεβρουάριο. Αν χρειάζεται
κάποιο έντυπο, πείτε μου.

Ευχαριστώ πολύ,
Σταυρούλα Παππά"""),
("el", "b55-timologio-transfer-afm", "Λογιστηριο Ευ Ζην Α.Ε. <logistirio@evzin-ae.example>", "Τιμολογιο για transfer", "billing", "",
"""Καλημερα σας,

Για τις μεταφορες των στελεχων μας απο το αεροδρομιο στο ξενοδοχειο
στις 12 και 14 Μαρτιου μας στειλατε αποδειξεις. Χρειαζομαστε τιμολογιο
στα στοιχεια της εταιρειας:

ΕΥ ΖΗΝ Α.Ε., ΑΦΜ 099999999, ΔΟΥ ΦΑΕ Αθηνων
Λ. Κηφισιας 200, Μαρουσι

Ευχαριστω,
Βουλα Σαρρη
Λογιστηριο"""),
("el", "b55-transfer-nafplio-synigoros", "Αλέξανδρος Μαυρίδης <alex.mavridis@example.gr>", "Προπληρωμένο transfer Αεροδρόμιο - Ναύπλιο", "billing", "high",
"""Κύριοι,

Στις 3 Μαΐου προπλήρωσα 190,00€ για ιδιωτικό transfer από το
αεροδρόμιο Ελ. Βενιζέλος στο Ναύπλιο για τις 28 Μαΐου (κράτηση
TR-66120). Η πτήση μας ακυρώθηκε από την αεροπορική και σας ενημέρωσα
γραπτώς στις 26 Μαΐου, δύο μέρες πριν, όπως προβλέπουν οι όροι σας για
πλήρη επιστροφή.

Έκτοτε έχω στείλει τρία μηνύματα χωρίς καμία απάντηση. Αν δεν δω τα
χρήματα στον λογαριασμό μου μέσα σε δέκα ημέρες, θα απευθυνθώ στον
Συνήγορο του Καταναλωτή με όλη την αλληλογραφία.

Αλέξανδρος Μαυρίδης"""),
("el", "b55-gl-minibus-egyhsh-trapeza", "Lefteris Dimou <lefteris.dimou@example.gr>", "egyhsh minibus", "billing", "high",
"""Kalhmera.
Noikiasa to 9 8esio mini bus gia to Savvatokyriako 6-7 Iouliou gia na
pame th omada sto Volo. To epestrepsa Kyriakh vrady opws symfwnhsame,
kamia zhmia, to eide o ypallhlos sas kai eipe ola ok.
H egyhsh htan 300e kai mou epistrepsate mono 120 me aitiologia
"ka8arismos". Den mou stilate oute mia fwtografia.
Exw hdh kanei amfisvhthsh xrewshs sthn trapeza mou gia ta 180e. An ta
steilete prin apofasisei h trapeza, enhmerwste me.
Lefteris Dimou"""),
("el", "b55-gamos-limouzina-doseis", "Χρύσα Αντωνίου <chrysa.antoniou@example.gr>", "Αυτοκίνητο γάμου", "billing", "",
"""Καλησπέρα σας,

Ενδιαφερόμαστε για τη λευκή Mercedes με οδηγό για τον γάμο μας στις 21
Σεπτεμβρίου στην Καλαμαριά. Στην ιστοσελίδα βλέπω 420€ για 4 ώρες.

Θα ήθελα να ρωτήσω αν γίνεται να πληρώσουμε σε δόσεις με πιστωτική ή
αν θέλετε προκαταβολή και πόση. Και αν η κορδέλα και τα λουλούδια στο
αυτοκίνητο χρεώνονται χωριστά.

Ευχαριστώ,
Χρύσα"""),
("el", "b55-pateras-girokomeio-paketo", "Κώστας Ζαφειρίου <kostas.zafeiriou@example.gr>", "Μηνιαίο πακέτο του πατέρα μου", "billing", "",
"""Καλημέρα,

Ο πατέρας μου, Ηλίας Ζαφειρίου, είχε το μηνιαίο πακέτο «Ασφαλής
Μετακίνηση» για τα ραντεβού του στο νοσοκομείο. Από την προηγούμενη
εβδομάδα μένει σε μονάδα φροντίδας ηλικιωμένων στην Κηφισιά, όπου η
μονάδα έχει δικό της όχημα.

Δεν θα το χρειαστεί πια. Πώς το κλείνουμε ώστε να μη χρεωθεί ο
λογαριασμός του τον Ιούλιο; Έχω εξουσιοδότηση αν χρειαστεί.

Κώστας Ζαφειρίου"""),
("el", "b55-gl-sightseeing-apergia-lefta", "Marina Ts. <marina.tsal@example.gr>", "eisithria leoforeiou", "billing", "",
"""Geia sas, eixa kleisei 4 eisithria gia to open bus sthn Athina gia
thn Tetarth (2 enhlikes 2 paidia, 58e synolo) alla logw ths apergias
to leoforeio den kykloforhse kai mas eipan sth stash na steiloume
email. Pote 8a ginei h epistrofh twn xrhmatwn? H krathsh einai
OB-31877.
Eyxaristw, Marina"""),
("el", "b55-re-prosfora-ekdromi-sxoleio-ekptosi", "Γιώργος Λιάπης <g.liapis@example.gr>", "Re: Προσφορά για ημερήσια εκδρομή - 2ο Γυμνάσιο Πάτρας", "billing", "",
"""Κυρία Ρήγα, καλησπέρα,

Ευχαριστούμε για την προσφορά. Ο σύλλογος γονέων τη βρίσκει λίγο
υψηλή για τις οικογένειες. Υπάρχει δυνατότητα έκπτωσης αν
δεσμευτούμε και για την εκδρομή της άνοιξης στους Δελφούς; Επίσης, η
τιμή περιλαμβάνει τα διόδια;

Με εκτίμηση,
Γιώργος Λιάπης
Πρόεδρος Συλλόγου Γονέων

> Αγαπητέ κύριε Λιάπη,
>
> Σας αποστέλλουμε την προσφορά μας για δύο λεωφορεία 53 θέσεων για
> ημερήσια εκδρομή Πάτρα - Αρχαία Ολυμπία - Πάτρα στις 18 Νοεμβρίου,
> συνολικό κόστος 1.240,00€ συμπεριλαμβανομένου ΦΠΑ.
>
> Με εκτίμηση,
> Ελένη Ρήγα
> Τμήμα Κρατήσεων"""),
("el", "b55-taxi-aerodromio-stathero-proistamenos", "Ευτυχία Ρούσσου <eftychia.roussou@example.gr>", "Χρέωση 65€ αντί για σταθερή τιμή", "billing", "high",
"""Καλησπέρα,

Την Πέμπτη κάλεσα ταξί από την εφαρμογή σας από το αεροδρόμιο προς το
κέντρο της Αθήνας. Η σταθερή τιμή για ημερήσια διαδρομή είναι 40€ και
αυτό έγραφε και η εφαρμογή. Χρεώθηκα 65€ στην κάρτα.

Έχω μιλήσει δύο φορές με την εξυπηρέτηση και μου λένε ότι «ο οδηγός
έβαλε ταξίμετρο». Δεν με ενδιαφέρει τι έβαλε ο οδηγός. Ζητώ να μου
τηλεφωνήσει ο προϊστάμενος του τμήματος και να επιστραφούν τα 25€.

Ευτυχία Ρούσσου
697 000 3381"""),
("el", "b55-gl-kwdikos-ekptwshs-oxi-efarmogh", "Nikos V. <nikos.vla@example.gr>", "kwdikos", "billing", "",
"""Kalhmera, den einai provlima ths efarmoghs, douleuei mia xara. Apla
evala ton kwdiko FILOS10 pou mou esteile o filos mou gia 10% sthn prwth
diadromh, to dexthke, alla sthn apodeixh den vlepw ekptwsh. Plhrwsa
18,20 anti gia 16,38. Ginetai na to diorthwsete?"""),
("el", "b55-courier-paketo-mikrotero", "Βιβλιοπωλείο Σελίδες <info@selides-books.example>", "Αλλαγή πακέτου διανομών", "billing", "",
"""Καλημέρα σας,

Το καλοκαίρι οι παραγγελίες μας πέφτουν πολύ. Θα θέλαμε από 1η Ιουλίου
να περάσουμε από το πακέτο των 60 διανομών με ποδήλατο (210€/μήνα) στο
πακέτο των 25 διανομών, και τον Σεπτέμβριο ξανά στο μεγάλο.

Γίνεται αυτό χωρίς χρέωση αλλαγής;

Ευχαριστούμε,
Άννα Κ.
Βιβλιοπωλείο Σελίδες, Θεσσαλονίκη"""),
("el", "b55-xronos-anamonis-kathysterisi-ptisis", "Παναγιωτης Γκικας <p.gkikas@example.gr>", "Παραγγελια 40551", "billing", "",
"""Γεια σας,

Στην κρατηση 40551 (transfer απο αεροδρομιο Ηρακλειου στο Ρεθυμνο) μου
χρεωσατε 20€ επιπλεον για χρονο αναμονης. Η πτηση μου καθυστερησε 50
λεπτα, και στους ορους σας γραφει οτι η αναμονη ως 60 λεπτα μετα την
προσγειωση ειναι δωρεαν. Το εγραφα κι αριθμο πτησης στην κρατηση.

Παρακαλω να μου επιστραφουν τα 20€.

Παναγιωτης Γκικας"""),
("el", "b55-gl-skylos-pet-taxi-syndromh", "Vicky Nikolaou <vicky.nik@example.gr>", "Bobos", "billing", "",
"""Kalhspera sas,
o Bobos mas efyge thn Triti, htan 14 xronwn. Ton pigainate ka8e mhna
sto kthniatreio me to pet taxi kai eixame th mhniaia syndromh 35e.
Den 8a th xreiastoume pleon, parakalw stamatiste th. Kai eyxaristoume
gia ola, o odhgos sas o Mixalhs ton agapouse.
Vicky"""),
# technical
("el", "b55-efarmogi-kodikos-sms-den-erxetai", "Δέσποινα Καλογεράκη <despoina.kalog@example.gr>", "Σύνδεση", "technical", "",
"""Γεια σας, άλλαξα κινητό και όταν πάω να συνδεθώ στην εφαρμογή μου
λέει ότι έστειλε κωδικό με SMS, αλλά δεν έρχεται τίποτα. Το δοκίμασα
από το πρωί πάνω από δέκα φορές. Ο αριθμός είναι ο ίδιος.

Δέσποινα"""),
("el", "b55-gl-kleinei-h-efarmogh-oxi-lefta", "Stratos M. <stratos.m@example.gr>", "h efarmogh", "technical", "",
"""Geia, na to pw apo thn arxh: DEN 8elw lefta pisw, den exw kamia
xrewsh na sas pw. H efarmogh kleinei monh ths molis pathsw "Epivevaiwsh
diadromhs". Xiaomi Redmi Note 11, thn eksa kai thn evala pali, tipota.
Kathe prwi pairnw taxi gia th douleia kai twra to kalw apo thn piatsa."""),
("el", "b55-ksenodoxeio-transfer-limani-platforma", "Reception Aegean Blue <reception@aegeanblue-santorini.example>", "Πλατφόρμα κρατήσεων", "technical", "high",
"""Καλημέρα σας,

Από τις 7 το πρωί η πλατφόρμα συνεργατών δεν φορτώνει καθόλου, βγάζει
μόνο λευκή σελίδα. Έχουμε 26 επισκέπτες που φτάνουν σήμερα με τα
πλοία στο λιμάνι του Αθηνιού και δεν μπορούμε ούτε να δούμε ούτε να
επιβεβαιώσουμε τα transfers τους. Ήδη δύο οικογένειες μας πήραν
τηλέφωνο από το λιμάνι ότι δεν τους περιμένει κανείς.

Από τη δική μας μεριά όλα τα άλλα συστήματα λειτουργούν. Παρακαλούμε
καλέστε μας στο 22860 00000.

Ιωάννα Νομικού
Υποδοχή, Aegean Blue"""),
("el", "b55-sxoliko-kapnos-kampina", "Μαρία Ζαχαρίου <maria.zachariou@example.gr>", "Σχολικό λεωφορείο γραμμή 3", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι σήμερα το μεσημέρι, στη διαδρομή επιστροφής
της γραμμής 3 (Πυλαία), ο γιος μου και άλλα παιδιά είπαν ότι έβγαινε
γκρίζος καπνός από τη μπροστινή μεριά κάτω από το ταμπλό και μύριζε
έντονα καμένο λάστιχο μέσα στο λεωφορείο. Ο οδηγός άνοιξε τα παράθυρα
και συνέχισε. Τα παιδιά είναι όλα καλά.

Δεν θέλω να κατηγορήσω κανέναν, αλλά θα ήθελα να ελεγχθεί το όχημα
πριν τα ξαναπάρει αύριο το πρωί.

Μαρία Ζαχαρίου"""),
("el", "b55-gl-pos-taxi-den-syndeetai", "Babis Taxi 412 <babis412@example.gr>", "POS", "technical", "",
"""kalhmera, to POS pou mou dwsate gia to taxi (ari8mos adeias 412) apo
to Savvato den syndeetai, grafei "no host" kai oi pelates den mporoun
na plhrwsoun me karta. To esvhsa kai to anoixa, allaksa kai to sim
apo to kinhto, tipota. Kapoies fores pianei meta apo 5-6 prospa8eies.
ti na kanw?
Xaralampos"""),
("el", "b55-farmakeio-dianomes-den-fevgoun", "Φαρμακείο Κ. Δούκα <farmakeio.douka@example.gr>", "Διανομές", "technical", "high",
"""Καλησπέρα,

Από τις 11 το πρωί καμία παραγγελία μας δεν ανατίθεται σε διανομέα. Η
πλατφόρμα γράφει «αναζήτηση διανομέα» και μετά από 20 λεπτά ακυρώνει.
Έχουμε 17 παραγγελίες που περιμένουν, πολλές για ηλικιωμένους που δεν
βγαίνουν από το σπίτι και περιμένουν φάρμακα για σήμερα. Τις πηγαίνουμε
όσες προλαβαίνουμε με το δικό μας αυτοκίνητο.

Παρακαλώ, κάποιος να το κοιτάξει άμεσα.

Κατερίνα Δούκα
Φαρμακείο Δούκα, Χαλάνδρι"""),
("el", "b55-epanafora-kodikou-email", "Αριστειδης Πολυζος <aris.polyzos@example.gr>", "Κωδικος προσβασης", "technical", "",
"""Καλησπερα, πατησα «Ξεχασα τον κωδικο» τρεις φορες απο χθες και δεν
μου ερχεται κανενα email, ουτε στα ανεπιθυμητα. Το email ειναι σωστο,
απο εκει σας στελνω. Πως μπαινω στον λογαριασμο μου;"""),
("el", "b55-eisitirio-qr-den-skanaretai", "Ηλέκτρα Σπανού <ilektra.spanou@example.gr>", "Εισιτήριο Hop on", "technical", "",
"""Καλημέρα,

Αγόρασα χθες από το site σας 2 εισιτήρια για το λεωφορείο ξενάγησης
στη Θεσσαλονίκη. Το QR στο κινητό δεν διαβάζεται από το μηχάνημα του
οδηγού, ούτε στη στάση του Λευκού Πύργου ούτε στην Αριστοτέλους. Ο
οδηγός μας άφησε να ανέβουμε, αλλά θα ήθελα να ξέρω αν φταίει κάτι στο
εισιτήριο πριν πάμε και σήμερα.

Ευχαριστώ,
Ηλέκτρα"""),
("el", "b55-gl-lathos-shmeio-paralavhs", "Tasos Ch. <tasos.chr@example.gr>", "topothesia", "technical", "",
"""Geia sas. Kathe fora pou kalw taxi apo to spiti (Ermou 22, Xania)
h efarmogh vazei thn pineza sto parallhlo dromo, sthn Kydwnias, kai o
odhgos paei ekei. To GPS tou kinhtou einai anoixto kai deixnei swsta se
alles efarmoges. Ti ftaiei?"""),
("el", "b55-minibus-klimatismos-lampaki", "Θεόδωρος Αναστασίου <theodoros.an@example.gr>", "Ενοικίαση van κράτηση 7713", "technical", "",
"""Καλησπέρα σας,

Στο 9θέσιο που παραλάβαμε σήμερα το πρωί στο Ηράκλειο δεν δουλεύει ο
κλιματισμός στις πίσω θέσεις, μόνο μπροστά. Επίσης ανάβει ένα πορτοκαλί
λαμπάκι με ένα θαυμαστικό στο καντράν. Το αυτοκίνητο πάει κανονικά.
Μπορούμε να περάσουμε από το γραφείο σας αύριο να το δείτε;

Θεόδωρος Αναστασίου"""),
("el", "b55-etairikos-logariasmos-anafores-ypeythynos", "Μιχάλης Τσιρίγος <m.tsirigos@delta-consult.example>", "Εταιρικός λογαριασμός - αναφορές διαδρομών", "technical", "high",
"""Κύριοι,

Για τρίτο μήνα η εξαγωγή αναφοράς διαδρομών στον εταιρικό λογαριασμό
μας βγάζει κενό αρχείο Excel. Το έχουμε δηλώσει στις 8 Απριλίου, στις
6 Μαΐου και στις 3 Ιουνίου, με στιγμιότυπα οθόνης, και κάθε φορά η
απάντηση είναι «το εξετάζουν οι τεχνικοί».

Δεν θέλω άλλη αυτόματη απάντηση. Ζητώ να μιλήσω με τον υπεύθυνο του
τεχνικού τμήματος ή τον υπεύθυνο εταιρικών πελατών αυτή την εβδομάδα.

Μιχάλης Τσιρίγος
Delta Consulting"""),
("el", "b55-gl-paidiko-kathisma-isofix", "Sofia L. <sofia.lamprou@example.gr>", "paidiko ka8isma sto van", "technical", "high",
"""Kalhspera,
sas enhmerwnw oti sto van pou nikiasame (krathsh 5520) to paidiko
ka8isma pou mas dwsate den kleidwnei swsta sto isofix, apo th deksia
meria to koumpi den "klikarei". Shmera se ena frenarisma to ka8isma
me ton mikro gyrise mprosta. O mikros einai kala, aplws tromakse.
To vgalame kai ton vazoume me th zwnh, alla kalo 8a htan na to dei
kapoios kai na mhn to dwsete se allon etsi.
Sofia"""),
("el", "b55-forma-kratisis-xeno-tilefono", "Ρένα Ουίλιαμς <rena.williams@example.gr>", "Φόρμα κράτησης", "technical", "",
"""Καλημέρα, προσπαθώ να κλείσω transfer για τα πεθερικά μου από το
αεροδρόμιο της Κέρκυρας, αλλά η φόρμα δεν δέχεται αγγλικό αριθμό
κινητού (+44). Βγάζει «μη έγκυρος αριθμός» και δεν προχωράει. Με
ελληνικό αριθμό περνάει, αλλά ο οδηγός πρέπει να μπορεί να πάρει
αυτούς. Τι να κάνω;"""),
# general
("el", "b55-arkoudaki-xehastike-taxi", "Βασιλική Δρόσου <vasiliki.drosou@example.gr>", "Ξεχάσαμε ένα αρκουδάκι", "general", "",
"""Καλησπέρα σας,

Χθες γύρω στις 8 το βράδυ πήραμε ταξί από τον σταθμό Λαρίσης προς
Κυψέλη και η κόρη μου ξέχασε στο πίσω κάθισμα ένα μικρό λευκό
αρκουδάκι με κόκκινο φιόγκο. Δεν έχει κλείσει μάτι από χθες. Αν το
βρήκε ο οδηγός, ερχόμαστε να το πάρουμε όπου μας πείτε.

Βασιλική"""),
("el", "b55-gl-eyxaristw-odhgo-kathysterhsh", "Yannis Pet. <yannis.pet@example.gr>", "eyxaristw", "general", "",
"""Kalhspera, h pthsh mou apo Fragkfourth ar8hse 3 wres kai eftasa sth
Ro8o meta tis 2 to prwi. O odhgos sas o k. Manolhs me perimene akoma
me to xartaki, xamogelastos, kai mou eipe "kalws hr8ate". Eixa sigoureytei
oti 8a eixe fygei. Pragmatika eyxaristw, na tou to pete."""),
("el", "b55-orario-paska-leoforeio-xenagisis", "Ντίνα Καραγιάννη <dina.karagianni@example.gr>", "Δρομολόγια Πάσχα", "general", "",
"""Καλημέρα σας, κυκλοφορεί το λεωφορείο ξενάγησης τη Μεγάλη Παρασκευή
και την Κυριακή του Πάσχα; Αν ναι, από τι ώρα ξεκινά το πρώτο
δρομολόγιο από την πλατεία Συντάγματος; Ευχαριστώ."""),
("el", "b55-odigos-agenis-mitera-diefthyntis", "Σπύρος Αλεξίου <spyros.alexiou@example.gr>", "Συμπεριφορά οδηγού σας", "general", "high",
"""Κύριοι,

Την Τρίτη η μητέρα μου, 82 ετών, κάλεσε ταξί μέσω της εταιρείας σας
για να πάει στο ΚΑΠΗ στο Περιστέρι. Χρησιμοποιεί περπατούρα. Ο οδηγός
αρνήθηκε να τη βάλει στο πορτμπαγκάζ, της είπε μπροστά σε περαστικούς
ότι «δεν είναι ασθενοφόρο» και έφυγε. Τη βρήκε μια γειτόνισσα να
κλαίει στο πεζοδρόμιο.

Δεν θέλω απλώς μια συγγνώμη από το τηλεφωνικό κέντρο. Ζητώ να με
καλέσει ο διευθυντής της εταιρείας και να μου πει τι θα γίνει με τον
συγκεκριμένο οδηγό.

Σπύρος Αλεξίου
694 000 2217"""),
("el", "b55-gl-sxoliko-paidia-orthia-ethniki", "Giorgos Fil. <giorgos.fil@example.gr>", "sxoliko", "general", "high",
"""Kalhmera,
o gios mou pou paei sto gymnasio sth Nea Moudania mou leei oti ta teleutaia
deka meres to sxoliko ths grammhs apo Flogita einai tosa gemato pou 5-6
paidia phgainoun orthia ston diadromo, kai o odhgos trexei sthn ethnikh
san na einai agwnas. Shmera se ena frenarisma epese ena koritsaki kai
xtyphse sto xeri.
Den eimai 8ymwmenos, aplws fovamai oti kapoia stigmh 8a ginei kati
xeirotero. Parakalw des te to.
Giorgos Filippou"""),
("el", "b55-courier-afiste-periptero", "Ηρώ Κωνσταντίνου <iro.konst@example.gr>", "Παράδοση φακέλων", "general", "",
"""Γεια σας,

Δουλεύω μέχρι αργά και το κουδούνι μου στο Παγκράτι δεν ακούγεται από
τον 4ο όροφο. Μπορούν οι διανομείς σας να αφήνουν τους φακέλους στο
περίπτερο στη γωνία Υμηττού και Φιλολάου; Ο κύριος Στέλιος το ξέρει
και συμφωνεί.

Ευχαριστώ,
Ηρώ"""),
("el", "b55-allagi-tilefonou-stoixeia", "Ανθη Μανωλακη <anthi.manolaki@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα, αλλαξα αριθμο κινητου. Ο καινουργιος ειναι 690 000 5512.
Παρακαλω αλλαξτε τον στον λογαριασμο μου για να με βρισκουν οι
οδηγοι. Επισης η διευθυνση μου ειναι πλεον Αγ. Δημητριου 14, Βολος.
Ευχαριστω, Ανθη"""),
("el", "b55-diagrafi-logariasmou-gdpr", "Ορέστης Βλάχος <orestis.vlachos@example.gr>", "Διαγραφή λογαριασμού και δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, παρακαλώ να διαγράψετε τον λογαριασμό
μου και όλα τα προσωπικά μου δεδομένα (ιστορικό διαδρομών, διευθύνσεις,
αριθμό τηλεφώνου). Ο λογαριασμός είναι με αυτό το email.

Παρακαλώ να μου επιβεβαιώσετε γραπτώς την ολοκλήρωση.

Ορέστης Βλάχος"""),
("el", "b55-gl-xorigia-omada-mpasket", "Kostas A.S. Asteras <asteras.basket@example.gr>", "xorhgia", "general", "",
"""Geia sas! Eimaste o A.S. Asteras Peristeriou, omada mpasket paidwn
10-14 etwn. Psaxnoume xorhgo gia th metakinhsh stous agwnes ektos
edras (kamia 8eria Savvatokyriaka). Se antallagh vazoume to logo sas
sth fanela kai sto gipedo. 8a sas endiefere na to syzhthsoume?
Kostas, proponhths"""),
("el", "b55-skylos-kai-kathismata-mwrou", "Λαμπρινή Σωτηρίου <lamprini.sotiriou@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα, δύο ερωτήσεις πριν κλείσουμε transfer για τις διακοπές:
μπορούμε να έχουμε μαζί τον σκύλο μας (μικρόσωμος, σε κλουβί
μεταφοράς); Και έχετε καθισματάκι για μωρό 10 μηνών ή να φέρουμε το
δικό μας;"""),
("el", "b55-gl-kalhmera-douleia-odhgos", "Mpampis Dr. <mpampis.dr@example.gr>", "Kalhmera", "general", "",
"""Kalhmera sas, 8a h8ela na rwthsw an psaxnete odhgo gia ta sxolika h
ta mikra leoforeia. Exw diploma D kai PEI, 15 xronia empeiria se
touristika leoforeia sthn Kerkyra. Mporw na steilw viografiko.
Eyxaristw"""),
("el", "b55-re-piraias-simeio-synantisis", "Ντόρα Χριστοδούλου <dora.christodoulou@example.gr>", "Re: Επιβεβαίωση κράτησης TR-80214", "general", "",
"""Ευχαριστώ για την επιβεβαίωση. Πού ακριβώς θα μας περιμένει ο οδηγός
στον Πειραιά; Φτάνουμε με το πλοίο από Χίο στην πύλη Ε1 και θα έχουμε
και δύο μεγάλες βαλίτσες.

Ντόρα

Στις Δευ, 10 Ιουν 2024 στις 11:05 π.μ., ο/η Κρατήσεις <kratiseis@example-transfers.gr> έγραψε:
> Αγαπητή κυρία Χριστοδούλου,
>
> Η κράτησή σας TR-80214 για μεταφορά από το λιμάνι του Πειραιά προς
> Γλυφάδα στις 22 Ιουνίου έχει επιβεβαιωθεί.
>
> Με εκτίμηση,
> Τμήμα Κρατήσεων"""),
("el", "b55-efxaristo-xenagos-fotia", "Ευάγγελος Μπούρας <vangelis.mpouras@example.gr>", "Συγχαρητήρια στην ξεναγό σας", "general", "",
"""Καλησπέρα,

Κάναμε χθες με τη σύζυγό μου τη βραδινή ξενάγηση με το ανοιχτό
λεωφορείο στο Ναύπλιο. Η ξεναγός, η κυρία Αθηνά, ήταν φωτιά! Ήξερε
τα πάντα για κάθε σπίτι και κάθε σκαλοπάτι της παλιάς πόλης και μας
έκανε να γελάσουμε όλη τη διαδρομή. Να της μεταφέρετε τα θερμά μας
συγχαρητήρια.

Ευάγγελος και Ρούλα Μπούρα"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b55-vtc-atocha-barajas-doble-cobro", "Lucía Herrero <lucia.herrero@example.es>", "Cobro duplicado", "billing", "",
"""Hola,

El martes pedí un coche por la app de Atocha a la T4 de Barajas (viaje
VT-22918, 31,40 €). En la cuenta del banco me aparecen dos cargos de
31,40 € con la misma hora. Sólo hice un viaje.

¿Me podéis devolver el segundo? Os mando captura si hace falta.

Gracias,
Lucía"""),
("es", "b55-transporte-escolar-pago-oxxo", "Gabriela Ortiz <gaby.ortiz@example.com.mx>", "Pago del transporte", "billing", "",
"""Buenas tardes,

Mi hijo Emiliano empieza a usar el transporte escolar al Colegio
Cervantes (ruta Coyoacán) en agosto. Vi que la mensualidad es de
$1,850 MXN. ¿Se puede pagar en OXXO o sólo con tarjeta? Y si pagamos
el semestre completo, ¿hay algún descuento?

Saludos cordiales,
Gabriela Ortiz"""),
("es", "b55-remis-ezeiza-contracargo", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "Viaje a Ezeiza", "billing", "high",
"""Buenas,

El sábado 8 contraté un remís por la web de Palermo a Ezeiza. El precio
que me confirmaron fue de $38.000 y eso dice el mail de confirmación,
que adjunto. En el resumen de la tarjeta me cobraron $61.500.

Les escribí tres veces y la única respuesta fue que "hubo demoras en
la autopista". Eso no es problema mío, el precio era cerrado.

Ya inicié el desconocimiento del cargo con el banco por la diferencia.
Si me la devuelven antes, aviso al banco y lo cierro.

Martín Ferreyra"""),
("es", "b55-microbus-senal-omic", "Raquel Domínguez <raquel.dominguez@example.es>", "Señal del microbús para la comunión", "billing", "high",
"""Buenos días,

En febrero reservamos un microbús de 25 plazas con conductor para la
comunión de mi hija el 11 de mayo en Dos Hermanas y pagamos 200 € de
señal. El 2 de mayo nos llamaron para decir que no tenían vehículo ese
día. Fue cancelación vuestra, no nuestra.

Llevo un mes pidiendo que me devolváis la señal y sólo me dicen que "lo
pasan a contabilidad". Si en quince días no tengo los 200 € en la
cuenta pondré una reclamación en la OMIC de Sevilla con toda la
documentación.

Raquel Domínguez Pérez"""),
("es", "b55-madre-fallecida-bono-taxi-adaptado", "Jose Luis Castano <jl.castano@example.es>", "Bono de mi madre", "billing", "",
"""Buenas tardes,

Mi madre, Carmen Moreno, tenia con ustedes el bono mensual de taxi
adaptado para ir a rehabilitacion al Hospital de Cruces. Fallecio el
pasado 20 de marzo.

Les ruego que den de baja el bono y que no se cobre el recibo de abril.
Si necesitan el certificado de defuncion me lo dicen.

Atentamente,
Jose Luis Castaño Moreno"""),
("es", "b55-factura-electronica-nit-chofer", "Contabilidad Andina Textil <contabilidad@andinatextil.example>", "Factura electrónica", "billing", "",
"""Buen día,

Solicitamos la factura electrónica de los servicios de carro con
conductor del mes de junio (traslados de gerencia al aeropuerto El
Dorado) a nombre de Andina Textil S.A.S., NIT 900.000.123-4. Nos llegó
sólo la cuenta de cobro y así no la podemos contabilizar.

Muchas gracias,
Paola Restrepo
Contabilidad"""),
("es", "b55-bus-turistico-descuento-jubilados", "Antonio Benítez <antonio.benitez@example.es>", "Descuento mayores", "billing", "",
"""Buenas, somos un grupo de 14 jubilados del hogar del pensionista de
Alcorcón y queremos hacer el recorrido del bus turístico por Madrid en
octubre. ¿Tienen precio especial para mayores de 65 o para grupos? ¿Se
paga allí o hay que comprarlo antes? Un saludo, Antonio."""),
("es", "b55-traslado-cobrado-dolares-supervisor", "Catalina Muñoz <catalina.munoz@example.cl>", "Cobro en dólares", "billing", "high",
"""Estimados:

Reservé un traslado del aeropuerto de Santiago a Viña del Mar por
$65.000 CLP según su página. En la tarjeta me aparece un cargo de 89 USD,
que con el tipo de cambio y la comisión del banco me sale casi
$90.000. Nunca se me mostró un precio en dólares.

Ya hablé dos veces con su servicio al cliente y me dicen que "es el
sistema". Quiero que esto lo revise un supervisor y que se me devuelva
la diferencia. Espero su respuesta.

Catalina Muñoz R."""),
("es", "b55-no-es-la-app-propina-doble", "Diego Salinas <diego.salinas@example.com.mx>", "propina", "billing", "",
"""Que tal, no es falla de la app ni nada, todo funciona bien. Lo que
pasa es que le dejé $30 de propina al chofer el jueves y en el estado
de cuenta veo $300. Seguro le picaron un cero de más. ¿Me pueden
regresar los $270? Viaje de Polanco a Santa Fe como a las 7 pm."""),
("es", "b55-re-presupuesto-autocar-boda-plazos", "Nerea Goikoetxea <nerea.goiko@example.es>", "Re: Presupuesto autocar boda 14/09", "billing", "",
"""Hola Iñaki,

Nos parece bien el presupuesto, lo confirmamos. ¿Podemos pagar la
mitad ahora y la otra mitad la semana de la boda? Y si es por
transferencia, pásame el número de cuenta y qué concepto pongo.

Eskerrik asko,
Nerea

El lun, 6 may 2024 a las 10:41, Iñaki Etxeberria <reservas@autocaresbidasoa.example> escribió:
> Buenos días Nerea,
>
> Te adjunto el presupuesto para dos autocares de 55 plazas el 14 de
> septiembre: Donostia - caserío en Hondarribia - Donostia, con espera,
> total 1.380 € IVA incluido.
>
> Un saludo,
> Iñaki"""),
("es", "b55-mensajeria-bici-pausa-enero", "Florencia Ibarra <flor@cafeteriaaroma.example>", "Plan mensual", "billing", "",
"""Hola! Les escribo de Cafetería Aroma, en Nueva Córdoba. En enero
cerramos por vacaciones todo el mes. ¿Podemos pausar el plan de envíos
en bici por ese mes y que no se nos cobre? En febrero volvemos con todo.

Gracias!
Flor"""),
("es", "b55-hijo-coche-propio-abono-ruta", "Pilar Sanz <pilar.sanz@example.es>", "Abono ruta instituto", "billing", "",
"""Hola buenas,

Mi hijo Álvaro se ha sacado el carné y ya va al instituto en su propio
coche (¡qué miedo!), así que el abono mensual de la ruta de Villanueva
a Zaragoza nos sobra. Por favor no nos paséis el recibo de noviembre.

Gracias,
Pilar"""),
("es", "b55-tarifa-nocturna-antes-de-hora", "Ruben Garcia <ruben.garcia@example.es>", "tarifa nocturna", "billing", "",
"""Buenas, cogi un taxi por la app el viernes a las 21:10 en Valencia y
me aplicaron la tarifa nocturna. Segun vuestra web la nocturna empieza
a las 22:00. El viaje fueron 17,60 y deberian haber sido unos 14. Me
podeis devolver la diferencia? gracias"""),
("es", "b55-tarjeta-regalo-parte-tour", "Valentina Suárez <valen.suarez@example.com.uy>", "Tarjeta regalo", "billing", "",
"""Hola, me regalaron una tarjeta de $1.500 para el bus turístico de
Montevideo y queremos ir los cuatro (dos adultos y dos niños). ¿Puedo
usar la tarjeta para una parte y pagar el resto con débito? ¿Se hace en
la web o en el bus?"""),
# technical
("es", "b55-codigo-verificacion-no-llega", "Alberto Molina <alberto.molina@example.es>", "No puedo entrar", "technical", "",
"""Hola, desde ayer no puedo entrar en la app. Meto mi número y me dice
que me ha enviado un código por SMS, pero nunca llega. Lo he intentado
desde el wifi y con datos. ¿Qué hago?"""),
("es", "b55-app-se-congela-no-reembolso", "Fernanda Ríos <fernanda.rios@example.com.mx>", "La app", "technical", "",
"""Hola, aclaro que no quiero reembolso, no me cobraron nada. El problema
es que cuando le doy "Pedir viaje" la app se queda congelada con la
ruedita y tengo que cerrarla. Ya la borré y la volví a instalar.
Motorola G54. Ayer tuve que tomar un taxi de la calle para llegar al
trabajo.

Fernanda"""),
("es", "b55-hotel-portal-traslados-caido", "Recepción Hotel Mar Blau <recepcion@hotelmarblau.example>", "Portal de traslados", "technical", "high",
"""Buenos días,

Desde las seis de la mañana el portal de agencias no nos deja ver ni
confirmar ningún traslado: al entrar sale "Error 500". Tenemos 42
clientes que llegan hoy a El Prat con traslado contratado y ya nos han
llamado dos familias desde el aeropuerto porque no había nadie
esperándolas. Estamos mandando taxis por nuestra cuenta.

Por nuestra parte todo lo demás funciona. Llámennos por favor al
93 000 45 21.

Jordi Puig
Jefe de Recepción, Hotel Mar Blau"""),
("es", "b55-combi-escolar-olor-gnc", "Silvina Acosta <silvina.acosta@example.com.ar>", "Combi del turno mañana", "technical", "high",
"""Hola, buenas tardes.

Les quería comentar que hoy a la mañana, cuando mi hija subió a la combi
del turno mañana (la que hace el recorrido por Villa Urquiza), había
mucho olor a gas adentro. Los chicos lo notaron también y el chofer
abrió las ventanillas y siguió viaje. Todos llegaron bien al colegio.

No es para armar lío, pero me parece que alguien tendría que revisar el
equipo de GNC antes de que vuelvan a subir a los chicos a la tarde.

Silvina"""),
("es", "b55-enlace-contrasena-error", "Marisa Gil <marisa.gil@example.es>", "Contraseña", "technical", "",
"""Buenas tardes, le doy a "he olvidado mi contraseña", me llega el
correo, pero al pulsar el enlace sale una página en blanco que pone
"token inválido". Lo he probado en el ordenador y en el móvil.
Gracias."""),
("es", "b55-restaurante-repartidores-bici", "Taquería Don Chuy <pedidos@taqueriadonchuy.example>", "ningún repartidor", "technical", "high",
"""Hola,

Desde las 2 de la tarde ningún pedido se asigna a repartidor. La
plataforma dice "buscando repartidor" y a los 15 minutos los cancela
sola. Llevamos 31 pedidos cancelados en plena hora de comida, la gente
nos llama enojada y los tacos se enfrían en el mostrador.

Los vecinos de la pizzería de enfrente dicen que les pasa igual.
Necesitamos que lo revisen ya.

Jesús "Chuy" Hernández
Taquería Don Chuy, Narvarte"""),
("es", "b55-audioguia-bus-turistico-canal", "Thomas Becker <thomas.becker@example.de>", "Audioguía", "technical", "",
"""Hola, hicimos ayer el recorrido del bus turístico en Sevilla. En los
asientos de arriba la audioguía sólo se oye por un auricular y con
mucho ruido; cambiamos tres veces de asiento. Abajo funcionaba bien. Lo
digo para que lo revisen. Saludos de un alemán contento con Sevilla."""),
("es", "b55-app-conductor-sin-solicitudes", "Andrés Cárdenas <andres.cardenas@example.com.co>", "App de conductor", "technical", "",
"""Buenas noches,

Soy conductor afiliado en Medellín. Desde que actualicé la app el
lunes no me entra ninguna solicitud, aunque estoy conectado en zonas
con mucha demanda (El Poblado, Laureles). Mis compañeros sí reciben.
Ya cerré sesión, borré caché y reinicié el celular.

Andrés Cárdenas, placa TXX-123"""),
("es", "b55-minibus-puerta-corredera", "Javier Lozano <javier.lozano@example.es>", "Furgoneta 9 plazas", "technical", "high",
"""Hola,

Os escribo por la furgoneta de 9 plazas que tenemos alquilada hasta el
domingo (reserva 4471). La puerta corredera lateral no cierra del todo
aunque el piloto se apague: esta mañana, en una curva en la salida de
Cuenca, se abrió unos centímetros con mis sobrinos sentados al lado.
Paramos y la cerramos de golpe y aguantó.

La estamos atando con una cinta de momento, pero creo que hay que
cambiarla o revisarla cuanto antes. ¿Dónde podemos llevarla?

Javier Lozano"""),
("es", "b55-web-reservas-movil-no-carga", "Elena Prieto <elena.prieto@example.es>", "Hola", "technical", "",
"""Hola, la pagina de reservas de traslados no carga en el movil, se
queda en blanco despues de elegir la fecha. En el ordenador del
trabajo si va. Tengo un iPhone con Safari. Un saludo"""),
("es", "b55-tercera-vez-gps-ruta-escolar-responsable", "Ignacio Vergara <ignacio.vergara@example.cl>", "Tercer reclamo - seguimiento del furgón escolar", "technical", "high",
"""Estimados:

Es la tercera vez que escribo. La aplicación de seguimiento del furgón
escolar (ruta Ñuñoa - Colegio San Agustín) no muestra la ubicación
desde hace un mes: el mapa se queda cargando. Pagamos el servicio con
seguimiento justamente para saber a qué hora sale la niña.

Cada vez me contestan que "lo están revisando". Quiero hablar con el
responsable del área técnica o con alguien con poder de decisión, no
con otra respuesta automática.

Ignacio Vergara"""),
("es", "b55-notificaciones-llegada-no-suenan", "Carmen Villalba <carmen.villalba@example.es>", "Avisos", "technical", "",
"""Buenas, desde hace unas semanas no me llega el aviso de "tu conductor
ha llegado". El conductor espera abajo y yo sin enterarme. Las
notificaciones de la app están activadas en los ajustes del móvil.
Android 14. Gracias."""),
("es", "b55-turibus-qr-correo-no-llega", "Héctor Navarro <hector.navarro@example.com.mx>", "boletos", "technical", "",
"""Compré 3 boletos para el turibús de Guadalajara en la página, me
cobraron bien, pero el correo con los códigos QR nunca llegó y en "mis
compras" sale vacío. Vamos el sábado. ¿Me los pueden mandar?"""),
# general
("es", "b55-gafas-olvidadas-taxi", "Montserrat Pujol <montse.pujol@example.es>", "Gafas", "general", "",
"""Buenos días,

Ayer por la tarde cogí un taxi vuestro desde la estación de Sants hasta
Gràcia (calle Verdi) y creo que me dejé las gafas graduadas en el
asiento de atrás, en una funda marrón. ¿Alguien las ha encontrado?

Gracias,
Montse"""),
("es", "b55-gracias-chofer-remis", "Norma Giménez <norma.gimenez@example.com.ar>", "Agradecimiento", "general", "",
"""Buenas tardes, quería agradecerle al chofer Osvaldo, que el martes me
llevó al Hospital Italiano. Soy mayor y voy con bastón, y él me
acompañó hasta la puerta del consultorio y esperó a que me atendieran.
No es común encontrar gente así. Dios lo bendiga.

Norma Giménez"""),
("es", "b55-horario-bus-turistico-nochevieja", "Sergio Calvo <sergio.calvo@example.es>", "Horarios", "general", "",
"""Hola, ¿el bus turístico funciona el 31 de diciembre y el 1 de enero?
¿Hasta qué hora? Estaremos en Málaga esos días. Gracias."""),
("es", "b55-chofer-grosero-hija-gerente", "Verónica Luna <veronica.luna@example.com.mx>", "Queja contra uno de sus choferes", "general", "high",
"""A quien corresponda:

El viernes en la noche mi hija de 19 años pidió un auto por su
aplicación de Condesa a su casa en Del Valle. El chofer le estuvo
haciendo comentarios sobre su ropa todo el camino, le preguntó si
tenía novio y le dijo que "la podía esperar otro día". Ella llegó
llorando.

No quiero una disculpa por correo ni un cupón. Exijo que me llame el
gerente de la empresa en México y que me digan qué medidas van a tomar
con ese conductor. Tengo el nombre y las placas.

Verónica Luna"""),
("es", "b55-autocar-escolar-ninos-cruzan-n340", "Paco Jiménez <paco.jimenez@example.es>", "Parada del cole en la N-340", "general", "high",
"""Buenas,

Les escribo porque desde que empezó el curso el conductor de la ruta
escolar que va a Vera deja a los niños en el lado contrario de la N-340,
en la parada de la venta, y los críos tienen que cruzar la nacional
andando. No hay paso de peatones y los camiones pasan a 90. Mi hijo
tiene 9 años.

Antes los dejaba en el lado bueno. No sé si es cosa del conductor o de
la ruta, pero alguien va a tener un disgusto.

Un saludo,
Paco Jiménez"""),
("es", "b55-mensajero-dejar-en-porteria", "Oficina Gestoría Alba <oficina@gestoriaalba.example>", "Entregas", "general", "",
"""Hola, por favor decidle a los mensajeros en bici que los sobres para
la gestoría los dejen en la portería del edificio (Calle Colón 18,
Valencia). Arriba no abrimos hasta las 10 y el portero está desde las
8. Gracias!"""),
("es", "b55-cambio-correo-datos", "Juliana Ospina <juliana.ospina@example.com.co>", "Cambio de correo", "general", "",
"""Hola, quiero cambiar el correo de mi cuenta a este que les escribo,
el anterior (juli.ospina@example.net) ya no lo uso. El celular sigue
siendo el mismo. Gracias."""),
("es", "b55-rgpd-acceso-grabaciones", "Eduardo Marín <eduardo.marin@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito copia de todos los datos
personales que tienen sobre mí, incluyendo el historial de viajes, las
valoraciones y las grabaciones de las llamadas que he hecho a su
atención al cliente en 2024.

Adjunto copia del DNI. Quedo a la espera.

Eduardo Marín Soler"""),
("es", "b55-patrocinio-torneo-futbol-infantil", "Liga Infantil Tlalpan <liga.tlalpan@example.com.mx>", "Propuesta de patrocinio", "general", "",
"""Buen día,

Organizamos el torneo de futbol infantil de Tlalpan en diciembre, con
unos 40 equipos. Buscamos una empresa de transporte que nos apoye con
camionetas para llevar a los equipos de las colonias más alejadas, y a
cambio ponemos su logo en las playeras y lonas del torneo.

¿Con quién podríamos platicar?

Saludos,
Profr. Ramiro Téllez"""),
("es", "b55-bicicleta-en-traslado-pregunta", "Iker Ugarte <iker.ugarte@example.es>", "Pregunta", "general", "",
"""Kaixo, voy a hacer el Camino del Norte y necesito un traslado de
Bilbao aeropuerto a Irún con la bici desmontada en su caja. ¿Cabe en
vuestros coches o tengo que pedir una furgoneta? Gracias."""),
("es", "b55-hola-trabajo-chofer", "Walter Benítez <walter.benitez@example.com.ar>", "Hola", "general", "",
"""Hola como va, queria saber si estan tomando choferes para los
traslados al aeropuerto. Tengo registro profesional y 10 años
manejando remis en zona sur. Quedo atento, gracias. Walter"""),
("es", "b55-re-santa-justa-donde-espera", "Inmaculada Reina <inma.reina@example.es>", "Re: Confirmación traslado TR-7719", "general", "",
"""Muchas gracias. ¿Dónde exactamente nos espera el conductor en Santa
Justa? Llegamos en el AVE de las 12:05 y vamos con mi padre en silla de
ruedas.

Inma

El 12/04/2024 a las 17:30, Traslados Giralda <reservas@trasladosgiralda.example> escribió:
> Estimada Inmaculada:
>
> Le confirmamos su traslado de la estación de Santa Justa a Carmona el
> 20 de abril, 3 pasajeros, referencia TR-7719.
>
> Un saludo,
> Traslados Giralda"""),
("es", "b55-felicitacion-tour-de-muerte", "Cristina Alonso <cristina.alonso@example.es>", "Felicidades", "general", "",
"""¡Hola! Sólo quería deciros que la ruta nocturna del bus turístico por
Madrid del sábado estuvo de muerte. La guía, Marta, fue un encanto con
los niños y nos contó cosas de la Gran Vía que ni sabíamos siendo de
aquí. Repetiremos seguro.

Cristina"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b55-taxi-aplikacja-dwa-obciazenia", "Marta Kowalczyk <marta.kowalczyk@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

w środę jechałam taksówką zamówioną przez aplikację z Mokotowa na
Dworzec Centralny (kurs nr 88-13042, 37,50 zł). Na koncie widzę dwa
obciążenia po 37,50 zł z tą samą godziną. Kurs był jeden.

Proszę o zwrot drugiej kwoty.

Pozdrawiam
Marta Kowalczyk"""),
("pl", "b55-faktura-nip-przejazdy-lotnisko", "Biuro Rachunkowe Lex <biuro@lex-rachunki.example>", "Faktura VAT", "billing", "",
"""Dzien dobry,

prosze o wystawienie faktury VAT za przejazdy na lotnisko Balice z 3, 10
i 17 kwietnia na firme:

LEX Sp. z o.o.
ul. Dluga 12, 31-147 Krakow
NIP 675-000-00-00

Do tej pory dostajemy tylko paragony z aplikacji.

Z powazaniem
Jolanta Wrobel"""),
("pl", "b55-przewoz-szkolny-przeprowadzka-gdynia", "Agnieszka Majewska <agnieszka.majewska@example.pl>", "Przewóz szkolny - Zosia Majewska", "billing", "",
"""Dzień dobry,

od lutego przeprowadzamy się do Gdyni, więc Zosia (kl. 2b, SP nr 7 w
Pruszczu) nie będzie już korzystać z przewozu do szkoły. Opłacamy
220 zł miesięcznie zleceniem stałym.

Proszę o zakończenie umowy z końcem stycznia i informację, czy muszę
coś podpisać.

Dziękuję,
Agnieszka Majewska"""),
("pl", "b55-bus-z-kierowca-kaucja-pozew", "Tomasz Zieliński <tomasz.zielinski@example.pl>", "Kaucja za busa - rezerwacja 2207", "billing", "high",
"""Dzień dobry,

wynajęliśmy od Państwa 20-osobowego busa z kierowcą na wyjazd firmowy
do Karpacza 7-9 czerwca. Kaucja wynosiła 1000 zł. Po powrocie kierowca
nie zgłaszał żadnych uwag, a mimo to zwrócono nam tylko 400 zł z
dopiskiem "uszkodzenie tapicerki", bez zdjęć i bez protokołu.

Wzywam do zwrotu pozostałych 600 zł w terminie 7 dni. W przeciwnym
razie sprawa trafi do sądu, a koszty postępowania obciążą Państwa.

Tomasz Zieliński
Kierownik administracji, Netra Sp. z o.o."""),
("pl", "b55-transfer-zakopane-narty-chargeback", "Kamil Wiśniewski <kamil.wisniewski@example.pl>", "Transfer Balice - Zakopane", "billing", "high",
"""Dzień dobry,

zapłaciłem z góry 420 zł za transfer z lotniska w Balicach do Zakopanego
dla 3 osób. Na miejscu kierowca zażądał dodatkowo 150 zł "za narty", bo
inaczej nie zabierze bagażu. Na stronie nigdzie nie ma takiej opłaty,
a w rezerwacji wpisałem, że mamy 3 pary nart.

Zapłaciłem, bo była 23:00 i nie mieliśmy wyjścia. Złożyłem już w banku
reklamację transakcji (chargeback) na te 150 zł. Jeśli zwrócicie je
wcześniej, dam znać bankowi.

Kamil Wiśniewski"""),
("pl", "b55-wycieczka-szkolna-raty-blik", "Ewa Nowicka <ewa.nowicka@example.pl>", "Płatność za autokar", "billing", "",
"""Dzień dobry,

jestem skarbnikiem klasy 6a. Zamówiliśmy u Państwa autokar na
wycieczkę do Torunia 23 maja (1 850 zł). Czy możemy zapłacić w dwóch
ratach, teraz połowę i resztę po wycieczce? I czy da się zapłacić
BLIKIEM, czy tylko przelewem?

Pozdrawiam,
Ewa Nowicka"""),
("pl", "b55-karnet-seniora-maz-zmarl", "Halina Pawlak <halina.pawlak@example.pl>", "Karnet męża", "billing", "",
"""Szanowni Państwo,

mój mąż Józef Pawlak korzystał z Państwa karnetu seniora na przejazdy
do przychodni w Łodzi. Mąż zmarł 2 tygodnie temu. Bardzo proszę o
anulowanie karnetu, żeby nie pobierano już opłaty 90 zł z naszego
konta. Nie znam hasła do jego konta w internecie.

Z wyrazami szacunku
Halina Pawlak"""),
("pl", "b55-autobus-turystyczny-karta-duzej-rodziny", "Piotr Lis <piotr.lis@example.pl>", "Zniżki", "billing", "",
"""Czesc, czy na autobus turystyczny po Gdansku honorujecie Karte Duzej
Rodziny? Jest nas 6 (2+4). Jak nie, to czy jest jakis bilet rodzinny?
Dzieki, Piotrek"""),
("pl", "b55-to-nie-aplikacja-kod-rabatowy", "Natalia Grabowska <natalia.grabowska@example.pl>", "kod", "billing", "",
"""Dzień dobry, aplikacja działa bez zarzutu, więc to nie jest zgłoszenie
techniczne. Chodzi o to, że wpisałam kod STUDENT20 na 20% zniżki,
aplikacja go przyjęła, a na paragonie zapłaciłam pełną kwotę 46 zł za
kurs z Wrocławia Głównego na Biskupin. Proszę o zwrot 9,20 zł."""),
("pl", "b55-oplata-za-anulowanie-kierownik", "Grzegorz Sadowski <grzegorz.sadowski@example.pl>", "Opłata 25 zł za anulowanie", "billing", "high",
"""Dzień dobry,

zamówiłem taksówkę na 5:30 na Okęcie. Kierowca się nie pojawił, po
20 minutach czekania anulowałem i pojechałem innym przewoźnikiem. Wy
pobraliście mi 25 zł "opłaty za anulowanie".

Konsultant na czacie dwa razy odpowiedział mi tym samym szablonem.
Proszę o przekazanie sprawy kierownikowi działu obsługi klienta i o
kontakt z jego strony. Oczekuję zwrotu 25 zł.

Grzegorz Sadowski"""),
("pl", "b55-kurier-rowerowy-zawieszenie-remont", "Kwiaciarnia Storczyk <kontakt@storczyk-kwiaty.example>", "Abonament na lipiec", "billing", "",
"""Dzień dobry,

w lipcu mamy remont lokalu i kwiaciarnia będzie zamknięta przez cały
miesiąc. Czy możemy zawiesić abonament na dostawy rowerowe (pakiet 40
kursów, 360 zł) na lipiec i wrócić od sierpnia na tych samych
warunkach?

Pozdrawiamy,
Beata i Kasia
Kwiaciarnia Storczyk, Poznań"""),
("pl", "b55-odp-wycena-bus-wesele-zaliczka", "Michał Dudek <michal.dudek@example.pl>", "Odp: Wycena - przewóz gości weselnych 31.08", "billing", "",
"""Dzień dobry Pani Aneto,

dziękujemy, bierzemy. Proszę o numer konta do wpłaty zaliczki i
informację, co wpisać w tytule przelewu. Czy resztę płacimy kierowcy
gotówką w dniu wesela, czy też przelewem?

Pozdrawiam
Michał Dudek

W dniu 14.05.2024 o 12:20, Aneta Sikorska <rezerwacje@busy-sikorski.example> pisze:
> Dzień dobry,
>
> przesyłam wycenę: dwa busy 20-osobowe, kursy kościół w Tyńcu - sala
> w Liszkach - powrót gości do Krakowa po północy, łącznie 2 400 zł
> brutto. Zaliczka 30%.
>
> Pozdrawiam
> Aneta Sikorska"""),
("pl", "b55-doplata-fotelik-dzieciecy", "Karolina Mazur <karolina.mazur@example.pl>", "Fotelik", "billing", "",
"""Hej, na stronie piszecie, że fotelik dla dziecka w transferze jest
gratis, a w potwierdzeniu płatności mam doliczone 30 zł za fotelik.
Rezerwacja TR-5531, lotnisko Pyrzowice - Katowice. Możecie to
poprawić?"""),
("pl", "b55-emerytura-bus-pracowniczy", "Danuta Kamińska <danuta.kaminska@example.pl>", "Bus do zakładu", "billing", "",
"""Dzien dobry,

od 1 wrzesnia przechodze na emeryture, wiec nie bede juz jezdzic
Panstwa busem pracowniczym z Olkusza do zakladu w Bukownie. Miesieczny
bilet (140 zl) mam pobierany z konta. Prosze go wylaczyc od wrzesnia.

Dziekuje za te wszystkie lata, kierowcy byli zawsze na czas.
Danuta Kaminska"""),
# technical
("pl", "b55-kod-sms-nie-przychodzi", "Paweł Jasiński <pawel.jasinski@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, po zmianie telefonu nie mogę się zalogować do aplikacji.
Piszecie, że wysłaliście kod SMS, ale nic nie przychodzi, próbowałem
kilkanaście razy od wczoraj. Numer ten sam.

Paweł"""),
("pl", "b55-nie-platnosc-aplikacja-wylogowuje", "Izabela Kaczmarek <iza.kaczmarek@example.pl>", "To nie sprawa płatności", "technical", "",
"""Dzień dobry,

czat przekierowuje mnie do działu płatności, a moja sprawa nie ma nic
wspólnego z pieniędzmi. Aplikacja wylogowuje mnie za każdym razem,
kiedy ją zamknę, i muszę od nowa wpisywać kod. Od tygodnia tak jest.
iPhone 13, najnowsza wersja aplikacji.

Izabela"""),
("pl", "b55-biuro-podrozy-transfery-system", "Biuro Podróży Wawel Travel <operacje@waweltravel.example>", "System rezerwacji transferów", "technical", "high",
"""Dzień dobry,

od 6:00 rano panel partnera zwraca błąd "503 Service Unavailable". Nie
widzimy ani jednego transferu na dziś, a mamy 3 grupy (ok. 70 osób)
przylatujące do Balic przed południem. Jedna grupa z Lizbony już stoi w
hali przylotów i nikt na nich nie czeka. Dzwonimy po taksówkach na
własną rękę.

Proszę o pilny telefon: 12 000 48 90.

Krzysztof Bielecki
Dział operacyjny, Wawel Travel"""),
("pl", "b55-gimbus-swad-spalenizny-nawiew", "Monika Szewczyk <monika.szewczyk@example.pl>", "Autobus szkolny - trasa Lusowo", "technical", "high",
"""Dzień dobry,

chciałam tylko zgłosić, że dziś rano w autobusie szkolnym na trasie
Lusowo - Tarnowo Podgórne z nawiewu nad drugim rzędem leciał dym i było
czuć spaleniznę, jakby topiła się izolacja. Kierowca wyłączył
ogrzewanie, otworzył okna i dojechał do szkoły. Dzieciom nic się nie
stało.

Nie robię afery, ale proszę, żeby ktoś sprawdził ten autobus zanim
dzieci pojadą nim do domu o 14:30.

Monika Szewczyk"""),
("pl", "b55-reset-hasla-link-blad", "Rafal Pietrzak <rafal.pietrzak@example.pl>", "haslo", "technical", "",
"""Link do resetu hasla z maila przekierowuje na strone z bledem "Wystapil
nieoczekiwany problem". Probowalem w Chrome i Firefox. Jak mam sie
zalogowac?"""),
("pl", "b55-catering-lunche-nie-wyjechaly", "Catering Smaczna Przerwa <zamowienia@smacznaprzerwa.example>", "dzisiejsze dostawy", "technical", "high",
"""Dzień dobry,

od 10:30 żadne zlecenie nie zostaje przypisane do kuriera, w panelu
wszystkie wiszą jako "oczekuje na kuriera". Mamy 180 lunchów dla
biurowców na Mokotowie, które miały wyjechać o 11:00. Klienci już
dzwonią, a jedzenie stygnie na blatach. Zadzwoniliśmy na infolinię,
ale od 40 minut nikt nie odbiera.

Proszę o natychmiastowy kontakt: 600 000 731.

Aleksandra Nowak
Catering Smaczna Przerwa"""),
("pl", "b55-autobus-turystyczny-audioprzewodnik-polski", "Jan Kubacki <jan.kubacki@example.pl>", "Audioprzewodnik", "technical", "",
"""Dzień dobry, w sobotę jechaliśmy autobusem turystycznym po Wrocławiu
i audioprzewodnik po polsku milczał przez całą trasę, angielski i
niemiecki działały. Próbowaliśmy na kilku miejscach. Zgłaszam, żeby
naprawić, bo sama wycieczka bardzo fajna."""),
("pl", "b55-aplikacja-kierowcy-brak-zlecen", "Oleksandr Bondarenko <oleksandr.b@example.pl>", "Aplikacja kierowcy", "technical", "",
"""Dzien dobry,

jezdze dla was w Lodzi. Od aktualizacji w poniedzialek aplikacja
kierowcy nie pokazuje zadnych zlecen, chociaz jestem online w
centrum. Koledzy dostaja normalnie. Reinstalacja, czyszczenie pamieci,
restart telefonu - nic nie pomaga. Samsung A34.

Oleksandr, ID kierowcy 77-2041"""),
("pl", "b55-wynajety-bus-kontrolka-oleju", "Marek Wójcik <marek.wojcik@example.pl>", "Bus rez. 6120", "technical", "",
"""Dzień dobry,

w busie, którego wynajęliśmy wczoraj w Katowicach, co jakiś czas
zapala się żółta kontrolka z bańką oleju i po chwili gaśnie. Poziom
oleju na bagnecie wygląda w normie. Jedziemy jutro do Zakopanego -
czy możemy jechać dalej, czy podjechać do Was do wymiany?

Marek Wójcik"""),
("pl", "b55-sledzenie-gimbusa-trzecie-zgloszenie-przelozony", "Łukasz Ostrowski <lukasz.ostrowski@example.pl>", "Trzecie zgłoszenie - aplikacja dla rodziców", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie w tej sprawie. Od początku semestru
aplikacja dla rodziców nie pokazuje, gdzie jest autobus szkolny (trasa
Wieliczka - Grabówki), mapa się nie ładuje. Za tę funkcję płacimy
dodatkowo, a zimą dzieci stoją przez nią po 20 minut na przystanku.

Dwa razy usłyszałem, że "informatycy się tym zajmują". Proszę o
przekazanie sprawy przełożonemu lub kierownikowi działu IT i kontakt
telefoniczny z jego strony.

Łukasz Ostrowski"""),
("pl", "b55-bus-pas-bezpieczenstwa-nie-trzyma", "Justyna Wróbel <justyna.wrobel@example.pl>", "Pasy w busie", "technical", "high",
"""Dzień dobry,

w busie 9-osobowym wynajętym od Was na weekend (rezerwacja 8814) pas
bezpieczeństwa na środkowym miejscu w drugim rzędzie zapina się, ale
przy mocniejszym szarpnięciu sam się wypina. Sprawdziliśmy kilka
razy. Posadziliśmy tam torbę zamiast dziecka i jakoś dojechaliśmy.

Oddajemy busa w niedzielę o 18. Prosimy, żeby nikt inny nie dostał go
w takim stanie.

Justyna Wróbel"""),
("pl", "b55-formularz-numer-lotu", "Adam Kozłowski <adam.kozlowski@example.pl>", "Rezerwacja transferu", "technical", "",
"""Dzień dobry, formularz rezerwacji transferu nie przyjmuje mojego
numeru lotu (W6 1234) - pokazuje "nieprawidłowy format" i nie da się
przejść dalej. Bez spacji też nie działa. Jak mogę zarezerwować?"""),
("pl", "b55-bilety-qr-mail-nie-doszedl", "Weronika Sobczak <weronika.sobczak@example.pl>", "Zamówienie 12345", "technical", "",
"""Dzień dobry,

kupiłam wczoraj 4 bilety na autobus hop on hop off w Krakowie
(zamówienie 12345), płatność przeszła, ale mail z kodami QR nie
przyszedł, w spamie też nic. W zakładce "Moje bilety" jest pusto.
Jedziemy jutro rano.

Weronika"""),
# general
("pl", "b55-portfel-w-taksowce", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Zgubiony portfel", "general", "",
"""Dzień dobry,

wczoraj ok. 22:15 jechałem Państwa taksówką spod Spodka w Katowicach na
Osiedle Tysiąclecia i chyba zostawiłem na tylnym siedzeniu brązowy
portfel ze skóry. Są w nim dokumenty. Czy kierowca go znalazł?

Stanisław Kubiak, tel. 501 000 642"""),
("pl", "b55-podziekowanie-kierowca-bez-znakow", "Teresa Zajac <teresa.zajac@example.pl>", "podziekowanie", "general", "",
"""Dzien dobry, chcialam bardzo podziekowac panu kierowcy Zbyszkowi,
ktory w piatek wiozl mnie z dworca w Rzeszowie. Zapomnialam kul w
taksowce i wrocil z nimi pod blok 20 minut pozniej, nie chcial nic za
to wziac. Prosze mu przekazac, ze jest zloty czlowiek.
Teresa Zajac"""),
("pl", "b55-boze-cialo-autobusy-turystyczne", "Ryszard Sowa <ryszard.sowa@example.pl>", "Boże Ciało", "general", "",
"""Czy w Boże Ciało autobusy turystyczne w Warszawie jeżdżą normalnie?
Będziemy z wnukami. Od której godziny pierwszy kurs?"""),
("pl", "b55-kierowca-palil-wulgarny-kierownik", "Ilona Czarnecka <ilona.czarnecka@example.pl>", "Skarga na kierowcę", "general", "high",
"""Dzień dobry,

w niedzielę wieczorem jechałam z synem Państwa taksówką z Dworca
Głównego w Gdańsku na Zaspę. Kierowca przez całą drogę palił papierosa
przy uchylonym oknie, a gdy zwróciłam mu uwagę, zaczął przeklinać i
powiedział, że jak mi się nie podoba, to mogę wysiąść. Syn ma 6 lat.

Nie interesuje mnie kod rabatowy. Żądam rozmowy z kierownikiem
przewoźnika i informacji, jakie konsekwencje poniesie ten kierowca.
Numer boczny taksówki: 417.

Ilona Czarnecka"""),
("pl", "b55-wiata-postoj-rozbita-szyba", "Henryk Malinowski <henryk.malinowski@example.pl>", "Wasza poczekalnia przy dworcu", "general", "high",
"""Dzień dobry,

w Państwa punkcie obsługi przy dworcu autobusowym w Lublinie (tam
gdzie czeka się na busy na lotnisko) szyba w drzwiach wejściowych jest
pęknięta i część już wypadła. Na ławce i podłodze leżą odłamki szkła,
dzisiaj rano siedziały tam dzieci. Powiedziałem pani w okienku, ale
nikt tego nie posprzątał.

Henryk Malinowski"""),
("pl", "b55-kurier-domofon-dziecko-spi", "Agata Borkowska <agata.borkowska@example.pl>", "Prośba do kurierów", "general", "",
"""Cześć, mam prośbę do kurierów rowerowych: przy dostawach na Ochotę
(Grójecka 80) proszę dzwonić domofonem pod 12, a nie pukać do drzwi -
między 13 a 15 śpi mały. Dzięki!"""),
("pl", "b55-zmiana-adresu-profil", "Krzysztof Walczak <krzysztof.walczak@example.pl>", "Zmiana adresu", "general", "",
"""Dzien dobry, przeprowadzilem sie. Prosze zmienic adres domowy w moim
profilu na ul. Orzechowa 5/3, 50-540 Wroclaw, zeby kierowcy nie
przyjezdzali na stary. Numer telefonu bez zmian. Dziekuje."""),
("pl", "b55-rodo-usuniecie-danych", "Beata Kalinowska <beata.kalinowska@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie mojego konta oraz
wszystkich danych osobowych, w tym historii przejazdów i zapisanych
adresów. Konto jest założone na ten adres e-mail.

Proszę o pisemne potwierdzenie.

Beata Kalinowska"""),
("pl", "b55-sponsoring-festyn-parafialny", "Parafia św. Józefa <festyn@parafia-jozef.example>", "Festyn rodzinny - prośba", "general", "",
"""Szczęść Boże,

w czerwcu organizujemy festyn rodzinny na Zabłociu i chcielibyśmy
zapewnić bus dla starszych parafian z odległych osiedli. Czy Państwa
firma byłaby zainteresowana sponsoringiem w zamian za logo na
plakatach i podziękowanie ze sceny?

Z pozdrowieniami,
ks. Marek i komitet festynu"""),
("pl", "b55-pies-i-hulajnoga-pytanie", "Filip Górecki <filip.gorecki@example.pl>", "Pies w taksówce", "general", "",
"""Dzień dobry, czy mogę zamówić taksówkę z psem (labrador, 30 kg,
spokojny)? Trzeba to gdzieś zaznaczyć? I przy okazji - czy kierowcy
zabierają złożoną hulajnogę elektryczną w bagażniku?"""),
("pl", "b55-pytanie-praca-kierowca", "Zbigniew Michalak <zbigniew.michalak@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy szukacie kierowcow do przewozu dzieci do szkol na
jesien? Mam prawo jazdy kat. D, kwalifikacje i 20 lat doswiadczenia w
PKS. Mieszkam w Nowym Targu.
Zbigniew Michalak"""),
("pl", "b55-odp-chopin-gdzie-czeka-kierowca", "Dorota Jabłońska <dorota.jablonska@example.pl>", "Odp: Potwierdzenie rezerwacji AT-40219", "general", "",
"""Dziękuję. Gdzie dokładnie będzie czekał kierowca na Lotnisku Chopina?
Mama leci sama z Londynu, ma 78 lat i słabo mówi po angielsku, więc
chcę jej to dokładnie wytłumaczyć.

Dorota

W dniu 03.10.2024 o 09:14, Rezerwacje <rezerwacje@example-transfery.pl> pisze:
> Dzień dobry,
>
> potwierdzamy transfer z Lotniska Chopina na ul. Puławską 140 w dniu
> 12.10.2024, lot LO 280, przylot 15:40, 1 pasażer.
>
> Pozdrawiamy
> Zespół Rezerwacji"""),
("pl", "b55-pochwala-wycieczka-bombowa", "Sylwia Kurek <sylwia.kurek@example.pl>", "Brawo!", "general", "",
"""Dzień dobry!

Wycieczka autobusem turystycznym po Trójmieście była po prostu bombowa!
Pan przewodnik Adam opowiadał o stoczni tak, że nawet mój
nastoletni syn odłożył telefon. Wielkie dzięki dla całej ekipy.

Sylwia z rodziną"""),
]
