# batch60.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: pets (2) -- pet sitters' apps, pet
# cremation, exotic pet shops, pet microchip databases, dog day care, cat
# hotels, online veterinary pharmacies.  The failure classes in new
# situations -- escalation demands that keep their topic, legal threats
# and chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in unusual wording, outages of a business told only by their
# consequences, safety hazards told calmly, praise -- and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b60-en-cat-hotel-deposit-new-dates", "Fiona Gallacher <fiona.gallacher@example.co.uk>", "Booking for Mittens and Pudding", "billing", "",
"""Hi there,

We paid a 40 deposit in January for Mittens and Pudding to stay with you
from 3 to 17 August. Our holiday has now been moved by the travel company
to the first two weeks of September. Can the deposit just move across to
the new dates, or do we have to pay a fresh one and claim the first back?

Thanks,
Fiona Gallacher"""),
("en", "b60-en-cremation-price-question", "Dennis Holloway <d.holloway@example.co.uk>", "Question", "billing", "",
"""Dear Sir or Madam,

Our old Labrador, Jess, is 15 and the vet has told us we should prepare
ourselves. I would rather sort these things out now than on the day.

Could you tell me the cost of an individual cremation for a dog of about
32 kilos, with the ashes returned in a plain wooden casket, and whether
collection from the vet in Kettering is extra? I would also like to know
if it can be paid in two parts, as my wife and I are pensioners.

Yours faithfully,
Dennis Holloway"""),
("en", "b60-en-vetpharm-bramble-rainbow-bridge", "Catriona Lyle <catriona.lyle@example.co.uk>", "Bramble's tablets", "billing", "",
"""Hello,

Bramble crossed the rainbow bridge last Tuesday, at the grand age of 19.
Please don't send any more of her thyroid tablets - the next box is due
to go out on the 28th and I'd rather not be charged 23.60 for it or have
it arrive through the letterbox.

Thank you for looking after her prescriptions all these years.

Catriona"""),
("en", "b60-en-daycare-charged-twice-ie", "Aoife Brennan <aoife.brennan@example.ie>", "Invoice March", "billing", "",
"""Hi,
Just looking at my bank app and March day care for Rolo has come out twice,
2 x 264 euro on the 1st and again on the 2nd. Can you refund the second
one? Its a big chunk of money to be missing before payday.
Thanks a mil,
Aoife"""),
("en", "b60-en-sitter-payout-fee-us", "Tanya Ortiz <tanya.ortiz@example.com>", "Where's my payout??", "billing", "",
"""Hi,

I'm a sitter on your app (profile: Tanya O., Austin TX). I completed 6 walks
and a 3-night house sit between May 12 and May 19, which should come to
$412 after your 15% fee. The payout was supposed to land Friday. Nothing
yet, and the earnings page just says "processing".

Also, one of the walks shows a $9 "service adjustment" I don't understand.
Can someone explain what that is?

Thanks,
Tanya"""),
("en", "b60-en-microchip-premium-twice-au", "Brodie Walsh <brodie.walsh@example.com.au>", "Premium membership", "billing", "",
"""G'day,

I upgraded Ziggy's microchip registration to the premium (lost pet alert)
membership last week, $29.95 AUD. My card has been charged twice for it, two
transactions ten minutes apart. I only clicked once as far as I know. Can you
reverse one of them?

Cheers
Brodie"""),
("en", "b60-en-crickets-dead-refund-not-replacement", "Josh Pennington <josh.pennington@example.co.uk>", "Order 55120", "billing", "",
"""Hi, the 2 tubs of large brown crickets in order 55120 arrived dead, every
single one. I don't want replacements sent out (my leopard gecko's been
fed from the local shop now), I'd just like the 7.98 back please.
Photos attached.
Josh"""),
("en", "b60-en-daycare-moving-to-cork", "Ciara Donnelly <ciara.donnelly@example.ie>", "Biscuit", "billing", "",
"""Hello Sinead and team,

Sad news for us - we're moving down to Cork at the end of February for
my husband's job, so Biscuit won't be coming in for his three days a
week after that. His last day will be Friday 23rd. Please don't take
the March payment.

He'll miss you all, and so will we.

Ciara"""),
("en", "b60-en-itemised-invoice-insurer", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Receipt for insurance", "billing", "",
"""Good afternoon,

My pet insurer is asking for an itemised invoice for Pepper's
medication (order VP-338120), showing each product, the date and the
amount paid. The confirmation email only has the total of 86.40. Could
you send a proper invoice with the VAT shown?

Many thanks,
Rebecca Hollis"""),
("en", "b60-en-re-cremation-quote-bank-transfer", "Gareth Pryce <gareth.pryce@example.co.uk>", "Re: Your quotation for Bella", "billing", "",
"""Thank you Mrs Jenkins, that all sounds fine and we'd like to go ahead
with the individual cremation and the slate plaque. Can we pay by bank
transfer rather than card? If so please send the sort code and account
number and what reference to use.

Gareth

On Mon, 9 Sep at 10:42, Helen Jenkins <care@example-petcrem.co.uk> wrote:
> Dear Mr Pryce,
>
> I'm so sorry to hear about Bella. As discussed, an individual
> cremation for a dog of her size is 245.00, the engraved slate plaque
> is 45.00, and collection from Aberystwyth is included. Please let me
> know how you would like to proceed.
>
> Warm regards,
> Helen Jenkins"""),
("en", "b60-en-hello-price-match", "Ravi Shankar <ravi.shankar@example.co.uk>", "Hello", "billing", "",
"""Hello,

Do you price match? The flea and tick spot-on for large dogs (6 pack) is
38.99 with you and 31.50 at another online pharmacy. I'd rather stay with
you as my repeat prescriptions are all here.

Ravi"""),
("en", "b60-en-urn-not-received-manager", "Sharon Bickerstaff <sharon.bickerstaff@example.co.uk>", "Complaint - Oscar's urn", "billing", "high",
"""I paid 95.00 extra for the engraved oak urn for my cat Oscar's ashes
when I booked his cremation on 14 October. What I was given back was
the standard cardboard scatter tube. When I rang, the girl on the phone
said the urn "must have been missed" and she'd refund "something".

This is not good enough. I want the full 95.00 back and I want to speak
to the owner or whoever is in charge, not the front desk again. Please
have them call me on 07700 900 315.

Sharon Bickerstaff"""),
("en", "b60-en-cat-hotel-cancelled-chargeback", "Marcus Delaney <marcus.delaney@example.com>", "Stay ref CH-2291", "billing", "high",
"""Hi,

You cancelled our cats' stay (ref CH-2291) four days before we flew out,
saying you were "overbooked", and we had to find somewhere else last
minute at twice the price. You still have our full prepayment of 312.00.

I've asked for it back twice by email and once on the phone. If it's
not refunded by Friday I'll file a chargeback with my credit card
company. Please don't make me do that.

Marcus Delaney"""),
("en", "b60-en-sitter-cancel-fee-fair-trading-au", "Kylie Marsden <kylie.marsden@example.com.au>", "Cancellation fee??", "billing", "high",
"""To whoever handles complaints,

The sitter I booked for 5 nights for my two dogs cancelled on ME the day
before, and your app has charged me a $60 late cancellation fee on top of
keeping the $35 booking fee. I have the cancellation message from the
sitter as proof.

I want both amounts refunded. If I don't hear back within 7 days I will
be lodging a complaint with NSW Fair Trading, and I'll be telling every
dog owner I know.

Kylie Marsden
Newcastle NSW"""),
("en", "b60-en-sitter-photos-not-billing", "Hannah Whitcombe <hannah.w@example.co.uk>", "Photo updates", "technical", "",
"""Hi, before anyone sends me to the payments team - this is nothing to do
with billing, the money side's fine.

The photo updates from our sitter aren't coming through. She says she's
sending them from her end after every visit but on my phone the visit
report just says "0 photos". I've updated the app and logged out and back
in. iPhone 13 if that helps.

Hannah"""),
("en", "b60-en-gps-collar-stuck-location-us", "Derek Jamison <derek.jamison@example.com>", "Tracker", "technical", "",
"""The GPS collar shows Moose at our house even when he's out on a 2 mile
hike with me. Location hasn't updated since Sunday. Battery is at 80%,
the light on the unit is blinking green. Already restarted it."""),
("en", "b60-en-microchip-reset-loop-urgent", "Pauline Ashworth <pauline.ashworth@example.co.uk>", "URGENT!!! CANNOT LOG IN", "technical", "",
"""I HAVE BEEN TRYING FOR AN HOUR TO LOG IN TO UPDATE MY PHONE NUMBER ON
TILLY'S MICROCHIP RECORD. I RESET THE PASSWORD, GET THE EMAIL, SET A NEW
ONE, AND IT TAKES ME STRAIGHT BACK TO THE LOGIN PAGE SAYING "INVALID
CREDENTIALS". I HAVE DONE THIS FOUR TIMES.

Sorry for the capitals, my eyes are not what they were. Tilly is safe at
home, I just want it done.

Pauline Ashworth"""),
("en", "b60-en-prescription-upload-india", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Prescription upload error", "technical", "",
"""Dear Sir/Madam,

I am trying to upload the veterinary prescription for my dog Bruno's
heart medicine (Pimobendan) on your website since yesterday evening. Each
time I attach the PDF file it shows "Upload failed - unsupported format".
The file is a normal PDF of 340 KB which was sent by the vet clinic in
Koramangala. I have also tried with a JPG photo but same error is coming.

Kindly look into the matter and do the needful at the earliest.

Thanks and regards,
Venkatesh Iyer
Bengaluru"""),
("en", "b60-en-auto-feeder-skips-meals", "Lucy Farrant <lucy.farrant@example.co.uk>", "Feeder", "technical", "",
"""Hiya, the automatic cat feeder I got from you last month has started
skipping the 6am meal. The app says "fed" but the bowl is empty and the
cats are yelling at me at half six. The 12 and 6pm ones are fine. Any
ideas? Lucy"""),
("en", "b60-en-doggy-cam-spinning-us", "Melissa Kraus <melissa.kraus@example.com>", "doggy cam", "technical", "",
"""Hey guys! Love the day care, Waffles comes home so tired lol. But the
doggy cam hasn't worked for me all week, it just spins and then says
"stream unavailable". Tried on my laptop and my phone. Is it down or is
it me?
Melissa"""),
("en", "b60-en-uvb-bulb-no-refund", "Owen Pritchard <owen.pritchard@example.co.uk>", "UVB", "technical", "",
"""Hi,

The 12% T5 UVB tube I bought for my bearded dragon's vivarium has stopped
lighting after about three weeks. I'm not after a refund or anything,
I'd just like to know whether it's likely the tube or the controller
unit, because I don't want to buy a new tube if it's the controller.
The controller is about a year old, also from you. The end of the tube
isn't blackened.

Thanks,
Owen"""),
("en", "b60-en-re-incubator-temperature", "Saoirse Kavanagh <saoirse.kavanagh@example.ie>", "Re: Ticket 40912 - incubator", "technical", "",
"""Hi Mark,

I did what you said, moved the incubator away from the window and
recalibrated it with a separate thermometer. It's still swinging from
29 to 34 degrees over the day, which is no good for the leopard gecko
eggs (they need a steady 30-31). Three eggs due in about five weeks.

What's next?

Saoirse

-----Original Message-----
From: Mark at Scales & Tails Support
Sent: Tuesday 4 June 2024 15:20
Subject: Ticket 40912 - incubator

Hi Saoirse, sorry to hear the incubator is playing up. Could you first
move it away from any windows or radiators and recalibrate the probe
using a separate digital thermometer? Let us know how you get on."""),
("en", "b60-en-heat-mat-scorched", "Adrian Cole <adrian.cole@example.co.uk>", "Heat mat", "technical", "high",
"""Hello,

I thought I should let you know about the 28W heat mat I bought from you
in the spring. This morning I noticed a burning smell in the reptile
room. The mat, which sits under the corn snake's glass tank and is
plugged into a mat stat set to 30, had gone brown in one corner and
the wooden shelf under it is scorched. The snake is fine.

I've unplugged it and moved everything. I'd like to know what you want
me to do with the mat and whether others of this batch have done the same.

Regards,
Adrian Cole"""),
("en", "b60-en-gps-tracker-battery-swollen-au", "Matilda Reyes <matilda.reyes@example.com.au>", "Tracker case", "technical", "high",
"""Hi,
Noticed tonight the case of Kobe's GPS tracker has split along the seam
and the back is bulging. It was very hot when I took it off his collar.
It's sitting on a tile on the balcony at the moment. Should I be worried
about it catching fire? What do I do with it?
Matilda"""),
("en", "b60-en-daycare-checkin-system-down", "Operations <hello@happytails-daycare.example>", "System", "technical", "high",
"""Hi,

We run Happy Tails Dog Day Care in Leeds on your booking software. Since
about 7am the staff tablets just show a white screen after login.

We had around 40 dogs arriving between 7 and 9 and no way to check them
in, see which ones are on medication or have allergies, or which ones
can't go in the big group. Owners were queuing out into the car park
and a few had to take their dogs back home and miss work. We're running
off paper and memory right now and I really don't want a dog getting the
wrong food.

Please call me on 0113 496 0742 as soon as you see this.

Jo Metcalfe
Manager"""),
("en", "b60-en-insulin-order-locked-out", "Graham Pickering <graham.pickering@example.co.uk>", "Account locked", "technical", "high",
"""My account on your pharmacy has been locked ("too many attempts") and
the unlock email never arrives, not even in spam. My dog Archie is
diabetic and I have one vial of his Caninsulin left, which runs out on
Thursday. The repeat prescription is on your system and I cannot get
to it to order.

Please unlock it or place the order for me. Mobile 07700 900 118.

Graham Pickering"""),
("en", "b60-en-order-cat-flap-not-reading", "Emma Stott <emma.stott@example.co.uk>", "Order 48213", "technical", "",
"""Hi, the microchip cat flap from this order won't learn Luna's chip.
I've pressed the learn button and pushed her through (not easy!) about ten
times, the light flashes but it never beeps. New batteries in. Her chip
reads fine at the vets. Thanks, Emma"""),
("en", "b60-en-cremation-thank-you", "June Metcalfe <june.metcalfe@example.co.uk>", "Thank you", "general", "",
"""Dear Mr Hargreaves and everyone at Willowbank,

I just wanted to write and say thank you for the way you looked after
Toby, and looked after me, last Wednesday. You let me sit with him in
the little garden room for as long as I needed and nobody hurried me.
His ashes came back on Saturday with a lock of his fur tied with a
ribbon, which I did not expect and which made me cry, in a good way.

I have told my neighbours about you and will never forget your kindness.

With warm wishes,
June Metcalfe"""),
("en", "b60-en-cat-hotel-own-food-vaccines", "Nikhil Rao <nikhil.rao@example.co.uk>", "First stay", "general", "",
"""Hi,

Our two cats will be staying with you for the first time in October.
A couple of questions:
- Can we bring their own food? One's on a special diet.
- Which vaccinations do they need and do you need to see the card on
  the day?
- Is there a time slot for drop-off on a Saturday?

Thanks,
Nikhil"""),
("en", "b60-en-microchip-new-address", "Alan Fairbairn <alan.fairbairn@example.co.uk>", "Change of address", "general", "",
"""Please update the address on the microchip record for my dog Skye,
chip number 826098100123456, from 4 Dean Street, Falkirk to 17 Glen
Road, Stirling FK8 2AB. Phone number and email stay the same.

Alan Fairbairn"""),
("en", "b60-en-daycare-left-harness-ie", "Niamh Roche <niamh.roche@example.ie>", "left behind", "general", "",
"""Hiya, think we left Murphy's harness and lead at day care on Tuesday,
a red one with a little shamrock tag. Could ye keep it aside and I'll
grab it at drop off tomorrow? Thanks!!"""),
("en", "b60-en-exotic-shop-bank-holiday", "Callum Hughes <callum.hughes@example.co.uk>", "Bank holiday", "general", "",
"""Alright, are you open bank holiday Monday? Want to come in and look at
the royal pythons with my lad. Also is there parking round the back or
do I need to use the pay and display? Cheers"""),
("en", "b60-en-vetpharm-fridge-delivery-neighbour", "Meera Chopra <meera.chopra@example.co.uk>", "Delivery instructions", "general", "",
"""Hello,

My next order includes Misty's insulin, which I know comes in a chilled
box. I'm at work on Tuesdays and Wednesdays, so if nobody answers please
leave it with my neighbour at number 12 (Mrs Patel), who has agreed to
put it in her fridge. Please don't leave it on the doorstep.

Thank you,
Meera Chopra"""),
("en", "b60-en-sitter-rude-to-mother", "Joanne Fisk <joanne.fisk@example.com>", "The sitter on Saturday", "general", "",
"""Hi,

I booked a sitter through you to pop in and feed my mum's cats while
she was in hospital for a few days. Mum came home early on Saturday and
found the sitter (Kayla) in the kitchen on her phone on speaker. When Mum
asked her to turn it down Kayla rolled her eyes, told her she was "on
her break" and left the back door open on her way out.

Mum is 79 and was quite upset. I don't think that's how your sitters are
supposed to treat people, and I thought you'd want to know.

Joanne Fisk"""),
("en", "b60-en-sitter-app-data-request-us", "Brandon Cole <brandon.cole@example.com>", "Data request", "general", "",
"""Hello,

I'd like a copy of all the personal data your app holds about me - my
profile, messages with sitters, location history from walks and anything
else. After that, please delete my account.

Thanks,
Brandon Cole
Portland, OR"""),
("en", "b60-en-dog-show-sponsorship", "Linda Armitage <secretary@example-wharfedale-dogshow.org.uk>", "Wharfedale Fun Dog Show - sponsorship", "general", "",
"""Dear Sir or Madam,

The Wharfedale Fun Dog Show takes place on Sunday 14 July at Otley
showground, raising money for the local dog rescue. We are looking for
sponsors for our classes (waggiest tail, best veteran, dog the judge
would most like to take home, etc.). A class sponsor gets their name on
the programme and a banner by the ring.

Would your day care be interested? I'd be happy to send more details.

Kind regards,
Linda Armitage
Show Secretary"""),
("en", "b60-en-dragon-killing-it-nails-au", "Jess Nguyen <jess.nguyen@example.com.au>", "lol", "general", "",
"""hey team!! my bearded dragon Kevin is absolutely killing it since we
upgraded his setup with you guys, he's a total monster now, eats like a
horse. quick q tho - do you do nail trims in store or do I need a vet
for that? his claws are lethal haha. we're near the Parramatta shop"""),
("en", "b60-en-daycare-fence-wire-injury", "Philippa Grant <philippa.grant@example.co.uk>", "Fence in the top paddock", "general", "high",
"""Hello,

When I collected Hazel yesterday she had a cut on her front leg, about
3 cm, which needed two stitches at the vet this morning. Looking at it
again at pick-up, there's a broken panel in the fence of the top
paddock by the water trough with the wire mesh sticking out at dog
height. I'm fairly sure that's where she did it.

I'm not looking to make a fuss about the vet bill. I just think the
panel needs fixing or blocking off today before another dog catches
itself, possibly worse.

Philippa Grant"""),
("en", "b60-en-cat-hotel-staff-manager", "Angela Moore <angela.moore@example.co.uk>", "Collection on Sunday", "general", "high",
"""I came to collect our cats on Sunday at 4.15 (you close at 5) and the
young man on reception told me I was "too late for collections", then,
when I said I'd read the times on your website, he called me "a pain"
to his colleague within earshot of me and my 10-year-old daughter. We
eventually got the cats after 20 minutes of standing in the car park.

I would like the manager or owner to contact me about this. I'm not
prepared to deal with that member of staff again.

Angela Moore
07700 900 561"""),
("en", "b60-en-exotic-shop-broken-tank-glass", "Darren Quigley <darren.quigley@example.co.uk>", "Your Salford shop", "general", "high",
"""Hi,

Just a heads up, nothing dramatic. In your Salford shop this afternoon
one of the empty display tanks on the bottom shelf in the aisle by the
frozen food has a shattered corner, and there are bits of glass on the
floor around it. My 4 year old knelt down to look at the tank next to it
and got a small cut on her knee. She's fine now, plaster and a biscuit,
but it's right at kid height and there were lots of kids in today.

Darren"""),
# ---------------- Greek ----------------
("el", "b60-el-gl-petsitter-diplh-xrewsh", "Stelios K. <stelios.kar@example.gr>", "xrewsh", "billing", "",
"""Kalhspera sas,
kleisa mia pet sitter mesw ths efarmoghs gia 3 episkepseis sth gata mou
to Savvatokyriako, synolo 36e. Sthn karta mou vlepw dyo fores 36e, idia
wra. Mporeite na to koitaksete kai na mou gyrisete to ena?
Eyxaristw
Stelios"""),
("el", "b60-el-apotefrosi-atomiki-doseis", "Αικατερίνη Σταυροπούλου <a.stavropoulou@example.gr>", "Πληροφορίες για αποτέφρωση", "billing", "",
"""Καλησπέρα σας,

Ο σκύλος μας ο Άρης είναι 14 χρονών και ο κτηνίατρος μας είπε να είμαστε
προετοιμασμένοι. Θα ήθελα να μάθω από πριν, με ηρεμία, πόσο κοστίζει η
ατομική αποτέφρωση για σκύλο περίπου 25 κιλών με επιστροφή της τέφρας,
και πόσο η ομαδική. Επίσης, αν η παραλαβή από το ιατρείο στο Περιστέρι
χρεώνεται επιπλέον και αν γίνεται να πληρωθεί σε δύο δόσεις.

Σας ευχαριστώ,
Αικατερίνη Σταυροπούλου"""),
("el", "b60-el-farmakeio-reks-efyge", "Γιωργος Λαμπρακης <g.lamprakis@example.gr>", "Αυτοματη αποστολη", "billing", "",
"""Καλημερα,
ο Ρεξ εφυγε την Κυριακη, στα 13 του. Σας παρακαλω σταματηστε την
αυτοματη αποστολη με τα χαπια για την καρδια του, να μη χρεωθει η
καρτα τα 41,20 τον αλλο μηνα και να μην ερθει το δεμα στο σπιτι.
Η γυναικα μου δεν θα το αντεξει να το δει.
Ευχαριστω για ολα αυτα τα χρονια.
Γιωργος Λαμπρακης"""),
("el", "b60-el-timologio-me-afm-klinikh", "Κτηνιατρείο Ζωοφιλία <info@zoofilia-vet.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Στην παραγγελία ΚΦ-20731 (εμβόλια και αντιπαρασιτικά για το ιατρείο)
εκδόθηκε απόδειξη λιανικής αντί για τιμολόγιο. Παρακαλούμε ακυρώστε την
και εκδώστε τιμολόγιο με τα στοιχεία μας:

Ζωοφιλία Κτηνιατρική Ι.Κ.Ε.
ΑΦΜ 801234567, ΔΟΥ Λάρισας
Παπαναστασίου 48, 41222 Λάρισα

Ευχαριστούμε,
Δήμητρα Ζαχαρίου"""),
("el", "b60-el-gl-xenodoxeio-gatas-oxi-epistrofh", "Dimitra Tzavara <dimitra.tz@example.gr>", "krathsh Iouliou", "billing", "",
"""Geia sas,
eixa plhrwsei prokatavolh 50e gia na meinei h Mpoumpou sas 10-20 Iouliou.
Telika den fevgoume to kalokairi. DEN thelw epistrofh twn xrhmatwn, 8a
h8ela na meinei h prokatavolh gia ta Xristougenna, 23/12 ews 2/1. Ginetai
auto?
Dhmhtra"""),
("el", "b60-el-paidikos-skylwn-pagwma-xwrio", "Νεφέλη Ιωαννίδου <nefeli.ioannidou@example.gr>", "Πακέτο Αυγούστου", "billing", "",
"""Καλησπέρα!

Τον Αύγουστο ο Φρίσκο θα είναι μαζί μας στο χωριό στη Νάξο, οπότε δεν θα
έρχεται στον παιδικό σταθμό. Μπορούμε να «παγώσουμε» το μηνιαίο πακέτο
(τα 180€) για τον Αύγουστο και να συνεχίσει κανονικά από 1η Σεπτεμβρίου;

Ευχαριστώ πολύ,
Νεφέλη"""),
("el", "b60-el-gl-skoulhkia-metaforika-dyo-fores", "Panos Vlaxos <panos.vlachos@example.gr>", "paraggelia 11820", "billing", "",
"""geia, phra 500gr mealworms kai ena kouti grylous (paraggelia 11820).
hr8an se ena kouti alla mou xrewsate metaforika 2 fores, 2 x 4,90. to
deyteto na mou to epistrepsete parakalw"""),
("el", "b60-el-re-apotefrosi-iris", "Θοδωρής Παπαδάκης <th.papadakis@example.gr>", "Re: Προσφορά για τη Μέλι", "billing", "",
"""Καλησπέρα κα Ρήγα,

Σας ευχαριστούμε πολύ για την κατανόηση. Προχωράμε με την ατομική
αποτέφρωση και την ξύλινη τεφροδόχο. Μπορούμε να πληρώσουμε μέσω IRIS
ή με κατάθεση στην τράπεζα; Αν ναι, στείλτε μου τα στοιχεία.

Θοδωρής Παπαδάκης

Στις Δευ, 7 Οκτ 2024 στις 11:05 π.μ., ο/η Μαρία Ρήγα <frontida@example-apotefrosi.gr> έγραψε:
> Αγαπητέ κύριε Παπαδάκη,
>
> Λυπούμαστε πολύ για τη Μέλι. Όπως συζητήσαμε, η ατομική αποτέφρωση
> για γάτα κοστίζει 160,00€ και η ξύλινη τεφροδόχος με χάραξη 40,00€.
> Η παραλαβή από το Ηράκλειο περιλαμβάνεται.
>
> Με εκτίμηση,
> Μαρία Ρήγα"""),
("el", "b60-el-kouponi-den-perase", "Σοφια Κωνσταντινιδη <sofia.konst@example.gr>", "κουπονι", "billing", "",
"""Γεια σας, στο newsletter ελεγε κουπονι PETS15 για 15% εκπτωση στις
τροφες, αλλα στο καλαθι δεν το περασε και πληρωσα 62,40 ολοκληρα για το
σακι της Λολας. Μπορειτε να μου επιστρεψετε τη διαφορα;"""),
("el", "b60-el-microchip-allagi-idioktiti-kostos", "Ιωάννης Μαυρίδης <i.mavridis@example.gr>", "Αλλαγή ιδιοκτήτη", "billing", "",
"""Καλημέρα,

Υιοθετήσαμε από φίλους μια γατούλα που είναι ήδη καταχωρημένη στη βάση
σας στο όνομά τους. Για να περάσει στο δικό μας όνομα υπάρχει κάποιο
τέλος; Αν ναι, πόσο είναι και πώς πληρώνεται;

Ιωάννης Μαυρίδης"""),
("el", "b60-el-gl-erwthsh-doseis-terrarium", "Kwstas Ntinos <kostas.ntinos@example.gr>", "Erwthsh", "billing", "",
"""Kalhmera,
thelw na parw olo to setaki gia xamaileonta (terrarium, lampes, 8ermostath,
fyta), vgainei gyrw sta 420e. Ginetai na to plhrwsw se 3 atokes doseis me
pistwtikh karta h mono efapaks?
Eyxaristw, Kwstas"""),
("el", "b60-el-tefrodoxos-synigoros-katanaloti", "Παναγιώτα Δεληγιάννη <p.deligianni@example.gr>", "Τεφροδόχος που πληρώσαμε και δεν πήραμε", "billing", "high",
"""Κύριοι,

Στις 3 Σεπτεμβρίου πληρώσαμε 220€ για ατομική αποτέφρωση του γάτου μας
του Μάρκου και επιπλέον 55€ για κεραμική τεφροδόχο με το όνομά του. Η
τέφρα μας δόθηκε σε απλό πλαστικό δοχείο και μας είπαν ότι η τεφροδόχος
«θα έρθει». Έχουν περάσει πέντε εβδομάδες, έχω τηλεφωνήσει τέσσερις
φορές και κανείς δεν μου λέει τίποτα συγκεκριμένο.

Ζητώ είτε την τεφροδόχο εντός της εβδομάδας είτε την επιστροφή των 55€.
Σε αντίθετη περίπτωση θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Παναγιώτα Δεληγιάννη"""),
("el", "b60-el-gl-paidikos-xrewsh-meres-ypeuthynos", "Manos Drakakis <manos.drakakis@example.gr>", "XREWSH GIA MERES POU DEN HR8E", "billing", "high",
"""O Rokos htan arrwstos kai DEN hr8e ston paidiko sta8mo 6 meres ton
Noemvrio, sas eixa enhmerwsei apo to prwi ka8e fora. Kai omws mou
xrewsate oles tis meres, 22 x 18e. Sthn reception mou leei h kopela oti
"etsi einai to systhma".
8elw na milhsw me ton ypeu8yno h ton idiokthth, oxi me thn reception.
Perimenw thlefwno sto 6977 000 214.
Manos Drakakis"""),
("el", "b60-el-farmakeio-diplh-xrewsh-trapeza", "Χρηστος Αναγνωστου <ch.anagnostou@example.gr>", "Παραγγελια 50314", "billing", "high",
"""Καλησπερα,
για την παραγγελια 50314 (αντιπαρασιτικα για 2 σκυλους, 74,90) χρεωθηκα
δυο φορες. Σας εστειλα email στις 2 και στις 9 του μηνα και δεν πηρα
καμια απαντηση. Αν μεχρι την Παρασκευη δεν εχει επιστραφει η δευτερη
χρεωση, θα κανω αμφισβητηση συναλλαγης στην τραπεζα μου.
Χρηστος Αναγνωστου"""),
("el", "b60-el-petsitter-app-kleinei-oxi-xrewsh", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Η εφαρμογή κλείνει", "technical", "",
"""Καλησπέρα,

Να πω από την αρχή ότι δεν είναι θέμα πληρωμής, οι χρεώσεις είναι σωστές.
Από την τελευταία ενημέρωση η εφαρμογή κλείνει μόλις πατήσω στις
συνομιλίες, οπότε δεν μπορώ να δω τι μου γράφει η pet sitter για τον
Όσκαρ. Έχω Samsung A54, την έχω απεγκαταστήσει και ξαναβάλει.

Ελένη"""),
("el", "b60-el-gl-gps-kolaro-den-ananeonei", "Alekos Papadopoulos <alekos.pap@example.gr>", "gps", "technical", "",
"""To GPS kolaro tou Mpraoun deixnei oti einai sto spiti eno eimaste volta
sto Filopappou. H topo8esia exei kollhsei apo thn Paraskeuh. Mpataria
70%, to lampaki anavei prasino. To ekana restart 2 fores."""),
("el", "b60-el-microchip-anazitisi-sfalma", "Μαρία Τσολάκη <maria.tsolaki@example.gr>", "Αναζήτηση με αριθμό microchip", "technical", "",
"""Καλημέρα σας,

Είμαι εθελόντρια σε φιλοζωική και βρήκαμε ένα σκυλάκι στην Καλαμαριά.
Ο κτηνίατρος διάβασε το τσιπ (300968000456789) αλλά όταν το βάζω στην
αναζήτηση της ιστοσελίδας σας βγάζει «Σφάλμα 500 - δοκιμάστε αργότερα».
Το δοκίμασα από υπολογιστή και κινητό, χθες και σήμερα. Το σκυλάκι
είναι ασφαλές σε φιλοξενία, απλώς θέλουμε να βρούμε τον ιδιοκτήτη.

Μαρία Τσολάκη"""),
("el", "b60-el-farmakeio-sms-kwdikos", "Βαγγελης Τζιολας <v.tziolas@example.gr>", "Συνδεση", "technical", "",
"""Δεν μπορω να μπω στον λογαριασμο μου στην εφαρμογη. Βαζω κωδικο και
μου λεει οτι θα ερθει SMS με κωδικο επιβεβαιωσης, αλλα δεν ερχεται
ποτε. Το κινητο ειναι το ιδιο, 69******12. Δοκιμασα και με wifi και με
δεδομενα."""),
("el", "b60-el-gl-8ermostaths-terrarium", "Nikos Roussos <nikos.roussos@example.gr>", "8ermostaths", "technical", "",
"""Kalhspera,
o psifiakos 8ermostaths pou phra apo sas gia to terrarium ths pogona
deixnei 32 vathmous alla me 8ermometro laser metraw 39 sto shmeio pou
liazetai. Ton exw kalivrarei opws leei to fylladio. Ti allo na kanw?
Nikos"""),
("el", "b60-el-kamera-paidikou-stathmou", "Άννα Μιχαηλίδου <anna.michailidou@example.gr>", "Κάμερα", "technical", "",
"""Γεια σας! Η ζωντανή κάμερα του παιδικού σταθμού δεν μου ανοίγει εδώ
και τρεις μέρες, γράφει «Η ροή δεν είναι διαθέσιμη». Σε κινητό και
υπολογιστή το ίδιο. Η κόρη μου έχει κολλήσει να βλέπει τη Ζωή να παίζει
στο διάλειμμα, οπότε την περιμένουμε πώς και πώς :)"""),
("el", "b60-el-synthivani-epeigon", "Κυριακή Παπαθανασίου <k.papathanasiou@example.gr>", "ΕΠΕΙΓΟΝ", "technical", "",
"""Καλησπέρα, η ηλεκτρική συντριβάνι-ποτίστρα για γάτες που πήρα πριν
ένα μήνα έπαψε να βγάζει νερό. Η αντλία βουίζει αλλά δεν ανεβαίνει
νερό. Την καθάρισα όλη και άλλαξα φίλτρο. Οι γάτες πίνουν από μπολ
τώρα, αλλά θέλω να ξέρω τι φταίει.
Κυριακή"""),
("el", "b60-el-gl-re-filtro-enydreiou", "Lefteris Sotiriou <lefteris.sot@example.gr>", "Re: Ypo8esh 73310 - filtro", "technical", "",
"""Geia sas kai pali,
to kainourio filtro pou mou steilate ekane to idio meta apo 4 meres:
stamataei kai ksekinaei monaxo tou, kai to nero 8olwnei. Ta psaria einai
kala gia thn wra. Ti kanoume?
Lefteris

