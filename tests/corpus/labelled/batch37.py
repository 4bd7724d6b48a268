# batch37.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Food and drink businesses this time -- supermarket
# loyalty schemes, bakeries, butchers and fishmongers, organic food
# delivery, restaurants with booking apps, takeaway platforms, breweries
# and wine clubs, cooking classes, food trucks, office catering.  The
# failure classes in these settings -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# paid plans ended or paused in other words, outages of a business told
# only by their consequences, safety hazards told calmly, praise,
# payment questions -- and everyday mail of all three queues.  Same tuple
# format as batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b37-rewards-voucher-not-taken", "Janet Holroyd <janet.holroyd@example.co.uk>", "Voucher at the till", "billing", "",
"""Hello,

I had one of your Freshway Rewards vouchers, 5.00 off when you spend
40.00, and I used it at the Harrogate store on Saturday. The girl on the
till scanned it and it beeped, but when I got home and looked at the
receipt it hadn't come off. I spent 52.18 so I was well over.

I've still got the receipt and the voucher (it says it was "used" in the
app now, so I can't try again). Could you put the 5.00 back on my card
or send me another voucher?

Janet Holroyd"""),
("en", "b37-veg-box-moving-lisbon", "Ciara Brennan <ciara.brennan@example.ie>", "Last box", "billing", "",
"""Hi folks, we're moving to Lisbon at the end of the month (exciting!!)
so next Thursday's box will be our last one. Can you make sure nothing
goes out of my card after that? It's the medium organic veg box, 24.50
a week. Thanks a million for the lovely veg over the last two years.

Ciara"""),
("en", "b37-wine-club-late-husband", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's wine", "billing", "",
"""Dear Sir or Madam,

My husband Douglas was a member of your wine club for many years and
looked forward to his case every quarter. He passed away in February.
I do not drink red wine myself and I would be grateful if you could
stop the cases and the payments from our joint account, which I think
are 89.00 each time.

There is a case due in April. If it has already been paid for, I would
rather have the money back than the wine.

Thank you for your help.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b37-raw-dog-box-bramble", "Shane Whitlock <shane.whitlock@example.com.au>", "Bramble", "billing", "",
"""G'day,

Sad news, our old kelpie Bramble had to be put down on Tuesday. She
was on your monthly raw box (the 8kg one, $96). Please don't send any
more and don't charge us again. Was meant to go out on the 20th.

Thanks for looking after her belly all these years, she loved the
lamb necks.

Shane & Kylie Whitlock
Ballarat"""),
("en", "b37-food-order-missing-naan", "Rohit Malhotra <rohit.malhotra@example.in>", "Order FD-55120", "billing", "",
"""Dear Team,

Kindly note my order FD-55120 from Punjab Grill (Koramangala) delivered
yesterday at 9.40 pm was missing 2 butter naan and 1 dal makhani. Total
of Rs 410 for these items was charged to my UPI. I have attached the
photo of the bill stapled on the bag, items are listed but not given.

Please do the needful and refund the amount to my original payment
mode at the earliest.

Regards,
Rohit Malhotra"""),
("en", "b37-re-invoice-po-number", "Dana Whitfield <dwhitfield@harborlineinsurance.example>", "Re: Invoice CAT-2291", "billing", "",
"""Hi Marcus,

Our AP team bounced this back - every invoice has to show our PO number
or they can't pay it. Could you reissue CAT-2291 with PO 4500-38812 on
it? Nothing else needs to change, the $1,264.80 is correct.

Thanks!
Dana Whitfield
Office Manager, Harborline Insurance - Denver

On Mon, Mar 10, 2025 at 3:14 PM Marcus Bell <accounts@greenfork-catering.example> wrote:
> Hi Dana,
>
> Please find attached invoice CAT-2291 for the working lunches on
> 3, 4 and 6 March (3 x 24 covers). Payment terms are 30 days.
>
> Many thanks,
> Marcus"""),
("en", "b37-class-voucher-gift", "Alison Price <alison.price@example.co.uk>", "Question", "billing", "",
"""Hi, I'd like to buy one of your cookery class vouchers for my son's
30th. Can he use it for any class (he wants the Thai street food one
which I think is 85) or is it a set amount? And can I pay for it over
the phone as I'm not great with websites.

Alison"""),
("en", "b37-cake-deposit-balance", "Hannah Okafor <hannah.okafor@example.co.uk>", "Birthday cake for 14th", "billing", "",
"""Hiya,

I paid the 20 deposit for the two-tier unicorn cake for my daughter's
party (collecting Saturday 14th from the Stretford shop). Do I need
to pay the rest before, or is it OK to pay the balance by card when I
pick it up? What's the balance - was it 65 all in?

Thanks, Hannah"""),
("en", "b37-beer-box-skip-january", "Tom Rafferty <tom.rafferty@example.co.uk>", "January", "billing", "",
"""Alright,

Doing the whole dry January thing (the wife's idea, not mine). Can you
skip my January beer box but keep the subscription going from
February? Don't want to lose the 10% loyalty discount I've built up.

Cheers,
Tom"""),
("en", "b37-not-app-fishmonger-twice", "Eleanor Marsh <eleanor.marsh@example.co.uk>", "Fish order Friday", "billing", "",
"""Nothing wrong with the app, it worked fine and the fish arrived and
was lovely. But my bank shows two payments of 38.60 for the same order
on Friday morning and I only placed one. Please refund the second one."""),
("en", "b37-catering-no-show-small-claims", "Greg Haskins <greg.haskins@pinecrestlabs.example>", "Catering order 7741 - never delivered", "billing", "high",
"""To whom it may concern,

We prepaid $1,850.00 for catering for our product launch on Thursday
May 8 (order 7741, 60 guests, delivery 11:30 AM to our office at 220
Larkin St). Nobody showed up. We called your number eleven times from
11:35 onward and got voicemail. Our staff ended up buying pizza for
60 people on a company card, in front of our clients.

Your email on Friday said "we're looking into it". That is not good
enough. I want a full refund of the $1,850.00 within 10 business days.
If it is not received by then I will file in small claims court without
further notice.

Greg Haskins
Operations Director, Pinecrest Labs
San Francisco, CA"""),
("en", "b37-wine-club-chargeback", "Priya Sandhu <priya.sandhu@example.co.uk>", "STILL being charged", "billing", "high",
"""I cancelled my Vino Circle membership on 2 January, I have the email
confirming it (reference VC-118273). You have taken 34.99 on 1 February
AND on 1 March. No wine has arrived, which kind of proves it's
cancelled.

I want both payments back. I've already spoken to my bank and if it
isn't refunded by Friday they will raise a chargeback for both.

Priya Sandhu"""),
("en", "b37-restaurant-deposit-manager", "Declan Moriarty <declan.moriarty@example.ie>", "Booking deposit - Saturday 10 people", "billing", "high",
"""Hello,

I booked a table for 10 for Saturday the 22nd through your app and paid
a 100 euro deposit. I cancelled on the Monday, five full days ahead.
Your own terms say deposits are refunded if you cancel more than 48
hours before. The app now shows "deposit retained" and the girl on the
phone said there was nothing she could do.

I'm not going back and forth with the front desk again. I want the
manager or the owner to ring me about this, and I want my 100 euro.

Declan Moriarty
087 555 0142"""),
("en", "b37-shelf-price-trading-standards", "Colin Jarvis <colin.jarvis@example.co.uk>", "Shelf prices vs till prices - 4th time", "billing", "high",
"""This is the fourth time in a month that the price on the shelf at
your Wakefield Road branch is lower than what I'm charged at the till.
Yesterday: coffee 4.25 on the shelf, 5.80 at the till. Olive oil 6.00
on the shelf with a "Rewards price" sticker, 7.50 at the till. I have
photos of the shelf labels with the date on them.

I want the difference refunded for all four visits (receipts attached,
12.45 in total). I have also reported the store to Trading Standards,
because I doubt I am the only one being overcharged.

C. Jarvis"""),
("en", "b37-booking-app-code-loop", "Naomi Fitzgerald <naomi.fitz@example.com>", "Can't log in to book", "technical", "",
"""Hi,

Trying to book a table for Mother's Day on your app. It asks for my
phone number, sends me a 6-digit code, I type it in, and it goes
straight back to the "enter your phone number" screen. Done it five
times now. Deleted and reinstalled the app, same thing. iPhone 13,
latest iOS.

Is there another way to book in the meantime?

Naomi"""),
("en", "b37-hello-rewards-barcode-blank", "Bill Sutcliffe <bill.sutcliffe@example.co.uk>", "Hello", "technical", "",
"""Hello. Since the app updated, when I tap "show my card" at the till
I just get a white box where the barcode should be. The staff have to
type my number in by hand. Phone is a Samsung A52.

Bill Sutcliffe"""),
("en", "b37-not-billing-basket-crash", "Arjun Venkatesh <arjun.v@example.in>", "App crashing", "technical", "",
"""Hi team, this is not a payment or billing issue. The app itself
crashes the moment I tap on the basket icon - screen goes white and it
closes. So I can't place any order at all since Sunday. Cleared cache,
updated the app, restarted the phone. OnePlus 11, Android 14.

Thanks,
Arjun"""),
("en", "b37-breadmaker-paddle-still", "Doreen Haigh <doreen.haigh@example.co.uk>", "Bread maker", "technical", "",
"""Dear Sirs,

I bought one of your Kitchen Essentials bread makers in the Halifax
store before Christmas. For the last three loaves the paddle has not
turned at all. The machine hums and heats up and I get a brick of
flour and water. I have checked the paddle is pushed down onto the
spindle properly.

Is there something I can do or does it need to go back?

Mrs D. Haigh"""),
("en", "b37-wine-cooler-no-refund", "Keith Lambert <keith.lambert@example.com>", "12-bottle wine cooler", "technical", "",
"""I don't want a refund or a replacement, I'm happy with the look of it
and it fits the space perfectly. But the wine cooler I got with my club
sign-up offer is sitting at 18 degrees whatever I set it to. The fan
runs and the light works. Any tips before I start pulling it apart?

Keith"""),
("en", "b37-smoker-probe-way-off", "Brett Kowalski <brett.kowalski@example.com.au>", "smoker thermometer", "technical", "",
"""hey, bought the offset smoker from your Penrith butcher shop last
month. built-in probe says 150 when my handheld thermometer says 110.
tested both in boiling water, handheld says 100, yours says 138. did a
brisket on saturday and it came out like boot leather. is the probe
replaceable?

brett"""),
("en", "b37-organic-postcode-refused", "Sophie Lindley <sophie.lindley@example.co.uk>", "Website says you don't deliver to me", "technical", "",
"""Hi, I've had three deliveries from you already to BS6 5QH, but since
yesterday your website says "Sorry, we don't deliver to your area yet"
when I try to check out. My saved address is still there. Tried on my
laptop and phone.

Sophie"""),
("en", "b37-re-online-class-no-sound", "Gillian Cartwright <gillian.c@example.co.uk>", "Re: Your online class tonight - Knife skills", "technical", "",
"""Hi Beth,

The link opens and I can see the kitchen and the chef, but there is no
sound at all, and the picture freezes every minute or so. Sound works
fine on YouTube on the same laptop. Class starts in 40 minutes!

Gillian

> Hi Gillian,
>
> Looking forward to seeing you tonight at 7pm. Here's your link to join:
> https://classes.example/live/ks-2207
> Have your chef's knife, a chopping board and an onion ready!
>
> Beth, Saucepan Cookery School"""),
("en", "b37-gift-card-balance-error", "Laura Whelan <laura.whelan@example.ie>", "balance check page", "technical", "",
"""Your gift card balance page just says "Something went wrong (500)"
whenever I put in the card number and PIN. Tried three different cards
from the Christmas hamper. Is the page broken?"""),
("en", "b37-friday-tablet-silent", "Bombay Brasserie Leeds <manager@bombaybrasserie-leeds.example>", "Friday night", "technical", "high",
"""Hi,

It's 7.45 on a Friday and we've had zero orders through your platform
since about 6. Normally we'd have 40 by now. The tablet says "online"
but nothing comes in. Three regulars have phoned us to ask why the app
says we're closed. Kitchen is standing around with food prepped.

Please call me on 0113 496 0771 as soon as you see this.

Imran
Bombay Brasserie, Leeds"""),
("en", "b37-lunch-portal-down-400", "Facilities <facilities@meridianbank-ops.example>", "Lunch ordering", "technical", "high",
"""Hello,

Your lunch pre-order portal has been returning an error page since
8.15 this morning. We have around 400 staff across two floors who
order through it, the cut-off is 10.30, and the canteen team tell us
they can't see any orders for today at all. People are already asking
whether they should go out for food.

Can you look at it urgently, or tell us how the canteen should take
orders instead today?

Regards,
Kavya Iyer
Facilities Coordinator, Meridian Bank Operations, Pune"""),
("en", "b37-minikeg-regulator-hissing", "Oliver Pennington <oliver.pennington@example.co.uk>", "Keg dispenser", "technical", "high",
"""Hi,

Just letting you know about the mini keg dispenser I bought from your
brewery shop. When I screwed in a new CO2 cartridge last night the
regulator started hissing and frosted over, and the plastic housing
got a crack down the side. I unscrewed it from a distance, put it
outside on the patio and it's still there.

I'm not sure whether it's safe to use again or whether I should even
be touching it. Could someone advise?

Thanks,
Oliver"""),
("en", "b37-pizza-oven-gas-smell", "Matt Delaney <matt.delaney@example.com>", "Pizza oven", "technical", "high",
"""Hi there,

Probably not an emergency but thought I'd better tell you. The portable
pizza oven we bought off your food truck website: when we connect the
propane and turn it on, there's a strong gas smell around where the
hose joins the oven, even before it lights. We've turned the bottle
off and it's sitting unplugged in the garage.

We used the hose and regulator that came in the box. What should we
do?

Matt Delaney
Austin, TX"""),
("en", "b37-urgent-easter-sunday", "Pat Gorman <pat.gorman@example.ie>", "URGENT!!!", "general", "",
"""are you open easter sunday?? need the hot cross buns for the whole
family and the Ennis shop is the only one that does them right"""),
("en", "b37-praise-fishmonger-fillet", "Robert Lyle <robert.lyle@example.co.uk>", "Thanks to Stuart", "general", "",
"""Hello,

Just a quick note to say thank you to Stuart on the fish counter at
your Aberdeen shop. On Saturday he spent a good ten minutes showing my
granddaughter how to fillet a mackerel, and she was fascinated. Then
she insisted on cooking it for us. The result was to die for.

Please pass this on.

Robert Lyle"""),
("en", "b37-lost-scarf-terrace", "Fiona Acheson <fiona.acheson@example.co.uk>", "Saturday lunch", "general", "",
"""Hi, I think I left a green wool scarf on the back of my chair on
the terrace at lunchtime on Saturday (table near the heater, booking
under Acheson for 4). It was my mum's so it means a lot. Has anyone
handed it in?

Fiona"""),
("en", "b37-veg-box-side-gate", "Raj Chaudhry <raj.chaudhry@example.co.uk>", "Where to leave the box", "general", "",
"""Hi, from this week please could your driver leave our box behind the
side gate (left of the house) rather than on the front step - a fox
got into last week's. Code for the gate is 1948. Our dog is friendly
but loud!

Thanks,
Raj, 27 Elm Grove"""),
("en", "b37-rewards-name-change", "Charlotte Pryce <charlotte.pryce@example.co.uk>", "Change of name", "general", "",
"""Hello,

I got married last month and I'd like to change the name on my
Rewards account from Charlotte Evans to Charlotte Pryce. I'd like to
update my email address too, to this one. My card number is 6344 0192
7718.

Thanks,
Charlotte"""),
("en", "b37-takeaway-data-request", "Daniel Okonjo <daniel.okonjo@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including order history, location data
collected by your app, and any data shared with restaurants or third
parties. The account is registered to this email address.

Please confirm receipt of this request.

Daniel Okonjo"""),
("en", "b37-food-truck-wedding-kerry", "Aoife Sheridan <aoife.sheridan@example.ie>", "Wedding August", "general", "",
"""Hi there!! We had your tacos at the Galway market and they were
honestly the best thing we ate all summer. We're getting married on
16 August near Killarney - do you travel that far, and do you still
have that date free? It'd be for late-night food for about 120.

Aoife & Conor"""),
("en", "b37-sponsorship-u12-rugby", "Ben Trafford <ben.trafford@example.co.uk>", "Sponsorship - Otley Under 12s", "general", "",
"""Hello,

I help run the under-12s at Otley Rugby Club. We're looking for a
local business to sponsor our new training tops next season in return
for your logo on the back and a mention on the club's pages. As lots
of the parents drink at your tap room on a Sunday afternoon after
training, we thought we'd ask you first!

Happy to come in for a chat.

Ben Trafford
Under 12s coach"""),
("en", "b37-class-coeliac-question", "Michelle Dawson <michelle.dawson@example.com.au>", "Fresh pasta class - coeliac", "general", "",
"""Hi there,

My sister has booked us both onto the fresh pasta class on 3 June as a
birthday present. I'm coeliac. Is there any chance of a gluten-free
version for me, or should I just come along and watch? Happy to bring
my own flour if that helps.

Michelle"""),
("en", "b37-no-refund-driver-praise", "Usha Patel <usha.patel@example.co.uk>", "Last night's order", "general", "",
"""I don't want a refund or a voucher, so please don't send one. I just
wanted to say that the order was 40 minutes late last night because of
the snow, and the driver, a young man called Ahmed, walked the last
bit up our hill because his scooter couldn't get up it. Food was still
hot. He deserves a medal."""),
("en", "b37-re-catering-fourth-floor", "Sarah Jennings <sarah.jennings@northbridgelegal.example>", "Re: Your order for Thursday 12 June", "general", "",
"""Hi,

All looks good. Just two things for the driver: please deliver to the
4th floor reception, not the ground floor (building security will
send you up), and 6 of the 30 are now vegetarian rather than 4. The
meeting starts at 12.30 so anytime from 12 is perfect.

Sarah

> Hi Sarah,
> Confirming your order for Thursday 12 June: 30 x Deluxe sandwich
> platter lunch (4 vegetarian), fruit platter, tea and coffee for 30.
> Delivery window 12:00-12:15 to Northbridge Legal, 18 King Street.
> Thanks, Green Fork Catering"""),
("en", "b37-bakery-step-cracked", "Evelyn Shaw <evelyn.shaw@example.co.uk>", "Your front step", "general", "high",
"""Good morning,

I'm a regular at your Market Street bakery. I wanted to let you know
that the stone step at the front door has cracked right across and
the front half now rocks when you tread on it. This morning an
elderly gentleman ahead of me lost his footing and only didn't fall
because he grabbed the door handle.

It might be worth putting a sign up or getting it seen to before
someone is hurt.

Kind regards,
Evelyn Shaw"""),
("en", "b37-assistance-dog-owner", "Lorraine Whitby <lorraine.whitby@example.co.uk>", "Refused entry with my guide dog", "general", "high",
"""On Sunday evening I arrived at your Cheltenham restaurant for a booked
table with my guide dog, Harley. The man at the door told me "no dogs,
no exceptions" and, when I explained he is a guide dog, said loudly
that I could "eat outside then". My daughter showed him Harley's ID
and harness. He still refused. We left.

This is not only humiliating, it is against the law. I want to speak
to the owner or your head of operations directly, not to the same
restaurant.

Lorraine Whitby"""),
]

