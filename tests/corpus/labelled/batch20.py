# batch20.py -- labelled mails held out of the repository until the rules
# they measure are final; nothing is tuned or trained on them before then.
# Same tuple format as batch16.py:
#   (lang, slug, from, subject, queue, priority or "", body)
# 40 mails per language (en, el, es, pl), each language written on its own
# situations.  Businesses covered: utilities (electricity, water, heating,
# smart meters), broadband and mobile, web hosting and business software,
# travel (airline, rail, ferry, car hire, hotels, tour operators), gyms,
# pools and leisure centres, health (dentist, vet, pharmacy, physio,
# hearing aids), schools, language schools and tutoring, libraries,
# museums and public services, trades (boiler, removals, garages, lifts,
# installers), restaurants and bakeries, shops and online shops.
# Situations: escalation demands that keep their topic (billing, technical
# and general); negations ("not about the bill, the portal logs me out",
# "I don't want a refund, I want it fixed"); subjects that say nothing
# while the body tells; Re:/Fwd: mails quoting an earlier message; paid
# plans ended in unusual wording (business closed, moving abroad, pet
# died, car sold, exam passed); business outages told only by their
# consequences; safety hazards told calmly (CO alarm, melting plug by a
# cot, electric shock, smoke, child hazards, food contamination and an
# allergic reaction); praise; questions about how to pay; general mail
# that names money, an account or a card in passing; Greeklish, Polish
# with and without diacritics, Spanish from Spain and Latin America; and
# everyday mail of all three queues.
M += [
# ---------------- English ----------------
("en", "b20-hosting-bakery-closed", "Maureen Pike <maureen@pikes-bakery.example>", "pikesbakery.example", "billing", "",
"""Hello,

After 31 years we shut the bakery for good at the end of last month (my
knees have had enough!) so there's no need for the website any more.

The hosting comes round again on 3 September and I don't want it going
through for another year - please just let it lapse. My nephew set it
all up originally so I'm not sure what I'm meant to click myself.

Thank you for everything over the years,
Maureen Pike"""),
("en", "b20-estimated-reading-bill", "Gareth Lloyd <g.lloyd@example.org>", "Account 4410 2297", "billing", "",
"""Hi,

My latest electricity bill is 312.40 for the quarter, about double what
it normally is. Looking closer, it's been worked out on an ESTIMATED
reading of 48210. The actual meter this morning says 46977 (photo
attached).

Can you redo the bill on the real reading please.

Gareth Lloyd"""),
("en", "b20-car-hire-refuel-charge", "Priyanka Desai <priyanka.desai@example.com>", "Rental agreement RA-5520817", "billing", "",
"""Hi,

I returned the car at Glasgow Airport on Sunday with a full tank. I
filled up at the garage on the airport roundabout about ten minutes
before, and I have the fuel receipt with the time on it plus a photo of
the dashboard at drop-off showing the needle on F.

Today my card has been charged £86.50 for "refuelling service". Please
reverse it.

Priyanka Desai"""),
("en", "b20-implant-pay-monthly", "Alan Whitworth <alan.whitworth@example.net>", "Treatment plan", "billing", "",
"""Dear Sir/Madam,

Following my consultation with Dr Kaur last Tuesday I have received the
treatment plan for the implant, which comes to £2,350 in total. That is
more than I can manage in one go.

Do you offer any way of paying monthly, and if so is there interest on
it? I would like to make a start before Christmas if possible.

Regards,
Alan Whitworth"""),
("en", "b20-delay-claim-rejected", "Chloe Barnes <chloe.barnes88@example.com>", "Delay claim DR-778213 rejected??", "billing", "",
"""my claim got rejected saying "no delay recorded for this service". the
17:42 from leeds was cancelled outright and i got the 18:12 which got in
41 mins late. season ticket is on the app so you can see i was
travelling. theres definitely a delay. can someone look at it again and
pay it please, its the third one this month

Chloe"""),
("en", "b20-hotel-incidentals-hold", "Robert Sykes <sykes.family@example.net>", "Stay 12-14 July, booking 88-0419", "billing", "",
"""Good morning,

My wife and I stayed at the Harbourside for two nights and settled the
full bill at checkout. The £150 "incidentals" hold that was taken on
arrival is still showing on my credit card ten days later, so that is
money I can't use. The bank tells me it's for the hotel to release.

Please could you do so.

Kind regards,
Robert Sykes"""),
("en", "b20-vet-itemised-invoice", "Fiona McBride <fiona.mcbride@example.net>", "Bramble", "billing", "",
"""Hi all,

Bramble (springer spaniel, the one who ate the sock!) is doing really
well after her op, thank you so much.

Her insurer has asked for an itemised invoice with the treatment broken
down, not just the total of £1,184 on the receipt I was given at the
desk. Could you email one to this address? Policy number if it needs to
go on it: PH-339201.

Fiona"""),
("en", "b20-gym-broken-leg-hold", "Dev Chauhan <dev.chauhan@example.com>", "membership", "billing", "",
"""Hiya,

Came off my bike on Saturday - broken tibia, so I'm in a cast for at
least 8 weeks and then physio after that. No point me paying for the gym
while I can't use it. Can you stick my membership on hold from now
until the end of October-ish? Happy to send the letter from the
fracture clinic if you need proof.

Cheers,
Dev"""),
("en", "b20-meal-kit-moving-lisbon", "Sophie Lund <sophie.lund@example.org>", "Last box", "billing", "",
"""Hi!

We're moving to Lisbon on the 20th!! The box on Thursday 12th will be
our last one - after that there's nobody here to eat it (or sign for
it). Please make sure nothing else goes out and nothing else gets taken
after that.

Thanks for two years of dinners,
Sophie & Mark"""),
("en", "b20-re-on-its-way-delivery-twice", "Karl Henning <karl.henning@example.com>", "Re: Your order 60331 is on its way", "billing", "",
"""Hi - the order came in two parcels (fine, no problem with that) but
I've now been charged the £4.95 delivery twice, once per parcel. I only
picked standard delivery once at checkout. Can one of them be refunded?

Karl

> Good news! Your order 60331 is on its way.
> Some items in your order are being sent separately and may arrive on
> different days.
> Track your parcel in your account."""),
("en", "b20-removals-balance-cash", "Beverley Okafor <bev.okafor@example.org>", "Move on the 28th", "billing", "",
"""Hello,

Just confirming we're all set for the 28th (3 bed semi, Ashford to
Canterbury). Your quote says the balance is due on completion. Can we
pay it in cash to the crew on the day, or does it have to be a bank
transfer beforehand? My husband would rather pay once everything is in.

Bev Okafor"""),
("en", "b20-saas-seats-down-to-ten", "Tom Reeve <tom.reeve@northgate-architects.example>", "Seats", "billing", "",
"""Hi,

Two of our architects have left the practice, so from the next billing
date (the 1st) we only need 10 seats, not 12. Their user accounts can be
deleted - we've moved their drawings across already.

Please confirm the new monthly amount.

Thanks,
Tom Reeve
Practice Administrator, Northgate Architects"""),
("en", "b20-parking-charge-paid-manager", "Wayne Poole <wayne.poole@example.org>", "PARKING CHARGE PCN-22918 - I PAID", "billing", "high",
"""I paid for 3 hours through your app at the Riverside car park on 2 Aug,
10:04 to 13:04, £5.40, the receipt is in the app. I was out by 12:50.
Now I've had a letter demanding a £60 "parking charge" for overstaying.

I've appealed online twice and got the same copy-and-paste reply both
times. I am not paying 60 quid for parking I paid for. I want a manager
to look at this, not the appeals robot. Ring me on 07700 900 513.

W Poole"""),
("en", "b20-flight-cancelled-caa", "Naomi Reid <naomi.reid@example.org>", "Flight XE2214 cancelled - refund", "billing", "high",
"""Dear Sir or Madam,

You cancelled flight XE2214 Manchester to Faro on 14 June, six hours
before departure. I had booked myself and my two children. You have
since refunded only the airport taxes, 61.20, rather than the full fare
of 489.00 that I paid.

I am entitled to a full refund of the fare. If it is not paid within 14
days I will refer the matter to the Civil Aviation Authority's approved
dispute body and, if necessary, make a claim in the county court.

Dr Naomi Reid
Booking ref QX7H2P"""),
("en", "b20-insurance-renewed-after-cancel-bank", "Lewis Grant <lewis.grant@example.net>", "Policy MTR-0098122", "billing", "high",
"""I cancelled this car insurance on the phone on 30 May when I sold the
car - the adviser gave me a reference, CX-40128. On 3 June you took the
full annual renewal of £642.18 by direct debit anyway.

I've been on to my bank and they are reversing it under the Direct
Debit Guarantee and have opened a dispute. Please close the policy
properly so this doesn't happen again.

Lewis Grant"""),
("en", "b20-in-home-display-no-signal", "Janet Hollis <janet.hollis@example.net>", "the little screen", "technical", "",
"""Hello dear,

The little screen that shows how much electric we are using has said
"No signal" ever since the new smart meter was put in at the end of
May. It just sits in the kitchen doing nothing. The engineer said it
would connect itself within a day.

It is plugged in and I have tried it right next to the meter in the
hall as well. My grandson thinks it might need "pairing" but I don't
know how to do that.

Janet Hollis (Mrs)"""),
("en", "b20-ebike-assist-cuts-out", "Ollie Brennan <ollie.brennan@example.com>", "E-bike motor cutting out", "technical", "",
"""Hi,

First off, I'm not after a refund or a swap - I love the bike and ride
it every day. I just want it sorted.

The motor assist cuts out completely whenever I go over a bump or a
kerb. The display flickers, then the assist comes back after 5-10
seconds. Battery is 80%+. It's worst on the canal path. Could it be a
loose connector? I'd rather bring it into the Hackney shop than post it
if that's an option.

Ollie"""),
("en", "b20-not-amount-portal-session", "Ravi Menon <ravi.menon@example.com>", "Bill", "technical", "",
"""To be clear, this is not a complaint about the amount of my bill - I
haven't even been able to see it.

Every time I log in to the customer portal it shows my name for a second
and then throws me out with "Your session has expired". Tried Chrome
and Edge, cleared cookies, same thing on my phone.

Customer no. 5520-118-09
Ravi Menon"""),
("en", "b20-library-ebooks-error-403", "Margaret Tully <mtully@example.com>", "Borrowing e-books", "technical", "",
"""Dear Library,

Since the app updated last week none of my e-book loans will open. I
can see them under "My loans" but when I tap to read one it says
"Download failed (error 403)". I have deleted the app, put it back on
and logged in again with my library card number and PIN.

I don't get out much these days and the e-books are a lifeline, so I
would be grateful for any help.

Margaret Tully"""),
("en", "b20-hearing-aids-new-phone", "Brian Costello <brian.costello@example.net>", "Pairing", "technical", "",
"""Hi,

Got a new phone (the old one died) and now I can't get my hearing aids
to pair with it. They appear in the Bluetooth list for a second and
then disappear. With the old phone calls came straight through to the
aids, which I miss, as I can't hear well on the phone without them.

Is there a trick to it?

Brian Costello"""),
("en", "b20-authenticator-phone-in-sea", "Helen Ashby <helen@ashby-bookkeeping.example>", "Locked out - authenticator", "technical", "",
"""Hi,

I dropped my phone in the sea on holiday (don't ask) and the new one
doesn't have my authenticator codes, so I can't get past the 2-step
verification on my account. I have the backup codes ... somewhere, but
I can't find them.

Nothing's on fire - my clients' VAT returns aren't due until the 7th -
but how do I prove it's me and reset it?

Helen Ashby
Ashby Bookkeeping"""),
("en", "b20-fwd-boiler-pressure", "Imran Siddiqui <imran.siddiqui@example.com>", "Fwd: boiler again", "technical", "",
"""Hi, forwarding what my wife sent me below - can someone book a visit?
You fitted this boiler in March.

Imran

---------- Forwarded message ---------
From: Zara Siddiqui <zara.s@example.com>
Date: Tue, 8 Oct 2024 at 07:31
Subject: boiler again
To: Imran Siddiqui <imran.siddiqui@example.com>

It's dropped to 0.5 bar again overnight, no heating this morning. I
topped it up to 1.5 with the silver tap like the man showed us but it's
every 2 days now. Is something leaking?? Can you ring the company, I'm
at work till 6"""),
("en", "b20-doorbell-night-white", "Stuart Kemp <stu.kemp@example.com>", "camera", "technical", "",
"""night vision on the doorbell cam is just a white blur after dark.
daytime is fine. wiped the lens, no porch light on. any settings i
should change?
Stu"""),
("en", "b20-photobook-editor-crash", "Lucy Harrow <lucy.harrow@example.net>", "Wedding album", "technical", "",
"""Hi,

I'm trying to make our wedding photobook and the editor crashes (whole
page goes grey with "Something went wrong") every time I get past about
60 photos. I've lost my layout twice now and I'm losing the will. I'm
on a laptop in Firefox. There are about 140 photos to go in - is there
a limit I don't know about?

Lucy"""),
("en", "b20-night-light-melting-by-cot", "Amira Haddad <amira.haddad@example.com>", "Night light", "technical", "high",
"""Hello,

Just letting you know about the plug-in star night light I bought from
you in March. This morning I noticed the plastic around the plug end has
gone soft and slightly melted, and it smells hot. It's in the socket
right next to our baby's cot.

I've taken it out and she's fine, nothing happened. I thought you should
know in case it's more than just mine.

Amira"""),
("en", "b20-co-alarm-after-service", "Peter Lang <peter.lang@example.org>", "Service visit yesterday", "technical", "high",
"""Hi,

Your engineer serviced our gas boiler yesterday afternoon. At about 2am
the carbon monoxide alarm on the landing went off, and again at 5am.
We've switched the boiler off at the isolator and opened the windows and
we're all OK, no headaches or anything.

Could someone come back out and check it today? We've no heating or hot
water until then.

Peter Lang
14 Mill Lane"""),
("en", "b20-pizza-orders-not-printing", "Marco Bellini <marco@bellinis-pizza.example>", "tonight", "technical", "high",
"""its friday night and the kitchen printer has had NOTHING from online
orders since half 6. customers are ringing asking where their pizzas
are, we didnt even know they had ordered. 3 drivers sat here doing
nothing and 14 angry calls already. the tablet says the orders are
"sent to kitchen"

PLEASE ring the shop 01632 960 882

Marco"""),
("en", "b20-school-closure-texts-queued", "St Mark's Primary Office <office@stmarks-primary.example>", "Parent messages", "technical", "high",
"""Good morning,

About forty children arrived this morning at a school that was closed
because of a burst pipe. The closure message we sent at 6.30pm last
night never reached their parents. Looking at the outbox on our
dashboard, nothing has been delivered since Monday - every message says
"Queued".

We have a parents' evening change to send today and a trip tomorrow.
Please can someone look at this as soon as possible.

Mrs K Oduya
School Business Manager, St Mark's Primary"""),
("en", "b20-broadband-fourth-time-supervisor", "Neha Kapoor <neha.kapoor@example.com>", "Complaint ref 7718-2290 - broadband still dropping", "technical", "high",
"""This is the fourth time I'm writing.

Since April my broadband drops every evening between 7 and 10, sometimes
for a few minutes, sometimes for an hour. Three engineers have been:
new router, new faceplate, "line tested fine". It's still dropping. I
teach online lessons from home two evenings a week and I've had to
cancel students.

I want a supervisor to take ownership of this and call me, not another
engineer booking made from a script.

Neha Kapoor
07700 900 214"""),
("en", "b20-praise-swim-teacher", "Kirsty Doyle <kirsty.doyle@example.net>", "Lessons with Dan", "general", "",
"""Hi,

Just a quick note to say how brilliant Dan is with the Stage 2 group on
Wednesdays. Our Freddie was terrified of putting his face in the water
in January and this week he swam a full width on his own. He hasn't
stopped talking about it.

Please pass it on!
Kirsty (Freddie's mum)"""),
("en", "b20-museum-pushchair", "Ewan Fraser <ewan.fraser@example.com>", "Visiting with a baby", "general", "",
"""Hello, we're planning to come on Saturday with our 8 month old. Can we
take the pushchair round the galleries or is there somewhere to leave
it? And is there a baby change?

Thanks,
Ewan"""),
("en", "b20-lost-rucksack-0812", "Holly Marsden <holly.marsden@example.net>", "left my bag on the train", "general", "",
"""hi, i left a navy rucksack on the luggage rack of the 08:12 Reading to
Paddington this morning, coach C i think. it has a grey laptop sleeve
in it (no laptop thank god), a green lunchbox and a library book. is
there lost property at paddington i can check or do i ring someone?

Holly
07700 900 361"""),
("en", "b20-surname-change-married", "Emma Castell <emma.castell@example.com>", "Name change", "general", "",
"""Hi,

I got married in August and would like my account changed from Emma
Burrows to Emma Castell. The direct debit is staying exactly the same
and so is the address - it's just the name on the letters and bills.
I can send a copy of the marriage certificate if you need it.

Account ref EB-44120-7

Thanks,
Emma"""),
("en", "b20-subject-access-request", "Daniel Okonjo <daniel.okonjo@example.org>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including notes and call recordings linked to my
customer account from January 2022 onwards, and details of any third
parties you have shared it with.

I would prefer to receive it electronically at this address. My date
of birth is 03/04/1979 and my postcode is LS6 2XX, to help you find my
records.

Daniel Okonjo"""),
("en", "b20-paid-sofa-third-floor", "Grace Whitaker <grace.whitaker@example.com>", "Order 51907", "general", "",
"""Hello,

Quick one - the sofa is all paid for (on my partner's card, in case his
name comes up rather than mine, that's fine). We're on the third floor
and there's no lift. Will the delivery team carry it up the stairs, and
do we need to measure the stairwell first? Delivery is booked for the
19th.

Thanks,
Grace"""),
("en", "b20-podcast-stove-collab", "Jess Ambrose <jess@outdoorbites.example>", "Collaboration idea", "general", "",
"""Hi there,

I host Outdoor Bites, a small podcast (about 6,000 listeners a week)
about cooking while camping. We've used your stoves for years and
mention them all the time anyway, so I wondered whether you'd be
interested in a sponsored episode, or in sending a stove for a
cook-along giveaway.

Happy to share listener stats.

Jess Ambrose
Outdoor Bites"""),
("en", "b20-half-term-library", "Sam Ortiz <sam.ortiz@example.org>", "half term", "general", "",
"""is the eastgate library open normal hours over half term and is the
lego club still on the thursday? thanks sam"""),
("en", "b20-points-year-in-australia", "Megan Price <megan.price@example.com>", "Points while I'm away", "general", "",
"""Hi,

I'm off to Australia for a year on a working holiday visa next month.
I've got 4,380 points on my card. Will they expire if I don't use the
card for twelve months? If so, is there any way to freeze them until
I'm back?

Megan"""),
("en", "b20-nut-free-cookies-reaction", "Joanna Pierce <joanna.pierce@example.net>", "Your nut free oat cookies", "general", "high",
"""Hello,

On Sunday my daughter (9, severe peanut allergy) ate two of your oat and
raisin cookies from the "nut free" shelf at the Farnham branch. Within
fifteen minutes her lips had swollen and she came out in hives. We gave
her antihistamine and she recovered - thankfully we didn't need the
EpiPen.

I'm not after money. I still have the packet (best before 22/11, batch
L2291) and I think you need to check that batch before another child
eats them.

Joanna Pierce"""),
("en", "b20-bus-ramp-refused-in-charge", "Tariq Mahmood <tariq.mahmood@example.com>", "Driver on route 42, Tuesday 5.15pm", "general", "high",
"""I use a wheelchair. On Tuesday at about 5.15pm the driver of the number
42 at the Market Street stop refused to put the ramp down, said the bus
was "too full" (the wheelchair space was empty, I could see it) and
drove off. The next bus was 40 minutes later.

This is the second time, with what I believe was the same driver. I
want to speak to whoever is in charge of the drivers at the depot, and
I want to know what is going to be done about it.

Tariq Mahmood
07700 900 633"""),
# ---------------- Greek ----------------
("el", "b20-ekkatharistikos-reymatos-diplos", "Σταύρος Λιάπης <s.liapis@example.com>", "Λογαριασμός ρεύματος", "billing", "",
"""Καλημέρα σας,

Μου ήρθε εκκαθαριστικός λογαριασμός 486,20€ για το τετράμηνο, όταν
συνήθως πληρώνω γύρω στα 180€. Το σπίτι είναι εξοχικό και έμεινε
κλειστό από τον Οκτώβριο ως τον Μάρτιο, οπότε δεν βγαίνει με τίποτα
τέτοια κατανάλωση. Η ένδειξη του μετρητή σήμερα είναι 018734.

Παρακαλώ ελέγξτε τον λογαριασμό και στείλτε μου διορθωμένο.
Αρ. παροχής 1 23456789-01

Σταύρος Λιάπης"""),
("el", "b20-gl-ploio-allagh-hmeromhnias", "Kostas Vrettos <kostas.vrettos@example.com>", "eisithria naxos", "billing", "",
"""Kalhspera,
allaksa thn hmeromhnia sta eisithria gia Naxo apo 12/7 se 19/7 (2
atoma + IX) kai mou phre 15e parapanw apo oti leei to site gia allagh.
Sto site grafei 5e ana eisithrio, egw plhrwsa 25e. Ti egine?
Kwdikos krathshs 4ZT91Q
Kwstas"""),
("el", "b20-frontistirio-perase-sti-sxoli", "Μαίρη Κοντού <mairi.kontou@example.net>", "Ευχαριστούμε!", "billing", "",
"""Καλησπέρα σας,

Ο Άρης πέρασε στην Ιατρική Θεσσαλονίκης! Ευχαριστούμε πολύ όλους τους
καθηγητές για τη βοήθεια όλη τη χρονιά.

Άρα τον Σεπτέμβριο δεν θα ξαναέρθει, οπότε παρακαλώ να μη χρεωθεί η
κάρτα μου για τον μήνα Σεπτέμβριο όπως γινόταν κάθε μήνα μέχρι τώρα.

Με εκτίμηση,
Μαίρη Κοντού"""),
("el", "b20-gl-roaming-enw-eixa-paketo", "Nikos Terzis <nterzis@example.net>", "logariasmos kinhtou", "billing", "",
"""geia sas
sto teleutaio logariasmo exw 38e xrewsh roaming apo to taksidi mou sthn
Kwnstantinoupolh. omws eixa energopoihsei to paketo roaming 7 hmerwn
(8,90e) prin fygw kai mou eixe er8ei kai sms oti energopoih8hke. giati
xrewthika kai ta dedomena ksexwrista? thelw na mou epistrafoun
Nikos T.
6944 000 218"""),
("el", "b20-timologio-me-afm", "Δέσποινα Αλεξίου <d.alexiou@studio-alexiou.example>", "Παραστατικό για την παραγγελία 118204", "billing", "",
"""Καλημέρα,

Για την παραγγελία 118204 (οθόνη και βάση οθόνης) εκδόθηκε απόδειξη
λιανικής, ενώ τη χρειάζομαι σε τιμολόγιο γιατί είναι για το γραφείο.
Μπορείτε να την ακυρώσετε και να εκδώσετε τιμολόγιο με τα εξής
στοιχεία;

Αλεξίου Δέσποινα - Γραφιστικό Στούντιο
ΑΦΜ 012345678, ΔΟΥ Καλαμαριάς
Εθνικής Αντιστάσεως 45, 55134 Θεσσαλονίκη

Ευχαριστώ,
Δέσποινα Αλεξίου"""),
("el", "b20-gl-klimatistiko-doseis", "Vasw Karanika <vaso.karanika@example.com>", "kleimatistiko 18000btu", "billing", "",
"""Kalhmera sas, endiaferomai gia to inverter 18000 btu me thn
egkatastash (1.150e). Mporw na to plhrwsw se doseis? Den exw
pistwtikh karta, mono xrewstikh. Ginetai me kapoio allo tropo h
prepei na ta dwsw ola mazi?
Eyxaristw
Vasw"""),
("el", "b20-efarmogi-glosson-piso-sti-dorean", "Ιάσονας Ρήγας <iasonas.rigas@example.com>", "Premium", "billing", "",
"""Γεια σας,

Έχω την ετήσια συνδρομή Premium στην εφαρμογή για τα ισπανικά, που
λήγει στις 30 του μήνα. Πήγα τελικά σε φροντιστήριο, οπότε θέλω απλώς
να γυρίσω στη δωρεάν έκδοση όταν λήξει - να μη γίνει ανανέωση για
άλλον χρόνο. Τον λογαριασμό και την πρόοδό μου θέλω να τα κρατήσω.

Ιάσονας"""),
("el", "b20-xenodoxeio-akyrosi-entos-prothesmias", "Ελένη Σταματοπούλου <eleni.stamat@example.org>", "Κράτηση 55-2081, Ρέθυμνο", "billing", "",
"""Καλησπέρα σας,

Ακύρωσα την κράτηση 55-2081 (3 νύχτες, 14-17 Αυγούστου) στις 2 Ιουλίου
μέσω του συνδέσμου στο email σας. Η δωρεάν ακύρωση ίσχυε μέχρι 7 μέρες
πριν την άφιξη, δηλαδή μέχρι τις 7 Αυγούστου. Παρ' όλα αυτά χρεώθηκα
την πρώτη νύχτα, 128€.

Σας επισυνάπτω το email επιβεβαίωσης της ακύρωσης. Παρακαλώ να μου
επιστραφεί το ποσό.

Ελένη Σταματοπούλου"""),
("el", "b20-gl-synaulia-kouponi-oxi", "Marilena D. <marilena.d@example.net>", "synaulia 21/6", "billing", "",
"""Geia sas. H synaulia sto 8eatro Vrachwn phge gia ton Oktwvrio kai
mou steilate kouponi gia ta 2 eisithria (2 x 32e). Ton Oktwvrio omws
eimai Erasmus sth Lisavona kai den mporw na paw. Den 8elw kouponi,
thelw ta lefta mou pisw sthn karta. Pws to kanw?
Marilena"""),
("el", "b20-farmakeio-xreothike-den-irthe", "Θεοπίστη Μαυρίδου <theopisti.m@example.net>", "Παραγγελία 40877 - λείπει το αντηλιακό", "billing", "",
"""Καλησπέρα,

Παρέλαβα την παραγγελία 40877 αλλά λείπει το παιδικό αντηλιακό SPF50.
Μέσα στο κουτί ήταν ένα χαρτάκι που γράφει "μη διαθέσιμο". Στην
κάρτα μου όμως χρεώθηκε κανονικά όλο το ποσό, μαζί και τα 16,90€ του
αντηλιακού. Παρακαλώ επιστρέψτε μου τα 16,90€.

Θεοπίστη Μαυρίδου"""),
("el", "b20-re-odiki-voitheia-poulisa-amaxi", "Παντελής Ζαφειρίου <p.zafeiriou@example.net>", "Re: Ανανέωση συνδρομής οδικής βοήθειας", "billing", "",
"""Καλησπέρα,

Το αυτοκίνητο το πούλησα τον Μάιο και πλέον κυκλοφορώ με το μετρό,
οπότε δεν υπάρχει λόγος να συνεχιστεί. Μην την ανανεώσετε και μην
τραβήξετε τα 79€ από την κάρτα.

Παντελής Ζαφειρίου

-----Αρχικό μήνυμα-----
Από: Οδική Βοήθεια <noreply@odiki.example>
Θέμα: Ανανέωση συνδρομής οδικής βοήθειας
> Αγαπητέ πελάτη, η συνδρομή σας για το όχημα ΙΚΡ-4471 λήγει στις
> 30/09. Η ανανέωση θα γίνει αυτόματα με χρέωση 79,00€ στην κάρτα
> που έχετε δηλώσει."""),
("el", "b20-paidikos-stathmos-dyo-fores", "Χριστίνα Μπαλτά <christina.balta@example.com>", "τροφεια Οκτωβριου", "billing", "",
"""Καλημερα σας,
τα τροφεια του Οκτωβριου για τη Δανάη (τμημα Πεταλουδες) χρεωθηκαν δυο
φορες στον λογαριασμο μου, 2 x 210 ευρω στις 5/10. Μπορειτε να μου
επιστρεψετε τη μια πληρωμη η να την κρατησετε για τον Νοεμβριο; Οπως
σας βολευει, αρκει να μου πειτε.
Ευχαριστω
Χριστινα Μπαλτα"""),
("el", "b20-poini-apoxorisis-proistamenos", "Αντώνης Γεωργαλής <a.georgalis@example.com>", "Χρέωση πρόωρης αποχώρησης 146€", "billing", "high",
"""Κύριοι,

Μετακόμισα στο Κορωπί και ο δικός σας τεχνικός μου είπε ότι στη νέα
διεύθυνση δεν υπάρχει δυνατότητα σύνδεσης από την εταιρεία σας. Έκανα
διακοπή για αυτόν τον λόγο και τώρα βλέπω στον τελικό λογαριασμό
"χρέωση πρόωρης αποχώρησης 146€".

Το έχω πει ήδη δύο φορές στο τηλεφωνικό κέντρο και μου λένε "θα
προωθηθεί". Θέλω να μιλήσω με προϊστάμενο για να ακυρωθεί αυτή η
χρέωση. Τηλέφωνο 6977 000 145.

Αντώνης Γεωργαλής"""),
("el", "b20-metakomisi-prokatavoli-dikigoros", "Ζωή Παπαδημητρίου <zoi.papadimitriou@example.net>", "Προκαταβολή 200€ - μετακόμιση 12/9", "billing", "high",
"""Κύριοι,

Για τη μετακόμιση της 12ης Σεπτεμβρίου κατέβαλα προκαταβολή 200€. Το
πρωί εκείνης της μέρας δεν ήρθε κανείς, τα τηλέφωνά σας δεν
απαντούσαν και αναγκάστηκα να βρω άλλη εταιρεία την τελευταία στιγμή.
Από τότε ζητώ γραπτώς την επιστροφή της προκαταβολής χωρίς απάντηση.

Σας ενημερώνω ότι έχω δώσει την υπόθεση σε δικηγόρο. Αν τα 200€ δεν
επιστραφούν μέσα σε 10 ημέρες θα προχωρήσουμε νομικά.

Ζωή Παπαδημητρίου"""),
("el", "b20-gl-agnwsth-xrewsh-enstash", "Lefteris M. <lefteris.m@example.com>", "XREWSEIS POU DEN EKANA", "billing", "high",
"""Exw 3 xrewseis twn 12,99e ston logariasmo mou me to onoma sas
(Iounio, Iouli, Augousto) kai den exw kanei pote syndromh se sas. Oute
logariasmo exw. Ekana hdh enstash sthn trapeza mou gia oles tis
xrewseis kai mou eipan na sas enhmerwsw. Stamathste tis xrewseis kai
peite mou pws vrikate thn karta mou.
Lefteris M."""),
("el", "b20-gl-klimatistiko-stazei-mesa", "Panos Diamantis <panos.diam@example.com>", "klimatistiko", "technical", "",
"""Kalhspera, to klimatistiko pou mas valate sto ypnodwmatio prin 2
evdomades stazei nero apo thn esw monada, panw sto parketo. Exoume
valei mia petseta apo katw alla to prwi einai mouskemenh. Sto saloni
pou to valate thn idia mera den kanei tipota. Mporei na perasei enas
texnikos?
Panos Diamantis, Peristeri
6981 000 332"""),
("el", "b20-iliakos-xoris-zesto-nero", "Γεράσιμος Βλάχος <gerasimos.vlachos@example.com>", "Ηλιακός θερμοσίφωνας", "technical", "",
"""Καλημέρα,

Ο ηλιακός που μας τοποθετήσατε στις 3 Ιουνίου δεν βγάζει ζεστό νερό,
μόνο χλιαρό, και αυτό μόνο μέχρι το μεσημέρι. Έχει λιακάδα όλη μέρα
και η ταράτσα δεν έχει σκιά. Ο παλιός ηλιακός, με μικρότερο μπόιλερ,
έβγαζε καυτό νερό από τις 11 το πρωί. Μήπως δεν έχει γεμίσει σωστά με
υγρό ή έχει μείνει αέρας;

Γεράσιμος Βλάχος"""),
("el", "b20-stathmeusi-dimou-pinakida", "Αγγελική Σούλη <angeliki.souli@example.com>", "Εφαρμογή στάθμευσης", "technical", "",
"""Καλησπέρα σας,

Προσπαθώ να δηλώσω το καινούριο μου αυτοκίνητο στην εφαρμογή ελεγχόμενης
στάθμευσης του Δήμου και μου βγάζει συνέχεια "Μη έγκυρος αριθμός
κυκλοφορίας". Η πινακίδα είναι ΝΖΑ-7128. Το έχω γράψει και με
ελληνικούς και με λατινικούς χαρακτήρες, με και χωρίς παύλα. Το παλιό
αυτοκίνητο το δεχόταν κανονικά.

Αγγελική Σούλη"""),
("el", "b20-den-afora-logariasmo-efarmogi-kleinei", "Σπύρος Καλλέργης <spyros.kallergis@example.com>", "Λογαριασμός νερού", "technical", "",
"""Καλησπέρα,

Δεν έχω θέμα με το ποσό του λογαριασμού, είναι σωστό. Το πρόβλημα είναι
ότι δεν μπορώ να τον δω: μόλις πατήσω "Οι λογαριασμοί μου" στην
εφαρμογή, η εφαρμογή κλείνει και γυρίζω στην αρχική οθόνη του κινητού.
Το έχω απεγκαταστήσει και ξαναεγκαταστήσει. Android 14.

Αρ. υδρομέτρου 88120447
Σπύρος Καλλέργης"""),
("el", "b20-fournos-e5-den-thelo-allagi", "Ευδοκία Πετράκη <evdokia.petraki@example.org>", "Φούρνος - σφάλμα E5", "technical", "",
"""Καλημέρα σας,

Να πω από την αρχή ότι δεν θέλω ούτε αλλαγή ούτε επιστροφή χρημάτων. Ο
φούρνος μου αρέσει πολύ και ταιριάζει ακριβώς στην κουζίνα μου. Θέλω
απλώς να τον φτιάξετε.

Εδώ και τρεις μέρες, μόλις ανέβει η θερμοκρασία πάνω από τους 200
βαθμούς, σβήνει και η οθόνη γράφει E5. Κάτω από τους 180 ψήνει
κανονικά. Τον έχω πάρει τον Ιανουάριο.

Ευδοκία Πετράκη"""),
("el", "b20-gl-tv-efarmogh-mauri-othoni", "Mixalis Anagnostou <mixalis.an@example.com>", "provlhma", "technical", "",
"""geia, sthn tileorash (samsung, 2 xronwn) h efarmogh sas deixnei
mauri o8onh otan paw na dw kati, akougetai mono o hxos. sto kinhto
kai sto laptop paizei kanonika. ekana apegkatastash kai ksana
egkatastash kai epanekkinhsh sthn tv. tipota
Mixalis"""),
("el", "b20-re-energopoiisi-grammis-xoris-sima", "Φωτεινή Λαμπράκη <foteini.lamprakh@example.org>", "Re: Η σύνδεσή σας ενεργοποιήθηκε", "technical", "",
"""Καλησπέρα,

Το internet δουλεύει από χθες, αλλά το σταθερό τηλέφωνο δεν έχει
καθόλου σήμα, είναι νεκρό. Το έχω συνδέσει στην υποδοχή "Phone 1"
πίσω από τον router όπως λέει το φυλλάδιο. Το χρειάζομαι για τη μητέρα
μου που τηλεφωνεί μόνο στο σταθερό.

Φωτεινή Λαμπράκη

Στις Τετ, 2 Οκτ 2024 στις 10:12 π.μ., ο/η <noreply@telecom.example> έγραψε:
> Αγαπητή πελάτισσα,
> Η σύνδεσή σας ενεργοποιήθηκε με επιτυχία. Ο αριθμός του σταθερού σας
> είναι 210 000 5512. Καλή πλοήγηση!"""),
("el", "b20-gl-ektypwths-den-vlepei-wifi", "Grafeio Kalogerou <info@kalogerou-logistiko.example>", "ektypwths", "technical", "",
"""Kalhmera,
mas allaxate to router thn Paraskeuh kai apo tote o ektypwths tou
grafeiou (o megalos, polymixanhma) den fainetai apo kanena ypologisth.
To internet douleuei kanonika. Sthn o8onh tou ektypwth leei "den
vre8hke diktyo". Mporoume na ektypwnoume mono me stikaki pros to paron.
Anna, Logistiko Grafeio Kalogerou"""),
("el", "b20-kinito-othoni-meta-enimerosi", "Θανασης Ρουσσος <thanasis.roussos@example.net>", "οθονη", "technical", "",
"""Καλησπερα,
απο τοτε που εκανε ενημερωση το κινητο (πριν 4 μερες) η οθονη δεν πιανει
στο κατω μερος, ενα δαχτυλο πανω απο το κατω ακρο. Δεν μπορω να γραψω
τα γραμματα της κατω σειρας στο πληκτρολογιο ουτε να πατησω το κουμπι
για πισω. Δεν εχει πεσει, εχει και τζαμι προστασιας απο την πρωτη μερα.
Θανασης"""),
("el", "b20-thermostatis-wifi-den-syndeetai", "Ροδάνθη Κυριακίδου <rodanthi.k@example.net>", "Έξυπνος θερμοστάτης", "technical", "",
"""Καλησπέρα,

Ο ηλεκτρολόγος συνέδεσε χθες τον έξυπνο θερμοστάτη και ανάβει κανονικά
τον λέβητα από τα κουμπιά του. Στην εφαρμογή όμως, στο βήμα "Σύνδεση
στο Wi-Fi", γυρίζει ένα λεπτό και μετά βγάζει "Η σύνδεση απέτυχε".
Το δίκτυό μας είναι στα 2,4GHz και ο κωδικός είναι σωστός, τον έχω
ελέγξει τρεις φορές.

Ροδάνθη"""),
("el", "b20-karekla-fagitou-zoni-anoigei", "Μελίνα Χριστοφόρου <melina.christoforou@example.org>", "Καρέκλα φαγητού", "technical", "high",
"""Καλησπέρα σας,

Θα ήθελα να σας ενημερώσω ότι το κούμπωμα της ζώνης στην καρέκλα
φαγητού που αγοράσαμε τον Μάιο ανοίγει μόνο του. Σήμερα το μεσημέρι η
κόρη μου (14 μηνών) έσπρωξε με τα πόδια της στο τραπεζάκι και το
κούμπωμα άνοιξε χωρίς να το πατήσει κανείς. Την πρόλαβα πριν γλιστρήσει
έξω. Το δοκίμασα μετά και ανοίγει με ένα απλό τράβηγμα.

Δεν τη βάζουμε πια σε αυτή. Τι πρέπει να κάνουμε;

Μελίνα Χριστοφόρου"""),
("el", "b20-kteo-den-vgainoun-deltia", "ΚΤΕΟ Ασπρόπυργου <info@kteo-aspropyrgos.example>", "Επείγον - σύστημα", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί δεν μπορούμε να εκδώσουμε κανένα δελτίο ελέγχου. Τα
αυτοκίνητα περνάνε από τη γραμμή κανονικά αλλά στο τέλος το πρόγραμμα
βγάζει "Αδυναμία αποστολής" και δεν τυπώνει τίποτα. Έχουμε 25
αυτοκίνητα στην ουρά, οι πελάτες με ραντεβού φεύγουν, και για τα
φορτηγά του απογεύματος δεν ξέρουμε τι να πούμε.

Τηλέφωνο 210 000 7780, κ. Ρέντζος.

ΚΤΕΟ Ασπρόπυργου"""),
("el", "b20-gl-anemisthras-orofhs-kapnos", "Stella Georgiou <stella.georgiou@example.com>", "anemisthras orofhs", "technical", "high",
"""Kalhspera sas,
na sas pw oti o anemisthras orofhs me to fwtistiko pou phrame apo
sas ton Iounio evgale ligo kapno apo to kentriko kouti kai myrize
kammeno kalwdio xtes to vrady. Ton sbhsame amesws apo to diakopth kai
katevasame thn asfaleia. Den egine kati allo, eimaste ola kala, alla
den ton ksanaanavoume. Ti kanoume twra? Xreiazetai na erthei kapoios?
Stella"""),
("el", "b20-asanser-kollaei-ypeythynos", "Διαχείριση Πολυκατοικίας Αλκυόνης 8 <diaxeirisi.alkyonis8@example.com>", "Ανελκυστήρας - τρίτη φορά", "technical", "high",
"""Κύριοι,

Ο ανελκυστήρας της πολυκατοικίας μας (Αλκυόνης 8, Καλλιθέα) σταμάτησε
ανάμεσα σε ορόφους τρίτη φορά μέσα στον Σεπτέμβριο. Την Πέμπτη
εγκλωβίστηκε για 40 λεπτά μια ένοικος 84 ετών. Ο τεχνικός σας ήρθε και
τις τρεις φορές, τον "επανέφερε" και έφυγε χωρίς να μας πει ποια είναι
η βλάβη.

Ζητούμε να επικοινωνήσει μαζί μας ο υπεύθυνος του τμήματος συντήρησης
και να μας πει γραπτώς τι θα γίνει. Μέχρι τότε οι ηλικιωμένοι ένοικοι
φοβούνται να τον χρησιμοποιήσουν.

Για τη διαχείριση,
Κωνσταντίνος Μαυρομάτης
6945 000 861"""),
("el", "b20-gl-xenagos-meteora", "Aggeliki & Giorgos <aggeliki.giorgos@example.net>", "Meteora 14/9", "general", "",
"""Geia sas!
8eloume na poume ena megalo eyxaristw sthn Katerina, thn ksenago mas
sthn ekdromh sta Meteora sto Savvato. Htan toso kalh, ta eksigouse ola
me xioumor kai perimene ypomonetika thn giagia mas pou anevaine pio
argia ta skalia. H ekdromh mas phre ola ta lefta (plaka kanoume :P),
tha ksanaer8oume sigoura gia Zagoroxwria.
Aggeliki kai Giorgos"""),
("el", "b20-kolymvitirio-orario-ioulio", "Νατάσα Ζερβού <natasa.zervou@example.net>", "Ωράριο Ιουλίου", "general", "",
"""Καλημέρα σας,

Ποιο είναι το ωράριο του δημοτικού κολυμβητηρίου τον Ιούλιο και τον
Αύγουστο; Ισχύει ακόμα το ελεύθερο κολύμπι το απόγευμα 17:00-20:00; Και
χρειάζεται ιατρική βεβαίωση και για τα παιδιά κάτω των 12;

Ευχαριστώ,
Νατάσα Ζερβού"""),
("el", "b20-ktel-gyalia-xexasa", "Ιωσήφ Μανωλάκης <iosif.manolakis@example.net>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλησπέρα,

Την Κυριακή ταξίδεψα με το δρομολόγιο 15:30 Αθήνα-Καλαμάτα, θέση 23,
και ξέχασα στην τσέπη του μπροστινού καθίσματος τα γυαλιά μου μέσα σε
μια καφέ θήκη. Είναι πολυεστιακά και πολύ ακριβά για να τα
ξαναφτιάξω. Μήπως τα βρήκε ο οδηγός; Μπορώ να περάσω από τον
σταθμό της Καλαμάτας.

Ιωσήφ Μανωλάκης
6932 000 415"""),
("el", "b20-gl-allagh-kinhtou-logariasmo", "Rena Chatzi <rena.chatzi@example.org>", "allagh thlefwnou", "general", "",
"""Kalhmera, allaksa noumero kinhtou kai 8elw na to allaksete kai
ston logariasmo mou gia na mou erxontai ta sms gia thn paradosh ths
parag. To neo einai 6970 000 223, to palio 6944 000 901 den isxyei pia.
To email paramenei to idio.
Eyxaristw, Rena"""),
("el", "b20-diagrafi-dedomenon", "Κλεάνθης Πολυχρόνης <k.polychronis@example.org>", "Αίτημα διαγραφής", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας, καθώς και τη διαγραφή μου από κάθε
λίστα αποστολής ενημερωτικών και διαφημιστικών μηνυμάτων. Παρακαλώ
επιβεβαιώστε μου εγγράφως την ολοκλήρωση της διαγραφής.

Με εκτίμηση,
Κλεάνθης Πολυχρόνης"""),
("el", "b20-plirosa-kratisi-skylos", "Δανάη Σαρρή <danai.sarri@example.org>", "Κράτηση 7-10 Ιουνίου", "general", "",
"""Γεια σας,

Την κράτηση για το δίκλινο 7-10 Ιουνίου την έχω ήδη πληρώσει με κάρτα
και όλα είναι εντάξει με αυτό. Ήθελα να ρωτήσω αν μπορούμε να φέρουμε
και τον σκύλο μας, ένα μικρό Jack Russell 7 κιλών, πολύ ήσυχο. Αν ναι,
μπορεί να μένει στο δωμάτιο όταν πηγαίνουμε για φαγητό;

Δανάη"""),
("el", "b20-sxoleio-episkepsi-elaiotriveio", "Ελπινίκη Δρακάκη <edrakaki@dim-sxoleio.example>", "Επίσκεψη του σχολείου μας", "general", "",
"""Καλημέρα σας,

Είμαι δασκάλα στο 3ο Δημοτικό Σχολείο Σητείας. Φέτος στο πρόγραμμα
περιβαλλοντικής εκπαίδευσης ασχολούμαστε με την ελιά και θα θέλαμε να
επισκεφθούμε το ελαιοτριβείο σας με 22 παιδιά της Ε' τάξης, κάποιο
πρωί του Νοεμβρίου που δουλεύετε. Θα ήταν εφικτό; Το σχολείο καλύπτει
τη μεταφορά.

Με εκτίμηση,
Ελπινίκη Δρακάκη"""),
("el", "b20-ladi-5lt-chania", "Μανώλης Τζαγκαράκης <manolis.tz@example.net>", "Λάδι 5 λίτρων", "general", "",
"""Γεια σας, το εξαιρετικό παρθένο σε δοχείο 5 λίτρων το έχει το κατάστημα
των Χανίων (Σούδα) ή μόνο το Ηράκλειο; Θέλω να πάρω 4 δοχεία το
Σάββατο.
Μανώλης"""),
("el", "b20-gl-pontoi-pws-eksargyrwnw", "Soula P. <soula.p@example.net>", "pontoi", "general", "",
"""kalhmera, mazepsa 2.300 pontous sthn karta mou. pws tous
eksargyrwnw? sto tameio h mesa apo to site? kai posa lefta einai 2.300
pontoi? den to vriskw pouthena grammeno
eyxaristw
Soula"""),
("el", "b20-giaourti-kommati-gyali", "Αικατερίνη Νικολάου <aikaterini.nikolaou@example.com>", "Γιαούρτι στραγγιστό 1 κιλό", "general", "high",
"""Καλησπέρα σας,

Χθες το βράδυ, σερβίροντας γιαούρτι από το στραγγιστό 1 κιλού, βρήκα
μέσα ένα κομμάτι γυαλί περίπου ενός εκατοστού. Ευτυχώς το είδα πριν
το φάει το παιδί. Η συσκευασία είναι κλειστή ακόμα στο ψυγείο, με λήξη
18/11 και παρτίδα 2291Β.

Δεν ζητώ χρήματα. Θέλω να ξέρω ότι θα ελεγχθεί η παρτίδα. Έχω κρατήσει
και το γυαλί και τη συσκευασία αν θέλετε να τα παραλάβετε.

Αικατερίνη Νικολάου"""),
("el", "b20-gl-paidi-xathike-diey8ynths", "Yannis Kourtis <yannis.kourtis@example.org>", "XTES STO KATASTHMA", "general", "high",
"""Xtes to apogeuma sto katasthma sas sto Marousi xa8hke o gios mou (6
xronwn) gia 20 lepta. Phga sto tameio kai zhthsa na kanoun anakoinwsh
h na kleisoun tis eksodous kai h kopela mou eipe "den mporoume na
kanoume tipota, psakste ton". Ton vrhka telika monos mou sto parking
diplh apo to dromo.
Den einai dynaton na mhn yparxei diadikasia gia xamena paidia. Zhtw na
me parei thlefwno o dieuthynths tou katasthmatos, 6973 000 118.
Giannhs Kourths"""),
# ---------------- Spanish ----------------
("es", "b20-internet-cobro-doble-oxxo", "Karla Medina <karla.medina@example.net>", "cobro doble mensualidad", "billing", "",
"""buenas tardes
pague la mensualidad de septiembre del internet en OXXO el dia 3 con la
referencia del recibo ($499) y hoy me llega que tambien se cargo a mi
tarjeta por domiciliacion. No se por que sigue activo el cargo
automatico si lo di de baja en julio. Quiero que me regresen uno de los
dos pagos y que quiten la domiciliacion
numero de cliente 7719-0042
Karla Medina"""),
("es", "b20-padel-colgamos-la-pala", "Ramón Iturbe <ramon.iturbe@example.org>", "Socios 1187 y 1188", "billing", "",
"""Buenas:

Mi mujer y yo hemos decidido colgar la pala (las rodillas ya no dan para
más, a nuestra edad). A partir de enero no contéis con nosotros en la
cuota del club, así que por favor no paséis el recibo trimestral de
enero a ninguno de los dos.

Ha sido un placer todos estos años.

Ramón Iturbe y Begoña Sáez"""),
("es", "b20-prepaga-aumento-cuota", "Lucila Fernández <lucila.fernandez@example.com>", "Aumento de cuota", "billing", "",
"""Hola, buen día.

Este mes la cuota del plan familiar me vino de $186.400, cuando el mes
pasado pagué $134.900. Es casi un 38% más y no recibí ningún aviso ni
por mail ni en la app. ¿Me pueden explicar de dónde sale ese aumento y
si se puede revisar? Somos cuatro en el plan, no cambió nada.

Gracias,
Lucila Fernández
Socia N° 44-019822-03"""),
("es", "b20-factura-completa-autonomo", "Iker Garmendia <iker.garmendia@example.org>", "Factura reparación furgoneta", "billing", "",
"""Buenos días:

El viernes recogí la furgoneta (cambio de embrague, matrícula 4471 KZB)
y me disteis un ticket. Soy autónomo y necesito factura completa a mi
nombre para desgravarla. Datos:

Iker Garmendia Olano
NIF 12345678Z
C/ Zumalakarregi 14, 3º B, 20008 Donostia

Si me la podéis mandar por correo, perfecto. Gracias.
Iker"""),
("es", "b20-pagar-curso-con-nequi", "Valentina Ospina <valentina.ospina@example.net>", "Inscripción curso de fotografía", "billing", "",
"""Hola, buenas noches. Quiero inscribirme al curso de fotografía básica
que empieza el 3 de febrero, pero no tengo tarjeta de crédito. ¿Puedo
pagar por Nequi o por PSE desde mi cuenta de ahorros? ¿Y se puede pagar
en dos cuotas, una ahora y otra a mitad del curso?
Mil gracias
Valentina"""),
("es", "b20-taller-presupuesto-superado", "Antonio Vidal <antonio.vidal@example.com>", "Factura 2024-0871", "billing", "",
"""Buenas tardes,

Les dejé el coche el martes para cambiar pastillas y discos delanteros.
El presupuesto que me dieron por escrito era de 320 €. La factura que me
han cobrado es de 410 €, con 90 € de "mano de obra adicional", y nadie
me llamó para avisarme de nada antes de hacerlo.

Les ruego que me expliquen esa partida y me devuelvan la diferencia si
no estaba justificada.

Antonio Vidal"""),
("es", "b20-hotel-cancun-resort-fee", "Gerardo Salinas <gerardo.salinas@example.com>", "Reservación 6620193", "billing", "",
"""Buen día,

Estuvimos hospedados del 2 al 7 de julio. Al hacer el check-out nos
cobraron 2,250 MXN de "resort fee", que en ningún momento aparecía en la
reservación ni en el correo de confirmación (lo tengo, se los puedo
reenviar). Habíamos pagado todo por adelantado precisamente para no
tener sorpresas.

Solicito el reembolso de ese cargo a mi tarjeta.

Atentamente,
Gerardo Salinas"""),
("es", "b20-tarjeta-regalo-caducada", "Noelia Campos <noelia.campos@example.com>", "tarjeta regalo", "billing", "",
"""hola, me regalaron en mi cumple una tarjeta regalo vuestra de 50€ y al
ir a usarla en la tienda de Gran Via me dicen que esta caducada desde
agosto. Nadie me dijo que caducaba y en la tarjeta no pone fecha por
ningun lado. Se puede reactivar o pasar el saldo a una nueva?
gracias
Noelia"""),
("es", "b20-plan-a-prepago", "Matías Rojas <matias.rojas@example.net>", "Cambio de plan", "billing", "",
"""Hola, buenas.

Tengo el plan de 40 GB a $18.990 mensuales. Me voy a pasar a prepago con
ustedes mismos, porque casi no ocupo los datos (estoy todo el día con wifi
en la pega). ¿Cómo lo hago para que no me cobren el plan el próximo mes y
me quede el mismo número?

Saludos
Matías Rojas"""),
("es", "b20-rv-recibo-devuelto-comision", "Sonia Lorente <sonia.lorente@example.com>", "RV: Aviso de recibo devuelto", "billing", "",
"""Hola:

Os reenvío lo que me ha llegado. El recibo se devolvió porque cerré esa
cuenta en septiembre (se me pasó avisaros, lo siento). Os paso la cuenta
nueva: ES00 0000 0000 0000 0000 0000. ¿Podéis volver a pasar el recibo
ahí y quitarme los 6 € de comisión por devolución?

Gracias,
Sonia

---------- Mensaje reenviado ----------
De: Recibos <recibos@seguros.example>
Asunto: Aviso de recibo devuelto
> Le informamos de que el recibo de octubre de su póliza de hogar
> (42,15 €) ha sido devuelto por su entidad. Se le aplicarán 6,00 € de
> gastos de devolución."""),
("es", "b20-pienso-perro-fallecio", "Mercedes Aranda <merche.aranda@example.com>", "Toby", "billing", "",
"""Hola,

Os escribo porque Toby, nuestro perro, murió la semana pasada. Tenía
catorce años. Así que ya no vamos a necesitar el saco de pienso que nos
mandáis cada mes; por favor, que no nos llegue el de noviembre ni se nos
cobre.

Gracias por todo,
Merche"""),
("es", "b20-gimnasio-matricula-encargado", "Alberto Nieto <alberto.nieto@example.com>", "Matrícula cobrada otra vez", "billing", "high",
"""Buenas,

En julio congelé mi cuota dos meses por vacaciones, tal como permite
vuestra normativa. Al reactivarla en septiembre me habéis cobrado otra
vez la matrícula de 40 €, como si fuera un socio nuevo. En recepción me
dicen que "es automático" y que no pueden hacer nada.

Quiero hablar con el encargado del centro, no con recepción, para que
me devuelvan esos 40 €. Mi teléfono es 600 000 321.

Alberto Nieto
Socio 20931"""),
("es", "b20-aerolinea-maleta-profeco", "Rebeca Treviño <rebeca.trevino@example.com>", "Cargo doble por equipaje - vuelo MTY-CUN", "billing", "high",
"""A quien corresponda:

Pagué una maleta documentada de 25 kg al comprar el vuelo (reservación
K7XQ2L, 950 MXN). En el mostrador de Monterrey me dijeron que "no
aparecía" y me la volvieron a cobrar, otros 950 MXN, si no me quedaba
sin volar. Tengo los dos cargos en mi estado de cuenta.

Ya llevo tres semanas pidiendo el reembolso en el chat sin respuesta.
Si en 10 días no se me devuelve el cobro duplicado presentaré una queja
formal ante Profeco.

Rebeca Treviño"""),
("es", "b20-concierto-bono-consumo", "Jordi Castells <jordi.castells@example.com>", "Entradas concierto 14/06 cancelado", "billing", "high",
"""Hola,

El concierto del 14 de junio en el Palau se canceló (no aplazó, se
canceló) y en lugar de devolverme el importe de las dos entradas, 98 €,
me habéis mandado un "bono" para otro evento. Yo no quiero un bono, no
hay ningún otro concierto vuestro al que quiera ir.

Si no tengo el dinero en la tarjeta en 15 días pondré una reclamación
en la Agència Catalana del Consum y, si hace falta, iré al juzgado.

Jordi Castells"""),
("es", "b20-streaming-desconoci-cargo", "Facundo Pereyra <facu.pereyra@example.org>", "sigo pagando!!", "billing", "high",
"""Hola. Di de baja la suscripción el 2 de agosto, tengo el mail de
confirmación de ustedes. Igual me siguieron cobrando septiembre y
octubre, USD 7,99 cada mes, en la tarjeta. Ya llamé al banco y desconocí
los dos cargos, me dijeron que abren la disputa con ustedes. Avisen qué
pasó y no me cobren más, por favor.
Facundo"""),
("es", "b20-caldera-f28-no-es-la-factura", "Pilar Goñi <pilar.goni@example.org>", "Revisión de la caldera del día 9", "technical", "",
"""Hola:

No os escribo por la factura de la revisión, que está pagada y está
bien. Os escribo porque desde que vino el técnico la caldera se bloquea
con el código F28 dos o tres veces al día. La rearmo con el botón y
vuelve a funcionar un rato, pero esta mañana nos hemos duchado con agua
fría. Antes de la revisión no había dado nunca ese error.

¿Puede volver a pasar alguien?

Pilar Goñi
C/ Mayor 22, 2º izda, Pamplona"""),
("es", "b20-app-login-google-mx", "Diego Zamora <diego.zamora@example.org>", "No puedo entrar a la app", "technical", "",
"""Que tal, desde hace unos dias no puedo iniciar sesion en la app con mi
cuenta de Google. Le doy en "Continuar con Google", escojo mi cuenta y
se regresa a la pantalla de inicio sin hacer nada. En la computadora si
puedo entrar normal. Ya la desinstale y la volvi a instalar. Tengo un
Motorola con Android 13.
Saludos
Diego"""),
("es", "b20-persianas-mando-no-responde", "Carmen Olmedo <carmen.olmedo@example.com>", "Persianas", "technical", "",
"""Buenas tardes,

Las tres persianas motorizadas que nos instalaron en el salón en junio
han dejado de responder al mando a distancia. Con el interruptor de la
pared suben y bajan perfectamente. Le he cambiado la pila al mando y la
lucecita se enciende al pulsar, pero las persianas no hacen nada.

Un saludo,
Carmen Olmedo"""),
("es", "b20-celular-se-reinicia-solo", "Andrés Cárdenas <andres.cardenas@example.org>", "El celular se reinicia", "technical", "",
"""Buenas tardes, el celular que les compré en abril se reinicia solo
varias veces al día desde que le llegó la última actualización. A veces
se queda pegado en el logo dos o tres minutos. Le borré aplicaciones y
le dejé más de la mitad de la memoria libre y sigue igual. ¿Qué más
puedo hacer antes de llevarlo al centro de servicio?
Andrés Cárdenas
Bogotá"""),
("es", "b20-freidora-pita-no-quiero-devolver", "Lorena Pastor <lorena.pastor@example.net>", "freidora de aire", "technical", "",
"""Hola!

Antes de nada: no quiero devolverla ni que me reembolséis nada, estoy
encantada con ella y la uso a diario. Solo quiero que funcione bien.

Desde hace una semana, a los 5 minutos más o menos de ponerla, pita
tres veces y se apaga sola, con la comida a medio hacer. Si la vuelvo a
encender sigue, pero a los 5 minutos otra vez. La cesta está bien
encajada, lo he comprobado.

Lorena"""),
("es", "b20-router-fibra-luz-los", "Gustavo Ibarra <gustavo.ibarra@example.net>", "sin internet desde ayer", "technical", "",
"""hola, desde ayer a la tarde estoy sin internet. el modem tiene la luz
que dice LOS en rojo titilando y la de PON apagada. lo desenchufe y
enchufe un par de veces, revise que el cablecito verde de la fibra este
bien puesto y nada. vivo solo y trabajo desde casa, cuando pueden mandar
a alguien? cliente 55-88123
Gustavo"""),
("es", "b20-cita-previa-ayuntamiento", "Encarna Moya <encarna.moya@example.com>", "Cita previa padrón", "technical", "",
"""Buenos días:

Intento pedir cita previa para el empadronamiento en la web del
Ayuntamiento y, después de elegir oficina, día y hora, al pulsar
"Confirmar" sale una página en blanco con el texto "Error 500". Lo he
intentado desde el ordenador y desde el móvil, ayer y hoy. No me llega
ningún correo de confirmación, así que entiendo que no se guarda.

Encarna Moya"""),
("es", "b20-re-cargador-coche-esperando", "Óscar Llorente <oscar.llorente@example.com>", "Re: Instalación punto de recarga - instrucciones", "technical", "",
"""Hola Marta:

He seguido los pasos tal cual: he vinculado el cargador en la app y la
luz está en verde fijo. Pero al enchufar el coche la app se queda en
"Esperando vehículo" y no empieza a cargar. El coche en un cargador
público carga sin problema.

Óscar

El lun, 7 oct 2024 a las 12:20, Marta (<instalaciones@energia.example>) escribió:
> Hola Óscar:
> Para terminar la puesta en marcha, descargue la app, pulse "Añadir
> cargador" y escanee el código QR de la tapa. Cuando la luz quede en
> verde fijo, el cargador estará listo para usar."""),
("es", "b20-plataforma-correo-ya-registrado", "Ximena Luna <ximena.luna@example.org>", "cuenta", "technical", "",
"""Hola, compré el curso de Excel en la plataforma y cuando intento
crear mi cuenta con mi correo me dice "Este correo ya está registrado".
Pero si le doy a "Iniciar sesión" me dice "Usuario no encontrado". Y
si pido recuperar contraseña no me llega nada (ya revisé spam). No
puedo entrar al curso que ya pagué. Ayuda por favor
Ximena"""),
("es", "b20-portero-automatico-no-abre", "Felipe Beltrán <felipe.beltran@example.org>", "Videoportero", "technical", "",
"""Buenas,

El videoportero que nos instalaron la semana pasada funciona para ver y
hablar con quien llama abajo, pero el botón de la llave no abre la
puerta de la calle. Se oye un clic en el aparato de arriba y abajo no
pasa nada. Con el telefonillo viejo abría bien. Es un 4º sin ascensor y
bajar cada vez a abrir es un rollo.

Felipe Beltrán"""),
("es", "b20-estufa-butano-llama-amarilla", "Rosario Quesada <rosario.quesada@example.org>", "Estufa de butano", "technical", "high",
"""Buenas tardes:

Les escribo por la estufa de butano que compré en su tienda de Jaén el
mes pasado. Desde hace unos días la llama está amarilla en vez de azul
y huele raro en el cuarto. Anoche mi marido y yo tuvimos dolor de
cabeza los dos, y se nos pasó al abrir la ventana. La he apagado, he
cerrado la botella y la he sacado al patio.

Me gustaría que alguien me dijera qué hacer con ella o que la revisaran.

Rosario Quesada"""),
("es", "b20-gasolinera-bombas-no-liberan", "Estación Servicio Los Pinos <gerencia@eslospinos.example>", "URGENTE caja y bombas", "technical", "high",
"""Buenos dias, desde las 6:40 el sistema de la caja no libera ninguna
de las 8 bombas. Los despachadores no pueden cargar nada y ya tenemos
fila de carros hasta la calle, los clientes se estan yendo a la
competencia. Reiniciamos el servidor de la caja dos veces como nos
dijeron la ultima vez y sigue igual. Comuniquense al 81 0000 4477 con
el gerente, Sr. Garza.
Estación de Servicio Los Pinos, Apodaca NL"""),
("es", "b20-academia-online-repaso-ebau", "Academia Nexo <direccion@academianexo.example>", "Clase en directo", "technical", "high",
"""Hola,

Esta tarde a las 17:00 teníamos el último repaso en directo antes de la
EBAU de mañana, con 180 alumnos apuntados. Ninguno puede entrar en la
sala: se queda en "Reconectando..." y luego los echa. Los profesores
tampoco. Tenemos a las familias llamando y a los chavales nerviosos
perdidos en el grupo de WhatsApp. Necesitamos que alguien lo mire ya.

Nuria Pardo
Dirección, Academia Nexo
600 000 818"""),
("es", "b20-calefon-tercera-visita-supervisor", "Francisca Muñoz <francisca.munoz@example.org>", "Calefón - tercera visita, exijo supervisor", "technical", "high",
"""Señores:

El calefón que me instalaron en mayo se apaga a los dos o tres minutos
de abrir la ducha. Ha venido un técnico tres veces: la primera cambió
el sensor, la segunda "limpió el quemador" y la tercera dijo que era
la presión del agua de la casa, cosa que no es, porque con el calefón
antiguo nunca pasó.

No quiero una cuarta visita del mismo técnico. Exijo hablar con un
supervisor del servicio técnico que se haga cargo del caso.

Francisca Muñoz
+56 9 0000 4471"""),
("es", "b20-felicitar-fisio-rocio", "Emilio Bravo <emilio.bravo@example.net>", "Gracias", "general", "",
"""Buenas,

Quería dar las gracias a Rocío, la fisio de las tardes. Llegué en
febrero con la espalda que no me podía ni atar los zapatos y hoy he
vuelto a jugar al fútbol con los de mi quinta. Además siempre con una
sonrisa aunque vaya con retraso.

Que se lo digáis, que lo merece.
Emilio"""),
("es", "b20-abren-16-septiembre", "Patricia Olvera <paty.olvera@example.net>", "16 de septiembre", "general", "",
"""Hola, ¿la sucursal de Plaza Universidad va a abrir el 16 de
septiembre? Y si abre, ¿en qué horario? Gracias"""),
("es", "b20-bufanda-teatro-butaca", "Teresa Llamas <teresa.llamas@example.net>", "Objeto olvidado - función del sábado", "general", "",
"""Buenos días:

El sábado asistí a la función de las 20:00 y me dejé una bufanda de lana
granate en la butaca (fila 9, butaca 14, patio). Tiene mucho valor
sentimental porque me la tejió mi madre. ¿La han encontrado? Puedo
pasar a recogerla cualquier día por la taquilla.

Un saludo,
Teresa Llamas"""),
("es", "b20-cambio-domicilio-cuenta", "Rodrigo Acosta <rodrigo.acosta@example.net>", "cambio de domicilio", "general", "",
"""Hola, me mudé y quiero actualizar el domicilio de mi cuenta para que
los resúmenes y la correspondencia me lleguen a la dirección nueva:
Av. Rivadavia 5120, piso 6 depto B, CABA (C1424). El teléfono y el mail
siguen siendo los mismos. Desde la app no encuentro dónde cambiarlo.
Gracias
Rodrigo"""),
("es", "b20-rgpd-de-donde-mi-telefono", "Beatriz Ferrer <beatriz.ferrer@example.org>", "Llamadas comerciales", "general", "",
"""Buenos días:

Llevo un mes recibiendo llamadas comerciales de su empresa al 600 000
192, a veces dos al día. Nunca he sido cliente suya. En virtud del RGPD
ejerzo mi derecho de acceso: quiero saber qué datos míos tienen y de
dónde los han obtenido. Y me opongo a cualquier tratamiento con fines
comerciales: no quiero que vuelvan a llamarme.

Beatriz Ferrer"""),
("es", "b20-matricula-pagada-materiales", "Liliana Rueda <liliana.rueda@example.com>", "Primer día de clases", "general", "",
"""Buenas tardes, ya pagamos la matrícula de Samuel para primero (nos
llegó el recibo, todo bien con eso). Quería preguntar qué útiles tiene
que llevar el primer día y si el uniforme de educación física es
obligatorio desde la primera semana o se puede conseguir después.
Muchas gracias
Liliana Rueda, mamá de Samuel Ortiz"""),
("es", "b20-mercadillo-solidario-parking", "AAVV Barrio del Carmen <aavv.barriocarmen@example.org>", "Propuesta de colaboración", "general", "",
"""Hola, buenas tardes:

Somos la asociación de vecinos del Barrio del Carmen. Estamos
organizando un mercadillo solidario para el banco de alimentos el
domingo 24 de noviembre y nos preguntábamos si nos dejaríais usar una
parte de vuestro aparcamiento por la mañana, de 9 a 14 h. Nos
encargaríamos de montar, recoger y dejarlo limpio.

Un saludo,
Maite Gil, secretaria"""),
("es", "b20-catalogo-jardin-papel", "Gregorio Sanchís <gregorio.sanchis@example.com>", "Catálogo", "general", "",
"""Buenos días, ¿me podrían enviar por correo postal el catálogo de
jardín de esta temporada? En el ordenador no me aclaro. Mi dirección es
C/ Sant Vicent 18, 46870 Ontinyent (Valencia).
Muchas gracias
Gregorio Sanchís"""),
("es", "b20-envios-a-cozumel", "Abril Cetina <abril.cetina@example.net>", "envíos", "general", "",
"""Hola! hacen envíos a Cozumel? en la página solo me deja poner código
postal de Cancún. Y si sí, ¿cuántos días tardan más o menos? Gracias"""),
("es", "b20-menu-del-dia-intoxicacion", "Sergio Peña <sergio.pena@example.net>", "Menú del jueves", "general", "high",
"""Hola:

El jueves comimos seis compañeros de la oficina el menú del día en
vuestro restaurante (casi todos la ensaladilla y el pollo). Esa noche
cuatro tuvimos vómitos y diarrea, y una compañera acabó en urgencias
con suero; ya está en casa. Los dos que no comieron ensaladilla están
bien.

No escribo para pedir nada, sino para que lo sepáis y reviséis la
ensaladilla de ese día antes de que le pase a más gente.

Sergio Peña"""),
("es", "b20-parque-bolas-tornillo", "Nerea Aguirre <nerea.aguirre@example.com>", "Zona infantil", "general", "high",
"""Hola:

Ayer por la tarde estuvimos en la zona de bolas de vuestro centro de
ocio de Leioa. En el tobogán grande hay un tornillo suelto que sobresale
casi un centímetro justo donde se sientan los críos para tirarse. Mi
hijo se hizo un arañazo en la pierna, nada grave, pero podría darle a
otro en la cara. Se lo dije a la chica de la entrada pero seguía igual
cuando nos fuimos.

Nerea Aguirre"""),
# ---------------- Polish ----------------
("pl", "b20-woda-naliczona-na-szesc-osob", "Halina Wróblewska <halina.wroblewska@example.net>", "Rozliczenie wody - lokal 14", "billing", "",
"""Dzień dobry,

w rozliczeniu za wodę za III kwartał naliczono mi opłatę ryczałtową na
6 osób, a w mieszkaniu nr 14 mieszkamy tylko we dwoje z mężem od 2019
roku. Oświadczenie o liczbie osób składałam w administracji. Kwota do
dopłaty to 412,60 zł, czyli trzy razy więcej niż zwykle.

Proszę o korektę rozliczenia.

Halina Wróblewska
ul. Słoneczna 7/14"""),
("pl", "b20-faktura-na-firme-nip", "Piotr Zalewski <piotr.zalewski@example.org>", "faktura do zamowienia 558120", "billing", "",
"""Dzien dobry,
do zamowienia 558120 (drukarka + 2 tonery) dostalem paragon, a
potrzebuje faktury na firme. Prosze o wystawienie:
ZALPOL Piotr Zalewski
NIP 123-456-78-90
ul. Lipowa 3, 26-600 Radom
Paragon mam, moge odeslac skan.
Pozdrawiam
Piotr Zalewski"""),
("pl", "b20-corka-erasmus-kurs-angielskiego", "Agnieszka Mazur <agnieszka.mazur@example.net>", "Ola Mazur - grupa B2 wtorek/czwartek", "billing", "",
"""Dzień dobry,

Ola dostała się na Erasmusa do Walencji i od lutego będzie w Hiszpanii
do końca czerwca. Na zajęcia w drugim semestrze już więc nie wróci.
Proszę, żeby od lutego nie była naliczana rata za kurs.

Pierwszy semestr oczywiście do końca opłacony.

Pozdrawiam
Agnieszka Mazur"""),
("pl", "b20-pakiet-tv-mniejszy", "Zbigniew Kaczmarek <z.kaczmarek@example.net>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

proszę o zmianę pakietu telewizji z "Komfort" na najmniejszy, "Start".
Kanałów sportowych i filmowych już nikt u nas nie ogląda, syn się
wyprowadził. Internet ma zostać bez zmian. Od kiedy będzie niższa
opłata i ile wyniesie?

Zbigniew Kaczmarek
nr klienta 3300-7781"""),
("pl", "b20-rower-blik-raty", "Kuba Wojciechowski <kuba.wojciechowski@example.org>", "Rower gravel", "billing", "",
"""Hej, chcę zamówić gravela za 4 299 zł. Da się zapłacić BLIKiem na
całość, czy jest jakiś limit kwoty? I czy macie raty 0% bez karty
kredytowej, bo jeśli tak, to wolałbym rozłożyć na 10 rat.
Kuba"""),
("pl", "b20-zadatek-zakopane-ospa", "Monika Sikora <monika.sikora@example.com>", "Rezerwacja 20-27 stycznia", "billing", "",
"""Dzień dobry,

mamy u Państwa rezerwację pokoju rodzinnego na ferie, 20-27 stycznia,
wpłaciliśmy 600 zł zadatku. Niestety młodszy syn właśnie zachorował na
ospę i lekarz mówi, że nie ma mowy o wyjeździe. Czy jest możliwość
przeniesienia zadatku na inny termin (np. marzec), albo zwrotu chociaż
części?

Z pozdrowieniami
Monika Sikora"""),
("pl", "b20-naprawa-ekspres-doplata", "Rafał Jankowski <rafal.jankowski@example.org>", "Naprawa ekranu - zlecenie 7741", "billing", "",
"""Dzień dobry,

przy oddawaniu telefonu do wymiany ekranu dopłaciłem 80 zł za naprawę
ekspresową "do 48 godzin". Telefon był gotowy do odbioru po 9 dniach.
Ekran jest w porządku, naprawa OK, ale skoro ekspresu nie było, proszę
o zwrot tych 80 zł na kartę, którą płaciłem.

Rafał Jankowski"""),
("pl", "b20-pociag-odwolany-zwrot", "Beata Szczepańska <beata.szczepanska@example.net>", "Zwrot za bilet", "billing", "",
"""Dzień dobry, kupiłam przez aplikację bilet na pociąg 18:05 Kraków -
Warszawa na 11.10 (89 zł). Pociąg został odwołany, a zastępczy
przyjechał dopiero o 20:30, więc pojechałam autobusem innego
przewoźnika. Jak mogę dostać zwrot za niewykorzystany bilet? W
aplikacji przycisk "zwróć bilet" jest szary.
Beata Szczepańska"""),
("pl", "b20-odp-antywirus-komputer-na-zlom", "Stanisław Dudek <stanislaw.dudek@example.net>", "Odp: Twoja licencja wkrótce wygaśnie", "billing", "",
"""Dzień dobry,

komputer, na którym był ten program, poszedł na złom po zalaniu, a na
nowym laptopie wnuk zainstalował coś innego. Proszę więc nie
przedłużać i nie pobierać 149 zł z karty.

Stanisław Dudek

> Szanowny Kliencie,
> Twoja licencja na 1 urządzenie wygaśnie 14.11. Aby zachować ochronę,
> nie musisz nic robić - odnowimy ją automatycznie za 149,00 zł."""),
("pl", "b20-karta-podarunkowa-reszta-online", "Natalia Górska <natalia.gorska@example.net>", "Karta podarunkowa", "billing", "",
"""Dzień dobry,

na karcie podarunkowej zostało mi 63,50 zł po zakupach w sklepie w
Katowicach. Czy mogę wykorzystać tę resztę przy zamówieniu w sklepie
internetowym? Nie widzę w koszyku pola na numer karty. A jeśli
zamówienie będzie droższe, to czy mogę dopłacić resztę BLIKiem?

Natalia"""),
("pl", "b20-basen-karnet-dwa-razy", "Marek Olszewski <marek.olszewski@example.org>", "karnet", "billing", "",
"""Dzien dobry, kupilem w piatek przez strone karnet miesieczny na basen
(189 zl) i platnosc przeszla dwa razy, mam dwie takie same kwoty na
koncie. Karnet jest jeden. Prosze o zwrot drugiej platnosci.
Marek Olszewski"""),
("pl", "b20-kaucja-narty-nie-wrocila", "Weronika Pawłowska <weronika.pawlowska@example.org>", "Kaucja - wypożyczalnia Białka", "billing", "",
"""Dzień dobry,

w dniach 3-9 lutego wypożyczałam u Państwa w Białce narty i buty dla
dwóch osób. Przy wypożyczeniu pobrano z karty 800 zł kaucji. Sprzęt
oddaliśmy 9 lutego rano, bez uszkodzeń, pracownik to sprawdził. Minęły
prawie trzy tygodnie, a kaucja dalej jest zablokowana na karcie.

Proszę o jej zwolnienie.

Weronika Pawłowska"""),
("pl", "b20-swiatlowod-cena-po-promocji-kierownik", "Leszek Wasilewski <leszek.wasilewski@example.com>", "Nowa cena internetu - nie zgadzam się", "billing", "high",
"""Dzień dobry,

w umowie z 2023 roku mam zapisane 59 zł miesięcznie przez 24 miesiące.
Od października na fakturze jest 89 zł, bez żadnego aneksu ani
wcześniejszej informacji. Konsultant na infolinii powiedział, że
"promocja się skończyła", co nie jest prawdą, bo umowa kończy się w
przyszłym roku.

Proszę o kontakt kierownika działu obsługi klienta, a nie kolejnego
konsultanta, i o korektę faktury. Tel. 600 000 558.

Leszek Wasilewski"""),
("pl", "b20-biuro-podrozy-odwolana-uokik", "Ewa Kamińska <ewa.kaminska@example.net>", "Wycieczka Kreta 12-19.09 - zwrot 5 800 zł", "billing", "high",
"""Szanowni Państwo,

5 września otrzymałam SMS, że nasza wycieczka na Kretę (12-19.09, 2
osoby, rezerwacja KR-44120) jest odwołana "z przyczyn operacyjnych". Od
tego czasu nie otrzymałam zwrotu wpłaconych 5 800 zł, a jedynie
propozycję vouchera, na który się nie zgadzam.

Zgodnie z ustawą mają Państwo 14 dni na zwrot. Jeżeli pieniądze nie
wpłyną w ciągu 7 dni, złożę skargę do UOKiK i skieruję pozew do sądu.

Ewa Kamińska"""),
("pl", "b20-kurs-online-chargeback", "Kamil Borkowski <kamil.borkowski@example.com>", "Obciazenie 599 zl", "billing", "high",
"""Zapisalem sie na 7 dni darmowego okresu probnego i zrezygnowalem w
aplikacji 5 dnia (mam screena). Mimo to pobraliscie 599 zl za rok.
Na maile nikt nie odpowiada od tygodnia, wiec zlozylem w banku
reklamacje transakcji (chargeback). Prosze o potwierdzenie, ze konto
jest zamkniete i nic wiecej nie zostanie pobrane.
Kamil Borkowski"""),
("pl", "b20-pompa-ciepla-cwu-zimna", "Jarosław Kubiak <jaroslaw.kubiak@example.com>", "Pompa ciepła - brak ciepłej wody", "technical", "",
"""Dzień dobry,

pompa ciepła zamontowana przez Państwa we wrześniu grzeje dom bez
zarzutu, ale od kilku dni nie grzeje ciepłej wody użytkowej. W
zasobniku jest 28 stopni, a zadane mam 50. Na sterowniku co jakiś czas
wyskakuje komunikat E-105 i znika po skasowaniu. Grzałka awaryjna
też nie startuje.

Jarosław Kubiak
Skawina"""),
("pl", "b20-nie-faktura-ebok-logowanie", "Teresa Kowalewska <teresa.kowalewska@example.net>", "Faktura za gaz", "technical", "",
"""Dzień dobry,

nie piszę w sprawie kwoty na fakturze, z fakturą wszystko w porządku.
Problem w tym, że nie mogę jej pobrać, bo nie mogę się zalogować do
e-BOK. Po wpisaniu hasła strona prosi o kod z SMS, ale SMS nie
przychodzi, a po minucie pokazuje "Sesja wygasła". Numer telefonu w
profilu jest aktualny.

Teresa Kowalewska
nr klienta 80011247"""),
("pl", "b20-zmywarka-nie-pobiera-wody", "Dominik Lis <dominik.lis@example.net>", "zmywarka", "technical", "",
"""dzien dobry, zmywarka kupiona u was w marcu od wczoraj nie pobiera
wody. wlacza sie, buczy chwile i po 2 minutach pokazuje blad E1 i
miga kranik. zawor otwarty, waz nie zagiety, filtr przy wezu
wyczyscilem. co jeszcze sprawdzic zanim zamowie serwis?
Dominik"""),
("pl", "b20-kamera-cofania-po-aktualizacji", "Patrycja Król <patrycja.krol@example.com>", "Przegląd 30 tys. km", "technical", "",
"""Dzień dobry,

w zeszły wtorek auto było u Państwa na przeglądzie 30 tys. km i przy
okazji zrobiono aktualizację oprogramowania multimediów. Od tego czasu
kamera cofania pokazuje tylko czarny ekran z napisem "Kamera
niedostępna". Wcześniej wszystko działało. Parkowanie pod blokiem bez
kamery to dla mnie koszmar.

Kiedy mogę podjechać, żeby to poprawić?
Patrycja Król
WX 4471K"""),
("pl", "b20-ekspres-nie-spienia-bez-zwrotu", "Artur Michalski <artur.michalski@example.net>", "Ekspres do kawy", "technical", "",
"""Dzień dobry,

od razu zaznaczę: nie chcę zwrotu pieniędzy ani wymiany na inny model.
Ekspres jest świetny i chcę go zatrzymać, tylko niech działa jak
należy.

Od tygodnia nie spienia mleka. Przy cappuccino leci samo ciepłe mleko
bez piany, z charakterystycznym syczeniem. Spieniacz rozkręciłem i
wyczyściłem według instrukcji, odkamienianie zrobione w poniedziałek.

Artur Michalski"""),
("pl", "b20-aplikacja-biletowa-brak-qr", "Oliwia Jabłońska <oliwia.jablonska@example.org>", "Bilet w aplikacji", "technical", "",
"""Dzień dobry,

od wczoraj aplikacja nie pokazuje mi kodu QR biletu miesięcznego. Bilet
jest opłacony i widać go na liście jako "aktywny", ale po kliknięciu
"pokaż bilet" jest tylko kręcące się kółko. Wczoraj kontroler na
szczęście uwierzył mi na słowo, ale dziś może nie być tak miło.
iPhone 12, aplikacja zaktualizowana.

Oliwia"""),
("pl", "b20-telewizor-dekoder-po-burzy", "Henryk Szymański <henryk.szymanski@example.com>", "Telewizor", "technical", "",
"""Dzień dobry,

po wczorajszej burzy telewizor nie widzi dekodera. Na ekranie jest
napis "Brak sygnału HDMI 1". Dekoder się świeci na niebiesko, sam
telewizor działa, bo aplikacje w nim chodzą. Odłączałem wszystko z
prądu na pół godziny i przekładałem kabel do drugiego gniazda HDMI.
Nic to nie dało.

Henryk Szymański"""),
("pl", "b20-odp-lodowka-alarm-zamrazarka", "Karolina Wójcik <karolina.wojcik@example.net>", "Odp: Zgłoszenie 2231 - lodówka", "technical", "",
"""Dzień dobry,

zrobiłam wszystko, co Pan pisał: wyłączyłam na 10 minut z gniazdka i
odsunęłam od ściany. Lodówka znowu piszczy co kilkanaście minut, na
wyświetlaczu miga H1, a w zamrażarce jest -8 zamiast -18. Jedzenie
przełożyłam do sąsiadki.

Karolina Wójcik

pt., 11 paź 2024 o 14:05 Serwis <serwis@agd.example> napisał(a):
> Dzień dobry,
> prosimy odłączyć urządzenie od zasilania na 10 minut i zostawić min.
> 5 cm odstępu od ściany. Jeżeli alarm się powtórzy, prosimy o
> informację.
> Pozdrawiamy, Michał"""),
("pl", "b20-klucz-sprzetowy-zgubiony", "Sklep Pracownia Lniana <kontakt@pracownialniana.example>", "Dostęp do panelu", "technical", "",
"""Dzień dobry,

zgubiłam klucz sprzętowy, którym potwierdzałam logowanie do panelu
sklepu, a drugiego nie dodałam (wiem, błąd). Nic się nie pali - mam
urlop do poniedziałku, a zamówienia i tak wysyłam dopiero po powrocie -
ale jak mogę odzyskać dostęp i dodać nowy klucz?

Joanna Sowa
Pracownia Lniana"""),
("pl", "b20-falownik-offline-w-aplikacji", "Wojciech Baran <wojciech.baran@example.org>", "Fotowoltaika - brak danych", "technical", "",
"""Dzień dobry,

od 6 dni aplikacja pokazuje falownik jako "offline" i nie ma żadnych
danych o produkcji. Na samym falowniku dioda miga na pomarańczowo. Po
zmianie routera (operator wymienił) wpisałem nowe hasło Wi-Fi tak, jak
w instrukcji, ale nic się nie zmieniło. Nie wiem nawet, czy instalacja
produkuje prąd.

Wojciech Baran"""),
("pl", "b20-gniazdko-lazienka-kopnal-prad", "Sylwia Grabowska <sylwia.grabowska@example.net>", "Montaż pralki 14.10", "technical", "high",
"""Dzień dobry,

w poniedziałek Państwa monter podłączył nam nową pralkę w łazience.
Dziś, wyjmując pranie, dotknęłam jednocześnie obudowy pralki i kranu i
poczułam wyraźne kopnięcie prądu w rękę. Nic mi nie jest, ale
wyłączyłam pralkę i bezpiecznik w łazience i na razie tak zostaje.

Proszę o przyjazd kogoś, kto to sprawdzi. Mamy w domu dwoje małych
dzieci.

Sylwia Grabowska
tel. 600 000 417"""),
("pl", "b20-kino-kasy-bez-sprzedazy", "Kino Mewa <kierownik@kinomewa.example>", "system sprzedaży", "technical", "high",
"""Dzień dobry,

od 16:30 ani kasa, ani strona nie sprzedają biletów, a czytniki przy
wejściu nie przyjmują biletów kupionych wcześniej. Seans o 18:00 nie
wystartował, w holu stoi ponad sto osób, część już żąda zwrotu
pieniędzy, a o 19:00 mamy pełną salę na premierze. Restart serwera w
kasie nic nie dał.

Prosimy o pilny telefon: 58 000 44 71.

Kino Mewa, Sopot"""),
("pl", "b20-blok-bez-cieplej-wody", "Zarząd Wspólnoty Leśna 12 <zarzad.lesna12@example.com>", "Leśna 12 - trzeci dzień", "technical", "high",
"""Dzień dobry,

już trzeci dzień cały blok przy Leśnej 12 (60 mieszkań) jest bez ciepłej
wody i bez ogrzewania. W węźle cieplnym świeci się czerwona lampka
"awaria". Starsi mieszkańcy grzeją wodę w garnkach, a w nocy jest
kilka stopni. Dwa zgłoszenia telefoniczne przyjęto, ale nikt nie
przyjechał.

Prosimy o przysłanie ekipy jeszcze dziś.

W imieniu Zarządu Wspólnoty
Danuta Kołodziej"""),
("pl", "b20-szlaban-osiedle-kierownik", "Rafał Cieślak <rafal.cieslak@example.net>", "Szlaban na osiedle Zielone Tarasy - trzecie zgłoszenie", "technical", "high",
"""Dzień dobry,

szlaban wjazdowy, który Państwa firma serwisuje na naszym osiedlu, od
dwóch tygodni stoi na stałe podniesiony. Piloty mieszkańców nie działają,
a na parkingu stają obce samochody. Zgłaszaliśmy to już dwa razy,
serwisant był, "zresetował" i po godzinie było to samo.

Żądam rozmowy z kierownikiem serwisu, a nie z kolejnym konsultantem,
i konkretnego terminu naprawy.

Rafał Cieślak
administrator osiedla, tel. 600 000 902"""),
("pl", "b20-podziekowanie-tort-hotel", "Magdalena Zając <magdalena.zajac@example.com>", "Podziękowanie", "general", "",
"""Dzień dobry,

chcieliśmy bardzo podziękować obsłudze hotelu w Międzyzdrojach. Przy
rezerwacji wspomniałam tylko mimochodem, że córka będzie obchodzić u
Was 10. urodziny, a wieczorem kelnerzy przynieśli jej mały tort ze
świeczkami i zaśpiewali "Sto lat". Była zachwycona, opowiada o tym
wszystkim.

Jeszcze raz dziękujemy, na pewno wrócimy.
Magda, Tomek i Zuzia"""),
("pl", "b20-biblioteka-godziny-swieta", "Jan Kalinowski <jan.kalinowski@example.org>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy biblioteka na Ochocie będzie otwarta w Wigilię i
między świętami a Nowym Rokiem? Chcę oddać książki i wypożyczyć coś na
wolne dni.
Jan Kalinowski"""),
("pl", "b20-kurtka-autobus-175", "Adrian Nowak <adrian.nowak@example.com>", "zgubiona kurtka", "general", "",
"""dzien dobry zostawilem kurtke w autobusie linii 175 dzis kolo 7:40,
jechalem z dworca na lotnisko. czarna, puchowa, w kieszeni klucze z
brelokiem legii. czy ktos ja oddal? gdzie jest biuro rzeczy
znalezionych?
Adrian
600 000 113"""),
("pl", "b20-zmiana-maila-korespondencja", "Grażyna Michalak <grazyna.michalak@example.net>", "Nowy adres e-mail", "general", "",
"""Dzień dobry,

proszę o zmianę adresu e-mail do korespondencji na
grazyna.michalak@example.com (ten, z którego piszę). Stary adres na
poczcie z pracy przestanie działać z końcem miesiąca, bo przechodzę na
emeryturę. Dane do płatności i numer konta się nie zmieniają.

Grażyna Michalak
nr klienta 44120-0913"""),
("pl", "b20-rodo-jakie-dane", "Łukasz Pietrzyk <lukasz.pietrzyk@example.net>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, w jakim celu, komu zostały udostępnione i jak
długo będą przechowywane, oraz o kopię tych danych.

Łukasz Pietrzyk"""),
("pl", "b20-wycieczka-szkolna-legitymacja", "Iwona Czerwińska <iwona.czerwinska@example.org>", "Wycieczka 4b do Torunia", "general", "",
"""Dzień dobry,

za wycieczkę syna (klasa 4b, Toruń 22 maja) zapłaciłam już kartą przez
Państwa stronę, potwierdzenie przyszło, wszystko w porządku. Mam tylko
pytanie: czy dzieci muszą mieć ze sobą legitymacje szkolne, np. do
planetarium albo na bilety ulgowe? I o której jest planowany powrót
pod szkołę?

Iwona Czerwińska"""),
("pl", "b20-dzien-zawodow-szkola", "Szkoła Podstawowa nr 5 w Lesznie <sekretariat@sp5-leszno.example>", "Dzień Zawodów - zaproszenie", "general", "",
"""Szanowni Państwo,

28 marca organizujemy w naszej szkole Dzień Zawodów dla uczniów klas
7-8. Bardzo chcielibyśmy gościć przedstawiciela Państwa firmy, który w
20-30 minut opowiedziałby dzieciom o pracy w logistyce. Zapewniamy
salę i rzutnik.

Czy byliby Państwo zainteresowani?

Z poważaniem
Anna Wieczorek, pedagog szkolny"""),
("pl", "b20-karma-dostepnosc-opole", "Ewelina Kozłowska <ewelina.kozlowska@example.org>", "Karma dla kota", "general", "",
"""Dzień dobry, czy w sklepie w Opolu przy Ozimskiej jest karma dla kotów
sterylizowanych w workach 10 kg? Na stronie pokazuje "dostępność w
sklepie: sprawdź", a telefon nikt nie odbiera. Chcę podjechać jutro.
Ewelina"""),
("pl", "b20-kurier-telefon-wczesniej", "Robert Szewczyk <robert.szewczyk@example.net>", "dostawa", "general", "",
"""Dzien dobry, pracuje na nocne zmiany i w dzien spie. Czy kurier z
paczka do zamowienia 771203 moze zadzwonic pol godziny przed
przyjazdem? Wtedy zejde na dol. Dzwonek do domofonu mam wylaczony.
Dzieki
Robert"""),
("pl", "b20-chleb-kawalek-drutu", "Krystyna Adamska <krystyna.adamska@example.net>", "Chleb żytni z Waszej piekarni", "general", "high",
"""Dzień dobry,

wczoraj w chlebie żytnim na zakwasie, kupionym w Państwa piekarni przy
ul. Długiej, mąż znalazł w kromce kawałek drutu długości około 2 cm.
Na szczęście wyczuł go w ustach, zanim połknął. Drut i resztę chleba
mam odłożone.

Nie chodzi mi o pieniądze. Proszę sprawdzić, skąd to się wzięło, zanim
trafi na kogoś, kto go połknie, np. na dziecko.

Krystyna Adamska"""),
("pl", "b20-ochroniarz-torebka-corki-kierownik", "Mariusz Jasiński <mariusz.jasinski@example.com>", "Zachowanie ochrony w sklepie w Rzeszowie", "general", "high",
"""Dzień dobry,

w sobotę ok. 15:00 ochroniarz w Waszym sklepie w Rzeszowie zatrzymał
moją 15-letnią córkę przy wyjściu i na oczach innych klientów
przeszukał jej torebkę, twierdząc, że "coś schowała". Niczego nie
znalazł. Nie przeprosił, a córka wróciła do domu z płaczem.

Żądam kontaktu od kierownika sklepu i wyjaśnienia, na jakiej podstawie
to zrobiono.

Mariusz Jasiński
tel. 600 000 284"""),
]
