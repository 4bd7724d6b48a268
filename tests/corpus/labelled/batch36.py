# batch36.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py and from the learned model so
# that nothing is tuned or trained on them.  Written fresh for each
# language (not translations), mostly from electronics and appliance web
# shops, mobile phone repair, printers and ink, home broadband installers,
# TV and satellite, home security cameras, car dealerships, motorbike
# shops, boat and caravan dealers, drones and cameras.  Covers the failure
# classes -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, business outages told by their consequences, safety hazards told
# calmly, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch12.py; slugs start with "b36-".
M += [
# ---------------- English ----------------
("en", "b36-screen-quote-went-up", "Natalie Chambers <nat.chambers@example.co.uk>", "Collected my phone today", "billing", "",
"""Hi,

I dropped my phone in to your Derby Street branch on Tuesday for a new
screen. The lad on the counter quoted me 89.00 and wrote it on the
ticket. When I picked it up today I was charged 129.00 and told the
"genuine part" costs more. Nobody rang me to ask first, and I'd have
said no thanks to the dearer one.

Can you refund the 40.00 difference to my card please? I've still got
the ticket with 89 written on it.

Natalie"""),
("en", "b36-ink-hold-sabbatical", "Siobhan Kearney <siobhan.kearney@example.ie>", "Ink", "billing", "",
"""Hi there,

I'm heading to Lisbon for six months on a career break from the end of
September and the printer is going into the attic while I'm gone. Is
there a way to put the monthly ink plan (the 4.99 one) on hold until I'm
back in March rather than cancelling it altogether? I'd lose my pages
rollover otherwise I think.

Thanks a million,
Siobhan"""),
("en", "b36-late-husband-sports-package", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

I am writing to let you know that my husband, Ronald Ellison, passed
away on the 2nd of this month. The satellite television is in his name
and he had the sports channels added on for the cricket. I shall not be
watching those, so I should be grateful if you would take them off and
stop the extra 27.00 a month from the next payment.

I would like to keep the ordinary channels, and if the account needs to
be put in my name please tell me what you need from me. I have the death
certificate.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b36-cat-camera-cloud", "Bronwyn Tait <bronwyn.tait@example.com.au>", "Cloud recording", "billing", "",
"""Hi team,

Sad news at our place - Mittens, our old tabby, had to be put to sleep
last Thursday. The little indoor camera was only ever there to keep an
eye on her during the day, so the 30-day cloud recording on it (AUD 7.99
a month) isn't needed any more. Could you stop that one from the next
billing date? The two outdoor cameras stay on the plan they're on.

Cheers,
Bron"""),
("en", "b36-drone-preorder-deposit", "Tyler Brooks <tbrooks@example.com>", "preorder", "billing", "",
"""hey, I put a $200 deposit down on the Falcon Mini 4 preorder back in
March. the ship date has now moved three times and honestly I'm over it.
two options: can the deposit go toward the Mini 3 you have in stock now
(I'd pay the rest), or if I cancel the preorder do I get the full $200
back and how long does that take?"""),
("en", "b36-caravan-finance-settle", "Derek Holloway <derek.holloway@example.co.uk>", "Finance on the Bailey", "billing", "",
"""Morning,

We bought a Bailey Pegasus from your Lincoln site two years ago on your
finance, 60 months. My wife has had a bit of an inheritance and we'd
like to clear what's left in one go. Could you send me a settlement
figure please, and let me know whether there's a charge for paying off
early.

Agreement number is on the letter somewhere, I'll dig it out if you need
it.

Derek Holloway"""),
("en", "b36-hello-tv-emi", "Rohit Malhotra <rohit.malhotra@example.in>", "Hello", "billing", "",
"""Hello,

I am interested in the 65 inch QLED TV listed at Rs 84,990 on your
website. Kindly let me know if no-cost EMI is available on HDFC credit
card for 9 months, and whether the processing fee is charged by you or
the bank. Also if I pay part by UPI and part by card is that possible?

Regards,
Rohit Malhotra
Pune"""),
("en", "b36-camera-body-too-heavy", "Alistair Grant <alistair.grant@example.co.uk>", "Order 70442", "billing", "",
"""Hello,

Just to be clear from the start, there is nothing wrong with the camera
- it works perfectly and the pictures are lovely. The problem is me. I
have arthritis in my hands and the full-frame body is simply too heavy
to hold for a day's walking.

I've had it nine days. Could I send it back and swap it for the smaller
X-E model instead? That's about 300 less, so I'd want the difference
back on my card.

Many thanks,
Alistair Grant"""),
("en", "b36-broadband-debit-after-move", "Ciaran Moloney <ciaran.moloney@example.ie>", "still being charged", "billing", "",
"""Hi,

I moved out of 14 Ashgrove in Tralee at the end of May, rang you, paid
the early exit fee and got an email saying the account was closed. You
have taken 54.99 by direct debit in June AND in July since. I don't have
your service any more, there isn't even anyone living in the house.

Please refund the two payments and make sure nothing else comes out.

Ciaran"""),
("en", "b36-re-service-invoice-company", "Kirsty Barr <kirsty@quickfoot-couriers.example>", "Re: Service booking confirmed - Yamaha Tracer 7", "billing", "",
"""Hi Jamie,

Thanks - Thursday at 8 works. One thing: the bike is a company bike, so
could the invoice be made out to Quickfoot Couriers Ltd (VAT no. GB 123
4567 89) rather than to our rider? And can we pay by bank transfer on
invoice instead of card on collection? Our accounts team prefers that.

Kirsty Barr
Office Manager

On Mon, 9 Sep at 14:22, Jamie Lowther <service@example-motorcycles.co.uk> wrote:
> Hi Kirsty,
>
> Your booking is confirmed for the 12,000 mile service on Thursday
> 12 September, drop-off 8:00am. Estimated cost 265.00 inc. VAT.
>
> Cheers,
> Jamie - Workshop"""),
("en", "b36-boat-sold-storage", "Gareth Pritchard <gareth.pritchard@example.co.uk>", "Seren", "billing", "",
"""Hello all,

We've finally sold Seren (the Fairline, bay 22 in your yard last winter)
to a chap from Pwllheli, so she won't be coming back to you for lifting
out and storage this October. Please don't renew the winter storage
agreement - I think it renews automatically on the 1st.

Thanks for looking after her so well for six winters.

Gareth"""),
("en", "b36-drone-refund-supervisor", "Dana Whitfield <dana.whitfield@example.com>", "RMA 33918 - refund", "billing", "high",
"""I returned the drone (RMA 33918) on August 2nd. UPS shows it signed
for at your warehouse on August 6th. That is five weeks ago. I have
called three times and every time I'm told the refund of $649.00 is
"processing".

I'm done with chat and done with being told to wait. I want this
escalated to a supervisor and I want someone to call me back today with
an actual date the money will be on my card.

Dana Whitfield
(503) 555-0187"""),
("en", "b36-car-deposit-small-claims", "Paul Kennedy <paul.kennedy@example.co.uk>", "Holding deposit - Golf GTD reg ending XKE", "billing", "high",
"""Dear Sirs,

On 14 August I paid a holding deposit of 500.00 by debit card to reserve
the used Golf GTD, registration ending XKE, while my finance was
approved. Your salesman, Mr Doyle, confirmed the deposit was fully
refundable if the finance was declined.

The finance was in fact approved two days later, but when I rang to
arrange collection I was told the car had been sold to another customer.
I have since been told the deposit will be "held as credit" against
another vehicle. I do not want another vehicle.

Please treat this as a letter before action. If the 500.00 is not
returned to my card within 14 days I will issue a claim in the small
claims court without further notice.

Paul Kennedy"""),
("en", "b36-camera-bundle-charged-twice", "Jess Nguyen <jess.nguyen@example.com.au>", "charged twice!!", "billing", "high",
"""Hi,

I ordered the 4-camera outdoor bundle on Sunday (order 51207), one
order, one confirmation email. My card has been charged AUD 349.00
twice. I've messaged your chat twice since Monday and got a "we'll look
into it" both times.

If the second 349 isn't back by Friday I'm lodging a chargeback with my
bank, simple as that.

Jess"""),
("en", "b36-not-billing-cartridge-rejected", "Howard Pike <howard.pike@example.co.uk>", "Cartridges", "technical", "",
"""Good afternoon,

This is not about the bill - the invoice is fine and paid. The trouble
is that the XL black cartridge you sent in my last delivery isn't
accepted by the printer. It says "Cartridge problem - the cartridge
appears to be missing or damaged". The colour ones from the same box
went in fine.

I've taken it out and put it back three times, wiped the little copper
bit with a dry tissue, and switched the printer off and on. Still the
same message.

H. Pike"""),
("en", "b36-broadband-drops-evenings", "Aoife Brennan <aoife.brennan@example.ie>", "Internet every evening", "technical", "",
"""Hi,

Since your lads put in the fibre three weeks ago the internet has been
grand during the day but every evening somewhere between 8 and 10 it
drops out completely for a few minutes, maybe 4 or 5 times a night. The
light on the router goes orange and then comes back green. It's right in
the middle of the kids' homework and my Netflix, so not ideal.

Aoife"""),
("en", "b36-satellite-rain-no-signal", "Keith Barlow <keith.barlow@example.co.uk>", "Lose the telly when it rains", "technical", "",
"""Every time it rains properly the box comes up with "No satellite
signal is being received" and we lose every channel until it dries up.
Before you ask, nothing's changed outside, no new trees, and the dish was
only put up by your installer in April.

Keith"""),
("en", "b36-doorbell-notifications-late", "Marcus Reyes <marcus.reyes@example.com>", "Doorbell alerts", "technical", "",
"""Not the end of the world, but kind of defeats the point: the video
doorbell's motion alerts are showing up on my phone 30 to 40 seconds
after someone has pressed the bell. By the time I open the app the
delivery guy is gone. Wi-Fi at the door is 3 bars. Phone notifications
are set to allow. Any settings I'm missing?

Marcus"""),
("en", "b36-face-id-after-screen", "Priya Venkatesh <priya.venkatesh@example.in>", "Face ID not working after repair", "technical", "",
"""Dear Sir/Madam,

I got the screen of my iPhone replaced at your Indiranagar outlet on
Saturday (job card 7719). The screen is fine but since then Face ID is
not working at all, it says "Face ID is not available, try setting up
later". Before the repair it was working perfectly.

I do not want any refund, I only want it fixed properly. Kindly let me
know when I can bring it back.

Thanks and regards,
Priya Venkatesh"""),
("en", "b36-gimbal-tilted-horizon", "Liam O'Sullivan <liam.osullivan@example.com.au>", "gimbal", "technical", "",
"""G'day, the footage off my drone has the horizon tilted a couple of
degrees to the left on every clip. Done the gimbal calibration in the app
twice on a flat bench, and the "adjust gimbal roll" thing only goes so
far. It was dead level when I got it. Any ideas before I send it in?
Liam"""),
("en", "b36-re-box-login-loop", "Sandra Whitworth <sandra.whitworth@example.co.uk>", "Re: Your case 44120", "technical", "",
"""Hello Ellie,

I did the password reset like you said and the email came through
straight away, I changed it and it said "password updated". But the
iPlayer app on the box still goes back to the sign in screen every time,
and when I type the new password it just goes round in a circle back to
the same screen. The other apps are working.

Sandra

-----Original Message-----
From: Ellie at Customer Care <care@example-tvbox.co.uk>
Sent: 18 October 15:41
Subject: Your case 44120

Dear Sandra,

Sorry to hear the app won't sign you in. Please reset your password
using the link below and then sign in again on the box.

Kind regards, Ellie"""),
("en", "b36-bike-intercom-pairing", "Ben Hollis <ben.hollis@example.co.uk>", "Tracer dash won't pair", "technical", "",
"""Alright,

Picked up my new Tracer from you last Saturday - cracking bike, I'm
dying to get it on a proper run. Only thing is the dash won't pair with
my helmet intercom. Phone pairs fine, but the intercom never shows up in
the list on the dash, even in pairing mode. Intercom pairs with my
phone no problem. Is there a trick to it?

Ben"""),
("en", "b36-caravan-gas-smell", "Janet Moorcroft <janet.moorcroft@example.co.uk>", "New caravan", "technical", "high",
"""Hello,

We collected our caravan from you on Saturday and took it to a site near
Whitby. It is probably nothing, but there's a faint smell of gas inside,
strongest by the cupboard under the hob, and it is there even when the
cooker isn't on. My husband has turned the gas off at the bottle and
we're not using the hob or the heater until we hear from you.

What would you like us to do? We're here until Friday.

Janet Moorcroft"""),
("en", "b36-drone-battery-puffed", "Kevin Osei <kevin.osei@example.com>", "battery question", "technical", "high",
"""Hi, quick question about one of the spare batteries I bought with the
Mini 3 bundle. Took it off the charger this morning and it had got really
hot, and now it's kind of puffed up - the case has split open a bit at
the seam and it won't click into the drone anymore. I've put it outside
on the concrete in a metal bucket for now. Is that the right thing? And
what do I do with it?
Kevin"""),
("en", "b36-cafe-card-machine-offline", "Tom Harding <tom@harbourcafe.example>", "Internet", "technical", "high",
"""Hi,

Since about 7 this morning the card machine says "no connection", the
laptop won't load our online orders, and the router has just the one red
light. We've put a cash only sign on the door and turned away half the
lunch queue. Saturday is our busiest day.

Rebooted everything twice. Please ring me on 07700 900 218.

Tom Harding
Harbour Cafe, Whitstable"""),
("en", "b36-estate-no-broadband", "Niamh Doherty <niamh.doherty@example.ie>", "Clonmore Park", "technical", "high",
"""Hi,

Your contractors were digging up the path at the entrance of Clonmore
Park on Tuesday to put in new ducting. Since that afternoon the whole
estate - about 60 houses - has had no broadband at all. Neighbours are
working from home, there are kids with Leaving Cert study online, and a
few of the older residents have their alarm pendants on the line.

Could someone come out? Nobody seems to have logged it.

Niamh Doherty (residents' association)"""),
("en", "b36-charging-port-sparked", "Arjun Rao <arjun.rao@example.in>", "Phone after battery replacement", "technical", "high",
"""Hello,

I got the battery of my phone replaced at your Koramangala centre last
week. Since then the phone becomes very hot while charging, too hot to
hold, and yesterday night there was a small spark at the charging port
when I plugged the cable in, with a burning smell. I am not charging it
now and it is kept on the balcony.

Please advise what to do. I have the bill.

Arjun Rao"""),
("en", "b36-thanks-same-day-repair", "Chloe Sutton <chloe.sutton@example.co.uk>", "Thank you!", "general", "",
"""Not a complaint for once!

I came into the Headingley shop on Monday in a right state because I'd
dropped my phone in the bath the night before and it had all my daughter's
baby photos on it. Faisal said he couldn't promise anything but he'd try.
He rang me at 4pm - he'd got everything off it and put it on a memory
stick for me. I nearly cried on the phone to him.

Please pass on my thanks. You lot are lifesavers.

Chloe"""),
("en", "b36-anzac-day-showroom", "Graham Pearce <graham.pearce@example.com.au>", "Anzac Day", "general", "",
"""Hi, is the caravan yard at Penrith open on Anzac Day this year, or
from what time? We want to come and have a look at the off-road vans.
Thanks, Graham"""),
("en", "b36-a2-licence-test-ride", "Megan Lloyd <megan.lloyd@example.co.uk>", "Test ride", "general", "",
"""Hi,

I passed my A2 in June and I'm looking at the Trident 660. Can I test
ride one on an A2 licence if it's the restricted version, and do you
have a demo bike at the Cardiff branch? Saturday mornings are best for
me. I'll bring my own kit.

Megan"""),
("en", "b36-lost-bag-demo-day", "Ravi Chandran <ravi.chandran@example.co.uk>", "Demo day on Sunday", "general", "",
"""Hi, I was at the drone demo day at the Reading store on Sunday and I
think I left a small black camera bag on one of the chairs by the flying
cage. It's got a lens cloth, two SD cards and a spare phone charger in
it, nothing valuable but the cards have my holiday photos on. Has anyone
handed it in?

Ravi
07700 900 651"""),
("en", "b36-fridge-delivery-side-door", "Laura Kaminski <laura.kaminski@example.com>", "delivery thursday", "general", "",
"""Hi! For the fridge delivery on Thursday - please don't ring the front
bell, my newborn will (hopefully) be asleep. The side gate will be
unlocked, please come round to the kitchen door and knock. My cell is
(614) 555-0143 if the drivers want to text when they're close.

Thanks!!
Laura"""),
("en", "b36-name-change-warranty", "Ananya Iyer <ananya.iyer@example.in>", "Change of name in account", "general", "",
"""Dear Team,

I got married last month and my surname has changed from Iyer to
Subramanian. Kindly update my name on my customer account and also on
the warranty registration of my washing machine and AC, so that there
is no mismatch if I need service later. Marriage certificate can be
shared if needed.

Thanks & Regards,
Ananya"""),
("en", "b36-subject-access-request", "David Frost <david.frost@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data your
company holds about me, including recordings of my telephone calls to
your customer service line between January and March this year and any
notes made on my account.

My account number is 8810-2246 and my address is 7 Lark Rise,
Banbury OX16 9XX.

Yours faithfully,
David Frost"""),
("en", "b36-regatta-sponsorship", "Orla Fitzgerald <juniors@lough-derg-sc.example>", "Junior regatta", "general", "",
"""Hello,

I look after the junior section at Lough Derg Sailing Club. Our junior
regatta is on 17 August and we usually have about 80 kids sailing. We're
looking for a local business to sponsor the prizes and the
t-shirts - around 600 euro would cover it - and we'd put your logo on
the shirts and the club website.

Would that be of interest to you? Happy to chat.

Orla Fitzgerald"""),
("en", "b36-question-drone-beach", "Shane Walker <shane.walker@example.com.au>", "Question", "general", "",
"""Hi, bought my son the 249g drone from you for his birthday. Does he
need any kind of licence or registration to fly it at the beach at
Coolangatta, or is it fine because it's under 250g? Don't want to get
fined. Cheers"""),
("en", "b36-order-paid-when-ship", "Kayla Morris <kayla.morris@example.com>", "Order 58213", "general", "",
"""URGENT!!!

Paid for order 58213 on Monday (the instant camera, pink) and it still
says "processing". It's for my daughter's birthday on the 20th. When is
it actually going to ship??

Kayla"""),
("en", "b36-photo-walk-rain", "Harold Jennings <harold.jennings@example.com>", "Saturday photo walk", "general", "",
"""Good morning,

I signed up for the free Saturday photo walk along the river that your
store is running. Two questions: does it still go ahead if it rains, and
may I bring my grandson, who is 12 and has his own little camera?

Thank you kindly,
Harold Jennings"""),
("en", "b36-salesman-rude-wife-manager", "Stephen Acheson <stephen.acheson@example.co.uk>", "Your salesman on Saturday", "general", "high",
"""Dear Sir,

On Saturday my wife went to your Belfast showroom on her own to look at
the electric SUV we had been discussing. She tells me the salesman
ignored her for twenty minutes, then asked when "her husband" would be
coming in to talk numbers, and laughed when she asked about the battery
warranty. She left in tears.

We are not small customers - we have bought three cars from you. I want
the sales manager or the dealer principal to call me personally about
this. 07700 900 334.

Stephen Acheson"""),
("en", "b36-forecourt-drain-cover", "Mick Brennan <mick.brennan@example.ie>", "Forecourt", "general", "high",
"""Hi,

Just to let you know, there's a drain cover on your forecourt at the
Naas Road garage, near the used car pitch, that's cracked in half and
tips when you stand on it. My young lad's foot went straight down it
yesterday and he's lucky he didn't break his ankle - he's got a nasty
cut on his shin. Someone's going to get badly hurt there. It wants
coning off at least.

Mick Brennan"""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b36-gl-doseis-xrewstikh", "Stelios K. <stelios.kar@example.gr>", "doseis", "billing", "",
"""kalhspera, 8elw na parw to kinhto pou exete sta 899 euro alla se
doseis. exw mono xrewstikh kart (oxi pistwtikh). ginetai me xrewstikh h
mono me pistwtikh? kai an ginetai posa euro einai to mhna se 12 doseis?
euxaristw"""),
("el", "b36-iris-diplh-plirwmi-episkevi", "Αγγελική Ρουσσάκη <aggeliki.roussaki@example.gr>", "Πληρωμή επισκευής drone", "billing", "",
"""Καλησπέρα σας,

Πλήρωσα μέσω IRIS τα 85 € για την επισκευή του drone (αρ. εργασίας
5531) το Σάββατο το πρωί. Η εφαρμογή της τράπεζας κόλλησε, το
ξαναπάτησα και τελικά βλέπω δύο χρεώσεις των 85 €. Μπορείτε να ελέγξετε
και να μου επιστρέψετε τη μία; Σας επισυνάπτω τα δύο αποδεικτικά.

Ευχαριστώ,
Αγγελική Ρουσσάκη"""),
("el", "b36-paketo-athlitika-gios-germania", "Παναγιώτης Λιάκος <p.liakos@example.gr>", "Συνδρομή", "billing", "",
"""Καλημέρα,

Ο γιος μου έπιασε δουλειά στο Μόναχο και έφυγε την περασμένη εβδομάδα.
Το πακέτο με τα αθλητικά κανάλια το είχαμε βάλει αποκλειστικά για εκείνον
και τον Ολυμπιακό, εγώ δεν βλέπω μπάλα. Θα ήθελα να το κόψετε από τον
επόμενο μήνα και να μείνει μόνο το βασικό πακέτο.

Ο αριθμός συνδρομητή είναι 40077215.

Παναγιώτης Λιάκος"""),
("el", "b36-gl-foyskwto-poylh8hke-fylaxh", "Manolis Xatzakis <manolis.x@example.gr>", "fylaxh xeimwna", "billing", "",
"""Geia sas,

to fouskwto (to Zodiac 5.30 pou to exete kathe xeimwna sthn apo8hkh sas
sth Xalkida) to pou8hsame ton Iouli, opote fetos den 8a to feroume gia
fylaxh. Mhn mas xrewsete to symvolaio fylakshs pou ananewnetai ton
Oktwvrio.

Euxaristoume gia ola ta xronia!
Manolis"""),
("el", "b36-timologio-kameres-katastima", "Ευάγγελος Τσιρίγος <v.tsirigos@example.gr>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Πήρα χθες από το κατάστημα της Λάρισας το σετ με τις 4 κάμερες για το
μαγαζί μου και ο υπάλληλος έκοψε απόδειξη λιανικής αντί για τιμολόγιο.
Μπορείτε να την ακυρώσετε και να εκδώσετε τιμολόγιο στα εξής στοιχεία;

ΤΣΙΡΙΓΟΣ ΕΥΑΓΓΕΛΟΣ - Είδη κιγκαλερίας
ΑΦΜ 045123987, ΔΟΥ Λάρισας
Παπαναστασίου 44, Λάρισα

Ευχαριστώ,
Βαγγέλης Τσιρίγος"""),
("el", "b36-tileorasi-den-xwraei-allagi", "Ρένα Καλογεροπούλου <rena.kalog@example.gr>", "Παραγγελία 61930", "billing", "",
"""Γεια σας,

Η τηλεόραση δεν έχει απολύτως κανένα πρόβλημα, δουλεύει τέλεια. Απλώς
μετρήσαμε λάθος και η 65άρα δεν χωράει στο έπιπλο του σαλονιού, εξέχει
σχεδόν 10 εκατοστά από κάθε μεριά. Δεν την έχουμε βγάλει καν από το
κουτί της.

Μπορούμε να την αλλάξουμε με την ίδια σε 55 ιντσών και να μας
επιστρέψετε τη διαφορά; Αν χρειάζεται να έρθει κούριερ να την πάρει,
πείτε μας τι κάνουμε.

Ρένα"""),
("el", "b36-kouponi-klimatistiko-xoris-tonous", "Χρηστος Μπαλταδωρος <christos.balt@example.gr>", "Κουπονι εκπτωσης", "billing", "",
"""Καλησπερα,

Ειχα κουπονι 10% απο το newsletter σας για τα κλιματιστικα και το
εβαλα στο καλαθι, εγραψε "εφαρμοστηκε" αλλα στο τελος με χρεωσατε
ολοκληρο το ποσο, 649 ευρω. Η παραγγελια ειναι η 73004. Περιμενω
πισω τα 64,90.

Χρηστος"""),
("el", "b36-re-prosfora-mixanis-prokatavoli", "Δημοσθένης Φωτόπουλος <d.fotopoulos@example.gr>", "Re: Προσφορά Honda NC750X", "billing", "",
"""Κύριε Σταματόπουλε καλημέρα,

Ευχαριστώ για την προσφορά, προχωράμε. Θα ήθελα να δώσω την προκαταβολή
των 1.000 € με κάρτα όταν περάσω από την αντιπροσωπεία την Τετάρτη, και
το υπόλοιπο να το εξοφλήσω με το δάνειο από την τράπεζα όταν εγκριθεί.
Γίνεται έτσι ή χρειάζεστε ολόκληρο το ποσό πριν την ταξινόμηση;

Φιλικά,
Δημοσθένης Φωτόπουλος

-----Αρχικό μήνυμα-----
Από: Σταματόπουλος Γιώργος <sales@example-moto.gr>
Στάλθηκε: Δευτέρα, 3 Μαρτίου 12:10
Θέμα: Προσφορά Honda NC750X

Αγαπητέ κύριε Φωτόπουλε,
σας στέλνουμε την προσφορά μας για Honda NC750X DCT, λευκή, τελική τιμή
10.490 € με ταξινόμηση και πρώτο service.
Με εκτίμηση,
Γ. Σταματόπουλος"""),
("el", "b36-gl-cloud-kameres-spiti-mamas", "Eleni Papadaki <elenipapad@example.gr>", "kameres sto spiti ths mamas", "billing", "",
"""Kalhmera,

H mhtera mou mphke se gerokomeio sta Xania ton proigoumeno mhna kai to
spiti ths to poulame. Tis kameres tis eixame valei gia na thn vlepoume
otan htan monh ths. Den xreiazomaste pia to cloud, 5,99 to mhna, ara
parakalw stamathste to apo ton epomeno logariasmo. Tis kameres tis
kratame.

Eleni"""),
("el", "b36-epistrofi-drone-sfragismeno", "Κωνσταντίνος Γερουλάνος <k.geroulanos@example.gr>", "Επιστροφή", "billing", "",
"""Καλησπέρα,

Μου έκαναν δώρο το drone (παραγγελία 70558) αλλά είχα ήδη πάρει το ίδιο
μόνος μου. Είναι ακόμα σφραγισμένο με τη ζελατίνα του. Έχουν περάσει 6
μέρες. Πώς το επιστρέφω και τα χρήματα θα γυρίσουν στην κάρτα της
θείας μου που το πλήρωσε ή σε μένα;

Κώστας"""),
("el", "b36-router-epistrafike-xrewsi", "Σοφια Αλεξιου <sofia.alexiou@example.gr>", "Χρεωση 60 ευρω για router", "billing", "",
"""Καλημερα σας,

Οταν διεκοψα τη συνδεση τον Μαιο, επεστρεψα το router στο καταστημα σας
στο Μαρουσι και μου εδωσαν χαρτι παραλαβης. Στον τελικο λογαριασμο
ομως βλεπω "μη επιστροφη εξοπλισμου 60,00 €". Σας στελνω φωτογραφια
του χαρτιου. Παρακαλω να αφαιρεθει η χρεωση.

Σοφια Αλεξιου"""),
("el", "b36-laptop-epistrofi-synigoros", "Ιωάννης Μαυρίδης <ioannis.mavridis@example.gr>", "Επιστροφή χρημάτων - παραγγελία 58802", "billing", "high",
"""Κύριοι,

Στις 12 Φεβρουαρίου επέστρεψα εντός 14 ημερών το laptop της παραγγελίας
58802 (1.149 €), σύμφωνα με το δικαίωμα υπαναχώρησης. Το παραλάβατε
στις 14/2, όπως φαίνεται στο tracking της εταιρείας κούριερ. Έχει
περάσει πάνω από ένας μήνας και τα χρήματα δεν έχουν επιστραφεί, ενώ
στα τηλέφωνα μου λένε ότι «το αίτημα βρίσκεται σε επεξεργασία».

Αν δεν δω την επιστροφή μέσα σε πέντε εργάσιμες, θα υποβάλω καταγγελία
στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Ιωάννης Μαυρίδης"""),
("el", "b36-gl-melania-diplh-xrewsh-trapeza", "Takis Rallis <takis.rallis@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Pragmatika den exei ksanaginei. Parhggeila ta melania tou ektypwth (to
set 4 xrwmatwn, 74,90) kai me xrewsate DYO fores, 149,80 synolo. Ta
melania hr8an ena set. Egrapsa sto chat thn Paraskeuh kai akoma
perimenw.

An mexri th Deutera den epistrafoun ta 74,90 kanw amfisvhthsh xrewshs
sthn trapeza kai telos.

Takis"""),
("el", "b36-prokatavoli-trochospito-dikigoros", "Αναστασία Κοντού <a.kontou@example.gr>", "Προκαταβολή τροχόσπιτου", "billing", "high",
"""Αξιότιμοι κύριοι,

Τον Ιανουάριο κατέβαλα προκαταβολή 3.000 € για το τροχόσπιτο Adria
Altea 432, με συμφωνημένη παράδοση έως 15 Μαΐου, όπως αναγράφεται στο
συμφωνητικό που υπογράψαμε. Σήμερα είναι 20 Ιουνίου, το τροχόσπιτο δεν
έχει παραδοθεί και κανείς δεν μπορεί να μου δώσει ημερομηνία. Ακυρώσαμε
ήδη τις διακοπές μας.

Ζητώ την επιστροφή της προκαταβολής εντός επτά ημερών. Σε αντίθετη
περίπτωση ο δικηγόρος μου έχει εντολή να κινηθεί νομικά εναντίον της
εταιρείας σας.

Αναστασία Κοντού"""),
("el", "b36-gl-ektypwths-neo-router", "Dimitra Sp. <dimitra.sp@example.gr>", "ektypwths", "technical", "",
"""geia sas, alla3ame router (hr8e o texnikos gia thn inw) kai apo tote o
ektypwths den syndeetai sto wifi. sthn o8onh tou vgazei to neo diktyo,
vazw ton kwdiko kai leei "apotyxia syndeshs". o kwdikos einai swstos,
ta kinhta syndeontai kanonika. ti na kanw?"""),
("el", "b36-fibra-kokkino-lampaki", "Γρηγόρης Αντωνιάδης <g.antoniadis@example.gr>", "Μετά την εγκατάσταση", "technical", "",
"""Καλησπέρα,

Την Πέμπτη ήρθε ο τεχνικός σας και έκανε την εγκατάσταση της οπτικής
ίνας. Όσο ήταν εδώ όλα δούλευαν. Από το Σάββατο το πρωί το λαμπάκι
«PON» στο router αναβοσβήνει κόκκινο και δεν έχουμε καθόλου ίντερνετ.
Κάναμε επανεκκίνηση, ελέγξαμε ότι το καλώδιο είναι καλά κουμπωμένο.

Διεύθυνση: Αγίας Σοφίας 112, Θεσσαλονίκη.

Γρηγόρης Αντωνιάδης"""),
("el", "b36-gl-dekodikopoihths-pagwnei", "Vasilis T. <vasilis.tsak@example.gr>", "dekodikopoihths", "technical", "",
"""Kalhspera. O dekodikopoihths pagwnei h eikona se kapoia kanalia (ta
ntokimanter kyriws) ka8e 5-10 lepta, menei h eikona kolhmenh kai o
hxos synexizei. Sta alla kanalia einai ok. To kanw apo thn Kyriakh.
Ekana epanekkinhsh kai ebgala to reuma. Tipota."""),
("el", "b36-gl-kinhto-kleinei-30", "Marina L. <marina.lamp@example.gr>", "kinhto meta thn allagh mpatarias", "technical", "",
"""Kalhmera sas! Allaksate thn mpataria sto kinhto mou prin 10 meres
sto magazi sas sthn Ermou. Apo tote kleinei mono tou otan ftanei sto 30%
peripou, kai otan to anoigw deixnei 1%. Prin thn allagh ekleine sto 15%
gi auto to efera. Mhpws 8elei ka8arismo h kati?

Marina"""),
("el", "b36-oxi-epistrofi-drone-gps", "Θοδωρής Μηλιώτης <thodoris.miliotis@example.gr>", "Drone - χάνει GPS", "technical", "",
"""Γεια σας,

Να ξεκαθαρίσω από την αρχή: δεν θέλω επιστροφή χρημάτων ούτε άλλο
μοντέλο, το drone μου αρέσει πολύ. Θέλω απλώς να πετάει σωστά.

Σε κάθε δεύτερη πτήση, ενώ έχει 14-15 δορυφόρους στην απογείωση, ξαφνικά
γράφει «αδύναμο σήμα GPS», περνάει σε ATTI και παρασύρεται με τον αέρα.
Έκανα βαθμονόμηση πυξίδας σε ανοιχτό χωράφι μακριά από αυτοκίνητα. Το
firmware είναι το τελευταίο.

Θοδωρής"""),
("el", "b36-efarmogi-kameras-kodikos", "Νικος Βλαχος <nikos.vlachos@example.gr>", "Δεν μπαινω στην εφαρμογη", "technical", "",
"""Καλημερα,

Αλλαξα τον κωδικο στην εφαρμογη των καμερων γιατι μου ζητησε και απο
τοτε δεν μπορω να συνδεθω. Βαζω τον καινουργιο κωδικο, λεει "λαθος
στοιχεια". Εκανα "ξεχασα τον κωδικο", το email επαναφορας δεν ερχεται
ουτε στα ανεπιθυμητα. Ετσι δεν βλεπω τις καμερες του σπιτιου απο
εχθες.

Νικος Βλαχος"""),
("el", "b36-re-carplay-aposyndeetai", "Μαρία Ζαχαρίου <maria.zachariou@example.gr>", "Re: Παράδοση του οχήματός σας", "technical", "",
"""Καλησπέρα κυρία Δήμου,

Το αυτοκίνητο είναι υπέροχο, ευχαριστούμε. Ένα πρόβλημα μόνο: το Apple
CarPlay αποσυνδέεται μόνο του κάθε 5-10 λεπτά, η οθόνη γυρίζει στο
μενού του αυτοκινήτου και μετά από λίγο ξανασυνδέεται. Το έκανα και με
το καλώδιο που μου δώσατε και με άλλο. Με το κινητό του άντρα μου το
ίδιο.

Μαρία Ζαχαρίου

> Αγαπητή κυρία Ζαχαρίου,
> σας ευχαριστούμε που επιλέξατε την αντιπροσωπεία μας. Για οποιαδήποτε
> απορία σχετικά με το νέο σας όχημα είμαστε στη διάθεσή σας.
> Με εκτίμηση,
> Κατερίνα Δήμου, Τμήμα Παραδόσεων"""),
("el", "b36-gl-papaki-den-pairnei-mpros", "Lefteris G. <lefteris.g@example.gr>", "to mhxanaki", "technical", "",
"""Ela geia, phra apo sas to 125ari prin ena mhna. To prwi pou kanei krio
den pairnei mpros me th mia, thelei 5-6 fores mizh kai meta paei
kanonika. Otan einai zesto pairnei amesws. Einai ka8inourgio, den
einai fysiologiko auto. Na to ferw?"""),
("el", "b36-trochospito-priza-mayrise", "Χαράλαμπος Δεληγιάννης <ch.deligiannis@example.gr>", "Πρίζα στο τροχόσπιτο", "technical", "high",
"""Καλημέρα σας,

Το τροχόσπιτο που μας παραδώσατε τον Απρίλιο το έχουμε σε κάμπινγκ στην
Καλαμάτα. Χθες βράδυ μυρίσαμε κάτι σαν καμένο πλαστικό και βρήκαμε την
πρίζα δίπλα στον πάγκο της κουζίνας μαυρισμένη γύρω γύρω και ζεστή,
χωρίς να είναι τίποτα στην μπρίζα. Κατεβάσαμε την παροχή από το κολωνάκι
του κάμπινγκ και είμαστε χωρίς ρεύμα στο τροχόσπιτο.

Πείτε μας πώς να προχωρήσουμε.

Χαράλαμπος Δεληγιάννης
6944 000 312"""),
("el", "b36-gl-trofodotiko-kameras-kapnise", "Aris Moutsos <aris.moutsos@example.gr>", "kamera eisodou", "technical", "high",
"""Kalhspera,

To trofodotiko ths kameras ths eisodou (auth pou topo8ethse o texnikos
sas ton Martio) evgale kapno shmera to apogeuma kai mirise kammeno. To
vgalame apo thn priza, to plastiko exei liwsei apo th mia meria. H
kamera einai sthn pergola, konta sta ksyla. Ti kanoume?

Aris"""),
("el", "b36-kafeteria-pos-ektos-syndesis", "Κατερίνα Σφακιανάκη <info@kafe-limanaki.example>", "Γραμμή καταστήματος", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί το POS γράφει «εκτός σύνδεσης», οι παραγγελίες από το
efood δεν έρχονται στο tablet, και το router έχει όλα τα λαμπάκια
σβηστά εκτός από το power. Έχουμε βάλει χαρτί «μόνο μετρητά» στην πόρτα
και ήδη έχουν φύγει πελάτες. Σε μια ώρα αρχίζει η κίνηση του μεσημεριού.

Κάναμε επανεκκίνηση δύο φορές. Τηλέφωνο 6977 000 451.

Κατερίνα Σφακιανάκη
Καφέ «Λιμανάκι», Ηράκλειο"""),
("el", "b36-polykatoikia-xoris-sima", "Γεώργιος Πετρόπουλος <g.petropoulos@example.gr>", "Κεντρική κεραία πολυκατοικίας", "technical", "high",
"""Καλησπέρα σας,

Είμαι διαχειριστής πολυκατοικίας 24 διαμερισμάτων στον Πειραιά (Ηρώων
Πολυτεχνείου 88). Την Τρίτη ο τεχνικός σας ήρθε να αλλάξει τον
ενισχυτή στην κεντρική δορυφορική κεραία. Από τότε κανένα διαμέρισμα δεν
έχει σήμα, ούτε στα δορυφορικά ούτε στα ελεύθερα κανάλια. Στην
πολυκατοικία μένουν αρκετοί ηλικιωμένοι που η τηλεόραση είναι η μόνη
τους συντροφιά, και με παίρνουν τηλέφωνο συνέχεια.

Παρακαλώ να έρθει κάποιος άμεσα.

Γεώργιος Πετρόπουλος"""),
("el", "b36-fouskoto-timoni-kollise", "Σπύρος Καραμανλής <spyros.karaman@example.gr>", "Τιμόνι φουσκωτού", "technical", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω για κάτι με το φουσκωτό που πήραμε από εσάς τον
Μάιο. Την Κυριακή, στα μισά της διαδρομής από την Αίγινα, το τιμόνι
κόλλησε τελείως - δεν γύριζε ούτε δεξιά ούτε αριστερά. Ευτυχώς η
θάλασσα ήταν ήρεμη και καταφέραμε να γυρίσουμε αργά στρίβοντας τη
μηχανή με το χέρι. Είχαμε και τα δύο παιδιά μαζί.

Το σκάφος είναι δεμένο στη μαρίνα της Αγίας Μαρίνας και δεν το
ξαναβγάζουμε μέχρι να το δείτε.

Σπύρος Καραμανλής"""),
("el", "b36-gl-eyxaristw-texniko-kameres", "Fwteinh Alexandrou <fwteinh.al@example.gr>", "euxaristw", "general", "",
"""Kalhspera! Hr8e shmera o Nikos, o texnikos sas, na topo8ethsei tis
kameres sto spiti ths giagias mou sto Volo. Htan toso eygeniko paidi,
ths ejhghse me ypomonh 3 fores pws na vlepei ta paidia sto kinhto kai
sto telos kathise kai hpie kai kafe mazi ths. Den afhse oute ena
skoupidi. Na to kserete.

Fwteinh"""),
("el", "b36-dekapentavgoustos-ekthesi", "Όλγα Μιχαηλίδου <olga.michailidou@example.gr>", "Ωράριο έκθεσης", "general", "",
"""Καλημέρα, η έκθεση στη Βάρη είναι ανοιχτή στις 14 Αυγούστου; Και τον
Δεκαπενταύγουστο; Θέλουμε να δούμε τα φουσκωτά με τον άντρα μου.
Ευχαριστώ!"""),
("el", "b36-test-drive-ilektriko", "Άγγελος Δημητρίου <angelos.dimitriou@example.gr>", "Δοκιμαστική οδήγηση", "general", "",
"""Καλησπέρα σας,

Σκεφτόμαστε να πάρουμε ηλεκτρικό αυτοκίνητο και μας ενδιαφέρει το
μικρό SUV που έχετε στη βιτρίνα. Μπορούμε να κλείσουμε δοκιμαστική
οδήγηση το Σάββατο το πρωί στο κατάστημα της Πυλαίας; Θα έρθουμε με τη
σύζυγό μου, θα ήθελε να οδηγήσει κι εκείνη.

Άγγελος Δημητρίου
6936 000 778"""),
("el", "b36-gl-3exasa-gyalia-service", "Apostolis N. <apostolis.nik@example.gr>", "gyalia", "general", "",
"""kalhmera, thn Pempth pou perimena sto service na teleiwsei to amaxi
(allagh ladiwn) 3exasa ta gyalia mou, mallon sto trapezaki me ta
periodika dipla sthn kafetiera. mauros skeletos, se mple 8hkh. ta
vrhkate? 8a perasw na ta parw."""),
("el", "b36-gl-paradosi-plyntirio-3os", "Roula Panagiotidou <roula.pan@example.gr>", "Paraggelia 48211", "general", "",
"""Geia sas, gia thn paradosi tou plyntiriou thn Triti: menoume 3o orofo
XWRIS asanser, na to 3erei o odhgos na erthoun dyo atoma. To koudouni
den douleuei, as me parei thlefwno otan ftanei sto 6981 000 223.
Efxaristw polu!!"""),
("el", "b36-allagi-kinitou-epikoinonias", "Παυλος Ντουρος <pavlos.ntouros@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλησπερα. Αλλαξα αριθμο κινητου. Παρακαλω ενημερωστε τα στοιχεια
μου στον λογαριασμο πελατη (αρ. 300412) με το καινουργιο 6945 000 118
και σβηστε το παλιο. Ευχαριστω, Παυλος Ντουρος"""),
("el", "b36-diagrafi-dedomenon-sms", "Ελισάβετ Κουκουλάκη <elisavet.k@example.gr>", "Διαγραφή στοιχείων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (GDPR), ζητώ τη
διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας και τη
διακοπή κάθε διαφημιστικού SMS και email. Δεν έχω αγοράσει τίποτα από
εσάς εδώ και πέντε χρόνια και παρόλα αυτά λαμβάνω μηνύματα σχεδόν κάθε
μέρα.

Παρακαλώ επιβεβαιώστε μου γραπτώς την ολοκλήρωση της διαγραφής.

Ελισάβετ Κουκουλάκη"""),
("el", "b36-xorigia-omada-mpasket", "Α.Σ. Αστέρας Νέας Σμύρνης <info@asteras-ns.example>", "Χορηγία φανέλων", "general", "",
"""Καλησπέρα σας,

Είμαστε ερασιτεχνικός αθλητικός σύλλογος με τμήματα μπάσκετ για παιδιά
8 έως 14 ετών, περίπου 90 παιδιά. Ψάχνουμε χορηγό για τις καινούργιες
φανέλες της σεζόν και σκεφτήκαμε το κατάστημά σας, αφού πολλοί γονείς
είναι πελάτες σας. Το λογότυπό σας θα μπει στην πλάτη της φανέλας και
στη σελίδα μας.

Θα χαρούμε να τα πούμε από κοντά.

Με εκτίμηση,
Μιχάλης Σαββίδης, ταμίας"""),
("el", "b36-gl-erwthsh-drone-eggrafh", "Kostas Fragkos <kostas.fragkos@example.gr>", "erwthsh", "general", "",
"""Geia sas, mia erwthsh prin to agorasw. To mikro drone pou zygizei
kato apo 250 gr prepei na to grapsw kapou (YPA?) h na vgalw diploma gia
na to petaw sthn paralia sth Xalkidikh? Kai mporw na to petaw panw apo
kosmo?"""),
("el", "b36-boat-show-periptero", "Αλέξανδρος Ζερβός <alex.zervos@example.gr>", "Boat show", "general", "",
"""Καλησπέρα, θα είστε στην έκθεση σκαφών στο Φάληρο τον Απρίλιο; Αν ναι,
σε ποιο περίπτερο, και χρειάζεται πρόσκληση για να δούμε τα σκάφη από
μέσα ή μπορούμε να έρθουμε απλώς; Ευχαριστώ, Αλέξανδρος"""),
("el", "b36-den-einai-parapono-politis", "Στελλα Κυριακιδου <stella.kyriakidou@example.gr>", "Δεν ειναι παραπονο", "general", "",
"""Καλησπερα σας,

Επιτελους ενα μηνυμα που δεν ειναι παραπονο! Πηγα στο καταστημα σας
στην Πατρα να παρω κινητο για τον πατερα μου, 82 χρονων. Ο νεαρος, ο
Μιχαλης νομιζω, δεν προσπαθησε να μας φορτωσει το ακριβοτερο, μας ειπε
καθαρα οτι για τηλεφωνα και φωτογραφιες των εγγονιων του αρκει το
φθηνοτερο, και του εβαλε μεγαλα γραμματα. Ο πατερας μου πεθανε στα
γελια με τις ιστοριες του. Μπραβο του.

Στελλα"""),
("el", "b36-ypallilos-fonaxe-patera", "Νικόλαος Σταυρόπουλος <n.stavropoulos@example.gr>", "Συμπεριφορά στο service", "general", "high",
"""Κύριοι,

Την Παρασκευή ο πατέρας μου, 79 ετών, πήγε στο service σας στο Περιστέρι
να ρωτήσει γιατί το αυτοκίνητο δεν ήταν έτοιμο, ενώ του είχατε πει
μεσημέρι. Ο υπάλληλος στην υποδοχή του φώναξε μπροστά σε όλους ότι «δεν
έχει χρόνο για γέρους που δεν καταλαβαίνουν» και του γύρισε την πλάτη.
Ο πατέρας μου γύρισε σπίτι τρέμοντας.

Απαιτώ να επικοινωνήσει μαζί μου ο διευθυντής της αντιπροσωπείας, όχι
το τηλεφωνικό κέντρο.

Νικόλαος Σταυρόπουλος
6932 000 845"""),
("el", "b36-spasmeno-skalopati-ekthesi", "Δέσποινα Αθανασίου <despoina.athanasiou@example.gr>", "Η είσοδος του καταστήματος", "general", "high",
"""Καλημέρα,

Στο κατάστημα στην Κηφισίας, στη δεύτερη είσοδο από το πάρκινγκ, το
μαρμάρινο σκαλοπάτι έχει σπάσει στη γωνία και κουνιέται. Χθες η κόρη
μου (7 χρονών) πάτησε πάνω, έπεσε μπροστά και άνοιξε το γόνατό της. Οι
υπάλληλοι έφεραν κουτί πρώτων βοηθειών, ευγενικοί, αλλά το σκαλί ήταν
ακόμα εκεί χωρίς καμία σήμανση όταν φύγαμε. Κάποιος ηλικιωμένος θα
σπάσει το πόδι του.

Δέσποινα Αθανασίου"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b36-bizum-reparacion-movil", "Irene Sanchís <irene.sanchis@example.es>", "Bizum", "billing", "",
"""Hola! Mañana paso a recoger el móvil que os dejé para cambiarle el
conector de carga (resguardo 2291). ¿Puedo pagar los 55 € por Bizum o
solo aceptáis tarjeta y efectivo? Es que no llevo tarjeta encima
últimamente. Gracias!!"""),
("es", "b36-msi-pantalla-banorte", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "Meses sin intereses", "billing", "",
"""Buenas tardes,

Me interesa la pantalla de 55 pulgadas que tienen en $12,499 MXN. ¿Aplican
los 12 meses sin intereses con tarjeta Banorte o solo con BBVA y
Santander como dice el banner? Y si compro en línea y recojo en la
tienda de Zapopan, ¿se respeta la misma promoción?

Saludos,
Jorge Villaseñor"""),
("es", "b36-cuotas-con-recargo-drone", "Martina Ferreyra <martina.ferreyra@example.com.ar>", "cuotas", "billing", "",
"""Hola, cómo andan. Compré el drone en la web en 6 cuotas "sin interés",
así decía clarito en la publicación, $540.000 total. Ahora me llega el
resumen de la tarjeta y cada cuota es de $102.600, o sea me cobraron
como un 14% de recargo. ¿Me explican? Porque yo no elegí ningún plan
con interés.

Martina"""),
("es", "b36-abuela-residencia-paquete-tv", "Fernando Arrieta <fernando.arrieta@example.es>", "Contrato de D.ª Pilar Ugarte", "billing", "",
"""Buenos días:

Les escribo en nombre de mi abuela, Pilar Ugarte Bengoa, titular del
contrato de televisión por satélite en la calle Urbieta 12, San
Sebastián. Desde el mes pasado vive en una residencia en Hondarribia,
donde ya tienen su propia televisión, y el piso se va a quedar cerrado.

Les ruego que den de baja el servicio y dejen de pasar el recibo a su
cuenta. Tengo poder notarial para gestionar sus asuntos si lo necesitan.

Un saludo,
Fernando Arrieta"""),
("es", "b36-pausar-internet-seis-meses", "Daniela Ocampo <daniela.ocampo@example.com.mx>", "Internet de la casa", "billing", "",
"""Hola, buen día.

Mi esposo y yo nos vamos seis meses a Monterrey por su trabajo, de
septiembre a febrero, y la casa de Puebla se queda sola. No queremos
cancelar el internet porque regresamos y nos costó mucho que nos lo
instalaran, pero tampoco queremos pagar $599 al mes por nada. ¿Se puede
suspender temporalmente y cuánto cuesta?

Gracias,
Daniela Ocampo"""),
("es", "b36-velero-vendido-mantenimiento", "Jaume Ferrer <jaume.ferrer@example.es>", "Brisa", "billing", "",
"""Bon dia,

Por fin hemos vendido el Brisa (el First 27 que teníais en varada en el
puerto de Vilanova) a un señor de Sète, así que ya no necesitamos el
contrato anual de mantenimiento que se renueva el 1 de noviembre. No lo
renovéis, por favor, y si hay alguna parte ya cobrada del año que viene
os agradecería que me la devolvierais.

Gracias por todos estos años.
Jaume"""),
("es", "b36-factura-empresa-autocaravana-cif", "Administracion Rutas Norte <admin@rutasnorte.example>", "Factura alquiler autocaravana", "billing", "",
"""Buenas,

El alquiler de la autocaravana del 3 al 10 de julio (reserva R-5582) lo
hizo un empleado con su tarjeta personal, pero es un gasto de la
empresa. Necesitamos la factura a nombre de:

Rutas Norte Viajes S.L.
CIF B12345678
C/ Uria 40, 33003 Oviedo

No hace falta reembolsar nada, solo cambiar los datos de la factura.
Gracias,
Beatriz - Administracion"""),
("es", "b36-celular-no-falla-cambio-color", "Valentina Restrepo <valentina.restrepo@example.com.co>", "Pedido 40917", "billing", "",
"""Buenas tardes, les cuento: el celular llegó perfecto, prende, carga,
todo bien, no es ninguna falla. El tema es que pedí el azul y mi
hermana lo quería en rosado porque era un regalo de grado. Todavía está
con el plástico. ¿Lo puedo cambiar por el rosado? Vi que el rosado
cuesta $50.000 más, yo pago la diferencia sin problema.

Mil gracias,
Valentina"""),
("es", "b36-re-presupuesto-moto-senal", "Rubén Castaño <ruben.castano@example.es>", "RE: Presupuesto Kawasaki Z650", "billing", "",
"""Hola Marta,

Perfecto, nos quedamos con ella. ¿Os puedo hacer la transferencia de la
señal de 300 € hoy mismo? Pásame el número de cuenta y qué pongo en el
concepto. El resto lo pagaría con la financiación que hablamos, a 48
meses.

Un saludo,
Rubén

De: Marta Gil <ventas@example-motos.es>
Enviado: jueves, 6 de marzo de 2025 18:02
Para: Rubén Castaño
Asunto: Presupuesto Kawasaki Z650

Hola Rubén, te adjunto el presupuesto de la Z650 en verde, 7.890 €
con matriculación y primera revisión incluidas. Para reservarla
necesitamos una señal de 300 €.
Un saludo, Marta"""),
("es", "b36-devolucion-parlante-cuando", "Ignacio Fuentealba <ignacio.fuentealba@example.cl>", "Devolucion parlante", "billing", "",
"""Hola, devolví el parlante bluetooth en la tienda del Mall Plaza Vespucio
hace 12 días porque no me gustó como sonaba, me dijeron que la plata
volvía a la tarjeta en "unos días" y todavía nada. Eran $89.990. ¿Cuánto
se demora normalmente? Gracias"""),
("es", "b36-instalacion-fibra-cobrada", "Lucía Beltrán <lucia.beltran@example.es>", "Primera factura", "billing", "",
"""Buenas tardes,

Contraté la fibra de 600 Mb por teléfono el mes pasado y la comercial
me dijo tres veces que la instalación era gratuita. En la primera
factura me aparece "Alta e instalación: 60,00 €". Quiero que me lo
abonéis en la próxima factura, tal y como se me prometió. La llamada
estará grabada, supongo.

Lucía Beltrán"""),
("es", "b36-senal-coche-financiacion-omic", "Antonio Navarro Ruiz <antonio.navarro.ruiz@example.es>", "Devolución de señal - Seat León", "billing", "high",
"""Muy señores míos:

El 10 de febrero entregué una señal de 1.000 € para la compra de un Seat
León de segunda mano, condicionada —así consta en el documento de
reserva— a que la financiera aprobase el préstamo. La financiera lo
denegó el día 14 y desde entonces me niegan la devolución alegando
"gastos de gestión".

Les doy diez días para devolverme los 1.000 € íntegros. Si no, presentaré
reclamación en la OMIC de Alcalá de Henares y pondré el asunto en manos
de mi abogado.

Antonio Navarro Ruiz
DNI 12345678Z"""),
("es", "b36-doble-cargo-laptop-profeco", "Alejandra Morales <alejandra.morales@example.com.mx>", "Cobro doble", "billing", "high",
"""Buenas noches.

El 2 de mayo compré una laptop en su página (pedido 90215) por $18,999 y
en mi estado de cuenta aparecen DOS cargos por el mismo monto. Ya llamé
tres veces al centro de atención y me dicen que "es una preautorización
que se libera sola". Ya pasaron tres semanas y no se ha liberado nada.

Si esta semana no me reembolsan el segundo cargo voy a desconocerlo con
mi banco y a levantar una queja en PROFECO.

Alejandra Morales"""),
("es", "b36-reintegro-pedido-cancelado-gerente", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "reintegro pedido 77104", "billing", "high",
"""Buenas. Ustedes me cancelaron el pedido del aire acondicionado (77104)
porque "no había stock", no yo. Eso fue hace 35 días. Pagué $1.250.000
por transferencia y todavía no me devolvieron un peso. Cada vez que
llamo me atiende alguien distinto que no sabe nada del tema.

Quiero hablar con un gerente o con quien tenga la autoridad para
resolverlo. No quiero otro número de reclamo.

Gustavo Pereyra
Rosario"""),
("es", "b36-impresora-movil-no-es-factura", "Montserrat Vidal <montse.vidal@example.es>", "Impresora", "technical", "",
"""Hola,

No os escribo por la factura ni por la suscripción de tinta, que eso
está todo bien. Es que desde que actualicé el móvil la impresora ya no
aparece en la app cuando quiero imprimir algo. Desde el ordenador
imprime sin problema, o sea que conectada a la wifi está. He borrado la
app y la he vuelto a instalar. Nada.

Montse"""),
("es", "b36-decodificador-sin-senal-tormenta", "Ramón Huerta <ramon.huerta@example.com.mx>", "Sin señal", "technical", "",
"""Buenas tardes, desde la tormenta del sábado el decodificador dice
"sin señal" en todos los canales. La antena se ve bien desde el patio,
no se movió (o eso parece). Ya desconecté todo y lo volví a conectar.
Mi número de cliente es 5521088.

Ramón Huerta
Querétaro"""),
("es", "b36-celular-reparado-microfono", "Facundo Ledesma <facu.ledesma@example.com.ar>", "el celu que me arreglaron", "technical", "",
"""Hola che, el jueves retiré el celu que les dejé por el vidrio de atrás
roto. Quedó impecable, pero desde ese día cuando hablo por teléfono no
me escuchan, o me escuchan re lejos. Con auriculares anda bien. Antes
de llevarlo el micrófono andaba perfecto. ¿Lo puedo llevar de nuevo
para que lo revisen? Tengo la orden 3308.

Facu"""),
("es", "b36-camara-vision-nocturna-blanca", "Paloma Rivas <paloma.rivas@example.es>", "Cámara del jardín", "technical", "",
"""Buenas noches,

La cámara que nos instalasteis en el jardín graba perfectamente de día,
pero por la noche, cuando pasa a visión nocturna, la imagen sale toda
blanca, como si hubiera niebla. No hay ninguna farola delante ni nada
que le dé luz. La otra cámara, la del garaje, se ve bien de noche.

Gracias,
Paloma"""),
("es", "b36-dron-no-vincula-control", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Drone no conecta", "technical", "",
"""Buen día. Compré el drone la semana pasada en la tienda de Unicentro.
El control no se vincula con el drone, la luz del control se queda
titilando en rojo y en el celular la app dice "aeronave desconectada".
Seguí el video de vinculación paso a paso. Baterías cargadas al 100%.
De pronto es algo de firmware? Le agradezco la ayuda.

Andrés Cárdenas"""),
("es", "b36-re-incidencia-wifi-planta-arriba", "Óscar Romero <oscar.romero@example.es>", "Re: Incidencia 88315", "technical", "",
"""Hola Nuria,

Ya he movido el router al pasillo como me dijiste, a media altura y sin
nada delante. Abajo va genial, pero en la planta de arriba, que es donde
teletrabajo, sigue yendo a 5-10 megas y se corta la videollamada. Antes,
con el router viejo de cobre, arriba iba mejor que ahora. ¿Qué más se
puede hacer? ¿Tenéis algún repetidor que funcione con vuestro router?

Óscar

El mar., 11 feb. 2025 a las 10:20, Nuria (Soporte) <soporte@example-fibra.es> escribió:
> Hola Óscar:
> Prueba a colocar el router en un punto central de la vivienda, en alto
> y lejos de muebles metálicos, y nos cuentas.
> Un saludo, Nuria"""),
("es", "b36-hola-app-alarma-contrasena", "Alvaro Pascual <alvaro.pascual@example.es>", "Hola", "technical", "",
"""Hola, buenas tardes

No puedo entrar en la app de la alarma, me dice "usuario o contraseña
incorrectos". He pedido restablecer la contraseña dos veces, me llega el
correo, la cambio, me dice que se ha cambiado bien y al entrar otra vez
lo mismo. Mi mujer con su usuario si que entra.

Alvaro"""),
("es", "b36-no-quiero-reembolso-refri", "Guadalupe Sánchez <lupita.sanchez@example.com.mx>", "refrigerador", "technical", "",
"""Buenas tardes. Antes que nada, no quiero que me devuelvan el dinero ni
que me lo cambien por otro modelo, ese refri me encantó y me costó mucho
encontrarlo. Nomás quiero que enfríe. Lo instalaron hace dos semanas,
el congelador sí congela pero abajo la leche amanece tibia. Ya le subí
al termostato y dejé pasar 24 horas como dice el manual.

Gracias,
Lupita Sánchez"""),
("es", "b36-lancha-olor-gasolina-sentina", "Borja Echevarría <borja.echevarria@example.es>", "Lancha - consulta", "technical", "high",
"""Hola,

Os comento una cosa de la lancha que nos entregasteis en junio, sin
alarmarme demasiado: después de repostar el sábado en Getxo notamos un
olor fuerte a gasolina al abrir la tapa del motor, y en el fondo de la
sentina había un poco de combustible mezclado con agua. No arrancamos,
ventilamos y la dejamos amarrada en el pantalán.

¿Podéis mandar a alguien a mirarla? No la vamos a usar hasta entonces.

Borja"""),
("es", "b36-moto-nueva-pierde-nafta", "Lucas Giménez <lucas.gimenez@example.com.ar>", "Moto 0km", "technical", "high",
"""Buenas, retiré la moto 0km el viernes en la concesionaria de Córdoba.
Ayer a la tarde la dejé estacionada en la vereda y cuando volví había un
charco de nafta abajo, gotea desde una manguera cerca del motor, justo
arriba del escape. No la volví a arrancar. ¿La pueden venir a buscar o
qué hago?

Lucas Giménez"""),
("es", "b36-consultorio-dental-sin-internet", "Dra. Mariana Treviño <recepcion@consultorio-trevino.example>", "Línea del consultorio", "technical", "high",
"""Buenos días.

Desde las 8:00 no tenemos internet en el consultorio. No podemos abrir
los expedientes de los pacientes, el sistema de radiografías no envía
las imágenes y la terminal no cobra con tarjeta. Tenemos la sala de
espera llena y ya reprogramamos a cuatro pacientes. El módem tiene la
luz de "internet" apagada.

Por favor llámenos al 81 5555 0142.

Dra. Mariana Treviño
Consultorio Dental Treviño, San Pedro Garza García"""),
("es", "b36-poligono-sin-linea-cuadrilla", "Javier Lozano <javier.lozano@talleres-lozano.example>", "Avería polígono Los Olivos", "technical", "high",
"""Buenos días:

Ayer por la tarde una cuadrilla vuestra estuvo abriendo una arqueta en
la calle C del polígono Los Olivos (Getafe). Desde entonces ninguna de
las naves de la calle tiene fibra: somos al menos catorce empresas. No
podemos facturar, los TPV no funcionan y los pedidos de clientes no
entran. Hemos hablado entre vecinos y nadie tiene línea.

¿Tenéis ya constancia de la avería y hora estimada de reparación?

Javier Lozano
Talleres Lozano"""),
("es", "b36-camara-bebe-adaptador-quemado", "Carolina Jaramillo <carolina.jaramillo@example.com.co>", "Cámara del bebé", "technical", "high",
"""Hola, buenas noches.

Les escribo por la cámara de monitoreo del bebé que les compré hace un
mes. Anoche noté que el adaptador de corriente estaba muy caliente, casi
no se podía tocar, y esta mañana olía a quemado cerca del enchufe, que
está al lado de la cuna. Ya lo desconecté y lo tengo guardado en la
cocina. ¿Qué debo hacer?

Carolina Jaramillo
Medellín"""),
("es", "b36-gracias-antenista", "Encarna López <encarna.lopez@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes,

Quería dar las gracias al chico que vino el martes a instalar la parabólica,
Sergio se llamaba. Tengo 81 años y vivo sola, y además de dejarlo todo
funcionando me apuntó en un papel con letra bien grande cómo cambiar de
canal y cómo poner los subtítulos. Y no dejó ni una mota de polvo. Que
se lo digan a su jefe.

Encarna López
Calatayud"""),
("es", "b36-horario-agencia-domingo", "Héctor Salinas <hector.salinas@example.com.mx>", "Horario", "general", "",
"""Buenas, ¿la agencia de Periférico Sur abre los domingos? Queremos ir a
ver las camionetas en familia pero entre semana no podemos. Gracias."""),
("es", "b36-prueba-manejo-sabado", "Sofía Benedetti <sofia.benedetti@example.com.ar>", "Prueba de manejo", "general", "",
"""Hola, ¿qué tal? Estamos entre el hatchback y el sedán y queríamos
probarlos antes de decidir. ¿Se puede reservar una prueba de manejo el
sábado a la mañana en la sucursal de Palermo? Si tienen los dos
disponibles, mejor, así los comparamos el mismo día.

Gracias!
Sofi"""),
("es", "b36-carpeta-olvidada-concesionario", "Enrique Salvador <enrique.salvador@example.es>", "Me dejé una carpeta", "general", "",
"""Buenos días,

Ayer por la tarde estuve en el concesionario de Valencia mirando
coches con Raúl y creo que me dejé una carpeta azul encima de su mesa,
con la documentación de mi coche actual (ficha técnica y permiso de
circulación). ¿La habéis encontrado? Me pasaría a recogerla esta tarde.

Enrique Salvador
600 000 331"""),
("es", "b36-entrega-conserje", "Francisca Muñoz <francisca.munoz@example.cl>", "despacho lavadora", "general", "",
"""Hola, para el despacho de la lavadora del jueves: vivo en depto, piso
11, y ese día trabajo hasta tarde. Pueden dejársela al conserje, don
Luis, que ya está avisado, y él les abre la bodega del primer piso.
Muchas gracias!"""),
("es", "b36-actualizar-datos-garantia", "Mercè Puig <merce.puig@example.es>", "Actualizar mis datos", "general", "",
"""Hola,

Me he mudado y he cambiado de teléfono. ¿Podéis actualizar mis datos en
vuestra ficha de cliente y en el registro de la garantía del lavavajillas,
para que las cartas y los avisos del servicio técnico me lleguen bien?

Nueva dirección: C/ Sant Pere 18, 3º 2ª, 17001 Girona
Teléfono: 600 000 447

Gracias,
Mercè Puig"""),
("es", "b36-imagenes-camaras-aparcamiento", "Pablo Iglesias Otero <pablo.iglesias.otero@example.es>", "Solicitud de grabaciones", "general", "",
"""Buenos días:

El sábado 12 dejé mi coche en el aparcamiento de clientes de su
concesionario en Vigo entre las 10:30 y las 12:00 y al volver tenía el
lateral derecho rayado. Como hay cámaras en el aparcamiento, les
solicito que conserven las imágenes de esa franja y me indiquen cómo
puedo acceder a ellas o facilitárselas a mi aseguradora.

Matrícula 1234 KLM.

Atentamente,
Pablo Iglesias Otero"""),
("es", "b36-patrocinio-torneo-futbol", "Liga Infantil Las Águilas <contacto@aguilas-futbol.example>", "Patrocinio", "general", "",
"""Buen día,

Somos una liga de futbol infantil en Tlaquepaque con 16 equipos, niños
de 6 a 12 anos. En noviembre hacemos el torneo de fin de temporada y
buscamos patrocinadores para los trofeos y las playeras. Pensamos en
ustedes porque su tienda esta a dos cuadras de la cancha.

Si les interesa con gusto les platicamos las opciones.

Atentamente,
Profe Rogelio Medina"""),
("es", "b36-pregunta-curso-dron-aesa", "Nerea Gallardo <nerea.gallardo@example.es>", "Pregunta", "general", "",
"""Hola, una pregunta: ¿hacéis cursos para sacarse el certificado de
piloto de dron de la AESA, o sabéis dónde los hacen en Zaragoza? Estoy
pensando en comprar uno para fotos de bodas y quiero hacerlo todo en
regla. Gracias!"""),
("es", "b36-no-es-reclamo-felicitaciones", "Horacio Bustos <horacio.bustos@example.com.ar>", "No es un reclamo", "general", "",
"""Buenas tardes,

Tranquilos que esto no es un reclamo. Les escribo para felicitar al
muchacho de la sucursal de Mar del Plata, Nahuel, que me vendió la
cámara. Le dije que era para mi nieta que arranca fotografía y, en
lugar de venderme la más cara, me recomendó una usada en muy buen estado
y me explicó todo con una paciencia bárbara. Ahora mi nieta no la suelta.

Saludos cordiales,
Horacio Bustos"""),
("es", "b36-salon-nautico-stand", "Xavier Roig <xavier.roig@example.es>", "Saló Nàutic", "general", "",
"""Hola, ¿este año vais a estar en el Salón Náutico de Barcelona? Si es
así, ¿en qué muelle está vuestro stand y hace falta cita para ver los
semirrígidos por dentro o se puede ir directamente? Gracias, Xavi"""),
("es", "b36-vendedor-grosero-gerente", "Patricia Luna <patricia.luna@example.com.mx>", "Atención en su sucursal de Satélite", "general", "high",
"""A quien corresponda:

Ayer fui con mi mamá, que usa silla de ruedas, a la sucursal de Plaza
Satélite a ver celulares. El vendedor nos dijo que "si no íbamos a
comprar no estorbáramos el pasillo" y luego se burló de mi mamá con su
compañero cuando pensó que no lo escuchábamos. Nunca me habían tratado
así en ninguna tienda.

Quiero que el gerente de la sucursal o alguien de la dirección me
contacte. Esto no se puede quedar así.

Patricia Luna
55 5555 0198"""),
("es", "b36-cristales-zona-ninos-tienda", "Raquel Domínguez <raquel.dominguez@example.es>", "Zona infantil tienda Nervión", "general", "high",
"""Hola:

Esta tarde, en la zona de consolas de vuestra tienda de Nervión, donde
dejáis a los niños jugar con las demos, había trozos de cristal de una
vitrina rota en la moqueta, debajo de los pufs. Mi hijo se ha cortado
un poco en la mano al sentarse. Se lo dije a una dependienta y me
contestó que ya lo sabían desde por la mañana. Los niños seguían
jugando allí cuando nos fuimos.

Raquel Domínguez"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b36-blik-naprawa-telefonu", "Magdalena Sroka <magdalena.sroka@example.pl>", "Płatność za naprawę", "billing", "",
"""Dzień dobry,

jutro odbieram telefon z wymiany baterii (zlecenie 6614, 189 zł). Czy
mogę zapłacić BLIKIEM w punkcie, czy tylko gotówką lub kartą? I czy
dostanę od razu paragon, bo telefon jest służbowy i muszę się rozliczyć.

Pozdrawiam
Magda Sroka"""),
("pl", "b36-raty-zero-telewizor", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Raty 0%", "billing", "",
"""Dzień dobry. Interesuje mnie telewizor 65 cali za 4299 zł. Na stronie
jest napisane „raty 0%”. Na ile rat można to rozłożyć, czy jest jakaś
opłata za udzielenie kredytu i czy trzeba przynieść zaświadczenie o
dochodach? Jestem emerytem.

Z poważaniem
Zbigniew Pawlak"""),
("pl", "b36-babcia-internet-przeprowadzka", "Kacper Wilk <kacper.wilk@example.pl>", "umowa na internet babci", "billing", "",
"""Dzien dobry,

babcia (Stanislawa Wilk, ul. Lipowa 7, Tarnow) przeprowadzila sie do
nas na stale, bo juz sama sobie nie radzi. Jej mieszkanie bedzie
wynajete, a nowy lokator ma swoj internet. Prosze o rozwiazanie jej
umowy i informacje, ile wynosi oplata, jesli umowa jeszcze trwa.
Mam upowaznienie od babci na pismie.

Kacper Wilk"""),
("pl", "b36-kamper-sprzedany-pakiet-serwisowy", "Ryszard Mazur <ryszard.mazur@example.pl>", "Pakiet serwisowy - Hymer", "billing", "",
"""Dzień dobry,

sprzedaliśmy w sierpniu naszego Hymera (kupionego u Państwa w 2021 r.),
więc roczny pakiet serwisowy, który odnawia się w październiku, nie
będzie nam już potrzebny. Proszę go nie przedłużać i nie pobierać
opłaty z karty.

Dziękujemy za lata dobrej obsługi, może jeszcze wrócimy po coś
mniejszego.

Ryszard i Halina Mazur"""),
("pl", "b36-tusz-zawieszenie-macierzynski", "Joanna Kubiak <joanna.kubiak@example.pl>", "Abonament na tusz", "billing", "",
"""Hej,

od przyszłego miesiąca idę na macierzyński i moje domowe biuro
zamyka się na jakieś pół roku, drukarka będzie stała nieużywana. Czy
da się zawiesić abonament na tusz (plan 100 stron, 19,99 zł) na ten
czas zamiast go wypowiadać? Nie chcę stracić obecnej ceny.

Dzięki!
Asia"""),
("pl", "b36-faktura-nip-dron", "Tomasz Lis <tomasz.lis@example.pl>", "faktura", "billing", "",
"""Dzien dobry, kupilem wczoraj drona w sklepie internetowym (zamowienie
81422) i zapomnialem zaznaczyc, ze chce fakture na firme. Prosze o
wystawienie faktury VAT:

Lis Foto Tomasz Lis
NIP 7811234567
ul. Polna 3, 62-020 Swarzedz

Pozdrawiam, Tomasz"""),
("pl", "b36-aparat-dziala-odstapienie", "Wiktoria Nowicka <wiktoria.nowicka@example.pl>", "Zamówienie 80311", "billing", "",
"""Dzień dobry,

to nie jest reklamacja – aparat działa bez zarzutu, wszystko jest w
porządku. Po prostu po tygodniu zabawy stwierdziłam, że jednak wolę
robić zdjęcia telefonem, a 3199 zł to dla mnie za dużo na rzecz, która
leży w szafie. Chcę odstąpić od umowy, jestem w terminie 14 dni.

Jak mam go odesłać i kiedy wróci pieniądz na konto?

Wiktoria Nowicka"""),
("pl", "b36-odp-wycena-naprawy-laptopa", "Adam Sikora <adam.sikora@example.pl>", "Odp: Wycena naprawy - zgłoszenie 2207", "billing", "",
"""Dzień dobry,

akceptuję wycenę, proszę naprawiać. Czy mogę zapłacić przy odbiorze
kartą, czy muszę najpierw zrobić przelew? I czy na fakturze może być
wpisana moja firma zamiast mnie?

Adam Sikora

W dniu 14.10 o 11:32 Serwis <serwis@example-laptopy.pl> pisze:
> Dzień dobry,
> po diagnozie laptopa (zgłoszenie 2207) wycena wymiany płyty głównej
> wynosi 650 zł brutto, czas naprawy ok. 7 dni roboczych. Prosimy o
> akceptację lub odmowę.
> Pozdrawiamy, Serwis"""),
("pl", "b36-kod-rabatowy-odkurzacz", "Natalia Dudek <natalia.dudek@example.pl>", "kod rabatowy", "billing", "",
"""Czesc, dostalam od was kod JESIEN15 na 15% na odkurzacze. W koszyku
kod sie przyjal, pokazywalo 1104 zl zamiast 1299, a po zaplaceniu
BLIKIEM zeszlo mi z konta 1299. Zamowienie 80977. Prosze o zwrot
roznicy, 195 zl. Natalia"""),
("pl", "b36-kaucja-dekoder-nie-zwrocona", "Henryk Zając <henryk.zajac@example.pl>", "Kaucja za dekoder", "billing", "",
"""Szanowni Państwo,

w czerwcu rozwiązałem umowę na telewizję satelitarną i oddałem dekoder
w punkcie przy ul. Piotrkowskiej w Łodzi, mam potwierdzenie zwrotu
sprzętu. Przy podpisaniu umowy wpłaciłem 200 zł kaucji, która miała
zostać zwrócona po oddaniu dekodera. Minęły trzy miesiące, a pieniędzy
nie ma.

Proszę o zwrot na konto 12 3456 7890 1234 5678 9012 3456.

Henryk Zając"""),
("pl", "b36-oplata-papierowa-faktura", "Grażyna Wójcik <grazyna.wojcik@example.pl>", "Opłata na fakturze", "billing", "",
"""Dzień dobry, na fakturze za internet za wrzesień jest pozycja „opłata za
fakturę papierową 5,00 zł”. Przecież wybrałam e-fakturę przy
podpisywaniu umowy i papierowej nigdy nie dostałam. Proszę to
poprawić. Grażyna Wójcik"""),
("pl", "b36-odmowa-zwrotu-rzecznik", "Marek Jabłoński <marek.jablonski@example.pl>", "Odmowa zwrotu pieniędzy – zamówienie 79120", "billing", "high",
"""Szanowni Państwo,

w dniu 2 września, w ustawowym terminie 14 dni, odstąpiłem od umowy
zakupu telefonu (zamówienie 79120, 2899 zł) i odesłałem go w
nienaruszonym stanie. Teraz otrzymałem informację, że zwrotu nie
będzie, bo „opakowanie zostało otwarte”. Otwarcie opakowania, żeby
obejrzeć towar, nie odbiera mi prawa do zwrotu.

Jeżeli w ciągu 7 dni nie otrzymam pełnej kwoty, sprawę zgłoszę do
miejskiego rzecznika konsumentów i do UOKiK.

Marek Jabłoński"""),
("pl", "b36-zaliczka-lodz-chargeback", "Piotr Kamiński <piotr.kaminski@example.pl>", "Zaliczka za łódź – chargeback", "billing", "high",
"""Dzień dobry,

w marcu zapłaciłem kartą 8000 zł zaliczki za łódź motorową z
terminem odbioru do 30 czerwca, przed sezonem na Mazurach. Łodzi nie
ma, termin przesuwano trzy razy, a teraz słyszę o „wrześniu, może
październiku”. Sezon mam z głowy. Zrezygnowałem na piśmie dwa tygodnie
temu i do dziś nie mam ani odpowiedzi, ani pieniędzy.

Jeśli do piątku zaliczka nie wróci, składam w banku wniosek o
chargeback.

Piotr Kamiński"""),
("pl", "b36-podwojny-abonament-kierownik", "Ewa Szymańska <ewa.szymanska@example.pl>", "Znowu podwójnie!", "billing", "high",
"""Trzeci miesiąc z rzędu pobieracie mi abonament za telewizję DWA razy,
2 x 89,99 zł. Za każdym razem konsultant mówi, że „to błąd systemu i
się wyrówna”, i nic się nie wyrównuje. Mam dosyć tłumaczenia tego samego
kolejnej osobie.

Żądam, żeby sprawą zajął się kierownik działu rozliczeń albo ktoś
wyżej i żeby skontaktował się ze mną osobiście. Numer klienta 5500871.

Ewa Szymańska"""),
("pl", "b36-drukarka-zacina-papier", "Bogdan Kowalczyk <bogdan.kowalczyk@example.pl>", "Drukarka", "technical", "",
"""Dzień dobry,

drukarka kupiona u Państwa miesiąc temu zacina papier prawie przy
każdej kartce, wciąga ją krzywo i staje z komunikatem „zacięcie
papieru”. Papier zwykły 80 g, nowy, prosto ułożony. Wyczyściłem rolki
wilgotną szmatką według instrukcji z internetu. Bez zmian.

Bogdan Kowalczyk"""),
("pl", "b36-swiatlowod-po-instalacji-brak", "Karolina Baran <karolina.baran@example.pl>", "Swiatlowod", "technical", "",
"""Dzien dobry, wczoraj byl u nas instalator, podlaczyl swiatlowod,
sprawdzil na swoim laptopie i pojechal. Od wieczora router swieci na
czerwono dioda LOS i nie ma internetu w ogole. Restartowalismy kilka
razy. Adres: Sloneczna 22/4, Rzeszow. Karolina"""),
("pl", "b36-duchy-dotyk-po-wymianie-ekranu", "Dawid Górecki <dawid.gorecki@example.pl>", "Ekran po wymianie", "technical", "",
"""Siema, w piątek wymienialiście mi ekran w punkcie w Galerii Bałtyckiej.
Od wczoraj telefon sam sobie klika – otwierają się aplikacje, pisze
literki w wiadomościach, jak go nie dotykam. Przy ładowaniu jest
gorzej. Starego ekranu nic takiego nie robił. Mogę podejść jutro po
pracy?
Dawid"""),
("pl", "b36-kamera-nie-nagrywa-karta", "Elżbieta Kaczmarek <elzbieta.kaczmarek@example.pl>", "Kamera nie nagrywa", "technical", "",
"""Dzień dobry,

kamera przy bramie pokazuje obraz na żywo w aplikacji, ale niczego nie
nagrywa na kartę pamięci. W historii jest pusto od 5 dni. Aplikacja
pisze „karta SD – błąd”. Karta jest ta sama, którą włożył instalator.
Sformatowałam ją z aplikacji, nie pomogło.

Elżbieta Kaczmarek"""),
("pl", "b36-nie-chodzi-o-platnosc-dron-kompas", "Michał Kołodziej <michal.kolodziej@example.pl>", "Dron – błąd kompasu", "technical", "",
"""Dzień dobry,

od razu zaznaczę: nie chodzi o płatność ani o zwrot, wszystko zapłacone i
dron mi się bardzo podoba. Problem jest taki, że prawie przy każdym
starcie aplikacja pokazuje „błąd kompasu, skalibruj”, a po kalibracji
(na łące, z dala od samochodu i metalu) po dwóch minutach lotu znowu to
samo. Oprogramowanie aktualne.

Michał"""),
("pl", "b36-czujniki-parkowania-pisz", "Grzegorz Walczak <grzegorz.walczak@example.pl>", "czujniki parkowania", "technical", "",
"""Dzien dobry, odebralem od Panstwa samochod dwa tygodnie temu. Tylne
czujniki parkowania piszcza ciagle, jak tylko wrzuce wsteczny, nawet
jak za autem nic nie ma przez 20 metrow. Na ekranie pokazuje
przeszkode na srodku. Czujniki umyte. Kiedy moge podjechac?

Grzegorz Walczak"""),
("pl", "b36-pytanie-hdmi-dekoder", "Irena Pietrzak <irena.pietrzak@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, mam pytanie. Kupiliśmy nowy telewizor i podłączyliśmy do
niego dekoder tym samym kablem co do starego. Telewizor pisze „brak
sygnału HDMI 2”. Dekoder świeci na zielono. Próbowaliśmy też HDMI 1 i
3. Na starym telewizorze dalej działa. Co może być nie tak?

Irena Pietrzak"""),
("pl", "b36-odp-aktualizacja-nawigacji", "Sebastian Chmielewski <sebastian.chmielewski@example.pl>", "Odp: Zgłoszenie serwisowe SR-40155", "technical", "",
"""Dzień dobry Pani Agato,

zrobiłem dokładnie tak, jak Pani napisała – auto podłączone do domowego
Wi-Fi, silnik włączony, pobieranie aktualizacji map uruchomione. Po
mniej więcej 40% za każdym razem pojawia się „Pobieranie nie powiodło
się (błąd 0x27)” i zaczyna od zera. Próbowałem trzy razy.

Sebastian Chmielewski

-----Wiadomość oryginalna-----
Od: Agata Borowska <serwis@example-salon.pl>
Wysłano: środa, 5 marca 2025 09:12
Temat: Zgłoszenie serwisowe SR-40155

Szanowny Panie,
aktualizację map należy pobrać przez sieć Wi-Fi przy włączonym
silniku. Proszę spróbować i dać nam znać.
Pozdrawiam, Agata Borowska"""),
("pl", "b36-przyczepa-czujnik-czadu-lodowka", "Leszek Adamczyk <leszek.adamczyk@example.pl>", "Przyczepa – czujnik", "technical", "high",
"""Dzień dobry,

piszę spokojnie, bo nic się nie stało, ale wolę zapytać. W przyczepie
kempingowej odebranej od Państwa w maju, gdy lodówka chodzi na gazie,
po kilkunastu minutach zaczyna piszczeć czujnik czadu przy łóżkach. Na
prądzie z kempingu jest cisza. Przestawiliśmy lodówkę na 230 V i na noc
zakręcamy butlę.

Jesteśmy nad Soliną do niedzieli. Co robić?

Leszek Adamczyk"""),
("pl", "b36-skuter-hamulec-po-serwisie", "Kamil Zielinski <kamil.zielinski@example.pl>", "skuter po przegladzie", "technical", "high",
"""Czesc, w sobote odebralem skuter z przegladu u was w Gdyni. Od tego
czasu przedni hamulec prawie nie hamuje, klamka dochodzi do manetki, a
skuter sie ledwo zatrzymuje. Przed przegladem bylo wszystko ok.
Przejechalem tak do domu na tylnym i go zostawilem. Nie chce tym jezdzic
do pracy w takim stanie.
Kamil"""),
("pl", "b36-biuro-rachunkowe-bez-internetu", "Biuro Rachunkowe Tabela <biuro@tabela-ksiegowosc.example>", "Brak internetu w biurze", "technical", "high",
"""Dzień dobry,

od wczoraj od 15:00 nie mamy internetu w biurze przy ul. Długiej 5 w
Kielcach. Dziś jest ostatni dzień na wysłanie deklaracji i JPK dla
ponad 60 naszych klientów. Trzy księgowe siedzą bezczynnie, a ja
wysyłam pliki z hotspotu w telefonie, który co chwilę się zrywa. Modem
ma zapaloną tylko diodę zasilania.

Proszę o kontakt: 600 000 752.

Beata Tabor
Biuro Rachunkowe Tabela"""),
("pl", "b36-mama-termostat-zimno", "Agnieszka Lewandowska <agnieszka.lewandowska@example.pl>", "Termostat u mamy", "technical", "high",
"""Dzień dobry,

w zeszłym tygodniu Państwa instalator założył mojej mamie (84 lata)
inteligentny termostat do pieca gazowego. Od wczoraj piec w ogóle się
nie włącza – termostat pokazuje „brak połączenia z odbiornikiem”, a w
mieszkaniu jest już 13 stopni. Na dworze minus dziesięć. Mama jest
sama, ja mieszkam 200 km dalej. Przyciski na termostacie nic nie dają.

Czy ktoś może do niej dziś pojechać? Adres: ul. Ogrodowa 9, Nowy Targ.

Agnieszka Lewandowska
600 000 913"""),
("pl", "b36-ladowarka-laptopa-stopiona", "Wojciech Krawczyk <wojciech.krawczyk@example.pl>", "Zasilacz do laptopa", "technical", "high",
"""Dzień dobry,

zasilacz do laptopa, który kupiłem u Państwa jako zamiennik, dziś
wieczorem zaczął śmierdzieć spalenizną. Kiedy go odłączyłem, obudowa
przy wtyczce była miękka i trochę stopiona, a na biurku został ślad.
Nie używam go więcej, leży na balkonie. Laptop na szczęście działa.

Wojciech Krawczyk"""),
("pl", "b36-podziekowanie-serwis-aparatu", "Stanisław Ostrowski <stanislaw.ostrowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałem serdecznie podziękować Panu Jackowi z serwisu w Krakowie.
Mój stary aparat, pamiątka po ojcu, wydawał się nie do uratowania, a
Pan Jacek nie tylko go ożywił, ale zadzwonił, żeby mi opowiedzieć, co
było w środku. Takiej obsługi dawno nie widziałem.

Z wyrazami szacunku
Stanisław Ostrowski"""),
("pl", "b36-godziny-11-listopada", "Jolanta Mroz <jolanta.mroz@example.pl>", "11 listopada", "general", "",
"""Dzien dobry, czy salon w Lublinie bedzie czynny 11 listopada albo w
sobote 9? Chcemy obejrzec przyczepy. Dziekuje, Jolanta"""),
("pl", "b36-dzien-otwarty-salon-dzieci", "Przemysław Wróbel <przemyslaw.wrobel@example.pl>", "Dzień otwarty", "general", "",
"""Cześć,

widziałem plakat o dniu otwartym w salonie motocyklowym w sobotę 14
września. Czy można przyjść z dziećmi (6 i 9 lat)? Czy będą jazdy
próbne dla dorosłych i czy trzeba się na nie wcześniej zapisać? Młody
już umiera z ciekawości, codziennie pyta, czy to już.

Przemek"""),
("pl", "b36-zgubiony-portfel-salon", "Renata Zawadzka <renata.zawadzka@example.pl>", "Portfel", "general", "",
"""Dzień dobry,

wczoraj ok. 17:00 byłam z mężem w salonie samochodowym w Bydgoszczy przy
Fordońskiej i chyba zostawiłam portfel w jednym z aut na ekspozycji,
w tym czerwonym SUV-ie, albo przy stoliku z kawą. Brązowy, skórzany, w
środku dowód i karty. Czy ktoś go znalazł?

Renata Zawadzka, tel. 600 000 284"""),
("pl", "b36-dostawa-pralki-domofon", "Mariusz Jasinski <mariusz.jasinski@example.pl>", "dostawa pralki w czwartek", "general", "",
"""Dzien dobry, w sprawie dostawy pralki w czwartek: domofon w naszej
klatce nie dziala, wiec prosze, zeby kierowca zadzwonil na 600 000 517,
zejde otworzyc. 4 pietro, winda jest. Dziekuje!"""),
("pl", "b36-zmiana-nazwiska-konto", "Aleksandra Michalska <aleksandra.michalska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po rozwodzie wróciłam do nazwiska rodowego – Michalska (wcześniej
Kowalewska). Proszę o zmianę nazwiska na moim koncie klienta i na
kartach gwarancyjnych sprzętu AGD, który u Państwa kupowałam. Mogę
przesłać skan nowego dowodu.