> Apo: Ypostirixh Aqua Zoo
> Stalthike: Tetarth 12 Iouniou 2024 10:11
> Thema: Ypo8esh 73310 - filtro
>
> Agaphte k. Sotiriou, sas stelnoume kainourio eswteriko filtro xwris
> xrewsh. Parakaloume enhmerwste mas an synexizetai to provlhma."""),
("el", "b60-el-lampa-thermansis-spithes", "Δημοσθένης Καλλέργης <d.kallergis@example.gr>", "Ντουί λάμπας θέρμανσης", "technical", "high",
"""Καλησπέρα σας,

Σας ενημερώνω για το κεραμικό ντουί με τον ανακλαστήρα που αγόρασα από
το κατάστημά σας τον Μάρτιο για το terrarium της χελώνας. Χθες το βράδυ,
όταν άναψε η λάμπα θέρμανσης, είδα μικρές σπίθες στη βάση του ντουί και
μύρισε καμένο πλαστικό. Το καλώδιο κοντά στο ντουί έχει μαυρίσει.

Το αποσύνδεσα αμέσως και η χελώνα είναι καλά. Θα ήθελα να μου πείτε τι
να κάνω με αυτό και αν υπάρχει πρόβλημα με τη συγκεκριμένη παρτίδα.

Με εκτίμηση,
Δημοσθένης Καλλέργης"""),
("el", "b60-el-gl-pistolaki-reuma", "Vasia Mpoukou <vasia.mpoukou@example.gr>", "pistolaki", "technical", "high",
"""Kalhmera,
to pistolaki-steghnwthra gia skylous pou phra prin 2 vdomades me
xtyphse reuma xtes otan to epiasa apo to metalliko plegma mprosta,
ta xeria mou htan stegna. Htan elafry alla to ena8a sto xeri. To exw
vgalei apo thn priza. Den 8elw na to ksanaxrhsimopoihsw etsi.
Vasia"""),
("el", "b60-el-xenodoxeio-skylon-systima-krathseon", "Ξενοδοχείο Σκύλων Το Κοτσάνι <info@kotsani-pethotel.example>", "Το πρόγραμμα", "technical", "high",
"""Καλημερα,

