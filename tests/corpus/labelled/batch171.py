# batch171.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Kinds of business: holidays 4 -- theme park
# hotels, ski schools abroad, safari operators, canal boat hire, island
# ferries, cycling holidays, yoga holidays (and a few others).  Covers
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise and thanks, payment questions -- and
# everyday mail of all three queues.  40 mails in each of en, el, es, pl,
# written separately for each language.  Same tuple format as batch16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b171-themepark-hotel-two-charges", "Hayley Marsh <hayley.marsh@example.co.uk>", "Booking TPH-55102", "billing", "",
"""Hi,

We stayed two nights at your park hotel over half term (booking TPH-55102,
family room, breakfast included). I've just checked my online banking and
the 412.80 has gone out twice, once on the 14th and again on the 16th.

Could you refund the second one please? Happy to send a screenshot of the
statement if that helps.

Thanks,
Hayley Marsh"""),
("en", "b171-ski-lessons-no-snow-austria", "Robert Dunmore <rob.dunmore@example.com>", "Ski school - lessons that never happened", "billing", "",
"""Hello,

I booked 5 mornings of group lessons for my two boys (ages 9 and 11) at
your ski school in Obertauern for the week of 3 February. Lessons on
the Wednesday, Thursday and Friday were cancelled because the upper lifts
were shut for wind. The instructor said we'd get those days back "from
the office", but nobody at the desk knew anything about it.

That's 3 of 5 days x 2 children. The total was EUR 590, so I make it
EUR 354 owed. Please let me know how you'll refund it - the card I paid
with is the same one on the booking.

Regards,
Robert Dunmore"""),
("en", "b171-safari-deposit-section75", "Caroline Whitfield <c.whitfield@example.co.uk>", "Masai Mara trip cancelled - deposit", "billing", "high",
"""Dear Sir or Madam,

Your company cancelled our 8-day Masai Mara safari (ref. KE-3391) on
12 June, citing "operational reasons". At that point we had paid a
deposit of GBP 1,800 by credit card. Your email said the refund would be
processed within 14 working days. It is now more than nine weeks later,
and three further emails have gone unanswered.

I am no longer prepared to wait. If the full deposit is not back on my
card within 7 days of this email, I will make a claim against my credit
card provider under Section 75 of the Consumer Credit Act, and I will
also be reporting the matter to ABTA.

Yours faithfully,
Caroline Whitfield"""),
("en", "b171-narrowboat-damage-deposit-small-claims", "Neil Hargreaves <neil.hargreaves@example.net>", "Security deposit - Willow", "billing", "high",
"""Hello,

We brought the narrowboat Willow back to your Hillmorton base on Saturday
morning after a week on the Oxford canal. The lad who checked us in
walked round the boat, said "all fine" and signed the form. On Tuesday I
got an email saying you're keeping GBP 250 of our GBP 400 deposit for a
"scrape on the port side".

That scrape was there when we picked the boat up. It's in the photos I
took on the first day, which I've attached, with the date on them.

I want the full 400 back. If it isn't refunded by the end of next week I
will file a small claims case. I'd honestly prefer not to, we had a
lovely week otherwise.

Neil Hargreaves"""),
("en", "b171-ferry-islander-pass-late-father", "Fiona MacLeod <fiona.macleod@example.co.uk>", "My father's ferry pass", "billing", "",
"""Good afternoon,

My father, Angus MacLeod, passed away at the start of March. He had the
islander annual pass for the Oban crossing, paid monthly by direct debit
from his account.

He won't be travelling again, so could you please stop the payments and
close the pass? I'm dealing with his affairs and can send a copy of the
death certificate if you need it. The pass number is on the card in his
wallet: IS-20448.

Many thanks,
Fiona MacLeod (daughter)"""),
("en", "b171-yoga-retreat-move-deposit", "Priya Ramsden <priya.ramsden@example.com>", "Algarve retreat in May", "billing", "",
"""Hi Sophie,

Just to be clear before anyone processes anything, I DON'T want a refund!

I've paid the GBP 300 deposit for the May retreat in the Algarve, but I
have to be at my sister's wedding that weekend (she only just set the
date, typical). Could the deposit be moved to the October retreat
instead? I'd pay the balance for October by the usual deadline.

Thank you and sorry for the faff,
Priya x"""),
("en", "b171-cycling-galway-invoice-company", "Declan Fahy <declan.fahy@example.ie>", "Invoice needed", "billing", "",
"""Hi there,

We did the 4-day Connemara & Galway cycle tour with a group of 12 from
the office last month - great few days, everyone was wrecked but happy.

Our accounts department needs a proper VAT invoice made out to the
company rather than the booking confirmation. Details:

Fahy & Brennan Engineering Ltd
Unit 6, Ballybrit Business Park, Galway
VAT no. IE 9876543X

Total paid was EUR 7,440. Could you send it over to me and I'll pass it
on?

Cheers,
Declan"""),
("en", "b171-re-safari-balance-instalments", "Martin Okafor <martin.okafor@example.co.uk>", "Re: Your booking TZ-7719 - balance due", "billing", "",
"""Hi Jess,

Thanks for this. Would it be possible to pay the balance in three
instalments instead of one - say end of April, May and June? We're still
well before the 60-day cut-off.

Martin

> From: Jess Turner <bookings@serengeti-trails.example>
> Subject: Your booking TZ-7719 - balance due
>
> Dear Mr Okafor,
>
> Thank you for booking the Northern Tanzania Explorer for 2 adults,
> departing 21 August. The remaining balance of GBP 5,460 is due no
> later than 22 June. You can pay by bank transfer or by card via the
> link in your account.
>
> Kind regards,
> Jess Turner, Serengeti Trails"""),
("en", "b171-orlando-hotel-price-drop", "Brittany Kowalski <brittany.k@example.com>", "price went down after I booked??", "billing", "",
"""Hi! I booked 4 nights at your resort hotel by the park for our spring
break (conf #OR-881245) and paid $1,236 up front. Today the exact same
room and dates are showing at $1,048 on your own site. Can you adjust
my booking to the lower price and refund the difference ($188)? A friend
said you've done this for her before. Thanks so much!!

Brittany"""),
("en", "b171-online-yoga-freeze-travelling", "Josh Pemberton <josh.pemberton@example.com.au>", "Pausing my membership", "billing", "",
"""G'day,

I'm heading off backpacking round South America from 1 June for about
four months, and the internet where I'm going will be patchy at best.
Rather than cancel my online yoga membership (AUD 29/month) I'd like to
freeze it till October if that's possible, so I keep my founding rate.

Let me know what you need from me.

Cheers,
Josh"""),
("en", "b171-hello-ski-voucher-not-used", "Siobhan Kearney <siobhan.kearney@example.ie>", "Hello", "billing", "",
"""Hello,

My partner gave me one of your ski school gift vouchers for Christmas
(EUR 150, code SNOW-4471-KX). I booked private lessons in Chamonix online
last week and typed the code in, and it said "voucher applied", but my
card was charged the full EUR 320 anyway.

Can you sort out the 150 please? I still have the voucher email.

Siobhan"""),
("en", "b171-safari-inr-conversion-charge", "Raghav Iyer <raghav.iyer@example.in>", "Regarding amount debited for safari booking", "billing", "",
"""Dear Sir/Madam,

I had booked the 3 night Kruger safari package for my family of four,
booking ID ZA-20931. The price shown on your website was INR 2,86,400 and
I paid by my HDFC credit card. However the amount debited was in USD and
after conversion and the foreign currency markup my bank has charged me
INR 2,97,150, which is more than 10,000 extra.

Kindly clarify why the payment was processed in USD when the website
showed INR, and kindly refund the difference at the earliest.

Thanks and regards,
Raghav Iyer
Bengaluru"""),
("en", "b171-canal-cancellation-fee-someone-senior", "Gillian Shore <gillian.shore@example.co.uk>", "Cancellation fee - I want this looked at by someone senior", "billing", "high",
"""I have now spoken to three different people on your phone line and
I'm getting nowhere, so I'm putting it in writing.

Our boat holiday from Gayton (11-18 May) was cancelled by YOU two days
before departure because the boat "had a fault". You offered us another
boat a week later, which we couldn't take because of work. Now you have
taken a GBP 600 "late change fee" from the refund.

I want this looked at by a manager or someone senior, not another call
centre person reading from a script. Please have someone with authority
call me on 07700 900412.

Gillian Shore"""),
("en", "b171-ebike-upgrade-not-provided", "Aoife Brennan <aoife.brennan@example.ie>", "E-bike upgrade - Loire trip", "billing", "",
"""Hi,

When we booked the Loire Valley self-guided trip we paid for the e-bike
upgrade for both of us (EUR 45 each, so EUR 90). When we got to Tours the
bike hire place only had standard hybrids left and we rode those for the
week. Honestly we managed fine, but we'd like the 90 back since we didn't
get what we paid for.

Booking ref LV-2207.

Thanks a million,
Aoife"""),
("en", "b171-hotel-app-key-wont-open", "Danielle Price <danielle.price@example.co.uk>", "Digital key", "technical", "",
"""Hi, the digital room key in your app isn't working for room 2214. I hold
the phone to the lock, it says "unlocked" on the screen and the lock just
flashes red. Tried turning bluetooth off and on and logging out and back
in. Reception gave us a plastic card for now which works, but the kids
had their hearts set on opening the door with the phone. Can it be fixed
for the rest of our stay? We're here till Friday.

Danielle"""),
("en", "b171-narrowboat-gas-smell-galley", "Peter Lomax <peter.lomax@example.org.uk>", "Boat Kingfisher - smell of gas", "technical", "high",
"""Good evening,

We are on your boat Kingfisher, moored just above lock 14 on the
Llangollen canal near Grindley Brook. Since about teatime there has been
a faint smell of gas in the galley, strongest by the cooker. None of the
rings are on.

We've turned the gas off at the bottle in the front locker, opened all
the windows and we're not using anything with a flame. Everyone is fine
and we're sitting out on the towpath for now. Could someone come and have
a look, or tell us what you'd like us to do? My mobile is 07700 900871.

Peter Lomax"""),
("en", "b171-ebike-battery-hot-hotel-room", "Sarah Goodwin <sarah.goodwin@example.com>", "Battery on bike no. 7", "technical", "high",
"""Hello,

I'm on your Danube cycle tour, currently in the hotel in Melk. Last night
I put the battery from e-bike no. 7 on charge in our room as instructed.
About an hour later it was too hot to touch and there was a smell a bit
like burning plastic. I unplugged it and put it on the tiled balcony,
where it still is.

It's cooled down now and nobody's hurt, but I'm not keen on charging it
again or riding on it. What should I do with it, and can I get a
different battery or bike before we set off for Krems tomorrow morning?

Sarah Goodwin"""),
("en", "b171-ferry-site-pay-button-spins", "Hamish Grant <hamish.grant@example.co.uk>", "Can't book Arran crossing", "technical", "",
"""This isn't about the price or the fare - I'm happy to pay it. The problem
is your booking site. I choose the Ardrossan - Brodick sailing for 14
July, car plus two adults, put in all the details, press "Pay now" and
the wheel just spins forever. Tried Chrome and Safari, on the laptop and
on the phone, and there's no charge on my card so it's not going through
at all.

Is the site broken or is it me?

Hamish"""),
("en", "b171-kiosk-printer-ferry-agent", "Lorraine Shaw <lorraine@hebrides-travel.example>", "Tickets not printing - Oban kiosk", "technical", "high",
"""Hi,

Since the system came back on at 7 this morning, nothing we book through
the agent portal prints at our kiosk on the pier. The booking shows as
confirmed on screen but the ticket printer gets nothing, and the PDF
button gives a blank page.

The 10:00 to Craignure is boarding soon and I've got a queue out the
door, about 40 foot passengers and a coach party, all being sent back to
us by your check-in staff because they've no ticket. We are writing
booking numbers on scraps of paper. Please can someone call me on 01631
000777 straight away.

Lorraine Shaw
Hebrides Travel, Oban"""),
("en", "b171-skischool-app-password-reset", "Tom Ashworth <tom.ashworth@example.com>", "Login", "technical", "",
"""I can't get into the ski school app to see my daughter's group and
meeting point for tomorrow. It says wrong password, so I tapped "forgot
password" three times in the last hour and no reset email has come (not
in spam either). The email on the account is this one.

Tom"""),
("en", "b171-question-yoga-stream-freezes", "Margaret Eldridge <margaret.eldridge@example.co.uk>", "Question", "technical", "",
"""Dear yoga people,

I am 74 and not very good with computers, so please forgive me if this is
a silly question. Since last Tuesday the morning class on my tablet stops
every few minutes and shows a little circle going round, and when it
comes back Anna's voice is a few seconds behind her moving. My grandson
says our internet is fine because his films play perfectly.

Is there something I should press? I do miss the classes.

With best wishes,
Margaret Eldridge"""),
("en", "b171-safari-app-offline-maps", "Kyle Brandt <kyle.brandt@example.com>", "Offline maps won't download", "technical", "",
"""Hey, we leave for our self-drive Namibia trip on Saturday and your
travel app is supposed to let us download the offline maps and day
notes before we go. Every time I hit "Download trip pack" it gets to
about 60% and then says "Something went wrong (code 17)". iPhone 13,
latest iOS, plenty of storage. My wife's Android does the same thing.
We really need those offline, there's no signal out there.

Kyle"""),
("en", "b171-narrowboat-engine-overheating", "Ian Fairclough <ian.fairclough@example.co.uk>", "Engine warning on Bluebell", "technical", "",
"""Hi,

We're on Bluebell, currently moored at Market Drayton. This afternoon the
engine temperature buzzer came on and the needle went right up into the
red. We stopped the engine straight away and tied up. Coolant in the
header tank looks low.

We're perfectly safe and comfortable here for the night - no panic -
but we'd be grateful if an engineer could come out in the morning as we
were hoping to get to Audlem by Thursday.

Ian Fairclough
07700 900513"""),
("en", "b171-hotel-kettle-sparks", "Rebecca Holt <rebecca.holt@example.co.uk>", "Room 318", "technical", "high",
"""Hello,

Just to let you know, the kettle in room 318 gave a little crackle and a
couple of blue sparks from the base when I switched it on this morning,
and the lights in the room flickered. I've unplugged it and put it on the
side by the door and we haven't used it since.

We're out at the park all day, but could someone take it away and check
the socket before we're back this evening? We have two small children
in the room.

Thanks,
Rebecca Holt"""),
("en", "b171-re-skischool-calendar-broken", "Anna Kowalczyk <anna.kowalczyk@example.co.uk>", "Re: Lesson booking for the February half term", "technical", "",
"""Hi Marco,

I've tried as you said, but the calendar still doesn't work. When I pick
17 February for Lily the next page jumps back to December and the "add"
button is greyed out. Cleared my cache, tried another browser, same.

Could you book her in for me, or is there another way?

Thanks,
Anna

> On 2 Jan, Marco wrote:
> Hi Anna, thanks for getting in touch. Please try booking again via
> the website, choosing "Kids Club 6-12" and the week of 17 Feb. If
> it doesn't let you, clear your browser cache and try again.
> Best, Marco - Snowpeak Ski School Les Arcs"""),
("en", "b171-route-app-crashes-android", "Ciaran Doyle <ciaran.doyle@example.ie>", "App crashing on the Wild Atlantic Way", "technical", "",
"""howya, your route app keeps crashing on my phone (Samsung A54, android
14). opens fine, but the second I hit "start day 3" it closes itself. day
1 and 2 were grand. reinstalled it twice. i'm sitting in a cafe in
Westport using paper maps from the b&b at the moment lol. any fix?"""),
("en", "b171-aircon-third-time-manager", "Deborah Fenwick <deborah.fenwick@example.com>", "Air conditioning - third report - please escalate", "technical", "high",
"""This is the third time I'm reporting the same problem, so I'd like it
escalated to the hotel manager, please.

The air conditioning in suite 506 has not worked since we checked in on
Sunday. It blows warm air and makes a loud rattling noise all night.
Maintenance came on Monday and on Tuesday, "reset" it, and within an
hour it was the same. It's 33 degrees outside and my husband is not
sleeping.

I want the duty manager to contact me today, not another note under the
door saying it's been fixed.

Deborah Fenwick"""),
("en", "b171-teddy-left-on-mull-ferry", "Kirsty Rennie <kirsty.rennie@example.co.uk>", "Lost teddy", "general", "",
"""Hello, this is a long shot but my son left his teddy on the 16:00
sailing from Craignure to Oban yesterday. It's a small brown bear in a
knitted blue jumper, quite worn, answers to "Barnaby". We think he was
left on the seats by the window in the forward lounge. He is very much
missed at bedtime.

If he's been handed in, we can collect from Oban or pay for postage.

Thank you, Kirsty"""),
("en", "b171-yoga-portugal-thank-you", "Helen Ashby <helen.ashby@example.co.uk>", "Thank you", "general", "",
"""Dear Leonor and team,

I wanted to write and say thank you for last week at the quinta. I came
after a really hard year and I honestly didn't know what to expect. The
morning classes with Leonor, the food (that pumpkin soup!), the quiet
evenings - it was exactly what I needed and I came home feeling like
myself again.

Please pass my thanks to Ines in the kitchen too.

With love,
Helen"""),
("en", "b171-ski-instructor-shouted-head-of-school", "Graham Pryce <graham.pryce@example.co.uk>", "Instructor's behaviour towards my daughter", "general", "high",
"""Dear Sir/Madam,

My daughter Ellie (7) was in the Level 1 group at your ski school in
Morzine last week. On Thursday she came back in tears and told us her
instructor, Damien, had shouted at her in front of the others and called
her "useless" because she kept falling on the drag lift. Two other
parents in the group have told me they saw the same thing.

I want this dealt with by the head of the ski school, not by the front
desk. I'd like to know what will be done and I expect a reply from the
person in charge.

Graham Pryce"""),
("en", "b171-narrowboat-base-arrival-time", "Linda Cartwright <linda.cartwright@example.co.uk>", "Saturday pick-up", "general", "",
"""Hi, we're collecting a boat from your Union Wharf base on Saturday. What
time is the earliest we can arrive, and is there somewhere to leave our
car for the week? Coming down from Leeds so may be a bit later if the M1
is bad. Thanks, Linda"""),
("en", "b171-cycling-maps-to-work-address", "Oliver Bennett <oliver.bennett@example.co.uk>", "Welcome pack", "general", "",
"""Hello,

Could you post the welcome pack and printed route maps for our Dordogne
cycling holiday (ref DD-3116) to my work address instead of home? I'm
never in when the post comes.

Oliver Bennett
c/o Harrow Dental Practice
22 Station Road
Harrow HA1 2RX

Thanks!"""),
("en", "b171-safari-new-passport-number", "Anjali Mehta <anjali.mehta@example.in>", "Change in passport details", "general", "",
"""Dear Team,

This is with reference to booking ID BW-4410 (Okavango Delta, 3 pax).
My husband's passport has been renewed and the new number is Z8814205,
valid till 2034. Please update the same in your records and on the
lodge manifests, as the old number is cancelled.

Regards,
Anjali Mehta"""),
("en", "b171-ferry-subject-access-request", "James Ryder <james.ryder@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am asking for a copy of all the
personal data you hold about me, including my booking history, any
vehicle registration numbers, CCTV or ANPR records from your ports and
call recordings from your contact centre.

Name: James Ryder
Date of birth: 04/09/1981
Customer account email: this one

Please confirm receipt.

James Ryder"""),
("en", "b171-glass-splash-pool-hotel", "Samantha Cole <samantha.cole@example.com>", "Broken glass in the splash pool", "general", "high",
"""Hi,

I'm writing because nobody at the pool seemed very bothered. This
afternoon in the children's splash area at the hotel there were pieces
of broken glass on the bottom of the shallow pool and on the tiles round
it - I think from a bottle someone dropped. My son (4) picked up a piece
before I saw it; luckily he didn't cut himself. I told the lifeguard,
who shrugged and said he'd "mention it".

When we walked past at 6pm, kids were still in there. Please close it
and get it cleaned properly before someone gets hurt.

Samantha Cole"""),
("en", "b171-school-raffle-hotel-prize", "Mrs S. Okonjo <pta@stmarysprimary.example.sch.uk>", "Summer fair raffle", "general", "",
"""Dear Sir/Madam,

I'm writing on behalf of the PTA at St Mary's Primary School in Stafford.
Our summer fair is on 28 June and we're looking for raffle prizes. Would
your hotel consider donating a prize, such as a family overnight stay or
some park tickets? We'd be very happy to credit you on our posters and
newsletter.

Kind regards,
Sade Okonjo
PTA Chair"""),
("en", "b171-dog-on-narrowboat", "Bryony Walsh <bryony.walsh@example.co.uk>", "Dogs?", "general", "",
"""Hello, are dogs allowed on your boats? We have a very lazy 11 year old
spaniel who mostly sleeps. If so, is there a limit on size or number,
and do we need to bring anything? Thinking of late September from your
Stoke Bruerne base.

Bryony"""),
("en", "b171-ferry-wheelchair-ombudsman", "Eleanor Hughes <eleanor.hughes@example.co.uk>", "How my mother was treated at Fishguard", "general", "high",
"""Dear Customer Relations,

On 2 September my mother, who uses a wheelchair, was booked with
assistance on the 14:30 sailing from Fishguard to Rosslare. The
assistance was confirmed in writing. When we arrived, the crew member at
the car deck told us he "didn't have time" and that we should "manage
the stairs like everyone else". My mother had to be half carried up by
me and a stranger. She was humiliated and very shaken.

I expect a full written explanation and an apology. If I do not receive
a satisfactory response within 14 days I will be taking this to the
ferry ombudsman and to the Equality Advisory Service.

Eleanor Hughes"""),
("en", "b171-cycling-holiday-kids-loved-it", "Mark Jennings <mark.jennings@example.com.au>", "Hello", "general", "",
"""Hi all,

Just back in Brisbane after your family cycling week in Puglia. Had to
write and say the kids reckon it was the best holiday ever. The hill
into Locorotondo absolutely killed me, but Giulia the guide was a legend
and kept everyone going with gelato. Bikes were spot on, luggage always
waiting at the hotel.

We'll be back. Cheers,
Mark, Tash, Ruby and Finn"""),
("en", "b171-safari-guide-rude-feedback", "Warren Fitch <warren.fitch@example.com>", "Feedback on our guide", "general", "",
"""Hi,

Overall we enjoyed our week in Botswana, but I wanted to mention our
guide on days 3 and 4, Tebogo. He spent much of the drives on his phone,
was short with my wife when she asked about birds, and made a couple of
comments about "tourists who ask too many questions". The other guides
were wonderful, so it stood out.

Just feedback - no need to do anything more than pass it on.

Warren Fitch
Denver, CO"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b171-ploio-naxos-diplh-xrewsh", "Αντώνης Καραγιάννης <a.karagiannis@example.gr>", "Διπλή χρέωση εισιτηρίων", "billing", "",
"""Καλησπέρα σας,

Έκλεισα στις 3 Ιουλίου μέσω της ιστοσελίδας σας εισιτήρια Πειραιάς -
Νάξος για 2 ενήλικες και ένα ΙΧ (κωδικός κράτησης NX4-81920), σύνολο
187,50€. Στην κίνηση της κάρτας μου εμφανίζεται το ποσό δύο φορές,
ενώ η κράτηση είναι μία.

Παρακαλώ να μου επιστρέψετε τη δεύτερη χρέωση. Μπορώ να σας στείλω
αντίγραφο της κίνησης αν χρειάζεται.

Ευχαριστώ,
Αντώνης Καραγιάννης"""),
("el", "b171-gl-bansko-mathimata-arrwsth", "Dimitra Papadopoulou <dimitra.pap@example.gr>", "mathimata ski paidiou", "billing", "",
"""Kalhspera sas,

eixa plhrwsei gia ton gio mou (8 xronwn) 5 meres omadika mathimata sth
sxolh sas sto Bansko, 280 eurw, gia thn evdomada 10-14 Fevrouariou.
Dystyxws thn prwth mera to vrady arrwsthse me pyreto kai den phge
katholou. Exw kai vevaiwsh apo giatro ekei.

Yparxei periptwsh na mas epistrepsete ta xrhmata h estw ena meros?
Efxaristw poly,
Dimitra"""),
("el", "b171-safari-tanzania-synigoros", "Ευάγγελος Σταματόπουλος <e.stamatopoulos@example.gr>", "Κράτηση TZ-2261 - παρακράτηση 30%", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 4 Απριλίου ακύρωσα την κράτησή μας για το σαφάρι στην Τανζανία
(TZ-2261, αναχώρηση 15 Σεπτεμβρίου), δηλαδή πάνω από πέντε μήνες πριν
από την αναχώρηση. Σύμφωνα με τους όρους που μας στείλατε, η ακύρωση
έως 120 ημέρες πριν γίνεται χωρίς χρέωση. Παρ' όλα αυτά, από την
προκαταβολή των 2.400€ μου επιστρέψατε μόνο 1.680€, κρατώντας 30%
ως «έξοδα διαχείρισης».

Ζητώ την επιστροφή των υπόλοιπων 720€ εντός 10 ημερών. Σε διαφορετική
περίπτωση θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στη Γενική
Γραμματεία Εμπορίου.

Με εκτίμηση,
Ευάγγελος Σταματόπουλος"""),
("el", "b171-gl-allagh-hmeromhnias-xrewsh", "Giorgos M. <giorgosm88@example.gr>", "allagi eisitiriou", "billing", "",
"""geia sas, alla3a thn hmeromhnia sto eisithrio gia Paro apo 12/8 se 14/8
mesa apo to site kai mou xrewse 25e "telos allaghs". sto eisithrio
grafei oti oi allages einai dwrean ews 48 wres prin. egw thn ekana 10
meres prin. giati xrew8hka?"""),
("el", "b171-yoga-pilio-metafora-prokatavolis", "Ελενη Βλαχου <eleni.vlachou@example.gr>", "Retreat Πηλιο Ιουνιος", "billing", "",
"""Καλημερα Μαρια,

Εχω πληρωσει προκαταβολη 200 ευρω για το retreat στο Πηλιο 20-25
Ιουνιου. Δυστυχως μου αλλαξαν τις αδειες στη δουλεια και δεν θα
μπορεσω να ερθω.

Δεν θελω να μου επιστρεψετε τα χρηματα. Θα ηθελα αν γινεται να
μεταφερθει η προκαταβολη στο retreat του Σεπτεμβριου, εκεινο με τον
διαλογισμο.

Σε ευχαριστω πολυ,
Ελενη"""),
("el", "b171-podilatiko-kriti-timologio", "Λογιστήριο Alfa Pharma <logistirio@alfapharma.example>", "Έκδοση τιμολογίου αντί απόδειξης", "billing", "",
"""Καλημέρα σας,

Η εταιρεία μας συμμετείχε με ομάδα 14 ατόμων στο τριήμερο ποδηλατικό
πρόγραμμα στη Δυτική Κρήτη (17-19 Μαΐου, κράτηση CR-5502). Λάβαμε
απόδειξη παροχής υπηρεσιών στο όνομα του συναδέλφου που έκανε την
κράτηση, ενώ χρειαζόμαστε τιμολόγιο στα στοιχεία της εταιρείας:

ALFA PHARMA Α.Ε.
ΑΦΜ 099887766, ΔΟΥ ΦΑΕ Αθηνών
Λεωφ. Κηφισίας 210, 15231 Χαλάνδρι

Σύνολο 6.160€. Παρακαλούμε για ακύρωση της απόδειξης και έκδοση
τιμολογίου.

Ευχαριστούμε,
Σοφία Ρήγα
Λογιστήριο"""),
("el", "b171-karta-monimou-aigina-metakomisi", "Νίκος Δημητρίου <nikos.dimitriou@example.gr>", "Κάρτα της μητέρας μου", "billing", "",
"""Καλησπέρα,

Η μητέρα μου, Αικατερίνη Δημητρίου, είχε τη μηνιαία κάρτα μόνιμου
κατοίκου για τη γραμμή Πειραιάς - Αίγινα, που πληρώνεται κάθε μήνα από
την κάρτα μου (32€). Από τον Οκτώβριο έρχεται να μείνει μόνιμα μαζί
μας στην Αθήνα, γιατί δεν μπορεί πια να είναι μόνη της στο νησί.

Σας παρακαλώ να σταματήσει η μηνιαία χρέωση από 1η Νοεμβρίου. Ο
αριθμός της κάρτας της είναι AIG-01173.

Ευχαριστώ,
Νίκος Δημητρίου"""),
("el", "b171-gl-disney-xenodoxeio-ptwsh-timhs", "Katerina Lamprou <katerina.lamprou@example.gr>", "kratisi xenodoxeiou Parisi", "billing", "",
"""Kalhmera,

Kleisame 3 nyxtes sto xenodoxeio dipla sto parko gia ta Xristougenna
(kratisi PAR-66120) kai plhrwsame olo to poso, 1.420 eyrw. Twra vlepw
sto site sas to idio dwmatio tis idies meres na kostizei 1.260.
Mporeite na mas epistrepsete th diafora h na to prosarmosete? Den 8eloume
na akyrwsoume, apla na plhrwsoume oso kai oi ypoloipoi.

Eyxaristw,
Katerina"""),
("el", "b171-canal-gallia-egguisi-amfisvitisi", "Παναγιώτης Ζαχαρίου <p.zachariou@example.gr>", "Εγγύηση 500€ - σκάφος Canal du Midi", "billing", "high",
"""Καλησπέρα σας,

Παραδώσαμε το σκάφος (Penichette 1107) στη βάση σας στο Castelnaudary
στις 22 Αυγούστου, χωρίς καμία ζημιά, όπως υπέγραψε και ο υπάλληλός σας
στη φόρμα παράδοσης. Η εγγύηση των 500€ που δεσμεύτηκε στην πιστωτική
μου κάρτα έπρεπε να αποδεσμευτεί μέσα σε 7 ημέρες. Έχει περάσει πάνω
από ένας μήνας.

Σας έχω στείλει ήδη δύο μηνύματα χωρίς απάντηση. Αν μέχρι την Παρασκευή
δεν έχει αποδεσμευτεί το ποσό, θα ζητήσω από την τράπεζά μου να
αμφισβητήσει τη χρέωση (chargeback).

Παναγιώτης Ζαχαρίου"""),
("el", "b171-safari-atokes-doseis", "Σταυρος Κουτσος <stavros.koutsos@example.gr>", "Ερωτηση για πληρωμη", "billing", "",
"""Καλησπερα,

Ενδιαφερομαστε για το πακετο σαφαρι στην Κενυα 9 ημερων για δυο
ατομα τον Οκτωβριο. Το συνολο βγαινει 5.980 ευρω. Θα ηθελα να ρωτησω
αν γινεται να πληρωσουμε με πιστωτικη καρτα σε ατοκες δοσεις και σε
ποσες, η αν υπαρχει καποια εκπτωση αν πληρωσουμε με μεταφορα ολο το
ποσο τωρα.

Ευχαριστω,
Σταυρος Κουτσος"""),
("el", "b171-gl-re-epistrofh-ypeuthynos", "Vaggelis T. <vaggelis.t@example.gr>", "Re: Kratisi 2231 - epistrofi xrimaton", "billing", "high",
"""Exoun perasei 6 evdomades apo to parakatw mhnyma kai akoma tipota sto
logariasmo mou. Exw parei thlefwno 4 fores kai kathe fora mou lene
"einai se e3elixh". Den ginetai allo. Thelw na milhsw me ton ypeuthyno
tou tmhmatos h me kapoion proistameno, oxi me to call center.

Vaggelis

> Apo: Krathseis <info@aigaio-lines.example>
> Thema: Kratisi 2231 - epistrofi xrimaton
>
> Agaphte k. T.,
> h akyrwsh ths dromologhshs Rafhna - Andros ths 18/6 logw kairou
> epivevaiwnetai. To poso twn 96,40 eyrw 8a epistrafei sthn karta sas
> entos 10 ergasimwn hmerwn.
> Me ektimhsh,
> Tmhma Krathsewn"""),
("el", "b171-doga-skylos-pethane", "Μαρινα Αλεξιου <marina.alexiou@example.gr>", "Συνδρομη doga", "billing", "",
"""Γεια σας,

Ειχα τη μηνιαια συνδρομη 25 ευρω για τα μαθηματα doga (γιογκα με
σκυλο) στο στουντιο σας στο Χαλανδρι. Ο Μπομπ, ο σκυλος μου, εφυγε
την περασμενη εβδομαδα, ηταν 14 χρονων. Δεν νομιζω οτι θα ερθω ξανα
χωρις αυτον.

Σας παρακαλω να σταματησει η συνδρομη και να μη χρεωθει η καρτα μου
τον επομενο μηνα. Σας ευχαριστω για ολα, του αρεσε πολυ.

Μαρινα"""),
("el", "b171-foititiko-ekptotiko-ploio", "Ιωάννα Τσιρίγου <ioanna.tsirigou@example.gr>", "Φοιτητική έκπτωση", "billing", "",
"""Καλημέρα. Έκλεισα εισιτήριο για Χίο με φοιτητικό πάσο και επέλεξα
«φοιτητικό», αλλά στην πληρωμή χρεώθηκα την πλήρη τιμή, 48,50€ αντί
για 24,25€. Κωδικός κράτησης CH-30127. Μπορείτε να μου επιστρέψετε τη
διαφορά; Ευχαριστώ, Ιωάννα"""),
("el", "b171-gl-voucher-podhlasia-lh3h", "Kostas Nikolaidis <kostas.nik@example.gr>", "dwroepitagh", "billing", "",
"""Kalhmera sas,

h gynaika mou mou xarise mia dwroepitagh 350e gia podhlatikes diakopes
me thn etaireia sas (kwdikos GV-1189). Me thn douleia kai ta paidia den
prolava na thn xrhsimopoihsw kai vlepw oti elhge ton Martio. Yparxei
tropos na th parataxete gia fetos to ka8ontoporo? 8a ithela to
programma sth Naxo.

Eyxaristw,
Kwstas"""),
("el", "b171-efarmogi-ploiou-qr-den-fainetai", "Αλέξανδρος Μπέης <alex.beis@example.gr>", "Ηλεκτρονικό εισιτήριο", "technical", "",
"""Καλησπέρα,

Ταξιδεύουμε αύριο 07:25 από Ραφήνα για Τήνο. Στην εφαρμογή σας η
κράτηση εμφανίζεται κανονικά, αλλά όταν πατάω «Κάρτα επιβίβασης» μου
βγάζει λευκή οθόνη αντί για QR code. Έχω κάνει επανεγκατάσταση και
επανεκκίνηση του κινητού. Πώς θα επιβιβαστούμε; Μπορείτε να μου το
στείλετε με email;

Αλέξανδρος Μπέης"""),
("el", "b171-gl-site-kollaei-plhrwmh", "Stella K. <stella.k@example.gr>", "to site sas", "technical", "",
"""Geia sas, den einai 8ema xrewshs, den exei xrewthei tipota. Prospathw
apo xthes na kleisw eisithria gia Kalymno kai sto teleutaio vhma, meta
tis kartes, to site kollaei kai vgazei "Error 502". Apo kinhto kai apo
laptop, me Chrome kai Firefox. Tha xasw tis kampines an synexisei etsi.
Ti na kanw?"""),
("el", "b171-praktoreio-rafina-den-vgainoun-eisitiria", "Πρακτορείο Θαλασσινός <info@thalassinos-travel.example>", "ΕΠΕΙΓΟΝ - σύστημα", "technical", "high",
"""Καλημέρα,

Από τις 6:30 το πρωί που ανοίξαμε, κανένα εισιτήριο δεν εκδίδεται από
το σύστημα κρατήσεών σας. Στην οθόνη γράφει «σύνδεση με τον διακομιστή
απέτυχε» και οι εκτυπωτές δεν βγάζουν τίποτα. Έχουμε ουρά έξω από το
πρακτορείο στο λιμάνι της Ραφήνας, το πλοίο των 7:45 για Άνδρο φεύγει
σε λίγο και στέλνουμε τον κόσμο στο γραφείο σας στην προβλήτα, που
έχει κι αυτό ουρά.

Έχουμε πάρει τηλέφωνο στο helpdesk και δεν σηκώνει κανείς. Παρακαλώ
ενημερώστε μας άμεσα.

Γιάννης Θαλασσινός
Πρακτορείο Θαλασσινός, Ραφήνα"""),
("el", "b171-gl-karavi-kanali-myrizei-gkazi", "Thanos Argyriou <thanos.argyriou@example.gr>", "skafos Aurore", "technical", "high",
"""Kalhspera,

eimaste me to skafos Aurore pou nikiasame apo th vash sas sto Homps,
dethikame gia to vrady ligo meta to lock tou Argens. Edw kai mia wra
myrizei gkazi mesa sthn kouzina, oxi poly, alla myrizei. Kleisame thn
fialh, anoixame ola ta parathyra kai kathomaste exw sto moulo me ta
paidia. Kanena provlhma mexri stigmhs.

Mporei na er8ei kapoios na to dei h na mas peite ti na kanoume?
Kinhto +30 697 000 1234.

Thanos"""),
("el", "b171-ilektriko-podilato-frena-kriti", "Μαρία Σπανού <maria.spanou@example.gr>", "Ποδήλατο Νο 12", "technical", "high",
"""Καλησπέρα σας,

Είμαι στο ποδηλατικό σας πρόγραμμα στα Σφακιά. Στο ηλεκτρικό ποδήλατο
που μου δώσατε (νούμερο 12) το πίσω φρένο από χθες το μεσημέρι πιάνει
ελάχιστα, και σήμερα στην κατηφόρα προς τη Χώρα Σφακίων το μοχλό τον
πατούσα μέχρι το τιμόνι και το ποδήλατο δεν έκοβε σχεδόν καθόλου. Το
σταμάτησα με το μπροστινό και τα πόδια.

Δεν πάθαμε κάτι, αλλά αύριο έχουμε την κατάβαση προς το Φραγκοκάστελο
και δεν θέλω να το ξαναπάρω έτσι. Μπορεί κάποιος να το φτιάξει ή να
μου φέρει άλλο απόψε στο ξενοδοχείο;

Μαρία Σπανού"""),
("el", "b171-yoga-platforma-syndesi", "Χρυσα Παππα <chrysa.pappa@example.gr>", "Δεν μπαινω στα μαθηματα", "technical", "",
"""Καλημερα,

απο την Κυριακη δεν μπορω να συνδεθω στην πλατφορμα με τα online
μαθηματα γιογκα. Βαζω email και κωδικο και μου γραφει "ο λογαριασμος
δεν βρεθηκε", ενω πληρωνω κανονικα και μπαινα μεχρι την Παρασκευη.
Δοκιμασα και αλλαγη κωδικου, μου λεει παλι οτι δεν υπαρχει το email.

Χρυσα"""),
("el", "b171-gl-bansko-app-lathos-wres", "Nikos Vasileiou <nikos.vasileiou@example.gr>", "efarmogh sxolhs ski", "technical", "",
"""Geia sas. H efarmogh ths sxolhs deixnei oti to mathima ths korhs mou
3ekinaei stis 08:00, enw o daskalos leei oti einai stis 09:00. Simera
phgame mia wra nwritera kai perimename sto kryo. Nomizw oti h efarmogh
deixnei wra Elladas anti gia wra Voulgarias? Alla tote 8a htan idia wra
mallon... tespa, kati den paei kala me tis wres. Mporeite na to koita3ete?

Nikos"""),
("el", "b171-ntous-revma-xenodoxeio", "Θεοδώρα Κυριακίδου <theodora.kyriakidou@example.gr>", "Δωμάτιο 1207", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι στο δωμάτιο 1207 του ξενοδοχείου σας, όταν
ο σύζυγός μου άγγιξε τη μεταλλική βρύση της ντουζιέρας απόψε, τον
τίναξε ρεύμα. Είναι καλά, απλώς τρόμαξε. Δοκίμασα κι εγώ με το πίσω
μέρος του χεριού και το ένιωσα κι εγώ, ένα μικρό τσίμπημα.

Δεν χρησιμοποιούμε το μπάνιο και το είπαμε στη ρεσεψιόν, όπου μας
είπαν ότι θα έρθει ο τεχνικός «το πρωί». Έχουμε μαζί και δύο παιδιά.
Παρακαλώ να το δει κάποιος απόψε ή να μας αλλάξετε δωμάτιο.

Θεοδώρα Κυριακίδου"""),
("el", "b171-kodikos-epavanaforas-den-erxetai", "Γιωργος Φραγκος <g.fragkos@example.gr>", "Κωδικος", "technical", "",
"""Καλησπερα, προσπαθω να μπω στον λογαριασμο μου για τους ποντους του
προγραμματος επιβατων και ζηταω επαναφορα κωδικου. Το email με τον
συνδεσμο ερχεται, αλλα οταν τον πατησω μου λεει "ο συνδεσμος εχει
ληξει", ακομα και αμεσως μολις ερθει. Το εκανα 5 φορες.

Γιωργος Φραγκος"""),
("el", "b171-gl-safari-app-fwtografies", "Eirini Chatzi <eirini.chatzi@example.gr>", "fwtografies", "technical", "",
"""kalhmera! gyrisame apo to safari sthn Kenya (yperoxo!!) kai prospathw
na anevasw tis fwtografies mas sto album tou group mesa apo thn
efarmogh sas opws eipe o odhgos. ka8e fora pou dialegw panw apo 3-4
fwtografies kollaei sto 0% kai meta bgainei apo thn efarmogh. exw
android. mhpws yparxei allos tropos?"""),
("el", "b171-kanali-antlia-nerou", "Δημήτρης Ράλλης <dimitris.rallis@example.gr>", "Σκάφος Camargue - νερό", "technical", "",
"""Καλησπέρα,

Είμαστε με το σκάφος Camargue στο Κανάλι της Βουργουνδίας, δεμένοι στο
Tonnerre. Από σήμερα το πρωί δεν τρέχει νερό από καμία βρύση ούτε από
το ντους. Η δεξαμενή είναι γεμάτη (τη γεμίσαμε χθες), η αντλία ακούγεται
να δουλεύει για λίγο και σταματάει.

Μπορεί να περάσει κάποιος τεχνικός; Θα μείνουμε εδώ ως αύριο το μεσημέρι.

Δημήτρης Ράλλης
+30 694 000 5566"""),
("el", "b171-sxoli-ski-kena-email", "Αννα Λιακου <anna.liakou@example.gr>", "Email επιβεβαιωσης", "technical", "",
"""Γεια σας,

εκλεισα μαθηματα σκι για 2 παιδια στη σχολη σας στο Μπορόβετς για τον
Φεβρουαριο. Τα email επιβεβαιωσης που μου ερχονται ειναι εντελως κενα,
μονο το λογοτυπο σας και τιποτα αλλο, ουτε ωρες ουτε σημειο συναντησης.
Ηρθαν τρια ετσι. Μπορειτε να μου τα ξαναστειλετε η να τα δω καπου αλλου;

Αννα"""),
("el", "b171-klimatismos-trith-fora-ypefthynos", "Κωνσταντίνος Αναστασίου <k.anastasiou@example.gr>", "Τρίτη φορά για το κλιματιστικό", "technical", "high",
"""Κύριοι,

Γράφω για τρίτη φορά. Το κλιματιστικό στο δωμάτιο 412 δεν ψύχει από
την πρώτη μέρα, στάζει νερό πάνω στο κρεβάτι και κάνει θόρυβο όλη τη
νύχτα. Ο τεχνικός ήρθε δύο φορές, «το καθάρισε», και μετά από μία ώρα
ήταν πάλι τα ίδια.

Δεν θέλω άλλη επίσκεψη τεχνικού. Ζητώ να επικοινωνήσει μαζί μου σήμερα
ο διευθυντής του ξενοδοχείου ή ο υπεύθυνος βάρδιας.

Κωνσταντίνος Αναστασίου"""),
("el", "b171-gl-jacket-sto-ploio", "Lefteris P. <lefteris.p@example.gr>", "3exasa ena mpoufan", "general", "",
"""Geia sas, xthes sto ploio Santorini - Peiraias (to apogeumatino) 3exasa
ena mple skouro mpoufan sto saloni ths oikonomikhs 8eshs, konta sto
kylikeio. Sthn tsepi exei kai kleidia me ena mprelok me to Olympiako.
Mhpws to vrhkate? Ti prepei na kanw gia na to parw?
Eyxaristw, Lefteris"""),
("el", "b171-evxaristo-plirwma-mitera", "Σοφία Γεωργίου <sofia.georgiou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω δημόσια το πλήρωμα του πλοίου της γραμμής
Πειραιάς - Σάμος της Τρίτης 14 του μήνα. Η μητέρα μου, 82 ετών,
ταξίδευε μόνη της και ζαλίστηκε στη διάρκεια του ταξιδιού. Μια
αεροσυνοδός (νομίζω Ρένα τη λένε) και ένας ναύτης την πρόσεξαν όλο το
ταξίδι, της έφεραν νερό, την κάθισαν σε ήσυχο σημείο και τη βοήθησαν να
κατέβει στο Βαθύ μέχρι να τη βρω.

Σπάνια βλέπει κανείς τέτοια ευγένεια. Σας παρακαλώ μεταφέρετέ τους τις
ευχαριστίες μας.

Σοφία Γεωργίου"""),
("el", "b171-reception-agenis-diefthyntis", "Ελένη Μαυροπούλου <eleni.mavropoulou@example.gr>", "Συμπεριφορά υπαλλήλου υποδοχής", "general", "high",
"""Αξιότιμοι κύριοι,

Φτάσαμε στο ξενοδοχείο σας δίπλα στο θεματικό πάρκο το Σάββατο στις
11 το βράδυ, με δύο κουρασμένα παιδιά, μετά από καθυστέρηση της πτήσης.
Ο υπάλληλος της υποδοχής μάς μίλησε με ειρωνεία, είπε μπροστά στα
παιδιά ότι «οι Έλληνες πάντα έρχονται αργά και ζητάνε χάρες» και μας
άφησε να περιμένουμε 40 λεπτά χωρίς λόγο.

Θέλω να μιλήσω με τον διευθυντή του ξενοδοχείου. Δεν δέχομαι απάντηση
από την ίδια υποδοχή.

Ελένη Μαυροπούλου"""),
("el", "b171-ores-ekdotirio-peiraia", "Σπυρος Λαμπρακης <s.lamprakis@example.gr>", "Ωρες γραφειου", "general", "",
"""Καλημερα. Τι ωρα ανοιγει το εκδοτηριο σας στην πυλη Ε7 στον Πειραια
την Κυριακη το πρωι; Εχουμε το πλοιο των 7:00 για Ηρακλειο και θελω
να παρω τα εισιτηρια απο κοντα επειδη ειναι με εκπτωση πολυτεκνων.
Ευχαριστω."""),
("el", "b171-gl-dika-mas-podhlata", "Manolis Kostakis <manolis.kostakis@example.gr>", "erwthsh", "general", "",
"""Kalhspera, endiaferomaste gia to programma podhlasias sth Naxo ton
Oktwvrio. Mporoume na fernoume ta dika mas podhlata (road) anti gia ta
dika sas? Kai an nai, 8a ta metaferete mazi me tis valitses apo
3enodoxeio se 3enodoxeio h prepei na ta kouvalame emeis?
Eyxaristw"""),
("el", "b171-allagi-email-kratisis", "Ξανθή Παπαδάκη <xanthi.papadaki@example.gr>", "Αλλαγή στοιχείων κράτησης", "general", "",
"""Καλημέρα σας,

Στην κράτηση YG-0822 (retreat γιόγκα στην Αμοργό, 2-9 Ιουλίου) έχω
δηλώσει παλιό email που δεν χρησιμοποιώ πια. Παρακαλώ αλλάξτε το σε
αυτό από το οποίο σας γράφω. Επίσης το επώνυμο είναι Παπαδάκη, όχι
Παπαδάκης όπως γράφει στην επιβεβαίωση.

Ευχαριστώ,
Ξανθή Παπαδάκη"""),
("el", "b171-gdpr-diagrafi-dedomenon", "Αριστείδης Νικολάου <a.nikolaou@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
αρχεία σας, καθώς και τη διακοπή κάθε αποστολής ενημερωτικών
μηνυμάτων. Δεν έχω ενεργή κράτηση.

Παρακαλώ να μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Αριστείδης Νικολάου"""),
("el", "b171-spasmeno-skali-pisina-retreat", "Βασιλική Ορφανού <vasiliki.orfanou@example.gr>", "Σκαλοπάτια πισίνας", "general", "high",
"""Καλησπέρα,

Είμαι στο retreat σας στη Ζαγορά αυτή την εβδομάδα. Ήθελα να σας
ενημερώσω ότι στα πέτρινα σκαλιά που κατεβαίνουν από το σαλόνι της
γιόγκα προς την πισίνα, το τρίτο σκαλί έχει σπάσει στην άκρη και
κουνιέται όταν πατάς. Σήμερα το πρωί μια κυρία από την ομάδα παραλίγο
να πέσει. Το βράδυ δεν υπάρχει φως εκεί και δεν φαίνεται καθόλου.

Το είπα στην υποδοχή χθες, αλλά δεν έχει μπει ούτε μια σήμανση.

Βασιλική Ορφανού"""),
("el", "b171-gl-xorhgia-politistikos-syllogos", "Politistikos Syllogos Kythnou <syllogos.kythnou@example.gr>", "xorhgia panhgyriou", "general", "",
"""Kalhmera sas,

O Politistikos Syllogos Kythnou organwnei kai fetos to kalokairino
panhgyri sto Driopida, 14-15 Augoustou. Tha 8elame na rwthsoume an h
etaireia sas 8a htan dia8esimh na ginei xorhgos (p.x. me kapoia
eisithria gia th lotaria h me kati allo), kai 8a valoume to logotypo
sas sthn afisa kai sta social.

Me ektimhsh,
Gia to DS, Anna Kampouri"""),
("el", "b171-festival-giogka-imerominies", "Πετρος Ζαφειριου <petros.zafeiriou@example.gr>", "Φεστιβαλ", "general", "",
"""Γεια σας, θα γινει και φετος το φεστιβαλ γιογκα στη Σαμοθρακη; Αν ναι,
ποιες ημερομηνιες και ποτε ανοιγουν οι δηλωσεις; Πηγα περσι και ηταν
υπεροχο. Ευχαριστω!"""),
("el", "b171-gl-pethana-sta-gelia-podhlasia", "Vicky Antoniou <vicky.antoniou@example.gr>", "geia sas!", "general", "",
"""Geia sas!! Gyrisame apo to ebdomadiaio sth Sifno kai ithela na pw ena
megalo BRAVO ston Apostolh ton odhgo. Oi anhfores me skotwsan kyriolektika
(den exw podia akomh lol) alla pe8ana sta gelia olh thn evdomada. To
fagito, ta 3enodoxeia, ola teleia. Tou xronou 3ana me parea!!
Filia, Vicky"""),
("el", "b171-safari-odigos-paratiriseis", "Χαράλαμπος Ιωαννίδης <ch.ioannidis@example.gr>", "Σχόλια για το ταξίδι", "general", "",
"""Καλησπέρα σας,

Επιστρέψαμε από το σαφάρι στη Ναμίμπια. Γενικά πήγαν όλα πολύ καλά,
αλλά θέλω να σας πω ότι ο ξεναγός μας τις δύο πρώτες μέρες, ο Johan,
ήταν αρκετά απότομος με τους μεγαλύτερους της ομάδας και μας βιαζόταν
συνεχώς στις στάσεις. Από την τρίτη μέρα που ήρθε η Nadia, όλα ήταν
διαφορετικά.

Το γράφω απλώς για να το ξέρετε, όχι για κάτι άλλο.

Χαράλαμπος Ιωαννίδης"""),
("el", "b171-courier-eggrafa-thessaloniki", "Ρουλα Μελετιου <roula.meletiou@example.gr>", "Αποστολη εγγραφων", "general", "",
"""Καλημερα σας,

για την κρατηση CN-1430 (σκαφος στα καναλια της Ολλανδιας) θα ηθελα
τα εντυπα εγγραφα και τους χαρτες να σταλουν με courier στο γραφειο
μου και οχι στο σπιτι:

Ρουλα Μελετιου
Τσιμισκη 77, 3ος οροφος
54622 Θεσσαλονικη

Το γραφειο ειναι ανοιχτο 9-5, Δευτερα με Παρασκευη.

Ευχαριστω"""),
# ---------------- Spanish ----------------
("es", "b171-ferry-denia-ibiza-cobro-doble", "Lucía Ferrer <lucia.ferrer@example.es>", "Cobro duplicado", "billing", "",
"""Buenos días:

El pasado 2 de agosto compré en vuestra web dos billetes Dénia - Ibiza
con coche (localizador DIB-77310) por 214,60 €. En el extracto del banco
me aparece el cargo dos veces, el mismo día y con una diferencia de un
minuto. Solo hice una reserva y solo recibí un correo de confirmación.

¿Podéis devolverme el segundo cargo, por favor?

Un saludo,
Lucía Ferrer"""),
("es", "b171-ar-escuela-esqui-chile-saldo-pesos", "Martín Echeverría <martin.echeverria@example.com.ar>", "consulta pago saldo", "billing", "",
"""Hola, que tal. Tengo reservadas clases privadas de esqui para mi y mi
hijo en Valle Nevado del 15 al 20 de julio (reserva VN-4402). La sena
la pague con tarjeta en dolares y con todos los impuestos me termino
saliendo carisimo en pesos.

Queria consultar si el saldo (USD 620) lo puedo pagar en efectivo alla
en pesos chilenos o por transferencia, asi no uso la tarjeta. Y si es
en efectivo, ¿a que cotizacion?

Gracias!
Martin"""),
("es", "b171-mx-hotel-parque-cancun-profeco", "Verónica Salazar <veronica.salazar@example.com.mx>", "Reembolso pendiente reservación 88213", "billing", "high",
"""Buenas tardes,

El 3 de marzo cancelé mi reservación 88213 en su hotel del parque en
Cancún (4 noches, 2 adultos y 2 niños) con más de 30 días de
anticipación, tal como marcan sus políticas. Me confirmaron por correo
que el reembolso de $38,460 MXN se haría en un plazo de 15 días hábiles.

Han pasado casi dos meses y no he recibido nada. Cada vez que llamo me
dicen que "ya está en proceso". Si en 5 días hábiles no veo el dinero en
mi tarjeta, presentaré una queja formal ante la Profeco con todos los
correos que tengo.

Atentamente,
Verónica Salazar Ortiz"""),
("es", "b171-barco-canal-fianza-omic", "Jordi Puig <jordi.puig@example.cat>", "Fianza retenida - barco Capestang", "billing", "high",
"""Hola,

Devolvimos el barco "Capestang" en vuestra base de Homps el sábado 14 de
septiembre. El empleado lo revisó delante de nosotros y firmó la hoja de
devolución sin ninguna observación. Ahora me llega un correo diciendo
que os quedáis 800 € de la fianza por "daños en el casco".

No hubo ningún golpe y tengo fotos del casco hechas en la devolución. Si
no me devolvéis la fianza íntegra en diez días, presentaré una
reclamación en la OMIC de mi ayuntamiento y, si hace falta, iré a la vía
judicial.

Jordi Puig"""),
("es", "b171-mx-retiro-tulum-no-reembolso", "Daniela Ríos <daniela.rios@example.com.mx>", "Cambio de fechas retiro", "billing", "",
"""Hola Ana!

Tengo pagado el retiro de yoga en Tulum del 10 al 15 de noviembre
($18,500 MXN). Me acaban de cambiar el proyecto en el trabajo y no voy
a poder ir en esas fechas 😔

No quiero el reembolso, de verdad, prefiero cambiarlo al retiro de
enero si todavía hay lugar. ¿Se puede hacer el cambio sin costo o hay
que pagar alguna diferencia?

Mil gracias,
Dani"""),
("es", "b171-factura-cif-camino-bici", "Administración Reformas Lázaro <admin@reformaslazaro.example>", "Factura a nombre de la empresa", "billing", "",
"""Buenos días,

Realizamos con vosotros el Camino de Santiago en bici desde León (grupo
de 8 personas, 7-13 de mayo, reserva CSB-2290). Necesitamos que la
factura se emita a nombre de la empresa y no de la persona que hizo la
reserva:

Reformas Lázaro, S.L.
CIF B-12345678
C/ Mayor 14, 24003 León

Importe total 5.360 €. Si podéis enviárnosla a este correo os lo
agradecemos.

Un saludo,
Marisa, Administración"""),
("es", "b171-canarias-descuento-residente-gomera", "Yeray Hernández <yeray.hernandez@example.es>", "descuento residente", "billing", "",
"""Buenas,

Compré ida y vuelta Los Cristianos - San Sebastián de La Gomera para
mañana y marqué lo de residente canario con mi DNI, pero me cobraron el
precio completo, 98 € en vez de lo que debería ser con el 75 %. El
localizador es GOM-51120. ¿Me devolvéis la diferencia o tengo que
hacer algo en taquilla?

Gracias, Yeray"""),
("es", "b171-club-viajes-bici-baja-mudanza", "Carmen Villalobos <carmen.villalobos@example.es>", "Baja del club", "billing", "",
"""Hola,

Soy socia del club de viajeros ciclistas desde hace tres años (cuota de
12 € al mes). En septiembre me voy a vivir a Santiago de Chile por
trabajo y ya no voy a poder apuntarme a las salidas desde España.

Quería darme de baja a partir de septiembre para que no me pasen más
recibos. Me da mucha pena, lo he pasado en grande con vosotros.

Carmen Villalobos
Socia n.º 2231"""),
("es", "b171-mx-safari-kenia-meses-sin-intereses", "Rodrigo Castañeda <rodrigo.castaneda@example.com.mx>", "Formas de pago safari", "billing", "",
"""Buen dia,

Estamos viendo el paquete de safari a Kenia y Tanzania de 10 dias para
dos personas en agosto. El precio que nos dieron es de $142,800 MXN.

Queria preguntar si aceptan pago a meses sin intereses con tarjeta de
credito (tengo BBVA y Banamex) y a cuantos meses. Tambien si el anticipo
se puede dar por transferencia y el resto con tarjeta.

Saludos,
Rodrigo Castañeda"""),
("es", "b171-re-camino-reembolso-superior", "Ignacio Montero <ignacio.montero@example.es>", "Re: Cancelación ruta Camino Portugués en bici", "billing", "high",
"""Han pasado siete semanas desde vuestro correo (abajo) y el dinero sigue
sin aparecer. He llamado cuatro veces y siempre me atiende alguien
distinto que no sabe nada.

Quiero hablar con un superior o con el responsable del departamento, no
con otra persona de atención al cliente. Os dejo mi móvil: 600 000 412.

Ignacio Montero

-----Mensaje original-----
De: Reservas <reservas@caminobici.example>
Asunto: Cancelación ruta Camino Portugués en bici

Estimado Sr. Montero:
Lamentamos comunicarle que la salida del 22 de junio ha sido cancelada
por falta de participantes. Le reembolsaremos el importe íntegro de
1.190 € en un plazo máximo de 14 días.
Un cordial saludo,
Equipo de Reservas"""),
("es", "b171-co-safari-contracargo", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Reserva ZA-1187 - contracargo", "billing", "high",
"""Buenas tardes,

Les escribo por cuarta vez. En enero pagué USD 2.350 (aprox. $9.400.000
COP) por un safari de 5 días en el Kruger para mi esposo y para mí, y en
marzo ustedes cancelaron la salida. Desde entonces no he recibido
respuesta a ninguno de mis correos ni el reembolso.

Les informo que ya inicié un contracargo con mi banco por el valor total.
Si quieren evitarlo, devuélvanme el dinero esta semana.

Juliana Restrepo
Medellín"""),
("es", "b171-bono-regalo-hotel-parque", "Sergio Navarro <sergio.navarro@example.es>", "Bono regalo", "billing", "",
"""Hola. Mis padres nos regalaron un bono de 300 € para el hotel del
parque (código HP-88-2210). Al intentar usarlo en la web para una noche
en julio me sale "código no válido para esta tarifa", y no pone en
ningún sitio del bono que haya tarifas excluidas. ¿Cómo lo puedo usar?
Gracias."""),
("es", "b171-cl-ferry-chiloe-bajo-precio", "Francisca Muñoz <francisca.munoz@example.cl>", "Diferencia de precio", "billing", "",
"""Hola, buenas tardes.

Compré hace dos semanas pasajes Puerto Montt - Chaitén para el 3 de
febrero, 2 adultos y auto, y pagué $186.000. Ahora entro a la página y
el mismo viaje sale $154.000 con la promo de verano. ¿Me pueden
devolver la diferencia o aplicar la promo a mi reserva? El código es
PMC-44018.

Saludos,
Francisca"""),
("es", "b171-andorra-escuela-ninos-pausa-pierna", "Marta Soler <marta.soler@example.es>", "Cuota escuela de esquí infantil", "billing", "",
"""Hola,

Mi hija Laia está inscrita en el club de temporada de vuestra escuela
en Grandvalira (los sábados), que pagamos en cuotas mensuales de 145 €.
El fin de semana pasado se rompió la tibia jugando a fútbol en el cole y
le han puesto yeso para seis semanas como mínimo.

¿Podemos dejar la cuota en pausa hasta que pueda volver a esquiar, en
lugar de darla de baja? No queremos perder la plaza en su grupo.

Gracias,
Marta Soler"""),
("es", "b171-app-ferry-sin-tarjeta-embarque", "Álvaro Medina <alvaro.medina@example.es>", "Tarjeta de embarque", "technical", "",
"""Hola, tenemos el barco de mañana a las 8:00 de Barcelona a Palma y la
app no me deja descargar las tarjetas de embarque. Pulso el botón y
sale "Error inesperado, inténtelo más tarde", desde ayer por la tarde.
He borrado la app y la he vuelto a instalar. ¿Me las podéis mandar por
correo o las saco en el puerto?

Álvaro"""),
("es", "b171-ar-web-buque-se-cuelga", "Lorena Gauna <lorena.gauna@example.com.ar>", "la pagina no anda", "technical", "",
"""Hola! Aclaro de entrada que no es un tema de cobro, no me cobraron
nada. El problema es que quiero sacar ida y vuelta a Colonia para el
finde largo y cuando llego a la parte de elegir butaca la pagina se
queda en blanco y no avanza. Probe desde la compu y desde el celu, con
Chrome y con el navegador de Samsung. Ya van dos dias asi. ¿Se puede
comprar por otro lado?

Lore"""),
("es", "b171-agencia-formentera-sin-billetes", "Viajes Es Pujols <reservas@viajesespujols.example>", "Sistema de emisión", "technical", "high",
"""Buenos días,

Desde las 7:30 no podemos emitir ni un solo billete Ibiza - Formentera
desde vuestra plataforma de agencias. Al darle a "emitir" se queda
pensando y al final sale "sesión caducada". Tenemos el mostrador del
puerto lleno de clientes con maletas, dos grupos de hotel esperando
y tenemos que mandarlos a vuestra taquilla, que tiene una cola enorme.
Algunos ya han perdido el barco de las 9:00.

Llamamos al teléfono de agencias y comunica todo el rato. Necesitamos
que alguien nos diga algo ya.

Toni Marí
Viajes Es Pujols"""),
("es", "b171-barco-canal-detector-monoxido", "Paloma Ortega <paloma.ortega@example.es>", "Barco Saint-Jean - alarma", "technical", "high",
"""Buenas noches,

Estamos en el barco "Saint-Jean" amarrados en Briare. Hace un rato ha
empezado a pitar el detector de monóxido de carbono del camarote de
popa, justo después de encender la calefacción. La hemos apagado, hemos
abierto todas las ventanas y estamos en la cubierta. Nadie se encuentra
mal.

¿Qué hacemos? ¿Podemos dormir dentro con la calefacción apagada o
preferís que venga alguien antes? Mi móvil: +34 600 000 318.

Paloma Ortega"""),
("es", "b171-camino-bici-bateria-olor-quemado", "Rubén Gallego <ruben.gallego@example.es>", "Batería bici eléctrica", "technical", "high",
"""Hola,

Estoy haciendo el Camino en bici con vosotros, hoy en el albergue de
Sarria. Al cargar la batería de la bici eléctrica (la número 21) se ha
puesto muy caliente y olía a plástico quemado. La he desenchufado y la
he dejado en el patio, en el suelo de piedra, lejos de todo.

Ya está fría, no ha pasado nada, pero no me fío de volver a cargarla ni
de llevarla encima mañana. ¿Me podéis traer otra batería u otra bici
antes de salir hacia Portomarín?

Rubén Gallego"""),
("es", "b171-mx-yoga-online-contrasena", "Gabriela Treviño <gaby.trevino@example.com.mx>", "no puedo entrar", "technical", "",
"""hola, desde ayer no puedo entrar a las clases en linea. pongo mi correo
y contraseña y dice "datos incorrectos", le doy a recuperar contraseña y
nunca me llega el correo (ya revise spam). tengo la clase de vinyasa
de las 7 y no quiero perderla. gracias"""),
("es", "b171-andorra-app-reserva-error", "Pedro Lozano <pedro.lozano@example.es>", "Reserva clases", "technical", "",
"""Buenas tardes:

Intento reservar tres días de cursillo para mis dos hijos en la app de
la escuela (Pas de la Casa, semana del 24 de febrero) y al añadir al
segundo niño la app se cierra sola. Con uno solo funciona. Tengo un
iPhone actualizado. ¿Podéis hacer la reserva vosotros o decirme cómo
hacerlo?

Pedro Lozano"""),
("es", "b171-mx-tarjeta-llave-cuarto", "Hector Gutierrez <hector.gutierrez@example.com.mx>", "Llave", "technical", "",
"""Buenas noches, la tarjeta llave del cuarto 1418 dejo de abrir otra vez.
Ya me la reprogramaron en recepcion en la mañana y en la tarde igual,
prende la luz roja. Creo que es la chapa, no la tarjeta, porque la de
mi esposa tampoco abre. Estamos afuera del cuarto con los niños.
Gracias"""),
("es", "b171-co-enlace-fotos-safari", "Camilo Ospina <camilo.ospina@example.com.co>", "Fotos del safari", "technical", "",
"""Hola, buenas. El guía nos dijo que las fotos del grupo iban a quedar en
el enlace que nos mandaron por correo, pero cuando lo abro me sale
"Acceso denegado" y después "La página no existe". Probé en el celular
y en el computador. ¿Me lo pueden mandar otra vez?

Gracias,
Camilo"""),
("es", "b171-barco-canal-no-arranca-bateria", "Inés Carrasco <ines.carrasco@example.es>", "El barco no arranca", "technical", "",
"""Hola,

Estamos con el barco "Auxerre" amarrados en Tonnerre desde ayer. Esta
mañana el motor no arranca: al girar la llave solo hace clic y las
luces del panel se quedan muy débiles. Anoche tuvimos la nevera y las
luces puestas, no sé si habremos gastado la batería.

Estamos bien y no tenemos prisa hasta mañana, pero nos vendría bien que
viniera alguien a mirarlo.

Inés Carrasco
+34 600 000 744"""),
("es", "b171-mx-aire-gotea-enchufe-chispas", "Alejandra Pineda <alejandra.pineda@example.com.mx>", "Habitación 705", "technical", "high",
"""Hola, buenas noches.

Les aviso que en la habitación 705 el aire acondicionado está goteando
agua justo encima del contacto que está al lado del buró, y hace un
momento salieron chispitas y olió a quemado. Ya desconectamos lo que
había enchufado y no lo estamos tocando.

Estamos bien, pero tenemos a nuestro bebé en la cuna que está justo
ahí. ¿Pueden mandar a alguien de mantenimiento o cambiarnos de cuarto?

Alejandra Pineda"""),
("es", "b171-ar-wifi-hotel-no-anda", "Federico Lamas <federico.lamas@example.com.ar>", "wifi", "technical", "",
"""Buenas, estoy alojado en el hotel del parque hasta el domingo y el wifi
de la habitacion 318 no anda desde ayer. Se conecta pero no carga nada,
ni whatsapp. En el lobby funciona bien. Tengo que trabajar un par de
horas por dia desde el cuarto, ¿lo pueden revisar? Gracias"""),
("es", "b171-bici-cambio-tercera-vez-encargado", "Beatriz Aranda <beatriz.aranda@example.es>", "TERCERA VEZ - la bici sigue igual", "technical", "high",
"""Es la tercera vez que os escribo por lo mismo. La bicicleta que me
disteis para la ruta por La Rioja tiene el cambio estropeado: salta la
cadena cada vez que subo de piñón y en las cuestas se queda bloqueada.
Vuestro mecánico la ha "ajustado" dos veces y a los diez kilómetros
vuelve a fallar. Hoy me he tenido que bajar y empujar tres veces.

Exijo hablar con el encargado o con quien lleve esta empresa. No quiero
más ajustes, quiero una solución.

Beatriz Aranda"""),
("es", "b171-gafas-olvidadas-barco-palma", "Rosa María Blanco <rosamaria.blanco@example.es>", "Objeto olvidado", "general", "",
"""Buenos días,

El martes viajé en el barco de Palma a Barcelona (salida 12:00) y me
dejé unas gafas graduadas en una funda marrón en la zona de butacas,
fila 14 más o menos. Son de cerca y sin ellas no puedo leer. ¿Alguien
las ha entregado? Puedo pasar a recogerlas por el puerto de Barcelona.

Muchas gracias,
Rosa María Blanco"""),
("es", "b171-ar-felicitaciones-instructora", "Silvina Acosta <silvina.acosta@example.com.ar>", "Gracias!!", "general", "",
"""Hola! Queria felicitar a Cami, la instructora de los chicos en la
escuela de La Parva. Mis mellizos de 6 años nunca se habian puesto unos
esquis y al tercer dia ya bajaban solos la pista verde, felices de la
vida. Tuvo una paciencia infinita. Ojala la tengamos de nuevo el año
que viene.

Un abrazo grande,
Silvina (mama de Benja y Lola)"""),
("es", "b171-recepcionista-grosera-director", "Francisco Javier Ruiz <fj.ruiz@example.es>", "Trato recibido en recepción", "general", "high",
"""Muy señores míos:

El pasado viernes, al llegar a su hotel junto al parque temático con mi
mujer y mis tres hijos, la recepcionista de noche nos atendió con un
desprecio absoluto. Cuando le pregunté por la cuna que habíamos pedido,
me dijo delante de los niños que "eso no es problema suyo" y que "si no
me gustaba, había más hoteles".

Solicito que el director del hotel se ponga en contacto conmigo
personalmente. No me vale una respuesta automática.

Francisco Javier Ruiz Peña"""),
("es", "b171-horario-oficina-puerto-denia", "Julián Cano <julian.cano@example.es>", "Horario", "general", "",
"""Hola, ¿a qué hora abre la oficina del puerto de Dénia el domingo? Tengo
que recoger unas tarjetas de embarque de un grupo antes del barco de
las 8. Gracias."""),
("es", "b171-perro-barca-canal", "Nuria Prats <nuria.prats@example.es>", "Pregunta sobre mascotas", "general", "",
"""Hola,

Estamos pensando en alquilar un barco en el Canal du Midi en octubre,
dos adultos y nuestra perra (una labradora de 30 kilos, muy tranquila).
¿Se admiten perros en vuestros barcos? ¿Tenéis algún modelo más
adecuado, por la cubierta o las escaleras?

Gracias,
Nuria"""),
("es", "b171-co-cambio-pasaporte-safari", "Andrés Cardona <andres.cardona@example.com.co>", "Actualización de datos", "general", "",
"""Buenos días,

Para la reserva TZ-5512 (safari en Tanzania, 2 personas, salida 4 de
septiembre) les informo que mi esposa, Paula Andrea Gómez, renovó el
pasaporte. El nuevo número es AX118204, vence en 2035. Por favor
actualícenlo para los permisos de los parques.

Quedo atento,
Andrés Cardona"""),
("es", "b171-rgpd-supresion-datos", "Elena Sanz <elena.sanz@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""A la atención del Delegado de Protección de Datos:

De conformidad con el artículo 17 del RGPD, solicito la supresión de
todos mis datos personales de sus ficheros, incluidos los de la
newsletter y los datos de reservas anteriores que no tengan que
conservar por obligación legal.

Nombre: Elena Sanz Ibáñez
Correo asociado: este mismo

Ruego me confirmen por escrito la supresión.

Elena Sanz"""),
("es", "b171-mx-muelle-isla-mujeres-tablas", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "Muelle de Isla Mujeres", "general", "high",
"""Buenas tardes,

Ayer al bajar del ferry en su muelle de Isla Mujeres mi papá, de 78
años, metió el pie entre dos tablas de la pasarela. Hay varias tablas
sueltas y una rota justo donde baja toda la gente, y no hay ninguna
señal ni cinta. Gracias a Dios solo se raspó la pierna, pero pudo ser
mucho peor.

Se lo dije al personal de tierra y me contestaron que "ya lo saben".
Por favor arréglenlo o cierren esa parte antes de que alguien se
lastime en serio.

Jorge Villaseñor"""),
("es", "b171-patrocinio-club-ciclista-juvenil", "Club Ciclista Valle del Jerte <info@ccvallejerte.example>", "Propuesta de patrocinio", "general", "",
"""Buenos días,

Somos un club ciclista de categorías infantil y juvenil de Plasencia,
con 38 chavales. Estamos buscando patrocinadores para las equipaciones
de la próxima temporada y hemos pensado en vosotros por vuestros viajes
en bici por Extremadura. A cambio, el logo iría en los maillots, en la
furgoneta del club y en nuestras redes.

¿Con quién podríamos hablar?

Un saludo,
Luis Rubio, presidente"""),
("es", "b171-mx-despedida-soltera-retiro", "Mariana Leal <mariana.leal@example.com.mx>", "Despedida de soltera", "general", "",
"""Holaaa! Somos un grupo de 9 amigas y queremos hacer la despedida de
soltera de nuestra amiga en un retiro de yoga en vez de la típica
fiesta 😂 ¿Organizan retiros privados para grupos? Nos interesaría un
fin de semana en marzo, algo tranqui con yoga, temazcal y buena comida.
¿Qué opciones hay?

Gracias!!
Mariana"""),
("es", "b171-nos-morimos-de-risa-cicloturismo", "Pablo Herrero <pablo.herrero@example.es>", "Una pasada", "general", "",
"""Hola equipo,

Solo quería deciros que la semana por la Vía Verde del Aceite fue una
bomba. Nos morimos de risa con Quique, el guía, y la subida a Alcaudete
casi me mata, pero mereció la pena. Los alojamientos, la furgo con las
maletas, todo perfecto.

Repetiremos seguro. Un abrazo,
Pablo y Sonia"""),
("es", "b171-enviar-mapas-otra-direccion", "Teresa Vidal <teresa.vidal@example.es>", "Envío documentación", "general", "",
"""Buenas tardes,

Para la reserva MEN-3308 (ruta en bici por Menorca), ¿podéis enviar la
documentación en papel y los mapas a la dirección de mi madre? Esas
semanas estaré con ella:

Teresa Vidal
C/ de la Mar 22, 2.º 1.ª
07701 Maó (Menorca)

Gracias,
Teresa"""),
("es", "b171-cl-pregunta-checkin-hotel", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Pregunta", "general", "",
"""Hola, ¿a qué hora es el check-in en el hotel del parque? Llegamos en
vuelo temprano y quisiéramos saber si podemos dejar las maletas e ir al
parque antes de que esté lista la habitación. Gracias, Ignacio"""),
# ---------------- Polish ----------------
("pl", "b171-hotel-park-podwojne-obciazenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójne obciążenie karty", "billing", "",
"""Dzień dobry,

w dniach 12-14 lipca byliśmy w Państwa hotelu przy parku rozrywki
(rezerwacja nr HP/2024/11873, pokój rodzinny). Za pobyt zapłaciłam
kartą przy zameldowaniu 1 846,00 zł, a dziś widzę w banku, że ta sama
kwota została pobrana drugi raz przy wymeldowaniu.

Proszę o zwrot nadpłaty. W razie potrzeby prześlę potwierdzenia z
aplikacji banku.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b171-szkolka-val-di-sole-instruktor-nie-przyszedl", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Lekcje w Marilleva - zwrot za 2 dni", "billing", "",
"""Dzień dobry,

wykupiliśmy u Państwa kurs narciarski dla syna (6 dni, grupa polska,
Marilleva, 2-7 lutego) za 390 EUR. W środę i czwartek instruktor się po
prostu nie pojawił, a w biurze szkółki powiedziano nam, że "jest chory"
i nie ma zastępstwa. Syn spędził te dni z nami na stoku.

Proszę o zwrot za dwa niezrealizowane dni, czyli 130 EUR, na konto,
z którego była wpłata.

Z poważaniem
Tomasz Kaczmarek"""),
("pl", "b171-safari-zanzibar-chargeback", "Kamil Zielinski <kamil.zielinski@example.pl>", "Rezerwacja ZNZ-4410", "billing", "high",
"""Dzien dobry,

w styczniu zaplacilem karta 12 480 zl za safari w Tanzanii z
przedluzeniem na Zanzibarze (2 osoby, wylot 10 marca). 20 lutego
odwolaliscie wyjazd i obiecaliscie zwrot w 14 dni. Minely dwa miesiace,
na maile nikt nie odpisuje, infolinia nie odbiera.

Informuje, ze zlozylem w banku reklamacje transakcji (chargeback) na
cala kwote. Jesli zwrot wplynie wczesniej, prosze o informacje, to ja
wycofam.

Kamil Zielinski"""),
("pl", "b171-houseboat-mazury-kaucja-rzecznik", "Barbara Lis <barbara.lis@example.pl>", "Kaucja za houseboat", "billing", "high",
"""Dzień dobry,

oddaliśmy houseboat "Mewa" w Państwa porcie w Rynie 24 sierpnia. Pan
z obsługi obejrzał łódź, sprawdził paliwo i powiedział, że wszystko w
porządku. Kaucja 1 500 zł miała wrócić w ciągu 7 dni. Dziś dostałam
wiadomość, że potrącacie 900 zł za "uszkodzenie pokrywy silnika", o
którym nikt nam nie mówił przy zdaniu łodzi.

Nie zgadzam się z tym potrąceniem. Jeśli cała kaucja nie zostanie
zwrócona w ciągu 14 dni, zgłoszę sprawę do miejskiego rzecznika
konsumentów, a dalej do sądu.

Barbara Lis"""),
("pl", "b171-faktura-nip-wyjazd-rowerowy", "Księgowość Sokół Logistyka <ksiegowosc@sokol-logistyka.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

w dniach 6-8 czerwca nasza firma była na wyjeździe integracyjnym z
Państwem - trasa rowerowa Green Velo po Warmii, 18 osób, rezerwacja
GV-3317. Dostaliśmy tylko potwierdzenie płatności, a potrzebujemy
faktury VAT na firmę:

Sokół Logistyka Sp. z o.o.
ul. Przemysłowa 12, 10-418 Olsztyn
NIP 739-000-12-34

Kwota 21 600 zł brutto. Proszę o przesłanie faktury na ten adres.

Pozdrawiam
Ewa Domańska
Księgowość"""),
("pl", "b171-joga-bieszczady-nie-chce-zwrotu", "Justyna Mazur <justyna.mazur@example.pl>", "wyjazd joga lipiec", "billing", "",
"""Czesc Magda,

mam oplacony wyjazd z joga w Bieszczady 14-20 lipca (zaliczka 600 zl).
Niestety szef nie dal mi urlopu w tym terminie.

Nie chce zwrotu pieniedzy, wolalabym przeniesc zaliczke na sierpniowy
turnus, jesli sa jeszcze miejsca. Da sie?

Dzieki i pozdrawiam,
Justyna"""),
("pl", "b171-prom-bornholm-ulga-seniora", "Henryk Nowicki <henryk.nowicki@example.pl>", "Bilet na prom", "billing", "",
"""Szanowni Państwo,

kupiłem przez internet bilety na prom z Kołobrzegu na Bornholm dla
siebie i żony (oboje mamy po 72 lata). Na stronie jest napisane, że
seniorzy mają 30% zniżki, zaznaczyłem to, a zapłaciłem pełną cenę
520 zł. Nr rezerwacji KB-20931.

Proszę uprzejmie o zwrot różnicy.

Z poważaniem
Henryk Nowicki"""),
("pl", "b171-karnet-joga-kolano-nie-przedluzac", "Grażyna Pawlak <grazyna.pawlak@example.pl>", "Karnet roczny", "billing", "",
"""Dzień dobry,

w październiku kończy mi się roczny karnet na zajęcia jogi online
(odnawia się automatycznie, 890 zł). Po operacji kolana lekarz kazał mi
na razie zrezygnować z takich ćwiczeń, więc kończę swoją przygodę z
jogą, przynajmniej na jakiś czas.

Proszę nie przedłużać karnetu i nie pobierać opłaty. Bardzo dziękuję
za te trzy lata, zajęcia z panią Kasią były wspaniałe.

Grażyna Pawlak"""),
("pl", "b171-safari-kenia-raty", "Marek Dabrowski <marek.dabrowski@example.pl>", "platnosc", "billing", "",
"""Dzien dobry, interesuje nas safari w Kenii, 8 dni, 2 osoby, termin
wrzesniowy, cena 23 900 zl. Czy mozna to rozlozyc na raty 0%? Jesli
tak, to przez jaki bank i na ile rat? I czy zaliczke trzeba placic od
razu calosc?
Pozdrawiam, Marek Dabrowski"""),
("pl", "b171-re-zwrot-kierownik", "Paulina Jabłońska <paulina.jablonska@example.pl>", "Re: Anulowanie rezerwacji nr 5512", "billing", "high",
"""Minęło już sześć tygodni od tej wiadomości, a pieniędzy nadal nie ma.
Trzy razy dzwoniłam i za każdym razem słyszę, że "księgowość się tym
zajmuje". Żądam kontaktu z kierownikiem działu albo kimś z zarządu,
a nie z kolejnym konsultantem.

Paulina Jabłońska
tel. 600 000 118

> Od: Rezerwacje <rezerwacje@mazury-houseboat.example>
> Temat: Anulowanie rezerwacji nr 5512
>
> Dzień dobry,
> potwierdzamy anulowanie rezerwacji nr 5512 (houseboat, 3-10 sierpnia)
> z powodu awarii jednostki. Kwota 4 760 zł zostanie zwrócona na
> Pani konto w ciągu 14 dni roboczych.
> Pozdrawiamy
> Dział Rezerwacji"""),
("pl", "b171-voucher-houseboat-nie-przyjmuje", "Krzysztof Sowa <krzysztof.sowa@example.pl>", "Voucher", "billing", "",
"""Dzień dobry, dostałem od rodziny na 40-stkę voucher na weekend na
houseboacie o wartości 1 200 zł (kod HB-40-7721). Przy rezerwacji
online system pokazuje "voucher nieważny", a data ważności jest do
końca roku. Jak mogę go wykorzystać na termin we wrześniu?

Krzysztof"""),
("pl", "b171-hotel-billund-nizsza-cena", "Monika Szymańska <monika.szymanska@example.pl>", "Hotel przy parku - cena", "billing", "",
"""Dzień dobry,

w marcu zarezerwowałam 2 noce w Państwa hotelu przy parku w Billund na
sierpień i zapłaciłam z góry 6 980 DKK. Teraz ten sam pokój na te same
noce kosztuje na Państwa stronie 6 120 DKK. Czy mogą Państwo zwrócić
różnicę albo przeliczyć moją rezerwację (nr BLL-55903)?

Pozdrawiam serdecznie
Monika Szymańska"""),
("pl", "b171-joga-studio-ciaza-zawieszenie", "Natalia Kowalska <natalia.kowalska@example.pl>", "zawieszenie karnetu", "billing", "",
"""Hej,

mam miesięczny karnet open w studiu na Mokotowie (249 zł). Jestem w
ciąży, wszystko dobrze, ale lekarz zalecił na razie przerwę od
intensywnych zajęć, a za parę miesięcy i tak będę zajęta maluchem :)

