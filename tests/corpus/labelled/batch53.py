# batch53.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Mails to the helpdesks of hobby clubs and societies -- chess clubs,
# model aircraft clubs, amateur theatre, astronomy societies, birdwatching
# tours, metal detecting clubs, family history societies -- covering the
# failure classes in new situations: escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# memberships ended or paused in other words, outages told only by their
# consequences, safety hazards told calmly, praise, payment questions --
# and everyday mail of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b53-junior-chess-term-twice", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Junior chess - charged twice", "billing", "",
"""Hi there,

I booked my son Alfie onto the Saturday junior chess sessions for the
spring term (10 weeks, 65.00) on Sunday evening. The page hung after I
pressed pay so I tried again, and now I've got two confirmation emails
and two lots of 65.00 gone from my account.

He's only doing the one term! Could you refund the second payment
please.

Many thanks,
Rebecca Hollis"""),
("en", "b53-astro-husband-among-stars", "Margaret Dunmore <m.dunmore@example.org.uk>", "Frank's membership", "billing", "",
"""Dear Membership Secretary,

I am writing on behalf of my husband Frank Dunmore, member number 0417.
Frank passed away peacefully in January. He spent forty years looking
up at the night sky and I like to think he is among it now.

I noticed a letter saying his annual subscription of 38 pounds will be
taken from our joint account on the 1st of March. Please would you make
sure that does not happen. I shall not be continuing with it myself, my
eyes are not what they were.

If the society would like his old 6 inch reflector for the junior
section you are very welcome to collect it.

Yours sincerely,
Margaret Dunmore (Mrs)"""),
("en", "b53-flying-club-fee-receipt", "Venkatesh Iyer <venkat.iyer@example.in>", "Kindly provide receipt", "billing", "",
"""Dear Sir/Madam,

Greetings. I have remitted the annual membership fee of Rs 4,500 for
the Skyhawks Model Aero Club via UPI on 3rd instant (transaction ref
UPI 418822093311). Kindly provide a proper receipt with club stamp and
GST number as my employer reimburses hobby club fees under the staff
welfare scheme.

Kindly do the needful at the earliest.

Regards,
Venkatesh Iyer
Bengaluru"""),
("en", "b53-puffin-tour-deposit-chargeback", "Graham Lockhart <graham.lockhart@example.co.uk>", "Puffin weekend deposit", "billing", "high",
"""To whom it may concern,

In November I paid a 450 pound deposit for two places on your Isle of
May puffin weekend in June. On 2 April you emailed to say the trip was
cancelled "due to low numbers" and that a refund would follow within
14 days. It is now 7 May. I have emailed three times and phoned twice.
Nobody has called back.

If the full 450 pounds is not back on my card by Friday 16 May I will
raise a chargeback with my card provider. I have kept all the emails.

Graham Lockhart"""),
("en", "b53-theatre-cork-placement-freeze", "Siobhan Kearney <siobhan.kearney@example.ie>", "Off to Cork for a bit", "billing", "",
"""Hiya,

So work are sending me down to Cork for a six month placement from
next month, which means I won't be at rehearsals or anything till
October at the earliest :( I'd hate to lose my place in the company
though. Is there any way to put the membership on hold and not pay the
monthly 12 euro while I'm gone? Then I'd pick it back up in the autumn.

Break a leg with the panto,
Siobhan"""),
("en", "b53-detector-rally-paypal", "Darren Pike <darren.pike@example.com>", "Rally tickets", "billing", "",
"""Hi, how much are tickets for the August detecting rally this year and
can I pay by PayPal? Last year it was cash on the gate only. There'll
be 3 of us, one is 15 if there's a junior price.

Cheers
Darren"""),
("en", "b53-genealogy-renewal-small-claims", "Carol Jablonski <carol.jablonski@example.com>", "Unauthorized renewal", "billing", "high",
"""I cancelled my Heritage Roots membership on February 12 through the
website (I have the confirmation screen saved) and on March 3 you
charged my Visa $89.00 for another year anyway.

Your chat agent told me renewals are "non-refundable once processed".
I never agreed to a renewal, I canceled it. I'm giving you until the
end of this week to refund the $89.00, after that I'm filing in small
claims court here in Ohio and I'll be reporting this to the state
attorney general's consumer protection office too.

Carol Jablonski
Dayton, OH"""),
("en", "b53-re-invoice-split-two", "Alan Whitcombe <alan.whitcombe@example.co.uk>", "Re: Invoice MAC-2291", "billing", "",
"""Hello Jean,

Thanks for this. Sorry to be a pain but Keith and I share the syndicate
plane and we'd agreed to split the hangar space, so could you do two
invoices of 90 each rather than one of 180 to me? Keith's details are
Keith Armitage, 22 Orchard Way, Melksham SN12 6QT.

Alan

> On 14 Jan, Jean Ferris (Treasurer) wrote:
> Dear Alan, please find attached invoice MAC-2291 for hangar space at
> Keevil strip for the coming season, 180.00, due by 31 January.
> Kind regards, Jean"""),
("en", "b53-loan-scope-deposit", "Tom Ackroyd <tom.ackroyd@example.co.uk>", "Loan telescope", "billing", "",
"""Hi,

I brought the society's loan Dobsonian back to the meeting on 9 October
with all the eyepieces and the case, and signed it in with Pete. The 50
pound deposit still hasn't come back to my account though, and it's
been over a month. Can someone check?

Thanks
Tom Ackroyd"""),
("en", "b53-chess-camp-refund-who-runs", "Nicola Harper <nicola.harper@example.co.uk>", "Chess camp refund - third time of asking", "billing", "high",
"""This is now the third time I've written.

You cancelled the half-term chess camp my two children were booked on
(2 x 120.00). On 21 October I was told the refund had been "actioned".
On 4 November I was told it would be "with me in a few days". Nothing.

I don't want another apology from the info@ address. I want the name
and direct contact details of whoever actually runs this organisation,
and I want a call from them this week.

Nicola Harper
07700 900 412"""),
("en", "b53-not-a-fault-wrong-scale-kit", "Owen Prichard <owen.prichard@example.co.uk>", "Spitfire kit", "billing", "",
"""Hiya, just to say straight off this isn't a complaint, the kit is
lovely and nothing's wrong with it. I'm an idiot and ordered the 1:6
Spitfire when I meant the 1:8, it won't fit in the car never mind the
workshop. It's still sealed in the box. Can I swap it for the smaller
one and pay or get back the difference?

Owen"""),
("en", "b53-theatre-pensioner-concession", "Bev Tranter <bev.tranter@example.com.au>", "Tickets for oldies", "billing", "",
"""G'day, do you do a concession price for pensioners for the Bendigo
Players season? There's four of us from the bowls club keen to come to
all three shows and $35 a head each time adds up. Also do you take
cash at the door or is it cards only now?

Bev"""),
("en", "b53-hello-dd-date", "Kevin O'Rourke <kevin.orourke@example.ie>", "Hello", "billing", "",
"""Hello,

Could you move my direct debit for the family history society from the
1st to the 28th of the month? I'm paid at the end of the month now and
the 1st has been bouncing close.

Membership no. FH-2264

Thanks,
Kevin"""),
("en", "b53-club-app-clock-freezes", "Harriet Bloom <harriet.bloom@example.co.uk>", "Online league", "technical", "",
"""Hi,

This isn't about my subscription, that's all fine. It's the club app.
In my last two online league games the clock has frozen on my side
with about 4 minutes left, then jumped to 0:00 and I lost on time. My
opponent's clock keeps running normally. I'm on an iPad, app updated
last week. I've reinstalled it once already.

Harriet Bloom (rated 1640, not that it'll stay that way at this rate)"""),
("en", "b53-lipo-charger-smoke", "Stuart Mackie <stuart.mackie@example.co.uk>", "Balance charger from the club shop", "technical", "high",
"""Hello,

Not a panic, but I think you should know. I bought one of the 4-port
balance chargers from the club shop at the February meeting. Last
night, charging a 3S pack on the concrete floor of the garage as I
always do, the charger itself started smoking from the vent on the
side and there was a hot electrical smell. The pack was only at about
40 percent. I unplugged it at the wall and put it outside. The case
has gone brown round the vent.

It might be worth checking the rest of that batch before anyone else
charges on one indoors.

Stuart Mackie
Membership no. 1182"""),
("en", "b53-portal-reset-email-never", "Deepa Krishnan <deepa.k@example.com>", "Can't get in", "technical", "",
"""Hi, I've been trying to book time on the remote telescope since the
weekend. The portal says my password is wrong, so I press "forgot
password" and the reset email never arrives. Not in spam either. I've
tried four times. Email is the same one you send the newsletter to and
that comes through fine.

Deepa"""),
("en", "b53-box-office-opening-night", "Westbridge Players <boxoffice@westbridgeplayers.example>", "tonight", "technical", "high",
"""Hi,

Curtain's at 7.30 and since about 5 o'clock the ticketing screen just
spins. We can't see who's booked, the scanner won't read any of the
e-tickets and we can't sell on the door. There's a queue round the
foyer, about 120 people booked for tonight, and we're writing names on
the back of programmes. Front of house are doing their best but people
are getting cross.

Please ring the box office phone 01632 960 118 as soon as you get this.

Janet, Box Office Manager"""),
("en", "b53-detector-chattering", "Lee Bramwell <lee.bramwell@example.co.uk>", "Detector", "technical", "",
"""Bought the entry level detector through the club discount in March.
On the stubble field on Sunday it chattered nonstop, signal every few
inches, dug 20 holes and found nothing but soil. Ground balanced it
like the video says. My mate's identical one was quiet next to it.
Faulty coil maybe?"""),
("en", "b53-gedcom-upload-fails", "Bob Keller <bob.keller@example.com>", "GEDCOM upload", "technical", "",
"""Hello,

I'm trying to upload my family tree (about 3,200 people, exported from
my desktop program as GEDCOM 5.5.1) to the society's members' area. It
gets to 100% and then says "Import failed - unexpected error" with no
other detail. A small test file with 10 people works fine. The file is
11 MB.

Any ideas? I've spent 30 years on this tree and I'd love the cousins
to be able to see it.

Bob Keller
Springfield, IL"""),
("en", "b53-dimmer-pack-sparks", "Nadia Foster <nadia.foster@example.co.uk>", "Lighting hire", "technical", "high",
"""Hi Phil,

Quick one about the dimmer pack and lanterns we hired for the school
hall production. At the tech rehearsal tonight channel 4 started
flickering, then there were a few sparks from the back of the dimmer
pack where the socket is and the hall RCD tripped. We've unplugged it
and it's sitting away from everything. Nobody was hurt.

We've got three shows from Thursday with a hall full of parents and
kids so we obviously can't use it as it is. Can you swap it or send
someone to look?

Thanks, Nadia
Chair, Millbrook Youth Theatre"""),
("en", "b53-star-party-stream-black", "Callum Rhodes <callum.rhodes@example.co.uk>", "Last night", "technical", "high",
"""Hi,

Last night's live lunar eclipse broadcast: 430 people logged in from
schools, care homes and members' homes, and from about 10 minutes in
every single one of them got a black screen with "stream offline"
while we could see our own feed was still going out. The schools had
kept kids up for it. We've had dozens of emails this morning.

We've got the Perseids broadcast booked on the same setup in three
weeks and I need to know what went wrong before then.

Callum Rhodes
Outreach Officer, Pennine Astronomical Society"""),
("en", "b53-question-servo-jitter", "Ravi Menon <ravi.menon@example.co.uk>", "Question", "technical", "",
"""Hi all, since fitting the receiver I got from you the elevator servo
on my trainer jitters when the sticks are centred. Swapped the servo
and it still does it, so I think it's the receiver. Binding's fine,
range check passed. Anyone seen this?
Ravi"""),
("en", "b53-urgent-newsletter-pdf", "Gordon Phelps <gordon.phelps@example.co.uk>", "URGENT!!!!", "technical", "",
"""URGENT - the spring newsletter PDF will NOT open on my computer, it
just says the file is damaged. The winter one opened perfectly well. I
want to read the article about the Roman coin hoard before Tuesday's
meeting!!

G. Phelps"""),
("en", "b53-eboard-no-refund-just-fix", "Arjun Shah <arjun.shah@example.com>", "E-board won't pair", "technical", "",
"""Hello,

Before anyone offers: I do NOT want my money back, I love the board
and I've been waiting months for it. I just want it to work.

The electronic board pairs with my laptop over Bluetooth, shows the
starting position, and then after one or two moves it disconnects and
the software says "board not found". USB cable works fine. Firmware
updated on Saturday. Windows 11.

Arjun"""),
("en", "b53-hearing-loop-silent", "Eileen Toomey <eileen.toomey@example.ie>", "The loop in the hall", "technical", "",
"""Dear Sirs,

I have been coming to the Drama Society's plays in the parish hall for
many years. My hearing aids are on the T setting and until this year
the loop worked beautifully. At both performances of "The Field" I
heard nothing on it at all, only a faint hum. My friend Nora has the
same trouble. Would somebody look at it before the next play?

Eileen Toomey"""),
("en", "b53-goto-mount-someone-senior", "Philip Garside <philip.garside@example.co.uk>", "GoTo mount - back a third time", "technical", "high",
"""This mount has now been back to your repair centre twice. Both times
it was returned "tested, no fault found", and both times on the first
clear night it slewed to the wrong part of the sky and then stopped
with a motor error. I have lost most of the winter season.

I am not sending it in a third time to the same people. I would like
this passed to someone senior - the service manager or whoever is
above them - and a call to discuss either a proper repair by someone
who has actually seen the fault or a replacement.

Philip Garside"""),
("en", "b53-re-binoculars-fog-inside", "Anne Lyle <anne.lyle@example.com.au>", "Re: Your order has shipped", "technical", "",
"""They arrived fine thanks but there's mist INSIDE the left barrel, it
doesn't wipe off and it doesn't go away after an hour indoors either.
Birding at Werribee on the weekend the left side was all cloudy. I
thought these were meant to be nitrogen filled?

Anne

> Your order 30977 (10x42 waterproof binoculars) has shipped with
> Australia Post. Tracking: AP0000318852."""),
("en", "b53-which-night-club-meets", "Declan Murphy <declan.murphy@example.ie>", "club nights", "general", "",
"""Hi, just moved to Galway and used to play a bit in Limerick. What
nights does the club meet and do I need to book or just turn up?
Declan"""),
("en", "b53-thanks-guide-morag", "Sheila Brennan <sheila.brennan@example.co.uk>", "Thank you - Speyside trip", "general", "",
"""Dear all,

Just a note to say what a wonderful four days we had on the Speyside
trip. Morag was the most patient guide imaginable, especially with my
husband who can't walk far now - she found us a hide we could drive
right up to, and we saw our first crested tits and an osprey on the
nest. We've already told everyone at our RSPB group.

With warmest thanks,
Sheila and Ken Brennan"""),
("en", "b53-lost-scarf-after-show", "Lucy Partridge <lucy.partridge@example.co.uk>", "Left my scarf", "general", "",
"""Hello, I think I left a green wool scarf on the back of my seat (row
F I think) at Saturday's matinee. It was my gran's so I'd really like
it back. Has anyone handed it in?
Lucy"""),
("en", "b53-new-address-journal", "Dr Ian Caldwell <ian.caldwell@example.org.uk>", "Change of address", "general", "",
"""Please note my new address for the quarterly journal from next issue:

Dr I. Caldwell
Flat 3, 18 Marchmont Road
Edinburgh EH9 1HZ

Member 2031. Email and phone unchanged."""),
("en", "b53-records-subject-access", "Thomas Greer <thomas.greer@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all the personal data the
Society holds about me, including the research enquiries I submitted
in 2019-2021 and any notes made about me by volunteers, and details of
anyone you have shared it with.

Membership number 5520 (lapsed).

Thomas Greer"""),
("en", "b53-rally-sponsor-offer", "Hollybrook Farm Shop <hello@hollybrookfarmshop.example>", "Your rally in September", "general", "",
"""Hi,

We're a family farm shop just down the road from the field you use for
the September rally. We'd love to sponsor it in some way - maybe
prizes for the best find, or a food stall for the day - in return for
a mention on the programme. Who would be the right person to talk to?

Best,
Jess Coleman"""),
("en", "b53-public-night-children", "Amanda Price <amanda.price@example.com>", "Public observing night", "general", "",
"""Hello, is the public observing evening on the 15th suitable for
children? Mine are 7 and 10 and mad about Saturn. Do we need to book,
and what happens if it's cloudy?"""),
("en", "b53-farmland-permissions", "Craig Doherty <craig.doherty@example.co.uk>", "Permissions", "general", "",
"""Hi

New member here. How does the club arrange permission on farmland?
Do members get a list of fields we're allowed on, or do I have to
approach farmers myself? And do finds have to be reported to the FLO
through the club or by me?

Thanks
Craig"""),
("en", "b53-rude-field-steward-chairman", "Patrick Dolan <patrick.dolan@example.co.uk>", "Conduct of your field steward on Sunday", "general", "high",
"""Dear Sir,

On Sunday I brought my grandson (12) to the club's open day at the
flying field. When he stepped a couple of feet over the spectator line
to pick up his cap, the steward in the orange jacket shouted at him,
swore at him in front of about thirty people and grabbed his arm. My
grandson was in tears and we left.

I do not accept that this is how a club that wants young members
behaves. I want this raised with the club chairman and I expect a
reply from the chairman himself, not from the steward.

Patrick Dolan"""),
("en", "b53-clubhouse-step-loose", "Maureen Hale <maureen.hale@example.co.uk>", "The front step", "general", "high",
"""Hello,

I thought I should mention that the second stone step up to the
clubhouse door has come loose and rocks when you stand on it. On
Thursday night Mr Bennett, who is 86 and uses a stick, nearly went
over on it and was only saved by the railing. In the dark you can't
see it's loose at all. Could someone put a warning on it or get it
seen to before the next club night?

Maureen Hale"""),
("en", "b53-show-was-killer", "Josh Taylor <josh.taylor@example.com>", "you guys KILLED it", "general", "",
"""Honestly that production of Little Shop was a riot. Audrey II
absolutely slayed, the bit where the plant explodes through the back
flats nearly gave my mum a heart attack (in a good way). Best thing
I've seen on that stage. Give the cast a massive shout from row C.

Josh"""),
("en", "b53-audition-dates-summer", "Ananya Bose <ananya.bose@example.in>", "Regarding auditions", "general", "",
"""Hello team,

I am a working professional in Pune and have done some college
theatre. I wanted to know when the auditions for your summer Hindi
play will be held and whether newcomers can also apply. Also please
let me know if rehearsals are on weekdays or only weekends.

Thanks and regards,
Ananya Bose"""),
("en", "b53-order-yearbook-neighbour", "Wendy Ashworth <wendy.ashworth@example.co.uk>", "Order 40817", "general", "",
"""Hi, I'm away the week the yearbook is due to be posted. If it doesn't
fit through the letterbox could the postman leave it with Number 14
next door please? They know it's coming.

Wendy Ashworth"""),
# ---------------- Greek ----------------
("el", "b53-gl-skaki-mikros-mpasket", "Vicky Karagianni <vicky.karagianni@example.gr>", "sindromi skakiou", "billing", "",
"""Kalhmera sas,

o mikros (Nikolakis, 9 xronwn) den 8a synexisei to skaki, apo ton
Oktwvrio paei mpasket kai den prolavainei. Parakalw na stamathsete th
mhniaia xrewsh twn 35 eyrw apo thn karta mou. Ton Septemvrio plhrwthike
kanonika, apo ekei kai pera tipota.

Eyxaristw polu gia ola, tou arese para poly o proponhths.
Vicky"""),
("el", "b53-theatriko-ergastiri-doseis", "Κατερίνα Μαυρίδου <katerina.mavridou@example.gr>", "Θεατρικό εργαστήρι ενηλίκων", "billing", "",
"""Καλησπέρα σας,

Ενδιαφέρομαι για το χειμερινό θεατρικό εργαστήρι ενηλίκων που ξεκινά
τον Νοέμβριο. Είδα ότι το κόστος είναι 240€ για όλη τη χρονιά. Υπάρχει
δυνατότητα να το πληρώσω σε δόσεις, π.χ. τρεις των 80€; Και αν ναι,
γίνεται με κατάθεση σε λογαριασμό ή μόνο με κάρτα;

Ευχαριστώ,
Κατερίνα Μαυρίδου"""),
("el", "b53-kerkini-akyrosi-kairos-prokatavoli", "Στελιος Παπαδακης <stelios.papadakis@example.gr>", "Εκδρομη Κερκινη 12/1", "billing", "",
"""Καλημερα,

Η εκδρομη παρατηρησης πουλιων στην Κερκινη στις 12 Ιανουαριου
ακυρωθηκε απο εσας λογω του χιονιου, το καταλαβαινουμε. Ειχαμε δωσει
προκαταβολη 80 ευρω για δυο ατομα. Δεν μπορουμε στη νεα ημερομηνια του
Φεβρουαριου, οποτε θελουμε την προκαταβολη πισω. Σε ποιο IBAN να σας
στειλω;

Στελιος Παπαδακης
Σερρες"""),
("el", "b53-astronomikos-metakomisi-germania", "Δημήτρης Αλεξίου <d.alexiou@example.gr>", "Συνδρομή μέλους 1127", "billing", "",
"""Αγαπητοί φίλοι του Συλλόγου,

Με τη σύζυγο και τα παιδιά φεύγουμε οριστικά για τη Στουτγάρδη στα
τέλη του μήνα, οπότε δυστυχώς δεν θα μπορώ πια να έρχομαι στις
βραδιές παρατήρησης στον Υμηττό. Σας παρακαλώ να μη γίνει η αυτόματη
ανανέωση της ετήσιας συνδρομής (50€) τον Ιανουάριο.

Ήταν χαρά μου να είμαι μέλος όλα αυτά τα χρόνια. Αν περάσετε από
Γερμανία, ο ουρανός εκεί είναι συνήθως συννεφιασμένος!

Δημήτρης Αλεξίου, μέλος 1127"""),
("el", "b53-gl-aeromontelismos-diplh-xrewsh", "Panos Theodorou <panos.th@example.gr>", "2 fores xrewsh", "billing", "",
"""Geia sas. Den einai 8ema tou programmatos, to mathima to vlepw kanonika
sto site kai ola kala. Apla me xrewsate 2 fores ta 120e gia to
seminario aeromontelismou (sthn karta fainontai 2 kinhseis idiou posou
sthn idia wra, 18:42). Mporeite na epistrepsete th mia?

Panos"""),
("el", "b53-genealogia-timologio-afm", "Ευάγγελος Ρήγας <e.rigas@rigas-symvouleftiki.example>", "Τιμολόγιο για γενεαλογική έρευνα", "billing", "",
"""Καλημέρα σας,

Πλήρωσα χθες 150€ για την έρευνα ληξιαρχικών πράξεων του παππού μου
(Αίτηση 2024/318) και μου στάλθηκε απόδειξη λιανικής. Επειδή η πληρωμή
έγινε από τον εταιρικό λογαριασμό, χρειάζομαι τιμολόγιο με τα εξής
στοιχεία:

Ρήγας Συμβουλευτική Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Λάρισας
Παπαναστασίου 41, 41222 Λάρισα

Ευχαριστώ,
Ευάγγελος Ρήγας"""),
("el", "b53-seminario-teleskopiou-amfisvitisi", "Ιφιγένεια Λαμπράκη <ifigeneia.l@example.gr>", "Σεμινάριο που δεν έγινε ποτέ", "billing", "high",
"""Κύριοι,

Στις 2 Σεπτεμβρίου πλήρωσα με κάρτα 350€ για το τριήμερο σεμινάριο
χειρισμού τηλεσκοπίου και αστροφωτογραφίας στο Ηράκλειο (5-7
Οκτωβρίου). Το σεμινάριο δεν έγινε ποτέ, δεν ενημερώθηκα από κανέναν
και όταν πήγα στον χώρο βρήκα κλειστά. Έκτοτε έχω στείλει τρία email
και δεν έχω λάβει καμία απάντηση.

Αν μέχρι την Παρασκευή δεν έχει επιστραφεί το ποσό, θα κάνω
αμφισβήτηση της χρέωσης στην τράπεζά μου. Έχω κρατήσει όλα τα
αποδεικτικά.

Ιφιγένεια Λαμπράκη"""),
("el", "b53-diarkeias-theatro-synigoros", "Χρηστος Μπαλτας <christos.baltas@example.gr>", "Καρτα διαρκειας - δεν επιστρεφονται τα χρηματα", "billing", "high",
"""Καλησπερα,

Αγορασα δυο καρτες διαρκειας για τη θεατρικη σεζον της ομαδας σας στον
Βολο, 2 x 60 ευρω, για τεσσερις παραστασεις. Οι δυο απο τις τεσσερις
ακυρωθηκαν και δεν εγιναν ποτε. Μου λετε οτι "δεν προβλεπεται
επιστροφη" και οτι μπορω να κρατησω "πιστωση" για την επομενη χρονια.
Δεν θελω πιστωση, δεν ξερω καν αν θα υπαρχει επομενη χρονια.

Ζητω την επιστροφη των 60 ευρω. Αλλιως θα απευθυνθω στον Συνηγορο του
Καταναλωτη και στη Γενικη Γραμματεια Εμποριου.

Χρηστος Μπαλτας"""),
("el", "b53-gl-afxisi-syndromis-proedros", "Manolis Tzanakis <manolis.tzanakis@example.gr>", "AYXHSH SYNDROMHS", "billing", "high",
"""Kalhspera. Mou travhxate 90 eyrw gia thn etisia syndromh tou omilou
enw perysi htan 60 kai KANEIS den mas eipe tipota gia ayxhsh, oute sth
genikh syneleysh oute me email. Den einai swsto na to mathainoume apo
to logariasmo ths trapezas.

Thelw na milhsw me ton proedro tou omilou, oxi me th grammateia. Na me
parei thlefwno o idios sto 6944 000 217.

Manolis Tzanakis, Xania"""),
("el", "b53-re-ekptosi-deutero-paidi", "Σοφία Κωνσταντινίδου <sofia.konst@example.gr>", "Re: Εγγραφές σκακιστικού τμήματος 2024-25", "billing", "",
"""Καλησπέρα,

Θα γράψουμε και τα δύο παιδιά φέτος, τη Μαρίνα (8) και τον Άρη (11).
Ισχύει κάποια έκπτωση για το δεύτερο παιδί; Στο μήνυμά σας δεν βλέπω
κάτι σχετικό.

Σοφία

> Αγαπητοί γονείς, οι εγγραφές για τη νέα σκακιστική περίοδο ξεκινούν
> τη Δευτέρα 2 Σεπτεμβρίου. Η μηνιαία συνδρομή παραμένει 30€. Τα
> μαθήματα γίνονται Τρίτη και Πέμπτη 17:00-18:30.
> Σκακιστικός Όμιλος Καλαμαριάς"""),
("el", "b53-pagoma-syndromis-moro", "Ελπίδα Βασιλείου <elpida.vasileiou@example.gr>", "Παύση για λίγους μήνες", "billing", "",
"""Γεια σας!

Περιμένουμε μωράκι τον Μάιο (!) και φυσικά δεν θα μπορώ να συμμετέχω
στις πρόβες της ομάδας για κάμποσο καιρό. Δεν θέλω να διαγραφώ, θα
ήθελα όμως να σταματήσει η μηνιαία συνδρομή των 25€ από τον Απρίλιο
μέχρι και τον Σεπτέμβριο και μετά να συνεχίσω κανονικά.

Γίνεται;
Ελπίδα"""),
("el", "b53-gl-dwroepitagh-ligmeni", "Kwstas Fragkos <kostas.fragkos@example.gr>", "dwroepitagh", "billing", "",
"""Gia ta genethlia mou h kopela mou mou ekane dwro mia dwroepitagh 70e
gia ekdromh parathrhshs pouliwn stis Prespes. H hmeromhnia lhxhs
htan 31/12 kai egw to eida shmera (5/1)... Yparxei periptwsh na thn
dexteite akoma gia th Maio? Kwdikos DP-8841.

Eyxaristw,
Kwstas"""),
("el", "b53-erotisi-foititiki-syndromi", "Αγγελικη Ζαχαριου <angeliki.zachariou@example.gr>", "Ερωτηση", "billing", "",
"""Γεια σας, ποσο κανει η ετησια συνδρομη για φοιτητες στον αστρονομικο
συλλογο; Σπουδαζω Φυσικη στην Πατρα. Πληρωνεται μονο με καρτα η και με
μετρητα στη συναντηση;"""),
("el", "b53-online-protathlima-paidia-perimenoun", "Σκακιστική Ένωση Δυτικής Ελλάδας <info@seda-chess.example>", "Διαδικτυακό τουρνουά σήμερα", "technical", "high",
"""Καλησπέρα,

Στις 17:00 έπρεπε να ξεκινήσει ο 1ος γύρος του διασυλλογικού
διαδικτυακού τουρνουά παίδων. Η πλατφόρμα μάς βγάζει «σφάλμα
διακομιστή» κάθε φορά που πατάμε «έναρξη γύρου» και κανένα παιδί δεν
έχει ζευγάρι. Έχουμε 86 παιδιά από 9 συλλόγους μπροστά σε οθόνες εδώ
και σαράντα λεπτά, οι προπονητές και οι γονείς μάς παίρνουν
συνεχώς τηλέφωνο.

Παρακαλούμε πάρτε μας αμέσως στο 2610 000 744.

Γιάννης Σωτηρόπουλος, επιδιαιτητής"""),
("el", "b53-gl-lipo-fouskwse-amaxi", "Thodoris K. <thodoris.k@example.gr>", "mpataria", "technical", "high",
"""Kalhspera, na sas enhmerwsw gia mia mpataria LiPo 4S 2200 pou phra
apo to magazi sas prin 2 evdomades. Thn eixa sto port-bagaz meta thn
pthsh (htan sto 50%, den thn eixa fortisei) kai otan anoixa to amaxi
eixe fouskwsei san maksilari kai ekaige sto xeri. Thn evgala eksw se
ena koubas me ammo kai th fylaw makria apo to spiti.

Den pathe kaneis tipota. Alla an exete alles apo thn idia parti ish
kalo einai na tis elenksete.

Thodoris"""),
("el", "b53-provoleas-kourtina-kammeno", "Νίκος Σταυρόπουλος <nikos.stavropoulos@example.gr>", "Προβολείς που νοικιάσαμε", "technical", "high",
"""Καλησπέρα,

Στη γενική πρόβα χθες, ο ένας από τους δύο προβολείς 1000W που
νοικιάσαμε από εσάς για την παράσταση ζεστάθηκε τόσο που η βελούδινη
κουρτίνα δίπλα του άρχισε να μυρίζει καμένο και έβγαλε λίγο καπνό.
Τον σβήσαμε αμέσως και τον αποσυνδέσαμε. Δεν υπήρχε φωτιά, αλλά η
κουρτίνα έχει ένα μαυρισμένο σημάδι.

Τον έχουμε τοποθετήσει σε απόσταση 1,5 μέτρου όπως λέει το φυλλάδιο.
Η πρεμιέρα είναι το Σάββατο. Μπορείτε να τον ελέγξετε ή να μας δώσετε
άλλον;

Νίκος Σταυρόπουλος
Θεατρική Ομάδα «Σκηνή Πάτρας»"""),
("el", "b53-efarmogi-syllogou-kodikos", "Ροδουλα Γεωργιου <rodoula.georgiou@example.gr>", "Δεν μπαινω στην εφαρμογη", "technical", "",
"""Γεια σας, απο την Κυριακη δεν μπορω να μπω στην εφαρμογη του συλλογου
στο κινητο, μου λεει "λαθος στοιχεια" ενω στον υπολογιστη με τον ιδιο
κωδικο μπαινω κανονικα. Εχω Samsung, την εσβησα και την ξαναεβαλα.
Ροδουλα"""),
("el", "b53-gl-goto-xeiristhrio-error", "Aris Nikolaidis <aris.nikolaidis@example.gr>", "thleskopio", "technical", "",
"""Geia, to xeiristhrio tou thleskopiou pou agorasa meso tou syllogou
deixnei "Motor Unit Fault" molis pathsw align. Ta kalwdia ta exw
elegxei, mpataries kainourgies (8 AA). Epishs kanei enan periergo
hxo san grrrr kai meta stamataei. Ti na kanw?
Aris"""),
("el", "b53-kialia-rodela-den-thelo-lefta", "Μαρίνα Χατζή <marina.chatzi@example.gr>", "Κιάλια 8x42", "technical", "",
"""Καλημέρα,

Να ξεκαθαρίσω από την αρχή ότι δεν θέλω επιστροφή χρημάτων, τα κιάλια
μού αρέσουν πολύ και τα διάλεξα με προσοχή. Το πρόβλημα είναι ότι η
κεντρική ροδέλα εστίασης έχει κολλήσει, γυρίζει μόνο λίγα χιλιοστά και
μετά σταματάει, οπότε δεν μπορώ να εστιάσω σε κοντινά πουλιά. Τι
μπορεί να γίνει για επισκευή;

Μαρίνα Χατζή"""),
("el", "b53-gl-kratisi-forma-kollaei", "Eleni Vlachou <eleni.vl@example.gr>", "kratisi ekdromis", "technical", "",
"""Kalhmera! Prospathw na kanw krathsh gia thn ekdromh sth Dadia kai
otan pataw "synexeia" sto vima 2 (stoixeia symmetexontwn) h selida
ksanafortwnei kai adeiazoun ola ta pedia. Den einai thema plhrwmhs,
den ftanw kan mexri thn plhrwmh. Dokimasa Chrome kai Firefox.
Eleni"""),
("el", "b53-archeio-anagnostirio-erevnites", "Ιστορική και Λαογραφική Εταιρεία Κοζάνης <grammateia@ilek-kozani.example>", "Ψηφιακό αρχείο", "technical", "high",
"""Καλημερα σας,

Απο τις 9 το πρωι το ψηφιακο αρχειο ληξιαρχικων και εκκλησιαστικων
βιβλιων που φιλοξενειτε για εμας δεν ανοιγει, βγαζει λευκη σελιδα. Στο
αναγνωστηριο εχουμε σημερα 27 ερευνητες, αρκετοι απο το εξωτερικο που
ηρθαν για λιγες μερες μονο για αυτο, και καθονται χωρις να μπορουν να
δουλεψουν. Οι εθελοντες μας δεν εχουν τι να τους δωσουν.

Παρακαλουμε για αμεση αποκατασταση.

Βασιλικη Τσιαρα, γραμματεια"""),
("el", "b53-aniheftis-othoni-meta-vroxi", "Γιώργος Ντόκος <giorgos.ntokos@example.gr>", "Ανιχνευτής - σβηστή οθόνη", "technical", "",
"""Καλησπέρα,

Ο ανιχνευτής που αγόρασα τον Ιούνιο περιγράφεται ως «αδιάβροχος έως
5 μέτρα». Την Κυριακή τον χρησιμοποίησα στην παραλία (στην άμμο, στην
ακτή) και έπιασε ψιλή βροχή. Από τότε η οθόνη ανάβει για ένα
δευτερόλεπτο και σβήνει. Έχει νερό μέσα στο κουτί της μπαταρίας.

Γιώργος Ντόκος"""),
("el", "b53-pompos-failsafe-ypefthynos-service", "Αντώνης Μελετίου <antonis.meletiou@example.gr>", "Πομπός - τρίτη επισκευή", "technical", "high",
"""Κύριοι,

Ο πομπός μου έχει επιστραφεί δύο φορές από το σέρβις σας με την
ένδειξη «επισκευάστηκε». Την Κυριακή, στο πεδίο του ομίλου στα Μέγαρα,
χάθηκε ξανά το σήμα στα 200 μέτρα και το failsafe δεν ενεργοποιήθηκε.
Το αεροπλάνο (2,5 κιλά) έπεσε με πλήρη γκάζι περίπου 30 μέτρα από τον
επαρχιακό δρόμο. Ευτυχώς δεν περνούσε αυτοκίνητο.

Δεν στέλνω τον πομπό για τρίτη φορά στο ίδιο τμήμα. Ζητώ να
επικοινωνήσει μαζί μου ο υπεύθυνος του σέρβις προσωπικά.

Αντώνης Μελετίου, 6977 000 502"""),
("el", "b53-gl-re-efarmogi-xarti-asterwn", "Christina Papa <christina.papa@example.gr>", "Re: H paraggelia sas #2219 oloklirothike", "technical", "",
"""Kalhspera, h efarmogh me to xarth twn asterwn pou hr8e me to
thleskopio deixnei panta ton ouranw ths Athinas, enw egw eimai sth
Florina. To GPS tou kinhtou einai anoixto. Poio einai to provlhma?

> H paraggelia sas #2219 oloklirothike. Ston parakatw syndesmo
> 8a vreite ton kwdiko energopoihshs ths efarmoghs StarGuide.
> Astro-Optiki Thessalonikis"""),
("el", "b53-dialeksi-syndesmos-den-anoigei", "Κωνσταντινος Ραλλης <k.rallis@example.gr>", "Διαλεξη Πεμπτης", "technical", "",
"""Καλησπερα, ο συνδεσμος για την διαδικτυακη διαλεξη για τους
Βυζαντινους δασμολογιους μου βγαζει "η συναντηση δεν υπαρχει".
Η γυναικα μου με τον ιδιο συνδεσμο απο το δικο της λαπτοπ μπηκε
κανονικα. Τι φταιει;"""),
("el", "b53-epeigon-eisitirio-qr", "Σταυρούλα Μάνου <stavroula.manou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "technical", "",
"""ΕΠΕΙΓΟΝ!!! Το ηλεκτρονικό εισιτήριο για την παράσταση της επόμενης
Κυριακής δεν εμφανίζει τον κωδικό QR στο κινητό μου, βλέπω μόνο ένα
γκρι κουτάκι. Πώς θα μπω;;

Σταυρούλα"""),
("el", "b53-gl-firmware-flight-controller", "Lefteris M. <lefteris.m@example.gr>", "flight controller", "technical", "",
"""Kalhmera, ekana to update sto flight controller me to programma pou
proteinete sto site kai stamathse sth mesh (67%). Apo tote otan to
syndew sto usb den to vlepei o ypologisths, mono anavei ena kokkino led
stathera. Exei sw8ei h to ekapsa?
Lefteris"""),
("el", "b53-bravo-skinothetis-kiklos", "Αθηνά Παπαγεωργίου <athina.papageorgiou@example.gr>", "Ένα μεγάλο μπράβο", "general", "",
"""Αγαπητή ομάδα,

Είδαμε χθες τον «Καυκασιανό κύκλο με την κιμωλία» και θέλω να πω ένα
μεγάλο μπράβο, ιδιαίτερα στον σκηνοθέτη κ. Αναστασίου και στη νεαρή
πρωταγωνίστρια. Με τόσο λίγα μέσα στήσατε μια παράσταση που θα
ζήλευαν και επαγγελματικά θέατρα. Η κόρη μου (15) βγήκε και ρωτούσε
πώς μπορεί να γραφτεί στο εργαστήρι.

Με εκτίμηση,
Αθηνά Παπαγεωργίου"""),
("el", "b53-gl-asteroskopeio-savvato", "Marios Alexandrou <marios.al@example.gr>", "episkepsh", "general", "",
"""Geia sas, to asteroskopeio einai anoixto gia episkeptes to Savvato
vrady? Theloume na er8oume me th sxolh (4 atoma) kai na doume to
Dia. Xreiazetai krathsh?"""),
("el", "b53-xamena-kialia-leoforeio-dadia", "Θεοφανης Κυριακιδης <theofanis.k@example.gr>", "Ξεχασα τα κιαλια μου", "general", "",
"""Καλημερα,

Στην εκδρομη της Κυριακης στη Δαδια ξεχασα τα κιαλια μου (μαυρα,
Nikon, σε πρασινη θηκη) στο λεωφορειο, στη θεση πισω απο τον οδηγο.
Μηπως τα βρηκε ο οδηγος; Μπορω να περασω να τα παρω απο την
Αλεξανδρουπολη.

Θεοφανης Κυριακιδης"""),
("el", "b53-allagi-eponymou-gamos", "Δέσποινα Σιδέρη <despoina.sideri@example.gr>", "Αλλαγή στοιχείων μέλους", "general", "",
"""Καλησπέρα σας,

Παντρεύτηκα τον Ιούλιο και θα ήθελα να αλλάξει το επώνυμό μου στο
μητρώο μελών από Σιδέρη σε Σιδέρη-Καλογεράκη, και το email μου σε
despoina.sk@example.gr. Η διεύθυνση μένει ίδια.

Αριθμός μέλους 0342.

Ευχαριστώ,
Δέσποινα"""),
("el", "b53-diagrafi-dedomenon-gdpr", "Ανδρέας Κουτσούκος <andreas.koutsoukos@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (άρθρο 17),
παρακαλώ να διαγράψετε όλα τα προσωπικά μου δεδομένα από τα αρχεία
του συλλόγου, τη λίστα αποδεκτών του ενημερωτικού δελτίου και το
γενεαλογικό δέντρο που είχα ανεβάσει το 2020, και να μου
επιβεβαιώσετε γραπτώς τη διαγραφή.

Ανδρέας Κουτσούκος"""),
("el", "b53-gl-skaki-6-xronwn", "Nikoleta Dimou <nikoleta.dimou@example.gr>", "skaki gia mikra", "general", "",
"""Geia sas! H kori mou einai 6 kai molis emathe tis kinhseis apo ton
pappou ths kai trelathike. Pairnete paidia toso mikra h prepei na
perimenoume? Poies meres kai wres ginontai ta tmhmata arxariwn?
Nikoleta"""),
("el", "b53-xorigia-fournos-tournoua", "Φούρνος «Το Στάχυ» <info@stachy-fournos.example>", "Χορηγία για το τουρνουά", "general", "",
"""Καλημέρα σας,

Είμαστε ο φούρνος στη γωνία Εγνατίας και Αγίας Σοφίας. Είδαμε την
αφίσα για το ανοιχτό σκακιστικό τουρνουά του Μαΐου και θα θέλαμε να
βοηθήσουμε, π.χ. με κεράσματα για τους παίκτες ή με ένα έπαθλο για
τον νεότερο συμμετέχοντα. Με ποιον μπορούμε να μιλήσουμε;

Μαρία Τσολάκη"""),
("el", "b53-proponitis-fonazei-proedros", "Ευαγγελια Ντουρου <evangelia.ntourou@example.gr>", "Συμπεριφορα προπονητη", "general", "high",
"""Κυριοι του Δ.Σ.,

Την Πεμπτη στο τμημα των 10-12 ετων ο προπονητης φωναξε στον γιο μου
μπροστα σε ολα τα παιδια οτι "δεν κανει για σκακι" και του πεταξε
τα πιονια απο το ταμπλο επειδη εχασε μια παρτιδα. Το παιδι γυρισε
σπιτι κλαιγοντας και δεν θελει να ξαναερθει. Δεν ειναι η πρωτη φορα
που ακουω παραπονα απο αλλους γονεις.

Θελω να συναντησω τον προεδρο του ομιλου αυτη την εβδομαδα. Δεν
θελω απαντηση απο τον ιδιο τον προπονητη.

Ευαγγελια Ντουρου"""),
("el", "b53-kagkelo-taratsa-asteroskopeiou", "Παύλος Ζερβός <pavlos.zervos@example.gr>", "Κάγκελο στην ταράτσα", "general", "high",
"""Καλησπέρα,

Στη χθεσινή ανοιχτή βραδιά παρατήρησης πρόσεξα ότι το κάγκελο στη
βόρεια πλευρά της ταράτσας, δίπλα στο μεγάλο τηλεσκόπιο, έχει
ξεβιδωθεί από τη βάση του και κουνιέται αρκετά αν ακουμπήσεις. Ήταν
πολλά παιδιά εκεί και στο σκοτάδι ακουμπούσαν πάνω του για να δουν
από το προσοφθάλμιο. Το ύψος είναι δύο ορόφους.

Καλό θα ήταν να κλείσει εκείνο το σημείο μέχρι να φτιαχτεί.

Παύλος Ζερβός"""),
("el", "b53-gl-pelekanoi-htan-fwtia", "Sotiris Bakalis <sotiris.bakalis@example.gr>", "eyxaristw!!", "general", "",
"""Re paidia, h ekdromh sthn Kerkini htan FWTIA! Oi argyropelekanoi
skotwsan ton fakh mou, 600 fwtografies se mia mera :) Eyxaristw ton
Stratho gia thn ypomonh kai ta tsipoura sto telos. Tou xronou pali
me olh thn parea.
Sotiris"""),
("el", "b53-adeia-aniheftis-paralia", "Χαράλαμπος Λιάπης <ch.liapis@example.gr>", "Χρειάζεται άδεια;", "general", "",
"""Καλησπέρα,

Είμαι νέο μέλος και θα ήθελα να ρωτήσω αν χρειάζεται κάποια άδεια για
να χρησιμοποιώ ανιχνευτή μετάλλων στην παραλία για χαμένα κοσμήματα
και κέρματα, και αν ο σύλλογος βοηθά με τη διαδικασία. Δεν θέλω να
μπλέξω με την Αρχαιολογική Υπηρεσία.

Χαράλαμπος Λιάπης"""),
("el", "b53-pappous-smyrni-archeia", "Ειρηνη Καλογηρου <eirini.kalogirou@example.gr>", "Ο παππους μου απο τη Σμυρνη", "general", "",
"""Καλησπερα σας,

Ο προπαππους μου Ιωαννης Καλογηρου ηρθε απο τη Σμυρνη το 1922 και
εγκατασταθηκε στη Νεα Ιωνια του Βολου. Δεν εχουμε κανενα εγγραφο πριν
απο το 1923. Μπορει ο συλλογος να μας καθοδηγησει σε ποια αρχεια να
ψαξουμε (προσφυγικα μητρωα, εκκλησιες κλπ); Κανετε και συναντησεις για
αρχαριους;

Με εκτιμηση,
Ειρηνη Καλογηρου"""),
("el", "b53-gl-paraggelia-imerologio-periptero", "Takis Roussos <takis.roussos@example.gr>", "Paraggelia 5521", "general", "",
"""Kalhmera, gia thn paraggelia 5521 (to hmerologio tou syllogou 2025),
an den eimai spiti afhste to sto periptero sth gwnia, o kyr Vaggelhs
to kserei. Eyxaristw!"""),
# ---------------- Spanish ----------------
("es", "b53-ajedrez-cuota-trimestre-doble", "Begoña Uriarte <begona.uriarte@example.es>", "Cuota del club cobrada dos veces", "billing", "",
"""Hola buenas,

Os escribo porque este mes me han pasado dos recibos de la cuota
trimestral del club (45 € cada uno), el día 1 y el día 3. Soy socia
desde hace años y siempre se ha cobrado una sola vez. ¿Podéis
devolverme uno de los dos?

Mi número de socia es el 0288.

Gracias,
Begoña Uriarte
Bilbao"""),
("es", "b53-taller-teatro-meses-sin-intereses", "Ximena Robles <ximena.robles@example.com.mx>", "Pago del taller", "billing", "",
"""Buenas tardes,

Me interesa inscribirme al taller de actuación para adultos que
empieza en febrero. Vi que el costo es de $3,600 MXN por el semestre.
¿Aceptan pago a meses sin intereses con tarjeta de crédito? Y si pago
en efectivo, ¿hay algún descuento?

Saludos,
Ximena Robles
Guadalajara, Jal."""),
("es", "b53-perro-lucas-salidas-aves", "Horacio Bellini <horacio.bellini@example.com.ar>", "Salidas de los sábados", "billing", "",
"""Hola, cómo andan.

Les cuento que el Lucas, mi perro, que me acompañaba a todas las
salidas de avistaje de los sábados desde hace ocho años, se murió la
semana pasada. La verdad es que sin él no tengo ganas de seguir yendo,
así que les pido que me den de baja del abono mensual de salidas
($18.000 ARS) desde este mes. Por favor que no me lo cobren más en la
tarjeta.

Gracias por todo, de verdad.
Horacio"""),
("es", "b53-aeromodelismo-factura-cif", "Tesorería Club Aeromodelismo Los Vencejos <tesoreria@losvencejos-aero.example>", "Factura con datos del club", "billing", "",
"""Buenos días,

El mes pasado compramos en vuestra tienda tres emisoras para la
escuela de vuelo del club (pedido 11843, 567,00 €). La factura salió a
nombre de nuestro presidente en vez de a nombre del club. ¿Nos la
podéis rehacer con estos datos?

Club Deportivo Aeromodelismo Los Vencejos
CIF G00000000
Camino de la Vega s/n, 41700 Dos Hermanas (Sevilla)

Un saludo,
Rafael Cuenca, tesorero"""),
("es", "b53-minca-cobro-en-dolares", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Cobro del tour de Minca", "billing", "",
"""Buenas,

Reservé el tour de avistamiento de aves en Minca para el 14 de marzo
y en la página el precio aparecía en pesos ($680.000 COP), pero en el
extracto de mi tarjeta aparece cobrado en dólares y el banco me cobró
además una comisión por compra internacional. ¿Me pueden explicar por
qué y devolverme esa diferencia?

Muchas gracias,
Andrés Felipe Cárdenas
Bogotá"""),
("es", "b53-campus-ajedrez-omic-abogado", "Inmaculada Serrano <inma.serrano@example.es>", "Devolución campus de verano - última vez que lo pido", "billing", "high",
"""Buenas tardes:

El 20 de junio cancelé la plaza de mi hijo en el campus de ajedrez de
julio (280 €), con más de quince días de antelación, tal como dicen
vuestras propias condiciones para la devolución íntegra. Desde
entonces he recibido dos correos diciendo que "está en trámite" y
nada más.

Si el importe no está en mi cuenta antes del día 15, presentaré una
reclamación en la OMIC de mi ayuntamiento y el asunto pasará a mi
abogado. No voy a esperar más.

Inmaculada Serrano Gil"""),
("es", "b53-rally-cancelado-profeco-banco", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "Cargo por evento cancelado", "billing", "high",
"""Buen dia,

Pague $1,250 MXN por la inscripcion al encuentro de detectoristas en
Tequisquiapan del 8 de septiembre. El evento se cancelo dos dias antes
por un mensaje de WhatsApp y desde entonces nadie contesta ni el
telefono ni los correos.

Les doy hasta el viernes para reembolsarme. Si no, voy a desconocer el
cargo con mi banco y poner la queja en Profeco.

Jorge Villaseñor"""),
("es", "b53-aumento-cuota-comision-directiva", "Marcela Ferreyra <marcela.ferreyra@example.com.ar>", "Aumento de cuota", "billing", "high",
"""Buenas tardes,

Me debitaron $35.000 de cuota social cuando el mes pasado eran $20.000,
y encima me la debitaron dos veces. Nadie avisó de ningún aumento ni
se votó en ninguna asamblea que yo sepa. Ya hablé con la secretaria y
me dijo que "eso lo decide la comisión".

Entonces quiero hablar con la comisión directiva, con el presidente
directamente. Que me llame él. Mi teléfono es 11 0000-4417.

Marcela Ferreyra
Socia 1520, Asociación Amigos de la Astronomía"""),
("es", "b53-no-es-tecnico-gastos-gestion", "Luis Ortega <luis.ortega@example.es>", "Entradas", "billing", "",
"""Hola,

Que conste que la web funciona perfectamente, he comprado las
entradas sin ningún problema. Mi duda es otra: ¿por qué se cobran
1,50 € de "gastos de gestión" por cada entrada? Cuatro entradas a 8 €
para ver a un grupo de teatro aficionado y acabo pagando 38 €. ¿Si
las compro en taquilla el día de la función me ahorro eso?

Luis"""),
("es", "b53-re-renovacion-transferencia-chile", "Patricio Soto <patricio.soto@example.cl>", "Re: Renovación de membresía 2025", "billing", "",
"""Estimada Sra. Contreras:

Gracias por el recordatorio. ¿Es posible pagar la renovación por
transferencia electrónica en vez de con tarjeta? Si es así, le
agradecería me envíe los datos de la cuenta de la Sociedad.

Atentamente,
Patricio Soto Henríquez

> Estimado socio: le recordamos que su membresía a la Sociedad de
> Genealogía y Heráldica vence el 31 de diciembre. El valor de la
> renovación anual es de $45.000 CLP y puede pagarse a través del
> portal de socios.
> Carmen Contreras, Secretaría"""),
("es", "b53-operacion-cadera-congelar-cuota", "Mª Pilar Navarro <pilar.navarro@example.es>", "Cuota de la agrupación", "billing", "",
"""Buenos días:

Me operan de la cadera el día 3 y el médico me ha dicho que tardaré
unos tres meses en poder conducir y subir la cuesta hasta el
observatorio de la agrupación. No quiero darme de baja, pero sí me
gustaría que no me pasaran la cuota de 20 € al mes mientras tanto.
¿Se puede congelar hasta que vuelva?

Un saludo muy cordial,
Pilar Navarro"""),
("es", "b53-hola-cupon-no-aplica", "Diego Hernández <diego.hdz@example.com.mx>", "Hola", "billing", "",
"""Hola, me llegó el cupón BIENVENIDA15 por ser socio nuevo del club
de astronomía pero al pagar el curso de astrofotografía no me hace el
descuento, me cobra los $2,400 completos. ¿Todavía puedo usarlo?
Gracias"""),
("es", "b53-puntero-modelo-equivocado-cambio", "Ivan Lozano <ivan.lozano@example.es>", "Cambio de puntero", "billing", "",
"""Buenas, pedi el puntero detector normal y en realidad necesitaba el
sumergible, que vale 20 euros mas. El otro no lo he abierto, esta
precintado. Puedo devolverlo y pagar la diferencia o como se hace el
cambio?

Ivan"""),
("es", "b53-app-torneos-partidas-no-cargan", "Carmen Alonso <carmen.alonso@example.es>", "La app del club", "technical", "",
"""Hola:

Desde la última actualización de la aplicación del club, cuando entro
en "Mis partidas" se queda la rueda dando vueltas y no carga nada.
Antes podía repasar todas mis partidas del torneo social. Tengo un
Xiaomi con Android 13; he borrado la caché y reinstalado.

Gracias,
Carmen"""),
("es", "b53-cargador-chispas-enchufe", "Emilio Treviño <emilio.trevino@example.com.mx>", "Cargador del kit", "technical", "high",
"""Buenas noches,

Les escribo para avisar de algo que pasó con el cargador que venía en
el kit de iniciación de aeromodelismo que compré en su tienda. Hoy,
cargando la batería en el taller, el cargador hizo un chasquido y
salieron chispas del conector de la batería, y el cable quedó
chamuscado. Lo desconecté enseguida y no pasó nada más.

Por ahora no lo voy a usar. Me gustaría saber qué hago con él y si me
mandan otro.

Emilio Treviño
Monterrey, N.L."""),
("es", "b53-web-asociacion-contrasena", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "No puedo entrar a la web", "technical", "",
"""Hola, hace una semana que no puedo entrar al área de socios de la
web. Pongo mi mail y la contraseña y me dice "usuario o contraseña
incorrectos". Le di a recuperar contraseña, me llegó el mail, cambié la
contraseña y sigue igual. Probé desde la compu y desde el celular.
Gustavo"""),
("es", "b53-estreno-taquilla-no-vende", "Compañía La Tramoya <produccion@latramoya-teatro.example>", "Estreno hoy", "technical", "high",
"""Buenas tardes,

Estrenamos hoy a las 20:00 en el Teatro Municipal. Desde las 17:00 la
página de venta de entradas da error al pagar y en la taquilla el
lector no reconoce ninguna de las entradas compradas online. Hay unas
200 personas con entrada para esta noche, ya hay cola en la puerta y
no podemos comprobar quién ha pagado ni vender las localidades que
quedan.

Llamadnos urgentemente al 600 000 318.

Nuria, producción"""),
("es", "b53-app-cantos-aves-se-cierra", "Valentina Ospina <valentina.ospina@example.com.co>", "App de cantos", "technical", "",
"""Hola, la app de identificación de cantos que viene con la membresía
se cierra sola cada vez que intento grabar más de 10 segundos. En la
salida al Parque La Florida no pude grabar ni un solo copetón completo.
iPhone 12, iOS actualizado.
Valentina"""),
("es", "b53-detector-pita-sin-parar", "Fermin Gallego <fermin.gallego@example.es>", "El detector", "technical", "",
"""El detector que compre en la feria de socios pita todo el rato, aunque
no haya nada debajo. He hecho el balance de suelo, he bajado la
sensibilidad al minimo y lo he probado lejos de lineas electricas. El
de mi cuñado, el mismo modelo, va perfecto en el mismo sitio.
Fermin"""),
("es", "b53-enfocador-motor-no-quiero-dinero", "Rodrigo Aguirre <rodrigo.aguirre@example.com.mx>", "Enfocador eléctrico", "technical", "",
"""Que tal,

No busco reembolso ni cambio, solo que me ayuden a que funcione. El
enfocador motorizado que compré para mi refractor hace ruido pero no
se mueve, ni desde el control de mano ni desde la computadora. La
perilla manual sí gira bien. Le cambié la pila al control.

¿Lo mando a revisar o hay algo que pueda probar antes?

Rodrigo Aguirre"""),
("es", "b53-archivo-parroquias-jornada", "Sociedad Genealógica de Castilla <secretaria@genealogia-castilla.example>", "Base de datos de parroquias", "technical", "high",
"""Buenos días,

Hoy celebramos la jornada de puertas abiertas de la Sociedad y desde
primera hora la base de datos de registros parroquiales que nos
alojáis muestra "Error 503". Tenemos más de 60 personas inscritas en
los talleres de búsqueda, algunas venidas de fuera de la provincia, y
los voluntarios no pueden enseñar nada. Los talleres de la tarde
dependen de lo mismo.

Por favor, atendedlo cuanto antes.

Lorenzo Pastor, secretario"""),
("es", "b53-resistencia-antirrocio-derretida", "Fabián Quiroga <fabian.quiroga@example.com.ar>", "Banda antirrocío", "technical", "high",
"""Hola, buenas.

Les comento algo que me pasó el sábado en la salida de observación en
Chascomús. Tenía puesta la banda calefactora antirrocío que les compré
en el objetivo del telescopio y a la media hora empezó a oler a
quemado. Cuando la toqué estaba hirviendo y el plástico de la banda se
había derretido en una parte y pegado al tubo. La desenchufé de la
batería. No pasó a mayores, pero si me quedo dormido en la reposera
no sé qué hubiera pasado.

Fabián Quiroga"""),
("es", "b53-emisora-tercera-reparacion-responsable", "Alberto Campillo <alberto.campillo@example.es>", "Emisora - tercera vez", "technical", "high",
"""Buenas tardes:

Es la tercera vez que les escribo por la misma emisora. Dos veces la
he enviado al servicio técnico y dos veces me la han devuelto diciendo
que está reparada. El domingo, volando en la pista del club, volvió a
perder enlace con el receptor dos veces en diez minutos. La segunda
vez no recuperé el avión.

No pienso mandarla otra vez a que me la devuelvan igual. Quiero que me
llame el responsable del servicio técnico, no otro técnico, para ver
qué solución me dan.

Alberto Campillo
Tel. 600 000 771"""),
("es", "b53-re-detector-app-no-empareja", "Camila Fuentes <camila.fuentes@example.cl>", "Re: Su pedido 4419 ha sido despachado", "technical", "",
"""Hola, llegó el detector, gracias. El problema es que la app del
celular no lo encuentra por Bluetooth, busca y busca y no aparece
nada. El detector está encendido y la lucecita azul parpadea.

> Su pedido 4419 (detector de metales con conexión móvil) ha sido
> despachado por Chilexpress. Llegará en 2 a 4 días hábiles."""),
("es", "b53-urgente-microfono-inalambrico", "Rocío Medina <rocio.medina@example.es>", "URGENTE micrófono", "technical", "",
"""URGENTE!! El micrófono inalámbrico de diadema que os compramos para
la obra se corta cada dos minutos, aunque la pila sea nueva. El
receptor está a menos de cinco metros. Ensayamos el jueves, a ver si me
decís algo.

Rocío, grupo de teatro Candilejas"""),
("es", "b53-reloj-ajedrez-no-enciende", "Sergio Paredes <sergio.paredes@example.com.mx>", "Reloj digital", "technical", "",
"""Buenas, el reloj digital de ajedrez que compré hace un mes ya no
enciende. Le puse pilas nuevas y nada, la pantalla queda en blanco.
Lo usé muy poco.
Sergio"""),
("es", "b53-directo-conferencia-tele", "Josep Ribas <josep.ribas@example.es>", "Conferencia en directo", "technical", "",
"""Hola,

Intento ver en directo las conferencias de los jueves desde la tele
(Smart TV, con la aplicación de vídeo) y solo se oye el audio, la
imagen se queda en negro. En el móvil se ve bien. ¿Alguna idea?

Josep"""),
("es", "b53-horario-agosto-club", "Paco Jiménez <paco.jimenez@example.es>", "Agosto", "general", "",
"""Buenas, ¿el club abre en agosto o cerráis como otros años? Quería
llevar a mi sobrino que viene de vacaciones.
Paco"""),
("es", "b53-gracias-guia-costanera", "Silvina Acosta <silvina.acosta@example.com.ar>", "¡Gracias por la salida!", "general", "",
"""¡Hola!

Quería agradecerles la salida del domingo a la Reserva Costanera Sur.
Martín, el guía, es un genio: nos enseñó a distinguir el pijuí de la
ratona solo por el canto y tuvo una paciencia enorme con los chicos.
Vimos más de 40 especies. Ya me anoté para la próxima.

Abrazo,
Silvina"""),
("es", "b53-chamarra-olvidada-teatro", "Karla Mendoza <karla.mendoza@example.com.mx>", "Objeto olvidado", "general", "",
"""Buenas tardes, el sábado en la función de las 6 olvidé mi chamarra
de mezclilla en la butaca, fila H. ¿Alguien la encontró? Puedo pasar
por ella entre semana.
Karla Mendoza"""),
("es", "b53-cambio-domicilio-socio", "Tomas Alcaraz <tomas.alcaraz@example.es>", "Cambio de domicilio", "general", "",
"""Buenos dias,

Les comunico mi nuevo domicilio para la revista de la sociedad:
C/ Alfonso X el Sabio 12, 3o B, 30008 Murcia.
Telefono nuevo: 600 000 293.

Socio n. 744.
Gracias"""),
("es", "b53-foto-web-proteccion-datos", "Lucía Benítez <lucia.benitez@example.es>", "Mi foto en la web", "general", "",
"""Hola,

He visto que en la web del club aparece una foto mía del torneo de
Navidad con mi nombre completo. No recuerdo haber dado permiso para
eso. ¿Podríais retirarla? Y me gustaría saber qué otros datos míos se
publican.

Lucía Benítez"""),
("es", "b53-patrocinio-festival-aves-cafe", "Café Sierra Alta <mercadeo@cafesierraalta.example>", "Patrocinio festival de aves", "general", "",
"""Buenos días,

Somos una marca de café de especialidad del Quindío y nos gustaría
patrocinar el próximo Festival de Aves de la región: café para los
participantes, premios para el concurso de fotografía, lo que les
sirva. ¿Con quién podríamos hablar?

Cordialmente,
Natalia Giraldo, mercadeo"""),
("es", "b53-sesion-prueba-aeromodelismo", "Hugo Prieto <hugo.prieto@example.es>", "Probar antes de apuntarme", "general", "",
"""Hola, nunca he volado un avión RC pero me llama mucho. ¿Hacéis algún
día de prueba en la pista para gente que quiera ver cómo va antes de
hacerse socio? ¿Hace falta llevar algo?
Hugo"""),
("es", "b53-monitor-grito-ninos-director", "Adriana Cortés <adriana.cortes@example.com.mx>", "Trato del instructor a los niños", "general", "high",
"""A quien corresponda:

Mi hija de 9 años va a la clase de ajedrez de los miércoles. Ayer el
instructor le gritó "eres una tonta" delante de todo el grupo porque se
equivocó de jugada y la dejó castigada en una esquina media hora. Otras
mamás me dicen que no es la primera vez con otros niños.

Exijo hablar con el director del club en persona esta misma semana.
Mientras tanto mi hija no regresa.

Adriana Cortés"""),
("es", "b53-escalera-local-ensayo-caida", "Marta Villalba <marta.villalba@example.es>", "La escalera del local", "general", "high",
"""Hola:

Os aviso de que en la escalera que baja al local de ensayo sigue sin
funcionar la luz y el pasamanos está suelto desde hace semanas. Anoche
una compañera bajando con el vestuario en brazos tropezó y se torció
el tobillo; podría haber sido mucho peor. Hay compañeros mayores que
bajan por ahí todos los martes y jueves.

Por favor, que alguien lo arregle antes del próximo ensayo.

Marta"""),
("es", "b53-obra-fue-una-bomba", "Nico Rossi <nico.rossi@example.com.ar>", "la rompieron", "general", "",
"""Che, la obra del sábado fue una bomba. Mataron todos, sobre todo el
que hacía de abuelo, me dolía la panza de reírme. Felicitaciones al
elenco, vamos a ir de nuevo con mis viejos.
Nico"""),
("es", "b53-partida-bautismo-archivo", "Encarnacion Ruiz <encarni.ruiz@example.es>", "Consulta", "general", "",
"""Buenas tardes,

Estoy buscando la partida de bautismo de mi bisabuelo, nacido hacia
1880 en un pueblo de Jaén. No sé si tengo que pedirla a la parroquia o
al archivo diocesano, ni qué datos me van a pedir. ¿Me pueden orientar
desde la Sociedad?

Muchas gracias,
Encarnación Ruiz"""),
("es", "b53-salida-eclipse-chile", "Ignacio Vergara <ignacio.vergara@example.cl>", "Eclipse", "general", "",
"""Hola, ¿la agrupación va a organizar alguna salida para ver el
próximo eclipse? Me gustaría saber dónde y cuándo sería, y si pueden ir
no socios. Somos tres.
Saludos, Ignacio"""),
("es", "b53-pedido-conserjeria", "Ana Belén Castro <anabelen.castro@example.es>", "Pedido 7731", "general", "",
"""Hola, el libro de la Sociedad que pedí (pedido 7731) podéis dejarlo en
la conserjería del edificio si no estoy, el conserje está de 8 a 15.
Gracias!"""),
# ---------------- Polish ----------------
("pl", "b53-biebrza-zaliczka-przelozona", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Wyjazd nad Biebrzę - zaliczka", "billing", "",
"""Dzień dobry,

wpłaciłam 300 zł zaliczki za majowy wyjazd ornitologiczny nad Biebrzę
(dwie osoby, termin 10-12 maja). Dostałam wiadomość, że wyjazd został
przesunięty na czerwiec, a w czerwcu niestety nie możemy. Proszę o
zwrot zaliczki na konto, z którego przyszedł przelew.

Pozdrawiam,
Agnieszka Wróblewska"""),
("pl", "b53-tata-dom-opieki-skladka", "Marek Zielinski <marek.zielinski@example.pl>", "Skladka taty", "billing", "",
"""Dzien dobry,

moj tata, Henryk Zielinski, od 40 lat czlonek klubu, zamieszkal w
zeszlym miesiacu w domu opieki w Otwocku i niestety nie bedzie juz
przyjezdzal na turnieje ani na czwartkowe granie. Prosze o wylaczenie
comiesiecznej skladki 40 zl, ktora schodzi z jego konta.

Tata prosil, zeby pozdrowic pana Waldka i reszte "starej gwardii".

Marek Zielinski"""),
("pl", "b53-kurs-modelarski-blik-raty", "Paweł Szczepański <pawel.szczepanski@example.pl>", "Płatność za kurs", "billing", "",
"""Cześć,

chciałbym zapisać syna (13 lat) na zimowy kurs budowy modeli
szybowców, 480 zł. Czy można zapłacić BLIK-iem, a jeśli nie, to czy da
się rozłożyć to na dwie raty, np. połowa teraz i połowa w styczniu?

Dzięki,
Paweł"""),
("pl", "b53-kwerenda-genealogiczna-chargeback", "Zofia Kaczmarczyk <zofia.kaczmarczyk@example.pl>", "Kwerenda opłacona w marcu", "billing", "high",
"""Szanowni Państwo,

w marcu zapłaciłam kartą 800 zł za kwerendę w archiwach parafialnych
dotyczącą rodziny Kaczmarczyków z okolic Tarnowa. Termin realizacji
miał wynosić 8 tygodni. Minęło pół roku, nie dostałam żadnych wyników,
a na moje e-maile nikt nie odpowiada od lipca.

Jeżeli w ciągu 7 dni nie otrzymam wyników albo zwrotu pieniędzy,
złożę w banku reklamację transakcji kartą (chargeback). Wszystkie
potwierdzenia i korespondencję mam zachowane.

Zofia Kaczmarczyk"""),
("pl", "b53-spektakl-odwolany-rzecznik", "Krzysztof Lewandowski <krzysztof.lewandowski@example.pl>", "Zwrot za odwołany spektakl", "billing", "high",
"""Dzień dobry,

kupiłem cztery bilety po 45 zł na spektakl Waszego teatru w domu
kultury 14 listopada. Spektakl odwołano godzinę przed początkiem, a
teraz słyszę, że zamiast zwrotu mogę dostać "voucher na kolejny
sezon". Nie chcę vouchera, chcę zwrotu 180 zł.

Jeśli pieniądze nie wrócą do końca miesiąca, sprawę zgłoszę do
miejskiego rzecznika konsumentów.

Krzysztof Lewandowski"""),
("pl", "b53-kara-teleskop-prezes", "Ryszard Domański <ryszard.domanski@example.pl>", "Kara za teleskop - żądam rozmowy z prezesem", "billing", "high",
"""Dzień dobry,

oddałem wypożyczony teleskop 3 dni po terminie, bo leżałem w szpitalu
- poinformowałem o tym sekretarza SMS-em jeszcze przed terminem. Mimo
to pobrano mi z kaucji 150 zł "kary umownej". Uważam to za skandal
wobec członka z dwudziestoletnim stażem.

Nie chcę dalej pisać z biurem. Proszę, żeby skontaktował się ze mną
osobiście prezes Towarzystwa. Tel. 600 000 184.

Ryszard Domański"""),
("pl", "b53-to-nie-aplikacja-karnet-dwa-razy", "Kamil Nowicki <kamil.nowicki@example.pl>", "karnet", "billing", "",
"""Hej, od razu mowie ze aplikacja dziala ok, nie o to chodzi. Kupilem w
niej karnet na 10 wejsc do pracowni modelarskiej (200 zl) i w banku
widze dwie platnosci po 200 zl, a karnet w aplikacji jest jeden.
Mozecie oddac drugie 200?
Kamil"""),
("pl", "b53-re-faktura-integracja-nip", "Joanna Kwiatkowska <j.kwiatkowska@optima-logistyka.example>", "Re: Faktura za wyjazd integracyjny", "billing", "",
"""Dzień dobry,

dziękuję za fakturę, ale jest w niej błędny NIP (ostatnie cyfry
powinny być 27, a nie 72). Bardzo proszę o fakturę korygującą, bo
księgowość nie przyjmie jej w tej formie.

Z poważaniem,
Joanna Kwiatkowska
Optima Logistyka sp. z o.o.

> W załączeniu przesyłamy fakturę nr 34/2024 za wyjazd ornitologiczny
> do Ujścia Warty dla 18 osób, kwota 5 400 zł, termin płatności 14 dni.
> Pozdrawiamy, Biuro Ptasie Szlaki"""),
("pl", "b53-platforma-wiertnicza-zawieszenie", "Łukasz Brzeziński <lukasz.brzezinski@example.pl>", "Pół roku na morzu", "billing", "",
"""Dzień dobry,

od marca wyjeżdżam na pół roku na kontrakt na platformie wiertniczej
na Morzu Północnym, więc nie będzie mnie ani na spotkaniach, ani na
obserwacjach. Czy mogę na ten czas zawiesić członkostwo i składkę
(30 zł miesięcznie), a we wrześniu je wznowić? Szkoda by mi było
tracić numer członkowski :)