M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b37-gl-kouponi-3-eyrw-tameio", "Vicky Papadaki <vicky.papadaki@example.gr>", "kouponi", "billing", "",
"""Kalhspera sas,
eixa mazepsei tous pontous sthn karta MarketPlus kai mou vgike kouponi
3 eyrw. To edeixa sto tameio sto katasthma ths Kypselhs to Savvato, h
kopela to skanare, alla sthn apodeiksh den to afairese, plhrwsa
olokliro to poso 46,70. Twra sthn efarmogh leei oti to kouponi
"exei xrhsimopoih8ei". Mporeite na mou epistrepsete ta 3 eyrw h na mou
3anasteilete to kouponi?
Eyxaristw
Vicky"""),
("el", "b37-vasilopites-timologio-etaireias", "Λογιστήριο Τεχνοδομή ΑΕ <logistirio@technodomi.example>", "Βασιλόπιτες για την κοπή πίτας", "billing", "",
"""Καλημέρα σας,

Θα θέλαμε να παραγγείλουμε 45 ατομικές βασιλόπιτες (τις μικρές με
αμύγδαλο, 4,50€ το τεμάχιο) για την κοπή της πίτας της εταιρείας στις
16 Ιανουαρίου. Χρειαζόμαστε τιμολόγιο και όχι απόδειξη, στα στοιχεία:

Τεχνοδομή ΑΕ, ΑΦΜ 094512345, ΔΟΥ ΦΑΕ Αθηνών, Λεωφ. Κηφισίας 122,
Μαρούσι.

Μπορούμε να πληρώσουμε με τραπεζική κατάθεση πριν την παραλαβή; Αν
ναι, στείλτε μας IBAN.

Ευχαριστούμε,
Ρένα Κωστοπούλου
Λογιστήριο"""),
("el", "b37-gl-metakomisi-naxo-kouti", "Thanasis Lagos <thanasis.lagos@example.gr>", "to kouti", "billing", "",
"""geia sas, fevgoume telika apo thn A8hna kai pame Naxo monima apo ton
allo mhna. ekei den ftanete opote stamathste to vio kalathi (to
megalo, 32 eyrw th vdomada) meta thn paradosh ths Pemptis 27. na mhn
parei alli xrewsh h karta. eyxaristoume gia ola, ta ntomatinia sas 8a
mas leipoun"""),
("el", "b37-wine-club-egkymosyni-pagoma", "Κατερινα Μουστακα <k.moustaka@example.gr>", "Συνδρομη κρασιου", "billing", "",
"""Καλησπερα,

εχω τη συνδρομη με τα 6 μπουκαλια τον μηνα (54 ευρω). Μαθαμε οτι ειμαι
εγκυος, οποτε για τους επομενους 9-10 μηνες το κρασι θα περιμενει!
Μπορειτε να παγωσετε τη συνδρομη χωρις να την ακυρωσω; Δεν θελω να
χασω την τιμη μελους που εχω απο το 2021.

Ευχαριστω πολυ,
Κατερινα"""),
("el", "b37-souvlakia-krya-epistrofi", "Σταύρος Αλεξίου <stavros.alexiou@example.gr>", "Παραγγελία 8841-ΚΤ", "billing", "",
"""Γεια σας,

Χθες το βράδυ παρήγγειλα μέσω της πλατφόρμας σας από το «Σουβλάκι του
Μήτσου» στο Περιστέρι: 4 πίτες γύρο χοιρινό και μια μερίδα πατάτες. Ήρθε
μετά από 1 ώρα και 20 λεπτά, κρύο, και αντί για χοιρινό ήταν κοτόπουλο,
που δεν τρώει η γυναίκα μου. Πλήρωσα 18,40€ με κάρτα.

Θα ήθελα την επιστροφή του ποσού. Φωτογραφίες έχω αν χρειάζεστε.

Σταύρος Αλεξίου"""),
("el", "b37-zacharoplastiki-doseis", "Ιφιγένεια Δρόσου <ifigeneia.drosou@example.gr>", "Σεμινάριο ζαχαροπλαστικής", "billing", "",
"""Καλησπέρα σας,

Ενδιαφέρομαι για το 12εβδομαδιαίο σεμινάριο ζαχαροπλαστικής που ξεκινά
τον Οκτώβριο στη Θεσσαλονίκη (480€). Υπάρχει δυνατότητα να πληρωθεί σε
δόσεις, π.χ. 3 ή 4, και αν ναι πρέπει να είναι με πιστωτική κάρτα ή
γίνεται και με κατάθεση; Ισχύει και η έκπτωση για ανέργους που είδα
στο Instagram;

Με εκτίμηση,
Ιφιγένεια Δρόσου"""),
("el", "b37-gl-re-arni-pasxa-iris", "Kostas Vrettos <kostas.vrettos@example.gr>", "Re: Paraggelia arniou gia to Pasxa", "billing", "",
"""Ola kala, to krataw. Ta 50 ths prokatavolhs ta esteila xthes me IRIS
sto kinhto pou mou dwsate. To ypoloipo mporw na to dwsw metrhta otan
er8w Megalo Savvato h prepei na to plhrwsw prin? Kai an to arni bgei
parapanw apo 12 kila ti ginetai?

Kwstas

> Kalhmera k. Vrettw,
> sas krathsame ena arni 11-12 kila apo Elassona, 13,90 to kilo.
> Gia thn krathsh xreiazetai prokatavolh 50 eyrw.
> Kreopwleio Adelfoi Zhsh"""),
("el", "b37-oxi-texniko-xreosi-no-show", "Μαρίνα Γεωργίου <marina.georgiou@example.gr>", "Χρέωση 20€ μη εμφάνισης", "billing", "",
"""Δεν είναι τεχνικό θέμα, η εφαρμογή δουλεύει κανονικά. Το θέμα είναι
ότι κλείσαμε τραπέζι για 4 στο «Θαλασσινό» στη Βάρκιζα την Κυριακή, ΠΗΓΑΜΕ,
φάγαμε και πληρώσαμε στο μαγαζί, και σήμερα βλέπω στην κάρτα χρέωση 20€
από εσάς ως «no-show fee». Παρακαλώ να μου επιστραφεί."""),
("el", "b37-gl-bira-giatros-telos", "Alekos Fotiou <alekos.fotiou@example.gr>", "syndromh", "billing", "",
"""Kalhmera,
o giatros mou ta ekopse ta pota meta tis e3etaseis, opote telos h mpyra
gia mena. Kleiste mou th mhniaia syndromh me to kivwtio ths zythopoiias
(24,90). Na mhn ginei xrewsh ton Iounio.
Alekos Fwtiou, Larisa"""),
("el", "b37-psarades-zygisi-diafora", "Παναγιώτης Καρράς <p.karras@example.gr>", "Τσιπούρες", "billing", "",
"""Καλησπέρα,

Πήρα σήμερα το πρωί από το ιχθυοπωλείο σας στην αγορά του Πειραιά 1,2
κιλά τσιπούρες σύμφωνα με την απόδειξη (22,80€). Στο σπίτι τις ζύγισα
πριν τις καθαρίσω και ήταν 0,90 κιλά, σε δύο διαφορετικές ζυγαριές.
Δεν θέλω να κάνω φασαρία, αλλά θα ήθελα τη διαφορά πίσω, δηλαδή περίπου
5,70€.

Παναγιώτης Καρράς"""),
("el", "b37-catering-prokatavoli-synigoros", "Ευάγγελος Τζαννής <e.tzannis@logismiki-plus.example>", "Επιστροφή προκαταβολής 600€ - catering 14/6", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου καταβάλαμε προκαταβολή 600€ για το catering της
εταιρικής μας εκδήλωσης της 14ης Ιουνίου (120 άτομα). Στις 5 Ιουνίου
μας ενημερώσατε τηλεφωνικά ότι ακυρώνετε εσείς την παραγγελία λόγω
έλλειψης προσωπικού. Από τότε έχουμε στείλει τρία email και δεν
έχουμε λάβει ούτε απάντηση ούτε τα χρήματά μας.

Σας ζητούμε να επιστρέψετε τα 600€ στον λογαριασμό από τον οποίο
έγινε η κατάθεση εντός 5 εργάσιμων ημερών. Σε διαφορετική περίπτωση θα
απευθυνθούμε στον Συνήγορο του Καταναλωτή και θα δώσουμε την υπόθεση
στον δικηγόρο της εταιρείας.

Ευάγγελος Τζαννής
Οικονομικός Διευθυντής, Λογισμική Plus ΙΚΕ"""),
("el", "b37-gl-wine-club-amfisvitisi-trapeza", "Eleni Sarri <eleni.sarri@example.gr>", "DIPLH XREWSH 3 MHNES", "billing", "high",
"""Kalhmera,
edw kai treis mhnes h karta mou xrewnetai DYO fores to mhna gia to
wine club, 39 + 39 eyrw, enw erxetai ena kivwtio. Sas to egrapsa ston
Aprilio kai mou eipate oti 8a diorthw8ei. Den diorthw8hke.
Exw plhrwsei 117 eyrw parapanw. An den ta dw piso mexri thn Paraskeyh
8a kanw amfisvhthsh xrewshs sthn trapeza gia oles tis xrewseis.
Eleni Sarri"""),
("el", "b37-syndromi-premium-proistamenos", "Χαράλαμπος Νικολαΐδης <ch.nikolaidis@example.gr>", "Συνδρομή που δεν ζήτησα", "billing", "high",
"""Καλησπέρα,

Βλέπω στον λογαριασμό μου τρεις χρεώσεις των 4,99€ για «MarketPlus
Premium». Εγώ έχω απλή κάρτα πόντων και δεν έχω γραφτεί ποτέ σε καμία
συνδρομή. Στο ταμείο στο Χαλάνδρι μου είπαν να στείλω email, στο email
μου απάντησε αυτόματο μήνυμα, στο τηλέφωνο περίμενα 25 λεπτά.

Ζητώ να μου επιστραφούν τα 14,97€ και να ακυρωθεί η συνδρομή, και
θέλω να μου τηλεφωνήσει κάποιος υπεύθυνος, όχι άλλο αυτόματο μήνυμα.

Χαράλαμπος Νικολαΐδης
697 000 4411"""),
("el", "b37-mathima-akyrothike-kepka", "Σοφια Λαμπρακη <sofia.lamprakh@example.gr>", "ΑΚΥΡΩΜΕΝΟ ΜΑΘΗΜΑ ΜΑΓΕΙΡΙΚΗΣ - ΔΥΟ ΜΗΝΕΣ", "billing", "high",
"""Καλησπερα σας,

Στις 12 Μαρτιου ακυρωσατε το μαθημα κρητικης κουζινας που ειχα
πληρωσει για μενα και τη φιλη μου (2 x 65 ευρω = 130 ευρω). Μου
ειπατε οτι η επιστροφη θα γινει "μεσα στην εβδομαδα". Εχουν περασει
δυο μηνες.

Αν μεχρι τις 20 του μηνα δεν εχω τα χρηματα, θα κανω καταγγελια στην
ΚΕΠΚΑ και στη Γενικη Γραμματεια Εμποριου. Εχω κρατησει ολα τα μηνυματα.

Σοφια Λαμπρακη
Ηρακλειο"""),
("el", "b37-gl-kratisi-den-erxetai-sms", "Nikoleta Pappa <nikoleta.pappa@example.gr>", "den mpainw sto app", "technical", "",
"""geia, prospa8w na kleisw trapezi sto app sas alla to SMS me ton
kwdiko den erxetai pote. to zhtaw 3ana kai 3ana, tipota. o ari8mos
einai swstos (69xxxxxxx), ta alla SMS erxontai kanonika. exw android
Xiaomi. yparxei allos tropos na mpw?"""),
("el", "b37-erotisi-kouponia-den-fortonoun", "Μιχάλης Ζαφειρίου <michalis.zafeiriou@example.gr>", "Ερώτηση", "technical", "",
"""Καλημέρα, στην εφαρμογή της κάρτας, όταν πατάω «Τα κουπόνια μου»
βγάζει «Σφάλμα σύνδεσης, δοκιμάστε ξανά» εδώ και τέσσερις μέρες. Τα
υπόλοιπα (πόντοι, φυλλάδιο) ανοίγουν κανονικά. iPhone 12."""),
("el", "b37-kouzinomichani-den-thelo-lefta", "Αγλαΐα Σταματοπούλου <aglaia.stamat@example.gr>", "Κουζινομηχανή", "technical", "",
"""Καλησπέρα σας,

Δεν θέλω να μου επιστρέψετε τα χρήματα ούτε να την αλλάξω, μου αρέσει
πολύ. Η κουζινομηχανή που αγόρασα από το σούπερ μάρκετ σας τον
Δεκέμβριο όμως σταματάει μόνη της στη μέση του ζυμώματος, όταν η ζύμη
είναι σφιχτή (για ψωμί ή κουλούρια). Μετά από 10 λεπτά ξαναδουλεύει.
Είναι κάποια ασφάλεια υπερθέρμανσης; Κάνω κάτι λάθος;

Με εκτίμηση,
Αγλαΐα Σταματοπούλου"""),
("el", "b37-gl-kodikos-link-elixe", "Dimitris Kapsalis <d.kapsalis@example.gr>", "kwdikos", "technical", "",
"""Kalhspera. Pathsa "3exasa ton kwdiko" sto site gia ta vio kalathia,
mou hr8e to email amesws, alla molis pataw to link leei "o syndesmos
exei lh3ei". To ekana 4 fores, kai apo kinhto kai apo laptop. Den
mporw na mpw na allaxw thn paraggelia ths Pempths."""),
("el", "b37-pineza-lathos-dromos", "Ροδάνθη Μελά <rodanthi.mela@example.gr>", "Ο διανομέας πάει σε άλλο δρόμο", "technical", "",
"""Γεια σας,

Στην εφαρμογή, όταν γράφω τη διεύθυνσή μου (Αγίου Δημητρίου 48,
Ιωάννινα), η πινέζα στον χάρτη πηγαίνει μόνη της στην παράλληλη οδό,
300 μέτρα πιο κάτω. Ό,τι κι αν κάνω, όταν την σύρω στο σωστό σημείο
και πατήσω «Αποθήκευση», γυρίζει πίσω. Έτσι οι διανομείς πάνε όλοι
λάθος και με παίρνουν τηλέφωνο.

Ροδάνθη"""),
("el", "b37-gl-psistiera-mia-pleura", "Giorgos Vlachos <giorgos.vlachos@example.gr>", "psistiera", "technical", "",
"""Kalhspera paidia,
phra apo to eshop tou kreopwleiou sas thn hlektrikh psistiera me tis
dyo plakes. H aristerh plaka zestainetai kanonika, h de3ia menei
xliarh akoma kai sto max meta apo 15 lepta. To lampaki anavei kai
sta dyo. Yparxei kati na dokimasw?
Giwrgos"""),
("el", "b37-michani-kafe-grafeio-nero", "Γραμματεία Δικηγορικού Γραφείου Αντωνίου <grammateia@antoniou-law.example>", "Μηχανή καφέ 2ου ορόφου", "technical", "",
"""Καλημέρα σας,

Η μηχανή καφέ που μας έχετε τοποθετήσει στον 2ο όροφο με το
συμβόλαιο catering βγάζει από χθες μόνο ζεστό νερό, χωρίς καφέ, σε
όλες τις επιλογές. Οι κόκκοι είναι γεμάτοι και έχουμε κάνει
επανεκκίνηση. Η μηχανή του ισογείου δουλεύει κανονικά.

Μπορείτε να στείλετε τεχνικό όταν βρεθεί ευκαιρία;

Ευχαριστούμε,
Μαρία, Γραμματεία"""),
("el", "b37-wine-club-dieythynsi-koumpi", "Σπυρος Ανδρικοπουλος <spyros.andrik@example.gr>", "Αλλαγη διευθυνσης αποστολης", "technical", "",
"""Καλησπερα, στο site του κλαμπ κρασιου προσπαθω να αλλαξω τη διευθυνση
αποστολης στο προφιλ μου, αλλα οταν πατω «Αποθηκευση» δεν γινεται
τιποτα, ουτε μηνυμα ουτε τιποτα, και μενει η παλια. Δοκιμασα Chrome
και Firefox. Το επομενο κιβωτιο φευγει Δευτερα."""),
("el", "b37-gl-self-checkout-kartes", "Apostolis Mavros <apostolis.mavros@example.gr>", "tameia autoe3yphrethshs", "technical", "",
"""Kalhspera. Sto katasthma sas sto Marousi ta 2 apo ta 4 tameia
autoe3yphrethshs den diavazoun kamia karta edw kai mia vdomada, oute
anepafa oute me chip, kai sto telos pas se kanoniko tameio. Ena
xarti "ektos leitourgias" toulaxiston 8a voh8ouse :)"""),
("el", "b37-tablet-estiatorio-savvato", "Ταβέρνα Τα Πλατάνια <info@taplatania-volos.example>", "Σάββατο βράδυ", "technical", "high",
"""Καλησπέρα,

