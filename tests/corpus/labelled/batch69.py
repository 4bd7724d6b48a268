# batch69.py -- labelled test mails for the helpdesk classifier, held out of
# the tree until the rules it measures are final.  Nothing is to be tuned or
# trained on them.  Drawn mostly from motoring services: MOT and ITV / KTEO /
# SKP test centres, car insurance brokers, windscreen repair, car key
# replacement, EV home charger installers, parking apps and tyre hotels.
# Covers the failure classes in new situations -- escalation demands that
# keep their topic, legal threats and chargebacks, negations, subjects that
# say nothing or something else, replies quoting an earlier mail, plans
# ended or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise and thanks, payment
# questions -- and everyday mail of all three queues, in English, Greek
# (including Greeklish), Spanish and Polish.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b69-mot-booking-charged-twice", "Graham Pollard <graham.pollard@example.co.uk>", "MOT booking", "billing", "",
"""Hi,

I booked an MOT for my Astra online for Thursday 9am and paid the 54.85.
Checked my banking app this morning and there are two payments of 54.85 to
you, both on the same day, a minute apart. I only have the one booking
confirmation (ref MT-33190). Please refund the second one.

Cheers,
Graham Pollard"""),
("en", "b69-sold-the-golf-unused-premium", "Fiona Gallagher <fiona.gallagher@example.ie>", "Policy FG-228410", "billing", "",
"""Hello,

We sold the Golf last weekend to a dealer in Naas and we won't be
replacing it, the two of us manage fine with the bus and the bike now. The
policy runs until November and was paid in full up front (EUR 612). Can
you cancel it from the date of sale (the 14th) and let me know how much of
the premium comes back to us?

I can send on the dealer's receipt if you need proof.

Kind regards,
Fiona Gallagher"""),
("en", "b69-windscreen-excess-wrong", "Declan Byrne <declan.byrne@example.ie>", "Excess", "billing", "",
"""Your fitter replaced my windscreen on Tuesday and took EUR 115 excess on
the card machine. My insurer told me on the phone the glass excess on my
policy is EUR 75. Can you check this and refund the EUR 40 please.

Declan"""),
("en", "b69-fob-price-apple-pay", "Tanya Brooks <tanya.brooks@example.com>", "quick question", "billing", "",
"""Hey there - how much is a second key fob for a 2017 Honda CR-V,
programmed? The dealer quoted me $420 and I nearly had a heart attack lol.
Also can I pay with Apple Pay when your tech comes out or is it card only?

Thanks!
Tanya (Columbus, OH)"""),
("en", "b69-tyre-hotel-fee-owner", "Robert Hale <rob.hale@example.co.uk>", "Tyre storage - who is in charge?", "billing", "high",
"""I have stored my winter tyres with your Harrogate branch for four years
at 40 pounds a season. This autumn I was charged 62 when I collected them,
with no letter, no email, nothing. The lad on the desk said "prices went
up" and shrugged.

I am not prepared to take this up with the desk again. I want the owner
or the area manager to ring me and explain why a 55 per cent increase was
never notified, and I want the difference back.

Robert Hale
07700 900418"""),
("en", "b69-parking-wallet-topup-zero", "Mitch Kowalczyk <mitch.k@example.com.au>", "Wallet balance", "billing", "",
"""G'day, I topped up $30 into the parking wallet in the app yesterday arvo
(Visa ending 4471, it's gone out of my account) but the wallet still says
$0.00. Can someone chase it up please. Ta, Mitch"""),
("en", "b69-charger-deposit-no-show-chargeback", "Helen Marsh <helen.marsh@example.co.uk>", "Deposit 350 - installation never happened", "billing", "high",
"""Dear Sir or Madam,

On 3 February I paid a deposit of 350.00 for a home charger installation
(quote Q-10482). The installation was booked for 21 February. Nobody
came. It was rebooked for 6 March. Nobody came again and nobody rang.
Since then I have sent four emails and left two voicemails, and had no
reply to any of them.

I no longer want the installation. Please refund the deposit in full
within seven days. If I have not received it by then I will raise a
chargeback with my credit card provider under section 75, and I have
already spoken to them about it.

Yours faithfully,
Helen Marsh"""),
("en", "b69-dennis-passed-renewal", "Margaret Oakes <m.oakes@example.co.uk>", "My husband's car insurance", "billing", "",
"""Dear Sirs,

I am writing about my husband Dennis Oakes' car insurance, policy number
DO 550712. Dennis passed away in March. He was the only one who drove the
Honda and I never learned, so it has been sitting on the drive since and
my nephew is going to take it.

A renewal letter came this week saying the policy will renew on the 1st
of next month and 38.20 a month will go out of our joint account. Please
do not renew it. I would be grateful if you could tell me if anything
needs signing.

Thank you for your patience.
Margaret Oakes (Mrs)"""),
("en", "b69-re-vat-invoice-six-vans", "Accounts <accounts@hartwell-plumbing.example>", "Re: Your booking for 6 vehicles - 12 June", "billing", "",
"""Hi Karen,

Thanks for sorting the six vans for the same morning, all passed. Could you
send one VAT invoice for the lot addressed to Hartwell Plumbing & Heating
Ltd rather than six receipts? Our accountant won't accept card slips.
VAT no. is GB 123 4567 89.

Ta,
Sue Hartwell

-----Original Message-----
From: Karen Doyle <bookings@testcentre-leeds.example>
Sent: 05 June 11:42
To: accounts@hartwell-plumbing.example
Subject: Your booking for 6 vehicles - 12 June

Hi Sue, confirming six Class 7 MOTs from 8.00am on 12 June at our
Kirkstall Road site. Payment is taken on the day. Kind regards, Karen"""),
("en", "b69-emi-debited-twice-india", "Rakesh Venkataraman <rakesh.v@example.in>", "Premium EMI deducted two times", "billing", "",
"""Dear Team,

I have opted for monthly EMI on my car insurance policy (Policy No.
MTR/2024/448102). This month the EMI of Rs 4,250 has been debited two
times from my HDFC account on 05th itself. Kindly do the needful and
revert the extra amount at the earliest.

Also please confirm the next EMI date so I can keep balance.

Thanks and regards,
Rakesh Venkataraman
Chennai"""),
("en", "b69-season-ticket-maternity-pause", "Aoife Brennan <aoife.brennan@example.ie>", "Parking permit", "billing", "",
"""Hi,

I have the monthly reserved bay at the Grand Canal car park through your
app (EUR 165/month). I'm starting maternity leave on the 28th and won't be
commuting for about nine months. Is there a way to put it on hold rather
than cancel? I'd really hate to lose the bay, the waiting list was a year.

Thanks a million,
Aoife"""),
("en", "b69-not-website-cancelled-slot-refund", "Owen Pritchard <owen.pritchard@example.co.uk>", "Booking MT-34022", "billing", "",
"""Hello - just to be clear this isn't a complaint about your website, the
cancellation page worked fine and I got the "cancelled" email straight
away. That was 12 days ago, more than 48 hours before the slot as your
terms say, and the 54.85 still hasn't come back to my card. When should I
expect it?

Owen"""),
("en", "b69-broker-admin-fee-ombudsman", "Nadia Rahman <nadia.rahman@example.co.uk>", "Cancellation fee", "billing", "high",
"""To whom it may concern,

I cancelled my motor policy arranged through you two weeks into the
term because I found cover elsewhere. I have been charged a 75.00
"broker cancellation fee" on top of the insurer's own charge. This fee
is not mentioned anywhere in the documents I was sent at inception and
nobody told me about it on the phone.

Please refund it. If you will not, treat this as a formal complaint: I
will wait eight weeks for your final response and then take it to the
Financial Ombudsman Service.

Nadia Rahman"""),
("en", "b69-licence-handed-in-glass-cover", "Bill Thornton <bill.thornton@example.co.uk>", "Stop payments", "billing", "",
"""Good morning,

I have sent my driving licence back to the DVLA, at 87 my eyes are not
what they were and my daughter says it is time, which it is. I have the
windscreen cover with you at 4.99 a month by direct debit. Would you please
stop it. I hope I don't need to fill in a form but if I do please post it,
I don't do computers much.

W. Thornton
12 Poplar Close, Kettering"""),
("en", "b69-charger-blue-spark", "Simon Akers <simon.akers@example.co.uk>", "Charger", "technical", "high",
"""Hello,

Probably nothing, but I thought I should mention it. When I unplugged the
car from the wall charger you fitted in May there was a small blue flash
from the socket end and a crackle. Looking at it afterwards the plastic
round the bottom of the unit is slightly brown, like it's been warm.

I've turned it off at the isolator for now and I'm using a granny lead.
Could someone come and have a look?

Simon Akers
14 Furze Hill, Redhill"""),
("en", "b69-parking-app-logs-out-no-refund", "Jasmine Cole <jasmine.cole@example.com>", "Not about money", "technical", "",
"""Hi, I don't want a refund or credit or anything like that, I just want
the app to stay logged in. Every time I open it, it asks for my email and
password again, and half the time it then says "session expired" and I'm
back to the start. iPhone 13, latest version, reinstalled twice.

Standing at a meter in the rain trying to log in isn't fun.

Jas"""),
("en", "b69-new-windscreen-footwell-wet", "Peter Quinn <peter.quinn@example.co.uk>", "Job 88213", "technical", "",
"""You replaced the windscreen on my Qashqai three weeks ago. Since then,
after every heavy shower, the passenger footwell carpet is wet and there's
a drip coming from the top corner of the screen by the mirror. Never had
this before the new screen. When can you come back and reseal it?

Peter Quinn"""),
("en", "b69-spare-key-key-not-detected", "Leanne Ford <leanne.ford@example.com>", "Spare key", "technical", "",
"""Hiya, your guy came on Saturday and cut and coded me a spare key for
my Fiesta. It opens and locks the doors fine but when I try to start the
car with it the dash says KEY NOT DETECTED and nothing happens. Original
key still works. Can he come back out?

Leanne"""),
("en", "b69-wheel-nuts-finger-loose", "Andrew Meikle <andrew.meikle@example.co.uk>", "Wheel", "technical", "high",
"""Hello,

I picked my car up from your Perth tyre hotel on Friday after the summer
tyres went back on. On the A9 this morning there was a knocking from the
front left that got louder, so I pulled into a lay-by. Two of the five
wheel nuts on that wheel were loose enough to turn with my fingers and
the other three weren't much better.

I've tightened them with the car's wrench and driven slowly home. I'd
like you to check all four wheels, and I think you need to look at how
this happened before someone else has a wheel come off.

Andrew Meikle"""),
("en", "b69-depot-chargers-vans-flat", "Operations <ops@greenmile-deliveries.example>", "Depot chargers", "technical", "high",
"""Morning,

All eight chargers you installed at our Swindon depot are showing a red
light and won't start a session since about 11pm last night. The vans
came back at 10-15% and are still there. Our morning routes should have
left at 6:30; drivers are sitting in the canteen and we're ringing
customers to push deliveries to tomorrow. We've power-cycled the main
board twice.

Please call me on 07700 900552.

Priya Shah
Operations Manager, GreenMile Deliveries"""),
("en", "b69-charger-app-bluetooth-pairing", "Colm Fitzgerald <colm.fitzgerald@example.ie>", "App won't pair", "technical", "",
"""Hi,

The charger itself seems grand, the car charges when I plug it in, but I
can't get the app to pair with it. It finds the charger over Bluetooth,
asks for the PIN from the sticker, then spins for a minute and says
"pairing failed". Tried it on my phone and my wife's. I want the app so I
can set it to charge on the night rate.

Colm"""),
("en", "b69-app-wrong-zone-gps", "Derek Simmons <derek.simmons@example.com>", "Zone", "technical", "",
"""The app keeps putting me in zone 4127 when I'm parked on Pearl St which
is zone 4130. The map pin shows me about two blocks over. Location is set
to "precise" on my phone. I have to type the zone in by hand every time
and I'm worried one day I'll miss it."""),
("en", "b69-mot-booking-slot-unavailable", "Hannah Lowe <hannah.lowe@example.co.uk>", "Website", "technical", "",
"""Not a billing question. Every slot I click on your booking page for
next week comes up with "Sorry, this slot is no longer available", even
the ones it's just shown me as free. Tried on laptop and phone, cleared
cookies. Is the site broken or are you really full?

Hannah"""),
("en", "b69-otp-not-received-policy-download", "Sneha Kulkarni <sneha.kulkarni@example.in>", "OTP issue", "technical", "",
"""Hello,

I am trying to download my policy copy from your portal as the traffic
police asked for it. The OTP is not coming to my registered mobile number
(ending 3318). I tried 6-7 times since morning, also "resend OTP" option.
Number is correct and I receive other SMS. Please resolve.

Regards,
Sneha Kulkarni
Pune"""),
("en", "b69-auto-wipers-dead-after-screen", "Martin Greaves <martin.greaves@example.co.uk>", "Wipers", "technical", "",
"""Since the new windscreen went in, the automatic wipers don't do
anything when it rains. Manual settings work. I assume the rain sensor
didn't get clipped back on properly? Car is a 2019 Octavia."""),
("en", "b69-charger-ignores-offpeak-schedule", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Charging schedule", "technical", "",
"""Hi team,

I've set the charger to only charge between 11pm and 6am in the app and
it shows the schedule is saved, but it starts charging as soon as I plug
in at 5.30pm. Turned the schedule off and on, restarted the charger from
the switchboard. Firmware says it's up to date.

Thanks,
Kylie (Geelong)"""),
("en", "b69-fob-works-at-one-foot", "Carlos Mendes <carlos.mendes@example.com>", "Remote", "technical", "",
"""The replacement fob you programmed last week only unlocks the truck if I
am standing right next to the door, like a foot away. Changed the battery,
no difference. Old fob worked from across the parking lot."""),
("en", "b69-app-crash-escalate-senior", "Gareth Evans <gareth.evans@example.co.uk>", "Third time - escalate please", "technical", "high",
"""This is the third time I've written about the parking app crashing when
I press "Start session". Both previous times I got the same reply: delete
the app, reinstall, restart the phone. I have done all of that, twice.

I'm not interested in a credit. I want this passed to someone senior in
your technical team who will actually look at the logs for my account
(gareth.evans@example.co.uk), and I'd like a name and a reply from them,
not another template.

Gareth Evans"""),
("en", "b69-saturday-wait-while-tested", "Joanne Pike <joanne.pike@example.co.uk>", "Saturday", "general", "",
"""Hi, are you open Saturday mornings for MOTs, and can I wait while it's
done or do I need to leave the car? I've got a toddler with me so I'd
rather not hang about for hours. Thanks, Jo"""),
("en", "b69-thanks-fitter-in-the-rain", "Eileen Moran <eileen.moran@example.ie>", "Thank you to Dev", "general", "",
"""Hello,

I just wanted to say thank you to Dev who came out to Ballincollig on
Wednesday to replace my windscreen. It was lashing rain and he put up a
little canopy and got on with it without a word of complaint, and he was
so kind to my mother who insisted on bringing him tea every half hour.

Please pass this on to his manager. He's a credit to you.

Eileen Moran"""),
("en", "b69-rude-receptionist-manager-call", "Thomas Ashworth <thomas.ashworth@example.co.uk>", "Your receptionist", "general", "high",
"""I came in this morning to drop off my car for its MOT, ten minutes early.
The receptionist told me to "wait outside like everyone else", then when I
asked a simple question about collection times said loudly to a colleague
"here we go" and rolled her eyes. Other customers heard it. I have been
coming to you for nine years.

I want the centre manager to phone me today. This is not the way to speak
to anyone.

Thomas Ashworth
07700 900193"""),
("en", "b69-child-seat-left-waiting-room", "Rachel Dunn <rachel.dunn@example.co.uk>", "Left something", "general", "",
"""Hi, I think I left my son's booster seat in your waiting area on
Tuesday afternoon when I collected the car from tyre storage. Grey and
black, has a dinosaur sticker on the side. Has anyone handed it in?
Thanks, Rachel"""),
("en", "b69-new-email-and-mobile", "Vikram Singh <vikram.singh@example.co.uk>", "Update my details", "general", "",
"""Hello,

Please update the contact details on my account (policy VS-771203):

new email: vikram.singh@example.co.uk (please stop using the old hotmail)
new mobile: 07700 900660

Address and everything else stays the same.

Thanks,
Vikram"""),
("en", "b69-sar-call-recordings", "Louise Kerr <louise.kerr@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the recordings of my phone calls with your sales team
in January and February, and any notes made on my file.

My date of birth is 02/08/1984 and my postcode is G41 2PN.

Yours sincerely,
Louise Kerr"""),
("en", "b69-loose-plate-by-viewing-window", "Frank Harding <frank.harding@example.co.uk>", "Waiting area floor", "general", "high",
"""Just a note while I think of it. The metal plate in the floor in front of
the viewing window at your Chesterfield centre is loose on one side and
lifts about an inch when you step on the other edge. An older gentleman
caught his foot on it while I was there on Monday and went down on one
knee. He said he was fine but he was shaken. Someone is going to break
a hip on it.

Frank Harding"""),
("en", "b69-urgent-move-mot-friday", "Kerry Walsh <kerry.walsh@example.co.uk>", "URGENT!!!!", "general", "",
"""URGENT - I NEED TO MOVE MY MOT FROM WEDNESDAY TO FRIDAY, SAME TIME IF
POSSIBLE. WORK HAVE CHANGED MY SHIFTS. REG KX19 ABC. THANKS KERRY"""),
("en", "b69-gaa-under12-sponsorship", "Seamus Hogan <seamus.hogan@example.ie>", "Sponsorship - Kilcormac U12s", "general", "",
"""Hi there,

I'm the under-12 coach with Kilcormac GAA. We're looking for a local
business to sponsor a new set of jerseys for the coming season and your
tyre centre is just down the road from the pitch. In return your logo
would go on the front of the jerseys and on the club website.

Would you be open to a chat? Happy to call in.

Seamus Hogan
Kilcormac GAA"""),
("en", "b69-installer-gate-code-dog", "Emma Lockwood <emma.lockwood@example.co.uk>", "Installation on Monday", "general", "",
"""Hi,

A few things for the installer coming on Monday:

- gate code is 4471#, the gate is slow, give it a second
- please park on the road, not the drive, as my husband's van is there
- we have a very friendly but very big dog, Bruno, I'll shut him in
  the kitchen but please don't let him out the side door
- the fuse board is in the garage, key is under the pot by the door

Thanks!
Emma"""),
("en", "b69-hello-mot-early-keep-date", "Brian Caldwell <brian.caldwell@example.co.uk>", "Hello", "general", "",
"""Hello, my MOT runs out on the 30th of next month. How early can I have
it done and still keep the same renewal date? I'm away most of next
month. Brian"""),
("en", "b69-details-passed-claims-firm-ico", "Sophie Marchant <sophie.marchant@example.co.uk>", "Who gave them my number?", "general", "high",
"""Since getting a quote from you three weeks ago I have had eleven calls
from a claims management company who knew my name, my car and the date of
the quote. I never gave my details to anyone else.

I want to know who you shared my data with and on what basis, and I want
my details deleted. I have already made a complaint to the Information
Commissioner's Office and have given them your name.

Sophie Marchant"""),
# ---------------- Greek ----------------
("el", "b69-kteo-pos-aporrifthike-dyo-fores", "Σταύρος Μπακάλης <stavros.bakalis@example.gr>", "Πληρωμή στο ταμείο", "billing", "",
"""Καλημέρα σας,

Την Πέμπτη πέρασα το αυτοκίνητο από το ΚΤΕΟ σας στο Περιστέρι. Στο ταμείο
το POS έγραψε "απορρίφθηκε" και η κοπέλα μου είπε να ξαναδοκιμάσω, οπότε
πέρασα την κάρτα δεύτερη φορά και βγήκε απόδειξη. Σήμερα βλέπω στην
τράπεζα ότι πέρασαν και οι δύο χρεώσεις των 55€. Μπορείτε να μου
επιστρέψετε τη μία;

Ευχαριστώ,
Σταύρος Μπακάλης"""),
("el", "b69-poulisa-to-i10-epistrofi-asfalistron", "Αθηνά Ζαχαρίου <athina.zachariou@example.gr>", "Συμβόλαιο 7730215", "billing", "",
"""Καλησπέρα,

Πούλησα το i10 την προηγούμενη Παρασκευή, η μεταβίβαση έγινε κανονικά
στο ΚΕΠ. Το συμβόλαιο ήταν εξάμηνο και το είχα εξοφλήσει ολόκληρο (186€)
τον Σεπτέμβριο. Θα ήθελα να ακυρωθεί από την ημερομηνία μεταβίβασης και
να μου πείτε τι ποσό επιστρέφεται και σε ποιο λογαριασμό. Σας επισυνάπτω
τη βεβαίωση μεταβίβασης.

Αθηνά Ζαχαρίου"""),
("el", "b69-gl-parmpriz-prosfora-150", "Manos Karagiannis <manos.karag@example.gr>", "parmpriz", "billing", "",
"""Kalhmera,
mou eixate steilei prosfora 150e gia allagh parmpriz sto Corolla kai
sto katasthma mou xrewsate 180. Mou eipan kati gia "ylika" alla den to
grafei pouthena h prosfora. Mporeite na to koitaxete? Exw to mail me
thn prosfora an to 8elete.
Manos"""),
("el", "b69-antikleidi-dosis-pistotiki", "Ευτυχία Λαμπράκη <eftychia.lampraki@example.gr>", "Αντικλείδι Peugeot 208", "billing", "",
"""Καλησπέρα σας,

Θα ήθελα να φτιάξω δεύτερο κλειδί με τηλεχειριστήριο για Peugeot 208 του
2019. Πόσο κοστίζει μαζί με τον προγραμματισμό; Και αν γίνεται να το
πληρώσω με πιστωτική σε δόσεις ή μόνο τοις μετρητοίς;

Ευχαριστώ πολύ,
Ευτυχία"""),
("el", "b69-gl-stamathsa-sth-mia-wra", "Lefteris Dimou <lefteris.dimou@example.gr>", "stathmeush Kalamata", "billing", "",
"""Geia sas, x8es parkara sto kentro ths Kalamatas kai evala 3 wres
apo to app alla stamathsa th sta8meush meta apo mia wra, to patisa kai
mou evgale "h sta8meush oloklhrw8hke". Parola auta xrewthika kai tis
3 wres, 2,40 anti gia 0,80. Ligo to poso alla 8elw na mou epistrepsete
th diafora. Lefteris"""),
("el", "b69-wallbox-oli-i-timi-enanti-dosewn", "Νικόλαος Βλαχογιάννης <n.vlachogiannis@example.gr>", "Χρέωση 1.250€ αντί για δόσεις", "billing", "high",
"""Κύριοι,

Στην προσφορά ΠΡ-2291 για την προμήθεια και εγκατάσταση φορτιστή στο
σπίτι μου στο Χαλάνδρι συμφωνήσαμε γραπτώς εξόφληση σε 12 άτοκες δόσεις
των 104,17€. Μετά την εγκατάσταση χρεώσατε την πιστωτική μου με
ολόκληρο το ποσό των 1.250€ σε μία κίνηση, και μου έφαγε όλο το όριο της
κάρτας.

Ζητώ να ακυρωθεί η χρέωση και να περαστεί όπως συμφωνήθηκε. Αν δεν γίνει
μέσα σε πέντε εργάσιμες, θα υποβάλω αμφισβήτηση της συναλλαγής στην
τράπεζά μου, με την οποία έχω ήδη μιλήσει.

Νικόλαος Βλαχογιάννης"""),
("el", "b69-pateras-efyge-asfaleia-ananeosi", "Κατερινα Σπυροπουλου <katerina.spyropoulou@example.gr>", "Ασφαλεια του πατερα μου", "billing", "",
"""Καλησπερα σας,

Ο πατερας μου, Γεωργιος Σπυροπουλος, εφυγε απο τη ζωη τον Ιανουαριο. Το
αυτοκινητο του το εχουμε στο γκαραζ και θα το δωσουμε για ανακυκλωση,
δεν το οδηγει κανεις. Ηρθε ειδοποιηση οτι το συμβολαιο (αρ. 4418806)
ανανεωνεται στις 15 του μηνα με παγια εντολη απο τον λογαριασμο του.
Παρακαλω να μην ανανεωθει. Πειτε μου αν χρειαζεστε ληξιαρχικη πραξη
θανατου.

Ευχαριστω,
Κατερινα Σπυροπουλου"""),
("el", "b69-re-ananeosi-se-treis-doseis", "Γιάννης Ζαφειρίου <giannis.zafeiriou@example.gr>", "Re: Ειδοποίηση ανανέωσης - ΙΧ ΙΟΡ 2278", "billing", "",
"""Καλησπέρα κ. Αντωνίου,

Ευχαριστώ για την ενημέρωση. Φέτος μου έρχονται όλα μαζί (τέλη
κυκλοφορίας, ΕΝΦΙΑ) και δεν μπορώ να δώσω τα 342€ με τη μία. Γίνεται
να το πληρώσω σε τρεις δόσεις; Και αν ναι, πρέπει να πληρωθεί η πρώτη
πριν τη λήξη για να μην μείνω ανασφάλιστος;

Γιάννης Ζαφειρίου

---- Στις Τρί, 3 Δεκ 2024 στις 10:14, ο/η Θ. Αντωνίου
<grafeio@antoniou-asfaleies.example> έγραψε:
> Αγαπητέ κ. Ζαφειρίου,
> σας ενημερώνουμε ότι το ασφαλιστήριο του οχήματος ΙΟΡ 2278 λήγει
> στις 31/12. Το ασφάλιστρο ανανέωσης για 12 μήνες είναι 342,00€.
> Για την πληρωμή μπορείτε να χρησιμοποιήσετε τον κωδικό RF που
> θα βρείτε στο συνημμένο.
> Με εκτίμηση, Θεόδωρος Αντωνίου"""),
("el", "b69-fylaxi-elastikon-zygisi-ypefthynos", "Αλέξανδρος Παπαϊωάννου <alex.papaioannou@example.gr>", "Απόδειξη 00871 - θέλω να μιλήσω με υπεύθυνο", "billing", "high",
"""Τρία χρόνια αφήνω τα χειμερινά ελαστικά στη φύλαξή σας στην Πτολεμαΐδα.
Προχθές που ήρθα για την αλλαγή, στην απόδειξη βρήκα εκτός από τη
φύλαξη και 40€ για "ζυγοστάθμιση και πλύσιμο ζαντών", που δεν ζήτησα
ποτέ και κανείς δεν με ρώτησε. Ο υπάλληλος μου είπε "γίνεται σε όλους"
και γύρισε την πλάτη.

Δεν θα το συζητήσω ξανά στο γκισέ. Θέλω να με πάρει τηλέφωνο ο υπεύθυνος
του καταστήματος ή ο ιδιοκτήτης και να μου επιστραφούν τα 40€.

Αλέξανδρος Παπαϊωάννου
697 1234567"""),
("el", "b69-gl-metakomizw-thessaloniki-syndromi", "Dimitra Kotsou <dimitra.kotsou@example.gr>", "syndromh", "billing", "",
"""Kalhspera sas,
exw th mhniaia syndromh 29 eurw gia to parking sto Marousi meso ths
efarmoghs sas. Metakomizw sth Thessalonikh telos tou mhna gia douleia
opote den 8a th xreiazomai pia. Mporeite na th stamathsete apo 1h tou
epomenou? Na mhn xrewthei h karta ksana.
Eyxaristw, Dhmhtra"""),
("el", "b69-ananeosi-para-tin-akyrosi-synigoros", "Ιωάννης Ρεντζής <ioannis.rentzis@example.gr>", "Ανανέωση που δεν ζήτησα", "billing", "high",
"""Προς το γραφείο σας,

Στις 2 Οκτωβρίου σας έστειλα email (το έχω) ότι δεν θέλω να ανανεωθεί
η ασφάλεια του αυτοκινήτου μου, γιατί ασφαλίστηκα αλλού. Το συμβόλαιο
έληγε στις 31 Οκτωβρίου. Παρ' όλα αυτά το ανανεώσατε και πήρατε από τον
λογαριασμό μου 320€ με την πάγια εντολή.

Ζητώ την άμεση επιστροφή του ποσού. Αν δεν λάβω απάντηση μέσα σε δέκα
ημέρες, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Ιωάννης Ρεντζής"""),
("el", "b69-gl-den-einai-texniko-apodeixeis-mhna", "Petros Alexiou <petros.alexiou@example.gr>", "gia to logisthrio", "billing", "",
"""Kalhmera, den exei kanena provlhma to app, douleuei mia xara. Apla
xreiazomai gia to logisthrio ths etaireias mia synolikh apodeixh h
timologio gia oles tis sta8meuseis pou ekana ton Martio (kapou 40
fores), gt ta mail ena-ena den ta dexontai. Ginetai? AFM tha sas
steilw. Petros"""),
("el", "b69-gl-ekptwsh-polyteknoi-kteo", "Vasw Triantafyllou <vaso.tri@example.gr>", "ekptwsh?", "billing", "",
"""Geia sas! Kanete kamia ekptwsh stous polyteknous gia ton elegxo KTEO h
einai h idia timh gia olous? Exoume kai ta dyo amaksia na ta perasoume
ton idio mhna. Eyxaristw!! Vasw"""),
("el", "b69-pinakides-ston-xeimona-pafsi", "Σπύρος Γαλανόπουλος <spyros.galanopoulos@example.gr>", "Μηχανή - χειμώνας", "billing", "",
"""Καλησπέρα,

Κατέθεσα τις πινακίδες της μηχανής μου (Honda CB500, ΙΡΚ 4521) στην
εφορία για τον χειμώνα, θα την ξαναβγάλω τον Απρίλιο. Μπορεί να
σταματήσει η ασφάλεια για αυτό το διάστημα και να ξαναρχίσει μετά, χωρίς
να χάσω τα χρόνια χωρίς ζημιά; Την πληρώνω κάθε μήνα.

Σπύρος"""),
("el", "b69-wallbox-myrizei-kameno-fis", "Χρήστος Μαυρίδης <christos.mavridis@example.gr>", "Φορτιστής", "technical", "high",
"""Καλησπέρα,

Μάλλον δεν είναι κάτι σοβαρό, αλλά καλύτερα να σας το πω. Χθες το βράδυ,
μετά από περίπου δύο ώρες φόρτισης, το φις του καλωδίου ήταν τόσο ζεστό
που δεν μπορούσα να το κρατήσω και στο γκαράζ μύριζε ελαφρώς καμένο
πλαστικό. Στη βάση του φις το πλαστικό έχει κιτρινίσει λίγο.

Το κατέβασα από τον ασφαλειοδιακόπτη και δεν το ξαναχρησιμοποίησα. Μπορεί
να περάσει ένας τεχνικός;

Χρήστος Μαυρίδης, Πυλαία"""),
("el", "b69-gl-efarmogi-kleinei-den-thelw-lefta", "Nikos Sarantidis <nikos.sarantidis@example.gr>", "to app", "technical", "",
"""Geia sas, den 8elw epistrofh xrhmatwn oute tipota, mono na douleuei
to app. Molis patao "enar3h sta8meushs" kleinei mono tou kai me petaei
sthn arxikh tou kinhtou. Android, teleutaia ekdosh, to esvhsa kai to
ksanaevala. Dyo fores hdh etrexa sto periptero na parw xartaki gia na
mhn fagw klhsh.
Nikos"""),
("el", "b69-kathreftis-epese-xana", "Μαρία Κωνσταντινίδου <maria.konst@example.gr>", "Εργασία 55120", "technical", "",
"""Καλημέρα,

Πριν από τρεις εβδομάδες αλλάξατε το παρμπρίζ στο Qashqai μου. Ο
εσωτερικός καθρέφτης, που τον ξανακολλήσατε στο καινούριο τζάμι, έχει
ξεκολλήσει ήδη δύο φορές - την τελευταία μου έπεσε στα πόδια σε μια
λακκούβα. Τον έχω τώρα στο ντουλαπάκι. Πότε μπορώ να έρθω να τον
κολλήσετε σωστά;

Μαρία Κωνσταντινίδου"""),
("el", "b69-klidi-kollaei-sti-miza", "Θανάσης Ρήγας <thanasis.rigas@example.gr>", "Κλειδί Corsa", "technical", "",
"""Γεια σας, το κλειδί που μου κόψατε την Τετάρτη για το παλιό Corsa (χωρίς
τσιπ, απλό) μπαίνει στη μίζα αλλά γυρίζει πολύ σφιχτά και δύο φορές
κόλλησε στη θέση ON και ήθελα πέντε λεπτά να το βγάλω. Το παλιό
γυρίζει κανονικά. Μήπως θέλει ξανά λίμα;
Θανάσης"""),
("el", "b69-gl-lampaki-piesis-elastikwn", "Eleni Stavrou <eleni.stavrou@example.gr>", "lampaki", "technical", "",
"""Kalhmera, phra to amaksi xthes apo th fylaksh elastikwn meta thn
allagh se xeimerina kai apo tote anavei to lampaki ths pieshs twn
elastikwn. Ta metrhsa sto venzinadiko kai einai ola sto 2,3 opws prepei.
Mhpws den exei ginei reset sto systhma? Ti na kanw?
Eleni"""),
("el", "b69-praktoreio-den-ekdidei-symvolaia", "Πρακτορείο Μαργαρίτη <info@margaritis-asfaleies.example>", "Πλατφόρμα συνεργατών", "technical", "high",
"""Καλημέρα,

Από τις 8:30 η πλατφόρμα συνεργατών σας μας βγάζει σφάλμα σε κάθε
έκδοση συμβολαίου αυτοκινήτου, στο τελευταίο βήμα ("Σφάλμα 502 -
δοκιμάστε αργότερα"). Έχουμε ήδη τέσσερις πελάτες που περιμένουν στο
γραφείο να φύγουν με ασφαλιστήριο, ο ένας παραλαμβάνει καινούριο
αυτοκίνητο στη μία από την αντιπροσωπεία και χωρίς ασφάλεια δεν του το
δίνουν. Στα άλλα δύο πρακτορεία της περιοχής που μιλήσαμε το ίδιο.

Παρακαλώ καλέστε στο 2310 555 018.

Στέλλα Μαργαρίτη
Ασφαλιστικό Πρακτορείο Μαργαρίτη, Θεσσαλονίκη"""),
("el", "b69-selida-rantevou-den-dexetai-pinakida", "Γιωργος Τσολακης <giorgos.tsolakis@example.gr>", "Σελιδα ραντεβου", "technical", "",
"""Καλημερα, προσπαθω να κλεισω ραντεβου για ΚΤΕΟ στη σελιδα σας και
οταν βαζω τον αριθμο κυκλοφοριας (ΙΚΧ 8812) μου βγαζει "μη εγκυρος
αριθμος". Δοκιμασα με ελληνικα και λατινικα γραμματα, με κενο και χωρις.
Απο κινητο και απο υπολογιστη το ιδιο.
Γιωργος Τσολακης"""),
("el", "b69-gl-kleidwnei-alla-den-anoigei", "Stelios Mpekas <stelios.mpekas@example.gr>", "tilexeiristhrio", "technical", "",
"""Kalhspera, to kainourio tilexeiristhrio pou mou programmatisate thn
Trith kleidwnei to amaksi kanonika alla den to 3ekleidwnei, prepei na
anoiksw me to kleidi sthn porta tou odhgou. Allaksa kai th mpataria,
tipota. Stelios"""),
("el", "b69-sfyrigma-aera-sta-90", "Ολυμπία Χριστοδούλου <olympia.christodoulou@example.gr>", "Θόρυβος μετά την αλλαγή παρμπρίζ", "technical", "",
"""Καλησπέρα σας,

Από τότε που αλλάξατε το παρμπρίζ στο αυτοκίνητό μου (Ford Focus, 2018)
ακούγεται ένα σφύριγμα αέρα από την αριστερή πλευρά όταν περνάω τα 90
χιλιόμετρα. Πριν δεν υπήρχε. Μου φαίνεται ότι το λαστιχάκι στο πλάι δεν
έχει κάτσει καλά. Μπορώ να περάσω να το δείτε;

Ολυμπία Χριστοδούλου"""),
("el", "b69-pistopoiitiko-asfalisis-link-elixe", "Ορέστης Κανελλόπουλος <orestis.kanellopoulos@example.gr>", "Δεν μπαίνω στον λογαριασμό", "technical", "",
"""Καλησπέρα,

Θέλω να κατεβάσω το πιστοποιητικό ασφάλισης από τον λογαριασμό μου αλλά
ξέχασα τον κωδικό. Πατάω "ξέχασα τον κωδικό", μου έρχεται το email, και
όταν πατάω τον σύνδεσμο μου λέει "ο σύνδεσμος έχει λήξει", ακόμα κι αν
τον πατήσω αμέσως. Το δοκίμασα τέσσερις φορές.

Ορέστης"""),
("el", "b69-gl-wallbox-me-xtyphse-reuma", "Antonis Fragkos <antonis.fragkos@example.gr>", "wallbox", "technical", "high",
"""Kalhmera,
x8es to apogeuma akoumphsa to metalliko koutaki tou wallbox pou mou
valate ton Oktwvrio gia na vgalw to kalwdio kai me xtyphse reuma, oxi
dynata alla to ena8a sto xeri mexri ton agkwna. Eixe vrexei kai to
koutaki htan vregmeno apo panw. To katevasa apo ton pinaka kai den to
3anaaggiksa. Mporei na er8ei kapoios na to dei?
Antonis, Larisa"""),
("el", "b69-kleidi-aimokatharsi-mitera", "Σοφία Νικολαΐδου <sofia.nikolaidou@example.gr>", "Το κλειδί δεν λειτουργεί - αιμοκάθαρση αύριο", "technical", "high",
"""Καλησπέρα,

Σήμερα το μεσημέρι ο τεχνικός σας αντικατέστησε το κλειδί του
αυτοκινήτου της μητέρας μου (Toyota Yaris) γιατί το παλιό χάθηκε. Απόψε
το κλειδί δεν ανοίγει ούτε το αυτοκίνητο ούτε παίρνει μπρος, το λαμπάκι
του αναβοσβήνει και τίποτα.

Η μητέρα μου είναι 79 ετών και κάνει αιμοκάθαρση στο νοσοκομείο της
Λαμίας τρεις φορές την εβδομάδα. Αύριο στις 7 το πρωί πρέπει να είναι
εκεί και μόνο εγώ την πηγαίνω με αυτό το αυτοκίνητο - ταξί δεν
υπάρχει στο χωριό τόσο νωρίς. Χρειαζόμαστε κάποιον απόψε ή πολύ νωρίς
το πρωί.

Σοφία Νικολαΐδου, 694 5551234"""),
("el", "b69-tris-fores-rogmi-proistamenos", "Παντελής Ξανθόπουλος <pantelis.xanthopoulos@example.gr>", "Τρίτη φορά η ίδια ρωγμή", "technical", "high",
"""Καλημέρα,

Τρίτη φορά φέρνω το αυτοκίνητο για την ίδια πέτρα στο παρμπρίζ. Την
πρώτη φορά έγινε επισκευή με ρητίνη, σε δύο εβδομάδες η ρωγμή είχε
απλώσει. Τη δεύτερη φορά ξαναέγινε επισκευή και μου είπαν ότι "τώρα
θα κρατήσει". Σήμερα η ρωγμή έχει φτάσει 20 εκατοστά.

Δεν θέλω να ξαναμιλήσω με τον ίδιο υπάλληλο. Ζητώ να αναλάβει την υπόθεση
ο προϊστάμενος του τμήματος ή κάποιος υπεύθυνος και να με ενημερώσει
γραπτώς τι θα γίνει.

Παντελής Ξανθόπουλος"""),
("el", "b69-orario-kteo-dekapentavgoustos", "Ευανθία Μητσοπούλου <evanthia.mitsopoulou@example.gr>", "Ωράριο Αυγούστου", "general", "",
"""Καλημέρα, θα είστε ανοιχτά την εβδομάδα του Δεκαπενταύγουστου; Θέλω να
περάσω ΚΤΕΟ πριν φύγουμε για το χωριό και δεν ξέρω αν κλείνετε.
Ευχαριστώ, Ευανθία"""),
("el", "b69-gl-eyxaristw-marina-thlefwno", "Kwstas Mourtzis <kostas.mourtzis@example.gr>", "eyxaristw", "general", "",
"""Kalhspera,
h8ela na pw ena megalo eyxaristw sth Marina apo to thlefwniko sas
kentro. O pateras mou einai 84 kai den ta paei kala me ta kinhta, kai
ekeinh ka8ise 25 lepta sto thlefwno mazi tou kai tou e3hghse vhma vhma
pws na parkarei me to app, xwris na bgei apo ta rouxa ths. Twra to kanei
monos tou kai kamarwnei. Na to mathei o proistamenos ths. Kwstas"""),
("el", "b69-agenis-ypallilos-kteo", "Ευδοκια Παππα <evdokia.pappa@example.gr>", "Η υπαλληλος στην υποδοχη", "general", "",
"""Καλησπερα σας,

Ηρθα την Τριτη για ΚΤΕΟ και η κυρια στην υποδοχη μου μιλησε πολυ
αγενως επειδη δεν ειχα φωτοτυπια της αδειας. Μπροστα σε αλλους
πελατες μου ειπε "κάθε μέρα τα ίδια". Τελικα η φωτοτυπια δεν
χρειαζοταν καν. Δεν ζητω τιποτα, απλως να το ξερετε.

Ευδοκια Παππα"""),
("el", "b69-texnikos-ksexase-kinito", "Δέσποινα Καλογεράκη <despoina.kalogeraki@example.gr>", "Κινητό του τεχνικού σας", "general", "",
"""Καλημέρα, ο τεχνικός που ήρθε χθες να φτιάξει το κλειδί του αυτοκινήτου
ξέχασε το κινητό του πάνω στο καπό - το βρήκε ο άντρας μου το βράδυ.
Είναι ένα μαύρο Xiaomi με θήκη του Ολυμπιακού. Να περάσει να το πάρει ή
να σας το φέρουμε εμείς; Είμαστε στο Ηράκλειο, κοντά στα Πατέλες.
Δέσποινα"""),
("el", "b69-allagi-eponymou-gamos", "Ηλιάνα Θεοδωροπούλου <iliana.theodoropoulou@example.gr>", "Αλλαγή επωνύμου", "general", "",
"""Καλησπέρα,

Παντρεύτηκα τον Σεπτέμβριο και άλλαξα επώνυμο. Παρακαλώ να διορθωθεί
στον λογαριασμό μου και στο συμβόλαιο (αρ. 5520918) από Μαστρογιάννη
σε Θεοδωροπούλου. Μπορώ να σας στείλω τη νέα ταυτότητα αν χρειάζεται.

Ευχαριστώ,
Ηλιάνα Θεοδωροπούλου"""),
("el", "b69-gl-gdpr-antigrafo-dedomenwn", "Ioanna Papadaki <ioanna.papadaki@example.gr>", "aithsh prosvashs", "general", "",
"""Kalhmera sas,
me bash ton GDPR 8a h8ela antigrafo olwn twn prosopikwn dedomenwn pou
krateite gia mena, kai tis hxografhseis twn thlefwnikwn mou me to
grafeio sas ton Ianouario. AFM 123456789 gia na me vreite.
Eyxaristw,
Iwanna Papadakh"""),
("el", "b69-kanali-xoris-prostateftiko", "Περικλής Δημητρόπουλος <perikles.dimitropoulos@example.gr>", "Κανάλι επιθεώρησης", "general", "high",
"""Καλησπέρα σας,

Ήρθα σήμερα στο ΚΤΕΟ σας στη Νίκαια με τον εγγονό μου, 6 χρονών. Το
κανάλι επιθεώρησης στη δεύτερη γραμμή ήταν ανοιχτό χωρίς καμία
μπάρα ή κορδέλα και η πόρτα από την αίθουσα αναμονής βγάζει κατευθείαν
εκεί. Ο μικρός ξέφυγε ένα δευτερόλεπτο και έφτασε στην άκρη πριν τον
πιάσω. Κανείς από το προσωπικό δεν ήταν κοντά.

Το γράφω ήρεμα, αλλά κάποια μέρα θα πέσει κάποιος μέσα.

Περικλής Δημητρόπουλος"""),
("el", "b69-epeigon-pote-einai-to-rantevou", "Ρούλα Τσιρίγου <roula.tsirigou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ!!! ΕΣΒΗΣΑ ΚΑΤΑ ΛΑΘΟΣ ΤΟ ΜΗΝΥΜΑ ΜΕ ΤΟ ΡΑΝΤΕΒΟΥ ΜΟΥ ΓΙΑ ΚΤΕΟ ΚΑΙ
ΔΕΝ ΘΥΜΑΜΑΙ ΑΝ ΕΙΝΑΙ ΤΡΙΤΗ Ή ΤΕΤΑΡΤΗ. ΑΡ. ΚΥΚΛΟΦΟΡΙΑΣ ΥΜΖ 3390.
ΜΠΟΡΕΙΤΕ ΝΑ ΜΟΥ ΠΕΙΤΕ; ΡΟΥΛΑ"""),
("el", "b69-ekthesi-klasikon-aftokiniton", "Λέσχη Κλασικού Αυτοκινήτου Ναυπλίου <info@lka-nafpliou.example>", "Έκθεση κλασικών αυτοκινήτων - Ιούνιος", "general", "",
"""Αγαπητοί κύριοι,

Η Λέσχη μας διοργανώνει στις 15 Ιουνίου την ετήσια έκθεση κλασικών
αυτοκινήτων στην παραλία του Ναυπλίου, με περίπου 80 οχήματα και
αρκετό κόσμο. Θα σας ενδιέφερε να έχετε ένα σταντ ή να προσφέρετε ένα
δώρο για την κλήρωση, π.χ. έναν δωρεάν έλεγχο ΚΤΕΟ; Το όνομά σας θα
αναφερθεί στην αφίσα και στα social της Λέσχης.

Με εκτίμηση,
Μιχάλης Σιδηρόπουλος
Γραμματέας"""),
("el", "b69-gl-odigies-sto-grafeio-parmpriz", "Fotini Georgiou <fotini.georgiou@example.gr>", "Pempth", "general", "",
"""Geia sas, merikes odhgies gia ton texniko pou 8a er8ei thn Pempth sth
douleia mou gia to parmpriz:
- to amaksi einai sto ypogeio parking, epipedo -2, 8esh 14, gkri Yaris
- na pei sth reseption oti erxetai gia th Fwteinh Gewrgiou, logisthrio
- anamesa 1 kai 2 eimai se syskepsh, na mhn me parei thlefwno tote
Eyxaristw! Fwteinh"""),
("el", "b69-erotisi-adeia-kykloforias-prototypi", "Χαραλαμπος Ζερβας <charalampos.zervas@example.gr>", "Ερωτηση", "general", "",
"""Καλημερα, για τον ελεγχο ΚΤΕΟ πρεπει να φερω την αδεια κυκλοφοριας
πρωτοτυπη ή αρκει φωτοτυπια; Και χρειαζεται και το ασφαλιστηριο;
Ευχαριστω"""),
("el", "b69-gl-elastika-mhxanhs-fylaksh", "Thanos Karalis <thanos.karalis@example.gr>", "rwthsh", "general", "",
"""Geia! Kratate kai elastika gia mhxanh sth fylaksh h mono gia amaksia?
Exw ena set gia to Tracer pou ta exw petamena sto mpalkoni kai me exei
fagwsei h gynaika. Thanos"""),
("el", "b69-symvolaio-mou-se-allon-pelati", "Μελίνα Κουτσούκου <melina.koutsoukou@example.gr>", "Στείλατε τα στοιχεία μου σε άγνωστο", "general", "high",
"""Χθες με πήρε τηλέφωνο ένας άγνωστος κύριος από την Πάτρα και μου είπε
ότι έλαβε από το γραφείο σας email με το δικό μου ασφαλιστήριο
συνημμένο: ονοματεπώνυμο, διεύθυνση, ΑΦΜ, αριθμό διπλώματος, τα πάντα.
Ήταν ευγενικός και μου το προώθησε, αλλά δεν ξέρω σε πόσους ακόμα έχει
πάει.

Θέλω γραπτή εξήγηση για το πώς έγινε αυτό και σε ποιους άλλους στάλθηκαν
τα στοιχεία μου. Έχω ήδη υποβάλει καταγγελία στην Αρχή Προστασίας
Δεδομένων Προσωπικού Χαρακτήρα.

Μελίνα Κουτσούκου"""),
# ---------------- Spanish ----------------
("es", "b69-itv-tasa-cobrada-otra-vez", "Jorge Bermúdez <jorge.bermudez@example.es>", "Cita ITV 15/03", "billing", "",
"""Buenos días:

Al pedir la cita por internet para la ITV de mi Seat Ibiza pagué la tasa
(37,80 €) con tarjeta, y tengo el justificante. Cuando llegué a la
estación de Alcobendas la chica de ventanilla me dijo que no le constaba y
me la volvió a cobrar, y como tenía cola detrás pagué sin discutir. Ahora
tengo dos cargos de 37,80 € en la cuenta. Les adjunto los dos
justificantes para que me devuelvan uno.

Un saludo,
Jorge Bermúdez"""),
("es", "b69-regreso-a-oaxaca-poliza", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "Poliza auto", "billing", "",
"""Buenas tardes,

Me regreso a vivir a Oaxaca con mis papás a fin de mes y el carro se
queda guardado en la cochera de mi hermana en Puebla, nadie lo va a
manejar. Quisiera cancelar la póliza de auto (la que pago a
$1,150 mensuales con domiciliación) a partir del 1o del mes que entra.
¿Me pueden decir qué tengo que hacer?

Gracias,
Lupita Ramírez"""),
("es", "b69-ar-factura-a-no-b", "Estudio Contable Ferreyra <admin@estudioferreyra.example>", "Factura parabrisas Amarok", "billing", "",
"""Buen día,

El martes les cambiaron el parabrisas a la Amarok de la empresa y nos
hicieron factura B. Somos responsables inscriptos, necesitamos factura A
para computar el IVA. CUIT 30-71234567-8, razón social Ferreyra &
Asociados SRL. ¿Pueden anular la B y emitir la A?

Saludos cordiales,
Marcela Ferreyra"""),
("es", "b69-mando-leon-bizum", "Raúl Castaño <raul.castano@example.es>", "consulta", "billing", "",
"""hola buenas, cuanto me costaria una llave con mando para un seat leon del
2016? ya programada. y se puede pagar por bizum cuando venga el tecnico o
tiene que ser en efectivo? gracias"""),
("es", "b69-coche-de-empresa-baja-hotel", "Marta Iglesias <marta.iglesias@example.es>", "Baja del servicio de guardado", "billing", "",
"""Hola:

En la empresa me han dado coche de renting con neumáticos incluidos y he
vendido el mío, así que ya no necesito que me guardéis las ruedas de
invierno (de hecho las vendí con el coche y ya las recogió el
comprador). Por favor, dadme de baja de la cuota anual de 49 € para que
no me la cobréis en octubre.

Gracias,
Marta Iglesias"""),
("es", "b69-co-tarifa-nocturna-zona-gratis", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Cobro estacionamiento", "billing", "",
"""Buenas noches,

El viernes dejé el carro en la zona de la calle 93 en Bogotá desde las
7 pm y la app me cobró $8.400 por tres horas, pero según el aviso de la
zona después de las 7 de la noche no se paga. ¿Me pueden devolver ese
cobro? Les mando captura del aviso.

Muchas gracias,
Andrés Felipe Rojas"""),
("es", "b69-cargador-metros-cable-contracargo", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Factura F-2024-0318 - cable no instalado", "billing", "high",
"""Buenos días:

En el presupuesto de instalación del punto de recarga se incluían 25
metros de cable desde el contador hasta el garaje, porque así lo midió
vuestro comercial. El instalador tiró la línea por el patio y usó unos 9
metros; lo vi yo y lo puedo enseñar. Aun así la factura cobra los 25
metros, unos 380 € de diferencia, y ya está cargada en mi tarjeta.

Solicito que me devolváis la diferencia. Si en diez días no tengo
respuesta, iniciaré un contracargo con mi banco, que ya me ha dicho cómo
hacerlo.

Iñaki Etxeberria"""),
("es", "b69-tobi-bono-parking-playa", "Carmen Lozano <carmen.lozano@example.es>", "Bono mensual", "billing", "",
"""Buenos dias,

Tenia el bono mensual del aparcamiento de la playa de la Malvarrosa para
sacar a pasear a Tobi, mi perro, todas las mañanas. Tobi murio la semana
pasada con 15 años y ya no voy a ir por alli. Por favor quiten el bono,
no quiero que me cobren los 22 euros el dia 1.

Gracias por todo, siempre fueron muy amables con el.
Carmen Lozano"""),
("es", "b69-re-cfdi-cinco-camionetas", "Facturación <facturacion@transportes-moreno.example>", "RE: Confirmación de citas verificación - 5 unidades", "billing", "",
"""Buen día Sr. Téllez,

Ya quedaron verificadas las cinco unidades, gracias. Necesitamos el CFDI
de los cinco servicios en una sola factura, no los tickets sueltos:

Razón social: Transportes Moreno Hermanos SA de CV
RFC: TMH0912158A1
Uso CFDI: G03 - Gastos en general
Forma de pago: 04 - Tarjeta de crédito

Saludos,
Claudia Moreno

-----Mensaje original-----
De: Verificentro Tlalnepantla <citas@verificentro-tlalne.example>
Enviado el: lunes, 8 de julio de 2024 09:31
Para: facturacion@transportes-moreno.example
Asunto: Confirmación de citas verificación - 5 unidades

Le confirmamos cinco citas el miércoles 10 de julio a partir de las 8:00.
Favor de traer tarjeta de circulación y verificación anterior de cada
unidad. Atentamente, Ernesto Téllez"""),
("es", "b69-congelar-abono-atocha-noruega", "Pablo Serrano <pablo.serrano@example.es>", "Abono mensual Atocha", "billing", "",
"""Hola, tengo el abono mensual del parking de Atocha (89 €/mes) desde hace
dos años. Me voy seis meses a trabajar a una plataforma en Noruega a
partir de marzo. ¿Se puede congelar el abono y retomarlo a la vuelta
manteniendo el precio que tengo ahora? Si no, lo doy de baja, pero
prefiero no perder la plaza.

Pablo"""),
("es", "b69-ar-debito-despues-de-baja-defensa", "Horacio Giménez <horacio.gimenez@example.com.ar>", "Débitos después de la baja", "billing", "high",
"""Señores:

Di de baja el seguro del auto con ustedes en abril (tengo el número de
gestión 55-10293 y el mail de confirmación). Desde entonces me siguieron
debitando la cuota de la tarjeta tres meses más, $58.700 cada mes, y encima
en junio me la debitaron dos veces.

Exijo la devolución de todo lo cobrado después de la baja. Si no tengo una
respuesta concreta esta semana, hago la denuncia en Defensa del
Consumidor y desconozco los débitos con la tarjeta.

Horacio Giménez
DNI 22.345.678"""),
("es", "b69-app-bien-tarifa-mas-cara", "Lucía Herrero <lucia.herrero@example.es>", "Pregunta sobre la tarifa", "billing", "",
"""Hola! Que conste que la app me funciona perfectamente, no es eso. Lo que
no entiendo es por qué la misma hora de zona azul en Valladolid me sale
por la app a 1,05 € y en el parquímetro de la misma calle a 0,85 €. ¿Es
una comisión vuestra? No lo veo en ningún sitio.

Lucía"""),
("es", "b69-mx-meses-sin-intereses-poliza", "Héctor Villalobos <hector.villalobos@example.com.mx>", "Pago anual", "billing", "",
"""Que tal, me interesa pagar la poliza anual de una vez en lugar de
mensual porque me dijeron que sale mas barata. Son $14,380. Se puede
pagar a meses sin intereses con tarjeta de credito? Con cual banco?
Saludos"""),
("es", "b69-cl-cobro-gestion-siniestro-supervisor", "Valentina Muñoz <valentina.munoz@example.cl>", "Cobro de $45.000 - quiero hablar con un supervisor", "billing", "high",
"""Estimados:

En la liquidación del choque de mi auto de enero aparece un descuento de
$45.000 por "gestión de siniestro" de la corredora. Nadie me informó de
ese cobro cuando contraté ni cuando hice el denuncio, y en el contrato
no aparece. He llamado dos veces y las ejecutivas me dicen que "es
normal" y nada más.

No quiero volver a hablar con una ejecutiva. Pido que me llame un
supervisor o la jefatura del área y que me devuelvan ese monto.

Valentina Muñoz
+56 9 8765 4321"""),
("es", "b69-cuadro-magnetotermico-negro-zumbido", "Fernando Ortiz <fernando.ortiz@example.es>", "Instalación del cargador", "technical", "high",
"""Buenas tardes:

No sé si será importante. Desde que instalasteis el cargador del coche
hace tres semanas, el magnetotérmico nuevo que pusisteis en el cuadro de
casa hace un zumbido cuando el coche está cargando, y hoy al abrir la
tapa he visto que tiene una mancha negra en un lateral, junto al tornillo
del cable. Huele un poco a plástico caliente.

He bajado ese interruptor y de momento no cargamos. ¿Puede venir alguien
a revisarlo?

Un saludo,
Fernando Ortiz
Getafe"""),
("es", "b69-ar-patente-mercosur-no-quiero-reintegro", "Sofía Paz <sofia.paz@example.com.ar>", "la app no toma mi patente", "technical", "",
"""Hola, no les estoy pidiendo ningún reintegro ni nada, solo que la app
funcione. Cuando cargo la patente nueva del auto (formato Mercosur, AF
482 KD) me dice "patente inválida". Con la del auto viejo andaba bien.
Probé con espacios, sin espacios, todo. Estoy estacionando en Palermo y
tengo que ir a buscar un kiosco cada vez.
Sofi"""),
("es", "b69-luna-ondulada-marea", "Rosa Domínguez <rosa.dominguez@example.es>", "Luna delantera", "technical", "",
"""Buenas,

Me cambiaron la luna delantera el lunes en vuestro taller de Córdoba.
Desde el asiento del conductor, en la parte de abajo a la izquierda,
se ve todo como ondulado, como si mirara a través de agua, y al rato
de conducir me mareo. La luna de antes no hacía eso. ¿Puede ser un
defecto del cristal?

Rosa Domínguez"""),
("es", "b69-mx-alarma-se-activa-madrugada", "Jesús Navarro <jesus.navarro@example.com.mx>", "alarma", "technical", "",
"""Buenas, desde que me programaron la llave nueva de la Tiida la alarma se
activa sola en la madrugada, ya van tres noches, los vecinos ya me
odian jaja. Con la llave vieja nunca pasaba. Pueden revisarlo?
Jesus"""),
("es", "b69-valvula-mal-puesta-autopista", "Elena Vidal <elena.vidal@example.es>", "Rueda", "technical", "high",
"""Hola:

El sábado recogí el coche del hotel de neumáticos de Sabadell con las
ruedas de verano montadas. Ayer, en la AP-7 a unos 110, la trasera
derecha empezó a perder aire y tuve que parar en el arcén con los niños
dentro. El mecánico de la gasolinera dice que la válvula de esa rueda
estaba mal montada y que se había salido un poco.

Estamos bien, solo el susto. Pero me gustaría que revisarais las otras
tres y que mirarais cómo se montó, porque con los niños detrás podía
haber acabado muy mal.

Elena Vidal"""),
("es", "b69-autoescuela-cargadores-clases", "Autoescuela Rivas <info@autoescuela-rivas.example>", "Cargadores del local", "technical", "high",
"""Buenos días:

Los cuatro puntos de recarga que nos instalasteis en el patio de la
autoescuela no cargan desde el fin de semana: se enciende la luz verde,
el coche dice "conectado" pero no entra corriente. Los tres coches
eléctricos de prácticas están por debajo del 10 %. Hemos tenido que
anular todas las clases de hoy y de mañana, y el jueves tenemos seis
alumnos con examen que necesitan hacer las últimas prácticas.

Llamad al 600 123 456 cuando podáis.

Nuria Rivas
Autoescuela Rivas, Rivas-Vaciamadrid"""),
("es", "b69-cl-soap-descarga-error", "Matías Contreras <matias.contreras@example.cl>", "SOAP", "technical", "",
"""Hola, compré el SOAP en su página ayer y cuando intento descargar el
certificado me sale "Error 500 - intente más tarde". Llevo todo el día
intentando desde el computador y el celular. Necesito el certificado
para la revisión técnica del lunes.
Matías"""),
("es", "b69-aviso-fin-estacionamiento-no-llega", "Alberto Cano <alberto.cano@example.es>", "Notificaciones", "technical", "",
"""Buenas tardes. Antes la aplicación me avisaba diez minutos antes de que
se acabara el tiempo de aparcamiento y ahora no me llega ningún aviso.
Las notificaciones están activadas en el móvil (Samsung A54) y en la
propia app. ¿Saben si es un fallo suyo?

Alberto Cano"""),
("es", "b69-mx-qr-cita-no-se-genera", "Daniela Ortega <daniela.ortega@example.com.mx>", "No me sale el QR", "technical", "",
"""Hola, agendé mi cita para verificar en su página y al final dice "su
cita ha sido registrada" pero no aparece el código QR ni me llega el
correo con el comprobante. Intenté de nuevo y ahora dice que ya tengo
una cita con esa placa. Como entro el jueves sin QR?
Daniela"""),
("es", "b69-cargador-se-corta-con-el-horno", "Susana Prieto <susana.prieto@example.es>", "El cargador se para", "technical", "",
"""Hola,

Cada vez que pongo el horno o la vitro mientras el coche carga, el
cargador se para (entiendo que es lo del control de potencia, vale),
pero luego ya no vuelve a arrancar aunque apague el horno. Tengo que ir
al garaje, desenchufar la manguera y volverla a enchufar. Por la noche
así me quedo sin cargar.

Susana Prieto"""),
("es", "b69-ar-telepase-no-lee-parabrisas-nuevo", "Gustavo Aguirre <gustavo.aguirre@example.com.ar>", "Parabrisas nuevo y TelePASE", "technical", "",
"""Buenas, desde que me cambiaron el parabrisas el sticker del TelePASE
que pegamos en el nuevo no lo lee ninguna barrera, tengo que parar y
pagar en efectivo en todas. En la concesionaria me dijeron que puede ser
que el parabrisas tenga un filtro atérmico y haya que dejar una zona
libre. ¿Ustedes lo saben? ¿Lo pueden solucionar?
Gustavo, Rosario"""),
("es", "b69-quinta-visita-responsable", "Begoña Ruiz <begona.ruiz@example.es>", "Quinta visita y el cargador sigue igual", "technical", "high",
"""Buenas tardes:

El cargador se instaló el 12 de febrero y no ha cargado el coche ni una
noche seguida. Han venido técnicos vuestros cuatro veces: dos
actualizaron el firmware, uno cambió la manguera y el último dijo que
"era cosa del coche". El concesionario ha revisado el coche y está bien.
Mañana viene el quinto.

No quiero otra visita igual. Quiero que el caso lo lleve un responsable
del departamento técnico, con nombre y apellidos, y que me diga por
escrito qué se va a hacer.

Begoña Ruiz"""),
("es", "b69-mx-chispas-contacto-cochera", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Contacto del cargador", "technical", "high",
"""Buenas noches. Les escribo con calma pero creo que es importante. El
contacto que su electricista puso en la cochera para el cargador del
carro echa chispitas cuando conecto la clavija, y anoche se escuchó un
tronido y se fue la luz de media casa. La placa del contacto está
amarillenta alrededor de un agujero. Ya no lo estoy usando. Quisiera
que vinieran a revisarlo.
Ricardo Salinas, Monterrey"""),
("es", "b69-itv-agosto-motos-cita", "Nerea Gil <nerea.gil@example.es>", "Horario de agosto", "general", "",
"""Hola, ¿en agosto abrís por las tardes? Y para pasar la ITV de una moto,
¿hace falta cita previa o se puede ir directamente? Gracias. Nerea"""),
("es", "b69-ar-gracias-cerrajero-domingo", "Mirta Sosa <mirta.sosa@example.com.ar>", "Agradecimiento", "general", "",
"""Buenas tardes,

Quería agradecer al muchacho que vino el domingo a la noche a Quilmes,
creo que se llamaba Lautaro, cuando me quedé con las llaves adentro del
auto con la bolsa del súper. Llegó en media hora, fue amabilísimo, y
hasta me ayudó a entrar las bolsas porque tengo la cadera mala. Que se
lo digan de mi parte, por favor.

Mirta Sosa"""),
("es", "b69-mx-verificador-se-burlo", "Arturo Campos <arturo.campos@example.com.mx>", "Trato en el verificentro", "general", "",
"""Buenas. Fui a verificar mi vocho el sábado y el verificador se estuvo
burlando del carro con sus compañeros en frente de mí, que si lo traía
empujando, que si era de museo. El carro pasó sin problema. No pido nada,
solo que sepan cómo tratan a la gente ahí. Arturo"""),
("es", "b69-carpeta-documentos-estacion", "Manuel Fuentes <manuel.fuentes@example.es>", "Carpeta olvidada", "general", "",
"""Buenos días,

El jueves por la tarde pasé la ITV de la furgoneta en la estación de
Getafe y creo que me dejé una carpeta azul con la documentación de la
furgoneta y unas facturas en el mostrador de la entrada. ¿Alguien la ha
encontrado? Puedo pasar a recogerla cualquier día.

Gracias,
Manuel Fuentes"""),
("es", "b69-hija-persona-de-contacto", "Josefa Martín <josefa.martin@example.es>", "Mi hija", "general", "",
"""Buenos dias,

Tengo 81 años y ya no me entero bien por telefono. Querria que pusieran
a mi hija Pilar como persona de contacto en mi poliza del coche, para
que la llamen a ella cuando haya que avisar de algo. Su telefono es
611 222 333 y su correo pilar.martin@example.es.

Muchas gracias,
Josefa Martín"""),
("es", "b69-ar-supresion-datos-25326", "Leandro Quiroga <leandro.quiroga@example.com.ar>", "Baja de mis datos", "general", "",
"""Hola, pedí una cotización de seguro hace meses y no contraté. En
virtud de la Ley 25.326 solicito que supriman mis datos personales de
su base y que dejen de enviarme promociones por mail y WhatsApp.
DNI 31.456.789.
Leandro Quiroga"""),
("es", "b69-cristales-zona-infantil-taller", "Cristina Pardo <cristina.pardo@example.es>", "Zona infantil de la sala de espera", "general", "high",
"""Hola,

Ayer esperé en vuestro taller de lunas de Alcalá mientras me cambiaban el
cristal lateral. En la alfombra de la zona de juegos para niños había
trocitos de cristal, supongo que de alguna luna que se llevaron por
ahí. Mi hija de tres años se sentó a jugar y cuando la levanté tenía
dos trocitos clavados en la mano, nada grave, se los saqué yo.

Os lo digo para que lo limpiéis bien y lo vigiléis, porque la próxima
puede ser peor.

Cristina Pardo"""),
("es", "b69-mx-urgente-a-que-hora-cierran", "Karla Mendoza <karla.mendoza@example.com.mx>", "URGENTE!!!", "general", "",
"""URGENTE!!! a que hora cierran hoy el centro de Naucalpan?? salgo de
trabajar a las 6 y mi engomado vence mañana"""),
("es", "b69-patrocinio-san-silvestre", "C.D. Corre Tudela <info@corretudela.example>", "San Silvestre Tudelana - patrocinio", "general", "",
"""Buenas tardes:

Somos el club de atletismo que organiza la San Silvestre de Tudela, con
unos 1.200 corredores el 31 de diciembre. Estamos buscando
patrocinadores locales para los dorsales y el arco de meta, y vuestra
estación de ITV es muy conocida en la zona. ¿Os interesaría? Os mando
el dossier si queréis.

Un saludo,
Javier Lasheras
C.D. Corre Tudela"""),
("es", "b69-co-porteria-parqueadero-visitantes", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "Visita del técnico el martes", "general", "",
"""Hola, para el técnico que viene el martes a instalar el cargador:
es el conjunto Reservas del Bosque, torre 3, apto 504. En portería tiene
que dar mi nombre y la cédula; el parqueadero de visitantes es el de la
entrada, mi parqueadero es el 87 en el sótano 2. Yo estoy desde las 8.
Gracias!
Natalia"""),
("es", "b69-hola-documentacion-itv", "Antonio Reyes <antonio.reyes@example.es>", "Hola", "general", "",
"""Hola, ¿qué tengo que llevar a la ITV? ¿Vale con la ficha técnica y el
permiso de circulación o también el seguro? Es un Renault Clio del 2012.
Gracias"""),
("es", "b69-sois-unos-cracks", "David Romero <david.romero@example.es>", "GRACIAS", "general", "",
"""Sois unos cracks!! Casi me muero del susto el viernes cuando vi la luna
rajada de arriba abajo con la boda de mi hermano al día siguiente, y en
dos horas la teníais cambiada. Me habéis salvado la vida, en serio.
Dadle las gracias a Rubén de mi parte.

David"""),
("es", "b69-ar-empleado-maltrato-padre-gerente", "Silvina Benítez <silvina.benitez@example.com.ar>", "Maltrato a mi papá", "general", "high",
"""Buenas tardes,

Ayer mi papá, que tiene 79 años, fue a hacer la VTV a su planta de
Morón. Como no entendía dónde tenía que hacer la fila, un empleado le
gritó delante de todos, le dijo que "si no sabe, que no maneje" y le
sacó los papeles de la mano. Mi papá volvió a casa temblando.

Quiero hablar con el gerente de la planta. Espero un llamado hoy mismo
al 11 5555-4321.

Silvina Benítez"""),
# ---------------- Polish ----------------
("pl", "b69-skp-policzone-jak-za-lpg", "Tomasz Wróbel <tomasz.wrobel@example.pl>", "Przegląd 12.03", "billing", "",
"""Dzień dobry,

We wtorek robiłem przegląd Octavii na Waszej stacji przy Grochowskiej i
zapłaciłem 161 zł. Dopiero w domu zobaczyłem na paragonie, że policzono
mi jak za samochód z instalacją gazową. Ja nie mam LPG, auto jest na
benzynę, co zresztą widać w dowodzie rejestracyjnym. Proszę o zwrot 63 zł
na konto lub kartę.

Pozdrawiam,
Tomasz Wróbel"""),
("pl", "b69-auto-w-stacji-demontazu-oc", "Krzysztof Zając <krzysztof.zajac@example.pl>", "Polisa OC 8841203", "billing", "",
"""Dzień dobry,

Po 19 latach moje Punto w końcu pojechało do stacji demontażu, mam
zaświadczenie o demontażu z 4 marca i auto jest wyrejestrowane. Polisa
OC była opłacona z góry do września. Proszę o wyliczenie i zwrot
składki za niewykorzystany okres na konto 12 3456 7890 1234 5678 9012
3456.

Z poważaniem,
Krzysztof Zając"""),
("pl", "b69-szyba-z-ac-bezgotowkowo", "Marek Kaczmarek <marek.kaczmarek@example.pl>", "wymiana szyby z AC", "billing", "",
"""Dzien dobry, mam pekniecie przez cala szybe w Passacie i AC w PZU.
Czy moge u Was wymienic szybe bezgotowkowo, tak zeby rozliczyc sie
bezposrednio z ubezpieczycielem, czy musze zaplacic te ok. 1800 zl sam
i potem starac sie o zwrot? I czy jest jakis udzial wlasny?
Marek"""),
("pl", "b69-kluczyk-yaris-blik-raty", "Agnieszka Lis <agnieszka.lis@example.pl>", "Kluczyk", "billing", "",
"""Dzień dobry, ile kosztuje dorobienie kluczyka z pilotem do Toyoty Yaris
z 2015 roku, razem z kodowaniem? Czy można zapłacić BLIKIEM na miejscu
albo rozłożyć na raty? Pozdrawiam, Agnieszka"""),
("pl", "b69-oddalismy-leasing-caloroczne", "Paulina Szymańska <paulina.szymanska@example.pl>", "Przechowalnia - rezygnacja", "billing", "",
"""Dzień dobry,

Oddaliśmy samochód z leasingu, a nowy ma opony całoroczne, więc
komplet letnich, który u Was stoi, w sobotę zabiera kolega, który je od
nas kupił. Proszę o zakończenie umowy na przechowywanie i niepobieranie
opłaty 180 zł za kolejny sezon. Na co mam zwrócić uwagę przy odbiorze
przez inną osobę?

Paulina Szymańska"""),
("pl", "b69-zapomnialem-zakonczyc-parkowanie", "Bartek Nowicki <bartek.nowicki@example.pl>", "parkowanie Kraków", "billing", "",
"""Hej, wiem że to moja wina, ale może się da coś zrobić. W piątek
zaparkowałem na Kazimierzu, wróciłem po godzinie i zapomniałem zakończyć
parkowanie w aplikacji. Zorientowałem się dopiero wieczorem w Katowicach
i naliczyło mi 6 godzin, 39 zł. Czy możecie zwrócić chociaż część? Z
lokalizacji telefonu widać, że byłem już w innym mieście.
Bartek"""),
("pl", "b69-wallbox-doplata-chargeback", "Rafał Górecki <rafal.gorecki@example.pl>", "Faktura FV/2024/04/117 - dopłata 700 zł", "billing", "high",
"""Dzień dobry,

Montaż wallboxa był wyceniony na 2 400 zł brutto, wycena jest w mailu od
Pana Damiana z 12 marca. Po montażu pobraliście z mojej karty 3 100 zł, a
na fakturze pojawiła się pozycja "dodatkowe zabezpieczenie
różnicowoprądowe" za 700 zł. Nikt ze mną tego nie uzgadniał, montażysta
nawet o tym nie wspomniał.

Proszę o zwrot 700 zł w ciągu 7 dni. W przeciwnym razie zgłoszę w banku
reklamację transakcji (chargeback) - rozmawiałem już z moim doradcą.

Rafał Górecki"""),
("pl", "b69-mama-po-udarze-nie-jezdzi", "Joanna Kowalczyk <joanna.kowalczyk@example.pl>", "Polisa mamy - Halina Kowalczyk", "billing", "",
"""Dzien dobry,

Moja mama, Halina Kowalczyk, miala w zeszlym miesiacu udar i lekarz
powiedzial jasno, ze juz nie wroci za kierownice. Samochod bedziemy
sprzedawac, na razie stoi pod blokiem. Mama ma u Panstwa AC placone co
miesiac (nr polisy AC/55120/22). Jak to wypowiedziec i czy moge to
zrobic ja, mam od mamy pelnomocnictwo?

Pozdrawiam
Joanna Kowalczyk"""),
("pl", "b69-re-przypomnienie-juz-zaplacone", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Re: Przypomnienie o płatności - polisa 2290471", "billing", "",
"""Dzień dobry,

Ratę zapłaciłem 3 czerwca przelewem, w tytule wpisałem numer polisy.
Potwierdzenie w załączniku. Proszę sprawdzić i nie wysyłać mi więcej
takich pism, bo żona się zdenerwowała, że nam polisę zerwą.

Grzegorz Pawlak

W dniu 10.06.2024 o 08:02, Biuro Ubezpieczeń Horyzont
<platnosci@horyzont-ubezpieczenia.example> pisze:
> Szanowny Panie,
> uprzejmie przypominamy, że rata w wysokości 214,00 zł za polisę
> 2290471 nie została opłacona w terminie (01.06.2024). Prosimy o
> uregulowanie należności w ciągu 7 dni.
> Z poważaniem, Dział Rozliczeń"""),
("pl", "b69-zawieszenie-abonamentu-wojsko", "Michał Zieliński <michal.zielinski@example.pl>", "Abonament parkingowy", "billing", "",
"""Dzien dobry, od 1 wrzesnia ide na rok do dobrowolnej zasadniczej sluzby
wojskowej i auto zostaje u rodzicow na wsi. Mam u Was abonament
miesieczny 120 zl na parking przy Dworcu Glownym we Wroclawiu. Da sie
go zawiesic na ten rok i pozniej wrocic na tych samych warunkach?
Michal"""),
("pl", "b69-broker-odmowa-zwrotu-rzecznik", "Ewa Jabłońska <ewa.jablonska@example.pl>", "Odmowa zwrotu składki - reklamacja", "billing", "high",
"""Szanowni Państwo,

W lutym sprzedałam samochód i w ustawowym terminie wypowiedziałam polisę
OC zawartą za Waszym pośrednictwem. Od tego czasu dwukrotnie
odpowiedzieliście mi, że "zwrot składki nie przysługuje", bez żadnego
uzasadnienia. Zgodnie z przepisami należy mi się zwrot za okres
niewykorzystanej ochrony, czyli około 420 zł.

Traktujcie to Państwo jako reklamację. Jeśli w ciągu 30 dni nie
otrzymam zwrotu lub rzeczowej odpowiedzi, skieruję sprawę do Rzecznika
Finansowego.

Ewa Jabłońska"""),
("pl", "b69-nie-awaria-zmiana-karty-firmowej", "Damian Lewandowski <damian.lewandowski@example.pl>", "Zmiana karty", "billing", "",
"""Dzień dobry, to nie jest zgłoszenie awarii, aplikacja działa bez
zarzutu. Chciałbym tylko, żeby od teraz parkowania były pobierane z karty
firmowej, a nie z mojej prywatnej, i żeby faktury szły na firmę (NIP
5213456789). W ustawieniach nie mogę znaleźć, gdzie to zmienić.
Damian"""),
("pl", "b69-karta-duzej-rodziny-szyba", "Beata Mazur <beata.mazur@example.pl>", "rabat KDR?", "billing", "",
"""Dzień dobry, czy macie zniżkę na Kartę Dużej Rodziny przy wymianie
szyby albo naprawie odprysku? Widziałam naklejkę KDR na drzwiach
warsztatu w Lublinie, ale nie wiem, czy dotyczy to też usług. Pozdrawiam"""),
("pl", "b69-oplata-sezon-odebrane-po-miesiacu-kierownik", "Zbigniew Ostrowski <zbigniew.ostrowski@example.pl>", "Przechowalnia - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

Oddałem opony do przechowalni w Gdańsku-Oliwie 20 października, a 25
listopada je odebrałem, bo sprzedałem auto razem z kompletem. Policzono
mi 200 zł, czyli cały sezon. Pracownik powiedział, że "tak jest w
regulaminie", ale regulaminu nie widziałem ani nie podpisywałem.

Nie zgadzam się na taką opłatę za pięć tygodni. Proszę, żeby
skontaktował się ze mną kierownik przechowalni albo ktoś wyżej, a nie
kolejny pracownik z okienka.

Zbigniew Ostrowski
tel. 601 234 567"""),
("pl", "b69-wallbox-dymek-z-dolu", "Adam Wiśniewski <adam.wisniewski@example.pl>", "Wallbox", "technical", "high",
"""Dzień dobry,

Piszę spokojnie, bo nic się nie stało, ale wolę zgłosić. Wczoraj
wieczorem, jakieś pół godziny po podłączeniu auta, z dolnej części
wallboxa (tam, gdzie wchodzi kabel zasilający) przez chwilę leciał
cienki, szary dymek i czuć było zapach przypalonej izolacji. Od razu
wyłączyłem bezpiecznik w rozdzielnicy i od tego czasu nie ładuję.

Proszę o przysłanie montażysty. Instalacja była robiona przez Was w
styczniu, numer zlecenia MW-0932.

Adam Wiśniewski, Piaseczno"""),
("pl", "b69-biala-plansza-nie-chce-zwrotu", "Kasia Dudek <kasia.dudek@example.pl>", "biały ekran", "technical", "",
"""Dzien dobry, nie chodzi mi o zadne pieniadze ani zwrot, tylko zeby
aplikacja zaczela dzialac. Od wczorajszej aktualizacji po otwarciu jest
tylko biala plansza z logo i nic wiecej. iPhone 12, iOS aktualny,
reinstalacja nie pomogla. Musze placic przy parkomacie jak za starych
czasow :)
Kasia"""),
("pl", "b69-szyba-peknieta-od-krawedzi", "Leszek Kołodziej <leszek.kolodziej@example.pl>", "Nowa szyba pękła", "technical", "",
"""Dzień dobry,

W poniedziałek wymieniliście mi szybę czołową w Corolli. W środę rano
zauważyłem pęknięcie biegnące od dolnej krawędzi po stronie pasażera,
ok. 15 cm. Nie było żadnego uderzenia kamieniem, auto stało w garażu.
Wygląda mi to na źle osadzoną szybę. Kiedy mogę przyjechać?

Leszek Kołodziej"""),
("pl", "b69-immobilizer-gasnie-po-2-sekundach", "Patryk Sikora <patryk.sikora@example.pl>", "Kluczyk Astra", "technical", "",
"""Witam, dorobiony u Was kluczyk do Astry H - silnik odpala, ale po
dwóch sekundach gaśnie i miga kontrolka z kluczykiem. Na starym
kluczyku wszystko normalnie. Czyli immobilizer go nie widzi? Kiedy
możecie to poprawić?
Patryk"""),
("pl", "b69-przepuklina-na-oponie-z-przechowalni", "Iwona Pietrzak <iwona.pietrzak@example.pl>", "Opony z przechowalni", "technical", "high",
"""Dzień dobry,

W czwartek założyliście mi opony zimowe z przechowalni. Myjąc dziś auto
zauważyłam na boku prawej przedniej opony wyraźny bąbel, wielkości
mniej więcej kciuka. Na wiosnę, kiedy je oddawałam, niczego takiego nie
było, a w przechowalni podobno opony są sprawdzane przed montażem.

Na razie nie jeżdżę tym autem. Proszę o informację, kiedy mogę
przyjechać, żeby to sprawdzić.

Iwona Pietrzak"""),
("pl", "b69-serwisanci-brak-uprawnien", "Flota <flota@termoserwis.example>", "Konto firmowe - nikt nie może zaparkować", "technical", "high",
"""Dzień dobry,

Od 7:30 żaden z naszych 32 serwisantów nie może rozpocząć parkowania w
aplikacji na koncie firmowym - wyskakuje "Brak uprawnień (kod 403)".
Faktury mamy opłacone, w panelu administratora wszystko wygląda
normalnie. Chłopaki stoją pod klientami w strefach w Warszawie i
Krakowie; dwóch dostało już wezwania do zapłaty, trzech odwołało wizyty,
bo nie mają gdzie stanąć.

Proszę o pilny telefon: 22 555 01 44, Marcin.

Marcin Wójcik
Kierownik floty, Termoserwis Sp. z o.o."""),
("pl", "b69-kalendarz-terminow-nie-laduje", "Dorota Kubiak <dorota.kubiak@example.pl>", "Rezerwacja terminu", "technical", "",
"""Dzien dobry, na Waszej stronie przy rezerwacji przegladu kalendarz
terminow caly czas sie kreci i nie pokazuje zadnych godzin. Probowalam
na komputerze i na telefonie, wczoraj i dzisiaj. Czy cos nie dziala?
Dorota"""),
("pl", "b69-zdjecia-szkody-nie-wysylaja-sie", "Sławomir Wilk <slawomir.wilk@example.pl>", "Aplikacja - zdjęcia", "technical", "",
"""Dzień dobry,

Próbuję zgłosić w Waszej aplikacji szkodę szybową, ale na kroku
"Dodaj zdjęcia" po wybraniu zdjęć pasek dochodzi do 99% i wyskakuje
"Nie udało się przesłać plików". Próbowałem na Wi-Fi i na LTE, z
mniejszymi zdjęciami też. Android 14, Samsung S22.

Sławomir Wilk"""),
("pl", "b69-pilot-bagaznik-nie-dziala", "Natalia Kowal <natalia.kowal@example.pl>", "pilot", "technical", "",
"""Dzień dobry, w nowym pilocie, który zaprogramowaliście mi w zeszłym
tygodniu, otwieranie i zamykanie działa, ale przycisk od bagażnika nic
nie robi. W starym pilocie działał. Natalia"""),
("pl", "b69-radio-po-wymianie-szyby", "Henryk Baran <henryk.baran@example.pl>", "Radio", "technical", "",
"""Szanowni Państwo,

Po wymianie przedniej szyby w moim Fordzie Mondeo radio prawie nic nie
łapie, a stacji cyfrowych DAB nie ma wcale. Syn mówi, że antena jest
w szybie i pewnie nie podłączono kabelka. Czy mogę podjechać, żeby
to sprawdzić? Mam 74 lata, bez radia jazda to nie jazda.

Z poważaniem
Henryk Baran"""),
("pl", "b69-wallbox-offline-nowy-router", "Łukasz Michalski <lukasz.michalski@example.pl>", "Wallbox offline", "technical", "",
"""Hej, po wymianie routera przez operatora wallbox pokazuje w aplikacji
"offline" i nie mogę go podłączyć do nowej sieci. W instrukcji jest
coś o trybie parowania przez przytrzymanie przycisku, ale u mnie nie ma
żadnego przycisku na obudowie. Ładuje normalnie, tylko harmonogramu nie
mogę ustawić. Łukasz"""),
("pl", "b69-leki-synka-zamkniete-w-aucie", "Monika Grabowska <monika.grabowska@example.pl>", "Kluczyk nie otwiera auta - leki syna w środku", "technical", "high",
"""Dzień dobry,

Dziś po południu Wasz technik zakodował nowy kluczyk do naszego Renault
Megane. Wieczorem auto się zamknęło i kluczyk nie reaguje w ogóle,
także klucz awaryjny w środku nie przekręca zamka. W samochodzie jest
torba z lekami przeciwpadaczkowymi naszego syna (8 lat), wieczorną
dawkę musi dostać do 21:00. Apteka całodobowa jest 40 km od nas.

Proszę o pilny kontakt, numer 603 111 222. Mieszkamy w Zbąszynku.

Monika Grabowska"""),
("pl", "b69-trzeci-raz-kluczyk-kierownik-serwisu", "Wojciech Sadowski <wojciech.sadowski@example.pl>", "Trzeci raz ten sam kluczyk", "technical", "high",
"""Dzień dobry,

Trzeci raz programujecie mi kluczyk do Mazdy 6 i trzeci raz po około
tygodniu przestaje on działać - auto go nie widzi. Za każdym razem
technik mówi, że "teraz już będzie dobrze". Straciłem na to trzy
popołudnia.

Nie chcę czwartej wizyty tego samego technika. Proszę o przekazanie
sprawy kierownikowi serwisu i kontakt od niego osobiście, z
informacją, co dalej.

Wojciech Sadowski"""),
("pl", "b69-godziny-wigilia-skp", "Renata Kaczor <renata.kaczor@example.pl>", "Wigilia", "general", "",
"""Dzien dobry, czy w Wigilie stacja kontroli pojazdow jest otwarta? A jesli
tak, to do ktorej? Przeglad konczy mi sie 27 grudnia. Dziekuje"""),
("pl", "b69-podziekowanie-diagnosta-przewod", "Jan Kozłowski <jan.kozlowski@example.pl>", "Podziękowanie dla diagnosty", "general", "",
"""Dzień dobry,

Chciałem podziękować panu Mirosławowi ze stacji w Rzeszowie przy
Lwowskiej. Przy przeglądzie zauważył, że przewód hamulcowy z tyłu jest
przetarty, pokazał mi to, spokojnie wytłumaczył co i jak, i jeszcze
podpowiedział, gdzie to szybko zrobić. Rzadko spotyka się kogoś tak
rzetelnego. Proszę mu przekazać wyrazy uznania.

Jan Kozłowski"""),
("pl", "b69-niegrzeczny-pracownik-przechowalni", "Ilona Wasilewska <ilona.wasilewska@example.pl>", "Obsługa w przechowalni", "general", "",
"""Dzien dobry, w sobote odbieralam opony w przechowalni na Pradze i pan
przy wydawaniu kol byl wyjatkowo niemily. Rzucil opony przy aucie i
powiedzial, ze "nie jest od noszenia", a gdy zapytalam o paragon,
odwrocil sie plecami. Niczego nie oczekuje, ale uwazam, ze powinniscie
o tym wiedziec. Ilona W."""),
("pl", "b69-zgubiony-kolczyk-poczekalnia", "Marta Czarnecka <marta.czarnecka@example.pl>", "Kolczyk", "general", "",
"""Dzień dobry, we wtorek czekałam u Was na wymianę szyby i chyba
zgubiłam w poczekalni złoty kolczyk w kształcie listka. Mam go po babci,
więc bardzo mi zależy. Może ktoś znalazł przy sprzątaniu?
Marta Czarnecka, tel. 512 345 678"""),
("pl", "b69-nowy-adres-korespondencyjny", "Wiesław Adamczyk <wieslaw.adamczyk@example.pl>", "Zmiana adresu", "general", "",
"""Dzień dobry,

Proszę o zmianę adresu do korespondencji przy mojej polisie nr
3310458 na: ul. Klonowa 14/3, 87-100 Toruń. Numer telefonu i e-mail
pozostają bez zmian.

Z poważaniem
Wiesław Adamczyk"""),
("pl", "b69-monitoring-jak-dlugo", "Kamil Rutkowski <kamil.rutkowski@example.pl>", "Monitoring na stacji", "general", "",
"""Dzień dobry, jak długo przechowujecie nagrania z monitoringu na stacji
kontroli pojazdów? Ktoś zarysował mi drzwi na Waszym parkingu w
piątek około 14:00 i policja pyta, czy jest nagranie. Pozdrawiam,
Kamil Rutkowski"""),
("pl", "b69-studzienka-bez-pokrywy-plac", "Stanisław Jasiński <stanislaw.jasinski@example.pl>", "Plac przed stacją", "general", "high",
"""Dzień dobry,

Na placu przed Waszą stacją kontroli pojazdów w Radomiu, przy wjeździe
na drugie stanowisko, od co najmniej tygodnia nie ma pokrywy na
studzience. Dziura ma ze 40 cm średnicy i jest po zmroku prawie
niewidoczna, bo lampa nad nią nie świeci. Dziś kobieta z dzieckiem
minęła ją dosłownie o krok. Nikt tego nawet nie oznaczył pachołkiem.

Stanisław Jasiński"""),
("pl", "b69-pilne-przyczepka", "Sebastian Kalinowski <sebastian.kalinowski@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! czy moge jutro przyjechac na przeglad auta razem z przyczepka
i zrobic oba za jednym razem czy przyczepka osobno? bez umawiania?"""),
("pl", "b69-festyn-osp-sponsor", "OSP Stare Babice <osp.starebabice@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Starych Babicach organizuje 8 czerwca festyn
rodzinny z pokazami ratownictwa drogowego. Szukamy lokalnych firm, które
wsparłyby festyn nagrodą do loterii, np. voucherem na wymianę opon lub
przechowanie. W zamian Państwa logo znajdzie się na plakatach i na
naszym profilu.

Z wyrazami szacunku,
dh Robert Sobczak
Prezes OSP"""),
("pl", "b69-opony-odbierze-szwagier", "Agata Malinowska <agata.malinowska@example.pl>", "Odbiór opon w sobotę", "general", "",
"""Dzień dobry, w sobotę moje opony (karta przechowania nr 4471) odbierze
szwagier, pan Zbigniew Malinowski, bo ja jestem w delegacji. Przyjedzie
busem ok. 10:00. Czy wystarczy, że poda numer karty i swój dowód, czy
mam wysłać jakieś upoważnienie?
Agata Malinowska"""),
("pl", "b69-pytanie-auto-z-niemiec", "Oskar Jaworski <oskar.jaworski@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, sprowadzilem auto z Niemiec i potrzebuje pierwszego
badania technicznego przed rejestracja. Robicie takie badania i jakie
dokumenty mam przywiezc? Czy tlumaczenie niemieckiego Fahrzeugbriefu
jest potrzebne?"""),
("pl", "b69-zabijcie-mnie-ktora-przechowalnia", "Piotr Baranowski <piotr.baranowski@example.pl>", "gdzie sa moje opony", "general", "",
"""Zabijcie mnie, ale nie pamietam, czy oddawalem opony na Wole czy na
Ursus. Zgubilem tez karteczke. Numer rejestracyjny WX 12345, nazwisko
Baranowski. Mozecie sprawdzic? Dzieki!"""),
("pl", "b69-zdjecie-dowodu-prywatnym-telefonem-uodo", "Aleksandra Woźniak <aleksandra.wozniak@example.pl>", "Moje dane osobowe", "general", "high",
"""Szanowni Państwo,

W czwartek w Waszym punkcie przy ul. Piotrkowskiej w Łodzi pracownik
przy zawieraniu polisy zrobił zdjęcie mojego dowodu osobistego - z obu
stron - swoim prywatnym telefonem, "żeby było szybciej". Nie zgodziłam
się na to, a on i tak to zrobił.

Żądam informacji, co stało się z tym zdjęciem, i jego usunięcia.
Złożyłam już skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Aleksandra Woźniak"""),
]
