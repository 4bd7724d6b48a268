# batch70.py -- labelled mails, held out of the tree until the rules it measures are final:
# kept apart from gen.py so that nothing is tuned or trained on them
# before they are wired in.  This batch draws mostly on
# food retail -- supermarkets' online shopping, farm and veg boxes,
# butchers' online shops, cheese shops, bakeries' bread subscriptions,
# zero-waste grocers, corner shops' delivery apps -- and covers the
# failure classes in new situations: escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions, and everyday mail of all three queues.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b70-veg-box-only-me-now", "Maureen Talbot <maureen.talbot@example.co.uk>", "Weekly box", "billing", "",
"""Dear Sir or Madam,

My husband Dennis passed away at the end of last month. It was always
him who sorted out the vegetable box and I'm afraid I don't know how to
do it on the computer. There is only me now and I can't get through a
large box on my own, so please could you stop it, and stop taking the
money from our joint account.

If there is a small box for one person I might try that later in the
year, but not just now.

Yours faithfully,
Maureen Talbot"""),
("en", "b70-order-taken-twice-pending", "Rhys Pritchard <rhys.pritchard@example.co.uk>", "Order 48817", "billing", "",
"""Hiya,

My grocery order on Saturday came to 92.40 and my banking app is showing
it twice - 92.40 and then another 96.15 a few minutes later. The second
one is still "pending". Only one delivery turned up (everything was
there, no complaints). Will the extra one drop off by itself or do I
need to do something?

Rhys"""),
("en", "b70-substitute-dearer-bag-charge", "Nicola Hearn <nicola.hearn@example.com>", "Substitutions", "billing", "",
"""Hi, this isn't about the app or the website, those are fine. It's about
what I paid.

I ordered the own-brand olive oil (4.25) and got a branded one instead
at 7.90, and I've been charged the 7.90. I never ticked "allow dearer
substitutes". I've also been charged 40p for bags even though I chose
"no bags" and the driver brought everything in crates.

Can you refund the difference and the bags please? Order 51130.

Nicola"""),
("en", "b70-delivery-pass-renewed", "Tom Okafor <tom.okafor@example.co.uk>", "Delivery pass", "billing", "",
"""Hello - I took out the 6-month delivery pass when I had my leg in plaster
and couldn't get to the shops. It renewed itself yesterday for another
6 months at 39.00 without any reminder. I'm back on my feet and don't
need it. I haven't used it since the renewal. Can it be cancelled and
the 39.00 put back?

Thanks,
Tom"""),
("en", "b70-cheese-club-gift-dad", "Harriet Voss <harriet.voss@example.com>", "Cheese of the month for my dad", "billing", "",
"""Hello!

My dad turns 70 in June and he's mad about cheese. Can I buy him three
months of your cheese club as a gift and pay for it all up front, rather
than a monthly subscription in my name? And if so, does it start the
month I pay or can I choose June?

Many thanks,
Harriet"""),
("en", "b70-cafe-vat-invoices", "Accounts <accounts@thelittlekettle-cafe.example>", "VAT invoices please", "billing", "",
"""Hi there,

We've had our bread and pastries from you three times a week since
January. The delivery notes come with the van but we've never had
proper VAT invoices, and our accountant needs them for the quarter
ending 31 March. Could you send invoices for January to March to this
address, made out to The Little Kettle Ltd, VAT no. GB 123 4567 89?

Cheers,
Jo Whitfield
The Little Kettle, Hebden Bridge"""),
("en", "b70-re-missing-items-refund", "Colm Brennan <colm.brennan@example.ie>", "Re: Your order 30671 - items unavailable", "billing", "",
"""Hi,

That was over a fortnight ago and there's still nothing back on my card.
Could someone check it actually went through? 11.85 in total.

Colm

On Fri 8 Mar, Customer Care <care@example-grocer.ie> wrote:
> Dear Colm,
>
> We're sorry that 3 items from your order 30671 were unavailable
> (Irish butter 454g, free-range eggs x12, brown soda bread). A refund
> of EUR 11.85 has been issued to your original payment method and
> should appear within 3-5 working days.
>
> Kind regards,
> Aoife
> Customer Care"""),
("en", "b70-upi-failed-amount-debited", "Ramesh Iyer <ramesh.iyer@example.in>", "Payment failed but amount debited", "billing", "",
"""Dear Sir/Madam,

Yesterday evening I tried to place an order for Rs. 1,842 on your app
using UPI. App showed "Payment failed, please retry" so I paid again
with my debit card and order was placed successfully. But the UPI amount
of Rs. 1,842 has also been debited from my SBI account. Transaction ID
UPI 4150 2261 8893.

Kindly refund the duplicate amount at the earliest.

Thanks and regards,
Ramesh Iyer
Chennai"""),
("en", "b70-bread-pause-portugal", "Fiona Gallacher <fiona.gallacher@example.co.uk>", "Sourdough while we're away", "billing", "",
"""Hi folks,

We're off to the Algarve for three weeks from the 2nd of August. Could
you put the Friday sourdough on hold for those weeks so we're not paying
for loaves going stale on the doorstep? Start again Friday 30th please.

Fiona x"""),
("en", "b70-jar-deposit-back", "Liam Carter <liam.carter@example.com.au>", "Jars", "billing", "",
"""G'day,

I've got about 20 of your glass jars and 6 milk bottles stacked up in
the laundry. I paid the deposit on all of them (50c a jar, $1 a bottle I
think). If I bring them to the Fitzroy shop do I get the deposit back in
cash or does it go on my account? Or can the driver take them?

Cheers, Liam"""),
("en", "b70-lamb-weight-manager", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Half lamb - not what I paid for", "billing", "high",
"""I ordered a half lamb box from your online butchery, advertised at
"approx. 10kg" for 120.00. I weighed everything when it came, bags off:
7.2kg. That is nearly a third short. There were also two lots of
neck and no leg steaks at all, which were listed.

I rang on Tuesday and was told "it's an approximate weight". A third
isn't approximate. I'd like a partial refund, and frankly I'd like to
speak to whoever runs the place rather than the phone team. Please
have the manager call me on 07700 900 316.

Gareth Lloyd"""),
("en", "b70-turkey-never-came-dispute", "Karen Sutcliffe <karen.sutcliffe@example.co.uk>", "CHRISTMAS ORDER 2291", "billing", "high",
"""We paid 86.50 in November for a bronze turkey crown, pigs in blankets
and stuffing for delivery on the 23rd December. Nothing arrived. Nobody
answered the phone on the 23rd or 24th and I had to drive round three
supermarkets on Christmas Eve.

I have emailed twice since. If I don't have the money back by Friday
I'll be asking my credit card company to do a chargeback.

K. Sutcliffe"""),
("en", "b70-platter-deposit-small-claims", "Dr. Anjali Sharma <anjali.sharma@example.co.uk>", "Deposit - catering platters 14 Sept", "billing", "high",
"""Dear Sir/Madam,

On 20 July I paid a deposit of 150.00 for six cheese and charcuterie
platters for my daughter's engagement party on 14 September. On 2
September your shop emailed to say you could no longer fulfil the
order owing to staff shortages. I have since asked three times for the
deposit to be returned and been told it is "being processed".

Please treat this as a formal letter before action. Unless the 150.00 is
refunded within 14 days I shall start a claim in the small claims court
without further notice.

Yours faithfully,
Dr Anjali Sharma"""),
("en", "b70-urgent-meal-deal-price", "Kyle Benson <kyle.benson@example.com>", "URGENT!!!!", "billing", "",
"""URGENT - your website says the meal deal is 3.50 and I was charged 3.90
at the self checkout in the Ashford store this lunchtime. Is the
website wrong or the till?? 40p I know but it's the principle.
Kyle"""),
("en", "b70-app-crash-not-billing", "Ellie Murdoch <ellie.murdoch@example.co.uk>", "App", "technical", "",
"""Hi, just to say first this is nothing to do with billing - my card's
fine and nothing's been charged wrongly.

The problem is the app. Every time I tap "Book a delivery slot" it goes
white for a second and closes. I've updated it, restarted the phone and
deleted and reinstalled it. Same thing. iPhone 12, latest iOS. My
husband's phone (Android) books slots fine on my account, so it's
something with the iPhone app.

Ellie"""),
("en", "b70-reset-link-never-arrives", "Derek Ong <derek.ong@example.com>", "Password", "technical", "",
"""Forgot my password, pressed "reset" about six times over two days. The
reset email never comes - not in spam, not in promotions, nowhere. My
email address is definitely right because I get your offers emails
every week. Can you reset it from your side?
Derek"""),
("en", "b70-slot-page-blank-safari", "Siobhan Daly <siobhan.daly@example.ie>", "Can't see any times", "technical", "",
"""Hello,

When I go to choose a delivery time on the website the calendar part is
just empty - no days, no times, only the heading "Choose your slot". This
is on my Mac in Safari. On my phone it shows the slots fine but I find
the phone fiddly for a full shop. Is there a setting I need to change?

Thanks
Siobhan (Galway)"""),
("en", "b70-fridge-list-stopped-syncing", "Marcus Webb <marcus.webb@example.net>", "Smart fridge shopping list", "technical", "",
"""Hey team,

We linked our fridge's shopping list to your website last year and it
worked great - stuff I added on the fridge screen showed up in my basket.
Since about two weeks ago nothing comes through. The fridge says
"Connected" and your account page says the fridge is linked. I've
unlinked and re-linked. Any idea?

Marcus"""),
("en", "b70-place-order-greyed-out", "Jenna Kowalski <jenna.kowalski@example.com>", "Question", "technical", "",
"""Hi, I'm trying to check out my first farm box order and the "Place
order" button stays grey no matter what I do. Filled in all the address
fields, picked Tuesday delivery, added my card. There's no red error
anywhere. Chrome on Windows. I'm in Ohio, zip 43201, is that in your
area? If it's not it'd be nice if the site just said so.

Jenna"""),
("en", "b70-breadmaker-e01", "Patricia Moon <patricia.moon@example.co.uk>", "Bread maker", "technical", "",
"""Dear customer services,

I bought one of your bread makers from the bakery shop with the bread
mix bundle at Christmas. It has made lovely loaves until this week, but
now as soon as I press start it beeps and shows "E01" and will not go.
The pan is clicked in properly. The instruction leaflet does not say
what E01 means.

Patricia Moon (Mrs)"""),
("en", "b70-loyalty-barcode-wont-scan", "Ben Hargreaves <ben.hargreaves@example.co.uk>", "clubcard thing in the app", "technical", "",
"""the barcode in your app won't scan at the tills any more. tried in
two different shops, the staff tried as well. it just beeps red. the
physical card i lost ages ago so the app was my only way. turned
brightness right up, no change. app version 8.4.1"""),
("en", "b70-otp-not-received-login", "Priya Menon <priya.menon@example.in>", "Not able to login", "technical", "",
"""Hello team,

I am not able to login to my account since yesterday. After entering
mobile number the app says "OTP sent" but I am not receiving any OTP
SMS. Other apps OTP are coming fine on same number. I have tried "resend"
many times and now it says try after 30 minutes.

Please do the needful.

Regards,
Priya Menon
Bengaluru"""),
("en", "b70-tracking-map-frozen", "Shane Mitchell <shane.mitchell@example.com.au>", "Tracking", "technical", "",
"""Mate the live tracking on your app has been stuck on "Driver is 4 stops
away" with the little van in the same spot for over an hour every
single delivery for the last 3 weeks. Then the groceries just turn up.
So the deliveries are fine, it's the tracking that's rubbish. Just
letting you know cos it's pretty useless like that."""),
("en", "b70-slow-cooker-plug-scorched", "Alan Pryce <alan.pryce@example.co.uk>", "Slow cooker from your homeware range", "technical", "high",
"""Good evening,

I bought the 6.5 litre slow cooker from your online shop in the autumn.
Tonight, after about four hours on low, I went to move it and the plug
was too hot to hold and there is a brown scorch mark on the socket
around the pins. The cooker itself seemed normal. I have switched it off
and unplugged it and won't use it again, but thought you ought to know
in case others have the same problem.

Alan Pryce"""),
("en", "b70-bakery-trade-portal-morning", "Sam Harding <sam@harbourside-deli.example>", "Tomorrow's bread", "technical", "high",
"""Hi,

We've been trying since 2pm to put in tomorrow's trade order and every
time we press submit the page comes back with "Something went wrong".
Same on the phone and the laptop. Your trade line just rings out.

We open at 7.30 with sandwiches and toast on the menu and as it stands
we'll have no bread at all. Two other cafes on our street buy from you
and they're stuck the same way. Can someone ring me on 01632 960 552 or
take the order by email - I can send the list.

Sam Harding
Harbourside Deli"""),
("en", "b70-corner-shop-tablet-silent", "Imran Hussain <imran@hussains-minimarket.example>", "Friday night", "technical", "high",
"""Hi, this is Hussain's Minimarket on Cheetham Hill Rd, we're on your
delivery app.

Friday nights we normally get 40-50 orders between 6 and 11. Tonight the
tablet hasn't made a single ping since half 5. The app on it says
"Online". Meanwhile customers are ringing the shop saying they've
ordered and paid and nobody's come, and my two riders are sitting outside
on their scooters doing nothing. I've restarted the tablet twice.

Please sort it asap.
Imran"""),
("en", "b70-locker-burning-smell", "Helen Cartwright <helen.cartwright@example.co.uk>", "Collection locker at Hove store", "technical", "high",
"""Hello,

I collected my order from the click and collect lockers outside your
Hove store this morning. There was a strong smell of hot plastic around
the bank of lockers and the keypad screen was very warm to touch,
almost too hot. The screen was flickering too. Nobody else was about so
I'm letting you know this way. I didn't see any smoke.

Helen"""),
("en", "b70-thanks-driver-fourth-floor", "Gloria Stephens <gloria.stephens@example.com>", "Thank you to Tuesday's driver", "general", "",
"""Dear all,

I'm 83 and live on the fourth floor and our lift has been broken for a
week. Your driver on Tuesday morning (I think his name was Kofi)
carried every single crate up the stairs for me and even put the
frozen things in my freezer because I can't bend well. He wouldn't hear
of a tip.

Please tell him how grateful I am. You have a gem there.

Gloria Stephens"""),
("en", "b70-leave-at-number-14", "Tara Quinn <tara.quinn@example.ie>", "Deliveries", "general", "",
"""Hi, from now on could the drivers leave anything that doesn't fit
through the door with my neighbour at number 14 (Mrs Byrne)? She's
always in. The side gate code is 2580 if she doesn't answer, just leave
it in the porch. Thanks a million, Tara"""),
("en", "b70-christmas-collection-times", "Ian Marsh <ian.marsh@example.co.uk>", "Christmas", "general", "",
"""What times is the butcher's counter open on the 23rd and 24th for
collecting Christmas orders? And are you open at all on Boxing Day?
Ian"""),
("en", "b70-change-email-after-wedding", "Emily Norris <emily.norris@example.com>", "New surname", "general", "",
"""Hello,

I got married last month so I'm now Emily Norris (was Emily Tate), and
I'd like my account email changed from emily.tate@example.com to this
one. I can't see where to change it myself in the profile page. Same
delivery address and everything else.

Thanks,
Emily"""),
("en", "b70-lost-scarf-market-hall", "Rosemary Ellis <rosemary.ellis@example.co.uk>", "Lost scarf", "general", "",
"""Hello. I think I left a green and gold silk scarf at your cheese counter
in the market hall on Saturday afternoon, when I was tasting the
Stilton. It belonged to my mother so it means a great deal. Has anyone
handed one in?

Rosemary Ellis"""),
("en", "b70-sar-purchase-history", "Daniel Frost <daniel.frost@example.com>", "Subject access request", "general", "",
"""Hello,

Under data protection law I'd like a copy of the personal data you
hold about me, including my purchase history from the loyalty scheme
and any profiling you do for offers. My account is under this email
address. Please let me know if you need ID.

Regards,
Daniel Frost"""),
("en", "b70-school-fete-hamper", "Lucy Pemberton <pta@stbarnabas-primary.example>", "Summer fete", "general", "",
"""Hello,

I'm on the PTA at St Barnabas Primary. Our summer fete is on Saturday 6
July and we're putting together a raffle. Would your farm shop be
willing to donate a small hamper or voucher? We'd put your logo on the
raffle posters and thank you in the newsletter that goes to 300
families.

Many thanks,
Lucy Pemberton
PTA Secretary"""),
("en", "b70-rennet-vegetarian-cheese", "Aarav Patel <aarav.patel@example.co.uk>", "Rennet", "general", "",
"""Hi, my mum is vegetarian and strict about rennet. Which of your hard
cheeses are made with vegetarian rennet? The labels on the website only
say "cow's milk". Especially interested in the aged cheddar and the
Red Leicester. Thanks!"""),
("en", "b70-no-refund-driver-attitude", "Pauline Reid <pauline.reid@example.co.uk>", "Saturday's delivery", "general", "",
"""Hello,

I'm not after a refund or anything off, the shopping itself was fine.
But the driver on Saturday morning was very rude. When I asked him to
bring the crates into the kitchen because of my back, he said that's
not his job, dumped them on the doormat and walked off muttering. My
granddaughter heard him swear.

I've been ordering with you for years and never had this before. I just
think someone should have a word with him.

Pauline Reid"""),
("en", "b70-sausage-rolls-lethal", "Josh Tennant <josh.tennant@example.com.au>", "your sausage rolls", "general", "",
"""Honestly those pork and fennel sausage rolls should come with a
warning. Absolutely lethal. Bought 4 for the footy on Sunday, ate 3 in
the car. I'm a dead man. Best in Brisbane, tell the bakers."""),
("en", "b70-cashier-shouted-manager", "Michelle Agyeman <michelle.agyeman@example.co.uk>", "Complaint about your Lewisham store", "general", "high",
"""To whoever is in charge,

On Sunday around 4pm at your Lewisham store a cashier shouted at my
14-year-old son in front of a queue of people, accusing him of trying
to use a stolen card. It was my card, I had sent him in with it for
milk and bread while I waited in the car, which I know he shouldn't
strictly do, but there was no need to humiliate him. He came back to the
car in tears.

I want the store manager or area manager to contact me personally. I
don't want a standard email back from customer services.

Michelle Agyeman
07700 900 884"""),
("en", "b70-oil-aisle-no-sign", "Robert Hanley <robert.hanley@example.co.uk>", "Aisle 7", "general", "high",
"""Hello,

At about 10am today in your Wrexham superstore there was a big spill of
cooking oil across aisle 7 from a broken bottle. No sign, no cones. I
saw an older gentleman go down on it - he was helped up and seemed OK
but it could easily have been much worse. When I left 20 minutes later
it still hadn't been cleaned up, just a trolley parked next to it.

Someone needs to look at how spills are dealt with there.

Robert Hanley"""),
("en", "b70-deleted-account-still-texts-ico", "Nadia Rahman <nadia.rahman@example.com>", "Deleted account - still being contacted", "general", "high",
"""Hello,

In February I asked you to close my account and delete my personal
data. You emailed on 19 February confirming it had been done. Since
then I have had five marketing texts from you to the same number, the
latest yesterday, addressed to me by name.

So either my data was not deleted or it was passed on somewhere else.
I'd like a proper explanation within 14 days, otherwise I'll be making
a complaint to the Information Commissioner's Office.

Nadia Rahman"""),
# ---------------- Greek ----------------
("el", "b70-gl-metakomizoume-kouti-laxanika", "Stella Karamanli <stella.karamanli@example.gr>", "kouti", "billing", "",
"""Kalhmera sas,
apo 1h tou mhna metakomizoume Thessalonikh logw douleias tou andra mou
kai apo oti eida den ftanete mexri ekei. Opote stamathste parakalw to
evdomadiaio kouti me ta laxanika apo to ktima kai mhn mou xrewsete thn
karta gia ton allo mhna. Htan ola yperoxa, krima pou fevgoume!
Stella"""),
("el", "b70-diplh-xreosi-souper-market", "Αντώνης Βλάχος <antonis.vlachos@example.gr>", "Παραγγελία 220145", "billing", "",
"""Καλησπέρα σας,

Για την παραγγελία 220145 της Πέμπτης (σύνολο 74,30€) βλέπω στην
κίνηση του λογαριασμού μου δύο χρεώσεις των 74,30€ με διαφορά δύο
λεπτών. Η παράδοση ήρθε μία φορά και όλα εντάξει. Μπορείτε να δείτε τι
έγινε και να μου επιστρέψετε τη δεύτερη;

Ευχαριστώ,
Αντώνης Βλάχος"""),
("el", "b70-timologio-taverna-afm", "Ταβέρνα Ο Πλάτανος <platanos.taverna@example.gr>", "ΤΙΜΟΛΟΓΙΟ", "billing", "",
"""Καλημερα σας,

Παιρνουμε κρεας απο το ηλεκτρονικο σας κρεοπωλειο για την ταβερνα
καθε εβδομαδα απο τον Μαρτιο και μας κοβετε αποδειξη λιανικης. Θελουμε
τιμολογιο για να περασει στα βιβλια. Στοιχεια: Πλατανος ΙΚΕ, ΑΦΜ
099999999, ΔΟΥ Λαμιας, Πλατεια Ελευθεριας 4, Λαμια. Γινεται και για
τις προηγουμενες παραγγελιες ή μονο απο δω και περα;

Ευχαριστω
Σπυρος Μαυρομματης"""),
("el", "b70-gl-skylaki-efyge-barf", "Dimitra Konstantinou <dimitra.konst@example.gr>", "Re: h syndromh sas", "billing", "",
"""Geia sas,
o Mpobos mas efyge thn Kyriakh, htan 14 xronwn. Den xreiazomaste pia
to mhniaio paketo me to wmo kreas gia skylous. Parakalw kleiste th
syndromh prin th nea xrewsh sths 5 tou mhna. Eyxaristoume gia ola ta
xronia, to latreue to fagito sas.
Dimhtra

> Agaphth pelatissa, h syndromh sas "BARF Medium 8kg" ananewnetai
> automata stis 5/6. Synolo: 46,00 eyrw."""),
("el", "b70-kouponi-10-den-afairethike", "Ελένη Σωτηροπούλου <eleni.sotiropoulou@example.gr>", "Κουπόνι", "billing", "",
"""Καλησπέρα,

Είχα κουπόνι 10€ για παραγγελίες άνω των 60€, το έβαλα στο καλάθι και
έγραφε "Το κουπόνι εφαρμόστηκε". Στο τέλος όμως χρεώθηκα το ολόκληρο
ποσό, 68,90€ αντί για 58,90€. Η απόδειξη που ήρθε με την παραγγελία
δεν έχει καμία έκπτωση. Μπορείτε να μου επιστρέψετε τα 10€;

Ελένη"""),
("el", "b70-pliromi-me-karta-stin-porta", "Σταύρος Νικολαΐδης <s.nikolaidis@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα. Η μητέρα μου δεν εμπιστεύεται να βάλει την κάρτα της στο
ίντερνετ. Αν κάνει παραγγελία από το ηλεκτρονικό σας σούπερ μάρκετ,
μπορεί να πληρώσει τον διανομέα με κάρτα στην πόρτα (POS) ή μόνο
μετρητά με αντικαταβολή; Υπάρχει επιπλέον χρέωση για την αντικαταβολή;
Σταύρος"""),
("el", "b70-re-akyrosi-syndromis-xreothika-xana", "Μαρία Παπαδάκη <maria.papadaki@example.gr>", "Re: Επιβεβαίωση ακύρωσης", "billing", "",
"""Καλησπέρα,

Παρά το παρακάτω μήνυμα, σήμερα χρεώθηκα πάλι 24,00€ για το καλάθι με
τα φρούτα. Μπορείτε να το επιστρέψετε και να βεβαιωθείτε ότι η
συνδρομή έχει όντως κλείσει;

Μαρία Παπαδάκη

Στις 3/4 η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητή κα Παπαδάκη,
>
> Σας επιβεβαιώνουμε ότι η συνδρομή σας "Καλάθι Φρούτων Εποχής" έχει
> ακυρωθεί και δεν θα υπάρξει καμία νέα χρέωση.
>
> Με εκτίμηση,
> Τμήμα Εξυπηρέτησης"""),
("el", "b70-gl-xristougenniatika-kalathia-doseis", "Nikos Alexiou <n.alexiou@techno-ergo.example>", "kalathia gia to proswpiko", "billing", "",
"""Kalhspera sas,
eimaste mia etaireia me 38 atoma kai theloume na paroume
xristougenniatika kalathia apo to delicatessen sas (to "Paradosiako"
sta 45 eyrw). Ginetai na plhrwsoume se 3 doseis me etairikh karta h
me trapezikh metafora me thn paradosh? Kai yparxei kapoia ekptwsh gia
posothta panw apo 30?
Ef, Nikos Alexiou
Techno-Ergo AE"""),
("el", "b70-pafsi-psomi-avgoustos-xorio", "Γεωργία Τσιρίγου <georgia.tsirigou@example.gr>", "Ψωμί Αύγουστο", "billing", "",
"""Καλημέρα σας!

Όλο τον Αύγουστο θα είμαστε στο χωριό στη Μάνη, οπότε σας παρακαλώ
σταματήστε προσωρινά τη συνδρομή για το προζυμένιο ψωμί (Τρίτη και
Παρασκευή) από 1 έως 31 Αυγούστου, να μη χρεωθώ. Από 1η Σεπτεμβρίου
ξανά κανονικά.

Καλό καλοκαίρι,
Γεωργία"""),
("el", "b70-dorean-metaforika-40", "Χρήστος Ραφαηλίδης <christos.rafailidis@example.gr>", "Μεταφορικα", "billing", "",
"""Καλησπερα,

Στο site γραφετε "Δωρεαν μεταφορικα για αγορες ανω των 40€". Η
παραγγελια μου απο το μπακαλικο χυμα ηταν 52,60€ και χρεωθηκα 3,90
μεταφορικα. Δεν ειχα κουπονι ή τιποτα αλλο. Μπορειτε να μου
επιστρεψετε τα 3,90;

Χρηστος"""),
("el", "b70-1plus1-tameio-perifereiakos", "Παναγιώτης Ζαχαρίου <p.zachariou@example.gr>", "Προσφορές που δεν ισχύουν στο ταμείο", "billing", "high",
"""Κύριοι,

Για τρίτη φορά μέσα στον μήνα, στο κατάστημά σας στην Καλαμαριά, η
ετικέτα στο ράφι γράφει "1+1 δώρο" (απορρυπαντικό πλυντηρίου και καφές
φίλτρου) και στο ταμείο χρεώνομαι και τα δύο. Αυτή τη φορά ήταν 23,80€
παραπάνω. Ο υπεύθυνος βάρδιας μου είπε "λάθος ετικέτα, τι να κάνουμε"
και αρνήθηκε να μου επιστρέψει τη διαφορά.

Θέλω πίσω τη διαφορά και θέλω να μιλήσω με τον περιφερειακό διευθυντή,
γιατί στο κατάστημα δεν βρίσκω άκρη. Τηλέφωνο 6977 000 215.

Παναγιώτης Ζαχαρίου"""),
("el", "b70-gl-tsoureki-pasxa-amfisvitisi", "Kostas Lamprou <kostas.lamprou@example.gr>", "PARAGGELIA 5512", "billing", "high",
"""Plhrwsa 62 eyrw sto telos tou Marth gia 3 tsourekia kai 2 kila
koulourakia gia paradosh M. Pempth. Den hr8e TIPOTA. Pairnw
thlefwno, kaneis den to shkwnei. Esteila 2 email, kamia apanthsh.
An mexri thn Paraskeuh den exw pisw ta lefta kanw amfisvhthsh
xrewshs sthn trapeza kai as ta vrei h trapeza me sas.
Kostas Lamprou"""),
("el", "b70-ladi-tenekes-epistrofi-synigoros", "Αικατερίνη Μουρατίδου <a.mouratidou@example.gr>", "Τενεκές λάδι - άρνηση επιστροφής", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 10 Νοεμβρίου παρέλαβα από το ηλεκτρονικό σας παντοπωλείο τενεκέ
5 λίτρων εξαιρετικά παρθένου ελαιολάδου (48,00€). Ο τενεκές ήταν
στραβωμένος στη μία γωνία και έτρεχε λάδι μέσα στο κουτί. Σας έστειλα
φωτογραφίες την ίδια μέρα και τον επέστρεψα με τον κούριερ που μου
στείλατε. Τώρα μου απαντάτε ότι "τα τρόφιμα δεν επιστρέφονται" και
ότι δεν δικαιούμαι τίποτα.

Το προϊόν ήρθε κατεστραμμένο, δεν το άνοιξα ποτέ. Αν τα 48,00€ δεν
επιστραφούν εντός δέκα ημερών θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Αικατερίνη Μουρατίδου"""),
("el", "b70-gl-epeigon-metaforika-nisi", "Aggeliki Fotiou <aggeliki.fotiou@example.gr>", "EPEIGON", "billing", "",
"""EPEIGON!!! posa einai ta metaforika gia Paro? 8elw na steilw 2 tyria
kai ena paketo loukanika sth giagia mou kai den leei pouthena sto
site. eyxaristw"""),
("el", "b70-gl-den-einai-xrewsh-app-kollaei", "Thanasis Mpakas <thanasis.mpakas@example.gr>", "efarmogh", "technical", "",
"""Geia sas,
na pw apo thn arxh oti den exw thema me xrewsh h plhrwmh, ola ok me
thn karta. To 8ema einai h efarmogh: molis pataw "Olokhrwsh
paraggelias" kollaei sto spinner kai meta apo 1 lepto me petaei
ekso sthn arxikh. To kalathi meinei gemato. To ekana 4 fores apo
xtes. Android, Xiaomi.
Thanashs"""),
("el", "b70-logariasmos-kleidothike", "Ευάγγελος Κυριακίδης <v.kyriakidis@example.gr>", "Κλειδωμένος λογαριασμός", "technical", "",
"""Καλησπέρα,

Μπήκα στην εφαρμογή σας για να κάνω τα ψώνια της εβδομάδας και, αφού
έβαλα τον κωδικό μου (σίγουρα σωστό, τον έχω σημειωμένο), μου έβγαλε
"Ο λογαριασμός σας κλειδώθηκε για λόγους ασφαλείας. Επικοινωνήστε με
την εξυπηρέτηση". Από το site το ίδιο. Μπορείτε να τον ξεκλειδώσετε;

Ευάγγελος Κυριακίδης"""),
("el", "b70-lista-agoron-exafanistike", "Σοφία Αργυρού <sofia.argyrou@example.gr>", "Η λίστα μου", "technical", "",
"""Καλησπερα,

Ειχα στον λογαριασμο μου αποθηκευμενη μια λιστα "Τα σταθερα" με 45
προιοντα που παραγγελνω καθε εβδομαδα. Απο τοτε που αλλαξε η εμφανιση
του site, η σελιδα "Οι λιστες μου" γραφει "Δεν εχετε αποθηκευμενες
λιστες". Τη βρισκετε καπου; Δεν εχω κουραγιο να τα ξαναψαξω ενα ενα.

Σοφια"""),
("el", "b70-zygaria-kouzinas-lathos", "Ανδρέας Μηλιώτης <andreas.miliotis@example.gr>", "Ζυγαριά κουζίνας", "technical", "",
"""Καλησπέρα σας,

Πήρα τη ψηφιακή ζυγαριά κουζίνας από την προσφορά του φυλλαδίου σας
πριν δύο εβδομάδες. Από χθες δείχνει λάθος βάρη: ένα πακέτο μακαρόνια
500γρ το δείχνει 730γρ, και όταν δεν έχει τίποτα πάνω ανεβοκατεβαίνει
μόνο του. Άλλαξα μπαταρίες, την έβαλα σε ίσιο πάγκο. Υπάρχει κάποια
ρύθμιση;

Ανδρέας"""),
("el", "b70-gl-karta-melous-mh-egkyrh", "Vicky Daskalaki <vicky.daskalaki@example.gr>", "karta melous", "technical", "",
"""kalhmera, prospathw na valw thn plastikh karta melous ston
logariasmo mou sto e-shop gia na mazevw pontous kai apo tis online
agores, alla otan grafw ton ari8mo (13 pshfia, apo pisw apo to
barcode) leei "Mh egkyros ari8mos kartas". Sto tameio sto katasthma
th diavazei kanonika. ti kanw la8os?"""),
("el", "b70-efarmogi-kleinei-iphone", "Ιωσήφ Κεχαγιάς <iosif.kechagias@example.gr>", "Δεν ανοίγει", "technical", "",
"""Καλημέρα,

Από τότε που ενημερώθηκε η εφαρμογή σας την Τρίτη, στο iPhone μου
ανοίγει, δείχνει για ένα δευτερόλεπτο το λογότυπο και κλείνει. Τίποτε
άλλο. Την έσβησα και την ξαναεγκατέστησα. Το κινητό είναι iPhone 8,
ίσως παλιό, αλλά μέχρι την προηγούμενη εβδομάδα δούλευε μια χαρά.

Ιωσήφ Κεχαγιάς"""),
("el", "b70-aftomatos-politis-galaktos", "Ειρήνη Λαζαρίδου <eirini.lazaridou@example.gr>", "Μηχάνημα γάλακτος στη Νέα Σμύρνη", "technical", "",
"""Καλησπέρα,

Το μηχάνημα με το φρέσκο γάλα της φάρμας σας, έξω από το μανάβικο στη
Νέα Σμύρνη, τρεις μέρες τώρα γράφει "Εκτός λειτουργίας - Σφάλμα 12"
στην οθόνη. Πάμε κάθε μέρα με τα μπουκάλια μας και γυρίζουμε άπρακτοι.
Ξέρετε πότε θα φτιαχτεί;

Ειρήνη"""),
("el", "b70-gl-eidopoihseis-3-to-prwi", "Lefteris Gkikas <lefteris.gkikas@example.gr>", "eidopoihseis", "technical", "",
"""Kalhspera, edw kai 1 evdomada h efarmogh mou stelnei thn idia
eidopoihsh "H paraggelia sou paradothhke!" 5-6 fores th mera, kai
merikes fores stis 3 to prwi, gia mia paraggelia pou phra thn
perasmenh Deytera. Ksypnaei kai to mwro. Tis exw kleisei gia na
hsyxasw alla etsi den vlepw kai tis kanonikes. Mporeite na to
ftiaksete?"""),
("el", "b70-giagia-grammata-mikra-lefki-selida", "Βασιλική Στεφανίδου <vasiliki.stefanidou@example.gr>", "Η εφαρμογή", "technical", "",
"""Αγαπητοί κύριοι,

Είμαι 79 ετών και ο εγγονός μου μου έβαλε την εφαρμογή σας στο κινητό
για να παραγγέλνω τα ψώνια μου. Μέχρι την περασμένη εβδομάδα τα
κατάφερνα. Από τότε που έγινε κάποια "ενημέρωση" η οθόνη μένει λευκή
όταν πατάω τις "Προσφορές της εβδομάδας" και δεν βλέπω τίποτα. Ο
εγγονός μου είναι στο εξωτερικό. Τι να κάνω;

Με εκτίμηση,
Βασιλική Στεφανίδου"""),
("el", "b70-vrastiras-spithes", "Μιχάλης Αναστασίου <michalis.anastasiou@example.gr>", "Βραστήρας", "technical", "high",
"""Καλησπέρα σας,

Τον βραστήρα τον πήρα από το ηλεκτρονικό σας σούπερ μάρκετ τον
Ιανουάριο. Σήμερα το πρωί, όταν τον έβαλα στη βάση του, είδα μικρές
σπίθες ανάμεσα στον βραστήρα και τη βάση και ακούστηκε ένα τρίξιμο.
Τον έβγαλα αμέσως από την πρίζα. Η βάση έχει ένα μαυρισμένο σημάδι στις
επαφές. Δεν θα τον ξαναχρησιμοποιήσω, απλώς σας ενημερώνω.

Μιχάλης Αναστασίου"""),
("el", "b70-fournos-kafe-xondriki-avrio", "Φούρνος-Καφέ Ευδοκία <info@evdokia-bakery.example>", "Αυριανή παραγγελία", "technical", "high",
"""Καλησπέρα,

Από τις 3 το μεσημέρι προσπαθούμε να περάσουμε την αυριανή παραγγελία
στην πλατφόρμα χονδρικής σας (αλεύρι, βούτυρο, γάλα) και κάθε φορά που
πατάμε "Υποβολή" βγάζει "Προέκυψε σφάλμα". Δοκιμάσαμε από κινητό και
υπολογιστή. Το τηλέφωνο παραγγελιών χτυπάει και δεν σηκώνει κανείς.

Ξεκινάμε ζύμωμα στις 4 τα ξημερώματα και αν δεν έρθει η παραγγελία με
το πρωινό δρομολόγιο, αύριο δεν έχουμε τι να ψήσουμε για τα τρία μας
καταστήματα. Παρακαλούμε πάρτε μας στο 2310 960 552.

Ευδοκία Σαμαρά"""),
("el", "b70-gl-tyropwleio-marketplace-ektos-apo8ematos", "Tyrokomeio Psiloritis <psiloritis.tyria@example.gr>", "Savvato", "technical", "high",
"""Kalhmera sas,
eimaste to tyrokomeio Psiloritis, poulame mesa apo to marketplace sas.
Apo tis 7 to prwi OLA ta proionta mas sto site deixnoun "Ektos
apo8ematos", enw sto panel mas exoun kanonika stoxeia (graviera,
anthotyro, malaka, ola). Savvato einai h kalyterh mas mera, kanonika
exoume 50-60 paraggelies ws to meshmeri, shmera 0. Exoume kai 200
kila frescou anthotyrou pou den krataei. Kaname logout/login, alla3ame
to stoxeio me to xeri, tipota.
Pareste mas sto 28340 00 512.
Manolhs Xairetakhs"""),
("el", "b70-gkazaki-myrizei-gkazi", "Νεκτάριος Βουλγαράκης <nektarios.voulgarakis@example.gr>", "Γκαζάκι κάμπινγκ", "technical", "high",
"""Καλημέρα σας,

Πήραμε από εσάς το φορητό γκαζάκι κάμπινγκ με τις φιάλες τον Ιούνιο.
Χθες στη βεράντα, με κλειστό το κουμπί, μύριζε έντονα γκάζι γύρω από
το σημείο που κουμπώνει η φιάλη και ακουγόταν ένα ελαφρύ σφύριγμα.
Βγάλαμε τη φιάλη και το αφήσαμε έξω, μακριά από το σπίτι. Δεν το
ξαναχρησιμοποιούμε. Πείτε μας τι να κάνουμε με αυτό.

Νεκτάριος Βουλγαράκης"""),
("el", "b70-efxaristo-tyrokomo-gamos", "Ζωή Καλογεράκη <zoi.kalogeraki@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον κ. Στέλιο από το τυροπωλείο σας στα Χανιά. Μας
βοήθησε με απίστευτη υπομονή να διαλέξουμε τυριά για το τραπέζι του
γάμου μας για 120 άτομα, μας έδωσε να δοκιμάσουμε τα πάντα και μας
είπε ακριβώς πόσο να πάρουμε. Όλοι οι καλεσμένοι ρωτούσαν από πού είναι
η γραβιέρα!

Με αγάπη,
Ζωή και Μανώλης"""),
("el", "b70-gl-afhste-sto-periptero", "Panos Theodorou <panos.theodorou@example.gr>", "paradoseis", "general", "",
"""Geia sas, mporoun oi dianomeis otan den eimai spiti na afhnoun th
paraggelia ston kyrio Stratho sto periptero sth gwnia (Ypsilantou kai
Dimokritou)? Ton exw enhmerwsei. To koudouni mou einai "Theodorou 3os"
an eimai mesa. Eyxaristw polu"""),
("el", "b70-orario-15-avgoustou", "Ρένα Χριστοδούλου <rena.christodoulou@example.gr>", "Δεκαπενταύγουστος", "general", "",
"""Καλημέρα, το κατάστημα στη Ναύπακτο θα είναι ανοιχτό στις 15
Αυγούστου; Και το delivery λειτουργεί εκείνη τη μέρα;
Ευχαριστώ, Ρένα"""),
("el", "b70-allagi-diefthynsis-tilefonou", "Γιώργος Μπαλτάς <g.baltas@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα σας,

Μετακομισαμε μεσα στην ιδια πολη. Νεα διευθυνση: Κολοκοτρωνη 28, 2ος
οροφος, 26221 Πατρα. Και καινουριο κινητο 6945 000 318. Παρακαλω
αλλαξτε τα στον λογαριασμο μου γιατι απο το προφιλ δεν με αφηνει να
αλλαξω το τηλεφωνο.

Γιωργος Μπαλτας"""),
("el", "b70-gl-ksexasa-omprela", "Marianna Dede <marianna.dede@example.gr>", "omprela", "general", "",
"""Kalhmera! Nomizw oti ksexasa mia mavrh omprela me ksylinh lavh sto
psygeio me ta tyria sto katasthma sas sto Marousi, thn Triti to
apogeuma. An thn vrhkate kratiste mou th parakalw, perasw to
Savvato. Marianna"""),
("el", "b70-feta-pop-provio", "Θεοδώρα Λιάπη <theodora.liapi@example.gr>", "Φέτα", "general", "",
"""Γεια σας,

Η φέτα που πουλάτε στο ηλεκτρονικό σας τυροπωλείο "Φέτα Ηπείρου" είναι
ΠΟΠ και τι αναλογία έχει πρόβειο και κατσικίσιο γάλα; Επίσης είναι από
παστεριωμένο γάλα; Είμαι έγκυος και ο γιατρός μου είπε να προσέχω.

Ευχαριστώ,
Θεοδώρα"""),
("el", "b70-xorigia-paidiki-omada", "Α.Ο. Αστέρας Ρέντη - Ακαδημίες <akadimies@asteras-renti.example>", "Χορηγία εμφανίσεων", "general", "",
"""Αξιότιμοι κύριοι,

Είμαστε οι ακαδημίες ποδοσφαίρου του Αστέρα Ρέντη με 90 παιδιά 6-12
ετών. Για τη νέα περίοδο ψάχνουμε χορηγό για τις εμφανίσεις των
μικρών ομάδων και σκεφτήκαμε το σούπερ μάρκετ σας, που είναι δίπλα
στο γήπεδο και το ξέρουν όλοι οι γονείς. Θα θέλατε να συζητήσουμε;

Με εκτίμηση,
Σωτήρης Πανάγου
Υπεύθυνος Ακαδημιών"""),
("el", "b70-gl-den-thelw-lefta-dianomeas", "Rania Xatzidaki <rania.xatzidaki@example.gr>", "o dianomeas", "general", "",
"""Kalhspera,
den zhtaw epistrofh xrhmatwn oute tipota, ta pragmata hr8an ola
kala. Alla o dianomeas thn Tetarth to vrady kapnize mesa sthn
eisodo ths polykatoikias, petakse to tsigaro sto skalopati kai otan
tou eipa kati mou apanthse "ti se noiazei kyra mou". Den ginetai
auto. Apla na to kserete kai na tou milhsete.
Rania"""),
("el", "b70-gl-koulourakia-narkwtiko", "Alexis Mavridis <alexis.mavridis@example.gr>", "ta koulourakia sas", "general", "",
"""Ta portokalokoulourakia sas einai NARKWTIKO. Phra ena kouti gia to
grafeio to prwi kai ws tis 11 eixe eksafanistei, egine sfagh. Eimaste
oloi ekso apo ta ruxa mas. Sygxarhthria ston fourno, synexiste etsi!"""),
("el", "b70-gefsignosia-tyrion-symmetoxi", "Άρης Κουτσογιάννης <aris.koutsogiannis@example.gr>", "Βραδιά γευσιγνωσίας", "general", "",
"""Καλησπέρα,

Είδα στο Instagram ότι κάνετε βραδιά γευσιγνωσίας κρητικών τυριών με
κρασί στις 18 Οκτωβρίου στο κατάστημα του Κουκακίου. Πώς δηλώνουμε
συμμετοχή; Θα θέλαμε να έρθουμε τρία άτομα.

Άρης"""),
("el", "b70-tamias-symperifora-diefthyntis", "Ολυμπία Γεωργιάδου <olympia.georgiadou@example.gr>", "Παράπονο για το κατάστημα Περιστερίου", "general", "high",
"""Προς τη Διεύθυνση,

Το Σάββατο το πρωί στο κατάστημά σας στο Περιστέρι ο πατέρας μου, 84
ετών, άργησε λίγο να βρει τα κέρματα στο ταμείο. Η ταμίας του είπε
δυνατά μπροστά σε όλη την ουρά "άντε παππού, δεν έχουμε όλη μέρα" και
άρχισε να περνάει τα πράγματα του επόμενου πελάτη πάνω στα δικά του.
Ο πατέρας μου γύρισε σπίτι ταραγμένος και ντροπιασμένος.

Ζητώ να επικοινωνήσει μαζί μου προσωπικά ο διευθυντής του
καταστήματος, όχι ένα τυποποιημένο email. Τηλέφωνο 6932 000 640.

Ολυμπία Γεωργιάδου"""),
("el", "b70-spasmena-vaza-diadromos-paidia", "Στέφανος Ρήγας <stefanos.rigas@example.gr>", "Σπασμένα γυαλιά στον διάδρομο", "general", "high",
"""Καλησπέρα σας,

Σήμερα γύρω στις 6 το απόγευμα στο κατάστημά σας στη Λάρισα, στον
διάδρομο με τα τουρσιά, υπήρχαν σπασμένα γυάλινα βάζα σκορπισμένα σε
όλο το πάτωμα και ξίδι παντού. Κανένα σήμα, κανένας υπάλληλος. Μια
μητέρα με παιδάκι ξυπόλητο μέσα στο καρότσι και ένα άλλο παιδί που
έτρεχε πέρασαν ξυστά. Όταν το είπα στο ταμείο, μου είπαν "θα έρθει
κάποιος". Όταν έφυγα, μισή ώρα μετά, ήταν ακόμα εκεί.

Κάποιος θα κοπεί σοβαρά.

Στέφανος Ρήγας"""),
("el", "b70-katigoria-kleftis-dikigoros", "Δανάη Φραγκούλη <danai.fragkouli@example.gr>", "Το περιστατικό της Πέμπτης στο Χαλάνδρι", "general", "high",
"""Κύριοι,

Την Πέμπτη το απόγευμα, βγαίνοντας από το κατάστημά σας στο Χαλάνδρι
με την απόδειξη στο χέρι, με σταμάτησε ο υπάλληλος ασφαλείας και μου
ζήτησε να αδειάσω την τσάντα μου στον πάγκο μπροστά σε όλους τους
πελάτες, λέγοντας δυνατά ότι "κάποιος σε είδε να βάζεις κάτι μέσα".
Δεν βρέθηκε τίποτα, φυσικά. Ούτε συγγνώμη δεν ζήτησε.

Έχω ήδη μιλήσει με τη δικηγόρο μου, η οποία θα σας αποστείλει
εξώδικο. Αν θέλετε να το συζητήσουμε πριν από αυτό, μπορεί να με
καλέσει κάποιος υπεύθυνος στο 6944 000 582.

Δανάη Φραγκούλη"""),
# ---------------- Spanish ----------------
("es", "b70-cargo-verificacion-un-euro", "Inmaculada Ferrer <inma.ferrer@example.es>", "Cargo de 1 €", "billing", "",
"""Buenas tardes:

Ayer cambié la tarjeta guardada en mi cuenta del supermercado online
porque el banco me mandó una nueva, y al momento me ha aparecido un
cargo de 1,00 € vuestro que no corresponde a ningún pedido. ¿Es normal?
¿Se devuelve solo o tengo que pedirlo?

Un saludo,
Inma Ferrer
Valencia"""),
("es", "b70-mx-mama-se-fue-monterrey-canasta", "Guadalupe Ríos <lupita.rios@example.com.mx>", "Canasta de mi mamá", "billing", "",
"""Hola buenas tardes,

Yo le pagaba a mi mamá la canasta de frutas y verduras de cada semana
con mi tarjeta. Ella ya se fue a vivir con mi hermana a Monterrey y allá
no tienen entrega, entonces ya no vamos a ocupar la canasta. Me la
pueden dar de baja por favor para que ya no me cobren los 489 pesos del
próximo lunes?

Muchas gracias por todo, siempre llegó todo bien fresquito.
Lupita Ríos"""),
("es", "b70-ar-cuotas-mercado-pago", "Martín Giordano <martin.giordano@example.com.ar>", "Consulta", "billing", "",
"""Hola, ¿qué tal? Quiero armar un pedido grande de la fiambrería para el
cumple de mi viejo (jamón crudo, quesos, salame, unos 95.000 pesos).
¿Se puede pagar en cuotas sin interés con tarjeta o solo en un pago? ¿Y
aceptan Mercado Pago o transferencia?

Gracias, Martín"""),
("es", "b70-subida-precio-caja-sin-aviso", "Begoña Suárez <begona.suarez@example.es>", "Precio de la caja", "billing", "",
"""Hola,

Llevo un año con la caja quincenal de fruta y verdura de la huerta y
siempre me habeis cobrado 29,90. Este mes me han pasado 34,90 y no me
ha llegado ningun aviso de subida de precio, ni por correo ni en la
web. Es un error o es el precio nuevo? Si es el nuevo, me hubiera
gustado saberlo antes para decidir.

Gracias
Begoña"""),
("es", "b70-co-pausar-pan-viaje", "Valentina Ospina <valentina.ospina@example.com.co>", "Pausa suscripción", "billing", "",
"""Hola, buen día.

Me voy de viaje a Cartagena del 10 al 28 de julio. ¿Me pueden pausar la
suscripción de pan de masa madre y almojábanas de los sábados durante
esas semanas? No quiero que me cobren los 64.000 pesos de esos envíos
si no voy a estar. Retomamos el sábado 3 de agosto.

Muchas gracias,
Valentina"""),
("es", "b70-vegetarianos-caja-carne", "Jordi Puig <jordi.puig@example.es>", "La caixa de carn", "billing", "",
"""Hola!

En casa nos hemos hecho vegetarianos (mi hija nos ha convencido a
todos, jaja), así que la caja mensual de carne de ternera y cerdo ya no
tiene sentido. Dadla de baja antes del próximo cargo del día 15 por
favor. Si algún día volvemos al lado oscuro ya os escribiré.

Salut,
Jordi"""),
("es", "b70-cl-envases-retornables-deposito", "Camila Fuentes <camila.fuentes@example.cl>", "Envases", "billing", "",
"""Hola! Tengo como 12 frascos de vidrio y 5 botellas de leche de la
tienda a granel de Ñuñoa, y pagué la garantía de todos (creo que 500
pesos el frasco y 1.000 la botella). Si los llevo, ¿me devuelven la
plata en efectivo o queda como saldo en mi cuenta? ¿O se los puedo pasar
al repartidor?

Gracias!! Cami"""),
("es", "b70-re-abono-queso-roto", "Eduardo Sanz <eduardo.sanz@example.es>", "Re: Incidencia 4471", "billing", "",
"""Buenos días:

Han pasado ya tres semanas desde este correo y el abono sigue sin
aparecer en mi cuenta. ¿Pueden comprobarlo, por favor?

Eduardo Sanz

El 2 de mayo, Atención al Cliente <clientes@example-queseria.es> escribió:
> Estimado Sr. Sanz:
>
> Lamentamos que la cuña de Idiazábal de su pedido llegara con el
> envase roto. Hemos tramitado el abono de 18,90 € a la tarjeta con la
> que realizó el pago, que verá reflejado en un plazo de 5 a 10 días.
>
> Un saludo,
> Nerea"""),
("es", "b70-mx-cambio-caja-chica", "Alejandro Cervantes <alejandro.cervantes@example.com.mx>", "Cambio de caja", "billing", "",
"""Buenas,

Mi hija se fue a estudiar a Guadalajara y ya somos nomás dos en la casa.
La caja familiar de verduras orgánicas se nos echa a perder a media
semana. ¿Me pueden cambiar a la caja chica a partir del siguiente cobro?
Creo que la chica sale en 399 en lugar de 649.

Saludos,
Alejandro Cervantes"""),
("es", "b70-ar-descuento-jubilados-miercoles", "Norma Benítez <norma.benitez@example.com.ar>", "Descuento de los miercoles", "billing", "",
"""Señores:

Soy jubilada y los miércoles tienen ustedes el 15% de descuento para
jubilados en el supermercado online. Hice la compra ayer miércoles con
mi credencial cargada en el perfil y no me hicieron el descuento, me
cobraron los 58.300 pesos completos. Les pido que me devuelvan la
diferencia.

Atentamente,
Norma Benítez"""),
("es", "b70-jamon-cebo-por-bellota-encargado", "Francisco Javier Molina <fjmolina@example.es>", "Jamón - no es lo que pagué", "billing", "high",
"""Buenas tardes,

Encargué en su charcutería online una paleta ibérica de bellota 100%
(precinto negro) por 189 € para regalar a mi suegro. Me ha llegado con
precinto blanco, es decir, de cebo, que en su propia web cuesta 79 €.
Tengo fotos del precinto y de la etiqueta.

Llamé y me dijeron que "es un error del almacén" y que como mucho me
hacen un 10% en el próximo pedido. No lo acepto. Quiero que me devuelvan
la diferencia y quiero que me llame el encargado o el dueño, no la
centralita. Mi teléfono es 600 000 417.

Francisco Javier Molina"""),
("es", "b70-mx-membresia-plus-contracargo", "Daniela Herrera <daniela.herrera@example.com.mx>", "COBRO QUE NO RECONOZCO", "billing", "high",
"""Me acaban de cobrar 1,199 pesos por una "Membresía Plus anual" de su
súper en línea que yo NUNCA contraté. Yo solo hice una compra normal la
semana pasada. Revisé mi cuenta y ni siquiera me aparece la opción
para cancelarla.

Ya les escribí por el chat y me dijeron que "se activó con mi compra".
Si para el viernes no tengo de regreso mi dinero, voy a pedir un
contracargo al banco y que ellos se arreglen con ustedes.

Daniela Herrera"""),
("es", "b70-gastos-gestion-ocultos-consumo", "María del Carmen Ortega <mcarmen.ortega@example.es>", "Gastos de gestión", "billing", "high",
"""Muy señores míos:

Revisando mis extractos he visto que en cada uno de mis últimos once
pedidos del supermercado online me han cobrado 1,95 € de "gastos de
gestión", aparte del envío. En ningún momento del proceso de compra
aparece ese concepto; solo se ve en la factura que llega después.

Les pido la devolución de los 21,45 € cobrados por ese concepto. Si no
tengo respuesta en diez días, presentaré una reclamación ante la OMIC
de mi ayuntamiento y ante Consumo de la Junta.

Atentamente,
M.ª del Carmen Ortega"""),
("es", "b70-ar-urgente-envio-tigre", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "URGENTE", "billing", "",
"""URGENTE!! cuanto sale el envio a Tigre? quiero mandarle una picada a
mis viejos el sabado y en la web no dice nada del costo de envio fuera
de capital. gracias"""),
("es", "b70-no-quiero-cancelar-cambio-dia-error", "Lorena Castillo <lorena.castillo@example.es>", "Día de entrega", "technical", "",
"""Hola:

Que quede claro que no quiero cancelar la suscripción ni nada, estoy
encantada con la caja. Solo quiero pasar la entrega del martes al
jueves, y la web no me deja: en "Mi suscripción" le doy a "Cambiar día",
elijo el jueves, pulso "Guardar" y sale "Error 500 - Algo ha fallado".
Lo he intentado desde el ordenador y desde el móvil, varios días.

Lorena"""),
("es", "b70-mx-contrasena-incorrecta", "Ricardo Salazar <ricardo.salazar@example.com.mx>", "no puedo entrar", "technical", "",
"""buenas noches, desde ayer no puedo entrar a mi cuenta en la app del
super, me dice "contraseña incorrecta" aunque la cambié hace 10 minutos
con el link que me llegó al correo. ya lo hice dos veces. en la
computadora tampoco entra. que hago?"""),
("es", "b70-co-app-cierra-sesion", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "La app me saca", "technical", "",
"""Buenas tardes,

Cada vez que abro la app de la tienda de barrio me toca volver a
iniciar sesión, aunque marque "Recordarme". Y si la dejo un momento
para buscar el código del conjunto, al volver ya me sacó y se me borra
el carrito. Antes no pasaba. Tengo un Motorola con Android 13.

Mil gracias,
Andrés Felipe"""),
("es", "b70-carrito-no-carga-firefox", "Pablo Iglesias Rey <pablo.iglesiasrey@example.es>", "Carrito", "technical", "",
"""Buenas,

Desde el lunes, cuando entro en la web del supermercado con Firefox y
pulso en el carrito, se queda cargando sin fin y no se ve nada. Ya he
borrado cookies y cache. Con Chrome va bien, pero no me gusta usarlo.
Es cosa vuestra o mia?

Pablo"""),
("es", "b70-ar-app-almacen-direccion", "Sofía Paz <sofia.paz@example.com.ar>", "No me toma la direccion", "technical", "",
"""Hola chicos, la app del almacén no me toma la dirección. Pongo "Av.
Corrientes 4521, 3° B" y me dice "Dirección fuera de zona", pero el
almacén está a cuatro cuadras! Antes me andaba. Probé poner el pin en
el mapa a mano y tampoco. Saludos, Sofi"""),
("es", "b70-cl-casillero-qr-no-abre", "Ignacio Vergara <ignacio.vergara@example.cl>", "Casillero", "technical", "",
"""Hola, ayer fui a retirar mi pedido al casillero del local de Las
Condes y el lector no reconoce el código QR del correo. Lo intenté con
el brillo al máximo, desde el correo y desde la app. La pantalla dice
"Código no válido". Tuve que irme sin el pedido. ¿Qué hago?
Saludos."""),
("es", "b70-yogurtera-no-calienta", "Rosario Navarro <rosario.navarro@example.es>", "Yogurtera", "technical", "",
"""Buenos días:

Compré la yogurtera en su supermercado online en la oferta de enero.
Hasta ahora hacía unos yogures estupendos, pero desde la semana pasada
la enciendo, se ilumina la luz, y a las ocho horas la leche está fría
como la puse. No calienta nada. He probado en otro enchufe.

Un saludo,
Rosario Navarro"""),
("es", "b70-mx-favoritos-borrados", "Fernanda Luna <fernanda.luna@example.com.mx>", "mis favoritos", "technical", "",
"""Hola, desde que actualicé la app se me borraron todos los productos de
"Mis favoritos". Tenía como 60 guardados, era lo que usaba para hacer el
súper cada semana y ahora dice "Aún no tienes favoritos". En la compu
tampoco aparecen. ¿Se pueden recuperar?"""),
("es", "b70-abuelo-web-no-acepta-ibanez", "Manuel Ibáñez Ortuño <manuel.ibanez@example.es>", "Mi apellido", "technical", "",
"""Muy señores míos:

Tengo 78 años y estoy intentando darme de alta en su página para que
me traigan la compra a casa. Cuando pongo mi apellido, Ibáñez, me sale
en rojo "El campo contiene caracteres no válidos" y no me deja seguir.
Sin la eñe y sin el acento tampoco me deja, dice que no coincide con la
tarjeta. Mi hija dice que es cosa de la página.

Atentamente,
Manuel Ibáñez"""),
("es", "b70-powerbank-regalo-hinchado", "Raúl Domínguez <raul.dominguez@example.es>", "Batería externa del pedido", "technical", "high",
"""Hola,

Con mi pedido de marzo venía de regalo una batería externa con el logo
de su supermercado. Esta noche la tenía cargando en la mesilla y al
cogerla estaba muy caliente y abombada, como hinchada por el medio. La
he desenchufado y la he dejado en la terraza sobre una baldosa, lejos
de todo. No ha salido humo. Supongo que habrá más clientes con la
misma, por eso aviso.

Raúl Domínguez"""),
("es", "b70-ar-parrilla-pedido-mayorista", "Parrilla Don Tito <compras@parrilladontito.example>", "Pedido de mañana", "technical", "high",
"""Buenas tardes,

Desde las 14 hs estamos intentando cargar el pedido mayorista de mañana
en su portal (vacío, entraña, chorizos, mollejas) y cada vez que
apretamos "Confirmar" sale "Error inesperado". Probamos desde la compu
y el celular. El teléfono de mayoristas suena y no atiende nadie.

Mañana sábado tenemos 80 cubiertos reservados al mediodía y la cámara
está vacía. Si el pedido no sale en el reparto de la mañana no tenemos
qué servir. Por favor llamen al 11 5000-4417.

Héctor Rossi
Parrilla Don Tito"""),
("es", "b70-mx-carniceria-bascula-etiquetadora", "Carnicería Hermanos Solís <carniceria.solis@example.com.mx>", "no podemos vender", "technical", "high",
"""Buenos días,

Somos la Carnicería Hermanos Solís en Puebla. Desde que abrimos a las 8
la báscula etiquetadora que ustedes nos instalaron con su sistema dice
"Error de sincronización" y no pesa ni imprime etiquetas. Los precios
están todos en su sistema, así que no podemos cobrar nada por kilo.

Es sábado, tenemos la fila hasta la calle, la gente se está yendo con
la competencia y los pedidos para fiestas de hoy en la tarde están
parados. Ya la apagamos y prendimos dos veces.

Por favor llamen al 222 000 3148.
Rubén Solís"""),
("es", "b70-co-freidora-humo-negro", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Freidora de aire", "technical", "high",
"""Buenas tardes,

Compré la freidora de aire en su tienda virtual hace dos meses. Hoy,
haciendo unas papas, empezó a salir humo negro por la parte de atrás,
de donde está el ventilador, y olía a cable quemado. La desconecté y la
dejé en el patio. Las papas ni siquiera estaban cerca de la resistencia.
No la voy a volver a usar; les aviso por si pasa con otras.

Juliana Restrepo
Medellín"""),
("es", "b70-gracias-pan-sin-gluten-celiaca", "Pilar Aranda <pilar.aranda@example.es>", "Gracias de corazón", "general", "",
"""Buenas tardes:

Mi hija Lucía tiene siete años y es celíaca. Para la merienda de fin de
curso del colegio, las chicas del obrador de la calle Sagasta me
prepararon sin cobrarme nada de más una bandeja de bollos sin gluten
igualitos a los de los demás niños, con todo el cuidado del mundo.
Por primera vez mi hija comió lo mismo que sus compañeros y volvió a
casa radiante.

Díganselo de mi parte, por favor. Gente así da gusto.

Pilar Aranda"""),
("es", "b70-ar-dejar-con-portero", "Florencia Acosta <flor.acosta@example.com.ar>", "Entregas", "general", "",
"""Hola! De ahora en más, si no estoy, ¿pueden dejarle el pedido al
portero del edificio (se llama Ramón, está de 8 a 16)? Ya le avisé.
Después de las 16 toquen el timbre 7°C por el portero eléctrico.
Gracias!!"""),
("es", "b70-mx-horario-16-septiembre", "Héctor Villanueva <hector.villanueva@example.com.mx>", "16 de septiembre", "general", "",
"""Buen día, ¿la sucursal de Coyoacán abre el 16 de septiembre? ¿Y hasta
qué hora? ¿Hay entregas a domicilio ese día?
Gracias"""),
("es", "b70-cuenta-a-nombre-de-hija", "Remedios Vidal <remedios.vidal@example.es>", "La cuenta", "general", "",
"""Buenos días,

La cuenta de la compra online está a mi nombre desde hace años, pero ya
quien hace los pedidos es mi hija Elena, que vive conmigo. ¿Se puede
poner la cuenta a su nombre y con su correo, elena.vidal@example.es,
sin perder el historial ni los puntos? La dirección es la misma.

Gracias,
Remedios Vidal"""),
("es", "b70-cl-lentes-olvidados-caja", "Rodrigo Muñoz <rodrigo.munoz@example.cl>", "Lentes", "general", "",
"""Hola, buenas. Creo que el domingo en la tarde dejé unos lentes de
lectura con marco café en la caja 4 del local de Providencia. Tienen
un estuche azul. Si alguien los entregó, ¿me los pueden guardar? Paso
el miércoles. Gracias."""),
("es", "b70-co-huevos-gallinas-libres", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "Pregunta huevos", "general", "",
"""Hola, buenas. Quería preguntar de qué granja vienen los huevos
"campesinos" que venden en la canasta de mercado. ¿Son de gallinas
libres de jaula de verdad, con pastoreo? ¿Tienen alguna certificación?
Es que en el paquete solo dice "huevo AA rojo".

Gracias, Natalia"""),
("es", "b70-concurso-paellas-fiestas-barrio", "AVV Barrio del Carmen <fiestas@avv-carmen.example>", "Fiestas del barrio", "general", "",
"""Hola,

Somos la Asociación de Vecinos del Barrio del Carmen. El 14 de
septiembre hacemos el tradicional concurso de paellas de las fiestas y
este año nos gustaría que el supermercado de la plaza colaborara, por
ejemplo con el arroz o con un lote para el ganador. Saldríais en el
cartel y en el programa de fiestas.

¿Con quién podemos hablar?

Un abrazo,
Vicent Ferrando
Comisión de fiestas"""),
("es", "b70-no-quiero-reembolso-repartidor-grito", "Susana Márquez <susana.marquez@example.es>", "Repartidor del sábado", "general", "",
"""Hola,

No os pido que me devolváis nada, la compra llegó bien. Pero el
repartidor del sábado por la mañana me gritó en el portal porque tardé
un par de minutos en bajar (estaba con el bebé), dejó las cajas en el
suelo de la calle y se fue diciendo "la próxima vez os las dejo
tiradas". No es forma de tratar a nadie.

Sólo quiero que lo sepáis y que habléis con él.

Susana"""),
("es", "b70-mx-conchas-para-morirse", "Paola Guzmán <paola.guzman@example.com.mx>", "las conchas!!!", "general", "",
"""Neta las conchas de vainilla de la panadería de la Roma están para
morirse. Compré seis para la oficina y me mataron, no quedó ni una
migaja. Mis compañeros ya me odian porque ahora todos quieren. Felicidades
a los panaderos!!"""),
("es", "b70-ar-taller-pan-ninos", "Gonzalo Medina <gonzalo.medina@example.com.ar>", "Taller", "general", "",
"""Hola, vi que en vacaciones de invierno hacen un taller de pan para
chicos en la panadería de Villa Crespo. ¿Desde qué edad pueden ir? Mi
hija tiene 6. ¿Y los padres se quedan o los dejamos?

Saludos, Gonza"""),
("es", "b70-perro-guia-no-dejan-entrar-gerente", "Antonio Jiménez Ruiz <antonio.jimenezruiz@example.es>", "Queja - tienda de Triana", "general", "high",
"""A la atención de la dirección:

Soy ciego y voy siempre con mi perra guía, Luna, que lleva su arnés y
su distintivo oficial. El lunes por la mañana, en su tienda de Triana,
un empleado me cortó el paso en la entrada y me dijo que "aquí no
entran perros", delante de todo el mundo, aunque le expliqué que es
perra guía y que la ley me ampara. Tuve que irme sin hacer la compra.

Exijo que se ponga en contacto conmigo personalmente el director de la
tienda o alguien de la dirección. No quiero una respuesta de plantilla.
Teléfono 655 000 193.

Antonio Jiménez Ruiz"""),
("es", "b70-mx-tobogan-zona-infantil-borde", "Karla Mendoza <karla.mendoza@example.com.mx>", "Zona de juegos", "general", "high",
"""Buenas tardes,

Hoy en la zona de juegos para niños de su sucursal de Polanco, la del
lado de las cajas, el tobogán tiene una pieza de plástico rota en la
bajada con una orilla filosa. Mi niño de 4 años se cortó la pierna al
bajar, nada grave gracias a Dios, pero sangró bastante. Había otros
niños jugando ahí mismo. Le avisé a un empleado y solo me dijo
"ahorita le digo al gerente". Cuando nos fuimos, seguía abierto.

Karla Mendoza"""),
("es", "b70-foto-instagram-sin-permiso-aepd", "Álvaro Prieto <alvaro.prieto@example.es>", "Mi foto en vuestro Instagram", "general", "high",
"""Muy señores míos:

En la cuenta de Instagram de su tienda de Chamberí han publicado una
foto de la inauguración en la que salgo yo, perfectamente reconocible,
con mi hija menor de edad. Nadie nos pidió permiso. Les escribí por
mensaje privado hace dos semanas pidiendo que la retiraran y siguen sin
contestar y la foto sigue ahí.

Si no la retiran en un plazo de 48 horas, presentaré una reclamación
ante la Agencia Española de Protección de Datos.

Álvaro Prieto"""),
# ---------------- Polish ----------------
("pl", "b70-blik-zamowienie-anulowane-srodki", "Paweł Wróblewski <pawel.wroblewski@example.pl>", "Zamówienie 1180442", "billing", "",
"""Dzień dobry,

w piątek zapłaciłem BLIK-iem 243,18 zł za zakupy w Waszym sklepie
internetowym. Po godzinie przyszedł mail, że zamówienie zostało
anulowane "z przyczyn technicznych", ale pieniądze zeszły z konta i do
dzisiaj nie wróciły. Kiedy mogę się ich spodziewać?

Pozdrawiam
Paweł Wróblewski"""),
("pl", "b70-wyjezdzamy-do-norwegii-sery", "Agnieszka Kubiak <agnieszka.kubiak@example.pl>", "Klub serowy", "billing", "",
"""Dzien dobry,

od wrzesnia przeprowadzamy sie z mezem do Norwegii (Stavanger) i
niestety nie wysylacie tam paczek chlodniczych. Prosze wiec zakonczyc
moja subskrypcje "Ser miesiaca" po sierpniowej paczce i nie pobierac
juz oplaty z karty. Bedziemy tesknic za tymi serami!

Pozdrawiam serdecznie
Agnieszka Kubiak"""),
("pl", "b70-faktura-do-paragonu-nip", "Mariusz Zieliński <biuro@zielinski-transport.example>", "Faktura", "billing", "",
"""Dzień dobry,

robiłem wczoraj zakupy spożywcze w Waszym sklepie online na firmę
(woda, kawa, przekąski do biura), zamówienie 1192031, 387,40 zł.
Zapomniałem zaznaczyć, że chcę fakturę, i przyszedł tylko paragon. Czy
mogę prosić o fakturę do paragonu na: Zieliński Transport, NIP
000-000-00-00, ul. Przemysłowa 7, 62-800 Kalisz?

Mariusz Zieliński"""),
("pl", "b70-babcia-w-domu-opieki-chleb", "Ewa Majewska <ewa.majewska@example.pl>", "Chleb dla babci", "billing", "",
"""Dzień dobry,

zamawiałam dla babci chleb i bułki z Waszej piekarni z dostawą we
wtorki i piątki na ul. Lipową, opłacane z mojej karty. Babcia od
przyszłego tygodnia zamieszka w domu opieki, więc dostawy nie będą
już potrzebne. Proszę zakończyć ten abonament i nie pobierać kolejnej
opłaty.

Dziękuję za te lata, babcia zawsze chwaliła Wasz razowy.
Ewa Majewska"""),
("pl", "b70-kod-na-pierwsze-zakupy", "Natalia Duda <natalia.duda@example.pl>", "Kod -30 zł", "billing", "",
"""Hej,

dostałam od koleżanki kod polecający na 30 zł zniżki na pierwsze
zakupy. Wpisałam go w koszyku, pokazało "Kod aktywny", ale w
podsumowaniu płatności i na paragonie nie ma żadnej zniżki - zapłaciłam
pełne 214,60 zł. Czy możecie mi oddać te 30 zł?

Natalia"""),
("pl", "b70-przelew-tradycyjny-senior", "Henryk Sobczak <henryk.sobczak@example.pl>", "Zapytanie", "billing", "",
"""Szanowni Państwo,

jestem emerytem i nie mam karty ani tego BLIK-a w telefonie. Czy mogę
zamówić u Państwa paczkę wędlin i mięsa na święta i zapłacić zwykłym
przelewem z banku albo na poczcie? Czy płaci się przy odbiorze
kurierowi gotówką? Jeśli tak, to czy jest za to dodatkowa opłata?

Z poważaniem
Henryk Sobczak"""),
("pl", "b70-odp-korekta-faktury-vat", "Joanna Wilk <joanna.wilk@example.pl>", "Odp: Faktura FV/2024/03/1187", "billing", "",
"""Dzień dobry,

minęły trzy tygodnie od poniższej wiadomości, a faktury korygującej
nadal nie dostałam. Księgowa czeka na nią do zamknięcia miesiąca.
Proszę o informację, kiedy mogę się jej spodziewać.

Joanna Wilk
Pracownia Ceramiki "Glina"

pon., 4 mar 2024 o 10:12 Biuro Obsługi <faktury@example-delikatesy.pl> napisał(a):
> Dzień dobry,
>
> potwierdzamy, że na fakturze FV/2024/03/1187 błędnie naliczono 23% VAT
> na pieczywo zamiast 5%. Fakturę korygującą wyślemy w ciągu 7 dni.
>
> Pozdrawiamy
> Dział Obsługi Klienta"""),
("pl", "b70-ekspres-oplata-standard-dostawa", "Krzysztof Borowski <krzysztof.borowski@example.pl>", "Dostawa ekspresowa", "billing", "",
"""Dzień dobry,

dopłaciłem 19,99 zł za dostawę ekspresową w ciągu 2 godzin, bo
zabrakło mi rzeczy na urodziny syna. Zakupy przyjechały następnego dnia
rano, w zwykłym terminie. Proszę o zwrot tej dopłaty, zamówienie
1201456.

Krzysztof Borowski"""),
("pl", "b70-wlasny-ogrodek-przerwa-skrzynka", "Halina Piątek <halina.piatek@example.pl>", "Skrzynka na lato", "billing", "",
"""Dzień dobry,

w tym roku syn założył nam na działce porządny warzywnik i od czerwca
do września będziemy mieli swoje pomidory, ogórki i fasolkę. Proszę
więc wstrzymać naszą skrzynkę warzywną na te cztery miesiące i nie
pobierać opłat. Od października chętnie wracamy.

Pozdrawiam
Halina Piątek"""),
("pl", "b70-corka-na-studiach-mniejsza-paczka", "Robert Jasiński <robert.jasinski@example.pl>", "Zmiana paczki", "billing", "",
"""Dzień dobry, córka wyjechała na studia do Gdańska i zostaliśmy w domu
we dwoje. Rodzinna paczka mięsna 5 kg to teraz dla nas za dużo, pół
zamrażarki zajęte. Czy od następnego miesiąca można zmienić na paczkę
2,5 kg za 149 zł? Pozdrawiam, Robert"""),
("pl", "b70-catering-firmowy-cena-kierownik", "Beata Cieślak <beata.cieslak@softmark.example>", "Catering 14.06 - faktura niezgodna z ofertą", "billing", "high",
"""Dzień dobry,

na spotkanie firmowe 14 czerwca zamówiliśmy u Państwa 60 zestawów
kanapek i ciast według oferty mailowej: 32 zł netto za zestaw. Na
fakturze jest 41 zł netto, razem ponad 660 zł więcej. Na infolinii
usłyszałam, że "cennik się zmienił", choć oferta była ważna do końca
czerwca i mam ją na piśmie.

Proszę o fakturę korygującą zgodną z ofertą i o kontakt kierownika
działu cateringu, bo z infolinią nie da się tego załatwić. Telefon
600 000 733.

Beata Cieślak
Softmark sp. z o.o."""),
("pl", "b70-blik-trzy-razy-reklamacja-bank", "Łukasz Wawrzyniak <lukasz.wawrzyniak@example.pl>", "POBRALIŚCIE 3 RAZY", "billing", "high",
"""Za jedno zamówienie z osiedlowego sklepu w Waszej aplikacji (89,90
zł) pobraliście mi pieniądze trzy razy, łącznie 269,70 zł. Dostawa
przyszła jedna. Piszę od tygodnia na czacie i mailem i dostaję tylko
automatyczne odpowiedzi.

Jeśli do piątku nie oddacie 179,80 zł, składam w banku reklamację
transakcji (chargeback) i niech bank się z Wami rozlicza.

Łukasz Wawrzyniak"""),
("pl", "b70-bon-podarunkowy-nie-honoruja-rzecznik", "Teresa Górecka <teresa.gorecka@example.pl>", "Bon podarunkowy", "billing", "high",
"""Szanowni Państwo,

w grudniu kupiłam w Państwa delikatesach bon podarunkowy na 200 zł dla
siostry, ważny 12 miesięcy. Po przeniesieniu sklepu na ul. Długą
ekspedientka odmówiła jego przyjęcia, twierdząc, że "stare bony są
nieważne po zmianie lokalu". Mailowo dostałam tę samą odpowiedź.

Bon jest ważny do grudnia i nic na nim nie mówi o zmianie lokalu. Jeżeli
w ciągu 14 dni nie zostanie on uznany albo nie otrzymam zwrotu 200 zł,
sprawę przekażę miejskiemu rzecznikowi konsumentów.

Teresa Górecka"""),
("pl", "b70-pilne-dostawa-niedziela-koszt", "Kamil Sikora <kamil.sikora@example.pl>", "PILNE", "billing", "",
"""PILNE!!! ile kosztuje dostawa w niedziele handlowa? chce zamowic na 15
grudnia a w cenniku nic nie ma o niedzielach. dzieki"""),
("pl", "b70-to-nie-platnosc-wyszukiwarka", "Dominika Lis <dominika.lis@example.pl>", "Nie mogę nic znaleźć", "technical", "",
"""Dzień dobry,

od razu zaznaczę, że to nie jest sprawa płatności ani dostawy - z tym
wszystko w porządku. Chodzi o wyszukiwarkę na stronie: od wczoraj na
cokolwiek wpiszę ("mleko", "chleb", "masło") pokazuje "Brak wyników".
Produkty są, bo jak klikam po kategoriach, to je widzę. Ale robienie
całych zakupów po kategoriach to męczarnia.

Dominika"""),
("pl", "b70-link-haslo-wygasa-od-razu", "Stanisław Mazur <stanislaw.mazur@example.pl>", "Hasło", "technical", "",
"""Dzień dobry, chcę zmienić hasło do konta. Mail z linkiem przychodzi od
razu, ale jak tylko w niego kliknę, strona pisze "Link wygasł lub jest
nieprawidłowy". Próbowałem pięć razy, za każdym razem z najnowszego
maila. Stanisław"""),
("pl", "b70-koszyk-znika-telefon-komputer", "Weronika Kaczmarek <weronika.kaczmarek@example.pl>", "koszyk", "technical", "",
"""Dzien dobry,

od tygodnia koszyk mi znika: wrzucam produkty w telefonie w autobusie,
potem siadam do komputera zeby dokonczyc zamowienie i koszyk jest
pusty. I odwrotnie. Jestem zalogowana na to samo konto na obu. Wczesniej
sie synchronizowalo.

Weronika"""),
("pl", "b70-pinezka-stary-adres-kurier", "Michał Górski <michal.gorski@example.pl>", "Kurier jeździ pod zły adres", "technical", "",
"""Dzień dobry,

w aplikacji sklepu mam wpisany nowy adres (ul. Leśna 12B), ale
pinezka na mapie ciągle stoi na starym bloku, ul. Leśna 4, i kierowcy
jeżdżą tam, a potem dzwonią. Przesuwam pinezkę palcem, zapisuję, a po
ponownym otwarciu wraca na stare miejsce. Usunąłem stary adres z
książki adresowej, nic to nie dało.

Michał"""),
("pl", "b70-sklad-alergeny-nie-wyswietla", "Aleksandra Nowak <aleksandra.nowak@example.pl>", "Skład produktów", "technical", "",
"""Dzień dobry,

mój syn ma alergię na orzechy, więc zawsze czytam skład przed
zamówieniem. Od zmiany wyglądu strony zakładka "Skład i alergeny" przy
produktach jest pusta - przy każdym produkcie, który sprawdzałam, także
przy tych, gdzie wcześniej wszystko było. W aplikacji to samo.

Aleksandra Nowak"""),
("pl", "b70-seniorka-litery-malutkie", "Zofia Kwiatkowska <zofia.kwiatkowska@example.pl>", "Aplikacja", "technical", "",
"""Szanowni Państwo,

mam 77 lat i robię zakupy przez Państwa aplikację na tablecie. Po
ostatniej aktualizacji litery zrobiły się malutkie, a powiększanie
dwoma palcami przestało działać. W ustawieniach tabletu mam ustawioną
dużą czcionkę, ale aplikacja jej nie słucha. Nie widzę cen ani
gramatury.

Z wyrazami szacunku
Zofia Kwiatkowska"""),
("pl", "b70-termometr-z-sonda-lll", "Jacek Pawłowski <jacek.pawlowski@example.pl>", "Termometr do mięsa", "technical", "",
"""Cześć,

kupiłem u Was w sklepie mięsnym online termometr z sondą razem z
zestawem do wędzenia. Od drugiego użycia pokazuje "LLL" zamiast
temperatury, nawet w garnku z gotującą się wodą. Baterie nowe, sonda
wpięta do końca. Da się to jakoś zresetować?

Jacek"""),
("pl", "b70-punkty-po-scaleniu-kont", "Magdalena Stępień <magdalena.stepien@example.pl>", "Punkty", "technical", "",
"""Dzień dobry,

w zeszłym tygodniu aplikacja zaproponowała mi połączenie konta ze
sklepu internetowego z kartą stałego klienta. Kliknęłam "Połącz" i od
tej pory ekran z punktami pokazuje tylko kręcące się kółko i napis
"Ładowanie...". Wcześniej miałam ponad 2000 punktów i widziałam je bez
problemu.

Magdalena"""),
("pl", "b70-strona-po-angielsku-euro", "Tomasz Walczak <tomasz.walczak@example.pl>", "Ceny w euro", "technical", "",
"""Dzien dobry, od wczoraj Wasza strona otwiera mi sie po angielsku i z
cenami w euro, chociaz siedze w Lodzi. Na dole jest wybor jezyka, klikam
"Polski", strona sie przeladowuje i znowu angielski. Czyscilem
ciasteczka. Na telefonie jest normalnie po polsku.
Tomek"""),
("pl", "b70-ekspres-do-kawy-kopie-pradem", "Monika Adamska <monika.adamska@example.pl>", "Ekspres do kawy", "technical", "high",
"""Dzień dobry,

ekspres ciśnieniowy kupiony w Waszym sklepie internetowym w marcu od
kilku dni lekko "kopie" prądem, kiedy dotykam metalowej obudowy przy
dzbanku na mleko. Najpierw myślałam, że mi się wydaje, ale dziś
poczuł to też mąż. Odłączyłam go z gniazdka i stoi nieużywany. Proszę
o informację, co dalej.

Monika Adamska"""),
("pl", "b70-przedszkola-kierowca-pusta-lista", "Catering Sloneczko <biuro@catering-sloneczko.example>", "Dzisiejsza dostawa", "technical", "high",
"""Dzień dobry,

gotujemy obiady dla czterech przedszkoli na Bemowie, razem około 300
dzieci. Wasz kierowca przyjechał dziś o 6:00 do hurtowni pusty - mówi,
że na jego liście dostaw w systemie nie ma nic dla nas, choć zamówienie
(mięso, warzywa, nabiał) złożyliśmy w poniedziałek i mamy
potwierdzenie. Na koncie w portalu zamówienie jest, ale ze statusem
"—". O 11:30 dzieci mają dostać obiad, a my mamy pustą chłodnię.

Proszę pilnie o telefon: 22 000 41 77.

Ilona Szewczyk
Catering Słoneczko"""),
("pl", "b70-sklep-osiedlowy-ceny-zero", "Sklep Pod Lipami <sklep.podlipami@example.pl>", "ceny 0,00", "technical", "high",
"""Dzien dobry,

jestesmy sklepem osiedlowym Pod Lipami na Waszej platformie dostaw. Od
rana wszystkie nasze produkty w aplikacji maja cene 0,00 zl. Zanim
sie zorientowalismy, przyszlo 40 zamowien "za darmo" i kierowcy juz
czesc rozwiezli. Wylaczylismy sklep w panelu, wiec teraz nie
sprzedajemy nic, a to sobota. W panelu ceny sa poprawne.

Prosimy o pilny kontakt: 505 000 218.
Grzegorz Lipiec"""),
("pl", "b70-grill-elektryczny-kabel-dym", "Wojciech Krawczyk <wojciech.krawczyk@example.pl>", "grill", "technical", "high",
"""Dzien dobry,

grill elektryczny kupiony razem z paczka karkowki w Waszym sklepie
miesnym online - wczoraj po ok. 20 minutach pieczenia zaczal dymic
przewod przy samej obudowie i izolacja sie stopila, bylo czuc spalenizne.
Wyciagnalem wtyczke, grill stoi na balkonie. Nic sie nikomu nie stalo,
ale wiecej go nie wlacze. Zdjecia moge przeslac.

Wojciech Krawczyk"""),
("pl", "b70-podziekowanie-piekarnia-tata-po-operacji", "Iwona Jabłońska <iwona.jablonska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować paniom z Waszej piekarni przy ul. Ogrodowej.
Przez cały miesiąc po operacji biodra mojego taty odkładały dla niego
codziennie rano jego ulubiony chleb żytni i dwie kajzerki, a sąsiad
tylko je odbierał. Tata mówi, że to go trzymało przy życiu lepiej niż
leki. Jest już na nogach i w sobotę przyjdzie podziękować osobiście.

Iwona Jabłońska"""),
("pl", "b70-domofon-nie-dzwonic-dziecko", "Karolina Wójcik <karolina.wojcik@example.pl>", "dostawy", "general", "",
"""Dzien dobry, mam prosbe do kierowcow: prosze nie dzwonic domofonem
miedzy 12 a 15, bo wtedy spi maly. Kod do bramy 1470#, klatka B,
prosze zostawic skrzynki pod drzwiami mieszkania 23 i wyslac SMS. Z
gory dziekuje!
Karolina"""),
("pl", "b70-wigilia-do-ktorej-otwarte", "Barbara Zając <barbara.zajac@example.pl>", "Wigilia", "general", "",
"""Do której godziny będą otwarte Wasze sklepy w Rzeszowie w Wigilię? I
czy w Wigilię jeszcze dowozicie zakupy?
B. Zając"""),
("pl", "b70-zmiana-numeru-telefonu", "Piotr Kozłowski <piotr.kozlowski@example.pl>", "Nowy numer", "general", "",
"""Dzień dobry,

zmieniłem operatora i numer telefonu. Nowy numer to 511 000 926. Proszę
o zaktualizowanie go w moim koncie, bo kierowcy dzwonią na stary, a w
profilu nie ma opcji edycji numeru, tylko "skontaktuj się z nami".

Piotr Kozłowski"""),
("pl", "b70-klucze-w-wozku-parking", "Elżbieta Bąk <elzbieta.bak@example.pl>", "Klucze", "general", "",
"""Dzień dobry, w niedzielę około 14:00 zostawiłam chyba pęk kluczy z
brelokiem w kształcie żółwia w wózku na parkingu przed sklepem w
Opolu (przy wiacie na wózki). Czy ktoś je oddał? Mam zapasowe, ale
tam są też klucze od działki.
Elżbieta Bąk"""),
("pl", "b70-oscypek-czy-owczy", "Marek Stachowiak <marek.stachowiak@example.pl>", "Oscypki", "general", "",
"""Dzień dobry,

czy oscypki w Waszym sklepie z serami to prawdziwe oscypki z
certyfikatem ChNP, z mleka owczego, czy tzw. "gołki" z krowiego? W
opisie stoi tylko "ser wędzony góralski". Chcę zamówić na prezent dla
znajomych z Niemiec, więc zależy mi na oryginale.

Marek"""),
("pl", "b70-festyn-szkolny-sponsoring", "Rada Rodziców SP 12 <radarodzicow.sp12@example.pl>", "Festyn rodzinny", "general", "",
"""Szanowni Państwo,

Rada Rodziców Szkoły Podstawowej nr 12 w Tychach organizuje 1 czerwca
festyn rodzinny na boisku szkolnym. Czy Państwa sklep zechciałby
wesprzeć loterię fantową, np. koszem z produktami albo bonem? W zamian
umieścimy logo sklepu na plakatach i podziękujemy ze sceny.

Z poważaniem
Anna Pietrzyk
Przewodnicząca Rady Rodziców"""),
("pl", "b70-nie-chce-zwrotu-kierowca-trawnik", "Zbigniew Kowalczyk <zbigniew.kowalczyk@example.pl>", "Kierowca", "general", "",
"""Dzien dobry,

nie chce zadnego zwrotu, zakupy przyszly w porzadku. Ale wasz kierowca
w czwartek wjechal busem na trawnik przed blokiem, rozjechal rabate,
ktora sasiadki sadzily cala wiosne, a jak zwrocilem mu uwage, to
powiedzial, ze "ma w nosie, ma 30 adresow". Prosze z nim porozmawiac.

Zbigniew Kowalczyk"""),
("pl", "b70-paczki-zbrodnia", "Ola Szymańska <ola.szymanska@example.pl>", "tłusty czwartek", "general", "",
"""Wasze pączki z różą to jest zbrodnia. Kupiłam 12 do pracy i zniknęły
w 10 minut, był prawie rozlew krwi o ostatniego. Zabójcze. Ukłony
dla cukierników z Mokotowa!"""),
("pl", "b70-warsztaty-serowarskie-zapisy", "Adam Pawlik <adam.pawlik@example.pl>", "Warsztaty", "general", "",
"""Dzień dobry, widziałem na Facebooku, że w serowarni organizujecie w
październiku warsztaty robienia sera dla początkujących. Jak można się
zapisać i czy jest miejsce dla dwóch osób? Czy trzeba coś ze sobą
przywieźć?

Adam"""),
("pl", "b70-uwaga-o-wadze-corki-kierownik", "Anna Kołodziej <anna.kolodziej@example.pl>", "Zachowanie pracownicy w sklepie na Bałutach", "general", "high",
"""Szanowni Państwo,

w piątek po południu w Państwa sklepie na Bałutach moja 12-letnia córka
kupowała drożdżówkę. Pracownica przy ladzie z pieczywem powiedziała
głośno, przy innych klientach: "a może byś sobie już darowała słodkie,
co?". Córka wyszła z płaczem i od tego czasu nie chce nic jeść przy
ludziach.

Oczekuję kontaktu od kierownika sklepu, a nie automatycznej
odpowiedzi. Telefon 600 000 518.

Anna Kołodziej"""),
("pl", "b70-oderwana-listwa-schody-wejscie", "Roman Sadowski <roman.sadowski@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

przy wejściu do Państwa sklepu na ul. Kościuszki w Bielsku na drugim
stopniu schodów od dawna odstaje metalowa listwa i wystają z niej
śruby. Dziś moja mama (79 lat) zahaczyła o nią butem i upadła, ma
rozbite kolano. Pracownik powiedział, że "zgłaszali to już kilka
razy". Ktoś się tam w końcu poważnie połamie.

Roman Sadowski"""),
("pl", "b70-monitoring-parking-auto-sad", "Dariusz Kamiński <dariusz.kaminski@example.pl>", "Nagranie z monitoringu - parking", "general", "high",
"""Dzień dobry,

w sobotę 8 czerwca ok. 17:20 na parkingu przed Waszym supermarketem w
Pile czyjś wózek sklepowy, zostawiony bez nadzoru, uderzył w mój
samochód (srebrna Skoda, nr rej. PP 00000) i porysował drzwi. Proszę o
zabezpieczenie nagrania z kamer parkingu z tej godziny - będzie
potrzebne dla ubezpieczyciela.

Jeżeli nagranie zostanie usunięte, sprawa trafi do sądu. Proszę o
potwierdzenie, że je zabezpieczono.

Dariusz Kamiński"""),
]