Ειμαστε ξενοδοχειο σκυλων στην Παιανια και δουλευουμε με το δικο σας
προγραμμα κρατησεων. Απο τις 8 το πρωι ανοιγει μονο η αρχικη σελιδα και
μετα βγαζει «Δεν βρεθηκαν δεδομενα» σε ολες τις κρατησεις.

Σημερα ειναι Παρασκευη πριν απο τριημερο. Εχουμε 25 αφιξεις και καμια
δεν βλεπουμε ποιος ερχεται, σε ποιο κελι, τι φαρμακα παιρνει ο καθε
σκυλος. Οι ιδιοκτητες περιμενουν στην πορτα με τα σκυλια και τις
βαλιτσες και καποιοι χανουν τα πλοια τους.

Παρακαλω παρτε με τηλεφωνο: 210 6640 112.
Γιαννης Κοτσαρης"""),
("el", "b60-el-aisthitiras-glykozis-gata", "Ευτυχία Μαργαρίτη <e.margariti@example.gr>", "Η εφαρμογή του αισθητήρα δεν δείχνει τίποτα", "technical", "high",
"""Καλησπέρα,

Πήρα από το φαρμακείο σας τον αισθητήρα γλυκόζης για τη διαβητική μου
γάτα, την Κανέλα. Από τη χθεσινή ενημέρωση της εφαρμογής δεν εμφανίζει
καμία μέτρηση, μόνο «Σύνδεση αισθητήρα...». Η κτηνίατρος μου είπε ότι
χωρίς τις τιμές δεν μπορώ να της κάνω με ασφάλεια την ινσουλίνη απόψε,
γιατί την περασμένη εβδομάδα έπεσε πολύ χαμηλά.

