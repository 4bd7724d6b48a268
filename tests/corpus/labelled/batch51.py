# batch51.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Drawn mostly from food
# experiences -- cooking classes, wine tastings, food tours, supper clubs,
# cake makers, chocolate shops, ice cream parlours.  The failure classes in
# new situations -- escalation demands that keep their topic, legal
# threats and chargebacks, negations, Greeklish, subjects that say nothing
# or quote an earlier mail, paid plans ended or paused in other words,
# business outages told only by their consequences, safety hazards told
# calmly, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch12.py, slugs prefixed "b51-".
M += [
# ---------------- English ----------------
("en", "b51-en-thai-class-charged-twice", "Hannah Whitlock <hannah.whitlock@example.co.uk>", "Thai street food class", "billing", "",
"""Hi,

I booked two places on the Thai street food evening on 18 October and
my banking app shows two payments of 130.00 to you, four minutes apart.
I only got one confirmation email (booking TSF-2284). I think the page
hung and I pressed the button again. Could you refund one of them?

Thanks,
Hannah"""),
("en", "b51-en-tasting-voucher-ran-out", "Geoff Armitage <geoff.armitage@example.co.uk>", "Voucher", "billing", "",
"""Good afternoon,

My daughter gave me a voucher for your English sparkling wine tasting
for my birthday last year. I've only just found it in a drawer and see
it ran out on 30 September - three weeks ago. Is there any chance of
extending it, or of putting the 45 pounds towards another tasting? I
appreciate it is my own fault.

Kind regards,
Geoff Armitage"""),
("en", "b51-en-supper-club-off-to-lisbon", "Tamsin Gray <tamsin.gray@example.com>", "Leaving you, sadly", "billing", "",
"""Hello lovely supper club people,

Work is sending me to Lisbon for at least two years, so my days of
Thursday dinners in your back room are over. Could you make sure the
28 a month stops after this month's one (I'm coming on the 24th for a
last hurrah)? I've put it in my diary to cry into the dessert.

Tamsin"""),
("en", "b51-en-wedding-off-cake-deposit", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Cake order for 14 June", "billing", "",
"""Dear Louise,

I'm afraid I have to let you know that our wedding on 14 June won't be
going ahead. It's been a difficult few weeks and I'd rather not go into
it.

I paid a 150 pound deposit for the three-tier lemon and elderflower
cake in January. I understand from your terms that deposits aren't
always refundable, but since it's still five months away, I wondered
whether you'd be able to return some or all of it.

Thank you for being so kind at the tasting.

Rachel"""),
("en", "b51-en-chocolate-box-for-late-husband", "Margaret Elphick <m.elphick@example.co.uk>", "Monthly chocolates", "billing", "",
"""Dear Sir or Madam,

The monthly box of chocolates that comes to this address was my
husband Dennis's treat to himself. Dennis passed away in August and I
would be grateful if you could stop sending them and stop the money
coming out of our joint account. I do not eat chocolate myself.

Yours faithfully,
Margaret Elphick (Mrs)"""),
("en", "b51-en-rained-off-tour-amex-dispute", "Brad Kowalski <brad.kowalski@example.com>", "Cancelled tour - refund", "billing", "high",
"""Hi,

You cancelled our Chicago deep-dish food tour on Saturday (booking
CH-90412, 4 adults, $356) because of the storm. Fine, not your fault.
At the time your guide told us we'd get a full refund within 5 business
days. That was 16 days ago. I've emailed twice and called once and
nobody has gotten back to me.

If the $356 isn't back on my card by Friday I'm filing a dispute with
American Express. I'd much rather not, so please just sort it out.

Brad Kowalski"""),
("en", "b51-en-ice-cream-van-vat-invoice", "Accounts <accounts@harbourpoint-consulting.example>", "VAT invoice please", "billing", "",
"""Hello,

You provided the ice cream van for our staff summer party on 12 July
(thank you, it went down a storm). Our finance team can't process the
payment of 620.00 from the booking confirmation alone. Could you send
a proper VAT invoice made out to Harbourpoint Consulting Ltd, with your
VAT number on it, please?

Many thanks,
Sunita Greaves
Accounts Payable"""),
("en", "b51-en-baking-diploma-emi", "Ananya Iyer <ananya.iyer@example.in>", "Regarding fees for 6 month baking diploma", "billing", "",
"""Dear Sir/Madam,

I am interested to join the 6 month professional baking diploma at your
Koramangala centre starting in January. The fee mentioned is Rs
1,45,000. Kindly let me know if there is an option to pay the same in
monthly instalments, and if any EMI facility is there with credit card.
Also please confirm if GST is included in the above amount or extra.

Thanking you,
Ananya Iyer"""),
("en", "b51-en-re-private-tasting-group-price", "Oliver Tennant <oliver.tennant@example.co.uk>", "Re: Private tasting enquiry", "billing", "",
"""Hi Jess,

Thanks for this. Sixteen of us have now confirmed, so two questions:
does the group rate drop again above fifteen people, and can we pay
half now and half on the night? I'd rather not put the whole lot on my
own card.

Ollie

> On 3 Nov, Jess at The Cellar Door wrote:
> Hi Oliver, lovely to hear from you. For groups of 10 or more our
> private Rioja tasting is 42.00 per head instead of 49.00, including
> cheese and charcuterie boards. Just let me know numbers and a date.
> Jess"""),
("en", "b51-en-birthday-cake-never-came-small-claims", "Siobhan Kearney <siobhan.kearney@example.ie>", "Order 3381 - cake never delivered", "billing", "high",
"""To whom it concerns,

I paid 185 euro in full for a unicorn cake for my daughter's 7th
birthday on Saturday 9th, to be delivered to our house in Naas by
12 noon. It never came. Nobody answered the phone all day. I had to
drive into town and buy a supermarket cake while twenty kids waited.

I have had one email since saying "sorry for any inconvenience". I
want the full 185 back. If it's not refunded within 7 days I will be
lodging a claim with the Small Claims Court, I have all the receipts
and the messages.

Siobhan Kearney"""),
("en", "b51-en-group-food-tour-overcharged-manager", "Dean Fitzgerald <dean.fitz@example.com.au>", "Overcharged - want to talk to the owner", "billing", "high",
"""G'day,

Took my work crew (12 of us) on your Melbourne laneways food tour on
Friday. Booked at the advertised group price of $89pp, which is $1,068.
Card got charged $1,284 - so you've charged us the full $107 each.

I rang the number on the booking and the bloke said he "can't do
anything about group pricing". Not good enough. I want to speak to the
owner or whoever actually runs the business, and I want the $216
difference back.

Dean Fitzgerald
Site Manager, Coastline Fitouts"""),
("en", "b51-en-gelato-club-pause-winter", "Lucy Barnard <lucy.barnard@example.co.uk>", "Gelato club", "billing", "",
"""Hiya, can I put my gelato club on hold from November till March?
Nobody in this house wants ice cream when it's dark at 4pm. Don't want
to cancel, just don't want to pay for tubs we won't eat. Lucy x"""),
("en", "b51-en-not-the-website-price-went-up", "Naveen Chaudhry <naveen.chaudhry@example.co.uk>", "Fresh pasta class", "billing", "",
"""Hi, before anyone sends me troubleshooting steps - the website is
working fine. My question is about the price. The fresh pasta class on
the 23rd showed 65 in the calendar, but when I got to checkout it was
79. Is there a supplement for Saturdays that isn't shown, or is the
calendar wrong? I'd like to know before I pay.

Naveen"""),
("en", "b51-en-gift-card-balance-one-liner", "Kirsty Lamb <kirsty.lamb@example.co.uk>", "gift card", "billing", "",
"""how much is left on gift card 6044 1187 2290? used some of it in the Leeds shop in the summer"""),
("en", "b51-en-booking-page-crashes-no-refund-wanted", "Emily Stroud <emily.stroud@example.com>", "Can't book", "technical", "",
"""Hello,

Just to be clear, I haven't been charged anything and I'm not asking
for money back. I simply can't get a booking through. I choose the
sourdough workshop on 2 December, fill in my details, and when I click
"Continue to payment" the page goes white and says "Something went
wrong (error 502)". Tried on my laptop (Firefox) and on my phone.

Emily"""),
("en", "b51-en-chocolate-app-login-loop", "Marcus Dale <marcus.dale@example.co.uk>", "Rewards app", "technical", "",
"""The chocolate rewards app keeps sending me back to the login screen.
I type my email and password, it thinks for a second and then I'm back
where I started. No error message. iPhone 13, app updated yesterday.
Deleted and reinstalled, same thing."""),
("en", "b51-en-cafe-wholesale-portal-empty-cabinets", "Bramble Cafe <hello@bramblecafe.example>", "Wholesale orders", "technical", "high",
"""Hi,

We stock your gelato in both our cafes. Your trade ordering portal has
been showing "Service unavailable" since Friday afternoon, so our
Monday order never went in. Phone line goes to voicemail.

As of this morning we've got two flavours left between both sites, the
display cabinets are basically empty and it's a bank holiday weekend
with 25 degrees forecast. We're turning customers away already.

Please can someone either get the portal back or take the order by
email today: 6 x pistachio, 6 x stracciatella, 8 x salted caramel, 4 x
lemon sorbet for each site.

Mel Hardcastle
Bramble Cafe, Whitstable & Herne Bay"""),
("en", "b51-en-supper-club-door-scanner-blank", "Ade Okonjo <ade@tablefortwelve.example>", "Tonight", "technical", "high",
"""Hi,

We host our supper clubs through your ticketing platform. Tonight 40
guests arrived with their tickets on their phones and the door scanner
app showed "0 tickets for this event" for every single one. I had to
let people in off a screenshot of the sales list. Same event shows 40
sold in the dashboard.

We've got three more nights this week, 120 guests in total, and I have
no way of checking anyone in. Please look at it before Wednesday 6pm.

Ade Okonjo
Table for Twelve"""),
("en", "b51-en-fondue-fountain-plug-sparks", "Graham Rudd <graham.rudd@example.co.uk>", "Chocolate fountain", "technical", "high",
"""Hello,

I bought the small chocolate fountain from your shop in York in
September. Last night when I plugged it in there was a blue spark and
a crack from where the lead goes into the base, and the kitchen
breaker tripped. The lead looks a bit brown at that point now.

I've unplugged it and put it in the garage. I'm not after a refund -
it worked well at my granddaughter's party - but I'd like to know
whether it's a known problem and whether anyone else might have one
that does the same.

Regards,
Graham Rudd"""),
("en", "b51-en-pasta-machine-handle-slips", "Fiona Mackay <fiona.mackay@example.co.uk>", "Pasta machine", "technical", "",
"""Hi, the pasta machine I bought after your class in Glasgow - the
handle keeps slipping out of the hole when I turn it, even with the
clamp tight. It's fine on the widest setting but from setting 4 down it
just pops out. Is there a trick or is it faulty?

Fiona"""),
("en", "b51-en-live-class-no-sound", "Debbie Hollis <debbie.hollis@example.com>", "Online class last night", "technical", "",
"""Hi there,

I joined last night's online curry class from my kitchen tablet. I
could see the chef perfectly but there was no sound at all for the
whole 90 minutes. The tablet's volume was up and YouTube worked fine on
it straight after. My sister joining from her laptop could hear
everything. I cooked along by reading the recipe card, ha.

Is there a setting in your class page I'm missing?

Debbie"""),
("en", "b51-en-password-reset-never-arrives", "Alan Pike <alan.pike@example.net>", "Password", "technical", "",
"""I've asked for a password reset four times since yesterday and no
email has come. Not in spam either. Email is the one above. Can you
reset it from your end?"""),
("en", "b51-en-wine-opener-battery-swollen", "Rebecca Holt <rebecca.holt@example.co.uk>", "Electric wine opener", "technical", "high",
"""Dear team,

The rechargeable wine opener we bought in your tasting room shop in
May was on charge on the kitchen worktop this evening. When I picked
it up it was too hot to hold and the bottom of the casing has bulged
out and split slightly.

I've put it on a baking tray outside on the patio, away from anything.
Nobody is hurt. Please let me know what I should do with it and whether
the others you sold are the same batch.

Rebecca Holt"""),
("en", "b51-en-label-scanner-app-crashes", "Tyler Benson <tyler.benson@example.com>", "App crashing", "technical", "",
"""hey, your tasting notes app crashes every single time I try to scan a
wine label. Camera opens, focuses, then the whole app closes. Pixel 7,
Android 14. Typing the wine name manually works. Kind of defeats the
point of the app tho"""),
("en", "b51-en-urgent-calendar-wont-load", "Sharon Pugh <sharon.pugh@example.co.uk>", "URGENT!!!!", "technical", "",
"""YOUR CLASS CALENDAR WILL NOT LOAD. JUST A SPINNING WHEEL. I WANT TO
BOOK THE CHRISTMAS WREATH AND MINCE PIE ONE BEFORE IT SELLS OUT. PLEASE
FIX!!!"""),
("en", "b51-en-ice-cream-maker-third-repair-supervisor", "Keith Marlow <keith.marlow@example.co.uk>", "Ice cream maker - third time", "technical", "high",
"""Dear Sir/Madam,

The compressor ice cream maker I bought at your parlour's workshop day
has now failed for the third time. It runs but doesn't freeze; the
mixture is still liquid after an hour. It went away for repair in
April and again in July and both times came back "tested, no fault
found" and lasted a few weeks.

I am not sending it off a fourth time to the same people. I would
like this passed to a supervisor or someone senior in your service
department who can actually look at the repair history.

Keith Marlow"""),
("en", "b51-en-calendar-file-empty", "Joanna Pryce <joanna.pryce@example.co.uk>", "Add to calendar", "technical", "",
"""Small thing - the "Add to calendar" button in my booking confirmation
downloads a file that's empty, so nothing goes into Outlook. Booking
is for the macaron class on the 9th. Happened with the previous booking
too."""),
("en", "b51-en-dublin-food-tour-thanks-aoife", "Ciaran Byrne <ciaran.byrne@example.ie>", "Saturday's tour", "general", "",
"""Hi all,

Just a quick note to say thanks for Saturday's food tour around the
Liberties. We had my parents over from Galway and they're still talking
about the coddle and the cheese shop. Aoife was brilliant - funny,
knew everything, and was very patient with my dad stopping to chat to
everyone.

Will be recommending you to everyone.

Ciaran"""),
("en", "b51-en-bank-holiday-hours-killer-caramel", "Jade Hinton <jade.hinton@example.co.uk>", "Opening times", "general", "",
"""Hiya! Are you open on bank holiday Monday and what time till? Your
salted caramel is absolutely killer and I'm dying to bring my mum who
has never had it. Thanks!!"""),
("en", "b51-en-scarf-left-at-tasting", "Patricia Lomax <p.lomax@example.co.uk>", "Left something behind", "general", "",
"""Good morning,

I attended the port and cheese tasting on Thursday evening and I think
I left my scarf on the back of my chair - green and cream check, wool,
from Edinburgh Woollen Mill. It was my mother's so I'd be very glad to
have it back. I can collect it any weekday.

Patricia Lomax"""),
("en", "b51-en-nut-allergy-cooking-class", "Sam Whitfield <sam.whitfield@example.co.uk>", "Question", "general", "",
"""Hi, my son (15) has a severe peanut and tree nut allergy and would
love to do the teen baking class. Do you use nuts in the kitchen at all
and could the recipes be adapted? He carries his own EpiPen. Just
trying to work out if it's sensible before booking.

Sam"""),
("en", "b51-en-chocolate-shop-rude-staff-manager", "Danielle Price <danielle.price@example.com>", "Treatment in your Boston store", "general", "high",
"""Hello,

On Sunday afternoon I was in your Newbury Street store with my
nine-year-old son, who has autism. He was touching the display boxes
(not opening anything) and the young man at the counter told him loudly
to "stop pawing the stock", then said to me that "kids like that"
shouldn't be brought in at busy times. Other customers heard it.

I'd like the store manager or the regional manager to contact me
personally about this. I don't want a gift card. I want to know what
you're going to do about it.

Danielle Price"""),
("en", "b51-en-broken-glass-tasting-room-floor", "Rob Sutherland <rob.sutherland@example.co.uk>", "Tasting room on Saturday", "general", "high",
"""Hi,

Not a complaint about the wine, which was excellent. But during the
2pm tasting on Saturday a glass was dropped near the window tables and
only the big pieces were picked up. Afterwards there were still small
shards on the floor under the benches where two of the other guests'
children were sitting on the floor playing. I pointed it out to a
member of staff who said she'd "get to it".

Someone could quite easily get a nasty cut. Thought you should know so
it's dealt with properly.

Rob"""),
("en", "b51-en-new-email-after-marriage", "Laura Bennett <laura.bennett@example.co.uk>", "Change of details", "general", "",
"""Hello, I got married in the summer and I'm now Laura Bennett (was
Laura Frost). Please could you update the name on my account and use
this email address from now on instead of laura.frost@example.co.uk.
Thanks!"""),
("en", "b51-en-data-copy-request", "Stephen Carver <stephen.carver@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including booking history, marketing preferences and any
notes on my account, along with details of who it has been shared with.

Name: Stephen Carver
Account email: as above
Postcode: LS6 2AB

Yours faithfully,
Stephen Carver"""),
("en", "b51-en-school-fete-sponsorship", "Nicole Harding <p.and.c@stkilda-primary.example.edu.au>", "School fete sponsorship", "general", "",
"""Hi there,

I'm on the parents and friends committee at St Kilda Primary. Our
spring fete is on Saturday 9 November and we'd love a local business
to sponsor the ice cream stall - we'd put your logo on the banners and
in the newsletter that goes to 400 families. Would you be interested,
or could we chat about what might work?

Cheers,
Nicole Harding"""),
("en", "b51-en-cake-leave-with-neighbour", "Gareth Evans <gareth.evans@example.co.uk>", "Order 7720 delivery Saturday", "general", "",
"""Hi, cake for order 7720 is being delivered Saturday morning. We'll be
out at the venue setting up, so please leave it with our neighbour at
number 14 (Mrs Pritchard) - she knows it's coming and has cleared her
fridge. Don't leave it on the doorstep! Thanks, Gareth"""),
("en", "b51-en-hello-vegan-supper-club", "Priyanka Shah <priyanka.shah@example.co.uk>", "Hello", "general", "",
"""Hello! I've been reading about your Persian supper club nights and
they look amazing. I'm vegan - is the menu something that can be
adapted if I let you know in advance, or is it one menu for the whole
table? Thank you!"""),
("en", "b51-en-re-truffle-workshop-thanks", "Helen Ashworth <helen.ashworth@example.co.uk>", "Re: Your truffle-making workshop - a few photos", "general", "",
"""Thank you so much for sending these! Mum has printed the one of the
two of us covered in cocoa and put it on her fridge. It was the nicest
afternoon we've had together in ages. Please pass on our thanks to
Pierre - we'll be back for the Easter egg one.

Helen

-----Original Message-----
From: Cocoa Lane Workshops
Sent: 14 February 2024 16:02
Subject: Your truffle-making workshop - a few photos

Dear Helen,

Thank you for joining us on Saturday. As promised, here are a few
photos from the session. We hope your truffles made it home in one
piece!

Warm wishes,
Cocoa Lane"""),
("en", "b51-en-wet-floor-mum-slipped-area-manager", "Andrew Collins <andrew.collins@example.co.uk>", "Your Southsea parlour", "general", "high",
"""Dear Sir or Madam,

On Sunday my mother, who is 79, slipped on a wet patch by the counter
at your Southsea ice cream parlour. Melted ice cream had been on the
floor for some time - there was no sign and nobody had mopped it. She
has badly bruised her hip and wrist and was lucky not to break
anything. The staff were kind, I'll give them that, but the same patch
was still there when we left.

I would like your area manager to contact me about what happened and
what you are going to change, before someone is seriously hurt.

Andrew Collins"""),
# ---------------- Greek ----------------
("el", "b51-el-mathima-mageirikis-dipli-xreosi", "Ευαγγελία Τσολάκη <eva.tsolaki@example.gr>", "Μάθημα κρητικής κουζίνας 12/10", "billing", "",
"""Καλησπέρα σας,

Έκλεισα μία θέση στο μάθημα κρητικής κουζίνας του Σαββάτου 12/10 στη
Θεσσαλονίκη και η κάρτα μου χρεώθηκε δύο φορές από 65€. Η πρώτη
προσπάθεια έβγαλε μήνυμα λάθους, γι' αυτό ξαναπάτησα πληρωμή. Στο email
έχω μόνο μία επιβεβαίωση (κράτηση ΜΚ-5521). Μπορείτε να μου επιστρέψετε
τη δεύτερη χρέωση;

Ευχαριστώ πολύ,
Ευαγγελία Τσολάκη"""),
("el", "b51-el-gl-oinognosia-kouponi-dyo-atoma", "Thanos Karagiannis <thanos.kar@example.gr>", "kouponi dwrou", "billing", "",
"""Kalhspera,
mou kanane dwro ena kouponi gia thn oinognwsia sto oinopoieio sas sth
Santorinh (1 atomo, 40e). 8elw na er8ei kai h gynaika mou. Mporw na
xrhsimopoihsw to kouponi kai na plhrwsw thn diafora gia to deutero
atomo ekei h prepei na kleisw online? Kai an nai pws vazw to kouponi
sto site?
Eyxaristw, Thanos"""),
("el", "b51-el-koutia-glyka-zacharo-giatros", "Παναγιωτης Λιακος <p.liakos@example.gr>", "Μηνιαιο κουτι γλυκων", "billing", "",
"""Καλημερα σας,

ο γιατρος μου διεγνωσε διαβητη τον προηγουμενο μηνα και μου εκοψε τα
γλυκα, οποτε το μηνιαιο κουτι με τα παραδοσιακα γλυκα δεν εχει πια
νοημα για μενα. Σας παρακαλω να μη με χρεωσετε τα 24,90 τον επομενο
μηνα και να μη μου στειλετε αλλο κουτι. Ηταν ολα πεντανοστιμα, κριμα.

Παναγιωτης Λιακος"""),
("el", "b51-el-tourta-gamou-nea-imerominia", "Χριστίνα Μαυρίδου <christina.mavridou@example.gr>", "Τούρτα γάμου - αλλαγή ημερομηνίας", "billing", "",
"""Καλησπέρα κα Ρένα,

Λόγω ενός θέματος υγείας στην οικογένεια, ο γάμος μας μεταφέρεται από
τις 7 Ιουνίου στις 20 Σεπτεμβρίου. Είχαμε δώσει προκαταβολή 200€ για
την τριώροφη τούρτα με φράουλα και μαστίχα. Μπορεί η προκαταβολή να
μεταφερθεί στη νέα ημερομηνία; Και αν στο μεταξύ αλλάξουν οι τιμές,
θα πληρώσουμε τη διαφορά ή ισχύει η αρχική προσφορά των 560€;

Σας ευχαριστούμε εκ των προτέρων,
Χριστίνα & Άρης"""),
("el", "b51-el-gl-food-tour-akyrwthike-trapeza", "Dimitris Sarris <d.sarris@example.gr>", "epistrofh xrhmatwn food tour", "billing", "high",
"""Kalhmera.
Eixame kleisei food tour sthn Athina (Psyrri - Varvakeios) gia 3 atoma
stis 5/10, 135e plhrwmena me karta. To prwi mas hr8e sms oti akyrwnetai
logw kairou kai oti 8a ginei epistrofh. Exoun perasei 3 evdomades,
exw steilei 3 email kai den exw parei tipota, oute apanthsh.
An den dw ta 135e pisw mexri thn Paraskeyh 8a kanw amfisvhthsh
xrewshs sthn trapeza mou (chargeback). Dn 8elw na ftasw ekei alla den
mou afhnete epilogh.
Dhmhtrhs Sarrhs"""),
("el", "b51-el-timologio-team-building", "Λογιστήριο Ζέφυρος Α.Ε. <logistirio@zefyros-ae.example>", "Τιμολόγιο αντί απόδειξης", "billing", "",
"""Καλημέρα σας,

Την Πέμπτη 14/11 είχαμε το team building μάθημα μαγειρικής για 18
άτομα στο εργαστήριό σας στο Κουκάκι (συνολικά 1.260€). Μας στείλατε
απόδειξη λιανικής, ενώ χρειαζόμαστε τιμολόγιο παροχής υπηρεσιών στα
στοιχεία της εταιρείας:

Ζέφυρος Α.Ε.
ΑΦΜ 099876543, ΔΟΥ ΦΑΕ Αθηνών
Λ. Συγγρού 210, 17672 Καλλιθέα

Μπορείτε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο;

Με εκτίμηση,
Όλγα Μπακάλη
Λογιστήριο"""),
("el", "b51-el-zacharoplasteio-prokatavoli-synigoros", "Ιωάννα Κωστοπούλου <ioanna.kostopoulou@example.gr>", "Προκαταβολή για τούρτα βάπτισης", "billing", "high",
"""Κύριοι,

Στις 2 Σεπτεμβρίου παρήγγειλα τούρτα για τη βάπτιση του γιου μου
(28/9) και κατέθεσα προκαταβολή 120€ στον λογαριασμό σας. Στις 25/9 με
πήρατε τηλέφωνο να μου πείτε ότι «δεν προλαβαίνετε» και ακυρώνετε την
παραγγελία. Από τότε μου λέτε συνέχεια «θα σας τα στείλουμε αυτή την
εβδομάδα».

Έχει περάσει ένας μήνας. Αν δεν επιστραφούν τα 120€ μέχρι τις 10
Νοεμβρίου, θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή και θα
απευθυνθώ σε δικηγόρο. Έχω το αποδεικτικό της κατάθεσης και τα
μηνύματα.

Ιωάννα Κωστοπούλου"""),
("el", "b51-el-oinognosia-parapano-xreosi-ypeythynos", "Σταύρος Νικολαΐδης <stavros.nikolaidis@example.gr>", "Χρέωση στη γευσιγνωσία του Σαββάτου", "billing", "high",
"""Καλησπέρα,

Το Σάββατο ήρθαμε έξι άτομα στη γευσιγνωσία στο κτήμα σας στη Νεμέα.
Στο site η τιμή είναι 25€ το άτομο, δηλαδή 150€. Στην έξοδο μας
χρέωσαν 210€, γιατί η κοπέλα στο ταμείο είπε ότι «το Σάββατο είναι η
premium γευσιγνωσία». Αυτό δεν αναφέρεται πουθενά και δεν μας το είπε
κανείς πριν ξεκινήσουμε.

Ζήτησα να μιλήσω με τον υπεύθυνο και μου είπαν ότι δεν είναι εκεί.
Θέλω να επικοινωνήσει μαζί μου ο υπεύθυνος ή ο ιδιοκτήτης και να μου
επιστραφούν τα 60€.

Σταύρος Νικολαΐδης
697 000 1122"""),
("el", "b51-el-gl-sokolata-pausi-kalokairi-nisi", "Marilena P. <marilena.p@example.gr>", "syndromh sokolatas", "billing", "",
"""Geiaaa! Apo Iounio mexri Septemvrio eimaste sthn Paro kai h sokolata
ftanei liwmenh (thn teleutaia fora htan mia lakouva mesa sto kouti
xaxa). Mporw na pagwsw th syndromh ta 4 kalokairina mhnes xwris na
xrewnomai ta 19e kai na ksekinhsei pali Oktwvrio? Den 8elw na thn
akyrwsw!
Marilena"""),
("el", "b51-el-re-catering-prokatavoli-doseis", "Νίκος Αλεξίου <n.alexiou@example.gr>", "Re: Προσφορά για supper club στο σπίτι", "billing", "",
"""Καλησπέρα Γιώργο,

Εντάξει, πάμε με το μενού με τα 7 πιάτα για 10 άτομα. Γίνεται να
δώσω τα μισά τώρα και τα υπόλοιπα το βράδυ του δείπνου σε μετρητά;
Και κάτι ακόμα: το κρασί που αναφέρεις είναι μέσα στα 650€ ή χωριστά;

Νίκος

> Στις 4/11, ο/η Γιώργος Φραγκιαδάκης έγραψε:
> Γεια σου Νίκο, ευχαριστώ για το ενδιαφέρον. Για 10 άτομα το μενού
> γευσιγνωσίας των 7 πιάτων είναι 650€, μαζί με το σέρβις. Μπορώ να
> προτείνω και ζευγάρωμα με κρασιά από μικρά οινοποιεία.
> Γιώργος"""),
("el", "b51-el-oxi-texniko-timi-paidiou", "Άννα Ρήγα <anna.riga@example.gr>", "Μάθημα ζαχαροπλαστικής για παιδιά", "billing", "",
"""Καλημέρα,

Η εφαρμογή σας δουλεύει μια χαρά, δεν γράφω για κάποιο πρόβλημα. Θέλω
να γράψω τα δύο παιδιά μου (7 και 10 ετών) στο μάθημα με τα
χριστουγεννιάτικα μπισκότα. Η τιμή γράφει 30€ ανά παιδί. Υπάρχει
έκπτωση για δεύτερο παιδί ή για αδέρφια;

Ευχαριστώ,
Άννα"""),
("el", "b51-el-gl-allagh-kouti-sokolatakia-alkool", "Kostas Vlachos <kvlachos@example.gr>", "allagh", "billing", "",
"""Kalhmera, agorasa x8es apo to magazi sas sthn Ermou ena kouti 24
sokolatakia gia ta paidia ths adelfhs mou kai molis eida oti ta misa
exoun likeri mesa. Einai kleisto akoma. Mporw na to allaksw me ena
xwris alkool h na parw ta lefta pisw? Exw thn apodeiksh.
K. Vlachos"""),
("el", "b51-el-plirwmi-iris-food-tour", "Σοφία Καραμάνου <sofia.karamanou@example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλησπέρα, για το γαστρονομικό τουρ στο Ηράκλειο την Κυριακή, μπορώ
να πληρώσω επί τόπου με IRIS ή μετρητά, ή πρέπει να γίνει πληρωμή με
κάρτα στο site; Δεν έχω πιστωτική. Ευχαριστώ, Σοφία"""),
("el", "b51-el-gl-pagwto-skylou-efyge-o-rex", "Giorgos Tzanetos <g.tzanetos@example.gr>", "Rex", "billing", "",
"""Kalhspera sas. Kathe mhna pairname to kouti me ta pagwta gia skylous
gia ton Rex. O Rex efyge prin liges meres, htan 14 xronwn. Parakalw
stamathste thn syndromh kai mhn xrewsete thn karta. Eyxaristoume pou
tou xarisate toses xaroumenes stigmes to kalokairi.
Giorgos"""),
("el", "b51-el-efarmogi-kratiseon-kollaei", "Μιχάλης Δούκας <m.doukas@example.gr>", "Η εφαρμογή κολλάει", "technical", "",
"""Καλησπέρα,

Όταν πάω να επιλέξω ημερομηνία για το μάθημα σούσι στην εφαρμογή σας,
το ημερολόγιο κολλάει και η εφαρμογή κλείνει μετά από λίγα
δευτερόλεπτα. Android, Samsung A52, τελευταία έκδοση. Έχω κάνει
απεγκατάσταση και ξανά εγκατάσταση. Από τον υπολογιστή το site δουλεύει.

Μιχάλης"""),
("el", "b51-el-gl-kwdikos-epanafora-den-erxetai", "Eirini M. <eirini.m@example.gr>", "kwdikos", "technical", "",
"""zhtaw epanafora kwdikou apo x8es kai den erxetai kanena email. oute
sta anepi8ymhta. mporeite na to kanete apo ekei? to email einai auto
pou sas grafw"""),
("el", "b51-el-eshop-paraggelies-exafanizontai", "Ζαχαροπλαστείο Η Αμυγδαλιά <info@amygdalia-sweets.example>", "Παραγγελίες από το eshop", "technical", "high",
"""Καλημέρα σας,

Χρησιμοποιούμε την πλατφόρμα σας για το ηλεκτρονικό μας κατάστημα.
Από χθες το μεσημέρι οι πελάτες πληρώνουν, παίρνουν email επιβεβαίωσης,
αλλά στον πίνακα διαχείρισης δεν εμφανίζεται καμία παραγγελία. Το
πρωί ήρθαν τρεις πελάτες να παραλάβουν τούρτες που δεν είχαμε ιδέα
ότι είχαν παραγγελθεί.

Αυτή την εβδομάδα έχουμε ονομαστικές γιορτές και δεκάδες παραγγελίες
για παραλαβή. Δουλεύουμε στα τυφλά, παίρνουμε τους πελάτες τηλέφωνο
έναν έναν. Χρειαζόμαστε βοήθεια σήμερα.

Δέσποινα Αμανατίδου
Ζαχαροπλαστείο Η Αμυγδαλιά, Λάρισα"""),
("el", "b51-el-gl-kava-eisitiria-gefsignwsias", "Kava Oinopnevma <kava@oinopnevma.example>", "eisithria gia to Savvato", "technical", "high",
"""Kalhmera,
to Savvato exoume thn megalh gefsignwsia me 60 atoma kai pouloume ta
eisithria mesw ths selidas sas. Apo th Deutera oi pelates mas pairnoun
thlefwno oti plhrwsan kai den tous hr8e eisithrio, kai sto panel mas
deixnei 22 eisithria enw sthn trapeza exoun mpei lefta apo 41. Den
3eroume poios exei plhrwsei kai poios oxi, kai den mporoume na
poulhsoume tis ypoloipes 8eseis.
Parakalw koitakste to amesa.
Vasilis, Kava Oinopnevma, Patra"""),
("el", "b51-el-friteza-spinthires-kalodio", "Αθανάσιος Γεωργίου <a.georgiou@example.gr>", "Φριτέζα από το κατάστημά σας", "technical", "high",
"""Καλησπέρα σας,

Αγόρασα τη μικρή φριτέζα από το κατάστημα της σχολής σας μετά το
μάθημα με τα λουκουμάδες. Χθες το βράδυ, ενώ ζεσταινόταν το λάδι,
βγήκαν σπίθες από το σημείο που το καλώδιο μπαίνει στη συσκευή και
μύρισε καμένο. Την έβγαλα αμέσως από την πρίζα και δεν έπαθε κανείς
τίποτα. Το καλώδιο στο σημείο εκείνο έχει μαυρίσει.

Δεν τη χρησιμοποιώ πλέον. Πείτε μου τι πρέπει να κάνω.

Θανάσης Γεωργίου"""),
("el", "b51-el-pagotomixani-myrodia-kammeno", "Ελενη Σταματοπουλου <eleni.stam@example.gr>", "Παγωτομηχανη", "technical", "high",
"""Καλησπερα,

η παγωτομηχανη που αγορασα απο το παγωτατζιδικο σας τον Ιουλιο, μετα
απο 10 λεπτα λειτουργιας βγαζει εντονη μυρωδια απο καμενο πλαστικο και
το πισω μερος ζεσταινεται τοσο που δεν το ακουμπας. Σημερα ειδα και
λιγο καπνο απο τις γριλιες. Την εκλεισα και την αποσυνδεσα.

Τι να κανω; Δεν θελω να την ξαναβαλω στο ρευμα.

Ελενη"""),
("el", "b51-el-gl-online-mathima-pagwnei-eikona", "Petros Anagnostou <petros.an@example.gr>", "online ma8hma", "technical", "",
"""Geia sas, sto online ma8hma gia xeiropoihto zymarika h eikona pagwnei
ka8e 2-3 lepta kai meta phdaei mprosta. O hxos synexizei kanonika.
Exw 100ari syndesh kai to Netflix paizei xwris provlhma. Xrhsimopoiw
Chrome se laptop. Yparxei kati na kanw?"""),
("el", "b51-el-thermometro-zacharis-lathos", "Κατερίνα Ζαφειρίου <k.zafeiriou@example.gr>", "Θερμόμετρο ζαχαροπλαστικής", "technical", "",
"""Καλημέρα, το ψηφιακό θερμόμετρο που αγόρασα στο σεμινάριο
σοκολάτας δείχνει 108°C σε νερό που βράζει. Το δοκίμασα τρεις φορές,
με καινούρια μπαταρία. Η σοκολάτα μου δεν κάνει γυαλάδα και πιστεύω
ότι φταίει αυτό. Μπορεί να ρυθμιστεί ή είναι χαλασμένο;

Κατερίνα"""),
("el", "b51-el-kefalaia-site-den-anoigei", "Γιαννης Πετρακης <g.petrakis@example.gr>", "ΤΟ SITE", "technical", "",
"""ΤΟ SITE ΣΑΣ ΔΕΝ ΑΝΟΙΓΕΙ ΑΠΟ ΤΟ ΠΡΩΙ!!! ΘΕΛΩ ΝΑ ΚΛΕΙΣΩ ΤΟ ΜΑΘΗΜΑ ΜΕ ΤΑ
ΜΕΛΟΜΑΚΑΡΟΝΑ ΚΑΙ ΒΓΑΖΕΙ ΛΕΥΚΗ ΣΕΛΙΔΑ. ΚΑΝΤΕ ΚΑΤΙ"""),
("el", "b51-el-gl-qr-simeioseis-krasiwn", "Nefeli Kotsi <nefeli.k@example.gr>", "to QR sta trapezia", "technical", "",
"""Kalhspera, htan sto wine bar sas thn Paraskeyh, poly wraia. Mono
ena 8ema: to QR sta trapezia gia tis shmeiwseis twn krasiwn anoigei mia
selida pou leei "404 not found". To dokimasame me 3 kinhta. Mallon
prepei na to dei kapoios."""),
("el", "b51-el-mixer-trith-episkeui-proistamenos", "Δημοσθένης Παππάς <d.pappas@example.gr>", "Κουζινομηχανή - τρίτη φορά στο σέρβις", "technical", "high",
"""Αξιότιμοι κύριοι,

Η επαγγελματική κουζινομηχανή που αγόρασα από τη σχολή σας τον
Φεβρουάριο σταματά να γυρίζει μόλις βάλω ζύμη για ψωμί. Έχει πάει
ήδη δύο φορές στο σέρβις σας και και τις δύο φορές μου την επέστρεψαν
με την ένδειξη «ελέγχθηκε, λειτουργεί κανονικά». Μετά από δύο
ζυμώματα, το ίδιο πρόβλημα.

Δεν πρόκειται να τη στείλω ξανά στο ίδιο τμήμα. Ζητώ να ασχοληθεί
ο προϊστάμενος του τεχνικού τμήματος ή κάποιος υπεύθυνος που θα δει
όλο το ιστορικό.

Δημοσθένης Παππάς
Ναύπλιο"""),
("el", "b51-el-den-thelo-epistrofi-zygaria", "Λίνα Χατζή <lina.chatzi@example.gr>", "Ζυγαριά", "technical", "",
"""Καλησπέρα,

Δεν θέλω επιστροφή χρημάτων ούτε αλλαγή, απλώς να δουλέψει. Η
ψηφιακή ζυγαριά που πήρα μετά το μάθημα ψωμιού δείχνει κάθε φορά
διαφορετικό βάρος για το ίδιο πακέτο αλεύρι (982, 1004, 1011 γρ.).
Την έχω σε ίσια επιφάνεια και έχω αλλάξει μπαταρίες. Υπάρχει κάποια
βαθμονόμηση;

Λίνα"""),
("el", "b51-el-gl-syndesi-google-sfalma", "Alexandros Fotiou <alex.fotiou@example.gr>", "syndesh", "technical", "",
"""Otan patw "Syndesh me Google" sto site sas vgazei "error 400:
redirect_uri_mismatch" kai den mporw na mpw ston logariasmo mou. Me
email kai kwdiko den eixa pote ftiaksei logariasmo, mono me Google.
Alexandros"""),
("el", "b51-el-eyxaristies-food-tour-chania", "Αικατερίνη Λαμπράκη <a.lamprakh@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σας,

Θέλαμε να σας ευχαριστήσουμε για το γαστρονομικό τουρ στα Χανιά την
περασμένη Τετάρτη. Ο Μανώλης ήταν υπέροχος: μας πήγε στη Δημοτική
Αγορά, στον φούρνο με τα καλιτσούνια και σε ένα καφενείο που δεν θα
βρίσκαμε ποτέ μόνοι μας. Οι γονείς μου, που είναι 75 και 78, δεν
κουράστηκαν καθόλου.

Θα σας συστήσουμε σε όλους τους φίλους μας.

Με πολλή εκτίμηση,
Αικατερίνη και οικογένεια"""),
("el", "b51-el-gl-wres-15-augoustou", "Stella Kyriakou <stella.k@example.gr>", "15 Augoustou", "general", "",
"""Geia sas! 8a eiste anoixta sto pagwtatzidiko sto Nafplio ton
Dekapentaugousto? kai an nai mexri ti wra? Eimaste parea 8 atomwn
kai 8eloume na er8oume meta to fagito. Eyxaristw!!"""),
("el", "b51-el-xamena-gyalia-oinognosia", "Βασιλική Ρούσσου <v.roussou@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλημέρα σας,

Την Κυριακή ήμουν στη γευσιγνωσία κρασιού στο κελάρι σας στην
Κηφισιά και νομίζω ότι ξέχασα τα γυαλιά μου πρεσβυωπίας, σε κόκκινη
θήκη, στο τραπέζι δίπλα στο παράθυρο. Μήπως τα βρήκατε; Μπορώ να περάσω
να τα πάρω όποια μέρα μου πείτε.

Ευχαριστώ,
Βασιλική Ρούσσου"""),
("el", "b51-el-kseniki-gloutenh-mathima", "Ορέστης Μελάς <orestis.melas@example.gr>", "Κοιλιοκάκη", "general", "",
"""Καλησπέρα, η σύζυγός μου έχει κοιλιοκάκη. Στο μάθημα με τις
πίτες θα μπορούσε να χρησιμοποιήσει φύλλο χωρίς γλουτένη, ή αυτό
δεν είναι εφικτό επειδή δουλεύετε όλοι στον ίδιο πάγκο με αλεύρι;
Θέλουμε να ξέρουμε πριν κλείσουμε. Ευχαριστώ, Ορέστης"""),
("el", "b51-el-gl-agenhs-ypallhlos-diefthynths", "Vaggelis Manolakis <v.manolakis@example.gr>", "symperifora ypallhlou", "general", "high",
"""Kalhspera,
to Savvato to vrady hmoun sto sokolatopoleio sas sthn Tsimiski me thn
mhtera mou pou einai se anapiriko amaxidio. O ypallhlos sthn porta
mas eipe "den xwrame edw mesa me auto, perimenete apexw" kai meta
gelouse me ton syndelfo tou. Oloi oi alloi pelates mpainane kanonika.
8elw na epikoinwnhsei mazi mou o diey8ynths tou katasthmatos h kapoios
anwteros. Den zhtaw kouponi h dwro, zhtaw na mhn 3anasymvei.
Vaggelis Manolakis"""),
("el", "b51-el-spasmeno-skalopati-kelari", "Φώτης Αργυρόπουλος <f.argyropoulos@example.gr>", "Σκάλα προς το κελάρι", "general", "high",
"""Καλησπέρα,

Για να ξέρετε: στη σκάλα που κατεβαίνει στο κελάρι όπου γίνεται η
γευσιγνωσία, το τέταρτο σκαλοπάτι από κάτω έχει σπάσει στην άκρη και
κουνιέται όταν πατάς. Με το χαμηλό φως δεν φαίνεται. Η κυρία μπροστά
μου παραπάτησε και την έπιασε ο άντρας της. Την ώρα που ανεβαίνουν
άνθρωποι που έχουν πιει και κάμποσα κρασιά, κάποιος θα χτυπήσει άσχημα.

Φώτης Αργυρόπουλος"""),
("el", "b51-el-allagi-tilefonou", "Ντινα Βουλγαρη <ntina.voulgari@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλημερα, αλλαξα αριθμο κινητου. Ο νεος ειναι 694 555 0187, παρακαλω
ενημερωστε τον λογαριασμο μου για να μου ερχονται τα sms για τα
μαθηματα. Ευχαριστω, Ντινα Βουλγαρη"""),
("el", "b51-el-diagrafi-prosopikon-dedomenon", "Λεωνίδας Σπανός <leonidas.spanos@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα συστήματά σας, συμπεριλαμβανομένης της λίστας
αποστολής newsletter, και γραπτή επιβεβαίωση ότι η διαγραφή έγινε.

Λεωνίδας Σπανός
email: όπως παραπάνω"""),
("el", "b51-el-xorigia-sxoliki-giorti", "Σύλλογος Γονέων 3ου Δημοτικού Βόλου <syllogos.3dim@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 3ου Δημοτικού Σχολείου Βόλου
διοργανώνει τη χριστουγεννιάτικη γιορτή του σχολείου στις 20
Δεκεμβρίου. Θα θέλαμε να σας ζητήσουμε αν θα μπορούσατε να
προσφέρετε σοκολατάκια ή κουλουράκια για περίπου 250 παιδιά. Το
όνομα του καταστήματός σας θα αναφερθεί στην πρόσκληση και στη σελίδα
του Συλλόγου.

Με εκτίμηση,
Για το Δ.Σ.
Ευτυχία Ζήση"""),
("el", "b51-el-gl-odhgies-paradoshs-tourtas", "Manos Xristidis <manos.xr@example.gr>", "paradosh tourtas paraskeyh", "general", "",
"""Kalhmera! gia thn tourta ths paraggelias 4417 thn Paraskeyh: to
koudouni den douleuei, na pareite thlefwno ston 698 111 2233 otan
ftasete kai 8a katevw. 3os orofos xwris asanser, opote kalytera na
katevw egw na thn parw apo thn eisodo. Eyxaristw!"""),
("el", "b51-el-erotisi-diko-mas-krasi", "Μυρτώ Ηλιοπούλου <myrto.ilio@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα, στο supper club της Παρασκευής μπορούμε να φέρουμε δικό
μας κρασί ή πρέπει να πάρουμε από εσάς; Είμαστε 4 άτομα.
Ευχαριστώ, Μυρτώ"""),
("el", "b51-el-re-eyxaristo-mathima-prozymi", "Αντώνης Κουκουλάκης <a.koukoulakis@example.gr>", "Re: Οδηγίες για το προζύμι σας", "general", "",
"""Καλησπέρα κ. Στέλιο,

Ευχαριστώ πολύ για τις οδηγίες. Το προζύμι που πήραμε από το
μάθημα ζει και βασιλεύει, και την Κυριακή έβγαλα το πρώτο μου
καρβέλι που δεν ήταν τούβλο! Η γυναίκα μου λέει να σας γράψω ότι
είστε ο καλύτερος δάσκαλος που είχαμε ποτέ.

Αντώνης

> Από: Φούρνος της Γειτονιάς - Μαθήματα
> Θέμα: Οδηγίες για το προζύμι σας
>
> Καλησπέρα σε όλους, όπως υποσχέθηκα, παρακάτω θα βρείτε τις
> οδηγίες για το τάισμα του προζυμιού: 50 γρ. αλεύρι, 50 γρ. νερό,
> κάθε 24 ώρες αν το κρατάτε εκτός ψυγείου.
> Στέλιος"""),
("el", "b51-el-gl-paidiki-gwnia-karfi", "Roula Dimou <roula.dimou@example.gr>", "paidikh gwnia", "general", "",
"""Kalhspera, hmastan x8es sto pagwtatzidiko sas sto Marousi. Sthn
paidikh gwnia, to ksylino spitaki exei mia karfa pou exei vgei eksw
peripou 1 ekatosto sto ypsos tou proswpou enos paidiou, dipla sthn
porta tou. H kori mou gratsounistike ligo sto xeri, tipota sovaro.
Kalo 8a htan na to ftiaksete prin xtyphsei kapoio paidi sto mati.
Roula"""),
# ---------------- Spanish ----------------
("es", "b51-es-clase-paella-cobro-doble", "Amparo Sanchis <amparo.sanchis@example.es>", "Clase de paella", "billing", "",
"""Buenos días:

Reservé dos plazas para la clase de paella valenciana del sábado 19 en
vuestra escuela de Ruzafa y en el banco me aparecen dos cargos de
110,00 € con un minuto de diferencia. Solo he recibido un correo de
confirmación (reserva PV-3310). Supongo que la página se quedó pensando
y le di dos veces. ¿Me podéis devolver uno de los dos cargos?

Gracias,
Amparo Sanchis"""),
("es", "b51-es-bono-cata-rioja-caducado", "Jesús Ortega <jesus.ortega@example.es>", "Bono regalo caducado", "billing", "",
"""Hola, buenas tardes.

Mis hijos me regalaron por mi jubilación un bono para una cata con
visita a vuestra bodega de Haro (90 € para dos personas). Entre unas
cosas y otras no lo hemos usado y veo que caducó el 31 de agosto. ¿Hay
alguna posibilidad de ampliarlo unos meses? Entiendo que el despiste
es mío, pero me daría mucha pena perderlo.

Un saludo,
Jesús Ortega"""),
("es", "b51-es-club-cenas-me-mudo-monterrey", "Daniela Ibarra <dani.ibarra@example.com.mx>", "Mi membresia", "billing", "",
"""Hola equipo!

Me cambiaron de trabajo a Monterrey, asi que ya no voy a poder ir a las
cenas de los jueves en la Roma. Porfa ya no me cobren los 850 pesos
mensuales a partir de diciembre. La cena de noviembre si la aprovecho
para despedirme jaja.

Mil gracias por todo, fueron las mejores noches del año.
Dani"""),
("es", "b51-es-pastel-xv-anos-resto-spei", "Guadalupe Torres <lupita.torres@example.com.mx>", "Pastel XV años de Ximena", "billing", "",
"""Buenas tardes Sra. Rocío,

Le escribo por el pastel de XV años de mi hija Ximena para el 16 de
noviembre. Ya le dejé el anticipo de $3,500 en efectivo en la tienda.
El resto ($4,200) ¿se lo puedo pagar por transferencia SPEI unos días
antes, o tiene que ser el día de la entrega? Y si es transferencia,
¿me pasa la CLABE por favor?

Saludos cordiales,
Guadalupe Torres"""),
("es", "b51-es-alfajores-la-abuela-ya-no-esta", "Federico Salvatierra <fede.salvatierra@example.com.ar>", "Caja de alfajores mensual", "billing", "",
"""Hola, que tal.

Les escribo por la caja mensual de alfajores que llega a nombre de
Irma Salvatierra, en Mar del Plata. Era mi abuela, falleció hace dos
semanas. Por favor den de baja el envío y no cobren más la tarjeta
(termina en 4471, es mía, yo se la pagaba). Le encantaban los de
maicena, los esperaba todos los meses.

Gracias,
Federico"""),
("es", "b51-es-ruta-tapas-cancelada-contracargo", "Begoña Lasheras <begona.lasheras@example.es>", "Reembolso ruta de tapas", "billing", "high",
"""Buenas:

El 3 de octubre nos cancelasteis la ruta de tapas por La Latina
(reserva RT-7781, 4 personas, 196 €) porque el guía estaba enfermo. Me
dijisteis por teléfono que el reembolso estaría en 5 días hábiles. Han
pasado casi cuatro semanas, he escrito tres veces y nadie contesta.

Si el viernes no tengo el dinero en la tarjeta, abro una reclamación
con el banco para que me lo devuelvan por contracargo. Preferiría no
llegar a eso.

Begoña Lasheras"""),
("es", "b51-es-factura-cif-cata-empresa", "Administración Grupo Alvear <administracion@grupoalvear.example>", "Factura cata de empresa", "billing", "",
"""Buenos días:

El pasado jueves celebramos con vosotros la cata de vinos de Jerez
para el equipo comercial (22 personas, 1.540 €). Nos enviasteis un
ticket simplificado, pero necesitamos factura completa a nombre de:

Grupo Alvear Distribución, S.L.
CIF B-00000000
C/ Larga 45, 11403 Jerez de la Frontera (Cádiz)

¿Podéis emitirla y enviarla a esta dirección?

Un saludo,
Rocío Galán
Administración"""),
("es", "b51-es-pastel-no-entregado-profeco", "Alejandro Mendoza <alejandro.mendoza@example.com.mx>", "Pedido 2290", "billing", "high",
"""A quien corresponda:

Pagué completo ($2,850 MXN) un pastel de tres pisos para la primera
comunión de mi hijo el domingo 13 en Guadalajara. Nunca llegó. Nadie
contestó el teléfono en toda la mañana y tuvimos que comprar uno en el
supermercado a última hora con 60 invitados esperando.

Desde entonces solo me han mandado un WhatsApp diciendo "una disculpa".
Quiero la devolución completa. Si en una semana no tengo el dinero,
presento la queja ante Profeco con todos los comprobantes y mensajes.

Alejandro Mendoza"""),
("es", "b51-es-carrito-helados-cobro-gerente", "Catalina Restrepo <catalina.restrepo@example.com.co>", "Cobro del carrito de helados - quiero hablar con el gerente", "billing", "high",
"""Buenas tardes,

Contratamos su carrito de helados para la fiesta de la empresa el
viernes en Medellín. La cotización que firmamos era por 150 helados a
$9.000 c/u, es decir $1.350.000. En el datáfono nos cobraron
$1.890.000 porque según el muchacho "se sirvieron más helados", cosa
que nadie nos consultó.

Llamé a la línea y me dijeron que no pueden hacer nada. Solicito que
me contacte el gerente o el dueño de la empresa y que se reverse la
diferencia de $540.000.

Catalina Restrepo
Coordinadora de Bienestar, Textiles Antioquia"""),
("es", "b51-es-pausar-club-vinos-embarazo", "Irene Castaño <irene.castano@example.es>", "Club del vino", "billing", "",
"""¡Hola! Os cuento: estoy embarazada de tres meses 🙂 así que durante
una temporada las cajas de vino se me van a acumular en el pasillo.
¿Se puede pausar el club del vino hasta julio sin perder la antigüedad
ni el descuento de socia? No quiero darme de baja, solo que no me
cobréis los 39 € mientras tanto.

Irene"""),
("es", "b51-es-re-presupuesto-clase-privada-cuotas", "Martín Ocampo <martin.ocampo@example.com.ar>", "Re: Presupuesto clase privada de asado", "billing", "",
"""Hola Nico, genial, cerramos para el sábado 30 con 12 personas.

Una consulta: ¿se puede pagar en 3 cuotas sin interés con tarjeta o
tiene que ser en un pago? Si es transferencia, ¿hacen algún descuento?

Abrazo,
Martín

El jue, 7 nov a las 10:12, Nicolás - Escuela de Parrilla escribió:
> Hola Martín, ¿cómo va? Te paso el presupuesto: clase privada de
> asado para 12 personas, con cortes, achuras, vino y postre,
> $540.000 en total. Te la podemos hacer en tu quincho o en la
> escuela.
> Saludos, Nico"""),
("es", "b51-es-no-es-la-web-descuento-jubilados", "Pilar Echevarría <pilar.echevarria@example.es>", "Una consulta", "billing", "",
"""Buenas tardes:

La página funciona bien, no escribo por ningún problema de la web. Mi
pregunta es si tenéis algún descuento para jubilados en el tour de
pintxos por la Parte Vieja. Seríamos mi marido y yo, los dos de 72
años, y vemos que el precio es de 65 € por persona.

Muchas gracias,
Pilar"""),
("es", "b51-es-cambio-turron-equivocado", "Ramón Cuesta <ramon.cuesta@example.es>", "Cambio de turrón", "billing", "",
"""Hola, ayer compré en vuestra tienda de Jijona una caja de turrón de
yema tostada y al abrir la bolsa en casa he visto que es de Alicante
(duro). Las tabletas están precintadas. ¿Puedo cambiarlo en la tienda
de Alicante centro o me tenéis que devolver el dinero? Tengo el
ticket. Gracias."""),
("es", "b51-es-pago-mercado-pago", "Agustina Ferreyra <agus.ferreyra@example.com.ar>", "Medios de pago", "billing", "",
"""Hola! Para el tour de vinos en Mendoza del sabado se puede pagar con
Mercado Pago o solo efectivo? Gracias!!"""),
("es", "b51-es-app-reservas-no-carga-fechas", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "La app no carga", "technical", "",
"""Buen dia,

Quiero reservar la clase de mole en la app pero cuando entro al
calendario se queda cargando y nunca aparecen las fechas. Ya la borre
y la volvi a instalar, y tambien probe con datos y con wifi. Tengo un
Motorola con Android 13. En la compu tampoco me deja, sale la pantalla
en blanco.

Saludos,
Rodrigo"""),
("es", "b51-es-contrasena-correo-no-llega", "Constanza Muñoz <coni.munoz@example.cl>", "No me llega el correo", "technical", "",
"""Hola, pedí cambiar la contraseña como 5 veces desde ayer y no me llega
ningún correo, revisé spam y promociones. ¿Me la pueden resetear
ustedes? Mi correo es este mismo. Gracias!"""),
("es", "b51-es-heladeria-tpv-caido-cola", "Heladería La Ibense <pedidos@laibense-demo.example>", "TPV", "technical", "high",
"""Buenas tardes:

Tenemos vuestro sistema de caja en las tres heladerías. Desde las 16:00
ninguna de las tres pantallas arranca, se quedan en "Sincronizando..."
y de ahí no pasan. No podemos cobrar con tarjeta ni sacar tickets, y
estamos apuntando los pedidos a mano en una libreta.

Es domingo, hace 30 grados y la cola de la tienda del paseo marítimo
llega a la calle. La gente se va porque solo aceptamos efectivo. El
teléfono de soporte da ocupado todo el rato.

Necesitamos que alguien nos llame ya: 600 000 341 (Lorena).

Lorena Beltrán
Heladería La Ibense, Gijón"""),
("es", "b51-es-escuela-cocina-examen-plataforma", "Instituto Gastronómico del Pacífico <coordinacion@igp-lima.example>", "Plataforma de cursos", "technical", "high",
"""Estimados:

Hoy a las 9:00 nuestros 210 alumnos del diploma de cocina peruana
debían rendir el examen final de costos en su plataforma. Ninguno ha
podido entrar: tras el login aparece "Error 500 - contacte al
administrador". El examen es requisito para la titulación del viernes
y los profesores ya no saben qué decir a los chicos.

Por favor, revisen con urgencia. Quedo atenta al teléfono
+51 1 000 2233.

Atentamente,
Milagros Quispe
Coordinación Académica"""),
("es", "b51-es-horno-sobremesa-chispas", "Emilio Navarro <emilio.navarro@example.es>", "Horno pequeño", "technical", "high",
"""Buenos días:

Compré el hornito de sobremesa en la tienda de vuestra escuela después
del curso de bollería. Anoche, al encenderlo, salieron chispas por la
rejilla de atrás, olió a quemado y saltó el diferencial de la cocina.
Lo desenchufé enseguida, no ha pasado nada más. La parte de atrás tiene
una mancha negra.

No lo he vuelto a usar. Decidme qué hago con él.

Emilio Navarro"""),
("es", "b51-es-templadora-humo-motor", "Lucía Benedetti <lucia.benedetti@example.com.ar>", "Templadora", "technical", "high",
"""Hola, buenas.

Les compré la templadora de chocolate de 3 kg para mi emprendimiento
de bombones. Hoy, a los veinte minutos de estar funcionando, empezó a
salir humo de la base, donde está el motor, con olor a cable quemado.
La apagué y la desenchufé. No hubo fuego.

No la voy a volver a prender hasta que alguien la revise. ¿Cómo
seguimos?

Lucía Benedetti
Bombones Lu - Rosario"""),
("es", "b51-es-clase-online-sin-imagen", "Andrés Patiño <andres.patino@example.com.co>", "Clase virtual sin video", "technical", "",
"""Buenas noches, en la clase virtual de arepas de hoy solo se escuchaba
a la chef pero la pantalla estuvo negra toda la hora. Mi esposa desde
el celular sí lo veía bien. Yo estaba en el portátil con Chrome. ¿Hay
que activar algo?"""),
("es", "b51-es-maquina-pasta-rodillo-atasca", "Elena Gutiérrez <elena.gutierrez@example.es>", "Máquina de pasta", "technical", "",
"""Hola, la máquina de pasta que compré en el taller de pasta fresca se
atasca en cuanto pongo el rodillo de tallarines: gira dos vueltas y se
bloquea, y la masa sale rota. El rodillo liso va perfecto. La he
limpiado como explicasteis, sin agua. ¿Puede ser un defecto?

Elena"""),
("es", "b51-es-mayusculas-web-no-abre", "Hector Rangel <hector.rangel@example.com.mx>", "NO SIRVE", "technical", "",
"""SU PAGINA NO SIRVE!!! LE DOY CLIC A "COMPRAR BOLETOS" PARA EL TOUR DE
TACOS Y NO PASA NADA. LLEVO MEDIA HORA. URGENTE QUE LO ARREGLEN"""),
("es", "b51-es-no-quiero-reembolso-app-se-cierra", "Nuria Ferrer <nuria.ferrer@example.es>", "App", "technical", "",
"""Hola:

No os pido que me devolváis nada ni quiero cancelar la suscripción,
que conste. Lo que pasa es que la app del club de chocolate se cierra
sola cada vez que intento valorar una tableta. Escribo la nota, le doy
a "Guardar" y se cierra. iPhone 12, iOS actualizado.

Gracias,
Nuria"""),
("es", "b51-es-batidora-tercera-reparacion-supervisor", "Verónica Lozano <veronica.lozano@example.com.mx>", "Batidora - tercera vez en reparación", "technical", "high",
"""Buenas tardes:

La batidora de pedestal que compré en su academia de repostería se
vuelve a detener a los pocos minutos de amasar. Ya la llevé dos veces
a su taller en Puebla y las dos veces me la regresaron diciendo que
"funciona correctamente". A la semana, lo mismo.

No la voy a llevar una tercera vez al mismo taller para que me digan lo
mismo. Exijo que lo revise un supervisor o alguien con autoridad en su
área de servicio técnico.

Verónica Lozano"""),
("es", "b51-es-qr-carta-vinos-error", "Tomás Ríos <tomas.rios@example.cl>", "Codigo QR", "technical", "",
"""Hola, estuve el viernes en la vinoteca de Providencia y el QR de la
carta de vinos en las mesas abre una página que dice "dominio
expirado". Lo intentamos con varios celulares. Para que lo sepan."""),
("es", "b51-es-correo-ya-registrado-sin-cuenta", "Sergio Álvarez <sergio.alvarez@example.es>", "Registro", "technical", "",
"""Buenas, intento crear una cuenta para apuntarme al taller de sushi y
me sale "Este correo ya está registrado". Nunca me he registrado en
vuestra web. Si le doy a "He olvidado mi contraseña" me dice que el
correo no existe. ¿En qué quedamos?

Sergio"""),
("es", "b51-es-gracias-tour-oaxaca", "Mariana Cárdenas <mariana.cardenas@example.com.mx>", "¡Gracias!", "general", "",
"""Hola a todo el equipo,

Solo quería darles las gracias por el recorrido gastronómico del
sábado en Oaxaca. Don Efraín nos llevó al mercado 20 de Noviembre, al
molino de chocolate y a probar tlayudas en un lugar que jamás habríamos
encontrado. Mi suegra, que camina despacio, nunca se sintió apurada.

Los vamos a recomendar con todos.

Un abrazo,
Mariana y familia"""),
("es", "b51-es-horario-heladeria-festivo", "Paula Moreno <paula.moreno@example.es>", "Horario", "general", "",
"""¡Hola! ¿Abrís el día 12 de octubre? ¿Hasta qué hora? Me muero por
probar el de turrón que tanto anunciáis en Instagram 😍"""),
("es", "b51-es-paraguas-olvidado-cata", "Concepción Iglesias <concha.iglesias@example.es>", "Objeto olvidado", "general", "",
"""Buenos días:

El jueves asistí a la cata de quesos y vinos de la tarde y creo que me
dejé el paraguas en el perchero de la entrada. Es negro, de bastón,
con el mango de madera y mis iniciales C.I. grabadas. Tiene valor
sentimental. ¿Podrían guardármelo? Pasaría a recogerlo la semana que
viene.

Muchas gracias,
Concepción Iglesias"""),
("es", "b51-es-ninos-taller-chocolate", "Raúl Domínguez <raul.dominguez@example.es>", "Taller de chocolate", "general", "",
"""Hola, ¿a partir de qué edad pueden participar los niños en el taller
de bombones? Mis hijas tienen 6 y 9 años. ¿Tengo que quedarme yo con
ellas o las dejo y las recojo?"""),
("es", "b51-es-trato-empleada-encargado", "Graciela Pereyra <graciela.pereyra@example.com.ar>", "Atención en el local de Palermo", "general", "high",
"""Buenas tardes:

El domingo fui con mi papá de 84 años a su chocolatería de Palermo. Al
pedir que le acercaran una silla porque no podía estar parado en la
fila, la chica de la caja le contestó de muy mala manera que "esto no
es un geriátrico" y se rió con su compañero. Mi papá se quiso ir y nos
fuimos.

Quiero que se comunique conmigo el encargado del local o alguien de
la gerencia. No busco un vale de descuento; quiero saber qué van a
hacer al respecto.

Graciela Pereyra"""),
("es", "b51-es-escalera-bodega-resbaladiza", "Íñigo Zabala <inigo.zabala@example.es>", "Escalera de la bodega", "general", "high",
"""Hola:

Os escribo con calma pero para que lo arregléis. La escalera de piedra
que baja a la sala de barricas durante la visita estaba mojada y muy
resbaladiza el domingo, y no tiene pasamanos en el último tramo. Una
señora mayor de nuestro grupo se cayó sentada; por suerte solo fue el
susto. Al salir ya habíamos tomado cinco vinos cada uno, imaginaos.

Alguien se va a hacer daño de verdad.

Íñigo Zabala"""),
("es", "b51-es-cambio-direccion-envios", "Juliana Ospina <juliana.ospina@example.com.co>", "Cambio de direccion", "general", "",
"""Hola, me mude. Por favor actualicen mi direccion para los envios:
Calle 85 # 11-53, apto 402, Bogota. El telefono sigue igual.
Gracias, Juliana Ospina"""),
("es", "b51-es-solicitud-datos-rgpd", "Francisco Javier Moya <fj.moya@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me faciliten una copia
de todos los datos personales que conservan sobre mí, la finalidad del
tratamiento y los destinatarios a los que se hayan comunicado.

Adjunto copia de mi DNI.

Atentamente,
Francisco Javier Moya"""),
("es", "b51-es-patrocinio-corrida-solidaria", "Fundación Manos Unidas Ñuñoa <contacto@manosunidas-nunoa.example>", "Propuesta de auspicio", "general", "",
"""Estimados:

Somos una fundación de Ñuñoa y el 24 de noviembre organizamos una
corrida familiar a beneficio del comedor infantil. ¿Les interesaría
auspiciar el punto de hidratación con sus paletas heladas? A cambio
pondríamos su logo en las poleras y en nuestras redes sociales.

Quedamos atentos,
Javiera Soto
Fundación Manos Unidas"""),
("es", "b51-es-entrega-tarta-portero", "Marta Lozano <marta.lozano@example.es>", "Pedido 5512", "general", "",
"""Hola, para la tarta del pedido 5512 del sábado: no estaremos en casa
por la mañana, dejádsela al portero (Manolo), que sabe que viene y la
meterá en la nevera de la portería. Por favor, que no la dejen en el
rellano. ¡Gracias!"""),
("es", "b51-es-hola-menu-celiaco", "Valentina Acosta <valen.acosta@example.com.ar>", "Hola", "general", "",
"""Hola, como estan? Queria saber si en las cenas a puertas cerradas de
los viernes pueden adaptar el menu para celiacos. Mi novio es celiaco
y queremos ir para su cumple. Gracias!"""),
("es", "b51-es-re-gracias-clase-tamales", "Rebeca Huerta <rebeca.huerta@example.com.mx>", "Re: Recetario de la clase de tamales", "general", "",
"""¡Muchísimas gracias, chef Lupita! Ya hice los de rajas con queso para
la posada de la familia y se acabaron en diez minutos. Mi tía dice que
le quedaron mejor que los suyos, así que imagínese. Nos vemos en la
clase de rosca de reyes.

Rebeca

-----Mensaje original-----
De: Cocina de Barrio CDMX
Enviado: martes, 3 de diciembre de 2024 18:40
Asunto: Recetario de la clase de tamales

Hola a todos, gracias por venir el sábado. Les comparto el recetario en
PDF con las masas y los rellenos que preparamos. ¡Que les salgan
esponjaditos!
Chef Lupita"""),
("es", "b51-es-vidrio-zona-infantil-heladeria", "Jorge Pizarro <jorge.pizarro@example.cl>", "Zona de niños", "general", "high",
"""Hola, ayer en la heladería de Viña del Mar había trozos de vidrio de
un vaso roto en la alfombra de la zona de niños, justo donde se sientan
a jugar. Se lo dije a la chica del mesón y dijo que ya iba, pero cuando
nos fuimos 20 minutos después seguía ahí y había niños gateando cerca.
Mi hijo se salvó de milagro. Por favor revisen eso.

Jorge Pizarro"""),
# ---------------- Polish ----------------
("pl", "b51-pl-warsztaty-pierogi-podwojna-platnosc", "Agnieszka Wilk <agnieszka.wilk@example.pl>", "Warsztaty pierogowe 16.11", "billing", "",
"""Dzień dobry,

zapisałam się z mężem na warsztaty lepienia pierogów 16 listopada na
Kazimierzu i z konta zeszły mi dwie płatności po 298 zł, w odstępie
dwóch minut. Potwierdzenie mailowe dostałam tylko jedno (rezerwacja
WP-4410). Strona się zawiesiła przy płatności i kliknęłam jeszcze raz.
Proszę o zwrot jednej kwoty.

Pozdrawiam
Agnieszka Wilk"""),
("pl", "b51-pl-voucher-degustacja-przedluzenie", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "voucher", "billing", "",
"""Dzien dobry, dostalem od zony na urodziny voucher na degustacje win
wegierskich (2 osoby, 260 zl). Wazny byl do konca wrzesnia, a my przez
remont nie zdazylismy. Czy jest szansa na przedluzenie o 2-3 miesiace?
Wiem ze to nasze niedopatrzenie.
Tomek Kaczmarek"""),
("pl", "b51-pl-klub-kolacji-wyjazd-norwegia", "Joanna Mazur <joanna.mazur@example.pl>", "Klub kolacji - koniec", "billing", "",
"""Cześć!

Z przykrością piszę, że od stycznia przeprowadzam się do Bergen, więc
czwartkowe kolacje w Waszym klubie się dla mnie kończą. Proszę nie
pobierać już 180 zł miesięcznie od stycznia. Grudniową kolację
oczywiście wykorzystam, będę się żegnać przy deserze.

Dziękuję za dwa lata pysznych wieczorów,
Asia"""),
("pl", "b51-pl-tort-weselny-dodatkowe-pietro", "Katarzyna Nowicka <k.nowicka@example.pl>", "Tort na 7 czerwca", "billing", "",
"""Dzień dobry Pani Ewo,

liczba gości na naszym weselu wzrosła ze 100 do 140 osób. Czy do
zamówionego tortu trzypiętrowego (malina-pistacja) można dodać czwarte
piętro i ile wyniesie dopłata? Zaliczkę 500 zł już wpłaciliśmy, resztę
mieliśmy płacić przy odbiorze - czy dopłatę też wtedy?

Pozdrawiam serdecznie
Kasia Nowicka"""),
("pl", "b51-pl-lody-dzieci-wyjechaly-na-studia", "Barbara Lis <barbara.lis@example.pl>", "Lody w pudełku co miesiąc", "billing", "",
"""Dzień dobry,

od października w domu zostaliśmy tylko we dwoje z mężem - dzieci
wyjechały na studia do Wrocławia i nie ma już komu jeść czterech
litrów lodów miesięcznie. Proszę zakończyć naszą rodzinną subskrypcję
po wrześniowej dostawie i nie pobierać już 119 zł.

Dziękujemy, lody były znakomite.
Barbara Lis"""),
("pl", "b51-pl-wycieczka-kulinarna-chargeback", "Michał Zieliński <michal.zielinski@example.pl>", "Zwrot za odwołaną wycieczkę", "billing", "high",
"""Dzień dobry,

12 października odwołaliście Państwo kulinarną wycieczkę po Gdańsku
(rezerwacja GD-5630, 3 osoby, 447 zł) z powodu choroby przewodnika.
Przez telefon usłyszałem, że zwrot będzie w ciągu 5 dni roboczych.
Minęły prawie cztery tygodnie, napisałem trzy maile i nikt nie
odpowiada.

Jeśli do piątku pieniądze nie wrócą na kartę, zgłaszam reklamację
transakcji w banku (chargeback). Wolałbym tego uniknąć.

Michał Zieliński"""),
("pl", "b51-pl-faktura-nip-warsztaty-firmowe", "Księgowość Nordtech <ksiegowosc@nordtech.example>", "Faktura za warsztaty integracyjne", "billing", "",
"""Dzień dobry,

w zeszły czwartek nasz zespół (16 osób) był u Państwa na warsztatach
kuchni azjatyckiej, łączny koszt 3 520 zł. Otrzymaliśmy paragon, a
potrzebujemy faktury VAT na firmę:

Nordtech Sp. z o.o.
NIP 000-000-00-00
ul. Długa 12, 80-831 Gdańsk

Proszę o wystawienie i przesłanie na ten adres.

Z poważaniem
Marta Szymańska
Księgowość"""),
("pl", "b51-pl-tort-zaliczka-rzecznik", "Ewelina Dąbrowska <ewelina.dabrowska@example.pl>", "Zaliczka za tort komunijny", "billing", "high",
"""Szanowni Państwo,

8 kwietnia zamówiłam tort na komunię syna (18 maja) i wpłaciłam
zaliczkę 250 zł przelewem. 14 maja zadzwoniła Pani z cukierni, że "nie
dadzą rady" i zamówienie anulują. Od tamtej pory co tydzień słyszę, że
zwrot "zaraz pójdzie".

Minął ponad miesiąc. Jeżeli do 30 czerwca nie otrzymam zwrotu 250 zł,
zgłaszam sprawę do miejskiego rzecznika konsumentów, a następnie do
sądu. Mam potwierdzenie przelewu i SMS-y.

Ewelina Dąbrowska"""),
("pl", "b51-pl-degustacja-nadplata-kierownik", "Paweł Jankowski <pawel.jankowski@example.pl>", "Rachunek z degustacji - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

w sobotę byliśmy w ósemkę na degustacji whisky w Państwa lokalu we
Wrocławiu. Na stronie cena to 149 zł od osoby, czyli 1 192 zł.
Zapłaciliśmy 1 592 zł, bo kelner stwierdził, że "w weekend jest zestaw
premium". Nigdzie o tym nie ma informacji i nikt nas nie uprzedził.

Poprosiłem o kierownika - "nie ma go dziś". Proszę, aby kierownik lub
właściciel skontaktował się ze mną osobiście i zwrócił 400 zł różnicy.

Paweł Jankowski
tel. 600 000 218"""),
("pl", "b51-pl-karnet-kursy-zlamana-reka", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Karnet na kursy", "billing", "",
"""Dzień dobry,

mam karnet na 10 kursów gotowania, wykorzystałam 4. W zeszłym tygodniu
złamałam prawą rękę i przez co najmniej dwa miesiące nie pokroję nawet
cebuli. Czy mogę zawiesić karnet do lutego, żeby nie przepadł? Nie
chcę rezygnować, tylko przesunąć.

Z pozdrowieniami
Halina Kowalczyk"""),
("pl", "b51-pl-re-oferta-kolacja-raty", "Łukasz Pawlak <lukasz.pawlak@example.pl>", "Re: Oferta - kolacja degustacyjna na 40-lecie firmy", "billing", "",
"""Panie Krzysztofie,

dziękuję, oferta nam odpowiada. Czy możemy zapłacić w dwóch ratach:
50% teraz przelewem i 50% po wydarzeniu, na podstawie faktury z
14-dniowym terminem? Tak działa u nas obieg dokumentów.

Pozdrawiam
Łukasz Pawlak

> Wiadomość napisana przez Krzysztof Bielecki w dniu 5.11:
> Dzień dobry, w załączeniu przesyłam ofertę na kolację degustacyjną
> (7 dań, parowanie win) dla 40 osób. Łączna kwota: 18 400 zł brutto.
> Termin do potwierdzenia do 20 listopada.
> Krzysztof Bielecki, Stół Szefa"""),
("pl", "b51-pl-nie-chodzi-o-strone-znizka-studencka", "Oliwia Krawczyk <oliwia.krawczyk@example.pl>", "pytanie o cene", "billing", "",
"""Hej, strona dziala ok, nie pisze w sprawie zadnego bledu :) Chcialam
zapytac czy macie znizke studencka na kurs sushi (189 zl)? Bylybysmy
we trzy z akademika, wszystkie z legitymacjami."""),
("pl", "b51-pl-wymiana-pierniki-z-polewa", "Grażyna Wróbel <grazyna.wrobel@example.pl>", "Zamówienie 6624", "billing", "",
"""Dzień dobry,

zamawiałam pierniki toruńskie bez polewy (dwa opakowania po 500 g), a
przyszły w czekoladzie. Córka nie je czekolady. Opakowania nie są
otwierane. Czy mogę je odesłać i dostać właściwe, a jeśli nie, to
prosić o zwrot pieniędzy? Kto płaci za odesłanie?

Grażyna Wróbel"""),
("pl", "b51-pl-platnosc-blik", "Kamil Sobczak <kamil.sobczak@example.pl>", "BLIK", "billing", "",
"""Da się u was zapłacić BLIKiem za warsztaty czekoladowe czy tylko karta?"""),
("pl", "b51-pl-aplikacja-rezerwacje-blad", "Dominika Grabowska <dominika.grabowska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

w aplikacji przy wyborze terminu kursu makaronu pojawia się komunikat
"Wystąpił nieoczekiwany błąd" i wraca do ekranu głównego. Telefon
Xiaomi, Android 13, aplikacja zaktualizowana wczoraj. Reinstalacja nie
pomogła. Na komputerze strona działa.

Dominika"""),
("pl", "b51-pl-link-resetu-wygasl", "Zbigniew Michalak <zbigniew.michalak@example.pl>", "Haslo", "technical", "",
"""Kazdy link do zmiany hasla ktory dostaje na maila od razu pokazuje
"link wygasl". Klikam w ciagu minuty. Probowalem 4 razy, na telefonie
i na komputerze. Prosze o pomoc bo nie moge sie zalogowac."""),
("pl", "b51-pl-cukiernia-zamowienia-nie-dochodza", "Cukiernia Pod Wawelem <zamowienia@podwawelem-cukiernia.example>", "Sklep internetowy", "technical", "high",
"""Dzień dobry,

nasz sklep internetowy działa na Państwa platformie. Od wczoraj od
południa klienci płacą, dostają potwierdzenie, a w panelu nie pojawia
się żadne zamówienie. Dziś rano kurierzy przyjechali po paczki, o
których nic nie wiedzieliśmy, a dwie klientki przyszły odebrać torty,
których nikt nie upiekł.

Przed nami weekend z Dniem Babci i Dziadka, mamy normalnie kilkaset
zamówień. Pracujemy po omacku i dzwonimy do klientów po kolei.
Potrzebujemy pomocy dziś.

Renata Gajewska
Cukiernia Pod Wawelem"""),
("pl", "b51-pl-winiarnia-terminal-nie-dziala", "Winiarnia Stara Piwnica <kontakt@starapiwnica.example>", "terminal", "technical", "high",
"""Dzień dobry,

to nie jest pytanie o rozliczenia - chodzi o sam terminal. Od 19:00
terminal od Państwa pokazuje "brak połączenia z hostem" przy każdej
karcie. Restart, inny kabel, router - nic. Sobota wieczór, pełna sala,
mamy dwie degustacje po 20 osób, a goście nie noszą gotówki. Część
wyszła bez płacenia za drugą butelkę, część biega do bankomatu.

Infolinia nie odbiera. Proszę o telefon: 600 000 552.

Adam Wójcik
Winiarnia Stara Piwnica, Poznań"""),
("pl", "b51-pl-gofrownica-iskry", "Jerzy Kołodziej <jerzy.kolodziej@example.pl>", "Gofrownica", "technical", "high",
"""Dzień dobry,

gofrownicę kupiłem w Państwa lodziarni w Zakopanem w sierpniu. Wczoraj
przy włączaniu strzeliła iskra z miejsca, gdzie przewód wchodzi do
obudowy, i wybiło korki w kuchni. Przewód w tym miejscu jest
przypalony. Odłączyłem ją i stoi w piwnicy, nikomu nic się nie stało.

Proszę o informację, co dalej.

Jerzy Kołodziej"""),
("pl", "b51-pl-zestaw-fondue-zapach-gazu", "Monika Kubiak <monika.kubiak@example.pl>", "Zestaw do fondue", "technical", "high",
"""Dzień dobry,

zestaw do fondue serowego z palnikiem na gaz, kupiony po warsztatach
w Państwa szwajcarskiej kuchni, po podłączeniu nowego kartusza od razu
daje wyraźny zapach gazu, jeszcze przed zapaleniem. Słychać też lekkie
syczenie przy zaworze. Nie zapalałam go, kartusz odkręciłam i
wyniosłam na balkon.

Czy to wada? Proszę o informację, jak postąpić.

Monika Kubiak"""),
("pl", "b51-pl-kurs-online-dzwiek-opozniony", "Artur Szewczyk <artur.szewczyk@example.pl>", "Kurs online", "technical", "",
"""Dzień dobry, na kursie online z wypieku chleba dźwięk jest opóźniony
o jakieś 3-4 sekundy względem obrazu. Szef kuchni mówi "teraz
dodajemy mąkę", a mąka już dawno w misce. Laptop, Firefox, internet
światłowodowy. Da się coś z tym zrobić?"""),
("pl", "b51-pl-syfon-bita-smietana-przecieka", "Izabela Sadowska <izabela.sadowska@example.pl>", "Syfon", "technical", "",
"""Witam, syfon do bitej śmietany z Państwa sklepu przy kawiarni puszcza
gaz przy głowicy - nabój się opróżnia w minutę, a śmietana wychodzi
płynna. Uszczelka jest założona zgodnie z instrukcją. Może mam źle
złożony albo uszczelka jest wadliwa?

Iza"""),
("pl", "b51-pl-wielkie-litery-koszyk", "Stanisław Pietrzak <s.pietrzak@example.pl>", "NIE DZIAŁA", "technical", "",
"""KOSZYK NA WASZEJ STRONIE NIE DZIAŁA!!! DODAJĘ BON NA WARSZTATY
CZEKOLADOWE I KOSZYK JEST CAŁY CZAS PUSTY. PILNE, CHCĘ TO DAĆ ŻONIE
NA IMIENINY"""),
("pl", "b51-pl-nie-chce-zwrotu-kod-sms", "Aleksandra Górecka <aleksandra.gorecka@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry,

nie chcę zwrotu ani anulowania rezerwacji, proszę tego nie robić :)
Problem jest taki, że przy logowaniu strona każe wpisać kod z SMS-a, a
SMS nie przychodzi. Numer w profilu jest poprawny, inne SMS-y dostaję.
Bez logowania nie mogę zobaczyć szczegółów jutrzejszej degustacji.

Ola Górecka"""),
("pl", "b51-pl-sous-vide-trzecia-reklamacja-przelozony", "Ryszard Baran <ryszard.baran@example.pl>", "Cyrkulator sous-vide - trzecia reklamacja", "technical", "high",
"""Szanowni Państwo,

cyrkulator sous-vide kupiony po kursie w Państwa szkole znowu nie
utrzymuje temperatury - ustawiam 56°C, po godzinie woda ma 48°C. To
trzecia reklamacja. Dwa razy wracał z serwisu z adnotacją "nie
stwierdzono usterki" i po tygodniu działo się to samo.

Nie wyślę go czwarty raz do tego samego serwisu. Proszę o przekazanie
sprawy przełożonemu działu serwisu lub komuś decyzyjnemu.

Ryszard Baran"""),
("pl", "b51-pl-mapa-trasy-bez-lokalizacji", "Natalia Zawadzka <natalia.zawadzka@example.pl>", "mapa w aplikacji", "technical", "",
"""Hej, w aplikacji do samodzielnej trasy kulinarnej po Łodzi mapa się
ładuje, ale nie pokazuje, gdzie jestem ani punktów trasy, tylko szare
tło. Lokalizacja w telefonie jest włączona i aplikacja ma zgodę.
iPhone SE."""),
("pl", "b51-pl-przycisk-zapisz-nie-dziala", "Bartosz Malinowski <bartosz.malinowski@example.pl>", "Konto", "technical", "",
"""Dzień dobry, w ustawieniach konta próbuję zmienić numer telefonu, ale
przycisk "Zapisz" nic nie robi - ani komunikatu, ani zmiany. Chrome i
Edge, to samo.
Bartosz"""),
("pl", "b51-pl-podziekowania-kazimierz-tour", "Elżbieta Szulc <elzbieta.szulc@example.pl>", "Podziękowania", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować za sobotnią wycieczkę kulinarną po
Kazimierzu. Pani Magda była wspaniała - opowiadała z ogromną wiedzą i
humorem, a zapiekanka na Placu Nowym i bajgle smakowały jak nigdy.
Mój tata, który ma 80 lat i chodzi o lasce, ani razu nie poczuł się
poganiany.

Polecimy Państwa wszystkim znajomym.

Z wyrazami szacunku
Elżbieta Szulc z rodziną"""),
("pl", "b51-pl-godziny-majowka-zabojcze-lody", "Wiktoria Kaczor <wiktoria.kaczor@example.pl>", "majówka", "general", "",
"""Cześć! Czy 1 i 3 maja lodziarnia na Starym Mieście będzie otwarta i do
której? Wasze lody słony karmel to jest zabójstwo, muszę tam zabrać
siostrę 😄"""),
("pl", "b51-pl-zostawione-rekawiczki", "Teresa Piątek <teresa.piatek@example.pl>", "Zgubione rękawiczki", "general", "",
"""Dzień dobry,

w czwartek byłam na degustacji serów i miodów pitnych i chyba
zostawiłam na krześle skórzane rękawiczki, bordowe, z futerkiem w
środku. Czy ktoś je znalazł? Mogę podjechać w tygodniu.

Dziękuję
Teresa Piątek"""),
("pl", "b51-pl-warsztaty-weganskie-pytanie", "Filip Adamczyk <filip.adamczyk@example.pl>", "Warsztaty kuchni gruzińskiej", "general", "",
"""Dzień dobry, jestem weganinem - czy na warsztatach kuchni gruzińskiej
można dostać wersję chaczapuri bez sera i jajek, czy program jest dla
wszystkich taki sam? Pytam, zanim się zapiszę. Pozdrawiam, Filip"""),
("pl", "b51-pl-niegrzeczny-kelner-kierownik", "Anna Walczak <anna.walczak@example.pl>", "Obsługa w czekoladziarni przy Rynku", "general", "high",
"""Dzień dobry,

w niedzielę byłam z synem (8 lat) na gorącej czekoladzie w Państwa
czekoladziarni przy Rynku. Syn niechcący rozlał szklankę wody. Kelner
na całą salę powiedział do niego "no brawo, geniuszu", a do mnie, że
"z takimi dziećmi to się siedzi w domu". Ludzie się odwracali, syn
płakał całą drogę.

Proszę o kontakt kierownika lokalu albo kogoś z zarządu. Nie chcę
bonu ani darmowej czekolady. Chcę wiedzieć, co Państwo z tym zrobią.

Anna Walczak"""),
("pl", "b51-pl-porecz-schody-luzna", "Henryk Lewandowski <henryk.lewandowski@example.pl>", "Schody na antresolę", "general", "high",
"""Dzień dobry,

piszę spokojnie, ale proszę to potraktować poważnie. Poręcz na schodach
na antresolę w Państwa pijalni czekolady na Piotrkowskiej jest
wyrwana z dolnego mocowania i rusza się na boki, kiedy się o nią
oprzeć. Starsza pani przede mną chwyciła się jej i prawie poleciała do
tyłu. Schody są strome, a na górze siedzą głównie rodziny z dziećmi.

Zanim ktoś spadnie, warto to przykręcić.

Henryk Lewandowski"""),
("pl", "b51-pl-zmiana-nazwiska", "Julia Borkowska <julia.borkowska@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Jasinska na Borkowska.
Prosze o zmiane na koncie, mail zostaje ten sam. Dziekuje, Julia"""),
("pl", "b51-pl-rodo-usuniecie-danych", "Marek Witkowski <marek.witkowski@example.pl>", "Żądanie usunięcia danych osobowych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych, w tym z listy mailingowej, oraz pisemnego potwierdzenia
wykonania tego żądania.

Marek Witkowski
adres e-mail jak w nadawcy"""),
("pl", "b51-pl-sponsoring-festyn-szkolny", "Rada Rodziców SP 12 <radarodzicow.sp12@example.pl>", "Prośba o wsparcie festynu", "general", "",
"""Szanowni Państwo,

Rada Rodziców Szkoły Podstawowej nr 12 w Toruniu organizuje 1 czerwca
festyn rodzinny na Dzień Dziecka. Czy byliby Państwo zainteresowani
ufundowaniem lodów dla ok. 300 dzieci lub stoiskiem z lodami? W zamian
umieścimy logo lodziarni na plakatach i na stronie szkoły.

Z poważaniem
Dorota Zając
Przewodnicząca Rady Rodziców"""),
("pl", "b51-pl-dostawa-tortu-domofon", "Krzysztof Sikorski <krzysztof.sikorski@example.pl>", "Dostawa w sobotę", "general", "",
"""Dzień dobry, w sprawie tortu z zamówienia 8830 na sobotę: domofon
nie działa, proszę zadzwonić pod 601 000 774, zejdę na dół. Klatka B,
4 piętro bez windy, więc lepiej, żebym odebrał go przy wejściu.
Dziękuję!"""),
("pl", "b51-pl-pytanie-pies-na-wycieczce", "Sylwia Ostrowska <sylwia.ostrowska@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy na wycieczke kulinarna po Wroclawiu mozna przyjsc z
psem? Mały, spokojny, 6 kg, bedzie na smyczy caly czas. Pozdrawiam"""),
("pl", "b51-pl-re-podziekowanie-przepisy-barszcz", "Wanda Czarnecka <wanda.czarnecka@example.pl>", "Re: Przepisy z warsztatów wigilijnych", "general", "",
"""Pani Kasiu,

bardzo dziękuję za przepisy. Barszcz na zakwasie wyszedł taki, że
teściowa po raz pierwszy od 20 lat nie miała uwag! Uszka też się nie
rozkleiły. Do zobaczenia na warsztatach wielkanocnych.

Wanda Czarnecka

-----Wiadomość oryginalna-----
Od: Kuchnia Babuni - Warsztaty
Data: 16 grudnia 2024, 19:05
Temat: Przepisy z warsztatów wigilijnych

Dzień dobry wszystkim, zgodnie z obietnicą przesyłam przepisy na
barszcz, uszka i pierniczki. Wesołych Świąt!
Kasia"""),
("pl", "b51-pl-wieczor-panienski-zapytanie", "Paulina Jasińska <paulina.jasinska@example.pl>", "Wieczór panieński", "general", "",
"""Hej! Organizuję wieczór panieński dla przyjaciółki i wpadłyśmy na
pomysł warsztatów robienia pralin. Czy robicie zamknięte warsztaty
dla grupy ok. 10 dziewczyn w piątek wieczorem? Czy możemy przynieść
własnego szampana i jakieś dekoracje?

Paulina"""),
]