Czy mogę zawiesić karnet na ok. 9 miesięcy zamiast go rezygnować?
Bardzo chcę potem wrócić.

Natalia"""),
("pl", "b171-prom-ystad-doplata-za-rower", "Wojciech Krawczyk <wojciech.krawczyk@example.pl>", "Dopłata za rowery", "billing", "",
"""Dzien dobry,

plynelismy promem Swinoujscie - Ystad 3 czerwca, 2 osoby + 2 rowery,
wykupione online razem z biletami (rez. SY-61048). W porcie kazano nam
doplacic jeszcze 140 zl za rowery, bo "nie widac ich w systemie". Na
potwierdzeniu rowery sa, mam wydruk.

Prosze o zwrot tych 140 zl.

Wojciech Krawczyk"""),
("pl", "b171-klucz-mobilny-hotel-nie-dziala", "Adrian Wieczorek <adrian.wieczorek@example.pl>", "Aplikacja - klucz do pokoju", "technical", "",
"""Dzien dobry, klucz mobilny w aplikacji hotelu nie otwiera pokoju 3105.
Przykladam telefon, aplikacja pokazuje "otwarto", a zamek miga na
czerwono. Wylogowalem sie, zainstalowalem aplikacje jeszcze raz,
wlaczylem bluetooth - bez zmian. Na razie mamy karte z recepcji, ale
prosze to sprawdzic, jestesmy do niedzieli.
Adrian"""),
("pl", "b171-strona-promu-blad-500", "Dorota Michalska <dorota.michalska@example.pl>", "Rezerwacja promu", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest sprawa płatności ani ceny - po
prostu nie da się nic kupić. Na Państwa stronie wybieram rejs
Gdynia - Karlskrona na 18 lipca, samochód i 4 osoby, a po kliknięciu
"Dalej" przy wyborze kabiny wyskakuje "Błąd 500 - Internal Server
Error". Próbowałam na komputerze i telefonie, w dwóch
przeglądarkach, od wczoraj.

Czy można zarezerwować inną drogą?

Dorota Michalska"""),
("pl", "b171-wypozyczalnia-system-grupa-czeka", "Rowery Hel - Biuro <biuro@rowery-hel.example>", "system rezerwacji od rana", "technical", "high",
"""Dzień dobry,

od 8:00 Państwa system rezerwacji dla partnerów nie działa - po
zalogowaniu jest tylko kręcące się kółko. Nie widzimy żadnych
rezerwacji na dziś, nie możemy wydać rowerów ani sprawdzić, kto co
opłacił. Przed wypożyczalnią w Helu stoi grupa szkolna, 60 osób z
nauczycielami, autokar odjeżdża o 15:00, a do tego klienci
indywidualni, którym musimy odmawiać.

Infolinia dla partnerów nie odbiera. Prosimy o pilny kontakt:
600 000 927.

Łukasz Bielecki
Rowery Hel"""),
("pl", "b171-houseboat-dym-z-komory-silnika", "Zbigniew Kołodziej <zbigniew.kolodziej@example.pl>", "Łódź Czapla", "technical", "high",
"""Dzień dobry,

jesteśmy na Państwa łodzi "Czapla", przycumowani w Mikołajkach przy
nabrzeżu. Po godzinie pływania spod klapy komory silnika zaczął się
wydobywać szary dym i czuć było spaleniznę. Wyłączyliśmy silnik i
główny wyłącznik prądu, dym po kilku minutach przestał lecieć. Nikt nie
ucierpiał, siedzimy na pomoście.

Nie będziemy odpalać silnika, dopóki ktoś tego nie obejrzy. Proszę o
informację, kiedy może przyjechać mechanik.

Zbigniew Kołodziej
tel. 600 000 554"""),
("pl", "b171-rower-pekniecie-ramy", "Aleksandra Górecka <aleksandra.gorecka@example.pl>", "Rower nr 9", "technical", "high",
"""Dzień dobry,

jestem na Państwa wycieczce rowerowej po Dolomitach (grupa 2, nocleg w
Cortinie). Przy myciu roweru nr 9 zauważyłam pęknięcie ramy tuż pod
kierownicą, przy główce ramy, ok. 3 cm. Przy hamowaniu coś tam lekko
trzeszczy.

Nie jeździłam na nim od tego momentu. Jutro mamy zjazd z Passo
Giau, więc proszę o inny rower przed wyjazdem.

Aleksandra Górecka"""),
("pl", "b171-reset-hasla-panel-klienta", "Rafal Adamczyk <rafal.adamczyk@example.pl>", "haslo", "technical", "",
"""dzien dobry, nie moge sie zalogowac do panelu klienta. przy resecie
hasla link z maila przenosi mnie na strone glowna i nic sie nie dzieje.
probowalem juz kilka razy z roznych przegladarek. chce tylko sprawdzic
godziny odbioru lodzi."""),
("pl", "b171-szkolka-aplikacja-brak-zdjec", "Ilona Baran <ilona.baran@example.pl>", "Aplikacja szkółki", "technical", "",
"""Dzień dobry,

w aplikacji szkółki w Zell am See powinniśmy widzieć postępy dzieci i
zdjęcia z zajęć, a od poniedziałku jest tylko komunikat "Brak danych"
przy obojgu dzieciach. Inni rodzice z grupy mówią, że u nich to samo.
Telefon Android, aplikacja zaktualizowana.

Pozdrawiam
Ilona Baran"""),
("pl", "b171-houseboat-toaleta-pompa", "Piotr Sadowski <piotr.sadowski@example.pl>", "WC na łodzi", "technical", "",
"""Dzien dobry, na lodzi "Perkoz" (odbior w sobote w Wilkasach) od
wczoraj nie dziala pompa w toalecie - przycisk nic nie robi, nie slychac
silniczka. Bezpiecznik sprawdzilem, jest ok. Stoimy w Sztynorcie do jutra
rana. Czy ktos moglby podjechac?
Piotr Sadowski"""),
("pl", "b171-joga-live-bez-dzwieku", "Ewelina Kubiak <ewelina.kubiak@example.pl>", "zajecia live", "technical", "",
"""Dzien dobry, od dwoch tygodni na zajeciach na zywo o 7:00 nie ma
dzwieku - widze prowadzaca, ale nic nie slychac. Nagrania dzialaja
normalnie, tylko transmisje nie. Laptop, Chrome, glosnosc sprawdzona.
Co moge zrobic?
Ewelina"""),
("pl", "b171-voucher-safari-qr-nie-skanuje", "Maciej Wojciechowski <maciej.wojciechowski@example.pl>", "Kod QR", "technical", "",
"""Dzień dobry,

jesteśmy w Arushy, jutro rano ruszamy na safari. W hotelu kazali
pokazać voucher z kodem QR z Państwa aplikacji, ale czytnik recepcji go
nie odczytuje, a po powiększeniu kod robi się rozmazany. Numer
rezerwacji TZ-8830. Czy mogą Państwo przesłać voucher w PDF na maila?

Maciej"""),
("pl", "b171-grzejnik-w-pokoju-topi-sie", "Halina Zawadzka <halina.zawadzka@example.pl>", "Pokój 214", "technical", "high",
"""Dzień dobry,

w pokoju 214 w Państwa hotelu przy parku stoi elektryczny grzejnik
olejowy. Wieczorem zauważyłam, że plastikowa obudowa przy pokrętle
zrobiła się miękka i lekko się stopiła, a w pokoju czuć było swąd.
Wyłączyłam go z gniazdka i odstawiłam pod okno.

Nic się nie stało, ale śpimy tu z wnuczką, a bez grzejnika jest
chłodno. Proszę, żeby ktoś go zabrał i przyniósł sprawny.

Halina Zawadzka"""),
("pl", "b171-sejf-zablokowany-paszporty", "Grzegorz Czarnecki <grzegorz.czarnecki@example.pl>", "Sejf", "technical", "",
"""Dzień dobry, sejf w naszym pokoju (1102) nie chce się otworzyć -
wpisuję kod, wyświetla się "ERROR" i piszczy. W środku są paszporty,
a wylot mamy pojutrze. Recepcja mówi, że technik będzie "jutro w ciągu
dnia". Czy da się to przyspieszyć?

Grzegorz Czarnecki"""),
("pl", "b171-silnik-gasnie-trzeci-raz-kierownik", "Leszek Wysocki <leszek.wysocki@example.pl>", "TRZECI RAZ silnik", "technical", "high",
"""To już trzecie zgłoszenie w ciągu czterech dni. Silnik na łodzi
"Łabędź" gaśnie po 10-15 minutach pracy, zwłaszcza na wolnych obrotach
przy śluzie. Wasz mechanik był dwa razy, coś "przeczyścił" i za każdym
razem po godzinie było to samo. Dziś zgasł nam przy wejściu do śluzy
Guzianka i musieliśmy się ręcznie przeciągać.

Chcę rozmawiać z kierownikiem bazy albo właścicielem firmy. Kolejny
mechanik mnie nie interesuje.

Leszek Wysocki"""),
("pl", "b171-aparat-zgubiony-na-promie", "Joanna Pietrzak <joanna.pietrzak@example.pl>", "Zguba", "general", "",
"""Dzień dobry,

wczoraj płynęliśmy porannym promem z Gdańska do Nynäshamn i prawdopodobnie
zostawiłam w kabinie nr 8217 aparat fotograficzny Canon w czarnym
etui. Czy ktoś go znalazł? Mogę odebrać przy powrotnym rejsie albo
pokryć koszty wysyłki.

Joanna Pietrzak"""),
("pl", "b171-pochwala-instruktora-austria", "Bartosz Kwiatkowski <bartosz.kwiatkowski@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałem bardzo podziękować panu Florianowi ze szkółki w Kaprun. Moja
żona bała się nart od 15 lat, po jednym upadku w młodości. Po pięciu
dniach z Florianem zjechała sama z czerwonej trasy i do teraz nie może
przestać o tym opowiadać. Cierpliwość, spokój i świetny polski, który
nas zaskoczył.

Pozdrawiamy serdecznie,
Bartosz i Ola"""),
("pl", "b171-obsluga-promu-nieuprzejma-kierownik", "Elżbieta Wilk <elzbieta.wilk@example.pl>", "Skarga na obsługę", "general", "high",
"""Szanowni Państwo,

15 sierpnia na promie ze Świnoujścia do Ystad pracownik obsługi pokładu
samochodowego krzyczał na mojego 80-letniego ojca, bo ten zbyt wolno
wysiadał z auta, i nazwał go przy ludziach "starym dziadem, który
blokuje wszystkich". Ojciec był roztrzęsiony do końca rejsu.

Domagam się wyjaśnień i oczekuję kontaktu od kierownika albo
przełożonego tego pracownika, a nie szablonowej odpowiedzi.

Elżbieta Wilk"""),
("pl", "b171-godziny-mariny-gizycko", "Sebastian Ostrowski <sebastian.ostrowski@example.pl>", "Godziny", "general", "",
"""Dzien dobry, do ktorej godziny czynne jest biuro mariny w Gizycku w
sobote? Odbieramy lodz, ale dojedziemy z Krakowa pewnie kolo 19. Czy
ktos bedzie na miejscu? Pozdrawiam"""),
("pl", "b171-czy-potrzebny-patent", "Anna Lewandowska <anna.lewandowska@example.pl>", "pytanie o łódź", "general", "",
"""Dzień dobry,

chcemy wynająć houseboat na Mazurach na tydzień w czerwcu, ale nikt z
nas nie ma patentu żeglarskiego ani motorowodnego. Czy to jest
potrzebne? Czy jest jakieś szkolenie przed wypłynięciem i ile trwa?

Anna"""),
("pl", "b171-zmiana-nazwiska-po-slubie", "Karolina Nowak-Majewska <karolina.nowak@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

w rezerwacji wyjazdu na jogę na Maderę (nr MD-1142, październik) mam
jeszcze nazwisko panieńskie, Nowak. Po ślubie nazywam się
Nowak-Majewska i mam już nowy dowód i paszport. Proszę o zmianę
nazwiska w rezerwacji, żeby zgadzało się z dokumentami przy locie.

Karolina Nowak-Majewska"""),
("pl", "b171-rodo-dostep-do-danych", "Michal Grabowski <michal.grabowski@example.pl>", "Wniosek RODO", "general", "",
"""Dzien dobry,

na podstawie art. 15 RODO prosze o informacje, jakie moje dane osobowe
przetwarzaja Panstwo, w jakim celu, komu je przekazano i jak dlugo beda
przechowywane, oraz o kopie tych danych.

Imie i nazwisko: Michal Grabowski
Adres e-mail w Panstwa systemie: ten, z ktorego pisze

Michal Grabowski"""),
("pl", "b171-pomost-brak-deski-marina", "Stanisława Kurek <stanislawa.kurek@example.pl>", "Pomost przy bazie", "general", "high",
"""Dzień dobry,

na pomoście nr 2 w Państwa bazie w Węgorzewie, tam gdzie cumują
houseboaty, brakuje jednej deski, a dwie następne są spróchniałe i się
uginają. Wieczorem nie ma tam oświetlenia. Wczoraj moja córka wpadła
nogą w tę dziurę aż do kolana - na szczęście skończyło się na
siniakach. Dzieci biegają tam cały dzień.

Zgłaszałam to w biurze, ale do dziś nic nie zostało zabezpieczone.

Stanisława Kurek"""),
("pl", "b171-sponsoring-festyn-szkolny", "Szkoła Podstawowa nr 3 w Ełku <sekretariat@sp3elk.example>", "Prośba o wsparcie festynu", "general", "",
"""Szanowni Państwo,

Rada Rodziców przy Szkole Podstawowej nr 3 w Ełku organizuje 7 czerwca
festyn rodzinny. Chcielibyśmy zapytać, czy Państwa firma zechciałaby
przekazać nagrodę do loterii fantowej, np. weekend na houseboacie lub
rejs po jeziorze. Dochód przeznaczymy na wyposażenie sali gimnastycznej.

Z wyrazami szacunku
Iwona Szczepańska
Przewodnicząca Rady Rodziców"""),
("pl", "b171-integracja-firmowa-joga", "Patrycja Olszewska <patrycja.olszewska@example.pl>", "Wyjazd dla zespołu", "general", "",
"""Dzień dobry,

szukam pomysłu na wyjazd integracyjny dla zespołu (ok. 15 osób) we
wrześniu i trafiłam na Państwa weekendy z jogą w Beskidach. Czy robią
Państwo wyjazdy zamknięte dla firm? Czy zajęcia są dostosowane do osób,
które nigdy nie ćwiczyły jogi? Interesuje mnie też, czy jest sala na
krótkie spotkanie firmowe.

Patrycja Olszewska"""),
("pl", "b171-masakra-widoki-pochwala", "Kuba Zając <kuba.zajac@example.pl>", "Siema", "general", "",
"""Siema!

Wróciliśmy z rowerowego tygodnia po Chorwacji z promami między
wyspami. Podjazdy na Hvarze to była masakra, ale widoki zabójcze i
warto było. Ekipa super, Ivan rządzi, bagaże zawsze czekały w
hotelach. Wszystko zagrało. Za rok bierzemy Korsykę!

Kuba"""),
("pl", "b171-mapy-na-adres-biura", "Dariusz Chmielewski <dariusz.chmielewski@example.pl>", "Wysyłka pakietu", "general", "",
"""Dzien dobry,

prosze o wyslanie pakietu z mapami i roadbookiem do rezerwacji
GV-5528 (Green Velo, lipiec) na adres mojego biura, bo w domu nikt nie
odbiera kuriera:

Dariusz Chmielewski
Biuro Rachunkowe "Bilans"
ul. Kopernika 5/2
15-377 Bialystok

Dziekuje"""),
("pl", "b171-pytanie-zameldowanie", "Alicja Rutkowska <alicja.rutkowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, od której można się zameldować w hotelu przy parku? Będziemy
na miejscu ok. 10 rano i chcielibyśmy zostawić bagaże i iść od razu do
parku. Pozdrawiam, Alicja"""),
]
