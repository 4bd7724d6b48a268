# batch101.py -- labelled mails held out of the tree until the rules it
# measures are final: written before those rules are settled and kept apart
# from gen.py, so that nothing is tuned or trained on them until they are
# wired in.  Businesses drawn mostly from music (music schools, piano
# tuners, instrument rental and repair, recording studios, choir and
# orchestra subscriptions, concert halls) and farming (agricultural
# supplies, tractor dealers, seed and plant nurseries, beekeeping
# suppliers, tree surgeons, landscapers, irrigation).  The failure classes
# in new situations -- escalation demands that keep their topic, legal
# threats and chargebacks, negations, Greeklish, subjects that say nothing
# or something else, replies quoting an earlier mail, paid plans ended or
# paused in other words, business outages told by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  40 mails in each of en, el, es, pl.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b101-cello-rental-gave-up", "Harriet Cole <harriet.cole@example.co.uk>", "Cello", "billing", "",
"""Hello,

I'm afraid Isla has decided the cello isn't for her after all (she wants
to do drama instead, of course). We rent the 3/4 size from you at 18.50 a
month. Please stop the payments from the end of this month. Can I drop it
back at the Headingley shop or does it have to be posted?

Many thanks,
Harriet Cole"""),
("en", "b101-piano-tuning-taken-twice", "Declan Fahy <declan.fahy@example.ie>", "Tuning on the 14th", "billing", "",
"""Hi there,

Your tuner Gerry came out on the 14th to do the upright and did a grand
job. I paid him by card on the doorstep, 95 euro, but when I looked at
the bank app this morning it's gone out twice, both on the same day.
Could you check it and send back the second one?

Thanks a million,
Declan"""),
("en", "b101-choir-husband-passed", "Mrs Jean Whitaker <jean.whitaker@example.org.uk>", "My husband Ronald", "billing", "",
"""Dear Sir or Madam,

I am writing to let you know that my husband Ronald Whitaker passed away
in March. He sang bass with the Chorale for over thirty years and it was
the joy of his week. His membership is paid by standing order from our
joint account, 12 pounds each month. I would be grateful if you could
stop this and tell me if I need to write to the bank as well.

Please thank the members for the lovely flowers.

Yours faithfully,
Jean Whitaker"""),
("en", "b101-re-studio-quote-split-deposit", "Tyler Brooks <tyler@sunsetmotel-band.example>", "Re: Booking quote - 3 day tracking session", "billing", "",
"""Hey Maria,

Thanks for this. The dates work for us. Any chance we can split the
deposit - $400 now and the other $400 on the first day of the session?
Two of the guys don't get paid till the 1st.

Tyler

On Wed, May 8, 2024 at 10:17 AM, Maria Ruiz <bookings@bluedoor-studio.example> wrote:
> Hi Tyler,
>
> Here's the quote for 3 days in Studio A, June 12-14, with engineer:
> $2,400 total. We ask for a $800 deposit to hold the dates, balance due
> on the last day.
>
> Cheers,
> Maria"""),
("en", "b101-seed-potatoes-vat-invoice", "Accounts <accounts@hollinsfarm.example>", "Seed potato order SP-20931", "billing", "",
"""Good morning,

Could you please send a proper VAT invoice for our seed potato order
SP-20931 (2 tonnes Maris Piper, delivered 19 Feb)? We only received a
delivery note and our accountant needs the invoice with your VAT number
for the quarter.

Invoice to: Hollins Farm Partnership, Hollins Lane, Garstang, PR3 1XX.

Kind regards,
Sue Hollins"""),
("en", "b101-tractor-finance-payout", "Bruce McKenzie <bruce.mckenzie@example.com.au>", "Finance on the 5075E", "billing", "",
"""G'day,

Bought the 5075E off you in 2022 on your 5 year finance. Had a good
season so I'd like to pay out what's left on it. Can someone tell me the
payout figure as at end of the month and whether there's a fee for
paying early?

Cheers
Bruce McKenzie
Wagga Wagga"""),
("en", "b101-hive-bought-two-need-one", "Gareth Pugh <gareth.pugh@example.co.uk>", "National hive", "billing", "",
"""Hi, I managed to order the National hive flat-pack twice (orders 30412
and 30415) - must have double clicked. I only need the one. The second
box hasn't been opened. How do I send it back and get the 189 back?"""),
("en", "b101-guitar-not-faulty-too-big", "Melissa Ford <melissa.ford@example.com>", "Acoustic guitar for my son", "billing", "",
"""Hi,

Just to be clear, nothing is wrong with the guitar, it sounds lovely.
The problem is my son is 9 and it's a full size, and his teacher says
he needs a 3/4. Can I return it for a refund, or swap it for the smaller
one and get the difference back? It's been in the box apart from one
try.

Melissa"""),
("en", "b101-hello-sibling-concession", "Ramesh Iyer <ramesh.iyer@example.in>", "Hello", "billing", "",
"""Hello Sir/Madam,

My elder daughter is already learning Carnatic vocal at your Indiranagar
branch. Now the younger one also wants to join for keyboard from June.
Kindly let me know is there any concession in fees for second child,
and whether the term fee of Rs 9,500 can be paid in two parts.

Thanks and regards,
Ramesh Iyer"""),
("en", "b101-colonies-lost-feed-boxes", "Alan Pritchard <alan.pritchard@example.co.uk>", "Spring feed boxes", "billing", "",
"""Hello,

Sad news from the apiary - both my colonies went into winter strong but
neither made it through. I'm not going to start again this year, so
please don't send the spring feed and treatment boxes I signed up for,
and don't take the 34 pounds on the 1st.

Hopefully next year.
Alan"""),
("en", "b101-concert-cancelled-dispute", "Jenna Walsh <jenna.walsh@example.com>", "Refund for cancelled show - last warning", "billing", "high",
"""Hi,

I bought 4 tickets ($312 total incl. fees) for the Harbor Lights show on
April 27 at your venue. The show was cancelled that afternoon. Your
email said refunds would be processed "within 10 business days". It has
now been five weeks, and I've written three times.

If the full $312 is not refunded by Friday I will file a dispute with my
credit card company. I have the cancellation email saved.

Jenna Walsh
Portland, OR"""),
("en", "b101-tree-surgeon-invoice-small-claims", "Richard Ambrose <richard.ambrose@example.co.uk>", "Invoice 2207", "billing", "high",
"""Dear Mr Hargreaves,

Your written quote for reducing the two oaks and removing the leylandii
hedge at our property was 650 pounds plus VAT. Your invoice 2207 is for
980 plus VAT, with 330 added for "additional waste removal" that nobody
discussed with us.

I am happy to pay the quoted amount and will do so today. I will not pay
the extra 330. If you pursue it, or if I do not receive a corrected
invoice within 14 days, I will take the matter to the small claims court.

Richard Ambrose"""),
("en", "b101-landscaper-deposit-manager", "Kylie Tran <kylie.tran@example.com.au>", "Deposit paid in Feb, still no start date", "billing", "high",
"""Hi,

We paid a $4,500 deposit in February for the retaining wall and drip
irrigation job at our place in Narre Warren. We were told work would
start in April. It's now June, nobody has turned up, and your site
manager has stopped answering my calls.

Either give me a firm start date in writing this week or refund the
deposit. I want to speak to the owner or a manager, not the office
inbox.

Kylie Tran
0400 000 718"""),
("en", "b101-order-48213-cheque", "Arthur Denby <a.denby@example.org.uk>", "Order 48213", "billing", "",
"""Dear Sirs,

My grandson placed the above order for me on your website (six bare root
apple trees and stakes) but I do not have a bank card. May I pay by
cheque, and if so to whom should it be made out and where do I post it?

Yours sincerely,
A. Denby"""),
("en", "b101-digital-piano-middle-c", "Fiona Lennox <fiona.lennox@example.co.uk>", "Digital piano", "technical", "",
"""Hi,

The digital piano we bought from you in September has developed a
fault - the D just above middle C plays really loud whatever you do,
even when you barely touch it. All the other keys are fine. It's a bit
of a problem as that's the note my daughter plays most!

Fiona"""),
("en", "b101-app-crash-not-billing", "Ananya Sharma <ananya.sharma@example.in>", "Practice log app", "technical", "",
"""Hi team,

This is not regarding fees or payment, those are all fine. The issue is
the practice log app - every time my son opens it to record his
practice, it crashes back to the home screen. We are on Android 14,
Samsung phone. Already uninstalled and installed again. His teacher
checks the log every week so he is worried.

Regards,
Ananya"""),
("en", "b101-studio-stems-link-error", "Marcus Bell <marcus.bell@example.com>", "can't get our stems", "technical", "",
"""yo - the download link you guys sent for our mix stems gives "Access
denied" on every browser I try. Tried it on my phone too. Session was
last Thursday, band is "Low Orbit". Can you resend or reset it?"""),
("en", "b101-irrigation-zone-3", "Pete Dawson <pete.dawson@example.com.au>", "Controller zone 3", "technical", "",
"""Hi,

The 6 station controller you put in for us in spring runs zones 1, 2, 4,
5 and 6 fine but zone 3 (back lawn) never comes on. It shows it running
on the screen, counts down the minutes, but no water. If I open the
solenoid by hand with the little lever it sprays fine.

Pete"""),
("en", "b101-tractor-linkage-drops", "Seamus Kiely <seamus.kiely@example.ie>", "Hydraulics", "technical", "",
"""Hi lads,

The rear linkage on the tractor we bought off ye in March lets down
slowly when there's weight on it - the topper ends up on the ground
overnight and even while I'm driving across a field it sinks a good few
inches. Oil level is fine. Is this something I can adjust or will it
have to come in?

Seamus Kiely
Bandon"""),
("en", "b101-re-pedal-still-squeaks", "Helen Crabtree <helen.crabtree@example.co.uk>", "Re: Your piano service on 3 May", "technical", "",
"""Hello Tom,

The tuning is lovely, thank you. But I'm afraid the right pedal is still
squeaking - if anything it's louder since the visit. Could you pop back
when you're next in Harrogate?

Helen

On Fri, 3 May 2024 at 17:40, Tom Ashby <tom@ashbypianos.example> wrote:
> Dear Mrs Crabtree,
>
> Thank you for having me today. Your Bechstein is tuned to A440, and I
> have lubricated the sustain pedal mechanism, which should cure the
> squeak.
>
> Best wishes,
> Tom Ashby"""),
("en", "b101-question-hive-scale", "Owen Rhys <owen.rhys@example.co.uk>", "Question", "technical", "",
"""Quick one - the hive scale I bought last month stopped sending weights
to the app on Sunday. The little light on the unit is still blinking
green. I've swapped the batteries. Any ideas?"""),
("en", "b101-choir-portal-reset-email", "Priya Menon <priya.menon@example.co.uk>", "Members area login", "technical", "",
"""Hello,

I can't get into the members' area to download the rehearsal tracks for
the Brahms. I clicked "forgot password" four times but the reset email
never arrives - not in spam either. My address hasn't changed.

Thank you,
Priya (alto 2)"""),
("en", "b101-amp-smoke-calm", "Jonathan Reeve <jonathan.reeve@example.co.uk>", "Practice amp", "technical", "high",
"""Hello,

I'll keep this short. The 30W practice amp I bought from your Leeds shop
in January started crackling during practice yesterday evening and then
a thin line of smoke came out of the back vent, with a hot electrical
smell. I switched it off at the wall straight away and it's now in the
garage. My son uses it, so I'd rather not plug it in again.

What's the next step?

Jonathan Reeve"""),
("en", "b101-hedge-trimmer-battery", "Shane O'Connor <shane.oconnor@example.com.au>", "Battery", "technical", "high",
"""Hi,

The 4Ah battery for the cordless hedge trimmer got really hot on the
charger this arvo, too hot to pick up, and now the case has puffed up
on one side. It's sitting outside on the concrete away from the shed.
I've got two more of the same batteries, bought at the same time. Are
they safe to use?

Shane"""),
("en", "b101-concert-hall-scanners", "Front of House <foh@riverside-hall.example>", "Box office", "technical", "high",
"""We have 1,100 people arriving for a 7.30 concert and none of the
handheld scanners at the doors will read the tickets - they all say
"Cannot reach server". The box office screen won't print either. The
queue is already down the street and it's starting to rain. We're
letting people in by hand against a printed list, which is very slow.

Please call the duty manager, Claire, on 0113 496 0219 now.

Riverside Hall"""),
("en", "b101-nursery-irrigation-offline", "Dave Kowalski <dave@greenleafgrowers.example>", "Controllers offline since 4am", "technical", "high",
"""All 14 greenhouse irrigation controllers at our site have shown
"offline" in your dashboard since about 4am. They didn't run the morning
cycles. It's 96 degrees out today and we've got around 60,000 plug
trays of annuals that are already flagging. I've got staff hand-watering
with hoses but we can't keep up.

Power and internet at the site are fine. Need someone on this right
away - 555-0148.

Dave Kowalski
Greenleaf Growers, Lancaster PA"""),
("en", "b101-tractor-regen-escalate", "Tom Beckett <tom.beckett@example.co.uk>", "Third time - DPF fault", "technical", "high",
"""This is now the third time the tractor has gone into limp mode with a
DPF regeneration fault since it was "fixed" in your workshop. Each time
it's been collected, kept for a week, and returned with the same fault
within days. We're into silage and I'm having to hire a machine in.

I don't want another appointment with the same workshop. I want this
escalated to your service manager, or above him if needed, and a call
from someone who can decide what happens next.

Tom Beckett
Lower Farm, Shepton Mallet"""),
("en", "b101-thanks-piano-teacher", "Caroline Hughes <caroline.hughes@example.co.uk>", "Mrs Albright", "general", "",
"""Dear all,

I just wanted to say thank you to Mrs Albright. My son passed his Grade 5
piano with a distinction last week, which none of us expected after the
year he's had. She has been so patient with him, especially on the
Tuesdays when he turned up tired and grumpy.

Please pass this on to her.

Warm regards,
Caroline Hughes"""),
("en", "b101-lost-scarf-hall", "Maeve Doherty <maeve.doherty@example.ie>", "Left behind on Saturday", "general", "",
"""Hi, I think I left a green wool scarf under my seat (row K, around seat
14, stalls) at the Saturday evening concert. It was my mother's so I'd
love to get it back. Has anyone handed one in?
Maeve"""),
("en", "b101-nursery-easter-monday", "Bob Harding <bob.harding@example.co.uk>", "Easter Monday", "general", "",
"""Are you open on Easter Monday? And do you still do the tea room?"""),
("en", "b101-feed-second-gate", "Colm Brennan <colm.brennan@example.ie>", "Delivery Thursday", "general", "",
"""Hi,

For the pallet of calf nuts coming Thursday, please tell the driver not
to come up to the house - the lane is too narrow for the lorry. Leave it
inside the second gate on the left, by the round feeders. Gate will be
open.

Colm"""),
("en", "b101-season-ticket-new-address", "Geoffrey Lam <geoffrey.lam@example.co.uk>", "Change of address", "general", "",
"""Good afternoon,

We have moved house. Could you update the address on our two season
ticket memberships (account 77104) to:

12 Cherry Tree Close
Solihull B91 3XX

Email and phone stay the same.

Thank you,
Geoffrey Lam"""),
("en", "b101-data-request-music-school", "Daniel Price <daniel.price@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am asking for a copy of all personal data you hold
about me and my daughter, Ella Price, who took violin lessons with you
from 2019 to 2023. This includes any notes, recordings and emails.

Please confirm receipt.

Daniel Price"""),
("en", "b101-young-farmers-sponsor", "Lucy Mellor <secretary@dalesyfc.example>", "Sponsorship for our rally", "general", "",
"""Hi,

I'm secretary of Dales Young Farmers Club. We're holding our county
rally on 20 July and are looking for local businesses to sponsor one of
the competitions (stock judging, tug of war, etc.). Sponsors get a
banner on the day and a mention in the programme.

Would your dealership be interested? Happy to send more details.

Lucy Mellor"""),
("en", "b101-adult-grade-exams", "Sunita Rao <sunita.rao@example.com>", "Exams", "general", "",
"""Hi, I'm 52 and I've been learning clarinet for a year with Mr Dowd.
Is it possible for adults to sit graded exams through the school, and
when are the next exam dates? I'm nervous but would like to try."""),
("en", "b101-paid-pear-trees-when", "Nick Sampson <nick.sampson@example.co.uk>", "Bare root pears", "general", "",
"""Hiya,

Paid for three bare root pear trees back in October (order 51877). The
site said they ship when the season starts. Do you know roughly when
that'll be? I need to have the holes dug and I'm away the second week of
December.

Nick"""),
("en", "b101-band-killed-it", "Keith Morrow <keith.morrow@example.co.uk>", "Friday night", "general", "",
"""Just a quick note to say the big band absolutely killed it on Friday.
My ears are still ringing and my wife wants to go again next month.
Best night out we've had in ages. Well done to all of them and to the
bar staff, who were run off their feet but stayed cheerful."""),
("en", "b101-urgent-oboe-reeds", "Jess Kirby <jess.kirby@example.com>", "URGENT!!!", "general", "",
"""URGENT - do you have medium oboe reeds in stock at the shop on
Saturday morning??? my daughter has her audition on Monday and has
used her last good one!! what time do you open?"""),
("en", "b101-rude-parts-counter-manager", "Graham Fuller <graham.fuller@example.co.uk>", "Your parts counter at Thirsk", "general", "high",
"""Sir,

I came to your Thirsk depot on Tuesday to ask about a part on order. The
man on the parts counter (bald, grey fleece) talked over me, called me
"love" when I asked him not to, and told me to "go and ask my husband"
when I said I didn't have the machine's serial number to hand. I have
run this farm for twenty-two years.

I want to hear from the branch manager personally about this. I will
not be coming back to that counter otherwise.

Margaret Fuller
(writing from my husband's address)"""),
("en", "b101-balcony-rail-loose", "Peter Hawes <peter.hawes@example.co.uk>", "Balcony handrail", "general", "high",
"""Good morning,

I don't want to make a fuss but I think someone should look at it
before Saturday. At Thursday's concert the handrail at the front of the
upper balcony, on the left side near the steps down to row B, was very
loose - it moved a good couple of inches when I put my hand on it. It is
a long drop to the stalls and there were children in that row.

Peter Hawes"""),
# ---------------- Greek ----------------
("el", "b101-gl-kithara-stamatise-didaktra", "Sofia Karra <sofia.karra@example.gr>", "ma8hmata kitharas", "billing", "",
"""Kalhspera sas,

o mikros mou (Nikolas, Triti 5:00 me ton k. Stratho) apofasise oti
telika 8elei mpasket kai oxi ki8ara... :( Opote apo ton Iounio na mhn
xrewnetai pleon h karta me ta 45 eyrw to mhna. To organo einai diko mas,
den xrwstame kati allo nomizw.

Eyxaristw polu gia ola,
Sofia"""),
("el", "b101-diplh-xrewsh-kourdisma", "Ευάγγελος Μπαλτάς <evangelos.baltas@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλημέρα σας,

Την Πέμπτη ήρθε ο κουρδιστής σας για το όρθιο πιάνο της κόρης μου στο
Παγκράτι. Πλήρωσα 70 ευρώ με κάρτα στο POS που είχε μαζί του. Στην
κίνηση του λογαριασμού βλέπω δύο χρεώσεις των 70 ευρώ την ίδια ώρα.
Παρακαλώ επιστρέψτε τη δεύτερη.

Ευάγγελος Μπαλτάς"""),
("el", "b101-timologio-lipasmata-afm", "Αγροτικα Εφοδια Τσιρογιαννη <info@tsirogiannis-agro.example>", "Τιμολογιο για τα λιπασματα", "billing", "",
"""Καλημερα,

Για την παραγγελια 8812 (40 σακια λιπασμα 20-10-10 που παραλαβαμε την
Τριτη) μας κοψατε αποδειξη λιανικης. Χρειαζομαστε τιμολογιο στο ονομα
του παραγωγου για την επιστροφη ΦΠΑ:

Τσιρογιαννης Αποστολος
ΑΦΜ 000000000, ΔΟΥ Λαρισας
Γιαννουλη, Λαρισα

Ευχαριστω,
Αποστολης"""),
("el", "b101-gl-melissokomikh-stolh-megethos", "Thodoris L. <thodoris.l@example.gr>", "stolh", "billing", "",
"""geia sas, phra thn melissokomikh stolh me th maska se XL alla mou einai
terasia, mou peftei apo pantou. Mporw na thn allaksw me L h M? Den thn
exw foresei, einai sth sakoula. An yparxei diafora sthn timh pws thn
plhrwnw h mou thn epistrefete?
Thodoris"""),
("el", "b101-syndromi-orxistras-pateras", "Ιουλία Ραφαηλίδου <ioulia.rafailidou@example.gr>", "Η συνδρομή του πατέρα μου", "billing", "",
"""Αγαπητοί κύριοι,

Σας γράφω για τη συνδρομή διαρκείας του πατέρα μου, Κωνσταντίνου
Ραφαηλίδη, στους κύκλους της Συμφωνικής. Ο πατέρας μου έφυγε από τη ζωή
τον περασμένο μήνα. Η συνδρομή πληρώνεται σε μηνιαίες δόσεις των 38
ευρώ από την κάρτα του, την οποία θα κλείσουμε.

Θα ήθελα να μάθω πώς διακόπτεται και αν οι υπόλοιπες συναυλίες της
σεζόν μπορούν να επιστραφούν ή να μεταφερθούν στη μητέρα μου, που
πήγαινε πάντα μαζί του.

Με εκτίμηση,
Ιουλία Ραφαηλίδου"""),
("el", "b101-doseis-trakter-karta", "Στέργιος Παπαναστασίου <stergios.papanastasiou@example.gr>", "Τρακτέρ 75 ίππων - πληρωμή", "billing", "",
"""Καλησπέρα,

Ενδιαφέρομαι για το μεταχειρισμένο τρακτέρ 75 ίππων που έχετε στην
αντιπροσωπεία στα Τρίκαλα (28.500 ευρώ). Θα ήθελα να ρωτήσω αν γίνεται
να δώσω προκαταβολή τώρα και το υπόλοιπο όταν μπει η ενιαία ενίσχυση
τον Δεκέμβρη, ή αν έχετε δόσεις μέσω τράπεζας και με τι επιτόκιο.

Στέργιος"""),
("el", "b101-gl-erwthsh-iris-stoudio", "Alekos Z. <alekos.z@example.gr>", "Erwthsh", "billing", "",
"""Geia! Gia to session ths Kyriakhs (4 wres, provlepsh 160e) mporw na
plhrwsw me IRIS sto kinhto h 8elete mono metrhta/karta ekei? Kai 8elete
prokatavolh gia na kleisei h wra?"""),
("el", "b101-re-prosfora-klademata-elies", "Χαρίκλεια Μανωλάκη <chariklia.manolaki@example.gr>", "Re: Προσφορά για κλάδεμα", "billing", "",
"""Καλημέρα κ. Βρεττάκο,

Σας ευχαριστώ για την προσφορά. Αν κάνετε την ίδια μέρα και τις δύο
λεμονιές και τη μεγάλη συκιά δίπλα στην αποθήκη, μπορείτε να μας κάνετε
μια καλύτερη τιμή για το σύνολο; Και πληρώνεται με κατάθεση;

Χαρίκλεια Μανωλάκη

Στις 12/3/2024 9:40 π.μ., ο/η Δενδροκομική Βρεττάκος <info@vrettakos-dendra.example> έγραψε:
> Αξιότιμη κα Μανωλάκη,
>
> Για το κλάδεμα των 22 ελαιόδεντρων στο κτήμα σας στη Μεσσήνη και την
> απομάκρυνση των κλαδιών, το κόστος ανέρχεται σε 640 ευρώ πλέον ΦΠΑ.
>
> Με εκτίμηση,
> Γ. Βρεττάκος"""),
("el", "b101-den-thelo-lefta-violi-megethos", "Δέσποινα Κυριακίδου <despoina.kyriakidou@example.gr>", "Βιολί 3/4", "billing", "",
"""Καλησπέρα σας. Δεν θέλω επιστροφή χρημάτων, το βιολί είναι πολύ ωραίο.
Η καθηγήτρια όμως είπε ότι η κόρη μου μεγάλωσε και χρειάζεται πλέον 4/4.
Το αγοράσαμε πριν ένα μήνα από εσάς. Μπορώ να το φέρω πίσω και να πάρω
το 4/4 πληρώνοντας τη διαφορά;

Δέσποινα"""),
("el", "b101-gl-melissia-xa8hkan-trofh", "Babis Tzoumakas <babis.tz@example.gr>", "syndromh trofhs", "billing", "",
"""Kalhmera. Ta 12 melissia mou den vgalane ton xeimwna, ta xtuphse h
varroa kai ta ypoloipa h kakokairia. Den tha ksanavalw fetos. Opote
stamathste thn apostolh ths zaxarhs kai tou kekous ka8e mhna (htan
55 eyrw) kai mhn me xrewsete allo.
Xaralambos Tzoumakas, Arkadia"""),
("el", "b101-synaylia-akyrosi-synigoros", "Μιλτιάδης Σαρρής <miltiadis.sarris@example.gr>", "Ακυρωμένη συναυλία - επιστροφή χρημάτων", "billing", "high",
"""Κύριοι,

Αγόρασα τέσσερα εισιτήρια (4 x 35 = 140 ευρώ) για τη συναυλία της 18ης
Μαΐου στο θέατρο σας, η οποία ακυρώθηκε δύο ώρες πριν την έναρξη. Μας
ενημερώσατε ότι θα λάβουμε «κουπόνι για μελλοντική εκδήλωση». Δεν
δέχομαι κουπόνι, ζητώ την επιστροφή των χρημάτων μου.

Εάν δεν επιστραφούν τα 140 ευρώ εντός 10 ημερών, θα απευθυνθώ στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Μιλτιάδης Σαρρής"""),
("el", "b101-gl-stagdhn-amfisvhthsh-trapeza", "Vangelis Kal. <vangelis.kal@example.gr>", "XREWSH GIA STAGDHN", "billing", "high",
"""Kalhspera. Sas plhrwsa me karta 1.180 eyrw ton Aprilio gia to systhma
stagdhn sto perivoli (3 strem.) kai to synergeio sas den hr8e POTE na to
sthsei. Ta ylika akoma den ta exw dei. Exw steilei 4 mail kai exw parei
6 fores thlefwno.

An mexri thn Paraskeyh den mou epistrepsete ta lefta 8a kanw
amfisvhthsh ths xrewshs sthn trapeza.

Vangelis Kalogerakis"""),
("el", "b101-kipotexnis-prokatavoli-ypeythynos", "Αγγελική Θεοχάρη <angeliki.theochari@example.gr>", "Προκαταβολή για τον κήπο", "billing", "high",
"""Καλησπέρα,

Τον Φεβρουάριο σας δώσαμε προκαταβολή 1.500 ευρώ για τη διαμόρφωση του
κήπου (χλοοτάπητας, φυτά και αυτόματο πότισμα) στο σπίτι μας στην
Πεύκη. Μας είπατε ότι θα ξεκινούσατε τέλη Μαρτίου. Είμαστε Ιούνιο και
δεν έχει έρθει κανείς, ενώ η κοπέλα στο τηλέφωνο λέει κάθε φορά «θα σας
πάρει ο μηχανικός».

Θέλω να μιλήσω με τον υπεύθυνο της εταιρείας, όχι με τη γραμματεία.
Ή ορίζετε ημερομηνία γραπτώς ή μου επιστρέφετε την προκαταβολή.

Αγγελική Θεοχάρη
694 000 0000"""),
("el", "b101-ilektriko-piano-plektro", "Ρένα Αθανασίου <rena.athanasiou@example.gr>", "Ηλεκτρικό πιάνο", "technical", "",
"""Καλημέρα σας,

Στο ηλεκτρικό πιάνο που πήραμε τον Σεπτέμβριο, το σολ στη δεύτερη
οκτάβα από κάτω δεν βγάζει καθόλου ήχο. Το πλήκτρο πατιέται κανονικά,
απλώς είναι βουβό. Κάναμε επαναφορά εργοστασιακών ρυθμίσεων όπως λέει
το εγχειρίδιο, τίποτα.

Ρένα"""),
("el", "b101-gl-efarmogh-wdeiou-oxi-plhrwmh", "Nikos Papadakis <nikos.papadakis@example.gr>", "efarmogh", "technical", "",
"""Kalhmera, den einai gia ta didaktra, ayta ta plhrwsame kanonika. H
efarmogh tou wdeiou sto iphone kleinei molis pathsw "Programma ma8hmatwn"
kai den vlepw pote exei ma8hma h korh mou. Thn exw svhsei kai
3anavalei. Sto laptop anoigei kanonika.
Nikos"""),
("el", "b101-xronodiakoptis-potismatos-vana2", "Κωστας Δημου <kostas.dimou@example.gr>", "Χρονοδιακοπτης ποτισματος", "technical", "",
"""Γεια σας,

Ο χρονοδιακοπτης 4 στασεων που αγορασα απο το καταστημα σας στη Νεα
Μηχανιωνα δεν ανοιγει τη βανα 2. Στην οθονη δειχνει οτι ποτιζει αλλα
νερο δεν βγαινει. Αν βαλω το καλωδιο της 2 στη θεση της 1 ανοιγει, αρα
η βανα ειναι ενταξει. Τι μπορει να φταιει;

Κωστας Δημου"""),
("el", "b101-trakter-kodikos-sfalmatos", "Γιάννης Μουρτζούκος <giannis.mourtzoukos@example.gr>", "Σφάλμα στο τρακτέρ", "technical", "",
"""Καλησπέρα,

Το τρακτέρ που πήρα από σας πέρσι τον Οκτώβριο βγάζει στην οθόνη
κωδικό E-2104 και κόβει στροφές, δεν πάει πάνω από 1.500. Σβήνω,
ξαναβάζω μπροστά, για λίγο είναι καλά και μετά πάλι τα ίδια. Είναι μέσα
στην εγγύηση. Πότε μπορεί να έρθει τεχνικός στο χωράφι; Είμαι κοντά στη
Φάρσαλα.

Γιάννης"""),
("el", "b101-gl-stems-den-katevainoun", "Mariza D. <mariza.d@example.gr>", "stems", "technical", "",
"""kalhspera! to link pou mas steilate gia ta stems ths hxografhshs
(savvato, "Porfyro Fws") stamataei sto 40% kai vgazei "network error".
to dokimasa apo 2 diaforetika internet. mporeite na ta 3anasteilete h
na ta anevasete allou?"""),
("el", "b101-re-kourdisma-xalase-pali", "Βασιλική Ζερβού <vasiliki.zervou@example.gr>", "Re: Επίσκεψη κουρδίσματος 22/4", "technical", "",
"""Καλησπέρα κ. Μαυρίδη,

Δυστυχώς μια εβδομάδα μετά το κούρδισμα το πιάνο ακούγεται πάλι φάλτσο
στις ψηλές νότες, και ένα πλήκτρο (το ντο στη μέση) έχει μείνει λίγο
χαμηλωμένο και δεν ανεβαίνει αμέσως. Μήπως μπορείτε να ξαναπεράσετε;

Βασιλική Ζερβού

----- Αρχικό μήνυμα -----
Από: Π. Μαυρίδης <p.mavridis@kourdisma.example>
Ημ/νία: 22 Απρ 2024, 18:05
> Κυρία Ζερβού, σας ευχαριστώ για σήμερα. Το πιάνο σας κουρδίστηκε στα
> 440 Hz και ρυθμίστηκε η μηχανική. Καλές μελέτες!"""),
("el", "b101-gl-portal-xorwdias-kwdikos", "Eirini Vl. <eirini.vl@example.gr>", "kwdikos", "technical", "",
"""Geia sas, den mporw na mpw sto portal ths xorwdias gia tis
parti8oures. Patame "ksexasa ton kwdiko" kai leei "o xrhsths den
vreuhke" enw me to idio email mou erxontai kanonika ta newsletter sas!
Eirini (soprano B)"""),
("el", "b101-antlia-geotrisis-den-xekina", "Παντελής Ρήγας <pantelis.rigas@example.gr>", "Αντλία γεώτρησης", "technical", "",
"""Καλημέρα.

Η υποβρύχια αντλία που μας τοποθετήσατε στη γεώτρηση τον Μάρτιο δεν
ξεκινάει από χθες το απόγευμα. Ο πίνακας δείχνει κόκκινο λαμπάκι
«υπερφόρτωση» και όταν το κάνω reset πέφτει πάλι σε δύο δευτερόλεπτα.
Ρεύμα υπάρχει κανονικά στο αγροτεμάχιο.

Παντελής Ρήγας, Αλμυρός"""),
("el", "b101-geia-sas-exagogeas-thoryvos", "Σταμάτης Βουλγαράκης <stamatis.voulgarakis@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας,

Ο ηλεκτρικός μελιτοεξαγωγέας 6 πλαισίων που πήρα τον Μάιο έχει αρχίσει
να κάνει δυνατό χτύπημα όταν ανεβαίνει στροφές, σαν να ακουμπάει κάτι
από μέσα, και κουνιέται όλος. Τον έχω σε ίσιο πάτωμα και τα πλαίσια
είναι μοιρασμένα σωστά. Στον πρώτο τρύγο δεν το έκανε.

Σταμάτης"""),
("el", "b101-enisxytis-spithes-fis", "Ορέστης Καλλέργης <orestis.kallergis@example.gr>", "Ενισχυτής μπάσου", "technical", "high",
"""Καλησπέρα σας,

Σας ενημερώνω ότι ο ενισχυτής μπάσου που αγόρασα από το κατάστημά σας
πριν από δύο μήνες έβγαλε χθες σπίθες από την υποδοχή του καλωδίου
ρεύματος στο πίσω μέρος, με ένα ξερό κρακ, και μύρισε καμένο. Η ασφάλεια
του σπιτιού έπεσε. Δεν τον έχω ξαναβάλει στην πρίζα.

Πείτε μου πώς να προχωρήσω.

Ορέστης Καλλέργης"""),
("el", "b101-gl-8ermanths-8ermokhpiou-gkazi", "Lefteris Mp. <lefteris.mp@example.gr>", "8ermanths ygraeriou", "technical", "high",
"""Kalhmera sas,

O 8ermanths ygraeriou pou mas vazate sto 8ermokhpio prin 2 evdomades
myrizei gkazi konta sto rakor ths fialhs, kai shmera to prwi mas
epiase ligo zalada otan mphkame mesa. Ton eklisame kai kleisame th
fialh, anoiksame ta para8yra. Mporei na er8ei kapoios na to dei?

Lefteris, Ierapetra"""),
("el", "b101-fytorio-potisma-ektos", "Φυτώριο Καμπάνης <info@fytorio-kampanis.example>", "Σύστημα ποτίσματος θερμοκηπίων", "technical", "high",
"""Καλημέρα,

Από τις 5 το πρωί κανένας από τους τρεις πίνακες του αυτόματου
ποτίσματος στα θερμοκήπια δεν δίνει εντολή στις ηλεκτροβάνες. Η
εφαρμογή σας δείχνει «χωρίς σύνδεση». Έχουμε περίπου 40.000 φυντάνια
ντομάτας και πιπεριάς που πρέπει να φορτωθούν για τους παραγωγούς την
Παρασκευή και σήμερα έχει 36 βαθμούς. Ποτίζουμε με τα λάστιχα όσο
προλαβαίνουμε.

Παρακαλούμε πάρτε μας αμέσως στο 2310 000 000.

Θανάσης Καμπάνης"""),
("el", "b101-gl-aithousa-scanners-eisithria", "Kalliopi Gr. <kalliopi.gr@odeio-aithousa.example>", "PROVLHMA TWRA", "technical", "high",
"""Kalhspera,

exoume synaylia stis 9 me 700 atoma kai ta scanners eisithriwn sthn
eisodo vgazoun "sfalma syndeshs" ola mazi. Kai to tameio den typwnei
tipota. O kosmos stekete sthn oura mexri to dromo kai den 3eroume poios
exei plhrwsei. Parte mas thlefwno twra, 2100 000000.

Kalliopi Gr., ypeu8ynh ai8ousas"""),
("el", "b101-trakter-trith-fora-diefthyntis", "Ηλίας Κουτσούκος <ilias.koutsoukos@example.gr>", "Τρίτη φορά στο συνεργείο", "technical", "high",
"""Κύριοι,

Είναι η τρίτη φορά μέσα σε δύο μήνες που το τρακτέρ μου μένει στο
χωράφι με το ίδιο πρόβλημα στο υδραυλικό του κιβωτίου. Κάθε φορά το
παίρνει το συνεργείο σας, το κρατάει μια εβδομάδα και μου το φέρνει
πίσω «φτιαγμένο». Είμαστε στο θέρος και πληρώνω θεριστή με το
ωρομίσθιο.

Δεν θέλω να μιλήσω ξανά με το συνεργείο. Ζητώ να με καλέσει ο
διευθυντής της αντιπροσωπείας σήμερα.

Ηλίας Κουτσούκος"""),
("el", "b101-gl-eyxaristw-daskala-pianou", "Anna M. <anna.m@example.gr>", "eyxaristw!!!", "general", "",
"""kalhmera sas! h korh mou perase tis exetaseis pianou me arista kai
8elw na pw ena megalo eyxaristw sthn k. Eleni pou thn ekane na agaphsei
ksana to piano. Htan poly dyskolh xronia gia mas kai h ypomonh ths htan
apisteyth. Na thn exete kala!!
Anna"""),
("el", "b101-gyalia-megaro-thesi", "Φραγκίσκος Λαμπράκης <fragkiskos.lamprakis@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλησπέρα σας,

Στη συναυλία του Σαββάτου ξέχασα στη θέση μου (πλατεία, σειρά Η, θέση
11) τα γυαλιά πρεσβυωπίας μου σε μια καφέ θήκη. Μήπως τα βρήκε κάποιος;
Μπορώ να περάσω από το ταμείο.

Φραγκίσκος Λαμπράκης"""),
("el", "b101-orario-fytoriou-kyriaki", "Μαρια Σταθη <maria.stathi@example.gr>", "Ωραριο", "general", "",
"""Καλημερα, ειστε ανοιχτα Κυριακη πρωι; Θελω να περασω για τριανταφυλλιες.
Ευχαριστω"""),
("el", "b101-gl-paradosh-sakia-apothiki", "Mhtsos K. <mitsos.k@example.gr>", "paradosh 8ermokhpio", "general", "",
"""Geia, gia thn paradosh me ta 30 sakia tyrfh thn Tetarth: ton odhgo
na mhn ton steilete sto spiti sto xwrio, einai stenos o dromos. Na
erthei kateu8eian sthn apo8hkh dipla sto 8ermokhpio, meta to
prathrio Shell aristera, 2o xwmatodromo. 8a einai o ksaderfos mou ekei
apo tis 8.
Mhtsos"""),
("el", "b101-allagi-stoixeion-mathiti", "Λαμπρινή Γεωργίου <lamprini.georgiou@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα σας,

Θα ήθελα να αλλάξετε το κινητό επικοινωνίας για τον γιο μου, Αχιλλέα
Γεωργίου (φλάουτο, τμήμα προχωρημένων), σε 697 000 0011, και το email σε
lamprini.georgiou@example.gr. Τα παλιά δεν τα χρησιμοποιώ πια.

Λαμπρινή"""),
("el", "b101-aitisi-prosvasis-dedomena", "Αριστοτέλης Νικολάου <aristotelis.nikolaou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου γνωστοποιήσετε ποια
προσωπικά δεδομένα μου τηρείτε ως μέλος της χορωδίας σας (2018-2023),
για ποιο σκοπό και αν έχουν διαβιβαστεί σε τρίτους, καθώς και να μου
αποσταλεί αντίγραφό τους.

Με εκτίμηση,
Αριστοτέλης Νικολάου"""),
("el", "b101-xorigia-panigyri-syllogos", "Σύλλογος Γονέων Δημ. Σχολείου Αγιάς <syllogos.agias@example.gr>", "Χορηγία για τη γιορτή του σχολείου", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων του Δημοτικού Σχολείου Αγιάς διοργανώνει στις 14
Ιουνίου τη γιορτή λήξης με έκθεση για τη γεωργία και τις μέλισσες. Θα
θέλατε να στηρίξετε την εκδήλωση με μια μικρή χορηγία ή με δώρα για
την κλήρωση (π.χ. γλάστρες, σπόρους); Θα αναφερθείτε στην αφίσα και στο
πρόγραμμα.

Με εκτίμηση,
Για το Δ.Σ.
Ευδοκία Τσιάρα"""),
("el", "b101-gl-erwthsh-paidia-synaylia", "Stelios V. <stelios.v@example.gr>", "Erwthsh", "general", "",
"""Geia sas, h paidikh synaylia ths Kyriakhs ti wra teleiwnei kai
epitrepetai na mpoun moro (1,5 xronwn) sthn agkalia? 8a kanei fasaria
sigoura lol"""),
("el", "b101-plirosa-dendrylia-pote", "Ευθύμιος Κολοκοτρώνης <efthymios.kolokotronis@example.gr>", "Παραγγελία 5521", "general", "",
"""Καλησπέρα,

Έχω πληρώσει ήδη με κάρτα τα 30 δενδρύλλια καρυδιάς (παραγγελία 5521).
Πότε περίπου θα σταλούν; Θέλω να κανονίσω να είμαι στο χωριό για να τα
παραλάβω και να τα φυτέψω αμέσως.

Ευθύμιος"""),
("el", "b101-epeigon-kalamia-klarino", "ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΑΝΝΗΣ <dimitris.karagiannis@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ!!! ΕΧΕΤΕ ΚΑΛΑΜΙΑ ΓΙΑ ΚΛΑΡΙΝΟ ΝΟΥΜΕΡΟ 3; ΤΟ ΣΑΒΒΑΤΟ ΕΧΩ ΓΛΕΝΤΙ
ΚΑΙ ΕΣΠΑΣΑ ΤΟ ΤΕΛΕΥΤΑΙΟ. ΜΕΧΡΙ ΤΙ ΩΡΑ ΕΙΣΤΕ ΑΝΟΙΧΤΑ ΑΥΡΙΟ;"""),
("el", "b101-gl-xorwdia-fwtia", "Popi Str. <popi.str@example.gr>", "xthes vradi", "general", "",
"""Re paidia... h xorwdia xthes htan FWTIA kai LAVA!!! Mas dialysate, h
mama mou eklaige sto "Aponi zwh". Sygxarhthria se olous kai ston
maestro. Ta leme sthn epomenh!!!"""),
("el", "b101-agenis-ypallilos-fytorio", "Ξανθή Παπαδοπούλου <xanthi.papadopoulou@example.gr>", "Συμπεριφορά υπαλλήλου στο φυτώριο", "general", "high",
"""Καλησπέρα σας,

Χθες το πρωί στο φυτώριό σας στη Βάρη ρώτησα έναν υπάλληλο (ψηλός,
γκρι ποδιά) αν μπορεί να με βοηθήσει να φορτώσω δύο μεγάλες γλάστρες
γιατί έχω πρόβλημα στη μέση. Μου απάντησε ειρωνικά «αφού δεν μπορείτε
γιατί ψωνίζετε τέτοια;» μπροστά σε άλλους πελάτες και έφυγε.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος. Είμαι
πελάτισσα σας δέκα χρόνια.

Ξανθή Παπαδοπούλου"""),
("el", "b101-spasmeno-skali-odeio", "Ματθαίος Σιδηρόπουλος <matthaios.sidiropoulos@example.gr>", "Η σκάλα στην είσοδο", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι το τρίτο σκαλί στην εξωτερική σκάλα του
ωδείου έχει σπάσει στην άκρη και κουνιέται το μάρμαρο. Σήμερα ένα
κοριτσάκι από το τμήμα μουσικοκινητικής σκόνταψε και παραλίγο να πέσει
με το κεφάλι στα κάγκελα. Τα παιδιά ανεβοκατεβαίνουν εκεί όλη μέρα.
Καλό θα ήταν να μπει κάτι να το κλείσει μέχρι να φτιαχτεί.

Ματθαίος Σιδηρόπουλος"""),
# ---------------- Spanish ----------------
("es", "b101-baja-bateria-futbol", "Nerea Olaizola <nerea.olaizola@example.es>", "Clases de batería de Unai", "billing", "",
"""Hola, buenas:

Unai ha decidido que lo suyo es el fútbol y no la batería, así que a
partir de octubre ya no vendrá a clase los jueves. Por favor, no nos
paséis el recibo de 58 € del mes que viene. Si hay que rellenar algún
papel para la baja decidme y me paso por la escuela.

Gracias por todo, Mikel ha sido un profe estupendo.
Nerea"""),
("es", "b101-renta-violin-comprarlo", "Fernanda Gutiérrez <fernanda.gutierrez@example.com.mx>", "Violín rentado", "billing", "",
"""Buenas tardes,

Mi hija lleva 8 meses rentando el violín 1/2 con ustedes (450 pesos al
mes). Ya decidió que quiere seguir y nos gustaría comprarlo. ¿Se
descuenta algo de lo que ya pagamos de renta? ¿Cuánto quedaría?

Saludos cordiales,
Fernanda Gutiérrez
Guadalajara, Jal."""),
("es", "b101-abono-orquesta-mama-fallecio", "Graciela Benvenuto <graciela.benvenuto@example.com.ar>", "Abono de mi mamá", "billing", "",
"""Estimados:

Les escribo porque mi mamá, Elsa Benvenuto, falleció hace tres semanas.
Ella tenía el abono anual de la Orquesta Filarmónica, platea, que
pagaba en cuotas de 28.000 pesos con la tarjeta. Quisiera saber cómo
darlo de baja y si las funciones que quedan de la temporada se pueden
pasar a mi nombre, porque me gustaría seguir yendo en su lugar.

Muchas gracias.
Graciela Benvenuto
Rosario"""),
("es", "b101-factura-vivero-nif", "Viveros Lucena <administracion@viveroslucena.example>", "Factura pedido 2271", "billing", "",
"""Buenos días,

Del pedido 2271 (800 plantones de olivo picual en maceta) nos llegó
solo el albarán. Necesitamos la factura a nombre de la explotación para
la PAC y la contabilidad:

Explotación Agrícola Hnos. Lucena, S.C.
CIF J00000000
Ctra. de Cabra, km 4, 14900 Lucena (Córdoba)

Un saludo,
Encarni Lucena"""),
("es", "b101-cuotas-riego-goteo", "Hernán Cárdenas <hernan.cardenas@example.com.co>", "Pago del sistema de riego", "billing", "",
"""Buen día,

Nos interesa la cotización del riego por goteo para las 3 hectáreas de
aguacate (18.400.000 pesos). ¿Es posible pagarlo en cuotas? Podríamos
dar un 40 % de anticipo y el resto en 6 meses. También quería saber si
reciben pago por PSE o solo transferencia.

Hernán Cárdenas
Finca La Esperanza, Salento"""),
("es", "b101-cobro-doble-afinacion", "Jordi Vidal <jordi.vidal@example.es>", "cobro doble", "billing", "",
"""Hola, el afinador vino el martes a casa a afinar el piano vertical y le
pague 85 euros con tarjeta. En el extracto del banco aparecen dos cargos
de 85 euros del mismo dia con vuestro nombre. Podeis devolverme uno?
Gracias
Jordi"""),
("es", "b101-no-devolucion-cambio-ukelele", "Lucía Arrieta <lucia.arrieta@example.es>", "Ukelele soprano", "billing", "",
"""Hola:

No quiero que me devolváis el dinero, el ukelele está perfecto. Lo que
pasa es que mi profesora me dice que con mis manos iría mejor uno de
concierto. ¿Puedo cambiar el soprano (49 €) por el de concierto (69 €)
y pagar la diferencia? Está con su funda y sin un rasguño.

Lucía"""),
("es", "b101-re-cotizacion-estudio-spei", "Diego Ramírez <diego.ramirez@example.com.mx>", "Re: Cotización grabación EP", "billing", "",
"""Qué tal Pau,

Va, nos late. Una pregunta: ¿el anticipo del 50 % se los podemos mandar
por transferencia SPEI o tiene que ser en efectivo en el estudio? Y si
necesitamos factura, ¿se la pido a ustedes directo?

Diego

El lun, 6 may 2024 a las 13:22, Paulina Estrada <reservas@estudiocuervo.example> escribió:
> Hola Diego,
>
> Te paso la cotización para grabar el EP de 5 canciones: 3 días de
> estudio con ingeniero, mezcla y master, $38,500 MXN + IVA. Pedimos 50 %
> de anticipo para apartar las fechas.
>
> Saludos,
> Pau"""),
("es", "b101-abejas-murieron-jarabe", "Rubén Sosa <ruben.sosa@example.com.ar>", "envio de jarabe", "billing", "",
"""Buenas. Les aviso que este invierno se me murieron las 20 colmenas que
tenia en Tandil, entre la sequia y la varroa. No voy a seguir por ahora,
asi que corten el envio mensual de jarabe y de las tiras, y que no me
debiten mas los 45.000 de la tarjeta.
Saludos, Ruben"""),
("es", "b101-abono-tractor-descuento", "Cristián Muñoz <cristian.munoz@example.cl>", "Abono tractor", "billing", "",
"""Estimados,

La semana pasada dejé un abono de $2.000.000 para reservar el tractor
de 90 HP en la sucursal de Chillán. ¿Ese monto se descuenta del precio
final de $41.900.000 más IVA, o es aparte? Y el saldo, ¿se puede pagar
con crédito del banco o tiene que ser al contado?

Cristián Muñoz"""),
("es", "b101-concierto-cancelado-consumo", "Amparo Ferrándiz <amparo.ferrandiz@example.es>", "Reclamación entradas concierto cancelado", "billing", "high",
"""A la atención del Servicio de Atención al Cliente:

El 11 de mayo compré dos entradas (2 x 42 € más gastos, 91,60 € en
total) para el concierto del día 2 de junio en su auditorio, que fue
cancelado. Desde entonces he reclamado por correo en tres ocasiones sin
recibir respuesta ni devolución.

Si en el plazo de diez días no se me reintegra el importe íntegro,
incluidos los gastos de gestión, presentaré una reclamación ante la
Oficina Municipal de Información al Consumidor y acudiré a la vía
judicial si hace falta.

Amparo Ferrándiz Soler
Valencia"""),
("es", "b101-poda-cobro-profeco", "Leticia Orozco <leticia.orozco@example.com.mx>", "Cobro de la poda - Profeco", "billing", "high",
"""Buenas tardes,

Ustedes me cotizaron por escrito 6,800 pesos por la poda de los dos
fresnos y el retiro de las ramas. Al terminar el trabajador me dijo que
eran 11,200 "por la altura" y no se quiso ir hasta que le transferí. Eso
no fue lo acordado.

Les pido que me devuelvan los 4,400 de diferencia esta semana. Si no,
voy a poner la queja en Profeco con la cotización y el comprobante.

Leticia Orozco
Querétaro"""),
("es", "b101-estudio-contracargo-tarjeta", "Martín Pereyra <martin.pereyra@example.com.ar>", "Me siguen cobrando", "billing", "high",
"""Hola. Di de baja la membresía del estudio (horas de sala mensuales) en
marzo, tengo el mail de confirmación de ustedes. Igual me cobraron abril
y mayo, 38.000 cada uno. Ya reclamé dos veces y nadie responde.

Si no me devuelven las dos cuotas antes del viernes, desconozco los
cargos con la tarjeta y que lo resuelva el banco.

Martín Pereyra"""),
("es", "b101-piano-digital-pedal", "Beatriz Lozano <beatriz.lozano@example.es>", "Pedal del piano digital", "technical", "",
"""Buenas tardes:

El pedal de sostenido del piano digital que compramos en enero ha
dejado de funcionar. Al pisarlo no pasa nada, las notas se cortan
igual. He probado a desenchufarlo y volver a enchufarlo en la toma de
atrás, y nada. ¿Puede ser el pedal o es el piano?

Beatriz"""),
("es", "b101-app-escuela-no-es-pago", "Alejandro Fuentes <alejandro.fuentes@example.com.mx>", "app", "technical", "",
"""Hola, no es un tema de pagos, eso ya está. Es que la app de la escuela
se cierra sola cuando mi hijo intenta subir el video de su tarea de
guitarra. Llega al 90 % y se sale. Tenemos un Motorola con Android 13.
Ya la desinstalamos y la volvimos a instalar."""),
("es", "b101-programador-riego-horarios", "Sergio Bianchi <sergio.bianchi@example.com.ar>", "Programador de riego", "technical", "",
"""Hola, qué tal.

El programador de 6 zonas que me instalaron en noviembre no respeta
los horarios: lo tengo para las 6 de la mañana y arranca a cualquier
hora, ayer a las 3 de la tarde con 35 grados. Ya le cambié la pila y lo
reprogramé de cero. La hora en pantalla está bien.

Sergio, Mendoza"""),
("es", "b101-tractor-luz-aceite", "Manuel Cabello <manuel.cabello@example.es>", "Avería tractor", "technical", "",
"""Buenos días,

Al tractor que me vendieron en marzo se le enciende la luz del aceite
en cuanto lleva una hora trabajando y pierde fuerza. El nivel está
bien, lo he mirado en frío y en caliente. Está en garantía. ¿Cuándo
podría venir el técnico? Estoy en la finca de Almendralejo.

Manuel Cabello"""),
("es", "b101-plataforma-coro-contrasena", "Valentina Ríos <valentina.rios@example.com.co>", "no puedo entrar", "technical", "",
"""Buenas, no puedo entrar a la plataforma del coro para descargar las
partituras del Réquiem. Me dice "contraseña incorrecta" y cuando pido
una nueva no me llega ningún correo (revisé spam). Mi correo es este
mismo. Gracias, Valentina (contralto)"""),
("es", "b101-consulta-ahumador-fuelle", "Pedro Alcántara <pedro.alcantara@example.es>", "Consulta", "technical", "",
"""Buenas,

El ahumador de acero inoxidable que os compré hace tres semanas tiene el
fuelle roto por la costura, sale el aire por el lado y no llega humo. Lo
he usado cuatro veces. ¿Me mandáis un fuelle de repuesto o cómo lo
hacemos?

Pedro"""),
("es", "b101-re-guitarra-sigue-trasteando", "Camila Rojas <camila.rojas@example.cl>", "Re: Su guitarra está lista", "technical", "",
"""Hola Nicolás,

La retiré el sábado, pero sigue trasteando en las cuerdas graves entre
los trastes 5 y 7, igual que antes de llevarla. ¿La puedo llevar de
nuevo esta semana?

Camila

El jue, 16 may 2024 a las 17:48, Luthería Andes <taller@lutheria-andes.example> escribió:
> Hola Camila, tu guitarra está lista para retiro. Le ajustamos el alma,
> bajamos la acción y nivelamos trastes.
> Horario de retiro: lunes a sábado de 11 a 19 h.
> Saludos, Nicolás"""),
("es", "b101-descarga-mezcla-error", "Iker Etxeberria <iker.etxeberria@example.es>", "mezcla", "technical", "",
"""Buenas, el enlace que nos mandasteis con la mezcla final da error 404
desde el movil y desde el ordenador. La sesion fue el viernes, grupo "Ez
Dakit". Nos la podeis volver a subir? El lunes la queremos mandar al
master.
Iker"""),
("es", "b101-bomba-riego-presion", "Jorge Villalobos <jorge.villalobos@example.com.mx>", "Bomba", "technical", "",
"""Buen día. La bomba de 2 HP para el riego de la huerta hace mucho ruido
y no levanta presión, los aspersores del fondo apenas mojan. La
compramos hace dos meses en su sucursal de Celaya. Ya revisamos que no
tenga aire la succión."""),
("es", "b101-teclado-calambre", "Marta Ocaña <marta.ocana@example.es>", "Teclado", "technical", "high",
"""Buenas tardes:

Les escribo con calma, pero creo que es importante. Ayer mi hijo tocó a
la vez el teclado que les compramos en Navidad y el pie metálico del
micrófono y le dio un calambre bastante fuerte en la mano. Luego lo
probé yo con cuidado y noté un hormigueo al tocar las partes metálicas
del teclado mientras estaba enchufado. Está desenchufado desde entonces.

¿Qué debemos hacer?

Marta Ocaña"""),
("es", "b101-calefactor-invernadero-gas", "Horacio Ledesma <horacio.ledesma@example.com.ar>", "Calefactor del invernadero", "technical", "high",
"""Buenas noches,

El calefactor a gas que nos instalaron la semana pasada en el
invernadero tiene olor a gas fuerte cerca de la conexión de la garrafa,
y la llama se pone amarilla y se apaga. Cerramos la garrafa y abrimos
todo. Mañana a la mañana hace dos grados y no lo queremos prender así.
¿Pueden mandar a alguien?

Horacio Ledesma
Vivero Los Aromos, Cañuelas"""),
("es", "b101-matricula-escuela-caida", "Secretaría Escuela de Música Allegro <secretaria@escuela-allegro.example>", "Hoy es el día de matrícula", "technical", "high",
"""Buenos días,

Hoy a las 9:00 se abría la matrícula del curso que viene y desde
entonces la plataforma de inscripciones que nos dan ustedes solo
muestra una pantalla en blanco. Tenemos unas 300 familias intentando
apuntarse, el teléfono de secretaría no para y ya hay padres haciendo
cola en la puerta de la escuela porque piensan que las plazas se dan
por orden de llegada.

Por favor, llamadnos cuanto antes al 976 000 000.

Pilar Gracia
Secretaría, Escuela de Música Allegro (Zaragoza)"""),
("es", "b101-fertirriego-vivero-plantulas", "Vivero San Isidro <contacto@vivero-sanisidro.example>", "fertirriego", "technical", "high",
"""Buenas tardes,

Desde la madrugada el controlador de fertirriego que nos instalaron no
manda señal a las válvulas de ninguno de los 4 invernaderos. En la
pantalla sale "falla de comunicación". Tenemos 120,000 plántulas de
jitomate y chile que se entregan el lunes a los productores y ya se
están marchitando con el calor. Estamos regando a mano con todos los
trabajadores pero no alcanzamos.

Necesitamos un técnico hoy. Tel. 461 000 0000.

Ing. Raúl Mendoza
Vivero San Isidro, Celaya"""),
("es", "b101-motosierra-freno-cadena", "Andrés Jaramillo <andres.jaramillo@example.com.co>", "Motosierra", "technical", "high",
"""Buenas,

La motosierra que compramos la semana pasada para la finca tiene un
problema serio: el freno de cadena no la detiene, la cadena sigue
girando aunque se active la palanca. Y en ralentí la cadena también
sigue moviéndose. Mi trabajador casi se corta la pierna al soltarla.
La dejamos guardada sin usar. ¿Qué hacemos?

Andrés Jaramillo
Rionegro, Antioquia"""),
("es", "b101-gracias-profesora-canto", "Rosario Carmona <rosario.carmona@example.es>", "Gracias a Inma", "general", "",
"""Hola:

Solo quería daros las gracias, y sobre todo a Inma, la profesora de
canto. Empecé con 61 años sin saber ni leer una partitura y el sábado
canté un solo en el concierto de fin de curso delante de mis nietos. No
me lo podía creer ni yo.

Un abrazo muy fuerte,
Rosario"""),
("es", "b101-campera-perdida-auditorio", "Florencia Acosta <florencia.acosta@example.com.ar>", "Campera olvidada", "general", "",
"""Hola! el domingo en el concierto de la tarde me olvidé una campera de
jean con un pin de Charly García en la solapa, fila 12 de la platea
creo. ¿La encontraron? Puedo pasar a buscarla cuando me digan."""),
("es", "b101-horario-vivero-semana-santa", "Josefina Treviño <josefina.trevino@example.com.mx>", "Horario", "general", "",
"""Buenas tardes, ¿qué horario tiene el vivero el Jueves y Viernes Santo?
Quiero ir por unas bugambilias. Gracias."""),
("es", "b101-entrega-pale-abono-nave", "Francisco Jiménez <paco.jimenez@example.es>", "Entrega del abono", "general", "",
"""Buenas,

Para el palé de abono orgánico que viene el jueves: que el camión no
suba al cortijo, que el carril está fatal con las lluvias. Que lo deje
en la nave de abajo, junto a la carretera de Baena, la de la puerta
verde. Estará mi hijo Antonio desde las 8.

Paco"""),
("es", "b101-cambio-celular-datos", "Juliana Castaño <juliana.castano@example.com.co>", "Actualizar datos", "general", "",
"""Buenas tardes, quisiera actualizar mis datos de contacto como
estudiante de piano: nuevo celular 300 000 0000 y nueva dirección Calle
10 # 43-20, apto 502, Medellín. El correo sigue igual.
Mil gracias,
Juliana Castaño"""),
("es", "b101-derecho-acceso-datos", "Tomás Herrero <tomas.herrero@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del RGPD, solicito que me informen de qué
datos personales míos conservan como antiguo alumno de su conservatorio
privado (curso 2019-2022), con qué finalidad y a quién se han cedido, y
que me remitan una copia.

Atentamente,
Tomás Herrero"""),
("es", "b101-patrocinio-fiesta-vendimia", "Junta de Vecinos Villa Alegre <junta.villaalegre@example.cl>", "Fiesta de la vendimia", "general", "",
"""Estimados señores:

La Junta de Vecinos de Villa Alegre organiza el 16 de marzo la Fiesta
de la Vendimia, con muestra de maquinaria, cueca y feria de productores.
Quisiéramos invitarlos a participar con un stand de tractores y, si les
interesa, como auspiciadores del escenario. Les podemos enviar el
programa.

Atentamente,
Gloria Soto, presidenta"""),
("es", "b101-hola-audiciones-orquesta-joven", "Samuel Prieto <samuel.prieto@example.es>", "Hola", "general", "",
"""hola, tengo 15 años y toco la trompa desde los 9. ¿Hacéis audiciones
para la orquesta joven este año? ¿Cuándo son y qué hay que preparar?"""),
("es", "b101-ya-pague-frutales-cuando", "Ignacio Salazar <ignacio.salazar@example.com.mx>", "Pedido 3318", "general", "",
"""Buen día. Ya quedó pagado el pedido 3318 (10 árboles de durazno y 5 de
ciruelo). ¿Más o menos cuándo los mandan? Es para organizarme con la
gente que me va a ayudar a plantar.
Ignacio"""),
("es", "b101-urgente-clases-feriado", "Mariela Quiroga <mariela.quiroga@example.com.ar>", "URGENTE", "general", "",
"""URGENTE: el lunes que es feriado hay clase de piano o no??? mi hijo
dice que sí y yo no le creo jaja"""),
("es", "b101-concierto-bomba", "Elena Martín <elena.martin@example.es>", "El sábado", "general", "",
"""¡Qué barbaridad lo del sábado! El concierto de la banda fue una
auténtica bomba, nos dejasteis muertos a todos. Mi padre, que tiene 84
años, salió diciendo que hacía décadas que no se lo pasaba así. Gracias
a todos los músicos y a los voluntarios de la puerta."""),
("es", "b101-vendedor-grosero-gerente", "Octavio Landa <octavio.landa@example.com.mx>", "Trato en su agencia de Irapuato", "general", "high",
"""Buenas tardes,

El martes fui con mi papá a su agencia de Irapuato a preguntar por un
tractor. El vendedor nos ignoró casi media hora, y cuando por fin nos
atendió dijo en voz alta que "los ejidatarios nomás vienen a preguntar"
y que no nos iba a hacer cotización. Mi papá se sintió humillado.

Quiero hablar con el gerente de la agencia. Compramos maquinaria con
ustedes desde hace quince años.

Octavio Landa"""),
("es", "b101-estanteria-macetas-pasillo", "Carmen Rubio <carmen.rubio@example.es>", "Estantería en el vivero", "general", "high",
"""Buenos días,

Ayer en el vivero de la carretera de Alcalá vi que la estantería alta de
las macetas de barro, en el pasillo central, está muy inclinada hacia
delante y una de las patas tiene el tornillo suelto. Se mueve si la
tocas. Había niños jugando justo al lado. Se lo dije a una dependienta
pero no vi que hicieran nada. Si se cae con todo ese peso encima de
alguien...

Carmen Rubio"""),
# ---------------- Polish ----------------
("pl", "b101-perkusja-syn-rezygnuje", "Beata Nowicka <beata.nowicka@example.pl>", "Lekcje perkusji Kuby", "billing", "",
"""Dzień dobry,

Kuba oznajmił nam, że perkusja jednak nie jest dla niego i od września
chce chodzić na judo (sąsiedzi pewnie odetchną). Proszę więc o
zakończenie lekcji od końca czerwca i niepobieranie kolejnych opłat po
220 zł miesięcznie. Czy trzeba coś podpisać w sekretariacie?

Dziękuję za cierpliwość pana Darka,
Beata Nowicka"""),
("pl", "b101-wykup-wiolonczeli", "Tomasz Lis <tomasz.lis@example.pl>", "Wiolonczela z wypożyczalni", "billing", "",
"""Dzień dobry,

od półtora roku córka wypożycza u Państwa wiolonczelę 1/2 (umowa
W/0412, 95 zł miesięcznie). Chcielibyśmy ją wykupić. Czy część
zapłaconych rat zalicza się na poczet ceny i ile zostałoby do dopłaty?

Pozdrawiam
Tomasz Lis"""),
("pl", "b101-strojenie-podwojne-obciazenie", "Grazyna Wojcik <grazyna.wojcik@example.pl>", "strojenie pianina", "billing", "",
"""Dzien dobry, w poniedzialek byl u mnie stroiciel, zaplacilam karta 250
zl. Dzisiaj w banku widze dwie platnosci po 250 zl z tego samego dnia.
Prosze o zwrot jednej.
Grazyna Wojcik, Torun"""),
("pl", "b101-faktura-nasiona-gospodarstwo", "Gospodarstwo Rolne Kubiak <kubiak.gospodarstwo@example.pl>", "Faktura - nasiona kukurydzy", "billing", "",
"""Dzień dobry,

przy odbiorze nasion kukurydzy (12 jednostek, zamówienie 4471) dostałem
tylko paragon. Proszę o wystawienie faktury na gospodarstwo:

Gospodarstwo Rolne Henryk Kubiak
Wola Mała 15, 63-000 Środa Wlkp.
NIP 7850000000

Z poważaniem
Henryk Kubiak"""),
("pl", "b101-karnet-filharmonia-maz", "Teresa Zawadzka <teresa.zawadzka@example.pl>", "Karnet męża", "billing", "",
"""Szanowni Państwo,

w kwietniu zmarł mój mąż, Jerzy Zawadzki. Od lat mieliśmy karnety na
czwartkowe koncerty symfoniczne, płacone w ratach z jego konta, po 85 zł
miesięcznie za każdy. Proszę o zakończenie jego karnetu. Mój chciałabym
zachować - czy będzie mi dalej pobierane z mojego konta, czy muszę coś
zmienić?

Z wyrazami szacunku
Teresa Zawadzka"""),
("pl", "b101-raty-ciagnik-doplaty", "Sławomir Dziedzic <slawomir.dziedzic@example.pl>", "Ciągnik na raty", "billing", "",
"""Dzień dobry,

interesuje mnie ciągnik 95 KM z Waszego placu w Siedlcach (ten używany,
2019 r., 214 000 zł netto). Czy można go wziąć na raty albo w leasing i
czy wpłata własna może być z dopłat bezpośrednich, które wejdą w
grudniu? Na jakiej zasadzie liczycie odsetki?

Sławomir Dziedzic"""),
("pl", "b101-nie-chce-zwrotu-kombinezon", "Magdalena Pietrzak <magda.pietrzak@example.pl>", "Kombinezon pszczelarski", "billing", "",
"""Dzień dobry, nie chcę zwrotu pieniędzy, kombinezon jest porządny. Tylko
rozmiar L jest na mnie jak namiot i kapelusz z siatką spada mi na oczy.
Czy mogę go wymienić na S? Nie był używany, ma metki. Jeśli S jest
tańszy, to różnicę proszę oddać na kartę.
Magda"""),
("pl", "b101-odp-wycena-studio-blik", "Kamil Jaworski <kamil.jaworski@example.pl>", "Odp: Wycena nagrania - zespół Stare Dobre Mrozy", "billing", "",
"""Cześć Łukasz,

pasuje nam. Czy zaliczkę 1 200 zł możemy przelać BLIKIEM na telefon,
czy tylko zwykłym przelewem? I potrzebujemy faktury na stowarzyszenie,
dane wyślę osobno.

Kamil

W dniu 14.05.2024 o 11:30, Studio Nagrań Piwnica <studio@piwnica-nagrania.example> pisze:
> Cześć,
> za 2 dni nagrań w dużym pokoju z realizatorem, miks i mastering 4 utworów
> wychodzi 3 900 zł brutto. Rezerwujemy termin po wpłacie zaliczki 1 200 zł.
> Pozdrawiam, Łukasz"""),
("pl", "b101-pszczoly-nie-przezyly-pakiety", "Zdzislaw Lewandowski <zdzislaw.lewandowski@example.pl>", "pakiety", "billing", "",
"""Dzien dobry. Pszczoly mi nie przezyly zimy, wszystkie 8 rodzin
padlo. W tym roku juz nie zaczynam od nowa, za stary jestem na to.
Prosze wiec nie wysylac wiecej pakietow z ciastem i lekami co miesiac i
nie sciagac tych 89 zl z konta.
Z powazaniem
Zdzislaw Lewandowski"""),
("pl", "b101-zamowienie-rabat-kgw", "Koło Gospodyń Wiejskich w Zalesiu <kgw.zalesie@example.pl>", "Zamówienie 58231", "billing", "",
"""Dzień dobry,

jesteśmy Kołem Gospodyń i zamawiamy sadzonki na skwer przy świetlicy
(zamówienie 58231, 150 sztuk lawendy i 40 róż). Czy dla stowarzyszeń
jest jakiś rabat przy takiej ilości? Płacimy przelewem z konta koła po
otrzymaniu faktury proforma.

Krystyna Malinowska
przewodnicząca KGW"""),
("pl", "b101-koncert-odwolany-rzecznik", "Wojciech Ostrowski <wojciech.ostrowski@example.pl>", "Zwrot za odwołany koncert", "billing", "high",
"""Szanowni Państwo,

kupiłem 3 bilety (po 140 zł, razem 420 zł) na koncert 25 maja w Państwa
sali, który został odwołany w dniu wydarzenia. Od tamtej pory trzy razy
pisałem o zwrot pieniędzy i dostaję tylko automatyczną odpowiedź.

Jeżeli kwota 420 zł nie wróci na moje konto w ciągu 7 dni, sprawę
przekazuję Miejskiemu Rzecznikowi Konsumentów i rozważę pozew.

Wojciech Ostrowski"""),
("pl", "b101-ogrodnik-zaliczka-sad", "Aleksandra Wróblewska <aleksandra.wroblewska@example.pl>", "Zaliczka za ogród", "billing", "high",
"""Dzień dobry,

w lutym wpłaciliśmy 5 000 zł zaliczki za założenie ogrodu z trawnikiem z
rolki i nawadnianiem. Umowa mówi o rozpoczęciu prac do 15 kwietnia. Jest
czerwiec, nikt się nie pojawił, a pan Marcin od miesiąca nie odbiera.

Odstępuję od umowy. Proszę o zwrot całej zaliczki w ciągu 14 dni, w
przeciwnym razie kieruję sprawę do sądu.

Aleksandra Wróblewska"""),
("pl", "b101-aplikacja-nauka-gry-chargeback", "Patryk Domański <patryk.domanski@example.pl>", "Abonament - nadal pobieracie", "billing", "high",
"""Zrezygnowałem z abonamentu premium w aplikacji do nauki gry na gitarze
5 marca, mam screena i maila z potwierdzeniem. W kwietniu i maju znowu
pobraliście po 49,99 zł. Jeśli do końca tygodnia nie oddacie obu kwot,
zgłaszam w banku chargeback i zastrzegam kartę dla Waszej firmy.
P. Domański"""),
("pl", "b101-pianino-cyfrowe-glosnik", "Ewa Sadowska <ewa.sadowska@example.pl>", "Pianino cyfrowe trzeszczy", "technical", "",
"""Dzień dobry,

w pianinie cyfrowym kupionym w listopadzie lewy głośnik zaczął
trzeszczeć przy niskich dźwiękach, nawet przy cichym graniu. Na
słuchawkach wszystko czysto. Czy to się da naprawić na gwarancji?

Ewa Sadowska"""),
("pl", "b101-aplikacja-szkoly-nie-platnosc", "Lukasz Kowalewski <lukasz.kowalewski@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, to nie sprawa platnosci, czesne jest oplacone. Chodzi o
aplikacje szkoly - od aktualizacji w piatek nie da sie zalogowac, po
wpisaniu hasla kreci sie kolko i wraca do ekranu startowego. Na
komputerze dziala. Telefon Xiaomi, Android 14.
Lukasz"""),
("pl", "b101-sterownik-nawadniania-wifi", "Ryszard Górecki <ryszard.gorecki@example.pl>", "Sterownik nawadniania nie łączy się", "technical", "",
"""Dzień dobry,

sterownik nawadniania z modułem Wi-Fi, który kupiłem w maju, po zmianie
routera nie chce się połączyć z nową siecią. W aplikacji dochodzi do
kroku "łączenie z urządzeniem" i po minucie wyskakuje błąd. Reset
przyciskiem zrobiłem dwa razy. Program podlewania na razie działa po
staremu, ale nie mogę go zmienić.

Ryszard Górecki"""),
("pl", "b101-ciagnik-tuz-opada", "Marian Baran <marian.baran@example.pl>", "TUZ", "technical", "",
"""Dzien dobry, w ciagniku kupionym u Was w marcu tylny TUZ nie chce
podniesc plugu, podnosi do polowy i staje, a w nocy opada na ziemie.
Olej uzupelnilem, filtr czysty. Jest na gwarancji. Kiedy moze przyjechac
serwis? Gmina Lochow.
Marian Baran"""),
("pl", "b101-link-pliki-studio", "Natalia Kurek <natalia.kurek@example.pl>", "pliki z sesji", "technical", "",
"""hej, link do ścieżek z sobotniej sesji (chór "Cantilena") wyświetla
"plik nie istnieje lub wygasł". minęły dopiero 3 dni. możecie wrzucić
jeszcze raz?"""),
("pl", "b101-odp-saksofon-klapa", "Bartosz Michalski <bartosz.michalski@example.pl>", "Odp: Naprawa saksofonu - do odbioru", "technical", "",
"""Dzień dobry,

odebrałem saksofon w środę, ale klapa gis dalej nie domyka i dolne
dźwięki wychodzą z powietrzem, tak jak przed naprawą. Mogę go
przywieźć ponownie w poniedziałek?

Bartosz Michalski

-----Wiadomość oryginalna-----
Od: Pracownia Instrumentów Dętych <pracownia@detowe.example>
Wysłano: poniedziałek, 20 maja 2024 16:12
Temat: Naprawa saksofonu - do odbioru
> Dzień dobry, saksofon altowy po wymianie poduszek i regulacji
> mechaniki jest gotowy do odbioru. Zapraszamy pn-pt 10-18."""),
("pl", "b101-pytanie-miodarka-silnik", "Henryk Sobczak <henryk.sobczak@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry,

mam pytanie odnośnie miodarki elektrycznej 4-ramkowej, kupionej w
kwietniu. Przy pełnym załadunku silnik po kilku minutach zwalnia i
staje, a sterownik piszczy. Przy dwóch ramkach kręci normalnie. Przy
pierwszym miodobraniu tego nie było.

Pozdrawiam
Henryk Sobczak"""),
("pl", "b101-portal-choru-logowanie", "Joanna Stępień <joanna.stepien@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie mogę się zalogować do strefy chórzysty, żeby pobrać
nuty na koncert. Po wpisaniu loginu i hasła strona się odświeża i nic.
Hasło zmieniałam wczoraj, przyszedł mail, że zmiana się udała.
Joanna (sopran I)"""),
("pl", "b101-pompa-deszczownia-cisnienie", "Adam Cieślak <adam.cieslak@example.pl>", "Pompa do deszczowni", "technical", "",
"""Dzień dobry, pompa spalinowa do deszczowni, którą montowaliście w maju,
nie łapie ciśnienia - manometr pokazuje 2 bary zamiast 5 i zraszacz
ledwo się obraca. Ssanie zalane, kosz czysty. Truskawki schną.
Adam Cieślak, Lubelskie"""),
("pl", "b101-zasilacz-keyboard-iskrzy", "Monika Szewczyk <monika.szewczyk@example.pl>", "Zasilacz do keyboardu", "technical", "high",
"""Dzień dobry,

zasilacz do keyboardu, kupiony u Państwa w lutym, przy podłączaniu do
keyboardu zaczął iskrzyć przy wtyku, a potem od kostki poszedł swąd
spalonego plastiku i obudowa jest przy kablu lekko stopiona. Wyjęłam
go z gniazdka i już nie używam. Córka ćwiczy na nim codziennie, więc
wolę się upewnić: czy sam keyboard jest bezpieczny?

Monika Szewczyk"""),
("pl", "b101-rebak-noze-nie-staja", "Krzysztof Wieczorek <krzysztof.wieczorek@example.pl>", "Rozdrabniacz do gałęzi", "technical", "high",
"""Dzień dobry,

rozdrabniacz do gałęzi, kupiony w zeszłym tygodniu, po wyłączeniu
wyłącznikiem nie zatrzymuje noży - kręcą się dalej jeszcze dobre pół
minuty, a raz w ogóle nie stanęły, dopóki nie wyciągnąłem wtyczki. Lej
jest otwarty, łatwo tam wsadzić rękę. Odstawiłem go do garażu.

Krzysztof Wieczorek"""),
("pl", "b101-szklarnia-sterownik-klimatu", "Szklarnie Pawlak <biuro@szklarnie-pawlak.example>", "sterownik klimatu - pilne", "technical", "high",
"""Dzień dobry,

od 6 rano sterownik klimatu w obu szklarniach nie otwiera wietrzników
ani nie włącza zamgławiania. W panelu jest "brak komunikacji z modułem".
W środku jest już 41 stopni, mamy ok. 30 tys. sadzonek pomidora i
papryki przygotowanych do wysyłki w przyszłym tygodniu, liście już
więdną. Ludzie otwierają okna ręcznie drabinami.

Prosimy o telefon i serwis jeszcze dziś: 600 000 000.

Paweł Pawlak"""),
("pl", "b101-dziennik-egzaminy-online", "Sekretariat Szkoły Muzycznej Forte <sekretariat@forte-szkola.example>", "Egzaminy", "technical", "high",
"""Dzień dobry,

dzisiaj o 9:00 zaczęły się zdalne egzaminy z kształcenia słuchu i od
rana platforma, którą od Państwa mamy, nie wpuszcza nikogo - ani
uczniów, ani nauczycieli, wszyscy dostają "błąd serwera 503". Mamy 120
uczniów, którzy siedzą przed komputerami i czekają, a o 12:00 kolejna
tura. Rodzice dzwonią do sekretariatu bez przerwy.

Proszę o pilny kontakt: 22 000 00 00.

Agata Rutkowska, sekretariat"""),
("pl", "b101-ciagnik-trzecia-naprawa-kierownik", "Jan Kołodziej <jan.kolodziej@example.pl>", "Trzeci raz ta sama usterka", "technical", "high",
"""Szanowni Państwo,

to już trzeci raz w ciągu dwóch miesięcy, kiedy mój ciągnik staje w
polu z tą samą usterką skrzyni (nie wchodzą biegi w grupie B). Za każdym
razem serwis go zabiera na tydzień i oddaje "naprawiony". Mamy żniwa i
muszę wynajmować sprzęt od sąsiada.

Nie chcę kolejnej wizyty tego samego mechanika. Żądam, żeby
skontaktował się ze mną kierownik serwisu albo ktoś wyżej, kto
podejmie decyzję o wymianie.

Jan Kołodziej"""),
("pl", "b101-podziekowanie-stroiciel", "Halina Borkowska <halina.borkowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Stefanowi za wizytę. Pianino po mojej
mamie stało nieruszane piętnaście lat i myślałam, że to już tylko
mebel. Pan Stefan spędził u mnie całe popołudnie, cierpliwie wszystko
wyjaśnił, a teraz wnuczka gra na nim kolędy. Jestem wzruszona.

Z serdecznymi pozdrowieniami
Halina Borkowska"""),
("pl", "b101-zgubiony-parasol-filharmonia", "Piotr Sikorski <piotr.sikorski@example.pl>", "Zgubiony parasol", "general", "",
"""Dzien dobry, w piatek po koncercie zostawilem w szatni (albo pod
fotelem, balkon I, rzad 3) czarny parasol z drewniana raczka. Czy ktos
go znalazl? Moge odebrac w kasie.
P. Sikorski"""),
("pl", "b101-godziny-centrum-ogrodnicze", "Danuta Mazurek <danuta.mazurek@example.pl>", "Otwarte 1 listopada?", "general", "",
"""Dzień dobry, czy 31 października i 1 listopada centrum ogrodnicze jest
czynne? Jeśli tak, to w jakich godzinach? Chcę kupić chryzantemy.
Dziękuję"""),
("pl", "b101-dostawa-paleta-wiata", "Marek Kaczor <marek.kaczor@example.pl>", "Dostawa nawozu w środę", "general", "",
"""Dzień dobry,

w środę ma przyjść paleta nawozu. Proszę, żeby kierowca nie wjeżdżał na
podwórko, bo jest rozkopane pod kanalizację. Niech zostawi paletę pod
wiatą przy drodze, za przystankiem, tam gdzie leżą bele
słomy. Jakby co, proszę dzwonić 600 000 111.

Marek Kaczor"""),
("pl", "b101-zmiana-nazwiska-slub", "Karolina Nowak-Zielińska <karolina.nz@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Zielińska na Nowak-Zielińska. Proszę o
zmianę w moich danych w szkole muzycznej (śpiew, sala 4, czwartki) i w
dzienniku. Nowy adres e-mail to ten, z którego piszę.

Karolina Nowak-Zielińska"""),
("pl", "b101-rodo-usuniecie-danych", "Adrian Wasilewski <adrian.wasilewski@example.pl>", "Usunięcie danych osobowych", "general", "",
"""Dzien dobry,

na podstawie art. 17 RODO prosze o usuniecie wszystkich moich danych
osobowych z Panstwa bazy klientow i listy mailingowej. Nie korzystam
juz z uslug szkolki roslin. Prosze o potwierdzenie usuniecia.

Adrian Wasilewski"""),
("pl", "b101-sponsoring-dozynki", "Urząd Gminy Stara Wieś <promocja@ug-starawies.example>", "Dożynki gminne - zaproszenie do współpracy", "general", "",
"""Szanowni Państwo,

Wójt Gminy Stara Wieś zaprasza do udziału w Dożynkach Gminnych, które
odbędą się 1 września na stadionie w Starej Wsi. Zapraszamy do
wystawienia maszyn rolniczych oraz do objęcia patronatu nad konkursem
na najpiękniejszy wieniec dożynkowy. Partnerzy będą wymienieni na
plakatach i ze sceny.

Z poważaniem
Anna Gawrońska
Referat Promocji"""),
("pl", "b101-dzien-dobry-dorosli-nabor", "Grzegorz Wiśniewski <grzegorz.wisniewski@example.pl>", "Dzień dobry", "general", "",
"""Mam 47 lat i zawsze chciałem nauczyć się grać na akordeonie. Czy
przyjmujecie dorosłych i kiedy jest nabór? Nigdy nie miałem do
czynienia z nutami."""),
("pl", "b101-zaplacilam-sadzonki-kiedy", "Iwona Kwiatkowska <iwona.kwiatkowska@example.pl>", "Zamówienie borówek", "general", "",
"""Dzień dobry, zapłaciłam już za 50 sadzonek borówki amerykańskiej
(zamówienie 59011, przelew poszedł we wtorek). Kiedy mniej więcej będzie
wysyłka? Chcę wziąć wolne, żeby je od razu posadzić.
Iwona"""),
("pl", "b101-pilne-parking-filharmonia", "BOGUSLAW CHMIELEWSKI <b.chmielewski@example.pl>", "PILNE!!!", "general", "",
"""PILNE. CZY PRZY FILHARMONII JEST PARKING DLA WIDZÓW I ILE KOSZTUJE? W
SOBOTĘ PRZYJEŻDŻAMY Z ŻONĄ Z KONINA NA KONCERT."""),
("pl", "b101-koncert-petarda", "Oliwia Kalinowska <oliwia.kalinowska@example.pl>", "wczoraj", "general", "",
"""Ludzie, to był koncert-petarda! Orkiestra rozwaliła system, a solista
w Rachmaninowie po prostu zabił. Siedziałam z otwartą buzią przez cały
drugi koncert. Dzięki wielkie i do zobaczenia w przyszłym sezonie!
Oliwia"""),
("pl", "b101-rodo-skarga-uodo", "Michał Tomaszewski <michal.tomaszewski@example.pl>", "Nagranie mojego syna - skarga", "general", "high",
"""Szanowni Państwo,

na Państwa profilu na Facebooku i na stronie szkoły muzycznej od dwóch
tygodni jest film z popisu, na którym wyraźnie widać mojego
dziewięcioletniego syna, podpisanego imieniem i nazwiskiem. Nie
wyrażałem zgody na publikację wizerunku, a o usunięcie prosiłem już
dwukrotnie.

Jeśli film nie zniknie do piątku, składam skargę do Prezesa UODO.

Michał Tomaszewski"""),
("pl", "b101-pret-plac-zabaw-centrum", "Agnieszka Duda <agnieszka.duda@example.pl>", "Plac zabaw przy centrum ogrodniczym", "general", "high",
"""Dzień dobry,

w sobotę byliśmy z dziećmi w Państwa centrum ogrodniczym w Wieliczce.
Na małym placu zabaw przy kawiarni z drewnianej zjeżdżalni wystaje
złamana deska z gwoździem, akurat na wysokości głowy dziecka. Mój syn
zahaczył kurtką. Nikt z obsługi tam nie zagląda. Myślę, że trzeba to
szybko zabezpieczyć, zanim ktoś się skaleczy.

Agnieszka Duda"""),
]
