# batch135.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them before then.  Complementary health this time --
# acupuncture, osteopaths, chiropractors, massage therapists, health food
# shops, yoga retreats, float tanks -- and the usual failure classes:
# escalation demands and legal threats that keep their topic, chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, business outages told only by their consequences, safety hazards
# told calmly, praise, payment questions, and everyday mail of all three
# queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b135-en-acupuncture-package-expired", "Heather Lomax <heather.lomax@example.co.uk>", "Remaining sessions", "billing", "",
"""Hello,

Last spring I bought a block of six acupuncture sessions with Dr Wen for
£330. I had four of them, then work took me to Aberdeen for a few months.
I rang yesterday to book the last two and was told the block "expired"
after six months and they're gone.

Nobody mentioned an expiry date when I paid and I can't see one on the
receipt. Could you either extend the two sessions or refund them
(£110 by my maths)?

Kind regards,
Heather Lomax"""),
("en", "b135-en-float-membership-midwife", "Jess Okafor <jess.okafor@example.co.uk>", "My monthly", "billing", "",
"""Hiya, bit of happy news - I'm 24 weeks and my midwife would rather I
stopped floating for now. Could you put my monthly float membership on
ice until about May? I don't want to lose it altogether, I'll be
desperate for an hour of silence once the baby's here!

Jess (member no. 20417)"""),
("en", "b135-en-osteo-receipts-bupa", "Graham Whitfield <g.whitfield@example.co.uk>", "Receipts for insurance", "billing", "",
"""Good afternoon,

Bupa have sent back my claim for the osteopathy sessions in January and
February. They need itemised receipts showing the practitioner's name,
GOsC registration number and the date of each appointment - the card
slips I have aren't enough.

Could you email me proper receipts for all five visits please?

Graham Whitfield"""),
("en", "b135-en-veg-box-husband-passed", "Margaret Ainsworth <m.ainsworth@example.org.uk>", "Arthur's order", "billing", "",
"""Dear Sir or Madam,

My husband Arthur had a box of organic vegetables and his joint tablets
delivered from you every month. Arthur passed away at the end of
January and I shan't be needing the tablets, and the box is far too much
for one.

Please could you see that nothing more is sent and nothing more is taken
from our bank account. I did not know how to do this on the computer.

Yours faithfully,
Margaret Ainsworth"""),
("en", "b135-en-retreat-balance-instalments", "Kayla Brooks <kayla.brooks@example.com>", "Tulum retreat - paying the balance", "billing", "",
"""Hi there!

I put down the $600 deposit for the November yoga retreat in Tulum last
week (so excited!!). The balance is $1,850 and the email says it's due
60 days before. Is there any way I can split that into three monthly
payments instead of one lump? Happy to set up autopay on my card.

Thanks so much,
Kayla"""),
("en", "b135-en-chiro-tapped-twice", "Ciarán Doherty <ciaran.doherty@example.ie>", "Paid twice", "billing", "",
"""Howya, I was in with Niamh on Tuesday evening and tapped my card for
the €65 - the machine said declined so I tapped again and it went
through. Now the bank app shows two payments of €65 to the clinic, both
gone through, not pending. Would you sort the extra one out for me?
Thanks a million
Ciarán"""),
("en", "b135-en-protein-wrong-flavour-swap", "Brodie Nguyen <brodie.nguyen@example.com.au>", "Protein swap", "billing", "",
"""G'day, ordered the 1kg plant protein online and accidentally picked
salted caramel instead of choc. Tub's still sealed. Can I swap it for
chocolate at the Fremantle shop or does it have to go back by post?
Cheers, Brodie"""),
("en", "b135-en-hsa-card-massage", "Linda Kowalczyk <linda.kowalczyk@example.com>", "Question", "billing", "",
"""Hello, my physician wrote me a letter of medical necessity for
massage therapy for my lower back. Do you take HSA/FSA debit cards at
the front desk, and can you give me an itemized receipt with the CPT
code for my records? Thank you, Linda K."""),
("en", "b135-en-chiro-fee-raised-rupees", "Ramesh Iyer <ramesh.iyer@example.in>", "Regarding consultation charges", "billing", "",
"""Dear Sir/Madam,

I have been taking chiropractic treatment at your Indiranagar branch
since August for cervical spondylosis. Till last month each session was
charged Rs 800. Yesterday at the counter I was asked to pay Rs 1,200 and
was told the rates have been revised from 1st of the month.

Kindly note that no intimation was given to regular patients. Also I had
paid in advance for a package of 10 sessions in December, out of which 4
are balance. Kindly confirm that the balance sessions will be at the old
rate only, as already paid.

Thanking you,
Ramesh Iyer
Bengaluru"""),
("en", "b135-en-not-technical-nhs-discount", "Sophie Grant <sophie.grant@example.co.uk>", "Discount", "billing", "",
"""Hi - not a website problem, the site's working fine! It's just that
the 15% NHS staff discount I'm supposed to get on my membership at the
health shop didn't come off my last two orders (£38.40 and £22.15). My
card was verified in January. Could you refund the difference?
Thanks, Sophie (staff nurse, Royal Derby)"""),
("en", "b135-en-retreat-cancelled-amex", "Oliver Pemberton <oliver.pemberton@example.co.uk>", "Cancelled retreat - £1,450", "billing", "high",
"""To whom it may concern,

You cancelled the Dartmoor Stillness retreat (12-16 May) on 3 April,
citing "unforeseen circumstances with the venue". Your email promised a
full refund of £1,450 within 14 days. It is now 5 June. I have written
three times and received one automated reply.

I paid on my American Express card. If the money is not back on that
card by Friday 14 June I will raise a dispute with Amex and let them
recover it from you.

Oliver Pemberton"""),
("en", "b135-en-supplements-kept-charging-manager", "Tara McAllister <tara.mcallister@example.com>", "STILL CHARGING ME", "billing", "high",
"""I cancelled the monthly magnesium + omega bundle in February. I have
the confirmation email. You have taken £29.99 in March, April AND May.
Three times I've been told on chat that it's "been escalated". It
hasn't.

I want a manager to ring me, not another chat agent. 07700 900 416.
And I want the £89.97 back.

Tara McAllister"""),
("en", "b135-en-re-voucher-small-claims", "Philippa Hurst <philippa.hurst@example.co.uk>", "Re: Your enquiry ref 7731", "billing", "high",
"""No, that is not acceptable.

The voucher was bought as a gift for my sister for a hot stone massage
(£95). Your clinic closed the Harrogate branch before she could use it
and your nearest one is now 60 miles away. I am not asking for an
extension, I am asking for my money back for a service you can no
longer reasonably provide.

If I haven't had a refund within 14 days I will file a claim through the
small claims court online. I have kept all the correspondence.

Philippa Hurst

> Thank you for contacting us. As stated in our terms, gift vouchers are
> non-refundable. We would be happy to extend the voucher by a further
> 6 months as a gesture of goodwill.
>
> Kind regards,
> Client Services"""),
("en", "b135-en-dog-acupuncture-biscuit", "Rachel Tierney <rachel.tierney@example.co.uk>", "Biscuit", "billing", "",
"""Hello Sam,

Sadly we had to let Biscuit go last Tuesday - her kidneys gave up in the
end. Thank you for all the acupuncture, I honestly think it gave her an
extra comfortable year.

Please stop the fortnightly plan for her. I think the next payment is due
on the 20th.

Rachel"""),
# technical
("en", "b135-en-app-crash-appointments", "Arjun Mehta <arjun.mehta@example.co.uk>", "App", "technical", "",
"""This isn't about my payment, that went through fine. The problem is the
booking app crashes every time I tap "My appointments" - it goes white
then closes. iPhone 13, latest update, deleted and reinstalled twice. I
can't see when my next physio-massage is."""),
("en", "b135-en-massage-gun-cuts-out", "Tom Barrett <tom.barrett@example.com>", "Massage gun", "technical", "",
"""The percussion massager I bought from you in March cuts out after about
30 seconds on any speed above 2. Battery shows full. It used to run for
ages. Is there a reset?"""),
("en", "b135-en-reset-email-never", "Niamh Clancy <niamh.clancy@example.ie>", "can't log in", "technical", "",
"""I've asked for a password reset about six times today and the email
never comes. Not in spam either. I can't get into my account to book
the reflexology voucher my mam gave me."""),
("en", "b135-en-juicer-leaks-no-refund", "Gareth Pugh <gareth.pugh@example.co.uk>", "Cold press juicer leaking", "technical", "",
"""Afternoon,

The slow juicer we bought from your Cardiff shop has started leaking
juice out of the bottom of the bowl onto the worktop - everything's
assembled as per the diagram and the silicone seal is in. I don't want
my money back, we use it every morning and love it, I'd just like it to
work properly. Is there a replacement seal or something I can fit?

Gareth"""),
("en", "b135-en-float-water-cold-again", "Hannah Wilde <hannah.wilde@example.co.uk>", "Room 2", "technical", "",
"""Just to let you know the water in float room 2 was freezing again on
Sunday, it was like that two weeks ago too. The heater can't be working
properly. Couldn't relax at all, got out after 20 mins. Could someone
check it before my next booking?"""),
("en", "b135-en-tens-channel-two", "Priya Venkatesh <priya.venkatesh@example.in>", "TENS unit not working properly", "technical", "",
"""Hello team,

The TENS machine purchased from your online store (order no. HW-55812)
is working on channel 1 only. On channel 2 the display is showing the
intensity going up but there is no sensation at all from the pads. I have
interchanged the pads and the wires, same issue is coming on channel 2.

Please advise what to do.

Regards,
Priya V.
Chennai"""),
("en", "b135-en-online-yoga-freezes", "Jen Caldwell <jen.caldwell@example.com>", "Livestream", "technical", "",
"""Your Tuesday and Thursday live vinyasa classes keep freezing on me
every couple of minutes - the audio carries on but the video is stuck.
Netflix and Zoom are fine on the same wifi so I don't think it's my
internet. Using the Chrome browser on a Mac."""),
("en", "b135-en-re-scale-not-syncing", "Lorraine Pike <lorraine.pike@example.co.uk>", "Re: Your order 40918 is on its way", "technical", "",
"""The scale arrived yesterday and weighs me fine, but it won't pair with
the app - it sits on "searching for device" forever. Bluetooth is on and
I've put fresh batteries in.

> Good news! Your order 40918 (Body Composition Smart Scale) is on its
> way and should arrive in 1-2 working days."""),
("en", "b135-en-heated-cushion-brown", "Pauline Greaves <pauline.greaves@example.co.uk>", "Shiatsu cushion", "technical", "high",
"""Good morning,

I've unplugged it now and put it in the garage, but I thought you ought
to know. The heated shiatsu cushion I bought in your shop in December
gave off a smell of hot plastic yesterday evening and when I turned it
over the fabric on the back had gone brown in a patch about the size of
my hand. I was sitting on it at the time.

It's the grey one with the remote on a lead. Should I bring it back?

Mrs P. Greaves"""),
("en", "b135-en-salt-lamp-sparked", "Connor Walsh <connor.walsh@example.ie>", "Salt lamp", "technical", "high",
"""Hi, the salt lamp I got from you last month sparked at the dimmer
switch on the cable when I turned it on this evening, there was a pop
and a bit of a burnt smell. The switch is warm. It's unplugged now. My
kids' bedroom is where it was. Is that model recalled?"""),
("en", "b135-en-clinic-diary-empty", "Practice Manager <manager@riversideosteo.example>", "Nothing showing", "technical", "high",
"""Hi,

Since about 8:15 this morning the diary shows no appointments at all for
any of our four practitioners. Patients are arriving and we've no idea
who's booked with who or what time - we've had to send two people away
already and the phones haven't stopped. The online booking page is
showing every slot as free, so people are double-booking themselves on
top of each other.

We haven't changed anything at our end. Please call the clinic on 0117
496 0521 as soon as you can.

Louise Carter
Practice Manager, Riverside Osteopathy"""),
("en", "b135-en-shop-scales-no-labels", "Wholefoods on the Green <hello@wholefoodsgreen.example>", "Scales", "technical", "high",
"""Morning, the two label scales you installed for our refill bins have
both stopped printing since your update last night. They weigh but the
printer just says "comm error". We can't price anything loose - that's
nuts, grains, oils, most of what we sell - so we're turning people away
at the till on a Saturday. Can someone remote in urgently?
Dev, Wholefoods on the Green, Stroud"""),
("en", "b135-en-sauna-blanket-tingle", "Marcus Hale <marcus.hale@example.com>", "Infrared sauna blanket", "technical", "high",
"""Hey,

Used the infrared sauna blanket for the third time last night and about
ten minutes in I felt a sharp tingling, like a small electric shock,
along my left side where the zip is. Turned it off at the wall straight
away. Happened again, briefly, when I touched the controller afterwards.
The cable looks fine from the outside.

I'm not using it again until I hear from you. Order #US-20931.

Marcus"""),
# general
("en", "b135-en-thanks-osteo-shoelaces", "Brian Kettle <brian.kettle@example.co.uk>", "A big thank you", "general", "",
"""Dear Mr Okonjo,

Just a note to say thank you. When I first hobbled in three weeks ago I
couldn't tie my own shoelaces and my back was killing me. This morning I
walked the dog round the whole reservoir. My wife says I'm unbearable
again now.

Your patience and explanations were first class. I've told the whole
bowls club about you.

With best wishes,
Brian Kettle"""),
("en", "b135-en-urgent-easter-hours", "Kim Lawton <kim.lawton@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - are you open Easter Monday?? Need to get my sourdough starter
flour and the gluten free stuff for my dad before he arrives!!!"""),
("en", "b135-en-earring-float-suite", "Aisling Byrne <aisling.byrne@example.ie>", "Earring", "general", "",
"""Hi, I think I left a small gold hoop earring in the float suite (room
3) on Friday around 6pm, maybe on the shelf by the shower. It was my
granny's so I'd love to get it back if anyone found it.
Aisling"""),
("en", "b135-en-new-address", "Sunil Rao <sunil.rao@example.co.uk>", "Change of address", "general", "",
"""Hello, please update my address on your records to 27 Hollins Road,
Oldham OL8 3DQ, and my mobile to 07700 900 882. Still coming for my
acupuncture every month, just moved house! Sunil"""),
("en", "b135-en-copy-of-notes", "Deborah Platt <deborah.platt@example.com>", "Request for my records", "general", "",
"""Dear Clinic,

I am moving to Leeds and will be registering with a chiropractor there.
Under data protection law I would like a copy of my full clinical notes
and the X-ray reports from my treatment with you between 2021 and now.

An electronic copy by email is fine.

Deborah Platt
DOB 14/03/1979"""),
("en", "b135-en-fun-run-sponsor", "PTA St Bede's <pta@stbedes-primary.example>", "Fun run sponsorship", "general", "",
"""Dear Sir/Madam,

St Bede's Primary PTA is organising a 5k family fun run in Jesmond Dene
on Sunday 22 September to raise money for new playground equipment. We
wondered whether your clinic would be interested in sponsoring a water
station, or perhaps offering a free post-race massage as a raffle prize.
Your logo would go on our banner and programme.

Many thanks for considering it,
Anna Robson
PTA Chair"""),
("en", "b135-en-receptionist-rude", "Glenys Morgan <glenys.morgan@example.co.uk>", "Your receptionist", "general", "",
"""I rang on Monday morning to move my appointment and the young man who
answered was very short with me, sighed loudly twice and put the phone
down before I'd finished saying goodbye. I'm 79 and a little slow on the
phone, I know, but there's no need for that. I've been coming to your
practice for nine years and the staff have always been lovely. I just
thought you should know.

Glenys Morgan"""),
("en", "b135-en-leave-box-porch", "Trevor Lang <trevor.lang@example.com.au>", "Delivery", "general", "",
"""Our place is a bit hidden - it's the blue gate between 14 and 16 down
the side lane. If no one answers please leave the box in the porch
behind the pot plant, not on the street. Thanks, Trev"""),
("en", "b135-en-hello-gelatine-gummies", "Fatima Begum <fatima.begum@example.co.uk>", "Hello", "general", "",
"""Assalamu alaikum, are your children's multivitamin gummies made with
gelatine? If so is it halal or pork? I couldn't find it on the website.
Thank you"""),
("en", "b135-en-retreat-what-to-bring", "Orla Fitzgerald <orla.fitz@example.ie>", "Connemara weekend", "general", "",
"""Hi folks,

I'm booked on the Connemara yoga weekend at the end of the month and
it's my first retreat. A few questions:

- do I need to bring my own mat and blocks?
- is there a hairdryer in the rooms (I know, I know)
- can you get to the house from Clifden without a car?
- what time does check-in start on the Friday?

Thanks a mil,
Orla"""),
("en", "b135-en-order-when-arrive", "Nathan Pierce <nathan.pierce@example.com>", "Order 51277", "general", "",
"""Paid for this last Wednesday, the tracking hasn't moved from "label
created" since. Any idea when it'll actually ship? It's the yoga bolster
and the cork blocks."""),
("en", "b135-en-changing-room-fall-manager", "Helen Barraclough <helen.barraclough@example.co.uk>", "My mother's fall at your float centre", "general", "high",
"""Dear Sir or Madam,

On Saturday my mother (74) slipped on the tiled floor of your changing
area after her float session. There was standing water all the way from
the shower to the benches, no mat and no wet floor sign. She has badly
bruised her hip and wrist, and it could have been far worse.

Your staff were kind but nobody recorded the accident. I would like the
centre manager to contact me directly, and I want to know what is being
done about that floor before someone else is hurt.

Helen Barraclough
07700 900 573"""),
("en", "b135-en-therapist-comments-owner", "Claire Dunmore <claire.dunmore@example.com>", "Complaint - please pass to the owner", "general", "high",
"""I had a deep tissue massage at your Kingston studio on Thursday. During
the session the therapist made several comments about my weight and
what I "should be eating", and carried on after I asked him to stop. I
left feeling humiliated.

I don't want this handled by the front desk. Please pass this to the
owner of the business and have them contact me. I'll give the
therapist's name to them.

Claire Dunmore"""),
# ---------------- Greek ----------------
("el", "b135-el-paketo-osteopathi-efyge", "Δέσποινα Καραγιάννη <despoina.karagianni@example.gr>", "Υπόλοιπο πακέτου", "billing", "",
"""Καλησπέρα σας,

Τον Φεβρουάριο πλήρωσα πακέτο 8 συνεδριών οστεοπαθητικής στο κέντρο σας
στο Χαλάνδρι (360 €). Έχω κάνει τις 3. Μόλις έμαθα ότι ο κ. Αντωνίου,
με τον οποίο έκανα τις συνεδρίες, δεν συνεργάζεται πια μαζί σας, και δεν
θέλω να συνεχίσω με άλλον θεραπευτή.

Θα ήθελα να μου επιστραφεί το ποσό για τις 5 συνεδρίες που δεν έγιναν.
Πείτε μου τι χρειάζεται από μένα.

Με εκτίμηση,
Δέσποινα Καραγιάννη"""),
("el", "b135-el-gl-apodeixeis-asfalistiki", "Nikos Tsakalos <nikos.tsakalos@example.gr>", "apodeixeis", "billing", "",
"""Kalhmera, h asfalistikh mou zhtaei apodeixeis gia tis synedries xeiroprakthkhs
apo Ianouario mexri Aprilio (7 synolika) me to onoma tou giatrou kai thn
hmeromhnia se ka8e mia. Mporeite na mou tis steilete sto mail? Oi
apodeixeis ths tameiakhs pou exw den tis dexontai.
Eyxaristw
Nikos"""),
("el", "b135-el-yoga-metakomisi-kerkyra", "Αγγελική Ρήγα <angeliki.riga@example.gr>", "Μετακόμιση", "billing", "",
"""Γεια σας!

Από τον Ιούνιο μετακομίζουμε οικογενειακώς στην Κέρκυρα για τη δουλειά
του άντρα μου, οπότε δυστυχώς τελειώνουν τα πρωινά μου στο στούντιο. Η
μηνιαία συνδρομή μου (55 €) κόβεται αυτόματα από την κάρτα στις 1 του
μήνα - μπορείτε να τη σταματήσετε μετά την πληρωμή του Μαΐου;

Θα μου λείψετε πολύ!
Αγγελική"""),
("el", "b135-el-gl-diplh-xrewsh-pos", "Stella Pappa <stella.pappa@example.gr>", "xrewsh 2 fores", "billing", "",
"""geia sas, to Savvato psonisa apo to katasthma viologikwn sthn Kalamaria
34,60e kai to pos eixe kollhsei, to perasa 2 fores. sthn trapeza vlepw 2
xrewseis twn 34,60. mporeite na mou epistrepsete th mia? exw thn apodeixh"""),
("el", "b135-el-retreat-pilio-doseis", "Μανωλης Φραγκακης <manolis.fragkakis@example.gr>", "Retreat Πηλιο Σεπτεμβριος", "billing", "",
"""Καλησπερα,

ενδιαφερομαι για το retreat γιογκα στο Πηλιο 18-22 Σεπτεμβριου (780 ευρω
για δικλινο). Γινεται να πληρωσω με πιστωτικη σε 3 ατοκες δοσεις; Και
αν ναι, η προκαταβολη μετραει σαν πρωτη δοση ή ειναι ξεχωριστη;

Ευχαριστω,
Μανωλης Φραγκακης
Ηρακλειο"""),
("el", "b135-el-gl-mitera-efyge-velonismos", "Kostas Vlachos <kostas.vlachos@example.gr>", "programma ths mhteras mou", "billing", "",
"""Kalhspera sas,

h mhtera mou Eleni Vlachou erxotan ka8e evdomada gia velonismo sthn
Patra. Efyge apo th zwh prin deka meres. Exei mhniaio programma pou
xrewnetai sthn karta ths, parakalw stamathste to. An exei plhrw8ei kati
gia ton Iounio pou den 8a xrhsimopoih8ei, as epistrafei ston idio
logariasmo.

Sas eyxaristw gia th frontida pou ths deixate.
Kostas Vlachos"""),
("el", "b135-el-vitamini-d-sfragismeni", "Ελπίδα Σταματοπούλου <elpida.stamat@example.gr>", "Επιστροφή", "billing", "",
"""Καλημέρα, πήρα από το eshop δύο κουτιά βιταμίνη D3 4000 IU (2 x 18,90 €)
και ο γιατρός μου είπε τελικά να πάρω των 1000. Είναι σφραγισμένα. Μπορώ
να τα επιστρέψω και να πάρω πίσω τα χρήματα ή να τα αλλάξω;"""),
("el", "b135-el-foititiki-ekptosi-float", "Ορέστης Λιάπης <orestis.liapis@example.gr>", "Φοιτητική έκπτωση", "billing", "",
"""Δεν είναι τεχνικό θέμα, η κράτηση έγινε κανονικά. Απλώς η φοιτητική
έκπτωση 20% δεν εφαρμόστηκε και πλήρωσα ολόκληρο το float (45 € αντί για
36 €). Έδειξα και πάσο στη ρεσεψιόν. Μπορείτε να μου επιστρέψετε τη
διαφορά;

Ορέστης"""),
("el", "b135-el-xreosi-no-show-sms", "Βασιλική Ζαχαρίου <vasiliki.zachariou@example.gr>", "ΧΡΕΩΣΗ ΧΩΡΙΣ ΛΟΓΟ", "billing", "",
"""ΜΟΥ ΧΡΕΩΣΑΤΕ 25 ΕΥΡΩ ΓΙΑ ΡΑΝΤΕΒΟΥ ΠΟΥ ΤΟ ΑΚΥΡΩΣΑ ΜΕ SMS ΑΠΟ ΤΗΝ
ΠΡΟΗΓΟΥΜΕΝΗ ΜΕΡΑ!!! Έχω και το μήνυμα που σας έστειλα την Τετάρτη στις
10:14 το πρωί, το ραντεβού ήταν Πέμπτη απόγευμα. Θέλω πίσω τα 25 ευρώ.

Β. Ζαχαρίου"""),
("el", "b135-el-gl-dwroepitagh-diafora", "Marilena K. <marilena.k@example.gr>", "Erwthsh", "billing", "",
"""Geia sas! Mou xarisan mia dwroepitagh 50 eurw gia to spa sas, alla
8elw na kanw to masaz me zestes petres pou kanei 75. Ginetai na
plhrwsw th diafora me karta ekei h prepei na einai akrivws to poso ths
dwroepitaghs?"""),
("el", "b135-el-re-timologio-afm-etaireia", "Λογιστήριο <logistirio@aigaio-shipping.example>", "Re: Εταιρικό μασάζ 14/5 - επιβεβαίωση", "billing", "",
"""Καλησπέρα σας,

Ευχαριστούμε για την ημέρα μασάζ γραφείου, οι συνάδελφοι ενθουσιάστηκαν.
Ωστόσο μας στείλατε απόδειξη παροχής υπηρεσιών αντί για τιμολόγιο.
Χρειαζόμαστε τιμολόγιο στην επωνυμία ΑΙΓΑΙΟ ΝΑΥΤΙΛΙΑΚΗ Α.Ε., ΑΦΜ
099999999, ΔΟΥ Πειραιά, για να γίνει η πληρωμή των 640 €.

Με εκτίμηση,
Ιωάννα Πετροπούλου
Λογιστήριο

> Σας επιβεβαιώνουμε την ημέρα μασάζ καρέκλας στα γραφεία σας την
> Τρίτη 14/5, 10:00-16:00, με δύο θεραπευτές. Σας επισυνάπτουμε την
> απόδειξη."""),
("el", "b135-el-retreat-akyrosi-synigoros", "Θεόδωρος Μπακάλης <theodoros.bakalis@example.gr>", "Επιστροφή 1.200 € - ακυρωμένο retreat Νάξου", "billing", "high",
"""Κύριοι,

Το retreat διαλογισμού και γιόγκα στη Νάξο (2-9 Ιουνίου) ακυρώθηκε από
εσάς στις 10 Μαΐου. Στο email ακύρωσης γράφατε ότι το ποσό των 1.200 €
θα επιστραφεί εντός 15 ημερών. Έχουν περάσει πάνω από πέντε εβδομάδες,
σας έχω στείλει τρία μηνύματα και δεν έχω λάβει ούτε μία απάντηση.

Αν δεν δω τα χρήματα στον λογαριασμό μου έως τις 30 Ιουνίου, θα
υποβάλω αναφορά στον Συνήγορο του Καταναλωτή και θα προχωρήσω νομικά.

Θεόδωρος Μπακάλης"""),
("el", "b135-el-syndromi-symplirwmata-ypeythinos", "Ευτυχία Γεωργαντά <eftychia.georganta@example.gr>", "Τέταρτη φορά", "billing", "high",
"""Ακυρωσα τη μηνιαια συνδρομη στα συμπληρωματα (μαγνησιο, ω-3) απο τον
Μαρτιο. Εχω το email επιβεβαιωσης. Παρολα αυτα με χρεωσατε 32,50 τον
Απριλιο και 32,50 τον Μαιο.

Ειναι η τεταρτη φορα που γραφω. Δεν θελω αλλη απαντηση απο το chat.
Θελω να μου τηλεφωνησει ο υπευθυνος του τμηματος και να μου επιστραφουν
τα 65 ευρω.

Ευτυχια Γεωργαντα
6977 000 318"""),
("el", "b135-el-gl-float-pagwsh-trapeza", "Alexandros Dimou <alex.dimou@example.gr>", "syndromh float", "billing", "high",
"""Exw zhthsei pagwsh ths syndromhs mou sto float center apo ton Aprilio
giati xeirourgh8hka ston wmo, kai mou to epivevaiwsate grapta. Paraola
auta me xrewsate 59e ton Aprilio kai 59e ton Maio.

An mexri thn Paraskeyh den ginei epistrofh twn 118e, 8a kanw amfisvhthsh
xrewshs sthn trapeza mou. Den exw allo xrono gia tilefwna.

Alexandros Dimou"""),
# technical
("el", "b135-el-gl-efarmogh-kolaei", "Giorgos Sarantis <giorgos.sarantis@example.gr>", "app", "technical", "",
"""Den einai gia thn plhrwmh, ayth perase kanonika. To app kratisewn kleinei
monh ths otan pataw "Ta rantevou mou", to exw svhsei kai to exw katebasei
ksana. Android, Samsung A54. Den mporw na dw pote einai to epomeno masaz."""),
("el", "b135-el-kodikos-sms-den-erxetai", "Χρυσούλα Δημάκη <chrysoula.dimaki@example.gr>", "Δεν μπορώ να μπω", "technical", "",
"""Καλημέρα, προσπαθώ να μπω στον λογαριασμό μου στο eshop και μου ζητάει
κωδικό που στέλνεται με SMS, αλλά το SMS δεν έρχεται ποτέ. Το πάτησα
πέντε φορές. Ο αριθμός μου είναι σωστός, τον βλέπω στο προφίλ."""),
("el", "b135-el-apoxymotis-thorivos", "Παύλος Ζερβός <pavlos.zervos@example.gr>", "Αποχυμωτής", "technical", "",
"""Γεια σας,

ο αργόστροφος αποχυμωτής που αγοράσαμε από το κατάστημά σας στη Λάρισα
έχει αρχίσει να κάνει έναν δυνατό θόρυβο σαν να τρίβει κάτι και μετά
σταματάει μόνος του, ειδικά με καρότα. Έχει μόλις δύο μήνες. Δεν θέλω
επιστροφή χρημάτων, τον χρησιμοποιούμε κάθε μέρα, θέλω απλώς να
δουλεύει σωστά. Μπορεί να φτιαχτεί;

Παύλος"""),
("el", "b135-el-gl-massage-gun-den-fortizei", "Thanos Mavridis <thanos.mavridis@example.gr>", "pistoli masaz", "technical", "",
"""To pistoli masaz pou phra apo sas prin 3 mhnes den fortizei pleon. Otan to
vazw sto kalwdio anavei ena kokkino lampaki gia 2 deyterolepta kai meta
svhnei. Dokimasa allo fortisth kinhtou kai allh priza, tipota."""),
("el", "b135-el-float-mousiki-den-stamata", "Ηρώ Σταθοπούλου <iro.stathopoulou@example.gr>", "Θάλαμος 1", "technical", "",
"""Ήθελα να σας πω ότι στον θάλαμο επίπλευσης 1 η μουσική δεν σταμάτησε
καθόλου όπως έπρεπε μετά τα πρώτα λεπτά, έπαιζε όλη την ώρα, και το φως
μέσα δεν έσβηνε από το κουμπί. Δεν μπόρεσα να χαλαρώσω καθόλου. Ίσως
να το κοιτάξει κάποιος."""),
("el", "b135-el-eshop-kalathi-adeiazei", "Σωτηρης Αλεξιου <sotiris.alexiou@example.gr>", "eshop", "technical", "",
"""Οταν παταω ολοκληρωση παραγγελιας το καλαθι αδειαζει και με γυρναει στην
αρχικη σελιδα. Το δοκιμασα απο υπολογιστη και απο κινητο. Ηθελα να
παραγγειλω βρωμη, σπορους chia και φυστικοβουτυρο."""),
("el", "b135-el-re-diachytis-wifi", "Ναταλία Κωστοπούλου <natalia.kostopoulou@example.gr>", "Re: Η παραγγελία σας 88213 παραδόθηκε", "technical", "",
"""Ο έξυπνος διαχυτής αιθέριων ελαίων ήρθε, αλλά δεν συνδέεται στο Wi-Fi.
Η εφαρμογή βγάζει «Αποτυχία σύνδεσης» στο 99%. Έχω router της Cosmote,
δοκίμασα και το δίκτυο 2,4 GHz όπως λέει το φυλλάδιο.

> Η παραγγελία σας 88213 παραδόθηκε. Ευχαριστούμε που μας προτιμήσατε!"""),
("el", "b135-el-online-yoga-xoris-ixo", "Λενα Παππα <lena.pappa@example.gr>", "online μαθηματα", "technical", "",
"""Στα online μαθηματα yoga βλεπω κανονικα την εικονα αλλα δεν ακουγεται
τιποτα, ουτε η δασκαλα ουτε η μουσικη. Τα βιντεο στο youtube παιζουν με
ηχο κανονικα απο τον ιδιο υπολογιστη."""),
("el", "b135-el-thermaino-maxilari-kapnos", "Αικατερίνη Βλάχου <aikaterini.vlachou@example.gr>", "Μαξιλάρι μασάζ", "technical", "high",
"""Καλησπέρα σας,

Σας ενημερώνω ότι το θερμαινόμενο μαξιλάρι μασάζ shiatsu που αγόρασα από
εσάς τον Νοέμβριο έβγαλε χθες βράδυ λίγο καπνό από τη ραφή στο πλάι,
ενώ το είχα στη μέση μου στον καναπέ. Το έβγαλα αμέσως από την πρίζα.
Το ύφασμα σε εκείνο το σημείο έχει μαυρίσει.

Δεν το χρησιμοποιώ πια. Τι πρέπει να κάνω;

Αικατερίνη Βλάχου
Βόλος"""),
("el", "b135-el-gl-lampa-tdp-kalwdio", "Babis Georgiou <babis.georgiou@example.gr>", "lampa ypery8rwn", "technical", "high",
"""Kalhspera, h lampa yperythrwn (TDP) pou phrame gia to spiti meta apo
symvoulh tou velonisth, xthes to vrady to kalwdio konta sto fis zestathike
toso poly pou liwse to plastiko kai myrise kamena. Thn kleisame amesws.
Exoume kai mikro paidi sto spiti. Einai asfalhs ayth h lampa h na thn
petaksw?
Mpampis"""),
("el", "b135-el-tameiaki-eshop-katastima", "Βιολογικά Φύλλο <info@viologika-fyllo.example>", "Σύστημα ταμείου", "technical", "high",
"""Καλημέρα,

Από τις 9 το πρωί το πρόγραμμα ταμείου που μας εγκαταστήσατε δεν
επικοινωνεί με την ταμειακή μηχανή. Δεν μπορούμε να κόψουμε ούτε μία
απόδειξη. Έχουμε κλείσει τα δύο ταμεία και εξυπηρετούμε μόνο όσους
έχουν ακριβώς μετρητά με χειρόγραφο, και οι παραγγελίες του eshop
μένουν απλήρωτες.

Παρακαλούμε να μας καλέσει τεχνικός σήμερα: 2310 000 447.

Μιχάλης Τζήκας
Βιολογικά Φύλλο, Θεσσαλονίκη"""),
("el", "b135-el-gl-float-revma-porta", "Dimitra Kalogirou <dimitra.kalogirou@example.gr>", "8alamos 3", "technical", "high",
"""Geia sas, sto xthesino float, otan vghka apo to nero kai akoumphsa to
metalliko xerouli ths portas tou 8alamou 3, me xtyphse reyma, oxi poly
dynata alla to ka8ara. Eipa sthn kopela sth reception alla nomizw oti o
8alamos xrhsimopoih8hke meta kanonika. Kalo 8a htan na to dei kapoios
prin xtyphsei kanenan allon pio asxhma.
Dimitra"""),
("el", "b135-el-klinikh-sms-upenthymiseis", "Γραμματεία Κέντρου Φυσικοθεραπείας <grammateia@kinisi-clinic.example>", "Υπενθυμίσεις", "technical", "high",
"""Καλημέρα,

Από χθες το σύστημα στέλνει στους ασθενείς υπενθυμίσεις ραντεβού με λάθος
ώρα - όλοι παίρνουν «09:00». Σήμερα το πρωί ήρθαν έντεκα άτομα μαζί στις
9, οι θεραπευτές έχουν κενά όλο το απόγευμα και παίρνουμε έναν έναν
τηλέφωνο να εξηγούμε. Αύριο έχουμε πάνω από 60 ραντεβού.

Δεν έχουμε αλλάξει καμία ρύθμιση. Παρακαλώ επικοινωνήστε άμεσα μαζί μας.

Σοφία Ανδρικοπούλου
Γραμματεία"""),
# general
("el", "b135-el-efxaristo-velonisti-imikranies", "Ρένα Λαμπράκη <rena.lamprakh@example.gr>", "Ευχαριστώ", "general", "",
"""Αγαπητή κα Χατζή,

Ήθελα να σας ευχαριστήσω από καρδιάς. Μετά από δέκα χρόνια με ημικρανίες
δύο φορές την εβδομάδα, εδώ και δύο μήνες έχω να πάθω κρίση. Στην αρχή
πήγαινα στον βελονισμό «για να μη λέω ότι δεν δοκίμασα», και τώρα τον
συστήνω σε όλους.

Με εκτίμηση,
Ρένα Λαμπράκη"""),
("el", "b135-el-gl-wrario-15-avgoustou", "Fotini Ch. <fotini.ch@example.gr>", "anoixtoi?", "general", "",
"""Kalhmera, 8a eiste anoixtoi ton Dekapentaygousto h 8a kleisete olh thn
evdomada? Xreiazomai na parw ta xortarika tsai ths giagias prin fygoume
gia to xwrio."""),
("el", "b135-el-xamena-gyalia-pilio", "Σταύρος Κυριακίδης <stavros.kyriakidis@example.gr>", "Γυαλιά οράσεως", "general", "",
"""Καλησπέρα, στο retreat του περασμένου Σαββατοκύριακου στο Πήλιο μάλλον
ξέχασα τα γυαλιά μου (μαύρος σκελετός σε καφέ θήκη), ίσως στην αίθουσα
διαλογισμού ή στο δωμάτιο 4. Αν τα βρήκατε, μπορείτε να μου τα στείλετε
με αντικαταβολή; Μένω στη Νέα Σμύρνη."""),
("el", "b135-el-gl-allagh-thlefwnou", "Vasw Anagnostou <vaso.anagnostou@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, allaksa ari8mo kinhtou, o kainourgios einai 6944 000 512. Kai to
email mou na ginei vaso.anagnostou@example.gr anti gia to palio tou
Yahoo. Gia na mou erxontai swsta ta mhnymata gia ta rantevou. Eyxaristw!"""),
("el", "b135-el-diagrafi-dedomenon", "Άρης Μελετίου <aris.meletiou@example.gr>", "Διαγραφή στοιχείων", "general", "",
"""Κύριοι,

Σύμφωνα με τον ΓΚΠΔ, παρακαλώ να διαγράψετε όλα τα προσωπικά μου
δεδομένα από τα αρχεία σας και από τη λίστα του newsletter, και να μου
επιβεβαιώσετε γραπτώς ότι η διαγραφή έγινε. Δεν έχω εκκρεμή ραντεβού.

Άρης Μελετίου"""),
("el", "b135-el-velonismos-paidia", "Μαρίνα Τσιρίγου <marina.tsirigou@example.gr>", "Ερώτηση για παιδιά", "general", "",
"""Καλησπέρα σας. Κάνετε βελονισμό ή κάτι αντίστοιχο σε παιδιά; Ο γιος μου
είναι 11 και έχει συχνούς πονοκεφάλους, ο παιδίατρος δεν βρήκε κάτι. Αν
ναι, από ποια ηλικία και πόσο κρατάει μια συνεδρία;"""),
("el", "b135-el-gl-xorigia-agwnas-volos", "Syllogos Dromewn Volou <info@dromeis-volou.example>", "xorhgia agwna", "general", "",
"""Kalhspera sas,

o Syllogos Dromewn Volou organwnei ton 3o nyxterino agwna 10 xlm sthn
paralia stis 21 Septemvriou. 8a sas endiefere na ginete xorhgoi, p.x.
me ena stand masaz apokatastashs sto terma? To logotypo sas 8a mpei sta
mplouzakia kai sthn afisa.

Me ektimhsh,
Apostolos Rigas
Proedros"""),
("el", "b135-el-therapeftis-kinito", "Ελένη Καρρά <eleni.karra@example.gr>", "Παράπονο", "general", "",
"""Την Πέμπτη ο θεραπευτής στο ραντεβού μου για μασάζ ήρθε 20 λεπτά
αργότερα χωρίς συγγνώμη και κατά τη διάρκεια σήκωσε δύο φορές το κινητό
του. Δεν είναι αυτό που περιμένει κανείς σε χώρο χαλάρωσης. Σας το γράφω
γιατί μέχρι τώρα ήμουν πολύ ευχαριστημένη από το κέντρο σας."""),
("el", "b135-el-paradosi-koudouni", "Γιαννης Μαυροματης <giannis.mavromatis@example.gr>", "Παραδοση", "general", "",
"""Το κουδουνι της πολυκατοικιας δεν δουλευει. Οταν ερθει ο κουριερ με
την παραγγελια (φαρμακευτικα βοτανα) ας με παρει τηλεφωνο στο 6932 000
174 να κατεβω, ειμαι στον 5ο. Αλλιως αφηστε τη στο περιπτερο στη γωνια."""),
("el", "b135-el-gl-geia-sas-mpares-vegan", "Katerina L. <katerina.l@example.gr>", "Geia sas", "general", "",
"""Geia sas, oi mpares prwteinhs pou exete sto tameio einai vegan? Kai exoun
glouteno? H kori mou exei koiliokaki kai h etiketa einai mono sta
agglika, den katalavainw ti grafei."""),
("el", "b135-el-paraggelia-30458-pote", "Κλεοπάτρα Σιδέρη <kleopatra.sideri@example.gr>", "Παραγγελία 30458", "general", "",
"""Την πλήρωσα την Παρασκευή και ακόμα λέει «σε επεξεργασία». Πότε περίπου
θα φύγει; Είναι το στρώμα βελονισμού και το μαξιλαράκι."""),
("el", "b135-el-skala-retreat-spasmeno-skalopati", "Μιχαήλ Ραφαηλίδης <michail.rafailidis@example.gr>", "Σκάλα προς την παραλία", "general", "high",
"""Καλησπέρα,

Στο ξενοδοχείο του retreat στην Κρήτη, η πέτρινη σκάλα που κατεβαίνει από
την αίθουσα γιόγκα στην παραλία έχει ένα σκαλοπάτι στη μέση που έχει
σπάσει και κουνιέται. Χθες το βράδυ μια κυρία από την ομάδα μας
σκόνταψε και παραλίγο να πέσει στα βράχια. Δεν υπάρχει φως ούτε
σήμανση και τη χρησιμοποιούν όλοι κάθε πρωί στις 6:30.

Θα ήθελα να το δείτε άμεσα.

Μιχαήλ Ραφαηλίδης"""),
("el", "b135-el-gl-reception-diefthynths", "Periklis Anastasiou <periklis.anastasiou@example.gr>", "PARAPONO", "general", "high",
"""Sthn xeiroprakthkh sthn Glyfada xthes h kyria sth reception mou milhse
me apisteyth agenia mprosta se olous giati eixa er8ei 5 lepta noritera,
kai otan zhthsa na milhsw allios mou eipe "an den sas aresei, yparxoun
kai alloi". 

8elw na epikoinwnhsei mazi mou o diey8ynths ths klinikhs, oxi h idia h
reception. 6945 000 230.
Periklis Anastasiou"""),
# ---------------- Spanish ----------------
("es", "b135-es-bono-osteopatia-caducado", "Begoña Arrieta <begona.arrieta@example.es>", "Bono de osteopatía", "billing", "",
"""Buenos días:

En octubre compré un bono de cinco sesiones de osteopatía en vuestro
centro de Chamberí (250 €). He gastado tres. Al llamar para pedir cita
me dicen que el bono caducó a los seis meses y que las dos sesiones que
quedan se pierden.

En ningún momento se me dijo que tuviera caducidad, y en el ticket no
pone nada. Os pido que me dejéis usarlas o que me devolváis los 100 €
correspondientes.

Un saludo,
Begoña Arrieta"""),
("es", "b135-es-mx-factura-cfdi-quiropractico", "Rodrigo Anaya <rodrigo.anaya@example.com.mx>", "Factura", "billing", "",
"""Buenas tardes, me pueden facturar las sesiones de quiropráctica de mayo
(4 sesiones, $1,800 MXN en total)? Mis datos: Rodrigo Anaya Pineda, RFC
AAPR850312XX1, uso de CFDI D01 honorarios médicos, régimen 605, CP
44130. Las pagué con tarjeta en la clínica de Providencia.

De antemano gracias,
Rodrigo"""),
("es", "b135-es-ar-cuotas-retiro-traslasierra", "Florencia Gaitán <flor.gaitan@example.com.ar>", "Retiro de octubre", "billing", "",
"""Hola! Quería consultar por el retiro de yoga y meditación en
Traslasierra del fin de semana largo de octubre. Vi que sale $380.000 en
habitación compartida. ¿Se puede pagar en cuotas sin interés con tarjeta
de crédito? ¿Con qué bancos? Y si pago la seña por transferencia, ¿el
resto lo puedo pasar a la tarjeta?

Mil gracias!
Flor"""),
("es", "b135-es-cobro-doble-herbolario", "Vicent Llorens <vicent.llorens@example.es>", "Cobro duplicado", "billing", "",
"""Hola, el sábado compré en el herbolario de Russafa (27,85 €) y el
datáfono dio error a la primera, así que volví a pasar la tarjeta. En el
banco me aparecen los dos cargos ya confirmados. ¿Me podéis devolver uno?
Tengo el ticket.
Vicent"""),
("es", "b135-es-cl-caja-organica-hijo-valdivia", "Ximena Fuentealba <ximena.fuentealba@example.cl>", "Mi caja semanal", "billing", "",
"""Hola, buenas tardes.

Mi hijo se fue a estudiar a Valdivia y en la casa quedamos solo mi marido
y yo, así que la caja grande de frutas y verduras orgánicas ($32.990) nos
sobra. ¿Me pueden cambiar a la caja chica desde la próxima semana? No
quiero darla de baja, solo achicarla.

Muchas gracias,
Ximena"""),
("es", "b135-es-mx-abuelo-membresia-masajes", "Daniela Treviño <daniela.trevino@example.com.mx>", "Membresía de mi abuelo", "billing", "",
"""Buen día,

Mi abuelo, el Sr. Humberto Treviño Garza, tenía una membresía mensual de
masajes terapéuticos en su sucursal de San Pedro. Lamentablemente
falleció hace dos semanas. La membresía se cobra a su tarjeta el día 5 de
cada mes ($1,450 MXN). Les pido por favor que la cancelen y que no se
haga ningún cargo más.

Quedo atenta a lo que necesiten de mi parte.
Daniela Treviño"""),
("es", "b135-es-esterilla-cambio-grosor", "Lucía Ortega <lucia.ortega@example.es>", "Esterilla", "billing", "",
"""Hola! Me llegó la esterilla de yoga de 4 mm y me he dado cuenta de que
para mis rodillas necesito la de 6. Está sin estrenar, con el plástico.
¿Puedo cambiarla? ¿Tengo que pagar yo el envío de vuelta? La de 6 cuesta
5 € más, no me importa pagar la diferencia."""),
("es", "b135-es-co-acupuntura-subio-precio", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Valor de las sesiones", "billing", "",
"""Buenas tardes,

Llevo desde marzo con acupuntura en la sede de El Poblado y pagué por
adelantado un paquete de 8 sesiones. Ayer en recepción me dijeron que
desde este mes la sesión vale $120.000 y no $90.000 y que tengo que pagar
la diferencia en las 3 que me faltan.

Yo ya pagué el paquete completo al precio de ese momento. Les agradezco
que me confirmen que no tengo que pagar nada más.

Atentamente,
Camilo Restrepo"""),
("es", "b135-es-no-es-web-codigo-descuento", "Maite Goikoetxea <maite.goiko@example.es>", "Código de la newsletter", "billing", "",
"""No es un problema de la web, el pedido se hizo bien. Lo que pasa es que
puse el código BIENVENIDA10 de la newsletter y no me descontó el 10 %,
pagué 64,30 € completos. ¿Me podéis devolver los 6,43 €?

Gracias, Maite"""),
("es", "b135-es-consulta-bizum-masaje", "Álvaro Peña <alvaro.pena@example.es>", "Consulta", "billing", "",
"""Buenas, ¿se puede pagar el masaje con Bizum o solo efectivo y tarjeta?
Voy el jueves a las 19:00."""),
("es", "b135-es-pausa-flotacion-erasmus", "Irene Sáez <irene.saez@example.es>", "Mi cuota", "billing", "",
"""holaa, me voy de erasmus a Lisboa de septiembre a febrero y obviamente
no voy a poder ir a flotar, me podeis congelar la cuota mensual esos
meses y reactivarla a la vuelta?? no quiero perder la tarifa de
estudiante que tengo ahora
gracias!! Irene"""),
("es", "b135-es-ar-retiro-suspendido-defensa-consumidor", "Martín Echeverría <martin.echeverria@example.com.ar>", "Devolución retiro suspendido", "billing", "high",
"""Señores:

El retiro de ayurveda en Villa General Belgrano del 14 al 17 de agosto fue
suspendido por ustedes el 30 de julio. Me prometieron el reintegro de
los $450.000 en un plazo de 10 días hábiles. Pasó más de un mes, mandé
cuatro mails y nadie contesta.

Si esta semana no tengo la plata en mi cuenta, hago la denuncia en
Defensa del Consumidor y arranco con la mediación. Tengo todo guardado.

Martín Echeverría
DNI 28.XXX.XXX"""),
("es", "b135-es-mx-suplementos-gerente-profeco", "Adriana Lozano <adriana.lozano@example.com.mx>", "SIGUEN COBRANDO", "billing", "high",
"""Cancelé la suscripción de colágeno y magnesio desde marzo y tengo el
correo de confirmación. Aun así me cobraron $689 en abril y otros $689 en
mayo. Ya hablé tres veces por chat y siempre me dicen que "ya se
escaló".

Quiero que me llame un gerente, no otro agente, y que me regresen los
$1,378. Si no, pongo la queja en Profeco.

Adriana Lozano
55 0000 4471"""),
("es", "b135-es-re-bono-regalo-contracargo", "Pilar Casanova <pilar.casanova@example.es>", "Re: Su consulta n.º 6613", "billing", "high",
"""No me vale.

Le regalé a mi madre un bono de masaje con piedras calientes (85 €) para
vuestro centro de Logroño, y lo habéis cerrado antes de que pudiera
usarlo. El más cercano está en Zaragoza. No quiero una prórroga, quiero
mi dinero.

Lo pagué con tarjeta. Si en diez días no está devuelto, pido el
contracargo a mi banco y pongo una hoja de reclamaciones.

Pilar Casanova

> Estimada cliente: le recordamos que los bonos regalo no son
> reembolsables. Como gesto comercial podemos ampliar su validez seis
> meses más en cualquiera de nuestros centros.
> Atención al cliente"""),
# technical
("es", "b135-es-app-reservas-no-es-cobro", "Sergio Blanco <sergio.blanco@example.es>", "La app", "technical", "",
"""Esto no va del pago, el cobro está bien. Es que la app de reservas se
queda en la pantalla de carga con el logo y no pasa de ahí desde la
última actualización. La he borrado e instalado otra vez. Android 14,
Xiaomi. No puedo ver mis citas de fisio ni reservar."""),
("es", "b135-es-mx-pistola-masaje-ruido", "Héctor Villanueva <hector.villanueva@example.com.mx>", "pistola de masaje", "technical", "",
"""Que tal, la pistola de masaje que compré hace mes y medio empezó a hacer
un ruido como de algo suelto adentro y vibra de lado, ya no pega derecho.
La uso después de correr, no se ha caído ni nada."""),
("es", "b135-es-ar-mail-contrasena-no-llega", "Nahuel Ibarra <nahuel.ibarra@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, pido recuperar la contraseña y el mail no llega nunca, ni en spam
ni en promociones. ya lo intente como 5 veces. necesito entrar para ver
el turno con la osteopata"""),
("es", "b135-es-extractor-no-arranca-no-devolver", "Rosa Mª Cuesta <rosa.cuesta@example.es>", "Extractor de zumos", "technical", "",
"""Buenas tardes:

El extractor de zumos que compramos en su tienda de Oviedo ha dejado de
arrancar. Se enciende la luz pero el motor no hace nada. La tapa está
bien cerrada, se oye el clic. No quiero que me devuelvan el dinero, me
gusta mucho, solo quiero que vuelva a funcionar. ¿Lo llevo a la tienda o
me lo recogen?

Saludos cordiales,
Rosa Mª Cuesta"""),
("es", "b135-es-sauna-retiro-no-calienta", "Jordi Puig <jordi.puig@example.es>", "Sauna", "technical", "",
"""Hola, estamos en el retiro de la Garrotxa esta semana y la sauna no pasa
de 35 grados desde el lunes. El termostato está al máximo. Nos dijeron
que se iba a mirar pero sigue igual. Por si alguien puede revisarla antes
del fin de semana."""),
("es", "b135-es-cl-electroestimulador-pantalla", "Macarena Soto <macarena.soto@example.cl>", "Electroestimulador", "technical", "",
"""Hola, el electroestimulador TENS/EMS que compré en la web no prende la
pantalla. Le cambié las pilas dos veces (nuevas) y nada, ni una luz.
Pedido 20718. Lo necesito para la rodilla, me lo recomendó el kine."""),
("es", "b135-es-pilates-online-no-disponible", "Carmen Ruiz <carmen.ruiz@example.es>", "Clases online", "technical", "",
"""Buenos días. Desde ayer, al entrar en cualquier clase de pilates online
me sale "Este contenido no está disponible en tu plan", pero tengo el
plan completo y el mes está pagado, eso lo veo en mi perfil. Lo he
probado en el ordenador y en la tablet. Gracias."""),
("es", "b135-es-re-almohada-masaje-no-enciende", "Antonio Márquez <antonio.marquez@example.es>", "Re: Tu pedido 71904 ha sido enviado", "technical", "",
"""Ha llegado la almohada cervical con masaje pero no se enciende. La he
tenido cargando toda la noche con el cable que venía y la luz del
cargador no se pone verde. Al pulsar el botón no pasa nada.

> ¡Tu pedido 71904 está en camino! Recibirás la almohada cervical de
> masaje en 24-48 h."""),
("es", "b135-es-manta-electrica-olor-quemado", "Enriqueta Villar <enriqueta.villar@example.es>", "Manta térmica lumbar", "technical", "high",
"""Buenas tardes:

Les escribo para que lo sepan. La manta térmica lumbar que compré en su
herbolario en noviembre empezó anoche a oler a quemado mientras la tenía
puesta en los riñones. La desenchufé enseguida. Por dentro, a la altura
del cable, la tela se ha puesto marrón y está dura.

No la pienso volver a usar. ¿Qué hago con ella?

Enriqueta Villar
Salamanca"""),
("es", "b135-es-mx-difusor-enchufe-derretido", "Paola Cervantes <paola.cervantes@example.com.mx>", "difusor", "technical", "high",
"""Hola, el difusor de aromaterapia que les compré se calentó muchísimo
anoche y la clavija se derritió un poco en el contacto, el enchufe de la
pared quedó negro. Lo tenía en el cuarto de mi hija prendido para
dormir. Ya lo desconecté y lo saqué. Quiero saber si ese modelo es
seguro porque mi hermana tiene el mismo."""),
("es", "b135-es-ar-sistema-turnos-caido-spa", "Recepción Spa Palermo <recepcion@spapalermo.example>", "Turnos", "technical", "high",
"""Buen día,

Desde las 10 de la mañana el sistema de turnos que nos proveen no muestra
ninguna reserva. Tenemos clientes llegando para masajes que no sabemos
con quién ni a qué hora están, los masajistas están parados y la web
deja reservar cualquier horario, así que se nos están superponiendo
turnos para la tarde. Ya tuvimos que mandar gente a su casa.

No cambiamos nada de nuestro lado. Por favor llámennos al 11 4000 2281.

Luciana Ferraro
Recepción"""),
("es", "b135-es-datafono-herbolario-sabado", "Herbolario La Alcachofa <hola@herbolario-alcachofa.example>", "Datáfono", "technical", "high",
"""Buenos días, el datáfono que nos instalasteis el mes pasado no conecta
desde que abrimos, pone "sin comunicación con el host" todo el rato.
Es sábado, la tienda está llena y la mitad de la gente no lleva efectivo,
se están yendo sin comprar. Necesitamos que alguien lo mire ya.
Ana, Herbolario La Alcachofa (Granada)"""),
("es", "b135-es-cl-camilla-electrica-corriente", "Felipe Araya <felipe.araya@example.cl>", "Camilla eléctrica", "technical", "high",
"""Estimados:

La camilla eléctrica de masajes que compré para mi consulta en Viña da
corriente. Cuando la subo con el pedal y toco la estructura metálica
siento una descarga, no fuerte pero clara. Hoy le pasó también a una
paciente al apoyar la mano en el borde. La desenchufé y no la estoy
usando.

Necesito saber qué hacer, no puedo trabajar sin camilla pero tampoco voy
a arriesgarme.

Felipe Araya
Kinesiólogo"""),
# general
("es", "b135-es-gracias-quiropractica-salvado", "Ramón Iglesias <ramon.iglesias@example.es>", "Gracias, Nuria", "general", "",
"""Hola Nuria,

Solo quería darte las gracias. Llegué con una ciática que me estaba
matando, sin poder ni sentarme en el coche, y hoy he hecho la ruta de
las Médulas con mi nieta. Me has salvado la vida, de verdad. Ya he
mandado a mi cuñado.

Un abrazo,
Ramón"""),
("es", "b135-es-mx-horario-16-septiembre", "Gabriela Ruiz <gabriela.ruiz@example.com.mx>", "Horario", "general", "",
"""Hola! Van a abrir el 16 de septiembre? Quería ir por la tarde a la
tienda de Coyoacán por el té de manzanilla y la miel. Gracias"""),
("es", "b135-es-ar-campera-retiro", "Tomás Ledesma <tomas.ledesma@example.com.ar>", "Me olvidé una campera", "general", "",
"""Hola, cómo andan? Estuve en el retiro del finde en Tandil y me olvidé
una campera verde de North Face, creo que en el salón de meditación o
colgada en el perchero de la entrada. Si la encuentran me avisan? Les
puedo mandar un cadete a buscarla.
Abrazo, Tomás"""),
("es", "b135-es-cambio-apellido-ficha", "Nerea Castillo <nerea.castillo@example.es>", "Cambio de datos", "general", "",
"""Buenas tardes:

Me he divorciado y he vuelto a usar solo mis apellidos. Os agradecería
que en mi ficha de paciente cambiaseis "Nerea Castillo de Vega" por
"Nerea Castillo Morán", y el correo de contacto por este. El resto de
datos sigue igual.

Gracias,
Nerea"""),
("es", "b135-es-historia-clinica-copia", "Joaquín Beltrán <joaquin.beltran@example.es>", "Solicitud de historia clínica", "general", "",
"""Muy señores míos:

En ejercicio de mi derecho de acceso, les solicito copia completa de mi
historia clínica de fisioterapia y osteopatía en su centro de Zaragoza
(2022-2024), incluidas las valoraciones iniciales. Me traslado a Bilbao y
la necesita mi nuevo osteópata. Pueden enviarla por correo electrónico.

Atentamente,
Joaquín Beltrán
DNI 17.XXX.XXX-X"""),
("es", "b135-es-co-acupuntura-fertilidad", "Laura Cardona <laura.cardona@example.com.co>", "Consulta sobre acupuntura", "general", "",
"""Buenas tardes, quisiera saber si tienen acupunturistas con experiencia
en fertilidad. Estamos en tratamiento en una clínica en Medellín y nos
dijeron que podía ayudar. ¿Atienden los sábados?

Muchas gracias."""),
("es", "b135-es-patrocinio-carrera-solidaria", "Club Atletismo Triana <info@atletismotriana.example>", "Patrocinio carrera solidaria", "general", "",
"""Estimados señores:

El Club Atletismo Triana organiza el 10 de noviembre la VI Carrera
Solidaria a favor del banco de alimentos de Sevilla (5 y 10 km). Nos
preguntábamos si estarían interesados en colaborar como patrocinadores,
por ejemplo con una carpa de masajes de recuperación en meta. Su logo
aparecería en camisetas, cartel y redes.

Quedamos a su disposición.
Reciban un cordial saludo,
Manuel Ortiz
Presidente"""),
("es", "b135-es-mx-recepcionista-grosera", "Lorena Espinoza <lorena.espinoza@example.com.mx>", "Trato en recepción", "general", "",
"""Buenas tardes. El viernes llegué a mi cita de reflexología diez minutos
tarde por el tráfico en Insurgentes y la recepcionista me habló de muy
mala manera delante de otras personas, me dijo que "a ver si para la
próxima salgo antes". Entiendo que llegué tarde, pero no era necesario.
Solo quería que lo supieran."""),
("es", "b135-es-entrega-portero", "Eduardo Ferrer <eduardo.ferrer@example.es>", "Entrega del pedido", "general", "",
"""Hola, por las mañanas no hay nadie en casa. Si el repartidor viene antes
de las 14:00 que lo deje al portero, que se llama Paco y está hasta las
dos. Calle Alcalá 212, 3ºB. Gracias."""),
("es", "b135-es-hola-sin-gluten", "Silvia Navarro <silvia.navarro@example.es>", "Hola", "general", "",
"""Hola, las galletas de espelta que tenéis en la tienda de Gràcia, ¿son
aptas para celíacos? En el envase no pone nada de trazas. Gracias!"""),
("es", "b135-es-pedido-48817-cuando-sale", "Iker Zubiri <iker.zubiri@example.es>", "Pedido 48817", "general", "",
"""Lo pagué el martes y sigue en "preparando". ¿Cuándo sale más o menos? Es
la esterilla de corcho y el bolster, me los quiero llevar de vacaciones
el día 20."""),
("es", "b135-es-cl-vidrio-piscina-retiro", "Constanza Pizarro <constanza.pizarro@example.cl>", "Vidrios en la piscina", "general", "high",
"""Hola,

Estamos alojados en el retiro de Pucón con un grupo de doce personas.
Esta mañana encontramos vidrios rotos de una botella alrededor de la
piscina y en los escalones de bajada al agua, justo donde andamos
descalzos antes del yoga. Lo avisamos en recepción a las 8 y a mediodía
seguían ahí. Hay dos niños en el grupo.

Por favor, que alguien lo limpie ahora y que revisen también el agua.

Constanza Pizarro"""),
("es", "b135-es-ar-masajista-comentarios-duenio", "Agustina Molina <agustina.molina@example.com.ar>", "Queja - quiero hablar con la dueña", "general", "high",
"""El martes me atendió un masajista nuevo en la sucursal de Belgrano y
durante toda la sesión hizo comentarios sobre mi cuerpo que me hicieron
sentir muy incómoda. Le pedí que parara y siguió. Me fui antes de
terminar.

No quiero que esto lo maneje la recepción. Quiero hablar con la dueña
del centro o con quien esté a cargo. Espero que me llamen: 11 5000 3392.

Agustina Molina"""),
# ---------------- Polish ----------------
("pl", "b135-pl-zadatek-osteopata-odwolana", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Zadatek za wizytę", "billing", "",
"""Dzień dobry,

przy zapisie na pierwszą wizytę u osteopaty (gabinet na Mokotowie)
wpłaciłam 150 zł zadatku przelewem. Dwa dni przed terminem gabinet sam
odwołał wizytę, bo pan Marek zachorował, i nie zaproponowano nowego
terminu. Minęły trzy tygodnie, a zadatek do mnie nie wrócił.

Proszę o zwrot na konto, z którego przyszedł przelew.

Pozdrawiam
Agnieszka Wróblewska"""),
("pl", "b135-pl-faktura-nip-masaze-firma", "Biuro Kwadrat <biuro@kwadrat-projekt.example>", "faktura", "billing", "",
"""Dzien dobry, prosze o wystawienie faktury za masaze dla naszych
pracownikow z 12.06 (6 osob x 140 zl). Dane: Kwadrat Projekt Sp. z o.o.,
ul. Piotrkowska 118, 90-006 Lodz, NIP 725-000-00-00. Paragon mamy, ale
ksiegowa potrzebuje faktury.
Pozdrawiam, Ewelina Kot"""),
("pl", "b135-pl-raty-retreat-bieszczady", "Michał Zawadzki <michal.zawadzki@example.pl>", "Joga w Bieszczadach", "billing", "",
"""Cześć,

interesuje mnie tygodniowy wyjazd z jogą w Bieszczady w sierpniu (2 400 zł
w pokoju dwuosobowym). Czy mogę rozłożyć to na raty? Zaliczkę 500 zł
mogę wpłacić od razu, resztę wolałbym w dwóch, trzech częściach. Jeśli
się da, to jak to wygląda formalnie?

Michał"""),
("pl", "b135-pl-blik-dwa-razy", "Tomasz Górski <tomasz.gorski@example.pl>", "Podwójna płatność BLIK", "billing", "",
"""Dzień dobry, przy zamówieniu 61402 (herbaty i miód manuka, 89,00 zł)
płatność BLIK najpierw pokazała błąd, więc zapłaciłem drugi raz. W banku
widzę dwie zaksięgowane płatności po 89 zł. Proszę o zwrot jednej.
Tomasz Górski"""),
("pl", "b135-pl-nadgarstek-narty-zamrozenie", "Karolina Duda <karolina.duda@example.pl>", "Karnet", "billing", "",
"""Hej! Złamałam nadgarstek na nartach w Białce i przez najbliższe 6
tygodni żadnych psów z głową w dół :( Czy mogę zamrozić karnet miesięczny
na ten czas, żeby nie przepadł? Płacę co miesiąc kartą, następna
płatność 10-go.
Karolina"""),
("pl", "b135-pl-kot-odszedl-suplement", "Halina Sikora <halina.sikora@example.pl>", "Filemon", "billing", "",
"""Szanowni Państwo,

co miesiąc dostawałam od Państwa suplement na stawy dla kota, płacony z
góry z karty. Nasz Filemon odszedł w zeszłym tygodniu, miał 17 lat.
Proszę więcej nie przysyłać i nie pobierać pieniędzy.

Z poważaniem
Halina Sikora
Kielce"""),
("pl", "b135-pl-zwrot-ashwagandha", "Paweł Kubiak <pawel.kubiak@example.pl>", "zwrot", "billing", "",
"""Dzień dobry, chcę zwrócić dwa opakowania ashwagandhy (2 x 59,90 zł) z
zamówienia 60977 - nieotwarte, z folią. Lekarz odradził mi branie przy
moich lekach. Jak to zrobić i czy zwracacie też koszt wysyłki?"""),
("pl", "b135-pl-akupunktura-podwyzka-pakiet", "Jerzy Lis <jerzy.lis@example.pl>", "Cena zabiegów", "billing", "",
"""Szanowni Państwo,

w lutym opłaciłem z góry pakiet 10 zabiegów akupunktury po 180 zł. Zostały
mi cztery. Wczoraj w recepcji usłyszałem, że od maja zabieg kosztuje
220 zł i mam dopłacić różnicę za pozostałe wizyty.

Pakiet został zapłacony w całości po cenie obowiązującej w dniu zakupu.
Proszę o potwierdzenie, że żadna dopłata nie jest wymagana.

Z poważaniem
Jerzy Lis"""),
("pl", "b135-pl-nie-strona-rabat-senior", "Wanda Jaworska <wanda.jaworska@example.pl>", "Rabat dla seniora", "billing", "",
"""Dzien dobry. Strona dziala dobrze, nie o to chodzi. Mam karte seniora i
na stronie pisze ze jest 10% rabatu, ale przy zakupie w sklepie w
Gdyni pani mi go nie naliczyla (zakupy 146 zl). Czy mozna to jakos
oddac?
Wanda Jaworska"""),
("pl", "b135-pl-pytanie-multisport-floating", "Krzysztof Wieczorek <krzysztof.wieczorek@example.pl>", "Pytanie", "billing", "",
"""Czy na floating można wejść na kartę Multisport albo z dopłatą do niej?
Jeśli nie, to czy można zapłacić kartą na miejscu?"""),
("pl", "b135-pl-odp-faktura-ubezpieczenie", "Dorota Pawlak <dorota.pawlak@example.pl>", "Odp: Potwierdzenie wizyty - chiropraktyk", "billing", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Przy okazji: po wizytach z marca i kwietnia
dostałam tylko paragony, a moje ubezpieczenie zdrowotne zwraca koszty
tylko na podstawie faktury imiennej z opisem usługi. Czy mogą Państwo
wystawić faktury na moje nazwisko za te trzy wizyty (3 x 200 zł)?

Dorota Pawlak

> Potwierdzamy wizytę u chiropraktyka w dniu 18.05 o godz. 16:30.
> W razie rezygnacji prosimy o informację co najmniej 24 h wcześniej."""),
("pl", "b135-pl-retreat-odwolany-rzecznik", "Rafał Nowakowski <rafal.nowakowski@example.pl>", "Zwrot 3 100 zł za odwołany wyjazd", "billing", "high",
"""Szanowni Państwo,

wyjazd z jogą i medytacją na Mazury (5-11 lipca) został przez Państwa
odwołany 12 czerwca. W mailu obiecaliście zwrot całej kwoty, 3 100 zł,
w ciągu 14 dni. Minęło ponad półtora miesiąca, napisałem cztery maile,
zero odpowiedzi.

Jeżeli pieniądze nie wrócą na moje konto do końca tygodnia, sprawę
zgłaszam do Miejskiego Rzecznika Konsumentów i kieruję do sądu.

Rafał Nowakowski"""),
("pl", "b135-pl-subskrypcja-kierownik", "Beata Maciejewska <beata.maciejewska@example.pl>", "CZWARTY RAZ", "billing", "high",
"""Subskrypcję suplementów (magnez + witamina D) anulowałam w marcu, mam
maila z potwierdzeniem. Mimo to w kwietniu i w maju pobraliście po
79,90 zł. Trzy razy pisałam na czacie i za każdym razem słyszę, że
sprawa jest "przekazana dalej".

Nie chcę kolejnego konsultanta. Proszę, żeby zadzwonił do mnie kierownik
działu, i oczekuję zwrotu 159,80 zł.

Beata Maciejewska
tel. 600 000 451"""),
("pl", "b135-pl-voucher-floating-chargeback", "Łukasz Mazurek <lukasz.mazurek@example.pl>", "voucher na floating", "billing", "high",
"""Kupilem zonie voucher na 2 sesje floatingu (320 zl) w Waszym centrum we
Wroclawiu. Zamknieliscie je, zanim go wykorzystala, a najblizsze jest
teraz w Poznaniu. Na maila odpisaliscie tylko, ze vouchery sa
bezzwrotne i mozna go przedluzyc.

Nie chce przedluzenia. Jesli w ciagu 7 dni nie dostane zwrotu, zglaszam
w banku chargeback, bo placilem karta.
Lukasz Mazurek"""),
# technical
("pl", "b135-pl-aplikacja-wylogowuje", "Natalia Kaczmarek <natalia.kaczmarek@example.pl>", "Aplikacja", "technical", "",
"""Nie chodzi o płatność, ta przeszła. Aplikacja do rezerwacji wylogowuje
mnie za każdym razem, gdy próbuję zapisać się na zajęcia jogi - wybieram
termin, klikam "Zapisz" i wraca ekran logowania. iPhone 12, najnowsza
wersja aplikacji."""),
("pl", "b135-pl-link-haslo-wygasl", "Oliwia Szymańska <oliwia.szymanska@example.pl>", "reset hasła", "technical", "",
"""Klikam w link do zmiany hasła od razu po otrzymaniu maila, a strona
pisze "link wygasł". Próbowałam trzy razy, także w innej przeglądarce.
Nie mogę się zalogować do konta w sklepie."""),
("pl", "b135-pl-blender-e2-nie-zwrot", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Blender próżniowy - błąd E2", "technical", "",
"""Dzień dobry,

blender próżniowy, który kupiłem w Waszym sklepie w Krakowie, od kilku
dni po włączeniu pokazuje "E2" i nie rusza. Dzbanek jest dobrze
osadzony, pokrywa zamknięta. Nie chcę oddawać go za pieniądze, robię w
nim koktajle codziennie - chcę tylko, żeby działał. Czy to jest coś, co
mogę sam zresetować?

Grzegorz"""),
("pl", "b135-pl-komora-swiatlo-miga", "Ewa Zielińska <ewa.zielinska@example.pl>", "Komora nr 2", "technical", "",
"""Wczoraj w komorze nr 2 światło migało przez całą sesję i nie dało się
go wyłączyć przyciskiem. Trudno się zrelaksować w stroboskopie ;) Może
ktoś zerknie, zanim przyjdę w przyszłym tygodniu."""),
("pl", "b135-pl-dyfuzor-timer", "Adam Jabłoński <adam.jablonski@example.pl>", "dyfuzor", "technical", "",
"""dyfuzor do olejkow nie wylacza sie po ustawionym czasie (1h), chodzi
az skonczy sie woda. wczesniej timer dzialal. resetowalem wyjmujac z
pradu, bez zmian"""),
("pl", "b135-pl-joga-online-telewizor", "Marta Lewandowska <marta.lewandowska@example.pl>", "Zajęcia online na TV", "technical", "",
"""Dzień dobry, na telewizorze (aplikacja na Android TV) zajęcia jogi online
przerywają się co kilka minut z komunikatem "Błąd odtwarzania 2203". Na
telefonie na tym samym wi-fi działa normalnie. Telewizor Philips, z
zeszłego roku."""),
("pl", "b135-pl-odp-poduszka-pilot", "Ryszard Olszewski <ryszard.olszewski@example.pl>", "Odp: Twoje zamówienie 63310 zostało wysłane", "technical", "",
"""Paczka dotarła, ale pilot od poduszki do masażu shiatsu nie działa -
wymieniłem baterię, nic. Poduszka włącza się tylko przyciskiem z boku i
nie da się zmienić trybu ani wyłączyć grzania.

> Twoje zamówienie 63310 zostało wysłane. Numer przesyłki: 6300 0000
> 1182 4410."""),
("pl", "b135-pl-sklep-platnosc-wraca-koszyk", "Iwona Kamińska <iwona.kaminska@example.pl>", "Nie mogę zapłacić", "technical", "",
"""Dzień dobry, w sklepie internetowym po wybraniu płatności przelewem
online wyskakuje "Coś poszło nie tak" i wraca mnie do koszyka. Próbowałam
wczoraj i dziś, z dwóch banków. Pieniądze nie schodzą z konta, po prostu
nie da się przejść dalej."""),
("pl", "b135-pl-mata-grzewcza-iskry", "Bożena Czarnecka <bozena.czarnecka@example.pl>", "Mata grzewcza", "technical", "high",
"""Dzień dobry,

chciałam poinformować, że mata grzewcza z kamieniami jadeitowymi kupiona
u Państwa w styczniu wczoraj zaiskrzyła przy wtyczce od sterownika, kiedy
ją włączałam. Był trzask i zapach spalenizny, a plastik przy złączu jest
teraz przypalony. Odłączyłam ją od prądu i więcej nie używam.

Co mam z nią zrobić? Czy ten model jest bezpieczny?

Bożena Czarnecka"""),
("pl", "b135-pl-lampa-podczerwien-pekla", "Marek Pietrzyk <marek.pietrzyk@example.pl>", "lampa", "technical", "high",
"""Dzien dobry, zarowka w lampie na podczerwien, ktora kupilem w zeszlym
miesiacu, pekla wczoraj z hukiem po jakichs pieciu minutach swiecenia na
kark. Kawalki szkla polecialy na podloge i na kanape, na szczescie nikt
nie oberwal. Oslona jest, ale szklo przeszlo bokiem. Czy to normalne?
Mam jeszcze jedna zarowke zapasowa w pudelku i wole jej nie wkrecac.
Marek"""),
("pl", "b135-pl-gabinet-grafik-pusty", "Gabinet Masażu Dotyk <recepcja@gabinet-dotyk.example>", "Grafik", "technical", "high",
"""Dzień dobry,

od rana w systemie rezerwacji nie widać żadnych wizyt, grafik wszystkich
pięciu masażystów jest pusty. Klienci przychodzą, a my nie wiemy, kto
jest zapisany do kogo i na którą. Dwie osoby już odesłaliśmy, a strona
dalej przyjmuje rezerwacje na zajęte godziny, więc popołudnie będzie
jeszcze gorsze.

Nic nie zmienialiśmy po naszej stronie. Prosimy o pilny telefon: 22 000
41 19.

Justyna Borkowska
Gabinet Masażu Dotyk"""),
("pl", "b135-pl-floating-pompy-sterownik", "Float Center Gdańsk <kontakt@floatgdansk.example>", "Pompy po aktualizacji", "technical", "high",
"""Dzień dobry,

po nocnej aktualizacji sterownika, który od Państwa mamy, pompy filtracji
we wszystkich trzech komorach stoją i nie da się ich uruchomić z panelu.
Bez filtracji nie możemy wpuścić klientów do wody. Dzisiaj odwołaliśmy
już 28 sesji, jutro mamy komplet.

Proszę o kontakt serwisu jeszcze dziś.

Piotr Adamczyk
Float Center Gdańsk"""),
("pl", "b135-pl-masazer-karku-bateria-spuchla", "Zofia Michalak <zofia.michalak@example.pl>", "Masażer karku", "technical", "high",
"""Dzień dobry. Bezprzewodowy masażer karku, który kupiłam u Państwa w
marcu, zrobił się bardzo gorący podczas ładowania i obudowa wybrzuszyła
się od spodu, jakby bateria spuchła. Wyniosłam go na balkon na metalową
tacę. Jak się go bezpiecznie pozbyć i czy to się zdarza przy tym
modelu?
Zofia Michalak"""),
# general
("pl", "b135-pl-podziekowanie-chiropraktyk", "Anna Grabowska <anna.grabowska@example.pl>", "Podziękowanie dla dr. Nowaka", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować doktorowi Nowakowi. Przyszłam w marcu tak
zablokowana, że nie mogłam odwrócić głowy, żeby cofnąć autem, a ból
dosłownie mnie zabijał. Po czterech wizytach jeżdżę, śpię i wróciłam na
basen. Do tego zawsze wszystko spokojnie tłumaczył.

Serdecznie pozdrawiam
Anna Grabowska"""),
("pl", "b135-pl-pilne-godziny-wigilia", "Jacek Sobczak <jacek.sobczak@example.pl>", "PILNE", "general", "",
"""PILNE!!! do ktorej jestescie otwarci w Wigilie? musze odebrac zamowienie
z kasza i suszonymi grzybami na wieczerze"""),
("pl", "b135-pl-mata-zostawiona-zakopane", "Julia Krawczyk <julia.krawczyk@example.pl>", "Zgubiona mata", "general", "",
"""Hej, po weekendzie z jogą w Zakopanem zostawiłam chyba swoją matę
(fioletowa, z paskiem do noszenia) w sali na poddaszu. Jest szansa, że
ktoś ją odłożył? Mogę zapłacić za wysyłkę do Katowic albo odebrać przy
okazji.
Julka"""),
("pl", "b135-pl-zmiana-telefonu-sms", "Henryk Baran <henryk.baran@example.pl>", "Zmiana numeru", "general", "",
"""Dzien dobry, zmienilem numer telefonu na 512 000 873. Prosze go wpisac
do mojej karty pacjenta, zeby przypomnienia o wizytach u akupunkturzystki
przychodzily na nowy. Henryk Baran"""),
("pl", "b135-pl-rodo-usuniecie", "Sylwia Kowalczyk <sylwia.kowalczyk@example.pl>", "Usunięcie danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie moich danych osobowych z
Państwa bazy klientów i z listy mailingowej oraz o pisemne potwierdzenie
wykonania. Nie mam otwartych zamówień.

Sylwia Kowalczyk"""),
("pl", "b135-pl-osteopata-niemowle", "Magdalena Wojciechowska <magdalena.wojciechowska@example.pl>", "Osteopatia dla niemowlęcia", "general", "",
"""Dzień dobry, czy któryś z Państwa osteopatów przyjmuje niemowlęta? Synek
ma 3 miesiące, położna wspomniała o asymetrii ułożenia głowy i poleciła
skonsultować. Jesteśmy z Wrocławia, najlepiej Krzyki."""),
("pl", "b135-pl-sponsoring-bieg-lodz", "Stowarzyszenie Biegamy Razem <kontakt@biegamyrazem.example>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

Stowarzyszenie Biegamy Razem organizuje 15 września charytatywny bieg na
10 km w parku na Zdrowiu w Łodzi. Szukamy partnerów - może byliby
Państwo zainteresowani strefą masażu regeneracyjnego na mecie? Logo
umieścimy na koszulkach, numerach startowych i w mediach
społecznościowych.

Z pozdrowieniami
Kamil Urban
Koordynator"""),
("pl", "b135-pl-masazystka-telefon", "Joanna Wójcik <joanna.wojcik@example.pl>", "Uwagi po wizycie", "general", "",
"""Dzień dobry, w środę na masażu relaksacyjnym masażystka przez dobre
dziesięć minut rozmawiała z koleżanką przez uchylone drzwi o swoim
weekendzie. Trochę trudno się wtedy wyciszyć. Nie piszę, żeby ktoś miał
nieprzyjemności, po prostu warto o tym wiedzieć."""),
("pl", "b135-pl-paczka-u-sasiadki", "Teresa Dąbrowska <teresa.dabrowska@example.pl>", "dostawa", "general", "",
"""Dzień dobry, jeśli kurier nie zastanie mnie w domu, proszę zostawić
paczkę u sąsiadki pod 5, pani Krysi, ona zawsze jest. Tylko nie w
skrzynce przy furtce, bo tam miód by się ugotował na słońcu."""),
("pl", "b135-pl-dzien-dobry-bialko-weganskie", "Kacper Zając <kacper.zajac@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy białko grochowe o smaku waniliowym jest słodzone
sukralozą czy stewią? I czy jest produkowane w zakładzie, który
przetwarza orzechy? Syn ma alergię."""),
("pl", "b135-pl-zamowienie-55120-kiedy", "Arkadiusz Mróz <arkadiusz.mroz@example.pl>", "Zamówienie 55120", "general", "",
"""Opłacone w poniedziałek, a status od trzech dni "w realizacji". Kiedy
mniej więcej zostanie wysłane? To mata do akupresury i wałek, chciałem
je dać tacie na urodziny w sobotę."""),
("pl", "b135-pl-taras-barierka-retreat", "Magdalena Sowińska <magdalena.sowinska@example.pl>", "Barierka na tarasie", "general", "high",
"""Dzień dobry,

jestem obecnie na turnusie jogi w Waszym ośrodku w Karpaczu. Barierka na
tarasie widokowym, gdzie codziennie o 7 rano mamy zajęcia, jest przy
schodach zupełnie luźna - wczoraj jedna z uczestniczek oparła się o nią
i wygięła się na zewnątrz. Pod spodem jest spory uskok. Nie ma żadnej
taśmy ani informacji.

Prosiłam w recepcji, ale nic się nie zmieniło. Proszę o pilne
zabezpieczenie tego miejsca.

Magdalena Sowińska"""),
("pl", "b135-pl-recepcja-kierownik", "Wojciech Kołodziej <wojciech.kolodziej@example.pl>", "Skarga na recepcję", "general", "high",
"""Wczoraj w Państwa klinice przy ul. Grunwaldzkiej pani w recepcji
zwróciła się do mojego 80-letniego ojca podniesionym głosem przy innych
pacjentach, bo nie potrafił szybko znaleźć skierowania. Kiedy zwróciłem
uwagę, usłyszałem, że "jak się nie podoba, to są inne gabinety".

Żądam rozmowy z kierownikiem placówki. Proszę o telefon: 601 000 288.

Wojciech Kołodziej"""),
]