Είναι 9 και μισή Σάββατο βράδυ και από τις 8 δεν έχει μπει ούτε μία
παραγγελία από την πλατφόρμα σας. Κανονικά τέτοια ώρα έχουμε 30-35. Το
tablet δείχνει «Συνδεδεμένο». Πελάτες μάς παίρνουν τηλέφωνο και λένε
ότι στην εφαρμογή φαινόμαστε «Κλειστό». Οι ψήστες κάθονται και τα
καλαμάκια περισσεύουν.

Πάρτε με στο 6944 000 218 μόλις το δείτε.

Λευτέρης Καλαμαράς
Ταβέρνα «Τα Πλατάνια», Βόλος"""),
("el", "b37-pos-fournos-aporriptei-kartes", "Φούρνος Η Ζύμη <fournos.zymi@example.gr>", "POS", "technical", "high",
"""Καλημέρα,

Από τις 6:30 το πρωί το τερματικό POS που μας έχετε δώσει απορρίπτει
ΟΛΕΣ τις κάρτες με «Σφάλμα επικοινωνίας 05». Έχουμε ουρά μέχρι έξω
στο πεζοδρόμιο, οι μισοί πελάτες δεν έχουν μετρητά και φεύγουν χωρίς
ψωμί. Το έχουμε κλείσει και ανοίξει τρεις φορές. Το κινητό της
γραμμής εξυπηρέτησης δεν το σηκώνει κανείς.

