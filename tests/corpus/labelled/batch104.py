# batch104.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them until they are
# wired in.  Sport and clubs this time -- football academies, martial arts,
# swimming pools, ice rinks, climbing gyms, bowling, golf and tennis clubs,
# running races and triathlons, club memberships, parishes and community
# halls -- with the usual failure classes: escalation demands that keep
# their topic, legal threats and chargebacks, negations, Greeklish and
# text without accents or diacritics, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, and everyday mail of all three
# queues.  Same tuple format as batch13.py-batch16.py, slugs "b104-".
M += [
# ---------------- English ----------------
("en", "b104-swim-term-taken-twice", "Rachel Pemberton <rachel.pemberton@example.co.uk>", "Autumn term", "billing", "",
"""Hi,

I booked Alfie onto the Stage 4 swimming lessons for the autumn term
(Saturdays 9.30) and paid 96.00 online. My banking app now shows two
payments of 96.00 to the leisure centre on the same afternoon. I only
got one confirmation email. Could you refund the second one please?

Thanks,
Rachel Pemberton"""),
("en", "b104-not-technical-app-paid-twice", "Siddharth Menon <sid.menon@example.in>", "Booking app", "billing", "",
"""Hello team,

Kindly note this is not a problem with the app as such, the app is
working fine and the booking went through. Issue is that for the
badminton court on 14th (Court 3, 7 pm) the amount of Rs 450 has been
debited two times from my UPI account. Please do the needful and
reverse the extra amount at the earliest.

Regards,
Siddharth Menon
Koramangala"""),
("en", "b104-golf-husband-passed", "Margaret Ainsworth <m.ainsworth@example.co.uk>", "Mr D. Ainsworth - membership", "billing", "",
"""Dear Secretary,

I am writing to let the club know that my husband, Derek Ainsworth,
died on the 2nd of this month after a short illness. He was a member
for thirty-one years and loved his Wednesday fourball.

His annual subscription is taken by direct debit in January. I would be
grateful if you could make sure it is not taken again, and let me know
whether anything is owed either way for the remainder of this year.

With kind regards,
Margaret Ainsworth"""),
("en", "b104-climbing-wrist-freeze", "Josh Keane <josh.keane@example.ie>", "wrist", "billing", "",
"""hey, broke my wrist bouldering (my own fault, not the wall's!) and
I'm in a cast for 6-8 weeks. can I freeze the monthly membership till
I'm back? don't want to lose the founder rate of 42 a month by
cancelling.

cheers
Josh"""),
("en", "b104-marathon-deferral-fee", "Kate Lindqvist <kate.lindqvist@example.com>", "Deferring my place", "billing", "",
"""Hi there, I've got a place in the October marathon but I'm 19 weeks
pregnant and won't be running it this year! The website says deferral
to next year is possible but doesn't say what it costs. Is it the full
entry fee again or just an admin fee? And if I can't run next year
either, do I get anything back?

Kate"""),
("en", "b104-ice-rink-voucher-expired", "Aoife Brennan <aoife.brennan@example.ie>", "Skating voucher", "billing", "",
"""Hi,

My sister gave me a voucher for a family skate session (4 people, worth
EUR 48) for Christmas. I only found it in a drawer last week and it
says valid until 31 March, so it ran out a fortnight ago. Is there any
chance you'd honour it or extend it? It's never been used.

Aoife"""),
("en", "b104-karate-grading-cash", "Tony Delgado <tony.delgado@example.com>", "Grading on the 21st", "billing", "",
"""Sensei / office,

My son is grading for his orange belt on the 21st. Can I pay the 35
grading fee in cash on the day or does it have to go through the
website beforehand? Our card is being replaced after some fraud.

Thanks, Tony"""),
("en", "b104-tennis-rained-off", "Bill Harcourt <bill.harcourt@example.com.au>", "Thursday court", "billing", "",
"""G'day,

Booked court 2 for Thursday 6-7pm and paid $28 online. The storm rolled
in at half five and your staff closed the courts, which was fair
enough. But I haven't had the money back or a credit and the booking
still shows as "completed". Can you sort a refund or a credit on my
account, either is fine.

Bill"""),
("en", "b104-triathlon-cancelled-small-claims", "Lauren Whitfield <lauren.whitfield@example.co.uk>", "Lakeside Sprint Triathlon - entry fees", "billing", "high",
"""To the race organisers,

The Lakeside Sprint Triathlon on 8 June was cancelled by you two days
beforehand. My husband and I had each paid 89.00 to enter. Your email
said refunds would follow "within 14 days". It has now been seven
weeks, three emails have gone unanswered and the phone number goes to
a full voicemail.

Your own terms say that if the organiser cancels for reasons other than
weather, entrants get a full refund. The reason given was "venue
issues".

If 178.00 is not back in my account by the end of this month I will
file a claim through the small claims court without further notice.

Lauren Whitfield"""),
("en", "b104-gym-still-debiting-chargeback", "Marcus Greene <marcus.greene@example.com>", "STILL being charged", "billing", "high",
"""I cancelled my membership at the front desk on May 30th. I signed the
form, the guy at the desk gave me a copy. You have taken $54.99 in
June AND July anyway.

I'm done calling. If both payments aren't refunded by Friday I'm
disputing them with my credit card company and they can deal with you.

Marcus Greene
Member #20417 (former)"""),
("en", "b104-swim-club-fees-chair", "Priya Raghavan <priya.raghavan@example.co.uk>", "Squad fees invoice - please pass to the Chair", "billing", "high",
"""Dear Sir or Madam,

The squad fees invoice for my daughter (Development Squad, 3 sessions
a week) shows 185.00 for the quarter. The fees sheet handed out at the
AGM says 142.00 for the same squad. I queried this with the membership
secretary twice and was told "it's whatever the system says".

I would like this passed to the Club Chair or the Treasurer. I am happy
to pay what was agreed at the AGM, but not 43 more because nobody will
look at it.

Priya Raghavan"""),
("en", "b104-bowling-party-move-deposit", "Nicole Barrett <nicole.barrett@example.com>", "Party booking", "billing", "",
"""Hi! I put down a 50 deposit for my son's 9th birthday bowling party
(2 lanes, Sat 12th, 2pm). Half his class now has a school trip that
day. If I move the party to the Sunday does the deposit move with it
or do I lose it?

Nicole"""),
("en", "b104-re-renewal-moving-perth", "Daniel O'Connor <dan.oconnor@example.com.au>", "Re: Your membership renews on 1 September", "billing", "",
"""Thanks for the reminder - but please don't renew it. We're packing
up and moving to Perth at the end of August, so my Sydney club days
are over. Just let it lapse, no need to take the $380.

Cheers,
Dan

> Dear Daniel,
>
> Your Full Playing membership at Harbourside Tennis Club renews on
> 1 September. The annual fee of $380.00 will be charged to the card
> on file. No action is needed to continue your membership.
>
> Harbourside Tennis Club Membership Team"""),
("en", "b104-football-academy-sibling-discount", "Wayne Hollis <wayne.hollis@example.co.uk>", "Question", "billing", "",
"""Hi,

Is there a sibling discount at the academy? My two lads (U9s and U11s)
both started in September and we're paying the full 35 a month each.
A mate said he gets 10% off for his second one.

Wayne"""),
("en", "b104-app-crashes-not-payment", "Hannah Liebermann <hannah.liebermann@example.com>", "Not a payment issue", "technical", "",
"""Hi - before anyone sends me to billing again: my direct debit is fine
and my membership is active. The problem is the app. Every time I tap
"Timetable" it shows the spinning wheel for a few seconds and then
closes itself. iPhone 13, app updated yesterday, deleted and
reinstalled, same thing. So I can't book classes at all.

Hannah"""),
("en", "b104-auto-belay-slow", "Ciaran Fahy <ciaran.fahy@example.ie>", "Auto-belay on the orange wall", "technical", "high",
"""Hi folks,

Just a heads-up from last night (Tuesday around 8). The auto-belay on
the orange wall, far left, was letting me down much faster than the
others when I came off near the top - I hit the mat harder than I'd
like, and another climber said the same thing happened to her. The
webbing also looked a bit frayed near the clip.

I didn't see anyone put a sign on it before I left. Might be worth
taking it out of use until someone has a look.

Ciaran"""),
("en", "b104-sauna-heater-burning", "Geoffrey Lamb <geoff.lamb@example.co.uk>", "Sauna", "technical", "high",
"""Good morning,

I use the sauna at the Riverside pool most mornings. Today there was a
smell of burning plastic coming from behind the heater guard, and the
temperature dial on the outside wall was too hot to touch. I mentioned
it to the lifeguard but she was busy and I'm not sure it was passed on.

I thought you ought to know in writing.

Geoffrey Lamb"""),
("en", "b104-website-reset-link-expired", "Ellie Marsh <ellie.marsh@example.com>", "Password", "technical", "",
"""I've asked for a password reset 4 times now and every time I click the
link in the email it says "This link has expired" - even when I click it
straight away. Can't log in to book the climbing induction."""),
("en", "b104-timing-chip-no-result", "Rohan Kapoor <rohan.kapoor@example.in>", "Result missing - bib 1184", "technical", "",
"""Dear organisers,

I ran the 10K on Sunday (bib 1184) and finished in around 52 minutes as
per my watch, but the results page shows me as DNF. The timing chip was
on my shoe as instructed. My friend who started with me has a proper
time. Kindly check the timing system and correct my result.

Thanks and regards,
Rohan Kapoor"""),
("en", "b104-club-booking-down-courts-empty", "Front Desk <frontdesk@westfield-ltc.example>", "Members can't get in", "technical", "high",
"""Hi,

Since about 6.30 this morning none of our members can book or check in
through your system - the member page just shows a white screen and
the check-in tablet at reception says "cannot reach server". Our
coaches have juniors standing at the gate, the Saturday round robin
starts at 10 with 48 players and I have no list of who's paid or
which court anyone is on. Phone hasn't stopped.

Please call me on 01632 960 441.

Sandra Kilbride
Club Manager, Westfield Lawn Tennis Club"""),
("en", "b104-dojo-card-reader-declining", "Kenji Watanabe <kenji@ironwood-dojo.example>", "Card machine", "technical", "high",
"""Hello,

The card reader you supplied for our dojo has declined every single
card since yesterday afternoon - members' cards, my own card, contactless
and chip and PIN. The message is "Host unavailable 05". It's the first
week of term when everyone pays for the quarter and I have had to send
about 30 families home without paying. Restarting it does nothing.

Kenji Watanabe
Ironwood Dojo"""),
("en", "b104-golf-trolley-battery-smoking", "Alastair Cunningham <a.cunningham@example.co.uk>", "Electric trolley", "technical", "high",
"""Hello,

I bought one of your lithium electric golf trolleys in the spring.
Yesterday on the 14th at Gleneagle Park I noticed a thin wisp of smoke
from the battery compartment and the case was very hot. I unplugged it
and left it on the path. It has since cooled and I have it in the
garage, away from the house, not charging.

Please advise what you want me to do with it.

Alastair Cunningham"""),
("en", "b104-ball-machine-not-feeding", "Jess Tran <jess.tran@example.com.au>", "Hello", "technical", "",
"""Hey, the ball machine we hired for the weekend (the blue one) spins up
fine but won't feed any balls, they just sit in the hopper. We tried
the oscillation off and on. Is there a trick to it?"""),
("en", "b104-entry-form-error", "Graham Fowler <graham.fowler@example.com>", "Entry form", "technical", "",
"""Tried to enter the Hilltop Half four times today - every time I press
Submit on the last page I get "Error 500 - something went wrong" and
nothing is taken from my card. Firefox and Edge, same thing. Entries
close Friday."""),
("en", "b104-stream-freezes-final", "Linda Morales <linda.morales@example.com>", "Livestream", "technical", "",
"""Hello,

I'm watching the club championships livestream from Arizona so I can
see my grandson play. It keeps freezing every few seconds with a
buffering circle, and when it comes back it's a minute behind. My
internet is fine for everything else. Is it something on your end?

Linda"""),
("en", "b104-locker-insulin-inside", "Fiona Rafferty <fiona.rafferty@example.ie>", "Locker won't open - medication inside", "technical", "high",
"""Hi,

I'm writing from the poolside at Ballymount Leisure Centre. My son's
insulin pen and his glucose monitor reader are in locker 212 and the
keypad is not accepting our code - it flashes red and beeps. The
attendant says only your engineer can override them.

He's type 1 and due his dose before his tea. I need someone to get this
open as soon as possible please. 087 555 0192.

Fiona Rafferty"""),
("en", "b104-clubhouse-wifi-drops", "Peter Gallagher <peter.gallagher@example.co.uk>", "Clubhouse Wi-Fi", "technical", "",
"""The Wi-Fi in the cricket clubhouse drops every 10-15 minutes and we
have to reconnect. The router you fitted has a flashing amber light
when it happens. Not the end of the world but the scorers use it on
match days."""),
("en", "b104-bank-holiday-pool-hours", "Sunita Sharma <sunita.sharma@example.co.uk>", "Monday", "general", "",
"""Is the main pool open on the bank holiday Monday and if so what
times is the lane swimming? Thanks"""),
("en", "b104-coach-thanks-nervous-swimmer", "Claire Hutchinson <claire.hutch@example.co.uk>", "Thank you to Becky", "general", "",
"""Hello,

I just wanted to say thank you to Becky, who teaches the Tuesday 4.30
beginners. My daughter Isla was terrified of putting her face in the
water and cried at the first two lessons. Becky has been so patient
with her and on Tuesday Isla swam a whole width on her own and came
out beaming. She talks about "Miss Becky" all week.

Please pass this on to her - and to whoever does staff awards!

Claire Hutchinson"""),
("en", "b104-bowling-lost-jacket", "Liam Doherty <liam.doherty@example.ie>", "left my jacket", "general", "",
"""Hi, I think I left a navy North Face jacket on the seats at lane 7
on Saturday night (work do, about 9-11pm). Car keys are in the pocket.
Has anyone handed it in? I can come in any evening."""),
("en", "b104-receptionist-rude", "Deborah Kingsley <d.kingsley@example.com>", "Reception on Sunday", "general", "",
"""Hi,

I don't normally complain but I was really put off on Sunday morning.
I asked the young man on reception whether the family swim had
started yet and he sighed, rolled his eyes and said "it's on the
board" without looking up from his phone. My mother, who is 79, asked
him where the lift was and got the same treatment.

Not the end of the world but not how I expect to be spoken to at a
place we've been coming to for years.

Deborah Kingsley"""),
("en", "b104-coach-shouting-director", "Mark Ellison <mark.ellison@example.co.uk>", "U10s coach - I want to speak to the academy director", "general", "high",
"""To whoever runs the academy,

At Saturday's U10 match the coach screamed at my son in front of
everyone, called him "useless" and then kept him on the bench for the
whole second half. Two other parents heard it. My son didn't want to
go to training this week.

I spoke to the coach afterwards and was told to "take it up with
someone who cares". Fine - I'm doing that. I want a meeting with the
academy director, not a reply from the coach or a generic email.

Mark Ellison"""),
("en", "b104-change-address-email", "Robert Yates <robert.yates@example.com>", "New details", "general", "",
"""Hi, we've moved. Please update my membership record:

Robert Yates, member no. G-3381
New address: 7 Orchard Close, Harrogate HG2 8QT
New email: robert.yates@example.com (this one)
Mobile unchanged.

Ta,
Rob"""),
("en", "b104-gdpr-data-request", "Ayesha Malik <ayesha.malik@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all personal data your leisure
trust holds about me, including membership records, attendance/swipe
history and any notes on my account. My membership number was
LT-550921 and I was a member from 2019 to 2023.

Yours faithfully,
Ayesha Malik"""),
("en", "b104-sponsor-junior-kit", "Steve Pollard <steve@pollard-plumbing.example>", "Sponsoring the U12s", "general", "",
"""Morning,

My lad plays for your U12 girls/boys mixed team and I run a small
plumbing firm in town. I'd be happy to sponsor next season's shirts if
you're looking for someone. Who should I speak to about it, and what
would you need from me (logo file etc)?

Steve Pollard
Pollard Plumbing & Heating"""),
("en", "b104-parish-hall-christening", "Bernadette Kavanagh <bernie.kavanagh@example.ie>", "Hall for a christening", "general", "",
"""Dear Father / parish office,

We are having our granddaughter christened at St Brigid's on Sunday 19
October and wondered if the parish hall would be free that afternoon
for a small gathering afterwards, about 40 people. Would we be allowed
to bring our own food and a few bottles of wine?

Many thanks,
Bernadette Kavanagh"""),
("en", "b104-pool-tile-cut-foot", "Natalie Reeves <natalie.reeves@example.co.uk>", "Broken tile by the toddler pool", "general", "high",
"""Hello,

There is a broken tile with a sharp edge on the poolside right next to
the steps into the toddler pool (the corner nearest the changing
village). My 3-year-old cut the bottom of her foot on it this
afternoon - the first aider cleaned it and it's fine - but it was
bleeding quite a lot and another toddler stepped right over it a
minute later. Nobody put a cone out while we were there.

Natalie Reeves"""),
("en", "b104-race-day-parking-bags", "Tom Kinsella <tom.kinsella@example.com>", "Race day", "general", "",
"""Couple of quick ones for Sunday's 10 miler: is there parking at the
start or should we use the park and ride, and is there a bag drop? I'll
have my two kids with me as spectators - anywhere good to watch?

Also, loved last year's race. That hill at mile 8 absolutely killed me,
can't wait to do it again.

Tom"""),
("en", "b104-trophies-side-door", "Janet Fleming <janet.fleming@example.co.uk>", "Order 40877", "general", "",
"""Hi, when the trophies for our awards night are delivered next week,
please could the driver bring them to the side door of the bowls club
(off Station Road, the green gate) rather than the front? The front is
locked on weekdays. Someone is there 10-2 Monday to Thursday.

Janet Fleming, Secretary
Ashby Bowls Club"""),
("en", "b104-junior-squad-age", "Olumide Adeyemi <olumide.adeyemi@example.com>", "Juniors", "general", "",
"""Hello, my daughter is 7 and very keen on climbing after a birthday
party at your wall. Do you run any regular kids' sessions or a junior
club for her age, and do they need to be able to climb already?

Thanks,
Olu"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b104-akadimia-diplh-xreosi-syndromis", "Γιώργος Παπαδάκης <g.papadakis@example.gr>", "Συνδρομή Οκτωβρίου", "billing", "",
"""Καλησπέρα σας,

Ο γιος μου ο Νικόλας παίζει στα Κ10 της ακαδημίας σας. Για τη συνδρομή
του Οκτωβρίου (40 €) βλέπω στην κάρτα μου δύο χρεώσεις της ίδιας μέρας,
με διαφορά δύο λεπτών. Μάλλον πάτησα δύο φορές «Πληρωμή» επειδή άργησε
να φορτώσει η σελίδα. Μπορείτε να μου επιστρέψετε τη μία;

Ευχαριστώ,
Γιώργος Παπαδάκης"""),
("el", "b104-gl-kolymvitirio-fantaros", "Stelios M. <stelios.m@example.gr>", "syndromh", "billing", "",
"""Geia sas, paw fantaros 15 tou mhna gia 9 mhnes (Evros...). Mporw na
pagwsw thn syndromh sto kolymvhthrio mexri na gyrisw h prepei na thn
kleisw teleiws? Plhrwnw 35 eurw to mhna me pagia entolh. Den 8elw na
xasw thn timh pou exw apo palia.

Eyxaristw
Stelios"""),
("el", "b104-taekwondo-o-mikros-stamatise", "Αικατερινη Ρουσσου <k.roussou@example.gr>", "Ο μικρος σταματαει", "billing", "",
"""Καλημερα σας,

Ο Αντωνης μας μετα απο τρια χρονια ταε κβον ντο αποφασισε οτι θελει να
παιζει μπασκετ με τους φιλους του. Δεν θα ερχεται πια απο τον Νοεμβριο.
Παρακαλω να μην του χρεωθει ο επομενος μηνας (30 ευρω) και να μου πειτε
αν χρωσταμε κατι για τη στολη που παραγγειλαμε.

Ευχαριστουμε πολυ για ολα, ειδικα τον κ. Σταυρο.
Κατερινα Ρουσσου"""),
("el", "b104-bowling-timologio-etaireias", "Λογιστήριο <logistirio@kyma-software.example>", "Τιμολόγιο για εταιρική βραδιά", "billing", "",
"""Καλημέρα,

Την Παρασκευή 7/3 είχαμε εταιρική βραδιά μπόουλινγκ στο κατάστημά σας
(6 πίστες, 42 άτομα, σύνολο 588 €). Πληρώσαμε με εταιρική κάρτα αλλά
μας δόθηκε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στα στοιχεία:

ΚΥΜΑ ΛΟΓΙΣΜΙΚΟ Μ.Ι.Κ.Ε.
ΑΦΜ 099999999, ΔΟΥ Καλαμαριάς
Εγνατίας 120, Θεσσαλονίκη

Ευχαριστούμε,
Μαρία Τσολάκη
Λογιστήριο"""),
("el", "b104-gl-tennis-doseis-etisia", "Kostas Vlachos <kostas.vlachos@example.gr>", "etisia syndromh", "billing", "",
"""Kalhmera, h etisia syndromh tou omilou einai 420e kai prepei na
plhrw8ei mexri 31/1. Ginetai na thn plhrwsw se 3 h 4 doseis me karta?
Me ta ypoloipa e3oda tou Genarh einai ligo dyskolo.
Kwstas Vlaxos (melos 0871)"""),
("el", "b104-re-agility-rex-efyge", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Re: Υπενθύμιση ανανέωσης συνδρομής", "billing", "",
"""Καλησπέρα,

Δυστυχώς ο Ρεξ μας έφυγε πριν από δύο εβδομάδες, ήταν 12 χρονών. Δεν θα
χρειαστούμε άλλο τα μαθήματα agility, οπότε σας παρακαλώ να μην
ανανεωθεί η συνδρομή. Σας ευχαριστούμε για τα τρία υπέροχα χρόνια, τα
Σάββατα στο γήπεδο ήταν η αγαπημένη του ώρα.

Σοφία

> Αγαπητή κυρία Καραγιάννη,
>
> Η ετήσια συνδρομή του Ρεξ στο Agility Club Πεύκης λήγει στις 30/4 και
> θα ανανεωθεί αυτόματα με χρέωση 180 € στην κάρτα σας.
>
> Με εκτίμηση,
> Agility Club Πεύκης"""),
("el", "b104-agonas-akyrothike-synigoros", "Παναγιώτης Λιάκος <p.liakos@example.gr>", "Ακύρωση Ημιμαραθωνίου Λιμνης - επιστροφή παραβόλων", "billing", "high",
"""Κύριοι,

Ο Ημιμαραθώνιος της Λίμνης, για τον οποίο πληρώσαμε συμμετοχή εγώ, η
σύζυγός μου και ο γιος μου (3 x 25 € = 75 €), ακυρώθηκε από εσάς την
προηγούμενη μέρα. Στην ανακοίνωση γράφατε ότι θα υπάρξει επιστροφή
χρημάτων ή μεταφορά στη διοργάνωση του επόμενου έτους. Ζητήσαμε
επιστροφή στις 12 Μαΐου, σήμερα είναι 2 Ιουλίου και δεν έχουμε λάβει
ούτε χρήματα ούτε απάντηση.

Αν δεν επιστραφεί το ποσό μέσα σε δέκα ημέρες, θα υποβάλω καταγγελία
στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Παναγιώτης Λιάκος"""),
("el", "b104-gl-gym-amfisvitisi-trapeza", "Xristina Z. <xristina.z@example.gr>", "XREWSH META THN AKYRWSH", "billing", "high",
"""Exw kanei akyrwsh sto gym apo ton Maio, to exw kai grammeno sto mail
pou mou steilate. Kai omws sas vlepw na mou trwte 39,90 ka8e mhna,
Iounio kai Ioulio.

Den 3anapairnw thlefwno na akousw "8a to doume". An den epistrafoun ta
79,80 ews thn Paraskeyh kanw amfisvhthsh xrewshs sthn trapeza kai
telos.

Xristina Zervou"""),
("el", "b104-kataskinosi-timi-allaxe-diefthyntis", "Ευάγγελος Μαυρίδης <e.mavridis@example.gr>", "Αθλητική κατασκήνωση - άλλαξε η τιμή", "billing", "high",
"""Καλησπέρα,

Τον Φεβρουάριο κλείσαμε θέση για την κόρη μας στην αθλητική
κατασκήνωση του Ιουλίου, με τιμή 320 € και προκαταβολή 100 € που
πληρώσαμε. Τώρα μας ήρθε ειδοποίηση να εξοφλήσουμε 290 €, δηλαδή
συνολικά 390 €, «λόγω αναπροσαρμογής τιμών».

Η γραμματεία μας λέει ότι δεν μπορεί να κάνει τίποτα. Ζητώ να μιλήσω
απευθείας με τον διευθυντή του συλλόγου. Η τιμή συμφωνήθηκε και
πληρώσαμε προκαταβολή πάνω σε αυτήν.

Ευάγγελος Μαυρίδης
694 000 3318"""),
("el", "b104-gl-allagi-papoutsia-mikro", "Giannhs K. <giannis.k@example.gr>", "papoutsia", "billing", "",
"""geia sas, phra apo to shop tou syllogou ta podosfairika papoutsia gia
ton mikro (No 34) alla tou xtypane, 8elw to 35. den ta forese e3w, mono
sto xali. mporw na ta allaksw to Savvato sthn proponhsh h na ta steilw?
exw thn apodei3h."""),
("el", "b104-pagodromio-kouponi-ypoloipo", "Δέσποινα Αθανασίου <despina.ath@example.gr>", "Δωροκάρτα παγοδρομίου", "billing", "",
"""Γεια σας, μου έκαναν δώρο μια δωροκάρτα των 50 € για το παγοδρόμιο. Την
Κυριακή χρησιμοποίησα 24 € για εμένα και τον ανιψιό μου. Μένει το
υπόλοιπο στην κάρτα ή χάνεται; Και πού μπορώ να δω πόσα έχουν μείνει;"""),
("el", "b104-gl-erotisi-polyteknoi-ekptosi", "Eleni P. <eleni.p@example.gr>", "Erwthsh", "billing", "",
"""Kalhspera! Eimaste polyteknh oikogeneia kai 8eloume na grapsoume ta
tria paidia sto kolymvhthrio (ta 2 sta tmhmata ekmathshs kai to megalo
sthn omada). Yparxei ekptwsh gia polyteknous h gia adelfia? An nai ti
xarti xreiazetai?
Eyxaristw, Elenh"""),
("el", "b104-enoria-apodeixi-dorea", "Ιωάννης Σπυρόπουλος <ioannis.spyr@example.gr>", "Απόδειξη δωρεάς", "billing", "",
"""Σεβαστέ πάτερ, αγαπητοί του γραφείου,

Τον Δεκέμβριο κατέθεσα 200 € στον λογαριασμό της ενορίας για την
ανακαίνιση του πνευματικού κέντρου. Ο λογιστής μου λέει ότι για να
εκπέσει από τη φορολογική δήλωση χρειάζομαι επίσημη απόδειξη δωρεάς.
Μπορεί να εκδοθεί και να μου σταλεί;

Με σεβασμό,
Ιωάννης Σπυρόπουλος"""),
("el", "b104-gl-app-den-einai-plirwmh", "Thodoris A. <thodoris.a@example.gr>", "efarmogh", "technical", "",
"""Kalhmera, den exei sxesh me plhrwmh, h syndromh mou einai energh kai
plhrwmenh. Apla h efarmogh tou gym den anoigei apo xtes, petaei "kati
phge strava" kai kleinei. Exw Xiaomi, thn esvhsa kai thn evala pali,
tipota. Den mporw na kleisw 8esh sta group ma8hmata.
Thodwrhs"""),
("el", "b104-karta-eisodou-tourniketo", "Μαρίνα Δημητρίου <marina.dimitriou@example.gr>", "Κάρτα μέλους", "technical", "",
"""Καλησπέρα, η κάρτα μέλους μου δεν διαβάζεται στο τουρνικέ στην είσοδο
του κολυμβητηρίου εδώ και μία εβδομάδα. Κάθε φορά πρέπει να με ανοίγει
η υπάλληλος με το χέρι. Η συνδρομή είναι εξοφλημένη. Μήπως χάλασε το
τσιπ; Χρειάζεται καινούργια κάρτα;"""),
("el", "b104-kolymvitirio-myrodia-gkaziou", "Αντώνης Χριστοδούλου <a.christodoulou@example.gr>", "Αποδυτήρια ανδρών", "technical", "high",
"""Καλημέρα,

Απλώς για ενημέρωση: σήμερα το πρωί, γύρω στις 7:15, στα αποδυτήρια
ανδρών του κλειστού κολυμβητηρίου μύριζε αρκετά έντονα γκάζι, κυρίως
κοντά στην πόρτα που πάει στο λεβητοστάσιο. Το είπα στον υπάλληλο της
υποδοχής, αλλά μου φάνηκε ότι δεν έδωσε σημασία.

Αντώνης Χριστοδούλου"""),
("el", "b104-gl-pistolaki-reuma", "Natasa V. <natasa.v@example.gr>", "pistolaki sta apodythria", "technical", "high",
"""Kalhspera, 8elw na sas pw oti sta gynaikeia apodyteria, to pistolaki
sto deutero ka8refth (apo ta aristera) me xtyphse reuma shmera otan to
anapsa, kai to kalwdio einai liwmeno konta sthn prizas. Den pa8a tipota
sovaro alla ekei mesa ola einai vregmena kai erxontai kai mikra koritsia
apo thn omada. Kalo 8a htan na to vgalete.
Natasa"""),
("el", "b104-platforma-egrafes-tournoua", "Γραμματεία ΑΟ Νέας Σμύρνης <info@ao-neasmyrnis.example>", "Πλατφόρμα εγγραφών", "technical", "high",
"""Καλησπέρα σας,

Από χθες το μεσημέρι η πλατφόρμα εγγραφών που μας έχετε δώσει δεν μας
αφήνει να μπούμε στον λογαριασμό του συλλόγου («Σφάλμα 403»). Το
Σάββατο ξεκινάει το τουρνουά μινι-ποδοσφαίρου με 24 ομάδες, οι γονείς
μας παίρνουν τηλέφωνο γιατί δεν βλέπουν το πρόγραμμα αγώνων, δεν
μπορούμε να τυπώσουμε καταστάσεις παικτών για τους διαιτητές και δεν
ξέρουμε ποιες ομάδες έχουν ολοκληρώσει εγγραφή.

Παρακαλούμε πολύ να μας καλέσετε: 210 000 4455.

Ελένη Μαργαρίτη
Γραμματεία"""),
("el", "b104-pagodromio-scanner-oura", "Υπεύθυνος Βάρδιας <vardia@pagodromio-marousi.example>", "Σκάνερ εισιτηρίων", "technical", "high",
"""Επείγον.

Και οι τρεις σκάνερ εισιτηρίων στην είσοδο έχουν «παγώσει» από τις 17:00
και δεν διαβάζουν κανένα QR. Είναι η πρώτη μέρα των διακοπών των
Χριστουγέννων και έξω περιμένουν πάνω από 200 άτομα, πολλά παιδιά, στο
κρύο. Τα ηλεκτρονικά εισιτήρια δεν μπορούμε να τα ελέγξουμε με άλλο
τρόπο.

Κώστας Ρήγας, υπεύθυνος βάρδιας"""),
("el", "b104-kodikos-meta-allagi", "Φανή Κωνσταντίνου <fani.k@example.gr>", "Κωδικός", "technical", "",
"""Άλλαξα τον κωδικό μου στο site του ομίλου χθες βράδυ και από τότε δεν
μπορώ να μπω ούτε με τον καινούργιο ούτε με τον παλιό. Γράφει «λάθος
στοιχεία». Το email μου είναι αυτό εδώ."""),
("el", "b104-gl-chip-lathos-xronos", "Alkis T. <alkis.t@example.gr>", "xronos 10k", "technical", "",
"""Geia sas, etrexa to 10xlm thn Kyriakh (ari8mos 2207). To roloi mou
grafei 47:10 alla sta apotelesmata exw 1:07:10, dhladh akrivws 20 lepta
parapanw. Mhpws to tsip phre lathos wra ekkinhshs? Etreksa sto prwto
block.
Alkis"""),
("el", "b104-kratisi-gipedou-diplh", "Μιχάλης Ζαφειρίου <m.zafeiriou@example.gr>", "Κρατήσεις γηπέδων", "technical", "",
"""Καλησπέρα,

Έκλεισα το γήπεδο 5x5 για Τετάρτη 21:00 μέσω του site και πήρα
επιβεβαίωση. Όταν πήγαμε, έπαιζε ήδη άλλη παρέα που είχε κι αυτή
επιβεβαίωση για την ίδια ώρα. Η κοπέλα στη ρεσεψιόν είπε ότι «το
σύστημα κάνει καμιά φορά διπλοκρατήσεις». Δεν ζητάω χρήματα, τελικά
παίξαμε στις 22:00, αλλά κάποιος πρέπει να το φτιάξει.

Μιχάλης"""),
("el", "b104-fota-gipedou-tennis-timer", "Λεωνίδας Πετρίδης <l.petridis@example.gr>", "Φώτα γηπέδου 3", "technical", "",
"""Τα φώτα στο γήπεδο 3 δεν ανάβουν με την κάρτα μέλους από την Κυριακή.
Στο 1 και στο 2 ανάβουν κανονικά. Χθες το βράδυ διακόψαμε το παιχνίδι
στις 20:30 γιατί δεν βλέπαμε το μπαλάκι."""),
("el", "b104-gl-live-streaming-kollaei", "Vaso Kyr. <vaso.kyr@example.gr>", "live", "technical", "",
"""kalhspera, to live tou agwna tou Savvatou kollouse ka8e 10 deuterolepta
kai meta mas petage e3w. Apo thn Germania to vlepoume gia na doume ton
ane3io mou. Sto youtube kai se ola ta alla to internet mas paei kanonika."""),
("el", "b104-kratiseis-trith-fora-ypeythynos", "Δημοσθένης Αλεξίου <d.alexiou@example.gr>", "Τρίτη φορά το ίδιο πρόβλημα", "technical", "high",
"""Καλησπέρα,

Είναι η τρίτη φορά μέσα σε έναν μήνα που η σελίδα κρατήσεων του
αναρριχητικού κέντρου μου «κλείνει» θέση και μετά τη σβήνει μόνη της.
Τις δύο προηγούμενες φορές σας έγραψα, μου απαντήσατε «ευχαριστούμε,
το προωθήσαμε στο τεχνικό τμήμα» και τίποτα. Χθες πήγα με δύο φίλους
που ήρθαν από Πάτρα και δεν μας άφησαν να μπούμε επειδή «δεν υπάρχει
κράτηση».

Θέλω να μου απαντήσει ο υπεύθυνος, όχι πάλι αυτόματο μήνυμα.

Δημοσθένης Αλεξίου"""),
("el", "b104-mpoouling-lorida-4-kollaei", "Νικος Τσιρογιαννης <nikos.tsir@example.gr>", "Πιστα 4", "technical", "",
"""Γεια σας, την Τεταρτη στην πιστα 4 το μηχανημα που στηνει τις κορινες
κολλουσε καθε δευτερη βολη και περιμεναμε να ερθει ο υπαλληλος να το
ξεκολλησει. Καλο θα ηταν να το δει καποιος. Κατα τα αλλα ολα καλα."""),
("el", "b104-bara-parking-omilou", "Σταυρος Λαμπρακης <stavros.lampr@example.gr>", "Μπαρα parking", "technical", "",
"""Καλησπερα, η μπαρα στο παρκινγκ του ομιλου δεν ανοιγει πια με το
τηλεχειριστηριο που μας δωσατε στην εγγραφη. Αλλαξα μπαταρια, το
λαμπακι αναβει κανονικα. Τις τελευταιες τρεις φορες περιμενα να βγει
καποιος για να περασω. Μηπως αλλαξε ο κωδικος;

Σταυρος Λαμπρακης, μελος 2210"""),
("el", "b104-orario-kolymvitiriou-avgoustos", "Ρένα Αναστασίου <rena.anast@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα σας. Θα είναι ανοιχτό το κολυμβητήριο τον Αύγουστο και
ειδικά στις 15; Και ποιες ώρες είναι το ελεύθερο κολύμπι;"""),
("el", "b104-gl-eyxaristo-proponiti", "Mpampis & Dora <mpampis.dora@example.gr>", "Eyxaristw", "general", "",
"""Kalhspera,

8eloume na poume ena megalo eyxaristw ston proponhth Manolh tou
tmhmatos K8. O Petros mas htan to pio ntropalo paidi ths omadas kai
fetos ekane thn prwth tou asisst kai gyrise spiti petwntas. O Manolhs
exei apisteuth ypomonh me ola ta paidia.

Na ton exete kala!
Mpampis kai Dwra"""),
("el", "b104-xamenh-vera-apodytiria", "Θεοδώρα Νικολαΐδου <theodora.n@example.gr>", "Χαμένη βέρα", "general", "",
"""Καλησπέρα σας,

Την Πέμπτη το απόγευμα νομίζω ότι έχασα τη βέρα μου στα γυναικεία
αποδυτήρια του κολυμβητηρίου, μάλλον στο ντουλάπι 48 ή στον πάγκο
μπροστά του. Είναι χρυσή, λεπτή, με χαραγμένο μέσα «Γ & Θ 1998». Έχει
παραδοθεί κάτι τέτοιο; Έχει μεγάλη συναισθηματική αξία για μένα.

Θεοδώρα Νικολαΐδου
697 000 1245"""),
("el", "b104-nauagosostis-agenis", "Χαράλαμπος Γεωργίου <ch.georgiou@example.gr>", "Συμπεριφορά ναυαγοσώστη", "general", "",
"""Καλημέρα,

Την Κυριακή στο ελεύθερο κολύμπι ο ναυαγοσώστης φώναξε στον 80χρονο
πατέρα μου μπροστά σε όλους επειδή κολυμπούσε «αργά στη γρήγορη
λωρίδα». Ο πατέρας μου δεν είχε δει την πινακίδα. Δεν χρειαζόταν αυτός ο
τόνος, μπορούσε απλώς να του το πει ευγενικά. Παρακαλώ να το μεταφέρετε.

Χ. Γεωργίου"""),
("el", "b104-gl-kerkida-spasmeno-skali", "Dimitra L. <dimitra.l@example.gr>", "kerkida", "general", "high",
"""Geia sas. Sthn kerkida tou gipedou stis akadhmies, to trito skali
apo katw sthn aristerh meria einai spasmeno, exei feugei ena kommati
tsimento kai e3exei ena sidero. Sthmera epese ena koritsaki ths omadas
K6 kai xtyphse to gonato, eixe aimata. Ka8ontai ekei dekades gonees
ka8e Savvato me mwra kai paidakia. Na to kleisete prin ginei kati
xeirotero.
Dhmhtra Lamprou"""),
("el", "b104-proponitis-proedros-syllogou", "Αναστασία Κουτσούκου <a.koutsoukou@example.gr>", "Ζητώ συνάντηση με τον πρόεδρο", "general", "high",
"""Αξιότιμε κύριε Πρόεδρε,

Σας γράφω για τη συμπεριφορά του προπονητή της ομάδας βόλεϊ κορασίδων.
Στην προπόνηση της Τρίτης έβαλε την κόρη μου να τρέχει γύρους «για
τιμωρία» μέχρι που έκανε εμετό, και σχολίασε μπροστά σε όλη την ομάδα
το βάρος της. Δεν είναι η πρώτη φορά που ακούμε τέτοια από γονείς.

Στη γραμματεία μου είπαν να «το συζητήσω με τον ίδιο». Δεν πρόκειται.
Ζητώ συνάντηση με εσάς ή με το Διοικητικό Συμβούλιο το συντομότερο.

Αναστασία Κουτσούκου"""),
("el", "b104-allagi-stoixeion-melous", "Βασίλης Ηλιόπουλος <v.iliopoulos@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα, παρακαλώ ενημερώστε τα στοιχεία μου στο μητρώο μελών του
ομίλου:

Νέο κινητό: 698 000 7721
Νέα διεύθυνση: Αγίου Δημητρίου 14, 54632 Θεσσαλονίκη

Αριθμός μέλους 1536.
Ευχαριστώ, Βασίλης Ηλιόπουλος"""),
("el", "b104-diagrafi-prosopikon-dedomenon", "Ζωή Παπαγεωργίου <zoi.papageorgiou@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Ήμουν μέλος του αναρριχητικού σας κέντρου έως το 2022. Σύμφωνα με το
άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων
(στοιχεία επικοινωνίας, φωτογραφία κάρτας, ιστορικό εισόδων) και την
αφαίρεσή μου από τη λίστα ενημερωτικών email.

Παρακαλώ επιβεβαιώστε μου γραπτώς.

Ζωή Παπαγεωργίου"""),
("el", "b104-gl-xorigia-fournos", "Fournos Anatolh <fournos.anatoli@example.gr>", "xorhgia", "general", "",
"""Kalhmera sas, exoume to fourno sth gwnia, dipla sto ghpedo. 8a 8elame
na xorhghsoume tis fanelles tou neou tmhmatos mpasket gia th seson, h
esto na dinoume koulouria sta paidia meta tis proponhseis tou
Savvatou. Me poion na milhsw?
Sakis, Fournos Anatolh"""),
("el", "b104-enoria-aithousa-bazaar", "Ελπίδα Σταματοπούλου <elpida.stam@example.gr>", "Αίθουσα ενορίας", "general", "",
"""Χριστός Ανέστη!

Η ομάδα κυριών της ενορίας θα ήθελε να οργανώσει φιλανθρωπικό παζάρι
στην αίθουσα του πνευματικού κέντρου το Σάββατο 17 Μαΐου, από τις 10 ως
τις 2. Είναι ελεύθερη η αίθουσα; Μπορούμε να στήσουμε τραπέζια από την
Παρασκευή το απόγευμα;

Με αγάπη,
Ελπίδα Σταματοπούλου"""),
("el", "b104-kalimera-dokimastiki-proponisi", "Απόστολος Μπέης <apostolos.beis@example.gr>", "Καλημέρα", "general", "",
"""Καλημέρα σας. Ο γιος μου είναι 6 χρονών και θέλει πολύ να ξεκινήσει
ποδόσφαιρο. Μπορεί να έρθει σε μια δοκιμαστική προπόνηση πριν τον
γράψουμε; Ποιες μέρες προπονούνται τα παιδιά της ηλικίας του;"""),
("el", "b104-gl-paralavh-fakelou", "Lefteris S. <lefteris.s@example.gr>", "fakeloi agwna", "general", "",
"""Geia! Pote kai pou ginetai h paralavh twn fakelwn gia ton agwna ths
Kyriakhs? Mporei na parei kapoios allos ton fakelo gia mena me
e3ousiodothsh? Douleuw Paraskeyh kai Savvato ws tis 8.
Lefteris"""),
("el", "b104-agonas-anifora-mas-skotose", "Μαρία Οικονόμου <maria.oikonomou@example.gr>", "Συγχαρητήρια", "general", "",
"""Καλησπέρα!

Μόνο συγχαρητήρια για τον χθεσινό ορεινό αγώνα. Η ανηφόρα στο 7ο
χιλιόμετρο μάς σκότωσε κυριολεκτικά, αλλά οι εθελοντές στους σταθμούς
ήταν φανταστικοί και οι λουκουμάδες στον τερματισμό η καλύτερη ιδέα
της χρονιάς. Του χρόνου ξανά, με όλη την παρέα!

Μαρία"""),
# ---------------- Spanish ----------------
("es", "b104-polideportivo-recibo-doble-comision", "Marta Ibáñez <marta.ibanez@example.es>", "Recibo de marzo", "billing", "",
"""Buenos días:

En marzo me pasaron dos veces el recibo de la cuota del polideportivo
(38,50 € cada uno). Devolví uno desde el banco y ahora me dicen en
recepción que tengo una "comisión por recibo devuelto" de 4 €. No me
parece justo pagar una comisión por un cobro que no debía haberse hecho.
¿Me lo podéis anular?

Un saludo,
Marta Ibáñez"""),
("es", "b104-alberca-rodilla-pausar", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Mensualidad alberca", "billing", "",
"""Buenas tardes,

Me van a operar de la rodilla el día 20 y el ortopedista me dice que
nada de nadar por lo menos dos meses. ¿Puedo congelar mi mensualidad de
la alberca ($890 MXN) durante ese tiempo? No quiero darme de baja, nomás
pausarla hasta que me den de alta.

Saludos,
Ricardo Salinas"""),
("es", "b104-club-barrio-mi-viejo-fallecio", "Gabriela Ferreyra <gabi.ferreyra@example.com.ar>", "Socio 1127 - Ferreyra, Héctor", "billing", "",
"""Hola, buen día.

Les escribo porque mi viejo, Héctor Ferreyra, socio del club desde
1974, falleció el mes pasado. La cuota social le sigue llegando a la
tarjeta ($18.500 por mes) y no sé bien cómo se hace el trámite para que
dejen de cobrarla. ¿Tengo que ir personalmente a la secretaría o lo
puedo hacer por acá?

Gracias por todo lo que el club fue para él, ahí tenía a todos sus
amigos del bochas.

Gabriela"""),
("es", "b104-escuela-futbol-bizum-transferencia", "Javi Ortega <javi.ortega@example.es>", "pago escuela futbol", "billing", "",
"""Hola buenas, para pagar la inscripcion de la escuela de futbol de
mi hijo (benjamin, 180 euros la temporada) se puede hacer por bizum o
tiene que ser transferencia? y se puede en dos plazos, uno ahora y otro
en enero?

gracias
Javi"""),
("es", "b104-carrera-ceder-dorsal-costo", "Camila Restrepo <camila.restrepo@example.com.co>", "Inscripción 10K", "billing", "",
"""Hola, me inscribí a la carrera 10K del 15 de septiembre y pagué
$95.000, pero me salió un viaje de trabajo esa semana. ¿Puedo pasarle
la inscripción a una amiga? ¿Eso tiene algún costo o hay que pagar
la diferencia si ya subió el precio?

Mil gracias,
Camila"""),
("es", "b104-re-abono-pista-hielo-no-renovamos", "Nuria Castells <nuria.castells@example.es>", "Re: Renovación abono temporada 2024-25", "billing", "",
"""Hola,

Este año no renovamos. Lucía se ha pasado al patinaje en línea con sus
amigas del instituto y no quiere ni oír hablar del hielo, cosas de los
14. Por favor no nos paséis el cargo del abono.

Gracias por estos años,
Nuria

> Estimada familia Castells:
>
> Le recordamos que el abono de temporada de la Pista de Hielo Vall
> (iniciación y perfeccionamiento) se renovará automáticamente el 1 de
> septiembre por importe de 420 €, salvo comunicación en contrario.
>
> Atentamente,
> Administración"""),
("es", "b104-gym-anualidad-profeco-banco", "Alejandro Villaseñor <alex.villasenor@example.com.mx>", "Cargo NO autorizado", "billing", "high",
"""A quien corresponda:

El día 3 me cargaron $7,200 MXN a mi tarjeta por una "anualidad" que yo
nunca autoricé. Yo tengo plan mensual y así lo firmé. En la sucursal de
Coyoacán me dicen que "así viene en el sistema" y que no pueden hacer
nada.

Si en 5 días hábiles no se me reembolsa el cargo completo voy a
presentar queja en Profeco y a desconocer el cargo con mi banco.

Alejandro Villaseñor
Socio 55-0834"""),
("es", "b104-triatlon-suspendido-abogado", "Íñigo Arrieta <inigo.arrieta@example.es>", "Triatlón de Urdaibai - devolución inscripciones", "billing", "high",
"""Buenas tardes:

El Triatlón de Urdaibai del 1 de junio se suspendió con 48 horas de
antelación "por motivos organizativos". Nuestro club inscribió a 11
deportistas a 75 € cada uno (825 € en total, transferencia del 4 de
marzo). Vuestro reglamento dice que si la suspensión es imputable a la
organización se devuelve el importe íntegro.

Han pasado dos meses y, tras cuatro correos, nadie nos ha contestado.
Si no recibimos la devolución antes del 31 de julio, el asunto pasará a
nuestro abogado y presentaremos reclamación ante Kontsumobide.

Íñigo Arrieta
Tesorero, Club Triatlón Gernika"""),
("es", "b104-cuota-aumento-comision-directiva", "Martín Sosa <martin.sosa@example.com.ar>", "Aumento de cuota", "billing", "high",
"""Buenas,

Este mes me debitaron $42.000 de cuota de tenis cuando venía pagando
$28.000. Nadie avisó nada, ni mail ni cartel en la sede. En secretaría
me dijeron que "lo decidió la comisión".

Soy socio hace 15 años y quiero que me atienda alguien de la comisión
directiva, no la secretaria, que no tiene la culpa. Y hasta que me
expliquen de dónde sale el aumento pretendo que me reintegren la
diferencia.

Martín Sosa
Socio 3340"""),
("es", "b104-judogi-talla-cambio", "Lorena Pardo <lorena.pardo@example.es>", "Judogi", "billing", "",
"""Hola! Compré en la tienda del club un judogi talla 140 para mi hija y
le queda enorme, necesitamos una 130. Está sin estrenar, con la
etiqueta. ¿Se puede cambiar o devolver? Lo pagué con tarjeta."""),
("es", "b104-bono-escalada-vencido", "Felipe Urrutia <felipe.urrutia@example.cl>", "Bono 10 entradas", "billing", "",
"""Hola, compré un bono de 10 entradas al muro ($65.000) en febrero y me
quedan 4. Hoy me dijeron en la caja que venció el 30 de junio. En
ningún lado me dijeron que tenía vencimiento. ¿Me pueden extender los
4 que me quedan? Estuve lesionado del hombro y por eso no fui.

Felipe"""),
("es", "b104-no-quiero-devolucion-saldo-campus", "Susana Gil <susana.gil@example.es>", "Clases de natacion de abril", "billing", "",
"""Hola, por las obras de la piscina no hubo clases de natacion las tres
ultimas semanas de abril y ya pagamos el trimestre. No quiero que me
devolvais el dinero, prefiero que me lo dejeis como saldo para el
campus de verano de julio. Se puede hacer asi?

Susana"""),
("es", "b104-club-tenis-descuento-pago-anual", "Rodrigo Paredes <rodrigo.paredes@example.com.pe>", "Consulta membresía", "billing", "",
"""Estimados,

Actualmente pago la membresía del club de tenis de manera mensual
(S/ 250). ¿Existe algún descuento si cancelo el año completo por
adelantado? De ser así, ¿puedo pagarlo con dos tarjetas distintas?

Atentamente,
Rodrigo Paredes"""),
("es", "b104-app-padel-no-es-pago", "Sergio Luengo <sergio.luengo@example.es>", "App reservas", "technical", "",
"""Hola. Que conste que no es un tema de pagos, tengo saldo y el abono
al día. Es que la app de reservas de pádel lleva desde el domingo sin
mostrar las pistas libres: sale el calendario en gris y "No hay datos".
Mis compañeros de partido tienen el mismo problema, Android y iPhone.

Sergio"""),
("es", "b104-vestidor-secadora-chispas", "Verónica Aguilar <veronica.aguilar@example.com.mx>", "Vestidor de mujeres", "technical", "high",
"""Hola, buenas noches.

Les aviso que en el vestidor de mujeres de la alberca, la secadora de
pelo de pared que está junto a los lavabos echó chispas cuando la
prendí hoy a las 7 pm y se apagó sola. Se ve un cable pelado por
abajo. El piso ahí siempre está mojado y entran muchas niñas de la
escuela de natación. Sería bueno desconectarla.

Verónica Aguilar"""),
("es", "b104-cinta-correr-frena-golpe", "Pablo Herrero <pablo.herrero@example.es>", "Cinta número 7", "technical", "high",
"""Buenas,

Os comento por si acaso: esta mañana la cinta de correr número 7 (la
del fondo, junto a la ventana) se ha frenado en seco cuando iba a
12 km/h. Me he ido hacia delante y me he agarrado de milagro. Al
volver a arrancarla ha hecho lo mismo a los dos minutos. Le he puesto
una toalla encima para que no la use nadie, pero no había nadie de
sala para avisar.

Pablo Herrero"""),
("es", "b104-futbol5-sistema-reservas-caido", "Administración Club La Cancha <admin@lacancha-f5.example>", "Sistema de reservas", "technical", "high",
"""Hola,

Desde el viernes a la tarde el sistema de reservas que nos venden
ustedes no carga. Los chicos que alquilan las canchas de fútbol 5 no
pueden reservar, no sabemos qué cancha está ocupada a qué hora, ya
tuvimos dos equipos peleándose por la misma cancha y el fin de semana
perdimos casi todos los turnos. La liga de los martes arranca mañana y
no tenemos el fixture cargado en ningún otro lado.

Necesitamos que alguien nos llame urgente: 11 5555-0187.

Diego Medina
Club La Cancha"""),
("es", "b104-bolera-pista-6-marcador", "Rocío Molina <rocio.molina@example.es>", "Pista 6", "technical", "",
"""Hola, ayer en la pista 6 la pantalla no apuntaba los bolos de mi
sobrino, solo los de los mayores. Tuvimos que ir apuntando a mano.
Igual hay que mirar el sensor."""),
("es", "b104-no-llega-correo-recuperacion", "Karla Domínguez <karla.dominguez@example.com.mx>", "Contraseña", "technical", "",
"""Hola! Olvidé mi contraseña del portal de socios y le doy a "recuperar
contraseña" pero nunca me llega el correo, ni en spam. Ya lo intenté
como 5 veces desde ayer. Mi correo es este mismo."""),
("es", "b104-app-seguimiento-carrera", "Andrés Quintero <andres.quintero@example.com.co>", "App de la media maratón", "technical", "",
"""Buenas tardes,

Mi esposa corrió la media maratón el domingo y yo quise seguirla desde
la app oficial, pero el seguimiento en vivo se quedó congelado en el km
5 durante toda la carrera. Otras personas a mi lado tenían el mismo
problema. Lo digo para que lo revisen antes de la próxima.

Andrés Quintero"""),
("es", "b104-torno-huella-responsable", "Jordi Puig <jordi.puig@example.es>", "Otra vez el torno", "technical", "high",
"""Buenas tardes,

Es la tercera vez este mes que el torno de entrada no me reconoce la
huella y me tengo que quedar fuera esperando. Las dos primeras veces me
"volvieron a registrar" la huella en recepción y a los pocos días igual.
Hoy no había nadie en recepción y me he ido a casa sin entrenar.

No quiero que me vuelvan a registrar la huella otra vez: quiero hablar
con el responsable del centro y que alguien arregle el lector de una
vez.

Jordi Puig"""),
("es", "b104-formulario-campus-dni", "Ana Belen Rubio <anabelen.rubio@example.es>", "Formulario campus", "technical", "",
"""Buenas, estoy intentando inscribir a mis dos hijos en el campus de
verano y el formulario no me acepta el DNI, pone "formato incorrecto".
Lo escribo con la letra al final sin espacios ni guiones. Probe tambien
con el movil y lo mismo."""),
("es", "b104-salon-parroquial-olor-gas", "Mercedes Navarro <mercedes.navarro@example.es>", "Cocina del salón", "technical", "high",
"""Buenos días, padre Luis:

Ayer por la tarde, al recoger después de la merienda del grupo de
mayores, noté bastante olor a gas en la cocina del salón parroquial,
sobre todo junto a la encimera de los fuegos. Cerré la llave de paso y
abrí las ventanas. No sé si alguien lo ha revisado desde entonces; el
jueves vuelve a haber merienda con unas treinta personas.

Un abrazo,
Mercedes"""),
("es", "b104-marcador-cancha-basquet", "Coordinación Deportiva <deportes@colegio-vallealto.example>", "Marcador electrónico", "technical", "",
"""Buen día,

El marcador electrónico que nos instalaron en la cancha de básquet ya
no enciende desde la semana pasada. Revisamos el interruptor y el
fusible y están bien. El torneo intercolegial es en tres semanas;
¿pueden mandar a un técnico?

Saludos,
Lic. Fernanda Ruiz"""),
("es", "b104-reloj-gps-no-sincroniza", "Tomás Iturra <tomas.iturra@example.cl>", "Reloj", "technical", "",
"""Hola, compré en la tienda del club el reloj GPS para running y no
sincroniza con la app del celular, se queda en "buscando dispositivo".
El Bluetooth está prendido y ya lo reinicié. ¿Qué puedo hacer?"""),
("es", "b104-duchas-frias-vestuario", "Manolo Cabrera <manolo.cabrera@example.es>", "duchas", "technical", "",
"""Buenas, en el vestuario masculino del pabellon las duchas del fondo
solo echan agua fria desde hace una semana. Las de la entrada van
bien. Despues del partido de los miercoles hay cola para las dos que
funcionan. A ver si lo mira el de mantenimiento.

Manolo (veteranos, miercoles 21h)"""),
("es", "b104-horario-piscina-semana-santa", "Carmen Delgado <carmen.delgado@example.es>", "Horario", "general", "",
"""Hola, ¿qué horario tiene la piscina cubierta en Semana Santa? ¿Abre el
Jueves y el Viernes Santo?"""),
("es", "b104-gracias-sensei-karate", "Lupita Hernández <lupita.hernandez@example.com.mx>", "Muchas gracias", "general", "",
"""Hola,

Solo quería darle las gracias al sensei Arturo. Mi hijo Emiliano tiene
TDAH y en la escuela siempre batalla para concentrarse. Desde que entró
a karate hace un año está mucho más tranquilo, y el sábado pasó su
examen de cinta verde. El sensei siempre le tuvo paciencia y nunca lo
hizo sentir diferente.

Qué padre es ver a su hijo así de orgulloso. Gracias de corazón.

Lupita Hernández"""),
("es", "b104-termo-mate-vestuario", "Facundo Ríos <facundo.rios@example.com.ar>", "Me olvidé el mate", "general", "",
"""Hola, el martes a la noche me olvidé un termo Stanley verde y el mate
(de calabaza, con bombilla de alpaca) en el vestuario de la pileta,
sobre el banco. ¿Alguien lo encontró? Lo paso a buscar cuando me digan.

Facu"""),
("es", "b104-monitor-spinning-maleducado", "Elena Serrano <elena.serrano@example.es>", "Monitor de spinning", "general", "",
"""Buenas,

El monitor de spinning de los lunes a las 19:00 se ríe de la gente que
va más despacio y hace comentarios del tipo "venga, que esto no es la
residencia". Yo tengo 58 años y me sentí fatal. Varias compañeras lo
comentamos al salir. No pido nada en concreto, pero creo que deberíais
saberlo.

Elena"""),
("es", "b104-vidrios-parque-infantil", "Juliana Montoya <juliana.montoya@example.com.co>", "Vidrios en el parque de los niños", "general", "high",
"""Buenas tardes,

Hoy en el parque infantil del club, al lado del arenero, había
pedazos de vidrio de una botella rota, entre la arena y el pasto. Mi
hija casi se sienta encima. Le avisé al señor de portería pero cuando
nos fuimos, una hora después, seguían ahí y había varios niños
jugando descalzos.

Juliana Montoya"""),
("es", "b104-hijo-silla-ruedas-directora", "Francisco Javier Morán <fj.moran@example.es>", "Exijo hablar con la directora", "general", "high",
"""Buenas tardes:

Mi hijo Álvaro, de 12 años, va en silla de ruedas. El sábado quiso
entrar a la sesión de patinaje adaptado que anunciáis en la web y el
encargado de pista le dijo, delante de todo el mundo, que "eso era un
estorbo" y que volviera "otro día que haya menos gente". Mi hijo se fue
llorando.

No acepto una disculpa por correo genérico. Exijo hablar con la
directora de la instalación esta misma semana.

Francisco Javier Morán"""),
("es", "b104-cambio-telefono-email", "Antonio Reyes <antonio.reyes@example.es>", "Cambio de datos", "general", "",
"""Hola, buenos días. Por favor cambiad en mi ficha de socio el teléfono
y el correo:

Socio: Antonio Reyes Bermúdez, n.º 4471
Teléfono nuevo: 611 000 238
Correo nuevo: antonio.reyes@example.es

Gracias."""),
("es", "b104-fotos-hijo-instagram", "Beatriz Lozano <beatriz.lozano@example.es>", "Fotos de mi hijo", "general", "",
"""Hola,

He visto que en el Instagram del club habéis subido varias fotos del
torneo alevín donde sale mi hijo de cara y con el nombre en la
camiseta. Cuando lo apunté marqué que NO autorizaba el uso de su
imagen. Os pido que las retiréis y que me confirméis qué datos y
fotos suyas tenéis guardados.

Beatriz Lozano"""),
("es", "b104-taqueria-patrocinio-torneo", "Taquería El Güero <contacto@taqueria-elguero.example>", "Patrocinio", "general", "",
"""Qué tal, buenas tardes.

Somos la taquería de enfrente de la unidad deportiva. Nos gustaría
patrocinar el torneo de fútbol infantil de diciembre, ya sea con las
medallas o con tacos para los niños al final. ¿Con quién podemos
platicar?

Saludos,
Memo Gutiérrez"""),
("es", "b104-parroquia-ensayos-coral", "Pilar Sanz <pilar.sanz@example.es>", "salon parroquial", "general", "",
"""Buenas tardes, soy de la coral del barrio. Estamos buscando sitio
para ensayar los jueves de 8 a 10 de la noche, unas 25 personas.
Podriamos usar el salon parroquial? Tendriamos cuidado de dejarlo
todo recogido.

Pilar"""),
("es", "b104-consulta-escuelita-futbol", "Nahuel Benítez <nahuel.benitez@example.com.ar>", "Consulta", "general", "",
"""Hola, qué tal. Quería saber desde qué edad aceptan chicos en la
escuelita de fútbol y qué días entrenan. Mi nene tiene 5 recién
cumplidos y está como loco con la pelota."""),
("es", "b104-balones-dejar-conserjeria", "Club Baloncesto Tres Cantos <secretaria@cbtrescantos.example>", "Pedido 20931", "general", "",
"""Hola,

Cuando vayáis a entregar el pedido de balones y petos, por favor
dejadlo en la conserjería del pabellón (entrada por la calle Sector
Oficios) y no en la oficina del club, que por las mañanas está
cerrada. El conserje se llama Ramón y ya está avisado.

Gracias,
Secretaría CB Tres Cantos"""),
("es", "b104-retiro-kit-guardarropia", "Constanza Vidal <constanza.vidal@example.cl>", "Retiro de kit", "general", "",
"""Hola! Para la corrida del domingo, ¿dónde y cuándo se retira el kit?
¿Hay guardarropía en la partida? Vengo desde Rancagua y no voy a poder
ir el viernes."""),
("es", "b104-carrera-nos-matasteis-cuestas", "Raúl Expósito <raul.exposito@example.es>", "Enhorabuena", "general", "",
"""Qué pasada de carrera el domingo, de verdad. Nos matasteis con las
cuestas del castillo pero el ambiente fue una bomba, la gente animando
en cada esquina y los voluntarios de diez. El año que viene vengo con
todo el club.

Raúl"""),
# ---------------- Polish ----------------
("pl", "b104-basen-karnet-blik-dwa-razy", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Karnet na basen", "billing", "",
"""Dzień dobry,

wczoraj kupiłam przez stronę karnet open na basen (149 zł). Płaciłam
BLIKIEM i za pierwszym razem wyskoczył błąd, więc zapłaciłam jeszcze
raz. Teraz w banku widzę dwie płatności po 149 zł, a karnet mam jeden.
Proszę o zwrot drugiej kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b104-akademia-zawieszenie-wakacje", "Tomasz Kubiak <tomasz.kubiak@example.pl>", "skladka lipiec sierpien", "billing", "",
"""Dzien dobry, Kuba (rocznik 2015, grupa trenera Marka) wyjezdza na cale
wakacje do dziadkow pod Suwalki. Czy mozna zawiesic skladke za lipiec
i sierpien (po 160 zl)? We wrzesniu wraca normalnie na treningi.

Tomasz Kubiak"""),
("pl", "b104-karate-kolano-powiedzialo-dosc", "Zbigniew Lis <zbigniew.lis@example.pl>", "Rezygnacja", "billing", "",
"""Szanowni Państwo,

po dwunastu latach moje kolano powiedziało wreszcie „dość” i ortopeda
zabronił mi dalszych treningów. Z żalem kończę z karate. Proszę nie
pobierać już comiesięcznej opłaty (180 zł) z mojego konta od
przyszłego miesiąca.

Dziękuję senseiowi Piotrowi i całej grupie wtorkowej – będę wpadał
popatrzeć.

Zbigniew Lis"""),
("pl", "b104-faktura-karnety-pracownicy", "Kadry <kadry@bud-max.example>", "Faktura za karnety", "billing", "",
"""Dzień dobry,

zakupiliśmy w marcu 15 karnetów kwartalnych na ściankę wspinaczkową dla
pracowników (łącznie 4 200 zł, przelew z 6.03). Prosimy o wystawienie
faktury VAT na dane:

BUD-MAX Sp. z o.o.
ul. Przemysłowa 12, 61-001 Poznań
NIP 000-000-00-00

Pozdrawiamy
Dział Kadr"""),
("pl", "b104-oboz-raty", "Iwona Sadowska <iwona.sadowska@example.pl>", "obóz sportowy", "billing", "",
"""Dzień dobry, chcę zapisać córkę na obóz pływacki w Giżycku (2 450 zł).
Czy można zapłacić w ratach, np. zaliczka teraz i reszta w czerwcu?
I czy przyjmujecie płatność z bonu turystycznego?

Iwona Sadowska"""),
("pl", "b104-re-przypomnienie-juz-zaplacone", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Re: Przypomnienie o płatności - składka członkowska", "billing", "",
"""Dzień dobry,

składkę zapłaciłem 3 marca przelewem, w tytule podałem numer członkowski
i imię syna. Potwierdzenie w załączniku. Proszę sprawdzić i nie liczyć
odsetek.

K. Nowicki

> Szanowny Panie,
>
> Przypominamy, że składka członkowska klubu za I kwartał (450 zł) nie
> została dotąd uregulowana. Prosimy o wpłatę w ciągu 7 dni. Po tym
> terminie naliczane będą odsetki ustawowe.
>
> Zarząd UKS Orlik Kraków"""),
("pl", "b104-lodowisko-chargeback", "Paweł Jabłoński <pawel.jablonski@example.pl>", "Zwrot za odwołane zajęcia", "billing", "high",
"""Dzień dobry,

zapłaciłem 640 zł za semestr nauki jazdy na łyżwach dla dwójki dzieci.
Po czterech zajęciach napisaliście, że kurs jest odwołany „z przyczyn
technicznych” i że pieniądze zostaną zwrócone. Minęło sześć tygodni,
zwrotu nie ma, a na maile nikt nie odpowiada.

Jeśli do piątku nie dostanę zwrotu za niewykorzystane zajęcia, składam
w banku reklamację transakcji kartą (chargeback).

Paweł Jabłoński"""),
("pl", "b104-triathlon-rzecznik-konsumentow", "Magdalena Szulc <magdalena.szulc@example.pl>", "Triathlon Mazury - opłata startowa", "billing", "high",
"""Szanowni Państwo,

zapisałam się na dystans 1/4 IM na Triathlonie Mazury i zapłaciłam
420 zł. Zawody zostały przeniesione na inny termin, w którym nie mogę
wystartować, a regulamin mówi wprost, że przy zmianie terminu przez
organizatora uczestnik może zażądać zwrotu opłaty. Zażądałam go 5 maja.

Do dziś nie otrzymałam ani pieniędzy, ani odpowiedzi. Jeżeli w ciągu 14
dni zwrot nie wpłynie, zwrócę się do miejskiego rzecznika konsumentów i
skieruję sprawę do sądu.

Magdalena Szulc"""),
("pl", "b104-skladka-prezes-klubu", "Henryk Dudek <henryk.dudek@example.pl>", "Składka - proszę o kontakt z prezesem", "billing", "high",
"""Dzień dobry,

od stycznia naliczacie mi składkę członkowską w klubie tenisowym jak
dla członka zwyczajnego (1 200 zł rocznie), choć od grudnia jestem
emerytem i złożyłem wniosek o składkę seniorską (600 zł) razem z
legitymacją. Sekretariat dwa razy obiecał poprawkę i nic się nie dzieje.

Proszę, żeby sprawą zajął się osobiście prezes klubu. Nie będę po raz
trzeci tłumaczył tego samego w sekretariacie.

Henryk Dudek
członek nr 087"""),
("pl", "b104-rekawice-bokserskie-wymiana", "Kamil Pawlak <kamil.pawlak@example.pl>", "rekawice", "billing", "",
"""Czesc, kupilem w sklepiku klubu rekawice 12 oz, a trener mowi ze na
sparingi potrzebne sa 16 oz. Moge je wymienic? Nieuzywane, metki sa.
Jak trzeba doplacic roznice to nie ma problemu.

Kamil"""),
("pl", "b104-voucher-kregielnia-waznosc", "Ewelina Majewska <ewelina.majewska@example.pl>", "Voucher", "billing", "",
"""Dzień dobry, dostałam od koleżanek z pracy voucher do kręgielni na 200 zł.
Do kiedy jest ważny i czy mogę go wykorzystać w kilku częściach, np.
raz 80 zł, raz 120 zł?"""),
("pl", "b104-nie-awaria-oplata-odwolane", "Daria Kaczmarek <daria.kaczmarek@example.pl>", "Aplikacja", "billing", "",
"""Dzień dobry, od razu zaznaczę, że to nie jest zgłoszenie awarii –
aplikacja działa bez zarzutu. Chodzi o to, że pobrała mi 35 zł za
zajęcia jogi w czwartek, które trener odwołał dzień wcześniej. Dostałam
SMS o odwołaniu, ale pieniądze zeszły. Proszę o zwrot albo dopisanie
wejścia do karnetu.

Daria"""),
("pl", "b104-multisport-doplata-scianka", "Michał Zieliński <michal.zielinski@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, czy z karta Multisport Plus jest doplata do wejscia na
scianke wspinaczkowa? A jesli tak, to ile i czy mozna zaplacic karta?"""),
("pl", "b104-aplikacja-to-nie-platnosci", "Rafal Sikora <rafal.sikora@example.pl>", "aplikacja silowni", "technical", "",
"""Dzien dobry, to nie sprawa platnosci, karnet mam oplacony do konca
roku. Od aktualizacji w poniedzialek aplikacja silowni po zalogowaniu
pokazuje tylko bialy ekran. Telefon Samsung A54, reinstalacja nic nie
dala. Nie moge pokazac kodu QR na bramce.

Rafal"""),
("pl", "b104-promiennik-lodowisko-iskrzy", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "Trybuna przy lodowisku", "technical", "high",
"""Dzień dobry,

w niedzielę podczas meczu hokejowego juniorów jeden z promienników
grzewczych nad trybuną (trzeci od wejścia, nad sektorem B) kilka razy
zaiskrzył i czuć było swąd spalenizny. Pod nim siedzieli rodzice z
małymi dziećmi. Przesiedliśmy się, ale pomyślałem, że warto to zgłosić
na piśmie.

Z poważaniem
Jerzy Malinowski"""),
("pl", "b104-szkola-plywania-system-nie-dziala", "Szkoła Pływania Delfinek <biuro@delfinek-plywanie.example>", "System", "technical", "high",
"""Dzień dobry,

od 15:00 nie działa Państwa system obsługi zajęć: nie możemy sprawdzić
list obecności ani wydać opasek do szafek. W holu basenu stoi kilkadziesiąt
rodziców z dziećmi, instruktorzy czekają na pływalni, a o 16:00 zaczyna
się kolejna tura grup. Panel logowania wyświetla tylko „Błąd 502”.

Prosimy o pilny telefon: 600 000 314.

Katarzyna Wilk
Kierownik Szkoły Pływania Delfinek"""),
("pl", "b104-kregielnia-tory-stoja", "Strike Bowling Wrocław <kontakt@strike-bowling.example>", "Tory", "technical", "high",
"""Dzien dobry,

od rana zaden z 12 torow nie naliczy wynikow - ekrany pokazuja "brak
polaczenia ze sterownikiem", a maszyny ustawiajace kregle po restarcie
staja po pierwszym rzucie. Musielismy odwolac dwie imprezy firmowe i
urodziny, na wieczor mamy wszystkie tory zarezerwowane. Prosze o
pilny przyjazd serwisanta.

Grzegorz Olszewski
Strike Bowling"""),
("pl", "b104-sala-parafialna-czujnik-czadu", "Teresa Kwiatkowska <teresa.kwiatkowska@example.pl>", "Sala przy parafii", "technical", "high",
"""Szczęść Boże,

wczoraj wieczorem w sali parafialnej, w trakcie próby scholi, zaczął
piszczeć czujnik czadu przy piecu gazowym w kuchni. Wyłączyłyśmy piec,
otworzyłyśmy okna i wyprowadziłyśmy dzieci na zewnątrz. Po godzinie
czujnik ucichł. W sobotę w tej sali ma być spotkanie Koła Seniorów.

Teresa Kwiatkowska"""),
("pl", "b104-haslo-konto-klubowe", "Natalia Wojciechowska <natalia.wojciechowska@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie mogę się zalogować do panelu rodzica. Po wpisaniu hasła
strona się przeładowuje i znowu pokazuje formularz logowania, bez
żadnego komunikatu. Próbowałam w Chrome i na telefonie."""),
("pl", "b104-wynik-biegu-innej-osoby", "Łukasz Zawadzki <lukasz.zawadzki@example.pl>", "Wyniki Biegu Niepodległości", "technical", "",
"""Dzień dobry,

w wynikach Biegu Niepodległości pod moim numerem startowym (3021) jest
czas i nazwisko innej osoby – Anny Z. z Gdyni, a mnie w ogóle nie ma
na liście. Chip miałem przyklejony do numeru. Prawdopodobnie coś się
pomieszało przy przypisywaniu chipów. Mój czas z zegarka to 44:37.

Łukasz Zawadzki"""),
("pl", "b104-bramka-nie-czyta-karty", "Bartosz Grabowski <bartosz.grabowski@example.pl>", "Karta członkowska", "technical", "",
"""Bramka przy wejsciu na korty nie czyta mojej karty od tygodnia,
zawsze musze prosic kogos z recepcji. Karnet aktywny. Czy karta sie
rozmagnesowala i trzeba wyrobic nowa?"""),
("pl", "b104-strona-klubu-telefon", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Strona", "technical", "",
"""Dzień dobry, na telefonie strona klubu wyświetla się cała
rozjechana – menu zasłania pół ekranu i nie da się kliknąć w
„Harmonogram”. Na komputerze wszystko ok. iPhone, Safari."""),
("pl", "b104-szafka-basen-opaska", "Sebastian Lewandowski <sebastian.lew@example.pl>", "Szafka 118", "technical", "",
"""Dzien dobry, szafka 118 w szatni meskiej na basenie nie chce sie
zamknac opaska - swieci na czerwono i pika. Mowie tylko zeby ktos
sprawdzil, przenioslem sie na inna."""),
("pl", "b104-mikrofon-sala-parafialna", "ks. Adam Wysocki <adam.wysocki@example.pl>", "Nagłośnienie", "technical", "",
"""Szczęść Boże,

mikrofon bezprzewodowy, który Państwo montowali w sali parafialnej w
zeszłym miesiącu, co kilka minut traci sygnał i słychać tylko trzaski.
Przewodowy działa normalnie. Baterie wymienione. Proszę o wizytę
serwisu, najlepiej przed rekolekcjami.

ks. Adam Wysocki"""),
("pl", "b104-pulsometr-nie-paruje", "Oliwia Kamińska <oliwia.kaminska@example.pl>", "Pulsometr", "technical", "",
"""Hej, kupiłam u Was w sklepie klubowym pas z pulsometrem i nie chce się
sparować ani z zegarkiem, ani z aplikacją. Bateria nowa, dioda mruga.
Co jeszcze mogę zrobić?"""),
("pl", "b104-dzien-dobry-rezerwacje-kierownik", "Wojciech Błaszczyk <wojciech.blaszczyk@example.pl>", "Dzień dobry", "technical", "high",
"""Dzień dobry,

po raz czwarty w tym miesiącu system rezerwacji kortów przyjął moją
rezerwację, wysłał potwierdzenie, a na miejscu okazało się, że kort
jest zajęty, bo „w systemie nic nie ma”. Za każdym razem słyszę w
recepcji, że „informatyk już o tym wie”.

Proszę, aby skontaktował się ze mną kierownik obiektu. Nie chcę już
rozmawiać z recepcją.

Wojciech Błaszczyk
601 000 559"""),
("pl", "b104-lodowisko-godziny-swieta", "Renata Górska <renata.gorska@example.pl>", "Godziny", "general", "",
"""Dzień dobry, w jakich godzinach będzie czynne lodowisko w Wigilię i
w drugi dzień świąt? Chcemy przyjść z wnukami."""),
("pl", "b104-podziekowanie-trener-mieszko", "Ania i Marcin Bielscy <bielscy@example.pl>", "Podziekowanie", "general", "",
"""Dzien dobry,

chcielismy bardzo podziekowac trenerowi Mieszkowi z grupy Zakow. Nasz
Filip przez pol roku siedzial na lawce i mowil, ze jest najgorszy w
druzynie. Trener znalazl dla niego pozycje na bramce i w sobote Filip
obronil karnego w turnieju w Gnieznie. Wracal do domu z medalem na
szyi i nie zdjal go do spania.

Dziekujemy!
Ania i Marcin Bielscy"""),
("pl", "b104-okulary-szatnia-kregielnia", "Stanisław Pietrzak <stanislaw.pietrzak@example.pl>", "Zgubione okulary", "general", "",
"""Dzień dobry,

w piątek wieczorem zostawiłem chyba okulary korekcyjne w brązowym etui
na stoliku przy torze 5 albo w szatni. Czy ktoś je oddał? Bez nich
ciężko mi nawet ten mail napisać.

Stanisław Pietrzak"""),
("pl", "b104-ratownik-krzyczal", "Beata Zając <beata.zajac@example.pl>", "Ratownik", "general", "",
"""Dzień dobry,

w sobotę około 11:00 ratownik na dużym basenie nakrzyczał na moją
córkę (9 lat) przez megafon, bo skoczyła z brzegu. Wiem, że nie wolno,
ale mógł to powiedzieć normalnie, a nie przy wszystkich nazywać ją
„tą małą idiotką”. Proszę z nim porozmawiać.

Beata Zając"""),
("pl", "b104-scianka-porecz-antresola", "Mateusz Kołodziej <mateusz.kolodziej@example.pl>", "Poręcz na antresolę", "general", "high",
"""Cześć,

na schodach prowadzących na antresolę (tam gdzie rozgrzewka) poręcz
jest obluzowana przy górnym mocowaniu – rusza się dobre kilka
centymetrów. Dzisiaj oparł się o nią chłopak z grupy dziecięcej i
prawie poleciał w dół ze schodów. Może warto ją zabezpieczyć taśmą,
zanim ktoś spadnie.

Mateusz"""),
("pl", "b104-trener-siatkowki-prezes", "Dorota Michalska <dorota.michalska@example.pl>", "Skarga na trenera - proszę o spotkanie z prezesem", "general", "high",
"""Szanowny Panie Prezesie,

zwracam się w sprawie zachowania trenera drużyny młodziczek. Podczas
treningów regularnie komentuje wagę dziewczynek i wyzywa je od
„leniwych krów”. Moja córka płacze przed każdym treningiem, a inni
rodzice mówią to samo o swoich dzieciach.

Rozmowa z samym trenerem nic nie dała, kierownik sekcji odesłał mnie
do „zarządu”. Proszę więc o pilne spotkanie z Panem lub z zarządem
klubu.

Dorota Michalska"""),
("pl", "b104-zmiana-nazwiska-po-slubie", "Karolina Nowak-Wieczorek <karolina.nw@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko. Proszę o zmianę w
ewidencji członków klubu z Karolina Wieczorek na Karolina
Nowak-Wieczorek. Numer członkowski 2291, reszta danych bez zmian.
Pozdrawiam"""),
("pl", "b104-monitoring-parking-rysa", "Adrian Mazur <adrian.mazur@example.pl>", "Nagranie z monitoringu", "general", "",
"""Dzień dobry,

we wtorek między 18:00 a 19:30, gdy byłem na treningu, ktoś porysował
mi samochód na parkingu przed halą (szara Skoda Octavia, rząd przy
wjeździe). Zgłosiłem sprawę na policję. Proszę o zabezpieczenie
nagrania z kamer z tego czasu, zanim zostanie nadpisane – policja
zwróci się o nie oficjalnie.

Adrian Mazur"""),
("pl", "b104-sponsoring-firma-budowlana", "Leszek Wójcik <leszek@wojcik-budownictwo.example>", "Sponsoring", "general", "",
"""Dzien dobry,

prowadze firme budowlana w Swarzedzu, moj syn gra w Waszych
trampkarzach. Chetnie zasponsoruje nowe dresy dla druzyny albo wyjazd
na turniej. Z kim moge porozmawiac o szczegolach?

Leszek Wojcik"""),
("pl", "b104-sala-parafialna-po-pogrzebie", "Halina Stępień <halina.stepien@example.pl>", "Sala na spotkanie", "general", "",
"""Szczęść Boże,

w przyszły czwartek jest pogrzeb mojego brata w naszej parafii. Czy po
pogrzebie moglibyśmy skorzystać z sali parafialnej na skromny
poczęstunek, około 30 osób? Sami przywieziemy jedzenie i wszystko
posprzątamy.

Halina Stępień"""),
("pl", "b104-pytanie-druzyna-dziewczat", "Ewa Borkowska <ewa.borkowska@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy w akademii jest osobna grupa dla dziewczynek? Corka
ma 8 lat i chce grac w pilke, ale krepuje sie w grupie z samymi
chlopakami. Kiedy sa treningi?"""),
("pl", "b104-odbior-pakietow-startowych", "Piotr Kalinowski <piotr.kalinowski@example.pl>", "Pakiety", "general", "",
"""Dzień dobry, gdzie i w jakich godzinach można odebrać pakiet startowy
na półmaraton? Czy kolega może odebrać mój na podstawie upoważnienia?"""),
("pl", "b104-maty-judo-wozny", "UKS Judo Sokół <uks.sokol@example.pl>", "Zamówienie 7731 - dostawa", "general", "",
"""Dzień dobry,

przy dostawie mat do judo proszę, żeby kierowca podjechał od strony
boiska (brama od ul. Szkolnej) i zadzwonił do pana woźnego, tel.
600 000 781. Główne wejście do szkoły jest za wąskie dla palet.
Dostawa możliwa w dni powszednie 7:00-15:00.

Pozdrawiamy
UKS Judo Sokół"""),
("pl", "b104-trasa-masakra-dzieki", "Monika Stasiak <monika.stasiak@example.pl>", "Bieg Górski", "general", "",
"""Ta trasa to była masakra, ale cudowna masakra :) Podbieg pod
schronisko mnie zabił, a widoki na Tatry wynagrodziły wszystko.
Dziękuję organizatorom i wolontariuszom na punktach – herbata z
cytryną na 15 km uratowała mi życie. Do zobaczenia za rok!

Monika"""),
]
