# batch160.py -- labelled mails held out of the tree until the rules it
# measures are final: not to be tuned or trained on.  Kinds of business:
# office services -- printing and copying for offices, shredding, office
# cleaning, water coolers, plant hire for offices, meeting room booking,
# reception services.  Forty mails in each of en, el, es, pl, written
# separately for each language.  The failure classes in new situations --
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, outages of a business told by their consequences, safety hazards
# told calmly, hazards in premises, praise, payment questions -- and
# everyday mail of all three queues.  Greek partly in Greeklish.
# Same tuple format as batch16.py:
# (lang, slug, from, subject, queue, priority, body)
M += [
# ---------------- English ----------------
("en", "b160-en-copier-colour-clicks-mono", "Rachel Dunmore <rachel.dunmore@hallam-surveyors.example>", "Copier meter charges - Q3", "billing", "",
"""Hello,

Our quarterly bill for the Sharp copier on the second floor shows 4,812
colour clicks at 6p each. We almost never print in colour - the machine
is set to mono by default and I checked the meter myself on 30 September:
colour counter 11,204, which is only about 300 more than last quarter's
reading on your previous invoice.

It looks like the reading has been estimated rather than taken. Could
you correct the invoice to the actual figure? Happy to send a photo of
the meter screen.

Regards,
Rachel Dunmore
Office Manager, Hallam Surveyors"""),
("en", "b160-en-cooler-bottles-ten-billed-six", "Niamh Gallagher <niamh@gallagher-physio.example.ie>", "Water bottles", "billing", "",
"""Hi there,

Your driver dropped off six 19L bottles on Tuesday (I signed for six)
but the invoice that came this morning is for ten, €79.50 instead of
€47.70. Can you send a corrected one? We're a small clinic in Galway and
I'd rather not pay for water we didn't get!

Thanks a million,
Niamh"""),
("en", "b160-en-shredding-practice-retiring", "Dr Alan Whitcombe <alan.whitcombe@example.co.uk>", "Our account", "billing", "",
"""Dear Sir or Madam,

After thirty-one years I am hanging up my stethoscope. The practice at
12 Abbey Road, Chesterfield will see its last patients on 28 June and the
premises will be handed back on 5 July.

We shall therefore have no further need of the two locked consoles or
the fortnightly collection after that date. Please arrange a final
collection in the first week of July and let me know what, if anything,
remains to be paid so that I can settle it before the accounts are
closed.

With thanks for many years of reliable service,

Alan Whitcombe"""),
("en", "b160-en-plants-keys-handed-back", "Tahlia Brooks <tahlia@brooks-creative.example.com.au>", "the fig trees", "billing", "",
"""Hey team,

Bit of news - we've handed the keys for the Fitzroy studio back to the
landlord. Everyone's been working from their kitchen tables since March
and honestly nobody wants to go back. So the four fiddle-leaf figs and
the big monstera won't have a home after the 31st.

Can you come and get them and stop the AUD 140 a month? Let me know if
there's anything owing.

Cheers,
Tahlia"""),
("en", "b160-en-cleaning-factory-shutdown", "Graham Pollitt <g.pollitt@pollitt-fabrications.example.co.uk>", "Cleaning over the shutdown", "billing", "",
"""Morning,

We close for the annual shutdown from 26 July to 11 August. There will be
nobody in the offices so there's no point your team coming in. Can the
cleaning be put on hold for those two weeks and left off the August
invoice? Normal service from Monday 12th.

Graham Pollitt
Works Manager"""),
("en", "b160-en-room-cancel-fee-72h", "Marcus Bell <mbell@example.com>", "Cancellation fee?", "billing", "",
"""Hi,

I booked the Hudson room at your Midtown center for April 18 (full day,
$640) and canceled through the portal on April 14 at around 10 a.m.
Your terms say cancellations more than 72 hours out are free. I've just
been charged $320 as a "late cancellation fee". That's four days' notice
by my math.

Could you take another look and reverse the charge?

Thanks,
Marcus Bell"""),
("en", "b160-en-re-invoice-vat-number", "Joanne Pryce <accounts@pryce-lettings.example.co.uk>", "Re: Your invoice 4471", "billing", "",
"""Hi Tom,

Thanks for sending this over so quickly, but our VAT number still isn't
on it - it needs to be GB 284 1190 37 or our accountant won't accept it.
Could you reissue once more?

Jo

> From: Tom Ashby <billing@northgate-reception.example>
> Sent: 3 May 2024 14:02
> Subject: Your invoice 4471
>
> Hi Joanne,
> Please find attached invoice 4471 for April's telephone answering
> service (£186.00 + VAT), reissued with the new company address as
> requested.
> Kind regards, Tom"""),
("en", "b160-en-pay-quarterly-not-monthly", "Venkatesh Iyer <venkatesh.iyer@example.co.in>", "Payment mode for housekeeping contract", "billing", "",
"""Dear Sir/Madam,

We have signed for daily housekeeping at our Whitefield office (contract
ref. HK-2291, Rs 38,500 per month). Our finance team prefers to pay
quarterly in advance by NEFT instead of the monthly card payment that is
set up now. Kindly confirm if this is possible and whether any discount
is applicable for quarterly payment.

Also please advise if GST invoice will be raised for the full quarter.

Thanks and regards,
Venkatesh Iyer
Admin Head"""),
("en", "b160-en-flyers-wrong-date-no-reprint", "Owen Price <owen@price-and-daughters.example.co.uk>", "Job 30917", "billing", "",
"""Hi,

The 2,000 flyers for our open day came back with the date printed as
14 September instead of 21 September - and the proof I approved says
21st, I've checked. The open day is now only four days away so a reprint
is no use to us; we've had some done locally.

I don't want a reprint, I'd just like the £215 refunded please.

Owen Price"""),
("en", "b160-en-hello-reception-calls-only", "Sue Halloran <sue@halloran-interiors.example.ie>", "Hello", "billing", "",
"""Hello,

We're on the full reception package at the moment (front desk, post and
phones). Since we moved the showroom out, nobody visits the office any
more, so we only really need someone to answer the phone. Can we drop
down to the call-answering plan from next month and what would that
cost?

Sue"""),
("en", "b160-en-cleaning-debited-twice-bank", "Farah Siddiqui <farah.siddiqui@example.co.uk>", "Two payments of £1,140", "billing", "high",
"""I run a small dental practice and your office cleaning direct debit
has come out TWICE this month - £1,140 on the 1st and again £1,140 on
the 3rd. That's £2,280 gone from a business account that pays salaries.

I rang on Monday, was told it would be "looked into" and have heard
nothing since. If the second payment isn't back in our account by
Friday I'll raise it with the bank under the Direct Debit Guarantee and
cancel the mandate.

Farah Siddiqui
Practice Owner"""),
("en", "b160-en-cooler-auto-renew-manager", "Peter Lomax <p.lomax@lomax-haulage.example.co.uk>", "Contract renewal - escalate please", "billing", "high",
"""To whoever deals with complaints,

Our water cooler contract has apparently "auto-renewed" for another
three years at £29.95 a month per unit, six units. Nobody told us it was
coming up, there was no letter and no email, and we had already decided
to switch supplier.

I have explained this twice to your customer service team and both times
been read the same paragraph from the terms. I'm not interested in a
third. Please pass this to a manager who can actually make a decision
and have them call me on 01254 000 771.

Peter Lomax
Finance Director, Lomax Haulage"""),
("en", "b160-en-event-suite-deposit-small-claims", "Ciara Dunne <ciara.dunne@example.ie>", "Deposit - Liffey Suite, 9 March", "billing", "high",
"""Dear Sirs,

I paid a €500 damage deposit for the Liffey Suite for our company
training day on 9 March. The room was left exactly as we found it and
your duty manager signed the checkout sheet with no remarks - I have a
copy.

It is now seven weeks later. You have neither returned the deposit nor
told me of any deduction. This is my third request.

If the full €500 is not refunded within 10 days I will file a claim in
the Small Claims Court without further notice.

Ciara Dunne"""),
("en", "b160-en-shredding-exit-fee-consumer-forum", "Ramesh Kulkarni <ramesh.k@kulkarni-associates.example.in>", "Exit charges", "billing", "high",
"""Sir,

We gave 30 days notice to close our document shredding service as our
office is shifting to Pune. Now your team is demanding Rs 18,000 as "exit
charges" which was never mentioned at time of signing. Salesman told
clearly there is no lock-in.

Kindly waive this charge. Otherwise we will be filing complaint in
consumer forum and also approaching our lawyer. Please treat as urgent.

Regards,
Ramesh Kulkarni
Kulkarni & Associates, Chartered Accountants"""),
("en", "b160-en-scan-to-email-after-password", "Dan Whitfield <dan.whitfield@example.co.uk>", "Scan to email", "technical", "",
"""Hi,

Since our IT guy changed the password on the office email account last
Thursday, the Ricoh won't scan to email any more - it just says
"Transmission failed" after about 30 seconds. Printing and copying are
fine. I assume the new password needs putting in somewhere on the copier
but I can't find where. Can someone talk me through it or remote in?

Dan"""),
("en", "b160-en-booking-portal-reset-never-arrives", "Lauren Kowalski <lkowalski@example.com>", "Can't get in", "technical", "",
"""I'm trying to log into the room booking portal to book for next week and
it says my password is wrong. I've clicked "forgot password" four times
now and the reset email never arrives - not in spam either. My username
is lkowalski@example.com. Can you help?"""),
("en", "b160-en-cooler-question-cold-tap", "Bernard Hoskins <bernard.hoskins@example.co.uk>", "Question", "technical", "",
"""Good afternoon,

A question about the water cooler in our reception. The cold tap has
been running lukewarm for about a week. The green light is on and the
machine hums as usual. We have not moved it. Is there a setting we may
have knocked, or does someone need to come out?

Kind regards,
B. Hoskins
Parish Office, St Michael's"""),
("en", "b160-en-visitor-tablet-freezing", "Katie Moran <katie@moran-architects.example.co.uk>", "Sign-in tablet", "technical", "",
"""Hiya, the visitor sign-in tablet on the front desk keeps freezing on the
"take your photo" screen. We've restarted it a few times and it works for
an hour or so and then freezes again. Not the end of the world, our
receptionist is signing people in on paper for now, but could someone
take a look this week?
Katie"""),
("en", "b160-en-account-number-driver-mac", "Hugo Ferrante <hugo@ferrante-studio.example.com>", "Account 88213", "technical", "",
"""Hi - putting our account number in the subject as your form asked, but
this isn't about the account or the bill.

After updating to macOS Sonoma, two of our Macs can't print to the
Konica you lease us. The driver from your downloads page fails with
"the installer encountered an error", and the generic driver prints
everything at the wrong size. The PCs are fine.

Is there a newer driver?

Hugo"""),
("en", "b160-en-console-lock-jammed", "Sandra Okafor <sandra.okafor@example.co.uk>", "Confidential waste bin", "technical", "",
"""Hello,

The lock on the grey confidential waste console by the HR office has
jammed - the key goes in but won't turn, and the slot flap is stuck shut
so nobody can post anything into it. We're putting papers in a box in a
locked cupboard in the meantime. Could you send someone with a
replacement lock or console?

Sandra Okafor
HR Administrator"""),
("en", "b160-en-planter-sensor-offline", "Jess Harlow <jess.harlow@example.com>", "Planters showing offline", "technical", "",
"""Hi!

Nothing wrong with the plants themselves - they look gorgeous, the
technician does a great job. It's the little moisture sensors. Since
Wednesday all six planters show "offline" in the app and I'm getting
"check water level" alerts every hour. We haven't changed the WiFi.

Can you reset them remotely or do they need new batteries?

Jess, Level 4, Harbour Point"""),
("en", "b160-en-engineer-no-show-jam", "Clive Masters <clive.masters@example.co.uk>", "URGENT!!! COPIER STILL JAMMING", "technical", "",
"""I WAS PROMISED AN ENGINEER ON TUESDAY. NOBODY CAME. NOBODY RANG.

The copier in the post room is STILL jamming on every second sheet from
tray 2. We are using the one upstairs meanwhile but I am fed up of
walking up two flights of stairs for every letter.

Please send someone this week and actually turn up this time.

Clive Masters"""),
("en", "b160-en-cooler-tingle-hot-tap", "Moira Fenwick <moira.fenwick@example.co.uk>", "Water cooler in the staff kitchen", "technical", "high",
"""Hello,

Two of my colleagues have mentioned that they felt a tingle - one
described it as a small shock - when touching the metal drip tray on
the cooler in our staff kitchen while filling a cup from the hot tap.
I tried it myself this morning and felt it too.

I have unplugged the cooler and put a note on it. Could an engineer come
and check it, and could you let me know whether we should leave it
unplugged until then?

Kind regards,
Moira Fenwick
Facilities, Ravensworth Housing"""),
("en", "b160-en-copier-smoke-fuser", "Tom Llewellyn <tom.llewellyn@example.co.uk>", "Copier - ground floor", "technical", "high",
"""Hi,

Just to let you know, the big copier on the ground floor started giving
off a strong burning smell this morning during a long print run, and a
thin wisp of smoke came out of the side vent where the paper comes out.
I've switched it off at the wall and we've opened the windows. Nobody's
hurt.

Can someone come and look at it? We won't use it in the meantime.

Tom Llewellyn
Cardiff office"""),
("en", "b160-en-callers-number-not-recognised", "Amelia Hart <amelia.hart@hart-conveyancing.example.co.uk>", "Phones", "technical", "high",
"""Since about 8.30 this morning anyone ringing our main number gets a
recorded message saying "this number is not recognised". Two clients
have emailed asking whether we've closed down, and we have three house
completions today with buyers, agents and banks all trying to reach us.

Your receptionists are supposed to be picking these calls up. Our own
mobiles work fine, so it's your side. Please call me on 07700 900 412 as
soon as you see this.

Amelia Hart
Hart Conveyancing"""),
("en", "b160-en-nobody-can-print-tender", "Lachlan Reid <lachlan.reid@reid-civil.example.com.au>", "printers level 3", "technical", "high",
"""Mate, nobody on level 3 can print to either of the managed printers
since about 9. Jobs go into the queue and just sit at "spooling". We've
got a council tender that has to be printed, bound and couriered to
Parramatta by 2pm or we're out of it - 40 people and four months' work.

Restarted both machines and the print server. Need someone remote in
NOW please. I'm on 0412 000 381.

Lachlan Reid
IT / Office Manager, Reid Civil"""),
("en", "b160-en-cooler-leak-power-strips", "Gillian Marsh <gillian.marsh@example.co.uk>", "Water on the floor", "technical", "high",
"""Dear all,

The water cooler by the finance desks has been leaking from underneath
since yesterday afternoon. This morning the puddle had spread under the
desks where the power strips for the computers sit on the floor. We've
mopped up, switched the strips off and moved them up onto the desks, and
unplugged the cooler.

Please could someone come today and take it away or repair it.

Gillian Marsh"""),
("en", "b160-en-saturday-room-hire", "Patrick O'Shea <patrick.oshea@example.ie>", "Saturdays", "general", "",
"""Hi, are your meeting rooms in the Cork centre open on Saturdays? We run
a monthly committee meeting for the rowing club and weekday evenings
don't suit everyone. Also is there parking nearby?
Thanks, Pat"""),
("en", "b160-en-thanks-receptionist-maureen", "Lynne Carver <lynne.carver@example.co.uk>", "Thank you", "general", "",
"""I just wanted to say a proper thank you to Maureen on your front desk at
Canal Wharf. On Thursday one of our interview candidates arrived in a
real state after her train was cancelled, and Maureen sat her down, made
her a cup of tea and got her calm again before the panel called her in.
She got the job, as it happens!

Please pass this on to her and her manager.

Lynne Carver
HR, Tidewater Marine"""),
("en", "b160-en-charger-left-room-4", "Gurpreet Sandhu <gurpreet.sandhu@example.co.uk>", "Left my charger", "general", "",
"""Hi, I had Room 4 on Wednesday afternoon and I think I left my laptop
charger (Dell, black) plugged in under the table, and possibly a navy
umbrella by the door. Could someone check? I can collect on Monday.
Gurpreet"""),
("en", "b160-en-cleaner-loud-phone-calls", "Helen Birch <helen.birch@example.co.uk>", "Evening cleaner", "general", "",
"""Hello,

I don't like to complain but I think I have to. The cleaner who does our
floor in the evenings has long loud phone calls on speaker while she
works, including swearing, and several of us are still at our desks
until seven. When one colleague asked her politely to keep it down she
rolled her eyes and carried on.

The cleaning itself is fine. It is just the behaviour. Could her
supervisor have a word?

Helen Birch"""),
("en", "b160-en-bottles-loading-bay", "Darren Cole <darren.cole@example.co.uk>", "Deliveries", "general", "",
"""Hi,

From next week please can your driver bring the water bottles to the
loading bay at the back (off Mill Street) and not through the front
reception. Press the buzzer marked "Goods" and someone from the
warehouse will let him in. Reception is getting a new carpet and the
trolley has been marking the floor.

Cheers, Darren"""),
("en", "b160-en-new-office-manager-contact", "Priya Raman <priya.raman@example.co.uk>", "Change of contact", "general", "",
"""Hello,

Please note that Janet Ellis has retired and I have taken over as office
manager. Could you update your records so that I'm the contact for
deliveries and visits from now on?

Priya Raman
priya.raman@example.co.uk
0161 000 4432

Janet's email will be switched off at the end of the month."""),
("en", "b160-en-sar-visitor-log", "Connor Walsh <connor.walsh@example.net>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me in connection with your reception service at Templar House, where I
visited several times between January and April this year. This should
include visitor sign-in records, any photographs taken by the sign-in
system and any CCTV footage you hold of me.

Please confirm receipt.

Connor Walsh
Date of birth: 12/08/1986"""),
("en", "b160-en-sponsorship-charity-10k", "Emma Carney <emma@riverside10k.example.org>", "Sponsorship enquiry - Riverside 10k", "general", "",
"""Hi,

I'm one of the volunteer organisers of the Riverside 10k, which raises
money for the children's ward at Kingston Hospital. We get about 1,200
runners and we're looking for a local business to sponsor the water
station at the 5k mark - in return we'd put your logo on the race
T-shirts and the website.

Would your company be interested? Happy to send our sponsor pack.

Emma Carney"""),
("en", "b160-en-low-light-plants-question", "Rosie Adair <rosie.adair@example.com>", "Before we sign", "general", "",
"""Hi there, we're looking at your plant service for our new office. The
back half of the floor has no windows at all. Do you have plants that
will actually live under ordinary office lights, and how often would
your technician visit? Just trying to work out if it's worth it.
Rosie"""),
("en", "b160-en-loose-stair-carpet-centre", "Martin Hale <martin.hale@example.co.uk>", "Stairs at your Victoria Street centre", "general", "high",
"""Dear Sir or Madam,

I attended a meeting in your first-floor suite at Victoria Street
yesterday. The carpet on the fourth or fifth step of the main staircase
has come loose at the nosing and lifts when you step on it. One of my
colleagues caught her heel in it on the way down and only stayed on her
feet because she was holding the rail.

I mentioned it to the front desk, who said it had been "reported".
Someone is going to be badly hurt on that staircase. Please have it
fixed before your next bookings.

Martin Hale"""),
("en", "b160-en-supervisor-shouted-manager", "Deborah Stanton <deborah.stanton@example.co.uk>", "Conduct of your cleaning supervisor", "general", "high",
"""I want this escalated to someone senior in your company, not answered by
the general inbox.

On Tuesday evening your cleaning supervisor (I believe his name is
Kevin) shouted at our receptionist in front of visitors because she had
asked whether the meeting rooms could be done before 6. He called her
"a jobsworth" and slammed the door on his way out. She was in tears.

We have used your company for four years without a problem. I need to
hear from a senior manager by the end of this week about what will be
done.

Deborah Stanton
Operations Director"""),
("en", "b160-en-brochures-killer", "Aisha Bello <aisha@bello-events.example.com>", "You absolutely killed it", "general", "",
"""Just a quick one - the conference brochures landed yesterday and they
are KILLER. The colours are spot on, the binding is gorgeous, and the
client literally screamed when she opened the box. In a good way!

Thanks to Sam for all the back-and-forth on the proofs. We'll be back
for the next one.

Aisha x"""),
("en", "b160-en-certificate-destruction", "Stephen Rhodes <s.rhodes@example.co.uk>", "Certificate of destruction", "general", "",
"""Hi,

Our auditors have asked whether our confidential waste is destroyed on
site or taken away, and whether we get a certificate of destruction for
each collection. Could you tell me how it works with your service and
where I'd find past certificates if you issue them?

Thanks,
Stephen Rhodes
Compliance, Fernleigh Credit Union"""),
# ---------------- Greek ----------------
("el", "b160-el-metritis-fotoantigrafikou-ektimisi", "Σοφία Καραγιάννη <s.karagianni@logistiko-kg.example.gr>", "Χρέωση φωτοαντιγραφικού Σεπτεμβρίου", "billing", "",
"""Καλησπέρα σας,

Στο τιμολόγιο του Σεπτεμβρίου για το φωτοαντιγραφικό που μισθώνουμε
χρεώνεστε 9.640 ασπρόμαυρα αντίγραφα. Ο μετρητής του μηχανήματος σήμερα
γράφει 152.318, ενώ στο τιμολόγιο του Αυγούστου η ένδειξη ήταν 148.902,
δηλαδή τυπώσαμε περίπου 3.400 σελίδες, όχι 9.640.

Φαίνεται ότι η ένδειξη μπήκε κατ' εκτίμηση. Σας επισυνάπτω φωτογραφία
της οθόνης του μετρητή. Παρακαλώ να εκδοθεί πιστωτικό και διορθωμένο
τιμολόγιο.

Με εκτίμηση,
Σοφία Καραγιάννη
Λογιστικό Γραφείο Κ&Γ, Λάρισα"""),
("el", "b160-el-gl-nero-grafeio-pateras", "Giannis Lamprou <giannis.lamprou@example.gr>", "fiales nerou", "billing", "",
"""Kalhspera sas,

O pateras mou, Kwstas Lamprou, pou eixe to asfalistiko grafeio sthn
Egnatia, efyge apo th zwh ton prohgoumeno mhna. To grafeio kleinei
oristika sto telos tou Noemvri kai den tha xreiastoume allo tis fiales
nerou oute ton psykth.

Pws mporoume na stamathsoume th symvash kai na erthei kapoios na parei
ton psykth? An xrwstame kati peste mou na to exoflhsw.

Efxaristw,
Giannis Lamprou
6944 000 218"""),
("el", "b160-el-re-timologio-lathos-afm", "Μαρίνα Δούκα <marina.douka@douka-arch.example.gr>", "Re: Τιμολόγιο 2024-0387", "billing", "",
"""Καλημέρα κ. Παππά,

Ευχαριστώ για την άμεση απάντηση, αλλά και στο νέο τιμολόγιο το ΑΦΜ
είναι λάθος: γράφει 099812345 ενώ το σωστό είναι 099812354 (έχουν
αντιστραφεί τα δύο τελευταία ψηφία). Δεν μπορούμε να το περάσουμε έτσι
στα βιβλία. Μπορείτε να το διορθώσετε άλλη μία φορά;

Μαρίνα Δούκα

-----Αρχικό μήνυμα-----
Από: Θ. Παππάς <logistirio@ydor-kai-psyxi.example.gr>
Θέμα: Τιμολόγιο 2024-0387
Αγαπητή κα Δούκα,
σας στέλνουμε επανέκδοση του τιμολογίου 2024-0387 (ενοικίαση ψύκτη και
νερό Οκτωβρίου, 42,16€) με τα σωστά στοιχεία της εταιρείας σας.
Με εκτίμηση, Θ. Παππάς"""),
("el", "b160-el-katastrofeas-doseis-iris", "Νίκος Βλάχος <nvlachos@example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλησπέρα,

Ενδιαφέρομαι για τον καταστροφέα εγγράφων μεσαίου μεγέθους (τιμή 489€)
για το ιατρείο μου. Γίνεται να πληρωθεί σε δόσεις με πιστωτική κάρτα;
Αν όχι, δέχεστε πληρωμή μέσω IRIS ή μόνο με κατάθεση σε λογαριασμό;

Ευχαριστώ,
Νίκος Βλάχος"""),
("el", "b160-el-gl-katharismos-avgoustos", "Eleni Zervou <eleni.zervou@zervou-law.example.gr>", "katharismos Avgoustos", "billing", "",
"""Geia sas,

To grafeio tha einai kleisto apo 1 ews 25 Avgoustou, opws kathe xrono.
Mporoume na kanoume pafsh ston katharismo gia ekeines tis evdomades kai
na mhn xrewthoume? Ksekiname pali kanonika Deftera 26/8.

Eleni Zervou"""),
("el", "b160-el-fyta-mikrotero-grafeio", "Αντώνης Ρήγας <a.rigas@rigas-shipping.example.gr>", "Συμβόλαιο φυτών", "billing", "",
"""Καλημέρα σας,

Τον Ιανουάριο μεταφερόμαστε από το Κολωνάκι σε μικρότερο γραφείο στον
Πειραιά και δεν θα έχουμε χώρο για όλα τα φυτά. Θα θέλαμε να κρατήσουμε
6 από τα 12 που έχουμε σήμερα (τα μεγάλα στην υποδοχή και στις δύο
αίθουσες) και να μειωθεί αντίστοιχα η μηνιαία χρέωση. Τι ποσό θα
πληρώνουμε από εκεί και πέρα;

Αντώνης Ρήγας"""),
("el", "b160-el-etisia-proplirwmi-ekptosi", "Χαρά Μελετίου <chara.meletiou@example.gr>", "Ερώτηση για τιμές", "billing", "",
"""Καλησπέρα,

Κλείνουμε την αίθουσα συσκέψεων στη Βασ. Σοφίας κάθε Τρίτη πρωί εδώ και
έναν χρόνο, 65€ τη φορά. Αν πληρώσουμε προκαταβολικά για όλο το 2025,
υπάρχει κάποια έκπτωση; Και αν ναι, τι γίνεται αν κάποια Τρίτη δεν τη
χρειαστούμε;

Χαρά Μελετίου"""),
("el", "b160-el-gl-akyrwsh-aithousas-lefta", "Thanos K. <thanos.k@example.gr>", "akyrwsh", "billing", "",
"""kalhmera, eixa kleisei thn aithousa 2 gia thn Paraskevh 10-14 kai thn
akyrwsa apo thn Deftera mesa apo to site. Plhrwsa 120e me karta. Pote
tha mou gyrisoun ta lefta? akoma den exw dei tipota
Thanos"""),
("el", "b160-el-kadoi-katastrofis-xoris-tonous", "Παναγιωτα Σταθη <p.stathi@example.gr>", "ΧΡΕΩΣΗ ΚΑΔΩΝ", "billing", "",
"""Καλημερα,

Την Πεμπτη ο οδηγος σας πηρε ΕΝΑΝ καδο για καταστροφη εγγραφων απο το
γραφειο μας στο Ηρακλειο και στο τιμολογιο μας χρεωνετε δυο (2 x 38,00€).
Το δελτιο παραλαβης που υπεγραψα γραφει 1 τεμαχιο. Παρακαλω διορθωστε
το, ειναι απαραδεκτο να το ψαχνουμε εμεις καθε φορα.

Παναγιωτα Σταθη"""),
("el", "b160-el-kouponi-den-efarmostike", "Στέλιος Αθανασίου <stelios.ath@example.gr>", "Κουπόνι", "billing", "",
"""Γεια σας,

Κατά την κράτηση της αίθουσας για το σεμινάριο της 14ης Νοεμβρίου έβαλα
τον κωδικό WELCOME20 που μου στείλατε με το newsletter, το site έγραψε
"ο κωδικός εφαρμόστηκε", αλλά η κάρτα χρεώθηκε ολόκληρο το ποσό, 280€.
Μπορείτε να μου επιστρέψετε το 20%;

Στέλιος"""),
("el", "b160-el-dipli-xrewsi-trapeza", "Βασίλης Κωνσταντίνου <v.konstantinou@kv-engineering.example.gr>", "Διπλή χρέωση κάρτας - ΕΠΕΙΓΟΝ", "billing", "high",
"""Κύριοι,

Η εταιρική μας κάρτα χρεώθηκε δύο φορές για το τιμολόγιο 1187
(τηλεφωνική γραμματεία Νοεμβρίου), 2 x 310,00€, στις 4/12. Σας έχω
στείλει ήδη δύο email με αντίγραφο της κίνησης και δεν έχω λάβει καμία
απάντηση.

Αν η δεύτερη χρέωση δεν επιστραφεί μέχρι την Παρασκευή, θα την
αμφισβητήσω μέσω της τράπεζας και θα σταματήσω την πάγια εντολή.

Βασίλης Κωνσταντίνου
ΚΒ Μηχανική Α.Ε."""),
("el", "b160-el-gl-poini-diakopis-proistamenos", "Dimitra Koutsou <dimitra@koutsou-travel.example.gr>", "Re: diakoph symvashs reception", "billing", "high",
"""Den katalavainw. Sas eipa oti kleinoume to praktoreio sthn Patra
kai mou apantate me copy-paste oti prepei na plhrwsw 3 mhnes "poinh"
900e gia th grammateia. Ayto den mou to eipe kanenas otan ypegrapsa.

Den thelw allo apanthsh apo to info. Thelw na milhsw me ton
proistameno h ton ypeuthyno tou tmhmatos, simera. Tel 6944 000 517.

Dimitra Koutsou

> Agaphth ka Koutsou, symfwna me ton oro 8.2 ths symvashs h prowrh
> lysh synepagetai apozhmiwsh 3 mhnwn. Me ektimhsh, Eksyphrethsh Pelatwn"""),
("el", "b160-el-eggyisi-psykti-synigoros", "Ιφιγένεια Μαυρίδου <ifigeneia.mavridou@example.gr>", "Εγγύηση ψύκτη - τελευταία υπενθύμιση", "billing", "high",
"""Αξιότιμοι κύριοι,

Τον Ιούνιο επιστρέψαμε τον ψύκτη νερού που νοικιάζαμε στο φροντιστήριό
μας στη Θεσσαλονίκη. Ο τεχνικός σας τον παρέλαβε και υπέγραψε ότι ήταν
σε άριστη κατάσταση. Η εγγύηση των 150€ που είχαμε καταβάλει δεν έχει
επιστραφεί μέχρι σήμερα, τέσσερις μήνες μετά, παρά τις τρεις γραπτές
μας υπενθυμίσεις.

Σας ενημερώνω ότι αν δεν επιστραφεί εντός δέκα ημερών θα απευθυνθώ στον
Συνήγορο του Καταναλωτή και στον δικηγόρο μας.

Ιφιγένεια Μαυρίδου"""),
("el", "b160-el-gl-metrita-ston-odigo", "Kyria Roula <roula.ktena@example.gr>", "plhrwmh", "billing", "",
"""Kalhmera paidia, mporw na plhrwnw to nero metrhta ston odhgo otan
fernei tis fiales? Den exw karta gia to internet. Eimai to kommwthrio
sthn odo Ermou 42.
Roula"""),
("el", "b160-el-gl-maures-grammes", "Kostas Dimou <kdimou@example.gr>", "fwtotypiko", "technical", "",
"""Geia sas, to fwtotypiko sto grafeio vgazei mia maurh grammh kata mhkos
se ola ta antigrafa, sto idio shmeio panta. Otan typwnw apo ton
ypologisth einai kathara. Katharisa to tzami opws leei to egxeiridio
alla tipota. Mporei na perasei texnikos?
Kostas, Peristeri"""),
("el", "b160-el-platforma-kratiseon-kodikos", "Ελπίδα Σαββίδου <elpida.savvidou@example.gr>", "Δεν μπορώ να συνδεθώ", "technical", "",
"""Καλημέρα,

Από χθες δεν μπορώ να μπω στην πλατφόρμα κρατήσεων αιθουσών. Βάζω το
email και τον κωδικό μου και γράφει "Σφάλμα 403". Άλλαξα τον κωδικό
από το "Ξέχασα τον κωδικό", μου ήρθε το email, τον άλλαξα, και πάλι το
ίδιο. Δοκίμασα σε Chrome και Firefox.

Ελπίδα Σαββίδου"""),
("el", "b160-el-psyktis-thoryvos-oxi-allagi", "Μιχάλης Τζανετάκης <m.tzanetakis@example.gr>", "Ψύκτης", "technical", "",
"""Καλησπέρα,

Να πω από την αρχή ότι δεν ζητάω ούτε αλλαγή ούτε επιστροφή χρημάτων,
είμαστε ευχαριστημένοι με την εξυπηρέτηση. Ο ψύκτης όμως εδώ και
μερικές μέρες κάνει έναν δυνατό βόμβο κάθε λίγα λεπτά και το κρύο νερό
δεν είναι πια τόσο κρύο. Μπορεί να τον δει ένας τεχνικός;

Μιχάλης Τζανετάκης, Χανιά"""),
("el", "b160-el-gl-scan-email-router", "Marios P. <marios.p@example.gr>", "scan", "technical", "",
"""kalhspera, allaksame router sto grafeio kai apo tote to mhxanhma den
kanei scan se email. Leei "Sfalma syndeshs SMTP". H ektypwsh apo to
diktyo douleuei kanonika. Ti prepei na allaksw? An ginetai na mpei
kapoios me teamviewer.
Marios"""),
("el", "b160-el-paraggelia-ektypotis-diktyo", "Γεωργία Λιάπη <georgia.liapi@example.gr>", "Παραγγελία 4410", "technical", "",
"""Καλημέρα,

Βάζω τον αριθμό παραγγελίας γιατί μου τον ζήτησε το σύστημά σας, αλλά
δεν έχω θέμα με την παραγγελία.

Ο έγχρωμος εκτυπωτής που μας εγκαταστήσατε την Τρίτη εξαφανίστηκε από
το δίκτυο από χθες το απόγευμα. Στην οθόνη του γράφει ότι είναι
συνδεδεμένος, αλλά κανένας υπολογιστής δεν τον βρίσκει. Ο παλιός
εκτυπωτής στο ίδιο δίκτυο δουλεύει.

Γεωργία Λιάπη"""),
("el", "b160-el-kados-asfaleias-kleidaria", "Ανδρεας Χατζης <a.chatzis@example.gr>", "Καδος ασφαλειας", "technical", "",
"""Καλησπερα σας,

Η κλειδαρια στον κλειδωμενο καδο για τα εμπιστευτικα εγγραφα εχει
σπασει, το κλειδι γυριζει στο κενο και το καπακι δεν ανοιγει ουτε
κλειδωνει. Ο καδος ειναι γεματος. Μπορειτε να στειλετε καποιον να τον
αλλαξει;

Ανδρεας Χατζης
Γραφειο Κινησης, Βολος"""),
("el", "b160-el-psyktis-zesto-kleidoma", "Χριστίνα Ιωαννίδου <christina.ioannidou@example.gr>", "Ψύκτης στην αναμονή", "technical", "high",
"""Καλημέρα σας,

Ο ψύκτης που έχουμε στον χώρο αναμονής του παιδιατρείου έχει σπασμένο
το κουμπί ασφαλείας στη βρύση του ζεστού νερού. Πλέον η βρύση ανοίγει
με ένα απλό πάτημα και βγάζει καυτό νερό. Ο ψύκτης βρίσκεται σε ύψος που
φτάνουν τα παιδιά.

Για σήμερα τον αποσυνδέσαμε και βάλαμε χαρτί. Πότε μπορεί να περάσει
τεχνικός να τον αλλάξει ή να τον επισκευάσει;

Χριστίνα Ιωαννίδου
Παιδιατρείο Ιωαννίδου, Καλαμαριά"""),
("el", "b160-el-gl-fwtotypiko-kapnos", "Nikos Stavrou <nstavrou@example.gr>", "to mhxanhma ston 2o", "technical", "high",
"""Kalhmera, sas enhmerwnw oti to fwtotypiko ston 2o orofo myrise kameno
shmera to prwi kai vgike ligos kapnos apo to piso meros, ekei pou einai
to kalwdio. To kleisame kai to vgalame apo thn priza, den exei pathei
kaneis. Den to ksanaanoigoume mexri na to dei texnikos.
Nikos Stavrou
Dhmotiko Grafeio Neas Ionias"""),
("el", "b160-el-grammateia-tilefona-kleinoun", "Αλέξανδρος Ζαφειρίου <a.zafeiriou@zafeiriou-law.example.gr>", "Κλήσεις", "technical", "high",
"""Καλημέρα,

Από τις 9 το πρωί όποιος καλεί το κεντρικό μας νούμερο ακούει δύο
χτυπήματα και μετά η γραμμή κλείνει. Οι κλήσεις υποτίθεται ότι
προωθούνται στη γραμματεία σας. Έχουμε ήδη δύο πελάτες που ήρθαν
αυτοπροσώπως γιατί δεν μπορούσαν να μας βρουν, και σήμερα λήγουν
προθεσμίες σε δύο υποθέσεις και περιμένουμε τηλεφωνήματα από το
δικαστήριο.

Παρακαλώ καλέστε με αμέσως στο 210 3600 214.

Αλέξανδρος Ζαφειρίου
Δικηγορικό Γραφείο"""),
("el", "b160-el-symvolaiografeio-den-typwnei", "Ευτυχία Μπαλτά <e.balta@example.gr>", "ΔΕΝ ΤΥΠΩΝΕΙ ΚΑΝΕΝΑ", "technical", "high",
"""Κανένας από τους τρεις υπολογιστές του συμβολαιογραφείου δεν μπορεί
να τυπώσει στο πολυμηχάνημα από το πρωί. Η εργασία μπαίνει στην ουρά και
μένει "σε αναμονή". Στις 12:00 έχουμε υπογραφή συμβολαίου αγοραπωλησίας
με πέντε συμβαλλόμενους και πρέπει να τυπωθούν 60 σελίδες. Κάναμε
επανεκκίνηση σε όλα.

Στείλτε κάποιον ή συνδεθείτε απομακρυσμένα τώρα, σας παρακαλώ.
Ευτυχία Μπαλτά, 2310 000 619"""),
("el", "b160-el-gl-app-kratiseis-iphone", "Lydia M. <lydia.m@example.gr>", "to app", "technical", "",
"""Geia, to app sas gia tis krathseis aithouswn kollaei sto iphone mou
molis pathsw "epilogh wras". Kleinei monh ths h efarmogh. Apo to laptop
to site douleuei kanonika, apla to app oxi. Exw thn teleytaia ekdosh.
Lydia"""),
("el", "b160-el-katastrofeas-spithes", "Γιώργος Παπαδάκης <g.papadakis@example.gr>", "Καταστροφέας εγγράφων", "technical", "high",
"""Καλησπέρα σας,

Ο καταστροφέας εγγράφων που μας νοικιάζετε έβγαλε σήμερα σπίθες από το
πίσω μέρος, εκεί που μπαίνει το καλώδιο, την ώρα που έκοβε χαρτιά.
Ακούστηκε και ένα τσιτσίρισμα. Τον βγάλαμε από την πρίζα αμέσως και τον
μεταφέραμε στο μπαλκόνι. Δεν έχει πάθει κανείς τίποτα.

Παρακαλώ ενημερώστε μας πότε μπορείτε να τον πάρετε.

Γιώργος Παπαδάκης
Ηράκλειο"""),
("el", "b160-el-fotistiko-fyton-xronodiakoptis", "Κατερίνα Φωτίου <k.fotiou@example.gr>", "Φωτιστικά φυτών", "technical", "",
"""Καλημέρα,

Τα φωτιστικά πάνω από τα φυτά στο εσωτερικό γραφείο (αυτό χωρίς
παράθυρα) δεν ανάβουν πια το πρωί. Αν πατήσω τον διακόπτη με το χέρι
ανάβουν, οπότε μάλλον φταίει ο χρονοδιακόπτης. Μπορεί να τον ρυθμίσει
ο τεχνικός στην επόμενη επίσκεψη ή να έρθει κάποιος νωρίτερα;

Κατερίνα Φωτίου"""),
("el", "b160-el-wrario-ypodoxis-savvato", "Δημητρης Ραπτης <d.raptis@example.gr>", "Ωραριο", "general", "",
"""Καλησπερα, η υποδοχη στο κτιριο γραφειων της Συγγρου ειναι ανοιχτη
το Σαββατο; Περιμενω ενα δεμα με courier και θελω να ξερω αν θα το
παραλαβει καποιος.
Ευχαριστω"""),
("el", "b160-el-gl-efxaristw-katerina", "Vasso Alexiou <vasso.alexiou@example.gr>", "mpravo sthn Katerina", "general", "",
"""Kalhspera sas,

Thelw na pw ena megalo efxaristw sthn Katerina sthn reception tou 3ou
orofou. Xthes eixame episkeptes apo th Germania kai phre ekeinh
prwtovoulia, tous ekleise taksi gia to aerodromio kai tous vrhke kai
ena farmakeio anoixto giati enas htan arrwstos. Toso eygenikh kai
prothymh. Pl peite to kai ston proistameno ths.

Vasso"""),
("el", "b160-el-gialia-aithousa-3", "Ευάγγελος Μάνος <e.manos@example.gr>", "Ξέχασα κάτι στην αίθουσα", "general", "",
"""Καλημέρα σας,

Την Τετάρτη είχα κλείσει την αίθουσα 3 και φεύγοντας ξέχασα τα γυαλιά
μου (καφέ σκελετός, σε μαύρη θήκη), μάλλον πάνω στο τραπέζι ή δίπλα στον
προτζέκτορα. Τα βρήκε κανείς; Μπορώ να περάσω να τα πάρω όποτε μου
πείτε.

Ευάγγελος Μάνος"""),
("el", "b160-el-gl-paradosi-pisw-eisodo", "Stratos Kalogirou <stratos@kalogirou-furniture.example.gr>", "paradoseis nerou", "general", "",
"""Kalhmera, apo thn epomenh paradosh parakalw o odhgos na ferei tis
fiales apo thn pisw eisodo (odos Thermopylwn), oxi apo to magazi, giati
kanoume anakainish sthn ekthesh. Na xtyphsei to koudouni "apothhkh".
Efxaristw, Stratos"""),
("el", "b160-el-allagi-ypeythynou", "Ρένα Λαμπράκη <rena.lampraki@example.gr>", "Αλλαγή υπευθύνου επικοινωνίας", "general", "",
"""Καλησπέρα σας,

Σας ενημερώνω ότι από 1η Μαρτίου την επικοινωνία με την εταιρεία σας
για τον καθαρισμό των γραφείων μας αναλαμβάνω εγώ, στη θέση του κ.
Σπύρου Νικολάου που αποχώρησε. Παρακαλώ ενημερώστε τα στοιχεία σας:

Ρένα Λαμπράκη
Υπεύθυνη Διοικητικών
210 000 7713, rena.lampraki@example.gr"""),
("el", "b160-el-gdpr-diagrafi-episkepton", "Φώτης Γεωργίου <fotis.georgiou@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Επισκέφθηκα το κτίριο γραφείων σας στο Μαρούσι αρκετές φορές το 2023 ως
εξωτερικός συνεργάτης και η υποδοχή κατέγραψε το ονοματεπώνυμο, το
τηλέφωνο και τον αριθμό της ταυτότητάς μου. Η συνεργασία έχει λήξει.

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από το βιβλίο επισκεπτών και από κάθε άλλο αρχείο σας, και
την επιβεβαίωση της διαγραφής γραπτώς.

Φώτης Γεωργίου"""),
("el", "b160-el-xorigia-agonas-dromou", "Σύλλογος Γονέων 4ου Δημοτικού <syllogos.4dim@example.gr>", "Αίτημα χορηγίας", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Σχολείου Χαλανδρίου διοργανώνει στις
18 Μαΐου αγώνα δρόμου για παιδιά, με περίπου 400 συμμετοχές. Θα θέλαμε
να σας ρωτήσουμε αν θα μπορούσατε να μας διαθέσετε δύο ψύκτες νερού για
εκείνη τη μέρα ως χορηγία. Το λογότυπό σας θα μπει στην αφίσα και στο
πανό του τερματισμού.

Με εκτίμηση,
Μαρία Κοντού, Πρόεδρος"""),
("el", "b160-el-gl-katharismos-xaliwn", "Aggelikh T. <aggeliki.t@example.gr>", "erwthsh", "general", "",
"""Kalhspera, kanete kai katharismo xaliwn h mono ta grafeia? Exoume 3
megala xalia sthn ypodoxh. Ti mera erxontai ta synergeia?
Aggelikh"""),
("el", "b160-el-kathariotria-agenis", "Σταύρος Πετρίδης <s.petridis@example.gr>", "Συμπεριφορά καθαρίστριας", "general", "",
"""Καλημέρα,

Θα ήθελα να σας ενημερώσω ότι η κυρία που καθαρίζει τα γραφεία μας τις
Τρίτες και τις Πέμπτες είναι πολύ αγενής με το προσωπικό. Όταν της
ζητήσαμε να μην μετακινεί τους φακέλους πάνω στα γραφεία, μας απάντησε
ειρωνικά και από τότε δεν χαιρετάει κανέναν. Ο καθαρισμός γίνεται
κανονικά, το θέμα είναι μόνο η συμπεριφορά.

Σταύρος Πετρίδης"""),
("el", "b160-el-spasmeno-skali-kentro-synedrion", "Όλγα Βασιλείου <olga.vasileiou@example.gr>", "Σκάλα στο κέντρο συνεδριάσεων", "general", "high",
"""Κύριοι,

Χθες, στο κέντρο συνεδριάσεών σας στην Τσιμισκή, το τρίτο σκαλοπάτι από
την είσοδο προς τις αίθουσες του ημιορόφου είναι σπασμένο στην άκρη και
κουνιέται όταν πατάς. Ένας ηλικιωμένος συνάδελφος σκόνταψε και γλίτωσε
την πτώση μόνο επειδή τον κρατούσαμε.

Δεν υπάρχει καμία σήμανση. Πριν χτυπήσει κάποιος σοβαρά, παρακαλώ να
επισκευαστεί ή τουλάχιστον να κλειστεί η σκάλα.

Όλγα Βασιλείου"""),
("el", "b160-el-gl-odigos-fwnaze-diefthyntis", "Panos Markou <panos.markou@example.gr>", "symperifora odhgou", "general", "high",
"""Kalhmera,

Xthes o odhgos pou fernei to nero ebale tis fwnes sth grammateas mas
mprosta se pelates epeidh tou zhthse na perimenei 2 lepta na ypograpsei
to deltio. Ths milhse prosvlhtika kai petakse tis adeies fiales sto
patwma fevgontas. H kopela htan tarazmenh olh mera.

Zhtaw na me kalesei o dieythynths ths etaireias h kapoios ypefthynos,
oxi to info. 6977 000 319.

Panos Markou"""),
("el", "b160-el-reseption-fotia", "Λευτέρης Δημάκης <lefteris.dimakis@example.gr>", "Η νέα υπάλληλος υποδοχής", "general", "",
"""Καλησπέρα,

Ήθελα απλώς να πω ότι η νέα κοπέλα στην υποδοχή, η Ναταλία, είναι
φωτιά! Σε δύο εβδομάδες έχει μάθει όλους τους επισκέπτες μας με το
όνομα και η αλληλογραφία δεν έχει χαθεί ποτέ. Μπράβο στην επιλογή σας.

Λευτέρης Δημάκης"""),
("el", "b160-el-gl-ekdhlwseis-networking", "Christos V. <christos.v@example.gr>", "ekdhlwseis", "general", "",
"""Geia sas, organwnete kapoies ekdhlwseis networking h prwina gia tous
enoikiastes twn grafeiwn sas? Eimaste kainourgioi sto kthrio sthn
Kalamaria kai tha thelame na gnwrisoume kai tis alles etaireies.
Christos"""),
# ---------------- Spanish ----------------
("es", "b160-es-re-factura-cif-erroneo", "Montserrat Puig <administracio@puig-assessors.example.es>", "RE: Factura F-2024/1182", "billing", "",
"""Buenos días, Jordi:

Gracias por la rapidez, pero en la factura nueva sigue apareciendo el CIF
antiguo (B-08123456). Desde enero somos una S.L. nueva y el CIF correcto
es B-67012345. Sin eso no podemos deducirnos el IVA. ¿Nos la podéis
rehacer?

Un saludo,
Montse Puig
Puig Assessors, Girona

-----Mensaje original-----
De: Jordi Serra <facturacio@copisteria-emporda.example.es>
Asunto: Factura F-2024/1182
Hola Montse, os adjunto la factura F-2024/1182 de las copias e
impresiones de marzo (412,30 € + IVA), ya con la nueva dirección.
Salut, Jordi"""),
("es", "b160-es-garrafones-pago-oxxo-spei", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Formas de pago", "billing", "",
"""Buenas tardes,

Somos un despacho contable en Puebla y queremos contratar el servicio de
garrafones con despachador para la oficina. ¿Cómo se paga la
mensualidad? ¿Aceptan transferencia SPEI o pago en OXXO? No manejamos
tarjeta de crédito a nombre de la empresa. También necesitamos factura
con CFDI.

Saludos cordiales,
Lupita Hernández"""),
("es", "b160-es-multifuncion-cuotas-sin-interes", "Federico Galli <fede.galli@example.com.ar>", "consulta cuotas", "billing", "",
"""Hola, qué tal. Vi en la web la multifunción láser para oficina a
ARS 1.250.000. ¿La puedo pagar en cuotas sin interés con tarjeta? ¿En
cuántas? Si no, ¿hay descuento por transferencia? Gracias!
Fede"""),
("es", "b160-es-plantas-fusion-nueva-sede", "Inés Olmedo <ines.olmedo@example.es>", "Contrato de plantas - oficina de Valladolid", "billing", "",
"""Hola:

Os escribo porque nuestra empresa se ha fusionado con otra consultora y a
partir de mayo nos trasladamos todos a su sede, que ya tiene su propio
proveedor de plantas. La oficina de la calle Santiago se queda vacía.

Por tanto, no necesitaremos las plantas ni el mantenimiento a partir del
30 de abril. ¿Podéis indicarme cómo damos de baja el contrato y cuándo
pasaríais a retirarlas? Si queda algo pendiente de pago, decídmelo.

Gracias,
Inés Olmedo"""),
("es", "b160-es-limpieza-bajar-frecuencia", "Rodrigo Fuentes <rfuentes@fuentes-arquitectos.example.cl>", "Cambio de plan de aseo", "billing", "",
"""Estimados:

Con el trabajo híbrido la oficina queda casi vacía los lunes y viernes.
Queremos pasar del aseo diario al plan de tres veces por semana (martes,
miércoles y jueves) a partir de julio. ¿Cuánto quedaría la mensualidad?
Hoy pagamos CLP 640.000.

Saludos,
Rodrigo Fuentes"""),
("es", "b160-es-sala-horas-de-mas", "Álvaro Requena <alvaro.requena@example.es>", "Reserva sala Castellana 18/03", "billing", "",
"""Buenas tardes:

Reservamos la sala Retiro el 18 de marzo de 9:00 a 13:00, y así consta
en la confirmación. Nos habéis cobrado de 9:00 a 15:00, dos horas más
(90 € + IVA). Salimos a la una y cuarto, la recepcionista nos vio irnos.

¿Podéis revisarlo y devolvernos la diferencia?

Álvaro Requena"""),
("es", "b160-es-deposito-despachador-devuelto", "Javier Osuna <javier.osuna@example.com.mx>", "deposito", "billing", "",
"""Buen dia,

El mes pasado cancelamos el servicio de agua y el repartidor se llevo el
despachador el 12 de agosto, firmó de recibido y todo. Cuando
contratamos dejamos un deposito de $1,500 MXN. ¿Cuándo nos lo
regresan? ¿Necesitan algún dato de la cuenta?

Javier Osuna
Taller Osuna, Querétaro"""),
("es", "b160-es-cupon-primer-mes", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "Cupón de bienvenida", "billing", "",
"""Hola,

Cuando contratamos el servicio de plantas para la oficina en Medellín nos
dieron el cupón PRIMERMES50 con 50% de descuento en la primera
mensualidad, pero nos cobraron completo: COP 420.000. ¿Me pueden aplicar
el descuento o devolver la diferencia?

Mil gracias,
Natalia"""),
("es", "b160-es-recepcion-congelar-obras", "Carmen Villalba <carmen.villalba@example.es>", "Servicio de recepción durante las obras", "billing", "",
"""Buenos días:

El edificio va a estar en obras de junio a septiembre y la planta baja
estará cerrada, así que durante esos cuatro meses no habrá nadie a quien
recibir. ¿Es posible congelar el contrato de recepción y retomarlo en
octubre sin perder la tarifa que tenemos ahora?

Un saludo,
Carmen Villalba
Administración, Fincas Villalba"""),
("es", "b160-es-estudio-cierra-fallecio", "Silvina Acosta <silvina.acosta@example.com.ar>", "Estudio Acosta", "billing", "",
"""Buenas tardes,

Les escribo por el servicio de destrucción de documentos del estudio
contable de mi papá, Héctor Acosta. Papá falleció en octubre y estamos
cerrando el estudio; la última recolección que necesitamos es la de
fin de mes, con todo el archivo viejo.

Después de eso no vamos a seguir con el servicio. ¿Me dicen cómo lo doy
de baja y si hay que pagar algo más? El débito automático sigue a
nombre de él.

Gracias,
Silvina Acosta"""),
("es", "b160-es-cargo-duplicado-contracargo", "Sergio Lozano <sergio.lozano@lozano-asesores.example.es>", "Cobro duplicado - factura 3390", "billing", "high",
"""Buenos días:

Nos habéis pasado dos veces el cargo de la factura 3390 (alquiler de la
fotocopiadora, 1.260,00 €) en la tarjeta de la empresa, el 2 y el 5 de
este mes. Lo comuniqué por teléfono hace diez días y me dijeron que lo
devolvían "en 48 horas". Sigue sin aparecer.

Si el viernes no está devuelto, abriré una disputa con el banco para que
lo retrocedan ellos.

Sergio Lozano
Lozano Asesores"""),
("es", "b160-es-penalizacion-profeco", "Verónica Salinas <vero.salinas@example.com.mx>", "Penalización por cancelar", "billing", "high",
"""A quien corresponda:

Contratamos su servicio de limpieza de oficinas en marzo y cuando lo
cancelamos con el mes de aviso que marca el contrato, nos cobraron una
"penalización por terminación anticipada" de $8,400 MXN que no aparece
en ninguna parte del contrato que firmamos.

Exijo que me reembolsen ese cargo. Si en cinco días hábiles no tengo
respuesta, presentaré la queja ante la Profeco con copia del contrato.

Verónica Salinas"""),
("es", "b160-es-folletos-reembolso-responsable", "Pilar Gaitán <pilar.gaitan@example.es>", "Devolución folletos - quiero hablar con un responsable", "billing", "high",
"""Hace tres semanas os devolví los 5.000 dípticos que nos imprimisteis con
los colores completamente cambiados (el logo salió morado en vez de
azul). En tienda reconocieron el fallo y me dijeron que me devolvían los
380 € en una semana. No he visto ni un euro.

He llamado cuatro veces y cada vez me atiende alguien distinto que no
sabe nada. No quiero volver a explicarlo: quiero que me llame un
responsable o el encargado de la tienda de Alcalá y que me dé una fecha.

Pilar Gaitán
654 000 219"""),
("es", "b160-es-bizum-sala", "Lucía Ramos <lucia.ramos@example.es>", "Pagar con Bizum", "billing", "",
"""Hola! Quiero reservar una sala pequeña para una entrevista el jueves,
dos horas. ¿Se puede pagar por Bizum o solo con tarjeta? Es que es para
un proyecto personal y no tengo tarjeta de empresa.
Gracias, Lucía"""),
("es", "b160-es-fotocopiadora-atasca-bandeja2", "Francisco Beltrán <fbeltran@example.es>", "Fotocopiadora", "technical", "",
"""Buenos días,

La fotocopiadora de la segunda planta se atasca cada vez que cogemos
papel de la bandeja 2 (la de A3). Con la bandeja 1 va bien. He quitado
los papeles atascados y la he reiniciado, pero a la tercera o cuarta hoja
vuelve a pasar. ¿Podéis mandar a un técnico?

Paco Beltrán"""),
("es", "b160-es-plataforma-contrasena-mx", "Diana Contreras <diana.contreras@example.com.mx>", "no puedo entrar", "technical", "",
"""hola buenas, no puedo entrar a la plataforma para reservar salas, me
sale "usuario o contraseña incorrectos" aunque la acabo de cambiar.
Ya borre el cache y probe en el celular y en la compu. Mi usuario es
diana.contreras. Gracias"""),
("es", "b160-es-dispenser-gotea-no-quiero-devolucion", "Marcelo Ibáñez <marcelo.ibanez@example.com.ar>", "Dispenser", "technical", "",
"""Hola, buenas tardes.

No quiero que me devuelvan nada ni cambiar de plan, estamos muy conformes
con el servicio. Solo que el dispenser de agua fría gotea por la canilla
todo el día, una gotita cada pocos segundos, y la bandeja se llena a la
mañana. ¿Puede venir alguien a revisarlo?

Marcelo, Rosario"""),
("es", "b160-es-consulta-escaner-carpeta", "Camila Rojas <camila.rojas@example.cl>", "Consulta", "technical", "",
"""Hola, desde que cambiaron los computadores en la oficina, el escáner de
la multifuncional ya no guarda en la carpeta compartida. Sale "error de
destino" y no se guarda nada. Imprimir sí funciona. ¿Me pueden ayudar a
configurarlo?

Camila Rojas
Asistente de gerencia"""),
("es", "b160-es-app-recepcion-no-avisa", "Jorge Alcántara <jorge.alcantara@example.es>", "La app no avisa de las visitas", "technical", "",
"""Hola,

Desde la última actualización de la app de recepción virtual ya no me
llegan notificaciones cuando llega una visita. La recepción sí las
registra (las veo en el listado) pero el móvil no suena. Tengo las
notificaciones activadas para la app. Android 14.

Jorge"""),
("es", "b160-es-factura-asunto-impresora-bn", "Andrés Quintero <andres.quintero@example.com.co>", "Factura 3321", "technical", "",
"""Buenas,

Pongo el número de factura porque es lo único que tengo a mano, pero no
es por la factura, esa ya la pagamos.

La impresora a color que nos instalaron en Bogotá solo imprime en blanco
y negro. Aunque escojamos "color" en el computador, sale en gris. Los
tóneres de color están llenos según la pantalla.

Andrés Quintero"""),
("es", "b160-es-macetas-riego-rebosa", "Begoña Urrutia <begona.urrutia@example.es>", "Macetas de riego automático", "technical", "",
"""Kaixo,

Las dos macetas grandes de riego automático que hay junto a la ventana
están rebosando: el depósito se llena de más y el agua sale por abajo. Ya
nos ha manchado un poco la moqueta. Las plantas están bien. ¿Podéis
revisar el sistema en la próxima visita o antes?

Begoña Urrutia, Bilbao"""),
("es", "b160-es-fotocopiadora-chispas", "Rosa María Gil <rosamaria.gil@example.es>", "Aviso fotocopiadora", "technical", "high",
"""Buenas tardes:

Os informo de que esta mañana la fotocopiadora de la secretaría del
colegio ha empezado a hacer un chasquido y han salido unas chispas por
la rejilla de atrás, junto al enchufe, y después olía a quemado. La
hemos desenchufado y hemos puesto un cartel para que nadie la use. No ha
habido ningún herido.

¿Cuándo podría venir un técnico?

Rosa María Gil
Secretaría, Colegio San Andrés (Zaragoza)"""),
("es", "b160-es-despachador-toques", "Ernesto Villaseñor <ernesto.villasenor@example.com.mx>", "Despachador de agua", "technical", "high",
"""Buenas tardes,

Les comento que el despachador de agua que tenemos en la recepción está
dando toques. Dos compañeras sintieron la descarga al tocar la llave del
agua caliente y la parte de metal de enfrente. Ya lo desconectamos.

¿Pueden mandar a alguien a revisarlo o cambiarlo? Mientras tanto no lo
vamos a usar.

Ernesto Villaseñor
Guadalajara"""),
("es", "b160-es-atencion-llamadas-caida", "Mariana Sosa <mariana.sosa@sosa-inmobiliaria.example.com.ar>", "llamadas", "technical", "high",
"""Desde las 10 de la mañana nadie puede comunicarse con la inmobiliaria.
Los clientes nos escriben por WhatsApp diciendo que el teléfono suena
ocupado todo el tiempo, y tenemos tres escrituras hoy con escribanos y
compradores que necesitan confirmar horarios. Ustedes son los que
atienden nuestras llamadas, así que el problema está de su lado.

Necesito que alguien me llame ya: 11 5000 4412.

Mariana Sosa"""),
("es", "b160-es-gestoria-nadie-imprime-renta", "Tomás Ferrer <tomas.ferrer@ferrer-gestoria.example.es>", "Impresoras", "technical", "high",
"""Buenos días,

Ninguno de los doce puestos de la gestoría puede imprimir desde las 8:30.
Los trabajos se quedan "en cola" y no salen por ninguna de las dos
multifunciones. Estamos en plena campaña de la renta, con la sala de
espera llena de clientes que vienen a firmar su declaración y no
podemos darles nada en papel.

Hemos reiniciado impresoras y ordenadores. Por favor, conectaos en
remoto cuanto antes. Teléfono: 96 000 3318.

Tomás Ferrer"""),
("es", "b160-es-trituradora-no-para-caliente", "Felipe Araya <felipe.araya@example.cl>", "Trituradora", "technical", "high",
"""Hola,

La trituradora de papel que nos arriendan se quedó funcionando sola,
sin papel adentro, y no se apagaba con el botón. El motor estaba muy
caliente al tacto y empezó a oler a plástico. La desenchufamos y la
dejamos en el pasillo lejos de todo.

Necesitamos que la retiren y nos manden otra.

Felipe Araya
Concepción"""),
("es", "b160-es-urgente-grapadora-no-grapa", "Enrique Salcedo <enrique.salcedo@example.es>", "URGENTE: la fotocopiadora no grapa", "technical", "",
"""Vino vuestro técnico el martes, estuvo media hora y se fue diciendo que
ya estaba. PUES NO. La fotocopiadora sigue sin grapar: las copias salen
ordenadas pero sin grapa, y en la pantalla pone "Revisar unidad de
acabado".

Mientras tanto grapamos a mano, pero somos una academia y son cientos de
apuntes a la semana. Que venga alguien que lo arregle de verdad.

Enrique Salcedo"""),
("es", "b160-es-recepcion-horario-feriado", "Alejandra Mejía <alejandra.mejia@example.com.mx>", "Horario", "general", "",
"""Hola, ¿la recepción del edificio de Insurgentes abre el 16 de
septiembre? Esperamos una paquetería ese día y queremos saber si alguien
la puede recibir. Gracias."""),
("es", "b160-es-gracias-limpieza-navidad", "Itziar Lasa <itziar.lasa@example.es>", "Gracias", "general", "",
"""Buenas,

Solo quería daros las gracias al equipo de limpieza que viene por las
noches, sobre todo a Rosario. Después de la cena de Navidad la oficina
quedó hecha un desastre y a la mañana siguiente estaba todo impecable,
hasta nos recogieron las guirnaldas y las dejaron en una caja.

Un abrazo,
Itziar"""),
("es", "b160-es-carpeta-olvidada-sala", "Gonzalo Paz <gonzalo.paz@example.com.ar>", "objeto olvidado", "general", "",
"""Hola, ayer a la tarde estuve en la sala Palermo y me olvidé una carpeta
azul con papeles de un cliente, creo que quedó en la silla del fondo.
¿La encontraron? Paso a buscarla cuando me digan.
Gonzalo"""),
("es", "b160-es-garrafas-muelle-carga", "Raúl Domínguez <raul.dominguez@example.es>", "Entregas de agua", "general", "",
"""Hola:

A partir de la semana que viene, por favor, que el repartidor deje las
garrafas en el muelle de carga de la nave (entrada por la calle del
Cobre), no en la oficina. Hay que llamar al timbre de "almacén". En la
puerta principal están pintando y no se puede pasar con la carretilla.

Gracias,
Raúl Domínguez
Logística Domínguez, Getafe"""),
("es", "b160-es-cambio-correo-contacto", "Paola Giraldo <paola.giraldo@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes,

Les escribo para actualizar los datos de contacto de nuestra oficina. La
persona encargada ahora soy yo, Paola Giraldo, y mi correo es
paola.giraldo@example.com.co, celular 310 000 4471. Por favor dejen de
escribirle a Juan Camilo Ortiz, que ya no trabaja con nosotros.

Muchas gracias,
Paola Giraldo"""),
("es", "b160-es-rgpd-copia-datos-visitas", "Xavier Font <xavier.font@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD solicito copia de todos los datos
personales que conserven sobre mí en relación con el registro de visitas
de su centro de negocios de la Diagonal, incluidas las fotografías del
sistema de acreditación y las grabaciones de videovigilancia, si las
hubiera, de los días en que acudí a sus instalaciones en febrero.

Adjunto copia de mi DNI.

Atentamente,
Xavier Font i Roca"""),
("es", "b160-es-patrocinio-torneo-futbol", "Club Deportivo Los Pinos <cd.lospinos@example.com.mx>", "Patrocinio torneo", "general", "",
"""Buenas tardes,

Somos un club de fútbol infantil en Zapopan y el 22 de junio
organizamos un torneo con 24 equipos. Queremos invitarlos a patrocinar
la hidratación del evento (garrafones y despachadores). A cambio, su
logo saldría en las playeras de los árbitros y en las lonas de la
cancha.

¿Con quién podemos hablar?

Saludos,
Profe Armando Téllez"""),
("es", "b160-es-plantas-evento-puntual", "Josefina Muñoz <josefina.munoz@example.cl>", "Consulta plantas para evento", "general", "",
"""Hola, buenas. ¿Ustedes arriendan plantas solo para un evento puntual?
Tenemos un seminario de dos días en Viña y queremos decorar el salón.
¿Con cuánta anticipación hay que avisar?
Josefina"""),
("es", "b160-es-recepcionista-comentarios", "Ana Belén Roldán <anabelen.roldan@example.es>", "Queja sobre la recepcionista", "general", "",
"""Buenas tardes:

Quería comentaros algo que me incomodó bastante. El lunes, mientras
esperaba en la recepción de Plaza España, la recepcionista del turno de
mañana estuvo criticando en voz alta a un cliente que acababa de salir,
con nombre y apellido, delante de todos los que estábamos esperando. Me
pareció muy poco profesional.

No necesito respuesta, solo que lo sepáis.

Ana Belén Roldán"""),
("es", "b160-es-rampa-baldosa-suelta", "Ignacio Pardo <ignacio.pardo@example.es>", "Rampa de acceso del centro de reuniones", "general", "high",
"""Buenos días:

En la rampa de acceso de vuestro centro de reuniones de la calle Colón
hay una baldosa suelta justo en la mitad, que se levanta al pisarla. Ayer
una compañera que va en silla de ruedas se quedó enganchada con la rueda
delantera y estuvo a punto de volcar; la sujetamos entre dos.

Se lo dijimos al conserje y nos contestó que ya lo sabían. Os pido que lo
arregléis o que la señalicéis antes de que alguien se haga daño de
verdad.

Ignacio Pardo"""),
("es", "b160-es-supervisor-limpieza-gerente", "Lorena Castillo <lorena.castillo@example.com.ar>", "Reclamo - supervisor de limpieza", "general", "high",
"""Buenas tardes,

Quiero dejar asentado un reclamo y pido que lo lea el gerente de la
empresa, no atención al cliente.

El jueves el supervisor del equipo de limpieza le levantó la voz y le
faltó el respeto a nuestra empleada de administración delante de dos
clientes, porque ella le pidió que no desenchufaran las computadoras.
La chica terminó llorando.

Espero el llamado del gerente esta semana: 11 4000 2219.

Lorena Castillo
Castillo & Asociados"""),
("es", "b160-es-desayunos-networking", "Bruno Salas <bruno.salas@example.es>", "Pregunta sobre eventos", "general", "",
"""Hola, somos nuevos en el coworking de Triana. ¿Organizáis algún
desayuno o evento para conocer a las demás empresas del edificio? Nos
encantaría participar.
Saludos, Bruno"""),
("es", "b160-es-tarjetas-de-muerte", "Rocío Benítez <rocio.benitez@example.es>", "Las tarjetas de visita", "general", "",
"""¡Hola!

Acaban de llegar las tarjetas de visita y han quedado de muerte. El papel
es precioso, el relieve del logo se nota un montón y los colores son
exactos. Mi socio dice que son las mejores que hemos tenido.

Gracias a Manu por la paciencia con los cambios de última hora.

Rocío"""),
# ---------------- Polish ----------------
("pl", "b160-pl-re-faktura-bledny-nip", "Agnieszka Wróblewska <ksiegowosc@wroblewski-transport.example.pl>", "Re: Faktura FV/0412/2024", "billing", "",
"""Dzień dobry Panie Marku,

dziękuję za szybką korektę, ale na nowej fakturze nadal jest stary NIP
spółki cywilnej (521-000-12-34). Od stycznia jesteśmy spółką z o.o. i
prawidłowy NIP to 521-000-98-76. Bez tego nie możemy zaksięgować kosztu.
Proszę o jeszcze jedną korektę.

Pozdrawiam
Agnieszka Wróblewska
Wróblewski Transport sp. z o.o.

-----Wiadomość oryginalna-----
Od: Marek Zając <faktury@czyste-biuro.example.pl>
Temat: Faktura FV/0412/2024
Pani Agnieszko, w załączniku przesyłam fakturę korygującą za sprzątanie
biura w marcu (2 150,00 zł netto) z nowym adresem siedziby.
Pozdrawiam, Marek Zając"""),
("pl", "b160-pl-blik-rezerwacja-sali", "Kuba Nowicki <kuba.nowicki@example.pl>", "Płatność", "billing", "",
"""Cześć, chcę zarezerwować salę na 4 osoby w czwartek na 3 godziny. Czy
mogę zapłacić BLIKiem? Przy rezerwacji online widzę tylko kartę i
przelew tradycyjny.
Kuba"""),
("pl", "b160-pl-likwidacja-spolki-dystrybutor", "Tadeusz Kamiński <t.kaminski@example.pl>", "Umowa na wodę - likwidacja spółki", "billing", "",
"""Szanowni Państwo,

uprzejmie informuję, że wspólnicy podjęli uchwałę o rozwiązaniu spółki
Kamiński Projekt sp. z o.o. i otwarciu likwidacji. Biuro przy ul.
Długiej w Gdańsku zostanie zamknięte z końcem miesiąca.

W związku z tym proszę o zakończenie umowy na dostawę wody i dzierżawę
dwóch dystrybutorów z ostatnim dniem miesiąca oraz o informację, kiedy
mogą Państwo je odebrać i czy pozostają jakieś należności do
uregulowania.

Z poważaniem
Tadeusz Kamiński, likwidator"""),
("pl", "b160-pl-sprzatanie-remont-zawieszenie", "Ewelina Sadowska <ewelina.sadowska@example.pl>", "Sprzątanie w lutym", "billing", "",
"""Dzień dobry,

w lutym w naszym biurze będzie remont (malowanie i wymiana podłóg), przez
cały miesiąc pracujemy zdalnie. Czy możemy zawiesić sprzątanie na luty i
nie płacić za ten miesiąc? Od 1 marca wracamy do normalnego grafiku.

Pozdrawiam,
Ewelina Sadowska"""),
("pl", "b160-pl-recepcja-mniejszy-pakiet", "Pawel Mazur <pawel.mazur@example.pl>", "pakiet recepcji", "billing", "",
"""Dzien dobry,

mamy u Panstwa pakiet "Recepcja Pelna" (odbieranie telefonow, poczta,
obsluga gosci). Od kiedy przenieslismy spotkania z klientami do
Krakowa, do biura w Katowicach prawie nikt nie przychodzi. Chcielibysmy
przejsc na tanszy pakiet - tylko telefony i poczta. Ile bedzie
kosztowal i od kiedy mozna zmienic?

Pawel Mazur"""),
("pl", "b160-pl-sala-trzy-zamiast-dwoch", "Monika Grabowska <monika.grabowska@example.pl>", "Rezerwacja 12.04", "billing", "",
"""Dzień dobry,

12 kwietnia mieliśmy zarezerwowaną salę "Wisła" od 10:00 do 12:00, a
obciążyliście nas za trzy godziny (3 x 120 zł). Wyszliśmy punktualnie
o 12. Proszę o korektę i zwrot 120 zł na kartę.

Monika Grabowska"""),
("pl", "b160-pl-rabat-fundacja", "Fundacja Dobry Start <biuro@dobrystart.example.org.pl>", "Pytanie o cennik", "billing", "",
"""Dzień dobry,

jesteśmy małą fundacją z Lublina, prowadzimy zajęcia dla dzieci z domów
dziecka. Szukamy firmy do sprzątania naszego biura raz w tygodniu (ok.
80 m2). Czy mają Państwo zniżki dla organizacji pozarządowych? Jaki
byłby koszt miesięczny?

Z pozdrowieniami
Halina Bąk, prezes fundacji"""),
("pl", "b160-pl-kaucja-za-butle", "Grzegorz Lis <grzegorz.lis@example.pl>", "Kaucja", "billing", "",
"""Dzien dobry, oddalismy kierowcy 8 pustych butli 19 l w zeszly
poniedzialek, a kaucja (8 x 30 zl) nadal nie wrocila na konto. Kiedy
mozemy sie jej spodziewac?
Grzegorz Lis"""),
("pl", "b160-pl-kot-biurowy-rosliny", "Zofia Rutkowska <zofia@pracownia-rutkowska.example.pl>", "Nasze rośliny", "billing", "",
"""Dzień dobry,

mamy trochę nietypową sprawę. Od miesiąca w pracowni mieszka z nami kot,
którego przygarnęła nasza graficzka. Okazało się, że obgryza liście, a
weterynarz powiedział, że kilka z naszych roślin (m.in. dieffenbachia i
monstera) jest dla kotów trujących. Kot zostaje, więc rośliny muszą
odejść.

Proszę o zakończenie umowy na wynajem roślin i odebranie donic. Ile
wynosi okres wypowiedzenia?

Zofia Rutkowska"""),
("pl", "b160-pl-niszczenie-cena-za-kg", "Robert Pawlak <r.pawlak@example.pl>", "Niszczenie dokumentów - ile kosztuje", "billing", "",
"""Dzień dobry,

porządkujemy archiwum i mamy do zniszczenia ok. 300 kg starych
dokumentów (segregatory, bez zszywek nie damy rady usunąć). Ile kosztuje
jednorazowy odbiór i zniszczenie z protokołem? Czy cena jest za kilogram
czy za pojemnik, i czy segregatory są dodatkowo płatne?

Robert Pawlak
Biuro Rachunkowe Pawlak, Poznań"""),
("pl", "b160-pl-podwojne-obciazenie-chargeback", "Karolina Szymańska <k.szymanska@example.pl>", "Dwa obciążenia karty", "billing", "high",
"""Dzień dobry,

za fakturę 2024/11/087 (dzierżawa kserokopiarki, 984,00 zł) karta
firmowa została obciążona dwukrotnie, 5 i 6 listopada. Zgłaszałam to
już telefonicznie 13 listopada i dostałam zapewnienie, że zwrot będzie
"w ciągu kilku dni". Minęły dwa tygodnie.

Jeśli do piątku pieniądze nie wrócą, składam w banku reklamację
transakcji (chargeback) i zgłaszam ją jako nieautoryzowaną.

Karolina Szymańska"""),
("pl", "b160-pl-kara-umowna-uokik", "Marian Kowalczyk <marian.kowalczyk@example.pl>", "Kara za wypowiedzenie umowy", "billing", "high",
"""Szanowni Państwo,

wypowiedziałem umowę na sprzątanie mojego gabinetu z zachowaniem
miesięcznego okresu wypowiedzenia, zgodnie z § 7 umowy. Mimo to
otrzymałem notę obciążeniową na 1 800 zł tytułem "kary umownej".
Umowa nie przewiduje żadnej kary przy wypowiedzeniu w terminie.

Żądam anulowania noty. W przeciwnym razie sprawę skieruję do
rzecznika konsumentów, a jeśli będzie trzeba - do sądu.

Marian Kowalczyk"""),
("pl", "b160-pl-zwrot-sala-przelozony", "Izabela Krawczyk <izabela.krawczyk@example.pl>", "ZWROT ZA SALĘ - proszę o kontakt przełożonego", "billing", "high",
"""To już czwarty mail w tej sprawie.

15 marca odwołaliście Państwo naszą rezerwację sali konferencyjnej na
szkolenie (awaria klimatyzacji w budynku). Zapłaciliśmy z góry 2 400 zł.
Obiecano zwrot w ciągu 7 dni - minął miesiąc. Za każdym razem ktoś inny
mówi mi, że "sprawa jest w toku".

Nie chcę kolejnej odpowiedzi z biura obsługi. Proszę, żeby
skontaktował się ze mną kierownik lub przełożony działu, dzisiaj lub
jutro: 601 000 338.

Izabela Krawczyk"""),
("pl", "b160-pl-niszczarka-raty", "Andrzej Wójcik <andrzej.wojcik@example.pl>", "Zakup niszczarki", "billing", "",
"""Dzien dobry, czy niszczarke biurowa za 3 290 zl mozna kupic na raty
0%? Albo w leasingu na firme? Prowadze jednoosobowa dzialalnosc.
Andrzej"""),
("pl", "b160-pl-kserokopiarka-smugi", "Beata Jasińska <beata.jasinska@example.pl>", "Smugi na kopiach", "technical", "",
"""Dzień dobry,

od kilku dni kserokopiarka na pierwszym piętrze robi szare smugi wzdłuż
każdej kopii, zawsze po lewej stronie. Przy drukowaniu z komputera jest
to samo. Wymieniliśmy toner na nowy, nic to nie dało. Czy może przyjechać
serwisant?

Beata Jasińska"""),
("pl", "b160-pl-panel-rezerwacji-logowanie", "Michal Zielinski <michal.zielinski@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do panelu rezerwacji sal. Po
wpisaniu hasla strona sie przeladowuje i wraca do ekranu logowania, bez
zadnego komunikatu. Probowalem w Chrome i Edge, tez w trybie
incognito. Wczoraj jeszcze dzialalo.
Michal"""),
("pl", "b160-pl-dystrybutor-nie-grzeje-nie-faktura", "Danuta Olszewska <danuta.olszewska@example.pl>", "Faktura listopad", "technical", "",
"""Dzień dobry,

w temacie jest faktura, bo odpowiadam na Państwa maila z fakturą, ale
nie chodzi o fakturę - jest w porządku i została zapłacona.

Chodzi o dystrybutor w kuchni: od tygodnia nie grzeje gorącej wody.
Lampka grzania się nie zapala, woda z czerwonego kranu jest letnia.
Zimna działa normalnie. Przełącznik z tyłu jest włączony.

Danuta Olszewska"""),
("pl", "b160-pl-pytanie-skan-do-maila", "Ola Michalska <ola.michalska@example.pl>", "Pytanie", "technical", "",
"""Hej, urządzenie wielofunkcyjne przestało wysyłać skany na maila po tym,
jak przenieśliśmy pocztę do nowego dostawcy. Wyskakuje "Błąd serwera
SMTP". Drukowanie działa. Gdzie trzeba zmienić ustawienia? Może ktoś się
połączyć zdalnie?
Ola"""),
("pl", "b160-pl-zamowienie-tablet-identyfikatory", "Krzysztof Dudek <krzysztof.dudek@example.pl>", "Zamówienie 20417", "technical", "",
"""Dzień dobry,

tablet do rejestracji gości w recepcji przestał drukować identyfikatory.
Gość się rejestruje, system pokazuje "Drukowanie..." i nic. Drukarka
etykiet świeci na zielono i ma rolkę. Rejestrujemy gości ręcznie,
ale wolałbym, żeby to działało.

Krzysztof Dudek"""),
("pl", "b160-pl-lampy-roslin-timer", "Natalia Wilk <natalia.wilk@example.pl>", "lampy nad roślinami", "technical", "",
"""Dzień dobry, lampy doświetlające rośliny w sali bez okien nie
włączają się już automatycznie rano, tylko jak ktoś ręcznie przełączy.
Chyba coś z wyłącznikiem czasowym. Czy serwisant może to sprawdzić przy
najbliższej wizycie?
Natalia"""),
("pl", "b160-pl-niszczarka-iskry", "Jacek Sikora <jacek.sikora@example.pl>", "Niszczarka", "technical", "high",
"""Dzień dobry,

informuję, że dzierżawiona od Państwa niszczarka w sekretariacie zaczęła
dziś iskrzyć przy gnieździe kabla zasilającego, było też słychać
trzaski. Odłączyliśmy ją od prądu i wynieśliśmy na korytarz. Nikomu nic
się nie stało.

Proszę o informację, kiedy możecie ją odebrać lub wymienić.

Jacek Sikora
Urząd Gminy, sekretariat"""),
("pl", "b160-pl-ksero-dym", "Weronika Adamczyk <weronika.adamczyk@example.pl>", "ksero", "technical", "high",
"""Dzień dobry, dziś po południu z kserokopiarki w naszym biurze zaczął
wydobywać się dym z tyłu, od strony wyjścia papieru, i był wyraźny
zapach spalenizny. Wyłączyliśmy ją z gniazdka i przewietrzyliśmy pokój.
Nie będziemy jej używać, dopóki serwisant jej nie obejrzy.

Weronika Adamczyk, Wrocław"""),
("pl", "b160-pl-przychodnia-nikt-nie-odbiera", "Aleksandra Baran <a.baran@przychodnia-zdrowie.example.pl>", "Telefony", "technical", "high",
"""Dzień dobry,

od 7:30 pacjenci nie mogą się do nas dodzwonić. Numer rejestracji
przekierowany jest do Państwa centrum obsługi telefonicznej, a pacjenci
słyszą tylko sygnał zajętości. Ludzie przychodzą osobiście do
przychodni, żeby się zarejestrować albo odwołać wizytę, a w kolejce
stoją starsze osoby.

Proszę o pilny kontakt: 81 000 44 12.

Aleksandra Baran
Kierownik rejestracji, Przychodnia Zdrowie"""),
("pl", "b160-pl-biuro-rachunkowe-nie-drukuje", "Jerzy Kołodziej <jerzy.kolodziej@example.pl>", "drukowanie", "technical", "high",
"""Dzien dobry,

w calym biurze rachunkowym nikt nie moze drukowac - 9 stanowisk, oba
urzadzenia od Panstwa. Wydruki wisza w kolejce ze statusem "blad".
Dzis mija termin na deklaracje i klienci przychodza je podpisac, a my
nie mamy im czego dac do reki.

Restartowalismy wszystko. Prosze o natychmiastowe polaczenie zdalne,
tel. 12 000 87 66.

Jerzy Kolodziej"""),
("pl", "b160-pl-dystrybutor-kabel-stopiony", "Renata Michalak <renata.michalak@example.pl>", "Dystrybutor wody", "technical", "high",
"""Dzień dobry,

dziś rano w kuchni poczuliśmy swąd i okazało się, że wtyczka i kawałek
kabla od dystrybutora wody są nadtopione, a gniazdko jest ciepłe.
Dystrybutor odłączyliśmy, a bezpiecznik od kuchni wyłączyliśmy na
wszelki wypadek.

Proszę o przysłanie serwisu i sprawdzenie urządzenia.

Renata Michalak"""),
("pl", "b160-pl-aplikacja-brak-powiadomien", "Tomasz Górski <tomasz.gorski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

aplikacja do rezerwacji sal od ostatniej aktualizacji nie wysyła
przypomnień o spotkaniach ani potwierdzeń rezerwacji. Rezerwacje się
zapisują, widzę je w kalendarzu, tylko powiadomienia nie przychodzą.
iPhone 13, iOS 17.

Tomasz Górski"""),
("pl", "b160-pl-serwisant-nie-przyjechal", "Wiesław Czarnecki <w.czarnecki@example.pl>", "SERWIS!!!", "technical", "",
"""MIAL PRZYJECHAC SERWISANT WE WTOREK. NIE PRZYJECHAL I NIKT NIE
ZADZWONIL.

Drukarka w sekretariacie dalej zacina papier co kilka kartek. Na razie
drukujemy na tej w ksiegowosci, ale ile mozna biegac po pietrach.
Prosze podac NOWY termin i go dotrzymac.

W. Czarnecki"""),
("pl", "b160-pl-recepcja-wigilia-godziny", "Elżbieta Zawadzka <elzbieta.zawadzka@example.pl>", "Godziny recepcji w święta", "general", "",
"""Dzień dobry, w jakich godzinach będzie czynna recepcja budynku przy
Rondzie ONZ w Wigilię i między świętami? Spodziewamy się przesyłek
kurierskich 27 grudnia.
Pozdrawiam, Elżbieta Zawadzka"""),
("pl", "b160-pl-podziekowanie-pani-recepcja", "Irena Szewczyk <irena.szewczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować pani Magdalenie z recepcji w budynku na
Mokotowie. W zeszłym tygodniu zasłabłam w holu, a ona od razu zadzwoniła
po pogotowie, posadziła mnie, dała wodę i została ze mną do przyjazdu
karetki, choć przy biurku czekali inni. Wszystko już dobrze.

Proszę przekazać jej moje podziękowania, a także jej przełożonym.

Z wyrazami szacunku
Irena Szewczyk"""),
("pl", "b160-pl-pendrive-w-sali", "Dominik Kaczmarek <dominik.kaczmarek@example.pl>", "Zgubiony pendrive", "general", "",
"""Czesc, we wtorek mialem spotkanie w sali "Odra" i chyba zostawilem
pendrive (czerwony, z brelokiem) w laptopie przy rzutniku albo na stole.
Znalazl go ktos? Moge podjechac w kazdej chwili.
Dominik"""),
("pl", "b160-pl-dostawy-od-podworza", "Halina Piotrowska <halina.piotrowska@example.pl>", "Dostawy wody", "general", "",
"""Dzień dobry,

prosimy, aby od przyszłego tygodnia kierowca wnosił butle od strony
podwórza (brama od ul. Kilińskiego), a nie przez sklep. Domofon
"biuro", drugie piętro. W sklepie jest remont i nie da się przejść z
wózkiem.

Dziękuję,
Halina Piotrowska"""),
("pl", "b160-pl-zmiana-osoby-kontaktowej", "Łukasz Wysocki <lukasz.wysocki@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

uprzejmie informuję, że od 1 czerwca osobą do kontaktu w sprawie
sprzątania naszego biura jestem ja, w miejsce pani Anny Kubiak, która
przeszła do innego działu. Proszę o aktualizację danych:

Łukasz Wysocki
tel. 600 000 219
lukasz.wysocki@example.pl"""),
("pl", "b160-pl-rodo-monitoring-recepcja", "Sebastian Kubacki <sebastian.kubacki@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzają Państwo w związku z wizytami w biurowcu przy ul.
Grunwaldzkiej (rejestr gości w recepcji), jak długo są przechowywane, a
także o kopię tych danych, w tym zdjęć wykonanych przy rejestracji.

Sebastian Kubacki"""),
("pl", "b160-pl-sponsoring-festyn", "Rada Rodziców SP 12 <radarodzicow.sp12@example.pl>", "Prośba o wsparcie festynu", "general", "",
"""Dzień dobry,

Rada Rodziców Szkoły Podstawowej nr 12 w Łodzi organizuje 1 czerwca
festyn rodzinny na Dzień Dziecka (ok. 600 osób). Czy Państwa firma
mogłaby wesprzeć nas, użyczając na ten dzień dystrybutorów z wodą?
W zamian umieścimy logo na plakatach i podziękujemy ze sceny.

Z pozdrowieniami
Marta Lewandowska"""),
("pl", "b160-pl-choinki-do-biura", "Kamila Baranowska <kamila.baranowska@example.pl>", "choinki", "general", "",
"""Dzień dobry, czy wypożyczacie też żywe choinki do biur na okres
świąteczny, razem z dekoracją? Mamy dwa piętra w Poznaniu. Do kiedy
trzeba się zgłosić?
Kamila"""),
("pl", "b160-pl-sprzataczka-zachowanie", "Artur Lewandowski <artur.lewandowski@example.pl>", "Uwagi do ekipy sprzątającej", "general", "",
"""Dzień dobry,

sprzątanie jest w porządku, ale mam uwagę co do jednej z pań, która
przychodzi wieczorem. Kilka razy zauważyliśmy, że siada przy biurkach
pracowników i przegląda leżące na nich dokumenty, a raz korzystała z
naszego ekspresu do kawy i lodówki. Prosimy, żeby ktoś z nią
porozmawiał.

Artur Lewandowski"""),
("pl", "b160-pl-gwozdz-podloga-sala", "Marzena Tomaszewska <marzena.tomaszewska@example.pl>", "Sala konferencyjna na 3. piętrze", "general", "high",
"""Dzień dobry,

w sali konferencyjnej "Warta" na 3. piętrze, tuż przy wejściu, odstaje
listwa progowa i wystaje z niej gwóźdź na ok. centymetr. Dziś
uczestniczka szkolenia rozcięła sobie o niego stopę przez but - trzeba
było ją opatrzyć. Zgłosiliśmy to w recepcji, ale nikt nie przyszedł.

Jutro mamy tam kolejne szkolenie z 20 osobami. Proszę o pilną naprawę.

Marzena Tomaszewska"""),
("pl", "b160-pl-kierowca-agresywny-kierownik", "Henryk Jabłoński <henryk.jablonski@example.pl>", "Skarga na kierowcę", "general", "high",
"""Szanowni Państwo,

wczoraj Państwa kierowca dostarczający wodę zwymyślał naszą
recepcjonistkę, bo poprosiła go, żeby poczekał, aż skończy rozmowę
telefoniczną. Krzyczał przy klientach i rzucił butlą o podłogę.

Domagam się rozmowy z kierownikiem lub dyrektorem firmy, a nie z
infolinią. Oczekuję kontaktu do końca tygodnia: 502 000 617.

Henryk Jabłoński
Prezes Zarządu"""),
("pl", "b160-pl-dni-otwarte-szkolenia", "Ania Wrona <ania.wrona@example.pl>", "wydarzenia", "general", "",
"""Hej, czy w waszym centrum biurowym organizujecie jakieś śniadania
biznesowe albo spotkania dla najemców? Jesteśmy nową firmą na 5. piętrze
i chętnie poznamy sąsiadów.
Ania"""),
("pl", "b160-pl-ekipa-wymiata", "Kasia Pietrzak <kasia.pietrzak@example.pl>", "Wasza ekipa to bomba", "general", "",
"""Dzien dobry!

Musze to napisac - ekipa, ktora w sobote sprzatala biuro po
przeprowadzce, po prostu wymiata. Pan Zbyszek i dwie panie ogarnely
trzy pietra w pare godzin, w poniedzialek wszystko lsnilo. Bomba!

Pozdrowienia z Gdyni,
Kasia"""),
]