Θοδωρής Μπούρας
Φούρνος «Η Ζύμη», Καλαμάτα"""),
("el", "b37-friteza-aera-spithes", "Ελπίδα Χατζή <elpida.chatzi@example.gr>", "Φριτέζα αέρος", "technical", "high",
"""Καλησπέρα σας,

Σας γράφω για τη φριτέζα αέρος της σειράς «Σπιτικό» που αγόρασα από το
κατάστημά σας στη Λάρισα πριν δύο μήνες. Χθες το βράδυ, ενώ
λειτουργούσε, είδα μικρές σπίθες στο σημείο όπου το καλώδιο μπαίνει
στη συσκευή και μύρισε καμένο πλαστικό. Την έβγαλα αμέσως από την
πρίζα και από τότε δεν την έχω ξαναβάλει.

Το καλώδιο εκεί έχει μαυρίσει λίγο. Τι πρέπει να κάνω;

Ελπίδα Χατζή"""),
("el", "b37-psistiera-ygraeriou-floges-koumpia", "Ηλίας Κουρής <ilias.kouris@example.gr>", "Ψησταριά υγραερίου", "technical", "high",
"""Καλημέρα,

Την ψησταριά υγραερίου με τους 3 καυστήρες που πήραμε από το
κρεοπωλείο σας την Πρωτομαγιά την ανάψαμε χθες για δεύτερη φορά και
μετά από λίγα λεπτά βγήκαν μικρές φλόγες από πίσω από τα κουμπιά, στο
μπροστινό πάνελ. Κλείσαμε τη φιάλη και την αφήσαμε να κρυώσει. Όλα
καλά, κανείς δεν πάθαμε τίποτα, αλλά δεν τολμάμε να την ξανανάψουμε.

Παρακαλώ πείτε μας πώς θα προχωρήσουμε.

