# batch111.py -- labelled mails held out of the tree until the rules it
# measures are final: written apart from the generator and the learned
# model, and not to be tuned or trained on.  Mail to food producers and
# wholesalers -- suppliers to restaurants, coffee roasters, breweries and
# taprooms, olive oil and honey producers, butchers, fishmongers,
# farmers' markets, vending machines -- in English, Greek (and Greeklish),
# Spanish and Polish, written separately for each language.  Covers
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise, payment questions, and everyday mail of
# all three queues.  Tuples: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b111-en-beans-paused-newborn", "Hannah Kilbride <hannah.kilbride@example.co.uk>", "Beans on hold?", "billing", "",
"""Hi folks,

We've just had our second baby and, honestly, nobody in this house has
the time to grind anything at the moment - we're living on whatever's in
the jar. Could you skip the next three deliveries of the Monday Blend
(and not take the 14.50 for them) and start again in April? I don't want
to cancel, we'll be back.

Thanks,
Hannah"""),
("en", "b111-en-vat-invoice-restaurant-name", "Accounts <accounts@thecopperpot.example>", "VAT invoice wanted", "billing", "",
"""Hello,

Your driver left a delivery note and a till receipt with last Thursday's
dairy and veg order, but we need a proper VAT invoice made out to The
Copper Pot Ltd, 3 Quay Street, Cork, with our VAT number IE 9876543X on
it. Our accountant won't accept the till receipt. Account ref CP-0417.

Many thanks,
Siobhan Regan
The Copper Pot"""),
("en", "b111-en-tomatoes-short-credit", "Gianni Russo <gianni@russostrattoria.example>", "Tuesday delivery", "billing", "",
"""Tuesday's delivery was two cases of plum tomatoes short - the driver
signed it on the note himself - but the invoice (INV-55120) charges us
for all six. Please send a credit note for the two cases, 2 x 18.40.

Gianni
Russo's Trattoria"""),
("en", "b111-en-keg-deposits-not-credited", "Declan Fahy <declan@theoldforge-pub.example>", "Empties", "billing", "",
"""Hi, your lad collected 6 empty 50L kegs from us on the 3rd, I've the
collection slip here, but the 6 x 30.00 deposit hasn't come off our
account. The statement still shows them as out. Can you sort it before
the next invoice run?

Declan
The Old Forge"""),
("en", "b111-en-honey-trade-price-jump", "Margaret Ellwood <margaret@ellwoodsdeli.example>", "New price list", "billing", "",
"""Good morning,

We've stocked your heather honey in the deli for about four years now
and have always been very happy with it. The new trade price list that
came with last week's order has the 340g jars going from 4.20 to 4.95,
which is a big jump with no warning at all. Is that the price for the
whole year, and is there any discount if we take a full pallet rather
than the usual mixed case?

Kind regards,
Margaret Ellwood
Ellwood's Delicatessen, Skipton"""),
("en", "b111-en-oil-tin-burst-in-post", "Rob Hendry <rob.hendry@example.com>", "Olive oil arrived in a puddle", "billing", "",
"""The 5 litre tin of the early harvest oil arrived split down one seam
and the whole box was soaked. About half is gone. I'd like either a
refund for that tin (42.00) or a replacement sent out, whichever is
easier. Photos attached. Order 20931."""),
("en", "b111-en-market-pitch-fee-twice", "Nikhil Sharma <nikhil.sharma@example.in>", "Regarding pitch fee deduction", "billing", "",
"""Dear Sir/Madam,

Kindly note that the pitch fee for my stall (No. 14, Sunday farmers'
market) for the month of September has been debited twice from my
account, GBP 60 each on 1st and 2nd September. Please do the needful
and refund the extra amount at the earliest.

Thanks and regards,
Nikhil Sharma
Sharma's Pickles and Chutneys"""),
("en", "b111-en-turkey-deposit-cant-collect", "Brenda Coyle <brenda.coyle@example.co.uk>", "Christmas order", "billing", "",
"""Dear Mr Platt,

I paid a 20 pound deposit in November for a 14lb bronze turkey to be
collected on the 23rd. Unfortunately my husband has been taken into
hospital and we will be spending Christmas with our daughter in
Scotland, so I shan't be able to collect it.

I'm very sorry for the short notice. Would it be possible to have the
deposit back, or put it towards something in the new year?

Yours sincerely,
Brenda Coyle"""),
("en", "b111-en-beer-club-dad-gone", "Tom Ashworth <tom.ashworth@example.com>", "Dad's beer club", "billing", "",
"""Hello,

My dad, Geoff Ashworth, was a member of your Beer of the Month club for
years and loved it. He passed away in February. I've been going through
his bank statements and the 32.00 is still going out every month. Please
close his membership - the boxes have been piling up at his house.

Sorry to send this by email, I couldn't face ringing.

Tom Ashworth"""),
("en", "b111-en-new-cafe-account-terms", "Ellie Brennan <hello@smallbatchcafe.example>", "Trade account", "billing", "",
"""Hiya, we opened our cafe in Fremantle three weeks ago and we've been
paying for each coffee delivery by card when it turns up. Is there any
chance of a 30-day account instead? We're going through about 12kg a
week. Happy to fill in whatever forms you need.

Cheers,
Ellie
Small Batch Cafe"""),
("en", "b111-en-re-order-pay-by-transfer", "Liam O'Dwyer <liam.odwyer@example.com.au>", "Re: Your order #4471 is confirmed", "billing", "",
"""Hi, just checking - I don't have a credit card. Can I pay for this one
by bank transfer instead, and what reference do I put on it?

Liam

On Mon, 8 Jul at 9:12 am, Ridgeline Roasters <orders@ridgeline.example> wrote:
> Thanks for your order #4471!
> 2 x Ridgeline Espresso 1kg whole bean ..... AUD 96.00
> Shipping ..................................... AUD 12.00
> Total ........................................ AUD 108.00"""),
("en", "b111-en-fish-never-came-chargeback", "Caroline Pike <caroline.pike@example.co.uk>", "Order 8812 - still nothing", "billing", "high",
"""I paid 86.50 on 14 June for a seafood box for my husband's 60th - the
lobster, the scallops, the lot. It never arrived. The tracking has said
"out for delivery" for nine days. Your phone line rings out and two
emails have gone unanswered.

I want the full 86.50 back. If it isn't refunded by Friday I'm raising a
chargeback with my card company, and I'll be telling them you didn't
even reply.

Caroline Pike"""),
("en", "b111-en-direct-debit-twice-finance-director", "Paul Greaves <paul.greaves@greavesbistro.example>", "1,840 taken TWICE", "billing", "high",
"""This month's direct debit for our wholesale account, 1,840.22, has
been taken from our business account twice on the 1st. That's nearly
four grand gone in a day from a small restaurant and it's left us short
for wages on Friday.

I rang the accounts line yesterday and was told someone would "look
into it". Nobody has. I want your finance director or whoever runs
accounts to call me today, not a ticket number.

Paul Greaves
Greaves Bistro
0113 496 0772"""),
("en", "b111-en-machine-lease-exit-fee-small-claims", "Aoife Nolan <aoife@nolansbakery.example>", "Espresso machine lease - exit fee", "billing", "high",
"""To whom it concerns,

We returned your leased espresso machine in May at the end of the
24-month term, exactly as the agreement says. You have now invoiced us
650 EUR as an "early termination fee". There was no early termination.
I have the signed agreement and the courier collection docket.

Please cancel the invoice in writing. If I don't have that within 14
days I will file a claim through the Small Claims Procedure at the
District Court.

Aoife Nolan
Nolan's Bakery, Galway"""),
# technical
("en", "b111-en-vending-coins-not-refund", "Mark Devlin <mark.devlin@example.co.uk>", "Machine at the leisure centre", "technical", "",
"""Not after my money back - it was only 1.50 - but the snack machine in
the foyer of Hilltop Leisure Centre has been swallowing coins for about
a week. It shows "EXACT CHANGE ONLY" and then just eats whatever you put
in. Thought you'd want to know, as half the swimming club have lost a
quid in it by now."""),
("en", "b111-en-trade-portal-reset-link", "Chef Arjun <arjun@spicetrailkitchen.example>", "can't get in", "technical", "",
"""Hi, I forgot my password for the trade ordering site and hit "reset"
about six times since yesterday. No email comes through, not even in
junk. Using the same address as always (this one). Can you reset it
your end?

Arjun"""),
("en", "b111-en-home-grinder-stalls", "Fiona MacLeod <fiona.macleod@example.co.uk>", "Grinder", "technical", "",
"""Hello,

I bought the Burr 40 grinder from your shop in January along with my
usual beans. For the last week or so it starts, grinds for a couple of
seconds and then just stops with a clicking noise. If I give it a shake
it sometimes goes again. I've emptied the hopper and taken out the top
burr to clean it as in the manual. The grounds that do come out are a
mix of powder and big chunks.

Any ideas before I send it back?

Fiona"""),
("en", "b111-en-kegerator-all-foam", "Brad Kowalski <brad.kowalski@example.com>", "Home tap pours nothing but foam", "technical", "",
"""Hey guys, picked up the home kegerator and a sixtel of your IPA last
weekend. Fridge is at 38F, regulator at 12 psi like your sheet says, but
every pour is 90% foam, even after letting the keg settle for two days.
Tried cleaning the line. What am I missing?

Brad"""),
("en", "b111-en-taproom-app-crash-not-billing", "Jess Walton <jess.walton@example.com.au>", "App", "technical", "",
"""This isn't about my points or anything to do with payments. The
taproom app just closes the second I tap "Scan my card" at the bar.
iPhone 12, newest update, deleted and reinstalled twice. The bar staff
had to type my number in by hand last night."""),
("en", "b111-en-eircode-not-accepted", "Orla Keane <orla.keane@example.ie>", "Order page", "technical", "",
"""Your webshop won't take my Eircode (H91 E2K7). It says "invalid postal
code" and won't let me go past the address page, so I can't order the
honey at all. I've tried it with and without the space."""),
("en", "b111-en-office-machine-leaking", "Facilities <facilities@harbourlaw.example>", "Kitchen coffee machine", "technical", "",
"""Hi,

The bean-to-cup machine you installed in our 3rd floor kitchen has
started leaving a puddle underneath it every morning - roughly a mug's
worth. The drip tray isn't full. It's still making coffee. Could you
send an engineer sometime this week?

Thanks,
Deborah Quinn
Facilities, Harbour Law LLP"""),
("en", "b111-en-vending-sparks-school", "Ken Bradley <k.bradley@oakfield-academy.example>", "Drinks machine, Oakfield Academy", "technical", "high",
"""Good afternoon,

I'm the site manager at Oakfield Academy. At lunchtime today a pupil
reported sparks coming from the back of your cold drinks machine in the
sports hall corridor, and there is a distinct burning smell around it.
I have switched it off at the wall and taped a notice on it, and I've
kept the children away from it.

Please could someone come and look at it, or take it away, as soon as
possible. Until then it stays off.

Ken Bradley
Site Manager"""),
("en", "b111-en-cellar-gas-hissing", "Maeve Doherty <maeve@thecrookedlantern.example>", "Cellar", "technical", "high",
"""Hi there,

Since your engineer replaced the gas regulator on our beer lines
yesterday there's been a steady hiss in the cellar near the cylinders.
This morning the bar manager came up after changing a barrel and said
she felt lightheaded. We've turned the cylinder off and propped the
cellar door open, and nobody is going down there for now.

Could someone come out today please.

Maeve Doherty
The Crooked Lantern"""),
("en", "b111-en-three-kitchens-cant-order", "Head Chef <headchef@fennelgroup.example>", "Saturday", "technical", "high",
"""Morning,

None of our three kitchens (Leeds, York, Harrogate) have been able to
get an order in since 6am - the ordering page takes the basket and then
spins until it logs us out. Cut-off for Saturday delivery is 2pm and
we've 400 covers booked across the sites this weekend. My sous chefs are
phoning other suppliers as I type.

Please ring me: 07700 900 218.

Rory Clarke
Executive Head Chef, Fennel Group"""),
("en", "b111-en-cafe-machine-dead-queue", "Sam Okafor <sam@thegreenroomcafe.example>", "URGENT machine", "technical", "high",
"""The espresso machine you lease us died at 7:40 this morning - no
lights, nothing, breaker is fine, other stuff on that socket works. It's
Saturday, we've got a queue out the door and we're turning everyone
away except for tea. Every hour of this costs us. Please get a tech out
TODAY.

Sam, The Green Room Cafe, Bristol"""),
("en", "b111-en-market-fridge-shocks", "Ramesh Iyer <ramesh.iyer@example.com>", "Chiller unit hired for Sunday market", "technical", "high",
"""Dear Team,

The display chiller I hired from you for my paneer and yoghurt stall
gives a small electric shock whenever anyone touches the metal door
handle. My helper got a jolt twice and a customer also felt it. I have
unplugged the unit and moved the stock into cool boxes for now.

Kindly arrange a replacement unit before next Sunday's market.

Regards,
Ramesh Iyer"""),
("en", "b111-en-roaster-app-blank-after-update", "Kirsty Fraser <kirsty.fraser@example.com.au>", "Nothing on the screen", "technical", "",
"""G'day, since the app updated on Tuesday it just opens to a white screen
and sits there. Can't see my order history or change my grind size for
the next bag. Android, Samsung A54. Cleared cache, no luck."""),
# general
("en", "b111-en-praise-fishmonger-filleting", "Joan Pritchard <joan.pritchard@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I wanted to write and thank the young man on your fish counter at the
Saturday market - I believe his name is Callum. I'm 84 and my hands
aren't what they were, and he filleted and skinned two lemon soles for
me, then showed me how to cook them in the oven so I didn't have to
stand at the hob. They were delicious.

It is very rare these days to be treated with such patience.

Yours faithfully,
Joan Pritchard (Mrs)"""),
("en", "b111-en-taproom-hours-dogs", "Chris Dunne <chris.dunne@example.ie>", "Sunday", "general", "",
"""Hi, is the taproom open Sunday afternoon, and are dogs okay inside? We'd
be coming over from Bray with a very well behaved spaniel."""),
("en", "b111-en-lost-jacket-taproom", "Priya Menon <priya.menon@example.com>", "Left my jacket", "general", "",
"""Hi! I think I left a green waterproof jacket on the back of a chair at
the long table near the window on Friday night (the quiz). Keys to my
bike lock are in the pocket. Has anyone handed it in? I can pop by any
evening this week."""),
("en", "b111-en-deliveries-back-gate", "Luca Bianchi <luca@trattoriabianchi.example>", "Deliveries from Monday", "general", "",
"""Hi,

From Monday the front of our restaurant will be covered in scaffolding
for about six weeks. Could your driver use the back gate on Fisher Lane
instead? The code is 4471 and there's space to pull in. Same drop time
as usual, before 7.

Thanks,
Luca"""),
("en", "b111-en-sausages-gluten-question", "Sarah Doyle <sarah.doyle@example.com>", "Question", "general", "",
"""Hi, are your Cumberland sausages gluten free? My son is coeliac and
the label at the market stall just says "pork, rusk, seasoning" which
I'm guessing means no, but wanted to check whether you do a GF version."""),
("en", "b111-en-sponsorship-u12-rugby", "Gareth Pugh <gareth.pugh@example.co.uk>", "Sponsorship - Llanelli Juniors U12s", "general", "",
"""Good evening,

I coach the under-12s at Llanelli Juniors RFC. We're looking for a local
business to sponsor our new training tops next season. Your butchers is
just round the corner from the club and half our parents shop there.
Would you be interested in having your name on the back? Happy to come
in and chat.

Gareth Pugh
Coach, U12s"""),
("en", "b111-en-market-stall-how-to-apply", "Emily Hart <emily.hart@example.com>", "Stall at the market", "general", "",
"""Hello, I make sourdough from home (registered with the council and
hygiene rated) and I'd love to have a stall at the Saturday farmers'
market. How does it work - is there an application form, and how long
is the waiting list usually?

Emily"""),
("en", "b111-en-new-premises-address", "Office <office@mayfieldcatering.example>", "Change of address", "general", "",
"""Please update our account (MC-2208) with our new kitchen address from
1 October:

Unit 7, Riverside Business Park, Ashford TN23 1XX

Contact number stays the same. Thanks, Janet - Mayfield Catering"""),
("en", "b111-en-subject-access-request", "D. Okonkwo <d.okonkwo@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR, I request a copy of all personal data
you hold about me, including records from your coffee subscription
service and any marketing lists I'm on.

Please reply within one month.

David Okonkwo"""),
("en", "b111-en-driver-blocked-drive", "Neil Harker <neil.harker@example.co.uk>", "Your driver", "general", "",
"""Your lorry driver parked across my driveway at 6am this morning while
delivering to the butcher's next door, and when I asked him politely to
move so I could get to work he told me to "wait like everyone else" and
carried on unloading. I was 20 minutes late. I'd appreciate a word being
had."""),
("en", "b111-en-butcher-staff-mum-manager", "Karen Whitlock <karen.whitlock@example.co.uk>", "Complaint - your Market Street shop", "general", "high",
"""My mother, who is 79, went into your Market Street shop on Thursday
and asked for half a pound of mince because she lives alone. The man
behind the counter rolled his eyes, said "we're not a charity" loudly
enough for the queue to hear, and laughed with his colleague. She came
home in tears and says she won't go back.

I am not interested in a voucher. I want the owner or the manager to
contact me personally and tell me what is being done about it.

Karen Whitlock"""),
("en", "b111-en-taproom-stair-tread-loose", "Josh Fenwick <josh.fenwick@example.com>", "Stairs to the mezzanine", "general", "high",
"""Hi,

Just a heads up - the third step from the top on the stairs up to the
mezzanine in your taproom is loose and tips forward when you stand on
it. My mate went down two steps on Saturday night, just bruised thank
god, but with a pint in your hand and the lights that low someone's
going to get hurt properly.

Josh"""),
("en", "b111-en-hello-school-honey-visit", "Mrs R. Baptiste <r.baptiste@stlukes-primary.example>", "Hello", "general", "",
"""Hello,

Our Year 3 class is learning about bees this term. Do you ever welcome
school visits to the farm to see the hives (from a safe distance!), or
would one of your beekeepers be able to come and talk to the children
at school?

With thanks,
Rose Baptiste
Year 3 Teacher, St Luke's Primary"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b111-el-gl-kafes-pagwma-germania", "Nikos Athanasiou <nikos.ath@example.gr>", "syndromh kafe", "billing", "",
"""Kalhspera sas,
fevgw gia douleia sth Germania gia 6 mhnes apo ton Oktwvrio kai den
exei nohma na erxetai o kafes sto spiti. Mporeite na pagwsete th
syndromh (to 1 kilo ana mhna, 24e) mexri ton Aprilio xwris na th kleisw
entelws? Na mhn xrewthei tipota oso leipw.
Eyxaristw,
Nikos"""),
("el", "b111-el-timologio-taverna-afm", "Ταβέρνα Ο Πλάτανος <platanos.taverna@example.gr>", "Τιμολόγιο", "billing", "",
"""Καλημέρα σας,

Με την παράδοση της Τρίτης (τυριά και αλλαντικά) ο οδηγός μας άφησε
απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στην επωνυμία "Παπαδάκης Γ.
& ΣΙΑ Ο.Ε.", ΑΦΜ 099887766, ΔΟΥ Χανίων. Μπορείτε να το εκδώσετε και να
το στείλετε σε αυτό το email;

Ευχαριστώ,
Γιώργος Παπαδάκης"""),
("el", "b111-el-gl-ladi-metaforika-pano-apo-50", "Eleni Kostopoulou <elenikost@example.gr>", "metaforika??", "billing", "",
"""Geia sas, paraggeila 2 dohia ladi twn 5 litrwn (68e synolo) kai sto
site grafei dwrean metaforika panw apo 50e. Sthn karta mou omws
xrewthhke 74,90, dhladh mou valate 6,90 metaforika. Mporeite na ta
epistrepsete? Paraggelia 3318.
Elenh"""),
("el", "b111-el-egguisi-varelia-xwris-tonous", "Μπυραρια Το Καπηλειο <kapileio.thess@example.gr>", "Εγγυηση βαρελιων", "billing", "",
"""Καλησπερα,
την περασμενη Πεμπτη επιστρεψαμε στον οδηγο σας 8 αδεια βαρελια των 20
λιτρων και 3 κασες με αδεια μπουκαλια. Η εγγυηση ομως (8 x 25 ευρω και
οι κασες) δεν εχει συμψηφιστει στο τελευταιο τιμολογιο. Εχουμε το
δελτιο παραλαβης υπογεγραμμενο απο τον οδηγο.
Παρακαλω ελεγξτε το.
Στελιος
Μπυραρια Το Καπηλειο, Θεσσαλονικη"""),
("el", "b111-el-meli-bomponieres-ekptosi", "Χριστίνα Μαυρίδου <christina.mavridou@example.gr>", "Βαζάκια μέλι για γάμο", "billing", "",
"""Καλησπέρα σας,

Παντρευόμαστε τον Σεπτέμβριο στη Θάσο και θέλουμε για μπομπονιέρες
μικρά βαζάκια με το θυμαρίσιο μέλι σας, των 50 γραμμαρίων. Θα
χρειαστούμε περίπου 220 τεμάχια. Στο site η τιμή είναι 2,80€ το ένα·
υπάρχει κάποια έκπτωση για τέτοια ποσότητα; Και πρέπει να δώσουμε
προκαταβολή;

Ευχαριστούμε πολύ,
Χριστίνα & Άρης"""),
("el", "b111-el-gl-laiki-posa-gia-pagko", "Mpampis Tzortzis <mpampis.tz@example.gr>", "pagkos", "billing", "",
"""kalhmera, eimai paragwgos (ntomates, aggouria, kolokythia) apo ta
Megara kai thelw na kanw pagko sth laikh tou Sabbatou. posa einai ta
telh to mhna kai plhrwnontai mprosta h sto telos? dexeste karta h mono
metrhta?"""),
("el", "b111-el-gl-tsipoures-ligotero-varos", "Stavros Menegakis <s.menegakis@example.gr>", "tsipoures", "billing", "",
"""Kalhmera,
xthes phra apo to katasthma ston Peiraia 2 kila tsipoures, etsi
egrafe kai h apodeixh, 33,80e. Tis zygisa sto spiti kai htan 1,5 kilo
akrivws, kai sth zygaria tou manavh gia na eimai sigouros. Thelw th
diafora pisw, den einai swsto auto.
Stavros"""),
("el", "b111-el-arni-pasxa-prokatavoli-idioktitis", "Σοφία Λαμπράκη <sofia.lambraki@example.gr>", "Προκαταβολή για αρνί", "billing", "high",
"""Κύριοι,

Στις 20 Μαρτίου έδωσα στο κρεοπωλείο σας 50€ προκαταβολή για ολόκληρο
αρνί (περίπου 12 κιλά) για το Πάσχα. Τη Μεγάλη Πέμπτη που πήγα να το
παραλάβω μου είπαν ότι "δεν βρέθηκε η παραγγελία", και ότι τα 50€
"θα συμψηφιστούν κάποια άλλη φορά". Έμεινα χωρίς αρνί για 14 άτομα.

Δεν θέλω συμψηφισμό, θέλω τα χρήματά μου πίσω. Και θέλω να μου
τηλεφωνήσει ο ίδιος ο ιδιοκτήτης, όχι ο υπάλληλος του ταμείου. 6977
123 456.

Σοφία Λαμπράκη"""),
("el", "b111-el-syndromi-mpyras-syzygos-kopse", "Αγγελική Ρούσσου <aggeliki.roussou@example.gr>", "Κουτί του μήνα", "billing", "",
"""Καλησπέρα σας,

Ο σύζυγός μου έκοψε εντελώς το αλκοόλ μετά από σύσταση του γιατρού του,
οπότε το μηνιαίο κουτί με τις 12 μπύρες δεν έχει πια θέση στο σπίτι
μας. Σας παρακαλώ να μη στείλετε το κουτί του Νοεμβρίου και να
σταματήσει η χρέωση των 29,90€.

Σας ευχαριστούμε για όλα αυτά τα χρόνια, ήταν πάντα εξαιρετικές.

Αγγελική Ρούσσου"""),
("el", "b111-el-re-prosfora-epitagi-60", "Δημήτρης Καλογεράς <d.kalogeras@thalassa-restaurant.example>", "Re: Προσφορά προμήθειας θαλασσινών - σεζόν 2024", "billing", "",
"""Καλημέρα κ. Βλάχο,

Οι τιμές μας καλύπτουν. Το μόνο που θα θέλαμε να συζητήσουμε είναι ο
τρόπος πληρωμής: το εστιατόριο δουλεύει μόνο Μάιο-Οκτώβριο, οπότε θα
μας βόλευε πολύ να εξοφλούμε τα τιμολόγια κάθε μήνα με επιταγή 60
ημερών αντί για κατάθεση με την παράδοση. Γίνεται;

Δημήτρης Καλογεράς
Θάλασσα, Νάξος

Στις 12/3/2024 10:45 π.μ., ο/η Αντώνης Βλάχος έγραψε:
> Κύριε Καλογερά,
> σας επισυνάπτω τον τιμοκατάλογο για γαρίδες, καλαμάρι και ψάρια
> ιχθυοτροφείου για τη σεζόν. Ελάχιστη παραγγελία 150€ ανά παράδοση.
> Με εκτίμηση, Αντώνης Βλάχος"""),
("el", "b111-el-aytomatos-pwlitis-dyo-xreoseis", "Πέτρος Ζαχαρίου <petros.zachariou@example.gr>", "Αυτόματος πωλητής σταθμός Λαρίσης", "billing", "",
"""Καλησπέρα. Χθες στις 18:20 πήρα ένα νερό και ένα κρουασάν από τον
αυτόματο πωλητή σας στον σταθμό Λαρίσης, με ανέπαφη κάρτα. Το μηχάνημα
δούλεψε κανονικά, όμως στην τράπεζα βλέπω δύο χρεώσεις των 3,20€ με
λίγα δευτερόλεπτα διαφορά. Θα ήθελα να μου επιστραφεί η δεύτερη.
Πέτρος Ζαχαρίου"""),
("el", "b111-el-timologio-lathos-timi-dieftyntis", "Αλέξανδρος Νικολαΐδης <alex@meze-bar-odos.example>", "Τιμολόγιο 8841 - τρίτη φορά", "billing", "high",
"""Κύριοι,

Για τρίτο συνεχόμενο μήνα το τιμολόγιό σας χρεώνει τη φέτα βαρέλι 9,80€
το κιλό, ενώ η συμφωνία που υπογράψαμε τον Ιανουάριο λέει 8,40€. Σε 120
κιλά τον μήνα μιλάμε για 168€ κάθε φορά. Κάθε φορά ο πωλητής μου λέει
"θα το διορθώσουμε" και το επόμενο τιμολόγιο έρχεται ίδιο.

Δεν θα ξαναμιλήσω με τον πωλητή. Ζητώ να επικοινωνήσει μαζί μου ο
διευθυντής πωλήσεων μέσα στην εβδομάδα, αλλιώς ψάχνω άλλον προμηθευτή.

Αλέξανδρος Νικολαΐδης
Meze Bar Οδός, Πάτρα"""),
("el", "b111-el-gl-ladi-syndromi-trapeza", "Vasilis Georgiou <vgeorgiou@example.gr>", "AKYRWSH - xrewnete akoma", "billing", "high",
"""Kalhmera,
akyrwsa th syndromh sto ladi (3 litra ana 2 mhnes, 39e) stis 10
Ianouariou, exw to email epivevaiwshs sas. Apo tote me xrewsate alles
2 fores, 78e synolo, kai to ladi den to phra pote giati eixa dwsei
allh dieu8ynsh. Exw steilei 3 mhnymata xwris apanthsh.
An mexri thn Paraskeuh den gyrisoun ta 78e, kanw amfisvhthsh xrewshs
sthn trapeza kai tha grapsw kai to giati.
Vasilhs Gewrgiou"""),
("el", "b111-el-kalathi-doro-synigoros", "Ουρανία Σταθοπούλου <ourania.stath@example.gr>", "Καλάθι δώρου που δεν παραδόθηκε ποτέ", "billing", "high",
"""Κύριοι,

Στις 15 Δεκεμβρίου πλήρωσα 95,00€ για ένα χριστουγεννιάτικο καλάθι
(λάδι, μέλι, παστέλι, κρασί) να σταλεί στη μητέρα μου στα Γιάννενα. Δεν
παραδόθηκε ποτέ. Η εταιρεία κούριερ λέει ότι δεν παρέλαβε ποτέ δέμα
από εσάς. Εσείς δεν απαντάτε ούτε στο τηλέφωνο ούτε στα email.

Σας ενημερώνω ότι αν δεν μου επιστραφούν τα 95,00€ μέσα σε δέκα μέρες,
θα υποβάλω αναφορά στον Συνήγορο του Καταναλωτή.

Ουρανία Σταθοπούλου"""),
# technical
("el", "b111-el-gl-automato-nosokomeio-den-thelw-lefta", "Katerina Sarri <ksarri@example.gr>", "to automato sto isogeio", "technical", "",
"""Geia sas, den zhtaw ta lefta pisw, htan 1 euro. Apla na to kserete:
to automato me ta snak sto isogeio tou nosokomeiou (dipla sta
asanser) trwei ta kermata kai den dinei tipota edw kai mia vdomada.
Oloi oi episkeptes kai oi nosileutries to exoun pathei. Steilte kapoion
na to ftiaksei."""),
("el", "b111-el-b2b-logariasmos-kleidothike", "Μαρία Ντόκου <maria@cafe-ntokou.example>", "Δεν μπορώ να μπω", "technical", "",
"""Καλημέρα,

Προσπάθησα να συνδεθώ στο site χονδρικής για να κάνω την παραγγελία
της εβδομάδας και μετά από τρεις λάθος κωδικούς ο λογαριασμός
κλείδωσε. Το "ξέχασα τον κωδικό" μου λέει ότι το email δεν υπάρχει,
ενώ με αυτό το email παραγγέλνω εδώ και δύο χρόνια.

Μαρία Ντόκου
Καφέ Ντόκου"""),
("el", "b111-el-kafetiera-filtrou-den-zestainei", "Ευάγγελος Πάλλης <vag.pallis@example.gr>", "Καφετιέρα φίλτρου", "technical", "",
"""Καλησπέρα σας,

Πήρα μαζί με τον καφέ από το καφεκοπτείο σας και την καφετιέρα φίλτρου
των 1,2 λίτρων. Τις πρώτες δύο εβδομάδες ήταν μια χαρά. Τώρα ο καφές
βγαίνει χλιαρός και η πλάκα από κάτω δεν ζεσταίνει καθόλου, αν και το
λαμπάκι ανάβει. Έχω κάνει και αφαλάτωση με ξίδι όπως λέει το φυλλάδιο.

Ευάγγελος Πάλλης"""),
("el", "b111-el-gl-site-kalathi-adeio", "Thodwris K. <thodoris.k84@example.gr>", "site", "technical", "",
"""prospathw na paraggeilw meli kai kapari apo xthes. vazw ta proionta
sto kalathi, pataw "oloklhrwsh" kai to kalathi adeiazei kai me
gyrnaei sthn arxikh. se kinhto kai se laptop, chrome kai firefox. ti
paizei?"""),
("el", "b111-el-vitrina-mpyras-periptero", "Περίπτερο Πλατείας <periptero.plateias@example.gr>", "Ψυγείο βιτρίνα", "technical", "",
"""Γεια σας. Το ψυγείο βιτρίνα με το λογότυπο της μπύρας σας που μας
έχετε δώσει στο περίπτερο (Πλατεία Αγίου Νικολάου, Βόλος) από το
Σάββατο δεν κρυώνει σωστά, το θερμόμετρο μέσα δείχνει 14 βαθμούς. Ο
ανεμιστήρας γυρίζει. Μπορεί να περάσει τεχνικός;
Κώστας"""),
("el", "b111-el-efarmogi-eidopoiiseis-paradosis", "Ιωάννης Φωτίου <giannis.fotiou@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα,
από την τελευταία ενημέρωση της εφαρμογής δεν μου έρχεται πια η
ειδοποίηση "ο οδηγός είναι καθ' οδόν" για τις παραδόσεις λαχανικών.
Οι ειδοποιήσεις είναι ενεργές στις ρυθμίσεις του κινητού (Xiaomi,
Android 13). Άλλες εφαρμογές στέλνουν κανονικά.
Ιωάννης"""),
("el", "b111-el-espresso-grafeiou-xlaro-xwris-tonous", "Γραμματεια Λογιστικου Γραφειου <info@logistiko-arvaniti.example>", "Μηχανη καφε", "technical", "",
"""Καλημερα,
η μηχανη espresso που μας εχετε στο γραφειο με το συμβολαιο καφε
βγαζει τον καφε σχεδον κρυο εδω και τρεις μερες, και το ακουμε να
κανει εναν θορυβο σαν να μην τραβαει νερο. Ειναι γεματο το δοχειο.
Μπορει να περασει ο τεχνικος;
Ευχαριστουμε,
Ρενα"""),
("el", "b111-el-zygaria-pagkou-den-thelo-epistrofi", "Γιάννης Μαστοράκης <g.mastorakis@example.gr>", "Ζυγαριά", "technical", "",
"""Καλησπέρα,

Δεν ζητάω ούτε επιστροφή ούτε αλλαγή, απλώς βοήθεια. Η ηλεκτρονική
ζυγαριά που μου στείλατε για τον πάγκο μου στη λαϊκή δείχνει κάθε πρωί
διαφορετικό βάρος για το ίδιο σταθμό του ενός κιλού: τη μια 985
γραμμάρια, την άλλη 1.020. Την έχω σε ίσιο πάγκο και κάνω μηδενισμό.
Υπάρχει κάποια ρύθμιση βαθμονόμησης;

Γιάννης Μαστοράκης"""),
("el", "b111-el-kafekopteio-myrodia-ygraeriou", "Λευτέρης Χατζής <lefteris@kafekopteio-chatzi.example>", "Φρυγανιστήρας μετά την εγκατάσταση", "technical", "high",
"""Καλημέρα,

Από τότε που ο τεχνικός σας εγκατέστησε τον φρυγανιστήρα των 5 κιλών
την Τρίτη, μυρίζει υγραέριο γύρω από τη σύνδεση στο πίσω μέρος, πιο
έντονα όταν ανάβει ο καυστήρας. Σήμερα το πρωί η μυρωδιά ήταν αισθητή
και στο μαγαζί μπροστά. Κλείσαμε τη φιάλη, ανοίξαμε τα παράθυρα και δεν
τον ξαναχρησιμοποιούμε μέχρι να τον δει κάποιος.

Παρακαλώ στείλτε τεχνικό σήμερα αν γίνεται.

Λευτέρης Χατζής
Καφεκοπτείο Χατζή, Ηράκλειο"""),
("el", "b111-el-gl-automato-frontistirio-reuma", "Fontistirio Anodos <info@frontistirio-anodos.example>", "automatos pwlhths", "technical", "high",
"""Kalhspera,
o automatos pwlhths me ta anapsyktika pou exete sto frontisthrio mas
(Patision 210) xtypaei reuma otan akoumpas to metalliko kommati dipla
sto koumpi epistrofhs kermatwn. To pathan dyo paidia shmera kai mia
kathhghtria. To vgalame apo thn priza kai valame xarti na mhn to
plhsiazei kaneis. Perimenoume texniko.
Anna Dimou, grammateia"""),
("el", "b111-el-mykonos-tavernes-den-paraggelnoun", "Προμήθειες Ομίλου Αιγαίο <promitheies@aigaio-group.example>", "Παραγγελίες", "technical", "high",
"""Καλησπέρα,

Από τις 11 το πρωί καμία από τις 12 ταβέρνες του ομίλου στη Μύκονο δεν
μπορεί να περάσει παραγγελία στην πλατφόρμα σας - η σελίδα βγάζει
"Σφάλμα 502" μετά το καλάθι. Το καράβι με τις προμήθειες για το
Σαββατοκύριακο φεύγει από τον Πειραιά απόψε και αν δεν φορτωθούν
μέχρι τις 6 μένουμε χωρίς ψάρια και λαχανικά μέχρι την Τρίτη, με
γεμάτα τα τραπέζια.

Τηλέφωνο: 22890 24 555, Μιχάλης Ρήγας"""),
("el", "b111-el-kafeteria-mixani-kyriaki", "Νεφέλη Αντωνίου <nefeli@kafeteria-anemos.example>", "ΒΟΗΘΕΙΑ", "technical", "high",
"""Η μηχανή espresso που έχουμε από εσάς με το συμβόλαιο καφέ έσβησε
στις 8 το πρωί και δεν ξανανάβει. Κυριακή, πρώτη ζεστή μέρα της
χρονιάς στην παραλία, και δεν μπορούμε να φτιάξουμε ούτε έναν freddo.
Οι πελάτες σηκώνονται και φεύγουν. Το τηλέφωνο βλαβών δεν απαντάει.
Χρειαζόμαστε τεχνικό σήμερα.
Νεφέλη, Καφετέρια Άνεμος, Καλαμάτα"""),
("el", "b111-el-gl-vrysi-mpyras-stazei", "Panos Drakos <panos.drakos@example.gr>", "vrysh", "technical", "",
"""Geia sas, h vrysh ths mpyras pou mas egkatasthsate sto bar
(aristerh, me to pils) stazei synexeia akoma kai kleisth. Exoume
valei ena pothri apo katw. Den einai tragiko alla xanoume mpyra kai
kollane ola. Pote mporei na perasei o texnikos?
Panos"""),
# general
("el", "b111-el-eyxaristo-ladi-pateras", "Κατερίνα Αλεξίου <katerina.alexiou@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Αγαπητή οικογένεια Μανωλάκη,

Ο πατέρας μου ήταν από τα Σφακιά και όλη του τη ζωή έλεγε ότι κανένα
λάδι δεν είναι σαν του χωριού του. Του πήρα το δικό σας για τα 90ά του
γενέθλια, δοκίμασε μια φέτα ψωμί και δάκρυσε. Είπε ότι μύριζε όπως το
λιοτρίβι του παππού του.

Ήθελα απλώς να το ξέρετε. Να είστε καλά.

Κατερίνα Αλεξίου"""),
("el", "b111-el-gl-laiki-xristougenna-wrario", "Dimitra P. <dimitra.p@example.gr>", "laikh", "general", "",
"""kalhmera, h laikh ths Kyriakhs 24/12 8a ginei kanonika h
metaferetai? kai ti wra kleinei?"""),
("el", "b111-el-gyalia-xenagisi-zythopoiia", "Θεόδωρος Μπέκας <theodoros.bekas@example.gr>", "Ξενάγηση Σαββάτου", "general", "",
"""Καλησπέρα σας,

Το Σάββατο ήμουν στην ξενάγηση των 5 στη ζυθοποιία και μάλλον άφησα τα
γυαλιά ηλίου μου στο τραπέζι της γευσιγνωσίας, σε μια μαύρη θήκη.
Μήπως τα βρήκε κανείς; Μένω στη Χαλκίδα και μπορώ να περάσω την
Πέμπτη.

Θεόδωρος Μπέκας"""),
("el", "b111-el-paradosi-piso-porta-xwris-tonous", "Φουρνος Η Κρητικη <fournos.kritiki@example.gr>", "Παραδοσεις αλευριου", "general", "",
"""Καλημερα σας,
απο Δευτερα ανοιγουν εργα στο πεζοδρομιο μπροστα απο τον φουρνο και
για δυο εβδομαδες δεν θα μπορει να σταματαει φορτηγο στην Ερμου. Ας
ερχεται ο οδηγος απο την πισω πορτα στην Κολοκοτρωνη 8, πριν τις 6
το πρωι οπως παντα. Θα ειναι ανοιχτη.
Μανωλης"""),
("el", "b111-el-gl-meli-pasteriomeno", "Marianna Vlachou <marianna.vl@example.gr>", "erwthsh gia meli", "general", "",
"""Kalhspera, to pefko meli sas einai pasteriwmeno h wmo? kai einai ok
gia paidi 3 xronwn? Eyxaristw poly!!"""),
("el", "b111-el-xorigia-panigyri-syllogos", "Πολιτιστικός Σύλλογος Αγ. Παρασκευής <syllogos.agparaskevis@example.gr>", "Πανηγύρι 26 Ιουλίου", "general", "",
"""Αξιότιμοι κύριοι,

Ο Πολιτιστικός Σύλλογος του χωριού μας διοργανώνει, όπως κάθε χρόνο,
το πανηγύρι της Αγίας Παρασκευής στις 26 Ιουλίου. Θα ήταν τιμή μας αν
η ζυθοποιία σας συμμετείχε ως χορηγός, με δωρεά μπύρας ή με κάποιο
ποσό, και φυσικά το λογότυπό σας θα υπάρχει στις αφίσες και στο
πρόγραμμα.

Με εκτίμηση,
Για το Δ.Σ.
Ηλίας Κουτσούρης, Πρόεδρος"""),
("el", "b111-el-allagi-tilefonou-email", "Ρένα Γαλάνη <rena.galani@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, άλλαξα κινητό και email. Παρακαλώ ενημερώστε τον λογαριασμό
μου (πελάτης 55120): νέο κινητό 6945 321 987, νέο email αυτό από το
οποίο σας γράφω. Ευχαριστώ, Ρένα Γαλάνη"""),
("el", "b111-el-gl-diagrafi-stoixeiwn", "Spyros Tzanetos <spyros.tz@example.gr>", "GDPR", "general", "",
"""Kalhspera,
zhtaw thn diagrafh olwn twn prosopikwn mou stoixeiwn apo th vash sas
kai apo th lista newsletter, symfwna me ton GDPR (arthro 17). Den exw
energh paraggelia. Parakalw epivevaiwste mou otan ginei.
Spyros Tzanetos"""),
("el", "b111-el-agenis-ypallilos-psaradiko-xwris-tonous", "Γεωργια Λιακου <georgia.liakou@example.gr>", "Παραπονο", "general", "",
"""Καλησπερα,
σημερα το πρωι στο ψαραδικο σας στην Καλλιθεα ρωτησα αν οι γαυροι ειναι
ντοπιοι η κατεψυγμενοι και ο υπαλληλος με τη γκρι ποδια μου απαντησε
"αν δεν σας αρεσουν πηγαινετε αλλου" μπροστα σε ολους. Ψωνιζω εκει
δεκα χρονια. Δεν ειναι τροπος αυτος.
Γεωργια Λιακου"""),
("el", "b111-el-katigoria-klopis-dikigoros", "Σταύρος Ηλιόπουλος <stavros.iliopoulos@example.gr>", "Συμβάν στο κατάστημά σας στο Μαρούσι", "general", "high",
"""Κύριοι,

Την Παρασκευή 14/6 στο κατάστημα τροφίμων σας στο Μαρούσι ο υπεύθυνος
βάρδιας με σταμάτησε στην έξοδο και μου ζήτησε δυνατά μπροστά σε
δεκάδες πελάτες να ανοίξω την τσάντα μου, υπονοώντας ότι έκλεψα ένα
βάζο μέλι. Το βάζο ήταν πληρωμένο και η απόδειξη στην τσέπη μου. Ούτε
συγγνώμη δεν ζήτησε.

Ζητώ γραπτή συγγνώμη από τη διοίκηση της εταιρείας. Έχω ήδη ενημερώσει
τον δικηγόρο μου και θα κινηθώ νομικά αν δεν υπάρξει απάντηση.

Σταύρος Ηλιόπουλος"""),
("el", "b111-el-spasmeni-sxara-freatiou", "Αθηνά Κουρή <athina.kouri@example.gr>", "Σχάρα στο πάτωμα", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι στο κρεοπωλείο σας στην Αγίου Δημητρίου, η
μεταλλική σχάρα του φρεατίου μπροστά από τη βιτρίνα με τα κοτόπουλα
είναι σπασμένη και ανασηκωμένη. Σήμερα ένας ηλικιωμένος κύριος
σκόνταψε και παραλίγο να χτυπήσει το κεφάλι του στη βιτρίνα. Το πάτωμα
εκεί είναι και βρεγμένο συνήθως. Καλό θα ήταν να φτιαχτεί πριν γίνει
κανένα ατύχημα.

Αθηνά Κουρή"""),
("el", "b111-el-gl-geia-sas-gefsignosia-omada", "Lefteris Mpoutsikakis <lefteris.mp@example.gr>", "Geia sas", "general", "",
"""Geia sas!
eimaste mia parea 15 atomwn apo to Rethymno kai 8eloume na
episkeftoume to elaiourgeio sas enan Savvato tou Noemvrh. Kanete
ksenagish kai geusignwsia gia omades? Milate kai agglika? exoume kai
dyo filous apo thn Olandia.
Lefteris"""),
("el", "b111-el-epoxiki-ergasia-maziki-elias", "Αχμέτ Καρίμ <ahmet.karim@example.gr>", "Δουλειά στο μάζεμα", "general", "",
"""Καλησπέρα,

Είμαι 34 χρονών, μένω στην Καλαμάτα και έχω δουλέψει τρεις σεζόν στο
μάζεμα ελιάς σε άλλα κτήματα. Ψάχνετε εργάτες για φέτος τον Νοέμβριο;
Έχω άδεια εργασίας και δίπλωμα αυτοκινήτου.

Ευχαριστώ,
Αχμέτ Καρίμ
6983 456 120"""),
# ---------------- Spanish ----------------
("es", "b111-es-caja-cerveza-erasmus", "Irene Catalán <irene.catalan@example.es>", "Caja mensual", "billing", "",
"""¡Hola!

Me voy de Erasmus a Lisboa de septiembre a junio y no tiene sentido que
la caja de 12 cervezas siga llegando a casa de mis padres (bueno, a mi
padre le encantaría, pero la pago yo). ¿Podéis dejar la suscripción en
pausa hasta el verano que viene sin cobrarme los 27,90 € al mes?

Gracias, me encantan las de este mes.
Irene"""),
("es", "b111-es-mx-factura-cfdi-taqueria", "Taquería El Güero <taqueria.elguero@example.com.mx>", "Factura", "billing", "",
"""Buenas tardes,

Les compramos la tortilla y la carne al pastor cada semana. Necesito
que me facturen las compras de octubre con mis datos fiscales:

RFC: GUMR850312AB4
Razón social: Raúl Gutiérrez Medina
Uso de CFDI: G03 Gastos en general
Régimen: 612

Ya se los había pedido por WhatsApp al vendedor pero me dijo que lo
pidiera por aquí. Gracias.

Raúl Gutiérrez"""),
("es", "b111-es-ar-asado-mercado-pago", "Facundo Ríos <facu.rios@example.com.ar>", "Pedido para el sábado", "billing", "",
"""Hola, qué tal. Quiero encargar 40 kg de asado de tira y 10 de vacío
para un cumpleaños el sábado. ¿Me pasás el precio por kilo actualizado?
En la lista de la semana pasada estaba a $8.900 el asado. ¿Aceptan
Mercado Pago o tiene que ser transferencia? ¿Hay que dejar seña?

Abrazo,
Facu"""),
("es", "b111-es-aceite-canarias-envio-igic", "Candelaria Hernández <cande.hernandez@example.es>", "Gastos de envío a Tenerife", "billing", "",
"""Buenos días,

He pedido dos garrafas de 5 litros de vuestro aceite picual y al pagar
me habéis cobrado 18 € de envío a Tenerife, cuando en la web pone que
el envío es gratis a partir de 60 €. Además en la factura aparece IVA,
y en Canarias no se paga IVA sino IGIC. ¿Me podéis revisar el importe y
devolverme lo que corresponda? Pedido 11702.

Un saludo,
Candelaria Hernández"""),
("es", "b111-es-fianza-cajas-lonja", "Restaurante Mar de Fondo <compras@mardefondo.example>", "Cajas retornables", "billing", "",
"""Hola Javi,

El martes el camión se llevó 25 cajas de plástico vacías de las del
pescado (las azules), pero en la factura de esta semana sigue cargada
la fianza de 2 € por caja como si no las hubiéramos devuelto. El
albarán de recogida lo firmó tu conductor. ¿Me lo descontáis en la
próxima?

Saludos,
Aitor
Mar de Fondo, Getxo"""),
("es", "b111-es-co-cafe-mayorista-descuento", "Valentina Ocampo <valentina@tiendalaflorida.example>", "Precio por volumen", "billing", "",
"""Buen día,

Tengo una tienda de cafés especiales en Medellín y estoy interesada en
su café de origen Huila, tostión media. Su lista de precios mayoristas
dice $58.000 COP la libra. Si les compro 50 libras al mes, ¿manejan
algún descuento? ¿Y el pago puede ser a 30 días con factura
electrónica?

Quedo atenta,
Valentina Ocampo
Tienda La Florida"""),
("es", "b111-es-puesto-mercado-recibo-doble-banco", "Manolo Pineda <manolo.pineda@example.es>", "Recibo del puesto 23", "billing", "high",
"""Buenas,

Tengo el puesto 23 de frutas en el Mercado de Triana. Este mes me habéis
pasado el recibo de la cuota dos veces, 185 € el día 1 y otros 185 € el
día 3. Lo dije en la oficina del mercado el lunes y me dijeron que lo
mirarían. Hoy es jueves y nada.

Si el lunes no está devuelto, devuelvo el segundo recibo en el banco y
que lo reclamen ustedes.

Manuel Pineda"""),
("es", "b111-es-mx-tobi-premios-ya-no", "Ximena Solís <ximena.solis@example.com.mx>", "La cajita de Tobi", "billing", "",
"""Hola, buenas tardes.

Les escribo para pedirles que ya no me manden la cajita mensual de
premios de carne deshidratada. Tobi, mi perrito, se nos fue la semana
pasada, tenía 15 años. Ya no tiene caso.

Por favor que no me cobren los 249 pesos del próximo mes.

Gracias por todo, le encantaban.
Ximena"""),
("es", "b111-es-cambiar-paleta-por-jamon-sin-tildes", "Paco Lorente <paco.lorente@example.es>", "cambio", "billing", "",
"""hola, me regalaron en la cesta de empresa una paleta iberica de
vuestra marca, todavia cerrada con su malla y la etiqueta. Prefiero un
jamon entero, aunque tenga que pagar la diferencia. Se puede cambiar en
la tienda de Guijuelo? cuanto seria la diferencia mas o menos?
gracias"""),
("es", "b111-es-ar-re-presupuesto-empanadas-sena", "Lucía Ferreyra <lucia.ferreyra@example.com.ar>", "Re: Presupuesto catering empanadas - 150 personas", "billing", "",
"""Hola Marcela, ¡gracias! Está perfecto el presupuesto. Dos dudas antes
de confirmar: la seña del 30% ¿te la puedo transferir hoy y el resto el
día del evento en efectivo? ¿Y me hacés factura B a nombre de la
empresa?

Lu

El mié, 4 sept 2024 a las 16:20, Marcela - Empanadas del Norte <ventas@empanadasdelnorte.example> escribió:
> Hola Lucía,
> Te paso el presupuesto para el 28/9: 150 personas, 6 empanadas por
> persona (carne, pollo, humita y jamón y queso), $1.350.000 en total
> con el envío incluido. Para reservar la fecha pedimos una seña del 30%.
> Saludos, Marcela"""),
("es", "b111-es-tarjeta-regalo-cerveceria-saldo-cero", "Óscar Beltrán <oscar.beltran@example.es>", "Tarjeta regalo", "billing", "",
"""Hola. Mis compañeros me regalaron por mi jubilación una tarjeta regalo
de 50 € para la tienda de la cervecería, pero al ir a pagar en la web me
sale que tiene saldo 0,00. No la he usado nunca. El código empieza por
GC-7712. ¿Me lo podéis mirar?

Óscar Beltrán"""),
("es", "b111-es-cargo-doble-mayorista-director", "Gerencia Grupo Arrocería Albufera <gerencia@arroceria-albufera.example>", "Cargo duplicado - cuenta 4410", "billing", "high",
"""Buenos días,

El día 5 nos cargaron en cuenta dos veces la factura de septiembre de
marisco y pescado, 6.412,80 € cada cargo. En un grupo de tres
restaurantes eso nos descuadra la tesorería justo en semana de nóminas.

He llamado dos veces a administración y me dicen que "ya está pasado a
quien corresponde". Quiero que me llame hoy mismo el director
financiero o el gerente, no otro agente.

Vicente Martí
Gerente, Grupo Arrocería Albufera
961 000 443"""),
("es", "b111-es-mx-cafe-cancelado-profeco", "Alejandra Treviño <ale.trevino@example.com.mx>", "Cargo no reconocido", "billing", "high",
"""A quien corresponda:

Cancelé mi suscripción de café en junio (tengo el correo de
confirmación de ustedes) y desde entonces me han seguido cobrando $389
MXN cada mes a mi tarjeta. Ya van cuatro cargos. No he recibido ni un
paquete.

Exijo la devolución de los $1,556. Si no se resuelve esta semana voy a
poner una queja en PROFECO y a pedir al banco el contracargo de todos
los cargos.

Alejandra Treviño"""),
("es", "b111-es-ar-vinos-no-llegaron-defensa-consumidor", "Martín Godoy <martin.godoy@example.com.ar>", "Pedido 9920 - pagado y nunca llegó", "billing", "high",
"""Hola. Hace 40 días pagué $186.000 por una caja de cervezas artesanales
y vinos para regalar a mis clientes para fin de año. Nunca llegó. Cada
vez que escribo me contestan "está en camino". Ya pasaron las fiestas,
no me sirve más.

Quiero que me devuelvan la plata. Si en 72 horas no tengo respuesta,
hago la denuncia en Defensa del Consumidor y además inicio la
reclamación en el banco.

Martín Godoy"""),
# technical
("es", "b111-es-vending-facultad-no-quiero-dinero", "Nerea Ibáñez <nerea.ibanez@example.es>", "Máquina de la facultad", "technical", "",
"""Hola, no os escribo para que me devolváis nada (fue 1 € y ya está).
Es solo para avisar de que la máquina de bocadillos de la segunda
planta de la Facultad de Derecho lleva toda la semana sin dar el
cambio y a veces se queda con el producto enganchado en la espiral.
Ayer éramos cinco dándole golpes a la vez. Mandad a alguien, porfa."""),
("es", "b111-es-mx-portal-mayoreo-contrasena", "Compras Abarrotes Doña Chela <compras.donachela@example.com.mx>", "no puedo entrar al portal", "technical", "",
"""Buenas tardes, cambié la contraseña del portal de mayoreo como me
pedía el sistema y ahora me dice "usuario o contraseña incorrectos" con
la nueva y con la vieja. Ya intenté restablecerla y el enlace del correo
me manda a una página en blanco. Necesito hacer el pedido de la semana.
Gracias. Chela"""),
("es", "b111-es-ar-app-feria-se-cierra", "Sofía Benítez <sofi.benitez@example.com.ar>", "La app", "technical", "",
"""Hola! La app de la feria de productores se me cierra cada vez que
quiero ver el catálogo de quesos. En el resto de las secciones anda
bien. Tengo un Motorola G32. Ya la desinstalé y la volví a instalar,
sigue igual."""),
("es", "b111-es-molinillo-no-muele-fino", "Alberto Requena <alberto.requena@example.es>", "Molinillo", "technical", "",
"""Buenas tardes,

Compré en vuestra tienda online el molinillo eléctrico de muelas junto
con un kilo de café de Etiopía. Por mucho que lo ponga en la posición
más fina (la 1), el café sale como para cafetera de émbolo, y el
espresso me baja en ocho segundos. He desmontado la muela de arriba y la
he vuelto a colocar siguiendo el vídeo. ¿Puede que venga mal calibrado?

Gracias,
Alberto"""),
("es", "b111-es-co-termometro-cuarto-frio-error", "Carnes La Sabana <carneslasabana@example.com.co>", "Termómetro", "technical", "",
"""Buenos días, el termómetro digital que ustedes instalaron en el cuarto
frío el mes pasado está marcando "E3" desde ayer y no muestra la
temperatura. El cuarto sí está enfriando (lo revisamos con un
termómetro de mano, 2 grados), pero necesitamos el registro para la
inspección. ¿Cómo se resetea?

Don Hernando"""),
("es", "b111-es-web-etiquetas-logo-sin-tildes", "Marta Soler <marta.soler@example.es>", "Etiquetas personalizadas", "technical", "",
"""Buenas, estoy intentando encargar las botellas de aceite con etiqueta
personalizada para la boda y la web no me deja subir el logo. Le doy a
"subir imagen", elijo el archivo (PNG, 800 KB) y se queda cargando
para siempre. Lo he probado en el movil y en el ordenador. Que hago?
Marta"""),
("es", "b111-es-cl-cafetera-oficina-no-espuma", "Oficina Constructora Andes <oficina@constructora-andes.example>", "Máquina de café en comodato", "technical", "",
"""Estimados,

La máquina de café que tenemos en comodato con ustedes dejó de espumar
la leche. El vapor sale muy débil y hace un ruido como de gárgaras. El
café sale bien. Somos 30 personas en la oficina de Providencia y el
capuchino es sagrado, jaja. ¿Pueden mandar un técnico esta semana?

Saludos,
Camila Rojas
Asistente de Administración"""),
("es", "b111-es-vending-gasolinera-lector-no-factura", "Estación de Servicio Los Pinos <eess.lospinos@example.es>", "Lector de tarjetas", "technical", "",
"""Hola, esto no tiene que ver con la factura ni con la comisión. El
lector de tarjetas de la máquina de café y snacks que tenéis en nuestra
gasolinera de Alcalá no lee ninguna tarjeta desde el viernes, sale
"ERROR COMUNICACIÓN". Con monedas funciona. A ver si podéis mandar a
alguien.
Luis, encargado"""),
("es", "b111-es-cerveceria-olor-gas-sala-coccion", "Iñigo Arrieta <inigo@garagardoa-brewing.example>", "Quemador de la olla", "technical", "high",
"""Hola,

Desde que vuestro técnico cambió el quemador de la olla de cocción el
jueves, notamos olor a gas en la sala cuando está encendido, y ayer un
poco también con todo apagado. Hemos cerrado la llave general del gas,
ventilado, y hemos parado la producción hasta que alguien lo revise.

Os agradecería que viniera alguien hoy o mañana.

Iñigo Arrieta
Garagardoa Brewing, Hernani"""),
("es", "b111-es-mx-refri-exhibidor-chispas", "Tienda La Esperanza <tienda.laesperanza@example.com.mx>", "refrigerador", "technical", "high",
"""Buenas noches. El refrigerador exhibidor que nos prestaron para los
yogures y los quesos empezó a echar chispas por la parte de atrás, donde
está el motor, y olía a quemado. Lo desconecté y pasé todo a la
hielera. Es una tiendita con la casa arriba, me da miedo volverlo a
conectar. ¿Cuándo pueden venir?
Lupita Ramos, Tlaquepaque"""),
("es", "b111-es-ar-parrillas-sin-pedido-finde", "Operaciones Parrillas Don Aníbal <operaciones@donanibal.example>", "Sistema de pedidos", "technical", "high",
"""Buen día,

Desde anoche ninguna de nuestras 8 sucursales puede cargar el pedido en
su sistema: la pantalla queda en "procesando" y después tira error. El
pedido de carne para el fin de semana se cierra hoy a las 14 y sin eso
el sábado no tenemos qué servir. Los encargados me están llamando uno
por uno.

Necesitamos que alguien lo mire ya. Llamar a Gustavo al 11 4000 5521.

Gustavo Pereyra
Jefe de Operaciones"""),
("es", "b111-es-camara-frigorifica-no-enfria-sabado", "Restaurante La Dársena <ladarsena.cadiz@example.es>", "CÁMARA", "technical", "high",
"""La cámara frigorífica que nos reparasteis el martes vuelve a estar a
11 grados. Tenemos dentro unos 300 kilos entre atún, langostinos y
carne para el fin de semana, con el restaurante lleno el sábado (dos
bodas). Estamos pasando lo que podemos a los arcones pero no cabe. El
técnico no coge el teléfono. Necesitamos a alguien esta misma tarde.

Rafa, jefe de cocina
La Dársena, Cádiz"""),
("es", "b111-es-co-app-codigo-sms", "Juan Camilo Vélez <jcvelez@example.com.co>", "No me llega el código", "technical", "",
"""Hola, estoy tratando de entrar a la app de la suscripción de café y me
pide un código de verificación por SMS que nunca llega. Ya revisé que
el número esté bien (+57 300...). Tengo señal y me llegan otros SMS.
Le di reenviar como diez veces."""),
# general
("es", "b111-es-felicitacion-pescadera-mercado", "Carmen Villar <carmen.villar@example.es>", "Felicitación", "general", "",
"""Buenas tardes,

Solo quería felicitar a Rosi, la pescadera de vuestro puesto del
Mercado de la Ribera. Le pedí consejo para hacer una merluza a la
koskera para la comida de mi suegra, me la limpió, me separó la cabeza
para el caldo y hasta me apuntó en un papel cuánto tiempo dejarla. Mi
suegra dice que es la mejor merluza que ha comido en años, y eso no lo
dice nunca.

Un saludo muy cordial,
Carmen Villar"""),
("es", "b111-es-mx-tianguis-16-septiembre", "Rodrigo Canales <rodrigo.canales@example.com.mx>", "16 de septiembre", "general", "",
"""Buen día, ¿el tianguis orgánico se pone el lunes 16 de septiembre o
descansa por ser día feriado? Quería ir por el queso de cabra y el pan
de masa madre. Gracias."""),
("es", "b111-es-ar-celular-olvidado-cerveceria", "Micaela Duarte <mica.duarte@example.com.ar>", "Me olvidé el celu", "general", "",
"""Holaaa, el viernes a la noche estuve en la cervecería de Palermo con
unas amigas y creo que me olvidé el celular en la mesa del patio (un
Samsung con funda rosa con brillitos). ¿Lo encontró alguien? Pueden
escribirme a este mail o al celu de mi amiga: 11 5555 0198. ¡Gracias!"""),
("es", "b111-es-entrega-timbre-servicio", "Bar Los Arcos <barlosarcos@example.es>", "Entregas", "general", "",
"""Hola,

Para los repartos de los lunes: el bar abre a las 10, así que si el
conductor llega antes, que llame al timbre pequeño del portal 2, el de
servicio, y baja Toñi a abrirle el almacén. Que no deje las cajas en la
acera como la semana pasada, que luego desaparecen.

Gracias,
Antonio"""),
("es", "b111-es-co-cafe-organico-certificado", "Isabella Marín <isabella.marin@example.com.co>", "Pregunta", "general", "",
"""Hola, ¿su café es orgánico certificado o solo "de cultivo
tradicional"? Y si tiene certificado, ¿de quién es? Lo pregunto porque
lo quiero recomendar en mi blog de cafés de especialidad y no quiero
decir nada que no sea cierto."""),
("es", "b111-es-patrocinio-torneo-padel-benefico", "Asociación Sonrisas de Alcorcón <info@sonrisas-alcorcon.example>", "Torneo de pádel benéfico", "general", "",
"""Estimados señores:

La Asociación Sonrisas organiza el 12 de octubre un torneo de pádel
benéfico a favor de las familias de niños con enfermedades raras. Nos
gustaría saber si vuestra cervecería querría colaborar como
patrocinador, por ejemplo con la bebida para la entrega de premios. A
cambio, vuestro logo aparecería en la cartelería y en nuestras redes.

Quedamos a vuestra disposición.

Atentamente,
Beatriz Cuesta
Coordinadora de eventos"""),
("es", "b111-es-mx-nuevo-contacto-compras", "Hotel Casa Jacaranda <direccion@casajacaranda.example>", "Cambio de contacto", "general", "",
"""Buenas tardes,

Les informo que a partir del 1 de noviembre el encargado de compras del
hotel será el chef Emiliano Zárate (emiliano.zarate@casajacaranda.example,
cel. 55 1234 8877). Por favor dirijan a él las confirmaciones de
pedido y los avisos de entrega. Yo sigo en dirección para lo demás.

Saludos cordiales,
Mariana Cisneros
Directora, Hotel Casa Jacaranda"""),
("es", "b111-es-acceso-datos-rgpd", "Pablo Sáez <pablo.saez@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me indiquen qué datos
personales míos tratan, con qué finalidad, de dónde los obtuvieron y a
quién se los han cedido. Recibo publicidad de su almazara y no recuerdo
haberme registrado nunca.

Adjunto copia de mi DNI.

Atentamente,
Pablo Sáez Moreno"""),
("es", "b111-es-ar-repartidor-fumando", "Graciela Paz <graciela.paz@example.com.ar>", "El repartidor", "general", "",
"""Buenas. Quiero dejar asentado que el repartidor que trajo el pedido a
la rotisería el martes entró fumando a la cocina y cuando le pedí que
lo apagara me contestó de mala manera. No es la primera vez que pasa
con el mismo muchacho. Espero que hablen con él.
Graciela, Rotisería La Esquina"""),
("es", "b111-es-insulto-puesto-gerente", "Rosario Gallego <rosario.gallego@example.es>", "Queja por trato en vuestro puesto", "general", "high",
"""Buenas tardes,

El sábado por la mañana, en vuestro puesto de la carnicería del Mercado
Central, pedí que me cambiaran un filete que me habían puesto con mucha
grasa. El dependiente más mayor me dijo delante de toda la cola que "si
quería filetes de revista que me fuera al Mercadona" y algo peor que no
voy a repetir. Mi hija de 12 años estaba conmigo.

No quiero vales ni descuentos. Quiero hablar con el gerente o con el
dueño del negocio, y que me llamen al 654 321 987.

Rosario Gallego"""),
("es", "b111-es-mx-barandal-terraza-suelto", "Diego Arellano <diego.arellano@example.com.mx>", "Terraza de la cervecería", "general", "high",
"""Hola, les escribo con calma pero me pareció importante: el barandal de
la terraza del segundo piso de su cervecería en la Condesa está flojo,
se mueve varios centímetros si te recargas. El domingo había un montón
de niños jugando justo ahí mientras sus papás comían. Un mesero nos dijo
que "ya lo saben desde hace rato". Ojalá lo arreglen antes de que
alguien se caiga.

Diego"""),
("es", "b111-es-consulta-visita-almazara-colegio", "CEIP Sierra Mágina <ceip.sierramagina@example.es>", "Consulta", "general", "",
"""Buenos días:

Somos el colegio de Bélmez de la Moraleda. Estamos preparando una
salida con los alumnos de 5º de Primaria (unos 40 niños) en noviembre y
nos encantaría que pudieran ver cómo se hace el aceite en plena
campaña. ¿Hacéis visitas para colegios? ¿Qué días os vendrían mejor?

Un saludo,
Encarni Moreno, tutora de 5º"""),
("es", "b111-es-ar-pedido-5531-cuando-llega", "Horacio Vidal <horacio.vidal@example.com.ar>", "Pedido 5531", "general", "",
"""Hola, el pedido de yerba y miel lo pagué el lunes y el pago salió
bien, no hay problema con eso. Sólo quiero saber más o menos cuándo
llega a Bariloche, porque la página sigue diciendo "en preparación" y
me voy de viaje el 20.
Gracias, Horacio"""),
# ---------------- Polish ----------------
("pl", "b111-pl-ekspres-na-zlom-koniec-kawy", "Wojciech Pawlak <wojtek.pawlak@example.pl>", "Kawa co dwa tygodnie", "billing", "",
"""Dzień dobry,

mój ekspres po jedenastu latach poszedł na złom i nowego już nie
kupuję - przerzucam się na herbatę, żona się cieszy. Naprawy nie
potrzebuję, po prostu kawa ziarnista nie będzie mi już do niczego.
Proszę zakończyć mój abonament na "Brazylię Santos" i nie pobierać
kolejnych 54 zł.

Dziękuję za lata dobrej kawy,
Wojciech Pawlak"""),
("pl", "b111-pl-faktura-vat-nip-bistro", "Bistro Pod Lipami <biuro@bistropodlipami.example>", "Faktura", "billing", "",
"""Dzień dobry,

do ostatnich trzech dostaw warzyw i nabiału dostaliśmy tylko paragony.
Prosimy o wystawienie faktur VAT na firmę:

Bistro Pod Lipami Anna Wrona
ul. Lipowa 12, 87-100 Toruń
NIP 956-000-11-22

Paragony mamy, możemy przesłać skany.

Pozdrawiam,
Anna Wrona"""),
("pl", "b111-pl-oplata-logistyczna-bez-diakrytykow", "Marek Zielinski <marek@pizzeria-bella-rzeszow.example>", "oplata za dostawe", "billing", "",
"""Dzien dobry, na fakturze FV/2024/09/3381 doliczyliscie 35 zl "oplaty
logistycznej za zamowienie ponizej minimum", a zamowienie bylo na 812
zl netto (minimum jest 500). Prosze o korekte.
Marek Zielinski, Pizzeria Bella"""),
("pl", "b111-pl-miod-rabat-sklep-100-sloikow", "Halina Kubiak <halina@zielonykoszyk.example>", "Miód do sklepu", "billing", "",
"""Szanowni Państwo,

prowadzę mały sklep ze zdrową żywnością w Lublinie i chciałabym
wprowadzić Państwa miód wielokwiatowy i gryczany do stałej sprzedaży.
Na początek myślałam o 100 słojach po 900 g, mieszanych. Czy przy takiej
ilości jest rabat hurtowy, i czy mogę zapłacić przelewem z terminem 14
dni?

Z poważaniem,
Halina Kubiak
Zielony Koszyk"""),
("pl", "b111-pl-masarnia-zla-kielbasa-wymiana", "Zbigniew Sikora <zbyszek.sikora@example.pl>", "Paczka z wędlinami", "billing", "",
"""Zamawiałem 2 kg kiełbasy jałowcowej, a w paczce przyszła krakowska
sucha. Krakowską też lubię, ale jest droższa i nie chcę, żebyście
potem mi dopłatę doliczali. Wolę wymianę na jałowcową albo zwrot tych
68 zł. Zamówienie 7712."""),
("pl", "b111-pl-targ-oplata-kwartalna", "Teresa Gajewska <teresa.gajewska@example.pl>", "Opłata za stoisko", "billing", "",
"""Dzień dobry, od maja sprzedaję jajka i sery na targu w soboty
(stoisko 31). Czy opłatę za stoisko mogę płacić raz na kwartał zamiast
co miesiąc, i czy dostanę na to rachunek? Pozdrawiam, Teresa Gajewska"""),
("pl", "b111-pl-automaty-prowizja-sad", "Administracja Biurowca Atrium <administracja@atrium-biurowiec.example>", "Prowizja za automaty - II i III kwartał", "billing", "high",
"""Szanowni Państwo,

zgodnie z umową z 12.01.2024 przysługuje nam 10% prowizji od sprzedaży
z czterech automatów z przekąskami i napojami ustawionych w naszym
budynku, płatne kwartalnie. Za II i III kwartał nie otrzymaliśmy ani
zestawienia sprzedaży, ani przelewu. Trzy maile pozostały bez
odpowiedzi.

Jeśli w ciągu 14 dni nie otrzymamy zaległej kwoty, sprawę przekażemy
naszej kancelarii i wystąpimy na drogę sądową, a automaty poprosimy o
zabranie.

Z poważaniem,
Joanna Kwiecień
Administrator budynku"""),
("pl", "b111-pl-blik-pobrany-nieoplacone", "Kuba Wróbel <kuba.wrobel@example.pl>", "BLIK", "billing", "",
"""Siema, zapłaciłem BLIKiem za paczkę piw z browaru (129 zł), kasa
zeszła z konta, a zamówienie dalej wisi jako "oczekuje na płatność" i
przyszedł mail żebym zapłacił. Nie chcę zapłacić drugi raz. Zamówienie
nr 30215."""),
("pl", "b111-pl-karnet-degustacje-przeprowadzka", "Agnieszka Duda <aga.duda@example.pl>", "Karnet na degustacje", "billing", "",
"""Dzień dobry,

od października mieszkam w Gdańsku i nie dam rady co miesiąc
przyjeżdżać na degustacje do Waszego browaru w Krakowie, choć bardzo
będzie mi ich brakowało. Proszę o zakończenie mojego karnetu
miesięcznego (59 zł) z końcem września. Jeśli kiedyś otworzycie coś
nad morzem - zapisuję się pierwsza!

Agnieszka Duda"""),
("pl", "b111-pl-odp-korekta-faktury-losos", "Restauracja Przystań <zaopatrzenie@przystan-mikolajki.example>", "Odp: Reklamacja dostawy 18.06 - łosoś", "billing", "",
"""Dzień dobry Pani Ewo,

dziękuję za szybką odpowiedź i odbiór tych dwóch skrzynek. Proszę
jeszcze o fakturę korygującą do FV 1822/06/2024 na te 2 x 10 kg, bo
księgowa bez korekty nie zaksięguje zwrotu.

Pozdrawiam,
Tomasz Rydel
Restauracja Przystań

W dniu 19.06.2024 o 08:41, Ewa Nowak <ewa.nowak@ryby-hurt.example> pisze:
> Panie Tomaszu,
> przepraszamy za pomyłkę - zamiast łososia norweskiego wysłaliśmy
> pstrąga. Kierowca odbierze obie skrzynki jutro przy okazji dostawy.
> Pozdrawiam, Ewa Nowak, Dział Obsługi Klienta"""),
("pl", "b111-pl-ekspres-kolbowy-raty", "Natalia Michalak <natalia.michalak@example.pl>", "Raty 0%?", "billing", "",
"""Dzień dobry, czy ekspres kolbowy z Waszego sklepu (3 490 zł) można
kupić na raty 0%? Nie widzę tej opcji przy płatności, jest tylko
przelew, karta i BLIK. Jeśli tak, to na ile rat?"""),
("pl", "b111-pl-hurtownia-podwojne-obciazenie-kierownik", "Krzysztof Maj <k.maj@restauracja-pod-debem.example>", "Podwójne obciążenie karty firmowej", "billing", "high",
"""Dzień dobry,

za zamówienie z 2 września (mięso i wędliny, 4 286,40 zł) karta firmowa
została obciążona dwa razy. Dzwoniłem na infolinię w czwartek i w
poniedziałek, za każdym razem słyszę, że "zgłoszenie jest w
realizacji". Dla małej restauracji to nie są drobne pieniądze.

Proszę o telefon od kierownika działu rozliczeń albo kogoś, kto
faktycznie może tę sprawę zamknąć, najpóźniej jutro.

Krzysztof Maj
Restauracja Pod Dębem
tel. 601 222 333"""),
("pl", "b111-pl-ryby-rozmrozone-rzecznik", "Barbara Wilk <barbara.wilk@example.pl>", "Reklamacja zamówienia 5590", "billing", "high",
"""Szanowni Państwo,

24 grudnia rano kurier dostarczył moje zamówienie na Wigilię - karpia,
dorsza i krewetki za 210 zł - w kartonie, w którym wkład chłodzący był
ciepły, a ryby całkiem rozmrożone i z nieprzyjemnym zapachem. Musiałam
wszystko wyrzucić. Mam zdjęcia i godzinę doręczenia.

Odmówili Państwo zwrotu pieniędzy, twierdząc, że "kurier dostarczył w
terminie". Jeśli w ciągu 7 dni nie otrzymam zwrotu 210 zł, zwrócę się
do miejskiego rzecznika konsumentów.

Barbara Wilk"""),
("pl", "b111-pl-warsztaty-baristy-odwolane-chargeback", "Paweł Lis <pawel.lis@example.pl>", "Warsztaty baristyczne 15.06", "billing", "high",
"""Kupiłem voucher na warsztaty baristyczne dla dwóch osób (2 x 290 zł)
na 15 czerwca jako prezent dla brata. Dzień wcześniej odwołaliście je
SMS-em, bez nowego terminu. Od trzech tygodni proszę o zwrot 580 zł i
cisza. Jeśli do piątku pieniądze nie wrócą, składam reklamację w banku
i robię chargeback.
Paweł Lis"""),
# technical
("pl", "b111-pl-automat-kawa-dworzec-bez-diakrytykow", "Ryszard Kowalczyk <r.kowalczyk@example.pl>", "automat na dworcu", "technical", "",
"""Dzien dobry, nie chodzi mi o zwrot 6 zl. Chcialem tylko zglosic, ze
wasz automat z kawa na dworcu PKP w Kutnie (peron 1) od kilku dni
wydaje sam kubek z goraca woda, bez kawy. Widzialem to u trzech osob
przede mna. Niech ktos zajrzy."""),
("pl", "b111-pl-mail-aktywacyjny-nie-dochodzi", "Oliwia Pietrzyk <oliwia.pietrzyk@example.pl>", "Rejestracja", "technical", "",
"""Dzień dobry, założyłam konto w sklepie z Waszą oliwą trzy razy i ani
razu nie przyszedł mail aktywacyjny (sprawdzałam spam i oferty w
Gmailu). Przy próbie ponownej rejestracji wyskakuje, że adres jest już
zajęty. Co mam zrobić?"""),
("pl", "b111-pl-aplikacja-hurtowa-offline", "Sklep Spożywczy U Jadzi <ujadzi.sklep@example.pl>", "Aplikacja do zamówień", "technical", "",
"""Dzień dobry,
od wczoraj aplikacja do zamówień hurtowych na telefonie cały czas
pokazuje "Brak połączenia - tryb offline", chociaż internet działa, bo
inne aplikacje chodzą. Zamówienie na piątek zrobiłam jeszcze przez
komputer, ale na co dzień zamawiam z telefonu.
Jadwiga Szymańska"""),
("pl", "b111-pl-mlynek-reczny-zacina", "Igor Wasilewski <igor.wasilewski@example.pl>", "Młynek", "technical", "",
"""Cześć,

młynek ręczny, który kupiłem u Was razem z kawą z Kenii, od tygodnia
zacina się po kilku obrotach - korbka staje, jakby coś blokowało żarna.
Jak go rozkręcę, wyczyszczę pędzelkiem i złożę z powrotem, to przez
jeden dzień jest dobrze, potem znowu. Ustawienie mielenia średnie, pod
drippa. Może źle go składam?

Igor"""),
("pl", "b111-pl-chlodziarka-przeplywowa-halas", "Pub Stara Piwnica <starapiwnica.pub@example.pl>", "Chłodziarka", "technical", "",
"""Dzień dobry, chłodziarka przepływowa pod ladą, którą zainstalowaliście
przy kranach w kwietniu, od kilku dni strasznie hałasuje - buczy i
stuka co parę minut. Piwo na razie leci zimne. Proszę o wizytę
serwisanta w wolnym terminie.
Michał, Stara Piwnica, Wrocław"""),
("pl", "b111-pl-waga-etykietujaca-nie-drukuje", "Mięsny u Stasia <miesny.stas@example.pl>", "waga", "technical", "",
"""Waga z drukarką etykiet, którą mamy od Was w dzierżawie, waży dobrze,
ale etykiety wychodzą puste, białe. Rolka nowa, założona tak jak
poprzednia. Czyściliśmy głowicę spirytusem jak w instrukcji. Póki co
piszemy ceny długopisem.
Stanisław Górski"""),
("pl", "b111-pl-pytanie-czujnik-lodowki", "Kawiarnia Kafka <kafka.kawiarnia@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, jak się resetuje czujnik temperatury w lodówce
ekspozycyjnej na ciasta? Wyświetlacz od rana miga i pokazuje "--",
a w środku jest zimno jak zawsze. Nie mogę znaleźć tego w instrukcji.
Dziękuję, Zuzanna"""),
("pl", "b111-pl-ekspres-blad-odkamieniania-nie-zwrot", "Leszek Borkowski <leszek.borkowski@example.pl>", "Komunikat o odkamienianiu", "technical", "",
"""Dzień dobry,

nie chcę zwrotu ani wymiany, ekspres generalnie mi odpowiada. Problem w
tym, że od tygodnia co chwilę wyświetla "Wymagane odkamienianie" i
blokuje parzenie, chociaż robiłem pełne odkamienianie Waszym płynem już
dwa razy, zgodnie z instrukcją, do końca programu. Czy da się to jakoś
wyzerować?

Leszek Borkowski"""),
("pl", "b111-pl-palarnia-piec-dym-z-obudowy", "Palarnia Ziarno <kontakt@palarnia-ziarno.example>", "Piec do palenia", "technical", "high",
"""Dzień dobry,

po wczorajszym przeglądzie, który robił Wasz serwisant, podczas
dzisiejszego palenia spod bocznej obudowy pieca zaczął wydobywać się
szary dym i czuć było swąd palonej izolacji, niezwiązany z kawą.
Wyłączyliśmy piec, odcięliśmy gaz i zasilanie i wywietrzyliśmy
pomieszczenie. Do czasu sprawdzenia nie uruchamiamy go.

Prosimy o pilny przyjazd serwisu.

Marta Zając
Palarnia Ziarno, Katowice"""),
("pl", "b111-pl-zamrazarka-lody-kopie-pradem", "Sklepik Pod Kasztanem <podkasztanem@example.pl>", "Zamrażarka od lodów", "technical", "high",
"""Dzien dobry,
zamrazarka skrzyniowa na lody, ktora dostalismy od Was z umowa na
sezon, kopie pradem przy dotknieciu metalowej krawedzi pokrywy. Kopnelo
mnie i corke, a przy zamrazarce najczesciej stoja dzieci, bo to lody.
Wylaczylam ja z gniazdka i przelozylam lody do naszej zamrazarki na
zapleczu. Prosze o serwis albo wymiane.
Elzbieta Kasprzak"""),
("pl", "b111-pl-piekarnie-nie-moga-zamowic-maki", "Piekarnie Sobczak <zamowienia@piekarnie-sobczak.example>", "Zamówienia na jutro", "technical", "high",
"""Dzień dobry,

od 7 rano żadna z naszych pięciu piekarni nie może złożyć zamówienia na
mąkę i drożdże w Waszym systemie - po kliknięciu "Wyślij zamówienie"
pojawia się biała strona i zamówienie znika. Magazyny mamy na styk, i
jeśli do 15 nie pójdzie zamówienie, to jutro nie upieczemy chleba dla
sklepów, które zaopatrujemy (ponad 60 punktów).

Proszę o pilny kontakt: Robert Sobczak, 602 700 800."""),
("pl", "b111-pl-pub-krany-piana-mecz", "Pub Kibic <pubkibic@example.pl>", "KRANY", "technical", "high",
"""Po tym jak wasz serwisant wymienił dziś rano butlę i coś przestawiał
przy reduktorze, wszystkie sześć kranów leje samą pianę. Dziś o 20:45
gra reprezentacja, mamy zarezerwowany cały lokal, 120 osób, a nie
jesteśmy w stanie nalać ani jednego piwa. Potrzebny serwis przed 18,
bo inaczej wieczór do kosza.
Darek, Pub Kibic, Łódź"""),
("pl", "b111-pl-zdjecia-produktow-nie-laduja", "Jan Malinowski <jan.malinowski@example.pl>", "strona", "technical", "",
"""Na Waszej stronie od wczoraj nie ładują się zdjęcia miodów ani opisy
- są tylko szare kwadraty i "Błąd 404" w miejscu ceny. Firefox i
Edge, wyczyściłem pamięć podręczną. Chciałem zamówić na prezent."""),
# general
("pl", "b111-pl-podziekowanie-masarnia-komunia", "Dorota Krawczyk <dorota.krawczyk@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować Panu Henrykowi z Waszej masarni w Nowym
Targu. Na komunię syna zamawialiśmy wędliny i szynkę na 40 osób, a w
ostatniej chwili okazało się, że gości będzie więcej. Pan Henryk w
sobotę przed zamknięciem doszykował nam jeszcze pół półmiska i
doradził, jak wszystko ładnie ułożyć. Wszyscy goście pytali, skąd ta
kiełbasa!

Serdecznie pozdrawiam,
Dorota Krawczyk z rodziną"""),
("pl", "b111-pl-godziny-sklep-firmowy-majowka", "Ewa Sadowska <ewa.sadowska@example.pl>", "majówka", "general", "",
"""Dzien dobry, czy sklep firmowy browaru bedzie otwarty 2 maja? A 1 i 3
maja? Chcemy przyjechac z rodzina w czasie majowki."""),
("pl", "b111-pl-parasol-zwiedzanie-browaru", "Henryk Olszewski <henryk.olszewski@example.pl>", "Zguba", "general", "",
"""Szanowni Państwo,

w niedzielę byłem z wnukiem na zwiedzaniu browaru o godz. 12 i
zostawiłem chyba w sali degustacyjnej parasol - duży, czarny, z
drewnianą rączką, pamiątka po żonie. Czy ktoś go znalazł? Mogę po niego
przyjechać w każdy dzień tygodnia.

Z poważaniem,
Henryk Olszewski"""),
("pl", "b111-pl-dostawy-od-rampy", "Hotel Zamek Rydzyna <recepcja@hotelzamek.example>", "Dostawy - zmiana wjazdu", "general", "",
"""Dzień dobry,

od poniedziałku prosimy, żeby kierowcy nie wjeżdżali na dziedziniec od
strony głównej bramy (odbywają się tam śluby). Wjazd dla dostaw jest
teraz od ul. Leśnej, za parkingiem, rampa przy kuchni. Domofon
"Kuchnia". Godziny bez zmian, 6:00-9:00.

Pozdrawiam,
Szef kuchni Grzegorz Baran"""),
("pl", "b111-pl-miod-skad-odbior-osobisty", "Kamila Jasińska <kamila.jasinska@example.pl>", "Pytanko", "general", "",
"""Hej, czy miód spadziowy jest z Waszej pasieki czy skupowany od innych
pszczelarzy? I czy da się go odebrać osobiście gdzieś pod Olsztynem
zamiast wysyłki?"""),
("pl", "b111-pl-sponsoring-klub-pilkarski", "MKS Orlik Brzeg <mksorlik.brzeg@example.pl>", "Prośba o wsparcie", "general", "",
"""Szanowni Państwo,

jesteśmy klubem piłkarskim dzieci i młodzieży z Brzegu (ok. 90
zawodników w wieku 6-14 lat). W czerwcu organizujemy turniej na
zakończenie sezonu i szukamy partnerów. Czy Państwa firma zechciałaby
wesprzeć nas np. wodą i soczkami dla dzieci z Waszych automatów lub
nagrodami? Chętnie umieścimy logo na banerze.

Z wyrazami szacunku,
Adam Kołodziej
Trener, MKS Orlik Brzeg"""),
("pl", "b111-pl-zmiana-nazwiska-po-slubie", "Weronika Nowak-Lis <weronika.lis@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Lis na Nowak-Lis. Prosze
o zmiane w moim koncie klienta (nr 22418), adres e-mail zostaje ten
sam. Dziekuje!"""),
("pl", "b111-pl-rodo-usuniecie-danych", "Grzegorz Tomczak <g.tomczak@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych z Państwa bazy, w tym z listy SMS-ów marketingowych. Proszę o
potwierdzenie wykonania.

Grzegorz Tomczak"""),
("pl", "b111-pl-niemila-ekspedientka-targ", "Irena Mazurek <irena.mazurek@example.pl>", "Obsługa na stoisku", "general", "",
"""Dzień dobry. Dziś na Waszym stoisku z serami na targu przy Hali
Mirowskiej poprosiłam o spróbowanie oscypka, a młoda ekspedientka
odpowiedziała, że "tu nie jest stołówka" i odwróciła się do telefonu.
Kupuję u Was od lat i nigdy mnie tak nie potraktowano. Szkoda."""),
("pl", "b111-pl-kierowca-parking-szkola-kierownik", "Monika Stępień <monika.stepien@example.pl>", "Wasz kierowca pod szkołą", "general", "high",
"""Dzień dobry,

dziś o 7:50 Wasz samochód dostawczy (biały, z logo hurtowni, rejestracja
zaczynająca się od EL) wjechał na parking przy Szkole Podstawowej nr 5
w Łodzi z dużą prędkością i cofał między dziećmi idącymi do szkoły, bez
nikogo do asekuracji. Mój syn musiał odskoczyć. Kiedy zwróciłam
kierowcy uwagę, nazwał mnie "histeryczką".

Żądam rozmowy z kierownikiem transportu lub właścicielem firmy i
informacji, co zrobicie, żeby to się nie powtórzyło.

Monika Stępień
tel. 509 111 444"""),
("pl", "b111-pl-oblodzone-schody-sklep-firmowy", "Adam Czarnecki <adam.czarnecki@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry, piszę spokojnie, ale proszę to potraktować poważnie:
schody przy wejściu do Waszego sklepu firmowego przy masarni są od
kilku dni oblodzone i nikt ich nie posypuje. Dziś starsza pani przede
mną upadła na plecy, na szczęście tylko się potłukła. Poręcz z jednej
strony też się rusza.
Adam Czarnecki"""),
("pl", "b111-pl-witam-wieczor-kawalerski-browar", "Bartosz Zalewski <bartek.zalewski@example.pl>", "Witam", "general", "",
"""Witam,
organizuję wieczór kawalerski dla kumpla w lipcu, będzie nas 14.
Czy da się u Was zarezerwować zwiedzanie browaru połączone z
degustacją w sobotę wieczorem? I czy można potem zostać w pubie przy
browarze do zamknięcia?
Bartek"""),
("pl", "b111-pl-odp-potwierdzenie-dostawa-do-biura", "Alicja Krajewska <alicja.krajewska@example.pl>", "Odp: Potwierdzenie zamówienia nr 40218", "general", "",
"""Dzień dobry, czy mogę jeszcze dopisać uwagę dla kuriera? W tygodniu
nie ma mnie w domu - proszę, żeby paczkę z kawą dostarczył do biura:
ul. Prosta 51, Warszawa, 4 piętro, recepcja firmy Lumen. Recepcja
czynna 8-17.

Alicja Krajewska

-----Wiadomość oryginalna-----
Od: Palarnia Świt <zamowienia@palarnia-swit.example>
Wysłano: poniedziałek, 7 października 2024 10:02
Temat: Potwierdzenie zamówienia nr 40218

Dziękujemy za zamówienie! Paczka zostanie nadana w ciągu 2 dni
roboczych na adres: ul. Kwiatowa 8/3, 02-345 Warszawa."""),
]
