# batch56.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Mostly gardens and outdoors: allotment associations,
# garden rooms and sheds, artificial grass fitters, tree nurseries by
# post, lawn care subscriptions, garden furniture, greenhouse kits.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or quote an earlier reply, paid plans ended or paused
# in other words, business outages told by their consequences, safety
# hazards told calmly, praise, payment questions -- and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b56-allotment-rent-husband-passed", "Margaret Oakley <m.oakley@example.co.uk>", "Plot 14B", "billing", "",
"""Dear Secretary,

I am writing to let the Association know that my husband Ronald passed
away at the end of February. Plot 14B was in his name and, with my hip
as it is, I shan't be able to keep it going on my own.

The annual rent of 48.00 went out of our joint account on 1 April as
usual. I don't know whether any of that can come back to me now the plot
will be given up, but I should be grateful if you would stop it for next
year in any case.

Our neighbour on 14A, Mr Dhillon, has kindly said he will clear the
shed for whoever takes it on.

Yours sincerely,
Margaret Oakley (Mrs)"""),
("en", "b56-lawn-plan-gone-native", "Trent Kowalski <trent.k@example.com.au>", "lawn program", "billing", "",
"""G'day,

We've finally pulled up the buffalo out the back and gone with a native
garden and gravel, so there's nothing left for your blokes to feed or
spray. Can you take us off the 6-weekly lawn program? Next one's due
the 19th and I'd rather not get charged the $79 for a visit to a
garden bed.

Cheers,
Trent (Bentleigh East)"""),
("en", "b56-garden-room-balance-when", "Aoife Brennan <aoife.brennan@example.ie>", "Balance payment", "billing", "",
"""Hi there,

We paid the 20% deposit (EUR 3,160) for the 4m x 3m insulated garden
office back in January. The install is pencilled in for the week of the
12th of May.

When exactly is the balance due - before the lads arrive or once it's
finished? And can we pay it by card, or does it have to be a bank
transfer? Our card limit wouldn't stretch to it, so transfer would
suit us better anyway.

Thanks a million,
Aoife"""),
("en", "b56-greenhouse-charged-twice", "Dale Hoffman <dale.hoffman@example.com>", "Order GH-20931", "billing", "",
"""Hi, I ordered the 8x10 polycarbonate greenhouse kit on Thursday and my
credit card shows two charges of $1,249.00 on the same day. I only
clicked "place order" once and only got one confirmation. Please
reverse the second one.

Dale Hoffman
Boise, ID"""),
("en", "b56-tree-voucher-out-of-date", "Philippa Grange <pip.grange@example.co.uk>", "Gift voucher", "billing", "",
"""Hello,

My sister gave me one of your fruit tree gift vouchers (GBP 40) for my
birthday, and like an idiot I kept it in a drawer until now. It says
valid to 31 January and it's now March. Is there any chance you'd still
honour it? I'd like the Victoria plum on a semi-dwarf rootstock.

Many thanks,
Pip"""),
("en", "b56-turf-invoice-groundwork-manager", "Colin Pryce <colin.pryce@example.co.uk>", "Invoice 5521 - not what was quoted", "billing", "high",
"""I was quoted 1,850.00 in writing for supplying and laying 42 square
metres of artificial grass, including preparation. The invoice that came
yesterday is for 2,140.00, with 290.00 added for "additional groundwork".
Nobody mentioned any additional groundwork to me at any point, not when
your surveyor came, not on the day.

I've tried ringing the office twice and been told someone would call me
back. Nobody has. I'm not paying an invoice that doesn't match the
quote and I'm not discussing it with the office again. I want the owner
or a manager to ring me on 07700 900418 this week.

Colin Pryce"""),
("en", "b56-rattan-set-colour-return", "Sophie Lang <sophie.lang@example.com>", "Rattan corner sofa", "billing", "",
"""Hi,

The rattan corner set arrived on Saturday and it's lovely, but it's
definitely a dark chocolate brown and not the "natural grey" in the
photos. It clashes horribly with the patio. It's still in most of its
wrapping.

Can I send it back? It's huge, so I assume you collect it - is there a
charge for that, and will I get the full 699 back?

Sophie"""),
("en", "b56-re-refund-hedging-short", "Graham Tuck <graham.tuck@example.co.uk>", "Re: Your refund", "billing", "",
"""Thanks, but that only covers 8 plants. Ten of the beech whips arrived
dead, as the photos I sent show. It should be 10 x 3.20 = 32.00, not
25.60.

Graham

On 11 Mar, Hedgerow Direct <help@hedgerowdirect.example> wrote:
> Dear Mr Tuck,
> We're sorry some of your plants arrived in poor condition. We have
> refunded 25.60 to your card, which should show within 5 working days.
> Kind regards,
> Jo, Customer Service"""),
("en", "b56-garden-room-cancelled-chargeback", "Rebecca Sands <rebecca.sands@example.co.uk>", "Deposit - cancelled installation", "billing", "high",
"""To whom it may concern,

On 2 February you cancelled the installation of our garden room, citing
"supply issues", and promised that our deposit of 2,400.00 would be
returned within 10 working days. It is now more than five weeks later.
I have emailed three times (ref GR-7710) and received nothing but
automatic replies.

I paid the deposit by credit card. Unless the money is back in my
account by Friday 15 March I will raise a chargeback with my card
provider under section 75, and I have kept copies of every email.

Rebecca Sands"""),
("en", "b56-school-lawn-gst-invoice", "Accounts, Greenfield Public School <accounts@greenfieldschool.example.in>", "GST invoice required", "billing", "",
"""Dear Sir/Madam,

Kindly note that we have subscribed to your annual lawn maintenance plan
for our school grounds (Customer ID LM-3384) and paid Rs. 84,000 by
NEFT on 05/06.

The invoice received does not show our GSTIN and is in the name of our
Principal instead of the school. Please do the needful and issue a
proper GST invoice in the name of Greenfield Public School, Sector 21,
Gurugram, GSTIN 06AABCG1234F1Z5, at the earliest, as our auditors have
asked for the same.

Thanking you,
R. K. Malhotra
Accounts Section"""),
("en", "b56-bench-swap-not-refund", "Narelle Quinn <narelle.quinn@example.com.au>", "Bench", "billing", "",
"""Hi team, I don't want a refund, I want to swap. The 1.2m hardwood
bench is too short for our deck, the 1.8m one would be perfect. Can I
send back the small one and just pay the difference ($140 I think)?
It's unassembled still. Thanks, Narelle"""),
("en", "b56-question-greenhouse-price-dropped", "Keith Ambrose <keith.ambrose@example.co.uk>", "Question", "billing", "",
"""Morning,

I bought the Hartley 6x8 aluminium greenhouse from you on the 3rd for
549. It's now showing on your site at 489. It hasn't been delivered yet.
Do you refund the difference if the price goes down before delivery, or
do I need to cancel and reorder?

Keith"""),
("en", "b56-lawn-visits-never-came-small-claims", "Declan Farrell <declan.farrell@example.ie>", "Lawn care - charged for visits that never happened", "billing", "high",
"""Hello,

I've been charged EUR 55 three times since April (April, May, June) for
lawn treatments that never took place. I work from home and I can see
the lawn from my desk. Nobody came. There's no card left in the letterbox
like the first year either, and the grass is full of moss and daisies,
which is what I'm paying you to deal with.

I want the 165 refunded. If that hasn't happened in 14 days I'll be
filing with the Small Claims Court, it's 25 euro online and I have
the bank statements ready.

Declan Farrell
Ballincollig, Co. Cork"""),
("en", "b56-seed-club-balcony-now", "Hazel Worthington <hazel.w@example.co.uk>", "seed club", "billing", "",
"""hello, I've downsized to a flat and my "garden" is now a balcony about
the size of a tea towel, so there's no point in the monthly seed
packets any more. please could you stop it before the next 6.50 goes
out. it was a lovely thing to get each month, thank you. Hazel"""),
("en", "b56-vent-opener-stuck", "Brian Liddell <brian.liddell@example.co.uk>", "Automatic vent", "technical", "",
"""The automatic roof vent opener that came with the greenhouse won't open
at all. It was 27 degrees in there on Sunday and it stayed shut. I've
checked it's fitted the right way round as per page 19. Is the piston
faulty? My tomatoes are cooking.

Brian Liddell"""),
("en", "b56-irrigation-app-wont-pair", "Jenna Morales <jenna.morales@example.com>", "Not a billing question", "technical", "",
"""Hi - this isn't about my invoice (that's fine), it's the sprinkler
controller. The app finds it, I enter the wifi password, it spins for
about a minute and then says "Pairing failed, error 41". Tried three
times, rebooted the router, moved the controller closer. Phone is an
iPhone 13 on the latest iOS. Any ideas?

Jenna"""),
("en", "b56-office-heater-scorched-socket", "Andrew Pearce <andrew.pearce@example.co.uk>", "Garden office heater", "technical", "high",
"""Hello,

Not sure if this is one for you or an electrician, but I thought you
should know. The wall-mounted panel heater you fitted in our garden
office in November has started giving off a hot, burnt-plastic smell
after about half an hour. This morning I noticed the double socket it
plugs into is discoloured brown around the top pin and the plug was too
hot to hold.

I've switched it off at the consumer unit for now and I'm working in a
coat. Could somebody come and have a look?

Regards,
Andrew Pearce
Didcot"""),
("en", "b56-solar-lights-dead", "Niamh Gallagher <niamh.g@example.ie>", "solar lights", "technical", "",
"""Hiya, bought 2 sets of the solar festoon lights from ye a month ago,
one set works grand but the other doesn't light at all even after a
full sunny day (we do get them in Sligo occasionally!). Switch is on,
the little panel is facing south. Is there a reset or something?
Niamh"""),
("en", "b56-nursery-password-loop", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Unable to login", "technical", "",
"""Hello Team,

I am unable to login to my account on your website since yesterday. I
am clicking on "forgot password", getting the mail, setting new
password, and it is saying "password changed successfully". But when I
am trying to login with same password it is again saying "invalid
credentials". I have done this 4 times. Please check what is the issue.

Regards,
Venkatesh Iyer
Bengaluru"""),
("en", "b56-trade-portal-crews-idle", "Mitch Donnelly <mitch@donnelly-landscapes.example.au>", "trade portal", "technical", "high",
"""Mate, can someone look at the trade portal. Been getting "504 gateway"
every time we submit an order since 6am. Two crews of three sitting in
the ute at a job in Mona Vale with nothing to lay because the turf and
the edging are on an order that won't go through, and I've got another
job booked for tomorrow that depends on today's one being done.

Phone line's been engaged for an hour.

Mitch Donnelly
Donnelly Landscapes"""),
("en", "b56-grass-seams-lifting", "Lauren Hughes <lauren.hughes@example.co.uk>", "Artificial lawn", "technical", "",
"""Hi,

Your team laid our artificial lawn in early April. It looked great at
first but two of the joins have started to lift and curl at the edges,
so there's a visible line across the middle and the kids keep tripping
on the edge of it. I'm not after money back, I just want it sorted
properly before the summer.

Photos attached. We're in most days after 3.

Lauren Hughes"""),
("en", "b56-shed-lock-jammed", "Pete Sullivan <pete.sullivan@example.com>", "Shed door", "technical", "",
"""The lock on the 8x6 shed door has jammed - key goes in but won't
turn either way. All my tools are in there. Is there a replacement
lock or a trick to it? It's only 3 months old."""),
("en", "b56-mower-cable-shock", "Gary Whitfield <gary.whitfield@example.com>", "Corded mower", "technical", "high",
"""Good afternoon,

I want to report something with the 18" corded electric mower I bought
from you in May (order 66120). The cable isn't damaged as far as I can
see and it's plugged into a GFCI outlet, but twice now I've felt a
sharp tingle through the handle when the grass was damp, enough to make
me let go the second time. I've stopped using it.

I'd appreciate someone telling me what to do with it, and I think you
may want to look into that model.

Gary Whitfield
Columbus, OH"""),
("en", "b56-allotment-gate-keypad-dead", "Sunita Parmar <sunita.parmar@example.co.uk>", "Gate", "technical", "high",
"""Hi Committee,

The keypad on the main gate hasn't accepted anyone's code since
Saturday morning - the light flashes red whatever you put in. I've
spoken to at least a dozen plot holders and none of them can get in.
The side gate is padlocked shut as you know.

With this heat, that's 60-odd plots with nobody able to water for three
days now, and Mrs Cole's seedlings for the show are on their last legs.
The two older members who use the accessible beds near the gate can't
climb over like some of the younger lot have been doing.

Can someone from the supplier come out today?

Sunita (plot 31)"""),
("en", "b56-glazing-clips-panes-slipping", "Robert Fairclough <robert.fairclough@example.co.uk>", "Greenhouse glazing", "technical", "",
"""Hello,

I have now assembled the 6x6 greenhouse, but the W-clips supplied do not
grip the 3mm toughened panes. Four of the side panes have already
slipped down about an inch overnight. I followed the instructions and
the frame is square (I measured the diagonals).

Are the clips the wrong size for this glass?

R. Fairclough"""),
("en", "b56-hello-parasol-crank", "Tasha Bennett <tasha.bennett@example.com>", "Hello", "technical", "",
"""Hi, the winding handle on the 3m cantilever parasol snapped off the
first time I wound it up, the canopy is stuck half open and won't go
up or down. Is there a spare part? Tasha"""),
("en", "b56-lawn-app-wrong-garden", "Courtney Blake <courtney.blake@example.com>", "App showing someone else's yard", "technical", "",
"""Hey, weird one. Since the app update the treatment history in my
account shows a property on Maple Ridge Drive that isn't mine, with
photos of someone else's yard. My own visits have disappeared. I'm
logged into my own account (courtney.blake@...). Kinda concerning that
someone might be seeing my stuff too.

Courtney"""),
("en", "b56-nursery-easter-monday-hours", "Jean Whitaker <jean.whitaker@example.co.uk>", "Easter opening", "general", "",
"""Hello, are you open on Easter Monday and if so what hours? We want to
come and choose a couple of apple trees in person rather than by post.
Thank you, Jean"""),
("en", "b56-thanks-fitters-dean-kyle", "Samira Haddad <samira.haddad@example.co.uk>", "Thank you", "general", "",
"""Just a quick note to say thank you to Dean and Kyle who laid our
artificial grass on Tuesday. It rained sideways the whole day and they
never once complained, cleaned up everything, and even put the wheelie
bins back where they belong. My dad, who was very sceptical about
"plastic grass", has now asked for your number.

Samira"""),
("en", "b56-tree-delivery-side-gate", "Eoin Kavanagh <eoin.kavanagh@example.ie>", "Delivery of order 30417", "general", "",
"""Hi, our bare-root cherry is due out this week. If nobody answers,
could the courier leave it round the side gate, behind the oil tank,
rather than on the front step? The dog goes mad at the front door and
it's out of the wind at the side. Thanks, Eoin"""),
("en", "b56-allotment-new-email", "Alan Pritchett <alan.pritchett@example.co.uk>", "Change of email", "general", "",
"""Dear Membership Secretary,

Please note my new email address for the association newsletter and
committee circulars: this one. The old BT address is being closed. I'm
still on plot 7 and my postal address hasn't changed.

Alan Pritchett"""),
("en", "b56-subject-access-request", "Hannah Kerr <hannah.kerr@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including call recordings and any notes made by your
surveyors, in connection with my enquiry about a garden room in 2023.

Please reply within one month.

Hannah Kerr
14 Fernhill Road, Bristol BS6"""),
("en", "b56-surveyor-rude-father-manager", "Michelle Archer <michelle.archer@example.co.uk>", "Your surveyor's behaviour", "general", "high",
"""Dear Sir or Madam,

Your surveyor visited my father, who is 81, on Wednesday to measure up
for a summerhouse. My father tells me the man was on his phone for most
of the visit, walked across his vegetable beds, and when Dad asked him
to mind the onions he said "it's only a few weeds, mate" and laughed.
He then told Dad he was "too old to be bothering with a summerhouse".

Dad was very upset. I don't want a reply from the same team. I want
this passed to a manager or whoever is in charge of your surveyors, and
I want that person to call me.

Michelle Archer"""),
("en", "b56-show-garden-decking-step", "Ruth Nolan <ruth.nolan@example.co.uk>", "Show site at Ditton", "general", "high",
"""Hello,

We visited your garden room show site at Ditton on Saturday. The
second step up to the decking of the large "Studio" model has split
right across and moves when you stand on it. My daughter's foot went
through the gap and she has a nasty graze and a swollen ankle - nothing
broken, thankfully.

There was no sign or tape around it, and a lot of families were going
up and down while we were there. I'd suggest it's closed off before
somebody else does the same.

Ruth Nolan"""),
("en", "b56-school-orchard-donation", "Ms. Carla Jennings <cjennings@lincoln-elementary.example.org>", "Donation request - school orchard", "general", "",
"""Hello,

I teach 4th grade at Lincoln Elementary in Eugene, Oregon. This fall our
green team is planting a small orchard behind the gym, and we're
reaching out to local and online nurseries to ask if they'd consider
donating one or two bare-root fruit trees. We'd gladly add your name to
our "orchard friends" sign and thank you in the school newsletter.

Thank you for considering it!
Carla Jennings"""),
("en", "b56-glasses-left-show-site", "Bev Carmody <bev.carmody@example.com.au>", "Left my glasses", "general", "",
"""Hi, I think I left my reading glasses (tortoiseshell, in a blue case)
in the sample shed at your Penrith display on Sunday arvo, probably
on the potting bench. Could someone have a look? I can swing by
Thursday. Thanks, Bev"""),
("en", "b56-garden-room-planning-question", "Oliver Grant <oliver.grant@example.co.uk>", "Enquiry", "general", "",
"""Good evening,

Before we go any further: would a 3m x 4m garden room with a pent roof,
2.5m high and about a metre from the back fence, need planning
permission? We're in a semi-detached house in Leeds, not a conservation
area. I assume you get asked this all the time.

Best,
Oliver"""),
("en", "b56-re-order-dispatch-sleepers", "Tom Wheeler <tom.wheeler@example.com>", "Re: Order 40417", "general", "",
"""Still no tracking number. It's been 12 days since you said "next week".
Can you give me an actual date for the sleepers?

Tom

> Hi Tom,
> Thanks for your patience. The oak sleepers on order 40417 are
> expected back in our yard next week and will be dispatched as soon
> as they arrive.
> Best regards,
> Customer Support"""),
("en", "b56-fitters-killed-it", "Jarrah Wilson <jarrah.wilson@example.com.au>", "you blokes killed it", "general", "",
"""Absolutely killed it. The new turf out the back looks murderously
good, the neighbour's lawn is dying of jealousy and I nearly fainted
when I saw how tidy you left the side path. Best money I've spent all
year. Tell Shane and Ravi they're legends.

Jarrah, Caloundra"""),
("en", "b56-asbestos-sheeting-broken", "Ken Hollis <ken.hollis@example.co.uk>", "Old sheeting behind the communal shed", "general", "high",
"""Dear Committee,

Someone has been tidying behind the communal shed and has broken up the
old corrugated roof sheets that were stacked there. I'm fairly sure
they're the cement asbestos type - they're from the 1970s, grey and
fibrous at the broken edges. There are bits of it scattered on the path
that leads to the children's growing area.

I've put a tarpaulin over the worst of it and a note, but it needs
someone qualified to remove it and the path closed in the meantime.

Ken Hollis, plot 22"""),
# ---------------- Greek ----------------
("el", "b56-lachanokipos-metakomisi-diakopi", "Σταυρούλα Μπέη <stavroula.bei@example.gr>", "Κλήρος 27", "billing", "",
"""Καλησπέρα σας,

Από τον Σεπτέμβριο μετακομίζουμε οικογενειακώς στη Θεσσαλονίκη λόγω
δουλειάς του συζύγου μου, οπότε δεν θα μπορώ να συνεχίσω τον κλήρο 27
στους λαχανόκηπους. Παρακαλώ να μη χρεωθεί η ετήσια συνδρομή των 60€
τον Οκτώβριο. Το εργαλειοθηκάκι θα το αδειάσω μέχρι τέλος Αυγούστου.

Ήταν χαρά μου να είμαι μέλος του Συλλόγου.

Σταυρούλα Μπέη"""),
("el", "b56-gl-gkazon-poulisame-spiti", "Thanasis P. <thanasis.p@example.gr>", "syndromh gkazon", "billing", "",
"""Kalhspera, poulhsame to spiti sth Vari kai paradidoume ta kleidia
stis 30 tou mhna. Ara den xreiazomaste allo to programma gia to gkazon.
Mporeite na to stamathsete apo ton epomeno mhna? Na mhn kopei to 45ari
apo thn karta.
Eyxaristw, Thanasis"""),
("el", "b56-apothiki-prokatavoli-doseis", "Κωνσταντίνος Λιάπης <k.liapis@example.gr>", "Ξύλινη αποθήκη 3x2 - υπόλοιπο", "billing", "",
"""Καλημέρα,

Έχω δώσει προκαταβολή 400€ για την ξύλινη αποθήκη 3x2 με συναρμολόγηση
(παραγγελία 2291). Το υπόλοιπο είναι 1.150€. Θα ήθελα να ρωτήσω αν
γίνεται να το εξοφλήσω με πιστωτική σε άτοκες δόσεις και πόσες, ή
μόνο με κατάθεση. Επίσης το πληρώνω πριν ή μετά την τοποθέτηση;

Ευχαριστώ,
Κωνσταντίνος Λιάπης
Λάρισα"""),
("el", "b56-epipla-kipou-dipli-xreosi-trapeza", "Μαρίνα Κουτσογιάννη <marina.koutsogianni@example.gr>", "Διπλή χρέωση - σετ επίπλων κήπου", "billing", "high",
"""Κύριοι,

Στις 4 Ιουνίου αγόρασα από το ηλεκτρονικό σας κατάστημα το σετ
επίπλων κήπου «Σαντορίνη» (τραπέζι και 6 καρέκλες) αξίας 890€. Η
κάρτα μου χρεώθηκε δύο φορές το ίδιο ποσό. Σας έστειλα στις 6 και στις
11 Ιουνίου το αντίγραφο κίνησης από την τράπεζα και δεν έχω λάβει
καμία απάντηση, ούτε στο τηλέφωνο.

Σας ενημερώνω ότι αν δεν επιστραφούν τα 890€ μέχρι την Παρασκευή, θα
κάνω αμφισβήτηση της χρέωσης μέσω της τράπεζάς μου.

Μαρίνα Κουτσογιάννη"""),
("el", "b56-gl-elies-xeres-lefta-piso", "Giorgos Manolakis <g.manolakis@example.gr>", "elies", "billing", "",
"""Geia sas. Phra 3 elies se glastra apo to fytwrio sas me apostolh, 3 x
28e. H mia hr8e me spasmenh koryfh kai ta fylla ths exoun kseraei
teleiws meta apo 10 meres, oi alles dyo einai ok. Den thelw allh elia
sth 8esh ths, 8elw na mou epistrepsete ta 28e. Exw fwtografies an tis
xreiazeste.
Giorgos, Xania"""),
("el", "b56-timologio-kafeteria-chlootapitas", "Καφέ Πλάτανος <info@kafe-platanos.example.gr>", "ΤΙΜΟΛΟΓΙΟ", "billing", "",
"""Καλημερα σας,

Για την τοποθετηση του συνθετικου χλοοταπητα στην αυλη του καταστηματος
(προσφορα 0417, 1.980 ευρω) μας ηρθε αποδειξη λιανικης αντι για
τιμολογιο. Παρακαλουμε να εκδοθει τιμολογιο στα στοιχεια:

ΠΛΑΤΑΝΟΣ ΙΚΕ
ΑΦΜ 801234567, ΔΟΥ Πατρων
Ερμου 12, Πατρα

Ευχαριστουμε,
Νικος Δρακος"""),
("el", "b56-thermokipio-lathos-megethos-epistrofi", "Άννα Ζαχαρίου <anna.zachariou@example.gr>", "Επιστροφή θερμοκηπίου", "billing", "",
"""Γεια σας,

Παρήγγειλα το θερμοκήπιο 2,5x3,8 και όταν μέτρησα ξανά τον χώρο στο
πίσω μέρος του κήπου είδα ότι δεν χωράει. Το κουτί δεν έχει ανοιχτεί.
Μπορώ να το επιστρέψω ή να το αλλάξω με το μικρότερο 1,9x2,5; Τα
μεταφορικά της επιστροφής ποιος τα πληρώνει;

Άννα Ζαχαρίου"""),
("el", "b56-re-kodikos-ekptosis-den-efarmostike", "Πέτρος Αλεξίου <petros.alexiou@example.gr>", "Re: Η παραγγελία σας #55820 καταχωρήθηκε", "billing", "",
"""Καλησπέρα, στην παραγγελία φαίνεται πως δεν μπήκε η έκπτωση 15% του
κωδικού ΑΝΟΙΞΗ15 που ήταν στο newsletter σας. Πλήρωσα 212,00€ αντί για
180,20€. Μπορείτε να μου επιστρέψετε τη διαφορά;

Πέτρος

-----
> Αγαπητέ πελάτη,
> Η παραγγελία σας #55820 καταχωρήθηκε με επιτυχία.
> Σύνολο: 212,00€
> Ευχαριστούμε που μας προτιμήσατε!"""),
("el", "b56-gkazon-pet-friendly-skylos-efyge", "Ευτυχία Ρήγα <eftychia.riga@example.gr>", "Πακέτο φροντίδας γκαζόν", "billing", "",
"""Καλημέρα σας,

Είχαμε πάρει το πακέτο «Pet Friendly» για το γκαζόν, με τα ειδικά
λιπάσματα, επειδή είχαμε τον Μπόμπο. Δυστυχώς ο Μπόμπος έφυγε τον
προηγούμενο μήνα, στα 14 του. Δεν χρειάζεται πια το ακριβότερο
πακέτο· μπορείτε να μας γυρίσετε στο απλό από τον επόμενο μήνα;

Ευτυχία Ρήγα, Κηφισιά"""),
("el", "b56-chlootapitas-yperchreosi-synigoros", "Ιωάννης Καραγιάννης <ioannis.karagiannis@example.gr>", "Χρέωση πέραν της προσφοράς", "billing", "high",
"""Κύριοι,

Η γραπτή σας προσφορά για την προμήθεια και τοποθέτηση 60 τ.μ.
συνθετικού χλοοτάπητα ήταν 2.700€ με ΦΠΑ. Μετά την εργασία μού
ζητήσατε και πλήρωσα 3.240€, με τη δικαιολογία ότι «χρειάστηκε
επιπλέον υπόστρωμα». Κανείς δεν με ενημέρωσε ούτε ζήτησε τη
συγκατάθεσή μου πριν.

Απαιτώ την επιστροφή των 540€ εντός 15 ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα υποβάλω καταγγελία στη
Γενική Γραμματεία Εμπορίου.

Ιωάννης Καραγιάννης
Βόλος"""),
("el", "b56-gl-epistrofi-xrimaton-thelo-proistameno", "Katerina Vlachou <kat.vlachou@example.gr>", "EPISTROFH XRHMATWN", "billing", "high",
"""Kalhmera. Epestrepsa th sezlong kai tis 2 poltrones kipou stis 3 tou
Maiou, exw thn apodeiksh paralavhs apo ton courier sas. Apo tote exw
milhsei 4 fores sto thlefwno kai kathe fora mou lene "8a to
koita3oume". 340e akoma den exoun epistrafei.

Den 8elw na ksanamilhsw me to call center. Na me parei enas
proistamenos h o ypey8ynos tou katasthmatos shmera, 6944 000 123.

Katerina Vlachou"""),
("el", "b56-dorokarta-fytorio-me-ekptosi", "Λένα Σιδέρη <lena.sideri@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλησπέρα! Έχω μια δωροκάρτα 50€ από το φυτώριό σας. Μπορώ να τη
χρησιμοποιήσω και σε προϊόντα που είναι ήδη σε προσφορά, π.χ. στις
λεμονιές με -20%; Και αν η παραγγελία βγει 70€, πληρώνω τη διαφορά με
κάρτα;"""),
("el", "b56-gl-erotisi-antikatavoli-dentra", "Mixalis <mixalis83@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, gia ta dentra me apostolh (8elw 2 lemonies kai mia
mandarinia) ginetai plhrwmh me antikatavolh h mono me karta? Kai an
ginetai, exei epipleon xrewsh? Den exw karta gia internet.
Mixalis, Agrinio"""),
("el", "b56-syllogos-anastoli-exoteriko", "Δρ. Αλέξανδρος Νικολαΐδης <a.nikolaidis@example.gr>", "Αναστολή μέλους για ένα έτος", "billing", "",
"""Αγαπητή Επιτροπή,

