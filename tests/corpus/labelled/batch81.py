# batch81.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Written apart from the training data so that
# nothing is tuned or trained on them.  Kinds of business: games and
# hobbies -- board-game and jigsaw subscriptions, trading card shops,
# esports teams and gaming cafes, retro console repair, model kit shops,
# online poker and bingo sites.  Covers the failure classes in new
# situations -- escalation demands and legal threats / chargebacks that
# keep their topic, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in other words, business outages told by their consequences,
# safety hazards told calmly, praise -- and everyday mail of all three
# queues.  Same tuple format as batch13-16.py.
M += [
# ---------------- English ----------------
("en", "b81-meeple-box-charged-twice", "Hannah Cole <hannah.cole@example.co.uk>", "Two payments this month", "billing", "",
"""Hi there,

I'm on the Meeple Box monthly plan (£34.99) and my banking app shows two
payments to you on 3rd March, both for £34.99. I've only had one box
delivered. Could you refund the second one please?

Thanks,
Hannah Cole"""),
("en", "b81-jigsaw-parcels-mother-died", "Brian Whitlock <b.whitlock@example.co.uk>", "My mother's puzzles", "billing", "",
"""Dear Sir or Madam,

My mother, Mrs Joan Whitlock, had one of your 1000-piece puzzles sent to
her every month. I am sorry to tell you that she died on 12th February.
She did enjoy them very much and always had one on the go on the dining
table.

Please would you see that no more are sent and that nothing further is
taken from her account. Her customer number is JW-20417. If any money
is owed back for the month already paid, it can go to her estate and I
can send you the details.

Yours faithfully,
Brian Whitlock (son)"""),
("en", "b81-sealed-booster-box-return", "Tyler Brooks <tbrooks@example.com>", "Return", "billing", "",
"""hey, ordered a booster box of the new set last week ($129.99, order
#TC-88213) and realized today I clicked the Japanese version by mistake.
It's still shrink wrapped, never opened. Can I send it back for a refund
or swap it for the English one? Whichever's easier, happy to pay the
difference if there is one."""),
("en", "b81-withdrawal-19-days-gambling-commission", "Darren Fletcher <darren.fletcher@example.co.uk>", "Withdrawal still pending", "billing", "high",
"""I requested a withdrawal of £1,240 from my account (username dfletch77)
on the 2nd. It is now the 21st and it still says "pending". I sent my
passport and a utility bill when you asked on the 4th and your live chat
told me verification was complete on the 6th.

Every time I ask I get a copy-and-paste reply saying "our finance team
are reviewing it". Your own terms say withdrawals are processed within 5
working days.

If the money is not in my bank by Friday I will be making a formal
complaint to your ADR provider and reporting you to the Gambling
Commission. I have screenshots of every chat.

Darren Fletcher"""),
("en", "b81-repair-quote-45-billed-95", "Lucy Harrington <lucy.h@example.co.uk>", "Mega Drive repair invoice", "billing", "high",
"""Hello,

I sent my Mega Drive in for a new power jack and a recap. Your quote by
email was £45 all in, which I accepted. Your invoice today says £95
because "additional work was required on the video circuit". Nobody rang
or emailed me to ask before doing it, and you've taken the full £95 off
the card I left on file.

I did not agree to £95. Please refund the £50 difference by the end of
the week, otherwise I'll be disputing the whole payment with my card
provider.

Lucy Harrington"""),
("en", "b81-cafe-membership-erasmus-semester", "Ciarán Doyle <ciaran.doyle@example.ie>", "Membership while I'm away", "billing", "",
"""Hi lads,

I've the €25 a month unlimited membership at the Rathmines café. I'm off
to Lyon on Erasmus from September till the end of January so I won't be
next nor near the place. Can ye freeze it for those months instead of me
cancelling and losing the founder price? I'll be back in Feb for sure.

Cheers,
Ciarán"""),
("en", "b81-discount-code-urgent-caps", "Kev Morton <kev.morton@example.co.uk>", "URGENT!!! discount code", "billing", "",
"""YOUR DISCOUNT CODE DOESNT WORK. The email said MODEL20 for 20% off all
Tamiya kits this weekend and the checkout says "code not valid for items
in basket". It IS a Tamiya kit!! Sale ends tonight so I need an answer
today or I'm buying it somewhere else."""),
("en", "b81-bingo-bonus-wagering-left", "Maureen Shaw <mo.shaw@example.co.uk>", "Bonus money", "billing", "",
"""Hello love,

I got the £10 welcome bonus when I joined and I've been playing the 90
ball rooms most nights. I've got £23.60 showing but it won't let me take
it out, it says I haven't finished the wagering. How much more do I need
to play before it's mine to withdraw? I can't find where it tells you.

Thanks
Maureen"""),
("en", "b81-bootcamp-tax-invoice-abn", "Jess Nguyen <ops@southerncross-esports.example>", "Tax invoice for bootcamp booking", "billing", "",
"""G'day,

We booked the back room (10 PCs) for our team bootcamp from 14-16 June
and paid $1,350 AUD by card. The receipt we got is in my personal name
with no ABN on it, which our accountant won't accept.

Can you please reissue it as a tax invoice to:
Southern Cross Esports Pty Ltd
ABN 00 000 000 000 (will send the real one by phone)
Level 2, 88 Ann St, Brisbane QLD 4000

Cheers,
Jess Nguyen
Operations, Southern Cross Esports"""),
("en", "b81-re-annual-renewal-want-manager", "Oliver Grant <oliver.grant@example.com>", "Re: Your Dice Vault annual plan has renewed", "billing", "high",
"""No. I cancelled this on January 28, three days before the renewal date,
and I have the cancellation confirmation email. I've now been charged
$239 for another year I don't want. This is the second time I'm writing
and the first reply told me "renewals are non-refundable", which ignores
the fact that I cancelled.

I want this passed to a manager, not another agent reading from a
script.

Oliver Grant

> Hi Oliver,
>
> Thanks for being a Dice Vault member! Your annual plan has renewed and
> $239.00 has been charged to your card ending 4471. Your next box ships
> on February 10.
>
> The Dice Vault Team"""),
("en", "b81-arcade-cabinet-emi-options", "Rahul Menon <rahul.menon@example.in>", "Payment query", "billing", "",
"""Dear Team,

I am interested in the restored Pac-Man cabinet listed on your site for
Rs 1,45,000. Kindly let me know whether EMI option is available on HDFC
credit card and for how many months. Also please confirm whether the
shipping to Kochi is included in the price or extra.

Regards,
Rahul Menon
Kochi"""),
("en", "b81-grandson-voucher-expired", "Peggy Armitage <peggy.armitage@example.co.uk>", "Gift voucher", "billing", "",
"""Dear Sirs

My grandson gave me one of your gift vouchers for £30 for my birthday so
I could get some new jigsaws. I put it away safe and forgot all about it
and now I see it says it ran out at the end of last month. Is there any
way it could still be used? It seems a shame to waste his money.

With kind regards
Mrs P. Armitage"""),
("en", "b81-expansion-swap-not-faulty", "Sam Whitfield <sam.whitfield@example.com>", "Wrong expansion", "billing", "",
"""Nothing wrong with the game at all before anyone asks, we've played the
base game to death! I just bought the Seafarers expansion when we
actually wanted Cities & Knights. Mine's still in the cellophane. Can I
swap it in the Leeds shop, and do I pay the £5 difference there?"""),
("en", "b81-prerelease-cancelled-entry-fee", "Marcus Hill <marcus.hill@example.com>", "Saturday prerelease", "billing", "",
"""Hi, I paid $30 online for the Saturday prerelease at your Columbus
store, then got a text Friday night saying it was cancelled because of
the storm. Totally understand, but I haven't seen the money come back
yet. Do I need to do anything or is it automatic? Paid with Apple Pay.

Marcus"""),
("en", "b81-modded-gameboy-battery-bulging", "Fiona McLeod <fiona.mcleod@example.co.uk>", "Game Boy from your shop", "technical", "high",
"""Hello,

Not a big drama but I thought I should let you know. The refurbished
Game Boy Color I bought from you in November has your rechargeable
battery mod. Last night while it was charging the back was quite hot to
the touch, and this morning I noticed the battery door has been pushed
out a couple of millimetres - the battery looks puffed up.

I've unplugged it and put it on a baking tray in the garage for now.
What should I do with it?

Fiona"""),
("en", "b81-snes-repair-psu-sparked", "Gareth Powell <gareth.powell@example.co.uk>", "Repair 3391", "technical", "high",
"""Got my SNES back from you yesterday (repair ref 3391, new power
supply). Plugged it in this evening and there was a loud crack from the
PSU brick, a couple of sparks out of the vent at the side and then a
smell of hot electrics. Switched it off at the wall straight away. It
was plugged into the same socket as always. I won't be plugging it in
again until you've had a look."""),
("en", "b81-cafe-launcher-party-refunds", "Leo Bramwell <leo@pixelpit-cafe.example>", "Saturday", "technical", "high",
"""Hi,

Since about 1pm today none of our 24 PCs get past your launcher's login
screen - it just spins on "contacting licence server". Restarted
everything, router included.

We had two birthday parties booked this afternoon, 18 kids in total,
and I've had to send them all home and refund the parents. There are
people queuing at the door for the evening session as I type and I've
got nothing to put them on.

Leo Bramwell
Pixel Pit Gaming Café, Sheffield
07700 900412"""),
("en", "b81-card-shop-stock-zero-sync", "Aisha Rahman <aisha@thetoploader.example>", "stock sync", "technical", "high",
"""Hello, since your sync tool updated overnight every single card on our
web shop shows quantity 0 and "sold out" - about 14,000 listings. The
stock is sitting right here in the binders. Not one order since 6am on
a Saturday, which is normally our busiest morning, and the marketplace
has started flagging our seller rating. Please get someone on this.

Aisha
The Toploader, Leicester"""),
("en", "b81-not-billing-rate-games-crash", "Priya Sharma <priya.sharma@example.com>", "Account", "technical", "",
"""Hi, this isn't about my bill or my plan, those are fine. The app crashes
every time I open the "Rate your games" page so I can't tell you which
games we liked, which means the next box is basically picked at random.
iPhone 13, latest iOS and the latest version of your app. Reinstalled
twice."""),
("en", "b81-bingo-reset-link-expired", "Sandra Kelly <sandra.kelly@example.ie>", "cant get in", "technical", "",
"""I forgot my password and clicked forgot password, the email comes
straight away but when I click the link it says "this link has expired"
every time, even when I click it the second it arrives. Tried 5 times
now. Username sandrak62"""),
("en", "b81-mystery-puzzle-qr-404", "Tom Baxter <tom.baxter@example.co.uk>", "Mystery puzzle picture", "technical", "",
"""The mystery puzzle this month says to scan the QR code inside the lid to
see the finished picture once you've given up guessing (we have!). The
code takes me to a page that says "404 Not Found". Same on my wife's
phone. Could you fix the link or just email me the picture?"""),
("en", "b81-controller-drift-after-repair", "Bec Walsh <bec.walsh@example.com.au>", "Controller still drifting", "technical", "",
"""Hey team,

Sent you my son's Pro controller for the stick drift fix a few weeks
back, it came back Tuesday and he reckons it's already drifting left
again - and he's usually killing it in Mario Kart. I had a go myself
and yep, the kart creeps left with nobody touching the stick. Is this
covered by your 90 day repair warranty? Happy to post it back, just let
me know where.

Thanks heaps,
Bec (Geelong)"""),
("en", "b81-n64-third-return-someone-senior", "Graham Oakes <graham.oakes@example.co.uk>", "N64 - third time", "technical", "high",
"""This is the third time my N64 has come back from your workshop with
the same fault. It powers on, the red light comes on, and there is no
picture on either of my TVs. Your technician's note says "tested OK,
full picture". It is not OK.

I've now spent more on postage than the console is worth and I've had
enough of the same answer from the same inbox. I want this looked at by
someone senior - the workshop manager or the owner - and I want a phone
call, not an email.

Graham Oakes
01632 960118"""),
("en", "b81-airbrush-compressor-fuse", "Nadia Kowalczyk <nadia.k@example.co.uk>", "Airbrush compressor", "technical", "high",
"""Hi,

The mini compressor (AC-18) that came with my airbrush starter set has
started doing something odd. After about ten minutes of use the casing
gets too hot to hold, there's a smell like melting plastic, and
yesterday it tripped the fuse for the whole spare room. I've stopped
using it. Is this something you've seen before?

Nadia"""),
("en", "b81-re-dispatched-led-kit-strip", "Ryan Tierney <ryan.tierney@example.com>", "Re: Your order 40881 has been dispatched", "technical", "",
"""Got it, thanks. Problem though - in the LED lighting kit for the
freighter model, strip 3 (the cockpit one) doesn't light at all. I
swapped it to a different port on the hub and it's still dead, and the
other four strips work in every port. So it's the strip, not the hub.

Ryan

> Hi Ryan,
> Good news - your order 40881 is on its way!
> 1 x Starship LED Lighting Kit
> 1 x Precision Side Cutters
> Track it here: https://track.example.com/40881
> Happy modelling,
> Brickworks Models"""),
("en", "b81-poker-client-mac-disconnects", "Josh Feldman <josh.feldman@example.com>", "Client keeps disconnecting", "technical", "",
"""Since the 4.2 update your desktop client on my Mac (M2, Sonoma) drops
the connection every 10-15 minutes, the table freezes and I get sat
out. My internet is fine, everything else works, and the old version
never did this. I'm not asking for any hands or pots back, I just want
the client to stay connected. Logs attached if that helps."""),
("en", "b81-league-2fa-new-phone", "Arjun Patel <arjun.patel@example.in>", "Locked out - 2FA", "technical", "",
"""Hello,

I changed my phone last week and did not move the authenticator app
across (my mistake). Now I can't log in to my player account on the
league site because it keeps asking for the 6 digit code. I don't have
the backup codes. Team registration closes on 30th, please help me get
back in.

Player ID: ArjunP_BLR
Email on account: this one

Thanks,
Arjun"""),
("en", "b81-left-deck-box-fnm", "Connor Daly <connor.daly@example.com>", "Left my deck", "general", "",
"""hi i think i left my deck box at friday night magic, red dragonhide one
with a mono-red deck inside and my name on a sticker on the bottom.
table near the window. has anyone handed it in? can pick up whenever"""),
("en", "b81-thanks-dads-atari", "Emily Carter <emily.carter@example.com>", "Thank you!!", "general", "",
"""I just had to write and say thank you. I sent you my late dad's Atari
2600 that had been sitting in Mom's basement for 30 years, not
expecting much. It came back working, cleaned up and with the original
joysticks fixed. We played Frogger on Sunday with the whole family and
Mom cried. You guys were so kind on the phone and kept me updated the
whole time.

Emily, Ohio"""),
("en", "b81-cafe-hours-bank-holiday", "Aoife Brennan <aoife.brennan@example.ie>", "Monday", "general", "",
"""Hi are you open on the bank holiday Monday and if so what hours? Want
to bring a few friends for the afternoon. Thanks, Aoife"""),
("en", "b81-uni-esports-sponsorship", "Daniel Osei <esports@su.example.ac.uk>", "Sponsorship proposal", "general", "",
"""Dear Pixel Pit team,

I'm the president of the University Esports Society here in Sheffield
(about 220 members). We're entering the national student league this
year and are looking for local partners. In exchange for support -
whether that's hosting our weekly LAN night or a contribution towards
jerseys - we'd put your logo on our kit and streams and promote the
café at the freshers' fair.

Would you be open to a chat? I've attached our sponsorship pack.

Best regards,
Daniel Osei
President, University Esports Society"""),
("en", "b81-new-address-puzzle-club", "Margaret Doyle <margaret.doyle@example.ie>", "New address", "general", "",
"""Good afternoon,

I have moved to a smaller house and would like my puzzles sent to the
new address from now on:

4 Ashgrove Close
Ballincollig
Co. Cork

My telephone number has also changed, to 021 487 0000.

Thank you,
Margaret Doyle"""),
("en", "b81-order-55312-leave-shed", "Ian Fraser <ian.fraser@example.co.uk>", "Order 55312", "general", "",
"""I'm at work all day Thursday when the kits are due. Could the driver
leave the parcel in the green shed at the side of the house? It's not
locked. Please don't leave it on the doorstep, it's a busy road."""),
("en", "b81-bingo-subject-access-request", "Karen Lowe <karen.lowe@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including my account history, any marketing
profile and any notes made by your staff. My account is registered with
this email address under the name Karen Lowe, date of birth 09/04/1979.

Please send the information electronically.

Karen Lowe"""),
("en", "b81-staff-laughed-at-son-manager", "Helen Price <helen.price@example.co.uk>", "Your staff at the Saturday tournament", "general", "high",
"""I'm writing about how my son (13) was treated at your Pokémon
tournament on Saturday. When he asked the judge about a ruling, the
judge and another member of staff laughed at his deck in front of the
other players and called it "a baby deck". He came home upset and says
he doesn't want to go back.

He has been coming to your shop every weekend for two years. I want to
speak to the store manager about this, and I expect the reply to come
from them, not from a general inbox.

Helen Price"""),
("en", "b81-cafe-cables-across-walkway", "Jamal Reid <jamal.reid@example.com>", "Cables by the back room", "general", "high",
"""Hi, just a heads up from last night. There's a bundle of power and
network cables running across the walkway to the back room, held down
with a bit of tape that's come up. My mate caught his foot in it and
went down hard, cut his hand on the edge of a desk. He's alright but
someone's going to really hurt themselves, especially when the lights
are down for the tournaments. Might want to sort it before the weekend.

Jamal"""),
("en", "b81-question-painting-workshop-age", "Lauren Mitchell <lauren.mitchell@example.com>", "Question", "general", "",
"""Hi! Is the Saturday miniature painting workshop OK for a 12 year old?
She's been painting at home for a year and is really keen. Does an
adult have to stay with her?"""),
("en", "b81-hello-restock-1-35-armour", "Pete Sutton <pete.sutton@example.co.uk>", "Hello", "general", "",
"""Hello,

Any idea when you'll get more of the 1/35 German armour kits back in?
The Panther and the Tiger have been showing out of stock for a while.
Not in a rush, just planning my winter builds.

Pete"""),
("en", "b81-no-refund-counter-rude", "Chris Evans <chris.evans@example.com>", "Your Bristol shop", "general", "",
"""I don't want a refund or anything, the game's fine. I just think you
should know that the guy on the counter on Sunday afternoon (tall,
beard) was really dismissive with my girlfriend when she asked for a
recommendation - told her "it's probably too complicated for you" and
turned back to his phone. We spent £80 anyway but we won't be in a
hurry to come back."""),
("en", "b81-academy-tryouts-info", "Ethan Brooks <ethan.brooks@example.com>", "Academy tryouts", "general", "",
"""Hey, saw on your socials that the Valorant academy roster is holding
tryouts next month. What rank do you need to apply, and are they online
or do I have to travel to the facility in Austin? I'm 17, is that okay
or do I need a parent to sign something?"""),
# ---------------- Greek ----------------
("el", "b81-syndromi-epitrapezion-dipli-xreosi", "Μαρίνα Τσολάκη <marina.tsolaki@example.gr>", "Διπλή χρέωση συνδρομής", "billing", "",
"""Καλησπέρα σας,

Έχω τη μηνιαία συνδρομή στο κουτί επιτραπέζιων (29,90€) και αυτόν τον
μήνα βλέπω στην κάρτα μου δύο χρεώσεις των 29,90€ με διαφορά δύο
λεπτών, στις 5/3. Κουτί ήρθε ένα. Μπορείτε να μου επιστρέψετε τη μία;

Ευχαριστώ,
Μαρίνα Τσολάκη"""),
("el", "b81-gl-pazl-pagoma-kalokairi", "Voula M. <voula.m@example.gr>", "syndromh pazl", "billing", "",
"""Geia sas! Exw th syndromh me ta pazl 1000 kommatiwn. Apo Iounio mexri
Septemvrio 8a eimaste sto xwrio sth Naxo kai den 8a yparxei kanenas
sto spiti na ta paralavei. Ginetai na thn pagwsete gia 3 mhnes kai na
3ekinhsei pali ton Oktwvrio? Na mhn xrewnomai tzampa dhladh.
Eyxaristw polu,
Voula"""),
("el", "b81-maketa-lathos-klimaka-epistrofi", "Άγγελος Ραφαηλίδης <a.rafailidis@example.gr>", "Επιστροφή μακέτας", "billing", "",
"""Καλημέρα,

Παρήγγειλα τη μακέτα του Spitfire (παραγγελία 20931, 38,50€) και μου
ήρθε σε κλίμακα 1/72 ενώ εγώ ήθελα 1/48 - δικό μου λάθος στην επιλογή.
Το κουτί δεν έχει ανοιχτεί καν. Μπορώ να την επιστρέψω και να
παραγγείλω την άλλη, ή να γίνει απευθείας αλλαγή πληρώνοντας τη
διαφορά;

Άγγελος"""),
("el", "b81-poker-analipsi-eeep", "Κωνσταντίνος Μπέλλος <k.bellos@example.gr>", "Ανάληψη 850€ - τελευταία ειδοποίηση", "billing", "high",
"""Κύριοι,

Στις 3 του μήνα ζήτησα ανάληψη 850€ από τον λογαριασμό μου (όνομα
χρήστη kbellos_88). Έχω στείλει ταυτότητα, λογαριασμό ΔΕΗ και
φωτογραφία της κάρτας, όπως μου ζητήθηκε, και ο λογαριασμός εμφανίζεται
επαληθευμένος. Παρ' όλα αυτά η ανάληψη είναι ακόμα «σε επεξεργασία» και
το chat μου απαντά κάθε φορά «θα ενημερωθείτε».

Αν τα χρήματα δεν πιστωθούν στον τραπεζικό μου λογαριασμό μέσα σε 5
ημέρες, θα υποβάλω καταγγελία στην ΕΕΕΠ και στον Συνήγορο του
Καταναλωτή. Κρατάω αντίγραφα όλων των συνομιλιών.

Κωνσταντίνος Μπέλλος"""),
("el", "b81-gl-episkeui-ps2-xrewsh-trapeza", "Nikos Chatzis <nikos.chatzis@example.gr>", "EPISKEUH PS2", "billing", "high",
"""Kalhspera,
esteila to PS2 gia allagh laser. Mou eipate sto thlefwno 40 euro.
Shmera eida oti h karta mou xrew8hke 110 euro!! Kaneis den me phre
thlefwno na mou pei oti 8a kostisei parapanw, 8a to eixa paei allou.
8elw pisw ta 70 euro diafora mexri th Deytera alliws kanw amfisvhthsh
ths xrewshs sthn trapeza mou. Den einai tropoi auta.
Nikos Chatzis"""),
("el", "b81-retro-konsola-doseis-iris", "Σταυρος Ζερβας <stavros.zervas@example.gr>", "Πληρωμη", "billing", "",
"""Καλημερα,

ενδιαφερομαι για το Neo Geo AES που εχετε στο site στα 720 ευρω.
Μπορω να το πληρωσω σε δοσεις με πιστωτικη; Αλλιως δεχεστε IRIS η
μονο καταθεση σε λογαριασμο; Θα ερθω να το παραλαβω απο το μαγαζι
στον Πειραια.

Ευχαριστω
Σταυρος"""),
("el", "b81-gios-fantaros-syndromi", "Ευδοκία Παπαγεωργίου <evdokia.pap@example.gr>", "Ο γιος μου παρουσιάζεται", "billing", "",
"""Καλησπέρα σας,

Ο γιος μου ο Θοδωρής έχει συνδρομή σε εσάς για τις κάρτες (το μηνιαίο
πακέτο με τους φακέλους, 24€ τον μήνα), αλλά με τη δική μου κάρτα. Τον
Μάιο παρουσιάζεται φαντάρος στην Κόρινθο και για έναν χρόνο δεν θα
έχει ούτε χρόνο ούτε όρεξη για κάρτες. Παρακαλώ να σταματήσει μετά την
τελευταία πληρωμή του Απριλίου. Όταν απολυθεί, αν θέλει, ξαναγράφεται.

Ευχαριστώ,
Ευδοκία Παπαγεωργίου"""),
("el", "b81-re-kratisi-gaming-timologio", "Λογιστήριο Nexus <logistirio@nexus-soft.example>", "Re: Επιβεβαίωση κράτησης - Παρασκευή 19:00", "billing", "",
"""Καλησπέρα,

Σας ευχαριστούμε για την επιβεβαίωση. Επειδή η βραδιά είναι για την
εταιρεία, χρειαζόμαστε τιμολόγιο παροχής υπηρεσιών και όχι απόδειξη.
Στοιχεία:
NEXUS SOFTWARE Ι.Κ.Ε.
ΑΦΜ 999999999, ΔΟΥ Ηρακλείου
Λεωφ. Κνωσού 41, Ηράκλειο

Η προκαταβολή των 150€ πληρώθηκε με κάρτα της εταιρείας, το υπόλοιπο θα
εξοφληθεί επί τόπου.

Με εκτίμηση,
Αργυρώ Λαμπράκη
Λογιστήριο

> Αγαπητή κα Λαμπράκη,
> επιβεβαιώνουμε την κράτηση 16 θέσεων για την Παρασκευή στις 19:00
> (3 ώρες, αναψυκτικά και πίτσα). Προκαταβολή: 150€.
> Level Up Gaming Center"""),
("el", "b81-gl-dwroka-ypoloipo-miden", "Thanasis <thanasis.k@example.gr>", "dwrokarta", "billing", "",
"""Geia, mou xarisan mia dwrokarta 50e gia to magazi sas (gia ta
Warhammer) kai otan paw na thn xrhsimopoihsw sto e-shop leei ypoloipo
0,00. Den thn exw xrhsimopoihsei pote!! Ta teleutaia pshfia tou kwdikou
einai 2093 (exw kai fwtografia ths kartas). Mporeite na deite ti
paizei?"""),
("el", "b81-tournoua-symmetoxi-xreothike-ypeythynos", "Γιάννης Κουτσούκος <g.koutsoukos@example.gr>", "Τουρνουά Κυριακής", "billing", "high",
"""Γεια σας,

Πλήρωσα online 15€ συμμετοχή για το τουρνουά Yu-Gi-Oh της Κυριακής στο
κατάστημα της Καλαμαριάς. Όταν πήγα, ο υπάλληλος μου είπε ότι δεν
υπάρχω στη λίστα και ότι «αφού δεν βγαίνει στο σύστημα δεν έχεις
πληρώσει». Η χρέωση όμως φαίνεται στην κάρτα μου. Έχασα το τουρνουά και
κανείς δεν μου έδωσε λύση.

Θέλω τα χρήματά μου πίσω και θέλω να μιλήσω με τον υπεύθυνο του
καταστήματος, όχι ξανά με τον ίδιο υπάλληλο.

Γιάννης Κουτσούκος"""),
("el", "b81-gl-bingo-katathesi-den-fainetai", "Roula P. <roula.p@example.gr>", "katathesh", "billing", "",
"""Kalhmera sas. Ekana katathesh 50 eurw me karta xthes to apogeyma
kai ta lefta efygan apo ton logariasmo mou sthn trapeza alla sto
bingo to ypoloipo mou einai akoma 2,40. Ti prepei na kanw? Na perimenw?
Roula"""),
("el", "b81-gl-timi-examhnh-syndromh", "Marios <marios_tz@example.gr>", "Erwthsh", "billing", "",
"""kalhspera, poso kanei h syndromh me ta epitrapezia an thn parw gia 6
mhnes mazi? exei kapoia ekptwsh se sxesh me to mhniaio? kai an plhrwsw
mprosta mporw na thn kanw dwro se kapoion allon?
euxaristw"""),
("el", "b81-pazl-oxi-pistotiko-epistrofi", "Ελισάβετ Κυριακίδου <elisavet.k@example.gr>", "Παζλ 3000 κομματιών", "billing", "",
"""Καλημέρα,

Επέστρεψα στο κατάστημα της Πάτρας το παζλ 3000 κομματιών (59,90€) μέσα
στις 14 ημέρες, σφραγισμένο, με την απόδειξη. Η κοπέλα στο ταμείο μου
έδωσε πιστωτικό σημείωμα. Δεν θέλω πιστωτικό, δεν σκοπεύω να αγοράσω
κάτι άλλο - θέλω την επιστροφή στην κάρτα με την οποία πλήρωσα. Πώς
γίνεται αυτό;

Ελισάβετ Κυριακίδου"""),
("el", "b81-ps1-meta-episkeui-kapnos", "Δημοσθένης Αλεξίου <dimos.alexiou@example.gr>", "PlayStation μετά την επισκευή", "technical", "high",
"""Καλησπέρα,

Παρέλαβα χθες το PlayStation 1 από την επισκευή (αλλαγή τροφοδοτικού,
δελτίο 1187). Το άναψα σήμερα το πρωί, έπαιξε κανονικά για κανένα
τέταρτο και μετά είδα λίγο καπνό να βγαίνει από τις σχισμές στο πίσω
μέρος, με μυρωδιά καμένου. Το έβγαλα αμέσως από την πρίζα και δεν το
ξανάνοιξα.

Πείτε μου πώς να σας το στείλω.

Δημοσθένης"""),
("el", "b81-gl-handheld-mpataria-fouskwse", "Alexandros T. <alex.t@example.gr>", "retro handheld", "technical", "high",
"""Geia sas, to retro handheld pou phra apo sas prin 2 mhnes (auto me tis
16bit konsoles) otan to fortizw zestainetai para poly kai shmera eida
oti h pisw plath exei fouskwsei, den kleinei kala pleon. Einai h
mpataria fantazomai. To exw afhsei ekso sto mpalkoni se ena keramiko
piato na mhn ginei kati. Ti kanw?
Alexandros"""),
("el", "b81-gaming-center-tournoua-anavlithike", "Respawn Gaming Center <info@respawn-patra.example>", "Σύστημα κρατήσεων", "technical", "high",
"""Καλησπέρα,

Από τις 5 το απόγευμα το πρόγραμμα διαχείρισης που μας δώσατε δεν
ξεκλειδώνει κανέναν σταθμό - όλα τα PC μένουν στην οθόνη κλειδώματος
και το πάνελ του ταμείου γράφει «Σφάλμα σύνδεσης με τον διακομιστή».

Είχαμε απόψε τουρνουά FIFA με 32 συμμετοχές και το αναβάλαμε. Οι
πελάτες φεύγουν, δεν μπορούμε να κόψουμε ούτε μία ώρα παιχνιδιού.

Παρακαλώ καλέστε μας στο 2610 000000.
Σπύρος Νικολάου
Respawn Gaming Center, Πάτρα"""),
("el", "b81-gl-eshop-kartes-kalathi-adeiazei", "Karta Kosmos <info@kartakosmos.example>", "eshop", "technical", "high",
"""Kalhmera, apo xthes to vrady meta to update tou platform sas, to
kala8i sto e-shop mas adeiazei molis o pelaths patasei "Oloklhrwsh
paraggelias". Exoume 0 paraggelies apo tis 10 to prwi enw kanonika to
Savvato exoume 40-50. Exoume vgalei kai thn prosfora gia ta boosters
kai oi pelates mas grafoun sto instagram oti den mporoun na agorasoun.
Kante kati grhgora parakalw.
Mixalhs
Karta Kosmos, Thessalonikh"""),
("el", "b81-oxi-xreosi-efarmogi-kenh", "Φωτεινή Δρακοπούλου <foteini.d@example.gr>", "Εφαρμογή", "technical", "",
"""Γεια σας, δεν γράφω για τη χρέωση, αυτή είναι εντάξει. Η εφαρμογή της
συνδρομής επιτραπέζιων από την Πέμπτη ανοίγει σε άσπρη οθόνη και μένει
εκεί. Έχω Android (Xiaomi), την έσβησα και την ξαναέβαλα, τίποτα. Θέλω
να δω τους κανόνες του παιχνιδιού που ήρθε στο κουτί του μήνα."""),
("el", "b81-poker-efarmogi-lathos-kodikos", "Παναγιώτης Ρέντζος <p.rentzos@example.gr>", "Δεν μπορώ να συνδεθώ", "technical", "",
"""Μετά την τελευταία ενημέρωση της εφαρμογής πόκερ στο iPhone, όταν βάζω
τον κωδικό μου βγάζει «Λάθος στοιχεία σύνδεσης». Από τον υπολογιστή με
τον ίδιο κωδικό μπαίνω κανονικά. Έκανα και αλλαγή κωδικού, πάλι τα ίδια
στο κινητό."""),
("el", "b81-gl-bingo-kollaei-noumera", "Katerina <katerina.bingo@example.gr>", "kollaei", "technical", "",
"""Kalhspera, to bingo sto kinhto mou kollaei sth mesh tou paixnidiou,
stamatane na vgainoun ta noumera kai otan 3anamphkw to paixnidi exei
teleiwsei. Ginetai edw kai mia vdomada, prin douleve mia xara. Exw
Samsung A52 kai wifi, to youtube paizei kanonika."""),
("el", "b81-aerografos-den-psekazei", "Λευτέρης Καραμανλής <lefteris.kar@example.gr>", "Αερογράφος", "technical", "",
"""Καλημέρα,

Αγόρασα από εσάς τον αερογράφο 0,3mm με το κιτ. Από την πρώτη μέρα δεν
ψεκάζει σωστά: βγάζει μόνο αέρα και το χρώμα φτύνει σε σταγόνες. Τον
καθάρισα όπως λέει το φυλλάδιο, δοκίμασα και πιο αραιωμένο χρώμα, ίδιο
αποτέλεσμα. Η βελόνα δείχνει ίσια. Μήπως είναι ελαττωματικό το
ακροφύσιο;

Λευτέρης"""),
("el", "b81-gameboy-othoni-triti-fora-dieythyntis", "Ηλίας Σταματόπουλος <ilias.stamat@example.gr>", "Τρίτη φορά η ίδια βλάβη", "technical", "high",
"""Κύριοι,

Σας έχω στείλει τρεις φορές το Game Boy Advance για την οθόνη IPS που
μου τοποθετήσατε. Και τις τρεις φορές μου επιστρέφεται με σημείωμα
«ελέγχθηκε, λειτουργεί», και μετά από δύο μέρες η οθόνη ξαναγεμίζει
γραμμές και σβήνει.

Δεν πρόκειται να το ξαναστείλω στο ίδιο τμήμα για να μου πουν τα ίδια.
Ζητώ να ασχοληθεί προσωπικά ο διευθυντής του εργαστηρίου και να με
καλέσει ο ίδιος.

Ηλίας Σταματόπουλος"""),
("el", "b81-re-apostoli-kollitiri", "Τάσος Μελάς <tasos.melas@example.gr>", "Re: Η παραγγελία σας 33871 απεστάλη", "technical", "",
"""Το παρέλαβα σήμερα, ευχαριστώ. Το κολλητήρι όμως που ήταν μέσα δεν
ζεσταίνεται καθόλου: ανάβει η λυχνία, αλλά μετά από δέκα λεπτά η μύτη
είναι κρύα, δεν λιώνει ούτε το καλάι. Δοκίμασα σε δύο πρίζες.

Τάσος

> Αγαπητέ πελάτη,
> η παραγγελία σας 33871 παραδόθηκε στην εταιρεία ταχυμεταφορών.
> - Κολλητήρι 40W με βάση
> - Σετ πένσες ακριβείας (3 τεμ.)
> Ευχαριστούμε που επιλέξατε το Hobby Corner!"""),
("el", "b81-gl-eggrafh-omadas-error", "Giorgos Lamprou <glamprou@example.gr>", "eggrafh", "technical", "",
"""geia, prospa8w na grapsw thn omada mou (5 atoma) sto league tou
Valorant kai molis patame "Ypovolh" vgazei error 500. To dokimasa apo
chrome kai firefox kai apo to kinhto, to idio. H pros8esmia einai
Paraskevh, ti na kanoume?"""),
("el", "b81-n64-hdmi-trempoulo", "Χρήστος Βασιλείου <christos.vas@example.gr>", "HDMI mod", "technical", "",
"""Καλησπέρα σας,

Πριν από έναν μήνα μου τοποθετήσατε HDMI mod στο Nintendo 64. Η εικόνα
τρεμοπαίζει κάθε λίγα λεπτά και για ένα δευτερόλεπτο γίνεται μαύρη. Το
δοκίμασα σε δύο τηλεοράσεις και με δύο καλώδια. Πριν από το mod, με το
κανονικό καλώδιο, δεν είχε κανένα πρόβλημα.

Χρήστος Βασιλείου"""),
("el", "b81-bingo-den-fortonei-oloi", "Σοφία Μανωλάκη <sofia.manolaki@example.gr>", "Τι γίνεται απόψε;", "technical", "high",
"""Καλησπέρα,

Από τις 9 το βράδυ η σελίδα του bingo δεν φορτώνει καθόλου, ούτε από
κινητό ούτε από υπολογιστή. Στην ομάδα μας στο Facebook είμαστε πάνω από
εκατό άτομα και δεν μπαίνει κανείς, ενώ απόψε είναι το μεγάλο παιχνίδι
της Παρασκευής. Δεν βλέπω καμία ανακοίνωση από εσάς.

Σοφία"""),
("el", "b81-xeiristirio-den-anagnorizetai", "Μιχαλης Ρουσσος <m.roussos@example.gr>", "χειριστηριο", "technical", "",
"""Γεια σας. Το χειριστηριο 8BitDo που πηρα απο το μαγαζι σας δεν το
αναγνωριζει πια ο υπολογιστης μετα την αναβαθμιση firmware που μου
ζητησε η εφαρμογη. Αναβει το λαμπακι και μετα σβηνει. Εχω δοκιμασει
και με καλωδιο και με bluetooth."""),
("el", "b81-xechasa-akoustika-gaming", "Στέφανος Ιωαννίδης <stefanos.ioan@example.gr>", "Ξέχασα τα ακουστικά μου", "general", "",
"""Γεια σας, την Κυριακή το βράδυ ήμουν στη θέση 14 και νομίζω ότι ξέχασα
εκεί τα ακουστικά μου, μαύρα HyperX με ένα αυτοκόλλητο με κεραυνό στο
ένα αυτί. Τα βρήκε κανείς; Μπορώ να περάσω την Τετάρτη.

Στέφανος"""),
("el", "b81-gl-eyxaristw-gameboy-adelfou", "Dimitra S. <dimitra.s@example.gr>", "EYXARISTW!!!", "general", "",
"""Kalhspera!! Hr8e shmera to Game Boy tou adelfou mou pou to eixame apo
to '95 kai den anavei 20 xronia. To anoi3e kai paizei to Pokemon Red me
to save tou akoma mesa!!! Tou to dwsame dwro sta genethlia tou kai
sygkinh8hke toso. Eiste kalyteroi, eyxaristoume para poly gia thn
prosoxh kai gia ta mhnymata pou mas stelnate me to pws paei.
Dimitra"""),
("el", "b81-orario-megali-evdomada", "Αναστασία Γκίκα <anastasia.gkika@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, θα είστε ανοιχτά τη Μεγάλη Εβδομάδα και τι ώρες; Θέλουμε να
έρθουμε με τα παιδιά να διαλέξουμε ένα επιτραπέζιο για το τραπέζι του
Πάσχα στο χωριό."""),
("el", "b81-xorigia-omada-esports-volos", "Volos Phoenix Esports <team@volosphoenix.example>", "Πρόταση συνεργασίας", "general", "",
"""Αξιότιμοι κύριοι,

Είμαστε η Volos Phoenix, ερασιτεχνική ομάδα esports από τον Βόλο με
έξι παίκτες και συμμετοχή στο πανελλήνιο πρωτάθλημα League of Legends.
Αναζητούμε χορηγούς για τη νέα σεζόν. Σε αντάλλαγμα προσφέρουμε λογότυπο
στις φανέλες, αναφορές στα streams μας στο Twitch (περίπου 1.500
ακόλουθοι) και παρουσία σε τοπικές εκδηλώσεις.

Θα χαρούμε να σας στείλουμε την παρουσίασή μας.

Με εκτίμηση,
Ορέστης Παπαδόπουλος
Υπεύθυνος ομάδας"""),
("el", "b81-gl-allagh-email-thlefwnou", "Kostas Dimou <kostas.dimou@example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhmera, allaksa kinhto kai email. To neo kinhto einai 6911111111 kai
to neo email kostas.d.new@example.gr. Mporeite na ta allaksete sto
profil mou? To palio email 8a kleisei se ligo.
Eyxaristw, Kwstas"""),
("el", "b81-paraggelia-48213-periptero", "Ρένα Χριστοδούλου <rena.christodoulou@example.gr>", "Παραγγελία 48213", "general", "",
"""Καλησπέρα, την Πέμπτη που θα έρθει το δέμα με τις μακέτες θα λείπω
στη δουλειά. Μπορεί ο κούριερ να το αφήσει στο περίπτερο στη γωνία
(Αγίου Δημητρίου και Ολύμπου); Τον ξέρω τον κύριο Μάκη, το κρατάει.

Ρένα"""),
("el", "b81-diagrafi-dedomenon-poker", "Θεόδωρος Αργυρίου <theodoros.arg@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων που τηρείτε, πλην όσων υποχρεούστε να κρατήσετε βάσει
νόμου, καθώς και την παύση κάθε προωθητικής επικοινωνίας. Παρακαλώ να
με ενημερώσετε εγγράφως για την ολοκλήρωση.

Θεόδωρος Αργυρίου
(email εγγραφής: το παρόν)"""),
("el", "b81-ypallilos-fonaze-paidia-idioktitis", "Βασιλική Κωστοπούλου <vasiliki.kost@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Καλησπέρα,

Το Σάββατο το απόγευμα ο γιος μου (12 ετών) ήταν με τρεις φίλους του στο
gaming center σας στο Μαρούσι. Ο υπάλληλος της βάρδιας τούς έβαλε τις
φωνές μπροστά σε όλους, τους έβρισε και τους έδιωξε επειδή «κάνουν
φασαρία». Τα παιδιά γύρισαν σπίτι τρομαγμένα.

Θέλω να μιλήσω με τον ιδιοκτήτη του καταστήματος. Περιμένω τηλέφωνο στο
6900000000.

Βασιλική Κωστοπούλου"""),
("el", "b81-gl-skala-ypogeio-spasmeno-skalopati", "Petros K. <petros.k@example.gr>", "skala", "general", "high",
"""Geia sas, sto magazi sthn Egnatia, h skala pou katevainei sto ypogeio
me ta trapezia twn tournoua exei ena skalopati spasmeno sthn akrh kai
kounietai. Xthes ena paidi paraligo na pesei me thn plath, to epiase o
mpampas tou. Me toso kosmo pou katevainei to Savvato kapoios 8a
xtyphsei. Apla gia na to 3erete.
Petros"""),
("el", "b81-erotisi-format-tournoua-commander", "Νεφέλη Αθανασίου <nefeli.ath@example.gr>", "Ερώτηση", "general", "",
"""Γεια σας! Το τουρνουά Commander της επόμενης Κυριακής είναι casual ή
competitive; Και επιτρέπονται proxies ή μόνο αυθεντικές κάρτες; Πρώτη
φορά θα έρθω."""),
("el", "b81-gl-oxi-xrewsh-trapezia-parea", "Spyros <spyros.v@example.gr>", "erwthsh", "general", "",
"""kalhspera, den einai gia paraggelia h xrewsh. 8elame na rwthsoume an
ston xwro sas mporoume na erxomaste ka8e Tetarth vrady me thn parea
mas (5-6 atoma) na paizoume Catan kai Carcassonne. Yparxoun trapezia
eleu8era ekeinh th mera h prepei na eidopoioume prin?"""),
("el", "b81-party-genethlion-gaming", "Ελένη Μαυρομάτη <eleni.mavromati@example.gr>", "Πάρτι γενεθλίων", "general", "",
"""Καλησπέρα σας,

Ο γιος μου κλείνει τα 10 τον Ιούνιο και θα ήθελε να κάνει το πάρτι του
στο gaming center σας. Θα είναι περίπου 12 παιδιά. Κάνετε πάρτι
γενεθλίων; Μπορούμε να φέρουμε δική μας τούρτα; Και υπάρχουν παιχνίδια
κατάλληλα για αυτή την ηλικία ή μόνο για μεγαλύτερους;

Ευχαριστώ,
Ελένη"""),
("el", "b81-synchartiria-epilogi-paixnidion", "Ιφιγενεια Σαρρη <ifigeneia.sarri@example.gr>", "Ευχαριστουμε", "general", "",
"""Καλησπερα σας,

ηθελα απλα να σας πω οτι ειμαστε συνδρομητες εδω και ενα χρονο και
καθε μηνα πετυχαινετε το παιχνιδι. Το τελευταιο με τα τρενα ηταν
φωτια, το εχουμε παιξει ηδη εφτα φορες, και ο αντρας μου που δεν ηθελε
ουτε να ακουσει για επιτραπεζια τωρα ρωταει ποτε ερχεται το επομενο
κουτι! Συνεχιστε ετσι.

Ιφιγενεια"""),
# ---------------- Spanish ----------------
("es", "b81-caja-puzles-cobro-doble", "Nuria Ferrer <nuria.ferrer@example.es>", "Cobro duplicado", "billing", "",
"""Hola,

Estoy suscrita a la caja mensual de puzles (24,95 €) y este mes me
habéis pasado dos cargos iguales el día 2 por la mañana. Solo me ha
llegado una caja, claro. ¿Me podéis devolver uno de los dos?

Gracias,
Nuria Ferrer"""),
("es", "b81-meses-sin-intereses-super-nintendo", "Luis Ángel Torres <luisangel.torres@example.com.mx>", "Forma de pago", "billing", "",
"""Buenas tardes,

Me interesa el Super Nintendo restaurado con dos controles que tienen
en $4,850 MXN. ¿Lo puedo pagar a meses sin intereses con tarjeta
Banamex? ¿O aceptan pago en OXXO? Soy de Guadalajara, ¿el envío tiene
costo aparte?

Saludos,
Luis Ángel"""),
("es", "b81-cuotas-mercado-pago-sobres", "Facundo Giménez <facu.gimenez@example.com.ar>", "consulta pago", "billing", "",
"""Hola che, una consulta: la caja de sobres de la colección nueva que
tienen a $185.000, ¿la puedo pagar en cuotas con Mercado Pago o solo
transferencia? Y si pago por transferencia, ¿tienen descuento? Gracias!"""),
("es", "b81-juego-repetido-devolucion", "Marta Iglesias <marta.iglesias@example.es>", "Juego repetido", "billing", "",
"""Buenos días,

Me regalaron por mi cumpleaños el Wingspan comprado en vuestra tienda de
Valladolid, pero ya lo tenía. Está precintado y tengo el ticket regalo.
¿Puedo devolverlo y que me deis el dinero, o solo se puede cambiar por
otro juego? Si es cambio, tampoco pasa nada.

Un saludo,
Marta"""),
("es", "b81-poker-retirada-retenida-dgoj", "Alberto Sanz <alberto.sanz@example.es>", "Retirada bloqueada - última reclamación", "billing", "high",
"""Buenas,

El 4 de este mes solicité una retirada de 1.320 € de mi cuenta (usuario
asanz_bcn). Envié DNI, justificante de titularidad de la cuenta bancaria
y una factura de la luz. Vuestro chat me confirmó el día 7 que la cuenta
estaba verificada. Hoy la retirada sigue "en revisión" y nadie me da
una fecha.

Si el dinero no está en mi cuenta en cinco días hábiles, presentaré una
reclamación ante la Dirección General de Ordenación del Juego y el
asunto pasará a mi abogado. Tengo capturas de todas las conversaciones.

Alberto Sanz"""),
("es", "b81-anticipo-reparacion-profeco", "Verónica Castillo <vero.castillo@example.com.mx>", "Anticipo de reparación", "billing", "high",
"""Buenas tardes.

El 10 de febrero les dejé mi Nintendo 64 para reparación y pagué un
anticipo de $900 MXN. Un mes después me dicen que "no consiguieron la
pieza" y que no la van a reparar, pero que el anticipo no se devuelve
porque ya hicieron el diagnóstico. En ningún momento me dijeron que el
diagnóstico se cobraba.

Les pido la devolución completa del anticipo. Si no tengo respuesta esta
semana, presento mi queja ante PROFECO con el comprobante y los
mensajes de WhatsApp.

Verónica Castillo"""),
("es", "b81-me-mudo-a-madrid-caja", "Julieta Romero <julieta.romero@example.com.ar>", "Me voy a vivir afuera", "billing", "",
"""Hola! Les cuento que en abril me mudo a Madrid por trabajo, así que la
caja mensual de juegos ya no me la van a poder mandar. ¿Me la pueden
dar de baja desde la caja de marzo, que es la última que voy a recibir
acá? No quiero que me debiten abril. Gracias por todo, los voy a
extrañar!

Juli"""),
("es", "b81-padre-residencia-puzles", "Jose Manuel Prieto <jm.prieto@example.es>", "Suscripcion de mi padre", "billing", "",
"""Buenas tardes,

mi padre, Manuel Prieto Gil, tiene con ustedes la suscripcion de puzles
de 1000 piezas. Se ha ido a vivir a una residencia y alli no tiene mesa
ni vista para puzles tan grandes. Queria saber si se puede pasar a los
de 300 piezas grandes, y si no, darla de baja. El cargo va a la cuenta
de mi padre.

Un saludo
Jose Manuel"""),
("es", "b81-re-pedido-camisetas-factura-nit", "Club Cóndor Esports <admin@condoresports.example>", "Re: Pedido 30044 confirmado", "billing", "",
"""Buen día,

Gracias por la confirmación. Para poder legalizar el gasto necesitamos
factura electrónica a nombre del club, no a nombre personal:

Corporación Cóndor Esports
NIT 900.000.000-0
Calle 53 # 45-12, Medellín

El pago de $1.240.000 COP ya se hizo por PSE.

Atentamente,
Valentina Ríos
Tesorera

> Hola Valentina,
> Tu pedido 30044 (12 camisetas de juego personalizadas) fue confirmado.
> Tiempo estimado de producción: 10 días hábiles.
> Equipación Gamer"""),
("es", "b81-bingo-comision-retirada", "Encarna López <encarna.lopez@example.es>", "comision", "billing", "",
"""Hola buenas, he sacado 40 € de mi saldo del bingo y en el banco me han
entrado 37,50. ¿Por qué me habéis quitado 2,50? En ningún sitio ponía
que se cobrara por sacar el dinero. Me lo explicáis por favor.

Encarna"""),
("es", "b81-descuento-socio-maquetas-chile", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Descuento socio", "billing", "",
"""Hola, soy socio del club de la tienda (10% en maquetas) y en la compra
de ayer en la sucursal de Providencia no me aplicaron el descuento. El
total fue $68.900 CLP por un kit de Hasegawa y pinturas. Tengo la
boleta. ¿Me pueden devolver la diferencia o dejármela como saldo?

Saludos,
Rodrigo"""),
("es", "b81-cafe-gamer-cargo-contracargo", "Diego Hernández <diego.hdz@example.com.mx>", "CARGO NO RECONOCIDO", "billing", "high",
"""Cancelé mi membresía del café gamer en enero, en persona, en la sucursal
de Coyoacán, y el chavo del mostrador me dijo que ya quedaba cancelada.
Este mes me volvieron a cobrar $499 en mi tarjeta. Es el segundo mes.

O me regresan los $998 de estos dos meses esta semana, o levanto el
contracargo con el banco y ya que ellos lo resuelvan.

Diego Hernández"""),
("es", "b81-reserva-senal-resto-pago", "Pablo Domínguez <pablo.dominguez@example.es>", "Reserva", "billing", "",
"""Hola! No quiero anular nada, eh, que conste. Dejé 20 € de señal para
reservar la caja de sobres de la próxima expansión (sale el 14). ¿El
resto lo pago el día que la recoja en tienda o me lo cobráis antes con
la misma tarjeta?

Pablo"""),
("es", "b81-megadrive-transformador-chispas", "Ricardo Navarro <ricardo.navarro@example.es>", "Reparación Mega Drive", "technical", "high",
"""Hola,

Me devolvisteis ayer la Mega Drive con el transformador nuevo (orden
de reparación 2214). Esta tarde, a los cinco minutos de enchufarla, ha
empezado a oler a quemado, se ha oído un chasquido y han salido un par
de chispas por la rejilla del transformador. La he desenchufado y no la
voy a volver a usar hasta que la veáis.

Decidme cómo os la hago llegar.

Ricardo Navarro"""),
("es", "b81-control-bateria-inflada", "Alejandra Ruiz <ale.ruiz@example.com.mx>", "control", "technical", "high",
"""Hola, el control inalámbrico que les compré para la consola retro se
pone muy caliente cuando lo cargo y hoy noté que la tapa de atrás está
abombada, como que la pila se infló. Mi hijo de 7 años es el que lo usa.
Ya lo desconecté y lo puse lejos de todo. ¿Qué hago con él?

Alejandra"""),
("es", "b81-cyber-sistema-caido-chicos-se-van", "Cyber Nivel 99 <contacto@nivel99.example>", "El sistema", "technical", "high",
"""Hola, escribo desde Cyber Nivel 99 de Rosario.

Desde las 15 el programa de gestión que nos instalaron no abre ninguna
máquina: los 20 puestos quedan en la pantalla de bloqueo y la caja dice
"sin conexión con el servidor". Ya reiniciamos todo, módem incluido.

Es sábado, tenemos el local lleno de pibes esperando, hubo que
devolverles la plata a los que ya habían pagado y la mitad se fue. A
las 18 teníamos la fecha del torneo de Counter. Necesitamos que alguien
nos llame ya al 341 000-0000.

Martín Sosa"""),
("es", "b81-web-maquetas-error-503", "Maquetas Quijote <tienda@maquetasquijote.example>", "Web", "technical", "high",
"""Buenos días,

Desde ayer a mediodía nuestra tienda online, que tenemos alojada con
vosotros, muestra "Error 503 Service Unavailable" en todas las páginas.
Llevamos un día y medio sin un solo pedido, justo en la semana de la
campaña de Semana Santa que anunciamos en redes, y los clientes nos
escriben preguntando si hemos cerrado.

Por favor, revisadlo cuanto antes.

Jesús Morales
Maquetas Quijote, Ciudad Real"""),
("es", "b81-no-es-cobro-app-juegos", "Irene Campos <irene.campos@example.es>", "App", "technical", "",
"""Hola, no os escribo por ningún cobro, eso está todo bien. Es que desde
la última actualización la app de la suscripción no me muestra los
juegos que ya he recibido, la lista sale vacía y al pulsar "Mi
ludoteca" se cierra. Android 14, Samsung. Ya la he desinstalado y
vuelto a instalar."""),
("es", "b81-poker-codigo-sms-no-llega", "Jorge Mendoza <jorge.mendoza@example.com.mx>", "No puedo entrar", "technical", "",
"""Buenas, desde ayer no puedo entrar a mi cuenta del póker porque me pide
el código por SMS y nunca me llega. Mi número es el mismo de siempre,
los SMS del banco sí me llegan. Ya le di "reenviar código" como diez
veces."""),
("es", "b81-joystick-boton-a-despues-reparacion", "Lucas Benítez <lucas.benitez@example.com.ar>", "Joystick arreglado que no anda", "technical", "",
"""Hola, retiré el joystick del Family que les dejé para arreglar y el
botón A sigue sin responder, hay que apretarlo con mucha fuerza para que
ande. El B y el Start andan perfecto. ¿Lo puedo llevar de nuevo para
que lo miren? Estoy por Caballito.

Lucas"""),
("es", "b81-plataforma-torneo-descalificados-responsable", "Sergio Molina <sergio.molina@example.es>", "Plataforma de la liga - quiero hablar con un responsable", "technical", "high",
"""Buenas tardes,

Soy el capitán de Bravo Gaming. Por tercera jornada seguida vuestra
plataforma de la liga nos ha echado del lobby en mitad de la partida:
la web se queda en "reconectando" y, cuando volvemos, el partido aparece
como abandonado. Ayer nos dieron la derrota por incomparecencia.

Os he abierto ya tres tickets y todos se cierran con "no hemos podido
reproducir el problema". Quiero que esto lo revise un responsable de la
liga, no otro agente de soporte.

Sergio Molina
Capitán, Bravo Gaming"""),
("es", "b81-re-pedido-compresor-no-arranca", "Camilo Ortiz <camilo.ortiz@example.com.co>", "Re: Su pedido 51872 ha sido enviado", "technical", "",
"""Buenas tardes, el pedido llegó ayer, gracias. El compresor del kit de
aerografía no arranca: se prende la luz verde pero el motor no hace
nada, ni ruido. Probé en otro tomacorriente y con el regulador abierto
y cerrado.

Camilo Ortiz

> Estimado cliente,
> su pedido 51872 ha sido despachado por Servientrega.
> 1 x Kit aerografía con compresor
> 1 x Set pinturas acrílicas (12)
> Hobby Andes"""),
("es", "b81-game-boy-rayas-mod-pantalla", "Raul Serrano <raul.serrano@example.es>", "pantalla game boy", "technical", "",
"""Hola, os mande la Game Boy para ponerle la pantalla retroiluminada y
desde que la recibi le salen rayas verticales en la parte izquierda.
Si aprieto un poco la carcasa se quitan. Creo que el cable plano no
esta bien metido."""),
("es", "b81-web-puzles-pedidos-error-chile", "Francisca Muñoz <francisca.munoz@example.cl>", "No puedo ver mis pedidos", "technical", "",
"""Hola, cuando entro a "Mis pedidos" en la página me sale "Ups, algo salió
mal" y no carga nada. Quería ver si el puzzle de este mes ya salió. Lo
probé en el computador y en el celular, igual."""),
("es", "b81-soldador-calambre-punta", "Andrés Vidal <andres.vidal@example.es>", "Estación de soldadura", "technical", "high",
"""Hola,

Os escribo por la estación de soldadura de 60 W que compré para
montar kits electrónicos. Cuando toco la parte metálica del soldador
(no la punta, la zona de la empuñadura) me da un pequeño calambre, y
ayer uno más fuerte al tocar a la vez el grifo de la cocina. He dejado
de usarla.

Andrés"""),
("es", "b81-cafe-gamer-wifi-se-corta", "Emiliano Vargas <emiliano.vargas@example.com.mx>", "Internet del local", "technical", "",
"""Qué tal, soy cliente frecuente de la sucursal Roma Norte. Desde hace
dos semanas el wifi para laptops se corta cada 10 minutos más o menos;
traigo mi propia laptop y pierdo partidas rankeadas por desconexión.
Las PCs del local sí jalan bien. ¿Lo pueden checar?"""),
("es", "b81-funda-carpeta-olvidada", "Lucía Herrero <lucia.herrero@example.es>", "Me dejé la carpeta", "general", "",
"""Hola! El viernes en el torneo de Lorcana me dejé una carpeta azul de
cartas en la mesa 6, con un llavero de Stitch en la cremallera. ¿La
habéis encontrado? Puedo pasarme mañana por la tarde."""),
("es", "b81-gracias-cumple-cafe-gamer", "Mariana Ochoa <mariana.ochoa@example.com.mx>", "Muchísimas gracias", "general", "",
"""Hola,

Solo quería agradecerles por la fiesta de cumpleaños de mi hija el
sábado en la sucursal de Querétaro. Adrián y Fer estuvieron
pendientes de los 15 niños todo el tiempo, les armaron un torneo de
Mario Kart y hasta le cantaron las mañanitas. Mi hija dice que fue el
mejor cumpleaños de su vida.

Un abrazo,
Mariana Ochoa"""),
("es", "b81-horario-feriado-local", "Agustina Pereyra <agus.pereyra@example.com.ar>", "Feriado", "general", "",
"""Hola, ¿el lunes feriado abren? ¿En qué horario? Queríamos ir con
unos amigos a jugar al Catan a la tarde."""),
("es", "b81-patrocinio-jornadas-rol", "Asociación Dados y Dragones <junta@dadosydragones.example>", "Propuesta de colaboración", "general", "",
"""Estimados señores:

Somos la Asociación Cultural Dados y Dragones, de Zaragoza. Del 17 al 19
de mayo celebramos nuestras VIII Jornadas de Rol y Juegos de Mesa, con
unos 400 asistentes el año pasado. Buscamos patrocinadores: a cambio
ofrecemos vuestro logo en cartelería y redes, un stand en la zona de
tiendas y mención en la entrega de premios.

Si os interesa, os enviamos el dossier.

Un cordial saludo,
Beatriz Lafuente
Secretaria"""),
("es", "b81-cambio-direccion-suscripcion", "Teresa Gallego <teresa.gallego@example.es>", "Nueva dirección", "general", "",
"""Buenos días,

Me he mudado y a partir de ahora las cajas deben llegar a:
C/ Doctor Fleming 22, 3º B
41013 Sevilla

El teléfono es el mismo.

Gracias,
Teresa Gallego"""),
("es", "b81-pedido-77120-caseta-vigilancia", "Gerardo Salinas <gerardo.salinas@example.com.mx>", "Pedido 77120", "general", "",
"""Buenas. Vivo en un fraccionamiento cerrado en Zapopan. Si el repartidor
llega entre semana y no estoy, por favor que deje el paquete en la
caseta de vigilancia con el guardia, ya están avisados. No lo dejen
afuera de la casa."""),
("es", "b81-baja-publicidad-bingo", "Rosario Pineda <rosario.pineda@example.es>", "Publicidad", "general", "",
"""Buenas tardes, no quiero recibir más correos ni SMS de promociones del
bingo, ni de "bonos de bienvenida" ni nada. Quiero que borren mi
teléfono y mi email de las listas de publicidad. Gracias."""),
("es", "b81-empleado-maltrato-encargado", "Gonzalo Acosta <gonzalo.acosta@example.com.ar>", "Trato del empleado del local de Palermo", "general", "high",
"""Buenas.

El jueves fui con mi hijo de 14 a la tienda de Palermo a preguntar por
un torneo de Pokémon. El empleado de la tarde nos atendió de muy mala
manera, le dijo a mi hijo que "esas cartas son para nenes" y cuando le
pedí que nos tratara con respeto me contestó "si no te gusta, andate".

Quiero hablar con el encargado del local o con el dueño. Espero que me
llamen, no una respuesta automática.

Gonzalo Acosta"""),
("es", "b81-estanteria-juegos-se-tambalea", "Elena Moreno <elena.moreno@example.es>", "Una estantería", "general", "high",
"""Hola,

Os escribo solo para avisar: en la ludoteca del café, la estantería alta
de la esquina, la de los juegos grandes, se mueve bastante cuando sacas
una caja y no parece estar anclada a la pared. El sábado estaba llena de
niños jugando justo debajo. Igual convendría revisarla antes del
próximo fin de semana.

Elena"""),
("es", "b81-hola-torneos-principiantes", "Daniel Cabrera <dani.cabrera@example.es>", "Hola", "general", "",
"""Hola, ¿hacéis algún torneo o quedada de Magic para gente que está
empezando? Llevo poco y me da un poco de palo ir a un torneo serio."""),
("es", "b81-no-reembolso-felicitar-juez", "Fernanda Ibarra <fernanda.ibarra@example.com.mx>", "Torneo del domingo", "general", "",
"""No les escribo para pedir ningún reembolso ni nada por el estilo, al
contrario. Quería felicitar al juez del torneo del domingo, Iván. Hubo
una discusión fea en la mesa 3 y la manejó con muchísima calma, explicó
la regla a los dos jugadores y nadie se fue enojado. Así da gusto
competir."""),
("es", "b81-clases-pintura-miniaturas-adultos", "Tomás Araya <tomas.araya@example.cl>", "Clases", "general", "",
"""Hola, ¿hacen clases de pintura de miniaturas para adultos? Nunca he
pintado nada y quiero aprender. ¿Qué días son y hay que llevar
materiales?"""),
("es", "b81-pruebas-equipo-esports-bogota", "Santiago Restrepo <santiago.restrepo@example.com.co>", "Pruebas para el equipo", "general", "",
"""Buenas tardes, vi en su Instagram que están buscando jugadores para el
equipo de Free Fire. ¿Cómo son las pruebas, son presenciales en Bogotá
o en línea? Tengo 16 años, ¿puedo presentarme?

Gracias,
Santiago"""),
("es", "b81-accesible-silla-ruedas-jornadas", "Concepcion Marin <concha.marin@example.es>", "Accesibilidad", "general", "",
"""Buenas, mi nieto va en silla de ruedas y quiere venir a las partidas de
rol de los sabados. ¿El local tiene escalones en la entrada o hay
rampa? ¿Y el baño es adaptado?

Muchas gracias
Concha"""),
# ---------------- Polish ----------------
("pl", "b81-planszowki-podwojne-obciazenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Dwie płatności", "billing", "",
"""Dzień dobry,

mam miesięczną subskrypcję pudełka z grami planszowymi (89 zł). W tym
miesiącu na koncie widzę dwa obciążenia po 89 zł z tego samego dnia, a
paczka przyszła jedna. Proszę o zwrot jednej płatności.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b81-amiga-raty-blik", "Kamil Zieliński <kamil.zielinski@example.pl>", "Płatność", "billing", "",
"""Cześć, chciałbym kupić odnowioną Amigę 500 z waszego sklepu (1 450 zł).
Czy da się to rozłożyć na raty 0%? Jeśli nie, to czy mogę zapłacić
BLIKiem przy odbiorze osobistym w Łodzi?"""),
("pl", "b81-booster-box-zwrot-14-dni", "Mateusz Kaczmarek <mateusz.kaczmarek@example.pl>", "Odstąpienie od umowy", "billing", "",
"""Dzień dobry,

zamówiłem booster box (zamówienie 71305, 649 zł), ale okazało się, że
brat kupił mi taki sam na urodziny. Mój jest nadal w folii, nieotwarty.
Chcę odstąpić od umowy w ciągu 14 dni - na jaki adres mam go odesłać i
kiedy dostanę zwrot?

Mateusz Kaczmarek"""),
("pl", "b81-poker-wyplata-rzecznik-sad", "Przemysław Nowicki <przemyslaw.nowicki@example.pl>", "Wstrzymana wypłata", "billing", "high",
"""Szanowni Państwo,

8 dnia miesiąca zleciłem wypłatę 3 200 zł z mojego konta gracza (login
pnowicki). Weryfikacja tożsamości została zakończona 10-go, co
potwierdził konsultant na czacie. Mimo to wypłata od trzech tygodni ma
status "w realizacji", a na kolejne zapytania dostaję tę samą formułkę.

Jeżeli środki nie wpłyną na mój rachunek w ciągu 7 dni, skieruję sprawę
do rzecznika konsumentów oraz na drogę sądową. Zachowałem całą
korespondencję.

Przemysław Nowicki"""),
("pl", "b81-naprawa-amigi-wycena-chargeback", "Tomasz Sobczak <tomasz.sobczak@example.pl>", "Faktura za naprawę", "billing", "high",
"""Dzien dobry,

oddalem Amige 1200 do wymiany kondensatorow, wycena mailowa: 180 zl.
Dzis dostalem fakture na 420 zl i pieniadze juz zeszly z karty, ktora
podalem przy zleceniu. Nikt nie dzwonil ani nie pisal, ze bedzie drozej
- gdybym wiedzial, nie zgodzilbym sie.

Prosze o zwrot 240 zl roznicy do piatku. W przeciwnym razie zglaszam
chargeback w banku.

Tomasz Sobczak"""),
("pl", "b81-puzzle-kot-rezygnujemy", "Joanna Michalska <joanna.michalska@example.pl>", "Kot wygrał", "billing", "",
"""Dzień dobry,

z przykrością, ale poddajemy się. Nasz nowy kot uznał, że każda
układanka na stole jest jego, i z ostatnich trzech puzzli nie ułożyliśmy
żadnego - brakuje po kilkanaście elementów, nie wiem nawet gdzie. Proszę
zakończyć naszą subskrypcję po paczce z tego miesiąca, żeby nie
pobierać kolejnych płatności. Może wrócimy, jak kot dorośnie.

Pozdrawiam serdecznie,
Joanna"""),
("pl", "b81-karnet-kawiarnia-wyjazd-norwegia", "Dawid Lis <dawid.lis@example.pl>", "karnet", "billing", "",
"""Siema, mam karnet miesieczny na granie w waszej kawiarni w Gdansku
(120 zl/mc). Od maja do wrzesnia jade do roboty do Norwegii, wiec nie
bede przychodzil. Da sie go zamrozic na te miesiace i odpalic od
pazdziernika, zeby nie tracic ceny z promocji?
Dawid"""),
("pl", "b81-re-turniej-firmowy-faktura-nip", "Biuro Datalab <biuro@datalab.example>", "Re: Potwierdzenie rezerwacji sali - 15.03", "billing", "",
"""Dzień dobry,

dziękujemy za potwierdzenie. Prosimy o wystawienie faktury VAT na firmę
(nie paragonu) za zaliczkę i później za całość:

Datalab Sp. z o.o.
ul. Piotrkowska 120, 90-006 Łódź
NIP 000-000-00-00

Zaliczkę 500 zł zapłaciliśmy przelewem 4 marca.

Z poważaniem,
Monika Jasińska
Biuro

> Szanowni Państwo,
> potwierdzamy rezerwację sali turniejowej na 15.03, godz. 17-22,
> 20 stanowisk, turniej integracyjny. Zaliczka: 500 zł.
> Arena Pixel, Łódź"""),
("pl", "b81-bon-upominkowy-nie-przechodzi", "Halina Borkowska <halina.borkowska@example.pl>", "Bon", "billing", "",
"""Dzień dobry,

wnuczka dała mi bon na 100 zł do Państwa sklepu modelarskiego. Dziadek
chce sobie wybrać model okrętu, ale w sklepie internetowym bon "nie
obejmuje wybranych produktów". Na bonie nic nie jest napisane o
wyłączeniach. Czy mogę go wykorzystać w sklepie stacjonarnym w
Poznaniu?

Z poważaniem
Halina Borkowska"""),
("pl", "b81-bingo-oplata-wyplata-przelozony", "Grażyna Wilk <grazyna.wilk@example.pl>", "Opłata za wypłatę - proszę o przełożonego", "billing", "high",
"""Dzień dobry,

przy wypłacie 250 zł potrącono mi 25 zł "opłaty manipulacyjnej". W
regulaminie, który akceptowałam przy rejestracji, żadnej takiej opłaty
nie było - dopisaliście ją później bez informowania graczy. Konsultant
na czacie dwa razy odesłał mnie do regulaminu i zamknął rozmowę.

Proszę o zwrot 25 zł i o przekazanie mojej sprawy przełożonemu, a nie
kolejnemu konsultantowi.

Grażyna Wilk"""),
("pl", "b81-znizka-studencka-pytanie", "Oliwia Szymańska <oliwia.szymanska@example.pl>", "Pytanie", "billing", "",
"""Hej, czy macie zniżkę studencką na subskrypcję z planszówkami albo na
godziny w kawiarni? Jak tak, to jak ją aktywować - wystarczy
legitymacja?"""),
("pl", "b81-nie-reklamacja-wymiana-skali", "Wojciech Pawlak <wojciech.pawlak@example.pl>", "Wymiana modelu", "billing", "",
"""Dzień dobry, od razu zaznaczę, że to nie reklamacja - model jest w
porządku. Kupiłem Tygrysa w skali 1:72, a do dioramy potrzebuję 1:35.
Pudełko nieotwierane. Czy mogę go wymienić w sklepie w Krakowie i
dopłacić różnicę na miejscu?

Wojtek"""),
("pl", "b81-przedsprzedaz-zaliczka-doplata", "Bartosz Krawczyk <bartosz.krawczyk@example.pl>", "Przedsprzedaż", "billing", "",
"""Dzień dobry,

wpłaciłem 100 zł zaliczki na przedsprzedaż kampanijnej gry (premiera w
czerwcu, cena 459 zł). Kiedy i jak mam dopłacić pozostałą kwotę - czy
dostanę osobny link do płatności, czy pobierzecie to z tej samej karty?

Bartosz"""),
("pl", "b81-subskrypcja-odnowila-sie-skandal", "Rafał Jankowski <rafal.jankowski@example.pl>", "SKANDAL!!!", "billing", "",
"""NO TO JEST SKANDAL. Wypowiedziałem roczną subskrypcję puzzli w
grudniu, mam maila z potwierdzeniem, a dzisiaj zeszło mi z konta 599 zł
za kolejny rok. Proszę to natychmiast odkręcić i oddać pieniądze.
Potwierdzenie wypowiedzenia w załączniku."""),
("pl", "b81-naprawiony-pegasus-zasilacz-iskrzy", "Henryk Majewski <henryk.majewski@example.pl>", "Pegasus po naprawie", "technical", "high",
"""Dzień dobry,

odebrałem wczoraj Pegasusa po naprawie (wymiana zasilacza, zlecenie
N-0917). Dziś po kwadransie grania zasilacz zaczął buczeć, z otworów
poszedł dym, było czuć spaleniznę i coś iskrzyło w środku. Od razu
wyjąłem z gniazdka. Więcej go nie podłączę.

Proszę o informację, jak go odesłać.

Henryk Majewski"""),
("pl", "b81-ladowarka-padow-stopila-obudowe", "Natalia Górecka <natalia.gorecka@example.pl>", "Stacja ładująca", "technical", "high",
"""Dzień dobry,

stacja ładująca do dwóch padów, którą kupiłam u Państwa w styczniu,
wczoraj w nocy tak się nagrzała, że plastik pod jednym padem się
wytopił i przykleił do biurka. Rano było czuć swąd. Na szczęście nic
się nie zapaliło. Odłączyłam ją i nie używam.

Natalia"""),
("pl", "b81-kawiarnia-system-rezerwacji-padl", "Arena Pixel <kontakt@arenapixel.example>", "system", "technical", "high",
"""Dzien dobry,

od 16:00 wasz system nie odblokowuje zadnego stanowiska - wszystkie 30
komputerow stoi na ekranie logowania, a panel kasy pokazuje "brak
polaczenia z serwerem licencji". Restart wszystkiego nic nie daje.

Jest piatek wieczor, mamy komplet rezerwacji. Oddajemy ludziom
pieniadze, grupa z urodzinami wlasnie wyszla. Prosze o pilny telefon:
500 000 000.

Krzysztof Mazur
Arena Pixel, Lodz"""),
("pl", "b81-aplikacja-parowania-turniej-64-graczy", "Sklep Kartonowy Smok <sklep@kartonowysmok.example>", "Turniej stoi", "technical", "high",
"""Dzień dobry,

jesteśmy w trakcie turnieju - 64 graczy - i wasza aplikacja do parowania
przestała działać po drugiej rundzie. Nie generuje kolejnej rundy, przy
próbie wyświetla "Błąd synchronizacji", a wyniki z pierwszych dwóch
rund zniknęły z widoku. Ludzie siedzą i czekają od 40 minut, sędziowie
nie mają jak rozpisać par ręcznie bez tabeli.

Proszę o kontakt od razu.
Michał, Kartonowy Smok, Wrocław"""),
("pl", "b81-nie-platnosc-kod-instrukcji", "Ewelina Kowalewska <ewelina.kowalewska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, nie chodzi o płatność, z tym wszystko ok. W aplikacji po
zeskanowaniu kodu z pudełka z tego miesiąca powinna się otworzyć
instrukcja wideo do gry, a wyskakuje "Nieprawidłowy kod". Kod z
poprzedniego pudełka działał. iPhone 12."""),
("pl", "b81-bingo-reset-hasla-brak-maila", "Stanisława Kubiak <stanislawa.kubiak@example.pl>", "haslo", "technical", "",
"""Dzien dobry, nie pamietam hasla do bingo, klikam "nie pamietam hasla"
i mail nie przychodzi. Sprawdzalam w spamie. Wnuczka tez probowala na
swoim telefonie i nic. Prosze o pomoc.
Stanislawa"""),
("pl", "b81-gameboy-brak-dzwieku-po-wymianie", "Patryk Olszewski <patryk.olszewski@example.pl>", "Game Boy - brak dźwięku", "technical", "",
"""Cześć, po wymianie ekranu u was Game Boy nie ma dźwięku z głośnika.
Na słuchawkach gra, więc pewnie coś z taśmą albo głośnikiem przy
składaniu. Przed naprawą dźwięk był. Mogę go podesłać z powrotem?"""),
("pl", "b81-aerograf-trzecia-reklamacja-kierownik", "Ireneusz Walczak <ireneusz.walczak@example.pl>", "Trzecia reklamacja aerografu", "technical", "high",
"""Szanowni Państwo,

to już trzecia reklamacja tego samego aerografu. Za każdym razem wraca
z adnotacją "sprawny", a po jednym malowaniu znowu cieknie farba spod
dyszy i nie da się regulować strumienia. Płacę za przesyłki i tracę
tygodnie.

Nie chcę znów rozmawiać z działem reklamacji. Proszę, żeby moją sprawą
zajął się kierownik serwisu i skontaktował się ze mną telefonicznie.

Ireneusz Walczak"""),
("pl", "b81-re-zamowienie-wyslane-kompresor", "Szymon Duda <szymon.duda@example.pl>", "Re: Twoje zamówienie 52877 zostało wysłane", "technical", "",
"""Paczka doszła, dzięki. Kompresor z zestawu nie chce się włączyć -
dioda się świeci, ale silnik nawet nie drgnie. Sprawdzałem w dwóch
gniazdkach i z odkręconym zaworem.

Szymon

> Dzień dobry,
> Twoje zamówienie 52877 zostało przekazane do InPost.
> - Zestaw do aerografii z kompresorem AS-18
> - Farby akrylowe, zestaw 16 szt.
> Pozdrawiamy, ModelArt"""),
("pl", "b81-sklep-koszyk-telefon-nie-dziala", "Leszek Wieczorek <leszek.wieczorek@example.pl>", "koszyk", "technical", "",
"""Dzien dobry, na telefonie nie da sie dodac niczego do koszyka w waszym
sklepie modelarskim - klikam "do koszyka" i nic sie nie dzieje. Na
komputerze dziala. Android, Chrome. Chcialem zamowic farby przed
weekendem."""),
("pl", "b81-poker-zawiesza-przy-all-in", "Marcin Kowalski <marcin.kowalski@example.pl>", "Klient się zawiesza", "technical", "",
"""Od tygodnia klient pokera na Windows zawiesza mi się w momencie all-in -
animacja staje, a po minucie program się zamyka. Reinstalacja nie
pomogła, sterowniki karty graficznej mam aktualne. Nie proszę o zwrot
żadnych rozdań, chcę tylko normalnie grać."""),
("pl", "b81-puzzle-3d-led-nie-swieci", "Aleksandra Baran <aleksandra.baran@example.pl>", "Puzzle 3D", "technical", "",
"""Dzień dobry,

złożyliśmy z synem puzzle 3D latarni morskiej z oświetleniem LED. Mimo
nowych baterii światełko się nie zapala. Sprawdziliśmy połączenia
według instrukcji dwa razy. Czy moduł LED może być wadliwy?

Ola"""),
("pl", "b81-konto-druzyny-zablokowane-haslo", "Jakub Sadowski <jakub.sadowski@example.pl>", "Zablokowane konto", "technical", "",
"""Cześć, po zmianie hasła na platformie ligi nie mogę się zalogować -
wyskakuje "Konto tymczasowo zablokowane" już od dwóch dni. Jestem
kapitanem drużyny i nie mogę zgłosić składu na sobotę. Nick: kubasad."""),
("pl", "b81-zostawilem-segregator-kart", "Filip Wojciechowski <filip.wojciechowski@example.pl>", "Zgubiony segregator", "general", "",
"""Cześć, w sobotę po turnieju zostawiłem chyba w sklepie czarny
segregator na karty z naklejką Pikachu na okładce. Ktoś go oddał? Mogę
podjechać w tygodniu."""),
("pl", "b81-pochwala-animator-gier", "Beata Zawadzka <beata.zawadzka@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panu Pawłowi, który w piątek tłumaczył
nam zasady w Waszej kawiarni planszówkowej. Byliśmy grupą sześciu osób,
w tym dwie zupełnie "niegrające", a wyszliśmy po czterech godzinach
zachwyceni. Cierpliwość, poczucie humoru i świetne propozycje gier.

Na pewno wrócimy!
Beata"""),
("pl", "b81-godziny-otwarcia-11-listopada", "Krystyna Lewandowska <krystyna.lewandowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy 11 listopada sklep będzie otwarty? Chciałabym kupić
wnukowi zestaw do sklejania samolotu."""),
("pl", "b81-sponsoring-szkolny-klub-esport", "Klub E-sportowy ZSE <esport@zse.example.edu.pl>", "Prośba o wsparcie", "general", "",
"""Szanowni Państwo,

jesteśmy szkolnym klubem e-sportowym przy Zespole Szkół Elektronicznych
w Rzeszowie. Nasza drużyna awansowała do finałów ligi szkół średnich.
Szukamy partnera, który mógłby nas wesprzeć - np. udostępnieniem sali
na treningi przed finałem. W zamian umieścimy logo na koszulkach i w
relacjach.

Z wyrazami szacunku,
mgr Andrzej Kalinowski
opiekun klubu"""),
("pl", "b81-zmiana-nazwiska-konto", "Paulina Nowak-Sikorska <paulina.sikorska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko - proszę o zmianę w moim koncie
z "Paulina Nowak" na "Paulina Nowak-Sikorska". Adres e-mail zostaje ten
sam. Dziękuję!"""),
("pl", "b81-zamowienie-61230-paczkomat", "Robert Szewczyk <robert.szewczyk@example.pl>", "Zamówienie 61230", "general", "",
"""Dzien dobry, w zamowieniu wybralem kuriera, ale nie bedzie mnie w domu
caly tydzien. Czy mozecie wyslac do paczkomatu KRA12M zamiast na adres
domowy?"""),
("pl", "b81-rodo-jakie-dane", "Edyta Maciejewska <edyta.maciejewska@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzacie, w jakim celu, komu je przekazaliście i jak długo będą
przechowywane. Konto zakładałam na ten adres e-mail.

Edyta Maciejewska"""),
("pl", "b81-pracownik-wysmial-corke-kierownik", "Dorota Kamińska <dorota.kaminska@example.pl>", "Skarga na pracownika sklepu", "general", "high",
"""Dzień dobry,

w środę moja córka (15 lat) przyszła do Waszego sklepu w Katowicach
zapytać o turniej. Pracownik przy ladzie powiedział przy kolegach, że
"dziewczyny i tak nie umieją w karcianki" i się z niej śmiał. Córka
wróciła z płaczem.

Proszę o kontakt od kierownika sklepu. Nie życzę sobie odpowiedzi z
automatu.

Dorota Kamińska"""),
("pl", "b81-szklo-kacik-dzieciecy", "Marek Jaworski <marek.jaworski@example.pl>", "Kącik dla dzieci", "general", "high",
"""Dzień dobry,

w niedzielę w kąciku dziecięcym Waszej kawiarni planszówkowej mój syn
znalazł na dywanie kawałki potłuczonej szklanki, jeden dość duży.
Nic mu się nie stało, oddaliśmy szkło obsłudze. Ale dzieci siedzą tam
na podłodze, więc warto dokładnie to sprawdzić przed kolejnym
weekendem.

Marek"""),
("pl", "b81-pytanie-wlasne-gry", "Klaudia Mróz <klaudia.mroz@example.pl>", "Pytanie", "general", "",
"""Cześć! Czy możemy przyjść do kawiarni z własnymi grami, czy gramy tylko
w te z Waszej półki?"""),
("pl", "b81-nie-chce-zwrotu-duszno-sala", "Grzegorz Pietrzak <grzegorz.pietrzak@example.pl>", "Turniej w sobotę", "general", "",
"""Nie chcę żadnego zwrotu za wpisowe, turniej był dobrze poprowadzony.
Ale w sali na piętrze było strasznie duszno, ponad 50 osób i zamknięte
okna - po trzeciej rundzie połowa graczy siedziała na korytarzu. Może
jakiś wiatrak albo przerwy na wietrzenie następnym razem?"""),
("pl", "b81-turnieje-warhammer-juniorzy", "Ewa Kołodziej <ewa.kolodziej@example.pl>", "Turnieje dla dzieci", "general", "",
"""Dzień dobry, czy organizujecie turnieje albo spotkania Warhammera dla
juniorów? Syn ma 11 lat, maluje figurki od roku i chciałby w końcu
zagrać z kimś poza tatą."""),
("pl", "b81-akademia-esport-nabor", "Adrian Kurek <adrian.kurek@example.pl>", "nabor", "general", "",
"""Siema, prowadzicie nabor do akademii CS2? Mam 17 lat i Faceit 8.
Trzeba przyjezdzac na treningi do Warszawy czy wszystko online?"""),
]
