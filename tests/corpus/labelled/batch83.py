# batch83.py -- labelled mails held out of the tree until the rules it
# measures are final: written before those rules and the learned model are
# settled, and kept apart from gen.py so that nothing is tuned or trained
# on them until they are wired in.  Businesses: outdoor adventure --
# paintball, zip lines and rope courses, quad biking, pony trekking,
# caving and canyoning, white-water rafting, adventure holiday camps.
# Covers escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, paid plans ended or paused in other words, outages of a
# business told only by their consequences, safety hazards told calmly
# (product/installation = technical, premises = general), praise and
# thanks, payment questions, and everyday mail of all three queues.
# Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b83-paintball-stag-charged-twice", "Craig Mellor <craig.mellor@example.co.uk>", "Booking ref PB-20931", "billing", "",
"""Hi there,

Booked paintball for my brother's stag do (12 of us, Saturday 14th) and
paid the 240.00 deposit on my Barclaycard. Just checked my statement and
it's gone out twice, two lots of 240.00 on the same day, 3 minutes apart.
I only got one confirmation email.

Can you refund the second one please? It's left me a bit short before
the weekend.

Cheers,
Craig Mellor
07700 900 418"""),
("en", "b83-zipwire-voucher-ran-out", "Sheila Ramsden <sheila.ramsden@example.co.uk>", "Gift voucher", "billing", "",
"""Dear Sir or Madam,

My grandson was given one of your zip wire vouchers for his 16th
birthday last year (79.00, voucher number ZW-55102). What with his exams
he never got round to booking and I now see it ran out at the end of
last month.

Is there any way it can be extended, or the money put towards something
else? It seems a shame for it to go to waste.

Yours faithfully,
Sheila Ramsden (Mrs)"""),
("en", "b83-rafting-low-water-want-money", "Aoife Brennan <aoife.brennan@example.ie>", "Cancelled trip on Sunday", "billing", "",
"""Hi,

We got the text on Saturday evening saying the Sunday rafting on the
Barrow was cancelled because the water was too low. Fair enough, not
your fault. The email afterwards offered us a credit note for another
date, but there's four of us coming from Galway and we won't be back
down that way this summer.

Could we have the 220 euro back to the card instead of the credit? Booking
was under my name, Aoife Brennan.

Thanks a million,
Aoife"""),
("en", "b83-hello-pony-club-wrist", "Rachel Haigh <rachel.haigh@example.co.uk>", "Hello", "billing", "",
"""Hello,

Our Millie (Tuesday pony club, the 5pm group) managed to break her
wrist on a trampoline at a friend's party on Sunday - nothing to do
with you, I hasten to add! She's in plaster for at least six weeks.

Could the monthly payment be put on hold until she's allowed back in
the saddle? It comes out on the 1st. She'll be heartbroken to miss
Biscuit but the doctor was very firm.

Many thanks,
Rachel Haigh"""),
("en", "b83-camp-three-installments", "Dana Whitfield <dana.whitfield@example.com>", "Summer session 2 - payment plan?", "billing", "",
"""Hi!

We'd like to enroll both our boys (ages 11 and 13) in Session 2 of the
wilderness adventure camp, July 14-27. The total for two kids comes to
$3,860 which is a lot to put down at once.

Is there an option to split it into three payments, say June, July and
August? And is the sibling discount already included in that price or
do I need a code?

Thank you so much,
Dana Whitfield
Boulder, CO"""),
("en", "b83-quad-deposit-small-claims", "Tom Ashworth <tom.ashworth@example.co.uk>", "Damage deposit - final request", "billing", "high",
"""To whom it may concern,

On 3 August I took part in the two-hour quad trek at your Brecon site. A
150.00 damage deposit was taken from my card before we set off. The
quad was returned in exactly the condition I received it in, which the
marshal confirmed at the time - he even said "all good, you'll get that
back in a few days".

It is now five weeks later. I have emailed twice and phoned three times
and the deposit has still not been returned. Nobody has told me of any
damage.

If the 150.00 is not back on my card within 7 days I will issue a claim
through the small claims court (Money Claim Online) for the deposit plus
costs. I'd rather not, but I will.

Tom Ashworth"""),
("en", "b83-re-invoice-school-po", "Finance Office <finance@stmarkshigh.example.sch.uk>", "Re: Your booking confirmation - Year 8 activity day", "billing", "",
"""Good afternoon,

Thank you for this. Before we can pay, our finance system needs an
invoice rather than a confirmation email, made out to St Mark's High
School and quoting our purchase order number PO-41177. Could you also
show the VAT separately?

Payment will be by BACS within 30 days of the invoice.

Kind regards,
Janet Pryce
Finance Office, St Mark's High School

-----Original Message-----
From: Bookings
Sent: 12 March 09:14
Subject: Your booking confirmation - Year 8 activity day

> Dear Ms Pryce,
>
> Thank you for booking the rope course and raft-building day for 64
> pupils and 6 staff on Thursday 25 April. The total cost is 1,890.00.
>
> Kind regards,
> Bookings Team"""),
("en", "b83-late-husband-paintball-membership", "Margaret Coles <margaret.coles@example.co.uk>", "My husband's membership", "billing", "",
"""Dear Sirs,

I am writing on behalf of my husband, Derek Coles, who had been a member
of your paintball club for many years. I am sorry to tell you that
Derek died in February.

I have noticed that his yearly membership of 65.00 is due to renew next
month from our joint account. Please would you stop it. I do not know
how to do this on the computer, which is why I am writing.

He always enjoyed his Sundays with you and spoke very highly of the lads.

Yours sincerely,
Margaret Coles"""),
("en", "b83-blue-mountains-group-rate", "Josh Kenny <josh.kenny@example.com.au>", "Canyoning for 10", "billing", "",
"""G'day,

Looking at the Grand Canyon / Empress Canyon combo for a group of 10
from work, some time in late October. Website says $249 pp. Do you do
any sort of group rate for 10+, and can we pay as one company invoice
or does everyone need to pay individually?

Cheers
Josh"""),
("en", "b83-caving-refund-want-manager", "Gareth Pugh <gareth.pugh@example.co.uk>", "Refund for cancelled caving trip - 6 weeks", "billing", "high",
"""I'm writing for the fourth time about the refund of 168.00 for the
Porth yr Ogof caving trip you cancelled on 2 June (instructor off sick,
your decision, not ours).

On 4 June your office confirmed by email that the refund "has been
processed and will reach you in 5-10 working days". That was six weeks
ago. Each time I ring I get someone new who says they'll "chase it".

I'm done with being chased. I want the manager or owner of the business
to call me this week on 07700 900 662 and tell me when the money will be
in my account.

Gareth Pugh"""),
("en", "b83-zipline-no-show-chargeback", "Kevin Doyle <kdoyle@example.com>", "Charged for a no-show when YOU were closed", "billing", "high",
"""I was charged the full $189 for two zip line tickets on Saturday as a
"no-show". We did show. We drove 90 minutes and found the gate locked
with a sign saying closed due to high winds. Nobody called or texted.
I have a photo of the sign with the time stamp.

I've asked twice for the charge to be reversed and got a canned reply
about your 24 hour cancellation policy, which obviously doesn't apply
when you cancel.

If I don't see a refund by Friday I'm disputing the charge with my credit
card company and leaving it to them.

Kevin Doyle
Asheville, NC"""),
("en", "b83-rishikesh-child-rate-not-it", "Ananya Iyer <ananya.iyer@example.in>", "Booking RF-7734 - child fare", "billing", "",
"""Dear Team,

This is not a technical issue, your website worked fine and I received
the confirmation. The problem is the amount. I booked the 16 km rafting
stretch (Shivpuri to Rishikesh) for two adults and my son who is 14
years old. As per your own rate card children 14-17 are Rs. 1,200 but I
have been charged the adult rate of Rs. 1,800 for him.

Kindly refund the difference of Rs. 600 to my UPI / card.

Regards,
Ananya Iyer
Bengaluru"""),
("en", "b83-family-pass-off-to-perth", "Niamh O'Connor <niamh.oconnor@example.ie>", "Family pass", "billing", "",
"""Hi folks,

Sad news from us - we're off to Perth for good at the end of the month
(husband's job) so the kids will have to find a new rope course over
there! Could you make sure the family pass doesn't come out of the account
again after this one? It's the monthly 45 euro one under O'Connor,
Maynooth.

Thanks for all the fun, the twins will miss ye.

Niamh"""),
("en", "b83-order-48812-trading-standards", "Luke Sanderson <luke.sanderson@example.co.uk>", "Order 48812", "billing", "high",
"""Hello,

I booked and paid online for 8 places on the "Big Game" paintball
package at 35.00 each. Nowhere on your website or in the confirmation
does it mention any additional charges. When we arrived on Sunday we were
told every player had to pay a 12.00 "insurance and safety levy" before
they'd give us any kit. With eight lads standing there we paid it, 96.00
on my card.

An unavoidable compulsory charge that isn't shown in the advertised price
is a drip pricing issue. Please refund the 96.00. If you won't, I will be
reporting this to Trading Standards and posting the details.

Luke Sanderson"""),
("en", "b83-waiver-wont-sign-iphone", "Holly Pritchard <holly.p@example.co.uk>", "Waiver form", "technical", "",
"""Hi, I'm not after a refund or anything, just can't get the waiver to
work. On my iPhone the signature box won't let me draw in it - my finger
just scrolls the page. Tried in Safari and Chrome. We're booked for the
treetop course on Saturday and the email says it must be signed 24 hours
before. Is there another way?

Holly"""),
("en", "b83-rafting-video-link-404", "Ben Whitaker <ben.whitaker@example.com>", "Our rafting video", "technical", "",
"""Hey,

We paid for the GoPro footage of our trip last Thursday (the 2pm run,
boat with the orange helmets). The link in the email goes to a page that
says 404 - Not Found. Tried on my laptop and phone, and my wife tried
hers. Can you resend it or check the link?

Ben"""),
("en", "b83-login-reset-email-never-comes", "Sunil Mehta <sunil.mehta@example.co.uk>", "Can't log in", "technical", "",
"""I can't get into my account to see the booking. Click "forgot
password", it says an email has been sent, nothing arrives. Not in spam
either. Done it 5 times now. Email is this one.

Sunil"""),
("en", "b83-zipline-line3-brake", "Philippa Grant <philippa.grant@example.co.uk>", "Zip line 3 on the Forest Flyer", "technical", "high",
"""Dear all,

I wanted to let you know about something I saw on Sunday afternoon at the
Forest Flyer, in case it hasn't already been reported.

On the third zip line (the long one over the lake) the braking block at
the landing end didn't seem to slow my son down at all. He came into the
end pad at more or less full speed and was swung up hard against the
platform. He's fine apart from a bruised shoulder. Two riders after him
came in the same way; one was a girl of about eight.

The staff member on the platform said it had been "a bit lively today".
The line was still running when we left at four. I thought someone
should take a look at the brake before it's used again.

Kind regards,
Philippa Grant"""),
("en", "b83-co2-canister-frost-hand", "Dylan Rees <dylan.rees@example.co.uk>", "Marker from your shop", "technical", "high",
"""Hi,

Bought the Tippmann-style starter marker with a 12oz CO2 bottle from
your online shop two weeks ago. Yesterday when I screwed the bottle into
the ASA it started hissing loudly from the side of the fitting rather
than the valve and wouldn't stop. The bottle went white with frost in
seconds and I got a cold burn on my palm getting it off.

I've left the bottle outside in the garden shed. Is it the bottle or the
marker's fitting? Neither should do that as far as I know. I don't want
to try it again until someone tells me what's wrong.

Dylan"""),
("en", "b83-quad-throttle-stuck-open", "Greg Holloway <greg.holloway@example.com.au>", "Quad no. 7", "technical", "high",
"""Hi team,

Just a heads up from our session at your Hunter Valley track yesterday
arvo. Quad number 7 (the red one) - the throttle stuck wide open about
halfway round the second lap. Letting go of the lever did nothing and I
had to kill it with the key while it was still moving. The guide was
good about it and swapped me onto another bike.

But I noticed it was back on the line for the next group. Might want to
park it up and have the cable checked before someone younger or less
confident gets it.

Greg"""),
("en", "b83-today-centre-no-registers", "Duty Manager <duty@highfellsoutdoor.example>", "Today", "technical", "high",
"""Hello,

Since about 7.30 this morning the booking system you supply just shows a
spinning wheel on every device we have. We've got three schools arriving
this morning, 160 children, and we can't pull up registers, medical
notes or group allocations. Instructors are waiting in the car park
with no idea which groups they have.

We're working off whatever's on people's phones from yesterday's emails,
and we've had to turn away the walk-in families at reception because
we can't take payment or print waivers either.

Please phone 015394 000 221 as soon as you see this.

Claire Benson
Duty Manager, High Fells Outdoor Centre"""),
("en", "b83-trek-app-offline-map", "Louise Carter <louise.carter@example.co.uk>", "App question", "technical", "",
"""Hello,

We're doing the self-guided pony trek on the Dartmoor route next weekend.
I've downloaded your app and the route for "Day 2 - Haytor loop", but
when I put the phone in airplane mode to test it the map is just a grey
grid with the blue dot. Does the offline map need something else
switching on? There's no signal up there at all, as I'm sure you know.

Louise"""),
("en", "b83-question-payment-page-spins", "Raj Patel <raj.patel@example.com>", "Question", "technical", "",
"""Hi, I'm trying to book the caving taster for 3 people and when I press
Pay the page just spins and then goes back to the basket. Tried 2
different cards. I haven't been charged anything (checked the app), so
it's not a billing thing, the checkout just doesn't go through. Using
Chrome on Windows.

Thanks
Raj"""),
("en", "b83-wetsuit-zip-first-use", "Ciara Flynn <ciara.flynn@example.ie>", "Wetsuit zip", "technical", "",
"""Hi there,

I bought a 5mm canyoning wetsuit from your shop at the centre in May.
Wore it once. The zip pull has come away from the slider and the zip is
now stuck half-open. I'd like it repaired rather than swapped, it fits
me perfectly and they're hard to find in my size. Do you do repairs or
do I send it to the manufacturer?

Ciara"""),
("en", "b83-headtorch-wont-charge", "Mick Fraser <mick.fraser@example.com.au>", "headtorch", "technical", "",
"""mate the rechargeable headtorch I got off your site for the caving trip
won't charge. light on the side flashes red then goes off. tried 3
different cables and a wall plug. worked fine for the first two weeks"""),
("en", "b83-qr-ticket-wont-scan", "Emma Lockwood <emma.lockwood@example.co.uk>", "QR codes", "technical", "",
"""Hi,

The QR codes on our e-tickets for the aerial trek didn't scan at the
kiosk on Saturday - it kept saying "invalid code" - and the staff had to
type them in by hand. We've got another booking for next month with the
same type of tickets. Is something wrong with them, or should we print
them instead of using the phone?

Emma"""),
("en", "b83-calendar-greyed-out-firefox", "Bill Nakamura <bill.nakamura@example.com>", "Can't pick a date", "technical", "",
"""Hello,

On your booking page every date in the calendar is greyed out for the
half-day whitewater trip, all the way through September. My wife looked
on her phone and she can see open dates, so I assume it's the browser
(Firefox 126 on a Mac). Cleared cache, same thing. Just letting you know,
and is there a fix?

Bill"""),
("en", "b83-thanks-instructor-nervous-son", "Siobhan Kelly <siobhan.kelly@example.ie>", "Thank you to Darragh", "general", "",
"""Hi,

Just a quick note to say a huge thank you to Darragh who was the
instructor on the high ropes on Saturday morning. Our son Cian (10) has
a lot of anxiety about heights and we honestly expected him to sit it
out. Darragh spent ages with him at the bottom, never pushed, and by
the end Cian did the whole course including the leap of faith.

He hasn't stopped talking about it. Please pass this on.

Siobhan"""),
("en", "b83-ring-lost-in-cave", "Amy Chapman <amy.chapman@example.co.uk>", "Lost ring", "general", "",
"""Hello,

I was on the 10am caving trip on Wednesday. When I got back to the car I
realised my ring had gone - I'd taken it off in the changing room when
we put the oversuits on and I think I left it on the bench or in the
pocket of the oversuit. It's a thin silver band with a small green stone.
Not worth much but it was my nan's.

Has anyone handed it in?

Amy Chapman
07700 900 533"""),
("en", "b83-zipline-minimum-age-weight", "Pooja Sharma <pooja.sharma@example.in>", "Age and weight limits", "general", "",
"""Dear Sir/Madam,

We are a family visiting from Pune in December. Kindly inform what is the
minimum age and the weight limits for the zip line. My daughter is 7 and
my father-in-law is 68 and quite heavy (around 105 kg). Also is there a
place for elders to sit and watch?

Thanks and regards,
Pooja Sharma"""),
("en", "b83-urgent-what-to-wear-canyon", "Jade Hutchinson <jade.hutch@example.co.uk>", "URGENT!!!!", "general", "",
"""URGENT!!! We're doing the gorge walk TOMORROW at 9 and nobody has
told us what to wear!!! Do we need trainers or will you give us shoes???
and do we bring towels??? please reply tonight xx"""),
("en", "b83-killer-day-stag-praise", "Brodie Walsh <brodie.walsh@example.com.au>", "Absolute killer day", "general", "",
"""Legends,

Just wanted to say Saturday was an absolute killer day. The boys are
still black and blue and every one of them is dying to come back. The
bloke running the woodland scenario (Tane?) was hilarious and kept it
moving. Groom got shot about 400 times which was the whole point.

Cheers for looking after us, we'll be back for the next bucks.

Brodie"""),
("en", "b83-instructor-mocked-weight-manager", "Lorraine Duffy <lorraine.duffy@example.co.uk>", "Complaint about your instructor on Friday", "general", "high",
"""I was part of a hen party on your rope course on Friday afternoon.

When we were being fitted for harnesses, the instructor (tall, ginger
beard, I believe called Scott) made several comments about my sister's
weight in front of the whole group, including asking loudly whether the
harness "came in her size" and telling her to "go first before the
platform gets tired". Other staff laughed. My sister left in tears and
didn't take part.

I don't want a refund. I want the manager of the centre to contact me
personally and tell me what is being done about this man. If I do not
hear from someone senior this week I'll take it further.

Lorraine Duffy"""),
("en", "b83-rotten-step-yard-path", "Harold Bennett <harold.bennett@example.co.uk>", "Steps down to the yard", "general", "high",
"""Dear Sir or Madam,

We brought our granddaughter for a pony trek on Thursday. May I mention,
without any fuss, that on the wooden steps from the car park down to the
stable yard the fourth tread from the bottom is rotten through on the
left side. My wife put her foot on it and it gave way; fortunately I had
her arm and she only jarred her knee.

There was no tape or sign on it. Given how many small children and older
folk use those steps, I thought you would want to know straight away.

Yours faithfully,
Harold Bennett"""),
("en", "b83-new-email-address", "Karen Whitmore <karen.whitmore@example.net>", "Change of email", "general", "",
"""Hi, please can you update the email on my account from
k.whitmore@oldmail.example to this one (karen.whitmore@example.net)? My
old provider is closing the account. Booking number if needed: AC-90112.
Thanks, Karen"""),
("en", "b83-photos-of-kids-remove", "Simon Archer <simon.archer@example.co.uk>", "Photos on your Facebook page", "general", "",
"""Hello,

Your Facebook page has a gallery from the half-term adventure camp which
includes several clear photos of my two children. We did not tick the
photo consent box on the booking form. Please remove those photos, and
confirm what personal data you hold about the children and me, as I'd
like a copy under data protection law.

Regards,
Simon Archer"""),
("en", "b83-scout-group-raffle", "Ian McLeod <ian.mcleod@example.org.uk>", "1st Kirkby Scouts - fundraiser", "general", "",
"""Dear team,

I'm the group leader of 1st Kirkby Scouts. We're holding a family fun day
on 6 July to raise money for a new minibus. Would you consider donating
a prize for our raffle, perhaps a couple of places on the zip wire or a
voucher? We'd be happy to put your logo on the posters and thank you on
our social media.

Yours in Scouting,
Ian McLeod"""),
("en", "b83-re-confirmation-dog-wait", "Fiona Hargreaves <fiona.hargreaves@example.co.uk>", "Re: Your booking is confirmed - Pony Trek 2hr", "general", "",
"""Thanks! One more question - can we bring our dog? Not on the trek
obviously, but would she be allowed to wait with my mum in the cafe or
the garden while we're out? She's a very calm old spaniel.

Fiona

On Mon, 3 Jun at 10:22, Bookings <bookings@moorsidetrekking.example> wrote:
> Hi Fiona,
>
> Your booking for a 2-hour pony trek for 3 riders on Saturday 15 June
> at 10:00 is confirmed. Please arrive 20 minutes early and wear long
> trousers and boots with a small heel.
>
> See you soon,
> Moorside Trekking"""),
("en", "b83-hen-party-cake-room", "Stacey Lamb <stacey.lamb@example.co.uk>", "Hen do after paintball", "general", "",
"""Hiya! We're booked in for the hen paintball on the 22nd. After the game
can we use the clubhouse for an hour? We'd like to bring a cake, some
bunting and a few bottles of fizz - is that allowed? Bride doesn't know
anything so please don't mention it if she rings lol

Stacey"""),
("en", "b83-not-my-bill-coach-parking", "Paul Greenwood <paul.greenwood@example.co.uk>", "Not about the invoice", "general", "",
"""Hello,

Not about the invoice, that's all sorted with your office, thanks. It's
about the day itself. We're bringing the Year 6 group on a 49-seat coach.
Can a coach that size get down the lane to your car park, or should the
driver drop us on the main road? And where can the coach wait for the
day?

Paul Greenwood
Deputy Head, Oakfield Primary"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b83-gl-rafting-arachthos-diples", "Stathis Ntoumas <stathis.ntoumas@example.gr>", "kratisi rafting", "billing", "",
"""Kalhspera sas,
ekleisa rafting ston Araxtho gia to Savvato 4 atoma, 160 eurw. Sto
e-banking vlepw oti h xrewsh egine DYO fores, 160 + 160, idia wra. Email
epivevaiwshs phra mono ena. Mporeite na mou epistrepsete ta 160 pou
perasan dipla?
Eyxaristw,
Stathis"""),
("el", "b83-dwroepitagi-tyrolezika-elixe", "Βασιλική Τσακίρη <vasiliki.tsakiri@example.gr>", "Δωροεπιταγή που έληξε", "billing", "",
"""Καλημέρα σας,

Πέρσι τα Χριστούγεννα χάρισα στον γιο μου μια δωροεπιταγή σας για τη
διαδρομή με τα τυρολέζικα στο Καρπενήσι, αξίας 60 €. Με τις εξετάσεις
στο Πολυτεχνείο δεν πρόλαβε να έρθει και βλέπω ότι έληξε στις 31
Μαρτίου.

Υπάρχει περίπτωση να την παρατείνετε έστω για το καλοκαίρι; Τα χρήματα
τα έχουμε πληρώσει κανονικά.

Με εκτίμηση,
Βασιλική Τσακίρη"""),
("el", "b83-erotisi-kataskinosi-doseis", "Γιάννης Μπαλτάς <giannis.baltas@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα,

Θέλουμε να γράψουμε τα δύο παιδιά μας (9 και 12 ετών) στην κατασκήνωση
περιπέτειας στο Πήλιο για την πρώτη περίοδο του Ιουλίου. Το σύνολο
βγαίνει 1.180 €. Μπορούμε να το πληρώσουμε σε δόσεις με πιστωτική
κάρτα; Και ισχύει η έκπτωση αδερφών αν πληρώσουμε με κατάθεση;

Ευχαριστώ,
Γιάννης Μπαλτάς"""),
("el", "b83-ippasia-danai-spoudes", "Κατερινα Λαμπρου <katerina.lamprou@example.gr>", "Μαθηματα Δαναης", "billing", "",
"""Καλησπερα σας,

Η Δαναη μπηκε στο Πανεπιστημιο Θεσσαλονικης και απο τον Σεπτεμβριο
δεν θα ερχεται πια στα μαθηματα ιππασιας της Τεταρτης. Σας ευχαριστουμε
για ολα αυτα τα χρονια, ο Αστερας θα της λειψει πολυ.

Παρακαλω να μην ξαναπαρει η παγια εντολη τα 85 ευρω τον μηνα απο τον
Σεπτεμβριο και μετα. Ο Αυγουστος πληρωνεται κανονικα.

Κατερινα Λαμπρου"""),
("el", "b83-gl-re-timologio-afm-paintball", "Logistirio Delta Soft <logistirio@deltasoft.example>", "RE: Epivevaiwsh kratisis - team building paintball", "billing", "",
"""Kalimera sas,

8a 8elame timologio (oxi apodeiksh) gia to team building ths Paraskeyhs,
sta stoixeia ths etaireias:

DELTA SOFT MONOPROSWPH IKE
AFM 099999999, DOY Ampelokhpwn
Vas. Sofias 120, Athina

Plhrwmh 8a ginei me katathesh mesa sto mhna.

Eyxaristoume,
Marina Kwnstantinou, Logistirio

> Apo: Krathseis Paintball Park
> Thema: Epivevaiwsh kratisis - team building paintball
>
> Agaphte k. Kwnstantinou, epivevaiwnoume thn krathsh gia 22 atoma thn
> Paraskeyh 17/5 stis 11:00. Synolo 770,00 eurw me FPA.
>
> Me ektimhsh,
> Krathseis"""),
("el", "b83-farangi-akyrosi-synigoros", "Αλέξης Παπαθανασίου <alexis.papathanasiou@example.gr>", "Επιστροφή χρημάτων - ακύρωση canyoning", "billing", "high",
"""Κύριοι,

Στις 8 Ιουνίου ακυρώσατε εσείς την κατάβαση φαραγγιού στο Πολυλίμνιο
για την οποία είχαμε πληρώσει 4 άτομα από 55 € (σύνολο 220 €), λόγω
καιρού. Τότε μου είπατε τηλεφωνικά ότι θα έχω επιστροφή σε μία
εβδομάδα.

Έχει περάσει ένας μήνας, έχω στείλει τρία email και δεν έχω λάβει ούτε
τα χρήματα ούτε απάντηση. Ως επιχείρηση δεν μπορείτε να κρατάτε
χρήματα για υπηρεσία που δεν παρείχατε.

Αν μέχρι την Παρασκευή δεν γίνει η επιστροφή, θα υποβάλω αναφορά στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Αλέξης Παπαθανασίου
694 000 2281"""),
("el", "b83-gl-quad-santorini-egguisi-proistamenos", "Nikos Vrettos <nikos.vrettos@example.gr>", "EGGYHSH", "billing", "high",
"""Kalhspera,
noikiasame 2 gourounes (quad) apo to katasthma sas sthn Perissa 3-5
Augoustou. Mas desmeysate 300 eurw egguhsh sthn karta. Ta
epistrepsame xwris kamia zhmia, o ypallhlos ta koitaxe kai eipe "ola
kala". Exoun perasei 3 evdomades kai ta 300 einai akoma desmeymena.

Exw milhsei 4 fores me to katasthma kai mou lene "8a to dei to
logistirio". Den 8elw na ksanamilhsw me ton idio ypallhlo. 8elw na me
parei thlefwno o proistamenos h o idiokthths, 6977 000 145.

Nikos Vrettos"""),
("el", "b83-kataskinosi-amfisvitisi-trapeza", "Σοφια Μαργαριτη <sofia.margariti@example.gr>", "Χρεωση για εβδομαδα που ακυρωσα", "billing", "high",
"""Καλημερα,

Στις 2 Μαιου ακυρωσα γραπτως την εβδομαδα 7-14 Ιουλιου στην
κατασκηνωση για τον γιο μου, δηλαδη πολυ πριν την προθεσμια των 30
ημερων που γραφουν οι οροι σας. Εχω και την απαντηση σας που λεει
"η ακυρωση καταχωρηθηκε".

Παρολα αυτα στις 10 Ιουνιου χρεωθηκε η καρτα μου 460 ευρω για το
υπολοιπο της εβδομαδας.

Αν δεν επιστραφουν τα 460 ευρω μεχρι τη Δευτερα, θα κανω αμφισβητηση
της χρεωσης στην τραπεζα μου. Εχω ολα τα email.

Σοφια Μαργαριτη"""),
("el", "b83-gl-foititiki-ekptwsi-paintball", "Aggelos <aggelos.k2003@example.gr>", "ekptwsh", "billing", "",
"""geia sas, eimaste 10 atoma foitites apo to Panepisthmio Patras kai 8eloume
na er8oume gia paintball kapoio Savvato. yparxei foithtiko h omadiko
paketo? to 30 eurw to atomo mas vgainei liga polla. kai ta extra
mpalakia posa einai?
eyxaristw!!"""),
("el", "b83-timi-rafting-omada-15", "Ελευθερία Ζαχαρίου <eleftheria.zachariou@example.gr>", "Προσφορά για 15 άτομα", "billing", "",
"""Καλησπέρα σας,

Είμαστε ένας ορειβατικός σύλλογος από τη Λάρισα και σκεφτόμαστε
rafting στον Αλιάκμονα το τελευταίο Σαββατοκύριακο του Σεπτεμβρίου,
περίπου 15 άτομα. Θα μπορούσατε να μας στείλετε τιμή ανά άτομο για
ομάδα, και αν περιλαμβάνεται η μεταφορά από το σημείο συνάντησης;
Η προκαταβολή πόση είναι και πότε πληρώνεται;

Με εκτίμηση,
Ελευθερία Ζαχαρίου
Ορειβατικός Σύλλογος"""),
("el", "b83-allagi-kranous-megethos", "Θοδωρής Αναστασίου <thodoris.anastasiou@example.gr>", "Παραγγελία 3381 - αλλαγή μεγέθους", "billing", "",
"""Γεια σας,

Παρήγγειλα από το e-shop σας κράνος για canyoning σε μέγεθος M, αλλά
μου είναι μικρό. Είναι αφόρετο, με τις ετικέτες και στη συσκευασία του.
Μπορώ να το αλλάξω με L; Αν το L δεν υπάρχει, θέλω επιστροφή των 64 €.
Ποιος πληρώνει τα μεταφορικά για την αλλαγή;

Θοδωρής"""),
("el", "b83-gl-pateras-etisia-karta", "Dimitra Sotiriou <dimitra.sotiriou@example.gr>", "h karta tou patera mou", "billing", "",
"""Kalhmera,

o pateras mou, Sotiris Sotiriou, efyge apo th zwh ton Ianouario. Eixe
etisia karta melous sto parko anarrixhshs sas sthn Parnitha kai
vlepw oti sto logariasmo tou 8a ananewthei aytomata ton Aprilio, 140
eurw.

Parakalw na mhn ananewthei. An xreiazeste kapoio xarti pite mou.

Dimitra"""),
("el", "b83-den-irthe-apodeixi-paintball", "Μανωλης Κουρτης <manolis.kourtis@example.gr>", "Αποδειξη", "billing", "",
"""Καλησπερα. Πληρωσα με καρτα 90 ευρω για paintball την Κυριακη
(3 ατομα) αλλα δεν μου στειλατε αποδειξη ουτε στο email ουτε μου δωσατε
στο ταμειο. Τη χρειαζομαι για τις αποδειξεις της εφορίας. Μπορειτε να
μου τη στειλετε;

Μανωλης"""),
("el", "b83-nomisa-dorean-exoplismos-ypeuthinos", "Κωνσταντίνος Ράπτης <k.raptis@example.gr>", "Χρέωση εξοπλισμού - ζητώ υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Στην ιστοσελίδα σας η κατάβαση του Βοϊδομάτη γράφει καθαρά «Η τιμή
περιλαμβάνει όλο τον εξοπλισμό». Όταν φτάσαμε, ο συνοδός μάς χρέωσε 15 €
το άτομο για στολές και παπούτσια, επειδή «αυτά είναι έξτρα». Πληρώσαμε
60 € για τέσσερα άτομα για να μη χάσουμε τη διαδρομή.

Το ανέφερα ήδη στην υπάλληλο στο τηλέφωνο και μου είπε ότι «έτσι
ισχύει». Ζητώ να μου απαντήσει ο υπεύθυνος της εταιρείας και όχι
ξανά το τηλεφωνικό κέντρο, και να επιστραφούν τα 60 €.

Κωνσταντίνος Ράπτης"""),
("el", "b83-gl-site-imerominia-sfalma", "Ioanna Petridi <ioanna.petridi@example.gr>", "site", "technical", "",
"""Geia sas, otan pataw na dialeksw hmeromhnia gia to zip line sto site mou
vgazei "Error 500" kai den proxwraei. Den exw xrewthei tipota, apla
den mporw na kleisw. To dokimasa apo kinhto kai apo laptop. Mhpws
ftaiei kati se esas?
Ioanna"""),
("el", "b83-efarmogi-kleinei-den-einai-xreosi", "Παύλος Χριστοφόρου <pavlos.christoforou@example.gr>", "Η εφαρμογή σας", "technical", "",
"""Γεια σας,

Δεν αφορά χρέωση ή κράτηση, αυτά είναι όλα εντάξει. Από την τελευταία
ενημέρωση η εφαρμογή σας κλείνει μόλις πατήσω «Οι κρατήσεις μου» και
δεν μπορώ να δω το εισιτήριο για το rafting της Κυριακής. Έχω Samsung
A52. Την απεγκατέστησα και την ξαναέβαλα, τίποτα.

Παύλος"""),
("el", "b83-kodikos-den-mpaino", "Ευτυχια Ζερβα <eftychia.zerva@example.gr>", "Κωδικος", "technical", "",
"""Καλημερα, δεν μπορω να μπω στον λογαριασμο μου. Βαζω τον κωδικο και
μου λεει "λαθος στοιχεια", κανω επαναφορα και το link στο email λεει
"εχει ληξει" ακομα κι αν το πατησω αμεσως. Τι να κανω;"""),
("el", "b83-fotografies-kataskinosis-link", "Λίνα Δημητρίου <lina.dimitriou@example.gr>", "Φωτογραφίες από την κατασκήνωση", "technical", "",
"""Καλησπέρα σας,

Μας στείλατε link με τις φωτογραφίες των παιδιών από την εβδομάδα
περιπέτειας, αλλά όταν το ανοίγω βγάζει «Δεν έχετε δικαίωμα πρόσβασης σε
αυτό το αρχείο». Το ίδιο και στον σύζυγό μου. Μήπως χρειάζεται κωδικός;

Ευχαριστώ,
Λίνα"""),
("el", "b83-fakos-kefalis-anavosvinei", "Σταύρος Ιωαννίδης <stavros.ioannidis@example.gr>", "Φακός κεφαλής", "technical", "",
"""Καλησπέρα,

Αγόρασα από το κατάστημά σας στα Γιάννενα τον επαναφορτιζόμενο φακό
κεφαλής για σπηλαιολογία. Μετά από 10 λεπτά στο δυνατό φως αρχίζει να
αναβοσβήνει και πέφτει μόνος του στο χαμηλό, ενώ η μπαταρία δείχνει
γεμάτη. Είναι ρύθμιση ή είναι ελαττωματικός; Τον χρειάζομαι για το
Σπήλαιο Περάματος τον άλλο μήνα.

Σταύρος Ιωαννίδης"""),
("el", "b83-gl-qr-eisitirio-den-skanarei", "Christos M. <christos.m@example.gr>", "eisitiria", "technical", "",
"""kalhspera, ta eisitiria me to QR pou mas steilate gia to parko
perpeteias den ta diavaze h mhxanh sthn eisodo, evgaze "akyro". mas
afhsan na mpoume telika grafontas ta noumera me to xeri. exoume kai
allh krathsh thn allh evdomada, 8a exoume to idio 8ema?"""),
("el", "b83-ebike-mpataria-myrizei", "Ηλίας Κανελλόπουλος <ilias.kanellopoulos@example.gr>", "Μπαταρία ηλεκτρικού ποδηλάτου", "technical", "high",
"""Καλησπέρα σας,

Θα ήθελα να σας ενημερώσω για κάτι με το ηλεκτρικό ποδήλατο βουνού που
αγόρασα από εσάς τον Μάρτιο. Χθες το βράδυ, ενώ φόρτιζε στο μπαλκόνι,
η μπαταρία είχε ζεσταθεί τόσο που δεν μπορούσες να την ακουμπήσεις και
μύριζε έντονα καμένο πλαστικό. Την αποσύνδεσα και την άφησα έξω, μακριά
από το σπίτι.

Δεν τη φορτίζω ξανά. Τι πρέπει να κάνω με αυτήν;

Ηλίας Κανελλόπουλος"""),
("el", "b83-gl-zartieres-kopitsa-den-kleidonei", "Vaggelis T. <vaggelis.t@example.gr>", "zartieres", "technical", "high",
"""Kalhmera,
xthes sto parko me tis diadromes sta dentra, sthn prasinh diadromh,
h zartiera pou edwsan sthn korh mou (8 xronwn) eixe mia kopitsa sto
podi pou den kleidwne, anoigotan monh ths me to xeri. To eipame ston
ypallhlo kai ths edwse allh, alla thn palia thn kremase pali ston
idio gatzo me tis ypoloipes.
Pisteyw prepei na thn vgalete apo th xrhsh prin th foresei allo paidi.
Vaggelis"""),
("el", "b83-spitakia-thermansi-kapi", "ΚΑΠΗ Δήμου Νέας Σμύρνης <kapi@neasmyrni-kapi.example>", "Θέρμανση στα σπιτάκια - Καρπενήσι", "technical", "high",
"""Καλησπέρα σας,

Είμαστε ομάδα 24 ηλικιωμένων από το ΚΑΠΗ και μένουμε από χθες στα
ξύλινα σπιτάκια σας στο Καρπενήσι για την τριήμερη εκδρομή. Από τα
μεσάνυχτα η θέρμανση δεν λειτουργεί σε κανένα σπιτάκι - τα καλοριφέρ
είναι κρύα και ο λέβητας δείχνει ένα κόκκινο λαμπάκι. Έξω έχει -4 και
χιονίζει. Πολλοί από τους συμμετέχοντες είναι άνω των 80 και κάποιοι
με καρδιολογικά.

Ο υπάλληλος της ρεσεψιόν μάς είπε ότι ο τεχνικός θα έρθει «αύριο».
Χρειαζόμαστε κάποιον σήμερα.

Ρένα Αλεξίου, συνοδός, 693 000 7714"""),
("el", "b83-grafeio-kriti-kratiseis-den-vgainoun", "Chania Sun Travel <info@chaniasuntravel.example>", "Πύλη συνεργατών", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί η πύλη συνεργατών σας δεν μας αφήνει να περάσουμε
καμία κράτηση για τις εκδρομές με τα quad και το jeep safari. Κολλάει
στο «Επιβεβαίωση» και μετά βγαίνει λευκή σελίδα. Έχουμε πελάτες από
τρία ξενοδοχεία να περιμένουν στη ρεσεψιόν, το πούλμαν για τις 10:00
έφυγε με τις μισές θέσεις άδειες και οι ξεναγοί μας παίρνουν συνέχεια
τηλέφωνο.

Παρακαλώ καλέστε μας στο 28210 00 441.

Μαρίνα Χατζηδάκη
Chania Sun Travel"""),
("el", "b83-gl-den-erxetai-email-epivevaiwshs", "Eleni Kapsali <eleni.kapsali@example.gr>", "email", "technical", "",
"""Geia, ekleisa xtes to vrady thn ippasia sto Phlio gia 2 atoma kai
den mou hr8e pote email epivevaiwshs. Koitaksa kai sta anepithymhta.
To site leei "epityxhs krathsh" alla den exw kanena xarti. Mporeite na
to ksanasteilete?
Eleni"""),
("el", "b83-asyrmatoi-mpataria-den-kratai", "Αποστολης Γκικας <apostolis.gkikas@example.gr>", "Ασυρματοι πομποδεκτες", "technical", "",
"""Καλησπερα,
πηραμε απο το e-shop σας ενα σετ ασυρματους για τις διαδρομες στο
βουνο. Ο ενας απο τους δυο αδειαζει μεσα σε μια ωρα ακομα και κλειστος,
ενω ο αλλος κραταει ολη μερα. Τους φορτισαμε και τους δυο μαζι με τον
ιδιο φορτιστη. Υπαρχει καποια λυση;
Αποστολης"""),
("el", "b83-imerologio-keno-kinito", "Χαρα Παπαδοπουλου <chara.papadopoulou@example.gr>", "Ιστοσελιδα", "technical", "",
"""Απο το κινητο (iPhone) στη σελιδα κρατησεων το ημερολογιο εμφανιζεται
τελειως κενο, ουτε μερες ουτε ωρες. Απο τον υπολογιστη της δουλειας
φαινεται κανονικα. Απλα σας το λεω μηπως το φτιαξετε."""),
("el", "b83-efxaristo-odigo-rafting", "Αναστασία Κυριακίδου <anastasia.kyriakidou@example.gr>", "Ευχαριστώ τον Άρη", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω θερμά τον Άρη, τον οδηγό της βάρκας μας στον Λούσιο
την Κυριακή. Η μητέρα μου (67 ετών) φοβόταν πολύ το νερό και εκείνος
την καθησύχασε από την πρώτη στιγμή, της εξήγησε τα πάντα με υπομονή
και στο τέλος ήθελε να ξανακάνει τη διαδρομή!

Ήταν μια υπέροχη μέρα για όλη την οικογένεια. Να του το μεταφέρετε.

Αναστασία"""),
("el", "b83-gl-eyxaristw-pony-fovero", "Popi Lazarou <popi.lazarou@example.gr>", "eyxaristoume!!", "general", "",
"""kalhmera!! ithela na pw ena megalo eyxaristw gia th volta me ta
ponaki to Savvato. htan FOVERO, ta paidia trelathikan apo ton
en8ousiasmo, h mikrh den 8elei na katevei apo thn "Karamela" mexri
twra. h kopela pou mas phge (h Stella nomizw) htan glykyta.
8a 3anaer8oume sigoura :)
Popi"""),
("el", "b83-xamena-gyalia-parko", "Πετρος Βλαχος <petros.vlachos@example.gr>", "Χαμενα γυαλια", "general", "",
"""Καλημερα σας,
την Τεταρτη ημουν στο παρκο σχοινιων με την ομαδα του σχολειου και
μαλλον εχασα τα γυαλια ηλιου μου (μαυρα, σε καφε θηκη) στον χωρο που
φοραμε τις ζαρτιερες. Μηπως τα βρηκε καποιος;
Πετρος Βλαχος, 697 000 3321"""),
("el", "b83-orario-xristougenna", "Ρούλα Μιχαηλίδου <roula.michailidou@example.gr>", "Ωράριο γιορτών", "general", "",
"""Γεια σας, θα είστε ανοιχτά ανάμεσα σε Χριστούγεννα και Πρωτοχρονιά;
Θέλουμε να φέρουμε τα ανίψια για τα τυρολέζικα κάποια μέρα 27-30/12.
Τι ώρες λειτουργείτε;"""),
("el", "b83-epeigon-ti-na-fero-farangi", "Γιωργος Αλεξανδρου <giorgos.alexandrou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΚΑΛΗΣΠΕΡΑ!!! ΑΥΡΙΟ ΤΟ ΠΡΩΙ ΕΧΟΥΜΕ ΤΟ ΦΑΡΑΓΓΙ ΚΑΙ ΔΕΝ ΜΑΣ ΕΙΠΕ ΚΑΝΕΙΣ
ΤΙ ΝΑ ΦΕΡΟΥΜΕ!!! ΧΡΕΙΑΖΟΝΤΑΙ ΑΘΛΗΤΙΚΑ Η ΣΑΣ ΔΙΝΕΤΕ ΠΑΠΟΥΤΣΙΑ; ΜΑΓΙΟ
ΚΑΤΩ ΑΠΟ ΤΗ ΣΤΟΛΗ; ΑΠΑΝΤΗΣΤΕ ΣΑΣ ΠΑΡΑΚΑΛΩ ΣΗΜΕΡΑ"""),
("el", "b83-gl-hlikia-paintball-10xrono", "Manolis K. <manolis.kaz@example.gr>", "Erwthsh", "general", "",
"""kalhspera, o gios mou kleinei ta 10 kai 8elei na kanei to party tou
sto paintball. apo poia hlikia epitrepetai? yparxei kati pio
elafry gia mikra paidia, na mhn ponaei toso? kai oi goneis
mporoun na koitane apo kapou?"""),
("el", "b83-allagi-kinitou-tilefonou", "Ειρήνη Φραγκιαδάκη <eirini.fragkiadaki@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα, άλλαξα αριθμό κινητού. Παρακαλώ περάστε στον λογαριασμό μου
το νέο: 698 000 5512, αντί για το 694 000 1209. Έχω κράτηση για
ιππασία τον Αύγουστο και θέλω να μου έρθουν τα μηνύματα στο σωστό.
Ευχαριστώ, Ειρήνη"""),
("el", "b83-diagrafi-dedomenon-gdpr", "Νικολαος Σαρρης <nikolaos.sarris@example.gr>", "Διαγραφη στοιχειων", "general", "",
"""Κυριοι,

Συμφωνα με τον Κανονισμο (ΕΕ) 2016/679 (GDPR) ζητω τη διαγραφη ολων
των προσωπικων μου δεδομενων απο τα αρχεια σας και τη διαγραφη μου απο
τη λιστα με τα διαφημιστικα email. Παρακαλω επιβεβαιωστε μου γραπτως
οταν γινει.

Νικολαος Σαρρης"""),
("el", "b83-xorigia-dimotiko-sxoleio", "Σύλλογος Γονέων 4ου Δημ. Τρικάλων <syllogos4dim@example.gr>", "Αίτημα χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 4ου Δημοτικού Σχολείου Τρικάλων
διοργανώνει στις 15 Ιουνίου τη γιορτή λήξης με λαχειοφόρο αγορά για
την αγορά εξοπλισμού για το γυμναστήριο. Θα θέλατε να μας δώσετε ως
δώρο κάποιες συμμετοχές στο πάρκο περιπέτειας; Το όνομά σας θα
αναφερθεί στις αφίσες και στη σελίδα μας.

Με τιμή,
Για το Δ.Σ., Ευαγγελία Τζήμα"""),
("el", "b83-synodos-fonaze-paidi-ypeuthinos", "Μαρία Κουτσούκου <maria.koutsoukou@example.gr>", "Συμπεριφορά συνοδού στο rafting", "general", "high",
"""Καλησπέρα σας,

Την Κυριακή ήμασταν στη διαδρομή των 11:00 στον Άραχθο. Ο συνοδός της
δεύτερης βάρκας (ψηλός, με γένια) φώναζε και έβριζε τον 12χρονο γιο μου
επειδή δεν κωπηλατούσε «σωστά», μπροστά σε όλους, και στο τέλος τον
αποκάλεσε «άχρηστο». Το παιδί δεν θέλει να ξαναμπεί σε βάρκα.

Δεν ζητάω χρήματα. Ζητάω να μου τηλεφωνήσει ο υπεύθυνος ή ο ιδιοκτήτης
της επιχείρησης και να μου πει τι μέτρα θα πάρετε με αυτόν τον
άνθρωπο. Τηλ. 697 000 8832.

Μαρία Κουτσούκου"""),
("el", "b83-gl-spasmena-gyalia-xwros-pikniki", "Thanos Georgiadis <thanos.georgiadis@example.gr>", "xwros piknik", "general", "high",
"""Geia sas,
sto xwro me ta trapezakia kai thn paidikh kounia dipla sto zip line
yparxoun polla spasmena gyalia apo mpoukalia, mesa sthn ammo kato
apo thn tsoulh8ra. H korh mou kophke ligo sto xeri alla htan
apla mia grantzounia. Alla paizoun ekei mwra xwris papoutsia.
Ta deiksame sthn tamia alla otan fygame den ta eixe mazepsei kaneis.
Thanos"""),
("el", "b83-re-simeio-synantisis-voidomatis", "Γεράσιμος Πολίτης <gerasimos.politis@example.gr>", "Re: Επιβεβαίωση κράτησης - Κατάβαση Βοϊδομάτη", "general", "",
"""Ευχαριστούμε πολύ! Μια διευκρίνιση: το «σημείο συνάντησης στην
Κλειδωνιά» είναι η παλιά γέφυρα ή η πλατεία του χωριού; Θα έρθουμε με
δύο αυτοκίνητα από τα Γιάννενα. Υπάρχει χώρος για πάρκινγκ εκεί;

Γεράσιμος

> Στις 12/6, η Κρατήσεις έγραψε:
> Αγαπητέ κ. Πολίτη,
> η κράτησή σας για 5 άτομα το Σάββατο 22/6 στις 10:00 επιβεβαιώθηκε.
> Σημείο συνάντησης: Κλειδωνιά, 09:45.
> Καλή διασκέδαση!"""),
("el", "b83-gl-party-genethlia-tourta", "Fotini Raptopoulou <fotini.r@example.gr>", "party genethliwn", "general", "",
"""Kalhspera sas! Exoume kleisei to party ths korhs mou sto paintball
gia ta 14a genethlia ths to Savvato 28. Mporoume na fer8oume dikh mas
tourta kai pswmakia kai na ta faame sto kioski meta? Yparxei
psygeio na thn valoume mexri na teleiwsoun?
Fotini"""),
# ---------------- Spanish ----------------
("es", "b83-barranco-guara-cobro-doble", "Jorge Lasheras <jorge.lasheras@example.es>", "Reserva BQ-4471", "billing", "",
"""Hola buenas,

Reservé el barranco del Vero para el sábado 13, cuatro personas, y pagué
con tarjeta 196 €. Al mirar la app del banco me aparecen dos cargos de
196 € con un minuto de diferencia. Solo me ha llegado un email de
confirmación.

¿Me podéis devolver el segundo cargo? Gracias.

Jorge Lasheras
Zaragoza"""),
("es", "b83-pago-oxxo-no-reflejado", "Mariana Solís <mariana.solis@example.com.mx>", "Pago en OXXO", "billing", "",
"""Buenas tardes,

Ayer pagué en OXXO la referencia que me mandaron para el paquete de
tirolesa + comida en Valle de Bravo, $1,450 MXN, y tengo el ticket. En
mi reservación todavía dice "pendiente de pago" y me llegó un correo que
se cancela en 24 horas si no pago. ¿Me pueden confirmar que ya les llegó?

Saludos,
Mariana Solís"""),
("es", "b83-potrerillos-crecida-devolucion", "Federico Ibarra <fede.ibarra@example.com.ar>", "Rafting cancelado por la crecida", "billing", "",
"""Hola que tal,

El domingo nos cancelaron el rafting en Potrerillos por la crecida del
rio, entendemos que es por seguridad. Nos ofrecieron un voucher para
otra fecha pero nosotros somos de Rosario y ya volvemos el martes, no
vamos a poder usarlo.

Preferimos que nos devuelvan la plata, eran 4 personas, $148.000 pagados
con Mercado Pago. Reserva a nombre de Federico Ibarra.

Gracias, saludos"""),
("es", "b83-hola-cuota-hipica-mononucleosis", "Begoña Urquiza <begona.urquiza@example.es>", "Hola", "billing", "",
"""Hola,

Os escribo porque a Lucía (clases de ponis de los jueves, grupo de 6 a 8
años) le han diagnosticado mononucleosis y el pediatra le ha prohibido
cualquier deporte durante al menos tres meses.

¿Se puede congelar la cuota mensual de 70 € hasta que vuelva? No
queremos perder la plaza, le encanta ir a ver a Canela.

Un saludo,
Begoña"""),
("es", "b83-campamento-san-gil-pse-nequi", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Formas de pago campamento", "billing", "",
"""Buenos días,

Quiero inscribir a mis dos hijos en el campamento de aventura de
vacaciones en San Gil (semana del 24 de junio). ¿Puedo pagar por PSE o
por Nequi? No tengo tarjeta de crédito. Y si pago la mitad ahora,
¿hasta cuándo tengo para pagar el resto de los $1.900.000?

Muchas gracias,
Andrés Cárdenas
Bucaramanga"""),
("es", "b83-quads-tenerife-fianza-reclamacion", "Raquel Domínguez <raquel.dominguez@example.es>", "Fianza de los quads - hoja de reclamaciones", "billing", "high",
"""Buenas tardes,

El 2 de agosto hicimos la ruta en quad por el Teide con vosotros y nos
retuvisteis 200 € de fianza en la tarjeta. Devolvimos los dos quads sin
ningún daño; el monitor los revisó delante nuestro y dijo que estaba todo
bien.

Han pasado tres semanas y la fianza sigue retenida. He llamado cuatro
veces y siempre me dicen que "lo mira administración".

Si en siete días no está liberada presentaré la hoja de reclamaciones
que ya rellené en vuestra oficina ante la OMIC y la Dirección General de
Consumo de Canarias.

Raquel Domínguez"""),
("es", "b83-paintball-cargo-desconocido-contracargo", "Luis Ángel Trejo <luisangel.trejo@example.com.mx>", "Cargo que no reconozco", "billing", "high",
"""Buenas,

En mi estado de cuenta aparece un cargo de $3,200 MXN de su parque de
paintball en Querétaro del 9 de marzo. Yo no fui ese día ni hice ninguna
reservación, estaba trabajando en Monterrey. Ya les marqué dos veces y me
dicen que "seguro fue alguien de mi familia".

Les doy hasta el viernes para reembolsarlo. Si no, levanto la
aclaración con mi banco para que hagan el contracargo, y también la queja
en Profeco.

Luis Ángel Trejo"""),
("es", "b83-re-presupuesto-despedida-factura-cif", "Administración Reformas Ebro <admin@reformasebro.example>", "Re: Presupuesto jornada multiaventura", "billing", "",
"""Hola Nerea,

Perfecto, lo aceptamos. Para el pago necesitamos que la factura vaya a
nombre de Reformas Ebro S.L., CIF B99999999, C/ Predicadores 41,
Zaragoza, con el IVA desglosado. Pagaremos por transferencia cuando la
recibamos, ¿nos pasáis también el IBAN?

Gracias,
Carmen Royo
Administración

El 15/04, Nerea (Reservas) escribió:
> Buenos días Carmen,
> os adjunto el presupuesto para la jornada de empresa del 24 de mayo:
> 30 personas, rafting en Murillo de Gállego + comida, 2.250 € IVA incl.
> Un saludo,
> Nerea"""),
("es", "b83-pase-anual-nos-mudamos-cordoba", "Valeria Gómez <valeria.gomez@example.com.ar>", "Pase familiar", "billing", "",
"""Hola chicos!! Les cuento que en septiembre nos mudamos a Córdoba por
trabajo de mi marido, así que ya no vamos a poder ir al parque aéreo los
fines de semana :( Quería pedirles que den de baja el débito automático
del pase familiar (socio 30871) a partir de octubre.

Gracias por todo, los chicos los van a extrañar mucho.
Valeria"""),
("es", "b83-cajon-maipo-colegio-precio", "Profesor Rodrigo Fuentes <rfuentes@colegiolosandes.example.cl>", "Cotización salida de curso", "billing", "",
"""Estimados:

Soy profesor jefe de un 3° medio y estamos organizando una salida de
curso al Cajón del Maipo a fines de noviembre, unos 34 alumnos y 3
profesores. Quisiera saber el valor por persona del rafting con
almuerzo para grupos de colegio, si los profesores pagan, y si se puede
pagar con transferencia desde la cuenta del centro de padres.

Atentamente,
Rodrigo Fuentes
Colegio Los Andes, Puente Alto"""),
("es", "b83-espeleo-reembolso-responsable", "Ignacio Berrocal <ignacio.berrocal@example.es>", "Reembolso de la salida de espeleología - quiero hablar con el responsable", "billing", "high",
"""Buenos días,

Es el cuarto correo que envío. El 18 de mayo cancelasteis vosotros la
salida de espeleología a la Cueva de Valporquero por falta de guía. Ese
mismo día me confirmasteis por escrito que el reembolso de 135 € se
haría "en un plazo de 5 a 7 días".

Hoy es 1 de julio y no he recibido nada. Cada vez que llamo me atiende
alguien distinto que no sabe nada del tema.

No quiero hablar más con atención al cliente. Quiero que me llame el
responsable o el gerente de la empresa esta misma semana al 600 000 417.

Ignacio Berrocal"""),
("es", "b83-no-queja-fotos-cobradas", "Cristina Oliver <cristina.oliver@example.es>", "Cargo extra", "billing", "",
"""Hola! Que conste que no es una queja del servicio, el descenso en
canoa fue genial. Pero en el cargo de la tarjeta me habeis cobrado 25 €
mas de lo que ponia la reserva, y en el recibo pone "pack fotos". Nadie
nos ofrecio fotos ni las hemos pedido ni recibido. Me devolveis esos 25
por favor?

Cris"""),
("es", "b83-chaleco-talla-cambio", "Diego Ramírez <diego.ramirez@example.com.mx>", "Pedido 20774", "billing", "",
"""Hola, compré en su tienda en línea un chaleco salvavidas talla M para
mi hijo y le queda enorme. Está nuevo, con etiquetas. ¿Lo puedo cambiar
por una talla S o me regresan el dinero ($890)? ¿Cómo lo envío y quién
paga la paquetería?

Gracias
Diego"""),
("es", "b83-seguro-obligatorio-defensa-consumidor", "Martín Echeverría <martin.echeverria@example.com.ar>", "Cobro de seguro no informado", "billing", "high",
"""Señores:

Contratamos por la web la excursión de cuatriciclos en Cafayate para 3
personas a $95.000 cada una. En ningún lado figuraba ningún otro costo.
Al llegar nos exigieron $18.000 por persona de "seguro obligatorio" y nos
dijeron que sin eso no salíamos. Pagamos $54.000 en efectivo.

Pido la devolución de ese importe. Si no recibo respuesta en 10 días
hábiles haré la denuncia en Defensa del Consumidor con todos los
comprobantes y capturas de la web.

Martín Echeverría
DNI 29.999.999"""),
("es", "b83-descargo-no-carga-no-quiero-dinero", "Pablo Iglesias Rey <pablo.irey@example.es>", "Formulario de descargo", "technical", "",
"""Hola,

No os pido que me devolváis nada ni cambiar la fecha, solo que me
funcione el formulario. Intento rellenar el descargo de responsabilidad
online para el parque de cuerdas del domingo y cuando llego a la parte de
los menores (tengo que añadir a mis dos hijos) la página se queda en
blanco. Lo he probado en el móvil y en el portátil.

¿Lo puedo firmar allí en papel?

Pablo"""),
("es", "b83-app-reservas-se-cierra", "Fernanda Ortiz <fernanda.ortiz@example.com.mx>", "La app", "technical", "",
"""Hola buenas tardes, la app de reservaciones se cierra sola cada vez
que le doy en "Mis boletos". Tengo un Motorola, ya la borré y la volví a
instalar y sigue igual. Vamos el sábado al rafting en Jalcomulco y ahí
vienen los boletos, ¿me los pueden mandar por correo?"""),
("es", "b83-contrasena-no-entra", "Lucas Benitez <lucas.benitez@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, no puedo entrar a mi cuenta. pongo la contraseña y dice
"usuario o contraseña incorrectos", le doy a recuperar y el mail nunca
llega (ni en spam). el mail es este mismo. gracias"""),
("es", "b83-video-rafting-enlace-caido", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Video del rafting", "technical", "",
"""Hola, buenas. Compramos el video del rafting en el río Fonce el
domingo y nos mandaron el enlace, pero cuando lo abrimos sale "el
archivo no existe o fue eliminado". ¿Nos lo pueden volver a enviar? Es el
grupo de las 10 am, la balsa amarilla.

Gracias!
Juliana"""),
("es", "b83-tirolina-4-freno-no-frena", "Montserrat Vidal <montse.vidal@example.es>", "Tirolina 4", "technical", "high",
"""Buenas tardes,

Os escribo para comentaros algo que vimos el sábado en el parque, por si
no os habéis dado cuenta. En la tirolina número 4 (la que cruza el
barranco) el sistema de frenado del final no parece funcionar bien: mi
marido y otros dos adultos llegaron a la plataforma casi a la misma
velocidad que en el centro del cable y chocaron contra el tope
bastante fuerte. Nadie se hizo daño de milagro.

Se lo dijimos a la monitora y nos respondió que "a veces pasa con el
viento", pero la tirolina siguió abierta toda la tarde, también para los
niños. Creo que alguien debería revisarla.

Un saludo,
Montse Vidal"""),
("es", "b83-cuatrimoto-frenos-bajada", "Héctor Villalobos <hector.villalobos@example.com.mx>", "Cuatrimoto 12", "technical", "high",
"""Buen día,

Ayer en el recorrido de cuatrimotos en Tapalpa, a la cuatrimoto número 12
(la verde) prácticamente no le funcionaba el freno trasero. En la bajada
de terracería después del arroyo tuve que frenar con el motor y los
pies. Le avisé al guía y me dijo que "así están todas", pero las de mis
amigos frenaban bien.

Se la dieron a otro grupo en la tarde. Les aviso para que la revisen
antes de que alguien se accidente.

Héctor Villalobos"""),
("es", "b83-tornos-pulseras-no-leen", "Dirección Parque Aventura Sierra <direccion@parqueaventurasierra.example>", "Tornos", "technical", "high",
"""Buenos días,

Desde la apertura a las 10:00 los tornos de acceso no leen ninguna de
las pulseras que imprime vuestro sistema. Tenemos más de 200 personas
haciendo cola en la entrada, tres autobuses de colegios esperando y
hemos tenido que empezar a devolver entradas a las familias que no
quieren esperar. Los monitores están parados en los circuitos.

Hemos reiniciado el servidor y los tornos dos veces. Necesitamos que nos
llaméis ya al 911 000 356.

Óscar Navarro
Director, Parque Aventura Sierra"""),
("es", "b83-cabana-olor-gas", "Silvina Paz <silvina.paz@example.com.ar>", "Cabaña 3 - olor a gas", "technical", "high",
"""Hola,

Estamos en la cabaña 3 del campamento con mi pareja y los chicos. Desde
anoche se siente olor a gas cada vez que se prende el calefactor, y hoy
a la mañana también con el calefactor apagado, sobre todo cerca de la
llave de paso. Cerramos la llave, abrimos las ventanas y estamos afuera.

Le avisamos a la recepción pero nos dijeron que el gasista viene el
lunes. ¿Pueden mandar a alguien antes?

Silvina Paz"""),
("es", "b83-email-confirmacion-vacio", "Elena Marín <elena.marin@example.es>", "Email de confirmación", "technical", "",
"""Buenas,

He reservado la ruta a caballo por Somiedo y me ha llegado el correo de
confirmación en blanco: solo el asunto y vuestro logo, sin fecha, sin
hora, sin nada. El pago sí se hizo bien. ¿Me lo podéis reenviar o
decirme cómo lo veo en la web?

Elena"""),
("es", "b83-carpa-varilla-rota", "Tomás Aravena <tomas.aravena@example.cl>", "Carpa", "technical", "",
"""Hola, compré la carpa de 4 personas en su tienda para el campamento y
al armarla por primera vez una de las varillas venía rajada en la unión
y se partió. La carpa está impecable lo demás. ¿Me pueden mandar una
varilla de repuesto por garantía? No quiero devolverla, solo que quede
buena.

Tomás"""),
("es", "b83-web-max-8-participantes", "Agustín Pereyra <agustin.pereyra@example.com.ar>", "Reserva grupal", "technical", "",
"""Buenas, quiero reservar tirolesa para 14 personas pero la web no me
deja poner más de 8 en el desplegable. Si hago dos reservas por separado
me las pone en horarios distintos. Hay alguna forma de cargarlo todo
junto? Es para un cumpleaños."""),
("es", "b83-web-en-ingles", "Rosa Elena Pacheco <rosaelena.pacheco@example.com.mx>", "Idioma de la página", "technical", "",
"""Buenas tardes,

Desde hace unos días su página se me abre en inglés y aunque le doy a
la banderita de México vuelve a cambiarse al recargar. Mi mamá quiere
ver las fechas del campamento de verano y no entiende inglés. Uso Chrome
en la computadora. ¿Lo pueden revisar?

Rosa Elena"""),
("es", "b83-pregunta-reunion-online-sala-espera", "Alberto Sanz <alberto.sanz@example.es>", "Pregunta", "technical", "",
"""Hola, ayer intenté entrar a la reunión informativa online del
campamento de verano de multiaventura con el enlace que mandasteis y me
sale "El ID de la reunión no es válido". Lo probé desde el móvil y desde
el ordenador, y a otra madre del grupo le pasó lo mismo. ¿Está bien el
enlace? ¿Se va a repetir o hay grabación?

Alberto"""),
("es", "b83-gracias-guia-cabalgata-bariloche", "Graciela Montenegro <graciela.montenegro@example.com.ar>", "Gracias!", "general", "",
"""Queridos,

Les escribo para agradecer la cabalgata del jueves por el Cerro
Otto. Nuestro guía, Nahuel, fue un sol: paciente con mi marido que no
había montado nunca, nos contó un montón de cosas de la zona y el mate
con tortas fritas al final fue lo más. Ya le dije a todas mis amigas de
Tandil que tienen que venir.

Un abrazo grande,
Graciela"""),
("es", "b83-una-bomba-casi-me-muero", "Sergio Castaño <sergio.castano@example.es>", "Una bomba", "general", "",
"""Buenas!!

Solo para deciros que la despedida del sábado fue una bomba. Casi me
muero del susto en la tirolina gigante (en el buen sentido jaja) y el
paintball nos mató de risa. El monitor, Rubén, un crack.

Repetiremos seguro,
Sergio y los de Valladolid"""),
("es", "b83-celular-perdido-jalcomulco", "Gabriela Núñez <gabriela.nunez@example.com.mx>", "Celular olvidado", "general", "",
"""Hola, el domingo estuvimos en el campamento de Jalcomulco y creo que
olvidé mi celular en los vestidores, es un iPhone con funda rosa con
flores. ¿Alguien lo entregó? Pueden llamar a mi esposo al 228 000 4419.
Gracias!!"""),
("es", "b83-horario-semana-santa", "Pilar Aguado <pilar.aguado@example.es>", "Semana Santa", "general", "",
"""Buenos días, ¿abrís el Jueves y el Viernes Santo? Queremos ir con los
nietos al parque de aventura. ¿Qué horario tenéis esos días?

Gracias, Pilar"""),
("es", "b83-edad-minima-saber-nadar", "Camilo Vargas <camilo.vargas@example.com.co>", "Rafting con niños", "general", "",
"""Buenas tardes, una pregunta: ¿desde qué edad pueden hacer rafting los
niños en el río Fonce? Mi hija tiene 8 años. Y ¿es obligatorio saber
nadar? Mi esposa no sabe nadar bien y le da nervios.

Quedo atento,
Camilo"""),
("es", "b83-urgente-donde-aparcar", "Nerea Goikoetxea <nerea.goiko@example.es>", "URGENTE!!!", "general", "",
"""URGENTE!!! MAÑANA VENIMOS A LAS 9 AL DESCENSO DEL SELLA Y NO SABEMOS
DONDE SE APARCA NI DONDE ES EL PUNTO DE ENCUENTRO!!! CONTESTAD HOY POR
FAVOR"""),
("es", "b83-cambio-direccion-postal", "Josep Ferrer <josep.ferrer@example.es>", "Cambio de datos", "general", "",
"""Buenos días,

Me he mudado y querría actualizar la dirección de mi ficha de socio:
nueva dirección C/ Sant Pere 12, 3º 2ª, 17001 Girona. El teléfono y el
correo son los mismos.

Gracias,
Josep Ferrer"""),
("es", "b83-derechos-arco-datos", "Ricardo Salazar <ricardo.salazar@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que tienen sobre mí y mis hijos menores (registrados en su campamento de
verano 2023), y posteriormente su cancelación. Favor de indicarme el
procedimiento y el plazo de respuesta.

Atentamente,
Ricardo Salazar Medina"""),
("es", "b83-patrocinio-club-rugby", "Club Atlético Los Tilos <rugbyinfantil@lostilos.example.com.ar>", "Pedido de colaboración", "general", "",
"""Hola, cómo están? Escribimos desde la subcomisión de rugby infantil del
Club Los Tilos de La Plata. Estamos juntando fondos para el viaje de los
chicos al encuentro nacional y queríamos saber si les interesaría
colaborar con alguna entrada o actividad para sortear en la rifa. A
cambio ponemos su logo en las remeras del torneo.

Saludos,
Mariela Acosta"""),
("es", "b83-re-cueva-diabetes-tentempie", "Laura Vicente <laura.vicente@example.es>", "Re: Confirmación de su reserva - Cueva de los Chorros", "general", "",
"""Gracias por la confirmación. Una duda antes de ir: mi hijo de 15 años
tiene diabetes tipo 1. ¿Puede llevar dentro de la cueva una riñonera con
el glucómetro y algo de azúcar? ¿Y los guías saben que tiene que parar si
le da una bajada?

Laura

-----Mensaje original-----
De: Reservas
Enviado: lunes, 3 de junio
Asunto: Confirmación de su reserva - Cueva de los Chorros

> Estimada Laura:
> Le confirmamos la reserva para 3 personas el sábado 15 a las 10:00.
> Recuerde traer ropa que se pueda manchar y calzado de montaña.
> Un saludo,
> Reservas"""),
("es", "b83-monitor-campamento-director", "Amparo Gil <amparo.gil@example.es>", "Trato de un monitor a mi hijo", "general", "high",
"""Buenas tardes,

Mi hijo Hugo, de 9 años, ha vuelto hoy del campamento de multiaventura
de Cazorla. Nos ha contado que el monitor de su grupo (Iván) le dejó
castigado sin cenar dos noches seguidas por mojar la cama, y que se lo
contó a los demás niños, que se han pasado la semana riéndose de él.

No busco ningún reembolso. Exijo que el director del campamento se ponga
en contacto conmigo personalmente y me explique qué medidas va a tomar.
Si no tengo noticias en unos días iré más arriba.

Amparo Gil
655 000 218"""),
("es", "b83-barandal-escalera-estacionamiento", "Patricia Lozano <patricia.lozano@example.com.mx>", "Escalera del estacionamiento", "general", "high",
"""Hola buenas tardes,

Nada más para avisarles, sin queja: el barandal de la escalera de
piedra que baja del estacionamiento a la recepción está suelto, se
mueve casi 20 cm si te recargas. Mi suegra de 74 años se apoyó y casi se
va para atrás. Por ahí bajan muchas familias con niños chiquitos.

Sería bueno ponerle una cinta o arreglarlo pronto.

Patricia"""),
("es", "b83-evento-corporativo-info", "Camila Rojas <camila.rojas@example.cl>", "Actividad para empresa", "general", "",
"""Hola, trabajo en RRHH de una empresa de Santiago y estamos viendo
hacer una jornada de integración en el Cajón del Maipo para unas 50
personas en marzo. ¿Tienen actividades para grupos grandes que no sean
todas de riesgo? Hay gente mayor y gente que no quiere mojarse. ¿Tienen
quincho o espacio para almorzar todos juntos?

Saludos,
Camila Rojas"""),
# ---------------- Polish ----------------
("pl", "b83-paintball-podwojne-obciazenie", "Michał Zieliński <michal.zielinski@example.pl>", "Rezerwacja PB/0614", "billing", "",
"""Dzień dobry,

w piątek zarezerwowałem paintball dla 10 osób na sobotę 22.06 i
zapłaciłem kartą 600 zł zaliczki. Dziś widzę w banku dwa obciążenia po
600 zł, z tą samą godziną. Potwierdzenie przyszło tylko jedno.

Proszę o zwrot drugiej kwoty.

Pozdrawiam
Michał Zieliński"""),
("pl", "b83-voucher-park-linowy-wygasl", "Halina Nowicka <halina.nowicka@example.pl>", "Voucher", "billing", "",
"""Dzien dobry,
wnuczka dostala od nas na komunie voucher do parku linowego w Zakopanem
na 2 osoby (180 zl, nr V-20417). Przez chorobe nie zdazyla pojechac i
widze, ze termin minal w kwietniu. Czy mozna go przedluzyc do wakacji?
Pieniadze byly zaplacone.
Z powazaniem
Halina Nowicka"""),
("pl", "b83-splyw-dunajec-zwrot-nie-voucher", "Tomasz Wróbel <tomasz.wrobel@example.pl>", "Odwołany spływ", "billing", "",
"""Dzień dobry,

w niedzielę odwołaliście spływ pontonowy Dunajcem z powodu wysokiego
stanu wody - rozumiem, bezpieczeństwo najważniejsze. W mailu
zaproponowaliście voucher na inny termin, ale jesteśmy z Poznania i w
tym roku już w Pieniny nie przyjedziemy.

Wolałbym zwrot pieniędzy na konto: 4 osoby x 95 zł = 380 zł. Rezerwacja
na nazwisko Wróbel.

Dziękuję,
Tomasz"""),
("pl", "b83-dzien-dobry-karnet-platforma", "Marcin Kaczmarek <marcin.kaczmarek@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

od przyszłego miesiąca wyjeżdżam na pół roku na kontrakt na platformę
wiertniczą na Morzu Północnym, więc nie będę przyjeżdżał na jazdy
terenowe w soboty. Czy mogę zawiesić karnet miesięczny (260 zł) do
stycznia, zamiast z niego rezygnować? Nie chcę tracić miejsca w grupie.

Marcin Kaczmarek"""),
("pl", "b83-oboz-bon-turystyczny-raty", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Płatność za obóz", "billing", "",
"""Dzień dobry,

chcemy zapisać syna (12 lat) na obóz przygodowy w Bieszczadach, turnus
14-27 lipca, 2 350 zł. Czy mogę zapłacić częściowo Polskim Bonem
Turystycznym (zostało nam 500 zł), a resztę w dwóch ratach przelewem?
Do kiedy musi być wpłacona zaliczka?

Pozdrawiam serdecznie
Agnieszka Pawlak"""),
("pl", "b83-quady-kaucja-rzecznik", "Krzysztof Dudek <krzysztof.dudek@example.pl>", "Niezwrócona kaucja - quady Mikołajki", "billing", "high",
"""Szanowni Państwo,

10 sierpnia wypożyczyłem od Państwa dwa quady na trasę wokół Mikołajek.
Pobrano ode mnie 500 zł kaucji blokadą na karcie. Quady zwróciłem bez
żadnych uszkodzeń, pracownik je obejrzał i potwierdził, że wszystko jest
w porządku.

Minęły trzy tygodnie, a blokada nadal jest aktywna. Dzwoniłem
czterokrotnie, za każdym razem słyszę, że "księgowość to sprawdzi".

Jeżeli kaucja nie zostanie zwolniona w ciągu 7 dni, zwrócę się do
miejskiego rzecznika konsumentów, a następnie skieruję sprawę do sądu.

Krzysztof Dudek"""),
("pl", "b83-chargeback-odwolany-rajd-konny", "Joanna Sadowska <joanna.sadowska@example.pl>", "Obciazenie za odwolany rajd", "billing", "high",
"""Dzien dobry,

rajd konny w Bieszczadach 3-5 maja zostal odwolany przez Panstwa (brak
chetnych), dostalam o tym maila 28 kwietnia. Mimo to 2 maja z mojej
karty pobrano 1 140 zl "tytulem pozostalej kwoty".

Pisalam juz dwa razy i nikt nie odpowiada. Jesli do piatku pieniadze nie
wroca, skladam w banku reklamacje transakcji (chargeback). Mam wszystkie
maile i wyciag.

Joanna Sadowska"""),
("pl", "b83-re-faktura-nip-integracja", "Księgowość Budmax <ksiegowosc@budmax.example.pl>", "RE: Potwierdzenie rezerwacji - impreza integracyjna", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT na firmę:
BUDMAX Sp. z o.o.
ul. Przemysłowa 8, 62-080 Tarnowo Podgórne
NIP 999-999-99-99

Płatność przelewem w terminie 14 dni. Czy fakturę wyślą Państwo mailem?

Pozdrawiam
Ewa Majewska, księgowość

-----Wiadomość oryginalna-----
Od: Rezerwacje
Temat: Potwierdzenie rezerwacji - impreza integracyjna
> Dzień dobry,
> potwierdzamy rezerwację dla 40 osób w dniu 7.06: paintball + quady +
> grill. Łączny koszt 7 800 zł brutto.
> Pozdrawiamy, Rezerwacje"""),
("pl", "b83-corka-woli-siatkowke", "Beata Michalak <beata.michalak@example.pl>", "Zuzia", "billing", "",
"""Dzień dobry,
Zuzia jednak postanowiła, że woli siatkówkę niż wspinaczkę i od września
już nie będzie przychodzić na treningi w parku linowym :) Proszę wyłączyć
automatyczne odnawianie jej abonamentu (149 zł/mies.), żeby nie zeszło
we wrześniu.
Dziękuję i pozdrawiam
Beata Michalak"""),
("pl", "b83-jaskinie-ojcow-cena-szkola", "Szkoła Podstawowa nr 7 <sekretariat@sp7-olkusz.example.pl>", "Wycieczka szkolna - zapytanie o cenę", "billing", "",
"""Dzień dobry,

planujemy w czerwcu wycieczkę dwóch klas czwartych (ok. 48 uczniów i 4
opiekunów) na zwiedzanie jaskiń z przewodnikiem w okolicach Ojcowa.
Prosimy o informację o cenie biletu dla grup szkolnych, czy opiekunowie
mają wejście bezpłatne i czy można zapłacić przelewem na podstawie
faktury po wycieczce.

Z poważaniem
Dorota Kowal, wychowawczyni"""),
("pl", "b83-kanioning-zwrot-kierownik", "Paweł Jasiński <pawel.jasinski@example.pl>", "Zwrot za kanioning - żądam kontaktu z kierownikiem", "billing", "high",
"""Dzień dobry,

piszę już czwarty raz. 15 lipca odwołali Państwo wyjazd na kanioning w
Słowackim Raju (brak przewodnika). Tego samego dnia dostałem mailowe
potwierdzenie, że zwrot 890 zł nastąpi "w ciągu 7 dni roboczych".
Dziś jest 20 sierpnia i pieniędzy nie ma.

Nie zamierzam więcej rozmawiać z infolinią. Proszę, aby skontaktował się
ze mną kierownik lub właściciel firmy, tel. 600 000 914.

Paweł Jasiński"""),
("pl", "b83-to-nie-reklamacja-oplata-serwisowa", "Karolina Szewczyk <karolina.szewczyk@example.pl>", "Kwota", "billing", "",
"""Czesc, to nie reklamacja samego parku, bylo super :) Tylko przy
platnosci naliczyla mi sie "oplata serwisowa" 15 zl, ktorej nie bylo w
cenie na stronie, a przy kasie pani powiedziala ze przy rezerwacji
online jej nie ma. Mozecie mi ja oddac?
Karolina"""),
("pl", "b83-zwrot-butow-14-dni", "Adam Wójcik <adam.wojcik@example.pl>", "Zamówienie 88120", "billing", "",
"""Dzień dobry,

zamówiłem w Państwa sklepie buty do kanioningu, rozmiar 43, ale są za
wąskie. Nieużywane, w pudełku z metkami. Chciałbym odstąpić od umowy i
dostać zwrot 349 zł. Na jaki adres je odesłać i czy zwracają Państwo
koszt wysyłki?

Adam Wójcik"""),
("pl", "b83-oboz-potracenie-uokik", "Ireneusz Lis <ireneusz.lis@example.pl>", "Potrącenie 50% przy rezygnacji z obozu", "billing", "high",
"""Szanowni Państwo,

zrezygnowaliśmy z obozu przygodowego dla córki na 6 tygodni przed
turnusem, z powodu jej operacji (zaświadczenie lekarskie przesłałem).
Potrącili Państwo 50% ceny, czyli 1 150 zł, jako "koszty organizacyjne".

Takie potrącenie, bez wykazania rzeczywistych kosztów, uważam za
niedozwolone. Jeśli w ciągu 14 dni nie otrzymam zwrotu całości, złożę
zawiadomienie do UOKiK i pozew do sądu.

Ireneusz Lis"""),
("pl", "b83-zgoda-rodzica-formularz-nie-platnosc", "Ewelina Górecka <ewelina.gorecka@example.pl>", "Formularz zgody", "technical", "",
"""Dzień dobry,

nie chodzi o płatność, ta przeszła bez problemu. Nie mogę wysłać
formularza zgody rodzica na park linowy - po kliknięciu "Wyślij" pojawia
się czerwony napis "Wystąpił błąd, spróbuj ponownie" i tak w kółko.
Próbowałam na telefonie i na laptopie. Idziemy w sobotę, czy mogę
wypełnić go na miejscu?

Ewelina"""),
("pl", "b83-aplikacja-zawiesza-sie", "Rafał Baran <rafal.baran@example.pl>", "apka", "technical", "",
"""Hej, wasza aplikacja zawiesza się na ekranie ładowania od ostatniej
aktualizacji. Odinstalowałem i zainstalowałem jeszcze raz, nic. Xiaomi
Redmi Note 12. Nie mam jak pokazać biletu na tyrolkę w niedzielę."""),
("pl", "b83-kod-sms-nie-przychodzi", "Stanislaw Kwiatkowski <stanislaw.kwiatkowski@example.pl>", "Logowanie", "technical", "",
"""Dzien dobry,
przy logowaniu strona wymaga kodu SMS, ale ten kod nie przychodzi. Numer
telefonu w koncie jest dobry. Probowalem kilka razy wczoraj i dzis.
Przez to nie moge zobaczyc swojej rezerwacji.
Stanislaw Kwiatkowski"""),
("pl", "b83-galeria-zdjec-obozu-nie-laduje", "Monika Krawczyk <monika.krawczyk@example.pl>", "Zdjęcia z obozu", "technical", "",
"""Dzień dobry,
galeria zdjęć z turnusu w Bieszczadach na Państwa stronie w ogóle się
nie ładuje - kręci się kółeczko i po minucie pokazuje pustą stronę.
Inne podstrony działają. Czy to u mnie, czy u Państwa?
Monika"""),
("pl", "b83-tyrolka-bloczek-zacina", "Grzegorz Mazur <grzegorz.mazur@example.pl>", "Tyrolka nad stawem", "technical", "high",
"""Dzień dobry,

chciałem zgłosić coś, co zauważyłem w sobotę na dużej tyrolce nad
stawem. Bloczek (rolka), na którym zjechał mój syn, w połowie liny
zaczął się zacinać i szarpać, syn zatrzymał się kilka metrów przed
platformą i wisiał nad wodą, aż instruktor go ściągnął. Po zjeździe
widziałem, że jedno z kółek ma wyraźnie pękniętą obudowę.

Ten sam bloczek od razu dostała kolejna osoba. Myślę, że warto go
wycofać i sprawdzić resztę sprzętu.

Pozdrawiam
Grzegorz Mazur"""),
("pl", "b83-powerbank-puchnie", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "Powerbank ze sklepu", "technical", "high",
"""Dzien dobry,
w sklepiku przy Waszej bazie kupilam powerbank solarny na spływ. Wczoraj
wieczorem przy ładowaniu zrobil sie bardzo goracy, obudowa wybrzuszyla
sie i zaczelo czuc chemie. Wylaczylam go z pradu i wynioslam na balkon
do metalowego wiadra. Nie wiem co z nim teraz zrobic i czy inne z tej
partii tez tak maja.
Natalia"""),
("pl", "b83-pilne-listy-busy-system", "Spływy Pieniny Biuro <biuro@splywy-pieniny.example.pl>", "listy", "technical", "high",
"""Dzień dobry,

od 6 rano Państwa system rezerwacji nie generuje list uczestników ani
potwierdzeń. Kierowcy busów nie wiedzą, kogo mają odebrać z
pensjonatów, flisacy stoją na przystani bez list, a w biurze ludzie
czekają w kolejce i nie możemy ich zapisać. Dziś mamy ponad 300 osób na
spływie, w tym dwie wycieczki szkolne.

Proszę o pilny telefon: 18 000 42 17.

Łukasz Hajduk
Spływy Pieniny"""),
("pl", "b83-domek-gniazdko-kopie-prad", "Wiesława Nowak <wieslawa.nowak@example.pl>", "Domek nr 5", "technical", "high",
"""Dzień dobry,

jesteśmy na turnusie rodzinnym w domku nr 5. Gniazdko obok umywalki w
łazience jest nadtopione i gdy syn podłączył suszarkę, dostał lekko
prądem w rękę, poczuł mrowienie aż do łokcia. Nic mu nie jest.
Wyłączyliśmy bezpiecznik od łazienki i nie korzystamy z gniazdka.

Czy ktoś mógłby to obejrzeć?

Wiesława Nowak"""),
("pl", "b83-kalendarz-godziny-przesuniete", "Bartek Lewandowski <bartek.lewandowski@example.pl>", "zle godziny", "technical", "",
"""czesc, na stronie przy wyborze godziny paintballa wszystko jest
przesuniete o godzine - wybieram 14:00, a w potwierdzeniu przychodzi
15:00. zrobilem tak dwa razy. moze cos z czasem letnim? zmienilem juz
rezerwacje telefonicznie ale zglaszam zeby inni nie mieli problemu"""),
("pl", "b83-buty-kanioning-podeszwa", "Marta Kubacka <marta.kubacka@example.pl>", "Buty - podeszwa", "technical", "",
"""Dzień dobry,

kupiłam u Państwa w marcu buty do kanioningu. Po dwóch wyjściach
podeszwa na prawym bucie odkleiła się z przodu prawie do połowy. Nie
chcę zwrotu pieniędzy, buty są wygodne, chciałabym tylko, żeby zostały
naprawione w ramach gwarancji. Jak to zrobić?

Marta Kubacka"""),
("pl", "b83-powiadomienia-nie-przychodza", "Oliwia Jankowska <oliwia.jankowska@example.pl>", "Powiadomienia", "technical", "",
"""Dzień dobry, w aplikacji mam włączone powiadomienia, ale nie dostałam
żadnego, kiedy przesunęliście godzinę naszej jazdy konnej - dowiedziałam
się dopiero na miejscu. W ustawieniach telefonu wszystko jest włączone.
Możecie sprawdzić, czy to działa?"""),
("pl", "b83-pytanie-blik-blad", "Jakub Pietrzak <jakub.pietrzak@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, przy płatności BLIK za bilety do parku linowego strona
pokazuje "Błąd transakcji" zaraz po wpisaniu kodu. Pieniądze nie
zeszły z konta, sprawdzałem. Kartą też nie przechodzi. Próbowałem 4
razy. Czy coś jest nie tak z płatnościami na stronie?

Jakub"""),
("pl", "b83-nagranie-kamera-nie-otwiera", "Dominik Wysocki <dominik.wysocki@example.pl>", "Nagranie ze zjazdu", "technical", "",
"""Siema, dostałem od was link do nagrania z kamery na kasku (quady,
sobota, grupa 11:00), ale plik .mp4 się nie otwiera - ani na telefonie,
ani na kompie, VLC pisze że plik jest uszkodzony. Możecie wrzucić
jeszcze raz?
Dominik"""),
("pl", "b83-podziekowania-flisak-instruktor", "Elżbieta Grabowska <elzbieta.grabowska@example.pl>", "Podziękowania", "general", "",
"""Szanowni Państwo,

chciałabym serdecznie podziękować panu Jankowi, instruktorowi podczas
naszego spływu pontonowego w zeszłą sobotę. Mój mąż porusza się o
kulach i bardzo się obawiał, a pan Janek pomógł mu wsiąść, cierpliwie
wszystko wytłumaczył i dbał o nas przez całą trasę.

Był to najpiękniejszy dzień naszych wakacji.

Z wyrazami szacunku
Elżbieta Grabowska z mężem"""),
("pl", "b83-zabojczo-padli-jak-muchy", "Kamil Sobczak <kamil.sobczak@example.pl>", "Sobota", "general", "",
"""Siema! Chcialem tylko napisac, ze sobota byla zabojcza :D Quady,
paintball, ognisko - chlopaki padli jak muchy o 22 i dzisiaj wszyscy
ledwo chodza. Instruktor Seba to kozak. Na pewno wrocimy na
kawalerski Krzyska.
Kamil"""),
("pl", "b83-zgubione-kluczyki", "Piotr Zając <piotr.zajac@example.pl>", "Zgubione kluczyki", "general", "",
"""Dzień dobry,

w niedzielę byliśmy na jeździe konnej i chyba zgubiłem kluczyki do
samochodu (Skoda, z czerwonym brelokiem z Gdańska) gdzieś przy stajni
albo na padoku. Jechaliśmy zapasowymi. Czy ktoś je może znalazł?

Piotr Zając, tel. 600 000 733"""),
("pl", "b83-majowka-godziny", "Renata Wasilewska <renata.wasilewska@example.pl>", "Majówka", "general", "",
"""Dzien dobry, czy park linowy bedzie czynny 1 i 3 maja? W jakich
godzinach? Pozdrawiam, Renata"""),
("pl", "b83-wiek-jazda-konna-pies", "Aleksandra Wieczorek <aleksandra.wieczorek@example.pl>", "Kilka pytań", "general", "",
"""Dzień dobry,
od jakiego wieku dzieci mogą jeździć na kucykach? Mamy córkę 4,5 roku.
Czy rodzic może prowadzić kucyka, czy robi to ktoś z Państwa? I czy
możemy wziąć ze sobą psa na smyczy, żeby poczekał z tatą?
Ola"""),
("pl", "b83-pilne-co-zabrac-oboz", "Sylwia Mroczek <sylwia.mroczek@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Jutro wyjazd na obóz, a nigdzie nie mogę znaleźć listy rzeczy
do zabrania!!! Czy potrzebny jest śpiwór? Kalosze? Latarka??? Proszę o
odpowiedź dziś!!!"""),
("pl", "b83-zmiana-nazwiska-po-slubie", "Anna Kołodziej <anna.kolodziej@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowicka na Kołodziej. Proszę o zmianę
danych na moim koncie (e-mail bez zmian). Mam rezerwację na kanioning w
sierpniu i chcę, żeby nazwisko zgadzało się z dowodem.

Anna Kołodziej"""),
("pl", "b83-rodo-usuniecie-danych", "Leszek Borkowski <leszek.borkowski@example.pl>", "RODO", "general", "",
"""Szanowni Panstwo,
na podstawie art. 17 RODO zadam usuniecia moich danych osobowych z
Panstwa bazy, w tym z listy mailingowej, oraz potwierdzenia na pismie,
ze zostalo to zrobione.
Leszek Borkowski"""),
("pl", "b83-druzyna-harcerska-festyn", "Hufiec ZHP Kielce <hufiec@zhp-kielce.example.pl>", "Prośba o wsparcie festynu", "general", "",
"""Czuwaj!

Jesteśmy drużyną harcerską z Kielc i 8 czerwca organizujemy festyn
rodzinny, z którego dochód przeznaczymy na letni obóz dla dzieci z
rodzin zastępczych. Czy mogliby Państwo przekazać jako nagrodę w loterii
kilka wejściówek do parku linowego lub na paintball? Z przyjemnością
umieścimy Państwa logo na plakatach.

Z harcerskim pozdrowieniem
phm. Joanna Kurek"""),
("pl", "b83-re-dojazd-pkp-stajnia", "Tadeusz Olszewski <tadeusz.olszewski@example.pl>", "Re: Potwierdzenie rezerwacji - rajd konny 2 dni", "general", "",
"""Dziękuję. Przyjedziemy pociągiem do Sanoka. Czy z dworca da się jakoś
dojechać do stajni autobusem, czy lepiej zamówić taksówkę? Ile to mniej
więcej kilometrów?

Tadeusz

> W dniu 04.06 Rezerwacje napisał(a):
> Dzień dobry,
> potwierdzamy rezerwację rajdu konnego dla 2 osób w dniach 20-21
> lipca. Zbiórka w stajni o 9:00.
> Pozdrawiamy"""),
("pl", "b83-instruktor-telefon-kierownik", "Katarzyna Zawadzka <katarzyna.zawadzka@example.pl>", "Skarga na instruktora - park linowy", "general", "high",
"""Dzień dobry,

w niedzielę byłam z dziećmi (7 i 9 lat) na trasie dziecięcej w parku
linowym. Instruktor, który miał pilnować trasy, przez cały czas
siedział na ławce z telefonem. Kiedy młodszy syn utknął na platformie i
płakał, instruktor krzyknął z dołu "sam się odepnij", a gdy zwróciłam mu
uwagę, odpowiedział mi bardzo niegrzecznie.

Nie chodzi mi o pieniądze. Chcę, żeby skontaktował się ze mną
kierownik parku i powiedział, co zamierza z tym zrobić.

Katarzyna Zawadzka"""),
("pl", "b83-gniazdo-szerszeni-szatnia", "Jan Kowalewski <jan.kowalewski@example.pl>", "Szerszenie", "general", "high",
"""Dzien dobry,
tak dla informacji - przy wejsciu do szatni przy torze paintballowym,
pod okapem dachu, jest spore gniazdo szerszeni. W sobote kilka krazylo
nad dziecmi czekajacymi na swoja kolej, jednego chlopca uzadlilo w szyje.
Moze warto to szybko usunac albo zamknac to wejscie.
Pozdrawiam
Jan Kowalewski"""),
("pl", "b83-urodziny-tort-ognisko", "Dorota Witkowska <dorota.witkowska@example.pl>", "Urodziny", "general", "",
"""Dzień dobry,
mamy u Państwa zarezerwowane urodziny syna (paintball dla dzieci, 12
osób, sobota 14:00). Czy po grze możemy zostać przy ognisku na godzinę
i przywieźć własny tort i kiełbaski? Czy jest gdzie schować tort w
lodówce?
Dorota"""),
]
