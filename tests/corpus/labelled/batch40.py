# batch40.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Mail to the helpdesks of
# home-services and subscription businesses -- dog walkers and pet
# sitters, childminders and babysitting apps, tutoring marketplaces,
# house cleaning platforms, handyman apps, furniture assembly, moving
# apps, laundry pickup, grocery boxes, plant and flower subscriptions.
# The failure classes in these settings -- escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that
# say nothing or something else, replies quoting an earlier mail, plans
# ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, alarming words used in
# a harmless sense, praise -- and everyday mail of all three queues.
# 40 mails in each of en, el (about a third Greeklish), es and pl, each
# language written on its own, not translated.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b40-walk-charged-storm-day", "Fiona Whitlock <fiona.whitlock@example.co.uk>", "Tuesday's walk", "billing", "",
"""Hi,

Alfie's walker messaged on Tuesday morning to say she wasn't coming
because of the storm warning, which was fair enough - I wouldn't have
wanted her out in that either. But the 14.00 for the walk has still
come off my card this morning. Could you take it off, or put it towards
next week?

Thanks,
Fiona"""),
("en", "b40-sitter-booking-fee-twice", "Danielle Ortiz <dani.ortiz@example.com>", "charged twice??", "billing", "",
"""Hey - booked a sitter for Friday night through the app (booking
#SN-48120) and my bank shows the $9.99 booking fee twice, both on the
same day, same time. The sitter's pay went through once like it should.
Can you refund the extra fee?

Dani"""),
("en", "b40-tutor-left-bundle-balance", "Rajesh Iyer <rajesh.iyer@example.in>", "Balance of lesson package", "billing", "",
"""Dear Sir/Madam,

In January I purchased a package of 12 Physics lessons for my son
Aditya for Rs. 9,600 with the tutor Ms. Kavitha. After 5 lessons she
informed us she is leaving the platform. We do not wish to continue with
another tutor as board exams are near and he will now attend coaching
classes.

Kindly refund the balance of 7 lessons (Rs. 5,600) to the same card.

Thanking you,
Rajesh Iyer
Bengaluru"""),
("en", "b40-laundry-off-to-perth", "Ciara Nolan <ciara.nolan@example.ie>", "Goodbye from D6!", "billing", "",
"""Hi folks,

Himself got the job in Perth so we're off at the end of the month - the
real Perth, not the Scottish one! Could you finish up our weekly
wash-and-fold after the collection on the 24th and make sure nothing
else comes out of the account after that? It's the 32 euro a week plan.

You've saved my sanity for two years, honestly.

Ciara"""),
("en", "b40-veg-box-dad-care-home", "Margaret Hollis <m.hollis@example.co.uk>", "Mr R. Hollis, account 20417", "billing", "",
"""Dear Sir or Madam,

I look after my father's affairs. He moved into a residential home last
week and is very well looked after there, so he will not be needing the
small fruit and veg box any more. Please stop the deliveries to 3
Beech Grove and the 18.50 weekly payment from his account. If a box has
already been packed for this Thursday, please let me know and I will
collect it.

Yours faithfully,
Margaret Hollis (daughter)"""),
("en", "b40-plants-cat-verdict", "Tom Beswick <tom.beswick@example.com.au>", "Monthly plant", "billing", "",
"""G'day,

Our cat has eaten his way through the last three plants you sent (he's
fine, the plants are not), so I think we'll call it a day on the monthly
plant club. Can you wrap it up after this month's one? No point paying
$39 a month to feed Kevin.

Cheers
Tom"""),
("en", "b40-handyman-billed-4-hours", "Shane Kowalczyk <shane.k@example.com.au>", "Job 77-3105", "billing", "",
"""Hi there,

The quote through your app for hanging two doors was 2 hours at $85.
Your bloke turned up 40 min late, left for lunch and was gone by 2, and
I've been billed for 4 hours - $340. Doors are hung fine, no complaints
about the work itself. I just want to be charged what I was quoted.

Shane"""),
("en", "b40-movers-deposit-small-claims", "Rebecca Lindqvist <r.lindqvist@example.com>", "Deposit - move cancelled by YOUR company", "billing", "high",
"""To whom it may concern,

I paid a $450 deposit for a two-bedroom move from Austin to San Antonio
on June 8. At 7:30 that morning I received a text saying the crew was
"unavailable" and the move was cancelled. I had to rent a truck and beg
friends to help.

I have asked three times for the deposit back and been told it is
"being processed". It has been 23 days. If the $450 is not refunded
within 7 days I will file in small claims court and submit a complaint
to the Texas Attorney General's consumer protection division. I have
kept every text and email.

Rebecca Lindqvist"""),
("en", "b40-cleaner-cancelled-fee-manager", "Paul Adeyemi <paul.adeyemi@example.co.uk>", "Late cancellation fee", "billing", "high",
"""Hi,

You've charged me a 25.00 late cancellation fee for Thursday's clean.
I didn't cancel. Your cleaner cancelled at 8pm the night before, I've
got the message in the app. I've had two chat agents tell me they
"can't override the system".

I'm not doing a third chat. Please have a team leader or manager look at
this and call me - 07700 900 613. I want the 25 back.

Paul Adeyemi"""),
("en", "b40-assembly-chargeback", "Kyle Brennan <kbrennan@example.com>", "Order FA-22918", "billing", "high",
"""I booked and prepaid $180 for assembly of a bed frame and a dresser on
the 14th. Nobody came. No call, no text. I rebooked for the 19th, paid
again because the app wouldn't let me reuse the first payment, and the
same assembler showed up and did both pieces.

So you've taken $360 for one job. Your support keeps sending me links
to the FAQ. If the first $180 isn't back on my card by Friday I'm
disputing it with my credit card company.

Kyle"""),
("en", "b40-childminder-tax-free-account", "Amelia Okafor <amelia.okafor@example.co.uk>", "Paying through Tax-Free Childcare", "billing", "",
"""Hello,

Our childminder, Jo in Hemel, is listed with you and we pay her
invoices through your site. Can we pay from our Tax-Free Childcare
account instead of by card? If so, which reference do we use so the
payment goes to the right place?

Many thanks,
Amelia"""),
("en", "b40-office-clean-vat-invoice", "Accounts <accounts@hartwell-surveyors.example>", "Invoices", "billing", "",
"""Good afternoon,

We've had your weekly office clean since March but the receipts in the
portal are in the name of our office manager, not the company, and they
don't show VAT. Our accountant needs proper VAT invoices made out to
Hartwell Surveyors Ltd, Unit 4, Stanmore Business Park, for March to
June.

Kind regards,
Gemma Price
Accounts"""),
("en", "b40-re-flower-code-not-applied", "Harriet Cole <harriet.cole@example.co.uk>", "Re: Your flowers are on their way", "billing", "",
"""Hello, this is lovely but I used the code BLOOM20 from your leaflet and
it hasn't come off - I was charged the full 34.00. Can you refund the
6.80 please?

Harriet

----- Original message -----
From: Petal & Post <hello@petalandpost.example>
Subject: Your flowers are on their way
Hi Harriet, your first monthly bouquet (The Cottage Garden) has been
dispatched and will arrive tomorrow.
Order total: 34.00"""),
("en", "b40-not-a-refund-just-receipt", "Vikram Sethi <vikram.sethi@example.in>", "Receipt needed", "billing", "",
"""Hello,

I am not asking for any refund, the packers did a good job shifting us
from Pune to Hyderabad. My company reimburses relocation and HR needs a
proper receipt with GST number for the Rs. 38,500 paid. The app only
shows a screenshot-type summary. Please mail a tax invoice.

Regards,
Vikram Sethi"""),
("en", "b40-sitter-app-reset-link", "Megan Tully <megan.tully@example.com>", "can't get in", "technical", "",
"""I've been locked out of the sitter app since yesterday. It says my
password is wrong (it isn't, it's saved in my phone) and when I tap
"forgot password" the reset email never shows up - checked spam,
promotions, everything. Tried three times. I have sitters booked next
week and I can't see any of the details.

Megan"""),
("en", "b40-walk-map-blank-not-billing", "Oliver Grant <oliver.grant@example.co.uk>", "Walk tracker", "technical", "",
"""Morning. Not a billing thing - the payments are all fine.

Since the last update the walk map in the app is just a grey square.
Used to show the route and where Biscuit had his, um, comfort breaks.
Now I get the start and end time and nothing else. Deleted and
reinstalled. iPhone 13, latest iOS.

Oliver"""),
("en", "b40-tutor-classroom-audio", "Sneha Kulkarni <sneha.kulkarni@example.in>", "Audio problem in online class", "technical", "",
"""Hi team,

During my daughter's maths sessions the tutor's voice keeps cutting off
every 1-2 minutes for 5-10 seconds. Video continues fine. Our WiFi is
100 Mbps and other video calls are perfect. Happens on both laptop and
tablet. The tutor says other students have complained also.

Sneha"""),
("en", "b40-light-fitting-buzz-warm", "Edward Lacey <edward.lacey@example.co.uk>", "Light fitting in the hall", "technical", "high",
"""Hello,

One of your handymen fitted a new ceiling light in our hall on Saturday.
Since then it has made a faint buzzing noise, the bulbs flicker now and
again, and this evening the light switch plate was noticeably warm when
I touched it. There was a slight smell like hot dust near the switch.

I have turned it off and taped over the switch for now, and we're using
lamps. Could you arrange for a qualified electrician to come and look at
it, please.

Edward Lacey"""),
("en", "b40-wardrobe-not-anchored", "Lauren Mitchell <lauren.mitchell@example.com>", "Wardrobe assembly yesterday", "technical", "high",
"""Hi,

Your assembler put together the tall double wardrobe in my daughter's
room yesterday. I've just noticed it wasn't fixed to the wall - the
anti-tip strap is still in the bag of bits, and the wardrobe rocks
forward if you pull on one of the doors. She's three and likes to climb.

I've moved her to our room for now. Can someone come back and anchor it
properly? Sooner is better.

Lauren"""),
("en", "b40-lockbox-code-wont-open", "Hugh Davenport <hugh.davenport@example.co.uk>", "Key safe", "technical", "",
"""Hello,

The smart key safe you supplied so the pet sitter can let herself in has
stopped accepting codes. The keypad lights up, beeps three times and
stays locked - even with the master code. It's a new 9V battery. The
sitter is due Monday at 8 for the cats. Is there a way to reset it?

Hugh"""),
("en", "b40-laundry-app-crash-checkout", "Priya Menon <priya.menon@example.com>", "App crashes", "technical", "",
"""Hi, this isn't a payment issue (my card works everywhere else and
there's money on it). The app just closes itself the moment I tap
"Schedule pickup" on the last screen. Android, Samsung A54. I've
cleared the cache. Haven't been able to book a pickup for a week,
currently living out of a gym bag.

Priya"""),
("en", "b40-cleaning-jobs-vanished", "Operations <ops@brightnest-cleaning.example>", "Rota", "technical", "high",
"""Hi,

Since about 6am none of our cleaners can see their jobs in the partner
app - the day view just says "No jobs scheduled". Our office view shows
46 bookings for today. We've got 14 cleaners sitting in cars outside
clients' houses not knowing which house to go into, and clients are
ringing us asking where everyone is. We can't send the addresses by
hand fast enough.

Please call Marcus on 0161 496 0722 as soon as you see this.

Marcus Flynn
BrightNest Cleaning"""),
("en", "b40-mam-heating-after-visit", "Siobhan Keane <siobhan.keane@example.ie>", "My mother's heating", "technical", "high",
"""Hello,

Your engineer came to my mother's house in Mullingar yesterday to fit a
new thermostat through your app. Since he left the heating won't come on
at all - the new thermostat says "no signal" and the boiler just sits
there. There's hot water but no radiators.

Mam is 84, lives on her own and it's going down to minus 3 tonight. I'm
two hours away in Galway. I need someone out to her today please.

Siobhan Keane
087 000 4410"""),
("en", "b40-gps-collar-charger-melted", "Jess Nguyen <jess.nguyen@example.com.au>", "Collar charger", "technical", "high",
"""Hi,

The GPS collar that came with our walking plan was charging on the
kitchen bench overnight. This morning the charging clip had gone soft
and a bit melted where it touches the collar, and the collar itself was
too hot to hold. No fire or anything, but it left a brown mark on the
benchtop.

We've unplugged it and put it outside. Can you tell us what to do with
it, and please check the others you've sent out.

Jess"""),
("en", "b40-mover-quote-safari", "Nathan Albright <nathan.albright@example.com>", "Quote page", "technical", "",
"""Your "get a quote" page doesn't work on Safari. I enter both addresses,
pick the date and the inventory, hit "Calculate" and it just spins
forever. Tried on a Mac and an iPad. Haven't tried Chrome because I
don't have it.

N. Albright"""),
("en", "b40-re-homework-upload-still", "Ananya Bose <ananya.bose@example.in>", "Re: Ticket 40917 - homework upload", "technical", "",
"""Hello Rohit,

I did as you said - cleared browser cache, logged out and in, and tried
a smaller PDF (only 800 KB now). It still gives the same red "Upload
failed, try again" message. Assignment is due to the tutor on Sunday.

Ananya

On Wed, 9 Oct, 4:12 PM, Support <support@tutornest.example> wrote:
> Dear Ananya,
> Please clear your browser cache and log in again. Files should be
> under 5 MB.
> Regards, Rohit"""),
("en", "b40-grocery-app-wrong-slot", "Carol Simmons <carol.simmons@example.com>", "Delivery day keeps changing", "technical", "",
"""I've set my delivery day to Wednesday in the app at least four times.
It says "saved", then when I open it again it's back to Monday. The box
then turns up Monday when nobody's home. Is this a bug? I'm using the
website on a Chromebook, not the phone app.

Carol"""),
("en", "b40-thanks-walker-declan", "Ruth Abernethy <ruth.abernethy@example.co.uk>", "Declan", "general", "",
"""Dear all,

I just wanted to say how wonderful Declan has been with our old
Labrador, Meg. She's thirteen now and can only manage a slow lap of the
park, and he never rushes her. Last week he noticed she was limping and
sent me a photo of a thorn in her paw before taking it out.

Please tell him he's appreciated.

Ruth Abernethy"""),
("en", "b40-babysitters-checks", "Chris Yardley <chris.yardley@example.com>", "Question", "general", "",
"""Hi, we're new to the app and booking our first sitter for a wedding
next month. Are all the sitters background checked, and do they have
first aid training? Our youngest is 10 months. Thanks"""),
("en", "b40-glasses-left-in-van", "Dorothy Finch <dorothy.finch@example.co.uk>", "My reading glasses", "general", "",
"""Dear Sir,

Your removal men moved me to my new flat in Harrogate on Friday. I
think I left my reading glasses in their van - they are in a blue case
and I had them on the dashboard when I was signing the form. Could you
please ask the driver to look?

Thank you,
Mrs D. Finch"""),
("en", "b40-urgent-box-side-gate", "Liam Hardcastle <liam.hardcastle@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - please tell the driver NOT to leave the box on the front step
anymore, the neighbour's dog has had the sausages two weeks running.
Leave it behind the side gate (it's unlocked, latch at the top). Cheers"""),
("en", "b40-new-number-and-address", "Natalie Brooks <natalie.brooks@example.com>", "Updating my details", "general", "",
"""Hi,

Could you update my account please - new mobile 07700 900 284, and from
1 September the address for cleans will be 22 Orchard Way, Didsbury,
M20 6ZZ instead of the flat. Same day and time if the cleaner's happy
to come to the new place.

Natalie"""),
("en", "b40-delete-kids-data", "Ben Thackeray <ben.thackeray@example.co.uk>", "Data", "general", "",
"""Hello,

We stopped using the app last year. Under GDPR I'd like you to delete
all the data you hold about our children - their names, ages, the
allergy notes and the photos we uploaded to their profiles - and
confirm in writing when it's done.

Ben Thackeray"""),
("en", "b40-u11s-kit-sponsor", "Dev Patel <dev.patel@example.co.uk>", "Sponsorship - Westfield Rovers U11s", "general", "",
"""Hello,

I coach Westfield Rovers under 11s in Leicester. A lot of our parents
use your cleaning app and one suggested you might be interested in
sponsoring our new kit for next season. In return your logo would go on
the shirts and the club website. Would anybody be able to have a chat?

Best,
Dev Patel"""),
("en", "b40-wreath-workshop-question", "Isla Cameron <isla.cameron@example.co.uk>", "Christmas wreath evening", "general", "",
"""Hiya - saw on Instagram you're doing a wreath-making evening in the
Glasgow shop. Is it suitable for a complete beginner, and can I bring my
mum along? What date is it?

Isla"""),
("en", "b40-rude-tutor-capitals", "Gary Whitfield <gary.whitfield@example.com>", "Your tutor", "general", "",
"""I AM NOT HAPPY. Your English tutor (Mr Dawson) told my 14 year old son
in front of the whole group session that he was "wasting everyone's
time" because he asked the same question twice. My son has dyslexia,
which is on his profile. He now doesn't want to go back.

I'd like that tutor spoken to and an apology to my son.

Gary Whitfield"""),
("en", "b40-hot-van-dogs-manager", "Kirsty Dunmore <kirsty.dunmore@example.co.uk>", "Dogs left in van", "general", "high",
"""Hello,

Yesterday afternoon (29 degrees) I came home early and found your walker's
van parked on our street with four dogs inside, including mine, engine
off and the windows barely open. I waited twelve minutes before she came
back from a coffee shop. My dog was panting hard and drank a whole bowl
of water when I got him in.

I want to speak to whoever manages the walkers in this area, today. This
could have killed them.

Kirsty Dunmore
07700 900 190"""),
("en", "b40-centre-broken-glass-stairs", "Anil Chopra <anil.chopra@example.in>", "Broken glass at Andheri centre", "general", "high",
"""Dear team,

I drop my twins at your Andheri West tutoring centre. For three days now
there has been a broken glass panel on the staircase railing between the
1st and 2nd floor, with sharp pieces still in the frame at the height of
a child's face. Children run up and down these stairs between classes.
The reception only put a chair in front of it.

Please get it fixed or cordoned off properly before someone gets hurt.

Anil Chopra"""),
("en", "b40-solicitor-late-walks", "Eleanor Price <eleanor.price@example.co.uk>", "Evening walks?", "general", "",
"""Hello - I'm a solicitor and some weeks I'm stuck in court or at the
office until late. Do any of your walkers in Clapham do evening walks,
say 7pm? And what time does your phone line close? I can never ring
before 6.

Eleanor"""),
("en", "b40-piano-move-question", "Grace Holloway <grace.holloway@example.com.au>", "upright piano", "general", "",
"""Hi, do your movers take pianos? It's an old upright, ground floor to
ground floor, Newtown to Marrickville. Just want to know if it's
something you do before I book anything.

Grace"""),
]
M += [
# ---------------- Greek ----------------
("el", "b40-filoxenia-skylou-prokatavoli-iris", "Σταυρούλα Δημάκη <s.dimaki@example.gr>", "Φιλοξενία Αυγούστου", "billing", "",
"""Καλημέρα σας,

Κλείσαμε φιλοξενία για τη Λούνα (γκόλντεν, 4 ετών) από 5 έως 22
Αυγούστου σε φιλοξενούσα στη Βάρκιζα, σύνολο 340€. Στην επιβεβαίωση
γράφει ότι πρέπει να πληρώσουμε το 50% μέχρι την Παρασκευή. Γίνεται η
προκαταβολή με IRIS ή μόνο με κάρτα; Και το υπόλοιπο το δίνουμε στην
κυρία όταν πάμε να πάρουμε τη Λούνα ή πάλι μέσω της πλατφόρμας;

Ευχαριστώ,
Σταυρούλα"""),
("el", "b40-gl-plynthrio-dyo-sakoules", "Giorgos Papadakis <gpapadakis@example.gr>", "xrewsh", "billing", "",
"""Kalhspera, thn Triti edwsa MIA sakoula ston dianomea (ta sentonia kai
2 petsetes) kai sthn efarmogh me xrewsate gia dyo, 2 x 14,90. Mallon
lathos sto scanarisma. Mporeite na mou epistrepsete th mia?
Eyxaristw
Giwrgos"""),
("el", "b40-iatriki-telos-idiaitera", "Ευτυχία Λάμπρου <eftychia.lamprou@example.gr>", "Πακετο μαθηματων", "billing", "",
"""Καλησπερα σας,

ο γιος μου ο Παρις περασε στην Ιατρικη Θεσσαλονικης (!!!) οποτε τα
ιδιαιτερα Χημειας και Βιολογιας τελειωσαν για εμας. Παρακαλω να μην
ανανεωθει το μηνιαιο πακετο των 8 ωρων (160 ευρω) που κοβεται την 1η
του μηνα.

Να ευχαριστησετε και την κα Ρενα, χωρις αυτη δεν θα τα καταφερνε.

Με εκτιμηση
Ευτυχια Λαμπρου"""),
("el", "b40-kalathi-pagoma-xorio", "Αλέκος Μπαλτάς <alekos.baltas@example.gr>", "Καλάθι Ιούλιο - Αύγουστο", "billing", "",
"""Καλησπέρα,

Από 1η Ιουλίου ανεβαίνουμε στο χωριό στα Τζουμέρκα μέχρι τέλη
Αυγούστου, εκεί έχουμε και δικό μας μπαξέ. Μπορείτε να παγώσετε το
εβδομαδιαίο καλάθι με τα λαχανικά (24,50€) αυτούς τους δύο μήνες και να
ξαναρχίσει την πρώτη εβδομάδα του Σεπτέμβρη; Δεν θέλω να το ακυρώσω,
είμαστε πολύ ευχαριστημένοι.

Αλέκος Μπαλτάς
Χαλάνδρι"""),
("el", "b40-gl-louloudia-giagia-efyge", "Nefeli Karra <nefeli.karra@example.gr>", "syndromh louloudiwn", "billing", "",
"""Kalhmera sas.
Ka8e mhna stelname me th syndromh sas louloudia sth giagia mou sthn
Patra. H giagia efyge apo konta mas thn prohgoumenh evdomada, htan 94.
Parakalw stamathste th syndromh na mhn xrew8ei allo h karta mou
(29e to mhna).
Ta louloudia sas ta latreve, ta eixe panta sto trapezi ths kouzinas.
Eyxaristw
Nefelh"""),
("el", "b40-katharismos-timi-ora-anevike", "Ρένα Θεοχάρη <rena.theochari@example.gr>", "Τιμή ανά ώρα", "billing", "",
"""Καλημέρα,

Μέχρι τον Μάρτιο πλήρωνα 12€ την ώρα για την κυρία Λίτσα, που έρχεται
κάθε Πέμπτη για 4 ώρες. Στην τελευταία απόδειξη βλέπω 15€ την ώρα,
δηλαδή 60€ αντί για 48€. Δεν έλαβα καμία ενημέρωση για αύξηση. Είναι
λάθος ή άλλαξε ο τιμοκατάλογος; Κι αν άλλαξε, από πότε ισχύει;

Ρένα Θεοχάρη"""),
("el", "b40-timologio-kafe-ilektrologos", "Καφέ Το Στέκι <info@to-steki-kafe.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλησπέρα σας,

Την Τετάρτη ήρθε ηλεκτρολόγος μέσω της εφαρμογής σας στο μαγαζί μας
(Καφέ Το Στέκι, Ερμού 42, Βόλος) και άλλαξε φωτιστικά στη σάλα. Η
πληρωμή έγινε με την εταιρική κάρτα, 210€, αλλά στην εφαρμογή βγήκε
απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο για το λογιστήριο.

Στοιχεία: ΣΤΕΚΙ Ο.Ε., ΑΦΜ 099999999, ΔΟΥ Βόλου.

Ευχαριστούμε,
Μιχάλης Ζαφειρίου"""),
("el", "b40-gl-synarmologhsh-krevati-leipei", "Dimitra Sotiriou <dimitra.sot@example.gr>", "synarmologhsh 3 epiplwn", "billing", "",
"""Kalhmera, sto rantevou ths Pempths o texnikos synarmologhse th
vivliothikh kai to grafeio, alla to krevati oxi giati elleipe ena
kommati apo to kouti (den ftaite esei, to pairnw apo to katasthma).
Plhrwsa omws kai ta 3 kommatia, 115e synolo. Mporeite na mou
epistrepsete to poso gia to krevati h na meinei san pistwsh gia otan
er8ei to kommati? opoio einai eukolotero
Dhmhtra"""),
("el", "b40-metakomisi-380-synigoros", "Θανάσης Ρήγας <thanasis.rigas@example.gr>", "Μετακόμιση 14/6 - χρέωση 380€ αντί 260€", "billing", "high",
"""Κύριοι,

Η προσφορά που αποδεχτήκαμε μέσω της εφαρμογής σας για τη μετακόμιση
από Κυψέλη σε Ηλιούπολη ήταν 260€, «τελική τιμή χωρίς εκπλήξεις».
Όταν είχαν φορτώσει, ο επικεφαλής του συνεργείου μού είπε ότι επειδή
ο τρίτος όροφος δεν έχει ασανσέρ η τιμή είναι 380€ και ότι δεν θα
ξεφόρτωναν αν δεν πλήρωνα. Πλήρωσα με κάρτα, αφού όλα μας τα πράγματα
ήταν στο φορτηγό. Ο όροφος και η έλλειψη ασανσέρ ήταν δηλωμένα στην
αίτηση, το έχω σε στιγμιότυπο.

Ζητώ επιστροφή των 120€ εντός 10 ημερών. Διαφορετικά θα καταθέσω
αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία
Εμπορίου και Προστασίας Καταναλωτή.

Θανάσης Ρήγας"""),
("el", "b40-syndromi-babysitter-proistamenos", "Κατερίνα Νικολαΐδου <k.nikolaidou@example.gr>", "Ανανέωση συνδρομής Premium", "billing", "high",
"""Καλησπέρα,

Η ετήσια συνδρομή Premium (89,00€) ανανεώθηκε αυτόματα στις 3/9, ενώ
δεν έχω χρησιμοποιήσει την εφαρμογή από τον Φεβρουάριο, όταν η μικρή
ξεκίνησε παιδικό σταθμό. Καμία ειδοποίηση πριν την ανανέωση.

Έχω μιλήσει με δύο συναδέλφους σας στο chat και οι δύο μου απάντησαν ότι
«η πολιτική δεν επιτρέπει επιστροφή». Ζητώ να δει την υπόθεση
προϊστάμενος ή υπεύθυνος του τμήματος και να με καλέσει στο 6977 000 318.

Κατερίνα Νικολαΐδου"""),
("el", "b40-gl-volta-paketo-trapeza", "Stelios Vrettos <stelios.vrettos@example.gr>", "paketo 10 volton", "billing", "high",
"""plhrwsa paketo 10 voltwn 120e gia ton Rokko stis 2 tou mhna. o walker
hr8e 3 fores kai meta e3afanisthke, den apantaei oute sta mhnymata
ths efarmoghs oute sto thlefwno. sas stelnw 4o email kai kaneis den mou
exei apanthsei.
an den mou epistrafoun ta 84e gia ta 7 volta pou den eginan mexri
thn Paraskeuh, 8a kanw amfisvhthsh ths xrewshs sthn trapeza.
Stelios"""),
("el", "b40-re-dorokarta-katharismou", "Ελένη Σκούρτη <eleni.skourti@example.gr>", "Re: Η δωροκάρτα σας είναι έτοιμη!", "billing", "",
"""Καλημέρα σας,

Τη δωροκάρτα μού τη χάρισε η κόρη μου για τη γιορτή μου. Πώς τη
χρησιμοποιώ όμως; Στην πληρωμή δεν βλέπω πουθενά πού να βάλω τον
κωδικό. Και αφού είναι 80€, μπορώ να τη χρησιμοποιήσω σε δύο φορές;

Ελένη Σκούρτη

-----Αρχικό μήνυμα-----
Από: Λαμπερό Σπίτι <noreply@lampero-spiti.example>
Θέμα: Η δωροκάρτα σας είναι έτοιμη!
Αγαπητή κα Σκούρτη, η Ιωάννα σάς έστειλε δωροκάρτα αξίας 80,00€ για
υπηρεσίες καθαρισμού. Κωδικός: LS-7H2K-91QD"""),
("el", "b40-ypoloipo-ores-metafora-kori", "Βασίλειος Αντωνόπουλος <v.antonopoulos@example.gr>", "Υπόλοιπο ωρών", "billing", "",
"""Καλησπέρα σας,

Δεν έχω κανένα πρόβλημα με την εφαρμογή και δεν ζητάω επιστροφή
χρημάτων. Ο μεγάλος μου γιος σταμάτησε τα αγγλικά και στον λογαριασμό
του έχουν μείνει 5 προπληρωμένες ώρες (75€). Μπορούν να μεταφερθούν
στον λογαριασμό της αδερφής του, της Μυρτώς, που κάνει γαλλικά με
άλλη καθηγήτρια;

Ευχαριστώ,
Β. Αντωνόπουλος"""),
("el", "b40-gl-deutero-skylaki-timh", "Marilena Zografou <marilena.z@example.gr>", "Geia sas", "billing", "",
"""Geia sas! exw 2 skylakia (mia beagle kai ena mpastardaki) kai 8elw
volta ka8e mera to meshmeri sth Neapolh Thessalonikhs. Sto site h timh
einai 10e th volta. An ta pairnei mazi plhrwnw 20 h yparxei ekptwsh gia
to deutero? kai mporw na plhrwnw mia fora to mhna anti gia ka8e volta?
Marilena"""),
("el", "b40-kodikos-sms-den-erxetai", "Ζωή Κωστοπούλου <zoi.kostopoulou@example.gr>", "Ο κωδικός επιβεβαίωσης δεν έρχεται", "technical", "",
"""Καλημέρα,

Προσπαθώ να συνδεθώ στην εφαρμογή από το καινούριο μου κινητό και μου
ζητάει τον εξαψήφιο κωδικό που στέλνετε με SMS. Δεν έρχεται ποτέ. Ο
αριθμός στο προφίλ είναι σωστός. Πάτησα «αποστολή ξανά» πέντε φορές
και τώρα μου λέει να περιμένω 24 ώρες. Έχω κλείσει μπέιμπι σίτερ για
το Σάββατο και δεν βλέπω ούτε τα μηνύματά της.

Ζωή"""),
("el", "b40-gl-pinakas-mathhmatos-leukos", "Spyros Chatzis <spyros.chatzis@example.gr>", "online mathima", "technical", "",
"""Kalhspera,
ston pinaka tou online mathhmatos h ka8hghtria grafei kai emeis den
vlepoume tipota, mono asprh o8onh. Ton hxo kai thn kamera ta exoume
kanonika. Laptop me Windows 11, Chrome enhmerwmeno. Exei xa8ei hdh
miso ma8hma 2 fores, h kori mou kanei Fysikh kai ta xreiazetai ta
sxhmata.
Spyros"""),
("el", "b40-qr-sakoules-mi-egkyros", "Ιφιγένεια Ντόκου <ifigeneia.ntokou@example.gr>", "Σακούλες πλυντηρίου", "technical", "",
"""Γεια σας,

Ο κωδικός QR στις καινούριες σακούλες που μου στείλατε δεν σκανάρεται.
Η εφαρμογή λέει «Μη έγκυρος κωδικός σακούλας», οπότε δεν μπορώ να
κλείσω παραλαβή. Δοκίμασα και τις τρεις σακούλες, με καλό φως. Με την
παλιά σακούλα δουλεύει κανονικά.

Ιφιγένεια"""),
("el", "b40-thermosifonas-tsimpaei-revma", "Παναγιώτης Κουρής <p.kouris@example.gr>", "Θερμοσίφωνας", "technical", "high",
"""Καλησπέρα σας,

Την περασμένη εβδομάδα ο τεχνικός που κλείσαμε από την εφαρμογή σας
αντικατέστησε τον ηλεκτρικό θερμοσίφωνα. Από τότε, όταν είναι αναμμένος
και ακουμπάμε τη βρύση της μπανιέρας με βρεγμένα χέρια, μας «τσιμπάει»
ελαφρά ρεύμα. Η κόρη μου το ένιωσε χθες στο ντους.

Τον έχουμε κλείσει από τον πίνακα και ζεσταίνουμε νερό στην κατσαρόλα.
Θα θέλαμε να έρθει ηλεκτρολόγος να τον ελέγξει.

Παναγιώτης Κουρής
Καλαμαριά"""),
("el", "b40-gl-kouzina-gkazi-myrizei", "Anna Liakou <anna.liakou@example.gr>", "texnikos shmera", "technical", "high",
"""Kalhspera sas. O texnikos apo thn efarmogh hr8e to prwi kai syndese
thn kainouria kouzina ygraeriou (me fialh). Apo to apogeuma myrizei
gkazi sthn kouzina, oxi poly alla myrizei, kyriws pisw apo th
syskeuh. Kleisame th fialh kai anoiksame ta para8yra. Mporei na er8ei
kapoios na to koitaksei? Den thn anavoume mexri tote.
Anna Liakou
6971 000 214"""),
("el", "b40-frontistirio-mathites-ektos", "Φροντιστήριο Ορίζοντες <grammateia@orizontes-larisa.example>", "Πλατφόρμα", "technical", "high",
"""Καλησπέρα,

Από τις 4 το απόγευμα κανένας μαθητής μας δεν μπορεί να μπει στις
τάξεις: πατάνε «Είσοδος στο μάθημα» και γυρίζει στην αρχική σελίδα.
Έχουμε σήμερα 9 τμήματα, περίπου 110 παιδιά, και η Γ' Λυκείου γράφει
απόψε διαγώνισμα προσομοίωσης. Οι καθηγητές περιμένουν σε άδειες
αίθουσες και οι γονείς μάς παίρνουν τηλέφωνο ασταμάτητα.

Παρακαλώ καλέστε μας στο 2410 000 555.

Σοφία Καρανίκα
Γραμματεία, Φροντιστήριο Ορίζοντες"""),
("el", "b40-syrtariera-syrtaria-strava", "Χρύσα Μελετίου <chrysa.meletiou@example.gr>", "Συρταριέρα", "technical", "",
"""Καλημέρα,

Τη συρταριέρα που συναρμολόγησε ο τεχνικός σας την Τρίτη: τα δύο κάτω
συρτάρια δεν κλείνουν ίσια και το ένα βγαίνει από τη ράγα όταν το
τραβάς λίγο παραπάνω. Τα πάνω είναι εντάξει. Μήπως μπήκαν ανάποδα οι
ράγες; Μπορεί να περάσει να το φτιάξει;

Χρύσα"""),
("el", "b40-gl-app-kleinei-google-oxi-plhrwmh", "Kostas Mavridis <kmavridis@example.gr>", "efarmogh", "technical", "",
"""Kalhspera. Den exei sxesh me xrewseis, oi plhrwmes mou einai ok.
H efarmogh (Android, Xiaomi) kleinei monh ths molis pathsw "Syndesh me
Google". Me email kai kwdiko den mporw giati pote den evala kwdiko,
panta me Google mpainw. Thn egkatesthsa ksana, tipota. Exw kyria
ka8arismou aurio kai den vlepw an epivevaiwse.
Kwstas"""),
("el", "b40-re-kamera-gatas-ektos-syndesis", "Μαρία Ρούσσου <maria.roussou@example.gr>", "Re: Αίτημα 23190 - κάμερα κατοικιδίου", "technical", "",
"""Καλησπέρα κε Ηλία,

Δοκίμασα και με το δίκτυο 2.4GHz όπως είπατε. Η κάμερα συνδέεται για
ένα λεπτό και μετά ξαναγράφει «εκτός σύνδεσης». Φεύγουμε ταξίδι την
Κυριακή και η pet sitter θα έρχεται μόνο πρωί και βράδυ, θέλαμε να
βλέπουμε τη γάτα ενδιάμεσα.

Μαρία

Στις 12/3, ο/η Ηλίας - Εξυπηρέτηση <support@fylakas-zoon.example> έγραψε:
> Καλησπέρα σας,
> Η κάμερα υποστηρίζει μόνο δίκτυα 2.4GHz. Παρακαλούμε συνδέστε τη
> στο δίκτυο 2.4GHz του ρούτερ και δοκιμάστε ξανά.
> Ηλίας"""),
("el", "b40-ilektroniki-kleidaria-pateras-exo", "Δέσποινα Αλεξίου <despina.alexiou@example.gr>", "Κλειδαριά πατέρα μου - Νέα Σμύρνη", "technical", "high",
"""Καλημέρα,

Πριν δύο εβδομάδες τεχνικός μέσω της εφαρμογής σας τοποθέτησε
ηλεκτρονική κλειδαριά στο σπίτι του πατέρα μου στη Νέα Σμύρνη. Σήμερα
το πρωί βγήκε για το περίπτερο και η κλειδαριά δεν ανοίγει ούτε με
τον κωδικό ούτε με την κάρτα, δεν ανάβει καθόλου.

Είναι 87 ετών, διαβητικός, η ινσουλίνη και τα φάρμακά του είναι μέσα
και αυτή τη στιγμή κάθεται στη γειτόνισσα. Το μηχανικό κλειδί που μας
είπε ο τεχνικός ότι υπάρχει δεν το βρίσκουμε πουθενά. Χρειαζόμαστε
κάποιον σήμερα.

Δέσποινα Αλεξίου
6944 000 871"""),
("el", "b40-allagi-dieythynsis-sfalma-500", "Γιάννης Τσολάκης <g.tsolakis@example.gr>", "Αλλαγη διευθυνσης", "technical", "",
"""Δεν μπορω να αλλαξω τη διευθυνση παραδοσης στο site. Συμπληρωνω τη
νεα, πατω Αποθηκευση και βγαζει "Κατι πηγε στραβα (500)". Δοκιμασα
απο υπολογιστη και κινητο. Μετακομιζουμε την Πεμπτη και το καλαθι
θα παει στο παλιο σπιτι.

Γ. Τσολακης"""),
("el", "b40-gl-gps-skylos-sth-thalassa", "Thanos Georgiou <thanos.georgiou@example.gr>", "GPS", "technical", "",
"""to gps tou kolarou deixnei oti o Mpampis einai mesa sth 8alassa sto
Faliro, 300 metra apo thn paralia, enw auth th stigmh koimatai dipla
mou ston kanape. Apo xtes to vrady deixnei panta to idio shmeio. Pws to
ksanarythmizw? Ton pairnei o walker aurio kai 8elw na vlepw pou einai.
Thanos"""),
("el", "b40-google-calendar-sygxronismos", "Ορέστης Βλάχος <orestis.vlachos@example.gr>", "Ημερολόγιο", "technical", "",
"""Καλησπέρα,

Μέχρι πριν ένα μήνα κάθε ραντεβού καθαρισμού που έκλεινα στην εφαρμογή
έμπαινε αυτόματα στο Google Calendar μου. Από τις αρχές του μήνα δεν
εμφανίζεται τίποτα. Η σύνδεση στις ρυθμίσεις δείχνει «ενεργή». Την
αποσύνδεσα και την ξανασύνδεσα, τίποτα.

Ορέστης"""),
("el", "b40-euxaristo-danai-babysitter", "Ιουλία Μανωλάκη <ioulia.manolaki@example.gr>", "Η Δανάη", "general", "",
"""Καλησπέρα σας,

Δεν γράφω για κάποιο πρόβλημα, μόνο για να πω ένα μεγάλο ευχαριστώ.
Η Δανάη κράτησε τα δίδυμα το Σάββατο που πήγαμε στον γάμο, και όταν
γυρίσαμε όχι μόνο κοιμόντουσαν αλλά μας είχαν φτιάξει και μια
ζωγραφιά «καλώς ήρθατε». Η μικρή ρωτάει ήδη πότε θα ξανάρθει.

Να είστε καλά,
Ιουλία"""),
("el", "b40-gl-pet-sitter-enesh-gatas", "Vicky Alexandrou <vicky.alex@example.gr>", "erwthsh", "general", "",
"""Kalhmera,
h gata mou einai diavhtikh kai 8elei enesh insoulinhs 2 fores th mera.
Exete pet sitters pou kseroun na kanoun enesh? Leipw 5 meres ton
Oktwvrio kai 8elw na er8ei kapoios spiti sto Pagkrati.
Eyxaristw
Vicky"""),
("el", "b40-skoularikia-tsepi-sakakiou", "Αθηνά Παππά <athina.pappa@example.gr>", "Σκουλαρίκι", "general", "",
"""Καλημέρα σας,

Στην παραλαβή της Δευτέρας σάς έδωσα ένα μπλε σακάκι για στεγνό
καθάρισμα. Νομίζω ότι στην εσωτερική τσέπη είχα ξεχάσει ένα χρυσό
σκουλαρίκι με μαργαριτάρι. Μήπως το βρήκατε; Έχει συναισθηματική αξία,
ήταν της μητέρας μου.

Αθηνά Παππά"""),
("el", "b40-kalathi-thyroros-odigies", "Νικηφόρος Δρόσος <n.drosos@example.gr>", "Παραδοση", "general", "",
"""Καλημερα. Απο την επομενη εβδομαδα παρακαλω το κουτι να το αφηνετε
στον θυρωρο της πολυκατοικιας (κ. Στελιο), οχι εξω απο την πορτα μας
στον 5ο, γιατι λειπουμε ολη μερα και ο ηλιος το χτυπαει απο το
μεσημερι. Ο θυρωρος ειναι εκει 8-3.
Ευχαριστω
Ν. Δροσος"""),
("el", "b40-gl-allagh-epwnymou-email", "Eleni Stathopoulou <eleni.stath@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, pantreytika ton Iounio (!) kai 8elw na allaksw to epwnymo
sto profil mou apo Stathopoulou se Stathopoulou-Marinou, kai to email se
eleni.marinou@example.gr. Apo thn efarmogh den me afhnei na allaksw
to email. Mporeite na to kanete esei?
Eyxaristw polu
Elenh"""),
("el", "b40-antigrafo-dedomenon-gkpd", "Κωνσταντίνος Σιδηρόπουλος <k.sidiropoulos@example.gr>", "Αίτημα πρόσβασης σε δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων,
παρακαλώ να μου αποστείλετε αντίγραφο όλων των προσωπικών δεδομένων
που τηρείτε για εμένα ως χρήστη της πλατφόρμας σας (στοιχεία
λογαριασμού, ιστορικό κρατήσεων, αξιολογήσεις, μηνύματα με τους
επαγγελματίες), καθώς και τους αποδέκτες στους οποίους τα έχετε
διαβιβάσει.

Με τιμή,
Κωνσταντίνος Σιδηρόπουλος"""),
("el", "b40-syllogos-goneon-pazari", "Σύλλογος Γονέων 4ου Δημ. Καλαμαριάς <syllogos4dim@example.gr>", "Χριστουγεννιάτικο παζάρι", "general", "",
"""Αγαπητοί φίλοι,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Σχολείου Καλαμαριάς διοργανώνει
στις 14 Δεκεμβρίου το χριστουγεννιάτικο παζάρι του, τα έσοδα του
οποίου θα διατεθούν για την αγορά προτζέκτορα για τις τάξεις. Πολλοί
γονείς του σχολείου χρησιμοποιούν την πλατφόρμα σας για ιδιαίτερα
μαθήματα. Θα σας ενδιέφερε να γίνετε χορηγός ή να προσφέρετε κάποια
δώρα για τη λαχειοφόρο;

Με εκτίμηση,
Μαρίνα Τζίμα, Πρόεδρος"""),
("el", "b40-gl-ergastiri-kaktwn-paidia", "Lena P. <lena.pap@example.gr>", "ergasthri Kyriakhs", "general", "",
"""Kalhmera! eida sto insta oti thn Kyriakh kanete ergasthri me kaktakia
kai terraria sto magazi sto Koukaki. mporoun na er8oun kai paidia 7
xronwn? kai xreiazetai krathsh h erxomaste apla?
Lena"""),
("el", "b40-metaforeis-kapnisan-vrizan", "Αντώνης Φραγκούλης <antonis.fragkoulis@example.gr>", "Το συνεργείο της μετακόμισης", "general", "",
"""Καλησπέρα,

Η μετακόμιση έγινε, όλα τα πράγματα έφτασαν ακέραια, δεν είναι αυτό το
θέμα. Όμως δύο από τους τρεις άντρες κάπνιζαν μέσα στο καινούριο σπίτι
παρότι τους ζήτησα δύο φορές να μην το κάνουν, και έβριζαν μεταξύ τους
όλη την ώρα μπροστά στα παιδιά μου. Δεν είναι αυτή συμπεριφορά.

Θα ήθελα να το ξέρετε και να τους το μεταφέρετε.

Αντώνης Φραγκούλης"""),
("el", "b40-babysitter-afise-paidi-mono", "Μαρκέλλα Δούκα <markella.douka@example.gr>", "Καταγγελία για την μπέιμπι σίτερ της Πέμπτης", "general", "high",
"""Κύριοι,

Την Πέμπτη το απόγευμα γύρισα νωρίτερα από τη δουλειά και βρήκα τον
4χρονο γιο μου μόνο του στο διαμέρισμα, στον 6ο όροφο, με την μπαλκονόπορτα
ανοιχτή. Η μπέιμπι σίτερ που κλείσαμε μέσω της εφαρμογής σας
επέστρεψε μετά από είκοσι λεπτά από το σούπερ μάρκετ και μου είπε ότι
«κοιμόταν, δεν θα ξυπνούσε».

Θέλω να μιλήσω με τον υπεύθυνο της εταιρείας σας, όχι με το chat, και
να μάθω τι μέτρα θα ληφθούν ώστε αυτό το άτομο να μη φροντίζει άλλα
παιδιά.

Μαρκέλλα Δούκα
6932 000 445"""),
("el", "b40-gl-frontisthrio-sova-tavani", "Nikos Karamanlis <nikos.kar@example.gr>", "frontisthrio Peristeriou", "general", "high",
"""Kalhspera. Sto frontisthrio sas sto Peristeri epese xtes ena kommati
sova apo to tavani ths ai8ousas 3, kata tyxh panw se adeio 8rano. H
kori mou ka8etai dipla. Shmera to prwi phga kai eida oti ekei dipla
kremetai ki allo kommati, kai to ma8hma ginetai kanonika sthn idia
ai8ousa. Prepei na kleisei h ai8ousa mexri na ftiaxtei, kapoio paidi 8a
xtyphsei.
Nikos Karamanlis"""),
("el", "b40-fotia-to-bouketo", "Χάρης Μπούρας <charis.bouras@example.gr>", "ΦΩΤΙΑ!!!", "general", "",
"""Το μπουκέτο για την επέτειό μας ήταν ΦΩΤΙΑ! Η γυναίκα μου έπαθε
πλάκα, έκλαιγε από τη χαρά της. Ευχαριστώ πολύ την κοπέλα που με
βοήθησε στο τηλέφωνο να διαλέξω χρώματα. Θα σας ξαναβρώ σίγουρα.

Χάρης"""),
("el", "b40-mastoras-agenis-mitera-proistamenos", "Ηλίας Παπαθανασίου <ilias.papathanasiou@example.gr>", "Συμπεριφορά τεχνικού", "general", "high",
"""Καλησπέρα,

Την Τρίτη ο τεχνικός που ήρθε μέσω της εφαρμογής σας να φτιάξει τη
βρύση της κουζίνας στη μητέρα μου (78 ετών, ζει μόνη της στο Αιγάλεω)
της φώναξε, τη χαρακτήρισε «ξεμωραμένη» όταν του ζήτησε να βγάλει τα
παπούτσια του, και έφυγε χτυπώντας την πόρτα. Η μητέρα μου ακόμα
τρέμει όταν το περιγράφει.

Ζητώ να επικοινωνήσει μαζί μου κάποιος προϊστάμενος, όχι αυτόματη
απάντηση. 6955 000 127.

Ηλίας Παπαθανασίου"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b40-bono-paseos-bizum", "Lucía Carrasco <lucia.carrasco@example.es>", "Bono de 20 paseos", "billing", "",
"""Hola, buenas:

Queremos contratar el bono de 20 paseos para Trufa (90 €). ¿Se puede
pagar por Bizum o solo con tarjeta? Y si el bono caduca a los dos meses
y no los hemos gastado todos, ¿se pierden o se pueden pasar al mes
siguiente?

Gracias,
Lucía"""),
("es", "b40-ninera-tarifa-nocturna-mx", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "Cobro de tarifa nocturna", "billing", "",
"""Hola, buenas tardes.

El sábado contratamos a una niñera por la app de 6 a 10 pm. Regresamos
temprano y ella se fue a las 9:40, pero en el cobro aparece un cargo
extra de $350 MXN de "tarifa nocturna (después de las 10 pm)". Nunca se
pasó de las 10. ¿Me lo pueden reembolsar?

Saludos,
Daniela Ochoa"""),
("es", "b40-aprobo-analisis-baja-abono-ar", "Gabriela Sosa <gabi.sosa@example.com.ar>", "Abono de clases de Agustín", "billing", "",
"""Hola! Les cuento que Agustín rindió el final de Análisis Matemático y
lo aprobó con 8, así que ya no necesita más clases con Martín. Les pido
que den de baja el abono mensual de 8 clases ($48.000) antes de que se
renueve el 1°. Gracias a Martín por la paciencia infinita que le tuvo.

Gabi"""),
("es", "b40-limpieza-pausa-operacion-cadera", "Carmen Iglesias <carmen.iglesias@example.es>", "Limpieza quincenal", "billing", "",
"""Buenos días:

Me operan de la cadera el día 12 y estaré ingresada y luego en casa de
mi hija unas seis semanas. Les ruego que dejen en suspenso la limpieza
de cada quince días (la que hace Rosario los martes) y que no me
carguen nada mientras tanto. Ya les avisaré cuando vuelva a casa para
que siga viniendo Rosario, que estoy muy contenta con ella.

Atentamente,
Carmen Iglesias"""),
("es", "b40-caja-familiar-a-individual-co", "Andrés Felipe Restrepo <andres.restrepo@example.com.co>", "Cambio de plan", "billing", "",
"""Buenas tardes,

Por motivos personales ahora vivo solo, entonces la caja familiar de
frutas y verduras se me está dañando en la nevera. Les agradezco
pasarme a la caja individual ($69.900) desde la próxima entrega en vez
de la familiar de $129.900 que me están cobrando cada semana.

Muchas gracias,
Andrés Felipe"""),
("es", "b40-gato-lolo-baja-visitas", "Jordi Puig <jordi.puig@example.es>", "Lolo", "billing", "",
"""Hola,

Os escribo para deciros que Lolo, nuestro gato, murio la semana pasada.
Tenia 17 años. Asi que ya no necesitamos el plan de visitas cuando nos
vamos de fin de semana. Por favor no me cobreis la cuota de 25 euros
del mes que viene.

Gracias a Nuria por cuidarle tan bien todo este tiempo.

Jordi"""),
("es", "b40-mudanza-factura-cfdi", "Contabilidad Grupo Alcázar <contabilidad@grupo-alcazar.example>", "Factura mudanza oficina", "billing", "",
"""Buen día,

El pasado 3 de mayo hicimos con ustedes la mudanza de nuestra oficina
de Polanco a Santa Fe, total $28,400 MXN pagado con transferencia. Nos
enviaron solo el comprobante de pago, pero necesitamos la factura CFDI
con los siguientes datos:

Razón social: Grupo Alcázar Consultores S.C.
RFC: GAC000000XX0
Uso CFDI: G03 Gastos en general

Quedo atenta,
Verónica Salas"""),
("es", "b40-montaje-recargo-desplazamiento", "Álvaro Merino <alvaro.merino@example.es>", "Montaje armario PAX", "billing", "",
"""Hola,

Contraté el montaje de un armario por 65 € según el precio de la web.
El montador llegó puntual y lo dejó perfecto, eso no lo discuto. Pero
en el cargo final aparecen 18 € más de "desplazamiento fuera de zona".
Vivo en Alcobendas, que en vuestra web aparece como zona incluida.
¿Me podéis devolver esos 18 €?

Álvaro"""),
("es", "b40-limpiezas-cobradas-fuera-omic", "Rosa María Beltrán <rosamaria.beltran@example.es>", "Limpiezas cobradas de un mes que no estuve", "billing", "high",
"""Buenas tardes:

En agosto estuve fuera todo el mes y lo avisé por la app el 20 de
julio (tengo la captura). Aun así me han cobrado las tres limpiezas de
agosto, 3 x 54 € = 162 €, y nadie vino a mi casa, como no podía ser de
otra manera porque no había llaves.

Llevo tres semanas escribiendo al chat sin respuesta. Si en diez días
no tengo los 162 € devueltos, pondré una reclamación en la OMIC de mi
ayuntamiento y en Consumo.

Rosa María Beltrán
Valencia"""),
("es", "b40-anticipo-mudanza-profeco", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Anticipo de mudanza no devuelto", "billing", "high",
"""A quien corresponda:

El 20 de marzo pagué un anticipo de $4,500 MXN para una mudanza de
Guadalajara a Querétaro programada el 5 de abril. El 2 de abril me
avisaron que no tenían camión disponible y cancelaron. Me prometieron
el reembolso en 5 días hábiles. Han pasado cinco semanas.

Si no recibo el reembolso completo esta semana voy a presentar una
queja formal ante PROFECO. Tengo los comprobantes y los mensajes.

Héctor Villaseñor"""),
("es", "b40-canasta-cobrada-tras-baja-ar", "Martina Ferreyra <martina.ferreyra@example.com.ar>", "Me siguen cobrando", "billing", "high",
"""Di de baja la canasta de verduras el 28 de febrero, tengo el mail de
confirmación de ustedes. En marzo y en abril me debitaron igual
$24.500 cada mes de la Visa. Ya les escribí dos veces y me contestan
con un mensaje automático.

Si no me devuelven los $49.000 antes del viernes, desconozco los cargos
con la tarjeta y que lo resuelva el banco. Y hago la denuncia en Defensa
del Consumidor.

Martina Ferreyra"""),
("es", "b40-re-suscripcion-flores-mensual-cl", "Francisca Muñoz <francisca.munoz@example.cl>", "Re: Confirmación de tu suscripción", "billing", "",
"""Hola, gracias, pero yo contraté el plan trimestral (un ramo cada tres
meses) y en la confirmación sale mensual, y ya me cobraron $24.990 este
mes y el anterior. ¿Lo pueden corregir y devolverme el cobro que no
corresponde?

Francisca

El lun, 4 mar 2024 a las 10:15, Flores del Valle <hola@floresdelvalle.example> escribió:
> ¡Hola Francisca!
> Tu suscripción Ramo de Temporada quedó activa.
> Frecuencia: mensual
> Valor: $24.990"""),
("es", "b40-no-devolucion-propina-manitas", "Nerea Otxoa <nerea.otxoa@example.es>", "Propina para Iñaki", "billing", "",
"""Hola!

No, no quiero que me devolváis nada, al revés jaja. Iñaki vino ayer a
colgar las lámparas y las estanterías, fue un encanto y además me
arregló gratis la cisterna que goteaba. Quería dejarle propina pero la
app ya había cobrado y no veo dónde se añade. ¿Se puede añadir después?
¿Le llega entera a él?

Nerea"""),
("es", "b40-cuotas-plan-anual-tutorias-pe", "Rosa Quispe <rosa.quispe@example.pe>", "Consulta", "billing", "",
"""Buenas noches, quisiera saber si el plan anual de tutorías de
matemática para secundaria (S/ 1,800) se puede pagar en cuotas sin
intereses con tarjeta de crédito, o si hay algún descuento pagando al
contado. Mi hijo está en 3ro de secundaria.

Gracias,
Rosa Quispe"""),
("es", "b40-canguros-no-entra-movil-nuevo", "Marta Soler <marta.soler@example.es>", "No puedo entrar", "technical", "",
"""Hola,

He cambiado de móvil y desde entonces no consigo entrar en la app de
canguros. Pongo mi correo y contraseña y me sale "Se ha producido un
error, inténtalo más tarde". En el móvil viejo seguía entrando sin
problema, pero ya lo he formateado. Tengo una canguro reservada para el
viernes y no veo su teléfono.

Marta"""),
("es", "b40-pantalla-compartida-congela-mx", "Luis Ángel Cárdenas <luisangel.cardenas@example.com.mx>", "Se congela la pantalla en las clases", "technical", "",
"""Buenas tardes,

Cuando el maestro comparte pantalla en la clase de química la imagen se
congela a los pocos minutos, aunque su voz se sigue oyendo. Si salgo y
vuelvo a entrar funciona un ratito y se vuelve a congelar. Uso una
laptop Lenovo con Windows 10, Chrome. El internet es de 50 megas y en
Zoom no me pasa.

Luis Ángel"""),
("es", "b40-notificaciones-paseo-ar", "Sebastián Gil <seba.gil@example.com.ar>", "notificaciones", "technical", "",
"""Che, desde hace una semana no me llegan las notificaciones de "Paseo
iniciado" y "Paseo terminado" del paseador. Si entro a la app veo que
el paseo se hizo, pero antes me avisaba al toque. Las notificaciones
están activadas en el celu (Motorola). Ya desinstalé y volví a
instalar.

Seba"""),
("es", "b40-enchufe-chispas-manitas", "Ignacio Bravo <ignacio.bravo@example.es>", "Enchufe de la cocina", "technical", "high",
"""Buenas tardes:

El jueves vino un electricista de su app a cambiar dos enchufes de la
cocina. Desde entonces, al enchufar el hervidor en el de la izquierda
salen chispas pequeñas y se oye como un chasquido. Hoy además la tapa
del enchufe olía a quemado.

He bajado el diferencial de la cocina y no lo estamos usando. Les
agradecería que mandaran a alguien a revisarlo cuanto antes.

Un saludo,
Ignacio Bravo"""),
("es", "b40-litera-barandilla-suelta-mx", "Paola Reyes <paola.reyes@example.com.mx>", "Litera", "technical", "high",
"""Hola, buen día.

El martes su técnico armó la litera de mis hijos. Anoche noté que la
barandilla de la cama de arriba se mueve mucho, dos tornillos están
flojos y uno ya se salió y está en el piso. Mi hijo de 6 años duerme
arriba.

Por ahora los dos duermen en nuestra cama. ¿Pueden mandar a alguien a
revisarla? Gracias.

Paola Reyes"""),
("es", "b40-lavanderia-domiciliarios-parados-co", "Lavandería Burbujas <operaciones@lavanderia-burbujas.example>", "Sin rutas desde las 7", "technical", "high",
"""Buenos días,

Desde las 7 am la tableta del local no muestra ninguna recogida ni
entrega en la plataforma, todo aparece en cero. Tenemos a los 5
domiciliarios parados en el local sin saber a dónde ir, 60 bolsas
listas para entregar, y los dos hoteles con los que trabajamos ya
llamaron porque no tienen sábanas limpias para el check-in de la tarde.

Por favor llámennos al 601 000 4477 apenas lean esto.

Jhon Jairo Castaño
Lavandería Burbujas, Chapinero"""),
("es", "b40-login-apple-bucle", "Pilar Navarro <pilar.navarro@example.es>", "Caja de fruta - web", "technical", "",
"""Hola, entro en la web con "Iniciar sesion con Apple", me pide la cara,
vuelve a vuestra pagina y otra vez me sale el boton de iniciar sesion.
Asi en bucle. Desde el movil y desde el ordenador igual. Queria cambiar
las peras por manzanas en el pedido del jueves.

Pilar"""),
("es", "b40-no-es-cobro-fotos-inventario-ar", "Lorena Acosta <lorena.acosta@example.com.ar>", "Inventario mudanza", "technical", "",
"""Hola, aclaro que no es un tema de cobro, el pago está bien.

El problema es que la app me pide subir fotos de los muebles para el
inventario de la mudanza y cada vez que subo una dice "Error al cargar
la imagen" y se borra todo lo que ya había cargado. Ya lo intenté con
fotos más chicas. Si no completo el inventario no me deja confirmar la
fecha del 15.

Lorena"""),
("es", "b40-re-sensor-humedad-cero", "Íñigo Larrea <inigo.larrea@example.es>", "Re: Incidencia 5521 - sensor de humedad", "technical", "",
"""Hola Ainhoa,

He cambiado la pila como me dijiste y lo he vuelto a vincular. Sigue
marcando 0% de humedad, aunque acabo de regar la monstera y la tierra
está empapada. La app me manda avisos de "¡Tu planta tiene sed!" cada
hora.

Íñigo

El 3 oct 2024, a las 11:02, Soporte Verde en Casa <soporte@verdeencasa.example> escribió:
> Hola Íñigo,
> Prueba a cambiar la pila CR2032 del sensor y a vincularlo de nuevo
> desde Ajustes > Sensores.
> Un saludo, Ainhoa"""),
("es", "b40-calefont-llama-amarilla-cl", "Patricio Fuentes <patricio.fuentes@example.cl>", "Calefont", "technical", "high",
"""Buenas tardes,

El lunes un técnico de su aplicación cambió el calefont del
departamento. Desde ayer la llama se ve amarilla en vez de azul, hay
manchas negras de hollín arriba en la carcasa y en la logia se siente
un olor raro cuando está prendido. Mi señora anda con dolor de cabeza.

Lo cerramos y cortamos el gas en la llave de paso. Necesitamos que
venga alguien a revisarlo.

Patricio Fuentes
Ñuñoa"""),
("es", "b40-taquilla-lavanderia-no-abre", "Beatriz Campos <bea.campos@example.es>", "Taquilla", "technical", "",
"""Hola! La taquilla de recogida de la calle Alcalá no se abre con el
código que me ha llegado por SMS. Pongo el código, pita dos veces y luego
pone "Código no válido". Mi ropa limpia está ahí dentro desde ayer.

Bea"""),
("es", "b40-clases-grabadas-ipad-mx", "Ximena Torres <ximena.torres@example.com.mx>", "Videos de las clases", "technical", "",
"""Hola, las clases grabadas no se reproducen en el iPad de mi hija,
sale el círculo de carga y después pantalla negra. En la computadora sí
se ven. El iPad está actualizado. Ella repasa con esos videos antes de
los exámenes, por eso pregunto.

Ximena"""),
("es", "b40-fotos-cuidadora-gris", "Manuel Ortega <manuel.ortega@example.es>", "Fotos de la cuidadora", "technical", "",
"""Buenas,

La cuidadora de Canela sube fotos en cada visita, lo veo en el aviso,
pero cuando abro el parte de la visita las fotos salen como cuadros
grises. El texto sí se ve. Me pasa desde la última actualización, con
un Android Xiaomi.

Manuel"""),
("es", "b40-gracias-piano-abuela", "Elena Castaño <elena.castano@example.es>", "Gracias", "general", "",
"""Buenos días:

Solo quería dar las gracias al equipo que hizo la mudanza de mi abuela
de Zamora a Salamanca el martes, en especial a Raúl y a Moha. El piano
de mi abuela tiene más de cien años y lo bajaron por una escalera
estrechísima sin un rasguño. Mi abuela les preparó café y dice que son
"unos chicos de los que ya no quedan".

Un abrazo,
Elena"""),
("es", "b40-nineras-ingles-primeros-auxilios-mx", "Mariana Ríos <mariana.rios@example.com.mx>", "Pregunta sobre las niñeras", "general", "",
"""Hola, buenas noches. Nos vamos a mudar a Monterrey y estamos viendo la
app. ¿Las niñeras tienen curso de primeros auxilios? ¿Y hay alguna
forma de buscar solo las que hablen inglés? Mis hijos van a escuela
bilingüe.

Gracias!"""),
("es", "b40-campera-cuidadora-ar", "Ramiro Benítez <ramiro.benitez@example.com.ar>", "Campera", "general", "",
"""Hola, la chica que cuidó a los nenes el sábado (Julieta) se olvidó la
campera verde en el perchero de casa. No tengo su número porque la
app no lo muestra después del servicio. ¿Le pueden avisar? Se la puedo
dejar en el edificio o que pase a buscarla.

Ramiro"""),
("es", "b40-caja-bar-de-abajo", "Toni Ferrer <toni.ferrer@example.es>", "Entrega del jueves", "general", "",
"""Hola, a partir de este jueves dejad la caja en el bar de abajo (Bar
Casa Paco, en el mismo portal), que ya he hablado con Paco y me la
guarda. Es que el repartidor la deja en el rellano y el vecino se queja
de que no puede pasar.

Gracias
Toni"""),
("es", "b40-cambio-celular-direccion-co", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes,

Le agradezco actualizar mis datos en la cuenta. Mi nuevo número de
celular es 300 000 7788 y la nueva dirección para las clases es Calle
10 # 43-20, apartamento 502, El Poblado, Medellín. El horario de las
clases de mi hija sigue siendo el mismo.

Cordialmente,
Luz Marina Ospina"""),
("es", "b40-supresion-datos-resenas", "Guillermo Pastor <guillermo.pastor@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Muy señores míos:

Al amparo del artículo 17 del RGPD, solicito la supresión de todos mis
datos personales de su plataforma de limpieza del hogar, incluida mi
cuenta, mis direcciones y las reseñas que publiqué con mi nombre
completo. Les ruego confirmación por escrito una vez realizada.

Atentamente,
Guillermo Pastor Ruiz"""),
("es", "b40-patrocinio-torneo-infantil-mx", "Club Deportivo Los Pumitas <contacto@cdlospumitas.example>", "Patrocinio torneo infantil", "general", "",
"""Buen día,

Somos un club de fútbol infantil en Puebla y en julio organizamos un
torneo para niños de 6 a 12 años, con unas 30 escuadras. Buscamos
patrocinadores para los trofeos y las playeras. Como muchas familias
del club usan su app de tutorías, pensamos que podría interesarles.
¿Con quién podemos platicar?

Saludos,
Ernesto Lara, tesorero"""),
("es", "b40-jornada-adopcion-sabado", "Noelia Vidal <noelia.vidal@example.es>", "Jornada de adopción", "general", "",
"""Hola! He visto en vuestro Instagram que el sábado hacéis una jornada
de adopción con una protectora en el local de Gràcia. ¿A qué hora es?
¿Se puede ir con perro? Tenemos una perrita y queremos ver si se lleva
bien con alguno.

Noelia"""),
("es", "b40-profe-llega-tarde-celular-ar", "Valeria Domínguez <valeria.dominguez@example.com.ar>", "Sobre la profesora de inglés", "general", "",
"""Hola. No quiero armar lío pero quiero que lo sepan: la profesora de
inglés de mi hijo llega siempre 15 o 20 minutos tarde a la clase online
y durante la clase está todo el tiempo con el celular, contestando
mensajes. Mi hijo me lo dijo y lo comprobé yo misma el jueves.

No pido nada, solo que se lo comenten.

Valeria"""),
("es", "b40-escalon-roto-punto-recogida", "Ramón Vicente <ramon.vicente@example.es>", "Escalón de la entrada", "general", "high",
"""Buenas tardes:

El escalón de la entrada de su punto de recogida de la calle Mayor
está roto desde hace por lo menos dos semanas: falta un trozo del borde
y la baldosa se mueve. Esta mañana mi madre, que tiene 81 años, tropezó
al salir y si no la llego a sujetar se cae de bruces. Al chico del
mostrador se lo dije y me dijo que "ya lo saben".

Pónganle solución antes de que alguien se rompa algo.

Ramón Vicente"""),
("es", "b40-paseador-golpeo-perro-gerente-mx", "Alejandra Núñez <alejandra.nunez@example.com.mx>", "Su paseador golpeó a mi perro", "general", "high",
"""Buenas tardes.

Una vecina me mandó un video de ayer a las 5 pm en el parque de la
colonia: el paseador que mandaron ustedes le da dos patadas a mi perro,
Tito, porque se echó en el pasto y no quería caminar. El video lo tengo
y se lo puedo mandar.

Quiero hablar hoy mismo con el gerente o el responsable de la zona, no
con el chat. Y no quiero que ese señor vuelva a acercarse a ningún
perro.

Alejandra Núñez
55 0000 3142"""),
("es", "b40-caja-bomba-me-muero", "Sara Lozano <sara.lozano@example.es>", "ES UNA BOMBA", "general", "",
"""Solo escribo para decir que la caja de esta semana es una BOMBA. Las
cerezas del Jerte, los tomates que saben a tomate... me muero. Mi hijo
de 4 años se ha comido medio kilo de cerezas él solito. Seguid así,
que sois los mejores!!!

Sara"""),
("es", "b40-direccion-compartida-sic-co", "Diana Carolina Rojas <diana.rojas@example.com.co>", "Uso indebido de mis datos", "general", "high",
"""Señores,

Cancelé mi cuenta de la plataforma de niñeras hace dos meses. Esta
semana una persona que fue niñera de mis hijos a través de ustedes
apareció en mi edificio diciendo que la aplicación le sigue mostrando
mi dirección y mi teléfono y que "quería saludar". No autoricé que mis
datos se conservaran ni se compartieran después de cancelar.

Exijo que me informen qué datos míos siguen teniendo y quién tiene
acceso a ellos. Si no recibo respuesta en cinco días hábiles, presentaré
la queja ante la Superintendencia de Industria y Comercio.

Diana Carolina Rojas"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b40-niania-przelew-zamiast-karty", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Płatność za nianię", "billing", "",
"""Dzień dobry,

od września pani Ewa z Waszej aplikacji odbiera naszego syna z
przedszkola trzy razy w tygodniu. Czy zamiast płacić kartą po każdej
wizycie możemy robić jeden przelew na koniec miesiąca? I czy wtedy
dostaniemy jedno zbiorcze potwierdzenie, bo rozliczamy się z
pracodawcą (dofinansowanie opieki)?

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b40-pralnia-ekspres-3-dni", "Michal Zajac <michal.zajac@example.pl>", "ekspres 24h", "billing", "",
"""Czesc, zaplacilem 25 zl doplaty za ekspres 24h (koszule na rozmowe
o prace), odbior byl w poniedzialek rano a koszule wrocily w czwartek
wieczorem. Na rozmowe poszedlem w pogniecionej. Prosze o zwrot tych 25 zl
bo za ekspres to to nie bylo.
Michal"""),
("pl", "b40-syn-wymiana-usa-zawieszenie", "Beata Kaczmarek <beata.kaczmarek@example.pl>", "Korepetycje Kuby - przerwa", "billing", "",
"""Dzień dobry,

Kuba wyjeżdża w sierpniu na rok szkolny na wymianę do Ohio, więc
korepetycje z fizyki z panem Tomaszem muszą mieć przerwę. Czy można
zawiesić pakiet 8 lekcji miesięcznie (480 zł) od sierpnia do końca
czerwca i wrócić do niego w przyszłym roku, tak żeby nic w tym czasie
nie schodziło z karty? Nie chcemy rezygnować, bo Kuba bardzo sobie chwali
pana Tomasza.

Beata Kaczmarek"""),
("pl", "b40-sprzedane-mieszkanie-koniec-sprzatania", "Wojciech Lis <wojciech.lis@example.pl>", "Mokotów, ul. Odyńca", "billing", "",
"""Dzień dobry,

podpisaliśmy akt notarialny - mieszkanie na Odyńca ma od 1 lipca nowych
właścicieli, a my jesteśmy już w Gdyni. Cotygodniowe sprzątanie pod tym
adresem przestaje być potrzebne. Ostatnie niech będzie 26 czerwca
(przed oddaniem kluczy), a potem proszę już nie pobierać 220 zł
tygodniowo.

Dziękujemy pani Oli za trzy lata porządku!
Wojciech Lis"""),
("pl", "b40-box-maz-zmarl-mniejszy", "Halina Sobczak <halina.sobczak@example.pl>", "Skrzynka z warzywami", "billing", "",
"""Szanowni Państwo,

w marcu zmarł mój mąż i teraz jestem w domu sama. Duża skrzynka z
warzywami to dla mnie za dużo, połowa się marnuje. Proszę zamienić mi ją
na małą, tę za 59 zł, od najbliższej dostawy. Zamawiam u Państwa od
początku i nie chcę rezygnować.

Z poważaniem
Halina Sobczak
Lublin"""),
("pl", "b40-kwiaty-rozstanie-koniec", "Kuba Dudek <kuba.dudek@example.pl>", "subskrypcja kwiatow", "billing", "",
"""Hej, co tydzien wysylaliscie ode mnie bukiet do Marty na Zabłocie.
No wiec Marta juz nie jest moja dziewczyna, dluga historia. Prosze
zakonczyc ta subskrypcje od razu, zanim pojdzie kolejny bukiet w piatek
bo bedzie niezrecznie. I zeby juz nie pobieralo 89 zl.
Kuba"""),
("pl", "b40-zlota-raczka-faktura-nip", "Biuro Rachunkowe Bilans <biuro@bilans-rzeszow.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

w zeszłym tygodniu fachowiec z Państwa aplikacji zamontował nam w biurze
rolety i uchwyt na telewizor, zapłaciliśmy 430 zł kartą firmową. W
aplikacji jest tylko paragon. Prosimy o fakturę VAT na dane:

Biuro Rachunkowe Bilans Sp. z o.o.
ul. Hetmańska 12, 35-045 Rzeszów
NIP 000-000-00-00

Pozdrawiam
Izabela Kot"""),
("pl", "b40-skladanie-mebli-kod-rabatowy", "Ewelina Stępień <ewelina.stepien@example.pl>", "Kod MONTAZ15", "billing", "",
"""Dzień dobry,

przy zamawianiu złożenia szafy i komody wpisałam kod MONTAZ15 z Waszego
newslettera. Przy koszyku pokazało się -15%, a w potwierdzeniu i na
karcie zeszła pełna kwota 340 zł. Proszę o zwrot 51 zł.

Ewelina"""),
("pl", "b40-przeprowadzka-9-godzin-rzecznik", "Grzegorz Wilk <grzegorz.wilk@example.pl>", "Przeprowadzka 12.05 - zawyżony rachunek", "billing", "high",
"""Szanowni Państwo,

przy rezerwacji przeprowadzki (kawalerka z Woli na Bemowo, 2 piętro z
windą) aplikacja wyceniła ją na 5 godzin, czyli 900 zł. Ekipa przyjechała
o 9:00, a skończyła przed 14:00, co potwierdzi sąsiad i monitoring w
bloku. Mimo to zostałem obciążony za 9 godzin, 1620 zł.

Żądam zwrotu 720 zł w ciągu 14 dni. W przeciwnym razie skieruję sprawę
do miejskiego rzecznika konsumentów i do UOKiK.

Grzegorz Wilk"""),
("pl", "b40-opiekunka-kota-odwolala-kierownik", "Natalia Wysocka <natalia.wysocka@example.pl>", "Zwrot za odwołaną opiekę", "billing", "high",
"""Dzień dobry,

zapłaciłam z góry 600 zł za dziesięć dni opieki nad kotami na czas
urlopu. Opiekunka odwołała wszystko dzień przed wyjazdem, musiałam w
nocy szukać kogoś na własną rękę. Dostałam zwrot tylko 300 zł, bo
"rezygnacja poniżej 48 godzin". To nie była moja rezygnacja!

Dwa razy tłumaczyłam to na czacie. Proszę, żeby sprawą zajął się
kierownik działu obsługi klienta i oddzwonił do mnie: 600 000 512.

Natalia Wysocka"""),
("pl", "b40-pralnia-abonament-chargeback", "Paweł Szymański <pawel.szymanski@example.pl>", "Abonament po rezygnacji", "billing", "high",
"""Zrezygnowałem z abonamentu pralni 15 stycznia, mam potwierdzenie
mailowe z numerem zgłoszenia. W lutym i w marcu i tak pobraliście po
149 zł. Pisałem już dwa razy, odpowiedzi brak.

Jeżeli do końca tygodnia nie oddacie 298 zł, zgłaszam w banku chargeback
na obie transakcje.

Paweł Szymański"""),
("pl", "b40-odp-podsumowanie-lekcji-trzy-zamiast-dwoch", "Iwona Malinowska <iwona.malinowska@example.pl>", "Odp: Podsumowanie lekcji - październik", "billing", "",
"""Dzień dobry,

w podsumowaniu są trzy lekcje niemieckiego, ale Zosia miała w
październiku tylko dwie - 10 i 24. Lekcja 17 października została
odwołana przez lektorkę (mam SMS-a). Proszę o korektę i zwrot 70 zł.

Iwona Malinowska

-----Wiadomość oryginalna-----
Od: Korepetytor24 <rozliczenia@korepetytor24.example>
Temat: Podsumowanie lekcji - październik
Uczeń: Zofia Malinowska
10.10 Niemiecki 60 min 70,00 zł
17.10 Niemiecki 60 min 70,00 zł
24.10 Niemiecki 60 min 70,00 zł
Razem: 210,00 zł"""),
("pl", "b40-nie-awaria-minimum-3-godziny", "Dorota Pawlak <dorota.pawlak@example.pl>", "Sprzątanie 2 godziny", "billing", "",
"""Dzień dobry,

to nie jest zgłoszenie awarii, aplikacja działa bez zarzutu. Mam
pytanie o cenę: mieszkam w kawalerce 28 m2 i sprzątanie zajmuje
spokojnie dwie godziny, a aplikacja pozwala zamówić minimum trzy (165
zł). Czy da się zamówić i zapłacić tylko za dwie godziny? Może jest
jakiś pakiet dla małych mieszkań?

Dorota"""),
("pl", "b40-pytanie-bon-skladanie-mebli-rodzice", "Marek Adamczyk <marek.adamczyk@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, czy można kupić u Was bon podarunkowy na złożenie mebli?
Rodzice urządzają nowe mieszkanie w Toruniu i chciałbym im to
zafundować na rocznicę ślubu, tak na około 300 zł. Jak długo taki bon
jest ważny?

Marek"""),
("pl", "b40-aplikacja-niania-drugie-dziecko", "Karolina Mazur <karolina.mazur@example.pl>", "Nie mogę dodać drugiego dziecka", "technical", "",
"""Dzień dobry,

urodziła nam się druga córeczka i chcę ją dodać w profilu rodziny w
aplikacji, żeby opiekunki widziały, że są dwie dziewczynki. Po wpisaniu
imienia i daty urodzenia i kliknięciu "Zapisz" pojawia się komunikat
"Nieprawidłowa data" - niezależnie od tego, jak ją wpiszę. iPhone 12.

Karolina"""),
("pl", "b40-kamera-safari-korepetycje", "Adam Krol <adam.krol@example.pl>", "kamera na lekcji", "technical", "",
"""Dzien dobry, na lekcji online z matematyki nie wlacza sie kamera ani
mikrofon syna. Przegladarka nie pyta nawet o pozwolenie. MacBook Air,
Safari. Lektorka widzi tylko czarny kwadrat z inicjalami. Dwie lekcje
juz przepadly.
Adam Krol"""),
("pl", "b40-obroza-nie-paruje", "Justyna Michalska <justyna.michalska@example.pl>", "Obroża GPS", "technical", "",
"""Cześć,

dostałam obrożę GPS do pakietu spacerów i nie mogę jej sparować z
aplikacją. Bluetooth włączony, obroża naładowana (zielona dioda), a
aplikacja cały czas "Szukam urządzenia..." i po minucie "Nie znaleziono".
Próbowałam na dwóch telefonach.

Justyna"""),
("pl", "b40-plyta-indukcyjna-goracy-kabel", "Tomasz Górecki <tomasz.gorecki@example.pl>", "Płyta indukcyjna po montażu", "technical", "high",
"""Dzień dobry,

w piątek fachowiec z Waszej aplikacji podłączył nam nową płytę
indukcyjną. Od wczoraj przy gotowaniu na dwóch polach wybija bezpiecznik,
a dziś przy puszce za szafką czuć było swąd spalenizny i kabel przy
puszce był wyraźnie gorący.

Wyłączyłem płytę na tablicy i nie używamy jej. Proszę o przysłanie
elektryka, żeby sprawdził podłączenie.

Tomasz Górecki"""),
("pl", "b40-lustro-odchodzi-od-sciany", "Monika Jabłońska <monika.jablonska@example.pl>", "Lustro w przedpokoju", "technical", "high",
"""Dzień dobry,

w poniedziałek Państwa monter powiesił nam w przedpokoju duże lustro w
ramie (ok. 30 kg). Dziś zauważyłam, że górna krawędź odeszła od ściany
na jakiś centymetr, a jeden z kołków wysunął się z muru. Dzieci biegają
tamtędy cały dzień.

Na razie oparłam lustro o podłogę i zablokowałam komodą, ale ktoś
musi przyjechać i porządnie je zamontować.

Monika Jabłońska"""),
("pl", "b40-kwiaciarnia-dzien-matki-zamowienia", "Kwiaciarnia Storczyk <zamowienia@kwiaciarnia-storczyk.example>", "Dzień Matki - zamówienia", "technical", "high",
"""Dzień dobry,

od 7 rano w panelu partnera nie pojawiło się ani jedno zamówienie, a w
zeszłym roku w Dzień Matki mieliśmy od Was ponad 200 bukietów. Klientki
dzwonią do nas, że zamówiły u Was bukiet z dostawą dziś i dostały
potwierdzenie, a my nie mamy ani adresów, ani treści bilecików. Trzech
kierowców stoi z pustymi autami, kwiaty czekają.

Proszę o pilny telefon: 58 000 41 20.

Anna Kowalewska
Kwiaciarnia Storczyk, Gdańsk"""),
("pl", "b40-pralnia-brak-godzin-odbioru", "Ola Nowicka <ola.nowicka@example.pl>", "odbior", "technical", "",
"""Od paru dni w aplikacji przy wyborze godziny odbioru lista jest pusta,
niezaleznie od dnia. Wczesniej bylo normalnie kilka okienek. Jestem na
Pradze Poludnie, wiec chyba obslugujecie. Android 14.
Ola"""),
("pl", "b40-to-nie-platnosc-czat-ekipa", "Rafał Baran <rafal.baran@example.pl>", "Czat z ekipą przeprowadzkową", "technical", "",
"""Dzień dobry,

nie chodzi o płatność, wszystko zapłacone. Chodzi o to, że w aplikacji
nie da się wysłać wiadomości do ekipy, która ma nas przeprowadzać w
sobotę. Wpisuję wiadomość, klikam wyślij, kręci się kółko i po chwili
"Nie wysłano". Chciałem im przekazać, że nie ma windy i trzeba wnieść
pianino na 3. piętro.

Rafał Baran"""),
("pl", "b40-odp-link-resetu-wygasl", "Elżbieta Kowalczyk <elzbieta.kowalczyk@example.pl>", "Odp: Resetowanie hasła", "technical", "",
"""Kliknęłam w ten link od razu, w ciągu minuty, i i tak pokazuje się
"Link wygasł lub jest nieprawidłowy". Próbowałam już czwarty raz.
Bardzo proszę o pomoc, bo nie mogę zarezerwować sprzątania przed
świętami.

Elżbieta Kowalczyk

> Aby ustawić nowe hasło, kliknij w poniższy link. Link jest ważny przez
> 30 minut.
> https://sprzatanie.example/reset/..."""),
("pl", "b40-babcia-zimne-kaloryfery-hydraulik", "Piotr Zieliński <piotr.zielinski@example.pl>", "Ogrzewanie u babci - Suwałki", "technical", "high",
"""Dzień dobry,

wczoraj hydraulik zamówiony przez Państwa aplikację wymieniał u mojej
babci zawór przy piecu gazowym. Od jego wizyty wszystkie kaloryfery w
mieszkaniu są zimne, piec się włącza i po chwili gaśnie z błędem E4.

Babcia ma 91 lat, jest leżąca, a w Suwałkach w nocy jest minus 12.
Opiekunka przyniosła na razie grzejnik olejowy, ale to nie wystarczy na
całe mieszkanie. Potrzebujemy kogoś dziś.

Piotr Zieliński
601 000 338"""),
("pl", "b40-kod-pocztowy-nieobslugiwany", "Jacek Wasilewski <jacek.wasilewski@example.pl>", "Kod pocztowy", "technical", "",
"""Dzien dobry, od pol roku dostaje od Was skrzynke co tydzien pod ten
sam adres (Wieliczka, 32-020), a od wczoraj przy probie zmiany
zawartosci strona wyrzuca "Nie dostarczamy pod ten kod pocztowy" i nie
da sie zapisac zmian. Kurier nadal przyjezdza wiec chyba to blad strony.
Jacek"""),
("pl", "b40-przypomnienia-podlewania-nie-te-rosliny", "Zuzanna Kubiak <zuzanna.kubiak@example.pl>", "Przypomnienia o podlewaniu", "technical", "",
"""Hej!

Aplikacja przypomina mi o podlewaniu paproci i storczyka, których nigdy
od Was nie dostałam, a nie ma w niej fikusa i zamiokulkasa, które
naprawdę mam. Wygląda, jakby pomieszała mi się lista roślin z kimś
innym. Da się to naprawić?

Zuza"""),
("pl", "b40-cudze-spacery-w-aplikacji", "Łukasz Czarnecki <lukasz.czarnecki@example.pl>", "Nie mój pies", "technical", "",
"""Dzień dobry,

od wczorajszej aktualizacji w zakładce "Spacery" widzę historię spacerów
jakiegoś psa o imieniu Figa, z trasami po Krzykach. Mój pies to Bruno i
mieszkamy na Biskupinie. Moich spacerów nie widzę w ogóle. Wylogowanie
nie pomaga.

Łukasz"""),
("pl", "b40-podziekowanie-pani-halina", "Teresa Wójcik <teresa.wojcik@example.pl>", "Pani Halina", "general", "",
"""Szanowni Państwo,

chciałabym podziękować za panią Halinę, która od roku sprząta u mnie co
dwa tygodnie. Jestem po udarze i nie daję rady sama, a pani Halina
zawsze zapyta, czy czegoś nie potrzeba, przyniesie z dołu pocztę, a raz
zauważyła, że zostawiłam włączony gaz w łazience przy piecyku. Złota
kobieta.

Z wyrazami szacunku
Teresa Wójcik"""),
("pl", "b40-opiekunki-zaswiadczenie-niekaralnosci", "Aneta Gajewska <aneta.gajewska@example.pl>", "opiekunki", "general", "",
"""Dzien dobry, czy opiekunki w Waszej aplikacji maja zaswiadczenie o
niekaralnosci i czy sprawdzacie je w Rejestrze Sprawcow Przestepstw na
Tle Seksualnym? Szukamy kogos do corki na popoludnia.
Aneta"""),
("pl", "b40-pendrive-w-spodniach-pralnia", "Bartosz Ostrowski <bartosz.ostrowski@example.pl>", "Pendrive", "general", "",
"""Dzień dobry,

w zeszły wtorek oddałem do Was czarne spodnie od garnituru. Właśnie
się zorientowałem, że w małej kieszonce mógł zostać czerwony pendrive z
moją pracą magisterską (mam kopię, ale nie najnowszą). Czy ktoś go
znalazł przed praniem?

Bartosz Ostrowski"""),
("pl", "b40-kod-do-furtki-dostawa", "Ryszard Pietrzak <ryszard.pietrzak@example.pl>", "Dostawa skrzynki", "general", "",
"""Dzień dobry, proszę przekazać kierowcy, że od tego tygodnia mamy
zamkniętą furtkę. Kod: 2580#. Skrzynkę proszę zostawiać w altanie po
lewej, a nie pod drzwiami. Dziękuję. R. Pietrzak"""),
("pl", "b40-zmiana-nazwiska-adresu", "Magdalena Sikora-Nowak <magda.sikora@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, prosze o zmiane moich danych w profilu: nazwisko po slubie
Sikora-Nowak (wczesniej Sikora), nowy adres do wizyt opiekunki:
ul. Lipowa 7/3, 20-020 Lublin. Telefon bez zmian. Pies tez bez zmian :)
Magda"""),
("pl", "b40-rodo-nagrania-lekcji-syna", "Krzysztof Domański <krzysztof.domanski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO wnoszę o usunięcie konta mojego
niepełnoletniego syna, Igora Domańskiego, wraz z wszystkimi nagraniami
lekcji online, w których występuje jego wizerunek i głos. Proszę o
pisemne potwierdzenie wykonania.

Z poważaniem
Krzysztof Domański"""),
("pl", "b40-fundacja-schronisko-zbiorka", "Fundacja Psia Łapa <kontakt@psialapa.example>", "Zbiórka karmy - współpraca", "general", "",
"""Dzień dobry,

jesteśmy fundacją prowadzącą dom tymczasowy dla psów w Łodzi. W
październiku organizujemy zbiórkę karmy i koców. Wielu Waszych
opiekunów i spacerowiczów to nasi wolontariusze - czy bylibyście
zainteresowani objęciem zbiórki patronatem albo ustawieniem kosza na
dary? Chętnie porozmawiamy.

Pozdrawiamy
Weronika Lewandowska"""),
("pl", "b40-warsztaty-wiencow-dzieci", "Renata Kołodziej <renata.kolodziej@example.pl>", "Warsztaty", "general", "",
"""Dzień dobry, czy w listopadzie też będą warsztaty robienia wieńców w
Waszej pracowni w Poznaniu? W zeszłym roku byłam z córką i bardzo nam
się podobało. Czy trzeba się zapisywać wcześniej?

Renata"""),
("pl", "b40-opiekun-psa-pali-telefon", "Sylwia Grabowska <sylwia.grabowska@example.pl>", "Uwagi do opiekuna", "general", "",
"""Dzień dobry,

kilka razy widziałam z okna, jak opiekun, który wyprowadza mojego psa,
przez cały spacer pali papierosy i rozmawia przez telefon, a Maks sam
sobie węszy na końcu smyczy. Raz zostawił po nim nieposprzątane pod
blokiem. Nie chcę robić afery, ale oczekuję trochę więcej uwagi za te
pieniądze. Proszę z nim porozmawiać.

Sylwia"""),
("pl", "b40-szklo-kacik-dla-dzieci", "Adrianna Kamińska <adrianna.kaminska@example.pl>", "Kącik dla dzieci w szkole językowej", "general", "high",
"""Dzień dobry,

w kąciku zabaw w Waszej szkole przy ul. Piotrkowskiej, gdzie młodsze
rodzeństwo czeka na koniec zajęć, leżały wczoraj na dywanie odłamki
szkła z rozbitej lampki. Mój trzylatek przyniósł mi jeden w dłoni,
na szczęście się nie skaleczył. Zgłosiłam to w recepcji, a dziś rano
szkło dalej tam było.

Proszę o natychmiastowe posprzątanie i sprawdzenie tego miejsca, zanim
któreś dziecko zrobi sobie krzywdę.

Adrianna Kamińska"""),
("pl", "b40-kierowca-pijany-kierownik", "Henryk Stasiak <henryk.stasiak@example.pl>", "Kierowca ekipy przeprowadzkowej", "general", "high",
"""Dzień dobry,

w sobotę przy przeprowadzce kierowca Państwa ekipy był wyraźnie pod
wpływem alkoholu - czuć było od niego piwo, chwiał się przy wnoszeniu
kartonów, a potem wsiadł za kierownicę i odjechał w stronę centrum. Nie
zdążyłem zadzwonić na policję.

Żądam kontaktu z kierownikiem lub właścicielem firmy w tej sprawie. Ten
człowiek nie powinien prowadzić auta.

Henryk Stasiak
602 000 917"""),
("pl", "b40-pilne-przesuniecie-lekcji", "Oliwia Szewczyk <oliwia.szewczyk@example.pl>", "PILNE!!!", "general", "",
"""PILNE! Czy da się przesunąć jutrzejszą lekcję hiszpańskiego z 17 na 18?
Mam wywiadówkę w szkole. Umieram, nic mi się nie klei w tym tygodniu :)
Oliwia"""),
("pl", "b40-zdjecia-dziecka-instagram-uodo", "Marta Zawadzka <marta.zawadzka@example.pl>", "Zdjęcia mojego dziecka w internecie", "general", "high",
"""Dzień dobry,

opiekunka, którą zatrudniałam przez Państwa aplikację do lipca,
opublikowała na swoim publicznym Instagramie kilkanaście zdjęć mojej
córki, z twarzą i z naszego mieszkania, reklamując się jako niania.
Nigdy nie wyraziłam na to zgody. Prosiłam ją o usunięcie, zablokowała
mnie.

Oczekuję, że w ciągu 7 dni zajmą się Państwo tą sprawą. W przeciwnym
razie sprawę zgłoszę do UODO i przekażę mojemu prawnikowi.

Marta Zawadzka"""),
]