Ηλίας Κουρής"""),
("el", "b37-gl-fournos-dekapentaugoustos", "Kyria Toula <toula.m56@example.gr>", "15 Augoustou", "general", "",
"""Kalhmera sas, 8a einai anoixto to fourno sth Nea Smyrnh ston
Dekapentaugousto? An nai mexri ti wra? Na 3erw na er8w gia ta
koulourakia. Eyxaristw, Toula"""),
("el", "b37-mathima-glyko-fotia", "Αναστασία Παππά <anastasia.pappa@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα!

Θέλαμε να πούμε ένα μεγάλο ευχαριστώ στη σεφ Ρένα για το μάθημα
ζαχαροπλαστικής της Πέμπτης. Ήμασταν 6 φίλες για τα γενέθλια της
Δήμητρας και περάσαμε υπέροχα. Το γαλακτομπούρεκο βγήκε φωτιά, η
Δήμητρα λέει ότι θα το ξανακάνει την Κυριακή για την πεθερά της!

Θα ξανάρθουμε σίγουρα.

Αναστασία"""),
("el", "b37-gyalia-taverna-tapeti", "Νικόλαος Δημάκης <n.dimakis@example.gr>", "Γυαλιά πρεσβυωπίας", "general", "",
"""Καλησπέρα σας,

Την Τετάρτη το μεσημέρι φάγαμε στην ταβέρνα σας με τη σύζυγό μου
(τραπέζι δίπλα στο παράθυρο) και νομίζω ότι ξέχασα εκεί τα γυαλιά μου,
καφέ σκελετός μέσα σε μαύρη θήκη. Μήπως τα βρήκατε; Μπορώ να περάσω να
τα πάρω.

Με εκτίμηση,
Νικόλαος Δημάκης"""),
("el", "b37-gl-kalathi-thyroros", "Maria Kyriakou <maria.kyriakou@example.gr>", "paradosh", "general", "",
"""geia sas, apo thn epomenh fora to kalathi afhste to ston 8yrwro
(kyrio Sakh) sto isogeio, to koudouni mas sto 4o den douleuei kai o
odhgos perimene xthes 10 lepta apexw. Ta Savvata o 8yrwros den einai,
opote tote mprosta sthn porta tou 4ou parakalw.
Maria, Patision 212"""),
("el", "b37-allagi-kinitou-karta", "Βασιλική Ρήγα <vasiliki.riga@example.gr>", "Αλλαγή αριθμού κινητού", "general", "",
"""Καλημέρα,

Άλλαξα αριθμό κινητού και θα ήθελα να ενημερωθεί η κάρτα πόντων μου.
Παλιός αριθμός 697 123 4567, νέος 694 765 4321. Αριθμός κάρτας 2200
4417 9981.

Ευχαριστώ,
Βασιλική Ρήγα"""),
("el", "b37-diagrafi-dedomenon-gdpr", "Αλέξανδρος Μπαλτάς <alex.baltas@example.gr>", "Διαγραφή λογαριασμού και δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή του λογαριασμού μου στην πλατφόρμα σας και
όλων των προσωπικών δεδομένων που τηρείτε για εμένα (διευθύνσεις,
ιστορικό παραγγελιών, αποθηκευμένες κάρτες). Ο λογαριασμός είναι
συνδεδεμένος με αυτό το email.

Παρακαλώ επιβεβαιώστε εγγράφως τη διαγραφή.

Αλέξανδρος Μπαλτάς"""),
("el", "b37-gl-zythopoiia-episkepsi-omada", "Petros Antoniadis <petros.antoniadis@example.gr>", "episkepsh Savvato", "general", "",
"""Geia sas! Eimaste mia parea 15 atomwn (bachelor gia ton koliti mas)
kai 8eloume na er8oume sth zythopoiia sth 8essalonikh to Savvato 21
to apogeyma. Kanete 3enagish gia omades kai prepei na kleisoume apo
prin? Yparxei kai kati na fame ekei h na fernoume?
Petros"""),
("el", "b37-sxoleio-giorti-koulouria", "Σύλλογος Γονέων 4ου Δημ. Χαλκίδας <sylgonewn4@example.gr>", "Σχολική γιορτή - χορηγία", "general", "",
"""Αγαπητοί φίλοι,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Σχολείου Χαλκίδας διοργανώνει τη
γιορτή λήξης της σχολικής χρονιάς την Παρασκευή 14 Ιουνίου, με
περίπου 250 παιδιά και γονείς. Θα μπορούσε ο φούρνος σας να προσφέρει
κουλούρια ή τυρόπιτες για τα παιδιά; Θα αναφέρουμε τη χορηγία σας στο
πρόγραμμα και στη σελίδα του συλλόγου.

Με εκτίμηση,
Για το ΔΣ,
Κατερίνα Αθανασίου, Πρόεδρος"""),
("el", "b37-mathimata-sta-agglika", "Joanna Wright-Papadaki <joanna.wp@example.gr>", "Μαθήματα στα αγγλικά;", "general", "",
"""Γεια σας, έρχονται τα πεθερικά μου από την Αγγλία τον Σεπτέμβριο και
θέλουν πολύ να κάνουν ένα μάθημα ελληνικής μαγειρικής. Γίνονται
κάποια μαθήματα στα αγγλικά ή με μετάφραση; Μιλούν μόνο αγγλικά.
Ευχαριστώ!"""),
("el", "b37-gl-dianomeas-agenis", "Stelios Gkikas <stelios.gkikas@example.gr>", "dianomeas", "general", "",
"""Den 8elw kouponi oute epistrofh, to faghto htan mia xara. Apla na
3erete oti o dianomeas xthes to vrady (paraggelia apo Pizza Fan,
Kalamaria, gyrw stis 10) htan poly agenhs. Mou petaxe th sakoula sta
xeria, mou eipe "ti kai 6o orofo xwris asanser" kai efyge xwris na
perimenei to filodwrhma pou tou krathsa. Tipota allo."""),
("el", "b37-psaria-proelefsi", "Ευτυχία Λιάκου <eftychia.liakou@example.gr>", "Προέλευση ψαριών", "general", "",
"""Καλημέρα σας. Τα λαβράκια και οι τσιπούρες που έχετε στο e-shop είναι
ιχθυοτροφείου ή ελεύθερα, και από ποια περιοχή είναι; Στην ετικέτα
γράφει μόνο «Ελλάδα». Ευχαριστώ πολύ."""),
("el", "b37-gl-paidiki-gonia-gyalia", "Anna Christodoulou <anna.christodoulou@example.gr>", "paidikh gwnia", "general", "high",
"""Kalhspera,
htan xthes sto estiatorio sas sto Glyfada me ta paidia. Sthn paidikh
gwnia, mesa sta mpalakia, vrhkame kommatia apo spasmeno pothri. H
kori mou to vrhke me to xeri alla eyxtws den kophke. To eipame sth
servitora, to emaze, alla mporei na exei kai alla mesa.
Kalo 8a htan na ta adeiasete kai na ta elegxete prin xanapaixoun
paidia ekei.
Anna"""),
("el", "b37-kreopoleio-patera-ypeythynos", "Γιώργος Σαμαράς <georgios.samaras@example.gr>", "Συμπεριφορά υπαλλήλου στο κρεοπωλείο σας", "general", "high",
"""Καλησπέρα,

Το πρωί ο πατέρας μου, 81 ετών, πήγε στο κρεοπωλείο σας στην Τούμπα.
Επειδή δεν άκουσε καλά την τιμή και ρώτησε δεύτερη φορά, ο υπάλληλος
στον πάγκο του φώναξε μπροστά σε όλους «αφού δεν ακούς, να μην έρχεσαι
μόνος». Ο πατέρας μου γύρισε σπίτι χωρίς ψώνια και πολύ στενοχωρημένος.
Είναι πελάτης σας 20 χρόνια.

Θέλω να μιλήσω με τον ιδιοκτήτη ή τον υπεύθυνο του καταστήματος, όχι
με τον ίδιο υπάλληλο.

Γιώργος Σαμαράς
698 000 3377"""),
]

M += [
# ---------------- Spanish ----------------
("es", "b37-cheque-ahorro-canjear", "Mercedes Olmedo <mercedes.olmedo@example.es>", "Cheque ahorro", "billing", "",
"""Buenas tardes:

En la app del Club Ahorro me aparece que tengo 12,40 € acumulados en
«cheque ahorro». ¿Cómo lo puedo gastar? ¿Se descuenta solo en la
próxima compra o tengo que pedirlo en caja? Y otra cosa: ¿caduca? Voy
poco al súper en verano porque estamos en el pueblo.

Gracias,
Mercedes Olmedo"""),
("es", "b37-canasta-mama-monterrey", "Ximena Carrillo <ximena.carrillo@example.com.mx>", "Canasta de mi mamá", "billing", "",
"""Hola buenas tardes,

Yo pago la canasta orgánica semanal que le llega a mi mamá en Coyoacán
($690 MXN cada lunes). Mi mamá ya se fue a vivir con mi hermana a
Monterrey, así que ya no va a haber nadie en esa casa para recibirla.
Les pido por favor que ya no la manden y que no se me haga ningún otro
cargo a partir de la próxima semana.

Muchas gracias por todo, mi mamá siempre decía que sus jitomates eran
los mejores.

Ximena Carrillo"""),
("es", "b37-envio-gratis-cobrado-ar", "Facundo Ledesma <facu.ledesma@example.com.ar>", "envio gratis???", "billing", "",
"""Hola, como va. El sabado pedi por la app a una pizzeria de Palermo
que tenia el cartelito de "envio gratis" y en el resumen me cobraron
$1.800 de envio igual. Lo vi recien cuando me llego el mail. Me lo
pueden devolver? Pedido 3390-112.
Gracias
Facu"""),
("es", "b37-re-roscon-bizum", "Lucía Herrero <lucia.herrero@example.es>", "Re: Encargo roscón de Reyes", "billing", "",
"""Perfecto, entonces me quedo el grande de nata. ¿Puedo pagar la señal
por Bizum en vez de ir a la tienda? Si es así pasadme el número y lo
hago hoy mismo.

Un saludo,
Lucía

El 28/12, Horno San Onofre escribió:
> Hola Lucía:
> Te confirmamos el encargo de un roscón grande relleno de nata para
> recoger el 6 de enero entre las 9 y las 11. Precio 28 €. Para
> reservar pedimos una señal de 10 €.
> Horno San Onofre, Valladolid"""),
("es", "b37-factura-carne-autonomo", "Asador El Cruce <asador.elcruce@example.es>", "Factura", "billing", "",
"""Buenos días:

Os compré el jueves 18 kg de chuletón de vaca vieja para el asador y me
disteis ticket simplificado. Necesito factura completa para la
contabilidad. Mis datos:

José Antonio Peláez Ruiz
NIF 12345678Z
Ctra. de Burgos km 12, 09340 Lerma (Burgos)

Ticket n.º 0045-22871, total 396,00 €.

Gracias,
José Antonio"""),
("es", "b37-curso-cocina-pse-nequi", "Valentina Ospina <valentina.ospina@example.com.co>", "Curso de cocina del Pacífico", "billing", "",
"""Hola, buenas. Quiero inscribirme en el curso de cocina del Pacífico de
los sábados en Medellín. ¿El valor de $380.000 incluye los
ingredientes o eso se paga aparte? ¿Puedo pagar por PSE o por Nequi?
No tengo tarjeta de crédito.

Mil gracias,
Valentina"""),
("es", "b37-club-vinos-plan-basico", "Rodrigo Fuenzalida <rodrigo.fuenzalida@example.cl>", "Cambio de plan", "billing", "",
"""Estimados:

Estoy en el plan Reserva del club ($39.990 al mes) pero la verdad es
que con los tintos más sencillos me basta. Quisiera bajarme al plan
Clásico ($24.990) desde la próxima caja de julio. ¿Se puede hacer
sin perder la antigüedad?

Saludos cordiales,
Rodrigo Fuenzalida
Viña del Mar"""),
("es", "b37-suscripcion-cerveza-era-de-el", "Nerea Goikoetxea <nerea.goiko@example.es>", "suscripcion", "billing", "",
"""Hola,

mi pareja y yo lo hemos dejado y la suscripcion de cervezas era cosa
suya, aunque esta a mi nombre y se cobra de mi cuenta (29,90 al mes).
El ya no vive aqui. Por favor dadla de baja y que no se cobre la del
mes que viene.

Nerea"""),
("es", "b37-no-falla-app-propina-doble", "Mauricio Treviño <mauricio.trevino@example.com.mx>", "Propina", "billing", "",
"""Buen día. No es falla de la app, todo funcionó bien y los tacos
llegaron a tiempo. Pero en mi estado de cuenta aparece la propina de
$45 dos veces, además del pedido de $312. Solo di una propina. ¿Me
pueden regresar la que sobra?"""),
("es", "b37-jamon-cebo-no-bellota", "Ignacio Moratalla <ignacio.moratalla@example.es>", "Pedido 20931", "billing", "",
"""Hola,

Pedí una paleta ibérica de bellota 100 % (189 €) y me ha llegado una
de cebo, lo pone claramente en la brida. Está sin abrir. O me la
cambiáis por la que pagué o me devolvéis la diferencia, lo que os
resulte más fácil. ¿Pasa a recogerla el mensajero?

Ignacio Moratalla"""),
("es", "b37-fianza-grupo-omic", "Álvaro Quintana <alvaro.quintana@example.es>", "Fianza de 240 € - restaurante cerrado", "billing", "high",
"""Buenas tardes:

Reservé a través de su aplicación una mesa para 8 personas en «La
Tasquita de Ruzafa» (Valencia) para el sábado 15, pagando una fianza de
30 € por persona, 240 € en total. Cuando llegamos a las 21:30 el
restaurante estaba cerrado, con la persiana bajada y sin ningún aviso.
Nadie nos había llamado ni escrito.

Han pasado diez días, he escrito tres veces por el chat y la única
respuesta es que «el caso está en revisión». Exijo la devolución
íntegra de los 240 €. Si no la recibo en un plazo de siete días,
presentaré una reclamación en la OMIC y pondré el asunto en manos de
mi abogado.

Álvaro Quintana"""),
("es", "b37-catering-doble-cargo-profeco", "Lorena Villaseñor <lvillasenor@grupoaltamira.example>", "Cargo duplicado factura A-5530", "billing", "high",
"""Buenas tardes,

El servicio de comedor de nuestra oficina de Santa Fe (factura A-5530,
$18,400.00 MXN, marzo) se nos cargó dos veces a la tarjeta corporativa
el día 3. Lo reporté el día 5 con su ejecutivo y me dijo que se
reembolsaría "en unos días". Hoy es 28 y nada.

Necesito hablar con su supervisor o con el gerente de cuentas, no con
el ejecutivo. Si el reembolso no se refleja esta semana, levantaremos
una queja formal ante PROFECO.

Lorena Villaseñor
Administración, Grupo Altamira"""),
("es", "b37-club-vino-desconocer-cargo-ar", "Graciela Benedetti <graciela.benedetti@example.com.ar>", "Me siguen cobrando", "billing", "high",
"""Buenas. Pedi la baja del club de vinos el 10 de abril por telefono,
me dieron numero de gestion 77120. En mayo y junio me siguieron
debitando $38.500 de la tarjeta. No recibi ninguna caja, o sea que
saben perfectamente que estoy dada de baja.

Ya hable con el banco: si no me devuelven las dos cuotas antes del
viernes desconozco los cargos y hago la denuncia en Defensa del
Consumidor. Avisados.

Graciela Benedetti"""),
("es", "b37-clase-cancelada-vale-direccion", "Carmen Sotomayor <carmen.sotomayor@example.es>", "Quiero mi dinero, no un vale", "billing", "high",
"""Buenos días:

El taller de cocina japonesa del 9 de noviembre, que pagué para mí y
para mi marido (2 x 75 €), lo cancelaron ustedes dos días antes. Ahora
me dicen que solo me pueden dar un vale para otro taller. Yo no quiero
un vale, no fui yo quien canceló, y las fechas que me ofrecen no me
vienen bien.

Quiero que me devuelvan los 150 € a la tarjeta. Ya he hablado dos
veces con la persona de la recepción, así que les pido que me llame
alguien de dirección.

Carmen Sotomayor
600 000 271"""),
("es", "b37-reserva-desaparece", "Patricia Robles <patricia.robles@example.es>", "Mi reserva ha desaparecido", "technical", "",
"""Hola:

Hice una reserva para 4 el viernes a las 21:00 en la app. Me salió la
pantalla verde de «Reserva confirmada», pero nunca me llegó el correo y
en «Mis reservas» no aparece nada. Lo he intentado otra vez y me pasa
lo mismo. ¿Tengo la mesa o no? Uso Android.

Patricia"""),
("es", "b37-hola-monedero-error-403", "Héctor Zamudio <hector.zamudio@example.com.mx>", "Hola", "technical", "",
"""Hola, quiero vincular mi tarjeta de lealtad al monedero de la app y
cada vez que meto el número me sale "Error 403 - no autorizado". La
tarjeta sí funciona en la caja. Ya desinstalé la app y nada."""),
("es", "b37-no-es-plata-mercadopago-ar", "Martina Ferreyra <martina.ferreyra@example.com.ar>", "no puedo pagar", "technical", "",
"""Hola! No es un tema de plata ni de cobros, tengo saldo de sobra. El
problema es que cuando elijo pagar con Mercado Pago la app se queda
con la ruedita girando para siempre y nunca termina el pedido. Con
efectivo si me deja. Me pasa desde el jueves, en un Motorola.
Gracias!!"""),
("es", "b37-panificadora-error-e01", "Remedios Galán <remedios.galan@example.es>", "Panificadora", "technical", "",
"""Buenas,

compré en su supermercado de Jaén la panificadora de la marca de la
casa hace un mes. Ahora al encenderla pita tres veces y en la pantalla
sale «E01», y no hace nada más. En el librito no viene ese error. Ya la
he desenchufado una noche entera.

Gracias,
Remedios"""),
("es", "b37-carrito-se-vacia-co", "Juan Camilo Restrepo <jc.restrepo@example.com.co>", "La página no deja comprar", "technical", "",
"""Buenas noches. En la página de los mercados orgánicos, cada vez que
agrego productos al carrito y paso a "confirmar pedido", el carrito
queda vacío y me devuelve al inicio. Lo he intentado en el computador y
en el celular. Quería pedir para el domingo.

Juan Camilo Restrepo
Bogotá"""),
("es", "b37-re-clase-grabada-no-disponible", "Begoña Urrutia <begona.urrutia@example.es>", "Re: Ya tienes disponible la grabación de tu clase", "technical", "",
"""Pincho en el enlace y me sale «Este vídeo no está disponible en tu
región». Estoy en Bilbao, no me he movido de casa. ¿Podéis mirarlo?

Begoña

> ¡Hola, Begoña!
> La grabación de la clase «Pintxos de autor» ya está disponible en tu
> área de alumna durante 30 días. Entra aquí: https://aula.example/g/4471
> Equipo Cocina Abierta"""),
("es", "b37-envasadora-no-sella-cl", "Claudio Henríquez <claudio.henriquez@example.cl>", "Envasadora al vacío", "technical", "",
"""Hola, compré la envasadora al vacío en su carnicería de Ñuñoa hace
tres semanas. Saca el aire bien pero no sella: la barra se calienta
un poco y la bolsa queda abierta. Probé con las bolsas que venían con
la máquina y con otras. ¿Tiene arreglo?

Claudio"""),
("es", "b37-grifo-cerveza-solo-espuma", "Iker Zubizarreta <iker.zubi@example.es>", "grifo", "technical", "",
"""Kaixo, el grifo-nevera de barril que os compre el mes pasado solo
saca espuma, vaso tras vaso. El barril esta frio (4 grados segun la
pantalla) y ya he bajado la presion como pone en las instrucciones.
Con el barril anterior iba bien. Alguna idea?

Iker"""),
("es", "b37-contrasena-restablecida-pe", "Rosa Huamán <rosa.huaman@example.pe>", "No puedo entrar a mi cuenta", "technical", "",
"""Señores, buenas tardes. Restablecí mi contraseña en su página del
supermercado con el enlace que me mandaron, me salió "contraseña
cambiada con éxito", pero cuando trato de entrar me dice "usuario o
contraseña incorrectos". Lo hice dos veces. Necesito hacer el pedido
del mes.
Atentamente,
Rosa Huamán
Lima"""),
("es", "b37-tablet-reservas-borradas", "Restaurante Marea Alta <sala@mareaalta-cadiz.example>", "Hoy", "technical", "high",
"""Hola,

Esta mañana al abrir el programa de reservas de la tablet nos aparece
el día de hoy en blanco. Ayer por la noche había 118 cubiertos
reservados para esta noche, con sus alergias y sus notas. No sabemos
quién viene ni a qué hora, y hay dos comuniones con menú cerrado.
Tampoco podemos ver los teléfonos para llamar a la gente.

Por favor, que alguien nos llame ya al 956 000 412.

Nacho
Encargado de sala, Marea Alta (Cádiz)"""),
("es", "b37-comedor-qr-planta-mx", "Recursos Humanos Planta Apodaca <rh.apodaca@autopartes-norte.example>", "Comedor", "technical", "high",
"""Buenas tardes,

Desde el primer turno de hoy la app del comedor no genera el código QR
de los colaboradores. Sin el QR no pueden recoger su comida. Tenemos
unas 600 personas por turno y ahorita hay una fila enorme frente al
comedor y gente que tiene que regresar a la línea sin comer. El
segundo turno entra a las 15:00.

Favor de atenderlo de inmediato.

Lic. Adriana Garza
Recursos Humanos, Autopartes del Norte - Planta Apodaca"""),
("es", "b37-barbacoa-electrica-calambre", "Francisco Javier Llorente <fj.llorente@example.es>", "Barbacoa eléctrica", "technical", "high",
"""Buenas tardes:

Les escribo por la barbacoa eléctrica de sobremesa que compramos en su
carnicería de Albacete en mayo. Ayer, al levantar la tapa metálica
mientras estaba enchufada, mi hijo notó un calambre en la mano, y yo
al tocarla también. No ha pasado nada más, pero la hemos desenchufado
y guardado.

¿Qué hacemos con ella?

Francisco Javier Llorente"""),
("es", "b37-kit-clase-estufa-gas-co", "Daniela Quintero <daniela.quintero@example.com.co>", "Estufita del kit", "technical", "high",
"""Hola, qué pena molestarlos. Para la clase virtual de mañana nos llegó
el kit con la estufita portátil de gas. Al ponerle el cartucho, como
dicen las instrucciones, empezó a oler muchísimo a gas y se oye un
silbidito aunque la perilla está cerrada. Le quité el cartucho, lo
puse en el balcón y abrí las ventanas. Estamos bien.

¿Me pueden decir qué hago con eso? No la voy a volver a usar así.

Daniela Quintero
Cali"""),
("es", "b37-jueves-santo-horno", "Pilar Ortega <pilar.ortega@example.es>", "Semana Santa", "general", "",
"""¿Abrís el Jueves Santo y el Viernes Santo por la mañana? Quiero
pasarme a por torrijas. Gracias."""),
("es", "b37-muzza-de-muerte", "Santiago Iglesias <santi.iglesias@example.com.ar>", "che que pizza", "general", "",
"""Nada, solamente queria decirles que la muzza del food truck en la
feria de San Telmo el domingo estaba de muerte. Mi viejo, que es
napolitano y critica todo, se comio tres porciones y no dijo nada
malo. Eso es un record. Sigan asi!!
Santi"""),
("es", "b37-chamarra-olvidada", "Alejandra Pineda <alejandra.pineda@example.com.mx>", "Chamarra", "general", "",
"""Hola buenas tardes, el sábado comimos en su restaurante de la Roma
(mesa de la terraza, reservación a nombre de Pineda, 4 personas) y se
me olvidó una chamarra de mezclilla azul con un pin de un gatito en la
solapa. ¿La encontraron? Paso por ella cuando me digan.

Gracias!
Ale"""),
("es", "b37-no-timbre-whatsapp", "Irene Castaño <irene.castano@example.es>", "Entregas de los martes", "general", "",
"""Hola:

Una petición para el repartidor de las cestas ecológicas de los
martes: por favor, que no toque el timbre, tenemos un bebé que duerme
a esa hora. Mejor que deje la caja en el felpudo y me mande un
WhatsApp al 611 000 392.

¡Mil gracias!
Irene (C/ Doctor Fleming 14, 2.º B)"""),
("es", "b37-cambiar-correo-cuenta-cl", "Marcela Soto <marcela.soto.v@example.cl>", "Actualizar datos", "general", "",
"""Buenas tardes, quisiera cambiar el correo asociado a mi cuenta del
club de puntos. El antiguo era marcela.soto@example.cl y ya no lo
uso; el nuevo es este. Mi RUT es 12.345.678-5.

Gracias,
Marcela Soto"""),
("es", "b37-derecho-acceso-datos", "Fernando Villalobos <fernando.villalobos@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD solicito que me informen de qué
datos personales míos tratan, con qué finalidad y a qué terceros se
los han cedido, en relación con mi tarjeta de fidelización del
supermercado (titular Fernando Villalobos Cano, DNI 00000000T).

Asimismo, les pido que dejen de enviarme publicidad por SMS.

Atentamente,
Fernando Villalobos Cano"""),
("es", "b37-cerveceria-fiesta-40-mx", "Diego Alcántara <diego.alcantara@example.com.mx>", "Evento privado", "general", "",
"""Qué tal, ¿hacen eventos privados en la cervecería de Guadalajara? Es
para el cumpleaños 40 de mi esposa, seríamos unas 40 personas un
sábado de septiembre. ¿Hay espacio cerrado o solo la terraza? ¿Se
puede llevar pastel de fuera?

Saludos,
Diego"""),
("es", "b37-carrera-popular-patrocinio", "Club Atletismo Ribera <info@atletismoribera.example>", "Carrera popular - colaboración", "general", "",
"""Hola:

El 12 de octubre organizamos la X Carrera Popular de Tudela, con unos
800 corredores. Buscamos empresas locales que quieran colaborar en la
bolsa del corredor o en el avituallamiento de meta. Sería genial
contar con vuestra cervecería (sin alcohol para la meta, claro 😊).
A cambio, vuestro logo en camisetas y cartelería.

Un saludo,
Javier Arregui
Club Atletismo Ribera"""),
("es", "b37-edad-minima-clase-ninos-co", "Luisa Fernanda Rojas <luisa.rojas@example.com.co>", "Clases para niños", "general", "",
"""Buenas tardes. ¿Desde qué edad pueden entrar los niños a las clases
de repostería de vacaciones? Mi hija tiene 7 años y es fanática de
los cupcakes. ¿Los papás se quedan o los dejamos?

Gracias,
Luisa Fernanda"""),
("es", "b37-cajera-grosera-tarjeta", "Gustavo Paredes <gustavo.paredes@example.com.ar>", "Atencion en caja", "general", "",
"""Les escribo porque ayer en la sucursal de Caballito la cajera de la
caja 4 me atendio de muy mala manera cuando le pedi que me cargara los
puntos con el DNI porque no tenia la tarjeta. Me dijo "si no la traes
no molestes" y llamo al siguiente. No pido nada, solo que lo sepan.
Gustavo Paredes"""),
("es", "b37-carne-halal-pregunta", "Youssef El Idrissi <youssef.elidrissi@example.es>", "Carne halal", "general", "",
"""Hola, buenos días. ¿Tenéis carne de cordero o de ternera halal en la
carnicería de Lavapiés, o se puede encargar? ¿Tiene certificado?
Gracias."""),
("es", "b37-toldo-suelto-terraza", "Amparo Segarra <amparo.segarra@example.es>", "Toldo de la terraza", "general", "high",
"""Buenas tardes:

Esta tarde estuve merendando en la terraza de su cafetería-panadería
de la plaza del Ayuntamiento. Uno de los brazos del toldo grande está
suelto por arriba y, con el viento que hacía, todo el toldo daba
golpes y bajaba casi hasta las cabezas de la gente. Se lo comenté a la
camarera, pero siguieron sentando clientes debajo.

Se lo digo antes de que le caiga a alguien encima.

Amparo Segarra"""),
("es", "b37-mesero-comentario-gerente", "Rogelio Castañeda <rogelio.castaneda@example.com.mx>", "Trato recibido en su sucursal Polanco", "general", "high",
"""A quien corresponda:

El viernes fui a cenar con mi familia a su sucursal de Polanco. El
mesero que nos atendió, al ver a mi madre, que viste ropa tradicional
mazahua, hizo un comentario burlón a su compañero sobre "si nos
alcanzaba para la cuenta", lo bastante alto para que lo oyéramos
todos. Mi madre se quiso ir antes del postre.

Exijo hablar con el gerente general o con alguien de la dirección de
la empresa. No con el gerente de turno, que se limitó a decir que
"fue una broma".

Rogelio Castañeda Ruiz"""),
]

