# wide-en.py -- a wide batch of English customer mails spread over many
# kinds of business (shops, travel, health, utilities, telecoms, software,
# trades, subscriptions, food, leisure and more), labelled for training.
# Each business gets mail of all three queues as it naturally occurs:
# money matters, faults and set-up problems, and everything else, with
# escalation demands, legal threats, bank disputes, outages told by their
# consequences and safety hazards marked high.  Same tuple format as
# batch16.py: (lang, slug, from, subject, queue, priority or "", body).
M += [
# ---------------- online fashion shop ----------------
("en", "fashion-two-dresses-one-refund", "Chloe Barrington <chloe.barrington@example.co.uk>", "Re: We've received your return", "billing", "",
"""Hi,

Your email below says you got the parcel back, and there were TWO
dresses in it (the green wrap dress and the navy midi, both size 12).
I've only been refunded 45.00 which is the green one. The navy one was
52.00 and it hasn't come back to my card. Can you check please?

Chloe

On 3 Oct 2024, at 10:12, Returns <returns@example-fashion.co.uk> wrote:
> Hi Chloe,
>
> Good news - we've received your return for order FS-220871 and your
> refund is on its way. Please allow 3-5 working days.
>
> The Returns Team"""),
("en", "fashion-pay-in-3-taken-twice", "Nadia Okafor <nadia.okafor@example.com>", "pay in 3", "billing", "",
"""hello, I used the pay in 3 option for my coat (total 129) so it should
be 43 a month. This month two lots of 43 went out on the same day. I
only have a bit left till payday so I really need the extra one back.
thank you
Nadia"""),
("en", "fashion-parcel-never-came-card-dispute", "Gareth Pryce <g.pryce@example.co.uk>", "Order FS-219934 - dispute raised", "billing", "high",
"""To whom it may concern,

My order FS-219934 (boots and a jumper, 138.50) was marked as delivered
on 12 September. It was never received. I have no safe place set, no
neighbour took it in, and the courier photo shows a door that isn't
mine.

I have contacted you four times and each time I'm told the courier
"confirmed delivery". That is not my problem. As of this morning I have
raised a dispute with my credit card provider for the full amount.

Gareth Pryce"""),
("en", "fashion-app-logs-out-basket", "Lily-Mae Foster <lilymae.f@example.net>", "app keeps logging me out", "technical", "",
"""every time i tap on the basket in your app it logs me out and takes me
back to the sign in screen. i log in again, tap basket, logged out again.
ive deleted it and reinstalled it. iphone 13, latest update. i can see
my stuff on the website on the laptop fine but i do all my shopping on my
phone so pls fix"""),
("en", "fashion-jacket-zip-no-return", "Rob Atherton <rob.atherton@example.com>", "Zip broken on the waxed jacket", "technical", "",
"""Hello,

The zip on the waxed jacket I bought in the autumn sale has split from
the bottom - it zips up but the two sides come apart behind the slider.
I've worn it maybe ten times.

I'd rather not send the whole thing back, I love the jacket and it's
sold out in my size anyway. Is there a repair service, or could you
post me a replacement slider so a tailor can fit it?

Cheers,
Rob"""),
("en", "fashion-petite-linen-restock", "Amira Haddad <amira.haddad@example.org>", "Linen trousers", "general", "",
"""Hi there! Are the wide leg linen trousers (the sand colour) going to
come back in petite? They've been "coming soon" for about a month. I'm
5ft 1 and the regular length is way too long on me. Thanks x"""),
("en", "fashion-change-address-not-shipped", "Paul Whitfield <paul.whitfield@example.co.uk>", "Order FS-221402", "general", "",
"""Morning,

I've just realised I put my old address on order FS-221402, which still
says "processing". We moved last week. Could it go to 7 Larch Avenue,
Harrogate HG2 0XX instead? Nothing else needs changing.

Thanks
Paul Whitfield"""),
("en", "fashion-student-discount-missed", "Jess Kaur <jess.kaur@example.ac.uk>", "student discount??", "billing", "",
"""Hi I verified my student account last week and the banner at the top
says 15% student discount applied but the total at checkout was the full
price (68 instead of 57.80). I only noticed when I got the confirmation.
can you refund the difference? order FS-221877
thanks, Jess"""),
# ---------------- supermarket home delivery ----------------
("en", "grocery-substitution-dearer", "Margaret Quigley <m.quigley@example.co.uk>", "Substitutions on Saturday's delivery", "billing", "",
"""Dear Sir or Madam,

On Saturday's delivery I was given substitutes for two items, which I
accepted at the door because I needed them. However, when I looked at
the receipt afterwards I saw I had been charged the higher price for
both: 3.85 instead of 2.50 for the washing-up liquid and 4.20 instead of
3.00 for the coffee. I understood substitutes were charged at the price
of the original item.

I would be grateful if you could refund the difference of 2.55.

Yours faithfully,
Margaret Quigley"""),
("en", "grocery-delivery-pass-no-renew", "Tom Hendry <tomhendry@example.com>", "Delivery pass", "billing", "",
"""Hi, my 6 month delivery pass runs out on the 14th. I'm moving in with
my partner who already has one, so please make sure mine doesn't renew
automatically. Thanks, Tom"""),
("en", "grocery-no-slots-error", "Divya Raman <divya.raman@example.com>", "Can't book a slot", "technical", "",
"""Hello,

Every time I try to book a delivery slot I get "Sorry, something went
wrong. Please try again later." It happens on every day and every time,
even the ones showing as available, and on both the app and the website.
My shopping is sitting in the trolley. Cleared my cache, tried another
browser, no difference.

Divya"""),
("en", "grocery-nut-substitute-reaction", "Caroline Mbeki <caroline.mbeki@example.co.uk>", "Substitution - my son had an allergic reaction", "general", "high",
"""I am writing this calmly but it needs to be dealt with properly.

Our order always includes the same nut-free seeded loaf because our son
(9) has a severe peanut allergy. On Thursday it was substituted with a
different loaf which "may contain nuts". The driver handed the bags over
and didn't mention the substitution. My son made toast on Friday
morning, his lips swelled, and we had to use his adrenaline pen and call
an ambulance. He is fine now.

I want someone in charge of your substitutions to phone me and explain
how an item flagged as an allergy staple can be swapped like this, and
what you are going to change.

Caroline Mbeki
07700 900 318"""),
("en", "grocery-new-postcode-village", "Harold Pike <harold.pike@example.org>", "Do you deliver to Little Brampton?", "general", "",
"""Hello,

I've recently moved to Little Brampton (postcode SY7 0XX). When I type
it in it says you don't deliver here yet, but my neighbour says your
vans come through on Wednesdays. Is that right, and is there any plan to
add this area?

Regards,
H. Pike"""),
("en", "grocery-thanks-driver-stairs", "Sue Henshaw <sue.henshaw@example.co.uk>", "Your driver Marek", "general", "",
"""Just a quick note to say thank you to Marek who delivered to us on
Tuesday. The lift in our block was broken and he carried all eight
crates up to the fourth floor without a word of complaint, and then
asked if my husband (who is in a wheelchair) needed anything put away.
Lovely man. Please tell his boss.

Sue"""),
("en", "grocery-missing-items-charged", "kev <kev.morris88@example.com>", "missing stuff", "billing", "",
"""3 things missing from todays order, chicken thighs, the big bag of
rice and the nappies. theyre on the receipt as delivered but not in any
of the bags, driver had gone by the time we unpacked. thats about 19
quid. can you refund it please. order 5582-1190"""),
("en", "grocery-multibuy-manager", "Diane Whitlock <diane.whitlock@example.net>", "THIRD TIME - multibuy not applied", "billing", "high",
"""This is the third week in a row the "any 3 for 10" on the yoghurt pots
hasn't been taken off my bill. This week I was charged 13.50 for three.
Each time I email, someone credits it and says it's fixed, and the next
week it happens again.

I'm not interested in another credit and another apology. I want to
speak to a manager who can tell me why your system keeps doing it.
Please have one ring me on 07700 900 845.

Diane Whitlock"""),
# ---------------- electronics retailer ----------------
("en", "electro-laptop-wont-wake", "Martin Oduya <martin.oduya@example.com>", "Laptop won't wake up", "technical", "",
"""Hi,

Since Windows installed an update on Monday, my laptop (bought from you
in June) won't wake up from sleep. The power light is on, fans spin, but
the screen stays black and the keyboard does nothing. I have to hold the
power button to switch it off and start again, and I lose whatever I
was working on. Any ideas before I send it in?

Martin"""),
("en", "electro-powerbank-hissing", "Elaine Carver <elaine.carver@example.co.uk>", "Power bank", "technical", "high",
"""Good evening,

I have one of your own-brand 20000mAh power banks. It was not plugged in
and was sitting in my desk drawer, and this evening I heard a faint
hissing. When I took it out it was quite hot and the case had puffed up
along one side. I've put it outside in a metal biscuit tin away from the
house.

Please could you tell me how to dispose of it safely, and whether other
people's may do the same.

Elaine Carver"""),
("en", "electro-tv-price-promise", "Jason Webb <jason.webb@example.com>", "Price promise", "billing", "",
"""hi, bought the 55 inch OLED from you on the 2nd for 1,199. its now 1,099
on your own site. you have a 14 day price promise on the receipt so
please refund the 100 difference. receipt number 44-88213.
Jason"""),
("en", "electro-cancel-care-plan", "Ingrid Solberg <ingrid.solberg@example.no>", "Care plan", "billing", "",
"""Hello,

When I bought my washing machine three weeks ago, the salesman added a
"care plan" for 7.99 per month. I did not really understand what I was
agreeing to and the machine already has 5 years guarantee from the
maker. I would like to cancel this plan and, if possible, get back the
payment already taken, because it is still inside 30 days.

Thank you,
Ingrid Solberg"""),
("en", "electro-vat-invoice-company", "Accounts <accounts@pennant-design.example>", "VAT invoice for order 90-44120", "billing", "",
"""Hello,

We bought two monitors and a docking station on order 90-44120 (paid on
the company card). The receipt we got is a plain till receipt. Could you
please send a full VAT invoice addressed to Pennant Design Ltd, 4 Mill
Yard, Bath BA1 0XX, VAT no. GB 123 4567 89?

Many thanks,
Sasha Flint
Office Manager"""),
("en", "electro-take-old-tv-away", "Bernard Cole <bernard.cole@example.co.uk>", "Delivery on Friday", "general", "",
"""Good afternoon,

My new television is due to be delivered on Friday. Will the delivery
men be able to take the old one away with them, or do I need to take it
to the tip myself? It's an old heavy one and I'm 79.

Thank you
Bernard Cole"""),
("en", "electro-earbud-left-silent", "Kai Nakamura <kai.nakamura@example.com>", "left earbud", "technical", "",
"""Hey - my left earbud stopped connecting. Right one pairs fine, left
one just flashes white and never shows up. I've tried putting both back
in the case, the reset (hold 15 seconds) and forgetting them on my
phone. Not after a refund or anything, they were a present and I like
them, just want the left one working again.

Kai"""),
("en", "electro-weekend-sales-job", "Ellie Brennan <ellie.brennan@example.com>", "Weekend sales assistant - Swindon", "general", "",
"""Dear Hiring Manager,

I saw the poster in your Swindon store for a weekend sales assistant and
would like to apply. I'm 18, studying Computer Science at college during
the week, and I have a year's experience working Saturdays in a phone
accessories shop. I'm very comfortable explaining tech to customers.

My CV is attached. I'm available every Saturday and Sunday.

Kind regards,
Ellie Brennan"""),
("en", "electro-phone-refund-small-claims", "Anthony Reyes <anthony.reyes@example.co.uk>", "Refused refund - faulty phone", "billing", "high",
"""Dear Customer Services,

I bought a phone from your Croydon branch on 8 August. Within ten days
the screen started flickering and then went black. I took it back on
the 19th and asked for a refund, which the Consumer Rights Act entitles
me to within 30 days for a faulty item. The store refused and would only
offer a repair.

I am not accepting a repair. Please refund the 649.00 to my card within
14 days, or I will issue a claim in the small claims court without
further notice.

Anthony Reyes"""),
# ---------------- furniture store ----------------
("en", "furniture-wardrobe-cracked-money-back", "Hollie Grainger <hollie.grainger@example.co.uk>", "Wardrobe order 3310-778", "billing", "",
"""Hi,

The double wardrobe came yesterday and one of the doors has a crack
right across the panel - you can see it the moment you open the box.
Honestly it took six weeks to arrive and I can't face waiting another
six, so I don't want a replacement. Please arrange collection and give
me my money back (389 + the 29 delivery).

Hollie"""),
("en", "furniture-mattress-trial-trading-standards", "Desmond Achebe <desmond.achebe@example.com>", "100 night trial - refund refused", "billing", "high",
"""Dear Sir/Madam,

I bought the Cloudrest hybrid mattress on your "100 night comfort
trial". On night 61 I asked to return it as it is giving me back pain.
Your team now says the trial only applies if the mattress is "in resale
condition" and have refused both collection and refund. None of that is
in the trial terms on your website, which I have screenshotted.

I have today reported this to Trading Standards. Unless you confirm
collection and a refund of 749.00 within seven days I will also bring a
claim in the county court.

Desmond Achebe"""),
("en", "furniture-settle-finance-early", "Kerry Nolan <kerry.nolan@example.net>", "Finance on my corner sofa", "billing", "",
"""Hi there, I took the sofa on your 0% finance over 24 months last
year. I've had a bit of money come in and would like to clear what's
left in one go. How much do I owe now and how do I pay it off - do I
do that through you or through the finance company?
Thanks Kerry"""),
("en", "furniture-recliner-stops-halfway", "Alan Petrakis <alan.petrakis@example.co.uk>", "Electric recliner", "technical", "",
"""Good morning,

The power recliner on our three-seater (bought March) has started
stopping halfway when you press the button to recline. You hear the
motor click and then nothing. Press again and it goes back to upright
fine. The other end works normally. Plugs and the little transformer
box all seem fine.

Can you send someone to look at it?

Alan Petrakis"""),
("en", "furniture-bunk-rail-bolts-sheared", "Sinead Farrell <sinead.farrell@example.ie>", "Bunk bed - guard rail came off", "technical", "high",
"""Hello,

The guard rail on the top bunk of the Oslo bunk bed came away last night
while my six-year-old was asleep up there. Two of the bolts that hold it
to the frame have snapped clean off. Thankfully she rolled towards the
wall, not out. The kids are sleeping on mattresses on the floor until
this is sorted.

We assembled it exactly to the instructions and it's four months old.
Please tell me what to do and whether other beds have had the same
problem.

Sinead Farrell"""),
("en", "furniture-narrow-stairs-wardrobe", "Ben Osei <ben.osei@example.com>", "will it fit up the stairs", "general", "",
"""Hi, thinking of ordering the tall Hampton wardrobe but our stairs are
narrow and turn at the top. Does it come flat packed or in one piece?
And what are the sizes of the boxes? Don't want the delivery guys
stuck halfway up lol. Ben"""),
("en", "furniture-printed-catalogue", "Patricia Dunmore <p.dunmore@example.org>", "Catalogue", "general", "",
"""Dear Sirs,

I used to receive your printed catalogue every spring but have not had
one for two years. I prefer to look through a proper book rather than a
screen. Could you please put me back on the list?

Mrs P. Dunmore
22 Chapel Lane, Ludlow SY8 0XX"""),
# ---------------- pharmacy ----------------
("en", "pharmacy-charged-prescription-over-60", "Leonard Price <leonard.price@example.co.uk>", "Prescription charge", "billing", "",
"""Hello,

I am 63 and entitled to free prescriptions, which is on my record.
Yet when I ordered my repeat through your online service last week I
was charged 9.90 for it. Please could this be refunded, and checked so
it doesn't happen again.

Leonard Price"""),
("en", "pharmacy-hayfever-subscription-stop", "Mia Corrigan <mia.corrigan@example.com>", "Hayfever tablets", "billing", "",
"""hi, I signed up for the monthly hayfever tablet subscription back in
april. summers over so I don't need them any more - can you stop the
subscription so i'm not paying for boxes I won't use? will sign up
again next spring probably.
mia"""),
("en", "pharmacy-app-gp-link-fails", "Rajesh Patel <rajesh.patel@example.com>", "Can't link my GP surgery", "technical", "",
"""Hello,

I've downloaded your repeat prescriptions app and verified my identity,
but when I try to link my GP surgery (Riverside Medical Practice) it
says "We couldn't match your details with this practice". My name,
date of birth and postcode are definitely correct. My wife's account
linked first time to the same surgery.

Rajesh Patel"""),
("en", "pharmacy-dispensing-error-dad", "Joanne Whitaker <joanne.whitaker@example.co.uk>", "Wrong tablets given to my father", "general", "high",
"""Dear Pharmacist,

My father collected his blister pack from your Hinckley branch on
Friday. Last night I noticed the name on the pack is not his - it is
for another gentleman with a similar surname and contains tablets my
dad has never been prescribed, including a blood thinner. He had
already taken Saturday morning's dose. We rang 111 and he is being
monitored, he seems ok.

I would like the pharmacist in charge to contact me today, and I would
like to know how this happened.

Joanne Whitaker
07700 900 602"""),
("en", "pharmacy-bp-monitor-err3", "Olive Simmons <olive.simmons@example.net>", "Blood pressure monitor", "technical", "",
"""Hello, the blood pressure monitor I bought in your shop a month ago
now shows "Err 3" every time I use it. I've put new batteries in and
done the cuff up the way the leaflet shows. It worked fine at first.
My doctor wants me to take readings twice a day so I need it going.
Olive Simmons"""),
("en", "pharmacy-pill-dispenser-no-alarm", "Frank Delaney <frank.delaney@example.com>", "Mum's pill dispenser", "technical", "",
"""Hi,

The automatic pill dispenser you set up for my mother in September has
stopped beeping for the evening dose. The morning and lunchtime alarms
still go off. The carousel still turns at 6pm, it's just silent, so she
misses it. I've checked the volume setting is on high. Is there a reset?

Frank"""),
("en", "pharmacy-boxing-day-hours", "Gwen Harries <gwen.harries@example.co.uk>", "Christmas", "general", "",
"""Will the Market Street pharmacy be open on Boxing Day at all? My
husband's repeat will run out on the 27th and I want to know whether I
need to collect before Christmas. Thanks, Gwen"""),
# ---------------- vet practice ----------------
("en", "vet-health-plan-dog-passed", "Maureen Clegg <maureen.clegg@example.co.uk>", "Bramble's health plan", "billing", "",
"""Dear all,

Sadly our old Labrador Bramble died at home last week. Thank you for
everything you did for her over the years.

Please could you stop her monthly health plan payments. I believe the
next one is due on the 1st.

With thanks,
Maureen Clegg"""),
("en", "vet-itemised-invoice-insurance", "Tariq Mahmood <tariq.mahmood@example.com>", "Invoice for insurance claim - Luna", "billing", "",
"""Hi,

I need a fully itemised invoice for Luna's (cat, 4) treatment on the
9th and 10th - the consultation, x-rays, overnight stay and medication
listed separately with costs. My insurer won't accept the card receipt.
Could you email it to me?

Thanks,
Tariq"""),
("en", "vet-dental-quote-doubled-manager", "Victoria Hale <victoria.hale@example.co.uk>", "Dental bill for Pepper", "billing", "high",
"""I was given a written estimate of 350 for Pepper's dental. When I
picked her up I was charged 780. Nobody rang me before doing the extra
extractions, although I left my number and was available all day. I
paid because I wanted to take my dog home, not because I agree.

I want the practice manager to contact me about this. I'm not
discussing it with reception again.

Victoria Hale"""),
("en", "vet-reminder-texts-stopped", "Owen Griffiths <owen.griffiths@example.net>", "Reminder texts", "technical", "",
"""Hello, I used to get a text the day before appointments and for
vaccinations being due, but they stopped completely around the summer.
My mobile number is right on the portal (07700 900 229). I missed
Biscuit's booster because of it. Can you check what's wrong?"""),
("en", "vet-cat-carrier-left", "Anna Lisowska <anna.lisowska@example.com>", "my cat carrier", "general", "",
"""Hello, I think I left my cat carrier in your waiting room on Tuesday
afternoon, it is grey plastic with a pink blanket inside. My cat went
home in a cardboard box after her jab, she was very angry about it :)
Can I come pick it up?
Anna"""),
("en", "vet-do-you-see-tortoises", "Harvey Lin <harvey.lin@example.com>", "Tortoise", "general", "",
"""Hi - we've just adopted a Hermann's tortoise from a family friend.
Does anyone at your practice treat tortoises / reptiles, and can we
register him? He seems healthy, we'd just like a check-up before he
hibernates. Harvey"""),
("en", "vet-thanks-nurse-final", "Linda and Rob Carrow <carrow.family@example.co.uk>", "Thank you", "general", "",
"""We wanted to say thank you to Nurse Becca and Mr Adeyemi for how they
looked after us when we had to say goodbye to Max on Saturday. They
gave us all the time we needed and were so gentle with him and with us.
We couldn't have asked for more kindness.

Linda and Rob"""),
# ---------------- car dealer and garage ----------------
("en", "garage-warning-light-after-service", "Steve Kirkland <steve.kirkland@example.co.uk>", "Re: Your vehicle is ready", "technical", "",
"""Picked the car up from you yesterday after its service and the engine
management light came on before I'd even got home. It wasn't on when I
dropped it off. Drives ok but I don't fancy the motorway with it like
that. Can you get it back in this week?

Steve

-----Original Message-----
From: Service Dept <service@example-motors.co.uk>
Subject: Your vehicle is ready
Your vehicle VX19 ABC is ready for collection. Thank you for choosing us."""),
("en", "garage-brakes-grinding-pulling", "Amelia Ross <amelia.ross@example.com>", "Brakes after yesterday's work", "technical", "high",
"""Hello,

You fitted new front pads and discs to my car yesterday afternoon. On
the way to work this morning there was a loud grinding noise every time
I braked and the car pulled hard to the left - I nearly ended up in the
other lane at a roundabout. I've left it in the car park at work and
got a lift home. I don't think it's safe to drive.

Can you collect it or tell me what to do?

Amelia Ross
07700 900 117"""),
("en", "garage-wipers-not-authorised", "Derek Moss <d.moss@example.net>", "Invoice SV-20415", "billing", "",
"""Hi, on my service invoice there's 34.99 for front wiper blades. I
didn't ask for them and nobody rang me about it, and my wipers were
only a few months old. Please take it off and refund the 34.99.
Derek Moss"""),
("en", "garage-used-car-deposit-back", "Priya Nandakumar <priya.nk@example.com>", "Deposit on the blue Golf", "billing", "",
"""Hello Mark,

I put a 500 deposit on the blue Golf (reg ending KXP) on Saturday. My
circumstances have changed since then - my husband's job is moving
abroad - so we won't be buying a car after all. Your salesman said the
deposit was refundable within 7 days. Could you please return it to the
card I paid with?

Sorry for the trouble,
Priya"""),
("en", "garage-connected-app-wont-pair", "Chris Darby <chris.darby@example.co.uk>", "Car app", "technical", "",
"""Hiya, I picked up my new car from you on Friday. The salesman said I
could use the app to pre-heat it in the mornings. I've made an account
but when I scan the QR code from the screen in the car the app says
"Vehicle activation failed - code 403". Tried about ten times. Is
something not switched on at your end?
Chris"""),
("en", "garage-mot-courtesy-car", "Julie Ferris <julie.ferris@example.com>", "MOT next month", "general", "",
"""Hi, my MOT is due on 18 November. Have you got anything the week
before? I need a courtesy car as I can't get to work without one - are
they still available if I book now? Thanks, Julie Ferris"""),
("en", "garage-test-drive-automatic", "Lee Tanaka <lee.tanaka@example.net>", "estate on the forecourt", "general", "",
"""Hi, is the grey estate you've got on the website (the one with the
roof bars) an automatic or a manual? The listing doesn't say. If it's
an auto could I come for a test drive Saturday morning, about 10? Lee"""),
# ---------------- airline ----------------
("en", "airline-cancelled-flight-cash-not-voucher", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Refund request ref QZ7H4K", "billing", "",
"""Hello,

Our flight EZ 4412 Edinburgh to Alicante on 2 September was cancelled
by you the night before. On the form I clearly ticked "refund to
original payment method", NOT a voucher. Five weeks later I have an
email offering me a travel voucher for 486.20 and no refund.

Please process the refund to my card as requested.

Fiona McAllister"""),
("en", "airline-bag-fee-twice-amex-dispute", "Jonathan Reid <jonathan.reid@example.com>", "Duplicate baggage charge - disputed with Amex", "billing", "high",
"""I added one checked bag (23kg) to booking LM8P2R online for 45.00.
At the airport desk I was told the bag was "not on the booking" and made
to pay 65.00 again. My statement now shows both. I have sent your
customer relations team the online confirmation twice with no reply.

I have now disputed the 65.00 with American Express and provided them
with both receipts. Consider this notice.

J. Reid"""),
("en", "airline-name-typo-fee", "Bea Sørensen <bea.sorensen@example.dk>", "Name correction fee", "billing", "",
"""Hi,

When I booked for my husband I typed "Micheal" instead of "Michael". I
fixed it in Manage Booking and was charged 55 euro for a "name change".
It is the same person, just two letters swapped. Is it possible to get
this fee back? I think it is a lot for a typo.

Best regards
Bea Sørensen"""),
("en", "airline-checkin-passport-not-verified", "Carlos Medina <carlos.medina@example.com>", "online check in not working", "technical", "",
"""Hi, trying to check in online for tomorrow's 06:40 flight to Lisbon.
Every time I enter my passport details it says "We were unable to
verify your travel document. Please see an agent at the airport." My
passport is valid till 2031 and I copied the number exactly. I'm
travelling with hand luggage only and really don't want to queue at
the desk at 5am. Can you help?
Carlos Medina, booking VB3K9T"""),
("en", "airline-2fa-code-never-arrives", "Naomi Gold <naomi.gold@example.net>", "Can't log in to my miles account", "technical", "",
"""Hello,

I can't get into my frequent flyer account. Password is accepted, then
it says a code has been sent to my phone, but the text never comes.
I've tried "resend" six times over two days. I have about 42,000 miles
on the account and want to book a trip for Easter. The phone number on
the account ends 814, which is correct.

Naomi Gold"""),
("en", "airline-ipad-left-seat-14c", "Hamish Doyle <hamish.doyle@example.co.uk>", "Left my iPad on the plane", "general", "",
"""Hi,

I left my iPad in the seat pocket of 14C on your flight from Bristol to
Belfast yesterday evening (Sunday). It's in a black folding case with a
sticker of a fox on the back. Is there a lost property office I should
contact, or has anything been handed in?

Hamish Doyle
07700 900 561"""),
("en", "airline-wheelchair-father-abandoned", "Priti Desai <priti.desai@example.com>", "Special assistance failure - father left alone", "general", "high",
"""My father is 84, uses a wheelchair and is diabetic. He was booked
with special assistance on your flight from Manchester on Thursday. The
assistance staff took him to the gate and left him there alone, with no
food or water, for over two hours while the flight was delayed. He
couldn't reach a toilet. He arrived in a terrible state.

I am not interested in a voucher. I want a manager from your special
assistance team to phone me and explain how this was allowed to happen.

Priti Desai
07700 900 733"""),
# ---------------- train operator ----------------
("en", "rail-delay-repay-rejected", "Simon Ashworth <simon.ashworth@example.co.uk>", "Delay Repay claim DR-5528814 rejected", "billing", "",
"""Hello,

My Delay Repay claim was rejected with the reason "journey not
delayed". The 17:32 from Leeds to York on the 21st arrived 41 minutes
late - it's even on your own journey history page. I've attached my
ticket again. Please look at it again, I should be getting 50% back.

Simon Ashworth"""),
("en", "rail-season-ticket-new-job", "Grace Obi <grace.obi@example.com>", "annual season ticket - refund", "billing", "",
"""Hi,

I have an annual season ticket Reading - London Paddington which started
in March. I've changed jobs and now work from home most days, so I'd
like to hand it back and get a refund for the unused months. How do I do
that, and will there be an admin fee taken off?

Thanks
Grace"""),
("en", "rail-penalty-fare-app-wouldnt-load", "Danny Whelan <danny.whelan@example.net>", "Penalty fare", "billing", "",
"""Not a tech support request - I know your app was down Saturday
morning, everyone on the platform was saying it. The problem is I DID
buy my ticket on it (receipt attached, 11.40, bought 08:02) but it
wouldn't open on the train, so the guard gave me a 20 pound penalty
fare. I paid it to avoid a fuss. I'd like the 20 back please as I had a
valid ticket.

Danny"""),
("en", "rail-barcode-wont-scan-barriers", "Yusuf Kaya <yusuf.kaya@example.com>", "e-ticket barcode", "technical", "",
"""Hello, the barcode on my mobile ticket won't open the barriers at any
station. The reader beeps red and says "Seek assistance". Brightness is
at full. It's happened with three different tickets this week, bought
in your app on my Pixel. Staff let me through but it takes ages every
time. What is wrong with them?
Yusuf"""),
("en", "rail-smartcard-not-loading", "Helen Brodie <helen.brodie@example.co.uk>", "Smartcard", "technical", "",
"""Morning,

I bought a weekly ticket online on Sunday and chose to load it onto my
smartcard. I've touched it on the card readers at the station about
ten times now and the ticket hasn't appeared - the screen just says
"No products on card". It's the same card I've used for a year.

Helen Brodie"""),
("en", "rail-bike-space-reservation", "Tomasz Zielinski <tomasz.zielinski@example.com>", "bicycle on train", "general", "",
"""Hello,

I want to take my bicycle on the train from Exeter to Penzance on 4th
of August with my son (also bicycle). Do we need to reserve places for
the bikes, and how far ahead? We have already our tickets.

Thank you
Tomasz"""),
("en", "rail-shelter-glass-hanging", "Margaret Oyelaran <m.oyelaran@example.co.uk>", "Broken shelter at Ashcombe station", "general", "high",
"""Good afternoon,

I'd like to report that one of the big glass panels in the waiting
shelter on platform 2 at Ashcombe is cracked right across and hanging
loose at the top corner - it moves when the fast trains go through.
Schoolchildren shelter under it every morning. I told the man in the
ticket office on Monday but it's still the same today.

Please get someone to look at it before it falls.

Margaret Oyelaran"""),
# ---------------- hotel ----------------
("en", "hotel-card-hold-not-released", "Ashley Turner <ashley.turner@example.com>", "Pre-authorisation still on my card", "billing", "",
"""Hi,

I stayed with you 3-5 October (booking 77120-B) and paid the room in
full at checkout. The 150 "incidentals" hold you put on my debit card
at check-in is still showing as pending nine days later. My bank says
only the hotel can release it. Could you please do that?

Ashley Turner"""),
("en", "hotel-minibar-not-ours", "Rupert Lane <rupert.lane@example.co.uk>", "Final bill - room 412", "billing", "",
"""Hello,

Looking over the bill you emailed after our stay, there's 38.50 for
minibar items (two wines and crisps). We didn't touch the minibar - I
don't drink, and my wife was pregnant. Could this be removed and
refunded, please?

Rupert Lane"""),
("en", "hotel-cancelled-in-time-no-show-bank", "Sofia Marchetti <sofia.marchetti@example.it>", "No-show charge - I cancelled", "billing", "high",
"""Dear Sir or Madam,

I booked a room for 14 November on your website with free cancellation
until 48 hours before. I cancelled on 10 November and I have the
cancellation email (number CXL-88012). Yesterday you charged my card
189 euro as a "no-show".

I wrote to the hotel on Monday with no answer. I have now opened a
dispute with my bank and sent them the cancellation email.

Sofia Marchetti"""),
("en", "hotel-wifi-portal-room-number", "Daniel Park <daniel.park@example.com>", "WiFi", "technical", "",
"""Hi, I'm in room 318 and the wifi login page won't accept my surname
and room number - it says "guest not found". Tried with and without
capitals. I have a work video call at 2pm so I really need it. Front
desk said to email. Thanks, Daniel Park"""),
("en", "hotel-conference-av-down", "Events Team <events@northgate-pharma.example>", "Conference suite - nothing working", "technical", "high",
"""URGENT - we are in the Thames Suite for our sales conference and
since 9am neither the projector nor the room wifi has worked. The
screen says "no signal" from any laptop and the wifi drops every couple
of minutes. We have 120 delegates sitting waiting and the first
speaker is presenting remotely. Your duty manager has gone to "find
someone" but that was 25 minutes ago.

Please send a technician to the suite immediately.

Rachel Cho, Northgate Pharma Events, 07700 900 404"""),
("en", "hotel-early-checkin-parking", "Maggie Ellison <maggie.ellison@example.net>", "Arriving Friday", "general", "",
"""Hello, we're booked in Friday for two nights (Ellison). Our train
gets in about 11am - is there any chance of an early check-in, or can
we at least leave our cases with you? Also my brother is driving up
on Saturday, is there parking at the hotel? Thanks! Maggie"""),
("en", "hotel-watch-left-bedside", "Graham Sutcliffe <graham.sutcliffe@example.co.uk>", "Watch left in room", "general", "",
"""Hi,

I think I left my watch on the bedside table in room 207 when I
checked out on Wednesday - steel, with a blue face, it was my father's
so it means a lot. Has housekeeping found it? I'll happily arrange
a courier to pick it up.

Graham Sutcliffe"""),
# ---------------- car rental ----------------
("en", "rental-scratch-was-there-photos", "Emily Zhao <emily.zhao@example.com>", "Damage charge RA-331902", "billing", "",
"""Hello,

I've been charged 180 for a "scratch on rear bumper" on the Corsa I
rented 5-9 June. That scratch was there when I picked the car up. I
pointed it out at the desk and took photos in your car park with the
time stamp (attached) because the agent said it was "too small to mark
down". Please refund the 180.

Emily Zhao"""),
("en", "rental-fuel-charge-returned-full", "Mike Osborne <mike.osborne@example.co.uk>", "fuel charge??", "billing", "",
"""returned the car full to the brim at the shell right outside your
depot, receipt attached, and you've billed me 74.60 for refuelling plus
a 25 service fee. gauge was on F when i dropped the keys. want that
back please, agreement 55-10277"""),
("en", "rental-excess-spain-consumer-centre", "Rachel Greenwood <rachel.greenwood@example.co.uk>", "Excess taken - Malaga rental MLG-77234", "billing", "high",
"""Dear Customer Relations,

Three weeks after returning a car at Malaga airport, which your agent
inspected and signed off as undamaged, you took the full 1,200 euro
excess from my card for "underbody damage". I was given no photos, no
report and no chance to respond.

I have filed a complaint with the European Consumer Centre and I am
taking legal advice. Please refund the 1,200 euro or send full evidence
within 14 days.

Rachel Greenwood"""),
("en", "rental-keyless-app-wont-unlock", "Jordan Blake <jordan.blake@example.com>", "Car won't unlock", "technical", "",
"""Hi - I'm standing next to the car (booking KX-5521) in the Brunswick
Street car park. Your app says "Unlocked" and plays the little
animation but the doors stay locked. Tried it 6 times, also walked away
and came back, turned Bluetooth off and on. It's my first time using
the keyless thing. What do I do?
Jordan"""),
("en", "rental-brake-warning-burning", "Hassan Ali <hassan.ali@example.com>", "Rental car - warning lights and smell", "technical", "high",
"""Hello,

We are on the A9 north of Perth in the SUV we hired from your Edinburgh
branch this morning (booking 2291-AX). About 20 minutes ago a red brake
warning came on and now there is a strong burning smell from the front
left wheel. We have pulled into a lay-by with two young children.

We won't drive it further. Please tell us what to do and send
assistance.

Hassan Ali
07700 900 850"""),
("en", "rental-husband-spanish-licence", "Lucía Romero <lucia.romero@example.es>", "Second driver", "general", "",
"""Hello,

I have a car booked with you at Gatwick for next week. My husband would
like to share the driving. He has a Spanish driving licence, not a UK
one. Is that accepted, and does he need to come to the desk with me when
I collect the car?

Thank you
Lucía Romero"""),
("en", "rental-sunglasses-in-glovebox", "Pete Hollis <pete.hollis@example.net>", "sunglasses", "general", "",
"""Hi I returned a white Polo to your Bristol airport branch on Monday
and think I left my prescription sunglasses in the glovebox, brown
case. Can someone have a look? Pete Hollis, 07700 900 311"""),
# ---------------- gym ----------------
("en", "gym-relocating-end-membership", "Callum Fraser <callum.fraser@example.co.uk>", "Moving to Glasgow", "billing", "",
"""Hi,

I'm relocating to Glasgow for work at the end of next month and there
isn't one of your clubs anywhere near. Please end my membership from
then. I know there's a one month notice period so treat this email as
my notice. Membership no. 0048812.

Cheers,
Callum"""),
("en", "gym-freeze-after-knee-op", "Rosa Jimenez <rosa.jimenez@example.com>", "Freeze", "billing", "",
"""Hello, I am having knee surgery on the 3rd and the physio says no gym
for about 8 weeks. Can I freeze my membership during that time so I
don't pay? I still want to come back after. I can send the hospital
letter if needed.
Thank you, Rosa"""),
("en", "gym-still-taking-dd-indemnity", "Neil Armitage <neil.armitage@example.net>", "Cancelled in July - STILL being charged", "billing", "high",
"""I cancelled my membership in person at the Eastgate club on 2 July and
was given a cancellation slip, which I still have. You have taken 34.99
by direct debit in August, September and October.

I have today made a claim with my bank under the Direct Debit Guarantee
for all three payments and cancelled the mandate. Do not take any more
money from my account.

Neil Armitage"""),
("en", "gym-qr-turnstile-red", "Abby Linton <abby.linton@example.com>", "cant get in", "technical", "",
"""the QR code in the app doesnt work at the turnstiles anymore, flashes
red every time. reception have had to buzz me in all week and the guy
on the desk said loads of people are having it. ive logged out and in,
updated the app. android. pls sort it!!"""),
("en", "gym-class-booking-down-weekend", "Sam Okonjo <sam.okonjo@example.co.uk>", "Class bookings", "technical", "high",
"""Hi,

Your class booking system has been down since Friday evening - app and
website both say "Unable to load timetable". Nobody can book or cancel.
This morning 30-odd people turned up for the 7am spin class which only
has 20 bikes, and the ones who got bikes were the ones who pushed in.
The instructors have no list either. Can this be fixed before
tomorrow's classes?

Sam (member, Riverside club)"""),
("en", "gym-creche-times", "Holly Bishop <holly.bishop@example.com>", "Creche", "general", "",
"""Hi! Does the Westfield club still have the creche, and what are the
times? I'm coming back after maternity leave and want to do the 9.30
pilates on Tuesdays if I can leave my little one somewhere. Do I need
to book his space? Holly"""),
("en", "gym-women-only-suggestion", "Zainab Hussain <zainab.hussain@example.co.uk>", "Suggestion", "general", "",
"""Dear Manager,

I would like to suggest having some women-only hours in the weights
area, perhaps a couple of mornings a week. Several of my friends would
join if that was available - at the moment it's very intimidating.
Other gyms in town do this and it seems popular.

Thank you for considering it.
Zainab"""),
# ---------------- language school / online courses ----------------
("en", "course-invoice-employer-details", "Marco Bellini <marco.bellini@example.it>", "Invoice with company name", "billing", "",
"""Hello,

My employer pays back my English course (Business English C1, 12
weeks) but they need an invoice in the company name and not in my name:
Bellini Logistica S.r.l., Via Roma 15, 20121 Milano, VAT IT01234567890.
Can you make a new invoice please?

Many thanks
Marco Bellini"""),
("en", "course-placed-b1-not-b2", "Lena Fischer <lena.fischer@example.de>", "Wrong level", "billing", "",
"""Hi,

I paid for the B2 intensive course (620 euro) but after the placement
test on Monday the teacher moved me to B1, which on your website costs
540 euro. I agree with the teacher, B1 is better for me. Will you give
me back the difference of 80 euro?

Greetings from Hamburg,
Lena"""),
("en", "course-app-dont-roll-on", "Ryan Cooper <ryan.cooper@example.com>", "annual plan", "billing", "",
"""hey, my yearly premium on the language app is up in 2 weeks. I dont
want it to roll on for another year (I'm done with Spanish for now lol).
Couldn't find a button for it in the app on iPhone so emailing instead.
ryan.cooper@example.com is the account."""),
("en", "course-video-error-232011", "Aditi Sharma <aditi.sharma@example.com>", "Videos not playing", "technical", "",
"""Hello,

Since yesterday none of the video lessons in my Python for Data Analysis
course will play. The player shows a black box with "Error code
232011". I've tried Chrome and Edge, cleared cookies, and turned off my
ad blocker. The PDFs and quizzes open fine, it's only the videos.

Aditi Sharma"""),
("en", "course-exam-room-students-locked-out", "Dr Helen Moss <h.moss@westbrook-college.example>", "Live exam room - students can't join", "technical", "high",
"""Our mock exam for 43 students was due to start in the live exam room at
10:00. It is now 10:12. Every student gets "Session not available"
when they click Join, and I get the same on my teacher account. The
students are sitting at their desks waiting and the room is booked
only until 12.

Please can someone look at this right now.

Dr Helen Moss
Westbrook College"""),
("en", "course-host-family-certificate", "Kenji Watanabe <kenji.watanabe@example.jp>", "Questions about summer course", "general", "",
"""Dear Sir or Madam,

I am interested in your four-week summer English course in Brighton. I
have two questions. First, is it possible to stay with a host family,
and are meals included with them? Second, at the end of the course do
students receive a certificate which shows the level?

Best regards,
Kenji Watanabe"""),
("en", "course-delete-my-data", "Oliver Grant <oliver.grant@example.net>", "Delete my account", "general", "",
"""Hello,

Under GDPR I would like you to delete my account and all the personal
data you hold about me, including my course history and any marketing
lists I'm on. I no longer use the platform. Please confirm when this
has been done.

Oliver Grant
oliver.grant@example.net"""),
# ---------------- dentist ----------------
("en", "dentist-cancellation-fee-48h", "Kirsty Mackay <kirsty.mackay@example.co.uk>", "Cancellation fee", "billing", "",
"""Hi,

I've been charged a 30 missed appointment fee for my hygienist slot on
the 14th. I rang on the Monday (the 11th) to cancel because my daughter
was poorly, and the lady on reception said that was fine. That's well
over 24 hours. Can you take the fee off please?

Kirsty Mackay"""),
("en", "dentist-implant-monthly-plan", "George Hamid <george.hamid@example.com>", "Implant - paying monthly", "billing", "",
"""Hello,

Dr Evans has quoted 2,400 for the implant. Is it possible to pay it in
monthly instalments rather than all at once, and if so over how long,
and is there interest? I'd like to get it booked before Christmas.

George Hamid"""),
("en", "dentist-private-said-nhs-ombudsman", "Beverley Cain <beverley.cain@example.co.uk>", "Invoice for treatment I was told was NHS", "billing", "high",
"""Dear Practice Manager,

On 4 September I had two fillings at your practice. I am an NHS patient
and at no point was I told the fillings would be private. I have now
received an invoice for 310.00 "private white fillings". Had I been
told, I would have had the NHS option.

I will not be paying this invoice. If it is not withdrawn I will make a
formal complaint to NHS England and then to the Parliamentary and
Health Service Ombudsman.

Beverley Cain"""),
("en", "dentist-portal-form-wont-submit", "Patrick Nwosu <patrick.nwosu@example.com>", "Medical history form", "technical", "",
"""Hi, I got a text asking me to fill in the medical history form before
my check-up on Thursday. I get to the last page and the Submit button
is greyed out, even though every question is answered. Tried on my
phone and on the computer. Don't want to be late because of it.
Patrick Nwosu"""),
("en", "dentist-nhs-new-patients", "Eilidh Ross <eilidh.ross@example.co.uk>", "Are you taking new patients?", "general", "",
"""Hello,

We've just moved to the area with two children (6 and 10). Are you
accepting new NHS patients at the moment, adults or children? If not,
is there a waiting list we can join?

Thanks,
Eilidh Ross"""),
("en", "dentist-new-address-phone", "Walter Briggs <walter.briggs@example.net>", "Change of details", "general", "",
"""Please update my records - new address 3 Orchard Rise, Kendal LA9
0XX and new mobile 07700 900 144. Old landline no longer in use.
Walter Briggs, date of birth 12/03/1951"""),
("en", "dentist-receptionist-mother-dementia", "Angela Fairweather <angela.fairweather@example.co.uk>", "How my mother was spoken to", "general", "high",
"""My mother, who has dementia, arrived at your practice on Tuesday a
day early for her appointment. Instead of checking with me (I'm listed
as her carer), the receptionist told her loudly in front of a full
waiting room that she "needed to learn to read a calendar" and sent
her away. She came home crying and confused.

I want the practice manager to call me - not reception.

Angela Fairweather
07700 900 663"""),
# ---------------- courier / parcel service ----------------
("en", "courier-underpaid-surcharge-twice", "Tina Russo <tina.russo@example.com>", "Surcharge paid twice", "billing", "",
"""Hi,

I sent a parcel last week (tracking PX448120934GB) and got a text saying
it was oversized and I needed to pay a 6.50 surcharge before it would be
delivered. I paid it on the link. Then the recipient got a card saying
6.50 to pay too, and she paid it as well so it wouldn't be sent back.
That's 13 for a 6.50 charge. Could one of them be refunded please?

Tina"""),
("en", "courier-lost-parcel-cover-claim", "Edward Lyle <edward.lyle@example.co.uk>", "Claim - lost parcel PX330291877GB", "billing", "",
"""Dear Claims Team,

The parcel above has shown "in transit" at your Midlands hub for 19
days. It contained a camera lens worth 180.00 and I paid for the
"extended cover up to 250" option when I booked. Please treat this as a
claim for the full value - I've attached the sale receipt.

Yours faithfully,
Edward Lyle"""),
("en", "courier-label-pdf-blank", "Sophie Kendrick <sophie@kendrickcandles.example>", "Labels printing blank", "technical", "",
"""Hi,

Since yesterday the labels I print from my business account come out
completely blank - the PDF opens but it's just a white page. Older
labels from last week still print fine, so it's not my printer. I run a
small candle shop and have about a dozen parcels waiting.

Sophie, Kendrick Candles"""),
("en", "courier-account-suspended-no-collections", "Warehouse <dispatch@brightpeak-outdoor.example>", "Account showing suspended - can't book collections", "technical", "high",
"""Hello,

Since 7am our business account shows "Account suspended" and we cannot
book collections or create any shipments. Our account is paid up by
direct debit, nothing has changed at our end. We have around 450
Black Friday orders packed on the warehouse floor and our afternoon
collection is at 3pm.

We need this restored this morning. Please call 01632 960 552.

Matt Hargreaves
Dispatch Lead, Brightpeak Outdoor"""),
("en", "courier-safe-place-link-error", "Lorraine Webb <lorraine.webb@example.net>", "Safe place", "technical", "",
"""Morning, I got your text to choose a safe place for today's delivery
but when I click the link and pick "porch" it says "Something went
wrong, your preference has not been saved". Done it 4 times. Just want
it left in the porch as I'm at work till 6.
Lorraine"""),
("en", "courier-redeliver-saturday", "Ibrahim Sesay <ibrahim.sesay@example.com>", "missed delivery card", "general", "",
"""Hi, I got a card through the door yesterday saying you tried to
deliver. Can it come on Saturday instead? I'm at work all week. Or can
I collect it from the depot on Marsh Lane? Card number 40-882911.
Thanks, Ibrahim"""),
("en", "courier-van-hit-wall-manager", "Gordon Pickering <gordon.pickering@example.co.uk>", "Your driver damaged our wall and drove off", "general", "high",
"""At 11:20 this morning one of your vans reversing out of our drive hit
our front garden wall and knocked the top row of bricks off. Our
doorbell camera shows the driver getting out, looking at it, and
driving away without knocking. I have the footage and the van's
registration.

I want a manager to contact me today about this, not a chatbot.

Gordon Pickering
07700 900 219"""),
# ---------------- heating engineer / plumber ----------------
("en", "heating-co-alarm-new-boiler", "Imogen Hart <imogen.hart@example.co.uk>", "Boiler fitted Tuesday", "technical", "high",
"""Hello,

Your engineers fitted our new combi boiler on Tuesday. Since last night
the carbon monoxide alarm in the kitchen has gone off three times. I've
tested it and it's not the battery. My husband and I both woke up with
headaches this morning.

We've turned the boiler off at the isolator, opened the windows and
we're staying at my sister's tonight. Please send someone back today.

Imogen Hart
07700 900 927"""),
("en", "heating-pressure-keeps-dropping", "Keith Donnelly <keith.donnelly@example.com>", "Re: Job 4471 - boiler repair", "technical", "",
"""Hi,

Since your engineer replaced the diverter valve, the boiler pressure
drops from 1.5 to below 0.5 in about two days and then it locks out. I
can top it up with the filling loop but I'm having to do it every other
day. No visible leaks on the radiators. Could someone come back and look?

Keith Donnelly

> On 2 Feb, Bookings wrote:
> Your engineer Paul will attend on Friday between 8am and 12pm."""),
("en", "heating-thermostat-wont-fire-boiler", "Lauren Pike <lauren.pike@example.net>", "New thermostat", "technical", "",
"""hiya, the smart thermostat you fitted yesterday shows the heating as
ON in the app and on the wall unit says 'heating' with the little flame
but the boiler never actually fires up. radiators stone cold. hot water
works. the old thermostat worked fine with it. is it wired wrong??"""),
("en", "heating-new-tap-dripping-socket", "Ahmed Karim <ahmed.karim@example.com>", "Leak from the new tap", "technical", "high",
"""Good evening,

The new kitchen tap your plumber fitted this afternoon is leaking at
the joint under the sink. The water is running down the back of the
cupboard onto the double socket the dishwasher is plugged into. I've
switched that circuit off at the fuse box and turned the water off at
the stopcock, so we've got no water in the house now.

Please can someone come out tonight or first thing.

Ahmed Karim"""),
("en", "heating-labour-hours-overbilled", "Frances Quinn <frances.quinn@example.co.uk>", "Invoice 2291", "billing", "",
"""Hello,

Invoice 2291 charges three hours' labour for replacing the radiator
valve in the front bedroom. Your plumber arrived at 10:05 and left at
11:40 - I was working from home and know exactly. Could you please
reissue the invoice for the time actually spent?

Many thanks,
Frances Quinn"""),
("en", "heating-cover-cheaper-tier", "Roy Bentham <roy.bentham@example.com>", "Boiler cover renewal", "billing", "",
"""Dear Sirs,

My renewal letter says the boiler and central heating cover goes up from
16.50 to 24.80 a month. That's far too much for me. I'd like to move to
the basic boiler-only cover instead from the renewal date. Please
confirm the new monthly amount.

Roy Bentham"""),
("en", "heating-heat-pump-mcs", "Nicola Sharp <nicola.sharp@example.co.uk>", "Heat pumps?", "general", "",
"""Hi, do you install air source heat pumps as well as boilers, and are
you MCS registered? We're in a 1930s semi on the edge of Norwich and
thinking ahead for when our boiler gives up. Would you come out and
have a look at the house first? Nicola"""),
# ---------------- mobile phone operator ----------------
("en", "mobile-roaming-switzerland", "Peter Lindgren <peter.lindgren@example.com>", "roaming charges?", "billing", "",
"""Hi, I've got 68.40 of roaming charges on this month's bill from a
weekend in Zurich. My plan says "roam like home in Europe" so I
thought I was covered. Is Switzerland not included? Nobody told me
and I didn't get a warning text either. Can anything be done about
the charge?
Peter"""),
("en", "mobile-cooling-off-debt-ombudsman", "Shauna Keane <shauna.keane@example.co.uk>", "Billing after cancellation - debt collection letter", "billing", "high",
"""Dear Sir/Madam,

I cancelled my new SIM-only contract within the 14 day cooling-off
period on 6 May (reference CNC-40012) and sent the SIM back by recorded
post. Despite this you have continued to bill me for five months and I
have now received a letter from a debt collection agency for 84.95.

I have complained to you twice. I am now referring this to the
Communications Ombudsman. Please stop the collection action and
confirm the account is closed with nothing owed.

Shauna Keane"""),
("en", "mobile-leaving-end-of-contract", "Dev Chauhan <dev.chauhan@example.com>", "Leaving", "billing", "",
"""Hi,

My 24 month contract finishes on 21 January. I'm going to a different
network after that. If I text for my PAC now, will I have to pay
anything for the last few weeks, or any charge for leaving? I just want
to make sure I don't get a bill for the rest of the year or something.

Dev"""),
("en", "mobile-esim-transfer-no-signal", "Clara Jensen <clara.jensen@example.com>", "eSIM transfer failed", "technical", "",
"""Hello,

I tried to move my eSIM to my new phone last night using the QR code
from your app. It got to 90% and said "Activation failed". Now neither
the old phone nor the new one has any signal - both say "No SIM". I
can only use wifi calling at home. I need my number working for work
tomorrow. Number 07700 900 382.

Clara Jensen"""),
("en", "mobile-village-no-signal-care-alarm", "Brian Ashdown <brian.ashdown@example.co.uk>", "No signal in Kelsby since Tuesday", "technical", "high",
"""Hello,

Since Tuesday afternoon nobody in Kelsby on your network has had any
signal at all - not just me, the whole village, the post office has a
sign up. My mother is 88 and lives alone, and her personal alarm
pendant works over your mobile network. At the moment if she falls it
won't call anyone. Several other elderly people here have the same
thing.

Please tell me when it will be fixed.

Brian Ashdown"""),
("en", "mobile-voicemail-not-picking-up", "Mandy Prescott <mandy.prescott@example.net>", "voicemail", "technical", "",
"""my voicemail isnt working, people ring me and it just rings out
instead of going to voicemail, and when I dial 1571 it says the service
is unavailable. its been like it about a week. I run a cleaning business
so I'm missing jobs. mandy 07700 900 176"""),
("en", "mobile-account-name-after-wedding", "Hannah Li-Morgan <hannah.limorgan@example.com>", "Change of name", "general", "",
"""Hello,

I got married in September and would like my account name changed from
Hannah Li to Hannah Li-Morgan. I can send a copy of the marriage
certificate if needed. Nothing else changes - same number, same plan.

Thank you,
Hannah"""),
# ---------------- broadband provider ----------------
("en", "broadband-cafe-offline-card-machine", "Ollie Mensah <ollie@thecornerbean.example>", "No internet at the cafe", "technical", "high",
"""Hi,

Our broadband at The Corner Bean has been completely down since we
opened at 7. Router lights: power green, internet flashing red. That
means our card machine doesn't work and we're cash only - half our
customers have walked out because nobody carries cash any more. I've
restarted the router three times.

Account 6610-4492. Please send someone or tell me what's going on.

Ollie Mensah"""),
("en", "broadband-drops-every-evening", "Ewan Scott <ewan.scott@example.co.uk>", "Connection drops every evening", "technical", "",
"""Hello,

For the past fortnight our broadband drops out every evening between
about 8 and 10pm - several times, for a minute or two each. During the
day it's fine. I've run your online line test and it says "no fault
found". It's not the wifi, it happens on the laptop plugged in with a
cable too.

Ewan Scott"""),
("en", "broadband-port-forward-cctv", "Marek Nowicki <marek.nowicki@example.com>", "Port forwarding on new router", "technical", "",
"""Hello,

With the old router I had port 8000 forwarded to my CCTV recorder so I
can watch the cameras on my phone when I'm away. The new hub you sent
doesn't seem to have this option anywhere in the settings page, only
"Advanced - coming soon". How can I do port forwarding on it?

Regards, Marek"""),
("en", "broadband-moved-still-no-line", "Jade Harrison <jade.harrison@example.net>", "Home move order - still no connection", "technical", "",
"""Hi, we moved into the new house on the 3rd. Your engineer was booked
for the 5th and didn't turn up, then rebooked for the 12th and the
text said "work completed" but nobody came and the hub still shows a
red light. We've now been without internet two weeks and I work from
home. What is actually happening with our line?
Jade Harrison, ref HM-229181"""),
("en", "broadband-mid-contract-rise-leave", "Philippa Moore <philippa.moore@example.co.uk>", "Price increase letter", "billing", "",
"""Dear Sir or Madam,

I have received your letter saying my monthly price will go up by 3.50
from April. When I signed up last year I was told the price was fixed
for the 18 months. If the price is going up, I would like to leave
without paying an exit fee. Please confirm either that the price stays
as agreed or that I can leave penalty-free.

Philippa Moore"""),
("en", "broadband-no-service-eight-weeks-ombudsman", "Craig Dunlop <craig.dunlop@example.com>", "Complaint - eight weeks of paying for nothing", "billing", "high",
"""Your service has been unusable for eight weeks - speeds under 1Mb
most of the day, against a guaranteed minimum of 30. Three engineer
visits have not fixed it. Throughout this time you have carried on
taking the full 42.00 a month.

I have asked for a refund of those two months and a reduced price until
it's fixed, and been refused. I now have a deadlock letter from you and
have referred the case to the ombudsman.

Craig Dunlop"""),
("en", "broadband-moving-house-notice", "Ruth Ng <ruth.ng@example.org>", "moving in March", "general", "",
"""Hi, we're moving from Cardiff to Swansea in March. Can our broadband
move with us, and how much notice do you need? Exact date not fixed yet,
probably the 20th. Ta, Ruth"""),
# ---------------- TV streaming ----------------
("en", "streaming-trial-cancelled-day-six", "Kelly Marsh <kelly.marsh@example.com>", "Charged after free trial", "billing", "",
"""Hi,

I started the 7 day free trial on the 2nd and cancelled it on the 8th -
I got a "sorry to see you go" email, which I still have. On the 9th I
was charged 10.99 anyway. Please refund it.

Kelly"""),
("en", "streaming-premium-to-basic", "Tom Gallagher <tom.gallagher@example.net>", "Downgrade", "billing", "",
"""hello can you move me from the premium (4K) plan down to the basic one
from next month, we only watch on the little telly in the kitchen now
so no point paying extra for 4 screens. thanks tom"""),
("en", "streaming-kids-bought-films", "Samantha Orr <samantha.orr@example.co.uk>", "Films bought by my children", "billing", "",
"""Hello,

My two boys (7 and 9) have worked out how to buy films on the TV app and
bought five of them over half term, 27.95 in total. I had no idea there
was no PIN on purchases. I've now set one up. Is there any chance of a
refund for these, as it was an honest mistake and they were all
watched at most once?

Samantha Orr"""),
("en", "streaming-samsung-tv-spinner", "Raj Kumar <raj.kumar@example.com>", "App stuck loading on TV", "technical", "",
"""Hi, since the update last week the app on our Samsung TV just sits on
the loading spinner forever. Works on our phones and on the laptop.
Have uninstalled and reinstalled it, turned the TV off at the wall,
logged out of all devices. Model is a 2020 Q70. Any ideas?
Raj"""),
("en", "streaming-too-many-devices-one-tv", "Liesel Braun <liesel.braun@example.de>", "too many devices??", "technical", "",
"""Hello,

Every evening I get the message "Too many people are using your account
right now" but only I am watching, on one TV. I changed the password and
signed out all devices like your help page says, and 10 minutes later
the same message. Is someone else using my account or is it a mistake?

Liesel"""),
("en", "streaming-pub-sport-not-authorised", "The Red Lion <landlord@redlion-hadley.example>", "Sports package not authorised - derby today", "technical", "high",
"""Our commercial sports package has been showing "This content is not
authorised on this device" on both pub screens since noon. The derby
kicks off at 4:30 and we have 90 people booked in, plus the food. The
box has been restarted and the subscription is paid up (business
account BA-20041).

We need this working before kick-off. Please ring the pub on 01632
960 318.

Steve Harding, The Red Lion"""),
("en", "streaming-bring-back-series", "Agnes Whyte <agnes.whyte@example.co.uk>", "Please bring back Harbour Lights", "general", "",
"""Dear Programme Team,

I was very sad to see that "Harbour Lights" has been removed from your
service. I was halfway through series three, watching an episode every
Sunday. Is there any chance it could come back, or do you know where
else it might be shown?

With best wishes,
Agnes Whyte (aged 74 and a big fan)"""),
# ---------------- software / SaaS ----------------
("en", "saas-upgrade-not-prorated", "Nina Feldman <nina@feldmanstudio.example>", "Upgrade charge", "billing", "",
"""Hi team,

We upgraded from Starter to Growth on the 17th. I expected to be charged
the difference for the rest of the month, but we were charged the full
Growth price of 79 on top of the 29 we'd already paid for Starter. Your
pricing page says upgrades are pro-rated. Could you refund the
overcharge?

Thanks,
Nina Feldman
Feldman Studio"""),
("en", "saas-reverse-charge-vat", "Finance <finance@kleinhaus-gmbh.example>", "Invoice INV-2024-3318 - VAT", "billing", "",
"""Dear Sir or Madam,

Your invoice INV-2024-3318 shows 20% UK VAT. We are a German company
registered for VAT (DE 123456789) and this service should be invoiced
under the reverse charge. Please cancel this invoice and send a
corrected one without VAT, mentioning our VAT number.

Kind regards
Jürgen Klein
Finance, Kleinhaus GmbH"""),
("en", "saas-remove-four-seats", "Tom Everett <tom.everett@bramble-agency.example>", "Seats", "billing", "",
"""Hey - four people left the agency last month. I've removed their
users but the billing page still shows 12 seats and we were charged for
12 on the 1st. Can you bring us down to 8 seats going forward and
credit the four for this month if possible? Tom"""),
("en", "saas-502-whole-team-idle", "Ops Manager <ops@fairway-accounting.example>", "502 errors - nobody can work", "technical", "high",
"""Since about 9:15 every one of our 14 staff gets "502 Bad Gateway" when
logging in, on office PCs and at home. Your status page says all systems
operational. It's the VAT quarter deadline week and we have client
returns due today that are sitting in your system. My whole team is
sitting idle.

Please escalate this now and call me on 01632 960 775.

Greg Whitby, Practice Manager, Fairway Accounting"""),
("en", "saas-bank-feed-stopped", "Harriet Dunn <harriet.dunn@example.com>", "bank feed", "technical", "",
"""Hi, my bank feed stopped pulling in transactions on the 3rd. The last
one it shows is from the 2nd. It still says "Connected" in settings. I
tried disconnecting and reconnecting and it asks me to log in to my bank,
I do, and then it goes back to your screen with nothing new. It's a
Barclays business account if that matters.
Harriet"""),
("en", "saas-sso-saml-error", "Ivan Petrov <ivan.petrov@lumen-robotics.example>", "SSO setup - SAML error", "technical", "",
"""Hello,

I'm trying to set up single sign-on with Google Workspace for our
account. I've entered the SSO URL, entity ID and uploaded the
certificate as per your guide. When I test it, Google authenticates me
and then your side shows "SAML response invalid: audience mismatch".
I've double-checked the entity ID. What value should the audience be?

Ivan Petrov
IT, Lumen Robotics"""),
("en", "saas-bookkeeper-referral-partner", "Rebecca Oyelowo <rebecca@oyelowo-bookkeeping.example>", "Partner programme", "general", "",
"""Hello,

I run a small bookkeeping practice with about 60 clients, most of them
sole traders. I'd like to recommend your software to them and wondered
whether you have a partner or referral programme for bookkeepers, and
who I should talk to about it.

Best wishes,
Rebecca Oyelowo"""),
# ---------------- web hosting and domains ----------------
("en", "hosting-domain-renewed-after-transfer", "Andrew Falk <andrew.falk@example.net>", "Domain renewed after I transferred it out", "billing", "",
"""Hi,

I transferred falkphotography.example away to another registrar on 20
August - it completed on the 25th. On 2 September you auto-renewed it
and charged me 14.99. You no longer manage the domain, so please refund
the renewal.

Andrew Falk"""),
("en", "hosting-charged-dollars-not-pounds", "Megan Hughes <megan@hughesdesign.example>", "currency", "billing", "",
"""Hiya, my account is set to GBP but the renewal for my hosting came out
as $119 and my bank added a 3.50 foreign transaction fee on top. All my
previous invoices were in pounds. Can you switch it back to GBP and
refund the bank fee? Megan"""),
("en", "hosting-end-plan-keep-domain", "Colin Pratt <colin.pratt@example.co.uk>", "Closing hosting", "billing", "",
"""Hello,

I've moved my website to a site builder so I no longer need the
Personal hosting plan, which renews on 30 November. Please don't renew
it. I do want to keep the domain name registered with you though, so
please leave that as it is.

Regards,
Colin Pratt"""),
("en", "hosting-shop-database-error-sale", "Lucy Chambers <lucy@chamberstea.example>", "SITE DOWN - database error", "technical", "high",
"""My online shop has been showing "Error establishing a database
connection" since 7am. It's our biggest sale of the year today, we've
sent the email to 8,000 customers and they're all landing on an error
page. I haven't changed anything. Control panel says the database is
"running".

Please get someone on this now.

Lucy Chambers
Chambers Tea Co"""),
("en", "hosting-ssl-not-secure", "Brian O'Leary <brian.oleary@example.ie>", "Not secure warning", "technical", "",
"""Hi, since yesterday Chrome says "Not secure" on my website and Firefox
gives a big warning page. I think the SSL certificate has expired - it
was meant to renew itself automatically. In the control panel it says
"Pending validation". What do I need to do?
Brian"""),
("en", "hosting-outlook-smtp-auth", "Sandra Kovacs <sandra@kovacs-law.example>", "Can't send email from Outlook", "technical", "",
"""Good morning,

I can receive emails in Outlook from my domain mailbox but every time I
try to send I get "550 Authentication required". Outgoing server is
mail.kovacs-law.example, port 587, STARTTLS, and I have ticked "My
outgoing server requires authentication". Webmail sends fine.

Sandra Kovacs"""),
("en", "hosting-phishing-site-report", "Security Team <security@example-bank.example>", "Phishing site on your network", "general", "",
"""Hello,

We have identified a phishing page imitating our online banking login,
hosted on one of your servers (IP 203.0.113.45, path /secure/login/).
Please take the content down and preserve any logs for our
investigation. Screenshots and headers of the phishing email are
attached.

Regards,
Fraud and Security Team"""),
# ---------------- smart home devices ----------------
("en", "smarthome-doorbell-offline-new-router", "Josh Whitmore <josh.whitmore@example.com>", "doorbell offline", "technical", "",
"""Hi, got a new router from my broadband company yesterday and now the
video doorbell just says "Offline" in the app. Everything else in the
house reconnected. I can't find how to give the doorbell the new wifi
password - the app only has "Delete device". Don't want to lose the
motion zones I set up.
Josh"""),
("en", "smarthome-lock-battery-week", "Esther Mbatha <esther.mbatha@example.co.uk>", "Smart lock batteries", "technical", "",
"""Hello,

The batteries in our smart lock go flat in about a week. The leaflet
says 6 months. We've tried two different brands of AA. Auto-lock is on
and the door shuts easily, the bolt isn't catching on anything. Is this
normal or is the lock faulty?

Esther"""),
("en", "smarthome-plug-scorched-heater", "Martin Hale <martin.hale@example.net>", "Smart plug", "technical", "high",
"""Hi,

This evening I noticed a burning smell in the spare room. The smart plug
(your 13A one) that the small fan heater was plugged into had gone brown
around the pins and the plastic has partly melted. The heater is only
1.5kW. I've switched it off at the wall and unplugged everything. The
wall socket looks scorched too.

I have three more of these plugs around the house. Should I stop using
them?

Martin Hale"""),
("en", "smarthome-voice-routines-stopped", "Priya Kapoor <priya.kapoor@example.com>", "routines not working", "technical", "",
"""Hello! Since the weekend my voice assistant says "the device is not
responding" for every one of your bulbs. The bulbs still work fine in
your own app. I've unlinked and relinked the skill twice. Our "good
night" routine turns off everything except your lights now :(
Priya"""),
("en", "smarthome-camera-plan-twice", "Gary Walsh <gary.walsh@example.co.uk>", "Camera plan charged twice", "billing", "",
"""Hi, I've got one camera and one "Plus" video history plan. This month
I've been charged 3.99 twice on the same day. Looking in the app it
seems like there are two plans on my account, one on an old camera I
removed last year. Please cancel the old one and refund the extra.
Gary"""),
("en", "smarthome-return-unopened-hub", "Fiona Reid <fiona.reid@example.com>", "Return hub", "billing", "",
"""Hello,

I bought the Home Hub from your online store 12 days ago and it's still
sealed. We've decided to go with a different system that my husband's
work uses. How do I send it back for a refund?

Fiona Reid, order SH-558203"""),
("en", "smarthome-white-hub-stock", "Dominic Chen <dominic.chen@example.com>", "White hub", "general", "",
"""Any idea when the Hub 2 will be back in white? It's been out of
stock for ages and only black is available. Also is it sold in any
shops, or only online? Cheers, Dom"""),
# ---------------- meal kits ----------------
("en", "mealkit-pause-for-holiday", "Rachel Summers <rachel.summers@example.co.uk>", "Holiday", "billing", "",
"""Hi, we're away for three weeks from the 2nd. Can you pause the boxes
(and the payments obviously) for those three weeks and restart after? I
tried skipping in the app but it only lets me skip one week at a time
and I'm worried I'll forget. Thanks, Rachel"""),
("en", "mealkit-glass-in-sauce-refund", "Neil Jacobs <neil.jacobs@example.com>", "Glass in a sauce sachet - box 44-8812", "billing", "high",
"""Hello,

Last night while making the teriyaki salmon from this week's box, my
wife bit on something hard. It was a sliver of glass, about 5mm,
which came from the teriyaki sauce sachet. She was lucky not to cut her
mouth. We've kept the sachet and the glass, and photographed both.

We won't be using anything else from this box. Please refund the full
box (54.99), and I have also reported it to our council's food safety
team so they can look at the supplier.

Neil Jacobs"""),
("en", "mealkit-promo-only-first-box", "Chantelle Morris <chantelle.morris@example.net>", "discount", "billing", "",
"""hi I signed up with the code for 50% off my first 3 boxes, but only
the first box was half price - box 2 came out at the full 39.99. can you
refund the half please and make sure box 3 is discounted too.
Chantelle"""),
("en", "mealkit-recipe-page-crashes", "Owain Roberts <owain.roberts@example.co.uk>", "Can't choose recipes", "technical", "",
"""Hello,

When I go to choose this week's recipes the page loads for a second and
then goes white and says "Application error: a client-side exception
has occurred". Same on the app (it just closes). Deadline for choosing
is Wednesday midnight and I don't want to get the default ones again -
last time it was mushrooms, which I hate!

Owain"""),
("en", "mealkit-delivery-day-button-dead", "Bella Fitzroy <bella.fitzroy@example.com>", "delivery day", "technical", "",
"""Hi there - I want to change my delivery day from Thursday to Monday.
In the app, I tap "Change delivery day", pick Monday, tap Save and
nothing happens at all. Tried on the website as well - the Save button
just spins. Am I doing something wrong?
Bella"""),
("en", "mealkit-too-much-plastic", "Greta Lindahl <greta.lindahl@example.org>", "Packaging feedback", "general", "",
"""Hello,

We love the recipes - the kids actually eat vegetables now! But every
box has so many little plastic bags - one for a single chilli, one for
two spring onions. Could you group the ingredients per recipe in paper
bags, or let customers opt in to less packaging? I'd happily be part of
a trial.

Greta"""),
("en", "mealkit-halal-meat-question", "Yasmin Begum <yasmin.begum@example.co.uk>", "Halal?", "general", "",
"""Salam / hello, is the chicken and lamb in your boxes halal? I couldn't
see it anywhere on the website. If not, do you have a halal option or
plans for one? Thanks, Yasmin"""),
# ---------------- food delivery app ----------------
("en", "fooddel-marked-delivered-credit-only", "Marcus Lloyd <marcus.lloyd@example.com>", "Order never came", "billing", "",
"""Ordered a curry last night (order #A7-551920, 31.40), app said
delivered at 20:47 but nothing came - I was sat right by the front
door. Chat gave me 31.40 in app credit. I don't want credit, I want it
back on my card. I won't be ordering again for a while after that.
Marcus"""),
("en", "fooddel-tip-removed-still-charged", "Freya Holt <freya.holt@example.co.uk>", "Tip", "billing", "",
"""Hello, on Saturday's order I removed the pre-set 10% tip before paying
because I tip the riders in cash. The receipt still shows a 3.20 tip
charged to my card. Please could you refund the 3.20. Order
#B2-118374. Thanks, Freya"""),
("en", "fooddel-plus-trial-turned-paid", "Jamal Wright <jamal.wright@example.com>", "Plus membership??", "billing", "",
"""why am I paying 7.99 a month for "Plus"?? I never signed up for it, I
think it was a free month thing that popped up at checkout and now its
taken money twice. Please stop it and refund both months.
jamal"""),
("en", "fooddel-pin-stuck-old-address", "Eleanor Marsh <eleanor.marsh@example.net>", "Wrong location", "technical", "",
"""Hi,

The app keeps putting the delivery pin at my old flat across town, even
after I've changed my address and saved the new one. Every time I open
the checkout it jumps back. Location services are on. Last night a
rider went to the old address and I had to ring him. How do I fix it?

Eleanor"""),
("en", "fooddel-restaurant-tablet-no-orders", "Golden Lotus <orders@goldenlotus-takeaway.example>", "tablet not getting orders", "technical", "high",
"""hello, our partner tablet stop receiving orders since 6pm. customers
ring the shop saying they ordered on the app 40 minutes ago and the
rider is waiting, but nothing comes on our tablet. it show online and
green. friday night, our busiest night, kitchen is standing. we restart
tablet and router already. please call 01632 960 881 urgent.
Mr Wei, Golden Lotus"""),
("en", "fooddel-email-change-login-loop", "Sean Hamill <sean.hamill@example.com>", "Can't log in after changing email", "technical", "",
"""Hi,

I changed the email on my account to my new work address yesterday.
Now when I try to log in it says "Please verify your email" and sends a
link, but the link says "This link has expired" even when I click it
straight away. I've been through it five times.

Sean Hamill"""),
("en", "fooddel-rider-pavement-child-manager", "Louise Barker <louise.barker@example.co.uk>", "One of your riders", "general", "high",
"""This afternoon, outside St Mary's primary school at home time, one of
your riders on an electric bike came along the pavement at full speed
and clipped my five-year-old's shoulder with his delivery box. She fell
and grazed her face. He didn't stop. Other parents saw it and
several say this happens every day at that time.

I want a manager to contact me, and I want to know what you are going
to do about riders on the pavement by the school.

Louise Barker
07700 900 448"""),
("en", "fooddel-schedule-christmas-day", "Peter Kwan <peter.kwan@example.com>", "christmas day?", "general", "",
"""Hi, will restaurants be open for delivery on your app on Christmas
Day? And can you schedule an order in advance for a set time, like 1pm?
My parents are coming and I am not cooking this year haha. Peter"""),
# ---------------- energy supplier ----------------
("en", "energy-dd-doubled-readings", "Alison Webb <alison.webb@example.co.uk>", "Direct debit increase", "billing", "",
"""Dear Sir or Madam,

I've had a letter saying my monthly direct debit is going up from 95 to
180. That seems enormous. I've submitted readings every month and my
account is in credit by about 60. Could you please review it using the
readings I've given you? I've attached today's photos of both meters.

Alison Webb
Account 8812 4403"""),
("en", "energy-previous-tenant-debt-ombudsman", "Daniel Ortiz <daniel.ortiz@example.com>", "Debt letters for a debt that isn't mine", "billing", "high",
"""Dear Sir or Madam,

I moved into 14 Canal Street on 1 March and opened my own account with
you the same week, with opening readings. You are now billing me for
1,086.20 which relates to the previous tenant's use from before I lived
here, and a debt collection agency has started writing to me.

I have sent you my tenancy agreement twice. If you do not withdraw the
debt and stop the collection agency within 14 days, I will take the
complaint to the Energy Ombudsman.

Daniel Ortiz"""),
("en", "energy-final-bill-credit-refund", "Hilary Thorne <hilary.thorne@example.org>", "Final bill credit", "billing", "",
"""Hello,

I moved out of Flat 2, 9 Rectory Road on 30 September and your final
bill shows my account is 212.47 in credit. It's been six weeks. When
will this be paid back to me? The bank details are the same as the
direct debit.

Hilary Thorne"""),
("en", "energy-ihd-no-connection", "Rory Whelan <rory.whelan@example.ie>", "Smart meter display", "technical", "",
"""Hi, the little display that came with our smart meter just says "No
connection to meter" now, and our online account hasn't had an
automatic reading since 14 August, so I'm getting estimated bills.
The display is in the kitchen, maybe 5 metres from the meter. Tried
unplugging it. Rory"""),
("en", "energy-reset-email-never-arrives", "Tessa Kaye <tessa.kaye@example.com>", "can't log in", "technical", "",
"""Hello, I've forgotten my password for the online account. When I click
"forgot password" it says an email has been sent, but it never arrives,
not in junk either. I've tried four times over two days. It's
tessa.kaye@example.com. I just want to put my readings in.
Tessa"""),
("en", "energy-priority-register-mum", "Brenda Cole <brenda.cole@example.co.uk>", "Priority Services Register", "general", "",
"""Hello,

My mother, Mrs Edith Cole, is 91, partially sighted and uses an oxygen
concentrator at home. I understand she can be added to your Priority
Services Register so she gets warning of planned power cuts. Could you
add her please, and also send her letters in large print? I have her
permission to arrange this.

Brenda Cole (daughter)"""),
("en", "energy-doorstep-salesman-feedback", "Alan Pritchard <alan.pritchard@example.net>", "Your doorstep sales rep", "general", "",
"""Not a complaint as such, but you should know that a young man with
your lanyard knocked on Tuesday evening and was very pushy with my
elderly neighbour, telling her she "had to" switch that night. I went
round and he left. I'm sure you don't want your name associated with
that sort of thing.

Alan Pritchard"""),
# ---------------- event tickets ----------------
("en", "tickets-postponed-cant-make-new-date", "Charlotte Baines <charlotte.baines@example.co.uk>", "Postponed show - refund", "billing", "",
"""Hi,

The comedy show I had tickets for on 12 October (order TK-7731029, two
tickets, 64.00) has been moved to 23 January. We're going to be abroad
then so can't go. Your email says refunds are available for postponed
events - please refund the tickets to my card.

Thanks,
Charlotte"""),
("en", "tickets-fees-kept-supervisor", "Marvin Dekker <marvin.dekker@example.com>", "Cancelled festival - booking fees kept", "billing", "high",
"""The festival was cancelled by the organiser. You refunded the face
value of my four tickets but kept 38.00 in "booking and transaction
fees". I didn't cancel anything - the event didn't happen. Your agent
on chat told me it's "policy" and ended the chat.

I want this passed to a supervisor who can authorise the refund of the
fees. I won't accept another copy-and-paste reply.

Marvin Dekker, order TK-7602288"""),
("en", "tickets-timeout-bought-twice", "Becky Lamb <becky.lamb@example.net>", "charged twice for the same tickets", "billing", "",
"""hi the payment page timed out when i was buying 2 tickets for the
arena on the 9th so i did it again and now i've got 2 orders and been
charged twice (2 x 118.50). I only want one lot. orders TK-7790114 and
TK-7790121, please cancel the second and refund it
becky"""),
("en", "tickets-not-in-app-hour-before", "Owen Parry <owen.parry@example.co.uk>", "Tickets not showing", "technical", "",
"""Hello - the show starts in an hour and my tickets still say "Your
tickets will be available closer to the event" in the app. Order
TK-7745520, two tickets for tonight at the Playhouse. I'm logged in
with the same email I booked with. We're on the train now. What do we
do at the door?
Owen"""),
("en", "tickets-waiting-room-loop", "Anika Shah <anika.shah@example.com>", "Queue kicks me out", "technical", "",
"""Hi,

For the presale this morning I waited 40 minutes in the online queue,
got to the front, and it sent me straight back to the start of the
queue with a new number. It happened three times. Same on my phone and
laptop, no VPN, cookies allowed. By the time I got through everything
had gone. Is there a problem with the queue system?

Anika"""),
("en", "tickets-transfer-to-friend-fails", "Ben Castle <ben.castle@example.com>", "transfer ticket", "technical", "",
"""trying to transfer one of my two tickets to my mate in the app. i put
his email in (he has an account with that email), press transfer, and
it says "Transfer could not be completed. Error TR-09". tried his other
email too. gig is saturday. Ben"""),
("en", "tickets-step-free-wheelchair", "Moira Lennox <moira.lennox@example.co.uk>", "Wheelchair access", "general", "",
"""Hello,

I have tickets for the matinee on 3 May at the Grand. I use a
wheelchair. Is there step-free access to the stalls, and is there a
space where I can stay in my chair next to my friend? Also what time do
the doors open?

Thank you,
Moira Lennox"""),
# ---------------- storage units / removals ----------------
("en", "removals-invoice-over-quote", "Stuart Denholm <stuart.denholm@example.co.uk>", "Removal invoice - 330 over the quote", "billing", "",
"""Hello,

Your surveyor came to the house and gave us a fixed quote of 1,150 for
the move on the 18th. The invoice we've received is 1,480 with an extra
line for "additional volume". We moved exactly what he saw - he went
round every room and the loft. Nobody mentioned any extra on the day.

Please send a corrected invoice for the quoted amount.

Stuart Denholm"""),
("en", "storage-smaller-unit-price-rise", "Karen Doyle <karen.doyle@example.net>", "Unit B214", "billing", "",
"""Hi, I've had your email saying my 50 sq ft unit goes up to 89 a month
from January. I've cleared quite a bit out so I think a 25 sq ft one
would do now. Can I move down to a smaller unit and what would the
monthly price be? Karen"""),
("en", "storage-deposit-after-vacating", "Femi Adebayo <femi.adebayo@example.com>", "Deposit", "billing", "",
"""Hello,

I emptied unit C09 and handed the key back at reception on 31 August,
and it was checked and signed off as clean. I was told the 60 deposit
would be back within 14 days. Still nothing a month later. Could you
check please?

Femi Adebayo"""),
("en", "storage-gate-keypad-evening", "Lewis Grant <lewis.grant@example.co.uk>", "Gate code not working", "technical", "",
"""Hi, my gate code works fine in the daytime but after 6pm the keypad
just beeps three times and the light goes red. My contract is 24 hour
access, that's why I picked you. I'm a self-employed decorator and I
need to get my ladders out early in the mornings. Lewis, unit A31"""),
("en", "storage-bluetooth-padlock-app", "Grace Tomlinson <grace.tomlinson@example.com>", "Padlock won't open", "technical", "",
"""Hello,

The Bluetooth padlock on my unit (D17) won't open with the app any
more. The app finds the lock, shows "Tap to unlock", I tap it and it
says "Unlock failed, please try again". I've updated the app and
restarted my phone. Reception couldn't help as they said it's all
done through the app.

Grace"""),
("en", "storage-petrol-smell-corridor", "Harjit Sandhu <harjit.sandhu@example.co.uk>", "Strong petrol smell - corridor C", "general", "high",
"""Hi,

I want to make you aware that there is a very strong smell of petrol in
corridor C on the first floor, and it seems to be coming from unit C22
(next to mine). Through the gap under the door I could see several
jerry cans and what looks like a generator. I thought fuel wasn't
allowed in the units. There was nobody on reception when I left at 4.

I'd rather someone looked at this today.

Harjit Sandhu, unit C24"""),
("en", "storage-can-i-store-car", "Daisy Fairclough <daisy.fairclough@example.com>", "Storing a car", "general", "",
"""Hi, I'm going to be working abroad for about 8 months. Do you have
space for storing a car (small hatchback)? It's insured and taxed (SORN
while I'm away). And can I leave things like boxes in the boot? Daisy"""),
# ---------------- bike shop ----------------
("en", "bike-ebike-battery-smoking-hallway", "Victor Osei <victor.osei@example.com>", "E-bike battery", "technical", "high",
"""Hi,

I was charging the battery for the e-bike I bought from you in June in
our hallway this morning. After about an hour it started making a
crackling sound and a little white smoke came out of the side. I
unplugged it with a tea towel and carried it out to the back garden,
where it's sitting on the paving. It's still quite hot.

What should I do with it now? I won't be bringing it back inside.

Victor Osei"""),
("en", "bike-gears-skipping-after-service", "Laura Pennington <laura.pennington@example.co.uk>", "Gears after service", "technical", "",
"""Hi,

I picked up my bike on Saturday after the full service. Since then the
gears keep jumping - especially going up hills in the middle of the
cassette, it slips and my foot drops. It wasn't doing that before the
service. Can I bring it back in to be adjusted?

Laura"""),
("en", "bike-display-e10-motor-cuts", "Amit Joshi <amit.joshi@example.com>", "E10 error", "technical", "",
"""Hello, the display on my e-bike shows "E10" and the motor cuts out,
maybe ten minutes into every ride. If I turn it off and on it comes back
for a while. Battery is charged. Is E10 the sensor? Commuting 12 miles
so without the motor it's hard going!
Amit"""),
("en", "bike-cycle-to-work-certificate", "Fiona Boyd <fiona.boyd@example.co.uk>", "Cycle to work voucher", "billing", "",
"""Hi,

My employer has approved my cycle to work application for 1,250 and
I've got the certificate code. Can I use it in your shop or only
online? I'd like to spend it on the Trailrunner hybrid plus a lock and
lights. Also, if the bike is 1,100, can I use the rest on accessories
the same day?

Fiona Boyd"""),
("en", "bike-ordered-bike-late-deposit", "Connor Hayes <connor.hayes@example.net>", "Bike on order since June", "billing", "",
"""Hello,

I paid a 200 deposit in June for a gravel bike that was due "in about
6 weeks". It's now October and every time I ask I'm told "next month".
I've found the same bike in stock elsewhere. Please cancel my order
and refund the 200 deposit.

Connor Hayes"""),
("en", "bike-maintenance-classes", "Rosie Quayle <rosie.quayle@example.com>", "Classes?", "general", "",
"""Hi! Do you run any basic bike maintenance classes - fixing punctures,
adjusting brakes, that kind of thing? I've just started commuting and
would like to not be helpless if something happens on the way to work.
Evenings or weekends would be best. Rosie"""),
]
