# batch46.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Flying and the air -- flying schools, drone training
# and drone shops, gliding clubs, skydiving, hot-air balloon rides,
# helicopter tours, light aircraft maintenance -- with the usual failure
# classes: escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, paid plans ended or paused in other words, business
# outages told only by their consequences, safety hazards told calmly,
# praise, payment questions, and everyday mail of all three queues.
# 40 mails each in English, Greek, Spanish and Polish, written separately
# for each language.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b46-balloon-voucher-expired-weather", "Pauline Hargreaves <pauline.hargreaves@example.co.uk>", "Balloon flight voucher", "billing", "",
"""Good afternoon,

Last March my brother and I bought our parents a champagne balloon
flight for two (voucher BX-20417, 358.00) for their ruby wedding. They
have been booked on three flights since then from your Ashbourne
launch site and every one has been called off because of the wind,
which of course nobody can help.

The voucher says it expired on 28 February. They didn't let it lapse
on purpose - they were on the list right up until then. Could you
extend it for another season rather than them losing the money?

Many thanks,
Pauline Hargreaves"""),
("en", "b46-discovery-flight-charged-twice", "Tyler Brandt <tbrandt@example.com>", "discovery flight", "billing", "",
"""Hi, I did the 45 min discovery flight out of your Frederick location
on Saturday (great time btw). Looking at my Visa today there are two
charges of $229.00 from you on the same day. Pretty sure I only flew
once lol. Can you reverse one of them?

Tyler"""),
("en", "b46-gliding-membership-tom", "Margaret Ellison <m.ellison@example.org.uk>", "Tom Ellison - membership", "billing", "",
"""Dear Membership Secretary,

I am writing on behalf of my husband Tom, who was a member of the club
for over thirty years. Sadly he died in January after a short illness.

I see from our bank statement that his annual subscription of 420.00
is due to be collected on the 1st of next month by direct debit. Tom
won't be flying again, so I would be grateful if you could make sure
it is not taken, and let me know if anything is still owed for his
share of the syndicate glider.

The friends from the club who came to the funeral were a great
comfort. Please pass on my thanks.

Yours sincerely,
Margaret Ellison"""),
("en", "b46-feet-on-the-ground-dues", "Graeme Wilkes <graeme.wilkes@example.com.au>", "Time to keep my feet on the ground", "billing", "",
"""G'day all,

Well the eye specialist has had the final say and my class 2 medical
isn't coming back. After 41 years of flying out of Jandakot I reckon
it's time to keep my feet on the ground.

Could you please stop the monthly club dues (AUD 85) from March on? I
paid the hangar share up to June so if there's a bit to come back on
that, good, if not, put it towards the barbie fund.

Cheers,
Graeme"""),
("en", "b46-drone-swap-bigger-model", "Rhys Morgan <rhys.morgan@example.co.uk>", "Order 40982 - swap", "billing", "",
"""Hiya,

Bought the Mini 4 combo from you last week (order 40982, 869.00) and
it's still sealed in the box. Having done the A2 course I now realise
I want the Air 3 for the bigger sensor. Can I send the Mini back and
swap it for the Air 3 and just pay the difference, or do I have to do
a full return and buy again?

Cheers,
Rhys"""),
("en", "b46-cpl-fees-in-parts-upi", "Aditya Kulkarni <aditya.kulkarni@example.in>", "Regarding payment of CPL course fee", "billing", "",
"""Respected Sir/Madam,

I have got my admission letter for the CPL batch starting in July at
your Baramati campus. The total fee mentioned is Rs. 38,50,000. My
father has arranged an education loan but the bank will release it in
two tranches only.

Kindly let me know whether the fee can be paid in parts, how much is
required before joining, and whether UPI or NEFT is accepted for the
first instalment. Also please confirm if GST receipt will be issued
for each instalment separately, as the bank is asking for the same.

Thanking you,
Aditya Kulkarni
Pune"""),
("en", "b46-annual-invoice-vat-number", "Niamh Kearney <accounts@kearney-aviation.example.ie>", "Invoice 7731 - annual on EI-CKH", "billing", "",
"""Hi there,

Thanks for getting EI-CKH through her annual so quickly. Just one thing
on invoice 7731 (EUR 3,412.60): it's made out to me personally, but the
aircraft is owned by the company and we need our VAT number on it to
reclaim the VAT. Could you reissue it to:

Kearney Aviation Ltd
Unit 4, Weston Business Park, Leixlip, Co. Kildare
VAT IE 3318207QH

Many thanks,
Niamh Kearney
Accounts"""),
("en", "b46-tandem-surcharge-not-listed", "Josh Pattinson <josh.pattinson@example.com.au>", "Extra $60?", "billing", "",
"""Hey,

Jumped with you at Mission Beach on Thursday. Awesome day, no complaints
about the jump. But when I checked in they charged me an extra AUD 60
"weight surcharge" because I'm 98 kg. Your booking page says the limit
is 110 kg and doesn't say anything about paying more between 95 and
110. Can you explain that or refund it?

Josh"""),
("en", "b46-question-veterans-discount", "Dwayne Mercer <dwayne.mercer@example.com>", "Question", "billing", "",
"""Do you guys do any discount for veterans on the Part 107 prep course?
I'm looking at the $349 weekend class in San Antonio. Also can the VA
pay you direct or do I pay and get reimbursed?
Thanks
D. Mercer"""),
("en", "b46-re-quote-50hr-check-over", "Alan Fenwick <alan.fenwick@example.co.uk>", "Re: Quote for 50 hour check - G-BSXL", "billing", "",
"""Steve,

I've now had the invoice and it's 1,186.00 against your quote of
720.00 below. Nobody rang me about anything extra. I'm not refusing to
pay, but I'd like a breakdown of what went on that I didn't agree to
before I do.

Alan

> On 3 Apr, Steve Barker wrote:
> Hi Alan, happy to do the 50 hr on G-BSXL week commencing 15th.
> Fixed price 720.00 inc. oil and filter, any defects found will be
> quoted separately before we go ahead.
> Regards, Steve
> Barker Light Aircraft Maintenance"""),
("en", "b46-express-postage-came-standard", "Harriet Cole <harriet.cole@example.co.uk>", "Order 51207", "billing", "",
"""I paid 9.99 for next day delivery on the ND filter set so I'd have
it for a shoot on Friday. It turned up the following Tuesday in a
normal Royal Mail envelope. Could I have the 9.99 back please, since
it obviously wasn't sent next day?

Harriet"""),
("en", "b46-skydive-deposit-small-claims", "Callum O'Brien <callum.obrien@example.co.uk>", "Deposit - booking SK-5521", "billing", "high",
"""To whom it may concern,

On 14 June I paid a 150.00 deposit for a tandem skydive at your
Hibaldstow centre for my 30th birthday. On the morning itself I was
told by phone that the aircraft was "unserviceable" and that you would
be in touch to rebook. Nobody has been in touch since.

I no longer want to rebook. I asked for my deposit back by email on
2 July and again on 19 July and have had no reply to either. Your own
terms say that if you cancel, the deposit is refundable in full.

If the 150.00 is not back in my account within 14 days of this email
I will file a claim through the small claims court without further
notice.

Callum O'Brien"""),
("en", "b46-heli-tour-refund-amex-dispute", "Lauren Whitfield <lauren.whitfield@example.com>", "Refund still not received - Booking #HT88310", "billing", "high",
"""Hello,

Your company cancelled our sunset helicopter tour over the Strip on
May 3 (booking HT88310, 4 passengers, $1,196.00) because of a pilot
shortage. On the phone that day I was promised a full refund within
7-10 business days. It has now been six weeks.

I have emailed twice and called three times and each time I'm told
it's "with accounts". I'm done waiting. If I don't see the refund by
Friday I'm opening a dispute with American Express and sending them
the cancellation email you sent me.

Lauren Whitfield
Columbus, OH"""),
("en", "b46-club-dues-twice-chairman", "Declan Farrelly <declan.farrelly@example.ie>", "Taken twice - AGAIN", "billing", "high",
"""Hi,

The club has taken my monthly flying membership (EUR 95) out of my
account twice this month, on the 1st and again on the 3rd. This is the
second time this year. The last time it took seven weeks to get it
back.

I rang the office on Monday and was told the girl who does the
accounts is only in on Thursdays. That's not good enough. I want the
chairman or whoever runs the club day to day to ring me this week and
sort it out, and I want the 95 back now, not in seven weeks.

Declan Farrelly
087 555 3192"""),
("en", "b46-not-billing-app-crashes-connect", "Priya Raman <priya.raman@example.co.uk>", "App", "technical", "",
"""Hi, just to say straight away this isn't about my order or payment,
that's all fine.

Since the app updated on Sunday it crashes the moment I tap "Connect
to aircraft". Screen goes white then back to my home screen. Pixel 7,
Android 14. I've uninstalled and reinstalled it and cleared the cache.
The drone itself powers on normally.

Priya"""),
("en", "b46-training-portal-reset-never-arrives", "Mark Delaney <mark.delaney@example.com>", "Can't log in to the course", "technical", "",
"""I'm signed up for the online theory for the GVC but I can't get into
the portal. It says my password is wrong, so I click forgot password
and the reset email never comes. Checked spam, junk, everything. Tried
three times yesterday and twice this morning. My exam is booked for the
22nd so I'd really like to get back to the modules.

Mark Delaney"""),
("en", "b46-gimbal-horizon-no-refund", "Sean McAllister <sean.mcallister@example.ie>", "Gimbal", "technical", "",
"""Hello,

My drone is three months old and the horizon on every video is tilted
about 5 degrees to the left. Gimbal calibration in the app does nothing,
and I've checked it's not a setting. I'll be honest, I don't want my
money back or a different model - I love the thing - I just want the
gimbal sorted. Do I send it to you or straight to the manufacturer?

Sean"""),
("en", "b46-vario-audio-silent", "Hugh Pemberton <hugh.pemberton@example.co.uk>", "Vario from your shop", "technical", "",
"""Dear Sirs,

I bought a variometer from your gliding shop at the Lasham open day in
May. The display works and shows climb and sink correctly, but there
is no audio at all, even with the volume set to maximum. I have tried
the speaker on its own with another unit in the club glider and it
works, so I believe the fault is in the vario.

I would be glad of your advice.

Hugh Pemberton"""),
("en", "b46-booking-calendar-blank-phone", "Kirsty Boyle <kirsty.boyle@example.com>", "website", "technical", "",
"""trying to book the helicopter tour for my dad's birthday and on my
phone the calendar just shows a grey box, no dates at all. on my
laptop it's fine but I'm away this week and only have my phone. iphone
13, safari. any ideas?"""),
("en", "b46-anr-headset-earcup-dead", "Rohan Iyer <rohan.iyer@example.in>", "Headset issue - Order no. 22871", "technical", "",
"""Hello Team,

I purchased one ANR aviation headset from your online store last month
(order no. 22871). From last week the right earcup is totally dead.
Left side is working fine. I have changed the batteries and checked
with another intercom also, same problem. Noise cancelling light is
also not coming.

Please advise how to proceed for repair or replacement under warranty.
I am a student pilot and need it for my flying.

Regards,
Rohan Iyer
Hyderabad"""),
("en", "b46-controller-wont-link", "Bec Tran <bec.tran@example.com.au>", "remote", "technical", "",
"""remote won't link to the drone since the firmware update, tried
everything in your FAQ twice. just spins on "linking". help"""),
("en", "b46-re-work-order-radio-crackles", "Gerry Lennon <gerry.lennon@example.ie>", "Re: Work order 3317 - completed", "technical", "",
"""Hi Aoife,

Flew her yesterday for the first time since the work. The COM 1 is
still crackling on transmit, exactly as before - Shannon asked me twice
to say again. COM 2 is grand. So whatever was changed hasn't fixed it.
When can you have another look?

Gerry

-----Original Message-----
From: Aoife Quinn
Sent: 12 September 14:02
Subject: Work order 3317 - completed

Hi Gerry, EI-BVW is ready for collection. We replaced the COM 1
antenna cable and connector. Invoice attached.
Aoife"""),
("en", "b46-flarm-display-blank", "Simon Achterberg <simon.achterberg@example.co.uk>", "Collision warning display", "technical", "",
"""Morning,

The collision warning display you installed in my glider in April has
gone blank. The main unit seems to be running (green light) but the
little display in the panel shows nothing at all since last weekend.
I've reseated the plug at both ends. Could you tell me if it is the
display or the cable before I start taking the panel apart?

Simon"""),
("en", "b46-battery-puffed-bucket-sand", "Eleanor Frost <eleanor.frost@example.co.uk>", "Spare battery", "technical", "high",
"""Hello,

One of the two spare flight batteries I bought from you in the spring
has puffed up quite a lot - the case has split slightly along the seam.
It was noticeably hot when I took it off the charger this evening and
there was a faint chemical smell.

I've put it outside in a metal bucket of sand away from the house, and
I'm not using the charger until I hear from you. Could you tell me how
to get rid of it safely and whether the charger might be at fault?

Kind regards,
Eleanor Frost"""),
("en", "b46-fuel-smell-after-100hr", "Raymond Castell <ray.castell@example.com>", "N4471Q after the 100 hour", "technical", "high",
"""Hi Dave,

Picked up N4471Q from your shop on Tuesday after the 100 hour. On the
ground run today there was a strong smell of avgas in the cockpit,
stronger on the left side near my feet. I shut down, and there's a
damp patch on the carpet under the fuel selector. It wasn't there
before the inspection.

She's tied down and I've put a placard on her so nobody flies her.
Can one of your guys come over and look before anyone goes near her
with a battery switch?

Ray Castell"""),
("en", "b46-roof-survey-crews-in-vans", "Operations <ops@highline-surveys.example.co.uk>", "Fleet app", "technical", "high",
"""Hi,

Since about 7am none of our pilots can start a mission. The fleet app
logs in, then says "organisation licence could not be verified" and
won't let the aircraft arm. We've got three crews sat in vans at
Ipswich, Colchester and Chelmsford, and we've rung round and pushed
back eleven roof surveys for insurers so far today. Tomorrow's a bridge
inspection with a road closure booked that we can't move.

Our licence is paid to next March. Please can someone call me on
01473 555 280 as soon as you read this.

Dan Whitlock
Operations Manager, Highline Surveys"""),
("en", "b46-rescue-thermal-drone-locked", "Kevin Rowe <kevin.rowe@example-mrt.org.uk>", "Thermal drone locked - live callout", "technical", "high",
"""We're on a live callout for a missing 74 year old walker on the
Glyders and the thermal drone we bought from you won't take off. It
says the unlock certificate for the restricted zone has expired and
when we try to renew it in the app it times out. It's getting dark and
the temperature is dropping. We need it in the air. Please call the
team phone 07700 900 418 immediately.

Kevin Rowe
Drone Lead, Ogwen Valley MRT volunteer team"""),
("en", "b46-praise-balloon-mums-80th", "Deirdre Walsh <deirdre.walsh@example.ie>", "Thank you!!", "general", "",
"""Hello,

I just wanted to say a huge thank you to Ciarán and the crew for the
balloon flight out of Trim on Sunday morning. It was Mam's 80th and she
had been talking about going up in a balloon since the 1970s.

Ciarán could not have been kinder - he got a step for her to get into
the basket, explained everything, and let her help with the burner for
a second. She hasn't stopped talking about it and the photo of her with
the champagne is now on the mantelpiece.

Thank you all so much.

Deirdre"""),
("en", "b46-urgent-saturday-opening", "Liam Carter <liam.carter@example.co.uk>", "URGENT", "general", "",
"""URGENT - what time does the Bristol shop open on Saturday?? want to
come and look at the FPV kits before my lad's birthday."""),
("en", "b46-sunglasses-left-in-heli", "Anjali Desai <anjali.desai@example.com>", "Left behind on today's 2pm flight", "general", "",
"""Hi there,

We were on the 2pm Golden Gate helicopter tour today (Desai, party of
three). I think I left my sunglasses in the back seat pocket - black
Ray-Bans in a brown case with a small scratch on the lid. If you find
them, could you hold them at the front desk? We're in the city until
Wednesday and can swing by.

Thank you!
Anjali"""),
("en", "b46-hello-leave-at-pharmacy", "Bill Osborne <bill.osborne@example.co.uk>", "Hello", "general", "",
"""Hello, my order 52390 is coming on Thursday. I'll be at work, please
could the driver leave it at the chemist two doors down (Wood's
Pharmacy, 14 High Street). They know me and are happy to take it.
Thanks, Bill"""),
("en", "b46-tandem-age-16", "Rebecca Holmes <rebecca.holmes@example.co.uk>", "Tandem at 16?", "general", "",
"""Hi,

My son turns 16 in August and is desperate to do a tandem skydive. A
couple of questions before I book anything:

- is 16 old enough with your centre, or is it 18?
- does a parent have to be there on the day, or just sign a form?
- he's about 6'2 and quite skinny - is there a height limit?

Thanks,
Rebecca"""),
("en", "b46-member-new-surname-address", "Charlotte Price <charlotte.price@example.co.uk>", "Change of details - membership 2218", "general", "",
"""Hi,

Could you update my club record please? I got married in the summer
and I'm now Charlotte Price (was Charlotte Dunne). We've also moved:

Rose Cottage, 3 Back Lane, Shenington, Banbury OX15 6NF
Mobile stays the same.

Thanks very much,
Charlotte (member 2218)"""),
("en", "b46-school-fete-tethered-balloon", "Mrs J. Atherton <head@stmichaels-primary.example.sch.uk>", "Summer fair - could you help?", "general", "",
"""Dear Sir or Madam,

I am the head teacher of St Michael's Primary in Chipping Norton. Our
PTA is organising the school summer fair on Saturday 6 July and the
children have voted for a hot-air balloon as this year's theme.

We wondered whether your company would consider bringing a balloon for
a tethered display on the school field, or sponsoring a prize for the
raffle. We would of course thank you in the programme and on the school
newsletter, which goes to around 400 families.

With kind regards,
Janet Atherton
Head Teacher"""),
("en", "b46-open-day-parking-dogs", "Phil Grundy <phil.grundy@example.com>", "Open day on the 14th", "general", "",
"""Hiya, coming to the gliding club open day on the 14th with the kids.
Is there parking on site or do we park in the village? And are dogs
OK on leads or best left at home?
Phil"""),
("en", "b46-killer-views-nearly-died", "Maddie Fitzgerald <maddie.fitz@example.com>", "OMG", "general", "",
"""Just wanted to say the views on Saturday's coastline tour were
absolutely KILLER. I nearly died when Jake dropped us down over the
cliffs to see the seals and my heart stopped about four times.
Best birthday present ever, my boyfriend is officially forgiven for
everything. Give Jake a raise!!

Maddie xx"""),
("en", "b46-reception-rude-about-weather", "Gordon Haig <gordon.haig@example.co.uk>", "Saturday morning", "general", "",
"""Hello,

We drove an hour and a half to the airfield on Saturday for my trial
lesson, only to be told at the desk that it had been cancelled for
weather. That happens, fine. What I didn't appreciate was the young man
on reception rolling his eyes and telling my wife "it's aviation, love,
look out the window" when she asked why nobody had phoned us.

A simple apology would have done. I've rebooked, but thought you should
know how it came across.

Gordon Haig"""),
("en", "b46-instructor-shouted-head-of-training", "Anita Chowdhury <anita.chowdhury@example.co.uk>", "Complaint about instructor - need head of training", "general", "high",
"""Dear Sir or Madam,

My daughter Sana (19) had her fourth lesson at your school on Tuesday.
During the flight her instructor shouted at her repeatedly, called her
"useless" and "a waste of fuel", and after landing carried on in front
of other students in the clubhouse. She came home in tears and says she
doesn't want to go back.

I do not want to discuss this with the instructor concerned or with the
front desk. I want the head of training, or the owner of the school, to
contact me directly by the end of this week.

Anita Chowdhury"""),
("en", "b46-viewing-deck-railing-loose", "Tom Beckett <tom.beckett@example.co.uk>", "Spectator terrace", "general", "high",
"""Hi,

Just to let you know that the top rail on the spectator terrace outside
the airfield café is loose - the section nearest the steps moves a good
few inches if you lean on it, and a couple of the bolts at the bottom
are missing. There were several young children leaning over it to watch
the aircraft on Sunday. It's a two-metre drop onto concrete on the
other side.

Might be worth taping it off until it's fixed.

Tom Beckett"""),
("en", "b46-subject-access-ico", "Nadia Hussain <nadia.hussain@example.co.uk>", "Subject access request - second notice", "general", "high",
"""Dear Data Protection Officer,

On 3 March I made a subject access request asking for a copy of all the
personal data you hold about me, including my training records,
instructor notes and any CCTV or in-cockpit video from my lessons
between October and January.

The one-month deadline passed on 3 April. I have had an automated reply
and nothing else. If I do not receive the data within seven days I will
be lodging a complaint with the Information Commissioner's Office.

Nadia Hussain
Student ref. PPL-0934"""),
]
# ---------------- Greek (and Greeklish) ----------------
M += [
("el", "b46-gl-seminario-drone-diplh-xrewsh", "Giannis Mp. <giannis.mp@example.gr>", "diplh xrewsh", "billing", "",
"""Kalhspera,
eklisa to seminario A2 gia drone (190e) sto site sas thn Deutera. Mou
hr8e to email epivevaiwshs mia fora, alla sthn karta vlepw dyo xrewseis
apo 190 thn idia mera, me diafora 2 lepta. Mporeite na akyrwsete th mia?
Eyxaristw
Giannhs"""),
("el", "b46-dorokarta-aerostato-adelfi", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Δωροκάρτα πτήσης με αερόστατο", "billing", "",
"""Καλησπέρα σας,

Τα Χριστούγεννα αγόρασα από την ιστοσελίδα σας δωροκάρτα για πτήση με
αερόστατο πάνω από τα Μετέωρα για δύο άτομα (κωδικός ΑΡ-7734, 340€).
Δυστυχώς ο σύζυγός μου έσπασε το πόδι του και δεν θα μπορέσουμε να
έρθουμε φέτος.

Είναι δυνατόν να μεταφερθεί η δωροκάρτα στο όνομα της αδελφής μου,
Ελένης Καραγιάννη, ώστε να την χρησιμοποιήσει εκείνη με τον άντρα της;
Αν υπάρχει κάποια χρέωση για τη μεταφορά, ενημερώστε με.

Με εκτίμηση,
Σοφία Καραγιάννη"""),
("el", "b46-ppl-doseis-pistotiki", "Νικόλαος Βλάχος <n.vlachos@example.gr>", "Τρόπος πληρωμής διδάκτρων PPL", "billing", "",
"""Αξιότιμοι κύριοι,

Ενδιαφέρομαι να ξεκινήσω την εκπαίδευση για πτυχίο ιδιώτη χειριστή
(PPL) στη βάση σας στα Μέγαρα τον Σεπτέμβριο. Στον τιμοκατάλογο
αναφέρετε συνολικό κόστος 9.800€ για 45 ώρες πτήσης.

Θα ήθελα να μάθω αν η πληρωμή μπορεί να γίνει σε άτοκες δόσεις με
πιστωτική κάρτα και σε πόσες, ή αν πληρώνεται τμηματικά ανά ενότητα
πτήσεων. Επίσης, το κόστος των εξετάσεων της ΥΠΑ περιλαμβάνεται ή
πληρώνεται χωριστά;

Ευχαριστώ εκ των προτέρων,
Νικόλαος Βλάχος"""),
("el", "b46-gl-syndromh-lesxhs-pateras", "Katerina Lamprou <katerina.lamprou@example.gr>", "syndromh tou patera mou", "billing", "",
"""Kalhmera sas,

o pateras mou, Dhmhtrhs Lamprou, htan melos sth leschh sas apo to 1988.
Dystyxws efyge apo th zwh ton Noemvrio. Vlepw oti synexizei na
xrewnetai h mhniaia syndromh twn 35e apo ton logariasmo tou, pou ton
diaxeirizomai twra egw.

Parakalw na stamathsei h syndromh kai an exoun paei xrhmata meta ton
Noemvrio na epistrafoun. An xreiazeste lhksiarxikh praksh thanatou
mporw na sas th steilw.

Eyxaristw,
Katerina Lamprou"""),
("el", "b46-pagoma-syndromis-monaxo", "Στελιος Παπαδακης <stelios.papadakis@example.gr>", "Συνδρομη λεσχης ανεμοποριας", "billing", "",
"""Καλημερα,

απο τον Μαρτιο φευγω για ενα χρονο στο Μοναχο για δουλεια, οποτε δεν
θα πεταξω καθολου. Μπορειτε να παγωσετε τη συνδρομη μου (45€ τον μηνα)
μεχρι να γυρισω, χωρις να χασω τη θεση μου στη λεσχη; Αν χρειαζεται
καποιο μικρο τελος διατηρησης, κανενα προβλημα.

Στελιος Παπαδακης
μελος 412"""),
("el", "b46-timologio-afm-drone", "Γραφείο Τοπογραφίας Σταυρίδη <info@stavridis-topo.example.gr>", "Παραγγελία 58217 - έκδοση τιμολογίου", "billing", "",
"""Καλημέρα σας,

Την Παρασκευή κάναμε την παραγγελία 58217 (drone χαρτογράφησης και δύο
μπαταρίες, σύνολο 4.760€). Κατά λάθος επιλέχθηκε απόδειξη λιανικής
αντί για τιμολόγιο. Παρακαλούμε να εκδοθεί τιμολόγιο με τα στοιχεία:

ΣΤΑΥΡΙΔΗΣ ΑΝΤΩΝΙΟΣ - ΤΟΠΟΓΡΑΦΙΚΕΣ ΜΕΛΕΤΕΣ
ΑΦΜ 081234567, ΔΟΥ Καλαμαριάς
Εθνικής Αντιστάσεως 112, Θεσσαλονίκη

Ευχαριστούμε,
Ευτυχία Δούμα
Γραμματεία"""),
("el", "b46-gl-allagi-drone-megalytero", "Apostolis K. <apostolis.k@example.gr>", "allagh drone", "billing", "",
"""geia sas, phra apo to katasthma sthn Patra to mikro drone gia dwro
ston gio mou alla telika 8elei auto me thn kamera 4K. einai kleisto
sto kouti akoma, exw kai thn apodeiksh. ginetai na to allaksw kai na
dwsw th diafora? poso akrivws 8a einai?"""),
("el", "b46-re-prosfora-etisios-elegxos-fpa", "Χαράλαμπος Τζαννής <ch.tzannis@example.gr>", "Re: Προσφορά ετήσιου ελέγχου SX-AKM", "billing", "",
"""Κύριε Ραφαηλίδη,

Ευχαριστώ για την προσφορά. Πριν την αποδεχτώ, μία διευκρίνιση: τα
1.850€ περιλαμβάνουν ΦΠΑ 24% ή προστίθεται; Και η προκαταβολή του 30%
πληρώνεται με την παράδοση του αεροσκάφους στο υπόστεγο ή νωρίτερα;

Χαράλαμπος Τζαννής

> Στις 4/10, ο/η Π. Ραφαηλίδης έγραψε:
> Κύριε Τζαννή, σας αποστέλλουμε προσφορά για τον ετήσιο έλεγχο του
> SX-AKM: εργασία και αναλώσιμα 1.850€. Ανταλλακτικά που τυχόν
> απαιτηθούν θα σας γνωστοποιηθούν πριν την τοποθέτηση.
> Με εκτίμηση, Π. Ραφαηλίδης, Aero Συντήρηση Τατοΐου"""),
("el", "b46-elikoptero-santorini-epivarynsi-kausimou", "Μαρίνα Αλεξίου <marina.alexiou@example.gr>", "Επιπλέον χρέωση στην πτήση", "billing", "",
"""Γεια σας,

Κάναμε την πτήση με ελικόπτερο γύρω από την καλντέρα την Πέμπτη. Είχα
κλείσει online για 2 άτομα στα 590€, αλλά στο γκισέ μας ζήτησαν άλλα
80€ ως «επιβάρυνση καυσίμου». Στη σελίδα κράτησης δεν αναφέρεται πουθενά
κάτι τέτοιο. Τα πληρώσαμε για να μη χάσουμε την πτήση, αλλά θα ήθελα να
μου εξηγήσετε τη χρέωση ή να μου τα επιστρέψετε.

Μαρίνα Αλεξίου"""),
("el", "b46-gl-paraggelia-antikatavolh-drone", "Lefteris M. <lefteris.m@example.gr>", "Paraggelia 61834", "billing", "",
"""Kalhspera, sto kalathi exw to FPV set 620e. Ginetai na to plhrwsw me
antikatavolh h pernaei mono me karta gia tosa lefta? Kai an paw me
karta vgazei doseis?
Lefterhs"""),
("el", "b46-paketo-video-akyrothike", "Δανάη Ρούσσου <danai.roussou@example.gr>", "Βίντεο άλματος", "billing", "",
"""Καλησπέρα,

Το Σάββατο έκανα tandem άλμα μαζί σας στην Κωπαΐδα. Κατά την κράτηση
είχα επιλέξει και το πακέτο βίντεο και φωτογραφιών (95€), αλλά το
πρωί στο πεδίο είπα στην υποδοχή ότι τελικά δεν το θέλω και μου
απάντησαν ότι θα αφαιρεθεί. Στην κάρτα μου όμως χρεώθηκε το συνολικό
ποσό, 325€ αντί για 230€.

Μπορείτε να μου επιστρέψετε τα 95€;

Ευχαριστώ,
Δανάη"""),
("el", "b46-aerostato-akyrosi-synigoros", "Γεώργιος Μαυρίδης <georgios.mavridis@example.gr>", "Ακύρωση πτήσης αερόστατου - επιστροφή 380€", "billing", "high",
"""Κύριοι,

Στις 12 Μαΐου ακυρώσατε εσείς την πτήση με αερόστατο που είχαμε κλείσει
για δύο άτομα (κράτηση 20931, 380€), επικαλούμενοι τεχνικό πρόβλημα.
Ζήτησα γραπτώς επιστροφή χρημάτων στις 14 και στις 28 Μαΐου. Μου
προτείνατε μόνο κουπόνι, το οποίο δεν δέχομαι, αφού η ακύρωση έγινε με
δική σας υπαιτιότητα.

Σας ενημερώνω ότι, αν δεν λάβω τα 380€ στον λογαριασμό μου εντός 10
ημερών, θα υποβάλω αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική
Γραμματεία Εμπορίου.

Γεώργιος Μαυρίδης
Λάρισα"""),
("el", "b46-gl-drone-shop-amfisvhthsh-trapeza", "Panos Th. <panos.th@example.gr>", "PARAGGELIA 60077 - TELEUTAIA FORA", "billing", "high",
"""Plhrwsa 1.140e gia to drone stis 3 tou mhna, paraggelia 60077. To
site elege "apostolh se 2-3 ergasimes". Exoun perasei 5 vdomades, den
phra pote arithmo apostolhs, sta thlefwna den apanta kaneis kai sta
mail mou apantate me ena copy paste "to eksetazoume".

Den to thelw pleon. An den dw ta lefta pisw mexri thn Paraskeyh, kanw
amfisvhthsh xrewshs sthn trapeza kai tous stelnw ola ta emails.

Panos Theodorou"""),
("el", "b46-sxoli-ores-pou-den-petaxa-diefthyntis", "Ιάσονας Κωνσταντινίδης <iason.konst@example.gr>", "Χρεώσεις ωρών πτήσης", "billing", "high",
"""Καλησπέρα,

Στην κατάσταση λογαριασμού που μου στείλατε για τον Απρίλιο χρεώνομαι
6,5 ώρες πτήσης. Σύμφωνα με το ατομικό μου βιβλίο πτήσεων πέταξα 4,2.
Οι υπόλοιπες είναι δύο πτήσεις που ακυρώθηκαν λόγω καιρού και μία που
το αεροσκάφος ήταν στη συντήρηση. Η διαφορά είναι 345€.

Το ανέφερα δύο φορές στη γραμματεία και μου είπαν ότι «έτσι βγάζει το
σύστημα». Δεν θα το συζητήσω άλλο εκεί. Ζητώ να επικοινωνήσει μαζί μου
ο διευθυντής της σχολής προσωπικά.

Ιάσονας Κωνσταντινίδης
Εκπαιδευόμενος PPL"""),
("el", "b46-gl-den-einai-xrewsh-app-kleinei", "Vicky S. <vicky.s@example.gr>", "Efarmogh", "technical", "",
"""Geia sas, den grafw gia plhrwmh h kati tetoio, ola ok me thn
paraggelia. To 8ema einai oti h efarmogh tou drone kleinei monh ths
molis paw na kanw ntoun to update ths mpatarias. Samsung A54. Thn
egkatesthsa ksana, tipota.
Vicky"""),
("el", "b46-elearning-theoria-video-den-paizoun", "Αντώνης Φραγκιαδάκης <antonis.fragk@example.gr>", "Πλατφόρμα θεωρίας", "technical", "",
"""Καλημέρα,

Είμαι εγγεγραμμένος στο διαδικτυακό μάθημα θεωρίας για χειριστές
drone. Από την ενότητα 4 και μετά τα βίντεο δεν παίζουν: βγαίνει μαύρη
οθόνη με το μήνυμα «Σφάλμα αναπαραγωγής» και κολλάει. Δοκίμασα Chrome
και Firefox, σε υπολογιστή και κινητό. Οι ενότητες 1 έως 3 παίζουν
κανονικά.

Έχω εξετάσεις στις 18 του μήνα, θα ήθελα να τελειώσω την ύλη.

Αντώνης Φραγκιαδάκης"""),
("el", "b46-gl-xeirisththrio-den-fortizei", "Mixalis D. <mixalis.d@example.gr>", "to xeiristhrio", "technical", "",
"""to xeiristhrio den fortizei. to vazw sto kalwdio, anavei ena lampaki
gia 2 sec kai sbhnei. to drone fortizei kanonika me to idio kalwdio.
8 mhnes to exw."""),
("el", "b46-kamera-thampi-den-thelo-xrimata", "Ειρήνη Χατζηγεωργίου <eirini.xatzi@example.gr>", "Θολή εικόνα κάμερας", "technical", "",
"""Καλησπέρα σας,

Το drone που αγόρασα τον Ιούνιο τραβάει πλέον θολές φωτογραφίες, σαν
να μην εστιάζει ποτέ, κυρίως στην αριστερή πλευρά του κάδρου. Ο φακός
είναι καθαρός και δεν έχει πέσει ποτέ.

Να πω ότι δεν ζητάω τα χρήματά μου πίσω ούτε αντικατάσταση με άλλο
μοντέλο. Απλώς θέλω να επισκευαστεί, γιατί το χρησιμοποιώ για τη
δουλειά μου. Πού πρέπει να το στείλω;

Ειρήνη Χατζηγεωργίου"""),
("el", "b46-gps-den-kleidwnei-doryforous", "Σπυρος Αναγνωστου <spyros.anagnostou@example.gr>", "GPS", "technical", "",
"""Καλησπερα. Το drone εδω και μια εβδομαδα δεν κλειδωνει δορυφορους.
Βρισκει 3-4 και μενει εκει, οποτε δεν με αφηνει να απογειωθω σε GPS
mode. Δοκιμασα σε ανοιχτο χωραφι, μακρια απο σπιτια και καλωδια, και
εκανα βαθμονομηση πυξιδας. Τιποτα.
Σπυρος"""),
("el", "b46-re-entoli-ergasias-asyrmatos", "Κωνσταντίνος Ζερβός <k.zervos@example.gr>", "Re: Εντολή εργασίας 4410 - ολοκληρώθηκε", "technical", "",
"""Καλημέρα κα Σταθοπούλου,

Πήρα το αεροσκάφος την Τρίτη. Ο πομποδέκτης ακόμα δεν μεταδίδει
σωστά: ο πύργος στο Τατόι με ακούει σπασμένα και μόνο όταν είμαι
πολύ κοντά. Δηλαδή το πρόβλημα είναι ακριβώς όπως πριν. Πότε μπορείτε
να το ξαναδείτε;

Κ. Ζερβός

-----Αρχικό μήνυμα-----
Από: Ρ. Σταθοπούλου
Θέμα: Εντολή εργασίας 4410 - ολοκληρώθηκε
Κύριε Ζερβέ, το αεροσκάφος SX-BFN είναι έτοιμο. Αντικαταστάθηκε η
κεραία VHF και ο συνδετήρας. Σας επισυνάπτουμε το δελτίο εργασιών."""),
("el", "b46-gl-kwdikos-portal-krathsewn", "Foteinh P. <foteini.p@example.gr>", "den mporw na mpw", "technical", "",
"""Kalhmera, prospa8w na mpw sto portal krathsewn ths sxolhs gia na
kleisw wres sto aeroplano kai mou leei "lan8asmenos kwdikos". Patao
"ksexasa ton kwdiko" kai mou leei oti to email den yparxei, enw me
auto akrivws grafthka ton Iounio. Ti na kanw?
Fwteinh"""),
("el", "b46-polyfortistis-den-anavei", "Θοδωρής Μανωλάκης <thodoris.manolakis@example.gr>", "Φορτιστής μπαταριών", "technical", "",
"""Γεια σας,

Ο πολλαπλός φορτιστής για 4 μπαταρίες που πήρα μαζί με το drone δεν
ανάβει καθόλου από χθες. Καμία λυχνία, ούτε με τον άλλο μετασχηματιστή
που έχω. Η πρίζα δουλεύει κανονικά. Είναι 5 μηνών, μέσα στην εγγύηση.

Θοδωρής"""),
("el", "b46-efarmogi-krathseon-iphone-imerominies", "Ελπίδα Νικολάου <elpida.nikolaou@example.gr>", "Εφαρμογή κρατήσεων", "technical", "",
"""Η εφαρμογή σας στο iPhone δεν μου δείχνει καμία διαθέσιμη ημερομηνία
για πτήση με αερόστατο, ενώ από τον υπολογιστή βλέπω πολλές. Έχω την
τελευταία έκδοση."""),
("el", "b46-bataria-kapnise-fortisi", "Αλέξανδρος Ραφτόπουλος <alex.raftopoulos@example.gr>", "Μπαταρία drone", "technical", "high",
"""Καλησπέρα σας,

Σας ενημερώνω ότι σήμερα το απόγευμα, ενώ φόρτιζα μία από τις
μπαταρίες του drone που αγόρασα από το κατάστημά σας τον Φεβρουάριο,
άρχισε να βγάζει λίγο καπνό από την ένωση του περιβλήματος και
μύριζε σαν καμένο πλαστικό. Την αποσύνδεσα αμέσως και την έβγαλα στο
μπαλκόνι, μέσα σε μια κατσαρόλα. Δεν έπιασε φωτιά.

Ο φορτιστής είναι ο γνήσιος που ήταν στο κουτί. Θα ήθελα να μου πείτε
πώς να την πετάξω με ασφάλεια και αν είναι ασφαλές να φορτίζω τις
άλλες δύο με τον ίδιο φορτιστή.

Αλέξανδρος Ραφτόπουλος"""),
("el", "b46-gl-mirizei-kameno-avionics", "Vasilis Ch. <vasilis.ch@example.gr>", "SX-DKR meta to service", "technical", "high",
"""Geia sou Niko,

phra to SX-DKR apo to synergeio sas thn Paraskeyh meta to 100wro.
Shmera sto preflight, molis anoiksa to avionics master, mirise kameno
kalwdio mesa sto cockpit kai eida ligo kapno pisw apo to panel, sto
meros tou GPS pou peirakse o texnikos sas. Ekleisa ta panta amesws.

To afhsa sto hangar me tag "MHN PETATE". Den 8a to ksanaanoiksw mexri
na to dei kapoios dikos sas. Pote mporeite?

Vasilis Christou"""),
("el", "b46-psekasmoi-drones-adeia-kleidomeni", "Αγροτικές Εφαρμογές Θεσσαλίας <info@agro-thessalia.example.gr>", "Λογισμικό ψεκασμού", "technical", "high",
"""Καλημέρα,

Από τις 6 το πρωί κανένα από τα τέσσερα drone ψεκασμού που μας
προμηθεύσατε δεν ξεκινάει αποστολή. Το λογισμικό γράφει «Η άδεια
χρήσης δεν επαληθεύτηκε» και κλειδώνει. Τα συνεργεία μας είναι στα
χωράφια στα Τρίκαλα και στην Καρδίτσα από τα χαράματα και περιμένουν.
Έχουμε ήδη αναβάλει ψεκασμούς σε 14 παραγωγούς και το βαμβάκι δεν
περιμένει - αν βρέξει αύριο, χάνουμε το παράθυρο.

Η άδεια είναι εξοφλημένη μέχρι τον Δεκέμβριο. Παρακαλώ να μας καλέσει
κάποιος τεχνικός τώρα στο 24310 55 220.

Γιώργος Τσιούρας
Υπεύθυνος λειτουργιών"""),
("el", "b46-gl-episkeyh-trith-fora-ypeythynos", "Tasos Lamp. <tasos.lamp@example.gr>", "3h fora sto service", "technical", "high",
"""To drone gyrise apo to service sas gia TRITH fora kai to idio
provlhma: meta apo 5 lepta ptishs xanei to shma eikonas kai pefti se
RTH. Thn prwth fora allaksate keraies, th deyterh to module,
thn trith mou grapsate "den vrethike provlhma".

Den 8elw na ksanamilhsw me to thlefwniko kentro. Zhtaw na me parei
thlefwno o ypeu8ynos tou service h kapoios anwteros, 697 555 1203.

Tasos Lampropoulos"""),
("el", "b46-efxaristies-aerostato-meteora", "Ευαγγελία Παπαθανασίου <evangelia.papath@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλαμε να σας ευχαριστήσουμε θερμά για την πτήση με το αερόστατο στα
Μετέωρα την περασμένη Κυριακή. Ο κυβερνήτης, ο κ. Στέφανος, ήταν
υπέροχος με τον πατέρα μου που φοβόταν στην αρχή. Του εξηγούσε τα
πάντα, του έδειξε τα μοναστήρια ένα ένα, και στο τέλος ο πατέρας μου
δεν ήθελε να κατέβει!

Το πρωινό μετά την προσγείωση ήταν η καλύτερη πινελιά. Θα σας
προτείνουμε σε όλους.

Με εκτίμηση,
Ευαγγελία και Κώστας Παπαθανασίου"""),
("el", "b46-gl-wrario-savvato", "Nikos G. <nikos.g@example.gr>", "wrario", "general", "",
"""kalhmera, to katasthma sthn Kallithea einai anoixto to Savvato to
apogeyma? 8elw na perasw na dw ta drones apo konta."""),
("el", "b46-kapelo-paidiou-elikoptero", "Μαρία Σκουλά <maria.skoula@example.gr>", "Ξεχάσαμε κάτι στο ελικόπτερο", "general", "",
"""Καλημέρα,

Χθες στις 11:30 κάναμε την πτήση πάνω από τη Σαντορίνη με τα δύο μας
παιδιά (κράτηση στο όνομα Σκουλά). Ο μικρός ξέχασε μέσα στο ελικόπτερο
ένα μπλε καπέλο με ένα ψαράκι κεντημένο στο μπροστινό μέρος. Δεν έχει
αξία, αλλά είναι το αγαπημένο του και κλαίει από χθες.

Αν το βρήκατε, μπορούμε να περάσουμε από το ελικοδρόμιο αύριο το πρωί.

Ευχαριστώ πολύ,
Μαρία"""),
("el", "b46-gl-geia-sas-periptero", "Eleni Voulg. <eleni.voulg@example.gr>", "Geia sas", "general", "",
"""Geia sas, h paraggelia 62104 erxetai aurio. Den 8a eimai spiti olh
mera, mporei o kouriers na thn afhsei sto periptero sth gwnia
(Ermou kai Solwmou)? Ton kserw ton kyrio Giwrgo, tou eipa hdh.
Eleni"""),
("el", "b46-tandem-ilikia-varos", "Κυριάκος Πετρίδης <kyriakos.petridis@example.gr>", "Ερωτήσεις για tandem", "general", "",
"""Καλησπέρα,

Σκέφτομαι να κάνω δώρο ένα tandem άλμα στην κόρη μου και σε εμένα.
Ήθελα να ρωτήσω:

1. Από ποια ηλικία επιτρέπεται; Η κόρη μου είναι 17.
2. Υπάρχει όριο βάρους; Εγώ είμαι 102 κιλά.
3. Χρειάζεται ιατρική βεβαίωση;

Ευχαριστώ,
Κυριάκος Πετρίδης"""),
("el", "b46-allagi-email-mitroo-melon", "Ανδρεας Κοντος <andreas.kontos@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα σας,

παρακαλω αλλαξτε το email μου στο μητρωο μελων της λεσχης απο
a.kontos@example-old.gr σε andreas.kontos@example.gr, γιατι το παλιο
κλεινει. Και το κινητο μου ειναι πλεον 694 555 7781.

Ευχαριστω,
Ανδρεας Κοντος, μελος 188"""),
("el", "b46-xorigia-syllogos-goneon", "Σύλλογος Γονέων 3ου Δημοτικού Κηφισιάς <sg3dimkif@example.gr>", "Αίτημα χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 3ου Δημοτικού Σχολείου Κηφισιάς
διοργανώνει στις 8 Ιουνίου τη γιορτή λήξης της σχολικής χρονιάς, με
θέμα «Πετάμε ψηλά». Θα θέλαμε να σας ρωτήσουμε αν θα σας ενδιέφερε να
στηρίξετε την εκδήλωση, είτε με μια επίδειξη drone στο προαύλιο, είτε
με ένα δώρο για τη λαχειοφόρο.

Η επωνυμία σας θα αναφερθεί στην αφίσα και στα μέσα κοινωνικής
δικτύωσης του συλλόγου.

Με εκτίμηση,
Αγλαΐα Μπούρα
Πρόεδρος"""),
("el", "b46-imera-anoixton-thyron-paidia", "Δημήτρης Σαββίδης <dimitris.savvidis@example.gr>", "Ημέρα ανοιχτών θυρών", "general", "",
"""Γεια σας, είδα ότι στις 21/9 έχετε ημέρα ανοιχτών θυρών στο
αεροδρόμιο. Θέλω να φέρω τα δύο αγόρια μου, 8 και 11 χρονών. Μπορούν
να καθίσουν μέσα σε αεροπλάνο; Και μέχρι τι ώρα διαρκεί;
Δημήτρης"""),
("el", "b46-tha-pethano-xara-alma", "Χριστινα Μαυρου <christina.mavrou@example.gr>", "ΑΠΙΣΤΕΥΤΟ", "general", "",
"""ΠΑΙΔΙΑ ΘΑ ΠΕΘΑΝΩ!!! Ακομα τρεμουν τα ποδια μου απο το Σαββατο. Νομιζα
οτι θα μου σταματησει η καρδια στην πορτα του αεροπλανου αλλα ο Μανος
ηταν φανταστικος και με εκανε να γελαω μεχρι την τελευταια στιγμη.
Τα βιντεο ειναι τρελα, τα εχουν δει ολοι στο γραφειο. Ευχαριστω για
ολα, του χρονου παλι!!
Χριστινα"""),
("el", "b46-gl-agenhs-ypallhlos-ypodoxh", "Giwrgos Kar. <giwrgos.kar@example.gr>", "eksyphrethsh", "general", "",
"""Kalhspera,
hr8ame thn Kyriakh sto pedio gia na doume ton gio mas na petaei
anemoporo. O kyrios sthn ypodoxh htan poly agenhs, mas eipe na mhn
"xasomaste mprosta ths" kai otan rwthsame pou na kathisoume mas
apanthse "opou 8elete, den einai kafeteria". Den einai tropos
ayto. Apla na to kserete.
Giwrgos"""),
("el", "b46-spasmeno-skali-kafeteria", "Ολυμπία Δερμιτζάκη <olympia.derm@example.gr>", "Σκάλα καφετέριας αεροδρομίου", "general", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι στη σκάλα που ανεβαίνει στην ταράτσα της
καφετέριας, δίπλα στο υπόστεγο, το τρίτο σκαλί από πάνω έχει σπάσει
στην άκρη και κουνιέται όταν πατάς. Η μητέρα μου, 82 ετών, παραλίγο
να πέσει το Σάββατο. Εκεί ανεβαίνουν συνέχεια
παιδιά για να δουν τα αεροπλάνα.

Δεν γράφω για να παραπονεθώ, απλώς πρέπει να κλείσει μέχρι να
επισκευαστεί πριν χτυπήσει κάποιος.

Ολυμπία Δερμιτζάκη"""),
("el", "b46-gdpr-arxi-prostasias-dedomenon", "Παύλος Ιωαννίδης <pavlos.ioannidis@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 2 Φεβρουαρίου υπέβαλα αίτημα πρόσβασης (άρθρο 15 ΓΚΠΔ) για όλα τα
προσωπικά δεδομένα που τηρείτε για εμένα ως πρώην εκπαιδευόμενο της
σχολής σας: φάκελο εκπαίδευσης, αξιολογήσεις εκπαιδευτών, καταγραφές
ήχου από τις πτήσεις και ιατρικά στοιχεία.

Η προθεσμία του ενός μήνα έχει παρέλθει χωρίς καμία απάντηση. Αν δεν
λάβω τα στοιχεία εντός 10 ημερών, θα υποβάλω καταγγελία στην Αρχή
Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Παύλος Ιωαννίδης"""),
("el", "b46-gl-ekpaideuths-fwnaze-idiokthths", "Roula Ant. <roula.ant@example.gr>", "ekpaideuths", "general", "high",
"""Kalhspera,

o gios mou (16 xronwn) kanei to seminario drone gia efhvous sth sxolh
sas. Sto xthesino praktiko o ekpaideuths fwnaze se ola ta paidia,
petakse to xeiristhrio tou gioy mou sto edafos kai tou eipe "me toso
myalo kalytera na paizeis playstation". Ta alla paidia ta idia mou
ta epivevaiwsan.

Den 8elw na milhsw me ton idio. Zhtaw na epikoinwnhsei mazi mou o
idiokthths ths sxolhs, mexri thn Paraskeyh.

Roula Antwniou"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b46-globo-cambio-fecha-suplemento", "Alicia Romero <alicia.romero@example.es>", "Cambio de fecha vuelo en globo", "billing", "",
"""Hola, buenas:

Tengo reservado un vuelo en globo sobre Segovia para el martes 14
(reserva GL-4471, 2 personas, 330 €). Queríamos cambiarlo al sábado 18
y en la web me sale que el cambio tiene un suplemento de 30 € por ser
fin de semana, más 15 € de gastos de gestión.

¿Es así? ¿No se podría cambiar sin los gastos de gestión? Lo reservé
hace solo dos días.

Gracias,
Alicia"""),
("es", "b46-curso-dron-meses-sin-intereses", "Jorge Castañeda <jorge.castaneda@example.com.mx>", "Pago del curso de piloto de drones", "billing", "",
"""Buenas tardes,

Me interesa el curso de piloto de drones con certificación que imparten
en Querétaro, el de $8,900 MXN. ¿Lo puedo pagar a meses sin intereses
con tarjeta de crédito? Tengo Banorte. Y si sí, ¿a cuántos meses?

Saludos,
Jorge Castañeda"""),
("es", "b46-paracaidismo-factura-a-empresa", "Martina Sosa <martina.sosa@example.com.ar>", "Factura", "billing", "",
"""Hola! El sábado hicimos 4 saltos tándem en Lobos como regalo de la
empresa para el equipo de ventas, total $720.000. En el mostrador nos
dieron factura B a mi nombre pero necesitamos factura A a nombre de la
empresa, Distribuidora Las Acacias SRL, CUIT 30-71234567-8, responsable
inscripto. ¿Me la pueden rehacer?

Gracias!!
Martina Sosa
Administración"""),
("es", "b46-baja-cuota-velero-lanzarote", "Íñigo Urrutia <inigo.urrutia@example.es>", "Me mandan a Lanzarote", "billing", "",
"""Kaixo,

Pues eso, que me han destinado a Lanzarote a partir de septiembre y
allí no hay dónde volar a vela, así que os pido que me deis de baja
como socio y dejéis de pasarme la cuota de 60 € al mes. Si me toca
algo de la parte proporcional del seguro anual, genial.

Ha sido un gustazo volar con vosotros estos seis años.

Íñigo"""),
("es", "b46-dron-devolucion-regalo-repetido", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Devolución dron", "billing", "",
"""Buenas tardes,

Compré un dron en su tienda de El Poblado el 2 de diciembre por
$2.350.000 para regalárselo a mi papá, y resulta que mi hermana le
regaló el mismo. Está sin abrir, con el sello y la factura. ¿Puedo
devolverlo y que me reintegren el dinero a la tarjeta, o solo me dan
saldo para la tienda?

Quedo atento,
Camilo Restrepo"""),
("es", "b46-factura-empresa-sts-sin-tildes", "Raul Ortega <raul.ortega@example.es>", "factura curso STS", "billing", "",
"""Hola, hice el curso de piloto STS la semana pasada en Getafe y la
factura me ha llegado a mi nombre, pero lo paga la empresa. Necesito
que la emitais a nombre de Inspecciones Tecnicas del Henares SL, CIF
B12345678, calle Mayor 23, Alcala de Henares. Gracias

Raul Ortega"""),
("es", "b46-helicoptero-tasa-no-informada", "Francisca Muñoz <francisca.munoz@example.cl>", "Cobro adicional sobrevuelo", "billing", "",
"""Estimados:

El domingo hicimos el sobrevuelo en helicóptero a la cordillera con
salida desde Vitacura. Pagamos online $390.000 por dos personas, pero al
llegar nos cobraron $45.000 más por una "tasa de aeródromo" que no
aparecía en ninguna parte de la reserva ni en el correo de
confirmación.

Les agradecería que me explicaran ese cobro o que me lo devuelvan.

Saludos cordiales,
Francisca Muñoz"""),
("es", "b46-re-presupuesto-revision-desglose", "Ernesto Vidal <ernesto.vidal@example.es>", "Re: Presupuesto revisión anual EC-KPL", "billing", "",
"""Buenos días, Sonia:

Acabo de recibir la factura y son 2.940 € frente a los 1.900 € del
presupuesto. Entiendo que haya aparecido algo, pero nadie me llamó.
Antes de pagar quiero un desglose de horas de mano de obra y de piezas,
y que me digáis qué de todo eso no estaba en el presupuesto.

Un saludo,
Ernesto Vidal

El 2 oct., Sonia Llorente escribió:
> Buenos días, Ernesto. Te confirmo la revisión anual de la EC-KPL
> para la semana del 14. Presupuesto cerrado: 1.900 € + IVA, mano de
> obra y consumibles. Cualquier pieza adicional se consultará antes.
> Sonia - Taller Aeronáutico Cuatro Vientos"""),
("es", "b46-pregunta-spei-oxxo", "Daniela Ruiz <daniela.ruiz@example.com.mx>", "Pregunta", "billing", "",
"""hola, el curso básico de drones del sábado se puede pagar por SPEI o
en OXXO? no tengo tarjeta. gracias"""),
("es", "b46-hangar-motor-invierno-pausa", "Pere Soler <pere.soler@example.es>", "Cuota hangar", "billing", "",
"""Bon dia,

La Cessna se va al taller de motores de Sabadell para el overhaul y
estará allí como mínimo hasta marzo. Mientras tanto el hueco del
hangar se queda vacío. ¿Puedo suspender la cuota de hangar (210 € al
mes) durante esos meses y retomarla a la vuelta, manteniendo el sitio?

Gràcies,
Pere Soler"""),
("es", "b46-congelar-cuota-embarazo", "Valentina Ferreyra <valen.ferreyra@example.com.ar>", "Me toca quedarme en tierra", "billing", "",
"""Hola chicos!!

Les cuento que estoy embarazada de 10 semanas 🙂 así que por unos
cuantos meses me toca quedarme en tierra. ¿Pueden congelarme la cuota
mensual del club ($45.000) hasta que pueda volver a saltar? No quiero
darme de baja, solo pausarla.

Besos,
Valen"""),
("es", "b46-academia-drones-cerro-abogado", "Lucía Benavente <lucia.benavente@example.es>", "Curso no impartido - reclamación", "billing", "high",
"""A la atención de la dirección de la academia:

En enero abonamos 1.450 € por el curso completo de piloto de drones
(A1/A3, A2 y STS) en su sede de Valencia. Se impartieron únicamente los
módulos A1/A3 y en marzo se nos comunicó por WhatsApp que la sede
cerraba y que "ya se avisaría" de cómo continuar. Desde entonces no hay
respuesta.

Solicito la devolución de la parte no impartida, que cuantifico en
1.050 €, en un plazo de quince días. En caso contrario, he encargado ya
a mi abogado que inicie las acciones legales que correspondan, y
presentaré reclamación ante la Oficina de Consumo.

Lucía Benavente Gil
DNI 12345678Z"""),
("es", "b46-cargo-doble-dron-profeco", "Héctor Salinas <hector.salinas@example.com.mx>", "COBRO DOBLE", "billing", "high",
"""Me cobraron DOS veces el dron que compré en su tienda en línea el 4
de marzo, $24,999 cada cargo, pedido 30917. Llamé tres veces y me dicen
que en "5 a 10 días hábiles" se refleja, ya van 25 días.

Si esta semana no me regresan el cargo duplicado pongo la queja en
PROFECO y le pido a mi banco el contracargo. Ya tengo todo impreso.

Héctor Salinas
Monterrey, NL"""),
("es", "b46-club-sigue-cobrando-baja-dueno", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "Me siguen debitando", "billing", "high",
"""Buenas,

Me di de baja del club de paracaidismo en diciembre, por mail, y me
contestaron confirmando la baja. Igual me siguen debitando la cuota de
la tarjeta: enero, febrero y marzo, $38.000 cada mes. Cada vez que
llamo me atiende alguien distinto que "lo va a pasar".

No quiero hablar más con la secretaría. Quiero que me llame el dueño
del club o el responsable de administración y que me devuelvan los
$114.000.

Gustavo Pereyra
11 5555-8124"""),
("es", "b46-no-es-cobro-app-mapa-zonas", "Marta Gil <marta.gil@example.es>", "La app", "technical", "",
"""Hola, os escribo por la app, no por el cobro (eso está bien).

Desde la última actualización el mapa de zonas geográficas se queda en
blanco y solo sale el puntito azul de mi posición. Sin el mapa no me
deja planificar la misión. iPhone 12, iOS 17. Ya he cerrado sesión y
vuelto a entrar.

Marta"""),
("es", "b46-plataforma-examen-se-traba-99", "Ricardo Valdés <ricardo.valdes@example.com.mx>", "Examen final no se envía", "technical", "",
"""Buen día,

Estoy tratando de presentar el examen final del curso en línea de
piloto de drones y cuando le doy "Enviar" la barra se queda en 99% y no
pasa nada. Lo intenté en Chrome y en Edge y desde el celular. Ya es la
tercera vez y me marca que solo me queda un intento. ¿Me pueden ayudar
antes de que lo pierda?

Ricardo Valdés"""),
("es", "b46-dron-deriva-no-quiero-plata", "Nicolás Acosta <nico.acosta@example.com.ar>", "se me va para la izquierda", "technical", "",
"""Hola, el dron que les compré en noviembre se va solo para la
izquierda cuando lo dejo en hover, aunque tenga buena señal de GPS.
Calibré la IMU y la brújula dos veces. Aclaro que no quiero que me
devuelvan la plata ni cambiarlo por otro, me gusta el equipo, quiero
que me lo arreglen. ¿Lo llevo al local o lo mando?

Nico"""),
("es", "b46-contrasena-no-llega-correo", "Jose Manuel Prieto <jm.prieto@example.es>", "no puedo entrar", "technical", "",
"""buenas, no puedo entrar en la zona de alumnos de la escuela de
vuelo. me dice contraseña incorrecta, le doy a recuperar y no me llega
ningun correo (mirado en spam tambien). el usuario es el de siempre.
un saludo"""),
("es", "b46-cargador-bahia-no-carga", "Paola Cárdenas <paola.cardenas@example.com.co>", "Cargador de baterías", "technical", "",
"""Buenas tardes,

El cargador múltiple que compré con el combo tiene cuatro puertos y uno
de ellos ya no carga: pongo una batería y la luz no prende. Las mismas
baterías en los otros tres puertos cargan normal. Tiene cuatro meses de
uso.

Gracias,
Paola Cárdenas
Medellín"""),
("es", "b46-variometro-pitido-constante", "Antonio Lozano <antonio.lozano@example.es>", "Variómetro", "technical", "",
"""Buenas tardes:

El variómetro que me instalaron en el velero el mes pasado pita de
forma continua en cuanto lo enciendo, aunque el planeador esté parado
en el suelo. La aguja marca ascenso de 2 m/s sin moverse. Ya revisé
que las tomas de presión no estén obstruidas.

Quedo a la espera de sus indicaciones.

Antonio Lozano
Club de Vuelo a Vela de Fuentemilanos"""),
("es", "b46-control-no-empareja", "Benjamín Rojas <benja.rojas@example.cl>", "control", "technical", "",
"""el control no se empareja con el dron desde la actualizacion de
ayer. se queda parpadeando rojo. ya lo reinicie mil veces"""),
("es", "b46-re-orden-trabajo-transpondedor", "Fernando Ibáñez <fernando.ibanez@example.es>", "RE: Orden de trabajo 2291 - finalizada", "technical", "",
"""Hola, Javier:

Ayer volé con la avioneta por primera vez desde la reparación y el
transpondedor sigue igual: control de Zaragoza me dijo dos veces que
no recibían modo C. Así que el problema no está resuelto. ¿Cuándo
podéis volver a mirarlo?

Fernando

-----Mensaje original-----
De: Javier Sanz
Enviado: lunes, 9 de septiembre
Asunto: Orden de trabajo 2291 - finalizada
Fernando, la EC-JTR ya está lista. Se ha sustituido el codificador de
altitud y revisado el cableado del transpondedor. Adjunto factura."""),
("es", "b46-goggles-fpv-un-ojo-negro", "Iván Herrera <ivan.herrera@example.com.mx>", "Goggles", "technical", "",
"""Qué tal,

A los goggles FPV que compré en febrero se les fue la imagen del lado
derecho. El izquierdo se ve perfecto, el derecho está totalmente negro.
Ya actualicé el firmware y reseteé de fábrica. ¿Cómo hago válida la
garantía?

Iván Herrera
Guadalajara"""),
("es", "b46-lipo-hinchada-caliente", "Carmen Aguilar <carmen.aguilar@example.es>", "Batería", "technical", "high",
"""Hola,

Les escribo porque una de las baterías que les compré en abril se ha
hinchado bastante: la carcasa está abombada y no entra ya en el dron.
Esta tarde, después de cargarla, estaba muy caliente al tacto y olía un
poco a producto químico.

La he sacado a la terraza, dentro de una maceta vacía con arena, lejos
de cualquier cosa que pueda arder, y no voy a usar el cargador hasta
saber algo de ustedes. ¿Cómo me deshago de ella de forma segura? ¿Puede
ser culpa del cargador?

Un saludo,
Carmen Aguilar"""),
("es", "b46-olor-nafta-cabina-service", "Martín Giménez <martin.gimenez@example.com.ar>", "LV-OKT después del service", "technical", "high",
"""Hola Walter,

Retiré el LV-OKT el viernes después de las 100 horas. Hoy, en la
prueba de motor, había un olor fuerte a nafta dentro de la cabina, del
lado derecho, y encontré la alfombra húmeda debajo de la llave
selectora de combustible. Antes del service no pasaba.

Lo dejé atado en la plataforma con un cartel de "NO VOLAR" y las
baterías desconectadas. ¿Puede venir alguien de ustedes a verlo antes
de que nadie lo toque?

Martín Giménez
Aeroclub San Fernando"""),
("es", "b46-inspeccion-placas-equipos-parados", "Operaciones <operaciones@solarvista-inspecciones.example.es>", "Software de vuelo", "technical", "high",
"""Buenos días:

Desde primera hora ninguno de nuestros cinco equipos puede despegar. El
software de planificación que les compramos no pasa de la pantalla de
inicio: "Error al validar la licencia de la organización". Tenemos dos
equipos en plantas solares de Extremadura, uno en Murcia y dos en
Toledo, esperando con el cliente delante. Ya hemos tenido que
reprogramar nueve inspecciones hoy y mañana tenemos una termografía con
corte de planta pactado con la distribuidora que no se puede mover.

La licencia está pagada hasta diciembre. Por favor, llámenme en cuanto
lean esto al 925 555 310.

Álvaro Pineda
Jefe de Operaciones, SolarVista Inspecciones"""),
("es", "b46-simulador-se-congela-gerente", "Capt. Rogelio Medina <rmedina@aeroescuela-bajio.example.com.mx>", "Simulador FNPT - tercera visita", "technical", "high",
"""Buenas tardes,

El simulador que nos instalaron en enero se congela a los 20-30
minutos de cada sesión y hay que reiniciarlo completo. Su técnico ha
venido tres veces; la última dijo que "ya quedó" y al día siguiente
volvió a pasar dos veces en la misma mañana.

No voy a abrir otro ticket con soporte. Quiero que el gerente de
servicio o alguien de la dirección me llame directamente esta semana,
al 477 555 0192.

Capt. Rogelio Medina
Director de Instrucción, Aeroescuela del Bajío"""),
("es", "b46-gracias-globo-pedida-garrotxa", "Jordi Puig <jordi.puig@example.es>", "¡Dijo que sí!", "general", "",
"""¡Hola!

Solo quería daros las gracias a Marc y a todo el equipo por el vuelo
del domingo sobre la Garrotxa. Os había avisado de que le iba a pedir
matrimonio a Laia en el globo y lo preparasteis todo de maravilla: el
momento con los volcanes al fondo, la discreción, el cava al aterrizar.

Dijo que sí, por cierto 😊. No lo olvidaremos nunca.

Jordi"""),
("es", "b46-horario-16-septiembre", "Guadalupe Torres <lupita.torres@example.com.mx>", "Horario", "general", "",
"""Buenas! La tienda de Coyoacán abre el 16 de septiembre? Y si abre,
a qué hora? Gracias"""),
("es", "b46-campera-olvidada-hangar", "Sebastián Molina <seba.molina@example.com.ar>", "Me olvidé la campera", "general", "",
"""Hola, el domingo estuve en el hangar para el bautismo de vuelo de mi
hijo y me olvidé una campera de jean con corderito, talle L, creo que
la dejé colgada en una silla al lado de la máquina de café. Si alguien
la encontró, paso a buscarla el sábado.
Gracias!
Sebastián"""),
("es", "b46-hola-dejar-en-porteria", "Natalia Ospina <natalia.ospina@example.com.co>", "Hola", "general", "",
"""Hola, mi pedido 44820 llega el jueves. Por favor que lo dejen en la
portería del edificio (Torre 2, Conjunto Los Cerezos), el portero ya
está avisado. Gracias"""),
("es", "b46-dron-249-playa-licencia", "Manuel Ortiz <manuel.ortiz@example.es>", "Duda dron pequeño", "general", "",
"""Buenas,

Quiero comprar un dron de menos de 250 gramos para grabar las
vacaciones en Cádiz. ¿Necesito algún tipo de registro o carné para
volarlo en la playa? ¿Y hay playas donde directamente no se puede?

Gracias,
Manuel"""),
("es", "b46-cambio-correo-ficha-alumno", "Constanza Vergara <constanza.vergara@example.cl>", "Actualizar datos", "general", "",
"""Hola,

¿Me podrían actualizar el correo y el teléfono en mi ficha de alumna
del curso de piloto privado? El correo nuevo es este mismo y el
teléfono es +56 9 5555 2107. El anterior ya no lo uso.

Muchas gracias,
Constanza Vergara"""),
("es", "b46-patrocinio-carrera-solidaria", "Asociación Vecinal de Ocaña <avocana@example.es>", "Carrera solidaria - patrocinio", "general", "",
"""Estimados señores:

La Asociación Vecinal de Ocaña organiza el 12 de octubre su VI Carrera
Solidaria a beneficio del banco de alimentos. Nos preguntábamos si
ustedes, como escuela de paracaidismo de la comarca, querrían
colaborar, por ejemplo con un salto de exhibición en la salida o con un
bautismo de vuelo como premio del sorteo.

Su logotipo aparecería en los dorsales y en los carteles.

Atentamente,
Pilar Ramírez
Secretaria"""),
("es", "b46-exhibicion-aerea-drones-propios", "Eduardo Núñez <eduardo.nunez@example.com.mx>", "Festival aéreo", "general", "",
"""Hola, vamos a ir al festival aéreo de noviembre en el aeródromo.
¿Se puede llevar un dron propio para grabar desde el estacionamiento o
está prohibido? ¿Y pueden entrar niños menores de 5 años?
Saludos"""),
("es", "b46-casi-me-muero-mortal", "Florencia Quiroga <flor.quiroga@example.com.ar>", "MORTAL", "general", "",
"""Chicos, MORTAL lo del sábado!!! Casi me muero cuando se abrió la
puerta del avión jajaja, pensé que me daba un infarto, pero Facu me
hizo reír todo el tiempo y la caída libre fue lo más. Ya le mostré el
video a toda mi familia. Gracias gracias gracias, vuelvo seguro!!
Flor"""),
("es", "b46-recepcionista-borde", "Rosa María Delgado <rosamaria.delgado@example.es>", "Trato en recepción", "general", "",
"""Buenas tardes:

El sábado acompañé a mi nieto a su primer vuelo de iniciación en el
aeródromo. Llegamos diez minutos tarde por un accidente en la
carretera y la chica de recepción nos recibió con un "pues a ver si os
cuelo, que aquí no se espera a nadie", delante de otras familias. Mi
nieto, de 14 años, se quedó cortadísimo.

Al final voló y el instructor fue encantador. Pero creo que deben saber
cómo se nos trató al llegar.

Rosa María Delgado"""),
("es", "b46-cristales-zona-infantil-aerodromo", "Beatriz Solana <beatriz.solana@example.es>", "Zona de juegos de la cafetería", "general", "high",
"""Hola,

Esta mañana, en la zona de juegos infantil junto a la cafetería del
aeródromo, mi hija ha encontrado varios trozos de cristal en la arena,
debajo del tobogán. Parece una botella rota. No se ha cortado de
milagro. Había por lo menos otros seis niños jugando.

Se lo he dicho al camarero, pero por si acaso os escribo también:
convendría cerrar la zona y limpiarla bien hoy mismo.

Beatriz"""),
("es", "b46-datos-personales-aaip", "Leandro Bustos <leandro.bustos@example.com.ar>", "Pedido de acceso a datos personales - reiteración", "general", "high",
"""Señores:

El 10 de abril solicité por escrito, en los términos de la Ley 25.326,
acceso a todos los datos personales que la escuela de vuelo tiene sobre
mí: legajo, evaluaciones de instructores, datos médicos y grabaciones
de cámara de las clases.

Vencido holgadamente el plazo legal de diez días corridos, no obtuve
respuesta. Si en cinco días hábiles no recibo la información,
presentaré la denuncia ante la Agencia de Acceso a la Información
Pública.

Leandro Bustos
DNI 30.123.456"""),
("es", "b46-instructor-grito-director", "Adriana Gómez <adriana.gomez@example.com.co>", "Queja instructor - solicito hablar con el director", "general", "high",
"""Buenas tardes,

Mi hijo Santiago, de 17 años, está haciendo el curso de piloto de drones
con ustedes en Chía. En la práctica del sábado el instructor le gritó
delante de todo el grupo, le arrebató el control de las manos y le dijo
que "mejor se dedicara a otra cosa porque era un bruto". Otros dos
padres me confirmaron lo que pasó.

No pienso hablarlo con el instructor ni con la recepción. Solicito que
el director de la escuela se comunique conmigo directamente esta
semana.

Adriana Gómez
310 555 4478"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b46-voucher-cessna-na-helikopter", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Voucher na lot widokowy", "billing", "",
"""Dzień dobry,

Na urodziny dostałam od firmy voucher na 30-minutowy lot widokowy
Cessną nad Krakowem (nr VW-3308, wartość 690 zł). Zobaczyłam, że macie
też loty helikopterem nad Tatrami. Czy mogę dopłacić różnicę i zamienić
voucher na lot helikopterem? Jeśli tak, ile wyniesie dopłata?

Pozdrawiam serdecznie,
Agnieszka Wróbel"""),
("pl", "b46-kurs-operatora-raty", "Paweł Szczepański <pawel.szczepanski@example.pl>", "Kurs A2 + STS w ratach?", "billing", "",
"""Dzień dobry,

Interesuje mnie pakiet szkoleń A2 + STS-01 za 2 890 zł. Czy jest
możliwość zapłaty w ratach 0%, np. przez PayU albo Santander? I czy
opłata za egzamin państwowy w ULC jest w cenie, czy płaci się osobno?

Pozdrawiam
Paweł Szczepański"""),
("pl", "b46-podwojne-obciazenie-tandem-bez-znakow", "Kamil Nowak <kamil.nowak88@example.pl>", "2x pobrane", "billing", "",
"""Czesc, w sobote skakalem u Was tandem w Piotrkowie (rezerwacja
T-1187). Dzisiaj patrze w apke banku a tam dwa razy po 1 090 zl, ta
sama godzina. Skok byl jeden :) Prosze o zwrot jednej platnosci.
Kamil"""),
("pl", "b46-dron-w-baltyku-ochrona", "Tomasz Lis <tomasz.lis@example.pl>", "Mój dron jest teraz rybą", "billing", "",
"""Dzień dobry,

Krótko: w wakacje mój dron zanurkował w Bałtyk koło Jastarni i już z
niego nie wypłynął. Ryby go mają. Nie mam więc czego chronić, a wciąż
co miesiąc schodzi mi 29 zł za pakiet ochrony "Care" do tego drona.
Proszę o wyłączenie go od najbliższego okresu.

Nowego na razie nie kupuję, żona się nie zgadza.

Tomasz Lis"""),
("pl", "b46-zwrot-drona-14-dni", "Magdalena Kaczmarek <magda.kaczmarek@example.pl>", "Odstąpienie od umowy - zamówienie 83315", "billing", "",
"""Dzień dobry,

Zamówiłam przez Państwa sklep internetowy drona (zamówienie 83315, 1 749
zł), odebrałam go w piątek. Chciałabym skorzystać z prawa do odstąpienia
od umowy w ciągu 14 dni - paczka nie była otwierana, folia jest cała.

Proszę o informację, na jaki adres odesłać towar i czy koszt odesłania
pokrywam ja. Pieniądze proszę zwrócić na kartę, którą płaciłam.

Z poważaniem,
Magdalena Kaczmarek"""),
("pl", "b46-faktura-nip-przeglad-sp", "Biuro Aero-Serwis Mazury <biuro@aeroserwis-mazury.example.pl>", "Faktura za przegląd SP-KWL", "billing", "",
"""Dzień dobry,

W załączeniu przesyłam dane do korekty faktury FV/0412/2024 za przegląd
roczny SP-KWL. Faktura została wystawiona na osobę prywatną, a
właścicielem samolotu jest spółka:

Aero-Serwis Mazury sp. z o.o.
ul. Lotników 7, 11-500 Giżycko
NIP 845-123-45-67

Proszę o wystawienie faktury korygującej i nowej faktury na spółkę.

Z poważaniem,
Ewa Gołębiowska
księgowość"""),
("pl", "b46-helikopter-doplata-miejsce-z-przodu", "Rafał Dziedzic <rafal.dziedzic@example.pl>", "Lot nad Tatrami - dopłata", "billing", "",
"""Dzień dobry,

W niedzielę lecieliśmy z żoną helikopterem nad Tatrami z lądowiska w
Nowym Targu. Na miejscu pilot posadził mnie z przodu, a po locie w
recepcji doliczono 150 zł za "miejsce obok pilota". Nikt nas wcześniej
nie pytał, czy chcemy to miejsce i że jest płatne. Proszę o wyjaśnienie
albo zwrot tej kwoty.

Rafał Dziedzic"""),
("pl", "b46-re-proforma-przelew-faktura-koncowa", "Joanna Michalak <j.michalak@geoplan-serwis.example.pl>", "Re: Faktura proforma PF/22/2024 - szkolenie operatorów", "billing", "",
"""Dzień dobry Panie Marku,

Przelew na 8 610 zł brutto poszedł wczoraj z naszego konta w mBanku,
w tytule numer proformy. Potwierdzenie w załączniku. Proszę o
wystawienie faktury końcowej na dane z proformy, bo potrzebujemy jej do
rozliczenia dofinansowania z KFS.

Pozdrawiam
Joanna Michalak
Geoplan Serwis

> W dniu 11.03 Marek Zieliński napisał:
> Pani Joanno, w załączniku proforma za szkolenie 3 operatorów (A2 +
> STS). Termin szkolenia rezerwujemy po wpływie płatności.
> Pozdrawiam, Marek Zieliński, DronLab Szkolenia"""),
("pl", "b46-pytanie-blik-sklep", "Zuzia Kowalczyk <zuzia.kowalczyk@example.pl>", "Pytanie", "billing", "",
"""czy da sie u was zaplacic blikiem przy odbiorze osobistym w sklepie
w Poznaniu? czy tylko gotowka/karta?"""),
("pl", "b46-zawieszenie-skladki-norwegia", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Składka - kontrakt w Norwegii", "billing", "",
"""Cześć,

od kwietnia do października jestem na kontrakcie w Norwegii, więc cały
sezon szybowcowy mnie omija. Czy mogę zawiesić składkę członkowską
aeroklubu (120 zł miesięcznie) na ten czas i wrócić jesienią bez
ponownego wpisowego?

Dzięki,
Grzesiek Pawlak"""),
("pl", "b46-kod-rabatowy-piknik-nie-naliczony", "Marta Jabłońska <marta.jablonska@example.pl>", "Kod z pikniku", "billing", "",
"""Dzień dobry, na pikniku lotniczym w Góraszce dostałam ulotkę z kodem
PIKNIK10 na 10% rabatu. Przy zamówieniu 84102 (gogle FPV, 1 199 zł)
wpisałam kod, system go przyjął, ale w podsumowaniu i na potwierdzeniu
rabatu nie ma. Czy mogą Państwo zwrócić mi różnicę?

Marta Jabłońska"""),
("pl", "b46-skok-odwolany-zaliczka-rzecznik", "Andrzej Sikora <andrzej.sikora@example.pl>", "Zwrot zaliczki - rezerwacja S-7710", "billing", "high",
"""Szanowni Państwo,

13 lipca wpłaciłem 400 zł zaliczki za skok tandemowy dla syna. W dniu
skoku poinformowano nas, że samolot jest niesprawny i że "odezwiecie
się Państwo w sprawie nowego terminu". Nikt się nie odezwał.

Nowego terminu już nie chcę. O zwrot zaliczki prosiłem mailowo 20
lipca i 3 sierpnia - bez odpowiedzi. Zgodnie z Państwa regulaminem
zaliczka podlega zwrotowi, jeśli skok odwołuje organizator.

Jeśli w ciągu 14 dni pieniądze nie wrócą na moje konto, zwrócę się do
miejskiego rzecznika konsumentów i złożę pozew w postępowaniu
uproszczonym.

Andrzej Sikora"""),
("pl", "b46-sklep-nie-wyslal-chargeback-bez-znakow", "Lukasz Wojcik <lukasz.wojcik@example.pl>", "zamowienie 82790 - ostatnie ostrzezenie", "billing", "high",
"""Zaplacilem 3 499 zl za drona 2 pazdziernika, zamowienie 82790. Na
stronie bylo "wysylka w 24h". Minelo 6 tygodni, numeru przesylki brak,
infolinia nie odbiera, na maile dostaje ta sama formulke ze "sprawa
jest w toku".

Juz go nie chce. Jesli do piatku nie bedzie zwrotu, skladam w banku
reklamacje transakcji (chargeback) i przekazuje im cala korespondencje.

Lukasz Wojcik"""),
("pl", "b46-szkola-podwyzka-w-trakcie-prezes", "Bartosz Adamczyk <bartosz.adamczyk@example.pl>", "Podwyżka ceny w trakcie szkolenia PPL", "billing", "high",
"""Dzień dobry,

W umowie szkoleniowej PPL(A) podpisanej w marcu cena godziny lotu na
C152 wynosi 690 zł. Od lipca w rozliczeniach naliczacie mi 790 zł, bez
aneksu i bez uprzedzenia. Do tej pory to 1 400 zł różnicy.

Rozmawiałem dwa razy z biurem, usłyszałem, że "taki jest nowy cennik".
Umowa mówi co innego. Proszę, żeby skontaktował się ze mną kierownik
szkolenia albo prezes spółki, a nie znowu biuro.

Bartosz Adamczyk
kursant PPL(A), nr 24/117"""),
("pl", "b46-to-nie-platnosc-aplikacja-zawiesza", "Oliwia Zając <oliwia.zajac@example.pl>", "Aplikacja do drona", "technical", "",
"""Dzień dobry, od razu zaznaczę, że to nie jest reklamacja płatności
ani zamówienia, wszystko doszło.

Chodzi o aplikację: po ostatniej aktualizacji zawiesza się przy
włączaniu podglądu z kamery. Obraz stoi, po kilku sekundach aplikacja
się zamyka. Xiaomi Redmi Note 12, Android 14. Reinstalacja nic nie
dała.

Oliwia"""),
("pl", "b46-e-learning-test-nie-zapisuje", "Jan Kołodziej <jan.kolodziej@example.pl>", "Platforma szkoleniowa", "technical", "",
"""Dzień dobry,

Przerabiam kurs online przygotowujący do egzaminu A2. Po każdym
zalogowaniu postęp się zeruje - moduły, które zaliczyłem, znowu są
"nierozpoczęte", a test końcowy jest zablokowany. Przechodziłem
moduły 1-6 już trzy razy. Korzystam z Chrome na Windows 11, ciasteczka
są włączone.

Jan Kołodziej"""),
("pl", "b46-dron-ucieka-nie-chce-zwrotu-bez-znakow", "Dawid Krawczyk <dawid.krawczyk@example.pl>", "dryf", "technical", "",
"""Dzien dobry, dron kupiony u Was w maju w zawisie ucieka powoli do
tylu, nawet przy dobrym GPS i bez wiatru. Kalibracja IMU i kompasu
zrobiona dwa razy. Nie chce zwrotu pieniedzy ani wymiany na inny model,
jestem z niego zadowolony, chce tylko zeby dzialal jak trzeba. Gdzie
go wyslac?
Dawid"""),
("pl", "b46-link-resetu-hasla-wygasl", "Halina Borkowska <halina.borkowska@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry,

Chciałam zarezerwować godzinę lotu w systemie rezerwacji aeroklubu, ale
nie pamiętam hasła. Klikam "resetuj hasło", przychodzi mail, a po
kliknięciu w link pojawia się "link wygasł", nawet jeśli klikam od
razu. Próbowałam 4 razy, z telefonu i z komputera.

Pozdrawiam
Halina Borkowska"""),
("pl", "b46-ladowarka-piszczy-nie-laduje", "Sebastian Malinowski <sebastian.malinowski@example.pl>", "Ładowarka", "technical", "",
"""Ładowarka do akumulatorów z zestawu Fly More od tygodnia piszczy
cicho i nie ładuje żadnego akumulatora, diody tylko mrugają na zmianę.
Sprawdzałem z trzema różnymi akumulatorami. Sprzęt ma 7 miesięcy."""),
("pl", "b46-re-zlecenie-radio-szybowiec", "Krzysztof Górski <krzysztof.gorski@example.pl>", "Re: Zlecenie 1184 - radio SP-3712", "technical", "",
"""Dzień dobry Panie Romanie,

Dziś pierwszy raz polatałem po serwisie i radio w szybowcu dalej nie
odbiera - nadaję normalnie, ale wieży w Lesznie nie słyszę w ogóle,
dopóki nie jestem tuż nad lotniskiem. Czyli tak samo jak przed
naprawą. Kiedy mógłby Pan to jeszcze raz obejrzeć?

Krzysztof Górski

---
Od: Roman Wilk
Temat: Zlecenie 1184 - radio SP-3712
Panie Krzysztofie, szybowiec gotowy do odbioru. Wymieniona antena w
statecznik i przewód antenowy. Faktura w załączniku.
R. Wilk"""),
("pl", "b46-kontroler-nie-paruje", "Ola Kowalska <ola.kowalska@example.pl>", "aparatura", "technical", "",
"""aparatura nie paruje sie z dronem po aktualizacji, mruga na czerwono
i tyle. robilam wszystko z instrukcji"""),
("pl", "b46-gogle-fpv-obraz-zrywa", "Michał Wiśniewski <michal.wisniewski@example.pl>", "Gogle FPV - zrywanie obrazu", "technical", "",
"""Cześć,

Gogle FPV kupione u Was w lutym zrywają obraz co kilkanaście sekund,
nawet jak dron jest 20 metrów ode mnie. Na starym zestawie w tym samym
miejscu nie było problemu. Anteny dokręcone, firmware najnowszy w
goglach i w dronie.

Michał"""),
("pl", "b46-termowizja-zle-temperatury", "Inspekcje Dachów Nowicki <biuro@nowicki-inspekcje.example.pl>", "Kamera termowizyjna", "technical", "",
"""Dzień dobry,

Kamera termowizyjna w dronie kupionym w Państwa sklepie od kilku dni
pokazuje zawyżone temperatury - na dachu w słoneczny dzień wszystko
ma równe 65 stopni, a pirometr pokazuje 38. Kalibracja w aplikacji nie
pomaga. Czy można to naprawić na miejscu w Warszawie?

Piotr Nowicki"""),
("pl", "b46-akumulator-dymil-w-garazu", "Renata Olszewska <renata.olszewska@example.pl>", "Akumulator", "technical", "high",
"""Dzień dobry,

Dziś wieczorem jeden z akumulatorów do drona, kupiony u Państwa w
marcu, zaczął dymić podczas ładowania. Obudowa była gorąca i lekko
wybrzuszona, czuć było zapach spalonego plastiku. Od razu odłączyłam
ładowarkę, a akumulator wyniosłam na podwórko i położyłam na płytach
chodnikowych z daleka od wszystkiego. Nic się nie zapaliło.

Proszę o informację, jak bezpiecznie go zutylizować i czy mogę dalej
ładować pozostałe dwa tą samą ładowarką.

Renata Olszewska"""),
("pl", "b46-iskrzenie-awionika-po-przegladzie", "Jerzy Kubiak <jerzy.kubiak@example.pl>", "SP-AFK po przeglądzie", "technical", "high",
"""Panie Zbyszku,

odebrałem SP-AFK w czwartek po przeglądzie 100h. Dziś przy włączeniu
awioniki coś strzeliło za tablicą przyrządów, po prawej stronie, gdzie
wasz mechanik montował nowy transponder, pojawiła się iskra i zapach
spalonej izolacji. Od razu wyłączyłem główny wyłącznik.

Samolot stoi w hangarze z kartką "NIE LATAĆ", akumulator odłączony.
Proszę, żeby ktoś od Was obejrzał to, zanim ktokolwiek go ruszy.

Jerzy Kubiak"""),
("pl", "b46-szkola-system-kursanci-odsylani", "Kierownik Operacyjny <operacje@szkola-lotnicza-orlik.example.pl>", "Panel szkoły", "technical", "high",
"""Dzień dobry,

Od rana panel, który od Was mamy, pokazuje tylko biały ekran. Nikt z
instruktorów nie wie, kto dziś leci i na którym samolocie, nie da się
też wpisać nalotów ani zrobić odprawy z listy. Trzy samoloty stoją na
płycie, a kursanci, część przyjechała z Łodzi i Kielc, siedzą w
świetlicy. Odwołaliśmy już 11 lotów, jutro mamy egzaminy praktyczne z
egzaminatorem z ULC.

Proszę o pilny telefon: 22 555 48 10.

Tadeusz Majewski
Kierownik Operacyjny, Szkoła Lotnicza Orlik"""),
("pl", "b46-osp-dron-poszukiwania-zaginionej", "OSP Wola Rębkowska <osp.wola@example.pl>", "Dron termowizyjny zablokowany - poszukiwania", "technical", "high",
"""Trwają poszukiwania zaginionej 81-letniej kobiety z demencją w lesie
koło Garwolina, a nasz dron termowizyjny od Was nie chce wystartować.
Aplikacja wymaga odblokowania strefy i przy próbie logowania wyrzuca
błąd serwera. Zapada zmrok, jest 2 stopnie. Proszę o natychmiastowy
kontakt pod numerem 600 555 912.

dh Marcin Zawadzki
OSP Wola Rębkowska"""),
("pl", "b46-podziekowania-oboz-szybowcowy", "Iwona Sadowska <iwona.sadowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam serdecznie podziękować instruktorom obozu szybowcowego w
Bezmiechowej, a szczególnie Panu Adamowi. Mój syn Kuba wrócił
zupełnie odmieniony - pewny siebie, opalony i z pierwszym samodzielnym
lotem w dzienniku. Cały wieczór opowiadał o kominach termicznych i
jak widział Bieszczady z góry.

Dziękujemy za cierpliwość i za to, że zadbaliście o dzieciaki.

Iwona Sadowska z rodziną"""),
("pl", "b46-godziny-otwarcia-wigilia", "Stanisław Rutkowski <stanislaw.rutkowski@example.pl>", "Wigilia", "general", "",
"""Do której godziny sklep we Wrocławiu jest otwarty w Wigilię? Chcę
odebrać prezent dla wnuka."""),
("pl", "b46-zgubiony-portfel-lotnisko", "Karolina Baran <karolina.baran@example.pl>", "Zgubiony portfel", "general", "",
"""Dzień dobry,

W sobotę byliśmy na lotach zapoznawczych na lotnisku w Gliwicach i
chyba zostawiłam portfel na ławce przy hangarze albo w samolocie.
Czerwony, skórzany, w środku dowód na nazwisko Baran. Czy ktoś go
może znalazł? Mogę podjechać w każdej chwili.

Karolina Baran
512 555 300"""),
("pl", "b46-dzien-dobry-paczkomat-sasiad", "Wiesław Mazur <wieslaw.mazur@example.pl>", "Dzień dobry", "general", "",
"""Dzien dobry, zamowienie 84455 prosze wyslac do paczkomatu przy
Biedronce na Kwiatowej zamiast do domu, bo kurier nigdy mnie nie
zastaje. Albo zostawic u sasiada spod 4. Dziekuje"""),
("pl", "b46-od-czego-zaczac-ppl", "Adrian Kalinowski <adrian.kalinowski@example.pl>", "Od czego zacząć?", "general", "",
"""Dzień dobry,

Mam 34 lata i od zawsze chciałem latać. Chciałbym zacząć szkolenie do
licencji PPL(A) u Państwa, ale nie wiem, od czego zacząć. Jakie badania
lekarskie są potrzebne i gdzie się je robi? Czy okulary są problemem?
I ile mniej więcej trwa całe szkolenie, jeśli mogę latać tylko w
weekendy?

Pozdrawiam
Adrian Kalinowski"""),
("pl", "b46-zmiana-nazwiska-po-slubie", "Natalia Kamińska <natalia.kaminska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

Proszę o zmianę moich danych w ewidencji członków aeroklubu: po ślubie
nazywam się Natalia Kamińska (poprzednio Lewandowska). Nowy adres: ul.
Polna 12/4, 05-500 Piaseczno. Telefon bez zmian.

Dziękuję,
Natalia Kamińska"""),
("pl", "b46-sponsoring-piknik-osp", "Koło Gospodyń Wiejskich w Zielonce <kgw.zielonka@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Koło Gospodyń Wiejskich w Zielonce razem z miejscową OSP organizuje 24
sierpnia festyn rodzinny na boisku szkolnym. Czy Państwa firma
zechciałaby wesprzeć festyn, np. pokazem lotu balonem na uwięzi albo
voucherem na lot jako nagrodą w loterii fantowej?

W zamian umieścimy logo na plakatach i podziękujemy ze sceny.

Z wyrazami szacunku,
Bożena Lis
przewodnicząca KGW"""),
("pl", "b46-pokazy-lotnicze-pies-parking", "Robert Zieliński <robert.zielinski@example.pl>", "Pokazy w sierpniu", "general", "",
"""Cześć, wybieramy się na sierpniowe pokazy na Waszym lotnisku.
Można wejść z psem na smyczy? I gdzie najlepiej zaparkować, żeby nie
stać potem godzinę w korku?
Robert"""),
("pl", "b46-zabojczy-widok-bez-znakow", "Ewelina Kubacka <ewelina.kubacka@example.pl>", "WOW", "general", "",
"""Ludzie, widok z balonu nad Bieszczadami byl ZABOJCZY. Myslalam ze
umre ze szczescia jak wyszlismy nad mgle o wschodzie slonca, a jak
pilot odpalil palnik nad moja glowa to prawie dostalam zawalu hahaha.
Dzieki za wszystko, szampan na koniec to byla petarda!
Ewelina"""),
("pl", "b46-niegrzeczny-sprzedawca-sklep", "Zbigniew Czarnecki <zbigniew.czarnecki@example.pl>", "Obsługa w sklepie w Katowicach", "general", "",
"""Dzień dobry,

W piątek byłem z wnukiem w Państwa sklepie w Katowicach obejrzeć drony.
Sprzedawca, młody chłopak z tatuażem na ręce, przez cały czas patrzył
w telefon, a na moje pytanie o różnicę między dwoma modelami
odpowiedział "dziadku, to wszystko jest w internecie". Wyszliśmy.

Piszę, bo może warto zwrócić uwagę pracownikom, jak się rozmawia ze
starszymi klientami.

Zbigniew Czarnecki"""),
("pl", "b46-dziura-w-ogrodzeniu-lotniska", "Leszek Wasilewski <leszek.wasilewski@example.pl>", "Ogrodzenie lotniska od strony działek", "general", "high",
"""Dzień dobry,

Od strony ogródków działkowych przy ul. Leśnej w ogrodzeniu lotniska
jest wycięta spora dziura, przy drugim słupku od bramy technicznej.
Wczoraj widziałem przez nią dwóch chłopców, może po 10 lat, jak
przeszli na trawę tuż przy drodze startowej, kiedy lądował samolot.
Krzyknąłem i wrócili.

Może warto to jak najszybciej załatać.

Leszek Wasilewski"""),
("pl", "b46-rodo-nagrania-uodo", "Patrycja Szulc <patrycja.szulc@example.pl>", "Żądanie dostępu do danych - ponowne", "general", "high",
"""Szanowni Państwo,

8 stycznia złożyłam żądanie dostępu do danych osobowych (art. 15 RODO)
dotyczących mnie jako byłej kursantki szkoły: teczki szkoleniowej, ocen
instruktorów, danych medycznych oraz nagrań z kamer w kabinie z moich
lotów.

Miesięczny termin minął 8 lutego, otrzymałam tylko automatyczne
potwierdzenie. Jeżeli w ciągu 7 dni nie otrzymam danych, złożę skargę
do Prezesa Urzędu Ochrony Danych Osobowych.

Patrycja Szulc"""),
("pl", "b46-balon-pole-zaloga-szef", "Henryk Mróz <henryk.mroz@example.pl>", "Wasz balon na moim polu", "general", "high",
"""Dzień dobry,

W niedzielę rano Wasz balon wylądował na moim polu pod Nałęczowem.
Lądowanie rozumiem, zdarza się. Ale ekipa, która przyjechała po balon,
wjechała busem z przyczepą przez środek pola zamiast polną drogą, a
kiedy wyszedłem to zwrócić uwagę, jeden z nich powiedział do mnie
"dziadek, nie rób afery, bo nic nie udowodnisz". Przy moim wnuku.

Nie chodzi mi o pieniądze. Chcę, żeby zadzwonił do mnie właściciel
firmy albo szef tej ekipy i wytłumaczył, jak to ma wyglądać.

Henryk Mróz
tel. 81 555 20 44"""),
]
