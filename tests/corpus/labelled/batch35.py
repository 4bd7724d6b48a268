# batch35.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart so that nothing is tuned or trained on
# them until they are wired in.  Drawn mostly from farm shops and veg box
# schemes, garden maintenance and tree surgeons, swimming pool builders,
# boat hire and marinas, campsites and caravan parks, ski resorts and ski
# hire, tool and equipment hire, pet boarding, funeral services and
# wedding planners.  The failure classes in these new settings --
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise -- and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b35-veg-box-pause-august", "Harriet Coombes <harriet.coombes@example.co.uk>", "Box while we're away", "billing", "",
"""Hi Sam,

We're off to Pembrokeshire from 2 to 23 August so please could you pause
the medium veg box for those three weeks? I don't want to cancel, we love
it, I just don't want to pay 21.50 a week for carrots rotting on the
doorstep. Back to normal from the week of the 26th.

Thanks!
Harriet (Box no. 1187)"""),
("en", "b35-sold-kittiwake-berth", "Geoffrey Rundle <g.rundle@example.co.uk>", "Kittiwake, pontoon C", "billing", "",
"""Dear Marina Office,

After eleven happy seasons I have finally sold Kittiwake. The new owner
is taking her round to Falmouth at the end of the month, so I shall not
need berth C14 after 31 October. Please do not renew the annual berthing
agreement when it comes up in November, and let me know whether anything
is owed back to me on the winter storage I paid for in advance.

With thanks to all of you for looking after her,

Geoffrey Rundle"""),
("en", "b35-bruno-daycare-package", "Lucy Okafor <lucy.okafor@example.com>", "Bruno", "billing", "",
"""Hi all,

This is a hard one to write. Bruno was put to sleep on Tuesday - his
kidneys finally gave out, he was 14. So we won't be needing his Monday
and Thursday day care any more. Could you stop the monthly 180 from
going out on the 1st?

He adored coming to you, and Chloe in particular. Thank you for being so
kind to an old grumpy spaniel.

Lucy"""),
("en", "b35-sander-deposit-missing", "Dean Marsh <dean.marsh@example.com>", "Hire ref TH-40718", "billing", "",
"""Returned the floor sander and edger to your Swindon depot on the 9th,
both cleaned, bags emptied, lad at the counter checked them over and
said all fine. Still no sign of my 150 deposit back on the card 12 days
later. When's it coming?

Dean"""),
("en", "b35-funeral-account-itemised", "Siobhan Kavanagh <siobhan.kavanagh@example.ie>", "My father's funeral account", "billing", "",
"""Dear Mr Brennan,

Thank you again for everything you did for us when Daddy died. I am
sorting out the estate with my brothers and the solicitor has asked for
an itemised account rather than the single total of EUR 6,420 on the
invoice we received. In particular we need the church offering, the
grave opening fee and the flowers shown separately, as those were paid
partly by my uncle.

Could you send that on when you get a chance? No rush at all.

Kind regards,
Siobhan Kavanagh"""),
("en", "b35-ski-hire-broken-wrist", "Ollie Barraclough <ollie.b@example.co.uk>", "Unused hire days", "billing", "",
"""Hiya,

I hired skis, boots and poles for six days from your shop in Val
Thorens (booking VT-22817, paid 214 GBP online). Fell on a blue run on
day two and broke my wrist, so the kit went back on day three. The shop
said I'd have to ask head office about the four days I didn't use. Can
I get anything back for those? I have the clinic paperwork if it helps.

Ollie"""),
("en", "b35-pitch-fees-instalments", "Brenda Haigh <brenda.haigh@example.co.uk>", "2025 pitch fees", "billing", "",
"""Good afternoon,

We have had our static caravan on Plot 48 for six years now. The letter
for next season's pitch fees came this week and it is 4,150, which is
rather a lot to find in one go after Christmas. Is it possible to pay it
monthly by direct debit, and if so is there any charge for doing it that
way?

Yours sincerely,
Brenda and Alan Haigh"""),
("en", "b35-pool-stage-two-early", "Travis Delgado <travis.delgado@example.com>", "Stage 2 payment", "billing", "",
"""Hi Kristen,

Got the invoice for stage 2 - $18,500, "due on completion of
excavation". The excavator hasn't even been delivered yet, the backyard
is still grass. I'm happy to pay when the hole's dug, that's what the
contract says, but I'm not paying ahead of time. Can you re-date it or
tell me if this went out by mistake?

Travis Delgado
Scottsdale, AZ"""),
("en", "b35-planner-deposit-small-claims", "Rebecca Thwaite <rebecca.thwaite@example.co.uk>", "Deposit - wedding 14 June", "billing", "high",
"""Dear Ms Halloran,

In January we paid you a 2,000 deposit to plan our wedding at Hawkstone
Hall on 14 June. On 3 April you emailed to say you had "taken on too
many events this summer" and could no longer do our date. You then told
us the deposit was non-refundable under clause 6.

Clause 6 covers cancellation by the client. We did not cancel; you did.

I have taken advice. If the full 2,000 is not returned within 14 days I
will file a claim in the small claims court without further notice.

Rebecca Thwaite"""),
("en", "b35-dayboat-twice-card-dispute", "Mark Ellison <mark.ellison@example.com>", "Charged twice for the day boat", "billing", "high",
"""Hi, we hired the 8-seater day boat from Wroxham on Sunday, 185. Paid on
the card machine at the quay, it declined, the lad said try again, it
went through. Now my statement shows two payments of 185. Rang twice,
nobody rings back. If the second one isn't refunded by Friday I'm
disputing it with my card company.
Mark Ellison"""),
("en", "b35-tree-invoice-vs-quote-owner", "Peter Walsh <peter.walsh@example.co.uk>", "Invoice 2291", "billing", "high",
"""Your quote was 850 plus VAT to reduce the two sycamores and grind the
stump. Your invoice is 1,240 plus VAT with "additional works" on it. No
one asked me about any additional works, the crew were in and out in a
day and left a pile of brash by the gate.

I've tried the office three times and get the same girl who says she
can't change it. I want the owner of the business to ring me, not a
receptionist. I'll pay the 850 as quoted and not a penny more until I
hear from him.

Peter Walsh
07700 900 356"""),
("en", "b35-gst-invoice-sangeet", "Anjali Mehra <accounts@mehra-exports.example.in>", "Tax invoice required", "billing", "",
"""Dear Sir/Madam,

We have made full payment of INR 3,75,000 towards the sangeet and
mehendi arrangements for my daughter's wedding on 12 December (your
booking no. WP/2411/087). Kindly issue a proper GST tax invoice in the
name of Mehra Exports Pvt Ltd with our GSTIN 07AAACM1234F1Z5, as the
current receipt is not accepted by our CA.

Thanks and regards,
Anjali Mehra
New Delhi"""),
("en", "b35-re-campsite-cancel-refund", "Karen Moss <karen.moss@example.co.uk>", "Re: Your booking at Ravenhill Farm Campsite", "billing", "",
"""Hello again,

It's now been five weeks since the email below and the 96 still hasn't
come back onto my card. Can you check it was actually processed?

Karen

> On 2 May, Ravenhill Farm Campsite wrote:
> Hi Karen, sorry to hear you can't make it. As you've cancelled more
> than 14 days before arrival, we'll refund your 96 in full within 5-7
> working days. Hope to see you another time!
> Jen"""),
("en", "b35-digger-works-fine-days", "Craig Pollard <craig.pollard@example.com>", "mini digger", "billing", "",
"""Nothing wrong with the digger, it was spot on and did the job. Problem
is the bill. Picked it up Friday 4pm, back Monday 8am which your website
calls the weekend rate (2 days). You've charged me 3 days, 327 instead
of 218. Can you sort the difference out please."""),
("en", "b35-box-app-reset-email", "Fiona Reilly <fiona.reilly@example.ie>", "Can't get into my account", "technical", "",
"""Hi there,

I'm trying to swap the beetroot out of this week's box before the
Wednesday cut-off but the app won't let me log in. It says my password is
wrong, and when I press "forgot password" the reset email never arrives
- checked spam, checked the promotions tab. Same on the website on my
laptop.

Fiona"""),
("en", "b35-heat-pump-e3", "Darren Nguyen <darren.nguyen@example.com.au>", "Pool heater", "technical", "",
"""G'day,

The heat pump you guys put in with the pool in October has started
throwing an E3 code about an hour after it starts, then shuts down. Pool
is sitting at 22 when it should be 28. Filter's clean, pump's running
fine, water flowing through. Can someone come out and have a look?

Cheers,
Darren
Mt Gravatt, Brisbane"""),
("en", "b35-pressure-washer-pulsing", "Nigel Bates <nigel.bates@example.co.uk>", "Petrol pressure washer", "technical", "",
"""Before you offer, I don't want my money back or a swap - I've got the
patio half done and just need to get on with it. The petrol pressure
washer I hired yesterday surges and pulses instead of a steady jet.
Hose is fully unkinked, tap fully on, filter on the inlet is clean.
Is there a knack to it?

Nigel"""),
("en", "b35-kids-binding-came-off", "Claire Hendry <claire.hendry@example.co.uk>", "Skis hired for Isla", "technical", "high",
"""Hello,

Just letting you know about something with the hire skis from your
shop. My daughter Isla (9) had both bindings come off at once on a gentle
green run this morning - she wasn't falling, just turning. She's fine,
a bit of a bruised knee. The instructor looked at them and thought the
setting looked far too low for her weight, and the heel piece on the left
one seems loose.

We've taken them back to the shop and she's on another pair now, but you
might want to check the other junior skis set up the same day.

Claire Hendry (booking LP-7742)"""),
("en", "b35-hookup-bollard-sparks", "Roy Ferguson <roy.ferguson@example.co.uk>", "Pitch 31", "technical", "high",
"""Evening. When I plugged our caravan into the hook-up post on pitch 31
tonight there was a loud crack and a blue spark out of the socket, and
the trip on the post went. Smells a bit burnt. We've left it unplugged
and are running off the leisure battery. Might be worth someone looking
before the next folk on that pitch plug in. We're here till Sunday.

Roy"""),
("en", "b35-static-fire-gas-faint", "Maureen Tolley <maureen.tolley@example.co.uk>", "Gas fire in the caravan", "technical", "high",
"""Dear Sir or Madam,

Since your engineer serviced the gas fire in our static caravan (plot
112) last Thursday there has been a faint smell of gas in the lounge
when it is on. My husband says it is probably just the dust burning off,
but it has not gone away. We have switched it off at the bottle and
opened the windows and are using the electric heater for now.

Could somebody come and look at it before the weekend please?

Maureen Tolley"""),
("en", "b35-paw-cam-not-loading", "Jess Whitmore <jess.whitmore@example.com>", "Paw cam", "technical", "",
"""hi, the paw cam link in the welcome email just shows a spinning circle
and then "stream unavailable". tried on my phone and ipad. biscuit is in
kennel 7 till friday and i was looking forward to spying on him lol"""),
("en", "b35-farm-shop-terminal-queue", "Tom Ashworth <tom@ashworthfarmshop.example>", "Terminal", "technical", "high",
"""Both card machines in the shop have been declining every card since we
opened at 8 - contactless, chip and PIN, the lot, all "Declined - host
unavailable". It's the Saturday before the bank holiday, there's a queue
to the door, people are putting their baskets down and walking out, and
the butchery counter is sending folk to the cashpoint in the village. The
router's fine, the phone network's fine.

Tom Ashworth
Ashworth Farm Shop, Hebden Bridge"""),
("en", "b35-marina-fob-gates", "Lorraine Cobb <office@saltmarsh-charters.example>", "Pontoon gates", "technical", "high",
"""Morning,

The fob readers on the pontoon gates at D and E stopped accepting fobs at
some point overnight. None of our skippers can get to the boats, the
berth holders on D are standing on the walkway waiting, and we've got two
charters booked to leave at 10 with guests already in the car park. Your
night security man says he hasn't got an override.

Please call me on 07700 900 812 as soon as you see this.

Lorraine Cobb
Saltmarsh Charters"""),
("en", "b35-hello-booking-form-dates", "Gareth Pryce <gareth.pryce@example.com>", "Hello", "technical", "",
"""Hello,

Trying to book a tent pitch for 3 nights from 22 July on your website
and whatever dates I pick it says "Please select a valid date range".
Same on Chrome and on my phone. Have you got a glitch?

Gareth"""),
("en", "b35-pool-cover-stuck-half", "Bill Hoffman <bill.hoffman@example.com>", "Auto cover", "technical", "",
"""The automatic cover on our pool stops about halfway every time, both
opening and closing. The motor hums but the cover doesn't move. Tried
the reset on the key switch. Installed by your crew last May.

Bill Hoffman
Naperville, IL"""),
("en", "b35-funeral-stream-no-sound", "Ravi Menon <ravi.menon@example.com.au>", "Live stream of Mum's service", "technical", "",
"""Hi,

The family in Perth and Chennai watched the live stream of my mother's
service on Friday through your link. The picture was fine but there was
no sound at all for the first twenty minutes, so they missed the eulogy.
Is there a recording of the service with the sound working that we could
send to them?

Ravi Menon"""),
("en", "b35-chainsaws-third-time-senior", "Dale Morgan <dale@morgantreecare.example>", "Hired saws - again", "technical", "high",
"""Third time this month. The two 20" saws we hired from your Bridgend
branch on Monday - one won't hold idle and cuts out in the cut, the
other has a chain brake that doesn't engage when you push it. That's a
saw I'm not putting in a climber's hands. My lads stood about half a day
while we went back and forth.

I don't want the counter staff telling me "they were tested". I want
someone senior to call me about what's going on with your servicing.

Dale Morgan
Morgan Tree Care"""),
("en", "b35-box-leave-in-log-store", "Ann Probert <ann.probert@example.co.uk>", "Where to leave my box", "general", "",
"""Hello, could your driver leave my box in the log store round the side
of the house from now on, rather than the front step? The cat keeps
getting into the eggs. It's the wooden shed with no door, just past the
water butt. Thank you, Ann (Rose Cottage, Llanfair)"""),
("en", "b35-campsite-dogs-shop-hours", "Sunita Rao <sunita.rao@example.co.uk>", "Question", "general", "",
"""Hi, two quick questions before we come in August - are dogs allowed in
the glamping pods or only on the tent field, and what time does the site
shop open in the mornings? We have a very early riser who needs milk!"""),
("en", "b35-thanks-funeral-director", "Eileen Doherty <eileen.doherty@example.ie>", "Thank you", "general", "",
"""Dear Mr Lynch and all at Lynch & Sons,

I wanted to write and thank you properly for the care you took with my
husband Michael. You were so patient with me when I could not make up my
mind about anything, and the way you walked ahead of the hearse through
the town meant a great deal to his old friends standing outside Hegarty's.

I have not been able to say it in person yet.

With gratitude,
Eileen Doherty"""),
("en", "b35-lost-gloves-chairlift", "Hamish Gunn <hamish.gunn@example.co.uk>", "Lost gloves", "general", "",
"""Hi, I think I left a pair of black Hestra gloves on the bench by the
boot room at the base station on Tuesday afternoon. My late dad's, so
they mean more than they're worth. Has anyone handed them in?
Hamish"""),
("en", "b35-not-fees-new-address", "Jennifer Cole <jennifer.cole@example.com>", "Change of address - berth B7", "general", "",
"""This isn't about the berth fees, those are fine. We've moved house, so
please update your records to 7 Quayside Mews, Lymington SO41 3XX, and
my mobile is now 07700 900 148. Thanks, Jenny Cole"""),
("en", "b35-kennels-staff-sarcastic", "Michael Fenwick <michael.fenwick@example.co.uk>", "Collection on Saturday", "general", "",
"""I collected Rosie from you on Saturday and wanted to mention the
young man on the desk. When I asked, politely, why she smelt so strongly,
he said "she's a dog, what did you expect" and rolled his eyes at his
colleague. Rosie herself seems fine and happy. I just don't think that's
how customers should be spoken to.

Michael Fenwick"""),
("en", "b35-pontoon-plank-loose", "Sarah Quinlan <sarah.quinlan@example.com>", "Visitor pontoon", "general", "high",
"""Hi, we came in on the visitors' pontoon last night. About halfway along
there are two decking boards that are loose at one end and tip up when
you step on the edge - my husband nearly went in carrying the fuel can
and it was dark. There are kids on the boat next to us running up and
down. Could someone put a cone or something on it today?

Sarah (Seraphina, berth V9)"""),
("en", "b35-wedding-coordinator-mother-director", "Natalie Brooks <natalie.brooks@example.co.uk>", "Your coordinator at our wedding", "general", "high",
"""To the director of Ever After Weddings,

Our wedding on Saturday was, on the whole, lovely. But at about 9pm your
on-the-day coordinator shouted at my mother in front of the guests
because she had moved the cake table, and then told her she was "not
paying for this, so it's not her call". My mother left in tears and
missed our first dance.

We want a written apology and I want to speak to you, the director,
not the coordinator's line manager.

Natalie Brooks"""),
("en", "b35-subject-access-request", "Graham Ilsley <graham.ilsley@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including call recordings, notes made by your arborists on site
visits to 3 Elm Grove, and any photographs taken of my property.

Please respond within one month.

Graham Ilsley"""),
("en", "b35-junior-ski-club-sponsor", "Fraser McLeod <fraser.mcleod@example.co.uk>", "Cairngorm Juniors", "general", "",
"""Hello,

I coach the Cairngorm Juniors race team (twenty kids aged 8 to 16). We're
looking for a local business to sponsor our race bibs for the coming
season - your logo would be on every bib and on our club page. Would
that be something you'd consider? Happy to send details.

Fraser McLeod"""),
("en", "b35-urgent-delivery-day", "Kelly Dunne <kelly.dunne@example.com>", "URGENT!!!!", "general", "",
"""URGENT - can you change my veg box delivery from Tuesday to Friday
from next week?? I've started a new job and nobody's home Tuesdays.
Account under Kelly Dunne, 22 Mill Road. thanks!!"""),
("en", "b35-boarding-vaccines-india", "Vikram Sethi <vikram.sethi@example.in>", "Boarding for 10 days", "general", "",
"""Hello,

We will be travelling to Kerala from 20th October and want to board our
Labrador Simba with you in Whitefield. Kindly let us know which
vaccinations are compulsory and whether we can send his own food, as he
has a sensitive stomach.

Regards,
Vikram Sethi, Bengaluru"""),
("en", "b35-thanks-chilli-jam-lethal", "Doug Ferris <doug.ferris@example.co.uk>", "That chilli jam", "general", "",
"""Just a note to say the chilli jam in last week's box was absolutely
lethal - in the best way. Had it with the cheese board on Sunday and the
whole table was crying and going back for more. Please tell whoever makes
it. Doug"""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b35-gl-skafos-meltemi-prokatavoli", "Thanasis K. <thanasis.kout@example.gr>", "kratisi 2208 Lefkada", "billing", "",
"""Kalhspera sas,

eixame kleisei to fouskwto 6 atomwn gia to Savvato 17/8 apo to Nydri kai
plhrwsame 80e prokatavolh. To Paraskeyh vrady mas pirate thlefwno oti
logw meltemiou den vgainoun ta skafh, kanena problhma, katanohto. Mono
pou ta 80e den exoun epistrafei akoma. Mporeite na to koitaksete?

Eyxaristw,
Thanashs Koutsogiannis"""),
("el", "b35-iris-plirwmi-kampingk", "Ξανθή Παπαδάκη <xanthi.papadaki@example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλημέρα σας,

Θέλουμε να κλείσουμε θέση για σκηνή 10 βράδια τον Ιούλιο στο κάμπινγκ
σας στη Σιθωνία. Η προκαταβολή πληρώνεται μόνο με κάρτα ή γίνεται και
με IRIS ή κατάθεση σε λογαριασμό; Δεν έχω πιστωτική.

Ευχαριστώ,
Ξανθή"""),
("el", "b35-kipouros-pateras-oikos-eugirias", "Νικος Σταθοπουλος <nikos.stathopoulos@example.gr>", "Κηπος οδος Ερμου 14, Λαρισα", "billing", "",
"""Καλησπερα σας,

Ο πατερας μου μετακομισε μονιμα σε οικο ευγηριας απο την αλλη εβδομαδα
και το σπιτι θα κλεισει μεχρι να το πουλησουμε. Οποτε δεν χρειαζεται
πια να ερχεται ο κηπουρος καθε δεκαπενθημερο. Παρακαλω σταματηστε τη
μηνιαια χρεωση των 60 ευρω απο τον Νοεμβριο.

Ευχαριστουμε για τα χρονια που φροντιζατε τις τριανταφυλλιες του.

Νικος Σταθοπουλος"""),
("el", "b35-gl-season-pass-spasmeno-podi", "Vasilis Dimou <vasilis.dimou@example.gr>", "season pass", "billing", "",
"""Geia sas,
exw agorasei season pass gia ta Kalavryta (280e) kai thn prohgoumenh
Kyriakh espasa to kalami sthn piata. Oi giatroi leei 2-3 mhnes gypso,
dhladh teleiwse h sezon gia mena. Ginetai na "pagwsei" to pass kai na
isxysei thn epomenh xronia h na parw kati pisw?
Vasilhs"""),
("el", "b35-gl-kalathi-lachanikwn-germania", "Chrysa M. <chrysa.m@example.gr>", "to kalathi mas", "billing", "",
"""kalhmera! o antras mou phre metathesh sto Monaxo kai fevgoume telos
tou mhna :( opote telos to kalathi me ta lachanika ths Paraskeyhs.
mhn mas xrewsete to Noemvrio. tha mas leipsoun poly oi ntomates sas!!
Chrysa"""),
("el", "b35-timologio-pisinas-fpa", "Λογιστήριο Villa Thalassa <logistirio@villathalassa.example>", "Τιμολόγιο 0457", "billing", "",
"""Κύριοι,

Στο τιμολόγιο 0457 για το δεύτερο στάδιο κατασκευής της πισίνας
(επένδυση και πλακάκια) ο ΦΠΑ έχει υπολογιστεί με 13% αντί 24%, ενώ
στο πρώτο στάδιο ήταν σωστά. Για να το περάσουμε στα βιβλία χρειαζόμαστε
πιστωτικό και νέο τιμολόγιο με τον σωστό συντελεστή.

Με εκτίμηση,
Ελπίδα Ρουσάκη
Λογιστήριο, Villa Thalassa - Χερσόνησος"""),
("el", "b35-xenodoxeio-skylou-epipleon-nyxtes", "Μαρίνα Καλογεροπούλου <marina.kalog@example.gr>", "Ξενοδοχείο σκύλων - λογαριασμός", "billing", "",
"""Γεια σας,

Είχαμε κλείσει για τη Λούνα 7 νύχτες, αλλά γυρίσαμε νωρίτερα και την
πήραμε την Πέμπτη, δηλαδή μετά από 5. Στην απόδειξη όμως μας χρεώσατε
και τις 7 (7 x 22€). Δεν θα έπρεπε να πληρώσουμε μόνο τις 5;

Μαρίνα"""),
("el", "b35-re-prosfora-gamou-kalesmenoi", "Ειρήνη Σαββίδου <eirini.savvidou@example.gr>", "Re: Προσφορά για τον γάμο σας 21/9", "billing", "",
"""Καλησπέρα Δέσποινα,

Τελικά οι καλεσμένοι θα είναι περίπου 120 και όχι 150. Αλλάζει η τιμή
του πακέτου; Και μπορούμε να πληρώσουμε το υπόλοιπο σε δύο δόσεις, μία
τον Ιούλιο και μία μια εβδομάδα πριν;

Ευχαριστώ,
Ειρήνη

> Στις 3/5, Δέσποινα - Ονειρεμένος Γάμος έγραψε:
> Αγαπητή Ειρήνη, σας επισυνάπτω την προσφορά μας για 150 άτομα:
> οργάνωση, στολισμός εκκλησίας και κτήματος, 6.800€ συνολικά.
> Για την κράτηση της ημερομηνίας απαιτείται προκαταβολή 30%."""),
("el", "b35-feretro-akrivotero-synigoros", "Δημήτρης Λαμπρόπουλος <d.lampropoulos@example.gr>", "Λογαριασμός κηδείας", "billing", "high",
"""Κύριε Αναστασίου,

Κατά την οργάνωση της κηδείας της μητέρας μου στις 12 Μαρτίου επιλέξαμε
μαζί, στο γραφείο σας, το απλό δρύινο φέρετρο των 650€. Στον λογαριασμό
που λάβαμε χρεώνεται το «Πρεστίζ» των 1.450€ και επιπλέον «διακόσμηση
ναού» 300€ που ουδέποτε ζητήσαμε.

Σας ζητώ να διορθώσετε τον λογαριασμό εντός μίας εβδομάδας. Διαφορετικά
θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα καταθέσω καταγγελία
στη Γενική Γραμματεία Εμπορίου.

Δημήτρης Λαμπρόπουλος"""),
("el", "b35-gl-kompreser-dipli-xrewsi-trapeza", "Giorgos Ntaskas <giorgos.ntaskas@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Nwikiasa to kompresser me to kompiostalo apo to katasthma sas sto
Peristeri gia 2 meres, 95 euro. Sthn karta mou vlepw 2 xrewseis apo 95.
Phra 3 fores thlefwno kai mou leei h kopela "8a to dei o logisths".
An mexri th Deytera den exei gyrisei h mia, kanw amfisvhthsh sthn
trapeza kai teleiwsame.
G. Ntaskas"""),
("el", "b35-telh-marinas-diefthyntis", "Απόστολος Βλαχάκης <apostolos.vlachakis@example.gr>", "Τέλη ελλιμενισμού 2025", "billing", "high",
"""Καλησπέρα,

Έχω θέση για το ιστιοπλοϊκό μου (11,5 μ.) στη μαρίνα σας εδώ και οκτώ
χρόνια. Σήμερα χρεώθηκε από την κάρτα μου η ετήσια συνδρομή στα 4.900€
αντί για 3.600€ πέρσι, χωρίς καμία προηγούμενη ενημέρωση ή νέο
συμβόλαιο. Η γραμματεία μου λέει «έτσι είναι ο νέος τιμοκατάλογος».

Δεν το δέχομαι. Ζητώ να με καλέσει ο διευθυντής της μαρίνας, όχι η
γραμματεία, μέσα στην εβδομάδα.

Απόστολος Βλαχάκης
6944 000 871"""),
("el", "b35-oxi-parapono-egguisi-skafous", "Κωνσταντίνα Ρήγα <konstantina.riga@example.gr>", "Ενοικίαση 3-5 Ιουνίου", "billing", "",
"""Καλημέρα,

Να πω πρώτα ότι δεν έχω κανένα παράπονο για το σκάφος, ήταν άψογο και η
εξυπηρέτηση στο λιμάνι επίσης. Γράφω μόνο γιατί η εγγύηση των 500€ που
δεσμεύτηκε στην κάρτα μου δεν έχει αποδεσμευτεί, ενώ παραδώσαμε το
σκάφος στις 5 Ιουνίου. Πόσο συνήθως αργεί;

Κωνσταντίνα Ρήγα"""),
("el", "b35-gl-erwthsh-karta-farma", "Stella P. <stella.p@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, sto magazi ths farmas sto Ploutwno dexeste kartes h mono
metrhta? Thelw na parw meli kai tyria gia dwra kai den kouvalaw poly
metrhta. Eyxaristw!"""),
("el", "b35-gl-antlia-pisinas-thorivos", "Manolis Fragkakis <manolis.fragkakis@example.gr>", "antlia", "technical", "",
"""Kalhmera,
den thelw na mou dwsete pisw ta lefta oute kainourgia antlia, apla na
erthei kapoios na th dei. H antlia ths pisinas pou mas valate ton Maio
exei arxisei na kanei dynato thoryvo san na trivetai metallo kai to
nero vgainei me ligotero pieso sta stomia.
Manwlhs, Agios Nikolaos"""),
("el", "b35-diarroi-pisinas-stathmi", "Σοφία Ηλιοπούλου <sofia.iliopoulou@example.gr>", "Η στάθμη της πισίνας πέφτει", "technical", "",
"""Γεια σας,

Η πισίνα που ολοκληρώσατε τον Απρίλιο χάνει περίπου 3 εκατοστά νερό
την ημέρα, ακόμα και τις μέρες χωρίς ήλιο και χωρίς κολύμπι. Κλείσαμε
την αντλία ένα βράδυ και έπεσε πάλι. Στο κάτω μέρος του σκαλοπατιού
έχει ανοίξει και μια μικρή ρωγμή στον αρμό. Πότε μπορείτε να έρθετε;

Σοφία Ηλιοπούλου, Κηφισιά"""),
("el", "b35-revma-skala-pisinas", "Παναγιώτης Κορδάς <p.kordas@example.gr>", "Σκάλα πισίνας", "technical", "high",
"""Καλησπέρα σας,

Ενημερωτικά: από χθες, όταν κάποιος είναι μέσα στο νερό και πιάνει την
ανοξείδωτη σκάλα της πισίνας, νιώθει ένα ελαφρύ τσίμπημα, σαν ρεύμα.
Το ένιωσα κι εγώ και η γυναίκα μου. Έγινε λίγο μετά που ο ηλεκτρολόγος
σας σύνδεσε τα καινούργια φώτα της πισίνας.

Κλείσαμε την ασφάλεια της πισίνας στον πίνακα και δεν αφήνουμε τα παιδιά
να μπουν. Στείλτε κάποιον να το δει όταν μπορείτε.

Παναγιώτης Κορδάς"""),
("el", "b35-gl-venzini-sth-sentina", "Alexandros T. <alex.tsolakis@example.gr>", "To skafos pou nikiasame", "technical", "high",
"""Geia sas,
8elw apla na sas enhmerwsw gia to skafos "Galini" pou nikiasame xthes
apo ton Porto Xeli. Olh mera mirize polu venzinh kai otan shkwsame to
kapaki sto pisw meros eixe venzinh ston pato ths sentinas, mallon apo
to swlhnaki pou paei sth mhxanh. Htan mesa kai ta 2 paidia mou, kai o
filos mou kapnizei... Kalo 8a htan na to dei kapoios prin to dwsete se
allon.
Alexandros"""),
("el", "b35-kratiseis-kampingk-exafanistikan", "Reception Camping Ακρογιάλι <reception@akrogiali-camping.example>", "Σύστημα κρατήσεων", "technical", "high",
"""Καλημέρα,

Από χθες το μεσημέρι το σύστημα κρατήσεων που μας παρέχετε δεν δείχνει
καμία κράτηση από 1 Αυγούστου και μετά - το πλάνο είναι άδειο. Σήμερα το
πρωί έχουν έρθει ήδη δώδεκα οικογένειες στη ρεσεψιόν με email
επιβεβαίωσης και δεν ξέρουμε σε ποια θέση να τις βάλουμε, ενώ το site
συνεχίζει να πουλάει θέσεις που ίσως είναι πιασμένες. Έχουμε 180 θέσεις
και είναι Δεκαπενταύγουστος.

Καλέστε μας στο 23750 00000 το συντομότερο.

Στέλιος Μαυρίδης
Camping Ακρογιάλι, Κασσάνδρα"""),
("el", "b35-gl-e-ticket-qr-kelaria", "Kostas Z. <kostas.zer@example.gr>", "eisitirio app", "technical", "",
"""Kalhmera, agorasa to hmerhsio apo thn efarmogh gia Kellaria to
Savvato kai o QR den diavazotan sthn mpara. O ypallhlos eipe "kapoia
einai etsi" kai telika phra kainourgio apo to tameio. Giati den
diavazei? Thelw na xerw prin ksanapaw thn allh evdomada."""),
("el", "b35-mpares-xionodromiko-oures", "Χιονοδρομικό Κέντρο Βόρας <tech@voras-ski.example>", "ΕΠΕΙΓΟΝ - μπάρες", "technical", "high",
"""Καλημερα,

Απο τις 9 το πρωι κανενας αναγνωστης στις μπαρες των αναβατηρων δεν
διαβαζει τα ski pass - ουτε τα ημερησια ουτε τα σεζον. Εχουμε ουρες πανω
απο 300 ατομα στη βαση, σχολες σκι περιμενουν με παιδια και αναγκαστηκαμε
να ανοιξουμε τις μπαρες με το χερι, που σημαινει οτι δεν ελεγχουμε
τιποτα. Ειναι Σαββατο και εχει φρεσκο χιονι.

Παρακαλω καλεστε αμεσα τον υπευθυνο βαρδιας, κ. Τσιρογλου, 6972 000 345.

Χ.Κ. Βόρας - Τμημα Τεχνικης Υποστηριξης"""),
("el", "b35-gennitria-den-pairnei-mpros", "Λευτέρης Χατζής <lefteris.chatzis@example.gr>", "Γεννήτρια", "technical", "",
"""Νοίκιασα σήμερα τη γεννήτρια 5 kVA για το εξοχικό. Έβαλα βενζίνη,
άνοιξα το ρουμπινέτο, τσοκ όπως μου έδειξε ο υπάλληλος, αλλά όσο και να
τραβάω το σχοινί δεν παίρνει μπρος. Μήπως θέλει κάτι άλλο;"""),
("el", "b35-oxi-xrewsi-selida-pliromis-kollaei", "Ιωάννα Μπακάλη <ioanna.bakali@example.gr>", "Παραγγελία καλαθιού", "technical", "",
"""Καλησπέρα,

Δεν έχω θέμα με τις χρεώσεις, μην ανησυχείτε. Το θέμα είναι ότι η σελίδα
πληρωμής στο site σας κολλάει: πατάω «Ολοκλήρωση», γυρίζει ο κύκλος για
ένα λεπτό και μετά με γυρνάει στο άδειο καλάθι. Δοκίμασα από τον
υπολογιστή και από το κινητό. Θέλω να παραγγείλω για την Παρασκευή.

Ιωάννα"""),
("el", "b35-gl-potistiko-zwni-3", "Fotini L. <fotini.l@example.gr>", "potisma", "technical", "",
"""Geia sas, to aftomato potisma pou egkatasthsate ston khpo mas ton
Aprilio den anoigei pote th zwnh 3 (ta dentra sto pisw meros). Oi alles
zwnes doulevoun kanonika. Sto programmatisth fainetai anoixth alla den
vgainei nero. Ta lemonodentra exoun arxisei na kitrinizoun.
Fwteinh"""),
("el", "b35-gl-mirizei-gkazi-koini-kouzina", "Giannhs Papas <giannis.papas84@example.gr>", "kouzina kampingk", "technical", "high",
"""Kalhspera, eimaste sth 8esh 54. Htela na sas pw oti sthn koinh kouzina
tou kampingk, sthn tetarth estia apo aristera, mirizei gkazi akomh kai
otan einai kleisth. Shmera to vrady htan pio entono. Egw eklisa th
valvida apo katw kai ekana ena xarti "xalasmeno" alla o kosmos mpainovgainei
kai mageirevoun dipla. Kalo einai na to dei kapoios.
Giannhs"""),
("el", "b35-rsvp-selida-den-apothikeuei", "Ελένη Βασιλείου <eleni.vasileiou@example.gr>", "Σελίδα επιβεβαίωσης καλεσμένων", "technical", "", 
"""Γεια σας,

Η σελίδα που μας φτιάξατε για να δηλώνουν οι καλεσμένοι αν θα έρθουν δεν
κρατάει τις απαντήσεις. Η θεία μου δήλωσε τρεις φορές «2 άτομα» και
στη λίστα μας δεν εμφανίζεται τίποτα. Το ίδιο μου είπαν και άλλοι δύο.

Ελένη"""),
("el", "b35-antlia-thermotitas-triti-fora-ypeuthynos", "Γεράσιμος Λυκούδης <gerasimos.lykoudis@example.gr>", "Αντλία θερμότητας πισίνας - τρίτη φορά", "technical", "high",
"""Κύριοι,

Είναι η τρίτη φορά από τον Φεβρουάριο που η αντλία θερμότητας της
πισίνας μας σταματά με σφάλμα πίεσης. Δύο φορές ήρθε τεχνικός σας,
«συμπλήρωσε υγρό» και έφυγε, και μετά από δύο εβδομάδες πάλι τα ίδια.
Η πισίνα εξυπηρετεί το ξενοδοχείο μας και οι πελάτες παραπονιούνται.

Δεν θέλω να ξαναέρθει ο ίδιος τεχνικός να κάνει το ίδιο. Ζητώ να μιλήσω
με τον τεχνικό διευθυντή της εταιρείας σας.

Γεράσιμος Λυκούδης
Hotel Ανεμόμυλοι, Νάξος"""),
("el", "b35-geia-karta-bungalow", "Αγγελική Ρούσσου <angeliki.roussou@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας, η κάρτα για το μπανγκαλόου 12 δεν ανοίγει την πόρτα, το
λαμπάκι γίνεται κόκκινο. Στη ρεσεψιόν μου την ξαναπέρασαν και λειτούργησε
μία φορά, μετά πάλι κόκκινο. Είμαστε στην παραλία τώρα, θα περάσουμε το
απόγευμα."""),
("el", "b35-gl-wrario-farmas-kyriaki", "Dimitra S. <dimitra.s@example.gr>", "Kyriakh", "general", "",
"""Kalhmera sas, to magazi sth farma einai anoixto kai tis Kyriakes? Kai
an nai ti wra kleinei? 8eloume na er8oume me ta paidia na doun kai ta
zwakia. Eyxaristoume"""),
("el", "b35-eyxaristies-organosi-gamou", "Μυρτώ & Άρης <myrto.aris@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπημένη μας Κατερίνα,

Γυρίσαμε από το ταξίδι του μέλιτος και το πρώτο που θέλαμε να κάνουμε
είναι να σε ευχαριστήσουμε. Ο γάμος στο κτήμα ήταν ακριβώς όπως τον
ονειρευόμασταν, και όταν άρχισε να ψιχαλίζει στην εκκλησία εσύ είχες ήδη
έτοιμες τις ομπρέλες. Όλοι ακόμα μιλάνε για τα λουλούδια.

Σε φιλάμε,
Μυρτώ & Άρης"""),
("el", "b35-gl-gyalia-xechasmena-skafos", "Nefeli A. <nefeli.a@example.gr>", "ksexasmena gyalia", "general", "",
"""Geia sas! Xthes nikiasame to mikro skafaki (to kokkino, "Anna") apo th
Vouliagmenh kai nomizw afhsa ta gyalia hliou mou sto ntoulapaki
mprosta. Einai Ray-Ban me kafe skeleto. Ta vrhkate mhpws? Mporw na
perasw na ta parw.
Nefelh"""),
("el", "b35-allagi-tilefonou-xenodoxeio-skylon", "Σταυρουλα Ζερβα <stavroula.zerva@example.gr>", "Νεα στοιχεια επικοινωνιας", "general", "",
"""Καλησπερα, αλλαξα κινητο και email. Το νεο κινητο ειναι 6977 000 412
και το email αυτο εδω. Σας παρακαλω να τα περασετε στην καρτελα του
Ρεξ, γιατι τον φερνουμε παλι τα Χριστουγεννα. Ευχαριστω, Σταυρουλα"""),
("el", "b35-kipouros-sto-kinito-kourema", "Ευάγγελος Μαργαρίτης <e.margaritis@example.gr>", "Ο συνεργάτης σας την Τρίτη", "general", "",
"""Καλησπέρα,

Θέλω απλώς να σας πω ότι ο νεαρός που ήρθε την Τρίτη για το γκαζόν
μιλούσε σε όλη τη δουλειά στο κινητό με το μεγάφωνο, και με βρισιές,
ενώ η εγγονή μου έπαιζε στην αυλή. Όταν του έκανα μια παρατήρηση μου
απάντησε «κυρία μου, εγώ κάνω τη δουλειά μου». Το γκαζόν έγινε μια χαρά,
δεν έχω θέμα με αυτό. Απλώς να το ξέρετε.

Ευάγγελος Μαργαρίτης"""),
("el", "b35-spasmeno-skali-ntous-kampingk", "Ρένα Δημητρίου <rena.dimitriou@example.gr>", "Σκαλιά στα ντους", "general", "high",
"""Καλησπέρα σας,

Στα ντους του κάμπινγκ, στο κτίριο δίπλα στην παιδική χαρά, το δεύτερο
σκαλί της εισόδου έχει σπάσει στην άκρη και κουνιέται όλη η πλάκα.
Σήμερα το πρωί γλίστρησε ένα παιδάκι από τη διπλανή σκηνή και χτύπησε
το γόνατο, ευτυχώς τίποτα σοβαρό. Το βράδυ που είναι σκοτεινά κάποιος
θα χτυπήσει άσχημα. Μπορείτε να το φτιάξετε ή τουλάχιστον να το
σημαδέψετε;

Ρένα, θέση 88"""),
("el", "b35-grafeio-teleton-agenis-idioktitis", "Αικατερίνη Σπανού <aik.spanou@example.gr>", "Η συμπεριφορά του υπαλλήλου σας στην κηδεία", "general", "high",
"""Κύριε Μανωλάκη,

Την Πέμπτη κηδέψαμε τον θείο μου στο Α' Νεκροταφείο. Ο υπάλληλός σας
που ήταν υπεύθυνος στον ναό κοίταζε συνέχεια το ρολόι του και, όταν η
θεία μου ζήτησε δύο λεπτά ακόμα δίπλα στο φέρετρο, της είπε μπροστά σε
όλους «κυρία μου, έχουμε κι άλλη κηδεία στις 12». Η θεία μου είναι 82
ετών και μόλις έχασε τον άντρα της μετά από 55 χρόνια.

Ζητώ να μιλήσω προσωπικά με εσάς, τον ιδιοκτήτη, και όχι με τον ίδιο
τον υπάλληλο.

Αικατερίνη Σπανού"""),
("el", "b35-gl-xorigia-panigyri", "Syllogos Drakeias <syllogos.drakeias@example.gr>", "Panhgyri 15 Avgoustou", "general", "",
"""Kalhmera sas,
o Politistikos Syllogos Drakeias (Phlio) kanei opws ka8e xrono to
panhgyri tou Dekapentavgoustou sthn plateia. Mhpws 8a thelate na
xorhghsete kati mikro, p.x. frouta kai lachanika gia to trapezi twn
mousikwn? 8a sas anaferoume sthn afisa kai sto facebook tou syllogou.
Me ektimhsh,
Leuteris Karamanlhs, tamias"""),
("el", "b35-gdpr-diagrafi-stoixeion", "Πέτρος Οικονόμου <petros.oikonomou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), παρακαλώ να διαγράψετε όλα τα προσωπικά μου δεδομένα από τα
αρχεία σας, συμπεριλαμβανομένης της λίστας ενημερωτικών email, και να
μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Με εκτίμηση,
Πέτρος Οικονόμου"""),
("el", "b35-kafasi-ston-thyrwro", "Θοδωρης Καραλης <thodoris.karalis@example.gr>", "Παραδοση Τεταρτης", "general", "",
"""Γεια σας, απο αυτη την εβδομαδα αφηνετε το καφασι με τα φρουτα στον
θυρωρο της πολυκατοικιας (κ. Σπυρος, ισογειο) αν δεν απαντησει κανεις στο
θυροτηλεφωνο. Εχει ενημερωθει. Οδος Τσιμισκη 102, 5ος. Ευχαριστω"""),
("el", "b35-mathimata-ski-paidia-ilikia", "Βάσω Γεωργίου <vaso.georgiou@example.gr>", "Σχολή σκι για παιδιά", "general", "",
"""Καλησπέρα,

Από ποια ηλικία δέχεστε παιδιά στα ομαδικά μαθήματα σκι στο Σελί; Η
μικρή μας είναι 4,5 χρονών και δεν έχει ξαναφορέσει πέδιλα. Χρειάζεται
να φέρουμε δικό της κράνος ή υπάρχουν στη σχολή;

Βάσω"""),
("el", "b35-re-dokimi-menou-imerominia", "Χρήστος Αλεξίου <christos.alexiou@example.gr>", "Re: Δοκιμή μενού", "general", "",
"""Καλησπέρα Φωτεινή,

Το Σάββατο 14 δεν μπορούμε τελικά, γιατί έχει βάφτιση η αδερφή μου. Γίνεται
η δοκιμή την Κυριακή 15 ή το επόμενο Σάββατο; Θα έρθουμε τέσσερα άτομα,
μαζί με τους γονείς της Άννας.

Χρήστος

-----Αρχικό μήνυμα-----
Από: Φωτεινή Ζαχαρίου - Wedding Stories
Θέμα: Δοκιμή μενού
> Καλημέρα σας! Το κτήμα μπορεί να κάνει τη δοκιμή μενού το Σάββατο 14
> στις 13:00. Μας επιβεβαιώνετε;"""),
("el", "b35-gl-pita-na-petheneis", "Marios Kalaitzis <marios.kal@example.gr>", "Bravo sas", "general", "",
"""Re paidia, h spanakopita kai to proveio tyri apo thn teleftaia fora
htan na pe8aneis! H mana mou pou einai dyskolh me to fagito ekane dyo
merides. Sygxarhthria sth farma, synexiste etsi.
Marios"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b35-cesta-pausa-camino-santiago", "Begoña Etxeberria <begona.etxeberria@example.es>", "Cesta de los jueves", "billing", "",
"""Hola, buenas:

Mi marido y yo hacemos el Camino de Santiago desde Roncesvalles y
estaremos fuera del 1 al 30 de septiembre. ¿Podéis parar la cesta de
fruta y verdura de los jueves ese mes? No quiero darme de baja, solo que
no se cobre ni se mande nada en septiembre. En octubre seguimos como
siempre.

Gracias y un abrazo,
Begoña"""),
("es", "b35-alquiler-ski-catedral-dolares", "Martín Sosa <martin.sosa@example.com.ar>", "Alquiler equipo Catedral", "billing", "",
"""Hola, qué tal.

Alquilé equipo completo (esquí, botas, bastones y casco) para mí y mi
hijo en su local de la base del Cerro Catedral, 5 días. En el mostrador
me dijeron ARS 285.000 en total y pagué con tarjeta, pero en el resumen
me aparece como un cargo en dólares y con el tipo de cambio terminé
pagando bastante más. ¿Me pueden explicar por qué se cobró en USD y si
se puede corregir?

Saludos,
Martín Sosa
Bariloche"""),
("es", "b35-boda-cancun-meses-sin-intereses", "Daniela Orozco <daniela.orozco@example.com.mx>", "Forma de pago paquete Caribe", "billing", "",
"""Hola Ximena!

Ya platicamos con mi prometido y queremos el paquete Caribe para la boda
en Playa del Carmen (MXN 420,000). ¿Se puede pagar a meses sin intereses
con tarjeta de crédito? ¿O tiene que ser transferencia? Y el anticipo
del 30%, ¿cuándo lo tendríamos que dar para apartar la fecha?

Mil gracias,
Dani"""),
("es", "b35-amarre-parkinson-baja", "Rosa María Ferrer <rosamaria.ferrer@example.es>", "Amarre 214", "billing", "",
"""Buenos días:

Les escribo en nombre de mi marido, Joan Ferrer, titular del amarre 214
del pantalán C. Desde que le diagnosticaron el Párkinson ya no puede
salir a navegar, y hemos decidido no seguir. Por favor, no renueven la
cuota anual que vence el 31 de diciembre y díganme qué tenemos que hacer
para dejar el amarre libre.

Atentamente,
Rosa María Ferrer
Dénia"""),
("es", "b35-funeraria-factura-herederos", "Javier Castaño <javier.castano@example.es>", "Factura del sepelio", "billing", "",
"""Buenas tardes:

La factura del servicio de mi madre, Doña Pilar Ruiz, salió a mi nombre,
pero el notario nos pide que figure como «herederos de Pilar Ruiz
Montero» con su NIF, porque se paga con dinero de la herencia. ¿Es
posible rehacerla? Adjunto copia del DNI de mi madre.

Un saludo,
Javier Castaño"""),
("es", "b35-camping-pucon-luz-de-mas", "Catalina Fuentes <catalina.fuentes@example.cl>", "Cobro de electricidad", "billing", "",
"""Hola, estuvimos con la casa rodante en su camping en Pucón del 3 al 10
de febrero. Al irnos nos cobraron $45.000 de electricidad aparte, pero en
la página dice que el sitio con luz ya incluye la electricidad. No lo
discutí en el momento porque había fila. ¿Me pueden devolver ese monto?

Catalina"""),
("es", "b35-fianza-hormigonera-sin-devolver", "Paco Jimenez <paco.jimenez@example.es>", "fianza", "billing", "",
"""Buenas, devolvi la hormigonera y el martillo percutor el dia 2 en la
tienda de Alcala, todo limpio y el chico me firmo el albaran. La fianza
de 200 euros no me ha vuelto a la tarjeta y ya van dos semanas. Me decis
algo?"""),
("es", "b35-piscina-descuento-contado", "Luis Navarro <luis.navarro@example.es>", "Presupuesto P-3381", "billing", "",
"""Hola, buenas tardes.

Hemos recibido el presupuesto para la piscina de 8x4 con escalera romana,
32.800 € IVA incluido. Nos encaja, pero antes de firmar quería preguntar
si hacéis algún descuento si pagamos el total por transferencia al
empezar la obra en lugar de en los tres plazos.

Un saludo,
Luis Navarro
Paterna (Valencia)"""),
("es", "b35-residencia-canina-omic", "Amparo Soler <amparo.soler@example.es>", "Siguen cobrándome", "billing", "high",
"""Buenos días:

Di de baja a mi perra Kira del plan mensual de guardería (89 €) en
persona el 28 de febrero, y su compañera me dijo que estaba anotado.
Desde entonces me han seguido cargando marzo, abril y mayo. He llamado
cuatro veces y siempre «lo miramos y la llamamos».

Si no me devuelven los 267 € esta semana, presentaré una reclamación en
la OMIC de mi ayuntamiento con todos los justificantes.

Amparo Soler"""),
("es", "b35-anticipo-boda-profeco", "Ricardo Montes <ricardo.montes@example.com.mx>", "Anticipo boda 8 de marzo", "billing", "high",
"""Buenas tardes.

En septiembre les pagamos un anticipo de MXN 65,000 para la organización
de nuestra boda. En diciembre nos avisaron que ya no podían hacerla
porque la hacienda que ustedes habían reservado la vendió el dueño. Desde
entonces nos prometen la devolución "la próxima semana".

Ya pasaron tres meses. Si en diez días hábiles no tenemos el dinero en la
cuenta, vamos a presentar la queja ante Profeco y a proceder legalmente.

Ricardo Montes y Fernanda Ibarra
Guadalajara, Jal."""),
("es", "b35-pase-temporada-dos-veces-desconocer", "Lucía Benítez <lucia.benitez@example.com.ar>", "Pase de temporada cobrado dos veces", "billing", "high",
"""Hola. Compré el pase de temporada por la web el 12/5 y me cobraron dos
veces, dos cargos de $1.150.000 el mismo día. Les escribí el 14 y el 20 y
nadie contesta. Ya hablé con el banco y si para el viernes no veo la
devolución desconozco el cargo con la tarjeta. Avísenme.
Lucía"""),
("es", "b35-jardineria-cobro-extra-encargado", "Enrique Salcedo <enrique.salcedo@example.es>", "Cobro de la poda", "billing", "high",
"""Buenas tardes:

Tenemos contratado el mantenimiento del jardín de la comunidad (Residencial
Los Almendros, 48 viviendas) por 420 € al mes. Este mes la factura viene
con 1.100 € más por «poda de palmeras», que según el contrato está
incluida una vez al año. Llamé y la administrativa me dijo que ella no
puede hacer nada.

Como presidente de la comunidad pido que me llame el responsable de la
empresa, no la oficina, antes de la junta del jueves.

Enrique Salcedo
Presidente de la Comunidad de Propietarios"""),
("es", "b35-re-factura-nif-alquiler-barco", "Náutica Levante SL <admon@nauticalevante.example>", "Re: Factura F-2024-118", "billing", "",
"""Hola Marta,

Gracias por mandarla tan rápido, pero la factura tiene que ir a nombre de
la empresa, no al mío: Náutica Levante SL, CIF B12345678, C/ del Puerto
5, Castellón. Si no, no nos la acepta la gestoría.

Saludos,
Óscar

El mar, 11 jun 2024 a las 10:15, Marta <reservas@charterazul.example> escribió:
> Buenos días Óscar, le adjunto la factura F-2024-118 del alquiler del
> catamarán del sábado para su equipo, 1.650 € IVA incluido.
> Un saludo, Marta"""),
("es", "b35-caravana-perfecta-precio-septiembre", "Nieves Prieto <nieves.prieto@example.es>", "Septiembre entero", "billing", "",
"""Hola! No tengo ningún problema con la parcela ni con la caravana, todo
perfecto. Solo quería saber si hacéis precio especial si nos quedamos el
mes de septiembre entero en vez de por noches sueltas. Somos dos adultos
jubilados y un perro pequeño. Gracias, Nieves"""),
("es", "b35-app-cesta-error-500", "Irene Calvo <irene.calvo@example.es>", "No puedo cambiar la cesta", "technical", "",
"""Hola,

Desde ayer, cuando entro en la app para cambiar productos de la cesta
de esta semana me sale «Error 500 - algo ha ido mal» y no me deja. En el
ordenador, igual. El plazo para cambiar acaba mañana a las 12 y quería
quitar las acelgas.

Irene"""),
("es", "b35-bomba-alberca-ruido-no-reembolso", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "bomba de la alberca", "technical", "",
"""Buen día,

No quiero que me regresen el dinero ni cambiar de marca, solo que alguien
venga a revisar. La bomba de la alberca que instalaron en enero hace un
ruido como de piedras adentro y el agua ya no sale con fuerza por las
boquillas. Ya limpié la canastilla del prefiltro dos veces.

Héctor Villaseñor
Zapopan"""),
("es", "b35-cuadro-depuradora-chispas", "Montserrat Puig <montse.puig@example.es>", "Caseta de la depuradora", "technical", "high",
"""Hola,

Os escribo con calma pero creo que es importante. Esta mañana al abrir
la caseta de la depuradora he visto que el cuadro eléctrico que
montasteis echaba chispitas por detrás del temporizador y olía a quemado.
He bajado el diferencial general de la piscina y ahora está todo parado.
Los niños no se han acercado.

¿Podéis mandar a alguien esta semana?

Montse Puig
Sant Cugat"""),
("es", "b35-aerosilla-colgados-frio", "Gabriela Ruiz <gabriela.ruiz@example.com.ar>", "Aerosilla detenida el domingo", "technical", "high",
"""Buenas.

El domingo a la tarde la aerosilla Lynch se paró y mi hijo de 11 años y
mucha otra gente quedamos colgados casi una hora, con viento y -8°C.
Nadie nos avisó nada por los parlantes. Cuando arrancó otra vez se
frenó de golpe dos veces más. Los chicos de al lado lloraban del frío.

Quiero saber qué pasó y si la revisaron antes de abrirla de nuevo.

Gabriela Ruiz"""),
("es", "b35-barca-electrica-bateria-humo", "Alberto Gil <alberto.gil@example.es>", "La barca del sábado", "technical", "high",
"""Hola, os cuento por si os sirve. El sábado alquilamos la barca eléctrica
sin licencia en el embalse. A la media hora empezó a salir un poco de humo
blanco del cajón de las baterías bajo el asiento de popa y la tapa
estaba muy caliente. Volvimos despacio al pantalán y se lo dijimos al
chaval, que la dejó amarrada. No creo que la deban alquilar así.
Alberto"""),
("es", "b35-camping-sin-internet-tpv", "Recepción Camping Les Dunes <recepcio@campingdunes.example>", "Sin conexión", "technical", "high",
"""Buenos días:

Desde las 23 h de anoche no hay conexión en todo el camping. No funciona
el TPV de recepción ni el del restaurante, así que solo podemos cobrar
en efectivo, no podemos hacer check-in ni check-out en el programa y
tenemos 400 clientes quejándose en recepción por el wifi. Hoy salen 60
parcelas y entran otras tantas.

El router está encendido y ya lo hemos reiniciado dos veces.

Jordi Casals
Camping Les Dunes, L'Escala"""),
("es", "b35-motosierra-alquilada-aceite", "Ramon Dominguez <ramon.dominguez@example.es>", "motosierra", "technical", "",
"""La motosierra que alquile ayer pierde aceite de cadena por debajo, deja
un charco en cuanto la apoyas y la cadena se queda seca a los cinco
minutos. El deposito lo llene hasta la marca. Me la cambiais o que hago?"""),
("es", "b35-cortasetos-no-arranca", "Ana Belen Torres <anabelen.torres@example.es>", "cortasetos", "technical", "",
"""hola, el cortasetos de gasolina que alquile esta manana no hay forma de
arrancarlo. le he dado al cebador diez veces y tirado del cordon hasta
cansarme. huele a gasolina pero nada"""),
("es", "b35-app-guarderia-vacunas-no-sube", "Valentina Ospina <valentina.ospina@example.com.co>", "No puedo subir el carné", "technical", "",
"""Hola, buenas tardes. Estoy tratando de reservar la guardería para mi
perrito Tomás del 20 al 27 de diciembre y la app me pide el carné de
vacunas, pero cuando subo la foto sale "formato no válido". Probé con
JPG y con PDF. ¿Será que me pueden ayudar?

Valentina
Medellín"""),
("es", "b35-hola-wifi-bungalow", "Pedro Alarcón <pedro.alarcon@example.es>", "Hola", "technical", "",
"""Hola, estamos en el bungalow 7 y el wifi aparece, pero al meter la
contraseña de la tarjeta que nos disteis en recepción dice «contraseña
incorrecta». La hemos copiado tal cual, con mayúsculas. En la zona de
la piscina sí conecta."""),
("es", "b35-forfait-pasarela-no-cobro", "Sergio Alonso <sergio.alonso@example.es>", "Forfait online", "technical", "",
"""Buenas, no es un problema de cobro, de hecho no me habéis cobrado nada.
El problema es que la web no me deja comprar los forfaits para Sierra
Nevada: al llegar a la pasarela de pago se queda en blanco. Lo he
intentado con dos tarjetas y dos navegadores. Queremos subir este
viernes."""),
("es", "b35-limpiafondos-tercera-vez-responsable", "Carmen Rubio <carmen.rubio@example.es>", "Tercera avería del limpiafondos", "technical", "high",
"""Buenas tardes:

Es la tercera vez en dos meses que el robot limpiafondos que nos vendieron
con la piscina deja de moverse a los diez minutos. Sus técnicos han venido
dos veces, lo han «reseteado» y se han ido. A los pocos días, lo mismo.

No quiero que vuelva el mismo técnico a hacer lo mismo. Quiero hablar con
un responsable del servicio técnico que me dé una solución de verdad.

Carmen Rubio
Alhaurín de la Torre"""),
("es", "b35-riego-programador-zona-dos", "Tomás Iglesias <tomas.iglesias@example.es>", "Riego", "technical", "",
"""Buenos días,

El programador del riego automático que nos instalasteis no abre la
zona 2 (la del seto de la entrada). En la pantalla pone que está regando
pero no sale agua. Si abro la electroválvula a mano, sí funciona.

Tomás"""),
("es", "b35-horario-tienda-granja-agosto", "Elena Marín <elena.marin@example.es>", "Horario en agosto", "general", "",
"""Hola, ¿la tienda de la granja abre en agosto con el horario normal o
cerráis algún día? Queremos ir a por queso y huevos un sábado por la
tarde. Gracias"""),
("es", "b35-gracias-cocheria-abuelo", "Florencia Medina <florencia.medina@example.com.ar>", "Gracias", "general", "",
"""Queridos todos de la cochería:

Quería agradecerles de corazón todo lo que hicieron por nosotros con el
velorio del abuelo Norberto. La sala estaba impecable, nos dejaron estar
toda la noche y el señor Omar se ocupó de todo con una calidez que no
voy a olvidar. Mi abuela les manda un beso enorme.

Florencia Medina
Córdoba"""),
("es", "b35-peluche-olvidado-caravana", "Susana Redondo <susana.redondo@example.es>", "Conejito de peluche", "general", "",
"""Hola, el domingo dejamos el mobil-home 22 y creemos que nos hemos
dejado el conejito de peluche de mi hija (gris, con una oreja cosida)
entre las sábanas de la litera. Está desconsolada. ¿Lo habéis
encontrado? Pagamos el envío encantados.

Susana"""),
("es", "b35-cambio-correo-marina-mx", "Jorge Treviño <jorge.trevino@example.com.mx>", "Actualizacion de datos", "general", "",
"""Buenas tardes, les pido actualizar mis datos de contacto para la lancha
"La Güera", muelle 3 de la marina. Nuevo correo: este mismo. Nuevo
celular: 998 000 1234. El anterior ya no lo uso. Gracias, Jorge Treviño"""),
("es", "b35-monitor-esqui-gritaba-ninos", "Maite Echevarría <maite.echevarria@example.es>", "Clase de esquí del martes", "general", "",
"""Hola,

Quería comentaros que el monitor del grupo de niños de las 10 el martes
(creo que se llamaba Dani) se pasó la clase gritando a los pequeños,
llamó «patoso» a mi hijo delante de todos y al final no quería volver.
El resto de la semana con Lorena genial. Solo para que lo sepáis.

Maite"""),
("es", "b35-cristales-parque-infantil-camping", "Julián Serrano <julian.serrano@example.es>", "Parque infantil", "general", "high",
"""Buenas tardes:

En el arenero del parque infantil del camping, junto a los columpios, hay
trozos de cristal de una botella rota. Hemos recogido los que hemos
visto, pero hay más enterrados en la arena y hay niños pequeños
descalzos jugando todo el día. Por favor, que alguien lo cierre y lo
limpie hoy.

Julián, parcela 104"""),
("es", "b35-marinero-padre-gerente", "Alejandra Cortés <alejandra.cortes@example.com.mx>", "Trato al cliente en el muelle", "general", "high",
"""Buenas noches.

Hoy mi papá, de 76 años, fue al muelle para ver su velero y el marinero
de guardia le habló a gritos, le dijo que "no tenía nada que hacer ahí
a esas horas" y no lo dejó pasar, siendo que paga su amarre desde hace
doce años. Mi papá regresó a casa humillado.

Exijo hablar con el gerente de la marina y una disculpa formal.

Alejandra Cortés
Mazatlán"""),
("es", "b35-patrocinio-club-piragua", "Club Piragüismo Sella <club@piraguismosella.example>", "Propuesta de patrocinio", "general", "",
"""Buenos días:

Somos un club de piragüismo de Arriondas con 60 deportistas de base.
Buscamos patrocinadores para las camisetas de la temporada y hemos
pensado en vosotros por el alquiler de canoas en el río. A cambio
saldría vuestro logo en las camisetas, en la web y en la furgoneta.
¿Os interesaría hablarlo?

Un saludo,
Pablo Cueto, secretario"""),
("es", "b35-dejar-caja-farmacia", "Mercedes Lozano <mercedes.lozano@example.es>", "Entrega de la caja", "general", "",
"""Buenas, si el repartidor no me encuentra en casa los martes, que deje
la caja de verdura en la farmacia de abajo, la de la esquina con Calle
Mayor. La farmacéutica, Loli, ya lo sabe. Gracias!"""),
("es", "b35-guarderia-acepta-gatos", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Consulta", "general", "",
"""Buenas tardes, ¿ustedes reciben gatos o solo perros? Tengo una gata de
8 años muy tranquila y viajo a Cartagena una semana en enero. Si la
reciben, ¿las gatas están separadas de los perros?

Quedo atento,
Camilo"""),
("es", "b35-pregunta-boda-civil-playa-cadiz", "Rocío Delgado <rocio.delgado@example.es>", "Pregunta", "general", "",
"""¡Hola! Una pregunta rápida: ¿organizáis bodas civiles en la playa en la
zona de Cádiz (Zahara, Caños...)? Sería para unos 80 invitados en junio
del año que viene. No sé si hace falta algún permiso especial del
ayuntamiento o eso lo gestionáis vosotros.

Rocío"""),
("es", "b35-urgente-hora-recogida-barca", "Iñaki Aguirre <inaki.aguirre@example.es>", "URGENTE!!", "general", "",
"""URGENTE: para la reserva de la barca del domingo (a nombre de Iñaki
Aguirre), en vez de recogerla a las 10 podemos a las 11? Mi cuñado llega
tarde de Bilbao. Si no se puede, a las 10 y ya esta."""),
("es", "b35-empanadas-de-muerte", "Facundo Pereyra <facundo.pereyra@example.com.ar>", "Las empanadas", "general", "",
"""Che, las empanadas de carne cortada a cuchillo que venden en la chacra
están de muerte. Me mataron. Fuimos el sábado con mi vieja y ya estamos
planeando volver. Felicitaciones a quien las hace.
Facu"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b35-skrzynka-kontrakt-norwegia", "Agnieszka Michalak <agnieszka.michalak@example.pl>", "Skrzynka na 3 miesiące", "billing", "",
"""Dzień dobry,

mąż dostał kontrakt w Norwegii i jedziemy z nim od 1 czerwca do końca
sierpnia. Proszę zawiesić naszą skrzynkę warzywno-owocową (duża, 119 zł
tygodniowo) na ten czas, żeby nic nie było pobierane. Od września
wracamy do dostaw jak dotąd.

Pozdrawiam serdecznie
Agnieszka Michalak"""),
("pl", "b35-miejsce-postojowe-po-smierci-meza", "Krystyna Zawadzka <krystyna.zawadzka@example.pl>", "Jacht „Mewa” - miejsce w porcie", "billing", "",
"""Szanowni Państwo,

w marcu zmarł mój mąż, Zbigniew Zawadzki, który od lat trzymał u Państwa
w Giżycku jacht „Mewa”. Ja nie pływam i jacht zostanie sprzedany przez
syna. Bardzo proszę nie przedłużać umowy na miejsce postojowe na sezon
2025 i poinformować mnie, czy za zimowanie pozostała jakaś nadpłata.

Z poważaniem
Krystyna Zawadzka"""),
("pl", "b35-przedszkole-psa-tesciowie-wies", "Bartek Sobczak <bartek.sobczak@example.pl>", "Karnet Fiona", "billing", "",
"""Cześć,

mamy u Was karnet na 10 dni przedszkola dla psów dla Fiony (kupiony w
kwietniu za 450 zł), wykorzystane 4 dni. Od przyszłego tygodnia Fiona
zamieszkuje u teściów na wsi, ma tam ogród i kury do pilnowania, więc
już nie będzie przychodzić. Da się zwrócić pieniądze za 6 niewykorzystanych
dni?

Bartek"""),
("pl", "b35-kaucja-rusztowanie-brudne", "Grzegorz Lis <grzegorz.lis@example.pl>", "Kaucja - rusztowanie", "billing", "",
"""Dzień dobry, oddałem rusztowanie warsztatowe w czwartek. Z kaucji 800 zł
dostałem zwrot 600, bo „było brudne od farby”. Było umyte, mam zdjęcia
z dnia oddania. Proszę o zwrot pozostałych 200 zł.
Grzegorz Lis"""),
("pl", "b35-pogrzeb-zasilek-zus", "Jadwiga Kołodziej <jadwiga.kolodziej@example.pl>", "Zasiłek pogrzebowy", "billing", "",
"""Dzień dobry,

mój brat zmarł wczoraj w szpitalu w Tarnowie. Chciałabym, żeby pogrzeb
organizował Państwa zakład. Czy mogą Państwo rozliczyć się bezpośrednio
z zasiłku pogrzebowego z ZUS, tak żebym nie musiała płacić z góry całej
kwoty? Nie mam teraz takich pieniędzy. Ile wtedy trzeba by dopłacić?

Jadwiga Kołodziej"""),
("pl", "b35-karnet-szczyrk-znizka-senior", "Zdzislaw Baran <zdzislaw.baran@example.pl>", "karnet seniora", "billing", "",
"""Dzien dobry, mam 67 lat i kupilem w kasie karnet 4-dniowy na Szczyrk.
Zaplacilem 596 zl, czyli cene normalna, a na tablicy jest znizka 30% dla
seniorow 65+. Pani w kasie nie zapytala o wiek a ja nie zauwazylem.
Pokazalem dowod nastepnego dnia ale kazali pisac maila. Prosze o zwrot
roznicy.
Z powazaniem Zdzislaw Baran"""),
("pl", "b35-kemping-hel-faktura-firma", "Marek Szulc <marek.szulc@szulc-elektro.example>", "Faktura za pobyt 12-19.07", "billing", "",
"""Dzień dobry,

proszę o wystawienie faktury VAT za pobyt na kempingu we Władysławowie w
dniach 12-19.07 (parcela 47, kamper + 3 osoby, zapłacone kartą 1 960 zł)
na firmę: Szulc Elektro, NIP 6711234567, ul. Polna 3, 75-001 Koszalin.

Pozdrawiam
Marek Szulc"""),
("pl", "b35-odp-harmonogram-platnosci-basen", "Piotr Wawrzyniak <piotr.wawrzyniak@example.pl>", "Odp: Umowa - basen ogrodowy 8x3,5", "billing", "",
"""Dzień dobry Panie Łukaszu,

dziękujemy, umowa wygląda dobrze. Jedno pytanie przed podpisaniem: czy
druga transza (40%) może być płatna dopiero po próbie szczelności, a nie
po wylaniu niecki? Tak byłoby nam spokojniej.

Pozdrawiam
Piotr Wawrzyniak

W dniu 2024-03-05 o 14:20, Łukasz Baseny Ogrodowe napisał:
> W załączniku przesyłam projekt umowy. Harmonogram płatności:
> 30% zaliczki przy podpisaniu, 40% po wylaniu niecki, 30% po
> uruchomieniu filtracji. Łącznie 94 500 zł brutto."""),
("pl", "b35-wesele-zmiana-daty-zaliczka", "Natalia Grabowska <natalia.grabowska@example.pl>", "Zmiana terminu", "billing", "",
"""Hej Kasiu,

niestety musimy przesunąć ślub z 14 września na maj przyszłego roku
(choroba taty Kuby, na szczęście wraca do zdrowia). Czy wpłacona zaliczka
5 000 zł przechodzi na nowy termin, czy tracimy ją i trzeba płacić od
nowa? Bardzo prosimy o wyrozumiałość.

Natalia i Kuba"""),
("pl", "b35-jacht-kaucja-rzecznik-konsumentow", "Wojciech Pawlak <wojciech.pawlak@example.pl>", "Potrącenie z kaucji - jacht Tango 780", "billing", "high",
"""Szanowni Państwo,

w dniach 3-10 sierpnia czarterowałem jacht Tango 780 z Waszej bazy w
Mikołajkach. Przy zdaniu jachtu pracownik wskazał rysę na burcie, która
była widoczna już na zdjęciach, które zrobiłem przy odbiorze (w
załączniku, z datą i godziną). Mimo to potrąciliście mi 1 500 zł z
kaucji.

Jeżeli kwota nie wróci na moje konto w ciągu 14 dni, sprawę przekażę
miejskiemu rzecznikowi konsumentów, a następnie do sądu.

Wojciech Pawlak"""),
("pl", "b35-arborysta-zaplacone-chargeback", "Lukasz Wrobel <lukasz.wrobel@example.pl>", "zaplacone a nic nie zrobione", "billing", "high",
"""Zaplacilem z gory 2 300 zl karta za wycinke dwoch swierkow i frezowanie
pniakow, termin byl na 15 maja. Nikt nie przyjechal, nikt nie odbiera
telefonu od trzech tygodni. Jezeli do piatku nie dostane zwrotu albo
konkretnego terminu, zglaszam w banku chargeback i opisuje was wszedzie
gdzie sie da.
Lukasz Wrobel"""),
("pl", "b35-wesele-doplaty-wlascicielka", "Monika Kaczmarczyk <monika.kaczmarczyk@example.pl>", "Rozliczenie po weselu", "billing", "high",
"""Dzień dobry,

po weselu 22 czerwca dostaliśmy rozliczenie z dopłatą 6 400 zł za
„dodatkowe godziny koordynacji” i „dekoracje ponad pakiet”. Nikt nas nie
pytał o zgodę na dodatkowe godziny, a dekoracje były dokładnie te z
umowy. Pani koordynatorka mówi, że „tak wyszło”.

Nie zapłacimy tego w tej formie. Żądam rozmowy z właścicielką firmy, nie
z koordynatorką, w tym tygodniu.

Monika Kaczmarczyk"""),
("pl", "b35-nie-reklamacja-narty-sezon", "Kacper Dudek <kacper.dudek@example.pl>", "Narty na sezon", "billing", "",
"""To nie reklamacja, narty z wypożyczalni w Białce były super przygotowane.
Pytanie o cenę: czy jak wypożyczę narty i buty dla córki na cały sezon,
to wychodzi taniej niż po dniu? I czy trzeba zapłacić wszystko od razu?"""),
("pl", "b35-aplikacja-skrzynka-logowanie-google", "Ola Kowalska <ola.kowalska@example.pl>", "Logowanie", "technical", "",
"""Hej, od wczoraj nie mogę się zalogować do aplikacji ze skrzynkami przez
„Zaloguj z Google”. Wybieram konto i wraca do ekranu startowego, w
kółko. Na komputerze to samo. Chciałam dodać jajka do piątkowej
dostawy."""),
("pl", "b35-pompa-ciepla-basen-nie-grzeje", "Henryk Stepien <henryk.stepien@example.pl>", "pompa ciepla", "technical", "",
"""Dzien dobry, pompa ciepla do basenu ktora montowaliscie w maju pracuje,
wentylator sie kreci, ale woda sie nie nagrzewa, stoi na 21 stopniach od
tygodnia. Na wyswietlaczu nie ma zadnego bledu. Filtr czysty.
H. Stepien, Konstancin"""),
("pl", "b35-domek-kempingowy-gaz-podgrzewacz", "Elżbieta Nowicka <elzbieta.nowicka@example.pl>", "Domek nr 6", "technical", "high",
"""Dzień dobry,

nie chcę robić zamieszania, ale w łazience domku nr 6 przy podgrzewaczu
wody czuć gaz, zwłaszcza jak się puści ciepłą wodę. Zakręciliśmy kurek
pod spodem i otworzyliśmy okno, myjemy się w budynku sanitarnym. Może
niech ktoś zerknie, zanim przyjadą następni goście.

Elżbieta Nowicka"""),
("pl", "b35-szlifierka-kopie-pradem", "Robert Kasprzak <robert.kasprzak@example.pl>", "Szlifierka do ścian", "technical", "high",
"""Dzień dobry, informuję tylko: wypożyczona wczoraj szlifierka do ścian
(żyrafa) lekko kopie prądem, jak się dotknie metalowej części przy głowicy.
Kabel wygląda na cały. Odłożyłem ją i oddam jutro rano, ale ktoś
następny może nie zauważyć.
Robert"""),
("pl", "b35-dystrybutor-paliwa-marina-kolejka", "Bosmanat Marina Wilkasy <bosman@marina-wilkasy.example>", "Dystrybutor", "technical", "high",
"""Dzień dobry,

dystrybutor paliwa na kei, który od Was dzierżawimy, od rana pokazuje
„błąd komunikacji” i nie wydaje paliwa. Przy pomoście stoi kolejka
kilkunastu łodzi, trzy firmy czarterowe nie mogą wydać jachtów klientom,
którzy przyjechali na tydzień, a ludzie jadą po paliwo w kanistrach do
Giżycka. Restart nic nie dał.

Proszę o pilny kontakt: 600 000 455.

Bosman Tomasz Rutkowski"""),
("pl", "b35-sklep-gospodarstwa-zamowienia-nie-przechodza", "Gospodarstwo Pod Lasem <sklep@podlasem.example>", "Sklep internetowy", "technical", "high",
"""Dzień dobry,

od 6 rano żadne zamówienie w naszym sklepie nie przechodzi - klienci
dochodzą do końca, klikają „zamawiam” i dostają „coś poszło nie tak”.
Telefon dzwoni bez przerwy, a w czwartek mamy rozwozić 150 skrzynek i
nie wiemy, co kto chce. Wtorek to nasz główny dzień zamówień.

Anna Mazurek
Gospodarstwo Ekologiczne Pod Lasem"""),
("pl", "b35-niecka-pekla-drugi-raz-przelozony", "Andrzej Witkowski <andrzej.witkowski@example.pl>", "Basen - znowu pęknięcie, żądam kontaktu przełożonego", "technical", "high",
"""Szanowni Państwo,

drugi raz w ciągu roku pękła folia w narożniku niecki naszego basenu i
woda ucieka pod spód. Za pierwszym razem ekipa zrobiła łatkę i
stwierdziła, że „to wina mrozu”. Teraz jest lipiec.

Nie zgadzam się na kolejną łatkę. Proszę, żeby skontaktował się ze mną
przełożony Waszych serwisantów albo kierownik działu technicznego, a nie
ta sama ekipa.

Andrzej Witkowski
Michałowice"""),
("pl", "b35-dzien-dobry-kosiarka-nierowno", "Stanisław Czarnecki <stanislaw.czarnecki@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, wypożyczona kosiarka spalinowa kosi nierówno, z jednej strony
zostawia pas trawy wyższy o kilka centymetrów. Ustawienie wysokości na
wszystkich kołach jest to samo. Może nóż krzywy?"""),
("pl", "b35-podgrzewane-buty-wypozyczalnia", "Justyna Malinowska <justyna.malinowska@example.pl>", "buty podgrzewane", "technical", "",
"""Dzień dobry, wzięłam w wypożyczalni w Zieleńcu buty narciarskie z
podgrzewaniem (dopłata była), ale podgrzewanie nie działa - bateria
naładowana na noc, dioda świeci na zielono, a stopy lodowate. Jutro
jeszcze jeździmy, czy mogę je wymienić rano?"""),
("pl", "b35-nawadnianie-aplikacja-wifi", "Michal Sadowski <michal.sadowski@example.pl>", "Sterownik nawadniania", "technical", "",
"""Czesc, sterownik nawadniania, ktory montowaliscie w kwietniu, od
zmiany routera nie laczy sie z aplikacja. Probowalem go sparowac od
nowa wg instrukcji, miga na pomaranczowo i nic. Podlewa dalej wg starego
programu, ale nie moge nic zmienic."""),
("pl", "b35-nie-wymiana-robot-nie-wraca", "Irena Kwiatkowska <irena.kwiatkowska@example.pl>", "Robot koszący", "technical", "",
"""Dzień dobry,

nie chcę wymiany ani zwrotu, robot bardzo nam się podoba. Tylko od
tygodnia nie wraca sam do stacji - jeździ w kółko przy tui i w końcu
staje z rozładowaną baterią. Przewód graniczny jest nienaruszony. Co
może być nie tak?

Irena Kwiatkowska"""),
("pl", "b35-plan-stolow-pdf", "Dominika Wysocka <dominika.wysocka@example.pl>", "Plan stołów", "technical", "",
"""Cześć, w panelu do planowania wesela nie da się pobrać planu stołów
jako PDF - klikam „eksportuj” i pobiera się pusty plik 0 KB. Chciałam
to wysłać do sali do piątku. Próbowałam w Chrome i Firefox."""),
("pl", "b35-domek-brak-cieplej-wody", "Marta Zielińska <marta.zielinska@example.pl>", "Domek 14 - ciepła woda", "technical", "",
"""Dzień dobry, w domku nr 14 od wczoraj wieczorem nie ma ciepłej wody,
bojler świeci się na czerwono. Wyłączaliśmy go i włączaliśmy, nic. Dzieci
po plaży i kąpiel w zimnej to średnia przyjemność :)"""),
("pl", "b35-sklep-gospodarski-wielkanoc", "Teresa Pawłowska <teresa.pawlowska@example.pl>", "Wielkanoc", "general", "",
"""Dzień dobry, czy w Wielką Sobotę sklep przy gospodarstwie będzie
otwarty i do której? Chciałam kupić kiełbasę i chrzan do święconki.
Pozdrawiam"""),
("pl", "b35-podziekowanie-zaklad-pogrzebowy", "Bogusław Sikorski <boguslaw.sikorski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w imieniu całej rodziny chcę podziękować za zorganizowanie pogrzebu
naszej mamy, śp. Haliny Sikorskiej. Wszystko było przygotowane z wielkim
szacunkiem, a pan Marek był z nami od początku do końca, nawet gdy
ulewa zaskoczyła nas na cmentarzu. To było dla nas bardzo ważne.

Z wyrazami wdzięczności
Bogusław Sikorski z rodziną"""),
("pl", "b35-zgubiony-telefon-kajak", "Kuba Nowakowski <kuba.nowakowski@example.pl>", "telefon w kajaku?", "general", "",
"""siema, w sobote plynelismy waszym kajakiem na trasie z Krutyni do
Ukty i chyba zostal mi telefon w workowym schowku z tylu, czarny samsung w
przezroczystym etui. moze ktos znalazl przy myciu kajakow? moge
podjechac"""),
("pl", "b35-zmiana-nazwiska-klub-marina", "Karolina Wiśniewska-Bąk <karolina.wisniewska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w czerwcu wyszłam za mąż i noszę teraz nazwisko Wiśniewska-Bąk. Proszę o
zmianę danych w karcie członkowskiej klubu i na liście rezydentów
portu. Nowy dowód mogę pokazać w bosmanacie przy najbliższej okazji.

Karolina Wiśniewska-Bąk"""),
("pl", "b35-hotel-psow-pracownik-niemily", "Ewa Jankowska <ewa.jankowska@example.pl>", "Odbiór psa", "general", "",
"""Dzień dobry, przy odbiorze naszego Maksa w niedzielę pan w recepcji był
bardzo niemiły - jak zapytałam, czy pies jadł, odpowiedział „nie
jestem od liczenia misek” i odwrócił się do telefonu. Maks wrócił
zadowolony, do opieki nie mam zastrzeżeń, tylko do tego pana.
Ewa"""),
("pl", "b35-pomost-wylamana-porecz", "Leszek Maciejewski <leszek.maciejewski@example.pl>", "Pomost przy slipie", "general", "high",
"""Dzień dobry,

na pomoście przy slipie w Waszym porcie wyłamana jest poręcz na końcu,
od strony głębokiej wody, a dwie deski obok są spróchniałe i uginają
się pod nogą. Wieczorem nie ma tam oświetlenia. Dzieci z kempingu
biegają tam łowić ryby. Proszę to chociaż zagrodzić, zanim ktoś wpadnie.

Leszek Maciejewski (jacht „Bryza”)"""),
("pl", "b35-rodo-skarga-uodo", "Paweł Jaworski <pawel.jaworski@example.pl>", "Żądanie usunięcia danych - trzecie", "general", "high",
"""Szanowni Państwo,

to już moje trzecie żądanie usunięcia danych osobowych (art. 17 RODO).
Pierwsze wysłałem 4 marca, drugie 10 kwietnia. Mimo to nadal dostaję od
Was SMS-y z ofertami wypożyczalni sprzętu, także w niedzielę o 7 rano.

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę
skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Paweł Jaworski"""),
("pl", "b35-sponsoring-regaty-dzieci", "UKS Żagiel Ełk <uks.zagiel@example.pl>", "Regaty dla dzieci", "general", "",
"""Dzień dobry,

jesteśmy małym klubem żeglarskim dla dzieci z Ełku. We wrześniu robimy
regaty Optimist dla 40 dzieci i szukamy sponsora nagród. Może mogliby
Państwo ufundować np. voucher na rejs dla zwycięzców? Umieścimy logo na
banerze i w relacji na Facebooku.

Z pozdrowieniami
Iwona Karpińska, trener"""),
("pl", "b35-skrzynka-u-sasiadki", "Adam Zalewski <adam.zalewski@example.pl>", "dostawa", "general", "",
"""Dzien dobry, od tego tygodnia prosze zostawiac skrzynke u sasiadki pod
numerem 5 (pani Grazyna), bo w piatki pracuje do 18. Ona wie. Adres bez
zmian, Lipowa 7. Dziekuje"""),
("pl", "b35-kemping-pies-na-terenie", "Sylwia Krawczyk <sylwia.krawczyk@example.pl>", "Pies na kempingu", "general", "",
"""Dzień dobry, czy na Waszym kempingu w Łebie można być z psem? Mamy
owczarka, dużego ale spokojnego. I czy jest jakaś łąka, gdzie może
pobiegać bez smyczy?"""),
("pl", "b35-pytanie-slub-humanistyczny", "Weronika Pietrzak <weronika.pietrzak@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy organizujecie śluby humanistyczne w plenerze, np. nad
jeziorem na Kaszubach? Myślimy o sierpniu przyszłego roku, około 60 osób.
Pozdrawiam, Weronika"""),
("pl", "b35-odp-pozwolenie-wycinka-gmina", "Roman Adamczyk <roman.adamczyk@example.pl>", "Odp: Wycena - wycinka brzozy", "general", "",
"""Dzień dobry,

dziękuję za wycenę. Zanim się umówimy - czy na wycięcie tej brzozy
potrzebuję zgłoszenia w gminie? Obwód pnia mierzyłem na 130 cm, ok. 1,3 m
nad ziemią. Działka jest moja, w Piasecznie. Czy Państwo to
załatwiają, czy muszę sam?

Roman Adamczyk

> Dzień dobry, w załączniku wycena wycinki brzozy metodą alpinistyczną
> wraz z wywozem gałęzi. Termin możliwy od przyszłego tygodnia.
> Pozdrawiamy, Zielony Arborysta"""),
("pl", "b35-smalec-zabojczy", "Jerzy Kubacki <jerzy.kubacki@example.pl>", "Smalec", "general", "",
"""Panie i Panowie, ten smalec ze skwarkami z ostatniej skrzynki jest
zabójczy! Bomba po prostu. Żona mówi, że mam zakaz, ale i tak
podjadam. Gratulacje dla gospodarstwa.
Jerzy"""),
("pl", "b35-pilne-dostawa-do-pracy", "Magda Szewczyk <magda.szewczyk@example.pl>", "PILNE!!!", "general", "",
"""PILNE - od przyszłego tygodnia proszę dowozić skrzynkę nie do domu,
tylko do mnie do pracy: ul. Grunwaldzka 180, Gdańsk, recepcja biurowca
Olivia, w godzinach 8-16. Na paczce proszę napisać Magda Szewczyk, dział
kadr. Dziękuję!!"""),
]