Τον Φεβρουάριο σάς είχα ενημερώσει ότι από τον Μάρτιο θα βρίσκομαι για
ένα χρόνο σε ερευνητική άδεια στο Εδιμβούργο και είχα ζητήσει να
«παγώσει» η συμμετοχή μου και να δοθεί ο κλήρος μου προσωρινά σε
άλλο μέλος. Παρ' όλα αυτά χρεώθηκε κανονικά η ετήσια συνδρομή (60€)
στον λογαριασμό μου. Μπορείτε να τη διορθώσετε;

Με εκτίμηση,
Αλέξανδρος Νικολαΐδης"""),
("el", "b56-thermokipio-syromeni-porta", "Σπύρος Γαλάνης <spyros.galanis@example.gr>", "Πόρτα θερμοκηπίου", "technical", "",
"""Καλημέρα,

Στο θερμοκήπιο αλουμινίου που συναρμολόγησα τον περασμένο μήνα η
συρόμενη πόρτα βγαίνει συνέχεια από την πάνω ράγα, ειδικά όταν
φυσάει. Τα ροδάκια φαίνονται πολύ μικρά για τη ράγα. Υπάρχει κάποιο
ανταλλακτικό ή ρύθμιση;

Σπύρος Γαλάνης"""),
("el", "b56-gl-potisma-app-den-syndeetai", "Dimitra S. <dimitra.s@example.gr>", "potisma app", "technical", "",
"""Kalhspera, den einai gia thn xrewsh, auth einai ok. To thema einai oti
to app gia ton programmatisth potismatos den vriskei th syskeuh. To
lampaki anavosvhnei mple, to kinhto einai konta, exw kanei reset 2
fores. Android 14. Ti allo na dokimasw?"""),
("el", "b56-chlookoptiko-bataria-fouskose", "Αθανάσιος Ρέντζος <a.rentzos@example.gr>", "Μπαταρία χλοοκοπτικού", "technical", "high",
"""Καλημέρα σας,