Aleksandra Michalska"""),
("pl", "b36-rodo-kopia-danych", "Łukasz Nowakowski <lukasz.nowakowski@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa firmę, informacji o celu ich
przetwarzania, okresie przechowywania oraz o tym, komu zostały
udostępnione. Od kilku miesięcy dostaję telefony od firm, z którymi
nigdy nie miałem kontaktu, i chcę ustalić, skąd mają mój numer.

Łukasz Nowakowski"""),
("pl", "b36-sponsoring-festyn-osp", "OSP Wola Zarzycka <osp.wolazarzycka@example.pl>", "Festyn – prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Woli Zarzyckiej organizuje 24 sierpnia festyn
rodzinny, z którego dochód przeznaczymy na nowy sprzęt ratowniczy.
Zwracamy się z prośbą o wsparcie – np. drobną nagrodę do loterii
fantowej. W zamian umieścimy logo Państwa sklepu na plakatach i na
naszym profilu.

Z poważaniem
Druh Roman Sowa, prezes OSP"""),
("pl", "b36-czy-dron-rejestracja-ulc", "Oliwia Kurek <oliwia.kurek@example.pl>", "dron dla taty", "general", "",
"""Dzień dobry, chcę kupić tacie drona na 60. urodziny, ten poniżej
250 g. Czy on będzie musiał się gdzieś rejestrować w ULC albo robić
jakiś egzamin, żeby latać nad działką? Nie chcę mu zrobić kłopotu.
Dziękuję!"""),
("pl", "b36-zamowienie-oplacone-pilne", "Daria Sadowska <daria.sadowska@example.pl>", "Zamówienie 77120", "general", "",
"""PILNE!!!

Zamówienie 77120 (słuchawki) opłacone w poniedziałek, a status cały czas
„w realizacji”. Kiedy to wreszcie zostanie wysłane?? To prezent na
imieniny w sobotę.

Daria"""),
("pl", "b36-nie-reklamacja-pochwala-montera", "Teresa Kalinowska <teresa.kalinowska@example.pl>", "Montaż anteny", "general", "",
"""Dzień dobry,

to nie jest żadna reklamacja, wręcz przeciwnie. Pan Marcin, który w
środę montował nam antenę satelitarną, był punktualny, wszystko
wytłumaczył mężowi, posprzątał po sobie, a nawet zabrał stary talerz
ze strychu. Bardzo prosimy o przekazanie mu podziękowań.

Teresa Kalinowska"""),
("pl", "b36-sprzedawca-wysmiewal-brata-kierownik", "Rafał Jankowski <rafal.jankowski@example.pl>", "Zachowanie sprzedawcy w sklepie w Poznaniu", "general", "high",
"""Dzień dobry,

w sobotę byłem z bratem w Państwa sklepie w Poznaniu (CH Posnania).
Brat ma porażenie mózgowe i mówi niewyraźnie. Sprzedawca przy
telewizorach zaczął go przedrzeźniać i śmiać się z kolegą, na tyle
głośno, że słyszeli to inni klienci. Brat wyszedł ze sklepu i nie chce
o tym rozmawiać.

Żądam, żeby skontaktował się ze mną kierownik sklepu, a sprawa trafiła
do przełożonych tego pracownika. Oczekuję odpowiedzi na piśmie.

Rafał Jankowski"""),
("pl", "b36-studzienka-parking-salonu", "Halina Wasilewska <halina.wasilewska@example.pl>", "Parking przy salonie", "general", "high",
"""Dzień dobry,

na parkingu dla klientów przy Państwa salonie w Olsztynie, przy wjeździe
do serwisu, brakuje pokrywy studzienki – jest otwarta dziura, przykryta
tylko paletą. Wieczorem, po ciemku, zupełnie jej nie widać. Mój mąż
wczoraj wpadł tam nogą i ma skręconą kostkę. Następnym razem może to
być dziecko.

Halina Wasilewska"""),
]
