# wide4-en.py -- a fourth wide batch of English labelled mails, held out
# like batch13-16.py, spread over many kinds of business (estate agents,
# removals, equipment hire, insurance, opticians, subscriptions, venues,
# office services, parcel shops, student housing, apps, platforms,
# parking, hotels, rail and more) so that a word-counting model sees how
# customers of all sorts write about money, faults and everything else.
# For training.  Same tuple format as batch16.py.
M += [
# ---------------- English ----------------
# --- estate agents and property portals ---
("en", "w4-tenancy-deposit-small-claims", "Rhiannon Pugh <rhiannon.pugh@example.co.uk>", "Deposit - 14 Albert Terrace", "billing", "high",
"""Dear Sir/Madam,

I moved out of 14 Albert Terrace on 31 July. The check-out report your
own inventory clerk did says the flat was left "clean and in good
order". It is now seven weeks later and my deposit of 1,150.00 has not
been returned, and nobody at your Cardiff office will tell me why.

If the full amount is not back in my account within 10 days I will
raise it with the deposit protection scheme and issue a claim in the
small claims court for the deposit plus the penalty the law allows.

Rhiannon Pugh"""),
("en", "w4-portal-photos-wont-upload", "Dev Raman <dev.raman@example.com>", "photos", "technical", "",
"""hi, trying to list my flat on your site as a private landlord. text
part went through fine but every time i add the photos it gets to about
80% and says "File could not be processed". tried jpg and png, tried
smaller ones (under 2mb), tried chrome and edge. still same. listing is
sitting there with no pictures which is useless

dev"""),
("en", "w4-viewing-flat-saturday", "Hollie Chambers <hollie.chambers@example.net>", "Viewing - Flat 3, Marlowe House", "general", "",
"""Hi there,

I saw the two-bed in Marlowe House on your website (1,150 pcm). Are you
doing any viewings this Saturday morning? I work weekdays so evenings or
weekends are the only option. Also is it OK for pets, we have one older
cat who is very well behaved!

Thanks
Hollie"""),
("en", "w4-featured-listing-not-featured", "Graham Stott <g.stott@example.co.uk>", "Featured listing", "billing", "",
"""Hello,

On the 2nd I paid 49.99 to upgrade my listing (ref PL-208813) to
"Featured" for 14 days. I've searched for houses in Kettering every day
since and mine is on page 3 like before, with no Featured badge. So I've
paid for something I'm not getting. Please either make it featured and
extend it by the days I've lost, or give me the 49.99 back.

Graham Stott"""),
("en", "w4-negotiator-thanks", "Jean & Malcolm Ferris <ferris.family@example.org>", "Thank you to Priya", "general", "",
"""Dear all at Harbour Homes,

We completed on our sale yesterday and wanted to say thank you, in
particular to Priya in the Weymouth office. Our buyer's mortgage nearly
fell through twice and she kept everyone calm and talking. Worth every
penny of the fee, and we'll be recommending you to anyone who asks.

With best wishes,
Jean and Malcolm Ferris"""),
("en", "w4-agency-feed-listings-gone", "Lettings Team <lettings@parkside-estates.example>", "URGENT - all our listings have disappeared", "technical", "high",
"""Hi,

Since some time last night every one of our 140 properties has vanished
from the portal. Our branch page just says "This agent has no properties
at the moment". Our feed software shows the upload went through at
02:00 as normal with no errors.

Monday is our busiest day for enquiries and the phones are completely
dead. We have two landlords already asking why their homes aren't
showing. Please can someone look at our feed today - branch ID 40712.

Carl Benson
Lettings Manager, Parkside Estates"""),
("en", "w4-management-fee-twice", "Alan Whitlock <alan.whitlock@example.co.uk>", "March statement", "billing", "",
"""Hi Sarah,

Just going through the landlord statement for 22 Grove Road. The rent
came in at 950, and you've taken your 12% management twice, 114 and then
another 114 two lines down, same description. Can you check and put the
second one back?

Cheers
Alan"""),
# --- removal companies ---
("en", "w4-removal-deposit-chain-collapsed", "Naomi Fitch <naomi.fitch@example.com>", "Our move on the 18th", "billing", "",
"""Hello,

I'm sorry to say our chain has collapsed (the buyer pulled out on
Friday) so we won't be moving on the 18th after all, and I honestly
don't know when we will. We paid 250 when we booked. Your terms say a
booking can be cancelled free up to 14 days before, and we're three
weeks out, so could the 250 come back to the card we used?

Many thanks,
Naomi Fitch"""),
("en", "w4-removers-wardrobe-manager", "Terence Okafor <terence.okafor@example.co.uk>", "Damage on removal day - I want the manager", "billing", "high",
"""Your crew moved us on Tuesday. The oak wardrobe that was my late
mother's came off the lorry with the side split and a door hanging off,
and one of your men actually said "that happened on the stairs". You
sold me the "full value cover" for an extra 95 pounds. I put the claim
in with photos the same evening and I've had two automatic replies and
nothing else.

I'm not dealing with the claims inbox any longer. I want the manager of
the Northampton depot to phone me this week about paying for the
repair, or for the wardrobe.

T. Okafor
07700 900418"""),
("en", "w4-inventory-form-loops", "Becca Lowe <becca.lowe@example.net>", "online inventory", "technical", "",
"""Hi, I'm trying to fill in the online room-by-room inventory you sent
the link for so you can give us the quote. Every time I get to "Garage
and loft" and press Next it goes back to the start and everything I've
typed is gone. I've done it 3 times now. Phone is an iPhone, tried on
the laptop too. Is there another way to send it?
Becca"""),
("en", "w4-parking-suspension-question", "Hamish Dunn <hamish.dunn@example.co.uk>", "Parking on moving day", "general", "",
"""Morning,

We're booked with you for Friday 6th (job 55120). Our street is
residents' parking only. Do your crews sort out a parking suspension
with the council or do we need to do that ourselves? And roughly what
time will the lorry arrive, so I can tell the neighbours?

Hamish"""),
("en", "w4-cooker-gas-smell-after-move", "Lorna Grieve <lorna.grieve@example.com>", "Cooker", "technical", "high",
"""Hello, your team moved us yesterday and as part of the package they
disconnected the gas cooker at the old house and reconnected it here.
Since this morning there is a smell of gas in the kitchen, faint but
definitely there, strongest behind the cooker. I've turned it off at the
meter and opened the windows and we're at my sister's. I'll ring the gas
emergency line too but I need you to send whoever did the connection.

Lorna Grieve"""),
("en", "w4-removals-piano-thanks", "Winifred Hale <winnie.hale@example.org>", "The piano", "general", "",
"""Dear Sirs,

Just a line to say how impressed I was with the three young men who
moved my upright piano on Wednesday, down a spiral staircase and into a
bungalow with a very narrow hall. Not a scratch on it or on the walls.
They wouldn't even accept a cup of tea. Please tell them from me.

Winifred Hale (Mrs)"""),
("en", "w4-fixed-price-extra-hours", "Dominic Reyes <dominic.reyes@example.com>", "Final bill", "billing", "",
"""Hi

The quote said FIXED PRICE 1,240 for the whole move. Today I've got a
final bill for 1,420 with "additional hours x 3" on it. The extra time
was because your lorry turned up two hours late, not because of
anything we did. Why am I paying 180 more? Please send a corrected
amount.

Dominic"""),
# --- tool and equipment hire ---
("en", "w4-sander-deposit-still-not-back", "Ollie Brennan <ollie.brennan@example.net>", "Floor sander", "billing", "",
"""brought the floor sander back to the Stockton branch on Monday, bloke
checked it over and said all fine. the 150 you held on my card when i
collected it is still not back. its thursday. how long does it take?"""),
("en", "w4-carpet-cleaner-no-suction", "Sunita Kaur <sunita.kaur@example.co.uk>", "Carpet cleaner not sucking up", "technical", "",
"""Hi,

I hired one of your carpet cleaners this morning (agreement 30-77813).
It sprays fine but there's no suction at all - the dirty water tank
stays empty and the carpet is left soaking. I've checked the hose isn't
blocked and the tank lid is on properly.

To be clear, I don't want my money back, I just need a machine that
works, as I have to get the house done before the tenants move in on
Saturday. Can you swap it today?

Sunita"""),
("en", "w4-mini-digger-wont-start", "Gavin Marsh <gavin.marsh@example.com>", "Digger", "technical", "",
"""Hi, the 1.5 tonne mini digger you dropped off on Friday ran fine
Friday and Saturday. This morning it turns over but won't fire. Plenty
of diesel in it. Dashboard lights come on, and there's a little orange
symbol like a coil that stays lit. Anything I can try before you send
someone out? Site is 4 Mill Lane, Ashby.
Gav"""),
("en", "w4-hire-branch-sunday-return", "Pete Harlow <pete.harlow@example.co.uk>", "Returning the tower", "general", "",
"""Is the Basingstoke branch open on Sundays? Want to drop the scaffold
tower back on Sunday rather than take Monday off. If not, is there
anywhere I can leave it out of hours?
Pete"""),
("en", "w4-damage-waiver-declined", "Isla Fenwick <isla.fenwick@example.com>", "Hire agreement 30-80114", "billing", "",
"""Hello,

When I collected the pressure washer I specifically told the person at
the counter I didn't want the damage waiver, as I have my own cover.
Looking at the receipt now, the 8.50 waiver has been added anyway. Could
that please be taken off?

Regards,
Isla Fenwick"""),
("en", "w4-generator-socket-sparks", "Raj Chopra <raj.chopra@example.net>", "Generator", "technical", "high",
"""Good afternoon. The 3kVA petrol generator we hired for our marquee
event is sparking at the 230V socket when anything is plugged in -
little blue flashes and a crackle, and the socket face has gone brown.
We've switched it off and nobody is touching it. We do need a
replacement before 5pm if at all possible as the event starts at 6.
Raj Chopra, Whitmore Village Hall committee"""),
("en", "w4-late-return-extra-day", "Karen Lusk <karen.lusk@example.co.uk>", "Extra day??", "billing", "",
"""I dropped the tile cutter back at 7.55 this morning. Your opening
time is 7.30 and the hire said "return by 8am". Yet I've just had an
email saying a further day's hire of 32.00 has been taken. I've got the
till receipt with the time on it. Please reverse it.
Karen Lusk"""),
# --- skip hire and scrap-car collection ---
("en", "w4-skip-permit-fee-added", "Jason Keogh <jason.keogh@example.com>", "Skip - 8 yard", "billing", "",
"""Hi, your quote for the 8 yard skip was 265 delivered and collected, I
accepted it on the phone. The amount that came out of my account was
330. Turns out 65 is for the council permit because it's on the road.
Nobody mentioned a permit when I booked, I'd have put it on the drive if
I'd known. Can you sort that out please."""),
("en", "w4-skip-still-on-road", "Margaret Ellison <m.ellison@example.co.uk>", "Skip outside 9 Rowan Close", "general", "",
"""Dear Sir or Madam,

We rang on Monday 3rd to say our skip was full and ready to go. It is
now the following Tuesday and it's still sitting in the road outside
number 9. The neighbours are starting to complain about losing the
space. Could you tell me when the lorry will come for it?

Margaret Ellison"""),
("en", "w4-scrap-car-certificate-missing", "Stuart Bell <stuart.bell@example.com>", "Certificate of destruction", "general", "",
"""Hello, you collected my old Fiesta (reg ending 4KT) three weeks ago for
scrap. I still haven't had the certificate of destruction and the DVLA
website still shows me as the keeper. Can you email or post me the
certificate please so I can sort it out with them.

Thanks,
Stuart Bell"""),
("en", "w4-scrap-price-driver-paid-less", "Kelechi Obi <kelechi.obi@example.net>", "Collection 17 April - not what was agreed", "billing", "",
"""Hi,

Your website gave me a price of 220 for my 2008 Astra and I booked on
that basis. When your driver came he looked underneath, said the
catalytic converter was "not original" and gave me 140 by bank transfer,
take it or leave it. The car was already on the truck by then. The
converter is original, I have the service history. I'd like the other
80 please.

Kelechi Obi"""),
("en", "w4-postcode-checker-no-service", "Amber Wilde <amber.wilde@example.co.uk>", "Can't book", "technical", "",
"""Trying to book a skip online and whatever postcode I type in, even the
one for your own depot from the contact page, it says "Sorry, we don't
cover your area yet". Is the booking page broken or have you stopped
covering Swindon?
Amber"""),
("en", "w4-scrap-car-unpaid-solicitor", "Desmond Achterberg <d.achterberg@example.com>", "Payment for collected vehicle - final notice", "billing", "high",
"""To whom it may concern,

On 4 March your driver collected my Vauxhall Corsa from my home on the
understanding that 180.00 would be paid into my account "within 48
hours". Despite four phone calls and two emails, nothing has been paid.

I have taken advice from a solicitor. Unless the 180.00 is received
within seven days of this email I will issue proceedings to recover it,
together with costs.

Desmond Achterberg"""),
# --- home insurance ---
("en", "w4-home-renewal-jump-no-claims", "Philippa Grant <philippa.grant@example.co.uk>", "Renewal notice - policy HH-5520918", "billing", "",
"""Hello,

My buildings and contents renewal has arrived at 498.20 for the year.
Last year it was 312.40. We have made no claims, we haven't changed
anything about the house and we've had the same policy with you for
nine years. Can you explain how you got to that figure, and whether
there's anything you can do about it before I start shopping around?

Philippa Grant"""),
("en", "w4-escape-of-water-ombudsman", "Howard Lyle <howard.lyle@example.com>", "Claim CL-3378102 - settlement offer", "billing", "high",
"""Dear Claims Team,

In January a pipe burst in our loft and brought down two ceilings. Your
loss adjuster agreed the work at 8,900 and we had it done by the
builder he approved. You have now offered 5,200 "in full and final
settlement" with no breakdown at all.

For the record, the timeline is:
- 14 January: leak, claim reported the same morning
- 22 January: loss adjuster visit, scope of works agreed verbally
- 6 February: builder's quote of 8,900 sent to you, no objection raised
- 3 March to 28 March: work carried out
- 11 April: your letter offering 5,200

At no point between January and April did anyone tell us the work or
the price was in question. We have paid the builder in full out of our
savings on the strength of what your adjuster told us.

I do not accept this offer. Please treat this email as a formal
complaint. If I have not had a proper final response within eight
weeks I will refer the matter to the Financial Ombudsman Service.

Howard Lyle"""),
("en", "w4-policy-documents-wont-download", "Tariq Aziz <tariq.aziz@example.net>", "Can't get my documents", "technical", "",
"""Hi, I log into My Policy fine, but when I click "Download schedule"
or "Download certificate" I get a white page with "502 Bad Gateway".
Been like this since Sunday. Need the certificate for my mortgage
lender by end of week. Tried phone and PC.
Tariq"""),
("en", "w4-home-emergency-boiler-f28", "Brenda Nuttall <brenda.nuttall@example.co.uk>", "Boiler - home emergency", "technical", "",
"""Hello

I have home emergency cover with my house insurance (policy
HH-4471902). The boiler has stopped this morning - no heating and no hot
water, and the little screen is showing F28. I've tried the reset button
twice and it goes back to F28. Could you please arrange for an engineer?
I'm in all day tomorrow.

Brenda Nuttall
01632 960114"""),
("en", "w4-insurance-new-address-june", "Oskar Lindgren <oskar.lindgren@example.com>", "Moving house", "general", "",
"""Hello, we're moving on 1 June from 12 Cedar Way to 3 Brook Lane,
Harrogate HG1 4XX. Could you update the address on my contents policy
from that date? Also my mobile number has changed, the new one is 07700
900566. I've got the policy number somewhere but my email address
should find it.

Thank you
Oskar"""),
("en", "w4-home-policy-mortgage-broker", "Alison Crewe <alison.crewe@example.org>", "policy ending", "billing", "",
"""Hi there,

Our mortgage broker has put us onto a combined policy with our new
lender, which starts on the 30th. So we won't be needing yours after
that date. Could you make sure nothing further leaves my account after
this month, and let me know if anything is owed either way.

Thanks,
Alison Crewe"""),
("en", "w4-storm-water-through-light", "Frank Doherty <frank.doherty@example.co.uk>", "Storm damage - water coming through light fitting", "technical", "high",
"""Policy HH-6609210. Last night's storm has taken a section of tiles
off the roof and water is now dripping through the ceiling light in the
back bedroom. The light flickered and then the trip went on that
circuit. I've left the trip off and put a bucket under it, but the
ceiling is bulging. I need an emergency roofer and an electrician out
under my home emergency cover as soon as possible please.

Frank Doherty
07700 900732"""),
# --- travel insurance ---
("en", "w4-lost-bag-claim-eight-weeks", "Chloe Ashworth <chloe.ashworth@example.com>", "Re: Claim TR-99012", "billing", "",
"""Hi,

It's now eight weeks since I sent everything you asked for (the
airline's lost baggage report, receipts for what I had to buy in Lisbon,
and the bank statement). The portal still says "Under review". How much
longer until the money is paid? I'm 640 out of pocket.

Chloe

On 14 May, Claims Team wrote:
> Thank you for submitting your claim. We aim to assess all claims
> within 15 working days of receiving the full documentation."""),
("en", "w4-schengen-cover-letter", "Farhan Siddiqui <farhan.siddiqui@example.net>", "Letter for visa", "general", "",
"""Dear Sir/Madam,

I have bought your single trip policy for my travel to Germany in
September (policy ST-2207714). For my Schengen visa application the
embassy needs a letter or certificate in English that shows medical
cover of minimum 30,000 euro and the travel dates. Could you kindly
provide this document? My appointment at the visa centre is on 19 July.

Best regards
Farhan Siddiqui"""),
("en", "w4-medical-screening-crashes", "Gillian Forde <gillian.forde@example.co.uk>", "Medical questions", "technical", "",
"""Every time I get to the question about "current medication" on your
online medical screening and try to add my second tablet, the page
freezes and then goes back to the home page and I lose the lot. I've
tried three times. I'm 72 and not very good with these things, but my
daughter tried on her laptop and got the same. Is there a number I can
ring instead?
Gillian Forde"""),
("en", "w4-annual-travel-let-lapse", "Reginald Moss <reg.moss@example.org>", "Yearly cover", "billing", "",
"""Dear Sirs,

Now that I have turned eighty my wife and I have decided our days of
going abroad are over. Our annual policy comes up again in October.
Please do not carry it on and do not take any money for another year.

Thank you for looking after us for so long.

Reginald Moss"""),
("en", "w4-cancelled-trip-rejected-fos", "Yasmin Karimi <yasmin.karimi@example.com>", "Complaint - rejected cancellation claim", "billing", "high",
"""I had to cancel our family holiday to Crete because my father was
admitted to hospital two days before we flew. I sent you the hospital
letter and his consultant's note. You have rejected the claim saying
it is a "pre-existing condition", but it is my father's condition, not
mine or anyone on the policy, and he isn't a traveller.

We have lost 2,860. I want this reviewed properly. If it isn't, I will
be taking it to the Financial Ombudsman.

Yasmin Karimi"""),
("en", "w4-assistance-team-thanks", "Bernard Kelly <bernard.kelly@example.co.uk>", "Thank you", "general", "",
"""Hello,

I broke my ankle on the second day of our holiday in Madeira. Your
assistance team were marvellous - they spoke to the hospital, arranged
a seat with extra legroom and a wheelchair at both airports, and rang
my wife every day to see how we were. The claim afterwards was settled
quickly too. I would like the lady called Monique in particular to
know how much we appreciated her.

Bernard Kelly"""),
# --- car insurance and roadside assistance ---
("en", "w4-hard-shoulder-kids-waiting", "Lauren Pike <lauren.pike@example.com>", "STILL WAITING ON THE M6", "technical", "high",
"""I rang at 4.10 to report a breakdown - car lost power and I'm on the
hard shoulder of the M6 northbound just after junction 15. It's now
6.20, getting dark and raining, and I have a 3 year old and a baby in
the back. The app just says "Technician assigned" and the tracker
hasn't moved. Please, someone needs to get here. Membership 6622
0871 4410.
Lauren"""),
("en", "w4-no-claims-proof-letter", "Tomasz Wrobel <tomasz.wrobel@example.net>", "no claims", "general", "",
"""Hello, my policy with you ended last month and I moved to another
insurer. They ask me for proof of my no claims bonus, 5 years. Can you
send a letter with this please to this email? Policy was MT-8811402.
Thank you, Tomasz"""),
("en", "w4-car-change-admin-fee", "Simon Ackroyd <simon.ackroyd@example.co.uk>", "Change of vehicle", "billing", "",
"""Hi,

I swapped my Golf for a Yaris last week and updated the policy online.
It's charged me 35 admin fee plus an extra 62 premium, for a smaller
car with a smaller engine that's also a lower insurance group. That
doesn't make sense to me. Can you check the calculation?

Simon"""),
("en", "w4-breakdown-app-location-spins", "Mia Costa <mia.costa@example.com>", "App location", "technical", "",
"""Hi, not broken down right now luckily, but I tried the "report a
breakdown" bit of the app just to check it works before a long drive on
Friday, and it never gets my location - just a spinning circle on the
map for ages. Location is switched on for the app in my settings, and
Google Maps works fine. Android phone. Anything I should do?
Mia"""),
("en", "w4-sold-car-no-breakdown-needed", "Dennis Okoro <dennis.okoro@example.co.uk>", "Membership 5530 2219 8804", "billing", "",
"""Good morning,

I've sold the car and handed in my licence on medical advice, so I won't
be needing the breakdown cover from now on. Please see to it that it
doesn't roll on again in December.

Dennis Okoro"""),
("en", "w4-direct-debit-twice-bank", "Kerry-Ann Mills <kerryann.mills@example.com>", "you took it twice", "billing", "high",
"""My car insurance instalment is 48.17 a month. This month you took
48.17 on the 1st and then 48.17 again on the 3rd. I've already asked
my bank to reverse the second one under the direct debit guarantee. I
want to know why it happened so it doesn't happen again, and I don't
want my policy cancelled because of it.

Kerry-Ann Mills"""),
("en", "w4-black-box-no-data", "Ethan Price <ethan.price@example.net>", "black box", "technical", "",
"""the telematics box behind my windscreen has had a solid red light for
about a week and the app says "No journeys received since 3 May". ive
been driving every day. do i need to do anything or will someone come
and look at it? dont want it to affect my score
ethan"""),
# --- driving-test booking services ---
("en", "w4-examiner-cancelled-service-fee", "Priya Lal <priya.lal@example.co.uk>", "Test cancelled", "billing", "",
"""Hi,

I booked my practical test through you and paid your 30 service fee on
top of the test fee. The test centre cancelled it the morning of the
test because the examiner was off sick. The government test fee has
already come back but your 30 hasn't. I didn't cancel, they did, so I
don't see why I should lose it.

Priya"""),
("en", "w4-licence-number-not-recognised", "Connor Walsh <connor.walsh@example.net>", "Login", "technical", "",
"""when i try to log in to change my test it says "licence number not
recognised". i copied it straight off my provisional, 16 characters,
and it worked when i booked it. tried with and without spaces. whats
going on"""),
("en", "w4-move-test-other-centre", "Adaeze Nwosu <adaeze.nwosu@example.com>", "Changing test centre", "general", "",
"""Hello, I have a test booked at Pinner on 24 August. I'm moving to
Reading for university in September. Is it possible to move the test to
a Reading centre, and would it have to be around the same date or can
it be any date that's free?

Thanks
Adaeze"""),
("en", "w4-slot-finder-plan-stop", "Harriet Moon <harriet.moon@example.org>", "Passed!", "billing", "",
"""Hi, I passed today!! So I won't be needing the "earlier slot finder"
thing any more - please make sure the 7.99 a month stops now and doesn't
come out again next month. Thanks for finding me the cancellation, it
made all the difference.
Harriet"""),
("en", "w4-cancellation-alerts-stopped", "Liam Gallagher <liam.g@example.co.uk>", "No texts", "technical", "",
"""Hi there. Up until last Tuesday I was getting your text alerts for
cancellation slots at Wood Green most days. Since then nothing at all,
not even the "no new slots" weekly summary. My number hasn't changed
and alerts are switched on in my account. Mates using your service say
they're still getting theirs.
Liam"""),
("en", "w4-wrong-test-centre-manager", "Maureen Quigley <maureen.quigley@example.co.uk>", "Test booked at the wrong centre - I want a supervisor", "general", "high",
"""I phoned on Monday and asked your agent to book my son's test at
Chichester, and I said it twice. The confirmation says Southampton
(Maybush), which is 40 miles away, on a date when I can't take him.
I've rung twice since and been told to "use the website", which won't
let me change the centre without losing the slot.

I want a supervisor to ring me and sort out a test at Chichester. This
was your agent's mistake, not ours.

Maureen Quigley
07700 900261"""),
# --- online opticians ---
("en", "w4-varifocals-blurry-remake", "Gordon Yeats <gordon.yeats@example.co.uk>", "Varifocals order 118204", "technical", "",
"""Hello,

My new varifocals arrived on Tuesday. Distance is fine but the reading
part is blurred unless I tip my head right back, and the left eye seems
worse than the right. My old pair from the high street are fine with the
same prescription. I've worn them for four days in case I just needed to
get used to them.

I'm not after a refund - I like the frames - I'd just like the lenses
checked and remade if they're wrong.

Gordon Yeats"""),
("en", "w4-frames-send-back-money", "Leah Morrow <leah.morrow@example.com>", "Frames", "billing", "",
"""Hi! The tortoiseshell frames looked great on the virtual try-on but in
real life they're far too big for my face. I'd like to send them back
and get my money back rather than swap. They've only been tried on
once. What do I need to do?
Leah"""),
("en", "w4-daily-lenses-pause-travel", "Matteo Ricci <matteo.ricci@example.net>", "Lens subscription", "billing", "",
"""Hello, I am travelling in South America from June to August and I will
take enough lenses with me. Is it possible to pause my monthly daily
lenses plan for these three months, so no deliveries and no payments,
and start again in September? Thanks, Matteo"""),
("en", "w4-prescription-photo-upload", "Jade Kirby <jade.kirby@example.co.uk>", "prescription", "technical", "",
"""Your site keeps telling me "we couldn't read your prescription, please
try again" when I upload a photo of it. The photo is clear, I've taken
it flat on the table in daylight like the guide says. Done it about six
times. Can I just email it to you?"""),
("en", "w4-third-wrong-pair-manager", "Anthony Blake <anthony.blake@example.com>", "Third pair made wrong - I want to speak to a manager", "technical", "high",
"""This is now the third pair of glasses you have sent me and the third
that is wrong. Each time the right lens gives me double vision after a
few minutes, and each time your customer service tells me to "allow two
weeks to adapt". My optometrist has checked them and says the optical
centres are out by several millimetres.

I don't want another pair sent out on the same basis. I want a manager
to call me and explain how you're going to get them made correctly.

Anthony Blake
07700 900845"""),
("en", "w4-glasses-dispatch-when", "Nkechi Adebayo <nkechi.adebayo@example.org>", "Order 118530", "general", "",
"""Hi, I ordered my glasses 10 days ago (paid with Klarna, all fine) and
the order status still says "In the lab". Your website says 7-10 days.
Do you know when they'll be dispatched? I'm going on holiday on the 22nd
and was hoping to have them by then.
Nkechi"""),
("en", "w4-health-plan-itemised-receipt", "Clive Ormerod <clive.ormerod@example.co.uk>", "Receipt for health plan", "billing", "",
"""Good afternoon,

My employer's health cash plan will pay back part of the cost of my
glasses, but they need an itemised receipt showing the lens and frame
cost separately, with my name and the date of purchase. The order
confirmation email doesn't show that. Could you send one please? Order
117992.

Clive Ormerod"""),
# --- beauty subscription boxes ---
("en", "w4-beauty-box-skip-two", "Tasha Green <tasha.green@example.com>", "too many products", "billing", "",
"""hiya, honestly I love the boxes but I've got a drawer full of stuff I
haven't got round to using yet. can I skip the next two months and not
pay for them, then carry on in the summer? don't want to lose my
founder price
tasha x"""),
("en", "w4-serum-face-swelled", "Danielle Roper <danielle.roper@example.co.uk>", "Reaction to the vitamin C serum", "general", "high",
"""Hello,

I used the vitamin C serum from this month's box last night and woke up
with my eyelids and cheeks swollen and red. I've been to the pharmacy
and taken an antihistamine and it's going down, and I'm seeing my GP
this afternoon. Could you please send me the full ingredients list for
that serum so I can show the doctor? The little sachet doesn't have it
on.

Danielle Roper"""),
("en", "w4-beauty-cancelled-still-taken-bank", "Shona Fraser <shona.fraser@example.com>", "Cancelled in March", "billing", "high",
"""I cancelled my box in March - I have the confirmation email, reference
CX-40218. You still took 15.00 in April and another 15.00 in May. I
emailed in April and heard nothing back. I've now raised a dispute with
my bank for both payments, and I expect you to make sure nothing else is
taken.

Shona Fraser"""),
("en", "w4-beauty-quiz-wont-save", "Priyanka Desai <priyanka.desai@example.net>", "Skin profile", "technical", "",
"""Hi, I keep updating my skin profile to "oily / acne-prone" and pressing
save, it says "Saved!" but when I go back it's set to "dry" again. So I
keep getting rich creams that are no use to me. Tried on the app and on
the website."""),
("en", "w4-full-size-lip-oil", "Georgia Hunt <georgia.hunt@example.com>", "The lip oil!!", "general", "",
"""Just had to say the cherry lip oil in the April box is the best thing
I've ever put on my lips. Do you sell it full size? The little one says
4ml and I'll be through it in a week. If it's about 20 I'll happily buy
two. Where can I get it?
Georgia"""),
("en", "w4-beauty-login-loop-after-reset", "Eilidh Munro <eilidh.munro@example.co.uk>", "Can't log in", "technical", "",
"""I reset my password yesterday because I'd forgotten it. The new one
works, I get to my account for about a second, and then it throws me
back to the login page. Over and over. I've cleared my cookies like the
help page says. Same on my phone.
Eilidh"""),
# --- florists and gift experiences ---
("en", "w4-funeral-flowers-late-manager", "Veronica Hale <veronica.hale@example.co.uk>", "Funeral flowers - order 60418", "billing", "high",
"""Dear Sir or Madam,

I ordered a wreath for my uncle's funeral on Friday at 11am, to be
delivered to the funeral director the day before. It arrived at 3pm on
Friday, after the service, and the family had to go without. I paid
85.00 plus 9.95 for a "guaranteed" delivery.

I would like all of it back, and I would like someone senior - a
manager, not a chat agent - to contact me, because this cannot be
put right.

Veronica Hale"""),
("en", "w4-experience-voucher-expired", "Martin Shaw <martin.shaw@example.com>", "Driving experience voucher", "billing", "",
"""Hello,

My kids bought me the supercar driving experience voucher for my 60th,
worth 199. With one thing and another (a hip operation) I didn't get
round to booking and I see it expired last month. Is there any way it
can be extended or the value moved onto something else? It seems a shame
to lose the whole amount.

Martin Shaw"""),
("en", "w4-experience-calendar-no-dates", "Ruth Singh <ruth.singh@example.net>", "Booking calendar", "technical", "",
"""Hi, trying to book the afternoon tea cruise with my voucher code. I
type the code in, it accepts it, then the calendar just says "Error
loading availability" and every date is greyed out. Same yesterday. Is
it your website or are there really no dates at all this year?
Ruth"""),
("en", "w4-balloon-flight-weather", "Callum Reid <callum.reid@example.co.uk>", "Balloon flight postponed", "general", "",
"""Hi, our balloon flight from Bristol on Saturday morning got called off
at 5am due to wind, which is fair enough. How do we rebook - do we just
pick a new date online or do we need to phone? And is there any way of
knowing the night before rather than getting up at 4?
Cheers
Callum"""),
("en", "w4-hospital-ward-delivery", "Jasmine Cole <jasmine.cole@example.com>", "question before I order", "general", "",
"""Hi, I want to send flowers to my grandad who's in the Royal Infirmary.
Do you deliver to hospital wards? I've heard some don't allow flowers.
Also can the card message be longer than the box lets me type? I want
to put a few lines from all the grandkids.
Jasmine"""),
("en", "w4-office-flowers-going-remote", "Office Manager <office@quillstone-design.example>", "Weekly reception flowers", "billing", "",
"""Hello,

We're giving up our office at the end of next month and the whole team
is going fully remote, so the Monday flowers for reception will have to
come to an end. The last delivery should be Monday 28th. Please make
sure we're not billed for anything after that.

Thanks for two lovely years of arrangements.

Holly Mercer
Office Manager, Quillstone Design"""),
("en", "w4-florist-postcode-invalid", "Imran Qureshi <imran.qureshi@example.org>", "Can't put my order through", "technical", "",
"""Hello, I'm trying to send a bouquet to my mother for tomorrow and at
the checkout the recipient address keeps coming up "Invalid postcode".
It's a perfectly real postcode (BT9 5XX), I've sent post there for 30
years. It won't let me get as far as paying. Please help, it's her
birthday.
Imran"""),
# --- escape rooms and bowling ---
("en", "w4-escape-room-door-release-failed", "Nicola Stamp <nicola.stamp@example.co.uk>", "Emergency release didn't work - Saturday 7pm, The Vault", "general", "high",
"""Hello,

We did The Vault on Saturday at 7pm. About 40 minutes in, my friend had
a panic attack and wanted out. We pressed the green emergency release
by the door as your host told us to in the briefing - nothing happened.
We banged on the door for several minutes before someone came. She was
in a real state.

If there had been a fire we'd have been trapped. I'd like the manager
to contact me and tell me what is being done about that door before
anyone else goes in.

Nicola Stamp"""),
("en", "w4-bowling-booking-two-payments", "Lee Fordham <lee.fordham@example.com>", "booking 4471", "billing", "",
"""hi booked 2 lanes for friday 8pm, paid 54 on the website, the page
crashed at the end and when i checked my bank its gone out twice. only
got one confirmation email. can you send one lot back"""),
("en", "w4-escape-slots-all-greyed", "Ayesha Rahman <ayesha.rahman@example.net>", "Booking page", "technical", "",
"""Hi, your booking page shows every single slot for the next month as
"unavailable", even mid-week mornings. When I rang, your colleague said
there were loads of free slots and to book online as the phone can't
take payment. So I'm stuck. Is the booking system down?
Ayesha"""),
("en", "w4-bowling-party-cancelled-deposit", "Gemma Lord <gemma.lord@example.co.uk>", "Oscar's party", "billing", "",
"""Hi,

I cancelled Oscar's bowling party (booked for 14 June) by phone on 3
June, which is more than the 7 days your terms ask for. The lady said
the 40 we put down would come back within 5 working days. It's been
two weeks and I can't see it anywhere.

Gemma Lord"""),
("en", "w4-escape-team-of-fourteen", "Will Harcourt <will.harcourt@example.com>", "Team event", "general", "",
"""Hello,

We're looking for a team-building afternoon for 14 people from our
office in early October. Could we split across two or three of your
rooms at the same time, and do you have somewhere we could have drinks
and a bit of food afterwards? A rough idea of availability would be
great.

Will Harcourt"""),
("en", "w4-bowling-app-ticket-qr", "Sam Oduya <sam.oduya@example.net>", "QR code not showing", "technical", "",
"""My bowling tickets are in your app but when I tap them the QR code is
just a grey box with a spinning wheel, and then the app logs me out. We
are coming tonight at 6. Will you be able to find the booking at the
desk without it? Name is Oduya.
Sam"""),
# --- children's party venues ---
("en", "w4-soft-play-netting-torn", "Lindsey Carr <lindsey.carr@example.co.uk>", "Soft play - torn netting on the top level", "general", "high",
"""Hi,

We were at your Wakefield soft play this afternoon for a party. On the
top level, next to the yellow tube slide, the safety netting has come
away from the frame for about a metre - you can put your whole arm
through the gap, and it's a long drop to the ball pit floor. My son
(4) was leaning on it when I spotted it. I told a member of staff who
said it's "been reported", but the area was still open when we left.

Please close that section until it's fixed.

Lindsey Carr"""),
("en", "w4-party-bags-paid-not-given", "Asif Mahmood <asif.mahmood@example.com>", "Zara's party Sat 11th", "billing", "",
"""Hello,

We had Zara's 6th birthday party with you on Saturday and the kids had a
brilliant time. The only thing is we'd paid for the "deluxe" package
which includes party bags (the difference was 3.50 a head, 18 kids =
63) and there were no party bags at the end. The host said they'd run
out. Could we have that 63 back please?

Asif"""),
("en", "w4-party-form-date-invalid", "Kirsty Boyle <kirsty.boyle@example.co.uk>", "online booking", "technical", "",
"""trying to book a party for 23rd november on your website but the date
box keeps saying "please enter a valid date" whatever format i use, and
the little calendar wont open when i click it. on an ipad. is there
another way to book?"""),
("en", "w4-nut-free-party-reaction", "Oluwaseun Adeyemi <seun.adeyemi@example.com>", "Nut-free party food - my daughter had a reaction", "general", "high",
"""I booked a party for my daughter at your Croydon venue on Sunday and
made it very clear on the form and again on the phone that she has a
severe peanut allergy and the food must be nut-free. Twenty minutes
after eating the party platter her lips swelled and she broke out in
hives. We used her auto-injector and she spent the evening in A&E. She
is fine now, thank God.

I want to know what was in that food and how this happened, in writing.

Oluwaseun Adeyemi"""),
("en", "w4-party-own-cake-ninja-age", "Phoebe Lang <phoebe.lang@example.net>", "Hello", "general", "",
"""Hello! Couple of questions before I book. Can we bring our own
birthday cake, or does it have to be one of yours? And what's the
youngest age for the ninja course party - my son will be just 5 and his
friends are 5-6.
Thanks, Phoebe"""),
("en", "w4-party-balance-transfer", "Darren Hewitt <darren.hewitt@example.co.uk>", "Re: Booking confirmation - Charlie's party", "billing", "",
"""Hi Jess,

Thanks for this. When do you need the rest of the money by, and can I
do it by bank transfer rather than card? If so can you send the account
details and what reference to use.

Darren

On Mon, 2 Sep, Jess at Jump Republic wrote:
> Thank you for your 50 deposit. Your party is booked for Saturday
> 28 September, 2pm, for up to 20 children. The remaining balance is
> payable before the day."""),
# --- baby formula and nappy subscriptions ---
("en", "w4-formula-weaned-done", "Holly Burrows <holly.burrows@example.com>", "Formula", "billing", "",
"""Hi there, our little one turned one last week and she's on cow's milk
now, so we're done with the formula! Can you stop the deliveries and
the monthly payment from now on please. Thanks for keeping us going
through all those night feeds x
Holly"""),
("en", "w4-bottle-maker-scalding", "Ravi Menon <ravi.menon@example.net>", "Bottle prep machine", "technical", "high",
"""Hello,

The bottle prep machine we got with the starter bundle is supposed to
give a small hot shot and then top up with cool water so the feed comes
out at body temperature. Since yesterday the whole bottle comes out
scalding - I measured it at 68 degrees. Luckily my wife tested it on her
wrist before giving it to our son. We've unplugged it and are making
feeds by hand. What should we do with the machine?

Ravi Menon"""),
("en", "w4-nappies-left-which-neighbour", "Sophie Tranter <sophie.tranter@example.co.uk>", "Where are my nappies", "general", "",
"""The tracking says my nappy box was "left with neighbour" yesterday at
2pm but doesn't say which neighbour, and no card was put through the
door. I've asked either side and across the road. Can you ask the
driver which house?
Sophie"""),
("en", "w4-nappy-box-why-more", "Ben Afolabi <ben.afolabi@example.com>", "this month", "billing", "",
"""why is it 3.20 more this month? same size same box same everything.
didnt get any email saying the price was going up"""),
("en", "w4-delivery-date-button-greyed", "Claire Devlin <claire.devlin@example.org>", "Can't change delivery date", "technical", "",
"""Hi, in the app the "Change delivery date" button is greyed out and
does nothing when I tap it. My next box is due Thursday but we'll be
away until Sunday. It's more than 5 days away so it should let me
change it. Latest version of the app, iPhone 13.
Claire"""),
("en", "w4-wipes-add-on-missing", "Natalie Ross <natalie.ross@example.co.uk>", "Box 2 June", "billing", "",
"""Hello, I added the sensitive wipes (x4 packs) to this month's box and
paid for them, it's on the order, but there were no wipes in the box,
just the nappies. Can you either send them or give me the money for
them back. Thanks, Natalie"""),
("en", "w4-baby-marketing-data-remove", "Jonathan Pryce <jonathan.pryce@example.com>", "Please remove my son's details", "general", "",
"""Dear Sir/Madam,

When my wife signed up for your free sample pack she entered our son's
name and date of birth. We are now receiving birthday marketing
addressed to him by name, both emails and post. Please delete his
details from your systems and confirm in writing that you have done so.
We don't have an account with you and don't want one.

Jonathan Pryce"""),
# --- pharmacy chains' loyalty schemes ---
("en", "w4-pharmacy-points-missing", "Gwen Pritchard <gwen.pritchard@example.co.uk>", "Points", "general", "",
"""Hello, I spent 42.50 in your Bangor shop on Saturday and scanned my
card at the till, but my account shows no points for that visit. The
receipt has my card number on the bottom. Could you add them on for me?
Gwen"""),
("en", "w4-lost-health-card-points", "Frederick Annan <fred.annan@example.com>", "Lost card", "general", "",
"""Good morning,

I have lost my health rewards card (it was in my wallet which was
stolen). The number ended 4471 if that helps. I have about 1,800 points
on it that I was saving for Christmas. Can you send a new card and move
the points over, and block the old one so nobody else can use them?

Frederick Annan"""),
("en", "w4-loyalty-app-barcode-crash", "Zainab Hussain <zainab.hussain@example.net>", "app", "technical", "",
"""your app crashes as soon as i tap "show my card" so i cant scan at the
till. it opens, i can see my points, but the barcode screen closes the
whole thing. samsung a52, updated it this morning. happened 3 shops in
a row now"""),
("en", "w4-five-pound-voucher-not-taken", "Hilary Budd <hilary.budd@example.co.uk>", "My voucher", "billing", "",
"""Hello,

I had a 5 pound reward voucher on my card which the till was meant to
use automatically. The assistant said it would come off, but when I got
home I looked at the receipt and I'd paid the full 23.80. The voucher
now shows as "used" in my account. Please can I have the 5 put back?

Hilary Budd"""),
("en", "w4-sar-ignored-ico", "Patrick Mulvey <patrick.mulvey@example.com>", "Subject access request - second request", "general", "high",
"""Dear Data Protection Officer,

On 3 April I made a subject access request asking for a copy of all the
personal data your loyalty scheme holds about me, including my purchase
history and any health-related inferences you have drawn from it. It is
now well over a month later and I have had no acknowledgement.

Please treat this as my second request. If I do not receive a full
response within 14 days I will complain to the Information
Commissioner's Office.

Patrick Mulvey
Card ending 0932"""),
("en", "w4-plus-delivery-downgrade", "Sadie Lomax <sadie.lomax@example.net>", "Plus", "billing", "",
"""Hi, I signed up to Plus for the free delivery when I was poorly in the
winter, but I'm back to going into the shop now. Can I go back to the
normal free card so I'm not paying the 4.99 every month? Want to keep
my points though.
Sadie"""),
# --- home medical supplies and mobility scooters ---
("en", "w4-scooter-battery-hot-charging", "Roy Kendall <roy.kendall@example.co.uk>", "Scooter battery", "technical", "high",
"""Dear Sir,

I thought I should let you know that the battery pack on the mobility
scooter I bought from you in the spring is getting very hot when it is
on charge in the hallway overnight - too hot to keep your hand on - and
there is a sort of hot chemical smell. I have stopped charging it for
now. Could you advise what I should do? I rely on the scooter to get to
the shops.

Yours faithfully,
Roy Kendall"""),
("en", "w4-scooter-five-flashes", "Iris Dempsey <iris.dempsey@example.com>", "scooter won't go", "technical", "",
"""Hello, my mum's scooter won't move this morning. When she turns the
key the lights come on and then the battery light flashes five times,
stops, then five times again. It was charged overnight and the freewheel
lever is in the drive position. Is this something we can fix ourselves?
Iris (daughter of Mrs P. Dempsey)"""),
("en", "w4-continence-supplies-delivery-day", "Norman Tait <norman.tait@example.co.uk>", "Monthly order", "general", "",
"""Dear team,

My monthly continence supplies usually come on the first Tuesday. I'll
be in hospital for a few days that week for a planned operation. Could
the delivery come a week later this time, or be left with my neighbour
at number 7? Mrs Clarke is expecting it.

Norman Tait"""),
("en", "w4-scooter-settle-early", "Maxine Rowe <maxine.rowe@example.com>", "Paying off the scooter", "billing", "",
"""Hi, I'm paying for my scooter over 24 months and I've done 9 of them.
I've had a small inheritance and would like to pay off what's left in
one go. Can you tell me the exact figure and how to pay it? Is there any
penalty for settling early?
Maxine Rowe"""),
("en", "w4-profiling-bed-vat-relief", "Caroline Tse <caroline.tse@example.net>", "VAT relief not applied", "billing", "",
"""Hello,

I ordered the profiling bed for my husband, who has MND, and completed
the VAT relief declaration at the checkout. The order confirmation shows
VAT of 216.00 added anyway. As far as I understand it should be zero-
rated for him. Could you correct this and refund the VAT?

Caroline Tse"""),
("en", "w4-riser-recliner-stuck-upright", "Edwin Marsh <edwin.marsh@example.co.uk>", "Chair", "technical", "",
"""Good afternoon,

My father's riser recliner has stuck in the fully upright, tilted
forward position. The handset does nothing at all, no lights. We've
checked the plug and the socket works. He can't sit back in it and he's
been sleeping in the old armchair. Could an engineer come? It's just
over a year old.

Edwin Marsh"""),
("en", "w4-holiday-scooter-deposit-manager", "Pauline Greaves <pauline.greaves@example.org>", "Scooter hire Bournemouth - deposit kept", "billing", "high",
"""I hired a scooter for our week in Bournemouth and left a 100 deposit.
When I took it back your man said there was a scratch on the tiller and
kept 60. That scratch was there when I picked it up, I pointed it out
and he said "don't worry about that". I've emailed twice and been told
"the decision is final".

I want the manager of the hire shop to contact me. I am not paying for
damage I didn't do.

Pauline Greaves"""),
# --- garden centres and seed shops ---
("en", "w4-seeds-nothing-came-up", "Harold Pennington <harold.pennington@example.co.uk>", "Seeds", "billing", "",
"""Dear Sirs,

I bought six packets of your heritage tomato and pepper seeds in March
(order 24-1187). I sowed them in two batches, in proper seed compost, on
a heated propagator, as I have done for forty years. Not one came up.
Seeds from another supplier sown the same day all germinated. I should
like the cost of the six packets returned, please, which came to 17.70.

H. Pennington"""),
("en", "w4-garden-centre-cafe-sunday", "Lucy Farrant <lucy.farrant@example.com>", "Sunday", "general", "",
"""Hi, is the cafe at the Chorley garden centre open on Sundays, and do
you take bookings for a table for about 10? It's for my nan's birthday,
she loves wandering round your plants first.
Lucy"""),
("en", "w4-garden-basket-empties", "Derek Moffat <derek.moffat@example.net>", "Your website", "technical", "",
"""Every time I press "checkout" your website empties my basket and says
"Your basket is empty". I've filled it up three times now with 14 items
(roses, compost, a trellis). Using Firefox on a Windows laptop. Tried
logging out and in again. Very frustrating.
Derek"""),
("en", "w4-seed-club-flat-no-garden", "Annabel Kerr <annabel.kerr@example.org>", "seed of the month", "billing", "",
"""Hello! Bit of sad news - I've had to move into a flat with no garden,
not even a balcony, so there's nowhere to sow anything. Please don't
renew my seed of the month club when the year is up in August. I've
really enjoyed it.
Annabel"""),
("en", "w4-greenhouse-heater-burning", "Trevor Oakes <trevor.oakes@example.co.uk>", "Greenhouse heater", "technical", "high",
"""Hello, the 2kW electric greenhouse heater I bought from your Lichfield
branch three weeks ago tripped the garden circuit last night. When I
went out this morning there was a burnt smell and the casing near the
cable entry has gone brown and slightly melted. It's unplugged now. I
won't be using it again obviously. It was sitting on the staging well
away from any water.
Trevor Oakes"""),
("en", "w4-bare-root-hedging-when", "Pooja Nair <pooja.nair@example.com>", "Order 24-2290 beech hedging", "general", "",
"""Hi, I ordered 50 bare root beech whips in September (paid 89, all fine)
and the site says they ship in the "bare root season". Do you have an
idea of the week? I need to get someone in to dig the trench and want
to book them for the right time.
Pooja"""),
("en", "w4-pond-pump-hums", "Glenn Archer <glenn.archer@example.co.uk>", "Water feature pump", "technical", "",
"""hello the solar pump that came with the slate water feature hums when
the sun is on the panel but no water comes out the top. cleaned the
filter sponge, no difference. its about 6 weeks old"""),
# --- office water coolers and office cleaning ---
("en", "w4-cooler-puddle-floor", "Reception <reception@harlowe-legal.example>", "Water cooler leaking", "technical", "",
"""Hi,

The water cooler on our 2nd floor has been leaking since yesterday -
there's a puddle underneath it every morning and the drip tray is
overflowing. We've swapped the bottle in case it was cracked and it's
still doing it. Can an engineer come and look at it? Account HL-2213.

Thanks,
Megan
Reception, Harlowe Legal"""),
("en", "w4-cleaning-three-months-notice", "Facilities <facilities@northgate-media.example>", "Cleaning contract - notice", "billing", "",
"""Dear Marion,

As discussed on the phone, we're moving into a managed building in
January where cleaning is included in the service charge. Please take
this email as our three months' written notice on the office cleaning
agreement, with the last clean on 31 December.

Could you confirm the final billing date and that the direct debit will
be cancelled after that?

Regards,
Paul Otway
Facilities, Northgate Media"""),
("en", "w4-cleaners-missed-two-visits", "Office Manager <hello@brightpath-physio.example>", "Cleaning last week", "billing", "",
"""Hi, just to let you know the cleaners didn't come on Tuesday or
Thursday last week - bins full, floors not done, the lot. Nobody let us
know. We don't expect to pay for visits that didn't happen, so please
take those two off this month's amount.
Thanks, Sian"""),
("en", "w4-cleaners-alarm-code-change", "Kevin Mbeki <kevin.mbeki@example.com>", "New alarm code and keyholder", "general", "",
"""Hi,

Our alarm company is changing the code on Monday. I'll text the new code
to your supervisor directly rather than email it. Also our keyholder is
changing from me to Ruth Amos (07700 900188) from next week, so if your
team has any access problems after hours please ring her.

Kevin Mbeki
Office Manager"""),
("en", "w4-cooler-water-chemical-staff-ill", "Helen Strachan <helen.strachan@example.co.uk>", "Water cooler - staff unwell", "technical", "high",
"""Good morning,

Since the new bottles were delivered on Monday, staff have been saying
the water from the kitchen cooler tastes chemical, like cleaning fluid.
Three people have gone home with stomach upsets this week. We've put a
sign on the cooler and taped the tap. Could you send someone today to
take it away, check the bottles from that delivery and sanitise it?

Helen Strachan
Office Manager, Kelso & Grant"""),
("en", "w4-night-cleaners-praise", "Ian Thorburn <ian.thorburn@example.com>", "Your evening team", "general", "",
"""Hi,

I'm often the last one out, so I see your evening team more than most.
I just wanted to say that Grace and Tomasz do a fantastic job - the
kitchen has never looked so good, and they found and handed in a ring
one of our staff had lost down the side of a sofa. Please pass on our
thanks.

Ian Thorburn"""),
("en", "w4-cooler-rental-po-number", "Accounts <accounts@fenwick-architects.example>", "Invoices", "billing", "",
"""Hello,

From this month all your invoices for the cooler rental and bottles need
to quote our purchase order number PO-77120, otherwise our system will
reject them and they won't get paid. Could you add it to your records
and reissue the July invoice with it on?

Thank you
Accounts, Fenwick Architects"""),
# --- security guard companies ---
("en", "w4-cctv-monitoring-offline", "Operations <ops@rivermead-logistics.example>", "Remote monitoring down since 01:00", "technical", "high",
"""URGENT

Our remote CCTV monitoring has been offline since about 01:00. The
monitoring portal shows all 18 cameras at our Rivermead yard as "No
signal" and we had no call from your control room. We have 40 loaded
trailers on site and no guard tonight because we moved to remote
monitoring in March. The cameras themselves are recording locally, so
it looks like the link to you.

We need this back up, or a guard on site, before tonight.

Dave Kerr
Site Manager, Rivermead Logistics"""),
("en", "w4-guard-hours-invoiced-wrong", "Accounts <accounts@meadowbank-retail.example>", "Invoice SG-44120", "billing", "",
"""Hello,

Invoice SG-44120 charges for 84 guard hours in week 32. The signed
timesheets from your officer show 72 hours (6 x 12-hour nights, the
Sunday was cancelled in advance). Please can you reissue it for 72.

Regards,
Rebecca Ng
Meadowbank Retail Park"""),
("en", "w4-patrol-reports-wont-load", "Gareth Penn <gareth.penn@example.co.uk>", "patrol reports", "technical", "",
"""Hi, since your portal update the patrol reports page just shows "Loading..."
forever. I can log in and see invoices fine, it's only the reports. I need
last week's ones for our insurer. Chrome on Windows 11.
Gareth"""),
("en", "w4-guard-rude-account-manager", "Dr Ana Ferreira <ana.ferreira@example-clinic.example>", "Conduct of your officer at our front desk", "general", "high",
"""Dear Sir/Madam,

For the third time this month your officer on our front desk in the
mornings has been rude to patients, including shouting at an elderly
man who had come to the wrong entrance. Several patients have commented
on it and one has made a formal complaint to us.

I do not want to go through the general inbox again. I want your
account manager or area manager to meet me this week to discuss this.

Dr Ana Ferreira
Practice Manager, Lindley Road Clinic"""),
("en", "w4-festival-security-availability", "Joe Mensah <joe.mensah@example.net>", "Security for a festival in August", "general", "",
"""Hi,

We're organising a small one-day music festival on a farm near Ludlow
on 16 August, expecting about 1,200 people. Do you cover that area, and
would you have SIA-licensed staff available that day? We'd be looking
at gate, bar and stage areas. Our budget is roughly 4,000 but we're
mainly trying to find out who's free at this stage.

Joe Mensah"""),
("en", "w4-security-late-fee-paid-on-time", "Finance <finance@castlegate-homes.example>", "Late payment charge", "billing", "",
"""Hi,

We've received a statement showing a 75.00 late payment charge on
invoice SG-43817. That invoice was paid by BACS on the 28th, two days
before it was due - remittance attached. Please remove the charge.

Thanks
Finance Team, Castlegate Homes"""),
# --- printer and copier leasing ---
("en", "w4-copier-black-lines", "Office <office@pennington-surveyors.example>", "Copier - lines on everything", "technical", "",
"""Hi, our leased copier (serial ending 7740) has started putting two
thin black lines down the length of every page, whether we copy, scan
or print from the PC. We've cleaned the glass with the cloth. Please
can an engineer come out.
Janice, Pennington Surveyors"""),
("en", "w4-click-charge-why-340", "Mark Hollis <mark.hollis@example.co.uk>", "Quarterly bill", "billing", "",
"""Hi,

Why is this quarter's copier bill 340 more than usual? Nothing's changed
here, if anything we're printing less since half the team went hybrid.
The bill says the meter readings were "estimated". I've attached a photo
of the actual counter screen today. Please redo it from the real
numbers.

Mark"""),
("en", "w4-toner-cartridge-recycling", "Sally Odell <sally.odell@example.com>", "Empty toner", "general", "",
"""Hello, we've got a box of about a dozen empty toner cartridges from
the copier you lease us. Do you take them back for recycling, and if so
do we post them somewhere or does the engineer collect them next time
he's here?
Sally"""),
("en", "w4-scan-to-email-stopped", "IT <it@keswick-dental.example>", "Scan to email stopped working", "technical", "",
"""Hi,

Since Monday scan-to-email on our copier fails with "SMTP authentication
error". We think it's because our email provider has switched off basic
authentication. Can you update the copier to use the new method or send
us the settings to change? Model MX-4071, serial 50022418.

Thanks
Nathan, Keswick Dental"""),
("en", "w4-all-printing-down-tender", "Clare Dawes <clare.dawes@example.co.uk>", "Nobody can print - tender due at 3pm", "technical", "high",
"""Since 9am none of the 30 people in our office can print to either of
the two machines you lease us. Jobs sit in the queue and then vanish.
The machines themselves copy fine. We have a 200-page tender submission
that has to be printed, bound and delivered by 3pm today. Our IT person
has restarted everything he can. Please call me now on 01632 960447.

Clare Dawes
Operations Director"""),
("en", "w4-copier-lease-not-continuing", "Robert Quayle <robert.quayle@example.com>", "Lease agreement LA-30177", "billing", "",
"""Good afternoon,

Our copier lease (LA-30177) reaches the end of its minimum term on 31
March. We've decided not to carry on with it - we print so little now
that we'll manage with a desktop printer. Please confirm that the
quarterly payments will stop after March and let me know about
arrangements for the machine.

Robert Quayle
Director"""),
("en", "w4-copier-smoke-fuser", "Andrea Lowe <andrea.lowe@example.net>", "Smoke", "technical", "high",
"""Hi, our copier started giving off a light grey smoke from the side
where the paper comes out about half an hour ago, with a hot burning
smell. We switched it off at the wall and opened the windows. Nobody's
hurt. Can someone come and look at it before we switch it back on?
Andrea, front office, Dunmore Primary School"""),
# --- IT helpdesk outsourcing ---
("en", "w4-it-no-email-whole-firm", "Susan Okoye <susan.okoye@example.co.uk>", "NO EMAIL", "technical", "high",
"""Nobody in the office has received a single email since about 8.15 this
morning. Sending seems to work (the sent items are there) but nothing
comes in, and clients are ringing to say their emails to us are
bouncing back with "mailbox unavailable". That's all 25 of us, and we're
a conveyancing firm with completions today. Please ring me straight
away - 01632 960391.

Susan Okoye
Practice Manager, Okoye & Hart Solicitors"""),
("en", "w4-it-billed-thirty-users", "Liam Forsyth <liam.forsyth@example.com>", "Monthly support bill", "billing", "",
"""Hi,

Your support agreement is per user and we've been billed for 30 users
again this month. We went down to 22 in the spring - I sent you the
list of leavers in April and your engineer removed their accounts. So
we've been paying for 8 people who don't exist for four months now.
Can you correct the bill and work out what we're owed?

Liam Forsyth
Forsyth Print & Design"""),
("en", "w4-it-new-starter-laptop", "HR <hr@ashdown-recruitment.example>", "New starter Monday", "technical", "",
"""Hi team,

We have a new consultant, Priya Chandran, starting on Monday. Could you
set up her email account and get the spare laptop in the cupboard (the
Dell with the green sticker) ready with Office, the CRM and the VPN
before 9am? She'll need access to the shared Recruitment drive but not
Finance.

Thanks
Jo, HR"""),
("en", "w4-it-outlook-keeps-asking", "Graham Fell <graham.fell@example.co.uk>", "password box", "technical", "",
"""outlook on my laptop keeps popping up a box asking for my password
every 10 mins. i put it in and it goes away then comes back. webmail is
fine. started after the update yesterday. its doing my head in"""),
("en", "w4-it-ticket-three-weeks-manager", "Marion Blackwood <marion.blackwood@example.com>", "Ticket 88317 - three weeks and still not fixed", "technical", "high",
"""Ticket 88317 was opened three weeks ago because our reception PC
can't see the appointment system's database. Since then we've had four
remote sessions, each one ending with "we'll escalate this internally".
Our receptionist is writing appointments in a paper diary and typing
them in from another desk at the end of the day.

We pay for a 4-hour response. I want to speak to your service manager
today about getting someone on site to fix it.

Marion Blackwood
Blackwood Veterinary Surgery"""),
("en", "w4-it-going-in-house", "David Achebe <david.achebe@example.net>", "Support agreement", "billing", "",
"""Hi Tom,

Just to give you a heads up that we've decided to bring IT in-house -
we've hired someone full time who starts in November. So we won't be
continuing with the support agreement when the current term runs out on
30 November. Can you confirm nothing will be billed after that, and
let us know what you need from us for the handover?

Thanks for everything over the years.

David"""),
("en", "w4-it-data-processing-agreement", "Compliance <compliance@tern-financial.example>", "Data processing agreement", "general", "",
"""Hello,

As part of our annual audit, our auditors have asked for a signed data
processing agreement with each supplier that handles personal data on
our behalf. As you have admin access to our email and file server, could
you send us your standard DPA for signature, or sign ours (attached)?

Kind regards,
Alina Petrova
Compliance Officer, Tern Financial Planning"""),
# --- post office and parcel shops ---
("en", "w4-parcel-shop-says-not-here", "Callum Price <callum.price@example.com>", "Parcel not at shop", "general", "",
"""Hi, tracking for my parcel says "Delivered to parcel shop - ready to
collect" since Wednesday (Spar on Kings Road). I've been in twice and
they say it's not there and they haven't got anything under my name.
Where is it actually? Tracking ends 44108.
Callum"""),
("en", "w4-label-paid-twice", "Ewa Nowak <ewa.nowak@example.net>", "Label", "billing", "",
"""Hello, I bought a postage label for my parcel to Poland on your
website. The payment page froze, so I did it again. Now I see I have
paid two times, 14.60 and 14.60, but only one label in my email. Please
give back one payment. Thank you, Ewa"""),
("en", "w4-locker-code-rejected", "Ryan Doyle <ryan.doyle@example.co.uk>", "Locker won't open", "technical", "",
"""Standing at the parcel locker outside Tesco in Dunstable right now.
Put my collection code in 4 times and it says "code not recognised". The
code is from the text you sent this morning. Tried the app scan as well,
same thing. Can you open it remotely or something?
Ryan"""),
("en", "w4-parcel-shop-christmas-eve", "Vera Jenkins <vera.jenkins@example.org>", "Christmas", "general", "",
"""What time does the post office counter in the Market Street shop
close on Christmas Eve, and is it open at all between Christmas and New
Year? Many thanks, Mrs V Jenkins"""),
("en", "w4-lost-parcel-cover-small-claims", "Gareth Evans <gareth.evans@example.co.uk>", "Lost parcel - compensation claim 20-55810", "billing", "high",
"""I sent a camera lens worth 480 with your tracked service and paid
extra for 500 compensation cover. The tracking has said "In transit"
for six weeks. Your claims team has now told me I'm entitled to 20
because I "can't prove the contents", even though I sent the original
receipt and photos of it being packed.

I paid for 500 of cover. If the claim isn't paid in full within 14 days
I'll take this to the small claims court.

Gareth Evans"""),
("en", "w4-counter-qr-wont-scan", "Nadine Cooper <nadine.cooper@example.com>", "QR code", "technical", "",
"""Hi, I've made a return label in your app which gave me a QR code to
show at the counter. The counter staff scanned it three times and their
screen says "Invalid reference". They told me to contact you. The code
is still in the app, says valid until the 14th.
Nadine"""),
("en", "w4-customs-paid-still-held", "Lorenzo Bianchi <lorenzo.bianchi@example.net>", "customs", "billing", "",
"""Hi, I paid the 23.40 import charge for a parcel from Italy on your
website last Friday, I have the payment confirmation. The tracking still
says "Held - fee to pay" and I got a second card asking for the money
again. I won't pay it twice. Can you please mark it as paid and send the
parcel out.
Lorenzo"""),
# --- student housing ---
("en", "w4-student-radiators-cold", "Amara Okeke <amara.okeke@example.ac.uk>", "Flat 4B no heating", "technical", "",
"""Hi, all the radiators in flat 4B (Hollins Court) have been cold since
Sunday. The hot water in the showers is fine it's only the heating. We
reported it on the maintenance app on Monday but it still says
"Received". It's really cold at night now.
Amara, on behalf of flat 4B"""),
("en", "w4-student-smoke-alarm-dead", "Jack Whitfield <jack.whitfield@example.ac.uk>", "kitchen smoke alarm + fire door", "technical", "high",
"""hey, the smoke alarm in our kitchen (block C, flat 12) started beeping
on saturday and now its completely dead, the light doesnt even come on.
also the fire door between the kitchen and the corridor doesnt close
on its own anymore, it just stays open. someone nearly set the grill on
fire last week so kind of worried. can someone come out
jack"""),
("en", "w4-student-deposit-cleaning-deduction", "Sofia Marin <sofia.marin@example.com>", "Deposit deductions", "billing", "",
"""Hello,

I received my deposit back today but 95 pounds was deducted for
"professional cleaning" of my room. I cleaned the room myself very
carefully before I left and I took photos on the last day, which I can
send. The checkout inspection did not mention anything. Can you explain
the deduction and return it please?

Sofia Marin, room 217, Parkway House"""),
("en", "w4-student-wifi-down-exams", "Residents Committee <committee@example.ac.uk>", "Wifi down in the whole building - exams", "technical", "high",
"""Hi,

The wifi has been down across all of St Mary's Court since about 6pm
yesterday - that's around 300 students with no internet at all in the
middle of the exam period. Some of us have online exams tomorrow
morning that have to be taken from our rooms. The reception desk says
they've "logged it" but nobody seems to know when it'll be back.

Please can someone treat this as urgent.

Harriet Osei
St Mary's Court Residents Committee"""),
("en", "w4-student-instalment-after-loan", "Kwame Asante <kwame.asante@example.ac.uk>", "Rent instalment date", "billing", "",
"""Hi,

My second rent instalment is due on 10 January but my maintenance loan
doesn't come in until the 16th this year. Is it possible to move my
payment to the 17th? I don't want to get a late fee. Room 5C, Riverside
Halls.

Thanks,
Kwame"""),
("en", "w4-student-parents-stay-weekend", "Lily Chen <lily.chen@example.com>", "guests", "general", "",
"""hi, my parents are visiting from Hong Kong in March and I'd like them
to stay in my room one weekend (I'll sleep at my friend's). Is that
allowed, and do I need to sign them in at reception? Also can they
collect a parcel for me while they're here?
Lily, room 310"""),
("en", "w4-student-move-quiet-floor", "Oliver Grant <oliver.grant@example.ac.uk>", "Room swap", "general", "",
"""Hello, I'm currently in a room on the ground floor of Castle Block next
to the common room and it is very loud most nights until 2-3am. Is it
possible to move to a room on a quieter floor, same room type (I don't
mind if the price is the same, I just can't afford a more expensive
one)? I have exams coming up and really need to sleep.
Oliver Grant"""),
# --- dating and social apps ---
("en", "w4-dating-met-someone-renewed", "Chris Lennox <chris.lennox@example.com>", "premium", "billing", "",
"""Hi. Good news is I met someone on here in the spring, so I stopped
using the app months ago. Bad news is it just took 59.99 for another six
months of Premium, which I obviously wasn't planning on. I haven't opened
the app since. Is there any chance of getting that back? And please
make sure it doesn't happen again.
Chris"""),
("en", "w4-dating-chats-vanished-update", "Amelia Shore <amelia.shore@example.co.uk>", "All my matches gone??", "technical", "",
"""After updating the app last night all my matches and conversations
have disappeared. The Chats tab just says "Start swiping to find your
matches!". I had an ongoing conversation with someone I'm supposed to
be meeting on Saturday and now I've got no way to contact them. Can you
get them back?"""),
("en", "w4-dating-email-changed-locked-out", "Neil Harding <neil.harding@example.net>", "Someone has taken over my account", "technical", "",
"""Hi,

I got an email at 3am saying the email address on my account had been
changed. I didn't do it. Now when I try to log in with my phone number
it sends a code, but after entering it it says "Verify via email", which
goes to the new address that isn't mine. My profile is still live with
my photos on it. Please lock it and help me get back in.

Neil Harding"""),
("en", "w4-dating-scam-profile-report", "Grace Achieng <grace.achieng@example.com>", "Reporting a profile", "general", "",
"""Hello, I'd like to report a profile called "Daniel, 52, engineer". After
a week of chatting he asked me to move to WhatsApp and then told me a
long story about being stuck on an oil rig and needing money for
customs fees. I didn't send anything but I think he's doing this to
other women. His profile is still up. I've blocked him in the app.
Grace"""),
("en", "w4-dating-selfie-verification-fails", "Tom Barclay <tom.barclay@example.co.uk>", "verification", "technical", "",
"""keeps saying "we couldnt verify your photo, please try again in better
lighting". ive done it in daylight by the window, with and without
glasses, about 15 times. its the same face as my profile pics lol. cant
message anyone till i'm verified"""),
("en", "w4-dating-deleted-still-charged-bank", "Rosa Delgado <rosa.delgado@example.com>", "Charged after deleting my account", "billing", "high",
"""I deleted my account on 2 May, and you sent me an email confirming it.
On 15 May you took 29.99 from my card for "Gold monthly". I can't even
log in to check anything because the account doesn't exist any more. I
have reported the payment to my card provider as unauthorised and they
are looking into it. I want written confirmation that you hold no
further payment details for me.

Rosa Delgado"""),
("en", "w4-dating-boosts-not-credited", "Marcus Webb <marcus.webb@example.net>", "Boosts", "billing", "",
"""Hi, bought the pack of 10 boosts yesterday, 12.99 went out of my account,
got the receipt from the app store, but my boosts count still says 0.
Restarted the app and restored purchases, nothing. Can you add them or
give me the money back.
Marcus"""),
# --- photo printing apps ---
("en", "w4-photo-book-faces-cut", "Eleanor Walsh <eleanor.walsh@example.co.uk>", "Photo book - order 5520913", "technical", "",
"""Hello,

My photo book of our wedding has arrived and on about a third of the
pages the edges of the photos are cut off much more than the preview
showed - on two pages people's heads are cut off at the top. In the app
preview they're fine, with plenty of space. I've checked and I didn't
have "fill page" switched on.

I'd like it reprinted correctly, it's for my parents' anniversary.

Eleanor Walsh"""),
("en", "w4-photo-upload-stuck-97", "Kai Jensen <kai.jensen@example.com>", "Upload stuck", "technical", "",
"""Trying to upload 120 photos from my iPhone for prints. It gets to 97%
and just stays there. Left it for an hour on wifi. Tried uploading 20
at a time, same thing, 97%. Plenty of storage on the phone. Any ideas?
Kai"""),
("en", "w4-photo-code-not-taken-off", "Sarah Pickering <sarah.pickering@example.org>", "Discount code", "billing", "",
"""Hi, I used the code PRINTS50 from your email (50 free 6x4 prints, just
pay postage) and the app said "Code applied!", but I was still charged
11.49 for the prints plus postage. I only expected to pay the 2.99
postage. Can you sort the difference please?
Sarah"""),
("en", "w4-photo-christmas-last-order", "Dorothy Hughes <dorothy.hughes@example.co.uk>", "Calendars for Christmas", "general", "",
"""Hello dear, what is the last day I can order a photo calendar and
still have it arrive before Christmas? I want to make six for the
family and post them out myself, so I need them in good time. I live in
Inverness if that makes a difference.
Dorothy Hughes"""),
("en", "w4-photo-monthly-prints-done", "Aaron Cole <aaron.cole@example.net>", "Monthly prints", "billing", "",
"""Hey, we've been doing the 30 prints a month thing since our daughter
was born but honestly the box of unprinted... I mean printed-but-not-in-
albums photos is getting out of hand. Can you stop it after this
month's set? Don't want to be paying for more.
Aaron"""),
("en", "w4-canvas-taken-three-times-dispute", "Natasha Ivanova <natasha.ivanova@example.com>", "39.99 x 3", "billing", "high",
"""Hello, I ordered ONE canvas print (order 5531870) for 39.99. My bank app
shows three payments of 39.99 to you within two minutes. I have only one
order confirmation. I've contacted my card provider and opened a
dispute for the two extra payments, but I also want you to tell me what
went wrong and confirm only one canvas is being made.
Natasha"""),
# --- crowdfunding platforms ---
("en", "w4-backer-creator-vanished", "Owen Maddox <owen.maddox@example.co.uk>", "Project 'Lumen desk lamp' - creator disappeared", "billing", "",
"""Hello,

I backed the Lumen desk lamp two years ago with 85. The creator stopped
posting updates 14 months ago, the company website is gone and the
comments section is full of backers asking what happened. Your platform
took the money and passed it on. What can backers do to get our money
back, and is there anything you can do from your side?

Owen Maddox"""),
("en", "w4-creator-payout-not-received", "Studio Ferrous <hello@studioferrous.example>", "Payout for our campaign", "billing", "",
"""Hi,

Our campaign for the cast-iron planters ended 16 days ago, fully funded
at 12,400. Your help pages say funds are released within 14 days of the
campaign ending, but nothing has arrived in our account and the
dashboard still says "Processing". We need the money to place our
foundry order. Could you check on it?

Ella & Marcus
Studio Ferrous"""),
("en", "w4-campaign-page-500-launch-day", "Nadia Haddad <nadia.haddad@example.com>", "Our campaign page is down on launch day", "technical", "high",
"""Hi,

Our campaign went live at 10am and since 10.05 the page shows "500 -
Something went wrong" to everyone. We've emailed 6,000 people on our
mailing list and posted everywhere, and they are all landing on an
error page. The first 48 hours are everything for a campaign like ours.
Other campaigns on your site seem to load. Please look at it right now.

Nadia Haddad
Campaign: "Tidewater - a board game of the Norfolk Broads\""""),
("en", "w4-backer-new-shipping-address", "Jamie Sutherland <jamie.sutherland@example.com>", "Moving house before rewards ship", "general", "",
"""Hi, I backed a couple of projects that are due to ship rewards later
this year and I'm moving house next month. Is there one place I can
update my address for all of them, or do I have to contact each creator
separately? The survey for one of them is already locked.
Jamie"""),
("en", "w4-crowdfund-lost-phone-2fa", "Priscilla Obeng <priscilla.obeng@example.net>", "Lost my phone - can't log in", "technical", "",
"""Hello,

My phone was stolen on Saturday. I had two-step verification switched
on with an authenticator app, so now I can't log into my creator
account, and my campaign ends on Friday. I didn't save the backup codes.
How can I prove who I am and get back in?

Priscilla Obeng"""),
("en", "w4-platform-fee-higher-than-said", "Harry Doyle <harry.doyle@example.co.uk>", "Fees", "billing", "",
"""Hi, your website says the platform fee is 5% plus payment processing.
We raised 8,000 and received 7,180, so 820 has gone, which is more than
10%. There's no breakdown on the dashboard. Can you send a breakdown of
exactly what was taken and why?
Harry"""),
("en", "w4-crowdfund-agency-partnership", "Bianca Rossi <bianca@launchlift-agency.example>", "Partnership proposal", "general", "",
"""Hello,

I run a small agency that helps hardware creators prepare and promote
their campaigns - video, page copy, press outreach. Around 30 of the
campaigns we've worked on have launched on your platform. I'd love to
talk about becoming a recommended partner, or being listed in your
creator resources. Who would be the right person to speak to?

Best,
Bianca Rossi
Launchlift"""),
# --- ticket resale platforms ---
("en", "w4-resale-rejected-at-gate", "Jordan Pierce <jordan.pierce@example.com>", "Tickets REJECTED at the gate", "billing", "high",
"""I bought two tickets for the arena show on Saturday through your site
for 310 total, "verified resale" it said. At the turnstile both
barcodes came up as already used and we were turned away in front of
everyone. Your chat says "a case has been opened" and that's it.

I want the full 310 back, not a voucher. If it's not sorted within a
week I'm reporting you to Trading Standards and going to my bank.

Jordan Pierce"""),
("en", "w4-resale-seller-180-not-here", "Megan Howells <megan.howells@example.co.uk>", "Sold tickets", "billing", "",
"""hi my 2 tickets for the rugby sold on the 3rd, the match was on the
12th, your site said I'd get paid 5 days after the event. its now the
24th and the 180 still isnt in my account. payout details are right,
ive checked"""),
("en", "w4-resale-transfer-not-in-app", "Ibrahim Yusuf <ibrahim.yusuf@example.net>", "Where are my tickets", "technical", "",
"""Hello, I bought a ticket for the festival from a seller on your site.
Your email says "tickets transferred to your account". When I log into
the festival's own app with the same email there is nothing in My
Tickets. The festival is in 4 days. Please help!
Ibrahim"""),
("en", "w4-resale-name-on-ticket-id", "Hannah Brooks <hannah.brooks@example.com>", "Name on the ticket", "general", "",
"""Hi, quick question. The ticket I'm buying on your site has the
original buyer's name printed on it. The venue website says "ID may be
checked". Will I be turned away if my name doesn't match, or does your
platform change the name when it's transferred?
Thanks
Hannah"""),
("en", "w4-resale-seller-id-upload-fails", "Yusuf Kaya <yusuf.kaya@example.com>", "verification failed", "technical", "",
"""I am trying to list tickets and you ask me to verify my identity. I
upload my passport photo page and the selfie, it says "Processing" and
then after some minutes "Verification failed - try again". No reason is
given. I tried 5 times on phone and computer. My passport is valid.
Yusuf Kaya"""),
("en", "w4-resale-fee-breakdown-company", "Office <office@tallis-events.example>", "Receipt with fees shown", "billing", "",
"""Hello,

We bought 8 tickets for a client hospitality evening through your site
(order RS-771204). For our accounts we need a proper receipt showing the
ticket face value, your service fee and the VAT on the fee separately,
addressed to Tallis Events Ltd. The confirmation email only shows the
total. Could you send one?

Many thanks,
Emma Tallis"""),
("en", "w4-resale-gig-postponed-valid", "Will Osborne <will.osborne@example.co.uk>", "Gig moved to March", "general", "",
"""Hi, the band has postponed their November show to 14 March. Are the
tickets I bought from you still valid for the new date, and will we
keep the same seats? We can still make March so we definitely want to
go.
Will"""),
# --- airport parking ---
("en", "w4-parking-barrier-plate-not-read", "Andrew Nolan <andrew.nolan@example.com>", "Barrier on exit", "technical", "",
"""Hi,

Coming back on Sunday night the exit barrier at the long stay car park
wouldn't recognise my number plate. I had to press the intercom and
wait about 20 minutes with a queue behind me before someone let me out.
Booking ref AP-550124. The plate on the booking is right. I'm flying
again next month from the same car park - can you check what went wrong
so it works next time?

Andrew Nolan"""),
("en", "w4-meet-greet-car-damaged-manager", "Fiona Carmichael <fiona.carmichael@example.co.uk>", "Meet & greet - car returned damaged, 47 extra miles", "billing", "high",
"""I used your meet and greet service for a week. When my car was handed
back there was a fresh scrape along the rear bumper and the mileage was
47 miles higher than when I handed it over (I photographed the
dashboard at drop-off). The driver shrugged and said to email.

Your claims form was rejected "due to lack of evidence". I have the
photos. I want the repair paid for, and I want to hear from a manager,
not another form.

Fiona Carmichael"""),
("en", "w4-parking-amended-shorter-more", "Ben Shapiro <ben.shapiro@example.net>", "Amended booking", "billing", "",
"""My flight home got moved a day earlier so I amended my parking online
from 8 days to 7. Instead of it costing less, it took another 28! How
does one less day cost more? Please look at it.
Ben"""),
("en", "w4-parking-shuttle-4am", "Agnieszka Zielinska <agnieszka.z@example.com>", "Shuttle bus", "general", "",
"""Hello, my flight is at 6.10 in the morning. What time does the first
shuttle bus leave from the Purple car park to the terminal, and how
often do they run that early? I don't want to miss my check in.
Thank you, Agnieszka"""),
("en", "w4-parking-app-no-bookings-found", "Luke Harrison <luke.harrison@example.co.uk>", "app", "technical", "",
"""The app says "No bookings found" but I have a confirmation email for
AP-561802 for tomorrow. I need the QR code from the app to get in
according to the email. Logged out and back in, same email address.
What do I do?"""),
("en", "w4-parking-flight-cancelled-money", "Cecilia Moreau <cecilia.moreau@example.com>", "Flight cancelled", "billing", "",
"""Hello,

The airline has cancelled our flight to Nice on 20 July and we're not
rebooking. We booked 10 days' parking with you (AP-560077, 94.50). We
won't be using it - can we have our money back or is it non-refundable?

Cecilia Moreau"""),
("en", "w4-parking-ev-charger-sparking", "Robert Lai <robert.lai@example.net>", "EV charger bay 14 - sparking", "technical", "high",
"""Hi, just a heads-up from a customer. When I plugged into the EV
charger at bay 14 in the Short Stay car park this morning there was a
loud crack and a spark from the connector, and the cable housing is
scorched. I unplugged and used bay 15 instead. There's nothing on it to
say it's out of order and somebody else will plug into it. You might
want to cone it off.
Robert Lai"""),
# --- hotel chains' loyalty programmes ---
("en", "w4-hotel-stay-points-missing", "Simone Turner <simone.turner@example.com>", "Stay not showing", "general", "",
"""Hi, I stayed 3 nights at your Edinburgh Haymarket hotel last week
(confirmation 88120415) with my member number on the booking, but the
stay hasn't appeared in my account and no points have been added. Could
you look into it please? Member no. 4410 2281 93.
Simone"""),
("en", "w4-hotel-app-code-never-arrives", "Kenji Watanabe <kenji.watanabe@example.net>", "Cannot log in to the app", "technical", "",
"""Dear support, the app asks for a verification code sent to my email
each time I log in. The code never arrives, not in spam either. I
requested maybe 10 times. Other emails from your hotel arrive normally.
I have a check-in tomorrow and want to use the mobile key.
Kenji Watanabe"""),
("en", "w4-hotel-preauth-still-held", "Louise Barker <louise.barker@example.co.uk>", "150 hold", "billing", "",
"""Hello, when I checked in to your Bristol hotel on the 2nd they put a
hold of 150 on my debit card for incidentals. I checked out on the 4th
with nothing extra to pay, but the 150 is still showing as pending and
I can't use it. It's been 9 days. When will it be released?
Louise"""),
("en", "w4-reward-night-card-charged", "Daniel Kerr <daniel.kerr@example.com>", "Reward night", "billing", "",
"""Hi,

I booked a free reward night in Manchester using 30,000 points. The
points have come off my account, which is right, but my credit card has
also been charged 119 for the same night. It should be one or the
other, not both.

Daniel Kerr
Member 7730 1142 66"""),
("en", "w4-hotel-mobile-key-red-light", "Amira Saleh <amira.saleh@example.org>", "mobile key", "technical", "",
"""Staying at your Leeds hotel now, room 512. The mobile key in the app
shows "Unlocked" when I hold my phone to the door but the lock flashes
red and doesn't open. Bluetooth is on. Had to go down to reception for
a plastic key. Can it be fixed for the rest of my stay?
Amira"""),
("en", "w4-member-rate-dearer", "Graham Price <graham.price@example.co.uk>", "Member rate?", "billing", "",
"""Hello, I logged in to book a night in York and the "exclusive member
rate" was 134. Out of curiosity I looked in a private window without
logging in and the same room, same night, same cancellation terms was
121. I booked the member rate before noticing. Can you match the lower
price on my booking?
Graham"""),
("en", "w4-no-show-fee-we-stayed-manager", "Victoria Adeyemi <victoria.adeyemi@example.com>", "No-show charge - we were there!", "billing", "high",
"""We stayed at your Glasgow Central hotel on 9 June - we checked in at
10pm, slept in room 308 and had breakfast the next morning. Today I see
a no-show charge of 145 on my card, the points for the stay have been
taken back, and the app says we "did not arrive".

I've already explained this twice to the customer service team and been
told it "can't be changed". I'd like a manager to deal with this, please.

Victoria Adeyemi"""),
# --- train season tickets ---
("en", "w4-annual-season-new-job", "Philip Ng <philip.ng@example.co.uk>", "Annual season ticket", "billing", "",
"""Hi,

I've got a new job that's walking distance from home, so I won't need
my Guildford - Waterloo annual season ticket after the end of this
month. It has about five months left on it. What would I get back if I
hand it in, and how do I do it?

Philip Ng"""),
("en", "w4-smartcard-gates-wont-read", "Hayley Dunn <hayley.dunn@example.com>", "smartcard", "technical", "",
"""my smartcard season ticket wont open the gates at Brighton or London
Bridge since monday, just beeps and says "seek assistance". staff have
been letting me through but its getting embarrassing. the ticket is
valid till september, i can see it in my account"""),
("en", "w4-season-delay-repay", "Alastair Burns <alastair.burns@example.co.uk>", "Delays last week", "billing", "",
"""Good evening,

I travel daily on a monthly season ticket from Stevenage to King's
Cross. Last week my train was over 30 minutes late on Tuesday, Wednesday
and Thursday evenings. How do season ticket holders claim for this? The
delay repay form seems to be set up for single journeys.

Alastair Burns"""),
("en", "w4-photocard-married-name", "Emily Rhodes <emily.rhodes@example.com>", "Name change on my season photocard", "general", "",
"""Hello! I got married last month and changed my surname from Walker to
Rhodes. My bank card and passport are in the new name now. How do I
update the name on my season ticket photocard, and do I need to send a
copy of the marriage certificate?
Emily Rhodes (formerly Walker)"""),
("en", "w4-app-season-tickets-gone-commuters", "Owen Tait <owen.tait@example.co.uk>", "App has lost everyone's season tickets", "technical", "high",
"""This morning the app is showing "No tickets" for me and, from what I
can see on the platform and on social media, for hundreds of other
season ticket holders on the Reading line. Gate staff at Reading are
refusing to let people through without a valid ticket and a queue of
commuters is building outside the station. Some people are buying new
tickets just to get to work. Please fix it or tell the staff.

Owen Tait"""),
("en", "w4-season-ticket-left-on-train", "Margaret Osei <margaret.osei@example.com>", "Lost season ticket", "general", "",
"""Hello, I think I left my season ticket (in a navy leather holder with
my staff pass) on the 17.42 from Cardiff to Newport yesterday, probably
on the seat in coach C. Has anyone handed it in? I can describe the
holder in more detail.
Margaret Osei"""),
]
