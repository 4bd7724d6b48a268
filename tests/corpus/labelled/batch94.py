# batch94.py -- labelled mails held out of the tree until the rules it
# measures are final: not wired into gen.py, not tuned or trained on.
# Kinds of business drawn on (garden and outdoor 2): ride-on mower
# servicing, garden waste collection, hedge trimming services, irrigation
# controllers, pond pumps, garden lighting, log cabins -- plus a few others.
# Covers, in each of en, el (a third Greeklish), es (Spain and Latin
# America) and pl: escalation demands that keep their topic, legal threats
# and chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise and thanks, payment questions, and everyday
# mail of all three queues.  Same tuple format as batch13-16.py; slugs
# start with "b94-".
M += [
# ---------------- English ----------------
("en", "b94-en-mower-service-extra-parts", "Graham Pickering <graham.pickering@example.co.uk>", "Service invoice SV-20931", "billing", "",
"""Hello,

I booked the ride-on in for the standard annual service, which your
website and the lady on the phone both said was 89.00. The invoice that
came with the mower yesterday is 164.50 - it lists two new blades and a
drive belt.

Nobody rang me to ask about parts. I'd have said yes to the blades
probably, but the belt was replaced only two years ago. I'd like the
invoice brought back to what was agreed, or at least the belt taken off.

Regards,
Graham Pickering
Little Haddon, Northants"""),
("en", "b94-en-brown-bin-moving-abroad", "Sue Rowlands <sue.rowlands@example.co.uk>", "Brown bin", "billing", "",
"""Hi there, we've sold the house and we're off to Portugal on the 30th.
The green waste sticker is paid up until next March. Is there any money
back for the months we won't be here, or does it pass to the new owners?
Thanks, Sue"""),
("en", "b94-en-cabin-deposit-twice-bank-dispute", "Declan Byrne <declan.byrne@example.ie>", "Deposit taken twice - order LC-7710", "billing", "high",
"""To whom it concerns,

I paid the 30% deposit of EUR 1,245 for the Kilkenny 4x3 cabin on the
2nd. My AIB statement now shows the same amount taken twice, two minutes
apart. Your online chat said it "would drop off on its own". It hasn't,
ten days on.

If the second payment isn't back on my card by Friday I'll be asking the
bank to dispute it and reverse it. I'd rather not, as I still want the
cabin, but 1,245 is a lot of money to have sitting with you for nothing.

Declan Byrne
Ballincollig, Co. Cork"""),
("en", "b94-en-hedge-plan-on-ice-winter", "Kylie Marsh <kylie.marsh@example.com.au>", "fortnightly hedge visits", "billing", "",
"""Hey guys, the lilly pilly barely grows over winter so can we put our
fortnightly trim on ice for June, July and August and start back up in
September? Don't want to cancel, just don't want to pay $75 a visit for
the boys to take off two leaves. Cheers, Kylie (Ringwood)"""),
("en", "b94-en-pond-pump-wrong-size-return", "Hilary Foster <hilary.foster@example.co.uk>", "Return", "billing", "",
"""Good afternoon,

I ordered the 6000 l/h pond pump but having measured properly our pond
only needs the 2500 one. The box is unopened. Can I send it back and
order the smaller one, and will you refund the difference or do I need
to pay for the new one separately?

Hilary Foster"""),
("en", "b94-en-irrigation-pro-to-basic", "Brandon Alvarez <brandon.alvarez@example.com>", "Plan", "billing", "",
"""Hi - I'm on the Pro plan for the sprinkler controller app ($4.99/mo).
Honestly I never use the weather skip or the multi-site stuff, so I'd
like to drop down to the free Basic plan. Will I lose my zone schedules
if I do that? And does the change happen right away or at the next
billing date?

Thanks
Brandon"""),
("en", "b94-en-re-refund-lights-senior", "Margaret Quinn <margaret.quinn@example.co.uk>", "Re: Your return has been processed", "billing", "high",
"""This was sent to me on the 4th of last month. It is now the 27th and
there is no refund on my card. I have phoned three times and every time
I'm told it is "with the finance team".

I would now like this passed to someone senior who can actually tell me
where my 139.96 is. I am not prepared to keep ringing.

Margaret Quinn

> Dear Margaret,
>
> Thank you for returning your items (order 88214: 4 x Halden stainless
> bollard lights). Your return has been processed and a refund of
> 139.96 GBP will be made to your original payment method within 5-7
> working days.
>
> Kind regards,
> Customer Care Team"""),
("en", "b94-en-invoice-gstin-landscaper", "Accounts <accounts@greenleaf-landscapes.example.in>", "GST invoice required", "billing", "",
"""Dear Sir/Madam,

Kindly note that the invoice received against our order no. 31877
(2 nos. drip irrigation controllers, 8 zone) does not mention our GSTIN.
Without the same we are unable to claim input credit.

Request you to please reissue the invoice with the below details at the
earliest:

Greenleaf Landscapes Pvt. Ltd.
GSTIN 29ABCDE1234F1Z5
No. 14, 3rd Cross, HSR Layout, Bengaluru 560102

Thanks and regards,
R. Srinivasan
Accounts Dept."""),
("en", "b94-en-widow-mower-care-plan", "Joan Hadley <joan.hadley@example.co.uk>", "Derek's mower plan", "billing", "",
"""Dear Sir or Madam,

My husband Derek died in April. I have been going through the bank
statements and I see 12.50 is still going out every month to you for
something called Mower Care Plus.

That was his department, the mower. I don't use it and I have a young
man from the village who does the lawn now, with his own machine. I
would be grateful if you would stop it please. I don't know if I need
to send anything, a certificate or such.

Yours faithfully,
Joan Hadley (Mrs)"""),
("en", "b94-en-cabin-late-delivery-small-claims", "Paul Whitaker <p.whitaker@example.co.uk>", "Complaint - delivery charge", "billing", "high",
"""Your order confirmation promised delivery of our 5x4 log cabin in
"week 18". It arrived in week 24. In between I took three separate days
off work for delivery slots that were cancelled the evening before.

I paid 195.00 for delivery. I want that refunded in full. I've read your
terms and there is nothing in them that allows you to move a delivery by
six weeks.

If I don't have a sensible answer within 14 days I will be filing a
small claims case through Money Claim Online. I have kept every email.

Paul Whitaker"""),
("en", "b94-en-gift-voucher-mower-service", "Ruth Alder <ruth.alder@example.com>", "Gift voucher", "billing", "",
"""My children gave me a 100 pound voucher for "garden services" for my
birthday. Can I put it towards the mower service, or is it only for hedge
cutting? And if the service costs less do I keep the rest on the
voucher? Thank you. Ruth"""),
("en", "b94-en-question-cabin-instalments", "Tom Ellery <tom.ellery@example.net>", "Question", "billing", "",
"""Do you do the garden office cabins on finance / monthly payments? The
Studio 3.0 is about 7k which we can't do all at once."""),
("en", "b94-en-not-faulty-price-drop-lights", "Nina Kapoor <nina.kapoor@example.co.uk>", "Festoon lights", "billing", "",
"""Hi,

Just to say first there's nothing wrong with the festoon lights, they're
up and look lovely. But I bought two sets at 54.99 each on the 3rd and
they're now 34.99 on your site. That's 40 pounds between the two. Is
there any way of getting the difference back rather than me returning
them and buying them again?

Nina"""),
("en", "b94-en-waste-charged-after-cancel-trading-standards", "Alan Morrow <alan.morrow@example.co.uk>", "Garden waste - still being charged", "billing", "high",
"""I cancelled our garden waste collection in writing on 14 February (you
acknowledged it, ref GW-55120). Since then you have taken two further
payments of 60.00 by direct debit, and the bin is still sitting at the
end of my drive because nobody has collected it either.

I want both payments refunded and the bin taken away. If this is not
sorted within 7 days I will be reporting you to Trading Standards and
raising a Direct Debit Guarantee claim with my bank.

A. Morrow"""),
("en", "b94-en-mower-clicks-no-refund-wanted", "Sean Doherty <sean.doherty@example.ie>", "Ride-on after service", "technical", "",
"""Hi,

Got the ride-on back from you on Tuesday after the service and it won't
start. Turn the key and it just clicks. Battery is new (you fitted it).
Seat is down, blades disengaged, brake on - all the things the manual
says.

I don't want money back or anything, I just want it going - the grass is
growing by the hour here. Can someone come out or do I need to bring it
back on the trailer?

Sean
087 555 0142"""),
("en", "b94-en-sprinkler-controller-offline", "Dana Whitfield <dana.whitfield@example.com>", "Controller keeps going offline", "technical", "",
"""My 6 zone wifi sprinkler controller drops off the app two or three
times a day. Router is about 20 feet away through one wall. Signal shows
2 bars when it's connected. Firmware says up to date. When it's offline
the schedules still run (I think) but I can't start anything manually.
Is there a way to fix this or do I need a wifi extender?"""),
("en", "b94-en-pond-tingle-rcd", "Martin Greaves <martin.greaves@example.co.uk>", "Pond pump", "technical", "high",
"""Hello,

The pond pump we bought from you in May has started tripping the RCD in
the garage, usually within an hour of switching it back on. This
morning, before it tripped, I put my hand in the water to clear the
intake and felt a tingle up my arm - not a big shock but definitely
something.

I've switched it off at the socket and pulled the plug and nobody is
going near the pond. The cable looks fine where I can see it. Could you
tell me what you'd like me to do with it?

Martin Greaves"""),
("en", "b94-en-lights-transformer-hot-smell", "Fiona Grant <fiona.grant@example.co.uk>", "Transformer for deck lights", "technical", "high",
"""Hi, just a heads up and a question. The 12V transformer for the deck
spotlight kit is mounted in the shed. Went in this evening and it was
too hot to keep my hand on, and there was a smell like melting plastic.
The little green light was flickering. I've unplugged it at the wall and
left the shed door open. Is this normal? I assume not. The kit is about
three months old. Fiona"""),
("en", "b94-en-nursery-tunnels-not-watering", "Ian Prothero <ian@prothero-nurseries.example.co.uk>", "Tunnels 2-5", "technical", "high",
"""Morning,

Since the controllers took the update on Sunday night, tunnels 2 to 5
haven't had a drop. The app shows the programmes as "completed" each
morning but the valves aren't opening. Tested the solenoids by hand and
they're fine.

We've had four staff on hoses since 6am instead of potting up. That's
roughly 40,000 bedding plugs, and the two garden centre orders going out
Thursday are in those tunnels. I can't keep hand watering through a
warm week.

Need someone to ring me today please - 01432 555 019.

Ian Prothero
Prothero Nurseries"""),
("en", "b94-en-cabin-apex-leak", "Rebecca Simms <rebecca.simms@example.co.uk>", "Cabin roof", "technical", "",
"""Hi,

Your team put up our 4x4 cabin three weeks ago (order LC-6602). First
proper rain last night and there's water coming in at the front apex,
running down the inside of the door frame. There's a wet patch on the
new floor. I can send photos. It looks like the felt doesn't quite meet
the fascia board at the top.

Please can someone come and have a look before the next lot of rain.

Thanks,
Rebecca"""),
("en", "b94-en-hello-password-reset-email", "Ken Yamada <ken.yamada@example.com>", "Hello", "technical", "",
"""hello, trying to log in to the watering app, it says wrong password,
so I press forgot password and the reset email never comes. checked spam
and junk. been trying since Saturday. the account is under this email."""),
("en", "b94-en-mower-stripes-uneven", "Aoife Brennan <aoife.brennan@example.ie>", "Lawn looks chewed", "technical", "",
"""Since the mower came back from the service it's cutting lower on the
left than the right, you can see a ridge on every pass and it scalped
the lawn on the slope by the hedge. I haven't touched the deck settings.
Could the deck have been put back crooked?"""),
("en", "b94-en-order-solar-posts", "Barry Lund <barry.lund@example.com>", "Order 48113", "technical", "",
"""The solar post lights from this order worked for about a month and now
only two of the eight come on at night, and those only for an hour or
so. They're in full sun all day, I've cleaned the panels. Are the
batteries replaceable?"""),
("en", "b94-en-mower-third-time-supervisor", "Gareth Pryce <gareth.pryce@example.co.uk>", "Same fault - THIRD time", "technical", "high",
"""This is the third time the ride-on has come back from your workshop
with the same problem. It cuts out after 10-15 minutes running, every
time, as soon as it's warm. Each time I'm told it's fixed (carb clean,
then fuel pump, then "air lock").

I'd like a supervisor or the workshop manager to call me, not another
booking. I've lost most of the spring at this point.

Gareth Pryce
07700 900 418"""),
("en", "b94-en-uv-clarifier-no-light", "Jo Pilling <jo.pilling@example.co.uk>", "UV", "technical", "",
"""UV bulb in the pond filter isn't lighting, replaced it with a new one,
still nothing. Pump side works. Water going green again."""),
("en", "b94-en-cabin-door-wont-shut", "Chris Okafor <chris.okafor@example.co.uk>", "Door sticking", "technical", "",
"""Hi, the double doors on our cabin (fitted in March) have dropped so much
that the right hand door now catches on the frame and won't close
unless I lift it and shove. Lock won't turn at all now so the cabin is
unlocked. Is there an adjustment on the hinges or does someone need to
come out? Thanks, Chris"""),
("en", "b94-en-zone-stuck-on-overnight", "Wendy Larkin <wendy.larkin@example.com>", "Zone 3", "technical", "",
"""Zone 3 on the controller ran all night - it should run 15 minutes at
5am. The lawn round the back is a bog and it got into the neighbour's
garage a bit (they're fine about it). The app says zone 3 is "off" but
I could hear the valve running until I shut the water off at the tap.
I've left the main off for now. What do I check?"""),
("en", "b94-en-thanks-hedge-lads", "Valerie Crisp <valerie.crisp@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to say thank you to the two young men who did our beech
hedge on Wednesday - I think Dean and Kyle. They were so careful around
my roses, swept every last bit up off the path and even put the bins
back where they came from. My husband, who is fussy about that hedge,
says it's the best it's looked in years.

With thanks,
Valerie Crisp"""),
("en", "b94-en-collection-easter-monday", "Liam Shaw <liam.shaw@example.co.uk>", "Bank holiday", "general", "",
"""Is the garden waste still picked up on Easter Monday or does it move to
the Tuesday? We're on the Monday round, Hillcrest estate."""),
("en", "b94-en-mower-collection-gate", "Peter Lowry <peter.lowry@example.co.uk>", "Collection on Thursday", "general", "",
"""Hi,

For the mower pickup on Thursday - we'll both be at work. The side gate
code is 4417. The mower is in the open-fronted barn on the right as you
come up the track, keys are on the seat. Please shut the gate behind you
as we have sheep in the next field.

Thanks,
Peter"""),
("en", "b94-en-crew-swore-at-mother-manager", "Deborah Hale <deborah.hale@example.co.uk>", "Behaviour of your collection crew", "general", "high",
"""I am writing on behalf of my mother, who is 84 and lives alone at
12 Orchard Close. On Tuesday she went out to ask your collection crew to
take a second bag of clippings, which she has done for years. One of the
men swore at her and told her to "get back inside". She was shaken for
the rest of the day.

I want this passed to a manager, and I want to know what will be done
about it. I'd like a reply from someone in charge, not an automated
acknowledgement.

Deborah Hale"""),
("en", "b94-en-glasses-left-showroom", "Harold Benn <harold.benn@example.co.uk>", "Glasses", "general", "",
"""Good morning, I was at your Stratford show site on Saturday looking at
the summer houses and I think I left my reading glasses in the corner
one with the blue door, brown case with a clip. Could someone have a
look? I can pop by for them. Harold Benn"""),
("en", "b94-en-re-new-address-phone", "Priya Nair <priya.nair@example.co.uk>", "Re: Your service reminder", "general", "",
"""Hi, please note we've moved, new address for the mower reminders and
everything else is 3 Kestrel Way, Didcot OX11 7RQ and my mobile is now
07700 900 266. The old landline doesn't work any more.
Priya

> Hello Priya,
> It's nearly a year since your ride-on mower was last serviced with us.
> Book in before 31 March for our early season slots.
> The Workshop Team"""),
("en", "b94-en-subject-access-request", "Oliver Grant <oliver.grant@example.net>", "Subject access request", "general", "",
"""Under UK GDPR I am requesting a copy of all personal data you hold
about me, including call recordings and notes on my account relating to
hedge trimming visits at 22 Linden Road. Please confirm receipt.
Oliver Grant"""),
("en", "b94-en-cabin-planning-height", "Meera Shah <meera.shah@example.co.uk>", "Planning", "general", "",
"""Hi, does the 3.2 x 3.2 cabin with the overhang need planning
permission? It would be about 1.5m from our back fence. I've read
something about 2.5m height limits near a boundary but your page says
the ridge is 2.6m. Just want to check before we order."""),
("en", "b94-en-show-site-decking-snapped", "Laura Pennington <laura.pennington@example.co.uk>", "Show site decking", "general", "high",
"""Hello,

We visited your show site at Ashby on Sunday. On the veranda of the
large corner cabin (the one with the hot tub area) one of the decking
boards snapped as my daughter stepped on it and her leg went through up
to the knee. She's got a nasty graze but nothing worse, luckily.

Several of the boards next to it look rotten. I told the girl on the
desk but nobody taped it off while we were there. I'm writing so it's
on record - a smaller child could be badly hurt.

Laura Pennington"""),
("en", "b94-en-allotment-show-raffle", "Hollybush Allotment Society <secretary@hollybush-allotments.example.org.uk>", "Summer show", "general", "",
"""Dear Sir/Madam,

Hollybush Allotment Society holds its 41st summer produce show on
Saturday 9 August. We are a small volunteer-run society and each year
we ask local garden businesses whether they would donate a raffle prize
or sponsor one of the show classes (a class sponsor is named in the
programme). Any support would be hugely appreciated.

Kind regards,
Eileen Moss, Hon. Secretary"""),
("en", "b94-en-van-blocked-drive", "Mark Ridley <mark.ridley@example.co.uk>", "Your van this morning", "general", "",
"""Your hedge crew parked their van and trailer across my drive at 8am
today while doing next door's leylandii. I asked them twice to move it
and was told "five minutes" both times. I was 40 minutes late for work.
Not acceptable. Please have a word."""),
("en", "b94-en-killer-lights-praise", "Jess Morales <jess.morales@example.com>", "Y'all", "general", "",
"""OK so the string lights + the path lights are KILLER. Backyard looks
absolutely on fire at night (not literally lol). Threw a birthday thing
Saturday and everyone asked where they were from. Just wanted to say
thanks, the install guy Marcus was awesome too.
Jess"""),
("en", "b94-en-christmas-opening-hours", "Steve Cole <steve.cole@example.com.au>", "Opening hours", "general", "",
"""G'day, is the Penrith display centre open between Christmas and New
Year? Want to bring the wife to look at the cabins while I'm off.
Cheers, Steve"""),
# ---------------- Greek ----------------
("el", "b94-el-apokomidi-poulithike-eksoxiko", "Ευαγγελία Μπούρα <e.boura@example.gr>", "Αποκομιδή κλαδεμάτων - Σαρωνίδα", "billing", "",
"""Καλησπέρα σας,

Έχουμε την ετήσια συνδρομή για την αποκομιδή κλαδεμάτων στο εξοχικό
στη Σαρωνίδα (οδός Αιγαίου 14). Το σπίτι πουλήθηκε τον προηγούμενο μήνα
και οι νέοι ιδιοκτήτες δεν ενδιαφέρονται. Παρακαλώ να σταματήσει η
χρέωση από τον Ιούνιο και να μου πείτε αν επιστρέφεται κάτι για τους
μήνες που απομένουν (είχαμε πληρώσει 180€ τον Ιανουάριο).

Ευχαριστώ,
Ευαγγελία Μπούρα"""),
("el", "b94-el-gl-timologio-service-afm", "Giannis Markou <giannis.markou@example.gr>", "timologio service", "billing", "",
"""Kalhmera, phra to trakteraki apo to service thn Pempth kai mou dwsate
apodeixh. Eimai epaggelmatias (kipouros) kai xreiazomai timologio me to
AFM mou gia na to perasw sta eksoda. AFM 123456789, DOY Kalamarias.
Mporeite na to kanete timologio k na mou to steilete sto mail?
Eyxaristw, Giannhs"""),
("el", "b94-el-dipli-xreosi-antlia-amfisvitisi", "Θανασης Κουτρας <thanasis.koutras@example.gr>", "Διπλη χρεωση", "billing", "high",
"""Καλησπερα. Παρηγγειλα μια αντλια λιμνης 3500 λιτρων (παραγγελια 40921,
129,90€) και στην καρτα μου εμφανιζονται δυο χρεωσεις του ιδιου ποσου
την ιδια μερα. Εστειλα mail πριν 10 μερες και δεν πηρα απαντηση.

Αν μεχρι την Παρασκευη δεν επιστραφει η δευτερη χρεωση θα κανω
αμφισβητηση της συναλλαγης στην τραπεζα.

Θανασης Κουτρας"""),
("el", "b94-el-erotisi-doseis-ksylino", "Μαρίνα Λαμπράκη <marina.lamprakis@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας, ενδιαφέρομαι για το ξύλινο σπιτάκι 3x4 με τη βεράντα
(4.290€). Γίνεται να πληρωθεί με πιστωτική σε άτοκες δόσεις; Και αν ναι,
σε πόσες; Η προκαταβολή δίνεται με κατάθεση ή μπαίνει κι αυτή στις
δόσεις;"""),
("el", "b94-el-gl-fraxtis-timi-synigoros", "Kostas Ntinos <k.ntinos@example.gr>", "kourema fraxth", "billing", "high",
"""Kalhspera. Mou eipate sto thlefwno 80 eyrw gia to kourema tou fraxth
(pyxari, peripou 25 metra) kai otan teleiwsan ta paidia mou zhthsan 130
giati "htan psilos". Den mou eipe kaneis tipota prin arxisoun.

Plhrwsa gia na fygoun alla 8elw ta 50 eyrw pisw. An den ginei 8a kanw
kataggelia ston Synhgoro tou Katanalwth, exw kai to mhnyma me thn
prosfora sto kinhto.

Kwstas"""),
("el", "b94-el-fotistika-epistrofi-oxi-elattomatika", "Ιωάννα Σταθοπούλου <ioanna.stath@example.gr>", "Επιστροφή φωτιστικών", "billing", "",
"""Καλημέρα σας.

Παρέλαβα χθες τα 6 επιτοίχια φωτιστικά κήπου (παραγγελία 61247). Να πω
από την αρχή ότι δεν έχουν κανένα πρόβλημα, λειτουργούν κανονικά· απλώς
το ανθρακί στην πραγματικότητα είναι πολύ πιο σκούρο από ό,τι στη
φωτογραφία και δεν ταιριάζει με τα κάγκελα. Θα ήθελα να τα επιστρέψω ή
να τα αλλάξω με τα λευκά. Πώς γίνεται και ποιος πληρώνει τα μεταφορικά;

Ιωάννα"""),
("el", "b94-el-re-prokatavoli-dikigoros", "Δημήτρης Αλεξίου <d.alexiou@example.gr>", "Re: Ακύρωση παραγγελίας 33018", "billing", "high",
"""Κύριοι,

Πέρασαν 45 μέρες από το παρακάτω μήνυμά σας και η προκαταβολή των
1.500€ δεν έχει επιστραφεί. Η ακύρωση έγινε από τη δική σας πλευρά,
επειδή δεν είχατε ξυλεία.

Σας ενημερώνω ότι αν το ποσό δεν κατατεθεί στον λογαριασμό μου εντός 5
εργάσιμων, έχω ήδη δώσει εντολή στον δικηγόρο μου να σας στείλει
εξώδικο.

Δημήτρης Αλεξίου

> Αγαπητέ κ. Αλεξίου,
> Λυπούμαστε που σας ενημερώνουμε ότι η παραγγελία σας για το ξύλινο
> σπίτι «Πήλιο 5x4» ακυρώνεται λόγω έλλειψης πρώτης ύλης. Η προκαταβολή
> σας θα επιστραφεί εντός 10 εργάσιμων ημερών.
> Με εκτίμηση,
> Τμήμα Πωλήσεων"""),
("el", "b94-el-gl-efarmogi-pagwma-xeimwna", "Elena P. <elena.pap@example.gr>", "syndromh app", "billing", "",
"""Geia sas, exw thn syndromh Premium 3,99 to mhna sthn efarmogh tou
potismatos. To xeimwna den potizw kan, to exw kleisei apo ton Noemvrio.
Ginetai na thn "pagwsw" mexri ton Aprilh kai na mhn plhrwnw, xwris na
xasw ta programmata pou exw ftiaksei? Eyxaristw"""),
("el", "b94-el-erodios-limni-syntirisi", "Αλέκος Σαμαράς <alekos.samaras@example.gr>", "Συντήρηση λίμνης", "billing", "",
"""Καλημέρα.

Έχουμε συμβόλαιο συντήρησης για τη λιμνούλα στον κήπο, 35€ τον μήνα.
Δυστυχώς τα χρυσόψαρα τα έφαγε όλα ένας ερωδιός μέσα σε μια βδομάδα, και
με τη γυναίκα μου αποφασίσαμε να τη γεμίσουμε χώμα και να φυτέψουμε
λουλούδια. Οπότε δεν θα χρειαστούμε πια τις επισκέψεις σας. Τι πρέπει να
κάνω για να σταματήσει η πάγια εντολή;

Με εκτίμηση,
Α. Σαμαράς"""),
("el", "b94-el-kouponi-15-service", "Στέλλα Καραγιάννη <stella.k@example.gr>", "Κουπόνι", "billing", "",
"""Έκλεισα ραντεβού για service στο χλοοκοπτικό τρακτέρ μέσω της
ιστοσελίδας με τον κωδικό ΑΝΟΙΞΗ15 που μου ήρθε στο newsletter. Στην
επιβεβαίωση γράφει 15% έκπτωση, αλλά στην απόδειξη που πήρα σήμερα
χρεώθηκα ολόκληρο το ποσό, 95€. Μπορείτε να μου επιστρέψετε τη διαφορά;"""),
("el", "b94-el-synergeio-den-irthe-proistamenos", "Βασιλικη Τσολακη <v.tsolaki@example.gr>", "Χρεωση χωρις να ερθει κανεις", "billing", "high",
"""Καλησπερα,

Την Τεταρτη 12 ειχαμε κλεισει κουρεμα της μπορντουρας και κλαδεμα των
δεντρων. Το συνεργειο δεν ηρθε ποτε, δεν πηρε κανεις τηλεφωνο, και
σημερα βλεπω οτι μου χρεωσατε 220€ στην καρτα. Μιλησα δυο φορες με το
τηλεφωνικο κεντρο και μου λενε "θα το δουμε".

Θελω να μιλησω με τον προισταμενο ή τον υπευθυνο του τμηματος. Οχι αλλο
"θα το δουμε". Θελω τα χρηματα πισω.

Βασιλικη Τσολακη
Πυλαια, Θεσσαλονικη"""),
("el", "b94-el-gl-plirwmi-iris", "Nikos <nikos.tz@example.gr>", "plhrwmh", "billing", "",
"""kalhspera, 8elw na parw to mpatariako kourevtiko fraxth pou exete se
prosfora. mporw na plhrwsw me IRIS h mono me karta? epishs an to
paralavw apo to katasthma sthn Patra, plhrwnw ekei?"""),
("el", "b94-el-antigrafo-apodeixis-antlia", "Παναγιώτα Ρέντζου <p.rentzou@example.gr>", "Αντίγραφο απόδειξης", "billing", "",
"""Καλησπέρα σας. Αγόρασα από το κατάστημα της Κηφισιάς μια αντλία
συντριβανιού τον Ιούλιο του περασμένου χρόνου και έχω χάσει την
απόδειξη. Πλήρωσα με κάρτα (λήγει σε 4471), ποσό 89,00€ αν θυμάμαι καλά.
Θα μπορούσατε να μου στείλετε αντίγραφο; Δουλεύει μια χαρά, απλώς θέλω
να την έχω για την εγγύηση, αν χρειαστεί ποτέ."""),
("el", "b94-el-metaforika-paralavi-trakter", "Γρηγόρης Βλάχος <g.vlachos@example.gr>", "Μεταφορικά service", "billing", "",
"""Γεια σας. Στο ραντεβού για το service του τρακτέρ είχα επιλέξει
παραλαβή από το σπίτι (40€), αλλά τελικά το έφερα μόνος μου με το
τρέιλερ γιατί ο οδηγός σας ακύρωσε. Στο τιμολόγιο όμως τα 40€ είναι
ακόμα μέσα. Παρακαλώ να αφαιρεθούν.

Γρηγόρης Βλάχος, Λάρισα"""),
("el", "b94-el-gl-trakteraki-den-pairnei-mpros", "Manolis Kritikos <manolis.kr@example.gr>", "trakteraki", "technical", "",
"""Geia sas. Phra pisw to trakteraki apo to service thn Trith kai pleon
den pairnei mprosta. H opis8en douleyei kanonika, alla mprosta otan
patas to pedal kanei enan hxo san na glistraei kai den kounietai. Prin
to service den eixe tetoio 8ema. Ti na kanw? Na to ksanaferw?
Manolhs, Hrakleio"""),
("el", "b94-el-programmatistis-diakopi-revmatos", "Σοφια Δημα <sofia.dima@example.gr>", "Προγραμματιστης ποτισματος", "technical", "",
"""Καθε φορα που γινεται διακοπη ρευματος ο προγραμματιστης ποτισματος
(ο 6 ζωνων με την οθονη) χανει την ωρα και τα προγραμματα και ξεκιναει
απο την αρχη. Εχει μεσα μπαταρια 9V καινουργια. Στο χωριο μας οι
διακοπες γινονται συχνα το καλοκαιρι και βρισκω τον κηπο ξερο. Υπαρχει
καποια λυση;"""),
("el", "b94-el-fotistika-spithes-vroxi", "Αντώνης Φραγκιαδάκης <a.fragiadakis@example.gr>", "Κουτί σύνδεσης φωτιστικών", "technical", "high",
"""Καλησπέρα σας,

Μου τοποθετήσατε τον Μάρτιο φωτισμό στο μονοπάτι του κήπου (10 χαμηλά
κολωνάκια). Χθες το βράδυ που έβρεχε είδα σπίθες να βγαίνουν από το
κουτί σύνδεσης δίπλα στο τελευταίο φωτιστικό και μετά έπεσε η ασφάλεια
του σπιτιού. Σήμερα το πρωί το καπάκι του κουτιού έχει μαυρίσει στη μία
άκρη.

Έχω κατεβάσει την ασφάλεια του κήπου και δεν την ανεβάζω. Από εκεί
περνάνε τα παιδιά για το σχολείο. Πότε μπορεί να έρθει κάποιος να το δει;

Αντώνης Φραγκιαδάκης"""),
("el", "b94-el-gl-antlia-thoryvos", "Dimitra L. <dimitra.l@example.gr>", "antlia", "technical", "",
"""H antlia sto syntrivani exei arxisei na kanei dynato 8oryvo san na
trizei kai to nero vgainei ligo ligo, san vrysh pou stazei. Thn
ka8arisa, to filtro einai ka8aro. Einai 8 mhnwn. Ti mporei na ftaiei?"""),
("el", "b94-el-ksenodoxeio-potisma-gamos", "Τεχνική Υπηρεσία Aegean Pines <maintenance@aegeanpines.example>", "Κεντρικός controller - ζώνες 1-24", "technical", "high",
"""Καλημέρα σας,

Από την Κυριακή ο κεντρικός controller δεν εκτελεί κανένα πρόγραμμα.
Στην οθόνη γράφει «Sync error» και η εφαρμογή δείχνει το σύστημα εκτός
σύνδεσης. Έχουμε κάνει επανεκκίνηση δύο φορές.

Οι χλοοτάπητες γύρω από τα 40 bungalows έχουν αρχίσει να κιτρινίζουν με
36 βαθμούς και οι τρεις κηπουροί μας ποτίζουν με λάστιχα από τις 5 το
πρωί αντί να κάνουν τις υπόλοιπες δουλειές. Το Σάββατο έχουμε γάμο 250
ατόμων στον κήπο της πισίνας.

Παρακαλώ για επικοινωνία με τεχνικό σήμερα: 23740 55012.

Γιώργος Παπαδόπουλος
Υπεύθυνος Συντήρησης, Aegean Pines Resort, Χαλκιδική"""),
("el", "b94-el-ksylino-nero-parathyro", "Χρυσα Μανωλη <chrysa.manoli@example.gr>", "Σπιτακι κηπου - νερα", "technical", "",
"""Καλημερα. Το ξυλινο σπιτακι που μας στησατε τον Οκτωβριο μπαζει νερο
απο το πλαινο παραθυρο οταν βρεχει με αερα. Το νερο τρεχει κατω απο το
πρεβαζι και εχει αρχισει να φουσκωνει το πατωμα σε εκεινη τη γωνια.
Μπορει να ερθει καποιος να δει τη μονωση; Στελνω φωτογραφιες αν
χρειαζεται.

Χρυσα Μανωλη, Βολος"""),
("el", "b94-el-gl-den-einai-xrimata-efarmogi", "Fotis <fotis.ag@example.gr>", "den einai gia xrhmata", "technical", "",
"""Kalhspera, to lew apo thn arxh giati mou eipan sto thlefwno oti einai
8ema logistiriou: DEN einai 8ema plhrwmhs, h syndromh mou einai
plhrwmenh kanonika. H efarmogh tou potismatos apo xtes den anoigei,
kollaei sto logo kai meta kleinei. Thn esvhsa kai thn ksanaevala, idio.
Kinhto Xiaomi, Android 13."""),
("el", "b94-el-trakter-diarroi-venzinis", "Λευτέρης Ζαχαρίου <l.zachariou@example.gr>", "Μετά το service", "technical", "high",
"""Καλησπέρα,

Παρέλαβα σήμερα το χλοοκοπτικό τρακτέρ από το service. Όταν το έβαλα στο
γκαράζ μύριζε έντονα βενζίνη και είδα ότι στάζει καύσιμο κάτω από τη
μηχανή, κοντά στην εξάτμιση, μια σταγόνα κάθε λίγα δευτερόλεπτα. Το
έσβησα αμέσως και το έβγαλα έξω στην αυλή, μακριά από το σπίτι. Μάλλον
κάτι δεν σφίχτηκε σωστά στο φίλτρο καυσίμου που αλλάξατε.

Περιμένω οδηγίες. Δεν το ξαναβάζω μπροστά.

Λευτέρης"""),
("el", "b94-el-paraggelia-girlanta-misa", "Ελισάβετ Κουρή <elisavet.kouri@example.gr>", "Παραγγελία 55120", "technical", "",
"""Από τα 12 φωτάκια της γιρλάντας που πήρα ανάβουν μόνο τα πρώτα 6.
Άλλαξα θέση τις λάμπες μεταξύ τους, πάλι τα ίδια 6 σβηστά. Το
τροφοδοτικό είναι καινούργιο. Τι μπορεί να φταίει;"""),
("el", "b94-el-gl-3i-fora-ypeuthynos", "Stavros Mpekas <stavros.mpekas@example.gr>", "3h fora!!!", "technical", "high",
"""Kalhmera. Auth einai h trith fora pou erxetai texnikos gia ton
programmatisth potismatos. Kai tis treis fores fevgei kai to provlhma
menei: h zwnh 2 (o kipos mprosta) den anoigei pote. Exw xasei 3 prwines
apo th douleia gia na ton perimenw.

8elw na milhsw me ton ypeu8yno tou texnikou tmhmatos, oxi na mou
steilete allo texniko.

Stavros"""),
("el", "b94-el-wifi-controller-neo-router", "Μιχάλης Ορφανίδης <m.orfanidis@example.gr>", "Σύνδεση Wi-Fi", "technical", "",
"""Καλησπέρα. Αλλάξαμε πάροχο ίντερνετ και μας έβαλαν καινούργιο router.
Από τότε ο controller ποτίσματος δεν συνδέεται. Βάζω τον νέο κωδικό στην
εφαρμογή, φτάνει μέχρι το 90% και βγάζει «Αποτυχία σύνδεσης». Το δίκτυο
είναι στα 2,4 GHz. Τι άλλο να δοκιμάσω;

Μιχάλης"""),
("el", "b94-el-aisthitiras-vroxis", "Ρένα Χατζή <rena.chatzi@example.gr>", "Αισθητήρας βροχής", "technical", "",
"""Γεια σας, ο αισθητήρας βροχής που συνδέσαμε στον προγραμματιστή δεν
φαίνεται να κάνει τίποτα. Χθες έβρεχε όλη μέρα και το πότισμα άνοιξε
κανονικά στις 7 το απόγευμα. Το καλώδιο είναι στις υποδοχές SEN όπως
λέει το εγχειρίδιο. Υπάρχει κάποια ρύθμιση που πρέπει να ενεργοποιηθεί;"""),
("el", "b94-el-gl-fwta-anapoda", "Katerina Th. <katerina.th@example.gr>", "ta fwta tou kipou", "technical", "",
"""Geia sas, ta fwtistika me to fwtokyttaro pou phrame anavoun to prwi
kai svhnoun to vrady!! Akrivws anapoda. Ta exw valei opws leei to
xarti. Exoun kapoio diakoptaki h einai elattwmatika?
Katerina"""),
("el", "b94-el-efxaristo-synergeio-dafni", "Ουρανία Σπυροπούλου <o.spyropoulou@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω το συνεργείο που ήρθε την Πέμπτη για το κούρεμα του
φράχτη από δάφνη. Τα παιδιά (ο κ. Σάκης και ο συνάδελφός του) ήταν
ευγενέστατοι, δούλεψαν με πολλή προσοχή γύρω από τις τριανταφυλλιές μου
και άφησαν την αυλή πιο καθαρή απ' ό,τι τη βρήκαν. Είμαι 78 χρονών και
δεν μπορώ πια να κάνω τέτοιες δουλειές, οπότε το εκτιμώ πολύ.

Με εκτίμηση,
Ουρανία Σπυροπούλου"""),
("el", "b94-el-gl-wrario-savvato", "Babis <babis.k@example.gr>", "wrario", "general", "",
"""ti wra kleinete to Savvato sto katasthma sto Marousi? 8elw na perasw
na dw ta ksylina spitakia"""),
("el", "b94-el-allagi-stoixeion-klademata", "Χαράλαμπος Νικολάου <ch.nikolaou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Παρακαλώ να ενημερώσετε τα στοιχεία μου στο πρόγραμμα αποκομιδής
κλαδεμάτων. Νέο κινητό: 697 555 1234. Νέο email:
ch.nikolaou.new@example.gr. Η διεύθυνση παραμένει ίδια (Αγίου Δημητρίου
8, Χαλάνδρι). Ευχαριστώ."""),
("el", "b94-el-ypallilos-agenis-diefthyntis", "Ελένη Καλαμαρά <eleni.kalamara@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Το Σάββατο το πρωί βρισκόμουν στο κατάστημά σας στη Γλυφάδα για να
ρωτήσω για αντλίες λίμνης. Ο υπάλληλος στο τμήμα ποτισμού, ψηλός με
γένια, όταν του είπα ότι δεν καταλαβαίνω τη διαφορά ανάμεσα στα δύο
μοντέλα μου απάντησε «αφού δεν καταλαβαίνετε, στείλτε τον άντρα σας».
Μπροστά σε άλλους πελάτες.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος. Θεωρώ
απαράδεκτη τέτοια συμπεριφορά και θέλω να μάθω τι μέτρα θα ληφθούν.

Ελένη Καλαμαρά"""),
("el", "b94-el-gl-tromeri-douleia-fwta", "Lefteris M. <lefteris.m@example.gr>", "ta fwta", "general", "",
"""Paidia, tromerh douleia me ta fwta ston kipo! To vrady exei ginei
fwtia, ta skiswsate. Oi geitones 8eloun na ma8oun apo pou ta phrame.
Eyxaristw polu kai ton Aleko pou ta evale, poly meraklhs.
Lefteris"""),
("el", "b94-el-poia-mera-klademata-melissia", "Γιωργος Ψαρρας <g.psarras@example.gr>", "Κλαδεματα Μελισσια", "general", "",
"""Καλημερα, μολις μετακομισαμε στα Μελισσια. Ποια μερα περναει το
φορτηγο για τα κλαδεματα στην περιοχη μας και μεχρι τι ωρα πρεπει να
βγαλουμε τους σακους εξω; Ευχαριστω"""),
("el", "b94-el-odigies-paradosis-skiathos", "Κατερινα Μπαλη <katerina.bali@example.gr>", "Παραδοση Πεμπτη", "general", "",
"""Γεια σας, για την παραδοση του ξυλινου σπιτιου την Πεμπτη: ο δρομος
μας στη Σκιαθο ειναι πολυ στενος για νταλικα. Ο οδηγος να με παρει
τηλεφωνο πριν φτασει (694 555 8810) να τον περιμενω στη διασταυρωση με
το σουπερμαρκετ και να τον οδηγησω απο τον πισω δρομο. Η πορτα του
οικοπεδου ειναι 3,5 μετρα.

Ευχαριστω,
Κατερινα"""),
("el", "b94-el-xorigia-sxoliko-laxanokipo", "Σύλλογος Γονέων 4ου Δημοτικού <syllogos4ds@example.gr>", "Σχολικός λαχανόκηπος", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Σχολείου Νέας Σμύρνης οργανώνει
φέτος σχολικό λαχανόκηπο στην αυλή του σχολείου. Θα θέλαμε να σας
ρωτήσουμε αν θα σας ενδιέφερε να μας στηρίξετε ως χορηγός, π.χ. με ένα
μικρό σύστημα ποτίσματος ή με εργαλεία. Το όνομα της εταιρείας σας θα
αναφερθεί στη γιορτή λήξης και στη σελίδα του συλλόγου.

Με εκτίμηση,
Για το Δ.Σ.
Μαρία Κωνσταντίνου"""),
("el", "b94-el-ekthesi-spasmeno-skali", "Νίκος Ζερβός <nikos.zervos@example.gr>", "Έκθεση ξύλινων σπιτιών - σκαλί", "general", "high",
"""Καλησπέρα σας. Χθες επισκεφτήκαμε την έκθεσή σας στη Λεωφόρο
Μαραθώνος. Στο σπιτάκι επίδειξης με τη σοφίτα, το δεύτερο σκαλί της
εσωτερικής σκάλας είναι ξεκολλημένο και γέρνει όταν το πατάς. Η μητέρα
μου (75) παραλίγο να πέσει, την πρόλαβε ο γιος μου. Κανείς δεν είχε
βάλει σήμανση. Σας το γράφω για να το φτιάξετε ή να κλείσετε τη σκάλα
πριν χτυπήσει κάποιος.

Νίκος Ζερβός"""),
("el", "b94-el-gl-kleidia-katastima", "Eirini V. <eirini.v@example.gr>", "kleidia", "general", "",
"""Kalhspera, mhpws vrhkate ena matsaki kleidia me ena mple mprelok
delfini? Prepei na ta afhsa sto tameio otan plhrwsa ta sporia xtes to
apogeuma sto katasthma tou Peristeriou."""),
("el", "b94-el-gdpr-diagrafi", "Απόστολος Γεωργίου <ap.georgiou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679 (GDPR), ζητώ τη διαγραφή όλων
των προσωπικών μου δεδομένων από τα αρχεία σας, καθώς και τη διαγραφή
μου από τη λίστα ενημερωτικών email. Δεν έχω εκκρεμείς παραγγελίες.
Παρακαλώ επιβεβαιώστε εγγράφως.

Απόστολος Γεωργίου"""),
("el", "b94-el-gl-re-adeia-poleodomia", "Thodoris Karras <thodoris.karras@example.gr>", "Re: Prosfora ksylinou spitiou 3x3", "general", "",
"""Eyxaristw gia thn prosfora. Prin proxwrhsw, xreiazetai adeia apo thn
poleodomia gia ena 3x3 sto oikopedo sthn Aigina h 8ewreitai "kinhto" kai
den 8elei tipota? Dinete eseis kapoia eggrafa h pistopoihtika?
Thodwrhs

> Αγαπητέ κ. Κάρρα,
> Σας επισυνάπτουμε την προσφορά για το ξύλινο σπίτι «Αίγινα 3x3» με
> βεράντα 1,5 μ. Η τιμή ισχύει έως 30/4.
> Με εκτίμηση,
> Τμήμα Πωλήσεων"""),
("el", "b94-el-thoryvos-kyriaki-prwi", "Μαρία Τσιρίγου <maria.tsirigou@example.gr>", "Κυριακή 7:30 το πρωί", "general", "",
"""Καλημέρα. Το συνεργείο σας κούρευε χθες, Κυριακή, από τις 7:30 το πρωί
τους φράχτες της πολυκατοικίας απέναντι με τα μηχανήματα στη διαπασών.
Κατανοώ ότι είναι δουλειά, αλλά Κυριακή πρωί; Ξύπνησε όλη η γειτονιά και
το μωρό μου μαζί. Παρακαλώ να το λάβετε υπόψη στο πρόγραμμά σας.

Μαρία"""),
# ---------------- Spanish ----------------
("es", "b94-es-revision-tractor-presupuesto-factura", "Javier Montoya <javier.montoya@example.es>", "Factura revisión tractor cortacésped", "billing", "",
"""Buenos días:

Llevé el tractor cortacésped a su taller de Alcobendas para la revisión
anual. En el mostrador me dieron un presupuesto cerrado de 120 € y hoy,
al recogerlo, me han cobrado 212,40 €. En la factura aparecen una
cuchilla nueva y una correa que nadie me consultó.

Les pido que me devuelvan la diferencia o que me expliquen por qué se
hizo sin mi autorización.

Un saludo,
Javier Montoya"""),
("es", "b94-es-mx-recoleccion-poda-mudanza", "Claudia Herrera <claudia.herrera@example.com.mx>", "Servicio de recolección", "billing", "",
"""Buenas tardes, tenemos contratada la recolección de poda cada quince
días en la casa de Tlalpan ($450 MXN al mes, cargo automático). Nos
cambiamos a Querétaro a fin de mes y la casa se queda vacía, así que ya
no vamos a necesitar el servicio. ¿Qué tengo que hacer para que ya no me
cobren a partir de julio?

De antemano gracias,
Claudia Herrera"""),
("es", "b94-es-ar-sena-cabana-doble-desconocer", "Martín Echeverría <martin.echeverria@example.com.ar>", "Seña cobrada dos veces", "billing", "high",
"""Hola, buenas.

El martes pagué la seña de la cabaña de troncos modelo Bariloche 4x5
($850.000) con la Visa y me aparece debitada DOS veces en el resumen.
Llamé al 0800 y me dijeron que era "una preautorización que se cae
sola". Ya pasaron ocho días y no se cayó nada.

Si para el lunes no tengo la devolución del segundo pago voy a
desconocer el cargo con el banco. No quiero llegar a eso porque la
cabaña la quiero igual, pero no me pueden tener un millón de pesos
parados.

Martín Echeverría
Villa Carlos Paz, Córdoba"""),
("es", "b94-es-consulta-financiacion-caseta", "Lucía Ferrer <lucia.ferrer@example.es>", "Consulta", "billing", "",
"""Hola, ¿la caseta de madera de 3x3 con porche se puede pagar a plazos?
Me sale 2.890 € y preferiría financiarlo a 12 meses si es posible. ¿Con
qué entidad trabajáis y hay intereses?"""),
("es", "b94-es-app-riego-baja-hoja-reclamaciones", "Ramon Iglesias <ramon.iglesias@example.es>", "Cobros despues de la baja", "billing", "high",
"""Buenas tardes,

Di de baja la suscripcion Plus de la app de riego el 3 de marzo, desde
la propia app, y tengo la captura con el mensaje de "baja confirmada".
Aun asi me habeis cobrado 5,99 € en abril y otra vez en mayo.

Quiero la devolucion de los dos cargos. Si no lo solucionais esta
semana presentare una reclamacion en la Oficina Municipal de Consumo y
en la OCU.

Ramon Iglesias"""),
("es", "b94-es-cl-devolucion-bomba-sin-abrir", "Francisca Soto <francisca.soto@example.cl>", "Devolución bomba estanque", "billing", "",
"""Hola, compré una bomba para estanque de 4000 l/h ($89.990) pero mi
marido ya había comprado otra en la ferretería, así que nos quedamos con
dos. La suya está en la caja sin abrir. ¿Cómo hago la devolución y en
cuántos días me devuelven la plata a la tarjeta?

Gracias,
Francisca (Viña del Mar)"""),
("es", "b94-es-re-abono-focos-responsable", "Mercedes Pardo <mercedes.pardo@example.es>", "Re: Confirmación de devolución - pedido 70155", "billing", "high",
"""Han pasado cinco semanas desde este correo y el abono no ha llegado.
He llamado cuatro veces y siempre me dicen que "está en
contabilidad". Quiero que me atienda un responsable o el jefe del
departamento, por escrito, con una fecha concreta. Estoy cansada de
repetir la historia a cada persona que me coge el teléfono.

Mercedes Pardo

-----Mensaje original-----
De: Atención al Cliente
Enviado el: martes, 8 de abril
Asunto: Confirmación de devolución - pedido 70155

Estimada clienta:
Hemos recibido los artículos devueltos (3 focos LED de jardín con
pica). El importe de 119,85 € se abonará en su tarjeta en un plazo de
5 a 10 días hábiles.
Un saludo,
Atención al Cliente"""),
("es", "b94-es-co-factura-nit-jardineria", "Contabilidad Verde Andino <contabilidad@verdeandino.example.co>", "Factura electrónica con NIT", "billing", "",
"""Buenos días,

Muy amablemente les solicitamos reexpedir la factura electrónica del
pedido 20874 (2 programadores de riego de 12 estaciones, valor total
$3.480.000 COP) a nombre de la empresa y no de la persona natural:

Verde Andino Paisajismo S.A.S.
NIT 900.123.456-7
Calle 10 Sur # 43-21, Medellín

Quedo atenta a su respuesta.
Cordialmente,
Paola Restrepo
Auxiliar contable"""),
("es", "b94-es-madre-residencia-seto", "Antonio Gallardo <antonio.gallardo@example.es>", "Mantenimiento del seto de mi madre", "billing", "",
"""Buenas,

Mi madre, Carmen Ruiz, tiene contratado con ustedes el recorte del seto
de arizónicas una vez al mes en su casa de Aranjuez. Desde la semana
pasada vive en una residencia y la casa la vamos a cerrar, así que ya no
van a hacer falta los chicos del seto. ¿Me podéis decir cómo se
cancela? Ella no usa el correo, por eso os escribo yo.

Gracias,
Antonio"""),
("es", "b94-es-mx-no-es-falla-bajo-precio", "Rodrigo Vázquez <rodrigo.vazquez@example.com.mx>", "Ajuste de precio luminarias", "billing", "",
"""Hola, no les escribo por ninguna falla, las luminarias de jardín
funcionan perfecto. El detalle es que las compré el día 2 a $1,299 cada
una (4 piezas) y hoy las veo en $949. ¿Me pueden hacer el ajuste de la
diferencia? Son $1,400 en total. Tengo mi ticket."""),
("es", "b94-es-estanque-suspender-invierno", "Pilar Domínguez <pilar.dominguez@example.es>", "Mantenimiento estanque", "billing", "",
"""Hola, buenos días. Tenemos el plan de mantenimiento del estanque
(limpieza mensual, 45 € al mes). En invierno los peces casi no comen y
el agua está limpia, así que queríamos dejarlo en pausa de noviembre a
febrero y retomarlo en marzo. ¿Es posible sin perder la tarifa que
tenemos? Gracias. Pili"""),
("es", "b94-es-ar-hola-cuotas", "Sofía Benítez <sofi.benitez@example.com.ar>", "Hola", "billing", "",
"""hola! queria saber si el programador de riego de 8 zonas se puede
pagar en cuotas sin interes con Mastercard o si solo en un pago. y si
hay descuento pagando por transferencia. gracias!!"""),
("es", "b94-es-vale-regalo-no-descontado", "Enrique Navas <enrique.navas@example.es>", "Vale regalo", "billing", "",
"""Buenas tardes:

En el pedido de ayer (kit de iluminación solar, 89,95 €) introduje el
vale regalo de 30 € que me regalaron por mi cumpleaños y, aunque en el
carrito aparecía el descuento, en el cargo de la tarjeta me han cobrado
el importe completo. El vale sigue saliendo como "usado". ¿Me podéis
devolver los 30 €?

Enrique Navas"""),
("es", "b94-es-mx-visita-cobrada-profeco", "Gabriela Ortiz <gabriela.ortiz@example.com.mx>", "Cargo por visita técnica", "billing", "high",
"""Buenas tardes,

Me cobraron $650 MXN por una visita técnica para revisar la bomba de mi
fuente que NUNCA se realizó. Esperé todo el sábado 14 y nadie llegó ni
me avisaron. El lunes vi el cargo en mi tarjeta.

Exijo la devolución completa. Si en 5 días hábiles no tengo respuesta
voy a levantar una queja formal ante Profeco con todos los comprobantes.

Gabriela Ortiz
Zapopan, Jal."""),
("es", "b94-es-tractor-no-arranca-no-quiero-dinero", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Tractor tras la revisión", "technical", "",
"""Kaixo,

Me devolvisteis ayer el tractor cortacésped de la revisión y hoy no
arranca. Al girar la llave solo hace "clic". La batería es la nueva que
me pusisteis. He comprobado que el asiento está bien, las cuchillas
desembragadas y el freno puesto.

No quiero que me devolváis nada ni reclamar, solo que funcione, que la
hierba con estas lluvias crece sola. ¿Venís vosotros o lo tengo que
llevar otra vez en el remolque?

Iñaki
Hernani"""),
("es", "b94-es-mx-programador-wifi-desconecta", "Alejandro Ramos <alejandro.ramos@example.com.mx>", "Programador se desconecta", "technical", "",
"""Qué tal, el programador de riego wifi se desconecta de la app varias
veces al día. El módem está a unos 6 metros, con una pared de por medio.
Ya lo reinicié, le quité la corriente y lo volví a vincular. Cuando está
desconectado no puedo encender ninguna zona desde el celular. ¿Hay algo
más que pueda checar o necesito un repetidor?"""),
("es", "b94-es-bomba-estanque-calambre", "Rafael Cuesta <rafael.cuesta@example.es>", "Bomba del estanque", "technical", "high",
"""Buenas tardes,

La bomba del estanque que compré en mayo ha empezado a hacer saltar el
diferencial de casa, normalmente al cabo de una hora de volver a
enchufarla. Esta mañana, antes de que saltara, metí la mano en el agua
para quitar unas hojas de la rejilla y noté un calambre en el brazo. No
fue fuerte, pero lo noté claramente.

La he desenchufado y nadie se acerca al estanque. El cable por fuera
parece estar bien. ¿Qué hago con ella?

Rafael Cuesta"""),
("es", "b94-es-ar-transformador-olor-quemado", "Valeria Paz <valeria.paz@example.com.ar>", "Transformador luces", "technical", "high",
"""Hola. El transformador de las luces del parque (el kit de 12 V con 8
spots) está en el quincho y anoche estaba tan caliente que no se podía
tocar, y había olor a plástico quemado. La lucecita verde parpadeaba.
Lo desenchufé y dejé la puerta abierta. ¿Es normal? Supongo que no.
Tiene tres meses. Valeria"""),
("es", "b94-es-golf-greens-sin-riego", "Mantenimiento Club de Golf Los Olivos <mantenimiento@golflosolivos.example.es>", "Greens 1 a 9", "technical", "high",
"""Buenos días,

Desde la actualización del domingo por la noche, el programador central
no abre las válvulas de los greens del 1 al 9. La aplicación marca los
programas como "completados" cada mañana, pero no ha caído una gota.
Hemos comprobado los solenoides a mano y funcionan.

Los greens ya tienen zonas amarillas con 34 grados, tenemos a cuatro
jardineros regando con mangueras desde las seis en lugar de segar, y el
sábado se juega el torneo social con 120 jugadores inscritos.

Necesito que un técnico me llame hoy mismo: 955 555 210.

Francisco Medina
Jefe de Mantenimiento"""),
("es", "b94-es-cl-cabana-gotera-techo", "Cristóbal Fuentes <cristobal.fuentes@example.cl>", "Cabaña - gotera", "technical", "",
"""Hola, buenas. La cabaña de 3x4 que nos instalaron en febrero en
Pucón tiene una gotera en la esquina del frente. Con la primera lluvia
fuerte entró harta agua por donde el fieltro del techo se junta con la
tapa. Ya se mojó el piso. Les puedo mandar fotos. ¿Pueden venir a
revisarla antes de que empiece el invierno en serio?

Saludos,
Cristóbal"""),
("es", "b94-es-pedido-app-no-entra", "Nuria Sanz <nuria.sanz@example.es>", "Pedido 33871", "technical", "",
"""Hola, compre el programador con el pedido 33871 y no consigo entrar
en la app para configurarlo. Me dice "usuario o contraseña incorrectos"
y cuando pido restablecer la contraseña no me llega ningun correo (he
mirado en spam). Llevo desde el viernes asi."""),
("es", "b94-es-co-bomba-fuente-ruido", "Andrés Cárdenas <andres.cardenas@example.co>", "Bomba fuente ruidosa", "technical", "",
"""Buenas tardes, la bomba de la fuente del patio empezó a hacer un ruido
como de piedras adentro y el chorro salió muy débil. Ya la limpié y le
saqué unas hojas del impulsor. Tiene seis meses de uso. ¿Qué me
recomiendan? Quedo atento."""),
("es", "b94-es-luces-solares-no-cargan", "Teresa Molina <teresa.molina@example.es>", "Balizas solares", "technical", "",
"""Las balizas solares que compré en abril ya casi no se encienden. De
las diez, solo tres dan luz por la noche y se apagan a la hora. Están
al sol todo el día y les he limpiado las placas. ¿Se les pueden cambiar
las pilas?"""),
("es", "b94-es-mx-tecnico-tres-veces-supervisor", "Jorge Salinas <jorge.salinas@example.com.mx>", "TERCERA visita y sigue igual", "technical", "high",
"""Buenas tardes.

Es la tercera vez que viene un técnico por el sistema de riego y la
zona del jardín de enfrente sigue sin encender. Primero cambiaron la
válvula, luego "reprogramaron" el controlador y la última vez dijeron
que era la presión. Nada. He faltado tres mañanas al trabajo para
esperarlos.

Quiero hablar con el supervisor del área técnica, no que me agenden
otra visita con otro técnico.

Jorge Salinas
Monterrey, N.L."""),
("es", "b94-es-caseta-puerta-no-cierra", "Marta Lozano <marta.lozano@example.es>", "Puerta de la caseta", "technical", "",
"""Hola, la puerta doble de la caseta que nos montasteis en marzo se ha
descolgado y la hoja derecha roza con el marco, no cierra si no la
levantas y empujas. La cerradura ya no gira, así que la caseta está
abierta. ¿Se pueden regular las bisagras o tiene que venir alguien?"""),
("es", "b94-es-ar-zona-4-no-se-apaga", "Nicolás Ferreyra <nicolas.ferreyra@example.com.ar>", "zona 4", "technical", "",
"""Buenas, la zona 4 del riego estuvo abierta toda la noche, tenía que
regar 20 minutos a las 6. El fondo es un pantano. En la app figura
"apagada" pero se escuchaba la válvula. Cerré la llave de paso general.
¿Qué reviso? ¿Puede ser el solenoide?"""),
("es", "b94-es-sensor-lluvia-sigue-regando", "Joaquín Prieto <joaquin.prieto@example.es>", "Sensor de lluvia", "technical", "",
"""Buenas. El sensor de lluvia que instalé con el programador no hace
nada: ayer llovió toda la tarde y a las 21:00 empezó a regar igual.
Está conectado a los bornes SEN como pone el manual y el interruptor en
"activo". ¿Falta algún ajuste en la app?"""),
("es", "b94-es-gracias-cuadrilla-seto", "Amparo Villalba <amparo.villalba@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Quiero dar las gracias a los dos muchachos que vinieron el jueves a
recortar el seto de laurel, creo que se llamaban Sergio y Dani. Fueron
muy educados, tuvieron mucho cuidado con mis rosales y dejaron la acera
más limpia de lo que estaba. Tengo 81 años y ya no puedo con estas
tareas, así que se lo agradezco de corazón.

Atentamente,
Amparo Villalba"""),
("es", "b94-es-mx-horario-16-septiembre", "Luis Mendoza <luis.mendoza@example.com.mx>", "Horario", "general", "",
"""Buenas, ¿van a abrir la sucursal de Coyoacán el 16 de septiembre? Y
si sí, ¿en qué horario? Quiero pasar a ver las cabañas de exhibición."""),
("es", "b94-es-recogida-tractor-llave-buzon", "Óscar Herrero <oscar.herrero@example.es>", "Recogida del jueves", "general", "",
"""Hola,

Para la recogida del tractor el jueves: no habrá nadie en casa. La
cancela pequeña del lateral está abierta, el tractor está bajo el
porche de la izquierda y la llave la dejo en el buzón. Por favor,
cerrad la cancela al salir que tenemos un perro que se escapa.

Gracias,
Óscar"""),
("es", "b94-es-ar-empleado-maleducado-gerente", "Graciela Ledesma <graciela.ledesma@example.com.ar>", "Atención en la sucursal de Pilar", "general", "high",
"""Señores:

El sábado fui a la sucursal de Pilar a consultar por un programador de
riego. El empleado de la sección riego me contestó de muy mala manera,
me dijo que "si no sabía lo que quería, que no le hiciera perder el
tiempo" y se fue a atender a otra persona. Delante de todos.

Pido que me contacte el gerente de la sucursal. No voy a dejar pasar
esto.

Graciela Ledesma"""),
("es", "b94-es-paraguas-exposicion-casetas", "Rosa Castaño <rosa.castano@example.es>", "Paraguas olvidado", "general", "",
"""Buenas tardes, el domingo estuve en vuestra exposición de casetas de
Majadahonda y creo que me dejé un paraguas verde de cuadros en la
caseta grande con porche. Le tengo cariño, era de mi madre. ¿Lo habéis
encontrado? Puedo pasar a recogerlo. Gracias, Rosa"""),
("es", "b94-es-cl-re-cambio-correo", "Ignacio Rojas <ignacio.rojas@example.cl>", "RE: Recordatorio de mantención de su bomba", "general", "",
"""Hola, por favor actualicen mis datos: desde ahora mi correo es
ignacio.rojas.v@example.cl y el celular +56 9 5555 4411. La dirección
sigue igual, en Ñuñoa.
Saludos,
Ignacio

De: Servicio al Cliente
Enviado: lunes
Asunto: Recordatorio de mantención de su bomba

Estimado Ignacio, le recordamos que se acerca la mantención anual de
la bomba de su estanque. Agende su hora antes del 30 de septiembre."""),
("es", "b94-es-rgpd-acceso-datos", "Beatriz Aguirre <beatriz.aguirre@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Conforme al artículo 15 del Reglamento General de Protección de Datos,
solicito que me facilitéis una copia de todos los datos personales que
tenéis sobre mí, incluidas las grabaciones de llamadas y las notas
asociadas a mi cuenta de recogida de restos de poda. Adjunto copia de
mi DNI.

Beatriz Aguirre"""),
("es", "b94-es-licencia-caseta-ayuntamiento", "Pablo Requena <pablo.requena@example.es>", "¿Hace falta licencia?", "general", "",
"""Hola, para poner la caseta de 4x3 en el jardín de un chalet en
Valladolid, ¿hace falta licencia de obra o basta con una comunicación
al ayuntamiento? ¿Vosotros os encargáis de algún papel o lo tengo que
hacer yo?"""),
("es", "b94-es-mx-vidrio-area-juegos", "Diana Aguilar <diana.aguilar@example.com.mx>", "Área de juegos del vivero", "general", "high",
"""Hola, el domingo fuimos al vivero de Satélite y en el área de juegos
para niños, junto al arenero, había pedazos de vidrio de una maceta o
una botella. Mi hijo de 4 años se cortó un poquito la mano, nada
grave. Le avisé a una señorita de caja y me dijo que ya lo sabían,
pero cuando nos fuimos seguía ahí y había más niños jugando. Por favor
revisen antes de que alguien se lastime en serio.

Diana Aguilar"""),
("es", "b94-es-patrocinio-concurso-patios", "Asociación Vecinal San Basilio <asociacion.sanbasilio@example.es>", "Concurso de patios", "general", "",
"""Estimados señores:

La Asociación Vecinal San Basilio organiza, como cada mayo, el concurso
de patios y rincones del barrio. Nos gustaría saber si vuestra empresa
estaría interesada en patrocinar alguno de los premios (un lote de
iluminación o de riego, por ejemplo). A cambio, figuraríais en los
carteles y en el programa.

Un saludo cordial,
Encarni Luque
Secretaria"""),
("es", "b94-es-ar-quedo-una-bomba", "Julián Moreno <julian.moreno@example.com.ar>", "Las luces!!", "general", "",
"""Che, les quería decir que las luces del jardín quedaron una BOMBA. El
sábado hicimos un asado y todos preguntaban de dónde eran, el jardín
está que explota. Gracias a Ezequiel que las instaló, un genio.
Abrazo,
Juli"""),
("es", "b94-es-camion-poda-vado", "Fernando Rubio <fernando.rubio@example.es>", "Camion de recogida en mi vado", "general", "",
"""Buenos dias, el camion de recogida de poda lleva tres jueves
aparcando delante de mi vado mientras cargan las sacas de toda la
calle, y no puedo sacar el coche en veinte minutos. El conductor me
dijo la ultima vez que "es lo que hay". Les pido que le indiquen que
pare un poco mas adelante, hay sitio de sobra. Gracias."""),
("es", "b94-es-co-que-va-en-bolsa-poda", "Liliana Ospina <liliana.ospina@example.co>", "Consulta bolsa de residuos verdes", "general", "",
"""Buenos días, una consulta: en la bolsa de residuos verdes ¿se pueden
echar hojas de palma y tierra de materas viejas, o solo pasto y ramas?
No quiero que me la dejen sin recoger. Muchas gracias."""),
# ---------------- Polish ----------------
("pl", "b94-pl-przeglad-traktorka-faktura-wyzsza", "Krzysztof Wiśniewski <krzysztof.wisniewski@example.pl>", "Faktura za przegląd traktorka", "billing", "",
"""Dzień dobry,

oddałem traktorek ogrodowy na przegląd sezonowy. W punkcie
przyjęć usłyszałem, że przegląd kosztuje 350 zł, a dziś przy odbiorze
zapłaciłem 689 zł. Na fakturze są dwa nowe noże i pasek napędowy,
o które nikt mnie nie pytał. Pasek był wymieniany dwa lata temu.

Proszę o korektę faktury do uzgodnionej kwoty albo chociaż o zdjęcie
z niej paska.

Z poważaniem
Krzysztof Wiśniewski
Piaseczno"""),
("pl", "b94-pl-wywoz-zielonych-sprzedana-dzialka", "Jadwiga Nowicka <jadwiga.nowicka@example.pl>", "wywoz odpadow zielonych - dzialka", "billing", "",
"""Dzien dobry, mamy u Panstwa wywoz odpadow zielonych z dzialki ROD
"Malwa" (nr 112), 60 zl miesiecznie. Dzialke sprzedalismy w zeszlym
tygodniu, nowy wlasciciel ma swoja firme. Prosze o zakonczenie uslugi
od przyszlego miesiaca i informacje, czy cos trzeba podpisac.
Pozdrawiam, J. Nowicka"""),
("pl", "b94-pl-zaliczka-domek-dwa-razy-chargeback", "Marcin Kowalczyk <marcin.kowalczyk@example.pl>", "Zaliczka pobrana podwójnie - zamówienie DB-4471", "billing", "high",
"""Dzień dobry,

2 czerwca wpłaciłem kartą zaliczkę 30% (5 370 zł) na domek z bali
"Mazury 4x5". Na wyciągu widzę dwie identyczne transakcje w odstępie
minuty. Na czacie usłyszałem, że "druga blokada sama zniknie". Minęło
dziesięć dni i nic nie zniknęło.

Jeżeli do piątku druga kwota nie wróci na kartę, złożę w banku
reklamację transakcji (chargeback). Wolałbym tego uniknąć, bo domek
nadal chcę, ale to za duże pieniądze, żeby leżały u Państwa bez
powodu.

Marcin Kowalczyk
Giżycko"""),
("pl", "b94-pl-pytanie-raty-domek", "Agata Zielińska <agata.zielinska@example.pl>", "Pytanie", "billing", "",
"""Czy domek narzędziowy 3x3 z zadaszeniem (7 490 zł) można kupić na raty
0%? Jeśli tak, to na ile rat i czy trzeba wpłacić coś na start?"""),
("pl", "b94-pl-aplikacja-oplaty-po-rezygnacji-rzecznik", "Tadeusz Lewandowski <tadeusz.lewandowski@example.pl>", "Opłaty po rezygnacji", "billing", "high",
"""Szanowni Państwo,

3 marca zrezygnowałem z subskrypcji Premium w aplikacji do sterownika
nawadniania (mam zrzut ekranu z komunikatem "subskrypcja anulowana").
Mimo to w kwietniu i maju pobraliście z mojej karty po 19,99 zł.

Żądam zwrotu obu kwot w ciągu 7 dni. W przeciwnym razie zgłoszę sprawę
do miejskiego rzecznika konsumentów i do UOKiK.

Tadeusz Lewandowski"""),
("pl", "b94-pl-zwrot-pompy-nieotwarta", "Ewa Kamińska <ewa.kaminska@example.pl>", "Zwrot pompy", "billing", "",
"""Dzień dobry, zamówiłam pompę do oczka 5000 l/h (zam. 88013), ale
okazało się, że mąż kupił już taką samą w markecie. Nasza od Państwa
jest nieotwarta, w folii. Chcę skorzystać z prawa odstąpienia od umowy.
Jak mam ją odesłać i kiedy wrócą pieniądze (329 zł)?

Ewa Kamińska"""),
("pl", "b94-pl-re-zwrot-lamp-kierownik", "Halina Dąbrowska <halina.dabrowska@example.pl>", "Re: Potwierdzenie przyjęcia zwrotu", "billing", "high",
"""Minęło pięć tygodni od tej wiadomości, a pieniędzy nadal nie ma.
Dzwoniłam cztery razy i za każdym razem słyszę, że "sprawa jest
w księgowości". Proszę, żeby skontaktował się ze mną kierownik działu
albo ktoś, kto faktycznie może to załatwić, a nie kolejny konsultant.

Halina Dąbrowska

> Szanowna Pani,
> potwierdzamy przyjęcie zwrotu towaru z zamówienia 70219 (4 x lampa
> ogrodowa słupek LED). Kwota 476,00 zł zostanie zwrócona na rachunek
> w ciągu 14 dni.
> Pozdrawiamy,
> Dział Obsługi Klienta"""),
("pl", "b94-pl-faktura-nip-firma-ogrodnicza", "Biuro Zielona Dolina <biuro@zielonadolina.example.pl>", "Faktura na firmę", "billing", "",
"""Dzień dobry,

do zamówienia 31907 (2 sterowniki nawadniania 12-sekcyjne) otrzymaliśmy
paragon, a potrzebujemy faktury VAT na firmę. Dane:

Zielona Dolina Usługi Ogrodnicze Sp. z o.o.
ul. Kwiatowa 18, 61-302 Poznań
NIP 779-555-12-34

Prosimy o przesłanie faktury mailem.

Pozdrawiam
Monika Adamczyk
księgowość"""),
("pl", "b94-pl-kosiarka-sprzedana-sasiadowi-plan", "Zbigniew Wójcik <zbigniew.wojcik@example.pl>", "Pakiet serwisowy", "billing", "",
"""Dzień dobry,

mam u Państwa roczny pakiet serwisowy na kosiarkę samojezdną (płatny
co miesiąc, 45 zł). Kosiarka poszła do sąsiada razem z całym sprzętem
ogrodowym, bo przenosimy się z żoną do mieszkania w bloku i trawy już
nie będzie. Czy pakiet można przepisać na sąsiada, a jeśli nie, to
proszę o jego zakończenie.

Pozdrawiam serdecznie
Zbigniew Wójcik"""),
("pl", "b94-pl-nic-nie-zepsute-obnizka", "Paulina Grabowska <paulina.grabowska@example.pl>", "Girlandy", "billing", "",
"""Dzień dobry, od razu zaznaczę, że z girlandami wszystko w porządku,
świecą pięknie. Kupiłam dwie po 219 zł, a tydzień później są po
159 zł. Czy mogę dostać zwrot różnicy (120 zł) bez odsyłania ich
i kupowania jeszcze raz?"""),
("pl", "b94-pl-oczko-zawieszenie-zima", "Ryszard Mazur <ryszard.mazur@example.pl>", "Pielęgnacja oczka", "billing", "",
"""Witam, mamy abonament na pielęgnację oczka wodnego (180 zł/mies.).
Od listopada do marca ryby śpią, a woda jest czysta, więc chcielibyśmy
zawiesić abonament na zimę i wrócić w kwietniu na tych samych
warunkach. Da się tak?"""),
("pl", "b94-pl-blik-czy-pobranie", "Kacper Jankowski <kacper.jankowski@example.pl>", "platnosc", "billing", "",
"""hej, chce zamowic nozyce do zywoplotu na akumulator. da sie zaplacic
blikiem albo przy odbiorze kurierowi? i czy przy odbiorze w sklepie w
Lodzi placi sie na miejscu?"""),
("pl", "b94-pl-bon-podarunkowy-nie-odjety", "Dorota Pawłowska <dorota.pawlowska@example.pl>", "Karta podarunkowa", "billing", "",
"""Dzień dobry,

przy zamówieniu zestawu lamp solarnych (349 zł) wpisałam kod karty
podarunkowej na 100 zł. W koszyku rabat był widoczny, ale z karty
płatniczej pobrano całą kwotę, a karta podarunkowa ma status "wykorzystana".
Proszę o zwrot 100 zł.

Dorota Pawłowska"""),
("pl", "b94-pl-oplata-dojazd-nie-przyjechal-sad", "Artur Szczepański <artur.szczepanski@example.pl>", "Opłata za dojazd", "billing", "high",
"""Szanowni Państwo,

obciążyliście mnie kwotą 150 zł za dojazd serwisanta do pompy w moim
oczku, choć serwisant nigdy nie przyjechał. Czekałem w sobotę 14 od
8 do 16, nikt nie zadzwonił. W poniedziałek zobaczyłem obciążenie.

Domagam się zwrotu całej kwoty. Jeśli nie otrzymam odpowiedzi w ciągu
14 dni, skieruję sprawę do sądu w postępowaniu uproszczonym. Wszystkie
dowody zachowałem.

Artur Szczepański"""),
("pl", "b94-pl-traktorek-klika-nie-chodzi-o-pieniadze", "Grzegorz Michalski <grzegorz.michalski@example.pl>", "Traktorek po przeglądzie", "technical", "",
"""Dzień dobry,

we wtorek odebrałem traktorek z przeglądu i dziś nie chce odpalić.
Przekręcam kluczyk i tylko klika. Akumulator nowy, Państwo go
montowali. Siedzenie, hamulec, noże wyłączone - wszystko jak
w instrukcji.

Nie chodzi mi o żadne pieniądze ani reklamację, chcę tylko, żeby
działał, bo trawa po deszczach rośnie w oczach. Przyjedziecie, czy mam
go znowu wieźć na przyczepce?

Grzegorz
Nowy Targ"""),
("pl", "b94-pl-sterownik-gubi-wifi", "Łukasz Kaczmarek <lukasz.kaczmarek@example.pl>", "sterownik traci polaczenie", "technical", "",
"""Dzien dobry, sterownik nawadniania 6-sekcyjny kilka razy dziennie
znika z aplikacji (status "offline"). Router jest ok. 7 m dalej, za
jedna sciana. Restartowalem i parowalem od nowa. Jak jest offline, nie
da sie recznie wlaczyc zadnej sekcji. Czy potrzebny jest wzmacniacz?"""),
("pl", "b94-pl-pompa-oczka-kopnela", "Wojciech Sikorski <wojciech.sikorski@example.pl>", "Pompa do oczka", "technical", "high",
"""Dzień dobry,

pompa do oczka kupiona w maju zaczęła wybijać różnicówkę w garażu,
zwykle po godzinie od ponownego włączenia. Dziś rano, zanim wybiło,
włożyłem rękę do wody, żeby wyjąć liście z kosza, i poczułem
mrowienie w ręce, jakby lekko kopnęło.

Odłączyłem pompę z gniazdka i nikt nie podchodzi do oczka. Kabel z
wierzchu wygląda na cały. Co mam z nią zrobić?

Wojciech Sikorski"""),
("pl", "b94-pl-zasilacz-oswietlenia-iskry", "Magdalena Wróbel <magdalena.wrobel@example.pl>", "Oświetlenie przy ścieżce", "technical", "high",
"""Dzień dobry,

w kwietniu montowaliście nam oświetlenie wzdłuż ścieżki (10 słupków).
Wczoraj w czasie deszczu z puszki połączeniowej przy ostatniej lampie
posypały się iskry i wybiło bezpiecznik w domu. Dziś rano pokrywka
puszki jest z jednej strony osmalona.

Wyłączyłam obwód ogrodu i go nie włączam. Tą ścieżką dzieci chodzą do
szkoły. Kiedy ktoś mógłby przyjechać?

Magdalena Wróbel"""),
("pl", "b94-pl-szklarnie-nie-podlewaja", "Gospodarstwo Ogrodnicze Nowak <biuro@nowak-szklarnie.example.pl>", "Szklarnie 2-4", "technical", "high",
"""Dzień dobry,

od aktualizacji w niedzielę w nocy sterowniki w szklarniach 2, 3 i 4
nie otwierają zaworów. W aplikacji programy mają status "zakończony",
ale kroplówka stoi sucha. Elektrozawory sprawdziliśmy ręcznie - działają.

Pomidory zaczęły więdnąć, sześć osób od piątej rano leje wężami
zamiast zbierać, a w piątek mamy odbiór dla sieci - 12 palet. Przy tych
upałach dłużej tak nie pociągniemy.

Proszę o telefon od technika jeszcze dziś: 601 555 732.

Piotr Nowak"""),
("pl", "b94-pl-domek-przecieka-dach", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Domek ogrodowy - przeciek", "technical", "",
"""Dzień dobry, domek 3x4, który montowała u nas Państwa ekipa trzy
tygodnie temu (zam. DB-3380), przy pierwszym mocnym deszczu przecieka
przy szczycie od frontu. Woda spływa po wewnętrznej stronie framugi,
na nowej podłodze jest mokra plama. Wygląda, jakby papa nie dochodziła
do deski czołowej. Mogę przesłać zdjęcia. Proszę o przyjazd przed
kolejnymi opadami.

Joanna Krawczyk"""),
("pl", "b94-pl-dzien-dobry-haslo-aplikacja", "Roman Pietrzak <roman.pietrzak@example.pl>", "Dzień dobry", "technical", "",
"""dzien dobry, nie moge sie zalogowac do aplikacji od podlewania, pisze
ze zle haslo, klikam "nie pamietam hasla" i mail z resetem nie
przychodzi. sprawdzalem spam. probuje od soboty. konto jest na ten
adres."""),
("pl", "b94-pl-kosiarka-tnie-nierowno", "Bogdan Zając <bogdan.zajac@example.pl>", "Kosiarka po serwisie", "technical", "",
"""Od kiedy kosiarka wróciła z serwisu, tnie niżej z lewej strony niż
z prawej. Na każdym pasie zostaje schodek, a na skarpie przy płocie
zdarła trawę do ziemi. Wysokości koszenia nie ruszałem. Czy mogło
zostać krzywo założone podwozie kosiarki?"""),
("pl", "b94-pl-zamowienie-lampki-solarne", "Iwona Górska <iwona.gorska@example.pl>", "Zamówienie 77120", "technical", "",
"""Lampki solarne z tego zamówienia działały około miesiąca, teraz z ośmiu
świecą tylko dwie i to przez godzinę. Stoją w pełnym słońcu, panele
przetarłam. Czy akumulatorki da się wymienić?"""),
("pl", "b94-pl-trzeci-raz-kierownik-serwisu", "Mirosław Kubiak <miroslaw.kubiak@example.pl>", "TRZECI RAZ ta sama usterka", "technical", "high",
"""To już trzeci raz, kiedy traktorek wraca z Państwa serwisu z tą samą
usterką: po 10-15 minutach pracy, jak się nagrzeje, gaśnie. Za każdym
razem słyszę, że naprawione (czyszczenie gaźnika, potem pompa paliwa,
potem "zapowietrzenie").

Proszę o kontakt kierownika serwisu, a nie o kolejny termin wizyty.
Straciłem przez to pół wiosny.

Mirosław Kubiak
tel. 602 555 119"""),
("pl", "b94-pl-lampa-uv-nie-swieci", "Elżbieta Duda <elzbieta.duda@example.pl>", "UV", "technical", "",
"""Lampa UV w filtrze oczka nie świeci, wymieniłam żarnik na nowy i
dalej nic. Pompa chodzi. Woda znowu robi się zielona."""),
("pl", "b94-pl-drzwi-domku-nie-domykaja", "Sebastian Walczak <sebastian.walczak@example.pl>", "Drzwi w domku", "technical", "",
"""Dzień dobry, podwójne drzwi w domku (montaż w marcu) opadły tak, że
prawe skrzydło zahacza o ościeżnicę i nie domyka się, dopóki go nie
podniosę. Zamek już się nie przekręca, więc domek stoi otwarty. Czy
zawiasy da się wyregulować, czy musi przyjechać ekipa?"""),
("pl", "b94-pl-sekcja-3-nie-wylacza", "Dariusz Baran <dariusz.baran@example.pl>", "sekcja 3", "technical", "",
"""Sekcja 3 podlewala cala noc, miala 15 minut o 5 rano. Trawnik za
domem to bagno. W aplikacji sekcja jest "wylaczona", ale slychac bylo
zawor. Zakrecilem glowny zawor wody. Co sprawdzic, elektrozawor?"""),
("pl", "b94-pl-podziekowanie-ekipa-zywoplot", "Teresa Jabłońska <teresa.jablonska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować dwóm panom, którzy w czwartek przycinali
nasz żywopłot z tui - pan Kamil i pan Adrian. Byli bardzo uprzejmi,
uważali na moje róże i posprzątali wszystko co do gałązki. Mąż, który
jest bardzo wymagający, mówi, że żywopłot dawno tak dobrze nie wyglądał.

Z wyrazami szacunku
Teresa Jabłońska"""),
("pl", "b94-pl-godziny-11-listopada", "Patryk Wieczorek <patryk.wieczorek@example.pl>", "Godziny otwarcia", "general", "",
"""Czy salon z domkami we Wrocławiu na Bielanach jest otwarty 10 listopada
w piątek? Chcieliśmy podjechać obejrzeć domki przed długim weekendem."""),
("pl", "b94-pl-odbior-kosiarki-kod-bramy", "Henryk Szymański <henryk.szymanski@example.pl>", "Odbiór kosiarki w czwartek", "general", "",
"""Dzień dobry,

w czwartek, przy odbiorze kosiarki, nie będzie nas w domu. Kod do furtki
od strony lasu: 2580. Kosiarka stoi w wiacie po prawej, kluczyk na
siedzeniu. Proszę zamknąć furtkę, bo pies ucieka.

Dziękuję
Henryk Szymański"""),
("pl", "b94-pl-pracownik-niegrzeczny-kierownik", "Bożena Kalinowska <bozena.kalinowska@example.pl>", "Zachowanie pracownika", "general", "high",
"""Szanowni Państwo,

w sobotę byłam w Państwa sklepie w Krakowie przy ul. Zakopiańskiej, żeby
zapytać o sterownik nawadniania. Pracownik działu nawadniania, kiedy
powiedziałam, że nie rozumiem różnicy między modelami, odpowiedział
"to niech pani przyśle męża". Przy innych klientach.

Proszę o kontakt kierownika sklepu. Takie zachowanie jest niedopuszczalne
i chcę wiedzieć, jakie zostaną wyciągnięte konsekwencje.

Bożena Kalinowska"""),
("pl", "b94-pl-zgubione-rekawiczki-ekspozycja", "Stanisław Kołodziej <stanislaw.kolodziej@example.pl>", "Zgubiona rzecz", "general", "",
"""Dzień dobry, w niedzielę oglądałem domki na ekspozycji w Gdańsku
Osowej i chyba zostawiłem w narożnym domku z niebieskimi drzwiami
skórzane rękawiczki, brązowe. Czy ktoś je znalazł? Mogę podjechać.
Stanisław Kołodziej"""),
("pl", "b94-pl-re-nowy-adres-telefon", "Anna Sadowska <anna.sadowska@example.pl>", "Re: Przypomnienie o przeglądzie", "general", "",
"""Dzien dobry, prosze zaktualizowac dane: nowy adres ul. Jarzebinowa 7,
20-819 Lublin, nowy telefon 693 555 408. Stary numer stacjonarny juz
nie dziala.
Anna Sadowska

> Szanowna Pani,
> minął rok od ostatniego przeglądu Pani kosiarki samojezdnej.
> Zapraszamy do rezerwacji terminu przed 31 marca.
> Zespół Serwisu"""),
("pl", "b94-pl-rodo-usuniecie-danych", "Filip Maciejewski <filip.maciejewski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych
osobowych z Państwa systemów oraz wypisanie mnie z newslettera. Nie mam
żadnych otwartych zamówień. Proszę o pisemne potwierdzenie.

Filip Maciejewski"""),
("pl", "b94-pl-pozwolenie-domek-35m", "Karolina Witkowska <karolina.witkowska@example.pl>", "Zgłoszenie czy pozwolenie?", "general", "",
"""Dzień dobry, czy na domek drewniany 5x6 (30 m2) na działce w Olsztynie
wystarczy zgłoszenie w starostwie, czy potrzebne jest pozwolenie na
budowę? Czy Państwo pomagacie z dokumentami?"""),
("pl", "b94-pl-ekspozycja-wystajacy-gwozdz", "Tomasz Jaworski <tomasz.jaworski@example.pl>", "Ekspozycja domków - taras", "general", "high",
"""Dzień dobry,

byliśmy w sobotę na Państwa ekspozycji domków pod Poznaniem. Na tarasie
dużego domku narożnego jedna deska jest złamana i z dziury wystaje
kilka gwoździ na wysokości kostki. Córka zahaczyła nogą i ma
rozcięty duży palec u stopy, na szczęście nic poważnego. Zgłosiłem to przy
kasie, ale kiedy wychodziliśmy, nikt tego nie zabezpieczył, a dzieci
biegały po tarasie.

Piszę, żeby zostało to odnotowane, zanim ktoś zrobi sobie większą
krzywdę.

Tomasz Jaworski"""),
("pl", "b94-pl-sponsoring-konkurs-ogrodow", "Koło Gospodyń Wiejskich w Brzozowie <kgw.brzozow@example.pl>", "Konkurs na najpiękniejszy ogród", "general", "",
"""Szanowni Państwo,

Koło Gospodyń Wiejskich w Brzozowie organizuje w sierpniu, przy okazji
dożynek, konkurs "Najpiękniejszy ogród w gminie". Zwracamy się
z uprzejmą prośbą o ufundowanie nagrody (np. zestawu oświetlenia
ogrodowego lub sterownika nawadniania). Logo firmy umieścimy na
plakatach i dyplomach.

Z poważaniem
Krystyna Bielecka
przewodnicząca KGW"""),
("pl", "b94-pl-petarda-oswietlenie", "Michał Olszewski <michal.olszewski@example.pl>", "oswietlenie", "general", "",
"""Siema, oswietlenie ogrodu to jest petarda! Wieczorem wyglada to
zabojczo, sasiedzi padli. Wielkie dzieki dla pana Mateusza, ktory to
montowal - robota na medal.
Michal"""),
("pl", "b94-pl-smieciarka-rzuca-workami", "Grażyna Zawadzka <grazyna.zawadzka@example.pl>", "Odbiór worków z trawą", "general", "",
"""Dzień dobry, panowie odbierający worki z odpadami zielonymi na ul.
Lipowej w Rzeszowie od kilku tygodni stawiają puste pojemniki gdzie popadnie,
najczęściej w poprzek mojego wjazdu do garażu. Gdy zwróciłam uwagę,
kierowca tylko machnął ręką. Proszę o zwrócenie im uwagi."""),
("pl", "b94-pl-co-do-worka-bio", "Adam Górecki <adam.gorecki@example.pl>", "worki na odpady zielone", "general", "",
"""Dzien dobry, czy do workow na odpady zielone mozna wrzucac galezie
po przycinaniu zywoplotu (cienkie, do 2 cm) i ziemie z doniczek, czy
tylko trawe i liscie? Nie chce, zeby zostawili worki."""),
]
