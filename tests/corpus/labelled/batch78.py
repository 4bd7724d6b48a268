# batch78.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Leisure venues -- trampoline parks, cinema memberships, theme parks,
# zoos and aquariums, mini golf, go-karting, arcades and bowling --
# written separately in English, Greek (a third in Greeklish), Spanish
# (Spain and Latin America) and Polish.  Covers escalation demands that
# keep their topic, legal threats and chargebacks, negations, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in unusual wording, business outages told only
# by their consequences, safety hazards told calmly, hazards in premises,
# praise, payment questions, and everyday mail of all three queues.
# Same tuple format as batch13.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b78-en-booking-fee-each-ticket", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Booking fee", "billing", "",
"""Hi there,

Just to be clear this isn't a problem with the app, it worked fine. My
question is about the charge. I booked four one-hour jump sessions for
Saturday at your Leeds park and there's a 1.25 booking fee on EACH
ticket, so 5.00 in fees on top of the 52.00. Is that right? It wasn't
shown until the last screen. If it's a mistake I'd like the extra 3.75
back.

Thanks,
Rachel"""),
("en", "b78-en-late-husband-cinema-card", "Maureen Keane <maureen.keane@example.ie>", "My husband's cinema card", "billing", "",
"""Dear Sir or Madam,

My husband Gerry passed away in February. He had one of your Unlimited
cards for the Galway cinema and I notice 19.99 euro is still coming out
of our joint account every month. He loved his Tuesday films but there
is no one to use it now. Please stop it, and if anything was taken
after he died I would be grateful to have it back.

His membership number is UL-448120.

Yours faithfully,
Maureen Keane"""),
("en", "b78-en-annual-pass-emigrating", "Tom Ashworth <tom.ashworth@example.co.uk>", "Family zoo pass", "billing", "",
"""Hello, we've got the family annual pass paid monthly (8.50 a month).
We're emigrating to Perth at the end of next month so we won't be
popping in anymore sadly. What do I need to do to end it, and is there
a penalty for leaving before the 12 months is up? Cheers, Tom"""),
("en", "b78-en-party-deposit-manager", "Kerry Oldfield <kerry.oldfield@example.co.uk>", "Party deposit - I want a manager to call me", "billing", "high",
"""I booked my son's 9th birthday at your Swindon bowling centre and paid
a 50 deposit. I cancelled on 3 May, more than three weeks before the
party, which your own terms say means a full refund.

Since then I've rung four times. Every time someone says they'll "pass
it on". I'm not speaking to the front desk again. I want a manager or
someone from head office to phone me on 07700 900215 and tell me when
my 50 is coming back.

Kerry Oldfield"""),
("en", "b78-en-skip-line-pass-amex", "Jordan Whitfield <jordan.whitfield@example.com>", "Skip-the-line passes", "billing", "high",
"""To whom it may concern,

On July 14 I paid $89.99 x 3 for your Express Pass for my family. Of the
eleven rides covered, six were closed for the whole afternoon, including
both coasters. At guest services we were told "no refunds on passes,
it's in the terms."

I'm asking for the $269.97 back. If I don't hear from you by Friday I'm
disputing the charge with American Express - I've already spoken to
them and they told me to give you one chance first.

Jordan Whitfield
Columbus, OH"""),
("en", "b78-en-karting-voucher-expired", "Liam Pearce <liam.pearce@example.co.uk>", "Voucher", "billing", "",
"""Hiya, my work mates got me a 50-lap grand prix voucher for my 40th and
I've only just found it in a drawer. It ran out on the 2nd of last
month. Any chance you can extend it or let me pay something to use it?
Code is GPX-71533. Would be gutted to lose it."""),
("en", "b78-en-arcade-topup-missing", "Ananya Krishnan <ananya.k@example.in>", "Recharge not reflecting", "billing", "",
"""Dear Team,

Yesterday I have done a recharge of Rs 1,000 on my game card at your
Phoenix Marketcity outlet through UPI. Amount is debited from my
account (UPI ref 418822301457) but the card balance is still showing
Rs 35 only. Kindly do the needful and credit the amount at the
earliest.

Card no: 7730 0918 4421

Regards,
Ananya Krishnan
Chennai"""),
("en", "b78-en-re-school-trip-invoice", "Mrs J. Whitaker <bursar@oakfield-primary.example>", "Re: Aquarium visit - Year 4, 12 June", "billing", "",
"""Hello Priya,

Thank you for confirming. Before I can pay I need a proper invoice made
out to Oakfield Primary School with your VAT number on it - the booking
confirmation isn't enough for our finance system. Payment will be by
BACS within 30 days of the invoice.

Kind regards,
Janet Whitaker
School Business Manager

-----Original Message-----
From: Priya Shah <groups@example-aquarium.co.uk>
Sent: 21 May 14:12
Subject: Aquarium visit - Year 4, 12 June

Dear Mrs Whitaker,

I'm pleased to confirm your school visit for 58 pupils and 8 adults on
12 June, arriving 10:00. Total cost 406.00 (adults free).

Best wishes,
Priya"""),
("en", "b78-en-pensioner-rate-minigolf", "Bev Lindqvist <bev.lindqvist@example.com.au>", "Seniors", "billing", "",
"""G'day, do you do a seniors card discount at the Glenelg course? The
website says $16 adult but nothing about concessions. There'd be four
of us on a Wednesday morning. Thanks, Bev"""),
("en", "b78-en-hello-pause-broken-ankle", "Sean Gallagher <sean.gallagher@example.ie>", "Hello", "billing", "",
"""Hi,

Broke my ankle playing five-a-side so I'm in a boot for the next two
months and won't be getting to the cinema much. Can I put the
membership on hold till September rather than cancel it? I don't want
to lose the price I'm on.

Sean"""),
("en", "b78-en-grip-socks-exchange", "Hollie Barnes <hollie.barnes@example.co.uk>", "Socks", "billing", "",
"""hi i bought 2 pairs of the grip socks in size S from the shop at the
trampoline park but they are way too small for my daughter. havent been
worn. can i swap them for M next time we come or do i need the receipt
as ive lost it, paid on card"""),
("en", "b78-en-season-pass-monthly", "Marisol Grant <marisol.grant@example.com>", "Season pass payment options", "billing", "",
"""Hi! Is there a way to pay for the Gold season pass monthly instead of
all at once? $429 up front is a lot for us right now. If there is, does
it cost more overall and can I use a debit card for it? Thank you!"""),
("en", "b78-en-keeper-day-small-claims", "Graham Pilling <graham.pilling@example.co.uk>", "Keeper for a Day - refund 11 weeks overdue", "billing", "high",
"""Dear Customer Services,

My wife's Keeper for a Day experience (booking KFD-20931, 195.00) was
cancelled by you on 14 March due to "operational reasons". You promised
a full refund within 14 days. It is now eleven weeks and nothing has
arrived, despite three emails.

This is my final letter before I issue a claim through the small claims
court for the 195.00 plus costs. I would much rather not, so please
pay the money within 7 days.

Graham Pilling"""),
("en", "b78-en-son-left-for-uni", "Alison Crowe <alison.crowe@example.co.uk>", "Family membership - one less", "billing", "",
"""Hello,

Our youngest has flown the nest and gone off to university in Aberdeen,
so there's no point paying for his card on our family cinema plan any
more. Can we drop down to the two-adult plan from next month? It's just
me and Rob now (and the cat, but she doesn't like films).

Many thanks,
Alison Crowe"""),
("en", "b78-en-app-crash-seats-no-refund", "Daniel Okafor <daniel.okafor@example.co.uk>", "App keeps crashing", "technical", "",
"""Hi, I don't want a refund or anything, I just want to book. Every time
I get to the seat map for the 7.40 showing the app shuts itself down.
iPhone 13, latest iOS, app updated this morning, deleted and reinstalled
it twice. The website does the same thing on my phone browser. Any
ideas?"""),
("en", "b78-en-waiver-wont-submit", "Chloe Nguyen <chloe.nguyen@example.com.au>", "Waiver form", "technical", "",
"""Hi team, trying to fill in the online waiver for my three kids before
Saturday's session at Parramatta. When I get to the signature box I
can sign it but the Submit button just greys out and nothing happens.
Tried on my phone and my laptop. Don't want to hold up the queue doing
it on the day! Cheers, Chloe"""),
("en", "b78-en-reset-email-never-arrives", "Walt Brennan <walt.brennan@example.com>", "Can't get into my account", "technical", "",
"""I have a zoo membership account and I forgot my password. I clicked
"forgot password" five times over two days and the reset email never
shows up. Checked spam and junk. My email is the one I'm writing from.
I'm 71 and not great with these things, so please keep it simple.

Walt"""),
("en", "b78-en-kart-smoking-lap", "Neil Ferris <neil.ferris@example.co.uk>", "Thursday evening session", "technical", "high",
"""Hello,

Not a complaint as such, but I think someone should know. During the
8pm arrive-and-drive on Thursday, kart number 14 started giving off
grey smoke from behind the seat about halfway through, and there was a
strong burning smell, like hot rubber or wiring. I pulled into the pit
lane and the marshal had a look, said "they all do that" and sent it
back out with the next driver.

I'm sure it's fine, but it didn't look fine. Might be worth someone
checking it before it goes out again.

Regards,
Neil Ferris"""),
("en", "b78-en-arcade-joystick-shock", "Kirra Walsh <kirra.walsh@example.com.au>", "Zombie shooter machine", "technical", "high",
"""Hi there, just letting you know the two-player zombie shooting machine
near the back wall at your Southport arcade gives you a little electric
shock when you touch the metal part of the gun holder. My partner and I
both felt it, a sharp tingle up the arm. We told the young fella at the
counter but I don't think he wrote it down. Kids use that machine a
lot so thought I'd email as well. Kirra"""),
("en", "b78-en-travel-agent-portal-coaches", "Operations <ops@sunridge-tours.example>", "Group tickets - Aqua Kingdom tomorrow", "technical", "high",
"""Dear Team,

We have 4 coaches (168 students and 14 teachers from three schools)
booked for Aqua Kingdom tomorrow, 7:30 AM gate opening. Since this
afternoon your trade portal shows "No tickets found" for all our group
bookings (GRP-5521, GRP-5522, GRP-5530) and we cannot download or print
any e-tickets. The schools are calling us every hour and coaches are
already paid for.

Our account login works, only the tickets are gone. Please call me on
+91 98200 41177 tonight.

Thanks and regards,
Rohit Mehta
Operations Manager, Sunridge Tours, Mumbai"""),
("en", "b78-en-virtual-queue-down-gate", "Kayla Brooks <kayla.brooks@example.com>", "Your app", "technical", "high",
"""I'm standing at your front gate right now with my two kids. The app
won't load the virtual queue or our tickets, it just spins and then
says "something went wrong". There must be 300 people here all holding
their phones up and staff are telling everyone to keep refreshing. The
ticket windows have a line back to the parking lot. Please fix this,
it's everyone not just me."""),
("en", "b78-en-light-up-sword-battery-hot", "Helen Pryce <helen.pryce@example.co.uk>", "Light-up sword from the gift shop", "technical", "high",
"""Good evening,

We bought one of the light-up space swords in your gift shop on Sunday.
This evening it had been left on the sofa switched on and my daughter
said it was "too hot to hold". The handle where the batteries go was
very hot and the plastic round the battery cover has started to go soft
and bubbly. I've taken the batteries out and put it on the patio.

I don't think anyone was hurt but I thought you'd want to know, as there
were lots of them on sale.

Helen Pryce"""),
("en", "b78-en-re-wallet-tickets-still", "Ciara Doyle <ciara.doyle@example.ie>", "Re: Your query [Ref 30877]", "technical", "",
"""Hi Mark,

Did all that - cleared the cache, logged out and in, even updated my
phone. Still the same, the tickets show in the app but when I press
"Add to Google Wallet" I get "pass could not be added". Not the end of
the world as I can show them in the app but it'd be handier.

Ciara

On 3 Jun 2024, at 10:14, Mark <help@example-funpark.ie> wrote:
> Hi Ciara,
> Sorry to hear you're having trouble adding your tickets to your
> wallet. Could you please clear the app cache, log out and back in,
> and let us know if the issue continues?
> Kind regards, Mark"""),
("en", "b78-en-vr-headset-blurry", "Josh Patel <josh.patel@example.co.uk>", "VR booth", "technical", "",
"""Played the VR racing booth at your Milton Keynes arcade yesterday and
the headset in booth 2 was really blurry, like the lenses were misted
inside, and it kept losing tracking so the car just spun round. Used 4
credits on it before giving up. Booth 1 was fine."""),
("en", "b78-en-minigolf-qr-scorecard", "Priyanka Rao <priyanka.rao@example.in>", "Digital scorecard", "technical", "",
"""Hello, at your adventure golf in Bengaluru we scanned the QR code on
hole 1 to start the digital scorecard. It loaded but froze at hole 7 and
would not let us enter any more scores. Scanning again started a new
game from hole 1. Please check. Thank you."""),
("en", "b78-en-calendar-greyed-out", "Peter Hollis <peter.hollis@example.co.uk>", "Booking", "technical", "",
"""Dear Sirs,

I am attempting to book tickets for the aquarium for my grandchildren's
visit in August. On your website every date in the calendar is grey
and I cannot click on any of them. I have an iPad. My neighbour says
it works on her computer but I do not have one.

Would you kindly look into this.

Peter Hollis"""),
("en", "b78-en-card-invalid-not-billing", "Samir Haddad <samir.haddad@example.co.uk>", "Membership card not working", "technical", "",
"""Hi,

This is not about payment - I've checked and my direct debit has gone
out as normal and the app says "Active". But for the last two visits the
kiosk and the staff scanner both say "card invalid" when they scan the
QR code in the app. Staff had to let me in manually both times, which
took ages. Membership number CM-339017.

Samir"""),
("en", "b78-en-urgent-easter-hours", "Debbie Marsh <debbie.marsh@example.co.uk>", "URGENT!!!", "general", "",
"""Are you open on Easter Monday and what time do you close?? Need to
know today as we're planning the day with the grandkids!!"""),
("en", "b78-en-thanks-kayleigh-party", "Emma Sutton <emma.sutton@example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say a huge thank you to Kayleigh, who hosted my
daughter Isla's 7th birthday party on Saturday. She had 14 excitable
girls bouncing, fed and singing happy birthday without a single tear,
and she noticed one shy little girl standing on her own and got her
joining in. Isla hasn't stopped talking about it.

Please pass this on to her and her manager.

Emma Sutton"""),
("en", "b78-en-lost-cardigan-bowling", "Bridie Kavanagh <bridie.kavanagh@example.ie>", "Cardigan", "general", "",
"""Hello,

I was at the bowling on Thursday afternoon with the active retirement
group and I think I left my cardigan on the seat at lane 6. It is navy
with brass buttons and my sister knitted it for me, so it means a lot.
Has anyone handed it in?

Thank you,
Bridie Kavanagh"""),
("en", "b78-en-marshal-rude-manager", "Tyler Jennings <tyler.jennings@example.com>", "Your employee at the track", "general", "high",
"""I was at your track Saturday for my buddy's bachelor party. One of
your marshals (tall guy, shaved head, name tag said Brent) yelled at my
friend in front of the whole group, called him an idiot and worse, and
told him to "get out of my track" after he spun out on lap 2. Nobody
was hurt, he spun out, that's it.

I want this looked at by whoever runs the place, not the front desk.
Please have the general manager contact me at 614-555-0193.

Tyler Jennings"""),
("en", "b78-en-boardwalk-loose-plank", "Russell Hart <russell.hart@example.com.au>", "Boardwalk near the crocodile enclosure", "general", "high",
"""Hi,

Just a heads up from our visit today. On the raised boardwalk between
the crocodile enclosure and the cafe, about halfway along, there's a
plank that has come away at one end and lifts up when you step on the
other end. There's a gap you could easily get a foot through, and it's
a fair drop underneath. My mum nearly went over on it.

No harm done, but with prams and little ones going through I reckon it
needs fixing or blocking off soon.

Russell Hart"""),
("en", "b78-en-sar-photos-cctv", "Nadia Hussain <nadia.hussain@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of the personal data you hold
about me, including my membership record, any photographs taken of me
at your theme park (including ride photos linked to my account) and
the marketing preferences you have on file.

My name is Nadia Hussain, date of birth 12/09/1991, membership number
TP-208814.

Kind regards,
Nadia Hussain"""),
("en", "b78-en-change-name-after-wedding", "Sneha Iyer <sneha.iyer@example.in>", "Change of name on membership", "general", "",
"""Hi,

I got married last month and would like to change my name on my cinema
membership from Sneha Iyer to Sneha Menon, and update my email to
sneha.menon@example.in. Please let me know if you need any document.

Thanks,
Sneha"""),
("en", "b78-en-raffle-prize-gaa", "Declan Moore <declan.moore@st-brigids-gaa.example>", "Raffle prize request", "general", "",
"""Hi folks,

I'm on the committee of St Brigid's GAA juvenile club. We're running a
fundraiser raffle in October for new jerseys for the under-12s and were
wondering would the aquarium be willing to donate a family ticket or
two as a prize. We'd of course give you a mention on the night and on
our Facebook page.

Thanks a million,
Declan Moore"""),
("en", "b78-en-height-limit-coaster", "Brandon Kessler <brandon.kessler@example.com>", "Question", "general", "",
"""My son is 45 inches (about 1.15 m). Which rides can he go on? Is the
height checked with shoes on or off?"""),
("en", "b78-en-quiet-session-autism", "Lucy Fenwick <lucy.fenwick@example.co.uk>", "Sensory friendly sessions", "general", "",
"""Hello,

My son is autistic and finds loud music and crowds really hard. Do you
run any quieter or sensory-friendly jump sessions, and if so, when?
Also, can he bring his ear defenders onto the trampolines?

Many thanks,
Lucy"""),
("en", "b78-en-exclusive-hire-cake", "Mel Robertson <mel.robertson@example.com.au>", "End of year function", "general", "",
"""Hi, our office (about 45 people) is thinking of doing our end of year
do at your bowling place in December. Can we have the venue to
ourselves for the evening, and are we allowed to bring in our own cake
and decorations? Just getting ideas at this stage. Ta, Mel"""),
("en", "b78-en-picnic-zoo", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Food", "general", "",
"""Are we allowed to bring our own picnic into the zoo or do we have to
eat at the cafe? Is there anywhere under cover to eat if it rains?"""),
("en", "b78-en-re-parcel-leave-porch", "Janice Price <janice.price@example.co.uk>", "Re: Your order #40218 has been dispatched", "general", "",
"""Hello, I'll be out at work when the parcel comes on Wednesday. Could the
driver please leave it in the porch (the door is unlocked) or with
number 12 next door? Please don't take it back to the depot, it's a
birthday present.

Thanks, Janice

> Your order #40218 (1 x Penguin Plush Large, 1 x Aquarium Explorer
> Book) has been dispatched and will be delivered on Wednesday.
> Track your parcel: example-parcels.co.uk/track"""),
# ---------------- Greek ----------------
("el", "b78-el-diplh-xrewsh-sinema", "Μαρίνα Κωστοπούλου <marina.kostopoulou@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλησπέρα σας,

Χθες το απόγευμα έκλεισα τρία εισιτήρια για την προβολή των 21:00 στο
Μαρούσι μέσα από την ιστοσελίδα σας. Στην κίνηση της κάρτας μου
βλέπω δύο χρεώσεις των 28,50€ με διαφορά ενός λεπτού, ενώ στο email
μου ήρθε μόνο μία κράτηση (κωδικός 7HQ2K).

Παρακαλώ επιστρέψτε τη δεύτερη χρέωση.

Ευχαριστώ,
Μαρίνα Κωστοπούλου"""),
("el", "b78-el-gl-cinepass-germania", "Katerina Z. <katerina.z@example.gr>", "cine pass", "billing", "",
"""Geia sas, exw thn mhniaia syndromh Cine Pass (14,90 to mhna). Fevgoume
gia Stoutgkarh ton Septemvrio giati vrhke douleia o antras mou ekei,
opote den 8a thn xrhsimopoiw allo. Pws thn stamataw? Ginetai apo to app
h prepei na sas steilw email? Na mhn xreo8w kai ton Oktwvrio.

Eyxaristw,
Katerina"""),
("el", "b78-el-mitera-apebiwse-ananeosi", "Γιώργος Τσακίρης <g.tsakiris@example.gr>", "Ετήσια κάρτα μητέρας μου", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Ελένη Τσακίρη, απεβίωσε τον περασμένο μήνα. Είχε ετήσια
κάρτα στο πάρκο σας με αυτόματη ανανέωση στην πιστωτική της, γιατί
πήγαινε κάθε εβδομάδα τα εγγόνια της. Μου ήρθε ειδοποίηση ότι η
κάρτα ανανεώνεται στις 15 του μήνα για 89€.

Παρακαλώ να διακοπεί η ανανέωση. Αν χρειάζεστε ληξιαρχική πράξη
θανάτου, ενημερώστε με να σας τη στείλω.

Με εκτίμηση,
Γιώργος Τσακίρης"""),
("el", "b78-el-gl-bowling-prokatavoli-ypeythynos", "Vaso Karagianni <vaso.karagianni@example.gr>", "PROKATAVOLH PARTY", "billing", "high",
"""Kalhspera.

Eixa kleisei party gia ta genethlia ths korhs mou sto bowling sthn
Kalamaria gia to Savvato 12/10 kai eixa dwsei prokatavolh 80e. Thn
Paraskevh to vrady me phrate thlefwno oti akyrwnetai giati "exoun
provlhma me tis pistes" kai oti ta lefta 8a epistrafoun se 5 meres.

Exoun perasei 3 evdomades. Exw parei 4 fores thlefwno kai ka8e fora mou
lene "to exoume perasei". Den 8elw na ksanamilhsw me thn reception.
8elw na me parei o ypeu8ynos h o idiokthths sto 6944 123456 shmera.

Vaso Karagianni"""),
("el", "b78-el-xaplostres-synigoros", "Σπύρος Μαυράκης <spyros.mavrakis@example.gr>", "Χρεωση για ξαπλωστρες που δεν ζητησαμε", "billing", "high",
"""Καλησπερα σας,

Στις 3 Αυγουστου επισκεφθηκαμε το υδατινο παρκο σας στη Χερσονησο.
Στο ταμειο πληρωσαμε 4 εισοδους και μας χρεωσαν επιπλεον 2 ξαπλωστρες
VIP x 25€ που ουτε ζητησαμε ουτε χρησιμοποιησαμε. Το ειδαμε στην
αποδειξη το βραδυ στο ξενοδοχειο.

Στειλαμε email στις 5/8 και στις 19/8 χωρις καμια απαντηση. Αν δεν
επιστραφουν τα 50€ μεσα σε 10 ημερες θα υποβαλουμε καταγγελια στον
Συνηγορο του Καταναλωτη και στη Γενικη Γραμματεια Εμποριου.

Με εκτιμηση,
Σπυρος Μαυρακης"""),
("el", "b78-el-doroepitagi-karting-elixe", "Αντώνης Λιάπης <a.liapis@example.gr>", "Δωροεπιταγή", "billing", "",
"""Γεια σας, μου είχαν κάνει δώρο τα παιδιά από τη δουλειά μια
δωροεπιταγή για 20 γύρους στο karting σας (κωδικός GK-30981) και έληξε
πριν από δύο εβδομάδες χωρίς να το καταλάβω. Μπορεί να γίνει μια
παράταση; Αν χρειάζεται να πληρώσω κάτι παραπάνω, δεν υπάρχει
πρόβλημα."""),
("el", "b78-el-gl-arcade-fortosi-20", "Thanos <thanos.b@example.gr>", "karta paixnidiwn", "billing", "",
"""Gia sas. Fortwsa thn karta mou sto Fun Zone sto Mall me 20e me
xrewstikh Paraskevh apogeuma, ta lefta kop8hkan apo thn trapeza alla h
karta sta mhxanhmata deixnei 0 monades. Ari8mos kartas 00481776.
Mporeite na ta perasete? thanks"""),
("el", "b78-el-timologio-afm-minigolf", "Λογιστήριο Ορίζων Α.Ε. <logistirio@orizon-ae.example>", "Έκδοση τιμολογίου - εταιρική εκδήλωση 27/9", "billing", "",
"""Καλημέρα σας,

Για την εταιρική εκδήλωση που πραγματοποιήθηκε στο mini golf σας στις
27/9 (32 άτομα, πακέτο με μπουφέ) μας εκδόθηκε απόδειξη λιανικής αντί
για τιμολόγιο. Παρακαλούμε να ακυρωθεί και να εκδοθεί τιμολόγιο
παροχής υπηρεσιών με τα παρακάτω στοιχεία:

ΟΡΙΖΩΝ Α.Ε.
ΑΦΜ 099887766, ΔΟΥ ΦΑΕ Αθηνών
Λεωφ. Κηφισίας 112, 11526 Αθήνα

Ευχαριστούμε,
Δήμητρα Σπανού
Λογιστήριο"""),
("el", "b78-el-ekptosi-polyteknon-zoo", "Παναγιωτης Δρακος <p.drakos@example.gr>", "Πολυτεκνοι", "billing", "",
"""Καλημερα, ειμαστε οικογενεια με 4 παιδια. Υπαρχει εκπτωση για
πολυτεκνους στην εισοδο του ζωολογικου κηπου; Αν ναι, τι πρεπει να
δειξουμε στο ταμειο, την καρτα πολυτεκνων αρκει; Και ισχυει και για
τις online κρατησεις;"""),
("el", "b78-el-gl-pagwma-fantaros", "Nikos Papadopoulos <nikpap71@example.gr>", "syndromh", "billing", "",
"""Kalhmera, o gios mou exei thn mhniaia syndromh sto Jump Arena (35e to
mhna) kai paei fantaros ton Noemvrio gia 9 mhnes. Ginetai na thn
pagwsoume mexri na gyrisei anti na thn kopsoume? To rwtaw giati to
palio paketo pou exei einai pio fthno apo ta twrina.

Eyxaristw,
Nikos Papadopoulos"""),
("el", "b78-el-allagi-loutrinou-enydreio", "Ιφιγένεια Μπέη <ifigeneia.bei@example.gr>", "Λούτρινη χελώνα", "billing", "",
"""Καλησπέρα. Την Κυριακή αγοράσαμε από το κατάστημα του ενυδρείου μια
μεγάλη λούτρινη χελώνα (24€) για τη βάφτιση του ανιψιού μου, αλλά μας
την έκαναν ήδη δώρο από άλλον. Είναι καινούρια με το καρτελάκι.
Μπορούμε να την αλλάξουμε με κάτι άλλο ή να πάρουμε πίσω τα χρήματα;
Έχω την απόδειξη."""),
("el", "b78-el-gl-luna-park-aeras-trapeza", "Stelios M. <stelios.m@example.gr>", "eisithria 18/11", "billing", "high",
"""Phra online 4 eisithria gia to luna park sto Faliro gia thn Kyriakh
18/11, synolo 60e. Phgame kai htan kleisto logw aera, mas eipan sthn
porta na steiloume email gia epistrofh. Steilame 2 email kai mas
apanthsate mono me ena aytomato mhnyma.

An mexri thn Paraskevh den dw ta lefta pisw 8a kanw amfisvhthsh ths
xrewshs sthn trapeza mou, exw hdh milhsei mazi tous.

Stelios"""),
("el", "b78-el-atokes-doseis-etisia", "Χαρά Βλάχου <chara.vlachou@example.gr>", "Δόσεις", "billing", "",
"""Καλησπέρα σας. Θα ήθελα να αγοράσω την οικογενειακή ετήσια κάρτα για
το θεματικό πάρκο (2 ενήλικες, 2 παιδιά, 240€). Μπορεί να πληρωθεί σε
άτοκες δόσεις με πιστωτική; Και αν ναι, σε πόσες;

Ευχαριστώ,
Χαρά"""),
("el", "b78-el-re-party-ypoloipo-iris", "Άρης Δελής <aris.delis@example.gr>", "Re: Επιβεβαίωση κράτησης πάρτι #P-2291", "billing", "",
"""Καλησπέρα κα Μαυρίδου,

Ευχαριστούμε για την επιβεβαίωση. Το υπόλοιπο των 150€ μπορούμε να
το πληρώσουμε με IRIS ή με μεταφορά στον λογαριασμό σας πριν από το
πάρτι, για να μην ασχολούμαστε την ημέρα με τα παιδιά; Αν ναι,
στείλτε μου το IBAN και τι να γράψω στην αιτιολογία.

Άρης Δελής

Στις Τρί, 8 Οκτ 2024 στις 11:20, η Σοφία Μαυρίδου έγραψε:
> Αγαπητέ κύριε Δελή,
>
> Σας επιβεβαιώνουμε το πάρτι γενεθλίων για 15 παιδιά το Σάββατο 19/10
> στις 17:00 στο Jump Arena Περιστερίου. Έχει καταβληθεί προκαταβολή
> 50€, υπόλοιπο 150€.
>
> Με εκτίμηση,
> Σοφία Μαυρίδου"""),
("el", "b78-el-efarmogi-kleinei-theseis", "Κωνσταντινος Ραπτης <k.raptis@example.gr>", "Εφαρμογη", "technical", "",
"""Γεια σας. Δεν θελω επιστροφη χρηματων ουτε τιποτα τετοιο, απλα θελω
να κλεισω εισιτηρια. Μολις ανοιγει ο χαρτης με τις θεσεις η εφαρμογη
κλεινει μονη της. Android, Samsung A54, εχω κανει απεγκατασταση και
ξανα εγκατασταση. Το ιδιο κανει και στη γυναικα μου. Υπαρχει καποια
λυση;"""),
("el", "b78-el-gl-login-zoo", "Eleni Rousou <eleni.rousou@example.gr>", "logariasmos", "technical", "",
"""Den mporw na mpw sto logariasmo mou sto site tou zwologikou. Vazw to
email kai ton kwdiko kai vgazei "Λάθος στοιχεία". Ekana allagh kwdikou
2 fores, mou erxetai kanonika to email, vazw kainourio kwdiko kai pali
to idio. Ti na kanw? Exw mesa thn karta melous mou."""),
("el", "b78-el-qr-enydreio-tourniketo", "Όλγα Σαββίδου <olga.savvidou@example.gr>", "Εισιτήρια ενυδρείου", "technical", "",
"""Καλησπέρα,

Σήμερα το πρωί στην είσοδο του ενυδρείου ο αναγνώστης δεν διάβαζε κανένα
από τα τέσσερα QR των εισιτηρίων μας από το κινητό. Τελικά η υπάλληλος
πληκτρολόγησε τους κωδικούς με το χέρι. Την επόμενη εβδομάδα ξανάρχεται
η αδερφή μου με τα παιδιά της και δεν θέλω να γίνει το ίδιο. Μήπως
πρέπει να τα εκτυπώσουμε;

Όλγα"""),
("el", "b78-el-karting-mirodia-venzinis", "Μιχάλης Ζαφειρίου <m.zafeiriou@example.gr>", "Καρτ αρ. 9", "technical", "high",
"""Καλησπέρα σας,

Χθες βράδυ οδήγησα στην πίστα σας στα Σπάτα. Το καρτ με το νούμερο 9
μύριζε έντονα βενζίνη από την αρχή, και όταν σταμάτησα στα pit είδα ότι
έσταζε καύσιμο από κάτω, κοντά στην εξάτμιση. Το είπα στον υπάλληλο,
το σκούπισε με ένα πανί και το έδωσε στον επόμενο οδηγό.

Δεν έπαθε κανείς τίποτα, αλλά καλό θα ήταν να το ελέγξει κάποιος
μηχανικός πριν ξαναβγεί.

Μιχάλης Ζαφειρίου"""),
("el", "b78-el-gl-anemistiraki-kapnos", "Dimitra Kalogerou <dimitra.kal@example.gr>", "anemisthraki", "technical", "high",
"""Kalhspera sas, to Savvato agorasame apo to magazaki tou parkou ena
mikro anemisthraki xeriou pou fortizei me USB, ayto me to
delfinaki. Xthes to eixame sthn priza na fortizei kai se kana misawro
mirize kammeno plastiko kai evgaze kapno apo kato. To vgalame amesws
kai den egine kati, alla to plastiko exei liwsei. Sas to lew giati ta
poulate se polla paidia. To exw akoma an to 8elete.
Dimitra"""),
("el", "b78-el-taxidiotiko-vouchers-tourniketa", "Κρατήσεις Aegean Holidays <bookings@aegean-holidays.example>", "Vouchers πελατών μας", "technical", "high",
"""Καλημέρα,

Από τις 9:00 σήμερα κανένα από τα vouchers των πελατών μας δεν
περνάει στα τουρνικέ του πάρκου, ούτε εκτυπωμένα ούτε από το κινητό.
Στην είσοδο περιμένουν ήδη τρία λεωφορεία με επιβάτες κρουαζιέρας που
πρέπει να είναι πίσω στο λιμάνι στις 15:00, και άλλα δύο φτάνουν στις
11:00. Στο ταμείο μάς λένε ότι "δεν τα βρίσκει το σύστημα".

Η σύνδεση στο portal μας δουλεύει κανονικά και οι κρατήσεις φαίνονται
επιβεβαιωμένες. Παρακαλώ καλέστε με άμεσα στο 210 4567890.

Λευτέρης Αναστασίου
Υπεύθυνος Λειτουργιών"""),
("el", "b78-el-spinthires-priza-party", "Ρένα Χατζή <rena.chatzi@example.gr>", "Αίθουσα πάρτι", "technical", "high",
"""Καλησπέρα,

Στο πάρτι που είχαμε την Κυριακή στην αίθουσα 2, η πρίζα στον τοίχο
δίπλα στο τραπέζι με τα δώρα έβγαλε σπίθες όταν η κουμπάρα μου έβαλε
να φορτίσει το κινητό της, και μαύρισε λίγο γύρω γύρω. Ο φορτιστής
ήταν καινούριος. Δεν έγινε τίποτα, αλλά εκεί γύρω τρέχουν συνέχεια
παιδιά. Καλό είναι να τη δει ηλεκτρολόγος.

Ρένα Χατζή"""),
("el", "b78-el-gl-site-bowling-kinito", "Giannis T. <giannis.t@example.gr>", "site", "technical", "",
"""To site gia krathsh pistas bowling den fortwnei sto kinhto, menei
aspro me to logotypo. Apo ypologisth anoigei kanonika. iPhone 12,
Safari kai Chrome to idio. Sas to lew na to ftiaksete."""),
("el", "b78-el-re-xartis-zoo-offline", "Βασίλης Ντόκος <vasilis.ntokos@example.gr>", "Re: Το αίτημά σας #4471", "technical", "",
"""Καλησπέρα σας,

Ευχαριστώ για την απάντηση, αλλά το πρόβλημα παραμένει. Κατέβασα τον
χάρτη όπως λέτε, όμως μόλις κλείνω τα δεδομένα ο χάρτης στην εφαρμογή
μένει γκρι και δεν φαίνονται ούτε τα ζώα ούτε οι τουαλέτες. Μέσα
στο πάρκο το σήμα είναι πολύ κακό, γι' αυτό το χρειάζομαι.

Βασίλης

-----Αρχικό μήνυμα-----
Από: Υποστήριξη <support@example-zoopark.gr>
Θέμα: Το αίτημά σας #4471
> Καλησπέρα σας,
> για χρήση χωρίς σύνδεση πατήστε "Λήψη χάρτη" από το μενού πριν
> την επίσκεψή σας.
> Με εκτίμηση, Ομάδα Υποστήριξης"""),
("el", "b78-el-minigolf-skor-den-apothikeuei", "Φωτεινη Καρρα <foteini.karra@example.gr>", "Σκορ", "technical", "",
"""Καλησπερα. Στο mini golf στη Βουλα σκαναραμε το QR για το ηλεκτρονικο
σκορ, αλλα μετα την τρυπα 10 δεν κρατουσε τα σκορ, τα εσβηνε μολις
πηγαιναμε στην επομενη. Τελικα γραψαμε σε χαρτακι. Ισως θελει
ελεγχο."""),
("el", "b78-el-gl-app-kleinei-update", "Manos Vlachos <manos.vlachos@example.gr>", "to app", "technical", "",
"""kalhspera, meta to teleutaio update to app sas den anoigei katholou,
fainetai to logotypo gia ena deuterolepto kai kleinei. Xiaomi Redmi
Note 12, Android 14. Ekana kai restart to kinhto. Ta eisithria mou gia
to Savvato einai mesa."""),
("el", "b78-el-karta-melous-wallet", "Σταύρος Ηλιόπουλος <stavros.iliopoulos@example.gr>", "Ψηφιακή κάρτα μέλους", "technical", "",
"""Καλημέρα. Για να μην μπερδευτούμε: δεν είναι θέμα πληρωμής, η
συνδρομή μου είναι πληρωμένη και ενεργή. Το θέμα είναι ότι από την
Τρίτη η ψηφιακή κάρτα μέλους έχει εξαφανιστεί από το Apple Wallet και
όταν πατάω "Προσθήκη στο Wallet" μέσα στην εφαρμογή δεν γίνεται
τίποτα. Στο σινεμά μού είπαν να σας γράψω.

Σταύρος Ηλιόπουλος"""),
("el", "b78-el-kratisi-party-sfalma", "Άννα Κυριακίδου <anna.kyriakidou@example.gr>", "Κράτηση πάρτι online", "technical", "",
"""Καλησπέρα σας,

Προσπαθώ από χθες να κλείσω πάρτι στο τραμπολίνο πάρκο της Πάτρας
μέσω της σελίδας σας. Στο βήμα που διαλέγω ώρα, όταν πατάω "Συνέχεια"
βγαίνει "Error 500 - Internal Server Error". Δοκίμασα σε δύο
υπολογιστές και στο κινητό. Υπάρχει άλλος τρόπος να κάνω την
κράτηση;

Άννα"""),
("el", "b78-el-epeigon-orario-xristougenna", "Ρουλα Πετρακη <roula.petraki@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""Καλημερα. Ειστε ανοιχτα ανημερα Χριστουγεννα και την Πρωτοχρονια;
Τι ωρα κλεινει το ταμειο; Θελω να ξερω σημερα γιατι ερχονται τα
εγγονια απο Γερμανια!!!"""),
("el", "b78-el-gl-eyxaristies-stavros", "Maria Lamprou <maria.lamprou@example.gr>", "eyxaristw!!", "general", "",
"""Kalhspera, 8elw na pw ena megalo eyxaristw ston Stavro pou eixe to
party tou gioy mou thn Kyriakh sto bowling. Htan fantastikos me ta
paidia, ta ekane ola na gelane, kai otan enas mikros epese kai
xtyphse to gonato (tipota sovaro) ton frontise amesws kai hremhse
kai th mama tou. Na tou to pete, tou aksizei!
Maria"""),
("el", "b78-el-gyalia-iliou-zoo", "Ευανθία Παπαδάκη <evanthia.papadaki@example.gr>", "Απολεσθέντα", "general", "",
"""Αγαπητοί κύριοι,

Την Τετάρτη το πρωί επισκέφθηκα τον ζωολογικό κήπο με το ΚΑΠΗ της
περιοχής μας και φαίνεται ότι ξέχασα τα γυαλιά ηλίου μου σε ένα παγκάκι
κοντά στους πιγκουίνους. Είναι μυωπίας με καφέ σκελετό, σε μαύρη
θήκη. Μήπως τα παρέδωσε κάποιος; Μπορώ να περάσω να τα πάρω.

Με τιμή,
Ευανθία Παπαδάκη
τηλ. 2310 223344"""),
("el", "b78-el-agenis-tamias-diefthyntis", "Θοδωρής Μπακάλης <thodoris.bakalis@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Καλησπέρα,

Το Σάββατο το βράδυ στον κινηματογράφο σας στη Γλυφάδα, η υπάλληλος στο
ταμείο μίλησε απαράδεκτα στον 80χρονο πατέρα μου επειδή άργησε να βρει
το εισιτήριο στο κινητό του. Του φώναξε μπροστά σε όλη την ουρά "αν δεν
ξέρετε να το χρησιμοποιείτε μην έρχεστε". Ο πατέρας μου έφυγε χωρίς να
δει την ταινία.

Δεν θέλω απάντηση από το γενικό email. Ζητώ να επικοινωνήσει μαζί μου ο
διευθυντής του κινηματογράφου ή κάποιος από τη διοίκηση, στο 6977 445566.

Θοδωρής Μπακάλης"""),
("el", "b78-el-gl-spasmeno-gyali-paidiki", "Kostas Andreou <kostas.andreou@example.gr>", "paidikh gwnia", "general", "high",
"""Kalhspera, shmera sto trampoline park sto Peristeri, sthn paidikh
gwnia me tis mpales (gia ta mikra) vrhka spasmena gyalia anamesa stis
mpales, san apo mpoukali. Ta mazepsa osa eida kai ta edwsa sto tameio,
alla mporei na yparxoun ki alla pio mesa. Mesa paizoun paidia 2-5
xronwn xypolyta. Kalo 8a htan na to elegksete prin anoiksete ksana.
Kostas"""),
("el", "b78-el-gdpr-diagrafi-arxi", "Ναταλία Σιδέρη <natalia.sideri@example.gr>", "Διαγραφή προσωπικών δεδομένων - 3η υπενθύμιση", "general", "high",
"""Κύριοι,

Στις 2 Μαΐου και στις 4 Ιουνίου σας ζήτησα γραπτώς, βάσει του άρθρου 17
του ΓΚΠΔ, να διαγράψετε όλα τα προσωπικά μου δεδομένα από το πρόγραμμα
μελών και τη λίστα ενημερωτικών σας. Εξακολουθώ να λαμβάνω SMS και
email προσφορών σχεδόν καθημερινά.

Αν μέσα σε 15 ημέρες δεν λάβω επιβεβαίωση της διαγραφής, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Ναταλία Σιδέρη"""),
("el", "b78-el-allagi-stoixeion-kartas", "Λευτέρης Γιαννόπουλος <l.giannopoulos@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, μετακομίσαμε και θέλω να αλλάξω τη διεύθυνση και το
κινητό στην κάρτα μέλους του σινεμά (αρ. 558201). Νέα διεύθυνση:
Αγίας Σοφίας 45, 54622 Θεσσαλονίκη. Νέο κινητό 6955 112233. Ευχαριστώ."""),
("el", "b78-el-xorigia-mpasket-paidon", "Σωτήρης Κουτσούκος <s.koutsoukos@aetos-basket.example>", "Χορηγία - Α.Σ. Αετός Ηλιούπολης", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι προπονητής στα τμήματα παίδων του Α.Σ. Αετός Ηλιούπολης. Στο
τέλος της σεζόν διοργανώνουμε τουρνουά μπάσκετ για 120 παιδιά και
αναζητούμε χορηγούς. Θα σας ενδιέφερε να προσφέρετε κάποια δώρα
(π.χ. παρτίδες bowling) για τα βραβεία; Το λογότυπό σας θα υπάρχει
στο πανό και στις φανέλες του τουρνουά.

Με εκτίμηση,
Σωτήρης Κουτσούκος"""),
("el", "b78-el-gl-ilikia-karts", "Petros <petros.ch@example.gr>", "karts", "general", "",
"""Geia, apo poia hlikia mporei na odhghsei paidi sta karts? O mikros
einai 10 kai mia spiri8a. Xreiazetai na einai mazi kapoios megalos?"""),
("el", "b78-el-sxoliki-ekdromi-enydreio", "2ο Δημοτικό Σχολείο Αγρινίου <mail@2dim-agrin.example>", "Σχολική επίσκεψη", "general", "",
"""Καλημερα σας,

Το σχολειο μας σχεδιαζει εκδρομη στο ενυδρειο για τις ταξεις Ε και ΣΤ
(περιπου 70 μαθητες και 6 εκπαιδευτικοι) τον Μαιο. Θα θελαμε να
μαθουμε αν γινεται ξεναγηση για σχολεια, ποσο διαρκει η επισκεψη και
αν υπαρχει χωρος για να φανε τα παιδια το κολατσιο τους.

Με εκτιμηση,
Η Διευθυντρια
Αικατερινη Σταμου"""),
("el", "b78-el-erotisi-skylos-parko", "Νεφέλη Ορφανού <nefeli.orfanou@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα, επιτρέπονται σκυλάκια στο θεματικό πάρκο; Έχουμε ένα
μικρό κανίς και δεν έχουμε πού να το αφήσουμε το Σάββατο."""),
("el", "b78-el-gl-re-paraggelia-periptero", "Alexandros P. <alex.pap@example.gr>", "Re: H paraggelia sas 30512 apostalthke", "general", "",
"""Kalhspera, tis prwines wres den eimaste spiti. An den mas vrei o
courier, mporei na thn afhsei sto periptero sth gwnia (Ermou kai
Kolokotrwnh) h sthn kyria Rena ston 1o orofo. Na mhn gyrisei pisw
giati einai dwro gia ta genethlia ths mikrhs.

> H paraggelia sas 30512 (loutrino delfini, mplouza "Aqua World")
> apostalthke kai anamenetai na paradw8ei thn Pempth."""),
("el", "b78-el-pethaname-sto-gelio", "Χρύσα Μελετίου <chrysa.meletiou@example.gr>", "Κυριακή στο πάρκο", "general", "",
"""Γεια σας! Χθες ήμασταν στο υδάτινο πάρκο με τα ξαδέρφια και απλώς
πρέπει να σας πω ότι η νέα τσουλήθρα "Καμικάζι" είναι φονική! Πεθάναμε
στο γέλιο, ο άντρας μου ούρλιαζε σαν μωρό. Όλα καθαρά, τα παιδιά στις
πισίνες πολύ προσεκτικά. Του χρόνου πάλι!"""),
# ---------------- Spanish ----------------
("es", "b78-es-cargo-duplicado-cine-ilimitado", "Laura Gómez Ferrer <laura.gomezf@example.es>", "Cobro duplicado suscripción", "billing", "",
"""Hola,

Este mes me habéis cobrado dos veces la cuota de CineLuna Ilimitada,
9,90 € el día 1 y otros 9,90 € el día 3. Solo tengo una tarjeta de
socia (n.º 2207715). ¿Me podéis devolver el segundo cargo?

Gracias,
Laura"""),
("es", "b78-es-mx-papa-fallecio-pase-anual", "Verónica Salinas <vero.salinas@example.com.mx>", "Pase anual de mi papá", "billing", "",
"""Buenas tardes,

Les escribo porque mi papá, el Sr. Ernesto Salinas Ruiz, falleció el mes
pasado. Tenía el Pase Anual Platino del parque con cargo automático a
su tarjeta de crédito ($399 MXN mensuales). Le encantaba ir con sus
nietos los domingos.

Les pido de favor que cancelen el cargo automático. Si necesitan el
acta de defunción, díganme a qué correo la envío.

Muchas gracias por su atención.
Verónica Salinas"""),
("es", "b78-es-ar-baja-abono-mudanza-cordoba", "Facundo Ibarra <facu.ibarra@example.com.ar>", "Abono familiar", "billing", "",
"""Hola, qué tal. Tenemos el abono familiar del parque acuático que se
debita todos los meses ($38.500). Nos mudamos a Córdoba en marzo por
laburo, así que ya no vamos a poder ir. ¿Cómo hago para darlo de baja?
¿Tengo que ir en persona o lo puedo hacer por acá?

Gracias!
Facu"""),
("es", "b78-es-senal-cumple-trampolines-consumo", "Raquel Sanz Molina <raquel.sanzm@example.es>", "Devolución de señal - cumpleaños cancelado", "billing", "high",
"""Buenos días:

El 2 de septiembre reservé un cumpleaños en su parque de trampolines de
Alcorcón para el 28 de septiembre y pagué una señal de 60 €. El 10 de
septiembre lo cancelé por correo, con más de 15 días de antelación,
como indican sus condiciones para la devolución íntegra.

Desde entonces he llamado tres veces y me dicen que "está en trámite".
Si en diez días no tengo el dinero, presentaré una reclamación en la
OMIC de mi ayuntamiento y ante Consumo de la Comunidad de Madrid.

Atentamente,
Raquel Sanz Molina
Tel. 612 408 337"""),
("es", "b78-es-cl-karting-desconocer-cargo", "Matías Fuentes <matias.fuentes@example.cl>", "Cobro karting", "billing", "high",
"""Hola,

El sábado fuimos con unos amigos al karting en Chicureo. Pagamos la
tanda de 4 personas ($72.000) y la pista se cerró a los 5 minutos por
una falla del sistema de tiempos. Nos dijeron que nos iban a devolver
la plata a la tarjeta y hasta ahora nada, y en el fono nadie contesta.

Si esta semana no veo la devolución, voy a desconocer el cargo con el
banco. Ya tengo el formulario listo.

Matías Fuentes"""),
("es", "b78-es-mx-boliche-doble-gerente", "Alejandro Treviño <alex.trevino@example.com.mx>", "Cobro doble en boliche - quiero hablar con el gerente", "billing", "high",
"""Buenas noches.

El viernes pagamos 2 líneas de boliche por 2 horas en su sucursal de
San Pedro, $1,160 MXN con tarjeta. En mi estado de cuenta aparece el
cargo DOS veces. Ya fui a la sucursal, me dijeron que "el sistema no
permite hacer devoluciones" y que escribiera aquí.

Ya no quiero tratar con la recepción. Quiero que el gerente de la
sucursal o alguien de administración me llame al 81 5555 0142 y me
diga cuándo me regresan los $1,160.

Alejandro Treviño"""),
("es", "b78-es-co-recarga-tarjeta-juegos", "Natalia Ospina <natalia.ospina@example.com.co>", "Recarga", "billing", "",
"""Buenas tardes, ayer hice una recarga de $50.000 a la tarjeta de juegos
de mi hijo en el centro comercial Santafé, pagué con tarjeta débito y
ya me descontaron de la cuenta, pero la tarjeta sigue con saldo de
$3.000. El número es 4410-2287. ¿Me pueden ayudar a que aparezca el
saldo? Mil gracias."""),
("es", "b78-es-factura-nif-cumple-empresa", "Administración Reformas Ebro <admin@reformas-ebro.example>", "Factura evento 14/06", "billing", "",
"""Buenos días,

Celebramos con la plantilla un torneo de minigolf en sus instalaciones
de Zaragoza el 14 de junio (22 personas, 396 € IVA incluido). Nos
entregaron un ticket simplificado y necesitamos la factura completa a
nombre de la empresa:

Reformas Ebro S.L.
CIF B-50123456
C/ Predicadores 21, 50003 Zaragoza

Un saludo,
Pilar Lahoz
Administración"""),
("es", "b78-es-descuento-familia-numerosa-zoo", "Jose Ramon Villar <joseramon.villar@example.es>", "familia numerosa", "billing", "",
"""Hola buenas, somos familia numerosa general (5 hijos). Teneis algun
descuento en la entrada al zoo? Y si compro por internet como lo
aplico, o tengo que ir a taquilla con el titulo? Gracias"""),
("es", "b78-es-ar-pausar-cuota-rodilla", "Lucía Benítez <lucia.benitez@example.com.ar>", "Cuota mensual", "billing", "",
"""Hola! Soy socia del parque de trampolines (plan libre, $24.000 por
mes). Me operaron de los ligamentos de la rodilla y el traumatólogo me
dijo que nada de saltar por lo menos cuatro meses :( ¿Se puede congelar
la cuota hasta que me den el alta en vez de darme de baja? No quiero
perder la promo que tengo.

Besos,
Lu"""),
("es", "b78-es-mx-cambio-peluche-acuario", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "Cambio de peluche", "billing", "",
"""Hola buen día, el domingo compramos en la tienda del acuario un peluche
de tiburón grande ($549) pero a mi niña le gustaba más el de la
mantarraya. Está nuevo con etiqueta y tengo el ticket. ¿Lo puedo
cambiar en la tienda la próxima vez que vayamos o tiene que ser en los
primeros días? Gracias."""),
("es", "b78-es-bizum-pago-entradas", "Marc Puig <marc.puig@example.es>", "Pago", "billing", "",
"""Hola, ¿en la taquilla del parque de atracciones se puede pagar con
Bizum? Vamos en grupo y nos sería más fácil que cada uno pague su
entrada. Si no, ¿aceptáis tarjeta o solo efectivo?"""),
("es", "b78-es-re-presupuesto-colegio-transferencia", "Secretaría CEIP Los Almendros <secretaria@ceip-almendros.example>", "RE: Presupuesto visita escolar Acuario - 3 abril", "billing", "",
"""Buenos días, Sergio:

Gracias por el presupuesto. El consejo escolar lo ha aprobado. ¿Podemos
abonarlo por transferencia una semana antes de la visita? Necesitaríamos
también una factura a nombre del centro (CIF Q-2868123-F) para
justificarlo ante la Consejería.

Un cordial saludo,
Amparo Ruiz
Secretaria

De: Sergio Lara <grupos@example-acuario.es>
Enviado: lunes, 10 de marzo de 2025 12:41
Asunto: Presupuesto visita escolar Acuario - 3 abril

> Estimada Amparo:
> Le adjunto el presupuesto para 75 alumnos y 6 docentes el 3 de abril:
> 75 x 9,50 € = 712,50 € (docentes gratis), taller incluido.
> Un saludo, Sergio"""),
("es", "b78-es-cl-giftcard-minigolf-vencida", "Constanza Rojas <coni.rojas@example.cl>", "Gift card", "billing", "",
"""Hola, me regalaron una gift card de $30.000 para el minigolf de Viña
y venció el mes pasado, no me di cuenta porque estuve fuera de Chile.
¿Hay alguna forma de extenderla o de usarla igual? El código es
MG-88412. Gracias!"""),
("es", "b78-es-app-cine-se-cierra-butacas", "Álvaro Domínguez <alvaro.dominguez@example.es>", "La app se cierra", "technical", "",
"""Hola. No quiero que me devolváis nada ni me ha cobrado nada raro, lo
que pasa es que no puedo comprar: en cuanto toco una sesión y sale el
mapa de butacas, la aplicación se cierra sola. Tengo un Xiaomi con
Android 14, la he borrado e instalado otra vez y sigue igual. Desde el
ordenador sí funciona. Gracias."""),
("es", "b78-es-mx-no-puedo-iniciar-sesion", "Jorge Armando Ruiz <jorge.aruiz@example.com.mx>", "no puedo entrar", "technical", "",
"""Buenas, no puedo iniciar sesión en la app del parque. Pongo mi correo
y la contraseña y me dice "usuario no encontrado", pero sí tengo
cuenta, ahí están mis pases. Le di a "olvidé mi contraseña" y tampoco
me llega nada. Ya revisé spam. Ayuda porfa, vamos el sábado."""),
("es", "b78-es-ar-qr-molinete", "Martín Echeverría <martin.echeverria@example.com.ar>", "Entradas QR", "technical", "",
"""Buenas. El domingo en la entrada del acuario de Mar del Plata el
molinete no leía los QR que compramos por la web, ni desde el celular
ni impresos. Tuvimos que hacer la fila de boletería para que los
validaran a mano, casi 40 minutos con dos nenes chicos. Vuelvo en
febrero con más entradas, ¿hay algo que tenga que hacer distinto?"""),
("es", "b78-es-kart-humo-olor-quemado", "Ignacio Barrios <ignacio.barrios@example.es>", "Kart número 7", "technical", "high",
"""Buenas tardes:

Les escribo por si no lo saben. Ayer por la tarde, en la tanda de las
18:30 en su circuito de Getafe, el kart número 7 empezó a echar humo
blanco por detrás del asiento en la tercera vuelta y olía mucho a
quemado, como a plástico o cables. Entré en boxes, el monitor lo miró
por encima y me dijo que era normal, y lo volvió a sacar en la tanda
siguiente con un chaval de unos 14 años.

No pasó nada, pero creo que conviene que lo revise alguien antes de
volver a usarlo.

Un saludo,
Ignacio Barrios"""),
("es", "b78-es-mx-maquina-descarga", "Daniela Quintero <daniela.quintero@example.com.mx>", "Máquina de peluches", "technical", "high",
"""Hola, hoy en su centro de juegos de Plaza Andares mi hijo de 8 años
tocó la parte de metal de la máquina de garra de peluches (la rosa,
junto a las de basquetbol) y le dio toques. Yo la toqué para ver y
también sentí la corriente. Le avisamos a un muchacho de la caja pero
la máquina siguió prendida. Mi hijo está bien, solo se asustó, pero
por ahí pasan muchísimos niños."""),
("es", "b78-es-mx-agencia-vouchers-cancun", "Operaciones Caribe Tours <operaciones@caribetours.example>", "Vouchers no validan en acceso", "technical", "high",
"""Buenos días,

Desde las 9:00 ninguno de nuestros vouchers para el parque acuático
valida en los accesos, ni impresos ni en el celular. Tenemos 62
pasajeros de dos cruceros esperando en la entrada desde hace una hora;
tienen que estar de regreso en el muelle a las 16:00. En taquilla dicen
que "el sistema no los encuentra" pero en su portal de agencias las
reservas aparecen confirmadas.

Por favor llámenme de inmediato al 998 555 0177.

Ing. Ricardo Pech
Gerente de Operaciones, Caribe Tours Cancún"""),
("es", "b78-es-co-pulsera-luminosa-hinchada", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Pulsera luminosa", "technical", "high",
"""Buenas noches,

El sábado compramos en la tienda del parque dos pulseras luminosas
recargables. Anoche una de ellas se quedó cargando en el cuarto de mi
hija y esta mañana estaba muy caliente, la batería se infló y rompió la
carcasa. La desconectamos y la sacamos al balcón. No hubo fuego pero el
cuarto olía raro.

Les escribo para que revisen ese producto, vi que lo venden mucho.

Andrés Cárdenas
Medellín"""),
("es", "b78-es-web-acuario-calendario-ipad", "Mercedes Alonso <mercedes.alonso@example.es>", "No puedo reservar", "technical", "",
"""Buenas tardes:

Quiero reservar entradas para el acuario para ir con mis nietos en
julio. Desde mi iPad, cuando llego al calendario, no aparece ningún
día, solo un círculo dando vueltas. Mi hija dice que en su ordenador
le funciona. Yo solo tengo el iPad.

Muchas gracias,
Mercedes Alonso"""),
("es", "b78-es-re-carnet-digital-sigue", "Pablo Ortega <pablo.ortega@example.es>", "Re: Incidencia 30912", "technical", "",
"""Hola Irene,

He hecho lo que me dijiste (cerrar sesión, borrar datos de la app y
volver a entrar) y el carnet digital de socio sigue saliendo en blanco,
solo se ve el nombre, sin el código QR. En taquilla ya me conocen pero
no es plan.

Pablo

El jue, 6 feb 2025 a las 9:32, Irene (Atención al socio) escribió:
> Hola Pablo,
> Por favor, cierra sesión en la app, borra los datos de la aplicación
> desde los ajustes del móvil y vuelve a iniciar sesión. Si persiste,
> respóndenos a este correo.
> Un saludo, Irene"""),
("es", "b78-es-cl-marcador-minigolf", "Felipe Soto <felipe.soto@example.cl>", "Marcador digital", "technical", "",
"""Hola, en el minigolf de La Florida el marcador digital con QR se cayó
en el hoyo 9 y cuando volvimos a escanear empezó de cero. Perdimos el
puntaje de todos. Sería bueno que lo revisaran."""),
("es", "b78-es-bolera-pantalla-pista-7", "Ruben Castillo <ruben.castillo@example.es>", "pista 7", "technical", "",
"""Buenas, el sabado en la bolera la pantalla de la pista 7 no apuntaba
bien los bolos, marcaba 3 cuando tirabamos 8 o 9 y a veces no marcaba
nada. Al final lo apuntamos en papel. Os lo digo para que lo mireis,
no pido nada."""),
("es", "b78-es-ar-credencial-no-es-plata", "Sofía Ledesma <sofi.ledesma@example.com.ar>", "Credencial de socia", "technical", "",
"""Hola! Aclaro primero que no es un tema de plata: la cuota está al día
y me figura pagada. El problema es que la credencial digital en la app
sigue diciendo "vencida" desde hace dos semanas y en la entrada del
parque me hacen pasar por administración cada vez. ¿Lo pueden
actualizar?

Sofi"""),
("es", "b78-es-mx-formulario-deslinde", "Karla Mendoza <karla.mendoza@example.com.mx>", "Formulario de responsabilidad", "technical", "",
"""Hola, estoy tratando de llenar el formulario de deslinde de
responsabilidad para mis 3 hijos antes de ir al parque de trampolines,
pero al final cuando le doy "Enviar" se queda cargando y me regresa al
inicio con todo borrado. Ya lo intenté 4 veces desde el celular y desde
la compu. ¿Lo puedo llenar allá?"""),
("es", "b78-es-urgente-horario-semana-santa", "Encarna Jiménez <encarna.jimenez@example.es>", "URGENTE", "general", "",
"""Hola, ¿abrís el Jueves y el Viernes Santo? ¿A qué hora cerráis?
Lo necesito saber hoy que vienen los nietos de Sevilla!!"""),
("es", "b78-es-mx-gracias-monitor-brandon", "Paola Guzmán <paola.guzman@example.com.mx>", "Agradecimiento", "general", "",
"""Hola, buenas tardes.

Solo quería agradecer muchísimo al monitor Brandon del parque de
trampolines de Querétaro. Mi hijo tiene discapacidad motriz leve y
Brandon le tuvo una paciencia enorme, le enseñó a saltar a su ritmo y
lo animó todo el tiempo. Nunca lo había visto tan feliz.

Ojalá se lo hagan saber.

Paola Guzmán"""),
("es", "b78-es-ar-mochila-perdida", "Horacio Vega <horacio.vega@example.com.ar>", "Mochila olvidada", "general", "",
"""Buenas tardes. El jueves estuve en el bowling de Palermo con mis
nietos y me olvidé una mochila azul de Boca en el banco de la pista 4.
Adentro había un buzo y un libro. ¿La encontraron? Paso a buscarla
cuando me digan.

Horacio Vega"""),
("es", "b78-es-trato-cuidador-director", "Beatriz Navarro <beatriz.navarro@example.es>", "Trato recibido en el zoo", "general", "high",
"""Buenas tardes:

El domingo, durante la exhibición de aves, uno de sus trabajadores se
dirigió a mi hijo de 11 años, que tiene autismo y estaba haciendo
ruidos, con gritos y le dijo delante de todo el público que "si no sabe
comportarse, que se vaya". Mi hijo salió llorando.

No quiero una disculpa genérica del buzón de atención al cliente. Pido
que el director del zoo o la persona responsable del personal se
ponga en contacto conmigo en el 654 321 987.

Beatriz Navarro"""),
("es", "b78-es-cl-baranda-suelta-mirador", "Camila Araya <camila.araya@example.cl>", "Baranda del mirador", "general", "high",
"""Hola, les cuento algo que vi ayer en el parque zoológico: en el
mirador sobre el recinto de los pumas, la baranda de la izquierda está
suelta, se mueve harto cuando uno se apoya y le falta un tornillo abajo.
Hay como tres metros de caída. Los niños se suben ahí para ver mejor.
Ojalá lo arreglen o lo cierren pronto.

Camila"""),
("es", "b78-es-rgpd-fotos-aepd", "Sergio Lozano <sergio.lozano@example.es>", "Ejercicio del derecho de acceso - segundo aviso", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El 3 de enero solicité, al amparo del artículo 15 del RGPD, una copia
de los datos personales que tienen sobre mí, incluidas las fotografías
tomadas en las atracciones y asociadas a mi cuenta. Ha pasado más de un
mes y no he recibido respuesta.

Si en 10 días no recibo la información, presentaré una reclamación
ante la Agencia Española de Protección de Datos.

Sergio Lozano"""),
("es", "b78-es-co-cambio-correo-socio", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Actualizar datos", "general", "",
"""Hola, quisiera cambiar el correo y el celular de mi membresía del
cine. Nuevo correo: juli.restrepo@example.com.co, celular 310 555 0198.
Número de socio 66012. Gracias!"""),
("es", "b78-es-patrocinio-alevin-futbol", "Toni Ferrer <toni.ferrer@cf-sonmoix.example>", "Patrocinio equipo alevín", "general", "",
"""Hola,

Soy entrenador del alevín del CF Son Moix, en Palma. La temporada que
viene queremos hacer camisetas nuevas y estamos buscando patrocinadores
del barrio. ¿Os interesaría poner el logo de la bolera en la espalda?
También lo pondríamos en nuestras redes.

Un abrazo,
Toni"""),
("es", "b78-es-mx-edad-minima-karts", "Rodrigo Villarreal <rodrigo.villarreal@example.com.mx>", "pregunta", "general", "",
"""Que tal, a partir de que edad pueden manejar los karts? Mi hijo tiene
9 años y mide 1.35. Hay karts dobles para que vaya conmigo?"""),
("es", "b78-es-fiesta-fin-curso-aforo", "AMPA Colegio San Gregorio <ampa@sangregorio.example>", "Fiesta de fin de curso", "general", "",
"""Buenos días,

Desde el AMPA estamos organizando la fiesta de fin de curso de 6.º de
Primaria (unos 50 niños y 15 padres) y nos han hablado muy bien de
vuestro parque de trampolines. ¿Hacéis eventos de grupos grandes un
viernes por la tarde? ¿Los padres pueden quedarse en la zona de
cafetería mientras los niños saltan?

Gracias,
Inés (AMPA)"""),
("es", "b78-es-ar-carrito-silla-ruedas", "Gabriela Pereyra <gabi.pereyra@example.com.ar>", "Consulta", "general", "",
"""Hola, vamos a ir al parque de diversiones con mi mamá que anda en
silla de ruedas y con el bebé en cochecito. ¿Se puede entrar con los
dos? ¿Hay baños adaptados y alguna entrada sin escaleras?"""),
("es", "b78-es-re-pedido-dejar-conserjeria", "Ana Belén Prieto <anabelen.prieto@example.es>", "Re: Tu pedido TS-55803 está en camino", "general", "",
"""Hola, por las mañanas no estamos en casa. Si el repartidor no nos
encuentra, que lo deje por favor en conserjería (el conserje se llama
Manolo, está hasta las 14:00). Que no lo devuelva, que es para un
cumpleaños.

> Tu pedido TS-55803 (peluche de pingüino + taza del acuario) está en
> camino y llegará el martes 14 entre las 9:00 y las 14:00."""),
("es", "b78-es-mx-montana-rusa-casi-me-muero", "Itzel Ramírez <itzel.ramirez@example.com.mx>", "la nueva montaña rusa", "general", "",
"""Nada más les escribo para decirles que la nueva montaña rusa está
BRUTAL, casi me muero del susto en la caída jajaja. Mi novio se subió
tres veces seguidas. Todo súper limpio y la fila avanzó rapidísimo.
Felicidades, regresamos en vacaciones!"""),
# ---------------- Polish ----------------
("pl", "b78-pl-podwojne-blik-trampoliny", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna płatność BLIK", "billing", "",
"""Dzień dobry,

w sobotę kupiłam przez stronę dwa bilety na godzinę skakania w parku
trampolin w Gdańsku (2 x 45 zł). Za pierwszym razem strona pokazała
błąd, więc zapłaciłam BLIKIEM drugi raz. W banku widzę dwie płatności
po 90 zł, a bilety dostałam tylko jedne. Proszę o zwrot nadpłaty.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b78-pl-mama-zmarla-karnet-kino", "Krzysztof Nowicki <k.nowicki@example.pl>", "karnet kinowy mamy", "billing", "",
"""Dzien dobry,

moja mama, Halina Nowicka, zmarla w zeszlym miesiacu. Miala u Panstwa
karnet kinowy Senior (29 zl miesiecznie), platny z jej konta. Bardzo
lubila chodzic w czwartki na poranki. Prosze o zamkniecie karnetu i
zatrzymanie platnosci. Jesli potrzebny jest akt zgonu, przesle skan.

Z powazaniem
Krzysztof Nowicki"""),
("pl", "b78-pl-zawieszenie-kontrakt-norwegia", "Paweł Szymański <pawel.szymanski@example.pl>", "Karnet na gokarty", "billing", "",
"""Cześć,

mam miesięczny karnet na gokarty (149 zł). Od maja do października
wyjeżdżam na kontrakt do Norwegii i nie będzie mnie w Polsce. Da się
go zamrozić na ten czas, żeby po powrocie wrócić na tych samych
warunkach? Nie chcę go kasować, bo teraz jest drożej.

Paweł"""),
("pl", "b78-pl-zaliczka-kregielnia-kierownik", "Monika Zielińska <monika.zielinska@example.pl>", "Zwrot zaliczki - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

zarezerwowałam u Państwa w kręgielni w Poznaniu urodziny syna na 16
listopada i wpłaciłam 200 zł zaliczki. 2 dni przed imprezą
zadzwoniliście, że tor jest w remoncie i odwołujecie. Obiecano zwrot
w 7 dni. Minął ponad miesiąc.

Dzwoniłam pięć razy, za każdym razem słyszę "przekażemy". Nie chcę
już rozmawiać z recepcją. Proszę, żeby kierownik obiektu albo ktoś z
centrali zadzwonił do mnie na 601 234 567 i powiedział, kiedy dostanę
pieniądze.

Monika Zielińska"""),
("pl", "b78-pl-park-zamkniety-rzecznik", "Tadeusz Kamiński <tadeusz.kaminski@example.pl>", "Bilety na 15.08 - zwrot", "billing", "high",
"""Szanowni Państwo,

kupiłem przez internet 4 bilety całodniowe do Państwa parku rozrywki na
15 sierpnia (łącznie 476 zł). Na miejscu okazało się, że połowa
atrakcji, w tym obie kolejki górskie, była nieczynna przez cały dzień,
o czym nikt nie poinformował przy sprzedaży. Kasa odmówiła częściowego
zwrotu.

Domagam się zwrotu 238 zł w ciągu 14 dni. W przeciwnym razie sprawę
zgłoszę do Miejskiego Rzecznika Konsumentów, a następnie do UOKiK.

Tadeusz Kamiński"""),
("pl", "b78-pl-gokarty-chargeback", "Bartosz Lis <bartosz.lis@example.pl>", "obciazenie karty", "billing", "high",
"""Witam, 12.10 wykupilismy z kolegami wyscig grand prix na torze we
Wroclawiu, 4 osoby x 120 zl. Po 5 minutach wysiadl system pomiaru
czasu i zakonczyli sesje. Powiedzieli ze zwroca na karte. Do dzis nic,
a na maile nikt nie odpisuje.

Jesli do piatku nie bedzie zwrotu, skladam w banku reklamacje transakcji
(chargeback), juz rozmawialem z konsultantem.

Bartek"""),
("pl", "b78-pl-doladowanie-salon-gier", "Oliwia Dąbrowska <oliwia.dabrowska@example.pl>", "Doładowanie karty", "billing", "",
"""Hej, wczoraj w salonie gier w Galerii Mokotów doładowałam kartę za
50 zł (płatność kartą przy kasie samoobsługowej). Z konta zeszło, a
na karcie dalej jest 2 zł. Numer karty 0092 7713. Możecie to sprawdzić
i dopisać środki? Dzięki!"""),
("pl", "b78-pl-faktura-nip-integracja", "Biuro Rachunkowe Kwadrat <biuro@kwadrat-ksiegowosc.example>", "Faktura VAT - impreza firmowa", "billing", "",
"""Dzień dobry,

6 grudnia organizowaliśmy u Państwa firmową imprezę w kręgielni (18
osób, pakiet z pizzą, 1 620 zł brutto). Otrzymaliśmy tylko paragon.
Proszę o wystawienie faktury VAT na dane:

Kwadrat Sp. z o.o.
NIP 525-000-11-22
ul. Marszałkowska 84/92, 00-514 Warszawa

Paragon w załączniku.

Z poważaniem,
Ewa Grabowska"""),
("pl", "b78-pl-karta-duzej-rodziny-zoo", "Marek Wojciechowski <marek.wojciechowski@example.pl>", "Karta Dużej Rodziny", "billing", "",
"""Dzień dobry, czy honorujecie Państwo Kartę Dużej Rodziny w zoo? Jest
nas siedmioro. Jeśli tak, to czy zniżkę można dostać też przy zakupie
biletów online, czy tylko w kasie?"""),
("pl", "b78-pl-voucher-minigolf-wygasl", "Justyna Kowalczyk <justyna.k@example.pl>", "voucher", "billing", "",
"""Dzien dobry, dostalam od siostry voucher na minigolfa dla 4 osob (kod
MG-20417) i okazalo sie ze wygasl 31 sierpnia. Czy jest mozliwosc
przedluzenia? Chetnie doplace jesli trzeba."""),
("pl", "b78-pl-wymiana-pluszaka-oceanarium", "Grażyna Kubiak <grazyna.kubiak@example.pl>", "Wymiana maskotki", "billing", "",
"""Dzień dobry,

w niedzielę w sklepiku oceanarium kupiłam wnuczce pluszową fokę za
69 zł, ale okazało się, że córka kupiła jej identyczną. Maskotka jest
nowa, z metką, mam paragon. Czy mogę ją wymienić na coś innego albo
oddać i dostać zwrot?

Grażyna Kubiak"""),
("pl", "b78-pl-raty-karnet-roczny", "Dominik Sadowski <dominik.sadowski@example.pl>", "Karnet roczny", "billing", "",
"""Cześć, czy karnet roczny do aquaparku (rodzinny, 1 890 zł) można
rozłożyć na raty? Jeśli tak, to na ile i czy jest jakaś dopłata? Można
płacić co miesiąc kartą?"""),
("pl", "b78-pl-re-wycena-szkola-przelew", "Szkoła Podstawowa nr 7 w Lublinie <sekretariat@sp7-lublin.example>", "Re: Wycena wycieczki - klasy 3a i 3b", "billing", "",
"""Dzień dobry Pani Kasiu,

dziękuję za wycenę. Dyrekcja zatwierdziła wyjazd. Czy możemy zapłacić
przelewem po wizycie, na podstawie faktury wystawionej na szkołę?
Rada rodziców przekaże pieniądze dopiero pod koniec miesiąca.

Pozdrawiam,
Beata Krawczyk
sekretariat

-----Wiadomość oryginalna-----
Od: Katarzyna Górska <grupy@example-zoo.pl>
Wysłano: wtorek, 8 kwietnia 2025 10:05
Temat: Wycena wycieczki - klasy 3a i 3b
> Szanowna Pani,
> dla 46 uczniów i 4 opiekunów 22 maja koszt wynosi 46 x 22 zł =
> 1 012 zł (opiekunowie bezpłatnie), w cenie zajęcia edukacyjne.
> Z pozdrowieniami, Katarzyna Górska"""),
("pl", "b78-pl-rozstanie-pakiet-dla-dwojga", "Kamil Pawlak <kamil.pawlak@example.pl>", "Pakiet Duo", "billing", "",
"""Dzień dobry,

mamy z Natalią pakiet kinowy Duo (2 osoby, 79 zł/mies.). Nie jesteśmy
już razem i Natalia wyprowadziła się do Krakowa, więc drugie miejsce w
pakiecie jest niepotrzebne. Chciałbym przejść na zwykły karnet dla
jednej osoby od przyszłego miesiąca. Da się to zrobić bez utraty
zebranych punktów?

Kamil"""),
("pl", "b78-pl-aplikacja-kino-wyrzuca", "Łukasz Mazur <lukasz.mazur@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, nie chodzi mi o zwrot ani reklamację płatności, po prostu
nie mogę kupić biletu. Jak tylko wybieram seans i pokazuje się plan
sali, aplikacja się zamyka. Samsung S21, Android 14, aplikacja
przeinstalowana. Na komputerze działa. Proszę o pomoc."""),
("pl", "b78-pl-reset-hasla-nie-przychodzi", "Stanisław Jabłoński <stanislaw.jablonski@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Szanowni Państwo,

nie mogę zalogować się na swoje konto w serwisie zoo, bo nie pamiętam
hasła. Klikam "przypomnij hasło", ale żaden e-mail nie przychodzi,
ani do skrzynki, ani do spamu. Próbowałem kilka razy w ciągu dwóch
dni. Mam 74 lata, proszę o proste wyjaśnienie.

Stanisław Jabłoński"""),
("pl", "b78-pl-qr-bramka-aquapark", "Ewelina Czarnecka <ewelina.czarnecka@example.pl>", "Bilety QR", "technical", "",
"""Dzień dobry,

wczoraj przy wejściu do aquaparku bramka nie chciała przeczytać żadnego
z naszych kodów QR z telefonu. Pani z kasy musiała wpisywać numery
ręcznie, a za nami stała kolejka. W przyszłym tygodniu jedziemy
jeszcze raz - czy lepiej je wydrukować?

Ewelina"""),
("pl", "b78-pl-gokart-dym-spalenizna", "Robert Michalski <robert.michalski@example.pl>", "Gokart nr 11", "technical", "high",
"""Dzień dobry,

piszę na spokojnie, ale uważam, że powinniście wiedzieć. W czwartek w
sesji o 19:00 na torze w Łodzi gokart nr 11 w połowie jazdy zaczął
dymić spod siedzenia i bardzo czuć było spaleniznę, jakby przypalone
kable. Zjechałem do boksu, pracownik zajrzał, powiedział "tak ma" i
wypuścił go w następnej sesji z nastolatkiem.

Nic się nie stało, ale lepiej, żeby mechanik to obejrzał.

Pozdrawiam,
Robert Michalski"""),
("pl", "b78-pl-automat-kopie-pradem", "Weronika Sikora <weronika.sikora@example.pl>", "Automat z koszykówką", "technical", "high",
"""Hej, dzisiaj w salonie gier w Katowicach automat do rzucania do kosza
(ten pierwszy od wejścia) kopie prądem przy dotknięciu metalowej
obręczy z przodu. Mnie kopnęło i mojego brata też, takie mocne
mrowienie w ręce. Powiedzieliśmy chłopakowi przy kasie, ale automat
dalej był włączony, a grają na nim głównie dzieci."""),
("pl", "b78-pl-bramki-bilety-grupowe-autokary", "Biuro Podróży Mazurek <rezerwacje@bp-mazurek.example>", "Bilety grupowe - park rozrywki", "technical", "high",
"""Dzień dobry,

od otwarcia o 9:30 żadne z naszych biletów grupowych nie przechodzą
przez bramki parku - ani wydrukowane, ani z telefonów. Pod wejściem
stoją 4 autokary z uczniami (ok. 200 dzieci i 16 opiekunów), część
grup ma powrót zaplanowany na 16:00. Kasa twierdzi, że "system ich nie
widzi", a w panelu dla biur rezerwacje są potwierdzone.

Proszę o pilny telefon: 603 555 120.

Anna Mazurek
Biuro Podróży Mazurek, Kielce"""),
("pl", "b78-pl-powerbank-spuchl", "Hubert Krajewski <hubert.krajewski@example.pl>", "Powerbank ze sklepu w parku", "technical", "high",
"""Dzień dobry,

w sobotę kupiliśmy w sklepiku przy wyjściu z parku powerbank z
nadrukiem rollercoastera. Wczoraj wieczorem ładował się na biurku
syna i zrobił się bardzo gorący, obudowa się wybrzuszyła i zaczęło
czuć chemię. Odłączyliśmy go i wynieśliśmy na balkon, nic się nie
zapaliło.

Piszę, bo widziałem, że macie ich dużo na półce.

Hubert Krajewski"""),
("pl", "b78-pl-strona-zoo-kalendarz", "Zofia Borkowska <zofia.borkowska@example.pl>", "Rezerwacja", "technical", "",
"""Szanowni Państwo,

chcę kupić bilety do zoo na przyjazd wnuków w lipcu. Na tablecie, gdy
otwieram kalendarz, wszystkie dni są szare i nie można ich kliknąć.
Syn mówi, że u niego na komputerze działa, ale ja mam tylko tablet.

Z wyrazami szacunku,
Zofia Borkowska"""),
("pl", "b78-pl-re-aplikacja-mapa-dalej", "Jakub Wieczorek <jakub.wieczorek@example.pl>", "Re: Zgłoszenie nr 51207", "technical", "",
"""Dzień dobry,

zrobiłem wszystko, co Pani napisała, ale dalej to samo: w aplikacji
oceanarium po kliknięciu w "Plan karmień" wyświetla się pusty ekran.
Reszta aplikacji działa.

Jakub

W dniu 12.03.2025 o 14:18, Obsługa Klienta <pomoc@example-oceanarium.pl> pisze:
> Dzień dobry,
> prosimy o wylogowanie się, wyczyszczenie pamięci podręcznej
> aplikacji i ponowne zalogowanie. Jeśli problem się powtórzy, prosimy
> o odpowiedź na tę wiadomość.
> Pozdrawiamy, Obsługa Klienta"""),
("pl", "b78-pl-kregielnia-tablica-nie-liczy", "Sebastian Kozlowski <sebastian.kozlowski@example.pl>", "tor 5", "technical", "",
"""Witam, w sobote na torze 5 w kregielni tablica nie liczyla dobrze,
pokazywala 2 kregle jak przewrocilismy 7, a raz w ogole nie zapisala
rzutu. Na koniec liczylismy na kartce. Nie chce zwrotu, tylko zeby
ktos to naprawil."""),
("pl", "b78-pl-minigolf-wynik-nie-zapisuje", "Aleksandra Nowak <ola.nowak@example.pl>", "Wyniki", "technical", "",
"""Hej, na polu do minigolfa w Sopocie aplikacja z wynikami przestała
zapisywać punkty po 12. dołku i po ponownym zeskanowaniu QR zaczęła
grę od nowa. Szkoda, bo prowadziłam :) Może warto sprawdzić."""),
("pl", "b78-pl-karta-czlonkowska-nie-platnosc", "Grzegorz Piotrowski <grzegorz.piotrowski@example.pl>", "Karta członkowska w aplikacji", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest sprawa płatności - abonament jest
opłacony, w aplikacji widnieje "Aktywny". Problem w tym, że od tygodnia
kod QR karty członkowskiej w aplikacji się nie wyświetla, jest tylko
szare pole. W kinie za każdym razem muszę podchodzić do kasy i podawać
numer.

Grzegorz Piotrowski"""),
("pl", "b78-pl-szafka-insulina-aquapark", "Magdalena Rutkowska <magdalena.rutkowska@example.pl>", "Szafka nr 214 - w środku insulina", "technical", "high",
"""Dzień dobry,

jesteśmy teraz w aquaparku. Elektroniczna szafka nr 214 w przebieralni
damskiej nie otwiera się opaską, wyświetla "błąd". W środku jest pen z
insuliną i glukometr mojej córki (ma cukrzycę typu 1) i za mniej więcej
godzinę musi dostać dawkę. Ratownik powiedział, że technik będzie "po
południu".

Proszę o pilną pomoc albo kontakt z kimś, kto może ją otworzyć:
509 876 543.

Magdalena Rutkowska"""),
("pl", "b78-pl-pilne-godziny-boze-cialo", "Halina Wysocka <halina.wysocka@example.pl>", "PILNE", "general", "",
"""Dzien dobry, czy w Boze Cialo zoo jest otwarte i do ktorej? Prosze o
szybka odpowiedz bo planujemy wyjazd z wnukami!!!"""),
("pl", "b78-pl-podziekowania-animatorka", "Karolina Lewandowska <karolina.lewandowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani Julii, która prowadziła urodziny
mojego syna w parku trampolin w sobotę. Dwunastu ośmiolatków, a ona
ogarnęła wszystko z uśmiechem, zauważyła też, że jeden chłopiec stoi z
boku, i wciągnęła go do zabawy. Syn mówi, że to były najlepsze
urodziny w życiu.

Proszę przekazać to jej i jej przełożonym.

Karolina Lewandowska"""),
("pl", "b78-pl-zgubiona-kurtka-kregielnia", "Janusz Sobczak <janusz.sobczak@example.pl>", "Zguba", "general", "",
"""Dzień dobry, w piątek wieczorem byłem w kręgielni z kolegami z pracy
i zostawiłem na krześle przy torze 3 kurtkę - granatowa, pikowana,
marki 4F, w kieszeni klucze do garażu. Czy ktoś ją znalazł? Mogę
podjechać w każdej chwili."""),
("pl", "b78-pl-ochroniarz-kierownik", "Dariusz Wójcik <dariusz.wojcik@example.pl>", "Zachowanie ochrony", "general", "high",
"""Dzień dobry,

w niedzielę przy wejściu do parku rozrywki pracownik ochrony
potraktował moją żonę w sposób skandaliczny. Kazał jej opróżnić
torebkę na ziemię przed całą kolejką, a kiedy zapytała dlaczego,
nazwał ją "pyskatą babą" i groził, że nas nie wpuści.

Nie oczekuję odpowiedzi z ogólnej skrzynki. Żądam, aby skontaktował
się ze mną kierownik parku lub osoba odpowiedzialna za firmę
ochroniarską: 698 112 334.

Dariusz Wójcik"""),
("pl", "b78-pl-gwozdz-plac-zabaw", "Iwona Baran <iwona.baran@example.pl>", "Plac zabaw przy restauracji", "general", "high",
"""Dzień dobry,

na drewnianym placu zabaw obok restauracji w zoo, na pomoście przy
zjeżdżalni, wystaje z deski gwóźdź na jakiś centymetr, a dwie deski
obok są pęknięte i się uginają. Dzieci biegają tam boso i w sandałach.
Zgłosiłam to pani w restauracji, ale nie wiem, czy przekazała.

Nikomu nic się nie stało, ale lepiej to szybko zabezpieczyć.

Iwona Baran"""),
("pl", "b78-pl-rodo-kopia-danych", "Piotr Zawadzki <piotr.zawadzki@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przesłanie kopii danych osobowych,
które przetwarzacie na mój temat w programie lojalnościowym kina, wraz
z informacją, komu je udostępniono. Adres e-mail w programie: ten, z
którego piszę.

Z poważaniem,
Piotr Zawadzki"""),
("pl", "b78-pl-zmiana-nazwiska-slub", "Natalia Kwiatkowska <natalia.kwiatkowska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Adamczyk na Kwiatkowska.
Proszę o zmianę danych na mojej karcie stałego klienta w parku trampolin
(nr 30418) i ustawienie nowego e-maila, z którego piszę. Dziękuję!"""),
("pl", "b78-pl-sponsoring-siatkowka", "Mariusz Olszewski <m.olszewski@uks-iskra.example>", "Prośba o wsparcie - UKS Iskra", "general", "",
"""Szanowni Państwo,

jestem trenerem młodziczek w UKS Iskra Bydgoszcz. W czerwcu organizujemy
turniej siatkówki dla 10 drużyn dziewcząt i szukamy sponsorów nagród.
Czy byliby Państwo zainteresowani ufundowaniem kilku wejściówek do
kręgielni dla najlepszych zawodniczek? Logo umieścimy na banerze i w
mediach społecznościowych.

Z poważaniem,
Mariusz Olszewski"""),
("pl", "b78-pl-wiek-gokarty", "Tomek Chmielewski <tomek.chmielewski@example.pl>", "pytanie o gokarty", "general", "",
"""Hej, od ilu lat dziecko może jeździć gokartem? Córka ma 9 lat i 140 cm.
Czy jest coś dla młodszych, albo gokart dwuosobowy?"""),
("pl", "b78-pl-wycieczka-szkolna-info", "Renata Głowacka <renata.glowacka@example.pl>", "Wycieczka szkolna do oceanarium", "general", "",
"""Dzień dobry,

planuję wycieczkę dla dwóch klas czwartych (ok. 50 uczniów) na
początku czerwca. Czy oferujecie Państwo zajęcia z przewodnikiem dla
szkół, ile trwa zwiedzanie i czy jest miejsce, gdzie dzieci mogą zjeść
drugie śniadanie?

Renata Głowacka
SP nr 3 w Tczewie"""),
("pl", "b78-pl-pytanie-pies-park", "Adrianna Majewska <ada.majewska@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy mozna wejsc do parku miniatur i minigolfa z psem na
smyczy? To maly yorkshire."""),
("pl", "b78-pl-re-zamowienie-paczkomat", "Wojciech Król <wojciech.krol@example.pl>", "Re: Twoje zamówienie 20931 zostało wysłane", "general", "",
"""Dzień dobry, w ciągu dnia nie ma nas w domu. Jeśli kurier nas nie
zastanie, proszę zostawić paczkę u sąsiadki spod 4 (pani Danuta) albo
przekierować do paczkomatu KRA12M. Prosimy nie odsyłać, to prezent na
urodziny.

> Twoje zamówienie 20931 (maskotka żółwia XL, kubek "Oceanarium")
> zostało wysłane i zostanie dostarczone w czwartek."""),
("pl", "b78-pl-zabojcza-kolejka-praise", "Patrycja Jasińska <patrycja.jasinska@example.pl>", "Nowa kolejka", "general", "",
"""Hej! Byliśmy w sobotę i muszę napisać: nowa kolejka jest zabójcza,
myślałam, że tam umrę na tym pierwszym zjeździe, a mąż darł się jak
dziecko :D Wszystko czyste, kolejki szybko szły, obsługa bardzo miła.
Wrócimy na pewno!"""),
]
