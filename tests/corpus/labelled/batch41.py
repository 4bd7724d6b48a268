# batch41.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Mostly health-side businesses: hospital car parks and
# cafes, blood test labs, emergency vets, optician chains, hearing tests
# and hearing aids, physiotherapy and mental health apps, pharmacy
# delivery, medical equipment rental and mobility scooters.  The failure
# classes in new situations -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in other words, outages of a business told by their
# consequences, safety hazards told calmly, praise -- and everyday mail of
# all three queues.  40 mails per language, written separately for each.
# Same tuple format as batch12.py; slugs start with "b41-".
M += [
# ---------------- English ----------------
("en", "b41-hosp-parking-card-twice", "Alan Whitcombe <alan.whitcombe@example.co.uk>", "Car park machine", "billing", "",
"""Hello,

I was visiting my wife on Ward 7 on Sunday afternoon and paid at the
pay station by the main entrance (Level 2 of the multi-storey). The
machine said "transaction declined" so I tapped my card again and it
went through. My bank app now shows 4.20 taken twice, both at 15:52.

Could the first one be put back on my card please? I have the ticket
if you need the number.

Alan Whitcombe"""),
("en", "b41-concession-permit-chemo", "Sinead Murtagh <sinead.murtagh@example.ie>", "Question", "billing", "",
"""Hi there,

My husband has just started chemo at the day unit and we'll be in
twice a week for the next four months. A nurse said there's a reduced
weekly permit for oncology patients. How much is it, and can I pay for
it online or does it have to be at the office? We've been paying
the full hourly rate up to now which is adding up fast.

Thanks a million,
Sinead"""),
("en", "b41-vet-estimate-vs-bill", "Declan Foley <declan.foley@example.ie>", "Bill for Bonnie - 14th", "billing", "",
"""Good morning,

I brought our collie Bonnie into your out-of-hours clinic on the night
of the 14th after she ate a corn cob. The vet gave us an estimate of
EUR 450-500 for the X-rays and overnight monitoring, which we signed.
The bill that came through this week is EUR 782.

I'm not saying anyone did anything wrong and Bonnie is grand now, but
I'd like an itemised breakdown so I can see where the extra came from
before I pay the balance.

Regards,
Declan Foley"""),
("en", "b41-pet-plan-smudge", "Margaret Ibbotson <m.ibbotson@example.co.uk>", "Smudge", "billing", "",
"""Dear all,

Our old cat Smudge had to be put to sleep on Tuesday. Thank you to
everyone at the clinic who was so kind to him over the years.

He was on your Pet Health Plan at 14.50 a month. There won't be any
more check-ups for him, so please could you make sure nothing further
is taken from our account.

With thanks,
Margaret and Ken Ibbotson"""),
("en", "b41-physio-app-annual-to-basic", "Rhys Penhaligon <rhys.p@example.com>", "Premium", "billing", "",
"""Hi - this isn't a problem with the app, it works great and my knee is
miles better. I just don't need the live video sessions with the
physio any more. Can I move from Premium annual (89.99) down to the
free plan when it renews in June, and keep my exercise history?
Cheers, Rhys"""),
("en", "b41-mh-app-coaching-done", "Jordan Whitaker <jordan.whitaker@example.com>", "Moving on (in a good way)", "billing", "",
"""Hey,

Kind of a weird email to write but: I've been using the 1:1 coaching
on your app since January and honestly I'm in a much better place
now. My coach and I agreed last week that I'm good to go it alone for
a while. So I won't be needing the $59.99/month coaching plan after
this cycle. I'd still like to keep the free meditation stuff if that's
possible.

Please pass on a huge thank you to Dana.

Jordan"""),
("en", "b41-lenses-pause-trip", "Kylie Drummond <kylie.drummond@example.com.au>", "Lens deliveries", "billing", "",
"""G'day,

I'm off to Europe for three months from 2 September. Can you pause my
monthly contact lens direct debit (AUD 42) while I'm away and start it
up again in December? I've got enough dailies to last the trip, no
point paying for boxes that'll just sit in the letterbox.

Thanks heaps,
Kylie Drummond
Customer no. 5581-2290"""),
("en", "b41-lab-invoice-company-name", "Venkatesh Raman <venkatesh.raman@example.in>", "Invoice required for reimbursement", "billing", "",
"""Dear Sir/Madam,

I have done the Full Body Checkup (Advanced) at your Indiranagar
collection centre on 03/05 and paid Rs. 3,450 by UPI. The receipt sent
on WhatsApp is in my own name only.

My company reimburses annual health checkup but the accounts team is
asking for a proper tax invoice with GSTIN and the company name
(Sarvam Infotech Pvt Ltd) mentioned. Kindly issue the same at the
earliest and revert.

Thanks and regards,
Venkatesh Raman"""),
("en", "b41-bed-rental-mum-passed", "Carol Henshaw <carol.henshaw@example.co.uk>", "Hire agreement HB-20417", "billing", "",
"""Hello,

I'm writing about the profiling bed and pressure mattress we've been
hiring for my mother at 26 Larch Close, Chesterfield. Mum died
peacefully at home on Friday, so we won't be needing them any longer.

Could you arrange to collect them and stop the weekly hire charge from
this week? We paid a 150 deposit at the start which I assume comes
back to my card once they're collected - please let me know if you
need anything from me for that.

Many thanks,
Carol Henshaw"""),
("en", "b41-scooter-vat-relief", "Dennis Crowther <dennis.crowther@example.co.uk>", "Price of the Cruiser 8", "billing", "",
"""Dear Sir,

I am looking at the Cruiser 8 mobility scooter in your catalogue at
1,895.00. I have COPD and I'm told I shouldn't pay VAT on it because
it's for my own use. Is the VAT already taken off that price, or is
there a form to fill in first? Also, do you take payment in monthly
amounts, and is there interest?

Yours faithfully,
Dennis Crowther"""),
("en", "b41-re-hearing-aid-deposit", "Pamela Stokes <pamela.stokes@example.co.uk>", "Re: Your hearing aid quotation", "billing", "",
"""Thank you. Just to check before I go ahead - the 250 deposit I paid
at the hearing test in March, is that already taken off the 2,390, or
will I be paying the full amount and getting it back separately?

Pamela

-----Original Message-----
From: Clearwave Hearing, Harrogate
Sent: 18 April 2024 11:02
Subject: Your hearing aid quotation

Dear Mrs Stokes,

Following your fitting consultation, please find below your
quotation for a pair of Lumen 5 rechargeable hearing aids:
Total 2,390.00 including 4 years' aftercare.

Kind regards,
Joanne, Patient Care Coordinator"""),
("en", "b41-pcn-paid-via-app-popla", "Graham Ainsworth <graham.ainsworth@example.co.uk>", "Parking charge notice PC-883104", "billing", "high",
"""To whom it may concern,

I have received a Parking Charge Notice for 100.00 (reduced to 60.00
if paid in 14 days) for "no valid payment" at the Royal Infirmary car
park on 9 March. I paid 6.40 through your own app for that exact
registration for the whole time I was there - I was sitting with my
father in A&E for five hours. The app receipt and my card statement
are attached.

I will not be paying this. If the notice is not cancelled in writing
I will appeal to POPLA and, if it comes to it, defend it in the county
court. I am also copying the hospital's Patient Advice and Liaison
Service.

Graham Ainsworth"""),
("en", "b41-vet-deposit-dispute", "Tiffany Alvarez <tiffany.alvarez@example.com>", "Deposit refund - Biscuit", "billing", "high",
"""Hi,

On May 2 I brought my dog Biscuit to your emergency hospital and you
took a $500 deposit on my Visa before anyone saw him. After a 3 hour
wait we transferred him to our regular vet's sister clinic, and your
front desk said the unused deposit would be refunded in 5-7 business
days. It has now been 4 weeks and I've called three times.

If I don't see the $500 back by Friday, I'm filing a dispute with my
credit card company. I'd rather not have to.

Tiffany Alvarez
(512) 555-0148"""),
("en", "b41-scooter-return-manager", "Brian Kettle <brian.kettle@example.co.uk>", "Scooter returned 5 weeks ago - still no refund", "billing", "high",
"""I returned the folding scooter on 28 February, within your 14 day
return period, because it was too heavy for my wife to lift into the
car. Your driver collected it and signed for it. I was promised a
refund of 1,249 within 10 working days.

Five weeks on, nothing. Every time I ring I get told it's "with
accounts". I want to speak to a manager, not the helpline, and I want
a date for the money.

Brian Kettle
07700 900 356"""),
("en", "b41-parking-app-invalid-location", "Lucy Fenwick <lucy.fenwick@example.co.uk>", "App won't accept the car park", "technical", "",
"""Morning,

Every time I type the location code on the sign at the maternity car
park (4417) into the app it says "Invalid location, please try again".
Tried it on my phone and my partner's. Ended up paying at the machine
with coins. Is the code wrong or is the app?

Lucy"""),
("en", "b41-hello-results-pdf", "Omar Siddiqui <omar.siddiqui@example.com>", "Hello", "technical", "",
"""Hello, I got a text to say my blood results are ready but when I tap
"View report" in the patient portal it just shows a grey box and a
spinning wheel. Same on the laptop. I can see the test was done on the
12th, just not the actual results."""),
("en", "b41-physio-videos-freeze", "Harriet Osei <harriet.osei@example.co.uk>", "Exercise videos", "technical", "",
"""Hi,

Not after a refund or anything, I really like the programme my physio
set up for my shoulder. But for the last week the exercise videos
freeze about 10 seconds in and then the app jumps back to the home
screen. Wi-Fi is fine, YouTube plays no problem. iPhone 12, app updated
yesterday.

Harriet"""),
("en", "b41-mh-journal-entries-gone", "Sam Kowalski <sam.kowalski@example.com>", "my journal", "technical", "",
"""After the update on Tuesday all my mood journal entries from before
March have disappeared. The calendar just shows empty days. That's
nearly a year of notes I was going to go through with my therapist.
Please tell me they're still on your servers somewhere and there's a
way to get them back."""),
("en", "b41-hearing-aids-new-phone", "Bernard Quigley <bernard.quigley@example.ie>", "Hearing aids and new phone", "technical", "",
"""Dear Sir or Madam,

My daughter bought me a new phone for my birthday and now my hearing
aids will not connect to it. The old phone worked perfectly. The
phone says "pairing unsuccessful". I have turned the aids off and on
by opening the battery doors as the lady showed me. I am 84 and not
very good with these things so simple steps would be appreciated.

Bernard Quigley"""),
("en", "b41-varifocals-arm-loose", "Nicola Barraclough <nicola.b@example.co.uk>", "Glasses", "technical", "",
"""Hiya, picked up my new varifocals from the Leeds branch three weeks ago
and the right arm keeps working loose. Had it tightened in store twice,
now the little screw has dropped out completely and the arm's hanging
off. Can't drive without them. Is it a case of bringing them back in or
do you send them away?"""),
("en", "b41-repeat-button-greyed", "Patrick Nwosu <patrick.nwosu@example.com>", "Repeat prescription", "technical", "",
"""Hi,

The "Order repeat" button for my blood pressure tablets is greyed out in
the app. It's been like that since Saturday. My GP surgery says the
prescription is active at their end. I've logged out and back in. I've
got about 9 days' tablets left so not desperate yet, but I'd like it
sorted.

Patrick"""),
("en", "b41-scooter-wont-hold-charge", "Gwen Pritchard <gwen.pritchard@example.co.uk>", "Scooter", "technical", "",
"""Hello,

My Pathfinder 4 scooter is only going about a mile before the battery
lights drop to red and it slows right down. It used to do the trip to
the shops and back twice over. I charge it overnight and the charger
light goes green in the morning. It's 18 months old.

Gwen Pritchard
Brecon"""),
("en", "b41-scooter-charger-crackle", "Roy Allsop <roy.allsop@example.co.uk>", "Charger", "technical", "high",
"""Good afternoon,

No great hurry with this, but I thought I should let you know. Last
night the charger for my mobility scooter was making a crackling noise
and when I went to look there was a smell of burning and the plug end
was too hot to hold. I switched it off at the wall and it's now
sitting in the porch on the tiled floor. The plastic near the lead has
gone a brownish colour.

I have not used it since. Could someone let me know what to do about
a replacement.

Regards,
Roy Allsop"""),
("en", "b41-oxygen-concentrator-low-flow", "Fiona Carmichael <fiona.carmichael@example.co.uk>", "Concentrator", "technical", "high",
"""Hi,

The oxygen concentrator you supplied to my dad (rental ref OC-5520)
keeps sounding the alarm with the orange light on, and the little ball
in the flow meter is sitting well below 2 litres however far I turn the
knob. He uses it overnight and he's already breathless this evening.
We've got one backup cylinder left. Can an engineer come out tonight,
or tell me what to do? 07700 900 812.

Fiona"""),
("en", "b41-surgery-bloods-forms-down", "Practice Manager <manager@oakfieldsurgery.example>", "Phlebotomy this morning", "technical", "high",
"""Hello,

Since 8am none of our clinicians can raise blood test requests through
your ordering system - it accepts the login then just shows "Service
unavailable". Our phlebotomy clinic has 38 patients booked this morning
and we can't print forms or sample labels for any of them. We've
already had to send the first ten home, several of them fasted and
some are on warfarin monitoring.

Please ring me on 01632 960 273 as soon as you can.

Hannah Lister
Practice Manager, Oakfield Surgery"""),
("en", "b41-pharmacy-driver-app-empty", "Kirkgate Pharmacy <info@kirkgatepharmacy.example>", "Deliveries", "technical", "high",
"""Hi,

Our two delivery drivers have been sat in the shop since 9. The driver
app shows "No deliveries assigned" even though there are 64 bags
scanned out on the system for today - a lot of them are housebound
patients and care homes waiting on their weekly trays. We've tried
restarting the phones and re-scanning two of the bags, nothing shows.

Can someone call the pharmacy on 0113 496 0781 please.

Imran, Kirkgate Pharmacy"""),
("en", "b41-hearing-aid-third-repair", "Sheila Armitage <sheila.armitage@example.co.uk>", "Hearing aid - third time", "technical", "high",
"""I am writing for the third time about my left hearing aid. It cuts
out completely for a minute or so several times a day. It has been
sent away for repair twice since January and came back each time with
a note saying "no fault found". It is the same fault.

I no longer want to deal with the branch. I want this passed to someone
senior who can authorise a replacement, and I expect a reply from that
person in writing.

Mrs S. Armitage"""),
("en", "b41-cafe-night-shift-hours", "Dev Patel <dev.patel@example.co.uk>", "Café on the ground floor", "general", "",
"""Hi, is the café by the outpatients entrance open overnight at all? My
mum's on the stroke ward and I'm doing nights with her this week. Or
is there somewhere else on site to get a hot drink after 8pm? Thanks"""),
("en", "b41-thanks-night-vet-nurse", "Elaine Boyd <elaine.boyd@example.co.uk>", "Thank you to Aoife", "general", "",
"""Dear team,

Just a short note to say thank you to Aoife, the nurse who was on
nights on Saturday when we brought Pepper in after she was hit by a
car. She kept us updated every hour, she let us sit with Pepper before
surgery, and she rang us at 4am to say she was out and breathing on
her own. Pepper is home now, wobbly but eating.

We'll never forget how kind she was.

Elaine, Stuart and Pepper"""),
("en", "b41-lost-bag-hospital-cafe", "Joyce Elphick <joyce.elphick@example.co.uk>", "Left my bag", "general", "",
"""Hello,

I think I left a small navy shoulder bag on a chair in the café next
to the main reception on Wednesday about half eleven. It has my reading
glasses, a purse with a bus pass in the name of Joyce Elphick, and a
little notebook. Has anyone handed it in? Where would I collect it?

Joyce Elphick"""),
("en", "b41-pharmacy-side-gate", "Chris Lomas <chris.lomas@example.com>", "Deliveries to 14 Barnfield Road", "general", "",
"""Hi,

Nothing to do with payment, all fine there. Can you add a note for
the drivers: please bring my dad's medication to the side gate, not
the front door. He's in the back bedroom now and can't get to the
front quickly. The gate's unlocked in the day. Thanks very much.

Chris (son of Frank Lomas, DOB 02/11/1938)"""),
("en", "b41-change-address-hearing", "Eileen Cartwright <eileen.cartwright@example.co.uk>", "New address", "general", "",
"""Dear Clearwave,

I have moved into sheltered housing and my address is now Flat 12,
Willow Court, Bridge Street, Malton YO17 7HL. My new telephone number
is 01653 960 118. Please update my records so my appointment letters
come here.

Thank you,
Mrs E. Cartwright"""),
("en", "b41-lab-copy-of-records", "Thomas Reilly <thomas.reilly@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the results of all blood tests processed by your
laboratory since 2019, the names of the organisations you have shared
them with, and any call recordings.

Name: Thomas Reilly
Date of birth: 17/08/1979
Address: 3 Canal Side, Stoke-on-Trent ST4 2QP

Thomas Reilly"""),
("en", "b41-fasting-water-question", "Mia Castellano <mia.castellano@example.com>", "before my appointment", "general", "",
"""hi, booked in for a fasting glucose and cholesterol test at 8.15 on
Thursday. Can I drink water before? And black coffee or is that a no?
Thanks!"""),
("en", "b41-charity-walk-sponsor", "Friends of St Luke's <friends@stlukes-charity.example>", "Sponsorship - Sight Walk 2024", "general", "",
"""Dear Sir/Madam,

The Friends of St Luke's Eye Hospital are holding a 10k sponsored
"Sight Walk" around Bradford on Sunday 22 September, raising money for
a new children's waiting area.

As your branches see so many of our patients, we wondered whether your
company might sponsor the event - for example drinks stations or the
printed route maps - in return for your logo on our materials and a
stand at the finish line.

I'd be happy to send more details.

Best wishes,
Linda Greaves
Events Coordinator"""),
("en", "b41-optician-receptionist-sigh", "Anjali Mistry <anjali.mistry@example.co.uk>", "Saturday visit", "general", "",
"""Hello,

I brought my son (he's 9 and autistic) for his eye test at your
Leicester Highcross branch on Saturday. We were a few minutes late
because of parking. The receptionist sighed loudly, said "well we're
very busy" in front of everyone and made a comment about "some
parents". My son was upset before he even got into the room.

The optometrist was lovely, to be fair. I just think the front desk
needs reminding that not every child can be rushed.

Anjali Mistry"""),
("en", "b41-re-scooter-delivery-slot", "Norman Heald <norman.heald@example.co.uk>", "Re: Order SC-40912 confirmed", "general", "",
"""Thanks for this. Paid in full on the phone on Monday so nothing
outstanding I think. When will the driver be bringing it? I'm in every
day except Tuesday mornings when I go to the day centre. Also can they
show me how to use it when they come?

Norman Heald

> Dear Mr Heald,
> Thank you for your order of a Mobilo 3 mobility scooter (red).
> We will be in touch shortly to arrange a delivery date.
> Kind regards, Mobilo Customer Services"""),
("en", "b41-hearing-test-dad-dementia", "Karen O'Connell <karen.oconnell@example.co.uk>", "Dad's hearing test", "general", "",
"""Hello,

I'd like to book a hearing test for my dad, who has early dementia. Can
I come into the room with him? And is there a quieter time of day at
your Chester branch - he gets confused in a busy waiting room. Also
does he need to bring anything, e.g. a list of his medication?

Karen O'Connell"""),
("en", "b41-car-park-kerb-fall", "Steven Marsh <steven.marsh@example.co.uk>", "Car park - broken kerb by pay machines", "general", "high",
"""Hello,

This morning my father (79) caught his foot on the broken kerb stone by
the pay machines in the Blue car park and went down hard. He's been
checked over in A&E, bruised and a cut hand, nothing broken, thank
God. The stone is cracked and sitting about two inches proud, and
there's no cone or tape near it. While we were there a lady with a
walking frame nearly went over at the same spot.

Please get it fenced off before someone breaks a hip.

Steven Marsh"""),
("en", "b41-vet-reception-manager", "Rebecca Haigh <rebecca.haigh@example.co.uk>", "How we were treated on Friday", "general", "high",
"""To the clinic director,

On Friday night we brought our dog Toby in, and we had to make the
decision to have him put to sleep. While we were still crying in the
waiting area, the receptionist took a personal call on her mobile and
laughed loudly the whole way through, then came over and asked if we
could "move to the corridor as there's people waiting". We had been in
the building less than an hour.

The vet himself was kind. But I want the clinic director or practice
owner to contact me personally. This needs to go higher than the front
desk.

Rebecca Haigh"""),
]
M += [
# ---------------- Greek ----------------
("el", "b41-gl-parking-xameno-eisitirio", "Stelios Vlachos <stelios.vlachos@example.gr>", "parking klinikhs", "billing", "",
"""Kalhspera sas,
thn Pempth phga th mhtera mou sthn kardiologikh klinikh kai parkara sto
ypogeio parking sas. Mesa sth fasaria exasa to eisithrio kai sthn
exodo o ypallhlos mou xrewse 25 eurw "xameno eishthrio = oloklhrh mera"
enw eimastan mesa 2 wres. Exw thn apodeixh ths klinikhs me thn wra pou
mphkame kai vghkame. Mporeite na mou epistrepsete th diafora?
Eyxaristw
Stelios Vlachos"""),
("el", "b41-apodeixeis-forologiki", "Αικατερίνη Σταματοπούλου <k.stamatopoulou@example.gr>", "Αποδείξεις για τη φορολογική δήλωση", "billing", "",
"""Καλημέρα σας,

Ετοιμάζω τη φορολογική δήλωση και ο λογιστής μου ζητάει αποδείξεις για
όλες τις ιατρικές δαπάνες του 2023. Έκανα στο εργαστήριό σας στο
Χαλάνδρι εξετάσεις αίματος τρεις φορές (Φεβρουάριο, Ιούνιο και
Νοέμβριο) και πλήρωσα με κάρτα. Δεν κράτησα τις χάρτινες αποδείξεις.
Μπορείτε να μου τις στείλετε με email, ή έστω μια βεβαίωση με τα
ποσά;

ΑΦΜ: 045118273

Με εκτίμηση,
Αικατερίνη Σταματοπούλου"""),
("el", "b41-paraptemptiko-plirosa-oloklira", "Γιωργος Μανωλακης <g.manolakis@example.gr>", "Εξετασεις 22/4", "billing", "",
"""Καλησπερα,

Στις 22/4 εκανα εξετασεις θυρεοειδους και βιταμινης D στο κεντρο σας
στο Ηρακλειο. Ειχα ηλεκτρονικο παραπεμπτικο απο τον γιατρο μου, αλλα
στο ταμειο μου ειπαν οτι "δεν περναει το συστημα" και πληρωσα ολο το
ποσο, 48 ευρω, αντι για τη συμμετοχη 15%. Μου ειπαν να στειλω email.
Πως θα μου επιστραφει η διαφορα;

Γιωργος Μανωλακης
6944 118 702"""),
("el", "b41-gl-kthniatreio-doseis", "Dimitra K. <dimitra.kal@example.gr>", "xeirourgeio Lola", "billing", "",
"""Geia sas, h Lola (labrador 6 xronwn) prepei na kanei xeirourgeio sto
xiasti (xiastos syndesmos) kai o giatros mas edwse prosfora 1.200 e.
Den ta exw ola mazi twra. Ginetai na plhrwsw me atokes doseis me
pistwtikh? An nai poses? Kai prepei na dwsw prokatavolh gia na
kleisoume hmeromhnia?
Eyxaristw polu, Dimitra"""),
("el", "b41-fysiko-app-metakomisi", "Νεφέλη Αργυροπούλου <nefeli.argyro@example.gr>", "Συνδρομή", "billing", "",
"""Γεια σας,

Τον Σεπτέμβριο μετακομίζω στο Μόναχο για δουλειά και θα συνεχίσω
φυσικοθεραπεία εκεί με φυσικοθεραπευτή από κοντά. Οπότε δεν θα
χρειάζομαι πια το πρόγραμμα στην εφαρμογή σας. Η συνδρομή μου (19,90€
τον μήνα) ανανεώνεται στις 5 κάθε μήνα - μπορείτε να τη σταματήσετε
από την επόμενη;

Ευχαριστώ για όλα, με βοήθησε πολύ μετά την επέμβαση στον ώμο.
Νεφέλη"""),
("el", "b41-psychiki-etisia-anti-miniaias", "Παύλος Ζερβός <pavlos.zervos@example.gr>", "Λάθος χρέωση", "billing", "",
"""Καλησπέρα,

Χθες πάτησα να γραφτώ στο μηνιαίο πακέτο της εφαρμογής (12,99€) και
σήμερα βλέπω στην τράπεζα χρέωση 109,99€, δηλαδή το ετήσιο. Δεν
διάλεξα ετήσιο, είμαι σίγουρος. Θέλω να γυρίσει στο μηνιαίο και να
μου επιστραφεί η διαφορά.

Παύλος"""),
("el", "b41-gl-gyalia-hliou-epistrofh", "Marianna T. <marianna.tr@example.gr>", "gyalia hliou", "billing", "",
"""Kalhmera, ta gyalia hliou pou phra apo to katasthma sas sto The Mall
sto Marousi prin 6 meres den exoun kanena elattwma, apla sto spiti
eida oti den mou pane katholou. Einai mesa sth thkh tous me thn
etiketa. Mporw na ta fernw pisw kai na parw ta lefta mou h mono
allagh? Ta plhrwsa 145e me karta.
Marianna"""),
("el", "b41-akoustika-eopyy-dikaiologitika", "Σπυρίδων Κολοκοτρώνης <s.kolokotronis@example.gr>", "Δικαιολογητικά για ΕΟΠΥΥ", "billing", "",
"""Αξιότιμοι κύριοι,

Την προηγούμενη εβδομάδα παρέλαβα από το κατάστημά σας στη Λάρισα δύο
ακουστικά βαρηκοΐας, τα οποία εξόφλησα (2.800 ευρώ). Για να κάνω την
αίτηση αποζημίωσης στον ΕΟΠΥΥ μου ζητούν τιμολόγιο στο οποίο να
αναγράφονται ο κωδικός και ο σειριακός αριθμός κάθε συσκευής,
καθώς και τη βεβαίωση του ακοολόγου. Το τιμολόγιο που μου δώσατε γράφει
μόνο "ακουστικά βαρηκοΐας - 2 τεμ.".

Παρακαλώ να μου εκδώσετε νέο τιμολόγιο με τα παραπάνω στοιχεία.

Με τιμή,
Σπυρίδων Κολοκοτρώνης"""),
("el", "b41-gl-farmakeio-metaforika", "Thanos P. <thanos.p@example.gr>", "paraggelia 20518", "billing", "",
"""Geia, sto site leei dwrean apostolh gia paraggelies panw apo 30e.
H paraggelia mou htan 41,80 kai mou xrewsate kai 3,50 metaforika.
Mporeite na ta epistrepsete? Oxi kati tragiko apla na ksero.
8anos"""),
("el", "b41-stroma-katakliseon-monada", "Ελένη Τσιρίγου <eleni.tsirigou@example.gr>", "Ενοικίαση στρώματος - Ι. Τσιρίγος", "billing", "",
"""Καλησπέρα σας,

Από την 1η του μήνα ο πατέρας μου, Ιωάννης Τσιρίγος, μένει σε μονάδα
φροντίδας ηλικιωμένων στην Καλαμαριά, όπου έχουν δικά τους κρεβάτια
και στρώματα. Το στρώμα κατακλίσεων που νοικιάζουμε από εσάς (40€ τον
μήνα) έμεινε άδειο στο σπίτι του.

Πότε μπορείτε να περάσετε να το πάρετε; Και παρακαλώ να μη γίνει άλλη
χρέωση μετά την παραλαβή. Η εγγύηση των 80€ επιστρέφεται στον ίδιο
λογαριασμό;

Ελένη Τσιρίγου
6977 204 331"""),
("el", "b41-re-prosfora-skouter-fpa", "Κωνσταντίνος Μαυρίδης <k.mavridis@example.gr>", "RE: Προσφορά ηλεκτρικού αμαξιδίου-σκούτερ", "billing", "",
"""Ευχαριστώ για την προσφορά. Μία διευκρίνιση: επειδή έχω πιστοποιητικό
αναπηρίας από ΚΕΠΑ 67%, δικαιούμαι μειωμένο ΦΠΑ; Η τιμή των 2.350€
είναι με 24%; Αν ναι, τι χρειάζεστε από εμένα για να βγει με το σωστό;

Κ. Μαυρίδης

-----Αρχικό μήνυμα-----
Από: Κινησις Βοηθήματα Κινητικότητας
Θέμα: Προσφορά ηλεκτρικού αμαξιδίου-σκούτερ

Κύριε Μαυρίδη,
σας αποστέλλουμε προσφορά για το σκούτερ Aria 4 (τετράτροχο, μπαταρίες
50Ah), τελική τιμή 2.350,00€, παράδοση σε 10 εργάσιμες.
Με εκτίμηση,
Τμήμα Πωλήσεων"""),
("el", "b41-ktiniatreio-xreosi-sinigoros", "Χριστίνα Λαμπράκη <christina.lamprak@example.gr>", "Λογαριασμός εφημερίας 3/3", "billing", "high",
"""Κύριοι,

Στις 3 Μαρτίου έφερα τη γάτα μου στο εφημερεύον κτηνιατρείο σας στην
Κηφισιά. Ο λογαριασμός ήταν 340€, στον οποίο περιλαμβάνεται
"υπερηχογράφημα κοιλίας 90€". Υπερηχογράφημα δεν έγινε ποτέ - ο
γιατρός μου είπε ρητά ότι δεν χρειάζεται και ότι θα το κάνουμε στον
δικό μας κτηνίατρο αν επιμένουν τα συμπτώματα.

Σας έχω γράψει δύο φορές χωρίς απάντηση. Αν δεν μου επιστραφούν τα
90€ μέσα σε 10 ημέρες, θα υποβάλω αναφορά στον Συνήγορο του
Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Χριστίνα Λαμπράκη"""),
("el", "b41-gl-farmakeio-syndromi-trapeza", "Nikos Fragkos <nikos.fragkos@example.gr>", "SYNEXIZETE NA XREWNETE", "billing", "high",
"""Akyrwsa th syndromh "Farmaka Kathe Mhna" apo ton Ianouario, exw to
email epivevaiwshs akyrwshs. Kai omws Fevrouario kai Martio mou
travhxate apo 22,40e. Kamia paraggelia den hrthe, apla xrewsh.
Exw steilei hdh 2 fores. An den epistrafoun ta 44,80 mexri thn
Paraskeuh kanw amfisvhthsh xrewshs sthn trapeza kai ta pairnw pisw
apo ekei.
N. Fragkos"""),
("el", "b41-prokatavoli-fakoi-ypeythynos", "Ιφιγένεια Παππά <ifigeneia.pappa@example.gr>", "Προκαταβολή για πολυεστιακούς φακούς", "billing", "high",
"""Καλησπέρα,

Στις 10 Απριλίου έδωσα 200€ προκαταβολή στο κατάστημά σας στην
Πάτρα για πολυεστιακούς φακούς. Πριν από δύο εβδομάδες με πήραν
τηλέφωνο ότι ο συγκεκριμένος φακός "δεν παράγεται πια" και ότι η
παραγγελία ακυρώνεται. Από τότε ζητάω την προκαταβολή μου πίσω και
ακούω μόνο "θα το δει το λογιστήριο".

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του καταστήματος ή κάποιος
από τη διοίκηση της αλυσίδας, όχι πάλι το ταμείο.

Ιφιγένεια Παππά
6932 551 480"""),
("el", "b41-gl-app-ergasthriou-otp", "Vasilis Daskalakis <v.daskalakis@example.gr>", "kwdikos sms", "technical", "",
"""Kalhmera,
prospa8w na mpw sthn efarmogh sas gia na dw ta apotelesmata ths
gynaikas mou kai to sms me ton kwdiko den erxetai pote. Patame "apostolh
ksana" kai leei "exei stalei", tipota omws sto kinhto. To noumero einai
swsto, to idio pou dwsame sto ergasthrio. Cosmote.
Vasilhs"""),
("el", "b41-akoustiko-sfyrizei", "Ευδοκία Χατζηγεωργίου <evdokia.ch@example.gr>", "Ακουστικό", "technical", "",
"""Καλημέρα σας,

Το δεξί ακουστικό βαρηκοΐας που μου προσαρμόσατε τον Μάιο σφυρίζει
κάθε φορά που ακουμπάω το κεφάλι μου στον καναπέ ή φοράω σκούφο. Το
αριστερό δεν το κάνει. Το καθαρίζω κάθε βράδυ με το πανάκι όπως μου
είπατε. Είναι κάτι που διορθώνεται με ρύθμιση ή πρέπει να το
στείλετε;

Ευδοκία Χατζηγεωργίου, Βόλος"""),
("el", "b41-gl-fysio-kamera-epanalipseis", "Alexandros M. <alex.mich@example.gr>", "h kamera den metraei", "technical", "",
"""Geia sas, den zhtaw na mou gyrisete lefta, mou aresei poly to
programma. Apla apo thn prohgoumenh evdomada h kamera den anagnwrizei
tis askhseis kai o metrhths menei sto 0/12 oso kai na kanw. Prin
douleve kanonika. Fws exei, stekomai ekei pou leei to plaisio.
Samsung A54, teleutaia ekdosh ths efarmoghs.
Alexandros"""),
("el", "b41-vinteokliseis-kovetai-ixos", "Δανάη Ρουσσου <danai.roussou@example.gr>", "Συνεδριες", "technical", "",
"""Γεια σας,

στις βιντεοσυνεδριες με τη θεραπευτρια μου μεσω της εφαρμογης ο ηχος
κοβεται καθε λιγα λεπτα για 10-20 δευτερολεπτα. Εγω την βλεπω να
μιλαει αλλα δεν ακουω τιποτα, και μετα επανερχεται. Το ιδιο στο κινητο
και στο λαπτοπ, και με ακουστικα και χωρις. Χανουμε μεγαλο κομματι απο
την ωρα μας. Μπορειτε να δειτε τι φταιει;

Δαναη"""),
("el", "b41-amaxidio-joystick", "Θεόδωρος Καραγιάννης <th.karagiannis@example.gr>", "Ηλεκτρικό αμαξίδιο (ενοικίαση)", "technical", "",
"""Καλησπέρα,

Το ηλεκτρικό αμαξίδιο που νοικιάζει η μητέρα μου από εσάς κάποιες
φορές δεν ανταποκρίνεται στο χειριστήριο: ανάβει κανονικά, δείχνει
γεμάτη μπαταρία, αλλά σπρώχνει το joystick και δεν κουνιέται. Αν το
σβήσει και το ανάψει ξανά, συνήθως δουλεύει. Μπορεί να περάσει ένας
τεχνικός να το δει;

Θεόδωρος Καραγιάννης"""),
("el", "b41-gl-erwthsh-rantevou-site", "Katerina Z. <katerina.zach@example.gr>", "Erwthsh", "technical", "",
"""Geia, prospathw na kleisw rantevou gia eksetash matiwn sto site sas
kai molis dialegw to katasthma Peiraia vgazei "Kati phge strava
(error 500)". Me ta alla katasthmata proxwraei kanonika. Den thelw
allo katasthma, sto Peiraia douleuw.
Katerina"""),
("el", "b41-mpara-exodou-parking", "Ανδρέας Σιμιτζής <andreas.simitzis@example.gr>", "Μπάρα εξόδου", "technical", "",
"""Καλησπέρα. Χθες το βράδυ πλήρωσα στο αυτόματο ταμείο του πάρκινγκ της
κλινικής, αλλά στην έξοδο η μπάρα δεν διάβαζε το εισιτήριο - έβγαζε
"μη έγκυρο" τρεις φορές. Περίμενα 20 λεπτά να απαντήσει κάποιος στο
κουμπί βοήθειας για να μου ανοίξει. Το ίδιο έπαθε και ο οδηγός πίσω
μου. Καλό θα ήταν να το κοιτάξετε.
Α. Σιμιτζής"""),
("el", "b41-krevati-den-katevainei", "Σοφία Αντωνίου <sofia.antoniou@example.gr>", "Νοσοκομειακό κρεβάτι", "technical", "",
"""Γεια σας,

το ηλεκτρικό νοσοκομειακό κρεβάτι που μας φέρατε τον προηγούμενο μήνα
ανεβαίνει κανονικά με το τηλεχειριστήριο, αλλά όταν πατάμε να
κατέβει η πλάτη, κάνει ένα "κλικ" και δεν κατεβαίνει. Τα πόδια
δουλεύουν και προς τα πάνω και προς τα κάτω. Την κατεβάζουμε με τη
μανιβέλα έκτακτης ανάγκης που μας δείξατε.

Σοφία Αντωνίου, Ηλιούπολη"""),
("el", "b41-gl-skouter-freno", "Manolis Tzanakis <manolis.tzanakis@example.gr>", "skouter", "technical", "high",
"""Kalhmera sas. To skouter tou patera mou (Comet 4, to phrame apo sas
ton Dekemvrio) sthn katifora tou dromou mas den kovei, synexizei na
trexei kai otan afhsei to gkazi. Ta frena pianoun mono an to klisei
teleiws. Xthes paraligo na vgei sth dieasteurwsh me ta autokinhta.
Ton eipa na mhn to xrhsimopoiei mexri na to dei kapoios. Pote mporei na
erthei texnikos? 6945 880 213
Manolhs"""),
("el", "b41-thiki-fortisis-kapsimo", "Ροδάνθη Βλαχάκη <rodanthi.vlachaki@example.gr>", "Θήκη φόρτισης ακουστικών", "technical", "high",
"""Καλησπέρα σας,

Ήθελα απλώς να σας ενημερώσω, χωρίς να βιάζομαι: χθες βράδυ η θήκη
φόρτισης των ακουστικών μου ήταν πολύ ζεστή όταν την έπιασα και
μύριζε καμένο πλαστικό. Το ένα ακουστικό μέσα ήταν κι αυτό ζεστό. Την
αποσύνδεσα από την πρίζα και την άφησα στο μπαλκόνι πάνω σε ένα
πιάτο. Από τότε δεν την έχω ξαναβάλει να φορτίσει.

Τι πρέπει να κάνω;

Ροδάνθη Βλαχάκη"""),
("el", "b41-klinikh-parking-asthenis-aimokatharsi", "Τεχνική Υπηρεσία Κλινικής Άγιος Λουκάς <texniki@agioslukas-klinik.example>", "Σύστημα στάθμευσης", "technical", "high",
"""Καλημέρα,

Από τις 6:30 το πρωί οι μπάρες εισόδου και εξόδου του πάρκινγκ μας
δεν ανοίγουν και τα αυτόματα ταμεία δείχνουν "εκτός σύνδεσης". Έχει
σχηματιστεί ουρά στον δρόμο μέχρι τη διασταύρωση, το ασθενοφόρο
πέρασε με δυσκολία, και οι ασθενείς της μονάδας αιμοκάθαρσης χάνουν
τη βάρδια τους. Έχουμε βάλει υπάλληλο να σηκώνει τη μπάρα με το χέρι
αλλά δεν προλαβαίνει.

Παρακαλώ στείλτε άμεσα τεχνικό. Τηλ. βάρδιας: 2310 960 114.

Γ. Ιωαννίδης
Τεχνική Υπηρεσία"""),
("el", "b41-optika-tameio-rantevou-ektos", "Οπτικα Λεμονη - Χαλκιδα <info@optika-lemoni.example>", "Συστημα", "technical", "high",
"""Καλημερα σας,

απο το πρωι το προγραμμα που μας δωσατε για τα ραντεβου και το ταμειο
δεν ανοιγει, βγαζει "αδυναμια συνδεσης με τον διακομιστη". Δεν
βλεπουμε ποιος εχει ραντεβου για οφθαλμολογικο ελεγχο, δεν μπορουμε
να κοψουμε αποδειξεις, ουτε να δουμε ποιες παραγγελιες γυαλιων
ηρθαν για παραδοση. Εχουμε ηδη διωξει πελατες και στις 11 εχουμε
παιδια απο σχολειο για ελεγχους.

Παρακαλω καλεστε μας στο 22210 96 052.

Μαρια Λεμονη"""),
("el", "b41-cpap-diarroi-proistamenos", "Αριστείδης Φωτόπουλος <aristeidis.fotopoulos@example.gr>", "CPAP - τρίτη φορά", "technical", "high",
"""Κύριοι,

Η συσκευή CPAP που νοικιάζω από την εταιρεία σας αλλάχτηκε ήδη δύο
φορές από τον Ιανουάριο και το πρόβλημα παραμένει: μετά από μία-δύο
ώρες χάνει πίεση, ο αέρας σφυρίζει από τη βάση του σωλήνα και ξυπνάω
με πνιγμό. Ο πνευμονολόγος μου λέει ότι χωρίς σωστή θεραπεία δεν
πρέπει να οδηγώ.

Δεν θέλω τρίτο τεχνικό για "έλεγχο". Ζητώ να μιλήσω με τον
προϊστάμενο του τεχνικού τμήματος ή με τη διεύθυνση.

Αριστείδης Φωτόπουλος
6974 302 117"""),
("el", "b41-gl-kafeteria-kyriakh", "Foteini Ar. <foteini.ar@example.gr>", "kafeteria", "general", "",
"""Kalhspera, h kafeteria ston isogeio ths klinikhs einai anoixth thn
Kyriakh? To episkeptirio einai 11-1 kai 6-8 kai thelame na
fame kati me th giagia. Eyxaristw"""),
("el", "b41-efxaristo-dianomea-xioni", "Ουρανία Πετροπούλου <urania.petropoulou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω δημόσια τον διανομέα σας, τον κ. Σωτήρη, που την
Τρίτη με τα χιόνια ανέβηκε με τα πόδια ως το σπίτι μας στην Πεύκη,
γιατί το αυτοκίνητο δεν έπαιρνε την ανηφόρα, για να φέρει την ινσουλίνη
του άντρα μου. Ήταν μούσκεμα και χαμογελούσε. Τέτοιοι άνθρωποι
σπανίζουν.

Με πολλή εκτίμηση,
Ουρανία Πετροπούλου"""),
("el", "b41-gl-ksexasa-kinhto-ergasthrio", "Lefteris Gk. <lefteris.gk@example.gr>", "kinhto", "general", "",
"""Kalhmera, shmera to prwi (8:30 peripou) ekana aimolhpsia sto
ergasthrio sas sthn Kalamata kai nomizw oti ksexasa to kinhto mou
sthn kareklitsa ths aimolhpsias h sto salaki anamonhs. Mauro Xiaomi
me mple thkh. To vrhkate? Pairnw apo allo thlefwno, 6970 114 882.
Lefteris"""),
("el", "b41-allagi-stoixeion-profil", "Αθανάσιος Δρακόπουλος <a.drakopoulos@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα,

άλλαξα κινητό αριθμό και διεύθυνση. Παρακαλώ ενημερώστε το προφίλ μου
για τις παραγγελίες φαρμάκων:

Νέα διεύθυνση: Αγίου Δημητρίου 48, 3ος όροφος, 54633 Θεσσαλονίκη
Νέο κινητό: 6988 015 443

Ευχαριστώ,
Αθανάσιος Δρακόπουλος"""),
("el", "b41-diagrafi-dedomenon-efarmogis", "Μ. Καρρά <m.karra@example.gr>", "Διαγραφή δεδομένων", "general", "",
"""Γεια σας,

Δεν πρόκειται για χρέωση, τη συνδρομή την έχω ήδη κλείσει. Ζητώ,
σύμφωνα με τον ΓΚΠΔ, τη διαγραφή όλων των προσωπικών μου δεδομένων
από την εφαρμογή και τους διακομιστές σας: ημερολόγιο διάθεσης,
σημειώσεις συνεδριών, ερωτηματολόγια. Θα ήθελα γραπτή επιβεβαίωση
όταν ολοκληρωθεί.

Το email του λογαριασμού είναι αυτό από το οποίο σας γράφω.

Μ. Καρρά"""),
("el", "b41-gl-xelwna-nyxta", "Panagiotis R. <panos.rig@example.gr>", "xelwna", "general", "",
"""Geia sas, to efhmereuon sas vlepei kai zwa opws xelwnes? Exoume mia
xersaia xelwna 20 xronwn kai h kthniatros mas den asxoleitai me
erpeta. Oxi gia twra, einai kala, apla na kseroume pou na pame an
xreiastei kapoio vrady h Kyriakh.
Panos"""),
("el", "b41-optometria-paidia-ilikia", "Βασιλική Ευθυμίου <vasiliki.efthymiou@example.gr>", "Έλεγχος όρασης για παιδιά", "general", "",
"""Καλησπέρα,

Από ποια ηλικία κάνετε έλεγχο όρασης σε παιδιά; Η κόρη μου είναι 4 και
η νηπιαγωγός παρατήρησε ότι πλησιάζει πολύ τα βιβλία. Χρειάζεται
ραντεβού ή περνάμε απλώς από το κατάστημα στο Περιστέρι;

Βασιλική"""),
("el", "b41-syllogos-ekthesi-amea", "Σύλλογος Ατόμων με Κινητικές Δυσκολίες Ν. Αχαΐας <syllogos.kinisi@example.gr>", "Πρόσκληση συμμετοχής - Έκθεση Προσβασιμότητας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογός μας διοργανώνει στις 14-15 Σεπτεμβρίου στην Πάτρα την 3η
Έκθεση Προσβασιμότητας, με επισκέπτες άτομα με αναπηρία, οικογένειες
και φορείς της περιοχής. Θα χαρούμε πολύ αν η εταιρεία σας
συμμετάσχει με περίπτερο για να παρουσιάσει τα σκούτερ και τα
αμαξίδιά σας, ή ως χορηγός της εκδήλωσης.

Επισυνάπτουμε το πρόγραμμα και τις επιλογές χορηγίας.

Με εκτίμηση,
Ευάγγελος Νικολάου
Πρόεδρος"""),
("el", "b41-agenis-aimolipsia", "Χαράλαμπος Ντόκος <ch.ntokos@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "",
"""Καλησπέρα,

Σήμερα στο κατάστημά σας στην Καλλιθέα η κοπέλα που έκανε τις
αιμοληψίες μίλησε πολύ απότομα στη μητέρα μου (82 ετών), επειδή δεν
άκουσε το όνομά της την πρώτη φορά. Της είπε "πόσες φορές θα σας
φωνάξω;" μπροστά σε όλη την αίθουσα. Η μητέρα μου έφυγε με δάκρυα.

Δεν ζητάω κάτι, απλώς θεωρώ ότι πρέπει να το γνωρίζετε.

Χαράλαμπος Ντόκος"""),
("el", "b41-gl-re-koudouni-delivery", "Roula Papadopoulou <roula.papad@example.gr>", "Re: H paraggelia sas 31877 einai kath' odon", "general", "",
"""Parakalw pestai ston dianomea na xtyphsei to koudouni "PAPADOPOULOU -
3os" kai oxi to "PAPADOPOULOS - 1os", einai allh oikogeneia. Thn
prohgoumenh fora ta afhse ekei kai ta pira meta apo 2 meres. Efxaristw.

> Agaphth pelatissa, h paraggelia sas 31877 apo to Farmakeio
> Akropoleos exei paradw8ei ston dianomea kai 8a ftasei shmera
> 17:00-19:00."""),
("el", "b41-efxaristo-fysio-app-omada", "Ιάκωβος Στεφανίδης <iakovos.stefanidis@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα,

Πριν από έξι μήνες δεν μπορούσα να ανέβω τις σκάλες μετά το χειρουργείο στο
γόνατο. Σήμερα έκανα την πρώτη μου βόλτα 5 χιλιομέτρων στην παραλία.
Ήθελα να ευχαριστήσω την ομάδα σας και ιδιαίτερα την κ. Μυρτώ, που
πάντα απαντούσε στις ερωτήσεις μου μέσα στη μέρα. Συνεχίστε έτσι.

Ιάκωβος"""),
("el", "b41-spasmeno-skalopati-ergastirio", "Αγγελική Μπούρα <angeliki.boura@example.gr>", "Σκαλοπάτι στην είσοδο", "general", "high",
"""Καλημέρα σας,

Στην είσοδο του εργαστηρίου σας στην οδό Ερμού στη Λάρισα, το δεύτερο
σκαλοπάτι έχει σπάσει στην άκρη και κουνιέται. Σήμερα το πρωί μια
ηλικιωμένη κυρία μπροστά μου σκόνταψε εκεί και έπεσε στα γόνατα. Την
σηκώσαμε, ευτυχώς χτύπησε ελαφρά. Δεν υπάρχει καμία σήμανση και η
ράμπα για αμαξίδια είναι κλειστή με γλάστρες.

Πρέπει να φτιαχτεί ή τουλάχιστον να κλείσει πριν πέσει κάποιος
χειρότερα. Εκεί έρχονται κυρίως ηλικιωμένοι, νηστικοί από το πρωί.

Αγγελική Μπούρα"""),
("el", "b41-gl-security-parking-diefthynth", "Kostas Lianos <kostas.lianos@example.gr>", "security parking nosokomeiou", "general", "high",
"""Kalhspera,
thn Triti to vrady efera th gynaika mou sta epeigonta me ponous kai
stamathsa gia 2 lepta mprosta sthn eisodo gia na thn katevasw. O
security tou parking sas htan apisteuta agenhs, mou fwnaze na fygw,
xtypouse to kapo kai mou eipe "den me noiazei an petheinei". Ola
auta mprosta se allous asthenis.
Thelw na mou thlefwnhsei o dieuthynths h o ypeythynos ths etaireias
security, oxi apanthsh apo to info. 6947 226 019
Kwstas Lianos"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b41-parking-tarjeta-acompanante", "Mercedes Villaverde <mercedes.villaverde@example.es>", "Parking del hospital", "billing", "",
"""Buenos días:

Mi marido lleva tres semanas ingresado en la planta de Neumología y
en información me dieron la tarjeta de acompañante de larga estancia,
que según el cartel da derecho a tarifa reducida (3 € al día). Ayer
metí la tarjeta en el cajero de salida como siempre y me cobró 14,60 €,
la tarifa normal. Tengo el ticket.

¿Me podéis devolver la diferencia? Y ya de paso, ¿la tarjeta sigue
activa o hay que renovarla?

Un saludo,
Mercedes Villaverde"""),
("es", "b41-laboratorio-comision-tarjeta", "Hector Zamudio <hector.zamudio@example.com.mx>", "Cobro de mas", "billing", "",
"""Buenas tardes

El sabado fui a su sucursal de Coyoacan por el paquete Check Up
Integral que en su pagina dice $2,190 pesos. Pague con tarjeta de
credito y en el estado de cuenta me aparece $2,266.65. En caja no me
dijeron nada de comision y en la pagina tampoco lo dice. Quisiera que
me regresen la diferencia o que me expliquen el cobro.

Saludos
Hector Zamudio"""),
("es", "b41-guardia-cuotas-sin-interes", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Consulta por la cirugía de Ramón", "billing", "",
"""Hola, ¿qué tal?

A Ramón (mi gato) lo operan el martes en la guardia de ustedes en
Palermo, el presupuesto que me pasaron es de $385.000. ¿Se puede pagar
en cuotas sin interés con tarjeta? ¿En cuántas? Tengo Visa del Galicia
y una Naranja. Y si pago una parte en efectivo, ¿hay descuento?

Gracias, Flor"""),
("es", "b41-plan-mascota-nos-vamos-asturias", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Plan Salud de Kira", "billing", "",
"""Hola,

Nos trasladan a Oviedo a finales de mes y allí no tenéis ninguna
clínica, así que a Kira ya no la vamos a poder llevar a vuestras
revisiones. Está en el Plan Salud Canino de 18,90 € al mes.

¿Cómo lo damos de baja para que no se cobre a partir de septiembre?
Le queda pendiente la vacuna de la rabia de este año, que si hace falta
se la ponemos antes de irnos y la pagamos aparte.

Gracias por todo estos años,
Íñigo"""),
("es", "b41-app-fisio-cobro-en-dolares", "Valentina Rojas <valentina.rojas@example.com.co>", "Cobro", "billing", "",
"""Buenas tardes. Me suscribí al plan mensual de la aplicación que en la
tienda de apps aparece en 39.900 pesos, pero en el extracto del banco
me salió como USD 11,99 y el banco me cobró además una comisión por
compra internacional de 8.600 pesos. No es un problema de la app,
funciona bien. Solo quiero saber por qué me cobran en dólares y si me
pueden reconocer esa comisión.

Valentina Rojas
Medellín"""),
("es", "b41-app-psico-congelar-cuota", "Lucía Barrientos <lucia.barrientos@example.es>", "¿Puedo congelar la cuota?", "billing", "",
"""Hola,

Me ha venido fatal este mes, me han reducido la jornada y voy muy justa.
No quiero dejar la app porque me está ayudando mucho, pero ¿se puede
congelar la suscripción (24,99 €/mes) un par de meses sin perder mis
sesiones guardadas y mi psicóloga asignada? Si no, ¿hay algún plan más
barato?

Gracias,
Lucía"""),
("es", "b41-optica-descuento-inapam", "Rosa Elena Contreras <rosaelena.contreras@example.com.mx>", "Descuento de la credencial", "billing", "",
"""Buen dia señores,

El jueves compre unos lentes bifocales en su optica de Plaza Galerias
en Guadalajara, total $4,350. Enseñe mi credencial del INAPAM y el
muchacho dijo que si aplicaba el 15%, pero en el ticket no viene ningun
descuento. Me di cuenta ya en la casa. Les mando foto del ticket y de
la credencial. Les agradeceria me hicieran el reembolso de lo que
corresponde.

Atentamente
Rosa Elena Contreras Vda. de Ruiz"""),
("es", "b41-audifonos-factura-mutua", "Joaquín Ferrer <joaquin.ferrer@example.es>", "Factura audífonos", "billing", "",
"""Buenas tardes:

Compré en su centro de Castellón dos audífonos el 12 de marzo (3.480 €).
Mi seguro, MutuaSalud Plus, me reembolsa una parte, pero me piden una
factura completa (no el ticket simplificado) con mi NIF, el modelo de
cada audífono y el número de serie. ¿Me la pueden enviar por correo?

NIF: 18965432-K

Atentamente,
Joaquín Ferrer Monfort"""),
("es", "b41-farmacia-despacho-doble", "Camila Fuenzalida <camila.fuenzalida@example.cl>", "Pedido 88213", "billing", "",
"""Hola, en el pedido 88213 me cobraron dos veces el despacho a
domicilio ($2.990 cada uno) y llego todo en una sola caja con un solo
repartidor. Me pueden devolver uno de los cargos? Gracias
Camila"""),
("es", "b41-grua-papa-camina-andador", "Pilar Echeverría <pilar.echeverria@example.es>", "Alquiler de grúa - contrato 2291", "billing", "",
"""Buenos días,

Les escribo por la grúa de traslado que tenemos alquilada para mi padre
en Pamplona. ¡Buenas noticias! Después de tres meses de rehabilitación
ya se levanta solo y camina con andador, así que la grúa ya no hace
falta.

¿Pueden pasar a recogerla la semana que viene? Y que no se cobre la
mensualidad de junio (65 €). La fianza de 120 € la pagamos con tarjeta,
entiendo que se devuelve a la misma.

Muchas gracias,
Pilar Echeverría"""),
("es", "b41-re-presupuesto-scooter-financiacion", "Antonio Rebollo <antonio.rebollo@example.es>", "RE: Presupuesto scooter Vela 4", "billing", "",
"""Gracias por el presupuesto. Antes de decidirme: si lo financio a 12
meses, ¿cuánto sería cada cuota y tiene intereses? En la tienda me dijeron
"sin intereses" pero el folleto pone TAE 7,9 %. Y la entrada de 300 €,
¿se puede pagar con Bizum?

Antonio Rebollo

-----Mensaje original-----
De: Ortomóvil Sevilla
Enviado: lunes, 8 de abril de 2024 10:14
Asunto: Presupuesto scooter Vela 4

Estimado Sr. Rebollo:
Le adjuntamos presupuesto del scooter Vela 4 (color gris, autonomía 35
km): 1.990,00 € IVA incluido. Posibilidad de financiación.
Atentamente,
Departamento Comercial"""),
("es", "b41-parking-sancion-omic", "Ramón Quiroga <ramon.quiroga@example.es>", "Sanción aparcamiento Hospital Comarcal", "billing", "high",
"""Señores:

He recibido en mi domicilio una "notificación de denuncia" de 90 € por
haber estado supuestamente sin ticket en el aparcamiento del Hospital
Comarcal el día 2 de febrero. Ese día llevé a mi madre a diálisis,
como cada martes y jueves, y tengo el ticket pagado de 4,80 € con la
matrícula y la hora, que les adjunto.

No voy a pagar nada. Si en quince días no recibo por escrito la
anulación, presentaré hoja de reclamaciones y acudiré a la OMIC de mi
ayuntamiento, y no descarto consultarlo con un abogado.

Ramón Quiroga Prado"""),
("es", "b41-urgencias-vet-cobro-doble-profeco", "Diego Arriaga <diego.arriaga@example.com.mx>", "Cobro duplicado - NO RESPONDEN", "billing", "high",
"""Les escribo por cuarta vez.

El 15 de marzo lleve a mi perrita Canela a urgencias de su hospital de
Monterrey. La cuenta fue de $8,400 MXN y me la cobraron DOS veces en mi
tarjeta de debito, tengo los dos cargos en el estado de cuenta con el
mismo minuto. En recepcion me dijeron que se devolvia en 72 horas. Ya
pasaron 5 semanas.

Si esta semana no tengo mi dinero voy a poner la queja en PROFECO y a
pedir la aclaracion al banco.

Diego Arriaga"""),
("es", "b41-scooter-sena-gerente", "Norberto Giménez <norberto.gimenez@example.com.ar>", "Seña scooter - quiero hablar con el gerente", "billing", "high",
"""Buenas.

El 10 de enero dejé una seña de $250.000 por un scooter eléctrico de
movilidad para mi señora, con entrega "en 30 días". Estamos en abril. No
hay scooter, no hay fecha, y cada vez que llamo me atiende alguien
distinto que me dice que "está en aduana". Ya no lo quiero: quiero la
seña devuelta.

Quiero que me llame el gerente de la sucursal Rosario, no el call
center. Si no tengo respuesta en 5 días hábiles mando carta documento y
hago la denuncia en Defensa del Consumidor.

Norberto Giménez
341 555 0192"""),
("es", "b41-hola-app-parking-matricula", "Sergio Pardo <sergio.pardo@example.es>", "Hola", "technical", "",
"""Hola, la app del parking no me deja dar de alta la matrícula del
coche nuevo, 4821 MLZ. Le doy a guardar y sale "formato no válido". La
del coche viejo la tengo guardada sin problema. ¿Es cosa de la app?"""),
("es", "b41-portal-resultados-contrasena", "Fernanda Ochoa <fernanda.ochoa@example.com.mx>", "no puedo entrar", "technical", "",
"""Hola buen dia, quiero ver los resultados de mi biometria hematica y
el portal me dice contraseña incorrecta. Le doy en olvide mi
contraseña y me llega el correo, pero cuando abro el link dice "el
enlace ha expirado" aunque lo abra luego luego. Ya lo intente 4 veces
desde el celular y la compu.
Fernanda"""),
("es", "b41-app-kine-recordatorios", "Martín Sosa <martin.sosa@example.com.ar>", "Recordatorios", "technical", "",
"""Hola! No busco que me devuelvan la plata ni nada, la app me viene
re bien para la rodilla. El tema es que hace como diez días dejaron de
llegarme los recordatorios de los ejercicios. Las notificaciones están
activadas en el celu (Motorola g54) y en la app. Antes me sonaba a las
8 todos los días. ¿Qué puede ser?

Martín"""),
("es", "b41-app-psico-chat-se-cierra", "Nuria Solà <nuria.sola@example.es>", "El chat se cierra", "technical", "",
"""Hola,

Desde la última actualización, cada vez que abro el chat con mi
psicóloga la app se cierra de golpe. El resto (meditaciones, diario)
funciona. Tengo un Xiaomi Redmi Note 11 con Android 13. He borrado la
caché y reinstalado, y nada. Esta semana no he podido escribirle y me
viene mal.

Nuria"""),
("es", "b41-audifonos-cargador-naranja", "Jairo Cárdenas <jairo.cardenas@example.com.co>", "Audífonos recargables", "technical", "",
"""Buen día,

Los audífonos recargables que me adaptaron en su centro de Chapinero hace
cuatro meses no están cargando. Los pongo en el estuche por la noche y
la luz se queda parpadeando en naranja en lugar de quedarse verde. Por
la mañana me duran una hora. Ya limpié los contactos con un pañito seco
como me dijeron.

Quedo atento,
Jairo Cárdenas"""),
("es", "b41-progresivos-antirreflejante-pela", "Elvira Santamaría <elvira.santamaria@example.es>", "Gafas progresivas", "technical", "",
"""Buenas tardes:

Hace dos meses recogí en su óptica de la calle Uría unas gafas
progresivas con tratamiento antirreflejante. El tratamiento se está
levantando en los dos cristales, como si se descascarillara, y ya
veo borroso por las manchas. Las limpio con la gamuza y el
líquido que me dieron ustedes, nunca con papel.

¿Las llevo a la tienda o tienen que mandarlas al laboratorio?

Elvira Santamaría"""),
("es", "b41-farmacia-receta-no-sube", "Ulises Beltran <ulises.beltran@example.com.mx>", "No se sube la receta", "technical", "",
"""Buenas noches, estoy tratando de pedir un antibiotico en su pagina y
al subir la receta (PDF de 300 KB que me mando el doctor) sale "Error
al cargar el archivo, intente mas tarde". Tambien lo intente con foto
JPG y lo mismo. Desde la app igual.
Gracias"""),
("es", "b41-silla-electrica-codigo-e3", "Concha Albarracín <concha.albarracin@example.es>", "Silla eléctrica alquilada", "technical", "",
"""Buenos días,

La silla de ruedas eléctrica que tenemos alquilada para mi suegro desde
enero ha empezado a pitar al encenderla y en la pantallita sale "E3".
No se mueve hasta que la apagamos y encendemos tres o cuatro veces.
¿Qué significa ese código? ¿Pueden mandar a alguien a revisarla?

Concha Albarracín
Alcalá de Henares"""),
("es", "b41-scooter-bateria-hinchada-calma", "Agustín Moya <agustin.moya@example.es>", "Una consulta sobre la batería", "technical", "high",
"""Buenas tardes,

No es nada urgente, pero por si acaso les comento. Esta mañana, al ir a
sacar el scooter del garaje, he notado que la tapa de la batería no
cerraba bien. La he abierto y la batería está abombada por un lado y
huele un poco a químico, como a vinagre. Estaba cargando desde anoche.
La he desenchufado y he dejado la puerta del garaje abierta.

¿Qué hago con ella? ¿La pueden cambiar?

Un saludo,
Agustín Moya"""),
("es", "b41-concentrador-abuela-noche", "Julieta Paz <julieta.paz@example.com.ar>", "Concentrador de oxígeno - se apagó", "technical", "high",
"""Hola, por favor necesito que me llamen.

El concentrador de oxígeno que alquilamos para mi abuela (contrato
CO-7731) se apagó solo hace una hora y no vuelve a prender, la lucecita
roja queda fija. Ella depende del oxígeno de noche y tiene 89 años. Le
pusimos el tubo de reserva pero dura pocas horas. ¿Pueden mandar un
técnico o un equipo de reemplazo esta noche?

Julieta Paz - 11 5555 0847
Caballito, CABA"""),
("es", "b41-lab-etiquetas-no-imprime", "Coordinación Sucursal Satélite <coordinacion.satelite@lab-vitalis.example>", "Sistema", "technical", "high",
"""Buenos dias,

Desde las 7:00 el sistema no imprime las etiquetas con codigo de barras
para los tubos y las ordenes se quedan "en proceso". Tenemos la sala de
toma de muestras llena, mas de 50 pacientes en ayuno, varios adultos
mayores y dos embarazadas para curva de tolerancia, y no podemos
extraer sin etiqueta. Ya reiniciamos las impresoras y las computadoras.

Por favor llamen a la sucursal: 55 5555 0163.

Lic. Adriana Torres
Coordinadora, Sucursal Satélite"""),
("es", "b41-datafonos-cafeterias-hospital", "Restauración Hospital del Sur <restauracion@hsur-cafeterias.example>", "Datáfonos", "technical", "high",
"""Buenos días,

Desde el cambio de turno de las 7 ninguno de los datáfonos de las tres
cafeterías del hospital conecta: todos dan "error de comunicación con
el host". El personal sanitario casi no lleva efectivo, tenemos colas
hasta el pasillo de consultas y la gente del turno de noche se está
marchando sin desayunar. En la cafetería de pacientes tampoco podemos
cobrar los menús de acompañantes.

Necesitamos que alguien lo mire ya. Teléfono: 954 960 221.

Marisa León
Encargada de restauración"""),
("es", "b41-re-cama-articulada-supervisor", "Patricio Lagos <patricio.lagos@example.cl>", "Re: Caso 4471 - cama clínica", "technical", "high",
"""No, no está solucionado. Es la TERCERA vez que el motor de la cama se
queda trabado con el respaldo arriba y mi mamá, que está postrada, pasa
la noche medio sentada hasta que vienen. El técnico cambió el control
dos veces y listo.

Quiero que esto lo vea un supervisor o el jefe del servicio técnico, no
otra visita más para "revisar". Y quiero que me cambien la cama.

Patricio Lagos
+56 9 5555 0311

El mar, 14 may 2024 a las 16:02, Servicio Técnico Ortoayuda escribió:
> Estimado Sr. Lagos, le confirmamos que nuestro técnico reemplazó el
> control de mando de la cama clínica. Damos el caso por cerrado.
> Saludos cordiales."""),
("es", "b41-horario-extracciones-sabado", "Begoña Aranda <begona.aranda@example.es>", "Sábados", "general", "",
"""¿El centro de extracciones de la calle Alcalá abre los sábados por la
mañana? ¿Hace falta cita o se puede ir directamente? Gracias."""),
("es", "b41-gracias-veterinaria-guardia", "Agustina Pereyra <agustina.pereyra@example.com.ar>", "GRACIAS", "general", "",
"""Hola, les escribo para agradecer a la Dra. Luciana y al enfermero
(creo que se llamaba Facu) de la guardia del domingo a la madrugada.
Llegamos desesperados con Toto que se había comido un chocolate entero,
nos atendieron al toque, con paciencia, nos explicaron todo y a las 7
ya estaba moviendo la cola. Mil gracias de verdad, son unos genios.

Agus y familia"""),
("es", "b41-chamarra-olvidada-cafeteria", "Guadalupe Medina <lupita.medina@example.com.mx>", "Objeto olvidado", "general", "",
"""Buenas tardes, el miercoles deje olvidada una chamarra de mezclilla
color azul claro con un rosario en la bolsa en la cafeteria del piso 2
del hospital, en la mesa junto a la ventana. El rosario era de mi mama,
por eso me importa mucho. ¿Alguien la entrego? ¿A donde puedo ir por ella?
Guadalupe Medina"""),
("es", "b41-farmacia-dejar-conserjeria", "Álvaro Peña <alvaro.pena@example.es>", "Entregas a domicilio", "general", "",
"""Buenas,

No es por ningún cobro, eso está bien. Solo pediros que a partir de
ahora los pedidos de mi madre (Carmen Peña, c/ Goya 112, 4.º B) los
dejéis en la conserjería si ella no contesta al portero. Está muy
sorda y a veces no lo oye. El conserje, Manolo, ya está avisado.

Gracias,
Álvaro"""),
("es", "b41-optica-nombre-mal-escrito", "Xiomara Quintero <xiomara.quintero@example.com.co>", "Corrección de nombre", "general", "",
"""Buenas tardes,

En mi ficha de cliente y en la historia clínica de la óptica mi nombre
aparece como "Ziomara Quinteros". El correcto es Xiomara Quintero
Bermúdez, cédula 1.020.456.789. ¿Lo pueden corregir? Es que el seguro
me rechaza los papeles cuando el nombre no coincide.

Gracias,
Xiomara"""),
("es", "b41-app-psico-acceso-datos", "Enric Puig <enric.puig@example.es>", "Ejercicio del derecho de acceso (RGPD)", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del Reglamento General de Protección de Datos,
solicito copia de todos los datos personales que su aplicación trata
sobre mí, incluidas las transcripciones de las conversaciones con el
servicio de terapia, los cuestionarios de evaluación, y la relación de
terceros a los que se hayan comunicado.

Adjunto copia de mi DNI. Email de la cuenta: el de este mensaje.

Atentamente,
Enric Puig i Roca"""),
("es", "b41-test-audicion-a-domicilio", "Soledad Araya <soledad.araya@example.cl>", "Consulta", "general", "",
"""Hola, mi papá tiene 91 años y está postrado después de una
fractura de cadera. ¿Ustedes hacen el examen de audición a domicilio en
Viña del Mar, o hay que llevarlo a la sucursal sí o sí? Gracias."""),
("es", "b41-patrocinio-carrera-solidaria", "Asociación Corazones de Triana <info@corazonestriana.example>", "Propuesta de patrocinio - II Carrera Solidaria", "general", "",
"""Estimados señores:

La Asociación Corazones de Triana organiza el próximo 20 de octubre la
II Carrera Solidaria "Late Sevilla", a beneficio de la unidad de
cardiología infantil del hospital. Esperamos unos 1.500 corredores.

Nos gustaría proponerles patrocinar el avituallamiento del kilómetro 5
o los dorsales, con presencia de su marca en la web, la camiseta y el
photocall. Les adjuntamos el dossier.

Un cordial saludo,
Macarena Luque
Responsable de patrocinios"""),
("es", "b41-vigilante-estacionamiento-grosero", "Arturo Zepeda <arturo.zepeda@example.com.mx>", "Vigilante del estacionamiento", "general", "",
"""Buenas noches

Hoy en la tarde el vigilante de la caseta del estacionamiento del
hospital (turno vespertino) le grito a mi esposa porque se tardo en
encontrar el boleto, le dijo "señora no tengo su tiempo" y le aventó el
cambio. No es la primera vez que lo vemos tratar asi a la gente mayor.
Solo queria que lo supieran.

Arturo Zepeda"""),
("es", "b41-re-cita-revision-vista", "Manuela Ortiz <manuela.ortiz@example.es>", "Re: Confirmación de su cita", "general", "",
"""Hola, ¿se podría pasar la cita a por la tarde, a partir de las 17:30?
Por la mañana trabajo y no me dejan salir. El mismo día o el jueves,
me da igual.

Manuela

El 3/6/2024, a las 9:12, Óptica Visionar Zaragoza escribió:
> Le recordamos su cita para revisión de la vista el martes 11 de junio
> a las 10:30 en nuestra tienda de Paseo Independencia, 21.
> Si no puede acudir, responda a este correo."""),
("es", "b41-charla-cuidado-vista-inscripcion", "Raúl Benítez <raul.benitez@example.com.ar>", "charla del sábado", "general", "",
"""buenas, vi en instagram que el sábado hacen una charla gratis sobre
cuidado de la vista en chicos y pantallas en la sucursal de Córdoba
centro. hay que anotarse? puedo ir con mis dos nenes (6 y 9)? gracias"""),
("es", "b41-cristales-rincon-infantil-vet", "Carolina Méndez <carolina.mendez@example.es>", "Cristales en la sala de espera", "general", "high",
"""Hola,

Esta tarde, mientras esperábamos en urgencias con nuestro perro, mi hija
de 3 años estaba en el rincón infantil de la sala de espera y se ha
sentado sobre trozos de cristal: por lo visto se había roto un marco de
fotos de la pared y nadie lo había recogido. Por suerte solo se ha
hecho un pequeño corte en la mano. Había más cristales debajo de la
alfombra de goma.

Lo he comentado en recepción, pero cuando nos íbamos seguía igual.
Por favor, revisadlo cuanto antes, por ahí pasan niños todo el día.

Carolina Méndez"""),
("es", "b41-recepcion-urgencias-director", "Mariana Villaseñor <mariana.villasenor@example.com.mx>", "Queja formal - recepción de urgencias", "general", "high",
"""A quien corresponda:

El domingo 9 llegue a su hospital veterinario de Puebla con mi gato
convulsionando en brazos. La recepcionista termino de comerse su torta
antes de levantar la vista, me dijo que "si no traia cita era lo mismo,
habia que esperar turno" y se puso a platicar con una compañera. Tuve
que gritar para que alguien llamara a un medico.

Exijo hablar con el director del hospital o con el dueño. Esto no se
puede quedar en "gracias por sus comentarios".

Mariana Villaseñor
222 555 0176"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b41-parking-krwiodawca-oplata", "Paweł Zawadzki <pawel.zawadzki@example.pl>", "Parking - honorowy dawca", "billing", "",
"""Dzień dobry,

w środę oddawałem krew w punkcie przy szpitalu na Szaserów. Na tablicy
przy wjeździe jest napisane, że dawcy mają bezpłatny parking po
okazaniu zaświadczenia w kasie. Pani w kasie powiedziała, że "system
nie przyjmuje" i musiałem zapłacić 18 zł. Mam paragon i zaświadczenie
z RCKiK. Czy mogę prosić o zwrot na konto?

Pozdrawiam
Paweł Zawadzki"""),
("pl", "b41-lab-faktura-na-firme", "Beata Król <beata.krol@example.pl>", "Faktura", "billing", "",
"""Dzień dobry, w zeszły piątek zrobiłam w Państwa punkcie pobrań w
Katowicach pakiet badań okresowych dla pracownika (290 zł, płatne
kartą). Zapomniałam podać NIP przy kasie i mam tylko zwykły paragon.
Czy da się jeszcze wystawić fakturę na firmę?

Biuro Rachunkowe Król i Wspólnicy s.c.
NIP 634-000-12-34

Beata Król"""),
("pl", "b41-weterynarz-doplata-nocna", "Kamil Wróblewski <kamil.wroblewski@example.pl>", "Rachunek z nocy", "billing", "",
"""Dzień dobry,

byliśmy z kotem w Państwa klinice całodobowej w nocy z soboty na
niedzielę (ok. 2:00). Na rachunku jest "dopłata za wizytę nocną 150 zł"
plus osobno "konsultacja 180 zł". Nikt nas nie uprzedził o dopłacie
przy rejestracji. Nie kwestionuję, że lekarz pracował w nocy, ale
chciałbym wiedzieć, czy to się zgadza i gdzie jest cennik.

Kamil Wróblewski"""),
("pl", "b41-pakiet-kot-u-siostry", "Agnieszka Dudek <agnieszka.dudek@example.pl>", "Pakiet zdrowotny Mruczka", "billing", "",
"""Dzień dobry,

Mruczek zamieszkał na stałe u mojej siostry w Gdańsku (u nas urodziło
się dziecko i okazało się, że mały ma silną alergię). Siostra ma
swojego weterynarza, więc pakiet profilaktyczny, który opłacamy u
Państwa co miesiąc (49 zł), nie jest już potrzebny.

Proszę o zakończenie pakietu i niepobieranie kolejnych płatności.

Pozdrawiam serdecznie,
Agnieszka Dudek"""),
("pl", "b41-fizjo-roczny-zwrot-ciaza", "Natalia Kubiak <natalia.kubiak@example.pl>", "Subskrypcja roczna", "billing", "",
"""Dzień dobry,

w marcu wykupiłam roczny dostęp do programu na kręgosłup (359 zł).
Jestem w ciąży i lekarz prowadzący zabronił mi na razie wszelkich
ćwiczeń, pewnie do końca ciąży. Aplikacja działa bez zarzutu, po prostu
nie mogę z niej korzystać. Czy jest możliwość zwrotu za niewykorzystane
miesiące albo zamrożenia dostępu na ten czas?

Natalia Kubiak"""),
("pl", "b41-app-wsparcie-syn-18-karta", "Robert Jasiński <robert.jasinski@example.pl>", "Płatność za konto syna", "billing", "",
"""Dzień dobry,

syn (Michał) korzysta z Państwa aplikacji od roku, a płatności szły z
mojej karty. Michał skończył właśnie 18 lat, pracuje i chce sam płacić
za swoją subskrypcję. Jak przepiąć płatność na jego kartę, żeby od
lipca nic nie schodziło z mojej? Nie chcę przy tym, żeby stracił
historię rozmów ani swoją terapeutkę.

Robert Jasiński"""),
("pl", "b41-optyk-wymiana-oprawek-kolor", "Zuzanna Marczak <zuza.marczak@example.pl>", "oprawki", "billing", "",
"""Hej, tydzień temu kupiłam u Was w Galerii Mokotów oprawki w kolorze
bordo (bez szkieł jeszcze, szkła miały być robione na miejscu). W domu
w dziennym świetle wyglądają jak brąz i w ogóle mi nie pasują. Nic im
nie jest, nie były noszone. Mogę je wymienić na inne, ewentualnie z
dopłatą? Zapłaciłam 420 zł.
Zuza"""),
("pl", "b41-aparaty-raty-pfron", "Henryk Szczepański <henryk.szczepanski@example.pl>", "Zapytanie", "billing", "",
"""Szanowni Państwo,

Po badaniu słuchu w Państwa gabinecie w Lublinie otrzymałem wycenę na
dwa aparaty słuchowe: 7 600 zł. Mam przyznane dofinansowanie z NFZ
oraz złożyłem wniosek do PCPR o dofinansowanie z PFRON.

Proszę o informację, czy dofinansowanie z NFZ odlicza się od ceny od
razu przy zakupie, czy muszę najpierw zapłacić całość. Czy resztę
mogę rozłożyć na raty i na ile?

Z poważaniem
Henryk Szczepański"""),
("pl", "b41-apteka-kod-rabatowy", "Oliwia Baran <oliwia.baran@example.pl>", "Zamówienie 44718", "billing", "",
"""Dzien dobry, przy zamowieniu 44718 wpisalam kod WITAMINY15 z Waszego
newslettera, strona pokazala ze przyjety, a na potwierdzeniu i na
karcie jest pobrana pelna kwota 126,40 zl bez rabatu. Czy moge prosic
o zwrot tych 15%?
Oliwia Baran"""),
("pl", "b41-lozko-mama-sanatorium", "Krystyna Walczak <krystyna.walczak@example.pl>", "Łóżko rehabilitacyjne - umowa 3315", "billing", "",
"""Dzień dobry,

mama jedzie od poniedziałku na trzy tygodnie do sanatorium w Ciechocinku.
Łóżko rehabilitacyjne, które od Państwa wypożyczamy, w tym czasie będzie
stało nieużywane. Czy można zawiesić opłatę za te trzy tygodnie, skoro
łóżko zostaje u nas? Nie chcemy go oddawać, bo po powrocie będzie
potrzebne.

Krystyna Walczak"""),
("pl", "b41-odp-proforma-skuter-firma", "Marek Kaczmarczyk <marek@kaczmarczyk-transport.example>", "Odp: Faktura proforma PF/112/2024", "billing", "",
"""Dzień dobry,

dziękuję. Czy przelew może przyjść z konta firmowego (Kaczmarczyk
Transport), skoro skuter jest dla mojego ojca i faktura ma być na niego?
Nie chcę, żeby księgowa potem miała problem. I do kiedy najpóźniej
trzeba zapłacić, żeby dostawa była przed 15-tym?

Marek Kaczmarczyk

-----Wiadomość oryginalna-----
Od: Mobilis Skutery Inwalidzkie
Temat: Faktura proforma PF/112/2024

Szanowny Panie,
w załączeniu przesyłamy fakturę proforma na skuter Nova 4 dla
p. Stanisława Kaczmarczyka na kwotę 8 490,00 zł brutto.
Z poważaniem, Dział Sprzedaży"""),
("pl", "b41-apteka-klub-chargeback", "Sylwia Maj <sylwia.maj@example.pl>", "Nadal pobieracie opłatę!!!", "billing", "high",
"""Zrezygnowałam z "Klubu Apteka Plus" 2 lutego przez formularz na
stronie, mam potwierdzenie mailowe. W marcu i kwietniu znowu zeszło po
29,99 zł z karty. Pisałam dwa razy, dostaję automatyczną odpowiedź.

Jeśli do piątku nie oddacie 59,98 zł, zgłaszam w banku reklamację
transakcji (chargeback) i składam skargę do rzecznika konsumentów.

Sylwia Maj"""),
("pl", "b41-weterynarz-hospitalizacja-3-doby", "Tomasz Górecki <tomasz.gorecki@example.pl>", "Rachunek za hospitalizację - reklamacja", "billing", "high",
"""Szanowni Państwo,

nasz pies Borys był hospitalizowany w Państwa klinice od 4 do 5 maja,
czyli jedną dobę - odebraliśmy go 5 maja o 10:00, co jest w karcie
wypisu. Na fakturze są trzy doby hospitalizacji po 320 zł i trzy
kroplówki. Razem 640 zł za coś, czego nie było.

Złożyłem reklamację w recepcji 8 maja i nikt się nie odezwał. Jeśli w
ciągu 14 dni nie otrzymam korekty faktury i zwrotu, sprawę skieruję do
miejskiego rzecznika konsumentów, a w razie potrzeby do sądu.

Tomasz Górecki"""),
("pl", "b41-aparaty-zwrot-kierownik", "Jadwiga Lis <jadwiga.lis@example.pl>", "Zwrot aparatów słuchowych", "billing", "high",
"""Dzień dobry,

w ramach 30-dniowego okresu próbnego oddałam aparaty słuchowe do
Państwa gabinetu w Rzeszowie 3 kwietnia. Podpisałam protokół zwrotu.
Obiecano mi zwrot 5 200 zł w ciągu 14 dni. Minęło ponad pięć tygodni i
pieniędzy nie ma, a w gabinecie mówią, że "to centrala".

Proszę o kontakt kierownika regionu albo kogoś z zarządu, bo z
gabinetem nie da się tego załatwić. Telefon 600 900 415.

Jadwiga Lis"""),
("pl", "b41-szlaban-nie-otwiera-app", "Łukasz Sikora <lukasz.sikora@example.pl>", "Szlaban", "technical", "",
"""Dzień dobry,

opłacam postój na parkingu szpitala w aplikacji i przy wyjeździe
szlaban się nie podnosi, chociaż aplikacja pokazuje "postój aktywny".
Dzisiaj już drugi raz musiałem dzwonić przez domofon do ochrony.
Numer rejestracyjny KR 4T772, dobrze wpisany. Czy kamera w ogóle
odczytuje tablice?

Łukasz Sikora"""),
("pl", "b41-wyniki-pdf-haslo-pesel", "Wiesław Kowalczyk <wieslaw.kowalczyk@example.pl>", "wyniki", "technical", "",
"""Dzien dobry, dostalem maila z wynikami w pliku PDF. W mailu jest
napisane ze haslo to moj PESEL, wpisuje PESEL i pisze "niepoprawne
haslo". Probowalem na telefonie i na komputerze. PESEL jest dobry bo
go podawalem przy rejestracji.
W. Kowalczyk"""),
("pl", "b41-fizjo-zegarek-nie-synchronizuje", "Dominik Wieczorek <dominik.wieczorek@example.pl>", "Synchronizacja z zegarkiem", "technical", "",
"""Cześć,

nie chodzi o pieniądze ani o rezygnację, jestem zadowolony z planu.
Problem w tym, że od tygodnia aplikacja nie pobiera danych z zegarka
(Garmin Forerunner 255), więc nie widzę tętna z ćwiczeń i
fizjoterapeutka też nie. W Garmin Connect wszystko jest. Rozłączałem i
łączyłem konta dwa razy.

Dominik"""),
("pl", "b41-pytanie-logowanie-google", "Ewa Maciejewska <ewa.maciejewska@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, zmieniłam telefon i nie mogę się zalogować do
aplikacji przez konto Google - po wybraniu konta ekran robi się biały i
wraca do logowania. Na starym telefonie zawsze działało. Mam tam
zapisane ćwiczenia oddechowe i dziennik, które są dla mnie ważne.
Ewa"""),
("pl", "b41-aparaty-aplikacja-ios", "Stanisław Wójcik <stanislaw.wojcik@example.pl>", "Aplikacja do aparatów", "technical", "",
"""Szanowni Państwo,

po aktualizacji iPhone'a aplikacja do sterowania aparatami słuchowymi
nie widzi aparatów - pokazuje "Szukanie urządzeń" i tak zostaje. Same
aparaty działają, dźwięk z telefonu też czasem przechodzi, ale nie mogę
zmieniać programów ani głośności. Wnuczka sprawdzała Bluetooth, jest
włączony.

Stanisław Wójcik, lat 79"""),
("pl", "b41-fotochrom-nie-ciemnieje", "Iwona Pawlak <iwona.pawlak@example.pl>", "Okulary fotochromowe", "technical", "",
"""Dzień dobry,

w kwietniu odebrałam w Państwa salonie w Opolu okulary korekcyjne ze
szkłami fotochromowymi. Lewe szkło ciemnieje na słońcu normalnie, a
prawe prawie wcale - różnica jest tak widoczna, że ludzie pytają, co
mam z okiem. Sprawdzałam w pełnym słońcu, nie w samochodzie.

Iwona Pawlak"""),
("pl", "b41-e-recepta-kod-nieprawidlowy", "Piotr Zieliński <piotr.zielinski@example.pl>", "e-recepta nie przechodzi", "technical", "",
"""Wpisuje na stronie kod e-recepty 4 cyfry + PESEL i wyskakuje "kod
nieprawidlowy lub recepta zrealizowana". Recepta nie jest
zrealizowana, w IKP widze ze jest aktywna. Z ta sama recepta bylem
wczoraj w stacjonarnej aptece i tam wszystko widzieli (nie mieli
leku). Co jest nie tak?"""),
("pl", "b41-skuter-dioda-miga-5", "Zbigniew Olszewski <zbigniew.olszewski@example.pl>", "skuter nie rusza", "technical", "",
"""Dzień dobry,

skuter Mobilis Nova 4, kupiony u Państwa w zeszłym roku. Od wczoraj
po włączeniu kluczyka wskaźnik baterii miga pięć razy, skuter piszczy i
nie rusza. Bateria naładowana całą noc, dźwignia wolnego biegu na
pewno w dobrej pozycji. Co to oznacza?

Zbigniew Olszewski
Kielce"""),
("pl", "b41-pompa-materaca-spalenizna", "Halina Kubacka <halina.kubacka@example.pl>", "Pompa od materaca", "technical", "high",
"""Dzień dobry,

piszę na spokojnie, bo nic się nie stało, ale wolę zapytać. Pompa od
materaca przeciwodleżynowego, który wypożyczamy dla męża, od wczoraj
bardzo się grzeje - obudowa jest gorąca w dotyku i czuć było
spaleniznę, jak przy przegrzanym kablu. Wyłączyłam ją z gniazdka i
mąż śpi na razie na zwykłym materacu.

Co mam zrobić? Czy przywiozą Państwo inną pompę?

Halina Kubacka
tel. 501 900 227"""),
("pl", "b41-podnosnik-stanal-z-tata", "Grzegorz Pietrzak <grzegorz.pietrzak@example.pl>", "PODNOŚNIK STANĄŁ", "technical", "high",
"""Proszę o pilny telefon: 698 900 342.

Wypożyczony od Państwa podnośnik transportowy zatrzymał się w połowie,
kiedy przekładaliśmy tatę z łóżka na wózek. Tata wisi w nosidle około
pół metra nad łóżkiem, nie reaguje ani pilot, ani przycisk awaryjnego
opuszczania na maszcie. Tata ma 84 lata i po udarze, podtrzymujemy go
we dwoje. Co robić?

Grzegorz Pietrzak, Łódź ul. Zgierska"""),
("pl", "b41-dps-zamowienia-lekow-nie-widac", "Dom Pomocy Społecznej Pod Lipami <sekretariat@dps-podlipami.example>", "Zamówienia leków na weekend", "technical", "high",
"""Dzień dobry,

od wczoraj po południu panel zamówień, przez który zamawiamy leki dla
naszych mieszkańców, przyjmuje zamówienie i pokazuje "wysłano", ale
apteka mówi, że nic do nich nie dotarło. Chodzi o leki dla 78 osób na
weekend, w tym insulinę i leki przeciwzakrzepowe. Jeśli dostawa nie
wyjedzie dziś do 15:00, w sobotę nie będziemy mieli czego podać.

Prosimy o pilny kontakt: 89 960 14 22.

mgr Anna Grabowska
Kierownik działu opiekuńczego"""),
("pl", "b41-gabinet-fizjo-plany-niewidoczne", "FizjoPunkt Wrocław <recepcja@fizjopunkt-wroclaw.example>", "Plany pacjentów", "technical", "high",
"""Dzień dobry,

od rana żaden z naszych 12 fizjoterapeutów nie widzi w panelu planów
ćwiczeń pacjentów - lista jest pusta, a pacjenci w aplikacji mają
komunikat "brak przypisanego programu". Dzwonią do nas od 7 rano,
część pacjentów po operacjach nie wie, co ćwiczyć, a my musimy
odwoływać wizyty kontrolne, bo nie mamy dostępu do historii.

Prosimy o kontakt z kimś technicznym: 71 960 33 10.

Marta Kozłowska
Kierownik placówki"""),
("pl", "b41-skuter-trzecia-naprawa-kierownik", "Czesław Michalak <czeslaw.michalak@example.pl>", "Skuter - trzecia naprawa tej samej usterki", "technical", "high",
"""Szanowni Państwo,

skuter inwalidzki kupiony u Państwa w październiku po raz trzeci wraca
z serwisu z tą samą usterką: po kilkuset metrach sam się zatrzymuje i
wyświetla błąd silnika. Dwa razy wymieniano sterownik. Jestem od
skutera zależny, bez niego nie wyjdę nawet do sklepu.

Nie zgadzam się na czwartą "naprawę". Żądam kontaktu z kierownikiem
serwisu lub dyrektorem firmy i wymiany skutera na nowy.

Czesław Michalak"""),
("pl", "b41-kawiarnia-bezglutenowe", "Marta Zając <marta.zajac@example.pl>", "kawiarnia na parterze", "general", "",
"""Dzień dobry, czy w kawiarni w holu głównym szpitala są jakieś
kanapki albo ciasta bezglutenowe? Mąż ma celiakię i będzie leżał na
ortopedii ok. tygodnia, chcę wiedzieć, czy mogę mu coś tam kupować,
czy lepiej przywozić z domu. Dziękuję"""),
("pl", "b41-podziekowanie-optometrystka-siatkowka", "Anna Grabarczyk <anna.grabarczyk@example.pl>", "Podziękowanie dla pani Kasi", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani Katarzynie, optometrystce z salonu w
Toruniu. Przyszłam tylko po nowe okulary do czytania, a ona zauważyła
coś niepokojącego w badaniu dna oka i kazała mi tego samego dnia
jechać na okulistykę. Okazało się, że to początek odwarstwienia
siatkówki. Zdążyli. Gdyby nie ona, mogłabym stracić wzrok w tym oku.

Proszę jej to przekazać.

Anna Grabarczyk"""),
("pl", "b41-klucze-poczekalnia-punkt-pobran", "Bożena Kołodziej <bozena.kolodziej@example.pl>", "Zgubione klucze", "general", "",
"""Dzień dobry,

we wtorek rano byłam na pobraniu krwi w punkcie przy ul. Dworcowej i
chyba zostawiłam klucze na krześle w poczekalni - pęk z czerwonym
brelokiem w kształcie serca i kluczem od skrzynki pocztowej. Czy ktoś
je oddał?

Bożena Kołodziej"""),
("pl", "b41-apteka-domofon-pies", "Jacek Kwiatkowski <jacek.kwiatkowski@example.pl>", "dostawy", "general", "",
"""Dzien dobry, prosze przekazac kierowcom: domofon 23, ale trzeba
przytrzymac przycisk dluzej bo slabo slysze. Pies szczeka ale jest
zamkniety w kuchni, nie gryzie. Jak nikt nie otwiera to prosze zostawic
u sasiadki pod 21, pani Wanda wie.
Jacek Kwiatkowski"""),
("pl", "b41-zmiana-nazwiska-po-slubie", "Magdalena Nowak-Rutkowska <m.nowakrutkowska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

wzięłam ślub i zmieniło się moje nazwisko: z Magdaleny Rutkowskiej na
Magdalenę Nowak-Rutkowską. Proszę o zmianę w mojej karcie pacjenta w
gabinecie protetyki słuchu w Gliwicach, a także adresu e-mail na ten,
z którego piszę. PESEL bez zmian.

Dziękuję,
Magdalena Nowak-Rutkowska"""),
("pl", "b41-rodo-wycofanie-zgody-sms", "Rafał Borkowski <rafal.borkowski@example.pl>", "Wycofanie zgód", "general", "",
"""Dzień dobry,

na podstawie RODO wycofuję wszystkie zgody marketingowe, które
kiedykolwiek podałem w Państwa laboratorium. Proszę o zaprzestanie
wysyłania SMS-ów z promocjami pakietów badań i o potwierdzenie, że
mój numer został usunięty z list marketingowych. Wyniki badań proszę
oczywiście nadal przesyłać normalnie.

Rafał Borkowski"""),
("pl", "b41-weterynarz-noc-bez-rejestracji", "Kinga Sobczak <kinga.sobczak@example.pl>", "Przyjęcia w nocy", "general", "",
"""Hej, czy w nocy przyjmujecie bez wcześniejszego telefonu, czy trzeba
najpierw zadzwonić? I czy jest osobne wejście dla kotów, bo nasza
strasznie się boi psów. Pytam na zapas, mamy starą kotkę z chorymi
nerkami.
Kinga"""),
("pl", "b41-dzien-zdrowia-szkola-sluch", "Szkoła Podstawowa nr 7 w Sopocie <sekretariat@sp7-sopot.example>", "Dzień Zdrowia w szkole", "general", "",
"""Szanowni Państwo,

18 października organizujemy w szkole Dzień Zdrowia dla uczniów i
rodziców. Czy Państwa gabinet mógłby poprowadzić stanowisko z
przesiewowym badaniem słuchu albo krótką pogadankę o słuchawkach i
głośnej muzyce? Zapewniamy salę i pomoc nauczycieli.

Z wyrazami szacunku,
Dorota Sadowska
wicedyrektor"""),
("pl", "b41-kierowca-apteki-nieuprzejmy", "Teresa Kamińska <teresa.kaminska@example.pl>", "Kierowca", "general", "",
"""Dzień dobry,

chciałam zwrócić uwagę, że kierowca, który w piątek przywiózł mi leki,
był bardzo nieuprzejmy. Szłam do drzwi o kulach, a on przez domofon
krzyczał "szybciej, nie mam całego dnia" i rzucił torbę na wycieraczkę.
Do tej pory wszyscy byli bardzo mili, dlatego piszę.

Teresa Kamińska"""),
("pl", "b41-odp-wyniki-gotowe-lekarz", "Leszek Wilk <leszek.wilk@example.pl>", "Odp: Twoje wyniki są gotowe", "general", "",
"""Dzień dobry,

czy mogą Państwo przesłać te wyniki bezpośrednio do mojej lekarki
rodzinnej w przychodni Zdrowie na Podgórzu? Ona nie ma dostępu do
Państwa portalu. Ewentualnie do której godziny mogę odebrać wersję
papierową w punkcie?

Leszek Wilk

> Szanowny Panie,
> wyniki Pana badań (zlecenie 2024/05/118874) są gotowe.
> Można je pobrać w portalu pacjenta lub odebrać w punkcie pobrań.
> Laboratorium Medyczne VitaLab"""),
("pl", "b41-miejsca-niepelnosprawni-sor", "Jerzy Adamczyk <jerzy.adamczyk@example.pl>", "Parking przy SOR", "general", "",
"""Dzien dobry, czy na parkingu szpitala sa miejsca dla osob
niepelnosprawnych blisko wejscia na SOR albo do przychodni
przyszpitalnej? Wioze zone na wozku na wizyte w czwartek i chce wiedziec
gdzie najlepiej stanac.
Jerzy Adamczyk"""),
("pl", "b41-oblodzony-chodnik-parking", "Monika Grabowska <monika.grabowska@example.pl>", "Lód na parkingu szpitala", "general", "high",
"""Dzień dobry,

chodnik między parkingiem P2 a wejściem do przychodni przyszpitalnej od
trzech dni jest jedną taflą lodu, nieposypany. Dziś rano widziałam, jak
przewróciły się dwie osoby, w tym starszy pan o kulach, który rozciął
sobie łuk brwiowy. Większość ludzi idzie tamtędy na rehabilitację albo
na pobrania.

Proszę o natychmiastowe posypanie i odśnieżenie, zanim ktoś złamie
biodro.

Monika Grabowska"""),
("pl", "b41-pobranie-dziecko-kierownik-placowki", "Adrian Głowacki <adrian.glowacki@example.pl>", "Skarga - zachowanie personelu w punkcie pobrań", "general", "high",
"""Szanowni Państwo,

wczoraj w punkcie pobrań przy ul. Legnickiej moja 6-letnia córka bała
się pobrania krwi. Zamiast chwili cierpliwości pani pielęgniarka
powiedziała do niej "przestań się mazać, bo cię przywiążę", a do mnie,
że "rozpieszczone dzieci to wina rodziców". Córka była przerażona i
teraz mówi, że nigdy więcej nie pójdzie do lekarza.

Żądam rozmowy z kierownikiem placówki lub osobą odpowiedzialną za
punkty pobrań w regionie. Proszę o kontakt: 605 900 731.

Adrian Głowacki"""),
]
