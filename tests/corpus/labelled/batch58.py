# batch58.py -- labelled mails held out of the tree until the rules it
# measures are final: not tuned or trained on until they are wired in.
# Kinds of business drawn on: second-hand and refurbished goods --
# refurbished phones and laptops, used car marketplaces, vintage clothing,
# furniture upcycling, book exchanges, charity shop collections and
# trade-in schemes.  The failure classes in new situations -- escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in unusual wording, business
# outages told by their consequences, safety hazards told calmly, praise,
# payment questions -- and everyday mail of all three queues.  Forty mails
# per language, written separately (not translations).  Same tuple format
# as batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b58-en-refurb-phone-two-payments", "Hannah Lowe <hannah.lowe@example.co.uk>", "Two payments for one phone", "billing", "",
"""Hi there,

I bought a refurbished Pixel from you on Thursday (order RF-55190,
grade A, 189.00). My bank app shows two payments of 189.00 to you on
the same day, a minute apart. I only got one confirmation email and one
phone has turned up, which is lovely by the way.

Could you refund the second one?

Thanks,
Hannah"""),
("en", "b58-en-tradein-offer-dropped", "Craig Mullen <craig.mullen@example.co.uk>", "Trade-in TI-20874", "billing", "",
"""Your website quoted me 240 for my old iPhone 13 if it was in "good"
condition. I sent it in, and today I get an email saying it's been
regraded to "fair" and you'll only pay 150. There's not a scratch on it,
it lived in a case its whole life. Either pay what was quoted or send
the phone back to me, I'm not accepting 150.

Craig Mullen"""),
("en", "b58-en-vintage-blazer-too-small", "Freya Doyle <freya.doyle@example.com>", "blazer", "billing", "",
"""hiya, the 80s wool blazer I got last week is way smaller than the
measurements on the listing said (the pit to pit is about 4cm less). can
I send it back for a refund? I've still got the tag on it"""),
("en", "b58-en-book-swap-moving-perth", "Kylie Henderson <kylie.h@example.com.au>", "Book boxes", "billing", "",
"""G'day,

We're packing up and heading to Perth at the end of the month, and
honestly I won't have a bookshelf for a while, so no need to keep
sending the monthly swap box after this one. The 24.95 comes out on
the 3rd - can you make sure the March one doesn't go through?

Cheers,
Kylie"""),
("en", "b58-en-car-listing-fee-manager", "Rob Kinsella <rob.kinsella@example.co.uk>", "Listing fee - want a manager this time", "billing", "high",
"""I sold my Golf privately on 2 May and marked the advert as sold the
same evening. On 9 May you charged me 29.99 to "renew" the premium
listing for an advert that doesn't exist any more.

I've now explained this to three different agents in your chat. Each
one says it's "been passed on" and nothing happens. I want this
escalated to a manager or team leader who can actually refund it,
not another chat.

Robert Kinsella
Advert ref 7718-GOLF"""),
("en", "b58-en-laptop-refund-small-claims", "Siobhan Geraghty <siobhan.geraghty@example.ie>", "Refurbished ThinkPad - refund", "billing", "high",
"""To whom it concerns,

I returned a refurbished ThinkPad T480 to you on 14 February within
the 30-day return window. Royal Mail tracking shows it was signed for
at your Belfast warehouse on 17 February. The refund of EUR 329 has not
been paid, and four emails have gone unanswered.

If the money is not back on my card within seven days of this email I
will lodge a claim through the Small Claims procedure at my local
District Court, and I will include the costs of doing so.

Siobhan Geraghty
Order 44091
Ennis, Co. Clare"""),
("en", "b58-en-dresser-deposit-bank-dispute", "Tasha Greene <tasha.greene@example.com>", "Deposit for the painted dresser", "billing", "high",
"""Hi,

Back in January I put down a $200 deposit on the chalk-painted oak
dresser (the sage green one) and was told it'd be ready in 3 weeks. It's
now April. Last week your studio told me the piece "went to another
buyer" and I'd get my deposit back. Nothing since.

I'm giving you until Friday. After that I'm filing a dispute with my
credit card company for the full $200.

Tasha Greene
Columbus, OH"""),
("en", "b58-en-vat-invoice-twelve-laptops", "Accounts <accounts@harrow-tutors.example>", "Invoice needed for order 61327", "billing", "",
"""Good afternoon,

We purchased twelve refurbished Dell Latitude laptops for our tutoring
centre last week (order 61327). Could you send us a VAT invoice made out
to Harrow Tutoring Ltd, with our VAT number GB 318 4471 02? The order
confirmation is not accepted by our accountant as an invoice.

Kind regards,
Pauline Okafor
Office Manager"""),
("en", "b58-en-emi-refurb-phone", "Rahul Verma <rahul.verma@example.in>", "EMI option", "billing", "",
"""Dear Team,

Kindly let me know if no-cost EMI is available on the refurbished
OnePlus 11 (Rs 27,499) for HDFC credit card. On the checkout page I am
only seeing the UPI and full card payment options. If EMI is there,
please tell me for how many months.

Thanks and regards,
Rahul Verma
Pune"""),
("en", "b58-en-vintage-box-travelling", "Ellie Marsh <ellie.marsh@example.co.uk>", "Off travelling!", "billing", "",
"""Hi lovely Vintage Drop people!

I'm off to South America for three months from next week (eek) and
there's no point getting the monthly box sent to an empty flat. Can you
put my membership on hold until July instead of cancelling? I don't
want to lose my founder price of 32 a month.

Ellie x"""),
("en", "b58-en-late-husband-book-club", "Margaret Kilbride <m.kilbride@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Gerald passed away in December. He was a member of your
second-hand book club for many years and the 12.50 is still being taken
from our joint account every month. I am afraid I have no idea how to
stop it on the computer. Would you be kind enough to close it for me?

His membership number, from a letter in his desk, is BC-02281.

Yours faithfully,
Margaret Kilbride"""),
("en", "b58-en-charity-voucher-online", "Dev Patel <dev.patel@example.co.uk>", "Gift voucher", "billing", "",
"""Got a 25 gift voucher from your charity shop in Leicester for my
birthday. Can I spend it on your online shop or is it only for in the
shops? There's no box for a voucher code at the checkout."""),
("en", "b58-en-re-refund-minus-restocking", "Owen Pritchard <owen.pritchard@example.co.uk>", "Re: Your return has been processed", "billing", "",
"""Hello,

Why has 15% been taken off? The MacBook went back because the battery
health was 71% when the listing said "minimum 85%". That's your mistake,
not me changing my mind, so I don't see why there's a restocking fee.
Please refund the remaining 67.35.

Owen

> Dear Owen,
>
> Your return for order 60988 has been received and inspected. A refund
> of 381.65 (item price 449.00 less 15% restocking fee) has been issued
> to your original payment method.
>
> Kind regards,
> Returns Team"""),
("en", "b58-en-not-a-fault-price-dropped", "Liam Carter <liam.carter@example.com>", "Galaxy S22", "billing", "",
"""This isn't about a problem with the phone - it works perfectly and the
screen is spotless. It's just that I paid 299 on Monday and on Tuesday
the exact same grade was listed at 259. Do you price match your own
listings or refund the difference within a few days?

Liam"""),
("en", "b58-en-refurb-phone-no-sim", "Gareth Hughes <gareth.hughes@example.co.uk>", "No service", "technical", "",
"""Hello, the refurbished iPhone 12 I got yesterday says "No SIM" with my
Vodafone SIM in it. The same SIM works fine in my old phone. I've tried
restarting it and taking the tray out and in again. Is it locked to a
network?

Gareth"""),
("en", "b58-en-laptop-trackpad-lifting", "Diane Foster <diane.foster@example.co.uk>", "Laptop trackpad", "technical", "high",
"""Good morning,

I thought I should let you know about the refurbished HP laptop I
bought in March. Over the past few days the trackpad has started to
bulge upwards, and the bottom of the case has a slight rock to it when
it sits on the table. It also gets rather warm even when it is only
charging.

I have read that this can mean the battery is swelling, so I have
unplugged it and put it on the tiled kitchen floor, away from anything.
Please tell me what you would like me to do with it.

Diane Foster"""),
("en", "b58-en-tablet-charger-sparked", "Nathan Brooks <nathan.brooks@example.com>", "Charger that came with the tablet", "technical", "high",
"""The charger that came in the box with the refurbished iPad made a
crack and a small blue spark when I plugged it into the wall this
morning, and now there's a black mark on the plug pin. The socket's fine
with other things. Not using it obviously. Can you send a replacement?"""),
("en", "b58-en-dealer-feed-nothing-since-tuesday", "Mike Donnelly <mike@donnelly-motors.example>", "Our listings", "technical", "high",
"""Hi,

We're a used car dealer in Dayton with 43 vehicles listed with you
through the dealer feed. Since Tuesday morning we've had zero leads -
normally we get 15 to 20 a day. Customers who walk in say they searched
for us and found nothing, and our salespeople have basically been
sitting around for three days. The dealer dashboard just shows a
spinning wheel.

Somebody needs to look at this today, please. Weekend is our biggest
selling time.

Mike Donnelly
Sales Manager, Donnelly Motors"""),
("en", "b58-en-swap-app-login-loop", "Aisling Byrne <aisling.byrne@example.ie>", "can't get into the app", "technical", "",
"""Every time I log in to the book swap app it shows the home screen for a
second and then throws me back to the login page. Deleted and
reinstalled it, same thing. Samsung A52 if that helps."""),
("en", "b58-en-camera-dont-want-refund", "Peter Lindqvist <peter.lindqvist@example.com>", "Refurbished Fujifilm X-T3", "technical", "",
"""Hello,

Before anyone offers me a refund: I don't want one. I waited months for
this body to come up in your refurbished section and I'd like to keep
it. The problem is that about one in five shots it freezes with "Camera
error - turn off and on again", with different lenses and cards.

Can it go to your repair team instead?

Peter Lindqvist"""),
("en", "b58-en-upcycled-lamp-tingle", "Rosalind Ferris <rosalind.ferris@example.co.uk>", "Brass lamp", "technical", "high",
"""Dear Upcycle Studio,

A small thing, but I thought you ought to know. The brass table lamp
you rewired for me (the one from my grandmother) gives a little tingle
when you touch the base while it is switched on. My son says that
means it is not earthed properly. It is now unplugged and in the
cupboard.

Could someone have a look at it?

Regards,
Rosalind Ferris"""),
("en", "b58-en-otp-not-coming", "Sunita Reddy <sunita.reddy@example.in>", "OTP not received", "technical", "",
"""Hello team,

I am trying to login to my account to check my trade-in status but the
OTP is not coming on my mobile number +91 98450 XXXXX. Tried 6 times
since morning. Other OTPs (bank etc.) are coming fine. Please do the
needful.

Sunita"""),
("en", "b58-en-tradein-reset-stuck", "Chris Adeyemi <chris.adeyemi@example.co.uk>", "Can't wipe my phone", "technical", "",
"""Trying to factory reset my old Samsung before I post it to you for the
trade-in, but it sticks on "Erasing..." at 32% and has done for two
hours. If I restart it it boots back up with all my stuff still on it.
What do I do? Don't want to send it with my photos on."""),
("en", "b58-en-laptop-keys-dead", "Jarrah Wilson <jarrah.wilson@example.com.au>", "keyboard", "technical", "",
"""Hey, got the refurb Lenovo last week and the E, R and 4 keys don't do
anything. Rest of the keyboard's fine. Makes typing my uni essays a bit
of a nightmare mate. Already updated the drivers."""),
("en", "b58-en-repair-third-time-supervisor", "Colin Ashworth <colin.ashworth@example.co.uk>", "Third repair - same fault - supervisor please", "technical", "high",
"""This is the third time my refurbished Surface has come back from your
repair centre with the same fault. The screen flickers and goes black
after about twenty minutes of use. Each time I get a note saying
"display connector reseated, tested OK", and each time it fails within
a day.

I am not sending it in a fourth time for the same note. I want a
supervisor or the head of your repairs team to contact me and tell me
how this is going to be fixed properly.

Colin Ashworth
Repair ref RC-30415"""),
("en", "b58-en-hello-basket-error", "Shauna Kelly <shauna.kelly@example.ie>", "Hello", "technical", "",
"""Hello,

When I click "Go to basket" on your website I just get a white page
that says "Error 500 - something went wrong". Been like that since last
night, on my laptop and my phone. Nothing has been charged, I just
can't get any further to buy the coat.

Shauna"""),
("en", "b58-en-sofa-collection-donation", "Brenda Hollis <brenda.hollis@example.co.uk>", "Collection of a sofa", "general", "",
"""Hello,

I'd like to donate a three-seater sofa (good condition, fire label still
attached) and a pine coffee table to your furniture charity shop. Do you
still collect from Sheffield S11, and what's the soonest date you could
come? I'm home every day except Wednesdays.

Many thanks,
Brenda Hollis"""),
("en", "b58-en-bank-holiday-vintage-shop", "Tom Ridley <tom.ridley@example.co.uk>", "Monday", "general", "",
"""Is the Brighton shop open on the bank holiday Monday? And if so is it
normal hours?"""),
("en", "b58-en-thanks-refurb-macbook", "Grace O'Sullivan <grace.osullivan@example.ie>", "Just a thank you", "general", "",
"""Hi,

Not a complaint for once! Just wanted to say the refurbished MacBook Air
I bought for my daughter starting college is honestly like new. Came
in a lovely box, battery is great, and the little handwritten note from
the technician was a nice touch. She's delighted.

Thanks a million,
Grace"""),
("en", "b58-en-tradein-counter-rude", "Amir Hassan <amir.hassan@example.co.uk>", "Staff at the Croydon store", "general", "",
"""I went into your Croydon store on Saturday to ask how your trade-in
works. The man at the counter didn't look up from his phone, told me to
"just read the website", and then talked about me to his colleague
while I was still standing there. I wasn't even asking for anything
complicated. Not how I expected to be treated.

Amir Hassan"""),
("en", "b58-en-lost-scarf-fitting-room", "Ruth Mendel <ruth.mendel@example.com>", "Left my scarf", "general", "",
"""Hi, I think I left a grey cashmere scarf in the fitting room of your
Camden store on Sunday afternoon. It was my mum's. Has anyone handed it
in?"""),
("en", "b58-en-new-address-account", "Jamie Clarke <jamie.clarke@example.co.uk>", "Address", "general", "",
"""Hi, I've moved house - could you update the address on my account to
Flat 3, 22 Ellison Road, Gateshead NE8 4PL? The website won't let me
edit it because I've got an old order on there.

Jamie"""),
("en", "b58-en-subject-access-request", "Priyanka Shah <priyanka.shah@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR, please provide a copy of all personal
data you hold about me, including the history of the car adverts I have
placed and any messages exchanged with buyers through your platform.

My account email is this address. I look forward to your response
within one month.

Priyanka Shah"""),
("en", "b58-en-wardrobe-delivery-instructions", "Joe Fitzpatrick <joe.fitz@example.ie>", "Order 18841 delivery", "general", "",
"""Hi, the upcycled wardrobe is due Thursday. I'll be at work, so could
the lads leave it in the garage? Side door will be open, it's the green
one to the left of the house. Thanks!"""),
("en", "b58-en-school-fair-sponsorship", "PTA St Bride's <pta@stbrides-primary.example>", "Summer fair", "general", "",
"""Hello,

I'm writing from the PTA at St Bride's Primary. We're holding our summer
fair on 22 June and are looking for local businesses to sponsor the
tombola or donate a prize. As your bookshop is just round the corner,
we wondered whether you'd be interested. We'd put your logo on the
posters and in the newsletter home to 300 families.

Best wishes,
Caroline Dunne
PTA Chair"""),
("en", "b58-en-repair-cafe-saturday", "Stan Kowalczyk <stan.k@example.com>", "Question", "general", "",
"""Is the repair cafe still on this Saturday at the upcycling workshop?
I've got a wobbly kitchen chair I'd like to bring, do I need to book or
just turn up?"""),
("en", "b58-en-warehouse-step-gave-way", "Neil Garvey <neil.garvey@example.co.uk>", "Step at your furniture warehouse", "general", "high",
"""Hi,

Just to let you know, the second wooden step up to the mezzanine in your
Leeds warehouse (where the upcycled chairs are) has split down the
middle and gave way under my foot yesterday. I grabbed the rail so no
harm done, but someone older or with a child could easily go through
it. There was no sign or tape on it.

Neil Garvey"""),
("en", "b58-en-driver-shouted-manager", "Karen Whitfield <karen.whitfield@example.com>", "Your collection driver", "general", "high",
"""I want to speak to a manager about the driver who came to collect my
donation bags yesterday. When I said the bags were in the porch and not
on the pavement he started shouting at me in front of my neighbours and
called me a time-waster. I'm 74 and I was shaking afterwards.

I am donating to your charity for free. I don't expect to be spoken to
like that. Please have a manager ring me on 0161 496 0732.

Karen Whitfield"""),
("en", "b58-en-re-textbooks-donation", "Fiona Ward <fiona.ward@example.co.uk>", "Re: Book donations", "general", "",
"""Thanks for getting back to me. One more question - do you take old
university textbooks too? I've got two boxes of law books from about
2015, some with highlighting in.

Fiona

On Tue, 4 Mar at 10:02, Book Exchange <hello@bookexchange.example> wrote:
> Hi Fiona,
> Yes, we're happy to take fiction and children's books. You can drop
> them at any of our branches during opening hours.
> Best, Sam"""),
("en", "b58-en-car-advert-photos-fail", "Duncan Fraser <duncan.fraser@example.co.uk>", "Advert photos", "technical", "",
"""Trying to put my Astra up for sale on your site. The advert text saves
fine but every photo upload gets to 100% and then says "Upload failed,
try again". They're normal JPGs from my phone, about 3MB each. Tried 5
times tonight on two browsers."""),
# ---------------- Greek ----------------
("el", "b58-el-xreosi-dyo-fores-laptop", "Σταύρος Παπαδάκης <s.papadakis@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλησπέρα σας,

Την Τρίτη παρήγγειλα το ανακατασκευασμένο Lenovo ThinkPad (παραγγελία
RF-30417, 349,00€). Στην κίνηση της κάρτας μου βλέπω δύο χρεώσεις των
349,00€ με την ίδια ημερομηνία. Το laptop ήρθε ένα, και είναι μια χαρά.

Παρακαλώ επιστρέψτε τη δεύτερη χρέωση.

Ευχαριστώ,
Σταύρος Παπαδάκης"""),
("el", "b58-gl-tradein-kinito-den-pistothike", "Giorgos Lamprou <g.lamprou@example.gr>", "trade in", "billing", "",
"""Kalhspera, estila to palio mou iphone 11 gia trade in prin 2 evdomades,
sto site leei "elegxthike - egkrithike 180e" alla ta xrhmata den exoun
er8ei akoma sto logariasmo. Poso kairo kanei na ginei h katathesi?

Giorgos"""),
("el", "b58-el-epistrofi-forema-vintage", "Δανάη Κυριακού <danai.kyriakou@example.gr>", "Επιστροφη φορεματος", "billing", "",
"""Γεια σας, το vintage φορεμα με τα λουλουδια (παραγγελια 8812) μου
ερχεται πολυ στενο στη μεση, οι διαστασεις στην αγγελια δεν ηταν σωστες.
Θελω να το επιστρεψω και να παρω πισω τα 64 ευρω. Τι πρεπει να κανω;
Το εχω με το ταμπελακι ακομα."""),
("el", "b58-el-doseis-kinito-pistotiki", "Αλεξάνδρα Μητσοτάκη <alex.mitsotaki@example.gr>", "Ερώτηση για δόσεις", "billing", "",
"""Καλημέρα,

Ενδιαφέρομαι για το ανακατασκευασμένο Samsung S23 στα 429€. Μπορώ να το
πληρώσω σε άτοκες δόσεις με πιστωτική Eurobank; Αν ναι, μέχρι πόσες
δόσεις; Στο καλάθι δεν βλέπω κάπου την επιλογή.

Ευχαριστώ πολύ"""),
("el", "b58-el-timologio-anti-apodeixis", "Λογιστήριο <logistirio@kafe-agora.example>", "Παραγγελία 52270", "billing", "",
"""Καλημέρα σας,

Για την παραγγελία 52270 (τρία ανακατασκευασμένα tablet για το
κατάστημά μας) εκδόθηκε απόδειξη λιανικής, ενώ στο checkout είχαμε
επιλέξει τιμολόγιο. Παρακαλούμε να ακυρωθεί η απόδειξη και να εκδοθεί
τιμολόγιο με τα παρακάτω στοιχεία:

ΚΑΦΕ ΑΓΟΡΑ Ι.Κ.Ε.
ΑΦΜ 801234567, ΔΟΥ Καλαμαριάς
Εθνικής Αντιστάσεως 42, 55134 Θεσσαλονίκη

Με εκτίμηση,
Χρύσα Ντόκου"""),
("el", "b58-gl-syndromi-vivlia-fantaros", "Kostas Vlachos <kostasvl@example.gr>", "Syndromh", "billing", "",
"""Geia sas! Fevgw fantaros ton allo mhna (Ebros, 9 mhnes...) opote de tha
exw pou na diavazw ta vivlia pou mou stelnete ka8e mhna. Mporeite na
pagwsete th syndromh mou mexri na gyrisw? Den thelw na th kleisw
teleiws, mou aresei poly h idea me ta metaxeirismena vivlia.

Eyxaristw,
Kostas"""),
("el", "b58-el-syndromi-miteras-ekleipe", "Ειρήνη Γαλάνη <eirini.galani@example.gr>", "Λογαριασμός της μητέρας μου", "billing", "",
"""Αξιότιμοι κύριοι,

Η μητέρα μου, Αικατερίνη Γαλάνη, έφυγε από τη ζωή τον Ιανουάριο. Ήταν
μέλος στη λέσχη σας για vintage ρούχα και βλέπω ότι συνεχίζει να
χρεώνεται 19,90€ τον μήνα στην κάρτα της. Θα ήθελα να σταματήσει η
συνδρομή. Αν χρειάζεστε ληξιαρχική πράξη θανάτου, ενημερώστε με.

Με εκτίμηση,
Ειρήνη Γαλάνη"""),
("el", "b58-el-aggelia-autokinitou-dikigoros", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Χρεώσεις αγγελίας μετά τη διαγραφή", "billing", "high",
"""Κύριοι,

Στις 3 Μαρτίου διέγραψα την αγγελία για το Toyota Yaris μου, αφού
πουλήθηκε. Παρ' όλα αυτά με χρεώσατε 24,90€ τον Απρίλιο και 24,90€ τον
Μάιο για «ανανέωση προβολής». Έχω στείλει δύο μηνύματα μέσω της φόρμας
σας χωρίς καμία απάντηση.

Αν δεν μου επιστραφούν τα 49,80€ εντός δέκα ημερών, θα παραδώσω την
υπόθεση στον δικηγόρο μου και θα κάνω καταγγελία στον Συνήγορο του
Καταναλωτή.

Παναγιώτης Ρήγας"""),
("el", "b58-gl-prokatavoli-mpoufes-trapeza", "Marina Stathopoulou <marina.stath@example.gr>", "prokatavolh", "billing", "high",
"""Kalhmera. Edwsa 150e prokatavolh ton Dekemvrio gia ton mpoufe pou 8a
epanaferate (vafh + kainourgia xerouia). Mou eipate 4 evdomades. Exoun
perasei 4 mhnes, kaneis den apanta sto thlefwno kai sto instagram mou
grafete "syntoma". Fthanei. An mexri th Deytera den exw ton mpoufe h ta
lefta, kanw amfisvhthsh xrewshs sthn trapeza mou.

Marina Sta8opoulou"""),
("el", "b58-el-epistrofi-xrimaton-proistamenos", "Θεόδωρος Καλλέργης <th.kallergis@example.gr>", "ΕΠΙΣΤΡΟΦΗ ΧΡΗΜΑΤΩΝ - ΖΗΤΩ ΠΡΟΪΣΤΑΜΕΝΟ", "billing", "high",
"""Επέστρεψα το ανακατασκευασμένο iPad στις 8 Απριλίου επειδή είχε
νεκρά pixel. Το παρέλαβε η αποθήκη σας στις 10 Απριλίου. Από τότε έχω
πάρει τηλέφωνο πέντε φορές και κάθε φορά μου λένε «σε 3-5 εργάσιμες».
Σήμερα είναι 20 Μαΐου.

Δεν θέλω άλλη απάντηση από το call center. Θέλω να με καλέσει ο
προϊστάμενος του τμήματος επιστροφών και να μου πει πότε θα μπουν τα
312€ στην κάρτα μου.

Θ. Καλλέργης
6944 XXX XXX"""),
("el", "b58-el-oxi-texniko-kouponi", "Νεφέλη Σαββίδου <nefeli.savvidou@example.gr>", "Κουπόνι", "billing", "",
"""Καλησπέρα! Δεν είναι τεχνικό θέμα, το κινητό που πήρα λειτουργεί
τέλεια. Απλώς είχα κουπόνι -10% από το newsletter σας (BACK2SCHOOL) και
ξέχασα να το βάλω στην παραγγελία 77045. Μπορείτε να μου επιστρέψετε
τη διαφορά;"""),
("el", "b58-el-re-epistrofi-xoris-metaforika", "Μιχάλης Αντωνίου <michalis.antoniou@example.gr>", "Re: Η επιστροφή σας εγκρίθηκε", "billing", "",
"""Καλησπερα,

Μου επιστρεψατε 85€ ενω εγω πληρωσα 91,50 μαζι με τα μεταφορικα. Το
μπουφαν το γυρισα γιατι ηταν σκισμενο στη ραφη, που δεν φαινοταν στις
φωτογραφιες. Δεν θα επρεπε να μου επιστραφουν και τα μεταφορικα;

Μιχαλης

> Αγαπητέ πελάτη,
> Η επιστροφή για την παραγγελία 40781 εγκρίθηκε. Ποσό 85,00€ θα
> πιστωθεί στην κάρτα σας εντός 5 εργάσιμων ημερών.
> Ευχαριστούμε, Ομάδα Επιστροφών"""),
("el", "b58-gl-dwroepitagi-eshop", "Elena P. <elena.pap@example.gr>", "dwroepitagh", "billing", "",
"""Geia sas, mou xarisan mia dwroepitagh 50e gia to magazi sas sthn
Ermou. Isxyei kai gia to e-shop h mono sto fysiko katasthma? Kai an
ayto pou 8elw kanei 38e, ta ypoloipa menoun gia allh fora?"""),
("el", "b58-gl-allagi-noumero-papoutsia", "Nikos Tsakiris <n.tsakiris@example.gr>", "allagh", "billing", "",
"""Kalhmera, phra ta Dr Martens (metaxeirismena, paraggelia 6130) se 43
alla mou erxontai megala. Mporw na ta allaksw me to idio zeugari se 42
an yparxei? Alliws thelw epistrofh xrhmatwn."""),
("el", "b58-el-kinito-den-fortizei", "Ευάγγελος Μπούρας <v.bouras@example.gr>", "Το κινητό δεν φορτίζει", "technical", "",
"""Καλημέρα,

Το ανακατασκευασμένο Xiaomi που παρέλαβα την Παρασκευή δεν φορτίζει με
κανένα καλώδιο. Όταν το βάζω στην πρίζα δείχνει για ένα δευτερόλεπτο το
σύμβολο φόρτισης και μετά σβήνει. Έχω δοκιμάσει τρία διαφορετικά
καλώδια και δύο φορτιστές.

Ευάγγελος"""),
("el", "b58-gl-laptop-wifi-kovetai", "Thodoris Manos <thodoris.m@example.gr>", "wifi", "technical", "",
"""To laptop pou phra apo sas (refurbished Dell) xanei to wifi ka8e 10
lepta. To kinhto kai to tablet sto idio diktyo den exoun kanena 8ema.
Ekana update tous drivers, tipota. Ti allo na dokimasw?"""),
("el", "b58-el-mpataria-fouskwnei-kinito", "Σοφία Ραφαηλίδου <sofia.rafailidou@example.gr>", "Οθόνη κινητού", "technical", "high",
"""Καλησπερα σας,

Το ανακατασκευασμενο κινητο που αγορασα πριν δυο μηνες εχει αρχισει να
σηκωνει την οθονη απο τη μια πλευρα, σαν να το σπρωχνει κατι απο μεσα.
Ζεσταινεται και λιγο οταν φορτιζει. Διαβασα οτι μπορει να φουσκωνει η
μπαταρια, οποτε το εκλεισα και το εβαλα σε ενα μεταλλικο κουτι στο
μπαλκονι.

Πως προχωραμε;

Σοφια"""),
("el", "b58-el-fortistis-kapnos", "Γιάννης Καραγιάννης <g.karagiannis@example.gr>", "Φορτιστής", "technical", "high",
"""Χθες το βράδυ ο φορτιστής που ήρθε μαζί με το ανακατασκευασμένο laptop
άρχισε να βγάζει λίγο καπνό και μύριζε καμένο πλαστικό. Τον έβγαλα
αμέσως από την πρίζα. Το καλώδιο κοντά στο τροφοδοτικό έχει λιώσει
λίγο. Δεν τον ξαναχρησιμοποιώ. Μπορείτε να μου στείλετε καινούργιο
γνήσιο;

Γιάννης"""),
("el", "b58-gl-efarmogi-kleinei-anazitisi", "Spyros K. <spyrosk@example.gr>", "App", "technical", "",
"""Den einai gia xrhmata, mhn me steilete sto loghstirio :) H efarmogh
sas kleinei monh ths otan grafw kati sthn anazhthsh, p.x. "golf".
Android 14, Samsung A54, exw thn teleytaia ekdosh. Prin 2 vdomades
douleve kanonika."""),
("el", "b58-el-antiprosopeia-kamia-epikoinonia", "Αντωνία Φραγκιαδάκη <info@fragiadakis-cars.example>", "Οι αγγελίες μας", "technical", "high",
"""Καλημέρα σας,

Είμαστε έκθεση μεταχειρισμένων αυτοκινήτων στο Ηράκλειο με 58
αγγελίες στην πλατφόρμα σας. Από την Πέμπτη δεν έχουμε δεχτεί ούτε ένα
τηλεφώνημα ή μήνυμα από αγοραστή, ενώ κανονικά έχουμε 10-15 την ημέρα.
Φίλος μας έψαξε τα αυτοκίνητά μας και του εμφανίζει «Η αγγελία δεν
είναι διαθέσιμη» σε όλες. Οι πωλητές μας κάθονται.

Παρακαλούμε να το δει κάποιος άμεσα.

Αντωνία Φραγκιαδάκη
Φραγκιαδάκης Αυτοκίνητα"""),
("el", "b58-el-den-mpainw-logariasmo", "Κατερινα Βλαχου <k.vlachou@example.gr>", "Κωδικος", "technical", "",
"""Γεια σας. Προσπαθω να μπω στο λογαριασμο μου για να δω τα βιβλια που
εχω ανταλλαξει αλλα μου λεει "λαθος κωδικος". Πατησα να τον αλλαξω,
ηρθε το email, εβαλα νεο κωδικο, και παλι "λαθος κωδικος". Τι γινεται;"""),
("el", "b58-gl-tablet-grammes-othoni", "Lefteris Dimou <lefteris.dimou@example.gr>", "tablet", "technical", "",
"""Kalhspera, sto refurbished tablet (Galaxy Tab S7) emfanisthkan 3
leptes prasines grammes sthn o8onh apo xtes. Den to exei xtyphsei
tipota, htan panta mesa sth thikh tou. Einai sthn eggyhsh twn 12
mhnwn. Pou to stelnw?"""),
("el", "b58-el-den-thelo-epistrofi-iheia", "Όλγα Παπανικολάου <olga.papanikolaou@example.gr>", "MacBook - ηχείο", "technical", "",
"""Καλησπέρα,

Το ανακατασκευασμένο MacBook Pro που αγόρασα τον Φεβρουάριο έχει
αρχίσει να τρίζει το δεξί ηχείο όταν η ένταση είναι πάνω από τη μέση.
Δεν θέλω επιστροφή χρημάτων ούτε αντικατάσταση, κατά τα άλλα είναι
εξαιρετικό. Θέλω απλώς να επισκευαστεί το ηχείο στην εγγύηση.

Όλγα"""),
("el", "b58-el-episkevi-trith-fora-diefthyntis", "Απόστολος Ζερβός <a.zervos@example.gr>", "Τρίτη επισκευή για το ίδιο πρόβλημα", "technical", "high",
"""Κύριοι,

Το ανακατασκευασμένο PlayStation 5 που αγόρασα από εσάς επιστρέφει για
τρίτη φορά από το service σας με την ίδια βλάβη: κλείνει μόνο του μετά
από μισή ώρα παιχνιδιού. Κάθε φορά γράφετε «ελέγχθηκε, λειτουργεί
κανονικά».

Δεν πρόκειται να το στείλω τέταρτη φορά στο ίδιο τμήμα. Ζητώ να
επικοινωνήσει μαζί μου ο υπεύθυνος του service ή κάποιος διευθυντής.

Απόστολος Ζερβός
Αρ. επισκευής SR-70918"""),
("el", "b58-gl-fotistiko-spin8hres", "Dimitra Chatzi <dimitra.chatzi@example.gr>", "fwtistiko", "technical", "high",
"""Kalhmera sas. To vintage fwtistiko orofhs pou mou anakainisate kai
mou valate kainourgia kalwdiwsh, ekane spin8hres mesa sto ntoui otan to
anapsa xtes kai mirise kamena. Ekleisa thn asfaleia kai den to
ksanaanoigw. 8a mporouse na er8ei kapoios na to dei?

Dhmhtra"""),
("el", "b58-el-fotografies-aggelia-den-anevainoun", "Χρήστος Νικολαΐδης <christos.nikolaidis@example.gr>", "Φωτογραφίες", "technical", "",
"""Προσπαθώ να ανεβάσω φωτογραφίες στην αγγελία για το μηχανάκι μου και
μου βγάζει «Μη υποστηριζόμενη μορφή αρχείου». Είναι κανονικά jpg από
iPhone. Δοκίμασα από υπολογιστή και από κινητό."""),
("el", "b58-el-tablet-meta-tin-enimerosi", "Ευτυχία Λαμπράκη <eftychia.lamprak@example.gr>", "Δεν ανοίγει", "technical", "",
"""Καλημέρα σας. Στο tablet που πήρα για τον εγγονό μου έγινε χθες μια
ενημέρωση και από τότε μένει στο λογότυπο και δεν προχωράει. Το άφησα
όλη νύχτα στον φορτιστή. Τι να κάνω; Εγώ δεν ξέρω πολλά από αυτά.

Ευτυχία Λαμπράκη"""),
("el", "b58-el-orario-megali-evdomada", "Φώτης Ξενάκης <fotis.xenakis@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, τι ώρες θα είναι ανοιχτό το κατάστημα στο Μαρούσι τη
Μεγάλη Εβδομάδα; Τη Μεγάλη Παρασκευή ανοίγετε;"""),
("el", "b58-el-eyxaristo-laptop-foititria", "Βασιλική Τζανετάκη <vasiliki.tz@example.gr>", "Ευχαριστώ!", "general", "",
"""Καλησπέρα!

Ήθελα μόνο να σας πω ένα μεγάλο ευχαριστώ. Πήρα ανακατασκευασμένο laptop
για τη σχολή με τα λίγα χρήματα που είχα και ήρθε σαν καινούργιο, και
ο κύριος στο τηλέφωνο με βοήθησε με υπομονή να το στήσω. Θα σας
προτείνω σε όλους στο τμήμα.

Βασιλική"""),
("el", "b58-gl-ksexasa-gyalia", "Katerina Sotiriou <katsot@example.gr>", "gyalia", "general", "",
"""Geia sas, to Savvato to prwi hmoun sto vintage magazi sas sto Psyrh kai
nomizw afhsa ta gyalia oraseis mou sto dokimasthrio, mayros skeletos
se kokkinh 8hkh. Ta vrhkate mhpws?"""),
("el", "b58-el-allagi-kinitou-tilefonou", "Ανδρέας Πετρίδης <andreas.petridis@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, άλλαξα αριθμό κινητού. Μπορείτε να περάσετε στον λογαριασμό
μου το 6977 123 456 αντί για το παλιό; Από την εφαρμογή δεν μου
επιτρέπει να το αλλάξω γιατί ζητάει κωδικό στο παλιό νούμερο.

Ανδρέας Πετρίδης"""),
("el", "b58-el-dorea-vivlion-paidika", "Ρένα Χριστοφόρου <rena.christoforou@example.gr>", "Βιβλία για δωρεά", "general", "",
"""Γεια σας,

Έχω περίπου 80 παιδικά βιβλία σε καλή κατάσταση, από τότε που ήταν
μικρά τα παιδιά μου. Τα δέχεστε στο ανταλλακτήριο; Πρέπει να τα φέρω
εγώ ή περνάτε να τα πάρετε; Μένω στο Χαλάνδρι.

Ρένα"""),
("el", "b58-gl-paralavi-epiplwn-dorea", "Vasilis Anagnostou <vasilis.anag@example.gr>", "Paralavh", "general", "",
"""Kalhspera, eixa kleisei na er8ete na paralavete th ntoulapa kai to
trapezi pou dinw ston filanthrwpiko syllogo thn Tetarth. Mporoume na to
metaferoume Paraskevh prwi? Mou prokyse douleia. To spiti einai 3os
orofos xwris asanser, to eipa kai sto thlefwno.

Vasilis"""),
("el", "b58-el-diagrafi-prosopikon-dedomenon", "Ιωάννης Μαυρίδης <i.mavridis@example.gr>", "Διαγραφή δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, παρακαλώ να διαγράψετε τον λογαριασμό
μου και όλα τα προσωπικά μου δεδομένα από την πλατφόρμα αγγελιών σας,
καθώς και να μου επιβεβαιώσετε εγγράφως τη διαγραφή.

Ιωάννης Μαυρίδης"""),
("el", "b58-el-xorigia-athlitikos-syllogos", "Α.Σ. Αετός Λάρισας <aetos.larisas@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί φίλοι,

Είμαστε ερασιτεχνικός ποδοσφαιρικός σύλλογος παίδων στη Λάρισα και
ψάχνουμε χορηγό για τις φανέλες της νέας σεζόν. Επειδή το κατάστημά
σας με τα ανακατασκευασμένα κινητά είναι δίπλα στο γήπεδο, σκεφτήκαμε
να σας ρωτήσουμε αν θα σας ενδιέφερε.

Με εκτίμηση,
Λάμπρος Γκούμας, Ταμίας"""),
("el", "b58-el-ypalliloi-agenia-tradein", "Ελπίδα Σταματοπούλου <elpida.stam@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "",
"""Καλησπερα σας,

Πηγα στο καταστημα της Πατρας να ρωτησω για το προγραμμα ανταλλαγης
κινητων. Η υπαλληλος στο ταμειο μου απαντουσε απαξιωτικα, γελασε με
το παλιο μου κινητο μπροστα σε αλλους πελατες και μου ειπε "με αυτο
δεν παιρνετε τιποτα". Δεν ειναι τροπος αυτος.

Ελπιδα Σταματοπουλου"""),
("el", "b58-gl-odigies-paradosis-kanapes", "Manos Georgiou <manos.georgiou@example.gr>", "Paraggelia 3390", "general", "",
"""Geia sas, gia ton kanape pou 8a er8ei thn Pempth: to koudouni den
douleyei, opote na pareite sto 6945 000 111 otan eiste katw. Kai
parakalw mpeite apo thn pisw eisodo sthn odo Kanari giati h mprosta
exei skalia."""),
("el", "b58-el-spasmeno-skalopati-katastima", "Αριστείδης Κουτσούκος <a.koutsoukos@example.gr>", "Σκάλα στο κατάστημα", "general", "high",
"""Καλημέρα σας,

Χθες στο κατάστημα μεταχειρισμένων επίπλων στο Περιστέρι, το τρίτο
σκαλοπάτι της σκάλας που πάει στον πάνω όροφο είναι ξεκολλημένο και
κουνιέται. Το πάτησα και γλίστρησε μπροστά, πιάστηκα από την κουπαστή.
Δεν είχε καμία σήμανση. Καλό θα ήταν να το φτιάξετε πριν πέσει κάποιος.

Αριστείδης Κουτσούκος"""),
("el", "b58-gl-ypallilos-thelo-ypeuthyno", "Stelios Mpakas <stelios.mpakas@example.gr>", "PARAPONO", "general", "high",
"""8elw na milhsw me ton ypey8yno tou katasthmatos sth Larisis. Xtes o
security me evgale kyriolektika apo to magazi epeidh "argousa na
apofasisw" kai me aggikse sto xeri mprosta se olous. Eimai pelaths
sas 5 xronia. Den 8elw apologia apo to call center, 8elw na me parei
thlefwno o ypey8ynos. 6932 XXX XXX.

Stelios"""),
("el", "b58-el-re-bazaar-imerominia", "Ζωή Ανδρεάδου <zoi.andreadou@example.gr>", "Re: Bazaar ανταλλαγής ρούχων", "general", "",
"""Ευχαριστώ για την πρόσκληση! Να ρωτήσω μόνο, μπορώ να φέρω και
παιδικά ρούχα ή μόνο γυναικεία; Και χρειάζεται δήλωση συμμετοχής;

Ζωή

> Αγαπητή Ζωή,
> Σας προσκαλούμε στο bazaar ανταλλαγής ρούχων την Κυριακή 12 Μαΐου,
> 11:00-15:00, στο κατάστημά μας στην Κυψέλη.
> Η ομάδα του Second Loop"""),
# ---------------- Spanish ----------------
("es", "b58-es-envio-cobrado-siendo-gratis", "Lucía Navarro <lucia.navarro@example.es>", "Pedido RF-71552", "billing", "",
"""Hola,

He comprado un iPhone 12 reacondicionado (grado Excelente, 319 €) y en
la web ponía envío gratis a partir de 50 €. Sin embargo en el cargo de
la tarjeta aparecen 324,95 €, o sea que me habéis cobrado 5,95 de envío.
¿Me lo podéis devolver?

Gracias,
Lucía"""),
("es", "b58-es-mx-meses-sin-intereses", "Alejandro Cárdenas <alex.cardenas@example.com.mx>", "meses sin intereses", "billing", "",
"""Buenas tardes, quisiera saber si la laptop reacondicionada MacBook Air
M1 de $12,999 MXN se puede pagar a meses sin intereses con tarjeta
BBVA. En la pagina solo me aparece pago de contado y OXXO. Gracias."""),
("es", "b58-es-ar-cuotas-recargo", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Cuotas", "billing", "",
"""Hola! Compre el Samsung reacondicionado en 6 cuotas sin interes segun
decia la publicacion, pero en el resumen de la Visa me aparece cada
cuota de $48.300 y el total da $289.800, cuando el precio era
$259.900. Me cobraron recargo? Me pueden explicar?

Flor"""),
("es", "b58-es-factura-nombre-empresa", "Administración <admin@reformas-ebro.example>", "Factura", "billing", "",
"""Buenos días,

Necesitamos factura completa de la compra de dos portátiles
reacondicionados (pedido 88307) a nombre de Reformas Ebro S.L., CIF
B50123456, C/ Predicadores 18, 50003 Zaragoza. En el correo de
confirmación solo viene un ticket simplificado.

Un saludo,
Pilar Gimeno
Administración"""),
("es", "b58-es-devolucion-abrigo-olor", "Marta Solís <marta.solis@example.es>", "Devolución abrigo", "billing", "",
"""Buenas,

El abrigo de paño de los años 70 que compré en vuestra tienda online
huele muchísimo a tabaco, y en la descripción no ponía nada. Lo he
aireado tres días y sigue igual. Quiero devolverlo y que me reembolséis
los 79 €. ¿Me mandáis una etiqueta de devolución?

Marta"""),
("es", "b58-es-cl-tasacion-rebajada", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Canje de mi celular", "billing", "",
"""Estimados,

En la web me tasaron mi iPhone XR en $95.000 para el plan de canje. Lo
mandé por Chilexpress y ahora me dicen que después de la revisión me
pagan $52.000 porque tiene "desgaste en la carcasa". Es un rayón mínimo
en la esquina. No acepto ese monto: o me respetan la tasación o me
devuelven el teléfono sin costo.

Saludos,
Ignacio Fuentes"""),
("es", "b58-es-padre-fallecido-suscripcion-libros", "Carmen Ortega <carmen.ortega@example.es>", "Suscripción de mi padre", "billing", "",
"""Buenas tardes:

Les escribo porque mi padre, Antonio Ortega Ruiz, falleció el pasado
mes de febrero. Estaba suscrito a su club de libros de segunda mano y
siguen pasando el recibo de 14,90 € cada mes en su cuenta. Les ruego
que den de baja la suscripción. Si necesitan el certificado de
defunción se lo envío.

Atentamente,
Carmen Ortega"""),
("es", "b58-es-mx-caja-ropa-embarazo", "Daniela Rosas <dani.rosas@example.com.mx>", "mi caja mensual", "billing", "",
"""Holaaa, les cuento que estoy embarazada (5 meses!!) y la ropa vintage
de mi talla ya no me va a quedar por un buen rato jaja. Se puede
congelar la caja mensual de $649 hasta despues del bebe? No la quiero
dar de baja, solo que no me cobren ni me manden nada por unos meses.

Gracias, Dani"""),
("es", "b58-es-anuncio-coche-cobro-abogado", "Fernando Llorente <f.llorente@example.es>", "Cargos indebidos en mi cuenta de anunciante", "billing", "high",
"""Muy señores míos:

El 12 de marzo di de baja el anuncio de mi Seat León porque lo vendí.
A pesar de ello, me han seguido cobrando 19,99 € en abril y en mayo en
concepto de "destacado". He reclamado dos veces por el formulario y no
he recibido respuesta.

Si en un plazo de diez días no me devuelven los 39,98 €, pondré el
asunto en manos de mi abogado y presentaré una reclamación ante la
Oficina Municipal de Información al Consumidor.

Fernando Llorente"""),
("es", "b58-es-ar-sena-mueble-defensa-consumidor", "Gustavo Medina <gustavo.medina@example.com.ar>", "Seña aparador", "billing", "high",
"""Buenas. En diciembre les deje una seña de $80.000 para el aparador de
petiribi que iban a restaurar. Me dijeron que en un mes estaba. Ya
estamos en abril, no me atienden el telefono y por whatsapp me clavan
el visto. Quiero el mueble o la plata. Si no tengo respuesta esta
semana hago la denuncia en Defensa del Consumidor.

Gustavo Medina
Rosario"""),
("es", "b58-es-mx-reembolso-supervisor-profeco", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "REEMBOLSO PENDIENTE - QUIERO HABLAR CON UN SUPERVISOR", "billing", "high",
"""Devolví la tablet reacondicionada el 2 de abril porque la batería no
duraba ni 2 horas. Tengo la guía de Estafeta que dice entregado el 4 de
abril. Ya pasaron 6 semanas y no veo los $5,490 en mi tarjeta.

Cada vez que llamo me dicen que "está en proceso". Ya no quiero hablar
con el call center, quiero que me llame un supervisor. Si no se
resuelve esta semana pongo la queja en Profeco.

Ricardo Salinas
Pedido 20931"""),
("es", "b58-es-no-es-tecnico-codigo-descuento", "Irene Castaño <irene.castano@example.es>", "Código", "billing", "",
"""Hola, no es ningún problema con el portátil, que funciona genial. Es
que tenía un código de bienvenida del 10% (HOLA10) y al pagar no me lo
aplicó aunque ponía "código válido". Pagué 289 € en vez de 260,10 €.
¿Me podéis devolver la diferencia?"""),
("es", "b58-es-re-reembolso-sin-envio", "Jorge Cabrera <jorge.cabrera@example.es>", "RE: Reembolso tramitado - pedido 51820", "billing", "",
"""Hola de nuevo:

Me habéis devuelto 45 € pero yo pagué 49,90 € con el envío. Los
vaqueros los devolví porque tenían una mancha que no salía en las
fotos, no porque me arrepintiera. Creo que me corresponde también el
envío.

Jorge

-----Mensaje original-----
De: Atención al cliente
Asunto: Reembolso tramitado - pedido 51820

Hola Jorge, te confirmamos que hemos tramitado el reembolso de 45,00 €
a tu método de pago original. Lo verás en 3-5 días hábiles."""),
("es", "b58-es-co-bono-regalo-saldo", "Valentina Restrepo <vale.restrepo@example.com.co>", "Bono", "billing", "",
"""Buenas tardes, tengo un bono de regalo de $150.000 de su tienda de
ropa de segunda mano en Medellin. Si compro algo de $110.000, el saldo
que sobra queda para otra compra o se pierde? Gracias"""),
("es", "b58-es-movil-sin-cobertura", "Pablo Domínguez <pablo.dominguez@example.es>", "No tengo cobertura", "technical", "",
"""Buenas,

El Samsung A54 reacondicionado que me llegó ayer no coge cobertura.
Pone "Solo llamadas de emergencia" todo el rato. La SIM de Movistar
funciona perfectamente en mi móvil antiguo. Ya lo he reiniciado y he
quitado y puesto la tarjeta varias veces.

Pablo"""),
("es", "b58-es-portatil-carcasa-abombada", "Rosa Villanueva <rosa.villanueva@example.es>", "Portátil", "technical", "high",
"""Buenos días,

Les escribo por el portátil reacondicionado que compré en enero. Desde
hace unos días la parte de abajo está abombada y el portátil cojea
encima de la mesa, y el teclado se ha levantado un poco por el centro.
Se calienta aunque solo esté cargando. He leído que puede ser la
batería hinchada, así que lo he desenchufado y lo he dejado en la
terraza, lejos de todo.

¿Qué debo hacer con él?

Rosa Villanueva"""),
("es", "b58-es-cargador-olor-quemado", "Héctor Aguilar <hector.aguilar@example.com.mx>", "cargador", "technical", "high",
"""Que tal, el cargador que venia con el celular reacondicionado se puso
muy caliente anoche, olia a quemado y el plastico cerca del enchufe se
derritio un poco. Lo desconecte luego luego. Ya no lo voy a usar,
pueden mandarme otro original?

Hector"""),
("es", "b58-es-mx-app-se-cierra-sola", "Mariana Torres <mariana.torres@example.com.mx>", "La app", "technical", "",
"""Hola, la app de intercambio de libros se cierra sola cada vez que le
doy a "publicar libro" y subo la foto. Tengo un iPhone 13 con la ultima
version de iOS y de la app. Ya la borre y la volvi a instalar."""),
("es", "b58-es-concesionario-sin-llamadas", "Concesionario Levante <ventas@ocasion-levante.example>", "Nuestros anuncios", "technical", "high",
"""Buenos días,

Somos un concesionario de vehículos de ocasión en Valencia con 64
coches publicados en su portal mediante la carga automática. Desde el
lunes no ha entrado ni una sola llamada ni un solo contacto, cuando lo
normal son entre 20 y 30 al día. Varios clientes que han venido en
persona nos dicen que al buscar nuestros coches les sale "Este anuncio
ya no está disponible". Tenemos a los comerciales mano sobre mano.

Les rogamos que lo revisen hoy mismo.

Vicente Moll
Jefe de ventas"""),
("es", "b58-es-no-llega-correo-contrasena", "Beatriz Lozano <bea.lozano@example.es>", "Contraseña", "technical", "",
"""Hola, le he dado a "He olvidado mi contraseña" cuatro veces y no me
llega ningún correo, ni en spam ni en promociones. Es la misma dirección
con la que compré la última vez. Ayuda porfa."""),
("es", "b58-es-ar-no-quiero-devolucion-auriculares", "Martín Sosa <martin.sosa@example.com.ar>", "Auriculares reacondicionados", "technical", "",
"""Hola, antes que nada: no quiero que me devuelvan la plata, los
auriculares me encantan y me costo conseguirlos. El tema es que el
izquierdo se desconecta cada 5 minutos y vuelve a conectarse solo.
Probe con el celu y con la notebook, pasa con los dos. Se pueden
mandar a reparar por la garantia?

Martin"""),
("es", "b58-es-lampara-restaurada-calambre", "Concepción Ferrer <concha.ferrer@example.es>", "Lámpara restaurada", "technical", "high",
"""Estimados señores:

Quería comentarles que la lámpara de pie de latón que me restauraron y
a la que pusieron cable nuevo da un pequeño calambre al tocar el pie
cuando está encendida. Mi yerno dice que es porque no tiene bien la
toma de tierra. La he desenchufado y no la uso.

¿Podrían pasar a revisarla?

Un saludo,
Concepción Ferrer"""),
("es", "b58-es-tablet-tactil-no-responde", "Sergio Molina <sergio.molina@example.es>", "tablet", "technical", "",
"""La tablet reacondicionada no responde al tacto en la franja de abajo de
la pantalla, unos 2 cm. No puedo darle a los botones de la barra. Ya he
hecho el restablecimiento de fábrica y sigue igual."""),
("es", "b58-es-reparacion-tercera-vez-responsable", "Andrés Peña <andres.pena@example.es>", "Tercera reparación, mismo fallo", "technical", "high",
"""Buenas tardes:

Es la tercera vez que mi Nintendo Switch reacondicionada vuelve de su
servicio técnico con la misma avería: la pantalla se queda en negro
cuando se saca del dock. Las tres veces el informe dice "revisado,
funciona correctamente" y a los dos días vuelve a fallar.

No pienso mandarla una cuarta vez para recibir la misma nota. Quiero
que me llame el responsable del servicio técnico o alguien por encima.

Andrés Peña
Nº de reparación ST-40617"""),
("es", "b58-es-pe-fotos-anuncio-error", "Renzo Quispe <renzo.quispe@example.pe>", "No puedo subir fotos", "technical", "",
"""Buenas, estoy tratando de publicar mi auto en su pagina y al subir las
fotos me sale "Error al procesar la imagen". Son fotos normales del
celular. Intente desde Chrome y desde la app y nada."""),
("es", "b58-es-cl-notebook-pantalla-azul", "Camila Rojas <camila.rojas@example.cl>", "Notebook", "technical", "",
"""Hola, el notebook reacondicionado que compre hace 3 semanas se pone en
pantalla azul cada vez que lo conecto al monitor por HDMI. Sin el
monitor funciona bien. Lo necesito para trabajar desde la casa,
alguna idea?

Camila"""),
("es", "b58-es-hola-camara-no-enfoca", "Julián Herrero <julian.herrero@example.es>", "Hola", "technical", "",
"""Hola,

La cámara trasera del Pixel reacondicionado que compré no enfoca nada
que esté a menos de un metro. Las fotos de cerca salen todas borrosas.
La lente está limpia, sin rayas.

Julián"""),
("es", "b58-es-horario-agosto", "Elena Vidal <elena.vidal@example.es>", "Horario", "general", "",
"""¿Cerráis la tienda de Gràcia en agosto o abrís con horario de verano?
Quería pasarme la semana del 15."""),
("es", "b58-es-gracias-portatil-abuela", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Gracias", "general", "",
"""Hola!

Solo quería daros las gracias. Le regalé a mi amama un portátil
reacondicionado vuestro y el chico que me atendió por teléfono le dejó
todo configurado con letras grandes y la videollamada lista. Ahora
habla con sus nietos de Londres cada domingo. Un servicio de diez.

Nerea"""),
("es", "b58-es-paraguas-olvidado", "Tomás Bermúdez <tomas.bermudez@example.es>", "Paraguas", "general", "",
"""Buenas, el sábado por la tarde me dejé un paraguas verde con el mango
de madera en vuestra tienda de muebles restaurados de Malasaña, creo
que junto a las sillas. ¿Lo habéis encontrado?"""),
("es", "b58-es-cambio-correo-cuenta", "Alicia Romero <alicia.romero@example.es>", "Cambiar email", "general", "",
"""Hola, quiero cambiar el correo de mi cuenta a este nuevo
(alicia.romero@example.es). El antiguo era de la empresa donde ya no
trabajo y no tengo acceso. ¿Cómo lo hago?"""),
("es", "b58-es-mx-recoleccion-donacion-ropa", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Donacion", "general", "",
"""Buenas tardes, tengo unas 6 bolsas de ropa de adulto y de niño en buen
estado que quiero donar a su bazar. Pasan a recoger a domicilio en
Coyoacan o tengo que llevarlas yo? Que dias reciben?

Gracias
Lupita"""),
("es", "b58-es-acceso-datos-rgpd", "David Esteban <david.esteban@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito que me faciliten una copia
de todos los datos personales que tratan sobre mí, incluidos los
anuncios publicados y los mensajes intercambiados con otros usuarios a
través de su plataforma.

Quedo a la espera de su respuesta en el plazo legal de un mes.

David Esteban"""),
("es", "b58-es-patrocinio-carrera-solidaria", "Club Atletismo Tres Cantos <club@atletismo-trescantos.example>", "Carrera solidaria", "general", "",
"""Hola,

Desde el club estamos organizando una carrera solidaria el 8 de
octubre y buscamos comercios de la zona que quieran patrocinar o
aportar algún premio para el sorteo. Como vuestra tienda de segunda
mano colabora con Cáritas, pensamos que quizás os interesaría.

Un saludo,
Raquel Benítez"""),
("es", "b58-es-mx-trato-empleado-canje", "Óscar Ramírez <oscar.ramirez@example.com.mx>", "Mala atencion en sucursal", "general", "",
"""Fui a su sucursal de Plaza Universidad a preguntar por el programa de
canje y el muchacho del mostrador ni me volteo a ver, me contesto de
mala gana que "todo esta en la pagina" y se puso a platicar con su
compañera mientras yo seguia ahi parado. No se trata asi a la gente.

Oscar Ramirez"""),
("es", "b58-es-entrega-portero", "Inés Cuesta <ines.cuesta@example.es>", "Entrega pedido 30914", "general", "",
"""Hola, la cómoda restaurada llega el jueves y no estaré en casa por la
mañana. ¿Pueden dejársela a Manolo, el portero? Está de 8 a 14 h. Si
no, mejor por la tarde a partir de las 17:00. Gracias."""),
("es", "b58-es-ar-feria-trueque-libros", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Feria de trueque", "general", "",
"""Hola! Vi en Instagram que hacen una feria de trueque de libros en
Palermo el mes que viene. Cuantos libros se pueden llevar como maximo?
Hay que anotarse antes o se cae directamente?"""),
("es", "b58-es-cristales-zona-infantil", "Sonia Prieto <sonia.prieto@example.es>", "Zona infantil de la tienda", "general", "high",
"""Hola,

Ayer estuve con mi hijo en vuestra tienda solidaria de Alcalá, en el
rincón infantil con juguetes. Debajo de la alfombra había trozos de
cristal, creo que de un vaso o un marco roto. Mi hijo se cortó un poco
en la mano, nada grave, pero cualquier otro niño se puede hacer daño.
Se lo dije a la dependienta pero no vi que lo recogieran.

Sonia Prieto"""),
("es", "b58-es-gerente-empleado-gritos", "Manuel Guerrero <manuel.guerrero@example.es>", "Quiero hablar con el gerente", "general", "high",
"""Exijo hablar con el gerente de la tienda de Sevilla Este. Ayer el
encargado del almacén me gritó delante de otros clientes y me acusó
de querer robar una silla solo porque la saqué a la luz para verla
mejor. Llevo años comprando allí. No quiero un correo de disculpa
genérico: que me llame el gerente al 654 00 00 00.

Manuel Guerrero"""),
("es", "b58-es-re-garantia-reacondicionado", "Patricia Gil <patricia.gil@example.es>", "Re: Consulta", "general", "",
"""Gracias por la respuesta. Entonces, ¿la garantía de 18 meses cubre
también la batería o solo el resto del móvil? Es para decidir entre el
grado A y el B.

Patricia

El 10/04, Atención al cliente escribió:
> Hola Patricia, todos nuestros móviles reacondicionados tienen 18
> meses de garantía. Un saludo."""),
# ---------------- Polish ----------------
("pl", "b58-pl-podwojna-platnosc-blik", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zamówienie 40219", "billing", "",
"""Dzień dobry,

kupiłam odnowionego iPhone'a 13 za 1899 zł i zapłaciłam BLIKiem. Za
pierwszym razem wyskoczył błąd, więc zatwierdziłam drugi kod. Teraz w
banku widzę dwie płatności po 1899 zł. Telefon przyszedł jeden.
Proszę o zwrot drugiej kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b58-pl-raty-zero-procent-laptop", "Mateusz Kaczmarek <mateusz.kaczmarek@example.pl>", "Raty", "billing", "",
"""Czesc, czy odnowionego ThinkPada X1 za 2499 zl da sie kupic na raty
0%? W koszyku widze tylko przelew, karte i PayPo. Jesli tak, to na ile
rat maksymalnie?"""),
("pl", "b58-pl-faktura-nip-po-zakupie", "Biuro Rachunkowe Sowa <biuro@sowa-rachunki.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

w zamówieniu nr 55812 (trzy odnowione monitory) zapomniałam zaznaczyć
opcję faktury. Uprzejmie proszę o wystawienie faktury VAT na dane:

Biuro Rachunkowe Sowa sp. z o.o.
ul. Długa 14/3, 31-147 Kraków
NIP 676-123-45-67

Z poważaniem
Halina Sowa"""),
("pl", "b58-pl-zwrot-kurtki-skorzanej", "Julia Lewandowska <julia.lewandowska@example.pl>", "kurtka", "billing", "",
"""Hej, kurtka skórzana vintage z zamówienia 7714 ma rozprutą podszewkę
pod pachą, na zdjęciach tego nie było widać. Chcę ją odesłać i
dostać zwrot 240 zł. Jak mam to zrobić, jest jakiś formularz?"""),
("pl", "b58-pl-skup-nizsza-wycena", "Krzysztof Zając <krzysztof.zajac@example.pl>", "Skup telefonu - wycena", "billing", "",
"""Dzien dobry,

w kalkulatorze na stronie wyceniliscie mojego Samsunga S21 na 850 zl w
stanie "bardzo dobrym". Wyslalem telefon kurierem, a dzis dostaje maila
ze po weryfikacji proponujecie 480 zl bo "slady uzytkowania". Telefon
byl caly czas w etui i ze szklem. Nie zgadzam sie na 480 zl - prosze
zaplacic kwote z wyceny albo odeslac telefon na wasz koszt.

Krzysztof Zajac"""),
("pl", "b58-pl-paczki-ksiazek-wyjazd-norwegia", "Tomasz Mazur <tomasz.mazur@example.pl>", "Wyjeżdżam", "billing", "",
"""Cześć,

od czerwca wyjeżdżam do pracy do Norwegii, na co najmniej rok, więc nie
ma sensu, żebyście dalej wysyłali mi co miesiąc paczkę z używanymi
książkami na stary adres. Proszę, żeby od czerwca nie pobierać już
39 zł z karty.

Dzięki i pozdro,
Tomek"""),
("pl", "b58-pl-karta-podarunkowa-sklep-online", "Barbara Nowicka <barbara.nowicka@example.pl>", "Karta podarunkowa", "billing", "",
"""Dzień dobry, dostałam od dzieci kartę podarunkową na 200 zł do Państwa
sklepu z odzieżą vintage w Poznaniu. Czy mogę nią zapłacić w sklepie
internetowym? Nie widzę przy płatności miejsca na numer karty.

Barbara Nowicka"""),
("pl", "b58-pl-ogloszenie-auta-oplaty-rzecznik", "Ryszard Kowalczyk <ryszard.kowalczyk@example.pl>", "Nienależne opłaty za ogłoszenie", "billing", "high",
"""Szanowni Państwo,

10 marca usunąłem ogłoszenie sprzedaży mojej Skody Octavii, ponieważ
samochód został sprzedany. Mimo to w kwietniu i w maju pobrali Państwo
z mojej karty po 59 zł za "wyróżnienie ogłoszenia". Dwa zgłoszenia
przez formularz pozostały bez odpowiedzi.

Jeżeli w ciągu 14 dni kwota 118 zł nie zostanie zwrócona, zwrócę się
do miejskiego rzecznika konsumentów i skieruję sprawę do sądu.

Ryszard Kowalczyk"""),
("pl", "b58-pl-zaliczka-komoda-chargeback", "Monika Szymańska <monika.szymanska@example.pl>", "Zaliczka za komodę", "billing", "high",
"""Dzien dobry. W styczniu wplacilam 300 zl zaliczki za odnowienie i
sprzedaz komody z lat 60 (ta z mosieznymi uchwytami). Mialo byc
gotowe w 3 tygodnie. Teraz jest kwiecien, nikt nie odbiera telefonu, a
na Instagramie odpisujecie "juz niedlugo". Mam dosc. Jesli do piatku
nie bedzie komody albo zwrotu pieniedzy, zglaszam w banku chargeback.

Monika Szymanska"""),
("pl", "b58-pl-zwrot-pieniedzy-kierownik", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "ZWROT PIENIĘDZY - PROSZĘ O KONTAKT KIEROWNIKA", "billing", "high",
"""Odesłałem odnowiony tablet 5 kwietnia, bo miał martwe piksele. Według
śledzenia InPost paczka została odebrana przez Państwa magazyn 8
kwietnia. Dzwoniłem już cztery razy i za każdym razem słyszę, że zwrot
"jest w realizacji". Dziś mamy 21 maja i dalej nie ma 1149 zł.

Nie chcę już rozmawiać z infolinią. Proszę, żeby skontaktował się ze
mną kierownik działu zwrotów.

Grzegorz Pawlak
tel. 601 XXX XXX"""),
("pl", "b58-pl-to-nie-usterka-cena-spadla", "Natalia Górska <natalia.gorska@example.pl>", "Pixel 7", "billing", "",
"""Dzień dobry, piszę nie w sprawie usterki - telefon działa świetnie i
wygląda jak nowy. Chodzi o cenę: zapłaciłam 1349 zł w poniedziałek, a
we wtorek ten sam model w tym samym stanie kosztował u Was 1199 zł.
Czy zwracacie różnicę, jeśli cena spadnie kilka dni po zakupie?

Natalia"""),
("pl", "b58-pl-re-zwrot-bez-dostawy", "Paweł Sikora <pawel.sikora@example.pl>", "Re: Zwrot środków - zamówienie 66390", "billing", "",
"""Dzień dobry,

zwrócili mi Państwo 159 zł, a zapłaciłem 172,99 zł razem z dostawą.
Buty odesłałem, bo miały pękniętą podeszwę, której nie było na
zdjęciach, a nie dlatego, że się rozmyśliłem. Czy koszt dostawy też nie
powinien zostać zwrócony?

Paweł Sikora

-----Wiadomość oryginalna-----
Od: Obsługa Klienta
Temat: Zwrot środków - zamówienie 66390

Dzień dobry, informujemy, że zlecono zwrot kwoty 159,00 zł na Pana
rachunek. Środki powinny pojawić się w ciągu 3-5 dni roboczych."""),
("pl", "b58-pl-pudelko-zabawek-syn-wyrosl", "Ewa Jabłońska <ewa.jablonska@example.pl>", "Pudełko z zabawkami", "billing", "",
"""Dzien dobry, Kuba skonczyl 7 lat i stwierdzil, ze jest juz "za duzy
na klocki od Was" :) Wiec dziekujemy za te dwa lata, ale prosze juz
nie wysylac kolejnych pudelek z uzywanymi zabawkami i nie pobierac
49 zl miesiecznie. Ostatnie przyszlo w marcu.

Ewa Jablonska"""),
("pl", "b58-pl-wymiana-rozmiar-plaszcz", "Karolina Wiśniewska <karolina.wisniewska@example.pl>", "Wymiana", "billing", "",
"""Czy mogę wymienić płaszcz wełniany (zam. 9023) z rozmiaru 40 na 38,
jeśli macie ten sam model? Jeśli nie, to poproszę o zwrot pieniędzy."""),
("pl", "b58-pl-telefon-nie-laduje", "Marek Dudek <marek.dudek@example.pl>", "Nie ładuje", "technical", "",
"""Dzień dobry,

odnowiony Xiaomi, który przyszedł w piątek, nie ładuje się. Po
podłączeniu ikonka ładowania mignie na sekundę i znika. Sprawdziłem
trzy różne kable i dwie ładowarki, wszystkie działają z innym
telefonem.

Marek Dudek"""),
("pl", "b58-pl-laptop-obudowa-wybrzuszona", "Danuta Kwiatkowska <danuta.kwiatkowska@example.pl>", "Laptop", "technical", "high",
"""Dzień dobry,

chciałam zgłosić, że w odnowionym laptopie kupionym u Państwa w lutym
od kilku dni wybrzusza się spód obudowy, a touchpad lekko się uniósł.
Laptop jest ciepły nawet wtedy, kiedy tylko się ładuje. Wnuk mówi, że
to może być spuchnięta bateria, więc odłączyłam go i położyłam na
balkonie na kafelkach.

Proszę o informację, co dalej.

Danuta Kwiatkowska"""),
("pl", "b58-pl-ladowarka-iskry", "Bartłomiej Lis <bartek.lis@example.pl>", "ladowarka z zestawu", "technical", "high",
"""Ladowarka dolaczona do odnowionego iPada strzelila iskra przy
wkladaniu do gniazdka i teraz jeden bolec jest osmalony. Gniazdko jest
ok, inne rzeczy dzialaja. Nie uzywam jej wiecej. Mozecie przyslac nowa
oryginalna?"""),
("pl", "b58-pl-aplikacja-wywala-przy-wyszukiwaniu", "Jakub Michalski <jakub.michalski@example.pl>", "Apka", "technical", "",
"""Hej, to nie sprawa do księgowości ani zwrot, po prostu Wasza aplikacja
wywala się za każdym razem, jak wpiszę coś w wyszukiwarkę ogłoszeń
samochodowych, np. "passat". Android 14, Pixel 6, najnowsza wersja.
Jeszcze w zeszłym tygodniu działało."""),
("pl", "b58-pl-komis-zero-zapytan", "Auto Komis Wisła <biuro@komis-wisla.example>", "Nasze ogłoszenia", "technical", "high",
"""Dzień dobry,

prowadzimy komis samochodowy w Toruniu, mamy u Państwa 37 ogłoszeń
wystawianych automatycznie z naszego systemu. Od środy nie dostaliśmy
ani jednego telefonu ani wiadomości od klientów, a normalnie jest ich
kilkanaście dziennie. Klienci, którzy przyjeżdżają osobiście, mówią, że
przy naszych autach wyświetla się "Ogłoszenie nieaktywne". Handlowcy
siedzą bez pracy.

Bardzo prosimy o pilne sprawdzenie.

Piotr Wiśniewski
Kierownik sprzedaży"""),
("pl", "b58-pl-reset-hasla-link-wygasl", "Zofia Baran <zofia.baran@example.pl>", "Hasło", "technical", "",
"""Dzien dobry, klikam w link do zmiany hasla od razu po otrzymaniu maila
i za kazdym razem pisze "Link wygasl". Probowalam 4 razy, na komputerze
i na telefonie. Jak mam sie zalogowac do konta wymiany ksiazek?"""),
("pl", "b58-pl-nie-chce-zwrotu-mikrofon", "Adam Rutkowski <adam.rutkowski@example.pl>", "Słuchawki - mikrofon", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwrotu pieniędzy, słuchawki są super i
długo na nie polowałem. Problem w tym, że mikrofon w odnowionych
słuchawkach przestał działać - na Teamsach nikt mnie nie słyszy, na
telefonie też nie. Czy mogę je wysłać do naprawy w ramach gwarancji?

Adam"""),
("pl", "b58-pl-lampa-kopie-pradem", "Stanisława Malinowska <stanislawa.malinowska@example.pl>", "Lampa po renowacji", "technical", "high",
"""Szanowni Państwo,

chciałam tylko zgłosić, że mosiężna lampa stojąca, którą Państwo
odnowili i wymienili w niej kabel, lekko "kopie" prądem, kiedy dotknie
się podstawy przy włączonym świetle. Zięć mówi, że to pewnie brak
uziemienia. Lampa jest odłączona i schowana.

Czy mogą Państwo ją sprawdzić?

Z poważaniem
Stanisława Malinowska"""),
("pl", "b58-pl-tablet-dotyk-dolna-czesc", "Łukasz Wojciechowski <lukasz.wojciechowski@example.pl>", "tablet", "technical", "",
"""Odnowiony Galaxy Tab nie reaguje na dotyk w dolnej części ekranu (ok.
2 cm od dołu), nie mogę kliknąć przycisków nawigacji. Przywróciłem
ustawienia fabryczne, bez zmian."""),
("pl", "b58-pl-naprawa-trzeci-raz-przelozony", "Henryk Ostrowski <henryk.ostrowski@example.pl>", "Trzecia naprawa tej samej usterki", "technical", "high",
"""Szanowni Państwo,

odnowiony MacBook wraca z Państwa serwisu już trzeci raz z tą samą
usterką: po ok. 20 minutach pracy ekran gaśnie. Za każdym razem w
protokole jest "sprawdzono, działa poprawnie", a po dniu problem
wraca.

Nie wyślę go czwarty raz, żeby dostać ten sam protokół. Proszę o
kontakt przełożonego lub kierownika serwisu.

Henryk Ostrowski
Nr zgłoszenia SRW-20771"""),
("pl", "b58-pl-zdjecia-ogloszenia-blad", "Dominik Sadowski <dominik.sadowski@example.pl>", "Zdjęcia w ogłoszeniu", "technical", "",
"""Dodaję ogłoszenie sprzedaży motocykla i przy wgrywaniu zdjęć ciągle
wyskakuje "Nieobsługiwany format pliku". To zwykłe JPG z telefonu.
Próbowałem z komputera i z aplikacji."""),
("pl", "b58-pl-konsola-odnowiona-pad", "Oliwia Czarnecka <oliwia.czarnecka@example.pl>", "PS4", "technical", "",
"""Czesc, kupilam odnowione PS4 dla brata i pad co chwile traci
polaczenie z konsola, nawet jak siedzi metr od niej. Na kablu dziala.
Drugi pad od kolegi laczy sie bez problemu. To wina pada?"""),
("pl", "b58-pl-dzien-dobry-wifi-laptop", "Wiesław Jankowski <wieslaw.jankowski@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry,

laptop, który kupiłem u Państwa w zeszłym miesiącu, nie widzi mojej
sieci Wi-Fi. Widzi sieci sąsiadów, a mojej nie. Telefon i telewizor
łączą się normalnie. Router od Orange.

Z poważaniem
Wiesław Jankowski"""),
("pl", "b58-pl-godziny-11-listopada", "Krystyna Zalewska <krystyna.zalewska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy sklep z używanymi meblami na Pradze będzie otwarty
11 listopada? A w sobotę po święcie normalnie?"""),
("pl", "b58-pl-podziekowanie-laptop-corka", "Aleksandra Pietrzak <ola.pietrzak@example.pl>", "Podziękowania", "general", "",
"""Dzień dobry!

Piszę tylko, żeby podziękować. Odnowiony laptop dla córki na studia
przyszedł w idealnym stanie, szybciej niż obiecaliście, a pan z
infolinii cierpliwie wytłumaczył mi, jak przenieść dane ze starego.
Na pewno jeszcze u Was kupię.

Ola Pietrzak"""),
("pl", "b58-pl-zgubiona-rekawiczka", "Iwona Kubiak <iwona.kubiak@example.pl>", "rękawiczki", "general", "",
"""Dzień dobry, w sobotę byłam w Waszym lumpeksie przy Piotrkowskiej i
chyba zostawiłam przy przymierzalni brązowe skórzane rękawiczki. Czy
ktoś je znalazł?"""),
("pl", "b58-pl-zmiana-nazwiska-slub", "Magdalena Nowak-Krawczyk <magdalena.nk@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko na Nowak-Krawczyk. Czy
mozna zmienic je na moim koncie? W ustawieniach pole jest
zablokowane."""),
("pl", "b58-pl-odbior-darowizny-mebli", "Józef Sobczak <jozef.sobczak@example.pl>", "Odbiór mebli", "general", "",
"""Szanowni Państwo,

chciałbym przekazać do Państwa sklepu charytatywnego meblościankę i
stół z czterema krzesłami, wszystko w dobrym stanie. Czy odbieracie
meble z Gdyni? Mieszkam na drugim piętrze bez windy. Kiedy najwcześniej
mógłby ktoś przyjechać?

Józef Sobczak"""),
("pl", "b58-pl-rodo-usuniecie-danych", "Rafał Szulc <rafal.szulc@example.pl>", "Usunięcie danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO wnoszę o usunięcie mojego konta oraz
wszystkich moich danych osobowych z Państwa serwisu ogłoszeń i o
pisemne potwierdzenie ich usunięcia.

Rafał Szulc"""),
("pl", "b58-pl-sponsoring-festyn-szkolny", "Rada Rodziców SP 12 <rada.rodzicow@sp12-lublin.example>", "Festyn rodzinny", "general", "",
"""Dzień dobry,

Rada Rodziców Szkoły Podstawowej nr 12 w Lublinie organizuje 1 czerwca
festyn rodzinny. Szukamy lokalnych firm, które chciałyby wesprzeć
loterię fantową. Czy Państwa antykwariat byłby zainteresowany?
Chętnie umieścimy logo na plakatach.

Pozdrawiamy
Anna Maj"""),
("pl", "b58-pl-niemily-sprzedawca-skup", "Kamil Zieliński <kamil.zielinski@example.pl>", "Obsługa w sklepie", "general", "",
"""W sobotę w Waszym punkcie w Galerii Bałtyckiej zapytałem o skup
telefonów. Sprzedawca nie oderwał wzroku od telefonu, burknął "wszystko
jest na stronie" i zaczął się śmiać z kolegą z mojego starego
telefonu. Nie tak powinno się traktować klientów.

Kamil Zieliński"""),
("pl", "b58-pl-dostawa-domofon-nie-dziala", "Beata Michalak <beata.michalak@example.pl>", "Dostawa zam. 81102", "general", "",
"""Dzien dobry, w czwartek ma przyjechac fotel. Domofon u nas nie dziala,
wiec prosze zeby kierowca zadzwonil na 512 000 111 jak bedzie pod
blokiem. Klatka C, 4 pietro, jest winda."""),
("pl", "b58-pl-spotkanie-wymiana-ksiazek", "Marcin Kozłowski <marcin.kozlowski@example.pl>", "Spotkanie", "general", "",
"""Hej, widziałem na Facebooku, że w przyszłą sobotę robicie wymiankę
książek w Gdańsku. Ile książek można przynieść? I trzeba się wcześniej
zapisać?"""),
("pl", "b58-pl-regal-chwieje-sklep", "Elżbieta Wójcik <elzbieta.wojcik@example.pl>", "Regał w sklepie", "general", "high",
"""Dzień dobry,

wczoraj w Państwa sklepie charytatywnym przy ul. Grunwaldzkiej wysoki
regał z porcelaną przy wejściu mocno się chwieje - lekko go dotknęłam
i przechylił się w moją stronę, a z góry spadł talerz. Nie jest
przymocowany do ściany. Kręcą się tam dzieci, więc lepiej go szybko
zabezpieczyć.

Elżbieta Wójcik"""),
("pl", "b58-pl-ochroniarz-chce-kierownika", "Sebastian Krajewski <sebastian.krajewski@example.pl>", "SKARGA", "general", "high",
"""Zadam rozmowy z kierownikiem sklepu przy Marszalkowskiej. Wczoraj
ochroniarz zlapal mnie za ramie i kazal pokazac plecak przy wszystkich
ludziach, bo "dlugo ogladalem telefony". Nic nie wzialem. Jestem Waszym
klientem od lat. Nie chce maila z przeprosinami z infolinii, niech
kierownik do mnie zadzwoni: 698 XXX XXX.

Sebastian Krajewski"""),
("pl", "b58-pl-re-gwarancja-bateria", "Joanna Kamińska <joanna.kaminska@example.pl>", "Re: Pytanie", "general", "",
"""Dziękuję. Czy te 24 miesiące gwarancji obejmują też baterię, czy
tylko resztę telefonu? Zastanawiam się między stanem A a B.

Joanna

W dniu 12.04 Obsługa Klienta napisała:
> Dzień dobry, wszystkie nasze odnowione telefony objęte są 24-miesięczną
> gwarancją. Pozdrawiamy."""),
]
