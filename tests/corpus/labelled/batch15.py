# batch15.py -- labelled mails held out of the repository, kept apart from
# gen.py so that nothing is tuned or trained on them until they are wired
# in.  New situations for the failure classes -- escalation demands that
# keep their topic, negations, Greeklish, a body that tells what the
# subject does not, replies quoting an earlier mail, paid plans ended in
# other words, outages of a business told by their consequences, safety
# hazards, praise -- and everyday mail of all three queues.  Same tuple
# format as batch12.py.
M += [
# ---------------- English ----------------
("en", "coffee-beans-no-more", "Rosie Hammond <rosie.hammond@example.co.uk>", "Beans", "billing", "",
"""Hi there,

I won't be needing the fortnightly coffee beans any more - I'm moving in
with someone who only drinks tea, sadly. Please don't take the next 11.50
on the 3rd and don't send any more bags after the one that's already on
its way.

Thanks for two years of very good coffee,
Rosie"""),
("en", "price-match-mower", "Gareth Lloyd <gareth.lloyd@example.com>", "Lawnmower price", "billing", "",
"""Hello,

I bought the 40V cordless mower from you on Saturday for 279. The garden
centre down the road has exactly the same model (same code on the box)
for 239 this week. Your website says you price match within 14 days, so
I'd like the 40 back please. I can send a photo of their shelf label.

Gareth Lloyd"""),
("en", "welcome-code-not-taken", "Nadia Collins <nadia.c@example.net>", "WELCOME10", "billing", "",
"""the welcome code showed as accepted in the basket (it said -10%) but
when i look at the confirmation and my bank the full 84.00 has gone out.
order 91502. could you refund the 8.40 please"""),
("en", "cash-purchase-vat-receipt", "Tom Whitaker <tom@whitaker-joinery.example>", "VAT receipt for a cash purchase", "billing", "",
"""Morning,

I bought two sheets of ply and a box of screws at your Swindon branch on
the 9th and paid cash. The till receipt has faded to almost nothing
already. I need a proper VAT receipt for my books - is there any way you
can reprint one? Time was about 8.15am, total 96.40.

Tom Whitaker
Whitaker Joinery"""),
("en", "store-card-late-fee-paid-on-time", "Maureen Dobbs <maureen.dobbs@example.co.uk>", "Late payment fee", "billing", "",
"""Dear Sir/Madam

My store card statement shows a late payment fee of 12.00. I paid the
minimum on the 26th, two days before it was due, by bank transfer from
my Nationwide account. I have the confirmation. Please remove the fee.

Yours faithfully
Maureen Dobbs"""),
("en", "not-fault-headphones-uncomfortable", "Kieran Walsh <kieran.walsh@example.com>", "Headphones", "billing", "",
"""Nothing wrong with them technically - sound is great, pairing was easy,
battery is fine. They just press on my glasses after half an hour and
give me a headache. Can I send them back for a refund? Got them 10 days
ago, still have the box.

Kieran"""),
("en", "hello-cash-on-delivery", "Doreen Parks <doreen.parks@example.org>", "Hello", "billing", "",
"""Hello,

I would like the oak wardrobe from your catalogue, page 34. I don't have
a bank card. Could I pay the driver in cash when it arrives, or is there
another way to pay, perhaps at the post office?

Mrs D. Parks"""),
("en", "re-refund-processed-short", "Owen Price <owen.price@example.com>", "Re: Your refund has been processed", "billing", "",
"""That's 42 - I paid 56.95 including delivery, and the return was
because the lamp arrived with a cracked shade, not because I changed my
mind. Shouldn't the delivery come back too?

Owen

-----
> Dear Owen,
>
> We have processed a refund of 42.00 to your original payment method
> for order 90877. Please allow 3-5 working days for it to appear.
>
> Kind regards,
> Customer Care"""),
("en", "plus-membership-close", "Hannah Joyce <h.joyce@example.net>", "Plus", "billing", "",
"""Hi, can you close my Plus membership please? It renews on the 14th and
I've used it once all year. I don't want the annual 49 taking. Account
email is this one. Ta, Hannah"""),
("en", "accountant-statement-all-orders", "Leanne Fox <leanne.fox@example.co.uk>", "Orders for tax return", "billing", "",
"""Hi,

My accountant wants a list of everything I bought from you for my
cleaning business between April last year and this April, with the VAT
shown. I must have made about 30 orders. Is there a way to get one
statement rather than downloading every invoice one by one?

Many thanks
Leanne Fox
Sparkle Domestic Cleaning"""),
("en", "cancelled-order-amount-pending", "Marcus Ellery <marcus.ellery@example.com>", "310 still pending", "billing", "",
"""I cancelled order 91244 about ten minutes after placing it (got the
cancellation email) but 310.00 is still showing as pending on my card
four days later. When will it drop off? It's eating into my limit."""),
("en", "fwd-reminder-already-paid", "Paul Sinclair <paul.sinclair@example.co.uk>", "Fwd: Payment reminder - invoice 2231-778", "billing", "",
"""See below - my wife got this today. We paid this invoice in full on
the day of delivery, by card, to your driver. We have the card slip.
Please stop the reminders.

Paul Sinclair

________________________________
From: Accounts <accounts@shop.example>
Sent: 12 March 10:02
To: Janet Sinclair
Subject: Payment reminder - invoice 2231-778

Dear Customer,

Our records show that invoice 2231-778 (amount 645.00) is now 14 days
overdue. Please arrange payment at your earliest convenience."""),
("en", "store-card-interest-ombudsman", "Derek Holloway <derek.holloway@example.co.uk>", "Interest on my store card", "billing", "high",
"""I bought the sofa on your "12 months interest free" store card. I have
paid every month. The March statement suddenly shows 187.40 of interest
backdated to the start. Nobody told me of any condition that would end
the interest-free period.

I have already phoned twice. If this interest is not removed within 14
days I will be referring the matter to the Financial Ombudsman Service.

D. Holloway"""),
("en", "magazine-still-charging-bank", "Sophie Marsh <sophie.marsh@example.com>", "STILL charging me", "billing", "high",
"""I cancelled the kids' craft magazine in February - I have your email
confirming it. You have since taken 7.99 in March, April and May. That's
three payments for magazines we never received.

Refund all three by the end of this week or I'm going to my bank to
have them reversed and report the card as compromised.

Sophie Marsh"""),
("en", "blinds-deposit-manager", "Jonathan Reid <jonathan.reid@example.co.uk>", "Made-to-measure blinds deposit", "billing", "high",
"""You cancelled my made-to-measure blinds order (your fitter could not
come, not my choice) on the 2nd of last month. The 150 deposit has not
been returned. Every time I ring I'm promised a call back that never
happens.

I want someone in charge - a manager, not another call handler - to ring
me today on 07700 900412 and tell me when I'll get my deposit back.

Jonathan Reid"""),
("en", "toaster-one-side", "Ben Carter <ben.carter@example.net>", "Toaster", "technical", "",
"""The four-slice toaster only toasts one side of the bread in the left two
slots. The right two are fine. I've tried different settings and
emptying the crumb tray. About two months old."""),
("en", "left-earbud-silent", "Aisha Bello <aisha.bello@example.com>", "left earbud", "technical", "",
"""hiya my left earbud has stopped playing anything. it charges (the light
comes on in the case) and my phone sees both, but sound only comes out
of the right one. tried forgetting them and pairing again. any ideas?"""),
("en", "garage-door-remote-stopped", "Colin Tranter <colin.tranter@example.co.uk>", "Garage door opener", "technical", "",
"""Good afternoon,

The remote for the garage door opener you installed in January has
stopped working. New battery makes no difference, the little red light
comes on when I press the button but the door doesn't move. The wall
button in the garage still works fine.

Regards
Colin Tranter"""),
("en", "quick-one-microwave-plate", "Shona Mackie <shona.mackie@example.com>", "quick one", "technical", "",
"""Microwave heats but the glass plate no longer turns, so everything is
boiling on one side and frozen on the other. Plate is sitting properly on
the roller ring, I've checked. Is this something I can fix?"""),
("en", "not-refund-checkout-safari", "Martin Oyelaran <martin.o@example.net>", "Can't pay on your website", "technical", "",
"""To be clear I'm not asking for a refund or anything about money - I
just can't give you any! On my iPad (Safari) the "Place order" button
does nothing at all, no spinner, no error. Tried three times this
evening. Basket is still there. Is the site broken on Apple devices?

Martin"""),
("en", "fwd-delivered-washer-no-spin", "Greg Atkins <greg.atkins@example.co.uk>", "Fwd: Your order 88214 has been delivered", "technical", "",
"""Forwarding from my wife's account. The washing machine we got on
Tuesday fills and washes but never spins - the program just sits at 0:01
and then the display shows E21. Clothes come out dripping. It's on a
level floor and the transit bolts are out (I kept them).

Greg

---------- Forwarded message ---------
From: Shop <noreply@shop.example>
Date: Tue, 4 Jun
Subject: Your order 88214 has been delivered

Good news! Your order 88214 has been delivered. We hope you enjoy it."""),
("en", "fridge-ice-back-wall", "Ruth Albright <ruth.albright@example.org>", "Fridge", "technical", "",
"""Hello,

There's a sheet of ice building up on the back wall inside the fridge
(not the freezer) and then water collects under the salad drawer. I
wipe it out every few days and it comes back. The door seal looks okay
to me. Model FF-6020, bought last autumn.

Ruth"""),
("en", "tracker-sleep-missing", "Lewis Grant <lewis.grant@example.com>", "Sleep tracking", "technical", "",
"""My fitness band tracks steps fine but since last week the app shows no
sleep at all, every night is blank. Wore it to bed every night. Band is
on the latest firmware according to the app."""),
("en", "hedge-trimmer-cuts-out", "Phil Dawson <phil.dawson@example.co.uk>", "Hedge trimmer keeps cutting out", "technical", "",
"""Corded hedge trimmer, bought in April. It runs for five or six seconds
and stops, even with both hands on the handles. Let go, squeeze again,
same thing. Extension lead is fine, my drill runs off it all day.

P Dawson"""),
("en", "dehumidifier-burning-smell", "Claire Summers <claire.summers@example.net>", "Dehumidifier", "technical", "high",
"""The dehumidifier in our bedroom started giving off a strong burning
plastic smell tonight and there's a brown mark on the casing round the
vent at the back. I've switched it off at the wall and unplugged it. Is
it safe to use at all, and what should I do with it?

Claire"""),
("en", "slow-cooker-plug-hot", "Terry Gould <terry.gould@example.co.uk>", "slow cooker", "technical", "high",
"""The slow cooker's lead got so hot tonight I couldn't hold it, and the
plug has brown scorch marks round the pins. Socket looks browned too.
Unplugged now. It had been on low for about 5 hours.

Terry"""),
("en", "nursery-sign-in-tablet", "Little Acorns Nursery <office@littleacorns.example>", "Signing in", "technical", "high",
"""Hello,

Since 7.30 this morning the sign-in app on the tablet by our front door
just shows a spinning wheel. Parents can't sign their children in, so
we've had a queue out into the car park and staff have had to write
everyone down on paper. We have to know exactly who is in the building
for fire regulations. The tablet is on the wifi and everything else on it
works.

Please call us on 01632 960 118.

Kate Morley
Manager, Little Acorns Nursery"""),
("en", "qr-table-ordering-blank", "The Old Forge <hello@oldforge-kitchen.example>", "Table ordering", "technical", "high",
"""Hi,

Every QR code on our tables now opens a blank white page. Guests have been
sitting there waving at staff for ten minutes, two tables walked out, and
with only three of us on the floor we can't take every order by hand on
a Saturday night. Nothing changed on our side.

Dan
The Old Forge"""),
("en", "range-cooker-third-visit-manager", "Elaine Howarth <elaine.howarth@example.co.uk>", "Range cooker - third engineer visit", "technical", "high",
"""This is now the third time an engineer has come out to the range
cooker we bought in November. The left oven still trips the electrics
whenever it reaches about 180. Each engineer replaces something, says
it's fixed, and it does it again the next Sunday.

I am not dealing with the booking line again. I want to speak to a
manager or somebody who can actually make a decision about this cooker.

Elaine Howarth"""),
("en", "thanks-wardrobe-crew", "Beth Lowther <beth.lowther@example.com>", "Thank you to your delivery lads", "general", "",
"""Just wanted to say thank you to the two men who delivered our wardrobe
on Wednesday. Three flights of stairs, a tight turn, rain, and they were
cheerful the whole time, took all the cardboard away and even wiped
their boots. Please pass it on.

Beth (flat 6, Canal Wharf)"""),
("en", "thanks-replaced-no-fuss", "Arthur Penrose <arthur.penrose@example.co.uk>", "A note of thanks", "general", "",
"""Dear all,

A short note to thank you for replacing my late wife's sewing lamp after
it failed, with no quibbling and no need to send the old one back. It
made an old man's week. I shall be shopping with you for a long time.

With kind regards,
Arthur Penrose"""),
("en", "re-order-no-dispatch-date", "Kelly Burrows <kelly.burrows@example.com>", "Re: Order 90311", "general", "",
"""Hi again - another week and still nothing, the order page still says
"preparing". Is there a date yet?

Kelly

On Mon, 3 Jun at 09:14, Customer Care <care@shop.example> wrote:
> Hi Kelly,
> Thanks for getting in touch. The bookcase in your order 90311 is
> coming in from our supplier and we expect to dispatch it this week.
> Kind regards, Amy"""),
("en", "boxing-day-hours", "Rob Tennant <rob.tennant@example.net>", "Boxing Day", "general", "",
"""Are your big stores open on Boxing Day and if so what time? Specifically
Cribbs Causeway. Cheers"""),
("en", "green-kettle-back", "Lucy Amos <lucy.amos@example.org>", "Sage green kettle", "general", "",
"""Hello, the sage green kettle in the retro range has said "out of stock"
for a month. Is it coming back or has it been discontinued? I'd really
like it to match the toaster.

Lucy"""),
("en", "retired-part-time-garden", "Geoffrey Hale <geoffrey.hale@example.co.uk>", "Part-time work", "general", "",
"""Good morning,

I retired from teaching last year and I'm finding I have too much time on
my hands. I'd love a few mornings a week in the garden centre part of
your Ashford store - I've grown vegetables and shrubs for forty years.
Do you take on older staff, and who should I send my details to?

Geoffrey Hale"""),
("en", "donate-points-charity", "Wendy Ashcroft <wendy.ashcroft@example.com>", "Points", "general", "",
"""I've got about 6,000 points on my reward card that I'm never going to
use as I'm moving abroad. Can they be donated to a charity or passed to
my daughter?"""),
("en", "sunday-delivery", "Jamal Hussein <jamal.hussein@example.net>", "Sunday", "general", "",
"""Do you deliver on Sundays? We both work Mon-Sat and it's a big item
(corner sofa) so it can't go to a neighbour."""),
("en", "paid-leave-in-porch", "Fiona Garvey <fiona.garvey@example.co.uk>", "Order 91688", "general", "",
"""Hello, I've paid in full for order 91688 so there's nothing to collect
on the door. I'll be at work on the delivery day - could the driver leave
it in the porch? It's enclosed and not visible from the road. Door code
is 4411.

Fiona"""),
("en", "branch-near-exeter-parking", "Ian Moorcroft <ian.moorcroft@example.com>", "Nearest shop", "general", "",
"""Is there a branch near Exeter with its own car park? My mother uses a
wheelchair and the city centre one is hard to get to. Is there a cafe
there too?"""),
("en", "wet-floor-father-fell", "Natalie Birch <natalie.birch@example.co.uk>", "Formal complaint - my father's fall in your Leicester store", "general", "high",
"""I am making a formal complaint.

On Thursday afternoon my father, who is 81, slipped on a wet patch by the
entrance of your Leicester store. There was no sign, no mat, and a staff
member told us it had been "like that since lunchtime" because the roof
leaks when it rains. He has a badly bruised hip and was very shaken.

I want a manager to contact me about what happened and what is being done
so that nobody else gets hurt.

Natalie Birch"""),
# ---------------- Greek ----------------
("el", "gl-syndromi-periodikou-paidiou", "Vasso K. <vasso.k@example.gr>", "syndromh periodikou", "billing", "",
"""Kalhmera sas,
exw syndromh sto paidiko periodiko (to mhniaio me ta paixnidia) gia ton
gio mou, 6,90 to mhna. Megalwse pleon kai den to diavazei. Mporeite na
th stamathsete na mhn xrewthei h karta mou ton epomeno mhna?
Eyxaristw,
Vasso"""),
("el", "tileorasi-ftinoteri-allou", "Στέλιος Μαυρίδης <s.mavridis@example.gr>", "Εξίσωση τιμής τηλεόρασης", "billing", "",
"""Καλησπέρα σας,

Αγόρασα στις 18 του μήνα την τηλεόραση 55" από το κατάστημά σας στη
Λάρισα στα 649€. Σήμερα είδα ακριβώς το ίδιο μοντέλο σε άλλη αλυσίδα στα
579€. Ο πωλητής μου είχε πει ότι αν βρω φθηνότερη τιμή μέσα σε 15 μέρες
μου επιστρέφετε τη διαφορά. Σας επισυνάπτω φωτογραφία της τιμής.

Με εκτίμηση,
Στέλιος Μαυρίδης"""),
("el", "kouponi-genethlion-den-afairethike", "Κατερίνα Λιάπη <k.liapi@example.gr>", "Κουπόνι γενεθλίων", "billing", "",
"""Γεια σας, μου στείλατε κουπόνι 15€ για τα γενέθλιά μου, το έβαλα στην
παραγγελία 73815, έγραψε "το κουπόνι εφαρμόστηκε" αλλά στην κάρτα
χρεώθηκε ολόκληρο το ποσό, 92,40. Μπορείτε να μου επιστρέψετε τα 15;"""),
("el", "gl-timologio-anti-apodeixis", "Giorgos Papadakis <g.papadakis@example.gr>", "timologio", "billing", "",
"""Kalhmera,
ekana paraggelia 73790 (ena grafeio kai mia karekla) alla 3exasa na
epile3w TIMOLOGIO kai mou hr8e apodeiksh. Einai gia thn epixeirhsh
mou. AFM 099999999, DOY Patrwn, eponymia "Papadakis Ilektrologikes
Ergasies". Ginetai na mou ekdwsete timologio?
Eyxaristw
Giwrgos"""),
("el", "antikatavoli-epistrofi-iban", "Ελένη Σαββίδου <eleni.savvidou@example.gr>", "Επιστροφή με αντικαταβολή", "billing", "",
"""Καλησπέρα,

Επέστρεψα το φόρεμα (παραγγελία 73522) που είχα πληρώσει με
αντικαταβολή στον κούριερ. Αφού δεν πλήρωσα με κάρτα, πώς θα πάρω πίσω
τα 54€; Να σας στείλω IBAN;

Ελένη"""),
("el", "oxi-vlavi-allagi-xromatos", "Δήμητρα Καλογεροπούλου <d.kalogeropoulou@example.gr>", "Σίδερο ατμού", "billing", "",
"""Καλημέρα,

Το σίδερο που αγόρασα δουλεύει μια χαρά, δεν έχει κανένα πρόβλημα. Απλώς
το πήρα για δώρο στην αδερφή μου και το θέλει στο λευκό αντί για το μωβ.
Γίνεται αλλαγή; Είναι ακόμα σφραγισμένο στο κουτί του.

Δήμητρα"""),
("el", "geia-doseis-karta", "Αντώνης Ρήγας <antonis.rigas@example.gr>", "Γεια σας", "billing", "",
"""Θέλω να πάρω το πλυντήριο-στεγνωτήριο των 899€ από το site. Σε πόσες
άτοκες δόσεις μπορώ να το πληρώσω με πιστωτική Eurobank, και οι δόσεις
ισχύουν και για παραγγελία τηλεφωνικά;

Ευχαριστώ,
Αντώνης"""),
("el", "re-pistosi-15-meres", "Νίκος Θεοδωρίδης <nikos.theo@example.gr>", "Re: Η επιστροφή σας ολοκληρώθηκε", "billing", "",
"""Έχουν περάσει 15 εργάσιμες και ακόμα τίποτα στον λογαριασμό μου. Η
τράπεζα λέει ότι δεν έχει έρθει καμία πίστωση από εσάς. Μπορείτε να
μου στείλετε αριθμό συναλλαγής ή κάποιο αποδεικτικό;

Νίκος

> Αγαπητέ πελάτη,
>
> Η επιστροφή για την παραγγελία 72911 ολοκληρώθηκε. Το ποσό των 128,00€
> θα εμφανιστεί στην κάρτα σας εντός 5-7 εργάσιμων ημερών.
>
> Με εκτίμηση,
> Εξυπηρέτηση Πελατών"""),
("el", "gl-vip-club-oxi-allo", "Manos <manos.k88@example.gr>", "VIP", "billing", "",
"""geia, mou erxetai kathe mhna xrewsh 4,99 gia to "VIP Club" sas. to
eixa valei gia th dwrean metaforika sta xristougenna alla dn to xreiazomai
pia. klei8te to parakalw, na mhn xanaxrew8w."""),
("el", "doseis-xreothike-efapax", "Σοφία Αναστασίου <sofia.anastasiou@example.gr>", "Χρεώθηκε όλο το ποσό αντί για δόσεις", "billing", "",
"""Καλημέρα σας,

Στην παραγγελία 73102 (ψυγειοκαταψύκτης, 1.140€) επέλεξα 12 άτοκες
δόσεις και μου το επιβεβαίωσε και η σελίδα πληρωμής. Στην κάρτα όμως
χρεώθηκε όλο το ποσό εφάπαξ και πλέον δεν έχω διαθέσιμο υπόλοιπο. Πώς
μπορεί να διορθωθεί;

Σοφία Αναστασίου"""),
("el", "logistirio-pistotiko-timologio", "Λογιστήριο Κ. Νικολάου ΟΕ <logistirio@nikolaou-oe.example>", "FW: Επιστροφή καρεκλών γραφείου", "billing", "",
"""Καλημέρα σας,

Σας προωθώ το παρακάτω. Χρειαζόμαστε πιστωτικό τιμολόγιο για τις 4
καρέκλες που επιστράφηκαν, για να κλείσουμε τον μήνα.

Ευχαριστώ,
Ρένα Γκίκα, Λογιστήριο

Από: Κώστας Νικολάου
Στάλθηκε: Τρίτη, 11 Ιουνίου 2:40 μ.μ.
Προς: Λογιστήριο
Θέμα: Επιστροφή καρεκλών γραφείου

Ρένα, γυρίσαμε τις 4 καρέκλες από το τιμολόγιο 4471 γιατί ήταν λάθος
χρώμα. Ζήτα τους το πιστωτικό."""),
("el", "gl-ypoloipo-metrita-paradosi-kanape", "Panagiotis <p.dimou@example.gr>", "ypoloipo kanape", "billing", "",
"""Kalispera,
edwsa prokatavolh 200 eyrw sto katasthma gia ton kanape (paraggelia
73666). To ypoloipo ta 540, mporw na ta dwsw metrhta ston odhgo otan ton
fernei h prepei na erthw na plhrwsw prin? Den exw karta.
Panagiwths Dhmou"""),
("el", "gl-egkatastasi-pou-den-egine-trapeza", "Fotis Alexiou <fotis.alexiou@example.gr>", "XREWSH GIA EGKATASTASH", "billing", "high",
"""Mou xrewsate 89 eurw gia "yphresia egkatastashs" tou kouzinas sthn
paraggelia 73401. Kanenas den hr8e pote na thn egkatasthsei, thn
egkatesthse o koumparos mou. Exw steilei 2 email xwris apanthsh.
An ws thn Paraskevh den exoun epistrafei, kanw amfisvhthsh ths xrewshs
sthn trapeza mou.
F. Alexiou"""),
("el", "stroma-gen-grammateia-katanaloti", "Ιωάννα Πετροπούλου <ioanna.petropoulou@example.gr>", "Άρνηση επιστροφής χρημάτων - στρώμα", "billing", "high",
"""Κύριοι,

Το στρώμα που αγόρασα πριν από δύο μήνες έχει βουλιάξει στη μέση κατά
5 εκατοστά. Ο τεχνικός σας ήρθε, το είδε και μου είπε ότι είναι "φυσιολογικό".
Ζήτησα επιστροφή χρημάτων και μου απαντήσατε ότι δεν δικαιούμαι.

Σας ενημερώνω ότι αν δεν λάβω την επιστροφή των 780€ εντός 10 ημερών θα
υποβάλω καταγγελία στη Γενική Γραμματεία Εμπορίου και Προστασίας
Καταναλωτή και θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Ιωάννα Πετροπούλου"""),
("el", "tameio-diaforetiki-timi-ypeythynos", "Χαράλαμπος Ζαφειρίου <ch.zafeiriou@example.gr>", "Χρέωση στο ταμείο μεγαλύτερη από το ράφι", "billing", "high",
"""Σήμερα το πρωί στο κατάστημα της Καλαμαριάς το δράπανο είχε στο ράφι
ετικέτα 69,90 και στο ταμείο χρεώθηκα 94,90. Η ταμίας είπε ότι "η
ετικέτα είναι παλιά" και δεν μπορεί να κάνει τίποτα, ο υπάλληλος του
διαδρόμου το ίδιο.

Θέλω να μιλήσω με τον υπεύθυνο του καταστήματος ή κάποιον ανώτερο και
να μου επιστραφούν τα 25€ διαφορά.

Χ. Ζαφειρίου"""),
("el", "gl-skoupaki-xanei-anarrofisi", "Marina <marina.tsolaki@example.gr>", "skoupaki", "technical", "",
"""geia sas, to skoupaki xeirws pou phra ton Martio 3ekinaei kanonika
alla meta apo 1-2 lepta xanei thn anarrofhsh kai kanei enan hxo san
sfyrigma. to katharisa to filtro kai adeiasa to doxeio, tipota.
Marina"""),
("el", "sidero-stazei-nero", "Ευαγγελία Μπούρα <e.boura@example.gr>", "Σίδερο", "technical", "",
"""Καλησπέρα, η πρέσα σιδερώματος που πήρα στάζει νερό από την πλάκα
πάνω στα ρούχα, κυρίως στην αρχή, και αφήνει λεκέδες. Βάζω απιονισμένο
νερό όπως λέει το εγχειρίδιο. Τι μπορεί να φταίει;"""),
("el", "smart-tv-wifi-meta-enimerosi", "Πέτρος Κωνσταντίνου <petros.k@example.gr>", "Smart TV δεν συνδέεται", "technical", "",
"""Καλημέρα,

Μετά την αυτόματη ενημέρωση του λογισμικού χθες το βράδυ, η τηλεόραση
δεν βρίσκει πια το Wi-Fi του σπιτιού. Τα κινητά και ο υπολογιστής
συνδέονται κανονικά. Δοκίμασα επανεκκίνηση τηλεόρασης και ρούτερ.

Πέτρος"""),
("el", "den-zitao-lefta-zygaria-kinito", "Αγγελική Ραφτοπούλου <angeliki.r@example.gr>", "Ζυγαριά", "technical", "",
"""Καλησπέρα σας, δεν ζητάω επιστροφή χρημάτων ούτε αλλαγή, η ζυγαριά
μου αρέσει. Θέλω απλώς να μου πείτε πώς συνδέεται με την εφαρμογή στο
κινητό. Το bluetooth είναι ανοιχτό αλλά η εφαρμογή λέει συνέχεια "δεν
βρέθηκε συσκευή".

Αγγελική"""),
("el", "gl-erwthsh-mplender-kokkino", "Xristos <xristos.v@example.gr>", "Erwthsh", "technical", "",
"""To mplender anavosvhnei kokkino kai den gyrizei. Nomizw to kapaki den
kleidwnei swsta alla to exw vidwsei mexri telous. Pws akrivws kleinei?
Thanks"""),
("el", "re-psygeio-vouitos", "Θανάσης Ηλιόπουλος <thanasis.iliopoulos@example.gr>", "Re: Η παραγγελία σας 73288 παραδόθηκε", "technical", "",
"""Καλημέρα, ο ψυγειοκαταψύκτης που ήρθε χθες κάνει ένα δυνατό βουητό
που δεν σταματάει ποτέ, ούτε τη νύχτα. Το παλιό ψυγείο έκανε θόρυβο
μόνο όταν δούλευε το μοτέρ. Είναι φυσιολογικό τις πρώτες μέρες;

Θανάσης

> Η παραγγελία σας 73288 παραδόθηκε. Ευχαριστούμε που μας
> προτιμήσατε!"""),
("el", "gl-den-erxetai-email-kwdikou", "Eirini Markou <eirini.markou@example.gr>", "kwdikos", "technical", "",
"""Kalhmera. Ksexasa ton kwdiko mou sto eshop kai patisa "ksexasa ton
kwdiko" 4 fores, den erxetai kanena email, oute sta spam. To email mou
einai swsto giati ekei mou erxontai ta newsletter sas. Ti na kanw?"""),
("el", "plyntirio-piaton-tampleta", "Λίνα Γεωργίου <lina.georgiou@example.gr>", "Πλυντήριο πιάτων", "technical", "",
"""Καλησπέρα,

Στο πλυντήριο πιάτων η ταμπλέτα βρίσκεται ολόκληρη στη θήκη στο τέλος
του προγράμματος, το καπάκι της θήκης δεν ανοίγει. Τα πιάτα φυσικά
βγαίνουν βρώμικα. Έχει 4 μήνες.

Λίνα Γεωργίου"""),
("el", "thermometro-moro-err", "Μιχάλης Σταύρου <michalis.stavrou@example.gr>", "Θερμόμετρο", "technical", "",
"""Το θερμόμετρο μετώπου για το μωρό δείχνει "Err" κάθε φορά που το
ανοίγω, άλλαξα και τις μπαταρίες. Το θέλουμε επειγόντως γιατί η μικρή
έχει πυρετό, υπάρχει κάποιο κόλπο;"""),
("el", "gl-plynthrio-spithes", "Dimitris <dimitris.pap@example.gr>", "plynthrio", "technical", "high",
"""KALHSPERA, to plynthrio roixwn pou mas fera te prin 2 vdomades evgale
spi8es apo pisw kai akoustike ena "tak", peftei kai h asfaleia. To
kleisame, myrizei kammeno. Ti kanoume? Fovamai na to xanavalw.
Dhmhtrhs"""),
("el", "mikrokymata-kapnos", "Ρούλα Κατσαρού <roula.katsarou@example.gr>", "Φούρνος μικροκυμάτων", "technical", "high",
"""Πριν από λίγο ο φούρνος μικροκυμάτων έβγαλε ξαφνικά καπνό ενώ ζέσταινα
ένα πιάτο φαγητό (χωρίς τίποτα μεταλλικό μέσα). Ο πάνω δεξιά τοίχος
μέσα έχει μαυρίσει. Τον έβγαλα από την πρίζα. Τι πρέπει να κάνω;"""),
("el", "gymnastirio-pelates-ektos-portas", "FitZone Χαλάνδρι <info@fitzone-chalandri.example>", "Είσοδος μελών", "technical", "high",
"""Καλημέρα,

Από τις 6 το πρωί ο αναγνώστης καρτών στην είσοδο δεν αναγνωρίζει καμία
κάρτα μέλους. Τα μέλη στέκονται απ' έξω, το πρωινό τμήμα ξεκίνησε με
τους μισούς και ο υπάλληλος ανοίγει την πόρτα με το χέρι έναν έναν.
Στις 6 το απόγευμα έχουμε τη μεγάλη κίνηση.

Παρακαλώ επικοινωνήστε στο 210 000 0000.
Γιάννης, υπεύθυνος γυμναστηρίου"""),
("el", "gl-grafeio-taxidion-email-den-fevgoun", "Aegean Trips <office@aegeantrips.example>", "email", "technical", "high",
"""Kalhmera, apo xtes to mesimeri ta email tou grafeiou mas den fevgoun,
menoun sta "exerxomena". Pelates perimenoun ta eishthria tous gia to
Savvatokyriako kai mas pairnoun thlefwno o enas meta ton allo. Eimaste
5 atoma kai kanenas den mporei na steilei tipota.
Kwnstantina, Aegean Trips"""),
("el", "klimatistiko-trexei-nero-ypeythynos", "Αλέξανδρος Δούκας <a.doukas@example.gr>", "Κλιματιστικό - τρίτη φορά", "technical", "high",
"""Το κλιματιστικό που μας τοποθετήσατε τον Μάιο τρέχει νερό από την
εσωτερική μονάδα πάνω στον τοίχο. Τρεις φορές ήρθε συνεργείο, τρεις
φορές "το φτιάξαμε". Ο σοβάς έχει φουσκώσει και το παρκέ από κάτω
έχει αρχίσει να στραβώνει.

Δεν θέλω άλλο ραντεβού με το τηλεφωνικό κέντρο. Ζητώ να επικοινωνήσει
μαζί μου ο προϊστάμενος του τεχνικού τμήματος.

Αλέξανδρος Δούκας"""),
("el", "gl-eyxaristw-tameia-paketa", "Kyria Froso <froso.m@example.gr>", "eyxaristw", "general", "",
"""Geia sas, hmoun sto katasthma sto Peristeri thn Tetarth kai h kopela
sto tameio (nomizw th lene Maria) me voh8hse na kouvalhsw ola ta
paketa mexri to taxi giati ferw mpastouni. Na thn eyxaristhsete polu
ek merous mou. Tetoia paidia na exete.
Froso"""),
("el", "efxaristo-grigori-antikatastasi", "Βασίλης Τσιρίγος <v.tsirigos@example.gr>", "Ευχαριστώ για την αντικατάσταση", "general", "",
"""Καλημέρα,

Ήθελα μόνο να πω ευχαριστώ. Το ρομπότ κουζίνας χάλασε μέσα στην εγγύηση,
το πήγα την Δευτέρα και την Τετάρτη είχα καινούργιο στο σπίτι. Σπάνια
βλέπει κανείς τέτοια εξυπηρέτηση.

Βασίλης"""),
("el", "orario-megalo-savvato", "Αθηνά Κοντού <athina.kontou@example.gr>", "Ωράριο Πάσχα", "general", "",
"""Τι ώρα κλείνει το κατάστημα στο Μαρούσι το Μεγάλο Σάββατο; Και τη
Δευτέρα του Πάσχα είστε ανοιχτά;"""),
("el", "gl-trapezi-leuko-pote", "Nefeli <nefeli.s@example.gr>", "trapezi", "general", "",
"""kalhspera! to strogylo trapezi ths kouzinas to exete mono se fysiko
3ylo sto site. tha erthei kai sto leuko pou eixate perysi? an nai
pote peripou? eyxaristw!!"""),
("el", "katastima-irakleio", "Μανώλης Χατζάκης <manolis.chatzakis@example.gr>", "Κατάστημα στην Κρήτη", "general", "",
"""Έχετε κατάστημα στο Ηράκλειο ή κάπου στην Κρήτη; Θέλω να δω από κοντά
τους καναπέδες πριν παραγγείλω.

Μανώλης"""),
("el", "re-tracking-den-allazei", "Όλγα Μελετίου <olga.meletiou@example.gr>", "Re: Παραγγελία 73560", "general", "",
"""Ο αριθμός αποστολής που μου δώσατε δείχνει ακόμα "Παραλαβή από τον
αποστολέα" εδώ και 5 μέρες. Έχει φύγει τελικά το δέμα;

Όλγα

Στις Πέμ, 6 Ιουν, 11:02, η Εξυπηρέτηση Πελατών <care@shop.example> έγραψε:
> Καλημέρα σας,
> η παραγγελία σας 73560 απεστάλη. Ο αριθμός αποστολής είναι
> 4410298733. Θα την παραλάβετε σε 2-3 εργάσιμες."""),
("el", "aitisi-ilektrologos-topothetiseis", "Σπύρος Ανδρέου <spyros.andreou@example.gr>", "Αίτηση για θέση", "general", "",
"""Καλησπέρα σας,

Είμαι αδειούχος ηλεκτρολόγος με 8 χρόνια εμπειρία σε εγκαταστάσεις
κλιματιστικών και ηλεκτρικών συσκευών. Είδα ότι κάνετε τοποθετήσεις
στο σπίτι του πελάτη και θα ήθελα να ρωτήσω αν ψάχνετε συνεργάτες ή
τεχνικούς στην περιοχή της Πάτρας. Επισυνάπτω βιογραφικό.

Σπύρος Ανδρέου"""),
("el", "gl-plirwsa-tha-parei-tilefwno", "Kostas Lambrou <k.lambrou@example.gr>", "paradosh", "general", "",
"""Geia, thn plhrwsa hdh me karta thn paraggelia 73877 opote dn xrwstaw
tipota ston kouriera. Apla 8elw na rwthsw an 8a me parei thlefwno prin
erthei, giati douleuw kai prepei na kateveiw apo to grafeio.
K."""),
("el", "pou-agorazo-doropakarta", "Ευτυχία Παππά <eftychia.pappa@example.gr>", "Δωροκάρτες", "general", "",
"""Γεια σας, θέλω να πάρω δωροκάρτα σας για τη βάφτιση του ανιψιού μου.
Πουλιούνται μόνο στα καταστήματα ή υπάρχουν και σε σούπερ μάρκετ /
περίπτερα; Μένω σε χωριό και το κοντινότερο κατάστημά σας είναι μία
ώρα μακριά."""),
("el", "allagi-dieythynsis-metakomisi", "Γρηγόρης Φωτίου <grigoris.fotiou@example.gr>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλημέρα,

Μετακομίζουμε την επόμενη εβδομάδα. Η παραγγελία 73904 (κρεβάτι και
κομοδίνα) μπορεί να παραδοθεί στη νέα διεύθυνση, Αγίου Δημητρίου 14,
Βόλος, αντί για την παλιά;

Γρηγόρης Φωτίου"""),
("el", "kyliomeni-skala-epese-mitera", "Πηνελόπη Βλάχου <penelope.vlachou@example.gr>", "Ατύχημα στην κυλιόμενη σκάλα", "general", "high",
"""Το Σάββατο στο κατάστημα της Γλυφάδας η κυλιόμενη σκάλα προς τον πρώτο
όροφο σταμάτησε απότομα ενώ ανεβαίναμε και η μητέρα μου (75 ετών) έπεσε
και χτύπησε το γόνατο. Κανένας υπάλληλος δεν ήρθε για αρκετά λεπτά, και
μετά μας είπαν ότι "το κάνει κάπου κάπου".

Ζητώ να μιλήσω με τον διευθυντή του καταστήματος. Είναι επικίνδυνο και
θα χτυπήσει κι άλλος.

Πηνελόπη Βλάχου"""),
# ---------------- Spanish ----------------
("es", "club-lectura-no-mas-libros", "Maite Urrutia <maite.urrutia@example.es>", "Club de lectura", "billing", "",
"""Hola:

Llevo un año en el club de lectura (el libro del mes por 12,90). Ya no
me da tiempo a leerlos y se me acumulan en la mesilla. No quiero recibir
ni pagar ninguno más a partir de julio. ¿Lo podéis gestionar vosotros o
tengo que hacer algo en la web?

Gracias,
Maite"""),
("es", "igualar-precio-frigorifico", "Andrés Cuesta <andres.cuesta@example.es>", "Igualación de precio", "billing", "",
"""Buenos días,

Compré el frigorífico combi hace seis días por 749 €. Ahora otra cadena
lo tiene a 689 €, mismo modelo y misma referencia. En vuestra web pone
que igualáis el precio durante 15 días. Adjunto enlace y captura.
¿Cómo me devolvéis la diferencia?

Andrés Cuesta"""),
("es", "cupon-bienvenida-no-descontado", "Lorena Gil <lorena.gil@example.es>", "cupón", "billing", "",
"""hola, puse el cupón HOLA10 en el pedido 84120, en el carrito salía el
descuento pero me han cobrado 67,50 enteros. me devolvéis los 6,75?"""),
("es", "factura-completa-autonomo", "Sergio Peña <sergio.pena@example.es>", "Necesito factura con NIF", "billing", "",
"""Buenas tardes,

Compré una escalera de aluminio y un taladro en la tienda de Getafe el
día 4 y me dieron solo el ticket (factura simplificada). Soy autónomo y
necesito factura completa a mi nombre:

Sergio Peña Robles
NIF 00000000T
C/ Toledo 22, 28901 Getafe

Importe total 189,80 €. Gracias.
Sergio"""),
("es", "reembolso-paypal-cerrado", "Irene Castaño <irene.castano@example.es>", "Reembolso a PayPal", "billing", "",
"""Hola, pagué el pedido 83977 con PayPal y lo he devuelto, pero cerré esa
cuenta de PayPal la semana pasada. ¿A dónde irá el dinero? ¿Me lo podéis
hacer por transferencia a mi banco?

Irene"""),
("es", "no-averia-freidora-grande", "Rocío Benítez <rocio.benitez@example.es>", "Freidora de aire", "billing", "",
"""No es una avería, que conste: la freidora funciona de maravilla. El
problema es que es enorme y en mi cocina no cabe en ningún sitio. La
tengo desde hace 5 días y está con su caja. Quiero devolverla y que me
reembolséis el dinero.

Rocío"""),
("es", "consulta-pagar-transferencia", "José Luis Moreno <jlmoreno@example.es>", "Consulta", "billing", "",
"""Buenos días. Quiero encargar el sofá cama pero no me gusta poner la
tarjeta en internet. ¿Se puede pagar por transferencia bancaria? ¿Y
cuándo se envía, cuando os llega el dinero?
Un saludo"""),
("es", "re-devolucion-dos-de-tres", "Nuria Salvat <nuria.salvat@example.es>", "RE: Su devolución", "billing", "",
"""Devolví TRES camisetas en el mismo paquete y solo me habéis abonado dos
(39,98). Falta la tercera, 19,99. Tengo el justificante de envío con el
peso del paquete.

Nuria

> Estimada clienta:
>
> Le confirmamos que hemos recibido su devolución del pedido 84005 y
> hemos emitido un abono de 39,98 € a su tarjeta.
>
> Atentamente,
> Atención al Cliente"""),
("es", "recetas-premium-anular", "Carlos Ibarra <carlos.ibarra@example.es>", "App de recetas", "billing", "",
"""¿Cómo anulo el plan Premium de la app de recetas? Me apunté con la
prueba gratis del robot de cocina y ahora me cobran 3,99 cada mes.
No encuentro dónde quitarlo en la app."""),
("es", "rv-recargo-tarjeta-empresa", "Administración Talleres Ruiz <admin@talleresruiz.example>", "RV: Factura 2024-0922", "billing", "",
"""Buenos días,

Les reenvío el correo de nuestro jefe de compras. En la factura aparece
un "recargo por pago con tarjeta de empresa" de 14,30 € que nadie nos
comunicó al hacer el pedido. Les rogamos que lo revisen y nos envíen la
factura corregida.

Un saludo,
Pilar Ruiz - Administración

De: Javier Ruiz
Enviado el: lunes, 10 de junio de 9:15
Para: Administración
Asunto: Factura 2024-0922

Pilar, mira la factura de las estanterías: nos han metido un recargo
por pagar con la tarjeta de la empresa. Pregúntales qué es eso."""),
("es", "senal-cocina-descontar", "Marta Ochoa <marta.ochoa@example.es>", "Señal de la cocina", "billing", "",
"""Hola, en marzo dejé 500 € de señal para los muebles de cocina en la
tienda de Logroño. Ahora que me mandáis el presupuesto final para pagar,
pone el importe completo de 4.320 € sin restar la señal. ¿Lo podéis
corregir antes de que pague?

Marta Ochoa"""),
("es", "tarjeta-regalo-cobrada-de-mas", "Luis Arenas <luis.arenas@example.es>", "Tarjeta regalo 50 €", "billing", "",
"""Compré una tarjeta regalo de 50 € en la web para mi hermana y en el
banco me aparece un cargo de 55 €. En ningún momento vi que hubiera
gastos de emisión. ¿Qué son esos 5 €?"""),
("es", "bici-devolucion-junta-arbitral", "Ramón Vidal <ramon.vidal@example.es>", "Devolución de bicicleta rechazada", "billing", "high",
"""Muy señores míos:

El día 2 compré una bicicleta de montaña (pedido 83650). El cambio no
funcionaba desde el primer día y la devolví dentro de los 14 días. Ahora
me dicen que no me reembolsan los 529 € porque la bici "tiene uso".

He rellenado la hoja de reclamaciones en su tienda de Valencia y si en
diez días no tengo el dinero presentaré la reclamación ante la Junta
Arbitral de Consumo.

Ramón Vidal"""),
("es", "renovacion-anual-contracargo", "Eva Montero <eva.montero@example.es>", "Renovación que no autoricé", "billing", "high",
"""Me habéis cobrado 79 € por renovar la suscripción anual del servicio de
fotos sin avisarme antes, cuando la ley dice que tenéis que avisar. No
la quiero. Si en 48 horas no tengo el reembolso, pido a mi banco que
retroceda el cargo.

Eva Montero"""),
("es", "devolucion-sin-caja-jefe-tienda", "Francisco Lozano <f.lozano@example.es>", "Quiero hablar con el jefe de tienda", "billing", "high",
"""Ayer fui a la tienda de Alcorcón a devolver una batidora sin estrenar,
con el ticket, dentro de plazo. La dependienta se negó a devolverme el
dinero porque no traía la caja original, que tiré sin pensar. En
ningún sitio del ticket pone que la caja sea obligatoria.

Exijo hablar con el jefe de tienda o con un responsable de atención al
cliente. No voy a aceptar un vale.

Francisco Lozano"""),
("es", "aire-portatil-se-llena", "Beatriz Soler <beatriz.soler@example.es>", "Aire acondicionado portátil", "technical", "",
"""Hola, el aire portátil que compré en mayo se para cada hora más o menos
con la luz del depósito lleno. Lo vacío y a la hora otra vez. Tengo la
manguera sacada por la ventana como dice el manual. Con este calor es
un drama.
Bea"""),
("es", "auriculares-microfono-llamadas", "Pablo Navarro <pablo.navarro@example.es>", "Micrófono de los auriculares", "technical", "",
"""Los auriculares se oyen perfectamente, pero en las llamadas la otra
persona no me oye o me oye como si estuviera dentro de una lata.
Con el móvil sin auriculares va bien. Probado con dos móviles."""),
("es", "no-devolver-programador-riego", "Antonio Serrano <antonio.serrano@example.es>", "Programador de riego", "technical", "",
"""Buenas, no quiero devolverlo ni nada parecido, solo necesito que
alguien me explique cómo se programa. El programador de riego se queda
en "OFF" aunque le ponga las horas, y el césped se me está secando.
El manual viene en alemán y francés.

Antonio"""),
("es", "buenas-bascula-pesos", "Mari Carmen Ruiz <mcarmen.ruiz@example.es>", "Buenas", "technical", "",
"""Buenas tardes, la báscula de baño me da cada vez un peso distinto,
hasta 3 kilos de diferencia si me subo dos veces seguidas. Está en el
suelo de baldosa, sin alfombra, y le he cambiado la pila."""),
("es", "rv-movil-abuelo-no-suena", "Diego Fuentes <diego.fuentes@example.es>", "RV: Pedido 83811 entregado", "technical", "",
"""Os reenvío el correo del pedido. Es el móvil para mayores que compré
para mi abuelo: cuando le llaman no suena ni vibra, solo aparece la
llamada perdida después. El volumen está al máximo y no está en modo
silencio. Ya he reiniciado el teléfono.

Diego

El jue, 6 jun a las 12:40, Tienda <noreply@shop.example> escribió:
> Su pedido 83811 ha sido entregado. ¡Gracias por su compra!"""),
("es", "app-tarjeta-fidelidad-403", "Noelia Prieto <noelia.prieto@example.es>", "No puedo añadir mi tarjeta a la app", "technical", "",
"""Intento añadir mi tarjeta de cliente a la app y al darle a "Vincular"
sale "Error 403" y me devuelve a la pantalla de inicio. He
desinstalado y vuelto a instalar. Android 14."""),
("es", "lavavajillas-vasos-blancos", "Ignacio Vera <ignacio.vera@example.es>", "Lavavajillas", "technical", "",
"""Hola. Desde hace un mes los vasos salen del lavavajillas con una capa
blanca que no se quita ni frotando. Uso sal y abrillantador. Antes no
pasaba. ¿Puede ser la resina o algo del aparato?

Ignacio Vera"""),
("es", "cortapelos-se-para", "Rubén Castillo <ruben.castillo@example.es>", "cortapelos", "technical", "",
"""el cortapelos se para a los 2 minutos aunque la bateria este llena,
lo vuelves a encender y va otro minuto. tiene 3 meses"""),
("es", "raton-inalambrico-saltos", "Elena Paredes <elena.paredes@example.es>", "Ratón", "technical", "",
"""El ratón inalámbrico que compré con el portátil va a saltos: el cursor
se queda quieto un segundo y luego aparece en otro sitio. Pilas nuevas,
receptor en otro USB, y en la alfombrilla de siempre. Es para trabajar
desde casa y me está volviendo loca.

Elena"""),
("es", "alargador-jardin-derretido", "Gloria Méndez <gloria.mendez@example.es>", "Alargador derretido", "technical", "high",
"""Buenas tardes,

Tenía el alargador enrollable de 25 metros que os compré conectado al
cortacésped y de repente olía a quemado: el carrete se ha derretido por
dentro, el plástico está blando y deformado. Menos mal que lo vi. Lo
he desenchufado. ¿Qué hago con él?

Gloria Méndez"""),
("es", "freidora-chispazo-diferencial", "Héctor Blanco <hector.blanco@example.es>", "Freidora de aire - chispazo", "technical", "high",
"""Al encender la freidora de aire ha hecho un chispazo por detrás, ha
saltado el diferencial de toda la casa y la cocina huele a quemado. La
he dejado desenchufada. Tiene dos semanas. No me atrevo a volver a
usarla.
Héctor"""),
("es", "veterinaria-programa-no-abre", "Clínica Veterinaria San Roque <recepcion@vetsanroque.example>", "Programa de gestión", "technical", "high",
"""Buenos días,

Desde que abrimos a las 9 el programa de gestión no pasa de la pantalla
de carga en ninguno de los tres ordenadores. No podemos ver las fichas
de los animales, ni imprimir recetas, ni cobrar: tenemos la sala de
espera llena y estamos apuntando todo a mano.

Llámennos al 900 000 000, por favor.
Lucía, recepción"""),
("es", "tienda-online-nadie-compra", "Cerámica Alba <hola@ceramicaalba.example>", "Desde ayer no vendemos nada", "technical", "high",
"""Hola,

Desde ayer a las 18h nadie consigue terminar una compra en nuestra
tienda online: llegan hasta el pago y la página se queda en blanco.
Tengo 40 carritos abandonados y varios clientes escribiéndome por
Instagram. Estamos en plena campaña del Día del Padre.

Alba"""),
("es", "frigorifico-tercera-visita-responsable", "Concepción Aguilar <concha.aguilar@example.es>", "Frigorífico - tercera visita", "technical", "high",
"""Es la tercera vez que viene un técnico por el frigorífico que no
enfría. Cambiaron el termostato, luego "recargaron gas", y seguimos con
la leche a 12 grados y tirando comida cada semana.

Quiero que me llame un responsable o un supervisor del servicio técnico,
no otra cita. Teléfono 600 000 000.

Concepción Aguilar"""),
("es", "gracias-dependienta-regalo", "Teresa Varela <teresa.varela@example.es>", "¡Gracias a Sonia!", "general", "",
"""Hola, solo quería dar las gracias a Sonia, de la sección de menaje de
la tienda de Vigo. Me ayudó muchísimo a elegir el regalo de bodas de mi
sobrina, con una paciencia infinita. Ojalá todo el mundo atendiera así.

Teresa"""),
("es", "felicidades-web-nueva", "Álvaro Pizarro <alvaro.pizarro@example.es>", "La nueva web", "general", "",
"""Solo para decir que la web nueva está genial: se encuentra todo a la
primera y el filtro por medidas de los muebles es justo lo que hacía
falta. Buen trabajo al equipo que la haya hecho."""),
("es", "horario-nochebuena", "Julia Herrero <julia.herrero@example.es>", "Nochebuena", "general", "",
"""¿Hasta qué hora abre la tienda de Marineda el 24 de diciembre?
¿Y el 31? Gracias"""),
("es", "abrigo-talla-l", "Patricia Rivas <patricia.rivas@example.es>", "Abrigo", "general", "",
"""Hola, el abrigo largo de paño en color camel aparece agotado en la
talla L. ¿Vais a recibir más? ¿O lo tenéis en alguna tienda física de
Madrid?

Patricia"""),
("es", "tienda-en-cordoba", "Manuel Ortega <manuel.ortega@example.es>", "Tienda en Córdoba", "general", "",
"""Buenas, ¿tenéis tienda en Córdoba capital o lo más cerca es Sevilla?"""),
("es", "candidatura-jardineria", "Esteban Molina <esteban.molina@example.es>", "Candidatura - sección de jardinería", "general", "",
"""Buenos días,

Les escribo porque he visto que van a abrir sección de jardinería en la
tienda de Murcia. He trabajado nueve años en un vivero y conozco bien
plantas, riego y tratamientos. Adjunto mi currículum por si hay alguna
vacante.

Un saludo,
Esteban Molina"""),
("es", "re-pedido-pagado-cuando-llega", "Rosa Delgado <rosa.delgado@example.es>", "Re: Pedido 83744", "general", "",
"""Buenas, ya está pagado desde hace diez días pero sigue poniendo "en
preparación". ¿Cuándo me va a llegar más o menos?

Rosa

> Gracias por tu pedido 83744. Te avisaremos cuando salga de nuestro
> almacén."""),
("es", "puntos-compras-online", "Daniel Romero <daniel.romero@example.es>", "Puntos", "general", "",
"""Pregunta rápida: ¿los puntos de la tarjeta de cliente se acumulan
también comprando en la web o solo en tienda?"""),
("es", "rv-madre-cambio-direccion", "Cristina Lara <cristina.lara@example.es>", "RV: Confirmación de pedido 83902", "general", "",
"""Os escribo por mi madre, que no se apaña con el correo. La dirección
de entrega del pedido de abajo está mal: no es el número 12, es el 21
de la calle Mayor, 3º B. ¿Lo podéis cambiar antes de que salga?

Cristina

De: Tienda <pedidos@shop.example>
Enviado: martes, 11 de junio de 2024 19:02
Para: Carmen Lara
Asunto: Confirmación de pedido 83902

Hola Carmen, hemos recibido tu pedido 83902. Dirección de entrega:
C/ Mayor 12, 3º B, Huesca."""),
("es", "envios-andorra", "Jordi Puig <jordi.puig@example.ad>", "Enviament a Andorra", "general", "",
"""Hola, ¿hacéis envíos a Andorra? Y si es que sí, ¿cuánto tarda más o
menos? Gracias."""),
("es", "carrito-bebe-ascensor-encargado", "Laura Campos <laura.campos@example.es>", "Trato recibido en la tienda de Leganés", "general", "high",
"""Ayer por la tarde en la tienda de Leganés me prohibieron usar el
ascensor con el carrito de mi bebé porque "es solo para mercancía",
cuando es el único ascensor que hay. Tuve que subir dos plantas por la
escalera mecánica con el carrito, y el vigilante se rió cuando le
pedí ayuda.

Exijo hablar con el encargado de la tienda. Quiero una explicación.

Laura Campos"""),
# ---------------- Polish ----------------
("pl", "filtry-do-wody-rezygnacja", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Filtry co 3 miesiące", "billing", "",
"""Dzień dobry,

mam u Państwa wysyłkę wkładów do dzbanka filtrującego co trzy miesiące
(39 zł za paczkę). Założyliśmy zmiękczacz w całym domu i dzbanek już nie
jest potrzebny. Proszę o zakończenie tych wysyłek i nieobciążanie
więcej mojej karty.

Pozdrawiam
Agnieszka Wrona"""),
("pl", "pralka-taniej-w-sklepie-stacjonarnym", "Marek Zając <marek.zajac@example.pl>", "Ta sama pralka taniej w Waszym sklepie", "billing", "",
"""Kupiłem przez internet pralkę za 1899 zł, zamówienie 60712. W sobotę w
Waszym sklepie w Katowicach ten sam model stał za 1699 zł. To chyba ten
sam sklep, więc proszę o zwrot różnicy 200 zł. Mam zdjęcie etykiety.

Marek"""),
("pl", "kod-z-newslettera-nie-zadzialal", "Justyna Kaczmarek <justyna.k@example.pl>", "Kod rabatowy", "billing", "",
"""hej, zapisałam się na newsletter i dostałam kod -15%. wpisałam go przy
zamówieniu 60844, pokazało "kod aktywny", a i tak pobrało pełne 238 zł.
da się oddać te 35,70?"""),
("pl", "faktura-do-paragonu-nip", "Tomasz Borowski <t.borowski@example.pl>", "Faktura do paragonu", "billing", "",
"""Dzień dobry,

9 czerwca kupiłem w sklepie w Gdańsku-Oliwie wkrętarkę i zestaw bitów,
paragon nr 4411/0609. Na paragonie jest mój NIP (5260000000). Proszę o
wystawienie faktury na firmę:

BORO-BUD Tomasz Borowski
ul. Grunwaldzka 100, 80-000 Gdańsk

Paragon w załączniku.
Tomasz Borowski"""),
("pl", "raty-odrzucone-jak-zaplacic", "Halina Sikora <halina.sikora@example.pl>", "Raty odrzucone", "billing", "",
"""Dzień dobry, zamówiłam lodówkę na raty 0%, ale bank odrzucił wniosek.
Zamówienie 60790 nadal widzi się jako aktywne. Czy mogę teraz zapłacić
przelewem tradycyjnym albo BLIKIEM, żeby go nie stracić? I do kiedy
trzeba?

Halina Sikora"""),
("pl", "to-nie-reklamacja-buty-14-dni", "Paulina Mazur <paulina.mazur@example.pl>", "Zwrot butów", "billing", "",
"""To nie jest reklamacja - buty są w porządku, nic im nie brakuje. Po
prostu w domu wyglądają inaczej niż na zdjęciu i nie chcę ich. Mam je 6
dni. Jak je odesłać w ramach 14 dni i kiedy wróci kasa?

Paulina"""),
("pl", "witam-karta-benefitowa", "Krzysztof Wilk <krzysztof.wilk@example.pl>", "Witam", "billing", "",
"""Witam, dostałem od pracodawcy kartę benefitową na święta. Czy można nią
płacić w Waszym sklepie internetowym, czy tylko w sklepach
stacjonarnych? Jeśli tak, to gdzie ją wpisać przy płatności?
Pozdrawiam, K. Wilk"""),
("pl", "odp-korekta-zly-nip", "Biuro Rachunkowe Lewandowska <biuro@lewandowska-br.example>", "Odp: Faktura korygująca FK/0612/24", "billing", "",
"""Dzień dobry,

korekta, którą Państwo przesłali, ma ten sam błąd co faktura pierwotna -
NIP nabywcy jest 7770000000, a powinien być 7770000001. Proszę o
ponowne wystawienie korekty z poprawnym numerem.

Z poważaniem
Ewa Lewandowska

> Dzień dobry,
> w załączeniu przesyłamy fakturę korygującą FK/0612/24 do faktury
> FV/5530/24 zgodnie z Państwa prośbą.
> Dział Księgowości"""),
("pl", "audiobooki-koniec", "Magdalena Kowalczyk <magda.kowalczyk@example.pl>", "audiobooki", "billing", "",
"""Chcę skończyć z abonamentem na audiobooki w Waszej aplikacji, 29,99
miesięcznie. Nie ma nigdzie przycisku, tylko "zmień plan". Proszę
zakończyć od następnego okresu."""),
("pl", "ksiegowa-duplikat-faktury", "Firma Nowak Transport <biuro@nowaktransport.example>", "PD: Zgubiona faktura", "billing", "",
"""Dzień dobry,

przesyłam dalej wiadomość od naszej księgowej. Proszę o duplikat faktury
za opony z marca.

Jan Nowak

Od: Renata Głowacka
Wysłane: środa, 12 czerwca 2024 08:47
Do: Jan Nowak
Temat: Zgubiona faktura

Panie Janie, brakuje mi faktury za opony do Iveco z marca, 4 sztuki,
około 3200 zł. Proszę poprosić sklep o duplikat, bez tego nie zamknę
kwartału."""),
("pl", "kaucja-za-palety", "Zbigniew Krawczyk <zbigniew.krawczyk@example.pl>", "Kaucja za palety", "billing", "",
"""Dzień dobry, przy dostawie kostki brukowej pobrano 3 x 45 zł kaucji za
palety. Palety oddałem kierowcy przy kolejnym kursie 5 czerwca, mam
podpisany kwit. Kiedy wróci kaucja, 135 zł?

Z. Krawczyk"""),
("pl", "bon-zla-wartosc", "Iwona Pawlak <iwona.pawlak@example.pl>", "Bon podarunkowy", "billing", "",
"""Zamówiłam i opłaciłam bon podarunkowy na 200 zł (zamówienie 60901), a
na maila przyszedł bon na 100 zł. Z konta zeszło 200. Proszę o
doesłanie brakującej kwoty albo nowy bon na właściwą kwotę."""),
("pl", "rowerek-stacjonarny-pozew", "Adam Szymański <adam.szymanski@example.pl>", "Odstąpienie od umowy - zamówienie 60355", "billing", "high",
"""Szanowni Państwo,

29 maja złożyłem oświadczenie o odstąpieniu od umowy dotyczącej rowerka
stacjonarnego (1 450 zł). Rowerek odebrał Wasz kurier 3 czerwca. Do dziś
nie otrzymałem zwrotu pieniędzy, choć ustawowy termin 14 dni minął.

Jeżeli środki nie wpłyną w ciągu 7 dni, skieruję sprawę do sądu
i zgłoszę ją do UOKiK.

Adam Szymański"""),
("pl", "box-kosmetyczny-chargeback", "Karolina Jabłońska <karolina.jablonska@example.pl>", "Pudełko kosmetyczne - dalej pobieracie", "billing", "high",
"""Zrezygnowałam z pudełka kosmetycznego w kwietniu, mam potwierdzenie
mailowe. Mimo to w maju i czerwcu znowu pobraliście po 59 zł. Jeśli
do piątku nie oddacie obu kwot, składam w banku reklamację transakcji
(chargeback) i blokuję kartę dla Waszej firmy.

K. Jabłońska"""),
("pl", "podwojna-platnosc-odbior-kierownik", "Robert Kamiński <robert.kaminski@example.pl>", "Zapłaciłem dwa razy - żądam rozmowy z kierownikiem", "billing", "high",
"""Zamówienie 60777 opłaciłem online, a przy odbiorze w sklepie w Łodzi
kasjerka kazała mi zapłacić jeszcze raz, bo "system nie widzi płatności".
Zapłaciłem, bo potrzebowałem tego stołu na urodziny. Teraz mam 2 x 1 290
zł na wyciągu. Dzwoniłem dwa razy, nikt nic nie wie.

Żądam rozmowy z kierownikiem sklepu albo kimś, kto może oddać mi
pieniądze, a nie odsyła mnie dalej.

Robert Kamiński"""),
("pl", "frytkownica-ekran-miga", "Ewelina Dudek <ewelina.dudek@example.pl>", "Frytkownica beztłuszczowa", "technical", "",
"""Dzień dobry, w frytkownicy beztłuszczowej ekran miga wszystkimi
cyframi i nie reaguje na dotyk. Po wyjęciu wtyczki na godzinę jest to
samo. Ma dwa miesiące.
Ewelina"""),
("pl", "sluchawki-anc-szum", "Michał Wróbel <michal.wrobel@example.pl>", "Szum w lewej słuchawce", "technical", "",
"""Po włączeniu redukcji szumów w lewej słuchawce słychać ciągłe ciche
syczenie, jak stare radio. Bez ANC jest cisza. Prawa słuchawka jest ok.
Aktualizacja w aplikacji nic nie zmieniła."""),
("pl", "wideodomofon-czarno-bialy", "Jolanta Kozłowska <jolanta.kozlowska@example.pl>", "Wideodomofon", "technical", "",
"""Dzień dobry,

monitor wideodomofonu od tygodnia pokazuje obraz czarno-biały i
ciemny również w dzień, przy pełnym słońcu. Wcześniej był kolorowy.
Nikt nic nie ruszał przy kamerze na furtce.

Jolanta Kozłowska"""),
("pl", "nie-chce-zwrotu-zegar-piekarnika", "Stanisław Grabowski <s.grabowski@example.pl>", "Piekarnik miga", "technical", "",
"""Nie chcę niczego zwracać ani reklamować, piekarnik działał dobrze. Po
wczorajszej przerwie w dostawie prądu na wyświetlaczu miga 00:00 i
piekarnik w ogóle nie chce się włączyć, żaden program. Jak się ustawia
zegar? W instrukcji nic nie znalazłem.

Stanisław"""),
("pl", "hej-aplikacja-paragon-kolko", "Ola Baran <ola.baran@example.pl>", "hej", "technical", "",
"""hej, w aplikacji przy "dodaj paragon" robię zdjęcie i potem tylko kręci
się kółko w nieskończoność, nic się nie dodaje. próbowałam na wifi i na
danych. iphone 12"""),
("pl", "pd-tata-telewizor-dvbt2", "Łukasz Michalski <lukasz.michalski@example.pl>", "PD: Twoje zamówienie 60688 zostało dostarczone", "technical", "",
"""Piszę w imieniu taty, któremu kupiłem telewizor. Po wyszukaniu
kanałów znajduje tylko kilka, a TVP i Polsatu nie ma wcale. Antena ta
sama co do starego telewizora, na starym wszystko było. Co może być
nie tak?

Łukasz

W dniu 7.06.2024 o 10:15, Sklep <noreply@shop.example> napisał(a):
> Twoje zamówienie 60688 zostało dostarczone. Dziękujemy za zakupy!"""),
("pl", "pad-rozladowuje-sie", "Kacper Lis <kacper.lis@example.pl>", "pad", "technical", "",
"""pad do konsoli który kupiłem w zeszłym miesiącu trzyma godzinę na
baterii, potem miga na czerwono i się wyłącza. drugi pad (stary) trzyma
kilkanaście godzin"""),
("pl", "zelazko-wylacza-sie", "Danuta Zalewska <danuta.zalewska@example.pl>", "Żelazko", "technical", "",
"""Żelazko parowe wyłącza się po minucie prasowania, nawet kiedy je
przesuwam cały czas. Lampka gaśnie i stopa stygnie. Po chwili samo
się włącza. Tak nie da się prasować.
D. Zalewska"""),
("pl", "ladowarka-indukcyjna-etui", "Bartosz Jasiński <bartosz.jasinski@example.pl>", "Ładowarka bezprzewodowa", "technical", "",
"""Ładowarka bezprzewodowa ładuje telefon tylko wtedy, gdy zdejmę etui.
Etui jest cienkie, silikonowe, bez magnesów ani karty w środku. Na
stronie było napisane, że ładuje przez etui do 5 mm."""),
("pl", "czajnik-iskrzy-podstawa", "Teresa Baranowska <teresa.baranowska@example.pl>", "Czajnik", "technical", "high",
"""Dzień dobry, czajnik elektryczny kupiony w kwietniu iskrzy, kiedy
stawiam go na podstawie - widać niebieskie iskry między czajnikiem a
podstawką i jest taki trzask. Dziś raz wywaliło bezpiecznik. Boję się
go używać.

Teresa Baranowska"""),
("pl", "suszarka-dymi-topi-sie", "Natalia Górska <natalia.gorska@example.pl>", "Suszarka do włosów", "technical", "high",
"""Suszarka do włosów zaczęła dziś dymić z tyłu, przy wlocie powietrza, a
obudowa w tym miejscu się stopiła i jest zdeformowana. Od razu
wyciągnęłam wtyczkę. Mam ją od 3 tygodni. Co mam zrobić?

Natalia"""),
("pl", "kwiaciarnia-terminal-klienci-odchodza", "Kwiaciarnia Storczyk <kontakt@storczyk-kwiaty.example>", "terminal", "technical", "high",
"""Dzień dobry,

od rana terminal, który od Was dzierżawimy, pokazuje "brak połączenia z
hostem". Nie przechodzi żadna karta ani BLIK. Dziś Dzień Matki, kolejka
do drzwi, a klienci bez gotówki odchodzą z pustymi rękami. Internet w
sklepie działa.

Proszę o pilny telefon: 500 000 000
Anna, Kwiaciarnia Storczyk"""),
("pl", "biuro-rachunkowe-brak-poczty", "Kancelaria Podatkowa Nowicka <sekretariat@nowicka-podatki.example>", "Poczta w biurze", "technical", "high",
"""Dzień dobry,

od 8 rano żadna z 6 osób w naszym biurze nie może zalogować się do
poczty - wyskakuje "nieprawidłowe hasło", choć nikt haseł nie zmieniał.
Jutro mija termin deklaracji, klienci wysyłają nam dokumenty i nie mamy
do nich dostępu.

Marta Nowicka"""),
("pl", "telewizor-pasy-przelozony", "Wojciech Kubiak <wojciech.kubiak@example.pl>", "Telewizor - trzecie zgłoszenie", "technical", "high",
"""Telewizor, który kupiłem w styczniu, ma pionowe pasy na połowie ekranu.
Był już dwa razy w serwisie, za każdym razem wraca "naprawiony" i po
tygodniu pasy są z powrotem. Nie mam telewizora łącznie od dwóch
miesięcy.

Proszę, żeby skontaktował się ze mną przełożony albo ktoś decyzyjny,
bo na infolinii słyszę tylko, że mam zgłosić kolejną naprawę.

Wojciech Kubiak"""),
("pl", "podziekowanie-monterzy-kuchni", "Beata Sadowska <beata.sadowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panom, którzy montowali u nas kuchnię w
zeszłym tygodniu (pan Darek i pan Piotr). Wszystko na czas, porządnie,
a na koniec posprzątali tak, że nie było śladu. Polecę Was wszystkim
znajomym.

Beata Sadowska"""),
("pl", "pochwala-infolinia-pani-marta", "Henryk Olszewski <henryk.olszewski@example.pl>", "Pani Marta z infolinii", "general", "",
"""Szanowni Państwo, chciałem pochwalić panią Martę z infolinii, z którą
rozmawiałem we wtorek. Spokojnie wszystko wytłumaczyła starszemu
człowiekowi, nie spieszyła się. Należy jej się premia.
Henryk Olszewski"""),
("pl", "niedziela-handlowa-gdynia", "Monika Kalinowska <monika.kalinowska@example.pl>", "Niedziela handlowa", "general", "",
"""Czy sklep w Gdyni przy Chwarznieńskiej jest otwarty w najbliższą
niedzielę handlową? I w jakich godzinach?"""),
("pl", "stol-rozkladany-dab", "Grzegorz Wieczorek <grzegorz.wieczorek@example.pl>", "Stół rozkładany", "general", "",
"""Dzień dobry, stół rozkładany 140-180 w kolorze dąb sonoma od miesiąca
jest niedostępny. Czy wróci do sprzedaży? Biały mi nie pasuje.
G. Wieczorek"""),
("pl", "sklep-w-rzeszowie", "Kamila Ostrowska <kamila.ostrowska@example.pl>", "Rzeszów", "general", "",
"""Czy macie sklep w Rzeszowie albo gdzieś blisko? Wolałabym obejrzeć
materace na żywo."""),
("pl", "magazynier-udt", "Sebastian Witkowski <sebastian.witkowski@example.pl>", "Praca - magazynier", "general", "",
"""Dzień dobry,

jestem zainteresowany pracą na magazynie w Waszym centrum dystrybucji
pod Strykowem. Mam aktualne uprawnienia UDT na wózki widłowe i 5 lat
doświadczenia. W załączniku CV.

Pozdrawiam
Sebastian Witkowski"""),
("pl", "odp-zamowienie-w-realizacji", "Renata Pietrzak <renata.pietrzak@example.pl>", "Odp: Zamówienie 60455", "general", "",
"""Zamówienie opłacone już tydzień temu, a status od 5 dni ciągle "w
realizacji". Kiedy mniej więcej zostanie wysłane? Potrzebuję tej
komody przed przyjazdem gości.

Renata

> Dziękujemy za złożenie zamówienia 60455. O wysyłce poinformujemy
> w osobnej wiadomości."""),
("pl", "program-lojalnosciowy-bez-smartfona", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Karta stałego klienta", "general", "",
"""Dzień dobry, czy mogę dołączyć do programu lojalnościowego, jeśli nie
mam smartfona? Czy jest jeszcze karta plastikowa, którą dostanę w
sklepie?

Zofia Adamczyk, lat 72"""),
("pl", "zmiana-adresu-przeprowadzka", "Dawid Majewski <dawid.majewski@example.pl>", "Przeprowadzka", "general", "",
"""Cześć, przeprowadzamy się w przyszłym tygodniu. Czy zamówienie 60930
(szafa) może przyjść na nowy adres: ul. Lipowa 7/3, 20-000 Lublin?
Jeszcze nie zostało wysłane.
Dawid"""),
("pl", "fwd-warsztaty-dla-dzieci", "Piotr Zieliński <piotr.zielinski@example.pl>", "Fwd: Warsztaty w sobotę!", "general", "",
"""Żona przesłała mi tego maila. Czy na te warsztaty trzeba się zapisać
wcześniej i czy sześciolatek może już wziąć udział?

Piotr

---------- Forwarded message ---------
Od: Sklep <newsletter@shop.example>
Data: pon., 10 cze 2024
Temat: Warsztaty w sobotę!

Zapraszamy dzieci na warsztaty "Zbuduj budkę dla ptaków" w naszych
sklepach w każdą sobotę czerwca o 11:00."""),
("pl", "kapiaca-woda-lampy-przy-kasie", "Ireneusz Wójcik <ireneusz.wojcik@example.pl>", "Niebezpieczeństwo w sklepie w Lublinie", "general", "high",
"""Dzień dobry,

dziś około 15:00 w Waszym sklepie w Lublinie przy kasach z sufitu kapała
woda prosto na oprawę lampy, lampa iskrzyła i trzaskała. Ludzie stali w
kolejce tuż pod spodem. Powiedziałem kasjerce, odpowiedziała, że "już
zgłaszali". Ktoś zaraz dostanie prądem albo będzie pożar.

Ireneusz Wójcik"""),
]
