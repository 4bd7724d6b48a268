# batch44.py -- labelled mails, held out of the tree until the rules it measures are final:
# kept apart from gen.py so that nothing is tuned or trained on them
# before they are wired in.  Mostly print and hobby shops -- copy and
# print shops, sign makers, engravers, trophy and medal shops, picture
# framers, ID-photo studios, model railway shops, board-game cafés, comic
# shops, yarn shops, fishing tackle shops -- in English, Greek (a third
# of it Greeklish), Spanish and Polish, written separately for each
# language.  The failure classes in new situations: escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, paid plans ended or paused in other words, business outages told
# by their consequences, safety hazards told calmly, praise -- and
# everyday mail of all three queues.  Same tuple format as batch13-16.py.
M += [
# ---------------- English ----------------
("en", "b44-framing-quote-vs-invoice", "Hilary Pennington <hilary.pennington@example.co.uk>", "Framing invoice", "billing", "",
"""Good afternoon,

When I dropped off my watercolour on the 3rd, the lady in the shop
quoted me £145 for the oak frame with a double mount and museum glass.
She wrote it on the back of the ticket, which I still have. The invoice
that came by email yesterday says £182.

I haven't paid it yet. Could you tell me where the extra £37 comes from,
or send me a corrected invoice?

Kind regards,
Hilary Pennington"""),
("en", "b44-club-trophies-charged-twice-bank", "Declan Fahy <treasurer@ballyvolane-fc.example>", "Trophy order - charged twice", "billing", "high",
"""Hi,

I'm treasurer of Ballyvolane FC under-11s. We ordered 18 player trophies
and 2 team shields for our awards night (order TR-20931, €412.60) and the
club account has been debited twice, two days apart, both €412.60.

I rang on Tuesday and was promised a call back that never came. I've
emailed twice since. That's €412 of a small club's money sitting with
you. If it's not back in our account by Friday I'm raising a dispute
with AIB for the second payment and they can sort it out with you.

Declan Fahy
Treasurer, Ballyvolane FC"""),
("en", "b44-yarn-club-hands-retired", "Margaret Ogilvie <peggy.ogilvie@example.co.uk>", "The sock yarn club", "billing", "",
"""Dear all at the shop,

I'm afraid my hands have finally retired from knitting, even if the rest
of me hasn't. The arthritis has got into my thumbs and I can't hold the
needles for more than ten minutes now.

So please don't send me any more of the monthly sock yarn parcels, and
don't take the £16.50 from my card next month. The March colourway was
lovely, I've given it to my granddaughter who is learning.

With thanks for five happy years,
Peggy Ogilvie"""),
("en", "b44-comic-pull-box-uni", "Rob Henshall <rob.henshall@example.co.uk>", "Pull box for Sam Henshall", "billing", "",
"""hi, Sam's gone off to uni in Aberdeen so nobody is coming in to pick up
his pull box any more. can you stop the £20 a month that comes off my
card for it? he says he'll read everything digitally now, kids eh.
cheers, Rob"""),
("en", "b44-boardgame-membership-nappy-duty", "Chloe Nguyen <chloe.nguyen@example.com.au>", "Membership", "billing", "",
"""Hey team!

Bit of news - baby number two is due in three weeks, so Tom and I are
about to be on nappy duty and won't be making Thursday game nights for
a while. Can we freeze our couples membership (A$38/month) from next
month for, say, four months, rather than cancel it? We'll definitely be
back, we've got a Wingspan rematch to settle.

Chloe"""),
("en", "b44-passport-photos-four-kids", "Jennifer Lowry <jen.lowry@example.com>", "Question", "billing", "",
"""Hi,

We need passport photos for all four of our kids (ages 2 to 11) before
our trip to Canada. Your website says $16.95 per set. Is there any
discount if we come in together, and do you charge extra for the baby
since I'll probably have to hold her?

Thanks!
Jen Lowry"""),
("en", "b44-memorial-plaque-deposit-small-claims", "Alan Greatorex <alan.greatorex@example.co.uk>", "Memorial plaque deposit - final request", "billing", "high",
"""Dear Sir or Madam,

On 14 February I paid a deposit of £120 for an engraved brass memorial
plaque for my late wife's bench. On 2 April your shop phoned to say you
were no longer able to take the job on because your engraving machine
had been sold. I accepted that, and asked for my deposit back.

That was seven weeks ago. I have written twice and phoned four times.
Each time I am told it is "being processed".

If the £120 is not returned within 14 days of this letter I will issue a
claim in the small claims court without further notice.

Alan Greatorex"""),
("en", "b44-loco-wrong-gauge-exchange", "Phil Dunmore <phil.dunmore@example.co.uk>", "Class 37 - wrong gauge", "billing", "",
"""Hello,

Nothing wrong with the loco at all - I put it on the rolling road at the
club and it runs beautifully. The problem is me: I ordered the OO gauge
version and my layout is N gauge. Daft, I know.

It's been run for about five minutes, box and packing all intact. Can I
swap it for the N gauge version (I think it's £20 cheaper) and have the
difference back?

Phil Dunmore"""),
("en", "b44-order-40712-vat-invoice", "Accounts <accounts@fernleigh-dental.example>", "Order 40712", "billing", "",
"""Hello,

Please could you reissue the invoice for order 40712 (appointment cards
and letterheads) showing our VAT number GB 284 1193 62 and the practice
name Fernleigh Dental Care Ltd rather than Dr Patel's personal name? Our
accountant won't accept it as it is.

Many thanks,
Joanne
Practice Manager"""),
("en", "b44-shopfront-sign-instalments", "Tariq Mahmood <tariq@tariqs-kitchen.example>", "New shop sign", "billing", "",
"""Hi,

Thanks for the mock-up, we love the green and gold. The quote is £1,860
fitted. As a new business we're a bit stretched - would you accept it in
three payments (deposit, on fitting, and one a month later)? Happy to
sign something.

Tariq
Tariq's Kitchen, Stretford"""),
("en", "b44-tackle-gift-card-expired", "Wade Kowalczyk <wade.k@example.com>", "gift card", "billing", "",
"""Got a $50 gift card from your store for my birthday last year and only
found it in my truck today. It says expired two weeks ago. Any chance you
can still honor it? Never been used. Card ends in 4471."""),
("en", "b44-wedding-cards-gst-senior", "Rahul Bhardwaj <rahul.bhardwaj@example.in>", "Wedding cards order WC-5562 - extra charge", "billing", "high",
"""Dear Sir,

We ordered 450 wedding invitation cards with gold foil from your Karol
Bagh branch. The quotation clearly said Rs 38,250 inclusive of GST. At
the time of delivery your staff collected Rs 45,135, saying GST was
"extra". I have the signed quotation with me.

I have spoken to the branch twice and both times I was told only the
owner can decide. Kindly have a senior person from your head office call
me and refund the Rs 6,885 charged over the quotation.

Regards,
Rahul Bhardwaj
+91 98110 00000"""),
("en", "b44-re-jigsaw-refund-rma", "Sinead Corrigan <sinead.corrigan@example.ie>", "Re: Your return RMA-7781", "billing", "",
"""Hi Ciara,

It's now been 16 days since this and there's still nothing back on my
card. Could you check please? It was €24.99.

Thanks,
Sinead

On Mon 6 May, Ciara at Customer Care <care@example-puzzles.ie> wrote:
> Hi Sinead,
>
> Thanks for sending back the 1000-piece puzzle. We've received it and
> your refund has been processed. Please allow 3-5 working days for it
> to appear on your statement.
>
> Ciara"""),
("en", "b44-loco-of-month-late-husband", "Brenda Skelton <brenda.skelton@example.co.uk>", "Account of Mr Dennis Skelton", "billing", "",
"""Dear Sirs,

I am writing on behalf of my husband Dennis, who passed away on 28th
March. He was a member of your Loco of the Month scheme for many years
and I believe a payment of £42 is taken each month from our joint
account.

Please would you close his membership and stop the payments. I do not
know what to do with all the engines in the loft yet, but that is a
question for another day.

Yours faithfully,
Brenda Skelton (Mrs)"""),
("en", "b44-print-app-crash-not-billing", "Megan Price <megan.price@example.co.uk>", "App", "technical", "",
"""Just to say first, this isn't about a payment, nothing has been
charged. The photo print app crashes every time I try to add more than
about 20 pictures to an order. It gets to the "uploading" bar, freezes,
and closes. iPhone 13, latest update. I'm trying to do a 60-photo album
for my dad's 70th."""),
("en", "b44-lightbox-sign-burning-smell", "Colin Abernethy <colin@abernethy-barbers.example>", "Light box sign", "technical", "high",
"""Morning,

The illuminated light box sign you fitted above our door in January has
started giving off a burning smell, like hot plastic, for the first few
minutes after we switch it on. This morning the power unit behind it
made a crackling noise, so I've switched it off at the fused spur and
left it off. Nothing has caught fire and no one's hurt.

Could someone come and look at it this week? I'd rather not switch it
back on until it's been checked.

Colin Abernethy
Abernethy Barbers, Perth"""),
("en", "b44-dcc-controller-after-update", "Graham Yeo <graham.yeo@example.co.uk>", "DCC controller", "technical", "",
"""I updated the firmware on my DCC controller last night using your
instructions. Since then none of my locos respond - the screen shows the
address, the speed goes up, but nothing moves. Track voltage is there
(the lights on the coaches come on). Tried a factory reset. Any ideas?

Graham"""),
("en", "b44-law-firm-court-bundles-portal", "Amelia Ross <a.ross@ross-hartigan-law.example>", "Upload portal", "technical", "high",
"""Hi,

We have 11 court bundles that have to be printed, bound and delivered to
the County Court by 10am tomorrow, and your online upload has been
failing since about 1pm with "Error 500 - something went wrong". Three of
our secretaries have tried from different machines. We can't get the
files to you any other way - they're too big for email.

If this isn't fixed in the next couple of hours we'll miss a filing
deadline for two clients. Please ring me on 0161 000 4471.

Amelia Ross
Office Manager, Ross Hartigan Solicitors"""),
("en", "b44-fishfinder-no-depth", "Bruce Tanner <bruce.tanner@example.com.au>", "Fish finder", "technical", "",
"""G'day, bought the 7 inch fish finder from your Cairns store last month.
Mounted the transducer on the transom like the manual says. Screen works,
GPS works, but the depth just shows "--.-" the whole time, even in 3m of
water at the boat ramp. Checked the plug is in properly. Any thoughts
before I pull it all off the boat again?
Bruce"""),
("en", "b44-password-reset-never-arrives", "Kelly Sharpe <kelly.sharpe@example.com>", "can't log in", "technical", "",
"""I've clicked "forgot password" on your site five times today and the
reset email never arrives. Not in spam either. My email is this one. I
just want to check my order history."""),
("en", "b44-bite-alarm-battery-swollen", "Lee Fairclough <lee.fairclough@example.co.uk>", "Bite alarms", "technical", "high",
"""Hello,

One of the rechargeable bite alarms from the set of three I bought in
May has gone a bit strange. Last weekend on the bank the case felt very
hot in my hand and the back had bulged out so the battery cover wouldn't
sit flat. I took the battery out with a glove on and put it in an old
tin away from the bivvy.

The other two seem fine but I'm not keen to charge any of them inside
the house now. What do you want me to do with them?

Lee"""),
("en", "b44-ball-winder-no-refund", "Aoife Brennan <aoife.brennan@example.ie>", "Electric ball winder", "technical", "",
"""Hello,

I don't want a refund or a replacement, I just want to know if this can
be fixed. The electric ball winder I got from you at Christmas starts
up, winds for about 10 seconds and then the motor just stops, and I have
to switch it off and on again. It's not overheating as far as I can
tell. It did the same with the mains adapter and with batteries.

Aoife"""),
("en", "b44-urgent-phone-print-pdf", "Liam Docherty <liam.docherty@example.co.uk>", "URGENT!!!!", "technical", "",
"""URGENT - I'm trying to send my CV to your self-service printer using
the email address on the sign in the shop and it keeps saying "file type
not supported". It's a PDF!! Interview is next Wednesday so I'd like to
get it sorted this week."""),
("en", "b44-school-copiers-exams-monday", "Mr Andrew Kinsella <a.kinsella@stcolumbas-school.example>", "Photocopiers at St Columba's", "technical", "high",
"""Hello,

Both of the copiers we lease from you stopped working this morning. The
large one shows "Call service - SC542" and the small one won't come out
of warm-up. Mock GCSEs start on Monday and we have around 900 exam
papers still to print, plus the access arrangement papers in enlarged
print. Staff are currently queuing at the library printer, which can't
cope.

We need an engineer here by tomorrow at the latest. Please call the
school office on 01524 000 318.

Andrew Kinsella
Business Manager, St Columba's High School"""),
("en", "b44-laminator-jams-a3", "Sunita Rao <sunita.rao@example.in>", "A3 laminator", "technical", "",
"""Dear Team,

The A3 laminator purchased from your Koramangala outlet on 2nd of this
month is getting jammed every time with 125 micron pouches. The pouch
comes out wrinkled and then gets stuck inside the rollers. With 80
micron it is working okay. Kindly advise whether some setting has to be
changed or the machine is faulty.

Thanks and regards,
Sunita Rao"""),
("en", "b44-digital-photo-code-invalid", "Owen Prothero <owen.prothero@example.co.uk>", "Photo code for passport renewal", "technical", "",
"""Hi, I had my photo taken at your Cardiff studio on Saturday and got a
printed slip with a photo code for the online passport renewal. When I
type it in on the passport site it says "this code is not recognised".
I've checked I've got the 0s and Os right. Is there a delay before the
code works?
Owen"""),
("en", "b44-easter-monday-comic-shop", "Niall Geraghty <niall.geraghty@example.ie>", "Easter Monday", "general", "",
"""Are you open Easter Monday? And is the new Saga volume in yet?"""),
("en", "b44-grandad-medals-thanks", "Helen Whitfield <helen.whitfield@example.co.uk>", "Grandad's medals", "general", "",
"""Dear Martin,

I just wanted to write and say thank you. When I brought in my
grandfather's medals and the one photo we have of him in uniform, I
didn't really know what I wanted. You spent nearly an hour with me,
found the right ribbon bars, and the box frame looks better than
anything I could have imagined.

We gave it to my mum on what would have been his hundredth birthday and
she cried (the good kind). It's hanging in her hall now.

With real gratitude,
Helen"""),
("en", "b44-comic-staff-mocked-daughter-owner", "Danielle Okafor <danielle.okafor@example.co.uk>", "What happened in your shop on Saturday", "general", "high",
"""I'm writing about the way my 12-year-old daughter was treated in your
shop on Saturday afternoon.

She went to the till with two volumes of a romance manga she'd saved up
for. The man serving (tall, grey beanie) laughed and said to his
colleague, loud enough for the queue to hear, "another one for the
girly shelf", and then asked her whether she was "lost". She came out
of the shop close to tears and says she won't go back.

She has been buying from you for two years. I want the owner or
whoever manages the staff to contact me directly - not a standard
reply - and to tell me what will be done about it.

Danielle Okafor"""),
("en", "b44-boardgame-cafe-shelf-fell", "Mark Pettigrew <mark.pettigrew@example.co.uk>", "Shelf in the back room", "general", "high",
"""Hi,

Just to let you know, on Sunday afternoon a whole shelf of games came
down in the back room next to the kids' table. The bracket on the left
side had pulled out of the wall. It missed my son by about a foot and
knocked a jug of squash over. Your staff were lovely and cleared it up,
but when we left the other shelves on that wall looked like they were
leaning too and people were still sitting under them.

I think someone should check all of those brackets before it lands on a
child.

Mark Pettigrew"""),
("en", "b44-left-glasses-game-night", "Pauline Marsh <pauline.marsh@example.co.uk>", "Glasses", "general", "",
"""Hello, I think I left my reading glasses at your Tuesday game night -
red frames in a black case with a cat on it. We were at the big table
by the window playing Ticket to Ride. Have they turned up? I can pop in
on Friday.
Pauline"""),
("en", "b44-medals-to-school-reception", "Karen Sutcliffe <k.sutcliffe@example.co.uk>", "Delivery of our medals", "general", "",
"""Hi,

When the sports day medals are ready, please could the courier deliver
them to the school reception (Hollins Lane Primary, BB4 7QL) rather than
my home address that's on the order? Reception is staffed 8am-4pm and
they know they're coming.

Thanks,
Karen Sutcliffe"""),
("en", "b44-change-email-rewards", "Terence Bright <terry.bright@example.com>", "Change of email", "general", "",
"""Please change the email on my account from terry.bright@oldmail.example
to this one. The old one is closing down. Account name Terence Bright,
postcode BN2 9XE."""),
("en", "b44-data-copy-ico", "Victoria Hale <victoria.hale@example.co.uk>", "Subject access request - second request", "general", "high",
"""To the data protection officer,

On 4 March I asked for a copy of all personal data you hold about me,
including the photos taken at your studio in 2021 and any notes on my
account. I have had no reply, and the one-month deadline has passed.

Please treat this as my second and final request. If I do not receive
the data within 7 days I will be making a complaint to the Information
Commissioner's Office.

Victoria Hale"""),
("en", "b44-junior-angling-sponsorship", "Stan Lightfoot <secretary@dunford-angling.example>", "Junior match - sponsorship", "general", "",
"""Hello there,

I'm secretary of Dunford Angling Club. Every August we run a junior
match on the canal for under-16s - last year we had 34 youngsters. We're
looking for a local tackle shop to help with prizes or a voucher for
the winners, and we'd put your name on the poster and the club
Facebook page.

Would you be interested? Happy to pop in and have a chat.

Stan Lightfoot"""),
("en", "b44-hello-dnd-beginners", "Marisol Gutierrez <marisol.g@example.com>", "Hello", "general", "",
"""Hi! I'm new to the area (just moved to Columbus from Tucson) and a
friend told me you run D&D nights. I've never played. Is there a night
for total beginners, and do I need to bring anything like dice? I'm 41,
is that weird?? lol
Marisol"""),
("en", "b44-frame-jigsaw-question", "Dorothy Pike <dorothy.pike@example.co.uk>", "Jigsaw", "general", "",
"""Dear Sir/Madam,

I have just finished a 2000-piece jigsaw of Salisbury Cathedral and my
son says you could frame it. Do you glue them yourselves or must I do
that first, and do I bring it in on the table it's on? It is rather
large.

Yours,
Dorothy Pike (Mrs)"""),
("en", "b44-murder-mystery-was-killer", "Jayden Moss <jayden.moss@example.com.au>", "Saturday", "general", "",
"""Mate. The murder mystery night on Saturday was an absolute killer.
Six of us went for my wife's 40th and we're still arguing about whether
the butler did it. Your bloke Dev who ran it was brilliant, stayed in
character the whole night. When's the next one?
Jayden"""),
("en", "b44-re-order-ready-friend-collect", "Priya Nair <priya.nair@example.co.uk>", "Re: Your order is ready to collect", "general", "",
"""Hi, I'm stuck at work all week - can my friend Beth collect this for me
on Thursday? She'll have the email on her phone.

Priya

On 21 May 2024, at 10:12, Cathedral Yarns <hello@example-yarns.co.uk> wrote:
> Hi Priya,
> Your order #3318 is ready to collect from the shop. We'll hold it for
> 14 days.
> Happy knitting!"""),
("en", "b44-cafe-booking-page-no-tables", "Ethan Hargreaves <ethan.hargreaves@example.com>", "Booking a table", "technical", "",
"""Hey, your booking page says "no tables available" for every single
day I pick, including weekday mornings when I know you're empty (I'm
in there most Tuesdays). I've tried Firefox and my phone. Looks like the
calendar's broken rather than you being fully booked for a month?"""),
# ---------------- Greek ----------------
("el", "b44-gl-ptyxiaki-diplh-xrewsh", "Eleni Papadaki <eleni.papadaki@example.gr>", "ptyxiakh", "billing", "",
"""Geia sas,
ektypwsa thn ptyxiakh mou sto katasthma sas sthn Egnatia thn Triti
(3 antitypa me vivliodesia, 47,40e). Plhrwsa me karta sto tameio kai
mou eipan oti den perase, opote to ksanaperasa. Twra blepw sthn trapeza
oti xrewthike kai tis dyo fores. Mporeite na mou epistrepsete to ena
47,40? Exw kai tis dyo apodeikseis ths trapezas.
Eyxaristw,
Elenh"""),
("el", "b44-timologio-kypella-afm", "Σωματείο Α.Σ. Αστέρας Καλαμαριάς <grammateia@asteras-kalamarias.example>", "Τιμολόγιο για τα κύπελλα", "billing", "",
"""Καλημέρα σας,

Παραλάβαμε χθες τα κύπελλα και τα μετάλλια για το τουρνουά μπάσκετ,
όλα τέλεια. Στο τιμολόγιο όμως (αρ. 1187) ο ΑΦΜ του σωματείου είναι
λάθος: γράφει 099881234 ενώ ο σωστός είναι 099881243. Μπορείτε να
εκδώσετε πιστωτικό και νέο τιμολόγιο με τον σωστό ΑΦΜ; Ο λογιστής μας
δεν μπορεί να το περάσει αλλιώς.

Ευχαριστούμε,
Γιώργος Τσιρίγος
Ταμίας"""),
("el", "b44-syndromi-nimaton-orasi", "Αικατερίνη Βλαχογιάννη <a.vlachogianni@example.gr>", "Η συνδρομή μου", "billing", "",
"""Αγαπητή κυρία Ρένα,

Σας γράφει η εγγονή μου εκ μέρους μου, γιατί τα μάτια μου δεν με
βοηθάνε πια ούτε για το κομπιούτερ ούτε, δυστυχώς, για το πλέξιμο. Ο
γιατρός μου είπε να μην κουράζω την όραση με λεπτές βελονιές.

Σας παρακαλώ λοιπόν να σταματήσετε το μηνιαίο κουτί με τα μαλλιά και να
μη μου χρεώνετε πια τα 22€ τον μήνα. Ήταν μεγάλη μου χαρά κάθε φορά που
ερχόταν το δέμα.

Με αγάπη,
Αικατερίνη Βλαχογιάννη"""),
("el", "b44-gl-syndromi-kafe-fantaros", "Thanos Rigas <thanos.rigas@example.gr>", "syndromh", "billing", "",
"""kalhspera paidia, paw fantaros ton allo mhna (Evros, 9 mhnes...) opote
den 8a erxomai stis Pemptes. mporw na pagwsw th mhniaia syndromh twn
15e gia oso leipw kai na thn ksekinhsw pali otan gyrisw? na mh thn
kleisw teleiws dld, 8elw na krathsw kai thn ekptwsh melous.
Thanos"""),
("el", "b44-kalami-den-xoraei-epistrofi", "Σπυρος Αναγνωστου <spyros.anagnostou@example.gr>", "Επιστροφη καλαμιου", "billing", "",
"""Καλησπερα,

Πηρα την Παρασκευη απο το καταστημα σας στον Πειραια το καλαμι
surfcasting 4,20μ. Να πω οτι δεν εχει κανενα προβλημα, ειναι μια χαρα
καλαμι. Απλα το πρωτο κομματι δεν χωραει στο αυτοκινητο μου ουτε
διαγωνια και δεν το ειχα σκεφτει. Δεν το εχω χρησιμοποιησει, ειναι με
τις ζελατινες.

Μπορω να το επιστρεψω και να παρω πισω τα 89€ η να το αλλαξω με το
3,60 των τριων κομματιων και να μου επιστρεψετε τη διαφορα;

Σπυρος"""),
("el", "b44-prokatavoli-tampela-synigoros", "Θεόδωρος Μαυρίδης <t.mavridis@mavridis-artopoieio.example>", "Προκαταβολή για φωτεινή επιγραφή", "billing", "high",
"""Κύριοι,

Στις 8 Μαρτίου σας κατέβαλα προκαταβολή 600,00€ για φωτεινή επιγραφή
για το αρτοποιείο μου (προσφορά 1.450,00€). Στις 15 Απριλίου με
ενημερώσατε τηλεφωνικά ότι "δεν προλαβαίνετε" και ότι ακυρώνετε τη
δουλειά. Από τότε ζητώ την επιστροφή της προκαταβολής και μου λέτε ότι
"θα δούμε".

Σας ενημερώνω ότι, αν τα 600,00€ δεν κατατεθούν στον λογαριασμό μου
εντός 10 ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στον
δικηγόρο μου.

Θεόδωρος Μαυρίδης
Αρτοποιείο Μαυρίδη, Κατερίνη"""),
("el", "b44-gl-metallia-diplh-xrewsh-trapeza", "Vasilis Tzoumas <vasilis.tzoumas@example.gr>", "PARAGGELIA 5521", "billing", "high",
"""Kalhmera.
Gia ta 60 metallia tou agwna dromou me xrewsate 2 fores 318e. Sas exw
steilei 3 email apo th Deutera kai kaneis den apanta, to thlefwno xtypaei
kai den to sikwnei kaneis. An mexri thn Paraskevh den exoun epistrafei ta
318e, kanw amfisvhthsh xrewshs sthn trapeza kai telos.
Vasilis Tzoumas
Syllogos Dromewn Trikalwn"""),
("el", "b44-fotografies-taftotitas-ypeythynos", "Δέσποινα Καραγιάννη <despoina.karagianni@example.gr>", "Φωτογραφίες ταυτότητας - χρέωση", "billing", "high",
"""Καλησπέρα σας,

Το Σάββατο έβγαλα φωτογραφίες για το νέο διαβατήριο στο κατάστημά σας
στη Λάρισα. Στον τιμοκατάλογο στη βιτρίνα γράφει 8€ για 4 φωτογραφίες
διαβατηρίου. Ο υπάλληλος μου χρέωσε 15€ λέγοντας ότι "το ψηφιακό αρχείο
είναι έξτρα", χωρίς να με ρωτήσει αν το θέλω.

Όταν του έδειξα τον τιμοκατάλογο μου είπε ότι "είναι παλιός". Ζητώ να
επικοινωνήσει μαζί μου ο υπεύθυνος του καταστήματος ή ο ιδιοκτήτης και
να μου επιστραφούν τα 7€. Δεν είναι τα χρήματα, είναι ο τρόπος.

Δέσποινα Καραγιάννη"""),
("el", "b44-doseis-kentro-elegxou-trenou", "Παντελής Γκίκας <pantelis.gikas@example.gr>", "Άτοκες δόσεις;", "billing", "",
"""Γεια σας,

Ενδιαφέρομαι για το ψηφιακό κέντρο ελέγχου με το σετ ράγες που έχετε
στα 689€. Γίνεται να το πάρω σε άτοκες δόσεις με πιστωτική Eurobank, και
αν ναι σε πόσες; Στο site βλέπω μόνο 3 δόσεις αλλά ένας φίλος μου είπε
ότι στο κατάστημα δίνετε και 6.

Παντελής"""),
("el", "b44-re-prosfora-korniza-5-afisses", "Ιφιγένεια Στεφανίδου <ifigeneia.stef@example.gr>", "Re: Προσφορά κορνιζαρίσματος", "billing", "",
"""Καλησπέρα κ. Νίκο,

Ευχαριστώ για την προσφορά. Τελικά θέλω να κορνιζάρω και τις πέντε
αφίσες με το ίδιο μαύρο ξύλινο πλαίσιο, όχι μόνο τη μία. Κάνετε κάποια
έκπτωση για πέντε κομμάτια; Και πόσο θα βγει αν βάλουμε απλό τζάμι αντί
για αντιανακλαστικό;

Ιφιγένεια

Στις Πέμ, 16 Μαΐ 2024 στις 6:40 μ.μ., ο/η Κορνίζες Ακρόπολις <info@example-kornizes.gr> έγραψε:
> Καλησπέρα σας,
>
> Για την αφίσα 50x70 σε μαύρο ξύλινο πλαίσιο με αντιανακλαστικό τζάμι
> και πλάτη MDF η τιμή είναι 78€. Χρόνος παράδοσης 7 εργάσιμες.
>
> Νίκος"""),
("el", "b44-gl-kwdikos-dwroepitaghs-komiks", "Marios Dimou <marios.dimou@example.gr>", "dwroepitagh", "billing", "",
"""geia, exw mia dwroepitagh 30e apo ton adelfo mou gia to eshop sas alla
otan vazw ton kwdiko sto kalathi leei "mh egkyros kwdikos". exei hmeromhnia
lhkshs 31/12 opote kanonika isxyei. ti na kanw? h paraggelia einai 2 tomoi
tou Berserk"""),
("el", "b44-syndromi-komiks-manga", "Ελισάβετ Χατζή <elisavet.chatzi@example.gr>", "Αλλαγή πακέτου", "billing", "",
"""Καλημέρα σας,

Ο γιος μου έχει το πακέτο "Super" στη μηνιαία συνδρομή κόμικς (35€),
αλλά έκλεισε τα 16 και πλέον διαβάζει μόνο manga, τα αμερικάνικα τα
αφήνει αδιάβαστα. Μπορούμε να περάσουμε στο μικρό πακέτο manga των 18€
από τον επόμενο μήνα; Δεν θέλουμε να το κλείσουμε τελείως.

Ευχαριστώ,
Ελισάβετ"""),
("el", "b44-doloma-syndromi-pateras", "Μαρια Κουτσουκου <maria.koutsoukou@example.gr>", "Συνδρομη του πατερα μου", "billing", "",
"""Καλημερα σας,

Ο πατερας μου, Ευαγγελος Κουτσουκος, εφυγε απο τη ζωη τον περασμενο
μηνα. Ειχε τη μηνιαια συνδρομη με τα δολωματα και τα αγκιστρια που
του στελνατε στη Χαλκιδα, και βλεπω οτι συνεχιζει να χρεωνεται η
καρτα του 19,90€.

Παρακαλω να την ακυρωσετε. Του αρεσε πολυ να ανοιγει το κουτι, ηταν η
χαρα του καθε μηνα.

Μαρια Κουτσουκου"""),
("el", "b44-epigrafi-spinthires-vroxi", "Αντώνης Λιάπης <antonis.liapis@example.gr>", "Επιγραφή καφενείου", "technical", "high",
"""Καλημέρα,

Η φωτεινή επιγραφή που μας τοποθετήσατε τον Νοέμβριο πάνω από την
είσοδο του καφενείου, όποτε βρέχει, βγάζει μικρές σπίθες από το σημείο
που μπαίνει το καλώδιο στο κουτί του τροφοδοτικού. Χθες το βράδυ
ακούστηκε κι ένα τσάκ και έπεσε η ασφάλεια. Την έχουμε κλείσει από τον
πίνακα και δεν την ανάβουμε.

Από κάτω περνάει κόσμος και κάθονται πελάτες, γι' αυτό θα θέλαμε να
έρθει κάποιος να τη δει όσο πιο σύντομα γίνεται.

Αντώνης Λιάπης
Καφενείο "Ο Πλάτανος", Ναύπλιο"""),
("el", "b44-gl-pdf-upload-oxi-plhrwmh", "Dimitra Sotiriou <dimitra.sot@example.gr>", "anevasma arxeiou", "technical", "",
"""Kalhspera, den einai 8ema plhrwmhs, oute exw plhrwsei kati akoma. Apla
sto site sas den mporw na anevasw to PDF gia tis afisses. Patw "Epilogh
arxeiou", to dialegw, kai meta to kouti menei adeio kai leei "0 arxeia".
To PDF einai 14MB, dokimasa kai apo Chrome kai apo Firefox.
Dhmhtra"""),
("el", "b44-kodikos-eshop-montelismou", "Στέλιος Πανταζής <stelios.pantazis@example.gr>", "Σύνδεση στο λογαριασμό", "technical", "",
"""Καλησπέρα. Από χθες δεν μπορώ να μπω στον λογαριασμό μου στο e-shop.
Βάζω το σωστό συνθηματικό (το έχω αποθηκευμένο) και μου βγάζει "Ο
λογαριασμός είναι κλειδωμένος". Έκανα επαναφορά κωδικού, πήρα νέο, πάλι
το ίδιο. Στέλιος"""),
("el", "b44-fototypiko-logistiko-grafeio-fpa", "Λογιστικό Γραφείο Ζαφειρίου <info@zafeiriou-logistes.example>", "Φωτοτυπικό", "technical", "high",
"""Καλημέρα σας,

Το πολυμηχάνημα που μας έχετε με μίσθωση δεν ανοίγει από το πρωί. Η
οθόνη γράφει "Σφάλμα μονάδας τήξης - καλέστε τεχνικό". Είναι το
μοναδικό μηχάνημα του γραφείου, και αύριο λήγει η προθεσμία για τις
δηλώσεις ΦΠΑ: πρέπει να σκανάρουμε και να τυπώσουμε παραστατικά για
πάνω από 40 πελάτες. Πέντε λογιστές αυτή τη στιγμή δεν μπορούν να
δουλέψουν.

Παρακαλούμε στείλτε τεχνικό σήμερα. Τηλ. 2310 000 552.

Ζαφείρης Ζαφειρίου"""),
("el", "b44-gl-metasxhmatisths-myrizei-kammeno", "Kostas Andreou <kostas.andreou@example.gr>", "trenaki", "technical", "high",
"""Kalhspera sas,
to set me to trenaki pou phrame gia ton gio mou ta Xristougenna, o
metasxhmatisths (to mavro kouti pou mpainei sthn priza) zestaine
poly, den to akoumpas, kai shmera myrise kammeno plastiko. To vgalame
apo thn priza kai to afhsame sto mpalkoni. O mikros einai 7 xronwn kai
paizei monos tou sto dwmatio, gia auto sas grafw. Ti prepei na kanoume?
Kwstas"""),
("el", "b44-ichovolistis-gps", "Μανώλης Φραγκιαδάκης <manolis.fragk@example.gr>", "Βυθόμετρο", "technical", "",
"""Καλησπέρα,

Το βυθόμετρο με GPS που πήρα πριν δύο εβδομάδες δείχνει κανονικά το
βάθος και τα ψάρια, αλλά το GPS δεν κλειδώνει ποτέ: γράφει "Αναζήτηση
δορυφόρων" ακόμα και μετά από μισή ώρα στη θάλασσα, ανοιχτά του
Ηρακλείου. Έκανα και ενημέρωση λογισμικού. Υπάρχει κάποια ρύθμιση που
μου ξεφεύγει;

Μανώλης"""),
("el", "b44-anemi-den-thelo-lefta", "Ροδουλα Πετροπουλου <rodoula.petropoulou@example.gr>", "Ηλεκτρικη ανεμη", "technical", "",
"""Καλημερα σας,

Δεν θελω να μου επιστρεψετε τα χρηματα, μου αρεσει πολυ η ανεμη, θελω
μονο να δουλευει σωστα. Η ηλεκτρικη ανεμη για κουβαρια που πηρα απο
εσας τον Φεβρουαριο γυριζει κανονικα στην αρχη και μετα απο λιγο
κολλαει και βγαζει ενα βουητο χωρις να γυριζει. Αν τη βοηθησω με το
χερι ξεκινα παλι. Μηπως θελει λαδι η καποια ρυθμιση;

Ροδουλα"""),
("el", "b44-gl-app-krathsh-crash", "Nikos Vrettos <nikos.vrettos@example.gr>", "efarmogh", "technical", "",
"""h efarmogh sas gia tis krathseis trapeziwn kleinei monh ths molis
pathsw "Epivevaiwsh". Android 14, Samsung A54. Thn egkatestisa ksana,
tipota. Dokimasa na kleisw trapezi gia 6 atoma to Savvato kai den
ginetai."""),
("el", "b44-frontistirio-simeioseis-panellinies", "Φροντιστήριο Ορίζοντες <grammateia@frontistirio-orizontes.example>", "Σύστημα αποστολής εργασιών", "technical", "high",
"""Καλησπέρα σας,

Από το μεσημέρι το σύστημα που μας δώσατε για να στέλνουμε τις σημειώσεις
για εκτύπωση από τα τρία παραρτήματά μας βγάζει "Η σύνδεση απέτυχε".
Τίποτα δεν φτάνει στον εκτυπωτή παραγωγής. Έχουμε 320 μαθητές Γ'
Λυκείου που αύριο το πρωί γράφουν διαγώνισμα προσομοίωσης για τις
Πανελλήνιες και δεν υπάρχουν ούτε θέματα ούτε φυλλάδια.

Οι καθηγητές είναι εδώ και περιμένουν. Χρειαζόμαστε βοήθεια άμεσα.

Ελένη Μπούρα
Γραμματεία"""),
("el", "b44-psifiakos-kodikos-fotografias-gov", "Γιάννης Ζερβός <giannis.zervos@example.gr>", "Κωδικός φωτογραφίας", "technical", "",
"""Καλημέρα,

Στο στούντιο σας στο Μαρούσι μου δώσατε αποδεικτικό με κωδικό ψηφιακής
φωτογραφίας για την αίτηση νέας ταυτότητας. Στην πλατφόρμα μου βγάζει
"Ο κωδικός φωτογραφίας δεν βρέθηκε". Έχουν περάσει δύο μέρες. Μήπως δεν
ανέβηκε η φωτογραφία από τη μεριά σας;

Γιάννης Ζερβός"""),
("el", "b44-gl-epeigon-thermopresa", "Maria-Eleni Kosta <mariaeleni.k@example.gr>", "EPEIGON!!!", "technical", "",
"""EPEIGON!!! h 8ermopresa pou phra apo to katasthma sas gia ta mplouzakia
den zestainei omoiomorfa, h deksia meria tou plakas vgainei xlia kai to
vinyl den kollaei ekei. exw valei 160 vathmous opws leei to egxeiridio.
8elw na ftiaksw mplouzakia gia ta genethlia ths kolleghs mou ton allo
mhna"""),
("el", "b44-korniza-led-den-anavei", "Χρύσα Μελετίου <chrysa.meletiou@example.gr>", "Κορνίζα με φωτισμό", "technical", "",
"""Γεια σας, η κορνίζα με τον φωτισμό LED που μου φτιάξατε για το κέντημα
άναβε κανονικά μέχρι την Κυριακή και από τότε δεν ανάβει καθόλου.
Δοκίμασα άλλη πρίζα και άλλο καλώδιο USB. Χρύσα"""),
("el", "b44-laser-xaraktis-efarmogi", "Ηλίας Μπαλτάς <ilias.baltas@example.gr>", "Χαράκτης laser", "technical", "",
"""Καλησπέρα,

Αγόρασα από εσάς τον μικρό χαράκτη laser για ξύλο. Όταν τον συνδέω με
USB στο λάπτοπ, το πρόγραμμα δεν τον βρίσκει ("Δεν βρέθηκε συσκευή").
Εγκατέστησα και τον οδηγό από το site σας. Windows 11. Με τον υπολογιστή
του κουνιάδου μου δουλεύει, οπότε κάτι φταίει σε μένα.

Ηλίας"""),
("el", "b44-gl-re-bite-alarm-pairing", "Giorgos Mpakas <giorgos.mpakas@example.gr>", "Re: Aitima 40417", "technical", "",
"""ekana oti mou eipate, evgala tis mpataries 5 lepta kai ta ksanasyndesa
me to receiver. to ena syndeetai, ta alla dyo anavoun kokkino kai den
ginetai pairing. idio provlhma.
Giwrgos

Στις Τρί, 7 Μαΐ 2024 στις 10:15 π.μ., ο/η Εξυπηρέτηση <support@example-alieia.gr> έγραψε:
> Καλημέρα σας,
> Παρακαλούμε αφαιρέστε τις μπαταρίες από όλους τους ανιχνευτές για 5
> λεπτά και επαναλάβετε τη σύζευξη με τον δέκτη σύμφωνα με τη σελ. 6
> του εγχειριδίου."""),
("el", "b44-orario-15-avgoustou-komiks", "Άρης Κωνσταντίνου <aris.konst@example.gr>", "15 Αυγούστου", "general", "",
"""Καλησπέρα! Θα είστε ανοιχτά στις 14 και 15 Αυγούστου; Έρχομαι Αθήνα
μόνο αυτές τις μέρες και θέλω να περάσω από το μαγαζί."""),
("el", "b44-gl-eyxaristw-fwtografia-giagias", "Katerina Lazou <katerina.lazou@example.gr>", "eyxaristw!!", "general", "",
"""Kalhspera sas,
hr8a thn prohgoumenh evdomada me th moni fwtografia pou exoume apo th
giagia mou sto xwrio, skismenh sth mesh kai tsalakwmenh. Th fernete
pisw san kainourgia kai mesa se kornizaki pou tairiazei akrivws sto
spiti ths mamas mou. H mama mou otan thn eide den milouse. Eyxaristw
polu ton kyrio Lefterh gia thn ypomonh tou.
Katerina"""),
("el", "b44-ypallilos-agenis-mitera-ypeythynos", "Σταυρούλα Ρήγα <stavroula.riga@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Η μητέρα μου, 81 ετών, ήρθε την Τετάρτη στο φωτοτυπείο σας στην
Κηφισίας για να βγάλει φωτοτυπίες τα χαρτιά του ΚΕΠ. Δεν ήξερε πώς να
βάλει το χαρτί στο μηχάνημα αυτοεξυπηρέτησης και ζήτησε βοήθεια. Ο
νεαρός στο ταμείο της είπε μπροστά σε όλους "αν δεν ξέρετε, να φέρνετε
κάποιον μαζί σας" και της γύρισε την πλάτη. Έφυγε κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του καταστήματος ή ο
ιδιοκτήτης. Δεν θέλω μια τυποποιημένη απάντηση.

Σταυρούλα Ρήγα
6977 000 314"""),
("el", "b44-skali-patari-kafe-epitrapezion", "Λευτέρης Καλογεράκης <lefteris.kalogerakis@example.gr>", "Η σκάλα για το πατάρι", "general", "high",
"""Καλησπέρα,

Χθες το βράδυ στο καφέ σας, ένα από τα ξύλινα σκαλιά της σκάλας που
ανεβαίνει στο πατάρι με τα τραπέζια είχε ξεκολλήσει από τη μία μεριά και
κουνιόταν όταν πατούσες. Η κοπέλα που ανέβαινε μπροστά μου με τον δίσκο
παραλίγο να πέσει. Το είπα στο ταμείο και μου είπαν "ναι, το ξέρουμε".

Ανεβοκατεβαίνουν παιδιά και κόσμος με ποτά όλο το βράδυ. Καλό θα ήταν
να το φτιάξετε πριν χτυπήσει κάποιος.

Λευτέρης"""),
("el", "b44-gl-xamenh-sakoula-nhmata", "Sofia Anastasiou <sofia.anast@example.gr>", "3exasa mia sakoula", "general", "",
"""geia sas! 3exasa xthes sto ergasthri plektikhs mia paninh sakoula me
ena mwv plektomhxano (ksekinimeno kaskol) kai tis velones. mhpws th
vrhkate? 8a perasw to Savvato an einai ekei
Sofia"""),
("el", "b44-paradosi-metallion-gymnastirio", "Νεφέλη Δρόσου <nefeli.drosou@example.gr>", "Παράδοση μεταλλίων", "general", "",
"""Καλημέρα σας,

Για την παραγγελία με τα μετάλλια των κολυμβητικών αγώνων: παρακαλώ ο
κούριερ να τα αφήσει στη γραμματεία του κολυμβητηρίου (Λεωφόρος
Σοφούλη 12, Θεσσαλονίκη) και όχι στη διεύθυνση του σπιτιού μου. Η
γραμματεία είναι ανοιχτή 8:00-15:00.

Ευχαριστώ,
Νεφέλη Δρόσου"""),
("el", "b44-allagi-eponymou-logariasmos", "Ευτυχια Σαραντη <eftychia.saranti@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα, παντρευτηκα προσφατα και θελω να αλλαξει το επωνυμο στον
λογαριασμο μου απο Ευτυχια Παππα σε Ευτυχια Σαραντη, και το email σε
αυτο απο το οποιο σας γραφω. Ευχαριστω!"""),
("el", "b44-xorigia-tournoua-skakiou", "Γυμνάσιο Νέας Σμύρνης <gymnasio.nsmyrnis@example.gr>", "Σχολικό τουρνουά επιτραπέζιων", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων του Γυμνασίου μας οργανώνει στις 18 Μαΐου το πρώτο
σχολικό τουρνουά επιτραπέζιων παιχνιδιών, με περίπου 80 μαθητές. Θα
θέλαμε να σας ρωτήσουμε αν θα σας ενδιέφερε να στηρίξετε την εκδήλωση
με κάποια παιχνίδια για βραβεία ή με τον δανεισμό τραπεζιών, με
αναφορά του καταστήματός σας στις αφίσες και στην ιστοσελίδα του
σχολείου.

Με εκτίμηση,
Μαρίνα Κωστοπούλου
Πρόεδρος Συλλόγου Γονέων"""),
("el", "b44-gl-geia-tournoua-catan", "Panos Tsakalos <panos.tsakalos@example.gr>", "Geia", "general", "",
"""Geia sas, 8a ksanakanete tournoua Catan fetos? Pernoume meros me thn
parea (4 atoma) kai 8eloume na kseroume hmeromhnia gia na kanonisoume
adeies. Ginetai kai omadiko h mono atomiko?"""),
("el", "b44-diagrafi-dedomenon-arxi", "Κωνσταντίνος Ηλιόπουλος <k.iliopoulos@example.gr>", "Διαγραφή προσωπικών δεδομένων - 2η υπενθύμιση", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 2 Απριλίου ζήτησα γραπτώς τη διαγραφή όλων των προσωπικών μου
δεδομένων και των φωτογραφιών μου από το αρχείο του στούντιό σας,
σύμφωνα με το άρθρο 17 του ΓΚΠΔ. Δεν έχω λάβει καμία απάντηση, ενώ
εξακολουθώ να λαμβάνω διαφημιστικά SMS.

Εάν εντός 7 ημερών δεν λάβω επιβεβαίωση της διαγραφής, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Κωνσταντίνος Ηλιόπουλος"""),
("el", "b44-ektyposi-kamva-a0", "Αθηνα Ρουσσου <athina.roussou@example.gr>", "Ερωτηση", "general", "",
"""Γεια σας, κανετε εκτυπωσεις σε καμβα μεγεθους Α0; Και αν ναι, μπορω
να σας φερω τη φωτογραφια σε στικακι η πρεπει να την ανεβασω στο site;"""),
("el", "b44-gl-tournoua-htan-fwtia", "Stratos Pappas <stratos.pappas@example.gr>", "to Savvato", "general", "",
"""Re paidia to tournoua Warhammer to Savvato htan FWTIA. Sfagh sto
teliko, o filos mou me ta Orks mas eksontwse olous. Megalh orgawsh,
swsta xronometra, kala pizza. Mpravo ston Aki pou to trexe. Pote to
epomeno?"""),
("el", "b44-skylos-katastima-alieias", "Βαγγέλης Σκορδάς <vaggelis.skordas@example.gr>", "Σκύλος στο μαγαζί", "general", "",
"""Καλημέρα, μια απορία: μπορώ να μπω στο κατάστημα αλιευτικών στη
Νέα Κρήνη με τον σκύλο μου; Είναι μεσαίο λαμπραντόρ, ήσυχο, με λουρί.
Πάμε μαζί για ψάρεμα και συνήθως περνάμε από εσάς πρώτα."""),
# ---------------- Spanish ----------------
("es", "b44-copisteria-tfg-cobro-doble", "Lucía Ferrándiz <lucia.ferrandiz@example.es>", "Cobro del TFG", "billing", "",
"""Hola:

El martes imprimí y encuaderné el TFG en vuestra copistería de la calle
Colón (3 copias en tapa dura, 54,60 €). El datáfono dio error la primera
vez y la chica me lo volvió a pasar. Ahora en la app del banco me salen
los dos cargos de 54,60 €. ¿Me podéis devolver uno? Tengo capturas de
los dos movimientos.

Gracias,
Lucía"""),
("es", "b44-trofeos-liga-cfdi-rfc", "Liga Infantil Tlaquepaque <tesoreria@liga-tlaquepaque.example>", "Factura de trofeos", "billing", "",
"""Buenas tardes,

Les escribo de la Liga Infantil de Fútbol de Tlaquepaque. Ya pagamos los
24 trofeos y las medallas del torneo de clausura ($9,860 MXN por
transferencia) y necesitamos la factura CFDI a nombre de la asociación.
RFC: LIT150311AB2, uso de CFDI G03, régimen 603. ¿Me la pueden mandar a
este correo?

Saludos cordiales,
Rocío Villaseñor
Tesorera"""),
("es", "b44-lanas-gata-se-come-ovillos", "Graciela Benedetti <graciela.benedetti@example.com.ar>", "Mi suscripción", "billing", "",
"""Hola chicas!

Les cuento que me retiro del crochet, por lo menos por un tiempo: adopté
una gatita, la Pocha, y se come literalmente los ovillos. Ya perdí dos
proyectos y una visita al veterinario. Así que por favor den de baja la
caja mensual de lanas y no me cobren los $18.500 del mes que viene.

Las voy a extrañar, siempre elegían colores divinos.

Besos,
Graciela"""),
("es", "b44-devolucion-caja-pesca-sin-defecto", "Javier Ochoa <javier.ochoa@example.es>", "Devolucion", "billing", "",
"""Buenas, compre la semana pasada en la tienda de Vigo una caja de
pesca de tres bandejas (34,90). No le pasa nada, esta perfecta, pero
mi mujer me regalo otra igual por el cumple el mismo dia. Sigue con el
plastico y el ticket. Puedo devolverla y que me devuelvan el dinero o
solo dais vale? Gracias"""),
("es", "b44-senal-rotulo-luminoso-consumo", "Begoña Larrañaga <begona@peluqueria-begona.example>", "Señal del rótulo - reclamación", "billing", "high",
"""Buenos días:

El 12 de febrero les pagué una señal de 250 € para un rótulo luminoso
para mi peluquería en Irún (presupuesto total de 980 €). El 3 de abril
me llamaron para decirme que no podían hacerlo porque ya no trabajan con
ese tipo de letra corpórea. Desde entonces les he pedido tres veces la
devolución de la señal y siempre me dicen que "ya se verá".

Si en diez días no tengo los 250 € en mi cuenta, presentaré una
reclamación en la OMIC y acudiré a Consumo con todos los justificantes.

Begoña Larrañaga"""),
("es", "b44-medallas-cargo-doble-contracargo", "Héctor Zamudio <hector.zamudio@example.com.mx>", "Pedido 8830", "billing", "high",
"""Hola, me cobraron dos veces las 120 medallas para la carrera de 5K de
la parroquia, $7,440 MXN cada cargo. Ya les mandé tres correos y nadie me
contesta, y el teléfono nunca lo agarran. Si el viernes no me regresan el
segundo cargo voy a pedirle a Banorte que haga el contracargo y que ellos
se arreglen con ustedes.

Héctor Zamudio"""),
("es", "b44-fotos-visa-gerente", "Natalia Restrepo <natalia.restrepo@example.com.co>", "Cobro de fotos para visa", "billing", "high",
"""Buenas tardes,

El sábado me tomé las fotos para la visa americana en su estudio de
El Poblado. En el aviso de la entrada dice $25.000 las fotos para visa,
pero me cobraron $42.000 porque según el muchacho "el archivo digital se
cobra aparte". Nadie me preguntó si lo quería.

Le mostré el aviso y me dijo que ese precio "ya no aplica". Quiero hablar
con el gerente o con el dueño del estudio, no con el mismo empleado, y
que me devuelvan los $17.000.

Natalia Restrepo"""),
("es", "b44-plazos-central-digital-maqueta", "Andrés Sobrino <andres.sobrino@example.es>", "¿Se puede pagar a plazos?", "billing", "",
"""Hola, me interesa la central digital con el booster de la web (549 €)
para la maqueta H0 que estoy montando en el trastero. ¿Se puede pagar a
plazos? He visto que en algunas tiendas ofrecéis financiación a 6 meses
sin intereses, pero en la vuestra no veo la opción al pagar.

Un saludo,
Andrés"""),
("es", "b44-cupon-descuento-no-aplica-chile", "Camila Fuentealba <camila.fuentealba@example.cl>", "cupón", "billing", "",
"""Hola, tenía el cupón BIENVENIDA15 que me llegó al inscribirme y en el
carrito decía que quedaba aplicado, pero al final me cobraron los
$32.990 completos por los tres tomos de One Piece. Pedido 22871. ¿Me
pueden devolver el 15%?"""),
("es", "b44-re-presupuesto-enmarcado-laminas", "Pilar Ugarte <pilar.ugarte@example.es>", "Re: Presupuesto enmarcado", "billing", "",
"""Hola Ramón:

Gracias por el presupuesto. Al final quiero enmarcar las seis láminas de
botánica, no solo dos, todas con el mismo marco de roble. ¿Me haríais
algún descuento por cantidad? Y si en vez de cristal antirreflejo
ponemos cristal normal, ¿cuánto bajaría?

Pilar

El jue, 9 may 2024 a las 18:22, Marcos Ramón <taller@example-marcos.es> escribió:
> Buenas tardes, Pilar:
>
> Para la lámina de 40x50 con marco de roble natural, paspartú blanco
> roto y cristal antirreflejo, el precio sería de 68 € por unidad.
>
> Un saludo,
> Ramón"""),
("es", "b44-bono-partidas-erasmus", "Íñigo Azkarate <inigo.azkarate@example.es>", "Me voy de Erasmus", "billing", "",
"""Buenas!! Me voy de Erasmus a Lovaina de septiembre a junio, así que no
voy a poder ir a las partidas de los jueves. ¿Podéis congelarme la cuota
mensual de socio (12 €) mientras estoy fuera y reactivarla cuando vuelva?
No quiero darme de baja y perder la antigüedad jeje.
Íñigo"""),
("es", "b44-suscripcion-comics-viejo-fallecio", "Martín Iturralde <martin.iturralde@example.com.ar>", "Cuenta de Raúl Iturralde", "billing", "",
"""Buenas tardes,

Les escribo por la cuenta de mi viejo, Raúl Iturralde. Falleció hace tres
semanas. Tenía la suscripción mensual de historietas (Nippur, El
Eternauta y las reediciones de Columba) y le siguen debitando $24.000 de
la tarjeta todos los meses.

Les pido que la den de baja. El último paquete que llegó lo voy a
guardar, era lo que más le gustaba del mes.

Martín Iturralde"""),
("es", "b44-pago-oxxo-spei", "Fernanda Robles <fer.robles@example.com.mx>", "Pregunta", "billing", "",
"""Hola! Quiero pedir las 200 tarjetas de presentación y los stickers
para mi negocio de repostería, pero no tengo tarjeta de crédito. ¿Puedo
pagar en OXXO o por transferencia SPEI? ¿Y se puede pagar la mitad ahora
y la mitad al recoger?
Gracias!! Fer"""),
("es", "b44-transformador-tren-olor-quemado", "Ramón Escribano <ramon.escribano@example.es>", "Transformador", "technical", "high",
"""Buenas tardes:

El transformador del tren eléctrico que compramos en Navidad para mi
nieto se calienta mucho, no se puede tocar, y esta tarde olía a plástico
quemado. Lo he desenchufado y lo he dejado en la terraza, encima de una
baldosa. El niño tiene seis años y juega solo en su cuarto, por eso no
quiero volver a enchufarlo hasta saber qué hacer.

Un saludo,
Ramón Escribano"""),
("es", "b44-app-impresion-no-es-cobro", "Daniela Ortega <daniela.ortega@example.com.mx>", "la app", "technical", "",
"""Hola, no es un tema de cobro, no me han cobrado nada. La app para
mandar a imprimir fotos se queda en la pantalla blanca después del logo
y no pasa de ahí. Ya la borré y la volví a instalar. iPhone 12.
Quiero imprimir las fotos del bautizo de mi sobrino."""),
("es", "b44-pantallas-menu-sucursales-negro", "Operaciones Tacos El Güero <operaciones@tacoselguero.example>", "Pantallas de menú", "technical", "high",
"""Hola,

Las pantallas de menú digital que nos instalaron hace dos meses en las
cuatro sucursales de Monterrey están en negro desde las 7 de la mañana.
Los clientes no ven los precios ni los combos, los cajeros tienen que
leerles el menú de una hoja impresa y las filas llegan a la calle. En la
hora de la comida esto va a ser un desastre.

Necesitamos que alguien se conecte o venga hoy mismo. Mi celular:
81 0000 4472.

Gerardo Leal
Gerente de operaciones"""),
("es", "b44-contrasena-web-modelismo", "Sergio Llamas <sergio.llamas@example.es>", "No puedo entrar", "technical", "",
"""Desde el cambio de la web no puedo entrar en mi cuenta. Pongo mi correo
y la contraseña de siempre y dice "usuario no encontrado", y si le doy a
"he olvidado mi contraseña" me dice que ese correo no existe. Tengo
pedidos hechos con vosotros desde 2019."""),
("es", "b44-ecosonda-no-enciende", "Jhon Fredy Cárdenas <jhon.cardenas@example.com.co>", "Ecosonda", "technical", "",
"""Buenas, la ecosonda que compré en su almacén de Cartagena hace un mes
no prende. Ayer funcionó normal en la lancha y hoy no hace nada, ni
siquiera la luz de la pantalla. La batería de la lancha está cargada
y el fusible del cable está bien, lo revisé. Qué más puedo mirar?"""),
("es", "b44-bateria-carrete-electrico-hinchada", "Xosé Manuel Barreiro <xm.barreiro@example.es>", "Batería del carrete eléctrico", "technical", "high",
"""Hola:

Os escribo con calma pero creo que es importante. La batería del carrete
eléctrico para pesca de fondo que os compré en marzo se ha hinchado: la
tapa ya no cierra y, cuando la quité del cargador ayer por la noche,
estaba tan caliente que casi no se podía sujetar. La he dejado fuera, en
un cubo de metal en el patio.

¿Qué hago con ella y con el cargador? No quiero volver a cargarla dentro
de casa.

Xosé Manuel"""),
("es", "b44-urgente-ovillador-ruido", "Valentina Soto <valentina.soto@example.cl>", "URGENTE", "technical", "",
"""URGENTE!!! el ovillador que compré hace dos semanas hace un ruido
horrible como de engranaje rascando y a veces se traba. Tengo que
ovillar 10 madejas para un chaleco que quiero terminar antes del
cumpleaños de mi papá en julio."""),
("es", "b44-foto-dgt-rechazada", "Montserrat Vidal <montse.vidal@example.es>", "Foto carné de conducir", "technical", "",
"""Bon dia / buenos días, me hicisteis las fotos para renovar el carné
de conducir y me pasasteis el archivo por correo. Al subirlo en la web
de la DGT me sale "La fotografía no cumple los requisitos de formato".
Pesa 2,3 MB y es JPG. ¿Me lo podéis enviar en otro formato o tamaño?
Montse"""),
("es", "b44-colegio-fotocopiadora-examenes", "Colegio Sor Juana <direccion@colegio-sorjuana.example>", "Fotocopiadora", "technical", "high",
"""Buenas tardes,

La fotocopiadora que nos rentan ustedes se descompuso hoy a mediodía:
marca "Error C-2557" y no saca ninguna hoja. Mañana empiezan los
exámenes finales de secundaria y nos faltan por imprimir los exámenes de
unos 600 alumnos. Las maestras ya están intentando sacar copias en la
impresora de la dirección pero no alcanza.

Les pedimos que manden un técnico hoy o mañana a primera hora.

Mtra. Leticia Carrillo
Directora, Colegio Sor Juana, Puebla"""),
("es", "b44-grabadora-laser-no-devolucion", "Aitor Goikoetxea <aitor.goikoetxea@example.es>", "Grabadora láser", "technical", "",
"""Hola:

No quiero devolverla ni que me devolváis el dinero, solo que funcione.
La grabadora láser de diodo que compré para hacer llaveros de madera
se conecta al ordenador, el programa la detecta, pero cuando le doy a
empezar se mueve el cabezal y el láser no se enciende. Ni siquiera en el
modo de prueba de baja potencia. Llevo las gafas puestas, las tapas
puestas, todo como dice el manual.

Aitor"""),
("es", "b44-re-marco-digital-wifi", "Silvina Pereyra <silvina.pereyra@example.com.ar>", "Re: Caso 31920", "technical", "",
"""Hola Ezequiel, hice lo del reinicio que me dijiste pero sigue igual:
el portarretratos digital ve la red de casa, le pongo la contraseña y
dice "no se pudo conectar". El celular y la compu se conectan bien a esa
misma red.

Silvina

El mar, 14 may 2024 a las 11:03, Ezequiel - Soporte <soporte@example-fotos.com.ar> escribió:
> Hola Silvina,
> Probá por favor mantener apretado el botón de reset atrás del marco
> 10 segundos y configurarlo de nuevo desde cero.
> Saludos, Ezequiel"""),
("es", "b44-web-reservas-cafe-juegos-error", "Alba Montero <alba.montero@example.es>", "Reservas", "technical", "",
"""Hola! Cada vez que intento reservar mesa para el sábado en la web me
sale "Error 403 - acceso denegado" al darle a confirmar. Lo he
intentado desde el móvil y el portátil. Somos 5 y queríamos ir por la
tarde, sobre las 18:00."""),
("es", "b44-impresora-3d-extrusor", "Emiliano Rangel <emiliano.rangel@example.com.mx>", "Impresora 3D", "technical", "",
"""Qué tal. La impresora 3D que compré en su tienda de Coyoacán hace un
mes dejó de sacar filamento a la mitad de las piezas. El extrusor hace
clic-clic y el filamento no avanza. Ya limpié la boquilla con la aguja
que viene y cambié de rollo de PLA. ¿Qué más le puedo revisar?
Emiliano"""),
("es", "b44-mando-dcc-no-responde", "Fermin Aldaz <fermin.aldaz@example.es>", "Mando digital", "technical", "",
"""Buenas tardes, el mando inalambrico de la central digital ha dejado de
responder. La pantalla enciende y cambio de locomotora, pero ninguna se
mueve con el mando. Con el raton del ordenador si se mueven. He cambiado
las pilas y lo he vuelto a emparejar. Gracias. Fermin"""),
("es", "b44-horario-semana-santa-comics", "Pablo Cienfuegos <pablo.cienfuegos@example.es>", "Semana Santa", "general", "",
"""¿Abrís el Jueves y el Viernes Santo? Quería pasarme a por el nuevo
tomo de Blacksad."""),
("es", "b44-gracias-camiseta-enmarcada", "Lautaro Ferreyra <lautaro.ferreyra@example.com.ar>", "GRACIAS", "general", "",
"""Che, no saben lo que fue. Le regalé a mi viejo la camiseta del 86 que
tenía guardada en un cajón hace 30 años, enmarcada con la foto de la
cancha que le llevé a Gustavo. Se quedó mudo, y mi viejo nunca se queda
mudo. Quedó perfecta, con la tela bien estirada y las costuras a la
vista. Gracias Gustavo y todo el taller, de verdad.
Lautaro"""),
("es", "b44-empleado-burla-gerente", "Itzel Domínguez <itzel.dominguez@example.com.mx>", "Lo que pasó en su tienda el sábado", "general", "high",
"""Buenas tardes.

El sábado fui con mi hijo de 10 años, que tiene síndrome de Down, a la
tienda de cómics de Plaza Universidad. Mientras él hojeaba unos libros
de Spider-Man, uno de los empleados (el de lentes y gorra roja) le dijo
a su compañero "cuídame a ese, no vaya a babear los libros" y se rieron
los dos. Mi hijo no lo entendió, pero yo sí.

Quiero que el gerente o el dueño se comunique directamente conmigo y me
diga qué van a hacer. No quiero una respuesta automática.

Itzel Domínguez"""),
("es", "b44-anzuelos-suelo-zona-infantil", "Rocío Pazos <rocio.pazos@example.es>", "Anzuelos en el suelo", "general", "high",
"""Hola:

El domingo por la mañana estuve en la tienda de pesca del puerto con mis
dos hijos. Al lado del rincón de los niños, donde están las cañas
pequeñas, había un montón de anzuelos sueltos por el suelo, como si se
hubiera caído una caja. Mi hija de cuatro años los cogió con la mano
antes de que me diera cuenta. Por suerte no se pinchó.

Se lo dije al dependiente y los barrió, pero al rato vi más debajo del
expositor. Os lo comento para que lo reviséis bien, porque ahí se
sientan los críos.

Rocío"""),
("es", "b44-olvide-gafas-cafe-juegos", "Juliana Ospina <juliana.ospina@example.com.co>", "Mis gafas", "general", "",
"""Hola, anoche estuvimos en la mesa del fondo jugando Catán y creo que
dejé mis gafas de sol, son de marco carey en un estuche café. ¿Las
encontraron? Puedo pasar mañana por la tarde."""),
("es", "b44-entrega-trofeos-conserjeria", "Marisa Gallego <marisa.gallego@example.es>", "Entrega del pedido", "general", "",
"""Buenos días:

Cuando estén los trofeos del campeonato de ajedrez escolar, ¿podría el
mensajero dejarlos en la conserjería del colegio (CEIP Miguel
Hernández, C/ Almendros 8, Elche) en vez de en mi casa? La conserjería
abre de 8:00 a 15:00 y ya están avisados.

Gracias,
Marisa Gallego"""),
("es", "b44-cambio-direccion-cuenta", "Esteban Crespo <esteban.crespo@example.es>", "Cambio de direccion", "general", "",
"""Hola, me he mudado. Por favor cambiad la direccion de mi cuenta a
C/ Santa Clara 21, 2.o izq, 47002 Valladolid. El telefono sigue siendo
el mismo. Gracias!"""),
("es", "b44-auspicio-torneo-pesca-juvenil", "Club de Pesca Caleta Portales <club@pesca-portales.example>", "Torneo juvenil de pesca", "general", "",
"""Estimados,

Somos el Club de Pesca Caleta Portales de Valparaíso. En noviembre
organizamos el tercer torneo juvenil de pesca de orilla para chicos de
10 a 16 años (el año pasado participaron 42). Buscamos una tienda del
rubro que nos auspicie con premios o artículos para los ganadores; a
cambio incluiríamos su logo en los afiches, las poleras y las redes del
club.

¿Les interesaría conversarlo?

Atentamente,
Patricio Olguín
Secretario"""),
("es", "b44-hola-noche-rol-principiantes", "Ximena Treviño <ximena.trevino@example.com.mx>", "Hola", "general", "",
"""Hola!! Mi novio y yo queremos empezar a jugar rol pero nunca hemos
jugado. ¿Ustedes tienen alguna noche para principiantes? ¿Tenemos que
llevar algo o ustedes prestan los dados y las hojas de personaje?"""),
("es", "b44-datos-personales-aepd", "Gonzalo Rebollo <gonzalo.rebollo@example.es>", "Ejercicio del derecho de acceso - segundo requerimiento", "general", "high",
"""A la atención del delegado de protección de datos:

El 5 de marzo solicité por escrito una copia de todos los datos
personales que tienen sobre mí, incluidas las fotografías que me hicieron
para el carné en 2022 y cualquier anotación en mi ficha de cliente. Ha
pasado más de un mes y no he recibido respuesta.

Si en el plazo de 7 días no recibo la información, presentaré una
reclamación ante la Agencia Española de Protección de Datos.

Gonzalo Rebollo"""),
("es", "b44-enmarcan-rompecabezas", "Olga Paredes <olga.paredes@example.com.ar>", "consulta", "general", "",
"""Hola, buen día. Terminé un rompecabezas de 3000 piezas del Glaciar
Perito Moreno y quiero enmarcarlo. ¿Ustedes lo pegan o lo tengo que
pegar yo antes de llevarlo? ¿Y cómo lo transporto sin que se desarme?"""),
("es", "b44-pandemic-masacre-gracias", "Rubén Carvajal <ruben.carvajal@example.es>", "La noche del viernes", "general", "",
"""Buenas, solo para deciros que lo del viernes fue una masacre, nos
reventaron las epidemias en tres rondas y aun así nos lo pasamos en
grande. Sergio, el que nos explicó el Pandemic Legacy, un crack, con una
paciencia... Volveremos el mes que viene para la segunda partida de la
campaña. Gracias!!"""),
("es", "b44-clases-ganchillo-principiantes", "Carmen Saavedra <carmen.saavedra@example.es>", "Clases", "general", "",
"""Buenas tardes:

Tengo 67 años y nunca he cogido una aguja de ganchillo, pero mi nieta me
ha pedido una mantita para su bebé. ¿Dais clases para principiantes en
la tienda de Triana? ¿Qué días y a qué hora?

Muchas gracias,
Carmen"""),
# ---------------- Polish ----------------
("pl", "b44-wydruk-magisterki-podwojnie-bank", "Kacper Wierzbicki <kacper.wierzbicki@example.pl>", "Wydruk pracy magisterskiej", "billing", "high",
"""Dzien dobry,
16 maja drukowalem i oprawialem u Was prace magisterska (4 egz. w
twardej oprawie, 236 zl). Terminal pokazal blad, pani przeciagnela
karte drugi raz i teraz mam na koncie dwa obciazenia po 236 zl. Pisalem
juz dwa razy i dzwonilem, nikt nic nie wie.
Jesli do piatku nie oddacie drugiej kwoty, skladam w banku reklamacje
transakcji (chargeback) i niech bank sie z Wami rozlicza.
Kacper Wierzbicki"""),
("pl", "b44-faktura-tabliczki-nip", "Biuro Rachunkowe Lipiec <biuro@lipiec-rachunkowosc.example>", "Faktura za tabliczki", "billing", "",
"""Dzień dobry,

zamówiliśmy u Państwa 12 grawerowanych tabliczek na drzwi gabinetów
(zamówienie nr 3307) i faktura przyszła na osobę prywatną. Prosimy o
korektę na firmę: Biuro Rachunkowe Lipiec sp. z o.o., ul. Sienkiewicza
14, 25-007 Kielce, NIP 657-000-11-22.

Z poważaniem,
Agnieszka Lipiec"""),
("pl", "b44-abonament-wloczek-mama-odeszla", "Beata Nowicka <beata.nowicka@example.pl>", "Abonament mamy", "billing", "",
"""Dzień dobry,

piszę w imieniu mojej mamy, Haliny Nowickiej. Mama odeszła w kwietniu.
Miała u Państwa comiesięczną paczkę z włóczkami i wciąż z jej konta
schodzi 59 zł miesięcznie. Bardzo proszę o zakończenie tej subskrypcji.

Te paczki bardzo ją cieszyły, do końca robiła skarpety dla wszystkich
wnuków.

Beata Nowicka"""),
("pl", "b44-karnet-planszowki-norwegia", "Mateusz Zając <mateusz.zajac@example.pl>", "Karnet", "billing", "",
"""Cześć, od czerwca jadę na pół roku do roboty w Norwegii (budowa pod
Stavanger), więc na czwartkowe granie nie dam rady. Da się zamrozić mój
karnet miesięczny za 45 zł do grudnia zamiast go zrywać? Nie chcę stracić
zniżki stałego klienta. Dzięki! Mateusz"""),
("pl", "b44-zwrot-wedki-za-dluga", "Zbigniew Olszewski <zbigniew.olszewski@example.pl>", "Zwrot wędki", "billing", "",
"""Dzień dobry,

kupiłem w sobotę w sklepie w Mrągowie wędkę karpiową 3,90 m. Z wędką
wszystko w porządku, nie ma żadnej wady, po prostu dolnik nie mieści się
w moim bagażniku nawet po skosie - nie pomyślałem o tym. Nie była
używana, folie są na miejscu.

Czy mogę ją zwrócić i dostać z powrotem 329 zł, albo wymienić na model
3,60 m trzyczęściowy z dopłatą lub zwrotem różnicy?

Zbigniew Olszewski"""),
("pl", "b44-zaliczka-szyld-rzecznik", "Grzegorz Malinowski <g.malinowski@piekarnia-malinowski.example>", "Zaliczka za szyld - wezwanie do zwrotu", "billing", "high",
"""Szanowni Państwo,

11 marca wpłaciłem zaliczkę 800 zł na podświetlany szyld dla piekarni
(wycena 2 400 zł). 19 kwietnia poinformowali mnie Państwo telefonicznie,
że "nie dadzą rady" wykonać zlecenia. Od tego czasu trzykrotnie prosiłem
o zwrot zaliczki i za każdym razem słyszę, że "księgowa to załatwi".

Jeżeli w ciągu 14 dni kwota 800 zł nie wpłynie na moje konto, zwrócę się
do miejskiego rzecznika konsumentów, a następnie skieruję sprawę do
sądu.

Grzegorz Malinowski"""),
("pl", "b44-raty-zestaw-startowy-kolejki", "Tadeusz Kowal <tadeusz.kowal@example.pl>", "Raty", "billing", "",
"""Dzien dobry, chcialbym kupic wnukowi na komunie zestaw startowy kolejki
H0 z lokomotywa ET22 za 1 290 zl. Czy moge to wziac na raty 0% w sklepie
w Krakowie, czy raty sa tylko przez internet? Jestem emerytem, czy
potrzebne sa jakies zaswiadczenia?
Tadeusz Kowal"""),
("pl", "b44-zdjecia-paszport-cena-kierownik", "Monika Szczepańska <monika.szczepanska@example.pl>", "Zdjęcia do paszportu - cena", "billing", "high",
"""Dzień dobry,

w czwartek robiłam zdjęcia do paszportu w Państwa zakładzie na
Piotrkowskiej. W cenniku na drzwiach jest 30 zł, a zapłaciłam 45 zł, bo
pan stwierdził, że "wersja elektroniczna jest dodatkowo płatna". Nikt
mnie nie pytał, czy jej chcę.

Gdy pokazałam cennik, usłyszałam, że "jest nieaktualny". Proszę o kontakt
kierownika lub właściciela zakładu i zwrot 15 zł. Chodzi mi o zasadę.

Monika Szczepańska"""),
("pl", "b44-kod-rabatowy-nie-zadzialal", "Kuba Wrona <kuba.wrona@example.pl>", "kod rabatowy", "billing", "",
"""czesc, mialem kod NOWY10 z newslettera, w koszyku pokazalo -10% ale na
potwierdzeniu i na koncie pobrane calosc 184 zl (Warhammer starter +
farbki). zamowienie 61920. mozecie oddac te 18,40?"""),
("pl", "b44-re-wycena-oprawy-8-grafik", "Dorota Kalinowska <dorota.kalinowska@example.pl>", "Re: Wycena oprawy", "billing", "",
"""Dzień dobry Panie Marku,

dziękuję za wycenę. Ostatecznie chciałabym oprawić wszystkie osiem
grafik z cyklu, a nie tylko dwie, w tej samej czarnej ramie. Czy przy
takiej ilości mogę liczyć na rabat? I ile wyniesie, jeśli zamiast szkła
antyrefleksyjnego damy zwykłe?

Pozdrawiam,
Dorota Kalinowska

W dniu 14.05.2024 o 17:31, Pracownia Ram Marek Sowa <pracownia@example-ramy.pl> pisze:
> Dzień dobry,
> oprawa grafiki 30x40 w czarnej ramie drewnianej 2 cm, passe-partout
> białe, szkło antyrefleksyjne - 189 zł/szt. Termin realizacji 10 dni
> roboczych.
> Pozdrawiam, Marek Sowa"""),
("pl", "b44-prenumerata-komiksow-mniejszy-pakiet", "Renata Głowacka <renata.glowacka@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

syn ma u Was pakiet "Max" w prenumeracie komiksów (79 zł miesięcznie),
ale skończył 15 lat i teraz czyta już tylko mangę, a reszta leży w
folii. Czy od przyszłego miesiąca możemy przejść na mniejszy pakiet z
samą mangą za 39 zł? Nie chcemy całkiem rezygnować.

Renata Głowacka"""),
("pl", "b44-blik-pobranie-pytanie", "Weronika Adamczyk <weronika.adamczyk@example.pl>", "Pytanie", "billing", "",
"""Hej, chcę zamówić u Was wizytówki i naklejki z logo dla mojej
pracowni ceramiki. Czy można zapłacić BLIKIEM albo przy odbiorze?
I czy wystawiacie paragon z NIP-em, bo mam jednoosobową działalność?"""),
("pl", "b44-medale-transport-uokik", "Klub Biegowy Bieszczady <skarbnik@kb-bieszczady.example>", "Zamówienie 5512", "billing", "high",
"""Dzień dobry,

za 150 medali na bieg uliczny zapłaciliśmy 2 850 zł plus, jak było w
ofercie, darmowa dostawa. Na fakturze pojawiło się dodatkowo 180 zł za
"transport paletowy", o którym nikt nas nie uprzedzał. Dwa maile bez
odpowiedzi.

Prosimy o korektę faktury do kwoty z oferty. Jeśli do końca tygodnia nie
dostaniemy odpowiedzi, złożymy skargę do UOKiK i do Inspekcji Handlowej.

Marian Kostecki
Skarbnik Klubu Biegowego Bieszczady"""),
("pl", "b44-sesje-zwierzak-burek-odszedl", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Nasze sesje z Burkiem", "billing", "",
"""Dzień dobry,

w styczniu wykupiliśmy u Państwa roczny pakiet czterech sesji zdjęciowych
z psem (z góry, 600 zł). Była tylko jedna, zimowa. Nasz Burek odszedł w
zeszłym tygodniu, miał 14 lat. Zdjęcia z tej jednej sesji wiszą u nas w
przedpokoju i bardzo za nie dziękujemy.

Pozostałych trzech sesji już nie wykorzystamy. Czy można je anulować i
otrzymać zwrot za nie?

Ewelina i Paweł Pawlakowie"""),
("pl", "b44-zasilacz-kolejki-spalenizna", "Jerzy Domański <jerzy.domanski@example.pl>", "Zasilacz do kolejki", "technical", "high",
"""Dzień dobry,

zasilacz od kolejki elektrycznej, którą kupiłem wnukowi pod choinkę,
bardzo się nagrzewa, nie da się go dotknąć, a dziś po południu poczułem
zapach spalonego plastiku. Odłączyłem go od prądu i odłożyłem na
balkon, na płytkę. Wnuk ma 6 lat i bawi się sam w pokoju, dlatego nie
chcę go więcej podłączać, dopóki się nie dowiem, co z tym zrobić.

Jerzy Domański"""),
("pl", "b44-aplikacja-zdjec-nie-platnosc", "Natalia Sikora <natalia.sikora@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności, nic nie zapłaciłam. Aplikacja
do zamawiania odbitek zamyka się, gdy tylko dodam więcej niż kilkanaście
zdjęć z galerii. Android, Xiaomi Redmi Note 12. Reinstalowałam dwa
razy. Chcę zrobić album z komunii córki."""),
("pl", "b44-szyld-led-mruga", "Robert Cieślak <robert@cieslak-optyk.example>", "Szyld", "technical", "",
"""Dzień dobry, podświetlany szyld, który zamontowaliście nam w lutym nad
salonem optycznym, od kilku dni mruga - litery "OPTYK" gasną na sekundę
co kilka minut, reszta świeci normalnie. Można umówić serwis?
Robert Cieślak"""),
("pl", "b44-kioski-druku-biblioteki-obrony", "Biblioteka Główna UW-M <it-biblioteka@uwm-biblioteka.example>", "Kioski", "technical", "high",
"""Dzień dobry,

od 8:00 wszystkie 14 kiosków do druku i skanowania, które od Państwa
dzierżawimy w sześciu bibliotekach uczelni, wyświetla "Brak połączenia
z serwerem wydruku". Studenci nie mogą ani drukować, ani płacić kartami
drukowania. Trwa sesja i okres składania prac dyplomowych - przy
wypożyczalni stoi kolejka ludzi, którzy dziś muszą oddać wydrukowane
prace w dziekanatach.

Prosimy o pilną interwencję, nasz numer: 89 000 33 21.

Łukasz Baran
Dział IT Biblioteki"""),
("pl", "b44-echosonda-nie-pokazuje-glebokosci", "Henryk Sobczak <henryk.sobczak@example.pl>", "echosonda", "technical", "",
"""Dzien dobry, echosonda kupiona u Was w marcu nie pokazuje glebokosci,
na ekranie caly czas same kreski. GPS dziala, mapa dziala. Przetwornik
przykrecony do pawezy jak w instrukcji, na jeziorze 4 m glebokosci.
Co jeszcze moge sprawdzic zanim wszystko odkrece?
Henryk"""),
("pl", "b44-logowanie-sklep-modelarski", "Michał Borkowski <michal.borkowski@example.pl>", "logowanie", "technical", "",
"""Od zmiany wyglądu strony nie mogę się zalogować. Wpisuję maila i hasło
i wyskakuje "Nieprawidłowe dane", a przy resecie hasła mail nie
przychodzi (spam sprawdzony). Mam u Was konto od 2017."""),
("pl", "b44-lampa-namiotowa-dym", "Sebastian Wilk <sebastian.wilk@example.pl>", "Lampa do namiotu", "technical", "high",
"""Cześć,

piszę spokojnie, ale chyba powinniście o tym wiedzieć. Akumulatorowa
lampa do namiotu karpiowego, kupiona u Was w kwietniu, podczas ładowania
w samochodzie z gniazda USB zaczęła dymić z okolic portu ładowania, a
obudowa się lekko stopiła. Odłączyłem ją od razu i wyrzuciłem na trawę,
nic się nie zapaliło.

Co mam z nią zrobić? Mam jeszcze drugą taką samą i boję się ją ładować.

Sebastian Wilk"""),
("pl", "b44-pilne-nawijarka-halas", "Grażyna Kubiak <grazyna.kubiak@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! nawijarka do włóczki, którą kupiłam 2 tygodnie temu strasznie
zgrzyta i co chwilę się zacina. Muszę zwinąć 12 motków na sweter dla
męża, ma urodziny w sierpniu."""),
("pl", "b44-grawerka-laserowa-nie-chce-zwrotu", "Paweł Grabowski <pawel.grabowski@example.pl>", "Grawerka laserowa", "technical", "",
"""Dzień dobry,

nie chcę zwracać urządzenia ani odzyskiwać pieniędzy, chcę tylko, żeby
działało. Grawerka laserowa do drewna łączy się z komputerem, program ją
widzi, głowica jeździ po polu roboczym, ale laser w ogóle się nie
zapala, nawet w trybie testowym na najmniejszej mocy. Osłony zamknięte,
okulary na nosie, wszystko jak w instrukcji.

Paweł"""),
("pl", "b44-re-ramka-cyfrowa-wifi", "Alicja Mazur <alicja.mazur@example.pl>", "Re: Zgłoszenie 20814", "technical", "",
"""Dzień dobry, zrobiłam reset tak jak Pan pisał i nadal to samo: ramka
widzi moją sieć, wpisuję hasło i pojawia się "Nie można połączyć". Telefon
i laptop łączą się z tą siecią bez problemu.

Alicja Mazur

W dniu 13.05.2024 o 10:48, Serwis <serwis@example-foto.pl> pisze:
> Dzień dobry,
> prosimy przytrzymać przycisk reset z tyłu ramki przez 10 sekund, a
> następnie skonfigurować ją od nowa.
> Pozdrawiamy, Dział Serwisu"""),
("pl", "b44-rezerwacja-stolika-blad", "Oliwia Krajewska <oliwia.krajewska@example.pl>", "rezerwacja", "technical", "",
"""Hej! Próbuję zarezerwować stolik na sobotę na stronie i po kliknięciu
"Potwierdź" wyskakuje biała strona z napisem "Internal Server Error".
Próbowałam z telefonu i z laptopa. Będzie nas szóstka, ok. 17:00."""),
("pl", "b44-zdjecie-mobywatel-odrzucone", "Krzysztof Lis <krzysztof.lis@example.pl>", "Zdjecie do dowodu", "technical", "",
"""Dzien dobry, zrobiliscie mi zdjecie do dowodu i dostalem plik mailem.
Przy skladaniu wniosku przez internet system odrzuca je z komunikatem
"Plik ma nieprawidlowe wymiary". To JPG 3,1 MB. Czy mozecie przeslac w
innym rozmiarze?
Krzysztof Lis"""),
("pl", "b44-ploter-pracownia-reklamy", "Studio Reklamy Neon-Art <biuro@neonart-reklama.example>", "Ploter", "technical", "high",
"""Dzień dobry,

ploter tnący, który zainstalowaliście nam miesiąc temu razem z
oprogramowaniem, od rana w ogóle nie odpowiada - komputer go nie widzi,
na wyświetlaczu "Error 07". Czterech pracowników siedzi bez roboty, a
jutro o 8:00 klient przyjeżdża po oklejenie całej floty 9 busów i nie
mamy wyciętej ani jednej folii.

Prosimy o serwisanta jeszcze dziś. Telefon: 605 000 118.

Adam Nowak
Studio Reklamy Neon-Art"""),
("pl", "b44-wigilia-godziny-komiksy", "Filip Wróblewski <filip.wroblewski@example.pl>", "Wigilia", "general", "",
"""Do której jesteście otwarci w Wigilię? Chcę odebrać zamówiony prezent
dla brata."""),
("pl", "b44-podziekowanie-oprawa-haftu-babci", "Marta Kozłowska <marta.kozlowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować za oprawę haftu mojej babci. Przyniosłam
zwinięty, pożółkły kawałek płótna wyciągnięty z szafy po jej śmierci, a
dostałam z powrotem coś, co wygląda jak z muzeum. Pani Jola poświęciła
mi mnóstwo czasu, doradziła kolor passe-partout i nawet delikatnie
oczyściła brzegi. Mama płakała ze wzruszenia.

Z serdecznymi pozdrowieniami,
Marta Kozłowska"""),
("pl", "b44-sprzedawca-niegrzeczny-wlasciciel", "Wanda Ostrowska <wanda.ostrowska@example.pl>", "Zachowanie sprzedawcy", "general", "high",
"""Szanowni Państwo,

w środę mój 74-letni tata przyszedł do Państwa punktu ksero na
Grunwaldzkiej, żeby skserować dokumenty do ZUS. Poprosił o pomoc przy
maszynie samoobsługowej, bo nie wiedział, jak położyć kartkę. Sprzedawca
powiedział przy wszystkich: "jak pan nie umie, to niech pan przyjdzie z
wnukiem" i odwrócił się do telefonu. Tata wyszedł upokorzony.

Żądam kontaktu od właściciela lub kierownika punktu. Nie życzę sobie
szablonowej odpowiedzi.

Wanda Ostrowska
tel. 601 000 274"""),
("pl", "b44-haczyki-podloga-kacik-dzieciecy", "Iwona Jankowska <iwona.jankowska@example.pl>", "Haczyki na podłodze", "general", "high",
"""Dzień dobry,

w niedzielę rano byłam z dziećmi w Państwa sklepie wędkarskim przy
Zalewie Zegrzyńskim. Obok kącika dla dzieci, gdzie stoją małe wędki,
na podłodze leżało sporo luźnych haczyków, jakby ktoś upuścił pudełko.
Moja 4-letnia córka zaczęła je zbierać rękami, zanim zdążyłam zareagować.
Na szczęście się nie ukłuła.

Powiedziałam o tym sprzedawcy, zamiótł, ale po chwili zobaczyłam kolejne
pod regałem. Piszę, żebyście to dokładnie sprawdzili, bo tam siedzą
najmłodsi.

Iwona Jankowska"""),
("pl", "b44-zgubiony-portfel-kawiarnia", "Adrian Pietrzyk <adrian.pietrzyk@example.pl>", "portfel", "general", "",
"""Dzien dobry, wczoraj wieczorem gralismy u Was w Terraformacje Marsa przy
oknie i chyba zostawilem tam brazowy portfel (w srodku legitymacja
studencka na nazwisko Pietrzyk). Czy ktos go znalazl? Moge przyjsc dzis
po 16."""),
("pl", "b44-dostawa-pucharow-sekretariat", "Agata Czarnecka <agata.czarnecka@example.pl>", "Dostawa zamówienia", "general", "",
"""Dzień dobry,

puchary na szkolny turniej piłki nożnej proszę, żeby kurier dostarczył
do sekretariatu szkoły (Szkoła Podstawowa nr 12, ul. Lipowa 5, Toruń),
a nie na mój adres domowy z zamówienia. Sekretariat jest czynny 7:30-
15:30 i wie o przesyłce.

Dziękuję,
Agata Czarnecka"""),
("pl", "b44-zmiana-nazwiska-konto", "Justyna Kamińska <justyna.kaminska@example.pl>", "Zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Justyna Baran na Justyna
Kaminska. Prosze o zmiane w moim koncie i podmiane maila na ten, z
ktorego pisze. Dziekuje!"""),
("pl", "b44-sponsoring-zawody-wedkarskie-dzieci", "Koło PZW nr 14 Wyszków <kolo14@pzw-wyszkow.example>", "Zawody dla dzieci", "general", "",
"""Szanowni Państwo,

nasze koło PZW organizuje 1 czerwca, z okazji Dnia Dziecka, zawody
wędkarskie dla dzieci do lat 14 nad Bugiem - w zeszłym roku przyszło 50
maluchów. Szukamy sklepu, który wsparłby nas nagrodami rzeczowymi dla
uczestników. W zamian umieścimy logo na plakatach, dyplomach i na
naszym Facebooku.

Czy bylibyście Państwo zainteresowani?

Z wędkarskim pozdrowieniem,
Stanisław Górecki
Prezes Koła"""),
("pl", "b44-pytanie-turniej-carcassonne", "Tomasz Michalak <tomasz.michalak@example.pl>", "Pytanie", "general", "",
"""Cześć, czy w tym roku też będzie turniej Carcassonne? Kiedy ruszają
zapisy i czy grają pary, czy tylko pojedynczo? Chcemy iść z dziewczyną."""),
("pl", "b44-rodo-usuniecie-danych", "Leszek Wasilewski <leszek.wasilewski@example.pl>", "Usunięcie danych", "general", "",
"""Dzień dobry,

proszę o usunięcie moich danych osobowych z Państwa bazy klientów i
wypisanie mnie z newslettera. Konto zakładałem w 2020 przy zamówieniu
zdjęć na płótnie, nie korzystam z niego od dawna. Proszę o potwierdzenie
mailowe.

Leszek Wasilewski"""),
("pl", "b44-zdjecia-legitymacja-bez-umawiania", "Ilona Szymańska <ilona.szymanska@example.pl>", "Zdjęcia do legitymacji", "general", "",
"""Dzień dobry, czy do zdjęcia do legitymacji szkolnej dla 7-latka trzeba
się umawiać, czy można przyjść z marszu? I czy dziecko może mieć
okulary na zdjęciu?"""),
("pl", "b44-premiera-wybuchowa-rzez", "Bartosz Kowalczyk <bartosz.kowalczyk@example.pl>", "sobota", "general", "",
"""Panowie, premiera nowego tomu w sobotę - petarda. Kolejka do drzwi,
autor na miejscu, a potem u Was na zapleczu turniej Blood Bowla, który
był regularną rzezią (moje krasnoludy poległy w pierwszej rundzie). Super
robota, róbcie więcej takich dni!"""),
("pl", "b44-praktyki-w-pracowni-grawerskiej", "Zuzanna Kaczmarek <zuzanna.kaczmarek@example.pl>", "Praktyki", "general", "",
"""Dzień dobry,

jestem uczennicą III klasy technikum reklamy w Lublinie i szukam miejsca
na miesięczne praktyki zawodowe w lipcu. Bardzo interesuje mnie
grawerowanie i przygotowanie projektów do cięcia laserem. Czy
przyjmujecie praktykantów? Mogę przesłać CV i kilka moich projektów.

Z poważaniem,
Zuzanna Kaczmarek"""),
]
