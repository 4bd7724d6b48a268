# batch150.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Nothing here may be tuned or trained on.
# 160 mails, 40 each in English, Greek (a third of it Greeklish), Spanish
# (Spain and Latin America) and Polish (with and without diacritics),
# written separately for each language.  Kinds of business: trades --
# locksmiths, window repairs, gate automation, garage conversions, chimney
# repairs, fencing contractors, driveway pavers.  Covers escalation demands
# that keep their topic, legal threats and chargebacks, negations, subjects
# that say nothing (Hello / Question / Re: with a quoted mail), plans ended
# or paused in other words, business outages told only by their
# consequences, safety hazards told calmly, praise, payment questions and
# everyday mail of all three queues.  Same tuple format as batch13.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b150-en-locksmith-evening-night-rate", "Graham Pike <graham.pike@example.co.uk>", "Call-out invoice", "billing", "",
"""Hello,

Your locksmith came out on Tuesday to let me back into the house after I
snapped the key in the lock. He arrived at 6.10pm and was gone by 6.40.
The invoice says "night rate" and charges me 165 pounds. Your website says
the night rate starts at 8pm. Could you re-do the invoice at the normal
rate please?

Graham Pike
Leicester"""),
("en", "b150-en-garage-deposit-chargeback", "Sarah Whitlock <s.whitlock@example.co.uk>", "Deposit - garage conversion - final notice", "billing", "high",
"""To whom it may concern,

On 3 February I paid a deposit of 2,400 GBP by debit card for the
conversion of our garage into a playroom (your ref GC-0418). Work was to
start on 10 March. Nobody turned up, nobody has answered my six phone
calls, and the mobile number on the quote now goes straight to voicemail.

I want the full deposit back within seven days. If it is not in my
account by then I will ask my bank to reverse the card payment and I will
report you to Trading Standards.

Sarah Whitlock
12 Orchard Close, Chelmsford"""),
("en", "b150-en-fence-invoice-vat-number", "Accounts <accounts@brennan-haulage.example.ie>", "Invoice for fencing at the yard", "billing", "",
"""Hi there,

Could you send us a proper VAT invoice for the palisade fencing you put
up around our yard in Naas last month? The one we got is just a receipt
with no VAT number on it and our accountant won't accept it. Our VAT
number is IE 0000000X and it should be made out to Brennan Haulage Ltd.

Thanks a million,
Aoife
Brennan Haulage"""),
("en", "b150-en-gate-plan-moved-flat", "Declan Furey <declan.furey@example.ie>", "Our gate", "billing", "",
"""Hi,

We've sold the house in Oranmore and we're moving into an apartment in
Galway city next month, so there'll be no electric gate to look after
any more. Can you make sure the yearly service for the gate doesn't come
out of the account again? It's normally taken in June.

Declan"""),
("en", "b150-en-chimney-plan-late-husband", "Margaret Ellison <m.ellison@example.co.uk>", "Chimney sweeping each autumn", "billing", "",
"""Dear Sir or Madam,

My husband Ronald always dealt with the chimney people. He passed away in
the spring, and since then my son has had the fireplace boarded up and
put in an electric fire for me, as I cannot manage the coal any more.

I have had a letter to say the sweep will call in October and that 85
pounds will be taken as usual. Please would you stop this, as there is
nothing now to sweep.

Thank you for your kindness over the years.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b150-en-driveway-pay-in-parts", "Tom Nguyen <tom.nguyen@example.com.au>", "Driveway quote", "billing", "",
"""G'day,

Thanks for the quote for the exposed aggregate driveway, $11,850 all in.
We'd like to go ahead but can we pay it in a few parts, e.g. a third up
front, a third when the base is down and the rest when it's done? Or do
you do some kind of finance?

Cheers,
Tom (Penrith)"""),
("en", "b150-en-re-quote-sealant-extra", "Linda Marsh <linda.marsh@example.co.uk>", "Re: Your quotation Q-2291", "billing", "",
"""Hi Paul,

The final bill has come in at 4,310 instead of the 3,980 on the quote
below. The difference seems to be "sealant coat 330". Nobody mentioned a
sealant coat and we didn't ask for one. Please can you explain or take
it off.

Linda

> From: Paul Denton, Denton Paving
> Sent: 14 April
> Subject: Your quotation Q-2291
>
> Dear Mrs Marsh, please find our quotation for the block paved
> driveway at 7 Beech Road: 48 m2 including excavation, sub-base,
> edging and kiln-dried sand, total 3,980.00 inc VAT."""),
("en", "b150-en-window-not-fitted-small-claims", "Robert Haines <rob.haines@example.co.uk>", "Window refund", "billing", "high",
"""I paid you 1,920 in full in May for three replacement sash windows. Two
were fitted. The third, for the back bedroom, "is on order" according to
everyone I speak to, and it has now been four months.

I no longer want the third window. I want the 640 for it refunded. If I
don't have the money or a firm date for it by the end of next week I will
be filing a claim in the small claims court, and I have kept every email.

R. Haines"""),
("en", "b150-en-smart-deadbolt-wrong-size", "Jessica Alvarez <jess.alvarez@example.com>", "Return/exchange", "billing", "",
"""Hi,

I ordered the satin nickel smart deadbolt (order 88317) but my door is
1 3/4" thick and it only fits up to 1 5/8". It's unopened. Can I swap it
for the thick-door version? I'm happy to pay the difference if there is
one, or else just refund the $189 and I'll reorder.

Thanks!
Jess, Columbus OH"""),
("en", "b150-en-hello-charged-twice-rupees", "Venkatesh R <venkatesh.r@example.in>", "Hello", "billing", "",
"""Dear Sir/Madam,

Greetings. This is to bring to your kind notice that your locksmith came
to our flat in Whitefield, Bangalore on 11th for changing the main door
lock. The amount of Rs 3,450 has been debited two times from my HDFC
credit card on the same day. Kindly do the needful and reverse the extra
amount at the earliest.

Thanks and regards,
Venkatesh R"""),
("en", "b150-en-fence-pensioner-discount", "Bill Fairweather <bill.fw@example.co.uk>", "discount", "billing", "",
"""do you do anything off for pensioners. I need about 20 metres of
closeboard fence replaced along the back, had a price from another firm
but it was steep. Bill, Redcar"""),
("en", "b150-en-key-tag-dog-gone", "Fiona Campbell <fiona.campbell@example.co.uk>", "Lost key tags", "billing", "",
"""Hello,

We've had your lost-keys return tags for a few years now, one on each of
our key rings and one on Bramble's collar, as she was forever running off
with things. Bramble died last month (she was 15) and to be honest the tag
subscription was mostly for her, so we'd like to finish it when the year
is up and not be charged the 24 pounds again in November.

Thanks,
Fiona"""),
("en", "b150-en-paving-overmeasure-manager", "Greg Kowalczyk <greg.kowalczyk@example.com>", "Billed for 1,100 sq ft - we have 760", "billing", "high",
"""I was invoiced for 1,100 sq ft of pavers at $18.50/sq ft. I measured the
patio and walkway myself with my brother-in-law, who is a surveyor: it's
760 sq ft. That's over $6,000 difference.

Your crew lead told me "that's what the system says" and your office told
me they can't change it. I'm not discussing this with the front desk again.
I want the owner or a regional manager to call me today at 630-555-0148.

Greg Kowalczyk
Naperville, IL"""),
("en", "b150-en-receipt-for-insurer", "Hannah Price <hannah.price@example.co.uk>", "Receipt please", "billing", "",
"""Hi, after the break-in last Saturday your emergency locksmith boarded up
the back door and fitted a new lock (paid by card, 238.00). My insurer is
asking for an itemised receipt with your company details on it. Could you
email one over? Claim ref HP-55102 if it helps.

Hannah Price"""),
("en", "b150-en-gate-remote-sometimes", "Alan Forbes <alan.forbes@example.co.uk>", "Gate fob", "technical", "",
"""Hi,

Since the weekend the gate only opens with the fob about one time in
three. I have to stand right next to the post and press it several times.
My wife's fob is the same, so I don't think it's the battery. The keypad
still works fine.

Alan Forbes
Dunblane"""),
("en", "b150-en-gate-did-not-stop-bike", "Nicola Bright <nicola.bright@example.co.uk>", "Sliding gate", "technical", "high",
"""Hello,

I wanted to let you know about something that happened yesterday with the
sliding gate you installed in June. My daughter had left her bike half in
the opening and the gate closed onto it and kept pushing - it bent the
front wheel and only stopped when I hit the stop button. I had always
understood it was meant to sense something in the way and go back.

Nobody was hurt, but she is eight and it could easily have been her
instead of the bike. I've switched the gate to manual and we're leaving
it open for now. Could someone come and check the sensors this week?

Kind regards,
Nicola Bright"""),
("en", "b150-en-window-handle-spins", "Peter Okafor <peter.okafor@example.co.uk>", "Bedroom window", "technical", "",
"""Afternoon,

The handle on the uPVC window in our bedroom (you replaced the unit in
January) now just spins round and the window won't lock or fully shut.
It's wedged shut with a towel at the moment. Could you send someone?

Peter, Croydon"""),
("en", "b150-en-not-billing-gate-app", "Steven Lau <steven.lau@example.com>", "Gate app", "technical", "",
"""This isn't about my bill, your billing team already sent me to you twice.

The gate app logs me out every time I close it and then says "device not
found" when I log back in. The gate itself works with the remote. I've
deleted and reinstalled the app and restarted my phone. iPhone 13, app
version 4.2.1.

Steven"""),
("en", "b150-en-chimney-smoke-bedroom-co", "Michael Doherty <michael.doherty@example.co.uk>", "Chimney repair last week", "technical", "high",
"""Hi,

Your team repointed the chimney stack and fitted a new pot last Thursday.
The first time we lit the stove since, smoke started coming into the
front bedroom through the wall around the chimney breast and the carbon
monoxide alarm up there went off. We put the fire out, opened all the
windows and the alarm stopped after twenty minutes or so.

We're not using the stove until someone has looked at it. We have an
elderly mother staying with us, so we'd appreciate a visit as soon as you
can.

Michael Doherty
Harrogate"""),
("en", "b150-en-warehouse-shutter-lorries", "Shift Manager <shifts@northgate-distribution.example>", "Dock door 3", "technical", "high",
"""Morning,

Since 5am dock door 3 stops about a foot off the ground and won't go any
higher. It's the only dock the artic trailers can reverse into. We've
got four lorries queuing out onto the estate road, the first wave of
pickers is standing around with nothing to load, and the supermarket
collection is at 9. Our maintenance guy has tried resetting the control
box with no joy.

Can you get an engineer out straight away.

Dave Hurst
Shift Manager, Northgate Distribution, Wakefield"""),
("en", "b150-en-mum-locked-out-new-lock", "Karen Doyle <karen.doyle@example.ie>", "Mam can't get in", "technical", "high",
"""Please help. Your man changed the front door lock at my mother's house
in Tullamore on Monday. This afternoon she came back from the shops and
the new key turns a bit and then stops, it won't open at all. The back
door is bolted from inside. She's 86, she's sitting in the neighbour's
car to keep warm, it's about one degree out and getting dark.

I'm in Dublin and can't get down for two hours. Can someone go out now?
Her address is on the job, 4 Church View. My number is 087 000 4412.

Karen"""),
("en", "b150-en-garage-conversion-damp-patch", "Owen Richards <owen.richards@example.co.uk>", "Damp in the new room", "technical", "",
"""Hi,

Our garage conversion was finished in October. There's now a damp patch
about the size of a dinner plate low down on the new front wall where
the garage door used to be, and the skirting is starting to swell. It's
worse after rain. Could someone have a look? It's still within the 12
months you mentioned.

Owen"""),
("en", "b150-en-fence-leaning-after-storm", "Sharon Tully <sharon.tully@example.co.uk>", "fence", "technical", "",
"""hiya, the fence you put up in august is leaning into next doors garden
after the wind on sunday. 3 of the posts move when you push them, the
concrete at the bottom is cracked. it was only a normal storm, the old
fence survived worse for 20 years. when can someone come. sharon, 14
Lime St"""),
("en", "b150-en-no-refund-misted-pane", "Claire Jennings <claire.jennings@example.co.uk>", "Misted window - not after a refund", "technical", "",
"""Hello,

One of the double-glazed panes in the kitchen window you replaced last
year has misted up between the glass. I'm not asking for my money back
and I'm not complaining about the price, I'd just like the sealed unit
swapped as it was only fitted 14 months ago and I believe there's a 10
year guarantee on the glass.

Photo attached. Job number W-7731.

Claire Jennings"""),
("en", "b150-en-re-driveway-sinking-edge", "Ian Beattie <ian.beattie@example.co.uk>", "Re: Thank you for choosing Crestline Driveways", "technical", "",
"""Thanks for the nice email when the job was done in the spring, but the
driveway is now sinking along the left-hand edge where the car wheels go.
Some of the blocks have dropped about 2cm and a couple are rocking. Can
you come and lift and relay that bit?

Ian Beattie

-----Original Message-----
From: Crestline Driveways
Subject: Thank you for choosing Crestline Driveways

Dear Mr Beattie, thank you for choosing Crestline. Your driveway is
covered by our 5 year workmanship guarantee. If you have any questions
please reply to this email."""),
("en", "b150-en-portal-reset-email-never-comes", "Ruth Mensah <ruth.mensah@example.com>", "Can't log in", "technical", "",
"""I'm trying to log in to the customer portal to book the annual gate
service. I've forgotten my password and clicked "reset password" five
times now but the email never arrives. Not in spam either. My email is
this one. Could you reset it from your side?

Ruth"""),
("en", "b150-en-keypad-lock-new-batteries", "Arjun Mehta <arjun.mehta@example.co.uk>", "Keypad lock on side gate", "technical", "",
"""Hi, I changed the batteries in the keypad lock on our side gate
yesterday (4 x AA, as in the manual) and now it beeps three times and
flashes red for every code, including the master code. The key override
still works so we're not stuck, but it's not much use like this. Any
ideas before I call someone out?

Arjun Mehta, Leamington Spa"""),
("en", "b150-en-thanks-locksmith-midnight", "Emma Collins <emma.collins@example.co.uk>", "Thank you to Darren", "general", "",
"""I just wanted to say a big thank you to Darren, who came out at nearly
midnight on Friday when I'd locked myself out with my baby asleep inside
(long story, she was fine, I was not!). He was there in 25 minutes, calm,
kind and got me in without damaging anything. Please pass this on to him.

Emma, Bristol"""),
("en", "b150-en-showroom-saturday-hours", "Patricia Holmes <pat.holmes@example.co.uk>", "Opening times", "general", "",
"""Are you open on Saturday afternoons? We'd like to come and look at the
window styles in the showroom but we both work weekdays. Thanks, Pat"""),
("en", "b150-en-fitter-swore-manager", "Trevor Lane <trevor.lane@example.co.uk>", "Behaviour of your fitter", "general", "high",
"""Sir,

Your fitter who came to finish the fence on Wednesday was abusive to my
wife. When she asked him politely not to stand his van on the verge, he
told her to "mind her own f-ing business" and slammed the van door. She
was shaken and has not wanted to go out to the garden since.

I do not want an apology from the office. I want the person who runs
this company, or a manager with some authority, to ring me and explain
what is going to be done about him.

Trevor Lane
01632 960 447"""),
("en", "b150-en-car-keys-in-hedge", "Liam Hartley <liam.hartley@example.co.uk>", "Keys", "general", "",
"""Hi, bit of a long shot - when your lads were taking the old fence and
hedge out on Monday, did any of them find a set of car keys? Black VW
fob with a blue climbing clip. My son thinks he dropped them in the hedge
at the weekend. Thanks, Liam"""),
("en", "b150-en-pallets-on-verge", "Jo Fairbanks <jo.fairbanks@example.co.uk>", "Delivery of the blocks on Thursday", "general", "",
"""Hello,

Just so the driver knows for Thursday: please don't leave the pallets on
our drive, as our neighbour shares the first part of it and needs to get
his car out for work at 7. The grass verge to the right of the drive is
fine, it's firm. If there's a problem, ring me on 07700 900 318.

Thanks,
Jo"""),
("en", "b150-en-urgent-new-mobile", "Derek Sloan <derek.sloan@example.co.uk>", "URGENT!!! CHANGE OF NUMBER", "general", "",
"""PLEASE UPDATE MY PHONE NUMBER ON YOUR SYSTEM. OLD ONE 07700 900 112 NO
LONGER IN USE. NEW ONE 07700 900 781. I HAVE A CHIMNEY VISIT BOOKED FOR
THE 14TH AND DONT WANT TO MISS THE CALL. THANKS DEREK SLOAN"""),
("en", "b150-en-call-recordings-ico", "Gareth Evans <gareth.evans@example.co.uk>", "Subject access request", "general", "high",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the recordings of my phone calls with your office on
2 and 9 September and any notes made by your surveyor about my property.

I first asked for this by email on 1 October and have had no reply. If I
have not received the data within the statutory one month I will be
making a complaint to the Information Commissioner's Office.

Gareth Evans
23 Heol y Felin, Cardiff"""),
("en", "b150-en-garage-planning-question", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Garage into office - permission?", "general", "",
"""Hi,

We're thinking of turning our integral garage into a home office. Before
we go any further, do we need planning permission or building regs for
that, and is that something you sort out or do we? We're in a new-build
estate in Milton Keynes if that makes a difference.

Thanks,
Rachel"""),
("en", "b150-en-sponsor-under-11s", "Coach Mark <mark@haltonrovers-jfc.example>", "Sponsorship - Halton Rovers U11s", "general", "",
"""Hi,

I coach Halton Rovers under-11s and we're looking for a local business to
sponsor our new home kit for next season. A few of the dads have had
their drives done by you and recommended asking. In return we'd put your
logo on the shirts and on the club's Facebook page.

Would this be something you'd consider?

Mark Fenwick
Halton Rovers JFC"""),
("en", "b150-en-yard-step-father-fell", "Susan Harker <susan.harker@example.co.uk>", "The step at your yard office", "general", "high",
"""Hello,

I came to your yard on Tuesday with my father to choose paving slabs.
The concrete step up to the office has a large piece broken off the front
edge and it rocks when you stand on it. My father (79) caught his heel on
it and went down on his knees. He's bruised but all right.

Someone else is going to get badly hurt on that. Please get it fixed or
at least put a cone on it.

Susan Harker"""),
("en", "b150-en-killer-fence-praise", "Brooke Sinclair <brooke.sinclair@example.com.au>", "new fence!!", "general", "",
"""Hi team, just wanted to say the new colorbond fence looks absolutely
killer. The neighbours are dying of jealousy and my husband keeps going
out to stare at it with his coffee. Jake and Tama were legends, tidied up
everything and even picked up the dog's ball from the old fence line.
Will be recommending you to everyone in Geelong!

Brooke"""),
("en", "b150-en-question-rathmines-cover", "Niamh O'Sullivan <niamh.osullivan@example.ie>", "Question", "general", "",
"""Hi, do you cover Rathmines? I'm renting and the landlord has said I can
get a locksmith in myself once I let him know which company. Just want
to check you come out this side of the city before I ask him. Niamh"""),
("en", "b150-en-van-blocking-neighbour", "Colin Ashby <colin.ashby@example.co.uk>", "Your vans on Mill Road", "general", "",
"""Hello,

Your crew doing the driveway at number 41 have parked two vans across my
drive three mornings this week, so I couldn't get out for work until
someone came out to move them. When I asked the last time, one of them
just shrugged. I understand they need to park somewhere, but could you
have a word with them, please?

Colin Ashby, 39 Mill Road"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b150-el-gl-klidaras-180-euro", "Giorgos Tz. <giorgos.tz@example.gr>", "xrewsi klidara", "billing", "",
"""Kalhspera sas,

Htan o klidaras sas xthes to vrady sto Peristeri giati eixa meinei ekso.
H porta anoikse se 10 lepta kai mou xrewse 180 evrw, eno sto thlefwno
mou eipan "apo 60 evrw". Den mou edwse kai apodeiksi analytikh. Ti
akrivws plhrwsa? Thelw mia eksighsh kai an ginetai epistrofh tis
diaforas.

Giorgos"""),
("el", "b150-el-klidaras-890-katanalotis", "Ευάγγελος Μαργαρίτης <vangelis.margaritis@example.gr>", "Χρέωση 890 ευρώ για άνοιγμα πόρτας", "billing", "high",
"""Κύριοι,

Την Κυριακή στις 11 το βράδυ κάλεσα τον αριθμό σας στη Θεσσαλονίκη
επειδή έσπασε το κλειδί στην πόρτα. Ο τεχνικός άνοιξε την πόρτα σε ένα
τέταρτο, άλλαξε έναν απλό κύλινδρο και μου ζήτησε 890 ευρώ. Όταν
διαμαρτυρήθηκα μου είπε «ή πληρώνετε ή φεύγω και μένει ανοιχτή». Πλήρωσα
με κάρτα γιατί είχα δύο μικρά παιδιά μέσα.

Ζητώ να μου επιστραφεί η διαφορά από μια λογική χρέωση εντός πέντε
εργάσιμων. Αλλιώς θα κάνω αμφισβήτηση της συναλλαγής στην τράπεζα και
καταγγελία στη Γενική Γραμματεία Εμπορίου και Προστασίας Καταναλωτή.

Ευάγγελος Μαργαρίτης"""),
("el", "b150-el-timologio-exoikonomo", "Χαρης Δεληγιαννης <charis.deligiannis@example.gr>", "Τιμολογιο για το Εξοικονομω", "billing", "",
"""Καλημερα σας,

Τα κουφωματα που μας τοποθετησατε μπαινουν στο προγραμμα Εξοικονομω.
Ο μηχανικος μας λεει οτι το τιμολογιο πρεπει να γραφει χωριστα τα
κουφωματα, τα τζαμια και την εργασια τοποθετησης, και τον συντελεστη
θερμοπερατοτητας. Το δικο σας γραφει μονο «κουφωματα αλουμινιου -
3.940 ευρω». Μπορειτε να εκδοσετε νεο τιμολογιο με αναλυση;

Ευχαριστω,
Χ. Δεληγιαννης, Λαρισα"""),
("el", "b150-el-gl-polykatoikia-allazei-synergeio", "Vaggelis Karras <v.karras@example.gr>", "symvolaio porta polykatoikias", "billing", "",
"""Kalhmera sas, sas grafw ws diaxeirisths ths polykatoikias sthn
Ippokratous 40. Sth genikh syneleysh ths Tetarths oi idiokthtes
apofasisan na analavei thn aytomath porta tou garaz allo synergeio pou
einai kai syntirhths tou asanser. Opote to symvolaio me esas na lhksei
sto telos tou mhna kai na mhn ekdothei allo parastatiko.

Eyxaristoume gia ola ta xronia,
Vaggelis Karras"""),
("el", "b150-el-kaminada-pateras-efyge", "Δημήτρης Ρήγας <dimitris.rigas@example.gr>", "Ετήσιος καθαρισμός καμινάδας - χωριό", "billing", "",
"""Καλησπέρα,

Ο πατέρας μου είχε μαζί σας το ετήσιο πρόγραμμα καθαρισμού για την
καμινάδα του σπιτιού στο χωριό (Καλάβρυτα). Ο πατέρας μου έφυγε από τη
ζωή τον Δεκέμβριο και το σπίτι θα μείνει κλειστό, το τζάκι δεν θα
ξανανάψει. Σας παρακαλώ να μη γίνει η χρέωση των 70 ευρώ τον Σεπτέμβριο
και να σταματήσει το πρόγραμμα.

Με εκτίμηση,
Δημήτρης Ρήγας"""),
("el", "b150-el-doroepitagi-kathariso-tzakiou", "Μυρτώ Καλογεράκη <myrto.kalogeraki@example.gr>", "Δωροεπιταγή;", "billing", "",
"""Γεια σας! Ο πατέρας μου κάθε χρόνο λέει ότι πρέπει να καθαρίσει το
τζάκι και δεν το κάνει ποτέ. Θέλω να του το κάνω δώρο για τη γιορτή του.
Έχετε δωροεπιταγές; Πόσο κοστίζει ο καθαρισμός για μια απλή καμινάδα
μονοκατοικίας και πώς πληρώνω, γίνεται με IRIS;

Μυρτώ"""),
("el", "b150-el-re-prosfora-4-metra", "Κώστας Μπέλλος <kostas.bellos@example.gr>", "Re: Προσφορά περίφραξης 2231", "billing", "",
"""Καλησπέρα κ. Σταθόπουλε,

Το τελικό τιμολόγιο ήρθε 2.760 ευρώ αντί για 2.480 της προσφοράς. Οι
τεχνικοί σας λένε ότι «βγήκαν 4 μέτρα παραπάνω». Το οικόπεδο το έχει
μετρήσει τοπογράφος, είναι 62 μέτρα όπως γράφετε κι εσείς παρακάτω.
Παρακαλώ διορθώστε το.

Κώστας Μπέλλος

> Από: Σταθόπουλος Περιφράξεις
> Θέμα: Προσφορά περίφραξης 2231
>
> Αγαπητέ κ. Μπέλλο, σας αποστέλλουμε προσφορά για περίφραξη με
> συρματόπλεγμα και πασσάλους 62 τρέχοντα μέτρα, συνολικό κόστος
> 2.480 ευρώ με ΦΠΑ, τοποθέτηση συμπεριλαμβάνεται."""),
("el", "b150-el-gl-diplh-xrewsh-geia", "Maria Vl. <maria.vl@example.gr>", "Geia sas", "billing", "",
"""Geia sas, eixa paraggeilei apo to site mia kleidaria asfaleias me 5
kleidia, 89 evrw. Sto e-banking vlepw dyo xrewseis twn 89 evrw thn idia
mera. H paraggelia einai mia. Mporeite na koitaxete kai na mou epistrepsete
thn mia?

Eyxaristw poly
Maria"""),
("el", "b150-el-perissepsan-paletes-kyvolithon", "Σταύρος Πολυχρόνης <stavros.polychronis@example.gr>", "Κυβόλιθοι που περίσσεψαν", "billing", "",
"""Καλημέρα,

Τελείωσε η πλακόστρωση στην αυλή μας στα Γιαννιτσά και περίσσεψαν δύο
ολόκληρες παλέτες κυβόλιθους, άθικτες, με το νάιλον. Τις πληρώσαμε
μαζί με την υπόλοιπη παραγγελία. Μπορείτε να τις πάρετε πίσω και να μας
επιστρέψετε τα χρήματα ή έστω να τις συμψηφίσετε με το κράσπεδο που
θέλουμε να παραγγείλουμε;

Σταύρος"""),
("el", "b150-el-dyo-texnikoi-proistamenos", "Βασίλης Τσακίρης <vasilis.tsakiris@example.gr>", "ΤΙΜΟΛΟΓΙΟ ΕΠΙΣΚΕΥΗΣ ΠΑΡΑΘΥΡΩΝ", "billing", "high",
"""Καλησπερα,

Στο τιμολογιο για την επισκευη των παραθυρων μου χρεωνετε 2 τεχνικους
επι 6 ωρες. Ηρθε ΕΝΑΣ τεχνικος και εφυγε μετα απο 3 ωρες, το ειδε και η
γειτονισσα. Τηλεφωνησα δυο φορες στο γραφειο και η κοπελα μου ειπε
οτι «ετσι βγαινει απο το συστημα».

Δεν συζηταω αλλο με το γραφειο. Θελω να με παρει τηλεφωνο ο
προισταμενος η ο ιδιοκτητης της εταιρειας σημερα. 6944 000 271.

Β. Τσακιρης, Πατρα"""),
("el", "b150-el-gl-ekptwsh-polyteknwn", "Stella M. <stella.m@example.gr>", "ekptwsh", "billing", "",
"""kalhmera, kanete ekptwsh se polyteknous? 8eloume na alla3oume ta
parathyra sto spiti (6 kommatia) kai exoume 4 paidia. eyxaristw"""),
("el", "b150-el-anastoli-klidi-fylakas-germania", "Ιωάννα Δήμου <ioanna.dimou@example.gr>", "Υπηρεσία φύλαξης κλειδιών", "billing", "",
"""Καλημέρα σας,

Έχουμε τη μηνιαία συνδρομή (12 ευρώ) για τη φύλαξη εφεδρικού κλειδιού
και το άνοιγμα σε περίπτωση ανάγκης. Από τον Σεπτέμβριο θα είμαστε για
έναν χρόνο στο Μόναχο λόγω δουλειάς και το διαμέρισμα θα μείνει
κλειστό. Γίνεται να «παγώσει» η συνδρομή για αυτό το διάστημα και να
συνεχίσει όταν επιστρέψουμε; Το κλειδί ας μείνει σε εσάς.

Ιωάννα Δήμου"""),
("el", "b150-el-amfisvitisi-trapeza-parathyra", "Θοδωρής Αλεξίου <thodoris.alexiou@example.gr>", "Διπλή πληρωμή παραθύρων", "billing", "high",
"""Κύριοι,

Για τα κουφώματα αλουμινίου (σύμβαση 5520) πλήρωσα την εξόφληση 3.850
ευρώ με κάρτα στο κατάστημα και την επόμενη μέρα μου χρεώθηκε ξανά το
ίδιο ποσό. Σας έστειλα email πριν από τρεις εβδομάδες και δεν απαντήσατε.

Σήμερα υπέβαλα αμφισβήτηση της χρέωσης στην τράπεζά μου. Αν θέλετε να
το λύσουμε απευθείας, επιστρέψτε τα χρήματα άμεσα.

Θ. Αλεξίου"""),
("el", "b150-el-ananeosi-xoris-eidopoiisi-140", "Ροδάνθη Μαρκάκη <rodanthi.markaki@example.gr>", "Ανανέωση συμβολαίου συντήρησης", "billing", "",
"""Καλησπέρα,

Είδα στον λογαριασμό μου ότι ανανεώθηκε αυτόματα το συμβόλαιο
συντήρησης για τη γκαραζόπορτα, με 140 ευρώ αντί για 95 που πληρώναμε
πέρσι. Δεν πήραμε καμία ενημέρωση για αύξηση. Γιατί αυξήθηκε τόσο; Αν
δεν υπάρχει λόγος, θα ήθελα να επιστραφεί η διαφορά.

Ροδάνθη Μαρκάκη, Χανιά"""),
("el", "b150-el-gl-porta-garaz-den-kleinei", "Manolis K. <manolis.k@example.gr>", "porta garaz", "technical", "",
"""Kalhmera, h hlektrikh porta tou garaz den kleinei teleiws, stamataei
peripou 30 ekatosta prin to patwma kai meta 3anaanoigei. To kanei apo
thn Kyriakh. Exw katharisei ta fotokyttara mhpws htan skonh alla tipota.
Mporei na perasei kapoios texnikos? Kalamaria, Thessaloniki.

Manolis"""),
("el", "b150-el-kagkeloporta-xtypise-amaksi", "Πέτρος Σωτηρίου <petros.sotiriou@example.gr>", "Αυτόματη καγκελόπορτα", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω για κάτι που έγινε χθες με την ανοιγόμενη
καγκελόπορτα που μας τοποθετήσατε τον Απρίλιο. Ενώ έμπαινε η γυναίκα
μου με το αυτοκίνητο, το δεξί φύλλο άρχισε να κλείνει, χτύπησε την
πόρτα του οδηγού και συνέχισε να σπρώχνει, δεν γύρισε πίσω. Ευτυχώς
ήταν μέσα στο αυτοκίνητο. Τα παιδιά μας όμως παίζουν συχνά εκεί.

Την έχουμε αφήσει ανοιχτή και με κατεβασμένο διακόπτη. Θα θέλαμε να
έρθει τεχνικός να ελέγξει τους αισθητήρες όσο πιο σύντομα γίνεται.

Πέτρος Σωτηρίου, Βούλα"""),
("el", "b150-el-gl-portaki-fraxth-den-zhtaw-lefta", "Katerina P. <katerina.p@example.gr>", "portaki", "technical", "",
"""Kalhspera. To portaki ston kainourgio fraxth exei kremasei, akoumpaei
katw sto plakaki kai den kleidwnei pia, to sernoume gia na kleisei. Na
to pw apo prin gia na mhn me steilete sto logisthrio: den 8elw na mou
epistrepsete lefta oute paraponoumai gia thn timh, 8elw apla na er8ei
kapoios na to ry8misei opws lei h eggyhsh.

Katerina, Ioannina"""),
("el", "b150-el-kaminada-touvla-epesan", "Αργυρω Λαμπρου <argyro.lamprou@example.gr>", "Καμιναδα μετα την επισκευη", "technical", "high",
"""Καλησπερα,

Την περασμενη εβδομαδα τα συνεργεια σας επισκευασαν την καμιναδα και
εβαλαν καινουργιο καπελο. Σημερα το πρωι, χωρις να φυσαει ιδιαιτερα,
επεσαν δυο τουβλα και κομματια σοβα απο την κορυφη της στην αυλη,
ακριβως μπροστα στην εξωπορτα. Απο κατω φαινεται οτι το καπελο εχει
γειρει και κουνιεται.

Βγαινουμε πλεον απο την πισω πορτα και εχουμε βαλει μια καρεκλα να
μην περναει κανεις απο μπροστα. Παρακαλω να ερθει καποιος αυριο.

Αργυρω Λαμπρου, Βολος"""),
("el", "b150-el-gl-super-market-rolo", "Super Market Vasilakis <info@vasilakis-market.example.gr>", "rolo eisodou", "technical", "high",
"""Kalhmera, to hlektriko rolo sthn eisodo tou magaziou kollhse kleisto
apo tis 6.30 to prwi kai den anevainei me tipota. Oi ypalliloi einai
apo 3w, to fortigo me ta galaktika perimenei edw kai mia wra kai 8a
fygei, oi pelates xtypane to rolo kai fevgoun. Ta psygeia mesa leitourgoun
alla den mporoume na mpoume na ta elegxoume. Steilte texniko twra,
Kypselh, Agias Zwnhs.

Stavros Vasilakis"""),
("el", "b150-el-priza-garaz-spithes", "Χρήστος Αθανασίου <christos.athanasiou@example.gr>", "Πρίζα στο νέο δωμάτιο", "technical", "high",
"""Καλησπέρα,

Στο γκαράζ που μας μετατρέψατε σε δωμάτιο τον προηγούμενο μήνα,
χθες το βράδυ η πρίζα δίπλα στο παράθυρο έβγαλε σπίθες όταν ο γιος μου
έβαλε το φορτιστή του λάπτοπ, και η πλαστική πρόσοψη έχει μαυρίσει. Η
ασφάλεια δεν έπεσε. Κατεβάσαμε μόνοι μας τον διακόπτη για όλο το
δωμάτιο και ο γιος κοιμάται στο σαλόνι.

Θα ήθελα να έρθει ηλεκτρολόγος σας το συντομότερο, δεν θέλουμε να το
ξαναδοκιμάσουμε.

Χρήστος Αθανασίου, Λάρισα"""),
("el", "b150-el-thyrotilefono-den-deixnei-eikona", "Λευτέρης Μαυρίδης <lefteris.mavridis@example.gr>", "Θυροτηλέφωνο καγκελόπορτας", "technical", "",
"""Καλησπέρα. Το θυροτηλέφωνο με κάμερα που βάλατε στην καγκελόπορτα
τον Μάρτιο από την Παρασκευή δεν δείχνει εικόνα, η οθόνη μένει μπλε.
Ήχος ακούγεται κανονικά και το κουμπί ανοίγει την πόρτα. Δοκίμασα να
κατεβάσω και να ανεβάσω την ασφάλεια, τίποτα. Πότε μπορεί να περάσει
κάποιος;

Λευτέρης, Νέα Ερυθραία"""),
("el", "b150-el-endodapedia-garaz-krya", "Σπυρος Κανελλοπουλος <spyros.kan@example.gr>", "Ενδοδαπεδια θερμανση", "technical", "",
"""Καλησπερα σας,

Στο γκαραζ που μετατρεψατε σε γραφειο τον Νοεμβριο, η ενδοδαπεδια
θερμανση ζεσταινει μονο τη μιση αιθουσα, απο την πλευρα της πορτας. Η
αλλη μιση μενει κρυα, το εχουμε δει και με θερμομετρο. Ο θερμοστατης
δειχνει κανονικα 22. Μπορει να το κοιταξει καποιος;

Σπυρος, Ηρακλειο"""),
("el", "b150-el-kagkela-skouriazoun", "Μαρίνα Φωτίου <marina.fotiou@example.gr>", "Σκουριά στα κάγκελα", "technical", "",
"""Γεια σας, τα μεταλλικά κάγκελα της περίφραξης που βάλατε τον Φεβρουάριο
έχουν ήδη σκουριάσει στις ενώσεις και στις βάσεις, βγαίνουν καφέ
λεκέδες στο πεζοδρόμιο. Η προσφορά έγραφε γαλβανιζέ με ηλεκτροστατική
βαφή. Στέλνω φωτογραφίες. Πώς προχωράμε;

Μαρίνα, Ναύπλιο"""),
("el", "b150-el-re-nera-pros-garaz", "Απόστολος Γκίκας <apostolos.gkikas@example.gr>", "Re: Ευχαριστούμε για την προτίμηση", "technical", "",
"""Καλημέρα,

Σας απαντώ στο μήνυμα που μας στείλατε τον Μάιο. Με τις πρώτες βροχές
φάνηκε ότι η πλακόστρωση στην είσοδο έχει κλίση προς το γκαράζ και όχι
προς το φρεάτιο: τα νερά μαζεύονται μπροστά στην γκαραζόπορτα και
μπαίνουν από κάτω. Επίσης έχουν βγει άσπροι λεκέδες σε πολλούς
κυβόλιθους. Θέλουμε να έρθει κάποιος να το δει.

Απόστολος Γκίκας

> Αγαπητέ κ. Γκίκα,
> σας ευχαριστούμε για την προτίμηση. Η πλακόστρωση καλύπτεται από
> εγγύηση καλής εκτέλεσης 3 ετών. Για οποιοδήποτε θέμα απαντήστε σε
> αυτό το μήνυμα.
> Πλακοστρώσεις Αιγαίου"""),
("el", "b150-el-gl-password-portal", "Eleni Ch. <eleni.ch@example.gr>", "kwdikos", "technical", "",
"""Kalhmera, 3exasa ton kwdiko gia to portal pelatwn kai to link gia nea
epanafora leei "to link exei lhksei" akoma kai otan to patao amesws. To
dokimasa kai apo kinhto kai apo laptop. Mporeite na ton allaxete esis?

Eleni"""),
("el", "b150-el-porta-asfaleias-kollaei-kleidi", "Παναγιώτης Ζαχαρίου <p.zachariou@example.gr>", "Πόρτα ασφαλείας μετά την αλλαγή κλειδαριάς", "technical", "",
"""Καλησπέρα,

Από τότε που ο τεχνικός σας άλλαξε την κλειδαριά στην πόρτα ασφαλείας,
η πόρτα δεν κλειδώνει αν δεν τη σπρώξεις δυνατά με τον ώμο, και το
κλειδί κολλάει στη δεύτερη στροφή. Η γυναίκα μου δεν μπορεί να την
κλειδώσει μόνη της. Μπορεί να ξανάρθει να τη ρυθμίσει;

Π. Ζαχαρίου, Πειραιάς"""),
("el", "b150-el-parathyro-alouminiou-kleidoma", "Ρένα Χατζή <rena.chatzi@example.gr>", "Παράθυρο κουζίνας", "technical", "",
"""Καλημέρα, το ανοιγόανοιγο παράθυρο στην κουζίνα (το αλλάξατε τον
Ιούνιο) δεν κλειδώνει πια, το χερούλι κατεβαίνει αλλά το φύλλο μένει
λίγο ανοιχτό από πάνω και μπαίνει αέρας. Μπορεί να έρθει κάποιος να
το ρυθμίσει;

Ρένα, Καλλιθέα"""),
("el", "b150-el-gl-kaminada-poulakia", "Tasos M. <tasos.m@example.gr>", "EYXARISTW", "general", "",
"""Kalhspera, hthela na pw ena megalo euxaristw ston kyrio Pavlo pou
hrthe na katharisei thn kaminada. Vrhke mesa mia folia me kaloiakia,
ta evgale ena ena me ypomonh kai ta evale se ena kouti sto dentro gia na
ta vrei h mana tous. Ta paidia mou den milane gia tipota allo ap to
Savvato. Spania vlepeis tetoio anthrwpo.

Tasos, Nea Smyrnh"""),
("el", "b150-el-orario-ekthesis-savvato", "Ευαγγελια Ραπτη <evangelia.rapti@example.gr>", "Ωραριο εκθεσης", "general", "",
"""Καλημερα, ειναι ανοιχτη η εκθεση σας στο Μαρουσι το Σαββατο το
απογευμα; Θελουμε να δουμε δειγματα απο πορτες γκαραζ. Ευχαριστω."""),
("el", "b150-el-tilefoniti-mitera-proistamenos", "Μιχάλης Κυριακίδης <michalis.kyriakidis@example.gr>", "Συμπεριφορά υπαλλήλου σας στο τηλέφωνο", "general", "high",
"""Κύριοι,

Η μητέρα μου, 78 χρονών, τηλεφώνησε χθες στο κατάστημά σας για να
κλείσει ραντεβού για τα παράθυρα. Η υπάλληλος που σήκωσε το τηλέφωνο
της μίλησε απαξιωτικά, της είπε «δεν καταλαβαίνετε, να πάρει κάποιος
νεότερος» και της το έκλεισε. Η μητέρα μου έκλαιγε όταν με πήρε.

Δεν ζητάω έκπτωση ούτε τίποτα άλλο. Ζητώ να μου τηλεφωνήσει ο
διευθυντής του καταστήματος ή ο ιδιοκτήτης και να μου πει πώς θα το
χειριστείτε.

Μιχάλης Κυριακίδης
6932 000 914"""),
("el", "b150-el-gl-texnikos-ksexase-dreparo", "Popi L. <popi.l@example.gr>", "ksexasate ergaleia", "general", "",
"""Geia sas, o texnikos pou hrthe na allaksei thn kleidaria thn Tetarth
ksexase sto spiti mas ena mple dreparo kai mia kasetina me mytes. Ta
exw sto mpalkoni. Mporei na perasei na ta parei otan vrisketai sth
geitonia? Eimai spiti meta tis 5. Sepolia.

Popi"""),
("el", "b150-el-odigies-texniko-skylos-koudouni", "Νίκος Φραγκιαδάκης <nikos.fragkiadakis@example.gr>", "Για την επίσκεψη της Πέμπτης", "general", "",
"""Καλησπέρα,

Για την Πέμπτη που θα έρθει ο τεχνικός για την καγκελόπορτα: στην αυλή
κυκλοφορεί ελεύθερος ο σκύλος μας (καλόβολος αλλά μεγάλος). Παρακαλώ
να με πάρει τηλέφωνο μισή ώρα πριν φτάσει για να τον δέσω, και να μην
χτυπήσει το κουδούνι γιατί κοιμάται το μωρό. Τηλ. 6945 000 127.

Νίκος, Γούβες Ηρακλείου"""),
("el", "b150-el-allagi-email-tilefonou", "Ολγα Σταματοπουλου <olga.stam@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα, παρακαλω αλλαξτε το κινητο μου στο αρχειο σας σε 6973 000
552, το παλιο δεν το εχω πια. Επισης το email μου απο εδω και περα θα
ειναι αυτο εδω. Ευχαριστω, Ολγα Σταματοπουλου"""),
("el", "b150-el-sms-diagrafi-arxi", "Ανδρέας Μελετίου <andreas.meletiou@example.gr>", "Διαγραφή στοιχείων", "general", "high",
"""Κύριοι,

Στις 3 Μαρτίου σας ζήτησα γραπτώς να διαγράψετε τα στοιχεία μου και να
σταματήσετε να μου στέλνετε διαφημιστικά SMS για «προσφορές σε
κουφώματα». Από τότε έχω λάβει άλλα έντεκα, ένα και στις 11 το βράδυ.
Δεν έχω δώσει ποτέ συγκατάθεση για προωθητικά μηνύματα.

Αν δεν λάβω επιβεβαίωση διαγραφής μέσα στην εβδομάδα, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα με τα
στιγμιότυπα των μηνυμάτων.

Ανδρέας Μελετίου"""),
("el", "b150-el-gl-poso-perimenoume-tsimento", "Yiannis Sk. <yiannis.sk@example.gr>", "erwthsh", "general", "",
"""Kalhspera, ta paidia teleiwsan shmera to tsimento sthn eisodo tou
garaz. Poses meres prepei na perimenoume prin mpei mesa to amaksi? Kai
mporoume na to vrexoume me to lasto an kanei poly zesth? Den mas eipe
kaneis. Eyxaristw, Yiannis, Patra"""),
("el", "b150-el-xorigia-panigyri", "Πολιτιστικός Σύλλογος Αγίου Γεωργίου <syllogos.agiosgeorgios@example.gr>", "Χορηγία για το πανηγύρι", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος του χωριού μας οργανώνει και φέτος το
πανηγύρι στις 23 Απριλίου. Θα θέλαμε να σας προτείνουμε να γίνετε
χορηγός: θα αναφέρουμε την επιχείρησή σας στις αφίσες και από τα
μεγάφωνα, και θα έχετε πανό δίπλα στην πίστα. Πολλοί από το χωριό έχουν
φτιάξει μαζί σας τις περιφράξεις τους.

Με εκτίμηση,
Γιώργος Παπαθανασίου, Πρόεδρος"""),
("el", "b150-el-freatio-parking-ekthesis", "Κατερίνα Δούκα <katerina.douka@example.gr>", "Ανοιχτό φρεάτιο στο πάρκινγκ σας", "general", "high",
"""Καλησπέρα,

Ήμουν το Σάββατο στην έκθεσή σας στο Περιστέρι. Στο πάρκινγκ, ακριβώς
δίπλα στις θέσεις για ΑμεΑ, ένα φρεάτιο δεν έχει καπάκι, μόνο ένα
σπασμένο ξύλο από πάνω. Το είδα την τελευταία στιγμή που έβγαινα από
το αυτοκίνητο. Αν πατήσει κάποιος το βράδυ ή ένα παιδί θα πέσει μέσα
ως το γόνατο. Παρακαλώ κλείστε το ή βάλτε κάτι να φαίνεται.

Κατερίνα Δούκα"""),
("el", "b150-el-gl-porta-bomba", "Dimitra K. <dimitra.k@example.gr>", "h porta!!", "general", "",
"""Geia sas! Meta th diarrhksh sth geitonia eixa xasei ton ypno mou. H
porta asfaleias pou mou valate einai BOMBA, o Lampros htan fwtia, th
stoese se dyo wres kai mou eksighse ola ta kleidia ena ena. Prwth fora
se ena mhna koimhthika hsyxh. Na ste kala!

Dimitra, Marousi"""),
("el", "b150-el-erotisi-veveosi-asfaleia", "Αθηνά Βλάχου <athina.vlachou@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα, η ασφαλιστική μου για το σπίτι ζητάει βεβαίωση ότι η
καμινάδα ελέγχεται κάθε χρόνο. Εσείς δίνετε τέτοια βεβαίωση μετά τον
καθαρισμό ή πρέπει να τη ζητήσω κάπου αλλού; Ευχαριστώ, Αθηνά"""),
("el", "b150-el-gl-ergates-thoryvos-prwi", "Fotis D. <fotis.d@example.gr>", "parapono", "general", "",
"""Kalhmera sas. Ta paidia pou kanoun thn plakostrwsh ston apenanti (arithmo
12) ksekinane kathe mera stis 6.45 to prwi me to koptiko kai me radiofwno
sto terma. To mwro tou diplanou to exoun ksypnhsei tris fores. Otan tous
eipa kati, mou apanthsan "pare thn astynomia". Ksero oti prepei na
douleuoun, alla tha mporousate na tous peite na arxizoun meta tis 7.30 kai
na einai pio eugenikoi?

Fotis, Agia Paraskevi"""),
# ---------------- Spanish ----------------
("es", "b150-es-cerrajero-recargo-tarjeta", "Javier Morales <javier.morales@example.es>", "Factura del cerrajero", "billing", "",
"""Buenas tardes:

El sábado su cerrajero me cambió el bombín de la puerta de casa, en
Chamberí. En la factura aparece dos veces "desplazamiento" (35 euros cada
uno) y además un 5 % de "recargo por pago con tarjeta", que nadie me
mencionó antes de pagar. ¿Me pueden explicar estos conceptos y, si es un
error, devolverme la diferencia?

Un saludo,
Javier Morales"""),
("es", "b150-es-recobro-factura-pagada-abogado", "Lucía Ferrer <lucia.ferrer@example.es>", "Carta de empresa de recobro - factura YA PAGADA", "billing", "high",
"""Señores:

Hoy he recibido una carta de una empresa de recobro reclamándome 1.840
euros de la factura F-2291 por la reforma del garaje. Esa factura la
pagué por transferencia el 14 de febrero; les adjunto el justificante
del banco, que ya les mandé en marzo cuando me llegó el primer aviso.

Exijo que retiren la reclamación y que me confirmen por escrito que no
tengo ninguna deuda con ustedes. Si vuelvo a recibir una sola llamada o
carta, mi abogado tomará las medidas oportunas y presentaré una queja en
Consumo.

Lucía Ferrer Soler
Paterna (Valencia)"""),
("es", "b150-es-factura-cfdi-rfc-porton", "Contabilidad <contabilidad@grupo-talamantes.example.com.mx>", "Factura CFDI portón eléctrico", "billing", "",
"""Buenas tardes,

Les solicitamos la factura CFDI 4.0 del portón eléctrico que
instalaron en nuestra bodega de Apodaca (pago del 28 de abril,
$57,900 MXN). Datos fiscales:

Grupo Talamantes S.A. de C.V.
RFC: GTA000000XX0
Uso CFDI: G03, régimen 601, CP 66600

Quedamos atentos, gracias.
Mónica Talamantes"""),
("es", "b150-es-padre-ya-no-conduce-plan-puerta", "Martín Gauna <martin.gauna@example.es>", "Mantenimiento puerta garaje", "billing", "",
"""Hola, buenas.

Mi padre tiene con ustedes el mantenimiento anual de la puerta
motorizada del garaje de su casa en Las Rozas. Este año ha dejado de
conducir, hemos vendido el coche y el garaje lo va a usar mi hermana de
trastero, con la puerta siempre cerrada. Así que no hace falta que
renueven el mantenimiento en junio ni que le vuelvan a cobrar.

Muchas gracias por todos estos años,
Martín"""),
("es", "b150-es-chimenea-tapiada-aerotermia", "Pilar Arregui <pilar.arregui@example.es>", "Limpieza de chimenea anual", "billing", "",
"""Buenas,

Tenemos contratada con ustedes la limpieza anual de la chimenea. Al
pequeño le han diagnosticado asma y el neumologo nos ha dicho que nada de
leña, asi que hemos tapiado la chimenea y hemos puesto aerotermia. No
tiene sentido seguir con el servicio: por favor, no pasen el cargo de 75
euros de octubre.

Un saludo,
Pilar Arregui, Vitoria"""),
("es", "b150-es-msi-adoquinado-mx", "Karla Hernández <karla.hernandez@example.com.mx>", "Forma de pago adoquín", "billing", "",
"""Buen día,

Ya revisamos la cotización para el adoquinado de la cochera, $68,400
MXN. ¿Manejan meses sin intereses con tarjeta? ¿A cuántos meses? Y el
anticipo del 30%, ¿se puede pagar por transferencia SPEI o tiene que ser
en efectivo?

Saludos,
Karla, Zapopan"""),
("es", "b150-es-re-presupuesto-escombros-chile", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Re: Presupuesto cierre perimetral N° 3307", "billing", "",
"""Estimado Cristián:

En la factura final aparece un cobro de $240.000 por "retiro de
escombros y cierre antiguo" que no estaba en el presupuesto (abajo) y
que nadie me mencionó. Además, los restos del cierre viejo siguen en el
patio. Te pido que lo saques de la factura o que me expliques de dónde
sale.

Saludos cordiales,
Rodrigo Fuentes

> De: Cristián Soto - Cierres del Sur
> Asunto: Presupuesto cierre perimetral N° 3307
>
> Estimado Rodrigo, adjunto presupuesto para cierre con malla
> galvanizada y postes de 2,0 m, 58 metros lineales, total
> $2.850.000 IVA incluido, instalación incluida."""),
("es", "b150-es-hola-cita-cancelada-pse", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Hola", "billing", "",
"""Hola, buenas tardes. Pagué por PSE $150.000 para la visita de revisión
de las ventanas del apartamento, que era el martes. Ustedes me llamaron
el lunes a cancelar porque el técnico estaba incapacitado, y quedaron en
devolverme la plata. Ya pasaron dos semanas y nada. ¿Me confirman cuándo
me la reintegran?

Mil gracias,
Andrés, Bogotá"""),
("es", "b150-es-iva-21-reforma-vivienda", "Nerea Goikoetxea <nerea.goiko@example.es>", "IVA de la factura", "billing", "",
"""Hola,

En la factura de la sustitución de ventanas de mi piso me han aplicado
un 21 % de IVA. Tengo entendido que en reformas de vivienda habitual de
un particular, cuando los materiales no pasan del 40 % del total, se
aplica el 10 %. ¿Pueden revisarlo? Si hace falta que firme algún
certificado, me lo mandan.

Nerea"""),
("es", "b150-es-supervisor-cargo-visita-ba", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "Cobro de visita técnica", "billing", "high",
"""Buenas.

Me cobraron $45.000 de "visita técnica" por un técnico que vino a mirar
el portón automático, no hizo nada y se fue diciendo que tenía que
volver con un repuesto. Nadie me avisó que la visita se cobraba. Llamé
tres veces y las chicas de atención me dicen que no pueden hacer nada.

No quiero hablar más con atención al cliente. Quiero que me llame un
supervisor o el gerente, hoy. Mi celular es 11 5555-0193.

Gustavo Pereyra
Villa Devoto, CABA"""),
("es", "b150-es-dolares-o-pesos-cotizacion", "Ramiro Benítez <ramiro.benitez@example.com.ar>", "presupuesto en dolares", "billing", "",
"""hola como va. el presupuesto del cerco de la quinta me lo pasaron en
dolares (US$ 4.200). lo puedo pagar en pesos? a que cotizacion, oficial
o la del dia? y si pago la mitad ahora, el resto queda congelado o se
actualiza? saludos, Ramiro, Pilar"""),
("es", "b150-es-congelar-revision-puerta-obras", "Beatriz Salcedo <beatriz.salcedo@example.es>", "Plan de revisión de la puerta del garaje", "billing", "",
"""Hola:

Tenemos el plan de revisiones trimestrales de la puerta del garaje
comunitario (16 euros al mes). A partir de mayo el garaje va a estar
cerrado unos seis meses por obras de impermeabilización y la puerta
estará desmontada. ¿Podemos dejar el plan en pausa durante ese tiempo y
retomarlo cuando acaben las obras, sin perder las condiciones?

Beatriz Salcedo, administradora
Comunidad de propietarios Calle Alfarería 8, Sevilla"""),
("es", "b150-es-contracargo-ventanas-mx", "Alejandra Ruiz <alejandra.ruiz@example.com.mx>", "Ventanas pagadas y no instaladas", "billing", "high",
"""A quien corresponda:

Liquidé $92,300 MXN por las ventanas de PVC de mi departamento en
Querétaro el 4 de marzo. Me dijeron que se instalaban en tres semanas.
Han pasado dos meses, no hay fecha, y nadie responde los correos.

Ya inicié un contracargo con mi banco y puse una queja en Profeco. Si
me regresan el dinero antes de que se resuelva, lo retiro.

Alejandra Ruiz"""),
("es", "b150-es-bono-regalo-deshollinado", "Jordi Puig <jordi.puig@example.es>", "Bono regalo", "billing", "",
"""Bon dia / buenos días,

Mis hijos me regalaron por mi cumpleaños un bono de 100 euros para
gastar con ustedes. ¿Lo puedo usar para la limpieza de la chimenea y la
revisión del tiro? Si cuesta más, ¿pago la diferencia allí mismo con
tarjeta? El código del bono es REG-4471.

Gracias,
Jordi Puig, Terrassa"""),
("es", "b150-es-puerta-se-abre-sola-noche", "Francisco Molina <francisco.molina@example.es>", "La puerta se abre sola", "technical", "",
"""Buenas, desde hace una semana la puerta corredera de la entrada se
abre sola de madrugada, dos o tres veces por noche, y luego se vuelve a
cerrar. Nadie toca los mandos, los tenemos guardados en un cajón. Ayer
la desconectamos por la noche para poder dormir tranquilos. ¿Pueden
mandar a alguien a mirarlo?

Paco Molina, Jaén"""),
("es", "b150-es-motor-puerta-calambre", "Verónica Aguilar <veronica.aguilar@example.es>", "Motor de la puerta", "technical", "high",
"""Hola, buenas tardes.

Les escribo por la puerta batiente que nos instalaron en marzo. Desde
las lluvias de esta semana, al tocar la carcasa metálica del motor o la
propia hoja de la puerta da calambre. A mí me dio uno esta mañana al
abrirla a mano y a mi marido otro por la tarde. No ha sido nada grave.

Hemos bajado el diferencial de la puerta y la dejamos abierta. Como por
ahí pasan los niños para ir al colegio, les agradecería que viniera un
técnico lo antes posible.

Un saludo,
Verónica Aguilar, Alcobendas"""),
("es", "b150-es-no-quiero-devolucion-entra-agua", "Carmen Ortega <carmen.ortega@example.es>", "Ventana del salon", "technical", "",
"""Hola. Que conste que no les estoy pidiendo que me devuelvan el dinero
ni me quejo del precio. Solo quiero que la ventana del salon que
cambiaron en octubre deje de meter agua: cada vez que llueve con viento
se forma un charco en el suelo debajo del marco. Ya he secado el parquet
tres veces. ¿Cuando pueden venir?

Carmen Ortega, Gijon"""),
("es", "b150-es-chimenea-chispas-tejado", "Alberto Sanz <alberto.sanz@example.es>", "Chimenea después de la reparación", "technical", "high",
"""Buenas tardes:

La semana pasada su equipo reparó la chimenea y cambió el sombrerete.
Desde entonces, cuando encendemos la estufa de leña salen chispas por
arriba y caen encima del tejadillo de madera del porche. Anoche mi hijo
vio dos pavesas encendidas sobre las tablas. Antes de la reparación no
pasaba; creo que no han vuelto a poner la rejilla antichispas.

No la volveremos a encender hasta que la revisen, pero estamos a
principios de invierno y en Segovia hace frío. ¿Pueden venir mañana?

Alberto Sanz"""),
("es", "b150-es-clinica-puerta-automatica", "Clínica Dental Sonrisas <recepcion@clinicasonrisas.example.es>", "Puerta de entrada", "technical", "high",
"""Buenos días,

La puerta automática de cristal de la entrada se ha quedado cerrada
desde que hemos abierto y no responde al pulsador ni al radar. Los
pacientes están entrando por el garaje del edificio con ayuda del
conserje, y a dos personas en silla de ruedas hemos tenido que
cambiarles la cita. Tenemos la agenda llena hasta las ocho de la tarde.

Les ruego que envíen a un técnico cuanto antes. Avenida de la
Constitución 22, Murcia.

Marta Gil, coordinadora"""),
("es", "b150-es-muelle-puerta-seccional-cayo", "Hugo Romero <hugo.romero@example.es>", "Puerta del garaje comunitario", "technical", "high",
"""Hola,

Soy el presidente de la comunidad de la calle Río Tajo 5, en Toledo.
Esta mañana, mientras salía un vecino, ha sonado un golpe muy fuerte en
la puerta seccional del garaje que instalaron en enero: se ha roto uno
de los muelles y la puerta ha bajado de golpe hasta medio metro del
suelo. Por poco no le cae encima del capó. Ahora está atascada así,
torcida.

Hemos puesto cinta y un cartel para que nadie pase por debajo. Los
vecinos no pueden sacar los coches. Necesitamos que venga alguien hoy.

Hugo Romero"""),
("es", "b150-es-reserva-web-no-es-pago", "Diego Navarro <diego.navarro@example.es>", "No puedo pedir cita en la web", "technical", "",
"""Hola. No es un problema de pago, la tarjeta funciona bien en otras
webs. El problema es que en su página, al elegir día para la revisión
de la puerta del garaje, me sale "Error 500" y se queda en blanco. Lo he
probado con Chrome y con Firefox, en el móvil y en el ordenador, desde
el jueves.

Diego, Móstoles"""),
("es", "b150-es-grieta-techo-estudio", "Teresa Blanco <teresa.blanco@example.es>", "Grieta en el estudio", "technical", "",
"""Buenas,

En el garaje que nos reformaron como estudio en noviembre ha aparecido
una grieta en el techo que va de la ventana hasta la lámpara. Hace un
mes era como un pelo y ahora se puede meter una uña. Además la ventana
nueva roza y cuesta abrirla. Estamos dentro de la garantía. ¿Cuándo
pueden pasar?

Teresa Blanco, Pontevedra"""),
("es", "b150-es-cerco-madera-tablas-curvadas", "Pablo Quiroga <pablo.quiroga@example.com.ar>", "cerco", "technical", "",
"""hola, el cerco de madera que nos pusieron en agosto ya tiene varias
tablas curvadas y abiertas, se ve el patio del vecino por las rendijas.
dos se partieron a lo largo. nos dijeron que era pino tratado y que
aguantaba años. cuando pueden venir a verlo? Pablo, Godoy Cruz, Mendoza"""),
("es", "b150-es-re-hormigon-impreso-grietas", "Sergio Vidal <sergio.vidal@example.es>", "RE: Gracias por confiar en Pavimentos Levante", "technical", "",
"""Buenos días,

Aprovecho su correo de junio para decirles que el hormigón impreso de
la entrada ya tiene tres grietas que lo cruzan de lado a lado, y el
color se ha ido en la zona donde da el sol, parece otro suelo. Tiene
apenas tres meses. Queremos que vengan a verlo.

Sergio Vidal

----- Mensaje original -----
De: Pavimentos Levante
Asunto: Gracias por confiar en Pavimentos Levante

Estimado cliente, gracias por confiar en nosotros. Su pavimento tiene
una garantía de ejecución de 3 años. Para cualquier incidencia responda
a este correo."""),
("es", "b150-es-control-nuevo-no-programa", "Mariana Duarte <mariana.duarte@example.com.uy>", "Control del portón", "technical", "",
"""Hola, compré en su local de Pocitos un control remoto extra para el
portón, el mismo modelo que los otros dos. Seguí los pasos del manual
para grabarlo (botón del receptor, luz roja, etc.) pero no lo toma, la
luz no cambia. Los controles viejos siguen andando. ¿Me pueden decir qué
hago mal o tengo que llevarlo?

Mariana, Montevideo"""),
("es", "b150-es-llave-rota-bombin-nuevo", "Ignacio Lozano <ignacio.lozano@example.es>", "Llave partida", "technical", "",
"""Hola,

Hace diez días su cerrajero nos cambió el bombín de la puerta del
trastero. Hoy, al girar la llave nueva, se ha partido y la mitad se ha
quedado dentro. No forcé nada. Podemos entrar por la otra puerta, así
que no es urgente, pero queremos que lo arreglen y nos den una llave que
no se rompa.

Un saludo,
Ignacio Lozano"""),
("es", "b150-es-motor-persiana-ventana-nueva", "Rosa María Peña <rosamaria.pena@example.es>", "Persiana de la ventana nueva", "technical", "",
"""Buenos días, en la ventana del dormitorio que cambiaron en julio
también nos pusieron persiana motorizada. Desde ayer el motor hace un
zumbido pero la persiana no sube ni baja, se ha quedado a media altura.
Ya quité y volví a dar la luz. ¿Pueden venir a mirarla?

Rosa María, Valladolid"""),
("es", "b150-es-gracias-cuadrilla-rosales", "Sofía Castaño <sofia.castano@example.es>", "Gracias", "general", "",
"""Hola:

Quería dar las gracias a la cuadrilla que hizo el camino de adoquín de
mi jardín. Junto al camino están los rosales que plantó mi marido, que
falleció hace dos años, y les pedí que tuvieran cuidado. No solo no
rompieron ni una rama, sino que Iván los ató y los protegió con sacos
todos los días. No saben lo que eso significó para mí.

Sofía, Alcalá de Henares"""),
("es", "b150-es-horario-exposicion-agosto", "Manuel Rey <manuel.rey@example.es>", "Horario", "general", "",
"""Buenas, ¿la exposición de Vigo abre en agosto o cierran por
vacaciones? Queremos ir a ver modelos de puertas de garaje. Gracias."""),
("es", "b150-es-fotos-instagram-abogado", "Antonio Serrano <antonio.serrano@example.es>", "Fotos de mi casa en su Instagram", "general", "high",
"""Señores:

Su empresa ha publicado en Instagram y Facebook fotos de la valla que
nos instalaron, en las que se ve perfectamente la fachada, el número de
la casa y a mi hija de nueve años en el jardín. Nadie nos pidió permiso.

Exijo que las retiren hoy mismo de todas sus redes. Si mañana siguen
publicadas, mi abogado presentará la reclamación correspondiente.

Antonio Serrano
Tel. 600 000 418"""),
("es", "b150-es-peluche-exposicion", "Lorena Gil <lorena.gil@example.es>", "¿Un conejito de peluche?", "general", "",
"""Hola, el sábado por la mañana estuvimos en su exposición de Alcorcón
mirando ventanas y mi hija se dejó allí un conejito de peluche gris con
una oreja cosida. Está desconsolada. ¿Lo han encontrado? Puedo pasar a
recogerlo cualquier tarde.

Gracias, Lorena"""),
("es", "b150-es-instrucciones-visita-portero", "Eduardo Marín <eduardo.marin@example.es>", "Instalación del jueves", "general", "",
"""Hola,

Para la instalación de la puerta del garaje del jueves: yo estaré
trabajando, pero el portero (Julián) tiene las llaves y les abrirá a
partir de las 8. Por favor, que la furgoneta aparque en la calle de
atrás, que en la nuestra multan. Si necesitan algo, mi móvil es 655
000 214.

Eduardo, calle Goya 31"""),
("es", "b150-es-cambio-email-apellido", "Encarna Ruiz <encarna.ruiz@example.es>", "Actualizar mis datos", "general", "",
"""Buenos días, por favor actualicen mis datos: a partir de ahora mi
correo es este y en la ficha pongan mi nombre como Encarnación Ruiz
Blanco (sin el apellido de mi exmarido). La dirección y el teléfono
siguen igual. Gracias."""),
("es", "b150-es-datos-financiera-aepd", "Óscar Medina <oscar.medina@example.es>", "¿Quién ha dado mis datos?", "general", "high",
"""A la atención del responsable de protección de datos:

Desde hace dos semanas me llama a diario una financiera ofreciéndome un
préstamo "para la reforma de su garaje". Cuando les pregunté de dónde
tenían mi número, me dijeron que de ustedes. Yo solo les pedí un
presupuesto y nunca autoricé que cedieran mis datos.

Quiero saber a quién se los han dado y que dejen de hacerlo. Si no
tengo respuesta en diez días, presentaré una reclamación ante la Agencia
Española de Protección de Datos.

Óscar Medina Prieto"""),
("es", "b150-es-altura-valla-vecino", "Paula Campos <paula.campos@example.es>", "Consulta valla", "general", "",
"""Hola, queremos poner una valla entre nuestro jardín y el del vecino.
¿Hay una altura máxima? ¿Necesitamos su permiso si va justo en la linde
o solo el del ayuntamiento? Estamos en Getafe. No sé si eso lo saben
ustedes, pero por preguntar...

Gracias,
Paula"""),
("es", "b150-es-rifa-ampa-colegio", "AMPA CEIP Los Olivos <ampa.losolivos@example.es>", "Rifa fin de curso", "general", "",
"""Buenas tardes,

Somos el AMPA del CEIP Los Olivos de Arroyomolinos. El 20 de junio
hacemos la fiesta de fin de curso con una rifa solidaria para comprar
toldos para el patio. ¿Les gustaría colaborar con algún premio o
patrocinio? Pondríamos su logo en el cartel y lo anunciaríamos en la
fiesta.

Un saludo,
Inés Prieto, AMPA"""),
("es", "b150-es-cristales-zona-infantil", "Mercedes Lara <mercedes.lara@example.es>", "Zona infantil de su exposición", "general", "high",
"""Buenas tardes:

El sábado fuimos a su exposición de Getafe. En la zona infantil, entre
las colchonetas, había trozos de cristal de algún vaso roto, y mi hijo
de cuatro años cogió uno. Por suerte solo se hizo un arañazo. Se lo dije
a un dependiente y me contestó que "luego lo miraban". Cuando nos
fuimos seguía igual y había otros niños jugando.

Por favor, revisen esa zona.

Mercedes Lara"""),
("es", "b150-es-porton-barbaro", "Valentina Ríos <valentina.rios@example.com.ar>", "el porton!!!", "general", "",
"""¡Hola! Nada más para decirles que el portón quedó bárbaro, una
bestialidad. Mi viejo dice que es un arma mortal de lo lindo que es, y
los del barrio frenan el auto para mirarlo. Los chicos trabajaron
impecable y dejaron todo limpio. ¡Los voy a recomendar con todo el
mundo en Quilmes!

Vale"""),
("es", "b150-es-pregunta-aprendiz-soldador", "Camila Sosa <camila.sosa@example.com.ar>", "Pregunta", "general", "",
"""hola, buenas. mi hijo termina este año la técnica en soldadura y le
encantaría trabajar en herrería / portones. ¿toman aprendices o gente
sin experiencia? ¿a dónde puede mandar el CV? gracias! Cami"""),
("es", "b150-es-queja-colillas-jardin", "Josefina Vallejo <josefina.vallejo@example.es>", "Los operarios", "general", "",
"""Buenos días:

Los operarios que están haciendo el muro de la casa de al lado (número
17) se sientan cada día a fumar junto a mi valla y tiran las colillas a
mi jardín. Esta semana he recogido más de veinte. Se lo dije con
educación y uno me contestó que "ya lo barrerá alguien". ¿Podrían
hablar con ellos?

Josefina Vallejo, Burgos"""),
# ---------------- Polish ----------------
("pl", "b150-pl-ulga-termomodernizacyjna-faktura", "Tomasz Wrona <tomasz.wrona@example.pl>", "Faktura do ulgi termomodernizacyjnej", "billing", "",
"""Dzień dobry,

W marcu wymieniali Państwo u nas sześć okien (zlecenie 2024/311).
Chcemy odliczyć wydatek w ramach ulgi termomodernizacyjnej, a księgowa
mówi, że na fakturze musi być osobno materiał i osobno usługa montażu,
a u nas jest jedna pozycja "okna z montażem - 18 600 zł". Czy możecie
wystawić fakturę korygującą z takim rozbiciem?

Pozdrawiam,
Tomasz Wrona, Rzeszów"""),
("pl", "b150-pl-oplata-anulowanie-rzecznik", "Agnieszka Dudek <agnieszka.dudek@example.pl>", "Potrącenie 30% zaliczki", "billing", "high",
"""Szanowni Państwo,

Trzy tygodnie przed terminem montażu odwołałam zamówienie na ogrodzenie
panelowe (umowa nr OG/118), bo sąsiad nie zgodził się na przebieg
granicy. Zapłaciłam 4 000 zł zaliczki, a Państwo zwróciliście mi tylko
2 800 zł, potrącając 30% "kosztów anulowania". W umowie nie ma ani słowa
o takiej opłacie, a materiał nie był jeszcze zamówiony.

Oczekuję zwrotu pozostałych 1 200 zł w ciągu 7 dni. W przeciwnym razie
sprawę przekażę miejskiemu rzecznikowi konsumentów i skieruję pozew do
sądu.

Agnieszka Dudek
Kraków"""),
("pl", "b150-pl-korekta-faktury-zly-nip", "Biuro <biuro@stolarnia-mazur.example.pl>", "korekta faktury", "billing", "",
"""Dzien dobry,

na fakturze FV/0418/2024 za automatyke bramy wjazdowej na nasz plac
jest bledny NIP - dwie cyfry zamienione miejscami. Poprawny NIP to
000-000-00-00. Prosimy o wystawienie korekty, bo bez tego nie mozemy
zaksiegowac.

Pozdrawiam
Ewa Mazur
Stolarnia Mazur, Nowy Targ"""),
("pl", "b150-pl-wspolnota-przejmuje-brame", "Henryk Sobczak <henryk.sobczak@example.pl>", "Umowa serwisowa - brama osiedlowa", "billing", "",
"""Dzień dobry,

Od lat mam z Państwem umowę serwisową na bramę wjazdową, która do tej
pory była prywatna, bo stała na mojej działce. Od lipca drogę i bramę
przejmuje wspólnota mieszkaniowa osiedla i to zarządca będzie od teraz
zamawiał serwis. Ja już nie będę za to odpowiadał, więc proszę nie
przedłużać mojej umowy i nie wystawiać mi kolejnej faktury.

Z poważaniem,
Henryk Sobczak, Łódź"""),
("pl", "b150-pl-mama-w-domu-opieki-kominiarz", "Małgorzata Zając <malgorzata.zajac@example.pl>", "Abonament kominiarski mamy", "billing", "",
"""Dzień dobry,

Moja mama, Zofia Zając, ma u Państwa abonament na przeglądy i
czyszczenie komina w domu w Brzesku. Mama do wiosny będzie w ośrodku
rehabilitacyjnym po operacji biodra, dom stoi zamknięty i nie palimy w
piecu. Czy można wstrzymać abonament do marca i wtedy go wznowić? Nie
chcemy z niego rezygnować.

Pozdrawiam serdecznie,
Małgorzata Zając (córka)"""),
("pl", "b150-pl-blik-dla-montazysty", "Kamil Wojcik <kamil.wojcik@example.pl>", "platnosc", "billing", "",
"""Czesc, w czwartek przyjezdza ekipa klasc kostke. Reszte kwoty (9 450
zl) moge zaplacic BLIKiem albo karta na miejscu, czy musi byc przelew
wczesniej? Nie chce trzymac takiej gotowki w domu. Kamil"""),
("pl", "b150-pl-re-wycena-obrzeza-geowloknina", "Jolanta Krawczyk <jolanta.krawczyk@example.pl>", "Re: Wycena podjazdu - kostka Holland", "billing", "",
"""Panie Marku,

na fakturze końcowej jest 17 480 zł zamiast 15 900 zł z wyceny poniżej.
Doszły pozycje "obrzeża betonowe 36 mb" i "geowłóknina", o których nikt
z nami nie rozmawiał, a obrzeża według wyceny miały być w cenie. Proszę
o wyjaśnienie albo poprawienie faktury.

Jolanta Krawczyk

> Od: Marek Lis, Bruk-Lis
> Temat: Wycena podjazdu - kostka Holland
>
> Dzień dobry, w załączeniu wycena podjazdu 60 m2: korytowanie,
> podbudowa, kostka Holland grafit 6 cm z obrzeżami, 15 900 zł
> brutto. Termin realizacji - druga połowa maja."""),
("pl", "b150-pl-dzien-dobry-oplata-za-dojazd", "Bartosz Kaczmarek <bartosz.kaczmarek@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

W poniedziałek mieliśmy umówioną wizytę serwisanta do okien między 8 a
12. Nikt nie przyjechał i nikt nie zadzwonił. Dziś widzę na koncie, że
pobraliście 120 zł "opłaty za dojazd" z karty, którą podałem przy
rezerwacji. Proszę o zwrot i o nowy termin.

Bartosz Kaczmarek, Poznań"""),
("pl", "b150-pl-kostka-zly-kolor-wymiana", "Natalia Pawlak <natalia.pawlak@example.pl>", "Zły kolor kostki", "billing", "",
"""Dzień dobry, zamówiłam kostkę w kolorze grafitowym (zamówienie
Z/5521), a dziś przywieźli 4 palety czerwonej. Kierowca zostawił je
przed bramą i odjechał. Chcę je wymienić na grafitową - kiedy możecie
je zabrać i przywieźć właściwe? Nie chcę za to dopłacać, bo to nie mój
błąd.

Natalia, Zielonka"""),
("pl", "b150-pl-abonament-podwojnie-kierownik", "Ryszard Marczak <ryszard.marczak@example.pl>", "ABONAMENT POBIERANY PODWÓJNIE OD 5 MIESIĘCY", "billing", "high",
"""Dzień dobry,

Od stycznia co miesiąc pobieracie z mojego konta dwa razy po 49 zł za
abonament serwisowy bramy. Zgłaszałem to już trzy razy telefonicznie i
raz mailowo, za każdym razem słyszę "przekażemy do działu" i nic się
nie dzieje. Nadpłata to już 245 zł.

Nie będę po raz piąty tłumaczył tego konsultantowi. Żądam, żeby
skontaktował się ze mną kierownik działu rozliczeń albo ktoś z zarządu.
Tel. 601 000 318.

Ryszard Marczak"""),
("pl", "b150-pl-dwie-faktury-wspolne-ogrodzenie", "Wiesław Nowicki <wieslaw.nowicki@example.pl>", "Ogrodzenie z sąsiadem", "billing", "",
"""Dzień dobry,

Razem z sąsiadem (p. Adam Górski, ul. Polna 14) chcemy postawić
wspólne ogrodzenie między naszymi działkami, ok. 40 mb siatki. Czy
możecie wystawić dwie faktury, każdą na połowę kwoty, na nas osobno?
I czy przy zamówieniu dwóch odcinków naraz jest jakiś rabat?

Wiesław Nowicki, Lublin"""),
("pl", "b150-pl-syn-na-studiach-konto-dodatkowe", "Beata Lewandowska <beata.lewandowska@example.pl>", "aplikacja do bramy - konto syna", "billing", "",
"""Dzien dobry,

placimy za pakiet rodzinny w aplikacji do bramy (4 konta, 19,99 zl
miesiecznie). Syn wyjechal na studia do Wroclawia i w domu bywa raz na
pare miesiecy, wtedy wystarczy mu pilot. Prosze usunac jego konto i
przejsc z nami na zwykly pakiet 3 kont, zeby bylo taniej.

Pozdrawiam,
Beata Lewandowska"""),
("pl", "b150-pl-chargeback-brama-niezamontowana", "Katarzyna Michalska <katarzyna.michalska@example.pl>", "Brama - brak montażu", "billing", "high",
"""Szanowni Państwo,

W lutym zapłaciłam kartą 7 800 zł za bramę przesuwną z napędem, z
montażem "do 6 tygodni". Minęło 14 tygodni, bramy nie ma, a na moje
maile nikt nie odpowiada od miesiąca.

Złożyłam dziś w banku reklamację transakcji (chargeback). Jeśli
zwrócicie pieniądze wcześniej albo podacie wiążący termin montażu,
wycofam ją.

Katarzyna Michalska, Gdynia"""),
("pl", "b150-pl-rabat-jesienny-nie-naliczony", "Grzegorz Szymański <grzegorz.szymanski@example.pl>", "Rabat", "billing", "",
"""Dzień dobry, przy podpisywaniu umowy na adaptację garażu handlowiec,
pan Paweł, obiecał 10% rabatu jesiennego i tak jest zapisane w notatce
na umowie. Na fakturze zaliczkowej rabatu nie ma, kwota jest pełna.
Proszę o poprawkę.

G. Szymański"""),
("pl", "b150-pl-brama-staje-w-polowie", "Marcin Jabłoński <marcin.jablonski@example.pl>", "brama", "technical", "",
"""Dzień dobry, od kilku dni brama przesuwna otwiera się tylko do
połowy, staje, lampka miga, a po chwili sama zaczyna się zamykać. Auto
się nie mieści. Szyny są czyste, nic nie blokuje. Możecie przysłać
serwisanta?

Marcin, Skawina"""),
("pl", "b150-pl-czujnik-czadu-wklad-kominowy", "Dorota Wilk <dorota.wilk@example.pl>", "Po montażu wkładu kominowego", "technical", "high",
"""Dzień dobry,

W zeszły piątek Państwa ekipa montowała wkład kominowy do naszego
kotła gazowego. Od wczoraj wieczorem czujnik czadu w kotłowni włącza
się co kilka godzin, a dziś rano na ścianie przy przejściu rury do
komina zobaczyłam czarny nalot i skropliny.

Wyłączyliśmy kocioł, okno w kotłowni jest otwarte, wszyscy czujemy się
dobrze. Mamy tylko grzejnik olejowy dla dzieci. Proszę o pilny przyjazd.

Dorota Wilk, Wieliczka"""),
("pl", "b150-pl-okno-dachowe-nie-reklamacja-faktury", "Piotr Kowalczyk <piotr.kowalczyk@example.pl>", "Okno dachowe", "technical", "",
"""Dzień dobry. Od razu zaznaczam, że to nie jest reklamacja faktury ani
prośba o zwrot, z płatnością wszystko w porządku. Okno dachowe, które
wymienialiście w sierpniu, nie domyka się w górnym rogu, widać szparę
na palec, a przy wietrze gwiżdże i leci zimno. Poproszę o regulację.

Piotr, Bielsko-Biała"""),
("pl", "b150-pl-silownik-iskry-spalenizna", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Napęd bramy", "technical", "high",
"""Dzień dobry,

Chciałem zgłosić, że wczoraj przy zamykaniu bramy skrzydłowej z
siłownika po lewej stronie poleciały iskry, było słychać trzask i
zaczęło czuć spaleniznę. Brama stanęła w pół drogi. Odłączyłem zasilanie
w skrzynce i otworzyłem ją ręcznie.

Obudowa siłownika jest w środku okopcona. Proszę o przyjazd serwisu,
do tego czasu nie będę jej włączał.

Stanisław Kubiak, Oświęcim"""),
("pl", "b150-pl-szkola-brama-autobusy", "Sekretariat SP 7 <sekretariat@sp7-tychy.example.edu.pl>", "Brama wjazdowa - szkoła", "technical", "high",
"""Dzień dobry,

Brama wjazdowa na teren szkoły nie otwiera się od 7:15 ani z pilota,
ani z przycisku w portierni. Dwa autobusy z dziećmi z dowozu stoją na
ulicy i dzieci wysiadają przy jezdni, rodzice zostawiają auta na
chodniku, a o 9:00 ma przyjechać dostawa obiadów do stołówki. Woźny
próbował odblokować ręcznie, bez skutku.

Prosimy o natychmiastowy przyjazd serwisu.

Sekretariat Szkoły Podstawowej nr 7, Tychy
tel. 32 000 00 71"""),
("pl", "b150-pl-dziadek-zamkniety-dializa", "Paulina Grabowska <paulina.grabowska@example.pl>", "Pilne - dziadek nie może wyjść z mieszkania", "technical", "high",
"""Dzień dobry, piszę też, bo nie mogę się dodzwonić. Wczoraj Państwa
ślusarz wymieniał zamek w mieszkaniu mojego dziadka (Białystok, ul.
Lipowa 8/12). Dziś zamek zablokował się od środka, klucz się nie
przekręca z żadnej strony. Dziadek jest na wózku i o 13:00 ma transport
na dializę, której nie może opuścić.

Proszę kogoś przysłać natychmiast. Mój numer: 512 000 644.

Paulina Grabowska"""),
("pl", "b150-pl-furtka-elektrozaczep", "Adam Zieliński <adam.zielinski@example.pl>", "Furtka", "technical", "",
"""Dzien dobry, elektrozaczep w furtce, ktora montowaliscie razem z
ogrodzeniem, przestal puszczac. Jak sie nacisnie przycisk w domofonie,
brzeczy, ale furtka sie nie otwiera, trzeba nia mocno szarpnac. Kurier
wczoraj nie dal rady wejsc. Kiedy mozecie podjechac?

Adam, Pruszcz Gdanski"""),
("pl", "b150-pl-drzwi-tarasowe-garaz-przeciag", "Ewelina Kozłowska <ewelina.kozlowska@example.pl>", "Pokój po garażu", "technical", "",
"""Dzień dobry,

W garażu, który zaadaptowaliście na pokój w październiku, nowe drzwi
tarasowe nie domykają się od dołu i jest straszny przeciąg, a przy
ościeżu popękał tynk. Na ścianie obok drzwi wieczorem zbiera się para.
Czy ktoś może to obejrzeć w ramach gwarancji?

Ewelina Kozłowska, Gliwice"""),
("pl", "b150-pl-furtka-opadla-nowe-ogrodzenie", "Leszek Mazurek <leszek.mazurek@example.pl>", "furtka opadła", "technical", "",
"""dzień dobry, furtka w nowym ogrodzeniu (montaż we wrześniu) opadła
i szoruje po kostce, zamek nie trafia w zaczep. Zamykam ją na sznurek.
Proszę o przyjazd i regulację. Leszek Mazurek, Swarzędz"""),
("pl", "b150-pl-re-fugi-wykruszaja-sie", "Anna Szczepańska <anna.szczepanska@example.pl>", "Re: Dziękujemy za wybór naszej firmy", "technical", "",
"""Dzień dobry,

Odpisuję na Państwa maila z czerwca. Fugi żywiczne na tarasie i
podjeździe wykruszają się w wielu miejscach, spod kostki wyrastają
chwasty, a przy zejściu z tarasu dwie płyty się kiwają. Minęło niecałe
pół roku. Proszę o termin oględzin.

Anna Szczepańska

> Szanowni Państwo,
> dziękujemy za wybór naszej firmy. Na wykonane prace udzielamy 3 lat
> gwarancji. W razie uwag prosimy o odpowiedź na tę wiadomość.
> Zespół Kamień i Bruk"""),
("pl", "b150-pl-aplikacja-nowy-router", "Michał Olszewski <michal.olszewski@example.pl>", "sterownik bramy nie widzi wifi", "technical", "",
"""Czesc, wymienilismy router (nowy operator) i od tego czasu aplikacja
nie widzi sterownika bramy, pisze "urzadzenie offline". Probowalem
dodac go od nowa wedlug instrukcji, ale po wpisaniu hasla do wifi
kreci sie kolko i wyskakuje blad 14. Piloty dzialaja normalnie. Co robic?

Michal, Piaseczno"""),
("pl", "b150-pl-wkladka-wystaje", "Joanna Baran <joanna.baran@example.pl>", "Wkładka w drzwiach", "technical", "",
"""Dzień dobry, po wymianie zamka w drzwiach wejściowych zauważyłam, że
nowa wkładka wystaje z szyldu na zewnątrz prawie na centymetr. Sąsiad,
który jest policjantem, powiedział, że taką wkładkę łatwo złamać i że
to zaproszenie dla złodzieja. Czy możecie przyjechać i założyć krótszą?

Joanna Baran, Warszawa-Ursynów"""),
("pl", "b150-pl-okno-pokoj-dziecka-nie-otwiera", "Łukasz Wróbel <lukasz.wrobel@example.pl>", "Okno się nie otwiera", "technical", "",
"""Dzień dobry,

Okno w pokoju córki (wymieniane w maju) w ogóle się nie otwiera,
klamka zablokowała się w pozycji zamkniętej i nie da się nią ruszyć.
Na razie wietrzymy przez drzwi. Proszę o wizytę serwisanta.

Ł. Wróbel, Kielce"""),
("pl", "b150-pl-podziekowanie-ekipa-kostka", "Halina Krajewska <halina.krajewska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam bardzo podziękować panom, którzy układali kostkę u mojej
sąsiadki. Kiedy zobaczyli, że sama, z laską, noszę worki z ziemią do
ogródka, zrobili przerwę i wnieśli mi wszystko, a potem jeszcze
naprawili mi krzywą skrzynkę na listy. Nic nie chcieli w zamian. Dziś
takich ludzi mało.

Z wyrazami szacunku,
Halina Krajewska, lat 81"""),
("pl", "b150-pl-salon-wigilia-godziny", "Krzysztof Nowak <krzysztof.nowak@example.pl>", "godziny otwarcia", "general", "",
"""Dzien dobry, czy salon w Katowicach bedzie otwarty w Wigilie i miedzy
swietami? Chcielibysmy podjechac zobaczyc bramy garazowe. Dziekuje."""),
("pl", "b150-pl-handlowiec-nachodzi-mame", "Monika Zawadzka <monika.zawadzka@example.pl>", "Wasz przedstawiciel i moja mama", "general", "high",
"""Dzień dobry,

Już trzeci raz Państwa przedstawiciel handlowy przychodzi do mojej
81-letniej mamy i namawia ją na "wymianę okien z dofinansowaniem".
Ostatnio siedział u niej dwie godziny i nie chciał wyjść, dopóki nie
zadzwoniła do mnie. Za pierwszym razem wyraźnie powiedziałam, że mama
niczego nie zamawia.

Żądam, żeby skontaktował się ze mną dyrektor sprzedaży albo właściciel
firmy. Jeśli ten pan pojawi się u mamy jeszcze raz, zgłoszę to na
policję.

Monika Zawadzka, tel. 698 000 417"""),
("pl", "b150-pl-portfel-salon", "Damian Kaczor <damian.kaczor@example.pl>", "zguba", "general", "",
"""Dzien dobry, w sobote po poludniu bylem w waszym salonie w Poznaniu
(ogladalem drzwi zewnetrzne) i chyba tam zgubilem portfel, brazowy,
skorzany, w srodku prawo jazdy na nazwisko Kaczor. Czy ktos go
znalazl? Damian"""),
("pl", "b150-pl-dostawa-domofon-dziecko", "Aleksandra Sikora <aleksandra.sikora@example.pl>", "Dostawa w piątek", "general", "",
"""Dzień dobry,

W sprawie piątkowej dostawy palet z kostką: proszę, żeby kierowca nie
dzwonił domofonem, tylko na komórkę (505 000 231), bo w południe śpi
małe dziecko. Od ul. Leśnej jest wjazd na plac za domem, tam jest
najwięcej miejsca na rozładunek HDS-em.

Dziękuję,
Aleksandra Sikora"""),
("pl", "b150-pl-zmiana-nazwiska-slub", "Karolina Wiśniewska-Lis <karolina.lis@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko. Proszę o aktualizację
danych w Państwa systemie: Karolina Wiśniewska-Lis (wcześniej Karolina
Wiśniewska). Adres i telefon bez zmian, e-mail ten, z którego piszę.
Dziękuję!"""),
("pl", "b150-pl-cudza-faktura-uodo", "Jerzy Maciejewski <jerzy.maciejewski@example.pl>", "Otrzymałem cudze dane", "general", "high",
"""Szanowni Państwo,

W mailu z potwierdzeniem terminu montażu otrzymałem w załączniku
umowę innego klienta - z imieniem, nazwiskiem, adresem, numerem PESEL
i numerem dowodu. Z kolei ta osoba, jak rozumiem, dostała moje dane.

To naruszenie ochrony danych osobowych. Proszę o pilną informację, co
Państwo z tym robią. Jeśli w ciągu 72 godzin nie dostanę odpowiedzi,
sam zgłoszę sprawę do Prezesa UODO.

Jerzy Maciejewski"""),
("pl", "b150-pl-czas-realizacji-bramy", "Oliwia Jasińska <oliwia.jasinska@example.pl>", "Brama na wymiar", "general", "",
"""Dzień dobry, ile mniej więcej trwa wykonanie bramy garażowej na
wymiar, od pomiaru do montażu? Kończymy budowę domu w Zakopanem i
chcielibyśmy wiedzieć, czy zdążymy przed zimą.

Pozdrawiam, Oliwia"""),
("pl", "b150-pl-dzien-zawodow-szkola", "Renata Kalinowska <r.kalinowska@example.edu.pl>", "Zaproszenie - Dzień Zawodów", "general", "",
"""Dzień dobry,

Jestem doradcą zawodowym w Szkole Podstawowej nr 3 w Bochni. 15 marca
organizujemy Dzień Zawodów dla klas siódmych i ósmych. Czy ktoś z
Państwa firmy (np. ślusarz albo monter bram) zechciałby przez pół
godziny opowiedzieć uczniom o swojej pracy? Uczniowie bardzo lubią,
kiedy ktoś przynosi narzędzia.

Z pozdrowieniami,
Renata Kalinowska"""),
("pl", "b150-pl-palety-plac-ekspozycyjny", "Zbigniew Krupa <zbigniew.krupa@example.pl>", "Niebezpieczne palety na placu", "general", "high",
"""Dzień dobry,

Byłem wczoraj na Państwa placu ekspozycyjnym przy ul. Przemysłowej.
Przy alejce, którą chodzą klienci, stoją trzy palety z płytami
ułożone jedna na drugiej i górna wyraźnie się przechyla, podparta
tylko kawałkiem deski. Obok biegały dzieci innych klientów. Zgłosiłem
to przy kasie, ale nikt się tym nie zajął.

Proszę to zabezpieczyć, zanim coś na kogoś spadnie.

Zbigniew Krupa"""),
("pl", "b150-pl-brama-to-czad", "Patryk Lewicki <patryk.lewicki@example.pl>", "brama!!", "general", "",
"""Siema! Nowa brama to totalny czad, sąsiedzi padli jak zobaczyli, jak
cicho się otwiera. Panowie montażyści to kozaki, wszystko posprzątali,
nawet trawnik wyrównali po wykopie. Dzięki i polecam dalej! Patryk,
Września"""),
("pl", "b150-pl-pytanie-ubezpieczenie-oc", "Teresa Dąbrowska <teresa.dabrowska@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, zarzadca naszej wspolnoty pyta, czy Panstwa firma ma
ubezpieczenie OC i czy kominiarze maja uprawnienia mistrzowskie, bo
bez tego nie podpisze zlecenia na przeglady kominow w bloku. Czy moge
dostac kopie polisy albo informacje do przekazania? Teresa Dabrowska"""),
("pl", "b150-pl-skarga-glosna-muzyka", "Elżbieta Wójtowicz <elzbieta.wojtowicz@example.pl>", "Skarga na ekipę", "general", "",
"""Dzień dobry,

Ekipa, która stawia ogrodzenie u sąsiadów na ul. Kwiatowej 9, od
tygodnia puszcza w aucie muzykę tak głośno, że słychać ją w całym
domu, a przy pracy przeklinają na całą ulicę przy dzieciach. Zwróciłam
im uwagę, to się tylko zaśmiali. Czy mogą Państwo z nimi porozmawiać?

Elżbieta Wójtowicz, Opole"""),
]