M += [
# ---------------- Polish ----------------
("pl", "b37-kupon-laczy-sie-z-promocja", "Grażyna Walczak <grazyna.walczak@example.pl>", "Kupon 10 zł", "billing", "",
"""Dzień dobry,

w aplikacji Karty Sąsiada dostałam kupon „-10 zł przy zakupach za 100
zł”. Czy on się łączy z promocją „2+1 gratis” na kawę? W zeszłym
tygodniu kasjerka powiedziała, że nie, a na kuponie nic o tym nie ma.
Nie chcę przy kasie znowu się tłumaczyć.

Pozdrawiam
Grażyna Walczak"""),
("pl", "b37-kontrakt-norwegia-zawieszenie", "Paweł Szymański <pawel.szymanski@example.pl>", "Skrzynka warzyw", "billing", "",
"""Cześć,

od 1 marca wyjeżdżam na pół roku na kontrakt do Norwegii. Możecie
zawiesić moją cotygodniową skrzynkę eko (ta za 119 zł) do września,
tak żeby nie schodziły pieniądze z karty? Nie chcę jej całkiem
kasować, bo po powrocie będę dalej zamawiał.

Dzięki,
Paweł"""),
("pl", "b37-biuro-zdalnie-pieczywo", "Office Manager <office@datanest.example>", "Pieczywo do biura od lipca", "billing", "",
"""Dzień dobry,

od lipca zamykamy biuro przy Rondzie Mogilskim i cały zespół
przechodzi na pracę zdalną. W związku z tym proszę o zakończenie
naszego abonamentu na poranne dostawy pieczywa i drożdżówek (faktura
miesięczna ok. 1 480 zł brutto) z końcem czerwca. Proszę o
potwierdzenie i ostatnią fakturę.

Dziękujemy za trzy lata świeżych bułek!

Z poważaniem
Agnieszka Lis
Office Manager, DataNest sp. z o.o., Kraków"""),
("pl", "b37-brak-pierogow-zwrot", "Michal Kaczmarek <michal.kaczmarek@example.pl>", "zamowienie 55-81172", "billing", "",
"""Czesc, w zamowieniu z wczoraj z Pierogarni Babci Zosi (Wrocław,
Nadodrze) zabraklo jednej porcji pierogow ruskich, a w paragonie sa.
32 zl poszlo z karty za cos czego nie dostalem. Prosze o zwrot.
Michal"""),
("pl", "b37-dieta-szpital-przesuniecie", "Ewa Jabłońska <ewa.jablonska@example.pl>", "Zawieszenie diety", "billing", "",
"""Dzień dobry,

w przyszły poniedziałek idę do szpitala na operację kolana i będę tam
mniej więcej dwa tygodnie. Mam opłaconą dietę 1500 kcal do końca
miesiąca. Czy mogę zawiesić dostawy od 14 do 27 i przesunąć te
opłacone dni na później, żeby nie przepadły?

Pozdrawiam
Ewa Jabłońska"""),
("pl", "b37-klub-wina-faktura-nip", "Bartosz Wieczorek <bartosz.wieczorek@example.pl>", "Faktura", "billing", "",
"""Dzień dobry,

zamówiłem w klubie wina skrzynkę 12 butelek na prezenty dla klientów
(zamówienie 2024/11/3391, 1 296 zł). Poproszę fakturę VAT na firmę:

Wieczorek Doradztwo Podatkowe
NIP 7771234567
ul. Półwiejska 8/3, 61-888 Poznań

Przy zamówieniu nie było takiej opcji, dlatego piszę.

Bartosz Wieczorek"""),
("pl", "b37-bon-warsztaty-przedluzenie", "Kinga Zawadzka <kinga.zawadzka@example.pl>", "Bon na warsztaty", "billing", "",
"""Hej, dostałam od koleżanek na urodziny bon na warsztaty kulinarne na
250 zł, ważny do końca maja. Przez przeprowadzkę zupełnie o nim
zapomniałam i wczoraj minął termin :( Czy jest szansa go przedłużyć,
albo chociaż wykorzystać część?

Kinga"""),
("pl", "b37-nie-aplikacja-serwis-doliczony", "Adam Lewandowski <adam.lewandowski@example.pl>", "Rachunek z soboty", "billing", "",
"""Aplikacja do rezerwacji działa bez zarzutu, nie o nią chodzi. W sobotę
płaciłem przez nią za kolację w Bistro Pod Lipą (Gdańsk) i do rachunku
doliczono 10% „opłaty serwisowej”, 38 zł, o której nikt nie mówił, a w
karcie nie ma o niej ani słowa. Proszę o zwrot tej kwoty."""),
("pl", "b37-odp-karp-wigilia-przelew", "Jadwiga Pawlak <jadwiga.pawlak@example.pl>", "Odp: Zamówienie świąteczne", "billing", "",
"""Dzień dobry,

a czy mogłabym dopisać jeszcze pół kilo śledzi w oleju? I wolałabym
zapłacić przelewem z góry niż przy odbiorze, bo będzie kolejka. Proszę
o numer konta i całą kwotę.

Jadwiga Pawlak

W dniu 10.12 Rybarnia Pod Kotwicą napisał(a):
> Dzień dobry, potwierdzamy zamówienie na odbiór 23.12 w godz. 8-12:
> 2 x karp żywy (ok. 2 kg), 1 x filet z dorsza 0,5 kg.
> Płatność przy odbiorze gotówką, kartą lub BLIK.
> Rybarnia Pod Kotwicą, Gdynia"""),
("pl", "b37-zwrot-nieotwartej-paczki-piwa", "Rafał Dudek <rafal.dudek@example.pl>", "Zwrot", "billing", "",
"""Dzień dobry, zamówiłem przez sklep internetowy browaru paczkę
degustacyjną 12 piw (149 zł), ale kolega kupił mi dokładnie taką samą
na urodziny. Moja jest nieotwarta. Chciałbym ją odesłać w ramach
14 dni. Kto płaci za kuriera i ile trwa zwrot pieniędzy?"""),
("pl", "b37-catering-30-z-50-prawnik", "Monika Sadowska <m.sadowska@lexpol-kancelaria.example>", "Faktura FV/2025/0412 - reklamacja", "billing", "high",
"""Szanowni Państwo,

na konferencję w dniu 3 kwietnia zamówiliśmy u Państwa lunch dla 50
osób. Dostarczono 30 zestawów, co potwierdził na dokumencie WZ Państwa
kierowca. Mimo to otrzymaliśmy fakturę FV/2025/0412 na pełną kwotę
4 250,00 zł brutto za 50 osób.

Odmawiamy zapłaty faktury w obecnej formie i wnosimy o wystawienie
faktury korygującej do 30 zestawów w terminie 7 dni. W przeciwnym
razie sprawa zostanie przekazana naszemu radcy prawnemu, a dalsza
korespondencja będzie prowadzona już na drodze sądowej.

Z poważaniem
Monika Sadowska
Kierownik administracji"""),
("pl", "b37-dieta-anulowana-uokik-chargeback", "Natalia Kowalczyk <natalia.kowalczyk88@example.pl>", "Pobrana opłata mimo rezygnacji", "billing", "high",
"""Dzień dobry,

zrezygnowałam z diety pudełkowej 20 lutego przez panel klienta (mam
zrzut ekranu z komunikatem „Subskrypcja anulowana”). 1 marca
pobraliście mi z karty 1 120 zł za cały marzec. Żadne pudełko nie
przyszło, więc wiecie, że zamówienia nie ma.

Jeśli pieniądze nie wrócą do piątku, składam reklamację w banku
(chargeback) i zgłaszam sprawę do UOKiK, bo z forów widzę, że nie
jestem jedyna.

Natalia Kowalczyk"""),
("pl", "b37-kasa-samoobslugowa-kierownik", "Zbigniew Mazur <zbigniew.mazur@example.pl>", "Dwa razy pobrana kwota", "billing", "high",
"""Dzień dobry.

W czwartek w Waszym sklepie na Bielanach przy kasie samoobsługowej
zapłaciłem kartą 214,37 zł. Kasa pokazała błąd, pracownica kazała
zapłacić jeszcze raz. Na koncie mam dwie transakcje po 214,37 zł. W
sklepie powiedziano mi, że „to się samo zwróci”. Minął tydzień i nic.

Żądam zwrotu i chcę rozmawiać z kierownikiem sklepu albo kimś wyżej,
bo obsługa w sklepie rozkłada ręce.

Zbigniew Mazur
tel. 601 000 554"""),
("pl", "b37-tort-weselny-nie-dojechal", "Justyna Krawczyk <justyna.krawczyk@example.pl>", "Tort weselny - zwrot 1150 zl", "billing", "high",
"""Dzien dobry,

w sobote 14 czerwca mielismy wesele w Dworku nad Stawem w Rudzie
Slaskiej. Tort weselny zamowiony u Panstwa w marcu (3 pietra, 1 150 zl,
zaplacony w calosci przelewem) w ogole nie dojechal. Nikt nie odebral
telefonu, a goscie o polnocy dostali ciasto z pobliskiej stacji
benzynowej.

Zadam zwrotu calych 1 150 zl w ciagu 14 dni. Jesli ich nie bedzie,
zwrocimy sie do miejskiego rzecznika konsumentow i zalozymy sprawe w
sadzie.

Justyna i Tomasz Krawczykowie"""),
("pl", "b37-rezerwacja-zmiana-godziny-blad", "Oliwer Nowicki <oliwer.nowicki@example.pl>", "Nie mogę zmienić rezerwacji", "technical", "",
"""Cześć, chcę przesunąć rezerwację w aplikacji z 19:00 na 20:00 (piątek,
Bistro Warzywniak). Po kliknięciu „Zmień godzinę” wyskakuje „Błąd
500, spróbuj później” i tak od rana. Anulować też się nie da, bo
przycisk jest szary."""),
("pl", "b37-pytanie-paragon-nie-czyta", "Stanisław Górecki <stanislaw.gorecki@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry.
Próbuję zeskanować paragon w aplikacji, żeby dostać punkty za zakupy
bez karty, a aplikacja za każdym razem pisze „Nie można odczytać
kodu”. Paragon jest czysty, nie pognieciony, światło dobre. Tak jest
z trzema różnymi paragonami.
Stanisław Górecki"""),
("pl", "b37-wyciskarka-nie-chce-zwrotu", "Teresa Zielińska <teresa.zielinska@example.pl>", "Wyciskarka do soków", "technical", "",
"""Dzień dobry,

nie chcę oddawać wyciskarki ani zwrotu pieniędzy, bardzo ją lubię.
Ale od tygodnia przy wyciskaniu marchwi sok cieknie spod misy na
blat, zamiast do dzbanka. Uszczelkę wyjmowałam i myłam, założona jest
tak jak na rysunku. Kupiona w Państwa sklepie w Lublinie w styczniu.

Czy da się dokupić nową uszczelkę, czy to wada?

Teresa Zielińska"""),
("pl", "b37-logowanie-strona-sie-odswieza", "Kuba Michalski <kuba.michalski@example.pl>", "logowanie", "technical", "",
"""hej, na stronie sklepu eko po wpisaniu maila i hasla i kliknieciu
zaloguj strona sie po prostu odswieza i dalej jestem niezalogowany.
zadnego bledu. probowalem w chrome i na telefonie, haslo zmienialem.
chce zmienic zamowienie na sobote"""),
("pl", "b37-sledzenie-kuriera-zamrozone", "Aleksandra Baran <aleksandra.baran@example.pl>", "Mapa z kurierem", "technical", "",
"""Dzień dobry, od kilku dni przy każdym zamówieniu mapa ze śledzeniem
kuriera stoi w miejscu na „Restauracja przygotowuje zamówienie”, a
potem nagle jedzenie jest pod drzwiami. Nie dostaję też żadnych
powiadomień, choć są włączone w ustawieniach telefonu. iPhone 14."""),
("pl", "b37-maszynka-do-miesa-staje", "Henryk Wójcik <henryk.wojcik@example.pl>", "Maszynka do mielenia", "technical", "",
"""Szanowni Państwo,

maszynka do mielenia mięsa kupiona w Państwa masarni w Nowym Targu
zatrzymuje się po kilkunastu sekundach mielenia wołowiny, a potem
trzeba czekać, aż znowu ruszy. Mięso schłodzone, nie za dużo naraz,
ślimak czysty. Wieprzowinę zmieli, z wołowiną ma kłopot.

Z wyrazami szacunku
Henryk Wójcik"""),
("pl", "b37-fermentor-cieknie-kranik", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Zestaw do warzenia piwa", "technical", "",
"""Siema, zestaw startowy do warzenia piwa z waszego sklepu: fermentor
cieknie przy kraniku, jak tylko naleje się więcej niż 10 litrów.
Dokręcałem nakrętkę od środka, dałem dodatkową uszczelkę, dalej
kapie. Pierwsza warka czeka."""),
("pl", "b37-dieta-aplikacja-puste-menu", "Marta Sikora <marta.sikora@example.pl>", "Wybór posiłków", "technical", "",
"""Dzień dobry,

w aplikacji diety nie mogę wybrać posiłków na przyszły tydzień: lista
dań na każdy dzień jest pusta, jest tylko napis „Brak dostępnych
posiłków”. Termin wyboru mija w piątek o 12, a nie chcę znowu
dostać menu domyślnego z rybą, której nie jem.

Marta Sikora"""),
("pl", "b37-odp-kod-dostepu-nieprawidlowy", "Dorota Adamczyk <dorota.adamczyk@example.pl>", "Odp: Twój dostęp do kursu online", "technical", "",
"""Wpisuję dokładnie ten kod (kopiuj-wklej) i dostaję „Kod nieprawidłowy
lub wygasł”. Kurs kupiłam wczoraj. Co robię źle?

Dorota

> Dziękujemy za zakup kursu „Chleb na zakwasie od podstaw”!
> Twój kod dostępu: ZAKWAS-7731-KQ
> Wpisz go na stronie kursy.example/aktywuj
> Zespół Mąka i Woda"""),
("pl", "b37-kurierzy-po-zamowienia-ktorych-nie-widzimy", "Ramen Bar Kaizen <kuchnia@kaizen-ramen.example>", "Tablet", "technical", "high",
"""Dzień dobry,

od godziny 17 kurierzy przyjeżdżają do nas po zamówienia, których nie
ma na naszym tablecie. Nie mamy ich w systemie, więc nic nie
ugotowaliśmy, kurierzy czekają i odjeżdżają, a klienci dostają
anulacje i piszą nam złe opinie. Przez telefon wiemy już o kilkunastu
takich zamówieniach, a jest piątek wieczór.

Proszę o pilny kontakt: 512 000 930.

Kamil, właściciel
Ramen Bar Kaizen, Łódź"""),
("pl", "b37-system-zamowien-14-sklepow", "Piekarnie Złoty Kłos <produkcja@zlotyklos.example>", "System zamówień", "technical", "high",
"""Dzień dobry,

Wasz system zamówień, przez który nasze 14 sklepów firmowych składa
zamówienia na jutro, od 13:00 pokazuje tylko kręcące się kółko. O
18:00 musimy zamknąć listę i rozpisać produkcję na nocną zmianę. Bez
tego piekarze nie wiedzą, ile i czego piec, a sklepy rano będą miały
puste półki.

Czekamy na telefon: 71 000 22 40.

Waldemar Kłos
Kierownik produkcji"""),
("pl", "b37-lunchbox-podgrzewany-dym", "Izabela Rutkowska <izabela.rutkowska@example.pl>", "Podgrzewany lunchbox", "technical", "high",
"""Dzień dobry,

dostałam od Państwa w prezencie dla stałych klientów diety podgrzewany
lunchbox na 230 V. Dziś w pracy po kilku minutach podgrzewania spod
niego poleciał dym i poczułam zapach palonego plastiku. Wyjęłam wtyczkę
z gniazdka, wtyczka była bardzo gorąca i trochę się stopiła z boku.
Nic się nikomu nie stało.

Piszę, bo pewnie takie same lunchboxy dostali inni klienci.

Izabela Rutkowska"""),
("pl", "b37-podgrzewacz-iskry-prad", "Recepcja Kancelarii Nowak i Wspólnicy <recepcja@nowak-kancelaria.example>", "Podgrzewacze na wczorajszym lunchu", "technical", "high",
"""Dzień dobry,

na wczorajszym lunchu dla zarządu Państwa obsługa ustawiła dwa
elektryczne podgrzewacze do potraw. Przy jednym z nich, przy włączaniu
do przedłużacza, poszły iskry, a nasza pracownica, która go
przesuwała, dostała lekko prądem w rękę. Na szczęście nic jej nie
jest. Odłączyliśmy go i stoi w naszej kuchni.

Proszę go odebrać i sprawdzić, zanim trafi do kolejnego klienta. W
przyszły czwartek mamy u Państwa zamówiony kolejny lunch.

Joanna Kubiak
Recepcja"""),
("pl", "b37-pilne-1-listopada", "Bożena Krajewska <bozena.krajewska@example.pl>", "PILNE", "general", "",
"""Czy piekarnia na Chmielnej będzie otwarta 1 listopada? Jedziemy na
groby do Płocka i chciałam wziąć chleb i drożdżówki na drogę."""),
("pl", "b37-paczki-zabojczo-dobre", "Wojciech Kozłowski <wojciech.kozlowski@example.pl>", "Tłusty czwartek", "general", "",
"""Dzień dobry!

Tylko krótko: wasze pączki z różą w tłusty czwartek były zabójczo
dobre. Stałem 40 minut w kolejce na Starym Rynku i ani trochę nie
żałuję. Pani przy ladzie mimo tłumu była uśmiechnięta i jeszcze
doradziła mi faworki dla teściowej.

Wielkie dzięki i do zobaczenia za rok (albo wcześniej).

Wojtek"""),
("pl", "b37-parasol-warsztaty", "Anna Sobczak <anna.sobczak@example.pl>", "Parasol", "general", "",
"""Dzień dobry, byłam we wtorek na warsztatach z pierogów i chyba
zostawiłam u Państwa czerwony parasol w białe kropki, w stojaku przy
wejściu. Czy ktoś go znalazł? Mogę podjechać w sobotę.

Anna Sobczak"""),
("pl", "b37-dieta-furtka-domofon", "Piotr Kubacki <piotr.kubacki@example.pl>", "Dostawy", "general", "",
"""Dzien dobry, prosze przekazac kierowcy, ze od poniedzialku torby z
dieta ma zostawiac w skrzynce przy furtce (jest podpisana "DIETA"),
a nie przed drzwiami bloku. Kod do furtki 2580#. Wychodze do pracy o
5:30 i wczesniej torby czasem znikaly.
Piotr Kubacki, ul. Lipowa 7, Rzeszow"""),
("pl", "b37-zmiana-nazwiska-telefonu-karta", "Karolina Woźniak-Bąk <karolina.wozniak@example.pl>", "Zmiana danych na karcie", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Woźniak na Woźniak-Bąk i mam też nowy
numer telefonu: 733 000 218. Proszę o zaktualizowanie danych na mojej
Karcie Sąsiada nr 9901 4472 0035.

Pozdrawiam
Karolina Woźniak-Bąk"""),
("pl", "b37-rodo-skad-numer", "Tadeusz Jaworski <tadeusz.jaworski@example.pl>", "Skąd macie mój numer?", "general", "",
"""Dzień dobry,

od miesiąca dostaję od Państwa SMS-y z promocjami na dania z dowozem,
a nigdy nie zakładałem konta w Państwa aplikacji. Na podstawie art. 15
RODO proszę o informację, skąd macie mój numer telefonu i jakie inne
moje dane przetwarzacie, a następnie o ich usunięcie.

Tadeusz Jaworski"""),
("pl", "b37-dzien-otwarty-browaru-pies", "Ola Kamińska <ola.kaminska@example.pl>", "Dzień otwarty", "general", "",
"""Hejka, wybieramy się na dzień otwarty browaru w sobotę. Można wejść z
dziećmi (4 i 7 lat) i z psem? I czy zwiedzanie warzelni trzeba
wcześniej rezerwować, czy po prostu przychodzi się o pełnej godzinie?
Dzięki!"""),
("pl", "b37-kgw-festyn-chleb", "KGW Stara Wieś <kgw.starawies@example.pl>", "Festyn dożynkowy", "general", "",
"""Szanowni Państwo,

Koło Gospodyń Wiejskich w Starej Wsi organizuje 31 sierpnia festyn
dożynkowy. Zwracamy się z uprzejmą prośbą o ufundowanie bochna chleba
dożynkowego albo kilku chlebów na poczęstunek dla mieszkańców.
Piekarnię wymienimy w podziękowaniach ze sceny i na plakatach.

Z wyrazami szacunku
Halina Nowaczyk
przewodnicząca KGW"""),
("pl", "b37-chleb-bezglutenowy-osobno", "Magdalena Cieślak <magdalena.cieslak@example.pl>", "Pieczywo bezglutenowe", "general", "",
"""Dzień dobry, czy Wasze pieczywo bezglutenowe jest pieczone w osobnym
pomieszczeniu lub piecu? Syn ma celiakię i nawet śladowe ilości mu
szkodzą. Dziękuję za odpowiedź."""),
("pl", "b37-kurier-nie-chce-rekompensaty", "Jan Sowa <jan.sowa@example.pl>", "kurier", "general", "",
"""Nie chce zadnej rekompensaty ani kodu rabatowego, jedzenie bylo ok.
Ale wasz kurier wczoraj ok 21 (zamowienie z Kebab King, Torun,
Bydgoskie Przedmiescie) palil papierosa na naszej klatce schodowej i
wyrzucil peta na wycieraczke sasiadki. Prosze mu to przekazac.
Jan Sowa"""),
("pl", "b37-praca-food-truck-lato", "Zuzanna Wróbel <zuzanna.wrobel@example.pl>", "Praca na wakacje", "general", "",
"""Dzień dobry,

mam 19 lat, studiuję gastronomię w Gdańsku i szukam pracy na wakacje.
Widziałam, że Wasz food truck jeździ latem nad morze. Czy szukacie
kogoś do pomocy? Mam książeczkę sanepidowską i doświadczenie z
zeszłego lata w smażalni w Jastarni.

Pozdrawiam
Zuzanna Wróbel"""),
("pl", "b37-oblodzone-schody-masarnia", "Leszek Baranowski <leszek.baranowski@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

chciałem zwrócić uwagę, że schody do Państwa masarni na Kościuszki są
od rana jedną taflą lodu, nikt ich nie posypał. Starsza pani przede
mną usiadła na nich i zjechała do samego chodnika. Na szczęście tylko
się potłukła, ale sama się nie podniosła.

Może warto jak najszybciej posypać solą albo piaskiem, zanim ktoś
złamie nogę.

Leszek Baranowski"""),
("pl", "b37-karmienie-piersia-wlasciciel", "Weronika Stępień <weronika.stepien@example.pl>", "Skandaliczne zachowanie kelnera", "general", "high",
"""Dzień dobry,

w niedzielę byliśmy z mężem i trzymiesięczną córką na obiedzie w
Państwa restauracji przy Rynku. Kiedy zaczęłam karmić małą piersią,
przykryta chustą, kelner podszedł i powiedział głośno, że „takie
rzeczy to w toalecie”, bo „przeszkadzam innym gościom”. Wyszliśmy, nie
kończąc obiadu.

Chcę rozmawiać z właścicielem restauracji. Nie z tym kelnerem i nie z
kierownikiem zmiany, który stał obok i się uśmiechał.

Weronika Stępień"""),
]
