# batch153.py -- labelled mails held out of the tree until the rules it
# measures are final: written apart from gen.py so that nothing is tuned
# or trained on them.  Kinds of business drawn on: pharmacy and health
# retail -- high-street pharmacies, online chemists, vitamin shops,
# mobility aid shops, hearing aid batteries by post, contact lens
# solutions, first-aid kit suppliers.  The failure classes in new
# situations -- escalation demands that keep their topic, legal threats
# and chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b153-en-vitamin-d-taken-twice", "Rachel Hughes <rachel.hughes@example.co.uk>", "Order 40917", "billing", "",
"""Hi there,

I ordered the vitamin D and the magnesium bundle on Sunday (order 40917)
and my bank app shows two payments of 18.49 from you, both on the same
day, a minute apart. I only got one confirmation email and one parcel.
Could you refund the second one please?

Thanks,
Rachel Hughes"""),
("en", "b153-en-lens-solution-laser-eyes", "Tom Ashworth <tom.ashworth@example.com>", "No more eyes to clean", "billing", "",
"""Good news for me, bad news for you - I had laser surgery on both eyes
last month and I won't be needing contact lens solution ever again. I'm
on the 3-monthly delivery at 24.00 a time, next one is due on the 14th.
Please make sure that one doesn't get sent or taken.

Cheers, Tom"""),
("en", "b153-en-hearing-batteries-mum-passed", "Helen Doyle <helen.doyle@example.ie>", "My mother's account", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Bridget Doyle of Ennis, who
passed away on the 2nd of this month. She received hearing aid batteries
from you by post every two months and it was paid by direct debit from
her account.

Could you please cancel this and confirm that no further payments will
be taken. The bank has frozen the account in any case, so I would not
want you to be chasing a failed payment. I can send a copy of the death
certificate if you need it.

Kind regards,
Helen Doyle"""),
("en", "b153-en-rollator-wrong-height-swap", "Graham Pike <graham.pike@example.co.uk>", "Rollator", "billing", "",
"""Afternoon,

The rollator I bought for my wife from your Leeds shop is too tall for
her even on the lowest setting - she's only five foot. It's been used
twice, indoors. Can I swap it for the petite model? I think that one is
10 pounds cheaper so I'd expect the difference back.

Graham Pike"""),
("en", "b153-en-scooter-vat-relief", "Susan Mercer <susan.mercer@example.co.uk>", "VAT on my mobility scooter", "billing", "",
"""Hello,

I have just looked at the invoice for the mobility scooter I bought
online last week (1,495.00) and it includes VAT of 249.17. I have
multiple sclerosis and I ticked the box at checkout for VAT relief and
filled in the declaration. I believe I shouldn't have been charged VAT
at all. Please can you look at this and refund the VAT part.

Yours sincerely,
Susan Mercer"""),
("en", "b153-en-first-aid-kits-po-invoice", "Accounts <accounts@harrisonbuild.example>", "PO 7781 - invoice needed", "billing", "",
"""Hi,

We received the 30 workplace first aid kits and the 6 eyewash stations
last Thursday, thank you. Our accounts system won't pay anything without
the PO number on the invoice, and the one that came in the box doesn't
have it. Could you re-issue the invoice showing PO 7781 and send it to
this address?

Regards,
Dev Sharma
Accounts Payable, Harrison Build Ltd"""),
("en", "b153-en-stairlift-deposit-chargeback", "Brian Fletcher <brian.fletcher@example.co.uk>", "Stairlift deposit - final request", "billing", "high",
"""To whom it may concern,

On 4 March I paid a deposit of 600.00 by credit card for a stairlift to
be fitted at my home in Stockport. On 28 March your office rang to say
you could no longer supply that model and the order was cancelled. I was
told the deposit would be back "within 5 working days".

It is now seven weeks later. I have phoned four times and emailed twice.
Nobody calls back.

If the 600.00 is not back on my card by Friday I will raise a chargeback
with my card provider and will be reporting this to Trading Standards.

Brian Fletcher"""),
("en", "b153-en-price-promise-manager", "Leanne Carter <leanne.carter@example.co.uk>", "Complaint - price promise", "billing", "high",
"""I bought a breast pump in your Cardiff Queen Street branch on Saturday
for 129.99. Your website and the sign on the shelf both say you will
match any lower price from a UK high street retailer. I showed the
pharmacist assistant the same pump at 99.99 on another chain's website
and she said "we don't do that for online prices" - the promise doesn't
say anything about that.

I rang customer services and was told the same thing. I want the 30.00
difference refunded and I want this looked at by a manager, not another
person reading from a script. Please have someone senior contact me.

Leanne Carter
07700 900418"""),
("en", "b153-en-re-return-rma-refund", "Owen Price <owen.price@example.com>", "Re: Return RMA-20931 received", "billing", "",
"""Hi Jess,

Thanks for this, but it's been 12 days now since your email and nothing
has come back on my card. Can you check whether the refund actually went
through? It was 54.60 for the posture brace.

Owen

-----Original Message-----
From: Returns Team <returns@example-chemist.co.uk>
Sent: 03 May 2024 09:12
Subject: Return RMA-20931 received

Dear Owen,

We have received your return and your refund has been processed. Please
allow 3-5 working days for it to appear on your statement.

Kind regards,
Jess - Returns Team"""),
("en", "b153-en-scooter-pay-monthly", "Dolores Jenkins <djenkins@example.com>", "Financing?", "billing", "",
"""Hi, I'm looking at the folding travel scooter on your site ($1,899). Do
you offer any kind of monthly payment plan, and if so is it interest
free? Also do you take HSA cards for that or only for the small stuff?

Thanks
Dolores (Tucson, AZ)"""),
("en", "b153-en-fsa-itemized-receipt", "Kevin Nguyen <kevin.nguyen@example.com>", "receipt", "billing", "",
"""Hello - I need an itemized receipt for order #881240 for my FSA claim.
The order confirmation just shows the total ($212.37) and the FSA people
want each item with its price. Can you email me one? Thank you."""),
("en", "b153-en-upi-cancelled-refund-inr", "Ananya Iyer <ananya.iyer@example.in>", "Refund not received for cancelled order", "billing", "",
"""Dear Team,

I had placed an order for my father's BP tablets and a glucometer strips
pack on your online pharmacy on 12th. Payment of Rs. 2,340 was made by
UPI. Next day I received SMS that order is cancelled as "item not
available in your pincode". Kindly note that till date amount is not
credited back to my account. Request you to please process the refund
at the earliest.

Order ID: MED-5561203

Thanks and regards,
Ananya Iyer
Bengaluru"""),
("en", "b153-en-batteries-fair-trading", "Craig Mitchell <craig.mitchell@example.com.au>", "money back - hearing aid batteries", "billing", "high",
"""G'day,

I paid $86.50 for a year's supply of size 312 batteries back in February.
Your tracking has said "label created" for nine weeks. Your chat bot
keeps telling me to wait.

I've given up on them arriving. I want a full refund to my card. If that
isn't sorted by the end of next week I'm lodging a complaint with NSW
Fair Trading.

Craig Mitchell
Wollongong"""),
("en", "b153-en-loyalty-voucher-not-taken", "Priya Chauhan <priya.chauhan@example.co.uk>", "Voucher", "billing", "",
"""Hi,

I had a 5 off voucher from my points and the till in your Leicester
branch wouldn't take it, said it had expired. The app says it's valid
until the end of the month. Can you put it back on my card or whatever
so I can use it next time? Not a huge deal, just annoying.

Priya"""),
# technical
("en", "b153-en-app-login-loop-not-billing", "Martin Roche <martin.roche@example.ie>", "App", "technical", "",
"""Hi - just to say this isn't about a payment, my card is fine and the
order history looks right. The problem is the app: I log in, it shows
the home screen for a second and then throws me back to the login page.
Over and over. Deleted and reinstalled, same thing. Pixel 7, latest
version from the Play Store.

Martin"""),
("en", "b153-en-bp-monitor-e3", "Angela Fox <angela.fox@example.co.uk>", "Blood pressure monitor", "technical", "",
"""Dear Sir,

The upper arm blood pressure monitor I bought in your Norwich branch
shows "E3" every time I try to take a reading. I have put new batteries
in and the cuff is on the right way round as in the picture. My doctor
has asked me to take readings twice a day for a fortnight so I would be
grateful for some advice.

Mrs A. Fox"""),
("en", "b153-en-scooter-charger-smell", "Geoffrey Lamb <geoff.lamb@example.co.uk>", "Charger for the scooter", "technical", "high",
"""Hello,

I thought I should let you know. Last night the charger that came with my
mobility scooter was very hot to the touch and there was a smell of
burning plastic in the hall. I switched it off at the wall and unplugged
it. The casing has gone a bit brown at one end.

I haven't used it since, so the scooter is now running low. Could you
tell me what to do? I bought it from your Exeter shop in January.

Regards,
Geoffrey Lamb"""),
("en", "b153-en-riser-chair-lowers-itself", "Margaret Sullivan <margaret.sullivan@example.ie>", "Riser recliner", "technical", "high",
"""Hello,

The riser recliner chair I got from you in November has started to move
on its own. Twice this week it has lowered itself from the upright
position when nobody was touching the handset. The second time my
grandson's hand was near the mechanism at the side and he only just
pulled it away in time.

I've unplugged it for now. It's the electric model, two motors.

Margaret Sullivan
Galway"""),
("en", "b153-en-care-home-portal-blank", "Manager <manager@willowbankcare.example>", "Ordering portal", "technical", "high",
"""Hi,

Since about 8 this morning the repeat ordering portal just shows a white
page after login, on every PC here and on my phone. Our monthly cycle
for all 42 residents has to be submitted today for delivery on Friday,
and the MAR charts won't be printed without it. The nurses have started
writing up orders by hand but that isn't going to get them to you.

We need someone to look at it today please.

Julie Atkinson
Registered Manager, Willowbank Care Home"""),
("en", "b153-en-prescription-photo-upload", "Samuel Owusu <samuel.owusu@example.co.uk>", "Uploading prescription", "technical", "",
"""Every time I upload a photo of my private prescription the site says
"unsupported file". It's a normal JPG off my iPhone. Tried a PDF too,
same message. What format does it actually want?"""),
("en", "b153-en-glucose-meter-no-sync", "Nicole Grant <nicole.grant@example.com>", "Meter won't sync", "technical", "",
"""Hi, my blood glucose meter stopped syncing with the app after I changed
phones. Bluetooth is on, the app finds the meter, asks for the PIN, I
put in the six digits from the back of the meter and it says pairing
failed. Have done this maybe ten times.

Nicole"""),
("en", "b153-en-cgm-app-logged-out-child", "Daniel Brooks <daniel.brooks@example.com>", "Can't see my daughter's readings", "technical", "high",
"""Please help. The CGM companion app logged us out after last night's
update and won't let us back in. The password reset email never arrives
(checked spam, tried both parents' emails). Our daughter is 9, type 1,
and the app is how we get her low alerts overnight. Tonight we'll be
setting alarms and finger-pricking every two hours.

Account email is this one. Sensor is still on her arm and working, we
just can't see it.

Daniel Brooks"""),
("en", "b153-en-password-reset-urgent-caps", "Barry Quinn <barry.quinn@example.co.uk>", "URGENT!!!", "technical", "",
"""URGENT - your password reset link says EXPIRED the second I click it.
Tried three times. I just want to reorder my hay fever tablets, it's not
rocket science. Sort your website out please."""),
("en", "b153-en-re-ear-thermometer", "Fiona Walsh <fiona.walsh@example.ie>", "Re: Your enquiry - ear thermometer", "technical", "",
"""Hi Conor,

I did what you said and put a new battery in and a fresh probe cover.
It's still reading 34.1 for all of us, including my son who is
definitely warm to the touch. Is it just faulty?

Fiona

> From: Conor (Customer Care)
> Sent: Tuesday 9 April 2024 14:02
>
> Hi Fiona, sorry to hear that. Low readings are usually the battery or
> the probe cover not sitting right. Could you change both and try again?
> Conor"""),
("en", "b153-en-eircode-checkout", "Siobhan Kenny <siobhan.kenny@example.ie>", "Checkout", "technical", "",
"""Your checkout won't take my Eircode. It keeps saying "please enter a
valid postcode" and the drop down only has UK counties. I'm in Kilkenny.
Is there a way round it?"""),
("en", "b153-en-pill-dispenser-clocks-change", "Alan Morris <alan.morris@example.co.uk>", "Pill dispenser", "technical", "",
"""Since the clocks went forward the automatic pill dispenser for my
father has been beeping an hour late for every dose. I've changed the
time in the settings menu but it goes back to the old time overnight.
He's fine, I'm popping in at the right times, but I'd like it fixed.

Alan Morris"""),
("en", "b153-en-tens-third-unit-supervisor", "Karen Whitfield <karen.whitfield@example.co.uk>", "TENS machine - third one", "technical", "high",
"""This is the third TENS unit you have sent me and it has stopped working
exactly like the other two. The display comes on, I can pick a
programme, but there is no output on either channel. New pads, new
leads, new batteries.

I don't want a refund - I need a machine that works, I use it daily for
back pain. I have spent hours on the phone with your helpline going
through the same checklist each time.

I would now like this passed to a supervisor or someone more senior who
can actually find out what is going wrong with this batch.

Karen Whitfield"""),
("en", "b153-en-otp-not-coming", "Rohit Malhotra <rohit.malhotra@example.in>", "OTP issue", "technical", "",
"""Hello team, not receiving OTP on mobile for login since yesterday. Number
is correct, other apps sending OTP fine. Please check and revert.
Rohit"""),
# general
("en", "b153-en-easter-monday-hours", "Julie Barnes <julie.barnes@example.co.uk>", "Easter Monday", "general", "",
"""Are you open on Easter Monday in Harrogate? I need to pick up my mum's
prescription and the website just says "hours may vary"."""),
("en", "b153-en-pharmacist-spotted-interaction", "Peter Lawson <peter.lawson@example.co.uk>", "Thank you to Amira", "general", "",
"""Dear all,

I would like to say a big thank you to Amira, the pharmacist at your
Didsbury branch. When I collected a new prescription last week she
noticed it clashed with one of my other tablets, got straight on to my
GP and had it changed the same afternoon. She was calm, kind and didn't
make me feel stupid for not knowing.

Please pass this on to her and her manager.

Peter Lawson"""),
("en", "b153-en-staff-announced-methadone", "Name withheld <j.r.1987@example.com>", "How I was treated on Tuesday", "general", "high",
"""I collect a supervised prescription from your branch on Market Street.
On Tuesday the counter assistant shouted across a full shop "your
methadone's not ready yet" and then laughed with a colleague. People
turned round and looked at me. I walked out.

I have been clean for two years and I am doing everything right. I do
not want to go back in there. I want this taken up with the area manager
and I want to know what will be done about it.

J."""),
("en", "b153-en-left-walking-stick", "Dorothy Evans <dorothy.evans@example.co.uk>", "Walking stick", "general", "",
"""Dear Sir or Madam,

I believe I left my walking stick by the chairs near the consultation
room in your Shrewsbury shop on Wednesday morning. It is dark wood with
a silver band and a rubber foot. Has anyone handed it in? My neighbour
can collect it for me.

Many thanks,
Dorothy Evans (Mrs)"""),
("en", "b153-en-new-address-account", "Chris Dunne <chris.dunne@example.co.uk>", "Hello", "general", "",
"""Hello, I've moved from Bristol to Bath. Can you update my address on my
account to 12 Widcombe Hill, Bath BA2 6AA? The website won't let me
edit it because there's an order in progress. Phone number stays the
same. Thanks, Chris"""),
("en", "b153-en-subject-access-request", "Ravi Patel <ravi.patel@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including my online pharmacy consultation answers and any notes
made by your prescribers, for the period January 2022 to date.

My account email is this address and my date of birth is 14/08/1979.

Yours faithfully,
Ravi Patel"""),
("en", "b153-en-wet-floor-fell", "Stephen Carr <stephen.carr@example.co.uk>", "Accident in your Luton branch", "general", "high",
"""This morning at about 10:15 my father (81) slipped on the floor just
inside the door of your Luton Arndale branch. It had obviously just been
mopped and there was no sign out. He has hurt his wrist and we are at
A&E now waiting for an X-ray.

Your staff helped him up, which I appreciate, but no one took any
details. I would like to know it has been recorded and that a proper
sign will be used from now on before someone else goes over.

Stephen Carr"""),
("en", "b153-en-leave-parcel-porch", "Emma Richardson <emma.r@example.com>", "Deliveries", "general", "",
"""Hiya, could your couriers please leave my parcels in the porch (door
on the left, it's never locked) rather than taking them back to the
depot? I work nights and sleep through the doorbell. Thank you!"""),
("en", "b153-en-walk-in-flu-jab", "Neil Harper <neil.harper@example.co.uk>", "Question", "general", "",
"""Do I need to book for a flu jab at the Bridgend branch or can I just
walk in? I'm 52 and not on any list, so I'd be paying for it myself if
that matters."""),
("en", "b153-en-fun-run-sponsorship", "Hannah Lyons <hannah.lyons@example.org>", "Macmillan 5k - Colchester", "general", "",
"""Hi,

I'm organising a 5k fun run in Castle Park, Colchester on 22 September
in aid of Macmillan. We're looking for a local business to donate water
and a couple of first aid kits for the marshals, and we'd put your logo
on the t-shirts and the finish banner in return. Who would be the best
person to speak to?

Best wishes,
Hannah Lyons"""),
("en", "b153-en-no-refund-just-thanks", "Wendy Clarke <wendy.clarke@example.com.au>", "Thanks so much", "general", "",
"""Hi team,

Not after a refund or anything, I just wanted to say thanks. The parcel
with my husband's compression stockings went missing in the Perth floods
and your lady Kylie sent a new pair express without any fuss. They came
the next day. Lifesavers, honestly.

Wendy (Midland, WA)"""),
("en", "b153-en-first-aid-course-dates", "Jason Kelly <jason.kelly@example.com.au>", "Course dates", "general", "",
"""Mate, do you run the HLTAID011 first aid course at your Geelong store
or only in Melbourne? Looking for a Saturday in June for me and two of
the lads from the footy club."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b153-el-dipli-xreosi-sympliromata", "Δήμητρα Αλεξίου <dimitra.alexiou@example.gr>", "Παραγγελία 52814", "billing", "",
"""Καλησπέρα σας,

Έκανα την Κυριακή μια παραγγελία από το e-shop σας (ωμέγα 3 και
μαγνήσιο, σύνολο 47,80 €) και στην κάρτα μου βλέπω δύο χρεώσεις με το
ίδιο ποσό. Η παραγγελία ήρθε μία φορά, κανονικά. Μπορείτε να ελέγξετε
και να μου επιστρέψετε τη δεύτερη χρέωση;

Ευχαριστώ,
Δήμητρα Αλεξίου"""),
("el", "b153-el-gl-skylos-glykozamini-syndromi", "Vasilis T. <vasilis.t@example.gr>", "syndromh", "billing", "",
"""Kalhmera sas. Eixa thn mhniaia syndromh me tis glykozamines gia ton
skylo (Rex, 13 xronwn). Dystyxws ton xasame thn Paraskeuh. Parakalw
mhn mou steilete allo kouti kai mhn me xrewsete to epomeno mhna.

Eyxaristw gia ola auta ta xronia, htan to mono pou ton boh8ouse sta
podia tou.

Vasilis Tsakiris"""),
("el", "b153-el-timologio-kouti-proton-voitheion", "Λογιστήριο <logistirio@ktiriaki-ergon.example>", "Τιμολογιο για κουτια πρωτων βοηθειων", "billing", "",
"""Καλημερα σας,

Παραλαβαμε τα 15 κουτια πρωτων βοηθειων για τα εργοταξια μας
(παραγγελια 88213, 412,50 ευρω). Μας στειλατε ομως αποδειξη λιανικης
αντι για τιμολογιο. Παρακαλουμε να εκδοθει τιμολογιο με τα στοιχεια:

ΚΤΙΡΙΑΚΗ ΕΡΓΩΝ ΑΕ
ΑΦΜ 099999999, ΔΟΥ Κηφισιας
Λεωφ. Κηφισιας 210, Μαρουσι

Ευχαριστουμε,
Στελλα Μπακαλη
Λογιστηριο"""),
("el", "b153-el-amaxidio-den-xrisimopoiithike", "Κατερίνα Ζαφειρίου <katerina.z@example.gr>", "Επιστροφή αναπηρικού αμαξιδίου", "billing", "",
"""Καλησπέρα σας,

Στις 8 του μήνα αγόρασα από το κατάστημά σας στη Λάρισα ένα πτυσσόμενο
αναπηρικό αμαξίδιο (320 €) για τον πατέρα μου, που θα έβγαινε από το
νοσοκομείο. Δυστυχώς ο πατέρας μου δεν τα κατάφερε. Το αμαξίδιο δεν
χρησιμοποιήθηκε ποτέ, είναι ακόμα με τις σακούλες του.

Θα ήθελα να ρωτήσω αν μπορώ να το επιστρέψω και να πάρω πίσω τα χρήματα.
Έχω την απόδειξη.

Με εκτίμηση,
Κατερίνα Ζαφειρίου"""),
("el", "b153-el-gl-atokes-doseis-krevati", "Giwrgos M. <giorgos.m@example.gr>", "doseis?", "billing", "",
"""Geia sas, 8elw na parw to hlektriko krevati nosileias me to strwma
(1.850 euro) gia thn giagia mou. Ginetai na to plhrwsw me pistwtikh se
atokes doseis kai posses? To site mou vgazei mono efapaks.
Eyxaristw"""),
("el", "b153-el-fakoi-nautikos-pagoma", "Αντώνης Λαμπράκης <antonis.lambrakis@example.gr>", "Φακοί επαφής - διακοπή για λίγους μήνες", "billing", "",
"""Καλημέρα,

Έχω συνδρομή για υγρό φακών επαφής και μηνιαίους φακούς, 38,90 € κάθε
μήνα. Από τις 15 Μαΐου μπαρκάρω για τέσσερις μήνες και στο πλοίο δεν θα
έχω πού να τα παραλάβω. Μπορείτε να την «παγώσετε» μέχρι τέλη
Σεπτεμβρίου χωρίς να τη χάσω, γιατί έχω την τιμή της προσφοράς;

Αντώνης Λαμπράκης
Πειραιάς"""),
("el", "b153-el-tens-kratisi-synigoros", "Ελευθερία Παππά <eleftheria.pappa@example.gr>", "Επιστροφή συσκευής TENS - παρακράτηση", "billing", "high",
"""Κύριοι,

Στις 3 Απριλίου επέστρεψα μέσα στις 14 ημέρες τη συσκευή TENS που είχα
παραγγείλει από το ηλεκτρονικό σας κατάστημα (89,00 €), σφραγισμένη. Στην
κάρτα μου επιστράφηκαν 71,20 €, με την αιτιολογία «έξοδα διαχείρισης
επιστροφής». Τέτοια χρέωση δεν αναφέρεται πουθενά στους όρους σας.

Ζητώ την επιστροφή των υπόλοιπων 17,80 € εντός πέντε εργάσιμων. Σε
αντίθετη περίπτωση θα υποβάλω αναφορά στον Συνήγορο του Καταναλωτή.

Ελευθερία Παππά"""),
("el", "b153-el-gl-prosfora-20-ypeuthynos", "Nikos Rallis <nikos.rallis@example.gr>", "PROSFORA", "billing", "high",
"""Kalhspera. Sto farmakeio sas sthn Kalamata eixe tampela "-20% se ola
ta antiliaka" kai sto tameio mou xrewsan olokliri thn timh, 64 euro gia
3 kremes. H kopela eipe oti h prosfora "teleiwse xthes" alla h tampela
htan akoma ekei.

Milhsa kai sto thlefwno, tipota. 8elw na mou epistrepsete th diafora kai
8elw na milhsw me ton ypey8yno, oxi me allon yphallhlo.

Nikos Rallis
69X XXX XX12"""),
("el", "b153-el-pelmata-prokatavoli-trapeza", "Σωτήρης Γεωργακόπουλος <sotiris.georgakopoulos@example.gr>", "Προκαταβολή για ορθοπεδικά πέλματα", "billing", "high",
"""Καλησπέρα,

Τον Φεβρουάριο έδωσα προκαταβολή 90 € με κάρτα στο κατάστημά σας στην
Πάτρα για ορθοπεδικά πέλματα κατά παραγγελία. Όταν πήγα να τα παραλάβω,
το κατάστημα είχε κλείσει. Από τότε κανείς δεν απαντά ούτε στο τηλέφωνο
ούτε στα email.

Αν μέχρι τις 30 του μήνα δεν έχω είτε τα πέλματα είτε τα χρήματά μου,
θα κάνω αμφισβήτηση της συναλλαγής στην τράπεζα.

Σωτήρης Γεωργακόπουλος"""),
("el", "b153-el-re-antikatavoli-eksoda", "Μαρίνα Κωνσταντίνου <marina.k@example.gr>", "Re: Η παραγγελία σας 33190 απεστάλη", "billing", "",
"""Καλημέρα,

Η παραγγελία ήταν 52,40 € και το site γράφει δωρεάν μεταφορικά πάνω από
39 €. Ο κούριερ όμως μου ζήτησε 3 € για την αντικαταβολή. Αυτό ισχύει;
Δεν το έγραφε πουθενά.

Μαρίνα

---- Αρχικό μήνυμα ----
Από: Εξυπηρέτηση Πελατών
Θέμα: Η παραγγελία σας 33190 απεστάλη

Αγαπητή πελάτισσα, η παραγγελία σας 33190 παραδόθηκε στη μεταφορική και
θα παραδοθεί σε 1-2 εργάσιμες. Τρόπος πληρωμής: Αντικαταβολή."""),
("el", "b153-el-gl-iris-plirwmi", "Eirini K. <eirini.k@example.gr>", "Erwthsh", "billing", "",
"""Kalhmera! Dexeste plhrwmh me IRIS? H' mono karta kai antikatavolh?
8elw na parw kati vitamines kai den exw karta panw mou.
Eirini"""),
("el", "b153-el-eopyy-apodeixi-amka", "Ιωάννα Χατζή <ioanna.chatzi@example.gr>", "Απόδειξη για ΕΟΠΥΥ", "billing", "",
"""Καλησπέρα σας,

Αγόρασα από εσάς τις μπαταρίες ακουστικών και τα φίλτρα για τον πατέρα
μου (παραγγελία 61077). Για να κάνουμε αίτηση αποζημίωσης στον ΕΟΠΥΥ μας
ζητούν απόδειξη στο όνομά του με τον ΑΜΚΑ του. Η απόδειξη που ήρθε είναι
στο δικό μου όνομα. Μπορείτε να την επανεκδώσετε;

Στοιχεία: Χατζής Παναγιώτης, ΑΜΚΑ 01014512345

Ευχαριστώ πολύ,
Ιωάννα Χατζή"""),
("el", "b153-el-gl-kaltses-allagi-megethos", "Popi D. <popi.d@example.gr>", "kaltses diavathmismenis symp", "billing", "",
"""Geia sas, phra tis kaltses diavathmismenhs sympieshs se Medium alla
einai poly stenes sto gonato. Mporw na tis allaksw me Large? Den tis
forese kaneis, einai sto kouti. Poso kanei h apostolh gia allagh?
Popi, Volos"""),
# technical
("el", "b153-el-syntagi-amka-den-fortonei", "Μιχάλης Σταυρόπουλος <michalis.stavropoulos@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα,

Δεν αφορά πληρωμή ούτε κάποια παραγγελία. Στην εφαρμογή σας, όταν βάζω
τον ΑΜΚΑ μου για να φορτώσω την ηλεκτρονική συνταγή, βγαίνει «Σφάλμα
σύνδεσης με το σύστημα» και δεν προχωράει. Η συνταγή υπάρχει, την
εκτέλεσα χθες κανονικά σε άλλο φαρμακείο. Έχω iPhone 13, τελευταία
έκδοση της εφαρμογής.

Μιχάλης"""),
("el", "b153-el-gl-piesometro-lathos-times", "Thanos P. <thanos.p@example.gr>", "piesometro", "technical", "",
"""To piesometro brxiona pou phra prin ena mhna deixnei trella noumera,
p.x. 180/40 kai amesws meta 110/95. O giatros mou me to diko tou
piesometro mou vrhke 13/8 kanonika. Allaksa mpataries, tipota.
Einai xalasmeno?"""),
("el", "b153-el-odontovourtsa-den-fortizei", "Σοφια Ραπτη <sofia.rapti@example.gr>", "Οδοντοβουρτσα", "technical", "",
"""Καλημερα. Η ηλεκτρικη οδοντοβουρτσα που αγορασα απο το φαρμακειο σας
στο Ηρακλειο πριν δυο μηνες δεν φορτιζει πια. Τη βαζω στη βαση και δεν
αναβει καθολου το λαμπακι. Δοκιμασα και σε αλλη πριζα. Τι κανω;

Σοφια Ραπτη"""),
("el", "b153-el-thermofora-spitha", "Ευάγγελος Μάνος <evangelos.manos@example.gr>", "Ηλεκτρική θερμοφόρα", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι χθες το βράδυ, όπως άναβα την ηλεκτρική
θερμοφόρα που αγόρασα από εσάς, πετάχτηκε μια σπίθα εκεί που το καλώδιο
μπαίνει στον διακόπτη και μύρισε καμένο. Την έβγαλα αμέσως από την
πρίζα. Στο σημείο το πλαστικό έχει μαυρίσει λίγο.

Δεν τη χρησιμοποιώ πια. Πείτε μου πώς να προχωρήσω.

Ευάγγελος Μάνος
Ιωάννινα"""),
("el", "b153-el-gl-mpataria-amaksidiou-fouskwse", "Kostas Lygeros <kostas.lygeros@example.gr>", "mpataria", "technical", "high",
"""Kalhspera. H mpataria tou hlektrikou amaksidiou ths mhteras mou exei
fouskwsei, to kapaki den kleinei pia kai otan fortizei zestainetai
poly, den thn pianeis me to xeri. Thn exoume vgalei apo thn priza kai
thn afhsame sto mpalkoni. To amaksidio to phrame apo sas to 2022.
Ti prepei na kanoume?
Kostas"""),
("el", "b153-el-farmakeio-syntages-ektelesi", "Φαρμακείο Σ. Καλογεράκη <farmakeio.kalogeraki@example.gr>", "Το πρόγραμμα", "technical", "high",
"""Καλημέρα,

Από τις 8:30 το πρόγραμμα σας δεν ανοίγει σε κανέναν από τους τρεις
υπολογιστές του φαρμακείου, μένει στο «Σύνδεση στον διακομιστή...».
Έξω έχουμε ουρά, δεν μπορούμε να εκτελέσουμε ούτε μία συνταγή ούτε να
κόψουμε απόδειξη, και στέλνουμε τον κόσμο σε άλλα φαρμακεία. Έχουμε
κάνει επανεκκίνηση στο router και στα PC.

Παρακαλώ να μας πάρει κάποιος τεχνικός στο 2821 0XXXXX.

Στέλιος Καλογεράκης
Φαρμακοποιός, Χανιά"""),
("el", "b153-el-gl-akoustiko-3i-episkeui-dieythyntis", "Tasoula Ntina <tasoula.ntina@example.gr>", "TRITH FORA", "technical", "high",
"""Kalhmera,

To akoustiko ths mhteras mou (to deksi) einai trith fora gia episkeuh se
treis mhnes. Kai tis treis fores mas to epistrefete "ftiagmeno" kai meta
apo mia evdomada svhnei pali kai vgazei mono sfyrigma. H mhtera mou einai
85 xronwn kai xwris auto den akouei to thlefwno.

Den 8elw allh episkeuh apo to idio tmhma. 8elw na mou thlefwnhsei o
dieu8ynths tou katasthmatos h kapoios anwteros.

Tasoula Ntina
Serres"""),
("el", "b153-el-kodikos-email-epanaforas", "Χριστίνα Λιάπη <christina.liapi@example.gr>", "Κωδικός", "technical", "",
"""Ξέχασα τον κωδικό μου και πατάω «Επαναφορά κωδικού», αλλά το email δεν
έρχεται ποτέ, ούτε στα ανεπιθύμητα. Το email μου είναι αυτό εδώ. Πώς
αλλιώς μπορώ να μπω στον λογαριασμό;"""),
("el", "b153-el-gl-error-500-epeigon", "Makis Fotiou <makis.fotiou@example.gr>", "EPEIGON!!!", "technical", "",
"""EPEIGON!!! Pathw "oloklhrwsh paraggelias" kai mou vgazei "Error 500".
Dokimasa apo kinhto kai apo laptop. 8elw na parw ena sampouan kai mia
kremoula prin teleiwsei h prosfora apopse, ti na kanw???"""),
("el", "b153-el-re-metritis-sakxarou-err", "Ανδρέας Κουκουλάκης <andreas.koukoulakis@example.gr>", "Re: Αίτημα 4471 - μετρητής σακχάρου", "technical", "",
"""Καλησπέρα κυρία Δέσποινα,

Άλλαξα κουτί ταινίες όπως μου είπατε, από άλλη παρτίδα. Ο μετρητής
συνεχίζει να βγάζει «Err 5» σε κάθε δεύτερη μέτρηση. Ελέγχω τώρα με τον
παλιό μου μετρητή. Να σας τον στείλω;

Ανδρέας

> Στις 12/3, η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητέ κύριε Κουκουλάκη, το σφάλμα Err 5 εμφανίζεται συνήθως με
> ταινίες από υγρασία. Δοκιμάστε ένα καινούργιο κουτί ταινιών και
> ενημερώστε μας.
> Δέσποινα"""),
("el", "b153-el-mpataries-675-mia-mera", "Γεωργία Σαββίδου <georgia.savvidou@example.gr>", "Μπαταρίες 675", "technical", "",
"""Καλημέρα σας. Οι μπαταρίες 675 που μου ήρθαν στο τελευταίο δέμα κρατάνε
μία μέρα η καθεμιά, ενώ οι προηγούμενες κρατούσαν μια εβδομάδα. Έχω
ανοίξει ήδη τέσσερις, όλες το ίδιο. Μήπως είναι ελαττωματική η
παρτίδα;
Γεωργία Σαββίδου, Θεσσαλονίκη"""),
("el", "b153-el-krevati-tilexeiristirio", "Παύλος Ιωαννίδης <pavlos.ioannidis@example.gr>", "Νοσοκομειακό κρεβάτι", "technical", "",
"""Το τηλεχειριστήριο του ηλεκτρικού κρεβατιού που μας φέρατε τον
Ιανουάριο σταμάτησε να κάνει τη ράχη πάνω-κάτω. Τα πόδια δουλεύουν
κανονικά. Ελέγξαμε το φις και το καλώδιο. Μπορεί να περάσει κάποιος να
το δει; Μένουμε στην Καλαμαριά.

Παύλος Ιωαννίδης"""),
("el", "b153-el-gl-ypenthymiseis-xapia", "Roula Z. <roula.z@example.gr>", "Notifications", "technical", "",
"""Geia sas, sthn efarmogh exw valei ypenthymiseis gia ta xapia ths piesis
kai tou 8yroeidh, alla edw kai mia evdomada den mou erxetai kamia
eidopoihsh. Oi eidopoihseis einai anoixtes sto kinhto (Samsung A54).
Mhpws fteei to teleutaio update?"""),
("el", "b153-el-oxygono-synagermos", "Θεοδώρα Μαυρίδη <theodora.mavridi@example.gr>", "Συμπυκνωτής οξυγόνου", "technical", "high",
"""Καλησπέρα,

Ο συμπυκνωτής οξυγόνου που νοικιάζουμε από εσάς για τη μητέρα μου
χτυπάει συναγερμό εδώ και μία ώρα και η λυχνία «χαμηλή συγκέντρωση»
είναι αναμμένη. Η μητέρα μου έχει ΧΑΠ και τον χρειάζεται όλη τη νύχτα.
Της έχουμε βάλει τη φιάλη που μας αφήσατε για έκτακτη ανάγκη, αλλά δεν
ξέρουμε πόσο θα κρατήσει.

Χρειαζόμαστε τεχνικό ή άλλο μηχάνημα απόψε.

Θεοδώρα Μαυρίδη
Νέα Σμύρνη"""),
# general
("el", "b153-el-efimeria-kyriaki", "Αλέξης Νικολαΐδης <alexis.nikolaidis@example.gr>", "Εφημερία", "general", "",
"""Καλημέρα, το φαρμακείο σας στην Τούμπα εφημερεύει αυτή την Κυριακή; Η
λίστα στο site σας γράφει άλλο από αυτό που λέει ο ΦΣΘ."""),
("el", "b153-el-gl-eyxaristw-kyria-maria", "Dina Papadaki <dina.papadaki@example.gr>", "eyxaristw", "general", "",
"""Kalhspera,

H8ela na pw ena megalo eyxaristw sthn kyria Maria sto farmakeio sthn
Kypselh. O mikros mou eixe pyreto kai htan 11 to vrady, mou eksigise me
ypomonh ti na dwsw kai se ti dosologia, kai me pire kai thlefwno thn
allh mera na dei ti kanei to paidi! Tetoioi an8rwpoi den yparxoun pia.

Dina"""),
("el", "b153-el-amaxidio-apokleistike-diefthyntis", "Ιάκωβος Φραγκιαδάκης <iakovos.fragkiadakis@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Την Πέμπτη το απόγευμα πήγα στο κατάστημά σας στο Ηράκλειο με το
αναπηρικό μου αμαξίδιο. Η υπάλληλος στο ταμείο αρνήθηκε να με
εξυπηρετήσει από την πλαϊνή πόρτα, μου είπε «περιμένετε έξω, θα
βγει κάποιος όταν ευκαιρήσει» και με άφησε στη βροχή είκοσι λεπτά. Όταν
διαμαρτυρήθηκα, μου μίλησε ειρωνικά μπροστά σε άλλους πελάτες.

Ζητώ να ενημερωθεί ο διευθυντής του καταστήματος και να επικοινωνήσει
μαζί μου ο ίδιος.

Ιάκωβος Φραγκιαδάκης
6944 XXX XXX"""),
("el", "b153-el-ksexasa-gyalia", "Ευτυχία Δρόσου <eftychia.drosou@example.gr>", "Γυαλιά", "general", "",
"""Καλησπέρα σας. Νομίζω ότι ξέχασα τα γυαλιά μου πάνω στον πάγκο στο
φαρμακείο σας στο Παγκράτι την Τρίτη το πρωί, όταν πήρα τα φάρμακα του
άντρα μου. Είναι καφέ κοκάλινα σε μαύρη θήκη. Τα βρήκε κανείς;

Ευτυχία Δρόσου"""),
("el", "b153-el-gl-allagi-kinhtou", "Lefteris B. <lefteris.b@example.gr>", "allagh thlefwnou", "general", "",
"""Geia, alla3a ari8mo kinhtou. Mporeite na valete sto logariasmo mou to
6971234567 anti gia to palio? Ta SMS gia thn paralavh erxontai sto palio.
Eyxaristw, Lefteris"""),
("el", "b153-el-diagrafi-dedomenon-gdpr", "Ολγα Πετρακη <olga.petraki@example.gr>", "Διαγραφη στοιχειων", "general", "",
"""Αξιοτιμοι κυριοι,

Συμφωνα με τον Γενικο Κανονισμο Προστασιας Δεδομενων (GDPR) ζητω τη
διαγραφη του λογαριασμου μου και ολων των προσωπικων μου δεδομενων απο
το ηλεκτρονικο σας φαρμακειο, καθως και τη διακοπη αποστολης
διαφημιστικων email και SMS. Παρακαλω να μου επιβεβαιωσετε γραπτως οτι
εγινε.

Ολγα Πετρακη"""),
("el", "b153-el-rampa-spasmeni", "Χαράλαμπος Τσολάκης <charalampos.tsolakis@example.gr>", "Η ράμπα στην είσοδο", "general", "high",
"""Καλησπέρα,

Η μεταλλική ράμπα στην είσοδο του φαρμακείου σας στην οδό Ερμού στον
Βόλο έχει ξεκολλήσει από τη μία πλευρά και κουνιέται όταν πατάς. Σήμερα
η μητέρα μου, που περπατάει με περπατούρα, γλίστρησε πάνω της και
κόντεψε να πέσει στο πεζοδρόμιο. Ευτυχώς την πρόλαβα.

Το είπα στον υπάλληλο, μου είπε ότι «το ξέρουν». Πριν χτυπήσει κάποιος,
φτιάξτε την.

Χαράλαμπος Τσολάκης"""),
("el", "b153-el-gl-dema-periptero", "Spyros Alexandrou <spyros.alex@example.gr>", "paradosh", "general", "",
"""Kalhmera, sthn paraggelia 71502 mporei o kourieris na afhsei to dema
sto periptero ths gwnias (Patision kai Kodrigktwnos)? Ton kyrio Mitso
ton kserei, mou kratane panta ta demata. Leipw olh mera sth douleia."""),
("el", "b153-el-xorigia-kataskinosi", "Σύλλογος Γονέων 4ου Δημοτικού Λαμίας <syllogos.4dim.lamias@example.gr>", "Αίτημα χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 4ου Δημοτικού Σχολείου Λαμίας
οργανώνει τον Ιούνιο τριήμερη εκδρομή για 60 παιδιά. Θα θέλαμε να σας
ρωτήσουμε αν θα μπορούσατε να μας ενισχύσετε με δύο-τρία φαρμακεία
πρώτων βοηθειών. Με χαρά θα αναφέρουμε την εταιρεία σας στην ανακοίνωση
της εκδρομής και στη σελίδα του συλλόγου.

Με εκτίμηση,
Για το ΔΣ,
Αθηνά Ρήγα"""),
("el", "b153-el-metrisi-ostoporosis", "Ρένα Καλλέργη <rena.kallergi@example.gr>", "Μέτρηση οστεοπόρωσης", "general", "",
"""Είδα στη σελίδα σας ότι κάνετε δωρεάν μέτρηση οστικής πυκνότητας στα
καταστήματα μέσα στον Οκτώβριο. Πότε έρχεστε στην Κέρκυρα και χρειάζεται
ραντεβού;"""),
("el", "b153-el-gl-geia-sas-riniko-spray", "Marios <marios.k@example.gr>", "Geia sas", "general", "",
"""exete to rinko spray me to 8alassino nero gia mwra sto katasthma tou
Peristeriou h na paw sto Aigalew? Thelw na to parw apopse"""),
("el", "b153-el-emvolio-gripis-rantevou", "Στέφανος Αργυρίου <stefanos.argyriou@example.gr>", "Εμβόλιο γρίπης", "general", "",
"""Καλημέρα σας,

Κάνετε εμβόλιο γρίπης στο φαρμακείο ή πρέπει να πάω στον γιατρό; Είμαι
67 χρονών και έχω τη συνταγή. Αν το κάνετε, χρειάζεται ραντεβού;

Ευχαριστώ,
Στέφανος Αργυρίου"""),
("el", "b153-el-paradosi-fotia-epainos", "Νεφέλη Οικονόμου <nefeli.oikonomou@example.gr>", "Μπράβο σας", "general", "",
"""Καλησπέρα! Η παράδοση ήταν φωτιά, παρήγγειλα το πρωί και το απόγευμα
το είχα στα χέρια μου στο Χαλάνδρι. Και ο οδηγός πολύ ευγενικός. Απλά
ήθελα να το πω, συνεχίστε έτσι!

Νεφέλη"""),
# ---------------- Spanish ----------------
("es", "b153-es-cobro-doble-parafarmacia", "Lucía Herrero <lucia.herrero@example.es>", "Pedido 71024", "billing", "",
"""Hola,

Hice un pedido en vuestra parafarmacia online el domingo (crema solar y
colágeno, 32,95 €) y en el banco me aparecen dos cargos iguales. Solo
recibí un paquete y un correo de confirmación. ¿Me podéis devolver el
cargo que sobra?

Gracias,
Lucía Herrero"""),
("es", "b153-es-mx-mama-se-muda-panales", "Verónica Salinas <veronica.salinas@example.com.mx>", "Suscripción de mi mamá", "billing", "",
"""Buenas tardes,

Mi mamá tenía la suscripción mensual de pañales para adulto y toallitas
($1,240 MXN al mes) a su domicilio en Puebla. Desde la semana pasada se
fue a vivir con mi hermana a Monterrey y allá ya le compran todo en la
farmacia de la esquina, así que ya no la va a necesitar. ¿Me pueden
ayudar a darla de baja para que no se haga el cargo del día 20?

Saludos,
Verónica Salinas"""),
("es", "b153-es-ar-cuotas-silla-ruedas", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "consulta cuotas", "billing", "",
"""Hola, como va. Quería saber si la silla de ruedas plegable de aluminio
($485.000) la puedo pagar en cuotas sin interés con Visa del Banco
Nación, y en cuantas. En la web solo me aparece hasta 3. Gracias!
Martín, Córdoba"""),
("es", "b153-es-factura-nif-botiquines", "Administracion <admin@talleresbernal.example>", "Factura botiquines", "billing", "",
"""Buenos dias,

Hemos recibido los 8 botiquines de empresa y las reposiciones (pedido
55902, 286,40 euros). Necesitamos factura completa a nombre de la empresa,
no el ticket simplificado que venia en la caja:

Talleres Bernal S.L.
CIF B00000000
Pol. Ind. La Paz, nave 14, 44195 Teruel

Un saludo,
Mercedes Pina
Administracion"""),
("es", "b153-es-andador-cambio-modelo", "Ramón Calvo <ramon.calvo@example.es>", "Andador", "billing", "",
"""Buenas,

Compré la semana pasada en vuestra ortopedia de Valladolid un andador de
cuatro ruedas para mi mujer, pero pesa demasiado y no es capaz de
meterlo en el coche. ¿Lo puedo cambiar por el modelo ligero de carbono?
Sé que es más caro, pago la diferencia sin problema. El andador está
como nuevo, solo lo ha usado dos días por casa.

Ramón Calvo"""),
("es", "b153-es-co-pausar-club-embarazo", "Daniela Ospina <daniela.ospina@example.com.co>", "Mi plan de vitaminas", "billing", "",
"""Hola, buen día.

Estoy en el club de vitaminas con el envío mensual de $89.900. Resulta
que estoy embarazada (!!) y la ginecóloga me cambió todo y me dijo que
no tome esas mientras tanto. No quiero cancelar del todo porque después
del bebé las voy a volver a necesitar. ¿Se puede dejar quieto el plan
unos nueve o diez meses sin que me cobren?

Mil gracias,
Daniela Ospina
Medellín"""),
("es", "b153-es-colchon-antiescaras-omic", "Javier Domínguez <javier.dominguez@example.es>", "Reclamación devolución colchón antiescaras", "billing", "high",
"""Buenos días:

El 2 de abril compré en su tienda online un colchón antiescaras de aire
(219 €). Lo devolví sin abrir dentro del plazo de 14 días, como indica
su propia web, y tengo el justificante de entrega de la mensajería. Hoy
me contestan que "los productos sanitarios no admiten devolución" y que
no me devuelven el dinero.

El colchón llegó precintado y así lo devolví. Si en diez días no tengo
el reembolso, presentaré una reclamación en la OMIC de mi ayuntamiento
y ante Consumo.

Atentamente,
Javier Domínguez Sanz"""),
("es", "b153-es-mx-membresia-profeco", "Alejandro Cárdenas <alejandro.cardenas@example.com.mx>", "Cobros que no autoricé", "billing", "high",
"""A quien corresponda:

Desde enero me están cobrando $299 MXN cada mes por una "membresía
Premium" de su farmacia en línea que nunca contraté. Solo hice una
compra en diciembre. Ya van cuatro cargos, $1,196 en total.

Exijo que me devuelvan todo y cancelen ese cargo. Si no recibo
respuesta esta semana voy a presentar la queja en Profeco.

Alejandro Cárdenas
Guadalajara, Jal."""),
("es", "b153-es-ar-nebulizador-desconozco", "Gabriela Sosa <gabriela.sosa@example.com.ar>", "Pedido 9134 nunca llegó", "billing", "high",
"""Hola. Pagué $96.500 con tarjeta por un nebulizador ultrasónico el
15/3, pedido 9134. Nunca llegó, el seguimiento está igual hace un mes y
por WhatsApp nadie contesta.

Les doy hasta el viernes para devolverme la plata. Si no, desconozco el
pago con el banco y que lo resuelvan ellos.

Gabriela Sosa"""),
("es", "b153-es-envio-gratis-supervisor", "Montserrat Puig <montse.puig@example.es>", "Cuarta vez que me cobran el envío", "billing", "high",
"""Hola,

Tengo la suscripción de líquido para lentillas y en las condiciones pone
bien claro "envío gratis". Es la CUARTA vez que me cobran 4,95 € de
envío. Las tres anteriores me lo devolvieron después de llamar, y siempre
me dicen que "ya está corregido".

Ya no quiero hablar más con el servicio de atención. Quiero que me
llame un supervisor o un responsable que lo arregle de verdad, y que me
devuelvan estos 4,95 €.

Montserrat Puig
Girona"""),
("es", "b153-es-re-reembolso-parcial", "Pablo Ortega <pablo.ortega@example.es>", "Re: Su pedido 22817 - reembolso", "billing", "",
"""Hola Nuria,

Me habéis devuelto 18,00 € pero el pedido entero fueron 26,50 €. Las
dos cajas de tiritas sí os las devolví, las tenéis en la misma caja.
¿Podéis revisarlo?

Gracias,
Pablo

El jue, 16 may 2024 a las 10:21, Atención al Cliente escribió:
> Estimado Pablo:
> Le confirmamos que hemos tramitado el reembolso de su devolución. Lo
> verá reflejado en su cuenta en un plazo de 5 a 7 días hábiles.
> Un saludo,
> Nuria"""),
("es", "b153-es-cl-boleta-isapre", "Francisca Muñoz <francisca.munoz@example.cl>", "boleta para la isapre", "billing", "",
"""Hola, necesito la boleta electrónica de la compra de los audífonos
(pedido 30411, $1.290.000) con mi RUT para pedir el reembolso en la
isapre. En el correo solo me llegó el comprobante de pago y la isapre
no lo acepta. Gracias. Francisca Muñoz, Viña del Mar"""),
("es", "b153-es-cupon-no-aplicado", "Sergio Lozano <sergio.lozano@example.es>", "cupon", "billing", "",
"""hola, tenia un cupon de 10 euros por compras superiores a 40 y al pagar
no se descontaba, puse el codigo dos veces. Al final compre igual porque
me hacia falta el protector solar para el viaje. Me lo podeis devolver
o dejar el cupon activo para la proxima?"""),
# technical
("es", "b153-es-receta-no-sube-no-cobro", "Inmaculada Reyes <inma.reyes@example.es>", "Web", "technical", "",
"""Buenas tardes,

No es un tema de cobros ni de ningún pedido. Es que al subir la foto de
la receta veterinaria para el antiinflamatorio del perro, la web se
queda pensando con la ruedecita y al minuto sale "ha ocurrido un error".
Lo he probado desde el móvil y desde el ordenador de casa.

Inma"""),
("es", "b153-es-mx-termometro-lecturas", "Ricardo Fuentes <ricardo.fuentes@example.com.mx>", "termometro", "technical", "",
"""Buenas, compré el termómetro infrarrojo de frente y me marca 35.2 en
todos, hasta a mi esposa que tenía fiebre. Ya le cambié las pilas y lo
usé como dice el instructivo, a 3 cm. ¿Viene mal calibrado?"""),
("es", "b153-es-cargador-silla-humo", "Dolores Martín <dolores.martin@example.es>", "Cargador de la silla", "technical", "high",
"""Buenos días,

Les escribo para comentarles que anoche el cargador de la silla de
ruedas eléctrica de mi marido empezó a echar un poco de humo por la
rejilla y olía a quemado. Lo desenchufé enseguida y lo saqué a la
terraza. La silla la compramos en su tienda de Murcia en octubre.

Ahora la silla tiene poca batería y mi marido no puede salir sin ella.
¿Cómo lo hacemos?

Un saludo,
Dolores Martín"""),
("es", "b153-es-grua-brazo-baja-solo", "Óscar Benítez <oscar.benitez@example.es>", "Grúa de traslado", "technical", "high",
"""Hola:

La grúa eléctrica de traslado que alquilamos para mi padre hace una cosa
rara: cuando está levantado en el arnés, el brazo a veces baja unos
centímetros de golpe, sin tocar el mando. Ayer bajó con él encima de la
cama y se llevó un buen susto. Hemos dejado de usarla y lo estamos
moviendo entre dos.

Necesitamos que alguien la revise o la cambie.

Óscar Benítez
Alcalá de Henares"""),
("es", "b153-es-centro-auditivo-programa", "Centro Auditivo Ribera <citas@auditivoribera.example>", "Programa de adaptación", "technical", "high",
"""Buenos días,

Desde ayer por la tarde el programa de adaptación no reconoce ningún
audífono al conectarlo, ni con el cable ni por el interfaz inalámbrico:
sale "dispositivo no encontrado". Hoy teníamos catorce citas de ajuste y
primeras adaptaciones y ya hemos tenido que mandar a casa a cinco
pacientes, varios de ellos mayores que venían de pueblos de la comarca.

Hemos reinstalado el programa y probado en los dos ordenadores.

Rosa Alcaraz
Centro Auditivo Ribera, Alzira"""),
("es", "b153-es-mx-teleasistencia-boton", "Patricia Garza <patricia.garza@example.com.mx>", "El botón de mi abuelito no funciona", "technical", "high",
"""Hola, buenas noches.

Mi abuelito vive solo en Saltillo y le compramos con ustedes el botón de
emergencia con collar que avisa a nuestros celulares. Desde ayer en la
tarde presiona el botón y no nos llega nada, la lucecita ya no prende.
Lo cargamos toda la noche. Él tiene 88 años y ya se ha caído dos veces
este año.

Por favor díganme qué hacer, hoy mi tía se va a quedar con él pero mañana
se queda solo otra vez.

Patricia Garza"""),
("es", "b153-es-co-tensiometro-sic", "Hernán Rodríguez <hernan.rodriguez@example.com.co>", "Tensiómetro defectuoso - segundo", "technical", "high",
"""Señores,

El tensiómetro digital que les compré en febrero salió defectuoso: da
errores y apagones en plena medición. Me lo cambiaron en marzo y el
segundo hace exactamente lo mismo. Soy hipertenso y el médico me pidió
control diario.

No estoy pidiendo la devolución del dinero, quiero un equipo que
funcione. Si esta semana no me dan una solución, radicaré una queja
ante la Superintendencia de Industria y Comercio por garantía.

Hernán Rodríguez
Bogotá"""),
("es", "b153-es-usuario-bloqueado", "Carmen Vidal <carmen.vidal@example.es>", "No puedo entrar", "technical", "",
"""Buenos días, al intentar entrar en mi cuenta me sale "usuario bloqueado
por demasiados intentos". Ya ha pasado un día entero y sigue igual. ¿Me
lo podéis desbloquear? Gracias. Carmen"""),
("es", "b153-es-ar-app-se-cierra", "Facundo Luna <facundo.luna@example.com.ar>", "LA APP NO ANDA", "technical", "",
"""LA APP NO ANDA. La abro y se cierra sola, ni llego a ver la pantalla de
inicio. Ya la desinstalé dos veces. Tengo un Motorola G32. Necesito
pedir las gotas de mi vieja, arreglen eso che"""),
("es", "b153-es-re-sacaleches-sin-succion", "Elena Navarro <elena.navarro@example.es>", "Re: Incidencia 5532 - sacaleches", "technical", "",
"""Hola Marta,

He cambiado las válvulas y la membrana con el kit que me mandasteis,
pero sigue igual: el motor suena y la pantalla va bien, pero no succiona
nada en ninguno de los dos lados. ¿Qué más puedo probar?

Elena

----- Mensaje original -----
De: Atención al Cliente
Asunto: Incidencia 5532 - sacaleches

Hola Elena, en la mayoría de los casos la falta de succión se debe a
las válvulas o la membrana. Te enviamos un kit de repuesto sin coste.
Un saludo, Marta"""),
("es", "b153-es-pilas-audifono-descargadas", "Antonio Gil <antonio.gil@example.es>", "Pilas", "technical", "",
"""Muy señores míos:

Las pilas del número 10 para audífonos que me llegaron el martes vienen
descargadas. Quito la pegatina, espero el minuto que dicen, y el
audífono no se enciende. Con las de la farmacia del barrio funciona bien.
Ya he probado ocho de la caja.

Antonio Gil Moreno
Badajoz"""),
("es", "b153-es-cl-rut-no-valido", "Ignacio Rojas <ignacio.rojas@example.cl>", "no me deja comprar", "technical", "",
"""Hola, al finalizar la compra me dice "RUT no válido" y está bien
escrito, con guion y dígito verificador (K). Probé sin puntos y con
puntos. Es la web o soy yo?"""),
("es", "b153-es-bascula-pesa-mal", "Nuria Castillo <nuria.castillo@example.es>", "Bascula", "technical", "",
"""hola, la bascula de bioimpedancia que compre en la tienda de Gijon me
da un peso distinto cada vez que me subo, hasta 3 kilos de diferencia
en un minuto. esta en suelo de baldosa, no en alfombra. pilas nuevas.
un saludo"""),
("es", "b153-es-mx-urgente-humidificador", "Lorena Jiménez <lorena.jimenez@example.com.mx>", "URGENTE", "technical", "",
"""URGENTE porfa!! El humidificador que compré el sábado no prende, ni la
luz azul. Tiene agua, está enchufado, probé en otro contacto. Lo quería
para el cuarto de la niña que anda con tos."""),
# general
("es", "b153-es-guardia-agosto", "José Luis Moreno <joseluis.moreno@example.es>", "Horario agosto", "general", "",
"""Buenas, ¿la farmacia de la calle Mayor de Alcalá cierra en agosto por
vacaciones o solo hace horario de mañana? Y si cierra, ¿cuál es la de
guardia más cerca?"""),
("es", "b153-es-ar-gracias-farmaceutica", "Silvina Acosta <silvina.acosta@example.com.ar>", "Gracias", "general", "",
"""Hola!

Les escribo para agradecer a Romina, la farmacéutica de la sucursal de
Palermo. Mi papá tiene Alzheimer y estaba confundido con los
remedios; ella se tomó media hora para armarle un pastillero y hacerle
una planilla con colores. Un amor. Que alguien se lo diga, por favor.

Silvina"""),
("es", "b153-es-vigilante-hijo-autista", "Beatriz Cano <beatriz.cano@example.es>", "Trato del vigilante a mi hijo", "general", "high",
"""Buenas tardes:

Ayer por la tarde, en su farmacia del centro comercial Nueva Condomina,
el vigilante de seguridad agarró del brazo a mi hijo de 12 años, que es
autista, y le acusó delante de todo el mundo de haber robado porque
llevaba un paquete de chicles en la mano. Lo había cogido para
enseñármelo a mí, que estaba en la cola a dos metros. Mi hijo tuvo una
crisis y tardamos una hora en calmarlo.

Quiero hablar con el responsable de la farmacia y con quien gestione la
seguridad. Esto no puede quedar así.

Beatriz Cano"""),
("es", "b153-es-mx-bolsa-olvidada", "Rosa María Treviño <rosamaria.trevino@example.com.mx>", "Olvidé una bolsa", "general", "",
"""Buenas tardes, el jueves olvidé una bolsa de tela verde en el mostrador
de la sucursal de Av. Revolución, traía unos lentes y un rosario de mi
mamá. ¿Alguien la entregó? Puedo pasar mañana."""),
("es", "b153-es-cambio-correo", "Alberto Pascual <alberto.pascual@example.es>", "Cambio de correo", "general", "",
"""Hola, he cambiado de correo electrónico. A partir de ahora, por favor,
usad alberto.pascual.nuevo@example.es para la cuenta y las
notificaciones. El antiguo lo voy a cerrar este mes. Gracias."""),
("es", "b153-es-co-habeas-data", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Solicitud de información personal", "general", "",
"""Señores,

En ejercicio del derecho de habeas data (Ley 1581 de 2012) solicito que
me informen qué datos personales míos tienen almacenados, con qué
finalidad los usan y si los han compartido con terceros, en particular
con laboratorios o aseguradoras.

Cédula: 1.000.000.000

Camilo Restrepo"""),
("es", "b153-es-conserjeria-entrega", "Marta Iglesias <marta.iglesias@example.es>", "Entrega pedido", "general", "",
"""Hola, el pedido que hice ayer, ¿lo podéis dejar en conserjería si no
estoy? El conserje está de 8 a 15. Es en la calle Colón 23 de Valencia.
Gracias!"""),
("es", "b153-es-patrocinio-baloncesto", "Club Baloncesto Alcorcón <cbalcorcon@example.org>", "Propuesta de patrocinio", "general", "",
"""Buenos días,

Somos un club de baloncesto de base de Alcorcón con 180 niños y niñas.
Buscamos patrocinadores para la temporada que viene y hemos pensado en
su farmacia por la cercanía al pabellón. Ofrecemos el logo en las
camisetas de los equipos de minibasket y en la lona de la pista a
cambio de una aportación o de material (botiquines, vendas, frío
instantáneo).

¿Con quién podríamos hablar?

Un saludo,
Raúl Prieto
Coordinador"""),
("es", "b153-es-mx-jornada-diabetes", "Guadalupe Herrera <guadalupe.herrera@example.com.mx>", "jornada de salud", "general", "",
"""Buen día, vi en Facebook que van a hacer jornada gratuita de
detección de diabetes y presión. ¿Qué día viene a la sucursal de
Querétaro centro y hay que ir en ayunas? Gracias"""),
("es", "b153-es-hola-muletas-ninos", "Silvia Romero <silvia.romero@example.es>", "Hola", "general", "",
"""Hola, ¿tenéis muletas de niño en la tienda de Zaragoza (Delicias)? Mi
hija tiene 7 años y se ha hecho un esguince. Prefiero ir a verlas antes
que pedirlas."""),
("es", "b153-es-ar-cadete-maleducado", "Diego Ramírez <diego.ramirez@example.com.ar>", "el delivery", "general", "",
"""Buenas, quería comentarles que el chico del delivery que vino hoy a la
mañana fue bastante maleducado, me tiró la bolsa casi en la cara y se
fue sin saludar. No es para tanto, el pedido llegó bien, pero me
pareció que tenían que saberlo."""),
("es", "b153-es-elogio-salvado-vida", "Ainhoa Etxeberria <ainhoa.etxeberria@example.es>", "¡Sois unos cracks!", "general", "",
"""¡Hola! Solo escribir para decir que me habéis salvado la vida: pedí el
sábado a las once de la noche la crema para la dermatitis del peque y el
domingo a mediodía estaba en Donosti. Una bomba de servicio. ¡Mil
gracias!

Ainhoa"""),
("es", "b153-es-no-reclamo-veganos", "Clara Benavente <clara.benavente@example.es>", "Pregunta", "general", "",
"""Buenas tardes,

No os escribo para reclamar nada del pedido, que llegó perfecto. Quería
saber si las cápsulas de vitamina B12 y el omega 3 de vuestra marca son
aptos para veganos, porque en la etiqueta no lo pone y las de pescado no
me sirven.

Gracias,
Clara"""),
# ---------------- Polish ----------------
("pl", "b153-pl-podwojne-obciazenie-apteka", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zamówienie 60312", "billing", "",
"""Dzień dobry,

w niedzielę złożyłam zamówienie w Państwa aptece internetowej (witamina
D3, cynk i syrop, razem 89,97 zł). Na koncie widzę dwa obciążenia na tę
samą kwotę, jedno po drugim. Paczka przyszła jedna. Proszę o zwrot
drugiej płatności.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b153-pl-wyprowadzka-norwegia-pakiet", "Tomasz Lis <tomasz.lis@example.pl>", "pakiet witamin", "billing", "",
"""Dzien dobry, sprzedalismy mieszkanie i od czerwca cala rodzina
przenosi sie do Bergen, wiec Wasz pakiet witamin dla rodziny (149 zl
miesiecznie) nam sie juz nie przyda. Prosze go zakonczyc z koncem maja
i nie pobierac oplaty za czerwiec. Dzieki za wszystko.
Tomasz Lis"""),
("pl", "b153-pl-faktura-nip-apteczki", "Biuro <biuro@transbud-logistyka.example>", "Faktura do zamówienia 7719", "billing", "",
"""Dzień dobry,

dziękujemy za szybką dostawę 25 apteczek samochodowych i 10 apteczek
zakładowych. Do paczki dołączony był tylko paragon. Prosimy o
wystawienie faktury VAT na dane:

TRANSBUD Logistyka Sp. z o.o.
ul. Przemysłowa 8, 87-100 Toruń
NIP 000-000-00-00

i przesłanie jej na ten adres.

Z poważaniem
Beata Zielińska
Dział księgowości"""),
("pl", "b153-pl-balkonik-wymiana", "Zdzisław Mazur <zdzislaw.mazur@example.pl>", "Balkonik", "billing", "",
"""Szanowni Państwo,

kupiłem w Państwa sklepie medycznym w Kielcach balkonik na kółkach dla
żony, ale okazał się za szeroki i nie przejeżdża przez drzwi do
łazienki w bloku. Był używany dwa dni. Czy mogę go wymienić na węższy
model? Jeśli jest tańszy, proszę o zwrot różnicy.

Z poważaniem
Zdzisław Mazur"""),
("pl", "b153-pl-raty-skuter", "Karolina Dąbrowska <karolina.dabrowska@example.pl>", "Raty", "billing", "",
"""Hej, czy skuter inwalidzki czterokołowy za 8 990 zł można u Was kupić
na raty 0%? Jeśli tak, to na ile rat i czy trzeba iść do sklepu czy
wszystko przez internet? Kupujemy dla dziadka."""),
("pl", "b153-pl-nfz-zlecenie-pieluchomajtki", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Zlecenie z NFZ", "billing", "",
"""Dzień dobry,

mam zlecenie z NFZ na pieluchomajtki dla mamy na trzy miesiące. Czy mogę
je zrealizować u Państwa przez internet, czy tylko w sklepie
stacjonarnym? I ile wtedy wynosi dopłata, bo wybieramy rozmiar L z
wyższą chłonnością.

Halina Kowalczyk"""),
("pl", "b153-pl-cisnieniomierz-rzecznik", "Marek Jankowski <marek.jankowski@example.pl>", "Odmowa zwrotu - ciśnieniomierz", "billing", "high",
"""Szanowni Państwo,

9 kwietnia odstąpiłem od umowy zakupu ciśnieniomierza (229 zł) zawartej
przez internet i odesłałem go w oryginalnym, nieotwartym opakowaniu.
Dziś otrzymałem odpowiedź, że "wyroby medyczne nie podlegają zwrotowi".
Urządzenie nie było otwierane, a przepisy o odstąpieniu od umowy
przewidują wyjątek tylko dla produktów rozpieczętowanych ze względów
higienicznych.

Wzywam do zwrotu 229 zł w ciągu 7 dni. W przeciwnym razie sprawę
przekażę miejskiemu rzecznikowi konsumentów.

Marek Jankowski
Gdynia"""),
("pl", "b153-pl-anulowane-chargeback", "Paulina Szymańska <paulina.szymanska@example.pl>", "Anulowane zamówienie, a pieniądze?", "billing", "high",
"""Dzień dobry,

zamówienie 44817 (laktator i butelki, 612 zł) zostało anulowane przez
Was 3 tygodnie temu z powodu braku towaru. Pieniądze nadal nie wróciły
na kartę. Trzy maile bez odpowiedzi, infolinia "przekaże dalej".

Jeśli do piątku nie zobaczę zwrotu, składam w banku reklamację
transakcji (chargeback).

Paulina Szymańska"""),
("pl", "b153-pl-cena-polka-kierownik", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "Kasa w aptece na ul. Piotrkowskiej", "billing", "high",
"""Dzień dobry,

na półce przy probiotyku była cena 39,99 zł, a przy kasie naliczono mi
54,99 zł. Pokazałem cenówkę, a pani przy kasie powiedziała, że "system
wie lepiej" i że mogę nie kupować. To już druga taka sytuacja w tej
aptece.

Proszę o zwrot różnicy 15 zł i chcę, żeby sprawą zajął się kierownik
apteki, a nie kolejna osoba z infolinii. Proszę o kontakt od
przełożonego.

Grzegorz Nowicki
Łódź"""),
("pl", "b153-pl-re-zwrot-blik-konto", "Ewelina Kaczmarek <ewelina.kaczmarek@example.pl>", "Re: Zwrot nr ZW/2211", "billing", "",
"""Dzień dobry,

płaciłam BLIK-iem, a w mailu piszecie, że zwrot poszedł przelewem na
numer konta podany w formularzu. Nie podawałam żadnego numeru, bo
formularz go nie wymagał. Gdzie w takim razie są pieniądze (67,50 zł)?

Ewelina

W dniu 14.05.2024 o 11:02, Dział Zwrotów pisze:
> Dzień dobry,
> informujemy, że zwrot ZW/2211 został zaksięgowany, a środki zostały
> przekazane na rachunek bankowy wskazany w formularzu zwrotu.
> Pozdrawiamy, Dział Zwrotów"""),
("pl", "b153-pl-karta-podarunkowa-saldo", "Joanna Pawlak <joanna.pawlak@example.pl>", "karta podarunkowa", "billing", "",
"""Czesc, dostalam od firmy na swieta karte podarunkowa do Waszych drogerii
i aptek na 200 zl. Wydalam czesc w Poznaniu, ale na paragonie nie bylo
salda. Jak sprawdzic ile mi zostalo i czy mozna nia placic w sklepie
internetowym?"""),
("pl", "b153-pl-sanatorium-wstrzymanie", "Stanisława Kubiak <stanislawa.kubiak@example.pl>", "Baterie do aparatu", "billing", "",
"""Szanowni Państwo,

co dwa miesiące dostaję od Państwa pocztą baterie do aparatu słuchowego,
opłacane z góry. Od 3 czerwca wyjeżdżam na 6 tygodni do sanatorium w
Ciechocinku, a potem do córki, i nie będzie nikogo, kto odbierze
przesyłkę. Proszę wstrzymać najbliższą wysyłkę i opłatę do sierpnia.
Nie chcę rezygnować.

Z wyrazami szacunku
Stanisława Kubiak"""),
("pl", "b153-pl-duplikat-paragonu-ulga", "Piotr Wójcik <piotr.wojcik@example.pl>", "Paragon do ulgi", "billing", "",
"""Dzień dobry, potrzebuję duplikatu paragonu albo faktury imiennej za
wózek inwalidzki kupiony w lutym w sklepie w Lublinie (1 780 zł), do
ulgi rehabilitacyjnej w PIT. Oryginał paragonu gdzieś zginął. Płaciłem
kartą 12.02. Czy da się to jakoś odtworzyć?

Piotr Wójcik"""),
# technical
("pl", "b153-pl-e-recepta-nie-platnosc", "Katarzyna Michalska <katarzyna.michalska@example.pl>", "E-recepta", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności, karta działa. Problem w tym, że po wpisaniu
kodu e-recepty i numeru PESEL strona pokazuje "Nie znaleziono recepty",
choć recepta jest w IKP i wczoraj w innej aptece ją widzieli. Próbowałam
na telefonie i komputerze.

Katarzyna"""),
("pl", "b153-pl-inhalator-slabo-paruje", "Rafał Górecki <rafal.gorecki@example.pl>", "inhalator", "technical", "",
"""Inhalator kompresorowy kupiony u Was miesiąc temu prawie nie wytwarza
mgiełki, kompresor pracuje, ale z maski ledwo coś leci. Nowy zestaw
nebulizatora nic nie dał. Leki córka bierze z inhalatora babci, więc
nic się nie pali, ale proszę o info co dalej."""),
("pl", "b153-pl-materac-pompa-spalenizna", "Jadwiga Sadowska <jadwiga.sadowska@example.pl>", "Pompa do materaca", "technical", "high",
"""Dzień dobry,

chciałabym zgłosić, że pompa do materaca przeciwodleżynowego, który
kupiliśmy u Państwa dla męża, w nocy zaczęła trzeszczeć i poczuliśmy
swąd spalenizny. Obudowa przy kablu była bardzo gorąca. Wyłączyłam ją z
gniazdka. Mąż jest leżący, teraz leży na zwykłym materacu i przewracamy
go co dwie godziny.

Proszę o informację, co robić dalej.

Jadwiga Sadowska
Olsztyn"""),
("pl", "b153-pl-kule-blokada-pekla", "Adam Zając <adam.zajac@example.pl>", "Kule łokciowe", "technical", "high",
"""Dzień dobry, w kuli łokciowej kupionej u Was 3 tygodnie temu pękł
plastikowy zatrzask od regulacji wysokości. Wczoraj na schodach kula
nagle się skróciła o kilka centymetrów i prawie spadłem. Jestem po
operacji kolana, więc upadek to byłby dramat. Druga kula ma ten sam
zatrzask i też już luźno chodzi.
Adam Zając"""),
("pl", "b153-pl-sklep-partnerski-stany", "Sklep Medyczny Zdrowie Plus <sklep@zdrowieplus.example>", "Integracja", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem stany magazynowe z Państwa hurtowni nie
synchronizują się z naszym sklepem. Klienci kupują produkty, których
fizycznie nie ma, a to, co mamy, pokazuje się jako niedostępne. Od rana
anulowaliśmy już 60 zamówień i telefon się nie zamyka. Wyłączyliśmy
sprzedaż części kategorii.

Prosimy o pilny kontakt technika: 500 100 200.

Michał Kosiński
Zdrowie Plus, Rzeszów"""),
("pl", "b153-pl-cpap-serwis-przelozony", "Wojciech Baran <wojciech.baran@example.pl>", "CPAP - trzeci raz serwis", "technical", "high",
"""Dzień dobry,

mój aparat CPAP wraca z Państwa serwisu trzeci raz w ciągu dwóch
miesięcy i dalej robi to samo - po godzinie w nocy wyświetla błąd
ciśnienia i się wyłącza. Mam ciężki bezdech senny i bez aparatu śpię po
dwie godziny. Nie chcę zwrotu pieniędzy, chcę sprawnego urządzenia.

Proszę o przekazanie sprawy przełożonemu albo komuś wyżej, bo
rozmowy z infolinią niczego nie zmieniają.

Wojciech Baran
Bielsko-Biała"""),
("pl", "b153-pl-lodowka-insulina-upal", "Magdalena Krawczyk <magdalena.krawczyk@example.pl>", "Lodówka turystyczna na insulinę", "technical", "high",
"""Dzień dobry,

jesteśmy na wakacjach w Bułgarii. Przenośna lodówka na insulinę, którą
kupiłam u Was przed wyjazdem, od rana nie chłodzi - wyświetlacz pokazuje
29 stopni, a na zewnątrz jest 35. Syn ma cukrzycę typu 1 i mamy przy
sobie zapas insuliny na cały tydzień. Na razie trzymamy ją w lodówce w
recepcji hotelu, ale jutro jedziemy dalej.

Czy jest coś, co mogę zrobić z tą lodówką na miejscu?

Magdalena Krawczyk"""),
("pl", "b153-pl-reset-hasla-link", "Andrzej Sikorski <andrzej.sikorski@example.pl>", "haslo", "technical", "",
"""Dzien dobry, link do resetu hasla przychodzi, ale po kliknieciu strona
mowi ze token jest niewazny. Probowalem 4 razy, za kazdym razem nowy
mail. Jak mam sie zalogowac?"""),
("pl", "b153-pl-aplikacja-powiadomienia-odbior", "Natalia Wysocka <natalia.wysocka@example.pl>", "Powiadomienia", "technical", "",
"""Cześć, od aktualizacji aplikacji nie dostaję powiadomień, że zamówienie
jest gotowe do odbioru w aptece. Dowiaduję się dopiero jak sama
sprawdzę. Powiadomienia mam włączone, iPhone 12."""),
("pl", "b153-pl-re-pulsoksymetr-kreski", "Krzysztof Lewandowski <krzysztof.lewandowski@example.pl>", "Re: Zgłoszenie 8812 - pulsoksymetr", "technical", "",
"""Dzień dobry Pani Anno,

wymieniłem baterie na nowe, alkaliczne, i dokładnie wytarłem czujnik.
Dalej pokazuje tylko kreski, u mnie, u żony i u syna. Ręce ciepłe, bez
lakieru. Chyba jest po prostu zepsuty.

Krzysztof Lewandowski

> Dnia 20.03.2024 Obsługa Klienta napisał(a):
> Panie Krzysztofie, prosimy o wymianę baterii i przetarcie czujnika
> wacikiem. Kreski zamiast wyniku oznaczają zwykle słaby sygnał.
> Pozdrawiamy, Anna"""),
("pl", "b153-pl-plyn-soczewki-cieknie", "Monika Zawadzka <monika.zawadzka@example.pl>", "Płyn do soczewek", "technical", "",
"""Dzień dobry, w ostatniej dostawie płynu do soczewek dwie z trzech
butelek cieknie przy zakrętce, nawet dokręcone do oporu. Połowa płynu
była w kartonie. Czy to wadliwa partia? Numer partii na butelce:
L2403-118."""),
("pl", "b153-pl-paczkomat-nie-wybiera", "Łukasz Wieczorek <lukasz.wieczorek@example.pl>", "Zamówienie", "technical", "",
"""Przy składaniu zamówienia mapa z paczkomatami się nie ładuje, jest
tylko szare pole i nie da się wybrać punktu, więc nie mogę przejść
dalej. Chrome i Firefox, to samo. Kraków, jakby to miało znaczenie."""),
("pl", "b153-pl-pilne-kod-sms", "Bożena Czarnecka <bozena.czarnecka@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Aplikacja nie wysyła mi kodu SMS do logowania, czekam już pół
godziny. Chciałam zamówić krem na promocji, która kończy się dzisiaj.
Numer telefonu jest dobry."""),
("pl", "b153-pl-poduszka-masujaca-wylacza", "Ryszard Kołodziej <ryszard.kolodziej@example.pl>", "Poduszka do masażu", "technical", "",
"""Szanowni Panstwo, poduszka do masazu szyi, ktora kupilem w Waszym
sklepie online, wylacza sie po okolo minucie dzialania. Zasilacz jest
podlaczony, dioda swieci. Z gory dziekuje za pomoc.
R. Kolodziej"""),
# general
("pl", "b153-pl-wigilia-godziny", "Ewa Grabowska <ewa.grabowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której będzie otwarta apteka przy Rondzie Mogilskim w
Wigilię i czy w drugi dzień świąt działa? Mama musi odebrać leki."""),
("pl", "b153-pl-podziekowanie-farmaceutka", "Jerzy Pietrzak <jerzy.pietrzak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałbym podziękować pani magister Oli z apteki w Gnieźnie przy ul.
Chrobrego. Kiedy przyszedłem z receptą dla chorej żony, zauważyła, że
lekarz przepisał dawkę dziesięć razy za dużą, zadzwoniła do przychodni i
wszystko wyjaśniła. Bardzo profesjonalnie i z życzliwością.

Jerzy Pietrzak"""),
("pl", "b153-pl-wysmiali-niedoslyszacego", "Anna Sobczak <anna.sobczak@example.pl>", "Zachowanie personelu", "general", "high",
"""Dzień dobry,

w sobotę byłam z tatą (84 lata, niedosłyszy) w Państwa aptece w
Częstochowie przy Alei NMP. Tata kilka razy poprosił o powtórzenie, a
pracownik zaczął do niego krzyczeć sylabami, przedrzeźniał go, a potem
śmiał się z koleżanką za ladą. Tata wyszedł bez leków, był upokorzony.

Żądam rozmowy z kierownikiem apteki i informacji, jakie konsekwencje
zostaną wyciągnięte.

Anna Sobczak"""),
("pl", "b153-pl-zostawiony-parasol", "Teresa Adamczyk <teresa.adamczyk@example.pl>", "parasol", "general", "",
"""Dzien dobry, chyba zostawilam w aptece na Starym Rynku w Plocku czerwony
parasol w kropki, w stojaku przy drzwiach, w czwartek po poludniu. Czy
ktos go znalazl? Odbiore osobiscie. Teresa"""),
("pl", "b153-pl-zmiana-nazwiska", "Aleksandra Nowak-Bielecka <aleksandra.bielecka@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Nowak na Nowak-Bielecka.
Proszę o zmianę danych na koncie klienta i karcie lojalnościowej. Adres
i telefon bez zmian. Dziękuję!"""),
("pl", "b153-pl-rodo-dostep-dane", "Dariusz Lewicki <dariusz.lewicki@example.pl>", "Żądanie RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzacie, w tym historię zakupów w programie lojalnościowym, oraz
komu je udostępniliście. Proszę o odpowiedź na ten adres e-mail.

Dariusz Lewicki"""),
("pl", "b153-pl-schody-oblodzone", "Henryk Wojciechowski <henryk.wojciechowski@example.pl>", "Schody przed sklepem", "general", "high",
"""Dzień dobry,

schody przed Państwa sklepem medycznym przy ul. Słowackiego w Opolu są
od trzech dni oblodzone i nikt ich nie posypuje. Dzisiaj pani z
balkonikiem zjechała z dwóch stopni, dobrze, że ktoś ją złapał. To
sklep dla osób starszych i niepełnosprawnych, więc tym bardziej ktoś
powinien o to dbać.

Henryk Wojciechowski"""),
("pl", "b153-pl-domofon-kod", "Paweł Król <pawel.krol@example.pl>", "dostawa", "general", "",
"""Hej, przy dostawie do domu proszę kuriera o wpisanie kodu 1425# na
domofonie, klatka B, trzecie piętro. Dzwonek u mnie nie działa."""),
("pl", "b153-pl-bieg-charytatywny", "Fundacja Pomocna Dłoń <fundacja@pomocnadlon.example>", "Współpraca - bieg charytatywny", "general", "",
"""Dzień dobry,

Fundacja Pomocna Dłoń organizuje 8 września w Lesznie bieg
charytatywny na rzecz hospicjum dziecięcego. Szukamy partnerów, którzy
mogliby wesprzeć nas apteczkami dla wolontariuszy na trasie i
produktami do pakietów startowych. W zamian oferujemy logo na plakatach
i numerach startowych.

Czy mogę prosić o kontakt do osoby odpowiedzialnej za sponsoring?

Łączę pozdrowienia
Izabela Maciejewska"""),
("pl", "b153-pl-badanie-sluchu-dzien", "Waldemar Duda <waldemar.duda@example.pl>", "Badanie słuchu", "general", "",
"""Dzień dobry, czy w przyszłym tygodniu w Państwa salonie w Gliwicach
jest dzień bezpłatnego badania słuchu? Trzeba się zapisywać wcześniej
czy można przyjść z ulicy?
W. Duda"""),
("pl", "b153-pl-pytanie-recepta-weterynaryjna", "Iwona Borkowska <iwona.borkowska@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy realizujecie recepty od weterynarza? Nasz pies ma
przepisany lek ludzki na serce i nie wiem, czy apteka moze to wydac."""),
("pl", "b153-pl-dramat-ale-pozytywnie", "Kamil Jasiński <kamil.jasinski@example.pl>", "Szacun", "general", "",
"""Dramat, jak szybko działacie :) Zamówiłem o 9 rano, o 14 paczka już
była w paczkomacie. Do tego gratis próbki i odręczna karteczka z
podziękowaniem. Pozdro dla ekipy z magazynu!

Kamil"""),
("pl", "b153-pl-nie-chce-zwrotu-kurier-brama", "Renata Mróz <renata.mroz@example.pl>", "Kurier", "general", "",
"""Dzień dobry,

nie chcę żadnego zwrotu, paczka jest cała i wszystko się zgadza. Chcę
tylko prosić, żeby kurier następnym razem nie zostawiał paczek pod bramą
na ulicy, tylko dzwonił domofonem (mieszkanie 7) albo zostawiał w
sklepie spożywczym na parterze. Tym razem znalazł ją sąsiad.

Renata Mróz
Wrocław"""),
]