Łukasz"""),
("pl", "b53-pytanie-karta-duzej-rodziny", "Halina Wójtowicz <halina.wojtowicz@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, czy na przedstawienia teatru amatorskiego w Gorlicach
honorujecie Kartę Dużej Rodziny albo macie zniżkę dla emerytów? Bilet
30 zł, a chcemy przyjść całą rodziną, 7 osób.

Halina Wójtowicz"""),
("pl", "b53-wykrywacz-odstapienie-14-dni", "Dariusz Pietrzak <dariusz.pietrzak@example.pl>", "Zwrot wykrywacza", "billing", "",
"""Dzien dobry,

kupilem u Was przez internet wykrywacz metali 12 dni temu (zamowienie
55810, 1 290 zl). Wszystko z nim w porzadku, po prostu zona uznala,
ze to za drogie hobby :) Chce odstapic od umowy. Jak mam go odeslac i
kiedy zwrocicie pieniadze?

Dariusz Pietrzak"""),
("pl", "b53-bon-wycieczka-przekazac-mamie", "Ewelina Sadowska <ewelina.sadowska@example.pl>", "Bon podarunkowy", "billing", "",
"""Dzień dobry,

mam bon podarunkowy na 250 zł na Wasze wycieczki ornitologiczne, ale
w tym roku nie dam rady pojechać. Czy mogę przekazać go mamie, żeby
wykorzystała go na wyjazd na żurawie w październiku? Wycieczka kosztuje
320 zł, więc dopłaciłaby różnicę.

Ewelina"""),
("pl", "b53-drzewo-skonczone-baza-nie-odnawiac", "Stanisław Borkowski <stanislaw.borkowski@example.pl>", "Abonament na bazę metryk", "billing", "",
"""Szanowni Państwo,

po trzech latach poszukiwań moje drzewo jest gotowe - doszedłem do
1743 roku i dalej już nic nie ma. Baza metryk zrobiła swoje, bardzo
dziękuję. Abonament (199 zł rocznie) odnawia się w lutym i proszę,
żeby się już nie odnawiał.

Z poważaniem,
Stanisław Borkowski"""),
("pl", "b53-szkola-szachowa-lekcje-online-stoja", "Szkoła Szachowa Hetman <biuro@hetman-szachy.example>", "Dzisiejsze zajęcia", "technical", "high",
"""Dzień dobry,

od 15:00 żadna z naszych grup nie może wejść na platformę do zajęć
online - dzieci widzą komunikat "Sala niedostępna", trenerzy też.
Dziś mamy 12 grup, około 100 dzieci, pierwsze trzy już przepadły.
Rodzice dzwonią jeden po drugim, a my nie mamy jak poprowadzić
lekcji.

Proszę o pilny kontakt: 22 000 41 90.

Magdalena Sikora, Szkoła Szachowa Hetman"""),
("pl", "b53-akumulator-spuchl-pracownia", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "Akumulator z Waszego sklepu", "technical", "high",
"""Dzień dobry,

chciałbym zgłosić sytuację z akumulatorem LiPo 3S 2200 kupionym w
sklepie klubowym. Wczoraj w pracowni podczas ładowania, po jakichś 20
minutach, akumulator zaczął puchnąć, zrobił się gorący i pojawił się
lekki dym. Ładowaliśmy go w worku ognioodpornym, więc od razu
wynieśliśmy go na zewnątrz do wiadra z piaskiem. Nikomu nic się nie
stało.

Ładowarka ustawiona poprawnie, prąd 1C. Może warto sprawdzić całą
partię, bo kilku chłopaków kupiło takie same.

Jerzy Malinowski, instruktor"""),
("pl", "b53-wytwornica-kabel-topi-sie", "Teatr Amatorski Kurtyna <teatr.kurtyna@example.pl>", "Wytwornica dymu z wypożyczalni", "technical", "high",
"""Dzien dobry,

wypozyczylismy od Panstwa wytwornice dymu na nasz spektakl. Na probie
generalnej po kilkunastu minutach pracy kabel zasilajacy przy samym
urzadzeniu zrobil sie bardzo goracy, izolacja zaczela sie topic i
poczulismy swad palonego plastiku. Wylaczylismy ja od razu. Sam dym
sceniczny byl w porzadku, problem jest z kablem.

Premiera w sobote, na sali bedzie ok. 150 osob, w tym dzieci. Prosimy
o wymiane urzadzenia albo kontakt.

Bozena Krol, rezyserka"""),
("pl", "b53-portal-genealogiczny-logowanie", "Wieslaw Grabowski <wieslaw.grabowski@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, od tygodnia nie moge sie zalogowac do portalu
towarzystwa. Po wpisaniu hasla strona sie odswieza i znowu pokazuje
okno logowania, bez zadnego bledu. Probowalem w Edge i w Chrome,
czyscilem ciasteczka.
W. Grabowski"""),
("pl", "b53-montaz-goto-nie-prowadzi", "Tomasz Jaworski <tomasz.jaworski@example.pl>", "Montaż nie prowadzi", "technical", "",
"""Cześć,

montaż GoTo kupiony w Waszym sklepie poprawnie ustawia się na
wybrany obiekt, ale po kilku minutach obiekt ucieka z pola widzenia,
jakby prowadzenie w ogóle nie działało. Kalibracja na trzy gwiazdy
zrobiona, data, godzina i współrzędne (Toruń) wpisane poprawnie,
zasilanie 12 V z akumulatora.

Tomek"""),
("pl", "b53-wykrywacz-blad-e3-nie-zwrot", "Grzegorz Mazurek <grzegorz.mazurek@example.pl>", "Wykrywacz - błąd E3", "technical", "",
"""Dzień dobry,

nie chodzi mi o zwrot ani wymianę, wykrywacz jest świetny i nie chcę
się z nim rozstawać. Od wczoraj po włączeniu wyświetla "E3" i po
kilku sekundach się wyłącza. Baterie nowe, cewka podłączona. Co
oznacza ten błąd i czy da się to naprawić?

Grzegorz Mazurek"""),
("pl", "b53-konsoleta-trzecia-naprawa-kierownik", "Anna Michalak <anna.michalak@example.pl>", "Konsoleta - trzeci raz to samo", "technical", "high",
"""Szanowni Państwo,

konsoleta dźwiękowa naszego teatru była u Was w serwisie już dwa razy
z tym samym problemem: w trakcie spektaklu znikają kanały 5-8, a po
restarcie wszystko wraca. Dwa razy wróciła z adnotacją "usterki nie
stwierdzono". W niedzielę znów zgasły mikrofony w połowie drugiego
aktu, przy pełnej sali.

Nie wyślę jej po raz trzeci do tych samych techników. Proszę o
kontakt kierownika serwisu, chcę z nim omówić wymianę urządzenia.

Anna Michalak
Teatr "Przystanek", tel. 600 000 562"""),
("pl", "b53-planetarium-projektor-szkoly", "Planetarium Gwiazdozbiór <kontakt@planetarium-gwiazdozbior.example>", "Projektor", "technical", "high",
"""Dzień dobry,

od rana oprogramowanie projektora wyłącza się po kilku minutach
seansu, za każdym razem z tym samym komunikatem o błędzie karty
graficznej. Mieliśmy dziś 6 klas z okolicznych szkół, dwie
odesłaliśmy już z powrotem do autokaru, kolejne czekają w holu. Na
jutro i piątek mamy kolejne rezerwacje grup.

Prosimy o pilny kontakt serwisu: 58 000 12 34.

Rafał Kowalczyk"""),
("pl", "b53-re-lornetka-podwojny-obraz", "Iwona Adamska <iwona.adamska@example.pl>", "Re: Twoja paczka jest w drodze", "technical", "",
"""Dzień dobry, lornetka doszła, ale przy patrzeniu obojgiem oczu widzę
podwójny obraz, a każdym okiem osobno jest ostro. Mąż też tak ma, więc
to nie moje oczy :) Chyba coś się przestawiło w transporcie?

