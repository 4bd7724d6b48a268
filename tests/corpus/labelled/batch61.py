# batch61.py -- labelled test mails for the helpdesk classifier,
# held out of the tree until the rules it measures are final.
# Nothing is tuned or trained on them.  Kinds of business drawn on:
# household supplies -- refill shops, cleaning product subscriptions, nappy and wipes delivery,
# bottled water delivery, gas bottle delivery, laundry detergent boxes and
# toilet paper subscriptions.  Covers escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing (or something else), replies quoting an earlier mail, plans
# ended or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise, payment questions and
# everyday mail of all three queues, in English, Greek (with Greeklish),
# Spanish and Polish.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b61-refill-jar-weighed-in", "Harriet Lowe <harriet.lowe@example.co.uk>", "Charged for my own jar?", "billing", "",
"""Hi there,

I popped into your refill shop on Gloucester Road on Saturday and filled
my big Kilner jar with oats and another with lentils. Looking at the
receipt at home, the oats came to 640g and there's no way - the jar
alone weighs about 400g empty. I think the lad at the till forgot to
take the jar weight off. It's only a couple of pounds but it adds up if
it happens every week.

Is there a way you can check and sort it? Receipt number is 0412-22871.

Thanks,
Harriet"""),
("en", "b61-nappies-dry-nights", "Kieran Walsh <kieran.walsh@example.ie>", "Big news in our house", "billing", "",
"""Hi folks,

Our Saoirse has been dry day AND night for three weeks now, so we're
officially done with nappies! Could you stop the monthly box please,
the next one is due on the 14th and it's 38.50 we won't be needing.

Any wipes we have left will do us for a while.

Cheers,
Kieran"""),
("en", "b61-water-bottle-deposits-missing", "Rob Ashworth <rob.ashworth@example.co.uk>", "Empty bottles collected", "billing", "",
"""Hello,

Your driver took away four empty 19 litre bottles on Tuesday 3rd when he
dropped off our last delivery (we've closed our account). The agreement
says the deposit is 7.00 per bottle, so I'm expecting 28.00 back, but
nothing has come through to my card yet and the final statement doesn't
mention it.

Could you confirm when it will be refunded?

Rob Ashworth
Account 55-10482"""),
("en", "b61-loo-roll-charged-twice", "Deb Kowalczyk <deb.k@example.com>", "Hello", "billing", "",
"""hi, just checked my bank app and the toilet paper box has gone out
twice today, $34.99 and $34.99 again, 4 minutes apart. only one box
showing in my account on your site. can you put one back please"""),
("en", "b61-on-the-mains-now", "Gwen Pritchard <gwen.pritchard@example.co.uk>", "We're on the mains at last", "billing", "",
"""Dear Sir or Madam,

After twenty-odd years on bottled gas, the village has finally been
connected to mains gas and our new boiler went in last week. So we
shan't be needing the 47kg propane cylinders any more.

Please could you arrange to collect the two cylinders from the side of
the house, stop the automatic deliveries, and let me know how the
cylinder rental we've been paying each year is settled - I believe
some of it was paid in advance in January.

With thanks,
Gwen Pritchard
Ty Newydd, Llanfair Road, Ruthin"""),
("en", "b61-welcome-code-not-working", "Tasha Greene <tasha.greene@example.com>", "Question", "billing", "",
"""Hey, the card in my first laundry box says I get 20% off the second
box with code FRESH20 but when I enter it at checkout it just says
"code not valid for this product". I'm buying the same non-bio box as
before. Am I doing something wrong or has it expired?"""),
("en", "b61-cafe-vat-invoice", "Orla Byrne <accounts@thelittlekettle.example>", "VAT invoices please", "billing", "",
"""Hi,

We run a small café in Galway and have been ordering our washing-up
liquid, sanitiser and hand soap from you since the spring. The emails
you send are order confirmations only. Our accountant needs proper VAT
invoices with your VAT number and ours (IE 9876543T) for the last six
orders, and going forward.

Is that something you can do? The business name is The Little Kettle
Ltd.

Many thanks,
Orla Byrne
The Little Kettle, Quay Street, Galway"""),
("en", "b61-upi-autopay-water", "Ramesh Iyer <ramesh.iyer@example.in>", "Payment mode for water cans", "billing", "",
"""Dear Team,

I am getting 20 litre water cans delivered to our flat in Whitefield,
Bangalore every Monday and Thursday and presently paying the delivery
boy cash, Rs 90 per can. Kindly inform whether monthly payment through
UPI autopay is possible instead, since many times I am not at home and
my mother has to keep change ready.

Also please let me know if there is any discount for paying monthly in
advance.

Regards,
Ramesh Iyer"""),
("en", "b61-bali-six-weeks", "Jess Mahony <jess.mahony@example.com.au>", "off to Bali!", "billing", "",
"""G'day,

We're heading to Bali for six weeks from the 2nd of next month, so no
point having the cleaning box land on the doorstep while we're gone.
Can you hold off the next two deliveries and start again mid-July? I
don't want to cancel, we love the stuff, just don't want to pay for it
while we're away.

Ta,
Jess (Coogee)"""),
("en", "b61-re-return-unopened-wipes", "Anjali Mehta <anjali.mehta@example.co.uk>", "Re: Your return request R-3318", "billing", "",
"""Thanks, I've sent the six packs back today, tracked, reference
JD0002219934. Just so I understand - will I get the full 21.60 back or
only the price of five packs because of the multibuy? The email below
doesn't say.

Anjali

-----Original Message-----
From: Returns Team <returns@example-littlesprouts.co.uk>
Sent: 09 May 2024 11:02
To: Anjali Mehta
Subject: Your return request R-3318

Dear Anjali,

Your return request R-3318 for 6 x Sensitive Water Wipes (multibuy)
has been approved. Please send the items back unopened within 14 days
using the label attached.

Kind regards,
Little Sprouts Returns Team"""),
("en", "b61-mum-no-longer-with-us", "Patricia Doherty <pat.doherty@example.co.uk>", "Mrs Eileen Doherty - account", "billing", "",
"""Dear Sirs,

I am writing on behalf of my mother, Mrs Eileen Doherty, who sadly
passed away on 2nd March. She had a standing order with you for toilet
rolls and kitchen towels every eight weeks, paid by direct debit.

Please would you cancel this and make sure no further payments are
taken. If a payment has gone out since the date of her death, I would
be grateful if it could be returned to her account, as the bank has
asked me to keep things tidy for probate.

I can send a copy of the death certificate if needed.

Yours faithfully,
Patricia Doherty (daughter)"""),
("en", "b61-cancelled-still-charged-bank", "Liam Fletcher <liam.fletcher@example.com>", "THIRD payment since I cancelled", "billing", "high",
"""I cancelled my cleaning subscription on 28 February. I have the
confirmation email, it says "your subscription has been cancelled and
you will not be charged again".

You have since taken 24.99 on 5 March, 5 April and now 5 May. I've
emailed twice and had the same copy-paste reply both times.

I've now raised a dispute with my bank for all three payments and
they've told me to let you know. If you want to avoid that, refund the
74.97 before Friday.

Liam Fletcher"""),
("en", "b61-nappy-refund-want-manager", "Sinead Kavanagh <sinead.kavanagh@example.ie>", "Order 20518", "billing", "high",
"""This is the fourth time I'm writing about this.

My nappy and wipes order 20518 (EUR 52.40) never arrived. On the 12th
someone on your chat told me a full refund would be on my card in 3-5
working days. It's now the 2nd of the following month and there's
nothing. Every time I contact you I get a different person who has to
start from the beginning.

I want this passed to a manager or team leader today, someone who can
actually look at my account and get the money back to me. I'm not
explaining it again to another agent.

Sinead Kavanagh"""),
("en", "b61-annual-plan-small-claims", "Vernon Achebe <vernon.achebe@example.co.uk>", "Renewal at 40% more - formal complaint", "billing", "high",
"""Dear Customer Services,

My annual water cooler plan renewed on 1 June at 312.00, against 222.00
last year. I received no renewal notice and no warning of any price
increase; I only found out when my business account was debited.

Your own terms (section 6.2) say you will give 30 days' written notice
of any change in price. You did not.

I require you to either refund the difference of 90.00 or cancel the
renewal and refund it in full. If I do not receive a satisfactory
answer within 14 days I will be issuing a claim through the small
claims court without further notice.

Yours faithfully,
Vernon Achebe
Achebe & Co Chartered Surveyors"""),
("en", "b61-cooler-puddle", "Margaret Sloan <margaret.sloan@example.co.uk>", "Water cooler", "technical", "",
"""Hello,

The water cooler you put in for us about a month ago has started
leaving a small puddle underneath it every morning. Not a lot, maybe a
mugful, but it's on a wooden floor. The bottle is on properly and
there's no crack in it that I can see. It seems to come from the back
somewhere.

Could someone take a look please?

Margaret Sloan"""),
("en", "b61-app-logs-out-not-billing", "Dan Whitaker <dan.whitaker@example.com>", "App", "technical", "",
"""Before anyone sends me to the billing team - this is NOT about a
payment, my payments are fine.

The app logs me out every single time I close it. I put my email and
password in, change my delivery date, close the app, open it again ten
minutes later and I'm back at the login screen. iPhone 13, latest iOS,
app updated yesterday. Deleted and reinstalled, same thing."""),
("en", "b61-soap-pump-jammed", "Nisha Rao <nisha.rao@example.com>", "Refill pump", "technical", "",
"""Hi, I bought one of your glass refill bottles with the steel pump top
for the washing up liquid. After two weeks the pump has stopped
springing back up, you press it and it stays down and nothing comes
out. Rinsed it in warm water like the card says. Is there a knack to
it?"""),
("en", "b61-reset-link-never-comes", "Frank Delaney <frank.delaney@example.com>", "cant get in", "technical", "",
"""I forgot my password and pressed the reset link about 6 times now.
No email. Checked spam, checked junk, checked the "promotions" tab my
grandson told me about. Nothing. The email is this one I am writing
from.

Frank"""),
("en", "b61-cooler-hot-tap-lukewarm", "Hollie Barnes <hollie.barnes@example.co.uk>", "Hot tap", "technical", "",
"""Morning,

The hot tap on our office water dispenser only gives lukewarm water
now, not hot enough for a cup of tea. The little red light on the back
is on. Cold side is fine. We've switched it off and on at the wall.

Thanks
Hollie - Barnes & Lacey Accountants, 2nd floor"""),
("en", "b61-checkout-spins", "Marisol Carter <marisol.carter@example.com>", "Hello", "technical", "",
"""Hello,

I'm trying to set up the toilet paper subscription on your website and
when I hit "Confirm subscription" the button just spins and spins and
then says "Something went wrong, please try again later." Tried three
times yesterday and twice this morning, on my laptop (Chrome) and on my
phone. My card hasn't been charged, so I don't think it's the card.

Marisol, Columbus OH"""),
("en", "b61-reorder-button-wont-pair", "Tom Hennessy <tom.hennessy@example.co.uk>", "Re-order button", "technical", "",
"""The little re-order button you sent for sticking on the washing
machine won't pair with the app. I hold it down till it flashes blue,
the app searches for a minute and then says "no device found". Phone's
Bluetooth is on, it's right next to it. New battery in the button as
well.

Tom"""),
("en", "b61-regulator-faint-hiss", "Eleanor Marsh <eleanor.marsh@example.co.uk>", "New cylinder", "technical", "high",
"""Good evening,

Your driver changed our propane cylinder this afternoon. Since then
there's been a very faint hiss near the regulator and a slight smell of
gas outside by the cylinder cage, which we never had before.

I've turned the cylinder off at the valve and we're not using the
cooker tonight, and there's nobody smoking anywhere near it. I'm not
panicking, but I'd rather someone who knows what they're doing came and
checked the connection before we turn it back on.

Eleanor Marsh
Rose Cottage, Hindon Lane, Tisbury
07700 900431"""),
("en", "b61-cooler-tingle-tray", "Ajay Bhatt <ajay.bhatt@example.co.uk>", "Dispenser", "technical", "high",
"""Hi,

Not sure if I'm imagining it but twice now I've had a little tingle,
like a mild shock, when I touched the metal drip tray on the water
dispenser while my other hand was on the tap. My wife felt it too
this morning. It's on the kitchen floor which is tiled.

I've unplugged it for now. We've got two small children who use it so
I'd like someone to look at it before we plug it back in.

Ajay"""),
("en", "b61-pub-glasses-plastic-cups", "The Fox & Hounds <landlord@foxandhounds-bewdley.example>", "Dosing unit", "technical", "high",
"""Hi,

Since about 6 last night the dosing unit your engineer fitted on the
glasswasher has stopped pumping detergent and rinse aid. Glasses are
coming out greasy and smeary so we've had to serve in plastic all
evening, and we've run out of those now. Sunday lunch is booked solid,
about 90 covers, and we can't put the dishwasher through either as it
runs off the same unit.

Can someone come out this morning? Number below.

Mark Tolley
Fox & Hounds, Bewdley
01299 400 812"""),
("en", "b61-care-home-portal-error", "Sarah Quinn <s.quinn@meadowbankcare.example>", "Weekly order", "technical", "high",
"""Hello,

Since Friday afternoon your trade portal gives an error 503 every time
we try to submit our weekly order for continence pads, wipes and
gloves. Three of our staff have tried on different computers.

We have 46 residents and at the current rate we'll be out of pads by
Tuesday evening. Our usual phone number for orders just goes to
voicemail at the weekend.

Please can someone either fix the portal or take the order by phone.

Sarah Quinn
Deputy Manager, Meadowbank Care Home"""),
("en", "b61-dads-heater-wont-light", "Julie Hammond <julie.hammond@example.co.uk>", "My dad's heater", "technical", "high",
"""Hello,

My dad is 87 and lives on his own near Hexham. His only heating is a
cabinet gas heater that runs on your butane bottles. You delivered a
new bottle yesterday and since it was fitted the heater will not light
at all, it clicks but nothing catches. The old bottle worked fine until
it ran out.

It's been below freezing at night all week and he's sitting in his
coat. I'm an hour and a half away. Please can somebody go out to him
today.

Julie Hammond (daughter)
Mr Ron Hammond, 4 Station Cottages, Haydon Bridge"""),
("en", "b61-softener-third-visit-senior", "Gordon McBride <gordon.mcbride@example.co.uk>", "Water softener - 3rd visit", "technical", "high",
"""I'm writing about the water softener you installed in January (job
ref WS-88142).

It still isn't regenerating. The salt level hasn't moved in a month,
and the water's as hard as it was before. Your engineer has been out
three times now, changed the timer, then the valve, then "reset it",
and each time it's the same a week later.

I don't want a fourth visit from the same team. I want someone senior,
a technical manager or supervisor, to call me and tell me how this is
going to be fixed properly.

Gordon McBride
Falkirk"""),
("en", "b61-refill-shop-bank-holiday", "Carol Eastwood <carol.eastwood@example.co.uk>", "Monday", "general", "",
"""Hiya, are you open on the bank holiday Monday at the Hebden Bridge
shop? And if so is it normal hours? Want to bring the kids down to fill
up our shampoo bottles."""),
("en", "b61-own-containers-clean", "Fiona Grant <fiona.grant@example.co.uk>", "Containers", "general", "",
"""Hello,

I'm new to refilling and wanted to check a couple of things before my
first visit. Can I bring any container, like old ice cream tubs and
glass pasta sauce jars, or do they have to be ones bought from you?
And do they have to be completely dry? I'd hate to turn up and be
turned away.

Thank you,
Fiona"""),
("en", "b61-driver-carried-bottles", "Brenda Okafor <brenda.okafor@example.com>", "A big thank you to Wayne", "general", "",
"""I just wanted to drop a line to say thank you to your delivery driver
Wayne who does the Tuesday round in Wolverhampton.

My mother is 91 and lives on the third floor with no lift. The bottles
are supposed to be left at the main door but Wayne carries them all
the way up and even puts the new one on the cooler for her because she
can't lift it. She looks forward to his visit every week.

Please make sure his manager hears about this.

Brenda Okafor"""),
("en", "b61-leave-by-the-oil-tank", "Michael Ryan <michael.ryan@example.ie>", "Where to leave the gas", "general", "",
"""Hi,

When you deliver the gas bottles on Thursday could the driver leave
them round the back beside the oil tank rather than at the front door?
The dogs are in the yard but they're friendly, the side gate has a
latch at the top. No need to knock, I'll be at work.

Thanks a million,
Michael
Ballinamore, Co. Leitrim"""),
("en", "b61-new-surname-married", "Katie Simmons <katie.simmons@example.co.uk>", "Name change", "general", "",
"""Hi, I got married last month and I've changed my surname from
Hodges to Simmons. Can you update my account please? Same address,
same email except the new one I'm writing from, which I'd like to use
from now on.

Katie Simmons (née Hodges)"""),
("en", "b61-what-data-do-you-hold", "Peter Nowak <peter.nowak@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all the personal data you hold
about me, including any call recordings, notes on my account and the
purposes you use my data for. My account is registered to this email
address and to 18 Wellington Street, Leeds.

Please confirm receipt.

Peter Nowak"""),
("en", "b61-fun-run-sponsor", "Parents' Association <pta@stbridgets-ps.example.ie>", "School fun run", "general", "",
"""Dear Sir/Madam,

St Bridget's National School in Ballincollig is holding its annual fun
run on 21 September to raise money for new playground equipment. We
were wondering if you'd consider sponsoring the event, perhaps with a
few of your eco cleaning hampers as spot prizes, or by having your name
on the back of the t-shirts.

We'd be delighted to hear from you.

Áine Murphy
Parents' Association"""),
("en", "b61-wrong-scent-keeping-it", "Lucy Brennan <lucy.brennan@example.co.uk>", "Not a complaint!", "general", "",
"""Hello! You sent me the lavender laundry liquid instead of the
unscented one I ordered. I DON'T want a refund or a swap though - I've
tried it and it's lovely, the whole house smells gorgeous. Just thought
you should know in case your picking is off. Keep up the good work!
Lucy x"""),
("en", "b61-septic-tank-safe", "Alan Whitfield <alan.whitfield@example.co.uk>", "Septic tank", "general", "",
"""We're on a septic tank out here. Are your toilet cleaner and the
laundry pods safe to use with one? The old brand we used said so on
the label but I can't see it on yours."""),
("en", "b61-left-my-tote-bag", "Georgia Hill <georgia.hill@example.com.au>", "Lost bag", "general", "",
"""Hi, I think I left my green canvas tote bag at your Fremantle refill
store yesterday afternoon, probably on the bench by the nut dispensers.
It had my reading glasses in the side pocket. Has anyone handed it in?
Georgia"""),
("en", "b61-order-number-plastic-free", "Harsh Vardhan <harsh.vardhan@example.in>", "Order 71420", "general", "",
"""Hello,

Before I place a repeat of order 71420, could you tell me whether the
bamboo wipes are fully plastic free, including the packet? And is the
toilet paper made from recycled paper or virgin pulp? I could not find
this on the product page.

Thanks and regards,
Harsh Vardhan, Pune"""),
("en", "b61-driver-swore-neighbour", "Duncan Fraser <duncan.fraser@example.co.uk>", "Your driver this morning", "general", "high",
"""At about 8.15 this morning your gas delivery driver (white van, reg
ending WKX) blocked our shared driveway. When my elderly neighbour, Mrs
Kerr, asked him politely to move so she could get to her hospital
appointment, he swore at her and told her to wait. She was in tears
when she came to my door.

I want a manager to contact me - not a customer service agent - and I
want to know what's going to be done. I've got it on my doorbell
camera if you need to see it.

Duncan Fraser
Dunblane"""),
("en", "b61-soap-spill-under-station", "Nicola Shaw <nicola.shaw@example.co.uk>", "Floor in your Didsbury shop", "general", "high",
"""Hello,

Just letting you know that when I was in the Didsbury refill shop
around 11 today, there was a big slick of what looked like washing-up
liquid on the floor under the refill taps, right in the aisle. No sign
or cone. A toddler ahead of me nearly went flying and his mum only just
caught him, and I slid a bit myself.

I told the girl at the counter but she was on her own with a queue.
Someone could really hurt themselves, so I thought I'd better write.

Nicola Shaw"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b61-gl-xyma-aporrypantiko-timi-tameio", "Vaso Kyriakou <vaso.kyriakou@example.gr>", "timh sto tameio", "billing", "",
"""Kalhmera sas,
htan sto katasthma sas sthn Kalamaria to Savvato kai gemisa 2 litra
xyma aporrypantiko rouxwn sta dika mou mpoukalia. Sto rafi egrafe 3,60
to litro, sthn apodeiksh omws vlepw 4,20 to litro, dhladh 8,40 anti
7,20. Mporeite na to koitaksete? Exw thn apodeiksh fwtografhmenh.
Eyxaristw
Vasw"""),
("el", "b61-eggyisi-fialis-prwti-fora", "Σταύρος Μανωλάκης <s.manolakis@example.gr>", "Εγγύηση φιάλης", "billing", "",
"""Καλησπέρα σας,

Παρήγγειλα για πρώτη φορά φιάλη υγραερίου 10 κιλών για την ψησταριά της
βεράντας και στο σύνολο βλέπω 24,00€ "εγγύηση φιάλης" πάνω από την τιμή
του αερίου. Τι ακριβώς είναι αυτό; Τα παίρνω πίσω αν κάποια στιγμή σας
επιστρέψω την άδεια φιάλη, και αν ναι με ποιον τρόπο;

Ευχαριστώ,
Σταύρος Μανωλάκης"""),
("el", "b61-yfasmatines-panes-mono-mantilakia", "Ιωάννα Τσιρίγου <ioanna.tsirigou@example.gr>", "Αλλαγή στη συνδρομή μας", "billing", "",
"""Γεια σας,

Με τον άντρα μου αποφασίσαμε να περάσουμε σε υφασμάτινες πάνες, οπότε
από τον επόμενο μήνα δεν θέλουμε πια το πακέτο με τις πάνες Νο 4.
Θέλουμε όμως να συνεχίσουμε να παίρνουμε τα μωρομάντηλα κάθε μήνα.

Μπορείτε να μας κρατήσετε μόνο τα μαντηλάκια και να μας πείτε πόσο θα
είναι η νέα μηνιαία χρέωση;

Ιωάννα"""),
("el", "b61-gl-nero-6-antgi-4", "Nikos Petridis <nikos.petridis@example.gr>", "logariasmos nerou Maios", "billing", "",
"""Geia sas, ston logariasmo tou Maiou mas xrewnete 6 mpoukalia nero twn
19 litrwn, omws o dianomeas efere mono 4 (2 thn prwth evdomada kai 2 sto
telos). Ta alla dyo den hr8an pote, to 3erei kai o idios. Dhladh mas
xrewsate 2 x 5,50 parapanw. Parakalw na diorthw8ei.
Nikos Petridis, Peristeri"""),
("el", "b61-timologio-kommotirio-afm", "Κομμωτήριο Ρένα <info@rena-hair.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Παίρνουμε από εσάς κάθε μήνα το κουτί με τα καθαριστικά (απολυμαντικό
επιφανειών, υγρό χεριών, χαρτί κουζίνας) για το κομμωτήριο. Μέχρι
τώρα μας στέλνετε απλή απόδειξη λιανικής, ενώ ο λογιστής μας χρειάζεται
τιμολόγιο.

Στοιχεία: Ειρήνη Μουρατίδου, Κομμωτήριο Ρένα, ΑΦΜ 123456789, ΔΟΥ
Καλαμαριάς, Εθνικής Αντιστάσεως 52, Θεσσαλονίκη.

Γίνεται να εκδοθεί τιμολόγιο και για τις τρεις τελευταίες παραγγελίες;

Ευχαριστώ,
Ρένα"""),
("el", "b61-doseis-psykti-karta", "Γιαννης Σαββιδης <giannis.savvidis@example.gr>", "Ψυκτης με δοσεις", "billing", "",
"""Καλησπερα,
ενδιαφερομαι για τον ψυκτη νερου επιδαπεδιο με ζεστο-κρυο που κανει
289 ευρω. Μπορω να τον παρω με 6 ατοκες δοσεις με πιστωτικη; Στο
καλαθι δεν βλεπω πουθενα επιλογη για δοσεις.
Ευχαριστω
Γιαννης"""),
("el", "b61-gl-re-kouponi-15-den-perase", "Maria Lazaridou <maria.lazaridou@example.gr>", "Re: Mono gia sena: -15% sta aporrypantika!", "billing", "",
"""Kalhspera, evala ton kwdiko AFRATO15 pou grafei parakatw alla to
kalathi den evgale kamia ekptwsh, plhrwsa kanonika 38,70 gia to kouti
aporrypantikwn. To email lew oti isxyei mexri 30/4 kai egw phra stis
27/4. Mporeite na mou epistrepsete to 15%?
Maria

---------- Προωθημένο μήνυμα / Απάντηση ----------
Από: Afrato Home <news@afrato-home.example>
Ημερομηνία: Δευ 22 Απρ 2024
Θέμα: Mono gia sena: -15% sta aporrypantika!

Αγαπητή Μαρία,
Με τον κωδικό AFRATO15 έχεις 15% έκπτωση σε όλα τα κουτιά
απορρυπαντικών μέχρι και τις 30/4. Καλές αγορές!"""),
("el", "b61-gata-efyge-ammos", "Αγγελική Ρούσσου <angeliki.roussou@example.gr>", "Η Μπέμπα", "billing", "",
"""Καλημέρα σας,

Η γάτα μας η Μπέμπα μάς άφησε την περασμένη εβδομάδα, στα 17 της
χρόνια. Κάθε μήνα μας φέρνατε την άμμο της και τα σακουλάκια μαζί με
τα υπόλοιπα του σπιτιού.

Δεν θα χρειαστούμε πλέον την άμμο, παρακαλώ αφαιρέστε την από τη μηνιαία
παραγγελία για να μη χρεωθούμε. Τα υπόλοιπα (χαρτιά, απορρυπαντικά)
κανονικά.

Ευχαριστούμε πολύ,
Αγγελική"""),
("el", "b61-paidia-spoudes-mikrotero-kouti", "Δημοσθένης Καραγιάννης <d.karagiannis@example.gr>", "Συνδρομή χαρτικών", "billing", "",
"""Καλησπέρα,

Έχουμε τη συνδρομή για χαρτί υγείας και χαρτί κουζίνας στο μεγάλο
οικογενειακό κουτί (48 ρολά). Τα δύο παιδιά έφυγαν τον Σεπτέμβρη για
σπουδές στα Γιάννενα και στην Κρήτη και μείναμε οι δυο μας, οπότε μας
περισσεύουν ρολά παντού.

Θα θέλαμε να περάσουμε στο μικρό κουτί των 24 ρολών από την επόμενη
αποστολή. Πόσο θα πέσει η τιμή;

Δημοσθένης Καραγιάννης"""),
("el", "b61-antallagi-plyntirio-piaton-tabletes", "Ευδοκία Παππά <evdokia.pappa@example.gr>", "Λάθος προϊόν", "billing", "",
"""Καλημέρα,

Στην τελευταία μου παραγγελία (91277) πήρα κατά λάθος το υγρό πιάτων
για το χέρι σε συσκευασία 5 λίτρων, ενώ ήθελα τις ταμπλέτες για το
πλυντήριο πιάτων. Το μπιτόνι είναι κλειστό, δεν το άνοιξα.

Μπορώ να σας το στείλω πίσω και να μου στείλετε τις ταμπλέτες; Αν οι
ταμπλέτες είναι ακριβότερες πληρώνω τη διαφορά.

Ευδοκία Παππά"""),
("el", "b61-metaforika-naxos-elaxisto", "Μιχαλης Βιτζηλαιος <m.vitz@example.gr>", "Μεταφορικα Ναξο", "billing", "",
"""Γεια σας, μενω στη Ναξο (Φιλοτι) και στο καλαθι μου για ενα κουτι
απορρυπαντικα των 32 ευρω μου βγαζει 9,90 μεταφορικα. Στην Αθηνα ειναι
δωρεαν πανω απο 30. Για τα νησια υπαρχει καποιο ποσο που γινονται
δωρεαν; Αν βαλω και χαρτια μαζι πεφτουν;"""),
("el", "b61-dokimi-xrewsi-amfisvitisi", "Κλεάνθης Βασιλείου <kleanthis.vasileiou@example.gr>", "Χρεώσεις που δεν ενέκρινα", "billing", "high",
"""Κύριοι,

Τον Φεβρουάριο έκανα εγγραφή στη «δωρεάν δοκιμή 1 μήνα» για το κουτί
καθαριστικών σας. Πουθενά δεν ενημερωνόμουν ότι μετά τον μήνα η
συνδρομή γίνεται αυτόματα επί πληρωμή, ούτε μου στείλατε κάποιο email
πριν χρεώσετε.

Έχω χρεωθεί 29,90€ τον Μάρτιο και 29,90€ τον Απρίλιο. Δεν παρέλαβα
κανένα από τα δύο κουτιά γιατί ήμουν στο εξωτερικό.

Έχω ήδη κάνει αμφισβήτηση των χρεώσεων στην τράπεζά μου. Αν θέλετε να
το λύσουμε πριν την εξετάσει η τράπεζα, επιστρέψτε μου τα 59,80€ και
ακυρώστε τον λογαριασμό.

Κλεάνθης Βασιλείου"""),
("el", "b61-gl-spasmena-mpoukalia-proistamenos", "Thodoris Anagnostou <thodoris.anag@example.gr>", "PALI TA IDIA", "billing", "high",
"""Kalhspera.
Stis 3 tou mhna hr8an 3 apo ta 4 mpoukalia nerou spasmena, to dapedo
ths eisodou egine limnh. Sas esteila fwtografies thn idia mera kai mou
eipate oti 8a mou epistrepsete ta 16,50 mazi me thn eggyhsh. Exoun
perasei 5 evdomades kai den exei mpei tipota, kai ka8e fora pou pairnw
thlefwno mou leei allos ypallhlos "to exoume prow8hsei".
DEN 8elw na ksanamilhsw me to thlefwniko kentro. 8elw na me parei
thlefwno o proistamenos h o ypeu8ynos tmhmatos shmera.
Thodoris Anagnostou
69XXXXXXXX"""),
("el", "b61-kratisi-eggyisis-synigoros", "Ελένη Χατζηδάκη <eleni.chatzidaki@example.gr>", "Παρακράτηση εγγύησης 3 φιαλών", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 12/3 επέστρεψα τρεις άδειες φιάλες υγραερίου στο κατάστημά σας στο
Ηράκλειο, για τις οποίες είχα πληρώσει εγγύηση 24€ η καθεμία. Μου
επιστρέψατε μόνο 24€, με την αιτιολογία ότι οι άλλες δύο είχαν
«φθορές». Οι φιάλες ήταν στην ίδια κατάσταση που μου τις παραδώσατε,
σκουριά στη βάση είχαν ήδη από τότε, και κανείς δεν μου έδειξε ποιες
είναι αυτές οι φθορές.

Ζητώ την επιστροφή των υπόλοιπων 48€ εντός 10 ημερών. Σε αντίθετη
περίπτωση θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα υποβάλω
καταγγελία στη Γενική Γραμματεία Εμπορίου.

Ελένη Χατζηδάκη"""),
("el", "b61-psyktis-den-kryonei", "Παναγιώτης Ζερβός <p.zervos@example.gr>", "Ψύκτης", "technical", "",
"""Καλημέρα σας,

Ο ψύκτης νερού που μας φέρατε τον Μάρτιο εδώ και τρεις μέρες δεν
κρυώνει καθόλου. Το πράσινο λαμπάκι ανάβει, ακούγεται και το μοτέρ να
δουλεύει, αλλά το νερό βγαίνει σε θερμοκρασία δωματίου. Είναι σε σκιά,
όχι κοντά σε καλοριφέρ.

Μπορεί να περάσει κάποιος να τον δει;

Παναγιώτης Ζερβός, Χαλάνδρι"""),
("el", "b61-gl-app-kodikos-oxi-xrewsh", "Katerina M. <katerina.m@example.gr>", "to app", "technical", "",
"""Geia sas, den exw 8ema me xrewseis h plhrwmes, ola kala ekei.
To 8ema einai oti to app den me afhnei na mpw. Vazw to email kai ton
kwdiko kai mou vgazei "Λάθος στοιχεία", enw me ta idia stoixeia mpainw
kanonika apo ton ypologisth sto site. Android, Xiaomi. To egkatesthsa
3ana, tipota.
Katerina"""),
("el", "b61-sms-kodikos-den-erxetai", "Αριστείδης Λέκκας <aris.lekkas@example.gr>", "Δεν λαμβάνω SMS", "technical", "",
"""Καλησπέρα,

Προσπαθώ να μπω στον λογαριασμό μου για να αλλάξω τη μέρα παράδοσης
του νερού. Μου ζητάει κωδικό που στέλνεται με SMS, αλλά το μήνυμα δεν
έρχεται ποτέ. Το κινητό στον λογαριασμό είναι σωστό (69xx xxx 412),
παίρνω κανονικά μηνύματα από άλλους. Πάτησα «επαναποστολή» πέντε φορές.

Αριστείδης Λέκκας"""),
("el", "b61-dianomeas-sapouniou-den-piasei", "Φωτεινή Γαλάνη <foteini.galani@example.gr>", "Αυτόματη σαπουνοθήκη", "technical", "",
"""Γεια σας,

Η αυτόματη σαπουνοθήκη που ήρθε με το πρώτο κουτί της συνδρομής δεν
βγάζει σαπούνι όταν βάζεις το χέρι από κάτω. Το λαμπάκι αναβοσβήνει
κόκκινο. Έβαλα καινούργιες μπαταρίες, καθάρισα και το ματάκι, τίποτα.
Το σαπούνι μέσα είναι γεμάτο.

Φωτεινή"""),
("el", "b61-gl-kalathi-adeiazei-site", "Lefteris Dimou <lefteris.dimou@example.gr>", "site", "technical", "",
"""kalhmera. vazw sto kalathi pana, mwromanthla kai kremes kai molis
pataw "oloklhrwsh paraggelias" to kalathi adeiazei kai me gyrnaei sthn
arxikh. egine 4 fores, se chrome kai se firefox. ti paizei?"""),
("el", "b61-kalimera-vrysi-psykti-stazei", "Σοφια Μπακαλη <sofia.bakali@example.gr>", "Καλημερα", "technical", "",
"""Καλημερα σας,
η κρυα βρυση του ψυκτη σταζει συνεχεια, ακομα και οταν ειναι κλειστη.
Βαζω ενα ποτηρι απο κατω και το πρωι ειναι γεματο. Η ζεστη ειναι
μια χαρα. Τι μπορω να κανω;
Σοφια Μπακαλη
Λαρισα"""),
("el", "b61-aisthitiras-dexamenis-lathos", "Νεκτάριος Φιλίππου <nektarios.f@example.gr>", "Ένδειξη στάθμης δεξαμενής", "technical", "",
"""Καλησπέρα,

Στο σπίτι στο Πήλιο έχουμε τη δεξαμενή υγραερίου σας με τον ασύρματο
αισθητήρα στάθμης. Από την Κυριακή η εφαρμογή δείχνει 0% και «χωρίς
σήμα», ενώ το μανόμετρο πάνω στη δεξαμενή γράφει περίπου 60%. Το
καλοριφέρ δουλεύει κανονικά.

Φοβάμαι μόνο ότι με 0% θα μας στείλετε φορτηγό χωρίς λόγο ή ότι δεν
θα μας ειδοποιήσει όταν πραγματικά αδειάσει. Μπορεί να ελεγχθεί;

Νεκτάριος Φιλίππου"""),
("el", "b61-myrodia-ygraeriou-kleisame-valvida", "Ανδρονίκη Σταματοπούλου <androniki.stam@example.gr>", "Φιάλη κουζίνας", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το μεσημέρι ο υπάλληλός σας άλλαξε τη φιάλη υγραερίου της
κουζίνας μας. Από το απόγευμα μυρίζει ελαφρά γκάζι στο ντουλάπι όπου
είναι η φιάλη, κυρίως γύρω από το σημείο που βιδώνει ο μειωτής.

Κλείσαμε τη βαλβίδα, ανοίξαμε παράθυρα και δεν ανάβουμε τίποτα. Είμαστε
καλά, απλώς θα θέλαμε να έρθει κάποιος να ελέγξει τη σύνδεση πριν την
ξανανοίξουμε. Είμαστε σπίτι όλη μέρα αύριο.

Ανδρονίκη Σταματοπούλου
Αγίου Νικολάου 14, Πάτρα
2610 xxx xxx"""),
("el", "b61-gl-psyktis-spi8es-fis", "Giorgos Tzanetos <giorgos.tzanetos@example.gr>", "psykths", "technical", "high",
"""Kalhspera, xtes to vrady o psykths pou mas noikiazete ekane ena "tak"
kai eida spi8es apo to piso meros, ekei pou mpainei to kalwdio. Mirize
kai kammeno plastiko. To fis htan zesto otan to evgala. To afhsame
vgalmeno. Exoume kai 2 paidia mikra pou paizoun ekei konta, opote
8elw na er8ei kapoios na ton parei h na ton allaksei to grhgorotero.
Giwrgos, Kalamata"""),
("el", "b61-taverna-xamili-floga-meiotis", "Ταβέρνα Ο Γιαλός <info@gialos-taverna.example>", "Μειωτής πίεσης - κουζίνα", "technical", "high",
"""Καλημέρα,

Χθες το πρωί ο τεχνικός σας άλλαξε τον μειωτή πίεσης στη συστοιχία με
τις φιάλες της κουζίνας. Από τότε όλες οι εστίες βγάζουν μια μικρή
μπλε φλογίτσα που δεν βράζει ούτε νερό, και η σχάρα δεν ανάβει καθόλου.
Χθες το βράδυ κλείσαμε την κουζίνα στις 9 και γυρίσαμε πίσω τρία
τραπέζια, σήμερα έχουμε κρατήσεις για 60 άτομα.

Χρειαζόμαστε τεχνικό σήμερα το πρωί, πριν τις 12.

Μανώλης Ψαράκης
Ταβέρνα Ο Γιαλός, Νέα Μηχανιώνα
2392 0xx xxx"""),
("el", "b61-gl-plyntirio-dosometrites", "Wash & Go Ampelokhpoi <washandgo.amp@example.gr>", "dosomethtes", "technical", "high",
"""Kalhmera,
exoume to self service plynthrio sthn Kifisias me 8 plynthria kai ta
dosomethtes sas gia aporrypantiko kai malaktiko. Apo to prwi kanena
dosomethth den dinei tipota, oi pelates vazoun kermata kai ta rouxa
vgainoun xwris aporrypantiko. Exoume hdh epistrepsei lefta se 6 atoma
kai exoume kollhsei xarti "ektos leitourgias" se ola ta mhxanhmata.
Pote mporei na er8ei texnikos?
Stelios - 69xx xxx xxx"""),
("el", "b61-giagia-florina-soba-den-anavei", "Κωνσταντίνα Ιωαννίδου <k.ioannidou@example.gr>", "Σόμπα γιαγιάς - επείγον", "technical", "high",
"""Καλησπέρα σας,

Η γιαγιά μου είναι 89 χρονών και μένει μόνη της σε χωριό έξω από τη
Φλώρινα. Ζεσταίνεται μόνο με σόμπα υγραερίου. Ο διανομέας σας της
άφησε σήμερα καινούργια φιάλη αλλά η βαλβίδα δεν ανοίγει, είναι σαν
κολλημένη, και ούτε ο γείτονας κατάφερε να την ανοίξει. Η παλιά είναι
άδεια.

Έξω έχει -6 το βράδυ και το σπίτι κρυώνει γρήγορα. Σας παρακαλώ να
πάει κάποιος σήμερα να της αλλάξει τη φιάλη.

Κωνσταντίνα Ιωαννίδου (εγγονή)
Για τη γιαγιά: Ευανθία Ιωαννίδου, Κάτω Κλεινές"""),
("el", "b61-apedyrantis-triti-episkepsi-ypeuthinos", "Απόστολος Κουτσούκης <apostolos.k@example.gr>", "Αποσκληρυντής - τρίτη επίσκεψη χωρίς αποτέλεσμα", "technical", "high",
"""Κύριοι,

Ο αποσκληρυντής νερού που εγκαταστήσατε τον Νοέμβριο (αρ. εργασίας
ΤΧ-40291) εξακολουθεί να μην κάνει αναγέννηση. Το αλάτι στο δοχείο
μένει ίδιο και τα άλατα στις βρύσες επέστρεψαν.

Ο τεχνικός σας ήρθε τρεις φορές. Την πρώτη άλλαξε τη ρύθμιση, τη
δεύτερη την πλακέτα, την τρίτη είπε ότι «θέλει λίγο χρόνο». Δεν δέχομαι
τέταρτη επίσκεψη του ίδιου συνεργείου. Ζητώ να επικοινωνήσει μαζί μου
ο υπεύθυνος του τεχνικού τμήματος.

Απόστολος Κουτσούκης
Βόλος"""),
("el", "b61-orario-patra-savvato", "Χρυσάνθη Ντόκου <chrysanthi.ntokou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα! Το κατάστημα χύμα προϊόντων στην Πάτρα (Ρήγα Φεραίου) είναι
ανοιχτό Σάββατο απόγευμα; Στο Google γράφει μέχρι τις 3 αλλά στην
πόρτα μου φάνηκε ότι έγραφε 8.
Ευχαριστώ!"""),
("el", "b61-gl-dika-mou-mpoukalia-sampouan", "Eva Karra <eva.karra@example.gr>", "mpoukalia", "general", "",
"""Geiaaa! Prwth fora 8a er8w sto katasthma sas sto Pagkrati gia
sampouan kai aporrypantiko piatwn. Mporw na ferw ta palia plastika
mpoukalia apo ta sampouan tou souper market h prepei na einai gyalina?
Kai prepei na einai teleiws stegna? Eyxaristw poly!!"""),
("el", "b61-eyxaristies-kyrio-lampro", "Αικατερίνη Μαυρίδου <aik.mavridou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα να πω ένα μεγάλο ευχαριστώ στον κύριο Λάμπρο που μας φέρνει τις
φιάλες υγραερίου στο Καλαμάκι. Ο σύζυγός μου είναι κατάκοιτος και
εγώ δεν σηκώνω βάρη. Ο κ. Λάμπρος όχι μόνο μας ανεβάζει τη φιάλη στον
δεύτερο, αλλά τη συνδέει κιόλας και ελέγχει ότι όλα είναι εντάξει πριν
φύγει, πάντα με ένα χαμόγελο.

Τέτοιους ανθρώπους να τους κρατάτε.

Με εκτίμηση,
Αικατερίνη Μαυρίδου"""),
("el", "b61-gl-afhste-sto-periptero", "Kostas Alexiou <kostas.alexiou@example.gr>", "paradosh Tetarth", "general", "",
"""Geia sas, thn Tetarth pou erxetai to kouti me ta xartika 8a leipw
apo to prwi mexri to vrady. Mporei o kouriers na to afhsei sto
periptero akrivws apenanti apo thn polykatoikia (Kyria Soula)? To
3erei, exei kratisei kai alla dema mou. Eyxaristw!
Kwstas, Ilioupoli"""),
("el", "b61-allagi-kinitou-logariasmos", "Ζωη Παπαδακη <zoi.papadaki@example.gr>", "Αλλαγη κινητου", "general", "",
"""Καλημερα, αλλαξα αριθμο κινητου. Ο νεος ειναι 697 000 1234. Παρακαλω
ενημερωστε τον λογαριασμο μου για να με παιρνει τηλεφωνο ο διανομεας
οταν ερχεται. Ευχαριστω, Ζωη Παπαδακη"""),
("el", "b61-diagrafi-dedomenon-gdpr", "Ορέστης Μπαλτάς <orestis.baltas@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
αρχεία σας, καθώς και από τη λίστα αποστολής newsletter. Ο
λογαριασμός μου είναι συνδεδεμένος με αυτό το email.

Παρακαλώ επιβεβαιώστε μου εγγράφως την ολοκλήρωση της διαγραφής.

Ορέστης Μπαλτάς"""),
("el", "b61-xorigia-tournoua-mpasket", "ΑΣ Αετός Ευόσμου <aetos.evosmou@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Ο Αθλητικός Σύλλογος Αετός Ευόσμου διοργανώνει στις 22-23 Ιουνίου
τουρνουά μπάσκετ για παιδιά 8-12 ετών, με συμμετοχή 16 ομάδων από τη
Δυτική Θεσσαλονίκη. Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός
της διοργάνωσης, είτε με προϊόντα (π.χ. νερά για τους αγώνες) είτε με
το λογότυπό σας στις φανέλες.

Μπορούμε να σας στείλουμε αναλυτική πρόταση.

Με εκτίμηση,
Χρήστος Γεωργιάδης
Ταμίας ΔΣ"""),
("el", "b61-gl-oxi-epistrofi-dwraki", "Dimitra Sotiriou <dimitra.sotiriou@example.gr>", "oxi parapono :)", "general", "",
"""Kalhmera! Sto teleytaio kouti aporrypantikwn mou valate kata la8os
kai ena deytero malaktiko. Mhn anhsyxeite, DEN 8elw na to plhrwsw
oute na sas to steilw pisw, apla na to 3erete gia thn apo8hkh sas. An
kai to krataw me xara, myrizei yperoxa. Eyxaristw gia thn poly wraia
eksyphrethsh genika!
Dhmhtra"""),
("el", "b61-vioapodomisima-mwromantila", "Μαρκος Ευαγγελου <markos.evangelou@example.gr>", "Μωρομάντηλα", "general", "",
"""Καλησπέρα, τα μωρομάντηλα bamboo που πουλάτε είναι 100%
βιοδιασπώμενα; Μπορούν να πεταχτούν στην τουαλέτα ή μόνο στα σκουπίδια;
Και η συσκευασία ανακυκλώνεται; Ευχαριστώ."""),
("el", "b61-gl-kleidia-sto-pagkako", "Tasos Vlachos <tasos.vlachos@example.gr>", "kleidia", "general", "",
"""geia sas, mhpws afhsa ena matso kleidia me mprelok me to shma tou
PAOK sto pagkaki mesa sto katasthma sthn Toumpa shmera to prwi? ta
psaxnw pantou. an ta vrhkate krathste ta parakalw, pernaw apo8ayrio"""),
("el", "b61-erotisi-paradosi-aigina", "Ευτυχία Λιάπη <eftychia.liapi@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα σας,

Περνάμε όλο το καλοκαίρι στην Αίγινα από Ιούνιο μέχρι Σεπτέμβριο.
Φτάνουν εκεί τα κουτιά σας ή μόνο στην Αττική; Αν ναι, πόσες μέρες
κάνουν περίπου;

Ευτυχία Λιάπη"""),
("el", "b61-dianomeas-petaxe-fiales-ypeuthinos", "Βασίλειος Ντούσκας <vasilis.ntouskas@example.gr>", "Συμπεριφορά διανομέα", "general", "high",
"""Κύριοι,

Σήμερα γύρω στις 10:30 ο διανομέας σας ήρθε να αφήσει νερά στην
πολυκατοικία μας στην Κυψέλη. Όταν η μητέρα μου, 78 ετών, του ζήτησε
να τα αφήσει μέσα στην είσοδο και όχι στο πεζοδρόμιο, άρχισε να της
φωνάζει, πέταξε τα μπουκάλια κάτω μπροστά στα πόδια της και έφυγε
βρίζοντας. Η μητέρα μου ήταν ταραγμένη όλη μέρα.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος της εταιρείας, όχι το
τηλεφωνικό κέντρο, και να μου πει τι μέτρα θα πάρετε.

Βασίλειος Ντούσκας"""),
("el", "b61-gl-rafi-vazakia-paidiki-gwnia", "Rania Michailidou <rania.michailidou@example.gr>", "rafi sto katasthma sas", "general", "high",
"""Kalhspera sas,
htan shmera sto katasthma sas sto Maroussi me ton gio mou. To rafi me
ta megala gyalina vaza me ta mpacharika, akrivws dipla sth gwnia me ta
paixnidia gia ta paidia, einai ksekarfwmeno apo th mia meria kai
gernei. Otan to akoumphse ena paidi kounh8hke olo kai ena vazo
glistrhse sthn akrh. Den epese, alla an pesei 8a pesei panw sta paidia.
To eipa sthn kopela sto tameio, alla to grafw kai edw gia na
to deite amesa.
Rania"""),
# ---------------- Spanish ----------------
("es", "b61-garrafon-cobrado-envase", "Lupita Hernández <lupita.hernandez@example.com.mx>", "Cobro de envase", "billing", "",
"""Buenas tardes,

El martes el repartidor me dejó dos garrafones de 20 litros y se llevó
los dos vacíos que yo ya tenía, como siempre. Pero en el ticket me
cobraron $110 por garrafón "envase nuevo" además del agua, o sea $220
de más. Los vacíos eran de ustedes mismos, tienen su logo.

¿Me pueden devolver esos $220 o descontarlos del siguiente pedido?

Guadalupe Hernández
Col. Narvarte, CDMX"""),
("es", "b61-precio-bombona-butano", "Julián Ortega <julian.ortega@example.es>", "Precio bombona", "billing", "",
"""Hola buenas,

Me habéis traído hoy una bombona de butano de 12,5 kg y me habéis
cobrado 21,40 €. Tenía entendido que el precio de la bombona está
regulado y anda por los 16 y pico. ¿Es por el reparto a domicilio o
ha subido? En ningún sitio me avisaron de ese recargo.

Un saludo,
Julián Ortega (Albacete)"""),
("es", "b61-la-nena-largo-los-panales", "Flor Giménez <flor.gimenez@example.com.ar>", "Suscripción pañales", "billing", "",
"""Hola chicos! Les cuento que la nena largó los pañales (por fin!!!) así
que ya no necesitamos el envío mensual de los pañales talle XG. Me
dan de baja esa suscripción? El próximo débito sería el 10 y son
$38.500, no quiero que me lo cobren.

Gracias por todo, fueron un golazo estos dos años.
Flor"""),
("es", "b61-pago-rechazado-dos-cargos", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Pago rechazado pero cobrado", "billing", "",
"""Hola,

Ayer intenté pagar la caja trimestral de papel higiénico y me salió
"pago rechazado". Volví a intentar con la misma tarjeta y ahí sí me
dijo aprobado. Hoy en la cartola del banco aparecen dos cargos de
$18.990. O sea el "rechazado" también se cobró.

¿Me pueden reversar uno de los dos?

Saludos,
Ignacio Fuentes
Ñuñoa, Santiago"""),
("es", "b61-factura-completa-bar", "Bar La Tasquita <latasquita.bar@example.es>", "Factura con CIF", "billing", "",
"""Buenos días:

Somos un bar de Logroño y os compramos cada mes lavavajillas
industrial, abrillantador y papel secamanos. En los pedidos solo nos
llega el ticket, y la gestoría nos pide factura completa.

Datos: La Tasquita de Laurel S.L., CIF B26123456, C/ Laurel 9, 26001
Logroño.

¿Podéis emitir factura de los pedidos de enero a marzo y a partir de
ahora enviarla siempre con el pedido?

Gracias,
Maite Sáenz"""),
("es", "b61-meses-sin-intereses-plan-anual", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Pregunta sobre el plan anual", "billing", "",
"""Qué tal, me interesa el plan anual de la caja de detergentes (el de
$4,780). Se puede pagar a meses sin intereses con tarjeta de crédito?
En la página solo me aparece pago de contado. Si no se puede, hay
descuento por pagarlo completo?
Saludos"""),
("es", "b61-pagar-con-bizum", "Nuria Castells <nuria.castells@example.es>", "Bizum?", "billing", "",
"""Hola, no tengo tarjeta de crédito y no me gusta meter la de débito en
internet. ¿Se puede pagar la suscripción de productos de limpieza por
Bizum o por transferencia? Gracias. Nuria"""),
("es", "b61-re-cambio-talla-panales", "Andrea Molina <andrea.molina@example.es>", "Re: Confirmación de tu pedido 66107", "billing", "",
"""Hola,

En este pedido me equivoqué y pedí los pañales de talla 3 en vez de la
4. Las dos cajas están sin abrir. ¿Puedo devolverlas y que me mandéis
las de talla 4? Si hay diferencia de precio la pago sin problema.

Gracias,
Andrea

El jue, 6 jun 2024 a las 18:22, Pañalito <pedidos@panalito.example> escribió:
> ¡Hola, Andrea!
> Hemos recibido tu pedido 66107:
> 2 x Pañales Eco Talla 3 (6-10 kg), caja de 112 uds. - 59,80 €
> Envío: gratis
> Total: 59,80 €
> Te avisaremos cuando salga del almacén."""),
("es", "b61-nos-volvemos-al-pueblo", "Benito Lacasa <benito.lacasa@example.es>", "Nos volvemos al pueblo", "billing", "",
"""Buenas tardes,

Mi mujer y yo nos jubilamos este mes y nos volvemos a vivir al pueblo,
a Calamocha (Teruel), y allí no llegáis con el reparto. Así que a partir
del mes que viene no hace falta que mandéis más la caja de limpieza ni
el papel, y no nos paséis más recibos.

Ha sido un placer, siempre todo bien.

Benito Lacasa"""),
("es", "b61-diciembre-donde-los-suegros", "Catalina Rojas <catalina.rojas@example.com.co>", "Diciembre", "billing", "",
"""Hola, buenas tardes. Nos vamos donde mis suegros en Cartagena todo
diciembre y hasta el 10 de enero, entonces les pido que no nos manden
los botellones de agua ni nos cobren esas semanas. En enero seguimos
normal, no es cancelar. Gracias y feliz navidad!
Catalina Rojas, Chapinero, Bogotá"""),
("es", "b61-se-nos-fue-el-toby", "Milagros Paredes <milagros.paredes@example.pe>", "Toby", "billing", "",
"""Buenos días,

Les escribo para avisarles que nuestro perrito Toby falleció el
domingo, ya estaba muy viejito. Cada mes nos llegaban de ustedes los
empapadores y las bolsitas biodegradables para él junto con lo de la
casa. Por favor quiten esos productos del pedido mensual para que ya no
se cobren. Lo demás que siga igual.

Muchas gracias,
Milagros Paredes
Miraflores, Lima"""),
("es", "b61-baja-cobros-contracargo", "Sergio Albarrán <sergio.albarran@example.es>", "Cobros después de darme de baja", "billing", "high",
"""Buenas,

Me di de baja de la suscripción de detergente el 15 de enero desde la
web, tengo el correo de confirmación. Desde entonces me habéis pasado
tres recibos de 27,90 € (febrero, marzo y abril). He escrito dos veces
y nadie me contesta.

Ya he devuelto los recibos en el banco y he pedido el contracargo del
de febrero, que fue con tarjeta. Si volvéis a pasar algún cargo más lo
pondré en manos de la OCU.

Sergio Albarrán"""),
("es", "b61-cilindros-nunca-llegaron-profeco", "Arturo Villaseñor <arturo.villasenor@example.com.mx>", "Cilindros pagados y no entregados", "billing", "high",
"""A quien corresponda:

El 3 de mayo pagué por transferencia $1,240 por dos cilindros de gas de
30 kg que nunca me entregaron. Me dijeron por teléfono tres veces que
"ya iba la pipa", luego que me iban a hacer el reembolso en 72 horas.
Han pasado tres semanas.

Si en cinco días hábiles no tengo mi dinero de vuelta presentaré la
queja formal ante Profeco con todos los comprobantes y las grabaciones
de las llamadas.

Arturo Villaseñor
Zapopan, Jalisco"""),
("es", "b61-cargo-servicio-supervisor", "Martín Ledesma <martin.ledesma@example.com.ar>", "QUIERO HABLAR CON UN SUPERVISOR", "billing", "high",
"""Hace tres meses que en cada envío de agua me meten un "cargo por
servicio" de $2.900 que nunca figuró en el plan que contraté. Ya lo
reclamé por WhatsApp dos veces y me responden con un bot que no
entiende nada.

No quiero hablar más con atención al cliente. Quiero que me llame un
supervisor o alguien con poder de decisión, que me devuelva los $8.700
y me explique de dónde sale ese cargo.

Martín Ledesma
Rosario"""),
("es", "b61-dispensador-ruido-motor", "Rocío Benítez <rocio.benitez@example.es>", "Fuente de agua", "technical", "",
"""Hola,

La fuente de agua de la oficina desde la semana pasada hace un ruido
muy fuerte, como un zumbido de motor que se oye desde el pasillo, y de
vez en cuando un golpe seco. El agua sale fría igual. ¿Podéis mandar
a alguien a revisarla?

Rocío Benítez
Asesoría Benítez, Sevilla"""),
("es", "b61-app-se-cierra-no-es-cobro", "Esteban Quiroga <esteban.quiroga@example.cl>", "app", "technical", "",
"""Hola, no es un tema de cobro ni de pedido, todo eso está bien. Lo que
pasa es que la app se cierra sola cada vez que entro a "Mis pedidos",
se pone en blanco un segundo y se cierra. El resto de la app funciona.
Tengo un Samsung A54, ya la borré y la instalé de nuevo.
Esteban"""),
("es", "b61-enlace-recuperacion-caducado", "Pilar Domínguez <pilar.dominguez@example.es>", "No puedo entrar", "technical", "",
"""Buenas tardes,

He pedido cambiar la contraseña y el correo me llega, pero cuando pincho
en el enlace me dice "Este enlace ha caducado", aunque lo abra en el
mismo minuto. Lo he intentado cuatro veces. Así no hay manera de entrar
en mi cuenta.

Pilar Domínguez"""),
("es", "b61-web-no-guarda-direccion", "Hugo Valencia <hugo.valencia@example.com.co>", "direccion", "technical", "",
"""buenas, en la pagina no me deja guardar la direccion nueva, le doy a
guardar y sale un error en rojo "campo invalido" pero no dice cual
campo. ya probe sin tildes, sin el numeral y nada. Calle 45 # 12-30
apto 502, Medellin."""),
("es", "b61-bomba-garrafon-no-carga", "Karla Estrada <karla.estrada@example.com.mx>", "Bomba eléctrica", "technical", "",
"""Hola, compré con ustedes la bombita eléctrica para el garrafón (la
que se carga con USB) y ya no carga. La conecto, se prende la luz roja
un segundo y se apaga. Probé con otro cable y otro cargador. Tiene un
mes nada más.
Karla"""),
("es", "b61-hola-qr-rellenar", "Inés Carrasco <ines.carrasco@example.es>", "Hola", "technical", "",
"""Hola, buenos días. Las botellas rellenables que compré traen un código
QR en la etiqueta para pedir la recarga directamente, pero cuando lo
escaneo con el móvil me abre una página que pone "404 - página no
encontrada". Me pasa con las tres botellas (suelos, baño y cocina).
Gracias.
Inés"""),
("es", "b61-purificador-error-e3", "Fernando Cárdenas <fernando.cardenas@example.com.co>", "Purificador", "technical", "",
"""Buenas tardes,

El dispensador con purificador que nos instalaron en marzo muestra
desde ayer "E3" en la pantalla y la lucecita UV parpadea. Sigue dando
agua pero no sabemos si está purificando o no, y con niños en la casa
preferimos no tomarla. ¿Qué significa E3 y qué debemos hacer?

Fernando Cárdenas
Cali"""),
("es", "b61-olor-gas-bombona-nueva", "Mercedes Iglesias <mercedes.iglesias@example.es>", "La bombona de hoy", "technical", "high",
"""Buenas noches,

Esta mañana me trajeron una bombona nueva y desde que la conecté noto
un olor a gas suave en la cocina, sobre todo agachándome junto a la
bombona. Con la anterior nunca pasó.

He cerrado la llave del regulador, he abierto la ventana y de momento
no voy a encender nada. No es urgente para mí en el sentido de que
estoy bien, pero me gustaría que viniera alguien a revisarla antes de
volver a usarla.

Mercedes Iglesias
C/ Real 33, 2.º B, Ourense
Tel. 988 000 000"""),
("es", "b61-bomba-bateria-hinchada", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "La bomba del garrafón se calentó muchísimo", "technical", "high",
"""Hola, buenas noches.

Anoche dejé cargando la bomba eléctrica para garrafón que les compré y
en la mañana estaba hirviendo, no se podía ni tocar, y la parte de
abajo está inflada, como abombada. Huele raro, a químico. La desconecté
y la dejé en el patio sobre el piso de cemento.

Tengo otra igual de ustedes en casa de mi mamá, ¿qué hago con esa?
¿Es seguro seguir usándola?

Daniela Ochoa
Monterrey"""),
("es", "b61-panaderia-sin-gas-sensor", "Panadería Don Aurelio <panaderia.donaurelio@example.com.ar>", "tanque", "technical", "high",
"""Buen día.

A las 4 de la mañana se nos apagó el horno en plena horneada. El tanque
de gas que ustedes nos controlan por el sensor estaba vacío, y la app
hasta anoche decía 45%, por eso no pedimos carga. Tiramos dos
bandejas de medialunas y hoy no abrimos el local, tenemos los pedidos de
tres bares y un colegio que no vamos a poder cumplir.

Necesitamos una carga hoy mismo y que revisen el sensor, porque si
vuelve a pasar mañana estamos en la misma.

Aurelio Bianchi
Panadería Don Aurelio, Lanús
11 4000-0000"""),
("es", "b61-plataforma-pedidos-empresa-limpieza", "Limpiezas Andes <operaciones@limpiezasandes.example>", "Plataforma de pedidos", "technical", "high",
"""Estimados:

Desde el lunes la plataforma de pedidos para empresas no nos deja
cerrar ningún pedido: carga el carro, pero al confirmar queda pensando
y después vuelve a la portada sin generar número. Lo probamos desde
cuatro computadores distintos.

Atendemos doce edificios de oficinas en Santiago y nuestras cuadrillas
se están quedando sin cloro, papel y bolsas. Mañana ya hay tres
edificios en los que no vamos a poder hacer el aseo.

Les pedimos que lo solucionen o que nos tomen el pedido por otra vía
hoy mismo.

Paula Sepúlveda
Jefa de Operaciones, Limpiezas Andes SpA"""),
("es", "b61-abuela-sin-calefaccion-burgos", "Álvaro Peña <alvaro.pena@example.es>", "Mi abuela no tiene calefacción", "technical", "high",
"""Hola,

Mi abuela tiene 91 años y vive sola en un pueblo de Burgos. Se calienta
con una estufa de butano. Ayer el repartidor le cambió la bombona y le
puso también un regulador nuevo porque el viejo "estaba muy gastado",
y desde entonces la estufa no enciende. Ella no sabe qué hacer y yo vivo
en Madrid.

Esta noche van a estar a -4 grados. Por favor, ¿puede pasar alguien hoy
a revisarlo?

Álvaro Peña
Dirección de mi abuela: Nieves Peña, C/ Mayor 12, Villadiego"""),
("es", "b61-descalcificador-tercera-vez-responsable", "Raquel Fontana <raquel.fontana@example.es>", "Descalcificador - tercera visita", "technical", "high",
"""Buenos días,

El descalcificador que nos instalasteis en octubre (orden de trabajo
DC-2291) sigue sin regenerar. Sale el agua igual de dura y la sal no
baja. Ha venido vuestro técnico tres veces y las tres se ha ido
diciendo que "ya está". No lo está.

No quiero que vuelva a venir el mismo técnico. Quiero que me llame el
responsable del servicio técnico o alguien por encima, y que me diga
cómo se va a resolver de una vez.

Raquel Fontana
Girona"""),
("es", "b61-horario-festivo-valencia", "Vicente Soler <vicente.soler@example.es>", "Horario", "general", "",
"""Bon dia! ¿La tienda a granel de Russafa abre el 19 de marzo (San José)?
Es que con las Fallas no sé si cerráis o hacéis horario especial.
Gracias."""),
("es", "b61-taller-residuo-cero-inscripcion", "Claudia Moreno <claudia.moreno@example.es>", "Taller de jabón", "general", "",
"""Hola!

He visto en vuestro Instagram que hacéis un taller de jabón casero y
residuo cero el sábado 18 en la tienda de Malasaña. ¿Hace falta
inscribirse? ¿Puedo ir con mi hija de 10 años?

Claudia"""),
("es", "b61-felicitacion-don-jaime", "Gloria Tapia <gloria.tapia@example.cl>", "Felicitaciones a don Jaime", "general", "",
"""Estimados:

Quería felicitar a don Jaime, el caballero que nos reparte el gas en
Viña del Mar los jueves. Siempre llega a la hora, es amabilísimo, y
la semana pasada se dio el tiempo de enseñarle a mi papá, que tiene 84
años, cómo revisar que el balón quedara bien conectado. No es lo que
uno ve todos los días.

Que sepan que tienen un gran trabajador.

Saludos cordiales,
Gloria Tapia"""),
("es", "b61-dejar-en-conserjeria", "Jorge Arias <jorge.arias@example.es>", "Entregas", "general", "",
"""Buenas, a partir de ahora podéis dejar las cajas en la conserjería del
edificio (el conserje se llama Paco y está de 8 a 15). Yo no suelo
estar por las mañanas. Portal 2, Avda. de América 40, Madrid.
Gracias!"""),
("es", "b61-cambio-de-correo", "Marisa Quintero <marisa.q@example.es>", "Cambio de correo electronico", "general", "",
"""Hola, quiero cambiar el correo de mi cuenta. El viejo es
mquintero72@example.es y ya no lo uso, el nuevo es este desde el que
escribo. Un saludo, Marisa Quintero"""),
("es", "b61-acceso-datos-rgpd", "Tomás Villar <tomas.villar@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del Reglamento General de Protección de Datos,
solicito que me faciliten una copia de todos los datos personales míos
que traten, la finalidad del tratamiento, a quién se han comunicado y
durante cuánto tiempo se conservarán.

Adjunto copia de mi DNI. Mi cuenta de cliente está asociada a este
correo.

Atentamente,
Tomás Villar Recio"""),
("es", "b61-patrocinio-carrera-solidaria", "AMPA CEIP Los Almendros <ampa.losalmendros@example.es>", "Carrera solidaria", "general", "",
"""Hola,

Desde el AMPA del colegio Los Almendros (Alcalá de Henares) estamos
organizando una carrera solidaria el 25 de mayo para recaudar fondos
para el comedor. ¿Os interesaría colaborar como patrocinadores? Nos
vendría genial algún lote de productos para el sorteo o agua para
los corredores, y pondríamos vuestro logo en los carteles.

Gracias de antemano,
Lorena Gil, tesorera del AMPA"""),
("es", "b61-no-quiero-devolucion-gracias", "Santiago Medina <santiago.medina@example.com.ar>", "nada que reclamar", "general", "",
"""Hola gente, les escribo solo para decirles que el detergente nuevo
de lavanda es lo más. No, no quiero ningún reintegro ni descuento ni
nada jaja, me gustó y listo. Primera vez que le escribo a una empresa
para algo bueno. Abrazo
Santi"""),
("es", "b61-detergente-ropa-bebe", "Valeria Cruz <valeria.cruz@example.com.mx>", "Consulta", "general", "",
"""Hola, buen día. El detergente hipoalergénico de la caja sirve para
la ropa de un recién nacido? Mi bebé nace en julio y quiero ir
lavando la ropita. Tiene perfume o colorantes?
Gracias"""),
("es", "b61-olvide-carro-compra", "Encarna Ruiz <encarna.ruiz@example.es>", "Me dejé el carro", "general", "",
"""Buenas, ayer por la tarde me dejé el carro de la compra de cuadros
azules en vuestra tienda de Triana, creo que al lado de los bidones de
aceite. Soy mayor y con las prisas se me fue. ¿Lo tenéis guardado?
Paso a por él mañana.
Encarna"""),
("es", "b61-pedido-pregunta-comunidades", "Diego Paz <diego.paz@example.es>", "Pedido 88213", "general", "",
"""Hola,

Soy cliente particular (pedido 88213) y además presidente de mi
comunidad de vecinos. ¿Trabajáis también con comunidades de
propietarios? Nos interesaría para los productos de limpieza del
portal. No quiero todavía precios, solo saber si es algo que hacéis.

Diego Paz"""),
("es", "b61-repartidor-grosero-encargado", "Rosa María Luque <rosamaria.luque@example.es>", "Queja sobre vuestro repartidor", "general", "high",
"""Buenas tardes:

Hoy sobre las 12:30 vuestro repartidor de agua aparcó la furgoneta
delante del garaje de mi padre (82 años) y cuando mi padre le pidió
por favor que la moviera porque tenía que ir al médico, le contestó de
malas maneras, le llamó "viejo pesado" y tardó veinte minutos en
quitarla. Mi padre perdió la cita.

Quiero que se ponga en contacto conmigo el encargado o el responsable
de la zona, no un operador. Tengo la matrícula de la furgoneta.

Rosa María Luque
Córdoba"""),
("es", "b61-cristal-zona-infantil-tienda", "Natalia Guzmán <natalia.guzman@example.es>", "Zona infantil de la tienda", "general", "high",
"""Hola,

Esta mañana he estado en vuestra tienda de Gràcia con mi hijo de 3 años
y en la zonita infantil, en la alfombra de los juguetes, había trocitos
de cristal, parece que de un tarro que se rompió cerca. Mi hijo cogió
uno y por suerte lo vi a tiempo. Se lo dije a la dependienta y lo
barrió, pero en la alfombra seguían quedando trocitos brillantes.

Os lo cuento para que lo revisen bien antes de que algún niño se
corte.

Natalia Guzmán"""),
# ---------------- Polish ----------------
("pl", "b61-karta-stalego-klienta-pieczatki", "Agnieszka Rutkowska <agnieszka.rutkowska@example.pl>", "Karta z pieczątkami", "billing", "",
"""Dzień dobry,

zbieram pieczątki na karcie stałego klienta w Waszym sklepie z
napełnianiem na Kazimierzu. Przy 10. napełnieniu miałam dostać płyn do
naczyń gratis. W sobotę miałam już 9 pieczątek, napełniłam dwie
butelki, a pani przy kasie i tak skasowała obie (razem 23,80 zł) i
powiedziała, że "system nie widzi karty". Karta jest papierowa, więc
nie rozumiem, o jaki system chodzi.

Czy mogę dostać zwrot za tę jedną butelkę albo gratis przy następnej
wizycie?

Agnieszka Rutkowska"""),
("pl", "b61-cena-butli-11kg-wymiana", "Zbigniew Kaczmarek <zbigniew.kaczmarek@example.pl>", "Butla 11 kg", "billing", "",
"""Dzień dobry,

zamówiłem u Was wymianę butli propan-butan 11 kg z dowozem i zapłaciłem
kierowcy 129 zł. Na stacji koło mnie taka wymiana kosztuje 99 zł. Rozumiem,
że dowóz kosztuje, ale na stronie było napisane "dostawa od 10 zł".
Skąd taka różnica? Proszę o rozpisanie ceny.

Z poważaniem
Zbigniew Kaczmarek, Skierniewice"""),
("pl", "b61-blizniaki-zlobek-jedna-paczka", "Marta Zielińska <marta.zielinska@example.pl>", "Pieluchy - mniej", "billing", "",
"""Hej,

od września bliźniaki chodzą do żłobka, a żłobek zapewnia pieluchy na
cały dzień, więc w domu zużywamy ich dużo mniej. Chcielibyśmy zmniejszyć
abonament z dwóch paczek miesięcznie do jednej, od najbliższej dostawy.
Ile wtedy wyniesie miesięczna opłata?

Dzięki!
Marta"""),
("pl", "b61-platnosc-blikiem", "Krzysztof Lis <krzysztof.lis@example.pl>", "blik", "billing", "",
"""Czesc, da sie placic za abonament na wode BLIKiem? Przy zakladaniu
konta byla tylko karta, a ja wole nie podpinac karty na stale.
Jak nie, to moze przelew co miesiac?
Krzysiek"""),
("pl", "b61-faktura-nip-biuro", "Biuro Rachunkowe Saldo <biuro@saldo-rachunkowe.example>", "Faktura VAT na firmę", "billing", "",
"""Dzień dobry,

zamawiamy u Państwa co miesiąc wodę w butlach 18,9 l oraz kubki do
dystrybutora do naszego biura. Na ostatnich trzech zamówieniach
wystawiony został paragon zamiast faktury. Prosimy o wystawienie
faktur VAT na dane:

Biuro Rachunkowe Saldo Sp. z o.o.
ul. Piotrkowska 120/4, 90-006 Łódź
NIP 7250000000

oraz o ustawienie, by kolejne faktury wystawiały się automatycznie.

Z poważaniem
Beata Michalak"""),
("pl", "b61-raty-zmiekczacz-zero-procent", "Paweł Jasiński <pawel.jasinski@example.pl>", "Zmiękczacz na raty?", "billing", "",
"""Dzień dobry,

interesuje mnie zmiękczacz wody z montażem za 3 490 zł. Czy jest
możliwość zakupu na raty 0%, np. na 10 lub 20 rat? Na stronie widzę
tylko płatność z góry. I czy montaż trzeba płacić od razu, czy dopiero
po wykonaniu?

Paweł Jasiński"""),
("pl", "b61-bon-podarunkowy-abonament", "Halina Wróbel <halina.wrobel@example.pl>", "Bon od wnuczki", "billing", "",
"""Dzień dobry,

na imieniny dostałam od wnuczki bon podarunkowy do Państwa sklepu na
150 zł. Chciałabym nim opłacić abonament na środki czystości, ale nie
wiem, gdzie wpisać numer bonu, nie ma takiego okienka. Czy można go
wykorzystać na abonament, czy tylko na zwykłe zakupy?

Z poważaniem
Halina Wróbel"""),
("pl", "b61-re-zwrot-proszek-uczulenie", "Tomasz Górecki <tomasz.gorecki@example.pl>", "Re: Twoje zamówienie 40922 zostało dostarczone", "billing", "",
"""Dzień dobry,

synek dostał wysypki po praniu w tym nowym proszku zapachowym, więc
wracamy do wersji bez zapachu. Z zamówienia poniżej zostały nam dwa
nieotwarte kartony. Czy mogę je odesłać i dostać zwrot, albo wymienić
na wersję Sensitive?

Pozdrawiam
Tomasz Górecki

W dniu 14.05.2024 o 09:41, Sklep CzystyDom <sklep@czystydom.example> pisze:
> Dzień dobry,
> Twoje zamówienie 40922 zostało dostarczone.
> 3 x Proszek do prania Świeża Łąka 3,2 kg - 131,97 zł
> Dziękujemy za zakupy w CzystyDom!"""),
("pl", "b61-wyjezdzamy-do-norwegii", "Łukasz Nowicki <lukasz.nowicki@example.pl>", "Koniec współpracy", "billing", "",
"""Dzień dobry,

pod koniec miesiąca wyprowadzamy się całą rodziną do Norwegii (praca w
Stavanger), więc kończymy z Państwa dostawami papieru i chemii. Proszę
o zakończenie subskrypcji z ostatnią dostawą w tym miesiącu i
potwierdzenie, że od przyszłego miesiąca nic nie zostanie pobrane.

Dziękujemy za te dwa lata, zawsze wszystko przychodziło na czas.

Łukasz Nowicki"""),
("pl", "b61-sanatorium-ciechocinek", "Janina Kowalewska <janina.kowalewska@example.pl>", "Woda", "billing", "",
"""Szanowni Państwo,

od 3 do 24 czerwca będę w sanatorium w Ciechocinku. Proszę nie
przywozić mi w tym czasie wody i nie liczyć za te tygodnie. Po powrocie
proszę dowozić normalnie, co tydzień we wtorek jak dotąd.

Z poważaniem
Janina Kowalewska
ul. Słowackiego 8 m. 3, Toruń"""),
("pl", "b61-tesciowa-odeszla-woda", "Grzegorz Mazur <grzegorz.mazur@example.pl>", "Umowa na nazwisko Stanisławy Mazur", "billing", "",
"""Dzień dobry,

w marcu odeszła moja teściowa, pani Stanisława Mazur, która miała u
Państwa umowę na dostawę wody i dzierżawę dystrybutora (nr klienta
W-20331). Mieszkanie jest już puste i przekazane spółdzielni.

Proszę o zamknięcie umowy, odbiór dystrybutora i pustych butli oraz
rozliczenie kaucji. Jeśli potrzebny jest akt zgonu, mogę go przesłać.

Grzegorz Mazur (zięć)"""),
("pl", "b61-chargeback-po-rezygnacji", "Natalia Szymańska <natalia.szymanska@example.pl>", "Nieuprawnione obciążenia karty", "billing", "high",
"""Dzień dobry,

zrezygnowałam z subskrypcji papieru toaletowego 10 lutego przez
formularz na stronie i dostałam potwierdzenie. Mimo to 1 marca i 1
kwietnia pobraliście z mojej karty po 64,90 zł, a paczki przyszły,
choć ich nie chciałam. Odesłałam je nieotwarte.

Dzisiaj złożyłam w banku reklamację obu transakcji (chargeback). Jeśli
zwrócicie 129,80 zł wcześniej, dam bankowi znać, że sprawa jest
zamknięta.

Natalia Szymańska"""),
("pl", "b61-podwyzka-bez-zgody-rzecznik", "Wojciech Pawlak <wojciech.pawlak@example.pl>", "Podwyżka abonamentu bez zgody", "billing", "high",
"""Szanowni Państwo,

w maju bez żadnego uprzedzenia podnieśliście cenę mojego abonamentu na
środki czystości z 89 zł na 119 zł miesięcznie. Umowa zawarta na 12
miesięcy gwarantuje stałą cenę, o czym mówi § 4 regulaminu, który mam
zapisany.

Żądam zwrotu nadpłaty za maj i czerwiec (60 zł) oraz utrzymania ceny
do końca umowy. Jeśli nie otrzymam odpowiedzi w ciągu 14 dni, zwrócę
się do miejskiego rzecznika konsumentów, a kopię skargi prześlę do
UOKiK.

Wojciech Pawlak
Gdynia"""),
("pl", "b61-zwrot-zalany-karton-kierownik", "Iwona Sobczak <iwona.sobczak@example.pl>", "ZNOWU nic", "billing", "high",
"""Trzeci raz piszę w tej samej sprawie.

24 kwietnia przyszedł karton z kapsułkami do prania całkiem rozmoknięty,
połowa kapsułek popękana i sklejona. Wysłałam zdjęcia, konsultant
napisał, że zwrot 74,99 zł będzie w ciągu 5 dni roboczych. Minął
miesiąc. Za każdym razem odpisuje ktoś inny i prosi o te same zdjęcia.

Nie będę już rozmawiać z infolinią. Proszę o kontakt kierownika działu
obsługi klienta albo jego przełożonego, dzisiaj.

Iwona Sobczak
tel. 600 000 000"""),
("pl", "b61-dystrybutor-bulgocze-nie-leci", "Adam Krawczyk <adam.krawczyk@example.pl>", "Dystrybutor", "technical", "",
"""Dzień dobry,

po założeniu nowej butli dystrybutor tylko bulgocze, a z kranów leci
cienka strużka i po chwili nic. Butla jest pełna, założona tak jak
zawsze, zdjąłem i założyłem jeszcze raz. Poprzednia działała normalnie.

Adam Krawczyk
Poznań, Jeżyce"""),
("pl", "b61-aplikacja-wybor-terminu-nie-platnosc", "Oliwia Pietrzak <oliwia.pietrzak@example.pl>", "apka", "technical", "",
"""To nie jest reklamacja płatności, z płatnościami wszystko gra.
Aplikacja wyłącza się za każdym razem, gdy próbuję wybrać termin
dostawy - klikam w kalendarz i wywala do pulpitu. iPhone 12, aplikacja
zaktualizowana wczoraj. Na komputerze na stronie da się, ale wolę w apce.
Oliwia"""),
("pl", "b61-logowanie-google-blad", "Michał Dudek <michal.dudek@example.pl>", "Logowanie przez Google", "technical", "",
"""Dzień dobry, od kilku dni nie mogę się zalogować przez "Zaloguj z
Google". Wybieram konto i wyskakuje "Błąd 400: redirect_uri_mismatch".
Hasła do Waszego serwisu nigdy nie ustawiałem, więc inaczej nie wejdę.
Michał"""),
("pl", "b61-strona-blad-500-termin", "Ewa Kozłowska <ewa.kozlowska@example.pl>", "Zmiana terminu dostawy", "technical", "",
"""Dzień dobry,

chcę przesunąć dostawę pieluch z piątku na poniedziałek. W zakładce
"Moje dostawy" wybieram nową datę, klikam "Zapisz" i pojawia się
strona "Błąd 500 - Internal Server Error". Próbowałam wczoraj i dziś,
w Chrome i w Edge.

Ewa Kozłowska"""),
("pl", "b61-tabletki-zmywarka-nie-rozpuszczaja", "Robert Wieczorek <robert.wieczorek@example.pl>", "Tabletki do zmywarki", "technical", "",
"""Dzień dobry,

tabletki do zmywarki z ostatniego pudełka abonamentu nie rozpuszczają
się - po skończonym programie tabletka leży prawie cała w dozowniku, a
naczynia są brudne. Z poprzednich pudełek ta sama zmywarka, ten sam
program i było dobrze. Czy to może być wadliwa partia? Numer na
opakowaniu L2403-17.

Robert Wieczorek"""),
("pl", "b61-dzien-dobry-sms-o-dostawie", "Jadwiga Borkowska <jadwiga.borkowska@example.pl>", "Dzien dobry", "technical", "",
"""Dzien dobry, od miesiaca nie dostaje juz SMS-ow dzien przed dostawa
wody z godzina przyjazdu kierowcy. Wczesniej zawsze przychodzily.
Numer telefonu sie nie zmienil. W ustawieniach konta powiadomienia sa
wlaczone. Przez to dwa razy nie bylo mnie w domu.
Jadwiga Borkowska"""),
("pl", "b61-wklad-filtra-przecieka", "Sebastian Kubiak <sebastian.kubiak@example.pl>", "Wkłady do dzbanka", "technical", "",
"""Cześć, w ostatniej przesyłce wkładów filtrujących do dzbanka wszystkie
trzy przeciekają bokiem - woda leci obok wkładu, nie przez filtr, i w
dolnej części dzbanka są czarne drobinki węgla. Poprzednie wkłady siedziały
ciasno i było ok. Dzbanek ten sam.
Seba"""),
("pl", "b61-waz-butli-peknieta-guma", "Teresa Adamczyk <teresa.adamczyk@example.pl>", "Wąż przy butli", "technical", "high",
"""Dzień dobry,

w środę Wasz pracownik wymienił nam butlę w kuchni. Dziś rano zauważyłam,
że gumowy wąż od butli do kuchenki jest pęknięty tuż przy reduktorze,
a przy samej butli czuć lekko gaz. Wcześniej tego nie było, może wąż
pękł przy wymianie.

Zakręciłam zawór na butli, wywietrzyłam kuchnię i nie używamy kuchenki.
Proszę o przyjazd kogoś, kto to sprawdzi i wymieni wąż.

Teresa Adamczyk
Lubartów, ul. Lipowa 17
tel. 81 000 00 00"""),
("pl", "b61-dystrybutor-dym-z-tylu", "Marek Olszewski <marek.olszewski@example.pl>", "Dystrybutor w biurze", "technical", "high",
"""Dzień dobry,

dziś około 14 z tyłu dystrybutora wody, który od Was dzierżawimy, zaczął
wydobywać się dym i czuć było spaleniznę. Wyłączyliśmy go z gniazdka,
dym przestał. Obudowa z tyłu jest nadtopiona przy kratce.

Dystrybutor stoi na korytarzu, z którego korzysta około 30 osób.
Zostawiliśmy go odłączonego i oklejonego kartką, ale proszę o jak
najszybszy odbiór i wymianę.

Marek Olszewski
Kierownik administracyjny, Agro-Tech Sp. z o.o., Rzeszów"""),
("pl", "b61-bar-mleczny-przelacznik-butli", "Bar Mleczny Pod Arkadami <bar.podarkadami@example.pl>", "Butle w kuchni", "technical", "high",
"""Dzień dobry,

w piątek Wasz serwisant zamontował nam automatyczny przełącznik do
zestawu butli w kuchni. Od dziś rano przełącznik nie przepuszcza gazu
z żadnej strony - obie butle pełne, a palniki ledwo się tlą. Kuchnia
stoi.

Codziennie wydajemy ok. 200 obiadów, w tym 80 dla szkoły podstawowej,
która je odbiera o 11:30. Dziś już wiemy, że nie zdążymy. Prosimy o
pilny przyjazd serwisanta.

Krystyna Zając
Bar Mleczny Pod Arkadami, Lublin
tel. 81 000 00 01"""),
("pl", "b61-hurtownia-api-stany-zero", "Sklep Zero Odpadów <kontakt@zeroodpadow.example>", "Stany magazynowe", "technical", "high",
"""Dzień dobry,

jesteśmy Waszym klientem hurtowym, nasz sklep internetowy pobiera
automatycznie stany magazynowe z Waszego pliku XML. Od wczoraj od 18
plik zwraca same zera przy wszystkich produktach, więc u nas cały
sklep pokazuje "niedostępne" i od wieczora nie przyszło żadne
zamówienie. Zwykle mamy ich kilkadziesiąt dziennie. Ten sam problem
mają podobno inne sklepy, które znamy.

Prosimy o pilne sprawdzenie.

Dominika Sadowska
Sklep Zero Odpadów"""),
("pl", "b61-mama-piecyk-gasnie-mroz", "Renata Kalinowska <renata.kalinowska@example.pl>", "Piecyk mamy", "technical", "high",
"""Dzień dobry,

moja mama ma 84 lata i mieszka sama na wsi pod Augustowem. Ogrzewa
pokój piecykiem gazowym na butlę od Was. Wczoraj kierowca wymienił
butlę i od tamtej pory piecyk zapala się, ale po minucie gaśnie. Mama
ledwo chodzi i sama nic przy tym nie zrobi.

W nocy ma być -12. Bardzo proszę, żeby ktoś do niej dzisiaj pojechał.

Renata Kalinowska (córka)
Adres mamy: Zofia Kalinowska, Jabłońskie 14"""),
("pl", "b61-stacja-uzdatniania-trzeci-raz-kierownik", "Jacek Sikorski <jacek.sikorski@example.pl>", "Trzecia naprawa - proszę o kierownika", "technical", "high",
"""Dzień dobry,

system odwróconej osmozy zamontowany przez Was w lutym (zlecenie
RO-11890) znowu przecieka pod zlewem. Serwis był już trzy razy:
wymiana złączki, potem membrany, potem "dokręcenie wszystkiego". Po
tygodniu znowu mokra szafka i spuchnięta płyta.

Nie chcę czwartej wizyty tego samego serwisanta. Proszę o kontakt
kierownika serwisu albo osoby wyżej, która podejmie decyzję, co dalej.

Jacek Sikorski
Wrocław"""),
("pl", "b61-wigilia-godziny-sklepu", "Dorota Krajewska <dorota.krajewska@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której będzie otwarty sklep z produktami na wagę w
Gdańsku Wrzeszczu w Wigilię? I czy w sobotę przed świętami dłużej?
Pozdrawiam, Dorota"""),
("pl", "b61-wlasne-sloiki-tara", "Kamil Wojciechowski <kamil.wojciechowski@example.pl>", "sloiki", "general", "",
"""Hej, pierwszy raz wybieram sie do was na zakupy na wage. Jak to
dziala z wlasnymi sloikami - trzeba je zwazyc przed napelnieniem przy
kasie, czy sami to robimy? I czy moge przyniesc woreczki materialowe na
kasze?"""),
("pl", "b61-pochwala-pan-henryk", "Bożena Stępień <bozena.stepien@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam serdecznie podziękować panu Henrykowi, który przywozi nam wodę
na osiedle w Kielcach. W zeszłym tygodniu zauważył, że mąż źle się
poczuł na klatce schodowej, posadził go, zadzwonił po mnie i poczekał,
aż zejdę. Nikt go o to nie prosił.

Proszę przekazać jego przełożonym, że macie wspaniałego pracownika.

Z wyrazami szacunku
Bożena Stępień"""),
("pl", "b61-kod-do-furtki-dostawa", "Artur Baran <artur.baran@example.pl>", "Dostawa na działkę", "general", "",
"""Dzień dobry,

najbliższą dostawę wody proszę przywieźć na działkę zamiast do domu:
ROD Malinka, al. 3, działka 47, Kraków-Bieżanów. Kod do furtki 4521#.
Butle można zostawić na tarasie pod zadaszeniem, będę po 16.

Artur Baran"""),
("pl", "b61-zmiana-numeru-telefonu", "Aneta Wiśniewska <aneta.wisniewska@example.pl>", "Zmiana numeru", "general", "",
"""Dzień dobry, zmieniłam numer telefonu, nowy to 512 000 333. Proszę
zaktualizować dane, żeby kurier dzwonił na nowy. Aneta Wiśniewska"""),
("pl", "b61-rodo-skad-numer", "Piotr Jaworski <piotr.jaworski@example.pl>", "Skąd macie mój numer?", "general", "",
"""Dzień dobry,

od dwóch tygodni dzwoni do mnie Wasz konsultant z ofertą dostawy wody,
choć nigdy nie byłem Waszym klientem. Na podstawie art. 15 RODO proszę
o informację, skąd pozyskaliście mój numer telefonu i jakie moje dane
przetwarzacie, a następnie o ich usunięcie i zaprzestanie kontaktu.

Piotr Jaworski"""),
("pl", "b61-festyn-osp-sponsor", "OSP Zalesie <osp.zalesie@example.pl>", "Festyn strażacki", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Zalesiu organizuje 13 lipca festyn rodzinny
z okazji 90-lecia jednostki. Zwracamy się z prośbą o wsparcie - np.
wodę dla uczestników albo kilka zestawów Państwa produktów na loterię
fantową. Państwa logo umieścimy na plakatach i na profilu jednostki.

Z wyrazami szacunku
dh Stanisław Kurek
Prezes OSP Zalesie"""),
("pl", "b61-nie-chce-zwrotu-dziekuje", "Kinga Michalska <kinga.michalska@example.pl>", "Nie chodzi o zwrot", "general", "",
"""Dzień dobry! Od razu piszę, że nie chcę żadnego zwrotu ani rabatu :)
Chciałam tylko podziękować za karteczkę z życzeniami i próbkę płynu,
którą dołożyliście do paczki z okazji narodzin naszej córeczki. Bardzo
miły gest, aż się wzruszyłam.
Kinga z Opola"""),
("pl", "b61-papier-z-makulatury", "Henryk Zalewski <henryk.zalewski@example.pl>", "Pytanie o papier", "general", "",
"""Dzień dobry,

czy papier toaletowy w Państwa subskrypcji jest robiony z makulatury,
czy ze świeżej celulozy? I czy rolki są pakowane w folię, czy w papier?
Staramy się w domu ograniczać plastik.

Henryk Zalewski"""),
("pl", "b61-zgubiona-czapka-syna", "Monika Lewandowska <monika.lewandowska@example.pl>", "czapka", "general", "",
"""Dzien dobry, wczoraj po poludniu bylam z synem w waszym sklepie na
wage na Mokotowie i chyba zgubil tam czapke, granatowa z pomponem i
naszywka z dinozaurem. Czy ktos ja znalazl? Moge podjechac w kazdej
chwili.
Monika"""),
("pl", "b61-zamowienie-pytanie-przedszkole", "Joanna Czarnecka <joanna.czarnecka@example.pl>", "Zamówienie 30177", "general", "",
"""Dzień dobry,

zamówienie 30177 składałam prywatnie, ale pracuję też jako dyrektorka
przedszkola w Legionowie. Czy obsługują Państwo placówki oświatowe, np.
stałe dostawy ręczników papierowych i mydła? Na razie chodzi mi tylko o
informację, czy w ogóle jest taka możliwość.

Joanna Czarnecka"""),
("pl", "b61-kurier-obrazil-zone-kierownik", "Rafał Głowacki <rafal.glowacki@example.pl>", "Skandaliczne zachowanie dostawcy", "general", "high",
"""Dzień dobry,

dziś rano Wasz dostawca przywiózł nam karton z chemią. Kiedy żona
poprosiła, żeby wniósł go do przedpokoju, bo jest w 8. miesiącu ciąży,
odpowiedział, że "nie jest tragarzem", rzucił karton na wycieraczkę i
na odchodne ją obraził. Sąsiadka wszystko słyszała.

Żądam kontaktu z kierownikiem odpowiedzialnym za dostawy w naszym
rejonie. Nie życzę sobie, żeby ten człowiek jeszcze do nas przyjeżdżał.

Rafał Głowacki
Bielsko-Biała"""),
("pl", "b61-schodek-przy-wejsciu-sklep", "Elżbieta Nowak <elzbieta.nowak@example.pl>", "Schodek przed Waszym sklepem", "general", "high",
"""Dzień dobry,

przy wejściu do Waszego sklepu na ul. Długiej w Krakowie ukruszył się
kawałek drugiego stopnia i krawędź się rusza. Dziś starsza pani przede
mną zahaczyła o to obcasem i prawie upadła, złapałam ją w ostatniej
chwili. Nikt z obsługi tego nie oznaczył.

Piszę spokojnie, ale uważam, że trzeba to jak najszybciej zabezpieczyć,
zanim ktoś się połamie.

Elżbieta Nowak"""),
]