Θα ήθελα να σας ενημερώσω για κάτι που παρατήρησα στην μπαταρία 40V του
χλοοκοπτικού που αγόρασα από εσάς τον Απρίλιο. Μετά τη φόρτιση χθες
το βράδυ, το περίβλημά της έχει φουσκώσει στο πλάι και ήταν πολύ
ζεστή στο χέρι, ενώ ο φορτιστής είχε ήδη σβήσει. Μύριζε και κάπως
χημικά.

Την έχω βγάλει στην αυλή, σε τσιμεντένιο δάπεδο μακριά από οτιδήποτε.
Πείτε μου πώς να προχωρήσω.

Αθανάσιος Ρέντζος"""),
("el", "b56-iliaka-fotistika-den-anavoun", "Βασω Τσολακη <vaso.tsolaki@example.gr>", "Ηλιακα φωτιστικα", "technical", "",
"""Καλησπερα, τα 10 ηλιακα φωτακια για το μονοπατι που πηρα πριν δυο
εβδομαδες ανοιγουν μονο για κανα μισαωρο το βραδυ και μετα σβηνουν,
ενω ο ηλιος τα βλεπει ολη μερα. Εχουν καποιο διακοπτη που δεν βλεπω;
Βασω"""),
("el", "b56-gl-login-kodikos-fytorio", "Kostas Theodorou <kostas.theo@example.gr>", "login", "technical", "",
"""Kalhmera, prospa8w na mpw sto logariasmo mou sto site sas kai mou
leei "o logariasmos sas exei kleidw8ei". Patisa "3exasa ton kwdiko"
alla to email den erxetai pote, oute sta spam. Ti na kanw?"""),
("el", "b56-b2b-paraggelies-synergeia-stamata", "Φυτώρια Αιγαίου - Αγορές <agores@fytoria-aigaiou.example.gr>", "Πλατφόρμα συνεργατών", "technical", "high",
"""Καλημέρα,

Από χθες το μεσημέρι όποια παραγγελία καταχωρούμε στην πλατφόρμα
συνεργατών σας μένει «σε αναμονή» και δεν φτάνει ποτέ στην αποθήκη
σας. Σήμερα το πρωί τα τρία συνεργεία κηποτεχνίας μας πήγαν στα έργα
στη Γλυφάδα και στη Βάρκιζα και δεν είχαν τίποτα να φυτέψουν, οι
πελάτες μάς παίρνουν τηλέφωνο και οι εργάτες πληρώνονται για να
περιμένουν. Το τηλεφωνικό σας κέντρο δεν απαντά.