Iwona

> Twoja paczka z zamówieniem 20931 (lornetka 10x50) jest w drodze.
> Numer przesyłki: 0000 0000 3124. Dziękujemy za zakupy!"""),
("pl", "b53-pilne-aplikacja-obserwacje-sync", "Bartek Czarnecki <bartek.czarnecki@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Aplikacja do notowania obserwacji nie wysyla moich list
gatunkow na serwer, od 3 wypraw wszystko siedzi w telefonie z
komunikatem "oczekuje na synchronizacje". Mam tam 2 tygodnie
obserwacji z Helu, nie chce ich stracic.
Bartek"""),
("pl", "b53-aplikacja-brak-powiadomien", "Monika Pawlak <monika.pawlak@example.pl>", "Powiadomienia", "technical", "",
"""Dzień dobry, od kiedy zmieniłam telefon, aplikacja klubu nie wysyła
mi powiadomień o odwołanych zajęciach. W ustawieniach telefonu
powiadomienia są włączone. W zeszłym tygodniu przyjechałam z córką na
darmo.

Monika"""),
("pl", "b53-odbiornik-gubi-sygnal", "Adrian Wilk <adrian.wilk@example.pl>", "odbiornik", "technical", "",
"""Siema, odbiornik kupiony w zeszlym miesiacu co jakis czas gubi
sygnal na 1-2 sekundy, samolot wtedy leci prosto bez reakcji. Antenki
ulozone pod katem prostym, range check ok. Na starym odbiorniku w tym
samym modelu nic takiego nie bylo.
Adrian"""),
("pl", "b53-zamowienie-szachownica-figury", "Leszek Sobczak <leszek.sobczak@example.pl>", "Zamówienie 88213", "technical", "",
"""Dzień dobry,

szachownica elektroniczna z zamówienia 88213 nie rozpoznaje czarnego
gońca na c8 i białego skoczka - program pokazuje puste pole, mimo że
figura stoi. Reszta figur działa. Kalibracja nic nie zmienia.

Leszek Sobczak"""),
("pl", "b53-formularz-warsztaty-blad-500", "Dorota Kubacka <dorota.kubacka@example.pl>", "Zapisy na warsztaty", "technical", "",
"""Dzień dobry,

próbuję zapisać się na warsztaty aktorskie przez formularz na stronie,
ale po kliknięciu "Wyślij" pojawia się "Błąd 500" i nie dostaję
żadnego potwierdzenia. Próbowałam trzy razy, wczoraj i dziś. Nie wiem,
czy moje zgłoszenie w ogóle doszło.

Dorota Kubacka"""),
("pl", "b53-obserwatorium-wakacje-godziny", "Piotr Sikorski <piotr.sikorski@example.pl>", "Obserwatorium w lipcu", "general", "",
"""Dzień dobry, czy obserwatorium jest otwarte dla zwiedzających w
lipcu i sierpniu? W jakie dni i o której zaczynają się pokazy nieba?
Będziemy na urlopie w okolicy.

Piotr"""),
("pl", "b53-podziekowanie-przewodnik-zabojczo", "Renata Olszewska <renata.olszewska@example.pl>", "Dziękujemy!", "general", "",
"""Dzień dobry!

Chciałam bardzo podziękować panu Michałowi za sobotni wyjazd na
bagna. Zabójczo wczesna pobudka (3:30!) opłaciła się stokrotnie -
tokujące dubelty, bielik nad samą głową, a na koniec ognisko i
kiełbaski. Pan Michał ma niesamowitą wiedzę i cierpliwość do
początkujących jak my.

Na pewno wrócimy jesienią.
Renata z mężem"""),
("pl", "b53-zgubiony-termos-wycieczka", "Sebastian Kurek <sebastian.kurek@example.pl>", "Termos", "general", "",
"""Dzien dobry, na niedzielnej wycieczce na zurawie zostawilem chyba w
busie zielony termos z naklejka z Bieszczad. Czy kierowca go znalazl?
Moge odebrac w Poznaniu.
Sebastian"""),
("pl", "b53-zmiana-nazwiska-adresu", "Katarzyna Nowak-Górecka <katarzyna.gorecka@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

proszę o zmianę moich danych w ewidencji członków:
nazwisko: Nowak-Górecka (wcześniej Nowak)
adres: ul. Lipowa 7/3, 20-020 Lublin

Legitymacja nr 0915.

Dziękuję,
Katarzyna Nowak-Górecka"""),
("pl", "b53-rodo-dostep-do-danych", "Andrzej Piątek <andrzej.piatek@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane
osobowe przetwarza Stowarzyszenie, w jakim celu, komu zostały
udostępnione i jak długo będą przechowywane, oraz o kopię tych danych.
Byłem członkiem w latach 2016-2021.

Andrzej Piątek"""),
("pl", "b53-browar-sponsoring-turnieju", "Browar Rynkowy <marketing@browar-rynkowy.example>", "Współpraca przy turnieju", "general", "",
"""Dzień dobry,

jesteśmy lokalnym browarem rzemieślniczym z Wrocławia. Chętnie
zostalibyśmy sponsorem Waszego letniego turnieju szachów błyskawicznych
w parku - nagrody rzeczowe, napoje bezalkoholowe dla uczestników,
namiot. Z kim możemy porozmawiać o szczegółach?

Pozdrawiamy,
Olga Mazur"""),
("pl", "b53-pozwolenie-konserwatora-poszukiwania", "Michal Jasinski <michal.jasinski@example.pl>", "Pozwolenie", "general", "",
"""Czesc, jestem nowy w klubie. Jak wyglada zalatwianie pozwolenia od
wojewodzkiego konserwatora zabytkow na poszukiwania? Klub sklada jeden
wniosek za wszystkich, czy kazdy musi osobno? I ile to trwa?
Michal"""),
("pl", "b53-sedzia-turnieju-obrazil-prezes", "Elżbieta Rutkowska <elzbieta.rutkowska@example.pl>", "Skarga na sędziego turnieju", "general", "high",
"""Szanowny Zarządzie,

podczas sobotniego turnieju juniorów sędzia główny, gdy syn (11 lat)
podszedł zapytać o zasadę dotyczącą remisu, nazwał go przy wszystkich
"głupim gówniarzem" i kazał wyjść z sali. Kilku rodziców to słyszało i
może to potwierdzić. Syn nie chce już grać w turniejach.

Żądam spotkania z prezesem klubu, a nie wyjaśnień od samego sędziego.
Oczekuję odpowiedzi w tym tygodniu.

Elżbieta Rutkowska"""),
("pl", "b53-swietlica-gwozdz-szyba", "Janina Kołodziej <janina.kolodziej@example.pl>", "Świetlica", "general", "high",
"""Dzień dobry,

w świetlicy, w której dzieci mają zajęcia szachowe, od wejścia przy
trzecim stoliku wystaje z podłogi gwóźdź, a szyba w drzwiach do
szatni jest pęknięta przez całą wysokość i lekko się rusza. Dzieci
biegają tam w przerwach. W czwartek jedna dziewczynka rozcięła sobie
podeszwę buta o ten gwóźdź.

Proszę o zabezpieczenie tych miejsc przed kolejnymi zajęciami.

Janina Kołodziej, babcia Zuzi"""),
("pl", "b53-spektakl-publicznosc-padla", "Wojtek Baran <wojtek.baran@example.pl>", "sobota", "general", "",
"""Ludzie, co to był za spektakl! Publiczność dosłownie padła ze
śmiechu przy scenie z teściową, a ja zabiłbym za drugi bilet na
przyszły tydzień, ale wszystko wyprzedane :) Wielkie brawa dla całej
obsady!
Wojtek"""),
("pl", "b53-nabor-do-teatru-doswiadczenie", "Natalia Kaczor <natalia.kaczor@example.pl>", "Nabór", "general", "",
"""Dzień dobry, czy prowadzicie nabór do zespołu teatralnego dla osób
dorosłych bez doświadczenia scenicznego? Kiedy są próby i czy trzeba
przygotować coś na przesłuchanie?

Natalia, 34 lata"""),
("pl", "b53-kalendarz-zostawic-u-sasiadki", "Bogumila Witkowska <bogumila.witkowska@example.pl>", "Kalendarz", "general", "",
"""Dzien dobry, jesli kurier z kalendarzem Towarzystwa nie zastanie mnie
w domu, prosze zostawic paczke u sasiadki pod 4, pani Wandy. Ona
wie.
B. Witkowska"""),
("pl", "b53-pokaz-nieba-dla-szkoly", "Szkoła Podstawowa nr 3 w Kętach <sekretariat@sp3-kety.example>", "Pokaz nieba dla uczniów", "general", "",
"""Dzień dobry,

jesteśmy szkołą podstawową z Kęt. Czy członkowie Towarzystwa mogliby
przyjechać z teleskopami na wieczorny pokaz nieba dla naszych uczniów
klas 4-8, np. w październiku? Jak wygląda organizacja takiego pokazu i
czego potrzebowalibyście z naszej strony?

Z poważaniem,
Barbara Zając, wicedyrektor"""),
]
