# batch18.py -- labelled mails held out of the tree until the rules they
# measure are final, so that nothing is tuned or trained on them before
# then.  Same tuple format as batch16.py:
#   (lang, slug, from, subject, queue, priority or "", body)
# 40 mails each in English, Greek (about a third in Greeklish), Spanish and
# Polish, each language written on its own situations.  Businesses well
# beyond shops: dentists, vets, physios, clinics, pharmacies and care
# homes, nurseries and schools, hotels, guesthouses, campsites, ferries,
# coaches, car and camper hire, minicab firms, airlines, balloon flights,
# cinemas, museums, pools, ski centres and ice rinks, gyms and climbing
# walls, utilities (gas, power, water, broadband, mobile), insurers,
# removals, garages, tradespeople and installers (solar, boilers, heat
# pumps, awnings, gates, lifts and stairlifts, alarms), bakeries,
# restaurants and caterers, SaaS, online courses and web hosting.
# Kinds of situation: escalation demands that keep their topic (manager,
# supervisor, person in charge); legal and regulator threats; bank and
# card disputes already raised or threatened; negations ("not about the
# invoice", "I don't want a refund, I want it fixed", "the app works
# fine"); subjects that say nothing or point elsewhere while the body
# tells; "Re:"/"Fwd:" replies quoting an earlier mail; paid plans ended,
# paused or let lapse in unusual wording (a pet that died, retirement,
# maternity leave, military service, a sold flat, a move to the
# country); business outages told by their consequences (queues at the
# pharmacy counter, drivers getting no jobs, call bells not reaching the
# nurses, cake orders nobody knew about); safety hazards told calmly
# (burning smells, crackling, sparks, electric shocks, an overheating
# night light, hazards for children, glass or wire in food, food
# poisoning); praise and thanks; questions about how and when to pay; and
# everyday mail of all three queues -- price differences, deposits, fees,
# vouchers, receipts and VAT, instalments, estimated bills; logins, 2FA,
# devices, apps, connectivity; opening hours, lost property, delivery
# questions, loyalty points, account detail changes, collaboration offers
# and feedback.
M += [
# ---------------- English ----------------
("en", "hygienist-cancel-fee-charged", "Nadia Okafor <nadia.okafor@example.com>", "Appointment on the 3rd", "billing", "",
"""Hello,

I've been charged a 35.00 missed appointment fee for my hygienist
appointment on Monday 3rd. I didn't miss it - I rang on the Thursday
before (so four days' notice) and the lady on reception said she'd
cancelled it and would rebook me in the new year. Your policy on the
website says 24 hours' notice.

Please can you take the fee off my account, or refund it to my card if
it's already gone through.

Thanks,
Nadia Okafor
Patient no. 20417"""),
("en", "nursery-late-fee-signed-out", "Laura Pennington <laura.pennington@example.com>", "Late collection fee - Alfie", "billing", "",
"""Hi,

This month's invoice has a 15.00 late collection fee on it for Tuesday
the 8th. I collected Alfie at 17:52 - I remember because I was parked
on the yellow line outside and watching the clock - and the signing-out
sheet should show that. We close at 18:00.

Could you check the sheet and take the fee off before the direct debit
goes out on the 1st?

Thanks,
Laura (Alfie's mum, Caterpillars room)"""),
("en", "sewerage-charged-septic-tank", "Rob Keating <rob.keating@example.com>", "Account 7730 1182 4", "billing", "",
"""Hello,

We moved into Orchard Cottage in April and our first water bill
includes 186.40 for "wastewater services". The cottage isn't connected
to the mains sewer at all - we have a septic tank in the paddock which
we pay a contractor to empty. The previous owners say they never paid
for sewerage.

Please take the wastewater charge off and let me know what you need
from us to show it (the emptying receipts, photos?).

Rob Keating"""),
("en", "spanish-class-freeze-maternity", "Becky Lawton <becky.lawton@example.org>", "Tuesday Improvers Spanish", "billing", "",
"""Hola Marta!

Baby is due mid-October so I'm going to have to step away from the
Tuesday improvers group for a while. Is it possible to freeze my
enrolment for the autumn and spring terms so I'm not charged for them,
and then pick up again after Easter? I'd hate to lose my place, it's
such a lovely group.

Gracias,
Becky"""),
("en", "backup-let-it-run-out", "Gordon Pryce <gordon@pryce-joinery.example>", "account 4471-CB", "billing", "",
"""Hi,

We're closing the business at the end of the year (retiring, finally).
I've downloaded everything from the backup account onto a hard drive.

Please just let it run out when the current year finishes in March - I
don't want it rolling over into another year and another 119. Is there
anything I need to click, or can you make sure it doesn't go again?

Regards,
Gordon Pryce
Pryce Joinery"""),
("en", "ferry-amendment-fee-twice", "Ian Corrigan <ian.corrigan@example.com>", "Booking PX88214 - amendment", "billing", "",
"""Good evening,

I changed the outbound sailing on booking PX88214 from the 09:15 to the
14:30 on 12 August. The website said there was a 25.00 amendment fee,
which is fine, but my credit card shows it taken twice - 25.00 at 21:04
and 25.00 at 21:05. The page timed out the first time and I pressed
confirm again. Only one change was made to the booking.

Could you refund the second fee please?

Many thanks,
Ian Corrigan"""),
("en", "removals-balance-when-to-pay", "Amir Haddad <amir.haddad@example.net>", "Moving day 28th", "billing", "",
"""Hi Jo,

Just a quick one before the move. We paid the 200 deposit when we
booked. For the balance (1,340), can we pay by card on the day once the
van's loaded, or does it have to be with you before? And if it has to
be a bank transfer, how many days before? Our completion money doesn't
come through till the 27th.

Cheers,
Amir & Laura"""),
("en", "fwd-design-invoice-dutch-vat", "Finance <finance@kestrel-cycles.example>", "Fwd: Invoice 2024-118 - Northlight Studio", "billing", "",
"""Hello Northlight team,

Forwarding our bookkeeper's note below. Could you reissue the invoice
without the UK VAT and with our VAT number on it? Happy to pay as soon
as we have the corrected one.

Thanks,
Eva de Groot
Kestrel Cycles B.V.

---------- Forwarded message ---------
From: Joost Verhoeven <joost@kestrel-cycles.example>
Date: Mon, 9 Sep 2024, 10:12
Subject: Invoice 2024-118 - Northlight Studio
To: Eva de Groot

Eva, this one has 20% UK VAT added (1,040 on 5,200). We're a Dutch
business with a VAT number (NL000099998B57), so it shouldn't have UK VAT
on it at all. I can't book it like this. Can you ask them to redo it?
J."""),
("en", "pet-health-club-bramble", "Ann Hollis <ann.hollis@example.com>", "Bramble", "billing", "",
"""Dear all at Meadowbank,

Bramble had to be put to sleep last Tuesday. Thank you - Dr Shah was so
gentle with her and with us, and we won't forget it.

I don't think I can face phoning, so I'm writing instead. She was on
the Pet Health Club at 14.50 a month. Please don't take any more
payments for her. We won't be getting another dog for a while.

With thanks,
Ann Hollis"""),
("en", "balloon-flight-voucher-card-claim", "Graham Pettifer <g.pettifer@example.org>", "Balloon flight voucher BF-40912", "billing", "high",
"""I bought a balloon flight for two (320.00) for my wife's 60th in 2022.
Since then you have cancelled five booked flights because of the
weather, which I understand. What I don't accept is your email last
week saying the voucher has now "expired" and can be "extended for a
fee of 60.00".

We never had the chance to use it, through no fault of ours. I want
the 320.00 refunded. I paid by credit card, and if I don't hear from
you by the 30th I will put in a claim with my card provider for the
full amount.

Graham Pettifer"""),
("en", "car-hire-scratch-small-claims", "Louise Ndlovu <louise.ndlovu@example.com>", "Damage charge - rental RA-77120", "billing", "high",
"""To whom it may concern,

You have charged 280.00 to my credit card for a "scratch to rear
bumper" on the car I hired from your Gatwick desk (agreement RA-77120).

That scratch was there when I collected the car. It is marked on the
pick-up sheet your colleague and I both signed (copy attached), and it
is in the photos I took at the desk, timestamped 10:02 on the day of
collection.

Please refund the 280.00 within 14 days. If you do not, I will issue a
claim against you in the small claims court without further notice.

Louise Ndlovu"""),
("en", "climbing-wall-joining-fee-manager", "Kieran Doyle <kieran.doyle@example.net>", "Joining fee", "billing", "high",
"""I joined at your Kirkstall centre on the 2nd because the poster in
reception said NO JOINING FEE IN JANUARY. I was charged 30 joining fee
on top of the first month anyway.

The lad at the desk says he can't do anything and the manager isn't in
till Thursday. I've now asked three times, in person and by email. I
want the centre manager to ring me and put the 30 back, not another
reply from the desk.

07700 900318
Kieran Doyle"""),
("en", "broadband-moved-amex-dispute", "Parminder Grewal <p.grewal@example.com>", "Account 55-018-332", "billing", "high",
"""I moved out of 22 Linden Grove on 30 April and gave you notice in
writing on 1 April. I have your acknowledgement email.

You have since taken the May and June payments, 42.99 each, for a line
at an address I no longer live at. Nobody has answered my three emails
about it, so today I opened a dispute with American Express for both
payments.

Please do not take anything further from my card.

Mrs P. Grewal"""),
("en", "course-half-price-next-day", "marcus lyle <marcus.lyle@example.net>", "hello", "billing", "",
"""hello, i bought the intro to bookkeeping course on tuesday for 199 and
on wednesday you emailed me saying its 99 in your autumn sale?? bit
annoying tbh. can you refund the difference or something, i havent
even started it yet

thanks
marcus"""),
("en", "taxi-app-fine-vat-receipts", "Oliver Brandt <oliver.brandt@example.com>", "App", "billing", "",
"""Hi,

The app works fine, this isn't a problem with it. I just need proper
VAT receipts for my rides on the 4th, 5th and 9th for my expenses claim.
The trip summary in the app only shows the total, and our finance team
won't accept it without your VAT number and the VAT shown separately.

Could you email me VAT receipts for those three trips?

Thanks,
Oliver Brandt"""),
("en", "bank-feed-not-subscription", "Sue Marsh <sue@marsh-florists.example>", "Our account", "technical", "",
"""Hi,

Just to be clear before I get passed to the billing team again: this
is nothing to do with our subscription or your invoice, both are fine.

The bank feed for our business current account hasn't pulled in a
single transaction since 2 October. The connection says "Active" and
the "last refreshed" time updates every day, but no new lines appear.
I've disconnected it and connected it again - same thing. Quarter end
is coming up and I can't reconcile anything.

Sue Marsh
Marsh & Daughter Florists"""),
("en", "rowing-machine-monitor-resets", "Tom Ferreira <tom.ferreira@example.com>", "Rower", "technical", "",
"""Hello,

I'm not after a refund or an exchange - I like the rower and I use it
most mornings. I just need the monitor sorted.

About 10-15 minutes into a session the display goes blank and comes
back at zero, so I lose the whole workout. It's happened every day this
week. New batteries in the monitor, and the little cable from the
sensor is pushed in properly. Is there a replacement part, or does
someone need to look at it?

Tom"""),
("en", "video-appointment-camera-not-found", "Dennis Armitage <dennis.armitage@example.org>", "Video appointment Thursday", "technical", "",
"""Dear Sir or Madam,

I have a video appointment with the physiotherapist on Thursday at
10.30. I tried the "Test your equipment" button on your website, as
the letter suggests, and it says "No camera found". My laptop does have
a camera - I use it to speak to my son in Canada every Sunday and he
can see me perfectly well.

My granddaughter is not here until the weekend. Is there something I
must switch on?

Yours faithfully,
Dennis Armitage"""),
("en", "re-migration-mail-in-spam", "Helen Tranter <helen@willowcottage-bnb.example>", "Re: Ticket #30417 - site migration", "technical", "",
"""Hi Raj,

Thanks, the website itself is fine now. But since Monday every email
we send from our @willowcottage-bnb.example addresses is landing in
our guests' spam folders - Gmail and Outlook both. Booking confirmations
included, so guests think we haven't replied. Before the move it was
fine. Someone in a forum said it'll be the SPF or DKIM records, which
means nothing to me. Could you check?

Helen

On Fri, 6 Sep 2024 at 17:20, Raj (Support) <support@webhosting.example> wrote:
> Hi Helen,
>
> The migration of willowcottage-bnb.example to the new server is now
> complete. Your website and mailboxes should work as before.
>
> Kind regards,
> Raj"""),
("en", "authenticator-lost-traded-phone", "Ravi Menon <ravi.menon@example.com>", "Locked out - authenticator", "technical", "",
"""Hi,

I traded in my old phone last week and didn't realise the
authenticator app codes don't move across by themselves. Now your site
asks for the 6-digit code every time I log in and I've got no way of
getting it. I didn't save the backup codes either (I know, I know).

How do I get back into my account? The email address on it is this
one.

Ravi"""),
("en", "boiler-pressure-drops-after-service", "gary bell <garybell77@example.net>", "boiler keeps losing pressure", "technical", "",
"""hi since your engineer serviced the boiler last wednesday the
pressure keeps dropping. it was on 1.5 when he left now its under 0.5
every morning and the heating cuts out. ive topped it up with the
filling loop 3 times like he showed me but its back down by the next
day. no water anywhere that i can see. can someone come back out
gary bell 14 hawthorn rd"""),
("en", "bakery-web-orders-vanished", "Jen Halloway <hello@crumbandco.example>", "Orders", "technical", "high",
"""Hi,

Three customers have turned up at the counter this morning for
celebration cakes they ordered and paid for on our website last week,
and we had no idea any of them existed. Nothing from the website has
printed in the bakery since Thursday, and the orders page on our
dashboard is empty even though the customers have their confirmation
emails.

Saturday is our busiest day for collections and I have no idea who's
coming in or what they've ordered. Please phone me today on
01632 960578.

Jen Halloway
Crumb & Co Bakery"""),
("en", "minicab-dispatch-jobs-not-arriving", "Mike Adebayo <ops@citywide-cars.example>", "Dispatch", "technical", "high",
"""Hello,

Since about 7 this morning not one of our 38 drivers has had a job come
through to their phone. Customers are ringing the office saying their
car never turned up - two of them were waiting outside the hospital for
dialysis, and we've got the school runs at 3. The office screen shows
the bookings as "Assigned", the drivers see nothing. We're ringing
drivers one by one on their mobiles.

Please call me on 01632 960233 straight away.

Mike Adebayo
Operations, Citywide Cars"""),
("en", "solar-inverter-crackle-loft", "Margaret Fenwick <m.fenwick@example.org>", "Inverter in the loft", "technical", "high",
"""Hello,

No panic, but I thought I should let you know. The solar inverter you
installed in our loft last spring has started making a crackling sound
for a few seconds every now and then, and this morning there was a
faint hot, burnt-plastic smell up there.

I've switched it off at the isolator next to it, as your handover sheet
says, and the smell seems to have gone. Could an engineer have a look
when convenient?

Regards,
Margaret Fenwick"""),
("en", "stair-gate-latch-toddler", "Chloe Ramsay <chloe.ramsay@example.com>", "Stair gate", "technical", "high",
"""Hi,

We bought the pressure-fit stair gate from you in June. Since last week
the latch pops open by itself if it's pushed firmly from the landing
side. Our 20-month-old leaned on it yesterday and it swung open at the
top of the stairs - my husband caught her and she's fine.

We've taken it down and put the old one back for now. Is there a fix,
or is the latch faulty?

Chloe"""),
("en", "service-light-still-on", "Steph Dunmore <steph.dunmore@example.net>", "Service yesterday", "technical", "",
"""Hi,

Picked up my Fabia after its full service yesterday and the spanner
symbol still comes up on the dash every time I start it, with "Service
due now". The lady on reception said it would be reset. Is it something
I can clear myself from the menus or do I need to bring it back in?

Steph"""),
("en", "fwd-shipped-speaker-wifi-symbol", "Lou Brannigan <lou.brannigan@example.com>", "Fwd: Your order 66192 has shipped", "technical", "",
"""Hiya,

Forwarding this so you've got the order number. The speaker arrived
fine but the setup app won't accept our Wi-Fi password, it says
"Incorrect password" every time. It's definitely right, the laptop and
both phones use it. It has a & and a % in it - could that be the
problem?

Lou

---------- Forwarded message ---------
From: Orders <orders@audio-store.example>
Subject: Your order 66192 has shipped

Good news! Your order is on its way and should be with you in 1-2
working days."""),
("en", "claim-portal-upload-fails", "Simon Okoro <simon.okoro@example.org>", "Claim CLM-220941", "technical", "",
"""Hello,

I'm trying to upload the photos of the water damage and the plumber's
report to my claim in your online portal. Every time I select the files
it says "Upload failed - please try again later". They're JPEGs from my
phone and one PDF, none bigger than 4MB. I've tried Chrome and Edge on
the laptop, and on my phone.

Your letter says the documents need to be uploaded within 14 days and
today is day 10. How else can I get them to you?

Simon Okoro"""),
("en", "audiobook-downloads-stuck-99", "Bev Ashworth <bev.ashworth@example.net>", "Downloads", "technical", "",
"""Morning,

Since the last app update none of my audiobooks will finish
downloading - they get to 99% and just sit there. Streaming them works
fine on the wifi at home, but I need them downloaded for the car. I've
cleared space on the phone (12GB free) and logged out and back in.
Any ideas? Not urgent, I've got the radio.

Bev"""),
("en", "physio-thanks-acl", "Callum Reid <callum.reid@example.com>", "Thank you, Jess", "general", "",
"""Hi,

I had my last session with Jess on Friday and wanted to say thank you
properly. After my ACL reconstruction in March I couldn't get up the
stairs without holding on to the wall. Yesterday I played a full game
of five-a-side. She pushed me when I needed it and didn't when I
didn't.

Please pass this on to her, and to the reception team who always found
me a slot.

Callum Reid"""),
("en", "museum-pushchair-feeding", "Priya Lal <priya.lal@example.org>", "Visiting with a baby", "general", "",
"""Hello,

We're planning to visit on Saturday with our six-month-old. Can we
take the pushchair into the galleries, or is there somewhere to leave
it? And is there a baby-changing room and somewhere quiet to feed?

Thanks,
Priya"""),
("en", "coach-toy-rabbit-left", "Dave Kinsella <dave.kinsella@example.net>", "Left a teddy on the coach", "general", "",
"""Hi,

We came on the 10:40 from Birmingham to Manchester Airport on Monday
(seats 14 and 15) and my daughter left her toy rabbit in the seat
pocket. Grey, floppy ears, wearing a knitted red scarf. He's called
Mr Buttons and bedtime has been a disaster since.

Is there a lost property office, and has anyone handed him in? We can
come and collect from Digbeth.

Dave"""),
("en", "campsite-spaniels-hookup", "Wendy Collier <wendy.collier@example.com>", "Pitch for August", "general", "",
"""Hi there,

Are dogs allowed on the site in August? We have two spaniels, very well
behaved, promise. Also, do all the grass pitches have electric hook-up
or only some of them? We're thinking of 12-16 August with a campervan.

Cheers,
Wendy"""),
("en", "foodbank-crate-by-cafe-tills", "Josh Penhaligon <josh@eastside-foodbank.example>", "Food bank collection point?", "general", "",
"""Hi!

I volunteer with Eastside Food Bank. Most of our donations come from
supermarket trolleys, but we've never had a collection point in a
garden centre - and yours has the busiest cafe in town. Would you
consider letting us put a donation crate and a small poster by the
cafe tills in the run-up to Christmas? We'd empty it twice a week and
handle everything ourselves.

Happy to pop in and chat with whoever decides these things.

Josh"""),
("en", "season-ticket-new-address", "Harriet Delaney <harriet.delaney@example.org>", "Season ticket holder 004512 - new address", "general", "",
"""Hello,

We've moved house and I'd like to update the address on my season
ticket account (holder number 004512) so the membership pack and the
cup ticket letters come to the right place. New address: 7 Ferndale
Mews, Sale M33 0XX. Same email and phone number.

Thank you,
Harriet Delaney"""),
("en", "sofa-third-floor-no-lift", "Ade Balogun <ade.balogun@example.com>", "Delivery to a flat", "general", "",
"""Our corner sofa is due to be delivered next Wednesday. We're on the
third floor and the building has no lift, just a fairly wide staircase.
Will your drivers carry it up, and does it come in pieces or in one go?
Just want to warn the neighbours.

Thanks, Ade"""),
("en", "coffee-stamps-away-three-months", "Jess Moreno <jess.moreno@example.net>", "stamp card question", "general", "",
"""Do the stamps on the app loyalty card run out? I've got 7 of 10 and
I'm away for three months from next week. Also can my boyfriend use my
free drink if I send him the code?
ta
Jess"""),
("en", "lifeguard-shouted-centre-manager", "Claire Hutton <claire.hutton@example.com>", "Saturday family swim", "general", "high",
"""On Saturday at the 2pm family session one of your lifeguards shouted
at my 9-year-old son in front of the whole pool, called him an idiot and
made him get out for jumping in - which the lifeguard on the other side
had just told the children they could do. He was in tears and now says
he doesn't want to go swimming again.

I complained at reception and was told to email. I want the centre
manager to phone me to discuss this, not a standard reply.

Claire Hutton
07700 900654"""),
("en", "pub-swing-sharp-edge", "Anna Clarke <anna.clarke@example.org>", "Play area at the Plough", "general", "high",
"""Hello,

More of a heads-up than a complaint. We had lunch at the Plough on
Sunday, and in the children's play area one of the swing seats has
split and there's a piece of metal sticking out of the rubber with a
sharp edge, right at toddler face height. My son scraped his hand on
it - nothing serious, a plaster sorted it.

Someone should probably take that swing off before a child is hurt
properly.

Anna Clarke"""),
("en", "glass-in-baby-puree", "Katie Morgan <katie.morgan@example.com>", "Jar of baby food - batch L2419", "general", "high",
"""I'm not after a refund or a voucher.

When I spooned out my daughter's pear and apple puree tonight (the 4+
months 125g jar) there was a sliver of clear glass about 1cm long in
it. I saw it before I fed her, thank goodness. The jar isn't chipped
anywhere that I can see.

Batch L2419, best before 03/2026, bought at your Wellington Road store
on Saturday. I've kept the jar and the glass. I think you need to check
that batch and take it off the shelves. Please tell me what you want me
to do with the jar.

Katie Morgan"""),
# ---------------- Greek ----------------
("el", "gl-eisitiria-theatrou-dipli-xrewsh", "Stelios P. <stelios.pap@example.com>", "xrewsh 2 fores", "billing", "",
"""Kalhspera sas,
phra xtes to vrady 3 eisithria gia thn parastash tou Savvatou (22/3)
apo to site sas. Sthn plhrwmh kollhse h selida kai to ksanapathsa.
Telika mou hr8e ena email me enan kwdiko krathshs alla sthn karta
vlepw DYO xrewseis twn 54e. Eisithria exw mono 3.
Mporeite na mou epistrepsete th mia xrewsh?
Eyxaristw
Stelios Papadakis"""),
("el", "frontistirio-stamata-meta-pasxa", "Βασιλική Ρήγα <vasiliki.riga@example.com>", "Νίκος Ρήγας - Β' Λυκείου", "billing", "",
"""Καλησπέρα σας,

Ο γιος μου ο Νίκος, που παρακολουθεί φυσική και μαθηματικά στο τμήμα
Τρίτης-Πέμπτης, θα σταματήσει μετά το Πάσχα· το καλοκαίρι θα
συνεχίσει μόνο με ιδιαίτερα. Σας παρακαλώ να μη χρεωθούν στην κάρτα οι
δόσεις Μαΐου και Ιουνίου.

Είμαστε πολύ ευχαριστημένοι από τους καθηγητές, απλώς έτσι μας
βολεύει φέτος.

Με εκτίμηση,
Βασιλική Ρήγα"""),
("el", "ekkatharistikos-reuma-doseis", "Θανάσης Κουτσός <th.koutsos@example.net>", "Εκκαθαριστικός λογαριασμός", "billing", "",
"""Καλημέρα,

Μου ήρθε εκκαθαριστικός λογαριασμός ρεύματος 486,20€, γιατί όλο τον
χειμώνα είχαμε εκτιμήσεις. Δεν αμφισβητώ το ποσό, οι μετρήσεις είναι
σωστές. Ρωτάω αν μπορώ να τον πληρώσω σε δόσεις και σε πόσες, γιατί με
τα σχολικά δεν βγαίνει να τον δώσω ολόκληρο μέχρι τη λήξη στις 15 του
μήνα. Αν γίνεται, τι πρέπει να κάνω;

Ευχαριστώ,
Θανάσης Κουτσός
Αρ. παροχής 1 00123456-01"""),
("el", "odontiatreio-apodeixeis-forologiki", "Ρένα Μαυρίδου <rena.mavridou@example.org>", "Αποδείξεις", "billing", "",
"""Καλησπέρα σας,

Θα ήθελα αντίγραφα των αποδείξεων για όλες τις επισκέψεις μου στο
ιατρείο μέσα στο 2024 (εμφυτεύματα, τέσσερις επισκέψεις) για τη
φορολογική δήλωση. Ο λογιστής μου λέει ότι στο myAADE εμφανίζονται
μόνο οι δύο. Μπορείτε να μου τις στείλετε με email ή να περάσω να τις
πάρω;

Ευχαριστώ πολύ,
Ρένα Μαυρίδου"""),
("el", "gl-gymnastirio-pagwma-stratos", "Giorgos Xatzis <gxatzis99@example.com>", "syndromh", "billing", "",
"""geia sas, katatassomai sto strato stis 15 tou mhna (Tripolh kai meta
metathesh pou den kserw akoma) opote den 8a mporw na erxomai gia 9
mhnes. exw thn ethsia syndromh pou kovetai ka8e mhna apo thn karta.
ginetai na thn pagwsete mexri na apolu8w xwris na xrewnomai h prepei
na thn kopsw teleiws?
Giorgos Xatzis"""),
("el", "synergeio-ladi-diafora-timis", "Μαρία Σταθοπούλου <m.stathopoulou@example.com>", "Service 15.000 χλμ", "billing", "",
"""Καλημέρα σας,

Την Πέμπτη έκανα το service των 15.000 χλμ στο συνεργείο σας. Στο
τηλέφωνο είχαμε συμφωνήσει 140€ με το λάδι που προβλέπει ο
κατασκευαστής. Στην απόδειξη χρεώθηκα 212€, γιατί έβαλαν «λάδι premium
πλήρως συνθετικό», που ούτε το ζήτησα ούτε με ρώτησε κανείς. Θα ήθελα
να μου επιστραφεί η διαφορά των 72€.

Ευχαριστώ,
Μαρία Σταθοπούλου"""),
("el", "synagermos-poini-meta-ti-lixi", "Κωνσταντίνος Δρόσος <k.drosos@example.com>", "Σύμβαση παρακολούθησης συναγερμού 22-4471", "billing", "high",
"""Κύριοι,

Η σύμβαση παρακολούθησης του συναγερμού μου έληξε στις 30 Ιουνίου και
σας είχα ενημερώσει γραπτώς από τον Μάιο ότι δεν θα την ανανεώσω. Τώρα
μου στέλνετε λογαριασμό 380€ ως «ποινή πρόωρης διακοπής» και
απειλείτε με εισπρακτική εταιρεία.

Δεν υπήρξε καμία πρόωρη διακοπή. Αν ο λογαριασμός δεν ακυρωθεί μέσα σε
10 ημέρες, θα υποβάλω αναφορά στον Συνήγορο του Καταναλωτή με τη
σύμβαση και την επιστολή μου.

Κωνσταντίνος Δρόσος"""),
("el", "diagnostiko-parapemptiko-ypeythynos", "Ευαγγελία Σαρρή <eva.sarri@example.net>", "Χρέωση εξετάσεων 12/2", "billing", "high",
"""Στις 12/2 έκανα αιματολογικές εξετάσεις στο κέντρο σας στο Μαρούσι
με ηλεκτρονικό παραπεμπτικό του ΕΟΠΥΥ. Η γραμματεία μού χρέωσε 96€,
δηλαδή όσο κοστίζουν ιδιωτικά, και μου είπε ότι «το σύστημα δεν
περνούσε το παραπεμπτικό». Το παραπεμπτικό ήταν ενεργό, το έλεγξε ο
γιατρός μου. Κανονικά θα πλήρωνα μόνο τη συμμετοχή.

Έχω τηλεφωνήσει τρεις φορές και κάθε φορά μου λένε ότι «θα το δει ο
υπεύθυνος». Ζητώ να με καλέσει ο ίδιος ο υπεύθυνος του κέντρου και να
μου επιστραφεί η διαφορά.

Ευαγγελία Σαρρή
697 000 1234"""),
("el", "gl-roaming-agioi-saranta", "Marios K. <marios.kar@example.com>", "logariasmos Iouliou", "billing", "",
"""Kalhmera.
Ston logariasmo Iouliou exw xrewsh 86,40 euro gia roaming. Hmoun 4
meres stous Agious Saranta kai eixa vgalei apo thn efarmogh sas to
paketo "Balkania 7 hmerwn" (9,90) akrivws gia na mhn ginei auto. To
paketo fainetai energo sthn efarmogh apo 3/7. Giati plhrwnw kai ta
dyo? Parakalw na diorthwsete ton logariasmo.
Marios Karagiannis"""),
("el", "re-xenonas-papigko-prokatavoli", "Ιωάννα Λιάπη <ioanna.liapi@example.org>", "Re: Κράτηση 4411 - Ξενώνας Πέτρινο, Πάπιγκο", "billing", "",
"""Καλησπέρα κ. Ζήση,

Ευχαριστούμε πολύ, κρατήστε μας το δίκλινο με το τζάκι για 27-30
Δεκεμβρίου. Για την προκαταβολή: μπορούμε να την πληρώσουμε με κάρτα
από το τηλέφωνο ή μόνο με κατάθεση; Αν είναι κατάθεση, σε ποια τράπεζα
και τι να γράψουμε στην αιτιολογία; Το υπόλοιπο το εξοφλούμε με κάρτα
όταν έρθουμε, σωστά;

Ιωάννα

Στις Δευ 4 Νοε 2024 στις 19:10, ο/η Ξενώνας Πέτρινο <info@petrino-papigko.example> έγραψε:
> Αγαπητή κα Λιάπη,
> σας επιβεβαιώνουμε διαθεσιμότητα για το δίκλινο με τζάκι 27-30/12,
> 85€ τη βραδιά με πρωινό. Για να οριστικοποιηθεί η κράτηση απαιτείται
> προκαταβολή 30%.
> Με εκτίμηση,
> Θοδωρής Ζήσης"""),
("el", "gl-metafora-aerodromio-45-60", "Nikos Alexiou <n.alexiou@example.net>", "metafora aerodromio", "billing", "",
"""Geia sas,
eixa kleisei apo to site sas metafora apo to aerodromio ths Athhnas
mexri th Glyfada gia 24/10 vrady me symfwnhmenh timh 45e (to grafei
kai to email epivevaiwshs). O odhgos sto telos mou xtyphse 60e sto POS
kai eipe oti meta tis 12 h timh einai allh. To aeroplano prosgeiwthke
23:40 kai ftasame spiti prin tis 12 pantws. Zhtaw na mou epistrafoun
ta 15e.
Eyxaristw,
Nikos"""),
("el", "yoga-diagrafi-amfisvitisi-trapeza", "Δάφνη Λαζαρίδου <dafni.laz@example.com>", "Χρεώσεις μετά τη διαγραφή λογαριασμού", "billing", "high",
"""Διέγραψα τον λογαριασμό μου στην πλατφόρμα σας στις 2 Ιουνίου (έχω
το email «Ο λογαριασμός σας διαγράφηκε»). Παρ' όλα αυτά συνεχίσατε να
χρεώνετε την κάρτα μου 12,99€ τον Ιούλιο και τον Αύγουστο. Αφού δεν
υπάρχει πια λογαριασμός, δεν μπορώ ούτε να μπω να το σταματήσω.

Έχω ήδη κάνει αμφισβήτηση και των δύο χρεώσεων στην τράπεζά μου. Σας
παρακαλώ να μην επιχειρήσετε καμία άλλη χρέωση.

Δάφνη Λαζαρίδου"""),
("el", "gl-paketo-athlitika-telos", "Tasos V. <tasosv@example.net>", "PAKETO ATHLHTIKA", "billing", "",
"""kalhspera, to prwta8lhma teleiwse, h omada mas peftei (mh rwtate),
den xreiazomai allo to paketo twn a8lhtikwn. apo ton epomeno mhna na
meinw mono me to vasiko, to allo kleiste to. an to 8elhsw to
septemvrio 8a sas ksanapw.
eyxaristw
Tasos"""),
("el", "efarmogi-ok-nero-plirothike-dyo-fores", "Γεράσιμος Λούκας <g.loukas@example.org>", "Λογαριασμός νερού", "billing", "",
"""Καλημέρα,

Για να μη με στείλετε πάλι στην τεχνική υποστήριξη: η εφαρμογή σας
δουλεύει μια χαρά. Το θέμα είναι ότι ο λογαριασμός νερού Μαΐου-Ιουνίου
(42,60€) πληρώθηκε δύο φορές - μία από την εφαρμογή στις 3/7 και μία
με την πάγια εντολή της τράπεζας στις 5/7, που νόμιζα ότι την είχα
σταματήσει. Μπορείτε να μου επιστρέψετε τη μία πληρωμή ή να την
πιστώσετε στον επόμενο λογαριασμό;

Γεράσιμος Λούκας
Αρ. μητρώου 40-118273"""),
("el", "dorokarta-spa-akyrosi-mideniase", "Ελενη Χατζη <eleni.chatzi@example.com>", "Δωροκαρτα spa", "billing", "",
"""Καλησπερα σας,

η κορη μου μου χαρισε μια δωροκαρτα 120€ για το spa σας. Εκλεισα με
αυτη ενα μασαζ για τις 14 Νοεμβριου, αλλα αρρωστησα και το ακυρωσα
τηλεφωνικα δυο μερες πριν, οπως λενε οι οροι. Τωρα η καρτα δειχνει
υπολοιπο 0€. Μπορειτε να ξαναβαλετε το ποσο στη δωροκαρτα για να
κλεισω αλλη μερα;

Ευχαριστω,
Ελενη Χατζη"""),
("el", "gl-kinito-mono-3g", "mixalis <mixalis.th@example.net>", "KINHTO", "technical", "",
"""kalhspera to kinhto pou phra apo to katasthma sas thn Paraskeuh den
pianei pote 4G, deixnei mono H+ h 3G kai to internet einai apisteuta
argo. me thn idia karta SIM sto palio kinhto exw 4G kanonika sto idio
dwmatio. ekana epanafora rythmisewn diktyou tipota. ti na kanw?
Mixalhs Theodorou"""),
("el", "klimatistiko-wifi-99", "Σπυρος Αναγνωστου <spyros.an@example.org>", "Wifi κλιματιστικο", "technical", "",
"""Καλησπερα,

αγορασα το κλιματιστικο inverter 12000 btu με ενσωματωμενο wifi. Με
το τηλεχειριστηριο δουλευει κανονικα, αλλα στην εφαρμογη δεν μπορω να
το προσθεσω. Στο τελευταιο βημα μενει στο 99% και μετα γραφει «Η
συσκευη δεν βρεθηκε». Το ρουτερ ειναι στο διπλανο δωματιο και το
δικτυο ειναι 2,4GHz. Τι αλλο να δοκιμασω;

Σπυρος"""),
("el", "eshop-farmakeiou-sms-kodikos", "Χρυσούλα Μπέη <chrysa.bei@example.com>", "Δεν μου έρχεται ο κωδικός", "technical", "",
"""Καλημέρα σας,

Όταν πάω να συνδεθώ στον λογαριασμό μου στο ηλεκτρονικό φαρμακείο, μου
ζητάει τον κωδικό που στέλνετε με SMS, αλλά το SMS δεν έρχεται ποτέ.
Πατάω «Αποστολή ξανά», περιμένω, τίποτα. Ο αριθμός που εμφανίζεται
(69******12) είναι ο σωστός και άλλα μηνύματα μου έρχονται κανονικά.
Θέλω να ξαναπαραγγείλω το γάλα του μωρού. Υπάρχει άλλος τρόπος να μπω;

Χρυσούλα Μπέη"""),
("el", "pliktrologio-tablet-dipla-grammata", "Αντώνης Γιαννακόπουλος <a.giannakopoulos@example.net>", "Πληκτρολόγιο για tablet", "technical", "",
"""Γεια σας,

Το πληκτρολόγιο Bluetooth που πήραμε για το tablet της κόρης μας γράφει
κάποια γράμματα διπλά ή τριπλά («κκαλημέρα») και κάθε τόσο κολλάει για
ένα δευτερόλεπτο. Με το πληκτρολόγιο της οθόνης δεν γίνεται αυτό. Το
φορτίσαμε πλήρως και το ξανασυνδέσαμε. Το χρειάζεται για τις εργασίες
του σχολείου. Τι άλλο να κάνουμε;

Αντώνης"""),
("el", "espresso-mylos-den-alethei", "Κατερίνα Ζαφειρίου <k.zafeiriou@example.com>", "Μηχανή espresso - όχι επιστροφή", "technical", "",
"""Καλησπέρα,

Πριν απ' όλα: δεν ζητάω αλλαγή ούτε επιστροφή χρημάτων, η μηχανή μάς
αρέσει πολύ. Θέλω απλώς να φτιαχτεί.

Από την Κυριακή ο ενσωματωμένος μύλος γυρίζει αλλά δεν βγάζει καφέ, ή
βγάζει ελάχιστο. Το δοχείο έχει κόκκους, τον καθάρισα με το βουρτσάκι
όπως λέει το εγχειρίδιο και άλλαξα και τη ρύθμιση άλεσης. Τίποτα.
Μπορεί να τη δει τεχνικός ή να τη φέρω κάπου;

Κατερίνα Ζαφειρίου"""),
("el", "farmakeio-syntages-oura-pezodromio", "Φαρμακείο Παναγιώτου <farmakeio.panagiotou@example.net>", "Σύστημα - επείγον", "technical", "high",
"""Καλημέρα,

Από τις 8:30 δεν μπορούμε να εκτελέσουμε καμία ηλεκτρονική συνταγή. Το
πρόγραμμα ανοίγει, αλλά μόλις περάσουμε το barcode της συνταγής μένει
στο «Επικοινωνία με ΗΔΙΚΑ...» και μετά κλείνει. Έχουμε ουρά
ηλικιωμένων μέχρι έξω στο πεζοδρόμιο, κάποιοι χρειάζονται ινσουλίνη
και αντιπηκτικά σήμερα, και τους λέμε να ξαναπεράσουν. Στο διπλανό
φαρμακείο δουλεύει κανονικά, άρα είναι κάτι δικό μας.

Παρακαλώ καλέστε στο 210 000 4411.

Γιώργος Παναγιώτου, φαρμακοποιός"""),
("el", "gl-xionodromiko-pyles-pass", "Lefteris Ch. <tameia@xionodromio-ano.example>", "pyles den diavazoun", "technical", "high",
"""Kalhmera, apo tis 9 pou anoiksame kamia pylh sta lifts den diavazei
ta ski pass. Oute ta kainouria pou kovoume shmera oute ta seasonal.
Exoume 300-400 atoma sthn oura ston katw stathmo, o kosmos fwnazei,
kai exoume anoiksei tis pyles me to xeri kai metrame me to mati. Einai
Savvato meta apo xionoptwsh, h kalyterh mera ths sezon. To panel
grafei "DB connection lost". Parakalw pareite amesws thlefwno
23000 00120.
Lefteris Chatzis
ypeuthynos tameiwn"""),
("el", "priza-mpaniou-tinazei", "Αλέξανδρος Ρούσσος <alex.roussos@example.com>", "Πρίζα μπάνιου", "technical", "high",
"""Καλησπέρα σας,

Μετά την ανακαίνιση του μπάνιου που τελειώσατε την προηγούμενη
εβδομάδα, η πρίζα δίπλα στον καθρέφτη «τινάζει». Η γυναίκα μου έπιασε
το πιστολάκι με βρεγμένα χέρια και ένιωσε ρεύμα στο χέρι της. Δεν
έπαθε τίποτα. Το ίδιο ένιωσα κι εγώ όταν ακούμπησα τη μεταλλική
πλάκα γύρω από την πρίζα.

Κατεβάσαμε την ασφάλεια του μπάνιου και δεν τη χρησιμοποιούμε. Θα
μπορούσε να περάσει ο ηλεκτρολόγος να το ελέγξει;

Αλέξανδρος Ρούσσος"""),
("el", "gl-air-fryer-spithes-kapnos", "Panos Dimou <panos.dimou@example.net>", "air fryer", "technical", "high",
"""Geia sas. To air fryer pou phra apo sas ton Maio xtes vrady evgale
spithes apo th sxara tou anemisthra sto pisw meros kai meta ligo
kapno, me myrwdia kammenou kalwdiou. Den eixe mesa tipota lipara, mono
patates. To evgala amesws apo thn priza kai to afhsa sto mpalkoni.
Den to ksanaxrhsimopoiw. Ti prepei na kanw? Na to ferw sto katasthma?
Panos"""),
("el", "anavatorio-skalas-proistamenos", "Ηλίας Κωστόπουλος <ilias.kostopoulos@example.org>", "Αναβατόριο σκάλας - τρίτη βλάβη", "technical", "high",
"""Είναι η τρίτη φορά από τον Σεπτέμβριο που το αναβατόριο σκάλας που
τοποθετήσατε στο σπίτι της μητέρας μου σταματάει στη μέση της
διαδρομής και βγάζει «Ε4». Η μητέρα μου είναι 87 ετών και χωρίς αυτό
δεν μπορεί να ανέβει στο υπνοδωμάτιο. Τεχνικός ήρθε δύο φορές,
«καθάρισε τη ράγα» και έφυγε.

Δεν θέλω τέταρτη επίσκεψη για τα ίδια. Ζητώ να με καλέσει ο
προϊστάμενος του τεχνικού τμήματος, για να δούμε τι θα αλλάξει
πραγματικά.

Ηλίας Κωστόπουλος
694 000 3871"""),
("el", "re-kamera-aylis-sd", "Δημήτρης Καραβίας <d.karavias@example.com>", "Re: Αίτημα #7713 - κάμερα αυλής", "technical", "",
"""Καλησπέρα,

Έκανα αυτό που είπατε: διαμόρφωσα την κάρτα microSD μέσα από την
εφαρμογή και την έβαλα ξανά. Η ζωντανή εικόνα παίζει κανονικά, αλλά
στις «Καταγραφές» δεν υπάρχει τίποτα μετά τις 7 Οκτωβρίου. Η εφαρμογή
δείχνει την κάρτα «Κανονική, 64GB, 0% χρήση».

Δημήτρης

-----Αρχικό μήνυμα-----
Από: Υποστήριξη <support@security-cam.example>
Θέμα: Αίτημα #7713 - κάμερα αυλής

> Καλησπέρα σας κ. Καραβία,
> παρακαλούμε κάντε διαμόρφωση της κάρτας μνήμης από την εφαρμογή
> (Ρυθμίσεις > Αποθήκευση > Διαμόρφωση) και ενημερώστε μας.
> Φιλικά,
> Στέλλα"""),
("el", "kalispera-efarmogi-kleinei-oloklirosi", "Μυρτώ Αθανασίου <myrto.ath@example.net>", "Καλησπέρα", "technical", "",
"""Καλησπέρα, από χθες το βράδυ η εφαρμογή σας κολλάει στο τελευταίο
βήμα της παραγγελίας: πατάω «Ολοκλήρωση», γυρίζει ο κύκλος και μετά
κλείνει τελείως. Δεν είναι θέμα χρέωσης ή κάρτας, δεν φτάνει καν στην
πληρωμή - ούτε με μετρητά στην παράδοση δεν περνάει. Έχω Android,
έκανα ενημέρωση, την έσβησα και την ξαναέβαλα, τα ίδια.
Μυρτώ"""),
("el", "gl-xeiristirio-drift", "Kwstas_K <kostaskal03@example.com>", "xeiristhrio", "technical", "",
"""kalhspera to xeiristhrio pou phra prin 2 mhnes exei drift, to
aristero analogiko kounaei mono tou thn kamera pros ta panw xwris na
to akoumpaw. se ola ta paixnidia. ekana update kai calibration apo tis
rythmiseis den allakse tipota. ti kanoume?
Kwstas"""),
("el", "thermostatis-kalorifer-agnoei-programma", "Παντελής Νικολάου <p.nikolaou@example.org>", "Θερμοστάτης", "technical", "",
"""Καλημέρα,

Ο ασύρματος θερμοστάτης που τοποθέτησε ο τεχνικός σας μαζί με τον νέο
λέβητα δεν ακολουθεί το πρόγραμμα. Τον έχω ρυθμίσει να ανάβει 6:30 το
πρωί και 5 το απόγευμα, αλλά ανάβει όποτε θέλει - χθες ξεκίνησε στις 2
τα ξημερώματα. Η ώρα πάνω στον θερμοστάτη είναι σωστή. Μήπως θέλει
κάποια άλλη ρύθμιση;

Παντελής Νικολάου"""),
("el", "efxaristirio-nosileftria-3os", "Σοφία Καλλέργη <sofia.kallergi@example.com>", "Ευχαριστήριο - 3ος όροφος", "general", "",
"""Αγαπητή διεύθυνση,

Ο πατέρας μου νοσηλεύτηκε έντεκα μέρες στον 3ο όροφο της κλινικής σας
μετά από χειρουργείο στο ισχίο. Θέλω να ευχαριστήσω ιδιαίτερα τη
νοσηλεύτρια κυρία Ασπασία, που τα βράδια καθόταν λίγα λεπτά μαζί του
όταν ήταν μπερδεμένος και φοβισμένος, και μας τηλεφωνούσε η ίδια για
να μας ενημερώσει. Τέτοιοι άνθρωποι κάνουν τη διαφορά.

Με εκτίμηση,
Σοφία Καλλέργη"""),
("el", "gl-sinema-aithousa-3-tablet", "Katerina M. <katerina.mpa@example.net>", "xamena", "general", "",
"""Kalhmera, thn Kyriakh sthn apogeumatinh provolh twn 17:30 sthn
aithousa 3 o gios mou ksexase ena tablet me mple 8hkh me deinosaurous,
kapou stis mesaies seires. Mhpws to vrhkate sto katharisma? Mporw na
perasw apo to tameio na to parw.
Eyxaristw
Katerina"""),
("el", "kataskinosi-kinito-episkeptirio", "Ελπίδα Μαργαρίτη <elpida.margariti@example.org>", "Κατασκήνωση - 2η περίοδος", "general", "",
"""Καλησπέρα σας,

Ο γιος μου (10 ετών) θα έρθει στη 2η περίοδο για πρώτη φορά και έχω
μερικές απορίες: μπορεί να έχει μαζί του κινητό ή το κρατάτε εσείς;
Υπάρχει μέρα επισκεπτηρίου; Και παίρνει ένα αντιισταμινικό κάθε πρωί
για την αλλεργία - του το δίνει ο γιατρός της κατασκήνωσης;

Ευχαριστώ,
Ελπίδα Μαργαρίτη"""),
("el", "ploio-labrador-kampina", "Θοδωρής Σπανός <th.spanos@example.com>", "Σκύλος στο πλοίο", "general", "",
"""Γεια σας,

Ταξιδεύουμε 14 Ιουλίου Πειραιά-Χανιά με το βραδινό πλοίο και έχουμε
μαζί ένα λαμπραντόρ 30 κιλών. Μπορεί να μείνει μαζί μας στην καμπίνα ή
πρέπει να πάει στα κλουβιά; Υπάρχουν καμπίνες για κατοικίδια και
πρέπει να το δηλώσουμε από πριν;

Θοδωρής"""),
("el", "gl-syllogos-goneon-kapakia", "Nefeli Argyrou <nefeli.argyrou@example.net>", "protash apo syllogo goneon", "general", "",
"""Geia sas!! Eimai h Nefeli apo to Syllogo Gonewn tou 3ou Dhmotikou.
Mazeuoume plastika kapakia gia na agorastei anaphriko amaksidio gia
ena paidi ths geitonias mas. 8a mporousame na afhsoume ena kouti
syllogh dipla sta tameia tou supermarket sas gia 2 mhnes? To adeiazoume
emeis ka8e Paraskeuh, den xreiazetai tipota allo apo sas.
Eyxaristoume poly!
Nefeli"""),
("el", "paidikos-stathmos-giagia-paralavi", "Βασιλης Τσακιρης <v.tsakiris@example.net>", "Παραλαβη Μαριλενας", "general", "",
"""Καλησπερα,
απο τη Δευτερα τη μικρη μας τη Μαριλενα (τμημα Πεταλουδες) θα την
παιρνει καποιες μερες η γιαγια της, Ευαγγελια Τσακιρη. Τι χρειαζεται
για να την προσθεσετε στα ατομα που επιτρεπεται να την παραλαμβανουν;
Να φερουμε υπευθυνη δηλωση ή αρκει να ερθει με την ταυτοτητα της;
Ευχαριστω,
Βασιλης Τσακιρης"""),
("el", "gl-pontoi-pratirio-sti-gynaika", "Fotis Sideris <fotis.sid@example.com>", "pontoi", "general", "",
"""Kalhspera, exw mazepsei 4.200 pontous sthn karta twn pratiriwn sas.
Mporw na tous metaferw sthn karta ths gynaikas mou? Ekeinh kanei tis
perissoteres apostaseis me to amaksi. H an oxi, mporei na tous
xrhsimopoihsei me th dikh mou karta?
Eyxaristw
Fotis"""),
("el", "reception-agenia-nafpaktos-diefthyntis", "Αγγελική Ράλλη <aggeliki.ralli@example.org>", "Συμπεριφορά υπαλλήλου ρεσεψιόν - κράτηση 88213", "general", "high",
"""Κύριοι,

Το βράδυ της Παρασκευής φτάσαμε στο ξενοδοχείο σας στη Ναύπακτο στις
23:15 με δύο κουρασμένα παιδιά. Ο υπάλληλος της νυχτερινής βάρδιας μάς
μίλησε με απίστευτη αγένεια επειδή «ήρθαμε τόσο αργά», σχολίασε
δυνατά μπροστά σε άλλους πελάτες ότι «τέτοιους πελάτες δεν τους
χρειαζόμαστε» και μας άφησε να περιμένουμε είκοσι λεπτά για ένα κλειδί.

Δεν ζητάω αποζημίωση. Ζητάω να επικοινωνήσει μαζί μου ο διευθυντής του
ξενοδοχείου.

Αγγελική Ράλλη"""),
("el", "syrma-sto-psomi-tost", "Χαράλαμπος Ντόκος <ch.ntokos@example.com>", "Ψωμί του τοστ", "general", "high",
"""Καλημέρα σας,

Δεν γράφω για να ζητήσω χρήματα. Σήμερα το πρωί, φτιάχνοντας τοστ για
τα παιδιά, βρήκαμε μέσα σε μια φέτα από το ολικής άλεσης ψωμί του τοστ
σας ένα κομματάκι σύρμα, περίπου 2 εκατοστά, σαν από συρματόβουρτσα.
Ευτυχώς το είδαμε πριν το φάνε.

Στη συσκευασία γράφει παρτίδα 2411-07, λήξη 18/11. Την κρατάμε μαζί με
το σύρμα. Νομίζω ότι πρέπει να ελεγχθεί η παρτίδα. Πείτε μου αν θέλετε
να σας τα φέρω.

Χαράλαμπος Ντόκος"""),
("el", "gl-perasa-diplwma-efxaristw", "Ioanna Rapti <ioanna.rapti@example.net>", "PERASA!!!", "general", "",
"""Kalhspera!! H8ela na sas pw oti perasa shmera sto diplwma me thn
prwth!!! Meta apo 2 kopseis me allh sxolh eixa xasei kathe elpida.
Eyxaristw poly ton k. Stavro pou eixe ypomonh kai me to parkarisma kai
me ta nevra mou :) 8a sas systhsw se oles tis filenades.
Iwanna"""),
("el", "apostoli-lemeso-meres", "Ανδρέας Χριστοδούλου <andreas.christodoulou@example.com>", "Αποστολή στη Λεμεσό", "general", "",
"""Καλημέρα,

Στέλνετε παραγγελίες και στην Κύπρο; Θέλω να παραγγείλω κάποια
βιβλία για τη σχολή. Αν ναι, πόσες μέρες κάνει συνήθως ένα δέμα μέχρι
τη Λεμεσό;

Ευχαριστώ,
Ανδρέας"""),
# ---------------- Spanish ----------------
("es", "logopeda-sesion-anulada-por-ellos", "Irene Castaño <irene.castano@example.com>", "Bono de sesiones de Hugo", "billing", "",
"""Hola, buenas tardes:

En septiembre pagamos el bono de 8 sesiones de logopedia para Hugo. El
jueves 17 nos llamasteis por la mañana para anular la sesión porque la
logopeda estaba enferma, y al mirar hoy el bono en la app aparece como
gastada: nos quedan 4 en vez de 5. ¿Lo podéis corregir?

Gracias,
Irene Castaño"""),
("es", "residencia-fianza-omic", "Álvaro Benítez <alvaro.benitez@example.net>", "Fianza habitación 214 - curso 23/24", "billing", "high",
"""Buenos días:

Dejé la habitación 214 de la residencia el 30 de junio. En la revisión
de salida el conserje firmó que estaba todo correcto (tengo copia). La
fianza de 450 € se tenía que devolver en un plazo de 30 días según el
contrato y estamos a 9 de octubre.

He escrito cuatro veces a administración sin respuesta. Si la fianza no
está en mi cuenta antes del día 20, presentaré una reclamación en la
OMIC de Salamanca con el contrato y el acta de salida.

Álvaro Benítez Ruiz
DNI 00000000T"""),
("es", "seguro-hogar-piso-vendido", "Mercedes Llorente <m.llorente@example.org>", "Póliza HG-5508812", "billing", "",
"""Buenos días,

El 14 de noviembre firmamos la venta del piso de la calle Cervantes, así
que la póliza del hogar de esa vivienda ya no tiene sentido. No quiero
que se renueve en enero ni que me pasen el recibo anual. Si necesitan
la escritura de compraventa para darla por terminada, díganme dónde la
envío.

Atentamente,
Mercedes Llorente"""),
("es", "padel-bono-pausa-esguince", "Javi Montero <javimontero@example.com>", "bono mensual", "billing", "",
"""Buenas! Me he hecho un esguince de tobillo jugando el domingo (nada
grave pero 6 semanas sin pista dice el traumatólogo). Se puede dejar el
bono mensual parado hasta que vuelva, sin que me lo cobreis? No lo
quiero dar de baja, en enero vuelvo seguro.
Un saludo
Javi"""),
("es", "escuela-musica-matricula-plazos", "Nuria Saavedra <nuria.saavedra@example.com>", "Matrícula violín - forma de pago", "billing", "",
"""Hola,

Queremos apuntar a nuestra hija Lucía (8 años) a violín este curso.
Antes de hacer la matrícula, una pregunta sobre el pago: ¿las
mensualidades se pueden domiciliar en el banco o hay que pagarlas en
secretaría cada mes? ¿Y la matrícula de 90 € se puede dividir entre
septiembre y octubre?

Muchas gracias,
Nuria"""),
("es", "factura-cena-empresa-cif", "Contabilidad Talleres Ibarra <contabilidad@talleres-ibarra.example>", "Cena de empresa 13/12 - factura", "billing", "",
"""Buenos días,

El viernes 13 celebramos en su restaurante la cena de Navidad de la
empresa (32 comensales) y pagamos con la tarjeta de la empresa. Nos
dieron un tique simplificado, pero necesitamos factura completa a
nombre de la empresa:

Talleres Ibarra S.L.
CIF B00000000
Pol. Ind. Ugaldeguren, parcela 7, 48170 Zamudio (Bizkaia)

¿Nos la pueden enviar a este correo?

Un saludo,
Arantxa Goikoetxea
Administración"""),
("es", "hotel-tasa-turistica-dos-veces", "Pau Ferrer <pau.ferrer@example.com>", "Reserva BCN-77124", "billing", "",
"""Hola,

Al reservar en vuestra web ya pagué la tasa turística (3 noches, 2
personas, 33,60 €), sale desglosada en el justificante de la reserva.
Al hacer el check-out en recepción me la volvieron a cobrar aparte y el
chico no supo explicarme por qué. Os adjunto las dos cosas. ¿Me podéis
devolver la que está repetida?

Gràcies,
Pau Ferrer"""),
("es", "movil-sms-premium-disputa-banco", "Rosario Gil <rosario.gil@example.net>", "Cargos que no he contratado", "billing", "high",
"""Desde julio me están cobrando en la factura del móvil 4,99 € a la
semana de un "servicio de contenidos" que yo no he contratado nunca. Ni
juegos ni horóscopos ni nada. En tienda me dijeron que lo diera de baja
yo mandando BAJA a un número, lo hice y siguen apareciendo.

Como ustedes me lo cobran en su factura y nadie me da una solución, he
abierto una disputa con mi banco por los cargos de julio, agosto y
septiembre. Quiero que bloqueen esos cobros en mi línea y me devuelvan
todo lo cobrado.

Rosario Gil"""),
("es", "vuelo-web-bien-precio-maleta", "Guadalupe Ortiz <lupita.ortiz@example.com>", "Reservación ZK4T9P", "billing", "",
"""Buenas tardes,

No tuve ningún problema con su página, funcionó bien. Mi duda es del
precio: al elegir el vuelo Madrid-Ciudad de México con una maleta
documentada me salía un total de 742 €, y en la pantalla final de pago
me cobraron 782 €. No me di cuenta hasta ver el estado de cuenta. Nadie
me avisó de esos 40 € de más. ¿Me pueden explicar de dónde salen o
devolvérmelos?

Saludos,
Guadalupe Ortiz"""),
("es", "gimnasio-baja-en-mano-responsable", "Sergio Palacios <sergio.palacios@example.com>", "Baja entregada y me siguen cobrando", "billing", "high",
"""El 28 de agosto entregué en mano en recepción el formulario de baja,
firmado, y la chica me dio una copia sellada. Aun así me han pasado la
cuota de septiembre y la de octubre, 39,90 € cada una. Cada vez que voy
me dicen que "el encargado lo mira" y no pasa nada.

Quiero hablar con el responsable del centro, no con recepción, y que me
devuelvan las dos cuotas.

Sergio Palacios
600 000 218"""),
("es", "re-pedido-lena-dos-palets", "Fernando Aguado <fer.aguado@example.org>", "Re: Confirmación pedido 2291 - leña de encina", "billing", "",
"""Hola:

Ayer nos trajeron la leña, pero solo dos palés, y en la tarjeta se han
cobrado los tres que pedimos (3 x 165 €). El conductor dijo que el
tercero no le cabía en el camión y que "ya lo traerían". Si lo podéis
traer esta semana, perfecto; si no, devolvednos los 165 € del tercero,
que con dos a lo mejor nos apañamos.

Fernando

El 14 oct 2024, a las 9:30, Leñas del Moncayo <pedidos@lenasmoncayo.example> escribió:
> Hola Fernando,
> confirmamos tu pedido 2291: 3 palés de leña de encina seca, 495 €
> (pagado con tarjeta). Entrega prevista el jueves 17.
> Un saludo"""),
("es", "bono-regalo-spa-suplemento-finde", "Beatriz Roldán <bea.roldan@example.net>", "Bono regalo circuito spa", "billing", "",
"""Hola, mis amigas me regalaron por mi cumple el bono de circuito spa
+ masaje para dos. Lo usamos el sábado y en recepción nos cobraron 20 €
de "suplemento fin de semana". En el bono no pone nada de eso, pone
válido todos los días hasta el 31/12. ¿Me los podéis devolver?
Bea"""),
("es", "hola-veterinario-consulta-doble", "Manuel Quiroga <manuel.quiroga@example.com>", "Hola", "billing", "",
"""Hola, el martes llevé a Trasto (el gato) a la revisión y a la vacuna.
Pagué con tarjeta en el mostrador 58 € y en el banco me aparecen dos
cargos de 58 € de la clínica, los dos del martes a las 18:12. La chica
pasó la tarjeta dos veces porque la primera dijo que había fallado. ¿Me
podéis devolver uno?
Gracias
Manuel"""),
("es", "luz-tarifa-tramos-no-aplicada", "Lorena Vidal <lorena.vidal@example.org>", "Cambio de tarifa no aplicado", "billing", "",
"""Buenos días:

En agosto solicité el cambio a la tarifa con tramos horarios (tengo el
correo de confirmación con fecha 12/08). Las facturas de septiembre y
octubre siguen saliendo con el precio fijo de antes, y como ahora pongo
lavadoras y el lavavajillas por la noche, estoy pagando bastante más de
lo que debería. Les pido que apliquen la tarifa desde la fecha del
cambio y que me abonen la diferencia.

CUPS ES0000000000000000XX
Lorena Vidal"""),
("es", "cesta-fruta-nos-vamos-al-pueblo", "Tomás Escribano <tomas.escribano@example.com>", "Cesta de los jueves", "billing", "",
"""Hola Puri:

Nos mudamos al pueblo a finales de mes, a la casa de mis suegros, que
tiene huerto y frutales, así que a partir de noviembre ya no nos hace
falta la cesta de los jueves. La del día 31 todavía sí, esa mandádnosla
a la dirección de siempre. Lo que no quiero es que nos cobréis el mes
de noviembre.

Gracias por todos estos años, la fruta siempre ha sido buenísima.
Tomás"""),
("es", "app-agua-lectura-no-factura", "Ramón Cuesta <ramon.cuesta@example.net>", "Lectura del contador", "technical", "",
"""Buenas tardes:

No escribo por la factura, que está bien. El problema es la aplicación:
cuando voy a enviar la lectura del contador, relleno los números, saco
la foto y al darle a "Enviar" sale "Error al procesar la solicitud
(código 17)". Lo he intentado desde el móvil y desde el ordenador, en
días distintos. El plazo para mandar la lectura acaba el viernes y no
quiero que me estimen.

Ramón Cuesta
Contrato 300-118-245"""),
("es", "toldo-sensor-viento-no-devolver", "Encarna Molina <encarna.molina@example.com>", "Toldo motorizado", "technical", "",
"""Hola:

Que quede claro que no quiero que me devolváis el dinero ni que os
llevéis el toldo, está muy bien puesto y nos encanta. Solo quiero que
funcione como debe.

El sensor de viento no lo recoge. El martes hizo un viento tremendo por
la tarde y el toldo siguió abierto hasta que lo recogí yo con el mando.
La lucecita del sensor parpadea en verde. ¿Hay que configurarlo o
puede venir el técnico a mirarlo?

Encarna Molina"""),
("es", "app-mutua-vuelve-al-inicio-sesion", "Gonzalo Herrero <gonzalo.herrero@example.org>", "No puedo ver mis resultados", "technical", "",
"""Hola,

Quiero ver en la app los resultados de los análisis del lunes, pero no
hay manera: pongo usuario y contraseña, sale un momento la pantalla de
inicio y enseguida me devuelve a la de "Iniciar sesión", una y otra
vez. Desde el ordenador, en la web, me pasa lo mismo. La contraseña es
correcta, porque si la pongo mal me da el aviso de error.

¿Hay otra forma de entrar o de que me den los resultados?

Gonzalo Herrero
Nº de asegurado 0041-228810"""),
("es", "casa-rural-wifi-sin-puntos", "kike <kike.ramos@example.com>", "wifi", "technical", "",
"""hola estamos en la casa rural el olivo desde ayer y el wifi no va
sale la red pero al poner la contraseña de la hoja de la cocina dice
que no se puede conectar ni el movil ni el portatil de nadie hemos
apagado el router de la entrada y nada yo tengo que mandar unas cosas
del curro mañana a primera hora se puede arreglar
kike"""),
("es", "residencia-timbres-no-llegan", "Residencia Los Almendros <direccion@residencia-almendros.example>", "Llamadores de las habitaciones", "technical", "high",
"""Buenos días:

Desde anoche las llamadas de las habitaciones no llegan al control de
enfermería: los residentes pulsan el timbre, la luz de la puerta se
enciende, pero en el panel no aparece nada y los buscas de las
auxiliares no suenan. Tenemos 64 residentes, muchos sin movilidad, y
hemos puesto a una persona a hacer rondas por los pasillos cada diez
minutos, pero así no podemos aguantar más que unas horas.

Necesitamos un técnico hoy. Teléfono de dirección: 976 000 312.

Silvia Lasheras
Directora, Residencia Los Almendros"""),
("es", "academia-plataforma-simulacro", "Academia Opositamos <direccion@opositamos.example>", "Simulacro de esta tarde", "technical", "high",
"""Hola:

A las 16:00 empezaba el simulacro de examen de 63 alumnos de
oposiciones y ninguno ha podido entrar en el aula virtual: se quedan
en "Conectando..." y al rato les echa. Tenemos a todo el grupo
esperando, algunos se han cogido la tarde libre en el trabajo para
hacerlo. Desde aquí tampoco podemos abrir el panel de profesor.

Necesitamos que alguien lo revise ya, por favor. Móvil: 611 000 904.

Marta Sobrino
Dirección, Academia Opositamos"""),
("es", "campana-luz-chispas-instalacion", "Óscar Valverde <oscar.valverde@example.com>", "Campana de la cocina", "technical", "high",
"""Hola, buenas:

Os escribo con calma, pero creo que tenéis que saberlo. La campana
extractora que nos instalasteis el lunes con la reforma de la cocina:
anoche, al encender la luz de la campana, saltaron unas chispas por la
rejilla de al lado del foco y se oyó un chasquido. Olía a quemado.

He bajado el automático de la cocina y no la vamos a usar hasta que
venga alguien a revisarla. ¿Cuándo podría pasar el electricista?

Óscar Valverde"""),
("es", "puerta-garaje-comunidad-nina", "Presidencia C.P. Residencial Las Acacias <presidencia.acacias@example.net>", "Puerta del garaje - Residencial Las Acacias", "technical", "high",
"""Buenas tardes:

Les escribo como presidente de la comunidad. La puerta del garaje que
ustedes mantienen ya no se para ni vuelve a subir cuando algo se pone
debajo: ayer bajó con la hija de una vecina, de 6 años, cruzando, y su
padre tuvo que tirar de ella. No pasó nada, pero podía haber pasado.

Hemos dejado la puerta abierta y desconectada y hemos puesto un aviso
en el portal. Necesitamos que venga un técnico a revisar las
fotocélulas cuanto antes.

Julián Soria
Presidente de la comunidad"""),
("es", "ascensor-cuarta-averia-responsable", "Elena Prieto <elena.prieto@example.org>", "Ascensor C/ Almagro 21 - cuarta avería en un mes", "technical", "high",
"""Es la cuarta vez en un mes que se estropea el ascensor de nuestro
edificio, que mantienen ustedes. Se queda parado entre el 3º y el 4º y
no abre la puerta, y ahora está fuera de servicio desde el martes: la
vecina del 6º, que tiene 89 años, no ha podido bajar a la calle desde
entonces. Cada vez viene un técnico, lo "rearma" y se va.

No quiero que manden a otro técnico a hacer lo mismo. Quiero que me
llame el responsable de mantenimiento de su empresa y me diga qué se
va a cambiar.

Elena Prieto
Administradora de la comunidad"""),
("es", "re-ticket-error-500-plugin", "Diego Marín <diego@ceramicasmarin.example>", "Re: [Ticket #8812] Error 500 en la web", "technical", "",
"""Hola Laura,

He desactivado el plugin de caché como me dijiste y también el de
formularios, uno por uno. La web sigue dando "Error 500 - Internal
Server Error" en todas las páginas menos la portada. El panel de
administración sí me deja entrar. ¿Podéis mirar los logs del servidor?

Gracias,
Diego

El jue, 10 oct 2024 a las 11:02, Soporte <soporte@alojamiento-web.example> escribió:
> Hola Diego,
> parece un conflicto de plugins. Desactiva el plugin de caché y
> comprueba si la web vuelve a cargar.
> Un saludo,
> Laura"""),
("es", "impresora-fotos-bluetooth-no-imprime", "Carmen Aranda <carmen.aranda@example.com>", "Impresora de fotos", "technical", "",
"""Hola,

Me regalaron la impresora de fotos portátil por mi cumpleaños. La app
la encuentra por Bluetooth y pone "Conectada", pero al darle a imprimir
se queda en "Enviando..." y al rato sale "Error de impresión". Tiene
papel, el cartucho está puesto y la batería cargada. Tengo un iPhone.
¿Qué más puedo probar?

Carmen"""),
("es", "factura-0318-portal-error-descarga", "Ignacio Beltrán <ignacio.beltran@example.net>", "Factura 2024-0318", "technical", "",
"""Buenas,

La factura en sí está bien, no hay nada que corregir. Lo que pasa es que
no la puedo descargar: en el área de clientes, al pulsar "Descargar
PDF" sale una pantalla blanca con "Error 403 - Acceso denegado". Con
las facturas anteriores no pasaba. Lo he probado con dos navegadores.

Ignacio Beltrán"""),
("es", "camper-alquiler-nevera-no-enfria", "Patricia Nieto <patricia.nieto@example.com>", "Camper - contrato CMP-22817", "technical", "",
"""Hola,

Recogimos ayer la camper en Gijón. La nevera funciona cuando estamos
enchufados en el camping, pero en ruta (a 12 V) no enfría nada y hoy
se nos ha estropeado la leche. En el panel está seleccionado el modo
automático. ¿Hay que hacer algo para que pase a 12 V con el motor en
marcha o es una avería?

Patricia Nieto"""),
("es", "gestoria-area-clientes-usuario-bloqueado", "juanma <juanma.sierra@example.com>", "no puedo entrar", "technical", "",
"""buenas no me deja entrar en el area de clientes de la gestoria pone
usuario bloqueado, creo que me equivoque de contraseña un par de veces
y ya. le di a recuperar contraseña pero no me llega ningun correo
tampoco en spam. tengo que subir los tickets del trimestre
juanma sierra"""),
("es", "gracias-guia-alhambra", "Isabel Coronado <isabel.coronado@example.org>", "Visita del sábado", "general", "",
"""Buenas tardes:

Solo quería dar las gracias por la visita guiada a la Alhambra del
sábado por la mañana. Íbamos con mi suegra, que camina con dificultad,
y Andrés, el guía, adaptó el recorrido sin que nadie tuviera que
pedírselo, buscó bancos para las paradas y aun así no nos perdimos
nada. Además explica de maravilla. Ojalá todos fueran así.

Un saludo,
Isabel Coronado"""),
("es", "carpeta-olvidada-sala-espera-fisio", "Luis Carrasco <luis.carrasco@example.com>", "Objeto olvidado", "general", "",
"""Hola,

Ayer por la tarde, después de la sesión de fisio con Nerea (la de las
19:00), me dejé en la sala de espera una carpeta azul con radiografías
y los informes del traumatólogo. ¿La ha encontrado alguien? Me paso a
recogerla cuando me digáis.

Gracias,
Luis"""),
("es", "parque-acuatico-san-juan-abre", "Rocío Pineda <rocio.pineda@example.net>", "24 de junio", "general", "",
"""Buenas! El lunes 24 es San Juan y aquí es festivo local. Abre el
parque acuático ese día? Y a qué hora? Vamos con los primos, somos 9.
Gracias!!"""),
("es", "coro-villancicos-centro-comercial", "Coro Voces del Turia <vocesdelturia@example.org>", "Propuesta: villancicos en diciembre", "general", "",
"""Estimados responsables de actividades:

Somos el coro Voces del Turia, una asociación de 28 cantantes
aficionados de Valencia. Nos gustaría proponerles actuar en la plaza
central del centro comercial algún sábado de diciembre, con un
repertorio de villancicos de unos 40 minutos. No cobramos caché; solo
necesitaríamos un espacio y, si es posible, un punto de luz para el
teclado.

Les adjunto un vídeo de nuestra actuación del año pasado.

Un cordial saludo,
Amparo Soler
Presidenta"""),
("es", "libreria-novela-en-catalan", "Montse Puig <montse.puig@example.com>", "Llibre / libro", "general", "",
"""Hola!

Teniu la novel·la nova de la Irene Solà en català? Perdón, os escribo
en castellano por si acaso: ¿tenéis en la tienda de Gràcia la última
novela de Irene Solà en catalán, no la traducción? Es para un regalo
del sábado y preferiría ir a buscarla en persona.

Gràcies!
Montse"""),
("es", "academia-cambiar-email-contacto", "Antonio Requena <antonio.requena@example.org>", "Cambio de correo", "general", "",
"""Buenos días,

En la ficha de mi hijo Pablo Requena (inglés, grupo B2 de los martes)
figura como correo de contacto el de mi exmujer, que ya no usa. Les
ruego que lo sustituyan por este (antonio.requena@example.org) para
los avisos y las notas. El teléfono sigue siendo el mismo.

Gracias,
Antonio Requena"""),
("es", "puntos-club-deportes-juntar", "Quique Fernández <quique.fdez@example.com>", "puntos", "general", "",
"""Hola, tengo 2.300 puntos del club en la tarjeta de la tienda de
deportes y mi mujer tiene otros 1.500 en la suya. Se pueden juntar en
una sola tarjeta? Y se pueden usar comprando en la web o solo en tienda
fisica?
Gracias"""),
("es", "camping-ruido-director", "Victoria Salas <victoria.salas@example.net>", "Parcela 112 - noches sin dormir", "general", "high",
"""Buenos días:

Llevamos cuatro noches en la parcela 112 con dos niños pequeños y no
hemos podido dormir ninguna. El grupo de la parcela de al lado tiene
música alta hasta las 3 de la madrugada. Hemos ido a recepción todas
las noches; el vigilante dice que "ya ha avisado" y todo sigue igual.
El reglamento del camping dice silencio a partir de las 00:00.

Exijo hablar hoy mismo con el director del camping. Si no se soluciona,
quiero que nos cambien de zona.

Victoria Salas"""),
("es", "comida-empresa-vomitos", "Ricardo Luna <ricardo.luna@example.com>", "Comida del jueves 14 - varios enfermos", "general", "high",
"""Buenos días,

El jueves 14 comimos 18 compañeros de trabajo en su restaurante (menú
de grupo con ensaladilla, croquetas y arroz con bogavante). Esa misma
noche y el viernes, al menos 9 de nosotros tuvimos vómitos, diarrea y
fiebre; dos compañeros tuvieron que ir a urgencias. Los que no tomaron
la ensaladilla están bien.

No escribo para reclamar dinero. Creo que deben revisar lo que pasó en
cocina, porque pueden estar sirviendo lo mismo a otros clientes. Si
necesitan datos del grupo, díganme.

Ricardo Luna"""),
("es", "entrega-despues-del-viaje", "Catalina Pons <catalina.pons@example.org>", "Fecha de entrega", "general", "",
"""Hola,

Estoy a punto de pedir el sofá cama y la mesa extensible, pero del 2 al
16 de diciembre estamos de viaje y no habrá nadie en casa. ¿Puedo
elegir que me lo entreguen a partir del 17? No quiero que se quede en
la portería.

Gracias,
Catalina"""),
("es", "cafeteria-hospital-opciones-sin-gluten", "Marisa Doménech <marisa.domenech@example.com>", "Sugerencia para la cafetería", "general", "",
"""Hola,

Mi marido lleva tres semanas ingresado en planta y yo como casi todos
los días en la cafetería del hospital. Soy celíaca y la única opción
sin gluten que hay es la ensalada verde. No es una queja, el personal
es muy amable, pero quizá podrían añadir algún bocadillo o plato
caliente sin gluten. Seguro que no soy la única.

Un saludo,
Marisa"""),
# ---------------- Polish ----------------
("pl", "przedszkole-zerowka-od-wrzesnia", "Karolina Wróbel <karolina.wrobel@example.com>", "Zosia Wróbel - grupa Biedronki", "billing", "",
"""Dzień dobry,

od września Zosia idzie do zerówki w szkole podstawowej przy naszym
osiedlu, więc po wakacjach nie wraca już do przedszkola. Proszę nie
naliczać czesnego za wrzesień i kolejne miesiące. Sierpień oczywiście
opłacimy normalnie.

Bardzo dziękujemy paniom z Biedronek za trzy piękne lata!

Karolina Wróbel"""),
("pl", "kurs-kat-c-platnosc-z-urzedu-pracy", "Michał Zieliński <michal.zielinski@example.net>", "Kurs kat. C - płatność", "billing", "",
"""Dzień dobry,

chciałbym zapisać się na kurs prawa jazdy kategorii C od marca. Kurs
ma mi sfinansować powiatowy urząd pracy w ramach bonu szkoleniowego.
Czy możecie przyjąć płatność bezpośrednio od urzędu, przelewem po
zakończeniu kursu? I czy fakturę wystawiacie na urząd, czy na mnie?

Pozdrawiam
Michał Zieliński"""),
("pl", "parking-lotnisko-9-dni-zamiast-7", "Agnieszka Lis <agnieszka.lis@example.org>", "Rezerwacja PRK-40192", "billing", "",
"""Dzień dobry,

zarezerwowałam parking przy lotnisku na 7 dni (od 3 do 10 sierpnia) i
tyle zapłaciłam online, 196 zł. Przy wyjeździe szlaban pobrał z karty
jeszcze 56 zł, jakby to było 9 dni. Wróciliśmy dokładnie 10 sierpnia o
22:15, mam kartę pokładową. Proszę o zwrot tych 56 zł.

Agnieszka Lis"""),
("pl", "kino-karta-bez-limitu-erasmus", "Kuba Nowicki <kuba.nowicki@example.com>", "karta bez limitu", "billing", "",
"""Hej,
od października wyjeżdżam na Erasmusa do Lizbony na semestr. Czy da się
zawiesić moją kartę kinową bez limitu na te 5 miesięcy, żeby nie
schodziło 49 zł co miesiąc? W lutym wracam i chcę dalej chodzić, więc
nie chcę jej całkiem zamykać.
Kuba"""),
("pl", "fryzjer-zaplacone-w-apce-i-w-salonie", "dawid k <dawidk88@example.net>", "zaplata", "billing", "",
"""dzien dobry w sobote bylem na strzyzeniu u pana Kamila. zaplacilem z
gory w apce przy rezerwacji 70 zl a potem w salonie jeszcze raz karta
bo recepcja mowila ze nie widzi platnosci. teraz na koncie mam 2 razy
po 70. prosze o zwrot jednej"""),
("pl", "operator-kara-umowna-rzecznik", "Tadeusz Kaczmarek <t.kaczmarek@example.org>", "Kara za rozwiązanie umowy - nr klienta 8820114", "billing", "high",
"""Szanowni Państwo,

naliczyliście mi 640 zł kary za przedterminowe rozwiązanie umowy na
internet mobilny. Umowę wypowiedziałem, bo od przeprowadzki do
Kłodzka, o której Was informowałem przed podpisaniem aneksu, usługa
praktycznie nie działa - reklamacje z 12.05 i 3.06 uznaliście sami.
Nie będę płacił kary za usługę, której nie świadczyliście.

Jeśli kara nie zostanie anulowana w ciągu 14 dni, skieruję sprawę do
powiatowego rzecznika konsumentów i do UOKiK.

Tadeusz Kaczmarek"""),
("pl", "hotel-minibar-kierownik", "Joanna Sadowska <joanna.sadowska@example.com>", "Rachunek za pobyt 14-16.06 - minibar", "billing", "high",
"""Dzień dobry,

po wyjeździe z Państwa hotelu w Sopocie z karty zeszło dodatkowo
187 zł za "minibar". Nie wzięliśmy z minibaru niczego, nawet wody -
mieliśmy własną. Recepcja przez telefon powiedziała, że "system tak
pokazał" i nic nie może zrobić.

Proszę o kontakt kierownika hotelu, a nie kolejnej osoby z recepcji, i
o zwrot tych 187 zł.

Joanna Sadowska
tel. 600 000 771"""),
("pl", "kurs-online-brak-dostepu-chargeback", "Rafał Górecki <rafal.gorecki@example.net>", "Kurs Excel dla księgowych - brak dostępu od 6 tygodni", "billing", "high",
"""Dzień dobry,

1 września zapłaciłem 890 zł za kurs online "Excel dla księgowych".
Do dziś nie dostałem dostępu do platformy - na trzy maile przyszła
jedna odpowiedź, że "dostęp zostanie nadany wkrótce". Minęło sześć
tygodni.

Ponieważ płaciłem kartą, złożyłem w banku reklamację transakcji
(chargeback). Informuję o tym, żeby nie było zaskoczenia.

Rafał Górecki"""),
("pl", "pensjonat-ferie-bon-turystyczny", "Ewelina Pawlak <ewelina.pawlak@example.com>", "Płatność bonem", "billing", "",
"""Dzień dobry,

chcielibyśmy zarezerwować u Państwa pokój rodzinny na tydzień w ferie,
od 10 lutego. Czy można zapłacić Polskim Bonem Turystycznym? Jeśli
tak, to czy bonem da się opłacić także zaliczkę, czy tylko resztę na
miejscu? Na bonie zostało nam jeszcze 1 000 zł.

Pozdrawiam,
Ewelina Pawlak"""),
("pl", "aplikacja-dziala-roczny-zamiast-miesiecznego", "Bartosz Wiśniewski <bartosz.wisniewski@example.org>", "Aplikacja treningowa", "billing", "",
"""Dzień dobry,

od razu zaznaczę: aplikacja działa bez zarzutu, nie chodzi o żaden
błąd. Chodzi o pieniądze. Po okresie próbnym wybrałem plan miesięczny
za 39,99 zł, a z karty zeszło 299,99 zł za plan roczny. Mam zrzut
ekranu z wyborem planu. Proszę o przestawienie na plan miesięczny i
zwrot różnicy.

Bartosz Wiśniewski"""),
("pl", "voucher-restauracja-czesciowo", "Dorota Mazur <dorota.mazur@example.com>", "Voucher 300 zł", "billing", "",
"""Dzień dobry,

dostałam od znajomych voucher do Państwa restauracji na 300 zł. Chcemy
przyjść we dwoje na kolację, pewnie wydamy mniej. Czy resztę można
wykorzystać przy następnej wizycie, czy voucher trzeba wykorzystać
jednorazowo w całości?

Dorota"""),
("pl", "odp-hurtownia-faktura-zbiorcza", "Biuro Rachunkowe Sowa <biuro@sowa-ksiegowosc.example>", "Odp: Faktury za materiały - Remonty Kos", "billing", "",
"""Dzień dobry,

dziękuję za odpowiedź. W takim razie prosimy, żeby od listopada
wystawiać jedną fakturę zbiorczą na koniec miesiąca zamiast osobnej
faktury do każdego wydania z magazynu - nasz klient, firma Remonty Kos,
odbiera u Państwa towar prawie codziennie i w październiku tych faktur
było 37. Termin płatności może zostać bez zmian, 14 dni.

Z poważaniem
Halina Sowa

-----Wiadomość oryginalna-----
Od: Hurtownia Budmat <faktury@budmat.example>
Wysłano: 4 listopada 2024 10:40
Temat: RE: Faktury za materiały - Remonty Kos

> Dzień dobry, fakturę zbiorczą miesięczną możemy wystawiać na prośbę
> klienta lub jego biura rachunkowego.
> Pozdrawiamy, dział sprzedaży"""),
("pl", "nadplata-za-prad-po-mamie", "Stanisław Duda <stanislaw.duda@example.net>", "Umowa po zmarłej mamie - nadpłata", "billing", "",
"""Dzień dobry,

moja mama, Irena Duda, zmarła w lipcu. Umowę na prąd w jej mieszkaniu
w Łowiczu rozwiązałem w Państwa biurze obsługi 12 sierpnia (mam kopię
wniosku). Na ostatniej fakturze rozliczeniowej wyszła nadpłata
214,60 zł. Konto mamy w banku jest już zamknięte - czy mogą Państwo
przelać nadpłatę na moje konto? Jakie dokumenty są potrzebne?

Stanisław Duda
nr klienta 300 118 442"""),
("pl", "pytanie-lecznica-pakiet-szczepien", "Monika Jabłońska <monika.jablonska@example.com>", "Pytanie", "billing", "",
"""Dzień dobry,

w lutym wykupiłam dla Fuksa (beagle) roczny pakiet profilaktyczny za
540 zł - szczepienia, odrobaczanie, dwa przeglądy. Wykorzystaliśmy
jedno szczepienie i jeden przegląd. Przeprowadzamy się do Gdańska i
nie będziemy już mogli przyjeżdżać. Czy można dostać zwrot za
niewykorzystaną część pakietu?

Monika Jabłońska"""),
("pl", "carsharing-oplata-za-sprzatanie", "Paweł Krawczyk <pawel.krawczyk@example.org>", "Opłata 150 zł za sprzątanie", "billing", "",
"""Cześć,

naliczyliście mi 150 zł "opłaty za zabrudzenie auta" po przejeździe w
sobotę (WX 0000A, 18 min, z Mokotowa na Wolę). Auto zostawiłem w takim
stanie, w jakim je wziąłem, zrobiłem zdjęcia wnętrza na koniec
przejazdu, jak zawsze. Proszę o anulowanie opłaty albo pokazanie,
jakie to zabrudzenie.

Paweł"""),
("pl", "brama-przesuwna-pilot-z-bliska", "Grzegorz Olszewski <grzegorz.olszewski@example.com>", "Brama wjazdowa", "technical", "",
"""Dzień dobry,

nie chcę oddawać napędu ani żadnego zwrotu pieniędzy, brama chodzi
porządnie i z montażu jestem zadowolony. Chcę tylko, żeby ktoś to
naprawił.

Od kilku dni pilot otwiera bramę dopiero z 2-3 metrów, a wcześniej
działał z ulicy. Baterie w obu pilotach wymieniłem na nowe, antena na
słupku jest na miejscu. Czy to kwestia ustawień, czy trzeba
przyjechać?

Grzegorz Olszewski
Brzeziny, ul. Leśna 3"""),
("pl", "aplikacja-przewoznika-bilet-qr-zamyka", "Natalia Kubiak <natalia.kubiak@example.net>", "Bilet w aplikacji", "technical", "",
"""Dzień dobry,

po ostatniej aktualizacji aplikacja zamyka się, kiedy wchodzę w "Moje
bilety". Mam kupiony bilet na jutro rano do Krakowa i nie mogę
wyświetlić kodu QR dla konduktora. Odinstalowałam ją i zainstalowałam
ponownie - po zalogowaniu to samo. Telefon: Samsung, Android 14.

Czy mogę pokazać bilet w inny sposób?

Natalia Kubiak"""),
("pl", "program-ksiegowy-kod-zawsze-wygasl", "Robert Szymański <robert@szymanski-transport.example>", "Logowanie - kody weryfikacyjne", "technical", "",
"""Dzień dobry,

od poniedziałku nie mogę zalogować się do programu księgowego. Po
wpisaniu hasła przychodzi mail z kodem weryfikacyjnym, wpisuję go od
razu, w ciągu kilkunastu sekund, a program odpowiada "Kod wygasł".
Próbowałem kilkanaście razy, na dwóch komputerach. Jestem
administratorem konta firmy, a w piątek muszę wysłać JPK.

Robert Szymański"""),
("pl", "stomatolog-rejestracja-rtg-nie-dziala", "Gabinet Stomatologiczny Uśmiech <rejestracja@gabinet-usmiech.example>", "Pilne - gabinet", "technical", "high",
"""Dzień dobry,

od rana w poczekalni siedzą pacjenci, a my nie wiemy, kto jest na
którą godzinę: grafik wizyt się nie otwiera, karty pacjentów też nie, a
aparat RTG nie zapisuje zdjęć, bo nie widzi bazy. Lekarze nie mogą
zacząć leczenia kanałowego bez zdjęć. Odwołujemy wizyty jedną po
drugiej, a na popołudnie mamy zapisanych jeszcze 14 osób.

Proszę o pilny telefon: 42 000 18 90.

Anna Wasilewska
rejestracja"""),
("pl", "kwiaciarnia-platnosci-odrzucone-dzien-matki", "Kwiaciarnia Różany Kosz <sklep@rozanykosz.example>", "Sklep internetowy", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem żaden klient nie może zapłacić w naszym sklepie
internetowym - przy płatności kartą i BLIK-iem pokazuje się "Transakcja
odrzucona", a pieniądze nie schodzą. Przez telefon dzwonią do nas
dziesiątki osób, które chcą zamówić kwiaty na Dzień Matki z dostawą na
jutro, a my przyjmujemy zamówienia na kartkę i nie nadążamy.

To nasz najważniejszy dzień w roku. Proszę o natychmiastowy kontakt.

Magdalena Czerwińska
Różany Kosz"""),
("pl", "lampka-nocna-dziecka-topi-sie", "Adam Szewczyk <adam.szewczyk@example.com>", "Lampka nocna", "technical", "high",
"""Dzień dobry,

lampka nocna w kształcie księżyca, którą kupiliśmy u Państwa dla
trzyletniej córki, stoi przy jej łóżeczku i świeci całą noc. Dziś rano
zauważyłem, że obudowa przy zasilaczu jest bardzo gorąca, a plastik z
jednej strony się odkształcił i zmiękł. Córka lubi ją brać do ręki.

Odłączyłem ją i schowałem. Chciałbym wiedzieć, czy to wada tego
egzemplarza, czy całej serii - w sklepie było ich sporo.

Adam Szewczyk"""),
("pl", "ladowarka-wozka-iskrzy", "Wiesława Sikora <wieslawa.sikora@example.org>", "Ładowarka do wózka męża", "technical", "high",
"""Dzień dobry,

piszę w sprawie ładowarki do elektrycznego wózka inwalidzkiego męża,
kupionej u Państwa w kwietniu. Od kilku dni przy wkładaniu wtyczki do
gniazda w wózku pojawiają się iskry i słychać trzask, a wczoraj
wieczorem poczułam swąd spalenizny. Wtyczka jest lekko nadtopiona z
boku.

Na razie nie ładujemy, ale mąż bez wózka nie wyjdzie z domu, a bateria
wystarczy na dzień, dwa. Co mamy robić?

Wiesława Sikora"""),
("pl", "monitoring-sklep-kamery-czarne", "Sklep Spożywczy Pod Lipą <podlipa.sklep@example.net>", "kamery", "technical", "",
"""Dzień dobry,

od około tygodnia nagrania z kamer nr 3 i 4 (zaplecze i wejście od
podwórka) są całe czarne, chociaż na podglądzie na żywo obraz jest.
Pozostałe kamery nagrywają normalnie. Rejestrator montowaliście nam w
zeszłym roku. Czy można to sprawdzić zdalnie, czy musi przyjechać
technik?

Zbigniew Lipiec"""),
("pl", "dekoder-po-burzy-brak-sygnalu", "janina <janina.wlodarczyk@example.com>", "dekoder", "technical", "",
"""dzien dobry po wczorajszej burzy dekoder pokazuje brak sygnalu na
wszystkich kanalach. wylaczalam z pradu i wlaczalam, sprawdzilam kabel
z anteny jest wlozony. telewizor dziala bo na pendrive filmy leca. co
moze byc?
Janina Włodarczyk"""),
("pl", "odp-pompa-ciepla-buczy-noca", "Łukasz Baran <lukasz.baran@example.org>", "Odp: Zgłoszenie serwisowe 3321 - pompa ciepła", "technical", "",
"""Dzień dobry,

niestety po wizycie serwisanta nic się nie zmieniło. Jednostka
zewnętrzna pompy ciepła w nocy co kilkanaście minut głośno buczy i
stuka - słychać to w sypialni przy zamkniętym oknie, sąsiedzi też już
zwrócili uwagę. Serwisant dokręcił obudowę, podłożył podkładki pod
nóżki i powiedział, że powinno być dobrze. Nie jest.

Łukasz Baran

W dniu 2.10.2024 o 09:15 Serwis <serwis@klima-serwis.example> pisze:
> Dzień dobry,
> informujemy, że wizyta serwisowa w sprawie zgłoszenia 3321 została
> zaplanowana na 4.10.2024 w godzinach 8-12.
> Pozdrawiamy, Dział Serwisu"""),
("pl", "abonament-aplikacja-klubu-zapisy-502", "Krzysztof Walczak <krzysztof.walczak@example.com>", "Abonament", "technical", "",
"""Dzień dobry,

nie chodzi o opłaty, abonament płacę i wszystko się zgadza. Chodzi o
to, że od wczoraj w aplikacji klubu nie mogę zapisać się na żadne
zajęcia - po kliknięciu "Zapisz się" wyskakuje "Coś poszło nie tak
(kod 502)". Na stronie w przeglądarce to samo. Żona na swoim koncie
zapisuje się bez problemu.

Krzysztof Walczak"""),
("pl", "przychodnia-formularz-szczepienie-nie-wysyla", "Elżbieta Kowalczyk <elzbieta.kowalczyk@example.net>", "Zapisy na szczepienie", "technical", "",
"""Dzień dobry,

próbuję zapisać siebie i męża na szczepienie przeciw grypie przez
formularz na Państwa stronie. Wypełniam wszystko, zaznaczam zgodę,
klikam "Wyślij" i nic się nie dzieje - przycisk się szarzeje i po
chwili wraca do niebieskiego, a żadne potwierdzenie nie przychodzi.
Próbowałam na komputerze i na telefonie.

Elżbieta Kowalczyk"""),
("pl", "nawadnianie-strefa-3-nie-rusza", "Piotr Adamczyk <piotr.adamczyk@example.com>", "Podlewanie", "technical", "",
"""Cześć,

system nawadniania, który montowaliście w kwietniu: od tygodnia strefa
3 (rabaty przy tarasie) się nie włącza. Sterownik pokazuje, że
podlewa, odlicza czas, a zraszacze nawet nie drgną. Pozostałe strefy
działają. Ręczne uruchomienie strefy 3 też nic nie daje. Może
elektrozawór?

Piotr"""),
("pl", "czujniki-cisnienia-po-wymianie-opon", "Aleksandra Michalak <ola.michalak@example.org>", "Kontrolka po wymianie opon", "technical", "",
"""Dzień dobry,

w sobotę zmieniałam u Państwa opony na zimowe (Toyota Corolla). Od
tamtej pory świeci się kontrolka ciśnienia w oponach, a ciśnienie na
stacji sprawdzałam - jest dobre we wszystkich czterech. Czy czujniki
trzeba jakoś zaprogramować do kół zimowych? Mogę podjechać w tym
tygodniu.

Aleksandra Michalak"""),
("pl", "podziekowanie-przewodnik-orla-perc", "Marta Zawadzka <marta.zawadzka@example.com>", "Podziękowanie dla pana Jacka", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panu Jackowi, który w sobotę prowadził
naszą grupę na Kozi Wierch. Kiedy pogoda zaczęła się psuć, spokojnie
zdecydował o zejściu, a moją córkę, która bała się łańcuchów, przeprowadził
krok po kroku, z cierpliwością, jakiej dawno nie widziałam. Wrócimy na
pewno - i poprosimy o tego samego przewodnika.

Marta Zawadzka"""),
("pl", "zgubiony-kolczyk-sala-weselna", "Iwona Szulc <iwona.szulc@example.net>", "Zguba po weselu 12.10", "general", "",
"""Dzień dobry,

w sobotę 12.10 byłam gościem na weselu Państwa Nowaków w Państwa sali
i zgubiłam kolczyk - złoty, w kształcie listka, z małą perłą. Mogło to
być na parkiecie albo przy stole nr 6 blisko okna. Czy może ktoś z
obsługi go znalazł przy sprzątaniu? To pamiątka po babci.

Iwona Szulc
tel. 600 000 315"""),
("pl", "myjnia-wigilia-godziny", "Marek Głowacki <marek.glowacki@example.com>", "Wigilia", "general", "",
"""Dzień dobry, czy myjnia ręczna przy Obwodnicy będzie otwarta w
Wigilię rano i do której? Chciałbym umyć auto przed wyjazdem do
rodziny.
Pozdrawiam"""),
("pl", "klub-biegowy-start-przy-pensjonacie", "Oliwia Kamińska <oliwia@biegamy-razem.example>", "Propozycja współpracy - bieg charytatywny", "general", "",
"""Dzień dobry,

jestem z klubu biegowego "Biegamy Razem" z Nowego Sącza. We wrześniu
organizujemy bieg charytatywny na rzecz hospicjum i szukamy miejsca na
start i metę. Państwa pensjonat ma duży parking i łąkę przy szlaku -
czy bylibyście otwarci na to, żeby start był u Was? Zajmiemy się
wszystkim, łącznie ze sprzątaniem, a Was chętnie wymienimy jako
partnera na koszulkach i w mediach.

Pozdrawiam serdecznie
Oliwia Kamińska"""),
("pl", "oboz-jezdziecki-wolne-miejsca-lipiec", "Beata Kalinowska <beata.kalinowska@example.org>", "Obóz jeździecki", "general", "",
"""Dzień dobry,

czy na lipcowym turnusie obozu jeździeckiego (15-24.07) są jeszcze
wolne miejsca dla dwóch dziewczynek, 11 i 13 lat? Obie jeździły już
rok w szkółce, więc raczej grupa średniozaawansowana. Czy dzieci
śpią w pokojach po dwie osoby?

Beata Kalinowska"""),
("pl", "klub-fitness-zmiana-adresu", "Tomasz Lewandowski <tomasz.lewandowski@example.com>", "Zmiana danych", "general", "",
"""Dzień dobry,

przeprowadziłem się i proszę o zmianę adresu w moich danych
członkowskich na: ul. Wrzosowa 15/4, 20-468 Lublin. Nr karty
członkowskiej 70044812. Logowanie i karta działają normalnie, chodzi
tylko o adres do korespondencji.

Tomasz Lewandowski"""),
("pl", "apteka-punkty-koniec-roku", "Halina Piątek <halina.piatek@example.net>", "Punkty w aptece", "general", "",
"""Dzień dobry, mam w programie lojalnościowym apteki 860 punktów. Czy
one przepadają z końcem roku? Pani w aptece nie była pewna. I czy
mogę je wymienić na coś w aptece na Kwiatowej, czy tylko przez
internet?
Halina Piątek"""),
("pl", "przychodnia-rejestratorka-kierownik", "Zofia Borkowska <zofia.borkowska@example.org>", "Skarga na rejestrację", "general", "high",
"""Dzień dobry,

w poniedziałek przyszłam z 84-letnią mamą na wizytę u kardiologa.
Spóźniłyśmy się 5 minut, bo mama wolno chodzi, a autobus się spóźnił.
Pani w rejestracji przy całej poczekalni powiedziała, że "takich
pacjentów się nie przyjmuje" i że mamy się zapisać od nowa - na
styczeń. Mama się rozpłakała. Lekarz, jak się okazało, i tak miał
opóźnienie.

Proszę o kontakt kierowniczki przychodni. Chcę, żeby ta sprawa została
wyjaśniona.

Zofia Borkowska
tel. 600 000 902"""),
("pl", "lodowisko-sruba-w-bandzie", "Radosław Jaworski <radoslaw.jaworski@example.com>", "Lodowisko - banda przy wejściu", "general", "high",
"""Dzień dobry,

byłem w niedzielę z synem na Państwa lodowisku. Przy bandzie, zaraz
obok wejścia na taflę, wystaje ze sklejki śruba z ostrym końcem, mniej
więcej na wysokości twarzy małego dziecka. Dzieci, które dopiero uczą
się jeździć, trzymają się właśnie tam bandy. Mój syn zahaczył o nią
rękawem i rozdarł kurtkę - na szczęście tylko kurtkę.

Myślę, że trzeba to szybko zabezpieczyć.

Radosław Jaworski"""),
("pl", "catering-dieta-sroda-inny-adres", "Kasia Zając <kasia.zajac@example.net>", "dostawy w środy", "general", "",
"""Hej, mam u Was dietę 1800 kcal z dostawą do domu. Od listopada w
środy pracuję w biurze na drugim końcu miasta - czy w środy możecie
dowozić pod inny adres (ul. Grochowska 300, recepcja), a w pozostałe dni
tak jak teraz? Jeśli tak, to gdzie to ustawić?
Kasia"""),
("pl", "kino-seanse-z-napisami-dla-nieslyszacych", "Jakub Pietrzak <jakub.pietrzak@example.org>", "Sugestia", "general", "",
"""Dzień dobry,

jestem osobą niedosłyszącą i bardzo lubię chodzić do Państwa kina, ale
polskie filmy mogę oglądać tylko na platformach z napisami. Może
dałoby się raz w tygodniu puszczać jeden seans polskiego filmu z
napisami dla niesłyszących? W innych miastach takie seanse są i cieszą
się popularnością.

Z pozdrowieniami
Jakub Pietrzak"""),
]