Παρακαλούμε άμεσα κάποιον από το τεχνικό τμήμα.

Μαρία Αντωνίου
Υπεύθυνη Αγορών"""),
("el", "b56-chlootapitas-den-strangizei", "Ελευθερία Πανταζή <eleftheria.pantazi@example.gr>", "Νερά στον χλοοτάπητα", "technical", "",
"""Καλησπέρα,

Από τότε που τοποθετήσατε τον συνθετικό χλοοτάπητα (Μάρτιος) κάθε
φορά που βρέχει μένουν λιμνούλες στη μέση της αυλής για δύο και τρεις
μέρες. Μου είχατε πει ότι ο χλοοτάπητας έχει οπές αποστράγγισης και
ότι το υπόστρωμα θα είχε κλίση. Μπορεί να έρθει κάποιος να το δει;

Ελευθερία Πανταζή, Ηράκλειο"""),
("el", "b56-gl-apothiki-prizes-spithes", "Nikos Karras <nikos.karras@example.gr>", "reuma apothikh", "technical", "high",
"""Kalhspera, sas grafw gia thn hlektrologikh egkatastash pou kanate sthn
apo8hkh kipou (eksw prizes kai fws) ton Ianouario. Otan vrexei, h
eksw priza sto plai ths apo8hkhs kanei mikres spi8es kai akouw ena
tsirisma. Xthes petage kai to gkalizoni ths asfaleias. Exw katevasei
thn asfaleia kai den thn akoumpaw. Mporei na er8ei kapoios hlektrologos
sas na to dei?

Nikos Karras, Peania"""),
("el", "b56-syllogos-potistiko-kaysonas", "Χρήστος Μελετίου <ch.meletiou@example.gr>", "Αυτόματο πότισμα λαχανόκηπων", "technical", "high",
"""Προς την εταιρεία συντήρησης,

Από την Κυριακή ο κεντρικός ελεγκτής του αυτόματου ποτίσματος στους
δημοτικούς λαχανόκηπους δείχνει «ERR 07» και καμία βάνα δεν ανοίγει.
Έχουμε 84 κλήρους, καύσωνα με 41 βαθμούς, και πολλά από τα μέλη μας
είναι συνταξιούχοι που δεν μπορούν να κουβαλήσουν νερό με κουβάδες
από τη βρύση της εισόδου. Οι ντομάτες και τα αγγούρια ήδη
μαραίνονται.

Σας παρακαλούμε να στείλετε τεχνικό το συντομότερο.

Χρήστος Μελετίου
Πρόεδρος Συλλόγου Λαχανόκηπων Καλαμαριάς"""),
("el", "b56-ompreka-klisi-spasmeni", "Ρένα Φωτίου <rena.fotiou@example.gr>", "Ομπρέλα", "technical", "",
"""Καλημέρα. Η κρεμαστή ομπρέλα 3μ. που πήραμε τον Μάιο: ο μηχανισμός
κλίσης δεν κλειδώνει πια, γυρίζει το χερούλι αλλά η ομπρέλα πέφτει
πάλι ίσια. Υπάρχει ανταλλακτικό;"""),
("el", "b56-thermokipio-profil-den-tairiazoun", "Γεράσιμος Βλάσσης <gerasimos.vlassis@example.gr>", "Συναρμολόγηση θερμοκηπίου", "technical", "",
"""Κύριοι,

Κατά τη συναρμολόγηση του θερμοκηπίου (κωδ. GH-640) διαπίστωσα ότι οι
τρύπες στα οριζόντια προφίλ Β7 και Β8 δεν ευθυγραμμίζονται με αυτές
των κάθετων, απέχουν περίπου 1 εκατοστό. Ακολούθησα τις οδηγίες κατά
γράμμα. Μήπως έχουν σταλεί λάθος κομμάτια;

Με εκτίμηση,
Γ. Βλάσσης"""),
("el", "b56-gl-geia-sas-pergkola-moter", "Eleni <eleni.k@example.gr>", "Geia sas", "technical", "",
"""Geia sas, h hlektrikh pergkola pou topothetisate prin ena mhna den
antidra sto thlexeiristhrio apo xthes. Allaksa mpataria sto
thlexeiristhrio, tipota. To moter den kanei kanena hxo.
Eleni"""),
("el", "b56-antlia-syntrivaniou-den-antlei", "Παναγιώτης Δούκας <p.doukas@example.gr>", "Σιντριβάνι κήπου", "technical", "",
"""Καλησπέρα,

Η αντλία του σιντριβανιού κήπου που πήρα πριν από τρεις εβδομάδες
δουλεύει (ακούγεται), αλλά δεν βγάζει σχεδόν καθόλου νερό από πάνω.
Καθάρισα το φίλτρο, το νερό καλύπτει την αντλία. Τι μπορεί να φταίει;

