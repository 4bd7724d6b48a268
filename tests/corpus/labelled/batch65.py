# batch65.py -- labelled test mails, held out of the tree until the rules it
# measures are final; nothing is tuned or trained on them.  Kinds of
# business: water sports and leisure -- swimming clubs and lessons, water
# parks, surf schools, paddleboard rental, sailing courses, lifeguard
# training, leisure centre memberships -- plus a few shops selling their
# kit.  Failure classes in new situations: escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that say
# nothing (or something else) and replies quoting an earlier mail, plans
# ended or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, premises hazards that are not
# a product fault, praise, payment questions, and everyday mail of all
# three queues.  Greek partly in Greeklish; Polish and Spanish with and
# without diacritics.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b65-term-swim-lessons-charged-twice", "Rebecca Holden <rebecca.holden@example.co.uk>", "Autumn term lessons", "billing", "",
"""Hi there,

I booked Alfie and Freya onto the Saturday morning Stage 3 lessons for
the autumn term and paid 84.00 on the 2nd. Looking at my bank app this
morning I've been charged 84.00 twice, both on the same day, a few
minutes apart. The online account only shows the one booking.

Could you refund the second one please? Just to be clear, the booking
itself went through fine and the kids are really looking forward to it,
it's only the extra payment.

Many thanks,
Rebecca Holden"""),
("en", "b65-membership-emigrating-perth", "Gareth Pugh <gareth.pugh@example.co.uk>", "Leaving the country", "billing", "",
"""Hello,

We're emigrating to Perth (the Australian one, not the Scottish one!) at
the end of next month, so I'm afraid my wife and I won't be swimming at
Riverside any more. Our joint membership is paid monthly by direct debit,
membership no. RL-44718. Please make sure the last payment is the one
for October and nothing comes out after we've gone.

Thanks for eight good years of early morning lengths.

Gareth and Siân Pugh"""),
("en", "b65-surf-voucher-expired-lahinch", "Aoife Brennan <aoife.brennan@example.ie>", "Voucher", "billing", "",
"""Hi lads,

My sister bought me a voucher for a two-day surf course with ye for my
30th (EUR 120, code LAH-2231) and I only went and let it run out in
June. Between a new job and the weather I never got down to Lahinch.
Is there any way ye could extend it to next summer? Even if there's a
small fee I'd understand.

Thanks a million,
Aoife"""),
("en", "b65-sup-deposit-not-returned", "Tyler Jensen <tyler.jensen@example.com>", "deposit", "billing", "",
"""Hey, rented two paddleboards from your Lake Tahoe location on July 19,
returned them same day before 5pm, no damage, the guy at the dock signed
them back in. The $150 security hold is still on my Visa 9 days later.
Can someone release it? Thanks - Tyler"""),
("en", "b65-water-park-season-pass-price", "Narelle Fitzgerald <narelle.fitz@example.com.au>", "Season passes", "billing", "",
"""G'day,

Just wondering about your season passes for the summer. The website says
AUD 189 per person but there are five of us (two adults, three kids aged
4, 8 and 11). Is there a family price, and does the 4 year old need a
pass at all? Also can we pay it off over a couple of months or is it all
up front?

Cheers,
Narelle"""),
("en", "b65-late-husband-aqua-aerobics", "Margaret Doyle <margaret.doyle@example.co.uk>", "My husband Frank", "billing", "",
"""Dear Sir or Madam,

My husband Frank Doyle passed away in August. He went to your aqua
aerobics class at the Westgate centre every Tuesday and Thursday for many
years and he always spoke highly of the instructors.

I notice from my bank statement that 32.50 is still being taken every
month for his "Active 60+" membership. I would be grateful if this could
be stopped, and if the September payment could be returned to our joint
account as he was no longer able to attend.

I can send a copy of the death certificate if you need it.

Yours faithfully,
Margaret Doyle (Mrs)"""),
("en", "b65-day-skipper-instalments", "Tom Ashworth <tom.ashworth@example.co.uk>", "Day Skipper course", "billing", "",
"""Hi,

I'm keen to book the 5-day practical Day Skipper course in May
(GBP 695). Is it possible to pay a deposit now and the rest in a couple
of instalments before the course starts? And if I have to pull out for
work reasons, is the deposit lost?

Cheers,
Tom"""),
("en", "b65-wetsuit-exchange-size", "Jess Moreno <jess.moreno@example.com>", "Order #30918 - wrong size", "billing", "",
"""Hi! The 3/2 women's wetsuit I ordered is great quality but way too
tight in the shoulders, I can barely zip it. Tags are still on, only
tried it on indoors. Can I swap it for a size 10, and do I pay for the
return shipping? Thank you!!
Jess"""),
("en", "b65-kayak-team-day-invoice-gst", "Accounts <accounts@nimbus-analytics.example.in>", "Invoice for team outing 14 Dec", "billing", "",
"""Dear Team,

Greetings from Nimbus Analytics Pvt Ltd.

We had booked the kayaking and team building day at your Kolad centre for
22 employees on 14th December and the advance of INR 38,500 was paid by
NEFT. Kindly share the tax invoice in the company name with our GSTIN
(27ABCDE1234F1Z5) so that we can process the balance payment. The current
receipt is in the name of Mr. Rohan Kulkarni who made the booking.

Kindly do the needful at the earliest.

Regards,
Deepa Iyer
Accounts Department"""),
("en", "b65-freeze-membership-leg-in-plaster", "Danny Whelan <danny.whelan@example.ie>", "Broken leg", "billing", "",
"""Howya, I broke my leg playing 5-a-side and I'm in plaster for at least
8 weeks, so no swimming or gym for me. Can ye put my membership on ice
till the cast is off instead of me paying the 49 a month for nothing?
Member number 20871. Danny"""),
("en", "b65-lifeguard-course-cancelled-chargeback", "Kayla Simmons <kayla.simmons@example.com>", "Lifeguard certification refund", "billing", "high",
"""To whom it may concern,

I paid $340 on March 3 for the lifeguard certification course that was
supposed to run April 8-12 at your Riverside pool. Four days before it
started I got an email saying it was cancelled "due to staffing". Since
then I've emailed three times and called twice asking for my money back
and nobody has responded.

I needed this certification for a summer job that I have now lost. If I
don't see a full refund within 7 days I will be disputing the charge with
my credit card company. I have kept copies of all my emails.

Kayla Simmons"""),
("en", "b65-re-cancelled-membership-still-charged", "Lee Parkinson <lee.parkinson@example.co.uk>", "Re: Your membership cancellation", "billing", "high",
"""This is the third month you've taken 38.99 since this email. I want
all three payments back and I want a manager to ring me, because the
front desk at Halton keep telling me "it's been passed on". Not good
enough. 07700 900418.

Lee Parkinson

> Dear Lee,
>
> We're sorry to see you go. This email confirms that your Flex
> membership (ref HAL-66120) has been cancelled and no further payments
> will be collected after 1 June.
>
> Kind regards,
> Halton Leisure Membership Team"""),
("en", "b65-water-park-closed-day-tribunal", "Brendan O'Sullivan <brendan.osullivan@example.com.au>", "Tickets for 9 January - closed park", "billing", "high",
"""Hi,

We booked four day tickets (AUD 276 total) for Sunday 9 January and drove
two and a half hours from Toowoomba, only to find the park shut for
"maintenance" with a sign on the gate. No email, no text, nothing.

Your online team have now twice told me the tickets are "non-refundable
but can be rebooked". We live nowhere near you and we're not doing that
drive again. You closed, not us.

If the AUD 276 isn't refunded this week I'll be lodging a complaint with
the Office of Fair Trading and filing at QCAT.

Brendan O'Sullivan"""),
("en", "b65-hello-surf-camp-sibling-discount", "Lauren Pike <lauren.pike@example.com>", "Hello", "billing", "",
"""Hello! My two boys (9 and 12) both want to do your week-long junior surf
camp in August. Do you do a sibling discount? Last year I'm sure there was
10% off the second child but I can't see it on the booking page now.

Thanks,
Lauren"""),
("en", "b65-booking-app-timetable-crash", "Vikram Rao <vikram.rao@example.co.uk>", "App crashing - not a billing query", "technical", "",
"""Hi,

Before anyone forwards this to accounts - my payments are all fine, this
is about the app. Since the update last week, the app closes itself as
soon as I tap "Timetable". I can see my bookings and my membership card,
but I can't book any swim sessions because the timetable never opens.

iPhone 13, iOS up to date, I've deleted and reinstalled the app twice.

Thanks,
Vikram"""),
("en", "b65-card-not-working-turnstile", "Shannon Keogh <shannon.keogh@example.ie>", "Membership card", "technical", "",
"""My membership card hasn't worked on the turnstile at the Ballymun pool
since Monday, red light every time. Staff have to buzz me in. The card
isn't damaged and my membership is paid up. Could ye check it please?"""),
("en", "b65-password-reset-link-expired", "Dennis Whitaker <dennis.whitaker@example.com>", "Can't log in", "technical", "",
"""Every time I click the reset password link in your email it says "This
link has expired" - even when I click it within a minute of getting it.
I've tried 5 times now. I just want to book a lane for tomorrow morning.
Dennis"""),
("en", "b65-swim-tracker-miscounts-lengths", "Rajesh Menon <rajesh.menon@example.in>", "SwimPro band", "technical", "",
"""Hello sir,

I purchased the SwimPro fitness band from your online store in
September. When I swim in the 25 m pool it is counting lengths wrongly,
for 40 lengths it shows 27 or 31, never the correct number. I have set
pool length as 25 m in the app and I am swimming only freestyle. Please
advise what to do, is there any calibration setting?

Thanks and regards,
Rajesh Menon
Kochi"""),
("en", "b65-inflatable-sup-valve-keep-board", "Holly Graves <holly.graves@example.co.uk>", "Paddleboard losing air", "technical", "",
"""Hello,

The inflatable paddleboard I bought in June goes soft after about an
hour on the water. I've done the soapy water test and it's bubbling
around the valve, not the seams. I tightened the valve core with the
little tool that came with it but it still leaks.

I don't want a refund or a new board, I really like this one - I just
need the valve sorted. Can you send a replacement valve, or tell me
where to send it?

Thanks,
Holly"""),
("en", "b65-efoil-battery-swollen", "Mike Daniels <mike.daniels@example.com>", "eFoil battery", "technical", "high",
"""Hi,

Took the eFoil out on Saturday and after the session the battery box was
noticeably hot to touch, more than usual, and when I opened it at home
the battery pack has a visible bulge on one side. I've put it outside on
the concrete patio away from the house and haven't charged it since.

Please let me know how to get it safely collected or disposed of and what
happens next. Serial number EF-2291-0473.

Mike Daniels
San Diego"""),
("en", "b65-sauna-heater-sparking", "Joan Fairley <joan.fairley@example.co.uk>", "Sauna at Northgate", "technical", "high",
"""Good afternoon,

I thought I should let you know that while I was in the sauna at the
Northgate Leisure Centre this morning, around 8.15, the heater in the
corner gave out a couple of sparks and a crackling noise, and the light
flickered. Nobody was hurt. I told the young man on reception but the
sauna was still open when I left at 9.

I'm sure it will be looked at but I didn't want it to be forgotten.

Kind regards,
Joan Fairley"""),
("en", "b65-swim-school-booking-platform-down", "Coach Amanda <amanda@riverdaleswimacademy.example>", "Parents can't see anything", "technical", "high",
"""Hi,

Since about 6am today none of our parents can get into the SplashBook
parent portal or app - they get a blank white screen. Our reception
computer shows the same. We have 240 kids booked for lessons today
across two pools, the coaches have no class lists, the front desk has a
queue out the door and we can't check anyone in or take the make-up
bookings. Three families have already gone home.

This is our busiest Saturday of the term. Please call me as soon as
possible on (512) 555-0148.

Amanda Reyes
Riverdale Swim Academy, Austin TX"""),
("en", "b65-pool-heat-pump-e3", "Craig Munro <craig.munro@example.com.au>", "heat pump error", "technical", "",
"""The AquaHeat 12kW pool heat pump you installed in November has started
showing E3 and shutting down after 10-15 minutes. Pool pump is running,
filter's clean, water flow looks normal. Pool's sitting at 21 degrees
instead of 28. Could someone have a look? Craig, Gold Coast"""),
("en", "b65-lesson-video-portal-no-play", "Sinead Gallagher <sinead.gallagher@example.ie>", "Progress videos", "technical", "",
"""Hi,

Ye sent an email saying Cian's end of term progress video is ready, but
when I log in and press play it just spins forever. Tried on my phone and
on the laptop, Chrome and Safari. Other videos on the internet play fine.

Thanks, Sinead"""),
("en", "b65-re-digital-locker-still-stuck", "Paul Hendry <paul.hendry@example.co.uk>", "Re: Locker issue at Eastfield", "technical", "",
"""Hi Sarah,

Thanks for this, but it happened again on Wednesday - locker 112 again,
and also 118 when I tried a different one. I set my 4 digit code, locked
it, came back an hour later and the keypad just beeps three times. Staff
had to override it again. I'd rather not leave my car keys in one of
them until it's sorted.

Paul

> Hi Paul,
>
> Thank you for letting us know about locker 112. Our maintenance team
> have reset the keypad and it should be working normally now.
>
> Sarah
> Eastfield Leisure Centre"""),
("en", "b65-question-qr-checkin-not-scanning", "Harpreet Sandhu <harpreet.sandhu@example.co.uk>", "Question", "technical", "",
"""Quick question - is the QR code in the app supposed to change? Mine
won't scan at the kiosk at all, the screen just says "invalid code". My
husband's works on the same kiosk. I've logged out and back in."""),
("en", "b65-sup-pump-third-time-supervisor", "Nicole Barrett <nicole.barrett@example.com>", "Electric pump - third repair, need a supervisor", "technical", "high",
"""Hello,

This is now the THIRD time my electric SUP pump has stopped working. It
runs for about two minutes, then cuts out with the "OL" error and won't
restart. I sent it in for repair in May and again in July (case numbers
88012 and 88977) and both times it came back "tested, no fault found".
It fails the first time I use it, every time.

I don't want to go through the same form again. I'd like a supervisor
to contact me and actually look at the history on this.

Nicole Barrett
Charleston, SC"""),
("en", "b65-thanks-lifeguard-pulled-son-out", "Colette Murphy <colette.murphy@example.ie>", "Thank you to the lifeguard on Sunday", "general", "",
"""Hi,

I just wanted to say a massive thank you to the lifeguard on the wave pool
on Sunday afternoon - a tall lad with red hair, I think his name was
Eoin. My son Jack (7) got knocked over by a wave and panicked, and he was
in beside him within seconds, calm as anything. Jack was a bit shaken but
grand after a hot chocolate.

Please pass this on to him and his manager. Ye should be very proud of
him.

Colette"""),
("en", "b65-urgent-bank-holiday-hours", "Brian Tolley <brian.tolley@example.co.uk>", "URGENT!!", "general", "",
"""Is the pool open on Bank Holiday Monday and what time does it shut??
Website doesn't say anything. Thanks"""),
("en", "b65-lost-goggles-kids-bag", "Anjali Verma <anjali.verma@example.com>", "Left a bag behind", "general", "",
"""Hi,

My daughter left her swim bag in the girls' changing room after her
lesson on Thursday at about 5.30. It's a purple drawstring bag with a
unicorn on it, with her prescription goggles and a blue towel inside.
Has anyone handed it in? I can pop in to collect it.

Thank you,
Anjali"""),
("en", "b65-change-email-and-phone", "Martin Fox <martin.fox@example.co.uk>", "Contact details", "general", "",
"""Please update my contact details on membership 55301:
new email martin.fox@example.co.uk (the old btinternet one is closing)
new mobile 07700 900733
Thanks, Martin Fox"""),
("en", "b65-data-request-sailing-club", "Eleanor Price <eleanor.price@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data your sailing
club holds about me, including membership records, incident reports and
any photographs used in your newsletters from 2019 onwards.

My membership number was SC-1174. Please confirm receipt of this request.

Yours sincerely,
Eleanor Price"""),
("en", "b65-sponsorship-masters-gala", "Rob Clement <rob.clement@stallionsmasters.example>", "Sponsorship for our masters gala", "general", "",
"""Hi,

I'm the secretary of Stallions Masters Swimming Club. We're hosting an
open masters gala in March with around 180 swimmers from across the
north-west, aged 25 to 85. We're looking for a sponsor for the medals and
the programme, and we'd be happy to put your logo on the programme,
banners and our social media.

Would your marketing team be interested? I'm happy to send more details.

Rob Clement
Club Secretary"""),
("en", "b65-adult-beginner-afraid-of-water", "Sunita Ghosh <sunita.ghosh@example.com>", "Adult lessons", "general", "",
"""Hello,

I am 46 and I have never learned to swim, and to be honest I am a bit
scared of deep water. Do you have adult beginner classes, and are they
in the shallow pool? I would prefer a women-only session if you have
one. I would like to know how it works before I sign up.

Sunita"""),
("en", "b65-instructor-shouting-kids-manager", "Rachel Okafor <rachel.okafor@example.co.uk>", "Complaint about the Wednesday instructor", "general", "high",
"""Dear Centre Manager,

I am writing about the instructor who takes the 4.30 Stage 2 class on
Wednesdays at Meadowbank. Last week he shouted at my six year old in
front of the whole class, called her "useless" for holding onto the
float, and pulled her off the side by the arm. She came out in tears and
now refuses to go back. Two other parents saw it.

This is not the way to speak to small children who are learning. I want
this dealt with by the centre manager, not the front desk, and I would
like to be contacted by phone (07700 900261) this week.

Rachel Okafor"""),
("en", "b65-broken-tile-changing-room-cut", "Stephen Barker <stephen.barker@example.co.uk>", "Changing village", "general", "high",
"""Hi,

There's a broken floor tile in the family changing village at the Grange
pool, just by cubicle 9, with a sharp raised edge. My son cut his foot on
it last night, not badly, one of your staff cleaned it and put a plaster
on. But it's right where all the kids walk barefoot and there was nothing
round it when we left. Someone will get a proper cut.

Stephen"""),
("en", "b65-glass-bottle-splash-pad", "Kimberly Ross <kimberly.ross@example.com>", "Splash pad today", "general", "high",
"""Hi, I wanted to report that there was broken glass from a beer bottle
on the toddler splash pad area this afternoon around 2pm, near the
mushroom fountain. I picked up the big pieces and told a staff member,
but when we left at 4 there were still small bits in the gaps between
the mats and little kids were running around barefoot. I think it needs
closing off until it's swept properly.

Kimberly Ross"""),
("en", "b65-order-wetsuit-leave-in-shed", "Alan Pritchard <alan.pritchard@example.co.uk>", "Order 41207", "general", "",
"""Hi, my order 41207 is out for delivery tomorrow and I'll be at work.
Can the courier leave it in the blue shed at the side of the house,
it's never locked. Or with the neighbour at no. 14. Ta, Alan"""),
("en", "b65-regatta-spectators", "Fiona McLeod <fiona.mcleod@example.co.uk>", "Regatta weekend", "general", "",
"""Hello,

My nephew is racing in the junior regatta at your club on the 21st. Can
family come and watch from the clubhouse or the pontoon, and is there
parking and somewhere to get food? We'll be coming up from Glasgow.

Thanks,
Fiona"""),
("en", "b65-praise-surf-instructor-dad", "Greg Hollis <greg.hollis@example.com.au>", "Best lesson ever", "general", "",
"""Just a quick one to say a massive thanks to Jono at Bells Beach. I'm 52,
unfit and was pretty sure I'd make a fool of myself in front of my kids,
but he had me standing up by the end of the two hours. The kids were
absolutely killing themselves laughing at my first few attempts but
that's on me, not him. Top bloke, top lesson. We'll be back in
January.

Greg"""),
# ---------------- Greek ----------------
("el", "b65-gl-xrewsh-kartela-melous", "Katerina Z. <katerina.z@example.gr>", "xrewsh", "billing", "",
"""kalhspera sas,

sto mhniaio tou Oktwvriou gia ta mathimata kolymbhshs ths korhs mou sto
kolymbhthrio Kalamarias eida mia epipleon xrewsh 10e "kartela melous".
kanenas de mas eipe gia kartela, to paidi exei thn idia karta apo
persi. ti einai auto kai giati to plhrwnw?

eyxaristw,
Katerina"""),
("el", "b65-ydrotherapeia-skylou-efyge", "Μαρία Λαμπράκη <maria.lamprakis@example.gr>", "Πακέτο υδροθεραπείας για τον Μπόμπι", "billing", "",
"""Καλησπέρα σας,

Ο Μπόμπι, ο λαμπραντόρ μας που ερχόταν κάθε Πέμπτη στην πισίνα
υδροθεραπείας σας για το ισχίο του, έφυγε από κοντά μας την περασμένη
εβδομάδα. Ήταν 14 χρονών και τον φροντίσατε με πολλή αγάπη όλον αυτόν
τον καιρό.

Έχουμε μηνιαίο πακέτο (45€, πάγια εντολή στην κάρτα). Παρακαλώ να μη
γίνει η χρέωση του επόμενου μήνα. Αν έχουν μείνει συνεδρίες από τον
Σεπτέμβριο που δεν χρησιμοποιήθηκαν, δεν χρειάζεται να μας τις
επιστρέψετε, δώστε τες σε κάποιο σκυλάκι που το χρειάζεται.

Μαρία Λαμπράκη"""),
("el", "b65-timologio-istioploia-afm", "Γιάννης Καραγιάννης <g.karagiannis@example.gr>", "Τιμολόγιο για σεμινάριο ιστιοπλοΐας", "billing", "",
"""Καλημέρα,

Πλήρωσα 380€ για το εντατικό σεμινάριο ιστιοπλοΐας του Ιουνίου στη
Βάρκιζα και πήρα απόδειξη λιανικής. Θα ήθελα να εκδοθεί τιμολόγιο στην
εταιρεία μου:

ΚΑΡΑΓΙΑΝΝΗΣ ΜΟΝ. ΙΚΕ
ΑΦΜ 801234567, ΔΟΥ Γλυφάδας
Λεωφ. Ποσειδώνος 12, Γλυφάδα

Ευχαριστώ πολύ,
Γιάννης Καραγιάννης"""),
("el", "b65-gl-timh-idiaitera-enhlikas", "Stelios <stelios.kour@example.gr>", "timh", "billing", "",
"""geia sas, poso kostizoun ta idiaitera mathimata kolymbhshs gia enhlika?
eimai 45 kai 8elw na matho swsta crawl. yparxei paketo 10 mathimatwn
pio fthno? plhrwnetai me karta h mono metrhta?"""),
("el", "b65-pagoma-syndromis-egkymosyni", "Δέσποινα Ρούσσου <despoina.roussou@example.gr>", "Πάγωμα συνδρομής", "billing", "",
"""Γεια σας,

Είμαι έγκυος στον έβδομο μήνα και ο γιατρός μου είπε να σταματήσω την
κολύμβηση μέχρι μετά τη γέννα. Έχω ετήσια συνδρομή στο Aqua Club μέχρι
τον Μάρτιο. Μπορώ να την παγώσω για 4-5 μήνες και να συνεχίσει μετά
χωρίς να χάσω τους μήνες;

Ευχαριστώ,
Δέσποινα"""),
("el", "b65-prokatavoli-sup-meltemi", "Νίκος Βαφειάδης <nikos.vafeiadis@example.gr>", "Προκαταβολή ενοικίασης", "billing", "",
"""Καλησπέρα,

Είχα κλείσει 4 σανίδες SUP για τις 12 Αυγούστου στην Κασσάνδρα και
είχα πληρώσει προκαταβολή 40€. Εκείνη τη μέρα φυσούσε 7 μποφόρ και ο
υπάλληλός σας μας είπε ο ίδιος ότι δεν βγαίνουμε και ότι τα χρήματα θα
επιστραφούν. Έχουν περάσει τρεις εβδομάδες και δεν έχω δει τίποτα.
Τι χρειάζεται να κάνω;

Νίκος Βαφειάδης"""),
("el", "b65-gl-doseis-sxolh-nayagosostwn", "Apostolis M. <apostolis.m@example.gr>", "sxolh nauagosostwn", "billing", "",
"""kalhmera, 8elw na graftw sth sxolh nauagosostwn pou xekinaei ton
Aprilio. to kostos einai 450e, ginetai na to plhrwsw se 3 doseis h
prepei ola mazi me thn eggrafh? fwths eimai kai tha to plhrwsw apo ta
leuta tou kalokairiou

eyxaristw
Apostolis"""),
("el", "b65-epistrofi-enos-zeugariou-vatraxopedilon", "Χρύσα Ηλιάδη <chrysa.iliadi@example.gr>", "Παραγγελία 20671", "billing", "",
"""Καλησπέρα σας,

Στην παραγγελία 20671 πήρα κατά λάθος δύο ζευγάρια βατραχοπέδιλα, το
ίδιο νούμερο (38-39), ενώ ήθελα μόνο ένα. Το δεύτερο είναι ακόμα
κλειστό στη συσκευασία του. Πώς μπορώ να το επιστρέψω και να πάρω πίσω
τα 34,90€; Χρειάζεται να πληρώσω εγώ το courier;

Χρύσα"""),
("el", "b65-re-ananeosi-syndromis-xoris-entoli", "Άρης Κωνσταντινίδης <aris.konst@example.gr>", "Re: Η συνδρομή σας ανανεώθηκε", "billing", "",
"""Καλησπέρα,

Δεν ζήτησα ανανέωση. Τον Ιούνιο είπα στη ρεσεψιόν ότι μετά το
καλοκαίρι σταματάω και η κοπέλα μου είπε ότι θα το σημειώσει. Παρακαλώ
ακυρώστε την ανανέωση και επιστρέψτε μου τα 240€.

Άρης

> Αγαπητέ κύριε Κωνσταντινίδη,
>
> Η ετήσια συνδρομή σας στο Aqua Fitness Club ανανεώθηκε αυτόματα για
> την περίοδο 01/09 - 31/08. Το ποσό των 240€ χρεώθηκε στην κάρτα σας
> που λήγει σε 4410.
>
> Με εκτίμηση,
> Aqua Fitness Club"""),
("el", "b65-gl-metakomisa-patra-syndromh", "Vaggelis T. <vaggelis.t@example.gr>", "syndromh", "billing", "",
"""geia sas
metakomisa gia douleia sthn Patra apo ton Septemvrio kai den 8a
xanaer8w sto kolymbhthrio tou Peristeriou. mou exete parei kai ton
Oktwbrio 35e enw eimai hdh allou. kleiste thn syndromh moy kai
epistrepste ton Oktwbrio an ginetai
Vaggelis Tsakiris"""),
("el", "b65-pisina-kleisti-anakainisi-synigoros", "Ευαγγελία Παπαδημητρίου <e.papadimitriou@example.gr>", "Ετήσια συνδρομή και δύο μήνες κλειστή πισίνα", "billing", "high",
"""Κύριοι,

Τον Σεπτέμβριο πλήρωσα 420€ για ετήσια συνδρομή κολύμβησης. Από τις 10
Ιανουαρίου η πισίνα είναι κλειστή για ανακαίνιση και σύμφωνα με την
ανακοίνωσή σας θα ανοίξει «μέσα στον Μάρτιο». Στο αίτημά μου για
αναλογική επιστροφή ή παράταση της συνδρομής, η απάντηση ήταν ότι
«δεν προβλέπεται από τους όρους».

Πληρώνω για υπηρεσία που δεν μου παρέχεται. Αν μέσα σε δέκα ημέρες δεν
μου προτείνετε επιστροφή ή ισόποση παράταση, θα υποβάλω καταγγελία
στον Συνήγορο του Καταναλωτή.

Ευαγγελία Παπαδημητρίου"""),
("el", "b65-gl-diplh-xrewsh-amfisvhthsh-trapeza", "Lefteris K. <lefteris.k@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Mou xrewsate 2 fores thn etisia syndromh sto gymnasthrio-pisina
(2 x 420e!!) sis 3/9. exw steilei 2 email kai exw paei kai apo th
reception, oloi leei 8a to doun. den einai dynaton na mou leipoun 420e
enan mhna. an den epistrafoun mexri thn Paraskeuh kanw amfisvhthsh
sthn trapeza kai telos.

Lefteris Kotsis"""),
("el", "b65-poini-akyrosis-camp-ypeythynos", "Θεόδωρος Μακρής <theodoros.makris@example.gr>", "Παρακράτηση στην ακύρωση του camp", "billing", "high",
"""Καλημέρα σας,

Ακυρώσαμε τη συμμετοχή του γιου μας στο καλοκαιρινό ναυτικό camp
(650€) τρεις εβδομάδες πριν την έναρξη, επειδή έσπασε το χέρι του.
Στείλαμε και ιατρική βεβαίωση. Μας επιστρέψατε μόνο 325€, με την
αιτιολογία «παρακράτηση 50%». Στους όρους που υπογράψαμε η παρακράτηση
για ακύρωση πριν από 15 ημέρες είναι 20%.

Το τμήμα κρατήσεων επιμένει στο ίδιο. Ζητώ να επικοινωνήσει μαζί μου ο
υπεύθυνος του camp ή κάποιος από τη διοίκηση, στο 6944 123 456.

Θεόδωρος Μακρής"""),
("el", "b65-erotisi-ekptosi-polyteknon", "Σταυρούλα Δεληγιάννη <s.deligianni@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπερα σας,

Εχουμε τεσσερα παιδια και θελουμε να τα γραψουμε ολα στα τμηματα
κολυμβησης του Σεπτεμβριου. Υπαρχει εκπτωση για πολυτεκνους; Και αν
ναι, τι χαρτια πρεπει να φερουμε;

Ευχαριστω
Σταυρουλα"""),
("el", "b65-gl-app-den-anoigei-programma", "Nikos P. <nikos.p93@example.gr>", "app", "technical", "",
"""geia, den einai gia plhrwmh, h syndromh mou einai ok. to app sas
kleinei monh ths otan pataw "Programma" gia na kleisw diadromh sthn
pisina. ta alla kommatia douleuoun. Android 14, Samsung A54, to exw
xanavalei 2 fores. ti na kanw?"""),
("el", "b65-karta-eisodou-mpara", "Ελένη Βασιλείου <eleni.vasileiou@example.gr>", "Κάρτα μέλους", "technical", "",
"""Καλησπέρα,

Από τη Δευτέρα η κάρτα μέλους μου δεν ανοίγει την μπάρα στην είσοδο του
κολυμβητηρίου. Ανάβει κόκκινο και πρέπει να μου ανοίγει κάθε φορά η
ρεσεψιόν. Η συνδρομή μου είναι πληρωμένη μέχρι τον Δεκέμβριο.

Ελένη Βασιλείου"""),
("el", "b65-kodikos-eshop-den-dexetai", "Παύλος Γεωργιάδης <pavlos.georgiadis@example.gr>", "Δεν μπορώ να συνδεθώ", "technical", "",
"""Γεια σας. Προσπαθώ να μπω στον λογαριασμό μου στο e-shop για να δω την
παραγγελία μου και μου βγάζει «λάθος κωδικός». Έκανα επαναφορά κωδικού,
έβαλα τον καινούργιο και πάλι το ίδιο. Έχω δοκιμάσει Chrome και
Firefox."""),
("el", "b65-maska-full-face-mpainei-nero", "Αναστασία Μουρατίδου <anastasia.mouratidou@example.gr>", "Μάσκα θαλάσσης", "technical", "",
"""Καλημέρα,

Η μάσκα θαλάσσης full face που αγόρασα από το κατάστημά σας τον Ιούνιο
μπάζει νερό από τη βαλβίδα στην κορυφή του αναπνευστήρα, ακόμα και
όταν δεν βουτάω. Το σφουγγαράκι μέσα είναι στη θέση του.

Δεν ζητάω επιστροφή χρημάτων, τη μάσκα τη θέλω. Υπάρχει ανταλλακτική
βαλβίδα ή κάτι που κάνω λάθος;

Αναστασία"""),
("el", "b65-gl-roloi-den-fortizei", "Giorgos F. <giorgos.f@example.gr>", "roloi", "technical", "",
"""kalhspera, to roloi kolymbhshs pou phra apo sas prin 2 mhnes den
fortizei pia. to vazw sth vash, den anavei tipota, oute to lampaki
fortishs. dokimasa allo kalwdio kai allo fortisth. ti na kanw?"""),
("el", "b65-xloriotis-pisinas-no-flow", "Κωνσταντίνος Αλεξίου <k.alexiou@example.gr>", "Χλωριωτής αλατιού", "technical", "",
"""Καλησπέρα σας,

Ο χλωριωτής αλατιού που μας τοποθετήσατε τον Μάιο στην πισίνα του
σπιτιού στην Πάρο δείχνει από χθες «NO FLOW» και δεν παράγει χλώριο,
παρόλο που η αντλία γυρίζει κανονικά και τα φίλτρα είναι καθαρά. Το
νερό έχει αρχίσει να θολώνει. Μπορεί να έρθει τεχνικός;

Κωνσταντίνος Αλεξίου
6977 654 321"""),
("el", "b65-ntous-apodytiria-reyma", "Ιωάννα Καρρά <ioanna.karra@example.gr>", "Ντους στα αποδυτήρια γυναικών", "technical", "high",
"""Καλησπέρα σας,

Ήθελα να σας ενημερώσω ότι σήμερα το πρωί, γύρω στις 9, στο δεύτερο
ντους από αριστερά στα αποδυτήρια γυναικών του κολυμβητηρίου, όταν
ακούμπησα τη μεταλλική βρύση ένιωσα ένα τσίμπημα ρεύματος στο χέρι. Το
ίδιο μου είπε και μια άλλη κυρία. Είμαι καλά, απλώς το αναφέρω για να
το δει κάποιος ηλεκτρολόγος πριν ξαναχρησιμοποιηθεί.

Ιωάννα Καρρά"""),
("el", "b65-gl-tromba-fouskwmatos-mirizei-kammeno", "Thanos V. <thanos.v@example.gr>", "hlektrikh tromba", "technical", "high",
"""geia sas, xthes fouskwna th sanida me thn hlektrikh tromba pou phra apo
sas kai meta apo 5 lepta arxise na mirizei kammeno plastiko kai vghke
ligos kapnos apo to plai. thn evgala amesws apo thn priza tou
autokinhtou. den thn xanaxrhsimopoihsa. ti prepei na kanw? einai mesa
sthn eggyhsh.
Thanos"""),
("el", "b65-waterpark-vrachiolia-ektos", "Aqualand Σέρρες - Διεύθυνση <management@aqualand-serres.example>", "Βραχιόλια", "technical", "high",
"""Καλημέρα,

Από τις 10:30 τα βραχιόλια εισόδου δεν διαβάζονται πουθενά: ούτε στις
μπάρες, ούτε στα ντουλάπια, ούτε στα ταμεία του εστιατορίου και των
μπαρ. Έχουμε πάνω από 1.500 επισκέπτες μέσα, ουρά στην είσοδο μέχρι
το πάρκινγκ, κόσμος που δεν μπορεί να ανοίξει τα ντουλάπια με τα
πράγματά του και το προσωπικό ανοίγει με κλειδιά ένα ένα.

Χρειαζόμαστε κάποιον από εσάς τώρα. Τηλ. 23210 55 555.

Νίκος Σιδηρόπουλος
Διευθυντής λειτουργίας"""),
("el", "b65-confirm-email-den-erxetai", "Ανδρέας Λιόντος <andreas.liontos@example.gr>", "Επιβεβαίωση email", "technical", "",
"""Γεια σας,

Έκανα εγγραφή στη σελίδα σας για να κλείσω θέση στο aqua gym αλλά το
email επιβεβαίωσης δεν έρχεται ποτέ. Έχω κοιτάξει και στα ανεπιθύμητα.
Πάτησα «αποστολή ξανά» τρεις φορές.

Ανδρέας"""),
("el", "b65-re-pinakas-xronometrisis-diadromi-4", "Κολυμβητικός Όμιλος Βόλου <info@kovolou.example>", "Re: Υπόθεση 3391 - πίνακας χρονομέτρησης", "technical", "",
"""Καλησπέρα σας,

Δυστυχώς μετά την επίσκεψη του τεχνικού το πρόβλημα παραμένει: στην
προπόνηση της Πέμπτης η πλάκα τερματισμού της διαδρομής 4 πάλι δεν
κατέγραψε δύο από τις πέντε επαφές, και ο πίνακας έδειξε κενό χρόνο.
Οι υπόλοιπες διαδρομές είναι εντάξει. Έχουμε τοπικούς αγώνες σε τρεις
εβδομάδες.

Γιώργος Αναγνώστου
Γραμματέας

> Αγαπητοί κύριοι,
>
> Ο τεχνικός μας αντικατέστησε το καλώδιο της πλάκας στη διαδρομή 4 και
> το σύστημα ελέγχθηκε επιτυχώς. Παρακαλούμε ενημερώστε μας αν
> παρατηρήσετε ξανά κάποιο πρόβλημα.
>
> Με εκτίμηση,
> Τμήμα Τεχνικής Υποστήριξης"""),
("el", "b65-gl-sea-scooter-xamenos-service-proistamenos", "Marios D. <marios.d@example.gr>", "sea scooter - 3 evdomades", "technical", "high",
"""kalhmera

to hlektriko sea scooter pou phra apo sas stamathse na douleyei meta
apo 2 vouties kai to afhsa gia episkeyh sto katasthma ths Glyfadas
stis 4 tou mhna (apodeixh service 7731). exoun perasei 3 evdomades, exw
parei 5 fores thlefwno kai kaneis den xerei pou einai kai an to eide
texnikos. mia mou leei einai sthn A8hna, allos sth Thessalonikh.

den 8elw na xanamilhsw me to thlefwniko kentro. 8elw na me parei o
proistamenos tou service h kapoios ypeythynos. 6945 010 203

Marios Dimou"""),
("el", "b65-erotisi-roloi-bluetooth", "Λένα Χριστοφόρου <lena.christoforou@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπερα, το ρολοι κολυμβησης που πηρα δωρο δεν συνδεεται με το κινητο
μεσω Bluetooth. Το βρισκει, παταω συνδεση και μετα απο λιγο λεει
«αποτυχια συζευξης». iPhone 12. Τι μπορω να κανω;"""),
("el", "b65-gl-eyxaristw-proponhth-kolymbhshs", "Sofia A. <sofia.a@example.gr>", "eyxaristw", "general", "",
"""kalhspera sas,

h8ela na pw ena megalo eyxaristw ston kyrio Petro, ton proponhth tou
Tetarths sto kolymbhthrio. o gios mou fovotan to nero toso poly pou
den ebaze oute to kefali mesa kai twra kolymbaei mono tou olo to mhkos
ths pisinas. exei apisteyth ypomonh me ta paidia.

Sofia"""),
("el", "b65-orario-avgoustos", "Κώστας Παναγόπουλος <kostas.panagopoulos@example.gr>", "Ωράριο Αυγούστου", "general", "",
"""Καλημέρα, θα είναι ανοιχτό το κολυμβητήριο τον Αύγουστο και με τι
ωράριο; Ιδιαίτερα τις μέρες γύρω στις 15 Αυγούστου. Ευχαριστώ."""),
("el", "b65-xamena-gyalia-oraseos", "Ελπίδα Τζαννετάκη <elpida.tzannetaki@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλησπέρα σας,

Την Κυριακή ήμασταν στο υδάτινο πάρκο και ο άντρας μου ξέχασε τα γυαλιά
οράσεως του σε μια ξαπλώστρα κοντά στην πισίνα με τα κύματα. Μαύρος
σκελετός, σε μπλε θήκη. Μήπως τα βρήκε κανείς; Μπορούμε να περάσουμε να
τα πάρουμε.

Ελπίδα"""),
("el", "b65-allagi-tilefonou-dieythynsis", "Αθανάσιος Ρήγος <athanasios.rigos@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Παρακαλώ ενημερώστε τα στοιχεία μου στο μητρώο μελών του ομίλου
(αρ. μέλους 3381):
Νέα διεύθυνση: Αγίου Δημητρίου 45, Θεσσαλονίκη 54630
Νέο κινητό: 6988 112 233
Ευχαριστώ,
Αθανάσιος Ρήγος"""),
("el", "b65-gdpr-stoixeia-paidiou", "Μαργαρίτα Οικονόμου <margarita.oikonomou@example.gr>", "Αίτημα για προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον ΓΚΠΔ, παρακαλώ να μου γνωστοποιήσετε ποια προσωπικά
δεδομένα της κόρης μου, Ναταλίας Οικονόμου (γεν. 2014), τηρεί ο όμιλός
σας, και να διαγράψετε από την ιστοσελίδα και τα μέσα κοινωνικής
δικτύωσης τις φωτογραφίες της από τους αγώνες του Ιουνίου.

Με εκτίμηση,
Μαργαρίτα Οικονόμου"""),
("el", "b65-xorigia-istioploikos-agonas", "Ναυτικός Όμιλος Καλαμάτας <info@nok-kalamatas.example>", "Χορηγία αγώνων", "general", "",
"""Αγαπητοί κύριοι,

Ο Ναυτικός Όμιλος Καλαμάτας διοργανώνει τον Οκτώβριο το ετήσιο
πανελλήνιο κύπελλο ιστιοπλοΐας Optimist, με περίπου 120 αθλητές από
όλη την Ελλάδα. Αναζητούμε χορηγούς για τα έπαθλα και τα μπλουζάκια των
αθλητών. Σε αντάλλαγμα προσφέρουμε προβολή του λογοτύπου σας σε πανό,
αφίσες και στα social media μας.

Θα θέλατε να σας στείλουμε το πλήρες πρόγραμμα;

Με εκτίμηση,
Χάρης Σταματόπουλος
Γενικός Γραμματέας"""),
("el", "b65-gl-mathimata-surf-8xrono", "Dimitra K. <dimitra.k@example.gr>", "surf", "general", "",
"""geia! o gios mou einai 8 xronwn kai 8elei poly na kanei surf. apo poia
hlikia pairnete paidia? prepei na xerei kala kolymbi? kai ta mathimata
einai se omades h atomika?"""),
("el", "b65-nayagosostis-agenis-ypeythynos", "Χαράλαμπος Βλαχάκης <ch.vlachakis@example.gr>", "Συμπεριφορά ναυαγοσώστη", "general", "high",
"""Κύριοι,

Την Παρασκευή το απόγευμα στο δημοτικό κολυμβητήριο ο ναυαγοσώστης της
βάρδιας φώναξε με απίστευτα χυδαίο τρόπο στην 70χρονη μητέρα μου επειδή
κολυμπούσε «αργά» στη διαδρομή, μπροστά σε όλους. Όταν του ζήτησα
εξηγήσεις με έβρισε και μένα. Υπάρχουν μάρτυρες.

Δεν είναι η πρώτη φορά που ακούμε για αυτόν. Ζητώ να επικοινωνήσει μαζί
μου ο διευθυντής του κολυμβητηρίου, όχι η ρεσεψιόν. 6932 445 667.

Χαράλαμπος Βλαχάκης"""),
("el", "b65-spasmeno-plakaki-akri-pisinas", "Ροδάνθη Μαυράκη <rodanthi.mavraki@example.gr>", "Πλακάκι στην πισίνα", "general", "high",
"""Καλησπέρα,

Στη ρηχή πισίνα των παιδιών, στη γωνία δίπλα στη σκαλίτσα, υπάρχει ένα
σπασμένο πλακάκι με κοφτερή άκρη ακριβώς στο σημείο που πατάνε τα
παιδιά. Η κόρη μου κόπηκε ελαφρά στο πέλμα χθες και της έβαλαν
τσιρότο. Όταν φύγαμε δεν είχε μπει κάποια σήμανση. Καλό θα ήταν να
κλείσει εκείνο το σημείο μέχρι να φτιαχτεί.

Ροδάνθη"""),
("el", "b65-apousia-nayagososti-paidi", "Στέφανος Λιάκος <stefanos.liakos@example.gr>", "Δεν υπήρχε ναυαγοσώστης", "general", "high",
"""Καλησπέρα σας,

Το Σάββατο γύρω στις 4 στην πισίνα κυμάτων του πάρκου σας η 6χρονη
κόρη μου έχασε τον πάτο και βούλιαξε. Την έβγαλα εγώ. Ο πύργος του
ναυαγοσώστη ήταν άδειος για τουλάχιστον δέκα λεπτά και κανείς από το
προσωπικό δεν ήταν κοντά. Ευτυχώς είναι καλά, αλλά θα μπορούσε να
είχε γίνει τραγωδία.

Θέλω να μάθω πώς θα διασφαλίσετε ότι δεν θα ξανασυμβεί.

Στέφανος Λιάκος"""),
("el", "b65-gl-epeigon-skyloi-paralia", "Mixalis <mixalis.s@example.gr>", "EPEIGON", "general", "",
"""EPEIGON!! epitrepontai skyloi sthn paralia tou beach club sas? 8a
er8oume ayrio me ton skylo mas (mikros einai)"""),
("el", "b65-agones-kolymvisis-theates", "Ευγενία Λαζαρίδου <evgenia.lazaridou@example.gr>", "Αγώνες Δεκεμβρίου", "general", "",
"""Καλησπέρα,

Η εγγονή μου θα κολυμπήσει στους χειμερινούς αγώνες του ομίλου στις 14
Δεκεμβρίου. Μπορούν οι παππούδες να παρακολουθήσουν από τις κερκίδες;
Χρειάζεται εισιτήριο ή πρόσκληση; Και τι ώρα αρχίζουν;

Ευγενία Λαζαρίδου"""),
("el", "b65-gl-paraggelia-afhste-periptero", "Kostas Ntinos <kostas.ntinos@example.gr>", "Paraggelia 77215", "general", "",
"""kalhmera, h paraggelia 77215 (mpratsakia kai gyalakia gia ta paidia)
8a er8ei ayrio alla de 8a eimai spiti. mporei o courier na thn afhsei
sto periptero sth gwnia (Karaiskakh kai Eleftherias)? ton xerw ton
kyrio Takh. eyxaristw!"""),
# ---------------- Spanish ----------------
("es", "b65-cobro-doble-cursillo-natacion", "Lucía Ferrer <lucia.ferrer@example.es>", "Cobro duplicado cursillo", "billing", "",
"""Buenos días,

He inscrito a mis dos hijos en el cursillo de natación de octubre del
polideportivo de Benimaclet y al mirar el banco veo que me habéis
cobrado dos veces los 58 €, el mismo día y con dos minutos de
diferencia. En la web solo aparece una inscripción.

Que conste que la app va perfecta y la inscripción está bien hecha, es
solo el cargo de más. ¿Me lo podéis devolver?

Gracias,
Lucía Ferrer"""),
("es", "b65-baja-abono-madre-fallecida", "Carmen Ruiz Olmedo <carmen.ruiz.olmedo@example.es>", "Abono de mi madre", "billing", "",
"""Buenas tardes:

Mi madre, Dolores Olmedo Pastor, que iba a la piscina climatizada de
la calle Alfonso XIII todas las mañanas desde hacía veinte años, nos
dejó el pasado 4 de noviembre. Les escribo porque sigue domiciliado su
abono de mayores (19,90 € al mes) en su cuenta, que ahora estamos
cerrando. Les ruego que den de baja el abono y que no se pase ningún
recibo más.

Si necesitan el certificado de defunción se lo hago llegar.

Un saludo,
Carmen Ruiz Olmedo"""),
("es", "b65-factura-cif-curso-vela", "Administración Náutica Levante <admin@nauticalevante.example>", "Factura curso de vela equipo", "billing", "",
"""Buenos días,

El pasado mes de junio pagamos por transferencia el curso de iniciación
a la vela para ocho personas de nuestro equipo (1.120 €). Necesitaríamos
que nos emitieran la factura a nombre de la empresa:

Náutica Levante Servicios S.L.
CIF B12345678
Avda. del Puerto 22, 03001 Alicante

Muchas gracias.
Pilar Soler - Administración"""),
("es", "b65-hola-pase-anual-parque-acuatico", "Fernanda Guzmán <fernanda.guzman@example.com.mx>", "Hola", "billing", "",
"""Hola, buen día!

Queremos sacar el pase anual del parque acuático para toda la familia,
somos mi esposo, yo y tres niños (3, 7 y 10 años). En la página dice
$2,450 MXN por persona pero no veo precio familiar. ¿Hay algún paquete?
¿El de 3 años paga? ¿Y se puede pagar a meses sin intereses con tarjeta
de crédito?

Muchas gracias, quedo atenta.
Fernanda"""),
("es", "b65-pausar-cuota-erasmus", "Pablo Sanz <pablo.sanz@example.es>", "me voy de erasmus", "billing", "",
"""Hola! Me voy de Erasmus a Lisboa de febrero a junio y no voy a poder ir
a nadar. ¿Se puede congelar la cuota del club esos meses y retomarla en
julio sin pagar otra vez la matrícula? Soy el socio 4417. Gracias!!"""),
("es", "b65-cargo-tabla-ya-rayada", "Joan Vidal <joan.vidal@example.es>", "Cargo por daños", "billing", "",
"""Hola,

El 14 de agosto alquilé una tabla de paddle surf en vuestro punto de
Cala Millor y hoy veo en la tarjeta un cargo de 60 € con el concepto
"daños material". La tabla ya tenía unas rayas en la parte de abajo
cuando me la dieron, se lo comenté al chico y me dijo que no me
preocupara. No la golpeé en ningún momento.

¿Me podéis explicar el cargo o anularlo?

Joan Vidal"""),
("es", "b65-meses-sin-intereses-salvavidas", "Diego Hernández <diego.hernandez@example.com.mx>", "Curso de salvavidas", "billing", "",
"""Buenas tardes, me interesa el curso de salvavidas certificado que
empieza en enero en Guadalajara. Cuesta $6,800 pesos. Quisiera saber si
puedo pagarlo en parcialidades o a meses sin intereses, y si tiene que
estar liquidado antes del primer día. Saludos."""),
("es", "b65-cambio-gafas-graduadas-dioptria", "Irene Castaño <irene.castano@example.es>", "Pedido 51338", "billing", "",
"""Hola!

En el pedido 51338 pedí las gafas de natación graduadas de -3,5 y me
han llegado de -2. No las he usado, están en la caja. ¿Me las podéis
cambiar por las correctas? Si no las tenéis, preferiría que me
devolvierais el dinero.

Gracias,
Irene"""),
("es", "b65-re-reembolso-clase-surf-mar-del-plata", "Martín Acosta <martin.acosta@example.com.ar>", "Re: Cancelación clase de surf", "billing", "",
"""Hola, ¿cómo andan? Ya pasaron más de tres semanas de este mail y la
plata todavía no volvió a mi tarjeta. ¿Me pueden fijar qué pasó? Gracias.

Martín

> Hola Martín,
>
> Lamentamos que la clase del sábado 11 se haya suspendido por el
> viento. Te confirmamos la devolución de $ 45.000 ARS a tu tarjeta en
> un plazo de 5 a 10 días hábiles.
>
> Saludos,
> Escuela de Surf Playa Grande"""),
("es", "b65-hijo-deja-natacion-futbol", "Rosa Mendez <rosa.mendez@example.es>", "Baja de mi hijo", "billing", "",
"""Buenas, mi hijo Hugo (socio 2210) ha decidido que lo suyo es el futbol
y no quiere volver a la piscina, asi que os pido que dejeis de cobrar la
mensualidad de natacion a partir de diciembre. Gracias y perdon por las
molestias, los monitores siempre han sido estupendos con el.
Rosa Mendez"""),
("es", "b65-hoja-reclamaciones-omic-curso", "Alberto Gil Navarro <alberto.gil.navarro@example.es>", "Reclamación devolución curso socorrismo", "billing", "high",
"""A la atención de la dirección:

El 3 de marzo aboné 390 € por el curso de socorrista acuático que debía
empezar el 15 de abril. Cuatro días antes me comunicaron por correo que
se cancelaba "por falta de inscritos". Desde entonces he reclamado la
devolución tres veces por correo y dos por teléfono sin ninguna
respuesta.

Les doy un plazo de diez días para devolverme el importe íntegro. En
caso contrario presentaré la hoja de reclamaciones y acudiré a la OMIC
de mi ayuntamiento.

Atentamente,
Alberto Gil Navarro
DNI 12345678Z"""),
("es", "b65-profeco-anticipo-fiesta-cumpleanos", "Juan Carlos Treviño <jc.trevino@example.com.mx>", "Anticipo fiesta de cumpleaños", "billing", "high",
"""Buenas tardes.

El 2 de mayo pagamos un anticipo de $8,500 MXN por el paquete de
cumpleaños en su parque acuático para el 25 de mayo (30 niños, palapa y
comida). Dos días antes nos llamaron para cancelarlo porque "se
empalmó con un evento privado". Ya habíamos mandado las invitaciones.

Nos ofrecen cambiar de fecha, pero no nos sirve. Llevo dos semanas
pidiendo la devolución del anticipo y nadie me da respuesta. Si esta
semana no me reembolsan el total, voy a presentar la queja ante
Profeco.

Juan Carlos Treviño"""),
("es", "b65-desconocer-cargo-paquete-surf-cancelado", "Valentina Rojas <valentina.rojas@example.cl>", "SIGUEN COBRANDO", "billing", "high",
"""Hola, cancele el plan mensual de clases de surf en Pichilemu en abril
(tengo el correo de confirmacion) y en mayo y junio me siguieron
cobrando $45.000 CLP cada mes. Ya escribi dos veces y nadie contesta.
Si el viernes no estan devueltos los dos cobros voy a desconocer los
cargos con el banco.
Valentina Rojas"""),
("es", "b65-familia-numerosa-superior", "Susana Prieto <susana.prieto@example.es>", "Descuento familia numerosa no aplicado", "billing", "high",
"""Buenos días,

Somos familia numerosa de categoría general y según su propia tabla de
precios nos corresponde un 20 % de descuento en los cursillos de verano.
Presenté el título en recepción en junio y aun así nos han cobrado el
precio completo de los tres niños en julio y agosto (312 € en total).
En recepción me dicen que "el sistema no lo aplica" y que no pueden
hacer nada.

Quiero que me llame alguien con capacidad para solucionarlo, un
responsable o el coordinador de la instalación, no otra vez recepción.
Mi teléfono es 612 345 678.

Susana Prieto"""),
("es", "b65-app-qr-pantalla-negra", "Andrés Molina <andres.molina@example.es>", "La app no me deja entrar", "technical", "",
"""Hola, no es un tema de cobros, los pagos están bien. Desde la última
actualización, cuando abro el código QR de acceso en la app la pantalla
se queda en negro y el torno no lee nada, así que tengo que pedir en
recepción que me abran. Android 13, Xiaomi. Ya la he desinstalado y
vuelto a instalar.
Andrés"""),
("es", "b65-lector-huella-no-reconoce", "Nuria Blasco <nuria.blasco@example.es>", "Lector de huella", "technical", "",
"""Buenas tardes,

Desde el lunes el lector de huella de la entrada del centro deportivo
no me reconoce, me sale "usuario no encontrado" con cualquier dedo. En
recepción me volvieron a registrar la huella el martes y el miércoles
otra vez igual. La cuota está al día.

Nuria Blasco"""),
("es", "b65-no-puedo-entrar-contrasena", "Camilo Restrepo <camilo.restrepo@example.com.co>", "No puedo ingresar", "technical", "",
"""Buenas, cada vez que intento ingresar a mi cuenta en la página de la
liga de natación me dice "usuario o contraseña incorrectos". Ya la
restablecí dos veces con el correo y sigue igual. Necesito inscribir a
mi hija al torneo antes del viernes. Gracias."""),
("es", "b65-kayak-pedales-no-quiero-devolver", "Elena Marín <elena.marin@example.es>", "Kayak de pedales", "technical", "",
"""Hola,

El kayak de pesca con pedales que os compré en mayo se bloquea cada
poco: los pedales se quedan duros a mitad de recorrido y hay que
darles marcha atrás para que vuelvan a ir. He limpiado la arena del
mecanismo como dice el manual.

No quiero devolverlo ni que me devolváis el dinero, el kayak me encanta.
Solo quiero que se arregle. ¿Dónde lo llevo, o me mandáis la pieza?

Elena"""),
("es", "b65-reloj-natacion-no-sincroniza", "Sebastián Paz <sebastian.paz@example.com.ar>", "reloj", "technical", "",
"""Hola, el reloj de natación que compré en su tienda online no sincroniza
con la app. Lo detecta, pongo vincular y después de un rato dice "error
de emparejamiento". Tengo un Motorola con Android 14. Ya lo reinicié
todo. ¿Qué puedo hacer?"""),
("es", "b65-robot-limpiafondos-no-sube", "Ramón Esteve <ramon.esteve@example.es>", "Robot limpiafondos", "technical", "",
"""Buenos días,

El robot limpiafondos que os compré en abril ha dejado de subir por las
paredes: limpia el fondo, pero cuando llega a la pared se da la vuelta
sin subir. Las orugas están bien y los cepillos limpios. He probado a
actualizarlo desde la app como me dijeron por teléfono, sin cambios.

Ramón Esteve
659 123 456"""),
("es", "b65-motor-electrico-bateria-hinchada", "Tomás Aguirre <tomas.aguirre@example.es>", "Batería del motor eléctrico", "technical", "high",
"""Hola,

Ayer por la tarde, después de usar el motor eléctrico fueraborda que os
compré en junio, la batería estaba muy caliente y al llegar a casa he
visto que tiene la carcasa abombada por un lado y huele un poco a
quemado. La he dejado en la terraza, lejos de todo, y no la he vuelto a
cargar.

¿Cómo la recogéis o qué hago con ella? Número de serie EM-55301.

Tomás Aguirre"""),
("es", "b65-secador-vestuario-chispas", "Maite Urrutia <maite.urrutia@example.es>", "Secador del vestuario femenino", "technical", "high",
"""Egun on / buenos días,

Les escribo solo para avisar: esta mañana, en el vestuario femenino del
polideportivo, el secador de pelo de pared que está junto a la puerta
ha echado chispas y ha salido un poco de humo al encenderlo. Lo he
apagado enseguida y no ha pasado nada, pero cuando me he ido seguía
sin ningún cartel. Convendría que lo mirara un electricista.

Un saludo,
Maite Urrutia"""),
("es", "b65-escuela-surf-reservas-caidas", "Olas Máncora Surf School <reservas@olasmancora.example>", "Hoy no podemos trabajar", "technical", "high",
"""Hola,

Desde las 7 de la mañana nuestra plataforma de reservas no carga, ni la
web ni la app, solo sale una pantalla en blanco. Tenemos 60 alumnos
esperando en la playa, los instructores no tienen las listas de grupos,
no podemos confirmar quién pagó ni asignar tablas y ya se fueron dos
grupos de turistas. Es temporada alta.

Por favor llámennos urgente al +51 1 555 0199.

Rodrigo Vargas
Olas Máncora Surf School"""),
("es", "b65-certificado-socorrista-error-500", "Laura Pineda <laura.pineda@example.es>", "Certificado", "technical", "",
"""Hola, aprobé el curso de socorrismo en septiembre y cuando intento
descargar el certificado desde el área de alumno me sale "Error 500".
He probado desde el móvil y el ordenador. Lo necesito para una oferta
de trabajo. Gracias, Laura"""),
("es", "b65-re-app-niveles-no-actualiza", "Gabriel Ortiz <gabriel.ortiz@example.com.mx>", "Re: Reporte de avance - Nivel Delfín", "technical", "",
"""Hola Karla, gracias, pero ya pasaron dos semanas desde que me
escribiste y en la app sigue saliendo que Mateo está en "Tortuga",
aunque la maestra me dijo que ya pasó a "Delfín". Tampoco se ve la
evaluación. Cerré sesión y volví a entrar.

Gabriel

> Hola Gabriel,
>
> El equipo técnico ya está revisando que la app muestre el nivel
> actualizado de Mateo. Debería verse correctamente en unos días.
>
> Saludos,
> Karla - Atención a Familias"""),
("es", "b65-depuradora-tercera-vez-responsable", "Francisco Lozano <francisco.lozano@example.es>", "Depuradora - tercera avería, quiero hablar con un responsable", "technical", "high",
"""Buenas tardes,

Es la TERCERA vez que la depuradora que nos vendieron e instalaron para
la piscina comunitaria deja de funcionar: el motor se para a los pocos
minutos y salta el diferencial. Vinieron en junio y en julio (partes
7712 y 7790) y las dos veces dijeron que estaba arreglada. Somos 24
viviendas con la piscina cerrada en pleno agosto.

No quiero que me abran otro parte ni que venga otra vez el mismo técnico.
Quiero que me llame un responsable del servicio técnico.

Francisco Lozano
Presidente de la Comunidad, C/ Olivo 8, Murcia"""),
("es", "b65-pregunta-ducha-agua-fria", "Ana Belén Cuesta <anabelen.cuesta@example.es>", "Pregunta", "technical", "",
"""hola, las duchas del vestuario de hombres de la piscina cubierta
llevan toda la semana saliendo frías, lo dice mi marido y otros
nadadores. ¿saben si está averiado el agua caliente?"""),
("es", "b65-gracias-aquagym-rocio", "Beatriz Montero <beatriz.montero@example.es>", "Gracias", "general", "",
"""Hola,

Solo quería dar las gracias a Rocío, la monitora de aquagym de los
martes y jueves a las 10. Mi madre tiene 81 años y desde la operación
de cadera no salía de casa; gracias a sus clases ha recuperado las
ganas, ha hecho amigas y hasta el traumatólogo nota la mejoría.
Por favor, hacédselo llegar a ella y a su responsable.

Beatriz"""),
("es", "b65-horario-semana-santa", "Manuel Ortega <manuel.ortega@example.es>", "Horario Semana Santa", "general", "",
"""¿Qué horario tiene la piscina municipal en Semana Santa? En concreto
Jueves y Viernes Santo. Gracias."""),
("es", "b65-anillo-perdido-vestuario", "Mercedes Ibáñez <mercedes.ibanez@example.es>", "Objetos perdidos", "general", "",
"""Buenas tardes,

El martes por la tarde creo que perdí mi alianza en el vestuario
femenino de la piscina cubierta, o quizá en la ducha. Es de oro
blanco, fina, con la fecha 12-06-1998 grabada por dentro. ¿La ha
entregado alguien? Tiene mucho valor sentimental para mí.

Gracias,
Mercedes Ibáñez"""),
("es", "b65-cambio-domicilio-socio", "Ignacio Serrano <ignacio.serrano@example.es>", "Cambio de datos", "general", "",
"""Hola, por favor actualizad mis datos de socio (nº 8812):
Nueva dirección: C/ Pintor Sorolla 14, 3º B, 46002 Valencia
Nuevo móvil: 644 987 321
Gracias!
Ignacio"""),
("es", "b65-baja-comunicaciones-comerciales", "Patricia Lorenzo <patricia.lorenzo@example.es>", "Baja de publicidad", "general", "",
"""Estimados señores:

Les ruego que den de baja mi correo electrónico y mi número de móvil de
todas sus comunicaciones comerciales (boletines, SMS y WhatsApp de
ofertas). Sigo siendo socia y quiero seguir recibiendo solo los avisos
del club. Les recuerdo que nunca di mi consentimiento para los SMS.

Atentamente,
Patricia Lorenzo"""),
("es", "b65-patrocinio-travesia-a-nado", "Club Natación Ría de Vigo <info@cnriavigo.example>", "Propuesta de patrocinio", "general", "",
"""Buenos días,

Desde el Club Natación Ría de Vigo organizamos el 7 de septiembre la XV
Travesía a Nado Cangas-Vigo, con unos 400 nadadores. Buscamos
patrocinadores para los gorros y las bolsas del nadador, a cambio de
presencia de marca en la salida, la meta y nuestras redes.

¿Podríamos enviaros el dossier?

Un saludo,
Xoán Piñeiro
Secretario del club"""),
("es", "b65-natacion-bebes-edad-minima", "Daniela Flores <daniela.flores@example.com.ar>", "natación para bebés", "general", "",
"""Hola! quería saber desde qué edad aceptan bebés en las clases de
matronatación, mi nena tiene 5 meses. ¿Tiene que entrar el papá o la
mamá al agua? ¿Qué días son? Gracias!!"""),
("es", "b65-socorrista-movil-grua-director", "Óscar Medina <oscar.medina@example.es>", "Queja - acceso de mi padre a la piscina", "general", "high",
"""Al director de la instalación:

El sábado acompañé a mi padre, que va en silla de ruedas, a la piscina
cubierta. Pedimos al socorrista que nos ayudara con la grúa de acceso
al vaso, como siempre. Estaba sentado con el móvil, nos dijo que "eso
no es cosa suya" y que esperáramos; tras veinte minutos sin que nadie
viniera, nos fuimos. Mi padre se sintió humillado delante de todos.

No es la primera vez que pasa con este chico. Quiero que me atienda el
director o la directora del centro, no recepción, y espero su llamada
esta semana al 699 112 233.

Óscar Medina"""),
("es", "b65-escalon-roto-toboganes", "Verónica Castillo <veronica.castillo@example.es>", "Escalera de los toboganes", "general", "high",
"""Hola, en la escalera que sube a los toboganes grandes del parque
acuático hay un escalón roto, más o menos a mitad de subida: le falta
un trozo de la huella y queda un hueco con el borde cortante. Los niños
suben corriendo y descalzos y mi hijo casi mete el pie dentro. Avisé a
una chica del personal pero cuando bajamos, una hora después, no había
ninguna señal ni cinta. Deberían cerrar esa escalera hasta arreglarlo.

Verónica"""),
("es", "b65-fiesta-fin-temporada-club", "Lourdes Aranda <lourdes.aranda@example.es>", "Fiesta fin de temporada", "general", "",
"""Hola,

¿Cuándo es la fiesta de fin de temporada del club y se puede ir con los
abuelos? El año pasado hubo entrega de medallas y paella y los niños
lo pasaron genial.

Un beso,
Lourdes"""),
("es", "b65-urgente-comida-parque", "Esteban Ríos <esteban.rios@example.com.co>", "URGENTE", "general", "",
"""URGENTE por favor respondan hoy!! se puede entrar comida y neveras
portatiles al parque acuatico? vamos mañana con los niños"""),
("es", "b65-felicitacion-campus-verano", "Cristina Vega <cristina.vega@example.es>", "Enhorabuena por el campus", "general", "",
"""Buenas tardes,

Os escribo para felicitar a todo el equipo del campus náutico de julio.
Mis dos hijos han vuelto encantados, morenos, agotados y hablando de
vela, kayak y nudos marineros a todas horas. La organización, la
comunicación con las familias y el trato de los monitores han sido de
diez.

El año que viene repetimos seguro.

Cristina Vega"""),
("es", "b65-pedido-dejar-conserjeria", "Alejandro Núñez <alejandro.nunez@example.es>", "Pedido 88213", "general", "",
"""Buenas, el pedido 88213 (aletas y tubo de buceo) llega mañana y no
estaré en casa. ¿Pueden dejarlo en la conserjería del edificio? El
conserje se llama Paco y está hasta las 14:00. Gracias."""),
# ---------------- Polish ----------------
("pl", "b65-oplata-za-opaske-oddana", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Opłata za opaskę", "billing", "",
"""Dzień dobry,

na paragonie z wczorajszego wyjścia z aquaparku mam doliczone 50 zł za
"niezwróconą opaskę". Opaskę wrzuciłam do bramki przy wyjściu jak
wszyscy, bramka się otworzyła, inaczej bym przecież nie wyszła. Proszę
o sprawdzenie i zwrot tych 50 zł.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b65-wyprowadzka-norwegia-karnet", "Tomasz Zieliński <tomasz.zielinski@example.pl>", "Wyjazd", "billing", "",
"""Dzień dobry,

od stycznia wyjeżdżamy z żoną na stałe do Bergen, więc niestety
kończymy przygodę z Waszym klubem pływackim po sześciu latach. Mamy
karnet rodzinny płatny co miesiąc z karty (nr klienta 30917). Proszę,
żeby grudniowa płatność była ostatnią.

Dziękujemy za wszystko, szczególnie trenerowi Adamowi.
Tomasz Zieliński"""),
("pl", "b65-faktura-nip-oboz-zeglarski", "Biuro Rachunkowe Nowak <biuro@nowak-rachunkowosc.example>", "Faktura za obóz żeglarski", "billing", "",
"""Dzień dobry,

w lipcu opłaciliśmy przelewem obóz żeglarski na Mazurach dla syna
właściciela firmy (2 890 zł). Prosimy o wystawienie faktury VAT na
firmę:

Nowak Rachunkowość Sp. z o.o.
NIP 5251234567
ul. Kwiatowa 5, 10-001 Olsztyn

Z poważaniem
Marta Lis"""),
("pl", "b65-multisport-doplata", "Krzysiek <krzysiek.mazur@example.pl>", "karta sportowa", "billing", "",
"""czesc, czy na basen u was mozna wejsc na Multisport albo FitProfit? i
jak tak to czy jest jakas doplata za strefe saun albo za dluzej niz
godzine? pytam zanim kupie karnet"""),
("pl", "b65-zawieszenie-karnetu-lekarz", "Joanna Kowalczyk <joanna.kowalczyk@example.pl>", "Zawieszenie karnetu", "billing", "",
"""Dzień dobry,

po operacji kolana lekarz zabronił mi pływania co najmniej do września.
Mam karnet roczny ważny do marca. Czy mogę go zawiesić na 4 miesiące i
przedłużyć o ten czas, żeby nie przepadł?

Pozdrawiam,
Joanna Kowalczyk"""),
("pl", "b65-potracona-kaucja-kapok", "Paweł Krawczyk <pawel.krawczyk@example.pl>", "Kaucja", "billing", "",
"""Dzień dobry,

przy zwrocie kajaków w Waszej wypożyczalni w Mikołajkach potrącono mi z
kaucji 80 zł za "uszkodzoną kamizelkę". Kamizelka miała urwany pasek
już przy wydaniu, mówiłem o tym chłopakowi na pomoście. Proszę o zwrot
tych 80 zł.

Paweł Krawczyk"""),
("pl", "b65-bon-turystyczny-oboz", "Michal Grabowski <michal.grabowski@example.pl>", "oboz zeglarski a bon turystyczny", "billing", "",
"""Dzien dobry, czy za obóz żeglarski syna w lipcu mozna zaplacic
czesciowo Polskim Bonem Turystycznym, a reszte przelewem? Zostalo nam
na bonie jakies 500 zl. Jesli tak, to jak to zrobic przy rezerwacji
przez strone?
Pozdrawiam, Michal"""),
("pl", "b65-zwrot-bodyboard-prezent", "Natalia Lewandowska <natalia.lewandowska@example.pl>", "Zamówienie 30552", "billing", "",
"""Dzień dobry,

kupiłam bratu na urodziny deskę bodyboard (zamówienie 30552), a okazało
się, że ktoś już mu taką dał. Deska jest nierozpakowana, w folii.
Chciałabym ją oddać i dostać zwrot pieniędzy. Jak to zrobić i czy
odesłanie jest na mój koszt?

Natalia"""),
("pl", "b65-re-zwrot-odwolany-kurs-windsurfingu", "Bartosz Kamiński <bartosz.kaminski@example.pl>", "Re: Odwołanie kursu windsurfingu", "billing", "",
"""Dzień dobry, minął już ponad miesiąc od tego maila, a pieniądze nadal
nie wróciły na moje konto. Proszę sprawdzić, co się stało.

Bartosz Kamiński

> Szanowny Panie,
>
> z przykrością informujemy, że kurs w dniach 8-12 lipca został
> odwołany z powodu braku wiatru i małej liczby uczestników. Kwota
> 980 zł zostanie zwrócona na rachunek, z którego dokonano wpłaty, w
> ciągu 14 dni.
>
> Pozdrawiamy,
> Szkoła Windsurfingu Chałupy"""),
("pl", "b65-corka-studia-koniec-karnetu", "Beata Szymańska <beata.szymanska@example.pl>", "Karnet córki", "billing", "",
"""Dzień dobry,

nasza córka Zuzia skończyła w czerwcu liceum i od października zaczyna
studia w Gdańsku, więc z treningami w Waszym klubie pływackim się
żegnamy. Proszę nie pobierać od października składki (120 zł
miesięcznie). Dziękujemy trenerom za te wszystkie lata!

Beata Szymańska"""),
("pl", "b65-doplata-za-czas-rzecznik", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Dopłata za przekroczenie czasu", "billing", "high",
"""Szanowni Państwo,

15 lipca przy wyjściu z aquaparku kasa naliczyła mi 4 x 32 zł
"dopłaty za przekroczenie czasu", choć mieliśmy bilety całodniowe (co
potwierdza paragon z wejścia). Kasjerka rozłożyła ręce, a biuro
obsługi dwa razy odpisało, że "system naliczył prawidłowo".

Zapłaciłem, bo dzieci czekały, ale żądam zwrotu 128 zł w ciągu 7 dni.
W przeciwnym razie sprawa trafi do miejskiego rzecznika konsumentów, a
w razie potrzeby do sądu.

Grzegorz Pawlak"""),
("pl", "b65-chargeback-caly-rok-z-gory", "Kasia Dąbrowska <kasia.dabrowska@example.pl>", "ZWROT", "billing", "high",
"""Podpisalam umowe na karnet z rata miesieczna 99 zl, a 5 wrzesnia
sciagneliscie mi z karty od razu 1 188 zl za caly rok. Pisalam juz dwa
razy i bylam w recepcji, wszyscy mowia ze "sprawdza". Jak do piatku
nie wroci roznica, skladam w banku reklamacje transakcji (chargeback).
Katarzyna Dabrowska"""),
("pl", "b65-oplata-zmiana-terminu-kierownik", "Andrzej Wójcik <andrzej.wojcik@example.pl>", "Opłata za zmianę terminu kursu", "billing", "high",
"""Dzień dobry,

trzy tygodnie przed kursem ratownika WOPR poprosiłem o przeniesienie na
termin sierpniowy, bo dostałem skierowanie do szpitala (dokumentację
wysłałem). Pobrano mi za to 250 zł "opłaty manipulacyjnej", choć w
regulaminie zmiana terminu na ponad 14 dni przed kursem jest
bezpłatna. Recepcja i biuro kursów twierdzą, że nic nie mogą zrobić.

Proszę o kontakt kierownika ośrodka lub kogoś z zarządu: 601 234 567.

Andrzej Wójcik"""),
("pl", "b65-bon-podarunkowy-czesc", "Ewa Jankowska <ewa.jankowska@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, dostałam bon podarunkowy na 300 zł do Waszej szkoły
nurkowania. Czy mogę wykorzystać część na kurs dla dzieci, a resztę
później dla siebie? I czy przy droższym kursie mogę dopłacić kartą?
Ewa"""),
("pl", "b65-powiadomienia-odwolane-zajecia", "Łukasz Nowicki <lukasz.nowicki@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie reklamacja płatności, karnet mam opłacony. Od
ostatniej aktualizacji nie dostaję z aplikacji żadnych powiadomień o
odwołanych zajęciach, choć w ustawieniach telefonu i w aplikacji są
włączone. W czwartek przyjechałem na aqua fitness, którego nie było.
iPhone 14, iOS aktualny.
Łukasz"""),
("pl", "b65-opaska-szafki-nie-otwiera", "Dorota Mazur <dorota.mazur@example.pl>", "Opaska do szafki", "technical", "",
"""Dzień dobry,

wczoraj w aquaparku opaska na rękę nie chciała otworzyć mojej szafki w
szatni (nr 214), czytnik tylko piszczał. Obsługa otworzyła kluczem. Dziś
to samo z inną opaską i szafką 220. Czy coś jest nie tak z czytnikami?

Dorota Mazur"""),
("pl", "b65-kod-sms-nie-przychodzi", "Piotr Sadowski <piotr.sadowski@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzien dobry, przy logowaniu do panelu klienta strona prosi o kod SMS,
ale SMS nigdy nie przychodzi. Numer w profilu jest dobry, inne SMS-y
dostaje normalnie. Chce zapisac syna na zajecia przed piatkiem."""),
("pl", "b65-kajak-skladany-zatrzask", "Magdalena Kubiak <magdalena.kubiak@example.pl>", "Kajak składany", "technical", "",
"""Dzień dobry,

w składanym kajaku kupionym u Was w czerwcu jeden z zatrzasków łączących
burtę z dnem przestał się zatrzaskiwać, plastikowy ząbek jest starty.
Kajak się przez to lekko rozchyla przy rufie.

Nie chcę zwrotu pieniędzy ani nowego kajaka, ten bardzo mi odpowiada.
Potrzebuję tylko nowego zatrzasku - czy da się go zamówić?

Magda"""),
("pl", "b65-sluchawki-kostne-jedna-strona", "Rafal Ostrowski <rafal.ostrowski@example.pl>", "sluchawki", "technical", "",
"""witam, sluchawki do plywania (na przewodnictwo kostne) ktore od was
kupilem w maju - lewa strona przestala grac. prawa dziala normalnie,
naladowane, reset zrobilem tak jak w instrukcji. co dalej?"""),
("pl", "b65-pompa-ciepla-wybija-korki", "Henryk Baran <henryk.baran@example.pl>", "Pompa ciepła do basenu", "technical", "high",
"""Dzień dobry,

pompa ciepła do basenu ogrodowego, którą Państwo zamontowali w maju, od
wczoraj po kilku minutach pracy wybija bezpiecznik, a przy obudowie
czuć swąd spalenizny. Wyłączyłem ją w rozdzielni i do czasu przyjazdu
serwisu nie będę jej włączał. Proszę o kontakt w sprawie terminu.

Henryk Baran
Konstancin-Jeziorna, tel. 605 111 222"""),
("pl", "b65-pompka-elektryczna-dym", "Kamil Wiśniewski <kamil.wisniewski@example.pl>", "pompka elektryczna", "technical", "high",
"""Dzien dobry, wczoraj pompowalem deske Wasza elektryczna pompka z
gniazda zapalniczki w aucie i po kilku minutach zaczela smierdziec
topionym plastikiem i z boku poszedl dym. Od razu wyciagnalem wtyczke i
wiecej jej nie uzywam. Jest na gwarancji, co mam zrobic?
Kamil"""),
("pl", "b65-laznia-parowa-sterownik-iskrzy", "Jadwiga Kaczmarek <jadwiga.kaczmarek@example.pl>", "Łaźnia parowa", "technical", "high",
"""Dzień dobry,

chciałam tylko zgłosić, że dziś rano w łaźni parowej, w strefie saun,
panel sterowania przy drzwiach iskrzył i trzeszczał, a spod obudowy
poszło trochę dymu. Nikomu nic się nie stało, powiedziałam pani w
szatni, ale gdy wychodziłam, łaźnia dalej była otwarta. Myślę, że
powinien to obejrzeć elektryk.

Z poważaniem
Jadwiga Kaczmarek"""),
("pl", "b65-basen-bez-internetu-kasa-bramki", "Kryta Pływalnia Wodnik <kierownik@wodnik-plywalnia.example>", "Łącze - od rana", "technical", "high",
"""Dzień dobry,

od 6:30 nie mamy internetu na pływalni. Kasa nie sprzedaje biletów, nie
przyjmujemy kart ani karnetów, bramki wejściowe są offline, więc
wpuszczamy ludzi ręcznie albo odsyłamy. O 8 przyjechały trzy szkoły na
lekcje WF, a wieczorem mamy zawody. Router w serwerowni świeci na
czerwono, restart nic nie dał.

Proszę o pilny kontakt: 41 555 02 30.

Monika Czarnecka
Kierownik pływalni"""),
("pl", "b65-mail-potwierdzajacy-nie-przychodzi", "Sylwia Pietrzak <sylwia.pietrzak@example.pl>", "Rejestracja", "technical", "",
"""Dzień dobry, założyłam konto na stronie, żeby zapisać się na aqua
aerobik, ale mail z linkiem aktywacyjnym w ogóle nie przychodzi.
Sprawdzałam spam, klikałam "wyślij ponownie" trzy razy.
Sylwia"""),
("pl", "b65-re-bramka-nadal-nie-wpuszcza", "Adam Jasiński <adam.jasinski@example.pl>", "Re: Karta wstępu", "technical", "",
"""Niestety nic się nie zmieniło, dziś rano znowu czerwona lampka na
bramce i musiała mnie wpuścić pani z recepcji. Karnet opłacony do
grudnia.

Adam Jasiński

> Dzień dobry,
>
> Pana karta została ponownie zakodowana w systemie. Prosimy sprawdzić,
> czy teraz działa na bramce.
>
> Pozdrawiamy,
> Recepcja Centrum Sportu"""),
("pl", "b65-pytanie-obudowa-kamery-przecieka", "Wojtek Górski <wojtek.gorski@example.pl>", "Pytanie", "technical", "",
"""Czesc, obudowa wodoszczelna do kamery ktora od Was kupilem przecieka
juz na 2 metrach, w srodku zbiera sie woda, dobrze ze kamera przezyla.
Uszczelka czysta, zamkniete do konca. Co z tym zrobic?"""),
("pl", "b65-silnik-trzecia-naprawa-przelozony", "Ryszard Michalski <ryszard.michalski@example.pl>", "Silnik elektryczny - reklamacja po raz trzeci", "technical", "high",
"""Dzień dobry,

elektryczny silnik zaburtowy, który kupiłem u Państwa w kwietniu, znów
gaśnie po kilku minutach i pokazuje błąd E07. To już trzecia reklamacja
(numery 4410 i 4512 poprzednich). Dwa razy czekałem po trzy tygodnie i
dwa razy dostałem go z powrotem z kartką "usterki nie stwierdzono",
choć na wodzie problem wraca od razu.

Mam dość rozmów z infolinią. Proszę, żeby zadzwonił do mnie ktoś
wyżej - kierownik serwisu albo przełożony działu reklamacji.
Tel. 604 333 210.

Ryszard Michalski"""),
("pl", "b65-podziekowania-instruktor-syn-autyzm", "Ilona Zawadzka <ilona.zawadzka@example.pl>", "Podziękowanie dla pana Mateusza", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panu Mateuszowi, instruktorowi z zajęć
indywidualnych w soboty. Mój syn ma autyzm i przez dwa lata nie dał
się namówić nawet na wejście do wody. Pan Mateusz był niesamowicie
cierpliwy, a w zeszłą sobotę Kuba pierwszy raz sam przepłynął pół
basenu. Popłakałam się przy brzegu.

Proszę przekazać to jemu i jego przełożonym.
Ilona Zawadzka"""),
("pl", "b65-godziny-boze-cialo", "Stanisław Kołodziej <stanislaw.kolodziej@example.pl>", "Boże Ciało", "general", "",
"""Czy basen jest czynny w Boże Ciało i w piątek po nim? W jakich
godzinach? Dziękuję."""),
("pl", "b65-zgubione-kluczyki", "Marek Sikora <marek.sikora@example.pl>", "Kluczyki", "general", "",
"""Dzien dobry, w czwartek wieczorem zostawilem chyba w szatni meskiej
kluczyki do samochodu (Skoda, z brelokiem Legii). Czy ktos je oddal?
Moge podjechac w kazdej chwili.
Marek Sikora"""),
("pl", "b65-zmiana-nazwiska-slub", "Aleksandra Nowak-Wilk <aleksandra.nowak.wilk@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowak na Nowak-Wilk. Proszę o zmianę w
moich danych w klubie (karta nr 7720) i nowy adres e-mail, jak w
nadawcy.

Dziękuję,
Aleksandra Nowak-Wilk"""),
("pl", "b65-rodo-dostep-do-danych", "Tadeusz Borkowski <tadeusz.borkowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarza Państwa ośrodek sportowy, w jakim celu i jak długo, oraz o
kopię tych danych, w tym nagrań z monitoringu z dnia 3 października, na
których się znajduję.

Z poważaniem
Tadeusz Borkowski"""),
("pl", "b65-sponsoring-zawody-plywackie", "UKS Rekin Kielce <zarzad@uksrekin.example>", "Propozycja sponsoringu", "general", "",
"""Dzień dobry,

UKS Rekin Kielce organizuje w listopadzie Otwarte Mistrzostwa Regionu w
pływaniu dzieci i młodzieży, ok. 350 zawodników. Szukamy sponsora
medali i czepków - w zamian logo na banerach, dyplomach i w naszych
mediach społecznościowych. Czy mogę przesłać szczegóły?

Pozdrawiam serdecznie,
Wiesław Kurek
Prezes UKS Rekin"""),
("pl", "b65-kurs-ratownika-wiek", "Oliwia Baran <oliwia.baran@example.pl>", "kurs ratownika", "general", "",
"""hej, mam 16 lat i chciałabym zrobić kurs ratownika wodnego w wakacje.
od ilu lat można, czy potrzebna zgoda rodziców i jaki jest sprawdzian
pływacki na początku?"""),
("pl", "b65-recepcja-odmowa-opiekun-kierownik", "Wioletta Malinowska <wioletta.malinowska@example.pl>", "Skarga na obsługę recepcji", "general", "high",
"""Szanowni Państwo,

w sobotę ok. 11 pani z recepcji nie chciała wpuścić mojego syna, który
porusza się na wózku, razem ze mną jako opiekunką do szatni rodzinnej.
Stwierdziła głośno, przy kolejce, że "z takimi to trzeba się wcześniej
umawiać" i że "nie ma czasu na cyrki". Wyszliśmy upokorzeni.

Nie życzę sobie takiego traktowania. Żądam rozmowy z kierownikiem
obiektu, nie z recepcją. Mój numer: 698 777 321.

Wioletta Malinowska"""),
("pl", "b65-mata-odklejona-schody-basen", "Justyna Górecka <justyna.gorecka@example.pl>", "Mata przy schodach", "general", "high",
"""Dzień dobry, przy schodkach do basenu rekreacyjnego mata antypoślizgowa
jest odklejona i zawinięta do góry na ok. 20 cm. Dziś starsza pani
zahaczyła o nią stopą i prawie wpadła na krawędź niecki, złapał ją
mój mąż. Powiedziałam ratownikowi, ale gdy wychodziliśmy po godzinie,
nic nie było zabezpieczone. Ktoś się tam w końcu połamie.

Justyna Górecka"""),
("pl", "b65-dzien-otwarty-przystani", "Halina Sobczak <halina.sobczak@example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry,

czytałam, że w maju przystań organizuje dzień otwarty. Czy można
przyjść z wnukami (9 i 12 lat) i popływać łódką z instruktorem? Czy
trzeba się wcześniej zapisać i czy dzieci muszą umieć pływać?

Halina Sobczak"""),
("pl", "b65-pilne-wozek-dzieciecy", "Karolina Wrona <karolina.wrona@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! czy mozna wejsc z wozkiem dzieciecym na teren aquaparku i
gdzie go zostawic? jedziemy jutro rano"""),
("pl", "b65-pochwala-oboz-windsurfingowy", "Robert Czerwiński <robert.czerwinski@example.pl>", "Obóz - brawo", "general", "",
"""Dzień dobry,

chciałem pochwalić całą kadrę obozu windsurfingowego w Jastarni z
drugiego turnusu. Syn wrócił zachwycony, opalony, zmęczony i cały czas
opowiada o halsowaniu. Świetny kontakt z rodzicami, codzienne zdjęcia,
wszystko dopięte na ostatni guzik. Za rok na pewno wracamy.

Pozdrawiam,
Robert Czerwiński"""),
("pl", "b65-zamowienie-zostawic-u-sasiada", "Jakub Wieczorek <jakub.wieczorek@example.pl>", "Zamówienie 55120", "general", "",
"""Dzien dobry, zamowienie 55120 (pletwy i maska) ma byc jutro, a mnie
nie bedzie w domu. Kurier moze zostawic u sasiadki spod 4, pani Basi,
ona wie. Dzieki!"""),
]
