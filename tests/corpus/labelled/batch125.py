# batch125.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Businesses: pools and water at home -- hot tub sellers, pool
# maintenance, sauna builders, water softeners, well pumps, rainwater
# tanks, pond builders.  The failure classes in these settings --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in unusual
# wording, outages of a business told only by their consequences, safety
# hazards told calmly, praise -- and everyday mail of all three queues.
# 40 mails each in English, Greek, Spanish and Polish, written separately.
M += [
# ---------------- English ----------------
("en", "b125-softener-salt-taken-twice", "Graham Pickering <graham.pickering@example.co.uk>", "Salt delivery", "billing", "",
"""Hello,

Your driver dropped off our usual 8 bags of block salt for the softener
on Thursday, which is fine, but my bank shows two payments of 46.40 to
you on the same day. We only had the one delivery. Could you put one of
them back please?

Regards,
Graham Pickering"""),
("en", "b125-pool-care-new-owners", "Siobhan Gallagher <siobhan.gallagher@example.ie>", "Pool care contract", "billing", "",
"""Hi there,

We've sold the house in Malahide and hand the keys over on the 28th, so
the pool will be someone else's headache from then on! Please finish
our monthly pool care at the end of this month and don't take any more
payments after that. If the new owners want you they'll be in touch
themselves, I've left your card on the fridge for them.

Thanks for everything over the last four years.
Siobhan"""),
("en", "b125-hot-tub-financing-question", "Tyler Brooks <tyler.brooks@example.com>", "Question", "billing", "",
"""Hey guys, we're looking at the 6-seat Cascade model ($8,995 on your
site). Do you do financing on that, and if so is it 0% or is there
interest? Also can the down payment go on a credit card or does it have
to be a check? Thanks, Tyler (Boise)"""),
("en", "b125-sauna-price-went-up", "Rebecca Lyons <rebecca.lyons@example.co.uk>", "Deposit paid in June - now a different price?", "billing", "",
"""Dear Sir or Madam,

We paid a 1,500 deposit in June for the barrel sauna (quote SQ-3318,
total 7,250) and were told the build slot would be October. Your office
has now written to say the balance is based on a new price of 7,890
"due to timber costs".

I'd like to understand why the price we accepted and paid a deposit on
isn't the price we pay. Could someone explain, or confirm the original
figure stands?

Yours faithfully,
Rebecca Lyons"""),
("en", "b125-heron-pond-plan", "Derek Hollins <derek.hollins@example.co.uk>", "Pond care plan", "billing", "",
"""Morning,

Sad news from our garden I'm afraid - a heron has had the last of the
koi over the past fortnight and my wife has decided she doesn't want to
start again. We'll be filling the pond in and planting it up in the
spring. So there's not much point in the monthly pond care visits any
more; please cancel the plan and stop the 32 a month.

Derek Hollins"""),
("en", "b125-softener-too-big-cupboard", "Kylie Nguyen <kylie.nguyen@example.com.au>", "return", "billing", "",
"""hi, just to be clear there's nothing wrong with the water softener, it
hasn't even been out of the box. the plumber came round and it won't
fit in the laundry cupboard, it's about 5cm too tall. can i send it back
for a refund (paid $1,149) or swap it for the compact one and get the
difference back? order WS-20417. cheers kylie"""),
("en", "b125-holiday-let-vat-invoice", "Accounts <accounts@lakeside-lodges.example>", "VAT invoice - hot tub servicing", "billing", "",
"""Good afternoon,

We have had your engineer out to service the hot tubs at lodges 3, 4 and
7 (job 88102). The receipt we were emailed is a card receipt only. For
our VAT return we need a proper VAT invoice showing your VAT number and
the VAT for each lodge separately, addressed to Lakeside Lodges Ltd.

Many thanks,
Pauline Metcalfe
Accounts, Lakeside Lodges Ltd"""),
("en", "b125-chemicals-box-winter-pause", "Niamh Corrigan <niamh.corrigan@example.ie>", "Chemicals box", "billing", "",
"""Hi,

The hot tub is drained and covered up for the winter now, the kids have
lost interest once it got dark at five. Can I pause the monthly
chemicals box from November to March rather than cancelling? I'd like to
keep the price I'm on (19.50) for when we start again.

Niamh"""),
("en", "b125-rainwater-rebate-invoice", "Warren Kelly <warren.kelly@example.com.au>", "Tank rebate paperwork", "billing", "",
"""G'day,

Council's rebate scheme wants an itemised tax invoice before they'll pay
the $500 back on our 5,000L rainwater tank. What you sent me is just a
one-line receipt for $3,480 "tank supply and install". They need the tank,
the pump and the plumbing connection listed separately with GST shown.
Can you redo it?

Warren Kelly
Toowoomba QLD"""),
("en", "b125-borewell-pump-amc-charge", "Ramesh Iyer <ramesh.iyer@example.in>", "Service charge under AMC", "billing", "",
"""Dear Sir/Madam,

We have an Annual Maintenance Contract with your company for the
submersible borewell pump at our residence in Whitefield (AMC no.
BLR-AMC-5521, valid till March). Your technician visited on 12th and
did the service, which was satisfactory. However, he collected Rs 1,800
as "visit charges" in cash and gave a receipt.

As per the AMC document, service visits are covered. Kindly refund the
amount to my account or adjust it against the next renewal.

Thanking you,
Ramesh Iyer"""),
("en", "b125-spa-cover-never-came-amex", "Dana Whitfield <dana.whitfield@example.com>", "Cover order - 7 weeks", "billing", "high",
"""I ordered a replacement spa cover from you on August 2 and paid $612 up
front. Seven weeks later: no cover, no tracking number, and the last two
emails to your support address got the auto-reply and nothing else.

I'm done waiting. If I don't get either a delivery date or a full refund
by Friday I'm opening a dispute with American Express for the whole
amount and they can sort it out with you.

Dana Whitfield"""),
("en", "b125-heat-pump-deposit-small-claims", "Martin Oakes <martin.oakes@example.co.uk>", "Heat pump deposit - final request", "billing", "high",
"""This is my fourth email.

On 3 May I paid you a 950 deposit to supply and fit a heat pump for our
pool. On 20 May, well within the cancellation period in your own terms,
I cancelled in writing and your office acknowledged it. Nothing was
ordered or fitted. I have not received a penny back.

If the 950 is not in my account within 14 days of today I will issue a
claim through the small claims court without further notice, and I will
be claiming my costs.

Martin Oakes"""),
("en", "b125-show-price-manager", "Bronwyn Fitzgerald <bronwyn.fitz@example.com.au>", "Not what we agreed at the Home Show", "billing", "high",
"""At the Sydney Home Show your rep (Jason) agreed $11,200 for the swim
spa delivered and installed, and wrote it on the back of his card which I
still have. The invoice that just came through says $12,650. When I rang,
the girl on the phone said she "can't see any show discount on the
system" and that was that.

I want to talk to your sales manager, not the front desk. Please have
them call me on 0412 555 083 this week.

Bronwyn Fitzgerald"""),
("en", "b125-late-wife-filter-club", "Arthur Bellamy <arthur.bellamy@example.co.uk>", "Filter Club", "billing", "",
"""Dear Sirs,

My wife Margaret, who was the one who enjoyed the hot tub, died in
September. I have no use for it myself and my son is arranging for it
to be taken away. I understand we are in your Filter Club, with new
filters sent every quarter and 24.00 taken each time.

Would you kindly bring this to an end. I do not wish to receive any more
filters.

Yours faithfully,
Arthur Bellamy"""),
("en", "b125-not-billing-app-offline", "Hannah Price <hannah.price@example.co.uk>", "My account", "technical", "",
"""Hi, this isn't about my bill or my account as such - it's the SpaLink
app. Since the weekend it shows the hot tub as "offline" and I can't
turn the heat up from my phone any more. The tub itself is fine, the
panel works and the router is three metres away. I've deleted and
reinstalled the app and it still says offline.

Hannah"""),
("en", "b125-softener-water-still-hard", "Colin Ashworth <colin.ashworth@example.co.uk>", "Softener", "technical", "",
"""The softener you fitted in July has salt in it and the display says
it's regenerating every few nights, but the test strips show the water
at the kitchen tap is as hard as before you put it in, and the kettle is
furring up again. Bypass valve is in the service position, I've
checked. Can someone come and look?

C. Ashworth"""),
("en", "b125-pond-uv-green", "Eoin Brady <eoin.brady@example.ie>", "pond gone green", "technical", "",
"""The UV clarifier on the pond filter isn't lighting up any more (no blue
glow in the little window) and the water has gone pea green in a week.
The pump still runs. Is it just the bulb or is the unit gone? It's only
a year old."""),
("en", "b125-sauna-controller-e3", "Greg Halvorsen <greg.halvorsen@example.com>", "Sauna controller error", "technical", "",
"""Hello,

Our home sauna (you built it in our basement last winter) now shows "E3"
on the control panel about five minutes after turning it on and the
heater shuts off. The manual says E3 is a sensor fault but doesn't say
what to do about it. We haven't moved anything. Can you send someone or
tell me what to check?

Greg Halvorsen
Duluth, MN"""),
("en", "b125-pool-robot-circles", "Shane Dwyer <shane.dwyer@example.com.au>", "robot cleaner", "technical", "",
"""Mate the pool robot just goes round in circles in the deep end now and
never climbs the walls like it used to. Cleaned the filter basket and
checked the brushes, no hair or leaves stuck in the tracks. Any ideas
before I chuck it in the pool shed for good?
Shane"""),
("en", "b125-portal-reset-link", "Anjali Deshmukh <anjali.deshmukh@example.in>", "Unable to login", "technical", "",
"""Hello team,

I am unable to login to the customer portal to book the RO/softener
service. It says "invalid credentials" though I am using the same
password. When I click "forgot password" the reset mail never comes - I
have checked spam also, tried three times since yesterday.

Registered email is this one. Please help.

Regards,
Anjali"""),
("en", "b125-invoice-subject-pump-screams", "Laura Fenwick <laura.fenwick@example.co.uk>", "Invoice 20931", "technical", "",
"""Hi,

Invoice paid, thanks - that's not why I'm writing. Since your engineer
fitted the new booster pump last week it makes a high-pitched whine
every time anyone turns on a tap, even just to fill a glass, and the
pipes shudder when it cuts out. The old one was never like this. Is
there an adjustment he needs to make?

Laura Fenwick"""),
("en", "b125-rainwater-pump-cycling", "Peter Sandhu <peter.sandhu@example.co.uk>", "Rainwater system", "technical", "",
"""The pump on our rainwater harvesting tank has started switching on and
off every few seconds, day and night, even when nobody is using the
toilets or the outside tap. You can hear it clicking from the bedroom.
Tank is about half full. What could cause that?

Peter"""),
("en", "b125-hot-tub-handrail-tingle", "Ciaran Molloy <ciaran.molloy@example.ie>", "Probably nothing but", "technical", "high",
"""Hi,

Probably nothing, but I thought I'd better mention it. Last night when I
was getting into the hot tub I had one hand on the metal grab rail and
one in the water and I felt a tingle up my arm, a bit like a nettle
sting. My wife tried it and felt it too. The RCD hasn't tripped.

We've switched it off at the isolator for now and told the kids to stay
out of it. Could someone have a look when you can?

Ciaran Molloy"""),
("en", "b125-sauna-scorched-boards", "Judith Kemp <judith.kemp@example.co.uk>", "Garden sauna", "technical", "high",
"""Dear all,

Just a note about the garden sauna you built for us in the spring. The
cedar boards on the wall behind the heater, and the bit of ceiling
above it, have gone a dark chocolate brown, and after a session there
is a smell of scorching wood that lingers in the cabin. The heater guard
is where your fitter put it.

We have stopped using it for the time being. I'd be grateful if you
could send someone to check the clearances before we light it again.

Kind regards,
Judith Kemp"""),
("en", "b125-glamping-tubs-flo", "Owain Pritchard <owain@cwm-glamping.example>", "All six tubs", "technical", "high",
"""Hi,

Since the update your app pushed to the controllers on Tuesday night,
all six of our hot tubs show FLO and won't heat. They're sitting at 14
degrees. We've already had to give two couples money back today and
there are 11 bookings arriving Friday, every one of them booked a pod
"with private hot tub". People are leaving reviews as we speak.

Power cycling does nothing. We need an engineer or a fix today, please
call 07700 900 318.

Owain Pritchard
Cwm Glamping, Powys"""),
("en", "b125-well-pump-dad-no-water", "Sharon Mueller <sharon.mueller@example.com>", "Dad has no water", "technical", "high",
"""Please help. My father is 84 and lives alone on his farm outside
Mitchell, SD. The well pump you replaced in June stopped this morning -
nothing from any faucet, toilet won't refill. The breaker isn't tripped
and the pressure tank gauge reads zero. He has a heart condition and
is on medication he takes with water, and it's supposed to hit 95 today.

I'm three hours away. I've brought him bottled water for tonight but he
can't manage like this. Can someone get out there today?

Sharon Mueller (daughter)
605-555-0147"""),
("en", "b125-heat-pump-third-visit-supervisor", "Gavin Ross <gavin.ross@example.com.au>", "Pool heat pump - 3rd visit", "technical", "high",
"""Your technician has now been out three times for the same fault. The
pool heat pump runs for twenty minutes, throws a high pressure error and
stops. Each time he resets it, says "should be right now" and leaves. It
isn't right. The pool is 18 degrees.

I don't want a fourth visit from the same bloke. I want a service
supervisor to ring me and tell me what's actually being done about it.
0422 555 901.

Gavin Ross"""),
("en", "b125-showroom-bank-holiday", "Julie Barker <julie.barker@example.co.uk>", "Opening times", "general", "",
"""Hi, are you open on the bank holiday Monday? We'd like to come and sit
in a few hot tubs (dry!) before we decide. Is it OK to just turn up or
do we need to book? Thanks, Julie"""),
("en", "b125-thanks-pond-builders", "Rosemary Whitaker <rosemary.whitaker@example.co.uk>", "Thank you!", "general", "",
"""Dear Tom, Kev and young Ryan,

I just wanted to say how delighted we are with the wildlife pond. It
has been six weeks and we already have frogs, a pair of damselflies and
the blackbirds bathe at the shallow end every morning. You were tidy,
polite and you even moved the bird table back where it was.

My neighbour has asked for your number, I hope that's all right.

With thanks,
Rosemary Whitaker"""),
("en", "b125-hot-tub-delivery-lane", "Declan Furlong <declan.furlong@example.ie>", "Order 55102", "general", "",
"""Hi, about the hot tub delivery on the 14th. Our lane is too narrow for
a lorry after the second cattle grid, so the driver should stop at the
green gate and ring me (087 555 2290) and I'll bring the tractor down.
The base is ready at the back of the house. There's a dog but he's all
bark.
Declan"""),
("en", "b125-sunglasses-showroom-sauna", "Alice Moreton <alice.moreton@example.co.uk>", "Sunglasses", "general", "",
"""Hello, I was in your showroom on Saturday afternoon looking at the
outdoor saunas and I think I took my sunglasses off inside the big
barrel one on display. Black frames, prescription lenses, in a brown
case. Has anyone handed them in?

Alice Moreton"""),
("en", "b125-change-mobile-email", "Vikram Nair <vikram.nair@example.in>", "Update contact details", "general", "",
"""Dear team, kindly update my contact details in your records. New
mobile number: 98450 55512. New email: vikram.nair.home@example.in. The
old number is no longer in use. Customer ID: KC-44871. Thanks and
regards, Vikram Nair"""),
("en", "b125-data-request", "Paul Henshaw <paul.henshaw@example.co.uk>", "Subject access request", "general", "",
"""To whom it may concern,

Under the UK GDPR I request a copy of all personal data you hold about
me, including call recordings and engineer notes from visits to
14 Ashgrove Road, Harrogate. I have been a customer since 2019
(softener servicing).

Please confirm receipt.

Paul Henshaw"""),
("en", "b125-swim-club-raffle", "Karen O'Loughlin <secretary@bayside-swimclub.example>", "Raffle prize?", "general", "",
"""Hi there,

I'm the volunteer secretary of Bayside Junior Swim Club in Geelong. We're
running our end-of-season fundraiser in March and wondered if you'd be
willing to donate a prize for the raffle - a pool service voucher, test
kit, anything really. We'd put your logo on the flyer and thank you on
the night.

Cheers,
Karen O'Loughlin"""),
("en", "b125-re-quote-planning-permission", "Stephen Carr <stephen.carr@example.co.uk>", "Re: Your sauna cabin quote SQ-4102", "general", "",
"""Thanks Emma, the quote is fine and we're happy with the figure. Before
we book, one thing we wondered: does a cabin that size need planning
permission? We're in a conservation area and the spot is about 1.5m
from the back fence. Have you had any trouble with that before?

Stephen

On Tue, 4 Feb, Emma Hale <emma@northsaunas.example> wrote:
> Dear Mr Carr,
> Please find attached our quote for the 3m x 2.4m garden sauna cabin
> with wood-fired heater, including base and installation. The quote
> is valid for 30 days.
> Kind regards, Emma"""),
("en", "b125-fitter-swore-manager", "Lisa Conrad <lisa.conrad@example.com>", "Your installer", "general", "high",
"""I am writing about the way your installer spoke to my husband on
Tuesday. When Robert asked him, politely, not to drive the delivery
trolley across the lawn, he swore at him in front of our two children
and told him to "go back inside and let me do my job". Robert is 71.

The hot tub is in and working, that is not the issue. I want a manager
to call me and tell me what will be done about this man. I expect to
hear from someone senior by the end of the week.

Lisa Conrad"""),
("en", "b125-showroom-decking-board", "Nadia Hussain <nadia.hussain@example.co.uk>", "Loose decking at your showroom", "general", "high",
"""Hi,

On Sunday at your Leeds showroom, the decking around the display swim
spa has a board that tips up when you step on the end of it. My 6 year
old's foot went straight through the gap and scraped her shin quite
badly - she's OK, a plaster and a lot of tears. Your staff were kind
but the board was still loose when we left.

Someone else's child is going to break an ankle on it. Please get it
fixed or taped off.

Nadia Hussain"""),
("en", "b125-hello-open-day", "Brittany Cole <brittany.cole@example.com>", "Hello", "general", "",
"""Hi!! I saw on Instagram that you're having an open day with the sauna
and cold plunge demos on the 21st and I'm DYING to try the cold plunge,
it looks absolutely brutal lol. Do I need to sign up, and should I bring
a swimsuit and towel? Can my sister come too?
Brittany"""),
("en", "b125-praise-technician-suresh", "Meenakshi Rao <meenakshi.rao@example.in>", "Appreciation for Suresh", "general", "",
"""Dear Sir,

I wish to place on record my appreciation for your technician Mr Suresh
who attended our water softener on Saturday. He came on time in spite
of the heavy rain, explained everything to my mother in Tamil with
great patience and cleaned up after himself.

Such service is rare these days. Kindly convey our thanks to him.

Warm regards,
Meenakshi Rao
Chennai"""),
("en", "b125-well-water-test-bring", "Doug Patterson <doug.patterson@example.com>", "water test", "general", "",
"""Do you folks test well water samples at the store on Route 9, or do I
need to book it ahead? And what should I bring it in - any clean jar,
or do you have special bottles? We just bought a place with a private
well and want to know what we're dealing with.
Doug"""),
]
# ---------------- Greek ----------------
M += [
("el", "b125-diplh-xreosi-ximika-pisinas", "Σταύρος Παπαθανασίου <s.papathanasiou@example.gr>", "Χημικά πισίνας", "billing", "",
"""Καλησπέρα σας,

Παρήγγειλα την Τρίτη ένα σετ χημικών για την πισίνα (χλώριο σε ταμπλέτες,
ρυθμιστή pH και κροκιδωτικό), σύνολο 87,40€. Η κάρτα μου χρεώθηκε δύο
φορές το ίδιο ποσό, με διαφορά ενός λεπτού. Παρέλαβα ένα μόνο δέμα.
Παρακαλώ επιστρέψτε τη δεύτερη χρέωση.

Ευχαριστώ,
Σταύρος Παπαθανασίου"""),
("el", "b125-gl-poulame-spiti-kriti-syntirisi", "Manolis Tsakalakis <manolis.ts@example.gr>", "syntirhsh pisinas", "billing", "",
"""Kalhspera,
to spiti sta Xania poulhthike kai ton Noemvrio paradidoume ta kleidia.
Opote h pisina den einai pia dikia mas douleia :) Stamathste th
syntirhsh kai thn pagia entolh twn 120e to mhna meta ton Oktwvrio.
Na ste kala gia ola ta xronia.
Manolhs"""),
("el", "b125-timologio-villa-afm", "Λογιστήριο Villa Thalassa <logistirio@villa-thalassa.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα,

Για το σέρβις του jacuzzi στη βίλα στις 3/6 μας κόψατε απόδειξη λιανικής
αντί για τιμολόγιο. Χρειαζόμαστε τιμολόγιο στην επωνυμία της εταιρείας:
ΘΑΛΑΣΣΑ ΤΟΥΡΙΣΤΙΚΗ ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ, ΑΦΜ 801234567, ΔΟΥ Νάξου. Το ποσό
ήταν 186,00€ με ΦΠΑ.

Με εκτίμηση,
Κατερίνα Βιτάλη"""),
("el", "b125-doseis-tzakouzi-xoris-tonous", "Αντωνης Ρηγας <antonis.rigas@example.gr>", "Ερωτηση", "billing", "",
"""Καλησπερα, ενδιαφερομαι για το jacuzzi εξωτερικου χωρου 5 θεσεων που
εχετε στα 6.490 ευρω. Γινεται πληρωμη σε δοσεις με πιστωτικη και αν ναι
ποσες ατοκες; Η προκαταβολη πρεπει να ειναι μετρητα η κατάθεση;
Αντωνης"""),
("el", "b125-gl-aposkliryntis-den-xwraei", "Dimitra K. <dimitra.kar@example.gr>", "epistrofh", "billing", "",
"""Geia sas, den exei kanena provlima o aposklhrynths, oute ton
anoiksame kan. Apla hrthe o ydraulikos kai den xwraei sto ntoulapi
katw apo ton neroxyth, einai pio psilos. Mporw na ton epistrepsw kai na
parw ta lefta pisw (389e) h na ton allaksw me to mikrotero montelo?
Paraggelia 51877.
Dhmhtra"""),
("el", "b125-prokatavoli-saounas-allagi-montelou", "Γιώργος Λαμπρόπουλος <g.lampropoulos@example.gr>", "Σάουνα - αλλαγή μοντέλου", "billing", "",
"""Καλημέρα σας,

Τον Μάρτιο δώσαμε προκαταβολή 1.200€ για την εξωτερική σάουνα-βαρέλι
των 4 ατόμων (προσφορά 2024-118). Μετά από σκέψη θα προτιμούσαμε τη
μικρότερη των 2 ατόμων που κοστίζει λιγότερο. Μπορεί η προκαταβολή να
μεταφερθεί στη νέα παραγγελία; Και πώς θα γίνει ο συμψηφισμός της
διαφοράς;

Γιώργος Λαμπρόπουλος"""),
("el", "b125-mitera-apevio-limnoula", "Ελένη Σιδηροπούλου <eleni.sidiropoulou@example.gr>", "Συμβόλαιο λιμνούλας - Κηφισιά", "billing", "",
"""Αγαπητοί κύριοι,

Η μητέρα μου, Αικατερίνη Σιδηροπούλου, έφυγε από τη ζωή τον περασμένο
μήνα. Εκείνη φρόντιζε τη λιμνούλα με τα ψάρια στον κήπο της Κηφισιάς
και είχε μαζί σας συμβόλαιο συντήρησης με μηνιαία χρέωση 45€.

Το σπίτι θα κλείσει, οπότε σας παρακαλώ να λήξει το συμβόλαιο και να
σταματήσουν οι χρεώσεις στον λογαριασμό της. Αν χρειάζεστε
ληξιαρχική πράξη θανάτου, ενημερώστε με.

Με εκτίμηση,
Ελένη Σιδηροπούλου"""),
("el", "b125-gl-kouponi-ekthesi-den-perase", "Kostas Vlachos <kostas.vlachos@example.gr>", "kouponi", "billing", "",
"""Kalhmera. Sthn ekthesh sto Maroussi mou dwsate kouponi -15% gia
aposklhrynth. To evala sto site alla vgazei "mh egkyro kouponi" kai
telika plhrwsa olokliro to poso, 540e. Mporeite na mou epistrepsete th
diafora? Exw fwtografia to kouponi.
Kwstas"""),
("el", "b125-xeimerini-pafsi-syntirisis", "Νίκη Αλεξίου <niki.alexiou@example.gr>", "Συντήρηση πισίνας τον χειμώνα", "billing", "",
"""Καλησπέρα,

Όπως κάθε χρόνο, από αρχές Νοεμβρίου θα σκεπάσουμε την πισίνα. Θα
μπορούσαμε να παγώσουμε το πακέτο συντήρησης μέχρι τέλη Απριλίου και
να μην πληρώνουμε τους μήνες που δεν έρχεστε; Πέρυσι συνεχίσαμε να
χρεωνόμαστε κανονικά και δεν ήρθε κανείς από Δεκέμβρη.

Νίκη Αλεξίου"""),
("el", "b125-re-prosfora-dexamenis-fpa", "Χρήστος Μαυρίδης <christos.mavridis@example.gr>", "Re: Προσφορά δεξαμενής όμβριων 5 κ.μ.", "billing", "",
"""Ευχαριστώ για την προσφορά. Μια διευκρίνιση πριν προχωρήσουμε: τα
2.350€ περιλαμβάνουν ΦΠΑ και μεταφορά μέχρι Σέρρες, ή αυτά χρεώνονται
ξεχωριστά; Και η αντλία που αναφέρετε είναι μέσα στην τιμή;

Χρήστος Μαυρίδης

-----Αρχικό μήνυμα-----
Από: Πωλήσεις <sales@ydrosyllogi.example>
Θέμα: Προσφορά δεξαμενής όμβριων 5 κ.μ.

Κύριε Μαυρίδη, σας επισυνάπτουμε προσφορά για υπόγεια δεξαμενή
συλλογής όμβριων 5 κ.μ. με αντλία και φίλτρο, τιμή 2.350€.
Η προσφορά ισχύει 30 ημέρες."""),
("el", "b125-kalymma-spa-amfisvitisi-trapeza", "Παναγιώτης Ζερβός <p.zervos@example.gr>", "Κάλυμμα spa - 6 εβδομάδες", "billing", "high",
"""Πλήρωσα 420€ στις 10 Ιουλίου για θερμομονωτικό κάλυμμα spa με
παράδοση "σε 10 εργάσιμες". Έχουν περάσει έξι εβδομάδες, το τηλέφωνό
σας δεν απαντά και στα email παίρνω μόνο αυτόματη απάντηση.

Αν μέχρι την Παρασκευή δεν έχω είτε συγκεκριμένη ημερομηνία παράδοσης
είτε πλήρη επιστροφή, θα κάνω αμφισβήτηση της συναλλαγής στην τράπεζά
μου.

Παναγιώτης Ζερβός"""),
("el", "b125-antlia-gewtrisis-dikigoros", "Βασιλική Ντόκου <vasiliki.ntokou@example.gr>", "Επιστροφή χρημάτων - αντλία γεώτρησης", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου προπληρώσαμε 1.850€ για υποβρύχια αντλία γεώτρησης και
εγκατάσταση στο κτήμα μας στη Λάρισα. Στις 9 Μαΐου ακυρώσαμε γραπτώς,
πριν γίνει οποιαδήποτε εργασία, και η υπάλληλός σας το επιβεβαίωσε
τηλεφωνικά. Έκτοτε δεν έχουμε λάβει ούτε ευρώ.

Σας ενημερώνω ότι έχω ήδη δώσει τον φάκελο στον δικηγόρο μας. Αν το
ποσό δεν επιστραφεί εντός 10 ημερών, θα κινηθούμε νομικά και θα
απευθυνθούμε και στον Συνήγορο του Καταναλωτή.

Βασιλική Ντόκου"""),
("el", "b125-gl-xrewsh-episkepsis-ypeythinos", "Thanos Georgiou <thanos.georgiou@example.gr>", "XREWSH GIA EPISKEPSH POU DEN EGINE", "billing", "high",
"""Me xrewsate 65e gia "episkepsh texnikou" sthn sauna sthn Pefkh thn
Tetarth. Kaneis den hrthe. Hmoun spiti olh mera, exw kai thn kamera
sthn porta. Phra thlefwno kai h kopela mou eipe "etsi to grafei to
systhma".

Thelw na milhsw me ton ypeuthyno tou tmhmatos, oxi me to thlefwniko
kentro. Kai thelw ta 65e pisw.
Thanos Gewrgiou"""),
("el", "b125-lathos-alati-antallagi", "Αθανασία Κούρτη <athanasia.kourti@example.gr>", "Αλάτι αποσκληρυντή", "billing", "",
"""Καλημέρα, μου στείλατε 4 σακιά αλάτι σε κρυστάλλους ενώ είχα
παραγγείλει ταμπλέτες (ο αποσκληρυντής μου θέλει ταμπλέτες). Δεν τα
άνοιξα. Μπορούμε να τα αλλάξουμε ή να μου επιστρέψετε τα χρήματα;
Αθανασία"""),
("el", "b125-tzakouzi-flo-den-zestainei", "Δημοσθένης Καλογεράκης <d.kalogerakis@example.gr>", "Jacuzzi δεν ζεσταίνει", "technical", "",
"""Καλησπέρα,

Από χθες το jacuzzi δείχνει FLO στην οθόνη και δεν ζεσταίνει, το νερό
έχει πέσει στους 24 βαθμούς. Καθάρισα τα φίλτρα και το νερό είναι
στη σωστή στάθμη. Οι αντλίες δουλεύουν. Τι άλλο να ελέγξω πριν
καλέσω τεχνικό;

Δημοσθένης"""),
("el", "b125-gl-antlia-gewtrhshs-anavosvhnei", "Lefteris Mpousios <lefteris.mp@example.gr>", "antlia", "technical", "",
"""Kalhmera. H antlia ths gewtrhshs pou mas valate ton Aprilio anavei kai
svhnei synexeia, ka8e 10-15 deuterolepta, akoma kai otan den anoigei
kaneis vrysh. To piestiko anevainei sta 3 kai pesei amesws. Nero exoume
pantws. Ti mporei na ftaiei;
Lefterhs, Agria Volou"""),
("el", "b125-aposkliryntis-den-travaei-alati", "Σοφία Μιχαηλίδου <sofia.michailidou@example.gr>", "Αποσκληρυντής", "technical", "",
"""Καλησπερα σας. Ο αποσκληρυντης που μας τοποθετησατε πριν ενα χρονο
δεν τραβαει αλατι. Το δοχειο ειναι γεματο απο τον Αυγουστο και η
σταθμη δεν εχει κατεβει καθολου, ενω στο μπανιο ξαναφανηκαν τα
αλατα. Η οθονη δεν δειχνει καποιο σφαλμα.
Σοφια Μιχαηλιδου"""),
("el", "b125-oxi-xreosi-efarmogi-pisinas", "Ιάσονας Δρακόπουλος <iasonas.drakopoulos@example.gr>", "Λογαριασμός", "technical", "",
"""Γεια σας, δεν γράφω για τον λογαριασμό χρέωσης, όλα εντάξει εκεί.
Η εφαρμογή που ελέγχει την αντλία και τα φώτα της πισίνας δεν
συνδέεται πια με τον ελεγκτή από την τελευταία ενημέρωση, γράφει
"Η συσκευή δεν βρέθηκε". Το Wi-Fi δουλεύει κανονικά, έκανα και
επαναφορά. Στο iPhone και στο tablet το ίδιο.

Ιάσονας"""),
("el", "b125-gl-saouna-e1-den-anavei", "Nikos Fotiadis <nikos.fotiadis@example.gr>", "sauna", "technical", "",
"""Geia sas. H sauna pou mas ftiaksate sto ypogeio den anavei. To
xeiristhrio anavei, alla meta apo ligo grafei E1 kai to thermantiko
menei krio. Den exoume allaksei tipota. Mporei na er8ei kapoios thn
ervomada?
Nikos F., Thessalonikh"""),
("el", "b125-rompot-pisinas-toixoi", "Μαρία Κωνσταντίνου <maria.konstantinou@example.gr>", "Ρομπότ καθαρισμού", "technical", "",
"""Καλημέρα,

Το ρομπότ καθαρισμού της πισίνας σταμάτησε να ανεβαίνει στα τοιχώματα.
Καθαρίζει μόνο τον πάτο και κάθε λίγο γυρίζει γύρω γύρω στο ίδιο
σημείο. Καθάρισα το φίλτρο και τις βούρτσες. Είναι 14 μηνών, στην
εγγύηση υποθέτω.

Μαρία Κωνσταντίνου"""),
("el", "b125-paraggelia-membrani-diarroi", "Ηλίας Πετρόπουλος <ilias.petropoulos@example.gr>", "Παραγγελία 40417", "technical", "",
"""Καλησπέρα,

Τη λιμνούλα μας την κατασκευάσατε τον Μάιο (παραγγελία 40417). Εδώ και
δύο εβδομάδες χάνει περίπου 5 εκατοστά νερό την ημέρα, ακόμα και με
τον καταρράκτη σβηστό. Δεν είναι εξάτμιση, πριν δεν έπεφτε καθόλου.
Φοβάμαι ότι έχει τρυπήσει η μεμβράνη κάπου. Μπορεί να έρθει κάποιος
να το δει;

Ηλίας Πετρόπουλος"""),
("el", "b125-gl-den-thelw-lefta-antlia-thermotitas", "Marina Chatzi <marina.chatzi@example.gr>", "antlia 8ermothtas", "technical", "",
"""Kalhspera, na to pw apo thn arxh: DEN thelw na mou epistrepsete ta
lefta, thelw na doulevei. H antlia 8ermothtas ths pisinas bgazei
sfalma "E03 water flow" kai stamataei meta apo 10 lepta. H antlia
ths pisinas douleuei kanonika kai to filtro einai katharo.
Marina"""),
("el", "b125-fota-pisinas-tsimpima-nero", "Ανδρέας Γιαννακόπουλος <andreas.giannakopoulos@example.gr>", "Φώτα πισίνας", "technical", "high",
"""Καλησπέρα σας,

Θέλω απλώς να σας ενημερώσω για κάτι που παρατήρησα χθες βράδυ. Όταν
ανάψαμε τα φώτα της πισίνας (αυτά που αντικαταστήσατε τον Ιούνιο) και
έβαλα το χέρι στο νερό κοντά στο σκαλάκι, ένιωσα ένα ελαφρύ τσίμπημα,
σαν ρεύμα. Ο γιος μου είπε ότι το ένιωσε κι αυτός.

Κατεβάσαμε την ασφάλεια των φώτων και δεν μπαίνει κανείς στην πισίνα.
Θα ήθελα να έρθει κάποιος να το ελέγξει.

Ανδρέας Γιαννακόπουλος"""),
("el", "b125-saouna-kalodio-liomeno", "Ευτυχια Παππα <eftychia.pappa@example.gr>", "Καλωδιο σαουνας", "technical", "high",
"""Καλημερα. Χθες μετα το σαουνακι μυρισε καμενο στο μπανιο. Σημερα
κοιταξα πισω απο τον θερμαντηρα και το καλωδιο εχει λιωσει λιγο στο
σημειο που μπαινει στο κουτι, το πλαστικο ειναι μαυρο. Κατεβασα την
ασφαλεια και δεν την ξαναχρησιμοποιουμε. Πειτε μου πότε μπορειτε να
ερθετε.
Ευτυχια Παππα, Γλυφαδα"""),
("el", "b125-villes-paros-pisines-stamatisan", "Villas Kolympithres <info@kolympithres-villas.example>", "Πισίνες - επείγει", "technical", "high",
"""Καλημέρα,

Από χθες το μεσημέρι οι αντλίες και στις τρεις πισίνες των βιλών μας
στη Νάουσα έχουν σταματήσει μετά τη διακοπή ρεύματος και οι
πίνακες δεν ξαναξεκινούν - το νερό έχει ήδη αρχίσει να θολώνει. Μια
οικογένεια έφυγε σήμερα το πρωί ζητώντας αποζημίωση και άλλοι δύο
επισκέπτες απειλούν να κάνουν το ίδιο. Το Σάββατο έρχονται νέες
κρατήσεις, όλες επειδή διαλέγουν βίλα με ιδιωτική πισίνα.

Χρειαζόμαστε τεχνικό στο νησί το συντομότερο. Τηλ. 694 555 2183.

Μάρκος Κρητικός
Villas Kolympithres, Πάρος"""),
("el", "b125-gl-pappous-xwris-nero-kaysonas", "Vasilis Triantafyllou <vasilis.tri@example.gr>", "o pappous xwris nero", "technical", "high",
"""Kalhmera sas, parakalw voh8hste. O pappous mou einai 88 xronwn kai
menei mono tou sto xwrio konta sthn Tripoli. H antlia ths gewtrhshs
pou tou allaksate prin 2 mhnes stamathse xthes to vrady kai den exei
katholou nero, oute gia to mpanio. Exei kai kausona, 38 vathmous, kai
pairnei farmaka gia thn piesh.

Tou phgame nera se mpoukalia alla den ginetai etsi. Mporei na er8ei
texnikos shmera? 697 555 4410.
Vasilhs"""),
("el", "b125-triti-fora-texnikos-diefthyntis", "Ροδάνθη Μαυροματάκη <rodanthi.m@example.gr>", "Τρίτη επίσκεψη για το ίδιο πρόβλημα", "technical", "high",
"""Αυτή είναι η τρίτη φορά που έρχεται τεχνικός σας για τον θερμαντήρα
του spa. Κάθε φορά κάνει επαναφορά, λέει ότι "τώρα είναι εντάξει" και
φεύγει. Δύο μέρες μετά το νερό είναι πάλι κρύο και η οθόνη γράφει
"HL".

Δεν θέλω να έρθει ξανά ο ίδιος άνθρωπος. Ζητώ να με καλέσει ο
διευθυντής του τεχνικού τμήματος και να μου πει τι θα γίνει επιτέλους.

Ροδάνθη Μαυροματάκη
6945 551 208"""),
("el", "b125-orario-dekapentavgoustos", "Ελισάβετ Νικολάου <elisavet.nikolaou@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, το κατάστημα στη Βούλα θα είναι ανοιχτό την εβδομάδα του
Δεκαπενταύγουστου; Θέλουμε να έρθουμε να δούμε σάουνες από κοντά.
Ευχαριστώ, Ελισάβετ"""),
("el", "b125-efxaristies-limnoula", "Ιωάννης Μπακάλης <ioannis.bakalis@example.gr>", "Ευχαριστούμε!", "general", "",
"""Αγαπητέ κύριε Στέλιο,

Θέλαμε να σας ευχαριστήσουμε εσάς και τα παιδιά για τη λιμνούλα. Το
αποτέλεσμα ξεπέρασε κάθε προσδοκία μας. Τα νούφαρα άνθισαν ήδη και
τα εγγόνια κάθονται με τις ώρες να χαζεύουν τα ψαράκια. Ήσασταν
συνεπείς, καθαροί και πάντα με χαμόγελο.

Θα σας συστήσουμε με χαρά σε όποιον ρωτήσει.

Γιάννης και Ρένα Μπακάλη"""),
("el", "b125-gl-paradosi-tzakouzi-piso-dromos", "Stelios Anagnostou <stelios.anagnostou@example.gr>", "paradosh", "general", "",
"""Geia sas, gia thn paradosh tou jacuzzi thn Pempth: h kentrikh porta
den xwraei tetoio forthgo, na er8ei o odhgos apo ton piso dromo
(odos Kanari) ekei pou einai h syrmatinh porta kai na mou thlefwnhsei
sto 697 555 7723 na katevw na anoiksw. H vash einai etoimh.
Eyxaristw, Stelios"""),
("el", "b125-allagi-tilefonou-email", "Γεωργία Παπαδημητρίου <georgia.papadimitriou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας, παρακαλώ να ενημερώσετε τα στοιχεία επικοινωνίας μου.
Νέο κινητό: 698 555 3321. Νέο email: georgia.pap.home@example.gr. Το
παλιό κινητό δεν το έχω πλέον. Κωδικός πελάτη 30-8814.
Γεωργία Παπαδημητρίου"""),
("el", "b125-gdpr-diagrafi-dedomenon", "Κλεάνθης Ραφαηλίδης <kleanthis.rafailidis@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), ζητώ τη
διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας και
τη διακοπή αποστολής διαφημιστικών μηνυμάτων. Είχα ζητήσει προσφορά
για αποσκληρυντή το 2022 αλλά δεν έγινα ποτέ πελάτης.

Παρακαλώ επιβεβαιώστε γραπτώς.

Κλεάνθης Ραφαηλίδης"""),
("el", "b125-gl-kleidia-ekthesi", "Froso Papadaki <froso.papadaki@example.gr>", "kleidia", "general", "",
"""Kalhspera, hmoun sthn ekthesh sas sto Peristeri to Savvato to prwi
kai nomizw afhsa ta kleidia tou spitiou mesa sto jacuzzi pou
kathisame gia dokimh (to megalo, to gkri). Exoun ena mple mprelok me
mia xelwna. Ta vrhkate?
Froso"""),
("el", "b125-xorigia-agones-kolymvisis", "Σύλλογος Κολύμβησης Ποσειδών <info@poseidon-swim.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Σύλλογος Κολύμβησης «Ποσειδών» Καλαμάτας διοργανώνει τον
Ιούνιο τους ετήσιους αγώνες για παιδιά 8-14 ετών, με συμμετοχή πάνω
από 200 αθλητών. Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός της
διοργάνωσης, με προβολή του λογότυπού σας στο πανό και στο πρόγραμμα.

Θα χαρούμε να σας στείλουμε αναλυτική πρόταση.

Με τιμή,
Αγγελική Σταθοπούλου
Γραμματέας"""),
("el", "b125-adeia-dexamenis-erotisi", "Παρασκευάς Λιάπης <paraskevas.liapis@example.gr>", "Δεξαμενή νερού - άδεια;", "general", "",
"""Καλησπερα, θελω να βαλω υπογεια δεξαμενη για το νερο της βροχης στο
οικοπεδο στην Αιγινα. Χρειαζεται αδεια απο την πολεοδομια η καποια
δηλωση; Εσεις αναλαμβανετε τα χαρτια η τα κανει ο μηχανικος μου;
Παρασκευας"""),
("el", "b125-gl-eyxaristw-stavro", "Giota Mavrou <giota.mavrou@example.gr>", "texnikos", "general", "",
"""Geia sas, hthela na pw ena megalo eyxaristw ston Stavro pou hr8e
shmera gia ton aposklhrynth. Eksigise sth mama mou me poly ypomonh pws
na valei to alati kai ths egrapse kai ena xartaki me megala grammata.
Spania pleon tetoioi anthrwpoi!
Giwta"""),
("el", "b125-imera-epideixis-paidia", "Χαρίκλεια Δουλγέρη <chariklia.doulgeri@example.gr>", "Ημέρα επίδειξης σάουνας", "general", "",
"""Καλημέρα, είδα ότι την Κυριακή 12 κάνετε ημέρα επίδειξης σάουνας
και κρύου μπάνιου στο κατάστημα της Πυλαίας. Μπορούμε να φέρουμε και
τα παιδιά μας (7 και 10 ετών) ή είναι μόνο για ενήλικες; Χρειάζεται
κράτηση θέσης;
Χαρίκλεια"""),
("el", "b125-gl-geia-sas-me-skotonei-periergeia", "Alexandros Nteli <alex.nteli@example.gr>", "Geia sas", "general", "",
"""Geia sas, me skotwnei h perierga: kanete kataskeyes limnoulas kai
sth Rodo h mono Athhna? Exoume ena spitaki sthn Ialyso kai h gynaika
mou pethainei gia mia limnoula me nerokrina. Kai posos kairos thelei
mia tetoia douleia syn8ws?
Alexandros"""),
("el", "b125-agenis-ypallilos-ypeythinos", "Στυλιανή Ρουσάκη <styliani.rousaki@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Χαλανδρίου", "general", "high",
"""Κύριοι,

Το Σάββατο επισκέφθηκα με τον 80χρονο πατέρα μου το κατάστημά σας στο
Χαλάνδρι για να ρωτήσουμε για αποσκληρυντές. Ο υπάλληλος στον πάγκο
μας μίλησε με απίστευτη ειρωνεία, είπε στον πατέρα μου "αφού δεν
καταλαβαίνετε, στείλτε κάποιον νεότερο" και μας γύρισε την πλάτη.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του καταστήματος ή κάποιος
ανώτερος. Δεν είναι τρόπος αυτός να φέρεστε σε ηλικιωμένους.

Στυλιανή Ρουσάκη"""),
("el", "b125-gl-spasmeno-plakaki-ekthesi", "Eleni Karra <eleni.karra@example.gr>", "ekthesh sas", "general", "high",
"""Kalhspera, sthn ekthesh sas sth Glyfada, sto skalopati dipla sthn
pisina epideikshs, leipei ena kommati apo to plakaki kai h akrh einai
san lepida. H kori mou (5 xronwn) perpatouse ksypolyth kai ekopse to
pelma, xreiasthke 2 rammata. Oi ypalliloi htan eugenikoi alla to
skalopati htan akoma etsi otan fygame. Prin xtyphsei kai allo paidi,
ftiaxte to h kleiste to.
Elenh Karra"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b125-doble-cargo-mantenimiento-piscina", "Alberto Sanz <alberto.sanz@example.es>", "Cobro duplicado", "billing", "",
"""Buenos días:

Este mes me han pasado dos recibos de 95 € por el mantenimiento de la
piscina, uno el día 1 y otro el día 3, con el mismo concepto. Tengo
domiciliado uno solo. Les agradecería que me devolvieran el segundo.

Un saludo,
Alberto Sanz
Las Rozas"""),
("es", "b125-vendimos-la-quinta-pileta", "Gustavo Ferrari <gustavo.ferrari@example.com.ar>", "Servicio de pileta", "billing", "",
"""Hola, que tal. Les cuento que finalmente vendimos la quinta de
Pilar, asi que la pileta ya no es problema nuestro jaja. Por favor dennos
de baja el abono mensual de mantenimiento desde el mes que viene y no
me debiten mas los $85.000 de la tarjeta. Gracias por todos estos años,
el Negro siempre nos la dejo impecable.
Gustavo"""),
("es", "b125-meses-sin-intereses-jacuzzi", "Paola Hernández <paola.hernandez@example.com.mx>", "Pregunta", "billing", "",
"""Buenas tardes, me interesa el jacuzzi para 4 personas que tienen en
$68,900 MXN. ¿Manejan meses sin intereses con tarjeta de crédito? ¿Con
qué bancos y a cuántos meses? Y si pago de contado, ¿hay algún
descuento?

Saludos,
Paola Hernández"""),
("es", "b125-cfdi-suavizador-rfc", "Contabilidad Ferretera del Bajío <contabilidad@ferrebajio.example>", "Factura CFDI pedido 7731", "billing", "",
"""Buen día,

Compramos un suavizador de agua para la oficina (pedido 7731, $14,350
MXN) y no nos llegó la factura. Favor de emitir el CFDI con los
siguientes datos:

Razón social: Ferretera del Bajío SA de CV
RFC: FBA180523KL7
Uso de CFDI: G03 Gastos en general
Régimen fiscal: 601

Gracias,
Lic. Miriam Zúñiga
Contabilidad"""),
("es", "b125-cupon-feria-sauna", "Raquel Domínguez <raquel.dominguez@example.es>", "Descuento de la feria", "billing", "",
"""Hola, en la feria de Zaragoza nos dieron un código de 300 € de
descuento para la sauna de barril, pero al hacer el pedido en la web no
lo aplicó y se me ha cobrado el precio completo (5.490 €). ¿Me pueden
devolver la diferencia? Tengo foto del folleto con el código.

Raquel"""),
("es", "b125-descalcificador-no-cabe-sin-defecto", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Devolución", "billing", "",
"""Egun on. Aclaro que el descalcificador no tiene ningún defecto, ni
siquiera lo hemos sacado de la caja. El fontanero dice que no cabe debajo
del fregadero y no tenemos otro sitio. ¿Puedo devolverlo y que me
reintegren los 649 € o cambiarlo por el modelo compacto y pagar o
recibir la diferencia?

Iñaki"""),
("es", "b125-pausa-invierno-piscina-chile", "Macarena Soto <macarena.soto@example.cl>", "mantencion piscina invierno", "billing", "",
"""Hola, como todos los años vamos a tapar la piscina en mayo hasta
septiembre. Se puede congelar el plan de mantencion esos meses y no
pagar los $45.000 mensuales? El año pasado me siguieron cobrando en
junio y julio y nadie vino.
Gracias
Macarena Soto, Chicureo"""),
("es", "b125-cisterna-pluvial-incluye-instalacion", "Jorge Ramírez <jorge.ramirez@example.com.mx>", "Sistema de captación", "billing", "",
"""Buenas tardes,

Estoy viendo el sistema de captación de agua de lluvia con cisterna de
5,000 litros que tienen a $32,500. ¿Ese precio ya incluye la
instalación y el IVA, o se cobran aparte? ¿Cuánto anticipo piden para
agendar?

Saludos,
Jorge Ramírez
Cuernavaca"""),
("es", "b125-padre-fallecio-bomba-pozo", "Encarnación Molina <encarna.molina@example.es>", "Contrato de mantenimiento de mi padre", "billing", "",
"""Muy señores míos:

Les escribo porque mi padre, D. Aurelio Molina, falleció el pasado mes
de febrero. Tenía con ustedes un contrato de mantenimiento anual de la
bomba del pozo de la casa del pueblo, en Villanueva de la Serena, que
se renueva en abril por 180 €.

La casa va a quedar cerrada. Les ruego que den de baja el contrato y
que no se cobre la renovación. Si necesitan el certificado de
defunción se lo envío.

Atentamente,
Encarnación Molina"""),
("es", "b125-recargo-tarjeta-colombia", "Andrés Felipe Ospina <andres.ospina@example.com.co>", "Recargo", "billing", "",
"""Buenas, pague el mantenimiento de la piscina del conjunto con tarjeta
de credito y me cobraron un 4% adicional ($38.000 COP) que nadie me
habia dicho. En la factura no aparece explicado. Es legal ese recargo?
Si no, solicito que me lo reintegren.
Andres Felipe Ospina"""),
("es", "b125-jacuzzi-inflable-contracargo", "Daniela Treviño <daniela.trevino@example.com.mx>", "DOBLE COBRO jacuzzi inflable", "billing", "high",
"""Me cobraron DOS veces el jacuzzi inflable ($12,499 cada uno) y solo
me llegó uno. Llevo dos semanas mandando correos y solo me contestan
que "está en revisión".

Si para el viernes no veo el reembolso en mi tarjeta voy a levantar
el contracargo con el banco y además una queja en Profeco.

Daniela Treviño"""),
("es", "b125-senal-sauna-oficina-consumo", "Ramón Gallego <ramon.gallego@example.es>", "Señal de 2.000 € - última reclamación", "billing", "high",
"""Buenas tardes:

El 14 de marzo les entregué una señal de 2.000 € para la construcción
de una sauna en nuestro jardín. El 2 de abril, antes de que se hiciera
ningún trabajo ni se encargara material, anulé el pedido por escrito,
tal y como permiten sus propias condiciones. Me confirmaron la
anulación y que la devolución tardaría "unos días". Han pasado dos
meses.

Si en diez días no tengo el dinero en mi cuenta, presentaré una
reclamación en la Oficina Municipal de Información al Consumidor y
solicitaré arbitraje de consumo.

Ramón Gallego"""),
("es", "b125-gerente-presupuesto-pileta", "Marcela Quiroga <marcela.quiroga@example.com.ar>", "Quiero hablar con un gerente", "billing", "high",
"""El presupuesto que me firmó su vendedor para el revestimiento de la
pileta decía $4.200.000 final, con materiales incluidos. Ahora me
mandan una factura por $5.150.000 diciendo que "hubo actualización de
precios". El presupuesto no decía nada de eso.

No quiero hablar más con la chica de administración, que no resuelve
nada. Quiero que me llame un gerente. 11 5555-4821.

Marcela Quiroga"""),
("es", "b125-filtro-arena-equivocado-cambio", "Sergio Palacios <sergio.palacios@example.es>", "Pedido 60229", "billing", "",
"""Hola, pedí el filtro de arena de 500 mm y resulta que mi depuradora
lleva el de 400. Fallo mío. Está sin abrir. ¿Me lo cambiáis por el
de 400 y me devolvéis la diferencia, o tengo que devolverlo y pedir el
otro?
Sergio"""),
("es", "b125-descalcificador-no-regenera", "Amparo Cifuentes <amparo.cifuentes@example.es>", "Descalcificador", "technical", "",
"""Buenas tardes:

El descalcificador que nos instalaron en enero ha dejado de regenerar.
La pantalla marca la hora bien, el depósito de sal está lleno hasta la
mitad y no baja, y la mampara de la ducha vuelve a estar blanca de cal.
Hemos probado a forzar una regeneración desde el menú y no hace nada.

¿Pueden enviar a un técnico?

Amparo Cifuentes
Castellón"""),
("es", "b125-bomba-pozo-clic-no-arranca", "Horacio Benítez <horacio.benitez@example.com.ar>", "bomba", "technical", "",
"""Buenas, la bomba del pozo que nos pusieron en el campo hace un clic
cuando abrimos una canilla pero no arranca. El térmico no saltó y hay
luz en el tablero. El tanque de arriba se está quedando sin agua de a
poco. Qué puede ser?
Horacio, Chascomús"""),
("es", "b125-no-es-factura-app-spa", "Lucía Carrasco <lucia.carrasco@example.es>", "Mi cuenta", "technical", "",
"""Hola, no escribo por ninguna factura ni por la cuenta de cliente. Es
la app del spa: desde el domingo sale "sin conexión" y ya no puedo
programar la temperatura desde el móvil. El spa funciona bien con el
panel y el router está a dos metros. He borrado y vuelto a instalar la
app y nada.

Lucía"""),
("es", "b125-sauna-infrarrojos-panel-frio", "Felipe Araya <felipe.araya@example.cl>", "Sauna infrarrojo", "technical", "",
"""Estimados:

En la sauna infrarroja que compramos en marzo, el panel del lado
izquierdo ya no calienta. Los otros tres funcionan normal. La luz del
panel no prende. Revisé el enchufe interno y está bien conectado.

Quedo atento.
Felipe Araya
Viña del Mar"""),
("es", "b125-clorador-salino-low-salt", "Nerea Pastor <nerea.pastor@example.es>", "Clorador salino", "technical", "",
"""El clorador salino marca "LOW SALT" y ha dejado de producir cloro,
pero medí la sal ayer con el kit y está en 4,5 g/l, que es lo que dice
el manual. He limpiado la célula con el producto ese que me vendisteis.
¿Puede ser la sonda?"""),
("es", "b125-cascada-estanque-bomba-atascada", "Rodrigo Villalobos <rodrigo.villalobos@example.com.mx>", "Estanque", "technical", "",
"""Hola, la bomba de la cascada del estanque que nos construyeron se
para sola cada dos o tres días y hay que sacarla y darle un golpecito
para que vuelva a jalar. El prefiltro está limpio. Ya van tres veces
esta semana. Nos pueden decir qué revisar o mandar a alguien?
Rodrigo, Querétaro"""),
("es", "b125-hola-contrasena-portal", "Valentina Rojas <valentina.rojas@example.com.co>", "Hola", "technical", "",
"""Hola buenas, no puedo entrar al portal de clientes para agendar el
mantenimiento de la piscina. Me dice "usuario o contraseña incorrectos"
y cuando le doy a recuperar contraseña no me llega ningún correo (ya
revisé spam). El correo registrado es este mismo.
Gracias, Valentina"""),
("es", "b125-no-quiero-reembolso-chorros", "Pilar Montes <pilar.montes@example.es>", "Hidromasaje", "technical", "",
"""Buenos días,

Que quede claro desde el principio: no quiero que me devuelvan el
dinero, quiero que el spa funcione. Desde hace una semana los chorros
del lado de la tumbona salen sin fuerza, apenas burbujean, aunque el
resto va bien. Filtros limpios y el agua al nivel correcto.

Pilar Montes"""),
("es", "b125-cuadro-depuradora-olor-quemado", "Fernando Lozano <fernando.lozano@example.es>", "Cuadro de la depuradora", "technical", "high",
"""Hola,

Les comento algo que he visto esta mañana, por si acaso. Al abrir la
caseta de la depuradora olía a plástico quemado y en el cuadro
eléctrico que instalaron ustedes en mayo, el contactor de la bomba
tiene la tapa ennegrecida y se oía un chisporroteo. He bajado el
diferencial general de la caseta y no lo he vuelto a tocar.

Cuando puedan, que venga alguien a revisarlo.

Fernando Lozano"""),
("es", "b125-escuela-natacion-agua-fria", "Club Natación Delfines <direccion@cndelfines.example>", "Agua a 19 grados", "technical", "high",
"""Buenos días:

La bomba de calor de la piscina cubierta que nos instalaron da error
desde el sábado y el agua ha bajado a 19 grados. Hemos tenido que
suspender todos los cursillos de bebés y de mayores desde el lunes,
unos 200 alumnos, y las familias ya están pidiendo la devolución de la
cuota del mes. Si esta semana tampoco podemos abrir, perdemos el
trimestre.

Necesitamos un técnico con urgencia. Teléfono 976 555 120.

Begoña Ruiz
Directora, Club Natación Delfines (Zaragoza)"""),
("es", "b125-hotel-rural-pozo-sin-presion", "Hotel Hacienda Los Sauces <reservas@haciendalossauces.example>", "sin agua", "technical", "high",
"""Buenas tardes,

Desde anoche el sistema de bombeo del pozo que instalaron ustedes no
levanta presión. Las 14 habitaciones tienen las regaderas casi secas y
la cocina está trabajando con garrafones. Esta mañana se fueron dos
parejas antes de tiempo y el fin de semana tenemos una boda con 60
huéspedes hospedados.

Por favor manden a alguien hoy mismo. Cel. 415 555 0192.

Ing. Tomás Aguilar
Gerente, Hacienda Los Sauces, San Miguel de Allende"""),
("es", "b125-spa-reparacion-defensa-consumidor", "Silvina Caruso <silvina.caruso@example.com.ar>", "Reclamo spa - tercera reparación", "technical", "high",
"""Señores:

Es la tercera vez en cuatro meses que el spa que les compré deja de
calentar. Cada vez viene el técnico, cambia "una plaqueta", y al
mes estamos igual. El equipo está en garantía y ya no confío en que lo
vayan a arreglar.

Les informo que si esta vez no queda funcionando de forma definitiva,
voy a hacer la denuncia en Defensa del Consumidor y voy a reclamar por
la vía que corresponda.

Silvina Caruso
Rosario"""),
("es", "b125-tapa-spa-bisagra-mano-nino", "Claudia Restrepo <claudia.restrepo@example.com.co>", "Tapa del jacuzzi", "technical", "high",
"""Buenas tardes,

Les escribo con calma pero creo que es importante. Ayer la tapa del
jacuzzi que nos vendieron se cerró sola de golpe porque uno de los
pistones que la sostienen abierta se soltó. Mi hijo de 9 años tenía la
mano en el borde y por poco se la atrapa; solo le rozó los dedos.

No lo estamos usando hasta que lo revisen. ¿Pueden mandar a alguien?

Claudia Restrepo
Medellín"""),
("es", "b125-horario-agosto", "Inmaculada Ríos <inma.rios@example.es>", "Horario", "general", "",
"""Hola, ¿la tienda de Marbella cierra en agosto o abrís en horario de
verano? Queríamos pasar a ver spas la segunda quincena.
Gracias, Inma"""),
("es", "b125-gracias-estanque-mexico", "Guadalupe Castañeda <lupita.castaneda@example.com.mx>", "¡Muchas gracias!", "general", "",
"""Queridos muchachos:

Solo quería darles las gracias por el estanque que nos hicieron en el
jardín. Quedó precioso, los peces ya comen de la mano de mi nieta y
los vecinos vienen a verlo. Don Chuy y su equipo fueron muy
trabajadores, puntuales y dejaron todo limpiecito.

Dios los bendiga.
Lupita Castañeda
Guadalajara"""),
("es", "b125-entrega-spa-grua-conserje", "Marc Ferrer <marc.ferrer@example.es>", "Pedido SP-4419", "general", "",
"""Hola, sobre la entrega del spa del jueves: vivimos en un ático y el
spa va a la terraza, así que tiene que subir con la grúa que ya
acordamos con vuestro comercial. El camión puede parar en la calle de
atrás (carrer de Bailèn), el conserje Paco estará avisado y tiene la
llave del portón. Mi móvil: 655 555 271.
Marc"""),
("es", "b125-cambio-telefono", "Rosario Blanco <rosario.blanco@example.es>", "cambio de telefono", "general", "",
"""buenas, he cambiado de numero de movil, el nuevo es 622 555 940.
por favor actualizadlo para que el tecnico de la piscina me pueda
llamar antes de venir. cliente 22817. gracias
Rosario"""),
("es", "b125-derechos-arco", "Emiliano Paredes <emiliano.paredes@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que su empresa tiene sobre mí y, posteriormente, su cancelación. Les
compré un filtro de agua en 2021 y desde entonces recibo publicidad por
WhatsApp que nunca autoricé.

Quedo en espera de su respuesta en el plazo de ley.

Emiliano Paredes"""),
("es", "b125-tecnico-olvido-taladro", "Josefina Aguirre <josefina.aguirre@example.es>", "Se han dejado una herramienta", "general", "",
"""Buenos días, el técnico que vino ayer a revisar el descalcificador se
dejó un taladro amarillo en el cuarto de la caldera. Lo tengo guardado.
Que me avisen cuando pueden pasar a recogerlo, estoy en casa por las
mañanas.

Josefina Aguirre"""),
("es", "b125-patrocinio-torneo-waterpolo", "Club Náutico Quilmes <prensa@nauticoquilmes.example>", "Propuesta de patrocinio", "general", "",
"""Estimados:

Desde el Club Náutico Quilmes organizamos en noviembre el torneo
regional juvenil de waterpolo, con 16 equipos de la provincia. Nos
gustaría proponerles ser sponsors del evento: su logo iría en las
gorras, en la lona del natatorio y en nuestras redes.

Si les interesa, les enviamos la propuesta completa.

Saludos cordiales,
Lucas Medina
Prensa y Comunicación"""),
("es", "b125-re-charla-ahorro-agua", "Asociación de Vecinos El Pinar <avv.elpinar@example.es>", "Re: Charla sobre aljibes y agua de lluvia", "general", "",
"""Perfecto, muchas gracias por la rapidez. Entonces os esperamos el
jueves 17 a las 19:00 en el local social (calle Olivo, 4). Tendremos
proyector y unas 40 sillas. ¿Necesitáis algo más, un alargador, mesa
para folletos?

Un saludo,
Charo, de la junta

El 3 de octubre, Sonia <sonia@aguaverde.example> escribió:
> Hola Charo, sí, podemos dar la charla sobre recogida de agua de
> lluvia para los vecinos, sin coste. ¿Qué día os viene bien?"""),
("es", "b125-trabajan-en-canarias", "Yeray Santana <yeray.santana@example.es>", "Consulta", "general", "",
"""Buenas, ¿hacéis instalaciones de saunas en Canarias o solo en la
península? Estamos en Arucas, Gran Canaria. Gracias."""),
("es", "b125-me-muero-ganas-expo", "Camila Fuentes <camila.fuentes@example.cl>", "Expo Piscinas", "general", "",
"""Holaa! Me muero de ganas de ir a su stand en la Expo Piscinas de
Santiago, mi marido dice que nos vamos a arruinar jaja. ¿Qué días van a
estar y tienen algún spa para probar ahí mismo? ¿Hay que llevar traje
de baño??
Cami"""),
("es", "b125-felicitar-atencion-telefonica", "Eduardo Vargas <eduardo.vargas@example.es>", "Felicitación", "general", "",
"""Buenas tardes:

Quería felicitar a Noelia, de atención al cliente, que me atendió ayer
por teléfono. Con mucha paciencia me guió paso a paso para entender el
panel del descalcificador y hasta me llamó después para comprobar que
lo había hecho bien. Trato excelente.

Eduardo Vargas"""),
("es", "b125-repartidor-insultos-responsable", "Mercedes Olmo <mercedes.olmo@example.es>", "Trato del repartidor", "general", "high",
"""Buenas tardes:

El repartidor que trajo ayer los sacos de sal para el descalcificador
aparcó delante de mi cochera y, cuando le pedí que se moviera un poco
porque tenía que sacar el coche para llevar a mi marido al médico, me
insultó y me dijo que esperara. Tuve que esperar veinte minutos.

Exijo hablar con el responsable de la empresa. No es la primera vez
que tengo problemas con esa persona.

Mercedes Olmo"""),
("es", "b125-exposicion-suelo-mojado-resbalo", "Ana Belén Garrido <anabelen.garrido@example.es>", "Suelo de la exposición", "general", "high",
"""Hola:

El sábado en vuestra exposición de Getafe, el suelo alrededor del spa
de demostración estaba encharcado y sin ningún cartel. Mi madre, de 76
años, resbaló y se golpeó la cadera contra el borde; por suerte no se
ha roto nada, pero tiene un buen hematoma. Cuando nos fuimos seguía
todo mojado.

Por favor, poned algo antes de que se caiga alguien más.

Ana Belén Garrido"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b125-sol-tabletkowa-dwa-razy", "Jarosław Nowicki <jaroslaw.nowicki@example.pl>", "Sól do zmiękczacza", "billing", "",
"""Dzień dobry,

zamówiłem 10 worków soli tabletkowej (zamówienie 33871, 259,00 zł) i na
koncie widzę dwa obciążenia na tę kwotę z tego samego dnia. Dostawa
była jedna. Proszę o zwrot drugiej płatności.

Pozdrawiam
Jarosław Nowicki"""),
("pl", "b125-faktura-agroturystyka-sauna", "Agroturystyka Pod Lipami <biuro@podlipami-agro.example>", "Faktura za serwis sauny", "billing", "",
"""Dzień dobry,

za przegląd pieca w saunie (wizyta 12.09) dostaliśmy tylko paragon.
Prosimy o wystawienie faktury VAT na firmę:

Pod Lipami Anna Kwiatkowska
ul. Leśna 7, 11-500 Giżycko
NIP 845-155-22-31

Kwota 480,00 zł brutto, płatne kartą.

Dziękuję,
Anna Kwiatkowska"""),
("pl", "b125-raty-wanna-spa", "Marcin Dąbrowski <marcin.dabrowski@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, czy wannę SPA ogrodową 5-osobową (29 900 zł) można kupić
na raty 0%? Ile rat maksymalnie i czy wniosek robi się online, czy
trzeba przyjechać do salonu? Pozdrawiam, Marcin"""),
("pl", "b125-zasypalismy-oczko-wnuk", "Halina Wróblewska <halina.wroblewska@example.pl>", "Serwis oczka wodnego", "billing", "",
"""Szanowni Państwo,

nasz wnuczek Antoś zaczął chodzić i bardzo ciągnie go do wody, więc z
mężem postanowiliśmy zasypać oczko wodne i zrobić w tym miejscu
piaskownicę. W związku z tym serwis oczka nie będzie nam już
potrzebny. Proszę o zakończenie umowy i niepobieranie dalszych opłat
(69 zł miesięcznie).

Z poważaniem
Halina Wróblewska"""),
("pl", "b125-serwis-basenu-zawieszenie-zima", "Tomasz Górecki <tomasz.gorecki@example.pl>", "basen zima", "billing", "",
"""Dzien dobry, basen zakrywamy na zime w pazdzierniku. Czy mozna
zawiesic abonament serwisowy od listopada do kwietnia zamiast go
rozwiazywac? W zeszlym roku placilismy 150 zl miesiecznie przez cala
zime a nikt nie przyjezdzal.
Tomasz Gorecki"""),
("pl", "b125-to-nie-reklamacja-wklad-filtra", "Ewa Szczepańska <ewa.szczepanska@example.pl>", "Zwrot wkładów", "billing", "",
"""Dzień dobry, to nie jest reklamacja, wkłady są w porządku. Po prostu
zamówiłam omyłkowo 10-calowe, a mój filtr potrzebuje 20-calowych.
Opakowanie nieotwarte. Chciałabym je zwrócić i dostać zwrot 189 zł albo
wymienić na właściwe i dopłacić różnicę.
Ewa Szczepańska"""),
("pl", "b125-kod-targi-nie-dziala", "Rafał Kozak <rafal.kozak@example.pl>", "kod rabatowy z targów", "billing", "",
"""Na targach w Poznaniu dostałem od Państwa ulotkę z kodem -10% na
sauny. Przy zamówieniu kod nie został przyjęty ("kod nieaktywny"), więc
zapłaciłem pełną cenę 18 400 zł. Czy możecie oddać różnicę? Ulotkę mam.
Rafał Kozak"""),
("pl", "b125-zaliczka-sauna-mniejsza", "Iwona Lewandowska <iwona.lewandowska@example.pl>", "Zaliczka - zmiana sauny", "billing", "",
"""Dzień dobry,

w sierpniu wpłaciliśmy 3 000 zł zaliczki na saunę fińską do ogrodu
(wymiar 2,5 x 2,2). Po namyśle chcielibyśmy jednak mniejszą, 2 x 2.
Czy zaliczka przejdzie na nowe zamówienie i jak rozliczymy różnicę w
cenie?

Iwona Lewandowska"""),
("pl", "b125-moja-woda-faktura-rozbicie", "Kazimierz Bielecki <kazimierz.bielecki@example.pl>", "Faktura do dotacji", "billing", "",
"""Dzień dobry,

składam wniosek o dofinansowanie zbiornika na deszczówkę z gminnego
programu i urzędnik odrzucił fakturę, bo jest na niej jedna pozycja
"zestaw retencyjny z montażem 8 900 zł". Potrzebują osobno: zbiornik,
pompa, materiały instalacyjne i robocizna, każda z VAT-em. Czy możecie
wystawić fakturę korygującą w takim układzie?

Kazimierz Bielecki"""),
("pl", "b125-odp-przypomnienie-juz-zaplacone", "Natalia Kubiak <natalia.kubiak@example.pl>", "Odp: Przypomnienie o płatności FV/2024/1187", "billing", "",
"""Dzień dobry,

ta faktura została zapłacona przelewem 2 października, w załączeniu
potwierdzenie z banku. W tytule wpisałam numer faktury. Proszę o
sprawdzenie i nieprzysyłanie kolejnych przypomnień.

Natalia Kubiak

> Szanowna Pani,
> przypominamy, że termin płatności faktury FV/2024/1187 na kwotę
> 1 240,00 zł (przegląd i czyszczenie zmiękczacza wody) upłynął
> 30.09.2024. Prosimy o pilną wpłatę."""),
("pl", "b125-zbiornik-nie-dotarl-chargeback", "Przemysław Sobczak <przemek.sobczak@example.pl>", "Zbiornik 3000 l - gdzie jest?", "billing", "high",
"""Zapłaciłem kartą 4 350 zł za zbiornik na deszczówkę 3000 l z
dostawą "do 14 dni roboczych". Mija piąty tydzień. Infolinia nie
odbiera, maile bez odpowiedzi.

Jeśli do piątku nie dostanę konkretnej daty dostawy albo zwrotu
pieniędzy, składam w banku reklamację transakcji (chargeback).

Przemysław Sobczak"""),
("pl", "b125-zaliczka-basen-rzecznik", "Barbara Czarnecka <barbara.czarnecka@example.pl>", "Zwrot zaliczki - basen ogrodowy", "billing", "high",
"""Szanowni Państwo,

10 kwietnia wpłaciłam 6 000 zł zaliczki na basen ogrodowy z montażem.
20 kwietnia, przed jakimikolwiek pracami i przed zamówieniem
materiałów, odstąpiłam od umowy pisemnie, co Państwa biuro
potwierdziło. Do dziś nie otrzymałam zwrotu.

Sprawę zgłosiłam już do miejskiego rzecznika konsumentów. Jeżeli w
ciągu 14 dni pieniądze nie wrócą na moje konto, skieruję sprawę do
sądu.

Barbara Czarnecka"""),
("pl", "b125-faktura-pompa-kierownik", "Leszek Pawłowski <leszek.pawlowski@example.pl>", "Faktura za montaż pompy - żądam rozmowy z kierownikiem", "billing", "high",
"""Wycena za wymianę pompy głębinowej wynosiła 3 200 zł z robocizną i tak
podpisałem zlecenie. Faktura przyszła na 4 150 zł, z dopiskiem "prace
dodatkowe", o których nikt ze mną nie rozmawiał. Pani na infolinii
powiedziała, że "tak wyszło".

Nie będę tego wyjaśniał z infolinią. Proszę, żeby zadzwonił do mnie
kierownik serwisu, tel. 601 555 377.

Leszek Pawłowski"""),
("pl", "b125-maz-zmarl-filtry-zmiekczacz", "Krystyna Zawadzka <krystyna.zawadzka@example.pl>", "Wkłady co kwartał", "billing", "",
"""Dzień dobry,

mój mąż Władysław zmarł w lipcu. To on zamawiał u Państwa wkłady do
filtra i sól, przysyłane co kwartał, płatne z jego karty. Ja się na
tym nie znam, a dom będzie sprzedany. Proszę o zakończenie tej
prenumeraty i nieprzysyłanie więcej paczek.

Krystyna Zawadzka"""),
("pl", "b125-zmiekczacz-kamien-czajnik", "Paweł Jankowski <pawel.jankowski@example.pl>", "Zmiękczacz", "technical", "",
"""Dzień dobry, zmiękczacz zamontowany u nas w marcu chyba przestał
działać. Sól nie ubywa od miesiąca, test paskowy pokazuje twardą wodę,
a w czajniku znowu osadza się kamień. Wyświetlacz nie pokazuje błędu.
Zawór obejścia sprawdziłem, jest w pozycji pracy.
Paweł Jankowski"""),
("pl", "b125-hydrofor-wlacza-co-chwile", "Zdzisław Kowalewski <zdzislaw.kowalewski@example.pl>", "hydrofor", "technical", "",
"""Dzien dobry. Pompa w studni co Panstwo montowali w kwietniu wlacza sie
i wylacza co kilka sekund, nawet jak nikt nie odkreca wody. Manometr
skacze od 1,5 do 3 bar. W nocy slychac to w calym domu. Co moze byc
nie tak?
Zdzislaw K., gm. Sokolow Podlaski"""),
("pl", "b125-piec-sauny-50-stopni", "Agata Mazurek <agata.mazurek@example.pl>", "Sauna nie dogrzewa", "technical", "",
"""Dzień dobry,

sauna, którą zbudowaliście nam w piwnicy, od kilku tygodni nie
przekracza 50 stopni, choć sterownik jest ustawiony na 85. Piec grzeje
dużo dłużej niż kiedyś. Kamienie układaliśmy tak, jak pokazał
monter. Czy to może być grzałka?

Agata Mazurek"""),
("pl", "b125-nie-platnosc-aplikacja-wylogowuje", "Kamil Sikorski <kamil.sikorski@example.pl>", "Konto", "technical", "",
"""Hej, od razu mówię że nie chodzi o płatności ani fakturę. Aplikacja do
sterowania wanną SPA wylogowuje mnie co kilka minut i każe się logować
od nowa, a po zalogowaniu wanna pokazuje się jako "niedostępna".
Telefon zaktualizowany, aplikacja też. Wczoraj było jeszcze ok.
Kamil"""),
("pl", "b125-oczko-fontanna-stoi", "Grażyna Walczak <grazyna.walczak@example.pl>", "Fontanna w oczku", "technical", "",
"""Dzień dobry, pompa fontanny w oczku wodnym, które nam budowaliście w
maju, przestała pompować. Słychać, że brzęczy, ale woda nie leci.
Wyczyściłam gąbkę i kosz. Czy to wirnik? Jest jeszcze na gwarancji.
Grażyna Walczak"""),
("pl", "b125-zamowienie-zbiornik-przecieka", "Robert Malinowski <robert.malinowski@example.pl>", "Zamówienie 88123", "technical", "",
"""Dzień dobry,

zbiornik na deszczówkę z zamówienia 88123 (montowany w sierpniu)
przecieka przy króćcu przelewu. Po każdym deszczu pod zbiornikiem jest
kałuża, a poziom wody spada nawet kiedy nie podlewamy. Uszczelka
wygląda na krzywo założoną.

Robert Malinowski"""),
("pl", "b125-panel-klienta-haslo", "Weronika Ostrowska <weronika.ostrowska@example.pl>", "nie moge sie zalogowac", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do panelu klienta zeby umowic
przeglad basenu. Wyskakuje "nieprawidlowe haslo", a przy resetowaniu
hasla mail w ogole nie przychodzi (spam sprawdzony). Probowalam na
komputerze i telefonie.
Weronika"""),
("pl", "b125-nie-chce-zwrotu-lampa-uv", "Dariusz Wysocki <dariusz.wysocki@example.pl>", "Lampa UV w basenie", "technical", "",
"""Dzień dobry, nie chcę zwrotu pieniędzy, chcę żeby lampa UV działała.
Od tygodnia miga kontrolka błędu i woda w basenie zaczyna się
zielenić, mimo że chemię trzymam jak zawsze. Żarnik wymieniony w
maju.
Dariusz Wysocki"""),
("pl", "b125-wanna-spa-kopie-obudowa", "Michał Kowalczyk <michal.kowalczyk@example.pl>", "Wanna SPA", "technical", "high",
"""Dzień dobry,

chciałbym zgłosić coś, co zauważyłem wczoraj wieczorem. Kiedy
dotknąłem metalowej listwy na obudowie wanny SPA, stojąc boso na mokrym
tarasie, poczułem lekkie kopnięcie prądu. Żona sprawdziła i też to
poczuła. Różnicówka nie wybiła.

Wyłączyłem zasilanie wanny w rozdzielnicy i nikt z niej nie korzysta.
Proszę o przyjazd serwisanta.

Michał Kowalczyk"""),
("pl", "b125-agroturystyka-sauny-goscie-wyjezdzaja", "Siedlisko Nad Jeziorem <rezerwacje@siedlisko-mazury.example>", "sauny i balie", "technical", "high",
"""Dzień dobry,

od wczorajszej burzy oba sterowniki naszych saun i sterownik balii z
hydromasażem są martwe - wyświetlacze ciemne, nic nie grzeje, choć
prąd w budynku jest. Dwie rodziny wyjechały dziś rano przed czasem, bo
przyjechały właśnie na saunę, a na weekend mamy komplet 12 domków z
pakietem "wellness".

Proszę o pilny przyjazd serwisu. Tel. 508 555 614.

Marta Olszewska
Siedlisko Nad Jeziorem, Mikołajki"""),
("pl", "b125-babcia-studnia-mroz", "Aleksandra Rutkowska <aleksandra.rutkowska@example.pl>", "Babcia bez wody", "technical", "high",
"""Dzień dobry, bardzo proszę o pomoc. Moja babcia ma 86 lat i mieszka
sama na wsi pod Łomżą. Pompa w studni, którą wymienialiście jej w
październiku, przestała działać wczoraj wieczorem i nie ma wody w
ogóle. Na dworze minus 15, babcia chodzi o balkoniku i nie może nosić
wody.

Zawiozłam jej wodę w baniakach, ale nie da się tak dłużej. Czy ktoś
może przyjechać jeszcze dziś? Tel. 697 555 203.

Aleksandra Rutkowska"""),
("pl", "b125-piec-sauny-przewod-topi", "Jerzy Wasilewski <jerzy.wasilewski@example.pl>", "Piec do sauny", "technical", "high",
"""Dzien dobry. Po wczorajszym saunowaniu czuc bylo spalenizne. Dzis
zajrzalem za piec i przewod zasilajacy przy wejsciu do puszki jest
nadtopiony, izolacja czarna. Wylaczylem bezpiecznik sauny i nie
uzywamy. Prosze o kontakt w sprawie przegladu.
Jerzy Wasilewski"""),
("pl", "b125-zmiekczacz-zalewa-przelozony", "Izabela Michalak <izabela.michalak@example.pl>", "Trzecie zgłoszenie - zmiękczacz", "technical", "high",
"""To już trzecie zgłoszenie w tej samej sprawie. Zmiękczacz przy
każdej regeneracji wylewa wodę z przelewu zbiornika solanki i rano
mamy mokrą podłogę w kotłowni. Serwisant był dwa razy, za każdym razem
"przeczyścił zawór" i za tydzień było to samo.

Nie życzę sobie kolejnej wizyty tego samego pana. Proszę, żeby
skontaktował się ze mną jego przełożony i powiedział, jak zamierzacie
to wreszcie naprawić.

Izabela Michalak"""),
("pl", "b125-majowka-godziny-otwarcia", "Kinga Szulc <kinga.szulc@example.pl>", "Majówka", "general", "",
"""Dzień dobry, czy salon w Katowicach będzie otwarty 2 maja? Chcemy
przyjechać obejrzeć sauny ogrodowe. Pozdrawiam, Kinga"""),
("pl", "b125-podziekowanie-oczko", "Stefan Głowacki <stefan.glowacki@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałbym serdecznie podziękować panu Zbyszkowi i jego ekipie za
budowę oczka wodnego z kaskadą. Prace skończone w terminie, wszystko
posprzątane, a efekt przeszedł nasze oczekiwania. Żona codziennie
rano pije kawę nad wodą i liczy żaby.

Polecimy Państwa sąsiadom.

Z wyrazami szacunku
Stefan Głowacki"""),
("pl", "b125-dostawa-waska-brama", "Bartłomiej Lis <bartlomiej.lis@example.pl>", "Dostawa balii 21.06", "general", "",
"""Dzień dobry, w sprawie dostawy balii w piątek: brama od ulicy ma tylko
2,4 m, więc kierowca niech wjedzie od strony pola (polna droga za
kapliczką) i zadzwoni do mnie pół godziny wcześniej, 512 555 880.
Podłoże pod balię gotowe.
Bartek"""),
("pl", "b125-zmiana-nazwiska-slub", "Julia Nowak-Pietrzyk <julia.nowak-pietrzyk@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Nowak na Nowak-Pietrzyk.
Proszę o zaktualizowanie danych na moim koncie klienta (nr 40-2291) i
nowy adres e-mail, z którego piszę. Dziękuję, Julia"""),
("pl", "b125-rodo-usuniecie", "Wojciech Krajewski <wojciech.krajewski@example.pl>", "RODO - żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych oraz
zaprzestania wysyłania mi SMS-ów reklamowych. Pytałem o wycenę basenu
dwa lata temu, nie zawarłem żadnej umowy.

Proszę o potwierdzenie wykonania żądania.

Wojciech Krajewski"""),
("pl", "b125-kluczyki-salon-sauna", "Magdalena Witkowska <magdalena.witkowska@example.pl>", "zgubione kluczyki", "general", "",
"""Dzien dobry, w sobote bylismy w Panstwa salonie w Gdansku i chyba
zostawilam kluczyki do auta w jednej z saun wystawowych (tej z duzym
oknem). Brelok z czerwona biedronka. Czy ktos je znalazl?
Magda"""),
("pl", "b125-sponsoring-zawody-szkola", "Szkoła Podstawowa nr 4 <sekretariat@sp4-ostroda.example>", "Prośba o wsparcie zawodów pływackich", "general", "",
"""Szanowni Państwo,

w maju organizujemy międzyszkolne zawody pływackie dla dzieci z klas
IV-VIII z powiatu ostródzkiego. Zwracamy się z prośbą o wsparcie w
postaci nagród lub sponsoringu. W zamian umieścimy logo firmy na
dyplomach i banerze przy basenie.

Z poważaniem
Beata Krawczyk
nauczyciel wychowania fizycznego"""),
("pl", "b125-dzien-otwarty-saun-zapisy", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Dzień otwarty", "general", "",
"""Cześć, widziałem na Facebooku, że robicie dzień otwarty z pokazem
saunowania i ceremonią aufguss. Trzeba się zapisać wcześniej? Możemy
przyjść we dwoje, z żoną?
Łukasz"""),
("pl", "b125-czy-obslugujecie-zakopane", "Anna Sroka <anna.sroka@example.pl>", "Podhale", "general", "",
"""Dzień dobry, czy budujecie sauny również w okolicach Zakopanego, czy
tylko na Śląsku? Mamy dom w Kościelisku.
Anna"""),
("pl", "b125-pochwala-serwisant-mariusz", "Henryka Majewska <henryka.majewska@example.pl>", "Pan Mariusz", "general", "",
"""Dzień dobry,

chciałam pochwalić serwisanta pana Mariusza, który był u mnie w
czwartek przy pompie w studni. Przyjechał punktualnie, wszystko mi
wytłumaczył jak dziecku, a nawet naprawił przy okazji furtkę, która
się nie domykała. Jestem starszą osobą i bardzo to doceniam.

Henryka Majewska"""),
("pl", "b125-witam-zgloszenie-basenu", "Dominik Baran <dominik.baran@example.pl>", "Witam", "general", "",
"""Witam, planujemy basen ogrodowy około 30 m2 na działce pod Krakowem.
Czy taki basen wymaga pozwolenia na budowę albo zgłoszenia w starostwie?
I czy Państwo pomagacie z dokumentami, czy to po naszej stronie?
Dominik"""),
("pl", "b125-niegrzeczny-konsultant-kierownik", "Elżbieta Kaczmarczyk <elzbieta.kaczmarczyk@example.pl>", "Zachowanie konsultanta infolinii", "general", "high",
"""Szanowni Państwo,

wczoraj dzwoniłam na infolinię, żeby zapytać o termin przeglądu. Pan,
który odebrał, przerywał mi, a gdy poprosiłam, żeby mówił wolniej, bo
słabo słyszę, powiedział "to niech pani kupi aparat" i się rozłączył.

Mam 74 lata i nigdy nie spotkałam się z takim chamstwem. Żądam, żeby
skontaktował się ze mną kierownik działu obsługi klienta.

Elżbieta Kaczmarczyk"""),
("pl", "b125-salon-sruba-podest-dziecko", "Tadeusz Grabowski <tadeusz.grabowski@example.pl>", "Niebezpieczny podest w salonie", "general", "high",
"""Dzien dobry. W niedziele w Panstwa salonie we Wroclawiu, na drewnianym
podescie przy wannie pokazowej wystaje sruba, na oko centymetr. Moj syn
(7 lat) zahaczyl o nia noga i rozcial lydke, trzeba bylo zakladac
opatrunek. Obsluga przyniosla apteczke, ale sruba dalej tam byla jak
wychodzilismy. Prosze to naprawic zanim ktos sie powaznie pokaleczy.
Tadeusz Grabowski"""),
]
