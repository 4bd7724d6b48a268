# batch71.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Mostly holidays -- holiday parks, cruise lines, ski chalets, villa
# rentals, coach tours, travel agents, holiday insurance claims.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in other words, outages of a business told only
# by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch13.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b71-en-caravan-deposit-twice", "Gareth Pritchard <gareth.pritchard@example.co.uk>", "Booking HP-40721", "billing", "",
"""Hi,

We booked a week in a three-bed caravan at your Tenby park for August
and paid the 150.00 deposit online on Sunday. The page hung for a bit so
I wasn't sure it had gone through, but now my banking app shows two
payments of 150.00 to you, both on the same day, only one booking
reference though.

Can you put the second one back please?

Gareth"""),
("en", "b71-en-cruise-gratuities-twice", "Marjorie Fenwick <m.fenwick@example.co.uk>", "Onboard account statement", "billing", "",
"""Dear Sir or Madam,

We returned from the Norwegian fjords cruise on the 14th (cabin 8142).
Looking at the final statement of our onboard account, the gratuities
have been added twice - once on the first night and again on the last
day, 2 x 189.00 GBP. We pre-paid the gratuities when we booked, so in
fact we don't think they should have been charged at all.

I would be grateful if you could check this and refund what is owed.

Yours faithfully,
Marjorie and Dennis Fenwick"""),
("en", "b71-en-ski-club-knee", "Rupert Ainsworth <rupert.ainsworth@example.com>", "Time to hang up the skis", "billing", "",
"""Morning all,

After thirty-odd winters and one new knee the surgeon has finally had
his way, so I'm hanging up the skis. Please don't roll my Snow Club
membership over in October - the 95 a year can go on physio instead.

It's been a pleasure. The chalet in Morzine in 2019 was the best week
I've had on snow.

Rupert"""),
("en", "b71-en-insurance-claim-short", "Aoife Brennan <aoife.brennan@example.ie>", "Claim TR-558213", "billing", "",
"""Hi there,

I got the settlement letter for my claim today. My suitcase went missing
on the way to Lanzarote and I sent receipts for 612 euro of clothes and
toiletries I had to buy. You've paid 250. The letter says something
about a "single item limit" but none of the things I bought cost more
than 80 euro each, so I don't understand how that applies.

Can someone go through how you worked it out?

Thanks,
Aoife Brennan
Galway"""),
("en", "b71-en-villa-deposit-small-claims", "Lewis Kendrick <lewis.kendrick@example.co.uk>", "Security deposit - Villa Amendoa", "billing", "high",
"""To whom it may concern,

We stayed at Villa Amendoa near Loule from 2 to 16 June. The terms say
the 400.00 GBP security deposit is returned within 14 days of departure.
It is now nearly seven weeks. I have emailed three times and been told
each time that it is "with the owner".

The villa was left clean and undamaged, the key holder signed the
check-out sheet and I have photos.

If the deposit is not back in my account within 7 days I will file a
claim in the small claims court for the deposit plus costs, without
further notice.

Lewis Kendrick"""),
("en", "b71-en-coach-tour-price-dropped", "Pam Whitlock <pam.whitlock@example.co.uk>", "Scottish Highlands tour", "billing", "",
"""hello, we booked the 6 day Highlands and Islands coach tour in january
for 2 people at 749 each. my sister has just booked the same dates and
its now 629. thats 240 between us. is there any way we can get the
difference back or at least some of it as a voucher? we have travelled
with you 4 times.
Pam"""),
("en", "b71-en-kerala-emi", "Srinivas Rao <srinivas.rao@example.in>", "Kerala package - payment query", "billing", "",
"""Dear Team,

We are interested in the 7 nights Kerala backwaters and Munnar package
(family of four) quoted at Rs 1,86,000. Kindly let me know whether it
is possible to pay in EMI on HDFC credit card, and if so for how many
months and whether any processing charges are applicable. Also is the
GST included in the quoted amount or extra?

Awaiting your reply.

Regards,
Srinivas Rao
Hyderabad"""),
("en", "b71-en-cruise-missed-port-chargeback", "Brooke Tanner <brooke.tanner@example.com.au>", "Refund for Vanuatu", "billing", "high",
"""Hi,

We paid an extra 1,140 AUD for the South Pacific itinerary because it
was the only one calling at Port Vila. The ship skipped Port Vila and
Mystery Island and we spent two extra days at sea instead. The port
taxes for those stops were in our fare and haven't been refunded either.
Your customer relations people offered 50 AUD onboard credit each, which
is a joke.

I want the port taxes and the itinerary supplement back. If I don't
hear something sensible in the next fortnight I'll be lodging a
chargeback with my credit card provider for the lot.

Brooke Tanner
Newcastle NSW"""),
("en", "b71-en-re-voucher-expiry", "Hannah Sloane <hannah.sloane@example.co.uk>", "Re: Your future travel voucher", "billing", "",
"""Thanks for this. Just to check before I book - the voucher is 1,320.00
and the Lake Garda holiday I want is 1,195.00. Do I lose the other
125.00 or does it stay on the voucher for another time? And is the
expiry date the date I book by, or the date I travel by?

Hannah

> From: Customer Care
> Sent: 3 April
> Subject: Your future travel voucher
>
> Dear Ms Sloane,
> Following the cancellation of your Greek islands holiday, please find
> attached your future travel voucher, reference FTV-88213, valid for
> 24 months from the date of issue.
> Kind regards, Customer Care"""),
("en", "b71-en-hello-static-caravan-sold", "Derek Hollins <derek.hollins@example.co.uk>", "Hello", "billing", "",
"""Hello,

We've sold our static caravan (plot 47, Sandy Bay) back to the park as
agreed with Mandy in the sales office last week, and the paperwork was
signed on Friday. Can you please make sure the direct debit for the
site fees stops - the next one would be due on the 1st. Also we'd paid
the year's water rates up front, is there anything due back on that?

Kind regards
Derek and Sue Hollins"""),
("en", "b71-en-agent-cancelled-fee-manager", "Priya Malhotra <priya.malhotra@example.co.uk>", "Cancellation fee - I want this escalated", "billing", "high",
"""Your branch in Leicester cancelled our Dubai holiday because the
hotel was overbooked. Your staff told us on the phone it was their
mistake. Now the refund has come through 180.00 short with a
"cancellation admin fee" on the statement.

I did not cancel anything. I have already explained this twice to the
branch and both times been told it's "head office policy". I want this
passed to a manager at head office who can actually reverse it, not
another reply from the branch.

Priya Malhotra
Booking ref LT-20558"""),
("en", "b71-en-no-refund-rebook", "Tom Eastwood <tom.eastwood@example.com>", "Lodge booking - not a refund!", "billing", "",
"""Hi,

My wife's broken her wrist so we can't do the forest lodge in May. I
DON'T want a refund - we love the place - I just want to move the 520
already paid across to a weekend in September or October. The website
only gives me the option to cancel and get my money back minus a fee.
Can you move it for me instead?

Tom Eastwood"""),
("en", "b71-en-ski-trip-company-invoice", "Accounts <accounts@northgate-surveys.example>", "Team trip to Val Thorens", "billing", "",
"""Hello,

Our office trip to Chalet Marmotte (12 guests, 18-25 January) was booked
and paid by one of our directors on his personal card. Could you please
issue a VAT invoice to the company instead:

Northgate Surveys Ltd
Unit 3, Calder Park
Wakefield WF2 7AA

and send it to this address. Payment reference was CM-3319.

Many thanks,
Joanne Pickles
Accounts Assistant"""),
("en", "b71-en-husband-annual-cover", "Ruth Goldberg <ruth.goldberg@example.com>", "Annual travel policy", "billing", "",
"""Dear Sirs,

My husband Harold and I have had your annual multi-trip travel cover
for many years. Harold's health has declined this past year and he has
moved into a care home, so sadly he will not be travelling with me
again. I understand our joint policy renews on the 30th at 684 dollars.

Could you please take Harold off the policy and tell me what it would
cost for just me, age 79? I do still hope to visit our daughter in
Phoenix twice a year.

Thank you kindly,
Ruth Goldberg
Sarasota, FL"""),
("en", "b71-en-boarding-pass-app", "Callum Reid <callum.reid71@example.co.uk>", "Can't see my e-documents", "technical", "",
"""We sail on Saturday from Southampton. The app shows the cruise on the
home screen but when I tap "Documents" it just spins and then says
"something went wrong, try again later". Been like that since Tuesday,
tried on my phone and my wife's. Need the boarding pass for the port.
Callum"""),
("en", "b71-en-not-billing-login-loop", "Shauna Keogh <shauna.keogh@example.ie>", "Account", "technical", "",
"""This isn't about my bill or anything like that before it gets sent to
the wrong place - I can't log in. I put in my email and password on
the holiday park site, it says "welcome back Shauna" for a second, and
then I'm straight back on the log in page. Over and over. I've reset
the password twice and cleared the cookies. I just want to book the
swimming slots for our stay next week.

Shauna"""),
("en", "b71-en-chalet-gas-smell", "Alistair Munro <alistair.munro@example.co.uk>", "Chalet 6", "technical", "high",
"""Hello,

We arrived at Chalet 6 this afternoon. There's a faint smell of gas in
the kitchen, stronger near the cooker, even with all the rings off. We
have opened the windows, turned the gas off at the valve under the
hob, and the children are outside. We've been cooking on the barbecue.

Could someone come and check the cooker and pipework before we use it
again? We're here until Saturday.

Thanks,
Alistair Munro"""),
("en", "b71-en-hot-tub-tingle", "Kirsty Lamb <kirsty.lamb@example.co.uk>", "Lodge 22 hot tub", "technical", "high",
"""Hi, just to let you know the hot tub at lodge 22 has tripped the
electrics twice today. The second time my husband reset it at the box,
and when he touched the metal bit of the control panel on the side of
the tub he got a small shock, a tingle up his arm. He's fine. We've
left it switched off and told the kids to keep out of it. Can you send
someone to look at it?
Kirsty"""),
("en", "b71-en-villa-wifi", "Ben Okafor <ben.okafor@example.com>", "WiFi", "technical", "",
"""Hi, the wifi at Villa Sol in Calpe shows connected but nothing loads.
Router in the hallway cupboard has a red light. Unplugged it for a few
mins, same thing. Working holiday for me so I do need it, ideally today
or tomorrow. Ben"""),
("en", "b71-en-agent-desk-queue", "Fiona Kerrigan <fiona@kerrigan-travel.example>", "Since 9am", "technical", "high",
"""Hi,

Since 9 this morning we have had a queue out the door at both our
shops and we can't do anything for any of them. Every time we try to
confirm a package or print tickets from your agent portal it times out.
We've taken deposits by hand for six families and had to send the rest
away to come back tomorrow. Two of them have flights on Thursday and
still have no documents.

Ring me on 028 9099 4421 please.

Fiona Kerrigan
Kerrigan Travel, Newry and Banbridge"""),
("en", "b71-en-mum-caravan-no-heat", "Declan Moriarty <declan.moriarty@example.ie>", "My mother - caravan 112", "technical", "high",
"""Good evening,

My mother is 84 and is staying in her caravan at your park in Courtown
(number 112) for the week. She rang me tonight to say the heating
stopped working yesterday and isn't coming back on. The boiler panel is
showing E133. She has been sitting in her coat with a hot water bottle.
It was minus two last night. I am in Dublin and can't get down until
the weekend.

Could someone please go round to her in the morning, first thing? She
doesn't always hear the door, so knock loudly.

Declan Moriarty
087 900 3312"""),
("en", "b71-en-keypad-code", "Jess Hartnell <jess.hartnell@example.co.uk>", "URGENT!!! door code", "technical", "",
"""THE DOOR CODE FOR THE COTTAGE DOESN'T WORK. We got in eventually because
the cleaner was still there but we're going out for the day tomorrow
and I don't trust it to let us back in. It beeps twice and flashes red.
Can someone check or send a new one tonight please!!
Jess (Primrose Cottage, arrived today)"""),
("en", "b71-en-checkin-passport-upload", "Victoria Lam <victoria.lam@example.com>", "Online check-in", "technical", "",
"""Hi, I'm trying to do online check-in for our cruise and the page
crashes every time I upload my passport photo. It gets to 100% and then
the whole page goes white. I've tried a JPG and a PDF, on a laptop and
on my phone. My partner's went through fine on the same laptop.
Thanks, Vic"""),
("en", "b71-en-ebike-battery-hot", "Graham Pells <graham.pells@example.co.uk>", "E-bike from the Loire tour", "technical", "high",
"""Evening,

We're on your Loire Valley cycling tour and I've got the hire e-bike in
my hotel room in Saumur charging as instructed. About an hour in I
noticed the battery was very hot - too hot to keep a hand on - and the
casing near the charging port has gone slightly out of shape. I've
unplugged it and put it on the tiled balcony, away from anything.

I'm not happy charging it again. Can your local rep swap the battery or
the bike before tomorrow's ride?

Graham Pells"""),
("en", "b71-en-otp-not-coming", "Anil Kumar <anil.kumar@example.in>", "OTP issue", "technical", "",
"""Sir/Madam,

I am unable to login to my account on your website for past 2 days. The
OTP is not coming on my mobile number ending 4417. Tried more than 10
times and now it says "maximum attempts reached, try after 24 hours".
The number is correct and I am getting SMS from other sites. Please do
the needful, our Shimla trip is on 12th and I need to download the
vouchers.

Thanks and regards
Anil Kumar"""),
("en", "b71-en-shutters-stuck", "Maggie Carr <maggie.carr@example.com.au>", "Villa Rosa shutters", "technical", "",
"""G'day, the electric shutter on the main bedroom at Villa Rosa is stuck
about a third of the way down. The switch makes a click but nothing
moves. Not the end of the world but it's a bit bright at 6am! Could
the caretaker have a look when he's next round?
Cheers, Maggie"""),
("en", "b71-en-cabin-ac-supervisor", "Raymond Oduya <raymond.oduya@example.com>", "Cabin 10227 air conditioning - I want a supervisor", "technical", "high",
"""I'm writing from the ship because guest services have stopped
answering the phone.

The air conditioning in cabin 10227 has not worked since we left
Barcelona three days ago. It blows warm air and the cabin is 29 degrees
at night. Maintenance have been four times, each time they say it's
fixed, each time it isn't. We were told on day one we'd be moved if it
couldn't be repaired, and nobody has mentioned it since.

I want someone senior - the hotel director or whoever is above guest
services - to contact us today.

Raymond and Elaine Oduya"""),
("en", "b71-en-driver-praise", "Joan Whitaker <joan.whitaker@example.co.uk>", "Our driver Colin", "general", "",
"""Dear all,

Just a short note to say how much our group enjoyed the Cornwall tour
last week, and most of all our driver Colin. He got a 50-seater down
lanes I wouldn't take a Mini down, waited patiently for the slow ones
among us (me included), and when Mrs Abbott was taken poorly at
St Ives he sorted everything out without any fuss.

Please pass on our thanks. We'll be asking for him next year.

Joan Whitaker
Harrogate U3A"""),
("en", "b71-en-lost-rabbit-chalet", "Sinead Flood <sinead.flood@example.ie>", "Lost toy", "general", "",
"""Hi, we were in Chalet Edelweiss in Saint-Gervais last week and our
youngest left her toy rabbit behind, grey with a pink ribbon, probably
in the bunk room. She's not sleeping well without it! If the cleaners
found it could it be posted to us? Happy to pay postage obviously.
Sinead, 14 Harbour View, Skerries, Co. Dublin"""),
("en", "b71-en-late-arrival-keys", "Dev Patel <dev.patel@example.co.uk>", "Arriving late Friday", "general", "",
"""Hello, our ferry doesn't get in until 10.30pm on Friday so we won't
reach the park before reception closes. Where should we pick up the
keys for lodge 9? Also we have a dog, is there anything we need to do?
Thanks, Dev"""),
("en", "b71-en-new-email-phone", "Carol Summers <carol.summers@example.co.uk>", "Change of details", "general", "",
"""Dear Sir/Madam,

Please update my details on your records. My email is changing to this
one (the old btinternet one will close next month) and my new mobile
is 07700 900 418. The address stays the same. Booking reference
CT-77102, the Lakes coach holiday in September.

Regards,
Carol Summers"""),
("en", "b71-en-subject-access", "Martin Lowe <martin.lowe@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including booking history, call recordings and any notes made
by your staff, together with details of who it has been shared with.

My name is Martin Lowe, date of birth 03/09/1971, and I have booked
with you under this email address since about 2015.

Martin Lowe"""),
("en", "b71-en-transfer-rep-rude-manager", "Natasha Greene <natasha.greene@example.co.uk>", "Your rep at Dalaman airport", "general", "high",
"""I want this complaint to go to a manager, not the general inbox.

When we arrived at Dalaman on Saturday night our transfer wasn't at the
meeting point. When we found your rep she told me, in front of my
children, that it was "my problem" for not reading the app, and then
walked off while I was still speaking. We waited an hour and ten
minutes before another rep put us on a coach. My son is autistic and
the whole thing was very distressing for him.

I expect a senior manager to call me, 07700 900 236.

Natasha Greene"""),
("en", "b71-en-christmas-hours", "Lorraine Baxter <lorraine.baxter@example.co.uk>", "Question", "general", "",
"""Is your Chester branch open between Christmas and New Year? I want to
come in and talk through some ideas for a big birthday trip.
Lorraine"""),
("en", "b71-en-dogs-welcome", "Sam Whitfield <sam.whitfield@example.com.au>", "Dogs?", "general", "",
"""Hi team, are dogs allowed in the cabins at your Byron Bay park? We've
got a kelpie who's very well behaved (mostly). And is there a beach
nearby where they can be off lead? Thanks, Sam"""),
("en", "b71-en-play-area-glass", "Lauren Mitchell <lauren.mitchell@example.co.uk>", "Play park", "general", "high",
"""Hi,

Just so you know, there's broken glass in the sand under the big slide
in the play area near the clubhouse - looks like a bottle got smashed
last night. My little boy nearly knelt on it. I've put a bench across
the front of it and told the lad on the bike hire, but it needs
clearing properly before the morning lot come out.

Lauren (caravan 31)"""),
("en", "b71-en-football-sponsor", "Kevin O'Brien <kevin.obrien@example.ie>", "Sponsorship", "general", "",
"""Hi there,

I coach the under-12s at Ballyhale Rovers. We're looking for a local
business to sponsor our new kit for next season and I noticed your
travel agency has just opened in the town. Would you be interested? In
return your name would be on the shirts and our clubhouse banner.

Kevin O'Brien"""),
("en", "b71-en-re-wallet-found", "Peter Dunne <peter.dunne@example.com>", "Re: Lost property - Edinburgh tour", "general", "",
"""Brilliant - that's the one! Thank you so much. Please post it to the
address below, and please pass my thanks to whoever found it.

Peter Dunne
22 Mill Road, Ely CB7 4DL

> On 9 May, Tour Operations wrote:
> Dear Mr Dunne,
> A brown leather wallet was handed in on coach 14 after the Edinburgh
> tour. It contains a driving licence in your name. Please confirm your
> postal address and we will send it on by recorded delivery."""),
("en", "b71-en-balcony-rail-loose", "Helen Pryce <helen.pryce@example.co.uk>", "Apartment 3B, Puerto Pollensa", "general", "high",
"""Hello,

We're staying in apartment 3B at Las Palmeras through you. The railing
on the balcony is loose - the top bar moves a good few centimetres if
you lean on it, and one of the bolts at the wall end is missing. We're
on the third floor. We're keeping the balcony door locked because of
the grandchildren, but someone needs to fix it before it's let to
anyone else, and frankly before the end of our stay.

Helen Pryce"""),
("en", "b71-en-killer-views-thanks", "Chris Hollande <chris.hollande@example.com>", "Thank you!", "general", "",
"""Just back from Chalet Lumiere. The views were absolutely killer, the
kids were on fire on the red runs by day three and Agathe's cooking
nearly finished us off. Thanks to everyone, we'll be back next winter.
Chris & family"""),
# ---------------- Greek ----------------
("el", "b71-el-gl-kwdikos-ekptwshs-early", "Nikos Stamatis <nikos.stamatis@example.gr>", "kratisi VE-2291", "billing", "",
"""Kalhspera sas,
kleisame thn Kyriakh th villa Eleni sthn Kassandra gia 10-17 Iouliou.
Sto site elege "early booking -15% me ton kwdiko EARLY24" alla sto
telos mas xrewse olo to poso, 1.540e, kai h ekptwsh den faintetai
pouthena. Ton kwdiko ton evala, mou vgale kai prasino "egkyros".
Mporeite na mou epistrepsete th diafora?
Eyxaristw
Nikos"""),
("el", "b71-el-asfaleia-apergia-ptisi", "Σοφία Λαμπράκη <sofia.lamprakis@example.gr>", "Αποζημίωση - αριθμός δήλωσης ΤΑ-90412", "billing", "",
"""Καλησπέρα σας,

Τον Μάιο η πτήση μας για Βρυξέλλες ακυρώθηκε λόγω απεργίας των
ελεγκτών και χάσαμε δύο διανυκτερεύσεις στο ξενοδοχείο, 236€ συνολικά,
που δεν επιστρέφονταν. Έστειλα τη δήλωση με όλα τα παραστατικά πριν από
έξι εβδομάδες και δεν έχω λάβει ούτε απάντηση ούτε χρήματα. Στην
ιστοσελίδα η υπόθεση γράφει ακόμα «σε επεξεργασία».

Μπορείτε να μου πείτε πότε θα γίνει η πληρωμή;

Σοφία Λαμπράκη"""),
("el", "b71-el-krouaziera-oxi-epistrofi", "Γεράσιμος Βαλλιάνος <g.vallianos@example.gr>", "Κρουαζιέρα 21 Σεπτεμβρίου", "billing", "",
"""Καλημέρα,

Για τη σύζυγό μου και εμένα έχουμε κλείσει την κρουαζιέρα των 4 ημερών
στα νησιά (21/9, κράτηση CR-55310), εξοφλημένη, 1.380€. Ο γιος μας
ανακοίνωσε ότι παντρεύεται εκείνο ακριβώς το Σαββατοκύριακο.

Δεν θέλουμε επιστροφή χρημάτων. Θέλουμε να μεταφερθεί το ποσό στην ίδια
κρουαζιέρα τον Οκτώβριο, αν γίνεται χωρίς χρέωση αλλαγής.

Ευχαριστώ,
Γεράσιμος Βαλλιάνος"""),
("el", "b71-el-mitera-efyge-synodromi", "Ελένη Κουτσούκου <eleni.koutsoukou@example.gr>", "Λέσχη ταξιδιωτών - μέλος Μαρία Κουτσούκου", "billing", "",
"""Αγαπητοί κύριοι,

Η μητέρα μου, Μαρία Κουτσούκου, έφυγε από τη ζωή τον περασμένο μήνα.
Ήταν μέλος της λέσχης ταξιδιωτών σας εδώ και δώδεκα χρόνια και
ταξίδευε μαζί σας κάθε φθινόπωρο. Η ετήσια συνδρομή των 60€ χρεώνεται
στον λογαριασμό της στις αρχές Σεπτεμβρίου.

Σας παρακαλώ να σταματήσει η συνδρομή. Αν χρειάζεστε κάποιο
πιστοποιητικό, ενημερώστε με.

Με εκτίμηση,
Ελένη Κουτσούκου"""),
("el", "b71-el-doseis-pasxa-xoris-tonous", "Θανασης Ρηγας <thanasis.rigas@example.gr>", "Πασχα στην Κωνσταντινουπολη", "billing", "",
"""Καλησπερα,

ενδιαφερομαστε για το πακετο Πασχα στην Κωνσταντινουπολη, 4 ατομα, 2
δωματια, που ειδαμε στη βιτρινα σας στη Λαρισα (1.960 ευρω συνολικα).
Μπορουμε να το πληρωσουμε σε δοσεις με πιστωτικη; Ποσες δοσεις χωρις
τοκο δινετε και ποση προκαταβολη θελετε για να κλεισει η κρατηση;

Ευχαριστω
Θανασης Ρηγας"""),
("el", "b71-el-gl-re-timologio-etaireia", "Vaso Pappa <vaso.pappa@example.gr>", "Re: Κράτηση 4471", "billing", "",
"""Kalhmera, eyxaristw gia thn apanthsh. Mia diey8ynsh mono: to
timologio 8elw na bgei sthn etaireia kai oxi se emena, ta stoixeia
einai parakatw. Ginetai?

PAPPA KAI SIA OE
AFM 099887766, DOY Kalamarias
Ethnikis Antistaseos 45, Thessaloniki

Vaso

> Στις 4/3, Κρατήσεις έγραψε:
> Αγαπητή κα Παππά,
> σας επιβεβαιώνουμε την κράτησή σας 4471 για 3 διανυκτερεύσεις στο
> σαλέ «Έλατος», Μέτσοβο, 14-17 Μαρτίου. Η εξόφληση έχει καταχωρηθεί.
> Με εκτίμηση, Τμήμα Κρατήσεων"""),
("el", "b71-el-asfaleia-nosokomeio-dikigoros", "Κωνσταντίνος Ζήσης <k.zisis@example.gr>", "Απόρριψη αποζημίωσης - συμβόλαιο ΤΑ-330918", "billing", "high",
"""Κύριοι,

Δύο μέρες πριν την αναχώρησή μας για Βιέννη η σύζυγός μου νοσηλεύτηκε
με σκωληκοειδίτιδα και ακυρώσαμε το ταξίδι. Σας στείλαμε το εξιτήριο
του νοσοκομείου, τις αποδείξεις των 1.280€ που δεν μας επέστρεψε το
πρακτορείο και όλα όσα ζητήσατε. Χθες λάβαμε απόρριψη με την
αιτιολογία «προϋπάρχουσα πάθηση». Η γυναίκα μου δεν είχε ποτέ κανένα
πρόβλημα με την κοιλιά της και αυτό το γράφει και ο γιατρός.

Ζητώ να επανεξεταστεί η υπόθεση. Αν δεν λάβω αιτιολογημένη απάντηση
μέσα σε 15 ημέρες, έχω ήδη μιλήσει με δικηγόρο και θα προχωρήσουμε
νομικά, καθώς και με αναφορά στην Τράπεζα της Ελλάδος.

Κωνσταντίνος Ζήσης"""),
("el", "b71-el-gl-ekdromh-akyrwthike-trapeza", "Stelios Karras <stelios.karras@example.gr>", "EKDROMH MONEMVASIA", "billing", "high",
"""Kalhmera,
h ekdromh me to poulman gia Monemvasia sto 3hmero ths Agias Triadas
akyrw8hke apo esas (den mazeythke arketos kosmos opws mas eipate).
Plhrwsame 2 atoma x 185e = 370e me karta. Perasan 5 evdomades kai den
exei gyrisei tipota, sto thlefwno den apantaei kaneis.
An den dw ta lefta mexri thn Paraskeyh 8a kanw amfisvhthsh xrewshs
sthn trapeza mou kai 8a ta pareis apo ekei.
Stelios Karras"""),
("el", "b71-el-monoklino-adelfi-proistamenos", "Αγγελική Μαυρίδη <angeliki.mavridi@example.gr>", "Θέλω να μιλήσω με τον υπεύθυνο του καταστήματος", "billing", "high",
"""Καλησπέρα,

Για την εκδρομή στην Πράγα κλείσαμε με την αδελφή μου ένα δίκλινο
δωμάτιο. Στην εξόφληση βρήκα χρεωμένο «επιβάρυνση μονόκλινου» 190€
και στις δύο, σαν να μέναμε χωριστά. Μένουμε στο ίδιο δωμάτιο, το
γράφει και το voucher του ξενοδοχείου.

Η υπάλληλος στο γραφείο της Πάτρας μου είπε ότι «το σύστημα το βγάζει
έτσι» και ότι δεν μπορεί να κάνει τίποτα. Δεν το δέχομαι. Ζητώ να
επικοινωνήσει μαζί μου ο προϊστάμενος του καταστήματος ή κάποιος από τη
διεύθυνση.

Αγγελική Μαυρίδη
694 555 1207"""),
("el", "b71-el-polyteknoi-paidia-timi", "Παναγιώτα Ντόκου <p.ntokou@example.gr>", "Οικογενειακό πακέτο", "billing", "",
"""Γεια σας, είμαστε πολύτεκνοι (4 παιδιά, 3, 7, 11 και 14 ετών) και
κοιτάμε το all inclusive στην Κω για Αύγουστο. Υπάρχει έκπτωση για
πολύτεκνους; Και μέχρι ποια ηλικία τα παιδιά πληρώνουν μειωμένο;
Ευχαριστώ πολύ,
Γιώτα"""),
("el", "b71-el-gl-erwthsh-iris-metrhta", "Kostas <kostas.m82@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, mporw na e3oflhsw to taksidi sth Rwmh me IRIS h prepei na
er8w sto grafeio me metrhta? Den exw pistwtikh. To ypoloipo einai 410e.
Kostas"""),
("el", "b71-el-voucher-lixi", "Δέσποινα Αλεξίου <despina.alexiou@example.gr>", "Πιστωτικό σημείωμα", "billing", "",
"""Καλημέρα σας,

Το 2022 μας δώσατε πιστωτικό σημείωμα 650€ για το ταξίδι στη Μάλτα που
ακυρώθηκε. Βλέπω ότι λήγει στο τέλος του μήνα. Αν κάνω τώρα την κράτηση
για ταξίδι τον Νοέμβριο, μετράει; Ή πρέπει και το ταξίδι να γίνει πριν
τη λήξη;

Δέσποινα"""),
("el", "b71-el-trochospito-pwlithike", "Μιχαλης Τσολακης <m.tsolakis@example.gr>", "Θεση 18", "billing", "",
"""Καλησπερα σας,

πουλησαμε το τροχοσπιτο και δεν θα ερθουμε στο καμπινγκ απο του χρονου.
Τη θεση 18 την κρατουσαμε με ετησιο μισθωμα 900 ευρω που πληρωνουμε σε
τρεις δοσεις. Η τελευταια δοση ειναι τον Μαρτιο για τη νεα σεζον, να
μην την χρεωσετε. Ευχαριστουμε για ολα τα καλοκαιρια.

Μιχαλης και Ρενα Τσολακη"""),
("el", "b71-el-gl-hmerologio-site", "Marina Gkika <marina.gkika@example.gr>", "site", "technical", "",
"""Kalhspera, paw na kleisw to spitaki sto park sth Xalkidikh apo to
site sas kai to hmerologio trelainetai: patame 15 Augoustou kai mou
vazei 1 Ianouariou. Dokimasa kai apo kinhto kai apo laptop, Chrome kai
Firefox. Ti kanoume?
Marina"""),
("el", "b71-el-den-einai-xreosi-syndesi", "Χρήστος Αναστασίου <christos.anastasiou@example.gr>", "Λογαριασμός", "technical", "",
"""Καλησπέρα σας,

Το θέμα δεν είναι η πληρωμή, η κράτηση είναι εξοφλημένη. Το πρόβλημα
είναι ότι δεν μπορώ να μπω στον λογαριασμό μου στη σελίδα σας. Βάζω
email και κωδικό και μου λέει «λάθος στοιχεία», κάνω επαναφορά κωδικού
και το email επαναφοράς δεν έρχεται ποτέ (κοίταξα και στα ανεπιθύμητα).
Χρειάζομαι να κατεβάσω τα vouchers για τα ξενοδοχεία.

Χρήστος Αναστασίου"""),
("el", "b71-el-sale-anixneutis-monoxeidiou", "Ιφιγένεια Σταυροπούλου <ifigeneia.st@example.gr>", "Σαλέ Ελάτη - σόμπα", "technical", "high",
"""Καλησπέρα,

Στο σαλέ Ελάτη στο Σέλι, κάθε φορά που ανάβουμε τη σόμπα πέλλετ,
μετά από κανένα μισάωρο αρχίζει να χτυπάει ο ανιχνευτής μονοξειδίου
του άνθρακα στο σαλόνι. Σήμερα έγινε και τρίτη φορά. Σβήσαμε τη σόμπα,
ανοίξαμε τα παράθυρα και κοιμηθήκαμε με τα καλοριφέρ μόνο.

Μπορεί να έρθει κάποιος να τη δει πριν την ξανανάψουμε;

Ιφιγένεια Σταυροπούλου"""),
("el", "b71-el-gl-tzaki-kamena", "Thodoris Liakos <thodoris.liakos@example.gr>", "Sale 3 - tzaki", "technical", "high",
"""Geia sas, sto sale 3 sto Palaios Agios A8anasios to hlektriko tzaki
evgale kapnaki apo pisw kai myrise kammeno plastiko, kai h priza
ekei eixe mavrisei. To klisame kai to vgalame apo thn priza, den to
3anavazoume. Mporei na er8ei kapoios na to dei? Den einai kati
epeigon gia emas, exoume kai to kalorifer, apla na to 3erete.
Thodoris"""),
("el", "b71-el-domatia-diplokratiseis", "Ενοικιαζόμενα Δωμάτια Γαλάζιο <info@galazio-rooms.example>", "Τι γίνεται με τις κρατήσεις;", "technical", "high",
"""Καλημέρα σας,

Από την Κυριακή οι κρατήσεις που κάνουν οι πελάτες μέσα από την
πλατφόρμα σας δεν περνάνε στο ημερολόγιό μας. Χθες το βράδυ ήρθαν δύο
οικογένειες για δωμάτια που είχαμε ήδη δώσει σε άλλους και
ψάχναμε μέχρι τις 12 να τους βρούμε κάπου αλλού στο νησί. Σήμερα
περιμένουμε άλλες τέσσερις αφίξεις και δεν ξέρουμε ποιες είναι
αληθινές. Έχουμε κλείσει τις πωλήσεις για να μη γίνουν χειρότερα.

Τηλέφωνο 22840 555 12, Μαρία Σκαρλάτου, Νάουσα Πάρου"""),
("el", "b71-el-klimatistiko-vila", "Άρης Θεοδωρίδης <aris.theodoridis@example.gr>", "Κλιματιστικό", "technical", "",
"""Καλημέρα, στη βίλα στη Σίφνο το κλιματιστικό του πάνω υπνοδωματίου
αναβοσβήνει ένα πράσινο λαμπάκι και δεν βγάζει κρύο. Το κλείσαμε από
τον γενικό και το ξανανοίξαμε, τίποτα. Αν μπορεί να περάσει ο
συντηρητής σήμερα ή αύριο.
Άρης"""),
("el", "b71-el-gl-hliakos-zesto-nero", "Dimitra P. <dimitra.pet@example.gr>", "nero", "technical", "",
"""geia, sto studio 3 sthn Alonnhso den exoume zesto nero apo xtes. O
hliakos leei oti exei nero kai o diakopths tou hlektrikou anavei, alla
apo th vrysh vgainei krio. Mporei na perasei kapoios otan mporei?
eyxaristw, Dhmhtra"""),
("el", "b71-el-psygeio-insoulini", "Γιώργος Μπαλτάς <giorgos.baltas@example.gr>", "Ψυγείο στο διαμέρισμα 5 - ινσουλίνη", "technical", "high",
"""Καλησπέρα σας,

Μένουμε στο διαμέρισμα 5 στη Λευκάδα. Το ψυγείο σταμάτησε να
δουλεύει το απόγευμα, η λάμπα ανάβει αλλά δεν κρυώνει καθόλου. Η κόρη
μας είναι 9 χρονών με διαβήτη τύπου 1 και η ινσουλίνη της πρέπει να
μένει στο ψυγείο. Έξω έχει 37 βαθμούς. Την έχουμε προσωρινά σε ένα
τσαντάκι με παγοκύστες από το περίπτερο, αλλά δεν κρατάνε ως το πρωί.

Χρειαζόμαστε ψυγείο που να δουλεύει απόψε, ή έστω ένα μικρό
ψυγειάκι. Στη ρεσεψιόν δεν απαντάει κανείς μετά τις 9.

Γιώργος Μπαλτάς
697 444 3318"""),
("el", "b71-el-eisitiria-pdf-keno", "Ευαγγελος Πανου <e.panou@example.gr>", "Εισιτηρια", "technical", "",
"""Καλησπερα,

μου στειλατε χθες τα ηλεκτρονικα εισιτηρια για το πακετο στη Μαλτα,
αλλα το συνημμενο pdf ανοιγει λευκο, και στο κινητο και στον
υπολογιστη. Το κατεβασα δυο φορες. Μπορειτε να τα ξαναστειλετε η να
μου πειτε που να τα βρω;

Ευαγγελος"""),
("el", "b71-el-gl-plynthrio-den-adeiazei", "Manos Fragkos <manos.fragkos@example.gr>", "TO PLYNTHRIO!!!", "technical", "",
"""TO PLYNTHRIO STO SALE DEN ADEIAZEI. Stamataei sth mesh me ta rouxa
mesa sto nero kai anavei ena lampaki me mia vrysoula. 3 fores to
dokimasame. Exoume 2 paidia pou kylhsthkan olh mera sto xioni kai
den exoun alla stegna rouxa gia ayrio!! Steilte kapoion na to dei.
Manos - sale 2, Vasilitsa"""),
("el", "b71-el-pisina-prasini", "Λουκία Ρέππα <loukia.reppa@example.gr>", "Πισίνα", "technical", "",
"""Καλησπέρα σας,

Η πισίνα στη βίλα στη Ζάκυνθο από χθες έχει αρχίσει να πρασινίζει. Η
αντλία κάνει έναν δυνατό βόμβο αλλά το νερό στα στόμια δεν κινείται.
Φαντάζομαι ότι κάτι έχει πάθει η αντλία ή το φίλτρο. Μέχρι τότε δεν
μπαίνουμε.

Λουκία Ρέππα"""),
("el", "b71-el-poulman-klimatismos-ypeythynos", "Απόστολος Κυριακίδης <a.kyriakidis@example.gr>", "Εκδρομή Τοσκάνη - ζητώ υπεύθυνο", "technical", "high",
"""Γράφω από την Ιταλία, από το πούλμαν της εκδρομής σας.

Ο κλιματισμός του πούλμαν δεν δουλεύει από τη δεύτερη μέρα. Κάνουμε
τρεις και τέσσερις ώρες διαδρομή με 35 βαθμούς έξω και τα παράθυρα
δεν ανοίγουν. Χθες μια κυρία λιποθύμησε σχεδόν. Ο οδηγός λέει ότι το
έχει δηλώσει, η συνοδός ότι «το ξέρει το γραφείο», και κανείς δεν
κάνει τίποτα.

Ζητώ να επικοινωνήσει μαζί μου σήμερα κάποιος ανώτερος από το γραφείο
σας, όχι η συνοδός.

Απόστολος Κυριακίδης, 694 777 2051"""),
("el", "b71-el-tileorasi-kanalia", "Σταματία Γκούμα <stamatia.gkouma@example.gr>", "Τηλεόραση", "technical", "",
"""Καλημέρα. Στο διαμέρισμα 12 η τηλεόραση γράφει «δεν υπάρχει σήμα» σε
όλα τα κανάλια. Ο άντρας μου θέλει να δει τον αγώνα το Σάββατο, αν
μπορεί να το κοιτάξει κάποιος ως τότε. Ευχαριστώ."""),
("el", "b71-el-asfaleia-app-fotografies", "Ορέστης Μανωλάκης <orestis.manolakis@example.gr>", "Δήλωση ζημιάς", "technical", "",
"""Καλησπέρα,

Προσπαθώ να υποβάλω δήλωση για τη βαλίτσα που έσπασε στην πτήση μέσα
από την εφαρμογή σας. Στο βήμα με τις φωτογραφίες, όταν πατάω
«Ανέβασμα», κλείνει η εφαρμογή. Το έκανα πέντε φορές, την
απεγκατέστησα και την ξαναέβαλα. Κινητό Samsung, Android 14.

Υπάρχει άλλος τρόπος να στείλω τις φωτογραφίες;

Ορέστης Μανωλάκης"""),
("el", "b71-el-gl-eyxaristw-reseption-paidi", "Roula Vlachou <roula.vlachou@example.gr>", "eyxaristoume!", "general", "",
"""Kalhspera sas,
8elw na pw ena megalo eyxaristw sto paidi sth reseption tou camping
sth Sarth, to Lefterh nomizw. Thn Tetarth o mikros mas xa8hke sthn
paralia gia mish wra kai autos afhse ta panta, phre th mhxanh kai ton
vrhke sto diplano beach bar. Den 8a to 3exasoume pote.
Roula kai Vaggelhs"""),
("el", "b71-el-gialia-pouliman", "Ευάγγελος Χριστοδούλου <e.christodoulou@example.gr>", "Χαμένα γυαλιά", "general", "",
"""Καλημέρα σας,

Την Κυριακή επιστρέψαμε με το πούλμαν σας από την εκδρομή στο Ναύπλιο
και νομίζω ότι άφησα τα γυαλιά μου στη θέση 23, σε μια καφέ θήκη. Αν
βρέθηκαν, μπορώ να περάσω να τα πάρω από το γραφείο σας στο Μαρούσι.

Ευχαριστώ,
Ευάγγελος Χριστοδούλου"""),
("el", "b71-el-ores-avgoustos-xoris-tonous", "Ρουλα Μπιτσικα <roula.bitsika@example.gr>", "Ωραριο", "general", "",
"""Καλησπερα, το γραφειο σας στη Λαμια θα ειναι ανοιχτο τον Δεκαπενταυγουστο;
Θελω να περασω να ρωτησω για ταξιδια του φθινοπωρου."""),
("el", "b71-el-allagi-stoixeion", "Νικολέτα Ζαχαρίου <nikoleta.zachariou@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλησπέρα σας,

Παρακαλώ να αλλάξετε τα στοιχεία μου. Μετακομίσαμε: νέα διεύθυνση
Αγίου Δημητρίου 18, 54632 Θεσσαλονίκη, νέο κινητό 690 123 4471. Το
email μένει το ίδιο. Έχω κράτηση για την εκδρομή στα Ζαγοροχώρια τον
Οκτώβριο (ΖΧ-3318).

Ευχαριστώ,
Νικολέτα Ζαχαρίου"""),
("el", "b71-el-gl-gdpr-diagrafh", "Petros Alexandrou <petros.alexandrou@example.gr>", "prosopika dedomena", "general", "",
"""Kalhspera,
den 8elw na lamvanw alla newsletter kai 8elw na diagrapsete ola ta
proswpika mou stoixeia apo to systhma sas, opws provlepei o GDPR.
Parakalw steilte mou epivevaiwsh otan ginei.
Petros Alexandrou"""),
("el", "b71-el-synodos-agenis-diefthyntis", "Ηλέκτρα Πολυχρόνη <ilektra.polychroni@example.gr>", "Καταγγελία για τη συνοδό της εκδρομής", "general", "high",
"""Θέλω αυτό να φτάσει σε διευθυντή.

Στην εκδρομή στα Μετέωρα το Σάββατο η συνοδός σας φώναξε στον
πατέρα μου, 79 ετών, μπροστά σε όλο το πούλμαν, επειδή άργησε πέντε
λεπτά να επιστρέψει από την τουαλέτα, και είπε ότι «την επόμενη φορά
θα φύγουμε χωρίς αυτόν». Ο πατέρας μου κάνει αιμοκάθαρση και
κουράζεται εύκολα. Ήταν πολύ στενοχωρημένος όλη την υπόλοιπη μέρα.

Περιμένω να μου τηλεφωνήσει κάποιος υπεύθυνος, όχι απλώς μια απάντηση
με email. 697 222 8190.

Ηλέκτρα Πολυχρόνη"""),
("el", "b71-el-kampingk-spasmeno-skali", "Βασιλική Ντίνου <vasiliki.ntinou@example.gr>", "Σκάλα στην πισίνα", "general", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι στη μεγάλη πισίνα του κάμπινγκ το δεύτερο σκαλί της
μεταλλικής σκάλας στη ρηχή μεριά έχει σπάσει και έχει μια κοφτερή
άκρη κάτω από το νερό. Ένα παιδάκι σήμερα το πρωί γρατσουνίστηκε στο
πόδι. Το είπαμε στον ναυαγοσώστη, αλλά η σκάλα είναι ακόμα εκεί χωρίς
σήμανση.

Βασιλική Ντίνου, σκηνή 54"""),
("el", "b71-el-xorigia-syllogos", "Πολιτιστικός Σύλλογος Αγίου Νικολάου <syllogos.agnikolaou@example.gr>", "Χορηγία για το πανηγύρι", "general", "",
"""Αγαπητοί κύριοι,

Ο σύλλογός μας διοργανώνει το καθιερωμένο πανηγύρι του χωριού στις 25
Ιουλίου. Θα θέλαμε να σας ρωτήσουμε αν το γραφείο ταξιδίων σας θα
ενδιαφερόταν να γίνει χορηγός, π.χ. με ένα ταξίδι για τη λαχειοφόρο.
Το όνομά σας θα αναγραφόταν στις αφίσες και στο πρόγραμμα.

Με εκτίμηση,
για το Δ.Σ.
Αντώνης Λιάπης"""),
("el", "b71-el-gl-anelkysthras-mpastouni", "Eleni K. <eleni.kar@example.gr>", "ekdromh Praga", "general", "",
"""Geia sas! Sthn ekdromh gia Praga ton Oktwvrio 8a er8ei kai h mama mou
pou perpataei me mpastouni. Exei asanser to ksenodoxeio? Kai stis
3enagiseis perpatame polu h to poulman mas afhnei konta?
Eyxaristw, Elenh"""),
("el", "b71-el-re-taftotita-tirana", "Σπύρος Καραμανλής <spyros.karamanlis@example.gr>", "Re: Επιβεβαίωση κράτησης - Τίρανα / Αυλώνας", "general", "",
"""Ευχαριστώ. Μια ερώτηση ακόμα: για την Αλβανία φτάνει η αστυνομική
ταυτότητα ή χρειάζεται διαβατήριο; Η δική μου είναι η παλιά, του 1998.

Σπύρος

> Στις 18/4, Τμήμα Εκδρομών έγραψε:
> Αγαπητέ κ. Καραμανλή,
> σας επιβεβαιώνουμε τη συμμετοχή σας στην εκδρομή Τίρανα - Αυλώνας
> 9-12 Μαΐου. Η αναχώρηση γίνεται 6:30 π.μ. από την πλατεία
> Αριστοτέλους."""),
("el", "b71-el-imerida-syntaxiouxoi", "Ανδρέας Σιμιτζής <andreas.simitzis@example.gr>", "Παρουσίαση ταξιδιών", "general", "",
"""Καλημέρα σας,

Είδα στην εφημερίδα ότι κάνετε παρουσίαση των ταξιδιών του χειμώνα για
συνταξιούχους στο Ηράκλειο. Πότε και πού θα γίνει ακριβώς; Μπορώ να
φέρω και τη σύζυγό μου;

Ανδρέας Σιμιτζής"""),
("el", "b71-el-gl-eggrafa-sto-grafeio", "Giorgos T. <giorgos.tsou@example.gr>", "eggrafa taksidiou", "general", "",
"""Kalhspera, ta eggrafa gia to taksidi sth Madeira an 8a ta steilete me
courier steilte ta sto grafeio mou, Egnatias 112, 3os orofos, giati
sto spiti den einai kaneis to prwi. Eyxaristw, Giwrgos"""),
("el", "b71-el-gl-animation-fwtia", "Christina Mela <christina.mela@example.gr>", "mia xara!", "general", "",
"""Geia sas! Molis gyrisame apo to park sthn Kerkyra. Ta paidia pe8anan
sto aquapark ka8e mera, to animation htan fwtia kai to vradino show
thn Pempth htan vomva. Ola telia, eyxaristoume polu!
Christina kai oikogeneia"""),
# ---------------- Spanish ----------------
("es", "b71-es-ecotasa-todo-incluido", "Jordi Pons <jordi.pons@example.es>", "Reserva MLL-40917", "billing", "",
"""Hola, buenas tardes:

Reservamos con vosotros una semana en todo incluido en Cala d'Or, y en
la confirmación pone claramente "impuestos y tasas incluidos". Al
llegar al hotel nos han cobrado 92,40 € de impuesto de turismo
sostenible (dos adultos, siete noches). En recepción dicen que eso lo
cobra siempre el hotel y que lo reclamemos a la agencia.

¿Me lo podéis devolver, o aclararme qué significa entonces "tasas
incluidas"?

Gracias,
Jordi Pons"""),
("es", "b71-es-cobro-dolares-comision", "Alejandra Ruiz <alejandra.ruiz@example.com.mx>", "Cobro en dolares", "billing", "",
"""Buen dia,

Reserve el crucero por el Caribe desde su pagina en Mexico y en el
momento de pagar el total aparecia en pesos, 38,400 MXN. En mi estado
de cuenta el cargo salio en dolares y el banco me cobro ademas una
comision por compra en el extranjero de 1,150 MXN. Yo no elegi pagar
en dolares. Quiero que me reembolsen esa comision.

Saludos,
Alejandra Ruiz
Guadalajara"""),
("es", "b71-es-cuotas-bariloche", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "Paquete Bariloche vacaciones de invierno", "billing", "",
"""Hola, ¿qué tal?

Estamos mirando el paquete a Bariloche para las vacaciones de invierno,
2 adultos y 2 chicos, que figura a ARS 2.940.000. ¿Se puede pagar en
cuotas sin interés? ¿Con qué tarjetas y en cuántas cuotas? Y si
señamos ahora, ¿el precio queda congelado o se ajusta?

Gracias,
Martín"""),
("es", "b71-es-seguro-tailandia-pagaron-menos", "Lucía Herrero <lucia.herrero@example.es>", "Expediente SV-771204", "billing", "",
"""Buenos días:

En marzo tuve que ir a urgencias en Chiang Mai por una infección de
oído y pagué 640 € entre consulta, pruebas y medicamentos. Envié todas
las facturas traducidas como me pidieron. Ayer me ingresaron 310 €
sin ninguna explicación. En la póliza pone que la asistencia médica
está cubierta hasta 30.000 €.

¿Podrían explicarme cómo se ha calculado la cantidad?

Un saludo,
Lucía Herrero"""),
("es", "b71-es-excursion-cancelada-crucero-arbitraje", "Fernando Galán <fernando.galan@example.es>", "Excursión de Dubrovnik no reembolsada", "billing", "high",
"""Señores:

En el crucero por el Adriático del 3 de junio (camarote 7431)
contratamos a bordo la excursión "Murallas de Dubrovnik" para tres
personas, 89 € cada una, cargados a nuestra cuenta del barco. La
excursión se suspendió porque el barco no pudo atracar. En el barco nos
dijeron que se abonaría al final del viaje. No se abonó. Desde entonces
he escrito tres veces sin respuesta.

Son 267 €. Si en quince días no están devueltos, presentaré
reclamación ante la Junta Arbitral de Consumo y la pondré en
conocimiento de la OCU.

Fernando Galán Ortega"""),
("es", "b71-es-seguro-no-contratado-desconocer-cargo", "Camila Soto <camila.soto@example.cl>", "cobro que no corresponde", "billing", "high",
"""Hola,
revisando la tarjeta veo que en la reserva del paquete a Buzios me
cobraron CLP 96.000 de "seguro de cancelacion". Yo nunca marque ese
seguro, lo revise dos veces antes de pagar. Llame y me dicen que
"viene incluido por defecto" y que no se puede sacar.
O me devuelven esa plata esta semana o desconozco el cargo con el
banco, asi de simple.
Camila Soto"""),
("es", "b71-es-viaje-fin-curso-suplemento-director", "AMPA IES Miguel Hernández <ampa.iesmh@example.es>", "Suplemento de última hora viaje 4º ESO - pedimos hablar con la dirección", "billing", "high",
"""Buenas tardes:

Escribo en nombre del AMPA. El viaje de fin de curso de 4º de ESO a
Italia (42 alumnos, 4 profesores) está pagado en su totalidad desde
marzo, 645 € por alumno. Ayer las familias recibieron un correo de su
oficina de Elche pidiendo un "suplemento de carburante y tasas" de 58 €
por alumno a pagar antes del viernes, o el alumno "no podrá viajar".

Nada de esto aparece en el contrato. Muchas familias han hecho un
esfuerzo enorme para pagar el viaje. Pedimos que nos atienda el
director de la agencia o alguien de la central, no la oficina, antes
del viernes.

Un saludo,
Ana Belén Quiles
Presidenta del AMPA"""),
("es", "b71-es-no-cancelar-segundo-plazo", "Sergio Marín <sergio.marin@example.es>", "Segundo plazo Baqueira", "billing", "",
"""Hola:

Antes de nada, no quiero cancelar nada, el viaje sigue en pie. Lo único
es que la semana en Baqueira la estamos pagando en tres plazos y el
segundo, 440 €, tocaba el 1 de diciembre, pero me lo habéis cobrado
hoy, 12 de noviembre. Me habéis dejado la cuenta temblando a mitad de
mes. ¿Es un error? ¿Me lo podéis devolver y cobrarlo en su fecha?

Sergio"""),
("es", "b71-es-re-factura-cfdi", "Contabilidad Grupo Altavista <contabilidad@grupoaltavista.example>", "Re: Confirmación viaje de incentivo Cancún", "billing", "",
"""Buenas tardes, gracias por la confirmación. Les pido por favor que la
factura (CFDI) salga a nombre de la empresa con estos datos:

Grupo Altavista SA de CV
RFC GAL150612AB3
Uso de CFDI: G03
Régimen fiscal 601, CP 64000, Monterrey, N.L.

Quedo atenta,
Mariana Treviño

> El 3 de junio, Viajes Corporativos escribió:
> Estimada Mariana:
> Le confirmamos el viaje de incentivo a Cancún para 18 personas, del
> 14 al 18 de julio, por un total de MXN 612,000. El pago quedó
> registrado el día de hoy.
> Saludos cordiales."""),
("es", "b71-es-multipropiedad-esposa-fallecio", "Ramiro Delgado <ramiro.delgado@example.es>", "Cuota anual - Club Vacacional Costa Blanca", "billing", "",
"""Estimados señores:

Mi esposa Carmen, titular junto conmigo de la semana 32 en su club
vacacional de Altea, falleció en abril. Yo ya no voy a volver a ir
solo; era ella la que disfrutaba de aquello. Les ruego que den de baja
la participación y que no me carguen la cuota anual de mantenimiento
de 690 € en octubre.

Si necesitan el certificado de defunción, díganme adónde lo envío.

Atentamente,
Ramiro Delgado"""),
("es", "b71-es-transferencia-no-acreditada", "Florencia Acosta <flor.acosta@example.com.ar>", "Consulta", "billing", "",
"""Hola! El lunes les hice la transferencia del saldo del viaje a
Cataratas, ARS 1.180.000, al CBU que figura en la factura. En mi banco
ya figura debitada pero en la página sigue diciendo "saldo pendiente".
Les adjunto el comprobante. Me avisan cuando lo vean acreditado?
Flor"""),
("es", "b71-es-bono-regalo-crucero-sin-tildes", "Manuel Iglesias <manuel.iglesias@example.es>", "Bono regalo", "billing", "",
"""Hola buenas, mis hijos me regalaron por mi jubilacion un bono de 800
euros para un crucero con ustedes. Se puede usar para un crucero mas
caro pagando yo la diferencia? Y si sobra algo se pierde? Gracias
Manuel"""),
("es", "b71-es-pausar-club-viajes-exterior", "Valentina Rojas <valentina.rojas@example.co>", "Membresía club de viajes", "billing", "",
"""Hola, buenas tardes.

Me voy a trabajar un año a Canadá desde enero, así que no voy a poder
usar los beneficios del club de viajes. No quiero cancelarla del todo,
me gustaría dejarla en pausa ese año y que no me cobren los COP 85.000
mensuales hasta que regrese. ¿Es posible?

Muchas gracias,
Valentina Rojas
Medellín"""),
("es", "b71-es-audioguia-sin-conexion", "Nuria Vidal <nuria.vidal@example.es>", "Audioguía", "technical", "",
"""Hola, estamos en el circuito por Marruecos y la audioguía que
descargamos en vuestra app antes de salir no funciona sin conexión:
al dar a reproducir dice "comprueba tu conexión a internet". Aquí en
el desierto no hay cobertura, que era precisamente la gracia de
descargarla. Tengo la última versión de la app, iPhone.
Nuria"""),
("es", "b71-es-no-es-dinero-qr-entradas", "Diego Herrera <diego.herrera@example.com.mx>", "Entradas parque acuatico", "technical", "",
"""Hola, no es un reclamo de dinero, las entradas ya estan pagadas y no
quiero que me las devuelvan. El problema es que el lector de la
entrada del parque acuatico no lee los codigos QR que vienen en el
paquete, los de mis dos hijos si, los de mi esposa y mios no. Ayer nos
dejaron pasar de favor pero hoy ya no. Alguien los puede revisar?
Diego - Hotel Caribe Azul, hab 512"""),
("es", "b71-es-caldera-humo-negro", "Asunción Moreno <asun.moreno@example.es>", "Chalet Cerler - caldera", "technical", "high",
"""Buenas tardes:

En el chalet que tenemos alquilado en Cerler, la caldera de gasóleo
del sótano echa humo negro por la rejilla de abajo cada vez que
arranca, y en el sótano huele mucho a gasóleo y a quemado. Hemos
apagado la caldera en el interruptor, cerrado la puerta del sótano y
esta noche nos apañamos con las mantas y la chimenea del salón.

¿Puede venir alguien a revisarla mañana antes de volver a encenderla?

Asunción Moreno"""),
("es", "b71-es-parrilla-gas-llama", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "Parrilla cabaña 5", "technical", "high",
"""Buenas, les aviso que en la cabaña 5 la parrilla a gas del deck tiene
la manguera rajada: anoche al prenderla salió una llamita por la
perilla y por la unión de la manguera. La apagamos enseguida y
cerramos la garrafa. Nosotros estamos bien, la carne la hicimos en el
fogón del vecino, pero alguien la tiene que cambiar antes de que la
use otro.
Saludos, Gustavo"""),
("es", "b71-es-escuela-esqui-vales", "Escuela de Esquí Valle Blanco <info@esquivalleblanco.example>", "Vales de clases", "technical", "high",
"""Buenos días:

Desde el sábado, los clientes que vienen con los vales de clases de
vuestros paquetes no aparecen en el validador: el código sale como
"no encontrado". Tenemos a doce monitores esperando en el punto de
encuentro, las familias enfadadas en la taquilla y estamos dando las
clases fiándonos de la palabra de cada uno, sin saber cuáles nos vais
a pagar. Este fin de semana hay 180 alumnos reservados por vosotros.

Llamad al 974 555 310 en cuanto lo veáis, por favor.

Marisa Lacasa
Escuela de Esquí Valle Blanco, Formigal"""),
("es", "b71-es-concentrador-oxigeno-corte-luz", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Cabaña 3 sin luz - mi papá usa oxígeno", "technical", "high",
"""Buenas noches,

Mi papá tiene 86 años y está alojado en la cabaña 3 de su complejo en
Pucón. Usa un concentrador de oxígeno en la noche. Desde las 7 de la
tarde la cabaña está sin luz: saltó algo en el tablero y al subir la
palanca vuelve a saltar. Las cabañas de al lado sí tienen luz. La
batería del equipo portátil le dura unas cuatro horas.

Por favor que alguien vaya ahora, no mañana. En recepción no contestan.

Rodrigo Fuentes
+56 9 5555 4412"""),
("es", "b71-es-vitro-error", "Marta Ibáñez <marta.ibanez@example.es>", "Vitrocerámica", "technical", "",
"""Hola, en el apartamento de Cangas de Onís la vitro no enciende, sale
una "F" parpadeando en todos los fuegos. La hemos desenchufado del
diferencial un rato y nada. De momento cenamos fuera, pero si alguien
pudiera pasar mañana...
Marta"""),
("es", "b71-es-pulsera-puerta", "Héctor Salinas <hector.salinas@example.com.mx>", "Pulsera", "technical", "",
"""Buenas tardes, la pulsera del todo incluido ya no abre la puerta de
la habitacion 1107, parpadea rojo. En recepcion me la reactivaron dos
veces y a las pocas horas otra vez lo mismo. La de mi esposa funciona
bien. Nos quedan 4 noches.
Gracias, Hector"""),
("es", "b71-es-urgente-bono-404", "Irene Castillo <irene.castillo@example.es>", "URGENTE!!!!!", "technical", "",
"""URGENTE!!! No puedo descargar el bono del hotel de Sóller, al pinchar
en "Descargar bono" me sale "Error 404 página no encontrada". Lo he
intentado desde el móvil y el ordenador. Nos vamos dentro de tres
semanas y quiero tenerlo ya impreso, que me conozco.
Irene"""),
("es", "b71-es-porton-no-abre", "Lorena Giménez <lorena.gimenez@example.com.ar>", "Portón", "technical", "",
"""Hola, el control que nos dieron para el portón del complejo en Punta
del Este no abre, ni de cerca. Le cambiamos la pila en un kiosco y
sigue igual. Cada vez que salimos con el auto tenemos que llamar al
de seguridad. Nos pueden dar otro?
Lorena, depto 4"""),
("es", "b71-es-cisterna-pierde", "Andrés Navarro <andres.navarro@example.es>", "Cisterna", "technical", "",
"""Buenas:

En la villa de Marbella la cisterna del baño de arriba no para de
correr agua, día y noche. He levantado la tapa y el flotador parece
que no cierra. Hemos cerrado la llave de paso de ese baño y usamos el
de abajo.

Andrés Navarro"""),
("es", "b71-es-nevera-tercera-visita-responsable", "Concepción Peña <concha.pena@example.es>", "Tercera vez - quiero hablar con un responsable", "technical", "high",
"""Buenas tardes:

En la autocaravana que les alquilamos para dos semanas la nevera dejó
de enfriar el segundo día. Su técnico de Burgos vino el martes, la de
León el jueves, y hoy otro en Oviedo. Los tres dicen que ya está. Sigue
sin enfriar. Llevamos una semana tirando comida y comprando hielo.

Quiero que me llame un responsable, no el teléfono de asistencia, y
que nos den una solución de verdad antes de que sigamos ruta el lunes.

Concepción Peña
Contrato AC-20981"""),
("es", "b71-es-certificado-seguro-visa", "Julián Cárdenas <julian.cardenas@example.co>", "No se genera el certificado", "technical", "",
"""Buenas tardes,

Compré el seguro de viaje para mi viaje a España y necesito el
certificado para la cita de la visa el jueves. En la app, cuando le doy
a "Generar certificado Schengen", sale un círculo que gira unos minutos
y luego "Error inesperado". En la página web pasa lo mismo. Ya cerré
sesión y volví a entrar.

¿Me lo pueden enviar por correo?

Julián Cárdenas
Bogotá"""),
("es", "b71-es-forfait-no-valida", "Pablo Ortega <pablo.ortega@example.es>", "Forfait", "technical", "",
"""Hola, compré los forfaits de 3 días online con el paquete y los cargué
en las tarjetas en la máquina del parking, pero en los tornos de
Formigal la mía da luz roja. La de mi mujer funciona. En taquilla me
dicen que escriba a la agencia. ¿Qué hago mañana?
Pablo"""),
("es", "b71-es-cocinero-celiaca-gracias", "Encarnación López <encarna.lopez@example.es>", "Muchísimas gracias", "general", "",
"""Buenos días:

Quería dar las gracias al equipo de cocina del barco, y en especial a
Ramón, el jefe de sala del restaurante Neptuno. Mi hija es celíaca y
los años anteriores viajar era un suplicio. Esta vez cada noche le
tenían preparado su pan, su postre, y le explicaban plato por plato.
Es la primera vez que la he visto disfrutar de unas vacaciones sin
miedo.

Un abrazo,
Encarna"""),
("es", "b71-es-mate-olvidado-iguazu", "Julieta Paz <julieta.paz@example.com.ar>", "Objeto olvidado", "general", "",
"""Hola! Volvimos ayer del paquete a Iguazú y me olvidé en la habitación
304 del hotel el mate con la bombilla de plata que era de mi abuelo.
Para ustedes no vale nada pero para mí muchísimo. ¿Pueden preguntarle
al hotel si lo tienen y cómo hago para que me lo manden a Córdoba?
Gracias, Julieta"""),
("es", "b71-es-horario-agosto-sin-tildes", "Rosa Mendez <rosa.mendez@example.es>", "Horario", "general", "",
"""Hola, la oficina de Jaen abre en agosto? Queria pasarme a preguntar
por los viajes del Imserso. Gracias"""),
("es", "b71-es-corregir-apellido-perfil", "Ricardo Luna <ricardo.luna@example.com.mx>", "Error en mi nombre", "general", "",
"""Buenas tardes,

En mi perfil de cliente mi segundo apellido aparece como "Ibarr" en
lugar de "Ibarra". Me preocupa que salga así en los documentos del
tour a Oaxaca de noviembre. ¿Lo pueden corregir? Ricardo Luna Ibarra,
reserva OX-4471.

Gracias"""),
("es", "b71-es-foto-catalogo-sin-permiso", "Beatriz Serrano <beatriz.serrano@example.es>", "Mi foto en su catálogo", "general", "",
"""Estimados señores:

En el catálogo de circuitos de este año, página 34, aparece una foto
en la que salimos mi marido, mis dos hijos y yo en Petra, durante el
viaje que hicimos con ustedes. Nadie nos pidió permiso. No queremos
que nuestra imagen, y menos la de los niños, se use en publicidad.

Les pido que la retiren de la web y de futuras ediciones, y que me
confirmen qué otras fotos nuestras tienen guardadas.

Beatriz Serrano Molina"""),
("es", "b71-es-comentario-racista-encargado", "Youssef El Amrani <youssef.elamrani@example.es>", "Trato recibido en su oficina de Granada", "general", "high",
"""Buenas tardes:

El martes fui a su oficina de la calle Recogidas a preguntar por un
viaje a Estambul para mi familia. El empleado que me atendió, antes de
decirme ningún precio, me preguntó si "iba a pagar de verdad o solo
venía a mirar", y cuando le dije que quería pagar con tarjeta comentó
con su compañera, sin bajar la voz, que "estos siempre piden rebaja".
Me fui sin reservar.

Quiero que esto lo lea el encargado de la oficina o alguien por
encima, y que me llamen. 633 555 842.

Youssef El Amrani"""),
("es", "b71-es-puente-tabla-podrida", "Paola Sánchez <paola.sanchez@example.com.mx>", "Puente de madera junto a la laguna", "general", "high",
"""Hola, les aviso que en el puentecito de madera que cruza la laguna,
camino al restaurante de la playa, hay una tabla podrida. Esta mañana a
un señor se le metió la pierna hasta la rodilla y se raspó feo. Le
pusimos una silla encima al hueco y le avisé al de mantenimiento,
pero en la noche no se ve nada y pasa mucha gente con niños.
Paola (habitación 214)"""),
("es", "b71-es-practicas-fp-turismo", "Cristina Navas <cristina.navas@example.es>", "Prácticas FP", "general", "",
"""Hola:

Soy alumna de segundo del ciclo de Agencias de Viajes en el IES Los
Álamos de Murcia. Tengo que hacer las prácticas en empresa entre marzo
y junio y me encantaría hacerlas en vuestra oficina de Gran Vía. ¿Con
quién tendría que hablar? Puedo mandar el currículum.

Gracias,
Cristina"""),
("es", "b71-es-medico-cerca-complejo", "Agustina Romero <agustina.romero@example.com.ar>", "Consulta antes de viajar", "general", "",
"""Hola, en marzo vamos a las cabañas de Mar de las Pampas con mi papá
que es diabético. ¿Hay algún médico o guardia cerca, y alguna farmacia
de turno en la zona? Para quedarnos tranquilos. Gracias!"""),
("es", "b71-es-re-hora-salida-maleta", "Emilio Crespo <emilio.crespo@example.es>", "Re: Documentación de su viaje - Circuito Andalucía", "general", "",
"""Gracias. Dos dudas: ¿a qué hora hay que estar en la plaza de Castilla
el día de salida? En el papel pone la salida a las 7:30 pero no dice
la hora de presentación. Y ¿se puede llevar una maleta grande cada uno
o solo de cabina?

Emilio

> El 22/5, Departamento de Circuitos escribió:
> Estimado Sr. Crespo:
> Le adjuntamos la documentación de su circuito por Andalucía del 9 al
> 15 de junio: itinerario, hoteles y teléfono del guía. Le deseamos un
> feliz viaje."""),
("es", "b71-es-feria-turismo-stand", "Patricio Araya <patricio.araya@example.cl>", "Feria", "general", "",
"""Buenas tardes, van a tener stand en la feria de turismo de Santiago
este mes? Me gustaria pasar a conversar de los viajes al sur con
alguien en persona.
Patricio Araya"""),
("es", "b71-es-forfaits-conserjeria", "David Romero <david.romero@example.es>", "Envío de los forfaits", "general", "",
"""Hola, cuando mandéis por mensajería las tarjetas de los forfaits y la
documentación, dejadlas por favor en la conserjería del edificio
(Avenida de Cervantes 14), que por las mañanas no hay nadie en casa.
Gracias, David"""),
("es", "b71-es-espectaculo-bomba-gracias", "Carlos Benítez <carlos.benitez@example.es>", "¡Gracias!", "general", "",
"""Acabamos de volver del crucero por los fiordos. El espectáculo del
teatro fue una bomba, mi suegra casi se muere de risa con el mago y los
críos no querían bajarse del barco. Gracias a todos, el año que viene
repetimos.
Carlos y familia"""),
# ---------------- Polish ----------------
("pl", "b71-pl-oplata-klimatyczna-dwa-razy", "Tomasz Wróblewski <tomasz.wroblewski@example.pl>", "Rachunek za domek 7", "billing", "",
"""Dzień dobry,

wróciliśmy w sobotę z tygodnia w domku nr 7 w Jastarni. Przeglądając
rachunek zauważyłem, że opłata miejscowa jest doliczona dwa razy: raz
w cenie pobytu (jest w potwierdzeniu rezerwacji, 4 osoby x 7 dni) i
drugi raz osobno na końcu, 67,20 zł. Zapłaciłem kartą przy wyjeździe,
bo się spieszyliśmy na pociąg.

Proszę o zwrot tej drugiej kwoty na konto, z którego płaciłem.

Pozdrawiam
Tomasz Wróblewski"""),
("pl", "b71-pl-zaliczka-solina-rezygnacja", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Rezygnacja - domek nad Soliną", "billing", "",
"""Dzień dobry,

w lutym wpłaciłam zaliczkę 600 zł za domek nad Soliną na 2-9 sierpnia.
Niestety musimy zrezygnować, mąż nie dostał urlopu. Wasz regulamin
mówi, że przy rezygnacji ponad 30 dni przed przyjazdem zaliczka jest
zwracana w całości, a dziś jest 24 czerwca. Numer rezerwacji SOL-1187.
Proszę o informację, kiedy mogę się spodziewać zwrotu.

Agnieszka Pawlak"""),
("pl", "b71-pl-raty-turcja-bez-ogonkow", "Marcin Kubiak <marcin.kubiak@example.pl>", "raty", "billing", "",
"""Dzien dobry, chcemy kupic wczasy w Alanyi na wrzesien, 2 dorosle + 2
dzieci, wychodzi 11 480 zl. Czy da sie to rozlozyc na raty 0%? Na ile
maksymalnie i czy trzeba wplacic cos na start? Zarabiam na umowie
zlecenie, czy to problem?
Marcin"""),
("pl", "b71-pl-ubezpieczenie-narty-austria", "Katarzyna Zielińska <katarzyna.zielinska@example.pl>", "Szkoda nr NW/2024/55813", "billing", "",
"""Dzień dobry,

w lutym złamałam nogę na stoku w Sölden. Leczenie w szpitalu w
Innsbrucku pokryliście bezpośrednio, za co dziękuję, ale zgłosiłam też
koszty, które poniosłam sama: transport na noszach ze stoku (480 EUR),
kule i ortezę (95 EUR) oraz zmianę biletu lotniczego (210 EUR). Wczoraj
dostałam przelew na 1 310 zł bez żadnego rozliczenia.

Proszę o informację, które pozycje zostały uznane, a które nie i
dlaczego.

Katarzyna Zielińska"""),
("pl", "b71-pl-hotel-zamieniony-rzecznik", "Grzegorz Lewandowski <grzegorz.lewandowski@example.pl>", "Reklamacja imprezy turystycznej - Kreta, rez. 7730412", "billing", "high",
"""Szanowni Państwo,

kupiliśmy u Państwa tydzień na Krecie w hotelu pięciogwiazdkowym przy
plaży, 14 200 zł za cztery osoby. Na lotnisku rezydent poinformował
nas, że hotel jest "przebukowany" i zostaliśmy przewiezieni do hotelu
trzygwiazdkowego, 2 km od morza, z basenem nieczynnym przez cały nasz
pobyt. Nikt nie zapytał nas o zgodę.

Zgodnie z ustawą o imprezach turystycznych żądam obniżenia ceny o 40%,
tj. 5 680 zł. Na odpowiedź czekam 14 dni. W przypadku odmowy sprawę
skieruję do Miejskiego Rzecznika Konsumentów, a następnie do sądu.

Z poważaniem
Grzegorz Lewandowski
Gdańsk"""),
("pl", "b71-pl-rejs-odwolany-chargeback", "Pawel Sikora <pawel.sikora@example.pl>", "REJS BORNHOLM", "billing", "high",
"""Dzien dobry
rejs na Bornholm z 15.07 odwolaliscie Wy, nie ja. Zaplacilem 1 160 zl
za 4 osoby karta. Minelo 5 tygodni, zwrotu nie ma, infolinia nie
odbiera, na maile odpowiada automat.
Jezeli do piatku pieniadze nie wroca, skladam w banku reklamacje
transakcji (chargeback) i niech bank sie z Wami rozlicza.
Pawel Sikora"""),
("pl", "b71-pl-dziecko-jako-dorosly-kierownik", "Monika Górecka <monika.gorecka@example.pl>", "Proszę o kontakt kierownika salonu", "billing", "high",
"""Dzień dobry,

kupiłam w Waszym salonie w Lublinie wczasy w Egipcie dla mnie i syna.
Syn ma 11 lat, a w umowie i na fakturze został policzony jako osoba
dorosła - różnica to 2 340 zł. Zwróciłam na to uwagę pani, która
sprzedawała, ale stwierdziła, że "system tak liczy" i że nic nie może
zrobić. Dzwoniłam dwa razy, za każdym razem to samo.

Proszę, żeby skontaktował się ze mną kierownik salonu albo ktoś z
centrali. Nie życzę sobie kolejnej rozmowy z tą samą osobą.

Monika Górecka
tel. 601 555 238"""),
("pl", "b71-pl-nie-zwrot-bon-na-corke", "Halina Borkowska <halina.borkowska@example.pl>", "Bon", "billing", "",
"""Dzień dobry,

mam u Państwa bon na 2 500 zł po odwołanej wycieczce do Portugalii.
Nie chcę zwrotu pieniędzy, chodzi mi o coś innego: ze względu na
zdrowie nie polecę już samolotem, więc chciałabym, żeby bon przejęła
moja córka, Joanna Borkowska-Nowak. Czy to możliwe i co trzeba zrobić?

Z poważaniem
Halina Borkowska"""),
("pl", "b71-pl-klub-wakacje-z-psem-pies-odszedl", "Ewa Majewska <ewa.majewska@example.pl>", "Klub Wakacje z Psem", "billing", "",
"""Dzień dobry,

w zeszłym tygodniu odszedł nasz Bruno, miał 14 lat. Przez pięć lat
jeździliśmy z nim do Waszych ośrodków i był w Klubie Wakacje z Psem
od samego początku. Bez niego nie ma już po co, więc proszę nie
odnawiać rocznej składki 149 zł, która schodzi z karty we wrześniu.

Dziękujemy za wszystkie te wyjazdy.
Ewa i Robert Majewscy"""),
("pl", "b71-pl-re-faktura-nip-integracja", "Biuro <biuro@kovalsoft.example>", "Re: Potwierdzenie - wyjazd integracyjny Szklarska Poręba", "billing", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Proszę o wystawienie faktury VAT na firmę,
nie na mnie prywatnie:

KovalSoft sp. z o.o.
ul. Piotrkowska 112, 90-006 Łódź
NIP 725-000-12-34

Pozdrawiam
Joanna Kowal

> W dniu 12.09 Dział Grup napisał(a):
> Szanowna Pani,
> potwierdzamy rezerwację wyjazdu integracyjnego dla 26 osób do
> Szklarskiej Poręby w dniach 10-12 października. Płatność w kwocie
> 18 460 zł została zaksięgowana."""),
("pl", "b71-pl-pytanie-blik-doplata", "Kuba <kuba.nowicki@example.pl>", "Pytanie", "billing", "",
"""Czesc, czy reszte za obóz windsurfingowy (1 150 zl) moge doplacic
BLIKiem? W panelu widze tylko przelew tradycyjny. Dzieki, Kuba"""),
("pl", "b71-pl-zawieszenie-karty-klubowej-budowa", "Jerzy Wasilewski <jerzy.wasilewski@example.pl>", "Karta klubowa 00318", "billing", "",
"""Dzień dobry,

od lat przyjeżdżamy do Waszego ośrodka w Mielnie i mamy kartę klubową
ze zniżkami, 220 zł rocznie. W tym roku nie przyjedziemy, bo budujemy
dom i każdy grosz idzie w cegły. Czy można kartę zawiesić na rok,
żeby nie pobierać składki w marcu, i wrócić do niej w przyszłym roku
bez utraty stażu?

Pozdrawiam
Jerzy Wasilewski"""),
("pl", "b71-pl-kolonie-wczesniejszy-powrot-zwrot", "Dorota Michalak <dorota.michalak@example.pl>", "Kolonie w Ustce - Zosia Michalak", "billing", "",
"""Dzień dobry,

córka była zapisana na kolonie w Ustce 1-14 lipca (2 450 zł). Piątego
dnia dostała ospy i musieliśmy ją odebrać, kierowniczka kolonii ma to
odnotowane, mam też zaświadczenie od lekarza. Czy przysługuje nam
zwrot za niewykorzystane dni, chociaż za wyżywienie i nocleg?

Dorota Michalak"""),
("pl", "b71-pl-aplikacja-vouchery-po-aktualizacji", "Łukasz Dudek <lukasz.dudek@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, po wczorajszej aktualizacji aplikacji zniknęły mi z niej
vouchery do hotelu i transferu na Zakynthos. Rezerwacja jest
widoczna, ale zakładka "Dokumenty" jest pusta. Wylatujemy w czwartek
z Katowic. Reinstalacja nie pomogła.
Łukasz"""),
("pl", "b71-pl-nie-platnosc-logowanie-google", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry,

od razu zaznaczę, że to nie jest reklamacja płatności ani rezerwacji,
wszystko jest opłacone. Nie mogę się zalogować na swoje konto: wybieram
"Zaloguj przez Google", wybieram konto i wyskakuje "Błąd 400:
redirect_uri_mismatch". Przez e-mail i hasło też nie wejdę, bo konto
zakładałam przez Google.

Natalia Kowalczyk"""),
("pl", "b71-pl-junkers-zolty-plomien", "Andrzej Mazur <andrzej.mazur@example.pl>", "Apartament Gubałówka 3", "technical", "high",
"""Dzień dobry,

w apartamencie Gubałówka 3 w Zakopanem gazowy podgrzewacz wody w
łazience pali się żółtym, kopcącym płomieniem, a obudowa od góry jest
czarna od sadzy. Po kąpieli dzieci żona miała ból głowy. Zakręciliśmy
gaz przy podgrzewaczu i otwieramy okno, myjemy się zimną wodą.

Proszę o przysłanie kogoś do sprawdzenia, zanim znów go włączymy.

Andrzej Mazur"""),
("pl", "b71-pl-sauna-kabel-nadtopiony", "Beata Krawczyk <beata.krawczyk@example.pl>", "sauna w domku", "technical", "high",
"""Dzień dobry, w domku "Sosna" nad Wigrami przy saunie przewód od pieca
jest w jednym miejscu nadtopiony, izolacja zrobiła się miękka i czuć
było spaleniznę po godzinie grzania. Wyłączyliśmy bezpiecznik od
sauny i nie używamy. Nic się nie stało, ale ktoś to musi wymienić.
Beata"""),
("pl", "b71-pl-przewoznik-listy-pasazerow", "Dyspozytornia TransKom <dyspozytornia@transkom-bus.example>", "Wyjazdy autokarowe dziś rano", "technical", "high",
"""Dzień dobry,

od 5 rano żaden z naszych kierowców nie może pobrać listy pasażerów w
Waszej aplikacji dla przewoźników - po zalogowaniu kręci się kółko i
wyrzuca. Bez listy nie możemy wpuścić ludzi do autokarów. Na
przystankach w Katowicach, Krakowie i Rzeszowie stoi ponad 300 osób na
wyjazd do Chorwacji, sześć autokarów czeka z włączonymi silnikami, a
kierowcy mają ograniczony czas pracy.

Proszę o pilny telefon na dyspozytornię: 32 555 41 80.

Adam Rogalski
TransKom"""),
("pl", "b71-pl-winda-dializa", "Stanisław Jasiński <stanislaw.jasinski@example.pl>", "Winda w hotelu - żona na wózku", "technical", "high",
"""Dzień dobry,

jesteśmy z żoną na Waszej wycieczce w Budapeszcie, hotel Duna, pokój
712. Winda nie działa od wczoraj wieczorem. Żona porusza się na wózku
i jest dializowana - jutro o 7:00 ma dializę w klinice, którą Państwo
dla nas umówili. Z siódmego piętra sama nie zejdzie, a w recepcji
mówią tylko, że "technik przyjdzie w poniedziałek".

Proszę o pilne rozwiązanie: naprawę windy albo przeniesienie nas na
parter jeszcze dziś.

Stanisław Jasiński
+48 605 555 917"""),
("pl", "b71-pl-ciepla-woda-trzeci-raz-kierownik", "Iwona Sadowska <iwona.sadowska@example.pl>", "Trzecie zgłoszenie - brak ciepłej wody, domek 12", "technical", "high",
"""Dzień dobry,

trzeci raz zgłaszam, że w domku 12 w Mikołajkach nie ma ciepłej wody.
W poniedziałek konserwator "coś przestawił" w bojlerze, w środę
wymienił jakąś część, dziś znowu lodowata woda. Jesteśmy z dwójką
małych dzieci, kąpiemy je w misce z wodą z czajnika.

Żądam kontaktu z kierownikiem ośrodka, nie z recepcją, i konkretnej
informacji, kiedy to zostanie naprawione albo kiedy dostaniemy inny
domek.

Iwona Sadowska"""),
("pl", "b71-pl-wifi-tylko-recepcja", "Rafał Ostrowski <rafal.ostrowski@example.pl>", "wifi", "technical", "",
"""Hej, w ośrodku w Mikołajkach wifi działa tylko przy recepcji, w
domkach od strony jeziora (my mamy 21) pokazuje jedną kreskę i nic się
nie ładuje. W opisie oferty było "wifi w całym ośrodku". Da się coś z
tym zrobić?
Rafał"""),
("pl", "b71-pl-pilne-miejsca-autokar", "Sylwia Baran <sylwia.baran@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Próbuję w aplikacji wybrać miejsca w autokarze na wycieczkę
do Wiednia i przy kliknięciu "Zapisz" wyskakuje "Coś poszło nie tak".
Chcę siedzieć z przodu, bo mam chorobę lokomocyjną. Wyjazd za 3
tygodnie.
Sylwia"""),
("pl", "b71-pl-zmywarka-nie-grzeje", "Janusz Pietrzak <janusz.pietrzak@example.pl>", "Apartament 14, Kołobrzeg", "technical", "",
"""Dzień dobry, zmywarka w apartamencie 14 myje zimną wodą, naczynia są
tłuste po całym programie. Program 65 stopni, tabletka się rozpuszcza,
ale woda jest zimna. Proszę o sprawdzenie przy okazji.
Janusz Pietrzak"""),
("pl", "b71-pl-ladowarka-ev-nie-startuje", "Michał Czarnecki <michal.czarnecki@example.pl>", "Ładowarka na parkingu", "technical", "",
"""Dzień dobry,

ładowarka do samochodów elektrycznych na parkingu ośrodka w
Karpaczu nie rusza - po przyłożeniu karty z recepcji świeci się na
czerwono i wyświetla "Fault 05". Próbowałem na obu gniazdach. W
ofercie było ładowanie w cenie pobytu, a najbliższa inna ładowarka
jest w Jeleniej Górze.

Michał Czarnecki"""),
("pl", "b71-pl-formularz-kolonie-bez-ogonkow", "Renata Wojcik <renata.wojcik@example.pl>", "Formularz zapisu", "technical", "",
"""Dzien dobry, probuje zapisac syna na kolonie w Bieszczadach przez
formularz na stronie i na kroku "Dane uczestnika" po wpisaniu PESEL-u
strona sie zawiesza, przycisk "Dalej" nic nie robi. Probowalam na
telefonie i na komputerze. Czy moge zapisac go jakos inaczej?
Renata Wojcik"""),
("pl", "b71-pl-rower-elektryczny-e21", "Piotr Zając <piotr.zajac@example.pl>", "Rower z pakietu", "technical", "",
"""Dzień dobry, rower elektryczny, który dostaliśmy w pakiecie
"Aktywne Mazury", od wczoraj nie wspomaga - na wyświetlaczu pokazuje
E21. Bateria naładowana. Da się go wymienić albo naprawić, zanim
skończy się nasz pobyt w niedzielę?
Piotr"""),
("pl", "b71-pl-podziekowanie-rezydentka", "Barbara Woźniak <barbara.wozniak@example.pl>", "Podziękowanie dla pani Oli", "general", "",
"""Szanowni Państwo,

chciałabym serdecznie podziękować rezydentce w Hurghadzie, pani
Aleksandrze. Mój mąż trafił na trzeci dzień pobytu do szpitala z
odwodnieniem. Pani Ola pojechała z nami, tłumaczyła wszystko lekarzom,
odwiedzała go codziennie i pilnowała, żebyśmy nie zostali sami. Dzięki
niej ten trudny tydzień dało się przeżyć.

Z wyrazami wdzięczności
Barbara Woźniak"""),
("pl", "b71-pl-aparat-ortodontyczny-kolonie", "Magdalena Grabowska <magdalena.grabowska@example.pl>", "Zguba z kolonii", "general", "",
"""Dzień dobry,

syn wrócił z kolonii w Ustce (turnus 2) bez aparatu ortodontycznego,
zostawił go w niebieskim pudełku prawdopodobnie w pokoju 8 albo w
łazience. Aparat kosztował sporo, a bez niego leczenie się cofa. Czy
ktoś go znalazł? Mogę zapłacić za wysyłkę.

Magdalena Grabowska"""),
("pl", "b71-pl-godziny-wigilia", "Zofia Kaczmarek <zofia.kaczmarek@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy salon w Galerii Mokotów będzie otwarty w Wigilię i
do której? Chciałabym kupić mamie voucher na prezent, ale przyjść
osobiście."""),
("pl", "b71-pl-zmiana-nazwiska-slub", "Aleksandra Nowak-Zawadzka <aleksandra.nz@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

w czerwcu wyszłam za mąż i zmieniłam nazwisko z Zawadzka na
Nowak-Zawadzka. Mam już nowy dowód i paszport. Proszę o zmianę danych
na moim koncie i w rezerwacji wycieczki do Gruzji we wrześniu
(GE-30218), żeby zgadzały się z paszportem.

Aleksandra Nowak-Zawadzka"""),
("pl", "b71-pl-rodo-telefony-marketing", "Krzysztof Lis <krzysztof.lis@example.pl>", "Telefony", "general", "",
"""Dzien dobry,
od miesiaca dzwonia do mnie od Was z "last minute" czasem 3 razy
dziennie. Nigdy u Was nic nie kupowalem. Prosze o informacje skad
macie moj numer (RODO, art. 15) i o usuniecie go z bazy. Sprzeciwiam
sie marketingowi telefonicznemu.
Krzysztof Lis"""),
("pl", "b71-pl-pilot-pod-wplywem-przelozony", "Wojciech Kamiński <wojciech.kaminski@example.pl>", "Skarga na pilota wycieczki do Rzymu", "general", "high",
"""Szanowni Państwo,

na objazdówce po Włoszech (Rzym - Florencja, 5-11 maja) nasz pilot,
pan Dariusz, trzeciego dnia pojawił się na zbiórce wyraźnie pod
wpływem alkoholu, mylił godziny, a w Watykanie zgubił pół grupy i
odszedł, bo "dorośli sobie poradzą". Dwie starsze panie z naszej grupy
wróciły do hotelu same taksówką po dwóch godzinach.

Żądam, żeby sprawą zajął się przełożony pilota lub dyrektor działu
wycieczek i żeby ktoś się ze mną skontaktował telefonicznie.

Wojciech Kamiński
tel. 502 555 671"""),
("pl", "b71-pl-schody-na-plaze", "Joanna Szewczyk <joanna.szewczyk@example.pl>", "Zejście na plażę", "general", "high",
"""Dzień dobry,

chciałam zgłosić, że na drewnianym zejściu z ośrodka na plażę w
Dębkach poręcz jest urwana na całym dolnym odcinku, a dwa ostatnie
stopnie się obsunęły i stoją krzywo. Wczoraj starszy pan z sąsiedniego
domku tam upadł, skończyło się na otartym kolanie, ale następnym razem
może być gorzej. Zgłosiłam w recepcji w poniedziałek i nic się nie
zmieniło.

Joanna Szewczyk, domek 5"""),
("pl", "b71-pl-sponsoring-turniej-siatkowki", "Stowarzyszenie Plaża Łeba <kontakt@plazaleba.example>", "Turniej siatkówki plażowej", "general", "",
"""Dzień dobry,

organizujemy w sierpniu amatorski turniej siatkówki plażowej w Łebie
(ok. 40 drużyn). Szukamy sponsora nagród i pomyśleliśmy o Państwa
ośrodku, który jest tuż przy plaży. W zamian oferujemy logo na
banerach, koszulkach sędziów i w mediach społecznościowych.

Pozdrawiamy
Kamil Rutkowski"""),
("pl", "b71-pl-lozeczko-niemowle", "Paulina Adamczyk <paulina.adamczyk@example.pl>", "Pytanie o łóżeczko", "general", "",
"""Dzień dobry, przyjeżdżamy w lipcu do domku w Pobierowie z 8-miesięczną
córką. Czy w domkach są łóżeczka turystyczne i krzesełka do karmienia,
czy lepiej wziąć swoje?
Paulina"""),
("pl", "b71-pl-re-zgoda-dziadkowie", "Teresa Jankowska <teresa.jankowska@example.pl>", "Re: Potwierdzenie rezerwacji - Chorwacja, Makarska", "general", "",
"""Dziękuję. Jeszcze jedno pytanie: z wnukiem (10 lat) jedziemy tylko my,
dziadkowie, bez rodziców. Jakie dokumenty musimy mieć - wystarczy
zgoda rodziców napisana odręcznie, czy musi być u notariusza? I czy
wnuk może jechać na dowodzie?

Teresa Jankowska

> W dniu 3.04 Dział Rezerwacji napisał(a):
> Szanowna Pani,
> potwierdzamy rezerwację wyjazdu autokarowego do Makarskiej w dniach
> 28.06-07.07 dla 3 osób (2 dorosłych, 1 dziecko)."""),
("pl", "b71-pl-wieczorek-seniorow-muzyka", "Henryk Walczak <henryk.walczak@example.pl>", "Wieczorek", "general", "",
"""Dzień dobry,

jesteśmy grupą z Klubu Seniora "Złota Jesień" z Radomia, przyjeżdżamy
do Państwa do Wisły we wrześniu. Czy w ośrodku można zorganizować
jeden wieczór taneczny w świetlicy? Mamy swojego akordeonistę, pana
Zbyszka, więc muzyka będzie nasza.

Z poważaniem
Henryk Walczak"""),
("pl", "b71-pl-paczka-paczkomat", "Kinga Wieczorek <kinga.wieczorek@example.pl>", "Wysyłka pakietu kolonijnego", "general", "",
"""Dzien dobry, pakiet startowy na kolonie (koszulka, identyfikator) prosze
wyslac do paczkomatu WAW21M na Ursynowie, a nie na adres domowy, bo w
dzien nikogo nie ma. Kinga Wieczorek, uczestnik Filip Wieczorek"""),
("pl", "b71-pl-zabojcze-jedzenie-dzieki", "Marek Olszewski <marek.olszewski@example.pl>", "Dzięki!", "general", "",
"""Wróciliśmy z ośrodka w Karwi. Dzieciaki padły zabite, bo animatorzy
to petarda, jedzenie było zabójcze, a wieczór z ogniskiem to była
bomba. Dzięki dla całej ekipy, za rok znowu!
Marek z rodziną"""),
("pl", "b71-pl-recepcjonistka-niemila", "Elżbieta Domańska <elzbieta.domanska@example.pl>", "Uwaga do obsługi recepcji", "general", "",
"""Dzień dobry,

chciałabym zwrócić uwagę na zachowanie pani z recepcji w ośrodku w
Międzyzdrojach (zmiana wieczorna, 12 sierpnia). Zapytałam tylko o
godziny śniadań, a usłyszałam, że "wszystko jest na kartce w pokoju"
i pani odwróciła się do telefonu. Poza tym pobyt był bardzo udany,
dlatego piszę bez złości, ale myślę, że warto o tym wiedzieć.

Elżbieta Domańska"""),
]