Παρακαλώ απαντήστε μου σήμερα. Κινητό 6932 000 755.

Ευτυχία Μαργαρίτη"""),
("el", "b60-el-portaki-gatas-tsip", "Στελιος Ξυδακης <s.xydakis@example.gr>", "Παραγγελια 61042", "technical", "",
"""Γεια σας, το πορτακι με αναγνωση τσιπ απο αυτη την παραγγελια δεν
κραταει τη γατα στη μνημη. Την περναμε, ακουγεται το μπιπ, αλλα την
επομενη μερα δεν την αναγνωριζει. Αλλαξα μπαταριες."""),
("el", "b60-el-efxaristo-apotefrosi", "Ρένα Χατζηγεωργίου <rena.ch@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Αγαπητή κυρία Ρήγα και όλη η ομάδα,

Θέλω να σας ευχαριστήσω μέσα από την καρδιά μου για τον τρόπο που
φερθήκατε στη Σίσσυ μας και σε εμάς την περασμένη Πέμπτη. Μας αφήσατε
να την αποχαιρετήσουμε με την ησυχία μας, χωρίς καμία βιασύνη, και το
αποτύπωμα της πατούσας της που μας δώσατε είναι πια στο σαλόνι μας.

Δεν θα ξεχάσουμε την ευγένειά σας.

Ρένα και Κώστας"""),
("el", "b60-el-gl-xenodoxeio-koubertoula", "Marina G. <marina.g@example.gr>", "prwth diamonh", "general", "",
"""Kalhspera!! H Ntoli 8a meinei gia prwth fora se sas ton Aprilio. Mporw
na ferw thn koubertoula ths kai to paixnidi ths? Kai ti wra mporw na thn
afhsw Savvato prwi? Einai ligo fobitsiara :)"""),
("el", "b60-el-microchip-allagi-kinitou", "Αντώνης Ρήγας <antonis.rigas@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα σας,

Παρακαλώ αλλάξτε το τηλέφωνο επικοινωνίας στην καταχώρηση του σκύλου
μου, του Ντίνγκο (microchip 300968000112233), από 6945 111 222 σε
6978 333 444. Η διεύθυνση και το email παραμένουν ίδια.

Αντώνης Ρήγας"""),
("el", "b60-el-gl-ksexasame-louri", "Takis Panou <takis.panou@example.gr>", "louri", "general", "",
"""geia sas, nomizw ksexasame to louri kai to kolaro ths Mpelas sto
paidiko th Deutera, kokkino me ena kokalaki. An to vrhte krathste to
kai to pairnw aurio. eyxaristw!!"""),
("el", "b60-el-orario-pasxa-eksotika", "Φωτης Δημου <fotis.dimou@example.gr>", "Ωραριο Πασχα", "general", "",
"""Γεια σας, θα ειστε ανοιχτα τη Μεγαλη Παρασκευη και το Μεγαλο Σαββατο;
Θελω να ερθω με τον γιο μου να δουμε τις χελωνες του νερου. Και αν
γινεται να σταθμευσουμε κοντα στο μαγαζι."""),
("el", "b60-el-odigies-paradosis-thyroros", "Λουκία Αθανασίου <loukia.athanasiou@example.gr>", "Οδηγίες για την παράδοση", "general", "",
"""Καλησπέρα σας,

Στην επόμενη παραγγελία μου είναι και η ινσουλίνη του Φίλιππου, που
έρχεται σε ψυγείο. Τις καθημερινές λείπω μέχρι τις 5. Αν δεν απαντήσω
στο κουδούνι, παρακαλώ αφήστε τη στον θυρωρό της πολυκατοικίας, τον
κ. Σταμάτη, που θα τη βάλει στο ψυγείο του. Όχι έξω από την πόρτα.

Ευχαριστώ,
Λουκία Αθανασίου"""),
("el", "b60-el-petsitter-kapnize-sto-spiti", "Ζωή Παπακωνσταντίνου <zoi.papak@example.gr>", "Η pet sitter της Κυριακής", "general", "",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω, χωρίς να ζητάω κάτι. Η pet sitter που ήρθε
την Κυριακή να ταΐσει τις γάτες μου κάπνιζε μέσα στο διαμέρισμα - βρήκα
αποτσίγαρο στο μπαλκόνι και η κουζίνα μύριζε τσιγάρο. Της το έγραψα
στην εφαρμογή και μου απάντησε «μόνο ένα ήταν». Δεν νομίζω ότι αυτό
είναι σωστή συμπεριφορά σε ξένο σπίτι.

Ζωή"""),
("el", "b60-el-gdpr-diagrafi-logariasmou", "Άρης Νικολάου <aris.nikolaou@example.gr>", "Διαγραφή στοιχείων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων, σας
παρακαλώ να διαγράψετε τον λογαριασμό μου και όλα τα προσωπικά μου
δεδομένα (στοιχεία, διευθύνσεις, ιστορικό επισκέψεων, μηνύματα) από
την εφαρμογή σας και να μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Άρης Νικολάου"""),
("el", "b60-el-gl-xorhgia-filozwikh-xania", "Filozwikh Xaniwn <filozwikh.xania@example.gr>", "Bazaar gia ta adespota", "general", "",
"""Kalhmera sas,
eimaste ena mikro filozwiko swmateio sta Xania kai tis 15 Dekemvriou
kanoume bazaar gia ta adespota ths polhs. Mhpws 8a mporousate na
diathesete kapoio dwro gia thn lotaria (px ena voucher h mia kouverta
gia skylo)? 8a sas anaferoume sthn selida mas.
Me ektimhsh,
Eleni Vardaki"""),
("el", "b60-el-kounelia-sto-xenodoxeio", "Πέτρος Αλεξίου <petros.alexiou@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα! Δέχεστε και κουνέλια για φιλοξενία ή μόνο γάτες; Ο Φλάφης
είναι ήσυχος και κοινωνικός, απλά τον Ιούνιο θα λείπουμε μια εβδομάδα."""),
("el", "b60-el-spasmena-gyalia-avli-paidikou", "Σοφία Ραφαηλίδου <sofia.rafailidou@example.gr>", "Γυαλιά στην αυλή", "general", "high",
"""Καλησπέρα σας,

Όταν πήγα να πάρω τη Μόλι σήμερα το απόγευμα, είδα στη μικρή αυλή του
παιδικού σταθμού, δίπλα στην πισίνα των σκύλων, σπασμένα γυαλιά από
μπουκάλι ανάμεσα στο γρασίδι. Η Μόλι είχε ένα μικρό κόψιμο στο μαξιλαράκι
της πατούσας, τίποτα σοβαρό. Μάζεψα ό,τι είδα, αλλά σίγουρα υπάρχουν κι
άλλα κομμάτια. Καλό θα ήταν να ελεγχθεί η αυλή πριν βγουν αύριο τα σκυλιά.

Σοφία"""),
("el", "b60-el-gl-agenhs-ypallhlos-ypeuthynos", "Giorgos Stathopoulos <g.stathop@example.gr>", "to katasthma sth Glyfada", "general", "high",
"""Kalhspera,
Savvato phga sto katasthma sas sth Glyfada na rwthsw gia ena fidi gia ton
gio mou (12 xronwn). O ypallhlos me ta tatouaz mas apanthse "den exw xrono
gia paidakia pou 8eloun zwakia" kai gyrise kai milouse sto kinhto tou
mprosta mas. O mikros eixe mazepsei ta lefta apo ta genethlia tou.
8elw na milhsw me ton ypeu8yno tou katasthmatos h ton idiokthth. Den
einai tropos auto.
Giwrgos Sta8opoulos
6944 000 876"""),
("el", "b60-el-spasmeno-skalopati-xenodoxeio-gatas", "Ολγα Μπεκιαρη <olga.bekiari@example.gr>", "Σκαλοπατι εισοδου", "general", "high",
"""Καλησπερα,
το δευτερο σκαλοπατι στην εισοδο του ξενοδοχειου γατων εχει σπασει στην
ακρη και κουνιεται. Η μητερα μου, 76 χρονων, που ηρθε μαζι μου να
παρουμε τη Μιμη, παραλιγο να πεσει με το κλουβι στο χερι. Δεν ειχε
καμια σημανση. Πρεπει να φτιαχτει πριν χτυπησει καποιος.
Ολγα Μπεκιαρη"""),
# ---------------- Spanish ----------------
("es", "b60-es-guarderia-bono-cobrado-dos-veces", "Marta Olmedo <marta.olmedo@example.es>", "Bono de 10 días", "billing", "",
"""Hola,

El lunes compré en recepción el bono de 10 días de guardería para Coco
(150 €) y en la cuenta me aparecen dos cargos de 150 € con la misma hora.
Solo pasé la tarjeta una vez. ¿Me podéis devolver uno?

Gracias,
Marta"""),
("es", "b60-es-mx-comision-servicio-cuidadora", "Rodrigo Villaseñor <rodrigo.villasenor@example.com.mx>", "Cobro de comisión", "billing", "",
"""Buenas tardes,

Reservé a una cuidadora por su app para 4 noches con mi perrita Canela.
La tarifa decía $1,600 MXN en total pero al final me cobraron $1,888
porque agregaron una "comisión de servicio" de 18% que no vi en ningún
momento antes de pagar. ¿Me pueden explicar de dónde sale y si me la
pueden reembolsar?

Saludos,
Rodrigo Villaseñor
Guadalajara, Jal."""),
("es", "b60-es-ar-cremacion-cuotas-mercadopago", "Graciela Benítez <graciela.benitez@example.com.ar>", "Consulta", "billing", "",
"""Buenas tardes,

Les escribo porque nuestro perro Firulais ya está muy viejito y el
veterinario nos dijo que falta poco. Prefiero averiguar ahora y no en
ese momento. ¿Cuánto sale la cremación individual con devolución de las
cenizas para un perro de 20 kilos? ¿Se puede pagar en cuotas con
tarjeta o con Mercado Pago?

Muchas gracias, de verdad.
Graciela (Caballito, CABA)"""),
("es", "b60-es-pienso-renal-luna-se-fue", "Pilar Quesada <pilar.quesada@example.es>", "Suscripción pienso renal", "billing", "",
"""Hola,

Luna se nos fue el domingo por la noche, después de 17 años con nosotros.
Por favor, no nos volváis a mandar el saco de pienso renal ni lo cobréis
(el siguiente era el día 12, 54,90 €). Tampoco hace falta que me llaméis,
de verdad, lo prefiero así.

Gracias por todo este tiempo.
Pilar"""),
("es", "b60-es-co-factura-nit-tienda-exotica", "Contabilidad Reptilia SAS <contabilidad@reptilia-sas.example>", "Factura electrónica pedido 7720", "billing", "",
"""Buen día,

Para el pedido 7720 (terrarios y lámparas para nuestro criadero) nos
llegó solo la tirilla de pago. Necesitamos factura electrónica a nombre
de Reptilia S.A.S., NIT 901.234.567-8, dirección Calle 45 # 12-30,
Medellín, por valor de $2.480.000 COP.

Quedamos atentos. Muchas gracias.
Andrea Posada
Contabilidad"""),
("es", "b60-es-hotel-felino-mover-senal", "Iker Gorostiza <iker.gorostiza@example.es>", "Reserva de agosto", "billing", "",
"""Kaixo,

Tenemos reservada la estancia de Txuri y Beltz del 1 al 15 de agosto y
dimos una señal de 60 €. Al final no nos vamos de vacaciones en verano.
No quiero que me devolváis la señal, prefiero que la guardéis para el
puente de diciembre (del 5 al 9). ¿Se puede hacer así?

Eskerrik asko,
Iker"""),
("es", "b60-es-cl-microchip-renovacion-automatica", "Camila Fuentes <camila.fuentes@example.cl>", "Renovación", "billing", "",
"""Hola, me llegó un cobro de $24.990 CLP por la renovación del plan
premium del registro de microchip de mi gata. Yo lo contraté el año
pasado solo por un año, no quería renovación automática. Lo quiero dar
de baja y que me devuelvan ese cobro por favor.

Camila"""),
("es", "b60-es-re-presupuesto-cremacion-bizum", "Alberto Mancebo <alberto.mancebo@example.es>", "Re: Presupuesto para Trufa", "billing", "",
"""Buenos días, Nuria:

Muchas gracias por el trato. Seguimos adelante con la incineración
individual y la urna de cerámica. ¿Se puede pagar por Bizum o
transferencia? Si es así, pásame el número o la cuenta y el concepto.

Un saludo,
Alberto

El mar, 8 oct 2024 a las 12:17, Nuria Campos (<atencion@example-huellasalcielo.es>) escribió:
> Estimado Alberto:
>
> Sentimos mucho lo de Trufa. Como le comenté por teléfono, la
> incineración individual para un perro de su tamaño es de 190 € y la
> urna de cerámica con su nombre, 45 €. La recogida en la clínica de
> Alcalá está incluida.
>
> Un abrazo,
> Nuria Campos"""),
("es", "b60-es-mx-envio-cobrado-doble", "Luis Enrique Salgado <luis.salgado@example.com.mx>", "pedido 30418", "billing", "",
"""que tal, en el pedido 30418 (tenebrios y un bebedero para mi gecko)
me cobraron el envio 2 veces, $129 y $129. todo llego en una sola caja.
me regresan uno porfa? gracias"""),
("es", "b60-es-ar-descuento-segundo-perro", "Martín Aguirre <martin.aguirre@example.com.ar>", "Pregunta", "billing", "",
"""Hola! Tenemos a Toto en la guardería con el pase mensual de $85.000.
Ahora adoptamos a Nina y también la queremos llevar. ¿Tienen descuento
por segundo perro de la misma familia? ¿Cuánto quedaría el total?
Abrazo,
Martín"""),
("es", "b60-es-farmacia-reembolso-hoja-reclamaciones", "Begoña Larrañaga <begona.larranaga@example.es>", "Reembolso pedido FV-88213", "billing", "high",
"""Buenas tardes:

El 2 de septiembre devolví, sin abrir, las dos cajas de antiinflamatorio
del pedido FV-88213 (68,40 €) porque el veterinario cambió el
tratamiento. Tengo el justificante de entrega de Correos del día 5.
Desde entonces he escrito tres veces y siempre me contestan que "está
en trámite".

Si el importe no está en mi cuenta en diez días, presentaré una
reclamación ante la Oficina Municipal de Información al Consumidor y
acudiré a la OCU.

Begoña Larrañaga"""),
("es", "b60-es-mx-hotel-gatos-profeco", "Fernanda Ochoa <fernanda.ochoa@example.com.mx>", "Cobro de más en la estancia", "billing", "high",
"""Buenas noches,

Mis dos gatos se quedaron 7 noches en su hotel. La tarifa publicada y la
que me confirmaron por WhatsApp era de $350 por gato por noche, o sea
$4,900. Al recogerlos me cobraron $6,300 diciendo que "en temporada alta
es otra tarifa". Nadie me lo dijo antes.

Quiero que me devuelvan los $1,400 de diferencia. Si no tengo respuesta
esta semana voy a poner una queja en Profeco.

Fernanda Ochoa"""),
("es", "b60-es-app-cuidadores-cargo-no-reconocido", "Sergio Vidal <sergio.vidal@example.es>", "Cargo que no reconozco", "billing", "high",
"""Hola,
me aparece un cargo de 89,00 EUR de vuestra app del dia 14. No he
reservado nada desde junio, y en la app no sale ninguna reserva ese dia.
Os escribi el lunes y no he tenido respuesta. Si manana no me decis nada
lo reclamo al banco como cargo no autorizado y que lo devuelvan ellos.
Sergio"""),
("es", "b60-es-app-chat-se-cierra-no-cobro", "Lucía Arranz <lucia.arranz@example.es>", "La app", "technical", "",
"""Hola,

Antes de nada: no es un tema de cobros, eso está todo bien.

Desde la última actualización la app se cierra cada vez que abro el chat
con la cuidadora, así que no puedo ver las fotos ni los mensajes sobre
Pipo. Tengo un Xiaomi Redmi Note 12. Ya la he borrado y vuelto a
instalar y pasa lo mismo.

Lucía"""),
("es", "b60-es-ar-collar-gps-no-actualiza", "Federico Paz <fede.paz@example.com.ar>", "collar gps", "technical", "",
"""Buenas, el collar GPS de Lola marca que está en casa aunque estemos en
el parque Sarmiento. No se actualiza desde el viernes. Tiene 75% de
batería y la lucecita titila en verde. Ya lo reinicié dos veces. ¿Qué
puede ser?"""),
("es", "b60-es-mx-urgente-login-microchip", "Guadalupe Carrillo <lupita.carrillo@example.com.mx>", "URGENTE!!!!", "technical", "",
"""URGENTE: no puedo entrar a mi cuenta del registro de microchip para
actualizar mi direccion. Me pide codigo que llega al correo, lo pongo y
me dice "codigo expirado" aunque lo pongo en menos de un minuto. Ya lo
intente 5 veces. Mi perro esta en casa y bien, solo quiero dejarlo
listo antes de la mudanza del sabado.
Lupita"""),
("es", "b60-es-farmacia-receta-no-sube", "Ramón Escudero <ramon.escudero@example.es>", "No puedo subir la receta", "technical", "",
"""Buenos días,

Intento subir la receta veterinaria del antibiótico de mi perra en la
web y al darle a "Adjuntar" sale "Error: archivo no válido". La receta
es un PDF que me mandó la clínica por email, de 200 KB. También probé
con una foto y pasa igual. He usado Chrome y Firefox.

Un saludo,
Ramón Escudero"""),
("es", "b60-es-co-lampara-uvb-sin-reembolso", "Juan Camilo Restrepo <juanca.restrepo@example.com.co>", "Lámpara UVB", "technical", "",
"""Hola, buenas. La lámpara UVB que les compré para el terrario de la
iguana dejó de prender a las tres semanas. No quiero que me devuelvan la
plata ni nada, solo quiero saber si es la lámpara o el balastro, porque
el balastro también es de ustedes y no quiero comprar otra lámpara si
el problema es él. Mil gracias."""),
("es", "b60-es-webcam-guarderia", "Nerea Salinas <nerea.salinas@example.es>", "webcam", "technical", "",
"""Holaa! La webcam de la guarde no me funciona desde el martes, se queda
cargando y luego pone "emisión no disponible". Ni en el móvil ni en el
portátil. ¿Es cosa vuestra o mía? Me encanta ver a Chispa haciendo el
loco con los demás jajaja"""),
("es", "b60-es-cl-fuente-no-bombea", "Ignacio Rojas <ignacio.rojas@example.cl>", "Fuente para gatos", "technical", "",
"""Hola, la fuente de agua para gatos que compré hace 5 semanas dejó de
bombear. Se escucha el motor pero el agua no sube. La desarmé, la lavé
entera y le cambié el filtro. Los gatos están tomando del plato por
mientras. ¿Qué más puedo revisar?
Ignacio"""),
("es", "b60-es-re-termostato-terrario", "Daniel Carmona <daniel.carmona@example.es>", "Re: Incidencia 21740 - termostato", "technical", "",
"""Hola, Javier:

He hecho lo que me dijiste: he puesto la sonda en la zona caliente,
lejos del foco, y he reseteado el termostato. Sigue marcando 31 cuando
con el termómetro de infrarrojos mido 38 bajo el foco. La pitón está
bien, pero así no me fío.

¿Siguiente paso?

Dani

-----Mensaje original-----
De: Javier (Soporte Escamas y Plumas)
Enviado el: jueves, 6 de junio de 2024 16:02
Asunto: Incidencia 21740 - termostato

Hola Daniel, prueba a colocar la sonda en la zona caliente pero no
directamente bajo el foco, y resetea el termostato manteniendo pulsado
el botón SET 10 segundos. Nos cuentas."""),
("es", "b60-es-mx-comedero-automatico-hora", "Andrea Solís <andrea.solis@example.com.mx>", "Comedero", "technical", "",
"""Hola! el comedero automatico que compre con ustedes se desprograma
solito, cada que se va la luz regresa a las 00:00 y ya no sirve la
comida a la hora. Trae pilas de respaldo y se las cambie. Ayuda porfa,
mi gato Benito me despierta a las 5am jaja"""),
("es", "b60-es-manta-termica-derretida", "Alfonso Ibarra <alfonso.ibarra@example.es>", "Manta térmica", "technical", "high",
"""Buenas tardes:

Les comunico lo que ha pasado con la manta térmica de 25 W que les compré
en febrero para el terrario de mi serpiente del maíz. Esta mañana he
notado olor a quemado en la habitación. La manta, conectada a un
termostato a 30 grados, tenía una esquina derretida y el mueble de
madera de debajo está chamuscado. La serpiente está bien.

La he desenchufado y la he apartado. Les agradecería que me dijeran qué
hago con ella y si hay otras con el mismo problema.

Un saludo,
Alfonso Ibarra"""),
("es", "b60-es-ar-cortadora-patada", "Romina Quiroga <romina.quiroga@example.com.ar>", "Máquina de cortar pelo", "technical", "high",
"""Hola,
la máquina de cortar pelo para perros que compré hace 10 días me dio una
patada (corriente) cuando la agarré para cortarle el pelo a Bruno, tenía
las manos secas. Fue leve pero me quedó el brazo hormigueando un rato.
La desenchufé y no la voy a volver a usar así. ¿Qué hago?
Romina"""),
("es", "b60-es-guarderia-reservas-caido", "Guardería Canina Los Pinos <hola@guarderialospinos.example>", "El programa", "technical", "high",
"""Buenos días:

Somos la guardería canina Los Pinos, en Majadahonda, y usamos vuestro
programa de reservas. Desde las 7:30 no carga nada: entramos y la lista
de perros del día sale vacía.

Tenemos unos 30 perros entrando cada mañana y ahora mismo no sabemos
quién toma medicación ni a qué hora, quién es alérgico a qué ni quién no
puede estar con el grupo grande. Hay dueños esperando en la puerta que
llegan tarde a trabajar y alguno se ha vuelto a casa con el perro.
Estamos tirando de memoria y de papel.

Llamadme en cuanto leáis esto, por favor: 600 900 318.
Irene Montalbán"""),
("es", "b60-es-mx-cuenta-bloqueada-insulina", "Héctor Domínguez <hector.dominguez@example.com.mx>", "Cuenta bloqueada", "technical", "high",
"""Buenas tardes,

Mi cuenta en su farmacia en línea se bloqueó por "demasiados intentos" y
el correo para desbloquearla nunca llega, ni en spam. Mi gato Simón es
diabético y le queda insulina para dos días. Su receta está registrada
en su sistema y no puedo pedirla.

Por favor desbloqueen la cuenta o háganme el pedido ustedes. Mi celular
es 55 1234 0099.

Héctor Domínguez"""),
("es", "b60-es-gracias-crematorio", "Carmen Villar <carmen.villar@example.es>", "Gracias", "general", "",
"""Queridos todos:

Solo quería daros las gracias por cómo tratasteis a Bimba, y a nosotros,
el jueves pasado. Nos dejasteis despedirnos sin prisa en la salita del
jardín, y cuando nos entregasteis las cenizas venían con la huella de su
patita en arcilla. No me lo esperaba y lloré, pero de las buenas.

Ya se lo he contado a todo el barrio.

Un abrazo muy grande,
Carmen"""),
("es", "b60-es-ar-horario-feriado-hotel", "Sofía Medina <sofia.medina@example.com.ar>", "Feriado", "general", "",
"""Hola, ¿qué horario tienen el feriado del lunes? Volvemos de Córdoba y
queremos retirar a Michi antes de las 20 si se puede. Gracias!"""),
("es", "b60-es-cambio-direccion-microchip", "Jose Luis Cabrera <jl.cabrera@example.es>", "Cambio de domicilio", "general", "",
"""Buenos dias,
les ruego actualicen el domicilio en el registro del microchip de mi
perro Rufo (n. 724098100987654): antes Calle Mayor 12, Alcorcon, ahora
Avenida de la Libertad 3, 2B, 30009 Murcia. El telefono y el correo no
cambian.
Atentamente,
Jose Luis Cabrera"""),
("es", "b60-es-mx-correa-olvidada", "Valeria Ruiz <valeria.ruiz@example.com.mx>", "se nos olvidó", "general", "",
"""Holi, creo que ayer dejamos la correa y el arnés de Manchas en la
guardería, son azules con huesitos. ¿Me los guardan y paso por ellos
mañana en la mañana? Gracias!!"""),
("es", "b60-es-instrucciones-entrega-conserje", "Elena Pastor <elena.pastor@example.es>", "Instrucciones de entrega", "general", "",
"""Hola:

En mi próximo pedido va la insulina de Kira, que viene refrigerada. Entre
semana no estoy en casa hasta las seis, así que, si nadie abre, dejádsela
por favor a Antonio, el conserje de la finca, que la meterá en su nevera.
En el felpudo no, por favor.

Gracias,
Elena Pastor"""),
("es", "b60-es-co-cuidador-llego-tarde-grosero", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "El cuidador del sábado", "general", "",
"""Buenas tardes,

Quería contarles lo del cuidador que me asignaron el sábado para sacar a
Tommy. Llegó una hora y media tarde sin avisar, y cuando mi mamá le
preguntó qué había pasado le respondió de muy mala manera que "para eso
no le pagaban". Mi mamá tiene 74 años y se quedó muy afectada.

No les pido nada, solo me parece que deben saberlo.

Natalia Cárdenas"""),
("es", "b60-es-rgpd-copia-datos", "Pablo Herrero <pablo.herrero@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito una copia de todos los
datos personales que su aplicación conserva sobre mí (perfil, mensajes,
historial de paseos con ubicación y reservas), así como información
sobre con quién se han compartido.

Atentamente,
Pablo Herrero Sáez"""),
("es", "b60-es-ar-refugio-rifa", "Refugio Patitas de Quilmes <refugio.patitas@example.org.ar>", "Rifa solidaria", "general", "",
"""Hola, ¿cómo están? Somos un refugio chiquito de Quilmes y el 20 de
noviembre hacemos una rifa para juntar plata para castraciones. ¿Nos
podrían donar algún premio (una bolsa de alimento, un voucher, lo que
puedan)? Los nombramos en nuestras redes. ¡Gracias de antemano!
Mariela, del Refugio Patitas"""),
("es", "b60-es-cl-huron-hotel", "Tomás Alarcón <tomas.alarcon@example.cl>", "Hurones", "general", "",
"""Hola, ¿reciben hurones en el hotel o solo gatos? Tenemos uno muy
tranquilo y en febrero nos vamos diez días al sur."""),
("es", "b60-es-me-muero-taller-iguanas", "Ainara Ruiz <ainara.ruiz@example.es>", "Taller", "general", "",
"""Hola!! Me muero de ganas de apuntarme al taller de cuidados básicos de
reptiles que anunciasteis en Instagram, mi iguana Godzilla es una bestia
y me está destrozando la casa jajaja. ¿Qué día es y dónde se hace? ¿Hay
que apuntarse antes?"""),
("es", "b60-es-cristales-tienda-exotica", "Jorge Lafuente <jorge.lafuente@example.es>", "Tienda de Zaragoza", "general", "high",
"""Hola,

Os escribo para avisar, sin más. Esta tarde en vuestra tienda de
Zaragoza había un terrario de exposición en la balda de abajo, en el
pasillo de los insectos vivos, con una esquina rota y cristales por el
suelo. Mi hijo de cinco años se agachó a mirar el de al lado y se hizo
un corte pequeño en la mano. Ya está bien, tirita y listo, pero está
justo a la altura de los críos y había muchos.

Jorge"""),
("es", "b60-es-mx-trato-empleado-gerente", "Adriana Esquivel <adriana.esquivel@example.com.mx>", "Queja sucursal Coyoacán", "general", "high",
"""Buenas tardes,

El domingo fui a su sucursal de Coyoacán a preguntar por una tarántula
para mi hija, que había juntado su dinero de cumpleaños. El empleado de
la caja nos dijo que "no estaba para perder el tiempo con niñas" y se
puso a ver su celular delante de nosotras. Mi hija salió llorando.

Exijo hablar con el gerente de la tienda o con el dueño. Así no se trata
a un cliente.

Adriana Esquivel
55 9988 0021"""),
("es", "b60-es-ar-puerton-perro-se-escapo", "Lucas Giménez <lucas.gimenez@example.com.ar>", "El portón del patio", "general", "high",
"""Hola,

Hoy a la tarde cuando fui a buscar a Pancho me contaron que se había
escapado a la calle por el portón del patio de la guardería, que no cierra
bien (el pestillo está flojo y se abre con solo empujarlo). Lo agarraron
en la esquina de Av. Rivadavia, a metros de los autos. Por suerte no le
pasó nada.

Les pido que lo arreglen ya, antes de que se escape otro perro y lo pise
un auto.

Lucas Giménez"""),
("es", "b60-es-jornada-adopcion", "Miriam Soler <miriam.soler@example.es>", "Jornada de adopción", "general", "",
"""Hola, he visto que el sábado 18 hacéis una jornada de adopción en la
tienda de Valencia con una protectora. ¿Hay que pedir cita o se puede ir
sin más? ¿Habrá gatos adultos también o solo cachorros?

Miriam"""),
# ---------------- Polish ----------------
("pl", "b60-pl-hotel-kotow-zaliczka-termin", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Rezerwacja dla Filemona i Pusi", "billing", "",
"""Dzień dobry,

W marcu wpłaciłam 100 zł zaliczki za pobyt Filemona i Pusi od 5 do 19
lipca. Biuro podróży przesunęło nam wyjazd na drugą połowę sierpnia
(16-30.08). Czy zaliczka może po prostu przejść na nowy termin, czy
muszę wpłacić nową, a tamtą odzyskać?

Pozdrawiam,
Agnieszka Wróblewska"""),
("pl", "b60-pl-blik-podwojnie", "Kamil Jasinski <kamil.jasinski@example.pl>", "platnosc", "billing", "",
"""Czesc, zarezerwowalem w aplikacji opiekunke dla psa na weekend, 180 zl,
zaplacilem BLIKiem. W banku widze dwie platnosci po 180 zl w odstepie
minuty. Prosze o zwrot jednej. Kamil"""),
("pl", "b60-pl-kremacja-cena-raty", "Zdzisław Kaczmarek <z.kaczmarek@example.pl>", "Zapytanie", "billing", "",
"""Szanowni Państwo,

Nasz owczarek Bari ma 14 lat i weterynarz uprzedził nas, że zostało mu
niewiele czasu. Wolę załatwić te sprawy spokojnie teraz, a nie w tym
dniu. Ile kosztuje kremacja indywidualna psa ważącego około 35 kg, ze
zwrotem prochów w drewnianej urnie? Czy odbiór z gabinetu w Lesznie jest
dodatkowo płatny i czy można zapłacić w dwóch ratach? Jesteśmy z żoną
emerytami.

Z poważaniem,
Zdzisław Kaczmarek"""),
("pl", "b60-pl-karma-misia-teczowy-most", "Beata Sikora <beata.sikora@example.pl>", "Subskrypcja karmy", "billing", "",
"""Dzień dobry,

Misia odeszła w sobotę za tęczowy most, miała 18 lat. Proszę nie wysyłać
już karmy nerkowej i nie pobierać opłaty 129,90 zł, która miała zejść
10-go. Nie trzeba do mnie dzwonić.

Dziękuję za te wszystkie lata.
Beata"""),
("pl", "b60-pl-faktura-nip-hodowla", "Hodowla Z Leśnej Polany <biuro@lesnapolana-hodowla.example>", "Faktura na firmę - zamówienie AW-40512", "billing", "",
"""Dzień dobry,

Do zamówienia AW-40512 (szczepionki i preparaty odrobaczające dla
hodowli) dostaliśmy paragon. Prosimy o wystawienie faktury VAT na dane:

Hodowla Z Leśnej Polany Anna Zielińska
NIP 712-345-67-89
ul. Polna 8, 21-040 Świdnik

Paragon z NIP-em nie był drukowany, więc nie powinno być problemu.

Pozdrawiamy,
Anna Zielińska"""),
("pl", "b60-pl-przedszkole-karnet-gdansk", "Marta Kozłowska <marta.kozlowska@example.pl>", "Rambo", "billing", "",
"""Cześć Kasiu i cała ekipo,

Niestety przeprowadzamy się pod koniec marca do Gdańska (praca męża), więc
Rambo nie będzie już przychodził na swoje trzy dni w tygodniu. Ostatni
dzień to piątek 28.03. Proszę nie pobierać opłaty za kwiecień.

Będzie tęsknił, my też.
Marta"""),
("pl", "b60-pl-swierszcze-martwe-zwrot-pieniedzy", "Dawid Krol <dawid.krol@example.pl>", "Zamowienie 22871", "billing", "",
"""Dzien dobry, w zamowieniu 22871 dwa pojemniki swierszczy bananowych
przyszly martwe, wszystkie. Nie chce nowych (gekon juz dostal jedzenie
ze sklepu u nas), prosze tylko o zwrot 29,98 zl. Zdjecia w zalaczniku.
Dawid"""),
("pl", "b60-pl-odp-wycena-kremacji-przelew", "Łukasz Górecki <lukasz.gorecki@example.pl>", "Odp: Wycena dla Lusi", "billing", "",
"""Dzień dobry Pani Ewo,

Dziękujemy za wszystko. Decydujemy się na kremację indywidualną i
ceramiczną urnę z imieniem. Czy możemy zapłacić przelewem zamiast kartą?
Jeśli tak, proszę o numer konta i tytuł przelewu.

Łukasz Górecki

W dniu pon., 14 paź 2024 o 10:32 Ewa Nowak <kontakt@example-teczowamost.pl> napisała:
> Szanowny Panie,
>
> Bardzo nam przykro z powodu Lusi. Tak jak rozmawialiśmy, kremacja
> indywidualna kota kosztuje 450 zł, a ceramiczna urna z grawerem
> 180 zł. Odbiór z kliniki w Tychach jest wliczony w cenę.
>
> Z wyrazami współczucia,
> Ewa Nowak"""),
("pl", "b60-pl-baza-chipow-auto-odnowienie", "Paweł Michalski <pawel.michalski@example.pl>", "Pakiet premium", "billing", "",
"""Dzień dobry,

Z karty zeszło mi 49 zł za przedłużenie pakietu premium w bazie chipów
dla mojego psa. Wykupiłem go rok temu jednorazowo i nigdzie nie
zaznaczałem automatycznego odnowienia. Proszę o wyłączenie odnowienia
i zwrot tych 49 zł.

Paweł Michalski"""),
("pl", "b60-pl-pytanko-kod-rabatowy", "Natalia Wojcik <natalia.wojcik@example.pl>", "Pytanko", "billing", "",
"""Hej, w newsletterze byl kod ZWIERZAK10 na -10% na karmy, ale przy
zamowieniu nie zadzialal i zaplacilam pelne 214 zl. Mozecie mi oddac
roznice? Nr zamowienia 90344."""),
("pl", "b60-pl-opiekun-wyplata-nie-doszla", "Mateusz Zieliński <mateusz.zielinski@example.pl>", "Wypłata za listopad", "billing", "",
"""Dzień dobry,

Jestem opiekunem w Waszej aplikacji (profil: Mateusz Z., Wrocław
Krzyki). Za spacery i dwie opieki nocne z listopada należy mi się 1 240 zł
po odjęciu prowizji, a wypłata miała być 5 grudnia. Do dziś nic nie
wpłynęło, a w zakładce „Zarobki" ciągle status „w realizacji".
Dodatkowo przy jednym spacerze widzę potrącenie 15 zł „korekta" - skąd
ono jest?

Pozdrawiam,
Mateusz"""),
("pl", "b60-pl-urna-rzecznik-konsumentow", "Halina Dudek <halina.dudek@example.pl>", "Urna, za którą zapłaciłam", "billing", "high",
"""Szanowni Państwo,

4 września zapłaciłam 520 zł za kremację indywidualną mojego kota
Puszka oraz dodatkowo 190 zł za urnę z imieniem. Prochy dostałam w
zwykłym plastikowym pojemniku z informacją, że urna „dojdzie". Minęło
sześć tygodni, dzwoniłam cztery razy i nikt nie potrafi mi nic
konkretnego powiedzieć.

Oczekuję urny w ciągu tygodnia albo zwrotu 190 zł. W przeciwnym razie
zwrócę się do miejskiego rzecznika konsumentów.

Halina Dudek"""),
("pl", "b60-pl-przedszkole-oplata-kierownik", "Robert Szymanski <robert.szymanski@example.pl>", "OPLATA ZA DNI NIEOBECNOSCI", "billing", "high",
"""Azor byl chory i NIE BYL w przedszkolu 5 dni w pazdzierniku, za kazdym
razem zglaszalem to rano przez aplikacje. A mimo to pobraliscie oplate
za wszystkie dni, 22 x 65 zl. Pani na recepcji mowi ze "tak liczy system".
Chce rozmawiac z kierownikiem albo wlascicielem, nie z recepcja.
Czekam na telefon: 601 000 447.
Robert Szymanski"""),
("pl", "b60-pl-apteka-chargeback", "Ewelina Baran <ewelina.baran@example.pl>", "Zamówienie 61207", "billing", "high",
"""Dzień dobry,

Za zamówienie 61207 (preparaty na kleszcze dla dwóch psów, 236,80 zł)
zostałam obciążona dwa razy. Pisałam 3 i 10 listopada, bez żadnej
odpowiedzi. Jeżeli do piątku drugie obciążenie nie zostanie zwrócone,
złożę w banku reklamację transakcji (chargeback).

Ewelina Baran"""),
("pl", "b60-pl-aplikacja-czat-nie-platnosc", "Joanna Kubiak <joanna.kubiak@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

Od razu zaznaczę: to nie jest sprawa płatności, z tym wszystko w porządku.

Od ostatniej aktualizacji aplikacja zamyka się, gdy tylko wejdę w czat z
opiekunką, więc nie widzę zdjęć ani wiadomości o Kluseczce. Telefon to
Motorola g54. Odinstalowałam i zainstalowałam ponownie - bez zmian.

Joanna"""),
("pl", "b60-pl-obroza-gps-stoi", "Piotr Nowakowski <piotr.nowakowski@example.pl>", "obroza gps", "technical", "",
"""Obroza GPS pokazuje ze Maks jest w domu, a jestesmy na spacerze w
Lesie Kabackim. Lokalizacja nie odswieza sie od piatku. Bateria 80%,
dioda miga na zielono, restart robilem dwa razy."""),
("pl", "b60-pl-pilne-haslo-baza-chipow", "Krystyna Majewska <krystyna.majewska@example.pl>", "PILNE!!! NIE MOGĘ SIĘ ZALOGOWAĆ", "technical", "",
"""OD GODZINY PRÓBUJĘ SIĘ ZALOGOWAĆ, ŻEBY ZMIENIĆ NUMER TELEFONU PRZY CHIPIE
MOJEJ SUNI. RESETUJĘ HASŁO, PRZYCHODZI MAIL, USTAWIAM NOWE I ZNOWU MAM
„NIEPRAWIDŁOWY LOGIN LUB HASŁO". CZTERY RAZY TAK.

Przepraszam za duże litery, słabo widzę. Sunia jest w domu, cała i
zdrowa, chcę to tylko mieć załatwione.

Krystyna Majewska"""),
("pl", "b60-pl-apteka-recepta-nie-wgrywa", "Andrzej Wilk <andrzej.wilk@example.pl>", "Nie mogę dodać recepty", "technical", "",
"""Dzień dobry,

Próbuję dodać na stronie receptę weterynaryjną na lek nasercowy dla psa
i po kliknięciu „Załącz plik" pojawia się „Błąd: nieobsługiwany format".
To zwykły PDF z gabinetu, 250 KB. Zdjęcie w JPG też nie przechodzi.
Próbowałem w Chrome i Edge.

Andrzej Wilk"""),
("pl", "b60-pl-termostat-terrarium", "Szymon Pawlowski <szymon.pawlowski@example.pl>", "Termostat", "technical", "",
"""Dzien dobry,
termostat cyfrowy kupiony u Panstwa do terrarium agamy pokazuje 33 stopnie,
a pirometrem w miejscu wygrzewania mierze 40. Kalibrowalem wg instrukcji.
Co jeszcze moge zrobic?
Szymon"""),
("pl", "b60-pl-kamera-przedszkole", "Ola Baranowska <ola.baranowska@example.pl>", "kamerka", "technical", "",
"""Hejka! Kamerka z przedszkola nie działa mi od środy, kręci się kółko i
potem „transmisja niedostępna". Na telefonie i na laptopie to samo. To u
Was czy u mnie? Uwielbiam podglądać, jak Fasolka szaleje z kumplami :)"""),
("pl", "b60-pl-odp-fontanna-pompa", "Iwona Kalinowska <iwona.kalinowska@example.pl>", "Odp: Zgłoszenie 30417 - fontanna dla kota", "technical", "",
"""Dzień dobry Panie Tomku,

Nowa pompka, którą Państwo przysłali, działała cztery dni i znowu to
samo: buczy, ale woda nie leci. Wszystko czyściłam zgodnie z instrukcją,
filtr nowy. Koty na razie piją z miski. Co dalej?

Iwona Kalinowska

> Od: Tomasz, Obsługa Klienta
> Wysłano: wtorek, 11 czerwca 2024 09:48
> Temat: Zgłoszenie 30417 - fontanna dla kota
>
> Pani Iwono, wysyłamy nową pompkę bezpłatnie. Proszę dać znać, czy
> problem ustąpił."""),
("pl", "b60-pl-drzwiczki-chip-zapomina", "Renata Lis <renata.lis@example.pl>", "Zamówienie 45520", "technical", "",
"""Dzień dobry, drzwiczki z czytnikiem chipa z tego zamówienia nie
zapamiętują kota. Przy programowaniu piszczą, że jest OK, a następnego
dnia go nie wpuszczają. Baterie nowe. Chip czyta się normalnie u
weterynarza."""),
("pl", "b60-pl-karmnik-gubi-godzine", "Grzegorz Adamski <grzegorz.adamski@example.pl>", "karmnik", "technical", "",
"""Karmnik automatyczny od was kasuje ustawienia za kazdym razem jak na
chwile zniknie prad, wraca na 00:00 i nie wydaje karmy o swojej porze.
Baterie awaryjne wymienione. Kot budzi mnie o 5 rano, pomocy :)"""),
("pl", "b60-pl-mata-grzewcza-spalenizna", "Jerzy Kowalczyk <jerzy.kowalczyk@example.pl>", "Mata grzewcza", "technical", "high",
"""Dzień dobry,

Chciałbym poinformować o macie grzewczej 20 W kupionej u Państwa w
kwietniu. Dziś rano poczułem w pokoju swąd spalenizny. Mata leżąca pod
terrarium węża zbożowego, podłączona do termostatu ustawionego na 30
stopni, ma stopiony róg, a drewniana półka pod nią jest przypalona. Wąż
jest cały.

Odłączyłem matę i odstawiłem na bok. Proszę o informację, co mam z nią
zrobić i czy inne maty z tej partii nie mają tego samego problemu.

Z poważaniem,
Jerzy Kowalczyk"""),
("pl", "b60-pl-lokalizator-bateria-spuchla", "Monika Czerwińska <monika.czerwinska@example.pl>", "Lokalizator", "technical", "high",
"""Dobry wieczór,
obudowa lokalizatora GPS od Tofika pękła na łączeniu i tył się wybrzuszył.
Jak go zdejmowałam z obroży, był bardzo gorący. Odłożyłam go na płytki na
balkonie. Czy to może się zapalić? Co mam z nim zrobić?
Monika"""),
("pl", "b60-pl-hotel-psow-system-rezerwacji", "Psi Hotel Pod Debem <recepcja@psihotel-poddebem.example>", "System", "technical", "high",
"""Dzien dobry,

Prowadzimy hotel dla psow pod Krakowem i korzystamy z Waszego systemu
rezerwacji. Od 7 rano po zalogowaniu przy kazdej rezerwacji jest tylko
"Brak danych".

Dzis piatek przed dlugim weekendem, mamy 28 przyjazdow. Nie widzimy kto
przyjezdza, do ktorego boksu, jakie leki dostaje ktory pies. Wlasciciele
stoja z psami i walizkami przed brama, czesc spieszy sie na samolot.

Prosze o pilny telefon: 12 345 67 89.
Wojciech Dab"""),
("pl", "b60-pl-apteka-konto-zablokowane-insulina", "Teresa Wójtowicz <teresa.wojtowicz@example.pl>", "Zablokowane konto", "technical", "high",
"""Dzień dobry,

Moje konto w Państwa aptece zostało zablokowane („zbyt wiele prób
logowania"), a e-mail do odblokowania nie przychodzi, także w spamie.
Mój pies Bosman ma cukrzycę i insuliny zostało mu na dwa dni. Recepta jest
w Państwa systemie, a ja nie mogę złożyć zamówienia.

Bardzo proszę o odblokowanie konta albo przyjęcie zamówienia ode mnie
telefonicznie: 604 000 193.

Teresa Wójtowicz"""),
("pl", "b60-pl-podziekowanie-krematorium", "Danuta Olszewska <danuta.olszewska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam z całego serca podziękować za to, jak zajęliście się naszym
Kubusiem i nami w zeszły czwartek. Mogliśmy się pożegnać w spokoju, nikt
nas nie poganiał. Razem z prochami dostaliśmy odcisk jego łapki w glinie
- nie spodziewałam się tego i popłakałam się, ale ze wzruszenia.

Będę Was polecać wszystkim znajomym.

Danuta Olszewska"""),
("pl", "b60-pl-hotel-kotow-swieta-godziny", "Weronika Pietrzak <weronika.pietrzak@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, w jakich godzinach można przywieźć kota 24 grudnia rano?
I czy w drugi dzień świąt będzie można go odebrać? Pozdrawiam, Weronika"""),
("pl", "b60-pl-zmiana-telefonu-baza-chipow", "Stanisław Jabłoński <stanislaw.jablonski@example.pl>", "Zmiana numeru telefonu", "general", "",
"""Dzień dobry,

Proszę o zmianę numeru telefonu przy rejestracji mojego psa Reksia
(chip 616093900456123) z 502 111 222 na 698 333 444. Adres i e-mail bez
zmian.

Stanisław Jabłoński"""),
("pl", "b60-pl-zapomniana-smycz", "Karolina Mazur <karolina.mazur@example.pl>", "smycz", "general", "",
"""Hej, chyba zostawilismy w przedszkolu smycz i szelki Bajki w piatek,
rozowe w lapki. Odlozycie je? Odbiore jutro przy przyprowadzaniu.
Dzieki!!"""),
("pl", "b60-pl-dostawa-sasiadka", "Elżbieta Kowalska <elzbieta.kowalska@example.pl>", "Dostawa", "general", "",
"""Dzień dobry,

W najbliższym zamówieniu będzie insulina dla kota, wysyłana w chłodzonej
paczce. W tygodniu wracam z pracy po 17, więc jeśli nikt nie otworzy,
proszę zostawić paczkę u sąsiadki spod 4, pani Haliny - włoży ją do
lodówki. Proszę nie zostawiać pod drzwiami.

Dziękuję,
Elżbieta Kowalska"""),
("pl", "b60-pl-opiekunka-palila-w-mieszkaniu", "Aleksandra Wrona <aleksandra.wrona@example.pl>", "Opiekunka z soboty", "general", "",
"""Dzień dobry,

Piszę tylko, żeby Państwo wiedzieli - niczego nie oczekuję. Opiekunka,
która w sobotę przychodziła nakarmić moje koty, paliła w mieszkaniu. Na
balkonie znalazłam niedopałek, a w kuchni śmierdziało papierosami. Gdy
napisałam do niej w aplikacji, odpisała „to był tylko jeden". Nie
uważam, żeby tak się zachowywać w cudzym domu.

Aleksandra"""),
("pl", "b60-pl-rodo-usuniecie-konta", "Tomasz Grabowski <tomasz.grabowski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

Na podstawie art. 17 RODO proszę o usunięcie mojego konta oraz wszystkich
moich danych osobowych (dane kontaktowe, adresy, historia spacerów z
lokalizacją, wiadomości) z Państwa aplikacji i potwierdzenie tego na
piśmie.

Tomasz Grabowski"""),
("pl", "b60-pl-schronisko-festyn", "Fundacja Psia Łapa <kontakt@psialapa-fundacja.example>", "Festyn dla schroniska", "general", "",
"""Dzień dobry,

Jesteśmy małą fundacją z Olsztyna. 7 września organizujemy festyn
adopcyjny, z którego dochód pójdzie na leczenie psów ze schroniska.
Czy mogliby Państwo przekazać jakąś nagrodę do loterii (np. voucher do
przedszkola dla psów albo legowisko)? Chętnie podziękujemy na naszym
profilu i na plakatach.

Pozdrawiamy,
Magdalena Sowa"""),
("pl", "b60-pl-krolik-terrorysta-hotel", "Bartosz Lewandowski <bartosz.lewandowski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry! Czy przyjmujecie na pobyt króliki? Nasz Bruno to mały
terrorysta, ale z kotami żyje w zgodzie :) W lipcu wyjeżdżamy na tydzień
i szukamy dla niego miejsca."""),
("pl", "b60-pl-stluczona-szyba-sklep-zoologiczny", "Michał Nowicki <michal.nowicki@example.pl>", "Sklep w Poznaniu", "general", "high",
"""Dzień dobry,

Piszę, żeby dać znać. Dziś po południu w Waszym sklepie w Poznaniu
(Galeria przy Głogowskiej) w alejce z żywym pokarmem, na dolnej półce,
stało puste terrarium ekspozycyjne z rozbitym rogiem, a na podłodze
leżały odłamki szkła. Mój 4-letni syn kucnął, żeby zajrzeć do
sąsiedniego, i skaleczył się w dłoń. Nic poważnego, plaster wystarczył,
ale to jest dokładnie na wysokości dzieci, a było ich dziś sporo.

Michał Nowicki"""),
("pl", "b60-pl-obsluga-niegrzeczna-kierownik", "Agata Zawadzka <agata.zawadzka@example.pl>", "Skarga - sklep na Mokotowie", "general", "high",
"""Dzien dobry,

W niedziele bylam z corka w Waszym sklepie na Mokotowie zapytac o
patyczaki. Corka zbierala pieniadze z urodzin. Sprzedawca przy kasie
powiedzial, ze "nie ma czasu na dzieciaki, ktore chca robaczki" i
zaczal przegladac telefon. Corka wyszla z placzem.

Zadam rozmowy z kierownikiem sklepu albo wlascicielem. Tak sie nie
traktuje klientow.

Agata Zawadzka
607 000 312"""),
("pl", "b60-pl-dziura-w-ogrodzeniu-przedszkole", "Rafał Sobczak <rafal.sobczak@example.pl>", "Ogrodzenie na wybiegu", "general", "high",
"""Dzień dobry,

Przy odbiorze Kajtka dowiedziałem się, że wydostał się na ulicę przez
dziurę w siatce za altaną na dużym wybiegu. Złapali go dopiero przy
przejściu dla pieszych na Grunwaldzkiej. Nic mu się nie stało, ale
obejrzałem tę dziurę - zmieści się tam każdy średni pies.

Proszę ją załatać, zanim inny pies wpadnie pod samochód.

Rafał Sobczak"""),
("pl", "b60-pl-dzien-otwarty-adopcje", "Iga Krawczyk <iga.krawczyk@example.pl>", "Dzień adopcji", "general", "",
"""Hej, widziałam, że w sobotę 21-go robicie z fundacją dzień adopcji w
sklepie w Łodzi. Trzeba się wcześniej zapisać czy można po prostu
przyjść? Będą też dorosłe koty, czy same kociaki?

Iga"""),
]