Παναγιώτης"""),
("el", "b56-fytorio-orario-savvato", "Αικατερίνη Σταθοπούλου <aik.stathopoulou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα σας, τι ώρα κλείνει το φυτώριο το Σάββατο; Και την Κυριακή
των Βαΐων είστε ανοιχτά;"""),
("el", "b56-efcharisties-apothiki-technites", "Γιάννης Χατζηδάκης <giannis.chatzidakis@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα,

Ήθελα μόνο να πω ένα μεγάλο ευχαριστώ στον κ. Σωτήρη και στον Άρη, που
έστησαν την ξύλινη αποθήκη μας την Τετάρτη. Ήρθαν στην ώρα τους,
δούλεψαν με προσοχή γύρω από τις τριανταφυλλιές της γυναίκας μου και
μας εξήγησαν πώς να τη βάφουμε κάθε χρόνο. Σπάνια βλέπεις τέτοιο
επαγγελματισμό.

Με εκτίμηση,
Γιάννης Χατζηδάκης"""),
("el", "b56-gl-paradosi-gkaraz", "Sofia Mp. <sofia.mp@example.gr>", "paradosh dentrwn", "general", "",
"""Kalhmera! Ta dentrakia pou parhggeila (paraggelia 7712) ama den eimai
spiti mporei o courier na ta afhsei sto gkaraz? To gkaraz einai
anoixto ws tis 8 to vrady, mpainete apo thn odo Anagnwstopoulou, oxi
apo thn kentrikh eisodo. Eyxaristw polu!"""),
("el", "b56-syllogos-neo-kinito", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα, παρακαλώ σημειώστε το νέο μου κινητό για τις ειδοποιήσεις
του Συλλόγου: 697 000 4521. Το παλιό δεν ισχύει πλέον. Κλήρος 9.
Ευάγγελος Τσιρίγος"""),
("el", "b56-gl-dentra-konta-thalassa", "Apostolis Karamanlis <apostolis.k@example.gr>", "erwthsh gia dentra", "general", "",
"""Kalhspera sas. Exoume ena ekshoxiko sth Xalkidikh, 50 metra apo th
thalassa, kai 8eloume na valoume kapoia dentra gia skia. Ti dentra
antexoun to alati kai ton aera? Skefthkame tamarikia h koukoutsia,
alla de kseroume. Ta steilnete kai ekei?
Eyxaristoume, Apostolis"""),
("el", "b56-ypallilos-fytoriou-diefthyntis", "Χαρίκλεια Μαυρίδου <chariklia.mavridou@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Το Σάββατο το πρωί επισκέφθηκα το φυτώριό σας στο Μενίδι με την
ηλικιωμένη μητέρα μου. Όταν ρώτησα έναν υπάλληλο με πράσινη ποδιά
(ψηλός, με γυαλιά) αν μπορεί να μας βοηθήσει να φορτώσουμε δύο
γλάστρες στο αυτοκίνητο, μου απάντησε «δεν είμαι αχθοφόρος» και μας
γύρισε την πλάτη μπροστά σε άλλους πελάτες.

Δεν δέχομαι να απαντήσει σε αυτό το μήνυμα το ίδιο τμήμα. Ζητώ να με
καλέσει ο διευθυντής του καταστήματος στο 210 000 3344.

Χαρίκλεια Μαυρίδου"""),
("el", "b56-syllogos-pefko-gernei-monopati", "Ολυμπία Γεωργιάδη <olympia.georgiadi@example.gr>", "Πεύκο στο κεντρικό μονοπάτι", "general", "high",
"""Αγαπητή Επιτροπή,

Μετά τον χθεσινό αέρα, το μεγάλο πεύκο δίπλα στην είσοδο των
λαχανόκηπων γέρνει εμφανώς πάνω από το κεντρικό μονοπάτι, και η
βάση του κορμού έχει ανασηκώσει το χώμα. Από εκεί περνάνε κάθε
απόγευμα τα παιδιά του σχολικού προγράμματος.

Έβαλα μια κορδέλα από σπάγκο, αλλά πιστεύω πως χρειάζεται να
κλείσει το μονοπάτι και να ειδοποιηθεί ο Δήμος.

Ολυμπία Γεωργιάδη, κλήρος 41"""),
("el", "b56-sxoleio-fyta-sxoliko-kipo", "12ο Δημοτικό Σχολείο Πατρών <mail@12dim-patras.example.gr>", "Σχολικός λαχανόκηπος", "general", "",
"""Αξιότιμοι κύριοι,

Το σχολείο μας ξεκινά φέτος σχολικό λαχανόκηπο με τη συμμετοχή των
μαθητών της Ε΄ και ΣΤ΄ τάξης. Θα θέλαμε να ρωτήσουμε αν θα μπορούσατε
να μας προσφέρετε κάποια φυτά ή σπόρους για την πρώτη μας φύτευση.
Η προσφορά σας θα αναφερθεί στη γιορτή λήξης και στην ιστοσελίδα του
σχολείου.

Με τιμή,
Η Διευθύντρια
Ευαγγελία Σταματοπούλου"""),
("el", "b56-gl-kleidia-katastima-epiplon", "Leonidas <leonidas.p@example.gr>", "kleidia", "general", "",
"""Kalhmera, mhpws vrhkate ena matso kleidia me ena mprelok me to shma
tou PAOK? Nomizw ta afhsa sto trapezi me tis karekles alouminiou sto
katasthma sas sto Marousi to Savvato. Eyxaristw."""),
("el", "b56-dedomena-diagrafi-archi", "Θεόδωρος Παπαδάκης <theodoros.papadakis@example.gr>", "Διαγραφή προσωπικών δεδομένων - 2η αίτηση", "general", "high",
"""Κύριοι,

Στις 3 Μαρτίου σάς ζήτησα εγγράφως, σύμφωνα με το άρθρο 17 του ΓΚΠΔ,
να διαγράψετε όλα τα προσωπικά μου δεδομένα και να σταματήσετε να μου
στέλνετε διαφημιστικά SMS. Πέρασαν δύο μήνες, δεν απαντήσατε και τα
SMS συνεχίζονται σχεδόν καθημερινά.

Αν δεν λάβω επιβεβαίωση διαγραφής μέσα σε 10 ημέρες, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Θεόδωρος Παπαδάκης"""),
("el", "b56-re-paradosi-poltrones-pote", "Δέσποινα Κυριακίδου <despoina.kyriakidou@example.gr>", "Re: Παραγγελία 61904", "general", "",
"""Καλησπέρα, πάλι εγώ. Πέρασε και η δεύτερη εβδομάδα και δεν έχω
ακόμα αριθμό αποστολής. Μπορείτε να μου πείτε συγκεκριμένη ημερομηνία;

Δέσποινα

Στις 20/5, ο/η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητή κα Κυριακίδου,
> Οι πολυθρόνες της παραγγελίας σας αναμένονται στην αποθήκη μας
> μέσα στην επόμενη εβδομάδα και θα σας αποσταλούν αμέσως.
> Με εκτίμηση"""),
("el", "b56-gl-gkazon-fotia", "Manolis Daskalakis <manolis.dask@example.gr>", "to gkazon einai FWTIA", "general", "",
"""Re paidia, to gkazon einai fwtia! Ta paidia sas eskisan, to evalan
se mia mera kai den exei oute mia raf8 na fainetai. O geitonas
skasmenos apo th zhlia, h gynaika mou pe8ane sta gelia otan ton eide
na kitaei apo to mpalkoni. Eyxaristw polu, 8a sas systhsw pantou.
Manolis, Rethymno"""),
("el", "b56-gl-antallagi-sporon-pote", "Froso Lambrou <froso.lambrou@example.gr>", "giorth sporwn", "general", "",
"""Kalhspera sthn epitroph! Fetos 8a ginei pali h giorth antallaghs
sporwn tou Syllogou? An nai, pote kai pou? 8a 8ela na ferw kai kapoies
palies poikilies ntomatas apo to xwrio ths giagias mou.
Froso (klhros 15)"""),
# ---------------- Spanish ----------------
("es", "b56-huerto-madre-baja-cuota", "Rocío Llamas <rocio.llamas@example.es>", "Baja parcela 36", "billing", "",
"""Buenos días:

Les escribo en nombre de mi madre, Pilar Serrano, titular de la parcela
36 de los huertos de la Dehesa. Desde la operación de rodilla ya no
puede subir la cuesta hasta el huerto y se ha venido a vivir conmigo a
Alcalá, así que queremos darla de baja. Por favor, que no le vuelvan a
pasar el recibo trimestral de 22 € por el banco.

Si hace falta que firme algo, díganme dónde.

Un saludo,
Rocío Llamas"""),
("es", "b56-pasto-pausar-monterrey", "Gabriela Treviño <gaby.trevino@example.com.mx>", "pausar servicio", "billing", "",
"""Hola buenas tardes, queremos pausar el servicio de mantenimiento del
pasto de julio a septiembre porque vamos a estar en Monterrey cuidando
a mi suegra. No cancelar, nada mas pausar, y que no se cobren los
$1,350 de esos meses. En octubre seguimos normal.
Gracias!
Gaby"""),
("es", "b56-quincho-cuotas-sin-interes", "Martín Scarpa <martin.scarpa@example.com.ar>", "Consulta quincho de madera", "billing", "",
"""Hola, ¿qué tal?

Estoy por comprar el quincho de madera de 4x4 que tienen publicado a
$2.890.000. ¿Se puede pagar en cuotas sin interés con tarjeta? ¿Con qué
bancos y cuántas cuotas? Y si pago por transferencia, ¿hay descuento?

Gracias,
Martín
Rosario"""),
("es", "b56-cesped-instalacion-cobrada-aparte", "Nuria Ferrer <nuria.ferrer@example.es>", "Factura FA-2024-1183", "billing", "",
"""Hola,

En el presupuesto que nos hicisteis para el césped artificial (58 m²)
ponía "suministro e instalación incluidos", 1.740 € IVA incluido. En la
factura aparece la instalación como línea aparte, 380 € más. Supongo
que es un error, ¿podéis revisarlo y enviarme la factura corregida?

Gracias,
Nuria"""),
("es", "b56-frutales-muertos-sernac", "Francisca Muñoz <francisca.munoz@example.cl>", "Reembolso árboles frutales - pedido 10422", "billing", "high",
"""Estimados:

El 3 de junio recibí por Chilexpress los 6 frutales a raíz desnuda que
compré en su vivero (pedido 10422, $186.000). Llegaron con las raíces
completamente secas y dos con el tronco quebrado. Envié fotos ese mismo
día. Me respondieron que "es normal que no tengan hojas en invierno",
lo que no tiene nada que ver con lo que reclamé.

Exijo la devolución total del dinero. Si en 10 días hábiles no tengo
respuesta, presentaré el reclamo ante el SERNAC con todas las fotos
y correos.

Francisca Muñoz
Talca"""),
("es", "b56-factura-casa-rural-nif", "Casa Rural El Robledal <reservas@elrobledal.example.es>", "Factura muebles jardín", "billing", "",
"""Buenos dias,

Compramos 4 tumbonas y 2 mesas auxiliares para la terraza de la casa
rural (pedido 51207). Necesitamos la factura a nombre de la empresa, no
del particular:

El Robledal Turismo Rural S.L.
NIF B12345678
Camino del Molino s/n, 44100 Albarracín (Teruel)

Un saludo,
Julián Gómez"""),
("es", "b56-invernadero-cambio-tamano", "Andrés Castaño <andres.castano@example.com.co>", "Cambio invernadero", "billing", "",
"""Buenas tardes, compré el invernadero de 2x3 metros pero la verdad me
quedó pequeño para lo que quiero sembrar. ¿Puedo devolverlo y pedir el
de 3x4, pagando la diferencia? Todavía está en la caja sin abrir.
Mil gracias, Andrés (Rionegro, Antioquia)"""),
("es", "b56-re-devolucion-sin-portes", "Elena Rovira <elena.rovira@example.es>", "Re: Confirmación de su devolución", "billing", "",
"""Hola:

Me habéis devuelto 129,00 € pero yo pagué 141,95 € con los portes. La
mesa llegó con una pata partida, no la devolví por capricho, así que
entiendo que los gastos de envío también se me deben reembolsar.

Elena

----- Mensaje original -----
> Estimada clienta:
> Le confirmamos que hemos procesado el reembolso de 129,00 € por el
> artículo "Mesa plegable teca 120 cm".
> Atentamente,
> Atención al Cliente"""),
("es", "b56-pergola-anticipo-profeco", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Anticipo pérgola - queja formal", "billing", "high",
"""A quien corresponda:

El 8 de marzo les di un anticipo de $18,500 MXN para la fabricación e
instalación de una pérgola de madera en mi terraza, con fecha de
entrega el 20 de abril. Estamos a finales de mayo, nadie se ha
presentado y la persona que me vendió ya no contesta el WhatsApp.

Solicito la devolución íntegra del anticipo. Si no la recibo en un
plazo de 5 días hábiles, acudiré a la PROFECO con el contrato, el
comprobante de transferencia y las capturas de las conversaciones.

Héctor Villaseñor
Zapopan, Jalisco"""),
("es", "b56-renovacion-cesped-quiero-encargado", "Jorge Salvatierra <jorge.salvatierra@example.es>", "COBRO DE RENOVACION", "billing", "high",
"""Me habeis renovado el plan anual de mantenimiento de cesped y cobrado
los 420 euros cuando en febrero llame para decir que NO queria renovar.
La chica me dijo que quedaba anotado. Hoy me dicen por telefono que no
consta y que no se puede hacer nada.

No pienso seguir hablando con el servicio de atencion. Quiero que me
llame el encargado o el responsable de la zona de Valencia hoy mismo,
612 000 789.

Jorge Salvatierra"""),
("es", "b56-saldo-a-favor-no-reembolso", "Valeria Domínguez <valeria.dominguez@example.com.ar>", "Pedido cancelado", "billing", "",
"""Hola! Me avisaron que el sillón colgante que pedí no tiene stock hasta
noviembre. No quiero que me devuelvan la plata, prefiero que me quede
como saldo a favor para comprar otra cosa en primavera. ¿Se puede? Son
$245.000.
Besos, Vale"""),
("es", "b56-asociacion-huertos-precio-volumen", "Asociación Huertos del Turia <info@huertosturia.example.es>", "Presupuesto para asociación", "billing", "",
"""Buenas tardes:

Somos una asociación de huertos urbanos con 64 socios y estamos
pensando en comprar herramientas y 20 compostadoras de 400 litros para
uso común. ¿Hacéis algún descuento para asociaciones o por volumen? ¿Y
se puede pagar con factura a 30 días?

Atentamente,
Amparo Beltrán, tesorera"""),
("es", "b56-hola-colgado-azada", "Tomás Ezquerra <tomas.ezquerra@example.es>", "Hola", "billing", "",
"""Hola, buenas.

A mis 83 años he colgado la azada definitivamente. Mis hijos se han
quedado con el huerto del pueblo para convertirlo en aparcamiento, qué
le vamos a hacer. Así que ya no me hace falta la caja de plantel que me
mandáis cada mes. Les agradezco que la den de baja. Han sido muchos
años y siempre llegó todo en buen estado.

Un saludo de Tomás, de Calatayud"""),
("es", "b56-reposeras-mercadopago", "Santiago Pereyra <santi.pereyra@example.com.uy>", "forma de pago", "billing", "",
"""hola, las reposeras de aluminio las puedo pagar por mercado pago o
solo transferencia? y el precio esta en dolares o en pesos? gracias"""),
("es", "b56-invernadero-ventana-no-cierra", "Ignacio Bustos <ignacio.bustos@example.es>", "Ventana invernadero", "technical", "",
"""Hola,

La ventana cenital del invernadero que monté en abril no cierra bien:
queda una rendija de un par de centímetros y cuando hay viento golpea
toda la noche. He revisado las bisagras y parecen rectas. ¿Puede ser
que el panel de policarbonato se haya dilatado con el calor?

Ignacio"""),
("es", "b56-riego-app-no-programa", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "app riego", "technical", "",
"""Hola, no es tema de cobro, eso está bien. Lo que pasa es que en la app
del controlador de riego guardo el horario (6 am, 20 minutos, zonas 1
a 4) y al día siguiente aparece otra vez vacío y no riega. Ya lo
desinstalé y volví a instalar. ¿Qué más hago? El pasto ya se está
poniendo amarillo.
Daniela"""),
("es", "b56-cortasetos-chispas-olor", "Fernando Aguado <fernando.aguado@example.es>", "Cortasetos eléctrico", "technical", "high",
"""Buenas tardes,

Les comento por si es útil. El cortasetos eléctrico de 600 W que compré
en su tienda hace un mes empezó ayer a soltar chispas por las rejillas
de ventilación a los pocos minutos de uso, con olor a quemado. Lo
desenchufé enseguida. El cable está intacto.

No lo he vuelto a usar. ¿Qué hago con él? Creo que deberían revisar ese
modelo por si le pasa a alguien más.

Saludos,
Fernando Aguado
Burgos"""),
("es", "b56-estufa-exterior-olor-gas", "Lucía Benvenuto <lucia.benvenuto@example.com.ar>", "Estufa de exterior", "technical", "high",
"""Hola, buen día.

Tenemos la estufa de exterior tipo hongo que nos instalaron en el patio
del local en abril. Desde hace unos días se siente olor a gas cerca de
la conexión de la garrafa aunque esté apagada. Cerramos la llave y no
la estamos usando, pero es la que calienta la zona de mesas.

¿Pueden mandar a alguien a revisarla?

Lucía Benvenuto
Café Benvenuto, Palermo"""),
("es", "b56-vivero-codigo-verificacion", "Marcos Iglesias <marcos.iglesias@example.es>", "no puedo entrar", "technical", "",
"""Hola, al entrar en mi cuenta de la web del vivero me pide un codigo de
verificacion por SMS, pero el SMS no llega nunca. Lo he pedido 5 veces.
El numero es el correcto. Asi no puedo ver mis pedidos."""),
("es", "b56-plataforma-mayorista-camionetas", "Compras - Paisajes del Bajío <compras@paisajesbajio.example.com.mx>", "Plataforma", "technical", "high",
"""Buen día,

Desde ayer en la tarde la plataforma de pedidos mayoristas se queda
cargando al confirmar y ningún pedido entra. Hoy nuestras cuatro
camionetas no pudieron salir a los fraccionamientos porque no tenemos
el pasto en rollo ni la planta que se pide por ahí; son unos 40
jardines que tenemos que reprogramar y clientes llamando molestos.

El teléfono de atención a distribuidores suena ocupado desde las 8.

Ing. Rodrigo Salinas
Compras"""),
("es", "b56-cesped-artificial-decolorado", "Carmen Ortuño <carmen.ortuno@example.es>", "Césped artificial descolorido", "technical", "",
"""Buenos días,

Nos instalaron el césped artificial en marzo y en la zona que da el sol
de la tarde se ha quedado amarillento, casi blanco, en unas manchas
grandes. El resto está verde. El comercial nos dijo que tenía
protección UV de 10 años. ¿Pueden venir a verlo?

Carmen Ortuño, Murcia"""),
("es", "b56-caseta-gotea-techo", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "caseta", "technical", "",
"""Hola, la caseta metálica para el jardín que armé hace 2 semanas gotea
por la unión del techo cuando llueve, se mojan las herramientas. Puse
todos los tornillos con arandela como dice el manual. Se puede poner
algún sellante o viene con alguna pieza que me falta?
Rodrigo"""),
("es", "b56-balancin-soldadura-agrietada", "Maribel Quintana <maribel.quintana@example.es>", "Balancín de jardín", "technical", "high",
"""Buenas tardes,

Esta mañana, al limpiar el balancín de jardín de tres plazas que
compramos el año pasado, he visto que la soldadura del travesaño
superior, donde cuelgan las cadenas del asiento, está agrietada de lado
a lado. Se mueve un poco si empujas. Mis nietos se suben a él todos
los fines de semana.

Lo he atado para que nadie se siente. Les agradecería que me dijeran
qué hacer.

Maribel Quintana"""),
("es", "b56-robot-no-vuelve-base", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Robot cortacesped", "technical", "",
"""Buenas, el robot cortacésped no encuentra la base para cargarse, da
vueltas por el jardín hasta que se apaga sin batería con el error E14.
El cable perimetral está bien conectado y la luz de la base está verde.
Gracias, Juliana (Medellín)"""),
("es", "b56-instrucciones-qr-no-funciona", "Beatriz Lozano <beatriz.lozano@example.es>", "Montaje invernadero", "technical", "",
"""Hola,

El invernadero trae las instrucciones solo en alemán y un código QR para
ver el vídeo de montaje en español, pero el QR lleva a una página que
da "Error 404". ¿Me podéis pasar el enlace bueno o el PDF?

Bea"""),
("es", "b56-pedido-88213-sillas-rajadas", "Ricardo Paredes <ricardo.paredes@example.com.pe>", "Pedido 88213", "technical", "",
"""Buenas tardes,

De las 6 sillas de resina del pedido 88213, dos se han rajado en el
respaldo a la altura del tornillo después de tres semanas de uso normal.
No quiero devolverlas ni que me devuelvan el dinero, solo que me manden
dos respaldos nuevos o me digan cómo repararlas.

Atte.,
Ricardo Paredes
Arequipa"""),
("es", "b56-programador-riego-se-resetea", "Paco Jiménez <paco.jimenez@example.es>", "programador", "technical", "",
"""buenas, el programador de riego de 6 zonas se borra entero cada vez
que hay un corte de luz, y en la urbanizacion hay cortes cada dos por
tres. tiene pila? no la encuentro. paco"""),
("es", "b56-vivero-horario-agosto", "Inmaculada Herrero <inma.herrero@example.es>", "Horario en agosto", "general", "",
"""Hola, ¿abrís en agosto por las tardes o solo por la mañana? Quiero
pasar a por sustrato y unas aromáticas. Gracias."""),
("es", "b56-gracias-jardinero-don-efren", "Patricia Garza <patricia.garza@example.com.mx>", "Felicitaciones", "general", "",
"""Buenas tardes,

Solo quería felicitarlos por don Efrén, el jardinero que nos mandan
cada quince días. Siempre puntual, muy respetuoso, y nos ha enseñado a
mi hija y a mí a podar las bugambilias. Además salvó el limonero que
ya dábamos por muerto. Ojalá le hagan saber lo mucho que lo
apreciamos.

Saludos cordiales,
Patricia Garza"""),
("es", "b56-entrega-portero-edificio", "Federico Albanese <fede.albanese@example.com.ar>", "Entrega pedido 30119", "general", "",
"""Hola, el envío de las macetas grandes va a un edificio en Caballito.
Si no estoy, déjenlo con el encargado (Rubén), está de 8 a 16. Si
llegan más tarde toquen el 4°B que está mi vecina. Gracias!"""),
("es", "b56-huertos-cambio-domicilio", "Josep Vidal <josep.vidal@example.es>", "Canvi d'adreça / cambio de dirección", "general", "",
"""Buenos días,

Les comunico mi nueva dirección postal para las cartas de la
asociación: C/ Sant Pere 14, 2º 1ª, 08911 Badalona. Sigo con la
parcela 12. El correo y el teléfono son los mismos.

Gràcies,
Josep Vidal"""),
("es", "b56-rgpd-acceso-grabaciones", "Alberto Montero <alberto.montero@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD solicito copia de todos los datos
personales que conservan sobre mí, incluidas las grabaciones de las
llamadas realizadas entre enero y marzo de este año, y la finalidad
con la que los tratan.

Adjunto copia de mi DNI.

Atentamente,
Alberto Montero Ruiz"""),
("es", "b56-instalador-grosero-supervisor", "Adriana Solís <adriana.solis@example.com.mx>", "Queja por el instalador", "general", "high",
"""Buenas tardes,

El martes vino su instalador a poner el toldo del jardín. Llegó dos
horas tarde sin avisar, se la pasó fumando dentro de la casa aunque le
pedí que saliera, y cuando le pregunté por las manchas de grasa en la
pared me contestó "pues límpielas usted, señora, para eso está".

No quiero que me conteste otro asesor con disculpas de plantilla.
Quiero que el supervisor o el gerente de la sucursal me llame hoy, a
este número: 33 0000 4567.

Adriana Solís"""),
("es", "b56-estanteria-macetas-pasillo", "Susana Arranz <susana.arranz@example.es>", "Aviso tienda de Getafe", "general", "high",
"""Hola,

Esta tarde en vuestro centro de jardinería de Getafe, en el pasillo de
las macetas de barro, la estantería de arriba del todo está vencida
hacia delante y le faltan los dos tornillos de un lado. Las macetas
grandes están a punto de caerse. Había niños correteando justo debajo.

Se lo dije a una chica de caja y me dijo que "ya lo sabían". Lo cuento
por aquí por si acaso, antes de que le caiga a alguien en la cabeza.

Susana"""),
("es", "b56-club-rugby-patrocinio", "Club Atlético San Isidro - Infantiles <infantiles@casi-rugby.example.com.ar>", "Propuesta de patrocinio", "general", "",
"""Estimados:

Somos los padres del plantel infantil (M12) del club. Estamos buscando
sponsors para las camisetas de la próxima temporada y pensamos en
ustedes, ya que muchas familias del club son clientes del vivero.
Podemos ofrecer el logo en la manga y en la cartelera del club.

¿Con quién podríamos hablar?

Saludos,
Gustavo Iturralde"""),
("es", "b56-movil-olvidado-exposicion", "Lorena Cid <lorena.cid@example.es>", "Me dejé el móvil", "general", "",
"""Hola, el sábado estuvimos viendo las casetas de madera en la
exposición de Alcobendas y creo que me dejé el móvil (un Samsung con
funda verde) dentro de la caseta grande, la de dos puertas. ¿Lo ha
encontrado alguien? Podéis llamar a mi marido al 600 000 112."""),
("es", "b56-arboles-nativos-consulta", "Cristóbal Henríquez <cristobal.henriquez@example.cl>", "consulta", "general", "",
"""Buenas, ¿venden árboles nativos, como quillay, peumo o maitén? Tengo
un terreno en Olmué y quiero reforestar una parte. ¿Despachan a la
Región de Valparaíso y en qué tamaño vienen?
Saludos, Cristóbal"""),
("es", "b56-re-visita-medicion-cambiar", "Mercedes Galán <mercedes.galan@example.es>", "Re: Cita para medición - caseta", "general", "",
"""Hola, al final el jueves no me viene bien, me ha surgido una cita
médica. ¿Podría venir el técnico el viernes por la mañana o el lunes?

Mercedes

El 14/5, Citas <citas@casetas.example.es> escribió:
> Buenos días, Mercedes:
> Le confirmamos la visita de medición para su caseta el jueves 16 de
> mayo entre las 10:00 y las 12:00.
> Un saludo."""),
("es", "b56-taller-poda-me-muero", "Yolanda Cárdenas <yolanda.cardenas@example.com.mx>", "taller de poda", "general", "",
"""Hola!! Me muero por ir al taller de poda de rosales que anunciaron en
Instagram, me mata no saber podar bien los míos jajaja. ¿Cuándo es,
dónde y hay que registrarse antes?
Yola"""),
("es", "b56-guarda-huertos-presidenta", "Encarnación Ruiz <encarna.ruiz@example.es>", "Trato del guarda de los huertos", "general", "high",
"""A la Junta Directiva:

El domingo el guarda de los huertos me echó a gritos de mi propia
parcela delante de otros socios, me llamó "vieja metomentodo" y me
amenazó con cambiarme el candado si volvía a quejarme del ruido de su
radio. Tengo 76 años y llevo en la asociación desde que se fundó.

Exijo que este asunto lo trate directamente la presidenta y que se me
conteste por escrito. No acepto que lo resuelva el propio guarda.

Encarnación Ruiz, parcela 8"""),
# ---------------- Polish ----------------
("pl", "b56-rod-lekarz-zakaz-rezygnacja", "Henryk Zawadzki <henryk.zawadzki@example.pl>", "Działka nr 112", "billing", "",
"""Szanowny Zarządzie,

Po ostatnim zawale lekarz kategorycznie zabronił mi dźwigania i pracy
w schylonej pozycji, więc z ciężkim sercem oddaję działkę nr 112. Proszę
nie naliczać mi opłaty ogrodowej na przyszły rok. Altanę i narzędzia
zostawię następcy, jeśli zechce.

Dziękuję za 23 lata w naszym ogrodzie.

Z poważaniem
Henryk Zawadzki
ROD "Malwa", Łódź"""),
("pl", "b56-trawnik-pies-przekopal-zawieszenie", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Abonament trawnik", "billing", "",
"""Dzien dobry,

nasz nowy owczarek w dwa tygodnie zamienil trawnik w klepisko, nie ma
juz czego nawozic ani kosic :) Prosze o zawieszenie abonamentu
pielegnacji do kwietnia, zeby nie pobieraly sie 149 zl miesiecznie. Na
wiosne zalozymy trawnik od nowa i wrocimy.

Pozdrawiam
Agnieszka Wrona"""),
("pl", "b56-domek-zaliczka-raty-blik", "Paweł Kostrzewa <pawel.kostrzewa@example.pl>", "Domek narzędziowy - płatność", "billing", "",
"""Dzień dobry,

interesuje mnie domek narzędziowy 3x2,5 m z montażem za 6 890 zł. Czy
trzeba wpłacić zaliczkę przy zamówieniu, a jeśli tak, to ile? Czy
resztę można rozłożyć na raty 0%, czy tylko przelew lub BLIK?

Pozdrawiam
Paweł Kostrzewa"""),
("pl", "b56-sztuczna-trawa-faktura-nip", "Biuro - Przedszkole Słoneczko <biuro@przedszkole-sloneczko.example.pl>", "Faktura VAT", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT za montaż sztucznej trawy na placu
zabaw (zamówienie 2024/0388, 12 400 zł brutto). Otrzymaliśmy tylko
paragon. Dane:

Przedszkole Niepubliczne Słoneczko Sp. z o.o.
ul. Lipowa 7, 30-702 Kraków
NIP 679-000-12-34

Z poważaniem
Katarzyna Biel, księgowość"""),
("pl", "b56-szklarnia-odstapienie-koszt", "Marek Pawlak <marek.pawlak@example.pl>", "Odstąpienie od umowy", "billing", "",
"""Dzien dobry, kupilem szklarnie 3x4 m przez internet 5 dni temu.
Chce odstapic od umowy, bo jednak wybudujemy sie w innym miejscu i nie
bedzie gdzie jej postawic. Karton nie otwierany. Kto placi za odeslanie
i na jaki adres? Paczka wazy ponad 80 kg.
Marek"""),
("pl", "b56-re-zwrot-bez-wysylki-drzewka", "Tadeusz Lis <tadeusz.lis@example.pl>", "Re: Zwrot środków - zamówienie 77105", "billing", "",
"""Dostałem 189 zł, a zapłaciłem 219 zł razem z wysyłką. Drzewka
przyszły połamane, to nie była moja zachcianka, więc koszt wysyłki też
powinien zostać zwrócony.

Tadeusz Lis

W dniu 12.04 Szkółka Jodełka <sklep@jodelka.example.pl> napisał(a):
> Szanowny Panie,
> informujemy, że zwróciliśmy kwotę 189,00 zł za produkty z zamówienia
> 77105. Środki pojawią się na koncie w ciągu 3 dni roboczych.
> Pozdrawiamy, Zespół Jodełka"""),
("pl", "b56-szkolka-zmarzniete-rzecznik", "Grażyna Sobczak <grazyna.sobczak@example.pl>", "Reklamacja sadzonek - brak odpowiedzi", "billing", "high",
"""Szanowni Państwo,

25 marca otrzymałam od Państwa 15 sadzonek borówki amerykańskiej
(zamówienie 40512, 435 zł). Paczka leżała kilka dni w sortowni przy
mrozie i wszystkie sadzonki przyszły przemarznięte, czarne. Zgłosiłam
reklamację tego samego dnia ze zdjęciami. Minęły ponad 3 tygodnie i
nie otrzymałam żadnej odpowiedzi, choć ustawowo macie Państwo na nią
14 dni.

Żądam zwrotu pełnej kwoty. Jeśli do końca tygodnia nie dostanę
odpowiedzi, sprawę przekazuję miejskiemu rzecznikowi konsumentów i
złożę skargę do UOKiK.

Grażyna Sobczak
Lublin"""),
("pl", "b56-altana-doplata-kierownik", "Zbigniew Mazur <zbigniew.mazur@example.pl>", "DOPŁATA ZA TRANSPORT?!", "billing", "high",
"""Zamowilem altane ogrodowa 4x4 z dostawa w cenie, tak bylo w ofercie i
na stronie. Kierowca po rozladunku zazadal 350 zl "doplaty za
transport powyzej 50 km" i nie chcial wydac dokumentow bez zaplaty.
Zaplacilem, bo co mialem zrobic.

Z infolinia rozmawialem juz trzy razy. Zadam kontaktu z kierownikiem
dzialu sprzedazy albo wlascicielem firmy, nie z kolejnym konsultantem.
Tel. 601 000 234.

Zbigniew Mazur"""),
("pl", "b56-koszenie-po-rezygnacji-chargeback", "Monika Urbańska <monika.urbanska@example.pl>", "Pobrane opłaty po rezygnacji", "billing", "high",
"""Dzień dobry,

W maju złożyłam rezygnację z usługi koszenia trawnika (mam
potwierdzenie mailowe z 14.05). Mimo to w czerwcu i lipcu pobrali
Państwo z mojej karty po 260 zł. Nikt też nie przyjeżdżał kosić.

Jeżeli 520 zł nie wróci na moje konto w ciągu 7 dni, zgłaszam w banku
reklamację transakcji (chargeback) i blokuję kartę dla Państwa firmy.

Monika Urbańska"""),
("pl", "b56-parasol-wymiana-nie-zwrot", "Ewa Szczepańska <ewa.szczepanska@example.pl>", "Parasol", "billing", "",
"""Dzień dobry, nie chcę zwrotu pieniędzy, tylko wymiany - parasol
ogrodowy przyszedł w kolorze grafitowym, a zamawiałam beżowy. Czy mogę
go odesłać i dostać beżowy? Jest nieużywany.
Ewa"""),
("pl", "b56-kod-rabatowy-nie-dziala", "Kamil Ostrowski <kamil.ostrowski@example.pl>", "kod WIOSNA20", "billing", "",
"""Hej, kod WIOSNA20 z waszego newslettera przy zamowieniu mebli
ogrodowych wyswietla "kod nieprawidlowy". Wazny do konca miesiaca wg
maila. Da sie to naliczyc recznie? Koszyk 1 840 zl.
Kamil"""),
("pl", "b56-pytanie-oplata-ogrodowa-raty", "Irena Kowalczyk <irena.kowalczyk@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry,

czy opłatę ogrodową za ten rok (412 zł) mogę wpłacić w dwóch ratach,
teraz i we wrześniu? Emerytura nie wystarcza, żeby zapłacić całość
naraz w marcu. Mam działkę nr 58.

Z poważaniem
Irena Kowalczyk"""),
("pl", "b56-bon-szkolka-gotowka", "Szymon Borkowski <szymon.borkowski@example.pl>", "Bon podarunkowy", "billing", "",
"""Dzień dobry, dostałem od pracodawcy bon na 300 zł do Państwa szkółki.
Mieszkam w bloku i nie mam gdzie sadzić drzew. Czy można go wymienić
na gotówkę albo przepisać na kogoś innego, np. na teściową?
Szymon"""),
("pl", "b56-blik-podwojnie-lawka", "Marta Sadowska <marta.sadowska@example.pl>", "Zamówienie 58117", "billing", "",
"""Dzień dobry,

płaciłam BLIK-iem za ławkę ogrodową z donicami (zamówienie 58117,
729 zł). Za pierwszym razem aplikacja banku pokazała błąd, więc
zatwierdziłam kod drugi raz - i teraz na koncie widzę dwie transakcje
po 729 zł. Zamówienie jest tylko jedno. Proszę o zwrot jednej z nich.

Pozdrawiam
Marta Sadowska"""),
("pl", "b56-szklarnia-poliweglan-peka-przy-srubach", "Władysław Nowicki <wladyslaw.nowicki@example.pl>", "Szklarnia ogrodowa", "technical", "",
"""Dzień dobry,

w szklarni 2x3 m zmontowanej według instrukcji płyty poliwęglanu pękają
przy śrubach mocujących - mam już pęknięcia przy sześciu otworach, po
pierwszych przymrozkach. Śruby nie były dokręcone na siłę. Czy to wada
płyt, czy coś źle zrobiłem?

Władysław Nowicki"""),
("pl", "b56-aplikacja-nawadnianie-nie-faktura", "Justyna Pawłowska <justyna.pawlowska@example.pl>", "Sterownik nawadniania", "technical", "",
"""Dzień dobry, to nie jest sprawa faktury ani płatności, wszystko się
zgadza. Chodzi o aplikację do sterownika nawadniania - po aktualizacji
pokazuje wszystkie strefy jako "offline", chociaż sterownik ma zieloną
diodę i sam z siebie podlewa według starego harmonogramu. Nie da się
nic zmienić. Android, Samsung A54.

Justyna"""),
("pl", "b56-podkaszarka-iskrzy-dym", "Ryszard Górski <ryszard.gorski@example.pl>", "Podkaszarka elektryczna", "technical", "high",
"""Dzień dobry,

informuję, że podkaszarka elektryczna 1000 W kupiona u Państwa w maju
(zamówienie 39021) w czasie pracy zaczęła iskrzyć przy obudowie silnika
i poszedł z niej siwy dym o zapachu spalenizny. Od razu wyłączyłem ją
z gniazdka. Przewód jest cały.

Urządzenie stoi w garażu, nie używam go. Proszę o informację, co dalej.

Ryszard Górski"""),
("pl", "b56-oswietlenie-12v-transformator", "Dorota Michalak <dorota.michalak@example.pl>", "oświetlenie ogrodowe", "technical", "",
"""Dzień dobry, zestaw oświetlenia ogrodowego LED 12V - transformator
cicho bzyczy i po mniej więcej godzinie wszystkie lampki gasną, a rano
znowu działają. Podłączone 10 lampek, tak jak w zestawie. Czy
transformator jest za słaby?"""),
("pl", "b56-konto-zablokowane-panel", "Adam Wieczorek <adam.wieczorek@example.pl>", "konto", "technical", "",
"""Dzien dobry, przy logowaniu do panelu klienta wyskakuje "Konto
tymczasowo zablokowane - zbyt wiele prob logowania", chociaz probowalem
tylko raz. Minela doba i dalej to samo. Jak to odblokowac?
Adam"""),
("pl", "b56-kasy-centrum-ogrodnicze-kolejka", "Centrum Ogrodnicze Zielony Zakątek <sklep@zielonyzakatek.example.pl>", "System kasowy", "technical", "high",
"""Dzień dobry,

od 9:00 żadne stanowisko kasowe w naszym centrum nie może zamknąć
paragonu - program zawiesza się na "łączenie z serwerem". Jest sobota
przed majówką, kolejka do kas sięga działu z nasionami, ludzie
zostawiają wózki pełne sadzonek i wychodzą. Nie możemy sprzedać
niczego.

Na infolinii nikt nie odbiera. Prosimy o pilny kontakt technika:
502 000 771.

Tomasz Jabłoński
Kierownik sklepu"""),
("pl", "b56-sztuczna-trawa-faluje", "Beata Zielińska <beata.zielinska@example.pl>", "Sztuczna trawa - fałdy", "technical", "",
"""Dzień dobry,

po upałach w lipcu sztuczna trawa, którą Państwo położyli w czerwcu,
pofałdowała się na całej długości tarasu - są wybrzuszenia po kilka
centymetrów, o które łatwo się potknąć. Wcześniej leżała idealnie.
Proszę o przyjazd ekipy i poprawienie.

Beata Zielińska, Gdynia"""),
("pl", "b56-domek-klamka-kopie-prad", "Łukasz Dąbrowski <lukasz.dabrowski@example.pl>", "Instalacja w domku ogrodowym", "technical", "high",
"""Dzień dobry,

w domku ogrodowym, w którym Państwa elektryk w kwietniu robił
instalację (gniazda i oświetlenie), przy dotknięciu metalowej klamki
drzwi kopie prąd - wyraźnie, aż drętwieje ręka. Sprawdziłem próbnikiem
i świeci na klamce oraz na metalowej listwie przy oknie. Wyłączyłem
zasilanie domku w rozdzielnicy, dzieci mają zakaz wchodzenia.

Proszę o pilny przyjazd elektryka.

Łukasz Dąbrowski
Konstancin-Jeziorna"""),
("pl", "b56-grill-gazowy-plomien-zapach", "Sebastian Kaczmarek <sebastian.kaczmarek@example.pl>", "Grill gazowy", "technical", "high",
"""Dzien dobry,

przy drugim uzyciu grilla gazowego 4-palnikowego plomien zaczal
wydostawac sie spod panelu z pokretlami, z przodu, tam gdzie sa rece.
Czuc bylo gaz nawet po zakreceniu butli. Zakrecilem wszystko i
odlaczylem reduktor, grill stoi na dworze.

Prosze o informacje, jak to zglosic i co z nim zrobic.

Sebastian Kaczmarek"""),
("pl", "b56-zraszacz-nie-chowa-sie", "Bożena Wróbel <bozena.wrobel@example.pl>", "Zraszacze", "technical", "",
"""Dzień dobry, z 8 zraszaczy wynurzalnych, które zamontowała Państwa
ekipa, dwa nie chowają się po podlewaniu i wystają z trawnika. Kosiarka
już o jeden zahaczyła. Czy ktoś mógłby je poprawić?
Bożena Wróbel"""),
("pl", "b56-lezak-mechanizm-zaciety", "Jerzy Kołodziej <jerzy.kolodziej@example.pl>", "Fotel ogrodowy", "technical", "",
"""Szanowni Państwo,

w fotelu ogrodowym z regulowanym oparciem (komplet "Toskania") zaciął
się mechanizm regulacji - dźwignia chodzi luźno, a oparcie zostaje w
pozycji leżącej. Fotel ma 2 miesiące. Proszę o informację, czy jest
część zamienna.

Jerzy Kołodziej"""),
("pl", "b56-dzien-dobry-lampa-uv-oczko", "Halina Stępień <halina.stepien@example.pl>", "Dzień dobry", "technical", "",
"""Dzien dobry, w filtrze do oczka wodnego nie swieci lampa UV, pompa
pracuje, woda leci, ale okienko kontrolne jest ciemne i woda robi sie
zielona. Swietlowke wymienialam w kwietniu. Co jeszcze moze byc?
Halina"""),
("pl", "b56-koszyk-sie-czysci", "Michał Sikora <michal.sikora@example.pl>", "Nie da się złożyć zamówienia", "technical", "",
"""Dzień dobry, to nie problem z płatnością - nie dochodzę nawet do
płatności. Po kliknięciu "Dalej" w koszyku strona się przeładowuje i
koszyk jest pusty. Próbowałem na Chrome i Firefoksie, na telefonie to
samo. Chcę zamówić zestaw mebli ogrodowych, zanim skończy się
promocja.

Michał"""),
("pl", "b56-szkolka-godziny-majowka", "Teresa Jaworska <teresa.jaworska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy szkółka będzie otwarta 2 maja i w Boże Ciało? Chcemy
przyjechać wybrać tuje na żywopłot. Pozdrawiam, Teresa"""),
("pl", "b56-podziekowania-ekipa-domek", "Wojciech Baran <wojciech.baran@example.pl>", "Podziękowania", "general", "",
"""Dzień dobry,

chciałem bardzo podziękować panu Krzysztofowi i panu Darkowi za montaż
domku ogrodowego w zeszły czwartek. Pracowali w deszczu, wszystko
wypoziomowali co do milimetra, a na koniec posprzątali tak, że nie było
śladu po budowie. Żona od razu urządziła tam pracownię.

Polecę Państwa znajomym.

Wojciech Baran"""),
("pl", "b56-dostawa-paleta-podjazd", "Anna Krawczyk <anna.krawczyk@example.pl>", "Dostawa zamówienia 60233", "general", "",
"""Dzien dobry, prosze przekazac kurierowi: palete z kostka do obrzezy
prosze zostawic na podjezdzie po lewej, nie przed brama, bo sasiad
musi wyjezdzac. Domofon 23, gdyby ktos byl potrzebny. Dziekuje!"""),
("pl", "b56-rod-zmiana-nazwiska", "Karolina Nowak-Wiśniewska <karolina.nw@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

uprzejmie informuję, że po ślubie zmieniłam nazwisko z Wiśniewska na
Nowak-Wiśniewska. Proszę o aktualizację danych w ewidencji działkowców
(działka nr 27). Adres i telefon bez zmian. Mogę dostarczyć kopię aktu
małżeństwa.

Karolina Nowak-Wiśniewska"""),
("pl", "b56-kiedy-sadzic-tuje-wysylka", "Stanisław Zając <stanislaw.zajac@example.pl>", "tuje", "general", "",
"""Witam, kiedy najlepiej sadzić tuje Szmaragd z donic - można jesienią,
czy lepiej czekać do wiosny? I czy wysyłacie je też w październiku,
czy tylko wiosną? Mieszkam pod Suwałkami, zimy są u nas ostre.
Stanisław"""),
("pl", "b56-ochrona-oskarzenie-adwokat", "Patrycja Grabowska <patrycja.grabowska@example.pl>", "Zachowanie ochrony w sklepie w Poznaniu", "general", "high",
"""Szanowni Państwo,

w sobotę przy wyjściu z Państwa centrum ogrodniczego w Poznaniu
pracownik ochrony zatrzymał mnie przy wszystkich klientach i kazał
otworzyć torebkę, twierdząc, że "widział na kamerze", jak chowam
sekator. Nic takiego nie miałam. Nikt mnie nie przeprosił.

Oczekuję pisemnych przeprosin i wyjaśnienia w ciągu 7 dni. Sprawę
przekazałam już mojemu adwokatowi, który rozważa pozew o naruszenie
dóbr osobistych.

Patrycja Grabowska"""),
("pl", "b56-rod-studzienka-bez-pokrywy", "Jan Kubiak <jan.kubiak@example.pl>", "Studzienka przy alei B", "general", "high",
"""Szanowny Zarządzie,

przy głównej alei B, naprzeciwko działki 64, od kilku dni leży zdjęta
pokrywa studzienki wodociągowej. Dziura ma ponad metr głębokości i
jest przykryta tylko kawałkiem dykty, którą ktoś przesunął. Tędy
chodzą dzieci z działek i starsi ludzie z kijkami, a wieczorem jest tam
ciemno.

Proszę o pilne zabezpieczenie.

Jan Kubiak, działka 61"""),
("pl", "b56-festyn-rod-nagrody", "Zarząd ROD Pod Lipami <zarzad@rod-podlipami.example.pl>", "Festyn działkowy - prośba", "general", "",
"""Szanowni Państwo,

26 sierpnia organizujemy festyn z okazji 50-lecia naszego ogrodu. W
programie konkurs na najpiękniejszą działkę i loteria dla dzieci.
Zwracamy się z uprzejmą prośbą o ufundowanie drobnych nagród, np.
bonów lub sadzonek. Logo sponsora umieścimy na plakatach i w gablocie.

Z wyrazami szacunku
Za Zarząd: Elżbieta Kamińska"""),
("pl", "b56-zgubiony-portfel-centrum", "Rafał Kwiatkowski <rafal.kwiatkowski@example.pl>", "Zgubiony portfel", "general", "",
"""Dzien dobry, wczoraj ok. 17 bylem w dziale mebli ogrodowych w sklepie
w Rzeszowie i chyba zostawilem portfel (brazowy, skorzany) na jednym z
lezakow na wystawie. Czy ktos go oddal? Tel. 788 000 905."""),
("pl", "b56-rodo-usuniecie-danych", "Elżbieta Mróz <elzbieta.mroz@example.pl>", "Usunięcie danych", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie moich danych osobowych z
Państwa bazy oraz wypisanie mnie z newslettera i SMS-ów. Nie mam
żadnych otwartych zamówień.

Elżbieta Mróz"""),
("pl", "b56-re-termin-montazu-szklarni", "Grzegorz Adamczyk <grzegorz.adamczyk@example.pl>", "Re: Montaż szklarni - termin", "general", "",
"""Dzień dobry, czy jest już znany termin? Minęły dwa tygodnie, a ja
muszę wiedzieć, kiedy wziąć wolne w pracy.

Grzegorz

> Dzień dobry,
> dziękujemy za zamówienie montażu szklarni. Termin ustalimy
> telefonicznie w ciągu tygodnia.
> Pozdrawiamy, Dział Montażu"""),
("pl", "b56-trawnik-zabojczo-umieram", "Natalia Lewandowska <natalia.lewandowska@example.pl>", "WOW", "general", "",
"""Trawnik wygląda po prostu zabójczo, umieram z zachwytu! Sąsiadka
prawie padła trupem, jak zobaczyła różnicę po miesiącu. Przekażcie
panu Mateuszowi, że jest mistrzem. Pozdrawiam serdecznie, Natalia"""),
("pl", "b56-instalator-zablokowal-wjazd-wlasciciel", "Krystyna Pietrzyk <krystyna.pietrzyk@example.pl>", "Skarga na montażystów", "general", "high",
"""Dzień dobry,

Państwa ekipa montująca ogrodzenie u sąsiada od trzech dni parkuje bus
w poprzek mojego wjazdu. Dziś rano poprosiłam o przestawienie, bo
wiozłam męża na dializę, a jeden z panów odpowiedział, żebym "poszła
na piechotę" i się roześmiał. Spóźniliśmy się pół godziny.

Nie życzę sobie odpowiedzi z szablonu. Proszę, żeby skontaktował się ze
mną właściciel firmy albo kierownik ekip, tel. 603 000 418.

Krystyna Pietrzyk"""),
]
